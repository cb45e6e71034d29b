# Hand-written: referral letters, insurance / prior-auth letters, pharmacy texts, lab portal, reminders.
from common import clean as c

MSGS = [
# ---------------- referral_letter ----------------
("referral_letter", c("""
Lakeside Internal Medicine
[[L:4410 Harbor View Rd, Suite 200
Port Huron, MI 48060]]
Tel [[T:(810) 555-0123]]  Fax [[T:(810) 555-0124]]

Re: [[P:Clifford Ames]], DOB [[D:01/23/1956]]

Dear Dr. [[P:Rosenthal]],
Thank you for seeing Mr. [[P:Ames]] for evaluation of {{chronic kidney disease}} stage 3b, eGFR 38 and rising {{creatinine}}. He takes {{lisinopril}} 10 and {{metformin}} 500 BID (dose reduced). Recent labs enclosed.
Sincerely,
[[P:Hannah Liebermann]], MD
""")),
("referral_letter", c("""
REFERRAL - Neurology
To: Dr. [[P:Vikram Sethi]], Riverside Neurology, [[L:88 E Main St, Floor 3, Columbus, OH 43215]]
From: [[P:Marisol Quintero]], FNP-C
Patient: [[P:Jasper Quill]]  ·  DOB [[D:8-8-1970]]  ·  Ins member ID [[M:ZGH882019456]]
Reason: new resting tremor L hand, r/o {{Parkinson's disease}}. Also {{REM sleep behavior disorder}} per wife.
Urgency: routine
""")),
("referral_letter", c("""
Dear colleague,

I am referring Ms. [[P:Priyanka Deshmukh]] (born [[D:14 Feb 1990]]) for {{polycystic ovary syndrome}} management and fertility counselling. She moved here from [[l:Pune]] last year; prior records from Ruby Hall Clinic, [[l:40 Sassoon Road, Pune 411001]] are attached. Current meds: {{metformin}} 500 mg, {{inositol}}. Reach her at [[T:(408) 555-0153]] or [[E:priyanka.d90@yahoo.com]].

Kind regards,
Dr. [[P:Samuel Whitcombe]]
Cupertino Women's Health
""")),
("referral_letter", c("""
re: [[P:TOBIAS GREENWOOD]] / MRN [[M:02-337-918]]
to wound clinic @ St. Luke's Outpatient, [[L:190 E Bannock St, Boise, ID 83712]]
non-healing {{diabetic foot ulcer}} L plantar 1st MTP x 10 wks, probes to bone? pls eval for {{osteomyelitis}}. A1c 9.8. pt has no car, sister [[P:Ruth Greenwood]] drives - [[T:208-555-0179]].
thx, [[P:Cal Mendez]] PA
""")),
("referral_letter", c("""
Dear Dr. [[P:Abernathy-Cho]],
Re: [[P:Lily Huang]] ([[p:黄丽]]), [[D:06/12/2011]]
Lily is a 14-year-old with {{type 1 diabetes}} who would benefit from your {{insulin pump}} clinic. Her family relocated from [[l:上海市徐汇区漕溪北路88号]] in {{August}}. Mother [[P:Wei Huang]] speaks Mandarin; best phone [[T:(626) 555-0131]].
Warm regards,
[[P:Jonas Ekberg]], MD, Pediatrics
cc: school nurse [[P:Pam Wilder]], RN
""")),
("referral_letter", c("""
PHYSICAL THERAPY REFERRAL
Patient: [[P:Georgette LaFleur]]
Address: [[L:56 Bayou Rd
Houma, LA 70360-4417]]
Phone: [[T:985/555-0186]]
Dx: {{rotator cuff tear}}, R, s/p repair
Orders: eval & treat, 2x/wk x 6 wk, no active ROM until wk 6
Signed [[P:R. Thibodeaux]], MD
""")),
("referral_letter", c("""
Hi [[P:Dana]] - sending over Mr. [[P:Oduya]] for {{sleep apnea}} eval, STOP-BANG 6, wife says he stops breathing. His full name is [[P:Ezekiel Oduya]], MRN [[M:881027]]. He prefers texts at [[T:+1 (404) 555-0140]]. Let me know if you need the sleep questionnaire. - [[P:Marcy]] at Dr. [[P:Boateng]]'s office
""")),
("referral_letter", c("""
Referral to {{palliative care}}
Pt: [[P:Yusuf Demir]] (in Turkish records as [[p:DEMİR YUSUF]]), 70, metastatic {{lung cancer}}.
Goals of care discussion requested. Son [[P:Emre]] (HCP) [[T:617-555-0109]]. Family home [[L:12 Faneuil St, Brighton, MA 02135]]. Relatives in [[l:İzmir]] call via [[t:+90 232 555 41 87]].
""")),
("referral_letter", c("""
To: Cardiology Intake
Please schedule [[P:Marguerite Dupont]], DOB [[D:10/10/1948]], Medicare ID [[M:5TF2-QW3-NN18]], for {{echocardiogram}} and consult re: new {{murmur}} and exertional dyspnea. Pt uses walker, needs ground-floor access. Daughter [[P:Claire]] coordinates: [[T:(860) 555-0111]], [[E:claire.dupont.hartford@outlook.com]].
""")),
("referral_letter", c("""
Behavioral health referral. [[P:Jayden Cole]] (17), {{ADHD}} and new {{anxiety}}, school refusal. Parents [[P:Marcus]] and [[P:Tina Cole]]. Address [[L:2871 Pine Hollow Dr, Apt 9, Knoxville, TN 37918]]. Prefers telehealth. Mom: [[T:865-555-0116]]. Pt's SSN requested by agency for intake: [[S:412-55-8703]] (sent by secure fax only).
""")),

# ---------------- insurance_letter ----------------
("insurance_letter", c("""
PRIOR AUTHORIZATION REQUEST
Member: [[P:Ophelia Grant]]   Member ID: [[M:XJH 448 102 771]]   DOB: [[D:09/09/1967]]
Prescriber: Dr. [[P:Nathaniel Voss]]  Phone [[T:(303) 555-0181]]  Fax [[T:(303) 555-0182]]
Drug requested: {{Ozempic}} 1 mg weekly
Diagnosis: {{type 2 diabetes}}, BMI 37
Tried/failed: {{metformin}} (GI intolerance), {{glipizide}}
""")),
("insurance_letter", c("""
Dear Mr. [[P:Halvorsen]]:
We have reviewed the request for {{home oxygen}} for [[P:Peder Halvorsen]] (Member # [[M:MCR-1HK7-PW3-TR84]]). The request is APPROVED for 12 months. If you have questions, call Member Services at the number on your card.
Evergreen Health Plan, [[L:PO Box 40219, Tacoma, WA 98401-0219]]
""")),
("insurance_letter", c("""
NOTICE OF DENIAL OF MEDICAL COVERAGE
Enrollee: [[P:Angela Ruiz-Patterson]]
Address: [[L:7720 Mesa Verde Cir
El Paso, TX 79912]]
Claim no. [[M:CLM-2026-0847712]]
Service: {{continuous glucose monitor}} (Dexcom G7)
Reason: documentation of {{hypoglycemia}} not received. You may appeal within 60 days.
""")),
("insurance_letter", c("""
my mom [[P:Irene Sandoval]] got a letter saying her {{Eliquis}} needs prior auth now?? member id on it is [[M:U7730281904]] and it says call [[T:1-800-555-0135]] option 3. her dob is [[D:6/2/1946]] if they ask. can someone help, i don't understand what "step therapy" is
""")),
("insurance_letter", c("""
Explanation of Benefits (summary)
Patient: [[P:Lowell Prentiss]]  Subscriber: same
ID [[M:W882-0019-33]]
Provider: Mayo Clinic   Service: {{colonoscopy}} w/ biopsy
Billed $3,412.00  Allowed $1,120.55  You owe $0.00 (preventive)
Mailed to [[L:4015 12th Ave NW, Rochester, MN 55901]]
""")),
("insurance_letter", c("""
Appeal letter (draft, from family)
To whom it may concern,
I am writing on behalf of my father, [[P:Dmitri Volkov]] ([[p:Дмитрий Волков]]), member ID [[M:HMA90022371]], DOB [[D:11/30/1949]], to appeal the denial of {{physical therapy}} visits after his {{stroke}}. His neurologist, Dr. [[P:Adeline Marsh]], documented ongoing gains.
[[P:Anya Volkova]], daughter
[[L:22 Brighton 4th St, Apt 3F, Brooklyn, NY 11235]] · [[T:718-555-0197]]
""")),
("insurance_letter", c("""
Medicaid Renewal Notice
Case name: [[P:JACKSON, LATOYA M]]   Case # [[M:0048772915]]
Household: [[P:Latoya Jackson]], [[P:Jamal Jackson]] (child, DOB [[D:03/03/2015]])
Return your form by {{December}} 15 to DHS, [[L:PO Box 2400, Little Rock, AR 72203]]
Questions: call your caseworker Ms. [[P:Gentry]] at [[T:(501) 555-0164 x221]]
""")),
("insurance_letter", c("""
PA approval - {{adalimumab}} (Humira biosimilar) for {{rheumatoid arthritis}}
Patient [[P:Corinna Albrecht]], DOB [[D:1975-02-28]], plan ID [[M:BCBS-YRP551209873]]
Auth ref [[M:PA-88120-K]] valid thru 12 months. Specialty pharmacy will contact pt at [[T:+1 919 555 0126]].
""")),
("insurance_letter", c("""
Re: Coordination of benefits - [[P:Anthony Russo]]
Our records show other coverage through his wife [[P:Maria Russo]]'s employer. Please complete and return the enclosed form. Mr. Russo's {{cardiac rehab}} claims are on hold.
Medicare number on file [[M:3QR7-J88-XC42]]; SSN last-4 not accepted, full [[S:028 44 9107]] required on form.
""")),
("insurance_letter", c("""
hey so the long term care insurance lady ([[P:Donna Pruitt]], [[T:888-555-0142 ext. 7719]]) says for dad's claim they need the {{dementia}} diagnosis letter from Dr. [[P:Yamamoto]] AND the aide timesheets. claim # is [[M:LTC-004481920]]. send to [[E:claims.intake@genwellltc.com]] or fax.
""")),

# ---------------- pharmacy_text ----------------
("pharmacy_text", c("""
CVS Pharmacy: Your prescription for {{ATORVASTATIN 20MG}} for [[P:BARBARA]] is ready for pickup at [[L:1200 S Federal Hwy, Boca Raton, FL 33432]]. Reply STOP to opt out.
""")),
("pharmacy_text", c("""
[[P:MCKINNEY, HAROLD]]
[[L:310 PRAIRIE AVE, WICHITA KS 67211]]
{{FUROSEMIDE 40 MG TAB}}  QTY 30
TAKE 1 TABLET BY MOUTH EVERY MORNING
DR. [[P:A. SWANSON]]
Refills: 3   Walgreens [[T:(316) 555-0103]]
""")),
("pharmacy_text", c("""
Hi [[P:Teresa]], this is [[P:Ahmed]] from Main Street Pharmacy. Your husband's {{oxycodone}} script can't be filled early, insurance allows on the 12th. Also the {{Narcan}} you asked about is in. Call [[T:608.555.0143]] w/ questions.
""")),
("pharmacy_text", c("""
Refill reminder: {{sertraline 100 mg}} for [[P:Quentin]] due in 3 days. Tap to refill: [[U:https://rx.mainstreetrx.com/refill/quentin-arbuckle-5521]]
""")),
("pharmacy_text", c("""
Dad's pill bottle label says:
[[P:GIUSEPPE LOMBARDI]]  DOB [[D:01/15/1938]]
{{WARFARIN SODIUM 2.5 MG}}
Take 1 tablet daily except {{Monday}} and {{Friday}} take 1.5
Prescriber: [[P:HOLLIS, KAREN]] NP
Is that right? the nurse said something different
""")),
("pharmacy_text", c("""
Mail-order confirmation: Order #8812 shipped to [[P:Ruthanne Kessler]], [[L:PO Box 77, Ely, NV 89301]]. Items: {{levothyroxine}} 75 mcg x90, {{omeprazole}} 20 mg x90. Questions: [[T:1-800-555-0177]]. Acct holder email [[E:rkessler1951@aol.com]].
""")),
("pharmacy_text", c("""
Rite Aid: [[P:Ji-ho]], your {{albuterol}} inhaler and {{Flovent}} are ready. Pick up by Thursday or they go back to stock. Store #442, [[L:91 Broadway, Bayonne, NJ 07002]], [[T:201.555.0192]]
""")),
("pharmacy_text", c("""
Compounding pharmacy label (copied)
Pt: [[P:Beatriz Salgado]]
{{baclofen}} 10 mg/mL oral susp, 5 mL TID
Ship to: [[L:1735 Alameda Ave Unit B, Alameda, CA 94501]]
Payment: visa ending - full # on file [[A:4539 1488 0343 6467]] (pt requested we read it back, declined)
""")),
("pharmacy_text", c("""
text from pharmacist [[P:Olu]]: hi mrs [[P:novak]] your {{metoprolol}} was changed from tartrate to succinate by dr [[P:Kaplan]], same pill once a day now not twice. dont take both!! call me [[T:614 555 0120]]
""")),
("pharmacy_text", c("""
Specialty Rx notice for [[P:Claudette Ferrand]] (DOB [[D:04-25-1961]], member [[M:AET 9927 4410 02]]): {{Enbrel}} 50 mg shipping on ice {{Tuesday}}. Someone must sign at [[L:45 Rue Dauphine Ct, Lafayette, LA 70506]]. Copay card applied.
""")),

# ---------------- lab_portal ----------------
("lab_portal", c("""
MyChart - Test Result
Patient: [[P:Harriet Oyelowo]]   MRN: [[M:10048327]]
{{Hemoglobin A1c}}: 7.2 % (H)   Ref: 4.0-5.6
Comment from Dr. [[P:Beaumont]]: Better than last time! Keep up the walking. - sent to [[E:harriet.oyelowo@gmail.com]]
""")),
("lab_portal", c("""
LabCorp result - [[P:DOUGLAS, PERCY]] - DOB [[D:12/12/1940]] - Acct [[M:44817-0092]]
{{TSH}} 0.21 L
{{Free T4}} 1.9 H
Ordering: [[P:M. Iwasaki]] MD  | Collected at PSC, [[L:5500 Grand Ave Ste 101, Des Moines, IA 50312]]
""")),
("lab_portal", c("""
portal msg from me to the nurse: hi my INR came back 1.4 on the portal, my doc Dr. [[P:Ferreira]] wants 2-3 right? should i take extra {{Coumadin}}? - [[P:Lorna Beck]] dob [[D:2/9/52]] cell [[T:412-555-0118]]
""")),
("lab_portal", c("""
Quest Diagnostics
Patient: [[P:Yolanda Mbatha]]  Sex: F  DOB: [[D:1969-07-07]]
{{Lipid panel}}
Total chol 242 H  LDL 161 H  HDL 44  {{triglycerides}} 186 H
Physician: [[P:Fairchild, Ian]]  Client: Meadowbrook Clinic, [[L:700 W Lake St, Minneapolis, MN 55408]]
""")),
("lab_portal", c("""
New result available for [[P:Teodoro Alcántara]] — {{basic metabolic panel}}. {{potassium}} 5.8 (H). Your care team will contact you. If you can't log in, call [[T:(505) 555-0165]]. Portal login link sent to [[E:teo.alcantara@hotmail.com]].
""")),
("lab_portal", c("""
Result: {{urine culture}} - >100,000 CFU/mL E. coli, sens to {{nitrofurantoin}}
Pt: [[P:Abigail Strand]]  MRN [[M:A77391024]]
Note from [[P:Kristen]], RN: Hi Abigail, Dr. [[P:Moss]] sent nitrofurantoin to your pharmacy. Drink lots of water!
""")),
("lab_portal", c("""
Daughter here ([[P:Keiko]]) - I'm proxy on dad's portal. It shows {{creatinine}} 2.1 and {{BUN}} 44 from yesterday. Dad is [[P:Tadashi Moriyama]], born [[D:1937-05-19]]. Is that why he's so tired? Should we stop his {{Aleve}}? My number [[T:(808) 555-0183]].
""")),
("lab_portal", c("""
PATHOLOGY REPORT
Name: [[P:Fitzgerald, Moira A.]]   Med Rec #: [[M:S26-014482]]   DOB: [[D:05/05/1963]]
Specimen: skin, L forearm, shave
Dx: {{basal cell carcinoma}}, nodular, margins involved
Pathologist: [[P:Terrence Abara]], MD
""")),
("lab_portal", c("""
COVID/Flu PCR - NEGATIVE. [[P:Sunil Reddy]], DOB [[D:3/13/1985]]. Results also sent to employer contact [[E:hr-health@brightlinelogistics.com]] per your consent. View at [[U:https://portal.northbridgelabs.com/r/sunil.reddy.1985]]. {{influenza}} season tips inside.
""")),
("lab_portal", c("""
Genetic test result ready: [[P:Aurelia Campos]]. {{BRCA2}} variant of uncertain significance. Genetic counselor [[P:Hayden Roth]], MS, CGC will call you at [[T:(720) 555-0197]]. Relatives in [[l:São Paulo]] may want testing; counselor can email [[e:aurelia.familia@uol.com.br]].
""")),

# ---------------- appointment_reminder ----------------
("appointment_reminder", c("""
Reminder: [[P:Patrice]] has an appointment with Dr. [[P:Hollander]] ({{Cardiology}}) on {{Wednesday}}, Nov 19 at 9:40 AM at [[L:3 Riverfront Plaza, 5th Floor, Hartford, CT 06103]]. Reply C to confirm, R to reschedule, or call [[T:860-555-0147]].
""")),
("appointment_reminder", c("""
APPT REMINDER: [[P:ESPINOZA, RAFAEL]] - {{dialysis}} chair time moved to MWF 5:30 AM starting {{Monday}}. Transport pickup at [[L:2215 Calle Loma, Apt 8, Santa Fe, NM 87505]]. Questions [[T:505-555-0108 x 2]].
""")),
("appointment_reminder", c("""
Hi [[P:Marjorie]], this is [[P:Tasha]] with Sunnyvale Eye. Your {{cataract surgery}} pre-op is tomorrow at 8. Stop {{aspirin}}? Please ask your PCP. No eye drops morning of. Call back at [[T:(408) 555-0188]].
""")),
("appointment_reminder", c("""
Your telehealth visit with [[P:Nadia Petrova]], LCSW is confirmed for {{Thursday}} at 3:00 PM. Join: [[U:https://meet.carebridge.health/nadia-petrova]]. Topic: {{grief counseling}}.
""")),
("appointment_reminder", c("""
Recordatorio: Sr. [[P:Luis Armenta]] tiene cita de {{diabetes}} el {{martes}} 10:15 con Dra. [[P:Paredes]] en Clínica del Valle, [[L:455 E Ajo Way, Tucson, AZ 85713]]. Tel [[T:520-555-0119]].
""")),
("appointment_reminder", c("""
Mammogram reminder for [[P:Gwendolyn Bishop]] (DOB [[D:10/31/1966]]): {{screening mammogram}} due. Schedule online or call [[T:1 (800) 555-0163]]. Mobile unit visits [[L:Henderson, KY]] in {{March}}.
""")),
("appointment_reminder", c("""
Home visit scheduled: wound nurse [[P:Abby Ostrander]] will visit Mr. [[P:Castillo]] Tues between 10-12 at [[L:18 Orchard Ln, Lot 27, Bakersfield, CA 93307]]. If no one home, she'll call [[T:661-555-0193]]. Please have {{wound vac}} supplies out.
""")),
("appointment_reminder", c("""
Dental: [[P:Eli]] & [[P:Noa Friedman]] cleanings Fri 3:30/4:00. Eli's {{fluoride varnish}} due. 12 Maple Dental [[T:(914) 555-0150]]. Reply Y to confirm.
""")),
("appointment_reminder", c("""
REMINDER ~ {{physical therapy}} ~ [[P:Horace Pennington]] ~ Mon/Wed 1 PM ~ [[L:Suite 210, 4500 Main St, Kansas City, MO 64111]] ~ bring your {{knee brace}} ~ questions: [[E:frontdesk@kcmotionpt.com]]
""")),
("appointment_reminder", c("""
Reminder for [[P:Ayaan Qureshi]]: {{MMR vaccine}} and {{varicella}} at 12-month well visit {{Friday}}. Dad [[P:Faisal]] listed as contact [[T:469.555.0171]]. Grandmother in [[l:Lahore]] ([[t:+92 42 3571 2244]]) is also on the contact sheet.
""")),
]
