"""My own message templates for dev52. Each template returns a marked-up string in the same markup as
hand/*.txt ([[text|CODE/i]] identifiers, {{word}} keep words); build.py parses it.
Values come from gen_values (Faker names + my own address/phone/number formats)."""
import string
import gen_values as g
from gen_values import R, pick, chance

# ------------------------------------------------------------------ keep vocabulary
DRUGS = """metformin|Eliquis|warfarin|Lasix 40|lisinopril|melatonin|St. John's wort|sertraline|oxycodone|atorvastatin|amlodipine|losartan
|levothyroxine|Synthroid|gabapentin|prednisone|albuterol|Xarelto|insulin glargine|Lantus|Humalog|Ozempic|Jardiance|Januvia|donepezil
|Aricept|memantine|carbidopa-levodopa|Sinemet|tramadol|hydrocodone|Norco|furosemide|spironolactone|metoprolol|carvedilol|Entresto
|digoxin|omeprazole|pantoprazole|famotidine|Miralax|senna|docusate|Tylenol|ibuprofen|aspirin 81|Plavix|clopidogrel|tamsulosin|Flomax
|Seroquel|quetiapine|trazodone|Ativan|lorazepam|buspirone|Zoloft|Lexapro|escitalopram|Wellbutrin|Suboxone|buprenorphine|Narcan
|methadone|vitamin D3|fish oil|magnesium|turmeric|ginkgo|CoQ10|Ensure|Klor-Con|Coumadin|Humira|methotrexate|hydroxychloroquine|Keppra
|Depakote|lithium|Flovent|Symbicort|Spiriva|Trelegy|nitroglycerin|morphine|Dilaudid|fentanyl patch|Haldol|allopurinol|colchicine
|Prolia|alendronate|B12 shots|Cymbalta|duloxetine|Lyrica|meloxicam|Celebrex|Lasix|Eliquis 5 mg|metformin 500|lisinopril 10mg
|Farxiga|Mounjaro|Trulicity|Brilinta|hydralazine|Imdur|Ventolin|Zyrtec|Benadryl|Sudafed|Vitamin C|probiotics|ashwagandha""".replace("\n", "").split("|")
CONDITIONS = """hypertriglyceridemia|atrial fibrillation|AFib|opioid use disorder|Parkinson's|COPD|Alzheimer's|dementia|CHF|heart failure
|type 2 diabetes|hypertension|high blood pressure|hypothyroidism|chronic kidney disease|CKD stage 3|sleep apnea|osteoporosis
|rheumatoid arthritis|gout|pneumonia|UTI|sepsis|stroke|TIA|DVT|pulmonary embolism|cellulitis|shingles|macular degeneration|glaucoma
|neuropathy|depression|anxiety|bipolar disorder|PTSD|epilepsy|seizures|migraines|breast cancer|prostate cancer|lymphoma|multiple myeloma
|ALS|MS|lupus|Crohn's|diverticulitis|GERD|hepatitis C|cirrhosis|anemia|asthma|bronchitis|COVID|long COVID|fibromyalgia
|Lewy body dementia|hip fracture|pressure ulcer|delirium|constipation|incontinence|dysphagia|vertigo|sciatica|psoriasis""".replace("\n", "").split("|")
LABS = """Hemoglobin A1c|A1c|INR|CBC|BMP|CMP|TSH|lipid panel|creatinine|eGFR|potassium|sodium|BNP|troponin|PSA|vitamin D level
|ferritin|urinalysis|LDL|triglycerides|hemoglobin|platelets|WBC|blood glucose|fasting sugar|echo|MRI|CT scan|chest x-ray|EKG
|sleep study|bone density scan|colonoscopy|mammogram|stress test""".replace("\n", "").split("|")
BODY = ["left knee", "right hip", "lower back", "ankle", "shoulder", "wrist", "chest", "lungs", "heart", "kidneys", "liver", "bladder",
        "foot", "toes", "heel", "neck", "skin", "eyes", "stomach", "ribs", "right knee", "left arm", "legs", "feet", "hands", "gums"]
REL = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Mama", "Pop", "Auntie", "Uncle Bob", "Mum", "Gran", "Abuela", "Abuelo",
       "Lola", "Lolo", "Oma", "Opa", "Tía", "Baba", "Mother", "Father", "Grammy", "Pops"]
REL_SIMPLE = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Mum", "Abuela", "Pop", "Mother", "Gran", "Baba"]
REL_F = ["Mom", "Grandma", "Nana", "Mum", "Abuela", "Mother", "Gran", "Mama", "Oma", "Lola", "Grammy", "Mom", "Grandma"]
REL_M = ["Dad", "Grandpa", "Papa", "Pop", "Abuelo", "Father", "Opa", "Lolo", "Dad", "Grandpa"]
KIN = {"f": ["daughter", "wife", "sister", "niece", "granddaughter", "mother", "partner"],
       "m": ["son", "husband", "brother", "nephew", "grandson", "father", "partner"]}


def who():
    """A care recipient named by a relation word: returns (marked keep word, pronoun dict)."""
    gd = pick("fm")
    w = pick(REL_F if gd == "f" else REL_M)
    return k(w), PRON[gd]


PRON = {"f": {"s": "she", "o": "her", "p": "her"}, "m": {"s": "he", "o": "him", "p": "his"}}


def kin(p):
    return pick(KIN[p.g])
ORGS = ["Walgreens", "CVS", "Rite Aid", "Kroger pharmacy", "Costco", "Walmart", "Medicare", "Medicaid", "Kaiser", "Mayo Clinic",
        "Cleveland Clinic", "Johns Hopkins", "the VA", "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "Cigna", "Express Scripts",
        "OptumRx", "Meals on Wheels", "AARP", "Social Security", "Visiting Angels", "Home Instead", "Lincare", "Apria", "DaVita",
        "Quest", "Labcorp", "NAMI", "Alzheimer's Association", "MyChart", "Amedisys", "Fresenius", "Banner Health", "Sutter Health"]
PHARM = ["Walgreens", "CVS", "Rite Aid", "Kroger pharmacy", "Costco pharmacy", "Walmart pharmacy", "H-E-B pharmacy", "Publix pharmacy"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
IM = ["I’m", "I'm", "Im"]
DONT = ["Don’t", "Don't", "Dont"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "She's", "Can't", "Won't", "It's", "They're", "I've", "We're", "Didn't"]
HELP = ["988", "911", "1-800-222-1222", "211", "1-800-MEDICARE", "1-800-662-4357"]
CAPS = ["Morning Walk Group", "Memory Café", "Chair Yoga", "Caregiver Circle", "Care Plan", "Discharge Summary", "Medication List",
        "Fall Prevention Class", "Healthy Heart Program", "Bingo Night", "Diabetes Self-Management Class", "Grief Support Group"]
STAFF = ["nurse", "aide", "PT", "OT", "social worker", "hospice nurse", "home health aide", "caregiver", "case manager", "chaplain", "pharmacist", "CNA"]


def k(w):
    return "{{" + w + "}}"


def kd():
    return k(pick(DRUGS))


def kc():
    return k(pick(CONDITIONS))


def kl():
    return k(pick(LABS))


def kr():
    return k(pick(REL_SIMPLE))


def kday():
    return k(pick(DAYS))


def kmon():
    return k(pick(MONTHS))


def I(text, code, region):
    return "[[" + text + "|" + code + ("/i" if region == "INTL" else "/us") + "]]"


# ------------------------------------------------------------------ identifier helpers
def P(region="US", country=None, gender=None):
    return g.us_person(gender) if region == "US" else g.intl_person(country, gender)


def N(p, form=None):
    """Marked name of person p: form in full, first, last, lastfirst, mid, any."""
    if form is None or form == "any":
        return I(p.name_form(), "P", p.region)
    if form == "first":
        return I(p.first, "P", p.region)
    if form == "last":
        return I(p.last, "P", p.region)
    if form == "lastfirst":
        return I(f"{p.last}, {p.first}" if p.script == "latin" else p.full(), "P", p.region)
    if form == "mid":
        return I(f"{p.first} {pick(string.ascii_uppercase)}. {p.last}" if p.script == "latin" else p.full(), "P", p.region)
    return I(p.full(), "P", p.region)


def PH(p=None, region=None, **kw):
    region = region or (p.region if p else "US")
    if region == "US":
        return I(g.us_phone(**kw), "T", "US")
    country = p.country if p and p.country != "US" else pick(g.INTL_COUNTRIES)
    return I(g.intl_phone(country), "T", "INTL")


def AD(p=None, region=None, form=None):
    region = region or (p.region if p else "US")
    if region == "US":
        return I(g.us_address(form), "L", "US")
    country = p.country if p and p.country != "US" else pick(g.INTL_COUNTRIES)
    return I(g.intl_address(country), "L", "INTL")


def CITY(p=None, region="US"):
    if p is not None:
        region = p.region
    if region == "US":
        c, s, _ = g.us_city()
        return I(pick([c, f"{c}, {s}", f"{c} {s}", c]), "L", "US")
    country = p.country if p and p.country != "US" else pick(g.INTL_COUNTRIES)
    return I(g.intl_city(country), "L", "INTL")


def EM(p):
    return I(g.email(p), "E", p.region)


def UR(p):
    return I(g.url(p), "U", p.region)


def SSN(fmt=None):
    return I(g.ssn(fmt), "S", "US")


def MRN(label=True):
    lab, val = g.mrn()
    if not label or not lab:
        return I(val, "M", "US")
    return f"{lab} {I(val, 'M', 'US')}"


def MRN_INTL(country):
    lab, val = g.intl_mrn(country)
    return f"{lab} {I(val, 'M', 'INTL')}"


ERAS = {"old": (1928, 1962), "adult": (1942, 2005), "any": (1926, 2019)}


def DOB(p=None, region=None, era="any", age=None):
    region = region or (p.region if p else "US")
    yrs = (2025 - age - 1, 2025 - age) if age else ERAS[era]
    return I(g.dob(region, p.country if p else None, yrs), "D", region)


def CARD():
    return I(g.card(), "A", "US")


def IBAN(country=None):
    s, c = g.iban(country)
    return I(s, "A", "INTL")


def ACCT():
    return I(g.bank_acct(), "A", "US")


def ROUT():
    return I(g.routing(), "A", "US")


def cregion(p_intl=0.5):
    return "INTL" if chance(p_intl) else "US"


# ------------------------------------------------------------------ family-chat utterances
def utter_pool(spk, others, rw, pn, region_hint):
    """Chat line bodies for one conversation about the same care recipient (rw / pronouns pn)."""
    o = pick(others)
    r = cregion(0.35) if region_hint == "US" else "INTL"
    q, doc = P(r), P()
    return [
        lambda: f"{rw} had a rough night, the {kc()} is acting up again. gave {pn['o']} the {kd()} at {R.randint(5, 11)}",
        lambda: f"can someone call {N(q, 'first')} back? {PH(q)}",
        lambda: f"new address for {rw}'s mail is {AD(region='US')}",
        lambda: f"{N(o, 'first')} said {PRON[o.g]['s']} can come {kday()} after work",
        lambda: f"they asked for {pn['p']} DOB at the desk, it's {DOB(region='US', era='old')} right?",
        lambda: f"the {pick(STAFF)} is {N(q, pick(['first', 'full']))}, cell {PH(q)}",
        lambda: f"I emailed the {kl()} results to {EM(o)}",
        lambda: f"insurance card says {MRN()}. screenshot in the group",
        lambda: "ok thanks",
        lambda: "👍",
        lambda: f"{k(pick(['I’ll', 'I’ll', 'We’ll']))} be there around {R.randint(4, 8)}",
        lambda: f"BP {R.randint(110, 175)}/{R.randint(60, 100)} this morning. {pn['s']} took the {kd()}",
        lambda: f"{N(o, 'first')} can you pick up the {kd()} at {k(pick(PHARM))}? it's under {N(P(), 'full')}",
        lambda: f"the {k(pick(['cardiologist', 'neurologist', 'oncologist', 'podiatrist', 'urologist', 'dermatologist']))} is Dr. {N(doc, 'last')}, office is {AD(region='US', form=pick(['line', 'line_nounit', 'nocomma']))}",
        lambda: f"{rw} keeps asking for {N(P(), 'first')} 😞",
        lambda: f"did the {kl()} come back yet",
        lambda: f"I'm flying in from {CITY(region=r)} {kday()}, {N(o, 'first')} can you pick me up?",
        lambda: f"{pn['p']} social is {SSN()} — they need it for the {k(pick(['Medicaid', 'Medicare', 'disability', 'SSI']))} form",
        lambda: f"here's the link everyone {UR(o)}",
        lambda: f"no more {kd()} after 8pm, it keeps {pn['o']} up",
        lambda: f"does anyone know if {pn['s']} ate today? {k(pick(IM))} stuck at work",
        lambda: f"{N(o, 'first')} posted an update on {UR(o)}",
        lambda: f"the {pick(['landlord', 'super', 'neighbor'])} {N(q, 'full')} says to text {PRON[q.g]['o']} at {PH(q)} about the ramp",
        lambda: f"{rw}'s {k(pick(BODY))} is swollen again, should we call Dr. {N(doc, 'last')}?",
        lambda: f"I'll send my half for the {pick(['aide', 'rent', 'ramp', 'lift chair'])} — {pick(['your', 'the'])} acct {ACCT()} routing {ROUT()} right?",
        lambda: f"used my {card_lab().lower()} {CARD()} for the {kd()} copay, pay me back whenever",
    ]


def speaker_label_msg():
    region = "US" if chance(0.65) else "INTL"
    people = [P(region if chance(0.7) else "US") for _ in range(R.randint(2, 3))]
    rw, pn = who()
    fmt = pick(["plain", "plain", "relation", "bracket", "dash", "whatsapp", "paren", "caps", "full"])
    labels = {}
    for sp in people:
        nm = I(sp.first.upper() if fmt == "caps" else (sp.full() if fmt == "full" else sp.first), "P", sp.region)
        if fmt == "relation":
            gw = {"f": ["Daughter", "Wife", "Sister", "Niece", "Granddaughter", "Neighbor", "Nurse", "Aide"],
                  "m": ["Son", "Husband", "Brother", "Nephew", "Grandson", "Neighbor", "Nurse", "Aide"]}[sp.g]
            labels[id(sp)] = f"{k(pick(gw))} {nm}"
        elif fmt == "paren":
            labels[id(sp)] = f"{nm} ({pick(KIN[sp.g] + ['neighbor', 'friend', 'caregiver'])})"
        else:
            labels[id(sp)] = nm
    lines, used = [], set()
    n = R.randint(2, 4)
    day, t0 = f"{R.randint(1, 12)}/{R.randint(1, 28)}/{R.randint(23, 26)}", R.randint(6 * 60, 21 * 60)
    for i in range(n):
        sp = people[i % len(people)]
        pool = utter_pool(sp, [p for p in people if p is not sp], rw, pn, region)
        j = R.randrange(len(pool))
        while j in used:
            j = R.randrange(len(pool))
        used.add(j)
        body = pool[j]()
        lab = labels[id(sp)]
        if fmt == "bracket":
            lines.append(f"[{lab}] {body}")
        elif fmt == "dash":
            lines.append(f"{lab} - {body}")
        elif fmt == "whatsapp":
            mins = t0 + i * R.randint(1, 40)
            hh = (mins // 60) % 24
            lines.append(f"[{day}, {(hh % 12) or 12}:{mins % 60:02d} {'AM' if hh < 12 else 'PM'}] {lab}: {body}")
        else:
            lines.append(f"{lab}: {body}")
    return "\n".join(lines)


# ------------------------------------------------------------------ clinician notes
def clin_note():
    pt = P("US")
    fam = P(cregion(0.4))
    kind = pick(["soap", "visit", "phone", "dc", "referral", "ed", "ed", "sw", "pharm"])
    age = R.randint(19, 98) if chance(0.3) else R.randint(62, 98)
    sex = pick({"f": ["F", "yo F", "y/o female", "F"], "m": ["M", "yo M", "y/o male", "M"]}[pt.g])
    relw = kin(fam) if chance(0.8) else {"f": "dtr", "m": "son"}[fam.g]
    if kind == "soap":
        return (f"{pick(['Pt', 'Patient', 'Name'])}: {N(pt, pick(['lastfirst', 'full', 'mid']))}   DOB: {DOB(region='US', age=age)}   {MRN()}\n"
                f"S: {age}{sex} here for f/u {kc()}. Reports {pick(['fatigue', 'poor sleep', 'dizziness on standing', 'leg cramps', 'no new complaints'])}. Taking {kd()} and {kd()} as prescribed.\n"
                f"O: BP {R.randint(100, 180)}/{R.randint(60, 100)}, HR {R.randint(55, 110)}, SpO2 {R.randint(88, 99)}% RA. {kl()} pending.\n"
                f"A/P: {kc()} - {pick(['continue current regimen', 'increase dose', 'taper off', 'recheck in 3 mo'])}. {relw.capitalize()} {N(fam, 'first')} at bedside, contact {PH(fam)}.")
    if kind == "visit":
        return (f"SN visit {R.randint(1, 12)}/{R.randint(1, 28)}. {pick(['Pt', 'Patient'])} {N(pt)} seen at home, {AD(region='US', form=pick(['line', 'nocomma', 'line_nounit']))}. "
                f"{pick(['A&Ox3', 'A&Ox2, baseline confusion', 'alert, pleasant'])}. {kc()} stable; {k(pick(BODY))} {pick(['edema 1+', 'bruising noted', 'dressing clean/dry/intact', 'pain 5/10'])}. "
                f"Med rec done: {kd()}, {kd()}. Caregiver {N(fam, pick(['first', 'full']))} ({relw}) educated, teach-back ok. Next visit {kday()}.")
    if kind == "phone":
        return (f"{pick(['Phone note', 'Telephone encounter', 'TC', 'Call log'])} {R.randint(7, 18)}:{R.randint(0, 59):02d} — {relw} {N(fam, pick(['first', 'full']))} called re: {N(pt, pick(['full', 'lastfirst']))} "
                f"({DOB(region='US', age=age)}). Pt {pick(['vomited x2', 'fell, no head strike', 'ran out of', 'had a low BG of 52 after', 'is more confused since starting'])} {kd()}. "
                f"Advised {pick(['ED eval', 'hold tonight dose', 'push fluids and call back', 'urgent care'])}. Callback #: {PH(fam)}.")
    if kind == "dc":
        return (f"Discharge summary — {N(pt, 'lastfirst')}, {MRN()}\nAdmit dx: {kc()}\nDischarge to: home with {relw} at {AD(region='US', form=pick(['line', 'multi']))}\n"
                f"Meds: {kd()}, {kd()} (NEW), stop {kd()}\nF/u: PCP Dr. {N(P(), 'last')} in 1 wk; {kl()} in 3 days\nContact: {N(fam, 'full')} {PH(fam)}")
    if kind == "referral":
        doc = P("US")
        return (f"Dear Dr. {N(doc, 'last')},\nI am referring {N(pt, 'full')} (DOB {DOB(region='US', age=age)}, {MRN()}), a {age}-year-old with {kc()} and {kc()}, "
                f"for evaluation of {pick(['worsening dyspnea', 'memory decline', 'tremor', 'chronic wounds', 'weight loss'])}. Current meds include {kd()}. "
                f"The patient's {relw} {N(fam, 'full')} can be reached at {PH(fam)} or {EM(fam)}.\nSincerely,\n{N(P(), 'full')}, {pick(['MD', 'DO', 'NP', 'PA-C'])}")
    if kind == "ed":
        return (f"ED triage {R.randint(0, 23):02d}{R.randint(0, 59):02d}: {age}{sex} BIBA from {AD(region='US', form=pick(['line', 'line_nounit', 'cityzip']))} c/o {pick(['chest pain', 'SOB', 'fall', 'AMS', 'abd pain'])}. "
                f"Hx {kc()}, on {kd()}. ID: {N(pt, pick(['full', 'lastfirst']))}, DOB {DOB(region='US', age=age)}, SSN {SSN()}. EC: {N(fam, 'full')} {PH(fam)}")
    if kind == "sw":
        return (f"SW note: met w/ pt {N(pt, 'full')} and {relw} {N(fam, 'first')} re: {pick(['home safety', 'caregiver burnout', 'food insecurity', 'LTC placement', 'transportation'])}. "
                f"Pt has {kc()}. {k(pick(['Medicaid', 'Medicare', 'SNAP', 'Meals on Wheels']))} application started, {MRN()}. "
                f"Pt prefers mail to {AD(region='US', form=pick(['po', 'line', 'rr']))}. Will f/u w/ {relw} at {PH(fam)}.")
    return (f"Pharmacy note: {N(pt, 'lastfirst')} ({DOB(region='US', age=age)}) on {kd()} + {kd()} — interaction flagged. {kl()} {R.randint(1, 9)}.{R.randint(0, 9)}. "
            f"Spoke w/ prescriber Dr. {N(P(), 'last')} at {PH(region='US')}; {pick(['dose reduced', 'no change', 'will monitor'])}. Pt's {relw} {N(fam, 'first')} notified.")


# ------------------------------------------------------------------ forms
def form_msg():
    p = P("US" if chance(0.65) else "INTL")
    kind = pick(["intake", "address", "release", "payment", "deposit", "iban", "emergency", "claim", "pharmacy", "intl_intake", "caregiver"])
    sep = pick([": ", ": ", " - ", ":  ", " "])
    if p.region == "INTL" and kind not in ("iban", "intl_intake"):
        kind = pick(["iban", "intl_intake"])
    if kind == "intake":
        lines = [pick(["NEW PATIENT INTAKE", "Patient Information", "Registration form", "INTAKE"]),
                 f"Name{sep}{N(p, pick(['full', 'lastfirst', 'mid']))}", f"{pick(['DOB', 'Date of birth', 'Birthdate', 'D.O.B.'])}{sep}{DOB(region='US', era='adult')}"]
        if chance(0.8):
            lines.append(f"{pick(['SSN', 'Social Security #', 'SS#', 'Soc Sec No.'])}{sep}{SSN()}")
        lines += [f"{pick(['Address', 'Home address', 'Street address'])}{sep}{AD(region='US', form=pick(['line', 'nocomma', 'line_nounit']))}",
                  f"{pick(['Phone', 'Cell', 'Best number', 'Mobile'])}{sep}{PH(region='US')}"]
        if chance(0.6):
            lines.append(f"{pick(['Email', 'E-mail'])}{sep}{EM(p)}")
        lines.append(f"{pick(['Reason for visit', 'Chief complaint', 'Concerns'])}{sep}{kc()}")
        if chance(0.5):
            lines.append(f"{pick(['Current meds', 'Medications'])}{sep}{kd()}, {kd()}")
        return "\n".join(lines)
    if kind == "address":
        return "\n".join([pick(["Change of address", "ADDRESS UPDATE REQUEST", "Update my info"]), f"Member{sep}{N(p, 'full')}",
                          f"{MRN().replace(' [[', sep + '[[', 1) if chance(0.5) else MRN()}",
                          f"Old address{sep}{AD(region='US', form='line')}", f"New address{sep}\n{AD(region='US', form=pick(['multi', 'line', 'po', 'military']))}",
                          f"Effective{sep}{kmon()} {R.randint(1, 28)}", f"Phone{sep}{PH(region='US')}"])
    if kind == "release":
        fam = P(cregion(0.2))
        return "\n".join(["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", f"Patient{sep}{N(p, 'full')}    DOB{sep}{DOB(region='US', era='old')}",
                          MRN(), f"Release to{sep}{N(fam, 'full')} ({pick([kin(fam), kin(fam), 'attorney', 'spouse'])})",
                          f"Contact{sep}{EM(fam)} / {PH(fam)}", f"Records{sep}{kl()}, {kc()} treatment notes", f"Signed{sep}{N(p, 'full')}"])
    if kind == "payment":
        return "\n".join([pick(["Payment information", "PAYMENT FORM", "Billing"]), f"Cardholder{sep}{N(p, 'full')}", f"{card_lab()}{sep}{CARD()}",
                          f"Exp{sep}{R.randint(1, 12):02d}/{R.randint(26, 31)}", f"Billing address{sep}{AD(region='US', form=pick(['line', 'nocomma']))}",
                          f"For{sep}{pick(['copay', 'hearing aids', 'ambulance invoice', 'CPAP supplies', 'physical therapy balance'])} ({kc()})"])
    if kind == "deposit":
        return "\n".join([pick(["Direct deposit authorization", "Caregiver payment setup", "EFT enrollment"]), f"Name on account{sep}{N(p, 'full')}",
                          f"Bank{sep}{k(pick(['Chase', 'Bank of America', 'Wells Fargo', 'PNC', 'US Bank', 'Navy Federal', 'a credit union']))}",
                          f"{pick(['Routing number', 'ABA routing #', 'Routing'])}{sep}{ROUT()}", f"{pick(['Account number', 'Acct #', 'Checking account'])}{sep}{ACCT()}",
                          f"Phone{sep}{PH(region='US')}"])
    if kind == "iban":
        q = p if p.region == "INTL" and p.country in g.IBAN_COUNTRIES else P("INTL", pick(g.IBAN_COUNTRIES))
        return "\n".join([pick(["International transfer", "Wire instructions", "Bank details for the care home", "SEPA transfer"]),
                          f"Beneficiary{sep}{N(q, 'full')}", f"{pick(['IBAN', 'iban', 'Account (IBAN)', 'IBAN no.'])}{sep}{IBAN(q.country)}",
                          f"Address{sep}{AD(q)}", f"Reference{sep}{pick(['care fees', 'rent', 'physio', 'medication'])} {kmon()}",
                          f"Contact{sep}{PH(q)}"])
    if kind == "intl_intake":
        q = p if p.region == "INTL" else P("INTL")
        lab, val = g.intl_mrn(q.country)
        return "\n".join([pick(["Patient registration (overseas visitor)", "International patient form", "Visitor intake"]),
                          f"Name{sep}{N(q, 'full')}", f"Date of birth{sep}{DOB(q, era='adult')}", f"Home address{sep}{AD(q)}",
                          f"Phone{sep}{PH(q)}", f"{lab}{sep}{I(val, 'M', 'INTL')}", f"Email{sep}{EM(q)}", f"Condition{sep}{kc()}"])
    if kind == "emergency":
        a, b = P(cregion(0.2)), P(cregion(0.3))
        return "\n".join([pick(["Emergency contact form", "EMERGENCY CONTACTS", "Who to call"]), f"Participant{sep}{N(p, 'full')}",
                          f"Contact 1{sep}{N(a, 'full')} ({pick(KIN[a.g][:2] + ['spouse'])}) {PH(a)}",
                          f"Contact 2{sep}{N(b, 'full')} ({pick(['neighbor', 'friend', kin(b)])}) {PH(b)}",
                          f"Physician{sep}Dr. {N(P(), 'last')} {PH(region='US')}", f"Allergies{sep}{k(pick(['penicillin', 'sulfa', 'latex', 'shellfish', 'codeine', 'NKDA']))}"])
    if kind == "claim":
        return "\n".join([pick(["Claim form", "CLAIM FOR REIMBURSEMENT", "Member claim"]), f"Member name{sep}{N(p, 'full')}", MRN(),
                          f"Subscriber SSN{sep}{SSN()}", f"Date of birth{sep}{DOB(region='US', era='adult')}", f"Provider{sep}{k(pick(ORGS))}",
                          f"Service{sep}{kl()} for {kc()}"])
    if kind == "pharmacy":
        return "\n".join([pick(["Pharmacy profile", "Rx transfer request", "New prescription profile"]), f"Patient{sep}{N(p, 'full')}",
                          f"Birthdate{sep}{DOB(region='US', era='adult')}", f"Phone{sep}{PH(region='US')}", f"Insurance{sep}{MRN()}",
                          f"Allergies{sep}{k(pick(['codeine', 'sulfa', 'penicillin', 'NKDA']))}", f"Transfer from{sep}{k(pick(PHARM))}",
                          f"Rx{sep}{kd()}"])
    fam = P("US")
    return "\n".join(["Caregiver agreement", f"Caregiver{sep}{N(fam, 'full')}", f"SSN{sep}{SSN()}", f"Address{sep}{AD(region='US')}",
                      f"Care recipient{sep}{N(p, 'full')} ({kc()})", f"Pay to{sep}routing {ROUT()} account {ACCT()}"])


def card_lab():
    return pick(["Card number", "Card #", "Credit card", "CC#", "Visa", "Card no.", "card"])


# ------------------------------------------------------------------ forwarded
def forwarded_msg():
    a = P("US" if chance(0.65) else "INTL")
    b = P("US")
    kind = pick(["gmail", "outlook", "apple", "quoted", "text", "chain", "portal"])
    rw, pn = who()
    body = pick([
        lambda: f"{N(b, 'first')}, the {kl()} for {kr()} is on {kday()} at {R.randint(7, 11)}:{pick(['00', '15', '30', '45'])}. Address is {AD(region='US', form=pick(['line', 'line_nounit']))}. Bring the {kd()} bottles.",
        lambda: f"Here's {rw}'s info for the forms: DOB {DOB(region='US', era='old')}, {MRN()}. {pn['p'].capitalize()} doctor is Dr. {N(P(), 'last')}.",
        lambda: f"Can you call {N(P(gender='f'), 'full')} at {PH(region='US')}? She's the new {pick(STAFF)} and needs the gate code.",
        lambda: f"{rw}'s page is {I(g.fund_url(a), 'U', a.region)} if anyone asks how {pn['s']} is doing.",
        lambda: f"Just landed in {CITY(a)}. {rw} sounds worse on the phone — is the {kd()} helping with the {kc()}? Call me on {PH(a)}.",
        lambda: f"The fundraiser page is up: {I(g.fund_url(b), 'U', 'US')} — please share with the {k(pick(['church', 'choir', 'Rotary', 'book club']))} people.",
        lambda: f"Rent for {kmon()} went to {I(g.bank_acct(), 'A', 'US')} (routing {ROUT()}). Let me know if the landlord says otherwise.",
        lambda: f"Sending you the scan of {rw}'s card: {MRN()}, plan {k(pick(['Humana', 'Aetna', 'Blue Cross', 'UnitedHealthcare', 'Cigna']))}. SSN on the back is {SSN()}.",
    ])()
    if kind == "gmail":
        return f"---------- Forwarded message ---------\nFrom: {N(a, 'full')} <{EM(a)}>\nDate: {k(pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']))}, {k(pick(['Jan', 'Feb', 'Mar', 'Apr', 'Oct', 'Nov']))} {R.randint(1, 28)}, 202{R.randint(4, 6)} at {R.randint(1, 12)}:{R.randint(10, 59)} {pick(['AM', 'PM'])}\nSubject: {pick(['Re: ', 'Fwd: ', ''])}{pick(['appointment', 'Mom', 'paperwork', 'update', 'meds'])}\nTo: {N(b, 'full')} <{EM(b)}>\n\n{body}"
    if kind == "outlook":
        return f"-----Original Message-----\nFrom: {N(a, 'lastfirst')} <{EM(a)}>\nSent: {kday()}, {kmon()} {R.randint(1, 28)}, 2025 {R.randint(1, 12)}:{R.randint(10, 59)} PM\nTo: {EM(b)}\nSubject: RE: {pick(['care schedule', 'insurance', 'discharge', 'bills'])}\n\n{body}"
    if kind == "apple":
        return f"Begin forwarded message:\n\n> From: {N(a, 'full')} <{EM(a)}>\n> Subject: {pick(['update', 'FYI', 'please read'])}\n>\n> {body}\n\nSent from my iPad"
    if kind == "quoted":
        return f"{pick(['fwd from', 'forwarding from', 'see below from', 'FYI from'])} {N(a, 'first')}:\n> {body}\n\n{pick(['thoughts?', 'can someone handle this', 'ugh', 'ok I did the first part', ''])}".rstrip()
    if kind == "text":
        return f"{pick(['Forwarded text from', 'fw text from', 'Screenshot of text from'])} {N(a, 'full')} ({PH(a)}):\n\"{body}\""
    if kind == "chain":
        c = P("US")
        return f"Fwd: Re: Re: {pick(['Mom', 'Dad', 'help'])}\n\nOn {kday()}, {N(c, 'full')} <{EM(c)}> wrote:\n> {body}\n>> On {kday()}, {N(a, 'first')} wrote:\n>> {pick(['any news?', 'how is ' + pn['s'], 'did the doctor call'])}"
    return f"FW: Message from your care team\nFrom: {k(pick(['MyChart', 'FollowMyHealth', 'Patient Portal']))} <no-reply@{pick(['mychart.org', 'portal.health', 'followmyhealth.com'])}>\nTo: {EM(b)}\n\nDear {N(b, 'first')}, a new message about {N(a, 'full')} is available. {body}"


# ------------------------------------------------------------------ general text
def general_msg():
    p = P("US" if chance(0.7) else "INTL")
    kind = pick(["address", "billing", "moving", "links", "social", "tax", "sale", "insurance", "bank", "event", "intlbill", "intlbill"])
    if kind == "address":
        return f"{pick(['Hi,', 'Hello,', 'Good morning,', ''])} please update {pick(['my', 'the', 'our'])} mailing address to {AD(region='US')}. The old one was {AD(region='US', form=pick(['line', 'po', 'line_nounit']))}. {pick(['Thanks,', 'Thank you!', '-', 'Regards,'])} {N(P(), 'full')}".strip()
    if kind == "billing":
        return f"I was charged twice for {pick([k('Meals on Wheels'), 'the ambulance', k('Lincare'), k('Apria'), 'the pharmacy'])} in {kmon()}. {card_lab()} {CARD()}. {pick(['Please refund one.', 'Can you reverse it?', 'Who do I talk to?'])} {pick(['My number is', 'Call me at', 'Reach me at'])} {PH(region='US')} - {N(p if p.region == 'US' else P(), 'full')}"
    if kind == "moving":
        q = P("US")
        return f"{k(pick(CONTR))} moving {kr()} in with us next month. New address: {AD(region='US', form=pick(['line', 'multi', 'nocomma']))}. {N(q, 'first')}'s number stays the same, {PH(q)}."
    if kind == "links":
        q = P(cregion(0.25))
        rel = pick({'f': ['niece', 'sister', 'friend', 'neighbor', 'daughter'], 'm': ['nephew', 'brother', 'friend', 'neighbor', 'son']}[q.g])
        return f"My {rel} {N(q, 'full')} does {pick(['photography', 'tutoring', 'home repairs', 'pet sitting', 'bookkeeping'])} — {UR(q)} or email {EM(q)}. {pick(['Tell ' + PRON[q.g]['o'] + ' I sent you.', 'Very reasonable.', 'Highly recommend!'])}"
    if kind == "social":
        q = P(cregion(0.4))
        return f"{pick(['For anyone asking about', 'Updates on', 'You can follow'])} {N(q, pick(['first', 'full']))}{pick([' — ', ': ', ' here '])}{UR(q)}{pick(['', ' and ' + I(g.url(q), 'U', q.region)])}. {pick(['Cards can go to', 'Mail to', 'Flowers to'])} {AD(q)}"
    if kind == "tax":
        q = P("US")
        return f"Tax stuff for {N(q, 'full')}: SSN {SSN()}, {pick(['spouse', 'dependent'])} {N(P(), 'full')} SSN {SSN()}. {k('Social Security')} 1099 is in the folder. Preparer wants it by {kmon()} {R.randint(1, 28)}."
    if kind == "sale":
        q = P("US")
        return f"Selling {kr()}'s {pick(['recliner', 'lift chair', 'hospital bed', 'scooter', 'walker', 'piano'])}, ${R.randint(20, 500)}. Pick up at {AD(region='US', form=pick(['line', 'line_nounit', 'nocomma']))}. Text {N(q, 'first')} {PH(q)}."
    if kind == "insurance":
        q, o = P("US"), P("US")
        return f"Accident report: other driver was {N(o, 'full')}, {PH(o)}, lives at {AD(region='US', form='line')}. Our policy holder is {N(q, 'full')}, DOB {DOB(region='US', era='adult')}."
    if kind == "bank":
        q = P("US")
        rw, pn = who()
        return f"{N(q, 'first')} set up autopay for {rw}'s {pick(['phone bill', 'electric', 'rent', 'car insurance', 'water bill'])} from {pn['p']} checking: routing {ROUT()}, acct {ACCT()}. {pick(['Let me know if the statement looks weird.', 'Should post on the 1st.', 'The bank is', ''])}".rstrip()
    if kind == "event":
        q = P("US")
        return f"{k(pick(CAPS))} this {kday()} moved to {N(q, 'full')}'s house, {AD(region='US', form=pick(['line_nounit', 'nocomma']))}. RSVP {EM(q)}."
    q = P("INTL", pick(g.IBAN_COUNTRIES))
    return f"Paying the {pick(['holiday flat', 'care home', 'physio', 'dentist', 'language school'])} in {CITY(q)}: {pick(['IBAN ', 'iban ', ''])}{IBAN(q.country)}, in the name of {N(q, 'full')}. Their phone {PH(q)}."


# ------------------------------------------------------------------ international
INTL_LANG = {
    "DE": lambda p, q: f"{N(q, 'first')}, {k('Oma')} braucht neue {kd()}. Die Apotheke hat die Adresse {AD(p)}. Ruf mich an: {PH(p)}. Geburtsdatum {DOB(q, era='old')}.",
    "FR": lambda p, q: f"Bonjour {N(q, 'first')}, c'est {N(p, 'full')}. Maman a rendez-vous chez le {k('cardiologue')} {kday()}. Adresse: {AD(p)}. Mon portable: {PH(p)}",
    "ES": lambda p, q: f"Hola {N(q, 'first')}, soy {N(p, 'full')}. Mi padre toma {kd()} para la {k('tensión')}. Vive en {AD(p)}. Tel. {PH(p)}",
    "MX": lambda p, q: f"Buenas tardes, habla {N(p, 'full')}, hija de {k('doña')} {N(q, 'first')}. Le mando su dirección: {AD(p)}. Mi cel {PH(p)}. Ella tiene {k('diabetes')} y toma {k('metformina')}.",
    "BR": lambda p, q: f"Oi {N(q, 'first')}! A {k('vovó')} voltou do hospital. Endereço: {AD(p)}. WhatsApp {PH(p)}. Ela está tomando {k('losartana')}.",
    "IT": lambda p, q: f"Ciao {N(q, 'first')}, sono {N(p, 'full')}. Il nonno è in ospedale per la {k('polmonite')}. Indirizzo: {AD(p)}. Cell. {PH(p)}",
    "NL": lambda p, q: f"Hoi {N(q, 'first')}, {k('Opa')} is gevallen. Hij woont op {AD(p)}. Bel me op {PH(p)}. Hij gebruikt {kd()}.",
    "PL": lambda p, q: f"Cześć {N(q, 'first')}, tu {N(p, 'full')}. Mama jest w szpitalu, {k('cukrzyca')}. Adres: {AD(p)}. Tel. {PH(p)}",
    "JP": lambda p, q: f"{N(q, 'full')}さん、{N(p, 'full')}です。父の住所は{AD(p)}です。電話：{PH(p)}。{k('高血圧')}の薬を飲んでいます。",
    "CN": lambda p, q: f"{N(q, 'full')}你好，我是{N(p, 'full')}。妈妈的地址：{AD(p)}。电话：{PH(p)}。她有{k('糖尿病')}。",
    "KR": lambda p, q: f"{N(q, 'full')}님, {N(p, 'full')}입니다. 어머니 주소는 {AD(p)} 입니다. 연락처 {PH(p)}. {k('고혈압')} 약을 드세요.",
    "RU": lambda p, q: f"{N(q, 'first')}, это {N(p, 'full')}. Папа в больнице, {k('инсульт')}. Адрес: {AD(p)}. Телефон {PH(p)}",
    "UA": lambda p, q: f"{N(q, 'first')}, це {N(p, 'full')}. Мама вдома, адреса: {AD(p)}. Телефон {PH(p)}. Вона приймає {kd()}.",
    "TR": lambda p, q: f"Merhaba {N(q, 'first')}, ben {N(p, 'full')}. Babamın adresi: {AD(p)}. Telefon: {PH(p)}. {k('Tansiyon')} ilacını içiyor.",
    "VN": lambda p, q: f"Chào {N(q, 'first')}, mình là {N(p, 'full')}. Địa chỉ của bà: {AD(p)}. SĐT {PH(p)}. Bà bị {k('tiểu đường')}.",
    "SA": lambda p, q: f"مرحبا {N(q, 'first')}، أنا {N(p, 'full')}. عنوان الوالد: {AD(p)}. جوال {PH(p)}. يأخذ {kd()}.",
    "GR": lambda p, q: f"Γεια σου {N(q, 'first')}, είμαι η {N(p, 'full')}. Η διεύθυνση της γιαγιάς: {AD(p)}. Τηλ. {PH(p)}",
}


def intl_msg():
    country = pick(g.INTL_COUNTRIES)
    p, q = P("INTL", country), P("INTL", country)
    kind = pick(["english", "english", "english", "native", "native", "bank"])
    if kind == "native" and country in INTL_LANG:
        return INTL_LANG[country](p, q)
    if kind == "bank":
        p = p if country in g.IBAN_COUNTRIES else P("INTL", pick(g.IBAN_COUNTRIES))
        return (f"{kr()}'s {pick(['pension', 'rent', 'care fees', 'physio bills'])} in {CITY(p)} — {pick(['pay to', 'transfer to', 'account is'])} "
                f"{pick(['IBAN ', 'iban: ', ''])}{IBAN(p.country)} ({N(p, 'full')}). {pick(['Questions to', 'Call', PRON[p.g]['p'].capitalize() + ' number'])} {PH(p)}, {EM(p)}")
    fam_us = P("US")
    lab, val = g.intl_mrn(country)
    return pick([
        lambda: f"Hi, I'm {N(p, 'full')}, {N(fam_us, 'first')}'s {pick(KIN[p.g][:3] + ['cousin'])}. Please send the {k('discharge summary')} to {EM(p)} — or ring {PH(p)}. Our address: {AD(p)}.",
        lambda: f"{k({'m': 'Dad', 'f': 'Mum'}[q.g])}'s {pick(['GP', 'clinic', 'hospital'])} back home needs {PRON[q.g]['p']} details: {N(q, 'full')}, born {DOB(q, era='old')}, {lab} {I(val, 'M', 'INTL')}, living at {AD(q)}. {PRON[q.g]['s'].capitalize()} takes {kd()} for {kc()}.",
        lambda: f"{N(p, 'first')} is flying over from {CITY(p)} on {kday()} to help with {kr()}. {PRON[p.g]['p'].capitalize()} phone while abroad: {PH(p)}. Address there: {AD(p)}",
        lambda: f"For the travel insurance: patient {N(q, 'full')}, DOB {DOB(q, era='old')}, home {AD(q)}, next of kin {N(p, 'full')} {PH(p)}. Dx {kc()}.",
    ])()


# ------------------------------------------------------------------ lists
def list_msg():
    kind = pick(["schedule", "contacts", "names", "meds", "addresses", "todo", "bills"])
    bullet = pick(["- ", "* ", "• ", "", "☐ ", "→ "])
    if kind == "schedule":
        ps = [P() for _ in range(R.randint(3, 5))]
        lines = [f"{pick(['Who has', 'Coverage for', 'Schedule -', 'Rides to'])} {kr()} {pick(['this week', 'next week', '', 'in ' + pick(MONTHS)])}".rstrip()]
        lines[0] = lines[0].replace("{{", "{{", 1)
        for d, p in zip(R.sample(DAYS, len(ps)), ps):
            lines.append(f"{bullet}{k(d)}: {N(p, pick(['first', 'first', 'full']))}")
        lines.append(f"{pick(['meds are in the box on the counter,', 'keys under the mat,', 'reminder:', ''])} {kd()} {pick(['at 8am', 'twice a day', 'with food'])}".strip())
        return "\n".join(lines)
    if kind == "contacts":
        ps = [P(cregion(0.25)) for _ in range(R.randint(3, 4))]
        lines = [pick(["Important numbers", "Emergency contacts", "PHONE LIST", "who to call"])]
        for i, p in enumerate(ps, 1):
            lines.append(f"{pick([str(i) + '. ', bullet])}{N(p, pick(['full', 'first']))} ({pick(KIN[p.g][:2] + ['neighbor', 'nurse', 'aide', 'pastor', 'cousin'])}) {PH(p)}")
        if chance(0.5):
            lines.append(f"{bullet}Poison Control {k('1-800-222-1222')}")
        if chance(0.4):
            lines.append(f"{bullet}crisis line {k('988')}")
        return "\n".join(lines)
    if kind == "names":
        ps = [P() for _ in range(R.randint(3, 5))]
        names = [N(p, pick(['first', 'first', 'full', 'last'])) for p in ps]
        return f"{pick(['Carpool to', 'Visitors for', 'Sign-up for', 'Meal train for'])} {k(pick(['chemo', 'dialysis', 'radiation', 'rehab', 'the hospital']))}: {', '.join(names[:-1])} and {names[-1]}. {pick(['Thanks all!', 'Backup is', 'If you cannot go text'])} {N(P(), 'first')} {PH(region='US')}"
    if kind == "meds":
        p = P()
        lines = [f"{pick(['Med list for', 'Meds -', 'Current medications:', 'PILLS'])} {N(p, pick(['full', 'first']))}"]
        for _ in range(R.randint(3, 5)):
            lines.append(f"{bullet}{kd()} {pick(['- morning', '- night', 'BID', 'daily', 'prn', 'with lunch', ''])}".rstrip())
        lines.append(f"{bullet}pharmacy: {k(pick(PHARM))}, {MRN()}")
        return "\n".join(lines)
    if kind == "addresses":
        lines = [pick(["Thank-you card addresses", "Christmas card list", "Addresses for the invitations", "mail these"])]
        for _ in range(R.randint(2, 4)):
            p = P(cregion(0.25))
            lines.append(f"{bullet}{N(p, 'full')}, {AD(p)}")
        return "\n".join(lines)
    if kind == "todo":
        p, q = P(), P(cregion(0.2))
        return "\n".join([pick(["To do:", "TODO", "Things for tomorrow", "List"]), f"{bullet}call {k(pick(ORGS))} re {kr()}'s claim ({MRN()})",
                          f"{bullet}email {N(q, 'first')} the {kl()} results ({EM(q)})", f"{bullet}refill {kd()}",
                          f"{bullet}drop off forms at {AD(region='US', form=pick(['line_nounit', 'nocomma']))}", f"{bullet}ask {N(p, 'full')} about {kday()}"])
    return "\n".join([pick(["Bills paid", "Paid this month", "Expenses for"]) + f" ({kr()})", f"{bullet}pharmacy copays – {card_lab()} {CARD()}",
                      f"{bullet}rent – acct {ACCT()}, routing {ROUT()}", f"{bullet}{k('Medicare')} premium – autopay",
                      f"{bullet}{pick(['caregiver', 'aide', 'cleaning lady'])} {N(P(), 'first')} – ${R.randint(80, 600)}"])


# ------------------------------------------------------------------ casual messages (for lower_case / all_caps / typos)
def casual_msg():
    p, q = P(), P(cregion(0.45))
    ps, qs = PRON[p.g], PRON[q.g]
    rw, pn = who()
    return pick([
        lambda: f"hey its {N(p, 'first')}, {rw} has a fever and the {kc()} is worse. should i give {kd()} or call {N(q, 'first')}? my cell {PH(p)}",
        lambda: f"can u send the {kl()} results to {EM(p)} thanks",
        lambda: f"{rw} is at {k(pick(['Mercy', 'St. Luke’s', 'Good Samaritan', 'Methodist', 'Baptist Health']))} in {CITY(region='US')}, they think its {kc()}. {N(p, 'first')} is with {pn['o']}",
        lambda: f"we moved! new addr {AD(region='US', form=pick(['line', 'nocomma', 'line_nounit']))}. pharmacy still has the old one so pls update before the {kd()} ships",
        lambda: f"this is {N(p, 'full')}, my dob is {DOB(region='US', era='adult')} and my {MRN()}. i cant log into {k('MyChart')}",
        lambda: f"pls call {N(p, 'first')} at {PH(p)}, {ps['s']} has the key. {ps['s']} lives at {AD(region='US', form=pick(['line', 'line_nounit']))}",
        lambda: f"reminder {k(pick(['dialysis', 'chemo', 'PT', 'wound care']))} ride at {R.randint(5, 9)}am {kday()}. driver {N(p, 'first')}, dispatch {PH(region='US')}",
        lambda: f"my social is {SSN()} not {SSN()}, they have it wrong on the {k(pick(['Medicare', 'Medicaid', 'SSI']))} letter for {N(p, 'first')}",
        lambda: f"{N(q, 'full')} from church wants to visit {rw} {kday()}. {qs['p']} number {PH(q)}",
        lambda: f"I paid the {pick(['ambulance', 'hospital', 'lab', 'dentist'])} bill with {card_lab().lower()} {CARD()} and still got a bill for {N(p, 'full')}",
        lambda: f"{k(pick(DONT))} forget {rw}'s {k(pick(['eye', 'foot', 'heart', 'skin', 'ear']))} doctor on {kday()}. dr {N(P(), 'last')} at {AD(region='US', form=pick(['line_nounit', 'nocomma']))}",
        lambda: f"the {pick(STAFF)} {N(p, 'first')} said {rw}'s {kl()} was high and to cut the {kd()}. is that right?? call me {PH(q)}",
        lambda: f"{N(p, 'first')} set up a page for {rw}: {I(g.fund_url(p), 'U', p.region)} pls share",
        lambda: f"new aide starts {kday()}, {ps['p']} name is {N(p, 'first')}. agency line {PH(region='US', ext=True)}, {ps['p']} cell {PH(region='US')}",
        lambda: f"{rw}'s {k('Medicare')} number is {I(g.mbi(), 'M', 'US')} and {pn['p']} birthday {DOB(region='US', era='old')} in case the ER asks",
        lambda: f"cousin {N(q, 'first')} in {CITY(q)} says hi. {qs['s']} can take {rw} in {kmon()}. {qs['p']} # {PH(q)}",
        lambda: f"{N(p, 'first')}'s {pick(['bakery', 'photo', 'cleaning', 'lawn care', 'tutoring'])} site is {UR(p)}, {ps['s']} offered to help with {rw}'s bills",
        lambda: f"the {pick(['new', 'night', 'weekend'])} {pick(STAFF)} is {N(q, 'full')}. {qs['s']} said text {PH(q)} not the office",
        lambda: f"{k('Social Security')} office needs {rw}'s number again, it's {SSN()} right? and {pn['p']} address is still {AD(region='US', form=pick(['line', 'nocomma', 'po']))}",
    ])()


# ------------------------------------------------------------------ run-on
def run_on_msg():
    p, q, o = P(), P(cregion(0.35)), P()
    rw, pn = who()
    S, O, Pp = pn["s"], pn["o"], pn["p"]
    qs, os_ = PRON[q.g], PRON[o.g]
    spouse = "husband" if S == "she" else "wife"
    parts = [
        f"so {rw} was fine yesterday and then around {R.randint(2, 10)} {S} said {Pp} {k(pick(BODY))} hurt so {N(p, 'first')} called {k('911')} and they took {O} to {CITY(region='US')}",
        f"and the doctor there said it's probably the {kc()} but they want to do the {kl()} first",
        f"and the insurance asked for {Pp} {MRN()} and {Pp} birthday {DOB(region='US', era='old')} and then put me on hold for an hour",
        f"and {N(q, 'full')} is flying in from {CITY(q)} but {qs['p']} phone doesn't work here so use {PH(q)} or email {EM(q)}",
        f"and the pharmacy at {k(pick(PHARM))} says the {kd()} needs a prior auth which nobody told us about",
        f"and the bill went to the old address {AD(region='US', form=pick(['line', 'line_nounit']))} even though we changed it in {kmon()}",
        f"and {N(o, 'first')} says we should move {O} in with {os_['o']} at {AD(region='US', form=pick(['line', 'nocomma']))} but {S} won't leave {Pp} cat",
        f"and I think someone got {Pp} social, {SSN()}, because {S} got a letter about a card {S} never opened",
        f"and then {N(p, 'first')} found out the {pick(STAFF)} {N(P(), 'full')} has been texting from {PH(region='US')} at night which is weird",
        f"and {S} keeps asking for {N(P(gender='m' if S == 'she' else 'f'), 'first')} who was {Pp} {spouse} and passed years ago",
        f"so now we're waiting for the {k(pick(['neurologist', 'cardiologist', 'surgeon', 'hospitalist', 'case manager']))} to call back",
        f"and the card they charged was {CARD()} which isn't even {'hers' if S == 'she' else 'his'}",
        f"and {N(q, 'first')} set up a page for {O} at {I(g.fund_url(q), 'U', q.region)} which is sweet but {S} would hate it",
    ]
    first, rest = parts[0], R.sample(parts[1:], R.randint(3, 5))
    s = " ".join([first] + rest)
    return s + pick(["", " so yeah", " anyway", " ugh", " please call me", " I don't know what to do"])


# ------------------------------------------------------------------ signatures
def signature_msg():
    p = P("US" if chance(0.55) else "INTL")
    body = pick([f"Thanks for the update on {kr()}'s {kl()}.", f"I'll bring the {kd()} list to the visit.", f"Can we move the {k(pick(['PT', 'OT', 'wound care', 'infusion']))} to afternoons?",
                 f"{kr()} did well after the {k(pick(['cataract surgery', 'knee replacement', 'colonoscopy', 'biopsy']))}, thank you all.",
                 f"Confirming {kday()} at {R.randint(1, 4)} for the home visit.", f"Attached are the {k(pick(['POLST', 'living will', 'advance directive', 'power of attorney']))} papers.",
                 f"She slept through the night, no {kd()} needed.", "ok will do", f"Please send the invoice for the {k(pick(['hospital bed', 'oxygen concentrator', 'CPAP', 'wheelchair']))}."])
    closing = pick(["Thanks,", "Best,", "Regards,", "Warm regards,", "Cheers,", "--", "Sincerely,", "Thank you,", "xo", "—", "Respectfully,"])
    lines = [body, "", closing, N(p, pick(["full", "full", "first", "mid"]))]
    r = R.random()
    if p.region == "US":
        if r < 0.3:
            lines.append(f"{pick(['Realtor', 'Owner', 'Project Manager', 'Teacher', 'Retired', 'RN', 'Paralegal', 'Pastor'])}{pick([' | ', ', ', chr(10)])}{k(pick(['Keller Williams', 'State Farm', 'Deloitte', 'Kaiser', 'AARP', 'Home Instead', 'Edward Jones']))}")
        if chance(0.8):
            lines.append(f"{pick(['c: ', 'm: ', 'Cell ', 'T ', 'Phone: ', 'Direct: ', ''])}{PH(p)}")
        if chance(0.25):
            lines.append(f"{pick(['Office: ', 'o: ', 'Fax: '])}{PH(region='US', ext=chance(0.5))}")
        if chance(0.3):
            lines.append(f"{pick(['Toll free ', 'Call '])}{I(g.vanity_phone(), 'T', 'US')}")
        if chance(0.6):
            lines.append(EM(p))
        if chance(0.35):
            lines.append(AD(p, form=pick(["line", "multi", "po"])))
        if chance(0.45):
            lines.append(UR(p))
    else:
        if chance(0.8):
            lines.append(f"{pick(['Mob: ', 'Tel. ', 'Handy: ', 'Cel: ', 'M ', ''])}{PH(p)}")
        if chance(0.6):
            lines.append(EM(p))
        if chance(0.5):
            lines.append(AD(p))
        if chance(0.35):
            lines.append(UR(p))
    if chance(0.15):
        lines.append(pick(["Sent from my iPhone", "Sent from my Galaxy", "Sent from Yahoo Mail for Android"]))
    return "\n".join(lines)


STYLE_GEN = {"speaker_label": speaker_label_msg, "clinician_note": clin_note, "form": form_msg, "forwarded": forwarded_msg,
             "general_text": general_msg, "international": intl_msg, "list": list_msg, "lower_case": casual_msg,
             "all_caps": casual_msg, "typos": casual_msg, "run_on": run_on_msg, "signature": signature_msg}

# ------------------------------------------------------------------ typo injection
MISSPELL = {"because": "becuase", "tomorrow": "tommorow", "received": "recieved", "appointment": "appointmnet", "prescription": "perscription",
            "pharmacy": "pharmacey", "hospital": "hospitol", "please": "pls", "you": "u", "your": "ur", "doctor": "docter", "address": "adress",
            "number": "numbr", "should": "shoud", "thanks": "thx", "there": "their", "with": "wiht", "the": "teh", "she": "hse", "about": "abt"}


def typo_word(w):
    lw = w.lower()
    if lw in MISSPELL and chance(0.6):
        return MISSPELL[lw]
    if len(w) < 4 or not w.isalpha():
        return w
    i = R.randint(1, len(w) - 2)
    op = pick(["swap", "drop", "double", "near"])
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "double":
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "y", "s": "a", "r": "t", "l": "k", "u": "y"}
    return w[:i] + near.get(w[i], w[i]) + w[i + 1:]


def typo_plain(s, rate=0.14):
    import re
    out = re.sub(r"[A-Za-z]+", lambda m: typo_word(m.group(0)) if chance(rate) else m.group(0), s)
    if chance(0.5):
        out = out.replace("'", "")
    if chance(0.4):
        out = re.sub(r"\bI\b", "i", out)
    return out
