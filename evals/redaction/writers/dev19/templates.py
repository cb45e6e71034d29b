"""Template part of dev19: my own templates (markup strings) filled with Faker-based values.
Markup is the same as the hand files: [[value|TYPE]] / [[value|TYPE|I]] and {{keep}}."""
from profiles import US, Intl, COUNTRIES, RELATIONS

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "prednisone", "furosemide",
         "Xarelto", "Jardiance", "Ozempic", "insulin glargine", "Humalog", "losartan", "hydrochlorothiazide",
         "carvedilol", "metoprolol", "donepezil", "memantine", "carbidopa-levodopa", "Seroquel", "Zoloft",
         "trazodone", "buprenorphine", "Suboxone", "naloxone", "Narcan", "albuterol", "Symbicort", "Spiriva",
         "tamsulosin", "omeprazole", "Protonix", "Plavix", "aspirin 81", "vitamin B12", "fish oil", "turmeric",
         "potassium chloride", "Tylenol", "ibuprofen", "Keppra", "lamotrigine", "Entresto", "spironolactone",
         "allopurinol", "colchicine", "Fosamax", "calcium + D", "Miralax", "senna", "tramadol", "morphine",
         "Lyrica", "Trulicity", "Farxiga", "digoxin", "Coumadin", "ferrous sulfate", "mirtazapine", "Aricept"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "CHF", "type 2 diabetes", "hypertension", "CKD stage 3", "sepsis", "pneumonia", "UTI", "cellulitis",
         "DVT", "stroke", "TIA", "dementia", "macular degeneration", "glaucoma", "osteoporosis", "gout",
         "sleep apnea", "depression", "anxiety", "bipolar disorder", "epilepsy", "MS", "lupus", "RA",
         "hypothyroidism", "anemia", "neuropathy", "shingles", "cirrhosis", "hepatitis C", "breast cancer",
         "prostate cancer", "lymphoma", "ALS", "Crohn's", "diverticulitis", "kidney stones", "vertigo"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BNP", "TSH", "creatinine", "eGFR", "potassium", "CBC", "lipid panel",
        "troponin", "PSA", "vitamin D level", "CMP", "urinalysis", "ferritin", "LDL"]
BODY = ["knee", "hip", "shoulder", "left foot", "lower back", "right eye", "chest", "ankle", "wrist", "bladder", "heel"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Kaiser", "Medicaid", "Rite Aid", "Cleveland Clinic",
        "the VA", "Humana", "Aetna", "Blue Cross", "Meals on Wheels", "DaVita", "Fresenius", "Lincare", "Publix pharmacy",
        "Kroger pharmacy", "Walmart pharmacy", "Social Security", "AARP"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "They're", "Can't", "Won't", "I'd", "She's"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GROUPS = ["Morning Walk Group", "Heart Health Class", "Caregiver Support Group", "Memory Cafe", "Diabetes Prevention Program",
          "Chair Yoga", "Grief Support Circle", "Better Breathers Club"]
HELP = ["988", "1-800-222-1222", "911"]
IDONT, DONT, WEDONT, FUT = "I don't", "Don't", "We don't", ["I'll", "We'll"]


def m(v, c, intl=False):
    return f"[[{v}|{c}{'|I' if intl else ''}]]"


def k(w):
    return "{{" + w + "}}"


class T:
    """Shortcuts bound to one rng."""

    def __init__(self, r):
        self.r = r

    def drug(self): return k(self.r.choice(DRUGS))
    def cond(self): return k(self.r.choice(CONDS))
    def lab(self): return k(self.r.choice(LABS))
    def body(self): return k(self.r.choice(BODY))
    def org(self): return k(self.r.choice(ORGS))
    def day(self): return k(self.r.choice(DAYS))
    def rel(self): return k(self.r.choice(["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Granny"]))
    def contr(self): return k(self.r.choice(CONTR))
    def group(self): return k(self.r.choice(GROUPS))


def P(p, style=None):
    return m(p.full(style) if isinstance(p, US) else p.full(), "P", isinstance(p, Intl))


def gen_lower_case(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3, 4, 5])
    if c == 1:
        return f"hey its {m(a.first.lower(), 'P')}, {k('mom')} needs her {t.drug()} refilled at the {k('cvs')} in {m(a.city().lower(), 'L')}. call me {m(a.phone(), 'PH')}"
    if c == 2:
        return f"{m(b.full('lower'), 'P')} is driving {k('grandpa')} to his {t.cond()} appt {t.day()}. address is {m(a.address('lower'), 'L')}"
    if c == 3:
        return f"ok so {m(a.first.lower(), 'P')} and {m(b.first.lower(), 'P')} both have the {k('flu')} now. {m(a.first.lower(), 'P')}'s birthday was {m(a.dob(), 'D')} so shes on the senior plan. {t.lab()} was fine tho"
    if c == 4:
        return f"can someone text {m(b.first.lower(), 'P')} at {m(b.phone(), 'PH')}, she's got {k('dad')}'s {t.drug()} and his {k('medicare')} card ({m(b.mrn()[1], 'M')})"
    return f"moving {k('nana')} to {m(a.city().lower(), 'L')} next month, new place is {m(a.address('lower'), 'L')}. her email {m(a.email(), 'E')}. {t.cond()} is stable"


def gen_all_caps(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3, 4])
    if c == 1:
        return f"PATIENT {m(a.full('LF'), 'P')} DOB {m(a.dob().upper(), 'D')} NEEDS {k(r.choice(['INSULIN', 'OXYGEN', 'WARFARIN', 'LASIX']))} REFILL. CALL {m(a.phone(), 'PH')}"
    if c == 2:
        return f"THIS IS {m(a.full('caps'), 'P')}. MY NEW ADDRESS IS {m(a.address('caps'), 'L')}. PLEASE SEND MY {k('MEDICARE')} MAIL THERE. {k('THANK YOU')}"
    if c == 3:
        return f"MY {k(r.choice(['HUSBAND', 'WIFE', 'SON', 'DAUGHTER']))} {m(b.first.upper(), 'P')} IS NOT ANSWERING. HE HAS {k(r.choice(['COPD', 'DEMENTIA', 'DIABETES', 'HEART FAILURE']))}. HIS CELL {m(b.phone(), 'PH')}. WE LIVE IN {m(b.city().upper(), 'L')}"
    return f"ATTN BILLING - ACCT FOR {m(a.full('caps'), 'P')} SSN {m(a.ssn(), 'S')}. {k('DR.')} SAID THE {k(r.choice(['MRI', 'CT SCAN', 'X-RAY', 'ECHO']))} WAS COVERED. CALL {m(a.phone(), 'PH')}"


def gen_speaker_label(r, t):
    a, b, c_ = US(r), US(r), US(r)
    c = r.choice([1, 2, 3, 4, 5])
    if c == 1:
        return f"{m(a.first, 'P')}: did {k('Mom')} take the {t.drug()}\n{m(b.first, 'P')}: yes at 8\n{m(a.first, 'P')}: ok. {m(c_.first, 'P')} has her {t.lab()} results, {m(c_.phone(), 'PH')}"
    if c == 2:
        rl = k(r.choice(['Cousin', 'Neighbor', 'Caregiver', 'Grandkid', 'Godchild']))
        return f"{rl} {m(a.first, 'P')}: {k('Dad')}'s at {m(a.address('line'), 'L')} now\n{k('Nurse')} {m(b.first, 'P')}: noted, I'll update his chart\n{rl} {m(a.first, 'P')}: thx, his {t.cond()} is worse at night"
    if c == 3:
        return f"{m(a.full('caps'), 'P')}: who has the {t.drug()} list\n{m(b.full('caps'), 'P')}: me. emailing to {m(b.email(), 'E')}\n{m(a.full('caps'), 'P')}: ty"
    if c == 4:
        return f"{m(a.last, 'P')} ({k('patient')}): my {t.body()} hurts again\n{k('Caregiver')}: rate it 1-10?\n{m(a.last, 'P')} ({k('patient')}): 7\n{k('Caregiver')}: calling Dr. {m(c_.last, 'P')} at {m(c_.phone(), 'PH')}"
    return f"{m(a.first.lower(), 'P')}: {k(r.choice(FUT))} be late, traffic on the bridge into {m(a.city(), 'L')}\n{m(b.first.lower(), 'P')}: ok {k('grandma')}'s {t.lab()} is at 2"


def gen_list(r, t):
    ps = [US(r) for _ in range(4)]
    c = r.choice([1, 2, 3, 4])
    if c == 1:
        names = [p.first for p in ps[:3]]
        return f"Who's covering {k('Mom')} this week:\n- {t.day()}: {m(names[0], 'P')}\n- {t.day()}: {m(names[1], 'P')} ({m(ps[1].phone(), 'PH')})\n- weekend: {m(names[2], 'P')}\nRemember the {t.drug()} at noon!"
    if c == 2:
        return f"Contacts for {m(ps[0].full('fl'), 'P')}:\n1. {m(ps[1].full('fl'), 'P')} – {m(ps[1].phone(), 'PH')}\n2. {m(ps[2].full('fl'), 'P')} – {m(ps[2].email(), 'E')}\n3. {k('Poison Control')} {k('1-800-222-1222')}\n4. {k('Hospice')} nurse line"
    if c == 3:
        return f"{m(ps[0].first, 'P')}, {m(ps[1].first, 'P')} and {m(ps[2].first, 'P')} are on {k('Grandpa')}'s {k('HIPAA')} form. Meds: {t.drug()}, {t.drug()}, {t.drug()}."
    i = Intl(r)
    return f"Family contact sheet ({t.cond()}):\n* {m(ps[0].full('lf'), 'P')} {m(ps[0].phone(), 'PH')}\n* {m(i.full(), 'P', True)} (abroad) {m(i.phone(), 'PH', True)}\n* {m(ps[1].full('fl'), 'P')} {m(ps[1].address('line'), 'L')}"


def gen_run_on(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3])
    if c == 1:
        return f"so {k('Mom')} went to the {k('ER')} last night because her {t.body()} was swollen and they think its {t.cond()} and now they want her on {t.drug()} and my sister {m(b.first, 'P')} says no but she doesnt even live here she lives in {m(b.city(), 'L')} so anyway please call me {m(a.first, 'P')} at {m(a.phone(), 'PH')}"
    if c == 2:
        return f"{k(IDONT)} know what to do anymore {m(a.full('f'), 'P')} keeps forgetting the {t.drug()} and the pill box doesnt help and his {t.lab()} came back high and we moved him in with us at {m(a.address('nocomma'), 'L')} but I work nights so it's hard"
    return f"I'm the neighbor, {m(a.full('fl'), 'P')} asked me to write since her hands shake from the {t.cond()}, she wants the nurse to know the {t.drug()} is gone and her daughter {m(b.first, 'P')} in {m(b.city(), 'L')} can be reached at {m(b.phone(), 'PH')} or {m(b.email(), 'E')}"


def gen_signature(r, t):
    a = US(r)
    c = r.choice([1, 2, 3, 4])
    if c == 1:
        return f"Thanks for the update on Dad's {t.cond()}.\n\n{m(a.full('fl'), 'P')}\n{m(a.address('multi'), 'L')}\n{m(a.phone(), 'PH')}\n{m(a.email(), 'E')}"
    if c == 2:
        return f"{k(DONT)} forget the {t.lab()} Friday.\n--\n{m(a.full('fml'), 'P')}, {r.choice(['RN', 'LPN', 'CNA', 'MSW', 'PharmD'])}\n{t.org()}\nCell: {m(a.phone(), 'PH')} | {m(a.url(), 'U')}"
    if c == 3:
        i = Intl(r)
        return f"Please keep me posted about Mum's {t.drug()}.\n\nKind regards,\n{m(i.full(), 'P', True)}\n{m(i.address(), 'L', True)}\nTel. {m(i.phone(), 'PH', True)}\n{m(i.email(), 'E', True)}"
    return f"ok will do\n\n- {m(a.first, 'P')}\nSent from my phone. {m(a.phone(), 'PH')}\n{k('988')} if you or someone you love needs support"


def gen_form(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3, 4])
    if c == 1:
        lab, mrn = a.mrn()
        return f"NEW PATIENT FORM\nName: {m(a.full('lf'), 'P')}\nDOB: {m(a.dob(), 'D')}\nSSN: {m(a.ssn(), 'S')}\nAddress: {m(a.address('line'), 'L')}\nPhone: {m(a.phone(), 'PH')}\n{lab} {m(mrn, 'M')}\nCurrent meds: {t.drug()}, {t.drug()}"
    if c == 2:
        rl, rt, al, ac = a.bank()
        return f"Payment authorization\nAccount holder: {m(a.full('fl'), 'P')}\nBank {rl}: {m(rt, 'A')}\n{al}: {m(ac, 'A')}\nEmail: {m(a.email(), 'E')}\nFor: {k('home health')} copays"
    if c == 3:
        return f"Emergency Contact Form\nPatient: {m(a.full('fl'), 'P')}   Birth date: {m(a.dob(), 'D')}\nContact 1: {m(b.full('fl'), 'P')}, {m(b.phone(), 'PH')}\nRelationship: {k(r.choice(['daughter', 'son', 'spouse', 'niece', 'friend']))}\nAllergies: {k(r.choice(['penicillin', 'sulfa', 'latex', 'codeine']))}\nDx: {t.cond()}"
    i = Intl(r)
    hl, hv = i.health_id()
    return f"VISITOR / TRAVEL HEALTH FORM\nName: {m(i.full(), 'P', True)}\nDate of birth: {m(i.dob(), 'D', True)}\nHome address: {m(i.address(), 'L', True)}\nPhone: {m(i.phone(), 'PH', True)}\n{hl}: {m(hv, 'M', True)}\nUS contact: {m(a.full('fl'), 'P')} {m(a.phone(), 'PH')}\nMeds: {t.drug()}"


def gen_clinician_note(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3])
    lab, mrn = a.mrn()
    if c == 1:
        return f"Pt {m(a.full('LF'), 'P')} {r.randint(40, 95)}{r.choice('MF')}, {lab} {m(mrn, 'M')}, DOB {m(a.dob(), 'D')}. Hx {t.cond()}, {t.cond()}. Meds: {t.drug()}, {t.drug()}. {t.lab()} pending. Dtr {m(b.first, 'P')} {m(b.phone(), 'PH')}."
    if c == 2:
        return f"HH visit {m(a.address('line'), 'L')}: {k('Mrs.')} {m(a.last, 'P')} alert, {t.body()} edema 2+. Reinforced {t.drug()} adherence. Spouse {m(b.first, 'P')} present. F/u {t.day()}."
    return f"Phone note: called {m(a.full('fl'), 'P')} re {t.lab()} = abnormal. No answer at {m(a.phone(), 'PH')}; LVM. Alt contact {m(b.full('fl'), 'P')} ({m(b.email(), 'E')})."


def gen_general_text(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3, 4, 5])
    if c == 1:
        return f"Hi, please update my address to {m(a.address(), 'L')}. Name on the account is {m(a.full('fl'), 'P')}. {k('Thanks')}!"
    if c == 2:
        return f"Quick non-medical question: can my son {m(b.full('fl'), 'P')} ({m(b.email(), 'E')}) get copies of the {k('Medicare')} statements? {k(WEDONT)} want them going to {m(a.city(), 'L')} anymore."
    if c == 3:
        return f"The {t.group()} moved to {t.day()}s at the library in {m(a.city(), 'L')}. Ask for {m(a.first, 'P')}, {m(a.phone(), 'PH')}."
    if c == 4:
        return f"I filled in the {k('Social Security')} form for {k('Dad')}: {m(a.full('fl'), 'P')}, SSN {m(a.ssn(), 'S')}, born {m(a.dob(), 'D')}. Is that all they need?"
    return f"New mailing address for {m(a.full('fl'), 'P')}:\n{m(a.address('multi'), 'L')}\nPhone stays {m(a.phone(), 'PH')}. Please send the {t.drug()} deliveries there too."


def gen_international(r, t):
    i = Intl(r)
    j = Intl(r, i.cc)
    us = US(r)
    lang = i.c["lang"]
    hello = {"en": "Hello", "es": "Hola", "fr": "Bonjour", "de": "Guten Tag", "it": "Buongiorno", "pt": "Olá", "nl": "Goedendag",
             "pl": "Dzień dobry", "ja": "こんにちは", "zh": "您好", "ko": "안녕하세요", "ru": "Здравствуйте", "uk": "Добрий день",
             "tr": "Merhaba", "ar": "مرحبا", "vi": "Xin chào", "hi": "नमस्ते", "el": "Γεια σας", "he": "שלום", "th": "สวัสดีครับ"}[lang]
    c = r.choice([1, 2, 3, 4, 5, 6])
    if c == 1:
        return f"{hello}! {m(i.full(), 'P', True)} here, writing about {m(j.full(), 'P', True)}, my {r.choice(['parent', 'grandparent', 'in-law', 'cousin'])}. Address: {m(i.address(), 'L', True)}. Phone {m(i.phone(), 'PH', True)}. {k('Medication')}: {t.drug()}."
    if c == 2:
        il, iv = i.iban()
        return f"{hello}, {m(i.full(), 'P', True)} from {m(i.city(), 'L', True)}. Please refund the {k('telehealth')} fee to {il + ' ' if il else ''}{m(iv, 'A', True)}. Email {m(i.email(), 'E', True)}."
    if c == 3:
        hl, hv = i.health_id()
        return f"{hello}. Patient {m(i.full(), 'P', True)}, born {m(i.dob(), 'D', True)}, {hl} {m(hv, 'M', True)}. Staying with {m(us.full('fl'), 'P')} at {m(us.address('line'), 'L')} during treatment for {t.cond()}."
    if c == 4:
        return f"{hello} — {m(i.full(), 'P', True)}. {k('Mom')}'s neighbour {m(j.full(), 'P', True)} ({m(j.phone(), 'PH', True)}) has a key. Home: {m(i.address(), 'L', True)}. She takes {t.drug()} for {t.cond()}."
    if c == 5:
        return f"{hello}, I'm {m(us.full('fl'), 'P')} in {m(us.city(), 'L')}. My relative {m(i.full(), 'P', True)} lives at {m(i.address(), 'L', True)} and the phone is {m(i.phone(), 'PH', True)}. Can the {k('cardiologist')} see him by video?"
    il, iv = i.iban()
    return f"{hello}. {m(i.full(), 'P', True)}, {m(i.city(), 'L', True)}. Born {m(i.dob(), 'D', True)}. Mobile {m(i.phone(), 'PH', True)}. Bank {il} {m(iv, 'A', True)}. {t.cond()}"


def gen_voicemail(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3])
    if c == 1:
        return f"Hi, this is {m(b.first, 'P')} from {t.org()} calling for {m(a.full('fl'), 'P')} about the {t.drug()} prior authorization, please call us back at {m(b.phone('ext'), 'PH')}, thank you"
    if c == 2:
        return f"hey it's {m(a.first, 'P')} um {k('Mom')}'s {t.lab()} came back and the nurse wants a call back at {m(a.phone(), 'PH')} before {t.day()}, her date of birth is {m(a.dob(), 'D')} if they ask"
    return f"Good morning, message for the family of {m(a.full('fl'), 'P')}. This is {m(b.full('fl'), 'P')}, {k('hospice')} chaplain. I can visit {t.day()}. My number is {m(b.phone(), 'PH')}. God bless."


def gen_group_chat(r, t):
    a, b, c_ = US(r), US(r), US(r)
    c = r.choice([1, 2, 3])
    if c == 1:
        return f"{m(a.first, 'P')} 🙏: {k('Grandpa')}'s surgery went ok!!\n{m(b.first, 'P')}: thank god. which hospital\n{m(a.first, 'P')} 🙏: {k('Mayo Clinic')}, room 5120. {m(c_.first, 'P')} is with him\n{m(b.first, 'P')}: ill drive up from {m(b.city(), 'L')}"
    if c == 2:
        return f"{m(a.first.lower(), 'P')}: who has {k('mom')}'s {t.drug()}\n{m(b.first.lower(), 'P')}: me, dropping at {m(a.address('line'), 'L')} after work\n{m(c_.first.lower(), 'P')}: ty!! her {t.lab()} is {t.day()}"
    i = Intl(r)
    return f"{m(a.first, 'P')}: cousin {m(i.full(), 'P', True)} is flying in for {k('Abuela')}'s {t.cond()} surgery\n{m(b.first, 'P')}: what's her number\n{m(a.first, 'P')}: {m(i.phone(), 'PH', True)}, whatsapp"


def gen_forwarded(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3])
    if c == 1:
        return f"---------- Forwarded message ---------\nFrom: {m(a.full('fl'), 'P')} <{m(a.email(), 'E')}>\nTo: {m(b.full('fl'), 'P')} <{m(b.email(), 'E')}>\nSubject: {k('Dad')}'s {t.lab()}\n\nIt was high again. {k('Dr.')} wants to add {t.drug()}."
    if c == 2:
        lab, mrn = a.mrn()
        return f"FW: appointment reminder\n> Patient: {m(a.full('LF'), 'P')}\n> {lab} {m(mrn, 'M')}\n> {t.day()} 9:40 AM, {k('Cardiology')}\n> Questions: {m(b.phone(), 'PH')}\n\ncan you take him? - {m(b.first, 'P')}"
    i = Intl(r)
    return f"Fwd: from {m(i.full(), 'P', True)} (family back home)\n\"{k('Mother')}'s {t.cond()} is stable. New address: {m(i.address(), 'L', True)}. Call {m(i.phone(), 'PH', True)}\"\n\n(forwarding so the team has it) {m(a.first, 'P')}"


def gen_billing(r, t):
    a = US(r)
    c = r.choice([1, 2, 3, 4])
    if c == 1:
        cl, cv = a.card()
        return f"Please charge the {t.drug()} copay to my {cl} {m(cv, 'A')}. Name {m(a.full('fl'), 'P')}, billing address {m(a.address('line'), 'L')}."
    if c == 2:
        rl, rt, al, ac = a.bank()
        return f"For the refund: {rl} {m(rt, 'A')}, {al} {m(ac, 'A')}, account in the name of {m(a.full('fl'), 'P')}. {k('Medicare')} already paid its part."
    if c == 3:
        cl, cv = a.card()
        return f"i was charged twice for {k('physical therapy')}, {cl} ending in... ugh just take the whole thing {m(cv, 'A')}. patient {m(a.full('lower'), 'P')} dob {m(a.dob(), 'D')}"
    i = Intl(r)
    il, iv = i.iban()
    return f"Billing question from abroad: my {k('daughter')}'s clinic invoice. Pay me back to {il} {m(iv, 'A', True)} please. {m(i.full(), 'P', True)}, {m(i.email(), 'E', True)}"


def gen_typos(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3])
    typo = lambda w: w if len(w) < 4 else (w[:2] + w[3] + w[2] + w[4:])
    if c == 1:
        return f"my {k('grandmaw')} {m(a.full('fl'), 'P')} neds her {k(typo(r.choice(['metformin', 'lisinopril', 'insulin', 'warfarin'])))} refil, shes at {m(a.address('nocomma'), 'L')} ph {m(a.phone('plain'), 'PH')}"
    if c == 2:
        return f"pls cal {m(b.first.lower(), 'P')} back at {m(b.phone(), 'PH')} abt {k('dads')} {k(typo(r.choice(['prescription', 'appointment', 'colonoscopy', 'pacemaker'])))} thnx"
    return f"im {m(a.first, 'P')} writting for my {k('unlce')} {m(b.full('fl'), 'P')}, hes {k(typo('diabetic'))} and lives in {m(b.city(), 'L')}, his email {m(b.email(), 'E')}"


def gen_multi_identifier(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2])
    lab, mrn = a.mrn()
    if c == 1:
        return f"Intake: {m(a.full('fl'), 'P')} | DOB {m(a.dob(), 'D')} | SSN {m(a.ssn(), 'S')} | {lab} {m(mrn, 'M')} | {m(a.address('line'), 'L')} | {m(a.phone(), 'PH')} | {m(a.email(), 'E')} | Dx {t.cond()}"
    i = Intl(r)
    cl, cv = a.card()
    return f"Records request for {m(a.full('fl'), 'P')} (born {m(a.dob(), 'D')}, {lab} {m(mrn, 'M')}). Send copies to {m(i.full(), 'P', True)}, {m(i.address(), 'L', True)}, {m(i.email(), 'E', True)}. Fee on {cl} {m(cv, 'A')}. Rx: {t.drug()}."


def gen_url_share(r, t):
    a = US(r)
    c = r.choice([1, 2, 3])
    if c == 1:
        return f"Updates on {m(a.full('fl'), 'P')}'s {t.cond()} are here: {m(a.url(), 'U')} (set up by {k('the family')})"
    if c == 2:
        return f"for anyone asking how to help {k('Dad')}: {m(a.url(), 'U')} — thank you, {m(a.first, 'P')}"
    i = Intl(r)
    f = i.email().split("@")[0].replace("_", "-").replace(".", "-")
    return f"{m(i.full(), 'P', True)} shares {k('Mum')}'s journey at {m('https://www.' + r.choice(['justgiving.com/crowdfunding/', 'leetchi.com/c/', 'vakinha.com.br/', 'gofundme.com/f/']) + f + '-care', 'U', True)} — she has {t.cond()}"


def gen_military(r, t):
    a, b = US(r), US(r)
    c = r.choice([1, 2, 3])
    if c == 1:
        return f"My son {m(a.full('fl'), 'P')} is stationed overseas. Mail: {m(a.military(), 'L')}. Please send {k('Dad')}'s {t.cond()} updates to {m(a.email(), 'E')}."
    if c == 2:
        return f"{r.choice(['SGT', 'PO2', 'CPT', 'SSgt', 'Lt'])} {m(a.last, 'P')} here, requesting refill of {t.drug()} to {m(a.military(), 'L')}. DOB {m(a.dob(), 'D')}."
    return f"Retired Navy, {m(a.full('fl'), 'P')}. Old address {m(a.military(), 'L')}, now {m(b.address('line'), 'L')}. {k('VA')} claim for {t.cond()}."


def gen_voice_dictation(r, t):
    a = US(r)
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    ph = "".join(ch for ch in a.phone("plain"))
    spoken = " ".join(words[int(d)] for d in ph)
    c = r.choice([1, 2, 3])
    if c == 1:
        return f"text to nurse line this is {m(a.full('lower'), 'P')} my phone is {m(spoken, 'PH')} i need my {t.drug().lower()} refilled please call me"
    if c == 2:
        return f"hey google message {m(a.first.lower(), 'P')} tell them {k('mom')}'s appointment for the {t.cond().lower()} is {t.day().lower()} at {m(a.address('lower').replace(',', ''), 'L')} period"
    return f"this is {m(a.full('lower'), 'P')} comma date of birth {m(a.dob().lower(), 'D')} comma calling about my {t.lab().lower()} results period call me at {m(a.phone('dash'), 'PH')}"



def _more(style, fn, extra, p=0.45):
    def g(r, t):
        if r.random() < p:
            return r.choice(extra)(r, t)
        return fn(r, t)
    return g


def x_lower_url(r, t):
    a = US(r)
    return f"here's the link for {k('nana')}'s {t.cond().lower()} fundraiser {m(a.url(), 'U')} - {m(a.first.lower(), 'P')}"


def x_lower_intl(r, t):
    i = Intl(r)
    return f"my cousin {m(i.full().lower() if not i.nonlatin else i.full(), 'P', True)} is coming from {m(i.city().lower() if not i.nonlatin else i.city(), 'L', True)} to help with {k('grandpa')}, her number {m(i.phone(), 'PH', True)}. she's a nurse so she knows the {t.drug()} stuff"


def x_lower_ssn(r, t):
    a = US(r)
    return f"the {k('medicaid')} lady needs {k('mom')}'s social again, its {m(a.ssn(), 'S')}, name {m(a.full('lower'), 'P')}, born {m(a.dob(), 'D')}"


def x_gen_url(r, t):
    a, b = US(r), US(r)
    return f"Not medical: {m(a.full('fl'), 'P')} made a {t.group()} page at {m(a.url(), 'U')}. Contact {m(b.full('fl'), 'P')} for rides, {m(b.phone(), 'PH')}."


def x_gen_intl(r, t):
    i = Intl(r)
    return f"Please change the mailing address for {m(i.full(), 'P', True)} to {m(i.address(), 'L', True)} while {k('she')} stays with family. Phone there: {m(i.phone(), 'PH', True)}."


def x_group_url(r, t):
    a, b = US(r), US(r)
    return f"{m(a.first, 'P')}: I made {k('Grandpa')} a page {m(a.url(), 'U')}\n{m(b.first, 'P')}: shared it!! his {t.cond()} update is so good\n{m(a.first, 'P')}: {k('Mom')} cried lol"


def x_group_intl(r, t):
    i, j = Intl(r), Intl(r)
    return f"{m(i.full(), 'P', True)}: {t.cond()} 검사 ok?\n{m(j.full(), 'P', True)}: ok. {k('Dad')} at {m(i.address(), 'L', True)}\n{m(i.full(), 'P', True)}: call {m(j.phone(), 'PH', True)}" if i.cc == "KR" else f"{m(i.full(), 'P', True)}: landed in {m(i.city(), 'L', True)}\n{m(j.full(), 'P', True)}: how is {k('Grandma')}'s {t.cond()}?\n{m(i.full(), 'P', True)}: better. {m(i.phone(), 'PH', True)} if you need me"


def x_bill_ssn(r, t):
    a = US(r)
    cl, cv = a.card()
    return f"Collections keeps calling about {m(a.full('fl'), 'P')} (SSN {m(a.ssn(), 'S')}). The {k('ER')} bill was paid with {cl} {m(cv, 'A')} on {t.day()}."


def x_bill_intl(r, t):
    i = Intl(r)
    il, iv = i.iban()
    return f"Invoice for {m(i.full(), 'P', True)}, {m(i.address(), 'L', True)}. {k('Dental')} visit, {t.cond()} consult. Transfer to {il} {m(iv, 'A', True)}."


def x_voice_ssn(r, t):
    a = US(r)
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    d = "".join(ch for ch in a.ssn() if ch.isdigit())
    return f"send to billing this is {m(a.full('lower'), 'P')} my social is {m(' '.join(words[int(c)] for c in d), 'S')} and my address is {m(a.address('lower').replace(',', ''), 'L')} i got a bill for the {t.lab().lower()}"


def x_run_intl(r, t):
    i, a = Intl(r), US(r)
    return f"so my {k('mom')} is stuck in {m(i.city(), 'L', True)} because her {t.cond()} flared up on the trip and the hospital there wants the {k('Medicare')} info but that doesn't work abroad, she's staying with {m(i.full(), 'P', True)} at {m(i.address(), 'L', True)}, phone {m(i.phone(), 'PH', True)}, I'm {m(a.first, 'P')} in {m(a.city(), 'L')}"


def x_voicemail_intl(r, t):
    i = Intl(r)
    return f"Hello, this is {m(i.full(), 'P', True)} calling from {m(i.city(), 'L', True)} about my relative's {t.drug()}. Please call back on {m(i.phone(), 'PH', True)}, that's {m(i.phone(), 'PH', True)} for the office. Thank you."


def x_clin_intl(r, t):
    i = Intl(r)
    hl, hv = i.health_id()
    return f"Intl pt {m(i.full(), 'P', True)}, DOB {m(i.dob(), 'D', True)}, {hl} {m(hv, 'M', True)}. Presented w/ {t.cond()}. Home {m(i.address(), 'L', True)}. Family {m(i.phone(), 'PH', True)}. Started {t.drug()}."


def x_speaker_intl(r, t):
    i, a = Intl(r), US(r)
    return f"{m(a.first, 'P')}: is {m(i.full(), 'P', True)} still in {m(i.city(), 'L', True)}?\n{m(i.full(), 'P', True)}: yes, home at {m(i.address(), 'L', True)}\n{m(a.first, 'P')}: ok I'll send {k('Aunt')}'s {t.drug()} there"


def x_url_intl(r, t):
    i = Intl(r)
    slug = (i.email().split("@")[0]).replace(".", "-").replace("_", "-")
    return f"{m(i.full(), 'P', True)} ({m(i.city(), 'L', True)}) posts {k('Dad')}'s {t.cond()} updates on {m('https://www.facebook.com/' + slug, 'U', True)}"


def x_sig_url(r, t):
    a = US(r)
    return f"See you {t.day()} at the {k('infusion center')}.\n\n{m(a.full('fl'), 'P')}\n{m(a.url(), 'U')}\n{m(a.phone(), 'PH')}"


def x_list_intl(r, t):
    ps = [Intl(r) for _ in range(3)]
    return "Relatives to notify about " + k(r.choice(["Grandma", "Grandpa", "Mom", "Dad"])) + "'s " + t.cond() + ":\n" + "\n".join(f"- {m(p.full(), 'P', True)}, {m(p.city(), 'L', True)}, {m(p.phone(), 'PH', True)}" for p in ps)


def x_form_url(r, t):
    a = US(r)
    return f"Volunteer driver application\nName: {m(a.full('fl'), 'P')}\nSSN: {m(a.ssn(), 'S')}\nDOB: {m(a.dob(), 'D')}\nWebsite/social: {m(a.url(), 'U')}\nWilling to drive to: {k('dialysis')}, {k('chemo')}"


gen_lower_case = _more("lower_case", gen_lower_case, [x_lower_url, x_lower_intl, x_lower_ssn], 0.5)
gen_general_text = _more("general_text", gen_general_text, [x_gen_url, x_gen_intl], 0.45)
gen_group_chat = _more("group_chat", gen_group_chat, [x_group_url, x_group_intl], 0.5)
gen_billing = _more("billing", gen_billing, [x_bill_ssn, x_bill_intl], 0.5)
gen_voice_dictation = _more("voice_dictation", gen_voice_dictation, [x_voice_ssn], 0.3)
gen_run_on = _more("run_on", gen_run_on, [x_run_intl], 0.35)
gen_voicemail = _more("voicemail", gen_voicemail, [x_voicemail_intl], 0.35)
gen_clinician_note = _more("clinician_note", gen_clinician_note, [x_clin_intl], 0.35)
gen_speaker_label = _more("speaker_label", gen_speaker_label, [x_speaker_intl], 0.35)
gen_url_share = _more("url_share", gen_url_share, [x_url_intl], 0.3)
gen_signature = _more("signature", gen_signature, [x_sig_url], 0.3)
gen_list = _more("list", gen_list, [x_list_intl], 0.3)
gen_form = _more("form", gen_form, [x_form_url], 0.3)

GENERATORS = {name[4:]: fn for name, fn in globals().items() if name.startswith("gen_")}
