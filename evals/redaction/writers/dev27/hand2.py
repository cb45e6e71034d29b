TEXT = r"""
## chat_qa
Bot: What is the patient's record number?
{P:Angela}: {M:3310982}
Bot: Thanks. And the date of birth?
{P:Angela}: {D:4/9/44}, it's for my <mother-in-law>, <Alzheimer's> clinic
## chat_qa
Q: which hospital?
A: the one in {L:Normal}, not {L:Bloomington}
Q: and her number there?
A: {M:BN-00712}
<She'd> been on <Depakote> before
## chat_qa
nurse: can you read me the number on the wristband?
{P:tina}: uh {M:K 4471 03}
nurse: and her birthday?
{P:tina}: {D:march 2nd 1950}. <she's> on <heparin> right now
## chat_qa
Support: Which member ID is on the card?
Me: {M:JXW902113847}
Support: And ZIP?
Me: {L:97401}. I'm asking about <Medicaid> coverage for <insulin pens>
## chat_qa
— what's his chart number at <Mayo>? no wait he's at the {L:Rochester} one
— {M:1-204-889}
— ok and is he still on <amiodarone>?
— yes <200 mg>
## chat_qa
Q: Where do you live?
A: {L:Troy}. the one in {L:ohio}
Q: Best number?
A: {T:937 555 0104}
Q: Any <allergies>?
A: <penicillin>
## forwarded
---------- Forwarded message ---------
From: {P:Rebecca Stone} ({E:rstone.family@example.org})
Subject: {M:MRN 5508832} lab results
Date: <Mon>, Oct 5
Hi {P:Carl}, <Dad's> <Hemoglobin A1c> came back 8.4, see attached.
## forwarded
Fwd: {P:Mrs. Dunn} – {M:409-77-12} – <wound care> supplies
> Please deliver to {L:1180 Pine Ridge Rd, Apt 4B, Florence, AL 35630}
> Contact daughter {P:Kim Dunn} {T:256-555-0185}
## forwarded
Begin forwarded message:
From: {P:Ashok Menon}
To: {P:Lakshmi}
Re: {P!:कमला} <BP> readings
<Amma's> <blood pressure> 150/95 today. Dr in {L!:Chennai} says increase <amlodipine>. Call {T!:+91 44 2811 3490}
## forwarded
FW: appointment reminder
Patient: {P:GREEN, HAROLD}
{M:004418823}
Location: {L:Orange} Clinic, {L:1201 W Chapman Ave, Orange, CA 92868}
Please arrive 15 minutes early for your <colonoscopy> prep review.
## table
Name | DOB | Record | Town
{P:Ruth Cole} | {D:02/11/1940} | {M:771204} | {L:Eugene}
{P:Mark Lee} | {D:08/23/1955} | {M:771388} | {L:Springfield}
{P:Ivy Moss} | {D:12/30/1949} | {M:771512} | {L:Salem}
all due for <flu shot>
## table
pt           mrn        med
{P:Hernandez, J}  {M:55-1190}    <warfarin>
{P:Kowalski, P}   {M:55-1207}    <Eliquis>
{P:Baker, Tom}    {M:55-1301}    <Xarelto>
## table
room 4 | {P:Cho, Min-jun} | {M:H.220.914} | <pneumonia>
room 5 | {P:Adams, Lou}   | {M:H.220.977} | <cellulitis>
room 6 | {P!:王芳}          | {M!:H.221.003} | <UTI>
## table
Caregiver, City, Phone
{P:Denise Reed}, {L:Mobile}, {T:251.555.0122}
{P:Frank Young}, {L:Reading}, {T:610-555-0157}
{P:Alma Ortiz}, {L:Independence}, {T:816 555 0143}
schedule for <insulin> checks
## typos
my moms docter in {L:tempe} sed her <colestrol> is to high and put her on <lipitor>, her id is {M:88129034}. can u help me undrestand
## typos
{P:jhon} pls call back {T:602 5550 138}?? i mean {T:602-555-0138} sorry fat fingers. its about <grandpas> <pacemaker>
## typos
hi im writting for my dad {P:Gerald Brwon} (he spells it {P:Brown} lol) born {D:5-17-41} he lives in {L:Lubbok} i mean {L:Lubbock}, needs refil on <gabapentin>
## typos
she got discharged from {L:JACKSONVILE} yesterday, record no {M:JX 55 310}, they said follw up with <cardiology> in 2 wks
## international
Bonjour, je m'appelle {P!:Camille Dubois}. Ma mère habite {L!:8 avenue Jean Jaurès, 31000 Toulouse}. Son médecin a changé son <Kardégic>. Tél {T!:05 61 22 48 13}
## international
Hola, soy {P!:Guadalupe Hernández}. Mi papá vive en {L!:Calle Morelos 45, Col. Centro, 44100 Guadalajara, Jal.}. Toma <metformina> y <losartán>. Cel {T!:+52 33 1456 7890}
## international
Hi, {P!:Oliver Whitfield} here. Mum's at {L!:27 Kingsley Road, Leeds LS6 2AB}. GP changed her <ramipril>. Ring me on {T!:07700 900316} or {T!:0113 496 0782}
## international
Olá! Minha avó {P!:Maria das Graças Souza} mora em {L!:Rua das Flores, 120, apto 32, 01310-000 São Paulo - SP}. Ela usa <insulina> NPH. Meu número {T!:+55 11 98765-4321}
## international
お世話になります。父の{P!:田中 博}です。住所は{L!:〒150-0002 東京都渋谷区渋谷2-21-1}です。<ワルファリン>を飲んでいます。電話 {T!:03-1234-5678}
## international
Guten Tag, ich bin {P!:Jürgen Becker}. Meine Mutter wohnt in {L!:Lindenstraße 12, 10969 Berlin}. Bitte überweisen Sie an IBAN {A!:@IBANS:DE}. Sie nimmt <Ramipril> gegen <Bluthochdruck>.
## international
Привет, это {P!:Ирина Соколова}. Мама живёт в {L!:Москве}, ей назначили <метформин>. Мой номер {T!:+7 916 555-12-34}
## international
안녕하세요, {P!:김민수}입니다. 아버지는 {L!:서울특별시 강남구 테헤란로 152}에 사십니다. <혈압약> 처방이 필요해요. {T!:+82 2 555 0123}
## email
Subject: {P:Joanne Park} {M:44810023}
Hi team, attaching the <MRI> report for my wife. She's been having <migraines> since the fall. We are in {L:Ithaca} now. — {P:Sam}
## email
Subject: Re: {M:CH-2019-4471} / <hip replacement> follow-up
Dear {P:Dr. Abernathy},
My husband {P:Leonard Fox} ({D:7 January 1946}) asks whether he can stop the <enoxaparin>. Please reply to {E:leonard.and.june@example.com}.
## email
Subject: billing - {P:Hill, Marcus}
Hello, my card {A:@CARDD} was charged twice for the <sleep study>. Please refund. {P:Marcus Hill}, {L:Aurora, CO 80012}
## email
To whom it may concern,
I am the daughter of {P:Vivian Lake}, {M:003-889-1024}. Please send her <discharge summary> to {L:PO Box 88, Hope, ND 58046}. Thank you, {P:Carla Lake}
## clinician_note
Telehealth w/ {P:Mr. Brooks} and daughter ({P:Stephanie}), calling from {L:DETROIT}. <Metformin> GI upset. Switch to ER. Pt #{M:2219873}.
## clinician_note
{P:Wood, Alice} {M:0061-2291} 84F <Parkinson's>, falls x2. Lives alone in {L:Paris, TN}. Refer <PT>/<OT>.
## clinician_note
Discussed <advance directive> with {P:Mrs. Fernandez}. HCP: son {P:Rafael Fernandez} {T:(305) 555-0163}. Pt prefers {L:Miami} facility.
## clinician_note
Phone call from {P:Daisy} (granddaughter), pt {P:Herbert Lang} {M:H00912} confused since starting <oxybutynin>. Advised stop, f/u {L:Lincoln} clinic.
## signature
thx for the reminder about the <flu shot>
{P:marcy}
{L:sandusky}
## signature
Sincerely,
{P:Dr. Amara Nwosu}, MD
<Internal Medicine>
{L:4000 Lake Shore Dr, Suite 1200, Chicago, IL 60613}
Direct: {T:773-555-0107 x4587}
## signature
-- 
{P:Chris "Bear" Holloway}
{T:1-800-BEAR-HUG} (my moving business, call anytime)
{U:http://chrisholloway.me}
<Dad's> <COPD> meds go to the {L:Gary} address
## general_text
My son {P:Evan} is starting college in {L:Columbia}. Can his <asthma> <inhaler> be sent to {L:801 Rollins St, Columbia, MO 65201}?
## general_text
Is the support group still meeting at the {L:Tyler} library? {P:Ms. Grant} said it moved to <Tuesdays>. <Morning Walk Group> too?
## general_text
The refund check went to my old address, {L:PSC 473 Box 12, FPO AP 96349} — I'm back stateside now. {P:Sgt. Diane Cruz}, {T:910-555-0190}. <Tricare> handles my <thyroid> meds.
## lower_case
my sister {P:grace} is in {L:charlotte} and i'm in {L:raleigh}. <we'll> split the week. her record is {M:cm 998 1120} i think
## lower_case
ok found it in her purse: {M:60021447-01}. <medicaid> card. shes at {L:13 mill st, bath, me 04530}
## all_caps
{P:ELLIE} HERE. {L:AUSTIN} CLINIC CALLED. <MOM'S> <A1C> IS 9.1. NUMBER {M:T-4481-2290}
## all_caps
CARD FOR THE <PHARMACY> COPAY IS VISA {A:@CARDN} EXP 09/28. DO NOT SHARE. - {P:HAL}
"""
