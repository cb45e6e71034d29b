# Hand-written messages, part E (more links, SSNs and bank numbers, still in many voices).
MESSAGES = [
("general_text", """For anyone who asked: Mom's CaringBridge is [[U:https://www.caringbridge.org/site/bettyannkowalski]] and the meal sign-up is [[U:https://www.signupgenius.com/go/kowalski-meals-after-surgery]]. She's home after the <<bypass>> and grumpy about the low-salt food."""),
("lower_case", """lol grandpa made a facebook?? [[U:facebook.com/walter.pruitt.3]] he posted a pic of his <<hearing aids>> with the caption "new ears" im crying"""),
("forwarded", """FW: From the funeral home — Mr. [[P:Delacroix]]'s obituary is live at [[U:https://www.legacy.com/us/obituaries/name/armand-delacroix-obituary]]. Visitation Friday. Donations to the <<ALS>> Association."""),
("voicemail", """Voicemail, 11:02 AM: "Hi, this is [[P:Renee]] with Social Security. I'm calling for [[P:Otis Beaumont]]. The number we have is [[S:439-07-1182]] — if that's not right, call me at [[T:1-800-555-0137 ext 6624]]. It's about his <<disability>> review." """),
("clinician_note", """Case mgmt: pt [[P:Leroy Gaskins]], SSN [[S:264 71 3398]], applying for Medicaid waiver. DOB [[D:11/17/1944]]. <<Alzheimer's>>, moderate. Dtr [[P:Vanessa]] is POA, [[E:vgaskins.poa@gmail.com]]."""),
("billing", """Caregiver payroll (Home Care Scheduling):\n[[P:Marisela Ortiz]] — routing [[A:233497862]], checking [[A:0047 2291 835]]\n[[P:Abdi Warsame]] — routing [[A:211961637]], savings [[A:7730012954]]\nclient: Mrs. [[P:Feeney]] (<<hospice>>)"""),
("international", """Nonna [[p:Rosaria Cuccia]] ha bisogno della badante anche di notte per la <<demenza>>. Bonifico a: [[a:IT24W86748690447VJ75QBDXE4X]] — intestato a [[p:Concetta Lo Presti]]. Per domande [[t:+39 329 448 1173]]"""),
("billing", """hi sorry to bug you, paying for my mum's <<physio>> in [[l:Manchester]] from here, is this right? sort code/account is on the invoice but they also gave IBAN [[a:GB41CFCW06089062468921]]. her name is [[p:Pauline Hargreaves]]"""),
("multi_identifier", """Transfer details for <<Babcia>>'s <<rehabilitacja>> after the <<udar>>: IBAN [[a:PL62 7541 8494 9502 1766 8508 1247]], odbiorca [[p:Zofia Grabowska]], [[l:ul. Długa 18/3, 80-827 Gdańsk]], tel. [[t:+48 58 301 22 47]]. My card if they need it: mastercard [[A:5578 3243 4482 7105]]."""),
("signature", """Your <<A1c>> education class starts Monday.\n\nSee you there!\n[[P:Dee Whitaker]], CDCES\n[[U:www.deewhitakerwellness.com]]\n[[T:(918) 555-0123]]"""),
]
