#!/usr/bin/env python3
"""Build handwritten_dev31.jsonl from the hand-written files and our own Faker templates.

Markup (used by both hand files and templates):
  [[CODE|text]]  identifier; CODE in P L T E U S M D A (case-insensitive), trailing * = INTL
  {{text}}       keep word
Run:  /work/main/.venv/bin/python build.py
"""
import json
import random
import re
import string
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
OUT = HERE / "handwritten_dev31.jsonl"
SEED = 3131
N_TEMPLATE = 260

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\[\[([A-Za-z])(\*?)\|(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse(markup):
    """Strip markup; return (text, identifiers, keep)."""
    out, idents, keep, pos = [], [], [], 0
    for m in MARK.finditer(markup):
        out.append(markup[pos:m.start()])
        if m.group(4) is not None:
            val = m.group(4)
            if val not in keep:
                keep.append(val)
        else:
            val = m.group(3)
            ent = {"text": val, "type": TYPES[m.group(1).upper()], "region": "INTL" if m.group(2) else "US"}
            if not any(e["text"] == val for e in idents):
                idents.append(ent)
        out.append(val)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), idents, keep


def occurrences(text, sub):
    i, res = text.find(sub), []
    while i != -1:
        res.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return res


def is_cjk(ch):
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def is_word(ch):
    # scripts written without spaces (Chinese, Japanese) have no word boundaries to respect
    return (ch.isalnum() or ch == "_") and not is_cjk(ch)


def record_problems(text, idents, keep, strict=False):
    """strict (templates): also reject an identifier occurring inside a different identifier."""
    probs = []
    spans = []
    for e in idents:
        occ = occurrences(text, e["text"])
        if not occ:
            probs.append(f"identifier not found: {e['text']!r}")
        for a, b in occ:
            if (a > 0 and is_word(text[a - 1]) and is_word(text[a])) or \
               (b < len(text) and is_word(text[b]) and is_word(text[b - 1])):
                probs.append(f"identifier not on word boundary: {e['text']!r}")
            spans.append((a, b))
    if strict:
        for a, b in spans:
            for c, d in spans:
                if (a, b) != (c, d) and c <= a and b <= d:
                    probs.append("nested identifier")
    for k in keep:
        occ = occurrences(text, k)
        if not occ:
            probs.append(f"keep not found: {k!r}")
        for a, b in occ:
            for s, t in spans:
                if a < t and s < b:
                    probs.append(f"keep {k!r} overlaps identifier")
    return probs


# ----------------------------------------------------------------------------------------------
# hand-written files
def read_hand(path):
    recs = []
    for block in path.read_text(encoding="utf-8").split("\n===\n"):
        lines = block.strip("\n").split("\n")
        if not lines or not lines[0].startswith("@"):
            continue
        style = lines[0][1:].strip()
        body = "\n".join(lines[1:]).strip("\n")
        recs.append((style, body))
    return recs


# ----------------------------------------------------------------------------------------------
# value generators
rng = random.Random(SEED)
Faker.seed(SEED)
US = Faker("en_US")
LOCALES = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
           "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_IN", "en_CA",
           "fr_CA", "en_AU", "el_GR", "uk_UA"]
FK = {loc: Faker(loc) for loc in LOCALES}
LATIN_LOC = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "tr_TR",
             "vi_VN", "fil_PH", "en_IN", "en_AU"]
SCRIPT_LOC = ["ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "el_GR", "uk_UA"]
IBAN_LOC = ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "tr_TR", "ru_RU",
            "el_GR", "uk_UA", "fr_FR"]

WORD_GIVEN = ["Reed", "Grace", "Faith", "Hope", "Summer", "Autumn", "Will", "Bill", "Mark", "Page",
              "Lane", "Hunter", "Rose", "Joy", "Ivy", "Dawn", "Sandy", "Penny", "Frank", "Jack",
              "Holly", "Heath", "Chase", "Sterling", "Sunny", "Rusty", "Pearl", "Ruby", "Jewel",
              "Wade", "Cliff", "Dale", "Glen", "Hazel", "Iris", "June", "May", "April", "Bud",
              "Skip", "Sage", "Wren", "Robin", "Drew", "Gene", "Guy", "Earl", "Royal", "Major"]
WORD_SUR = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Stone", "Hunter", "Page",
            "Lane", "Ward", "King", "Fox", "Marsh", "Snow", "Gray", "Black", "White", "Green",
            "Wood", "Field", "Cook", "Baker", "Price", "Cross", "Rich", "Hart", "Long", "Short",
            "Sharp", "Moody", "Bird", "Swan", "Frost", "Winter", "Banks", "Rivers", "Church",
            "Mills", "Burns", "Street", "Hall", "Knight", "Bishop", "Mason", "Carpenter", "Golden"]
MULTI_SUR = ["de la Cruz", "van der Berg", "O'Neil", "McDonald", "O'Brien", "MacKenzie", "St. Clair",
             "da Silva", "dos Santos", "van Buren", "De Luca", "Le Blanc", "del Rio", "Van Dyke",
             "McAllister", "O'Connor", "Fitzgerald-Reed", "Hill-Mensah", "Park-Lopez", "Young-Baptiste",
             "Garcia-Bell", "ten Brink", "von Stein", "Al-Masri", "bin Rashid", "D'Angelo"]
NICK = {"William": ["Bill", "Will", "Billy", "Liam"], "Robert": ["Bob", "Bobby", "Rob"],
        "Margaret": ["Peggy", "Maggie", "Meg"], "Elizabeth": ["Liz", "Beth", "Betsy", "Libby"],
        "Richard": ["Rick", "Dick", "Rich"], "Katherine": ["Kate", "Kathy", "Kit"],
        "Theodore": ["Ted", "Teddy", "Theo"], "Patricia": ["Patty", "Trish", "Pat"],
        "James": ["Jim", "Jimmy", "Jamie"], "Dorothy": ["Dot", "Dottie"], "Charles": ["Chuck", "Charlie"],
        "Josephine": ["Jo", "Josie"], "Edward": ["Ed", "Eddie", "Ned"], "Virginia": ["Ginny"],
        "Alexander": ["Alex", "Sandy", "Xander"], "Susan": ["Sue", "Suzy"], "Francis": ["Frank", "Frankie"]}
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Aunt", "Uncle", "Daughter", "Son", "Sister", "Brother",
             "Nana", "Papa", "Cousin", "Niece", "Nephew", "Granddaughter", "Grandson", "Stepmom", "Husband", "Wife"]
ROLES = ["aide", "nurse", "pharmacist", "neighbor", "neighbour", "PT", "OT", "social worker", "hospice nurse",
         "home health aide", "caseworker", "chaplain", "dietitian", "night nurse", "driver"]
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin",
         "donepezil", "Namenda", "Xarelto", "insulin glargine", "Ozempic", "Jardiance", "furosemide",
         "metoprolol", "prednisone", "albuterol", "Spiriva", "tramadol", "Tylenol", "ibuprofen",
         "omeprazole", "losartan", "hydrochlorothiazide", "Plavix", "Seroquel", "trazodone",
         "vitamin B12", "fish oil", "magnesium", "calcium with D", "Sinemet", "Aricept", "Keppra",
         "Synthroid", "Entresto", "buprenorphine", "naloxone", "Narcan", "clopidogrel", "tamsulosin"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's",
         "Hemoglobin A1c", "COPD", "Alzheimer's", "type 2 diabetes", "CHF", "hypertension",
         "macular degeneration", "osteoporosis", "shingles", "UTI", "pneumonia", "sciatica",
         "neuropathy", "glaucoma", "anemia", "CKD stage 3", "sleep apnea", "gout", "vertigo",
         "Lewy body dementia", "multiple sclerosis", "lymphedema", "hypothyroidism", "depression"]
LABS = ["INR", "TSH", "BMP", "CBC", "lipid panel", "creatinine", "eGFR", "potassium", "BNP", "PSA",
        "vitamin D level", "urinalysis", "A1c"]
BODY = ["knee", "hip", "left shoulder", "lower back", "ankles", "right wrist", "feet", "chest",
        "lungs", "eyes", "heel", "neck", "stomach", "bladder"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Kaiser", "Medicaid", "Rite Aid", "Humana",
        "Cleveland Clinic", "Kroger Pharmacy", "Meals on Wheels", "Area Agency on Aging", "Visiting Angels",
        "Blue Cross", "UnitedHealthcare", "the VA", "Costco Pharmacy"]
GROUPS = ["Morning Walk Group", "Tuesday Knitting Circle", "Caregiver Support Group", "Memory Cafe",
          "Silver Sneakers", "Grief Share", "Parkinson's Boxing Class"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]
C_WILL = ["We'll", "I'll", "She'll", "He'll", "They'll", "We'd rather", "She'd like to"]  # contractions that fit "___ do X"
C_BE = ["I'm", "We're", "She's", "He's", "They're"]  # contractions that fit "___ worried"
C_NEG = ["Don't", "Please don't"]
C_NOT = ["won't", "can't", "doesn't"]
HELPLINES = ["988", "1-800-222-1222", "1-800-MEDICARE", "1-800-772-1213"]
STATES = ["IL", "OH", "TX", "CA", "NY", "FL", "PA", "MI", "GA", "NC", "WA", "AZ", "MA", "TN", "MO", "MN"]


def pick(xs):
    return rng.choice(xs)


def drug():
    return pick(DRUGS)


def cond():
    return pick(CONDS)


def given():
    r = rng.random()
    if r < 0.4:
        return pick(WORD_GIVEN)
    return US.first_name()


def surname():
    r = rng.random()
    if r < 0.35:
        return pick(WORD_SUR)
    if r < 0.55:
        return pick(MULTI_SUR)
    return US.last_name()


def cap_first(s):
    return s[0].upper() + s[1:]


def full():
    return f"{given()} {cap_first(surname())}"


def initials_name():
    forms = [lambda: f"{pick(string.ascii_uppercase)}. {pick(string.ascii_uppercase)}. {cap_first(surname())}",
             lambda: f"{pick(string.ascii_uppercase)}. {cap_first(surname())}",
             lambda: f"{given()} {pick(string.ascii_uppercase)}. {cap_first(surname())}",
             lambda: f"{pick(string.ascii_uppercase)}.{pick(string.ascii_uppercase)}. {cap_first(surname())}"]
    return pick(forms)()


def sur_given():
    return f"{cap_first(surname()).upper() if rng.random() < 0.5 else cap_first(surname())}, {given()}"


def nick_pair():
    formal = pick(list(NICK))
    return formal, pick(NICK[formal])


def intl_name(loc=None):
    loc = loc or pick(LATIN_LOC + SCRIPT_LOC)
    return FK[loc].name(), loc


def script_name():
    loc = pick(SCRIPT_LOC)
    return FK[loc].name(), loc


def area():
    while True:
        a = rng.randint(201, 989)
        if a % 100 != 11 and str(a)[1] != "9":
            return a


def us_phone():
    a, ex, ln = area(), rng.choice([555, rng.randint(201, 989)]), rng.randint(0, 9999)
    if ex == 555:
        ln = rng.randint(100, 199)
    ln = f"{ln:04d}"
    fmts = [f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a}{ex}{ln}", f"+1 {a} {ex} {ln}",
            f"1-{a}-{ex}-{ln}", f"001-{a}-{ex}-{ln}", f"+1-{a}-{ex}-{ln}", f"({a}){ex}-{ln}",
            f"{a} {ex} {ln}", f"+1 ({a}) {ex}-{ln}"]
    p = pick(fmts)
    r = rng.random()
    if r < 0.12:
        p += pick([f" x{rng.randint(10, 9999)}", f" ext. {rng.randint(1, 99)}", f" extension {rng.randint(1, 9)}",
                   f" ext {rng.randint(100, 999)}"])
    return p


def vanity_phone():
    word = pick(["FLOWERS", "CARE4MOM", "HAULING", "ROOFING", "PLUMBER", "LAWNPRO", "CAKES4U"])
    return pick([f"1-800-{word}", f"1-888-{word}", f"(877) {word[:3]}-{word[3:7]}"])


def intl_phone(loc=None):
    loc = loc or pick(LATIN_LOC + SCRIPT_LOC)
    if loc == "fil_PH":  # this Faker locale has no phone_number(); write a PH mobile by hand
        return pick([f"+63 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                     f"09{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"]), loc
    return FK[loc].phone_number(), loc


def us_address(multiline=None):
    street = US.street_address()
    if rng.random() < 0.3 and "Apt" not in street and "Suite" not in street:
        street += pick([f" Apt. {rng.randint(1, 20)}{pick('ABCD')}", f" Suite {rng.randint(100, 450)}",
                        f" #{rng.randint(2, 40)}", f", Unit {rng.randint(1, 12)}", f" Apt {rng.randint(1, 9)}"])
    city, st = US.city(), US.state_abbr(include_territories=False)
    z = US.zipcode_plus4() if rng.random() < 0.25 else US.zipcode()
    ml = multiline if multiline is not None else rng.random() < 0.3
    if ml:
        return f"{street}\n{city}, {st} {z}"
    return pick([f"{street}, {city}, {st} {z}", f"{street} {city} {st} {z}", f"{street}, {city} {st} {z}"])


def special_address():
    r = rng.random()
    if r < 0.3:
        return f"PO Box {rng.randint(10, 9999)}, {US.city()}, {US.state_abbr(include_territories=False)} {US.zipcode()}"
    if r < 0.5:
        return f"P.O. Box {rng.randint(10, 999)}\n{US.city()}, {US.state_abbr(include_territories=False)} {US.zipcode()}"
    if r < 0.75:
        return pick([US.military_apo(), US.military_dpo(), US.military_ship()]).replace("\n", ", ")
    return f"RR {rng.randint(1, 9)} Box {rng.randint(1, 300)}, {US.city()}, {US.state_abbr(include_territories=False)} {US.zipcode()}"


def city_state():
    return pick([f"{US.city()}, {US.state_abbr(include_territories=False)}", f"{US.city()}, {US.state()}",
                 f"{US.city()}, {US.state_abbr(include_territories=False)} {US.zipcode()}"])


def intl_address(loc=None):
    loc = loc or pick(["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "hi_IN", "it_IT", "nl_NL",
                       "pl_PL", "en_CA", "es_ES", "en_AU", "zh_CN", "ko_KR", "ru_RU"])
    a = FK[loc].address()
    return (a.replace("\n", ", ") if rng.random() < 0.5 else a), loc


def email(name=None):
    if name and rng.random() < 0.6:
        base = re.sub(r"[^a-z]", "", name.lower().split()[0]) + pick([".", "_", ""]) + \
            re.sub(r"[^a-z]", "", name.lower().split()[-1]) + (str(rng.randint(1, 99)) if rng.random() < 0.5 else "")
        return base + "@" + pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net",
                                  "hotmail.com", "proton.me"])
    return US.email()


def url(name=None):
    n = re.sub(r"[^a-z]", "", (name or US.name()).lower().replace(" ", "-"))
    first = re.sub(r"[^a-z]", "", (name or US.first_name()).lower().split()[0])
    slug = n or first
    return pick([f"https://www.caringbridge.org/site/{slug}", f"www.{slug}family.com",
                 f"https://www.gofundme.com/f/help-{first}-{rng.randint(100, 999)}",
                 f"facebook.com/{first}.{slug}.{rng.randint(1, 99)}", f"https://{slug}.blogspot.com",
                 f"https://www.linkedin.com/in/{first}-{slug}-{rng.randint(1000, 9999)}",
                 f"http://{first}sjourney.wordpress.com/about", f"https://mealtrain.com/{first}{rng.randint(10, 99)}",
                 f"instagram.com/{first}_{slug}", f"https://www.{slug}.net/contact"])


def ssn():
    a, g, s = rng.randint(100, 665), rng.randint(1, 99), rng.randint(1, 9999)
    if a == 666:
        a = 667
    return pick([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"])


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    d = lambda: str(rng.randint(0, 9))
    c = lambda: pick(L)
    x = lambda: pick(L + "0123456789")
    v = f"{rng.randint(1, 9)}{c()}{x()}{d()}{c()}{x()}{d()}{c()}{c()}{d()}{d()}"
    return pick([v, f"{v[:4]}-{v[4:7]}-{v[7:]}"])


def mrn():
    r = rng.random()
    if r < 0.25:
        return "MRN", f"{rng.randint(0, 99999999):08d}"
    if r < 0.4:
        return "Medicare #", mbi()
    if r < 0.55:
        return "Member ID", f"{pick(['W', 'XJH', 'ZGP', 'H', 'U'])}{rng.randint(100000000, 999999999)}"
    if r < 0.7:
        return "chart #", f"{pick(['CH', 'MR', 'KP'])}-{rng.randint(100000, 9999999)}"
    if r < 0.85:
        return "Medicaid ID", f"{pick(STATES)}{rng.randint(10000000, 99999999)}"
    return "med rec no.", f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def dob():
    d = US.date_of_birth(minimum_age=60, maximum_age=100)
    return pick([d.strftime("%m/%d/%Y"), d.strftime("%-m/%-d/%y"), d.strftime("%B %-d, %Y"), d.strftime("%Y-%m-%d"),
                 d.strftime("%d %b %Y"), d.strftime("%m-%d-%Y"), d.strftime("%b %-d %Y"), d.strftime("%-d/%-m/%Y"),
                 d.strftime("%B %-d %Y"), d.strftime("%m.%d.%Y")])


def luhn_complete(prefix, length):
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    s = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        s += n
    return digits + str((10 - s % 10) % 10)


def card():
    num = US.credit_card_number() if rng.random() < 0.5 else luhn_complete(pick(["4", "51", "55", "37", "6011"]), 16)
    if rng.random() < 0.1:  # not Luhn-valid, typed wrong
        num = num[:-1] + str((int(num[-1]) + 1) % 10)
    if len(num) == 16 and rng.random() < 0.6:
        num = pick([" ", "-"]).join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def iban():
    loc = pick(IBAN_LOC)
    v = FK[loc].iban()
    r = rng.random()
    if r < 0.45:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if rng.random() < 0.25:
        v = v.lower()
    return v


def routing():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def bank_acct():
    return str(rng.randint(10 ** 7, 10 ** 12 - 1))


# markup helpers
def P(x, intl=False):
    return f"[[P{'*' if intl else ''}|{x}]]"


def L(x, intl=False):
    return f"[[L{'*' if intl else ''}|{x}]]"


def T(x, intl=False):
    return f"[[T{'*' if intl else ''}|{x}]]"


def E(x, intl=False):
    return f"[[E{'*' if intl else ''}|{x}]]"


def U(x, intl=False):
    return f"[[U{'*' if intl else ''}|{x}]]"


def S(x):
    return f"[[S|{x}]]"


def M(x, intl=False):
    return f"[[M{'*' if intl else ''}|{x}]]"


def D(x, intl=False):
    return f"[[D{'*' if intl else ''}|{x}]]"


def A(x, intl=False):
    return f"[[A{'*' if intl else ''}|{x}]]"


def K(x):
    return "{{" + x + "}}"


# ----------------------------------------------------------------------------------------------
# templates: each returns (style, markup)
TEMPLATES = []


def tpl(f):
    TEMPLATES.append(f)
    return f


@tpl
def t_sig_dash():
    g = given()
    return "signature", f"{K(pick(['Mom', 'Dad', 'Grandma']))} took the {K(drug())} at {rng.randint(6, 11)}. {K(pick(C_WILL))} check again after lunch.\n- {P(g)}\n{T(us_phone())}"


@tpl
def t_sig_thx():
    g = given().lower() if rng.random() < 0.5 else given()
    return "signature", f"can someone grab the {K(drug())} refill from {K(pick(ORGS))} before {K(pick(DAYS))}? thx {P(g)} {T(us_phone())}"


@tpl
def t_sig_love():
    g, n2 = given(), given()
    if g == n2:
        n2 = US.first_name()
    return "signature", f"{K(pick(['Grandpa', 'Nana', 'Mom']))} slept better with the {K(pick(['melatonin', 'trazodone', 'CPAP']))}. Thank you for staying over, {P(n2)}.\nlove,\n{P(g)}"


@tpl
def t_sig_initials():
    ini = pick([f"{pick(string.ascii_uppercase)}.{pick(string.ascii_uppercase)}.", f"{pick(string.ascii_uppercase)}{pick(string.ascii_uppercase)}"])
    nm = full()
    return "signature", f"Dressing changed on the {K(pick(BODY))}, no signs of infection. {K(drug())} given.\n{P(ini)}\n({P(nm)}, {pick(['RN', 'LPN', 'CNA', 'HHA'])})\n{E(email(nm))}"


@tpl
def t_sig_block():
    nm, title = full(), pick(["MD", "NP", "PharmD", "PA-C", "RN", "LCSW"])
    return "signature", f"Please hold {K(drug())} until the {K(pick(LABS))} result is back.\n\n{P(nm)}, {title}\n{K(pick(['Mayo Clinic', 'Kaiser', 'Cleveland Clinic', 'Walgreens']))}\nDirect: {T(us_phone())}\n{E(email(nm))}"


@tpl
def t_sig_phone_sent():
    g = given()
    return "signature", f"{K(pick(C_WILL))} be there by 7. bringing the {K(pick(['pill organizer', 'BP cuff', 'glucometer', 'shower chair']))}\n\nSent from my phone\n{P(g)}"


@tpl
def t_fwd_header():
    a, b = full(), full()
    ea = email(a)
    return "forwarded", f"---------- Forwarded message ---------\nFrom: {P(a)} <{E(ea)}>\nDate: {K(pick(DAYS))}, {K(pick(MONTHS))} {rng.randint(1, 28)}\nTo: {P(b)}\n\nHi, just a reminder that {K(pick(['Mom', 'Dad']))}'s {K(cond())} appointment moved. Call {T(us_phone())}."


@tpl
def t_fwd_quote():
    a, b = given(), surname()
    return "forwarded", f"> On {K(pick(DAYS))}, {P(cap_first(b))}, {P(a)} wrote:\n> she refused the {K(drug())} again tonight\n\nok, I'll call the {K(pick(['pharmacist', 'nurse line']))} in the morning"


@tpl
def t_fwd_text():
    rel = pick(["Aunt", "Uncle", "Cousin"])
    n1, n2 = given(), given()
    if n1 == n2:
        n2 = US.first_name()
    return "forwarded", f"fwd from {rel} {P(n1)}: \"tell {P(n2)} the {K(drug())} gives Grandpa {K(pick(['dizziness', 'nausea', 'leg cramps']))}, call me {T(us_phone())}\""


@tpl
def t_fwd_portal():
    nm = surname()
    doc = cap_first(surname())
    return "forwarded", f"FW: portal message\n\"Dear Mr. {P(cap_first(nm))}, your {K(pick(LABS))} results are back. Dr. {P(doc)} would like to adjust your {K(drug())}. MRN {M(mrn()[1])}\""


@tpl
def t_speaker_line():
    names = [given() for _ in range(3)]
    while len(set(names)) < 3:
        names = [given() for _ in range(3)]
    a, b, c = names
    return "speaker_label", f"{P(a)}: gave the {K(drug())} at 8\n{P(b)}: ok. {K(pick(C_WILL))} do the night shift\n{P(c)}: I can do {K(pick(DAYS))}, text me {T(us_phone())}"


@tpl
def t_speaker_rel():
    r1, r2 = pick(RELATIONS[5:]), pick(RELATIONS[5:])
    a, b = given(), given()
    if a == b:
        b = US.first_name()
    return "speaker_label", f"{r1} {P(a)}: {K(pick(['Mom', 'Dad']))}'s {K(pick(BODY))} is swollen again\n{r2} {P(b)}: did she take the {K(drug())}?"


@tpl
def t_speaker_caps():
    a, b = cap_first(surname()).upper(), given().upper()
    return "speaker_label", f"{P(a)}: {K(drug().upper())} GIVEN 0800\n{P(b)}: NOTED. {K(pick(DAYS).upper())} LABS"


@tpl
def t_speaker_role():
    role = pick(["Aide", "Nurse", "Neighbor", "Pharmacist", "PT"])
    a, b = given(), full()
    return "speaker_label", f"{role} {P(a)}: he walked to the mailbox today with the {K('walker')}\nMe: amazing!! thank you\n{role} {P(a)}: {K(pick(C_WILL))} tell {P(b)} too"


@tpl
def t_list_pairs():
    ns = []
    while len(ns) < 4:
        g = given()
        if g not in ns:
            ns.append(g)
    return "list", f"Schedule: {P(ns[0])} and {P(ns[1])} {K(pick(DAYS))}, {P(ns[2])} & {P(ns[3])} {K(pick(DAYS))}. Whoever is there gives the {K(drug())}. Questions: {P(ns[0])} {T(us_phone())}."


@tpl
def t_list_bullets():
    ns = []
    while len(ns) < 3:
        n = full() if rng.random() < 0.5 else sur_given()
        if n not in ns:
            ns.append(n)
    phones = [us_phone() for _ in ns]
    lines = "\n".join(f"- {P(n)} {T(p)}" for n, p in zip(ns, phones))
    return "list", f"Phone tree for {K(pick(['Mom', 'Grandma', 'Dad']))}:\n{lines}\nIf no answer call {K(pick(HELPLINES[:2]))}"


@tpl
def t_list_comma():
    ns = []
    while len(ns) < 3:
        g = given()
        if g not in ns:
            ns.append(g)
    return "list", f"{P(ns[0])}, {P(ns[1])} and {P(ns[2])} from the {K(pick(GROUPS))} signed the card for Dad. He's home after the {K(cond())} scare. Card goes to {L(us_address(False))}"


@tpl
def t_list_numbered():
    ns = [initials_name(), f"{given()} {cap_first(pick(MULTI_SUR))}", full()]
    return "list", f"Care team:\n1. {P(ns[0])} ({pick(['PCP', 'cardiology', 'neuro'])})\n2. {P(ns[1])} ({pick(ROLES)})\n3. {P(ns[2])} ({pick(ROLES)})\nCurrent meds: {K(drug())}, {K(drug())}"


@tpl
def t_lower_name():
    g, s = given().lower(), surname().lower()
    return "lower_case", f"{P(g + ' ' + s)} from the pharmacy called, the {K(drug().lower())} is on backorder. try {K(pick(['walgreens', 'cvs', 'costco']))}"


@tpl
def t_lower_address():
    nm = given().lower()
    addr = us_address(False).lower()
    return "lower_case", f"hey its {P(nm)}, mom moved in w us. new addr {L(addr)} pls update her {K('medicare')} stuff"


@tpl
def t_lower_pairs():
    a, b = given().lower(), given().lower()
    if a == b:
        b = US.first_name().lower()
    return "lower_case", f"{P(a)} and {P(b)} r doing nights this wk. {K('dad')} needs the {K(drug().lower())} at 10"


@tpl
def t_caps_alert():
    nm = full().upper()
    return "all_caps", f"URGENT: {P(nm)} FELL. AT {K('ER')} NOW. CALL ME {T(us_phone())}. HIS {K(drug().upper())} LIST IS ON THE FRIDGE"


@tpl
def t_caps_form():
    nm = sur_given().upper()
    return "all_caps", f"PATIENT: {P(nm)}\nDOB: {D(dob().upper())}\nSSN: {S(ssn())}\nDX: {K(cond().upper())}"


@tpl
def t_clin_soap():
    nm, rel, relname = sur_given(), pick(["daughter", "son", "wife", "husband", "niece"]), given()
    return "clinician_note", f"{P(nm)}  MRN {M(mrn()[1])}  DOB {D(dob())}\nS: {rel} {P(relname)} reports worsening {K(pick(BODY))} pain.\nA/P: {K(cond())}. Start {K(drug())}."


@tpl
def t_clin_terse():
    nm = initials_name()
    ph = pick(["pharmacist", "PT", "aide", "HHA"])
    other = full()
    return "clinician_note", f"Pt {P(nm)} seen. {K(pick(LABS))} stable. Spoke w/ {ph} {P(other)} ({T(us_phone())}) re {K(drug())}."


@tpl
def t_clin_mrs():
    fam = cap_first(surname())
    dr = cap_first(surname())
    return "clinician_note", f"Mrs. {P(fam)} here with {K(pick(['daughter', 'son', 'husband']))}. {K(cond())} f/u. Dr. {P(dr)} aware. Rx {K(drug())} sent to {K(pick(ORGS[:3]))}. Callback {T(us_phone())}."


@tpl
def t_clin_multi_sur():
    g, s = given(), pick(MULTI_SUR)
    return "clinician_note", f"{P(cap_first(s) + ', ' + g)}, {rng.randint(62, 99)}F. {K(cond())}. HCP: son {P(given())}. Med rec no. {M(mrn()[1])}."


@tpl
def t_run_on():
    a, b, c = given(), given(), cap_first(surname())
    while len({a, b}) < 2:
        b = US.first_name()
    return "run_on", f"so {P(a)} came over and said {K(pick(['Mom', 'Dad']))} wasn't making sense and I called {P(b)} who said it might be the {K(drug())} and then Dr. {P(c)}'s office said bring her in {K(pick(DAYS))} but {K(pick(C_BE))} not sure we can wait that long honestly, she lives out in {L(city_state())}"


@tpl
def t_run_on_addr():
    a = given()
    return "run_on", f"we finally got Grandpa into the new place at {L(us_address(False))} and the aide {P(a)} is really nice and she already knows about his {K(cond())} and the {K(drug())} so that's a relief"


@tpl
def t_form_intake():
    nm = full()
    return "form", f"Patient name: {P(nm)}\nDate of birth: {D(dob())}\nAddress: {L(us_address())}\nPhone: {T(us_phone())}\nEmail: {E(email(nm))}\nConditions: {K(cond())}"


@tpl
def t_form_insurance():
    nm = sur_given()
    lab, v = mrn()
    return "form", f"Subscriber (Last, First): {P(nm)}\nSubscriber SSN: {S(ssn())}\n{lab}: {M(v)}\nPlan: {K(pick(['Medicare', 'Humana', 'Blue Cross', 'Kaiser']))}"


@tpl
def t_form_emergency():
    a, b = full(), full()
    return "form", f"EMERGENCY CONTACTS\nPrimary: {P(a)} - {T(us_phone())}\nSecondary: {P(b)} - {T(us_phone())}\nPharmacy: {K(pick(ORGS[:3]))}\nAllergy: {K(pick(['penicillin', 'sulfa', 'codeine']))}"


@tpl
def t_form_payment():
    nm = full()
    return "form", f"Payment for {K('home health')} copay\nCardholder: {P(nm)}\n{pick(['Card', 'Credit card', 'Visa', 'cc'])}: {A(card())}\nBilling ZIP: {L(US.zipcode())}"


@tpl
def t_form_bank():
    nm = full()
    return "form", f"Direct deposit for caregiver stipend ({K('Medicaid')} waiver)\nName: {P(nm)}\nRouting number: {A(routing())}\nAccount number: {A(bank_acct())}"


@tpl
def t_general_billing():
    nm = full()
    return "general_text", f"Hi, I'm calling about a bill from {K(pick(ORGS))}. My father is {P(nm)}, born {D(dob())}, of {L(us_address(False))}. You can reach me at {E(email())} or {T(us_phone())}."


@tpl
def t_general_address_change():
    nm = full()
    return "general_text", f"Address change for {P(nm)}: please send mail to {L(special_address())} from {K(pick(MONTHS))} on. {K(pick(C_BE))} still at the same number."


@tpl
def t_general_url():
    nm = full()
    return "general_text", f"For everyone asking about {K(pick(['Mom', 'Dad']))}'s {K(cond())}, I'm posting updates at {U(url(nm))}. - {P(nm)}"


@tpl
def t_general_card():
    nm = given()
    return "general_text", f"{K(pick(['Mom', 'Dad']))} gave her card number to a caller who said he was from {K('Medicare')}!! It was {A(card())}. I already called the bank. - {P(nm)}"


@tpl
def t_general_ssn():
    nm = full()
    return "general_text", f"The {K('Social Security')} office needs Grandpa's number again: {S(ssn())}. Name on card {P(nm)}. {K(pick(C_WILL))} bring the original {K(pick(DAYS))}."


@tpl
def t_general_city():
    nm, c = given(), US.city()
    return "general_text", f"{P(nm)} is driving {K('Grandma')} up from {L(c)} on {K(pick(DAYS))} for the {K(cond())} clinic. {P(nm)}'s cell is {T(us_phone())}."


@tpl
def t_general_cityst():
    nm = full()
    return "general_text", f"Sister {P(nm.split()[0])} lives in {L(city_state())}, she can take Dad for {K(pick(MONTHS))}. His {K(drug())} is mail order."


@tpl
def t_nick():
    formal, nick = nick_pair()
    sur = cap_first(surname())
    return "nickname", f"{P(formal + ' ' + sur)} (everyone calls him {P(nick)}) needs his {K(drug())} renewed. {P(nick)} says the {K(pick(BODY))} is better. Reach him at {T(us_phone())}."


@tpl
def t_nick_quotes():
    formal, nick = nick_pair()
    sur = cap_first(surname())
    full_nm = formal + ' "' + nick + '" ' + sur
    return "nickname", f"Contact: {P(full_nm)} - {T(us_phone())} - handles {K(pick(['Mom', 'Dad']))}'s {K(drug())}"


@tpl
def t_typo():
    a = given().lower()
    return "typo_phone", f"{P(a)} cna u chek if {K('granpa')} tok his {K(pick(['metforman', 'lisinipril', 'eliquis', 'lasix']))} im stuk at wrk. call {T(us_phone())}"


@tpl
def t_typo2():
    a, b = given(), given()
    return "typo_phone", f"omw!! tel {P(a)} im 10 min. {K('Mom')}s {K(pick(['bp', 'sugar', 'oxygen']))} ok?? {P(b)} said it was low"


@tpl
def t_older():
    nm = full()
    gc = given()
    return "older_typing", f"Dear  Nurse.  This  is {P(nm)} .  My grandson  {P(gc)}  said to write here.  I  need  my {K(drug())}  filled.  My  phone  is  {T(us_phone())}  .  Thank  you."


@tpl
def t_older_dob():
    nm = full()
    return "older_typing", f"my name is {P(nm)} i was born {D(dob())} and i want to know why {K('Medicare')} did not pay for my {K(pick(['glasses', 'hearing aids', 'walker', 'cataract surgery']))}"


@tpl
def t_quoted():
    a, b = given(), cap_first(surname())
    return "quoted", f"You said: \"{P(a)} thinks the {K(drug())} is making him {K(pick(['sleepy', 'dizzy', 'confused']))}\" - I asked Dr. {P(b)} ({T(us_phone())}) and she said cut it in half"


@tpl
def t_intl_person():
    loc = pick(LATIN_LOC)
    nm, _ = intl_name(loc)
    ph, _ = intl_phone(loc)
    return "international", f"My cousin {P(nm, True)} will help with {K(pick(['Mom', 'Dad']))} while we travel. Her number is {T(ph, True)}. She knows about the {K(drug())}. Email {E(FK[loc].email(), True)}."


@tpl
def t_intl_address():
    addr, loc = intl_address()
    nm, _ = intl_name(loc if loc in FK else None)
    return "international", f"Grandma's sister {P(nm, True)} lives at:\n{L(addr, True)}\nPlease send the {K(cond())} leaflet there."


@tpl
def t_intl_iban():
    nm, loc = intl_name(pick(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "en_GB"]))
    lab = pick(["IBAN", "iban", "IBAN:", "", "bank (IBAN)"])
    return "international", f"To pay the carer {P(nm, True)} for {K(pick(MONTHS))}: {lab} {A(iban(), True)}. She looks after {K('Oma')} and her {K(cond())}."


@tpl
def t_intl_iban_plain():
    nm = full()
    return "general_text", f"{K(pick(C_NEG))} mail a check. Send the refund for Mom's {K('physical therapy')} to her European account {A(iban(), True)} - account holder {P(nm)}"


@tpl
def t_intl_phone_mix():
    loc = pick(LATIN_LOC + SCRIPT_LOC)
    ph, _ = intl_phone(loc)
    ph2 = us_phone()
    nm = given()
    return "international", f"{P(nm)} here. I'm abroad until {K(pick(MONTHS))}, use {T(ph, True)} not my US cell {T(ph2)}. Dad's {K(drug())} is in the cabinet."


@tpl
def t_script():
    nm, loc = script_name()
    city = FK[loc].city()
    return "multi_script", f"Dad's friend {P(nm, True)} from {L(city, True)} called. He also takes {K(drug())} for his {K(cond())}."


@tpl
def t_script_list():
    n1, l1 = script_name()
    n2, l2 = intl_name(pick(LATIN_LOC))
    return "multi_script", f"Visitors this week: {P(n1, True)}, {P(n2, True)} and {P(given())}. {K(pick(['Grandma', 'Grandpa']))} was happy but tired, skipped the {K(drug())}."


@tpl
def t_clin_dob_mrn():
    nm = f"{cap_first(surname())}, {given()} {pick(string.ascii_uppercase)}."
    lab, v = mrn()
    return "clinician_note", f"Name: {P(nm)}  DOB: {D(dob())}  {lab}: {M(v)}\n{K(cond())}; {K(pick(LABS))} pending. Called pharmacist {P(given())} at {K(pick(ORGS[:3]))}."


@tpl
def t_helpline():
    nm = given()
    return "general_text", f"{K(pick(C_BE))} worried about {K('Dad')}. He {K(pick(C_NOT))} talk to me about it. If he talks about hurting himself call {K('988')}. If he takes too many {K(drug())} call Poison Control {K('1-800-222-1222')}. My cell {T(us_phone())}. -{P(nm)}"


@tpl
def t_vanity():
    nm = full()
    return "general_text", f"{P(nm)} runs the ramp business that built Dad's ramp, call {T(vanity_phone())} or {T(us_phone())}. Tell him {K('Grandpa')} sent you."


@tpl
def t_email_only():
    nm = full()
    e = email(nm)
    return "general_text", f"Please send the {K(pick(LABS))} results to {E(e)} instead of mailing them. {K(pick(C_BE))} travelling in {K(pick(MONTHS))}."


@tpl
def t_birthday():
    nm = given()
    return "general_text", f"{P(nm)}'s birthday is {D(dob())} so {K(pick(['Medicare', 'the pharmacy', 'Walgreens']))} needs that to release the {K(drug())}"


@tpl
def t_caps_words():
    a, b = pick(WORD_GIVEN), pick(WORD_SUR)
    return "all_caps", f"NOTE: {P(a.upper())} {P(b.upper())} FROM THE {K(pick(GROUPS).upper())} WILL DRIVE {K('MOM')} ON {K(pick(DAYS).upper())}. {K(drug().upper())} AT NOON."


@tpl
def t_word_names_sentence():
    a, b = pick(WORD_GIVEN), pick(WORD_SUR)
    c = pick(WORD_SUR)
    while c == b:
        c = pick(WORD_SUR)
    return "general_text", f"{P(a)} said Mr. {P(c)} across the street saw {K('Grandpa')} fall. {P(b)} from {K(pick(ORGS))} is sending someone. {K(pick(C_BE))} calling the {K('nurse line')} at {T(us_phone())}."


@tpl
def t_military():
    nm = full()
    return "general_text", f"My grandson {P(nm)} is stationed overseas, his mail: {L(pick([US.military_apo(), US.military_dpo(), US.military_ship()]))}. He wants updates on Grandma's {K(cond())}."


@tpl
def t_mbi():
    nm = full()
    return "general_text", f"New {K('Medicare')} card came for {P(nm)}. Number {M(mbi())}. {K(pick(C_WILL))} keep the old one in the folder."


@tpl
def t_form_full():
    nm, ec = full(), full()
    lab, v = mrn()
    return "form", (f"NEW PATIENT REGISTRATION\nName: {P(nm)}\nDOB: {D(dob())}\nSSN: {S(ssn())}\n"
                    f"Home address: {L(us_address())}\nCell: {T(us_phone())}\nEmail: {E(email(nm))}\n{lab}: {M(v)}\n"
                    f"Emergency contact: {P(ec)} ({pick(['daughter', 'son', 'neighbor', 'friend'])}) {T(us_phone())}\n"
                    f"Current medications: {K(drug())}, {K(drug())}")


@tpl
def t_fwd_chain():
    a, b, c = full(), full(), given()
    while c in a or c in b:
        c = US.first_name()
    return "forwarded", (f"From: {P(a)} <{E(email(a))}>\nTo: {P(b)} <{E(email(b))}>\nSubject: Re: {K(pick(['Mom', 'Dad']))} this week\n\n"
                         f"{P(c)} says the {K(drug())} was switched. Dr. {P(cap_first(surname()))} wants a {K(pick(LABS))} on {K(pick(DAYS))}.\n"
                         f"> {K(pick(C_WILL))} pick her up at 9 - {P(c)}")


@tpl
def t_url_posts():
    nm = full()
    g = given()
    return "general_text", (f"Updates on {K(pick(['Mom', 'Dad', 'Grandpa']))}'s {K(cond())}: {U(url(nm))}\n"
                            f"Meal sign-up run by {P(g)}: {U(url(g))}\n{K(pick(C_BE))} grateful. - {P(nm)}")


@tpl
def t_url_sig():
    nm = full()
    return "signature", (f"The {K(pick(GROUPS))} meets {K(pick(DAYS))} at 10, bring water.\n\n{P(nm)} | volunteer coordinator\n"
                         f"{U(url(nm))} | {T(us_phone())}")


@tpl
def t_ssn_note():
    nm = sur_given()
    return "clinician_note", (f"Financial counseling: {P(nm)}, SSN {S(ssn())}, applying for {K('Medicaid')} spend-down. "
                              f"Son {P(given())} at {T(us_phone())}. Dx {K(cond())}.")


@tpl
def t_ssn_text():
    nm = given().lower()
    return "lower_case", f"{P(nm)} here, dads ss# is {S(ssn())} and moms is {S(ssn())} for the {K('medicare')} forms. dont share pls"


@tpl
def t_clin_handoff():
    pt = sur_given()
    nurses = []
    while len(nurses) < 3:
        x = pick([given(), full(), initials_name()])
        if x not in nurses and not any(x in y or y in x for y in nurses):
            nurses.append(x)
    return "clinician_note", (f"Handoff {P(pt)} (rm {rng.randint(200, 450)}): {K(cond())}, on {K(drug())}. Day RN {P(nurses[0])} -> night RN {P(nurses[1])}. "
                              f"Aide {P(nurses[2])} noted {K(pick(BODY))} redness. Family: {pick(['wife', 'son', 'daughter'])} {P(given())} {T(us_phone())}.")


@tpl
def t_speaker_long():
    ns = []
    while len(ns) < 4:
        g = pick([given(), given().lower(), cap_first(surname())])
        if g not in ns and not any(g.lower() in y.lower() or y.lower() in g.lower() for y in ns):
            ns.append(g)
    return "speaker_label", (f"{P(ns[0])}: who's on tonight\n{P(ns[1])}: me. gave the {K(drug())}\n{P(ns[2])}: {K(pick(C_WILL))} cover {K(pick(DAYS))}\n"
                             f"{P(ns[3])}: {K(pick(['Grandma', 'Mom']))} asked for {P(ns[0])} again lol")


@tpl
def t_list_contacts():
    rows = []
    used = set()
    while len(rows) < 3:
        n = pick([full(), sur_given(), initials_name()])
        if n in used:
            continue
        used.add(n)
        rows.append(f"{P(n)} | {pick(ROLES)} | {T(us_phone())} | {E(email(n))}")
    return "list", "Contacts for Grandpa's " + K(cond()) + " care:\n" + "\n".join(rows)


@tpl
def t_intl_form():
    loc = pick(["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "it_IT", "nl_NL", "es_ES", "pl_PL", "en_CA", "en_AU"])
    nm = FK[loc].name()
    addr = FK[loc].address()
    return "international", (f"Overseas contact form\nName: {P(nm, True)}\nAddress: {L(addr, True)}\nPhone: {T(intl_phone(loc)[0], True)}\n"
                             f"Email: {E(FK[loc].email(), True)}\nRelation: {K(pick(['sister', 'cousin', 'niece']))}\nNotes: knows about the {K(drug())}")


TEMPLATES.extend([t_form_full, t_form_full, t_fwd_chain, t_fwd_chain, t_url_posts, t_url_posts, t_url_sig,
                  t_ssn_note, t_ssn_text, t_clin_handoff, t_clin_handoff, t_speaker_long, t_list_contacts,
                  t_list_contacts, t_intl_form, t_intl_form, t_form_payment, t_form_bank, t_intl_iban, t_list_bullets,
                  t_clin_soap, t_word_names_sentence])  # weighted toward the denser templates  # weighted a little


def build():
    records = []
    for fn in ["hand_a.txt", "hand_b.txt"]:
        for style, body in read_hand(HERE / fn):
            text, ids, keep = parse(body)
            probs = record_problems(text, ids, keep)
            if probs:
                print("HAND PROBLEM", style, repr(text[:60]), probs)
            records.append(("hand", style, text, ids, keep))
    order = []
    while len(order) < N_TEMPLATE:
        batch = TEMPLATES[:]
        rng.shuffle(batch)
        order.extend(batch)
    order = order[:N_TEMPLATE]
    for f in order:
        for _ in range(50):
            style, mk = f()
            text, ids, keep = parse(mk)
            if not record_problems(text, ids, keep, strict=True):
                break
        else:
            raise SystemExit(f"template {f.__name__} keeps failing")
        records.append(("template", style, text, ids, keep))
    # interleave so hand and template lines are mixed, deterministically
    rng.shuffle(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, (src, style, text, ids, keep) in enumerate(records):
            fh.write(json.dumps({"id": f"hd31-{i:03d}", "style": style, "text": text, "identifiers": ids,
                                 "keep": keep, "source": src}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    build()
