"""Build handwritten_dev65.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup: see hand_parse.py / header of hand/01_family_chat.txt).
2. Fill the rest with messages from the templates below (written for dev65 only), using Faker values and
   my own formats, with a fixed seed.
Every template message is checked with validate.check_message() plus a stricter consistency check
(every occurrence of an identifier text in the message must come from an identifier slot); a failing draw is
re-drawn.

Run: /work/main/.venv/bin/python build.py
"""
import json
import os
import random
import string
import sys

from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from hand_parse import parse_all  # noqa: E402
from validate import check_message, occurrences  # noqa: E402

SEED = 6565
N_TEMPLATE = 222
OUT = os.path.join(HERE, "handwritten_dev65.jsonl")

R = random.Random(SEED)
Faker.seed(SEED)
FK = {}


def fk(loc):
    if loc not in FK:
        f = Faker(loc)
        f.seed_instance(SEED + len(FK) * 101)
        FK[loc] = f
    return FK[loc]


# ---------------------------------------------------------------- segments
class I:  # identifier slot
    def __init__(self, text, typ, region="US"):
        self.text, self.typ, self.region = text, typ, region


class K:  # keep word
    def __init__(self, text):
        self.text = text


PER, LOC, PHO, EMA, URL_, SSN, MRN, DOB, ACC = ("PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL",
                                                "US_SSN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER")


def P(t, reg="US"):
    return I(t, PER, reg)


def assemble(style, segs, case=None):
    """segs: list of str / I / K (nested lists allowed). case: None, 'lower', 'upper'."""
    flat = []

    def walk(x):
        if isinstance(x, (list, tuple)):
            for y in x:
                walk(y)
        elif x is not None and x != "":
            flat.append(x)

    walk(segs)
    tf = {None: lambda s: s, "lower": str.lower, "upper": str.upper}[case]
    text, ids, keep, spans = "", {}, [], []
    for s in flat:
        if isinstance(s, I):
            t = tf(s.text)
            if t in ids and ids[t] != (s.typ, s.region):
                raise ValueError("conflicting labels")
            ids.setdefault(t, (s.typ, s.region))
            spans.append((len(text), len(text) + len(t)))
            text += t
        elif isinstance(s, K):
            t = tf(s.text)
            if t not in keep:
                keep.append(t)
            text += t
        else:
            text += tf(s)
    # consistency: every occurrence of an identifier text lies inside some identifier slot
    for t in ids:
        for a, b in occurrences(text, t):
            if not any(x <= a and b <= y for x, y in spans):
                raise ValueError(f"stray occurrence of {t!r}")
    return {"style": style, "text": text,
            "identifiers": [{"text": t, "type": ty, "region": rg} for t, (ty, rg) in ids.items()],
            "keep": keep, "source": "template"}


# ---------------------------------------------------------------- word pools (mine)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "sertraline", "oxycodone",
         "atorvastatin", "amlodipine", "losartan", "gabapentin", "levothyroxine", "Synthroid", "Xarelto", "Jardiance",
         "Ozempic", "Lantus", "prednisone", "albuterol", "Symbicort", "Spiriva", "donepezil", "Namenda", "Sinemet",
         "carbidopa-levodopa", "tramadol", "Tylenol", "ibuprofen", "aspirin 81", "clopidogrel", "metoprolol",
         "carvedilol", "furosemide", "spironolactone", "hydrochlorothiazide", "omeprazole", "pantoprazole",
         "famotidine", "Zofran", "Keppra", "lamotrigine", "quetiapine", "trazodone", "buspirone", "escitalopram",
         "duloxetine", "bupropion", "alendronate", "vitamin D3", "fish oil", "St. John's wort", "turmeric",
         "magnesium oxide", "Humira", "methotrexate", "Entresto", "digoxin", "amiodarone", "tamsulosin", "Flomax",
         "Narcan", "Suboxone", "buprenorphine", "methadone", "Paxlovid", "amoxicillin", "doxycycline", "Bactrim",
         "nitrofurantoin", "insulin glargine", "Trulicity", "Mounjaro", "hydroxychloroquine", "allopurinol",
         "colchicine", "finasteride", "oxybutynin", "memantine", "ropinirole", "baclofen", "cyclobenzaprine"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "dementia", "type 2 diabetes", "CHF", "heart failure", "hypertension", "chronic kidney disease",
         "sleep apnea", "osteoporosis", "osteoarthritis", "rheumatoid arthritis", "lupus", "multiple sclerosis",
         "ALS", "epilepsy", "migraines", "depression", "anxiety", "bipolar disorder", "PTSD", "asthma", "pneumonia",
         "UTI", "cellulitis", "shingles", "gout", "GERD", "Crohn's", "hypothyroidism", "anemia",
         "macular degeneration", "glaucoma", "neuropathy", "sciatica", "stroke", "DVT", "breast cancer",
         "prostate cancer", "lymphoma", "diverticulitis", "vertigo", "pressure ulcer"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "TSH", "CBC", "BMP", "lipid panel", "eGFR", "creatinine", "BNP",
        "PSA", "urinalysis", "potassium level", "vitamin B12 level", "ferritin"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankle", "wrist", "kidneys", "lungs", "colon", "bladder",
        "heel", "right eye", "left foot"]
PROCS = ["MRI", "colonoscopy", "echocardiogram", "CT scan", "sleep study", "cataract surgery", "knee replacement",
         "physical therapy", "dialysis", "chemo", "home oxygen", "CPAP supplies", "wheelchair", "hospital bed",
         "mammogram", "bone density scan", "stress test", "cardiac rehab", "wound care", "infusion"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Cleveland Clinic", "Rite Aid",
        "Blue Cross", "Aetna", "Humana", "Cigna", "UnitedHealthcare", "Costco pharmacy", "the VA"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
RELS = ["Daughter", "Son", "Grandson", "Granddaughter", "Niece", "Nephew", "Wife", "Husband", "Sister", "Brother",
        "Neighbor", "Cousin", "Aunt", "Uncle", "Stepdaughter", "Caregiver"]
PARENT = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Mama", "Granny", "Pop", "Abuela", "Oma"]
HELPLINES = ["988", "1-800-222-1222", "1-800-MEDICARE", "211"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "Can't", "He's", "It's", "They're", "Didn't", "Won't"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Stone", "Little", "King", "Price",
                 "Hunt", "Bell", "Long", "Rice", "Fox", "Lane", "Cook", "Gray", "Sharp", "Banks", "Fields", "Waters",
                 "Knight", "Rivers", "Moody", "Frost", "Church", "Snow", "Bush", "Marsh", "Webb", "Mills", "Page"]
AMBIG_FIRST = {"will", "mark", "bill", "joy", "hope", "grace", "may", "june", "april", "august", "dawn", "faith",
               "art", "ray", "sue", "pat", "don", "jack", "frank", "rich", "chance", "max", "lane", "young", "park",
               "hill", "reed", "rose", "gay", "sunny", "summer", "autumn", "iris", "ivy", "dale", "glen", "guy",
               "major", "king", "price", "long", "gray", "sharp", "bell", "fox", "cook", "page", "miles", "penny",
               "ruby", "pearl", "amber", "hunter", "chase", "carol", "christian", "sky", "river", "stone", "wood",
               "rice", "hunt", "little", "waters", "banks", "fields", "snow", "bush", "marsh", "mills", "church",
               "brown", "frost", "moody", "rivers", "knight", "webb", "drew", "cole", "gene", "jean", "mercy",
               "an", "so", "bo", "jo", "al", "ed", "ty", "ana", "el", "la", "le", "de", "van", "von", "oh"}


def pick(x):
    return R.choice(x)


def chance(p):
    return R.random() < p


def digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def letters(n, pool=string.ascii_uppercase):
    return "".join(R.choice(pool) for _ in range(n))


# ---------------------------------------------------------------- people
US_NAME_LOCS = ["en_US"] * 10 + ["es_MX", "es_MX", "vi_VN", "en_IN", "fil_PH", "pl_PL", "it_IT", "fr_FR", "de_DE",
                                 "ko_KR_rom", "zh_CN_rom", "ja_JP_rom", "ar_rom", "pt_BR", "nl_NL", "tr_TR", "ru_rom"]
AR_FIRST = ["Omar", "Fatima", "Youssef", "Layla", "Khalid", "Noor", "Hassan", "Amira", "Tariq", "Rania", "Samir", "Huda"]
AR_LAST = ["Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Farouk", "Qureshi", "Hamdan", "Aziz", "Darwish"]
RU_PEOPLE = [("Olga", "Ivanova"), ("Dmitri", "Sokolov"), ("Svetlana", "Kuznetsova"), ("Igor", "Volkov"),
             ("Natasha", "Smirnova"), ("Alexei", "Orlov"), ("Irina", "Lebedeva"), ("Yuri", "Morozov"),
             ("Galina", "Petrova"), ("Boris", "Petrov"), ("Vera", "Volkova"), ("Sergei", "Kuznetsov")]


def _ok_name(s):
    return s and all(ch.isalpha() or ch in " '-." for ch in s) and len(s) > 1


GENDER_LOCS = ["en_US"] * 10 + ["es_MX", "vi_VN", "en_IN", "fil_PH", "pl_PL", "it_IT", "fr_FR", "de_DE", "pt_BR", "nl_NL", "tr_TR"]


def us_person(allow_word_surname=True, gender=None):
    """(first, last) of someone living in the US (region US). gender: None, 'F' or 'M'."""
    for _ in range(50):
        loc = pick(US_NAME_LOCS) if gender is None else pick(GENDER_LOCS)
        if loc == "ko_KR_rom":
            first, last = pick(["Min-jun", "Ji-woo", "Seo-yeon", "Hyun", "Eun-ji", "Dong-hyun"]), pick(
                ["Kim", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon"])
        elif loc == "zh_CN_rom":
            f = fk("zh_CN")
            first, last = f.first_romanized_name().capitalize(), f.last_romanized_name().capitalize()
        elif loc == "ja_JP_rom":
            f = fk("ja_JP")
            first, last = f.first_romanized_name(), f.last_romanized_name()
        elif loc == "ar_rom":
            first, last = pick(AR_FIRST), pick(AR_LAST)
        elif loc == "ru_rom":
            first, last = pick(RU_PEOPLE)
        else:
            f = fk(loc)
            first = {None: f.first_name, "F": f.first_name_female, "M": f.first_name_male}[gender]()
            last = f.last_name()
        if allow_word_surname and chance(0.12):
            last = pick(WORD_SURNAMES)
        if _ok_name(first) and _ok_name(last) and first.lower() not in AMBIG_FIRST:
            return first, last
    return "Dolores", "Whitaker"


INTL_NAME = {  # (locale, script note)
    "UK": "en_GB", "IE": "en_IE", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "MX": "es_MX", "BR": "pt_BR",
    "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "JP": "ja_JP", "CN": "zh_CN", "KR": "ko_KR", "IN": "en_IN",
    "SA": "ar_SA", "RU": "ru_RU", "TR": "tr_TR", "VN": "vi_VN", "PH": "fil_PH", "CA": "en_CA", "AU": "en_AU",
}


def intl_person(cc, gender=None):
    f = fk(INTL_NAME[cc])
    for _ in range(30):
        first = {None: f.first_name, "F": f.first_name_female, "M": f.first_name_male}[gender]()
        last = f.last_name()
        if cc in ("JP", "CN", "KR"):
            if " " in first or " " in last:
                continue
            full = last + (" " if cc == "JP" and chance(0.5) else "") + first
            return first, last, full
        if cc == "RU":
            return first, last, pick([f"{first} {last}", f"{last} {first}"])
        if cc == "SA":
            if any(x in first + last for x in ["ال أستاذ", "الدكتور"]):
                continue
        if cc == "VN":
            return first, last, f"{last} {first}"
        if _ok_name(first.replace("ʻ", "")) or cc in ("SA",):
            return first, last, f"{first} {last}"
    return first, last, f"{first} {last}"


def name_forms(first, last):
    """A few ways to write a US person's full name."""
    return pick([f"{first} {last}", f"{first} {last}", f"{first} {last}", f"{last}, {first}",
                 f"{first} {letters(1)}. {last}", f"{first.upper()} {last.upper()}", f"{last.upper()}, {first.upper()}"])


# ---------------------------------------------------------------- US phones
AREA = ["212", "312", "415", "617", "713", "404", "305", "602", "206", "503", "303", "314", "412", "216", "502",
        "615", "901", "504", "405", "918", "316", "402", "515", "608", "414", "612", "651", "701", "605", "406",
        "208", "801", "702", "505", "915", "210", "512", "469", "972", "832", "281", "786", "954", "813", "407",
        "904", "912", "843", "919", "704", "336", "757", "804", "540", "301", "410", "302", "215", "267", "570",
        "717", "718", "347", "516", "631", "914", "845", "518", "315", "716", "585", "607", "860", "203", "401",
        "508", "413", "603", "802", "207", "907", "808", "530", "559", "661", "760", "909", "951", "714", "949",
        "626", "818", "323", "510", "408", "916", "209", "541", "360", "509", "785", "316", "479", "501", "601",
        "662", "205", "251", "334", "256", "423", "865", "931", "270", "606", "859", "304", "330", "419", "937"]


def us_phone(ext=None):
    a = pick(AREA)
    e = "555" if chance(0.45) else str(R.randint(201, 989))
    n = ("01" + digits(2)) if e == "555" else digits(4)
    fmt = pick(["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a}{e}{n}", "+1 {a} {e} {n}",
                "1-{a}-{e}-{n}", "001-{a}-{e}-{n}", "+1 ({a}) {e}-{n}", "{a} {e} {n}", "({a}){e}-{n}",
                "+1-{a}-{e}-{n}", "1 ({a}) {e} {n}"])
    s = fmt.format(a=a, e=e, n=n)
    if ext is None:
        ext = chance(0.15)
    if ext:
        s += pick([" x" + digits(R.randint(2, 4), True), " ext. " + digits(R.randint(1, 3), True),
                   " extension " + str(R.randint(1, 9)), " ext " + digits(3, True), " X" + digits(3, True)])
    return s


VANITY = ["FLOWERS", "PLUMBER", "ROOFING", "GUTTERS", "TAXI-NOW", "CAKE-LADY", "MOW-LAWN", "FIX-PIPE", "DOG-WASH",
          "PIANO-11", "HAULING", "TUTOR-ME", "SEW-HEMS", "BAKE-PIE", "CAR-FIXX"]


def vanity_phone():
    return pick(["1-800-", "1-888-", "1-877-", "1-866-", "(800) ", "800-"]) + pick(VANITY)


# ---------------------------------------------------------------- international phones
def intl_phone(cc):
    d = digits
    fmts = {
        "UK": [lambda: f"+44 20 7946 0{d(3)}", lambda: f"020 7946 0{d(3)}", lambda: f"07700 900{d(3)}",
               lambda: f"+44 7700 900{d(3)}", lambda: f"0161 496 0{d(3)}", lambda: f"+44 (0)113 496 0{d(3)}"],
        "IE": [lambda: f"+353 1 {d(3)} {d(4)}", lambda: f"087 {d(3)} {d(4)}", lambda: f"(01) {d(3)} {d(4)}"],
        "DE": [lambda: f"+49 30 {d(7)}", lambda: f"030 {d(8)}", lambda: f"+49 170 {d(7)}", lambda: f"0171 {d(7)}",
               lambda: f"+49 (0)89 {d(3)} {d(4)}", lambda: f"0221/{d(6)}"],
        "FR": [lambda: f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"01 {d(2)} {d(2)} {d(2)} {d(2)}",
               lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
               lambda: f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
        "ES": [lambda: f"+34 91{d(1)} {d(3)} {d(3)}", lambda: f"6{d(2)} {d(2)} {d(2)} {d(2)}",
               lambda: f"+34 6{d(2)} {d(3)} {d(3)}"],
        "MX": [lambda: f"+52 55 {d(4)} {d(4)}", lambda: f"55 {d(4)} {d(4)}", lambda: f"+52 1 33 {d(4)} {d(4)}",
               lambda: f"(81) {d(4)}-{d(4)}", lambda: f"044 55 {d(4)} {d(4)}"],
        "BR": [lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(21) 9{d(4)}-{d(4)}", lambda: f"+55 31 {d(4)}-{d(4)}",
               lambda: f"(11) {d(4)}-{d(4)}"],
        "IT": [lambda: f"+39 06 {d(4)} {d(4)}", lambda: f"3{d(2)} {d(3)} {d(4)}", lambda: f"+39 3{d(2)} {d(3)} {d(4)}",
               lambda: f"02 {d(4)} {d(4)}"],
        "NL": [lambda: f"+31 20 {d(3)} {d(4)}", lambda: f"06-{d(8)}", lambda: f"+31 6 {d(8)}", lambda: f"010 {d(3)} {d(4)}"],
        "PL": [lambda: f"+48 22 {d(3)} {d(2)} {d(2)}", lambda: f"{R.randint(5, 8)}{d(2)} {d(3)} {d(3)}",
               lambda: f"+48 {R.randint(5, 8)}{d(2)} {d(3)} {d(3)}"],
        "JP": [lambda: f"+81 3-{d(4)}-{d(4)}", lambda: f"03-{d(4)}-{d(4)}", lambda: f"090-{d(4)}-{d(4)}",
               lambda: f"+81 90 {d(4)} {d(4)}", lambda: f"06-{d(4)}-{d(4)}"],
        "CN": [lambda: f"+86 10 {d(4)} {d(4)}", lambda: f"13{d(1)} {d(4)} {d(4)}", lambda: f"+86 13{d(1)} {d(4)} {d(4)}",
               lambda: f"021-{d(8)}"],
        "KR": [lambda: f"+82 2-{d(3)}-{d(4)}", lambda: f"010-{d(4)}-{d(4)}", lambda: f"+82 10 {d(4)} {d(4)}",
               lambda: f"02-{d(4)}-{d(4)}"],
        "IN": [lambda: f"+91 9{d(4)} {d(5)}", lambda: f"09{d(3)} {d(6)}", lambda: f"+91 22 {d(4)} {d(4)}",
               lambda: f"080 {d(4)} {d(4)}", lambda: f"+91-9{d(9)}"],
        "SA": [lambda: f"+966 5{d(1)} {d(3)} {d(4)}", lambda: f"05{d(1)} {d(3)} {d(4)}", lambda: f"011 {d(3)} {d(4)}"],
        "RU": [lambda: f"+7 495 {d(3)}-{d(2)}-{d(2)}", lambda: f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}",
               lambda: f"+7 9{d(2)} {d(3)} {d(2)} {d(2)}"],
        "TR": [lambda: f"+90 212 {d(3)} {d(2)} {d(2)}", lambda: f"05{d(2)} {d(3)} {d(2)} {d(2)}",
               lambda: f"+90 5{d(2)} {d(3)} {d(4)}"],
        "VN": [lambda: f"+84 24 {d(4)} {d(4)}", lambda: f"09{d(2)} {d(3)} {d(3)}", lambda: f"+84 9{d(1)} {d(3)} {d(4)}"],
        "PH": [lambda: f"+63 2 8{d(3)} {d(4)}", lambda: f"09{d(2)} {d(3)} {d(4)}", lambda: f"+63 9{d(2)} {d(3)} {d(4)}"],
        "CA": [lambda: f"({pick(['416', '647', '604', '514', '403', '613', '902', '204'])}) 555-01{d(2)}",
               lambda: f"+1 {pick(['604', '778', '587'])} {d(3, True)} {d(4)}",
               lambda: f"{pick(['514', '438', '905'])}-{d(3, True)}-{d(4)}"],
        "AU": [lambda: f"+61 2 {d(4)} {d(4)}", lambda: f"04{d(2)} {d(3)} {d(3)}", lambda: f"(03) {d(4)} {d(4)}"],
    }
    return pick(fmts[cc])()


# ---------------------------------------------------------------- US addresses
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Tulsa", "OK", "741"),
             ("Omaha", "NE", "681"), ("Boise", "ID", "837"), ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"),
             ("Eugene", "OR", "974"), ("Fresno", "CA", "937"), ("Oakland", "CA", "946"), ("Riverside", "CA", "925"),
             ("Mesa", "AZ", "852"), ("Tucson", "AZ", "857"), ("El Paso", "TX", "799"), ("San Antonio", "TX", "782"),
             ("Lubbock", "TX", "794"), ("Laredo", "TX", "780"), ("Shreveport", "LA", "711"), ("Jackson", "MS", "392"),
             ("Mobile", "AL", "366"), ("Huntsville", "AL", "358"), ("Macon", "GA", "312"), ("Savannah", "GA", "314"),
             ("Tampa", "FL", "336"), ("Orlando", "FL", "328"), ("Hialeah", "FL", "330"), ("Charlotte", "NC", "282"),
             ("Durham", "NC", "277"), ("Greenville", "SC", "296"), ("Knoxville", "TN", "379"), ("Memphis", "TN", "381"),
             ("Louisville", "KY", "402"), ("Toledo", "OH", "436"), ("Flint", "MI", "485"), ("Grand Rapids", "MI", "495"),
             ("Madison", "WI", "537"), ("Green Bay", "WI", "543"), ("Duluth", "MN", "558"), ("Fargo", "ND", "581"),
             ("Sioux Falls", "SD", "571"), ("Billings", "MT", "591"), ("Cheyenne", "WY", "820"), ("Provo", "UT", "846"),
             ("Reno", "NV", "895"), ("Albuquerque", "NM", "871"), ("Pueblo", "CO", "810"), ("Wichita", "KS", "672"),
             ("Des Moines", "IA", "503"), ("Peoria", "IL", "616"), ("Gary", "IN", "464"), ("Fort Wayne", "IN", "468"),
             ("Erie", "PA", "165"), ("Scranton", "PA", "185"), ("Camden", "NJ", "081"), ("Paterson", "NJ", "075"),
             ("Yonkers", "NY", "107"), ("Buffalo", "NY", "142"), ("Albany", "NY", "122"), ("Hartford", "CT", "061"),
             ("Providence", "RI", "029"), ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Nashua", "NH", "030"),
             ("Burlington", "VT", "054"), ("Bangor", "ME", "044"), ("Baltimore", "MD", "212"), ("Dover", "DE", "199"),
             ("Richmond", "VA", "232"), ("Norfolk", "VA", "235"), ("Charleston", "WV", "253"), ("Anchorage", "AK", "995"),
             ("Hilo", "HI", "967"), ("Little Rock", "AR", "722"), ("Kansas City", "MO", "641"), ("St. Paul", "MN", "551"),
             ("Brooklyn", "NY", "112"), ("Bronx", "NY", "104"), ("Chicago", "IL", "606"), ("Houston", "TX", "770"),
             ("Phoenix", "AZ", "850"), ("Philadelphia", "PA", "191"), ("Detroit", "MI", "482"), ("Cleveland", "OH", "441")]
STATE_FULL = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CA": "California", "FL": "Florida", "NY": "New York",
              "GA": "Georgia", "WA": "Washington", "PA": "Pennsylvania", "MI": "Michigan", "AZ": "Arizona",
              "NC": "North Carolina", "TN": "Tennessee", "MA": "Massachusetts", "VA": "Virginia", "MN": "Minnesota"}
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Lake", "Church", "Main", "Walnut",
           "Sunset", "Highland", "Ridge", "Meadow", "Willow", "Cherry", "Forest", "River", "Spring", "Mill", "Jackson",
           "Franklin", "Madison", "Adams", "Jefferson", "Center", "Chestnut", "Dogwood", "Magnolia", "Peachtree",
           "Sycamore", "Hickory", "Birch", "Aspen", "Juniper", "Prairie", "Canyon", "Mesa Verde", "Ocean", "Bay",
           "Harbor", "Vista", "Rio Grande", "Camino Real", "Martin Luther King Jr", "Cesar Chavez", "Lakeview",
           "Hillcrest", "Fairview", "Orchard", "Brookside", "Greenwood", "Kingsley", "Colonial", "Pleasant",
           "Poplar", "Locust", "Mulberry", "Holly", "Laurel", "Clover", "Wildwood", "Tanglewood", "Stonegate",
           "Riverbend", "Old Mill", "Quail Run", "Deer Creek", "Indian Hills", "Bluebonnet", "Palmetto", "Saguaro"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl",
          "Pkwy", "Cir", "Ter", "St.", "Ave.", "Rd."]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def us_street():
    num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]))
    if chance(0.15):
        name = ordinal(R.randint(1, 120))
    else:
        name = pick(STREETS)
    dirn = pick(["", "", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West "])
    return f"{num} {dirn}{name} {pick(SUFFIX)}"


def us_unit():
    return pick([f"Apt {R.randint(1, 40)}{pick(['', '', 'A', 'B', 'C', 'D'])}", f"Apt. {R.randint(1, 9)}{pick('ABCDEF')}",
                 f"#{R.randint(1, 450)}", f"Suite {R.randint(100, 950)}", f"Ste {R.randint(1, 400)}",
                 f"Unit {R.randint(1, 120)}", f"Lot {R.randint(1, 200)}", f"Apt {R.randint(101, 1520)}",
                 f"Bldg {R.randint(1, 9)} Apt {R.randint(100, 399)}", f"Rm {R.randint(100, 350)}", "Fl 2", "Basement"])


def us_cityline(zip4=None):
    city, st, pre = pick(US_CITIES)
    z = pre + digits(2)
    if zip4 is None:
        zip4 = chance(0.2)
    if zip4:
        z += "-" + digits(4)
    state = STATE_FULL.get(st, st) if chance(0.08) else st
    return pick([f"{city}, {state} {z}", f"{city} {state} {z}", f"{city}, {state}, {z}", f"{city}, {state}  {z}"]), city, st, z


def us_address(kind=None):
    """Return a whole US address string (one identifier)."""
    kind = kind or pick(["line"] * 6 + ["multi"] * 3 + ["po", "rr", "mil", "nocomma"])
    cl, city, st, z = us_cityline()
    if kind == "po":
        return f"{pick(['PO Box', 'P.O. Box', 'P O Box', 'Post Office Box'])} {R.randint(1, 99999)}, {cl}"
    if kind == "rr":
        return f"{pick(['RR', 'Rural Route', 'R.R.', 'RR #'])} {R.randint(1, 9)} Box {R.randint(1, 400)}{pick(['', '', 'A'])}, {cl}"
    if kind == "mil":
        f = fk("en_US")
        apo = pick(["APO", "FPO", "DPO"])
        stt = pick(["AE", "AP", "AA"])
        line1 = pick([f"PSC {R.randint(100, 9999)}, Box {R.randint(1, 9999)}", f"Unit {R.randint(1000, 9999)} Box {R.randint(1, 9999)}",
                      f"CMR {R.randint(400, 499)} Box {R.randint(1, 9999)}", f"USNS {f.last_name()}"])
        zp = {"AE": "09", "AP": "96", "AA": "340"}[stt]
        zp += digits(5 - len(zp))
        return pick([f"{line1}, {apo} {stt} {zp}", f"{line1}\n{apo} {stt} {zp}"])
    street = us_street()
    unit = us_unit() if chance(0.45) else None
    if kind == "multi":
        return "\n".join([street] + ([unit] if unit and chance(0.5) else []) + [cl]) if unit and chance(0.5) else \
            (f"{street}{', ' + unit if unit else ''}\n{cl}")
    if kind == "nocomma":
        return f"{street}{' ' + unit if unit else ''} {city} {st} {z}"
    return f"{street}{', ' + unit if unit else ''}, {cl}"


def us_city_state():
    city, st, pre = pick(US_CITIES)
    return pick([f"{city}, {st}", f"{city} {st}", f"{city}, {STATE_FULL.get(st, st)}", city, city.upper()])


# ---------------------------------------------------------------- international addresses
def intl_address(cc):
    n = R.randint(1, 220)
    d = digits
    if cc == "UK":
        city, area = pick([("London", "SW1A"), ("London", "E8"), ("London", "N16"), ("London", "SE15"),
                           ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS7"), ("Glasgow", "G12"),
                           ("Cardiff", "CF24"), ("Birmingham", "B13"), ("Edinburgh", "EH9"), ("Liverpool", "L17"),
                           ("Norwich", "NR2"), ("Sheffield", "S10"), ("Nottingham", "NG7")])
        pc = f"{area} {R.randint(1, 9)}{letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        st = pick(["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
                   "Queens Road", "The Crescent", "Albert Street", "Grove Road", "Manor Way"])
        return pick([f"{n} {st}, {city} {pc}", f"Flat {R.randint(1, 30)}, {n} {st}\n{city}\n{pc}",
                     f"{n} {st}, {city}, {pc}"])
    if cc == "IE":
        return f"{n} {pick(['Main Street', 'Church Road', 'Bridge Street'])}, {pick(['Ennis, Co. Clare V95', 'Galway H91', 'Cork T12', 'Dublin 8 D08'])} {letters(1)}{d(1)}{letters(1)}{d(1)}"
    if cc == "DE":
        city, pre = pick([("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"),
                          ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Leipzig", "04"), ("Dresden", "01"),
                          ("Bremen", "28"), ("Hannover", "30"), ("Nürnberg", "90")])
        st = pick(["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenstraße", "Schillerstraße", "Goethestraße",
                   "Am Markt", "Kirchgasse", "Berliner Allee", "Rosenweg", "Mozartstraße"])
        return pick([f"{st} {n}, {pre}{d(3)} {city}", f"{st} {n}\n{pre}{d(3)} {city}", f"{st} {n}{pick(['a', 'b', ''])}, D-{pre}{d(3)} {city}"])
    if cc == "FR":
        city, pc = pick([("Paris", "750" + d(2)), ("Lyon", "6900" + str(R.randint(1, 9))), ("Marseille", "130" + d(2)),
                         ("Toulouse", "31000"), ("Lille", "59000"), ("Nantes", "44000"), ("Bordeaux", "33000"),
                         ("Nice", "06000"), ("Strasbourg", "67000"), ("Rennes", "35000")])
        st = pick(["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "place du Marché",
                   "chemin des Vignes", "rue de la République", "allée des Tilleuls", "rue Pasteur"])
        return pick([f"{n} {st}, {pc} {city}", f"{n}, {st}\n{pc} {city}", f"{n} {st}, Bât. {letters(1)}, {pc} {city}"])
    if cc == "ES":
        city, pre = pick([("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"),
                          ("Zaragoza", "500"), ("Málaga", "290"), ("Bilbao", "480")])
        st = pick(["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Carrer de Mallorca",
                   "Calle Real", "Paseo de Gracia", "Calle San Vicente"])
        return f"{st} {n}, {R.randint(1, 8)}º {pick(['A', 'B', 'izq.', 'dcha.'])}, {pre}{d(2)} {city}"
    if cc == "MX":
        city, pc, est = pick([("Ciudad de México", "0" + d(4), "CDMX"), ("Guadalajara", "44" + d(3), "Jal."),
                              ("Monterrey", "64" + d(3), "N.L."), ("Puebla", "72" + d(3), "Pue."),
                              ("Mérida", "97" + d(3), "Yuc."), ("Tijuana", "22" + d(3), "B.C.")])
        st = pick(["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Av. Reforma", "Calle 5 de Mayo"])
        col = pick(["Col. Centro", "Col. Roma Norte", "Col. Del Valle", "Col. Obrera", "Col. Las Flores"])
        return pick([f"{st} {n}, {col}, {pc} {city}, {est}", f"{st} #{n} int. {R.randint(1, 12)}, {col}, C.P. {pc}, {city}"])
    if cc == "BR":
        city, uf, pre = pick([("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30"),
                              ("Recife", "PE", "50"), ("Curitiba", "PR", "80"), ("Salvador", "BA", "40")])
        st = pick(["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua XV de Novembro", "Av. Atlântica", "Rua da Bahia"])
        return f"{st}, {n}{pick(['', ', apto ' + str(R.randint(11, 190)), ', casa 2'])}, {city} - {uf}, {pre}{d(3)}-{d(3)}"
    if cc == "IT":
        city, pre, pv = pick([("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
                              ("Firenze", "501", "FI"), ("Bologna", "401", "BO"), ("Palermo", "901", "PA"), ("Bari", "701", "BA")])
        st = pick(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Dante", "Viale Mazzini", "Piazza Cavour"])
        return f"{st} {n}, {pre}{d(2)} {city} {pv}"
    if cc == "NL":
        city, pre = pick([("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
                          ("Eindhoven", "56"), ("Groningen", "97")])
        st = pick(["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Prinsengracht", "Nieuwstraat"])
        return f"{st} {n}, {pre}{d(2)} {letters(2, 'ABCDEGHJKLMNPRSTVWXZ')} {city}"
    if cc == "PL":
        city, pre = pick([("Warszawa", "0" + str(R.randint(0, 4))), ("Kraków", "3" + str(R.randint(0, 1))),
                          ("Wrocław", "5" + str(R.randint(0, 4))), ("Poznań", "6" + str(R.randint(0, 1))),
                          ("Gdańsk", "80"), ("Łódź", "9" + str(R.randint(0, 4)))])
        st = pick(["ul. Długa", "ul. Marszałkowska", "ul. Polna", "ul. Słoneczna", "al. Jana Pawła II", "ul. Kościuszki"])
        return f"{st} {n}/{R.randint(1, 60)}, {pre}-{d(3)} {city}"
    if cc == "JP":
        f = fk("ja_JP")
        return pick([f"〒{f.postcode()} {f.address()}", f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)} "
                     f"{pick(['Shibuya', 'Nakano', 'Setagaya', 'Kita', 'Minato'])}, {pick(['Shibuya-ku', 'Nakano-ku', 'Setagaya-ku', 'Kita-ku', 'Minato-ku'])}, Tokyo {d(3)}-{d(4)}",
                     f"{pick(['大阪府大阪市北区', '京都府京都市左京区', '福岡県福岡市中央区', '北海道札幌市中央区'])}{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 20)}"])
    if cc == "CN":
        return pick(["北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区天河路", "成都市武侯区人民南路",
                     "杭州市西湖区文三路", "武汉市洪山区珞喻路"]) + f"{R.randint(1, 999)}号" + pick(["", f"{R.randint(1, 30)}栋{R.randint(101, 2505)}室"])
    if cc == "KR":
        return fk("ko_KR").address()
    if cc == "IN":
        city, st, pre = pick([("Mumbai", "Maharashtra", "400"), ("Bengaluru", "Karnataka", "560"), ("New Delhi", "Delhi", "110"),
                              ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("Pune", "Maharashtra", "411"),
                              ("Kolkata", "West Bengal", "700"), ("Kochi", "Kerala", "682")])
        bld = pick(["Sai Residency", "Shanti Niwas", "Green Park Apartments", "Lotus Towers", "Krishna Kunj"])
        road = pick(["MG Road", "Link Road", "Station Road", "Nehru Nagar", "Anna Salai", "Park Street"])
        return pick([f"Flat {R.randint(1, 20)}{pick('ABCD')}, {bld}, {road}, {city}, {st} {pre}{d(3)}",
                     f"{R.randint(1, 99)}/{R.randint(1, 30)}, {road}\n{city} - {pre}{d(3)}"])
    if cc == "SA":
        return pick([f"{pick(['King Fahd Rd', 'Olaya St', 'Prince Sultan St', 'Tahlia St'])}, {pick(['Al Olaya', 'Al Malaz', 'Al Rawdah'])}, {pick(['Riyadh', 'Jeddah', 'Dammam'])} {R.randint(11000, 34999)}",
                     f"{pick(['الرياض', 'جدة', 'الدمام'])}، حي {pick(['العليا', 'الملز', 'الروضة'])}، {pick(['طريق الملك فهد', 'شارع التحلية'])} {R.randint(1, 900)}"])
    if cc == "RU":
        city, pre = pick([("Москва", "1" + d(2)), ("Санкт-Петербург", "19" + d(1)), ("Новосибирск", "630"),
                          ("Казань", "420"), ("Екатеринбург", "620")])
        return pick([f"{city}, ул. {pick(['Ленина', 'Гагарина', 'Пушкина', 'Мира', 'Садовая'])}, д. {n}, кв. {R.randint(1, 200)}",
                     f"ул. {pick(['Ленина', 'Гагарина', 'Пушкина', 'Мира'])}, д. {n}, кв. {R.randint(1, 200)}, {city}, {pre}{d(3)}"])
    if cc == "TR":
        city, dist, pre = pick([("İstanbul", "Kadıköy", "34"), ("Ankara", "Çankaya", "06"), ("İzmir", "Konak", "35"),
                                ("Bursa", "Nilüfer", "16"), ("Antalya", "Muratpaşa", "07")])
        return f"{pick(['Atatürk Cd.', 'Cumhuriyet Mah.', 'İnönü Sk.', 'Bağdat Cd.'])} No:{n} D:{R.randint(1, 20)}, {pre}{d(3)} {dist}/{city}"
    if cc == "VN":
        return fk("vi_VN").address().replace("\n", ", ")
    if cc == "PH":
        return pick([f"Blk {R.randint(1, 30)} Lot {R.randint(1, 40)}, {pick(['Mabini St', 'Rizal Ave', 'Bonifacio St'])}, "
                     f"Brgy. {pick(['San Isidro', 'Poblacion', 'Santo Niño'])}, {pick(['Quezon City 1100', 'Cebu City 6000', 'Davao City 8000', 'Pasig 1600'])}"])
    if cc == "CA":
        city, pr, fl = pick([("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"), ("Calgary", "AB", "T"),
                             ("Ottawa", "ON", "K"), ("Halifax", "NS", "B"), ("Winnipeg", "MB", "R")])
        pc = f"{fl}{d(1)}{letters(1, 'ABCEGHJKLMNPRSTVXY')} {d(1)}{letters(1, 'ABCEGHJKLMNPRSTVXY')}{d(1)}"
        return pick([f"{R.randint(10, 9999)} {pick(['Dufferin St', 'Yonge St', 'Main St', 'rue Sherbrooke', 'Robson St'])}, "
                     f"{pick(['', 'Unit ' + str(R.randint(1, 40)) + ', '])}{city}, {pr} {pc}",
                     f"{R.randint(10, 9999)} {pick(['King St W', 'Portage Ave', 'Barrington St'])}\n{city} {pr}  {pc}"])
    if cc == "AU":
        return f"{n} {pick(['Smith St', 'George St', 'Beach Rd', 'Queen St'])}, {pick(['Fitzroy VIC 3065', 'Newtown NSW 2042', 'Fremantle WA 6160', 'Paddington QLD 4064'])}"
    raise KeyError(cc)


INTL_CITY = {"UK": ["Leeds", "Bristol", "Glasgow", "Manchester", "London"], "DE": ["Köln", "Hamburg", "München", "Leipzig"],
             "FR": ["Lyon", "Marseille", "Toulouse", "Nantes"], "ES": ["Sevilla", "Valencia", "Bilbao"],
             "MX": ["Guadalajara", "Oaxaca", "Puebla", "Monterrey"], "BR": ["Recife", "Curitiba", "Fortaleza"],
             "IT": ["Napoli", "Palermo", "Bologna"], "NL": ["Utrecht", "Groningen"], "PL": ["Wrocław", "Lublin", "Gdańsk"],
             "JP": ["大阪", "札幌", "Osaka", "Sapporo"], "CN": ["成都", "杭州", "Chengdu"], "KR": ["부산", "대구", "Busan"],
             "IN": ["Pune", "Kochi", "Lucknow", "Jaipur"], "SA": ["Jeddah", "الرياض", "Dammam"],
             "RU": ["Казань", "Новосибирск", "Yekaterinburg"], "TR": ["Ankara", "Bursa", "İzmir"],
             "VN": ["Huế", "Hải Phòng", "Saigon"], "PH": ["Cebu", "Davao", "Iloilo"], "CA": ["Winnipeg", "Halifax"],
             "IE": ["Galway", "Limerick"], "AU": ["Brisbane", "Perth"]}
CC_LANG_REL = {"MX": "abuelita", "ES": "abuela", "BR": "vovó", "IT": "nonna", "DE": "Oma", "FR": "mamie",
               "PL": "babcia", "PH": "lola", "VN": "bà ngoại", "IN": "nani", "KR": "halmeoni", "JP": "obaachan"}


# ---------------------------------------------------------------- dates of birth
def dob(region="US", cc=None):
    y = R.randint(1926, 2004)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    mon = MONTHS[m - 1]
    if region == "US":
        return pick([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{m}/{dd}/{y % 100:02d}", f"{mon} {dd}, {y}",
                     f"{mon[:3]} {dd} {y}", f"{y}-{m:02d}-{dd:02d}", f"{m}-{dd}-{y}", f"{m:02d}.{dd:02d}.{y}",
                     f"{mon.lower()} {ordinal(dd)} {y}", f"{dd} {mon[:3]} {y}", f"{m:02d}{dd:02d}{y}",
                     f"{mon[:3]}. {dd}, {y}", f"{ordinal(dd)} of {mon} {y}"])
    if cc in ("JP", "CN", "KR"):
        return pick([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"{y}.{m:02d}.{dd:02d}"])
    if cc in ("DE", "PL", "RU", "TR", "AT", "CH"):
        return pick([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}"])
    if cc in ("NL",):
        return pick([f"{dd:02d}-{m:02d}-{y}", f"{dd} {mon.lower()} {y}"])
    if cc in ("CA",):
        return pick([f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}"])
    return pick([f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y % 100:02d}", f"{dd} {mon} {y}", f"{dd} {mon[:3]} {y}",
                 f"{dd:02d}-{m:02d}-{y}"])


# ---------------------------------------------------------------- contact bits
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "outlook.com", "icloud.com", "comcast.net",
           "att.net", "sbcglobal.net", "protonmail.com", "msn.com", "verizon.net", "live.com", "me.com"]


def _slug(s):
    t = s.lower()
    for a, b in [("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ü", "u"), ("ö", "o"),
                 ("ä", "a"), ("ç", "c"), ("ã", "a"), ("ê", "e"), ("'", ""), (" ", ""), (".", ""), ("-", "")]:
        t = t.replace(a, b)
    return "".join(ch for ch in t if ch.isascii() and ch.isalnum())


def email_for(first, last, intl=None):
    f, l = _slug(first), _slug(last)
    dom = pick(DOMAINS) if not intl else pick({"UK": ["btinternet.com", "gmail.com", "yahoo.co.uk"], "DE": ["web.de", "gmx.de", "t-online.de"],
                                               "FR": ["orange.fr", "free.fr", "laposte.net"], "BR": ["uol.com.br", "gmail.com"],
                                               "MX": ["prodigy.net.mx", "hotmail.com"], "IT": ["libero.it", "alice.it"],
                                               "IN": ["rediffmail.com", "gmail.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp"]}.get(intl, ["gmail.com", "mail.com"]))
    user = pick([f"{f}.{l}", f"{f}{l}{R.randint(1, 99)}", f"{f[0]}{l}", f"{f}_{l[0]}", f"{l}.{f}{R.randint(40, 99)}",
                 f"{f}{R.randint(1940, 2005)}", f"{l}family", f"{f}.{l[0]}.{R.randint(1, 9)}", f"{f}{l}"])
    return f"{user}@{dom}"


URL_KINDS = {
    "recovery": lambda f, l: pick([f"https://www.caringbridge.org/visit/{f}{l}", f"https://www.caringbridge.org/site/{f}-{l}",
                                   f"https://www.facebook.com/groups/prayersfor{f}{l}", f"https://www.gofundme.com/f/{f}-{l}-recovery-fund"]),
    "bills": lambda f, l: pick([f"https://www.gofundme.com/f/help-{f}-{l}-with-medical-bills", f"gofundme.com/f/{f}s-{pick(['surgery', 'transplant', 'chemo'])}-fund",
                                f"https://gofund.me/{f}{l}{R.randint(10, 99)}", f"https://www.givesendgo.com/{f}{l}"]),
    "posts": lambda f, l: pick([f"https://{f}{l}.substack.com", f"http://{f}-{l}.blogspot.com", f"https://www.youtube.com/@{f}{l}",
                                f"https://instagram.com/{f}.{l}", f"https://www.facebook.com/{f}.{l}.{R.randint(1, 99)}",
                                f"https://medium.com/@{f}{l[0]}", f"https://{f}{l}.wordpress.com"]),
    "obit": lambda f, l: pick([f"https://www.legacy.com/us/obituaries/name/{f}-{l}-obituary?id={digits(8)}",
                               f"https://www.{pick(['millerfuneralhome', 'hillsidechapel', 'greenlawnfh'])}.com/obituaries/{f}-{l}",
                               f"https://www.tributearchive.com/obituaries/{digits(8)}/{f}-{l}"]),
}


def url_for(first, last, kind=None):
    f, l = _slug(first), _slug(last)
    if kind:
        return URL_KINDS[kind](f, l)
    return pick([f"https://www.facebook.com/{f}.{l}.{R.randint(1, 99)}", f"https://www.linkedin.com/in/{f}-{l}-{R.randint(100, 999)}",
                 f"linkedin.com/in/{f}{l}", f"https://www.caringbridge.org/visit/{f}{l}",
                 f"https://www.gofundme.com/f/help-{f}-{l}-{pick(['recover', 'with-medical-bills', 'beat-cancer', 'get-home'])}",
                 f"www.{f}{l}photography.com", f"https://instagram.com/{f}.{l}", f"https://{f}{l}.substack.com",
                 f"http://{f}-{l}.blogspot.com", f"https://{f}{l[0]}.github.io", f"{l}familyfarm.com",
                 f"https://www.youtube.com/@{f}{l}", f"https://www.{l}-{f}-art.com/about", f"https://x.com/{f}_{l}"])


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    s = (f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}")
    return pick([f"{s[0]}-{s[1]}-{s[2]}"] * 3 + [f"{s[0]} {s[1]} {s[2]}", "".join(s), f"{s[0]}-{s[1]}-{s[2]}"])


def luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card():
    kind = pick(["visa", "visa", "mastercard", "amex", "discover"])
    pre = {"visa": "4", "mastercard": pick(["51", "52", "53", "54", "55", "2221"]), "amex": pick(["34", "37"]), "discover": "6011"}[kind]
    ln = 15 if kind == "amex" else 16
    body = pre + digits(ln - len(pre) - 1)
    num = body + luhn_digit(body)
    if chance(0.2):  # a mistyped number (invalid Luhn) is still an account number
        num = num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)
    if kind == "amex":
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = pick([" ", " ", "-", "", " "])
    return kind, sep.join(g)


IBAN_LOCS = ["de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "de_AT", "de_CH", "tr_TR",
             "fi_FI", "en_IE", "sv_SE", "nl_BE", "da_DK", "no_NO", "cs_CZ"]


def iban():
    for _ in range(10):
        loc = pick(IBAN_LOCS)
        try:
            raw = fk(loc).iban()
        except Exception:
            continue
        if len(raw) >= 15:
            break
    style = pick(["spaced", "spaced", "compact", "lower_spaced", "lower"])
    sp = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return {"spaced": sp, "compact": raw, "lower_spaced": sp.lower(), "lower": raw.lower()}[style]


def routing():
    return fk("en_US").aba()


def bank_acct():
    n = digits(R.randint(8, 12), True)
    return pick([n, n, f"{n[:4]} {n[4:]}", f"{n[:3]}-{n[3:]}"])


# ---------------------------------------------------------------- record-like numbers (the emphasis of dev65)
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(fmt=None):
    a, n = MBI_ALPHA, string.digits
    c = [pick("123456789"), pick(a), pick(a + n), pick(n), pick(a), pick(a + n), pick(n), pick(a), pick(a), pick(n), pick(n)]
    s = "".join(c)
    fmt = fmt or pick(["plain", "dash", "space"])
    return {"plain": s, "dash": f"{s[:4]}-{s[4:7]}-{s[7:]}", "space": f"{s[:4]} {s[4:7]} {s[7:]}"}[fmt]


def nhs_number():
    while True:
        b = [R.randint(0, 9) for _ in range(9)]
        b[0] = R.randint(3, 9)
        c = 11 - sum(d * w for d, w in zip(b, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, b)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _groups(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def mrn_value():
    core = pick([
        lambda: digits(R.choice([6, 7, 8, 9, 10])),
        lambda: "00" + digits(R.choice([6, 7])),
        lambda: pick(["E", "M", "H", "K", "A", "MR", "HB", "UH", "CH", "PT"]) + digits(R.choice([6, 7, 8])),
        lambda: _groups(digits(9), [3, 2, 4], "-"),
        lambda: _groups(digits(8), [2, 2, 2, 2], "-"),
        lambda: _groups(digits(10), [4, 3, 3], " "),
        lambda: _groups(digits(9), [3, 3, 3], "."),
        lambda: f"{letters(2)}-{digits(5)}-{digits(2)}",
        lambda: f"{digits(3)}-{digits(4)}-{R.randint(0, 9)}",
        lambda: f"{letters(1)}{digits(3)}-{digits(4)}",
        lambda: f"{digits(7)}-{R.randint(0, 9)}",
    ])()
    return core


def member_id():
    return pick([
        lambda: letters(3) + digits(9),
        lambda: f"{letters(3)} {digits(3)} {digits(3)} {digits(3)}",
        lambda: letters(1) + digits(8),
        lambda: f"{letters(1)} {digits(4)} {digits(4)} {digits(2)}",
        lambda: digits(11),
        lambda: f"{digits(9)}-{digits(2)}",
        lambda: f"{letters(2)}{digits(5)}{letters(1)}",
        lambda: f"{letters(3)}{digits(6)}{digits(2)}",
        lambda: f"{letters(1)}{digits(2)}{letters(1)}{digits(6)}",
    ])()


def group_no():
    return pick([digits(5), digits(6), f"{digits(7)}-{digits(3)}", f"{digits(6)}{letters(1)}{digits(1)}{letters(1)}",
                 letters(2) + digits(5), f"GRP {digits(5)}", digits(8)])


def claim_no():
    return pick([f"{R.randint(2024, 2026)}{digits(10)}", f"{R.randint(24, 26)}-{digits(3)}-{digits(5)}",
                 f"CLM-{digits(8)}", f"{letters(1)}{digits(2)}-{digits(5)}-{digits(2)}", digits(12),
                 f"{R.randint(2024, 2026)} {digits(4)} {digits(4)} {digits(2)}", f"{letters(3)}{digits(9)}"])


def case_no():
    return pick([f"SR-{digits(7)}", f"{R.randint(24, 26)}-{digits(6)}", f"CASE{digits(6)}", f"PA-{digits(4)}-{digits(4)}",
                 f"{letters(2)}{digits(8)}", f"{digits(4)}-{digits(4)}", f"A{digits(7)}"])


def rx_no():
    return pick([digits(7), f"{digits(7)}-{digits(5)}", f"{digits(7)}-{digits(2)}", f"RX{digits(7)}",
                 f"{digits(3)}-{digits(4)}", f"{digits(6)}-{digits(1)}", f"{letters(1)}{digits(6)}"])


def serial_no():
    return pick([f"{letters(3)}{digits(6)}{letters(1)}", f"{letters(2)}{digits(8)}", digits(11),
                 f"{letters(3)} {digits(6)} {letters(1)}", f"{letters(2)}-{digits(4)}-{digits(4)}",
                 f"{digits(2)}{letters(2)}{digits(6)}", f"{letters(4)}{digits(7)}", f"{letters(1)}{digits(2)}{letters(2)}{digits(5)}"])


def encounter_no():
    return pick([digits(10), digits(9), f"{R.randint(24, 26)}-{letters(2)}-{digits(7)}", f"ENC{digits(8)}",
                 f"{digits(4)} {digits(3)} {digits(3)}", f"V{digits(9)}"])


def medicaid_no():
    return pick([f"{letters(2)}{digits(5)}{letters(1)}", digits(10), digits(12), f"{letters(1)}{digits(8)}",
                 f"{digits(2)} {digits(4)} {digits(2)} {letters(1)}"])


REC_KINDS = {
    "mrn": (mrn_value, ["MRN", "MRN:", "MRN#", "mrn", "MR#", "Med Rec #", "medical record number", "record #",
                        "Medical Record No.", "hospital number"]),
    "chart": (mrn_value, ["chart #", "Chart No.", "chart number", "chart", "Chart:", "CHART#"]),
    "member": (member_id, ["Member ID", "member id", "Member #", "ID#", "Subscriber ID", "insurance id", "Mbr ID",
                           "member number", "ID No."]),
    "group": (group_no, ["Group #", "grp", "Group No.", "group number", "GRP#"]),
    "claim": (claim_no, ["claim #", "Claim No.", "claim number", "Claim ID", "clm"]),
    "case": (case_no, ["case #", "case number", "Case ID", "reference #", "ref", "auth #", "Authorization No."]),
    "rx": (rx_no, ["Rx#", "RX #", "Rx No.", "rx number", "prescription #", "Rx"]),
    "serial": (serial_no, ["serial", "S/N", "SN:", "serial number", "Serial No.", "device serial"]),
    "encounter": (encounter_no, ["Encounter #", "encounter number", "Enc:", "CSN", "Visit ID", "Acct/Visit #", "FIN"]),
    "mbi": (mbi, ["Medicare number", "MBI", "Medicare ID", "medicare #", "Medicare Beneficiary Identifier"]),
    "medicaid": (medicaid_no, ["Medicaid ID", "medicaid #", "Medicaid number", "CIN", "Medi-Cal BIC"]),
}
REC_CONTEXT = {"mrn": "", "chart": "", "member": "", "group": "", "claim": "", "case": "", "rx": "", "serial": "",
               "encounter": "", "mbi": "", "medicaid": ""}

SPOKEN = {"0": ["zero", "oh"], "1": ["one"], "2": ["two"], "3": ["three"], "4": ["four"], "5": ["five"], "6": ["six"],
          "7": ["seven"], "8": ["eight"], "9": ["nine"]}


def spoken(value):
    """Read a number aloud, digit by digit (letters as letters)."""
    chars = [c for c in value if c.isalnum()]
    sep = pick([" ", ", ", "-", " "])
    words, i = [], 0
    while i < len(chars):
        c = chars[i]
        if c.isdigit():
            if i + 1 < len(chars) and chars[i + 1] == c and chance(0.3):
                words.append("double " + pick(SPOKEN[c]))
                i += 2
                continue
            words.append(pick(SPOKEN[c]))
        else:
            words.append(c.upper() if chance(0.6) else f"{c.upper()} as in {pick(['Mary', 'Tom', 'Sam', 'Frank', 'Nancy', 'Victor', 'Boy', 'Apple'])}")
        i += 1
    return sep.join(words)


def split_line(value):
    """Break the number over a line, the way it wraps on a sticker, fax or narrow phone screen."""
    if len(value) < 6:
        return value
    cut = R.randint(3, len(value) - 3)
    a, b = value[:cut].rstrip(" "), value[cut:].lstrip(" ")
    return a + "\n" + b


def perturb(value):
    """A near-miss version used when someone corrects themselves."""
    ds = [i for i, c in enumerate(value) if c.isdigit()]
    if len(ds) < 2:
        return value + "1"
    i, j = sorted(R.sample(ds[-5:], 2)) if len(ds) >= 5 else (ds[-2], ds[-1])
    v = list(value)
    if v[i] == v[j]:
        v[j] = str((int(v[j]) + 1) % 10)
    else:
        v[i], v[j] = v[j], v[i]
    return "".join(v)


def record(kind=None, shape=None):
    """Return (label, list-of-segments) for one record-like number written in one of many ways."""
    kind = kind or pick(list(REC_KINDS))
    gen, labels = REC_KINDS[kind]
    val = gen()
    label = pick(labels)
    shape = shape or pick(["plain"] * 8 + ["nolabel", "nolabel", "spoken", "split", "corrected", "half", "lower",
                                             "dotted", "spaced", "paren"])
    if shape == "plain":
        return label, [label, pick([" ", " ", ": ", " # ", " is ", " - "]) if not label.endswith((":", "#")) else " ", I(val, MRN)]
    if shape == "nolabel":
        return label, [I(val, MRN)]
    if shape == "spoken":
        return label, [label, " ", pick(["is ", "", "it's ", "reads "]), I(spoken(val), MRN)]
    if shape == "split":
        return label, [label, " ", I(split_line(val), MRN)]
    if shape == "corrected":
        wrong = perturb(val)
        if wrong == val:
            wrong = val + "0"
        return label, [label, " ", I(wrong, MRN), pick([" -- no wait, ", " sorry, I mean ", "... no, ", " (typo) ", ", correction: ", " no its "]), I(val, MRN)]
    if shape == "half":
        tail = "".join(c for c in val if c.isalnum())[-4:]
        if not tail.isdigit():
            tail = digits(4)
        return label, [label, pick([" ends in ", " ends with ", " last four are ", " is something something "]), I(tail, MRN),
                       pick([" I think", " maybe", ", can't read the rest", " or so", " (card is in the car)"])]
    if shape == "lower":
        return label, [label.lower(), " ", I(val.lower(), MRN)]
    if shape == "dotted":
        v = "".join(c for c in val if c.isalnum())
        return label, [label, " ", I(".".join(v[i:i + 3] for i in range(0, len(v), 3)), MRN)]
    if shape == "spaced":
        v = "".join(c for c in val if c.isalnum())
        return label, [label, " ", I(" ".join(v), MRN)]
    if shape == "paren":
        return label, [label, " (", I(val, MRN), ")"]
    raise KeyError(shape)


def intl_record(cc):
    if cc == "UK":
        return ["NHS number ", I(nhs_number(), MRN, "INTL")]
    if cc == "CA":
        return [pick(["OHIP ", "health card ", "OHIP #"]), I(f"{digits(4)}-{digits(3)}-{digits(3)}-{letters(2)}", MRN, "INTL")]
    if cc == "DE":
        return [pick(["Versichertennummer ", "KVNR ", "Krankenversichertennummer: "]), I(letters(1) + digits(9), MRN, "INTL")]
    if cc == "FR":
        return [pick(["n° de sécu ", "numéro de sécurité sociale ", "carte Vitale "]),
                I(f"{R.randint(1, 2)} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}", MRN, "INTL")]
    if cc == "MX":
        return [pick(["NSS ", "número de afiliación IMSS "]), I(f"{digits(2)} {digits(2)} {digits(2)} {digits(4)} {digits(1)}", MRN, "INTL")]
    if cc == "BR":
        return [pick(["cartão SUS ", "CNS "]), I(f"{digits(3)} {digits(4)} {digits(4)} {digits(4)}", MRN, "INTL")]
    if cc == "IN":
        return [pick(["ABHA ", "UHID "]), I(f"{digits(2)}-{digits(4)}-{digits(4)}-{digits(4)}", MRN, "INTL")]
    if cc == "JP":
        return ["保険証番号 ", I(digits(8), MRN, "INTL")]
    if cc == "KR":
        return ["병록번호 ", I(digits(8), MRN, "INTL")]
    if cc == "PL":
        return ["PESEL ", I(digits(11), MRN, "INTL")]
    if cc == "IT":
        return [pick(["tessera sanitaria ", "codice fiscale "]), I(letters(6) + digits(2) + letters(1) + digits(2) + letters(1) + digits(3) + letters(1), MRN, "INTL")]
    return [pick(["patient no. ", "hospital ID ", "file number "]), I(letters(2) + digits(7), MRN, "INTL")]


# ---------------------------------------------------------------- small helpers for templates
def drug():
    return K(pick(DRUGS))


def cond():
    return K(pick(CONDS))


def lab():
    return K(pick(LABS))


def proc():
    return K(pick(PROCS))


def parent():
    return K(pick(PARENT))


def day():
    return K(pick(DAYS))


def doc_name():
    first, last = us_person()
    return last


# ---------------------------------------------------------------- templates
TEMPLATES = []


def template(weight, rec=False):
    def deco(fn):
        TEMPLATES.append((fn, weight, rec))
        return fn
    return deco


# ---- record-number templates ------------------------------------------------
def pron(rel):
    """pronouns for a relation word"""
    female = rel.lower() in {"mom", "grandma", "nana", "mama", "granny", "abuela", "oma", "aunt", "sister", "wife",
                             "daughter", "granddaughter", "niece", "stepdaughter", "mother", "abuelita", "nonna",
                             "mamie", "babcia", "lola", "bà ngoại", "nani", "halmeoni", "obaachan", "vovó", "mum"}
    return ("she", "her", "F") if female else ("he", "his", "M")


@template(5, rec=True)
def t_portal_paste():
    first, last = us_person()
    mid = letters(1)
    encl, encv = pick(["CSN", "Enc", "FIN", "Visit #", "Acct/Visit"]), encounter_no()
    sep = pick([" | ", "   ", " • ", "\n"])
    segs = [pick(["copied this from the portal:\n", "", "this is what mychart shows\n", "from the after visit summary:\n",
                  "Pasting what the kiosk printed:\n"]),
            pick(["Patient: ", "Name: ", "PT: ", ""]), P(pick([f"{last.upper()}, {first.upper()} {mid}", f"{last}, {first}",
                                                             f"{first} {mid}. {last}"])),
            sep, "MRN: ", I(mrn_value(), MRN), sep, "DOB: ", I(dob("US"), DOB), sep, f"{encl}: ", I(encv, MRN),
            "\n", pick(["Dx: ", "Reason for visit: ", "Problem: ", "Visit diagnosis: "]), cond()]
    if chance(0.6):
        segs += ["\nMeds reviewed: ", drug(), ", ", drug()]
    if chance(0.3):
        df, dl = us_person()
        segs += ["\nProvider: ", P(pick([f"{dl}, {df}", f"{df} {dl}"])), pick([", MD", ", NP", ", PA-C", ""])]
    return "pasted_portal", segs, None


@template(4, rec=True)
def t_fax():
    first, last = us_person()
    dfirst, dlast = us_person()
    _, seg1 = record("member", pick(["plain", "plain", "split"]))
    _, seg2 = record(pick(["case", "claim", "group"]), pick(["plain", "plain", "split"]))
    segs = [pick(["FAX", "*** FAX TRANSMISSION ***", "FACSIMILE", "Fax cover"]), "\n",
            "TO: ", pick(["Utilization Mgmt", "Medical Records", "Prior Auth Dept", "Home Health Intake"]),
            "   FROM: Dr. ", P(f"{dfirst} {dlast}"), "\n",
            "RE: ", P(f"{last.upper()}, {first.upper()}"), "   DOB ", I(dob("US"), DOB), "\n",
            seg1, "   ", seg2, "\n",
            pick([["REQUEST: ", drug()], ["ITEM: ", proc()], ["DX: ", cond()]]), "\n",
            "PH ", I(us_phone(False), PHO), "  FAX ", I(us_phone(False), PHO)]
    if chance(0.4):
        segs += ["\n", "Pages: ", str(R.randint(2, 9)), pick([" incl cover", ""])]
    return "fax", segs, pick([None, None, "upper"])


@template(9, rec=True)
def t_chat_number():
    first, last = us_person()
    name2 = us_person()[0]
    kind = pick(["mrn", "chart", "member", "member", "claim", "case", "rx", "serial", "encounter", "mbi", "medicaid", "group"])
    _, seg = record(kind)
    who = pick(PARENT)
    she, her, g = pron(who)
    what = {"mrn": "the hospital", "chart": "the clinic", "member": "the insurance", "claim": "billing",
            "case": "the insurance lady", "rx": "the pharmacy", "serial": "the supply company", "encounter": "billing",
            "mbi": "the Medicare office", "medicaid": "the caseworker", "group": "the front desk"}[kind]
    body = pick([
        [what, " needs ", K(who), "'s number, ", seg, ". ", pick(["its for the ", "for the ", "re: the "]), proc()],
        [seg, " -- for ", K(who), "'s ", pick([proc(), cond()]), pick([" thing", "", " appt"])],
        ["ok found the paper. ", seg, ". ", P(first), pick([" can you call ", " pls call ", " call "]), what],
        [K(who), "'s ", seg, " -- ", what, " asked again ", pick(["today", "this morning", "on the phone"]), ". ", she,
         "'s on ", drug(), " now"],
        ["if ", what, " calls, ", seg, ". ", her, " dob is ", I(dob("US"), DOB)],
    ])
    form = pick(["label", "rel_label", "plain", "plain_lower"])
    if form == "label":
        return "speaker_label", [P(name2), ": ", body], pick([None, "lower"])
    if form == "rel_label":
        return "speaker_label", [pick(RELS), " ", P(name2), ": ", body], None
    if form == "plain":
        return pick(["general_text", "run_on"]), [body, pick([[], [" -", P(name2)]])], None
    return "lower_case", [body], "lower"


@template(6, rec=True)
def t_clinician_record():
    first, last = us_person()
    rel = pick(["daughter", "son", "wife", "husband", "niece", "grandson"])
    rel_first = us_person(gender=("F" if rel in ("daughter", "wife", "niece") else "M"))[0]
    _, mseg = record(pick(["mrn", "mrn", "chart", "encounter"]), pick(["plain", "plain", "plain", "paren", "corrected"]))
    segs = pick([
        ["Pt ", P(f"{first} {last}"), ", ", mseg, ", DOB ", I(dob("US"), DOB), ". ", pick(["Seen for ", "F/u ", "Tele-visit re: "]),
         cond(), ". ", pick(["Cont ", "Start ", "Increase ", "Hold "]), drug(), ". ",
         pick([["RTC 2 wk."], ["Labs: ", lab(), " next visit."], [rel.capitalize(), " ", P(rel_first), " at bedside."]])],
        [pick(["RN note: ", "Phone note: ", "Triage: "]), rel, " ", P(rel_first), " called re: pt ", P(f"{last}, {first}"),
         " (", mseg, "). Reports ", pick(["increased ", "new ", "worsening "]),
         pick(["SOB", "swelling", "confusion", "dizziness", "pain"]), ". On ", drug(), ". ",
         pick([["Advised ED if worse."], ["Message routed to Dr. ", P(doc_name()), "."]]), " Callback ", I(us_phone(), PHO), "."],
        [pick(["Discharge: ", "D/C summary: ", "Admit note: "]), P(f"{last.upper()}, {first.upper()}"), "  ", mseg, "\n",
         "Dx: ", cond(), "; ", cond(), "\n", "Meds: ", drug(), ", ", drug(), "\n", "F/u PCP ", I(us_phone(False), PHO)],
    ])
    return "clinician_note", segs, None


@template(5, rec=True)
def t_insurance_runon():
    first, last = us_person()
    rep = us_person(gender="F")[0]
    who = pick(PARENT)
    _, s1 = record("member", pick(["plain", "spoken", "half", "plain", "corrected"]))
    _, s2 = record(pick(["claim", "case"]), pick(["plain", "plain", "spoken", "corrected", "split"]))
    segs = ["so I called ", K(pick(["Aetna", "Humana", "Blue Cross", "Cigna", "UnitedHealthcare", "Medicare", "Medicaid"])),
            pick([" again", " for the third time", " this morning", ""]), " about ", K(who), "'s ", proc(),
            " and the lady, ", P(rep), pick([" I think", "", " or something like that"]), ", wanted the ", s1,
            " and then she gave me a ", s2, pick([" and said wait 10 business days", " and said it was denied for no prior auth",
                                                   " and transferred me twice", " and said to call back Monday"]),
            pick([", anyway if they call the house it's for ", ". it's under "]), P(f"{first} {last}"),
            pick([", date of birth ", " born "]), I(dob("US"), DOB)]
    return "run_on", segs, pick([None, None, "lower"])


@template(4, rec=True)
def t_device_serial():
    first, last = us_person()
    dev = pick(["CPAP", "oxygen concentrator", "insulin pump", "pacemaker", "hearing aids", "glucose monitor",
                "power wheelchair", "hospital bed", "nebulizer", "TENS unit", "defibrillator vest", "BiPAP"])
    _, s = record("serial", pick(["plain", "plain", "split", "spoken", "nolabel", "corrected"]))
    extra = []
    if chance(0.5):
        _, s2 = record("case", "plain")
        extra = [pick([" and they opened ", ", ", ". ticket: "]), s2]
    opt = R.randint(0, 2)
    if opt == 0:
        who = pick(["grandpa", "mom", "dad", "grandma"])
        she, her, g = pron(who)
        return "lower_case", [K(who), "'s ", K(dev), " ", s, extra, ". the company wants it for the warranty, ", she,
                              " uses it for ", cond(), ". ", P(first), " has the box"], "lower"
    if opt == 1:
        return "general_text", ["Warranty claim for ", P(f"{first} {last}"), ": ", K(dev), ", ", s, extra,
                                ". Ship replacement to ", I(us_address(), LOC), "."], None
    return "speaker_label", [P(first), ": the ", K(dev), " company wants the ", s, extra, ". call me ", I(us_phone(), PHO)], None


@template(5, rec=True)
def t_rx_pickup():
    first, last = us_person()
    helper = us_person()[0]
    _, s = record("rx", pick(["plain", "plain", "nolabel", "corrected", "spoken", "half", "split"]))
    d = drug()
    opt = R.randint(0, 2)
    if opt == 0:
        return "speaker_label", [P(helper), ": can someone pick up ", d, " at ",
                                 K(pick(["Walgreens", "CVS", "Rite Aid", "Costco pharmacy"])), "? ", s, ", under ",
                                 P(f"{first} {last}"), ", dob ", I(dob("US"), DOB)], pick([None, "lower"])
    if opt == 1:
        return "lower_case", ["pharmacy ", pick(["texted", "called", "left a vm"]), ": ", s, " ready for pickup. ", d,
                              " for ", P(first), pick([". they close at 9", ". copay $4", ". i'm at work, cant go today"]),
                              " -", P(helper)], "lower"
    return "clinician_note", ["Refill request -- ", P(f"{last}, {first}"), ", ", s, " (", d, "). Pt phone ",
                              I(us_phone(), PHO)], None


@template(4, rec=True)
def t_form_insurance():
    first, last = us_person()
    ecf, ecl = us_person()
    rows = [["Patient name: ", P(f"{first} {last}")], ["Date of birth: ", I(dob("US"), DOB)],
            ["Primary insurance: ", K(pick(["Aetna", "Humana", "Cigna", "Blue Cross", "Medicare", "Medicaid", "Kaiser"]))],
            ["Member ID: ", I(member_id(), MRN)], ["Group #: ", I(group_no(), MRN)]]
    if chance(0.5):
        rows.append(["Medicare #: ", I(mbi(), MRN)])
    if chance(0.5):
        rows.append(["SSN: ", I(ssn(), SSN)])
    rows.append(["Address: ", I(us_address(pick(["line", "line", "po"])), LOC)])
    rows.append(["Phone: ", I(us_phone(), PHO)])
    ecrel = pick(["daughter", "son", "wife", "husband", "neighbor", "brother", "sister"])
    ecf, ecl = us_person(gender="F" if ecrel in ("daughter", "wife", "sister") else ("M" if ecrel != "neighbor" else None))
    rows.append(["Emergency contact: ", P(f"{ecf} {ecl}"), " (", ecrel, ") ",
                 I(us_phone(False), PHO)])
    rows.append(["Current meds: ", drug(), ", ", drug()])
    mid = rows[2:-1]
    R.shuffle(mid)
    rows = rows[:2] + mid + rows[-1:]
    segs = [pick(["NEW PATIENT FORM\n", "Intake\n", "Registration update\n", ""])]
    for r_ in rows:
        segs += [r_, "\n"]
    return "form", segs[:-1], None


@template(3, rec=True)
def t_medicare_mbi():
    first, last = us_person()
    who = pick(["Mom", "Dad", "Grandma", "Grandpa"])
    she, her, g = pron(who)
    _, s = record("mbi", pick(["plain", "spoken", "nolabel", "lower", "corrected"]))
    segs = [K(who), " got ", her, " new ", K("Medicare"), " card. ", s, ". ",
            pick(["name on it is ", "it's under ", "it spells the name "]), P(f"{first.upper()} {last.upper()}"),
            pick(["", ". shred the old card pls", ". the old one had the social on it"]),
            ". if anyone calls asking for it, hang up and call ", K("1-800-MEDICARE")]
    return "general_text", segs, pick([None, "lower"])


@template(7, rec=True)
def t_intl_record():
    cc = pick(["UK", "CA", "DE", "FR", "MX", "BR", "IN", "PL", "IT", "JP", "KR"])
    rel = pick(["Mum", "Dad", "Gran", "my aunt", "my uncle", "Grandad"])
    she, her, g = pron(rel.replace("my ", "").replace("Gran", "Grandma").replace("Grandad", "Dad"))
    first, last, full = intl_person(cc, g)
    me = us_person()[0]
    segs = [pick(["For the hospital in ", "the clinic in ", "Paperwork for the hospital in "]), I(pick(INTL_CITY[cc]), LOC, "INTL"),
            ": ", P(full, "INTL"), ", ", intl_record(cc), ", ", pick(["born ", "DOB "]), I(dob("INTL", cc), DOB, "INTL"), ". ",
            she.capitalize(), " takes ", drug(), ". Home phone: ", I(intl_phone(cc), PHO, "INTL"), ". -", P(me)]
    return "international", segs, None


@template(3, rec=True)
def t_billing_account():
    first, last = us_person()
    acct = pick([f"{digits(9, True)}", f"HA-{digits(4)}-{digits(4)}", f"G{digits(8)}", f"{digits(3)}-{digits(6)}"])
    label = pick(["Guarantor #", "Hospital account #", "Account no.", "Billing acct", "Statement acct #"])
    _, rec_seg = record(pick(["claim", "encounter", "member"]), pick(["plain", "plain", "split"]))
    segs = [pick(["Hi, I got a bill for ", "Question about the statement for ", "Why was I charged for "]), proc(),
            pick([" for my mother, ", " for my husband, ", " for "]), P(f"{first} {last}"), ". ", label, " ", I(acct, ACC),
            ", ", rec_seg, ". ", pick(["Please call me at ", "My number is ", "Reach me at "]), I(us_phone(), PHO)]
    if chance(0.4):
        segs += [". I already paid the copay with the card ending ", I(digits(4), ACC)]
    return "general_text", segs, None


@template(4, rec=True)
def t_voicemail():
    first, last = us_person()
    who = pick(["my mother", "my husband", "my wife", "my father", "myself"])
    _, s1 = record(pick(["mrn", "chart", "member", "rx", "mbi"]), pick(["spoken", "spoken", "plain", "corrected"]))
    segs = [pick(["Voicemail transcript: ", "[voicemail] ", "Transcribed message: "]),
            pick(["hi this is ", "yeah hello it's ", "hi um this is "]), P(f"{first} {last}"), " calling about ", who,
            pick([", um, ", ", ", " "]), s1, pick([", and the birthday is ", ", date of birth "]), I(dob("US"), DOB),
            pick([", it's about the ", ", we need the ", ", question on the "]), pick([drug(), proc()]),
            ", call me back at ", I(pick([us_phone(False), spoken(digits(10, True))]), PHO), pick([" thanks", " okay bye", ""])]
    return "transcribed_voice", segs, pick([None, "lower"])


# ---- general templates -------------------------------------------------------
@template(8)
def t_address_change():
    first, last = us_person()
    old, new = us_address(), us_address()
    segs = [pick(["Address change for ", "Please update the address for ", "new address for ", "MOVING: "]),
            P(f"{first} {last}"), pick([":\n", ". New: ", " -> ", ": "]), I(new, LOC)]
    oldform = pick(["", "", "paren", "formerly"])
    if oldform == "paren":
        segs += ["\n(old: ", I(old, LOC), ")"]
    elif oldform == "formerly":
        segs += ["\nformerly ", I(old, LOC)]
    segs += [pick([". Send the ", ". Deliver the ", "\nPlease send the "]), pick([proc(), drug()]),
             pick([" paperwork there from now on", " there", " there starting next month"])]
    if chance(0.4):
        segs += [". Phone is still ", I(us_phone(), PHO)]
    return pick(["general_text", "general_text", "lower_case", "all_caps"]), segs, None


@template(5)
def t_card_bank():
    first, last = us_person()
    kind, num = card()
    lbl = pick({"visa": ["visa", "Visa", "card", "cc", "credit card"], "mastercard": ["mastercard", "MC", "card", "credit card", "debit card"],
                "amex": ["amex", "AmEx card", "card", "cc"], "discover": ["discover", "card", "credit card"]}[kind])
    opt = R.randint(0, 4)
    if opt == 0:
        return "lower_case", ["use ", K(pick(PARENT)), "'s ", lbl, " ", I(num, ACC), " exp ", f"{R.randint(1, 12):02d}/{R.randint(26, 31)}",
                              pick([" for the ", " to pay the "]), proc(), " bill. ", P(first), " said ok"], "lower"
    if opt == 1:
        return "general_text", ["Please charge the ", proc(), " copay to ", lbl, " ", I(num, ACC), ". Name on card: ",
                                P(f"{first} {last}"), ". Billing zip ", I(pick(US_CITIES)[2] + digits(2), LOC)], None
    if opt == 2:
        return "form", ["Direct deposit form\nName: ", P(f"{first} {last}"), "\nRouting: ", I(routing(), ACC), "\nAccount: ",
                        I(bank_acct(), ACC), "\nType: ", pick(["checking", "savings"])], None
    if opt == 3:
        who = pick(["Mom", "Grandma", "Dad"])
        she, her, g = pron(who)
        return "speaker_label", [P(first), ": the autopay for ", K(who), "'s ", proc(), " is from ", her, " credit union, routing # ",
                                 I(routing(), ACC), pick([" acct ", " account # ", " checking "]), I(bank_acct(), ACC)], None
    return "general_text", ["my ", lbl, " ", I(num, ACC), " got declined at ", K(pick(["Walgreens", "CVS", "Rite Aid"])),
                            " for the ", drug(), ". can someone spot me. ", I(us_phone(), PHO), " -", P(first)], pick([None, "lower"])


@template(7)
def t_iban():
    cc = pick(["DE", "FR", "ES", "IT", "NL", "PL", "UK", "TR", "MX", "BR"])
    rel = pick(["Oma", "nonna", "abuela", "Grandma", "Mum", "vovó", "babcia", "Opa", "Dad"])
    she, her, g = pron(rel)
    first, last, full = intl_person(cc, g)
    ib = iban()
    lbl = pick(["IBAN", "iban", "IBAN:", "", "account (IBAN)", "IBAN no."])
    segs = [pick(["Wire for ", "Transfer to ", "Bank details for ", "for the money to "]),
            K(rel), pick(["'s care home", "'s nurse", "'s rent", "'s pharmacy bill", ""]),
            pick([": ", " -- ", "\n"]), lbl, " " if lbl else "", I(ib, ACC, "INTL"), pick(["\n", ", "]),
            pick(["holder ", "name on account ", "Kontoinhaber ", "titular "]), P(full, "INTL")]
    if chance(0.5):
        segs += [". It's for ", her, " ", pick([drug(), proc()])]
    return pick(["international", "general_text", "lower_case"]), segs, None


@template(7)
def t_signature():
    first, last = us_person()
    title = pick(["RN", "LPN", "MSW", "LCSW", "Care Coordinator", "Patient Navigator", "Home Health Aide", "PharmD",
                  "Billing Specialist", "Hospice Chaplain", ""])
    segs = [pick([["Thanks for the update on ", K(pick(PARENT)), "'s ", cond(), "."],
                  ["Let me know when the ", proc(), " gets approved."],
                  ["Call me if the ", drug(), " doesn't arrive by ", K("Friday"), "."],
                  ["I'll bring the ", proc(), " forms on ", day(), "."]]),
            "\n\n", pick(["--\n", "Best,\n", "Thanks,\n", "Warmly,\n", ""]),
            P(f"{first} {last}"), f", {title}" if title else "", "\n",
            pick([["Direct: ", I(us_phone(), PHO), "\n"], ["", I(us_phone(), PHO), " (cell)\n"],
                  ["o ", I(us_phone(), PHO), " | c ", I(us_phone(False), PHO), "\n"]]),
            I(email_for(first, last), EMA)]
    if chance(0.7):
        segs += ["\n", I(url_for(first, last), URL_)]
    if chance(0.3):
        segs += ["\n", I(us_address(pick(["line", "multi"])), LOC)]
    return "signature", segs, None


@template(7)
def t_family_chat():
    a, b, c = us_person(), us_person(), us_person()
    who = pick(["Mom", "Dad", "Grandpa", "Grandma"])
    she, her, g = pron(who)
    lines = [
        [pick(RELS), " ", P(a[0]), ": ", pick(["did ", "has "]), K(who), pick([" take ", " had "]), her, " ", drug(),
         pick(["?", " this morning?", " yet?"])],
        [P(b[0]), ": ", pick([["yes at 8"], ["idk ask ", P(c[0])], ["not yet, ", P(c[0]), " has the pillbox"]])],
        [P(a[0]), ": ", pick(["ok. ", "k. ", "thanks. "]), pick(["the nurse is coming ", "PT is ", "doctor appt is "]), day(),
         pick([" at 10", " afternoon", ""])],
    ]
    if chance(0.6):
        lines.append([P(pick([b[0], c[0]])), ": ", pick(["my new number ", "call me at ", "text "]), I(us_phone(), PHO)])
    if chance(0.35):
        lines.append([P(a[0]), ": ", "address for the card is ", I(us_address(), LOC)])
    segs = []
    for ln in lines:
        segs += [ln, "\n"]
    return "speaker_label", segs[:-1], pick([None, None, "lower"])


@template(7)
def t_lower_note():
    first, last = us_person()
    nb = us_person()
    opt = R.randint(0, 3)
    if opt == 0:
        segs = ["hey its ", P(first), " ", pick(["again", "from next door", "grandmas neighbor"]), ". ",
                K(pick(["grandma", "your mom", "your dad", "grandpa"])), " is out of ", drug(), ". ", P(f"{nb[0]} {nb[1]}"),
                " said to text ", I(us_phone(), PHO)]
    elif opt == 1:
        segs = ["does anyone have ", P(last), "'s number? ", pick(["the lady from the ", "the guy from the "]),
                pick(["church", "senior center", "building"]), ". offered to drive to ", proc(), " on ", day()]
    elif opt == 2:
        segs = [P(first), " moved ", K(pick(["mom", "dad", "grandpa"])), " to ", I(us_address(), LOC), ". tell the ",
                drug(), " mail order people"]
    else:
        segs = ["reminder ", P(first), " + ", P(nb[0]), " -- ", lab(), " draw ", day(), ". fasting. no ", drug(), " till after"]
    return "lower_case", segs, "lower"


@template(5)
def t_all_caps():
    first, last = us_person()
    opt = R.randint(0, 3)
    if opt == 0:
        segs = ["THIS IS ", P(f"{first} {last}"), ". ", K(pick(["MY HUSBAND", "MY WIFE", "MOM", "DAD"])), " NEEDS ",
                drug(), " REFILLED. CALL ", I(us_phone(), PHO)]
    elif opt == 1:
        segs = ["PLEASE SEND ", proc(), " RECORDS FOR ", P(f"{first} {last}"), " DOB ", I(dob("US"), DOB), " TO ",
                I(us_address(), LOC)]
    elif opt == 2:
        segs = [P(first), " WHERE ARE YOU. ", K(pick(["DAD", "MOM"])), " FELL AGAIN. ", K("I'M"), " AT THE HOUSE, ",
                I(us_address(pick(["line", "nocomma"])), LOC)]
    else:
        segs = ["NEW NUMBER FOR ", P(f"{first} {last}"), ": ", I(us_phone(), PHO), ". OLD ONE IS OFF. ", cond(),
                " CLINIC HAS IT"]
    return "all_caps", segs, "upper"


@template(15)
def t_international_family():
    cc = pick(["UK", "DE", "FR", "ES", "MX", "BR", "IT", "NL", "PL", "JP", "CN", "KR", "IN", "SA", "RU", "TR", "VN", "PH",
               "CA", "IE", "AU"])
    rel = CC_LANG_REL.get(cc, pick(["Grandma", "Grandpa", "Auntie", "Uncle"]))
    she, her, g = pron(rel)
    first, last, full = intl_person(cc, g)
    me_f, me_l = us_person()
    opt = R.randint(0, 3)
    if opt == 0:
        segs = [K(rel), " ", P(full, "INTL"), " lives at ", I(intl_address(cc), LOC, "INTL"), ". ",
                pick(["Phone ", "Tel ", her.capitalize() + " number: "]), I(intl_phone(cc), PHO, "INTL"), ". ",
                she.capitalize(), pick([" takes ", " is still on ", " ran out of "]), drug()]
    elif opt == 1:
        segs = ["My ", pick(["mother", "aunt"]) if g == "F" else pick(["father", "uncle"]), " ", P(full, "INTL"), " in ",
                I(pick(INTL_CITY[cc]), LOC, "INTL"), " has ", cond(), ". ", her.capitalize(), " doctor there: ",
                I(intl_phone(cc), PHO, "INTL"), ". Me: ", P(f"{me_f} {me_l}"), ", ", I(us_phone(), PHO)]
    elif opt == 2:
        segs = ["send the ", drug(), " to ", P(full, "INTL"), "\n", I(intl_address(cc), LOC, "INTL"), "\n", I(intl_phone(cc), PHO, "INTL")]
    else:
        em = (email_for(first, last, cc) if cc not in ("JP", "CN", "KR", "SA", "RU", "VN") else
              f"{pick(['clinic', 'info', 'contact', 'family'])}{digits(2)}@{pick(['mail.ru', 'naver.com', 'qq.com', 'yahoo.co.jp', 'gmail.com'])}")
        segs = [P(me_f), ": ", K(rel), " landed in ", I(pick(INTL_CITY[cc]), LOC, "INTL"), ". the clinic there is ",
                I(intl_phone(cc), PHO, "INTL"), ", email ", I(em, EMA, "INTL")]
    return "international", segs, None


@template(5)
def t_list_contacts():
    pf, pl = us_person()
    rows = []
    for role in R.sample(["PCP", "Cardiology", "Neuro", "Home health", "Pharmacy", "Hospice", "Dentist", "Podiatry", "Pulm"], R.randint(3, 5)):
        if role == "Pharmacy":
            rows.append([f"- {role}: ", K(pick(["Walgreens", "CVS", "Rite Aid"])), " ", I(us_phone(), PHO)])
        elif role in ("Home health", "Hospice"):
            rows.append([f"- {role}: nurse ", P(us_person()[0]), " ", I(us_phone(), PHO)])
        else:
            rows.append([f"- {role}: Dr. ", P(us_person()[1]), " ", I(us_phone(), PHO)])
    if chance(0.4):
        rows.append(["- Poison Control ", K("1-800-222-1222")])
    if chance(0.3):
        rows.append(["- crisis line ", K("988")])
    segs = [pick(["Contacts for ", "Phone list -- ", "Who to call about "]), K(pick(["Mom", "Dad", "Grandpa"])), " (",
            P(f"{pf} {pl}"), ", ", cond(), ")\n"]
    for r_ in rows:
        segs += [r_, "\n"]
    return "list", segs[:-1], None


@template(6)
def t_run_on_story():
    a, b = us_person(), us_person()
    who = pick(["Grandpa", "Dad", "Mom", "Grandma"])
    she, her, g = pron(who)
    him = "her" if g == "F" else "him"
    segs = [pick(["so last night ", "ok long story but ", "update everyone, ", "I don't even know where to start, "]),
            K(who), pick([" fell in the kitchen", " got confused and wandered out", " had chest pain", " couldn't breathe right"]),
            " and ", P(a[0]), " found ", him, " and called 911 and they took ", him,
            " to ", pick(["St. Mary's", "the county hospital", "Mercy", "the VA"]), " and the ER doctor Dr. ", P(b[1]),
            " said it was ", cond(), " and they're keeping ", him, " on ", drug(),
            pick([" for now", " overnight", " until the cardiologist sees " + him]), pick([", call ", ", text "]), P(a[0]), " at ",
            I(us_phone(), PHO), pick([" not me my phone is dying", " for updates", ""])]
    return "run_on", segs, pick([None, None, "lower"])


@template(4)
def t_forwarded():
    a, b = us_person(), us_person()
    em = email_for(*a)
    segs = [pick(["---------- Forwarded message ---------\n", "Begin forwarded message:\n\n", "FW:\n"]),
            "From: ", P(f"{a[0]} {a[1]}"), " <", I(em, EMA), ">\n",
            "Subject: ", pick(["Re: ", "", "Fwd: "]), pick(["appt", "results", "the bill", "Dad"]), "\n\n",
            pick(["Hi ", "Dear ", "Hey "]), P(b[0]), ", ", pick(["the ", "her ", "his "]), lab(), " ",
            pick(["came back normal", "is high again", "needs to be repeated"]), ". ",
            pick(["Dr. ", "Nurse "]), P(us_person()[1]), pick([" wants a call back at ", " said to call "]), I(us_phone(), PHO), "."]
    if chance(0.35):
        segs += ["\n\n", P(a[0]), "\n", I(url_for(*a), URL_)]
    return "forwarded", segs, None


@template(8)
def t_intl_chat():
    cc = pick(["UK", "DE", "FR", "ES", "MX", "BR", "IT", "PL", "IN", "PH", "VN", "TR", "IE", "AU", "CA", "NL"])
    a_first, a_last, a_full = intl_person(cc)
    b_first, b_last, b_full = intl_person(cc)
    me = us_person()[0]
    who = pick(["Dad", "Mum", "Grandma", "Grandad"])
    she, her, g = pron(who.replace("Grandad", "Dad"))
    lines = [[P(me), ": how is ", K(who), " today?"],
             [P(a_first, "INTL"), ": ", pick(["better", "tired", "not great"]), ", the ", cond(), " is ",
              pick(["under control", "worse at night", "stable"]), ". ", P(b_first, "INTL"), " is with ", her if g == "F" else "him"],
             [P(me), ": ", pick(["what's the clinic number there", "send me the clinic number", "where do I send the meds"])],
             [P(a_first, "INTL"), ": ", pick([[I(intl_phone(cc), PHO, "INTL")], [I(intl_address(cc), LOC, "INTL")],
                                                  [I(intl_phone(cc), PHO, "INTL"), ", ", I(intl_address(cc), LOC, "INTL")]])]]
    if chance(0.4):
        lines.append([P(b_first, "INTL"), ": my mobile ", I(intl_phone(cc), PHO, "INTL")])
    segs = []
    for ln in lines:
        segs += [ln, "\n"]
    return "speaker_label", segs[:-1], None


@template(8)
def t_form_ssn():
    first, last = us_person()
    segs = [pick(["Caregiver timesheet\n", "Application for assistance\n", "Release of information\n", "W-9 for the aide\n"]),
            "Name: ", P(f"{first} {last}"), "\n",
            pick(["SSN: ", "Social Security #: ", "SS#: ", "Soc Sec No: "]), I(ssn(), SSN), "\n",
            "DOB: ", I(dob("US"), DOB), "\n",
            "Address: ", I(us_address(pick(["line", "po", "rr"])), LOC), "\n",
            pick(["Email: ", "E-mail: "]), I(email_for(first, last), EMA)]
    if chance(0.5):
        segs += ["\n", pick(["Client dx: ", "Reason: ", "Condition: "]), cond()]
    return "form", segs, None


@template(9)
def t_ssn_chat():
    first, last = us_person()
    s = ssn()
    who = pick(PARENT)
    she, her, g = pron(who)
    opt = R.randint(0, 2)
    if opt == 0:
        return "speaker_label", [P(first), ": the ", K(pick(["Medicaid", "Medicare"])), " lady needs ", K(who), "'s social, it's ",
                                 I(s, SSN), pick([". I'll delete this after", ". dont share", ""])], pick([None, "lower"])
    if opt == 1:
        return "lower_case", ["last 4 of ", K(who.lower()), "'s social is ", I(s[-4:], SSN),
                              pick([", they only need that", ""]), ". appt is for the ", proc(), " -", P(first)], "lower"
    return "general_text", [pick(["ssn ", "SSN: ", "social "]), I(s, SSN), " dob ", I(dob("US"), DOB), " -- for ",
                            P(f"{first} {last}"), "'s ", proc(), " paperwork"], pick([None, "lower"])


@template(15)
def t_url_page():
    first, last = us_person()
    who = pick(PARENT)
    opt = R.randint(0, 3)
    if opt == 0:
        segs = ["We made a page for ", P(first), "'s recovery from the ", pick([proc(), K("stroke"), K("heart attack")]), ": ",
                I(url_for(first, last, "recovery"), URL_)]
    elif opt == 1:
        segs = ["here's the link ", P(first), " set up for ", K(who), "'s medical bills ", I(url_for(first, last, "bills"), URL_),
                " pls share"]
    elif opt == 2:
        segs = [P(f"{first} {last}"), " posts updates about living with ", cond(), " at ", I(url_for(first, last, "posts"), URL_)]
    else:
        segs = ["obituary and service info for ", P(f"{first} {last}"), ": ", I(url_for(first, last, "obit"), URL_),
                ". in lieu of flowers, donate to ",
                K(pick(["the Alzheimer's Association", "the American Heart Association", "hospice"]))]
    return pick(["general_text", "general_text", "lower_case"]), segs, None


@template(3)
def t_military_po():
    first, last = us_person()
    segs = [pick(["Please mail ", "Ship ", "Send "]), pick(["his ", "her ", "the "]), drug(),
            pick([" refills to ", " to "]), P(f"{first} {last}"), " at ", I(us_address(pick(["mil", "mil", "po", "rr"])), LOC),
            pick(["", ". Deployed, use this one", ". no street delivery out there"])]
    return "general_text", segs, None


@template(6)
def t_nonlatin():
    cc = pick(["JP", "CN", "KR", "RU", "SA"])
    first, last, full = intl_person(cc)
    me = us_person()
    addr = intl_address(cc)
    segs = [P(me[0]), ": ", pick(["writing it the way the form wants, ", "in their script for the pharmacy: ", ""]),
            P(full, "INTL"), ", ", I(addr, LOC, "INTL"), ", ", I(intl_phone(cc), PHO, "INTL"), ". ", drug(), " ",
            pick(["1 tab", "twice a day", "at night"])]
    return "international", segs, None


@template(3)
def t_typos():
    first, last = us_person()
    misspell = {"metformin": "metforman", "lisinopril": "lisinipril", "gabapentin": "gabapenton", "amlodipine": "amlodapine",
                "levothyroxine": "levothyroxin", "atorvastatin": "atorvastaten"}
    d_ok = pick(list(misspell))
    segs = [pick(["hi its ", "helo this is ", "Hi its "]), P(first), " ", pick(["i need", "i ned", "pls i need"]), " my ",
            K(misspell[d_ok]), pick([" refil", " refilled", " refill agian"]), ". ", pick(["pharmcy", "pharmacy"]),
            " is on ", I(us_street(), LOC), ". my numbr ", I(us_phone(), PHO), pick([" thank u", " thx", ""])]
    return "typos", segs, None


@template(2)
def t_vanity():
    first, last = us_person(gender="M")
    segs = [P(f"{first} {last}"), pick([" runs a ", " has a little "]), pick(["cleaning", "handyman", "catering", "moving"]),
            " business and offered to help with ", K(pick(PARENT)), "'s house after the ", cond(), ". His number is ",
            I(vanity_phone(), PHO), pick([" (it spells it out)", "", ", ask for " + first])]
    return "general_text", segs, None


@template(3)
def t_city_only():
    first, last = us_person()
    c = us_city_state()
    segs = [P(first), pick([" is driving down from ", " flew in from ", " moved back to "]), I(c, LOC),
            pick([" to help with ", " for "]), K(pick(PARENT)), "'s ", proc(), ". ", CONT(), " see how it goes"]
    return pick(["lower_case", "general_text", "run_on"]), segs, None


def CONT():
    return K(pick(["We'll", "I'm gonna", "Let's"]))


# ---------------------------------------------------------------- fix-ups for a few templates
def _first_seg_fix(segs):
    return segs


FREE_TEXT = {"general_text", "run_on", "typos", "international", "lower_case", "all_caps"}


def draw(fn):
    style, segs, case = fn()
    if case is None and style == "lower_case":
        case = "lower"
    if case is None and style == "all_caps":
        case = "upper"
    if case == "lower" and style in FREE_TEXT:
        style = "lower_case"
    if case == "upper" and style in FREE_TEXT:
        style = "all_caps"
    if case is None and style in ("lower_case", "all_caps"):
        raise ValueError("style without case")
    return assemble(style, segs, case)


def main():
    hand = parse_all(os.path.join(HERE, "hand"))
    msgs = list(hand)
    made = []
    n_rec = round(N_TEMPLATE * 0.30)

    def allocate(group, n):
        # deterministic share of n by weight (largest remainder), so every template gets its share
        tot = sum(w for _, w in group)
        raw = [(fn, n * w / tot) for fn, w in group]
        cnt = {fn: int(x) for fn, x in raw}
        rest = n - sum(cnt.values())
        for fn, x in sorted(raw, key=lambda t: -(t[1] - int(t[1])))[:rest]:
            cnt[fn] += 1
        return [fn for fn, c in cnt.items() for _ in range(c)]

    plan = allocate([(t, w) for t, w, rec in TEMPLATES if rec], n_rec) + \
        allocate([(t, w) for t, w, rec in TEMPLATES if not rec], N_TEMPLATE - n_rec)
    R.shuffle(plan)
    seen_text = {m["text"] for m in msgs}
    for fn in plan:
        for _ in range(200):
            try:
                m = draw(fn)
            except ValueError:
                continue
            m2 = dict(id="hd65-000", **m)
            if check_message(m2) or m["text"] in seen_text or not m["identifiers"]:
                continue
            seen_text.add(m["text"])
            made.append(m)
            break
        else:
            raise RuntimeError(f"could not draw from {fn.__name__}")
    # interleave: hand messages keep their order, template messages are spread between them
    out = []
    hi, ti = 0, 0
    total = len(hand) + len(made)
    for k in range(total):
        if ti < len(made) and (hi >= len(hand) or R.random() < len(made) / total):
            out.append(made[ti]); ti += 1
        else:
            out.append(hand[hi]); hi += 1
    out += hand[hi:] + made[ti:]
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, m in enumerate(out):
            rec = {"id": f"hd65-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} messages ({len(hand)} hand, {len(made)} template) to {os.path.basename(OUT)}")


if __name__ == "__main__":
    main()
