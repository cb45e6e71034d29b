# Hand-written: all caps, run-on, international, forms, signatures.
from common import clean as c

MSGS = [
# ---------------- all_caps ----------------
("all_caps", c("""
PLEASE CALL [[P:BRENDA HOLLOWAY]] AT [[T:(316) 555-0196]] ABOUT HER MOTHERS {{OXYGEN}} ORDER. MOTHER IS [[P:LUCILLE HOLLOWAY]] DOB [[D:2-2-1933]]. THANK YOU
""")),
("all_caps", c("""
PT [[P:WALLACE KINGSTON]] REFUSED {{INSULIN}} THIS AM. FSBS 388. NOTIFIED DR [[P:PATEL]]. WIFE [[P:MAE]] AWARE. ADDRESS ON FILE [[L:1200 N MAIN ST APT 5, TUPELO MS 38804]]
""")),
("all_caps", c("""
MY DAD [[P:RICHARD HILL]] NEEDS HIS {{LISINOPRIL}} REFILLED TODAY HE IS OUT!!! PHARMACY IS THE ONE ON [[L:ROUTE 9 IN FREEHOLD NJ]]. CALL ME [[T:732-555-0178]] - [[P:DEBBIE]]
""")),
("all_caps", c("""
ATTN BILLING: PATIENT [[P:JOSE MANUEL GARZA]] ACCT [[M:0091-44720]] PAID IN FULL FOR {{MRI}}. CARD USED [[A:6011 0009 9013 9424]]. STOP SENDING LETTERS TO [[L:PO BOX 1187, LAREDO TX 78042]]
""")),
("all_caps", c("""
REMINDER FOR {{FRIDAY}}: [[P:NANA]] GOES TO {{CARDIOLOGY}} AT 10. [[P:TONY]] DRIVES. [[P:GINA]] BRINGS THE MED LIST ({{ELIQUIS}}, {{DIGOXIN}}, {{LASIX}}). DR [[P:ROSE]] OFFICE [[T:1 (412) 555 0113]]
""")),
("all_caps", c("""
HOSPICE AIDE NOTE: MR. [[P:BRANDT]] RESTLESS, SAYS HE SEES HIS WIFE [[P:GRETA]] IN THE ROOM. {{TERMINAL AGITATION}}? CALLED RN [[P:CAROLYN]] [[T:541.555.0102]]. DAUGHTER [[P:INGE]] CALLING FROM [[L:ASHLAND]].
""")),
("all_caps", c("""
URGENT!!! ABUELA [[P:MARTA FUENTES]] NO CONTESTA EL TELEFONO. VIVE EN [[L:3310 E 4TH ST, LONG BEACH CA 90814]]. TOMA {{METFORMINA}} Y {{INSULINA}}. LLAMEN A [[P:CARLOS]] [[T:562-555-0115]]
""")),
("all_caps", c("""
MEMBER ID [[M:A49 882 771 0]] - [[P:TERRANCE OBI]] - {{SLEEP APNEA}} - {{CPAP}} SUPPLIES DUE. SHIP TO [[L:8800 GREENBACK LN, ORANGEVALE CA 95662]]
""")),
("all_caps", c("""
DISCHARGED TO HOME. FOLLOW UP WITH DR [[P:KWAME MENSAH]] IN 1 WEEK. {{WOUND CARE}} DAILY. PATIENT [[P:IRIS MCCLANAHAN]] DOB [[D:11/11/1950]] MRN [[M:88301942]]. HOME HEALTH [[T:405 555 0103]]
""")),
("all_caps", c("""
TO THE NIGHT NURSE: [[P:HENRIETTA]] IN RM 9 WANTS HER SON [[P:GUSTAVO]] CALLED IF {{FEVER}} OVER 101. HIS # [[T:+1-956-555-0199]]. HE LIVES IN [[l:MONTERREY]].
""")),

# ---------------- run_on ----------------
("run_on", c("""
so yesterday mom had the {{home health}} nurse come which was [[P:Shelly]] not the usual one [[P:Deb]] and Shelly said mom's ankles were really swollen so she called the doctor and they said double the {{Lasix}} for 3 days but then the pharmacy at Kroger on [[L:Dixie Hwy, Louisville KY 40216]] said they need a new script and I was on hold forever so if anyone can call them my number is [[T:502-555-0126]] thanks - [[P:Regina]]
""")),
("run_on", c("""
ok update on Grandpa [[P:Ernesto]] he got moved from the ICU to a regular room at St Joseph which is great but they said his {{kidney function}} is still off and they stopped his {{metformin}} and now they're talking about {{dialysis}} maybe and Aunt [[P:Lupe]] flew in from [[l:Guadalajara]] last night and she's staying with us at [[L:617 Olive St, Santa Barbara, CA 93101]] so if you send anything send it there
""")),
("run_on", c("""
I'm writing because my father [[P:Stanley Krause]] DOB [[D:10-02-1942]] got a bill from the ambulance company even though {{Medicare}} should cover it and when I called they said his Medicare number was wrong but it's right it's [[M:4EK9-PQ1-TH73]] I checked the card and they said to email [[E:billing@tri-countyems.org]] so I did and nobody answered and now it's in collections
""")),
("run_on", c("""
Aide [[P:Yolanda]] showed up late again today 11:40 instead of 9 and Mom missed her {{breakfast}} and her {{levothyroxine}} because she won't take it without someone there and I know the agency is short staffed but this is the third time and I'd like to talk to the supervisor Ms. [[P:Carrington]] please have her call [[T:(614) 555-0127]] or [[E:gwen.albers@columbus.rr.com]] - [[P:Gwen Albers]]
""")),
("run_on", c("""
my brother [[P:Kyle]] is supposed to be checking Dad's {{blood sugar}} twice a day but he's only doing it in the morning and dad's A1c came back 9.1 and Dr. [[P:Lam]] is upset and wants to start {{insulin}} and dad is scared of needles and honestly so am I, we live at [[L:44 Rosewood Dr, Cary NC 27513]] if the diabetes educator [[P:Tricia]] can come to the house
""")),
("run_on", c("""
hi this is [[P:Amina]] my husband [[P:Khalid Nasser]] had his {{knee surgery}} on Monday and the physical therapist hasn't called yet and the discharge paper says they would call within 48 hours and it's been 4 days and he's not doing his exercises because he doesn't know which ones and the number on the paper [[T:1-248-555-0122]] just rings and rings
""")),
("run_on", c("""
We moved Mom into memory care last week at Arden Courts, [[L:2005 Grand Ave, Suite 120, Waukegan, IL 60085]] and it's been a hard adjustment she keeps asking for Dad ([[P:Herb]]) who passed 2 years ago and the staff asked if she can have {{trazodone}} at night and I said ask Dr. [[P:Silverman]] first because of her {{Alzheimer's}} meds - [[P:Carla Voight]]
""")),
("run_on", c("""
so the insurance said the {{CPAP}} is approved but the supplier says they never got the order and the doctor's office says they faxed it twice to [[T:877-555-0164]] and I'm stuck in the middle and my husband [[P:Bo Jansen]] hasn't slept in weeks plus his member id is [[M:QWJ-77401-88]] and they keep asking me for it
""")),
("run_on", c("""
Dad [[P:Viktor]] is back from the hospital and the {{discharge summary}} says {{pneumonia}} but also something about his {{heart rhythm}} and {{amiodarone}} which he never took before and my sister [[P:Zsófia]] in [[l:Budapest]] keeps calling me at 3am asking questions, her number is [[t:+36 30 555 4412]] if the nurse can talk to her directly
""")),
("run_on", c("""
just wanted to say thank you to everyone especially Nurse [[P:Rhonda]] and [[P:Carlos]] the aide who took such good care of my wife [[P:Beverly Tate]] in her last days with {{hospice}}, she passed peacefully Sunday morning with the grandkids there and if anyone wants to send a card our address is [[L:9 Old Farm Rd, Hollis NH 03049]]
""")),

# ---------------- international ----------------
("international", c("""
Hi, I'm [[p:Siobhan McNally]], my father [[p:Declan McNally]] visits his US doctor twice a year but lives in [[l:14 Grafton Street, Dublin 2, D02 VK65]]. His Irish GP is Dr. [[p:Aoife Byrne]] [[t:+353 1 677 4455]]. He takes {{bisoprolol}} and {{rivaroxaban}}.
""")),
("international", c("""
Sehr geehrte Frau Dr. [[p:Hoffmann]],
mein Vater [[p:Klaus Becker]] (geb. [[d:12.03.1944]]) war bei Ihnen wegen {{Vorhofflimmern}}. Bitte senden Sie den Befund an [[l:Bergstraße 27, 69120 Heidelberg]]. Tel. [[t:06221 4578 33]]. Seine US-Ärztin ist Dr. [[P:Nancy Whitford]] in [[L:Boston, MA]].
""")),
("international", c("""
Please transfer the refund for [[p:Élodie Marchand]]'s {{MRI}} to IBAN [[a:FR18 7877 8932 8792 1742 1809 679]] (BNP). Her address: [[l:87 rue de la République, 69002 Lyon, France]]. Phone [[t:+33 6 12 34 56 78]].
""")),
("international", c("""
Grandma [[p:高橋 和子]] is in [[l:大阪府大阪市北区梅田1-2-3]] now, her doctor switched her to {{donepezil}}. My aunt in Osaka: [[t:+81 6-6345-1122]]. I'm in [[L:Torrance, CA]] and can relay.
""")),
("international", c("""
Hola, soy [[p:Lucía Herrera Domínguez]]. Mi madre [[p:Carmen Domínguez]] vive en [[l:Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX]]. Toma {{losartán}} y {{metformina}}. Teléfono [[t:+52 55 5662 3341]]. Correo [[e:lucia.herrera.d@prodigy.net.mx]].
""")),
("international", c("""
Son [[p:Rahul Iyer]] here. Amma's {{thyroid}} reports from Apollo Clinic, [[l:21 Greams Lane, Chennai 600006]] are attached. She flies to Houston {{January}}. Her Indian mobile [[t:+91 98401 22345]], mine [[T:(281) 555-0159]].
""")),
("international", c("""
Hi team, my partner [[p:Oliver Pemberton]] (UK NHS number [[m:485 777 3456]]) needs his {{asthma}} records sent over before the move. GP surgery: [[l:12 Mill Lane, Cambridge CB2 1RX]]. Tel [[t:01223 555 014]]. Pay the copy fee to [[a:GB52 ORYO 7893 2879 2174 21]].
""")),
("international", c("""
Mamãe ([[p:Maria das Graças Oliveira]]) está com {{hipertensão}} e tomando {{losartana}}. Endereço no Brasil: [[l:Rua Augusta, 1508, apto 42, Consolação, São Paulo - SP, 01304-001]]. Celular [[t:+55 11 98765-4321]]. Aqui nos EUA fica com meu irmão [[P:Paulo Oliveira]], [[L:30 Pond St, Framingham, MA 01702]].
""")),
("international", c("""
Nonna [[p:Giuseppina Russo]] ({{diabete}} tipo 2) lives at [[l:Via Roma 45, 90133 Palermo PA]]. Her pharmacist there is Dott. [[p:Salvatore Greco]], [[t:+39 091 611 2233]]. Bank details for her carer: [[a:IT53O8778932879217421809679]].
""")),
("international", c("""
Привет, это [[p:Наталья Смирнова]]. Папа [[p:Игорь Смирнов]] в [[l:Санкт-Петербург]], ему назначили {{бисопролол}}. Звоните [[t:+7 812 555-23-41]]. In the US his cardiologist is Dr. [[P:Feinstein]], [[L:445 E 69th St, New York, NY 10021]].
""")),

# ---------------- form ----------------
("form", c("""
NEW PATIENT INTAKE
Name: [[P:Deshawn Carter]]
DOB: [[D:04/15/1991]]
SSN: [[S:372-84-1190]]
Address: [[L:2880 Peachtree Rd NW, Unit 1402, Atlanta, GA 30305]]
Phone: [[T:(404) 555-0185]]
Email: [[E:deshawn.carter91@gmail.com]]
Emergency contact: [[P:Tonya Carter]] (mother) [[T:(404) 555-0186]]
Medical history: {{asthma}}, {{sickle cell trait}}
""")),
("form", c("""
HIPAA AUTHORIZATION
Patient name: [[P:Gloria Esposito]]   Date of birth: [[D:January 9, 1955]]
I authorize release of information to: [[P:Vincent Esposito]] (son), [[L:12 Bay Ridge Pkwy, Brooklyn, NY 11209]], [[T:347-555-0124]]
Information: {{mammogram}} results, {{oncology}} notes
Signature: ____ [[P:G. Esposito]]
""")),
("form", c("""
Direct deposit form (caregiver stipend program)
Caregiver: [[P:Reginald Thompson]]
Bank: Wells Fargo
Routing number: [[A:121000248]]
Account number: [[A:6029847731]]
Care recipient: [[P:Odessa Thompson]], member [[M:MCD-TX-55810276]], {{dementia}}
""")),
("form", c("""
Change of address form
Old: [[L:415 Elm St, Apt 2, Springfield, MO 65806]]
New: [[L:RR 1 Box 220, Nixa, MO 65714]]
Name: [[P:Marlene Goss]]  Phone: [[T:417.555.0135]]
Reason: moving in with daughter after {{hip fracture}}
""")),
("form", c("""
PAYMENT AUTHORIZATION
Cardholder: [[P:Howard Zimmerman]]
Card type: visa  Card number: [[A:4111 1111 1111 1111]]  Exp 08/29
Billing address: [[L:77 W Wacker Dr, Ste 4500, Chicago, IL 60601]]
Patient: [[P:Ruth Zimmerman]]  Service: {{physical therapy}} co-pays
""")),
("form", c("""
Medication list (filled in by daughter)
Patient: [[P:Gilberto Arroyo]]   DOB [[D:1946/02/18]]
1. {{metoprolol}} 25 mg bid
2. {{atorvastatin}} 40 mg
3. {{tamsulosin}} 0.4
4. {{vitamin D}} 2000 IU
Pharmacy: HEB [[T:(210) 555-0191]]
Filled by: [[P:Marisela Arroyo]] [[E:marisela.arroyo@yahoo.com]]
""")),
("form", c("""
Advance directive - agent designation
Principal: [[P:Frances Oduya]]
Agent: [[P:Babatunde Oduya]], [[L:3305 Wentwood Dr, Dallas TX 75225]], [[T:214-555-0106]]
Alternate agent: [[P:Kemi Adeyemi]], [[l:15 Awolowo Road, Ikoyi, Lagos 101233, Nigeria]], [[t:+234 1 555 8820]]
Wishes: no {{mechanical ventilation}}, yes {{comfort care}}
""")),
("form", c("""
School medication authorization
Student: [[P:Ava Lindqvist]]   Grade 3   DOB [[D:05-22-2017]]
Medication: {{EpiPen Jr}} 0.15 mg for {{peanut allergy}}
Parent/guardian: [[P:Erik Lindqvist]]   cell [[T:651-555-0174]]   work [[T:651-555-0100 ext. 5512]]
Physician: Dr. [[P:Yasmin Farouk]]
""")),
("form", c("""
Financial assistance application
Applicant: [[P:Kiana Rowe]]   SSN [[S:590381227]]
Household: 3   Income: $28,400
Mailing: [[L:PO Box 4410, Gulfport, MS 39502]]
Checking acct [[A:000123457780]] / routing [[A:065305436]]
Reason: {{chemotherapy}} bills
""")),
("form", c("""
Emergency info card (fridge)
Name: [[P:Walter Sanderson]] (goes by "[[P:Buddy]]")
DOB: [[D:6/9/1938]]
Conditions: {{atrial fibrillation}}, {{pacemaker}}, {{type 2 diabetes}}
Meds: {{warfarin}}, {{metformin}}
Contacts: [[P:Linda Sanderson]] [[T:(541) 555-0161]], Dr. [[P:Gupta]] [[T:(541) 555-0100]]
Poison Control {{1-800-222-1222}}
""")),

# ---------------- signature ----------------
("signature", c("""
Thanks, and let me know if he needs the {{flu shot}} before the visit.

[[P:Marianne Okafor]], BSN, RN
Care Coordinator | Northwind Home Health
[[L:1440 Commerce Dr, Suite 300, Fort Wayne, IN 46825]]
o [[T:260.555.0142]] | f [[T:260.555.0143]]
[[E:mokafor@northwindhh.com]]
""")),
("signature", c("""
Dad's {{colonoscopy}} prep instructions attached.

--
[[P:Peter Vasquez-Long]]
[[U:www.petervasquezlong.com]]
[[T:+1 (917) 555-0132]]
Sent from my iPhone
""")),
("signature", c("""
Please hold the {{metformin}} until after the CT contrast.

Regards,
Dr. [[P:Akosua Mensah]], MD, MPH
Internal Medicine, Eastside Clinic
Tel: [[T:312-555-0176 x201]]
cc: [[P:Latrice Boone]], RN; [[P:Omar Farid]], PharmD
""")),
("signature", c("""
I'll bring Mom's {{inhaler}} list tomorrow.
- [[P:Cassie]]
[[P:Cassandra J. Whitfield]] | Realtor® | [[T:1-800-SOLD-NOW]] ext. 4 | [[U:https://www.cassiewhitfieldhomes.com]]
""")),
("signature", c("""
{{hospice}} volunteer schedule for {{December}} attached.

Warmly,
[[P:Bridget Kowalski]]
Volunteer Coordinator
[[L:PO Box 812
Bozeman, MT 59771]]
[[T:(406) 555-0120]] · [[E:bkowalski@gallatinhc.org]]
""")),
("signature", c("""
Sorry for the late reply, I was at Mom's {{cardiology}} appointment.
SGT [[P:Marcus Bell]]
[[L:Unit 2050 Box 4190, APO AP 96278]]
DSN [[T:315-555-0111]] | personal [[T:(253) 555-0148]]
""")),
("signature", c("""
The {{lab requisition}} is attached for Mrs. [[P:Adair]].

Best,
[[P:Fiona Adair]] (daughter)
[[P:Fiona]] | [[T:(919) 555-0147]] | [[E:fiona.adair@duke-alumni.org]]
[[U:linkedin.com/in/fiona-adair-nc]]
""")),
("signature", c("""
{{wound care}} supplies ordered, ETA {{Monday}}.

[[P:Tomás Echeverría]]
Supply Coordinator, MedLine Home
[[T:(480) 555-0195 x 7710]] direct · [[T:(480) 555-0190]] fax
[[L:4400 E Broadway Rd, Suite B-12, Phoenix, AZ 85040]]
""")),
("signature", c("""
Call me with the {{biopsy}} results please.
[[p:Henrik Sørensen]]
[[l:Nørrebrogade 52, 2200 København N, Denmark]]
[[t:+45 35 55 12 90]] | [[e:henrik.sorensen@mail.dk]]
""")),
("signature", c("""
Confirmed - {{dialysis}} transport starts {{Monday}}.

[[P:Lorraine Fitzpatrick-Obi]], MSW, LCSW
Renal Social Worker
Dr. [[P:Hugo Alvarez]]'s office · [[T:(702) 555-0179 ext. 31]]
Mailing: [[L:CMR 480 Box 1209, APO AE 09128]] (until June; deployed spouse)
""")),
]
