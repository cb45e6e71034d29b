"""My own templates for dev24, filled with Faker-backed values from values.py.
Each template is a function t(b) that uses the builder b to insert identifiers and keep words
and returns the message text. Builder methods record every inserted value."""

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "gabapentin", "levothyroxine",
         "insulin glargine", "Ozempic", "Jardiance", "Xarelto", "prednisone", "furosemide", "metoprolol",
         "losartan", "donepezil", "Seroquel", "hydrocodone", "tramadol", "Tylenol", "ibuprofen",
         "omeprazole", "Plavix", "Entresto", "Trelegy", "albuterol", "Synthroid", "Namenda",
         "haloperidol", "lorazepam", "morphine sulfate", "senna", "Miralax", "vitamin D3", "fish oil",
         "turmeric", "magnesium oxide", "Keppra", "Depakote", "Humalog", "Lantus", "Spiriva", "Brilinta",
         "Farxiga", "potassium chloride", "digoxin", "Coumadin", "hydrochlorothiazide", "Norco",
         "methadone", "Suboxone", "Narcan", "Aricept", "Flomax", "Zofran", "Ativan", "Haldol",
         "Xanax", "Lexapro", "trazodone", "Cymbalta", "Lyrica", "Protonix", "Prilosec", "baby aspirin",
         "nitroglycerin", "spironolactone", "carvedilol", "Mounjaro", "Trulicity", "Tradjenta"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
         "Alzheimer's", "congestive heart failure", "type 2 diabetes", "hypothyroidism",
         "chronic kidney disease", "dementia", "pneumonia", "cellulitis", "sepsis", "UTI", "DVT",
         "pulmonary embolism", "osteoarthritis", "neuropathy", "sleep apnea", "macular degeneration",
         "shingles", "lymphoma", "breast cancer", "prostate cancer", "stroke", "TIA", "gout", "anemia",
         "depression", "anxiety", "delirium", "hypertension", "Lewy body dementia", "ALS",
         "pressure ulcer", "bladder cancer", "pancreatic cancer", "cirrhosis", "heart failure",
         "vertigo", "glaucoma", "osteoporosis", "hip fracture", "bedsores", "edema", "constipation"]
LABS = ["Hemoglobin A1c", "INR", "BNP", "CBC", "CMP", "TSH", "lipid panel", "creatinine", "eGFR",
        "potassium level", "troponin", "PSA", "vitamin B12", "ferritin", "urinalysis", "chest X-ray",
        "MRI", "CT scan", "echocardiogram", "EKG", "colonoscopy", "A1c", "blood sugar", "oxygen sat",
        "blood pressure", "mammogram", "bone density scan", "sleep study", "stress test"]
BODY = ["left knee", "right hip", "lower back", "ankles", "lungs", "kidneys", "bladder", "heel",
        "sacrum", "shoulder", "chest", "belly", "feet", "legs", "left arm", "throat", "eyes", "hands"]
REL = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Pop", "Mama", "Granny", "Auntie",
       "Uncle", "my husband", "my wife", "my sister", "my brother", "my son", "my daughter"]
DONT_KNOW = ["Don't", "I don't", "Didn't"]
DONT_SEND = ["Don't", "Please don't"]
DONT = ["Don't"]
DONT_LC = ["don't", "Don't", "dont"]
THINK = ["I don't", "We don't", "She doesn't", "He doesn't"]
HAVE = ["I don't", "We don't", "They don't", "I didn't"]
NEG = ["I don't", "We don't", "They don't", "Don't"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "Won't", "It's", "They're", "She's",
         "I'll", "Didn't", "Wasn't", "We're", "Couldn't"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORGS = ["Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "CVS", "Medicaid", "Cleveland Clinic",
        "Johns Hopkins", "the VA", "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "Rite Aid",
        "Meals on Wheels", "AARP", "Social Security", "Tricare", "Amedisys", "VITAS", "Walmart pharmacy",
        "Costco pharmacy", "Express Scripts", "OptumRx", "Banner Health", "Sutter Health"]
HELP = ["988", "1-800-222-1222", "Poison Control", "911", "1-800-MEDICARE"]
GROUPS = ["Morning Walk Group", "Caregiver Support Circle", "Tuesday Memory Cafe", "Grief Share",
          "Parkinson's Support Group", "Heart Failure Clinic", "Diabetes Education Class"]
INTL_DRUGS = ["paracetamol", "Marcumar", "Ramipril", "Novalgin", "Doliprane", "Bisoprolol",
              "Metamizol", "Crestor", "Sintrom", "Clexane", "co-codamol", "Adcal-D3"]


def P(b):
    return b.person()


# ---------------------------------------------------------------- lower_case
def lc1(b):
    return (f"{b.k(REL)} was up all night again, {b.k(CONDS)} is worse. {b.first()} gave her the "
            f"{b.k(DRUGS)} at 2. call me at {b.phone()} if the aide can't come. updates on {b.url()}")


def lc2(b):
    return (f"hi its {b.first()}, {b.k(REL)} moved in w me. new address {b.addr()}. "
            f"pls send the {b.k(DRUGS)} there. her dob is {b.dob()} social {b.ssn()}")


def lc3(b):
    return (f"{b.k(DONT_KNOW)} know who to ask. the nurse {b.first()} said his {b.k(LABS)} was off and "
            f"to call {b.phone()} but nobody picks up. chart # {b.mrn()}")


def lc4(b):
    return (f"ok so the {b.k(ORGS)} lady needs his social {b.ssn()} and medicare id {b.mrn()} "
            f"before {b.k(DAYS)} or the {b.k(DRUGS)} wont be covered. i put it all on {b.url()} for the family")


def lc5(b):
    return (f"can somebody email {b.email()} the {b.k(LABS)} results, thats {b.first()} my sister in "
            f"{b.place()}. {b.k(REL)} says its fine to share, or post it on {b.url()}")


# ---------------------------------------------------------------- all_caps
def ac1(b):
    return (f"THIS IS {b.full()} I NEED MY {b.k(DRUGS)} REFILLED. MY NUMBER IS {b.phone()} "
            f"I LIVE AT {b.addr()}")


def ac2(b):
    return (f"MY {b.k(REL)} {b.first()} HAS {b.k(CONDS)}. HIS BIRTHDAY IS {b.dob()}. "
            f"MEDICARE NUMBER {b.mrn()}. SOCIAL {b.ssn()}. PLEASE CALL {b.phone()}")


def ac3(b):
    return (f"I GOT A BILL FOR THE {b.k(LABS)} BUT I PAID WITH MY CARD {b.card()}. "
            f"{b.k(DONT_SEND)} SEND IT TO COLLECTIONS. {b.full()}")


def ac4(b):
    return (f"{b.k(DONT)} FORGET {b.k(REL)} HAS THE {b.k(LABS)} ON {b.k(DAYS)}. "
            f"{b.first()} WILL DRIVE FROM {b.place()}. PICTURES ON {b.url()}")


# ---------------------------------------------------------------- group_chat
def gc1(b):
    a, c = b.first(), b.first()
    return (f"{a}: who has {b.k(REL)} tonight\n{c}: me. did she get the {b.k(DRUGS)}\n"
            f"{b.re(a)}: yes at 9. nurse line is {b.phone()}")


def gc2(b):
    a, c, d = b.first(), b.first(), b.first()
    return (f"{a}: set up a page for the bills {b.url()}\n{c}: shared it\n"
            f"{d}: {b.k(DONT_LC)} forget the {b.k(CONDS)} update")


def gc3(b):
    a, c = b.first(), b.first()
    return (f"{a}: {b.k(REL)}'s {b.k(LABS)} came back bad\n{c}: what did dr {b.last()} say\n"
            f"{b.re(a)}: wants him at the clinic in {b.place()} {b.k(DAYS)}\n{b.re(c)}: i updated {b.url()}")


def gc4(b):
    a, c = b.first(), b.first()
    return (f"{a}: sending the card so somebody can pay the {b.k(DRUGS)} copay: {b.card_labeled()}\n"
            f"{c}: got it. deleting this after")


def gc5(b):
    a, c = b.first(), b.first()
    return (f"{a}: cousin {b.first('INTL')} in {b.icity()} wants updates on {b.k(REL)}\n"
            f"{c}: her whatsapp {b.iphone()}\n{b.re(a)}: ok will add her")


# ---------------------------------------------------------------- run_on
def ro1(b):
    return (f"so {b.k(REL)} fell again and {b.first()} found her by the bed and we called the ambulance "
            f"and they took her to the place in {b.place()} and they said {b.k(CONDS)} and put her on "
            f"{b.k(DRUGS)} and now they want her {b.k(ORGS)} number which is {b.mrn()} and my number "
            f"is {b.phone()} if anyone needs it and they also asked for her social which is {b.ssn()}")


def ro2(b):
    return (f"I have been on hold forever with the billing people and they keep saying the account "
            f"{b.bill()} is under {b.full()} which is my dad and he passed in {b.k(MONTHS)} and they "
            f"keep mailing {b.addr()} and I don't live there anymore, I even put it on {b.url()} so people stop sending stuff there")


def ro3(b):
    return (f"my brother {b.first()} lives in {b.icity()} and he wants to send money for the "
            f"{b.k(CONDS)} treatment so I gave him {b.iban_labeled()} and he's calling from "
            f"{b.iphone()} at weird hours so don't be surprised")


# ---------------------------------------------------------------- spanglish
def sp1(b):
    return (f"hola soy {b.first()}, mi {b.k(['abuela', 'mamá', 'papá', 'tía', 'suegra'])} tiene "
            f"{b.k(CONDS)} y no quiere tomar el {b.k(DRUGS)}. can someone call me al {b.phone()}? "
            f"vivimos en {b.addr()}")


def sp2(b):
    return (f"la enfermera {b.first()} dijo que el {b.k(LABS)} salió alto. su fecha de nacimiento es "
            f"{b.dob()} y el member id {b.mrn()}. el social es {b.ssn()}. gracias!!")


def sp3(b):
    return (f"mi primo {b.first('es_MX')} en {b.icity('es_MX')} quiere mandar dinero para el "
            f"{b.k(['hospice', 'asilo', 'nursing home'])}. su cel es {b.iphone('es_MX')}. ok?")


def sp4(b):
    return (f"ya pagué el copay con la {b.card_labeled()} pero el portal dice error. "
            f"mi nombre {b.full()}, {b.k(REL)} tiene cita el {b.k(DAYS)}")


# ---------------------------------------------------------------- speaker_label
def sl1(b):
    return (f"{b.k(['Daughter', 'Son', 'Wife', 'Husband'])} {b.first()}: {b.k(REL)} took the "
            f"{b.k(DRUGS)} at 8\n{b.k(['Nurse', 'Aide', 'RN'])} {b.first()}: ok, {b.k(LABS)} tomorrow")


def sl2(b):
    a = b.first()
    return (f"{a}: {b.k(THINK)} think the {b.k(DRUGS)} is working\n{b.first()}: call dr {b.last()} "
            f"at {b.phone()}\n{b.re(a)}: ok")


def sl3(b):
    return (f"Caregiver {b.full()}: visited at {b.addr()}, {b.k(BODY)} swollen\n"
            f"Supervisor {b.first()}: noted, report {b.k(CONDS)} to hospice. family page is {b.url()}")


# ---------------------------------------------------------------- list
def li1(b):
    return (f"Info for the {b.k(['hospice', 'home health', 'rehab'])} intake:\n- name {b.full()}\n"
            f"- DOB {b.dob()}\n- SSN {b.ssn()}\n- {b.k(ORGS)} id {b.mrn()}\n- cell {b.phone()}")


def li2(b):
    return (f"who to call:\n1. {b.first()}, {b.first()} and {b.first()}\n2. neighbor {b.full()} "
            f"{b.phone()}\n3. {b.k(HELP[:3])}\n4. updates: {b.url()}")


def li3(b):
    return (f"meds for {b.k(REL)}:\n{b.k(DRUGS)} am\n{b.k(DRUGS)} pm\nrefills at {b.k(ORGS)} "
            f"in {b.place()}\nbill to {b.card_labeled()}")


def li4(b):
    return (f"Family list\n{b.full('INTL')} ({b.icity()}) {b.iphone()}\n{b.full()} {b.phone()}\n"
            f"{b.full()} {b.email()}\nre: {b.k(CONDS)}")


# ---------------------------------------------------------------- transcript
NUMW = "zero one two three four five six seven eight nine".split()


def spoken(num):
    return ", ".join(" ".join(NUMW[int(c)] for c in grp) for grp in num.split("-"))


def tr1(b):
    r = b.v.r
    num = f"{r.randint(200, 989)}-{r.randint(200, 999)}-{b.v.digits(4)}"
    return (f"[voicemail {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}] hi this is "
            f"{b.first()} calling about my {b.k(['mother', 'father', 'husband', 'wife'])} "
            f"{b.full()}, the {b.k(DRUGS)} ran out. call me back at "
            f"{b.add(spoken(num), 'PHONE_NUMBER')} thanks")


def tr2(b):
    return (f"DICTATION: Dr. {b.full()} dictating on patient {b.full()}, MRN {b.mrn()}, "
            f"date of birth {b.dob()}, social security {b.ssn()}. Seen at {b.addr()}. Assessment: {b.k(CONDS)}. "
            f"Continue {b.k(DRUGS)}.")


def tr3(b):
    return (f"Voicemail from {b.phone()}: uh yes this is {b.full()}, my {b.k(['mom', 'dad', 'aunt'])} "
            f"is at {b.addr()} and the {b.k(['oxygen', 'hospital bed', 'wheelchair'])} never came.")


def tr4(b):
    return (f"Caller: my name is {b.full()}, account {b.bill()}.\nAgent: and the date of birth?\n"
            f"Caller: {b.dob()}. it's about the {b.k(LABS)} bill. my social is {b.ssn()} if you need it.")


# ---------------------------------------------------------------- non_native
def nn1(b):
    return (f"Hello, I am daughter of {b.full()}. My mother she is not eating and very tired, "
            f"the {b.k(LABS)} is bad. Her social number {b.ssn()}. We live {b.addr()}. Please call {b.phone()}, my English is little.")


def nn2(b):
    return (f"Dear doctor, is correct to give {b.k(DRUGS)} with {b.k(DRUGS)}? My father {b.first()} "
            f"is confuse. His birthday {b.dob()}. Sorry for my english. {b.email()} or my page {b.url()}")


def nn3(b):
    return (f"Hello, my uncle {b.first('INTL')} is come from {b.icity()} for visit and have "
            f"{b.k(CONDS)}. His phone from home {b.iphone()}. Can he see doctor here?")


# ---------------------------------------------------------------- general_text
def gt1(b):
    return (f"Please update my mailing address to {b.addr()}. Name on account: {b.full()}. "
            f"Account {b.bill()}. SSN on the account is {b.ssn()}. Thanks, {b.k(NEG[:2])} want to miss the {b.k(ORGS)} letter.")


def gt2(b):
    return (f"Refund request for the {b.k(LABS)} overcharge ({b.k(ORGS)} paid it after all): please deposit to routing {b.routing()} account {b.bank()}. "
            f"Holder {b.full()}, {b.email()}")


def gt3(b):
    return (f"The {b.k(GROUPS)} has a new page: {b.url()}. Questions to {b.full()} at {b.phone()}.")


def gt4(b):
    return (f"Change phone for {b.full()} from {b.phone()} to {b.phone()}. "
            f"Keep the {b.k(['paperless', 'auto-pay', 'text reminders'])} setting.")


# ---------------------------------------------------------------- clinician_note
def cn1(b):
    return (f"Pt {b.full()} (DOB {b.dob()}, MRN {b.mrn()}, SSN {b.ssn()}) seen for {b.k(CONDS)}. "
            f"{b.k(LABS)} reviewed. Cont {b.k(DRUGS)}. Dtr {b.first()} updated at {b.phone()}.")


def cn2(b):
    return (f"Telephone encounter. Caller {b.first()} ({b.k(['son', 'daughter', 'wife', 'husband'])}) reports "
            f"{b.k(BODY)} pain. Advised ED. Address confirmed {b.addr()}. SS# {b.ssn()}.")


def cn3(b):
    return (f"{b.k(CONDS)}, stable. Pt's {b.k(['brother', 'niece', 'grandson'])} {b.full()} "
            f"is POA, {b.email()}. SSN on file {b.ssn()} - remove before faxing.")


def cn4(b):
    return (f"Pt visiting family from {b.icity()}. Home physician Dr. {b.full('INTL')}, "
            f"{b.iphone()}. Home ID {b.imrn()}. {b.k(INTL_DRUGS)} = our {b.k(DRUGS)}.")


# ---------------------------------------------------------------- visit_note
def vn1(b):
    return (f"HOSPICE RN VISIT. Pt {b.full()} at {b.addr()}. {b.k(CONDS)}. "
            f"{b.k(DRUGS)} PRN used x2. {b.k(['Wife', 'Dtr', 'Son', 'Husband'])} {b.first()} at bedside.")


def vn2(b):
    return (f"Home health visit. SSN {b.ssn()} on referral. Aide {b.full()} {b.k(['CNA', 'HHA'])}. Pt {b.full()} reports "
            f"{b.k(BODY)} pain 4/10. Medicare {b.mrn()}. Next visit {b.k(DAYS)}.")


def vn3(b):
    return (f"SN visit. Pt not home. Called {b.phone()}, no answer. Neighbor {b.full()} says pt "
            f"went to {b.place()}. {b.k(['Wound vac', 'Foley', 'PICC line'])} due. Family posts updates at {b.url()}.")


# ---------------------------------------------------------------- portal_paste
def pp1(b):
    return (f"Patient: {b.full(up=True)}    DOB: {b.dob()}    MRN: {b.mrn()}\n"
            f"Test: {b.k(LABS)}   Flag: H\nOrdering: {b.full()}")


def pp2(b):
    return (f"MyChart message from {b.full()} (proxy)\nSubject: {b.k(DRUGS)} question\n"
            f"{b.k(REL)}'s {b.k(CONDS)} is worse. Reach me at {b.phone()} or {b.email()}. Our updates: {b.url()}")


def pp3(b):
    return (f"Billing statement\nGuarantor: {b.full()}\nAddress: {b.addr()}\n"
            f"Account: {b.bill()}\nService: {b.k(LABS)}")


# ---------------------------------------------------------------- letter
def le1(b):
    return (f"{b.full()}\n{b.addr()}\n\nRe: Member ID {b.mrn()}\n\nYour request for "
            f"{b.k(DRUGS)} has been approved. Questions? Call {b.k(ORGS)} member services.")


def le2(b):
    return (f"Dear {b.full()},\nYour prescription for {b.k(DRUGS)} is ready at our {b.place()} store. "
            f"We tried to reach you at {b.phone()}.")


def le3(b):
    return (f"NOTICE\nPatient: {b.full()}  DOB: {b.dob()}\nAccount #: {b.bill()}\n"
            f"Service: {b.k(LABS)}\nPlease remit payment by card or to IBAN {b.iban()} (overseas payers).")


# ---------------------------------------------------------------- form
def fo1(b):
    return (f"NEW PATIENT INTAKE\nName: {b.full()}\nDOB: {b.dob()}\nSSN: {b.ssn()}\n"
            f"Address: {b.addr()}\nPhone: {b.phone()}\nWebsite: {b.url()}\nConditions: {b.k(CONDS)}")


def fo2(b):
    return (f"Direct Deposit\nName: {b.full()}\nRouting #: {b.routing()}\nAccount #: {b.bank()}\n"
            f"Purpose: {b.k(['caregiver stipend', 'Medicaid refund', 'overpayment refund'])}")


def fo3(b):
    return (f"Emergency contacts\n1) {b.full()} - {b.phone()}\n2) {b.full('INTL')} - {b.iphone()}\n"
            f"Allergies: {b.k(DRUGS)}")


def fo4(b):
    return (f"Caregiver portal signup\nname: {b.full()}\nssn (last 4 not accepted, full please): {b.ssn()}\nemail: {b.email()}\nweb: {b.url()}\n"
            f"patient condition: {b.k(CONDS)}")


# ---------------------------------------------------------------- email_signature
def es1(b):
    me = b.full()
    return (f"Hi all, {b.k(REL)}'s {b.k(LABS)} got moved to {b.k(DAYS)}.\n\n--\n{me}\n{b.addr()}\n"
            f"c {b.phone()} | {b.email(me)}\n{b.url(me)}")


def es2(b):
    other = b.full()
    return (f"Yes, the {b.k(DRUGS)} is fine with that.\n\nOn {b.k(DAYS)}, {other} <{b.email(other)}> wrote:\n"
            f"> Can {b.k(REL)} take {b.k(DRUGS)} with the {b.k(CONDS)}?")


def es3(b):
    me = b.full()
    return (f"Thanks for the update on {b.k(REL)}.\n\n{me}\n{b.url(me)}\n{b.phone()}")


def es4(b):
    me = b.full("INTL")
    return (f"Dear team, I am flying in for {b.k(REL)}'s {b.k(CONDS)} care conference.\n\n"
            f"Best regards,\n{me}\n{b.iaddr()}\nTel. {b.iphone()}\n{b.email(me)}")


# ---------------------------------------------------------------- international
def in1(b):
    return (f"My {b.k(['father', 'mother', 'aunt', 'uncle'])} {b.full('INTL')} lives at {b.iaddr()}. "
            f"Phone {b.iphone()}. Takes {b.k(INTL_DRUGS)} for {b.k(CONDS)}.")


def in2(b):
    return (f"Please wire the {b.k(['care home', 'nursing home', 'physio'])} fees to {b.iban_labeled()}, "
            f"account holder {b.full('INTL')}, {b.icity()}.")


def in3(b):
    return (f"Contact abroad: {b.full('INTL')}, {b.iaddr()}, {b.iphone()}, {b.email(loc=b.loc)}. "
            f"Born {b.idob()}. Health ID {b.imrn()}. {b.k(CONDS)}.")


def in4(b):
    return (f"{b.full('INTL')} ({b.icity()}) says {b.k(REL)}'s {b.k(LABS)} there was normal. "
            f"Her clinic: {b.iaddr()}, tel {b.iphone()}.")


def in5(b):
    return (f"{b.k(DONT)} forget: {b.k(REL)} flies home to {b.icity()} on {b.k(DAYS)}. "
            f"Her son {b.full('INTL')} meets her, {b.iphone()}. Pay the {b.k(DRUGS)} from "
            f"{b.iban_labeled()}.")


TEMPLATES_US = {
    "lower_case": [lc1, lc2, lc3, lc4, lc5],
    "all_caps": [ac1, ac2, ac3, ac4],
    "group_chat": [gc1, gc2, gc3, gc4, gc5],
    "run_on": [ro1, ro2, ro3],
    "spanglish": [sp1, sp2, sp3, sp4],
    "speaker_label": [sl1, sl2, sl3],
    "list": [li1, li2, li3, li4],
    "transcript": [tr1, tr2, tr3, tr4],
    "non_native": [nn1, nn2, nn3],
    "general_text": [gt1, gt2, gt3, gt4],
    "clinician_note": [cn1, cn2, cn3, cn4],
    "visit_note": [vn1, vn2, vn3],
    "portal_paste": [pp1, pp2, pp3],
    "letter": [le1, le2, le3],
    "form": [fo1, fo2, fo3, fo4],
    "email_signature": [es1, es2, es3, es4],
    "international": [in1, in2, in3, in4, in5],
}
CASE = {"lower_case": "lower", "all_caps": "upper"}


# ================================================================ INTL-heavy templates
def xlc1(b):
    return (f"{b.k(REL)}'s sister {b.full('INTL')} flew in from {b.icity()} and is staying at {b.addr()}. "
            f"her phone from home {b.iphone()}. she wants the {b.k(LABS)} results emailed to {b.email(loc=b.loc)}")


def xlc2(b):
    return (f"paying {b.k(REL)}'s care home in {b.icity()} tonight, iban {b.iban()}, name {b.full('INTL')}. "
            f"the {b.k(DRUGS)} there is cheaper lol. their number {b.iphone()}")


def xac1(b):
    return (f"MY SON {b.full('INTL')} LIVES AT {b.iaddr()}. PLEASE SEND THE {b.k(CONDS)} PAPERS THERE. "
            f"HIS PHONE {b.iphone()}. MINE IS {b.phone()}")


def xac2(b):
    return (f"I WAS BORN {b.idob()} IN {b.icity()}. MY OLD HEALTH NUMBER THERE IS {b.imrn()}. "
            f"{b.k(HAVE)} HAVE MY {b.k(DRUGS)} LIST. {b.full('INTL')} {b.iphone()}")


def xgc1(b):
    a, c = b.first(), b.first()
    return (f"{a}: {b.full('INTL')} called from {b.icity()} asking about {b.k(REL)}'s {b.k(CONDS)}\n"
            f"{c}: tell her to call {b.iphone()}\n{b.re(a)}: she wants to send money, iban {b.iban()}")


def xgc2(b):
    a, c = b.first(), b.first()
    return (f"{a}: aunt {b.first('INTL')} has a new address {b.iaddr()}\n{c}: phone?\n"
            f"{b.re(a)}: {b.iphone()} or {b.email(loc=b.loc)}. she asked about the {b.k(DRUGS)}")


def xro1(b):
    return (f"so my cousin {b.full('INTL')} who lives at {b.iaddr()} says {b.k(REL)} can stay with her "
            f"after the {b.k(CONDS)} treatment but she needs a letter with the date of birth "
            f"{b.idob()} and the doctor there wants to call {b.phone()} from {b.iphone()} and I'm so tired")


def xro2(b):
    return (f"I sent the deposit from {b.iban_labeled()} to the clinic in {b.icity()} and the doctor "
            f"{b.full('INTL')} says they never got it and his office number {b.iphone()} just rings and "
            f"meanwhile {b.k(REL)} is out of {b.k(DRUGS)} and my number here is {b.phone()}")


def xsp1(b):
    b.loc = "es_MX"
    return (f"mi tía {b.full('INTL')} vive en {b.iaddr()} y necesita el {b.k(DRUGS)}. su tel es "
            f"{b.iphone()} y nació el {b.idob()}. can someone help?")


def xsp2(b):
    b.loc = b.v.ch(["es_ES", "es_MX"])
    return (f"mandé el dinero a la clínica en {b.icity()}, iban {b.iban()}, a nombre de {b.full('INTL')}. "
            f"el {b.k(CONDS)} de mi {b.k(['abuelo', 'papá', 'tío'])} está peor. tel {b.iphone()}")


def xsl1(b):
    a = b.first("INTL")
    return (f"{a}: how is {b.k(REL)}?\n{b.first()}: better, the {b.k(DRUGS)} helped\n"
            f"{b.re(a)}: call me {b.iphone()}, I'm in {b.icity()} until {b.k(MONTHS)}")


def xsl2(b):
    return (f"Daughter {b.full('INTL')} (from {b.icity()}): {b.k(NEG[:2])} want her alone tonight\n"
            f"Nurse {b.first()}: understood. Her home address for the file?\nDaughter: {b.iaddr()}, "
            f"{b.iphone()}")


def xli1(b):
    return (f"Family overseas:\n- {b.full('INTL')}, {b.iaddr()}, {b.iphone()}\n"
            f"- {b.full('INTL')} ({b.icity()}) {b.email(loc=b.loc)}\nre {b.k(REL)}'s {b.k(CONDS)}")


def xli2(b):
    return (f"payments for {b.k(REL)}:\n- care home {b.iban_labeled()}\n- pharmacy {b.card_labeled()}\n"
            f"- Dr. {b.full('INTL')} {b.iphone()}\n- {b.k(DRUGS)} refill")


def xtr1(b):
    return (f"Voicemail: hello this is {b.full('INTL')} calling from {b.icity()} about my mother "
            f"{b.full('INTL')}, born {b.idob()}, she is in your {b.k(['hospice', 'ICU', 'rehab unit'])}. "
            f"My number is {b.iphone()}, thank you.")


def xtr2(b):
    return (f"DICTATION: Patient {b.full('INTL')}, visiting from {b.icity()}, DOB {b.idob()}, home health "
            f"number {b.imrn()}. {b.k(CONDS)}. Switch {b.k(INTL_DRUGS)} to {b.k(DRUGS)}. Son {b.first()} "
            f"reachable at {b.phone()}.")


def xnn1(b):
    return (f"Hello, I am {b.full('INTL')}. My mother has {b.k(CONDS)} and she is in {b.icity()}. "
            f"Please the papers send to {b.iaddr()}. Telephone {b.iphone()}.")


def xnn2(b):
    return (f"My father born {b.idob()} in {b.icity()}. Here is his number from home {b.imrn()}. "
            f"Is ok to take {b.k(DRUGS)}? Write me {b.email(loc=b.loc)}")


def xgt1(b):
    return (f"Refund for the {b.k(LABS)}: please wire to {b.iban_labeled()}, holder {b.full('INTL')}, "
            f"{b.iaddr()}.")


def xgt2(b):
    return (f"Change mailing address from {b.iaddr()} to {b.addr()}. Name {b.full('INTL')}. "
            f"Old phone {b.iphone()}, new {b.phone()}. {b.k(ORGS)} has the new one.")


def xcn2(b):
    return (f"Pt {b.full('INTL')}, DOB {b.idob()}, visiting from {b.icity()}. Records requested from "
            f"{b.iaddr()}, fax {b.iphone()}. {b.k(CONDS)} on {b.k(INTL_DRUGS)}.")


def xvn1(b):
    return (f"RN visit. Pt {b.full('INTL')} staying with son at {b.addr()}. Dtr {b.first('INTL')} on video "
            f"from {b.icity()} ({b.iphone()}). {b.k(CONDS)}, {b.k(DRUGS)} given.")


def xvn2(b):
    return (f"Hospice SW visit. Family abroad: {b.full('INTL')} {b.iphone()}, {b.email(loc=b.loc)}, "
            f"{b.iaddr()}. Pt {b.full()} on {b.k(DRUGS)}.")


def xpp1(b):
    return (f"Patient: {b.full('INTL')}    DOB: {b.idob()}\nHome address: {b.iaddr()}\n"
            f"Phone: {b.iphone()}\nTest: {b.k(LABS)}   Flag: L")


def xpp2(b):
    return (f"Message from proxy {b.full('INTL')} ({b.email(loc=b.loc)}):\nI will pay {b.k(REL)}'s "
            f"{b.k(LABS)} bill from {b.iban_labeled()}. I live in {b.icity()}.")


def xle1(b):
    me = b.full("INTL")
    return (f"{me}\n{b.iaddr()}\n\nDear patient, your invoice for the {b.k(LABS)} is attached. "
            f"Please pay to IBAN {b.iban()} or call {b.iphone()}.")


def xle2(b):
    return (f"Dear Dr. {b.full('INTL')},\nRe: {b.full('INTL')}, born {b.idob()}, health no. {b.imrn()}.\n"
            f"Thank you for seeing her for {b.k(CONDS)}. Her daughter here is {b.full()}, {b.phone()}.")


def xfo1(b):
    return (f"INTERNATIONAL PATIENT FORM\nName: {b.full('INTL')}\nDOB: {b.idob()}\nHome address: {b.iaddr()}\n"
            f"Phone: {b.iphone()}\nEmail: {b.email(loc=b.loc)}\nHealth ID: {b.imrn()}\nDx: {b.k(CONDS)}")


def xfo2(b):
    return (f"Payment form\nPayer: {b.full('INTL')}\nIBAN: {b.iban()}\nCard: {b.card()}\n"
            f"City: {b.icity()}\nFor: {b.k(DRUGS)}")


def xes1(b):
    me = b.full("INTL")
    return (f"Thank you for caring for {b.k(REL)}. The {b.k(CONDS)} news is hard.\n\nKind regards,\n{me}\n"
            f"{b.iaddr()}\n{b.iphone()}\n{b.iurl(me)}")


def xin1(b):
    return (f"{b.full('INTL')} ({b.icity()}) is {b.k(REL)}'s emergency contact abroad: {b.iphone()}, "
            f"{b.iaddr()}. {b.k(CONDS)}, on {b.k(INTL_DRUGS)}.")


TEMPLATES_INTL = {
    "lower_case": [xlc1, xlc2], "all_caps": [xac1, xac2], "group_chat": [xgc1, xgc2],
    "run_on": [xro1, xro2], "spanglish": [xsp1, xsp2], "speaker_label": [xsl1, xsl2],
    "list": [xli1, xli2], "transcript": [xtr1, xtr2], "non_native": [xnn1, xnn2],
    "general_text": [xgt1, xgt2], "clinician_note": [cn4, xcn2], "visit_note": [xvn1, xvn2],
    "portal_paste": [xpp1, xpp2], "letter": [xle1, xle2, le3], "form": [xfo1, xfo2, fo3],
    "email_signature": [es4, xes1], "international": [in1, in2, in3, in4, in5, xin1],
}
TEMPLATES_US["clinician_note"] = [cn1, cn2, cn3]
TEMPLATES_US["letter"] = [le1, le2]
TEMPLATES_US["form"] = [fo1, fo2, fo4]
TEMPLATES_US["email_signature"] = [es1, es2, es3]
TEMPLATES_US["international"] = [in1, in2, in3, in4, in5]
TEMPLATES = TEMPLATES_US
