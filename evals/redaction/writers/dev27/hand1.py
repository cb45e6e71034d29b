# Hand-written messages, part 1. Markup: {P:name} US, {P!:name} INTL, <keep>, @IBAN:DE etc. filled at build.
TEXT = r"""
## lower_case
hi its {P:dana} again, <mom> is back from the {L:mobile} hospital and her <warfarin> dose got changed to <5 mg>. can someone call me at {T:251-555-0187}
## lower_case
ok so the pharmacy in {L:reading} says the <Eliquis> refill needs a new script. chart # is on the bag, {M:00417723}. <i'm> gonna drive over after work
## lower_case
grandpa {P:walt hill} keeps saying his <knees> hurt, the <meloxicam> isnt doing much. hes at {L:22 birch ln, normal, il 61761} if anyone can stop by <tuesday>
## lower_case
we moved!! new place is {L:418 w jackson st apt 2c, tupelo ms 38804}. <mom's> <metformin> should ship there now
## lower_case
{P:rosa} said the <cardiologist> in {L:eugene} wants another <echo> before the <Lasix 40> gets bumped up
## lower_case
just got off the phone w {P:dr. ramirez}'s <podiatry> office, they want his {D:03/14/1951} on every form lol. also member id {M:W7734 20119}
## lower_case
<don't> forget <dad> has <physical therapy> in {L:independence} thursday, {P:kyle} is driving
## lower_case
her <blood sugar> was 212 this morning. <we'll> call the <endocrinology> line in {L:aurora}, number is {T:(720) 555-0144}
## lower_case
{P:ben}: im outside the {L:florence} clinic, theyre asking for the number on her <Medicaid> card, is it {M:4471902}?
## lower_case
{P:joy reed} from church dropped off soup. she lives out past {L:paradise} so dont expect her every week. <mom> ate half, <nausea> better
## all_caps
{P:MARGARET YOUNG} NEEDS HER <OXYGEN> TANK SWAPPED. ADDRESS IS {L:909 PRAIRIE RD, HOPE, AR 71801}. CALL {T:870.555.0199} BEFORE YOU COME
## all_caps
PLEASE SEND THE <INSULIN> TO THE {L:BUFFALO} ADDRESS NOT {L:ROCHESTER}. <DAD'S> ID {M:MB-55310-7}
## all_caps
MOM FELL AGAIN. {P:TERRY BROWN} (NEIGHBOR) FOUND HER. SHES AT MERCY IN {L:SPRINGFIELD} NOW, THEY SAY <HIP> NOT BROKEN
## all_caps
URGENT: <COUMADIN> LEVEL (<INR>) 4.2!! {P:ANNE} CALL ME {T:5035550112}
## all_caps
THIS IS {P:ROBERT PARK}. MY SSN IS {S:512-44-9087} AND THE <MEDICARE> LADY SAID I NEED TO GIVE IT TO YOU FOR THE <WHEELCHAIR>
## all_caps
{L:MADISON} {L:WI}?? NO WE ARE IN {L:MADISON, AL}. THE <DIALYSIS> CENTER KEEPS SENDING LETTERS TO THE WRONG ONE
## speaker_label
{P:Maria}: she took her <pills> at 8
{P:Luis}: which ones, the <lisinopril> too?
{P:Maria}: yes both. {P:Dr. Chen} called from {L:Tyler} and wants labs <Friday>
## speaker_label
Daughter {P:Ana}: <Mom's> record number {M:88-40-213}, she's at {L:Victoria} Regional on 3rd floor
Son {P:Teo}: got it, I'll bring her <hearing aids>
## speaker_label
Grandson {P:Jamal}: the {L:Charlotte} office texted, appointment moved to <Monday> 2pm
Aunt {P:Bev}: ok I'll take him, does he still need to fast for the <lipid panel>?
## speaker_label
{P:Keiko}: my dad is {P!:佐藤 健一}, born {D:1948-07-02}. he lives in {L!:大阪市北区梅田1-2-3} with my brother
Nurse {P:Pam}: thank you, I'll add that to his <allergy> list note
## speaker_label
Wife {P:Linda Rose}: {P:Hank}'s <COPD> is worse at night. We're in {L:Bend} now, not {L:Salem}
## speaker_label
Oma {P!:Gerda}: Ich habe die <Tabletten> genommen.
Enkel {P!:Felix}: super Oma!! <Mama> ruft dich an, {T!:+49 30 2345671}
## list
Mom's contacts:
- {P:Dr. Patel} (<neurology>) {T:312-555-0160}
- {P:Sue Hill}, home aide, {T:(312) 555-0193 ext. 4}
- {P:Carlos Medina} – cousin in {L:Laredo}
- <Walgreens> on {L:Main St, Evanston, IL 60201}
## list
things to bring to the {L:Jackson} appointment:
1. insurance card ({M:XQJ 445 219 006})
2. <pill bottles> (<sertraline>, <melatonin>)
3. <Grandma's> old records from {L:Memphis}
## list
Patients this week:
{P:Lopez, Irma} [{M:20019348}]
{P:Nguyen, Thanh} [{M:20018811}]
{P:Oyelaran, Tunde} [{M:20017002}]
all on <warfarin> clinic list
## list
Who's covering:
Mon – {P:Ann}
Tue – {P:Joe} and {P:Reed}
Wed – {P:Rose} (she'll do the <blood pressure> log)
## list
- <Hemoglobin A1c> 7.9
- <LDL> 141
- pt {P:Gloria Summers}, {M:A-229-001}
- from {L:Akron}, drives herself
## list
Emergency numbers on fridge:
Uncle {P:Mo} {T:1-414-555-0121}
Cousin {P:Dee} {T:414 555 0177}
<Poison Control> <1-800-222-1222>
<988>
## run_on
so yesterday i took <mom> to the {L:Austin} clinic and they said her <potassium> was low and then we went to <CVS> and they didnt have the <potassium chloride> so we drove all the way to {L:Round Rock} and the lady there {P:Tammy} was super nice and looked up her number {M:5520381} and it was fine
## run_on
ok long story but <dad> missed his <dialysis> because the van from {L:Lakeland} never came and i called {T:863-555-0100} like five times and nobody picked up so {P:Josh} drove him and now they want to bill us at {L:77 Orange Ave, Lakeland, FL 33801} for a no show which is ridiculous
## run_on
i think the <oxycodone> is making him confused he called me {P:Sarah} twice today and im {P:Beth} and he thought he was back in {L:Scranton} when hes been in {L:Allentown} ten years, born {D:June 3 1939} so hes 87
## run_on
{P:Priya} called from {L!:Pune} she says her mother-in-law's <thyroid> meds are cheaper there and she can mail them to {L:5 Elm Ct, Edison, NJ 08817} but i dont know if thats allowed, her number is {T!:+91 98220 41376}
## run_on
we had the family meeting with {P:Dr. Okafor} and the social worker {P:Janet} and basically <hospice> is the plan now and Uncle {P:Ray} is flying in from {L:Tulsa} on <Thursday> and we'll figure out the rest then
## signature
Thanks so much for helping with <Grandpa's> <Parkinson's> paperwork.
—
{P:Teresa M. Galvan}
{L:2210 Sycamore Dr, Unit 5, Fresno, CA 93711}
{T:559-555-0134} | {E:tgalvan.home@example.com}
## signature
Please let me know if the <CPAP> supplies arrive.

Best,
{P:Howard Lin}
{E:howard.lin55@example.net}
{U:https://www.howardlinphotography.com}
## signature
<Mom's> next <infusion> is the 14th.
{P:Kat} 💛
sent from {L:Duluth}
{T:+1 218 555 0148}
## signature
Regards,
{P!:Sophie Marchand}
{L!:14 rue des Lilas, 69003 Lyon, France}
{T!:+33 4 72 33 18 90}
Ref. patient: {M!:LY-884120} (<kinésithérapie>)
## form
Name: {P:Deborah K. Wells}
Date of birth: {D:11/02/1958}
SSN: {S:431 88 2290}
Address: {L:PO Box 412, Liberty, MO 64069}
Phone: {T:816-555-0172}
Reason for visit: <shortness of breath>, <atrial fibrillation> follow up
## form
PATIENT INTAKE
Patient: {P:Oscar Villanueva}
DOB: {D:1962-09-30}
Insurance member #: {M:VGH884419203}
Emergency contact: {P:Lucia Villanueva} {T:(956) 555-0111}
Current meds: <metformin 500>, <atorvastatin>
## form
Billing update form
Account holder: {P:Nora Fitzgerald}
Bank routing: {A:021000089}
Account no.: {A:4410093387}
Card on file: visa {A:@CARD}
Signature: {P:N. Fitzgerald}
For: <home oxygen> rental
## clinician_note
Pt {P:Eleanor Hughes} ({M:7781203}) seen in {L:Wichita} clinic. <Hypertension> controlled on <lisinopril 20>. Daughter {P:Amy} present. F/u 3 mo.
## clinician_note
S: 78M c/o <dyspnea>. Wife reports <ankle swelling>. 
O: BP 152/90, <BNP> 1200.
A: <CHF> exacerbation.
P: <Lasix 40> BID. Call wife {P:Helen} {T:405-555-0139} with results. {P:Carter, James} {M:MRN0093321}
## clinician_note
Spoke w/ {P:Mr. Castillo} re <opioid use disorder> treatment. Started <buprenorphine>. Lives w/ sister in {L:El Paso}. Next visit <Wednesday>.
## clinician_note
{P:Jones, Patricia} — {M:00-118-442} — <hypertriglyceridemia>, TG 880. Started <fenofibrate>. Pt from {L:Yuma}, prefers Spanish; son {P:Diego} interprets.
## clinician_note
Home visit {L:310 Cedar Hollow Rd, RR 2 Box 15, Berea, KY 40403}. {P:Mrs. Sizemore} independent w/ <walker>. <Alzheimer's> stable. Caregiver {P:Lonnie} {T:859.555.0126}.
## general_text
Hi, I need to change my mailing address to {L:1450 Commerce Blvd, Suite 210, Commerce, TX 75428}. My old one was in {L:Sulphur Springs}. Thanks! Also still on <Medicare> part D.
## general_text
Question about the bill — it says account {A:88201947713} but I paid with my <Medicare> card. Can someone call {T:1-608-555-0190}? This is for {P:Lyle Brandt}.
## general_text
Hey all, potluck at {P:Gwen}'s house Saturday, {L:61 Bay View Ter, Mystic, CT 06355}. Bring a dish, no peanuts ({P:Tommy}'s <allergy>).
"""
