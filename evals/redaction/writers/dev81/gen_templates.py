"""Template half of handwritten_dev81.jsonl (source "template").

Templates are my own sentences with slots. Slot names in braces; identifier slots are declared per
template as name=spec, keep slots are named k<kind><n> (e.g. {kdrug}, {kdrug2}, {krel}).
Identifier specs:
  P  US full name        Pw  US name with an English-word surname   Pdr  "Dr. X" (US)
  Pf:x / Pl:x / Pt:x     first name / last name / "Mrs. Last" of person slot x
  Pi intl name (native script or Latin, message country)   Pil  intl Latin-script name
  L  US address (random shape)  L:<kind> (line, line_unit, nocomma, multi, po, mil, rr, zip4)
  Lcs US "City, ST" (+ZIP sometimes)   Lc US city   Li intl address   Lic intl city
  T  US phone   Tx US phone with extension   Tv vanity number   Ti intl phone
  E:x / Ei:x email of person x (US / intl domain)   U:x / Ui:x personal URL of x
  S  SSN   M US record/member/Medicare number   Mmbi Medicare MBI   Mi intl health number
  D  US date of birth   Dy child's DOB   Di intl date of birth
  A  card number   Ar routing number   Aa bank account number   Aib IBAN   Ai intl account (IBAN/CLABE/...)
Run: python gen_templates.py  (writes template_messages.json)
"""
import json
import re
import random
import tvalues as V

rng = V.rng
COUNTRIES = list(V.COUNTRY_LOCALE)

KEEP = {
    "drug": ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
             "sertraline", "oxycodone", "atorvastatin", "amlodipine", "gabapentin", "levothyroxine", "Lantus",
             "Ozempic", "Jardiance", "Xarelto", "donepezil", "memantine", "carbidopa-levodopa", "furosemide",
             "prednisone", "albuterol", "Spiriva", "tramadol", "Tylenol", "ibuprofen", "aspirin 81", "Plavix",
             "Entresto", "metoprolol", "tamsulosin", "omeprazole", "Miralax", "senna", "vitamin B12", "fish oil",
             "turmeric", "naloxone", "Suboxone", "Keppra", "lamotrigine", "quetiapine", "trazodone",
             "mirtazapine", "methotrexate", "Humira", "allopurinol", "colchicine", "potassium chloride",
             "spironolactone", "digoxin", "nitroglycerin", "Coumadin", "Seroquel", "Namenda", "Aricept",
             "hydrocodone", "morphine", "lorazepam", "insulin", "Humalog", "Trulicity", "Farxiga", "Symbicort",
             "Advair", "Zoloft", "Lexapro", "Flomax", "Synthroid", "Norvasc", "Crestor", "Ensure"],
    "cond": ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
             "Alzheimer's", "congestive heart failure", "type 2 diabetes", "chronic kidney disease",
             "osteoarthritis", "rheumatoid arthritis", "pneumonia", "UTI", "cellulitis", "sepsis", "stroke",
             "dementia", "macular degeneration", "glaucoma", "shingles", "gout", "hypothyroidism", "anemia",
             "DVT", "pulmonary embolism", "lymphoma", "breast cancer", "prostate cancer", "depression",
             "anxiety", "insomnia", "sleep apnea", "neuropathy", "sciatica", "osteoporosis", "hip fracture",
             "pressure ulcer", "delirium", "ALS", "multiple sclerosis", "Crohn's disease", "epilepsy",
             "hypertension", "heart failure", "vertigo", "lupus", "bronchitis", "hepatitis C"],
    "lab": ["Hemoglobin A1c", "A1c", "INR", "TSH", "creatinine", "eGFR", "BNP", "potassium", "sodium", "CBC",
            "lipid panel", "troponin", "PSA", "vitamin D level", "ferritin", "urinalysis", "BMP", "CMP",
            "blood sugar", "triglycerides", "hemoglobin", "platelets", "white count"],
    "body": ["left knee", "right hip", "lower back", "shoulder", "ankle", "chest", "abdomen", "heel", "wrist",
             "lungs", "kidneys", "bladder", "colon", "heart", "eyes", "feet", "legs", "stomach", "throat", "skin"],
    "rel": ["mom", "dad", "grandma", "grandpa", "nana", "papa", "auntie", "uncle", "abuela", "oma", "granny",
            "mother", "father", "sister", "brother", "husband", "wife", "son", "daughter"],
    "Rel": ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Mama", "Abuela", "Oma", "Granny", "Pop",
            "Mother", "Father", "Auntie", "Uncle"],
    "relf": ["mom", "grandma", "nana", "auntie", "abuela", "oma", "granny", "mother", "sister", "wife", "mama"],
    "Relf": ["Mom", "Grandma", "Nana", "Mama", "Abuela", "Oma", "Granny", "Mother", "Auntie", "Lola"],
    "relm": ["dad", "grandpa", "papa", "uncle", "father", "brother", "husband", "abuelo", "opa"],
    "Relm": ["Dad", "Grandpa", "Papa", "Pop", "Father", "Uncle", "Abuelo", "Opa", "Lolo"],
    "relto": ["daughter", "sister", "niece", "wife", "granddaughter"],
    "hosp": ["pneumonia", "stroke", "fall", "hip fracture", "sepsis", "COPD flare", "heart failure admission", "UTI"],
    "month": V.MONTHS,
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "org": ["Walgreens", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "CVS", "Rite Aid", "Cleveland Clinic",
            "VA", "Humana", "Aetna", "Blue Cross", "DaVita", "Social Security", "Meals on Wheels",
            "Johns Hopkins", "Kroger pharmacy", "UnitedHealthcare", "Cigna", "Costco pharmacy"],
    "contr": ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "It's", "They're", "She's", "I've", "Won't"],
    "will": ["We'll", "I'll", "She'll", "He'll"],
    "neg": ["Don't", "Please don't", "Do not"],
    "dont": ["don't"],
    "cant": ["can't", "won't", "couldn't"],
    "im": ["I'm", "I've been", "I'd"],
    "help": ["988", "1-800-222-1222 Poison Control", "911", "1-800-MEDICARE"],
    "group": ["Morning Walk Group", "Memory Café", "Caregiver Support Circle", "Tuesday Chair Yoga",
              "Heart Healthy Cooking Class", "Grief Share", "Parkinson's Dance Class"],
    "therapy": ["physical therapy", "occupational therapy", "speech therapy", "cardiac rehab", "dialysis",
                "chemo", "radiation", "wound care", "home health", "hospice", "palliative care"],
    "equip": ["walker", "wheelchair", "CPAP", "oxygen concentrator", "nebulizer", "hospital bed", "Hoyer lift",
              "glucose meter", "pulse oximeter", "hearing aids", "shower chair", "feeding pump"],
}
KEEP_RE = re.compile(r"^k(" + "|".join(KEEP) + r")\d*$")


def make_value(spec, vals, cc):
    """Return (value, type, region) for an identifier spec ("base[.m|.f][:arg]")."""
    base, _, arg = spec.partition(":")
    base, _, gender = base.partition(".")
    gender = gender or None
    if base == "P":
        return V.person_us(gender=gender), "PERSON", "US"
    if base == "Pw":
        return V.person_us(word_surname=True, gender=gender), "PERSON", "US"
    if base == "Pi":
        return V.person_intl(cc, gender=gender), "PERSON", "INTL"
    if base == "Pil":
        return V.person_intl(cc, native_ok=False, gender=gender), "PERSON", "INTL"
    if base == "Pdr":
        return V.doctor_us(), "PERSON", "US"
    if base in ("Pf", "Pl", "Pt"):
        p, _, reg = vals[arg]
        txt = {"Pf": p.first, "Pl": p.last, "Pt": p.title()}[base]
        return txt, "PERSON", reg
    if base == "L":
        if arg in ("", "inline"):
            return V.loc_us().replace("\n", ", "), "LOCATION", "US"
        return V.loc_us(None if arg == "any" else arg), "LOCATION", "US"
    if base == "Lcs":
        return V.city_state(), "LOCATION", "US"
    if base == "Lc":
        return V.city_us(), "LOCATION", "US"
    if base == "Li":
        v = V.loc_intl(cc)
        return (v if arg == "any" else v.replace("\n", ", ")), "LOCATION", "INTL"
    if base == "Lic":
        return V.city_intl(cc), "LOCATION", "INTL"
    if base == "T":
        return V.phone_us(), "PHONE_NUMBER", "US"
    if base == "Tx":
        return V.phone_us(ext=True), "PHONE_NUMBER", "US"
    if base == "Tv":
        return V.phone_us(vanity=True), "PHONE_NUMBER", "US"
    if base == "Ti":
        return V.phone_intl(cc), "PHONE_NUMBER", "INTL"
    if base == "E":
        p = vals[arg][0] if arg else V.person_us()
        return V.email_for(p), "EMAIL_ADDRESS", "US"
    if base == "Ei":
        p = vals[arg][0] if arg else V.person_intl(cc)
        return V.email_for(p, cc), "EMAIL_ADDRESS", "INTL"
    if base in ("U", "Up", "Uf", "Uc", "Uo"):
        p = vals[arg][0] if arg else V.person_us()
        kind = {"U": "any", "Up": "personal", "Uf": "fund", "Uc": "visit", "Uo": "obit"}[base]
        return V.url_for(p, None, kind), "URL", "US"
    if base in ("Ui", "Uip", "Uif"):
        p = vals[arg][0] if arg else V.person_intl(cc)
        kind = {"Ui": "any", "Uip": "personal", "Uif": "fund"}[base]
        return V.url_for(p, cc, kind), "URL", "INTL"
    if base == "S":
        return V.ssn(), "US_SSN", "US"
    if base == "M":
        return V.mrn_us(), "MEDICAL_RECORD_NUMBER", "US"
    if base == "Mmbi":
        return V.mbi(), "MEDICAL_RECORD_NUMBER", "US"
    if base == "Mi":
        return V.mrn_intl(cc), "MEDICAL_RECORD_NUMBER", "INTL"
    if base == "D":
        return V.dob_us(), "DATE_OF_BIRTH", "US"
    if base == "Dy":
        return V.dob_us(young=True), "DATE_OF_BIRTH", "US"
    if base == "Di":
        return V.dob_intl(cc), "DATE_OF_BIRTH", "INTL"
    if base == "A":
        return V.card(), "ACCOUNT_NUMBER", "US"
    if base == "Ar":
        return V.routing(), "ACCOUNT_NUMBER", "US"
    if base == "Aa":
        return V.bank_acct(), "ACCOUNT_NUMBER", "US"
    if base == "Aib":
        return V.iban(cc), "ACCOUNT_NUMBER", "INTL"
    if base == "Ai":
        return V.acct_intl(cc), "ACCOUNT_NUMBER", "INTL"
    raise ValueError(spec)


TYPO_SUBS = {"you": "u", "please": "pls", "tonight": "tonite", "because": "bc", "going to": "gonna",
             "thanks": "thx", "doesn't": "doesnt", "can't": "cant", "with": "w", "tomorrow": "tmrw",
             "know": "kno", "really": "realy", "appointment": "appt", "pharmacy": "pharmcy"}


def typo_text(s):
    for a, b in TYPO_SUBS.items():
        if rng.random() < 0.5:
            s = re.sub(r"\b" + re.escape(a) + r"\b", b, s)
    out = []
    for w in re.split(r"(\s+)", s):
        if len(w) >= 5 and w.isalpha() and rng.random() < 0.13:
            i = rng.randint(1, len(w) - 2)
            op = rng.random()
            if op < 0.4:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif op < 0.75:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return "".join(out)


def transform(s, style, kind):
    if style == "lower_case":
        return s.lower()
    if style == "all_caps":
        return s.upper()
    if style == "typos" and kind == "plain":
        return typo_text(s)
    return s


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def wc(c):
    return c.isalnum() or c == "_"


def ok(text, ents, keeps, id_spans):
    all_spans = []
    for e in ents:
        t = e["text"]
        for s, en in occurrences(text, t):
            if not any(a <= s and en <= b for a, b in id_spans):
                return False  # identifier text also occurs as ordinary text
            if s > 0 and wc(text[s - 1]) and wc(t[0]):
                return False
            if en < len(text) and wc(text[en]) and wc(t[-1]):
                return False
            all_spans.append((s, en))
        if e["type"] == "PERSON":  # same word in another case left in the text
            for m in re.finditer(re.escape(t), text, flags=re.I):
                if not any(a <= m.start() and m.end() <= b for a, b in id_spans):
                    return False
    for k in keeps:
        occ = occurrences(text, k)
        if not occ:
            return False
        for s, en in occ:
            if any(s < b and a < en for a, b in all_spans):
                return False
    return True


def render(t):
    cc = t.cc if isinstance(t.cc, str) else rng.choice(t.cc or COUNTRIES)
    vals = {}
    for name, spec in t.slots.items():
        vals[name] = make_value(spec, vals, cc)
    keepvals = {}
    parts = re.split(r"\{(\w+)\}", t.text)
    text, ents, keeps, id_spans = "", [], [], []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            text += transform(part, t.style, "plain")
            continue
        if part in vals:
            v, typ, reg = vals[part]
            v = v.full if isinstance(v, V.Person) else v
            v = transform(v, t.style, "id")
            id_spans.append((len(text), len(text) + len(v)))
            text += v
            e = {"text": v, "type": typ, "region": reg}
            if e not in ents:
                ents.append(e)
        elif KEEP_RE.match(part):
            kind = KEEP_RE.match(part).group(1)
            if part not in keepvals:
                keepvals[part] = rng.choice(KEEP[kind])
            v = transform(keepvals[part], t.style, "keep")
            text += v
            if v not in keeps:
                keeps.append(v)
        else:
            raise KeyError(f"unknown slot {part} in {t.text[:40]}")
    return text, ents, keeps, id_spans


def generate(t):
    for _ in range(200):
        text, ents, keeps, id_spans = render(t)
        if ok(text, ents, keeps, id_spans):
            return {"style": t.style, "text": text, "identifiers": ents, "keep": keeps, "source": "template"}
    raise RuntimeError("could not render " + t.text[:60])


from templates_dev81 import T, TEMPLATES  # noqa: E402,F401


def main(n_per_style=None):
    by_style = {}
    for t in TEMPLATES:
        by_style.setdefault(t.style, []).append(t)
    quota = n_per_style or {}
    out = []
    for style, ts in by_style.items():
        n = quota.get(style, 16)
        order = []
        while len(order) < n:
            batch = ts[:]
            rng.shuffle(batch)
            order.extend(batch)
        for t in order[:n]:
            out.append(generate(t))
    return out


if __name__ == "__main__":
    msgs = main()
    with open("template_messages.json", "w", encoding="utf-8") as fh:
        json.dump(msgs, fh, ensure_ascii=False, indent=0)
    print(len(msgs), "template messages,", sum(len(m["identifiers"]) for m in msgs), "identifiers")
