"""Build handwritten_dev34.jsonl: hand-written messages (hand_lower.txt, hand_caps.txt) plus
template messages filled with Faker values, every message typed in ONE case (lower or ALL CAPS).

Run: /work/main/.venv/bin/python build.py
"""
import json
import random
import re
import string
from collections import Counter
from pathlib import Path

from faker import Faker

from markup import render, problems

HERE = Path(__file__).resolve().parent
OUT = HERE / "handwritten_dev34.jsonl"
SEED = 34
N_TEMPLATE = 256

rng = random.Random(SEED)
Faker.seed(SEED)
US = Faker("en_US")
LOC = {}


def fk(loc):
    if loc not in LOC:
        LOC[loc] = Faker(loc)
        LOC[loc].seed_instance(SEED + len(LOC))
    return LOC[loc]


def ch(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- keep-word pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "furosemide", "prednisone",
         "Xarelto", "insulin glargine", "Humalog", "albuterol", "Symbicort", "omeprazole", "pantoprazole",
         "donepezil", "memantine", "carbidopa-levodopa", "tramadol", "Tylenol", "ibuprofen", "aspirin 81",
         "vitamin D", "fish oil", "magnesium", "Ozempic", "Jardiance", "losartan", "hydrochlorothiazide",
         "tamsulosin", "Suboxone", "naloxone", "buprenorphine", "clopidogrel", "digoxin", "spironolactone",
         "Keppra", "quetiapine", "trazodone", "Zoloft", "Lexapro", "Entresto", "potassium chloride", "Miralax",
         "senna", "cranberry pills", "turmeric", "biotin", "B12 shots", "Prolia", "Fosamax", "methotrexate"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
         "Alzheimer's", "dementia", "type 2 diabetes", "congestive heart failure", "kidney disease", "CKD stage 3",
         "hypertension", "sleep apnea", "osteoporosis", "a UTI", "pneumonia", "shingles", "gout", "neuropathy",
         "macular degeneration", "glaucoma", "lupus", "multiple sclerosis", "ALS", "breast cancer",
         "prostate cancer", "a stroke", "vertigo", "anemia", "depression", "anxiety", "hypothyroidism", "asthma",
         "cellulitis", "a DVT", "sepsis", "diverticulitis", "rheumatoid arthritis", "psoriasis"]
LABS = ["Hemoglobin A1c", "INR", "CBC", "BMP", "lipid panel", "TSH", "PSA", "creatinine", "eGFR", "potassium",
        "vitamin B12 level", "urinalysis", "troponin", "BNP", "ferritin", "liver panel"]
BODY = ["left knee", "right hip", "lower back", "chest", "ankles", "feet", "left arm", "shoulder", "stomach",
        "throat", "eyes", "kidneys", "bladder", "wrist", "neck"]
REL = ["Mom", "Dad", "Grandma", "Grandpa", "my husband", "my wife", "my mother", "my father", "Auntie", "Uncle",
       "Nana", "Papa", "my daughter", "my son", "my sister", "my brother", "Granny", "my mother-in-law"]
REL_LABEL = ["Daughter", "Son", "Wife", "Husband", "Niece", "Nephew", "Granddaughter", "Grandson", "Sister",
             "Brother", "Nurse", "Aide", "Neighbor", "Cousin"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORGS = ["Walgreens", "CVS", "Medicare", "Medicaid", "Mayo Clinic", "Kaiser", "Rite Aid", "Kroger Pharmacy",
        "Cleveland Clinic", "Blue Cross", "Aetna", "Humana", "the VA", "Social Security", "Meals on Wheels",
        "Cigna", "UnitedHealthcare"]
HELPLINES = ["988", "1-800-222-1222", "1-800-MEDICARE", "1-800-273-8255"]
CONTR = ["I'm", "We'll", "She'd", "Don't", "He's", "Can't", "It's", "I've", "They're", "Won't"]
SPECIALISTS = ["cardiologist", "neurologist", "podiatrist", "dermatologist", "urologist", "pulmonologist",
               "endocrinologist", "rheumatologist", "geriatrician", "oncologist"]
SERVICES = ["physical therapy", "home health", "hospice", "dialysis", "wound care", "speech therapy",
            "occupational therapy", "infusion", "respite care", "adult day care"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "King", "White", "Green", "Baker", "Cook",
                 "Hunter", "Long", "Little", "Wolf", "Stone", "Bell", "Frost", "Moon", "Fox", "Rich", "Hall",
                 "Wood", "Field", "Snow", "Lane", "Gray", "Price", "Bird", "Gold"]
WORD_FIRSTS = ["Grace", "Hope", "Faith", "Rose", "Bill", "Pat", "Dawn", "Joy", "Ivy", "Summer", "Autumn",
               "Crystal", "Hunter", "Rusty", "Sky", "Destiny", "Heather", "Holly", "Ruby", "Pearl", "Violet",
               "Sunny", "Earl", "Chase", "Lance", "Buck", "Cliff", "Dale", "Forrest", "Glen"]
BAD_NAMES = set(m.lower() for m in MONTHS + DAYS) | {"will", "may", "mark", "bill"} - {"bill"}


def k(x):
    return "[%s]" % x


# ---------------------------------------------------------------- identifier value makers
def first():
    while True:
        n = US.first_name()
        if n.lower() not in BAD_NAMES:
            return n


def last():
    return US.last_name()


def full():
    r = rng.random()
    if r < 0.15:
        return "%s %s" % (first(), ch(WORD_SURNAMES))
    if r < 0.22:
        return "%s %s" % (ch(WORD_FIRSTS), last())
    if r < 0.28:
        return "%s %s. %s" % (first(), rng.choice(string.ascii_uppercase), last())
    return "%s %s" % (first(), last())


INTL_LOCS = ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP", "zh_CN", "ko_KR",
             "hi_IN", "ru_RU", "vi_VN", "en_IN", "en_AU", "es_MX", "tr_TR", "ar_SA", "fil_PH", "en_CA"]
ADDR_LOCS = ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP", "zh_CN", "ko_KR",
             "hi_IN", "ru_RU", "vi_VN", "en_IN", "en_AU", "en_CA", "es_MX"]
COUNTRY = {"en_GB": "England", "de_DE": "Germany", "fr_FR": "France", "es_ES": "Spain", "it_IT": "Italy",
           "pt_BR": "Brazil", "nl_NL": "the Netherlands", "pl_PL": "Poland", "ja_JP": "Japan", "zh_CN": "China",
           "ko_KR": "Korea", "hi_IN": "India", "ru_RU": "Russia", "vi_VN": "Vietnam", "en_IN": "India",
           "en_AU": "Australia", "es_MX": "Mexico", "tr_TR": "Turkey", "ar_SA": "Saudi Arabia",
           "fil_PH": "the Philippines", "en_CA": "Canada"}


def iname(loc):
    f = fk(loc)
    if loc in ("ja_JP", "zh_CN", "ko_KR") and rng.random() < 0.5:
        return f.last_name() + f.first_name() if loc != "ja_JP" else f.last_name() + " " + f.first_name()
    return "%s %s" % (f.first_name(), f.last_name())


def iaddr(loc, multiline=False):
    f = fk(loc)
    if loc == "es_MX":
        a = "%s %s %s, Col. %s, %s %s, %s" % (ch(["Calle", "Av.", "Calzada"]), f.last_name(), rng.randint(1, 999),
                                             f.last_name(), digits(5), f.city(), f.state_abbr())
    else:
        a = f.address()
    a = re.sub(r"[{}\[\]]", "", a)
    if not multiline:
        a = ", ".join(x.strip() for x in a.split("\n"))
    return a


def icity(loc):
    return fk(loc).city()


def iphone(loc):
    d = digits
    fmts = {
        "en_GB": lambda: ch(["+44 20 7946 0%s" % d(3), "020 7946 0%s" % d(3), "07700 900%s" % d(3),
                             "+44 7700 900%s" % d(3), "0161 496 0%s" % d(3), "+44 (0)117 496 0%s" % d(3)]),
        "de_DE": lambda: ch(["+49 30 %s" % d(7), "030 %s" % d(8), "+49 171 %s" % d(7), "+49 (0)89 %s %s" % (d(3), d(4))]),
        "fr_FR": lambda: ch(["+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "06 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
                             "01 %s %s %s %s" % (d(2), d(2), d(2), d(2))]),
        "es_ES": lambda: ch(["+34 912 %s %s" % (d(3), d(3)), "612 %s %s %s" % (d(2), d(2), d(2))]),
        "it_IT": lambda: ch(["+39 06 %s %s" % (d(4), d(4)), "+39 333 %s %s" % (d(3), d(4))]),
        "pt_BR": lambda: ch(["+55 11 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4))]),
        "nl_NL": lambda: ch(["+31 6 %s" % d(8), "020 %s %s" % (d(3), d(4))]),
        "pl_PL": lambda: ch(["+48 22 %s %s %s" % (d(3), d(2), d(2)), "+48 601 %s %s" % (d(3), d(3))]),
        "ja_JP": lambda: ch(["+81 3-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)), "03-%s-%s" % (d(4), d(4))]),
        "zh_CN": lambda: ch(["+86 139 %s %s" % (d(4), d(4)), "010 %s %s" % (d(4), d(4))]),
        "ko_KR": lambda: ch(["+82 2-%s-%s" % (d(3), d(4)), "010-%s-%s" % (d(4), d(4))]),
        "hi_IN": lambda: ch(["+91 98%s %s" % (d(3), d(5)), "+91 22 %s %s" % (d(4), d(4))]),
        "en_IN": lambda: ch(["+91 98%s %s" % (d(3), d(5)), "098%s %s" % (d(3), d(5))]),
        "ru_RU": lambda: ch(["+7 495 %s-%s-%s" % (d(3), d(2), d(2)), "8 (916) %s-%s-%s" % (d(3), d(2), d(2))]),
        "vi_VN": lambda: ch(["+84 28 %s %s" % (d(4), d(4)), "+84 912 %s %s" % (d(3), d(3))]),
        "en_AU": lambda: ch(["+61 2 %s %s" % (d(4), d(4)), "0412 %s %s" % (d(3), d(3))]),
        "es_MX": lambda: ch(["+52 55 %s %s" % (d(4), d(4)), "55 %s %s" % (d(4), d(4)), "+52 1 33 %s %s" % (d(4), d(4))]),
        "tr_TR": lambda: ch(["+90 212 %s %s %s" % (d(3), d(2), d(2)), "0532 %s %s %s" % (d(3), d(2), d(2))]),
        "ar_SA": lambda: ch(["+966 11 %s %s" % (d(3), d(4)), "+966 50 %s %s" % (d(3), d(4))]),
        "fil_PH": lambda: ch(["+63 2 8%s %s" % (d(3), d(4)), "0917 %s %s" % (d(3), d(4))]),
        "en_CA": lambda: ch(["+1 416 555 01%s" % d(2), "(604) 555-01%s" % d(2), "+1-514-555-01%s" % d(2)]),
    }
    return fmts[loc]()


AREA = ["212", "312", "415", "503", "617", "713", "404", "305", "602", "303", "206", "214", "702", "816", "919",
        "608", "414", "502", "901", "504", "801", "505", "907", "808", "207", "802", "603", "401", "860", "302",
        "410", "843", "615", "205", "501", "405", "316", "402", "605", "701", "406", "307", "208", "509", "559"]


def uphone():
    a, e, n = ch(AREA), ch(["555", str(rng.randint(201, 989))]), digits(4)
    if e == "555":
        n = "01" + digits(2)
    shape = rng.randint(0, 12)
    p = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "1-%s-%s-%s", "001-%s-%s-%s",
         "%s %s %s", "+1 (%s) %s-%s", "(%s)%s-%s", "+1-%s-%s-%s", "%s-%s-%s", "(%s) %s-%s"][shape] % (a, e, n)
    if rng.random() < 0.12:
        p += ch([" x%s" % digits(4), " ext. %s" % digits(2), " extension %s" % digits(1), " ext %s" % digits(3)])
    return p


def vanity():
    word = ch(["CARE", "NURSE", "MEDS", "CLEAN", "MOVE", "RIDE", "HELP", "LAWN", "FIXIT", "PAINT"])
    return "1-%s-%s-%s" % (ch(["800", "888", "877", "866"]), digits(3) if rng.random() < 0.3 else ch(["GO", "MY", "4U", "BE"]), word)


STREET_T = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane",
            "Ct", "Way", "Pl", "Terrace", "Pkwy", "Hwy", "Circle"]


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def ustreet():
    pre = ch(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    name = ch([US.last_name(), US.street_name().split()[0], ch(["Oak", "Maple", "Cedar", "Pine", "Elm", "Main",
                                                                 "Park", "Lake", "Hill", "Church", "Mill"]),
               ordinal(rng.randint(1, 99))])
    return "%s %s%s %s" % (rng.randint(1, 29999), pre, name, ch(STREET_T))


def uunit():
    return ch(["Apt. %s%s" % (rng.randint(1, 40), ch(["", "A", "B", "C"])), "Apt %s" % rng.randint(1, 900),
               "Suite %s" % rng.randint(100, 950), "#%s" % rng.randint(1, 99), "Unit %s" % rng.randint(1, 30),
               "Ste %s" % rng.randint(100, 400), "Fl 2", "Bldg %s" % ch("ABCD")])


def uzip():
    return US.zipcode_plus4() if rng.random() < 0.2 else US.zipcode()


def ucity_st():
    return "%s, %s" % (US.city(), US.state_abbr(include_territories=False, include_freely_associated_states=False))


def uaddr(multiline=False, unit=None):
    s = ustreet()
    if unit or (unit is None and rng.random() < 0.45):
        s += ch([", ", " "]) + uunit()
    city, st = US.city(), US.state_abbr(include_territories=False, include_freely_associated_states=False)
    if multiline:
        return "%s\n%s, %s %s" % (s, city, st, uzip())
    return "%s%s%s%s%s %s" % (s, ch([", ", ", ", " "]), city, ch([", ", " "]), st, uzip())


def upobox():
    return "%s %s, %s %s" % (ch(["PO Box", "P.O. Box", "POB"]), rng.randint(1, 9999), ucity_st(), US.zipcode())


def urural():
    return "%s %s Box %s, %s %s" % (ch(["RR", "Rural Route", "HC"]), rng.randint(1, 9), rng.randint(1, 400),
                                   ucity_st(), US.zipcode())


def umil(multiline=False):
    first_line = ch(["PSC %s, Box %s" % (rng.randint(1000, 9999), rng.randint(1, 9999)),
                     "Unit %s Box %s" % (rng.randint(1000, 9999), rng.randint(1, 9999)),
                     "CMR %s Box %s" % (rng.randint(100, 999), rng.randint(1, 9999)),
                     "USNS %s" % US.last_name()])
    tail = "%s %s %s" % (ch(["APO", "FPO", "DPO"]), ch(["AA", "AE", "AP"]), "09" + digits(3) if rng.random() < 0.6 else "96" + digits(3))
    return first_line + ("\n" if multiline else ", ") + tail


def email(name=None):
    n = (name or full()).lower()
    parts = [re.sub(r"[^a-z]", "", p) for p in n.split()]
    parts = [p for p in parts if p] or ["pat"]
    user = ch([".".join(parts), parts[0] + parts[-1][:1], parts[0][0] + parts[-1], parts[0] + str(rng.randint(1, 99)),
               "_".join(parts) + str(rng.randint(40, 99))])
    return "%s@%s" % (user, ch(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
                                "comcast.net", "att.net", "protonmail.com", US.domain_name()]))


def iemail(loc):
    n = fk(loc).first_name().lower()
    n = re.sub(r"[^a-z]", "", n) or "li"
    dom = {"en_GB": "btinternet.com", "de_DE": "web.de", "fr_FR": "orange.fr", "es_ES": "telefonica.es",
           "it_IT": "libero.it", "pt_BR": "uol.com.br", "nl_NL": "ziggo.nl", "pl_PL": "wp.pl", "ja_JP": "docomo.ne.jp",
           "zh_CN": "qq.com", "ko_KR": "naver.com", "ru_RU": "yandex.ru", "es_MX": "prodigy.net.mx"}.get(loc, "gmail.com")
    return "%s.%s%s@%s" % (n, digits(2), ch(["", "x", "k"]), dom)


def url(name=None):
    n = (name or full()).lower()
    parts = [re.sub(r"[^a-z]", "", p) for p in n.split()]
    parts = [p for p in parts if p] or ["pat"]
    return ch(["www.%s%s.com" % (parts[0], parts[-1]), "https://www.facebook.com/%s.%s" % (parts[0], parts[-1]),
               "facebook.com/%s%s%s" % (parts[0], parts[-1], rng.randint(1, 99)),
               "https://www.gofundme.com/f/help-%s-%s" % (parts[0], parts[-1]),
               "linkedin.com/in/%s-%s-%s" % (parts[0], parts[-1], digits(3)),
               "https://www.caringbridge.org/site/%s%s" % (parts[0], parts[-1]),
               "%s%s.blogspot.com" % (parts[0], parts[-1]), "instagram.com/%s_%s" % (parts[0], parts[-1]),
               "http://%s-%s.net/about" % (parts[0], parts[-1])])


def ssn():
    a = "%03d" % rng.choice([x for x in range(1, 900) if x != 666])
    b, c = "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)
    return ch(["%s-%s-%s", "%s%s%s", "%s %s %s", "%s-%s-%s", "%s-%s-%s"]) % (a, b, c)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    a = lambda: rng.choice(L + string.digits)
    return "%d%s%s%d-%s%s%d-%s%s%d%d" % (rng.randint(1, 9), ch(L), a(), rng.randint(0, 9), ch(L), a(),
                                           rng.randint(0, 9), ch(L), ch(L), rng.randint(0, 9), rng.randint(0, 9))


def mrn():
    return ch([digits(8), digits(7), "%s-%s" % (digits(2), digits(6)), "MR%s" % digits(7),
               "%s%s" % (ch(string.ascii_uppercase), digits(9)), "%s-%s-%s" % (digits(3), digits(3), digits(4)),
               "E%s" % digits(8), "%s%s" % (digits(6), ch(string.ascii_uppercase))])


def member_id():
    return ch(["%s%s" % ("".join(rng.choice(string.ascii_uppercase) for _ in range(3)), digits(9)),
               "W%s" % digits(10), "%s-%s" % (digits(9), digits(2)), "ZGP%s" % digits(8), "1%s" % digits(10)])


def medicaid():
    return ch(["%s%s%s" % ("".join(rng.choice(string.ascii_uppercase) for _ in range(2)), digits(6), ch(string.ascii_uppercase)),
               digits(10), "%s%s" % (ch(["NY", "CA", "TX", "FL", "OH"]), digits(8))])


def dob(intl=False):
    y, m, d = rng.randint(1928, 2008), rng.randint(1, 12), rng.randint(1, 28)
    M = MONTHS[m - 1]
    if intl:
        return ch(["%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M, y),
                   "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, M[:3], y)])
    return ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
               "%s %d, %d" % (M, d, y), "%s %d %d" % (M[:3], d, y), "%d-%02d-%02d" % (y, m, d),
               "%02d-%02d-%d" % (m, d, y), "%s %d %d" % (M, d, y), "%s. %d, %d" % (M[:3], d, y)])


def luhn_fix(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        s += v
    return num + str((10 - s % 10) % 10)


def card():
    kind = ch(["visa", "mastercard", "amex", "discover", "visa16"])
    n = US.credit_card_number(card_type=kind if kind != "visa16" else "visa16")
    if rng.random() < 0.15:  # not Luhn-valid: people mistype
        n = n[:-1] + str((int(n[-1]) + 3) % 10)
    style = rng.random()
    if style < 0.45 and len(n) == 16:
        n = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    elif style < 0.6 and len(n) == 16:
        n = "-".join(n[i:i + 4] for i in range(0, 16, 4))
    elif style < 0.7 and len(n) == 15:
        n = "%s %s %s" % (n[:4], n[4:10], n[10:])
    return n, {"visa": "Visa", "visa16": "Visa", "mastercard": "Mastercard", "amex": "Amex", "discover": "Discover"}[kind]


def iban():
    loc = ch(["de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "de_AT", "nl_BE", "de_CH", "en_IE"])
    n = fk(loc).iban()
    if rng.random() < 0.55:
        n = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


def routing():
    return US.aba()


def acct():
    return digits(rng.randint(8, 12))


# ---------------------------------------------------------------- templates
# each returns (markup, default_region, substyle). Markup written in normal case; case applied later.
def P(x, r=""):
    return "{P%s:%s}" % (r, x)


def T_(x, r=""):
    return "{T%s:%s}" % (r, x)


def Lc(x, r=""):
    return "{L%s:%s}" % (r, x)


def I(t, x):
    return "{%s/I:%s}" % (t, x)


def U(t, x):
    return "{%s/U:%s}" % (t, x)


def t_worried_night():
    return ("It's %s am and %s can't stop %s. The %s isn't helping. This is %s, please call me at %s, we're at %s"
            % (rng.randint(1, 4), k(ch(REL)), ch(["coughing", "shaking", "throwing up", "crying"]), k(ch(DRUGS)),
               P(full()), T_(uphone()), Lc(uaddr()))), "US", "run_on"


def t_address_change():
    return ("Address change for %s: old %s, new %s. Please move the %s deliveries. New phone %s"
            % (P(full()), Lc(uaddr()), Lc(uaddr()), k(ch(DRUGS)), T_(uphone()))), "US", "general_text"


def t_portal_form():
    return ("Patient Name: %s\nDate of Birth: %s\nMRN: %s\nPhone: %s\nAddress: %s\nDiagnosis: %s"
            % (P(full()), "{D:%s}" % dob(), "{M:%s}" % mrn(), T_(uphone()), Lc(uaddr(multiline=True)), k(ch(CONDS)))), "US", "form"


def t_pharmacy_label():
    org = ch(["Walgreens", "CVS", "Rite Aid", "Kroger Pharmacy"])
    return ("%s %s\n%s\n%s\n%s %s mg take 1 tablet daily\nRx# %s  Refills: 2"
            % (k(org), T_(uphone()), P("%s, %s" % (last(), first())), Lc(uaddr()), k(ch(DRUGS)),
               ch(["10", "20", "40", "5", "500"]), digits(7))), "US", "pharmacy_label"


def t_fax_header():
    return ("FAX TO: %s  FROM: Dr. %s  FAX %s\nRE: %s  DOB: %s  MRN: %s\nPages: 3  Re: %s"
            % (k(ch(ORGS)), P(full()), T_(uphone()), P(full()), "{D:%s}" % dob(), "{M:%s}" % mrn(), k(ch(CONDS)))), "US", "fax_header"


def t_speaker():
    a, b = first(), first()
    while b == a:
        b = first()
    return ("%s: did %s take the %s?\n%s: yes at 8, and the %s is due %s\n%s: ok I'll drive, text me at %s"
            % (P(a), k(ch(REL).lower()), k(ch(DRUGS)), P(b), k(ch(LABS)), k(ch(DAYS)), P(a), T_(uphone()))), "US", "speaker_label"


def t_rel_speaker():
    return ("%s %s: %s is at %s, call me at %s if the %s gets worse"
            % (k(ch(REL_LABEL)), P(first()), k(ch(["Mom", "Dad", "Grandma", "Grandpa"])), Lc(uaddr()), T_(uphone()),
               k(ch(BODY)))), "US", "speaker_label"


def t_name_list():
    names = []
    while len(names) < 4:
        n = ch([first(), ch(WORD_FIRSTS), ch(WORD_SURNAMES)])
        if n not in names:
            names.append(n)
    return ("Who can visit %s at %s: %s, %s, %s and %s. Nobody else please."
            % (k(ch(["Mom", "Dad", "Grandma", "Grandpa"])), k(ch(["Mayo Clinic", "Cleveland Clinic", "Kaiser"])),
               P(names[0]), P(names[1]), P(names[2]), P(names[3]))), "US", "list"


def t_signature():
    n = full()
    return ("Thanks for sorting out the %s refill.\n\n%s\n%s\n%s\n%s\n%s"
            % (k(ch(DRUGS)), P(n), Lc(uaddr(multiline=True)), T_(uphone()), "{E:%s}" % email(n), "{U:%s}" % url(n))), "US", "signature"


def t_clinician():
    return ("Pt %s %s, MRN %s. Hx %s. Start %s. Repeat %s in %s. Contact %s %s."
            % (P(full()), "{D:%s}" % dob(), "{M:%s}" % mrn(), k(ch(CONDS)), k(ch(DRUGS)), k(ch(LABS)),
               k(ch(MONTHS)), k(ch(["daughter", "son", "wife", "husband"])), T_(uphone()))), "US", "clinician_note"


def t_card():
    n, brand = card()
    lab = ch(["card", "cc", "visa", "credit card", brand, "card #", "my %s" % brand])
    return ("Please charge my %s %s for the %s copay. Name on card %s. Billing zip %s. Receipt to %s"
            % (lab, "{A:%s}" % n, k(ch(SERVICES)), P(full()), Lc(US.zipcode()), "{E:%s}" % email())), "US", "general_text"


def t_bank():
    return ("For the %s autopay: routing %s, account %s (checking). Account holder %s, %s."
            % (k(ch(ORGS)), "{A:%s}" % routing(), "{A:%s}" % acct(), P(full()), T_(uphone()))), "US", "general_text"


def t_iban():
    loc = ch(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB"])
    return ("Sending money to %s's clinic in %s for the %s. %s %s, account holder %s, %s."
            % (k(ch(REL)), COUNTRY[loc], k(ch(SERVICES)), ch(["IBAN", "iban", "IBAN:", "", "bank"]),
               I("A", iban()), I("P", iname(loc)), I("L", iaddr(loc)))), "INTL", "international"


def t_ssn_form():
    return ("SSN %s  DOB %s  Name %s  Phone %s  for the %s application"
            % ("{S:%s}" % ssn(), "{D:%s}" % dob(), P(full()), T_(uphone()), k(ch(["Medicare", "Medicaid", "Social Security"])))), "US", "form"


def t_ssn_paste():
    return ("%s\n%s\n%s\n%s\n(pasted from %s card for %s)"
            % (P(full()), "{S:%s}" % ssn(), "{D:%s}" % dob(), Lc(uaddr()), k("Medicare"), k(ch(CONDS)))), "US", "form"


def t_url():
    n = full()
    return ("%s set up a page for %s's %s: %s please share. Questions to %s"
            % (k(ch(["My daughter", "My son", "Auntie", "My sister"])), P(n), k(ch(CONDS)), "{U:%s}" % url(n), "{E:%s}" % email())), "US", "general_text"


def t_email():
    n = full()
    return ("Email %s at %s about the %s refill, she %s check texts. Her blog is %s"
            % (P(n), "{E:%s}" % email(n), k(ch(DRUGS)), k("doesn't"), "{U:%s}" % url(n))), "US", "general_text"


def t_military():
    rank = ch(["Sgt.", "Cpl.", "Lt.", "PFC", "SSgt", "Capt."])
    return ("Ship the %s to %s %s, %s. %s worries he's out. His DOB %s"
            % (k(ch(DRUGS)), rank, P(full()), Lc(umil(multiline=rng.random() < 0.4)), k(ch(["Mom", "Grandma"])), "{D:%s}" % dob())), "US", "military"


def t_pobox():
    return ("%s %s has no street mail, use %s. %s supplies monthly. Call %s first."
            % (k(ch(["Grandpa", "Dad", "My aunt"])), P(first()), Lc(ch([upobox(), urural()])), k(ch(["CPAP", "insulin", "ostomy", "oxygen"])), T_(uphone()))), "US", "rural"


def t_intl_addr():
    loc = ch(ADDR_LOCS)
    return ("%s lives at %s, phone %s. %s on %s."
            % (I("P", iname(loc)), I("L", iaddr(loc, multiline=rng.random() < 0.3)), I("T", iphone(loc)),
               k(ch(["She's", "He's"])), k(ch(DRUGS)))), "INTL", "international"


def t_intl_forward():
    loc = ch(INTL_LOCS[:-1])
    return ("Fwd from %s %s (%s): \"tell the doctor the %s is making my %s hurt\""
            % (k(ch(["Auntie", "Uncle", "Grandma", "Cousin"])), I("P", iname(loc)), I("T", iphone(loc)), k(ch(DRUGS)), k(ch(BODY)))), "INTL", "forwarded"


def t_city():
    return ("%s %s is in %s until %s, then back in %s for the %s"
            % (k(ch(REL)), P(first()), Lc(US.city()), k(ch(MONTHS)), Lc(ucity_st()), k(ch(SERVICES)))), "US", "city"


def t_city_search():
    return "Any good %s near %s? %s needs one for %s. Email me %s" % (
        k(ch(SPECIALISTS)), Lc(ch([ucity_st(), "%s, %s %s" % (US.city(), US.state_abbr(include_territories=False, include_freely_associated_states=False), US.zipcode())])),
        k(ch(REL)), k(ch(CONDS)), "{E:%s}" % email()), "US", "city"


def t_intl_city():
    loc = ch(INTL_LOCS)
    return "%s moved to %s in %s, need to transfer her %s prescription. Her new number %s" % (
        k(ch(["Mom", "Grandma", "My sister"])), I("L", icity(loc)), k(ch(MONTHS)), k(ch(DRUGS)), I("T", iphone(loc))), "INTL", "city"


def t_ext():
    return ("Case manager %s: %s. Fax %s. Re: %s."
            % (P(full()), T_(uphone() + ch([" x%s" % digits(4), " ext. %s" % digits(3), " extension %s" % digits(1)])),
               T_(uphone()), k(ch(SERVICES)))), "US", "signature"


def t_vanity():
    return ("%s's business line is %s, his cell is %s. He drives %s to %s."
            % (P(first()), T_(vanity()), T_(uphone()), k(ch(["Mom", "Dad"])), k(ch(SERVICES)))), "US", "phone"


def t_phone_list():
    return ("Numbers for %s's team:\n- %s %s\n- %s %s\n- %s %s"
            % (k(ch(["Mom", "Dad"])), P(full()), T_(uphone()), P(first()), T_(uphone()), k("Poison Control"), k("1-800-222-1222"))), "US", "list"


def t_medicare():
    return ("%s number %s. %s %s wants to switch %s to a mail-order plan. Born %s."
            % (k("Medicare"), "{M:%s}" % mbi(), k(ch(REL)), P(full()), k(ch(DRUGS)), "{D:%s}" % dob())), "US", "general_text"


def t_medicaid():
    return ("%s's %s id is %s and %s member ID %s"
            % (P(first()), k("Medicaid"), "{M:%s}" % medicaid(), k(ch(["Aetna", "Humana", "Cigna", "Blue Cross"])), "{M:%s}" % member_id())), "US", "general_text"


def t_chart():
    return ("Chart # %s for %s, %s. %s results came back. %s panic. Left VM at %s"
            % ("{M:%s}" % mrn(), P(full()), "{D:%s}" % dob(), k(ch(LABS)), k(ch(["Don't", "Won't", "Can't"])), T_(uphone()))), "US", "clinician_note"


def t_born():
    return ("%s was born %s in %s. %s on %s since %s."
            % (P(full()), "{D:%s}" % dob(), Lc(US.city()), k(ch(["She's", "He's"])), k(ch(DRUGS)), k(ch(MONTHS)))), "US", "general_text"


def t_birthday():
    return ("%s's birthday is %s and he still forgets his %s. Love, %s %s"
            % (k(ch(["Grandpa", "Dad", "Papa"])), "{D:%s}" % dob(), k(ch(DRUGS)), P(first()), T_(uphone()))), "US", "signature"


def t_runon():
    return ("so %s called and said the %s was fine but then %s at the front desk said we need to come back %s "
            "and %s is confused so can someone call %s or %s at %s or email %s"
            % (P("Dr. " + last()).replace("{P:Dr. ", "Dr. {P:"), k(ch(LABS)), P(first()), k(ch(DAYS)),
               k(ch(REL).lower()), P(first()), P(first()), T_(uphone()), "{E:%s}" % email())), "US", "run_on"


def t_typo():
    return ("pls cal %s abt %s %s, shes at %s , # %s"
            % (P(first()), k(ch(["moms", "dads", "grandmas"])), k(ch(["meds", "insulin", "inhalr", "bp pills"])),
               Lc(uaddr(unit=False)), T_(uphone()))), "US", "phone"


def t_older():
    return ("hello . this is %s in %s . i am %s years old . my %s hurts since %s . my phone is %s . thank you"
            % (P(full()), Lc(ch([US.city(), ucity_st()])), rng.randint(78, 97), k(ch(BODY)), k(ch(DAYS)), T_(uphone()))), "US", "older"


def t_nonlatin():
    loc = ch(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "hi_IN", "ar_SA"])
    city = icity(loc) if loc != "ar_SA" else ch(["الرياض", "جدة", "مكة", "الدمام"])
    return ("My %s %s lives in %s and only reads %s. Her %s instructions please. Phone %s"
            % (k(ch(["grandmother", "mother-in-law", "aunt"])), I("P", iname(loc)), I("L", city),
               {"ja_JP": "Japanese", "zh_CN": "Chinese", "ko_KR": "Korean", "ru_RU": "Russian", "hi_IN": "Hindi", "ar_SA": "Arabic"}[loc],
               k(ch(DRUGS)), I("T", iphone(loc)))), "INTL", "non_latin"


def t_intl_latin_name():
    loc = ch(["tr_TR", "vi_VN", "fil_PH", "pl_PL", "de_DE", "es_MX", "pt_BR", "it_IT"])
    return ("%s %s, born %s, needs the %s letter for %s. %s"
            % (k(ch(["My cousin", "Our friend", "My in-law"])), I("P", iname(loc)), I("D", dob(intl=True)), k(ch(CONDS)),
               COUNTRY[loc], I("E", iemail(loc)))), "INTL", "international"


def t_intl_dob():
    loc = ch(["en_GB", "de_DE", "fr_FR", "en_AU", "en_IN"])
    return ("Patient: %s\nDOB: %s\nNHS/insurance no: %s\nTel: %s\nAllergy: %s"
            % (I("P", iname(loc)), I("D", dob(intl=True)), I("M", "%s %s %s" % (digits(3), digits(3), digits(4))),
               I("T", iphone(loc)), k(ch(["penicillin", "sulfa", "latex", "codeine"])))), "INTL", "form"


def t_helpline():
    return ("If %s says that again call %s. I'm %s, %s. %s is on %s and lives at %s."
            % (k(ch(["Dad", "my brother", "my son"])), k("988"), P(full()), T_(uphone()), k("He"), k(ch(DRUGS)), Lc(uaddr()))), "US", "general_text"


def t_word_names():
    s1 = ch(WORD_SURNAMES)
    s2 = ch([x for x in WORD_SURNAMES if x != s1])
    return ("%s %s and %s both help with %s's %s on %s"
            % (k("Mrs."), P(s1), P("%s %s" % (ch(WORD_FIRSTS), s2)), k(ch(["Mom", "Grandpa"])),
               k(ch(SERVICES)), k(ch(DAYS)))), "US", "general_text"


def t_schedule():
    ds = rng.sample(DAYS[:5], 3)
    return ("Care schedule\n%s: %s\n%s: %s\n%s: %s\nAll: check %s before %s. Backup %s"
            % (k(ds[0]), P(first()), k(ds[1]), P(full()), k(ds[2]), P(ch(WORD_FIRSTS)), k("blood sugar"), k(ch(DRUGS)), T_(uphone()))), "US", "list"


def t_claim():
    return ("Claim for %s at %s denied. Member ID %s, subscriber %s, DOB %s. Mail to %s"
            % (k(ch(SERVICES)), k(ch(ORGS)), "{M:%s}" % member_id(), P(full()), "{D:%s}" % dob(), Lc(uaddr()))), "US", "form"


def t_zip_only():
    return "%s lives in %s now, %s says the %s nurse there is great. %s" % (
        P(full()), Lc("%s, %s %s" % (US.city(), US.state_abbr(include_territories=False, include_freely_associated_states=False), US.zipcode_plus4())),
        k(ch(["Mom", "Dad"])), k(ch(SERVICES)), T_(uphone())), "US", "city"


def t_intl_phone_only():
    loc = ch(INTL_LOCS[:-1])
    return "%s %s's number in %s is %s, they can't afford the %s there" % (
        k(ch(["My brother", "My sister", "Auntie"])), I("P", iname(loc)), COUNTRY[loc], I("T", iphone(loc)), k(ch(DRUGS))), "INTL", "phone"


def t_card_iban():
    n, brand = card()
    return ("Two ways to pay for %s's %s: %s %s, or transfer to %s %s"
            % (P(full()), k(ch(SERVICES)), ch(["card", "cc", "Visa", "credit card"]), "{A:%s}" % n,
               ch(["IBAN", "iban"]), I("A", iban().replace(" ", "")))), "US", "general_text"


def t_clin_terse():
    return ("%s %s y/o, %s. %s. %s %s. f/u %s"
            % (P(full()), rng.randint(60, 99), "{D:%s}" % dob(), k(ch(CONDS)), k(ch(DRUGS)), k(ch(["bid", "daily", "qhs"])),
               T_(uphone()))), "US", "clinician_note"


def t_forward_email():
    n1, n2 = full(), full()
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nTo: %s\n%s's %s is %s at the %s"
            % (P(n1), "{E:%s}" % email(n1), "{E:%s}" % email(n2), k(ch(["Mom", "Dad"])), k(ch(["MRI", "CT scan", "biopsy", "echo"])),
               k(ch(DAYS)), k(ch(["Mayo Clinic", "Cleveland Clinic", "Kaiser"])))), "US", "forwarded"


def t_mixed_family():
    loc = ch(ADDR_LOCS)
    return ("%s: I'm at %s, %s is still at %s. Her phone is %s, mine is %s"
            % (P(first()), Lc(uaddr()), k(ch(["Grandma", "Mom"])), I("L", iaddr(loc)), I("T", iphone(loc)),
               T_(uphone()))), "US", "speaker_label"


def t_multiline_addr():
    return ("Please send the %s to:\n%s\n%s" % (k(ch(["walker", "wheelchair", "shower chair", "CPAP", "glucose meter"])),
                                               P(full()), Lc(ch([uaddr(multiline=True), uaddr(multiline=True, unit=True), umil(True)])))), "US", "multi_line"


def t_intl_signature():
    loc = ch(["en_GB", "de_DE", "fr_FR", "nl_NL", "en_AU", "it_IT", "es_ES"])
    n = iname(loc)
    return ("Kind regards re %s's %s,\n%s\n%s\n%s\n%s\n%s"
            % (k(ch(["Mum", "Dad", "Gran"])), k(ch(CONDS)), I("P", n), I("L", iaddr(loc, multiline=True)), I("T", iphone(loc)), I("E", iemail(loc)),
               I("U", "www.%s-%s.%s/familie" % (re.sub(r"[^a-z]", "", n.split()[0].lower()) or "fam", digits(3), {"en_GB": "co.uk", "de_DE": "de", "fr_FR": "fr", "nl_NL": "nl", "en_AU": "com.au", "it_IT": "it", "es_ES": "es"}[loc])))), "INTL", "signature"


def t_surname_title():
    return ("%s %s from the %s group said %s %s is at %s now"
            % (k("Mrs."), P(ch(WORD_SURNAMES)), k(ch(["Morning Walk Group", "Memory Cafe", "Caregiver Circle"])),
               k("Mr."), P(last()), Lc(US.city()))), "US", "general_text"


def t_ssn_nolabel():
    return ("%s %s - %s asked for this for %s" % (P(full()), "{S:%s}" % ssn(), k(ch(["Social Security", "Medicare", "the VA"])),
                                                  k(ch(["Dad's", "Mom's"])) + " " + k(ch(SERVICES)))), "US", "general_text"


TEMPLATES = [t_worried_night, t_address_change, t_portal_form, t_pharmacy_label, t_fax_header, t_speaker,
             t_rel_speaker, t_name_list, t_signature, t_clinician, t_card, t_bank, t_iban, t_ssn_form, t_ssn_paste,
             t_url, t_email, t_military, t_pobox, t_intl_addr, t_intl_forward, t_city, t_city_search, t_intl_city,
             t_ext, t_vanity, t_phone_list, t_medicare, t_medicaid, t_chart, t_born, t_birthday, t_runon, t_typo,
             t_older, t_nonlatin, t_intl_latin_name, t_intl_dob, t_helpline, t_word_names, t_schedule, t_claim,
             t_zip_only, t_intl_phone_only, t_card_iban, t_clin_terse, t_forward_email, t_mixed_family,
             t_multiline_addr, t_intl_signature, t_surname_title, t_ssn_nolabel]
# weights: extra turns for templates that carry scarcer types / INTL
WEIGHTS = {t_iban: 3, t_card: 3, t_bank: 2, t_card_iban: 2, t_url: 5, t_email: 3, t_ssn_form: 4, t_ssn_nolabel: 4, t_ssn_paste: 3,
           t_intl_addr: 4, t_intl_forward: 2, t_nonlatin: 3, t_intl_signature: 2, t_intl_dob: 2, t_medicare: 2}


# ---------------------------------------------------------------- hand files
def read_hand(path):
    msgs, cur = [], None
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("#") and cur is None:
            continue
        if line.startswith("=== "):
            if cur:
                msgs.append(cur)
            parts = line[4:].split()
            cur = {"style": parts[0], "region": parts[1], "sub": parts[2:], "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
    if cur:
        msgs.append(cur)
    out = []
    for m in msgs:
        body = "\n".join(m["lines"]).strip("\n").rstrip()
        out.append((body, m["region"], m["style"], "+".join(m["sub"])))
    return out


def make_record(markup, region, style, case, source, sub):
    text, idents, keeps, spans = render(markup, region, case)
    errs = problems(text, idents, keeps, spans)
    return {"style": style, "text": text, "identifiers": idents, "keep": keeps, "source": source}, errs, sub


def main():
    records, subs, hard_errs = [], [], []
    for path, case in (("hand_lower.txt", None), ("hand_caps.txt", None)):
        for body, region, style, sub in read_hand(HERE / path):
            rec, errs, sub = make_record(body, region, style, case, "hand", sub)
            if errs:
                hard_errs.append((body[:60], errs))
            records.append(rec)
            subs.append(sub)
    pool = []
    for t in TEMPLATES:
        pool += [t] * WEIGHTS.get(t, 1)
    tmpl = []
    for i in range(N_TEMPLATE):
        case = "lower" if i % 2 == 0 else "upper"
        fn = TEMPLATES[i] if i < len(TEMPLATES) else ch(pool)  # every template at least once
        for attempt in range(50):
            markup, region, sub = fn()
            rec, errs, sub = make_record(markup, region, "lower_case" if case == "lower" else "all_caps", case, "template", sub)
            if not errs:
                break
        else:
            raise SystemExit("template %s keeps failing: %s" % (fn.__name__, errs))
        tmpl.append((rec, sub + "(" + fn.__name__ + ")"))
    # interleave hand and template records so the file is not blocked by source
    rng.shuffle(tmpl)
    hand = list(zip(records, subs))
    merged, hi, ti = [], 0, 0
    while hi < len(hand) or ti < len(tmpl):
        if hi < len(hand) and (ti >= len(tmpl) or rng.random() < len(hand) / (len(hand) + len(tmpl))):
            merged.append(hand[hi]); hi += 1
        else:
            merged.append(tmpl[ti]); ti += 1
    with OUT.open("w", encoding="utf-8") as f:
        for i, (rec, sub) in enumerate(merged):
            rec = {"id": "hd34-%03d" % i, **rec}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # sub-style tally for the README (not written to the jsonl: only style + source are allowed keys)
    sc = Counter()
    for rec, sub in merged:
        for s in re.sub(r"\(.*\)", "", sub).split("+"):
            if s:
                sc[s] += 1
    (HERE / "substyles.json").write_text(json.dumps(dict(sc.most_common()), indent=1))
    if hard_errs:
        for b, e in hard_errs:
            print("HAND ERROR:", repr(b), e)
        raise SystemExit(1)
    print("wrote %d records (%d hand, %d template) to %s" % (len(merged), len(hand), len(tmpl), OUT))


if __name__ == "__main__":
    main()
