# Hand-written discharge paperwork (as pasted from portals) and multi-speaker group chats.
H = [
("discharge_paperwork", """
AFTER VISIT SUMMARY
«WILLIAMSON, GLADYS M|P»   MRN: «E10293847|M»   DOB: «03/28/1941|D»
Admission: 11/24/2026   Discharge: 11/29/2026
Attending: «Priya Raman, MD|P»
Discharge Diagnosis: {Acute on chronic diastolic heart failure}; {Atrial fibrillation}
Discharge to: Home with Home Health
Address: «1209 Sycamore Ln
Lexington, KY 40502|L»
Primary Contact: «Darnell Williamson|P» (Son)  «(859) 555-0127|PH»
STOP taking: {diltiazem}
START taking: {metoprolol succinate 50 mg} daily
"""),
("discharge_paperwork", """
Copied from MyChart:
Patient: «Luis Alberto Fuentes|P»
Date of Birth: «September 4, 1950|D»
Medical Record #: «000-48-2291-7|M»
Your care team: «Kathleen O'Rourke, RN|P» | «Samuel Ahn, MD|P»
Follow-up with «Dr. Ahn|P» in 7 days. Call «(312) 555-0140|PH» to schedule.
Medications: {Eliquis 5 mg} twice a day. {Furosemide 20 mg} in the morning.
Return to ED for {shortness of breath}, {chest pain}, weight gain >3 lb in a day.
"""),
("discharge_paperwork", """
DISCHARGE INSTRUCTIONS – ORTHOPEDICS
Name: «Bexley, Savannah R.|P»      Acct#: «V00039918273|M»
Home address:  «77 Meeting St. Apt. 4
Charleston SC 29401|L»
Emergency contact: «Bexley, Charles|P» / spouse / «843.555.0166|PH»
Activity: {weight bearing as tolerated} R leg. Use {walker}.
Pain: {oxycodone 5 mg} q6h prn, {acetaminophen 1000 mg} q8h. Do not exceed {3 g} per day.
"""),
("discharge_paperwork", """
>>> pasted from the portal, not sure what half this means <<<
Patient Name: «HOANG, VAN DUC|P»
DOB: «1944-12-01|D»
PCP: «Tuyet Nguyen, NP|P»
Diagnoses: {Type 2 diabetes mellitus with hyperglycemia}, {Chronic kidney disease stage 3b}
Labs: {Hemoglobin A1c} {10.2} (H)   {Creatinine} {1.9} (H)   {eGFR} {33}
Pharmacy: {Walgreens} #07723, «2301 S Bristol St, Santa Ana, CA 92704|L»
"""),
("discharge_paperwork", """
Visit Summary — Emergency Department
«Cheyenne Two Bulls|P» | MRN «IHS-5590218|M» | «Aug 19 1962|D»
Reason for visit: Fall, {head laceration}
Procedures: {Laceration repair} 4 cm scalp, 6 {staples}
Follow up: staple removal in 7-10 days at clinic
Contact on file: «Marlon Two Bulls|P» (brother) «605-555-0174|PH»
Address: «HC 49 Box 112, Pine Ridge, SD 57770|L»
"""),
("discharge_paperwork", """
Hospice Admission Consent (copied)
Patient: «Edna Louise Carver|P»   SSN: «418 60 2297|S»
Dx: {metastatic pancreatic cancer}   Hospice RN: «Tonya Birdsong|P»
Signature of representative: «Glenn Carver|P» (husband)   Date: 11/30/2026
"""),
("discharge_paperwork", """
Discharge Medication List for «ABERNATHY, WALTER J|P» (DOB «10/10/1933|D»)
1. {Lisinopril 20 mg} tab – 1 daily
2. {Tamsulosin 0.4 mg} cap – 1 at bedtime
3. {Docusate 100 mg} – 2 daily
4. {Warfarin 3 mg} – per {INR} clinic
Questions? Call Anticoagulation Clinic «(515) 555-0101 ext. 4410|PH»
Prepared by: «M. Delgado, PharmD|P»
Patient Portal ID: «wabernathy1033|M»
"""),
("discharge_paperwork", """
SKILLED NURSING FACILITY TRANSFER FORM
Resident: «Pilar Ocampo de la Cruz|P»
Medicare #: «3QW7-CV9-RT22|M»  Medicaid #: «H44018223|M»
Responsible Party: «Ramon de la Cruz|P», son, «Ramon.delaCruz76@outlook.com|E»
Mailing: «PO Box 3391
Brownsville TX 78523-3391|L»
Diagnoses: {Alzheimer's disease}, {osteoporosis}, {hypothyroidism}
Code status: {DNR}
"""),
("discharge_paperwork", """
Your Discharge Papers (page 2 of 5)
...
Follow-Up Appointments
Mon Dec 14 10:15 AM – «Dr. Benjamin Oyelaran|P», Cardiology, {Kaiser} Permanente, «1425 S Main St, Walnut Creek CA 94596|L»
Wed Dec 16 2:00 PM – Physical Therapy, Room {B-204} (this is in the clinic building, 2nd floor)
Your Medical Record Number: «11-203-4478|M»
"""),
("discharge_paperwork", """
PATIENT: «May, Jordan A|P»    DOB: «05/05/1990|D»    SEX: F
ADDRESS: «4009 Paris Ave, New Orleans, LA 70122|L»
INSURANCE: {Medicaid} Healthy Blue  ID: «LAH00928374|M»
DISCHARGE DX: {Opioid use disorder}, {cellulitis} L forearm
MEDS: {buprenorphine-naloxone 8-2 mg} SL daily, {cephalexin 500 mg} QID x7d
Naloxone kit provided. {988} and SAMHSA {1-800-662-4357} on handout.
"""),
("discharge_paperwork", """
Summary of Care — printed 12/01/2026
Patient: «Fatima Al-Sayed|P» / «فاطمة السيد|P!»
Date of birth: «1/15/1958|D»
Interpreter: Arabic
Allergies: {Penicillin} (hives)
Problems: {Hypertension}, {Hyperlipidemia}, {Hypertriglyceridemia}
Caregiver: «Omar Al-Sayed|P» «omar.alsayed@icloud.com|E» «(734) 555-0183|PH»
"""),
("discharge_paperwork", """
Wound Care Instructions — «St. Clair, Georgia|P»
MRN «2024-771903|M»
Change {dressing} daily. Clean with {normal saline}. Apply {bacitracin}.
Home health agency: {Amedisys} will call you. If not contacted in 48h call «1-866-555-0172|PH».
"""),
("discharge_paperwork", """
Patient Instructions (from portal)
«Reuben Castillo Jr|P»  ·  MRN «RC88123|M»
You were seen for: {Community acquired pneumonia}
Take {azithromycin 250 mg} daily x 4 more days.
Recheck with «Dr. Imelda Santos|P» at Family Health Center, «3100 W. Burnside, Suite 210, Portland OR 97210|L»
"""),
("discharge_paperwork", """
DISCHARGE — Behavioral Health
Pt: «Kai Pualani Akana|P»   DOB «Jun 2 2001|D»
Safety plan contacts:
 1. Mom «Leilani Akana|P» «808.555.0112|PH»
 2. Friend «Noelani|P» «808.555.0197|PH»
 3. {988} Suicide & Crisis Lifeline
Meds: {sertraline 100 mg} daily, {hydroxyzine 25 mg} prn {anxiety}
"""),
("discharge_paperwork", """
Cut and pasted from the VA portal (My HealtheVet):
Veteran: «GUTIERREZ, ARMANDO R|P»
SSN: «529-44-1187|S»
DOB: «19470311|D»
Address: «1711 E Ajo Way Apt 207 Tucson AZ 85713|L»
Next appt: Audiology, Bldg {41}, Rm {1-210}
"""),
("discharge_paperwork", """
Hospital Discharge Summary (family copy)
Name: «Thuy-Tien Bui|P»   Chart No. «HB-4493021|M»
D.O.B.: «08.07.1952|D»
Discharged to daughter «Kim-Anh Bui Sullivan|P»
«15022 Brookhurst St., Garden Grove, Calif. 92843|L»
Dx: {Hip fracture} s/p {ORIF}. {Enoxaparin 40 mg} SC daily x 28d.
"""),
# --- group chats ---
("group_chat", """
Tia «Renee|P»: did anybody give mama her {Eliquis} this morning
me: yes 8:10 w/ breakfast
Uncle «Bo|P»: i thought «Keisha|P» did it
«Keisha|P»: nope i was at work lol
Tia «Renee|P»: ok good. «Dre|P» can u take her to the {INR} thing thurs
«Dre|P»: cant, «Jasmine|P» can
"""),
("group_chat", """
«Carlos|P»: the pharmacy changed her {metformin} to the ER one
{Abuela} «Chayo|P»: QUE
«Vero|P»: it's the same medicine abuela, just slower
«Carlos|P»: «Vero|P» can you pick it up at the {CVS} on «Tyrone Blvd|L»?
«Vero|P»: after 5
Tío «Memo|P»: yo puedo a las 3
"""),
("group_chat", """
[12/3 7:02 PM] «Savannah|P»: Dad's {BP} was {162/95} tonight 😬
[12/3 7:04 PM] «Austin|P»: did he take the {amlodipine}
[12/3 7:04 PM] «Savannah|P»: he says yes
[12/3 7:05 PM] «Austin|P»: recheck in 30 min
[12/3 7:40 PM] «Savannah|P»: {148/88}
[12/3 7:41 PM] «Georgia|P»: better. I'll call «Dr. Patel|P» tmrw
"""),
("group_chat", """
Grandpa's Care Team 💙
«Lindsey|P»: {visiting nurse} coming 10-12 tomorrow
«Brett|P»: who's gonna be there
«Lindsey|P»: me till 11 then «Marcy|P»
«Marcy|P»: i can be there at 10:45
«Brett|P»: whats the nurse's name again
«Lindsey|P»: «Olusegun|P», he's great. his cell is «614-555-0133|PH» if hes late
"""),
("group_chat", """
Mom: tell your brother to stop bringing dad the donuts his sugar was {310}
me: 😂 «Tyler|P» stop
«Tyler|P»: ONE donut
{Grandma} «Pearl|P»: he had two i saw him
Mom: {310} «Tyler|P»
"""),
("group_chat", """
«Anh|P»: {bà ngoại} fell again, she's ok. sitting in her chair
«Khoa|P»: did she hit her head??
«Anh|P»: no, her {hip} a little
«Linh Tran|P»: i'll come after work. should we call «Dr. Vo|P»?
«Khoa|P»: call the home health line «(408) 555-0119|PH» first
«Anh|P»: ok
"""),
("group_chat", """
«Marie-Claude|P»: {Grann} pa vle manje
«Fabiola|P»: she ate a little soup at noon
«Marie-Claude|P»: nurse «Widline|P» said push fluids, she's {dehydrated}
«Jean-Robert|P»: I'm bringing {Ensure} from «Nostrand Ave|L» Costco
«Fabiola|P»: «Jean-Robert|P» get the vanilla she hates chocolate
"""),
("group_chat", """
me: ok who has the login for dad's {Medicare} account
«Paris|P»: I think «Dakota|P» made it
«Dakota|P»: yeah email is «rjensen.dad1942@gmail.com|E» pw is his dog's name
me: lol ok
«Paris|P»: we should prob change that
"""),
("group_chat", """
«Joy|P»: {Lola}'s {glucose} {58} 😱 gave her juice
«Ronnie|P»: recheck in 15!!
«Joy|P»: {112} now
Tita «Baby|P»: salamat sa Diyos
«Ronnie|P»: «Joy|P» did she take the {glipizide} w/o eating again
«Joy|P»: yes 🙄
Kuya «Jun|P»: I'll ask «Dr. Reyes|P» about stopping that one
"""),
("group_chat", """
«Bethany|P» (Sister): reminder {hospice} intake at 2
«Caleb|P»: address for the nurse is the new place right? «4 Hollow Creek Ct, Franklin, TN 37064|L»
«Bethany|P» (Sister): yes not the old house on «Mack Hatcher|L»
Aunt «Dot|P»: I'll bring lunch
"""),
("group_chat", """
Family 🌻
«Tiana|P»: {Pop-pop} keeps saying his {left foot} is numb
«Derek|P»: that's the {neuropathy}
«Tiana|P»: it's new tho, worse
«April|P»: get it looked at, {diabetic foot} stuff is serious
«Derek|P»: I'll take him to podiatry Monday, «Dr. Feinberg|P»
"""),
("group_chat", """
«Ximena|P»: alguien sabe a qué hora es la cita de papá
«Rodrigo|P»: 9:30 con la doctora «Salinas|P»
«Ximena|P»: en la clínica de «Calle 8|L»?
«Rodrigo|P»: no, la nueva, «2950 SW 87th Ave Suite 101|L»
{Mamá}: no se olviden los papeles de {Medicare}
"""),
("group_chat", """
Uncle «Bo|P»: who moved my truck keys
Tia «Renee|P»: nobody bo. Listen, mama's nurse «Brandy Sikes|P» says she needs a {hospital bed}
Uncle «Bo|P»: where we puttin it
Cousin «Shay|P»: front room
Tia «Renee|P»: medicare covers it, company is calling «Bo|P»'s cell «601-555-0128|PH»
"""),
("group_chat", """
«Sam|P»: mom's PT said she did great, walked to the mailbox
«Chris|P»: 🎉🎉
«Sam|P»: she still won't use the {walker} inside
«Jordan|P»: she'll use it if {Grandpa} «Lou|P» tells her
«Chris|P»: lol true
"""),
("group_chat", """
«Priya|P»: {ammi}'s {creatinine} came back {2.4}
«Arjun|P»: up from {1.8}??
«Priya|P»: yes. «Dr. Malhotra|P» wants to stop the {ibuprofen}
{Nani}: she takes that for her knees
«Arjun|P»: we'll get {Voltaren gel} instead
"""),
("group_chat", """
[WhatsApp] Hija «Gaby|P»: Ya llegó la enfermera
[WhatsApp] Hijo «Beto|P»: cómo está la presión
[WhatsApp] Hija «Gaby|P»: {130/80} bien
[WhatsApp] Nieta «Sofi|P»: 👏👏
[WhatsApp] Hijo «Beto|P»: pregúntale por el {Lasix}
"""),
("group_chat", """
«Cam|P»: hey all, Dad's new address for mail: «Unit 2206 Box 118, DPO AE 09213|L» — he's still deployed until March
«Jess|P»: is that for grandma's care packages too
«Cam|P»: yeah, send her {Boost} and his stuff together
«Jess|P»: k
"""),
("group_chat", """
«Mimi|P»: {Hospice} nurse said days not weeks 💔
«Reed|P»: I'm driving up from «Tulsa|L» tonight
«Hunter|P»: flying from «Denver|L», land 11pm
«Mimi|P»: «Reed|P» pick up «Hunter|P» at the airport?
«Reed|P»: yes
"""),
("group_chat", """
Aunt «Mabel|P»: y'all her {oxygen} tank is on E
«Ty|P»: the {Lincare} guy comes Tuesday
Aunt «Mabel|P»: TODAY IS TUESDAY
«Ty|P»: calling them. «1-877-555-0164|PH»
"""),
("group_chat", """
Mom: «Rick|P» did you call the pharmacy
«Rick|P»: yes, {Lipitor} ready at 4
Mom: and the {eye drops}?
«Rick|P»: {latanoprost} backordered
{Sis}: I'll check {Costco} pharmacy
"""),
]
