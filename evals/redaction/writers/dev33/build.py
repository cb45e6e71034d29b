"""Build handwritten_dev33.jsonl: hand-written blocks from hand/*.txt + Faker-filled templates.
Every message is written in inline markup and parsed by markup.parse; messages failing the
checks in validate.check_record are regenerated (templates) or reported (hand)."""
import glob, json, random, string, sys
from faker import Faker
import markup
from validate import check_record

SEED = 3303
rng = random.Random(SEED)
Faker.seed(SEED)
LOCS = ["en_US", "es_MX", "en_GB", "de_DE", "fr_FR", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
        "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "es_ES", "en_CA", "fr_CA"]
FK = {l: Faker(l) for l in LOCS}
for i, f in enumerate(FK.values()): f.seed_instance(SEED + i)
US = FK["en_US"]
US_NAME_LOCS = ["en_US"] * 6 + ["es_MX", "vi_VN", "fil_PH", "en_IN", "pl_PL", "it_IT", "fr_FR", "de_DE"]
LATIN_INTL = ["en_GB", "de_DE", "fr_FR", "it_IT", "pt_BR", "nl_NL", "pl_PL", "es_MX", "es_ES", "tr_TR", "vi_VN", "fil_PH", "en_IN"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ar_SA", "ru_RU", "hi_IN"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Gray", "Bell", "Lane", "Stone", "Fox",
                 "King", "Price", "Snow", "Frost", "Moody", "Short", "Long", "Street", "Rivers", "Marsh", "Banks", "Love"]

# ---------------- keep-word pools ----------------
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "apixaban", "furosemide", "atorvastatin", "amlodipine", "metoprolol", "insulin glargine", "Lantus",
         "Humalog", "gabapentin", "levothyroxine", "prednisone", "vancomycin", "ceftriaxone", "heparin", "enoxaparin",
         "Xarelto", "Jardiance", "Ozempic", "tramadol", "hydromorphone", "morphine", "lorazepam", "haloperidol",
         "quetiapine", "donepezil", "memantine", "carbidopa-levodopa", "tamsulosin", "omeprazole", "pantoprazole",
         "ondansetron", "docusate", "senna", "Miralax", "potassium chloride", "magnesium oxide", "vitamin D3",
         "fish oil", "acetaminophen", "Tylenol", "ibuprofen", "naloxone", "buprenorphine", "Suboxone", "albuterol",
         "Spiriva", "Symbicort", "digoxin", "spironolactone", "hydrochlorothiazide", "clopidogrel", "Plavix",
         "allopurinol", "colchicine", "methotrexate", "Keppra", "levetiracetam", "Depakote", "lithium", "trazodone",
         "mirtazapine", "Entresto", "Farxiga", "cephalexin", "Bactrim", "nitrofurantoin", "Zosyn", "dexamethasone"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "CHF", "heart failure", "type 2 diabetes", "DM2", "HTN", "CKD stage 3", "ESRD", "pneumonia", "sepsis", "UTI",
         "cellulitis", "DVT", "pulmonary embolism", "CVA", "TIA", "dementia", "delirium", "major depression",
         "generalized anxiety", "osteoarthritis", "hip fracture", "s/p TKA", "s/p CABG", "cirrhosis", "GERD",
         "hypothyroidism", "anemia", "hyperkalemia", "hyponatremia", "fall risk", "pressure injury", "dysphagia",
         "aphasia", "neuropathy", "obstructive sleep apnea", "asthma", "lung cancer", "breast cancer",
         "prostate cancer", "failure to thrive", "ALS", "multiple sclerosis", "schizophrenia", "bipolar disorder"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BNP", "troponin", "creatinine", "eGFR", "potassium", "sodium", "WBC",
        "hemoglobin", "platelets", "lactate", "TSH", "BMP", "CBC", "CMP", "lipid panel", "blood cultures", "UA"]
BODY = ["left hip", "R knee", "sacrum", "L heel", "abdomen", "chest", "lungs", "right shoulder", "foot", "coccyx",
        "lower extremities", "R arm", "incision", "PICC line", "G-tube", "trach", "Foley"]
ORGS = ["Walgreens", "CVS", "Medicare", "Medicaid", "Mayo Clinic", "Kaiser", "Humana", "Aetna", "UnitedHealthcare",
        "Cigna", "BlueCross", "Rite Aid", "VNA", "Meals on Wheels", "Area Agency on Aging", "Cleveland Clinic",
        "Social Security", "VA", "TRICARE", "Brookdale", "Amedisys", "Visiting Angels", "Lincare", "Apria"]
HELPLINES = ["988", "1-800-222-1222", "1-800-MEDICARE", "211"]
RELS = ["Mom", "Dad", "Daughter", "Son", "Wife", "Husband", "Grandma", "Grandpa", "Sister", "Brother", "Niece",
        "Nephew", "Aunt", "Uncle"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def K(x): return "{{%s}}" % x
def drug(): return K(rng.choice(DRUGS))
def cond(): return K(rng.choice(CONDS))
def lab(): return K(rng.choice(LABS))
def body(): return K(rng.choice(BODY))
def org(): return K(rng.choice(ORGS))
def day(): return K(rng.choice(DAYS))
def month(): return K(rng.choice(MONTHS))
def rel(): return rng.choice(RELS)

# ---------------- identifier helpers ----------------
def I(code, val, region): return "[[%s%s:%s]]" % (code, "u" if region == "US" else "i", val)

def _clean(s): return s.replace("\n", " ").strip()
def first(loc=None):
    loc = loc or rng.choice(US_NAME_LOCS); return _clean(FK[loc].first_name())
def last(loc=None):
    if loc is None and rng.random() < 0.18: return rng.choice(WORD_SURNAMES)
    loc = loc or rng.choice(US_NAME_LOCS); return _clean(FK[loc].last_name())

def person_us(fmt=None):
    """returns markup for a US-context person, varied formats"""
    f, l = first(), last()
    fmt = fmt or rng.choice(["full", "full", "lastfirst", "LASTFIRST", "lower", "first", "last_title", "CAPS", "initial"])
    if fmt == "full": return I("P", f"{f} {l}", "US")
    if fmt == "lastfirst": return I("P", l, "US") + ", " + I("P", f, "US")
    if fmt == "LASTFIRST": return I("P", l.upper(), "US") + ", " + I("P", f.upper(), "US")
    if fmt == "lower": return I("P", f"{f} {l}".lower(), "US")
    if fmt == "first": return I("P", f, "US")
    if fmt == "last_title": return rng.choice(["Mr. ", "Mrs. ", "Ms. ", "Dr. "]) + I("P", l, "US")
    if fmt == "CAPS": return I("P", f"{f} {l}".upper(), "US")
    if fmt == "initial": return I("P", f"{f[0]}. {l}", "US")
    raise ValueError

def person_intl(nonlatin=None):
    if nonlatin is None: nonlatin = rng.random() < 0.4
    loc = rng.choice(NONLATIN if nonlatin else LATIN_INTL)
    n = _clean(FK[loc].name())
    for t in ["Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Prof. ", "Herr ", "Frau ", "Dr ", "Sr. ", "Sra. ", "M. ", "Mme ", "Dott. ",
              "Pan ", "Pani ", "Bay ", "Bayan ", "Sig. ", "Sig.ra ", "Dipl.-Ing. ", "Ing. ", "Univ.Prof. ", "Prof.Dr. "]:
        if n.startswith(t): n = n[len(t):]
    for t in [" MBE", " DDS", " MD", " PhD", " Jr.", " B.Sc.", " MBA", " B.A.", " M.Sc."]:
        if n.endswith(t): n = n[: -len(t)]
    return I("P", n.strip(), "INTL"), loc

def clinician():
    n = I("P", f"{first()} {last()}", "US")
    return rng.choice([f"Dr. {n}", f"{n}, RN", f"{n}, MD", f"{n} NP", f"{n}, PharmD", f"{n}, LCSW", f"{n} PT, DPT",
                       f"{n}, BSN RN", f"Dr {n}", f"{n}, CNA", f"{n} OTR/L", f"{n}, SLP"])

def phone_us():
    a = rng.choice([201, 212, 213, 216, 248, 267, 312, 319, 330, 347, 402, 404, 412, 414, 415, 479, 502, 503, 505,
                    512, 520, 541, 585, 602, 608, 614, 617, 651, 702, 704, 713, 719, 734, 773, 801, 816, 843, 901, 904, 919, 937, 971])
    b = rng.choice(["555"] * 3 + [str(rng.randint(201, 989))]); c = "%04d" % rng.randint(100, 9999)
    if b == "555": c = "01%02d" % rng.randint(0, 99)
    fmt = rng.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}", "1-{a}-{b}-{c}",
                      "001-{a}-{b}-{c}", "({a}){b}-{c}", "{a} {b} {c}", "+1 ({a}) {b}-{c}", "1 ({a}) {b}-{c}", "+1-{a}-{b}-{c}"])
    s = fmt.format(a=a, b=b, c=c)
    if rng.random() < 0.15: s += rng.choice([" x%d", " ext. %d", " extension %d", " ext %d", "x%d"]) % rng.randint(2, 4999)
    return I("T", s, "US")

def phone_intl():
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    s = rng.choice([
        lambda: f"+44 20 7946 0{d(3)}", lambda: f"020 7946 0{d(3)}", lambda: f"+44 7700 900{d(3)}", lambda: f"07700 900{d(3)}",
        lambda: f"+49 30 {d(7)}", lambda: f"+49 89 {d(4)} {d(4)}", lambda: f"030 {d(4)} {d(4)}", lambda: f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
        lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+52 55 {d(4)} {d(4)}",
        lambda: f"+52 1 33 {d(4)} {d(4)}", lambda: f"+91 98{d(3)} {d(5)}", lambda: f"+91 {d(5)} {d(5)}", lambda: f"+81 3-{d(4)}-{d(4)}",
        lambda: f"+81 90-{d(4)}-{d(4)}", lambda: f"03-{d(4)}-{d(4)}", lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"+55 (21) 9{d(4)}-{d(4)}",
        lambda: f"+39 02 {d(4)} {d(4)}", lambda: f"+39 3{d(2)} {d(3)} {d(4)}", lambda: f"+34 91 {d(3)} {d(2)} {d(2)}",
        lambda: f"+31 6 {d(8)}", lambda: f"+48 {d(3)} {d(3)} {d(3)}", lambda: f"+86 138 {d(4)} {d(4)}", lambda: f"+82 10-{d(4)}-{d(4)}",
        lambda: f"+63 917 {d(3)} {d(4)}", lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
        lambda: f"+966 5{d(1)} {d(3)} {d(4)}", lambda: f"+84 9{d(1)} {d(3)} {d(4)}", lambda: f"+353 8{d(1)} {d(3)} {d(4)}",
        lambda: f"0044 20 7946 0{d(3)}", lambda: f"+61 4{d(2)} {d(3)} {d(3)}"])()
    return I("T", s, "INTL")

STATES = ["AL", "AZ", "CA", "CO", "CT", "FL", "GA", "IL", "IN", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "NC",
          "NJ", "NM", "NY", "OH", "OK", "OR", "PA", "SC", "TN", "TX", "VA", "WA", "WI", "WV"]
def city_us(): return _clean(US.city())
def zip_us(): return US.zipcode() if rng.random() < 0.8 else US.zipcode_plus4()
def addr_us(multiline=None, caps=False, kind=None):
    kind = kind or rng.choices(["street", "po", "rr", "mil", "citystate"], [70, 9, 6, 7, 8])[0]
    st, city, z = rng.choice(STATES), city_us(), zip_us()
    if multiline is None: multiline = rng.random() < 0.3
    sep = "\n" if multiline else rng.choice([", ", ", ", " "])
    if kind == "street":
        line1 = US.street_address() if rng.random() < 0.6 else f"{US.building_number()} {rng.choice(['N ', 'S ', 'E ', 'W ', ''])}{US.last_name()} {rng.choice(['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Way', 'Pkwy', 'Hwy'])}"
        if rng.random() < 0.45 and not any(u in line1 for u in ["Apt", "Suite"]):
            line1 += rng.choice([", ", " "]) + rng.choice(["Apt. %s", "Apt %s", "Suite %s", "#%s", "Unit %s", "Ste %s", "Lot %s"]) % rng.choice([str(rng.randint(1, 40)), f"{rng.randint(1, 9)}{rng.choice('ABCD')}", str(rng.randint(100, 450))])
        s = f"{line1}{sep}{city}, {st} {z}"
    elif kind == "po": s = f"{rng.choice(['PO Box', 'P.O. Box', 'Po box', 'POB'])} {rng.randint(1, 9999)}{sep}{city}, {st} {z}"
    elif kind == "rr": s = f"{rng.choice(['RR', 'Rural Route', 'RR#'])} {rng.randint(1, 9)} Box {rng.randint(1, 300)}{sep}{city}, {st} {z}"
    elif kind == "mil":
        s = rng.choice([f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 999)}{sep}APO AE {rng.randint(9000, 9899):05d}",
                        f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 999)}{sep}DPO AE {rng.randint(9000, 9899):05d}",
                        f"CMR {rng.randint(400, 499)} Box {rng.randint(1, 9999)}{sep}APO AE {rng.randint(9000, 9899):05d}",
                        f"{US.military_ship()} {US.last_name()}{sep}FPO AP {rng.randint(96200, 96699)}",
                        f"Unit {rng.randint(1000, 9999)}{sep}APO AP {rng.randint(96200, 96699)}-{rng.randint(1000, 9999)}"])
    else: s = rng.choice([f"{city}, {st}", f"{city}, {st} {z}", f"{city} {st}"])
    if caps: s = s.upper()
    return I("L", s, "US")

INTL_ADDR_LOCS = ["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "en_IN", "en_CA", "it_IT", "nl_NL", "pl_PL", "es_ES", "zh_CN", "ko_KR"]
def addr_intl(loc=None, multiline=None):
    loc = loc or rng.choice(INTL_ADDR_LOCS)
    a = FK[loc].address().strip()
    if multiline is None: multiline = rng.random() < 0.3
    if not multiline: a = a.replace("\n", ", ")
    return I("L", a, "INTL")

def city_intl():
    loc = rng.choice(["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "it_IT", "ja_JP", "zh_CN", "ru_RU", "ko_KR"])
    c = FK[loc].city()
    if rng.random() < 0.2 and c.isascii(): c = c.upper()
    return I("L", c, "INTL")

def slug(s): return "".join(ch for ch in s.lower() if ch.isalnum())
def email(region="US", name=None):
    f, l = (name or (first("en_US"), last("en_US")))
    f, l = slug(f) or "pat", slug(l) or "lee"
    dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com", "comcast.net", "att.net", "protonmail.com"]) if region == "US" else rng.choice(["gmx.de", "web.de", "orange.fr", "libero.it", "uol.com.br", "yahoo.co.uk", "btinternet.com", "hotmail.fr", "ziggo.nl", "wp.pl", "naver.com", "qq.com", "yahoo.co.jp", "rediffmail.com"])
    local = rng.choice([f"{f}.{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}{rng.randint(40, 99)}", f"{f}_{l}", f"{f}{rng.randint(1950, 2005)}"])
    return I("E", f"{local}@{dom}", region)

def url(region="US"):
    f, l = slug(first("en_US")), slug(last("en_US"))
    s = rng.choice([f"https://www.caringbridge.org/visit/{f}{l}", f"https://gofundme.com/f/help-{f}-{l}-recover",
                    f"www.facebook.com/{f}.{l}.{rng.randint(1, 999)}", f"https://www.linkedin.com/in/{f}-{l}-{rng.randint(10, 99)}",
                    f"https://{l}family.blogspot.com", f"http://www.{f}{l}.com", f"https://{f}{l}.wordpress.com/updates",
                    f"https://mealtrain.com/trains/{f}-{l}", f"https://www.instagram.com/{f}_{l}", f"https://lotsahelpinghands.com/c/{f}-{l}",
                    f"https://sites.google.com/view/{f}{l}-care", f"https://www.{l}counseling.com/about/{f}"])
    return I("W", s, region)

def ssn():
    s = US.ssn()
    fmt = rng.random()
    if fmt < 0.35: s = s.replace("-", "")
    elif fmt < 0.5: s = s.replace("-", " ")
    return I("S", s, "US")

def mrn():
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    L = lambda n: "".join(rng.choice("ACDEFGHJKMNPQRTUVWXY") for _ in range(n))
    kind = rng.choice(["mrn", "mrn", "chart", "member", "mbi", "medicaid"])
    if kind == "mrn": v = rng.choice([d(8), d(7), "00" + d(6), L(1) + d(7), d(3) + "-" + d(4), "E" + d(9)])
    elif kind == "chart": v = rng.choice([d(6), d(2) + "-" + d(5), "C" + d(6)])
    elif kind == "member": v = rng.choice([L(3) + d(9), "W" + d(9), L(1) + d(8), d(9) + L(2)])
    elif kind == "mbi":
        v = str(rng.randint(1, 9)) + L(1) + rng.choice([L(1), d(1)]) + d(1) + L(1) + rng.choice([L(1), d(1)]) + d(1) + L(2) + d(2)
        if rng.random() < 0.6: v = v[:4] + "-" + v[4:7] + "-" + v[7:]
    else: v = rng.choice(STATES) + d(9)
    label = {"mrn": ["MRN", "MRN:", "MRN#", "MR#", "mrn"], "chart": ["chart #", "Chart#", "chart no."],
             "member": ["Member ID", "member id", "ins ID", "Policy #", "Mbr#"], "mbi": ["Medicare ID", "MBI", "Medicare #"],
             "medicaid": ["Medicaid ID", "Medicaid #", "MA#"]}[kind]
    return rng.choice(label), I("M", v, "US")

def dob(region="US"):
    dt = US.date_of_birth(minimum_age=1, maximum_age=98)
    if region == "US":
        s = rng.choice([dt.strftime("%m/%d/%Y"), f"{dt.month}/{dt.day}/{dt.year}", f"{dt.month}/{dt.day}/{dt.strftime('%y')}",
                        dt.strftime("%Y-%m-%d"), dt.strftime("%B %d, %Y").replace(" 0", " "), dt.strftime("%b %d %Y"),
                        dt.strftime("%m-%d-%Y"), dt.strftime("%m.%d.%Y")])
    else:
        s = rng.choice([dt.strftime("%d/%m/%Y"), dt.strftime("%d.%m.%Y"), f"{dt.day} {dt.strftime('%B %Y')}", dt.strftime("%d-%m-%Y"),
                        dt.strftime("%Y/%m/%d"), dt.strftime("%d %b %Y")])
    return I("D", s, region)

def iban():
    loc = rng.choice(["de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT", "pl_PL", "pt_BR", "de_DE", "fr_FR"])
    v = FK[loc].iban()
    r = rng.random()
    if r < 0.45: v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if rng.random() < 0.15: v = v.lower()
    return rng.choice(["IBAN", "IBAN:", "iban", "IBAN no.", ""]), I("A", v, "INTL")

def card():
    t = rng.choice(["visa", "mastercard", "amex", "discover", "visa16"])
    n = US.credit_card_number(t)
    if rng.random() < 0.15: n = n[:-1] + str((int(n[-1]) + 1) % 10)  # not Luhn-valid
    if rng.random() < 0.55:
        n = " ".join([n[:4], n[4:10], n[10:]]) if len(n) == 15 else " ".join(n[i:i + 4] for i in range(0, len(n), 4))
        if rng.random() < 0.3: n = n.replace(" ", "-")
    return rng.choice(["card", "cc", "visa", "credit card", "card #", "Visa", "CC#", "debit card"]), I("A", n, "US")

def bank():
    rt = I("A", US.aba(), "US"); ac = I("A", str(rng.randint(10 ** 7, 10 ** 12 - 1)), "US")
    return rng.choice([f"routing {rt} acct {ac}", f"Routing #: {rt}, Account #: {ac}", f"ABA {rt} / account {ac}",
                       f"bank routing no. {rt}, checking acct {ac}", f"RTN {rt} Acct# {ac}"])

def vit():
    return rng.choice([f"BP {rng.randint(92, 184)}/{rng.randint(52, 104)}", f"HR {rng.randint(48, 128)}", f"SpO2 {rng.randint(86, 99)}% RA",
                       f"T {rng.choice(['98.6', '99.1', '100.4', '101.2', '97.9', '37.8C'])}", f"RR {rng.randint(12, 28)}",
                       f"BG {rng.randint(58, 340)}", f"wt {rng.randint(98, 280)} lb", f"pain {rng.randint(0, 10)}/10"])
def vitals(n=3): return ", ".join(vit() for _ in range(n))
def room(): return rng.choice(["rm ", "Rm ", "room ", "bed ", "Bed ", ""]) + f"{rng.randint(2, 9)}{rng.randint(0, 4)}{rng.randint(1, 9)}{rng.choice(['', 'A', 'B', '-1', '-2'])}"
def age(): return rng.randint(19, 97)
def sex(): return rng.choice(["M", "F"])
def tm(): return "%02d%02d" % (rng.randint(0, 23), rng.choice([0, 15, 30, 45]))

# ---------------- templates ----------------
T = []
def tpl(style, w=1):
    def deco(fn): T.append((style, w, fn)); return fn
    return deco

@tpl("clinician_note", 3)
def nursing_note():
    lab_, m = mrn()
    return (f"{tm()} RN note: pt {person_us(rng.choice(['lastfirst', 'LASTFIRST', 'full']))} [{lab_} {m}, DOB {dob()}] {room()}. "
            f"h/o {cond()}, {cond()}. c/o {rng.choice(['pain', 'nausea', 'SOB', 'dizziness', 'insomnia'])}. {vitals()}. "
            f"{drug()} PRN given x1. {rel()} {person_us('first')} updated at {phone_us()}, f/u w/ PCP.")

@tpl("clinician_note", 3)
def soap():
    lab_, m = mrn()
    return (f"SOAP note - {person_us()} {age()}{sex()} ({lab_} {m})\nS: c/o {rng.choice(['cough', 'fatigue', 'swelling', 'falls', 'chest tightness'])} x{rng.randint(2, 14)}d. h/o {cond()}.\n"
            f"O: {vitals(4)}. {lab()} pending.\nA: {cond()}\nP: start {drug()}, cont {drug()}, f/u {rng.randint(1, 6)} wk. "
            f"{rel()} {person_us('full')} is HCP - {phone_us()}.")

@tpl("clinician_note", 3)
def handoff():
    lines = ["Handoff " + tm() + ":"]
    for _ in range(rng.randint(3, 4)):
        lines.append(f"- {room()} {person_us(rng.choice(['lastfirst', 'last_title', 'CAPS', 'full']))}: {cond()}, on {drug()}; {vitals(2)}")
    lines.append(f"family for {room()}: {rel().lower()} {person_us('full')} {phone_us()}")
    return "\n".join(lines)

@tpl("clinician_note", 3)
def discharge():
    return (f"D/C summary: {person_us(rng.choice(['lastfirst', 'full']))} (DOB {dob()}) admitted w/ {cond()}, treated w/ {drug()} + {drug()}. "
            f"D/C to {rng.choice(['home', 'home w/ HH', 'SNF', 'daughter’s home', 'ALF'])}. D/C address:\n{addr_us(multiline=rng.random() < 0.6)}\n"
            f"PCP Dr. {I('P', last(), 'US')} f/u {rng.randint(3, 14)} days. Questions: {phone_us()}.")

@tpl("clinician_note", 2)
def consult():
    return (f"{rng.choice(['Cardiology', 'Nephrology', 'ID', 'Palliative', 'Psychiatry', 'GI', 'Neurology'])} consult: asked by Dr. {I('P', last(), 'US')} "
            f"to see {person_us(rng.choice(['lastfirst', 'full', 'LASTFIRST']))} re {cond()}. {lab()} abnl. Rec: hold {drug()}, start {drug()}. Will follow.\n-- {clinician()}")

@tpl("clinician_note", 3)
def sw_note():
    lab_, m = mrn()
    return (f"SW note: met w/ pt {person_us()} and {rel().lower()} {person_us('first')}. Pt lives at {addr_us()}. "
            f"Referred to {org()} and {org()}. {lab_} {m}. {rel()}'s ph {phone_us()}. SSN on file {ssn()} for benefits app.")

@tpl("clinician_note", 3)
def cm_note():
    lab_, m = mrn()
    return (f"CM {rng.randint(1, 12)}/{rng.randint(1, 28)}: {rng.choice(['SNF', 'IRF', 'LTACH', 'home health'])} referral for {person_us(rng.choice(['lastfirst', 'full']))}, "
            f"{cond()}. Auth pending w/ {org()}, {lab_} {m}. {rel()} {person_us('full')} ({email()}) agrees w/ plan; alt contact {phone_us()}.")

@tpl("clinician_note", 2)
def pharmacy():
    return (f"Pharmacy note: pt {person_us()} on {drug()} + {drug()}: interaction flagged. {lab()} today abnl. Recommend dose adj, recheck in AM. "
            f"D/w Dr. {I('P', last(), 'US')}; pt's outpatient pharmacy {K(rng.choice(['Walgreens', 'CVS', 'Rite Aid', 'Kroger', 'Costco']))} {phone_us()}. -{clinician()}")

@tpl("clinician_note", 3)
def home_health():
    return (f"HH visit ({rng.choice(['SN', 'PT', 'OT', 'aide', 'MSW'])}): pt {person_us()} at home, {addr_us()}. {vitals(3)}. "
            f"{body()} wound {rng.randint(1, 5)}.{rng.randint(0, 9)}cm, dsg changed. Meds reviewed: {drug()}, {drug()}. Aide {I('P', first(), 'US')} here {day()}/{day()}. "
            f"Next visit {day()}. Caregiver cell {phone_us()}.")

@tpl("clinician_note", 2)
def therapy():
    return (f"{rng.choice(['PT', 'OT', 'SLP'])} {rng.choice(['eval', 'tx note', 'progress note'])}: {person_us(rng.choice(['lastfirst', 'full']))} {age()}{sex()} s/p {cond()}. "
            f"{rng.choice(['min A', 'mod A', 'CGA', 'SBA'])} transfers, amb {rng.randint(10, 300)} ft w/ {rng.choice(['RW', 'SPC', 'rollator'])}. "
            f"{rel()} {person_us('first')} attends, {phone_us()}. Plan {rng.randint(2, 5)}x/wk. -{clinician()}")

@tpl("clinician_note", 2)
def hospice():
    fam = [person_us("first") for _ in range(3)]
    return (f"Hospice {rng.choice(['RN', 'SW', 'chaplain'])} visit: {person_us('full')} {rng.choice(['comfortable', 'restless', 'actively dying'])}, {vitals(2)}. "
            f"{drug()} SL q2h PRN used x{rng.randint(1, 5)}. Family at bedside: {fam[0]}, {fam[1]} and {fam[2]}. "
            f"Bereavement contact {phone_us()}, {email()}.")

@tpl("clinician_note", 2)
def ed_triage():
    return (f"ED triage {tm()}: {age()}{sex()} {person_us()} c/o {rng.choice(['chest pain', 'SOB', 'fall', 'abd pain', 'syncope', 'AMS'])}. "
            f"{vitals(4)}. h/o {cond()}, on {drug()}. Brought by {rel().lower()} {person_us('full')} {phone_us()}. Home {addr_us(multiline=False)}.")

@tpl("clinician_note", 2)
def billing_note():
    lab_, c = card()
    return (f"Fin counseling: {person_us()} (DOB {dob()}) {rng.choice(['self-pay', 'underinsured', 'charity care app'])}. SSN {ssn()}. "
            f"Payment {lab_} {c}; refund to {bank()}. {org()} pending. {cond()} tx plan discussed.")

@tpl("clinician_note", 3)
def intl_note():
    p, loc = person_intl(False); f, _ = person_intl()
    lab_, a = iban()
    return (f"CM note: pt {p} visiting from abroad, {cond()} on {drug()}. Family: {f} {phone_intl()}. "
            f"Home address {addr_intl()}. Travel insurer reimbursement {lab_} {a}. DOB {dob('INTL')}.")

@tpl("clinician_note", 2)
def intl_nonlatin():
    p, _ = person_intl(True); f, _ = person_intl(True)
    return (f"Interpreter used. Pt {p}, {cond()}; {drug()} BID. {rel()} {f} ({phone_intl()}) in {city_intl()}. "
            f"Records from {addr_intl(rng.choice(['ja_JP', 'zh_CN', 'ko_KR']))}.")

@tpl("clinician_note", 2)
def phone_encounter():
    return (f"Tel enc {tm()}: {rel().lower()} {person_us()} calling re pt {person_us(rng.choice(['full', 'lastfirst']))} DOB {dob()}. "
            f"{cond()}, {vitals(2)}. Advised {rng.choice(['ED', 'urgent care', 'hold dose', 'f/u tmrw'])}. Callback {phone_us()}; {K(rng.choice(HELPLINES))} info given.")

@tpl("clinician_note", 2)
def flowsheet():
    lab_, m = mrn()
    return (f"Pt: {person_us('CAPS')} | {lab_} {m} | DOB: {dob()} | Rm {rng.randint(100, 899)}\n{tm()} {vitals(3)} | {drug()} given | {body()} assessed\n"
            f"Emerg contact: {person_us('full')} ({rel().lower()}) {phone_us()}")

@tpl("clinician_note", 2)
def attending():
    return (f"Progress note HD{rng.randint(1, 12)} - {person_us(rng.choice(['lastfirst', 'full']))}\nAttending: Dr. {I('P', f'{first()} {last()}', 'US')}; Resident: Dr. {I('P', last(), 'US')}\n"
            f"{cond()} improving. {lab()} trending down. Cont {drug()}. Dispo: home w/ {rel().lower()} {person_us('first')} at {addr_us()}.")

@tpl("clinician_note", 2)
def military_note():
    return (f"VA/TRICARE note: pt {person_us()} active duty, {cond()}. Mail records to {addr_us(kind='mil', multiline=rng.random() < 0.5)}. "
            f"Spouse {person_us('full')} {phone_us()}, {email()}. {K('TRICARE')} {I('M', ''.join(rng.choice(string.digits) for _ in range(10)), 'US')}.")

@tpl("clinician_note", 2)
def ob_peds():
    return (f"{rng.choice(['Peds', 'Well child', 'NICU', 'L&D'])} note: {person_us('full')} DOB {dob()}. {cond()} - {drug()}. "
            f"Parent {person_us('full')} {email()} {phone_us()}. Other parent {person_us('first')}.")

@tpl("clinician_note", 4)
def care_coord_url():
    return (f"Care coord: {person_us()} family posts updates at {url()}; {rel().lower()} {person_us('full')} asked we not share info there. "
            f"{cond()} plan reviewed. Contact {email()}.")

@tpl("clinician_note", 2)
def oasis_form():
    lab_, m = mrn()
    return (f"HOME HEALTH ADMISSION\nPatient: {person_us(rng.choice(['lastfirst', 'LASTFIRST']))}\nDOB: {dob()}\n{lab_}: {m}\nSSN: {ssn()}\n"
            f"Address: {addr_us(multiline=False)}\nPhone: {phone_us()}\nPrimary dx: {cond()}\nMeds: {drug()}, {drug()}\nClinician: {clinician()}")

@tpl("clinician_note", 2)
def referral_letter():
    return (f"Referral: {person_us('full')} DOB {dob()} to {org()} for {cond()}. Referring: {clinician()}, fax {phone_us()}, "
            f"{email()}. Practice page {url()}. Pt address {addr_us()}.")

@tpl("clinician_note", 1)
def intl_family_clinic():
    p, _ = person_intl(False)
    lab_, a = iban()
    return (f"Nsg: pt {person_us('full')} {cond()}. {rel()} {p} abroad, {email('INTL')}, {phone_intl()}. "
            f"Wants invoice sent to {addr_intl(multiline=False)}; pays by {lab_} {a}.")

@tpl("form", 2)
def intake_form():
    lab_, m = mrn()
    return (f"Name: {person_us('full')}\nDate of Birth: {dob()}\nSSN: {ssn()}\nAddress: {addr_us(multiline=False)}\nCell: {phone_us()}\nEmail: {email()}\n"
            f"Insurance: {org()} {lab_} {m}\nConditions: {cond()}, {cond()}\nMeds: {drug()}")

@tpl("speaker_label", 2)
def speaker():
    a, b = person_us("first"), person_us("first")
    r = rel()
    return (f"{a}: {r.lower()} took her {drug()} at 8\n{r} {b}: ok what about the {drug()}?\n{a}: not yet, her {lab()} was off\n"
            f"{r} {b}: I'll call the nurse at {phone_us()}")

@tpl("lower_case", 2)
def lowercase():
    s = (f"hi its {person_us('lower')}, my {rel().lower()} {person_us('lower')} needs the {rng.choice(DRUGS).lower()} refill, "
         f"we moved to {addr_us()} and our number is {phone_us()}")
    return s + " " + K(rng.choice(["I'm", "We'll", "Don't"])) + " know who else to ask"

@tpl("all_caps", 2)
def allcaps():
    return (f"PLEASE CALL {person_us('CAPS')} AT {phone_us()} ABOUT {K(rng.choice(DRUGS).upper())} FOR {rel().upper()}. "
            f"ADDRESS {addr_us(caps=True, multiline=False)}. DOB {dob()}.")

@tpl("run_on", 2)
def runon():
    return (f"so my {rel().lower()} {person_us('full')} got home from the hospital {day()} and they gave her {drug()} and {drug()} and the nurse {person_us('first')} "
            f"said call if her {lab()} is high but I don't have the number, mine is {phone_us()} and her {mrn()[0]} is {mrn()[1]} we're at {addr_us(multiline=False)}")

@tpl("list", 2)
def contact_list():
    lines = [f"Contacts for {rel()} ({cond()}):"]
    for i in range(rng.randint(3, 4)):
        lines.append(f"{i + 1}. {person_us(rng.choice(['full', 'first', 'last_title']))} - {phone_us()}")
    lines.append(f"Pharmacy: {K(rng.choice(['Walgreens', 'CVS', 'Rite Aid']))}; Poison Control {K('1-800-222-1222')}")
    return "\n".join(lines)

@tpl("signature", 2)
def signature():
    return (f"Thanks for the update on {rel()}'s {cond()}.\n--\n{person_us('full')}\n{phone_us()} | {email()}\n{url()}")

@tpl("forwarded", 1)
def forwarded():
    return (f"---------- Forwarded message ---------\nFrom: {person_us('full')} <{email()}>\nSubject: {rel()}'s meds\n\n"
            f"she's on {drug()} and {drug()}, SSN {ssn()} for the form. Call {phone_us()}.")

@tpl("general_text", 2)
def general():
    lab_, c = card()
    return (f"Billing question: please update address for {person_us('full')} to {addr_us()}. Pay with {lab_} {c}, or {bank()}. "
            f"Questions about the {K(rng.choice(['MRI', 'CT scan', 'lab work', 'ambulance ride']))} bill to {email()}.")

@tpl("international", 2)
def intl_msg():
    p, _ = person_intl(); q, _ = person_intl(False)
    lab_, a = iban()
    return (f"Hello, this is {q} about my {rel().lower()} {p}. {cond()}, on {drug()}. Address {addr_intl()}. Phone {phone_intl()}. "
            f"Email {email('INTL')}. Refund to {lab_} {a}." + (f" Our family page: {url('INTL')}" if rng.random() < 0.4 else ""))

def hand_records():
    recs = []
    for f in sorted(glob.glob("hand/*.txt")):
        for style, region, mk in markup.read_hand(f):
            text, ids, keeps = markup.parse(mk, region)
            recs.append({"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "hand"})
    return recs

def template_records(n):
    recs, fails = [], 0
    weights = [w for _, w, _ in T]
    while len(recs) < n:
        style, _, fn = rng.choices(T, weights)[0]
        text, ids, keeps = markup.parse(fn(), "US")
        rec = {"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "template"}
        if check_record(rec):
            fails += 1; continue
        recs.append(rec)
    return recs, fails

if __name__ == "__main__":
    N_TEMPLATE = int(sys.argv[1]) if len(sys.argv) > 1 else 244
    hand = hand_records()
    tmpl, fails = template_records(N_TEMPLATE)
    allr = hand + tmpl
    rng.shuffle(allr)
    with open("handwritten_dev33.jsonl", "w", encoding="utf-8") as fh:
        for i, r in enumerate(allr):
            o = {"id": "hd33-%03d" % i, "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                 "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(hand)} hand + {len(tmpl)} template = {len(allr)} messages ({fails} template draws rejected)")
