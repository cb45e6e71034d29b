# Hand-written messages, batch D (forwarded, billing, typos, multi_identifier).
HAND_D = [
# ---- forwarded
("forwarded", "US", "---------- Forwarded message ---------\nFrom: [P:Lorraine Whitaker] <[E:lwhitaker55@comcast.net]>\nDate: {Mon}, {Oct} 6\nSubject: {Dad}'s {+pacemaker} check\n\nThe device clinic moved him to {Thursday}. Can someone drive?"),
("forwarded", "US", "Fwd from {Mom}: \"tell [P:Junior] the {+blood thinner} is in the blue bag and the {+insulin} is in the fridge door. also his new address is [L:410 Ridgeview Dr Apt C, Kingsport TN 37660]\""),
("forwarded", "US", "Begin forwarded message:\n\n> From: {Kaiser Permanente} <[E:noreply@kp.org]>\n> To: [E:oscar.ventura@sbcglobal.net]\n> Re: Lab results for [P:VENTURA, OSCAR]\n> {Your} {+lipid panel} is available. MRN [MRN:11-0398227]"),
("forwarded", "US", "FW: from the {+oncology} nurse [P:Bridget]: \"[P:Randall]'s {+neutrophils} are low, no crowds this week, call [PH:(919) 555-0152] if temp over 100.4\""),
("forwarded", "INTL", "-------- Message transféré --------\nDe : [P:Amélie Durand] <[E:amelie.durand@orange.fr]>\nObjet : ordonnance de {Papa}\n\n{+Doliprane} 1000, {+Eliquis} 5 mg. Pharmacie au [L:3 place Bellecour, 69002 Lyon]."),
("forwarded", "US", "> On {Tue}, [P:Gabe Stroud] wrote:\n> {Grandma}'s {+hearing aids} are at the {Costco} in [L:Tukwila]. Pickup under my number [PH:206-555-0139].\n\nforwarding so everyone knows"),
("forwarded", "US", "Forwarded text from [PH:+1 863 555 0127]: \"This is [P:Mason] from {Lakeland Regional}. [P:Faye Burkett]'s {+MRI} is rescheduled. Reply STOP to opt out\""),
("forwarded", "INTL", "Weitergeleitet von [P:Ute Brandt]:\n\"Die {+Physiotherapie} für [P:Horst] ist jetzt {dienstags}. Praxis: [L:Schillerstr. 41, 80336 München], Tel. [PH:089 5389 1174]\""),
("forwarded", "US", "fwd: {Medicare} summary notice for [P:Hazel M. Quigley], MBI [MRN:5TW9-GH3-PK21], services {March}-{May}, {+home oxygen} $0 owed"),
("forwarded", "INTL", "転送: [P:山本 和子]さんより「{母}の{+血圧}の薬がなくなりました。[L:大阪市北区梅田3-1-1]の薬局に送ってください。電話 [PH:06-6345-2218]」"),
# ---- billing
("billing", "US", "Hi, I'm calling about a bill for [P:Norma Jean Pickett], account [ACCT:4471-008823-1]. {Medicare} should've covered the {+echocardiogram}. My callback is [PH:270-555-0144]."),
("billing", "US", "Please set up autopay for {Dad}'s {+dialysis} copays.\nRouting: [ACCT:060752916]\nChecking acct: [ACCT:00391847562]\nName on account: [P:Cleveland Ames]"),
("billing", "US", "Pay the {+hospice} invoice with my card: visa [ACCT:4539 5260 1815 9083] exp 08/28. Billing ZIP [L:29607]. Thanks, [P:Marjorie]"),
("billing", "INTL", "Bonjour, pour le remboursement des {+séances de kiné} de {Maman}, voici mon IBAN : [ACCT:FR?? 3000 4028 3798 7654 3210 943]. Titulaire : [P:Nathalie Girard]."),
("billing", "US", "The {Humana} EOB says claim denied for [P:Terrell Booker], member [MRN:H83320119], {+CPAP} supplies. I paid with cc [ACCT:5425-9139-0996-0304], need a refund."),
("billing", "INTL", "Please wire the {+chemo} deposit to the clinic: iban [ACCT:de?? 5001 0517 5407 3249 31], reference [P:Gottfried Lenz]. Account holder in [L:Frankfurt am Main]."),
("billing", "US", "Billing office note: guarantor [P:Dwight Hallsey], SSN [SSN:284-51-9067], acct [ACCT:88120043], balance $212.50 for {+physical therapy}. Mail to [L:PO Box 1190, Muncie IN 47308-1190]."),
("billing", "INTL", "Wie betaalt {Oma}'s {+thuiszorg}? Ik kan overmaken van [ACCT:NL??RABO0312345678] als iemand het factuurnummer stuurt. [P:Femke]"),
("billing", "US", "Card on file ending 9549 is expired. New card [ACCT:6011 9378 6579 7549], name [P:Rosa Villanueva], for {Mom}'s {+insulin} pump supplies through {Edgepark}."),
("billing", "US", "My credit card [ACCT:4532 7781 0043 2219] was charged twice by {Quest Diagnostics} for [P:Hollis]'s {+thyroid panel}. Please call [PH:(336) 555-0188]."),
("billing", "INTL", "Proszę o fakturę za {+rehabilitację} taty. Konto: [ACCT:PL?? 1090 1014 0000 0712 1981 2874], odbiorca [P:Krzysztof Nowicki], [L:ul. Piotrkowska 104, 90-926 Łódź]."),
# ---- typos
("typos", "US", "my moms {+metforman} is making her stomache hurt, [P:jolene] said try with food. her {+sugars} were 180 this morming"),
("typos", "US", "{Grampa} [P:Earl] took {+lisinipril} twice by acident, {+blood presure} 98/60. called {poison controll} {1-800-222-1222} they said watch him"),
("typos", "US", "can sombody get {+Elequis} from walgreen for [P:Maddie]? i cant leave work til 6. her adress is [L:914 Sycamore St, Apt 2, Dayton OH 45410]"),
("typos", "US", "[P:Chuck] has {+nuropathy} in his feet real bad and the {+gabapenten} makes him sleepy. whats the dose limit? call [PH:417 555 0109]"),
("typos", "US", "{Dad}s {+lazix} makes him pee all nite and he fell going to the bathroom. {+sholder} is bruised. [P:Wyatt] is with him"),
("typos", "INTL", "mi mama [P:Consuelo] toma {+metfromina} y {+insulna} y la dirección es [L:C. Hidalgo 45, Col. Centro, 76000 Santiago de Querétaro, Qro.] porfa mandenla"),
("typos", "US", "{+alzhiemers} is getting worse, {Gramma} [P:Opal] didnt know who i was today. her nurse [P:Tina] number is [PH:304-555-0175]"),
("typos", "US", "does {+tylenal} interact with {+warfrin}? [P:Hector] is on both and his {+INR} was 3.8 on {tuseday}"),
("typos", "US", "recieved the {+inhailer} but its the wrong one, [P:Bailey] needs {+Symbicort} not {+albuteral}. {CVS} # is 4471, her dob [DOB:6-2-2011]"),
("typos", "US", "[P:Franky] has {+diareah} since sunday from the {+chemo}, drinking pedialite. his onc dr is [P:Kapoor] at [PH:(813) 555-0146]"),
# ---- multi_identifier
("multi_identifier", "US", "Update for everyone: [P:Ruby Tran] (DOB [DOB:10/30/1957], MRN [MRN:2290-4471]) is at [L:1201 W Cypress Creek Rd, Fort Lauderdale FL 33309]. Her son [P:Danny] is at [PH:954-555-0120], [E:dtran.fl@gmail.com]. {+Post-op} {+hip} replacement going well."),
("multi_identifier", "US", "For the aide agency: client [P:Milton Shapiro], [L:2 Fifth Ave Apt 14J, New York, NY 10011], [PH:(212) 555-0137], SSN [SSN:118-62-4405], {Medicaid} [MRN:AB91542C]. {+Heart failure}, low salt diet."),
("multi_identifier", "INTL", "[P:Giulia Ferraro], nata il [DOB:12/05/1949], residente in [L:Via Garibaldi 27, 10122 Torino], tel. [PH:+39 011 562 4471], email [E:giulia.ferraro49@libero.it]. Terapia: {+Coumadin}, {+bisoprololo}."),
("multi_identifier", "US", "[P:Darius Whitfield] needs his {+Xarelto} refilled. He is at [L:5 Harbor View Ter, Unit 9, Portland, ME 04101] until {Labor Day}, then back to [L:Naples, FL]. Cell [PH:207-555-0161], work [PH:1 (800) 555-0119 x 2231]. DOB [DOB:August 14, 1953]."),
("multi_identifier", "US", "Name [P:Faith Nwosu]. Born [DOB:Feb 2, 1974]. Lives [L:83 Pine Ridge Rd, Box 4, Tuba City AZ 86045]. Phone [PH:928.555.0117]. Email [E:faithnwosu74@hotmail.com]. {IHS} chart [MRN:T-0041923]. {+Gestational diabetes} history."),
("multi_identifier", "INTL", "Contact: [P:Aoife Ní Bhriain], [L:12 Dominick Street Lower, Galway H91 X2K7, Ireland], [PH:+353 91 555 204], [E:aoife.nibhriain@eircom.net]. {+Coeliac disease}, {+B12} injections."),
("multi_identifier", "US", "Info for the new {hospice} social worker: patient [P:Lucille Ortega-Baines], DOB [DOB:03/03/1931], {Medicare} [MRN:7QA2-RR5-UW46], daughter [P:Marisa] [PH:505-555-0190] / [E:marisa.baines@gmail.com], home [L:1407 Calle Mejia, Santa Fe NM 87501]. Dx: {+end-stage COPD}."),
("multi_identifier", "INTL", "[P:Thabo Nkosi], born [DOB:1962/07/19], [L:45 Jan Smuts Ave, Rosebank, Johannesburg 2196], cell [PH:+27 82 555 3147], pays via [ACCT:GB?? BARC 2003 5512 3456 78]. {+HIV} on {+Biktarvy}, {+viral load} undetectable."),
("multi_identifier", "US", "Re: [P:Kowalski, Stanley J] / DOB [DOB:1/15/50] / MRN [MRN:0004481290] / SSN [SSN:375220981] -- {+atrial fibrillation} on {+Eliquis}, {PCP} {Dr.} [P:Greer]. Wife [P:Stella] [PH:(773) 555-0108]."),
("multi_identifier", "US", "Bio page for the fundraiser: [U:https://www.caringbridge.org/visit/hunterbrooksjourney] -- [P:Hunter Brooks], [L:Boise, ID], {+glioblastoma}. Donations: [E:brooksfamilyfund@gmail.com] or call [P:Leah] at [PH:208-555-0153]."),
]

# added after review: Tagalog, Korean, Arabic and Ukrainian voices
HAND_D += [
("voicemail", "US", "Voicemail: \"Hello po, si [P:Marites Dela Cruz] ito, yung caregiver ni {Lolo} [P:Ambo]. Ubos na po yung {+maintenance} niyang {+amlodipine}, pakitawagan ako sa [PH:(650) 555-0186]. Salamat po.\""),
("speaker_label", "INTL", "[P:김지연]: {할머니} {+혈당} 210 나왔어\n[P:민수]: {+인슐린} 맞으셨어?\n[P:김지연]: 응. 주소 바뀐 거 보내줄게: [L:서울특별시 마포구 월드컵북로 396, 101동 1203호 03925]"),
("signature", "INTL", "شكراً على متابعة {+غسيل الكلى} لوالدي.\n\n[P:ريم العتيبي]\n[L:حي النخيل، شارع الأمير سلطان 14، الرياض 12384]\n[PH:+966 55 318 4420]\n[E:reem.otaibi@gmail.com]"),
("general_text", "INTL", "Друзі, {мама} переїхала до нас, нова адреса: [L:вул. Шевченка 21, кв. 8, Львів, 79005]. {+Інсулін} і {+метформін} тепер отримуємо тут. Мій номер [PH:+380 67 512 40 93], [P:Оксана]."),
]
