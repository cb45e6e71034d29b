"""Value generators for dev32 templates. Every generator returns markup (see common.py)."""
import random
import re
from faker import Faker

R = random.Random(3232)
Faker.seed(3232)
FK = {}


def fk(loc):
    if loc not in FK:
        FK[loc] = Faker(loc)
        FK[loc].seed_instance(R.randint(0, 10**9))
    return FK[loc]


US = fk("en_US")

# ---------------------------------------------------------------- keep-word pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "Synthroid", "gabapentin", "Xarelto", "insulin glargine",
         "Lantus", "Ozempic", "Jardiance", "furosemide", "prednisone", "albuterol", "Symbicort", "Spiriva", "donepezil",
         "Aricept", "carbidopa-levodopa", "Sinemet", "losartan", "hydrochlorothiazide", "omeprazole", "pantoprazole",
         "tramadol", "Tylenol", "acetaminophen", "ibuprofen", "aspirin 81", "vitamin D3", "fish oil", "magnesium",
         "Buprenorphine", "Suboxone", "naloxone", "Narcan", "clopidogrel", "Plavix", "metoprolol", "Entresto",
         "potassium chloride", "tamsulosin", "Flomax", "memantine", "Namenda", "trazodone", "escitalopram", "Lexapro",
         "fenofibrate", "Vascepa", "ezetimibe", "Humira", "methotrexate", "allopurinol", "colchicine", "Keppra",
         "turmeric", "ashwagandha", "CoQ10", "Ensure", "B12 shots", "Trelegy", "Breo Ellipta", "Eliquis 5 mg"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "type 2 diabetes", "heart failure", "CHF", "hypertension", "dementia", "chronic kidney disease", "CKD stage 3",
         "osteoporosis", "sleep apnea", "asthma", "gout", "shingles", "pneumonia", "UTI", "cellulitis", "hypothyroidism",
         "macular degeneration", "neuropathy", "rheumatoid arthritis", "anemia", "depression", "anxiety", "a-fib",
         "sciatica", "vertigo", "glaucoma", "diverticulitis", "A1c", "Hemoglobin A1c", "stroke", "TIA", "DVT"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "lipid panel", "CBC", "BMP", "TSH", "eGFR", "creatinine", "potassium",
        "urinalysis", "PSA", "vitamin D level", "troponin", "BNP", "triglycerides", "LDL"]
BODY = ["left knee", "right hip", "lower back", "ankles", "shoulder", "kidneys", "left eye", "feet", "chest", "wrist",
        "hip", "knee", "lungs", "heart", "stomach", "bladder", "skin", "gums", "ears", "right foot"]
ORGS = ["Walgreens", "CVS Pharmacy", "CVS", "Rite Aid", "Medicare", "Medicaid", "Kaiser Permanente", "Kaiser", "Aetna",
        "Blue Cross Blue Shield", "UnitedHealthcare", "Humana", "Mayo Clinic", "Cleveland Clinic", "Express Scripts",
        "OptumRx", "Social Security", "Cigna", "Walmart Pharmacy", "Costco Pharmacy", "Medicare Part D", "Tricare",
        "the VA", "Meals on Wheels", "Amazon Pharmacy", "Humana Gold Plus", "AARP"]
PHARMS = ["Walgreens", "CVS", "CVS Pharmacy", "Rite Aid", "Walmart Pharmacy", "Costco Pharmacy", "Kroger Pharmacy",
          "Publix Pharmacy", "Express Scripts", "OptumRx", "Amazon Pharmacy", "Safeway Pharmacy", "H-E-B Pharmacy"]
INSURERS = ["Medicare", "Medicaid", "Aetna", "Humana", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield",
            "Kaiser Permanente", "Tricare", "Anthem", "Molina Healthcare", "WellCare"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Granny", "Mother", "Father", "Mama", "Pop", "Grandmother"]
HELP = ["988", "1-800-222-1222", "1-800-MEDICARE", "1-800-772-1213", "911", "1-800-273-8255"]
CONTR = ["Don't", "I can't", "We don't", "She doesn't", "He doesn't", "We can't", "I don't", "She can't", "He won't"]

def k(x):
    return f"⟪{x}⟫"


def pick(lst):
    return R.choice(lst)


# ---------------------------------------------------------------- US people
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "White", "Green", "King", "Wood", "Bell", "Hunt",
                 "Little", "Frost", "Lane", "Fox", "Stone", "Cook", "Baker", "Banks", "Moody", "Swift", "Rich", "Best",
                 "Waters", "Field", "Long", "Sharp", "Price", "Hope", "Love", "Gay", "Bush", "Marsh", "Dean", "Church"]
WORD_FIRST = ["Faith", "Hope", "Grace", "Joy", "June", "Rose", "Violet", "Hunter", "Mason", "Will", "Drew", "Summer",
              "Autumn", "Dawn", "Ivy", "Pearl", "Ruby", "Jade", "Sky", "Chase", "Lily", "Bill", "Frank", "Gene"]


class Persona:
    def __init__(self, loc="en_US"):
        f = fk(loc)
        self.loc = loc
        self.intl = loc != "en_US"
        if loc == "en_US":
            r = R.random()
            self.first = pick(WORD_FIRST) if r < 0.12 else f.first_name()
            self.last = pick(WORD_SURNAMES) if R.random() < 0.25 else f.last_name()
            self.full = f"{self.first} {self.last}"
        elif loc in ("ja_JP", "zh_CN", "ko_KR"):
            self.first, self.last = f.first_name(), f.last_name()
            self.full = self.last + ("" if loc == "zh_CN" or R.random() < 0.5 else " ") + self.first
        elif loc == "ru_RU":
            self.first, self.last = f.first_name(), f.last_name()
            self.full = f"{self.first} {self.last}"
        else:
            self.first, self.last = f.first_name(), f.last_name()
            self.full = f"{self.first} {self.last}"
        self.latin = bool(re.fullmatch(r"[A-Za-zÀ-ɏ' .\-]+", self.full))
        dom = pick(INTL_MAIL.get(loc, ["gmail.com"])) if self.intl else pick(US_MAIL)
        a = ascii_fold(self.first).lower().replace(" ", "")
        b = ascii_fold(self.last).lower().replace(" ", "")
        if not a or not b or not re.fullmatch(r"[a-z'\-]+", a + b):
            a, b = pick(["mei", "jun", "hana", "min", "yuki", "ola", "sasha", "li", "anya", "omar"]), str(R.randint(10, 99))
        a, b = a.replace("'", ""), b.replace("'", "")
        shape = R.randint(0, 5)
        user = [f"{a}.{b}", f"{a[0]}{b}{R.randint(1, 99)}", f"{a}{b}{R.randint(40, 99)}", f"{b}.{a}",
                f"{a}_{b}", f"{a}{R.choice(['', '.'])}{b[:4]}{R.randint(1950, 1999)}"][shape]
        self.email = f"{user}@{dom}"
        self.slug = f"{a}{b}" if R.random() < 0.5 else f"{a}-{b}"


US_MAIL = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "att.net",
           "verizon.net", "sbcglobal.net", "msn.com", "bellsouth.net", "charter.net", "protonmail.com"]
INTL_MAIL = {"en_GB": ["btinternet.com", "yahoo.co.uk", "gmail.com", "sky.com"], "de_DE": ["web.de", "gmx.de", "t-online.de"],
             "fr_FR": ["orange.fr", "free.fr", "laposte.net"], "es_MX": ["prodigy.net.mx", "gmail.com", "hotmail.com"],
             "es_ES": ["telefonica.net", "gmail.com", "yahoo.es"], "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com"],
             "it_IT": ["libero.it", "alice.it", "virgilio.it"], "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
             "pl_PL": ["wp.pl", "onet.pl", "o2.pl"], "ja_JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
             "zh_CN": ["qq.com", "163.com", "126.com"], "ko_KR": ["naver.com", "daum.net", "gmail.com"],
             "hi_IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "en_IN": ["rediffmail.com", "gmail.com"],
             "ar_SA": ["gmail.com", "hotmail.com"], "ru_RU": ["mail.ru", "yandex.ru"], "tr_TR": ["hotmail.com", "gmail.com"],
             "vi_VN": ["gmail.com", "yahoo.com.vn"], "fil_PH": ["gmail.com", "yahoo.com.ph"], "en_CA": ["rogers.com", "shaw.ca", "sympatico.ca"]}


def ascii_fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c) and ord(c) < 128)


# ---------------------------------------------------------------- US addresses
CITIES = [("Springfield", "IL", "627"), ("Toledo", "OH", "436"), ("Dayton", "OH", "454"), ("Tulsa", "OK", "741"),
          ("Fresno", "CA", "937"), ("Mesa", "AZ", "852"), ("Tucson", "AZ", "857"), ("Omaha", "NE", "681"),
          ("Boise", "ID", "837"), ("Spokane", "WA", "992"), ("Eugene", "OR", "974"), ("Reno", "NV", "895"),
          ("Albuquerque", "NM", "871"), ("El Paso", "TX", "799"), ("San Antonio", "TX", "782"), ("Lubbock", "TX", "794"),
          ("Shreveport", "LA", "711"), ("Jackson", "MS", "392"), ("Mobile", "AL", "366"), ("Macon", "GA", "312"),
          ("Savannah", "GA", "314"), ("Ocala", "FL", "344"), ("Tampa", "FL", "336"), ("Sarasota", "FL", "342"),
          ("Charleston", "SC", "294"), ("Durham", "NC", "277"), ("Asheville", "NC", "288"), ("Roanoke", "VA", "240"),
          ("Richmond", "VA", "232"), ("Baltimore", "MD", "212"), ("Dover", "DE", "199"), ("Trenton", "NJ", "086"),
          ("Scranton", "PA", "185"), ("Erie", "PA", "165"), ("Buffalo", "NY", "142"), ("Albany", "NY", "122"),
          ("Yonkers", "NY", "107"), ("Hartford", "CT", "061"), ("Worcester", "MA", "016"), ("Providence", "RI", "029"),
          ("Burlington", "VT", "054"), ("Manchester", "NH", "031"), ("Portland", "ME", "041"), ("Flint", "MI", "485"),
          ("Lansing", "MI", "489"), ("Gary", "IN", "464"), ("Fort Wayne", "IN", "468"), ("Peoria", "IL", "616"),
          ("Madison", "WI", "537"), ("Green Bay", "WI", "543"), ("Duluth", "MN", "558"), ("Fargo", "ND", "581"),
          ("Sioux Falls", "SD", "571"), ("Des Moines", "IA", "503"), ("Wichita", "KS", "672"), ("Joplin", "MO", "648"),
          ("Little Rock", "AR", "722"), ("Knoxville", "TN", "379"), ("Memphis", "TN", "381"), ("Lexington", "KY", "405"),
          ("Billings", "MT", "591"), ("Cheyenne", "WY", "820"), ("Provo", "UT", "846"), ("Pueblo", "CO", "810"),
          ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"), ("Bakersfield", "CA", "933"), ("Stockton", "CA", "952"),
          ("Huntington", "WV", "257"), ("Akron", "OH", "443"), ("Gainesville", "FL", "326"), ("Laredo", "TX", "780")]
STREETS = ["Oak", "Maple", "Elm", "Cedar", "Pine", "Walnut", "Chestnut", "Main", "Church", "Mill", "Lake", "Hillcrest",
           "Sunset", "Jefferson", "Lincoln", "Washington", "Franklin", "Highland", "Ridge", "Meadow", "Willow", "Cherry",
           "Spring", "Birch", "Magnolia", "Dogwood", "Sycamore", "Orchard", "River", "Prospect", "Bayview", "Carriage"]
SUFF = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way",
        "Pl", "Cir", "Terrace", "Pkwy"]
UNITS = ["Apt. 4B", "Apt 12", "Suite 210", "#12", "Unit 3", "Apt. 2C", "#305", "Ste 100", "Apt 7", "Unit B", "Lot 44",
         "Apt. 1014", "Fl 2", "Bldg 3 Apt 21"]


def us_city():
    c, s, z = pick(CITIES)
    return c, s, z + f"{R.randint(1, 99):02d}"


def zip_form(z):
    return z + (f"-{R.randint(1, 9999):04d}" if R.random() < 0.3 else "")


def us_street():
    if R.random() < 0.35:
        st = US.street_name()
    else:
        st = f"{pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'North ', 'West '])}{pick(STREETS)} {pick(SUFF)}"
    num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 48999)]))
    return f"{num} {st}"


def addr_us_raw(multiline=None, unit=None):
    c, s, z = us_city()
    st = us_street()
    if unit is None:
        unit = R.random() < 0.45
    u = pick(UNITS) if unit else ""
    z = zip_form(z)
    if multiline is None:
        multiline = R.random() < 0.3
    if multiline:
        line1 = f"{st} {u}".strip() if R.random() < 0.6 or not u else f"{st}\n{u}"
        return f"{line1}\n{c}, {s} {z}" if R.random() < 0.8 else f"{line1}\n{c} {s} {z}"
    sep = pick([", ", ", ", " "])
    first = f"{st}{', ' if R.random() < 0.4 else ' '}{u}" if u else st
    return f"{first}{sep}{c}, {s} {z}" if R.random() < 0.85 else f"{first}{sep}{c} {s} {z}"


def addr_us(**kw):
    return f"⟦Lu|{addr_us_raw(**kw)}⟧"


def addr_us_1():
    return addr_us(multiline=False)


def addr_us_ml():
    return addr_us(multiline=True)


def street_us():
    return f"⟦Lu|{us_street()}{(' ' + pick(UNITS)) if R.random() < 0.4 else ''}⟧"


def citystzip():
    c, s, z = us_city()
    return f"⟦Lu|{c}, {s} {zip_form(z)}⟧"


def cityst():
    c, s, z = us_city()
    return f"⟦Lu|{c}, {s}⟧" if R.random() < 0.8 else f"⟦Lu|{c} {s}⟧"


def city_us():
    c = pick(CITIES)[0]
    return f"⟦Lu|{c.upper() if R.random() < 0.2 else c}⟧"


def pobox():
    c, s, z = us_city()
    box = R.randint(1, 9999)
    lab = pick(["PO Box", "P.O. Box", "P. O. Box", "POB", "Post Office Box", "PO BOX"])
    return f"⟦Lu|{lab} {box}, {c}, {s} {zip_form(z)}⟧" if R.random() < 0.7 else f"⟦Lu|{lab} {box}\n{c}, {s} {z}⟧"


def military():
    r = R.randint(0, 5)
    z_ae, z_ap, z_aa = f"09{R.randint(100, 999)}", f"96{R.randint(200, 699)}", f"340{R.randint(10, 99)}"
    opts = [f"PSC {R.randint(100, 9999)}, Box {R.randint(1, 9999)}, APO AE {z_ae}",
            f"Unit {R.randint(2000, 9999)} Box {R.randint(1, 9999)}, APO AP {z_ap}",
            f"CMR {R.randint(400, 499)} Box {R.randint(100, 9999)}, APO AE {z_ae}",
            f"USS {pick(['Nimitz', 'Ronald Reagan', 'Bataan', 'Wasp'])}, FPO AP {z_ap}",
            f"Unit {R.randint(8000, 9999)} Box {R.randint(1, 999)}\nDPO AE {z_ae}",
            f"PSC {R.randint(100, 9999)} Box {R.randint(1, 9999)}\nAPO AA {z_aa}"]
    return f"⟦Lu|{opts[r]}⟧"


def rural():
    c, s, z = us_city()
    rr = pick([f"RR {R.randint(1, 9)} Box {R.randint(1, 399)}", f"Rural Route {R.randint(1, 6)}, Box {R.randint(1, 200)}",
               f"HC {R.randint(1, 80)} Box {R.randint(10, 999)}", f"R.R. {R.randint(1, 4)} Box {R.randint(1, 150)}A"])
    return f"⟦Lu|{rr}, {c}, {s} {z}⟧" if R.random() < 0.7 else f"⟦Lu|{rr}⟧"


def any_us_loc():
    return R.choices([addr_us, pobox, military, rural, citystzip], [6, 1.2, 0.8, 0.8, 1.2])[0]()


# ---------------------------------------------------------------- US phones
AREAS = ["217", "312", "419", "937", "918", "559", "480", "520", "402", "208", "509", "541", "775", "505", "915",
         "210", "806", "318", "601", "251", "478", "912", "352", "813", "941", "843", "919", "828", "540", "804",
         "410", "302", "609", "570", "814", "716", "518", "914", "860", "508", "401", "802", "603", "207", "810",
         "517", "219", "260", "309", "608", "920", "218", "701", "605", "515", "316", "417", "501", "865", "901",
         "859", "406", "307", "801", "719", "907", "808", "661", "209", "304", "330", "352", "956", "646", "773"]


def us_digits():
    a = pick(AREAS)
    if R.random() < 0.5:
        return a, "555", f"01{R.randint(0, 99):02d}"
    return a, str(R.randint(201, 989)).replace("555", "556"), f"{R.randint(0, 9999):04d}"


def phone_us_raw(shape=None):
    a, b, c = us_digits()
    shapes = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
              f"001-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a} {b} {c}",
              f"+1{a}{b}{c}", f"1 ({a}) {b}-{c}", f"{a}/{b}-{c}"]
    if shape is None:
        shape = R.choices(range(len(shapes)), [5, 5, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1])[0]
    return shapes[shape]


def ext():
    n = R.randint(1, 9999)
    return pick([f" x{n}", f" x {n}", f" ext. {n}", f" ext {n}", f" extension {n}", f" Ext. {n}", f"x{n}", f", ext. {n}"])


def phone_us():
    p = phone_us_raw()
    if R.random() < 0.18:
        p += ext()
    return f"⟦Tu|{p}⟧"


def phone_us_ext():
    return f"⟦Tu|{phone_us_raw()}{ext()}⟧"


def mk_shape(i):
    return lambda: f"⟦Tu|{phone_us_raw(i)}⟧"


phone_paren, phone_dash, phone_dot, phone_plain, phone_plus1, phone_1dash, phone_001 = [mk_shape(i) for i in range(7)]

VANITY_WORDS = ["FLOWERS", "ROOFING", "PLUMBER", "GO-RIVAS", "CAKES", "TAXES", "MOVERS", "JOE-FIXIT", "PAINTER",
                "NANA-CARE", "LAWNCARE", "CLEAN-4U", "TUTORME", "HAULING", "MARIA-BK", "PETSIT", "SEWING", "DENTAL"]


def vanity():
    w = pick(VANITY_WORDS)
    pre = pick(["1-800-", "1-888-", "1-877-", "(855) ", "1-866-", "800-", "(833) "])
    if pre.startswith("(") or pre == "800-":
        w = w.replace("-", "")[:7]
        return f"⟦Tu|{pre}{w[:3]}-{w[3:]}⟧"
    return f"⟦Tu|{pre}{w}⟧"


# ---------------------------------------------------------------- other US identifiers
def ssn_raw(shape=None):
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    g, s = R.randint(1, 99), R.randint(1, 9999)
    shape = R.choices([0, 1, 2], [6, 3, 1])[0] if shape is None else shape
    return [f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"][shape]


def ssn():
    return f"⟦Su|{ssn_raw()}⟧"


def ssn_plain():
    return f"⟦Su|{ssn_raw(1)}⟧"


def ssn_dash():
    return f"⟦Su|{ssn_raw(0)}⟧"


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_raw():
    L = lambda: R.choice(MBI_L)
    N = lambda: str(R.randint(0, 9))
    AN = lambda: R.choice(MBI_L + "0123456789")
    s = f"{R.randint(1, 9)}{L()}{AN()}{N()}{L()}{AN()}{N()}{L()}{L()}{N()}{N()}"
    return s if R.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def mrn_raw():
    r = R.randint(0, 7)
    if r == 0:
        return str(R.randint(1000000, 99999999)).zfill(8)
    if r == 1:
        return f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{R.randint(100000000, 999999999)}"
    if r == 2:
        return mbi_raw()
    if r == 3:
        return f"{R.choice('ABCDEFGHJKMW')}{R.randint(1000, 9999)} {R.randint(10000, 99999)}"
    if r == 4:
        return f"{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    if r == 5:
        return f"MR{R.randint(100000, 9999999)}"
    if r == 6:
        return f"{R.randint(10000000, 99999999)}{R.choice('ABCDEFGHJK')}"
    return f"{R.randint(0, 9)}{R.randint(10000, 99999)}-{R.randint(10, 99)}"


def mrn():
    return f"⟦Mu|{mrn_raw()}⟧"


def mbi():
    return f"⟦Mu|{mbi_raw()}⟧"


def member():
    r = R.randint(0, 2)
    v = [f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{R.randint(100000000, 999999999)}",
         f"W{R.randint(100000000, 999999999)}", f"{R.randint(10000, 99999)}{R.randint(1000, 9999)}-0{R.randint(1, 4)}"][r]
    return f"⟦Mu|{v}⟧"


def dob_raw(intl=False):
    y = R.randint(1928, 2012)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    mn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"][m - 1]
    if intl:
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mn} {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d}-{mn[:3]}-{y}", f"{d:02d}-{m:02d}-{y}"])
    return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}",
                 f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y}", f"{mn[:3]}. {d}, {y}", f"{m:02d}-{d:02d}-{y}",
                 f"{mn} {d} {y}", f"{m:02d}{d:02d}{y}"])


def dob():
    return f"⟦Du|{dob_raw()}⟧"


def idob():
    return f"⟦Di|{dob_raw(True)}⟧"


def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        dd = int(ch)
        if alt:
            dd = dd * 2 - (9 if dd > 4 else 0)
        s += dd
        alt = not alt
    return s % 10 == 0


def card_raw():
    t = pick(["visa", "visa", "mastercard", "amex", "discover", "visa16"])
    n = US.credit_card_number(card_type=t)
    if R.random() < 0.15:  # not Luhn-valid: last digit changed
        n = n[:-1] + str((int(n[-1]) + 3) % 10)
    sep = pick([" ", " ", "-", ""])
    if len(n) == 15:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}" if sep else n
    if len(n) == 16 and sep:
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def card():
    return f"⟦Au|{card_raw()}⟧"


def routing():
    return f"⟦Au|{US.aba()}⟧"


def acct():
    return f"⟦Au|{R.randint(10**7, 10**12 - 1)}⟧" if R.random() < 0.8 else f"⟦Au|{R.randint(1000, 9999)}-{R.randint(100000, 999999)}⟧"


def iban_raw(cc):
    loc = {"DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "TR": "tr_TR",
           "GB": "en_GB", "BR": "pt_BR"}.get(cc, "de_DE")
    i = fk(loc).iban()
    if R.random() < 0.6:
        i = " ".join(i[j:j + 4] for j in range(0, len(i), 4))
    if R.random() < 0.2:
        i = i.lower()
    return i


# ---------------------------------------------------------------- international profiles
def _intl_phone(cc):
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    P = {
        "GB": [f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"+44 7700 900{d(3)}", f"07700 900{d(3)}", f"+44 (0)161 496 0{d(3)}", f"0113 496 0{d(3)}"],
        "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 151 {d(8)}", f"0171 {d(7)}", f"+49 (0)89 {d(6)}"],
        "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
        "MX": [f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 (81) {d(4)}-{d(4)}"],
        "ES": [f"+34 612 {d(3)} {d(3)}", f"+34 91 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}"],
        "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}"],
        "JP": [f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"],
        "IN": [f"+91 98{d(3)} {d(5)}", f"+91-97{d(8)}", f"098{d(3)} {d(5)}", f"+91 80 {d(4)} {d(4)}"],
        "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 347 {d(3)} {d(4)}", f"333 {d(3)} {d(4)}"],
        "NL": [f"+31 20 {d(3)} {d(4)}", f"06 {d(8)}", f"+31 6 {d(8)}", f"06-{d(8)}"],
        "PL": [f"+48 {d(3)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"],
        "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"+82 2-{d(3)}-{d(4)}"],
        "CN": [f"+86 13{d(1)} {d(4)} {d(4)}", f"+86 10 {d(4)} {d(4)}", f"138{d(8)}"],
        "RU": [f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (916) {d(3)}-{d(2)}-{d(2)}", f"+7 912 {d(3)} {d(2)} {d(2)}"],
        "PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"],
        "TR": [f"+90 532 {d(3)} {d(2)} {d(2)}", f"0532 {d(3)} {d(2)} {d(2)}", f"+90 212 {d(3)} {d(2)} {d(2)}"],
        "SA": [f"+966 50 {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}", f"050 {d(3)} {d(4)}"],
        "VN": [f"+84 912 {d(3)} {d(3)}", f"+84 28 {d(4)} {d(4)}", f"0903 {d(3)} {d(3)}"],
        "CA": [f"+1 416 555 0{d(3)}", f"(613) 555-0{d(3)}", f"+1-204-555-0{d(3)}"],
    }
    return pick(P[cc])


def _intl_addr(cc):
    f = fk(PROFILES[cc]["loc"])
    n = R.randint(1, 180)
    if cc == "GB":
        a = pick([f"{n} {f.street_name()}\n{f.city()}\n{f.postcode()}", f"Flat {R.randint(1, 30)}, {n} {f.street_name()}, {pick(['London', 'Leeds', 'Bristol', 'Manchester', 'Cardiff', 'Glasgow', 'York'])} {f.postcode()}",
                  f"{n} {f.street_name()}, {f.city()}, {f.postcode()}"])
    elif cc == "CA":
        a = pick([f"{n} {fk('en_CA').street_name()}, {pick(['Toronto', 'Ottawa', 'Winnipeg', 'Halifax', 'Calgary'])}, {pick(['ON', 'MB', 'NS', 'AB', 'BC'])} {fk('en_CA').postcode()}",
                  f"{R.randint(100, 2999)}-{n} {fk('en_CA').street_name()}\n{pick(['Montréal', 'Québec', 'Laval'])} QC {fk('en_CA').postcode()}"])
    elif cc == "DE":
        a = pick([f"{f.street_name()} {n}\n{f.postcode()} {f.city()}", f"{f.street_name()} {n}, {f.postcode()} {f.city()}"])
    elif cc == "FR":
        a = pick([f"{n}, {f.street_name()}\n{f.postcode()} {f.city()}", f"{n} {f.street_name()}, {f.postcode()} {f.city()}"])
    elif cc == "MX":
        a = pick([f"Calle {pick(['Reforma', 'Hidalgo', 'Juárez', 'Morelos', 'Allende'])} {n} Int. {R.randint(1, 20)}, Col. {pick(['Centro', 'Roma Norte', 'Del Valle', 'Condesa'])}, {R.randint(1000, 16999):05d} {pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.', 'Puebla, Pue.'])}",
                  f"Av. {pick(['Insurgentes Sur', 'Revolución', 'Vallarta', 'Universidad'])} {R.randint(100, 3000)}\nCol. {pick(['Narvarte', 'Providencia', 'Obispado'])}\nC.P. {R.randint(1000, 66999):05d}, {pick(['CDMX', 'Zapopan, Jal.', 'Monterrey, NL'])}"])
    elif cc == "ES":
        a = pick([f"{f.street_name()} {n}, {R.randint(1, 8)}º {R.choice('ABCD')}, {f.postcode()} {f.city()}", f"{f.street_name()}, {n}\n{f.postcode()} {f.city()}"])
    elif cc == "BR":
        a = pick([f"Rua {pick(['das Flores', 'Augusta', 'XV de Novembro', 'da Consolação', 'Sete de Setembro'])}, {n}, apto {R.randint(11, 1204)} - {pick(['Centro', 'Jardins', 'Copacabana', 'Savassi'])}, {pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG', 'Curitiba - PR'])}, {R.randint(10000, 99999)}-{R.randint(0, 999):03d}"])
    elif cc == "JP":
        a = pick([f"〒{f.zipcode()} {f.address()}", f.address(), f"{pick(['1-2-3', '4-15-8', '2-7-11'])} {pick(['Shibuya', 'Nakano', 'Setagaya', 'Kita'])}-ku, {pick(['Tokyo', 'Osaka'])} {f.zipcode()}"])
    elif cc == "IN":
        e = fk("en_IN")
        a = pick([f"{n}, {e.street_name()}, {pick(['Bengaluru', 'Pune', 'Chennai', 'Hyderabad', 'Kochi', 'Jaipur'])} {R.randint(110001, 799999)}",
                  f"Flat {R.randint(101, 1204)}, {pick(['Sai Residency', 'Green Park Apartments', 'Lotus Towers'])}\n{e.street_name()}\n{pick(['Mumbai', 'New Delhi', 'Lucknow'])} - {R.randint(110001, 799999)}",
                  fk("hi_IN").address().replace("\n", ", ")])
    elif cc == "IT":
        a = pick([f"Via {pick(['Roma', 'Garibaldi', 'Mazzini', 'Dante', 'Verdi'])} {n}, {f.postcode()} {f.city()} ({pick(['RM', 'MI', 'TO', 'NA', 'FI'])})", f"{f.street_name()} {n}\n{f.postcode()} {f.city()}"])
    elif cc == "NL":
        a = pick([f"{f.street_name()} {n}, {f.postcode()} {f.city()}", f"{f.street_name()} {n}\n{f.postcode()} {f.city()}"])
    elif cc == "PL":
        a = pick([f"ul. {f.street_name()} {n}/{R.randint(1, 80)}, {f.postcode()} {f.city()}", f"ul. {f.street_name()} {n}\n{f.postcode()} {f.city()}"])
    elif cc in ("KR", "CN", "RU"):
        a = f.address().replace("\n", " ")
    elif cc == "PH":
        a = f"Blk {R.randint(1, 40)} Lot {R.randint(1, 60)}, {pick(['Mabini St.', 'Rizal Ave.', 'Bonifacio St.'])}, Brgy. {pick(['San Roque', 'Poblacion', 'Malanday'])}, {pick(['Quezon City', 'Cebu City', 'Davao City', 'Makati'])} {R.randint(1000, 8000)}"
    elif cc == "TR":
        a = f"{pick(['Atatürk Cad.', 'Bağdat Cad.', 'İstiklal Cad.'])} No: {n} D: {R.randint(1, 20)}, {R.randint(34000, 35999)} {pick(['Kadıköy/İstanbul', 'Konak/İzmir', 'Çankaya/Ankara'])}"
    elif cc == "SA":
        a = pick([f"{pick(['شارع الملك فهد', 'طريق الملك عبدالعزيز', 'شارع التحلية'])} {n}، {pick(['الرياض', 'جدة', 'الدمام'])} {R.randint(11000, 34999)}",
                  f"{R.randint(1000, 9999)} King Fahd Rd, Al Olaya, Riyadh {R.randint(11000, 13999)}"])
    elif cc == "VN":
        a = fk("vi_VN").address().replace("\n", ", ")
    return a


PROFILES = {
    "GB": {"loc": "en_GB", "iban": "GB"}, "DE": {"loc": "de_DE", "iban": "DE"}, "FR": {"loc": "fr_FR", "iban": "FR"},
    "MX": {"loc": "es_MX", "iban": "ES"}, "ES": {"loc": "es_ES", "iban": "ES"}, "BR": {"loc": "pt_BR", "iban": "BR"},
    "JP": {"loc": "ja_JP", "iban": "DE"}, "IN": {"loc": "en_IN", "iban": "GB"}, "IT": {"loc": "it_IT", "iban": "IT"},
    "NL": {"loc": "nl_NL", "iban": "NL"}, "PL": {"loc": "pl_PL", "iban": "PL"}, "KR": {"loc": "ko_KR", "iban": "DE"},
    "CN": {"loc": "zh_CN", "iban": "NL"}, "RU": {"loc": "ru_RU", "iban": "DE"}, "PH": {"loc": "fil_PH", "iban": "GB"},
    "TR": {"loc": "tr_TR", "iban": "TR"}, "SA": {"loc": "ar_SA", "iban": "TR"}, "VN": {"loc": "vi_VN", "iban": "FR"},
    "CA": {"loc": "en_CA", "iban": "GB"},
}
PROFILE_W = {"GB": 6, "DE": 5, "FR": 5, "MX": 5, "ES": 4, "BR": 4, "JP": 4, "IN": 5, "IT": 4, "NL": 3, "PL": 3,
             "KR": 3, "CN": 3, "RU": 3, "PH": 3, "TR": 3, "SA": 2, "VN": 2, "CA": 3}
CITY_NAMES = {"GB": ["London", "Leeds", "Manchester", "Bristol"], "DE": ["Berlin", "München", "Hamburg", "Köln"],
              "FR": ["Paris", "Lyon", "Marseille", "Toulouse"], "MX": ["Guadalajara", "Monterrey", "Puebla", "Oaxaca"],
              "ES": ["Madrid", "Sevilla", "Valencia", "Bilbao"], "BR": ["São Paulo", "Recife", "Curitiba", "Salvador"],
              "JP": ["東京", "大阪", "Yokohama", "Sapporo"], "IN": ["Pune", "Chennai", "Kolkata", "Ahmedabad"],
              "IT": ["Napoli", "Torino", "Palermo", "Bologna"], "NL": ["Utrecht", "Rotterdam", "Groningen"],
              "PL": ["Kraków", "Gdańsk", "Wrocław"], "KR": ["서울", "부산", "Incheon"], "CN": ["上海", "成都", "Wuhan"],
              "RU": ["Москва", "Новосибирск", "Kazan"], "PH": ["Cebu City", "Iloilo", "Baguio"],
              "TR": ["İzmir", "Bursa", "Ankara"], "SA": ["الرياض", "Jeddah"], "VN": ["Hà Nội", "Đà Nẵng", "Huế"],
              "CA": ["Winnipeg", "Halifax", "Saskatoon"]}
