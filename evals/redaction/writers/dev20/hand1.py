# Hand-written messages, batch 1. Each entry: (style, marked text). Written one at a time.
HAND = [
("all_caps", """HELLO THIS IS [P|WALTER PRZYBYLSKI] I AM 84 AND MY GRANDSON SET THIS UP. MY {BLOOD PRESSURE} WAS 168/92 THIS MORNING. I TOOK THE {LISINOPRIL} LIKE THE {DOCTOR} SAID. PHONE IS [T|(412) 555-0187] IF NOBODY ANSWERS LEAVE A MESSAGE. I LIVE AT [L|1140 BROWNSVILLE RD PITTSBURGH PA 15210]"""),
("text_thread", """[P|Kayla]: in the parking garage at {St. Luke's}, level 3. cant find the car lol
[P|Kayla]: anyway dad's {potassium} was low they're giving him {IV potassium}
[P|Marcus]: ok. did they say anything about the {Lasix 40}?
[P|Kayla]: cutting it to 20. call me [T|614-555-0121] i have like 2% battery"""),
("lower_case", """hi its [P|tuan] again, [P|nguyen van hai] is my dad. he stopped the {metformin} because stomach hurts, {we'll} ask about the {extended release}. our address changed to [L|8827 bellaire blvd apt 14, houston tx 77036]. my cell [T|832 555 0164]"""),
("speaker_label", """Daughter [P|Ana]: Mom's {INR} was 3.8 today on the {warfarin}
Son [P|Luis]: she had spinach all weekend, that's probably why
Daughter [P|Ana]: {Coumadin clinic} wants her back {Thursday}. her chart # is [M|4471-2290]"""),
("signature", """Thank you for checking on my mother after her {hip replacement}. {She's} doing her {physical therapy} exercises twice a day.

Warmly,
[P|Rose Castellano]
[L|77 Linden Terrace
Montclair, NJ 07042]
[T|973.555.0199] (home) / [T|973.555.0142] (cell)
[E|rosecastellano58@gmail.com]"""),
("form", """NAME: [P|Hill, Everett J]
DOB: [D|02/11/1941]
SSN: [S|412-68-3390]
ADDRESS: [L|RR 2 Box 15, Thayer, MO 65791]
PHONE: [T|417-555-0126]
INSURANCE: {Medicare} ID [M|7QX2-RT4-JN51]
REASON FOR VISIT: {shortness of breath}, {COPD} flare"""),
("voicemail", """Voicemail transcript, 9:42 AM: "Hi, this is [P|Deborah] calling from {Walgreens} pharmacy on behalf of [P|Harold Young], date of birth [D|June 3rd 1938]. His {Eliquis 5 mg} is ready but insurance needs a prior auth. Please call us back at [T|1-706-555-0133 extension 3]. Thank you." """),
("clinician_note", """PT visit note. Pt [P|Grant Okafor] seen at home, [L|415 W Elm St, Unit 2, Carbondale, IL 62901]. s/p {left TKA} 3 wks. {ROM} 5-95 deg, gait w/ {rolling walker} 150 ft. {Pain} 4/10 after {oxycodone} 5 mg. Wife [P|Summer] present and assisting with {HEP}. MRN [M|CH0098123]."""),
("run_on", """so we got back from the {ER} at like 2am and my brother [P|reed] is asleep now but the {doctor} said it might be {atrial fibrillation} and they want him on {Eliquis} and i told them he takes {St. John's wort} for his mood and they said stop that right away so thats done and the follow up is with Dr. [P|Patel]'s office, no wait, with the cardiologist at [L|2200 Kirkwood Hwy, Wilmington, DE 19805] and their number is [T|302 555 0177]"""),
("general_text", """Hi, can you update the mailing address on file for my father [P|Frank DeLuca]? New one is [L|PO Box 482, Pahrump, NV 89041]. Old one on [L|Maple Ct] is no good anymore. Thanks, [P|Gina]"""),
("email_forward", """---------- Forwarded message ---------
From: [P|Linda Sorensen] <[E|l.sorensen@frontiernet.net]>
Date: {Mon}, Oct 5
Subject: Dad's meds

Please forward to the care team: Dad ([P|Arne Sorensen], DOB [D|9/14/1935]) is out of {sertraline} and {melatonin}. His new pharmacy is {CVS} on [L|Main St in Fergus Falls, MN]. - [P|Linda]"""),
("insurance_form", """Claim form - secondary insurance
Subscriber: [P|MAYA R. WILLIAMS]   Member ID: [M|XJH884512203]   Group: 4417
Patient: [P|WILLIAMS, JORDAN T]   DOB [D|2008-04-19]
Diagnosis: {asthma}, {allergic rhinitis}
Provider phone: [T|(919) 555-0140]
Patient address: [L|3309 Wake Forest Rd Apt 7C, Raleigh, NC 27609-6671]"""),
("discharge_paperwork", """DISCHARGE INSTRUCTIONS
Patient: [P|Beatrice Nwosu]     MRN: [M|00482913]
Date of birth: [D|12/01/1952]
Discharged to home: [L|65 Harmon Street, Apt 3R, Brooklyn, NY 11221]
Medications: {furosemide} 40 mg daily, {potassium chloride} 20 mEq, {metoprolol} 25 mg twice daily
Follow up with {cardiology} in 1 week. Call [T|718-555-0106] with questions. For emergencies call {911}."""),
("typos", """helo this is [P|bill schmidt] my wife [P|marge] fell in teh bathroom again shes ok but her {knee} is all swolen. we dont have a car can somebody come out to [L|rt 1 box 227 hinton wv 25951]? fone [T|304 5550112]"""),
("international", """My sister [P*|Priya Raghunathan] is flying in from Chennai to help with Mom's {chemo}. Her Indian mobile is [T*|+91 98412 33507] and her address there is [L*|14, 2nd Cross Street, Besant Nagar, Chennai 600090]. She's a nurse so she knows {neutropenia} precautions."""),
("list", """people who can pick up dad's {prescriptions} at {Rite Aid}:
- [P|Joanne Reyes] [T|(505) 555-0181]
- [P|Tommy Reyes] [T|505.555.0138]
- his neighbor [P|Hope Baca] (she has a key)
- me, [P|Victoria] [T|505-555-0160]"""),
("lower_case", """mom says [P|summer] and [P|will] from church are bringing dinner on {tuesday}. they know about her {low sodium diet}. their number [T|270-555-0129]"""),
("speaker_label", """[P|Maria]: she took her pills at 8, the {amlodipine} and the {atorvastatin}
[P|Jorge]: did she eat first?
[P|Maria]: yes, oatmeal. {blood sugar} 142
[P|Jorge]: ok im calling Dr. [P|Ramos] at [T|(956) 555-0152 ext. 12] about the {swelling}"""),
("clinician_note", """Wound care RN note: {stage 3 pressure injury} {sacrum}, 4.2 x 3.1 cm, 0.8 cm depth, {granulation tissue} 80%. {Wound vac} changed. Pt [P|Lorraine "Lorrie" Baptiste], DOB [D|07/22/1949], lives with son [P|Andre] at [L|1519 N Claiborne Ave, New Orleans, LA 70116]. Next visit {Friday}."""),
("signature", """Please let the nurse know the {nebulizer} tubing cracked.

--
Pastor [P|Glenn Whitaker]
{First Baptist Church} of Elkton
[T|(410) 555-0115 x204]
[U|www.glennwhitakerministries.org]"""),
("run_on", """ok so {grandpa} no sorry [P|Earl] he hates when we call him {grandpa} in the chat lol anyway [P|Earl] missed his {Parkinson's} meds the {carbidopa-levodopa} because the pill organizer was at my aunt [P|Bev]'s house in [L|Beckley] so he was shaky all morning and we're bringing it over now, her number is [T|681-555-0170] if the nurse needs to reach us"""),
("general_text", """Billing question: I was charged twice for the {telehealth} visit on {March} 2. The card on file is an old one. New card is [A|@VISA@], name on card [P|Dolores Q. Martin]. Billing address [L|18 Pinecrest Dr, Asheville, NC 28803]."""),
("form", """Emergency contact form
Patient name: [P|Samuel Reed]
Emergency contact: [P|Naomi Reed] (wife)
Contact phone: [T|+1 503 555 0193]
Alt phone: [T|5035550147]
Email: [E|naomi.reed.pdx@outlook.com]
Allergies: {penicillin}, {sulfa}"""),
("voicemail", """(transcribed) "yeah hi this message is for [P|Connie], it's [P|Rick Szabo] from the home medical company, we got the {hospital bed} and the {oxygen concentrator} ready for your mom, just need to confirm the address is [L|2210 County Road 14, Wahoo, NE 68066], call me on my cell [T|402 555 0158] thanks" """),
("email_forward", """Fwd: appointment

> On Tue, [P*|Kenji Watanabe] <[E*|kenji.w@yahoo.co.jp]> wrote:
> My mother [P*|渡辺 幸子] will arrive {Sunday}. Her {insulin} is {Lantus}. In Japan her phone is [T*|+81 3-5412-7789]. Address: [L*|東京都世田谷区下馬2丁目14番8号].
Please add this to her file. - [P|Emily]"""),
("insurance_form", """PRIOR AUTHORIZATION REQUEST
Member: [P|Gutierrez, Alma L]
Member ID: [M|W228041937]
DOB: [D|11-03-1960]
Drug requested: {Ozempic} 0.5 mg weekly
Diagnosis: {type 2 diabetes}, {Hemoglobin A1c} 9.1%
Prescriber: Dr. [P|Keith Park], NPI on file, phone [T|(520) 555-0168], fax [T|(520) 555-0169]"""),
("discharge_paperwork", """After Visit Summary - {Emergency Department}
[P|Tremaine Jackson] | DOB [D|5/30/1987] | Acct [A|@ACCT@]
Diagnosis: {kidney stone} (4 mm, left)
Take {tamsulosin} 0.4 mg nightly and {ibuprofen} as needed. Strain your urine.
Return if {fever}, {vomiting} or {uncontrolled pain}."""),
("typos", """my nmae is [P|Ethel] [P|Brown] im 79 and my {sugar} was 312 this monring i took my {insulin} shot but im dizzy. my neighbor [P|Pat] is here. adress [L|4 Oakleaf Ln Apt B, Florence, AL 35630], phone [T|256-555-01O4]"""),
("lower_case", """[P|hope] here ([P|jessica]'s {mom}). [P|jess] had her {wisdom teeth} out, on {hydrocodone} but shes nauseous. pharmacy at [L|fairfield] said to call you. [T|(203)555-0182]"""),
("list", """Mom's care team contacts (for the new aide):
1. Dr. [P|Sarah Lindqvist], {geriatrics} - [T|608-555-0131]
2. {Home health} nurse [P|Tom Reed] - [T|608-555-0175 x3]
3. Me ([P|Karen Lindqvist-Hale]) - [T|608-555-0109], [E|karenhale@charter.net]
4. {Poison Control} {1-800-222-1222}"""),
("speaker_label", """Foster mom [P|Denise]: [P|Jaylen] has his {ADHD} appointment {Wednesday}, he's on {methylphenidate} 10
Caseworker [P|Ortiz]: ok. His medicaid # is [M|91234567B], please bring the card
Foster mom [P|Denise]: will do, we're at [L|5510 Dix Hwy, Lincoln Park, MI 48146] now"""),
("international", """Hola, soy [P|Guadalupe Ortega Ríos], la vecina de Doña [P|Carmen]. Su hija [P*|Lucía] vive en [L*|Calle Durango 212, Col. Roma Norte, 06700 Ciudad de México, CDMX] y su teléfono es [T*|+52 55 4321 8876]. Carmen toma {metformina} y {losartán}."""),
("clinician_note", """Church nurse visit: Mrs. [P|Odessa Greene], 88, seen after service. {BP} 148/86, reports {ankle swelling} x 3 days, ran out of {hydrochlorothiazide}. Lives alone at [L|216 Cherry St, Tupelo, MS 38804]. Grandson [P|Dwayne] ([T|662.555.0184]) will drive her to pharmacy."""),
("general_text", """Hey, this is [P|Young-ho Kim]'s daughter [P|Grace]. {We're} moving Dad to [L|10 Oakwood Ave
Apt 305
Fort Lee, NJ 07024]
starting {September}. Please send his {Medicare} letters there."""),
("all_caps", """[P|TOMMY]'S {SEIZURE} LASTED 2 MIN. GAVE {DIASTAT} LIKE THE CHART SAYS. HE IS SLEEPING NOW. NEURO IS DR [P|WELLS] [T|(801) 555-0143]. WE ARE AT [L|4470 S 2300 E, SALT LAKE CITY, UT 84117]"""),
("run_on", """i'm writing this from the waiting room because my phone died and they have a kiosk, it's [P|Lupe] [P|Sandoval], my husband [P|Art] had the {stent} put in and they said it went fine but they want him on {Plavix} for a year and {aspirin} too, we live way out at [L|HC 61 Box 3320, Datil, NM 87821] so it's a long drive back, my daughter's number is [T|575 555 0103] she can get messages"""),
("signature", """Hi team, just confirming [P|Hal] took his {tamoxifen} today.

[P|Noreen Fitzgerald-Walsh], RN (retired)
Parish Nurse
{St. Brigid's Parish} Office, [L|118 Church Hill Rd, Sandy Hook, CT 06482]
o: [T|203-555-0161] | c: [T|203 555 0116]"""),
("form", """HOME HEALTH INTAKE
Last/First/MI: [P|YOUNG, WILLIAM R]
Preferred name: [P|Will]
DOB [D|3/9/1944]     SS# [S|219 50 4477]
Addr: [L|1306 Hickory Hollow Rd, Lebanon, TN 37087]
Dx: {CHF}, {atrial fibrillation}, {CKD stage 3}
Meds: {Eliquis}, {Lasix 40}, {Entresto}"""),
("voicemail", """Voicemail from unknown number [T|(847) 555-0124] at 4:15 PM, 0:38 long: "Hi Mr. [P|Abernathy], this is [P|Chloe] at the {Mayo Clinic} scheduling desk, we need to move your {MRI} to {Thursday} at one. Your MRN is [M|11-402-336]. Call us at the main line, thanks." """),
("email_forward", """Begin forwarded message:
From: "[P|Bill Grant]" <[E|billgrant1950@aol.com]>
To: [E|sgrant.home@gmail.com]
Subject: Re: meds list

[P|Sharon], I'm on {levothyroxine} 75, {omeprazole} 20 and the {vitamin D}. Don't let them give me {Ambien} again. - Dad
[T|(716) 555-0178]"""),
("insurance_form", """Explanation of Benefits
Member name: [P|Gloria Esteban-Roth]
Member number: [M|HBX-30918-02]
Service: {colonoscopy} with {polypectomy}
Amount billed: $3,412.00
Paid by check to [P|Gloria Esteban-Roth], [L|9 Saddle Ridge Ct, Santa Fe, NM 87508]
Questions? {Member Services} {1-800-555-0100}"""),
("discharge_paperwork", """DISCHARGE SUMMARY (family copy)
Name: [P|Kowalczyk, Stanley]   DOB: [D|1/17/1939]   MRN: [M|M0044918]
Admitted for {community-acquired pneumonia}, treated with {ceftriaxone} and {azithromycin}.
Go home on {amoxicillin-clavulanate} x 5 days.
Home: [L|3421 S Wolcott Ave, Chicago, IL 60608]. Son [P|Greg] phone [T|773-555-0181]."""),
("typos", """hey its [P|chrsitina] ( [P|christina] ) i spelled my own name wrong lol. my grandma [P|rosa] needs a refil on her {gabapentin} and her {eye drops} for {glaucoma}. cvs number is on the bottle. my # [T|210.555.0199]"""),
("international", """Message from the family in Germany: Oma [P*|Hildegard Brünner] has {Alzheimer's} and now lives at [L*|Lindenstraße 14, 10969 Berlin]. Her care home phone is [T*|+49 30 6123457]. Uncle [P*|Jürgen] pays the care home from [A*|@IBAN:DE@]."""),
("clinician_note", """Hospice RN note: Pt [P|Clarence Bell] comfortable, {morphine} 5 mg SL q2h prn, {lorazepam} 0.5 mg for {agitation}. Daughters [P|Faith] and [P|Joy] at bedside. Address for {DME} pickup: [L|802 Willow Bend Dr, Conroe, TX 77301]. Chaplain called."""),
("text_thread", """Me: did the {pharmacy} call back?
Aunt [P|Tina]: no. they said the {Humira} needs a new card
Me: ok give them this one [A|@VISA@] exp 09/28
Aunt [P|Tina]: done. also [P|Ray]'s new number is [T|415-555-0139]"""),
("general_text", """Can someone tell me if {Medicaid} covers dentures? My husband [P|Otis Whitfield] lost his. We are at [L|Greenville, MS]. You can write to me at [E|whitfield.bertha@yahoo.com]"""),
("lower_case", """ok so [P|dave park] is my neighbor he's a {diabetic} and he has a {foot ulcer} that smells bad. i told him go to {urgent care}. he lives at [L|41 reed st, apt 2, new bedford ma 02740]. his daughter [P|jenny]'s # is [T|508 555 0197]"""),
("list", """Dad's weekly schedule:
Mon - {dialysis} 6am, [P|Gary] drives
Tue - {PT} w/ [P|Rhonda] at home
Wed - {dialysis} 6am, [P|Kelsey] drives ([T|763-555-0191])
Thu - off
Fri - {dialysis}, then lunch at Uncle [P|Reed]'s -- no wait he's at [L|1780 Lakeview Ave, Anoka, MN 55303] now"""),
]
