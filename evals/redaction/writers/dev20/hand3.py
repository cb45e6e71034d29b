# Hand-written messages, batch 3.
HAND = [
("international", """Hi, I'm [P|Ji-woo]. My grandmother [P*|박순자] lives in [L*|서울특별시 마포구 월드컵북로 396], her number is [T*|+82 2-3153-7740]. She's on {donepezil} for {dementia}. My uncle [P*|Park Sung-min] handles her care there: [T*|010-4412-8873]."""),
("international", """Tayta (grandma) [P*|فاطمة الزهراني] will stay with us in [L|Dearborn] for 3 months. Her home in Saudi: [L*|7421 King Abdulaziz Rd, Al Olaya, Riyadh 12213]. Saudi mobile [T*|+966 55 318 2407]. She takes {metformin} and {insulin glargine}."""),
("international", """For the interpreter: patient's son in Moscow is [P*|Дмитрий Волков], [T*|+7 916 204-55-18], [E*|d.volkov77@mail.ru]. Patient [P|Olga Volkova] has {atrial fibrillation}, on {Xarelto}."""),
("international", """Our tenant in London wants to pay Dad's home aide directly. Her details: [P*|Siobhan O'Rourke], [L*|Flat 3, 18 Mildmay Grove North, London N1 4RL], IBAN [A*|@IBAN:GB@], tel [T*|020 7946 0318]. Dad's {physio} is still 3x a week."""),
("international", """Mi tío [P*|Raimundo Alves] de Brasil vem visitar. Endereço dele: [L*|Rua das Palmeiras, 482, apto 31, Botafogo, Rio de Janeiro - RJ, 22270-070]. Celular [T*|+55 21 98765-1204]. Ele tem {hipertensão} e toma {losartana}."""),
("international", """Pharmacist note for travelling patient: [P*|Ananya Iyer], home [L*|B-204, Sai Krupa Apartments, Andheri East, Mumbai 400069], mobile [T*|+91 98201 44532]. Carrying 3 months of {levothyroxine} and {sertraline}. US host: [P|Meera Shah] [T|(408) 555-0147]."""),
("international", """Mama's cousin in Mexico called: [P*|Rosalinda Treviño] at [T*|+52 81 8345 2290], lives in [L*|Av. Constitución 1450, Centro, 64000 Monterrey, N.L.]. She wants to send {Tafil} which we said NO, she's on {Ativan} already."""),
("international", """Payment to our mother's care home in the Netherlands: [P*|Hendrika de Vries], Verpleeghuis De Linde, [L*|Stationsweg 41, 3811 MA Amersfoort]. IBAN [A*|@IBANLC:NL@]. Phone [T*|+31 33 461 2290]. Mum has {vascular dementia}."""),
("international", """Tokyo contact: my brother [P*|Hiroshi Tanaka] / [P*|田中 浩], [L*|〒150-0002 東京都渋谷区渋谷3-12-8], [T*|090-3321-4456]. Dad's {blood thinner} ({warfarin}) must not be mixed with {natto}!"""),
("international", """Kalimera, I am [P*|Eleni Papadopoulou], daughter of [P|Nikos] who lives with my brother in [L|Astoria, NY]. In Greece I am at [L*|Οδός Ερμού 22, 105 63 Αθήνα], [T*|+30 210 323 4418]. Baba has {COPD} and uses {Spiriva}."""),
("international", """Auntie [P*|Grace Adeyemi] (Lagos) needs the {HbA1c} result emailed: [E*|grace.adeyemi@yahoo.co.uk]. Her address: [L*|14 Adeola Odeku Street, Victoria Island, Lagos 101241]. Phone [T*|+234 803 442 1907]."""),
("international", """For our cousin [P*|Wojciech Nowak] in Kraków, who is paying part of Dad's {hospice} bill: [L*|ul. Długa 17/4, 31-147 Kraków], [T*|+48 601 224 389], konto [A*|@IBAN:PL@]."""),
("international", """Mom's friend [P*|Ayşe Demir] in Istanbul sends herbs for her {arthritis}. Please check if {turmeric} is ok with {Eliquis}. Her address [L*|Bağdat Cad. No: 214 D: 6, 34728 Kadıköy/İstanbul], tel [T*|+90 532 418 77 02]."""),
("international", """Oncology travel letter for [P*|Marco Bianchi], born [D*|14.02.1957], resident at [L*|Via Garibaldi 23, 10122 Torino TO], mobile [T*|+39 333 482 1177]. On {capecitabine} for {colon cancer}."""),
("all_caps", """MY NAME IS [P|EARL T HUTCHINS] IM 88 I TYPE WITH ONE FINGER SO BEAR WITH ME. MY {HEART DOCTOR} IS [P|PATEL] AT {BAPTIST HEALTH}. MY {PACEMAKER} IS BEEPING. PHONE [T|(501) 555-0122]. [L|1607 W 7TH ST LITTLE ROCK AR 72202]"""),
("all_caps", """FOR NURSE [P|KAREN]: [P|LEON]'S {OXYGEN} SAT 86 ON 2 LITERS. HE IS BLUE ON THE LIPS. CALLED {911}. WIFE [P|OPAL] CELL [T|870 555 0165]"""),
("all_caps", """CHANGE OF ADDRESS. OLD [L|RR 5 BOX 1290 PARIS TN 38242]. NEW [L|PO BOX 77 HENRY TN 38231]. [P|VIRGIL AND FAYE DODSON]. {MEDICARE} NUMBERS [M|3WK7-HE2-PQ48] AND [M|5TR1-AC8-KJ03]."""),
("lower_case", """sorry for the late msg, [P|mateo] here, abuela's {sugar} was 61 at 2am, gave her juice. {tia} [P|rosa]'s number if you cant reach me [T|(956)555-0108]"""),
("lower_case", """we moved! new address is [L|5 birch ln, apt 2, bangor me 04401] — please tell the {visiting nurse} (i think her name is [P|robin]?). my email [E|pcarrier207@gmail.com] - [P|paula carrier]"""),
("lower_case", """dr [P|brook] is tapering my {prednisone} down to 10 today. i feel jittery. i'm [P|lane mitchell], [D|dob 2/29/1988], cell [T|+1 208 555 0151]"""),
("lower_case", """hey it's [P|grace]. dad's {parkinsons} nurse is [P|joy] and she said to message here. dad [P|amos young] lives in [L|burlington] but he's staying at my place [L|14 hill st, winooski vt 05404] this week"""),
("speaker_label", """Husband [P|Gene]: She's asking for the pain pill again
Hospice nurse [P|Lucille]: the {morphine} is ok every 2 hours if she needs it
Husband [P|Gene]: ok
Daughter [P|Patricia Gene Walker]: I'm driving in from [L|Joplin], ETA 9pm"""),
("speaker_label", """[P|LAKEISHA]: ma's {dialysis} got moved to 7
[P|DARNELL]: who's driving
[P|LAKEISHA]: me. her {fistula} is itchy tho
[P|DARNELL]: ask nurse [P|Reid]. [P|reid]'s number [T|(901) 555-0177]"""),
("speaker_label", """Patient ([P|Walt]): I don't want the {Foley} anymore
Daughter ([P|Maribeth]): Dad they said 2 more days
Patient ([P|Walt]): Then call [P|Hank] to come get me. [T|(406) 555-0119]"""),
("run_on", """so this is [P|Bridget] again and I know you said to keep it short but mom ([P|Colleen Murphy], [D|6/19/1946]) had a bad night with the {Alzheimer's} sundowning and she kept asking for my dad who passed in {April} and she tried to call his old number [T|(508) 555-0142] which is my brother [P|Kevin]'s now, so can the {geriatric psychiatrist} call me, I'm at [T|508-555-0198]"""),
("run_on", """okay update my daughter [P|Willow] is 14 and has {type 1 diabetes} and her {Dexcom} keeps falling off at volleyball and the school nurse Mrs. [P|Baer] no i mean nurse [P|Patty Baer] wants a letter saying she can carry {glucagon} and {glucose tabs} so could someone send it to [E|jen.hollister@comcast.net] we're at [L|88 Summit Ave, Apt 1, St Paul, MN 55102]"""),
("signature", """Please add the {shingles vaccine} to his record, we got it at {Walgreens}.

Best,
[P|Reed Hamilton]
Son & POA for [P|Loren Hamilton]
m. [T|+1-704-555-0114]
[U|https://www.linkedin.com/in/reed-hamilton-cpa]"""),
("signature", """I'll bring the {pill organizer} on {Saturday}.
-- 
[P|Carmen Ruiz-Delgado] | Spanish/English {medical interpreter}
[U|carmenruizinterpreting.com] | [T|(305) 555-0137]
[L|9100 SW 72nd St, Suite 210, Miami, FL 33173]"""),
("signature", """sent from my iPhone
[P|Big Mike] ([P|Michael Okoro]) - [T|214.555.0185]"""),
("form", """GUARDIAN CONSENT FORM
Child: [P|Amara Jefferson]   DOB: [D|September 9, 2014]
Foster parent: [P|Delia Franks]
Address: [L|3901 Cottage Grove Rd
Apt 1A
Madison, WI 53716]
Phone: [T|608 555 0116]
Medicaid ID: [M|6649102283]
Consent for: {flu shot}, {MMR} catch-up"""),
("form", """Release of Information
Patient: [P|Sorenson, Kirsten A.]
SSN last 4 only please. (Full: [S|401-92-7718] - whoops)
DOB: [D|08.30.1975]
Records to: Dr. [P|Jason Albright]'s office, fax [T|(651) 555-0196]
Records: {mammogram}, {biopsy} report"""),
("clinician_note", """Home health aide note: Mr. [P|Lucius Grant] declined shower today. {Skin} intact. {Bowel movement} x1. Ate 50% lunch. Son [P|Terrence] called at [T|(404) 555-0188] re: {Ensure} supply. Client at [L|980 Ralph David Abernathy Blvd SW, Atlanta, GA 30310]."""),
("clinician_note", """Wound care visit: {diabetic foot ulcer} {left heel}, 2.0 x 1.5 cm, no {tunneling}. {Silver alginate} applied. Pt [P|Herschel Banks] asked that notes also go to daughter [E|tbanks.rn@gmail.com]. Next: {Monday}. MRN [M|WC-008841]."""),
("clinician_note", """Pharm.D. med reconciliation for [P|Frances Oyelaran], DOB [D|10/10/1950]: duplicate {statin} ({atorvastatin} + {rosuvastatin}) identified. Called {Publix} pharmacy [T|(863) 555-0123] and pt's son [P|Tunde] ([T|863-555-0175]). {Rosuvastatin} discontinued."""),
("general_text", """Hi — I'm the new {property manager} for [L|Oak Hollow Apartments, 4401 Grant Rd, Tucson, AZ 85712]. Your patient Mr. [P|Felix Romero] in unit 114 asked me to pass along that he needs a {ramp}. My office line [T|520-555-0181 x101]."""),
("general_text", """Scholarship form question (not medical): my son [P|Dakota Whitehorse] was born [D|1/23/2007], SSN [S|648-20-1193]. Our address is [L|Hwy 64 Box 412, Crownpoint, NM 87313]. The {Indian Health Service} clinic said to ask you."""),
("general_text", """Selling Dad's {wheelchair} and {hospital bed} since he passed. If any families need them please have them text [P|Rhonda] at [T|(417)555-0143]. Free pickup at [L|Nixa, MO]."""),
("text_thread", """[P|Summer]: ok im outside {Methodist}
[P|Summer]: which entrance
[P|Kyle]: ER entrance. {Gram}'s in bay 6
[P|Summer]: omw. is she still on the {nitro}
[P|Kyle]: yeah. Doc [P|Hastings] said {troponin} is up"""),
("text_thread", """{Mom}: who is Dr. [P|Young]
Me: your new {endocrinologist}!!
{Mom}: oh. she's so young lol
Me: her office [T|(919) 555-0156]. appt is {Friday} 2:40"""),
("voicemail", """Voicemail (Google transcription): "hey [P|Marcy] it's [P|Doug], uh, dad's {blood pressure} cuff is reading error again, I'm at his place at [L|four eleven Willow Street in Bend], call me back at [T|five four one, five five five, zero one eight nine]." """),
("voicemail", """"Hello, this message is for the family of [P|Antoinette LaRue]. This is {Ochsner} home infusion. We'll deliver the {vancomycin} tomorrow between 8 and noon at [L|3125 Napoleon Ave, New Orleans, LA 70125]. Please call us at [T|504-555-0168] if that doesn't work."""),
("email_forward", """---- Forwarded ----
From: Coach [P|Deb Fairchild] <[E|dfairchild@lincolnhs.k12.ne.us]>
To: [P|Holly Nguyen]
[P|Holly], [P|Trinh] told me about her {concussion}. She can't return to practice until her {doctor} signs the form. My cell: [T|(402) 555-0124]."""),
("email_forward", """Forwarded from my phone:
"[P|Darla], {insulin} prices: {Humalog} KwikPen $35 at {Costco}. Tell [P|Bud] not to ration. Love, Aunt [P|Verna]"
Bud's address for shipping is [L|PO Box 1107, Cody, WY 82414]."""),
("insurance_form", """COORDINATION OF BENEFITS QUESTIONNAIRE
Patient: [P|Elise Marchetti]   DOB [D|2/2/1990]
Spouse/Subscriber: [P|Dominic Marchetti]   SSN [S|155-48-2261]
Employer plan ID: [M|BCX-442019-88]
Home: [L|52 Ridgewood Dr, Cranston, RI 02920]
Accident related? No. Condition: {migraine}, on {sumatriptan}"""),
("insurance_form", """Dental claim (yes I know, not medical, sorry)
Insured: [P|Tobias Kirk]    ID: [M|DD-7710982]
Patient: [P|Sadie Kirk] (daughter)  Birthdate: [D|Aug 30 2011]
Billing address: [L|2217 Bell Ave, Apt 4, Amarillo TX 79106]
Pay to: routing [A|@ABA@], acct [A|@ACCT@]"""),
("discharge_paperwork", """Your child: [P|Mason Reed Thibodeaux]   DOB: [D|03/15/2019]   MRN: [M|P77-12093]
Diagnosis: {croup}. Given {dexamethasone} in ED.
Use a cool-mist humidifier. Return for {stridor} at rest.
Pediatrician: Dr. [P|Landry] - [T|(337) 555-0191]"""),
("discharge_paperwork", """Discharge - Behavioral Health
Patient: [P|Caleb Ferris]  MRN [M|BH-220431]
Dx: {major depressive disorder}, {opioid use disorder}
Meds: {buprenorphine-naloxone} 8-2 mg daily, {sertraline} 100 mg
Crisis: call or text {988}. Sponsor [P|Will Tanaka] [T|(614) 555-0131]."""),
("typos", """[P|sherri] hear, my granfather [P|Lyle] is havin {chest pian}, took 1 {nitro}. we r at [L|2 mi past the grain elevator on county rd 9, Selby SD]. his # [T|605 555 0147]"""),
("typos", """i am Mrs [P|Gonzales] oops i mean its [P|Irma Gonzales] my grandson set this up. my {cataract} apointment is when? my number [T|(210)555.0129]"""),
("list", """Who to call (on the fridge):
[P|Vinnie] - [T|201.555.0110]
[P|Ro] - [T|201-555-0192 ext 5]
Dr. [P|Kaplan] - [T|(201) 555-0166]
{Poison Control} - {1-800-222-1222}
{Suicide & Crisis Lifeline} - {988}"""),
("list", """Ladies from the {Tuesday} quilting group who offered rides to [P|Bea]'s {chemo}:
[P|Pearl Young], [P|Iris Hill], [P|Dot Summers] and [P|Faye]
[P|Pearl]'s cell [T|+1 (434) 555 0188]"""),
]
