# Hand-written: fax covers, sign-in sheets, family replies, speaker labels, lower case.
from common import clean as c

MSGS = [
# ---------------- fax_cover ----------------
("fax_cover", c("""
FAX COVER SHEET
To: Dr. [[P:Evelyn Strauss]]          Fax: [[T:(216) 555-0175]]
From: [[P:Joanne Kovacs]], RN          Phone: [[T:(216) 555-0176 ext. 3140]]
Re: [[P:Marvin Tillman]], DOB [[D:08/19/1952]]
Pages: 4 incl. cover
Message: Signed {{plan of care}} and verbal orders for {{wound care}} attached. Please sign page 3 and fax back.
CONFIDENTIALITY NOTICE: This fax contains protected health information...
""")),
("fax_cover", c("""
fax to: [[P:Hernandez]] / ortho
fax #: [[T:559.555.0122]]
from: [[P:Bea]] @ Golden Valley Home Health
re pt: [[P:Consuelo Marquez]], mrn [[M:GV-20417]]
PT eval + {{fall risk}} assessment attached. pt's grandson ([[P:Adrian]]) says she's got appt {{Tuesday}}.
""")),
("fax_cover", c("""
TRANSMITTAL
Date: 11/03      Time: 14:22
TO: Medical Records, Mercy Hospital   FAX [[T:1-417-555-0190]]
FROM: [[P:Sharon Pettibone]], HIM Specialist   TEL [[T:417-555-0191]]
SUBJECT: Records request - [[P:Oliver Quenneville]] (DOB [[D:1/1/1960]]), SSN [[S:318-40-2297]]
Authorization signed by pt attached. Send {{echocardiogram}} and {{stress test}} reports.
""")),
("fax_cover", c("""
*** URGENT FAX ***
To: Hospice of the Valley intake | Fax [[T:602-555-0144]]
From: [[P:Ruben Castañeda]], MD | Desert Sky Internal Med | [[T:602-555-0145]]
Patient: [[P:Florence Amadi]]   Medicare # [[M:2WD9-YC4-KT66]]
Hospice referral - {{end-stage renal disease}}, pt declining further {{dialysis}}. Family (son [[P:Chidi Amadi]], [[T:480-555-0123]]) in agreement.
""")),
("fax_cover", c("""
Fax Cover
To: Blue Shield Utilization Mgmt  Fax [[T:(888) 555-0159]]
From: Coastal Ortho, [[P:Lindsey Harrow]] (auth coordinator) x [[T:(805) 555-0101 x 42]]
Re: [[P:Nathaniel Brightwater]]   Member ID [[M:XEK904417726]]   DOB [[D:3 Oct 1958]]
Request: {{total knee arthroplasty}} R. Clinicals + {{x-ray}} reports attached (12 pp).
""")),
("fax_cover", c("""
To: [[P:Mona]] at Dr. [[P:Patel]]'s office | [[T:732-555-0184]] (fax)
From: [[P:Geraldine Fox]] (patient's wife)
hi, faxing the {{blood pressure}} log you asked for. Husband is [[P:Clement Fox]], born [[D:Feb 2 1941]]. We're at [[L:15 Seaview Ter, Long Branch, NJ 07740]]. Please call me at home [[T:732 555 0187]].
""")),
("fax_cover", c("""
FACSIMILE
From: [[P:Hon Wai Leung]], Pharm.D. - Anticoag Service
To: Dr. [[P:Okonkwo]], fax [[T:(713) 555-0168]]
Pt [[P:Bettina Schroeder]], MRN [[M:MH-3310298]]
{{warfarin}} dosing summary for {{October}}; INR stable 2.4-2.8. Pt to travel to [[l:Hamburg]] for 6 wks; she will check INR at Asklepios Klinik St. Georg, [[l:Lohmühlenstraße 5, 20099 Hamburg]].
""")),
("fax_cover", c("""
FAX -- 3 pages
ATTN: Social Security Disability Determination Services fax [[T:1 (916) 555-0148]]
CLAIMANT: [[P:Derrick Munroe]]  SSN: [[S:524 71 3308]]  DOB: [[D:07-14-1981]]
Enclosed: treating source statement re {{schizophrenia}}, {{clozapine}} monitoring.
From: [[P:A. Kamara]], PMHNP, [[L:1610 Broadway Ste 300, Sacramento, CA 95818]]
""")),
("fax_cover", c("""
To: Genesis Rehab Admissions | fax [[T:+1-301-555-0114]]
From: [[P:Claire Whitlock]], RN Case Mgr, [[T:301-555-0115]]
Patient: [[P:Ambrose Kettering]]  [[D:12/24/1936]]
Referral for SNF after {{pneumonia}}; needs IV {{vancomycin}} x 7 more days. Family contact: niece [[P:Patricia Kettering]] [[E:pkettering@verizon.net]].
""")),
("fax_cover", c("""
FAX
TO: Dr. [[P:J. Oyelaran]] (Endocrine)         FAX: [[T:404.555.0169]]
FROM: Kroger Pharmacy #361, [[P:Leah]] RPh     PH: [[T:404.555.0170]]
RE: [[P:Dennis O'Hara]]  DOB [[D:4/19/1977]]
Need new Rx: {{Humalog}} KwikPen - insurance no longer covers vials. Please send to pharmacy at [[L:2205 Cobb Pkwy SE, Smyrna, GA 30080]].
""")),

# ---------------- sign_in_sheet ----------------
("sign_in_sheet", c("""
CARE PLAN MEETING - SIGN-IN
Resident: [[P:Mildred Oakes]]  Rm 22B
Name / Role / Phone
[[P:Mildred Oakes]] / resident / -
[[P:Gerald Oakes]] / son, POA / [[T:(630) 555-0139]]
[[P:Tanya Whitmore]] / RN MDS coord / [[T:(630) 555-0140 x 4410]]
[[P:Luis Carranza]] / dietitian / -
[[P:Beth Ann Young]] / activities / -
Topics: {{weight loss}}, {{dysphagia}} diet
""")),
("sign_in_sheet", c("""
Family meeting sign in — [[P:Ahmad Karimi]] ({{ALS}})
1. [[P:Shirin Karimi]] (wife) [[T:703-555-0152]]
2. [[P:Dariush Karimi]] (son) [[E:dkarimi@gmail.com]]
3. [[p:Parisa Karimi]] (daughter, joining from [[l:Toronto, ON M5V 2T6]]) [[t:+1 416 555 0193]]
4. Dr. [[P:Beverly Hsu]] (neuro)
5. [[P:Kofi]] (SLP)
Discussed {{feeding tube}}, {{BiPAP}}.
""")),
("sign_in_sheet", c("""
sign in sheet - {{caregiver support group}} - {{Tuesday}}
name | relationship | best # 
[[P:Rhonda Whitley]] | wife | [[T:256-555-0112]]
[[P:Ed Stubbs]] | husband | [[T:256.555.0113]]
[[P:Marisol Reyes]] | daughter | [[T:2565550114]]
[[P:Cole Hill]] | grandson | (didn't write)
facilitator [[P:Bonnie Lamb]], LCSW
""")),
("sign_in_sheet", c("""
Interdisciplinary team huddle — pt [[P:Hollis Brandt]], {{CHF}} readmission risk
Present: [[P:Kathy Ng]] (RN), Dr. [[P:Raj Malhotra]] (hospitalist), [[P:Simone Baptiste]] (PT), [[P:Jerry]] (pharmacy), pt's daughter [[P:Cheryl Brandt-Moss]] by phone [[T:(417) 555-0177]]
Plan: daily weights, 2 g Na diet, {{torsemide}}
""")),
("sign_in_sheet", c("""
VISITOR LOG - Unit 4 West
[[P:Jun Takahashi]] - visiting [[P:Emi Takahashi]] - 2:10p - cell [[T:646-555-0105]]
[[P:Rosa Delgado-Huerta]] - visiting Rm 12 Mr. [[P:Huerta]] - 2:45p
[[P:Brian Park]] - chaplain - 3:00p
Reminder: no visitors w/ {{flu}} symptoms
""")),
("sign_in_sheet", c("""
Hospice care plan review, attendees:
- [[P:Phyllis Durand]] (patient)
- [[P:Roger Durand]] (husband) — [[L:4 Lighthouse Rd, Bar Harbor, ME 04609]]
- [[P:Colette Durand]] (daughter, lives in [[l:Lyon]]) — [[t:+33 4 78 42 19 60]]
- [[P:Meg Sullivan]], RN case manager
- Fr. [[P:Dominic]], spiritual care
Symptoms: {{nausea}} controlled on {{ondansetron}}.
""")),
("sign_in_sheet", c("""
MORNING WALK GROUP sign-in (cardiac rehab grads)
[[P:Bill Rose]] ✓
[[P:Deloris Brown]] ✓
[[P:Hank Young]] — skipped, {{angina}} last night, called his cardiologist
[[P:Yvette Park]] ✓
Next walk {{Saturday}} 7am at the track behind Kaiser.
""")),
("sign_in_sheet", c("""
CARE CONFERENCE — Resident: [[P:Theodore]] "[[P:Teddy]]" [[P:Baines]] DOB [[D:1929-09-30]]
Signatures:
[[P:Marian Baines]], wife ________
Dr. [[P:Oluwaseun Adebayo]], attending ________
[[P:Renata Silva]], social services ________
[[P:Chris Novak]], PT ________
Goals: {{hospice}} eval, stop {{statin}}.
""")),
("sign_in_sheet", c("""
Home visit sign-in sheet (kept on fridge)
date | who | time in/out | notes
11/3 | [[P:Keisha Dunmore]] HHA | 9-11 | bath, {{blood sugar}} 142
11/4 | [[P:Paul Abernathy]] RN | 1:15-2 | {{PICC line}} flush, dsg change
11/4 | [[P:Lupe]] (niece) | eve | brought dinner
11/5 | [[P:Keisha Dunmore]] HHA | 9-11 | pt tired
""")),
("sign_in_sheet", c("""
Discharge planning mtg — [[P:Oksana Melnyk]]
Present: pt, son [[P:Taras Melnyk]] ([[T:(773) 555-0110]]), daughter-in-law [[P:Kateryna]], interpreter [[P:Iryna Boyko]] (Ukrainian), case mgr [[P:Josh Feld]]
Pt wants home to [[L:2231 W Chicago Ave, Apt 1R, Chicago, IL 60622]]. Needs {{hospital bed}} + {{commode}}.
""")),

# ---------------- family_reply ----------------
("family_reply", c("""
thank you for the discharge papers. One thing - the address on them is wrong. Mom ([[P:Evangeline Sutter]]) moved in with us in {{September}}, it should be [[L:4417 Wildflower Trl, Round Rock, TX 78681]] not the Austin one. Her {{Eliquis}} bottle also has the old address. - [[P:Becca]]
""")),
("family_reply", c("""
Re: your visit note from {{Monday}}
Hi nurse [[P:Shauna]], dad says he never got the {{Lasix}} increase you wrote about? The bottle still says 20. Can you double check with Dr [[P:Greenbaum]]? Also he wants me to say thanks for the foot rub lol. [[P:Tom Pacheco]] (son) [[T:505 555 0134]]
""")),
("family_reply", c("""
We got the letter saying the {{walker}} is approved! Please ship it to my sister's instead, [[P:Loretta Finney]], [[L:88 Cole St, Unit 2, Paterson, NJ 07522]], since Grandpa is staying there after his {{hip replacement}}. Her cell is [[T:973-555-0142]].
""")),
("family_reply", c("""
Responding to the care plan: Grandma [[P:Aiko]] doesn't like the morning aide, [[P:Denise]]. She's fine with [[P:Rochelle]]. Can we swap? Also {{We'll}} be away {{Thanksgiving}} week so no visits needed. - [[P:Naomi Fujii]] (granddaughter), [[E:naomi.fujii@icloud.com]]
""")),
("family_reply", c("""
Replying for my husband [[P:Earl]]. The {{sleep study}} paperwork asks for his SSN, is that really needed? it's [[S:219-60-4418]] but I don't like putting it on a form. His Medicare card # is [[M:7PX3-KR2-GM51]]. - [[P:June Whitcomb]]
""")),
("family_reply", c("""
Hi, this is [[P:Rafael]], Doña [[P:Carmen]]'s grandson. The pharmacy text says her {{insulin}} is ready but we didn't order it? She uses {{Tresiba}}. Her DOB is [[D:6-30-1944]], name on file [[P:Carmen Villalobos]]. Please call me [[T:(956) 555-0157]] not her home phone.
""")),
("family_reply", c("""
I saw Dr. [[P:Mahoney]]'s after-visit summary. It says "{{hyperlipidemia}}" - does that mean high cholesterol? and why is his {{atorvastatin}} listed twice. my brother [[P:Sean]] is the one who goes with dad, I'm [[P:Bridget Mahoney-Clarke]] in [[l:Dublin]], [[t:+353 87 555 1290]]. thanks
""")),
("family_reply", c("""
Got the appointment reminder for Dad ([[P:Wendell Ross]]) {{Friday}} but he's in the hospital since {{Wednesday}} with {{pneumonia}}. Please cancel. Also please update his address to the assisted living: Brookdale, [[L:6200 Rockside Woods Blvd N, Independence, OH 44131]]. Thx, [[P:Janet]]
""")),
("family_reply", c("""
in reply to the billing letter - we already paid this. receipt shows visa [[A:4716 2081 5519 0023]] charged on the 3rd. account holder [[P:Ramon Ochoa]], patient was our son [[P:Diego]] ({{asthma}} visit). call [[T:832-555-0161]]
""")),
("family_reply", c("""
Hello, writing back about the {{hospice}} admission form. Our address for the equipment is [[L:1189 County Road 14
Rural Route 3
Pine Level, AL 36065]]. GPS takes you wrong, turn at the red barn. I am [[P:Vada Tillery]], the daughter. Mom is [[P:Iva Tillery]].
""")),

# ---------------- speaker_label ----------------
("speaker_label", c("""
[[P:Maria]]: she took her pills at 8, the {{metformin}} and the little white one
[[P:Joe]]: the little white one is {{lisinopril}}
[[P:Maria]]: ok well she took it
[[P:Reed]]: I'll drive her to the lab {{Thursday}}
""")),
("speaker_label", c("""
Daughter [[P:Ana]]: Mom's sugar was 310 after dinner 😬
Son [[P:Luis]]: did she eat the flan again
Daughter [[P:Ana]]: lol yes. I'm calling Dr [[P:Ibarra]]'s nurse at [[T:(915) 555-0104]]
Nurse [[P:Kim]]: Please have her check again before bed, and take her {{insulin}} as prescribed.
""")),
("speaker_label", c("""
Grandpa [[P:Lou]]: who moved my {{hearing aids}}
Aunt [[P:Terri]]: they're on the {{nebulizer}} box
Grandpa [[P:Lou]]: what box
[[P:Dev]]: I'm coming over, still at [[L:12 Elm Ct, Apt 3, Dover, DE 19901]]?
""")),
("speaker_label", c("""
RN [[P:Hollis]]: BP 162/94 today, he says he ran out of {{amlodipine}}
Wife [[P:Cora]]: Walgreens said they needed a new script
RN [[P:Hollis]]: I'll message Dr. [[P:Sandberg]] now
Wife [[P:Cora]]: thank you. our new # is [[T:(563) 555-0108]]
""")),
("speaker_label", c("""
[[P:Keanu]]: Tutu's {{oxygen}} tank says 500 left, is that bad
[[P:Leilani]]: call the company, number's on the fridge [[T:808-555-0131]]
[[P:Keanu]]: they want her member number
[[P:Leilani]]: [[M:HMSA 0049-228-716]]
""")),
("speaker_label", c("""
Mom: {{Don't}} forget my {{eye drops}}
[[P:Priya]]: already in your bag
[[P:Arjun]]: Ma, the {{timolol}} or the other one?
Mom: both. and tell Dr. [[P:Raman]] I can't see the TV
[[P:Priya]]: his office moved btw, now [[L:700 Hospital Dr Suite 9, Voorhees, NJ 08043]]
""")),
("speaker_label", c("""
Sister [[P:Agnes]]: Fr. [[P:Paul]] asks if Brother [[P:Thomas]] can have visitors after his {{chemo}}
Nurse [[P:Danielle]]: yes but masks, his counts are low
Sister [[P:Agnes]]: we'll send [[P:Benedict]] and [[P:Clare]] {{Sunday}}
""")),
("speaker_label", c("""
[[P:Olga]]: Papa fell again
[[P:Sergei]]: is he ok??
[[P:Olga]]: bruise on his {{hip}}, he's on {{Xarelto}} so I'm worried
[[P:Sergei]]: take him to ER. I'm in [[l:Tbilisi]] till Friday, call [[t:+995 599 55 12 34]]
""")),
("speaker_label", c("""
Aide [[P:Grace]]: he ate half his lunch and refused the {{Ensure}}
Son [[P:Michael Hill]]: that's normal for him
Aide [[P:Grace]]: also his {{catheter}} bag had blood in it
Son [[P:Michael Hill]]: oh no. calling the hospice line
""")),
("speaker_label", c("""
[[P:Fatima]]: mama's {{dialysis}} got moved to 6am
[[P:Yusuf]]: who's driving
[[P:Fatima]]: medicaid van picks up at [[L:501 Parkside Ave, Apt 4D, Brooklyn, NY 11226]] at 5:15
[[P:Yusuf]]: brutal. I'll do {{Saturday}}s
""")),

# ---------------- lower_case ----------------
("lower_case", c("""
hi its [[P:janet]] again, moms {{warfarin}} dose got changed to 4mg but the bottle says 5. her name is [[P:doris kemper]] dob [[D:may 4 1940]] and we're at [[L:22 lake st apt 1, oshkosh wi 54901]]
""")),
("lower_case", c("""
can someone call me back about my dads {{chemo}} schedule, this is [[P:trevor]] [[T:555-123-4567]]. hes [[P:arnold lindgren]]. thx
""")),
("lower_case", c("""
ok so nurse [[P:patty]] came today and said grandmas {{blood pressure}} was high, 170 over something. we gave her the {{losartan}}. my uncle [[P:ray]] thinks we should take her to urgent care. grandma is [[P:josephine albright]]
""")),
("lower_case", c("""
new address for the {{oxygen}} delivery: [[L:1550 sunset blvd #204, los angeles ca 90026]]. patient [[P:miguel salas]]. my email [[E:msalas.jr@gmail.com]]
""")),
("lower_case", c("""
my husband [[P:gene]] takes {{tamsulosin}}, {{finasteride}} and {{st. john's wort}}, is that ok together? the dr is dr. [[P:lucero]] but hes hard to reach. our number is [[T:(575) 555-0153]]
""")),
("lower_case", c("""
hey it's [[P:kenji]] from the 3rd floor, mrs. [[P:abernathy]] in 3c asked me to tell you her {{inhaler}} is empty. her daughter [[P:ruth]] lives in [[L:cleveland]]
""")),
("lower_case", c("""
pls send my {{lab results}} to my new email [[E:tiffany.oconnor88@gmail.com]], old one is dead. i'm [[P:tiffany o'connor]] dob [[D:09/21/88]]
""")),
("lower_case", c("""
question about the bill: account [[M:44910028]], patient [[P:hector ruiz]], they charged for the {{ekg}} twice. i pay by card [[A:5425 2334 3010 9903]]. call me at [[T:713.555.0136]]
""")),
("lower_case", c("""
mom ([[P:rosa]]) says the {{gabapentin}} makes her dizzy. she lives w my sister [[P:lucia]] now at [[L:po box 912, nogales az 85628]] for mail
""")),
("lower_case", c("""
i'm [[P:wei]], [[P:li na]]'s son. her {{thyroid}} appt got cancelled, can we redo it {{friday}}? she prefers mandarin interpreter. grandpa back in [[l:chengdu]] keeps asking for updates lol
""")),
]
