"""My own message templates for dev53 (the non-hand part). Each template function returns a filled builder B.

Slot helpers: P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS, U URL, S US_SSN, M MEDICAL_RECORD_NUMBER,
D DATE_OF_BIRTH, A ACCOUNT_NUMBER (each with a region), K a keep word.
"""
import re

import gen_values as G
from gen_values import R, pick, chance, FK

# ---------------------------------------------------------------- keep-word pools (clinical and look-alike words)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline", "oxycodone",
         "atorvastatin", "amlodipine", "gabapentin", "levothyroxine", "Synthroid", "Lantus", "Ozempic", "Jardiance", "prednisone",
         "amoxicillin", "Tylenol", "ibuprofen", "omeprazole", "Xarelto", "Plavix", "donepezil", "Namenda", "carbidopa-levodopa",
         "tamsulosin", "furosemide", "Zoloft", "escitalopram", "trazodone", "Suboxone", "Narcan", "methadone", "hydrocodone",
         "albuterol", "Spiriva", "Symbicort", "Keppra", "Depakote", "lithium", "Seroquel", "vitamin D", "fish oil", "magnesium",
         "turmeric", "metoprolol", "losartan", "hydrochlorothiazide", "spironolactone", "digoxin", "insulin", "Trulicity",
         "allopurinol", "Prolia", "Aricept", "lorazepam", "Benadryl", "Miralax", "senna", "potassium chloride", "Coumadin",
         "clopidogrel", "Entresto", "Farxiga", "Humalog", "glipizide", "pantoprazole", "montelukast", "Flonase", "baclofen",
         "nitroglycerin", "Tradjenta", "buspirone", "mirtazapine", "tramadol", "morphine", "Creon", "ferrous sulfate", "B12 shots"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "Alzheimer's", "COPD", "CHF",
         "type 2 diabetes", "hypertension", "CKD stage 3", "dementia", "UTI", "pneumonia", "cellulitis", "DVT", "stroke", "TIA",
         "hypothyroidism", "depression", "anxiety", "GERD", "gout", "sciatica", "osteoporosis", "macular degeneration", "glaucoma",
         "heart failure", "sleep apnea", "neuropathy", "shingles", "delirium", "Lewy body dementia", "multiple sclerosis",
         "rheumatoid arthritis", "anemia", "lymphedema", "vertigo", "AFib", "bipolar disorder", "ALS", "hip fracture", "sepsis"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CBC", "TSH", "eGFR", "creatinine", "potassium", "BNP", "lipid panel",
        "troponin", "PSA", "vitamin B12", "ferritin", "urinalysis", "sodium", "magnesium level", "liver panel", "CMP"]
BODY = ["left hip", "right knee", "lower back", "left ankle", "sacrum", "right shoulder", "heel", "right wrist", "both legs",
        "left foot", "tailbone", "left eye", "neck"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "It's", "They're", "Won't", "I've", "She's", "We're", "Didn't"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = G.MONTHS
REL_F = ["Mom", "Grandma", "Nana", "Granny", "Abuela", "Mama", "Auntie", "Grandmother"]
REL_M = ["Dad", "Grandpa", "Papa", "Pop", "Abuelo", "Gramps", "Uncle", "Grandfather"]
PHARM = ["Walgreens", "CVS", "Rite Aid", "Costco", "Kroger", "Walmart", "Publix", "H-E-B", "Hy-Vee"]
INSURERS = ["Medicare", "Medicaid", "Blue Cross", "Aetna", "Humana", "UnitedHealthcare", "Cigna", "Kaiser", "Tricare"]
SERVICES = ["Meals on Wheels", "Visiting Angels", "Hospice of the Valley", "AARP", "Social Security", "Mayo Clinic",
            "Cleveland Clinic", "Goodwill", "the VA"]
CAPWORDS = ["Morning Walk Group", "Tuesday Bingo", "Caregiver Support Circle", "Memory Cafe", "Chair Yoga", "Senior Center",
            "Heart Health Class", "Diabetes Education", "Fall Prevention Class"]


# ---------------------------------------------------------------- builder
def P(t, r="US"): return ("id", t, "PERSON", r)
def L(t, r="US"): return ("id", t, "LOCATION", r)
def T(t, r="US"): return ("id", t, "PHONE_NUMBER", r)
def E(t, r="US"): return ("id", t, "EMAIL_ADDRESS", r)
def U(t, r="US"): return ("id", t, "URL", r)
def S(t): return ("id", t, "US_SSN", "US")
def M(t, r="US"): return ("id", t, "MEDICAL_RECORD_NUMBER", r)
def D(t, r="US"): return ("id", t, "DATE_OF_BIRTH", r)
def A(t, r="US"): return ("id", t, "ACCOUNT_NUMBER", r)
def K(t): return ("k", t)


TYPO_SWAPS = {"you": "u", "please": "pls", "tomorrow": "tmrw", "because": "bc", "your": "ur", "thanks": "thx", "tonight": "tonite",
              "really": "realy", "appointment": "appt", "pharmacy": "pharmacey", "before": "b4", "about": "abt", "doctor": "docter",
              "someone": "somone", "again": "agian", "know": "kno", "right": "rite", "people": "ppl", "message": "msg",
              "probably": "prob", "thought": "thot", "definitely": "definately", "schedule": "schedual", "their": "there"}


def typoize(s, p):
    def one(m):
        w = m.group(0)
        lw = w.lower()
        if lw in TYPO_SWAPS and chance(min(1.0, p * 2.5)):
            return TYPO_SWAPS[lw]
        if len(w) >= 5 and w.isalpha() and chance(p):
            i = R.randint(1, len(w) - 3)
            k = pick(["swap", "drop", "dup"])
            if k == "swap":
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if k == "drop":
                return w[:i] + w[i + 1:]
            return w[:i] + w[i] + w[i:]
        return w
    return re.sub(r"[A-Za-z']+", one, s)


class B:
    def __init__(self, case=None, typo=0.0):
        self.case, self.typo = case, typo
        self.parts, self.n, self.ids, self.spans, self.keep = [], 0, [], [], []

    def _c(self, s):
        if self.case == "upper":
            u = s.upper()
            return u if len(u) == len(s) else s
        if self.case == "lower":
            lo = s.lower()
            return lo if len(lo) == len(s) else s
        return s

    def add(self, item):
        if isinstance(item, str):
            s = self._c(item)
            if self.typo:
                s = typoize(s, self.typo)
            self.parts.append(s)
            self.n += len(s)
        elif item[0] == "k":
            s = self._c(item[1])
            self.parts.append(s)
            self.n += len(s)
            if s not in self.keep:
                self.keep.append(s)
        else:
            _, t, typ, reg = item
            s = self._c(t)
            self.spans.append((self.n, self.n + len(s)))
            self.parts.append(s)
            self.n += len(s)
            if not any(e["text"] == s and e["type"] == typ for e in self.ids):
                self.ids.append({"text": s, "type": typ, "region": reg})
        return self

    def fill(self, template, **slots):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            if m.start() > pos:
                self.add(template[pos:m.start()])
            self.add(slots[m.group(1)])
            pos = m.end()
        if pos < len(template):
            self.add(template[pos:])
        return self

    def record(self, style):
        text = "".join(self.parts)
        return {"style": style, "text": text, "identifiers": self.ids, "keep": self.keep, "source": "template"}, self.spans


# ---------------------------------------------------------------- small helpers
def full(first, last): return f"{first} {last}"
def drug(): return K(pick(DRUGS))
def drugs(n): return [K(x) for x in R.sample(DRUGS, n)]
def cond(): return K(pick(CONDS))
def lab(): return K(pick(LABS))
def day(): return K(pick(WEEKDAYS))
def pharm(): return K(pick(PHARM))
def insurer(): return K(pick(INSURERS))


def gender():
    return pick(["f", "m"])


def rel(g=None):
    g = g or gender()
    return K(pick(REL_F if g == "f" else REL_M))


def pron(g, kind="subj"):
    return {("f", "subj"): "she", ("m", "subj"): "he", ("f", "obj"): "her", ("m", "obj"): "him", ("f", "pos"): "her", ("m", "pos"): "his"}[(g, kind)]


def cap(s):
    return s[:1].upper() + s[1:]


def person(g=None):
    g = g or gender()
    return G.us_first(g), G.us_last(), g


def intl_loc():
    return pick(["en_GB", "en_GB", "de_DE", "fr_FR", "es_MX", "es_MX", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "en_IN",
                 "en_IN", "ja_JP", "ko_KR", "zh_CN", "ru_RU", "tr_TR", "ar_SA", "fil_PH", "en_CA", "vi_VN"])


def intl_name(loc, g=None):
    return G.intl_person(loc, g)


def addr_loc(loc):
    return loc if loc in G.INTL_PLACES else pick(list(G.INTL_PLACES))


def iphone(loc):
    try:
        return G.intl_phone(loc)
    except KeyError:
        return G.intl_phone("en_GB")


def latin_first(loc):
    return FK[loc].first_name() if loc in ("en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "en_IN", "fil_PH", "en_CA", "tr_TR") else FK["en_GB"].first_name()


TEMPLATES = {}


def tpl(style):
    def deco(fn):
        TEMPLATES.setdefault(style, []).append(fn)
        return fn
    return deco


# ================================================================= clinician_note
@tpl("clinician_note")
def cn_phone_encounter():
    b = B()
    f, l, g = person()
    lab_, mr = G.mrn()
    who, wg = pick([("daughter", "f"), ("son", "m"), ("wife", "f"), ("husband", "m"), ("niece", "f"), ("caregiver", None), ("neighbor", None)])
    d1, d2 = drugs(2)
    b.fill("{hdr} Spoke with pt's {who} {cname} ({ph}) re: pt {pname}, {lab}{mrn}, DOB {dob}. Reports {c} worse x{n}d. "
           "Currently on {d1} and {d2}. {plan}",
           hdr=pick(["Telephone encounter.", "TE:", "Phone note -", "Call received 14:20.", "RN phone call:"]), who=who,
           cname=P(G.us_first(wg)), ph=T(G.us_phone()), pname=P(full(f, l)), lab=(lab_ + " ") if lab_ else "", mrn=M(mr), dob=D(G.dob()),
           c=K(pick(["SOB", "swelling", "confusion", "dizziness", "pain", "cough", "fatigue"])), n=str(R.randint(2, 6)),
           d1=d1, d2=d2, plan=pick(["Advised ED if worse.", "Appt made for tomorrow.", "Will route to PCP.", "Message sent to covering MD.", "Callback in 24h."]))
    return b


@tpl("clinician_note")
def cn_home_visit():
    b = B()
    who, wg = pick([("Daughter", "f"), ("Son", "m"), ("Spouse", None), ("Granddaughter", "f"), ("Friend", None)])
    b.fill("HV {date}: Pt seen at home, {addr}. {sent} {who} {cname} present. {c}; {d} adherence {adh}. {vital}. Next visit {day}. "
           "Caregiver cell {ph}.",
           date=f"{R.randint(1, 12)}/{R.randint(1, 28)}", addr=L(G.us_address(pick(["line", "line", "nocomma", "rr"]))),
           sent=pick(["Lives alone.", "Lives with spouse.", "Lives with adult son.", "Home cluttered, trip hazards noted."]),
           who=who, cname=P(G.us_first(wg)), c=cond(), d=drug(), adh=pick(["good", "poor", "fair per pill count", "unclear"]),
           vital=f"BP {R.randint(100, 180)}/{R.randint(60, 100)}, HR {R.randint(55, 110)}", day=day(), ph=T(G.us_phone()))
    return b


@tpl("clinician_note")
def cn_ehr_caps():
    b = B()
    f, l, g = person()
    lab_, mr = G.mrn()
    c1, c2 = R.sample(CONDS, 2)
    b.fill("{pname}  {lab}{mrn}  DOB {dob}\nHx {c1}, {c2}. Pt {state}. Plan: {d} {plan}. Dr. {doc} notified.",
           pname=P(f"{l.upper()}, {f.upper()}"), lab=(lab_ + " ") if lab_ else "MRN ", mrn=M(mr), dob=D(G.dob(pick(["mdY0", "Y-m-d", "m-d-Y"]))),
           c1=K(c1), c2=K(c2), state=pick(["A&Ox3", "confused at baseline", "resting comfortably", "c/o nausea", "afebrile"]),
           d=drug(), plan=pick(["held", "increased", "started", "continued", "discontinued"]), doc=P(G.us_last()))
    return b


@tpl("clinician_note")
def cn_discharge():
    b = B()
    f, l, g = person()
    d1, d2 = drugs(2)
    b.fill("D/C summary: {pname}, {age}{sex}, admitted for {c}. Discharged to {dest} at {addr}. F/u Dr. {doc} in 1 wk, office {ph}. "
           "New meds: {d1}, {d2}. Check {lab} in 3 days.",
           pname=P(full(f, l)), age=str(R.randint(55, 96)), sex="F" if g == "f" else "M", c=cond(),
           dest=pick(["home", "daughter's home", "SNF", "home w/ HH"]), addr=L(G.us_address()), doc=P(full(G.us_first(), G.us_last())),
           ph=T(G.us_phone()), d1=d1, d2=d2, lab=lab())
    return b


@tpl("clinician_note")
def cn_registration_fix():
    b = B()
    f, l, g = person()
    b.fill("Registration note: pt {pname} presented w/ new {ins} card, member ID {mid}. SSN on file {ssn} verified with pt. "
           "Address updated to {addr}. Email {em}.",
           pname=P(full(f, l)), ins=insurer(), mid=M(G.mrn()[1]), ssn=S(G.ssn()), addr=L(G.us_address()), em=E(G.email_for(f, l)))
    return b


@tpl("clinician_note")
def cn_sbar():
    b = B()
    f, l, g = person()
    rg = gender()
    b.fill("SBAR to Dr. {doc}\nS: {title}{pl} in {room}, {c} w/ new {sym}.\nB: hx {c2}, on {d}.\nA: {lab} pending.\nR: please eval. "
           "Family ({who} {rname}, {ph}) requests call.",
           doc=P(G.us_last()), title="Mrs. " if g == "f" else "Mr. ", pl=P(l), room=f"rm {R.randint(100, 620)}", c=cond(),
           sym=K(pick(["fever", "hypotension", "tachycardia", "chest pain", "rash", "hematuria"])), c2=cond(), d=drug(), lab=lab(),
           who={"f": pick(["daughter", "wife", "sister"]), "m": pick(["son", "husband", "brother"])}[rg], rname=P(G.us_first(rg)), ph=T(G.us_phone()))
    return b


@tpl("clinician_note")
def cn_intl_patient():
    b = B()
    loc = pick(["es_MX", "de_DE", "fr_FR", "en_GB", "it_IT", "pt_BR", "en_IN", "pl_PL", "nl_NL"])
    n = intl_name(loc)
    b.fill("Visitor pt {pname} (DOB {dob}), home address {addr}. Travelling w/ son {son}. Home physician reachable at {ph}. "
           "Hx {c}, takes {d}. Local contact {lph}.",
           pname=P(n, "INTL"), dob=D(G.dob(pick(["dmY", "d.m.Y", "Y-m-d"])), "INTL"), addr=L(G.intl_address(addr_loc(loc)), "INTL"),
           son=P(FK[loc].first_name_male(), "INTL"), ph=T(iphone(loc), "INTL"), c=cond(), d=drug(), lph=T(G.us_phone()))
    return b


@tpl("clinician_note")
def cn_sw_note():
    b = B()
    f, l, g = person()
    b.fill("SW note: met w/ pt {pname} and {who} {cn}. Pt receives {ss} ({ssn} on SSA letter). Applying for {ins}. "
           "Mailing address {addr}. Family set up {url} for updates.",
           pname=P(full(f, l)), who=pick(["daughter", "partner", "son", "brother"]), cn=P(G.us_first()), ss=K(pick(["SSDI", "SSI", "Social Security"])),
           ssn=S(G.ssn()), ins=insurer(), addr=L(G.us_address(pick(["pobox", "line", "rr"]))), url=U(G.url_for(f, l)))
    return b


# ================================================================= international
@tpl("international")
def in_en_relative():
    b = B()
    loc = intl_loc()
    g = gender()
    rel_ = pick(["mother", "grandmother", "aunt"] if g == "f" else ["father", "uncle", "father-in-law"])
    b.fill("{hi} my {rel} {n1} is in {city} now, address: {addr}. Local number {ph}. {P} takes {d} for {c}. {close}",
           hi=pick(["Hi all,", "Hello,", "hey team -", "Dear care team,", "Good morning,"]), rel=rel_, n1=P(intl_name(loc, g), "INTL"),
           city=L(G.intl_city(addr_loc(loc)), "INTL"), addr=L(G.intl_address(addr_loc(loc)), "INTL"), ph=T(iphone(loc), "INTL"),
           P=cap(pron(g)), d=drug(), c=cond(), close=pick(["Thanks!", "Let me know if you need anything else.", "Cheers", "x"]))
    return b


@tpl("international")
def in_iban_transfer():
    b = B()
    loc = pick(list(G.IBAN_BY_LOC))
    b.fill("{lead} {lab}{iban} ({holder} {hname}). {tail} {rel}'s {what}.",
           lead=pick(["Please transfer to", "Bank details:", "Send it here ->", "The care home wants payment to", "account for the rent:"]),
           lab=pick(["IBAN ", "iban: ", "", "IBAN: "]), iban=A(G.iban(G.IBAN_BY_LOC[loc]), "INTL"),
           holder=pick(["holder", "account holder", "in the name of", "beneficiary"]), hname=P(intl_name(loc), "INTL"),
           tail=pick(["Reference:", "It's for", "Ref"]), rel=rel(), what=pick(["nursing care", "medication", "physio", "home help", "hearing aids"]))
    return b


@tpl("international")
def in_spanish():
    b = B()
    loc = pick(["es_MX", "es_MX", "es_ES"])
    f = FK[loc]
    b.fill("Hola, soy {n}. Mi {rel} vive en {addr}. Su teléfono es {ph}. Toma {d} para la {c}. {cierre}",
           n=P(f.first_name() + " " + f.last_name(), "INTL"), rel=pick(["mamá", "abuela", "tía", "suegra"]), addr=L(G.intl_address(loc), "INTL"),
           ph=T(G.intl_phone(loc), "INTL"), d=drug(), c=K(pick(["diabetes", "presión alta", "artritis", "EPOC", "tiroides"])),
           cierre=pick(["Gracias.", "Saludos.", "Cualquier cosa me avisan.", "Bendiciones."]))
    return b


@tpl("international")
def in_german():
    b = B()
    f = FK["de_DE"]
    b.fill("Hallo, hier ist {n}. {rel} wohnt jetzt in der {addr}. Erreichbar unter {ph}. Sie nimmt {d}. Überweisung bitte an {iban}.",
           n=P(f.first_name() + " " + f.last_name(), "INTL"), rel=pick(["Meine Mutter", "Oma", "Meine Tante"]),
           addr=L(G.intl_address("de_DE"), "INTL"), ph=T(G.intl_phone("de_DE"), "INTL"), d=drug(), iban=A(G.iban("DE"), "INTL"))
    return b


@tpl("international")
def in_french():
    b = B()
    f = FK["fr_FR"]
    mother = f.last_name()
    first = f.first_name_female()
    b.fill("Bonjour, je suis {me}, la fille de Mme {mo}. Adresse : {addr}. Tél. {ph}. Mail : {em}. Traitement : {d}.",
           me=P(first + " " + mother, "INTL"), mo=P(mother, "INTL"), addr=L(G.intl_address("fr_FR"), "INTL"), ph=T(G.intl_phone("fr_FR"), "INTL"),
           em=E(G.email_for(first, mother, ["orange.fr", "free.fr", "laposte.net", "gmail.com"]), "INTL"), d=drug())
    return b


@tpl("international")
def in_portuguese():
    b = B()
    f = FK["pt_BR"]
    b.fill("Oi, aqui é {n}. Minha {rel} mora na {addr}. Celular {ph}. Ela toma {d}. Pix ou conta: {iban}",
           n=P(f.first_name() + " " + f.last_name(), "INTL"), rel=pick(["mãe", "avó", "tia"]), addr=L(G.intl_address("pt_BR"), "INTL"),
           ph=T(G.intl_phone("pt_BR"), "INTL"), d=drug(), iban=A(G.iban("BR"), "INTL"))
    return b


@tpl("international")
def in_cjk_form():
    b = B()
    loc = pick(["ja_JP", "zh_CN", "ko_KR"])
    lbl = {"ja_JP": ("氏名：", "住所：", "電話：", "生年月日："), "zh_CN": ("姓名：", "地址：", "电话：", "出生日期："),
           "ko_KR": ("성명: ", "주소: ", "전화: ", "생년월일: ")}[loc]
    y, mo, d = R.randint(1930, 1960), R.randint(1, 12), R.randint(1, 28)
    dob_ = {"ja_JP": f"{y}年{mo}月{d}日", "zh_CN": f"{y}年{mo}月{d}日", "ko_KR": f"{y}.{mo:02d}.{d:02d}"}[loc]
    b.fill("{intro}\n{l1}{n}\n{l4}{dob}\n{l2}{addr}\n{l3}{ph}\nmeds: {d}",
           intro=pick([f"info for {pick(['grandma', 'grandpa', 'my mother', 'my father'])}'s doctor:", "copying from her card:", "patient details (from his ID)"]),
           l1=lbl[0], n=P(intl_name(loc), "INTL"), l4=lbl[3], dob=D(dob_, "INTL"), l2=lbl[1], addr=L(G.intl_address(loc), "INTL"), l3=lbl[2],
           ph=T(G.intl_phone(loc), "INTL"), d=drug())
    return b


@tpl("international")
def in_uk_nhs():
    b = B()
    f = FK["en_GB"]
    g = gender()
    n = (f.first_name_female() if g == "f" else f.first_name_male()) + " " + f.last_name()
    nhs = f"{G.digits(3)} {G.digits(3)} {G.digits(4)}"
    b.fill("{n}'s GP surgery is {addr}, tel {ph}. NHS number {nhs}. {P} is on {d} for {c}. My mobile is {mob}.",
           n=P(n, "INTL"), addr=L(G.intl_address("en_GB"), "INTL"), ph=T(G.intl_phone("en_GB"), "INTL"), nhs=M(nhs, "INTL"),
           P=cap(pron(g)), d=drug(), c=cond(), mob=T(f"07{G.digits(3)} {G.digits(6)}", "INTL"))
    return b


@tpl("international")
def in_nonlatin_names():
    b = B()
    loc = pick(["ru_RU", "ar_SA", "hi_IN", "ja_JP", "zh_CN", "ko_KR"])
    g = gender()
    lead = pick(["My grandmother's name as written on her passport", "Her name in the original spelling"] if g == "f" else
                ["Dad's name in his own script, for the interpreter", "Grandpa's name as it is on his passport"])
    b.fill("{lead}: {n}. {P} lives in {city}, phone {ph}. {c} diagnosed last year, on {d}.",
           lead=lead, n=P(intl_name(loc, g), "INTL"), P=cap(pron(g)), city=L(G.intl_city(addr_loc(loc)), "INTL"), ph=T(iphone(loc), "INTL"),
           c=K(cap(pick(CONDS))), d=drug())
    return b


@tpl("international")
def in_canada():
    b = B()
    f = FK["en_CA"]
    n = f.first_name() + " " + f.last_name()
    b.fill("{rel} moved to {addr}. Health card # {hc}. Clinic fax {ph}. Email is {em}. {d} refill needed.",
           rel=pick(["Grandpa", "Mom", "My aunt", "Dad"]), addr=L(G.intl_address("en_CA"), "INTL"),
           hc=M(f"{G.digits(4)}-{G.digits(3)}-{G.digits(3)}-{pick(['AB', 'KT', 'XY', 'MN'])}", "INTL"), ph=T(G.intl_phone("en_CA"), "INTL"),
           em=E(G.email_for(n.split()[0], n.split()[-1], ["rogers.com", "bell.net", "shaw.ca", "gmail.com"]), "INTL"), d=K(cap(pick(DRUGS))))
    return b


@tpl("international")
def in_india():
    b = B()
    f = FK["en_IN"]
    g = gender()
    n = (f.first_name_female() if g == "f" else f.first_name_male()) + " " + f.last_name()
    b.fill("Namaste, {rel} {n} is back in {city}. Address {addr}. Reach {o} on {ph} or WhatsApp {wa}. {P} is on {d} and {d2}.",
           rel=("my mother" if g == "f" else "my father"), n=P(n, "INTL"), city=L(pick(["Mumbai", "Chennai", "Bengaluru", "Kolkata", "Hyderabad", "Jaipur"]), "INTL"),
           addr=L(G.intl_address("en_IN"), "INTL"), o=pron(g, "obj"), ph=T(G.intl_phone("en_IN"), "INTL"), wa=T(G.intl_phone("en_IN"), "INTL"),
           P=cap(pron(g)), d=drug(), d2=drug())
    return b


# ================================================================= general_text
@tpl("general_text")
def gt_address_change():
    b = B()
    f, l, g = person()
    t = pick(["{hi} Please update the address on file for {n} to {addr}. We sold the house in {mo}. Phone stays {ph}.",
              "{hi} Please update the address on file for {n} to {addr}. The old one was a rental. Phone stays {ph}.",
              "{hi} {n} has moved, new address is {addr}. Mail has been going to the wrong place since {mo}. Best number: {ph}"])
    b.fill(t, hi=pick(["Hello,", "Hi there.", "To whom it may concern:", "Hey,"]), n=P(full(f, l)), addr=L(G.us_address()), mo=K(pick(MONTHS)),
           ph=T(G.us_phone()))
    return b


@tpl("general_text")
def gt_billing_card():
    b = B()
    f, l, g = person()
    kind, c = G.card()
    b.fill("Billing question: I was charged twice for {rel}'s {item}. {lab} {card}. Account holder {n}. Call me at {ph} or email {em}.",
           rel=rel(), item=pick(["ambulance ride", "walker", "lab work", "CPAP supplies", "copay", "home visit"]),
           lab=pick(["The card was", "card:", "cc", "visa", "credit card", "Charged to card"]) if kind == "visa" else pick(["card:", "credit card", "cc#", "Card used:"]),
           card=A(c), n=P(full(f, l)), ph=T(G.us_phone()), em=E(G.email_for(f, l)))
    return b


@tpl("general_text")
def gt_bank():
    b = B()
    f, l, g = person()
    b.fill("{lead} routing {rt}, account {acct}. In {n}'s name. {tail}",
           lead=pick(["For the direct deposit of Dad's pension:", "Autopay for the care home:", "Refund should go to", "Setting up ACH:"]),
           rt=A(G.routing()), acct=A(G.bank_account()), n=P(full(f, l)),
           tail=pick(["Don't share outside this chat.", "Let me know when it posts.", "It's a checking account.", "Thx"]))
    return b


@tpl("general_text")
def gt_fundraiser():
    b = B()
    f, l, g = person()
    t = pick(["We started a page for {rel}'s treatment: {url} Every bit helps. Questions to {em}.",
              "Updates on {fn} are posted here: {url} - questions to {em}",
              "Please share {fn}'s page: {url} No pressure! You can also email {em}.",
              "Meal sign-up for {rel}: {url} Thank you all. {em} if you have questions."])
    b.fill(t, rel=rel(g), fn=P(f), url=U(G.url_for(f, l)), em=E(G.email_for(f, l)))
    return b


@tpl("general_text")
def gt_tax_ssn():
    b = B()
    f, l, g = person()
    b.fill("For the tax forms, {rel}'s info: {n}, SSN {ssn}, born {dob}. {tail}",
           rel=rel(g), n=P(full(f, l)), ssn=S(G.ssn()), dob=D(G.dob()),
           tail=pick(["I'll shred this after.", "Delete this msg when done pls.", "Gets SSI too.", "Ask me if anything is missing."]))
    return b


@tpl("general_text")
def gt_mail_forward():
    b = B()
    f, l, g = person()
    b.fill("Mail for {n} should go to {addr} until further notice. {why}",
           n=P(full(f, l)), addr=L(G.us_address(pick(["pobox", "military", "multi", "rr"]))),
           why=pick([f"{cap(pron(g))}'s deployed.", f"{cap(pron(g))}'s staying with us while recovering.", "The house is being sold.", "Temporary, through the summer."]))
    return b


@tpl("general_text")
def gt_portal():
    b = B()
    f, l, g = person()
    b.fill("I can't get into the patient portal. Username is {em}, DOB {dob}. My name is {n}. Please call {ph}.",
           em=E(G.email_for(f, l)), dob=D(G.dob()), n=P(full(f, l)), ph=T(G.us_phone()))
    return b


@tpl("general_text")
def gt_links():
    b = B()
    f, l, g = person()
    f2, l2, g2 = person()
    b.fill("Links for everyone helping with {rel}:\nschedule - {u1}\n{n2}'s page with the updates - {u2}\nquestions: {em}",
           rel=rel(), u1=U(pick([f"https://www.lotsahelpinghands.com/c/{G.ascii_fold(l).lower()}-family", f"mealtrain.com/trains/{G.digits(6)}",
                                 f"https://calendar.app.google/{G.ascii_fold(f).lower()}{G.digits(3)}"])),
           n2=P(f2), u2=U(G.url_for(f2, l2)), em=E(G.email_for(f, l)))
    return b


@tpl("general_text")
def gt_obit():
    b = B()
    f, l, g = person()
    b.fill("Thank you for caring for {rel} these last months. The obituary for {n} ({dob} - {dod}) is at {url}. Services {day} at {addr}.",
           rel=rel(g), n=P(full(f, l)), dob=D(G.dob(pick(["Month d, Y", "mdY"]), 1926, 1950)), dod=pick(["2024", "2025", "this spring"]), url=U(pick([f"https://www.legacy.com/us/obituaries/name/{G.ascii_fold(f).lower()}-{G.ascii_fold(l).lower()}-obituary", f"www.{G.ascii_fold(l).lower()}funeralhome.com/obituaries/{G.ascii_fold(f).lower()}-{G.ascii_fold(l).lower()}"])), day=day(),
           addr=L(G.us_address("line")))
    return b


# ================================================================= lower_case
@tpl("lower_case")
def lc_chat():
    b = B(case="lower")
    g = gender()
    b.fill("hey its {me}. {rel} needs {pos} {d} picked up from {org} on {st}. {g2} can u do it? im at work till {t}. my cell {ph}",
           me=P(G.us_first()), rel=rel(g), pos=pron(g, "pos"), d=drug(), org=pharm(), st=L(G.us_street_name()), g2=P(G.us_first()),
           t=str(R.randint(4, 9)), ph=T(G.us_phone()))
    return b


@tpl("lower_case")
def lc_address():
    b = B(case="lower")
    b.fill("{lead} {addr} {tail} {n}",
           lead=pick(["new address for grandpa is", "moms place is", "send the equipment to", "ok the address is"]), addr=L(G.us_address()),
           tail=pick(["thx -", "pls save it. -", "the buzzer is broken so call first. -", "-"]), n=P(G.us_first()))
    return b


@tpl("lower_case")
def lc_update():
    b = B(case="lower")
    g = gender()
    b.fill("update on {rel}: {c} stable, {lab} came back ok. dr {doc} wants to keep the {d}. {n} is staying tonight, call {ph} if u need",
           rel=rel(g), c=cond(), lab=lab(), doc=P(G.us_last()), d=drug(), n=P(G.us_first()), ph=T(G.us_phone()))
    return b


@tpl("lower_case")
def lc_email():
    b = B(case="lower")
    f, l, g = person()
    b.fill("{nm} here, use {em} for the {what}, not my work one. i {cw} check it much",
           nm=P(full(f, l)), em=E(G.email_for(f, l)), what=pick(["care schedule", "insurance stuff", "portal invite", "shared calendar"]),
           cw=K(pick(["don't", "can't"])))
    return b


@tpl("lower_case")
def lc_ssn():
    b = B(case="lower")
    f, l, g = person()
    b.fill("the {ins} lady needs {rel}s ssn, its {ssn}. and dob {dob}. pls delete after. {n}",
           ins=insurer(), rel=rel(g), ssn=S(G.ssn()), dob=D(G.dob(pick(["mdY", "mdy", "m-d-Y"]))), n=P(G.us_first()))
    return b


# ================================================================= all_caps
@tpl("all_caps")
def ac_callback():
    b = B(case="upper")
    f, l, g = person()
    b.fill("THIS IS {n}. {pre}{d}{post} CALL ME BACK {ph}. {tail}",
           n=P(full(f, l)), pre=pick(["I NEED MY ", "MY HUSBAND IS OUT OF ", "THE PHARMACY WON'T FILL THE ", "WHO CHANGED MY "]), d=drug(),
           post=pick([".", " AGAIN.", "!!", " DOSE?"]), ph=T(G.us_phone()), tail=pick(["THANK YOU", "I HAVE BEEN WAITING 3 DAYS", "AFTER 2PM", "PLEASE"]))
    return b


@tpl("all_caps")
def ac_address():
    b = B(case="upper")
    f, l, g = person()
    b.fill("PLEASE SEND {what} TO {addr} FOR {n}. {dob_lab} {dob}",
           what=pick(["THE BILL", "MY RECORDS", "THE WHEELCHAIR", "HER GLUCOSE STRIPS"]), addr=L(G.us_address()), n=P(full(f, l)),
           dob_lab=pick(["DOB", "BIRTHDAY", "BORN"]), dob=D(G.dob(pick(["mdY", "mdy", "Month d, Y"]))))
    return b


@tpl("all_caps")
def ac_medicare():
    b = B(case="upper")
    f, l, g = person()
    b.fill("MY {org} NUMBER IS {mbi} AND MY SOCIAL IS {ssn}. {n}. I HAVE {c}. {tail}",
           org=K(pick(["Medicare", "Medicaid"])), mbi=M(G.mbi()), ssn=S(G.ssn()), n=P(full(f, l)), c=cond(),
           tail=pick(["I TOLD THEM ALREADY.", "WHY DO YOU KEEP ASKING.", "DON'T LOSE IT AGAIN."]))
    return b


# ================================================================= speaker_label
DIALOGUES = [
    ("did anyone call the pharmacy about {d}", "yes, they said tmrw after 3", "ok i'll grab it", "thanks"),
    ("she took her {d} at 9", "all of it?", "yes, with breakfast", "good"),
    ("the nurse is coming at 2 to check the {d}", "who's going to be there", "me", "I'll come after work"),
    ("Dad's appt got moved, they want to talk about the {d}", "to when??", "thursday 10am", "I can drive"),
]


@tpl("speaker_label")
def sl_family():
    b = B()
    a, c, d_ = G.us_first(), G.us_first(), G.us_first()
    lines = pick(DIALOGUES)
    dk = drug()
    parts = []
    for i, (who, line) in enumerate(zip(["a", "c", "a", "d"], lines)):
        parts.append((who, line))
    for who, line in parts:
        pre, _, post = line.partition("{d}")
        b.fill("{w}: ", w=P({"a": a, "c": c, "d": d_}[who]))
        b.add(pre)
        if _:
            b.add(dk)
        b.add(post + "\n")
    b.fill("{x}: {rel} asked for the {c2} pamphlet too", x=P(c), rel=rel(), c2=cond())
    return b


@tpl("speaker_label")
def sl_relation_label():
    b = B()
    r1, g1 = pick([("Daughter", "f"), ("Son", "m"), ("Wife", "f"), ("Granddaughter", "f"), ("Niece", "f"), ("Sister", "f")])
    r2, g2 = pick([("Uncle", "m"), ("Husband", "m"), ("Brother", "m"), ("Grandson", "m"), ("Cousin", None)])
    n1, n2 = G.us_first(g1), G.us_first(g2)
    b.fill("{r1} {n1}: {rel}'s {lab} was {v} today\n{r2} {n2}: is that high? should we call Dr. {doc}\n{r1} {n1}: already did, office # is {ph}",
           r1=r1, n1=P(n1), rel=rel(), lab=lab(), v=str(R.choice([R.randint(3, 14), R.randint(90, 300)])), r2=r2, n2=P(n2),
           doc=P(G.us_last()), ph=T(G.us_phone()))
    return b


@tpl("speaker_label")
def sl_nurse():
    b = B()
    f, l, g = person()
    what = pick(["{P} missed dialysis this morning.", "{P} fell last night, no injury.", "We need an updated med list."]).replace("{P}", cap(pron(g)))
    b.fill("Nurse {nn}: Hi, calling about {title}{pl}. {what}\n{fam}: ok. {q}\nNurse {nn}: {ans} You can reach me at {ph}.",
           nn=P(G.us_first()), title="Mrs. " if g == "f" else "Mr. ", pl=P(l), what=what, fam=P(G.us_first()),
           q=pick([f"is {pron(g)} ok", "what do we do?", "who ordered that"]), ans=pick(["Hold tonight's dose.", "Bring them in tomorrow.", "The doctor will call."]),
           ph=T(G.us_phone()))
    return b


@tpl("speaker_label")
def sl_intl():
    b = B()
    loc = pick(["es_MX", "pt_BR", "en_GB", "it_IT", "fil_PH", "en_IN", "pl_PL"])
    a, c = FK[loc].first_name(), FK[loc].first_name()
    b.fill("{a}: {rel} landed ok in {city}\n{c}: is she staying at the flat? {addr}\n{a}: yes. her phone there {ph}\n{c}: ok don't forget her {d}",
           a=P(a, "INTL"), rel=rel("f"), city=L(G.intl_city(addr_loc(loc)), "INTL"), c=P(c, "INTL"), addr=L(G.intl_address(addr_loc(loc)), "INTL"),
           ph=T(iphone(loc), "INTL"), d=drug())
    return b


@tpl("speaker_label")
def sl_group_mixed():
    b = B()
    n1, n2, n3 = G.us_first("f"), G.us_first("m"), G.us_first()
    b.fill("{a}: fundraiser link if anyone wants to share {u}\n{b}: done. also {rel}'s new email is {em}\n{c}: {cw} forget the {cls} on {day}",
           a=P(n1), u=U(G.url_for(n1, G.us_last())), b=P(n2), rel=rel(), em=E(G.email_for(G.us_first(), G.us_last())), c=P(n3),
           cw=K(pick(["Don't", "don't"])), cls=K(pick(CAPWORDS)), day=day())
    return b


# ================================================================= form
@tpl("form")
def fm_registration():
    b = B()
    f, l, g = person()
    ef, el = G.us_first(), l if chance(0.6) else G.us_last()
    lab_, mr = G.mrn()
    b.fill("{title}\nName: {n}\nDOB: {dob}\nSSN: {ssn}\nAddress: {addr}\nPhone: {ph}\nEmail: {em}\nEmergency contact: {ec} ({who}) {eph}\n{lab}: {mrn}\nAllergies: {al}",
           title=pick(["NEW PATIENT FORM", "Patient Registration", "Intake", "Admission face sheet"]), n=P(pick([full(f, l), f"{l}, {f}"])),
           dob=D(G.dob()), ssn=S(G.ssn()), addr=L(G.us_address(pick(["line", "multi", "nocomma"]))), ph=T(G.us_phone()), em=E(G.email_for(f, l)),
           ec=P(full(ef, el)), who=pick(["spouse", "daughter", "son", "friend", "sister"]), eph=T(G.us_phone()),
           lab=(lab_.rstrip(':#') or "Insurance ID"), mrn=M(mr), al=K(pick(["penicillin", "sulfa", "NKDA", "codeine", "latex", "shellfish"])))
    return b


@tpl("form")
def fm_release():
    b = B()
    f, l, g = person()
    rf, rl, rg = person()
    b.fill("Authorization to release information\nPatient: {n}   Date of birth: {dob}   SSN: {ssn}\nRelease to: {r}, {addr}\nPhone: {ph}   Fax: {fx}\n"
           "Records: {what}\nSigned: {sig}",
           n=P(full(f, l)), dob=D(G.dob()), ssn=S(G.ssn()), r=P(full(rf, rl)), addr=L(G.us_address()), ph=T(G.us_phone()), fx=T(G.us_phone()),
           what=K(pick(["cardiology notes", "oncology records", "all records", "mental health notes", "lab results"])), sig=P(f"{f[0]}. {l}"))
    return b


@tpl("form")
def fm_payment():
    b = B()
    f, l, g = person()
    kind, c = G.card()
    b.fill("Payment form\nCardholder: {n}\n{lab}: {card}\nExp: {exp}\nBilling ZIP: {zip}\nPatient acct #: {acct}\nEmail receipt to: {em}\nFor: {svc}",
           n=P(full(f, l).upper() if chance(0.4) else full(f, l)), lab=pick(["Card number", "Credit card", "Visa/MC", "CC#"]), card=A(c),
           exp=f"{R.randint(1, 12):02d}/{R.randint(26, 31)}", zip=L(G.us_zip(G.us_city()[2])), acct=A(G.digits(R.choice([7, 8, 10]))), em=E(G.email_for(f, l)),
           svc=K(pick(["physical therapy", "sleep study", "MRI", "hearing aids", "dental"])))
    return b


@tpl("form")
def fm_intl_visitor():
    b = B()
    loc = pick(["en_GB", "de_DE", "fr_FR", "es_MX", "it_IT", "nl_NL", "pl_PL", "pt_BR", "en_IN"])
    first, last = FK[loc].first_name(), FK[loc].last_name()
    b.fill("International patient form\nFull name: {n}\nDate of birth: {dob}\nHome address: {addr}\nHome phone: {ph}\nEmail: {em}\n"
           "US address during stay: {us}\nBank for refund: {iban}\nReason for visit: {c}",
           n=P(f"{first} {last}", "INTL"), dob=D(G.dob(pick(["dmY", "d.m.Y", "d Mon Y"])), "INTL"), addr=L(G.intl_address(addr_loc(loc)), "INTL"),
           ph=T(iphone(loc), "INTL"), em=E(G.email_for(first, last), "INTL"), us=L(G.us_address("line")),
           iban=A(G.iban(G.IBAN_BY_LOC.get(loc, "DE")), "INTL"), c=cond())
    return b


@tpl("form")
def fm_caregiver():
    b = B()
    f, l, g = person()
    d1, d2 = drugs(2)
    b.fill("Caregiver agreement\nClient: {n} ({dob})\nCaregiver: {cg}\nCaregiver SSN: {ssn}\nPay to: routing {rt} / acct {ac}\nSchedule: {sch}\nMeds to give: {d1}, {d2}",
           n=P(full(f, l)), dob=D(G.dob()), cg=P(full(G.us_first(), G.us_last())), ssn=S(G.ssn()), rt=A(G.routing()), ac=A(G.bank_account()),
           sch=pick(["M-F 8-2", "weekends", "nights Tue/Thu"]), d1=d1, d2=d2)
    return b


@tpl("form")
def fm_volunteer():
    b = B()
    f, l, g = person()
    b.fill("Volunteer application - {prog}\nName: {n}\nBirthdate: {dob}\nHome: {addr}\nCell: {ph}\nWebsite/social: {url}\nReference: {ref}, {rph}",
           prog=K(pick(CAPWORDS)), n=P(full(f, l)), dob=D(G.dob(year_lo=1950, year_hi=2004)), addr=L(G.us_address()), ph=T(G.us_phone()),
           url=U(G.url_for(f, l)), ref=P(full(G.us_first(), G.us_last())), rph=T(G.us_phone()))
    return b


# ================================================================= list
@tpl("list")
def ls_contacts():
    b = B()
    b.add(pick(["Contacts for ", "Phone list - ", "who to call for "]))
    b.add(rel())
    b.add(":\n")
    tags = R.sample(["", " (me)", " (work)", " (cell)", " - neighbor", " (PT)", " - home aide", " (landline)"], R.randint(3, 5))
    for tag in tags:
        f, l, g = person()
        b.fill("{bul}{n}{who} {ph}\n", bul=pick(["- ", "* ", "• "]), n=P(pick([f, full(f, l)])), who=tag, ph=T(G.us_phone()))
    pc, num = pick([("Poison Control", "1-800-222-1222"), ("crisis line", "988"), ("Poison Control", "1-800-222-1222")])
    b.fill("- {pc} {num}", pc=K(pc), num=K(num))
    return b


@tpl("list")
def ls_meds():
    b = B()
    f, l, g = person()
    b.add(pick(["Med list for ", "Current meds - ", "MEDS: "]))
    b.add(P(full(f, l)))
    b.fill(" (DOB {dob})\n", dob=D(G.dob()))
    for i, dk in enumerate(drugs(R.randint(3, 5))):
        b.fill("{n}. {d} {dose}\n", n=str(i + 1), d=dk, dose=pick(["daily", "bid", "at bedtime", "prn", "20 mg", "500 mg twice a day"]))
    b.fill("Prescriber: Dr. {doc} {ph}\nPharmacy: {org} {pph}", doc=P(full(G.us_first(), G.us_last())), ph=T(G.us_phone()), org=pharm(), pph=T(G.us_phone()))
    return b


@tpl("list")
def ls_names_inline():
    b = B()
    ns = R.sample([G.us_first() for _ in range(6)], 3)
    if len(set(ns)) < 3:
        ns = [G.us_first("f"), G.us_first("m"), G.us_last()]
    b.fill("{lead} {a}, {b} and {c}. {tail} {em}",
           lead=pick(["Allowed to get info:", "On the HIPAA list:", "This week's drivers are", "Visitors approved:"]), a=P(ns[0]), b=P(ns[1]), c=P(ns[2]),
           tail=pick(["Questions go to", "Schedule is shared from", "Contact for changes:"]), em=E(G.email_for(ns[0], G.us_last())))
    if chance(0.6):
        b.fill(" Sign up here: {u}", u=U(pick([f"https://www.signupgenius.com/go/{G.ascii_fold(ns[0]).lower()}-{G.digits(4)}",
                                                f"mealtrain.com/trains/{G.ascii_fold(ns[1]).lower()}{G.digits(3)}", f"lotsahelpinghands.com/c/{G.digits(6)}"])))
    return b


@tpl("list")
def ls_accounts():
    b = B()
    kind, c = G.card()
    b.fill("{rel}'s accounts (private!)\n- checking: routing {rt}, acct {ac}\n- {kind} {card}\n- {mcl} {mcv}\n- SSN {ssn}\n- portal login {em}",
           rel=rel(), rt=A(G.routing()), ac=A(G.bank_account()), kind={"visa": pick(["visa", "card", "cc"]), "mc": pick(["mastercard", "card", "credit card"]),
                                                                       "amex": "amex", "disc": pick(["discover", "card"])}[kind], card=A(c),
           mcl=pick(["Medicare", "Medicare #", "MBI"]), mcv=M(G.mbi()), ssn=S(G.ssn()), em=E(G.email_for(G.us_first(), G.us_last())))
    return b


@tpl("list")
def ls_intl_numbers():
    b = B()
    b.add("Numbers abroad:\n")
    for loc in R.sample(["en_GB", "de_DE", "fr_FR", "es_MX", "en_IN", "ja_JP", "it_IT", "pt_BR", "ko_KR", "fil_PH"], R.randint(2, 4)):
        b.fill("- {n} ({city}): {ph}\n", n=P(intl_name(loc), "INTL"), city=L(G.intl_city(addr_loc(loc)), "INTL"), ph=T(iphone(loc), "INTL"))
    b.fill("- {rel}'s {d} is in the blue bag", rel=rel(), d=drug())
    return b


# ================================================================= typos
@tpl("typos")
def ty_chat():
    b = B(typo=0.18)
    g = gender()
    b.fill("{hey} {g2} can you please pick up {rel}s {d} tomorrow before 5, the pharmacy is the one on {st}. call me at {ph} {tail}",
           hey=pick(["hey", "hi", "ok so"]), g2=P(G.us_first()), rel=rel(g), d=drug(), st=L(G.us_street_name()), ph=T(G.us_phone()),
           tail=pick(["thanks", "i really appreciate it", "because im stuck at work again", "!!"]))
    return b


@tpl("typos")
def ty_address():
    b = B(typo=0.15)
    f, l, g = person()
    b.fill("i think the address is {addr} but someone please double check because the doctor office has {n} on the paperwork and its wrong. {ph}",
           addr=L(G.us_address()), n=P(pick([full(f, l), l])), ph=T(G.us_phone()))
    return b


@tpl("typos")
def ty_dob():
    b = B(typo=0.15)
    f, l, g = person()
    b.fill("they need {rel}s date of birth for the {ins} form, its {dob} right? and the member number is {mid}, ssn {ssn}. {n} said she has the card",
           rel=rel(g), ins=insurer(), dob=D(G.dob()), mid=M(G.mrn()[1]), ssn=S(G.ssn()), n=P(G.us_first("f")))
    return b


# ================================================================= run_on
@tpl("run_on")
def ro_story():
    b = B()
    g = gender()
    b.fill("{o} so {rel} had a bad night again and {f} called me at like 3am because {p} couldn't breathe right and we ended up at the ER in {city} "
           "and they said it's the {c} and gave {obj} {d} and kept {obj} for observation and {g2} is there now but somebody needs to cover tomorrow, "
           "{g2}'s number is {ph} if you want to coordinate",
           o=pick(["ok", "Ok", "So", "ugh"]), rel=rel(g), f=P(G.us_first()), p=pron(g), city=L(G.us_city_state()), c=cond(),
           obj=pron(g, "obj"), d=drug(), g2=P(G.us_first()), ph=T(G.us_phone()))
    return b


@tpl("run_on")
def ro_moving():
    b = B()
    f, l, g = person()
    b.fill("{cw} finally got {rel} moved into the new place at {addr} and it took all weekend and {n} helped with the bed and the {eq} "
           "but the {org} delivery still went to the old address so I have to call them again and the pharmacist said the {d} can't be mailed "
           "anyway so someone has to pick it up, I'm at {ph}",
           cw=K(pick(["We", "We've", "I've"])), rel=rel(), addr=L(G.us_address()), n=P(full(f, l)), eq=pick(["lift chair", "walker", "oxygen tank", "shower seat"]),
           org=pharm(), d=drug(), ph=T(G.us_phone()))
    return b


@tpl("run_on")
def ro_insurance():
    b = B()
    f, l, g = person()
    lab_, mr = G.mrn()
    b.fill("spent two hours on hold with {org} today and the lady {rep} finally found {rel}'s file under {wrong} instead of {n} "
           "so that's why nothing was approved, she made me read the social {ssn} twice and said the {lab}{mrn} is right now and the {item} should ship to {addr} by {day}",
           org=insurer(), rep=P(G.us_first("f")), rel=rel(g), wrong=P(full(G.us_first(g), l)), n=P(full(f, l)), ssn=S(G.ssn()), lab=(lab_ + " ") if lab_ else "member number ",
           mrn=M(mr), item=pick(["wheelchair", "hospital bed", "glucose monitor", "CPAP"]), addr=L(G.us_address()), day=day())
    return b


@tpl("run_on")
def ro_scam():
    b = B()
    f, l, g = person()
    kind, c = G.card()
    b.fill("so {rel} got one of those calls again from someone saying they were from {org} and {p} gave them {pos} card number {card} and {pos} "
           "birthday {dob} before {n} walked in and grabbed the phone, we called the bank and froze everything but can someone sit with {obj} {day}",
           rel=rel(g), org=insurer(), p=pron(g), pos=pron(g, "pos"), card=A(c), dob=D(G.dob()), n=P(G.us_first()), obj=pron(g, "obj"), day=day())
    return b


# ================================================================= signature
@tpl("signature")
def sg_family():
    b = B()
    f, l, g = person()
    b.fill("{body}\n\n{close}\n{n}\n{ph}\n{em}",
           body=pick(["Thanks for checking on Mom today.", "See attached glucose log.", "Let us know about the PT schedule.", "Sorry for the late reply."]),
           close=pick(["Best,", "Thanks,", "--", "Warmly,", "Sent from my iPhone"]), n=P(full(f, l)), ph=T(G.us_phone()), em=E(G.email_for(f, l)))
    if chance(0.85):
        b.add("\n")
        b.add(U(G.url_for(f, l)))
    return b


@tpl("signature")
def sg_professional():
    b = B()
    f, l, g = person()
    b.fill("{body}\n\nRegards,\n{n}, {cred}\n{role}\n{addr}\nO: {ph} | F: {fx}\n{em}",
           body=pick(["Please see the updated care plan.", "Following up on the home safety eval.", "The DME order was approved.", "Her PT goals are attached."]),
           n=P(full(f, l)), cred=pick(["RN", "MSW", "PT, DPT", "OTR/L", "NP-C", "PharmD"]), role=pick(["Care Coordinator", "Home Health Nurse", "Social Worker", "Case Manager"]),
           addr=L(G.us_address(pick(["line", "multi"]))), ph=T(G.us_phone(ext=chance(0.5))), fx=T(G.us_phone(ext=False)),
           em=E(G.email_for(f, l, ["homehealthpartners.org", "carelinkmed.com", "valleyhh.net"])))
    if chance(0.9):
        b.add("\n")
        b.add(U(pick([f"linkedin.com/in/{G.ascii_fold(f).lower()}-{G.ascii_fold(l).lower()}-{G.digits(2)}",
                      f"https://www.{G.ascii_fold(f).lower()}{G.ascii_fold(l).lower()}{pick(['rn', 'pt', 'msw', 'care'])}.com"])))
    return b


@tpl("signature")
def sg_intl():
    b = B()
    loc = pick(["en_GB", "de_DE", "nl_NL", "fr_FR", "en_IN", "it_IT"])
    first, last = FK[loc].first_name(), FK[loc].last_name()
    b.fill("{body}\n\n{close}\n{n}\n{addr}\nTel {ph}\n{em}",
           body=pick(["Thank you for the update on my father.", "Attached is her discharge letter.", "We will arrive on the 14th."]),
           close=pick(["Kind regards,", "Best wishes,", "Mit freundlichen Grüßen,", "Cordialement,", "Cheers,"]), n=P(f"{first} {last}", "INTL"),
           addr=L(G.intl_address(addr_loc(loc)), "INTL"), ph=T(iphone(loc), "INTL"), em=E(G.email_for(first, last), "INTL"))
    if chance(0.6):
        tld = {"en_GB": "co.uk", "de_DE": "de", "nl_NL": "nl", "fr_FR": "fr", "en_IN": "in", "it_IT": "it"}[loc]
        fa, la = G.ascii_fold(first).lower(), G.ascii_fold(last).lower().replace(" ", "")
        b.add("\n")
        b.add(U(pick([f"www.{fa}{la}.{tld}", f"https://{fa}-{la}.{tld}/", f"https://www.xing.com/profile/{fa.capitalize()}_{la.capitalize()}",
                      f"https://www.{la}-{pick(['praxis', 'therapie', 'studio', 'design'])}.{tld}"]), "INTL"))
    return b


@tpl("signature")
def sg_personal_site():
    b = B()
    f, l, g = person()
    b.fill("{body}\n-- \n{n}\n{url}\n{ph}",
           body=pick(["I can take the Thursday shift.", "Photos from Dad's birthday are up.", "Let me know if Mom needs a ride."]),
           n=P(pick([f, full(f, l)])), url=U(G.url_for(f, l)), ph=T(G.us_phone()))
    return b


# ================================================================= forwarded
@tpl("forwarded")
def fw_email():
    b = B()
    f, l, g = person()
    tf, tl, tg = person()
    b.fill("---------- Forwarded message ---------\nFrom: {n} <{em}>\nDate: {date}\nSubject: {subj}\nTo: {tn} <{tem}>\n\n{body} {lab} {body2} {call} {ph}.",
           n=P(full(f, l)), em=E(G.email_for(f, l)), date=f"{pick(WEEKDAYS)[:3]}, {pick(MONTHS)[:3]} {R.randint(1, 28)}", subj=pick(["Re: appt", "lab results", "Mom", "schedule"]),
           tn=P(full(tf, tl)), tem=E(G.email_for(tf, tl)), body=pick(["Her", "Dad's", "The"]), lab=lab(),
           body2=pick(["is back and looks fine.", "results are in, see attached.", "was a little off, they want to repeat it."]),
           call=pick(["Call me at", "My cell is", "Reach me on"]), ph=T(G.us_phone()))
    if chance(0.5):
        b.fill("\nPhotos from the visit: {u}", u=U(pick([f"https://photos.app.goo.gl/{G.ascii_fold(f)}{G.digits(5)}", f"https://www.flickr.com/photos/{G.ascii_fold(f).lower()}{G.ascii_fold(l).lower()}",
                                                          f"https://www.icloud.com/sharedalbum/#{G.ascii_fold(l)}{G.digits(4)}"])))
    return b


@tpl("forwarded")
def fw_text():
    b = B()
    f, l, g = person()
    hg = gender()
    b.fill("Fwd from {rel}:\n\"{hi} this is {n} from {where}. {body} My number is {ph}.\"\n\n{tail}",
           rel=rel(), hi=pick(["Hi,", "Hello", "hey"]), n=P(pick([f, full(f, l)])), where=pick(["church", "the building", "the senior center", "next door"]),
           body=pick([f"I can drive {pron(hg, 'obj')} Tuesday.", f"{cap(pron(hg))} left {pron(hg, 'pos')} cane here.", f"I have {pron(hg, 'pos')} mail."]), ph=T(G.us_phone()),
           tail=pick(["can someone answer", "fyi", "who is this??"]))
    return b


@tpl("forwarded")
def fw_results():
    b = B()
    f, l, g = person()
    lab_, mr = G.mrn()
    b.fill("> From: {clinic} Patient Portal\n> Patient: {n}  {lab}{mrn}\n> Your {lab2} result is available.\n\nforwarding to {g2}, can you read this for {rel}?",
           clinic=pick(["Riverside Health", "Northside Clinic", "Valley Medical Group", "St. Mary's"]), n=P(full(f, l)),
           lab=(lab_ + " ") if lab_ else "MRN ", mrn=M(mr), lab2=lab(), g2=P(G.us_first()), rel=rel(g))
    return b


@tpl("forwarded")
def fw_intl():
    b = B()
    loc = pick(["en_GB", "de_DE", "es_ES", "it_IT", "nl_NL", "fr_FR"])
    first, last = FK[loc].first_name(), FK[loc].last_name()
    b.fill("-------- Original Message --------\nFrom: {n} <{em}>\nSubject: {rel}'s care home fees\n\nPlease pay to IBAN {iban}, ref {ref}. "
           "Any questions ring {ph}.",
           n=P(f"{first} {last}", "INTL"), em=E(G.email_for(first, last, ["gmx.de", "btinternet.com", "libero.it", "ziggo.nl", "orange.fr", "telefonica.net"]), "INTL"),
           rel=rel(), iban=A(G.iban(G.IBAN_BY_LOC[loc]), "INTL"), ref=f"INV-{G.digits(5)}", ph=T(iphone(loc), "INTL"))
    return b


# ================================================================= voicemail
@tpl("voicemail")
def vm_transcript():
    b = B()
    f, l, g = person()
    b.fill("Voicemail from {ph} ({dur}): \"Hi, this message is for {n}. This is {who} from {org} pharmacy calling about {rel} {d} prescription. "
           "Please call us back at {cb}. Thank you.\"",
           ph=T(G.us_phone()), dur=f"0:{R.randint(15, 59)}", n=P(full(f, l)), who=P(G.us_first()), org=pharm(), rel=pick(["your", "the"]),
           d=drug(), cb=T(G.us_phone(ext=True)))
    return b


@tpl("voicemail")
def vm_business():
    b = B()
    f, l, g = person()
    b.fill("VM: \"hey it's {n} with {biz}, I can come look at the {what} for your {rel} {day}, call or text {ph}, that's {van}, pictures of my work are on {url}, thanks\"",
           n=P(pick([f, full(f, l)])), biz=pick(["the handyman service", "Home Mods LLC", "the mobile PT", "the ramp company"]),
           what=pick(["grab bars", "ramp", "stair lift", "bathroom"]), rel=rel(), day=day(), ph=T(G.us_phone()), van=T(G.vanity()),
           url=U(pick([f"{G.ascii_fold(f).lower()}{G.ascii_fold(l).lower()}builds.com", f"www.facebook.com/{G.ascii_fold(f).lower()}.{G.ascii_fold(l).lower()}.handyman",
                        f"{G.ascii_fold(l).lower()}homemods.net"])))
    return b


@tpl("voicemail")
def vm_intl():
    b = B()
    loc = pick(["en_GB", "en_IN", "es_MX", "fil_PH", "de_DE"])
    b.fill("VM transcript: \"hello it's {n} calling from {city}, I'm trying to reach {who} about {rel}, please ring me on {ph}, bye\"",
           n=P(intl_name(loc), "INTL"), city=L(G.intl_city(addr_loc(loc)), "INTL"), who=P(G.us_first()), rel=rel(), ph=T(iphone(loc), "INTL"))
    return b
