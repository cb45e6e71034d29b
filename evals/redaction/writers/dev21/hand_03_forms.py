# Hand-written, one at a time: intake forms, insurance and billing correspondence.
MESSAGES = [
("form", """NEW PATIENT INTAKE
Name: [[P:Wilhelmina "Billie" Okonkwo-Drury]]
Preferred name: [[P:Billie]]
DOB: [[D:02-29-1944]]
SSN: [[S:523 41 8890]]
Address: [[L:6021 Old Hwy 51 S, Lot 14, Brookhaven, MS 39601]]
Phone: [[T:601 555 0139]]   Alt: [[T:601-555-0175]] (daughter [[P:Dawn]])
Primary insurance: {{Medicare}} [[M:4TC7-RQ2-XK81]]
Secondary: {{Humana}} Gold member id [[M:H0028 6631 204]]
Conditions: {{CHF}}, {{type 2 diabetes}}, {{osteoarthritis}}
Meds: {{Jardiance}} 10, {{Entresto}}, {{Tylenol Arthritis}}"""),
("form", """Emergency Contact Form
Contact 1: [[P:Hope Tran]] (niece)   cell [[T:+1 (714) 555-0162]]
Contact 2: [[P:Lane Tran]] (grandson)   [[E:lane.tran.03@icloud.com]]
Patient mailing address: [[L:P.O. Box 4471, Garden Grove, CA 92842-4471]]
Physical address: [[L:13122 Brookhurst St #B, Garden Grove, CA 92843]]
Pharmacy: {{CVS}} #9921 (not an identifier, it's the store)"""),
("billing", """Hi, I'm calling about a bill for my mother [[P:Mrs. Gay Lusk]]. The statement says account patient acct [[M:88-103-5527]] and date of service {{May}} 6. She was at {{Baptist Health}} for {{cellulitis}}. {{Medicare}} should have paid this. You can reach me, [[P:Rusty Lusk]], at [[T:270.555.0104]]."""),
("billing", """Dear [[P:Mr. Grant]],
Thank you for your payment of $45.00 by visa ending [[A:4417]]. Our records show a remaining balance. To pay by phone call [[T:(833) 555-0181]]. To update the card on file (visa [[A:4111 1111 1111 1111]]) log in at our portal.
Reference: Guarantor #[[M:G-0072915]]"""),
("form", """PHARMACY AUTO-REFILL SIGNUP
patient name: [[P:june ellen pickett]]
dob: [[D:11/02/1950]]
rx: {{levothyroxine}} 75 mcg, {{atorvastatin}} 20 mg, {{Vitamin D3}}
pay with card: [[A:5500 0000 0000 0004]]  exp 09/28
billing zip: [[L:40219]]
ok to text: y  [[T:5025550145]]"""),
("billing", """To whom it may concern:
I am writing to appeal the denial for my husband's {{hospital bed}}. His name is [[P:Wendell "Bud" Abernathy]], born [[D:August 3, 1937]], {{Medicaid}} ID [[M:KY 7734 9920 18]]. He has {{ALS}} and can no longer transfer on his own. Please send the decision to [[L:1190 Cane Run Rd, Apt 3, Lexington, Kentucky 40505]].
Sincerely,
[[P:Faith Abernathy]]"""),
("form", """DIRECT DEPOSIT AUTHORIZATION (caregiver stipend)
Caregiver: [[P:Dusty Renfro]]
Bank: First Farmers Bank
Routing number: [[A:084201278]]
Checking account number: [[A:2039 4417 7]]
SSN last four: [[S:xxx-xx-6621]]
Signed: [[P:D. Renfro]]  Date: {{January}} 2"""),
("billing", """hi i got a letter from the ambulance company saying dad owes $1,842 for the ride on {{4th of July}}. his {{medicare}} is [[M:2RX8 LK3 PD44]] and his supplement is {{AARP}} plan G member [[M:0184422711]]. do i call them or do they bill it? im [[P:sunny]] his daughter [[T:573-555-0193]]"""),
("form", """Consent to Share Information
I, [[P:Rosemary Hill]], allow {{Heartland Hospice}} to speak with:
1. [[P:Will Hill]] (son) [[T:316-555-0128]]
2. [[P:Dawn Hill-Yazzie]] (daughter) [[T:(505) 555-0117]]
3. Pastor [[P:Lyle Brown]], [[L:Cottonwood]] Mennonite Church
Signature: [[P:Rosemary Hill]]    Date: {{Sept}} 30"""),
("billing", """Reminder: your {{Blue Cross}} premium is past due.
Subscriber: [[P:HANK W. YOUNG]]
Subscriber ID: [[M:XZB884120377]]
Amount due: $312.00
Pay by check to [[L:PO Box 650287, Dallas, TX 75265-0287]] or by phone [[T:1-800-555-0132]] with your card number.
Questions? Ask for [[P:Page]] in member services, ext. 4401."""),
("form", """Home Safety Assessment - [[L:Wapello]] County Aging Services
Client: [[P:Bud (Marvin) Eckhardt]]
Home: [[L:2875 240th St, Ollie, IA 52576]]
Directions: gravel road, 2nd farm past the grain elevator, blue mailbox
Risks noted: {{throw rugs}}, no {{grab bars}}, {{oxygen concentrator}} near space heater
Assessor: [[P:Jolene Schwartzkopf]], {{MSW}}"""),
("billing", """[[P:Grant]] here. Sorry to post this in the family chat but Mom's {{Social Security}} is going into the wrong account. Old account was acct [[A:4401228875]] at {{Wells Fargo}}, new one is checking # [[A:1187 2290 3312]], routing [[A:121000248]]. Her SSN is [[S:412-68-3390]] if anyone calls SSA before me."""),
("form", """DME ORDER
Patient: [[P:Gay Loretta Dubois]]   DOB [[D:1945-06-14]]   MRN [[M:00873341]]
Ship to: [[L:Rural Route 1, Box 88A, Opelousas LA 70570]]
Item: {{rollator}} with seat, {{shower chair}}
Dx: {{Parkinson's disease}} (G20), {{history of falls}}
Ordering: Dr. [[P:Bao-Chau Nguyen]], NPI on file"""),
("billing", """Hello, this is [[P:Faith]] from the billing office at {{Riverside Dialysis}}. I'm returning a call from [[P:Mr. Dusty Pruitt]] about his father's statement. The account number on the statement is [[M:RD-55102]]. Please call me back at [[T:nine one nine, five five five, zero one four eight]]. Thank you."""),
("form", """Caregiver timesheet  wk of {{Mon}} 3/10
Caregiver: [[P:Lupita "Lupe" Castañeda]]
Client: [[P:Mr. Hollis Grant]]
Client addr: [[L:4B Pecan Grove Apts, 700 E Main, Tomball TX 77375]]
Tasks: {{bathing}}, {{med reminder}} ({{Aricept}} 10mg hs), meal prep
Client signature: _____"""),
("billing", """Re: claim denial for [[P:June Beaulieu]] / claim #[[M:25-0442187-00]]
We need the {{CPT}} code and the {{ICD-10}} code for her {{physical therapy}} visits. The member id on file is [[M:QWB 44871209]]. Please fax to [[T:(207) 555-0183]] Attn: [[P:Lane]]."""),
("form", """PRE-OP CHECKLIST
Name: [[P:ROSE PARK]]   D.O.B. [[D:Dec 24 1952]]   Chart [[M:#A11-9938-2]]
Stop {{aspirin}} 7 days before. Stop {{Xarelto}} 2 days before. Hold {{metformin}} morning of surgery.
Ride home: [[P:Dusty]] ([[T:(918) 555-0114]])"""),
("billing", """Hey all, I set up autopay for Dad's pharmacy so nobody has to keep calling. Used the household card cc [[A:3782 822463 10005]]. If it gets declined the pharmacy will call [[P:Hope]]. Statements go to [[E:kowalski.family.bills@gmail.com]]. - [[P:Stan]]"""),
("form", """Patient Portal Registration
First: [[P:Sunny]]   Last: [[P:Oyelowo-Barnes]]
Email: [[E:sunny.ob@proton.me]]
Phone: [[T:(919)5550166]]
Medicare Beneficiary ID: [[M:7PN3-XY6-QH52]]
Security question: First pet's name? — (left blank)"""),
("billing", """Dear [[P:Ms. Faith Olamide-Reyes]],
Your {{FSA}} claim for {{hearing aids}} was approved. Funds will be deposited to account ending [[A:9920]] within 5 business days. If you wish to change accounts, send a voided check to [[L:3900 Essex Ln, Ste 1200, Houston, TX 77027]]."""),
("form", """Home health referral
Pt: [[P:Delbert "Dusty" Ramsey]]   DOB [[D:4.15.41]]
Lives with: wife [[P:Dawn]], 78, {{hard of hearing}}
Address: [[L:CR 412 #3318, De Queen, AR 71832]]
Phone (land line only): [[T:870-555-0199]]
Reason: {{wound care}} L heel, {{diabetic foot ulcer}}, {{Santyl}} daily"""),
]
