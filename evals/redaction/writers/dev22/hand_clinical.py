# Hand-written clinician notes and discharge paperwork. One message at a time, each its own voice.
H = [
("clinician_note", """
SN visit 0930-1020. Pt «Dolores Ybarra|P» 84F, {CHF}, {DM2}. {BP 148/86} sitting L arm, {HR 92} irreg, {SpO2 94% RA}. +2 pitting {edema} BLE. Dtr «Marisol|P» states pt "forgot" {Lasix 40} x2 days. Reinforced daily wts, pt wt {171.4 lb} (up 3.2). Called «Dr. Okafor|P» office, orders rec'd to incr {Lasix} to {40 mg BID} x3d. Next SN visit Fri. Son-in-law «Ruben Tafoya|P» to pick up rx at {Walgreens}.
"""),
("clinician_note", """
HOSPICE RN NOTE — pt resting, {RR 24} w/ periods of {apnea} ~10 sec. {Mottling} to bilat knees. Family at bedside: wife «Bernadette|P», sons «Curtis|P» and «Lamont Reed|P», granddtr «Jazmyn|P». {Roxanol} {5 mg SL q2h prn} given x2 by wife per her report. Educated on signs of active dying. Chaplain «Fr. Tomasz Wierzbicki|P» visited. Address on file «4417 N Keystone Ave Apt 2, Indianapolis, IN 46205|L» – confirmed w/ «Bernadette|P» funeral home is Crown Hill.
"""),
("clinician_note", """
PT eval. Dx: s/p R {THA} 11/3, {posterior precautions}. Lives w/ spouse «Hal Brandt|P» in 2-story home, 14 steps w/ L rail. Amb 60 ft w/ {RW} CGA. TUG {22 sec}. Pt reports pain 6/10 R hip. Plan: 2w4, {HEP} issued. Spouse cell «(317) 882-4409|PH» - prefers texts. Pt's dtr «Georgia Brandt-Ochoa|P» lives in «Savannah, GA|L», aware of plan.
"""),
("clinician_note", """
OT note: ADL retraining. Pt req min A for LB dressing, uses reacher + sock aid. Toilet transfer SBA w/ {grab bar}. Cog: A&Ox3, mild word-finding since {CVA}. Caregiver «Ngozi Adeyemi|P» (hired aide, M-F 8-2) present and return-demo'd. Recommend {tub transfer bench}. DME order sent to {Apria}? — no, sent to {Lincare}, aide to call «Tran Van Hieu|P» (pt's nephew, POA) at «714.555.0192|PH» re: payment.
"""),
("clinician_note", """
MSW note: met w/ pt «Eustace Hollingsworth|P» & wife «June|P» at kitchen table. Discussed {Medicaid} waiver, pt currently {Medicare} only. Wife overwhelmed, crying, states they are 2 mos behind on rent at «2210 Cahaba Rd #B, Birmingham AL 35223|L». Referred to Area Agency on Aging. Gave {988} info to wife d/t statements of hopelessness, she denies SI. SSN for waiver app «422-71-9035|S» obtained, copy to intake. F/u 1 wk.
"""),
("clinician_note", """
Pharmacist med rec (phone) w/ pt's dtr «Paris Whitfield|P». Active: {metformin 500 mg BID}, {lisinopril 10 mg daily}, {atorvastatin 40}, {Eliquis 5 mg BID}, {sertraline 50}. OTC: {St. John's wort} — flagged interaction w/ {sertraline} + {Eliquis}, advised to stop, dtr agrees. Also {melatonin 3 mg} HS ok. Pt DOB «02/09/1938|D», MRN «KH0048812|M». Faxed rec to «Dr. Amrita Sethi|P».
"""),
("clinician_note", """
SN: wound care to sacral {stage 3 pressure injury} 3.1 x 2.4 x 0.6 cm, {tunneling} at 12 o'clock 1.2 cm. Cleansed NS, packed {Aquacel Ag}, covered {Mepilex}. Pt turned q2h per husband «Wendell|P» log. Husband asks if "the girl from the agency, «Austin|P»?" can come Tues instead of Wed – will ask scheduler. {Albumin 2.9}.
"""),
("clinician_note", """
hospice SW f/u. pt «Marguerite 'Peggy' Olander|P», {ALS}, now on {BiPAP} 18h/day. Discussed {POLST} – pt wants DNR, confirmed w/ HCPOA «Dakota Olander|P» (son). Other son «Cyrus|P» lives in «Anchorage|L», disagrees, wants full code. Family mtg set Thurs 2pm. Son «Dakota|P» cell «907-555-0148|PH», email «dakota.olander@fastmail.com|E».
"""),
("clinician_note", """
Visit note 12/2. Pt «Nguyễn Thị Lan|P», 79F, {Alzheimer's} mod stage. Lives w/ son «Phạm Minh Tuấn|P» & DIL «Hồng|P» at «9832 Bolsa Ave Spc 41, Westminster, CA 92683|L». Son interpreted (Vietnamese). Pt wandering @ night, exited home x1 last wk, found at 7-Eleven. Recommended door alarms, {Medic Alert} bracelet. {Donepezil 10 mg} HS, {quetiapine} not started — discuss w/ «Dr. Lê|P».
"""),
("clinician_note", """
PT re-eval #6. {Parkinson's} H&Y 3. Freezing at doorways ↓ w/ laser cane. BERG {38/56}. Fall 11/28, no injury, wife «Rosalind Park|P» assisted up. Discussed {LSVT BIG}. Wife requests notes be sent to «Dr. Yusuf Hill|P» at {Mayo Clinic} — fax #? Wife will call back from «(507) 555-0177|PH».
"""),
("clinician_note", """
Pharm consult: pt on {warfarin} 5 mg M/W/F, 2.5 mg other days. {INR 3.8} today (goal 2-3). Dtr «April Simmons|P» reports pt started {cranberry} juice and {fluconazole} from urgent care. Held tonight's dose per protocol, recheck {INR} Mon. Pt Medicare MBI «7TK4-HJ2-WM61|M». Call-back «April|P» «812.555.0133 ext 2|PH».
"""),
("clinician_note", """
SLP: pt «Bartholomew Kowalczyk|P» s/p {CVA}, {dysphagia}. {MBSS} 11/30: pen. w/ thin liquids. Rec {mildly thick} liquids, chin tuck, small bites. Educated wife «Halina|P» & granddaughter «Zofia Kowalczyk-Reyes|P». Granddaughter will print handout; her email «zkowalczykreyes@gmail.com|E».
"""),
("clinician_note", """
RN case mgr: Recert. Pt remains homebound d/t {COPD} exacerbations, {O2 3L NC} continuous, SOB w/ 10 ft amb. Caregiver: partner «Jordan Mbeki|P». Pt's sister «Savannah Price|P» from «Macon, Georgia|L» staying thru Xmas. Emergency contact updated: «Savannah Price|P» «478-555-0161|PH». {Albuterol} neb q4h prn, {Spiriva} daily, {prednisone} taper day 3/5.
"""),
("clinician_note", """
hospice aide note – bed bath done, skin intact except {coccyx} red blanchable. pt ate 3 bites {applesauce}. grandson «Trey|P» played guitar for her, she smiled. daughter «LaToya Freeman|P» asked me to tell the nurse «Mrs. Freeman|P» (pt) had 2 episodes {emesis} overnight.
"""),
("clinician_note", """
SN: {Foley} changed 16Fr, 10 cc balloon, clear yellow urine. No s/s {UTI}. Pt «Ignatius Obi|P» c/o {constipation} x4d, {senna} 2 tabs HS + {MiraLAX} daily rec'd. Wife «Chiamaka|P» to call agency at «(919) 555-0120|PH» if no BM by Sat. Pt's address verified for supply delivery: «718 Old Wake Forest Rd, Raleigh, NC 27609-3411|L».
"""),
("clinician_note", """
Social work – caregiver strain. Wife «Ana Lucía Castañeda|P» is sole CG for pt (husband «Hector Castañeda|P», {Parkinson's} w/ {dementia}). She hasn't slept >4h in weeks. Sister «Maribel|P» in «El Paso, TX|L» offering to help 2 wks/mo. Applied for respite thru VA, pt's VA claim # «C-28 441 907|M». Provided Alzheimer's Assoc helpline {1-800-272-3900}.
"""),
("clinician_note", """
OT home safety: throw rugs removed x3. Shower chair in place. Raised toilet seat rec. Pt's son «May Lin Chou|P»?? – correction: son is «Matthew Chou|P», dtr is «May Lin|P». «Matthew|P» will install grab bars this wknd. Pt {HbA1c 8.9}, {neuropathy} bilat feet → {fall risk}.
"""),
("clinician_note", """
PT d/c summary: goals met. Amb 300 ft w/ {SPC} mod I. Stairs x12 w/ rail SBA. D/c to {HEP}. Pt's husband «Reginald 'Reggie' Young|P» to continue walking w/ her at «Lakeview Towers, 1501 N State Pkwy Unit 9C, Chicago, IL 60610|L» hallway loop (room {#917} is the laundry – not pt's).
"""),
("clinician_note", """
hospice RN – death visit. TOD 0347 pronounced by this RN. Family present: «Consuelo Ruiz|P» (wife), «Esteban|P», «Lupe|P», «Teodoro Ruiz|P». Meds destroyed w/ wife as witness: {morphine 20mg/mL} 12 mL, {lorazepam 0.5 mg} x14 tabs. Funeral home notified. Pt DOB «7/22/1936|D».
"""),
("clinician_note", """
Pharmacy note: called pt re {Ozempic} PA denial. Spoke w/ granddaughter «Jade Nakamura|P» – she handles pt's {CVS Caremark} acct. Member ID «U44920183-01|M». Gave her appeal line. She asked to update pt phone to «808-555-0139|PH» and mailing «PO Box 1187, Hilo, HI 96721|L».
"""),
("clinician_note", """
S: "i'm just tired" per pt. Wife «Yvonne|P» says he's sleeping 18 hrs/day.
O: {T 99.1}, {BP 102/58}, {HR 104}, {SpO2 91%}. Lungs crackles R base. {BG 212}.
A: ?{PNA} vs {CHF} exacerbation.
P: Notified «Dr. Castellanos|P», orders for {CXR} (mobile) + {CBC}, {BMP}. Mobile xray co will call wife at «210-555-0152|PH». Pt «Leon Fairweather|P» MRN «0338821|M».
"""),
("clinician_note", """
MSW: pt «Carmen Delacroix|P» (Haitian Creole speaker), lives w/ dtr «Nadège Delacroix-Pierre|P» and son-in-law «Jean-Baptiste Pierre|P» at «1420 NE 135th St, North Miami, FL 33161|L». Interpreter used (ID 4471). Discussed {advance directive}. Dtr requests all calls go to her cell «(305) 555-0184|PH», not the home line.
"""),
("clinician_note", """
Skilled nursing visit — teaching new {insulin pen} ({Lantus 22 units} HS, {Humalog} sliding scale). Pt's husband «Dale Hill|P» return-demo'd correctly. FSBG log reviewed: {fasting 140s-180s}. Pt «Rose Hill|P» verbalized s/s {hypoglycemia}. Supplies to be delivered to «Rt 3 Box 72A, Ellijay, GA 30540|L».
"""),
("clinician_note", """
PT note: pt «Wiremu Tane|P» (visiting from NZ, staying w/ dtr «Aroha Mitchell|P» at «55 W 119th St Apt 3R, New York, NY 10026|L»). s/p L {TKA} 2 wks. {ROM} 5-92°. Ice + elevate. Pt's NZ contact for records: «+64 9 555 0173|PH!».
"""),
("clinician_note", """
Pharm: pt «Ofelia Manalo|P» taking {amlodipine} from PH pharmacy + {amlodipine} from US rx = duplicate. Niece «Jasmine Dizon|P» says tita's other niece «Maricel|P» sends meds from «Quezon City|L!». Pt instructed to use US supply only. Niece email «jdizon.rn@yahoo.com|E».
"""),
("clinician_note", """
Home health aide sup visit: aide «Precious Mthembu|P» competent w/ Hoyer transfer. Pt's husband «Cornelius Vanderbilt-Brown|P» satisfied. Noted {bruise} L forearm, pt says hit on dresser. Report to RN «Kim|P».
"""),
("clinician_note", """
SN note: pt «Harold Jefferson|P» refused visit at door, states "my boy «Marcus|P» said don't let nobody in." Called son «Marcus Jefferson|P» «404 555 0109|PH» – he apologized, pt has {vascular dementia}, son will be present Thurs 10am. Address «3345 Martin Luther King Jr Dr SW Atlanta GA 30311|L».
"""),
("clinician_note", """
Hospice chaplain: sat w/ pt's wife «Miriam Goldfarb|P». She asked about Jewish customs at end of life; contacted «Rabbi Ezra Katz|P» at Temple Beth El, he'll call «Miriam|P» at «(248) 555-0196|PH». Pt «Saul Goldfarb|P» {unresponsive}, comfortable.
"""),
("clinician_note", """
OT: pt's {R hemiparesis}, edema R hand, retrograde massage taught to dtr «Dakota|P» (goes by «Kody|P»). Pt used to be a teacher at Austin High in «Austin, MN|L». Pt's spouse «Erling Haugen|P».
"""),
("clinician_note", """
PHARM MTM (telephonic): pt «Thelma Broussard|P» 81, {Medicaid} ID «LA 8830291745|M». 14 meds. Duplicated {gabapentin} (2 prescribers). Dtr «Evangeline|P» helps w/ pillbox. Recommended deprescribe {diphenhydramine} (Beers). Call dtr «337-555-0115|PH».
"""),
("clinician_note", """
SN: pt c/o {chest pain} 4/10 while I was there, relieved w/ {NTG 0.4 mg SL} x1. EKG not avail. Called 911 per protocol. Pt transported to {St. Vincent}. Wife «Loretta Mae Purcell|P» followed in car. Son «Beau Purcell|P» notified at «(501) 555-0143|PH».
"""),
("clinician_note", """
hospice IDT note: pt «Kenji Watanabe|P» / 渡辺健二 – family prefers Japanese for written materials. Dtr «Emi Watanabe-Cole|P» lives locally; son «Hiroshi|P» lives at «東京都世田谷区桜新町2-14-7|L!», phone «+81 3-5555-0142|PH!». Pain controlled on {fentanyl 25 mcg} patch.
"""),
("clinician_note", """
SN visit: {PICC} line RUE, dressing changed, site c/d/i. {Vancomycin 1 g q12h} via home infusion. Trough pending. Pt «Jamal Whitaker|P», DOB «1959-04-17|D». Infusion pharmacy {Option Care}. Girlfriend «Shaniqua Booker|P» present, taught flushes.
"""),
("clinician_note", """
PT: falls x2 this wk. Pt lives alone at «808 E. 9th St., Apt. 12, Tulsa, OK 74120|L». Neighbor «Mrs. Hedgepeth|P» checks in daily. Nephew «Colton Gray|P» (out of state) is POA. Rec'd {PERS} device. {Orthostatic} BP {128/74} → {104/62} standing.
"""),
("clinician_note", """
social work: pt «Asuncion Villanueva|P» and husband «Rogelio|P» need transportation to dialysis at Fresenius M/W/F. Sister-in-law «Perla Villanueva|P» drives Mon only. Applied for {Medicaid} NEMT. Pt {ESRD}, {hemodialysis} via L AVF.
"""),
]
