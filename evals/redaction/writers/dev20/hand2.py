# Hand-written messages, batch 2.
HAND = [
("all_caps", """THIS IS [P|HERMAN STOLTZFUS] AGAIN. THE NEW {WATER PILL} MAKES ME GO ALL NIGHT. MY WIFE [P|ESTHER] SAYS ASK YOU. OUR PHONE [T|717 555 0148]. BORN [D|APRIL 2 1937]. {DON'T} CALL BEFORE 7 WE ARE MILKING"""),
("all_caps", """NEED REFILL {ATENOLOL} 50 AND {ASPIRIN} 81. SEND TO {KROGER} IN [L|MARION OHIO]. NAME [P|DELBERT MCCOY] DOB [D|8-22-1940] PH [T|740-555-0133]"""),
("text_thread", """[P|Jess]: hows {Papa}
[P|Mike]: {vitals} ok. they switched him to {Eliquis} from {warfarin}
[P|Jess]: finally
[P|Mike]: ur in charge of the copay lol. routing [A|@ABA@] acct [A|@ACCT@] is the joint one
[P|Jess]: ok"""),
("lower_case", """con trai ba day (thats her son) - im [P|khoa tran]. ma's {blood pressure} med is {losartan} 50 not 25, the bottle was wrong. we're at [L|2418 w 1st st, santa ana ca 92703]. call me [T|714 555 0165] or her landline [T|714-555-0110]"""),
("speaker_label", """Son [P|Khoa]: Ma says the {chest pain} is gone since lunch
Nurse [P|Brenda]: Good. Any {shortness of breath}?
Son [P|Khoa]: No. She says "không sao" lol. Her sister [P*|Trần Thị Mai] in Saigon keeps calling at 3am, [T*|+84 90 812 3374]
Nurse [P|Brenda]: Keep her on the {nitroglycerin} plan"""),
("clinician_note", """SOAP. S: [P|Reynaldo Cruz] 71 y/o M c/o {dizziness} on standing. O: {orthostatic} BP 138/80 -> 112/68. {HR} 88. A: likely {dehydration} + {tamsulosin}. P: fluids, hold {tamsulosin} 3 days, recheck. Contact wife [P|Perla] [T|(915) 555-0128]. MRN [M|E-2210394]."""),
("form", """Pharmacy Patient Profile
Last Name: [P|Okonkwo]          First: [P|Chidi]
Date of Birth: [D|July 4, 1958]
Street: [L|77 Lafayette Ave Apt 12D
Brooklyn, NY 11217]
Home Phone: [T|718-555-0140]   Work: [T|212-555-0117 ext 4410]
Insurance: {Medicaid} [M|ZK49201F]
Allergies: {latex}, {codeine}"""),
("signature", """Just wanted to say the {oxygen} delivery came.

Sgt. First Class [P|Marcus Bell]
[L|PSC 802 Box 74
APO AE 09499]
DSN [T|314-555-0122]
[E|marcus.bell.mil@us.af.mil]"""),
("international", """Care plan for my uncle, visiting from the UK for {Thanksgiving}. He has {type 1 diabetes} and uses an {insulin pump}. His GP is in [L*|Leeds]. Home address: [L*|42 Harehills Lane, Leeds LS8 5HW]. UK mobile [T*|07700 900461], landline [T*|+44 113 496 0532]. Name: [P*|Colin Ashworth]."""),
("run_on", """hi it's [P|terri] [P|lane] again sorry for so many messages but {mom} — sorry, [P|Loretta], the nurse said use her name — anyway she won't take the {Seroquel} at night she spits it out and then she's up wandering and yesterday she got out the door and a neighbor found her at the corner of [L|Elm and 3rd] and brought her home, we're at [L|301 E 3rd St, Owensboro, KY 42303], i need help please call [T|270.555.0134]"""),
("voicemail", """VOICEMAIL (auto-transcribed, may contain errors)
From: {CVS Pharmacy} #4471
"...for [P|Marisol Vega], that's [P|V-E-G-A], birth date [D|two twelve nineteen seventy], your {Jardiance} is ready for pickup at [L|1200 S Congress Ave, Austin, TX 78704]. If you have questions call [T|512-555-0157]..." """),
("email_forward", """FW: Billing statement
From: [P|Angela Morrissey] [mailto:[E|amorrissey@stjoesbilling.org]]
Sent: Thursday
To: [P|Patrick Shea]

Mr. [P|Shea], your balance for the {cardiac catheterization} is $812.40. Account [A|@ACCT@]. Payment may be made by phone [T|(315) 555-0192] option 2."""),
("insurance_form", """CLAIM FORM / PATIENT SECTION
1. Patient's name (Last, First, MI): [P|Nakamura, Rei K]
2. Patient's birth date: [D|06 | 14 | 1972]
3. Patient's address: [L|1450 Kapiolani Blvd #1904, Honolulu, HI 96814]
4. Telephone: [T|(808) 555-0173]
5. Insured's ID: [M|HMS448820193]
6. Insured's SSN (optional): [S|570-44-2981]
Condition: {hypothyroidism}, on {levothyroxine}"""),
("discharge_paperwork", """You were seen for: {cellulitis} of the {right lower leg}
Patient: [P|Darnell Washington]   DOB [D|10/02/1966]
Take {cephalexin} 500 mg four times daily for 7 days.
Keep leg elevated. Outline the redness with a pen.
Home health referral sent to address on file: [L|1821 Forest Hill Ave, Richmond, VA 23225].
Questions: [T|804-555-0112]"""),
("typos", """hi is [P|glorai] no [P|gloria]. my husbnd [P|fred] had {stroke} last yr and now he wont eat, hes on the {thickener} for his drinks. we ar at [L|13 sunset dr lake city fl 32025]. my phnoe [T|386.555.0177]. thnak u"""),
("list", """Grocery/med run for Grandma [P|June]:
- {Ensure} (vanilla)
- {Preparation H}
- her {Synthroid} from {Walmart} pharmacy on [L|Grant Ave]
- call Aunt [P|Lil] at [T|(402) 555-0153] about {Easter}"""),
("general_text", """To whom it may concern, please change the phone number for [P|Jerome Pickett] to [T|(601) 555-0115] and the email to [E|jpickett.4life@gmail.com]. He no longer uses the old [T|601-555-0188]. Thank you, his sister [P|Annette]"""),
("clinician_note", """OT eval: Pt [P|Eleanor Voss], DOB [D|1/5/1932], lives alone in 2-story home, [L|88 Hemlock Rd, Keene, NH 03431]. {Macular degeneration} both eyes. Needs {grab bars} and {shower chair}. Niece [P|Willa Voss] [T|603-555-0147] visits weekly."""),
("speaker_label", """Grandpa [P|Ed]: WHERE IS MY {HEARING AID}
[P|Becca]: it's in the kitchen grandpa
Grandpa [P|Ed]: OK. TELL DR [P|HILL] I WANT TO STOP THE {METOPROLOL}
[P|Becca]: we'll ask on {Monday}"""),
("lower_case", """my name is [P|reed]. yes like the plant lol. i'm the {caregiver} for my partner [P|sam young] who has {ALS}. we need the {feeding tube} supplies sent to [L|po box 91, marfa tx 79843]. [T|432-555-0102]"""),
("international", """Contacto de emergencia para mi mamá: mi hermana [P*|Beatriz Sánchez Molina], [L*|Calle de Alcalá 215, 3º B, 28028 Madrid], móvil [T*|+34 612 44 81 09]. Mamá toma {sintrom} (acenocumarol) y necesita control de {INR}."""),
("all_caps", """[P|DORIS] HERE. {BLOOD SUGAR} 58 THIS AM ATE A {GLUCOSE TAB}. NOW 110. MY SON [P|BRYCE] NUMBER [T|1-319-555-0169]. ADDRESS [L|RR 3 BOX 88A, INDEPENDENCE IA 50644]"""),
("form", """New Patient Registration
Full legal name: [P|María José Fernández-Ibarra]
Goes by: [P|Majo]
DOB (MM/DD/YYYY): [D|05/27/1994]
SSN: [S|601228814]
Address: [L|2240 N 32nd St, Phoenix, AZ 85008]
Cell: [T|602.555.0151]  Email: [E|majo.fdz94@hotmail.com]
Reason: {anxiety}, {insomnia}"""),
("text_thread", """[P|Dan]: visiting hrs over. going home
[P|Shelby]: did they start the {heparin drip}
[P|Dan]: yes. also [P|Rob Young] from church wants updates, his cell [T|(317) 555-0163]
[P|Shelby]: k i'll add him. {Don't} forget {Mom's} glasses"""),
("signature", """Re: {wound vac} supply order
Two boxes of {foam dressing} please, medium.

Thanks,
[P|Teresa "Tess" Amundsen], BSN, CWOCN
Wound Care | Lakeview Home Health
[T|920.555.0144 x 118] | Fax [T|920.555.0145]"""),
("run_on", """dad ([P|Bernard]) says he feels fine but hes been sleeping like 16 hours a day and not eating much and his {ankles} are huge and he's on the {Lasix 40} but only takes it when he feels like it and my brother [P|Lance] lives near him at [L|604 Magnolia Blvd, Hattiesburg MS 39401] but works nights so i'm the one calling from [L|Atlanta], my cell is [T|(404) 555-0186]"""),
("clinician_note", """Telehealth note: [P|Yusuf Al-Amin], 56, {hypertriglyceridemia} (TG 812), on {fenofibrate}. Counseled on {alcohol} cessation. Wife [P|Samira] translating. Pt prefers contact at [T|(313) 555-0159]. Home [L|7420 Schaefer Rd, Dearborn, MI 48126]."""),
("voicemail", """Transcript: "Good afternoon, this is [P|Nikhil] from Dr. [P|Brandt]'s office calling for Ms. [P|Whitlock]. Your {thyroid ultrasound} is {Tuesday} at 10. Please call [T|(206) 555-0190, extension 22] to confirm. Have a good one." """),
("general_text", """I'd like to set up autopay for my mom's account. Bank routing number [A|@ABA@], checking account number [A|@ACCT@]. Account holder [P|Cecilia Amato]. Her billing ZIP is [L|10314]."""),
("email_forward", """-----Original Message-----
From: Rev. Dr. [P|Howard Fleming] <[E|hfleming@gracechapelmn.org]>
Subject: prayer list + visits

Brother [P|Amos Reed] is home from the hospital ({pneumonia}). Visitors welcome at [L|512 2nd Ave NE, Willmar, MN 56201]. He's still on {oxygen} 2L. Call Sister [P|Ruth] first at [T|320-555-0179]."""),
("insurance_form", """APPEAL OF DENIED CLAIM
Member: [P|Takahashi, Ken]     Member #: [M|YHD7720013-01]
Date of birth: [D|12/12/1961]
Denied service: {sleep study} ({obstructive sleep apnea})
Submitted by: [P|Dana Kirkland], billing office, [T|(503) 555-0114 ext 301]"""),
("discharge_paperwork", """HOME CARE INSTRUCTIONS AFTER {CATARACT SURGERY}
Name: [P|Lillian Faircloth]   MR#: [M|LF-3398211]
Use {prednisolone} eye drops 4x/day and {moxifloxacin} 3x/day.
No bending or lifting over 10 lbs for one week.
Your ride: [P|Harvey Faircloth], [T|(252) 555-0126]"""),
("typos", """[P|jimmy] heer. my {mama} [P|Roberta], she fell outta bed, no {bleeding}, shes on {blood thinner} tho {Eliquis}. we at [L|115 Pecan St Apt 6 Tallulah La 71282]. call [T|3185550194] plz"""),
("lower_case", """yeah this is [P|grant]'s wife, [P|holly]. he had the {colonoscopy} and they found 2 {polyps}. results go to [E|hollyandgrant@gmail.com] please. dob [D|11/8/71]"""),
("list", """Meds we brought from home for [P|Ignatius Kowalski]:
• {warfarin} 5 mg (Mon, Wed, Fri) / 2.5 mg other days
• {digoxin} 0.125
• {Flomax}
• {vitamin B12}
Pharmacy: {Costco} [L|Kirkland WA], Rx line [T|425.555.0108]"""),
("speaker_label", """{Abuela}: ¿Me van a dar el {jarabe} para la {tos}?
[P|Nico]: yes grandma, I mean sí, {Robitussin}, the sugar free one
[P|Nico] (typing for her): her {diabetes} doctor is Dr. [P|Sandoval] at [T|(559) 555-0124]"""),
("international", """Dad's pension is paid into his French account and we need to set up payments to the clinic. Name: [P*|Jean-Pierre Lefèvre], IBAN [A*|@IBAN:FR@], address [L*|17 rue des Tanneurs, 69002 Lyon]. Phone in France [T*|+33 4 78 42 19 66]. He has {Parkinson's}."""),
("run_on", """long story short [P|Frankie] my cousin took {Nana} to the {ER} because she couldn't catch her breath and they said {COPD} exacerbation plus maybe {pneumonia} and she's on {prednisone} and {antibiotics} now and they might keep her till {Sunday}, she lives with us at [L|2290 Ridgeview Ct, Colorado Springs, CO 80918], my cell [T|719-555-0138] and my wife [P|Crystal]'s [T|719-555-0119]"""),
("general_text", """Hi, I'm trying to pay the {copay} online and it keeps saying card declined. I typed [A|@BADCARD@] then tried my husband's [A|@MC@]. Name on acct [P|Veronica Delgado]. My phone [T|(786) 555-0135]."""),
("clinician_note", """PT home visit #4: [P|Rose Marie Tully], s/p {ORIF} right {ankle}. {Weight bearing as tolerated}. Stairs x12 w/ rail, min assist. Reviewed {fall prevention}. Daughter-in-law [P|Kim Tully] present. Next visit {Thursday} at [L|37 Birch St, Apt 2, Burlington, VT 05401]."""),
("form", """VETERAN INFORMATION
Name: [P|REYES, ANTONIO M JR]
Service #/SSN: [S|523 81 0097]
Mailing: [L|CMR 467 Box 2205
APO AE 09096]
Phone: [T|+1 719 555 0188]
Conditions: {PTSD}, {tinnitus}, {lumbar radiculopathy}"""),
("text_thread", """[P|Rachel]: nurse says {sodium} is 128
[P|Rachel]: they're doing {fluid restriction}
[P|Ben]: isn't that what happened in {March}
[P|Rachel]: yes. call Dr. [P|Ahmadi]'s cell if it drops, [T|617 555 0195]
[P|Ben]: 👍"""),
("voicemail", """Voicemail - [T|(602) 555-0100 x7] - "This is [P|Mandy] with the billing department. We received the card ending in... actually I'll need you to call back to confirm it, the number we have is [A|@VISAD@]. Thanks." """),
("email_forward", """Fwd: Fwd: from Aunt [P|Mei]
> 我妈妈 [P*|李秀兰] 的地址是 [L*|上海市徐汇区漕溪北路88号] 电话 [T*|+86 21 6438 2210]
Translation: my mom [P*|Li Xiulan]'s address in Shanghai; she takes {amlodipine} for {hypertension}. - [P|Wendy Li]"""),
("insurance_form", """Medicare Part D enrollment
Beneficiary name: [P|Hollis Reed Young]
Medicare Number: [M|1EG4-TE5-MK73]
Birth date: [D|03/03/1953]
Permanent address: [L|4110 Old Hwy 51 N, Hernando, MS 38632]
Phone: [T|(662) 555-0107]
Current drugs: {glipizide}, {simvastatin}, {tamsulosin}"""),
("discharge_paperwork", """Patient: [P|Okafor, Ngozi A]     MRN [M|3301-88-27]
DOB [D|04/09/1980]
Procedure: {laparoscopic cholecystectomy}
Pain: {acetaminophen} 1 g q6h, {oxycodone} 5 mg q4h prn (max 5 days)
Emergency contact: husband [P|Emeka], [T|+1 (281) 555-0146]"""),
("typos", """hay is [P|Dwight] at [L|214 Church st Mt Olive NC]? hes my uncel, his {pacemaker} clinic keeps callin my # [T|919-555-0l21] instead of his. hes dob [D|6/6/45]"""),
]
