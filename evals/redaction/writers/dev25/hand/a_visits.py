# Hand-written: home health, hospice, SOAP, telephone encounters, discharge summaries / AVS.
# Written by hand by the dev25 helper session. Markup is explained in ../common.py.
from common import clean as c

MSGS = [
# ---------------- home_health_note ----------------
("home_health_note", c("""
HOME HEALTH SKILLED NURSING VISIT
Patient: [[P:Dolores Whitfield]]   DOB: [[D:03/22/1941]]   MRN: [[M:HH-0048213]]
Address: [[L:418 Larkspur Ln, Apt 2C, Decatur, IL 62521]]
SN arrived 0930. Pt alert, oriented x3. BP 148/86 L arm sitting. Lungs clear, 1+ pitting {{edema}} bilat ankles. Reviewed {{Lasix 40}} mg daily, pt states she skipped {{Tuesday}} dose because of outing. Daughter [[P:Renee]] present, will call [[T:(217) 555-0193]] if wt up > 3 lb.
Clinician: [[P:Marcus Obi]], RN
""")),
("home_health_note", c("""
PT eval - {{home exercise program}} started. pt [[P:hal brennan]] lives alone 2nd floor walkup at [[L:77 Quarry Rd #3, Barre, VT 05641]], 14 steps no rail on L. TUG 19 sec, high {{fall risk}}. Son [[P:Kevin Brennan]] in [[L:Burlington]] checks in weekends, cell [[T:802-555-0148]]. Recommend grab bars, shower chair. Next visit {{Thursday}}. -[[P:J. Alvarado]], PT, DPT
""")),
("home_health_note", c("""
OASIS follow-up. Mrs. [[P:Yee]] ([[P:Lan Yee]], member id [[M:W4481902733]]) at home [[L:2250 Geary Blvd Apt 611, San Francisco, CA 94115]]. Wound R heel stage 2 {{pressure injury}}, 1.5 x 1.0 cm, no tunneling, cleansed w/ NS, {{hydrocolloid}} applied. Granddaughter [[P:Michelle]] translates. Niece in [[l:Guangzhou]] calls on WeChat, wants updates sent to [[e:yeefamily88@qq.com]].
""")),
("home_health_note", c("""
Aide visit log - [[P:Tamika Reed]] HHA
client [[P:Roosevelt Park]] | [[L:9 Hill St, Marion, OH 43302]]
bath: shower w/ assist, skin intact
meals: ate 75% breakfast
meds reminder: {{donepezil}} 10 given by wife [[P:Opal]]
notes: more confused than last {{Monday}}, kept asking for his brother [[P:Young]]. told nurse [[P:Sheila]] at office [[T:740.555.0172 ext. 204]]
""")),
("home_health_note", c("""
Skilled visit for {{INR}} check. POC INR 3.6 (goal 2-3). Pt [[P:Walter Kowalczyk]] admits eating extra spinach, denies bleeding/bruising. Spoke with {{anticoag clinic}} RN [[P:Priya Natarajan]] at [[T:(608) 555-0110]], held {{warfarin}} x1, resume 5 mg. Wife [[P:Halina]] verbalized understanding. Their mailing addr is [[L:PO Box 318, Mount Horeb, WI 53572]] - pt asks paperwork go there not to house.
""")),
("home_health_note", c("""
SN visit: new {{insulin}} teach. Mr. [[P:Delacroix]] (DOB [[D:July 9, 1953]]) drew up {{Lantus}} 18 units correctly on 2nd attempt. FSBS 212. Diet: lots of rice, discussed plate method. Lives w/ daughter [[P:Josette Delacroix]] at [[L:1402 N Tonti St
New Orleans, LA 70119]]. She asked for written sheet in French for her aunt visiting from [[l:Port-au-Prince]].
""")),
("home_health_note", c("""
OT note. Client: [[P:BERNADETTE O'SHEA]] chart [[M:44-1187-02]]. Worked on UB dressing, used reacher for socks. {{right shoulder}} pain 4/10 after. Husband [[P:Frank]] wants to know if {{Medicare}} covers a tub bench - gave him number for the DME place. Care coordinator [[P:Lisa Tran]] cc'd: [[E:ltran@brightpathhomecare.com]]
""")),
("home_health_note", c("""
Visit note 1/2. Pt [[P:Gus Amendola]], 84, {{COPD}}, on 2L O2 continuous. SpO2 91% RA at rest, 95% on O2. Using {{albuterol}} neb 3-4x/day. Smoking? "only on the porch" - educated again re: oxygen + flame. Backup contact: neighbor [[P:Carol Hill]] [[T:413 555 0125]]. Address for EMS: [[L:61 Ashley Ave, Rear Unit, West Springfield, MA 01089]]
""")),
("home_health_note", c("""
HHA SUPERVISORY VISIT
Aide: [[P:Fatou Diallo]]   Supervisor: [[P:Ronald Beck]], RN
Client: [[P:Edith Moore]]   DOB [[D:1935-11-02]]
Aide on time, follows care plan, client reports "she's gentle with my {{hip}}". No concerns. Aide requested a schedule change: she visits family in [[l:Dakar]] in {{December}}, best reach there [[t:+221 77 645 12 30]].
""")),
("home_health_note", c("""
PT discharge from home care. [[P:Ingrid Solberg]] ambulating 300 ft w/ {{rolling walker}}, indep on stairs w/ rail. Goals met. Transitioning to outpt PT at [[L:5100 W 78th St, Suite 120, Edina, MN 55435]]. Referral faxed to [[T:952-555-0199]]. Pt's cell [[T:(612) 555-0137]], email [[E:ingrid.solberg@comcast.net]]. {{knee replacement}} incision healed.
""")),

# ---------------- hospice_note ----------------
("hospice_note", c("""
HOSPICE RN VISIT - routine
Pt: [[P:Harold Finch-Adeyemi]]  Dx: {{pancreatic cancer}}
Location: Sunrise Terrace ALF, [[L:300 Commerce Pkwy Rm 114, Kettering, OH 45420]]
Pain 6/10 overnight per staff, {{morphine}} 5 mg SL q2h prn used x3. Increased {{MS Contin}} per Dr. [[P:Okafor]]. Wife [[P:Beatrice]] at bedside, tearful, chaplain [[P:Tom Lindqvist]] to visit {{Friday}}.
""")),
("hospice_note", c("""
Social work note: met w/ pt's sons [[P:Darnell]] and [[P:Marcus Grant]] re: funeral planning. Family wants {{DNR}} copy on fridge. Older son lives [[L:Atlanta, GA]], younger in [[l:Lagos]], Nigeria - best number for him [[t:+234 803 555 2190]]. Pt [[P:Ella Grant]] wishes to stay home at [[L:1817 Buford Hwy NE, Brookhaven, GA 30329]].
""")),
("hospice_note", c("""
On-call note 0215: daughter [[P:Kimberly Sato]] called [[T:1-503-555-0166]], mom "breathing funny", long pauses. Explained {{Cheyne-Stokes}}, normal in {{dying process}}. Advised {{atropine}} drops 2 SL for secretions. She'll call back if distress. Pt [[P:Haruko Sato]] ([[p:佐藤春子]]), MRN [[M:HSP20931]].
""")),
("hospice_note", c("""
Chaplain visit. [[P:Miguel Ángel Ortega]] asked for rosary and a priest who speaks Spanish. Called Father [[P:Reyes]] at St. Anne's, left VM. Brother [[p:Joaquín Ortega]] traveling from [[l:Guadalajara]] {{Sunday}}, his number [[t:+52 33 3815 4421]]. Pt peaceful, {{hospice aide}} bathed him this am.
""")),
("hospice_note", c("""
Bereavement call 2 wks post death of [[P:Leonard Pike]]. Widow [[P:Judy Pike]] coping, sleeping poorly, asked about {{melatonin}}. Mailed grief packet to [[L:RR 2 Box 15, Hazard, KY 41701]]. Follow-up call 30 days, [[T:606-555-0141]].
""")),
("hospice_note", c("""
IDG summary - [[P:Anneliese Vogt]], {{Alzheimer's}} end stage, FAST 7c. Weight down 4 lb. Eating 2-3 bites with hand feeding. No {{pressure ulcer}}. Niece [[p:Katrin Vogt]] (POA) lives in [[l:Ludwigstraße 14, 80539 München]], contact [[e:k.vogt@gmx.de]] / [[t:+49 89 2180 3344]]. Recert due {{January}}.
""")),
("hospice_note", c("""
hospice aide note - pt [[P:ruby jackson]] comfortable, mouth care done, turned q2. granddaughter [[P:shanice]] said the {{oxygen concentrator}} was beeping last night, I told her call the DME line. pt's son [[P:Terrence Jackson]] wants a call back [[T:(901)555-0158]]
""")),
("hospice_note", c("""
Admission to hospice. Patient [[P:Samuel Oyelaran-Brooks]], DOB [[D:2/14/1948]], {{CHF}} NYHA IV, EF 15%. Medicare Beneficiary ID [[M:1EG4-TE5-MK72]]. Lives with partner [[P:Curtis]] at [[L:55 W Monroe St Unit 1907, Chicago, IL 60603]]. Comfort kit delivered. Stopped {{metoprolol}}, continuing {{furosemide}} for comfort.
""")),
("hospice_note", c("""
Volunteer log: read to Mrs. [[P:Castellanos]] for an hour (she likes the psalms). Her daughter [[P:Pilar]] asked if the volunteer coordinator [[P:Nina]] can call [[T:505.555.0182]]. Pt seemed short of breath, told RN [[P:Diane Whitehorse]] - she said {{lorazepam}} is ok per plan.
""")),
("hospice_note", c("""
Death visit. Time of death 16:42 pronounced by RN [[P:Owen McAllister]]. Pt [[P:Gertrude Baumann]]. Family present: husband [[P:Ernst]], daughters [[P:Lise]] and [[P:Hanne]]. Funeral home notified. Disposed of {{hydromorphone}} and {{haloperidol}} w/ daughter as witness. Hanne flies back to [[l:Zürich]] {{Wednesday}}.
""")),

# ---------------- soap_note ----------------
("soap_note", c("""
S: 67 yo F ([[P:Carmen Ybarra]]) here for f/u {{type 2 diabetes}}. Reports increased thirst. Taking {{metformin}} 1000 BID, occasionally misses pm dose.
O: BP 132/78, wt 184 lb. {{Hemoglobin A1c}} 8.4 (prev 7.6). Monofilament intact.
A: T2DM, worsening control.
P: add {{empagliflozin}} 10 mg. Refer to DSMES. RTC 3 mo.
Pt ID: MRN [[M:00918274]] | DOB [[D:05/30/1958]] | cell [[T:915-555-0184]]
""")),
("soap_note", c("""
SOAP - telehealth
Pt: [[P:Desmond Achterberg]]  Loc during visit: home, [[L:3318 Cedar Springs Rd, Dallas, TX 75219]]
S: anxious, poor sleep x 3 wk since job loss. PHQ-9 = 14.
O: well groomed, good eye contact, no SI.
A: {{major depressive disorder}}, moderate.
P: start {{sertraline}} 50 mg. Gave {{988}} crisis line. f/u 4 wk w/ Dr. [[P:Lillian Park]].
""")),
("soap_note", c("""
S - "my back's killing me" x 5 days after lifting mother-in-law. No saddle anesthesia.
O - paraspinal tenderness L4-5, SLR neg.
A - acute {{lumbar strain}}
P - {{ibuprofen}} 600 TID w food, heat, walk. Work note given.
[[P:Tyrone Whitaker]] | DOB [[D:11-19-1979]] | acct [[M:CH-552-0914]] | PCP Dr. [[P:Rose]]
""")),
("soap_note", c("""
Subjective: [[P:Nguyen Thi Mai]] 72F w/ {{atrial fibrillation}}, daughter [[P:Linh]] interpreting. Palpitations 2x this wk. On {{Eliquis}} 5 BID.
Objective: HR 104 irreg irreg. BP 118/70.
Assessment: AF w/ RVR, mild.
Plan: incr {{diltiazem}} to 240 ER. Holter. Family asks results be sent to Linh at [[E:linh.nguyen.rn@gmail.com]] and to son in [[l:Hà Nội]] by phone [[t:+84 24 3826 5511]].
""")),
("soap_note", c("""
S: Follow-up {{hypertriglyceridemia}}. TG 612 -> 388 on {{fenofibrate}}. Drinking 1-2 beers/night.
O: BMI 33. Lipase nl.
A/P: improving. Continue fenofibrate, add {{icosapent ethyl}}. Alcohol reduction.
--
[[P:Brandon Hollis]] / MRN [[M:7730-4418]] / [[D:04.02.1971]]
Seen by [[P:Aisha Rahman]], PA-C
""")),
("soap_note", c("""
S: child [[P:Mateo Ferreira]], 4 y/o, fever 102.4 x2d, pulling L ear. Mom [[P:Gabriela]] giving {{acetaminophen}}.
O: L TM bulging, erythematous. Lungs clear.
A: {{acute otitis media}}, L.
P: {{amoxicillin}} 90 mg/kg/day div BID x 10d. Mom's # [[T:(347) 555-0129]]. Grandma in [[l:Recife]] wants photo of Rx - declined, explained privacy.
DOB [[D:2022-06-17]]
""")),
("soap_note", c("""
S: Mr. [[P:Stanislaw Wróbel]] reports R knee pain, worse stairs. Tried {{glucosamine}}.
O: crepitus, mild effusion, ROM 5-110.
A: {{osteoarthritis}} R knee.
P: {{triamcinolone}} injection today, PT referral to Northside Rehab, [[L:1200 N Elston Ave, Chicago, IL 60642]]. Medicaid [[M:IL-MCD 448201937]].
""")),
("soap_note", c("""
S - 45M [[P:Kwame Asante]] here for {{opioid use disorder}} MAT visit. No use x 6 wk. Cravings 2/10.
O - UDS + {{buprenorphine}}, neg fentanyl.
A - OUD in early remission.
P - continue {{Suboxone}} 8/2 BID, 2 wk script. Counselor [[P:Jenna Brooks]], LCSW. Emerg contact sister [[P:Abena]] [[T:267-555-0117]].
""")),
("soap_note", c("""
S: Pt [[P:Eleanor Vance]] c/o dizziness on standing since {{lisinopril}} increased to 40.
O: orthostatics + (132/80 -> 108/66). 
A: orthostatic hypotension, med related.
P: reduce lisinopril 20, hydrate, rise slowly. Husband [[P:Arthur Vance]] to check BP at home, log to portal. Pt born [[D:Aug 3 1944]].
""")),
("soap_note", c("""
S: "I can't stop shaking" - [[P:Bashir Haddad]], 61, known {{Parkinson's}}, on {{carbidopa-levodopa}} 25/100 TID. Wears off before next dose.
O: rest tremor R>L, bradykinesia.
A: PD w/ wearing off.
P: add 4th daily dose, neuro f/u. Wife [[P:Rania]] asks for Arabic handouts. Son [[p:Omar]] in [[l:عمّان]] follows by [[t:+962 79 555 1234]].
""")),

# ---------------- telephone_encounter ----------------
("telephone_encounter", c("""
TELEPHONE ENCOUNTER
Caller: [[P:Sandra Kiely]] (daughter)   Callback: [[T:(319) 555-0161]]
Pt: [[P:Francis Kiely]]   DOB: [[D:12/01/1939]]
Reason: pt fell in bathroom last night, no head strike, now R wrist swollen. Takes {{aspirin}} 81.
Advice: go to urgent care for x-ray today. Daughter agrees.
Taken by: [[P:Brenda]], LPN
""")),
("telephone_encounter", c("""
Phone note - wife [[P:Corinne Delgado]] calling re husband [[P:Ray Delgado]] (MRN [[M:5502917]]). Says he's been more sleepy since starting {{gabapentin}} 300 TID. Routed to Dr. [[P:Feldman]]. Per MD: reduce to 300 BID. Called back [[T:210-555-0133 x3]], LM on VM to call office.
""")),
("telephone_encounter", c("""
Refill request via phone: pt [[P:Georgina Pappas]] needs {{levothyroxine}} 88 mcg, 90-day to mail order. Verified DOB [[D:9/17/1962]] and address [[L:PO Box 5521, Tarpon Springs, FL 34688]]. Last {{TSH}} 2.1 in {{June}}. Approved.
""")),
("telephone_encounter", c("""
TE 10:42 - [[P:Jerome]] from Mrs. [[P:Abernathy]]'s assisted living called [[T:(770) 555-0175, ext 12]], pt refusing {{Seroquel}} x2 nights, agitated at sundown. Pt [[P:Lorraine Abernathy]] DOB [[D:1931-04-08]]. Advised to offer w/ applesauce, document behaviors, MD to review {{Monday}}.
""")),
("telephone_encounter", c("""
Call from pt's son in UK, [[p:Nigel Fairbanks]], [[t:+44 7700 900461]] (evening our time works). Pt [[P:Margaret Fairbanks]] has signed HIPAA release for him. Discussed {{pneumonia}} recovery, completing {{doxycycline}}. He asks results emailed to [[e:nigel.fairbanks@btinternet.com]] - told him portal proxy is safer, sent instructions.
""")),
("telephone_encounter", c("""
Nurse triage. [[P:Alexis Romero]] 29F, 34 wks pregnant, HA + blurry vision since this AM. BP at home 152/98. Told to go to L&D now, r/o {{preeclampsia}}. Husband [[P:Danny]] driving. Their # [[T:5205550148]]. Notified OB Dr. [[P:Siddiqui]].
""")),
("telephone_encounter", c("""
Returned call to [[P:Hyun-woo Kim]] ([[p:김현우]]) re: {{colonoscopy}} prep. He's unsure about {{GoLytely}} timing. Reviewed split dose. Procedure at Valley Endoscopy Center, [[L:2400 Wayzata Blvd, Minneapolis, MN 55405]]. Pt's number on file [[T:+1 612 555 0102]].
""")),
("telephone_encounter", c("""
TC from pharmacy (Walgreens, [[P:Kyle]], RPh, [[T:1-480-555-0106]]): interaction alert {{clarithromycin}} + {{simvastatin}} for pt [[P:Deborah Lund]] DOB [[D:06/06/1957]]. Changed to {{azithromycin}} per Dr. [[P:Matsumoto]]. Pharmacy notified.
""")),
("telephone_encounter", c("""
Phone encounter: member services at Kaiser called for pt [[P:Lucía Benítez]], member # [[M:000-48-773-219]], asked for records of {{knee MRI}}. Records release faxed. Pt's home [[L:8812 Sepulveda Blvd Apt 14, North Hills, CA 91343]] confirmed.
""")),
("telephone_encounter", c("""
LATE ENTRY phone call 5:15p: Rev. [[P:Clarence Odom]] (pt's pastor, listed on release) called stating pt [[P:Wilhelmina Odom]] confused, blood sugar 48. Advised give juice, recheck 15 min, call 911 if not improving. Reduce {{glipizide}}. Pastor's cell [[T:1 (334) 555-0191]].
""")),

# ---------------- discharge_summary ----------------
("discharge_summary", c("""
DISCHARGE SUMMARY
Patient Name: [[P:HOLLOWAY, VERNON J]]        MRN: [[M:000728114]]
DOB: [[D:02/11/1950]]          Admit: 10/28   Discharge: 11/02
Attending: [[P:Priscilla Nakamura]], MD
Principal Dx: {{NSTEMI}}
Procedures: cath w/ DES to LAD
Discharge meds: {{clopidogrel}} 75 daily, {{atorvastatin}} 80, {{metoprolol succinate}} 25
Disposition: home w/ wife, [[L:2607 Chestnut Ridge Dr, Lexington, KY 40509]]
Follow-up: cardiology 1 wk
""")),
("discharge_summary", c("""
After Visit Summary
[[P:Sofia Marchetti]]   DOB: [[D:7/21/1986]]
Today you were seen for: {{migraine}}
What's next: take {{sumatriptan}} at onset, no more than 2 in 24 h. Keep a headache diary.
Your care team: [[P:Kevin Ostrowski]], NP
Questions? Call [[T:(484) 555-0170]] or visit the portal.
Pharmacy: CVS [[L:480 W Lancaster Ave, Wayne, PA 19087]]
""")),
("discharge_summary", c("""
Hospital course: 78M [[P:Augustin Mbeki]] admitted w/ {{COPD}} exacerbation, treated {{prednisone}} 40 x5d, {{azithromycin}}. Weaned to baseline 2L. Discharged to Heritage Oaks SNF, [[L:1100 Heritage Way, Building B, Round Rock, TX 78664]] for rehab. Dtr [[P:Nomvula]] updated by phone [[T:512.555.0188]]; she is also reachable in [[l:Johannesburg]] [[t:+27 82 555 0147]].
""")),
("discharge_summary", c("""
DISCHARGE INSTRUCTIONS - pasted from portal
Name: [[P:Benedict Adeyemi]]
Hospital Account: HAR [[M:9102233841]]
Diagnosis: {{cellulitis}} left lower leg
- Finish {{cephalexin}} 500 mg 4 times a day for 7 more days
- Elevate leg
- Return if red streaks, fever
Home health ordered with Amedisys, they'll call [[T:(615) 555-0115]] to set first visit at [[L:304 Dunbar Cave Rd, Clarksville, TN 37043]].
""")),
("discharge_summary", c("""
D/C summary (abbrev): Mrs. [[P:Reiko Tanabe]], 88, {{hip fracture}} s/p ORIF 9/30. Cognitively intact. Discharge to son's home [[L:14 Birchwood Ct, Fort Lee, NJ 07024]]. Son [[P:Kenji Tanabe]], [[T:201-555-0194]]. {{enoxaparin}} 40 mg daily x 28 d. PT/OT home. Son's wife [[P:Yumi]] will give injections, taught.
""")),
("discharge_summary", c("""
AFTER VISIT SUMMARY — Emergency Department
[[P:CHUKWU, ADAEZE]]  MRN [[M:E44810293]]  DOB [[D:1999-10-05]]
You were diagnosed with: {{kidney stone}} (5 mm, right)
Medicines: {{tamsulosin}} 0.4 mg nightly, {{ketorolac}} as needed
Strain your urine. Follow up with Urology: Dr. [[P:Haverford]], [[L:Suite 410, 1 Medical Center Dr, Newark, DE 19718]], tel [[T:302-555-0138]]
""")),
("discharge_summary", c("""
Discharge summary for [[P:Thaddeus Lowe]] (DOB [[D:March 5, 1945]]) - {{urosepsis}}, E. coli, treated {{ceftriaxone}} -> oral {{ciprofloxacin}}. New {{Foley}} in place, urology f/u. Discharged to daughter [[P:Ramona Lowe-Jenkins]] at [[L:PSC 817 Box 22, FPO AE 09622]]?? - NO, that is her military mail address; actual discharge home is pt's own house [[L:909 Old Mill Rd, Pikeville, NC 27863]]. Clarified with case manager [[P:Gail]].
""")),
("discharge_summary", c("""
Patient: [[P:Zofia Nowicka]] | MRN [[M:PL-0093321]] | DOB [[D:1952.08.14]]
Discharge dx: {{ischemic stroke}}, L MCA, residual R hand weakness, mild {{aphasia}}
Meds: {{aspirin}} 81, {{atorvastatin}} 40
Goes to inpatient rehab. Daughter [[p:Agnieszka]] flying in from [[l:ul. Marszałkowska 84/92, 00-514 Warszawa]], phone [[t:+48 22 628 41 90]].
""")),
("discharge_summary", c("""
AVS - Clinic
Visit with: Dr. [[P:Emmanuel Osei]]
Patient: [[P:Rosalind Brown]], born [[D:4/4/1964]]
Reason: {{hypertension}} follow-up
Changes: started {{amlodipine}} 5 mg. STOP {{hydrochlorothiazide}}.
Labs ordered: BMP, lipid panel
Next appt {{October}} 14 at Crestview Family Medicine, [[L:2020 S Main St, Suite 3, Salt Lake City, UT 84115]]
""")),
("discharge_summary", c("""
Discharge summary. Pt [[P:Amos Yellowhorse]], MRN [[M:IHS-771024]], {{diabetic ketoacidosis}} resolved. New basal-bolus {{insulin}}. Diabetes educator [[P:Clara Begay]] taught pt + wife [[P:Loretta]]. Going home to [[L:HC 61 Box 4102, Ganado, AZ 86505]]. No phone at home; message via sister [[T:928-555-0107]].
""")),
]
