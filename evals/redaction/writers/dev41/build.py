"""Build handwritten_dev41.jsonl: hand-written messages (hand/hand_*.txt) + template messages filled with Faker.

Run:  /work/main/.venv/bin/python build.py
Deterministic (fixed seeds). Template messages whose values break a labelling rule (identifier not on a word
boundary, keep word overlapping an identifier) are regenerated.
"""
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":  # some Faker providers pick from sets: fix hashing for reproducibility
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import glob
import json
import random
import re
import string

from faker import Faker

from markup import parse_hand_file, parse_segments, render
from checks import check_row

SEED = 4141
rng = random.Random(SEED)
Faker.seed(SEED)
US = Faker("en_US")
US_MIX = [Faker(l) for l in ("en_US", "en_US", "en_US", "es_MX", "it_IT", "pl_PL", "en_GB", "en_US")]
for i, f in enumerate(US_MIX):
    f.seed_instance(SEED + i)
INTL_LOCALES = ["en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL", "ja_JP",
                "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "tr_TR", "vi_VN", "en_IN", "en_CA"]
FK = {l: Faker(l) for l in INTL_LOCALES}
for i, f in enumerate(FK.values()):
    f.seed_instance(SEED + 100 + i)

# ---------------------------------------------------------------- keep-word pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "Xarelto", "insulin glargine",
         "Ozempic", "Jardiance", "losartan", "hydrochlorothiazide", "prednisone", "albuterol", "Symbicort",
         "tamsulosin", "donepezil", "memantine", "carbidopa-levodopa", "furosemide", "spironolactone", "Entresto",
         "clopidogrel", "omeprazol", "pantoprazole", "buprenorphine", "Suboxone", "naloxone", "quetiapine",
         "lithium", "lamotrigine", "Keppra", "methotrexate", "Humira", "vitamin B12", "fish oil", "magnesium",
         "Tylenol", "ibuprofen", "tramadol", "Plavix", "digoxin", "nitroglycerin", "potassium chloride"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "type 2 diabetes", "heart failure", "hypertension", "CKD stage 3", "asthma", "macular degeneration",
         "rheumatoid arthritis", "osteoporosis", "sleep apnea", "major depression", "bipolar disorder", "epilepsy",
         "multiple sclerosis", "lupus", "gout", "pneumonia", "cellulitis", "sepsis", "dementia", "anemia",
         "hypothyroidism", "DVT", "shingles", "diverticulitis", "Crohn's disease", "psoriasis", "glaucoma"]
LABS = ["Hemoglobin A1c", "INR", "TSH", "lipid panel", "BMP", "CBC", "creatinine", "eGFR", "potassium", "BNP",
        "troponin", "PSA", "vitamin D level", "ferritin", "urinalysis", "LDL", "triglycerides", "sodium"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankle", "wrist", "chest", "feet", "eyes", "kidneys",
        "lungs", "heart", "stomach", "neck", "toes"]
ORGS = ["Walgreens", "CVS", "Medicare", "Medicaid", "Mayo Clinic", "Kaiser", "Humana", "Aetna", "Cigna",
        "Blue Cross", "UnitedHealthcare", "Quest", "LabCorp", "Rite Aid", "Cleveland Clinic", "VA", "Tricare",
        "Social Security", "Express Scripts", "Optum Rx"]
HELPLINES = ["988", "1-800-222-1222", "1-800-MEDICARE", "1-800-273-8255", "911"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "my husband", "my wife", "my son", "my daughter", "Uncle", "Aunt",
        "my brother", "my sister", "Nana", "Papa"]
SPK_RELS = ["Daughter", "Son", "Wife", "Husband", "Niece", "Nephew", "Sister", "Brother", "Granddaughter",
            "Grandson", "Caregiver", "Neighbor"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONTRACTIONS = ["We'll", "I'm", "Don't", "She'd", "He's", "I've", "Can't", "It's"]

AREA = ["212", "312", "415", "617", "713", "305", "404", "206", "503", "602", "614", "720", "816", "901", "952",
        "210", "267", "323", "412", "502", "586", "651", "702", "773", "804", "843", "919", "971", "985", "208"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com", "comcast.net",
             "att.net", "proton.me", "verizon.net", "msn.com"]

# ---------------------------------------------------------------- value generators
def d(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def L(n, pool=string.ascii_uppercase):
    return "".join(rng.choice(pool) for _ in range(n))


def usf():
    return rng.choice(US_MIX)


def ascii_ok(s):
    return all(ord(c) < 0x250 for c in s)


def us_first():
    while True:
        v = usf().first_name()
        if ascii_ok(v) and len(v) > 2:
            return v


def us_last():
    while True:
        v = usf().last_name()
        if ascii_ok(v) and len(v) > 2:
            return v


WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Wood", "Street", "Bush", "Field",
                 "Bell", "Hunt", "Page", "Price", "Story", "Knight", "Frost"]


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + string.digits
    s = (rng.choice("123456789") + rng.choice(al) + rng.choice(an) + rng.choice(string.digits) + rng.choice(al)
         + rng.choice(an) + rng.choice(string.digits) + rng.choice(al) + rng.choice(al) + d(2))
    f = rng.random()
    if f < 0.5:
        return f"{s[:4]}-{s[4:7]}-{s[7:]}"
    if f < 0.75:
        return s
    if f < 0.9:
        return f"{s[:4]} {s[4:7]} {s[7:]}"
    return f"{s[:4]}-{s[4:7]}-{s[7:]}".lower()


def ssn_digits():
    return US.ssn().replace("-", "")


def fmt_ssn(s):
    f = rng.random()
    if f < 0.55:
        return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if f < 0.75:
        return s
    if f < 0.9:
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    return f"{s[:3]}.{s[3:5]}.{s[5:]}"


def hicn():
    s = ssn_digits()
    suf = rng.choice(["A", "B", "C1", "D", "M", "T", "B6", "A"])
    f = rng.random()
    if f < 0.5:
        return f"{s[:3]}-{s[3:5]}-{s[5:]}{suf}"
    if f < 0.8:
        return s + suf
    return f"{s[:3]} {s[3:5]} {s[5:]} {suf}"


def mrn():
    k = rng.randrange(10)
    if k == 0: return d(7)
    if k == 1: return "00" + d(6)
    if k == 2: return f"{d(3)}-{d(4)}"
    if k == 3: return rng.choice("EAMHK") + d(7)
    if k == 4: return f"{d(2)}-{d(3)}-{d(3)}"
    if k == 5: return f"{d(4)} {d(4)}"
    if k == 6: return d(10)
    if k == 7: return rng.choice("ea") + d(8)
    if k == 8: return f"{d(3)} {d(3)} {d(3)}"
    return f"{d(1)}-{d(3)}-{d(3)}"


def chart():
    k = rng.randrange(4)
    if k == 0: return f"C-{d(6)}"
    if k == 1: return "CH" + d(6)
    if k == 2: return d(6)
    return f"{d(2)}-{d(4)}-{d(2)}"


def member():
    k = rng.randrange(7)
    if k == 0: return L(3) + d(9)
    if k == 1: return f"{L(3)} {d(3)} {d(3)} {d(3)}"
    if k == 2: return "W" + d(10)
    if k == 3: return f"H{d(8)}-0{rng.randint(1, 4)}"
    if k == 4: return (L(3) + d(9)).lower()
    if k == 5: return f"{L(1)}{d(4)} {d(4)} {d(2)}"
    return "M" + d(9) + rng.choice(["", "01", "-02"])


def medicaid():
    k = rng.randrange(5)
    if k == 0: return L(2) + d(5) + L(1)
    if k == 1: return "9" + d(7) + L(1)
    if k == 2: return d(9)
    if k == 3: return f"{d(4)} {d(4)} {d(2)}"
    return d(11)


def group():
    k = rng.randrange(4)
    if k == 0: return d(rng.choice([5, 6, 7]))
    if k == 1: return f"{d(6)}-{d(3)}{L(1)}"
    if k == 2: return L(2) + d(5)
    return f"{d(5)}-{d(4)}"


def policy():
    k = rng.randrange(4)
    if k == 0: return d(10)
    if k == 1: return f"{L(3)}-{d(5)}-{d(2)}"
    if k == 2: return "P" + d(8)
    return f"{d(3)} {d(3)} {d(4)}"


def subscriber():
    k = rng.randrange(3)
    if k == 0: return L(1) + d(8)
    if k == 1: return f"{d(2)}-{d(6)}-{d(2)}"
    return L(3) + d(6) + d(2)


def mrn_any():
    return rng.choice([mrn, chart, member, medicaid, mbi, hicn])()


def dob():
    dt = US.date_of_birth(minimum_age=18 if rng.random() < 0.9 else 1, maximum_age=99)
    k = rng.randrange(12)
    m, dd, y = dt.month, dt.day, dt.year
    mon = dt.strftime("%B")
    if k == 0: return f"{m:02d}/{dd:02d}/{y}"
    if k == 1: return f"{m}/{dd}/{str(y)[2:]}"
    if k == 2: return f"{y}-{m:02d}-{dd:02d}"
    if k == 3: return f"{mon} {dd}, {y}"
    if k == 4: return f"{dd} {mon} {y}"
    if k == 5: return f"{mon[:3]} {dd} {y}"
    if k == 6: return f"{m:02d}-{dd:02d}-{y}"
    if k == 7: return f"{m}.{dd}.{str(y)[2:]}"
    if k == 8: return f"{m}/{dd}/{y}"
    if k == 9: return f"{mon.lower()} {dd} {y}"
    if k == 10: return f"{m:02d}{dd:02d}{y}"
    return f"{m:02d} {dd:02d} {y}"


def dob_intl():
    dt = US.date_of_birth(minimum_age=1, maximum_age=99)
    k = rng.randrange(4)
    if k == 0: return f"{dt.day:02d}/{dt.month:02d}/{dt.year}"
    if k == 1: return f"{dt.day:02d}.{dt.month:02d}.{dt.year}"
    if k == 2: return f"{dt.day} {dt.strftime('%b')} {dt.year}"
    return f"{dt.year}-{dt.month:02d}-{dt.day:02d}"


def luhn_complete(prefix, length):
    n = prefix + d(length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(n)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        s += x
    return n + str((10 - s % 10) % 10)


def card():
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        pre = {"visa": "4", "mc": rng.choice(["51", "52", "54", "55", "2221"]), "disc": "6011"}[kind]
        n = luhn_complete(pre, 16)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    if rng.random() < 0.15:  # not Luhn-valid on purpose
        last = groups[-1]
        groups[-1] = last[:-1] + str((int(last[-1]) + 3) % 10)
    f = rng.random()
    if f < 0.5: return " ".join(groups)
    if f < 0.7: return "".join(groups)
    return "-".join(groups)


def aba():
    while True:
        n = rng.choice(["0", "1", "2", "3"]) + d(8)
        w = [3, 7, 1] * 3
        if sum(int(c) * x for c, x in zip(n, w)) % 10 == 0 and n[:2] in (
                "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32"):
            return n


def bank_acct():
    k = rng.randrange(4)
    n = d(rng.choice([8, 9, 10, 11, 12]))
    if k == 0: return n
    if k == 1: return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    if k == 2: return f"{n[:4]}-{n[4:]}"
    return "00" + n[2:]


IBAN_LOCS = ["de_DE", "en_GB", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "pt_PT", "de_AT", "fr_CH", "nl_BE"]
IBAN_FK = {l: Faker(l) for l in IBAN_LOCS}
for i, f in enumerate(IBAN_FK.values()):
    f.seed_instance(SEED + 300 + i)


def iban():
    v = IBAN_FK[rng.choice(IBAN_LOCS)].iban()
    f = rng.random()
    if f < 0.45: return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if f < 0.75: return v
    if f < 0.88: return v.lower()
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower()


def us_phone(ext_ok=True):
    a = rng.choice(AREA)
    if rng.random() < 0.5:
        e, n = "555", "01" + d(2)
    else:
        e, n = rng.choice("23456789") + d(2), d(4)
    k = rng.randrange(9)
    p = [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}", f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}",
         f"001-{a}-{e}-{n}", f"{a} {e} {n}", f"+1 ({a}) {e}-{n}"][k]
    if ext_ok and rng.random() < 0.18:
        p += rng.choice([f" x{d(3)}", f" ext. {d(2)}", f" extension {rng.randint(1, 9)}", f" x{d(4)}", f" ext {d(3)}"])
    return p


def vanity():
    word = rng.choice(["FLOWERS", "PLUMBER", "HAULING", "CLEAN-IT", "TAXCARE", "MOW-LAWN", "NAILS4U"])
    return rng.choice([f"1-800-{word}", f"1-888-{word}", f"(877) {word}", f"1-866-{word}"])


def us_addr_parts():
    f = US
    street = f"{f.building_number()} {f.street_name()}"
    if rng.random() < 0.3:
        street = f"{f.building_number()} {rng.choice(['N', 'S', 'E', 'W', 'N.', 'E.'])} {f.street_name()}"
    unit = rng.choice(["", "", f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f"Apt. {rng.randint(1, 999)}",
                       f"Suite {rng.randint(100, 950)}", f"#{rng.randint(1, 40)}", f"Unit {rng.randint(1, 20)}",
                       f"Apt {rng.randint(1, 9)}"])
    zipc = f.zipcode_plus4() if rng.random() < 0.25 else f.zipcode()
    return street, unit, f.city(), f.state_abbr(include_territories=False), zipc


def us_addr():
    street, unit, city, st, z = us_addr_parts()
    k = rng.randrange(5)
    u = f", {unit}" if unit else ""
    if k == 0: return f"{street}{u}, {city}, {st} {z}"
    if k == 1: return f"{street}{(' ' + unit) if unit else ''}, {city} {st} {z}"
    if k == 2: return f"{street}{u}\n{city}, {st} {z}"
    if k == 3: return f"{street}{u}, {city}, {US.state()} {z}"
    return f"{street}{u} {city}, {st} {z}"


def us_addr_special():
    k = rng.randrange(6)
    city, st, z = US.city(), US.state_abbr(include_territories=False), US.zipcode()
    if k == 0: return f"PO Box {rng.randint(10, 9999)}, {city}, {st} {z}"
    if k == 1: return f"P.O. Box {rng.randint(10, 999)}\n{city}, {st} {z}"
    if k == 2: return f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999)}, APO {rng.choice(['AE', 'AP', 'AA'])} {rng.choice(['09', '96', '34'])}{d(3)}"
    if k == 3: return f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 999)}, DPO {rng.choice(['AE', 'AP'])} {rng.choice(['09', '96'])}{d(3)}"
    if k == 4: return f"RR {rng.randint(1, 9)} Box {rng.randint(1, 300)}, {city}, {st} {z}"
    return f"CMR {rng.randint(100, 999)} Box {rng.randint(1, 9999)}, APO AE 09{d(3)}"


def city_st():
    k = rng.randrange(3)
    if k == 0: return f"{US.city()}, {US.state_abbr(include_territories=False)}"
    if k == 1: return f"{US.city()}, {US.state_abbr(include_territories=False)} {US.zipcode()}"
    return US.city().upper()


def email_for(first, last):
    first, last = first.lower(), last.lower().replace(" ", "").replace("'", "")
    k = rng.randrange(6)
    user = [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randint(1, 99)}", f"{last}.{first}",
            f"{first}_{last[0]}{rng.randint(40, 99)}", f"{first}{rng.choice(['mom', 'dad', 'nana', 'home'])}"][k]
    return f"{user}@{rng.choice(EMAIL_DOM)}"


def url_for(first, last):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    return rng.choice([f"https://www.{f}{l}.com", f"https://www.caringbridge.org/visit/{f}{l}",
                       f"https://gofundme.com/f/help-{f}-{l}", f"facebook.com/{f}.{l}",
                       f"https://www.linkedin.com/in/{f}-{l}-{d(3)}", f"http://{f}{l}photography.com",
                       f"www.instagram.com/{f}_{l}", f"https://{l}family.net/{f}", f"https://sites.google.com/view/{f}-{l}"])


# ---------------------------------------------------------------- international
def intl_person(loc=None):
    loc = loc or rng.choice(INTL_LOCALES)
    f = FK[loc]
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        full = f.last_name() + (" " if loc == "ja_JP" else "") + f.first_name()
    elif loc == "ru_RU":
        full = f"{f.first_name_male()} {f.last_name_male()}" if rng.random() < 0.5 else f"{f.first_name_female()} {f.last_name_female()}"
    else:
        full = f"{f.first_name()} {f.last_name()}"
    return loc, full


def intl_addr(loc):
    f = FK[loc]
    n = rng.randint(1, 180)
    if loc == "en_GB": return f"{n} {f.street_name()}, {f.city()} {f.postcode()}"
    if loc == "de_DE": return f"{f.street_name()} {n}, {f.postcode()} {f.city()}"
    if loc == "fr_FR": return f"{f.street_address()}, {f.postcode()} {f.city()}"
    if loc == "es_MX": return f"{f.street_name()} {n}, Col. Centro, {f.postcode()} {f.city()}"
    if loc == "pt_BR": return f"{f.street_name()}, {n}, {f.postcode()} {f.city()} - {f.estado_sigla()}"
    if loc == "ja_JP": return f"〒{f.zipcode()} {f.address()}"
    if loc == "en_CA": return f"{f.street_address()}, {f.city()}, {f.province_abbr()} {f.postcode()}"
    if loc in ("en_IN", "hi_IN"): return f"{n}, {FK['en_IN'].street_name()}, {FK['en_IN'].city()} {FK['en_IN'].postcode()}"
    if loc in ("es_ES", "it_IT", "nl_NL", "pl_PL", "ru_RU", "zh_CN", "ko_KR"):
        return f.address().replace("\n", ", ")
    # fallback: a UK address
    g = FK["en_GB"]
    return f"{n} {g.street_name()}, {g.city()} {g.postcode()}"


INTL_PH = {
    "en_GB": lambda: rng.choice([f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"+44 (0)161 496 0{d(3)}"]),
    "de_DE": lambda: rng.choice([f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 151 {d(8)}", f"0049 89 {d(6)}"]),
    "fr_FR": lambda: rng.choice([f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"]),
    "es_MX": lambda: rng.choice([f"+52 55 {d(4)} {d(4)}", f"+52 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}"]),
    "es_ES": lambda: f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
    "pt_BR": lambda: rng.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}"]),
    "it_IT": lambda: rng.choice([f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}"]),
    "nl_NL": lambda: rng.choice([f"+31 6 {d(8)}", f"020 {d(3)} {d(4)}"]),
    "pl_PL": lambda: f"+48 {d(3)} {d(3)} {d(3)}",
    "ja_JP": lambda: rng.choice([f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}"]),
    "zh_CN": lambda: rng.choice([f"+86 13{d(1)} {d(4)} {d(4)}", f"+86 10 {d(4)} {d(4)}"]),
    "ko_KR": lambda: rng.choice([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"]),
    "ru_RU": lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
    "ar_SA": lambda: f"+966 5{d(1)} {d(3)} {d(4)}",
    "hi_IN": lambda: rng.choice([f"+91 9{d(4)} {d(5)}", f"09{d(3)} {d(5)}"]),
    "en_IN": lambda: f"+91 {rng.choice('6789')}{d(4)} {d(5)}",
    "tr_TR": lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
    "vi_VN": lambda: f"+84 9{d(2)} {d(3)} {d(3)}",
    "en_CA": lambda: f"+44 20 7946 0{d(3)}",
}


def nhs():
    while True:
        ds = [rng.randint(0, 9) for _ in range(9)]
        ds[0] = rng.randint(4, 7)
        s = sum(w * x for w, x in zip(range(10, 1, -1), ds))
        c = 11 - s % 11
        if c == 11: c = 0
        if c == 10: continue
        n = "".join(map(str, ds)) + str(c)
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def intl_health_id(loc):
    if loc == "en_GB": return "NHS number", nhs()
    if loc == "en_CA": return "OHIP", f"{d(4)}-{d(3)}-{d(3)}-{L(2)}"
    if loc == "de_DE": return "Versichertennummer", L(1) + d(9)
    if loc == "es_MX": return "NSS (IMSS)", f"{d(4)} {d(2)} {d(4)} {d(1)}"
    if loc == "fr_FR": return "n° de dossier", f"{d(2)}{L(1)}{d(6)}"
    if loc == "ja_JP": return "保険証番号", d(8)
    if loc == "nl_NL": return "patiëntnummer", d(9)
    return "hospital no.", f"{L(2)}{d(7)}"


# ---------------------------------------------------------------- field dictionary
class Fields(dict):
    """Lazily generated, cached values; key suffix digits make independent copies (name2, mrn3 ...)."""

    def __init__(self):
        super().__init__()
        self.loc = rng.choice([l for l in INTL_LOCALES if l != "en_CA"])

    def __missing__(self, key):
        base = key.rstrip("0123456789")
        v = GEN[base](self, key)
        self[key] = v
        return v


def _person(fl, key):
    suf = key[len(key.rstrip("0123456789")):]
    if "_first" + suf in fl and "_last" + suf in fl:
        return fl["_first" + suf], fl["_last" + suf]
    first = fl.get("_first" + suf) or us_first()
    if rng.random() < 0.12:
        last = rng.choice(WORD_SURNAMES)
    else:
        last = us_last()
    fl["_first" + suf], fl["_last" + suf] = first, last
    return first, last


def g_name(fl, key):
    suf = key[4:]
    first, last = _person(fl, key)
    return f"<<{first} {last}|P>>"


def g_first(fl, key):
    suf = key[5:]
    if "_first" + suf not in fl:
        _person(fl, "x" + suf)
    return f"<<{fl['_first' + suf]}|P>>"


def g_last(fl, key):
    suf = key[4:]
    if "_last" + suf not in fl:
        _person(fl, "x" + suf)
    return f"<<{fl['_last' + suf]}|P>>"


def g_inv(fl, key):  # "Last, First"
    suf = key[3:]
    first, last = _person(fl, "x" + suf)
    return f"<<{last}, {first}|P>>"


def g_email(fl, key):
    suf = key[5:]
    if "_first" + suf not in fl:
        _person(fl, "x" + suf)
    return f"<<{email_for(fl['_first' + suf], fl['_last' + suf])}|E>>"


def g_url(fl, key):
    suf = key[3:]
    if "_first" + suf not in fl:
        _person(fl, "x" + suf)
    return f"<<{url_for(fl['_first' + suf], fl['_last' + suf])}|U>>"


def simple(fn, code, intl=False):
    return lambda fl, key: f"<<{fn()}|{code}{'|I' if intl else ''}>>"


def keep(pool):
    return lambda fl, key: "{{" + rng.choice(pool) + "}}"


def g_iname(fl, key):
    _, full = intl_person(fl.loc)
    return f"<<{full}|I>>"


def g_iaddr(fl, key):
    return f"<<{intl_addr(fl.loc)}|L|I>>"


def g_icity(fl, key):
    return f"<<{FK[fl.loc].city()}|L|I>>"


def g_iphone(fl, key):
    return f"<<{INTL_PH[fl.loc]()}|PH|I>>"


def g_ihid(fl, key):
    lab, v = intl_health_id(fl.loc)
    fl["ihid_label"] = lab
    return f"<<{v}|MRN|I>>"


def g_iemail(fl, key):
    f = FK["en_GB"] if fl.loc in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN") else FK[fl.loc]
    first = "".join(c for c in f.first_name().lower() if c.isascii() and c.isalpha()) or "mail"
    last = "".join(c for c in f.last_name().lower() if c.isascii() and c.isalpha()) or "home"
    tld = {"en_GB": "co.uk", "de_DE": "de", "fr_FR": "fr", "es_MX": "com.mx", "es_ES": "es", "pt_BR": "com.br",
           "it_IT": "it", "nl_NL": "nl", "pl_PL": "pl"}.get(fl.loc, "com")
    return f"<<{first}.{last}@{rng.choice(['mail', 'post', 'web', 'correo', 'home'])}.{tld}|E|I>>"


def g_iurl(fl, key):
    f = FK[rng.choice(["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"])]
    first = "".join(c for c in f.first_name().lower() if c.isascii() and c.isalpha()) or "anna"
    last = "".join(c for c in f.last_name().lower() if c.isascii() and c.isalpha()) or "berg"
    return "<<" + rng.choice([f"https://www.{first}-{last}.co.uk", f"https://{first}{last}.blogspot.com",
                              f"http://www.{last}-{first}.de/blog", f"https://{first}.{last}.fr"]) + "|U|I>>"


GEN = {
    "name": g_name, "first": g_first, "last": g_last, "inv": g_inv,
    "email": g_email, "url": g_url,
    "mrn": simple(mrn, "MRN"), "chart": simple(chart, "MRN"), "member": simple(member, "MRN"),
    "mbi": simple(mbi, "MRN"), "hicn": simple(hicn, "MRN"), "medicaid": simple(medicaid, "MRN"),
    "group": simple(group, "MRN"), "policy": simple(policy, "MRN"), "sub": simple(subscriber, "MRN"),
    "anyid": simple(mrn_any, "MRN"),
    "ssn": lambda fl, key: f"<<{fmt_ssn(ssn_digits())}|SSN>>",
    "dob": simple(dob, "DOB"),
    "card": simple(card, "ACC"), "iban": simple(iban, "ACC", True), "aba": simple(aba, "ACC"),
    "acct": simple(bank_acct, "ACC"),
    "billacct": simple(lambda: rng.choice([f"{L(2)}{d(7)}", d(9), f"{d(4)}-{d(5)}", f"G{d(8)}"]), "ACC"),
    "phone": simple(us_phone, "PH"), "phonex": simple(lambda: us_phone() + f" x{d(3)}", "PH"),
    "vanity": simple(vanity, "PH"),
    "addr": simple(us_addr, "L"), "addrx": simple(us_addr_special, "L"), "cityst": simple(city_st, "L"),
    "city": simple(lambda: US.city(), "L"),
    "drug": keep(DRUGS), "cond": keep(CONDS), "lab": keep(LABS), "body": keep(BODY), "org": keep(ORGS),
    "help": keep(HELPLINES), "rel": keep(RELS), "srel": keep(SPK_RELS), "month": keep(MONTHS),
    "day": keep(DAYS), "con": keep(CONTRACTIONS),
    "iname": g_iname, "iaddr": g_iaddr, "icity": g_icity, "iphone": g_iphone, "ihid": g_ihid,
    "idob": simple(dob_intl, "DOB", True), "iemail": g_iemail, "iurl": g_iurl,
}
# NAME: upper-case the person's name only (values only; type codes stay upper anyway)
def g_NAME(fl, key):
    first, last = _person(fl, "x" + key[4:])
    return f"<<{first.upper()} {last.upper()}|P>>"
GEN["NAME"] = g_NAME

from templates import TEMPLATES  # noqa: E402  (list of (style, template))

PH = re.compile(r"\{(\w+)\}")


def fill_template(tpl):
    fl = Fields()
    # pre-generate ihid so its label is known
    def repl(m):
        k = m.group(1)
        if k == "ihid_label":
            if "ihid" not in fl:
                fl["ihid"]  # noqa
            return fl["ihid_label"]
        return fl[k]
    s = PH.sub(repl, tpl)
    return s.replace("[[", "{{").replace("]]", "}}")


TRANSFORMS = {"lower_case": str.lower, "all_caps": str.upper}


def make_template_row(style, tpl):
    for _ in range(50):
        marked = fill_template(tpl)
        segs = parse_segments(marked)
        text, ids, kp = render(segs, TRANSFORMS.get(style))
        row = {"style": style, "text": text, "identifiers": ids, "keep": kp, "source": "template"}
        if not check_row(row):
            return row
    raise RuntimeError(f"could not fill template cleanly: {tpl[:60]}")


def main():
    rows = []
    for p in sorted(glob.glob("hand/hand_*.txt")):
        for style, body in parse_hand_file(p):
            text, ids, kp = render(parse_segments(body))
            rows.append({"style": style, "text": text, "identifiers": ids, "keep": kp, "source": "hand"})
    n_hand = len(rows)
    n_tpl = 430 - n_hand
    order = []
    while len(order) < n_tpl:
        block = list(range(len(TEMPLATES)))
        rng.shuffle(block)
        order.extend(block)
    for i in order[:n_tpl]:
        style, tpl = TEMPLATES[i]
        rows.append(make_template_row(style, tpl))
    rng.shuffle(rows)
    with open("handwritten_dev41.jsonl", "w", encoding="utf-8") as out:
        for i, r in enumerate(rows):
            rec = {"id": f"hd41-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({n_hand} hand, {len(rows) - n_hand} template, {len(TEMPLATES)} templates)")


if __name__ == "__main__":
    main()
