# Own templates for dev16. Slots <<X>> are filled by build.py; [..] and {..} are markup (see markup.py).
# Each entry: (style, ctx) -> list of templates; ctx "US", "INTL" or "ANY".
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "sertraline", "oxycodone", "amlodipine",
         "atorvastatin", "furosemide", "carvedilol", "insulin glargine", "Humalog", "Jardiance", "Farxiga", "Entresto",
         "spironolactone", "digoxin", "donepezil", "memantine", "levothyroxine", "gabapentin", "prednisone", "tamsulosin",
         "omeprazole", "Xarelto", "Plavix", "hydrochlorothiazide", "losartan", "metoprolol succinate", "albuterol", "Symbicort",
         "Trelegy", "sevelamer", "calcitriol", "Renvela", "tamoxifen", "letrozole", "Keytruda", "ondansetron", "dexamethasone",
         "morphine", "lorazepam", "quetiapine", "Seroquel", "trazodone", "buprenorphine", "Narcan", "Ozempic", "Trulicity",
         "glipizide", "potassium chloride", "magnesium oxide", "vitamin B12", "fish oil", "St. John's wort", "turmeric", "CoQ10",
         "ferrous sulfate", "Miralax", "senna", "Tylenol", "acetaminophen", "aspirin 81", "Ramipril", "bisoprolol", "pantoprazole",
         "paracetamol", "Marcumar", "Doliprane", "allopurinol", "colchicine", "Aricept", "Namenda", "Sinemet", "rivastigmine patch"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's", "dementia",
         "congestive heart failure", "type 2 diabetes", "chronic kidney disease", "CKD stage 3b", "end-stage renal disease",
         "breast cancer", "prostate cancer", "lung cancer", "multiple myeloma", "neuropathy", "hypertension", "hypothyroidism",
         "sleep apnea", "gout", "cellulitis", "UTI", "pneumonia", "sundowning", "macular degeneration", "osteoporosis", "stroke",
         "TIA", "anemia", "lymphedema", "Lewy body dementia", "heart failure", "diabetic foot ulcer", "colon cancer", "shingles"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "eGFR", "creatinine", "BUN", "potassium level", "BNP", "troponin", "lipid panel", "TSH",
        "CBC", "PSA", "CA-125", "urinalysis", "fasting glucose", "ferritin", "blood sugar", "oxygen saturation"]
BODY = ["left knee", "right hip", "ankles", "lower back", "kidneys", "liver", "bladder", "heel", "shoulder", "chest", "colon",
        "toes", "wrist", "feet", "lungs", "gums"]
TYPOS = ["metforman", "lisinipril", "Elequis", "warfrin", "amlodapine", "gabapenten", "lazix", "prednizone", "insolin",
         "oxycodon", "tramadal", "Tylanol", "synthriod", "potasium", "amoxicilin", "hydroclorothiazide", "insulen",
         "inhailer", "zanax", "ativan pils", "lipator", "furosamide", "metaprolol", "plavics"]
TYPOS_C = ["diabetis", "dimentia", "alzhimers", "parkinsins", "blood presure", "numonia", "colestrol", "arthritus",
           "nuropathy", "siezure", "asma", "demensia", "anxeity", "depresion", "kidny disease", "afib", "sciatica pain",
           "emfazema", "hart failure", "gout flair"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Oma", "Opa", "Abuela", "Abuelo", "Mum", "Auntie", "Uncle",
        "Nonna", "Babcia", "Tía", "Vovó", "Pop", "Granny", "Mommy", "Daddy", "Aunt", "Big Mama", "Meemaw", "Pawpaw"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
PHARMS = ["CVS", "Walgreens", "Walmart Pharmacy", "Rite Aid", "Kroger Pharmacy", "Optum Rx", "Express Scripts", "Costco Pharmacy"]
INSURERS = ["Medicaid", "Medicare", "Humana", "Kaiser", "Aetna", "UnitedHealthcare", "Blue Cross", "Cigna", "Tricare"]
HOSPITALS = ["Cleveland Clinic", "Mayo Clinic", "Johns Hopkins", "Mass General", "Cedars-Sinai", "Duke Health", "the VA"]
KEEP_LINES = ["{I'm} off work until {%s}.", "{We'll} know more in {%s}.", "{Don't} forget the refill is due in {%s}.",
              "{She'd} like an update before {%s}.", "{It's} been rough since {%s}.", "{Y'all} are the best, see you in {%s}.",
              "{Can't} believe it's almost {%s}.", "{He's} been better since {%s}."]
ORGS = ["CVS", "Walgreens", "Walmart Pharmacy", "Cleveland Clinic", "Mayo Clinic", "Medicaid", "Medicare", "Humana",
        "Kaiser", "Aetna", "UnitedHealthcare", "Rite Aid", "Kroger Pharmacy", "Blue Cross", "Social Security", "the VA",
        "Meals on Wheels", "DaVita", "Fresenius", "Quest Diagnostics", "LabCorp", "Cigna", "Optum Rx", "Express Scripts",
        "Johns Hopkins", "Mass General", "AARP"]
INTL_ORGS = ["NHS", "Boots", "AOK", "Techniker Krankenkasse", "Ameli", "IMSS", "SUS", "Charité", "Apotheke", "Doctolib",
             "Farmacia San Pablo", "Drogasil", "ASL", "NFZ", "Mediq"]
HELP = ["988", "1-800-222-1222", "911", "211", "1-800-MEDICARE", "1-800-272-3900"]
CONTR = ["I'm", "We'll", "She'd", "Don't", "He's", "Can't", "It's", "They're", "Wasn't", "I've", "Y'all", "Won't"]

T = {}
def add(style, ctx, *tpls):
    T.setdefault(style, []).extend((ctx, t) for t in tpls)

add("lower_case", "ANY",
    "<<P>> here, <<REL>> needs <<DRUG>> refilled by <<DAY>>, the bottle says 2 left. text me <<PH>>",
    "{can't} find <<REL>>'s <<DRUG>>. <<PF>> was the last one there. shes at <<L>> if someone can look",
    "just dropped off the <<DRUG>> at <<L>>. <<PF>> signed for it. <<LAB>> draw is <<DAY>> morning",
    "hey its <<PF>>, my new email is <<E>>, send the <<COND>> paperwork there not the old one",
    "<<REL>> fell again, <<BODY>> scraped up. we're at <<L>>. call <<PF>> at <<PH>> or me",
    "dob for <<P>> is <<DOB>>, mrn <<MRN>>. nurse asked on the phone for the <<LAB>> results",
    "<<P1>> and <<P2>> both said they can sit with <<REL>> <<DAY>>. she's had a rough week with the <<COND>>",
    "reminder: <<P>> <<DRUG>> at 8, <<DRUG2>> at noon. pharmacy number <<PH>>",
)
add("all_caps", "ANY",
    "<<REL>> IS OUT OF <<DRUG>>. CALL <<P>> AT <<PH>> ASAP",
    "ADDRESS FOR THE NURSE: <<L>>. ASK FOR <<PF>>. <<COND>> FOLLOW UP",
    "<<P>> DOB <<DOB>> -- <<COND>>, ON <<DRUG>> AND <<DRUG2>>",
    "{DON'T} SEND IT TO THE OLD HOUSE. NEW ONE IS <<L>>. <<REL>> NEEDS HER <<DRUG>>",
    "<<PLF>> MRN <<MRN>> <<LAB>> DUE <<DAY>>",
    "THIS IS <<P>>. {I'M} THE NEIGHBOR. <<REL>>'S <<BODY>> IS SWOLLEN. MY PHONE <<PH>>",
    "EMAIL THE <<LAB>> TO <<E>> PLEASE -- <<P>>",
)
add("speaker_label", "ANY",
    "<<P1>>: did <<REL>> take the <<DRUG>>?\n<<P2>>: yes after breakfast\n<<P1>>: ok, {I'll} check the <<LAB>> later",
    "<<PF>>: <<REL>> says her <<BODY>> hurts again\n{Nurse} <<PL>>: any fever?\n<<PF>>: no. she's on <<DRUG>> for the <<COND>>",
    "{Daughter} <<PF>>: {we're} at <<L>> now\n{Son} <<PF2>>: ok bringing the <<DRUG>>",
    "<<P1>>: <<LAB>> was high\n<<P2>>: call the office <<PH>>\n<<P1>>: {they're} closed <<DAY>>",
    "{Caregiver} <<PF>>: gave <<DRUG>> 10am\n{Hospice} {RN} <<PL>>: good. watch for <<COND>> symptoms\n<<PF>>: will do",
    "<<PF>>: new number is <<PH>>\n<<PF2>>: saved. how's <<REL>>'s <<COND>>?\n<<PF>>: stable",
)
add("list", "ANY",
    "Care team for <<REL>>:\n- <<P1>> <<PH1>>\n- <<P2>> <<PH2>>\n- <<P3>>\nMeds: <<DRUG>>, <<DRUG2>>",
    "Sign-up for rides to <<COND>> appointments: <<PF1>>, <<PF2>>, <<PF3>> and <<PF4>>. {Thanks} all!",
    "To do {Friday}:\n1. pick up <<DRUG>> at {CVS}\n2. drop forms at <<L>>\n3. call <<P>> about the <<LAB>>",
    "Addresses for cards:\n* <<P1>>, <<L1>>\n* <<P2>>, <<L2>>\n(both recovering from <<COND>>)",
    "Who has what:\n<<PF1>> -- <<DRUG>>\n<<PF2>> -- <<DRUG2>>\n<<PF3>> -- groceries\n{Next} <<LAB>> check is <<DAY>>",
    "Phone tree for <<REL>>'s <<COND>> updates:\n1) <<P1>> <<PH1>>\n2) <<P2>> <<E>>\n3) <<P3>> <<PH2>>",
)
add("run_on", "ANY",
    "so <<REL>> called me at like 5am saying her <<BODY>> hurt and I drove to <<L>> and <<PF>> was already there and we gave her the <<DRUG>> and she went back to sleep but I think we need the <<LAB>> checked soon",
    "anyway the pharmacy said the <<DRUG>> needs a prior auth and {Medicaid} wants the <<COND>> notes and <<P>> said she faxed them but nobody got anything so can someone call <<PH>> tomorrow",
    "I know everyone is busy but <<REL>> keeps asking for <<PF>> and the <<COND>> is worse in the evenings and the aide leaves at 6 so if you can come by <<L>> even for an hour that would help so much",
    "then the ambulance took him to the ER and they did a <<LAB>> and said it was the <<DRUG>> dose so now he's on half and <<P>> is staying with him tonight her number is <<PH>>",
)
add("signature", "ANY",
    "Please let me know when the <<DRUG>> arrives.\n\n<<P>>\n<<LM>>\n<<PH>>",
    "Thanks for the update on <<REL>>'s <<COND>>.\n--\n<<P>>\n<<E>>\n<<PH>>",
    "Attached is the <<LAB>> log.\n\nWarmly,\n<<PF>>\n<<U>>",
    "{Will} bring the <<DRUG>> {Saturday}.\n\n-- <<P>> | <<PH>> | <<E>>",
    "Sorry I missed your call about the <<COND>> meeting.\n\nBest regards,\n<<P>>\n<<LM>>\nTel: <<PH>>\n<<U>>",
)
add("form", "US",
    "Patient: <<PU>>\nDOB: <<DOBUS>>\nSSN: <<SSN>>\nAddress: <<LUS>>\nPhone: <<PHUS>>\nPrimary dx: <<COND>>",
    "NEW CLIENT INTAKE\nName: <<PLF>>\nDate of Birth: <<DOBUS>>\nMedicare #: <<MBI>>\nEmergency contact: <<P2>> (<<REL>>) <<PHUS>>\nAllergies: <<DRUG>>",
    "Name: <<PU>>\nEmail: <<E>>\nMailing: <<LSP>>\nInsurance: {Humana} member ID <<MRN>>\nMeds: <<DRUG>>, <<DRUG2>>",
    "Pharmacy profile\nPatient: <<PU>>\nBirthdate: <<DOBUS>>\nPhone (home): <<PHUS>>\nPhone (work): <<PHX>>\nRx: <<DRUG>>",
    "Financial assistance application\nApplicant: <<PU>>\nSSN <<SSN>>\nHousehold address <<LM>>\nDiagnosis: <<COND>>\nPersonal website: <<U>>",
)
add("form", "INTL",
    "Patient name: <<P>>\nDate of birth: <<DOB>>\nHome address: <<LM>>\nTelephone: <<PH>>\nCondition: <<COND>>",
    "Registration\nName: <<P>>\nBorn: <<DOB>>\nPatient no.: <<MRN>>\nEmail: <<E>>\nMedication: <<DRUG>>",
)
add("international", "INTL",
    "My <<REL>> <<P>> lives in <<LC>> and takes <<DRUG>> for her <<COND>>. Her number is <<PH>>.",
    "Shipping <<DRUG>> to <<P>> at <<L>>. Contact: <<PH>>, <<E>>.",
    "<<P>> (born <<DOB>>) is visiting from <<LC>> and needs a <<LAB>> while here.",
    "Family in <<LC>>: <<P1>> <<PH1>> and <<P2>> <<PH2>>. Both know about <<REL>>'s <<COND>>.",
    "Please send the discharge summary for <<P>> to <<LM>>. Patient number <<MRN>>. {Thanks}.",
    "<<REL>> <<PF>> flies home to <<LC>> {Monday} with her <<DRUG>>. Her clinic there: <<PH>>.",
    "Can someone translate for <<P>>? She lives at <<L>>, speaks no English, <<COND>> follow-up.",
)
add("clinician_note", "ANY",
    "Pt <<P>>, DOB <<DOB>>, MRN <<MRN>>. <<COND>>, stable. Continue <<DRUG>>. Recheck <<LAB>> in 2 wks.",
    "Home visit: <<PLF>>. <<BODY>> edema 2+. Increased <<DRUG>>. Caregiver <<PF>> at <<PH>>.",
    "Called pt <<P>> re <<LAB>>: elevated. Advised to hold <<DRUG>>. Lives at <<L>>.",
    "A/P: <<COND>>. Start <<DRUG>>, d/c <<DRUG2>>. F/u with {Dr.} <<PL>>. Pt born <<DOB>>, chart <<MRN>>.",
    "RN note: <<P>> ({Daughter}) reports <<REL>> confused overnight. <<LAB>> ordered. Callback <<PH>>.",
)
add("general_text", "ANY",
    "Moving update: <<REL>> is now at <<LM>>. Same doctor, same <<DRUG>>.",
    "Anyone have a wheelchair to lend? Pick up at <<L>> from <<PF>>. {Doctor} says <<REL>> has to stay off the <<BODY>> for a while.",
    "New email for me: <<E>>. Please resend the <<COND>> support group link.",
    "Photos from <<REL>>'s birthday are up at <<U>>. She is doing great on the <<DRUG>>.",
    "Lost and found: a pill case with <<DRUG>> at the bus stop near <<LC>>. Call <<PH>>.",
    "Yard sale to help with <<COND>> bills {Saturday} at <<L>>. Ask for <<P>>.",
)
add("voicemail", "ANY",
    "Voicemail from <<PH>>: \"Hi, this is <<P>> calling about <<REL>>'s <<DRUG>>, please call me back.\"",
    "VM (0:32): \"Hello, message for <<P>>, your <<LAB>> results are in. Call <<PH>>.\"",
    "transcribed voicemail: um hi its <<PF>> the <<DRUG>> came but its the wrong strength call me <<PH>> thanks",
    "Voicemail: \"{This} is <<PF>> from the pharmacy for <<P>>, date of birth <<DOB>>. Your <<DRUG>> is ready.\"",
    "New voicemail from <<P>> (<<PH>>): she said the <<COND>> clinic moved to <<L>>.",
)
add("group_chat", "ANY",
    "<<PF1>>: {Mom} ok?\n<<PF2>>: sleeping. gave <<DRUG>>\n<<PF1>>: 👍\n<<PF3>>: {I'll} take {Tuesday}",
    "<<PF1>>: <<LAB>> came back\n<<PF2>>: and?\n<<PF1>>: better. <<DRUG>> working\n<<PF2>>: 🙏",
    "<<PF1>>: who's got <<REL>> tonight\n<<PF2>>: me, leaving from <<LC>> now\n<<PF1>>: bring the <<DRUG>>",
    "<<PF1>>: new nurse is <<P>> <<PH>>\n<<PF2>>: for the <<COND>>?\n<<PF1>>: yep",
)
add("forwarded", "ANY",
    "---------- Forwarded message ---------\nFrom: <<P>> <<<E>>>\nSubject: <<REL>>'s <<DRUG>>\n\nPlease see below, the <<LAB>> is due.",
    "Fwd: from <<PF>>: \"<<REL>> needs <<DRUG>> delivered to <<L>> by <<DAY>>\"",
    "> On <<DAY>>, <<P>> wrote:\n> the <<COND>> clinic number is <<PH>>\n\nforwarding to the group",
    "FW: message from <<P>> (<<E>>): \"<<LAB>> looked good, keep the <<DRUG>> the same\"",
)
add("billing", "ANY",
    "Please charge my card <<CARD>> for <<REL>>'s <<DRUG>> copay. Name on card <<P>>.",
    "Refund for the <<LAB>> should go to IBAN <<IBAN>>, account holder <<P>>.",
    "Bank transfer for the <<COND>> clinic: <<IBAN>> (<<P>>).",
    "I was billed twice for <<REL>>'s <<LAB>>. Acct <<BANK>>, my number <<PH>>.",
    "My cc <<CARDX>> was declined for the <<DRUG>>. Can you try again? <<P>>",
)
add("billing", "US",
    "Direct deposit for <<PU>>'s caregiver pay: routing <<ROUT>>, account <<BANK>>. Re: <<COND>> care.",
    "Autopay form\nName: <<PU>>\nRouting number: <<ROUT>>\nAccount number: <<BANK>>\nFor: <<DRUG>> mail order",
    "visa <<CARD>> exp 11/27, billing zip <<LZ>>, for the <<DRUG>> order. {Thanks}, <<PF>>",
    "Statement question: guarantor <<PU>>, SSN <<SSN>>, account <<BANK>>, service <<LAB>>.",
    "credit card <<CARD>> -- name <<PU>> -- <<LUS>> -- for <<REL>>'s <<DRUG>> delivery",
)
add("billing", "INTL",
    "iban <<IBAN>> -- for <<REL>>'s <<DRUG>> shipped to <<LC>>. <<P>>",
    "Please pay the home care invoice to <<IBAN>>, reference <<P>>, <<L>>.",
)
add("typos", "ANY",
    "<<REL>> took his <<TYPO>> twice this morning by acident, <<PF>> is watching him. call <<PH>>",
    "can somone pick up the <<TYPO>> for <<P>>? im stuck at work til 7",
    "her <<TYPOC>> is acting up agian, <<PF>> took her to <<L>>",
    "dose of <<TYPO>> got changed, and the <<TYPO2>> too. ask <<PF>>, her numbr is <<PH>>",
    "<<P>> recieved the <<TYPO>> but the box was oppened. adress was <<L>>",
)
add("multi_identifier", "ANY",
    "<<P>>, DOB <<DOB>>, <<L>>, <<PH>>, <<E>> -- <<COND>>, on <<DRUG>>.",
    "Contact sheet: <<P1>> <<PH1>> <<E>>; <<P2>> <<PH2>>; home <<L>>. {Re}: <<LAB>>.",
    "<<P>> (MRN <<MRN>>, born <<DOB>>) -- daughter <<PF2>> at <<PH>>, <<U>>. <<DRUG>> held for surgery.",
)
add("multi_identifier", "US",
    "<<PU>> | SSN <<SSN>> | DOB <<DOBUS>> | <<LUS>> | <<PHUS>> | <<COND>>",
    "Transfer packet: <<PLF>>, Medicare <<MBI>>, DOB <<DOBUS>>, <<LSP>>, cell <<PHX>>, <<E>>. Meds <<DRUG>>.",
)

# ---- denser templates (SSN, URL, accounts)
add("lower_case", "US",
    "<<PU>> ssn <<SSN>> dob <<DOBUS>> for the {medicaid} renewal, <<COND>> paperwork attached. my cell <<PHUS>>",
    "here's the page with all of <<REL>>'s <<COND>> updates <<U>> or email me <<E>>, <<PF>>")
add("all_caps", "US",
    "SSN <<SSN>> -- <<PU>> -- <<LUS>> -- NEEDS <<DRUG>> BY <<DAY>>",
    "CARD <<CARD>> FOR THE <<DRUG>> COPAY, NAME ON IT <<PU>>, CALL <<PHUS>> IF IT FAILS")
add("speaker_label", "US",
    "<<PF>>: what's {Dad}'s social again, the office needs it for the <<COND>> referral\n<<PF2>>: <<SSN>>\n<<PF>>: thx. DOB <<DOBUS>> right?\n<<PF2>>: yes",
    "{Billing} <<PF>>: I have the routing as <<ROUT>>\n<<PU>>: correct, account <<BANK>>\n{Billing} <<PF>>: thanks, that covers the <<DRUG>> balance")
add("list", "US",
    "For <<REL>>'s bills:\n- checking <<BANK>> (routing <<ROUT>>)\n- visa <<CARD>>\n- {Medicare} <<MBI>>\nMeds: <<DRUG>>",
    "Links people asked for:\n- <<P1>>'s blog <<U1>>\n- <<P2>>'s fundraiser <<U2>>\n- support group for <<COND>>: ask <<PF3>>")
add("run_on", "US",
    "and the lady at {Social Security} wanted his SSN which is <<SSN>> and his date of birth <<DOBUS>> and his address <<LUS>> and I gave her all of it but she said the <<DRUG>> help is a different program",
    "so <<PU>> set up a page at <<U>> for the <<COND>> costs and honestly it's already at half and the card she linked is <<CARD>> which I told her not to post but whatever, call her <<PHUS>>")
add("signature", "US",
    "Re: <<REL>>'s <<COND>>\n\n<<PU>>\n<<LUS>>\n<<PHUS>>\n<<U>>",
    "{Happy} to help with the <<DRUG>> run.\n-- \n<<PU>>\n<<E>> | <<PHX>>\n<<U>>")
add("form", "US",
    "Caregiver payroll\nName: <<PU>>\nSSN: <<SSN>>\nBank routing: <<ROUT>>\nAccount: <<BANK>>\nClient dx: <<COND>>",
    "Portal sign-up\nUser: <<PU>>\nEmail: <<E>>\nBirth date: <<DOBUS>>\nSSN (last check): <<SSN>>\nPhone: <<PHUS>>\nMeds: <<DRUG>>")
add("clinician_note", "US",
    "Pt <<PU>>, SSN <<SSN>>, DOB <<DOBUS>>, MRN <<MRN>>. <<COND>>. Daughter <<PF>> <<PHUS>>. Continue <<DRUG>>.",
    "Case mgmt: <<PLF>> (Medicare <<MBI>>) discharged to <<LUS>>. Home health to start <<DAY>>. <<DRUG>> reconciled.")
add("general_text", "US",
    "My friend <<PU>> sews {+compression sleeves} for <<COND>> patients, her shop is <<U>>, call <<PHUS>>",
    "Change of address for <<PU>>: old <<LUS1>>, new <<LUS2>>. {+Oxygen} delivery updated.")
add("voicemail", "US",
    "VM: \"this is <<PF>> from the billing office calling about account <<BANK>> for <<PU>>, please call <<PHX>>, it's about the <<LAB>>\"",
    "Voicemail from <<PHUS>>: \"Hi, <<PU>> here, my social is <<SSN>>, calling to confirm the <<DRUG>> refill.\"")
add("group_chat", "US",
    "<<PF1>>: for the aide's pay: routing <<ROUT>> acct <<BANK>>\n<<PF2>>: got it\n<<PF1>>: and {Mom}'s <<DRUG>> is low",
    "<<PF1>>: <<PU>>'s page <<U>>\n<<PF2>>: shared!\n<<PF1>>: <<COND>> walk is {Saturday}")
add("forwarded", "US",
    "---------- Forwarded message ---------\nFrom: <<PU>> <<<E>>>\n\n<<REL>>'s SSN for the <<COND>> forms: <<SSN>>. DOB <<DOBUS>>. Please delete after.",
    "Fwd: \"<<PU>> paid with credit card <<CARD>> for the <<DRUG>>, receipt to <<E>>\"")
add("billing", "US",
    "cc <<CARD>> for <<PU>>, <<DRUG>> copay. If declined use mastercard <<CARD2>>.",
    "Please refund <<PU>> (SSN <<SSN>>) to checking <<BANK>>, ABA <<ROUT>>. Overpaid for <<LAB>>.",
    "debit card <<CARDX>> keeps failing for <<REL>>'s <<DRUG>>. Account holder <<PU>>, <<PHUS>>.")
add("billing", "INTL",
    "IBAN: <<IBAN>>\nBIC: on request\nHolder: <<P>>\nFor: <<REL>>'s <<DRUG>>",
    "Two accounts for the <<COND>> fund: <<IBAN1>> and <<IBAN2>>. Questions to <<E>>.")
add("typos", "US",
    "her ssn is <<SSN>> and dob <<DOBUS>>, its for the <<TYPO>> asistance form. <<PF>> has the rest",
    "<<PU>> started a page for his <<TYPOC>> bils <<U>> plz share")
add("multi_identifier", "US",
    "<<PU>>, <<LUS>>, <<PHUS>>, <<E>>, <<U>>, SSN <<SSN>>, Medicare <<MBI>> -- <<COND>>",
    "Payer info: <<PU>>, visa <<CARD>>, routing <<ROUT>>, acct <<BANK>>, DOB <<DOBUS>> -- for <<DRUG>>")
add("international", "INTL",
    "<<P>> posts <<REL>>'s <<COND>> updates at <<U>>; donations to <<IBAN>>.",
    "Send <<P>>'s <<DRUG>> to <<LM>>. Pay to iban <<IBAN>>. Tel <<PH>>.")

# ---- denser international templates
add("speaker_label", "INTL",
    "<<P1>>: {Mum}'s new address is <<L>>\n<<P2>>: and her landline?\n<<P1>>: <<PH>>. she's still on <<DRUG>>",
    "<<PF1>>: the clinic wants <<REL>>'s date of birth\n<<PF2>>: <<DOB>>\n<<PF1>>: and patient no. <<MRN>>, ok. <<LAB>> tomorrow")
add("list", "INTL",
    "Contacts abroad:\n- <<P1>>, <<LC1>>, <<PH1>>\n- <<P2>>, <<LC2>>, <<PH2>>\n- <<P3>>, <<E>>\nAll know about the <<COND>>.",
    "Travel checklist for <<P>>:\n1. <<DRUG>> (3 months)\n2. letter from {Dr.} <<PL>>\n3. hotel: <<L>>\n4. local doctor <<PH>>")
add("signature", "INTL",
    "{Thanks} for the <<LAB>> summary.\n\n<<P>>\n<<LM>>\n<<PH>>\n<<E>>\n<<U>>",
    "Best wishes with <<REL>>'s <<COND>>.\n--\n<<P>>\nMobile <<PH>>\nIBAN <<IBAN>> (for the shared costs)")
add("forwarded", "INTL",
    "---- Forwarded ----\nFrom: <<P>> <<<E>>>\n\"{Papa} is at <<L>> now. <<DRUG>> twice a day. Call <<PH>>.\"",
    "Fwd from <<P1>>: <<P2>> (born <<DOB>>) is admitted with <<COND>>, hospital no. <<MRN>>, ward phone <<PH>>.")
add("group_chat", "INTL",
    "<<PF1>>: landed in <<LC>>\n<<PF2>>: how's <<REL>>?\n<<PF1>>: tired. <<DRUG>> helps. call me <<PH>>",
    "<<PF1>>: <<P>> from the care agency: <<E>>, <<PH>>\n<<PF2>>: saved, thanks. <<COND>> meeting {Thursday}")
add("multi_identifier", "INTL",
    "<<P>>, born <<DOB>>, <<LM>>, <<PH>>, <<E>>, patient no. <<MRN>>, IBAN <<IBAN>> -- <<COND>>.",
    "Name <<P>> / address <<L>> / tel <<PH>> / web <<U>> / DOB <<DOB>> / <<DRUG>>")
add("clinician_note", "INTL",
    "Transfer note: <<P>>, DOB <<DOB>>, hospital no. <<MRN>>, from <<LC>>. <<COND>> on <<DRUG>>. Next of kin <<P2>> <<PH>>.",
    "Overseas patient <<PLF>> (<<DOB>>), address <<L>>. <<LAB>> pending. Contact <<E>>.")
add("voicemail", "INTL",
    "Voicemail (+ intl): \"Hello, it's <<P>> calling from <<LC>> about <<REL>>'s <<DRUG>>, ring me on <<PH>>.\"",
    "VM from <<PH>>: <<PF>> says the <<COND>> clinic at <<L>> moved the appointment to {Friday}.")
add("general_text", "INTL",
    "{Our} cousin <<P>> in <<LC>> runs <<U>>, she's organising help for <<REL>>'s <<COND>>. Write to <<E>>.",
    "New address for <<P>>: <<LM>>. Phone <<PH>>. {+Wheelchair} access is fine.")
add("typos", "INTL",
    "<<REL>> in <<LC>> is out of <<TYPO>>, <<P>> can send it, her numbr <<PH>>",
    "pls send the <<TYPO>> to <<L>> for <<PF>>, thx")
add("run_on", "INTL",
    "so <<P>> called from <<LC>> and said <<REL>> had a fall and the <<COND>> is worse and they moved her to <<L>> and the number there is <<PH>> and she wants someone to send the <<DRUG>> from here",
    "and then <<PF>> emailed from <<E>> saying the clinic needs <<REL>>'s date of birth <<DOB>> and the patient number <<MRN>> before they'll give the <<LAB>>")
add("lower_case", "INTL",
    "<<P>> is at <<L>> now, tel <<PH>>, she needs <<DRUG>> and the <<LAB>> results sent to <<E>>")
add("all_caps", "INTL",
    "<<P>> -- <<L>> -- <<PH>> -- <<COND>> -- SEND <<DRUG>>")
add("form", "US",
    "Tax form for caregiver\nName: <<PU>>\nSSN: <<SSN>>\nAddress: <<LUS>>\nEmail: <<E>>\nWebsite: <<U>>\nFor care of <<REL>> (<<COND>>)")
add("billing", "INTL",
    "Bonjour/Hello -- iban <<IBAN>>, name <<P>>, address <<L>>, for <<REL>>'s <<DRUG>>.")

add("group_chat", "US",
    "<<PF1>>: which card did you put the <<DRUG>> on\n<<PF2>>: the one ending weird, <<CARDX>>\n<<PF1>>: that one got declined lol. use card <<CARD>>")
add("billing", "US",
    "Paid <<REL>>'s <<LAB>> bill with card <<CARD>>. Receipt says <<PU>>, acct <<BANK>>.")
add("billing", "INTL",
    "Please use iban <<IBAN>> or IBAN <<IBAN2>> for <<P>>'s <<COND>> care.")
