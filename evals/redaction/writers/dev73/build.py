"""Build handwritten_dev73.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup: hand/FORMAT.md).
2. Fill the rest from the templates below with Faker values (fixed seed 7373).
3. Shuffle deterministically, number hd73-000 ..., write JSONL.

Every template message is checked with validate.check_message and re-drawn if it fails
(e.g. a drawn name that happens to sit inside another word of the same message).
"""
import json, random, re, sys, os
from faker import Faker

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from handparse import parse_all
from helpers import make_iban, random_bban, group4, make_card, luhn_ok
from validate import check_message

SEED = 7373
N_TEMPLATE = 195
rng = random.Random(SEED)
Faker.seed(SEED)
FK = {}
def fk(loc):
    if loc not in FK:
        FK[loc] = Faker(loc)
        FK[loc].seed_instance(SEED + len(FK))
    return FK[loc]

def pick(seq):
    return rng.choice(seq)

def chance(p):
    return rng.random() < p

# ---------------------------------------------------------------- vocab (keep words)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "sertraline", "oxycodone",
         "atorvastatin", "amlodipine", "gabapentin", "levothyroxine", "Xarelto", "Jardiance", "Ozempic",
         "prednisone", "albuterol", "Symbicort", "omeprazole", "tamsulosin", "donepezil", "Namenda",
         "carvedilol", "furosemide", "spironolactone", "insulin glargine", "Humalog", "Trulicity",
         "hydrochlorothiazide", "losartan", "clopidogrel", "Entresto", "trazodone", "Seroquel", "buspirone",
         "duloxetine", "tramadol", "Tylenol", "ibuprofen", "vitamin D3", "fish oil", "St. John's wort",
         "Keppra", "Sinemet", "methotrexate", "Humira", "Synthroid", "potassium chloride", "nitroglycerin",
         "Flomax", "Zoloft", "Lexapro", "magnesium oxide", "Miralax", "senna", "Norco", "Narcan", "Suboxone"]
CONDITIONS = ["atrial fibrillation", "hypertension", "type 2 diabetes", "COPD", "CHF", "Alzheimer's",
              "Parkinson's", "hypertriglyceridemia", "opioid use disorder", "chronic kidney disease",
              "osteoarthritis", "macular degeneration", "neuropathy", "sleep apnea", "GERD", "UTI",
              "pneumonia", "cellulitis", "depression", "anxiety", "dementia", "DVT", "gout", "vertigo",
              "rheumatoid arthritis", "hypothyroidism", "heart failure", "shingles", "asthma", "epilepsy",
              "breast cancer", "multiple sclerosis", "anemia", "osteoporosis", "stroke", "sepsis"]
LABS = ["Hemoglobin A1c", "INR", "BMP", "CBC", "lipid panel", "TSH", "BNP", "troponin", "creatinine",
        "eGFR", "vitamin B12", "PSA", "urinalysis", "potassium", "ferritin", "CMP"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankle", "wrist", "chest", "feet", "eyes",
        "kidneys", "lungs", "bladder", "skin", "right foot", "left arm"]
RELATIONS_LC = ["mom", "dad", "grandma", "grandpa", "nana", "papa", "auntie", "uncle", "abuela", "pop",
                "granny", "mama", "gramps", "sis", "bro", "hubby", "wife", "son", "daughter"]
RELATION_TITLE = ["Mom", "Dad", "Grandma", "Grandpa", "Aunt", "Uncle", "Nana", "Papa", "Granny", "Pops"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Cleveland Clinic",
        "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "VA", "Meals on Wheels", "Costco pharmacy",
        "Quest Diagnostics", "LabCorp", "Visiting Angels", "Johns Hopkins"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HELPLINES = [("988", "988"), ("Poison Control", "1-800-222-1222"), ("the Medicare line", "1-800-633-4227")]
PETS = ["Biscuit", "Duke", "Bella", "Rocky", "Peanut", "Daisy", "Lucky", "Oreo", "Murphy", "Buster",
        "Princess", "Gizmo"]

# ---------------------------------------------------------------- US values
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"),
             ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Savannah", "GA", "314"), ("Dayton", "OH", "454"),
             ("Spokane", "WA", "992"), ("El Paso", "TX", "799"), ("Lubbock", "TX", "794"), ("Mesa", "AZ", "852"),
             ("Omaha", "NE", "681"), ("Knoxville", "TN", "379"), ("Reno", "NV", "895"), ("Duluth", "MN", "558"),
             ("Macon", "GA", "312"), ("Flint", "MI", "485"), ("Erie", "PA", "165"), ("Pueblo", "CO", "810"),
             ("Baton Rouge", "LA", "708"), ("Sioux Falls", "SD", "571"), ("Billings", "MT", "591"),
             ("Hartford", "CT", "061"), ("Providence", "RI", "029"), ("Portland", "ME", "041"),
             ("Charleston", "WV", "253"), ("Little Rock", "AR", "722"), ("Jackson", "MS", "392"),
             ("Birmingham", "AL", "352"), ("Wichita", "KS", "672"), ("Des Moines", "IA", "503"),
             ("Madison", "WI", "537"), ("Fargo", "ND", "581"), ("Cheyenne", "WY", "820"), ("Anchorage", "AK", "995"),
             ("Honolulu", "HI", "968"), ("Santa Fe", "NM", "875"), ("Ogden", "UT", "844"), ("Salem", "OR", "973"),
             ("Newark", "NJ", "071"), ("Wilmington", "DE", "198"), ("Burlington", "VT", "054"),
             ("Manchester", "NH", "031"), ("Lexington", "KY", "405"), ("Greenville", "SC", "296"),
             ("Durham", "NC", "277"), ("Richmond", "VA", "232"), ("Gainesville", "FL", "326"),
             ("Orlando", "FL", "328"), ("Yonkers", "NY", "107"), ("Scranton", "PA", "185"),
             ("Chula Vista", "CA", "919"), ("Bakersfield", "CA", "933"), ("Laredo", "TX", "780"),
             ("Rockford", "IL", "611"), ("Kalamazoo", "MI", "490"), ("Evansville", "IN", "477"),
             ("Peoria", "AZ", "853"), ("Independence", "MO", "640"), ("Hialeah", "FL", "330"),
             ("Lowell", "MA", "018"), ("Paterson", "NJ", "075"), ("Gary", "IN", "464"), ("Waco", "TX", "767")]
STREET_NAMES = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Willow", "Hickory", "Sycamore", "Magnolia",
                "Lincoln", "Washington", "Jefferson", "Madison", "Franklin", "Jackson", "Monroe", "Grant",
                "Park", "Lake", "Hill", "River", "Church", "Mill", "Spring", "Ridge", "Meadow", "Prairie",
                "Sunset", "Highland", "Orchard", "Chestnut", "Dogwood", "Cottonwood", "Juniper", "Aspen",
                "Martin Luther King Jr", "Cesar Chavez", "Kingsley", "Beaumont", "Whitaker", "Delaney",
                "Hawthorne", "Bayview", "Rosewood", "Foxglove", "Quail Run", "Timber Creek", "Old Mill"]
STREET_SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane",
                 "Blvd", "Ct", "Court", "Way", "Pl", "Pkwy", "Cir", "Ter", "Trl", "Hwy"]
DIRS = ["", "", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "]

def _first(f, g):
    if g == "m": return f.first_name_male()
    if g == "f": return f.first_name_female()
    return f.first_name()

FEMALE_REL = {"daughter", "wife", "niece", "sister", "granddaughter", "aunt", "mother", "mom", "grandma",
              "grandmother", "nana", "granny", "mama", "abuela", "auntie", "sis"}
MALE_REL = {"son", "husband", "nephew", "brother", "grandson", "uncle", "father", "dad", "grandpa",
            "grandfather", "papa", "pop", "pops", "gramps", "bro", "hubby"}

def gender_of(rel):
    r = rel.lower().replace("my ", "").strip()
    return "f" if r in FEMALE_REL else "m" if r in MALE_REL else None

def pron(g):
    return {"f": ("she", "her"), "m": ("he", "his")}.get(g) or pick([("she", "her"), ("he", "his")])

def us_name_parts(g=None):
    if g is None:
        g = pick("mf")
    r = rng.random()
    if r < 0.55:
        f = fk("en_US"); return _first(f, g), f.last_name()
    if r < 0.70:
        f = fk("es_MX"); return _first(f, g).split()[0], f.last_name()
    if r < 0.76:
        return pick(["Minh", "Tuan", "Quang", "Duc", "Bao", "Hung"] if g == "m" else ["Linh", "Huong", "Lan", "Thu", "Mai", "Thao"]), \
               pick(["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"])
    if r < 0.82:
        f = fk("en_IN"); return _first(f, g), f.last_name()
    if r < 0.86:
        return _first(fk("en_US"), g), pick(["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva",
                                               "Mendoza", "Aquino", "Ramos", "Manalo", "Pascual"])
    if r < 0.90:
        return pick(["Kwame", "Chidi", "Yaw", "Emeka", "Kofi"] if g == "m" else ["Ngozi", "Amara", "Folasade", "Adaeze", "Abena"]), \
               pick(["Okafor", "Mensah", "Adeyemi", "Nwosu", "Boateng", "Eze", "Owusu", "Balogun"])
    if r < 0.94:
        f = fk("pl_PL"); return _first(f, g), f.last_name()
    f = fk(pick(["it_IT", "de_DE", "fr_FR", "en_GB"])); return _first(f, g), f.last_name()

# names that are also ordinary English words, for the "names that are words" stress
WORD_FIRST = ["Will", "Grace", "Hope", "Rose", "Bill", "Sue", "Pat", "Mark", "Faith", "Dawn", "Summer",
              "Hunter", "Joy", "Ivy", "Penny", "Art", "Sandy", "Frank", "Ray", "Jack", "Drew", "Chase",
              "Carol", "Holly", "Amber", "Iris", "Daisy", "Violet", "Rusty", "Sunny", "Destiny", "Harmony"]
WORD_LAST = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Wood", "Lane", "Fox", "Bishop",
             "Cook", "Baker", "Fields", "Rivers", "Marsh", "Frost", "Bell", "Swift", "Church", "Glass", "King"]
NICKS = ["bubba", "sissy", "junior", "pookie", "boo", "lil man", "tink", "peaches", "tootsie", "doodle",
         "bean", "skeeter", "big mike", "lulu", "bunny", "cookie", "pumpkin", "jojo", "dee dee", "mimi",
         "bird", "tater", "squirt", "chachi", "nene", "gordo", "flaca", "chula", "beto", "pepa"]

def us_full_name():
    a, b = us_name_parts()
    return f"{a} {b}"

US_AREA = ["205", "217", "231", "256", "303", "312", "315", "319", "330", "334", "347", "352", "404", "412",
           "414", "417", "419", "434", "469", "478", "502", "504", "512", "520", "540", "559", "570", "585",
           "601", "605", "608", "612", "614", "616", "618", "630", "651", "660", "701", "702", "706", "708",
           "712", "717", "724", "731", "757", "765", "770", "773", "785", "786", "802", "803", "806", "810",
           "813", "814", "815", "832", "843", "850", "856", "859", "863", "865", "901", "906", "907", "912",
           "915", "916", "918", "919", "920", "928", "931", "937", "940", "952", "970", "971", "978", "985"]

def us_phone():
    a = pick(US_AREA); p = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    if chance(0.5):
        p = "555"; l = f"01{rng.randint(0, 99):02d}"
    else:
        l = f"{rng.randint(0, 9999):04d}"
    shapes = [f"({a}) {p}-{l}", f"{a}-{p}-{l}", f"{a}.{p}.{l}", f"{a}{p}{l}", f"+1 {a} {p} {l}",
              f"1-{a}-{p}-{l}", f"001-{a}-{p}-{l}", f"({a}){p}-{l}", f"{a} {p} {l}", f"+1 ({a}) {p}-{l}",
              f"+1-{a}-{p}-{l}", f"1 ({a}) {p}-{l}", f"{a}/{p}-{l}"]
    s = pick(shapes)
    if chance(0.14):
        s += pick([f" x{rng.randint(2, 9999)}", f" ext. {rng.randint(2, 999)}", f" ext {rng.randint(2, 999)}",
                   f" extension {rng.randint(1, 9)}", f" x{rng.randint(100, 999)}", f" EXT {rng.randint(10, 99)}"])
    return s

def vanity_phone(word):
    pre = pick(["800", "888", "877", "866", "844"])
    return pick([f"1-{pre}-{word}", f"{pre}-{word}", f"1 ({pre}) {word}", f"1-{pre}-{word.replace('-', '')}"])

def us_street():
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 29999)]))
    if chance(0.6):
        st = pick(STREET_NAMES)
    else:
        st = fk("en_US").street_name().rsplit(" ", 1)[0]
    return f"{num} {pick(DIRS)}{st} {pick(STREET_SUFFIX)}"

def us_unit():
    return pick([f"Apt {rng.randint(1, 40)}{pick(['', 'A', 'B', 'C', 'R', 'L'])}", f"Apt. {rng.randint(1, 9)}{pick('ABCDEF')}",
                 f"Suite {rng.randint(100, 950)}", f"#{rng.randint(1, 300)}", f"Unit {rng.randint(1, 60)}",
                 f"Ste {rng.randint(100, 500)}", f"Apartment {rng.randint(1, 30)}", f"Lot {rng.randint(1, 90)}",
                 f"Rm {rng.randint(100, 420)}", f"Fl {rng.randint(2, 12)}"])

def us_zip(prefix):
    z = prefix + f"{rng.randint(1, 99):02d}"
    if chance(0.2):
        z += f"-{rng.randint(1, 9999):04d}"
    return z

def us_city_state(full_state=False):
    c, s, p = pick(US_CITIES)
    return c, s, p

STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "GA": "Georgia", "CA": "California",
               "NY": "New York", "FL": "Florida", "MI": "Michigan", "PA": "Pennsylvania", "AZ": "Arizona"}

def us_address(multiline=None, unit=None, lower=False, caps=False):
    c, s, p = us_city_state()
    street = us_street()
    if unit is None:
        unit = chance(0.45)
    if unit:
        street += pick([" ", ", "]) + us_unit()
    z = us_zip(p)
    if multiline is None:
        multiline = chance(0.25)
    sep = "\n" if multiline else pick([", ", ", ", " "])
    state = s if not (chance(0.1) and s in STATE_NAMES) else STATE_NAMES[s]
    addr = f"{street}{sep}{c}, {state} {z}" if chance(0.85) else f"{street}{sep}{c} {state} {z}"
    if lower: addr = addr.lower()
    if caps: addr = addr.upper()
    return addr

def us_po_box():
    c, s, p = us_city_state()
    return pick([f"PO Box {rng.randint(1, 9999)}, {c}, {s} {us_zip(p)}",
                 f"P.O. Box {rng.randint(1, 999)}, {c}, {s} {us_zip(p)}",
                 f"P O Box {rng.randint(1, 9999)}\n{c}, {s} {us_zip(p)}"])

def us_rural():
    c, s, p = us_city_state()
    return pick([f"RR {rng.randint(1, 9)} Box {rng.randint(1, 400)}, {c}, {s} {us_zip(p)}",
                 f"Rural Route {rng.randint(1, 5)}, Box {rng.randint(1, 200)}, {c} {s} {us_zip(p)}",
                 f"HC {rng.randint(1, 80)} Box {rng.randint(10, 999)}, {c}, {s} {us_zip(p)}"])

def us_military():
    st, zp = pick([("AE", "09"), ("AP", "96"), ("AA", "340")])
    z = zp + "".join(str(rng.randint(0, 9)) for _ in range(5 - len(zp)))
    kind = pick(["APO", "FPO", "DPO"])
    head = pick([f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999)}",
                 f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 9999)}",
                 f"CMR {rng.randint(400, 499)} Box {rng.randint(1, 9999)}",
                 f"USS {pick(['Nimitz', 'Truman', 'Ford', 'Bataan', 'Kearsarge'])}"])
    return f"{head}{pick([', ', chr(10)])}{kind} {st} {z}"

def us_city_only(caps=False):
    c, s, p = us_city_state()
    v = pick([f"{c}, {s}", f"{c} {s}", f"{c}, {STATE_NAMES.get(s, s)}", c])
    return v.upper() if caps else v

def dob_value(lo=1925, hi=2022):
    y = rng.randint(lo, hi); m = rng.randint(1, 12); d = rng.randint(1, 28)
    mon = MONTHS[m - 1]
    return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}",
                 f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{d} {mon} {y}", f"{m:02d}-{d:02d}-{y}",
                 f"{mon[:3]}. {d}, {y}", f"{m:02d}{d:02d}{y}", f"{m}.{d}.{y}"])

def ssn_value():
    a = rng.choice([x for x in range(1, 900) if x != 666]); b = rng.randint(1, 99); c = rng.randint(1, 9999)
    return pick([f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d}{b:02d}{c:04d}", f"{a:03d} {b:02d} {c:04d}",
                 f"{a:03d}-{b:02d}-{c:04d}"])

def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    s = f"{rng.randint(1, 9)}{pick(L)}{pick(L + '0123456789')}{rng.randint(0, 9)}{pick(L)}{pick(L + '0123456789')}{rng.randint(0, 9)}{pick(L)}{pick(L)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return s if chance(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"

def mrn_value():
    return pick([f"{rng.randint(0, 99999999):08d}", f"{rng.randint(100000, 9999999)}",
                 f"MR{rng.randint(100000, 9999999)}", f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
                 f"E{rng.randint(1000000, 99999999)}", f"{pick('ABCDHKMW')}{rng.randint(100000000, 999999999)}",
                 mbi(), f"{pick(['XJH', 'ZGP', 'MBR', 'YHA', 'W'])}{rng.randint(10000000, 999999999)}",
                 f"{rng.randint(100000000, 999999999)}{pick('AB')}", f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])

MRN_LABELS = ["MRN", "MRN:", "MRN#", "Chart #", "chart no.", "Member ID", "member id", "Medicare #", "MBI",
              "Medicaid ID", "Pt ID", "Acct/MRN", "med rec #", "Subscriber ID", "ID#"]

def aba_routing():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = pick([0, 1, 2, 3]) if d[0] > 3 else d[0]
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))

def card_value():
    prefix, length = pick([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15), ("34", 15), ("6011", 16)])
    num = make_card(prefix, length, rng)
    if chance(0.2):  # not Luhn-valid (typo'd number), still an account number
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    if length == 15:
        return pick([num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    return pick([num, group4(num), "-".join(num[i:i + 4] for i in range(0, 16, 4)), group4(num)])

CARD_LABELS = ["card", "card #", "cc", "visa", "Visa", "credit card", "CC#", "card number", "mastercard", "amex", "debit card"]

def bank_account():
    return pick([f"{rng.randint(10000000, 9999999999)}", f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 9999)}",
                 f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}", f"00{rng.randint(10000000, 99999999)}"])

IBAN_COUNTRIES = ["DE", "GB", "FR", "ES", "IT", "NL", "PL", "BE", "CH", "AT", "PT", "IE", "TR", "SA"]

def iban_value(country=None):
    c = country or pick(IBAN_COUNTRIES)
    ib = make_iban(c, random_bban(c, rng))
    r = rng.random()
    if r < 0.45: s = group4(ib)
    elif r < 0.8: s = ib
    else: s = group4(ib) if chance(0.5) else ib
    if chance(0.15): s = s.lower()
    return s

INTL_DOMAINS = {"GB": ["btinternet.com", "yahoo.co.uk", "sky.com"], "DE": ["gmx.de", "web.de", "t-online.de"],
                "FR": ["orange.fr", "free.fr", "laposte.net"], "MX": ["prodigy.net.mx", "hotmail.com"],
                "ES": ["telefonica.net", "hotmail.es"], "BR": ["uol.com.br", "bol.com.br"], "IT": ["libero.it", "tiscali.it"],
                "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl"], "IN": ["rediffmail.com", "gmail.com"],
                "CA": ["rogers.com", "shaw.ca"], "JP": ["docomo.ne.jp", "yahoo.co.jp"], "CN": ["qq.com", "163.com"],
                "KR": ["naver.com", "daum.net"], "RU": ["yandex.ru", "mail.ru"], "SA": ["gmail.com", "hotmail.com"],
                "TR": ["hotmail.com.tr", "gmail.com"]}

def email_for(first, last, intl=False):
    f = re.sub(r"[^a-z0-9]", "", strip_accents(first).lower()) or pick(["care", "family", "home"])
    l = re.sub(r"[^a-z0-9]", "", strip_accents(last).lower()) or str(rng.randint(10, 99))
    dom = pick(["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "outlook.com", "icloud.com", "comcast.net",
                "att.net", "sbcglobal.net", "protonmail.com", "msn.com", "bellsouth.net"]) if not intl else \
        pick(INTL_DOMAINS.get(intl, ["gmail.com"]))
    user = pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f}",
                 f"{f}{rng.randint(1940, 2005)}", f"{f[0]}.{l}{rng.randint(1, 9)}", f"{f}{l[0]}"])
    return f"{user}@{dom}"

def url_for(first, last):
    f = re.sub(r"[^a-z0-9]", "", strip_accents(first).lower()) or "family"
    l = re.sub(r"[^a-z0-9]", "", strip_accents(last).lower()) or "care"
    return pick([f"https://www.caringbridge.org/visit/{f}{l}", f"caringbridge.org/visit/{f}{l}",
                 f"https://www.facebook.com/{f}.{l}", f"facebook.com/{f}.{l}.{rng.randint(1, 99)}",
                 f"https://www.linkedin.com/in/{f}-{l}-{rng.randint(100, 999)}", f"www.{f}{l}.com",
                 f"https://{f}{l}.wordpress.com", f"https://gofund.me/{rng.randint(10000, 99999)}{f[:2]}",
                 f"https://www.gofundme.com/f/help-{f}-{l}", f"instagram.com/{f}_{l}", f"https://{f}-{l}.net",
                 f"https://sites.google.com/view/{f}{l}care", f"https://www.mealtrain.com/trains/{f}-{l}",
                 f"x.com/{f}{l}{rng.randint(1, 99)}", f"https://lotsahelpinghands.com/c/{f}-{l}-family"])

def strip_accents(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

# ---------------------------------------------------------------- international values
def intl_person(country, g=None):
    loc = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "ES": "es_ES", "BR": "pt_BR",
           "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "IN": "en_IN", "CA": "en_CA", "JP": "ja_JP",
           "CN": "zh_CN", "KR": "ko_KR", "RU": "ru_RU", "SA": "ar_SA", "TR": "tr_TR"}[country]
    f = fk(loc)
    try:
        first = _first(f, g)
    except AttributeError:
        first = f.first_name()
    last = f.last_name()
    if country == "RU" and g == "f" and not last.endswith("а"):
        last = last + "а" if last.endswith(("ов", "ев", "ин", "ын")) else last
    if country in ("JP", "CN", "KR"):
        return f"{last}{first}" if country != "JP" or chance(0.5) else f"{last} {first}", first, last
    if country == "DE": last = last.replace(" II", "").replace(" III", "")
    return f"{first} {last}", first, last

INTL_CITIES = {
    "GB": [("London", "SE15 4QL"), ("Leeds", "LS8 2PT"), ("Bristol", "BS3 1QD"), ("Glasgow", "G12 8QQ"),
           ("Cardiff", "CF24 3AA"), ("Norwich", "NR2 4SF"), ("Sheffield", "S10 2TN"), ("Brighton", "BN2 9QA")],
    "DE": [("Berlin", "10245"), ("München", "80331"), ("Köln", "50667"), ("Hamburg", "22765"), ("Leipzig", "04109")],
    "FR": [("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13006"), ("Lille", "59000"), ("Nantes", "44000")],
    "MX": [("Guadalajara, Jal.", "44100"), ("Monterrey, N.L.", "64000"), ("Puebla, Pue.", "72000"), ("Mérida, Yuc.", "97000")],
    "ES": [("Valencia", "46002"), ("Bilbao", "48001"), ("Málaga", "29015"), ("Zaragoza", "50001")],
    "BR": [("Rio de Janeiro - RJ", "22041-001"), ("Belo Horizonte - MG", "30130-010"), ("Curitiba - PR", "80010-000"), ("Recife - PE", "50030-230")],
    "IT": [("Milano MI", "20121"), ("Roma RM", "00184"), ("Napoli NA", "80134"), ("Bologna BO", "40126")],
    "NL": [("Rotterdam", "3011 AD"), ("Utrecht", "3511 LX"), ("Groningen", "9711 LV"), ("Den Haag", "2511 CV")],
    "PL": [("Warszawa", "00-950"), ("Kraków", "31-042"), ("Gdańsk", "80-831"), ("Wrocław", "50-116")],
    "IN": [("Pune", "411001"), ("Bengaluru", "560034"), ("Kochi", "682016"), ("Jaipur", "302001"), ("Lucknow", "226001")],
    "CA": [("Toronto, ON", "M4C 1B5"), ("Vancouver, BC", "V5K 0A1"), ("Winnipeg, MB", "R3C 0V8"), ("Halifax, NS", "B3H 1X2"), ("Calgary, AB", "T2P 1J9")],
    "JP": [("大阪府大阪市北区梅田", "530-0001"), ("京都府京都市中京区", "604-8005"), ("福岡県福岡市博多区", "812-0011")],
    "CN": [("北京市朝阳区建国路", "100022"), ("广州市天河区体育西路", "510620"), ("成都市锦江区春熙路", "610021")],
    "KR": [("부산광역시 해운대구 해운대로", "48094"), ("대구광역시 중구 동성로", "41911")],
    "RU": [("Москва", "125009"), ("Санкт-Петербург", "191186"), ("Казань", "420111")],
    "SA": [("الرياض", "12211"), ("جدة", "23432")],
    "TR": [("Ankara", "06420"), ("İzmir", "35210"), ("Bursa", "16010")],
}

def intl_address(country):
    city, pc = pick(INTL_CITIES[country])
    n = rng.randint(1, 180)
    if country == "GB":
        st = pick(["Albert Road", "Victoria Street", "Church Lane", "Station Road", "Park Avenue", "Mill Lane", "The Crescent"])
        pre = pick(["", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}{pick('ABC')} "])
        return pick([f"{pre}{n} {st}, {city} {pc}", f"{pre}{n} {st}\n{city}\n{pc}"])
    if country == "DE":
        st = pick(["Bahnhofstraße", "Lindenweg", "Schillerstr.", "Goethestraße", "Am Markt", "Kastanienallee"])
        return pick([f"{st} {n}, {pc} {city}", f"{st} {n}\n{pc} {city}"])
    if country == "FR":
        st = pick(["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "place du Marché"])
        return pick([f"{n} {st}, {pc} {city}", f"{n}, {st}\n{pc} {city}"])
    if country == "MX":
        st = pick(["Av. Juárez", "Calle Hidalgo", "Av. Insurgentes Sur", "Calle Morelos", "Privada Los Pinos"])
        return f"{st} {n}, Col. {pick(['Centro', 'Americana', 'Las Flores', 'Obispado'])}, {pc} {city}"
    if country == "ES":
        st = pick(["Calle Mayor", "Avenida de la Constitución", "Calle San Vicente", "Paseo de Gracia"])
        return f"{st} {n}, {rng.randint(1, 8)}º {pick('ABCD')}, {pc} {city}"
    if country == "BR":
        st = pick(["Rua das Laranjeiras", "Av. Afonso Pena", "Rua XV de Novembro", "Rua da Aurora"])
        return f"{st}, {n}, apto {rng.randint(11, 140)}, {city}, {pc}"
    if country == "IT":
        st = pick(["Via Roma", "Corso Italia", "Via Dante", "Piazza Garibaldi", "Via Mazzini"])
        return f"{st} {n}, {pc} {city}"
    if country == "NL":
        st = pick(["Kerkstraat", "Dorpsstraat", "Molenweg", "Oudegracht", "Lange Voorhout"])
        return f"{st} {n}, {pc} {city}"
    if country == "PL":
        st = pick(["ul. Mickiewicza", "ul. Długa", "al. Jana Pawła II", "ul. Słowackiego"])
        return f"{st} {n}/{rng.randint(1, 40)}, {pc} {city}"
    if country == "IN":
        return f"{pick(['Flat', 'House No.', 'Plot'])} {n}, {pick(['MG Road', 'Gandhi Nagar', 'Sector 14', 'Koregaon Park', 'Indiranagar 2nd Stage'])}, {city} {pc}"
    if country == "CA":
        st = pick(["Queen St E", "Main Street", "Portage Ave", "Barrington St", "Maple Crescent"])
        return pick([f"{n} {st}, {city} {pc}", f"{rng.randint(100, 2500)}-{n} {st}\n{city} {pc}"])
    if country == "JP":
        return f"〒{pc} {city}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if country == "CN":
        return f"{city}{rng.randint(1, 300)}号 {pc}"
    if country == "KR":
        return f"{city} {rng.randint(1, 300)}"
    if country == "RU":
        return f"ул. {pick(['Пушкина', 'Гагарина', 'Мира', 'Садовая'])}, д. {n}, кв. {rng.randint(1, 200)}, {city}, {pc}"
    if country == "SA":
        return f"{pick(['حي النخيل', 'حي العليا', 'حي الروضة'])}، {city} {pc}"
    if country == "TR":
        return f"{pick(['Atatürk Cad.', 'Cumhuriyet Mah.', 'İnönü Sok.'])} No:{n}, {pc} {city}"

def intl_phone(country):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    return {
        "GB": lambda: pick([f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"0161 496 0{d(3)}"]),
        "DE": lambda: pick([f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 171 {d(7)}", f"0221 {d(3)} {d(4)}"]),
        "FR": lambda: pick([f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"]),
        "MX": lambda: pick([f"+52 55 {d(4)} {d(4)}", f"+52 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 81 {d(4)} {d(4)}"]),
        "ES": lambda: pick([f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}"]),
        "BR": lambda: pick([f"+55 21 9{d(4)}-{d(4)}", f"(31) 9{d(4)}-{d(4)}", f"+55 41 3{d(3)}-{d(4)}"]),
        "IT": lambda: pick([f"+39 02 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}"]),
        "NL": lambda: pick([f"+31 6 {d(4)} {d(4)}", f"010 {d(3)} {d(4)}", f"06-{d(8)}"]),
        "PL": lambda: pick([f"+48 {d(3)} {d(3)} {d(3)}", f"{d(3)}-{d(3)}-{d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"]),
        "IN": lambda: pick([f"+91 9{d(4)} {d(5)}", f"+91-9{d(9)}", f"098{d(3)} {d(5)}", f"080 {d(4)} {d(4)}"]),
        "CA": lambda: pick([f"+1 416 {d(3)} {d(4)}", f"(604) 555-0{d(3)}", f"204-555-0{d(3)}", f"+1 (902) 555-0{d(3)}"]),
        "JP": lambda: pick([f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 6 {d(4)} {d(4)}"]),
        "CN": lambda: pick([f"+86 138 {d(4)} {d(4)}", f"139{d(8)}", f"010-{d(8)}"]),
        "KR": lambda: pick([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"]),
        "RU": lambda: pick([f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (495) {d(3)}-{d(2)}-{d(2)}"]),
        "SA": lambda: pick([f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"]),
        "TR": lambda: pick([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (312) {d(3)} {d(2)} {d(2)}"]),
    }[country]()

COUNTRY_NAME = {"GB": "the UK", "DE": "Germany", "FR": "France", "MX": "Mexico", "ES": "Spain", "BR": "Brazil",
                "IT": "Italy", "NL": "the Netherlands", "PL": "Poland", "IN": "India", "CA": "Canada", "JP": "Japan",
                "CN": "China", "KR": "Korea", "RU": "Russia", "SA": "Saudi Arabia", "TR": "Turkey"}
IBAN_OF = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "TR": "TR", "SA": "SA"}

# ---------------------------------------------------------------- template machinery
class I:
    """An identifier slot."""
    def __init__(self, text, typ, region="US"):
        self.text, self.type, self.region = text, typ, region
class K:
    """A keep slot."""
    def __init__(self, text):
        self.text = text

def P(t, r="US"): return I(t, "PERSON", r)
def L(t, r="US"): return I(t, "LOCATION", r)
def T(t, r="US"): return I(t, "PHONE_NUMBER", r)
def E(t, r="US"): return I(t, "EMAIL_ADDRESS", r)
def U(t, r="US"): return I(t, "URL", r)
def S(t): return I(t, "US_SSN", "US")
def M(t, r="US"): return I(t, "MEDICAL_RECORD_NUMBER", r)
def D(t, r="US"): return I(t, "DATE_OF_BIRTH", r)
def A(t, r="US"): return I(t, "ACCOUNT_NUMBER", r)

def render(style, parts):
    text, idents, keep = [], [], []
    for p in parts:
        if isinstance(p, I):
            idents.append({"text": p.text, "type": p.type, "region": p.region}); text.append(p.text)
        elif isinstance(p, K):
            keep.append(p.text); text.append(p.text)
        else:
            if p.startswith(".") and not p.startswith("..") and text and text[-1].endswith("."):
                p = p[1:]
            text.append(p)
    seen, ded = set(), []
    for i in idents:
        if (i["text"], i["type"]) not in seen:
            seen.add((i["text"], i["type"])); ded.append(i)
    return {"style": style, "text": "".join(text), "identifiers": ded, "keep": list(dict.fromkeys(keep)),
            "source": "template"}

# ---------------------------------------------------------------- templates
TEMPLATES = []
def template(weight):
    def deco(fn):
        TEMPLATES.append((weight, fn)); return fn
    return deco

@template(12)
def t_intake_form():
    a, b = us_name_parts()
    ec_rel = pick(['daughter', 'son', 'spouse', 'niece', 'friend', 'neighbor', 'husband', 'wife'])
    rel_a, rel_b = us_name_parts(gender_of(ec_rel))
    lab = pick(["Name", "Patient Name", "Pt name", "NAME"])
    dob_l = pick(["DOB", "Date of Birth", "D.O.B.", "Birthdate", "dob"])
    name = pick([f"{b}, {a}", f"{a} {b}", f"{b.upper()}, {a.upper()}", f"{a} {pick('ABCDEFGHJKLMRSTW')}. {b}"])
    addr = pick([us_address(), us_address(), us_po_box()])
    parts = [f"{pick(['PATIENT REGISTRATION', 'New Patient Intake', 'INTAKE FORM', 'Registration (front desk)'])}\n",
             f"{lab}: ", P(name), "\n", f"{dob_l}: ", D(dob_value()), "\n"]
    if chance(0.7):
        parts += [pick(["SSN", "Social Security #", "SS#", "Soc Sec"]), ": ", S(ssn_value()), "\n"]
    parts += [pick(["Address", "Home address", "Mailing address"]), ": ", L(addr), "\n",
              pick(["Phone", "Cell", "Home phone", "Best # to reach"]), ": ", T(us_phone()), "\n"]
    if chance(0.6):
        parts += ["Email: ", E(email_for(a, b)), "\n"]
    parts += [pick(MRN_LABELS).rstrip(":#") + ": ", M(mrn_value()), "\n",
              "Emergency contact: ", P(f"{rel_a} {rel_b}" if chance(0.6) else rel_a), f" ({ec_rel}) ",
              T(us_phone()), "\n",
              "Medications: ", K(pick(DRUGS)), ", ", K(pick(DRUGS)), "\n",
              "Reason for visit: ", K(pick(CONDITIONS))]
    return render("form", parts)

@template(8)
def t_signature():
    a, b = us_name_parts()
    cred = pick(["RN", "LPN", "MSW", "PT, DPT", "CNA", "NP", "PharmD", "LCSW", "OTR/L", "RD", "CHW", ""])
    role, org = pick([("Care Coordinator", "Kaiser"), ("Home Health Aide", "Visiting Angels"), ("Case Manager", "Humana"),
                      ("Patient Navigator", "Mayo Clinic"), ("Hospice Social Worker", "VITAS Hospice"), ("Billing Specialist", "Quest Diagnostics"),
                      ("Nurse Educator", "Cleveland Clinic"), ("Pharmacist", "Walgreens"), ("Volunteer driver", "Meals on Wheels"),
                      ("Member Services", "Aetna"), ("Clinical Pharmacist", "CVS"), ("Outreach Nurse", "UnitedHealthcare"),
                      ("Social Worker", "VA"), ("Dietitian", "Johns Hopkins"), ("Caregiver Support", "Alzheimer's Association")])
    parts = [pick([f"{pick(['Thanks', 'Best', 'Warmly', 'Take care', 'Thank you'])},\n", "-- \n", "—\n", ""]),
             P(f"{a} {b}"), (f", {cred}" if cred else ""), "\n", f"{role}, ", K(org), "\n"]
    ph = [T(us_phone())]
    if chance(0.4): ph += [pick([" | fax ", " / fax: "]), T(us_phone())]
    parts += [pick(["", "Office: ", "cell ", "Direct: ", "P: "])] + ph + ["\n"]
    if chance(0.8): parts += [E(email_for(a, b)), "\n"]
    if chance(0.45): parts += [U(url_for(a, b)), "\n"]
    parts += [pick(["", f"Crisis? Call or text ", ""])]
    if parts[-1].startswith("Crisis"):
        parts += [K("988")]
    return render("signature", parts)

@template(14)
def t_clinician_note():
    a, b = us_name_parts()
    drug, cond, lab = pick(DRUGS), pick(CONDITIONS), pick(LABS)
    rel = pick(["daughter", "son", "wife", "husband", "niece", "grandson", "granddaughter", "sister", "brother", "friend", "neighbor"])
    ra, rb = us_name_parts(gender_of(rel))
    age = rng.randint(19, 97)
    style = pick(["soap", "brief", "phone", "handoff"])
    pname = pick([f"{a} {b}", f"{b}, {a}", f"{a[0]}. {b}", f"{pick(['Mr.', 'Ms.', 'Mrs.'])} ", f"{b.upper()}, {a.upper()}"])
    if pname.endswith(" ") and pname.strip() in ("Mr.", "Ms.", "Mrs."):
        name_parts = [pname, P(b)]
    else:
        name_parts = [P(pname)]
    if style == "soap":
        parts = ["Pt: "] + name_parts + [f"  {pick(['MRN', 'MRN#', 'Chart'])} ", M(mrn_value()), f"  {pick(['DOB', 'dob', 'D.O.B.'])} ", D(dob_value()), "\n",
                 f"S: {age}yo w/ hx ", K(cond), f", here w/ {rel} ", P(ra), f". c/o ", K(pick(BODY)), " pain.\n",
                 "O: BP ", f"{rng.randint(100, 190)}/{rng.randint(60, 110)}", ", HR ", f"{rng.randint(50, 130)}", "\n",
                 "A/P: cont ", K(drug), ", check ", K(lab), ". RTC ", f"{rng.randint(1, 12)} wks."]
    elif style == "brief":
        parts = name_parts + [f" ({age}{pick('MF')}) seen for ", K(cond), ". ", K(drug), f" {pick(['started', 'held', 'increased', 'tapered', 'refilled'])}. ",
                 f"{rel.capitalize()} ", P(f"{ra} {rb}" if chance(0.5) else ra), " to call w/ concerns: ", T(us_phone()), f". {pick(['MRN', 'Member ID', 'MBI'])} ", M(mrn_value()), "."]
    elif style == "phone":
        parts = [f"Phone note {rng.randint(1, 12)}/{rng.randint(1, 28)}: ", P(ra), f" ({rel}) called re: pt "] + name_parts + \
                [", DOB ", D(dob_value()), ". Reports ", K(pick(["dizziness", "swelling", "confusion", "poor appetite", "a fall", "rash", "insomnia"])),
                 " since starting ", K(drug), ". Advised to ", pick(["hold tonight's dose", "go to ED if worse", "keep a BP log"]),
                 ". Callback ", T(us_phone()), "."]
    else:
        nurse = fk("en_US").first_name()
        parts = [f"Handoff {pick(['0700', '1900', '2300'])} → ", P(nurse), ": rm ", f"{rng.randint(100, 640)}"] + [" "] + name_parts + \
                [f", {age}, ", K(cond), ". ", K(lab), " pending. Family: ", P(ra), f" ({rel}) ", T(us_phone()), ". ",
                 pick(["Fall risk.", "NPO after MN.", "On tele.", "Foley d/c'd.", "Pain controlled."])]
    return render("clinician_note", parts)

@template(13)
def t_billing():
    whose = pick(['my', 'my mothers', 'my fathers', 'my husbands', 'my wifes', 'my sons'])
    a, b = us_name_parts({"my mothers": "f", "my wifes": "f", "my fathers": "m", "my husbands": "m", "my sons": "m"}.get(whose))
    kind = pick(["card", "card", "bank", "acct"])
    parts = [pick(["Hi, ", "Hello, ", "", "Good morning. "]), pick(["I'm calling about ", "I have a question about ", "Please apply payment to ", "re: "]),
             f"{whose} bill for the ", K(pick(["MRI", "ER visit", "ambulance ride", "colonoscopy", "CT scan", "physical therapy", "sleep study"])), ". "]
    if kind == "card":
        parts += [f"Use my {pick(CARD_LABELS)} ", A(card_value()), f" exp {rng.randint(1, 12):02d}/{rng.randint(26, 31)}", ". "]
    elif kind == "bank":
        parts += [pick(["Routing ", "routing # ", "ABA "]), A(aba_routing()), pick([", account ", " acct # ", ", checking "]), A(bank_account()), ". "]
    else:
        parts += [pick(["Account number ", "Acct # ", "Guarantor acct "]), A(f"{rng.randint(10000000, 9999999999)}"), " on the statement. "]
    parts += [pick(["Name on the account is ", "Patient: ", "Guarantor: "]), P(f"{a} {b}"), ". "]
    if chance(0.5):
        parts += ["Billing address ", L(us_address(multiline=False)), ". "]
    parts += [pick(["Call me at ", "My number is ", "cb "]), T(us_phone())]
    if chance(0.4):
        parts += [" — ", K(pick(["Medicare", "Medicaid", "Aetna", "Blue Cross", "Humana"])), " should have covered it."]
    return render("general_text", parts)

@template(8)
def t_address_change():
    rel = pick(["my mom", "my dad", "my grandmother", "my husband", "my aunt", "me"])
    a, b = us_name_parts(gender_of(rel))
    old, new = pick([us_address(), us_po_box(), us_rural()]), us_address()
    parts = [pick(["ADDRESS CHANGE: ", "Please update the address for ", "hi pls change address for ", "New address for "]),
             P(f"{a} {b}"), f" ({rel}). ", pick(["Old: ", "was ", "Old address "]), L(old), pick([". New: ", " now ", ". New address: "]),
             L(new), ". ", pick(["Phone stays the same: ", "New phone: ", "Cell "]), T(us_phone())]
    if chance(0.5): parts += [", email ", E(email_for(a, b))]
    parts += [". ", pick(["Send the ", "Mail the ", "Forward the "]), K(pick(["Medicare", "Medicaid", "Humana", "Walgreens"])), " stuff there too."]
    return render("general_text", parts)

@template(9)
def t_speaker():
    rel1, rel2 = pick(["Daughter", "Son", "Niece", "Wife", "Husband", "Grandson", "Neighbor", "Aide"]), pick(["Sister", "Nephew", "Son", "Daughter", "Cousin"])
    names = [_first(fk("en_US"), gender_of(rel1) or pick("mf")), _first(fk("en_US"), gender_of(rel2) or pick("mf")), fk("en_US").first_name()]
    if chance(0.4):
        names[0] = pick([n for n in WORD_FIRST if (gender_of(rel1) != "m" or n in ("Will", "Bill", "Mark", "Art", "Frank", "Ray", "Jack", "Drew", "Chase", "Rusty", "Hunter", "Pat"))])
    drug = pick(DRUGS)
    pt_g = pick("mf")
    lines = [[K(rel1), " ", P(names[0]), f": {pron(pt_g)[0]} took {pron(pt_g)[1]} ", K(drug), f" at {rng.randint(6, 11)}\n"],
             [K(rel2), " ", P(names[1]), f": did anyone check {pron(pt_g)[1]} ", K(pick(["sugar", "BP", "oxygen", "weight", "INR"])), "?\n"],
             [P(names[0]), ": yes. ", pick(["fine", "a little high", "low-ish", "normal"]), f". {names[2]} is bringing dinner\n"],
             [P(names[2]), pick([": on my way. ", ": running late, "]), f"{pick(['call', 'text'])} me ", T(us_phone()), "\n"]]
    parts = [x for l in lines for x in l]
    # names[2] appears in plain text in line 3; label it everywhere via its identifier slot in line 4
    return render("speaker_label", parts)

@template(7)
def t_phone_list():
    head = pick(["Contacts for {r}:\n", "PHONE LIST ({r})\n", "who to call if {r} gets worse:\n", "Emergency numbers - {r}\n"])
    r = pick(["Mom", "Dad", "Grandma", "Grandpa", "Aunt Lou", "Pops"])
    parts = []
    if r == "Aunt Lou":
        parts += [head.split("{r}")[0], K("Aunt"), " ", P("Lou"), head.split("{r}")[1]]
    else:
        parts += [head.split("{r}")[0], K(r), head.split("{r}")[1]]
    n_people = rng.randint(3, 5)
    for i in range(n_people):
        a, b = us_name_parts()
        nm = pick([f"{a} {b}", a, f"{a} ({pick(['son', 'daughter', 'neighbor', 'niece', 'church'])})", f"{b}"])
        if "(" in nm:
            nm1, rest = nm.split(" (", 1)
            parts += [f"{i + 1}. ", P(nm1), f" ({rest} - ", T(us_phone()), "\n"]
        else:
            parts += [f"{i + 1}. ", P(nm), " - ", T(us_phone()), "\n"]
    parts += [f"{n_people + 1}. ", K(pick(["Poison Control 1-800-222-1222", "hospice on-call (on fridge)", "988 if its a crisis"])), "\n",
              "meds list taped inside cabinet: ", K(pick(DRUGS)), ", ", K(pick(DRUGS))]
    return render("list", parts)

@template(11)
def t_lower_family():
    rel = pick(RELATIONS_LC)
    nick = pick(NICKS)
    a = fk("en_US").first_name().lower()
    wl = pick(WORD_LAST).lower()
    pet = pick(PETS)
    drug, cond = pick(DRUGS).lower(), pick(CONDITIONS).lower()
    she, her = pron(gender_of(rel))
    v = rng.randint(0, 4)
    if v == 0:
        parts = [P(nick), " can u sit w ", K(rel), " tmrw? ", P(a), " has work and the ", K(pick(["home health", "hospice", "pt"])), " nurse comes at ", f"{rng.randint(9, 11)}", ". ", K(pet), " needs out at noon too"]
    elif v == 1:
        parts = ["ok so ", K(rel), " says the ", K(drug), f" makes {her.replace('his', 'him')} dizzy. told ", P(a), " and mrs ", P(wl), f" next door to watch {her.replace('his', 'him')} on the stairs"]
    elif v == 2:
        parts = ["ty ", P(a), "!! ", K(rel), f" loved the flowers. {she}s still weak from the ", K(cond), f" but {she} ate. ", P(nick), " is coming ", K(pick(WEEKDAYS).lower())]
    elif v == 3:
        parts = [P(a), " pls call ", K(rel), "'s dr abt the ", K(cond), " stuff. # is ", T(us_phone()), ". ask for ", P(pick(WORD_FIRST).lower())]
    else:
        parts = ["whos got ", K(rel), " ", K(pick(WEEKDAYS).lower()), "?? i have ", P(a), "'s game. ", P(nick), " said maybe. ", K(rel), " needs the ", K(drug), " picked up from ", K(pick(["walgreens", "cvs", "rite aid", "costco"]))]
    return render("lower_case", parts)

@template(6)
def t_all_caps():
    a, b = us_name_parts()
    rel = pick(["MOM", "DAD", "GRANDMA", "GRANDPA", "NANA", "POP"])
    drug = pick(DRUGS).upper()
    v = rng.randint(0, 2)
    if v == 0:
        parts = [K(rel), " IS AT ", L(us_address(multiline=False, caps=True)), " NOW. ", P(a.upper()), " HAS THE KEY. CALL ", T(us_phone()), " IF NO ANSWER. ", K(drug), " AT 8PM"]
    elif v == 1:
        parts = ["PLEASE CALL ", P(f"{a} {b}".upper()), " AT ", T(us_phone()), " ABOUT ", K(rel), "'S ", K(pick(CONDITIONS).upper()), ". DOB ", D(dob_value().upper())]
    else:
        parts = [P(a.upper()), " ", K("DON'T"), " GIVE ", K(rel), " THE ", K(drug), " TWICE!!! ", P(b.upper()), " ALREADY DID AT 7. WE'RE IN ", L(us_city_only(caps=True))]
    return render("all_caps", parts)

@template(8)
def t_forwarded():
    a, b = us_name_parts(); c, d = us_name_parts()
    mon = pick(MONTHS)
    subj, pr = pick([("Dad's", "His"), ("Mom's", "Her"), ("Grandpa's", "His"), ("Grandma's", "Her"), ("Aunt Bev's", "Her")])
    parts = [pick(["---------- Forwarded message ---------\n", "Begin forwarded message:\n\n", "FW: "]),
             "From: ", P(f"{a} {b}"), " <", E(email_for(a, b)), ">\n", f"Date: {pick(WEEKDAYS)[:3]}, ", K(mon), f" {rng.randint(1, 28)}\n",
             "To: ", P(f"{c} {d}"), " <", E(email_for(c, d)), ">\n", "Subject: ", *( [K("Aunt"), " ", P("Bev"), "'s"] if subj == "Aunt Bev's" else [K(subj)] ), " ", K(pick(["meds", "appointment", "discharge papers", "care schedule"])), "\n\n",
             P(c), pick([" - ", ", "]), f"{pick(['see below', 'fyi', 'here it is'])}. {pick(['The', pr])} ", K(pick(["cardiologist", "neurologist", "oncologist", "PCP", "pulmonologist"])),
             " wants ", K(pick(LABS)), " before the next visit. "]
    if chance(0.5):
        parts += ["Updates are on ", U(url_for(a, b)), ". "]
    parts += ["Call me ", T(us_phone())]
    return render("forwarded", parts)

@template(9)
def t_portal_url():
    prel = pick(["mom", "dad", "husband", "wife", "grandma", "son", "daughter"])
    a, b = us_name_parts(gender_of(prel))
    parts = [pick(["Hi all, ", "Friends and family - ", "Hey everyone! ", "Dear church family, "]),
             f"updates on {pick(['my', 'our'])} ", K(prel), " ", P(a), "'s ",
             K(pick(["chemo", "stroke recovery", "transplant", "rehab", "dialysis", "hospice care"])), " are at ", U(url_for(a, b)),
             ". ", pick(["Meal signups: ", "Ride signups: ", "Donations: "]), U(url_for(b, a)), ". ", pick(["Questions? ", "Text me: ", "Call "]), T(us_phone()),
             " - ", P(fk("en_US").first_name())]
    return render("general_text", parts)

@template(4)
def t_military():
    a, b = us_name_parts()
    rank = pick(["SPC", "SGT", "PFC", "Capt.", "Lt.", "SSgt", "PO2", "CPL"])
    parts = [pick(["Please mail ", "Send "]), f"my {pick(['son', 'daughter', 'husband', 'wife', 'grandson'])}'s ", K(pick(["immunization records", "prescriptions", "allergy list", "TRICARE forms"])),
             f" to {rank} ", P(f"{a} {b}"), ", ", L(us_military()), ". ", pick(["DOB ", "born "]), D(dob_value(1975, 2005)), ". ", K("TRICARE"), pick([" id ", " DoD ID ", " sponsor # "]), M(mrn_value()), "."]
    return render("military_address", parts)

@template(4)
def t_rural():
    a, b = us_name_parts()
    parts = [pick(["home visit for ", "HH visit scheduled: ", "dme delivery - "]), P(f"{a} {b}"), " @ ", L(us_rural()), ". ",
             pick(["gravel road, 2nd mailbox", "dogs on property", "blue trailer", "no cell service past the creek"]), ". ", K(pick(["oxygen concentrator", "hospital bed", "wound vac", "CPAP", "walker"])),
             ". landline ", T(us_phone())]
    return render("hurried_note", parts)

@template(8)
def t_ssn_form():
    a, b = us_name_parts()
    parts = [pick(["Medicaid application (draft)\n", "Benefits paperwork notes:\n", "SSA disability form - copy for our records\n", "SSI app (filled in by family)\n"]),
             "Applicant: ", P(f"{a} {b}"), "\n", pick(["SSN ", "Social: ", "SS# ", "ssn "]), S(ssn_value()), "\n",
             pick(["DOB ", "Birth date: ", "born "]), D(dob_value()), "\n", pick(["Medicare #: ", "MBI: ", "Member ID: "]), M(mbi()), "\n",
             "Diagnosis: ", K(pick(CONDITIONS)), "\n", "Address: ", L(us_address(multiline=False))]
    return render("form", parts)

@template(5)
def t_vanity():
    a, b = us_name_parts()
    biz, word = pick([("lawn care", "MOW-LAWN"), ("handyman", "FIX-IT-1"), ("moving", "MOVERS1"), ("house cleaning", "CLEANUP"), ("transport", "RIDES4U"), ("plumbing", "PLUMBER"), ("roofing", "ROOFING")])
    parts = [pick(["For the ramp, ", "fyi ", "The guy who did "]), K(pick(["Grandpa", "Mom", "Dad", "Nana"])), f"'s {pick(['wheelchair ramp', 'grab bars', 'stair lift', 'bathroom rails'])} ",
             f"was {pick(['', 'Mr. '])}", P(b), f" ({biz}), ", T(vanity_phone(word)), " or his cell ", T(us_phone()), ". ", pick(["He's great.", "Cheap.", "Ask for a senior discount."]), " Mention ", K(pick(["Medicaid waiver", "the VA grant", "Meals on Wheels"]))]
    return render("general_text", parts)

CITY_ONLY = {"GB": ["Leeds", "Bristol", "Glasgow", "Norwich"], "DE": ["Berlin", "Köln", "Leipzig"], "FR": ["Lyon", "Lille", "Nantes"],
             "MX": ["Guadalajara", "Monterrey", "Puebla"], "ES": ["Valencia", "Bilbao", "Zaragoza"], "BR": ["Curitiba", "Recife", "Belo Horizonte"],
             "IT": ["Milano", "Napoli", "Bologna"], "NL": ["Rotterdam", "Groningen", "Den Haag"], "PL": ["Kraków", "Gdańsk", "Wrocław"],
             "IN": ["Pune", "Jaipur", "Lucknow"], "CA": ["Winnipeg", "Halifax", "Calgary"], "JP": ["大阪", "京都", "福岡"],
             "CN": ["北京", "广州", "成都"], "KR": ["부산", "대구", "인천"], "RU": ["Казань", "Новосибирск", "Самара"],
             "SA": ["جدة", "الرياض", "الدمام"], "TR": ["Ankara", "İzmir", "Bursa"]}

def intl_dob():
    y = rng.randint(1928, 2015); m = rng.randint(1, 12); d = rng.randint(13, 28)
    return pick([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{y}年{m}月{d}日", f"{d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}"])

@template(19)
def t_international():
    country = pick(["GB", "GB", "DE", "FR", "MX", "ES", "BR", "IT", "NL", "PL", "IN", "CA", "JP", "CN", "KR", "RU", "SA", "TR"])
    v = rng.randint(0, 4)
    if v == 1 and country not in IBAN_OF:
        country = pick(sorted(IBAN_OF))
    rel0 = pick(["mother", "father", "grandmother", "uncle", "aunt"])
    full, first, last = intl_person(country, gender_of(rel0) if v == 0 else None)
    if v == 0:
        parts = [pick(["My ", "Our "]), K(rel0), " ", P(full, "INTL"), f" lives in {COUNTRY_NAME[country]}: ",
                 L(intl_address(country), "INTL"), ". Phone ", T(intl_phone(country), "INTL"), ". Takes ", K(pick(DRUGS)), " for ", K(pick(CONDITIONS)), "."]
    elif v == 1:
        parts = ["Transfer for ", K(pick(["nursing home", "home care", "physio", "hospital", "pharmacy"])), " fees: ", pick(["IBAN ", "iban ", "IBAN: ", ""]),
                 A(iban_value(IBAN_OF.get(country)), "INTL"), ", name ", P(full, "INTL"), ". Questions to ", T(intl_phone(country), "INTL"), "."]
    elif v == 2:
        parts = [P(full, "INTL"), f" ({pick(['cousin', 'niece', 'carer', 'neighbour', 'nephew'])}) will take ", K(pick(["Dad", "Mum", "Grandma", "Grandad"])), " to the ",
                 K(pick(["clinic", "hospital", "GP", "dialysis unit"])), " in ", L(pick(CITY_ONLY[country]), "INTL"), ". Email ", E(email_for(first, last, intl=country), "INTL"),
                 ", home ", L(intl_address(country), "INTL"), "."]
    elif v == 3:
        parts = ["Patient visiting from ", K(COUNTRY_NAME[country]), ": ", P(full, "INTL"), ", DOB ", D(intl_dob(), "INTL"), ". Local contact ", T(intl_phone(country), "INTL"),
                 ", home address ", L(intl_address(country), "INTL"), ". On ", K(pick(DRUGS)), "."]
    else:
        f2, _, _ = intl_person(country)
        parts = [pick(["Referral letter received from ", "Records request from ", "Discharge summary from "]), K(pick(["the hospital", "the clinic", "the GP surgery"])),
                 " for ", P(full, "INTL"), " (born ", D(intl_dob(), "INTL"), "). Next of kin ", P(f2, "INTL"), ", ", T(intl_phone(country), "INTL"), ". Dx ", K(pick(CONDITIONS)), "."]
    return render("international", parts)

@template(7)
def t_hurried_names():
    # casual notes with initials, surnames alone, word-names and relation words next to names
    wf, wl = pick(WORD_FIRST), pick(WORD_LAST)
    a, b = us_name_parts()
    ini = f"{a[0]}{b[0]}"
    rel = pick(["aunt", "uncle", "grandpa", "grandma", "cousin", "nana", "pop"])
    nick = pick(NICKS)
    v = rng.randint(0, 3)
    if v == 0:
        parts = ["per ", P(ini), " — ", P(wl), " needs ", K(pick(DRUGS)), " refill b4 ", K(pick(WEEKDAYS)), ". ", P(wf), " will pick up"]
    elif v == 1:
        parts = [K(rel), " ", P(nick), " + ", P(wf.lower()), " doing ", K(pick(["dialysis", "chemo", "PT", "wound care"])), " rides this wk. ", K(rel), " ", P(nick), " has the ", K(pick(["walker", "wheelchair", "oxygen tank"]))]
    elif v == 2:
        parts = [P(b), " (", P(f"{a[0]}."), ") called — ", K(pick(CONDITIONS)), " flare. told her call ", T(us_phone()), ". ", K(pick(PETS)), " the dog is fine lol"]
    else:
        parts = ["cb ", P(f"{wf} {wl}"), " re: ", K(pick(LABS)), " results ", T(us_phone()), ". ", P(wl), " prefers text"]
    return render("hurried_note", parts)

@template(4)
def t_helpline():
    a, b = us_name_parts()
    name, num = pick(HELPLINES[1:])
    parts = [P(a), " if ", K(pick(["grandpa", "mom", "dad"])), " takes extra ", K(pick(DRUGS)), " again call ", K(num), " (", K(name), ") first, then me at ", T(us_phone()),
             ". ", P(b), " has the list. ", pick(["crisis line is ", "for the bad nights: "]), K("988")]
    return render("family_text", parts)

# ---------------------------------------------------------------- build
def weighted_choice():
    tot = sum(w for w, _ in TEMPLATES)
    r = rng.random() * tot
    for w, fn in TEMPLATES:
        r -= w
        if r <= 0:
            return fn
    return TEMPLATES[-1][1]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    hand = parse_all(os.path.join(here, "hand"))
    templ = []
    seen_text = set()
    # make sure every template is used at least once, then weighted draws
    order = [fn for _, fn in TEMPLATES]
    while len(templ) < N_TEMPLATE:
        fn = order.pop(0) if order else weighted_choice()
        for _ in range(50):
            m = fn()
            if not check_message(m) and m["text"] not in seen_text:
                break
        else:
            raise SystemExit(f"template {fn.__name__} keeps failing: {check_message(m)}")
        seen_text.add(m["text"])
        templ.append(m)
    allm = hand + templ
    rng.shuffle(allm)
    out = os.path.join(here, "handwritten_dev73.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, m in enumerate(allm):
            rec = {"id": f"hd73-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(allm)} messages ({len(hand)} hand, {len(templ)} template) to {out}")

if __name__ == "__main__":
    main()
