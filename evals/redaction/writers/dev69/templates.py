"""My own message templates for dev69 (written for this file; values come from values.py / Faker).

Each template returns (style, raw) where raw uses the same inline markup as the hand files:
[[text|T]] / [[text|T|I]] for identifiers and {{text}} for keep words.
"""
import re

import values as V

R = V.R
pick = R.choice
NOW = 2026


def I(text, code, intl=False):
    return f"[[{text}|{code}{'|I' if intl else ''}]]"


def K(text):
    return "{{" + text + "}}"


# ------------------------------------------------------------------ keep pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "gabapentin", "levothyroxine", "Xarelto", "Jardiance", "Trulicity",
         "prednisone", "albuterol", "Spiriva", "Entresto", "insulin glargine", "Humalog", "furosemide", "carvedilol",
         "donepezil", "memantine", "Seroquel", "trazodone", "Flomax", "omeprazole", "Tylenol", "aspirin 81", "Plavix",
         "hydrochlorothiazide", "losartan", "potassium chloride", "vitamin D3", "fish oil", "Ensure",
         "buprenorphine", "Narcan", "methadone", "Keppra", "Depakote", "lithium", "Zoloft", "Lexapro", "Wellbutrin",
         "Ozempic", "Farxiga", "tamsulosin", "allopurinol", "Synthroid", "hydroxychloroquine", "Coumadin", "Sinemet",
         "morphine", "lorazepam", "meclizine", "Miralax", "Prolia", "Symbicort", "Breo", "clopidogrel", "Norco",
         "Suboxone", "Vivitrol", "Lantus", "Novolog", "metoprolol", "Brilinta", "rivastigmine"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "CHF", "type 2 diabetes", "hypertension", "chronic kidney disease", "dementia", "osteoporosis", "sleep apnea",
         "macular degeneration", "neuropathy", "anemia", "hypothyroidism", "pneumonia", "UTI", "cellulitis", "shingles",
         "gout", "asthma", "epilepsy", "bipolar disorder", "depression", "lupus", "rheumatoid arthritis",
         "heart failure", "DVT", "vertigo", "glaucoma", "sciatica", "diverticulitis", "C. diff", "lymphedema",
         "Crohn's", "hepatitis C", "AFib", "seizures", "sundowning"]
SERIOUS = ["breast cancer", "pancreatic cancer", "ALS", "stroke", "leukemia", "kidney transplant", "heart surgery",
           "lung cancer", "multiple myeloma", "spinal cord injury", "liver transplant", "brain tumor"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "TSH", "CBC", "BMP", "lipid panel", "eGFR", "potassium", "creatinine", "BNP",
        "PSA", "vitamin B12", "sodium", "ferritin", "magnesium"]
IMAGING = ["MRI", "CT scan", "colonoscopy", "mammogram", "sleep study", "bone density scan", "Holter monitor", "EKG",
           "echocardiogram", "chest x-ray", "ultrasound", "PET scan", "stress test", "cataract surgery", "knee replacement"]
BODY = ["left hip", "right knee", "lower back", "right shoulder", "ankle", "left foot", "wrist", "neck", "heel",
        "both legs", "right eye", "hands"]
INSURERS = ["Medicare", "Medicaid", "Aetna", "Humana", "Cigna", "UnitedHealthcare", "Blue Cross", "Tricare", "Molina",
            "Ambetter", "Kaiser", "Wellcare", "Anthem", "Oscar", "Medi-Cal", "MassHealth", "TennCare"]
PHARMACIES = ["Walgreens", "CVS", "Rite Aid", "Costco pharmacy", "Express Scripts", "Walmart pharmacy", "Kroger pharmacy",
              "Optum Rx", "Publix pharmacy", "H-E-B pharmacy"]
HOSPITALS = ["Mayo Clinic", "Cleveland Clinic", "Kaiser", "the VA", "Mercy", "St. Joseph's", "Baptist Health", "Banner",
             "Sutter", "Ochsner", "Intermountain", "Atrium Health", "UPMC", "Presbyterian"]
DEPTS = ["Cardiology", "Nephrology", "Oncology", "Geriatrics", "Neurology", "Pulmonology", "Endocrinology",
         "Orthopedics", "Urology", "Wound Care", "Infusion Center", "Memory Clinic"]
DEVICES = ["CPAP", "BiPAP", "oxygen concentrator", "insulin pump", "glucose monitor", "nebulizer", "hearing aid",
           "pacemaker", "wheelchair", "hospital bed", "TENS unit", "home dialysis machine", "feeding pump",
           "Dexcom receiver", "blood pressure cuff", "power scooter", "stair lift", "LVAD controller"]

# relation word -> (gender of the relative, possessive as typed fast, subject pronoun, object pronoun)
REL = {"mom": ("f", "moms", "she", "her"), "dad": ("m", "dads", "he", "him"), "grandma": ("f", "grandmas", "she", "her"),
       "grandpa": ("m", "grandpas", "he", "him"), "my aunt": ("f", "my aunts", "she", "her"),
       "my uncle": ("m", "my uncles", "he", "him"), "my husband": ("m", "my husbands", "he", "him"),
       "my wife": ("f", "my wifes", "she", "her"), "my brother": ("m", "my brothers", "he", "him"),
       "my sister": ("f", "my sisters", "she", "her"), "nana": ("f", "nanas", "she", "her"),
       "abuela": ("f", "abuelas", "she", "her"), "my father in law": ("m", "my father in laws", "he", "him"),
       "my mother": ("f", "my mothers", "she", "her"), "pops": ("m", "pops", "he", "him"),
       "my son": ("m", "my sons", "he", "him"), "my daughter": ("f", "my daughters", "she", "her")}
SPEAKER_REL = {"f": ["Daughter", "Wife", "Niece", "Granddaughter", "Sister", "Aunt", "Stepdaughter", "Neighbor", "Aide",
                     "Nurse", "Cousin"],
               "m": ["Son", "Husband", "Nephew", "Grandson", "Brother", "Uncle", "Stepson", "Neighbor", "Cousin",
                     "Son-in-law"]}


def rel():
    r = pick(list(REL))
    return (r,) + REL[r]


def drug():
    return K(pick(DRUGS))


def cond():
    return K(pick(CONDS))


def lab():
    return K(pick(LABS))


def imaging():
    return K(pick(IMAGING))


def ins():
    return K(pick(INSURERS))


def pharm():
    return K(pick(PHARMACIES))


def hosp():
    return K(pick(HOSPITALS))


def old_dob(shape=None, us=True):
    return V.dob(us, shape)


def age_and_dob(shape=None):
    y = R.randint(1929, 1985)
    s = V.dob(True, shape, years=(y, y))
    return NOW - y - R.randint(0, 1), s


# ------------------------------------------------------------------ record presentation
def present(v, mode=None):
    """Return (identifier_text, how) for a record value written the way people pass it on."""
    mode = mode or pick(["asis", "asis", "asis", "regroup", "spaced", "lower", "split", "aloud", "dots", "nospace"])
    if mode == "regroup":
        return V.regroup(v), mode
    if mode == "spaced":
        return V.spaced_digits(v), mode
    if mode == "lower" and any(c.isalpha() for c in v):
        return v.lower(), mode
    if mode == "split" and len(v) >= 6:
        k = R.randint(2, len(v) - 2)
        a, b = v[:k].rstrip(" -."), v[k:].lstrip(" -.")
        if a and b:
            return a + pick(["\n", "-\n", " \n"]) + b, mode
    if mode == "aloud":
        return V.read_aloud(v), mode
    if mode == "dots":
        return V.regroup(v, "."), mode
    if mode == "nospace":
        return "".join(c for c in v if c.isalnum()), mode
    return v, "asis"


def rec(kind=None):
    kind = kind or pick(list(V.RECORD_KINDS))
    return kind, V.RECORD_KINDS[kind]()


def label(kind):
    return pick(V.RECORD_LABELS[kind])


KIND_WORDS = {"mrn": "mrn", "chart": "chart number", "encounter": "encounter number", "member": "member id",
              "group": "group number", "medicare": "medicare number", "medicaid": "medicaid number",
              "claim": "claim number", "case": "case number", "rx": "rx number", "device": "serial number",
              "auth": "auth number", "fin": "FIN"}


def kind_context(kind, obj="her"):
    """A short clause that fits what the record number is for."""
    if kind in ("mrn", "chart", "encounter", "fin"):
        return pick([f"for the {imaging()}", f"its at {hosp()}", f"the {K(pick(DEPTS))} office asked",
                     f"they need it to send the {lab()} results", f"for {obj} {cond()} records"])
    if kind in ("member", "group", "medicare", "medicaid"):
        return pick([f"for the {drug()} refill", f"{ins()} wants it", f"the {pharm()} lady needs it",
                     f"for the {imaging()} prior auth", f"its on the {ins()} card"])
    if kind in ("claim", "case", "auth"):
        return pick([f"its about the {imaging()} bill", f"for the appeal on {obj} {drug()}", f"{ins()} denied it",
                     f"ambulance bill from when {obj} {cond()} flared", "billing said to keep it"])
    if kind == "rx":
        return pick([f"its the {drug()}", f"for {obj} {drug()}", f"{pharm()} has it ready"])
    return pick([f"on the {K(pick(DEVICES))}", f"for the {K(pick(DEVICES))} warranty", f"the {K(pick(DEVICES))} rep needs it"])


# ------------------------------------------------------------------ templates: record-like numbers
def t_record_chat():
    r, g, poss, subj, obj = rel()
    kind, v = rec()
    idt, how = present(v)
    kw = KIND_WORDS[kind]
    intro = pick([
        f"{poss} {kw} is {I(idt, 'M')}",
        f"here's {poss} {kw}: {I(idt, 'M')}",
        f"{kw} for {r} -> {I(idt, 'M')}",
        f"{I(idt, 'M')} thats the {kw}",
        f"ok {kw} {I(idt, 'M')}",
        f"found it. {label(kind)} {I(idt, 'M')}",
        f"the {kw} on the paper says {I(idt, 'M')}",
    ])
    extra = ""
    if R.random() < 0.45:
        k2 = pick([k for k in ("group", "member", "mrn", "encounter", "medicare", "claim") if k != kind])
        i2, _ = present(V.RECORD_KINDS[k2](), pick(["asis", "asis", "regroup", "lower", "nospace"]))
        extra = pick([f" and the {KIND_WORDS[k2]} is {I(i2, 'M')}", f", {KIND_WORDS[k2]} {I(i2, 'M')}",
                      f". {label(k2)} {I(i2, 'M')} if they ask"])
    tail = ". " + kind_context(kind, 'her' if g == 'f' else 'his')
    if how == "aloud":
        tail += pick([". i had to read it over the phone twice", " - thats how the lady read it back to me", ""])
    elif how == "split":
        tail += pick([" (sorry it wrapped)", "", ""])
    elif how == "spaced":
        tail += pick([" (my phone adds spaces when i copy from the pdf)", ""])
    if R.random() < 0.3:
        tail += f". name on it is {I(V.full(g=g), 'N')}"
    return "lower_case", intro + extra + tail


def t_record_correction():
    kind, v = rec(pick(["mrn", "member", "claim", "rx", "case", "chart", "medicaid", "device", "encounter"]))
    v2 = V.swap_two(v)
    if v2 == v:
        v2 = v + "7"
    kw = KIND_WORDS[kind]
    r, g, poss, subj, obj = rel()
    s = pick([
        f"{kw} is {I(v, 'M')} no wait {I(v2, 'M')}. sorry, {kind_context(kind, 'her' if g == 'f' else 'his')}.",
        f"Correction: {r}'s {kw} is {I(v2, 'M')}, not {I(v, 'M')} like I said before.",
        f"I gave you the wrong {kw} earlier — {I(v, 'M')} is the old one, use {I(v2, 'M')}.",
        f"{label(kind)} {I(v, 'M')}... scratch that, {I(v2, 'M')}, I was reading the old letter.",
        f"its {I(v2, 'M')}!! i typed {I(v, 'M')} before, two of the numbers were swapped",
    ])
    tail = pick([f" It's for the {drug()} refill.", f" It's for the {cond()} appointment.",
                 f" {ins()} has the right one now.", f" Call {I(V.us_phone(), 'P')} if it still doesn't work.",
                 f" ({I(V.full(g=g), 'N')})", ""])
    return pick(["general_text", "general_text", "lower_case"]), s + tail


def t_record_half():
    kind, v = rec(pick(["mrn", "member", "claim", "case", "chart", "medicare", "rx"]))
    k = R.randint(3, max(3, len(v) - 3))
    part = v[:k].rstrip(" -.")
    end = v[-4:].lstrip(" -.")
    kw = KIND_WORDS[kind]
    r, g, poss, subj, obj = rel()
    opts = [
        f"i dont have the whole {kw}, it starts with {I(part, 'M')} something",
        f"all i remember of the {kw} is it ends in {I(end, 'M')}",
        f"{kw} is like {I(part, 'M')}... the rest is on the card at home",
        f"something like {I(v, 'M')}? or close to that. {kw} i mean",
    ]
    if part not in end and end not in part and part not in v[-len(end) - 1:]:
        opts.append(f"the {kw} begins {I(part, 'M')} and ends {I(end, 'M')}, i cant read the middle")
    s = pick(opts)
    tail = pick([f". its {poss} for the {cond()}", f". {ins()} should be able to look {obj} up by name + dob",
                 f". {subj}s {I(V.full(g=g), 'N')} in their system", f", {poss} dob {I(old_dob(), 'D')}"])
    return "lower_case", s + tail


def t_portal_paste():
    g = pick("fm")
    ln, fn = V.last("en_US"), V.first("en_US", g)
    name = pick([f"{ln.upper()}, {fn.upper()}", f"{ln}, {fn}", f"{fn} {ln}", f"{ln.upper()}, {fn.upper()} {pick('ABCDEFGJKLMRST')}"])
    sep = pick([": ", ":\t", " .......... ", "  ", " - "])
    rows = [f"Patient{sep}{I(name, 'N')}"]
    for k in R.sample(["mrn", "encounter", "fin", "member", "chart", "medicare", "claim"], R.randint(2, 3)):
        rows.append(f"{label(k).rstrip(':#')}{sep}{I(V.RECORD_KINDS[k](), 'M')}")
    rows.insert(R.randint(1, 2), f"{pick(['DOB', 'Date of Birth', 'Birth Date', 'D.O.B.'])}{sep}{I(old_dob(pick(['0mdY', 'mdY', 'iso'])), 'D')}")
    if R.random() < 0.5:
        rows.append(f"{pick(['Phone', 'Home Phone', 'Mobile', 'Contact'])}{sep}{I(V.us_phone(pick(['paren', 'dash'])), 'P')}")
    if R.random() < 0.4:
        rows.append(f"{pick(['Address', 'Home Address'])}{sep}{I(V.us_address('one'), 'L')}")
    rows.append(pick([f"Dept{sep}{K(pick(DEPTS))}", f"Result{sep}{lab()}", f"Visit type{sep}{imaging()}",
                      f"Problem{sep}{cond()}"]))
    head = pick(["", "copied from the portal:\n", "this is what MyChart shows\n", "pasted from the after visit summary\n",
                 "from the discharge papers:\n"])
    return "form", head + "\n".join(rows)


def t_fax():
    g = pick("fm")
    fn, ln = V.first("en_US", g), V.last("en_US")
    kind_a, a = rec(pick(["member", "medicaid", "medicare"]))
    kind_b, b = rec(pick(["auth", "case", "claim"]))
    lines = [pick(["FAX", "FACSIMILE TRANSMITTAL", "*** FAX ***", "Fax cover sheet"]),
             f"TO: {pick(['Utilization Review', 'Prior Authorization', 'Medical Records', 'Pharmacy Benefits', 'Appeals Unit'])}",
             f"FROM: Dr. {I(V.last('en_US'), 'N')} / {pick(['Family Medicine', 'Internal Medicine', 'Cardiology Assoc.', 'Pulmonary Clinic'])}",
             f"RE: {I(f'{ln.upper()}, {fn.upper()}', 'N')}   DOB {I(old_dob(pick(['0mdY', 'mdY'])), 'D')}",
             f"{label(kind_a)}: {I(present(a, pick(['asis', 'asis', 'regroup', 'split']))[0], 'M')}",
             f"{label(kind_b)}: {I(b, 'M')}",
             f"Request: {drug()} for {cond()}",
             f"Callback: {I(V.us_phone(pick(['paren', 'dash', 'dot']), ext=R.random() < 0.4), 'P')}"]
    if R.random() < 0.3:
        lines.append("Pages: " + str(R.randint(2, 9)) + " (incl. cover)")
    return ("all_caps" if R.random() < 0.3 else "form"), "\n".join(lines)


def t_card_typed():
    plan = pick(["Blue Cross", "Aetna", "Cigna", "UnitedHealthcare", "Humana", "Molina", "Ambetter", "Tricare", "Anthem"])
    name = V.full("en_US")
    lines = [pick([f"{K(plan)} card, typed out:", f"insurance card ({K(plan)}) front:", f"copying {K(plan)} card for the new pharmacy"]),
             f"{pick(['Member', 'Name', 'Subscriber'])}: {I(name.upper() if R.random() < 0.5 else name, 'N')}",
             f"{pick(['ID', 'Member ID', 'ID #'])}: {I(present(V.RECORD_KINDS['member'](), pick(['asis', 'regroup', 'asis']))[0], 'M')}",
             f"{pick(['Group', 'Grp', 'Group No'])}: {I(V.RECORD_KINDS['group'](), 'M')}"]
    if R.random() < 0.5:
        lines.append(f"RxBIN {V.d(6)}  RxGrp {I(V.L(2) + V.d(3), 'M')}")
    if R.random() < 0.5:
        lines.append(f"PCP: Dr. {I(V.full('en_US'), 'N')} {I(V.us_phone('paren'), 'P')}")
    lines.append(pick([f"(the {drug()} goes on the Rx part)", f"copay for {K('urgent care')} $50",
                       f"needed for the {imaging()}"]))
    return "list", "\n".join(lines)


def t_pharmacy():
    g1, g2 = pick("fm"), pick("fm")
    a, b = V.first(g=g1), V.first(g=g2)
    while a in b or b in a:
        b = V.first(g=g2)
    v, v2 = V.RECORD_KINDS["rx"](), V.RECORD_KINDS["rx"]()
    style = pick(["speaker_label", "lower_case"])
    if style == "speaker_label":
        lines = [f"{I(a, 'N')}: at the pharmacy, they want the rx number for {pick(['mom', 'dad', 'grandma', 'Papa'])}'s {drug()}",
                 f"{I(b, 'N')}: {I(present(v, pick(['asis', 'spaced', 'aloud', 'regroup']))[0], 'M')}",
                 f"{I(a, 'N')}: and the other one?",
                 f"{I(b, 'N')}: {I(v2, 'M')} thats the {drug()}"]
        if R.random() < 0.5:
            lines.append(f"{I(a, 'N')}: they also asked for dob. {I(old_dob(), 'D')} right?")
        return style, "\n".join(lines)
    s = pick([f"text from pharmacy: \"Rx {I(v, 'M')} for {I(V.first('en_US').upper() + ' ' + V.last('en_US')[0].upper(), 'N')} is ready\". its the {drug()}",
              f"picked up {drug()} rx #{I(v, 'M')} and {drug()} rx #{I(v2, 'M')}. $12 total w the {pharm()} coupon",
              f"the automated line wants the rx number, i typed {I(present(v, 'nospace')[0], 'M')} and it said invalid. bottle says {I(present(v, 'regroup')[0], 'M')}"])
    return style, s


def t_device():
    dev = pick(DEVICES)
    v = V.RECORD_KINDS["device"]()
    r, g, poss, subj, obj = rel()
    who = V.full(g=g)
    s = pick([
        f"The {K(dev)} company needs the serial number for the warranty claim. It's on a sticker on the back: {I(present(v, pick(['asis', 'spaced', 'split', 'lower']))[0], 'M')}. Account is under {I(who, 'N')}.",
        f"so the {K(dev)} stopped working again and the rep asked for the serial which is {I(v, 'M')} and then the ticket number she gave me is {I(V.RECORD_KINDS['case'](), 'M')}, she said a tech will call {I(V.us_phone(), 'P')} within 48 hours",
        f"S/N on {poss} {K(dev)}: {I(v, 'M')} (I think the 0s are zeros not Os). Supplier is {pick(['Apria', 'Lincare', 'AdaptHealth', 'Rotech'])}.",
        f"DME ticket for {I(who, 'N')}: {K(dev)} serial {I(v, 'M')}, order {I(V.RECORD_KINDS['case'](), 'M')}, deliver to {I(V.us_address(), 'L')}",
    ])
    return pick(["run_on", "general_text"]), s


def phone_aloud(ph):
    digits = [c for c in ph if c.isdigit()][-10:]
    w = lambda ds: " ".join(("oh" if c == "0" and R.random() < 0.5 else V.DIGIT_WORDS[int(c)]) for c in ds)
    return f"{w(digits[:3])}, {w(digits[3:6])}, {w(digits[6:])}"


def t_voicemail():
    caller = V.first("en_US")
    pt = V.full("en_US")
    kind, v = rec(pick(["case", "claim", "auth", "member", "mrn"]))
    ph = V.us_phone(pick(["dash", "paren"]), ext=False)
    s = (f"(voicemail transcript) {pick(['hi', 'hello', 'good morning'])} this is {I(caller, 'N')} "
         f"{pick(['from the billing office', 'with the care coordination team', 'from patient access', 'calling from the insurance'])} "
         f"for {I(pt, 'N')}, {pick(['regarding', 'about', 'following up on'])} {KIND_WORDS[kind]} {I(V.read_aloud(v), 'M')}, "
         f"please call back at {I(pick([ph, phone_aloud(ph)]), 'P')}"
         f"{pick([', thank you', ', have a good day', '. again thats ' + I(ph, 'P'), ''])}")
    return "voicemail", s


# ------------------------------------------------------------------ templates: people, places, other types
def t_speaker_chat():
    people = []
    while len(people) < 3:
        g = pick("fm")
        x = V.first(g=g)
        if all(x not in y and y not in x for y, _ in people):
            people.append((x, g))
    rel_labels = R.random() < 0.5
    labels = [(f"{pick(SPEAKER_REL[g])} {I(x, 'N')}" if rel_labels else I(x, 'N')) for x, g in people]
    pool = [
        lambda: f"{pick(['Mom', 'Dad', 'Grandma', 'Grandpa'])}'s {lab()} came back {pick(['high', 'ok', 'a little low', 'worse than last time'])}",
        lambda: f"can someone call the {pick(['cardiologist', 'pharmacy', 'aide agency', 'home health nurse'])}? {I(V.us_phone(), 'P')}",
        lambda: f"I'm dropping off the {drug()} at {I(V.us_address(pick(['one', 'lower_state'])), 'L')}",
        lambda: f"{pick(['she', 'he'])}'s out of {drug()} again",
        lambda: f"new email for the portal: {I(V.email_for(V.full()), 'E')}",
        lambda: f"the {cond()} is acting up",
        lambda: (lambda g_: f"{I(V.first(g=g_), 'N')} said {'she' if g_ == 'f' else 'he'} can cover {pick(['Monday', 'Tuesday night', 'the weekend', 'Friday'])}")(pick('fm')),
        lambda: f"the {ins()} rep said call {I(V.us_phone(), 'P')}",
        lambda: f"We'll bring the {K(pick(DEVICES))} tomorrow",
        lambda: f"{pick(['her', 'his'])} dob is {I(old_dob(), 'D')} they always ask",
        lambda: "ok",
        lambda: "thank you!!",
        lambda: f"{imaging()} is at 9, {pick(['parking is a nightmare', 'no food after midnight', 'bring the card'])}",
    ]
    lines = [f"{labels[i % 3]}: {f()}" for i, f in enumerate(R.sample(pool, R.randint(3, 5)))]
    if R.random() < 0.3:
        lines.insert(R.randint(0, len(lines)), f"{pick(['Mom', 'Dad', 'Grandma'])}: {pick(['stop fussing', 'I took my pills', 'who is coming Sunday'])}")
    return "speaker_label", "\n".join(lines)


def t_address_change():
    g = pick("fm")
    p = {"f": ("her", "she"), "m": ("his", "he")}[g]
    name = V.full("en_US", g)
    old, new = V.us_address(), pick([V.us_address(), V.us_address(), V.po_box(), V.rural()])
    s = pick([
        f"Hi, please update the address for {I(name, 'N')}. Old: {I(old, 'L')}. New: {I(new, 'L')}. Phone stays {I(V.us_phone(), 'P')}. {p[0].capitalize()} {drug()} comes by mail.",
        f"Address change — {I(name, 'N')} has moved to\n{I(new, 'L')}\nPlease send the {drug()} there from now on.",
        f"we moved {pick(['mom', 'dad'])} in with us so the mail should go to {I(new, 'L')} not {I(old, 'L')} anymore. still with {ins()}",
        f"Hello, I'm {I(name, 'N')}'s {pick(['son', 'daughter', 'niece', 'caregiver'])}. {p[0].capitalize()} statements keep going to {I(old, 'L')}; {p[1]} lives at {I(new, 'L')} now. Born {I(old_dob(), 'D')} if you need to look {'her' if g == 'f' else 'him'} up. It's about the {imaging()} bill.",
    ])
    return "general_text", s


def t_military_rural():
    name = V.full("en_US", "m")
    addr = pick([V.military(), V.military(), V.rural(), V.po_box()])
    s = pick([
        f"My son {I(name, 'N')} is {'deployed so his mail goes to' if 'APO' in addr or 'FPO' in addr or 'DPO' in addr else 'the one to mail things to:'} {I(addr, 'L')}. He has power of attorney for my {cond()} care.",
        f"For the {K(pick(DEVICES))} supplies please ship to {I(addr, 'L')} — there's no street delivery out here. Call {I(V.us_phone(), 'P')} first.",
        f"mailing address for {I(name, 'N')}: {I(addr, 'L')}. {ins()} has the old one",
        f"{I(name.upper(), 'N')}\n{I(addr.upper(), 'L')}\n(for the {K('Tricare')} refund check)",
    ])
    return "general_text", s


INTL_SETS = [("GB", "en_GB", "en"), ("DE", "de_DE", "de"), ("FR", "fr_FR", "fr"), ("MX", "es_MX", "es"),
             ("ES", "es_ES", "es"), ("IT", "it_IT", "it"), ("BR", "pt_BR", "pt"), ("NL", "nl_NL", "nl"),
             ("PL", "pl_PL", "pl"), ("IN", "en_IN", "en"), ("PH", "fil_PH", "en"), ("CA", "en_CA", "en"),
             ("JP", "ja_JP", "ja"), ("KR", "ko_KR", "ko"), ("RU", "ru_RU", "ru"), ("CN", "zh_CN", "zh")]
# {n} is always a woman in these (mother / gran)
INTL_PHRASES = {
    "en": ["My {rel} {n} lives at {a}. Her number is {p}. She takes {k}.",
           "Please send the letter to {n}, {a}. Mobile {p}. It's about her {k}.",
           "hi, this is {n}'s daughter, we're at {a} — ring {p} any time. mum's on {k}"],
    "de": ["Hallo, meine Mutter {n} wohnt in der {a}. Telefon {p}. Sie nimmt {k}.",
           "Bitte den Befund an {n}, {a} schicken. Tel. {p}. Es geht um {k}."],
    "fr": ["Bonjour, ma mère {n} habite au {a}. Téléphone : {p}. Elle prend du {k}.",
           "Merci d'envoyer le compte rendu à {n}, {a}. Tél {p}. ({k})"],
    "es": ["Hola, mi mamá {n} vive en {a}. Su teléfono es {p}. Toma {k}.",
           "Favor de mandar los resultados a {n}, {a}, cel. {p}. Es por la {k}."],
    "it": ["Buongiorno, mia madre {n} abita in {a}. Telefono {p}. Prende {k}.",
           "Per favore inviate il referto a {n}, {a}. Cell. {p}. ({k})"],
    "pt": ["Oi, minha mãe {n} mora na {a}. Telefone {p}. Ela toma {k}.",
           "Favor enviar o laudo para {n}, {a}. Cel {p}. É sobre a {k}."],
    "nl": ["Hallo, mijn moeder {n} woont op {a}. Telefoon {p}. Ze gebruikt {k}.",
           "Graag de uitslag naar {n}, {a}. Tel {p}. ({k})"],
    "pl": ["Dzień dobry, moja mama {n} mieszka pod adresem {a}. Telefon {p}. Bierze {k}.",
           "Proszę wysłać wyniki do {n}, {a}, tel. {p}. Chodzi o {k}."],
    "ja": ["母 {n} の住所は {a} です。電話 {p} 。 {k} を飲んでいます。",
           "{n} さんの連絡先: {a} / {p} ({k})"],
    "ko": ["어머니 {n} 주소는 {a} 입니다. 전화 {p} . {k} 복용 중.",
           "{n} 님 연락처 {p} , 주소 {a} ({k})"],
    "ru": ["Здравствуйте, моя мама {n} живёт по адресу {a}. Телефон {p}. Принимает {k}.",
           "Пожалуйста, отправьте выписку: {n}, {a}, тел. {p} ({k})"],
    "zh": ["我妈妈 {n} 住在 {a} ，电话 {p} 。她在吃 {k} 。",
           "请把报告寄给 {n} ： {a} ，手机 {p} （{k}）"],
}
INTL_DRUGS = {"en": ["warfarin", "ramipril", "bisoprolol", "co-codamol", "amlodipine", "metformin", "Glycomet"],
              "de": ["Marcumar", "Metformin", "Ramipril", "ASS 100", "Pantoprazol"],
              "fr": ["Kardégic", "Doliprane", "Levothyrox", "metformine"],
              "es": ["metformina", "losartán", "Sintrom", "omeprazol", "insulina"],
              "it": ["Cardioaspirina", "ramipril", "Coumadin", "Tachipirina"],
              "pt": ["losartana", "metformina", "sinvastatina", "AAS"],
              "nl": ["acenocoumarol", "metoprolol", "paracetamol"],
              "pl": ["Polpril", "metforminę", "Acard"],
              "ja": ["アムロジピン", "メトホルミン", "ワーファリン"],
              "ko": ["메트포르민", "아스피린", "와파린"],
              "ru": ["варфарин", "метформин", "эналаприл"],
              "zh": ["二甲双胍", "阿司匹林", "降压药"]}
CC_OF_LOC = {"ja_JP": "JP", "zh_CN": "CN", "ko_KR": "KR", "hi_IN": "IN", "ar_SA": "SA", "ru_RU": "RU"}


def t_international():
    cc, loc, lang = pick(INTL_SETS)
    name = V.full(loc, "f")
    addr = V.intl_address(cc)
    p = V.intl_phone(cc) if cc != "CA" else V.us_phone(pick(["dash", "paren"]), ext=False)
    s = pick(INTL_PHRASES[lang]).format(rel=pick(["mum", "mother", "gran"]), n=I(name, "N", True), a=I(addr, "L", True),
                                        p=I(p, "P", True), k=K(pick(INTL_DRUGS[lang])))
    if R.random() < 0.35:
        s += pick([f" DOB {I(V.dob(False), 'D', True)}.", f" {I(V.email_for(name, pick(V.LOCAL_DOMAINS.get(loc, ['gmail.com']))), 'E', True)}",
                   f" ({pick(['hospital no.', 'patient no.', 'ref'])} {I(pick([V.d(3) + ' ' + V.d(3) + ' ' + V.d(4), V.L(1) + V.d(9), V.d(10)]), 'M', True)})"])
    return "international", s


def t_nonlatin():
    loc = pick(V.NONLATIN)
    g = pick("fm")
    n1, n2 = V.full(loc, "f"), V.full(loc, "f")
    while n1 in n2 or n2 in n1:
        n2 = V.full(loc, "f")
    eng = V.first("en_US")
    s = pick([
        f"{I(eng, 'N')}: grandma's name on the hospital form should be {I(n1, 'N', True)} not the english spelling. her sister {I(n2, 'N', True)} will visit. she's on {drug()}",
        f"Contacts for {pick(['mom', 'grandma'])}'s {K(pick(['dialysis', 'chemo', 'rehab']))}: {I(n1, 'N', True)} ({I(V.intl_phone(CC_OF_LOC[loc]), 'P', True)}), {I(eng, 'N')} ({I(V.us_phone(), 'P')})",
        f"the interpreter asked for the patient's name in {dict(ja_JP='Japanese', zh_CN='Chinese', ko_KR='Korean', ru_RU='Russian', hi_IN='Hindi', ar_SA='Arabic')[loc]}: {I(n1, 'N', True)}. {cond()}, on {drug()}",
    ])
    return "international", s


IBAN_LOC = {"DE": "de_DE", "GB": "en_GB", "FR": "fr_FR", "ES": "es_ES", "NL": "nl_NL", "IT": "it_IT", "PL": "pl_PL",
            "TR": "tr_TR", "BR": "pt_BR", "PT": "pt_BR", "BE": "nl_NL", "AT": "de_DE", "CH": "de_DE", "IE": "en_GB",
            "SA": "ar_SA"}


def t_billing():
    name = V.full("en_US")
    kind, c = V.card()
    lab_ = {"visa": ["visa", "Visa", "VISA"], "mc": ["mastercard", "MC", "credit card"], "amex": ["amex", "Amex card", "credit card"],
            "disc": ["discover", "card", "cc"]}[kind]
    opt = R.random()
    if opt < 0.4:
        s = pick([f"Please put the {K('physical therapy')} balance on my {pick(lab_)} {I(c, 'A')}, exp {R.randint(1, 12):02d}/{R.randint(26, 31)}. Name on card {I(name, 'N')}.",
                  f"billing: pay the {drug()} copay w/ {pick(lab_)} {I(c, 'A')} billing zip {I(V.zip5(), 'L')}",
                  f"Hi, {I(name, 'N')} here. Card on file expired; new {pick(['card', 'cc', 'credit card'])} is {I(c, 'A')}. It's for the {imaging()} bill."])
    elif opt < 0.7:
        r, a = V.routing(), V.bank_acct()
        s = pick([f"For the {K('caregiver')} reimbursement: routing {I(r, 'A')}, account {I(a, 'A')}, {pick(['checking', 'savings'])}, {I(name, 'N')}",
                  f"direct deposit form for {pick(['my', 'mom’s', 'dad’s'])} {K('home health aide')} — Routing #: {I(r, 'A')} / Account #: {I(a, 'A')} / SSN {I(V.ssn(), 'S')}",
                  f"ABA {I(r, 'A')} acct {I(a, 'A')} (credit union) for the refund of the {imaging()} overcharge"])
    else:
        cc = pick(list(V.IBAN_SPECS))
        ib = V.iban(cc)
        holder = V.full(IBAN_LOC[cc])
        lbl = pick(["IBAN ", "iban ", "IBAN: ", ""])
        s = pick([f"Refund to {lbl}{I(ib, 'A', True)} please, account holder {I(holder, 'N', True)}. It was for the {imaging()}.",
                  f"bank details for the clinic abroad ({K(pick(['dental implants', 'rehab', 'IVF', 'knee surgery']))}): {lbl}{I(ib, 'A', True)} ({I(holder, 'N', True)})",
                  f"{I(holder, 'N', True)}\n{lbl}{I(ib, 'A', True)}\nRef: {drug()} shipment"])
    return "general_text", s


def t_signature():
    name = V.full(pick(["en_US"] * 4 + V.LATIN_INTL))
    role = pick(["RN, Care Coordinator", "Caregiver for Mom", "Social Worker, Home Health", "Daughter & POA",
                 "Patient Advocate", "Hospice Volunteer", "Office Manager", "LPN", "Family Caregiver Support Group"])
    lines = [pick(["Thanks,", "Best,", "Regards,", "Thank you,", "—", "Warmly,"]), I(name, "N"), role]
    if R.random() < 0.6:
        lines.append(I(V.us_address(pick(["one", "multi"])), "L"))
    lines.append(pick(["", "cell ", "Ph: ", "o: ", "Tel "]) + I(V.us_phone(ext=R.random() < 0.3), "P"))
    lines.append(I(V.email_for(name, pick([None, None, "gmail.com", "carecoord.org", "hospicecare.net"])), "E"))
    if R.random() < 0.3:
        lines.append(I(V.url_for(name, "profile"), "U"))
    if R.random() < 0.15:
        lines.append("Sent from my iPhone")
    body = pick([f"Please confirm {pick(['Tuesday', 'Monday', 'Thursday'])}'s visit and whether the {drug()} was delivered.",
                 f"Attached is the updated med list ({drug()}, {drug()}).", f"Let me know if the {lab()} results come in.",
                 f"I'll follow up about the {cond()} referral."])
    return "signature", body + "\n\n" + "\n".join(lines)


def t_all_caps():
    gm = V.full("en_US", "m")
    s = pick([
        f"THIS IS {I(V.full('en_US'), 'N')} CALLING ABOUT MY {drug()} REFILL. PLEASE CALL {I(V.us_phone(), 'P')}",
        f"PT {I(V.full('en_US'), 'N')} DOB {I(old_dob(pick(['0mdY', 'mdY'])), 'D')} MRN {I(V.RECORD_KINDS['mrn'](), 'M')} NEEDS {lab()} BEFORE NEXT VISIT",
        f"MY ADDRESS IS {I(V.us_address('one'), 'L')} PLEASE SEND THE {K(pick(DEVICES))} HERE NOT TO MY DAUGHTER",
        f"DAD ({I(gm, 'N')}) FELL AGAIN. HIS {cond()} IS WORSE. MY CELL {I(V.us_phone(), 'P')} EMAIL {I(V.email_for(V.full('en_US')), 'E')}",
        f"WHO TOOK GRANDMAS {drug()}?? {I(V.first('en_US'), 'N')} CALL ME {I(V.us_phone(), 'P')}",
    ])
    return "all_caps", s


def t_list():
    names = []
    while len(names) < R.randint(3, 5):
        x = V.first()
        if all(x not in y and y not in x for y in names):
            names.append(x)
    what = pick(["rides to dialysis", "who's bringing dinner", "night shifts with Grandpa", "phone tree",
                 "people allowed to get info (HIPAA form)", "Memory Care Support Circle sign-up"])
    lines = [f"{what}:"]
    for x in names:
        extra = pick(["", "", f" {I(V.us_phone(), 'P')}", f" - {I(V.email_for(x + ' ' + V.last()), 'E')}",
                      f" ({pick(['Mon', 'Wed', 'Fri', 'weekends'])})"])
        lines.append(f"{pick(['- ', '* ', '• ', ''])}{I(x, 'N')}{extra}")
    lines.append(pick([f"reminder: {drug()} at 8am", f"{pharm()} number is on the fridge", f"no {drug()} after 6pm",
                       f"Poison Control {K('1-800-222-1222')}", f"crisis line {K('988')}"]))
    if R.random() < 0.3:
        lines[0] = f"{I(names[0], 'N')}, {I(names[1], 'N')} and {I(names[2], 'N')} - " + lines[0]
    return "list", "\n".join(lines)


def t_url():
    r, g, poss, subj, obj = rel()
    name = V.full("en_US", g)
    s = pick([
        f"we made a page for updates on {I(name, 'N')}'s {K(pick(SERIOUS))}: {I(V.url_for(name, 'update'), 'U')}",
        f"here's the fundraiser link for {poss} {K(pick(['surgery', 'transplant', 'chemo', 'rehab']))} {I(V.url_for(name, 'fund'), 'U')} pls share",
        f"if you want to follow along with {poss} {K(pick(SERIOUS))} recovery: {I(V.url_for(name, 'update'), 'U')} (posted by {I(V.first(), 'N')})",
        f"{subj.capitalize()}'s on {I(V.url_for(name, 'profile'), 'U')} if the hospice chaplain wants to reach out. Email is better: {I(V.email_for(name), 'E')}",
        f"the {K('physical therapist')} we liked: {I(V.url_for(name, 'profile'), 'U')}",
    ])
    return pick(["general_text", "lower_case"]), s


def t_ssn_form():
    name = V.full("en_US")
    lines = [pick(["Caregiver Program Application", "Financial assistance form", "SSI/Disability worksheet",
                   "Intake form (page 1)", "Patient registration"]),
             f"Name: {I(name, 'N')}",
             f"{pick(['DOB', 'Date of birth', 'Birthdate'])}: {I(old_dob(), 'D')}",
             f"{pick(['SSN', 'Social Security #', 'Soc. Sec. No.', 'SS#'])}: {I(V.ssn(), 'S')}",
             f"{pick(['Address', 'Home address'])}: {I(V.us_address(), 'L')}",
             f"{pick(['Phone', 'Best number'])}: {I(V.us_phone(), 'P')}"]
    if R.random() < 0.4:
        kind = pick(['medicare', 'medicaid', 'member'])
        lines.append(f"{dict(medicare='Medicare #', medicaid='Medicaid ID', member='Insurance ID')[kind]}: {I(V.RECORD_KINDS[kind](), 'M')}")
    lines.append(f"Diagnosis: {cond()}")
    return "form", "\n".join(lines)


def t_ssn_chat():
    r, g, poss, subj, obj = rel()
    s = pick([
        f"{poss} social is {I(V.ssn(), 'S')} for the {ins()} form. delete this after",
        f"ok the {K('Social Security')} office needs {'her' if g == 'f' else 'his'} ss# which is {I(V.ssn('plain'), 'S')} and {'her' if g == 'f' else 'his'} dob {I(old_dob(), 'D')}",
        f"ssn {I(V.ssn('space'), 'S')} (thats {poss}, not mine) - the {K('Medicaid')} worker asked",
        f"last 4 of {poss} social is {I(V.d(4), 'S')}, full one is {I(V.ssn(), 'S')}. for the {drug()} assistance program",
    ])
    return "lower_case", s


def t_forwarded():
    a, b = V.full("en_US"), V.full()
    s = (f"{pick(['---------- Forwarded message ---------', 'Begin forwarded message:', '-----Original Message-----'])}\n"
         f"From: {I(a, 'N')} <{I(V.email_for(a), 'E')}>\n"
         f"Subject: {pick(['Re: Mom', 'update', 'Fwd: appointment', 'meds', 'RE: insurance'])}\n\n"
         f"{pick(['Hi all,', 'Hey,', 'Team —'])} Mom's {imaging()} is {pick(['Tuesday', 'next week', 'on the 14th'])}. "
         f"{I(b, 'N')} will drive. {pick(['Her new address is ' + I(V.us_address(), 'L') + '.', 'Call me at ' + I(V.us_phone(), 'P') + '.', 'Ask about the ' + drug() + '.'])}")
    return "forwarded", s


def t_run_on():
    r, g, poss, subj, obj = rel()
    a = V.first()
    s = (f"so {pick(['yesterday', 'this morning', 'last night'])} {r} {pick(['fell in the bathroom', 'got really confused', 'couldnt breathe well', 'had chest pain'])} "
         f"and we took {obj} to the ER and they said its the {cond()} again and changed the {drug()}, "
         f"{I(a, 'N')} stayed with {obj} till midnight, the nurse {I(V.first(), 'N')} gave us a number to call {I(V.us_phone(), 'P')} "
         f"{pick(['and the MRN is ' + I(V.RECORD_KINDS['mrn'](), 'M'), 'and they want the insurance card faxed', 'and a pamphlet', ''])} "
         f"{pick(['anyway Im exhausted', 'Ill update later', 'pray for us', 'more tmrw'])}")
    return "run_on", re.sub(r" +", " ", s)


TYPO = {"the": "teh", "with": "wiht", "because": "becuase", "number": "nubmer", "appointment": "appointmnet",
        "pharmacy": "pharmcy", "tomorrow": "tommorow", "doctor": "docter", "really": "realy", "please": "plese"}


def t_typos():
    r, g, poss, subj, obj = rel()
    name = V.full("en_US")
    s = (f"{pick(['hi', 'helo', 'hey'])} this is {I(name, 'N')} {pick(['calling', 'writing', 'texting'])} for {r}, "
         f"the doctor wants to change the {drug()} because of the {cond()}. please call me tomorrow at {I(V.us_phone(), 'P')} "
         f"{pick(['or email ' + I(V.email_for(name), 'E'), 'about the appointment', ('her' if obj == 'her' else 'his') + ' dob is ' + I(old_dob(), 'D')])}")
    out = [TYPO[w] if (w in TYPO and R.random() < 0.6) else w for w in s.split(" ")]
    return "typos", " ".join(out)


def t_clinician():
    g = pick("fm")
    name = V.full(g=g)
    fg = pick("fm")
    fam = V.first(g=fg)
    fam_rel = pick({"f": ["Daughter", "Niece", "Wife", "Sister"], "m": ["Son", "Nephew", "Husband", "Brother"]}[fg] + ["Spouse"])
    age, dob = age_and_dob()
    shape = R.random()
    if shape < 0.4:
        s = (f"Pt {I(name, 'N')}, {age}{g.upper()}, {pick(['MRN', 'MRN#', 'chart'])} {I(V.RECORD_KINDS['mrn'](), 'M')}, DOB {I(dob, 'D')}. "
             f"Hx {cond()}, {cond()}. On {drug()}, {drug()}. {pick(['Stable.', 'Worsening SOB.', 'Fall at home x1.', 'Labs reviewed.'])} "
             f"{fam_rel} {I(fam, 'N')} {pick(['at bedside', 'by phone', 'is HCPOA'])}, {I(V.us_phone(), 'P')}.")
    elif shape < 0.7:
        s = (f"S: {pick(['pt', 'Pt'])} reports {pick(['dizziness', 'swelling in ' + K(pick(BODY)), 'poor sleep', 'pain in ' + K(pick(BODY))])}. "
             f"O: {lab()} pending. A/P: {cond()} — adjust {drug()}. "
             f"Pt: {I(name, 'N')}, {age}{g.upper()}. Lives at {I(V.us_address(), 'L')} w/ {I(fam, 'N')}.")
    else:
        s = (f"{pick(['Home visit', 'Tele-visit', 'Phone encounter', 'RN note'])}: {I(name, 'N')} "
             f"(DOB {I(dob, 'D')}). {cond()} f/u. {drug()} continued. CG {I(fam, 'N')} {I(V.email_for(fam + ' ' + V.last()), 'E')}.")
    return "clinician_note", s


def t_dob_chat():
    g = pick("fm")
    p = {"f": "her", "m": "his"}[g]
    name = V.full(g=g)
    s = pick([
        f"{I(name, 'N')} was born {I(old_dob(), 'D')}. the {K(pick(DEPTS))} clinic keeps putting the wrong birthday",
        f"birthday for the {ins()} forms: {I(old_dob(), 'D')} ({I(name, 'N')})",
        f"{p.capitalize()} DOB is {I(old_dob(), 'D')}, not {I(old_dob(), 'D')} — that's {p} sister {I(V.first(g='f'), 'N')}'s.",
        f"b. {I(old_dob(pick(['iso', 'dash', 'mdy'])), 'D')} — {I(name, 'N')}, the one on {drug()}",
    ])
    return pick(["lower_case", "general_text"]), s


TEMPLATES = [  # (function, count)
    (t_record_chat, 9), (t_record_correction, 5), (t_record_half, 4), (t_portal_paste, 5), (t_fax, 3),
    (t_card_typed, 3), (t_pharmacy, 3), (t_device, 3), (t_voicemail, 2),
    (t_speaker_chat, 15), (t_address_change, 12), (t_military_rural, 10), (t_international, 24), (t_nonlatin, 12),
    (t_billing, 18), (t_signature, 10), (t_all_caps, 8), (t_list, 8), (t_url, 16), (t_ssn_form, 8), (t_ssn_chat, 7),
    (t_forwarded, 6), (t_run_on, 6), (t_typos, 6), (t_clinician, 11), (t_dob_chat, 6),
]
