TEXT = r"""
## speaker_label
{P:Marisol}: <mom's> <sugar> 180 after lunch
{P:Marisol}: shes asking for Father {P:Tom} from {L:Laredo}
{P:Hector}: ok ill call the parish {T:956-555-0118}
## speaker_label
Son {P:Darnell}: pharmacy says they need her ID again
Daughter {P:Keisha}: {M:9921-0043}
Son {P:Darnell}: thanks, picking up <Eliquis> and <Lasix 40> now in {L:Macon}
## speaker_label
Grandma {P:Lou}: who is this
{P:Jess}: its {P:Jess} grandma!! your granddaughter, im in {L:Tacoma}
Grandma {P:Lou}: oh hi honey did you get my <blood pressure> pills
## speaker_label
Husband {P:Raj}: {P!:Meera}'s sugar is fine, doctor in {L!:Bengaluru} agreed to lower <glimepiride>. my Indian number {T!:+91 80 4123 5567}
## speaker_label
Caregiver {P:Yolanda}: he refused the <Seroquel> again
Nurse {P:Kevin}: ok note it, chart {M:C0049921}
## speaker_label
{P:Tomás}: estoy en {L:Yuma}, llego a las 6
Abuela {P:Rosa}: trae mis <gotas para los ojos>
## list
Meds for {P:Dorothy Chambers} ({M:52290017}):
• <levothyroxine 50 mcg>
• <Vitamin D>
• <St. John's wort> (STOP — interacts)
• <donepezil>
## list
Shopping + errands
- pick up <Zoloft> at <Target> on {L:Chapel Hill Rd, Burlington, NC 27215}
- call {P:Mr. Rivers} about the roof {T:336.555.0194}
- drop <Nana> at {L:Greensboro} <podiatry>
## list
her ids (for the {L:Fargo} hospital):
{M:0093 7712}
{M:1EG4-TE5-MK72}
{M:MCD 440-19-882}
birthday {D:Oct 14, 1937}
she's on <Medicare> and <Medicaid> both
## list
Invite list <Memory Cafe>:
{P:Ann Park}, {P:Joe Hill}, {P:Reed Young}, {P:Rose Brown}
meet at {L:Wheaton} community center
## list
1) {P:Alvarez, Teresa} – {M:#448190} – <gout>
2) {P:Okonkwo, Chidi} – {M:#448233} – <sickle cell>
3) {P:Smith, Ray} – {M:#448301} – <COPD>
## run_on
so my brother {P:Danny} says <dad> should move in with him in {L:Reno} but dad loves {L:Carson City} and his doctor {P:Dr. Whitaker} is there and his <oxygen> company too and honestly i think danny just wants the <social security> check lol anyway his ssn ends in 4490 the full one is {S:522449904} wait no thats wrong i'll look it up
## run_on
called the {L:TOPEKA} office again they said they never got the fax for the <MRI> so i gave them the number again {M:448-1192-0} and the dob {D:9/12/1952} and they said 3 to 5 business days which means two weeks probably
## run_on
Aunt {P:Jo} is doing better after the <stroke> she can say my name ({P:Milly}) and she asked for Uncle {P:Bernie} who passed in 2019 in {L:Boise} so that was sad but the <speech therapy> lady says normal
## run_on
we drove from {L:flint} to {L:ann arbor} for the <oncology> appt and they said the <chemo> can be done closer in {L:saginaw} which would save us like two hours each way thank god
## signature
Thank you,
{P:Mei-Ling Chou}
{P!:周美玲}
{T:(626) 555-0175}
{L:338 S Garfield Ave, Alhambra, CA 91801}
(regarding <Mom's> <dialysis> transport)
## signature
Best regards,
{P!:Lukas Schneider}
{L!:Hauptstr. 5, 80331 München}
Tel. {T!:089 12345678}
{E!:l.schneider@example.de}
Betreff: <Insulin> für meinen Vater
## signature
xoxo {P:Brianna} 
{U:https://instagram.com/brianna.jolie.fit}
ps <Grandpa's> <physical therapy> is <Thursday>
## form
CHANGE OF ADDRESS
Member name: {P:Curtis J. Bell}
Member ID: {M:MEM-4410-9928}
Old address: {L:72 Grove St, Ithaca, NY 14850}
New address: {L:9 Sunrise Ct
Rochester, NY 14623-3301}
Phone: {T:585-555-0133}
(<Medicare> Advantage)
## form
Direct deposit authorization
Name {P:Wanda Sykes-Moore}
Routing number {A:111000025}
Checking acct {A:000987612345}
SSN {S:219-55-7704}
for <home health> aide reimbursement
## form
Emergency card
Name: {P:Luis Ortega}
Born: {D:22-03-1960}
Conditions: <epilepsy>, <type 2 diabetes>
Meds: <levetiracetam>, <metformin>
Contact: {P:Elena Ortega} {T:+1 (520) 555-0112}
## form
Payment form (international)
Name: {P!:Giulia Romano}
IBAN: {A!:@IBAN:IT}
Address: {L!:Via Roma 21, 00184 Roma RM, Italia}
Service: <physiotherapy> sessions
## clinician_note
Pt seen with interpreter. {P!:Nguyễn Văn An}, 71M, from {L!:Hà Nội}, visiting son {P:Tuan Nguyen} in {L:San Jose}. <Hypertension>, <gout>. Son's cell {T:408-555-0150}.
## clinician_note
Chart review {P:Bishop, Carol} {M:MR 772 019 4}. <Hemoglobin A1c> 6.8. Continue <metformin>. Next lab {L:Aurora} draw station.
## clinician_note
Hospice intake: {P:Mr. Alvin Reed}, DOB {D:02/29/1936}, at {L:418 Hilltop Rd, Mobile, AL 36608}. <Opioid> plan: <morphine> 5 mg q4h prn. Wife {P:Gladys}.
## clinician_note
Note to self: call back {P:Mrs. Ibarra} re <sertraline> side effects. {T:915.555.0166}. She is in {L:Las Cruces} until the 20th.
## clinician_note
{P:Kenji Watanabe} ({M:KW-009112}) f/u <atrial fibrillation>. Daughter in {L!:Yokohama} requests records be sent to {E!:watanabe.yumi@example.jp}.
## general_text
Hi there! I lost my wallet in {L:Savannah} and need a new insurance card. My name is {P:Brenda Colquitt} and the old card number was {M:GAB 7743 1102}. I take <levothyroxine> daily.
## general_text
Please update my email to {E:papa.joe.1947@example.com}. Old one was {E:joe.s@example.net}. — {P:Joseph Santangelo}. <Medicare> statements go there.
## general_text
Our family page with updates on <Dad's> <chemo>: {U:https://www.caringbridge.org/visit/michaelobrien} — thanks to everyone in {L:Scranton} who brought food!
## general_text
My bank info for the <hospital> refund: routing {A:322271627}, account {A:5501882270}. Name on account {P:Teodoro Salazar}.
## typos
{P:marry} (my wife) has the <flue> and her <oxgen> is 91. were in {L:springfeild} not the big one
## typos
hellp, i ned to cancle apointment for {P:Roy Hil} {M:0081123} <tomorow>. {T:3175550129}
## typos
sory for late reply, had to take {P:benji} to the <ER> in {L:Ocala}, his <asma> flared up. <mom> says hi
## all_caps
TO: {P:DR. GUPTA}
RE: {P:WILLIAMS, BETTY} {M:00772193}
PLEASE REFILL <FUROSEMIDE> 20 MG. PHARMACY IN {L:TULSA, OK 74105}
## all_caps
{P:GUS} AND {P:MARTHA} BOTH GOT THE <COVID> BOOSTER IN {L:PEORIA}. THANKS {P:JEAN}!
## lower_case
{P:leila} here, the clinic in {L:fresno} wants her old number from {L:modesto}: {M:mod-22910}. she's on <lisinopril> and <aspirin 81>
## lower_case
fyi <nana> passed the <memory test>, doc in {L:columbus} said <we'll> retest in a year. so proud. her address for the letter: {L:88 elm st, columbus, oh 43215}
## chat_qa
Agent: Can you confirm your date of birth?
{P:Ahmed}: {D:1 Feb 1968}
Agent: And the last four of your SSN?
{P:Ahmed}: full is {S:401-22-8875}, I don't mind
Agent: Thanks. Your <Humira> refill is approved.
## chat_qa
q: member number?
a: {M:ZGP 22019 8812}
q: which <pharmacy>?
a: the <CVS> in {L:Independence}
"""
