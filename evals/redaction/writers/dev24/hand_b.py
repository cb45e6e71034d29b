# Hand-written messages, part B (speaker_label, list, transcript, non_native, general_text).
# Same markup as hand_a.py.

MSGS = [
# ---------------- speaker_label ----------------
("speaker_label", """Daughter [[Ana|P]]: {{Mom}} slept through, no {{morphine}} needed overnight.
Son [[Reed|P]]: good. I'll bring the {{Ensure}} at lunch."""),
("speaker_label", """[[Maria|P]]: she took her pills at 8
[[Maria|P]]: all of them except the {{Lipitor}}, she spit it out
Nurse [[Hill|P]]: ok, try it with applesauce tomorrow"""),
("speaker_label", """Wife [[Joy|P]]: he's more confused since the {{UTI}}
Aide [[Precious|P]]: temp 100.4 at 2pm
Wife [[Joy|P]]: calling Dr. [[Okafor|P]] at [[(713) 555-0154|PH]]"""),
("speaker_label", """[[DOT|P]]: WHERE IS MY {{NEBULIZER}} MEDICINE
[[Kim|P]]: Grandma it's in the kitchen basket
[[DOT|P]]: THANK YOU HONEY"""),
("speaker_label", """Husband [[Carl|P]]: {{Wednesday}} she had the {{chemo}}, today she can't keep water down
Oncology RN [[Trish Mendel|P]]: Push {{Zofran}} 8 mg now, and call back if still vomiting by 6"""),
("speaker_label", """[[grace|P]]: is the {{hospice}} chaplain coming thursday
[[mark|P]]: yes pastor [[glen|P]]
[[grace|P]]: tell him {{dad}} wants the 23rd psalm"""),
("speaker_label", """Neighbor [[Pat Brown|P]]: saw the ambulance at [[48 Chestnut Hill Rd|L]] at 5am, is [[Mr. Frost|P]] okay?
Son [[Eli Frost|P]]: {{stroke}}, he's at {{St. Vincent's}}, thank you for asking"""),
("speaker_label", """Granddaughter [[Skye|P]]: {{Pop-pop's}} {{A1c}} came back 9.2
[[Skye|P]]: the portal says chart [[#C0044192|MRN]]
Son [[Dwayne|P]]: that's worse than March right"""),
("speaker_label", """[[Tiny|P]]: {{I'm}} at {{CVS}} now, they want her {{date of birth}}
[[Sissy|P]]: [[05/17/1944|DOB]]
[[Tiny|P]]: got it, $0 copay"""),
("speaker_label", """Caregiver [[Lourdes|P]]: Sir refused {{shower}} again, {{skin}} on the {{sacrum}} is red
Daughter [[Faye|P]]: please put the {{barrier cream}} on, I'll call the {{wound care}} nurse [[Brad|P]]"""),
("speaker_label", """[[SUMMER|P]]: DAD'S OXYGEN IS AT 2 LITERS
[[Rowan|P]]: why are you typing in caps
[[SUMMER|P]]: PHONE IS STUCK. {{SATS}} 91"""),

# ---------------- list ----------------
("list", """Things for the {{hospice}} intake:
- {{Dad's}} DOB [[2/11/1933|DOB]]
- SSN [[376-40-2291|SSN]]
- Medicare [[3KQ7-WF1-JD08|MRN]]
- address [[6021 Ridge Rd Apt 4 Parma OH 44129|L]]
- my cell [[440-555-0165|PH]]
- {{DNR}} form (on fridge)"""),
("list", """who to call:
1. [[Ann|P]], [[Joe|P]] and [[Reed|P]] (kids)
2. Rev. [[Rose Hill|P]] at {{St. Mark's}}
3. {{home health}} office [[(217) 555-0139 ext 3|PH]]
4. {{Poison Control}} 1-800-222-1222"""),
("list", """meds for {{Mom}} at Aunt [[Bea|P]]'s:
{{lisinopril 10}} morning
{{metoprolol}} twice
{{Eliquis 5}} twice
{{Lasix 40}} morning, extra if {{weight}} up 3 lb
({{Don't}} give {{ibuprofen}}!!)"""),
("list", """Grocery + errands
eggs, bread, {{Boost}}
drop {{walker}} at {{Hanger Clinic}}, [[901 E Main St Ste 12, Lexington KY 40505|L]]
pick up {{Dad's}} {{Xarelto}}
call [[Mike|P]] re roof"""),
("list", """Emergency contacts ([[Walt Perry|P]])
[[Jean Perry|P]] wife [[910-555-0124|PH]]
[[Gary Perry|P]] son [[+1 (910) 555-0181|PH]]
Dr. [[Linden|P]] {{cardiology}} [[910.555.0150|PH]]
pharmacy {{Walgreens}} [[Wilmington|L]]"""),
("list", """hospital bag for {{Grandma}}:
- insurance card (member id [[HUM482219937|MRN]])
- {{CPAP}}
- {{hearing aids}}
- list of {{allergies}}: {{penicillin}}, {{sulfa}}
- Grandpa [[Chester|P]]'s photo"""),
("list", """to do this week
* pay {{Hillcrest}} bill (acct [[00917-2264|ACC]])
* return the {{commode}}
* call about {{Dad's}} {{pacemaker}} check
* update address to [[PO Box 77, Hollow Rock TN 38342|L]]"""),
("list", """{{sugar}} log, [[Delores|P]]
mon 212
tue 188
wed 301 (ate cake at [[Brenda|P]]'s)
thu 176
on {{Januvia}} + {{glipizide}}"""),
("list", """people allowed to pick up {{Dad's}} {{Norco}} for [[Ray Young|P]]:
[[Ray Young Jr.|P]]
[[Dawn Young|P]]
Pastor [[Miles|P]]
not [[Kenny|P]]!!"""),
("list", """Appointments
{{Tues}} 9:00 {{dermatology}} Dr. [[Brook|P]]
{{Thurs}} 1:30 {{eye doctor}} in [[Fairfax|L]]
{{Fri}} labs ({{fasting}}, {{CBC}}, {{CMP}})"""),

# ---------------- transcript ----------------
("transcript", """[voicemail 11:42 PM] Hi, this is [[Loretta|P]], [[Harold|P]]'s wife, calling about his {{catheter}}, it's leaking again and the {{bag}} is full of blood. Can someone call me back at [[three one seven, five five five, zero one two six|PH]]. Thank you."""),
("transcript", """Voicemail from [[(502) 555-0133|PH]]: Yeah hi, uh, it's [[Dusty|P]], I'm calling for my mother [[Arlene Kidd|P]], date of birth [[June fifth nineteen forty two|DOB]], she's out of her {{Norco}} and the pharmacy won't fill it, call me."""),
("transcript", """DICTATION: This is Dr. [[Amara Osei|P]] dictating a {{home visit}} note on patient [[Theodore Banks|P]], MRN [[4471902|MRN]], date of birth [[9/2/1931|DOB]]. Patient seen at [[3340 Cedar Crest Drive, Unit B, Allentown, Pennsylvania 18103|L]]. {{Atrial fibrillation}}, rate controlled on {{diltiazem}}."""),
("transcript", """Transcribed voicemail: hey it's [[Bo|P]] from next door, [[Miss Ida|P]]'s porch light has been on two days and she's not answering and she's on {{oxygen}}, I've got a key, her daughter's number I have is [[555 0142|PH]] but it's out of service, call me at [[8705550119|PH]]."""),
("transcript", """(voicemail, auto-transcribed) Hi this is [[Ashley|P]] with {{Brightstar}} home care, um, regarding the client [[Walter Rhodes|P]], his aide [[Kiara|P]] can't make it tomorrow. Our office number is [[eight one two, five five five, zero one seven seven, extension four|PH]]. Thanks bye."""),
("transcript", """DICTATED BUT NOT READ. Dr. [[Peter Quill|P]]. Patient: [[Marjorie Stone|P]]. DOB: [[03-22-1945|DOB]]. Chart: [[MS-22981|MRN]]. Assessment: {{hypertriglyceridemia}}, start {{fenofibrate}}. Follow up in 3 months at the [[Bozeman|L]] clinic."""),
("transcript", """Voicemail 2:15 AM: Hi, this is, this is [[Carla|P]], my dad [[Vernon|P]] is, he's breathing really weird, like gurgling, we're at [[1128 County Road 12, Mount Hope, Alabama|L]], I already called 911 but I wanted the {{hospice}} to know."""),
("transcript", """Caller: Yes, my name is [[Harriet Bloom|P]]. Social security number [[four one nine, two two, eight eight zero one|SSN]]. I'm calling about my {{Part D}} bill.
Agent: Thank you [[Mrs. Bloom|P]]."""),
("transcript", """Voicemail: Good morning, this is [[Grace|P]] at {{Mayo Clinic}} {{cardiology}} calling for [[Lyndon Ford|P]], we need to reschedule your {{echocardiogram}}, please call [[507-555-0110|PH]], and reference number [[R9940213|MRN]]."""),
("transcript", """Dictation: Hospice RN [[Bettina Cole|P]], visit to [[Eugene Marsh|P]] at [[RR 3 Box 41, Cairo, GA 39828|L]]. Patient {{actively dying}}, {{mottling}} to {{knees}}. Wife [[Verna|P]] at bedside. Called son at [[229-555-0196|PH]]."""),

# ---------------- non_native ----------------
("non_native", """Hello, I am son of [[Nguyen Van Thanh|P]]. My father he is not eat two days and very sleep. His {{sugar}} is 58. We live [[2901 Bellaire Blvd #207 Houston TX 77036|L]]. Please somebody call [[832-555-0114|PH]], I speak English little."""),
("non_native", """Dear doctor, my mother [[Mrs. Wu|P]] is have pain on the {{stomach}} after take {{naproxen}}. She is 82 year, birthday [[1942/04/10|DOB]]. Can she stop? Thank you very much. [[Wei|P]]"""),
("non_native", """Good evening. I am [[Olena|P]], caregiver for Mister [[Gordon|P]]. Today his leg is more red and hot, the {{wound}} smell. I call the office [[630.555.0157|PH]] but is closed. What I must do?"""),
("non_native", """hello my name is [[Rajesh|P]], I am calling for my uncle. he has {{kidney}} problem and doctor say {{dialysis}} three time. his address is [[1455 Oakton st apt 3F, Des Plaines, Illinois 60018|L]]. insurance member no [[MCD 889 201 443|MRN]]"""),
("non_native", """Sorry for my English. My husband [[Tadeusz|P]] have {{COPD}} and now he is use the {{inhaler}} many times, six time today. Before was two. He is born [[14.03.1949|DOB]]. We are in [[Hamtramck|L]]."""),
("non_native", """Hi. I am [[Fatima|P]]. My mother need the {{wheelchair}} but insurance say no. Her ID is [[XJH884512307|MRN]]. Please help. She cannot walk from the {{knee}} surgery."""),
("non_native", """Is correct that I give the {{insulin}} before eat or after eat? My grandmother [[Ayşe|P]] she is confuse. The nurse [[Jennifer|P]] explain but I forget. We are at [[Paterson|L]], phone [[973 555 0145|PH]]."""),
("non_native", """Please I need to change the appointment for my wife [[Marisol|P]]. She has {{mammogram}} on {{Friday}} but I must work. Email to me: [[hector.d.reyes77@yahoo.com|E]]. Thank you so much."""),
("non_native", """Hello, the pharmacy say the {{Eliquis}} is $500 and we cannot pay this. My father [[Sung-min Park|P]] have the {{atrial fibrillation}}. Is other medicine? His card is [[mastercard 5157 5513 1373 5377|ACC]] but no money there lol"""),
("non_native", """good morning, is me [[Ahmed|P]], the son of [[Mr. Haddad|P]] in room... no he is at home now, [[7720 W Warren Ave Dearborn MI 48126|L]]. the nurse come yesterday, his {{blood pressure}} was 90/50, is too low yes?"""),

# ---------------- general_text ----------------
("general_text", """Please update my mailing address. Old: [[88 Hillside Ave, Apt 2R, Yonkers, NY 10703|L]]. New: [[41-20 Kissena Blvd #6D, Flushing, NY 11355|L]]. Name on account: [[Dolores Rand|P]]. Account [[#300-7712-09|ACC]]. {{Medicare}} statements too please."""),
("general_text", """Hi, I was charged twice for the same {{physical therapy}} visit. Card ending in... actually the full card is [[4182 6330 4348 3957|ACC]], I don't mind. Can you refund one? [[Vince Gallo|P]], [[vgallo@optonline.net|E]]"""),
("general_text", """Billing question: the statement went to my late husband [[Arthur Bean|P]]. Please put it in my name, [[Ruth Bean|P]], same address [[17 Birch Ln Brattleboro VT 05301|L]]. His {{Medicare}} is closed."""),
("general_text", """For the direct deposit refund: bank {{Chase}}, routing [[021000021|ACC]], account [[483920017764|ACC]]. Holder [[Marcus Webb|P]]. Thanks!"""),
("general_text", """My website for the caregiver support group is [[www.carolynhartcares.com|U]] if anyone wants the schedule. {{Morning Walk Group}} meets {{Tuesdays}} at the park. - [[Carolyn Hart|P]]"""),
("general_text", """Lost my wallet. Please cancel {{Dad's}} card on file ([[6011 2997 5288 2003|ACC]]) and use this one: [[visa 4148525388853930|ACC]]. Call me [[(262) 555-0133|PH]]."""),
("general_text", """Change of phone number for [[Eula Mae Parker|P]]: old [[(336) 555-0109|PH]], new [[336-555-0188|PH]]. Please also change the emergency contact to [[Bobby Parker|P]]. {{She's}} starting {{dialysis}} {{Monday}}."""),
("general_text", """We moved! New address:
[[Glenn & Pam Summers|P]]
[[1305 Fairview Ave N
Unit 301
Seattle WA 98109-4417|L]]
Same phone. {{Mom's}} {{CPAP}} supplies should come here now."""),
("general_text", """Hi, just checking if you got the form I faxed from {{Staples}} on {{Monday}}? It had my {{son's}} SSN [[524 19 6603|SSN]] on it and I'm a little worried."""),
("general_text", """Parking question: can my husband's driver ([[Lonnie|P]]) drop him at the {{cancer center}} entrance? He drives up from [[Olathe|L]]. Thanks, [[Dee|P]]"""),
("general_text", """Please send the {{1099}} to [[Unit 2050 Box 4190, DPO AP 96522|L]]. I am stationed overseas. SSgt. [[Tyrell Moss|P]], DSN... never mind, my cell is [[+1 253 555 0170|PH]]."""),
]
