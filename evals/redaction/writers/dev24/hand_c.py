# Hand-written messages, part C (clinician_note, visit_note, portal_paste, letter, form).
# Same markup as hand_a.py.

MSGS = [
# ---------------- clinician_note ----------------
("clinician_note", """S: Pt [[Harold Meeks|P]] (DOB [[04/19/1939|DOB]]) c/o increased {{dyspnea}} x3d. Wife [[Norma|P]] reports 4 lb {{weight}} gain.
O: {{BNP}} 1240. 2+ {{pitting edema}} bilat.
A: {{CHF}} exacerbation.
P: ↑ {{Lasix}} to 40 BID, recheck {{BMP}} Fri. Call [[317-555-0126|PH]] w/ results."""),
("clinician_note", """Spoke w/ dtr [[Kelly Marsh|P]] by phone [[(614) 555 0190|PH]]. Pt's {{INR}} 4.1 on {{warfarin}} 5mg. Hold x1 dose, then 2.5. MRN [[000771934|MRN]]."""),
("clinician_note", """72M, {{opioid use disorder}} on {{buprenorphine}}, here w/ partner [[Jesse|P]]. Lives [[1410 Lakeshore Dr Apt 9 Duluth MN 55805|L]]. UDS neg. Next visit w/ Dr. [[Ngata|P]]."""),
("clinician_note", """Pt seen in clinic. [[Reed Young|P]], 81F, {{Parkinson's}} dx 2015. {{Carbidopa/levodopa}} 25/100 TID, wearing off ~2h. SSN on file [[451-77-0023|SSN]] — pls remove from scan before faxing to [[Kalamazoo|L]]."""),
("clinician_note", """Telephone encounter 22:40. Caller [[Brent|P]] (son). Father [[Luther Pike|P]] w/ {{chest pain}} 6/10, took {{nitro}} x1. Advised 911. Pt address confirmed [[RR 4 Box 112, Berea KY 40403|L]]."""),
("clinician_note", """Hospital f/u. {{COPD}} w/ exacerbation. d/c on {{prednisone}} taper + {{doxycycline}}. {{PCP}} Dr. [[Lang|P]]. Pt requests copies mailed to [[PO BOX 902 GALLUP NM 87305|L]]. Medicaid ID [[NM 4451190087|MRN]]."""),
("clinician_note", """Med rec w/ caregiver [[Dolly|P]] (aide, {{Comfort Keepers}}). Pt taking {{St. John's wort}} — interacts w/ {{sertraline}}. Counseled. Acct [[PT-2004-77185|ACC]] for supplement bill, not ours."""),
("clinician_note", """#{{Alzheimer's}}, moderate. Pt [[Mrs. Florence Reid|P]] lives with [[Grant|P]] (husband) in [[Rochester, MN|L]]. {{Donepezil}} 10mg. {{MMSE}} 16/30. Grant reports nocturnal wandering."""),
("clinician_note", """Wound check. {{Stage 3}} {{pressure injury}} R {{heel}}. Measured 2.1 x 1.8 cm. HH RN [[Tomas Ruiz|P]], BSN to see M/W/F. Supplies to ship to [[3315 N US Highway 41, Ruskin FL 33570|L]]."""),
("clinician_note", """CC: {{hypoglycemia}}. Pt [[Faith Bishop|P]] DOB [[1950-12-03|DOB]], MRN [[FB-1950-3312|MRN]]. On {{glyburide}}; switched to {{Januvia}}. Granddaughter [[Skylar|P]] to monitor {{glucose}} qid."""),
("clinician_note", """Dr. [[Singh|P]] note: pt's brother [[Cliff|P]] has {{POA}}. Contact [[cliff.warner@outlook.com|E]] or [[479 555 0141|PH]]. {{Hemoglobin A1c}} 8.9."""),

# ---------------- visit_note ----------------
("visit_note", """HOSPICE RN VISIT. Pt [[Eunice Gray|P]] at [[714 W Cherry St, Apt 2, Carbondale, IL 62901|L]]. Resting, {{respirations}} 24, {{Cheyne-Stokes}}. Dtr [[Robin|P]] at bedside. {{Morphine}} 5mg SL q2h PRN used x3. {{Comfort kit}} intact."""),
("visit_note", """Home health visit #4. Aide [[Shanice Tolbert|P]] HHA. Bathed pt, {{skin}} intact, {{catheter}} care done. Pt [[Gilbert Oakes|P]] reports {{pain}} 3/10 in {{lower back}}. Next visit {{Thursday}}."""),
("visit_note", """SN visit. Pt not home at 10:00. Called [[(803) 555-0108|PH]], no answer. Neighbor [[Mr. Lott|P]] states pt went to [[Orangeburg|L]] with son. Will reattempt. {{Wound vac}} due for change."""),
("visit_note", """Social work visit. Pt and wife [[June|P]] discussed {{advance directive}}. Son [[Brooks|P]] (lives in [[Tulsa, OK|L]]) is {{health care proxy}}. Referred to {{Meals on Wheels}}. Home: [[HC 71 Box 18, Ozone AR 72854|L]]."""),
("visit_note", """PT eval. Pt [[Willard Stone|P]] s/p {{right TKA}}. Ambulates 40 ft w/ {{rolling walker}}. Home has 4 steps, no rail. Dtr-in-law [[Candy|P]] to install rail. Contact [[864.555.0122|PH]]."""),
("visit_note", """Chaplain visit. [[Mr. Amos Hart|P]] asked for prayer. Wife [[Lilly|P]] tearful. Family asked about {{funeral home}} ({{Brown's}}, in [[Sumter|L]]). {{Bereavement}} packet left."""),
("visit_note", """OT visit. Pt [[Bernadette Fox|P]], 88. {{Hip precautions}} reviewed. Shower chair delivered to [[2231 Old Hwy 11 Lot 3, Poplarville MS 39470|L]]. Pt's niece [[Jolene|P]] present."""),
("visit_note", """HOSPICE AIDE NOTE — [[Precious Nwosu|P]] CNA. Pt [[Roy Dean Hollis|P]]. Gave bed bath, oral care. Pt ate 3 bites applesauce. {{Mouth}} dry, used {{swabs}}. Wife asked for Nurse [[Amber|P]] to call."""),
("visit_note", """RN visit. Pt [[Gladys Fern|P]] DOB [[7.21.1930|DOB]]. {{O2}} 2L NC, sats 93%. {{Lungs}} coarse. Medicare [[8HJ2-AA4-UT61|MRN]]. {{Nebulizer}} tx given. Dtr [[Holly|P]] ([[hollyfern.art|U]] on her card) asked about {{respite}}."""),
("visit_note", """Visit cancelled per dtr [[Dana Cho|P]] — pt admitted to {{Kaiser}} [[Fontana|L]] overnight w/ {{pneumonia}}. Kaiser MRN [[110042938|MRN]]. Resume HH after d/c."""),
("visit_note", """Hospice LPN [[Corey Bright|P]]. Pt at daughter's: [[5520 E County Road 700 N, Brownsburg, IN 46112|L]]. {{Fentanyl patch}} 25 mcg changed, old patch disposed w/ dtr [[Amber|P]] witnessing."""),

# ---------------- portal_paste ----------------
("portal_paste", """MyChart Message
From: [[Heather Lind|P]] (proxy for [[Dale Lind|P]])
To: {{Cardiology}} Nurse Pool
Subject: {{Eliquis}} and {{dental}} work
Dad has an extraction {{Tuesday}} at Dr. [[Pham|P]]'s. Does he stop the {{Eliquis}}? MRN [[E4412098|MRN]]"""),
("portal_paste", """Patient: [[GARCIA, ROSA M|P]]    DOB: [[02/28/1947|DOB]]    MRN: [[008812763|MRN]]
Test: {{Hemoglobin A1c}}   Result: 7.4 %   Flag: H
Ordering: [[LEE, DANIEL K|P]] MD"""),
("portal_paste", """Visit Summary
[[Frank Hill|P]] | Age 77 | [[(812) 555-0179|PH]]
Reason for visit: {{atrial fibrillation}} follow-up
Your medications: {{metoprolol}} 25 mg, {{Eliquis}} 5 mg
Next appointment: {{Monday}} 9:40 AM with [[Carol Vance|P]], NP"""),
("portal_paste", """From the {{Kaiser}} app: "Hi [[Lorraine|P]], your {{lab results}} are ready. {{LDL}} 162." Member ID [[1100-2294-831|MRN]]. Pasting so [[Dee|P]] can see."""),
("portal_paste", """Appointment confirmed
Patient: [[Jamal Reese|P]]
Location: {{Heart and Vascular}} at [[2600 Greenwood Rd, Suite 110, Shreveport, LA 71103|L]]
Call [[318.555.0150|PH]] to cancel"""),
("portal_paste", """Billing statement (copied from portal)
Guarantor: [[Nancy Brown|P]]
Guarantor address: [[PO Box 440 Millbrook AL 36054-0440|L]]
Account: [[4002819930|ACC]]
Service: {{colonoscopy}} 
Balance due: $218.00"""),
("portal_paste", """Message from Dr. [[Okafor|P]] to [[Ivy Walsh|P]]:
Your {{TSH}} is 6.2, we'll increase the {{levothyroxine}} to 75 mcg. Pharmacy on file: {{Walgreens}} #04412, [[Ashland KY|L]]."""),
("portal_paste", """Emergency Contact
Name: [[Todd Reyes|P]]
Relationship: Son
Phone: [[+1-915-555-0188|PH]]
Email: [[treyes.elpaso@gmail.com|E]]
Condition list: {{type 2 diabetes}}, {{CKD stage 3}}"""),
("portal_paste", """After Visit Summary — [[HOLLIS, MAE|P]]
Allergies: {{codeine}}, {{latex}}
Instructions: Keep {{incision}} dry. Follow up with Dr. [[Summer|P]] in 2 weeks.
Questions? [[1.740.555.0132|PH]]"""),
("portal_paste", """Insurance on file
Plan: {{Medicare Advantage}}
Member ID: [[H3312-00778|MRN]]
Subscriber: [[Lowell Price|P]]
SSN: ***-**-4432 wait no it showed the whole thing, [[449-31-4432|SSN]]"""),
("portal_paste", """Shared by proxy [[rob.kessler@icloud.com|E]]:
"{{Radiology}} report: {{CT chest}} shows {{nodule}} 6mm RUL. Recommend f/u 6 months." Patient [[Annette Kessler|P]], MRN [[AK77120|MRN]]"""),

# ---------------- letter ----------------
("letter", """[[Stanley Horvath|P]]
[[1187 Maple Grove Rd
Duluth, MN 55811|L]]

Re: Member ID [[YHX901145220|MRN]]

Dear [[Mr. Horvath|P]],
Your request for {{Ozempic}} has been approved through {{December}} 31. If you have questions, call Member Services."""),
("letter", """NOTICE OF DENIAL
Patient: [[Beatrice Okonkwo|P]]   DOB: [[10/30/1952|DOB]]
Patient account #: [[CLM-2209-4471|ACC]]
Service: {{home oxygen}}
Reason: {{oxygen saturation}} above 88% on room air."""),
("letter", """{{CVS Pharmacy}}
Dear [[Lonnie Reed|P]], your prescription for {{atorvastatin}} 40 mg is ready at our [[Greenville|L]] store. We tried to reach you at [[864-555-0133|PH]]."""),
("letter", """Dear [[Margaret Ann Dwyer|P]],
This letter confirms your enrollment in {{Medicaid}} long-term care. Case number [[MA-0928817|MRN]]. Your caseworker is [[Deshawn Tate|P]], [[d.tate@state.example.gov|E]], [[(601) 555-0177 x212|PH]]."""),
("letter", """EXPLANATION OF BENEFITS
Member: [[Irving Marsh|P]]
Member #: [[88421-0037-02|MRN]]
Provider: Dr. [[Lucia Bent|P]]
Service: {{physical therapy}} (6 units)
You may owe: $0.00"""),
("letter", """To whom it may concern,
[[Raymond Cruz|P]] (DOB [[Feb 2, 1944|DOB]]) is under my care for {{COPD}} and {{heart failure}} and requires {{home oxygen}} 2L continuous.
Dr. [[Helena Marks|P]], MD, [[4120 Dearborn St, Suite 300, Ft. Wayne, IN 46805|L]]"""),
("letter", """Pharmacy Refill Reminder
[[ELLA JEAN WATTS|P]]
[[RT 2 BOX 77
CLINTWOOD VA 24228|L]]
Rx {{gabapentin}} 300mg is due for refill. Call [[276.555.0164|PH]]."""),
("letter", """Dear Patient,
Our records show the card ending 3957 was declined. Please update payment for account [[HB-448871|ACC]] ([[Wendell Ash|P]]). {{Payment plans}} are available."""),
("letter", """Your {{Part D}} plan will change on {{January}} 1.
[[Mrs. Hazel Banks|P]]
[[PSC 817 Box 22
FPO AE 09622|L]]
Medicare Number: [[2RT5-YK8-WW30|MRN]]"""),
("letter", """{{Humana}} Care Management
Dear [[Curtis|P]],
Your nurse care manager [[Angela Royce|P]], RN will call you at [[6155550147|PH]] to review your {{diabetes}} plan."""),
("letter", """RE: [[Pauline Sims|P]], SSN [[318-22-9904|SSN]]
The Social Security Administration has received notice of a {{hospice}} election. Please send proof of address ([[9 Grove St Apt 1L Lowell MA 01852|L]])."""),

# ---------------- form ----------------
("form", """NEW PATIENT INTAKE
Name: [[Darnell Hope|P]]
DOB: [[08/14/1958|DOB]]
SSN: [[622-18-4470|SSN]]
Address: [[302 S Lincoln Ave Apt B, Urbana IL 61801|L]]
Phone: [[217 555 0194|PH]]
Conditions: {{hypertension}}, {{gout}}
Meds: {{allopurinol}}, {{amlodipine}}"""),
("form", """Caregiver info
name: [[hope young|P]]
relationship: granddaughter
phone: [[(919)5550128|PH]]
email: [[hopeyoung03@gmail.com|E]]
pt allergies: {{penicillin}}"""),
("form", """RELEASE OF INFORMATION
Patient name: [[Gordon Lake|P]]  DOB: [[11/11/1940|DOB]]
Release to: [[Summer Lake|P]] (daughter)
Fax: [[(330) 555-0172|PH]]
Records: {{cardiology}}, {{pulmonology}}"""),
("form", """HOSPICE ELECTION
Patient: [[Virgil Ray Combs|P]]
Medicare #: [[6UQ3-TJ9-PM44|MRN]]
Address: [[US Hwy 23 N, Box 9, Pikeville, KY 41501|L]]
Terminal dx: {{metastatic lung cancer}}
Representative: [[Wanda Combs|P]]"""),
("form", """Direct Deposit Authorization
Name: [[Alberta Price|P]]
Bank routing #: [[026009593|ACC]]
Account #: [[000123884702|ACC]]
Type: checking
For: {{Medicaid}} {{personal care}} stipend"""),
("form", """Pharmacy new customer form
Name [[Kenji Brooks|P]]  Birthdate [[4-2-1961|DOB]]
Address [[410 E 3rd St #12 Casper WY 82601|L]]
Insurance member ID [[ZXW40011829|MRN]]
Allergies: {{aspirin}}"""),
("form", """Fall Risk Questionnaire (filled by dtr)
Patient: [[Nell Jackson|P]]
Falls past year: 3
Uses: {{cane}}, {{walker}} at night
On: {{Ambien}}, {{Lasix}}
Contact: [[Tamika Jackson|P]] [[770-555-0175|PH]]"""),
("form", """Transportation request
Rider: [[Augustus Bell|P]]
Pickup: [[7 Deer Run Trl, Hayesville NC 28904|L]]
Destination: {{dialysis}} center, [[Murphy|L]]
Days: {{Mon}}/{{Wed}}/{{Fri}}
Wheelchair: yes"""),
("form", """Credit card authorization
Cardholder: [[Yvonne Pierce|P]]
Card: [[5599-0751-1637-2655|ACC]]
Exp: 08/27
Billing ZIP: [[38118|L]]
For: {{hearing aid}} batteries"""),
("form", """Patient Portal Proxy Request
Patient: [[Merle Chance|P]], DOB [[1936-05-09|DOB]]
Proxy: [[Dusty Chance|P]], [[dusty.chance@aol.com|E]]
Reason: {{dementia}}"""),
("form", """Emergency info sheet (on fridge)
[[MARY LOU HOLT|P]]
[[1550 COUNTY ROAD 318 BOX 6 BERTRAM TX 78605|L]]
[[512-555-0196|PH]]
DNR: yes
Meds: {{Coumadin}}, {{digoxin}}
Doctor: Dr. [[Fontaine|P]]"""),
]
