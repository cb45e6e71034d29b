"""Value makers for the template part of dev59. Every value is invented: names come from Faker
(fixed seed), numbers from a seeded random.Random, street/city lists are written here by hand.
Each maker returns a markup snippet understood by handparse.parse_body: [[X:text]] (US) or
[[Xi:text]] (INTL), and {{text}} for keep words."""
import random
from faker import Faker

import ibantool

SEED = 5959
rng = random.Random(SEED)
Faker.seed(SEED)
_fakers = {}


def fk(loc):
    if loc not in _fakers:
        f = Faker(loc)
        f.seed_instance(SEED + len(_fakers))
        _fakers[loc] = f
    return _fakers[loc]


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def P(t, intl=False):
    return f"[[P{'i' if intl else ''}:{t}]]"


def L(t, intl=False):
    return f"[[L{'i' if intl else ''}:{t}]]"


def T(t, intl=False):
    return f"[[T{'i' if intl else ''}:{t}]]"


def E(t, intl=False):
    return f"[[E{'i' if intl else ''}:{t}]]"


def U(t, intl=False):
    return f"[[U{'i' if intl else ''}:{t}]]"


def S(t):
    return f"[[S:{t}]]"


def M(t, intl=False):
    return f"[[M{'i' if intl else ''}:{t}]]"


def D(t, intl=False):
    return f"[[D{'i' if intl else ''}:{t}]]"


def A(t, intl=False):
    return f"[[A{'i' if intl else ''}:{t}]]"


def K(t):
    return "{{" + t + "}}"


# ----------------------------------------------------------------------------- keep pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "amlodipine", "atorvastatin", "levothyroxine", "gabapentin",
         "insulin glargine", "Ozempic", "Jardiance", "prednisone", "albuterol", "Symbicort", "Xarelto",
         "Plavix", "donepezil", "memantine", "Sinemet", "tramadol", "hydrocodone", "omeprazole",
         "pantoprazole", "furosemide", "spironolactone", "carvedilol", "losartan", "hydrochlorothiazide",
         "Keppra", "Depakote", "Seroquel", "Zoloft", "Lexapro", "buspirone", "trazodone", "Narcan",
         "buprenorphine", "methadone", "Tylenol", "ibuprofen", "aspirin 81", "vitamin B12", "fish oil",
         "turmeric", "CoQ10", "magnesium oxide", "Flomax", "tamsulosin", "Entresto", "digoxin",
         "nitroglycerin", "Humira", "methotrexate", "allopurinol", "colchicine", "Fosamax", "Miralax",
         "senna", "Colace", "Trulicity", "Farxiga", "Brilinta", "Namenda", "Aricept", "Requip",
         "Lyrica", "Cymbalta", "Wellbutrin", "Ativan", "Klonopin", "ondansetron", "Zofran", "Norco",
         "meloxicam", "Celebrex", "Synthroid", "Coreg", "Toprol XL", "metoprolol", "Januvia", "Lantus",
         "Humalog", "Basaglar", "Breo", "Spiriva", "Advair", "montelukast", "Benadryl", "Claritin",
         "potassium chloride", "iron sulfate", "folic acid", "calcium citrate", "ginkgo", "valerian root"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's",
              "Hemoglobin A1c", "COPD", "Alzheimer's", "congestive heart failure", "type 2 diabetes",
              "CKD stage 3", "hypertension", "osteoarthritis", "macular degeneration", "shingles", "UTI",
              "pneumonia", "DVT", "gout", "neuropathy", "sleep apnea", "depression", "anxiety", "lupus",
              "multiple sclerosis", "Crohn's", "Lyme disease", "Bell's palsy", "Hashimoto's",
              "Graves' disease", "Addison's", "Huntington's", "Lewy body dementia", "vascular dementia",
              "sciatica", "cellulitis", "pressure ulcer", "diverticulitis", "GERD", "anemia",
              "hypothyroidism", "asthma", "bipolar disorder", "PTSD", "glaucoma", "cataracts",
              "osteoporosis", "plantar fasciitis", "rheumatoid arthritis", "psoriasis", "hepatitis C",
              "prostate cancer", "breast cancer", "colon cancer", "lymphoma", "ALS", "stroke"]
LABS = ["INR", "TSH", "CBC", "BMP", "lipid panel", "PSA", "eGFR", "BNP", "troponin", "vitamin D level",
        "Hemoglobin A1c", "potassium", "creatinine", "urinalysis", "liver panel", "ferritin"]
BODY = ["left knee", "lower back", "right hip", "kidneys", "liver", "lungs", "left shoulder", "ankles",
        "right foot", "bladder", "heart", "wrist", "neck", "gums", "eyes", "stomach"]
REL_CAP = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Gran", "Auntie", "Pop", "Granny",
           "Mama", "Abuela", "Oma", "Nonna"]
REL_LOW = ["mom", "dad", "grandma", "grandpa", "nana", "my sister", "my brother", "hubby", "my wife",
           "my husband", "my aunt", "my uncle", "mama", "pops"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Cleveland Clinic",
        "Rite Aid", "Costco", "Humana", "Aetna", "Blue Cross", "Social Security", "the VA",
        "Meals on Wheels", "AARP", "Johns Hopkins", "Sutter Health", "Banner Health", "Walmart",
        "Cigna", "UnitedHealthcare", "Kroger", "Publix", "Optum Rx", "Express Scripts"]
HELPLINES = ["988", "1-800-222-1222", "211", "1-800-MEDICARE", "1-800-772-1213", "1-800-273-8255",
             "1-800-662-4357", "1-800-272-3900"]
HELPLINE_NAMES = {"988": "the crisis line", "1-800-222-1222": "Poison Control", "211": "the 211 line",
                  "1-800-MEDICARE": "the Medicare line", "1-800-772-1213": "Social Security",
                  "1-800-273-8255": "the old lifeline number", "1-800-662-4357": "the SAMHSA helpline",
                  "1-800-272-3900": "the Alzheimer's Association helpline"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
GROUPS = ["Morning Walk Group", "Caregiver Support Circle", "Tuesday Memory Cafe", "Heart Healthy Cooking",
          "Chair Yoga", "Grief Share", "Parkinson's Boxing Class", "Diabetes Prevention Program"]


def drug():
    return K(pick(DRUGS))


def cond():
    return K(pick(CONDITIONS))


def lab():
    return K(pick(LABS))


def body():
    return K(pick(BODY))


def rel():
    return K(pick(REL_CAP))


def rel_low():
    return K(pick(REL_LOW))


def org():
    return K(pick(ORGS))


def day():
    return K(pick(WEEKDAYS))


def month():
    return K(pick(MONTHS))


# ----------------------------------------------------------------------------- people
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Wood", "Stone", "Fox", "King",
                 "Love", "Frost", "Banks", "Rice", "Glass", "Hart", "Lane", "Marsh", "Moody", "Small",
                 "Strong", "Sharp", "Price", "Wolf", "Black", "Gold", "Bird", "Summers", "Winter", "Chase"]
WORD_GIVEN = ["Faith", "Hope", "Grace", "Joy", "Dawn", "Rusty", "Sunny", "Summer", "Autumn", "Will",
              "Bill", "Art", "Pat", "Sandy", "Ray", "Crystal", "Amber", "Misty", "Hunter", "Destiny",
              "Chance", "Honor", "Precious", "Royal", "Miles", "Major", "Earnest"]
US_LOCALES = ["en_US"] * 9 + ["es_MX"] * 2 + ["en_GB", "fr_FR", "it_IT", "pl_PL", "de_DE", "pt_BR", "vi_VN",
                                              "fil_PH", "en_IN", "tr_TR", "nl_NL"]
# given names for US-context people of Asian / African / Middle-Eastern heritage (written by hand here)
EXTRA_GIVEN = ["Nguyet", "Thanh", "Ji-hoon", "Seo-yeon", "Haruto", "Yuki", "Mei", "Jian", "Oluwaseun",
               "Chidi", "Ngozi", "Kwabena", "Abena", "Amara", "Fatima", "Omar", "Layla", "Yusuf",
               "Anjali", "Rohan", "Deepa", "Arvind", "Lakshmi", "Tenzin", "Aigerim", "Nasrin", "Dariush",
               "Maile", "Kainoa", "Tupac", "Xochitl", "Itzel", "Dawit", "Selam", "Hodan", "Abdirahman"]
EXTRA_FAMILY = ["Nguyen", "Tran", "Pham", "Kim", "Lee", "Choi", "Tanaka", "Yamamoto", "Wang", "Zhang",
                "Okafor", "Adeyemi", "Mensah", "Boateng", "Haddad", "Khalil", "Rahman", "Patel", "Iyer",
                "Reddy", "Gupta", "Dorje", "Nurlanovna", "Tehrani", "Kahananui", "Mamani", "Tesfaye",
                "Abdi", "Warsame", "Hussein"]


def us_given():
    r = rng.random()
    if r < 0.12:
        return pick(WORD_GIVEN)
    if r < 0.25:
        return pick(EXTRA_GIVEN)
    return fk(pick(US_LOCALES)).first_name()


def us_family():
    r = rng.random()
    if r < 0.18:
        return pick(WORD_SURNAMES)
    if r < 0.32:
        return pick(EXTRA_FAMILY)
    return fk(pick(US_LOCALES)).last_name()


def us_full():
    if chance(0.6):
        f_ = fk(pick(US_LOCALES))
        g, f = f_.first_name(), f_.last_name()
        if chance(0.15):
            f = pick(WORD_SURNAMES)
    else:
        g, f = us_given(), us_family()
    r = rng.random()
    if r < 0.08:
        return f"{g} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if r < 0.12:
        return f"{f}, {g}"
    return f"{g} {f}"


INTL_NAME_LOCALES = ["en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "nl_NL", "pl_PL",
                     "tr_TR", "ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "vi_VN", "uk_UA",
                     "el_GR", "he_IL", "th_TH", "fa_IR", "bn_BD", "zh_TW", "en_IN", "yo_NG"]
CJK = {"ja_JP", "zh_CN", "zh_TW", "ko_KR"}


def intl_full(loc=None):
    loc = loc or pick(INTL_NAME_LOCALES)
    f = fk(loc)
    if loc in CJK:
        fam, giv = f.last_name(), f.first_name()
        return fam + ("" if loc.startswith("zh") and chance(0.7) else " ") + giv
    if loc == "ru_RU" and chance(0.4):
        return f.last_name() + " " + f.first_name()
    return f.first_name() + " " + f.last_name()


def case_name(n, mode):
    if mode == "lower":
        return n.lower()
    if mode == "upper":
        return n.upper()
    return n


# ----------------------------------------------------------------------------- US phones
def _digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def us_phone_parts():
    area = str(rng.randint(2, 9)) + _digits(1) + str(rng.randint(0, 8))
    if area[1:] == "11":
        area = area[0] + "15"
    exch = str(rng.randint(2, 9)) + _digits(2)
    if chance(0.25):
        exch = "555"
        line = "01" + _digits(2)
    else:
        line = _digits(4)
    return area, exch, line


def us_phone(style=None):
    a, e, l = us_phone_parts()
    shapes = [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a}{e}{l}", f"+1 {a} {e} {l}",
              f"1-{a}-{e}-{l}", f"001-{a}-{e}-{l}", f"{a} {e} {l}", f"+1 ({a}) {e}-{l}", f"+1-{a}-{e}-{l}",
              f"({a}){e}-{l}", f"1 ({a}) {e}-{l}", f"{a}/{e}-{l}", f"+1{a}{e}{l}"]
    p = pick(shapes)
    if chance(0.14):
        p += pick([f" x{rng.randint(2, 9999)}", f" ext. {rng.randint(2, 999)}", f" extension {rng.randint(1, 99)}",
                   f" ext {rng.randint(10, 4999)}", f"x{rng.randint(100, 999)}", f" Ext. {rng.randint(1, 60)}"])
    return p


VANITY = ["FLOWERS", "PLUMBER", "GET-HVAC", "MY-ROOFS", "TAX-HELP", "CAKES4U", "DOG-WALK", "FIX-PIPE",
          "HAIRCUT", "CLEANER", "LAWN-PRO", "PAINT-IT", "TUTOR-ME", "BAKERY1"]


def vanity_phone():
    pre = pick(["1-800", "1-888", "1-877", "1-866", "(800)", "800", "1-855"])
    return f"{pre}-{pick(VANITY)}" if not pre.startswith("(") else f"{pre} {pick(VANITY)}"


# ----------------------------------------------------------------------------- US addresses
US_CITIES = [("Springfield", "IL"), ("Dayton", "OH"), ("Tulsa", "OK"), ("Fresno", "CA"), ("Boise", "ID"),
             ("Albany", "NY"), ("Mesa", "AZ"), ("Savannah", "GA"), ("Lubbock", "TX"), ("El Paso", "TX"),
             ("Laredo", "TX"), ("Spokane", "WA"), ("Tacoma", "WA"), ("Eugene", "OR"), ("Reno", "NV"),
             ("Provo", "UT"), ("Billings", "MT"), ("Fargo", "ND"), ("Sioux Falls", "SD"), ("Omaha", "NE"),
             ("Wichita", "KS"), ("Des Moines", "IA"), ("Madison", "WI"), ("Green Bay", "WI"),
             ("Duluth", "MN"), ("Rochester", "MN"), ("Ann Arbor", "MI"), ("Flint", "MI"), ("Toledo", "OH"),
             ("Akron", "OH"), ("Erie", "PA"), ("Allentown", "PA"), ("Trenton", "NJ"), ("Camden", "NJ"),
             ("Hartford", "CT"), ("Providence", "RI"), ("Worcester", "MA"), ("Lowell", "MA"),
             ("Manchester", "NH"), ("Bangor", "ME"), ("Burlington", "VT"), ("Richmond", "VA"),
             ("Norfolk", "VA"), ("Durham", "NC"), ("Asheville", "NC"), ("Charleston", "SC"),
             ("Columbia", "SC"), ("Macon", "GA"), ("Mobile", "AL"), ("Huntsville", "AL"), ("Biloxi", "MS"),
             ("Jackson", "MS"), ("Shreveport", "LA"), ("Baton Rouge", "LA"), ("Little Rock", "AR"),
             ("Knoxville", "TN"), ("Chattanooga", "TN"), ("Lexington", "KY"), ("Louisville", "KY"),
             ("Gary", "IN"), ("Fort Wayne", "IN"), ("Peoria", "IL"), ("Joliet", "IL"), ("St. Louis", "MO"),
             ("Kansas City", "MO"), ("Tampa", "FL"), ("Ocala", "FL"), ("Tallahassee", "FL"),
             ("Hialeah", "FL"), ("Santa Fe", "NM"), ("Las Cruces", "NM"), ("Tucson", "AZ"), ("Yuma", "AZ"),
             ("Bakersfield", "CA"), ("Oxnard", "CA"), ("Modesto", "CA"), ("Stockton", "CA"),
             ("Anchorage", "AK"), ("Fairbanks", "AK"), ("Hilo", "HI"), ("Cheyenne", "WY"),
             ("Pueblo", "CO"), ("Aurora", "CO"), ("Yonkers", "NY"), ("Utica", "NY"), ("Newark", "DE"),
             ("Wheeling", "WV"), ("Silver Spring", "MD"), ("Hagerstown", "MD"), ("San Juan", "PR")]
STREET_BASE = ["Oak", "Maple", "Main", "Elm", "Pine", "Cedar", "Walnut", "Chestnut", "Washington", "Lincoln",
               "Jefferson", "Park", "Lake", "Hill", "Ridge", "Sunset", "River", "Church", "Mill", "Spring",
               "Franklin", "Highland", "Madison", "Center", "Meadow", "Forest", "Willow", "Dogwood",
               "Magnolia", "Cherry", "Hickory", "Sycamore", "Orchard", "Prospect", "Union", "Grant",
               "Martin Luther King Jr", "Cesar Chavez", "2nd", "3rd", "4th", "5th", "12th", "N 7th",
               "W 45th", "E 19th", "S Broad", "N Central", "Old Post", "Country Club", "Quail Run",
               "Fox Hollow", "Deer Creek", "Bluebonnet", "Palmetto", "Saguaro", "Aspen", "Juniper",
               "Magnolia Bluff", "Indian Creek", "Kingsley", "Harbor", "Bayview", "Canyon", "Mesa Verde"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
          "Ct", "Court", "Way", "Pl", "Ter", "Cir", "Pkwy", "Hwy", "Trl", "Loop"]
UNITS = ["Apt. {n}", "Apt {n}", "Apt {n}{l}", "Suite {n}", "Ste {n}", "#{n}", "Unit {n}", "Unit {l}",
         "Apt #{n}", "Fl {d}", "Bldg {l}, Apt {n}", "Rm {n}", "Lot {n}", "Trlr {n}"]


ZIP3 = {"AL": (350, 369), "AK": (995, 999), "AZ": (850, 865), "AR": (716, 729), "CA": (900, 961), "CO": (800, 816),
        "CT": (60, 69), "DE": (197, 199), "FL": (320, 349), "GA": (300, 319), "HI": (967, 968), "ID": (832, 838),
        "IL": (600, 629), "IN": (460, 479), "IA": (500, 528), "KS": (660, 679), "KY": (400, 427), "LA": (700, 714),
        "ME": (39, 49), "MD": (206, 219), "MA": (10, 27), "MI": (480, 499), "MN": (550, 567), "MS": (386, 397),
        "MO": (630, 658), "MT": (590, 599), "NE": (680, 693), "NV": (889, 898), "NH": (30, 38), "NJ": (70, 89),
        "NM": (870, 884), "NY": (100, 149), "NC": (270, 289), "ND": (580, 588), "OH": (430, 459), "OK": (730, 749),
        "OR": (970, 979), "PA": (150, 196), "RI": (28, 29), "SC": (290, 299), "SD": (570, 577), "TN": (370, 385),
        "TX": (750, 799), "UT": (840, 847), "VT": (50, 59), "VA": (220, 246), "WA": (980, 994), "WV": (247, 268),
        "WI": (530, 549), "WY": (820, 831), "PR": (6, 9)}


def us_zip(st=None):
    lo, hi = ZIP3.get(st, (10, 999))
    z = str(rng.randint(lo, hi)).zfill(3) + _digits(2)
    if chance(0.22):
        z += "-" + _digits(4)
    return z


def us_street():
    base = pick(STREET_BASE) if chance(0.75) else fk("en_US").last_name()
    return f"{rng.randint(1, 29999) if chance(0.8) else rng.randint(1, 999)} {base} {pick(SUFFIX)}"


def us_unit():
    u = pick(UNITS)
    return u.format(n=rng.randint(1, 2400), l=rng.choice("ABCDEFGH"), d=rng.randint(2, 30))


def us_city_state():
    return pick(US_CITIES)


def us_address(kind=None, lines=None):
    """Return the address text (one identifier)."""
    kind = kind or rng.choices(["street", "street_unit", "pobox", "military", "rr", "city_zip"],
                               [34, 30, 9, 8, 5, 6])[0]
    city, st = us_city_state()
    z = us_zip(st)
    sep_state = pick([", ", " "])
    if kind in ("street", "street_unit"):
        street = us_street()
        parts = [street]
        if kind == "street_unit":
            parts.append(us_unit())
        tail = f"{city}{', ' if chance(0.85) else ' '}{st}{pick([' ', '  '])if chance(0.1) else ' '}{z}"
        multi = chance(0.3) if lines is None else lines
        if multi:
            if kind == "street_unit" and chance(0.5):
                return f"{parts[0]}\n{parts[1]}\n{tail}"
            return ", ".join(parts) + "\n" + tail if kind == "street_unit" and chance(0.5) else \
                (parts[0] + (" " + parts[1] if len(parts) > 1 else "") + "\n" + tail)
        joiner = pick([", ", " "]) if len(parts) > 1 else ""
        return parts[0] + (joiner + parts[1] if len(parts) > 1 else "") + ", " + tail
    if kind == "pobox":
        return f"{pick(['PO Box', 'P.O. Box', 'P O Box', 'POB'])} {rng.randint(1, 99999)}, {city}, {st} {z}"
    if kind == "military":
        r = rng.random()
        zone = pick([("AE", "09"), ("AP", "96"), ("AA", "340")])
        mz = zone[1] + _digits(5 - len(zone[1]))
        base = pick(["APO", "FPO", "DPO"])
        if r < 0.4:
            first = f"PSC {rng.randint(1, 9999)}, Box {rng.randint(1, 9999)}"
        elif r < 0.7:
            first = f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 9999)}"
        else:
            first = f"CMR {rng.randint(100, 999)} Box {rng.randint(1, 9999)}"
        sep = pick([", ", "\n"])
        return f"{first}{sep}{base} {zone[0]} {mz}"
    if kind == "rr":
        return f"{pick(['RR', 'R.R.', 'Rural Route'])} {rng.randint(1, 9)} Box {rng.randint(1, 400)}{pick(['', 'A', 'B'])}, {city}, {st} {z}"
    return f"{city}, {st} {z}"


def us_city_only(mode=None):
    c, st = us_city_state()
    r = rng.random()
    if r < 0.45:
        return c
    if r < 0.85:
        return f"{c}, {st}"
    return f"{c} {st}"


# ----------------------------------------------------------------------------- emails, urls
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net",
           "att.net", "verizon.net", "msn.com", "live.com", "protonmail.com", "me.com", "charter.net",
           "sbcglobal.net", "bellsouth.net", "cox.net", "earthlink.net", "frontier.com", "ymail.com"]
INTL_DOMAINS = {"GB": ["btinternet.com", "gmail.com", "yahoo.co.uk", "sky.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
                "FR": ["orange.fr", "free.fr", "laposte.net"], "MX": ["hotmail.com", "prodigy.net.mx", "gmail.com"],
                "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp"],
                "IN": ["rediffmail.com", "gmail.com"], "ES": ["telefonica.net", "gmail.com"], "IT": ["libero.it", "virgilio.it"],
                "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl"], "CA": ["rogers.com", "sympatico.ca"]}


def ascii_name(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -.'")).strip()


def email_for(name, domains=DOMAINS):
    parts = [p for p in ascii_name(name).replace(",", " ").replace("'", "").replace(".", " ").split() if p]
    if not parts:
        parts = ["user" + _digits(3)]
    first, last = parts[0].lower(), parts[-1].lower()
    pats = [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first}_{last}",
            f"{last}.{first}", f"{first}{rng.randint(1940, 2005)}", f"{first[0]}.{last}{rng.randint(1, 9)}",
            f"{last}{first[0]}", f"{first}.{last}.{rng.randint(10, 99)}", f"{first}{last[0]}"]
    local = pick(pats)
    return f"{local}@{pick(domains)}"


def url_for(name):
    parts = [p for p in ascii_name(name).replace(",", " ").replace(".", " ").split() if p] or ["friend"]
    first, last = parts[0].lower(), parts[-1].lower()
    pats = [f"https://www.facebook.com/{first}.{last}.{rng.randint(1, 999)}",
            f"facebook.com/{first}{last}", f"https://www.linkedin.com/in/{first}-{last}-{_digits(2)}a{_digits(2)}",
            f"linkedin.com/in/{first}{last}", f"https://www.gofundme.com/f/help-{first}-{last}",
            f"gofundme.com/f/{first}s-{pick(['medical-bills', 'recovery-fund', 'cancer-fight', 'surgery'])}",
            f"https://www.caringbridge.org/visit/{first}{last}", f"caringbridge.org/site/{first}-{last}",
            f"http://{first}{last}.com", f"www.{first}-{last}.net", f"https://{first}{last}.wordpress.com",
            f"https://www.instagram.com/{first}_{last}", f"instagram.com/{first}.{last}{rng.randint(1, 99)}",
            f"https://x.com/{first}{last[:3]}", f"https://www.youtube.com/@{first}{last}",
            f"https://{first}{last}.substack.com", f"tiktok.com/@{first}.{last}",
            f"https://www.mealtrain.com/trains/{first}-{last}-{_digits(3)}",
            f"https://www.lotsahelpinghands.com/c/{_digits(6)}-{first}-{last}"]
    return pick(pats)


# ----------------------------------------------------------------------------- SSN, MRN, DOB
def ssn():
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    a, g, s = str(a).zfill(3), str(rng.randint(1, 99)).zfill(2), str(rng.randint(1, 9999)).zfill(4)
    return pick([f"{a}-{g}-{s}"] * 5 + [f"{a} {g} {s}"] * 2 + [f"{a}{g}{s}"] * 2 + [f"{a}.{g}.{s}"])


SSN_LABELS = ["SSN", "SSN:", "SSN#", "ss#", "Social:", "social security number", "SS#", "soc sec", "ssn",
              "Social Security #", "his social is", "her social is", "SSN -"]

MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    c = [str(rng.randint(1, 9)), rng.choice(MBI_LET), rng.choice(MBI_LET + "0123456789"), str(rng.randint(0, 9)),
         rng.choice(MBI_LET), rng.choice(MBI_LET + "0123456789"), str(rng.randint(0, 9)), rng.choice(MBI_LET),
         rng.choice(MBI_LET), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    return s if chance(0.4) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def mrn():
    """(label, value) pairs. Labels stay outside the identifier text."""
    r = rng.random()
    if r < 0.28:
        return pick(["MRN", "MRN:", "MRN#", "mrn", "MR#", "Med Rec #", "medical record number"]), \
            pick([_digits(rng.randint(6, 10)), f"{_digits(3)}-{_digits(3)}-{_digits(3)}",
                  f"{rng.choice('ABCEHKMRSTW')}{_digits(7)}", f"{rng.choice(['E', 'M', 'RMC-', 'HMC'])}{_digits(8)}"])
    if r < 0.42:
        return pick(["Chart #", "chart no.", "chart number", "Chart:", "Patient ID", "Pt ID:"]), \
            pick([_digits(7), f"{_digits(2)}-{_digits(5)}", f"C{_digits(6)}", f"{rng.choice('ABCDEFGHJK')}{_digits(6)}"])
    if r < 0.62:
        return pick(["Member ID", "member id", "Member #", "ID#", "Subscriber ID", "insurance id", "Policy #"]), \
            pick([f"{rng.choice(['XJ', 'W', 'ZGP', 'H', 'YLH', 'BCB'])}{_digits(9)}", f"{_digits(9)}{rng.randint(0, 9)}{rng.choice('AB')}",
                  f"U{_digits(8)} 0{rng.randint(1, 4)}", f"{_digits(11)}"])
    if r < 0.85:
        return pick(["Medicare ID", "Medicare #", "MBI", "medicare number", "Medicare card:", "mbi"]), mbi()
    return pick(["Medicaid ID", "Medicaid #", "medicaid number", "MassHealth ID", "Medi-Cal #", "AHCCCS ID"]), \
        pick([f"{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{_digits(5)}{rng.choice('ABCDEFGHJK')}",
              f"{_digits(12)}", f"{_digits(9)}{rng.choice('ABCDEF')}", f"A{_digits(8)}"])


def dob_date():
    y = rng.randint(1922, 2008)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(us=True, eng=False):
    y, m, d = dob_date()
    M_ = MONTHS[m - 1]
    if us:
        shapes = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}", f"{y}-{m:02d}-{d:02d}",
                  f"{M_} {d}, {y}", f"{M_} {d} {y}", f"{MON_ABBR[m - 1]}. {d}, {y}", f"{MON_ABBR[m - 1]} {d} {y}",
                  f"{M_.lower()} {d} {y}", f"{m:02d}-{d:02d}-{y}", f"{m}.{d}.{y}", f"{M_} {d}th, {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{M_} {d}, {y}",
                  f"{m:02d}{d:02d}{y}"]
    else:
        shapes = [f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}-{m:02d}-{y}",
                  f"{d:02d}/{m:02d}/{str(y)[2:]}"]
        if eng:
            shapes += [f"{d} {M_} {y}", f"{d} {MON_ABBR[m - 1]} {y}", f"{d}th {M_} {y}" if d in range(4, 21) else f"{d} {M_} {y}"]
    return pick(shapes)


DOB_LABELS = ["DOB", "DOB:", "dob", "D.O.B.", "born", "b.", "birthday", "Date of Birth:", "bday", "birthdate",
              "DOB -", "born on"]


# ----------------------------------------------------------------------------- accounts
IBAN_COUNTRIES = ["DE", "FR", "GB", "ES", "IT", "NL", "PL", "PT", "BE", "AT", "CH", "IE", "TR", "SA", "BR", "SE"]


def iban(country=None):
    c = country or pick(IBAN_COUNTRIES)
    raw = ibantool.make_iban(rng, c)
    shape = rng.random()
    if shape < 0.5:
        v = ibantool.group4(raw)
    else:
        v = raw
    if chance(0.2):
        v = v.lower()
    return c, v


CARD_PREFIX = [("visa", "4", 16), ("visa", "4", 16), ("mastercard", "51", 16), ("mastercard", "55", 16),
               ("mastercard", "2221", 16), ("amex", "34", 15), ("amex", "37", 15), ("discover", "6011", 16),
               ("discover", "65", 16)]


def card():
    brand, pre, n = pick(CARD_PREFIX)
    num = ibantool.make_card(rng, pre, n, valid=chance(0.75))
    r = rng.random()
    if n == 15:
        v = f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else (num if r < 0.85 else f"{num[:4]}-{num[4:10]}-{num[10:]}")
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
        v = " ".join(g) if r < 0.45 else ("-".join(g) if r < 0.65 else num)
    return brand, v


CARD_LABELS = {"visa": ["visa", "Visa", "VISA", "card", "credit card", "cc", "visa card", "debit card"],
               "mastercard": ["mastercard", "MC", "card", "credit card", "cc", "Mastercard"],
               "amex": ["amex", "AmEx", "card", "credit card", "American Express"],
               "discover": ["discover", "Discover card", "card", "credit card", "cc"]}


def routing():
    # ABA checksum: 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10
    while True:
        d = [rng.choice([0, 1, 2, 3])] + [rng.randint(0, 9) for _ in range(7)]
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def bank_acct():
    n = rng.randint(8, 14)
    v = _digits(n)
    if chance(0.2):
        v = f"{v[:4]}-{v[4:]}"
    elif chance(0.15):
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


ACCT_LABELS = ["account", "acct", "acct #", "Account No.", "account number", "checking acct", "savings account",
               "acct no", "Acct:", "checking"]
ROUTING_LABELS = ["routing", "routing #", "Routing No.", "ABA", "routing number", "RTN"]


# ----------------------------------------------------------------------------- international
INTL = {
    "GB": dict(loc="en_GB", cities=[("London", "SE15 4QT"), ("Manchester", "M14 6HR"), ("Leeds", "LS6 2AB"),
                                    ("Bristol", "BS7 8PL"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ"),
                                    ("Sheffield", "S10 2TN"), ("Norwich", "NR2 3JB"), ("Belfast", "BT9 6AA"),
                                    ("Leicester", "LE2 1XR"), ("Brighton", "BN2 1RE"), ("York", "YO10 5DD")],
               streets=["Road", "Street", "Lane", "Close", "Avenue", "Gardens", "Crescent", "Terrace", "Grove"]),
    "DE": dict(loc="de_DE", cities=[("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
                                    ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"), ("Leipzig", "04109"),
                                    ("Dresden", "01067"), ("Bremen", "28195"), ("Hannover", "30159")],
               streets=["straße", "str.", "weg", "allee", "ring", "platz", "gasse"]),
    "FR": dict(loc="fr_FR", cities=[("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13005"), ("Toulouse", "31000"),
                                    ("Nantes", "44000"), ("Lille", "59000"), ("Bordeaux", "33000"), ("Strasbourg", "67000"),
                                    ("Rennes", "35000"), ("Nice", "06000")],
               streets=["rue", "avenue", "boulevard", "impasse", "chemin", "allée", "place"]),
    "ES": dict(loc="es_ES", cities=[("Madrid", "28004"), ("Barcelona", "08012"), ("Sevilla", "41003"), ("Valencia", "46001"),
                                    ("Bilbao", "48001"), ("Málaga", "29001"), ("Zaragoza", "50001"), ("Granada", "18001")],
               streets=["Calle", "Avenida", "Paseo", "Plaza", "Camino"]),
    "MX": dict(loc="es_MX", cities=[("Guadalajara, Jal.", "44100"), ("Ciudad de México, CDMX", "06700"),
                                    ("Monterrey, N.L.", "64000"), ("Puebla, Pue.", "72000"), ("Oaxaca, Oax.", "68000"),
                                    ("Mérida, Yuc.", "97000"), ("Tijuana, B.C.", "22000"), ("León, Gto.", "37000")],
               streets=["Calle", "Av.", "Calzada", "Privada", "Andador"]),
    "BR": dict(loc="pt_BR", cities=[("São Paulo - SP", "01310-100"), ("Rio de Janeiro - RJ", "22041-001"),
                                    ("Belo Horizonte - MG", "30130-010"), ("Salvador - BA", "40020-000"),
                                    ("Recife - PE", "50030-230"), ("Curitiba - PR", "80010-000"),
                                    ("Porto Alegre - RS", "90010-150"), ("Fortaleza - CE", "60060-170")],
               streets=["Rua", "Avenida", "Travessa", "Alameda"]),
    "JP": dict(loc="ja_JP", cities=[("東京都世田谷区", "154-0004"), ("大阪府大阪市北区", "530-0001"), ("京都府京都市左京区", "606-8501"),
                                    ("北海道札幌市中央区", "060-0001"), ("福岡県福岡市博多区", "812-0011"), ("神奈川県横浜市港北区", "222-0033")],
               streets=[]),
    "IN": dict(loc="en_IN", cities=[("Bengaluru, Karnataka", "560034"), ("Pune, Maharashtra", "411001"),
                                    ("Chennai, Tamil Nadu", "600020"), ("Hyderabad, Telangana", "500081"),
                                    ("Kolkata, West Bengal", "700019"), ("Ahmedabad, Gujarat", "380009"),
                                    ("Kochi, Kerala", "682016"), ("Lucknow, Uttar Pradesh", "226001")],
               streets=["Road", "Main Road", "Cross", "Nagar", "Marg", "Layout"]),
    "CA": dict(loc="en_CA", cities=[("Toronto, ON", "M4C 1B5"), ("Vancouver, BC", "V5K 0A1"), ("Calgary, AB", "T2P 1J9"),
                                    ("Ottawa, ON", "K1N 5T5"), ("Winnipeg, MB", "R3C 0V8"), ("Halifax, NS", "B3H 1X7"),
                                    ("Montréal, QC", "H2X 1Y4"), ("Edmonton, AB", "T5J 0N3")],
               streets=["Street", "Avenue", "Road", "Crescent", "Drive", "Boulevard"]),
    "IT": dict(loc="it_IT", cities=[("Roma RM", "00185"), ("Milano MI", "20123"), ("Napoli NA", "80134"), ("Torino TO", "10121"),
                                    ("Palermo PA", "90133"), ("Bologna BO", "40121"), ("Firenze FI", "50122")],
               streets=["Via", "Viale", "Piazza", "Corso", "Vicolo"]),
    "NL": dict(loc="nl_NL", cities=[("Amsterdam", "1017 CS"), ("Rotterdam", "3011 AD"), ("Utrecht", "3511 LX"),
                                    ("Den Haag", "2511 BT"), ("Eindhoven", "5611 EM"), ("Groningen", "9711 LM")],
               streets=["straat", "laan", "weg", "gracht", "plein", "singel"]),
    "PL": dict(loc="pl_PL", cities=[("Warszawa", "00-950"), ("Kraków", "31-042"), ("Gdańsk", "80-831"), ("Wrocław", "50-077"),
                                    ("Poznań", "61-772"), ("Lublin", "20-400")],
               streets=["ul.", "al.", "pl.", "os."]),
    "PH": dict(loc="fil_PH", cities=[("Quezon City", "1100"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Makati", "1200"),
                                     ("Iloilo City", "5000"), ("Baguio", "2600")],
               streets=["St.", "Street", "Ave.", "Road"]),
    "KR": dict(loc="ko_KR", cities=[("서울특별시 강남구", "06236"), ("부산광역시 해운대구", "48094"), ("대구광역시 수성구", "42180"),
                                    ("인천광역시 남동구", "21556"), ("광주광역시 서구", "61947")], streets=[]),
    "CN": dict(loc="zh_CN", cities=[("北京市朝阳区", "100020"), ("上海市浦东新区", "200120"), ("广州市天河区", "510630"),
                                    ("成都市武侯区", "610041"), ("杭州市西湖区", "310012")], streets=[]),
    "TR": dict(loc="tr_TR", cities=[("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06690"), ("Konak/İzmir", "35250"),
                                    ("Nilüfer/Bursa", "16110")], streets=["Sok.", "Cad.", "Bulvarı"]),
}
INTL_PHONE = {
    "GB": ["+44 20 {4} {4}", "020 {4} {4}", "07{3} {6}", "+44 7{3} {6}", "+44 (0)161 {3} {4}", "0113 {3} {4}", "+44 1632 {6}"],
    "DE": ["+49 30 {7}", "+49 (0)89 {4} {4}", "030 {8}", "+49 151 {8}", "0176 {4} {4}", "+49 40 {3} {4}-{2}", "+49 221 {7}"],
    "FR": ["+33 1 {2} {2} {2} {2}", "01 {2} {2} {2} {2}", "06 {2} {2} {2} {2}", "+33 6 {2} {2} {2} {2}", "04.{2}.{2}.{2}.{2}", "+33 (0)4 {2} {2} {2} {2}"],
    "ES": ["+34 91 {3} {2} {2}", "+34 6{2} {3} {3}", "93 {3} {2} {2}", "6{2} {3} {3}", "+34 954 {2} {2} {2}"],
    "MX": ["+52 55 {4} {4}", "+52 1 33 {4} {4}", "55 {4} {4}", "(81) {4}-{4}", "+52 (998) {3} {4}", "044 55 {4} {4}"],
    "BR": ["+55 11 9{4}-{4}", "(21) 9{4}-{4}", "+55 (31) {4}-{4}", "11 9{4} {4}", "+55 71 9{3}{4}"],
    "JP": ["+81 3-{4}-{4}", "03-{4}-{4}", "090-{4}-{4}", "+81 90 {4} {4}", "06-{4}-{4}", "+81 (0)75-{3}-{4}"],
    "IN": ["+91 9{4} {5}", "+91 98{3} {5}", "9{4}{5}", "080 {4} {4}", "+91 22 {4} {4}", "+91-9{9}", "0{2}-{8}"],
    "CA": ["+1 416 {3} {4}", "(604) {3}-{4}", "403-{3}-{4}", "+1 (514) {3}-{4}", "613.{3}.{4}"],
    "IT": ["+39 06 {4} {4}", "+39 3{2} {3} {4}", "02 {4} {4}", "3{2} {3} {4}", "+39 081 {3} {4}"],
    "NL": ["+31 20 {3} {4}", "06-{8}", "+31 6 {4} {4}", "010 {3} {4}", "+31 (0)30 {3} {2} {2}"],
    "PL": ["+48 22 {3} {2} {2}", "+48 5{2} {3} {3}", "6{2} {3} {3}", "12 {3} {2} {2}"],
    "PH": ["+63 917 {3} {4}", "0918 {3} {4}", "+63 2 {4} {4}", "(02) {4}-{4}", "09{2}-{3}-{4}"],
    "KR": ["+82 10-{4}-{4}", "010-{4}-{4}", "02-{3}-{4}", "+82 2 {4} {4}", "051-{3}-{4}"],
    "CN": ["+86 139 {4} {4}", "138{8}", "+86 10 {4} {4}", "021-{8}", "+86 (20) {4}-{4}"],
    "TR": ["+90 532 {3} {2} {2}", "0532 {3} {2} {2}", "+90 (212) {3} {2} {2}", "0 312 {3} {2} {2}"],
}


def intl_phone(cc):
    pat = pick(INTL_PHONE[cc])
    out, i = [], 0
    while i < len(pat):
        if pat[i] == "{":
            j = pat.index("}", i)
            out.append(_digits(int(pat[i + 1:j])))
            i = j + 1
        else:
            out.append(pat[i])
            i += 1
    return "".join(out)


def intl_address(cc):
    info = INTL[cc]
    f = fk(info["loc"])
    city, pc = pick(info["cities"])
    pc = _vary_pc(cc, pc)
    n = rng.randint(1, 220)
    sep = pick([", ", "\n"])
    if cc == "GB":
        st = f"{f.last_name()} {pick(info['streets'])}"
        flat = pick(["", f"Flat {rng.randint(1, 30)}, ", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, "])
        return f"{flat}{n} {st}{sep}{city} {pc}" if chance(0.6) else f"{flat}{n} {st}{sep}{city}{sep}{pc}"
    if cc == "DE":
        suf = pick(info["streets"])
        nm = f.last_name()
        st = f"{nm}{suf}" if suf in ("straße", "str.", "weg", "allee", "ring", "gasse") else f"{nm}{pick(['er ', ''])}{suf.capitalize()}"
        return f"{st} {n}{pick(['', 'a', 'b'])}{sep}{pc} {city}"
    if cc == "FR":
        return f"{n}{pick(['', ' bis'])}{pick([', ', ' '])}{pick(info['streets'])} {f.last_name()}{sep}{pc} {city}"
    if cc == "ES":
        piso = pick(["", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}", f" {rng.randint(1, 6)}-{rng.randint(1, 4)}"])
        return f"{pick(info['streets'])} de {f.last_name()}, {n}{piso}{sep}{pc} {city}"
    if cc == "MX":
        col = pick(["Col. Centro", "Col. Roma Norte", "Col. Del Valle", "Col. Americana", "Col. Jardines", "Fracc. Las Fuentes"])
        return f"{pick(info['streets'])} {f.last_name()} {n}{pick(['', f' Int. {rng.randint(1, 12)}'])}, {col}{sep}{pc} {city}"
    if cc == "BR":
        ap = pick(["", f", apto {rng.randint(11, 304)}", f", casa {rng.randint(1, 4)}", f", bloco B apto {rng.randint(11, 99)}"])
        return f"{pick(info['streets'])} {f.last_name()}, {n}{ap}{sep}{city}{sep if chance(0.5) else ', '}{pc}"
    if cc == "JP":
        return f"〒{pc} {city}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}" if chance(0.6) else \
            f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {pick(['Kitazawa', 'Umeda', 'Sakyo-ku', 'Kohoku'])}, {city} {pc}"
    if cc == "IN":
        flat = pick(["", f"Flat {rng.randint(101, 904)}, ", f"#{rng.randint(1, 99)}, ", f"H.No. {rng.randint(1, 40)}-{rng.randint(1, 99)}, "])
        return f"{flat}{n} {f.last_name()} {pick(info['streets'])}{sep}{city} {pc}"
    if cc == "CA":
        unit = pick(["", f"{rng.randint(100, 2200)}-", f"Unit {rng.randint(1, 40)}, "])
        nm = pick(["Queen", "King", "Bloor", "Dundas", "Portage", "Jasper", "Maple", "Birch", "Elgin", "Barton"])
        return f"{unit}{n} {nm} {pick(info['streets'])}{sep}{city} {pc}"
    if cc == "IT":
        return f"{pick(info['streets'])} {f.last_name()}, {n}{sep}{pc} {city}"
    if cc == "NL":
        return f"{f.last_name().replace(' ', '')}{pick(info['streets'])} {n}{pick(['', '-II', 'A', ' bis'])}{sep}{pc} {city}"
    if cc == "PL":
        return f"{pick(info['streets'])} {f.street_name()} {n}/{rng.randint(1, 60)}{sep}{pc} {city}"
    if cc == "PH":
        return f"{n} {pick(['Rizal', 'Mabini', 'Bonifacio', 'Luna', 'Aguinaldo'])} {pick(info['streets'])}, Brgy. {pick(['San Roque', 'Poblacion', 'Santo Niño', 'Bagong Silang'])}, {city} {pc}"
    if cc == "KR":
        return f"{city} {pick(['테헤란로', '해운대로', '달구벌대로', '중앙대로', '상무대로'])} {rng.randint(1, 500)}{pick(['', f', {rng.randint(101, 1502)}호'])} ({pc})" if chance(0.7) else \
            f"{rng.randint(1, 500)} {pick(['Teheran-ro', 'Haeundae-ro', 'Jungang-daero'])}, {pick(['Gangnam-gu, Seoul', 'Haeundae-gu, Busan', 'Suseong-gu, Daegu'])} {pc}"
    if cc == "CN":
        return f"{city}{pick(['建国路', '人民路', '中山路', '解放路', '文三路'])}{rng.randint(1, 300)}号{pick(['', f'{rng.randint(1, 20)}栋{rng.randint(101, 2802)}室'])}, {pc}"
    if cc == "TR":
        return f"{f.last_name()} {pick(info['streets'])} No:{rng.randint(1, 120)} D:{rng.randint(1, 20)}{sep}{pc} {city}"
    raise KeyError(cc)


def _vary_pc(cc, pc):
    if cc in ("DE", "FR", "ES", "IT", "MX"):
        return pc[:2] + _digits(3) if not pc.startswith("0") else pc[:2] + _digits(3)
    if cc == "GB":
        return pc.split()[0] + " " + str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    if cc == "BR":
        return pc[:2] + _digits(3) + "-" + _digits(3)
    if cc == "IN":
        return pc[:3] + _digits(3)
    if cc == "PL":
        return pc[:2] + "-" + _digits(3)
    if cc == "NL":
        return pc[:2] + _digits(2) + " " + rng.choice("ABCDEFGHJKLMNPRSTVWXZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXZ")
    if cc == "JP":
        return pc[:3] + "-" + _digits(4)
    return pc


INTL_CITY_ONLY = ["Guadalajara", "Monterrey", "Lyon", "Marseille", "Hamburg", "München", "Kraków", "Porto", "Lisboa",
                  "Manila", "Cebu", "Lagos", "Accra", "Nairobi", "Kingston", "Bogotá", "Medellín", "Lima", "Quito",
                  "Karachi", "Lahore", "Dhaka", "Kathmandu", "Hanoi", "Da Nang", "Osaka", "Sapporo", "Busan",
                  "Taipei", "Shenzhen", "Chengdu", "Tehran", "Beirut", "Amman", "Cairo", "Casablanca", "Tunis",
                  "Istanbul", "Izmir", "Athens", "Thessaloniki", "Kyiv", "Lviv", "Warsaw", "Gdańsk", "Rotterdam",
                  "Antwerp", "Dublin", "Cork", "Glasgow", "Edinburgh", "Birmingham", "Leeds", "San Juan del Río",
                  "Santo Domingo", "Port-au-Prince", "Addis Ababa", "Mogadishu", "Chennai", "Kochi", "Pune",
                  "東京", "大阪", "北京", "上海", "서울", "부산", "Москва", "Санкт-Петербург", "القاهرة", "الرياض",
                  "दिल्ली", "मुंबई", "Αθήνα", "תל אביב", "กรุงเทพ", "Hà Nội", "Huế"]
