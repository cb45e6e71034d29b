# Hand-written everyday messages: address changes in every US shape, billing, forms, signatures,
# run-on stories, lower case, typos, forwarded text, lists.
H = [
("general_text", """
Update for the agency: mom moved. New address is «2741 N. Milwaukee Ave., Apt. 3F, Chicago, IL 60647-1420|L». Old one on «W. Diversey|L» is no longer good. Her {Lasix 40} and {potassium} should ship to the new place.
"""),
("general_text", """
Address change pls
«Oscar Benavides|P»
«1503 E Cesar Chavez St
Unit 4
Austin TX 78702|L»
thank u, his {insulin} goes there too
"""),
("general_text", """
can you send the {glucose} strips to my sister's instead, «Paris|P» «Lemoine|P» no wait just «Paris Lemoine|P», «617 SW 4th Ave #12 Gainesville FL 32601|L»
"""),
("general_text", """
Billing question — we got charged twice for the {hospital bed} rental. Card ending «4417|A»? Actually full card on the statement is «4111 1111 1111 4417|A». Account holder «Meredith Kwan|P». Please refund one.
"""),
("general_text", """
Hi, my dad's supplies keep going to the wrong place. Correct: «Rural Route 4, Box 19B, Wadena, MN 56482|L». NOT «Route 4 Box 91B|L». He has {COPD} and needs the {nebulizer} tubing.
"""),
("general_text", """
Please mail the {advance directive} forms to my husband, he's stationed overseas:
«SSG Tyrone Wallace|P»
«PSC 473 Box 2217
FPO AP 96349|L»
"""),
("general_text", """
For direct deposit of the {caregiver} stipend: routing «021000021|A», account «4830019928|A», name on account «Yesenia Duarte|P». Her address is «38-14 104th St, Corona, NY 11368|L».
"""),
("general_text", """
We're snowbirds — Nov through April we're at «8800 Overseas Hwy, Lot 12, Marathon, FL 33050|L», rest of the year «N7425 County Hwy K, Fond du Lac WI 54937|L». Please send {Eliquis} refills to whichever.
"""),
("general_text", """
the address the nurse has is wrong. its «905 South Third Street East|L» not west. «Missoula|L». apt {b}
"""),
("general_text", """
Insurance card info for «Dakota Whitehorse|P»: Member ID «W29384710|M», Group 00419, {BlueCross} of Montana. DOB «06/21/1955|D». Mailing «PO Box 402, Browning, MT 59417|L».
"""),
("general_text", """
my son is in the army, his mail is «CMR 415 Box 3320, APO AE 09114|L». he wants updates about his mom's {chemo} by email «ssg.hollis.d@gmail.com|E»
"""),
("general_text", """
Moved Dad to assisted living: «Sunrise of Paramus, 567 Paramus Rd, Room 208, Paramus NJ 07652|L». (That room is his, the {memory care} wing.) Main desk «201-555-0184|PH».
"""),
("general_text", """
the pharmacy keeps saying my insurance is inactive. {Medicaid} number «9204418832|M». name «Ta'Nya Hollins|P». birthday «12/25/1988|D». what do i do
"""),
("general_text", """
Hey, sending my SSN for the {hospice} paperwork like the social worker asked, «532 80 6614|S». Please don't forward it anywhere. — «Warren|P»
"""),
("general_text", """
Paid the {copay} with my visa «4532 7153 3790 4912|A» exp 09/28 but it shows declined. Name «Guadalupe Reyes|P».
"""),
("general_text", """
Grandma's church friend «Deacon Abernathy|P» wants to visit. He's at «16 Hwy 17 Bypass S, Myrtle Beach, SC 29577|L». Ok to give him her room number? She's in {412} at the rehab.
"""),
("signature", """
Thanks so much for everything you're doing for {Mom}.

«Rebecca Stein-Alvarez|P»
«rstein.alvarez@proton.me|E»
«(415) 555-0131|PH» (cell)
«1040 Guerrero St, San Francisco, CA 94110|L»
"""),
("signature", """
Mom took her {levothyroxine} at 6am on an empty stomach like you said.
--
«Jordan Whitfield|P» | Realtor®
Whitfield Homes at Keller Williams
c: «405.555.0171|PH» | «jordan@whitfieldsellsokc.com|E» | «www.whitfieldsellsokc.com/jordan|U»
"""),
("signature", """
Please call before coming, the dog barks and {Ông} naps after his {insulin}.

— «Tran Minh Chau|P»
Sent from my iPhone
«714-555-0104|PH»
"""),
("signature", """
Confirmed for Tuesday. {Sliding scale} chart attached.

«Maribel Ocasio, RN, BSN|P»
Case Manager, Bayada Home Health Care
Office «(215) 555-0166 ext. 318|PH» | Fax «215-555-0167|PH»
"""),
("signature", """
He refuses the {Ensure}, any other ideas?

Cheers,
«Siobhan O'Malley|P»
«Flat 3, 22 Marlborough Rd, London N19 4NB|L!»
«+44 7700 900418|PH!»
"""),
("run_on", """
so yesterday my mom «Carmen|P» was fine then around 4 she started talking about her sister «Rosa|P» who died in 1998 like she was in the kitchen and then she didnt know who i was and my brother «Nestor|P» said its a {UTI} because last time that happened it was a {UTI} so we took her to the ER at Doctors Hospital? no the one on «Pinecrest|L» and they said yes {UTI} and gave her {nitrofurantoin} and now shes home but still confused is that normal
"""),
("run_on", """
ok so the nurse «Ashley|P» came and said dad's {feet} are swollen and I told her he's been eating ham every day because Uncle «Darrell|P» brought a whole ham over for thanksgiving and he won't stop and she said the salt is bad for his {heart failure} and to call «Dr. Bose|P» if he gains more weight so I'm calling but it goes to voicemail every time at «901-555-0147|PH» is there another number
"""),
("run_on", """
my husbands {oxycodone} ran out friday and the pharmacy said they need a new script and the doctor is out till monday and hes in so much pain from the {bone mets} and hospice said they would call but nobody called and i called the after hours number «1-888-555-0130|PH» twice and a lady named «Crystal|P» said someone would call back its now saturday night
"""),
("run_on", """
Mom's {A1c} was {9.4} which is better than {11} last time so yay but the doctor still wants her on {Ozempic} and she says no because her friend «Bernice|P» at church lost too much weight on it and looked sick and now I have to convince her and honestly I'm tired, «Paul|P» is no help he lives in «Scottsdale|L» and just sends emojis
"""),
("run_on", """
we were driving back from «Savannah|L» with grandma and she got real short of breath near exit 109 on I-95 so we stopped at a hospital in «Brunswick, Georgia|L» and they kept her overnight for {atrial fibrillation} with {RVR} and started her on {diltiazem} and now she's home but the discharge said follow up with cardiology in 1 week and we don't have one here
"""),
("lower_case", """
hi its «tina|P» from «lakewood|L», dad fell again at 3am. no {head} hit. he's on {eliquis} so im worried. nurse «joanne|P» call me «303 555 0148|PH»
"""),
("lower_case", """
mom's {sugar} {198} before dinner. gave {humalog 6 units}. «rick|P» says she ate pie at aunt «linda|P»'s lol
"""),
("lower_case", """
can u resend the {physical therapy} exercises to «mike.okonjo@gmail.com|E» the other one bounced. thx «mike|P»
"""),
("lower_case", """
dad's new address is «47 e 3rd st apt 2 new york ny 10003|L» pls update. his {parkinson's} meds go there now
"""),
("lower_case", """
this is «reed hill|P», «rose|P»'s husband. she's asleep finally. the {morphine} helped. thank u «savannah|P» (the night nurse) for staying late
"""),
("lower_case", """
who do i talk to abt the bill. acct «2209318844|A». pt «j. nakamura|P». it says we owe for {oxygen} but {medicare} covers it
"""),
("lower_case", """
grandpa «joaquin|P» keeps taking 2 of the {metoprolol} bc he thinks 1 is for morning and 1 is for the "other heart". can someone explain to him in spanish. my number «(956) 555-0163|PH»
"""),
("forwarded", """
---------- Forwarded message ---------
From: «Lakshmi Venkataraman|P» <«lakshmi.v@outlook.com|E»>
Date: Tue, Dec 1, 2026 at 9:14 PM
Subject: Appa's meds
To: «Arun Venkataraman|P» <«arunv.chicago@gmail.com|E»>

«Arun|P», the cardiologist changed {clopidogrel} to {ticagrelor 90 mg BID}. Please tell the home nurse.
"""),
("forwarded", """
Fwd from my sister «Jolene|P»:
> Hey, mom's {hospice} nurse is «Trisha Bell|P», her number is «423-555-0119|PH». Mom is at my house now «215 Old Kingsport Hwy, Bristol TN 37620|L» not hers.
what she said ^^
"""),
("forwarded", """
Begin forwarded message:
From: «Dr. Henrietta Oyelowo|P»
Re: «Tomasz Nowicki|P» — {MRI} results
Mild {lumbar stenosis} L4-5. Continue PT. No surgery needed.
Sent to: «tomek.nowicki55@wp.pl|E!»
"""),
("forwarded", """
FW: from the {Kaiser} portal
"Dear «Graciela Montes|P», your lab results are available. {Hemoglobin A1c}: {6.8%}. Your care team: «Dr. Wei Zhang|P»." 
She's so happy lol
"""),
("form", """
Intake Form — Home Care
Client name: «Vo Thi Kim Loan|P»
Preferred name: «Loan|P»
Date of birth: «04/18/1949|D»
Address: «6120 Bellaire Blvd Apt 1024 Houston TX 77081|L»
Phone: «713-555-0175|PH»
Emergency contact: «Vo Minh Quan|P» (son) «832.555.0146|PH»
Diagnoses: {Hypertension}, {osteoarthritis}
Primary language: Vietnamese
"""),
("form", """
Caregiver Background Form
Full legal name: «Marlene Joy Castillo|P»
SSN: «601-33-4829|S»
DOB: «Feb 11, 1979|D»
Current address: «2231 W Glendale Ave #118, Phoenix, AZ 85021|L»
Email: «marlenejoy.castillo@gmail.com|E»
{CPR} cert exp: 08/2027
"""),
("form", """
PATIENT REGISTRATION
Last: «Oyelaran|P»  First: «Adebayo|P»  MI: K
DOB: «7-30-1951|D»   SSN: «479447103|S»
{Medicare} ID: «2HJ5-UR7-AK19|M»
Address line 1: «9 Harbor View Dr|L»
City/State/ZIP: «Stamford, CT 06902|L»
Home phone: «203-555-0157|PH»   Cell: «203-555-0198|PH»
"""),
("form", """
Request for Medical Records
Patient: «Isadora Villaseñor|P»   DOB: «11/2/1960|D»   MRN: «SF-00219844|M»
Send to: «Julian Villaseñor|P» (son, HIPAA release on file)
«3345 Mission St, San Francisco, CA 94110|L»
Fax: n/a  Email: «jvillasenor@ucsf.alumni.edu|E»
Records requested: {echocardiogram}, {cardiac cath} report
"""),
("list", """
To do for Mom this week:
1. call «Dr. Whitaker|P» re {blood thinner}
2. pick up {Eliquis} at {Walgreens}
3. ask «Tasha|P» (aide) about Sat
4. mail {Medicare} form to «PO Box 6722, Fargo ND 58108|L»
5. {BP} log to nurse
"""),
("list", """
Visitors today: «Ann|P», «Joe|P» and «Reed|P» in the morning, «Pastor Gil|P» at 2, then «Mrs. Rosales|P» from next door. Mom was tired but happy. {O2} at {2L}.
"""),
("list", """
Dad's pills (morning):
- {metformin 1000}
- {lisinopril 20}
- {aspirin 81}
- {vitamin D}
Evening: {atorvastatin 40}, {tamsulosin}
Questions → «Dr. Yamamoto|P»
"""),
("typos", """
hi this is «brittnay|P» my grandmaw «loretta|P» has a sore on her {buttocks} thats bleading. the nurse «terri|P» said to txt. we live at «1220 mulbery ln|L» in «jonesboro|L». «870 555 0193|PH»
"""),
("typos", """
My moms docter «Dr. Kahn|P» sed her {potasium} is hi and to stop the {potasium} pill, but the farmacy already filed it. what do I do. «Liliana|P»
"""),
("typos", """
pleas call «Ricky Dale Sumner|P» at «(423)5550176|PH» abt his {oxigen}, he cant here good so call loud
"""),
("typos", """
i gave grampa his {eliqus} at 7 and his {lasiks} at 8. his feet swolen. «Makayla|P»
"""),
("speaker_label", """
Daughter «Inés|P»: dad's at «88 Birch Ct Apt 2, Decatur, IL 62521|L», ring «217.555.0159 x7|PH», he needs his {inhaler}
"""),
("speaker_label", """
Nurse «Kendra|P»: he's {hypotensive}, {88/50}. Holding {metoprolol}.
Son «Terrence|P»: ok should I bring him in?
Nurse «Kendra|P»: not yet. Recheck in 1 hr.
"""),
("speaker_label", """
«Maria|P»: she took her pills
«Paolo|P»: all of them? the {Lasix} too?
«Maria|P»: yes. and the {potassium}
"""),
("speaker_label", """
Husband («Gerald Ng|P»): She didn't sleep. Kept asking for her mom.
Hospice RN («Danielle|P»): That's common. Try {lorazepam 0.5} like we discussed.
Husband («Gerald Ng|P»): ok. thank you.
"""),
("speaker_label", """
Caregiver «Rosa Elena|P»: Señor «Whitmore|P» no quiere comer.
Daughter «Claire Whitmore|P»: He never liked breakfast. Try {Ensure} at 10.
"""),
("speaker_label", """
PT «Devon|P»: Great session! 200 ft with {walker}.
Wife «Lourdes|P»: He's been practicing with «Manny|P» in the hallway
PT «Devon|P»: love it
"""),
]
