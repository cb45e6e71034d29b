"""Build handwritten_dev64.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup: see README.md).
2. Fill the rest with messages from the templates below (written for dev64 only), using
   Faker values and my own formatters, with a fixed seed.
3. Shuffle deterministically, number hd64-000 ..., write the JSONL.

Run:  /work/main/.venv/bin/python build.py
"""
import json, os, random, string, unicodedata

from faker import Faker

from handparse import read_hand, parse_markup
from validate import check_message
import ibantool

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6464
N_TEMPLATE = 223
R = random.Random(SEED)

_FAKERS = {}


def fk(loc):
    if loc not in _FAKERS:
        f = Faker(loc)
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[loc] = f
    return _FAKERS[loc]


def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def letters(n):
    return "".join(R.choice(string.ascii_uppercase) for _ in range(n))


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


# --------------------------------------------------------------------------- markup helpers
def mk(v, code, intl=False):
    return "[[%s|%s]]" % (v, code.lower() if intl else code)


def K(v):
    return "{{%s}}" % v


# --------------------------------------------------------------------------- keep-word pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "metoprolol",
         "losartan", "furosemide", "insulin glargine", "Jardiance", "Ozempic", "donepezil", "prednisone",
         "albuterol", "tamsulosin", "omeprazole", "hydrochlorothiazide", "Xarelto", "Entresto", "trazodone",
         "buprenorphine", "Suboxone", "clopidogrel", "carvedilol", "spironolactone", "allopurinol",
         "escitalopram", "duloxetine", "tramadol", "Tylenol", "ibuprofen", "vitamin D", "magnesium oxide",
         "fish oil", "Synthroid", "Humalog", "Lantus", "Keppra", "Sinemet", "memantine", "Trelegy", "Spiriva",
         "Coumadin", "potassium chloride", "baby aspirin", "Zoloft", "Lexapro", "Flomax", "Norco", "Narcan",
         "pantoprazole", "montelukast", "methotrexate", "Humira", "Trulicity", "Mounjaro", "rosuvastatin",
         "hydroxychloroquine", "bupropion", "quetiapine", "mirtazapine", "senna", "Miralax", "B12 shots"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
              "Alzheimer's", "type 2 diabetes", "congestive heart failure", "hypertension",
              "chronic kidney disease", "CKD stage 3", "osteoporosis", "dementia", "macular degeneration",
              "sleep apnea", "gout", "neuropathy", "DVT", "pneumonia", "UTI", "shingles", "depression",
              "anxiety", "multiple sclerosis", "lupus", "rheumatoid arthritis", "stroke", "TIA", "sciatica",
              "cellulitis", "hypothyroidism", "anemia", "asthma", "epilepsy", "glaucoma", "Crohn's disease",
              "bipolar disorder", "hepatitis C", "heart failure", "peripheral artery disease", "vertigo"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "TSH", "BMP", "CBC", "lipid panel", "eGFR", "creatinine", "troponin",
        "BNP", "PSA", "vitamin B12 level", "ferritin", "urinalysis", "chest X-ray", "echocardiogram", "MRI",
        "CT scan", "bone density scan", "colonoscopy", "mammogram", "sleep study", "Holter monitor"]
BODY = ["left knee", "right hip", "lower back", "ankle", "shoulder", "left foot", "wrist", "heel", "neck",
        "right eye", "bladder", "kidneys", "lungs"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "She's", "Can't", "We're", "It's", "They're", "Won't",
         "I've", "Didn't", "Wouldn't", "I'd", "You'll", "Doesn't", "Let's"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Mother", "Father", "Granny", "Pop", "Mama",
        "Abuela", "Abuelo", "Grandad", "Auntie"]
ORGS = ["Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "CVS", "Medicaid", "Rite Aid", "Cleveland Clinic",
        "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "Costco pharmacy", "the VA", "Social Security",
        "Meals on Wheels", "AARP", "Express Scripts", "Optum Rx", "Johns Hopkins", "Cigna", "Tricare",
        "DaVita", "Quest Diagnostics", "LabCorp"]
GROUPS = ["Morning Walk Group", "Caregiver Support Circle", "Memory Cafe", "Tai Chi for Balance",
          "Heart Healthy Cooking Class", "Diabetes Prevention Program", "Chair Yoga", "Grief Support Group",
          "Stroke Survivors Club", "Parkinson's Boxing"]
HELPLINES = [("988", "the 988 line"), ("1-800-222-1222", "Poison Control at 1-800-222-1222"),
             ("911", "911"), ("211", "211"), ("1-800-MEDICARE", "1-800-MEDICARE")]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Stone", "Wood", "Rice", "King",
                 "Hunt", "Cook", "Frost", "Lake", "Long", "Moody", "Bird", "Sharp", "Snow", "Wise", "Banks",
                 "Fox", "Church", "Marsh", "Street", "Winter", "Gray", "Lamb", "Hope", "Carpenter", "Baker"]
WORD_FIRSTS_F = ["Hope", "Faith", "Grace", "Joy", "June", "Rose", "Dawn", "Ivy", "Robin", "Mercy", "Summer",
                 "Autumn", "Destiny", "Sunny", "Honor", "Crystal", "Star"]
WORD_FIRSTS_M = ["Hunter", "Drew", "Will", "Bill", "Chase", "Lane", "Sonny", "Rusty", "Buck", "Cash", "Major",
                 "Bishop", "Skip", "Woody", "Rocky"]
US_ETHNIC_F = [  # women living in the US, region US
    "Nguyen Thi Hoa", "Maria Guadalupe Sanchez", "Ngozi Okeke", "Fatima Hussain", "Seo-yeon Kim",
    "Deepa Venkataraman", "Anh Pham", "Yesenia Morales", "Svetlana Ivanova", "Amara Diallo", "Leilani Kahananui",
    "Aroha Ngata", "Hana Sato", "Rosa Elena Marquez", "Shanice Jefferson", "LaToya Simmons", "Ebony Harris",
    "Kateri Two Bulls", "Winona Begay", "Marisol Figueroa", "Malia Fifita", "Priyanka Desai",
    "Esperanza Villalobos", "Thanh Huong Le", "Mariana da Silva", "Xiu Ying Lin", "Guadalupe Ochoa"]
US_ETHNIC_M = [  # men living in the US, region US
    "Tran Van Minh", "Jose Luis Hernandez", "Oluwaseun Adeyemi", "Mohammed Al-Amin", "Xiaoming Chen", "Wei Zhang",
    "Ji-hoon Park", "Ravi Shankar Iyer", "Kiran Patel", "Bao Tran", "Guillermo Reyes", "Dmitri Sokolov",
    "Tadesse Bekele", "Hamid Rahimi", "Keoni Akana", "Takeshi Yamada", "Juan Carlos Ortiz", "DeAndre Washington",
    "Tyrone Jackson", "Darnell Freeman", "Sione Tupou", "Arash Tehrani", "Chinedu Eze", "Bogdan Kowalski",
    "Jamal Abdullah", "Hector Quintanilla"]
VN_NAMES = {"F": ["Trần Thị Mai", "Phạm Thị Thu", "Đặng Thị Hồng", "Hoàng Thị Lan", "Huỳnh Ngọc Anh", "Nguyễn Thị Bích"],
            "M": ["Nguyễn Văn An", "Lê Hoàng Nam", "Võ Minh Tuấn", "Bùi Quang Huy", "Đỗ Văn Khoa", "Phan Đức Long"]}
PH_NAMES = {"F": ["Maria Luisa Santos", "Ana Marie Reyes", "Cristina Mendoza", "Teresita Aquino", "Lorna Manalo",
                  "Rosario Dizon"],
            "M": ["Jose Rizal Dela Cruz", "Rodrigo Bautista", "Ramon Villanueva", "Jun Pascual", "Danilo Garcia Ocampo",
                  "Ernesto Lacson"]}
NG_NAMES = {"F": ["Chiamaka Nwosu", "Folasade Adeyemi", "Ngozi Eze", "Halima Abubakar", "Adaeze Okafor"],
            "M": ["Adebayo Ogunleye", "Emeka Obi", "Ibrahim Musa", "Tunde Bakare", "Chukwudi Nnaji"]}
ROMAN = {"RU": ["olga.petrova", "s.ivanov", "natasha.k", "dmitry.orlov", "irina_v"],
         "JP": ["yuki.tanaka", "h.sato", "kenji.yamamoto", "akiko_k", "t.nakamura"],
         "CN": ["wangli", "zhang.wei", "liuyang", "chen.jing", "lihua"],
         "KR": ["minjun.kim", "jiyeon.park", "seo.hyun", "leejh", "choi.sy"],
         "SA": ["a.alharbi", "noura.q", "m.alotaibi", "sara.alzahrani", "khalid.s"],
         "IN": ["rajesh.k", "priya.sharma", "anil.verma", "sunita.r", "vikram.joshi"]}


def gender():
    return pick(["F", "M"])


def us_first(g=None):
    g = g or gender()
    f = fk("en_US")
    r = R.random()
    if r < 0.8:
        return f.first_name_female() if g == "F" else f.first_name_male()
    if r < 0.9:
        return pick(WORD_FIRSTS_F if g == "F" else WORD_FIRSTS_M)
    parts = pick(US_ETHNIC_F if g == "F" else US_ETHNIC_M).split(" ")
    return " ".join(parts[:-1])


def us_last():
    return pick(WORD_SURNAMES) if R.random() < 0.22 else fk("en_US").last_name()


def us_name(kind="full", g=None):
    g = g or gender()
    if R.random() < 0.18:
        parts = pick(US_ETHNIC_F if g == "F" else US_ETHNIC_M).split(" ")
        first, last = " ".join(parts[:-1]), parts[-1]
    else:
        f = fk("en_US")
        first = (f.first_name_female() if g == "F" else f.first_name_male()) if R.random() < 0.85 else pick(WORD_FIRSTS_F if g == "F" else WORD_FIRSTS_M)
        last = us_last()
    if kind == "first":
        return first
    if kind == "last":
        return last
    if kind == "pair":
        return first, last
    if kind == "middle" and R.random() < 0.6:
        return "%s %s. %s" % (first, R.choice(string.ascii_uppercase), last)
    return "%s %s" % (first, last)


NAME_LOC = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "ES": "es_ES", "BR": "pt_BR",
            "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "RU": "ru_RU", "JP": "ja_JP", "CN": "zh_CN",
            "KR": "ko_KR", "IN": "en_IN", "SA": "ar_SA", "TR": "tr_TR", "CA": "en_CA", "AU": "en_AU",
            "IE": "en_IE"}


def intl_name(cc, g=None):
    """A name from country cc, of gender g. Returns (first, full)."""
    g = g or gender()
    for table, code in ((VN_NAMES, "VN"), (PH_NAMES, "PH"), (NG_NAMES, "NG")):
        if cc == code:
            full = pick(table[g])
            return (full.split()[-1] if cc == "VN" else full.split()[0]), full
    loc = NAME_LOC[cc]
    if cc == "IN" and R.random() < 0.3:
        loc = "hi_IN"
    f = fk(loc)
    first = f.first_name_female() if g == "F" else f.first_name_male()
    if cc == "RU":
        last = f.last_name_female() if g == "F" else f.last_name_male()
    elif cc == "PL" and hasattr(f, "last_name_female"):
        last = f.last_name_female() if g == "F" else f.last_name_male()
    else:
        last = f.last_name()
    if cc in ("JP", "CN", "KR"):
        sep = " " if cc == "JP" else ""
        return first, last + sep + first
    if cc == "SA":
        return first, first + " " + last.split(" ")[-1]
    return first, first + " " + last


def email_for(first, last, intl_cc=None):
    a = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    b = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    romanized = None
    if not a or not b:
        romanized = pick(ROMAN.get(intl_cc, ROMAN["CN"])) + pick(["", "", str(R.randint(1, 99)), str(R.randint(1950, 1999))])
        a, b = "x", "x"
    yy = str(R.randint(40, 99))
    local = pick(["%s.%s" % (a, b), "%s%s" % (a, b), "%s%s" % (a[0], b), "%s_%s%s" % (a, b, yy),
                  "%s%s%s" % (a, b[0], R.randint(1, 999)), "%s.%s%s" % (a, b, R.randint(19, 88)),
                  "%s%s" % (b, a[0]), "%s.%s" % (a[0], b)])
    if romanized:
        local = romanized
    if intl_cc:
        dom = pick({"GB": ["btinternet.com", "yahoo.co.uk", "gmail.com", "sky.com"],
                    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
                    "FR": ["orange.fr", "laposte.net", "free.fr", "gmail.com"],
                    "MX": ["hotmail.com", "prodigy.net.mx", "gmail.com"],
                    "ES": ["hotmail.es", "telefonica.net", "gmail.com"],
                    "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
                    "IT": ["libero.it", "virgilio.it", "gmail.com"],
                    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
                    "PL": ["wp.pl", "onet.pl", "o2.pl"],
                    "RU": ["yandex.ru", "mail.ru"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
                    "CN": ["qq.com", "163.com", "126.com"], "KR": ["naver.com", "daum.net"],
                    "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "SA": ["gmail.com", "hotmail.com"],
                    "TR": ["gmail.com", "hotmail.com.tr"], "CA": ["rogers.com", "shaw.ca", "gmail.com"],
                    "AU": ["bigpond.com", "optusnet.com.au"], "IE": ["eircom.net", "gmail.com"],
                    "VN": ["gmail.com", "yahoo.com.vn"], "PH": ["yahoo.com.ph", "gmail.com"],
                    "NG": ["yahoo.com", "gmail.com"]}.get(intl_cc, ["gmail.com"]))
    else:
        dom = pick(["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com",
                    "icloud.com", "comcast.net", "att.net", "sbcglobal.net", "verizon.net", "msn.com",
                    "charter.net", "protonmail.com", "me.com", "bellsouth.net", "cox.net"])
    return "%s@%s" % (local, dom)


FAMILY_URL_SITES = ("caringbridge", "facebook", "gofundme", "wordpress", "mealtrain", "lotsahelpinghands", "substack")


def url_for(first, last, family=False):
    a = ascii_fold(first).lower().replace(" ", "")
    b = ascii_fold(last).lower().replace(" ", "")
    opts = _url_options(a, b)
    if family:
        opts = [u for u in opts if any(k in u for k in FAMILY_URL_SITES)]
    return pick(opts)


def _url_options(a, b):
    return ([
        "https://www.caringbridge.org/visit/%s%s" % (a, b),
        "caringbridge.org/visit/%s%s%d" % (a, b, R.randint(1, 9)),
        "https://www.facebook.com/%s.%s.%d" % (a, b, R.randint(1, 99)),
        "facebook.com/%s%s" % (a, b),
        "https://www.linkedin.com/in/%s-%s-%s" % (a, b, "".join(R.choice("abcdef0123456789") for _ in range(6))),
        "www.%s%s.com" % (a, b),
        "https://%s%s.wordpress.com" % (a, b),
        "https://www.gofundme.com/f/%s-%s-medical-bills" % (a, b),
        "https://www.gofundme.com/f/help-%s-%s" % (a, b),
        "instagram.com/%s_%s" % (a, b),
        "https://twitter.com/%s%s%d" % (a[0], b, R.randint(10, 99)),
        "http://%s-%s-photography.com" % (a, b),
        "https://www.mealtrain.com/trains/%s-%s" % (a, b),
        "https://lotsahelpinghands.com/c/%d/%s-%s" % (R.randint(600000, 999999), a, b),
        "%s%s.substack.com" % (a, b[0]),
    ])


# --------------------------------------------------------------------------- US phones
AREA = ["212", "718", "917", "312", "773", "415", "510", "213", "323", "617", "202", "305", "786", "404", "470",
        "713", "832", "214", "469", "512", "602", "480", "206", "503", "303", "720", "702", "801", "612", "651",
        "314", "816", "502", "615", "901", "504", "225", "318", "601", "205", "251", "843", "803", "919", "704",
        "336", "757", "804", "540", "410", "443", "302", "215", "267", "412", "724", "570", "516", "631", "845",
        "518", "315", "585", "716", "207", "802", "603", "401", "860", "203", "413", "508", "313", "248", "616",
        "517", "906", "414", "608", "715", "319", "515", "402", "605", "701", "406", "307", "208", "509", "907",
        "808", "505", "915", "806", "361", "956", "432", "918", "405", "501", "479", "573", "417", "217", "309",
        "618", "219", "260", "317", "812", "937", "216", "330", "419", "513", "614", "740", "304", "606", "859"]


def us_phone(ext=None):
    a, b, c = pick(AREA), str(R.randint(2, 9)) + digits(2), digits(4)
    shape = R.random()
    if shape < 0.22:
        s = "(%s) %s-%s" % (a, b, c)
    elif shape < 0.42:
        s = "%s-%s-%s" % (a, b, c)
    elif shape < 0.54:
        s = "%s.%s.%s" % (a, b, c)
    elif shape < 0.64:
        s = "%s%s%s" % (a, b, c)
    elif shape < 0.72:
        s = "+1 %s %s %s" % (a, b, c)
    elif shape < 0.79:
        s = "1-%s-%s-%s" % (a, b, c)
    elif shape < 0.83:
        s = "001-%s-%s-%s" % (a, b, c)
    elif shape < 0.88:
        s = "(%s)%s-%s" % (a, b, c)
    elif shape < 0.92:
        s = "+1 (%s) %s-%s" % (a, b, c)
    elif shape < 0.96:
        s = "%s %s %s" % (a, b, c)
    else:
        s = "+1-%s-%s-%s" % (a, b, c)
    if ext is None:
        ext = R.random() < 0.12
    if ext:
        s += pick([" x%d" % R.randint(100, 9999), " ext. %d" % R.randint(2, 999), " extension %d" % R.randint(1, 9),
                   " ext %d" % R.randint(10, 500), " x%d" % R.randint(10, 99), ", ext. %d" % R.randint(100, 999)])
    return s


VANITY = ["CALL-NANA", "HANDYMAN", "GO-PAINT", "FIX-ROOF", "TAX-HELP", "4-TUTORS", "MOW-LAWN", "BAKE-PIE",
          "SEW-MORE", "PIANO-44", "DOG-WALK", "CLEAN-UP", "HAUL-IT", "ALTER-IT"]


def vanity_phone():
    return pick(["1-800-", "1-888-", "1-877-", "1-866-", "(555) "]) .replace("(555) ", pick(AREA) + "-") + pick(VANITY)


# --------------------------------------------------------------------------- intl phones
def d(n):
    return digits(n)


def intl_phone(cc):
    nz = lambda: str(R.randint(1, 9))
    opts = {
        "GB": ["+44 20 %s %s" % (d(4), d(4)), "020 %s %s" % (d(4), d(4)), "07%s %s" % (d(3), d(6)),
               "+44 7%s %s" % (d(3), d(6)), "01%s %s" % (d(3), d(6)), "+44 (0)161 %s %s" % (d(3), d(4)),
               "0113 %s %s" % (d(3), d(4))],
        "IE": ["+353 1 %s %s" % (d(3), d(4)), "087 %s %s" % (d(3), d(4)), "+353 87 %s %s" % (d(3), d(4))],
        "DE": ["+49 30 %s" % d(7), "030 %s" % d(8), "+49 (0)89 %s %s" % (d(3), d(4)), "0171 %s" % d(7),
               "+49 151 %s" % d(8), "040 %s %s" % (d(3), d(3)), "+49 221 %s" % d(6)],
        "FR": ["+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "01 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
               "06 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
               "+33 (0)4 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "07.%s.%s.%s.%s" % (d(2), d(2), d(2), d(2))],
        "MX": ["+52 55 %s %s" % (d(4), d(4)), "55 %s %s" % (d(4), d(4)), "+52 1 33 %s %s" % (d(4), d(4)),
               "(81) %s-%s" % (d(4), d(4)), "+52 (999) %s %s" % (d(3), d(4))],
        "ES": ["+34 6%s %s %s" % (d(2), d(3), d(3)), "9%s %s %s" % (d(2), d(3), d(3)),
               "+34 91 %s %s %s" % (d(3), d(2), d(2)), "6%s %s %s" % (d(2), d(2), d(2) + " " + d(2))],
        "BR": ["+55 11 9%s-%s" % (d(4), d(4)), "(11) 9%s-%s" % (d(4), d(4)), "(21) %s-%s" % (d(4), d(4)),
               "+55 (81) 9%s-%s" % (d(4), d(4)), "+55 31 9%s %s" % (d(4), d(4))],
        "IT": ["+39 3%s %s %s" % (d(2), d(3), d(4)), "06 %s %s" % (d(4), d(4)), "+39 02 %s %s" % (d(4), d(4)),
               "3%s %s%s" % (d(2), d(3), d(4)), "+39 055 %s %s" % (d(3), d(4))],
        "NL": ["+31 6 %s" % d(8), "06-%s" % d(8), "020 %s %s" % (d(3), d(4)), "+31 (0)20 %s %s" % (d(3), d(4)),
               "010-%s%s" % (d(3), d(4))],
        "PL": ["+48 %s %s %s" % (d(3), d(3), d(3)), "%s%s %s %s" % (nz(), d(2), d(3), d(3)),
               "+48 22 %s %s %s" % (d(3), d(2), d(2)), "(12) %s %s %s" % (d(3), d(2), d(2))],
        "RU": ["+7 495 %s-%s-%s" % (d(3), d(2), d(2)), "8 (912) %s-%s-%s" % (d(3), d(2), d(2)),
               "+7 9%s %s %s %s" % (d(2), d(3), d(2), d(2)), "+7 (812) %s-%s-%s" % (d(3), d(2), d(2))],
        "JP": ["+81 3-%s-%s" % (d(4), d(4)), "03-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)),
               "+81 90-%s-%s" % (d(4), d(4)), "06-%s-%s" % (d(4), d(4)), "+81 (0)75-%s-%s" % (d(3), d(4))],
        "CN": ["+86 138 %s %s" % (d(4), d(4)), "139%s" % d(8), "+86 10 %s %s" % (d(4), d(4)),
               "(021) %s %s" % (d(4), d(4)), "+86-186-%s-%s" % (d(4), d(4))],
        "KR": ["+82 10-%s-%s" % (d(4), d(4)), "010-%s-%s" % (d(4), d(4)), "02-%s-%s" % (d(3), d(4)),
               "+82 2 %s %s" % (d(4), d(4)), "051-%s-%s" % (d(3), d(4))],
        "IN": ["+91 9%s %s" % (d(4), d(5)), "+91-9%s" % d(9), "09%s %s" % (d(4), d(5)),
               "+91 22 %s %s" % (d(4), d(4)), "080-%s%s" % (d(4), d(4)), "98%s %s" % (d(3), d(5)),
               "+91 (11) %s %s" % (d(4), d(4))],
        "SA": ["+966 5%s %s %s" % (nz(), d(3), d(4)), "05%s %s %s" % (nz(), d(3), d(4)),
               "+966 11 %s %s" % (d(3), d(4)), "+966-12-%s-%s" % (d(3), d(4))],
        "TR": ["+90 5%s %s %s %s" % (d(2), d(3), d(2), d(2)), "0 (212) %s %s %s" % (d(3), d(2), d(2)),
               "+90 216 %s %s" % (d(3), d(4)), "05%s %s %s %s" % (d(2), d(3), d(2), d(2))],
        "VN": ["+84 9%s %s %s" % (nz(), d(3), d(4)), "09%s %s %s" % (d(2), d(3), d(3)),
               "+84 24 %s %s" % (d(4), d(4)), "028 %s %s" % (d(4), d(4))],
        "PH": ["+63 917 %s %s" % (d(3), d(4)), "0917 %s %s" % (d(3), d(4)), "(02) 8%s %s" % (d(3), d(4)),
               "+63 2 8%s %s" % (d(3), d(4)), "0998-%s-%s" % (d(3), d(4))],
        "CA": ["+1 416 %s %s" % (str(R.randint(2, 9)) + d(2), d(4)), "(604) %s-%s" % (str(R.randint(2, 9)) + d(2), d(4)),
               "514-%s-%s" % (str(R.randint(2, 9)) + d(2), d(4)), "+1 (403) %s-%s" % (str(R.randint(2, 9)) + d(2), d(4))],
        "AU": ["+61 4%s %s %s" % (d(2), d(3), d(3)), "04%s %s %s" % (d(2), d(3), d(3)),
               "(02) %s %s" % (d(4), d(4)), "+61 3 %s %s" % (d(4), d(4))],
        "NG": ["+234 80%s %s %s" % (nz(), d(3), d(4)), "080%s %s %s" % (nz(), d(3), d(4)),
               "+234 (0)70%s %s %s" % (nz(), d(3), d(4))],
    }
    return pick(opts[cc])


# --------------------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Tucson", "AZ", "857"),
             ("Fresno", "CA", "937"), ("Albany", "NY", "122"), ("Savannah", "GA", "314"), ("Duluth", "MN", "558"),
             ("Boise", "ID", "837"), ("Omaha", "NE", "681"), ("Reno", "NV", "895"), ("Spokane", "WA", "992"),
             ("Erie", "PA", "165"), ("Akron", "OH", "443"), ("Tacoma", "WA", "984"), ("Macon", "GA", "312"),
             ("Wichita", "KS", "672"), ("Lubbock", "TX", "794"), ("Dayton", "OH", "454"), ("Lansing", "MI", "489"),
             ("Madison", "WI", "537"), ("Durham", "NC", "277"), ("Flint", "MI", "485"), ("Yonkers", "NY", "107"),
             ("Provo", "UT", "846"), ("Billings", "MT", "591"), ("Fargo", "ND", "581"), ("Bangor", "ME", "044"),
             ("Burlington", "VT", "054"), ("Charleston", "WV", "253"), ("Little Rock", "AR", "722"),
             ("El Paso", "TX", "799"), ("Brooklyn", "NY", "112"), ("Bronx", "NY", "104"), ("Honolulu", "HI", "968"),
             ("Anchorage", "AK", "995"), ("Newark", "NJ", "071"), ("Scranton", "PA", "185"), ("Gary", "IN", "464"),
             ("Peoria", "IL", "616"), ("Joliet", "IL", "604"), ("Mesa", "AZ", "852"), ("Hialeah", "FL", "330"),
             ("Tampa", "FL", "336"), ("Ocala", "FL", "344"), ("Chula Vista", "CA", "919"), ("Stockton", "CA", "952"),
             ("Salem", "OR", "973"), ("Eugene", "OR", "974"), ("Pueblo", "CO", "810"), ("Santa Fe", "NM", "875"),
             ("Shreveport", "LA", "711"), ("Biloxi", "MS", "395"), ("Asheville", "NC", "288"),
             ("Roanoke", "VA", "240"), ("Warwick", "RI", "028"), ("Nashua", "NH", "030"), ("Worcester", "MA", "016"),
             ("Sioux City", "IA", "511"), ("Rapid City", "SD", "577"), ("Cheyenne", "WY", "820"),
             ("Tulsa", "OK", "741"), ("Knoxville", "TN", "379"), ("Fort Wayne", "IN", "468"), ("Toledo", "OH", "436"),
             ("Kalamazoo", "MI", "490"), ("Bakersfield", "CA", "933"), ("Modesto", "CA", "953"),
             ("San Antonio", "TX", "782"), ("Corpus Christi", "TX", "784"), ("Baton Rouge", "LA", "708"),
             ("Huntsville", "AL", "358"), ("Chattanooga", "TN", "374"), ("Greensboro", "NC", "274"),
             ("Allentown", "PA", "181"), ("Syracuse", "NY", "132"), ("Lowell", "MA", "018"), ("Waterbury", "CT", "067"),
             ("St. Paul", "MN", "551"), ("Des Moines", "IA", "503"), ("Topeka", "KS", "666"),
             ("Las Cruces", "NM", "880"), ("Flagstaff", "AZ", "860"), ("Ogden", "UT", "844"), ("Yakima", "WA", "989"),
             ("Medford", "OR", "975"), ("Hilo", "HI", "967"), ("Juneau", "AK", "998"), ("Missoula", "MT", "598")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "AZ": "Arizona", "CA": "California", "NY": "New York",
               "GA": "Georgia", "MN": "Minnesota", "ID": "Idaho", "NE": "Nebraska", "NV": "Nevada", "WA": "Washington",
               "PA": "Pennsylvania", "KS": "Kansas", "MI": "Michigan", "WI": "Wisconsin", "NC": "North Carolina",
               "UT": "Utah", "MT": "Montana", "ND": "North Dakota", "ME": "Maine", "VT": "Vermont",
               "WV": "West Virginia", "AR": "Arkansas", "HI": "Hawaii", "AK": "Alaska", "NJ": "New Jersey",
               "IN": "Indiana", "FL": "Florida", "OR": "Oregon", "CO": "Colorado", "NM": "New Mexico",
               "LA": "Louisiana", "MS": "Mississippi", "VA": "Virginia", "RI": "Rhode Island", "NH": "New Hampshire",
               "MA": "Massachusetts", "IA": "Iowa", "SD": "South Dakota", "WY": "Wyoming", "OK": "Oklahoma",
               "TN": "Tennessee", "AL": "Alabama", "CT": "Connecticut"}
STREETS = ["Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lake", "Hill", "Park", "Walnut", "Sunset",
           "Lincoln", "Jefferson", "Church", "Market", "River", "Highland", "Willow", "Chestnut", "Franklin",
           "Center", "Spring", "Ridge", "Meadow", "Forest", "Martin Luther King Jr", "Cesar Chavez", "Dogwood",
           "Magnolia", "Peachtree", "Mission", "Broadway", "Kedzie", "Colfax", "Cottonwood", "Mesquite", "Birch",
           "Sycamore", "Hickory", "Juniper", "Aspen", "Bayview", "Harbor", "Prospect", "Union", "Liberty", "Grand",
           "Fairview", "Poplar", "Wabash", "Halsted", "Alameda", "Euclid", "Ponce de Leon", "Kalakaua", "Rio Grande"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct",
          "Pl", "Way", "Ter", "Pkwy", "Cir", "Trl", "Hwy"]
UNITS = ["Apt. %s" % x for x in ["4B", "12", "2F", "305", "1A", "B"]] + ["Apt %d" % R.randint(1, 40),
         "Suite %d" % R.randint(100, 900), "Ste %d" % R.randint(100, 500), "#%d" % R.randint(1, 40),
         "Unit %d" % R.randint(1, 20), "Unit %s" % pick(["C", "D", "7B"]), "Lot %d" % R.randint(1, 80),
         "Fl 2", "Rm 14", "Bldg 3 Apt 210", "# %d" % R.randint(100, 999)]


def us_zip(prefix, plus4=None):
    z = prefix + digits(2)
    if plus4 is None:
        plus4 = R.random() < 0.2
    if plus4:
        z += "-" + digits(4)
    return z


def us_street():
    num = str(R.randint(1, 19999)) if R.random() < 0.9 else str(R.randint(1, 99)) + pick(["A", "½", "-B"])
    direction = pick(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    r = R.random()
    if r < 0.12:
        name = fk("en_US").street_name()
        return "%s %s%s" % (num, direction, name)
    if r < 0.2:
        return "%s %s" % (num, pick(["County Road %d" % R.randint(1, 400), "State Route %d" % R.randint(1, 300),
                                    "FM %d" % R.randint(100, 3000), "US Hwy %d" % R.randint(1, 99),
                                    "%d%s Ave" % ((lambda n: (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")))(R.randint(1, 130))),
                                    "%d%s St" % ((lambda n: (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")))(R.randint(1, 130)))]))
    return "%s %s%s %s" % (num, direction, pick(STREETS), pick(SUFFIX))


def us_address(shape=None):
    city, st, zp = pick(US_CITIES)
    street = us_street()
    unit = pick(UNITS) if R.random() < 0.45 else ""
    zipc = us_zip(zp)
    shape = shape or pick(["line", "line", "line", "multi", "multi", "nocomma", "fullstate", "lower"])
    if shape == "line":
        return "%s%s, %s, %s %s" % (street, (", " + unit) if unit else "", city, st, zipc)
    if shape == "nocomma":
        return "%s%s %s %s %s" % (street, (" " + unit) if unit else "", city, st, zipc)
    if shape == "multi":
        if unit and R.random() < 0.5:
            return "%s\n%s\n%s, %s %s" % (street, unit, city, st, zipc)
        return "%s%s\n%s, %s %s" % (street, (" " + unit) if unit else "", city, st, zipc)
    if shape == "fullstate":
        return "%s%s, %s, %s %s" % (street, (" " + unit) if unit else "", city, STATE_NAMES.get(st, st), zipc)
    if shape == "lower":
        return ("%s%s, %s %s %s" % (street, (" " + unit) if unit else "", city, st, zipc)).lower()
    raise ValueError(shape)


def us_pobox():
    city, st, zp = pick(US_CITIES)
    return pick(["PO Box %d, %s, %s %s", "P.O. Box %d\n%s, %s %s", "P O BOX %d %s %s %s", "Box %d, %s, %s %s"]) % (
        R.randint(1, 99999), city, st, us_zip(zp))


def us_rural():
    city, st, zp = pick(US_CITIES)
    return pick(["RR %d Box %d, %s, %s %s" % (R.randint(1, 9), R.randint(1, 300), city, st, us_zip(zp)),
                 "Rural Route %d, Box %d%s, %s %s %s" % (R.randint(1, 9), R.randint(1, 300), pick(["", "A", "B"]), city, st, us_zip(zp)),
                 "HC %d Box %d, %s, %s %s" % (R.randint(1, 80), R.randint(100, 9999), city, st, us_zip(zp)),
                 "R.R. %d, %s, %s %s" % (R.randint(1, 9), city, st, us_zip(zp))])


def us_military():
    code = pick(["AE", "AE", "AP", "AA"])
    zipc = {"AE": "09" + digits(3), "AP": "96" + digits(3), "AA": "340" + digits(2)}[code]
    if R.random() < 0.2:
        zipc += "-" + digits(4)
    post = pick(["APO", "FPO", "DPO"]) if code != "AA" else pick(["APO", "FPO", "DPO"])
    unit = pick(["PSC %d, Box %d" % (R.randint(1, 9999), R.randint(1, 9999)),
                 "PSC %d Box %d" % (R.randint(1, 9999), R.randint(1, 9999)),
                 "Unit %d Box %d" % (R.randint(1000, 9999), R.randint(1, 9999)),
                 "Unit %d, Box %d" % (R.randint(1000, 9999), R.randint(1, 9999)),
                 "CMR %d Box %d" % (R.randint(400, 499), R.randint(1, 9999)),
                 "USS %s" % pick(["Nimitz", "Eisenhower", "Carl Vinson", "Bataan", "Ronald Reagan"])])
    sep = pick([", ", "\n", " "])
    return "%s%s%s %s %s" % (unit, sep, post, code, zipc)


def us_city_state():
    city, st, zp = pick(US_CITIES)
    return pick(["%s, %s" % (city, st), "%s, %s" % (city, STATE_NAMES.get(st, st)), "%s %s" % (city, st),
                 "%s, %s %s" % (city, st, us_zip(zp, False))])


def us_city():
    return pick(US_CITIES)[0]


# --------------------------------------------------------------------------- intl places
def pc_uk(area):
    return "%s%d %d%s" % (area, R.randint(1, 20), R.randint(1, 9), letters(2))


INTL_CITIES = {
    "GB": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Glasgow", "G"), ("Cardiff", "CF"),
           ("Norwich", "NR"), ("York", "YO"), ("Brighton", "BN"), ("Belfast", "BT"), ("Sheffield", "S"),
           ("Oxford", "OX"), ("Leicester", "LE"), ("Swansea", "SA"), ("Aberdeen", "AB"), ("London", "SE")],
    "IE": [("Dublin", "D0"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94")],
    "CA": [("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"), ("Calgary", "AB", "T"),
           ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Ottawa", "ON", "K"), ("Edmonton", "AB", "T"),
           ("Regina", "SK", "S"), ("Victoria", "BC", "V"), ("Hamilton", "ON", "L")],
    "DE": [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
           ("Stuttgart", "70"), ("Leipzig", "04"), ("Dresden", "01"), ("Düsseldorf", "40"), ("Nürnberg", "90"),
           ("Bremen", "28"), ("Hannover", "30"), ("Essen", "45"), ("Freiburg im Breisgau", "79")],
    "FR": [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"), ("Nice", "0600"),
           ("Nantes", "4400"), ("Strasbourg", "6700"), ("Bordeaux", "3300"), ("Lille", "5900"), ("Rennes", "3500"),
           ("Montpellier", "3400")],
    "MX": [("Ciudad de México, CDMX", "06"), ("Guadalajara, Jal.", "44"), ("Monterrey, N.L.", "64"),
           ("Puebla, Pue.", "72"), ("Mérida, Yuc.", "97"), ("Oaxaca de Juárez, Oax.", "68"), ("Tijuana, B.C.", "22"),
           ("León, Gto.", "37"), ("Querétaro, Qro.", "76")],
    "BR": [("São Paulo - SP", "01"), ("Rio de Janeiro - RJ", "22"), ("Belo Horizonte - MG", "30"),
           ("Salvador - BA", "40"), ("Recife - PE", "50"), ("Curitiba - PR", "80"), ("Porto Alegre - RS", "90"),
           ("Fortaleza - CE", "60"), ("Manaus - AM", "69")],
    "ES": [("Madrid", "280"), ("Barcelona", "080"), ("Sevilla", "410"), ("Valencia", "460"), ("Bilbao", "480"),
           ("Málaga", "290"), ("Zaragoza", "500"), ("Granada", "180")],
    "IT": [("Roma", "001", "RM"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
           ("Bologna", "401", "BO"), ("Palermo", "901", "PA"), ("Firenze", "501", "FI"), ("Bari", "701", "BA")],
    "NL": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
           ("Groningen", "97"), ("Haarlem", "20")],
    "PL": [("Warszawa", "0"), ("Kraków", "3"), ("Wrocław", "5"), ("Poznań", "6"), ("Łódź", "9"), ("Gdańsk", "8"),
           ("Lublin", "2")],
    "IN": [("Mumbai", "400"), ("New Delhi", "110"), ("Bengaluru", "560"), ("Chennai", "600"), ("Hyderabad", "500"),
           ("Kolkata", "700"), ("Pune", "411"), ("Ahmedabad", "380"), ("Kochi", "682"), ("Jaipur", "302"),
           ("Lucknow", "226")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Parramatta", "NSW", "2150"), ("Bondi", "NSW", "2026"),
           ("South Brisbane", "QLD", "4101"), ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")],
    "PH": [("Makati City", "1210"), ("Quezon City", "1100"), ("Cebu City", "6000"), ("Davao City", "8000"),
           ("Pasig City", "1600"), ("Iloilo City", "5000")],
    "NG": [("Lagos", ""), ("Abuja", ""), ("Ibadan", ""), ("Enugu", ""), ("Port Harcourt", "")],
    "TR": [("Kadıköy/İstanbul", "347"), ("Çankaya/Ankara", "066"), ("Konak/İzmir", "352"), ("Nilüfer/Bursa", "161")],
    "RU": [("Москва", "1"), ("Санкт-Петербург", "19"), ("Казань", "420"), ("Екатеринбург", "620"),
           ("Новосибирск", "630")],
    "SA": [("الرياض", ""), ("جدة", ""), ("الدمام", ""), ("مكة المكرمة", "")],
    "CN": [("北京市朝阳区", ""), ("上海市浦东新区", ""), ("广州市天河区", ""), ("成都市武侯区", ""), ("杭州市西湖区", ""),
           ("深圳市南山区", "")],
    "KR": [("서울특별시 마포구", ""), ("서울특별시 강남구", ""), ("부산광역시 해운대구", ""), ("대구광역시 수성구", ""),
           ("인천광역시 연수구", "")],
    "JP": [("東京都新宿区", ""), ("大阪府大阪市北区", ""), ("京都府京都市左京区", ""), ("神奈川県横浜市中区", ""),
           ("福岡県福岡市博多区", ""), ("北海道札幌市中央区", "")],
    "VN": [("Quận 1, TP. Hồ Chí Minh", ""), ("Quận Ba Đình, Hà Nội", ""), ("Quận Hải Châu, Đà Nẵng", ""),
           ("TP. Huế", "")],
}
CITY_ALONE = {"GB": ["Leeds", "Manchester", "Glasgow", "Birmingham", "Liverpool", "Cardiff", "Belfast", "Edinburgh"],
              "IE": ["Dublin", "Cork", "Galway"], "CA": ["Toronto", "Vancouver", "Montréal", "Winnipeg", "Halifax"],
              "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Stuttgart"],
              "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Bordeaux"],
              "MX": ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida", "Tijuana", "Morelia"],
              "BR": ["São Paulo", "Recife", "Salvador", "Belo Horizonte", "Fortaleza", "Curitiba"],
              "ES": ["Madrid", "Sevilla", "Bilbao", "Valencia", "Málaga"], "IT": ["Napoli", "Palermo", "Torino", "Bari"],
              "NL": ["Rotterdam", "Utrecht", "Groningen"], "PL": ["Kraków", "Wrocław", "Gdańsk", "Poznań"],
              "IN": ["Mumbai", "Pune", "Hyderabad", "Kochi", "Chennai", "Lucknow"], "AU": ["Melbourne", "Perth", "Adelaide"],
              "PH": ["Manila", "Cebu", "Davao", "Iloilo"], "NG": ["Lagos", "Abuja", "Enugu"],
              "TR": ["İstanbul", "Ankara", "İzmir", "Trabzon"], "RU": ["Москва", "Казань", "Омск"],
              "SA": ["الرياض", "جدة", "Riyadh", "Jeddah"], "CN": ["北京", "上海", "广州", "成都"],
              "KR": ["서울", "부산", "대구", "Seoul", "Busan"], "JP": ["東京", "大阪", "札幌", "Osaka", "Sendai"],
              "VN": ["Hà Nội", "Đà Nẵng", "Huế", "Sài Gòn"]}


def intl_address(cc):
    c = pick(INTL_CITIES[cc])
    if cc == "GB":
        num = R.randint(1, 220)
        street = pick(["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
                       "Queen's Road", "Albert Terrace", "Manor Close", "Green Lane", "Kings Road", "The Crescent"])
        flat = pick(["", "", "Flat %d, " % R.randint(1, 30), "Flat %s, " % pick(["2A", "B", "11"])])
        sep = pick([", ", "\n"])
        return "%s%d %s%s%s %s" % (flat, num, street, sep, c[0], pc_uk(c[1]))
    if cc == "IE":
        return "%d %s, %s, %s %s" % (R.randint(1, 140), pick(["Main Street", "Strand Road", "Pearse Street", "Shop Street"]),
                                     c[0], c[1] + (str(R.randint(1, 9)) if len(c[1]) == 2 else ""), letters(1) + digits(1) + letters(1) + digits(1))
    if cc == "CA":
        pc = "%s%d%s %d%s%d" % (c[2], R.randint(0, 9), letters(1), R.randint(0, 9), letters(1), R.randint(0, 9))
        unit = pick(["", "Apt %d, " % R.randint(101, 2400), "Unit %d, " % R.randint(1, 40), "%d-" % R.randint(100, 2300)])
        street = pick(["Yonge St", "Bloor St W", "Main St", "Rue Sherbrooke O", "Jasper Ave", "Portage Ave",
                       "Robson St", "Queen St E", "Boulevard Saint-Laurent", "Spring Garden Rd"])
        if unit.endswith("-"):
            return "%s%d %s, %s %s %s" % (unit, R.randint(10, 999), street, c[0], c[1], pc)
        return "%s%d %s, %s, %s %s" % (unit, R.randint(10, 9999), street, c[0], c[1], pc)
    if cc == "DE":
        street = fk("de_DE").street_name()
        sep = pick([", ", "\n"])
        return "%s %d%s%s%s%s %s" % (street, R.randint(1, 180), pick(["", "", "a", "b"]), sep, c[1], digits(3), c[0])
    if cc == "FR":
        street = pick(["rue de la République", "avenue Victor Hugo", "boulevard Voltaire", "rue des Acacias",
                       "place Bellecour", "chemin des Vignes", "rue Pasteur", "allée des Tilleuls", "quai de la Loire"])
        zipc = c[1] + digits(5 - len(c[1]))
        return "%d%s %s, %s %s" % (R.randint(1, 150), pick(["", "", " bis", ","]), street, zipc, c[0])
    if cc == "MX":
        street = pick(["Calle Durango", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Juárez", "Calle Hidalgo",
                       "Calle Morelos", "Av. Revolución", "Calle Independencia", "Privada de los Pinos"])
        col = pick(["Col. Roma Norte", "Col. Centro", "Col. Del Valle", "Col. Americana", "Col. Chapultepec",
                    "Col. Jardines del Bosque", "Fracc. Las Palmas"])
        num = "%d%s" % (R.randint(1, 2500), pick(["", "", " Int. %d" % R.randint(1, 12), "-B"]))
        return "%s %s, %s, %s%s %s" % (street, num, col, c[1], digits(3), c[0])
    if cc == "BR":
        street = pick(["Rua das Flores", "Av. Paulista", "Rua Sete de Setembro", "Rua Barão de Itapetininga",
                       "Av. Atlântica", "Rua XV de Novembro", "Travessa do Carmo", "Rua da Aurora"])
        bairro = pick(["Centro", "Boa Viagem", "Copacabana", "Pinheiros", "Savassi", "Moinhos de Vento", "Barra"])
        apto = pick(["", ", apto %d" % R.randint(11, 1804), ", casa %d" % R.randint(1, 9), ", bloco B apto %d" % R.randint(11, 404)])
        return "%s, %d%s - %s, %s, %s%s-%s" % (street, R.randint(1, 4000), apto, bairro, c[0], c[1], digits(3), digits(3))
    if cc == "ES":
        street = pick(["Calle Mayor", "Calle de Alcalá", "Carrer de Mallorca", "Avenida de la Constitución",
                       "Calle Larios", "Gran Vía", "Calle San Fernando", "Paseo de Gracia"])
        piso = pick(["", ", 2º izq.", ", 4º B", ", 1º 2ª", ", bajo", ", 3º D"])
        return "%s %d%s, %s%s %s" % (street, R.randint(1, 300), piso, c[1], digits(2), c[0])
    if cc == "IT":
        street = pick(["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Dante",
                       "Via Mazzini", "Viale della Repubblica", "Via San Gregorio Armeno"])
        return "%s %d, %s%s %s %s" % (street, R.randint(1, 220), c[1], digits(2), c[0], c[2])
    if cc == "NL":
        street = pick(["Keizersgracht", "Oudegracht", "Stationsweg", "Kerkstraat", "Dorpsstraat", "Laan van Meerdervoort",
                       "Witte de Withstraat", "Vismarkt"])
        return "%s %d%s, %s%s %s %s" % (street, R.randint(1, 400), pick(["", "", "-II", " A", "hs"]), c[1], digits(2),
                                        letters(2), c[0])
    if cc == "PL":
        street = pick(["ul. Długa", "ul. Floriańska", "ul. Piotrkowska", "ul. Świdnicka", "al. Jerozolimskie",
                       "ul. Półwiejska", "ul. Krakowskie Przedmieście", "ul. Mickiewicza"])
        return "%s %d%s, %s%s-%s %s" % (street, R.randint(1, 200), pick(["", "/%d" % R.randint(1, 60), " m. %d" % R.randint(1, 40)]),
                                        c[1], digits(1), digits(3), c[0])
    if cc == "IN":
        flat = pick(["Flat %d, " % R.randint(101, 1204), "House No. %d, " % R.randint(1, 900), "B-%d, " % R.randint(101, 904),
                     "%d/%d, " % (R.randint(1, 90), R.randint(1, 20))])
        bldg = pick(["Shanti Apartments", "Sai Krupa CHS", "Green Park Towers", "Lakshmi Nivas", "Sector 14",
                     "Rose Garden Society", "Ganga Residency"])
        area = pick(["MG Road", "14th Cross, Indiranagar", "Linking Road, Bandra West", "Anna Nagar", "Banjara Hills",
                     "Salt Lake Sector V", "Koregaon Park", "Civil Lines", "Satellite Road"])
        return "%s%s, %s, %s %s%s" % (flat, bldg, area, c[0], pick(["", "- "]), c[1] + digits(3))
    if cc == "AU":
        return "%s%d %s, %s %s %s" % (pick(["", "Unit %d/" % R.randint(1, 12)]), R.randint(1, 300),
                                      pick(["Smith St", "George St", "Beach Rd", "Brunswick St", "Station St", "Marine Pde"]),
                                      c[0], c[1], c[2])
    if cc == "PH":
        return "%d %s, Brgy. %s, %s%s" % (R.randint(1, 2000), pick(["Rizal St.", "Mabini St.", "J.P. Laurel Ave.", "Osmeña Blvd.", "Katipunan Ave."]),
                                        pick(["Poblacion", "San Antonio", "Lahug", "Bagong Silang", "Kapitolyo"]), c[0],
                                        ", " + c[1] if R.random() < 0.7 else "")
    if cc == "NG":
        return "%d %s, %s, %s" % (R.randint(1, 80), pick(["Awolowo Road", "Adeola Odeku Street", "Ahmadu Bello Way", "Ring Road"]),
                                  pick(["Ikoyi", "Victoria Island", "Wuse II", "Bodija", "GRA"]), c[0])
    if cc == "TR":
        return "%s No:%d D:%d, %s%s %s" % (pick(["Bağdat Cd.", "Atatürk Blv.", "Kıbrıs Şehitleri Cd.", "İstiklal Cd.", "Cumhuriyet Mah. Gül Sk."]),
                                          R.randint(1, 300), R.randint(1, 20), c[1], digits(5 - len(c[1])), c[0])
    if cc == "RU":
        return "%s, д. %d, кв. %d, %s, %s%s" % (pick(["ул. Тверская", "ул. Ленина", "пр. Мира", "ул. Гагарина", "Невский пр."]),
                                               R.randint(1, 120), R.randint(1, 300), c[0], c[1], digits(6 - len(c[1])))
    if cc == "SA":
        if R.random() < 0.5:
            return "%s، %s، %s %s" % (pick(["طريق الملك فهد", "شارع التحلية", "طريق الأمير سلطان", "شارع العليا العام"]),
                                     pick(["حي العليا", "حي الروضة", "حي النزهة", "حي الملقا"]), c[0], "1" + digits(4))
        return "%d %s, %s, %s %s" % (R.randint(1000, 9999), pick(["King Fahd Rd", "Prince Sultan St", "Tahlia St", "Olaya St"]),
                                     pick(["Al Olaya", "Al Rawdah", "Al Malqa", "Al Nuzha"]), pick(["Riyadh", "Jeddah", "Dammam"]),
                                     "1" + digits(4))
    if cc == "CN":
        return "%s%s%d号%s" % (c[0], pick(["建国路", "中山路", "人民大道", "解放路", "长安街", "南京东路", "科技园路"]),
                               R.randint(1, 999), pick(["", "3栋1202室", "5单元602", "B座1801"]))
    if cc == "KR":
        return "%s %s %d%s" % (c[0], pick(["월드컵북로", "테헤란로", "해운대로", "달구벌대로", "컨벤시아대로"]), R.randint(1, 900),
                               pick(["", ", 1203호", " 101동 802호"]))
    if cc == "JP":
        f = fk("ja_JP")
        if R.random() < 0.35:
            return "%d-%d-%d %s, %s, %s %s-%s" % (R.randint(1, 9), R.randint(1, 30), R.randint(1, 20),
                                                   pick(["Nishi-Shinjuku", "Jingumae", "Umeda", "Sakae", "Tenjin", "Nakano"]),
                                                   pick(["Shinjuku-ku", "Shibuya-ku", "Kita-ku", "Naka-ku", "Chuo-ku", "Nakano-ku"]),
                                                   pick(["Tokyo", "Osaka", "Nagoya", "Fukuoka"]), digits(3), digits(4))
        return "〒%s-%s %s%s%s丁目%d番%d号" % (digits(3), digits(4), c[0], f.town(), R.randint(1, 9), R.randint(1, 30), R.randint(1, 20))
    if cc == "VN":
        return "%d %s, %s" % (R.randint(1, 400), pick(["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt"]), c[0])
    raise KeyError(cc)


# --------------------------------------------------------------------------- numbers
def ssn():
    s = fk("en_US").ssn()
    return pick([s, s, s, s.replace("-", ""), s.replace("-", " ")])


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    an = L + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(L), R.choice(an), str(R.randint(0, 9)), R.choice(L), R.choice(an),
         str(R.randint(0, 9)), R.choice(L), R.choice(L), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    return pick([s, "%s-%s-%s" % (s[:4], s[4:7], s[7:])])


def mrn_us():
    """Returns (label_text_before, value). Label stays outside the identifier."""
    kind = R.random()
    if kind < 0.3:
        return pick(["MRN", "MRN:", "MRN#", "mrn", "MR#", "Med Rec #", "medical record no."]), pick(
            [digits(8), digits(7), "%s-%s" % (digits(4), digits(4)), letters(1) + digits(7), "00" + digits(6),
             letters(3) + digits(7)])
    if kind < 0.45:
        return pick(["chart #", "Chart No.", "chart number", "chart"]), pick([digits(6), "%s-%s" % (letters(2), digits(5)), digits(5) + "-" + digits(1)])
    if kind < 0.65:
        return pick(["member ID", "Member #:", "member id", "ID#", "Ins ID", "subscriber ID"]), pick(
            [letters(3) + digits(9), letters(1) + digits(10), digits(9) + letters(1), letters(2) + digits(8),
             "%s %s %s" % (letters(3), digits(3), digits(3))])
    if kind < 0.85:
        return pick(["Medicare #", "Medicare MBI", "MBI", "medicare number", "Medicare ID"]), mbi()
    return pick(["Medicaid ID", "Medicaid #", "medicaid no", "Medi-Cal ID", "AHCCCS ID"]), pick(
        [digits(9) + letters(1), letters(2) + digits(8), digits(10), digits(8) + letters(1)])


def mrn_intl(cc):
    if cc == "GB":
        return pick(["NHS number", "NHS no.", "NHS #"]), "%s %s %s" % (digits(3), digits(3), digits(4))
    if cc == "CA":
        return pick(["OHIP", "health card", "Care Card"]), "%s-%s-%s-%s" % (digits(4), digits(3), digits(3), letters(2))
    if cc == "DE":
        return pick(["Versichertennummer", "KVNR"]), letters(1) + digits(9)
    if cc == "FR":
        return pick(["n° sécu", "carte Vitale"]), "%s %s %s %s %s %s %s" % (R.choice("12"), digits(2), digits(2), digits(2), digits(3), digits(3), digits(2))
    if cc == "IN":
        return pick(["UHID", "Patient ID", "IP No."]), pick(["%s/%s" % (R.randint(2015, 2024), digits(6)), "UH" + digits(8)])
    if cc == "AU":
        return pick(["Medicare no.", "Medicare card"]), "%s %s %s" % (digits(4), digits(5), digits(1))
    if cc == "BR":
        return pick(["Cartão SUS", "CNS"]), "%s %s %s %s" % (digits(3), digits(4), digits(4), digits(4))
    if cc == "MX":
        return pick(["NSS", "núm. de afiliación IMSS"]), digits(11)
    return pick(["hospital no.", "patient no.", "record no."]), letters(2) + digits(7)


MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def dob(intl=False, young=False):
    y = R.randint(1925, 1965) if not young else R.randint(1966, 2015)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    if intl:
        return pick(["%02d/%02d/%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y), "%02d.%02d.%d" % (dd, m, y),
                     "%d %s %d" % (dd, MONTH_FULL[m - 1], y), "%d-%02d-%02d" % (y, m, dd), "%d %s %d" % (dd, MONTH_ABBR[m - 1], y),
                     "%d年%d月%d日" % (y, m, dd) if R.random() < 0.2 else "%02d-%02d-%d" % (dd, m, y)])
    return pick(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%d/%d/%02d" % (m, dd, y % 100),
                 "%s %d, %d" % (MONTH_FULL[m - 1], dd, y), "%s %d %d" % (MONTH_ABBR[m - 1], dd, y),
                 "%d-%d-%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd), "%s %s, %d" % (MONTH_FULL[m - 1], ordinal(dd), y),
                 "%s. %d, %d" % (MONTH_ABBR[m - 1], dd, y), "%02d-%02d-%d" % (m, dd, y), "%02d%02d%d" % (m, dd, y)])


def card(valid=None):
    if valid is None:
        valid = R.random() < 0.8
    p, n = pick([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2223", 16), ("37", 15), ("34", 15), ("6011", 16),
                 ("65", 16), ("35", 16)])
    num = ibantool.random_card(R, p, n)
    if not valid:
        num = num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)
    if n == 15:
        shapes = [num, "%s %s %s" % (num[:4], num[4:10], num[10:]), "%s-%s-%s" % (num[:4], num[4:10], num[10:])]
    else:
        sp = " ".join(num[i:i + 4] for i in range(0, 16, 4))
        shapes = [num, sp, sp.replace(" ", "-")]
    kind = {"4": "visa", "5": "mastercard", "2": "mastercard", "3": "amex", "6": "discover"}[p[0]]
    if p == "35":
        kind = "jcb"
    return pick(shapes), kind


def card_label(kind):
    return pick(["card", "cc", "credit card", kind, kind.upper() if kind != "mastercard" else "MC", "card #",
                 "card number", "debit card", kind.capitalize()])


def iban(cc):
    v = ibantool.random_iban(R, cc)
    r = R.random()
    if r < 0.45:
        v = ibantool.spaced(v)
    if R.random() < 0.15:
        v = v.lower()
    return v


def routing():
    base = digits(8)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)


def bank_acct():
    return pick([digits(10), digits(12), digits(9), "%s-%s" % (digits(4), digits(6)), "00" + digits(8)])


# --------------------------------------------------------------------------- templates
# Each returns (style, markup, transform) with transform in (None, "lower", "upper").
REL_F = ["Daughter", "Wife", "Granddaughter", "Niece", "Sister", "Daughter-in-law"]
REL_M = ["Son", "Husband", "Grandson", "Nephew", "Brother", "Son-in-law"]
PRON = {"F": ("she", "her", "her"), "M": ("he", "him", "his")}


def rel_and_name(kind="first"):
    g = gender()
    rel = pick(REL_F if g == "F" else REL_M)
    return rel, us_name(kind, g), g


def t_speaker_family():
    rel, a, _ = rel_and_name()
    b = us_first()
    elder = pick(["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Pop"])
    drug = pick(DRUGS)
    lines = [
        "%s %s: %s's %s is ready at %s, can someone grab it before %s" % (rel, mk(a, "P"), K(elder), K(drug), K(pick(["Walgreens", "CVS", "Rite Aid"])), K(pick(WEEKDAYS))),
        "%s: I can. what's the address again" % mk(b, "P"),
        "%s %s: %s" % (rel, mk(a, "P"), mk(us_address(pick(["line", "nocomma", "lower"])), "L")),
    ]
    if R.random() < 0.6:
        lines.append("%s: ok and if they give me trouble who do I call" % mk(b, "P"))
        lines.append("%s %s: me, %s" % (rel, mk(a, "P"), mk(us_phone(), "T")))
    return "speaker_label", "\n".join(lines), None


def t_speaker_nurse():
    n = us_first()
    g = gender()
    fam_first, fam_last = us_name("pair", g)
    pg = gender()
    pt = us_first(pg)
    rel = pick({"F": ["wife", "daughter", "sister", "niece"], "M": ["husband", "son", "brother", "nephew"]}[g])
    text = ("Nurse %s: hi, calling about %s's %s\n%s %s: yes this is %s %s\nNurse %s: can you confirm %s date of birth\n"
            "%s %s: %s\nNurse %s: thanks. result was fine, keep the %s as is") % (
        mk(n, "P"), mk(pt, "P"), K(pick(LABS)), mk(fam_first, "P"), mk(fam_last, "P"), PRON[pg][2], rel,
        mk(n, "P"), PRON[pg][2], mk(fam_first, "P"), mk(fam_last, "P"), mk(dob(), "D"), mk(n, "P"), K(pick(DRUGS)))
    return "speaker_label", text, None


def t_lower_update():
    first, last = us_name("pair")
    g = gender()
    text = pick([
        "hi this is %s %s, %s's %s ran out and %s said they need a new script. we're at %s. cell %s" % (
            mk(first, "P"), mk(last, "P"), K(pick(["mom", "dad", "grandma", "grandpa"])), K(pick(DRUGS)), K(pick(ORGS)),
            mk(us_address(), "L"), mk(us_phone(), "T")),
        "its %s. %s had a bad night w the %s. %s is taking over tmrw, %s # is %s" % (
            mk(first, "P"), K(pick(["dad", "mom", "nana", "papa"])), K(pick(CONDITIONS)), mk(us_first(g), "P"), PRON[g][2], mk(us_phone(), "T")),
        "%s here, moved %s into my place at %s so send the %s stuff there pls. email me %s" % (
            mk(first, "P"), K(pick(["mom", "dad", "grandma"])), mk(us_address(), "L"), K(pick(ORGS)), mk(email_for(first, last), "E")),
        "ok so %s and %s are doing %s this week and %s has the weekend. %s said %s's %s is fine to skip if %s sleeps thru" % (
            mk(us_first(), "P"), mk(us_first(), "P"), K(pick(WEEKDAYS)), mk(first, "P"), K("dr."), K(pick(["mom", "dad"])), K(pick(DRUGS)), pick(["she", "he"])),
    ])
    return "lower_case", text, "lower"


def t_all_caps():
    g = gender()
    name = us_name("middle" if R.random() < 0.3 else "full", g)
    text = pick([
        "PLEASE CALL %s AT %s ABOUT %s REFILL. DOB %s" % (mk(name, "P"), mk(us_phone(), "T"), K(pick(DRUGS)), mk(dob(), "D")),
        "THIS IS %s. I LIVE AT %s. MY %s IS ACTING UP AGAIN" % (mk(name, "P"), mk(us_address(pick(["line", "nocomma"])), "L"), K(pick(BODY))),
        "MESSAGE FOR DR %s FROM %s. %s IS HIGH. CALL %s" % (mk(us_last(), "P"), mk(name, "P"), K(pick(["SUGAR", "BLOOD PRESSURE", "INR", "POTASSIUM"])), mk(us_phone(), "T")),
        "%s NEEDS RIDE TO %s APPT %s. CALL %s %s %s %s" % (mk(name, "P"), K(pick(["DIALYSIS", "CHEMO", "WOUND CARE"])), K(pick(WEEKDAYS).upper()), {"F": "HER", "M": "HIS"}[g], pick(["SON", "DAUGHTER", "NEIGHBOR"]), mk(us_first(), "P"), mk(us_phone(), "T")),
        "NEW ADDRESS FOR %s %s\n%s\nPHONE SAME %s" % (mk(name, "P"), pick(["(" + K("MEDICARE") + ")", "", "-"]), mk(pick([us_address("multi"), us_pobox(), us_rural()]), "L"), mk(us_phone(), "T")),
    ])
    return "all_caps", text.replace("  ", " "), "upper"


def t_list_contacts():
    rows = []
    for _ in range(R.randint(3, 5)):
        role = pick(["Dr.", "Nurse", "Aide", "Neighbor", "Pharmacist", "Social worker", "Pastor", "Cousin", "PT"])
        if role == "Dr.":
            nm = mk(us_last(), "P")
        elif role in ("Nurse", "Aide", "Cousin", "PT"):
            nm = mk(us_first(), "P")
        else:
            nm = mk(us_name(), "P")
        rows.append("%s %s %s %s" % (pick(["-", "*", "•", ""]), role, nm, mk(us_phone(), "T")))
    head = pick(["Phone list for %s's fridge:" % K(pick(RELS)), "Important numbers", "CONTACTS (updated)", "who to call:"])
    tail = pick(["%s - %s" % (K("Poison Control"), K("1-800-222-1222")), "crisis: %s" % K("988"), "%s refill line on the bottle" % K(pick(["CVS", "Walgreens"]))])
    return "list", "\n".join([head] + [r.strip() for r in rows] + [tail]), None


def t_list_meds():
    pt_first, pt_last = us_name("pair")
    meds = R.sample(DRUGS, R.randint(3, 5))
    body = "\n".join("%s %s %s" % (pick(["-", "*", "", "•"]), K(m), pick(["am", "pm", "bedtime", "with food", "1 tab", "2x day", "prn"])) for m in meds)
    text = "%s %s - med list\n%s %s\n%s\nPharmacy %s %s" % (
        mk(pt_first, "P"), mk(pt_last, "P"), pick(["DOB", "born", "D.O.B."]), mk(dob(), "D"), body,
        K(pick(["Walgreens", "CVS", "Costco pharmacy", "Rite Aid"])), mk(us_phone(), "T"))
    return "list", text.replace("\n ", "\n"), None


def t_list_family():
    names = [us_first() for _ in range(R.randint(3, 4))]
    if len(set(names)) < len(names):
        names = list(dict.fromkeys(names))
    joined = ", ".join(mk(n, "P") for n in names[:-1]) + " and " + mk(names[-1], "P")
    elder = pick(["Grandpa", "Dad", "Mom", "Nana", "Grandma", "Papa"])
    text = "%s: %s are splitting %s's nights this week. %s's doctor is %s. Bring the %s log.\n%s's address if you forgot: %s" % (
        pick(["Schedule", "Update", "FYI"]), joined, K(elder), K(elder),
        "{{Dr.}} " + mk(us_last(), "P"), K(pick(["blood sugar", "blood pressure", "INR"])), K(elder),
        mk(us_address("line"), "L"))
    return "list", text, None


def t_run_on():
    g = gender()
    first, last = us_name("pair", g)
    rel = pick({"F": ["mother", "wife", "grandmother", "sister"], "M": ["father", "husband", "grandfather", "brother"]}[g])
    p2 = us_name(g="F")
    lab, mrn = mrn_us()
    text = ("%s sorry this is long but my %s %s has been really struggling since the %s diagnosis and we had to move "
            "%s from %s to my place at %s which is closer to the clinic, anyway %s needs the %s refilled and the "
            "pharmacy says the %s number doesn't match, it should be %s, and if you need to call I'm at %s or my "
            "sister %s can help") % (
        K(pick(["I'm", "I'm so", "Ok I'm"])), rel, mk(first + " " + last, "P"), K(pick(CONDITIONS)), PRON[g][1],
        mk(us_city_state(), "L"), mk(us_address("line"), "L"), mk(first, "P"), K(pick(DRUGS)),
        K(pick(["Medicare", "Medicaid", "insurance"])), mk(mrn, "M"), mk(us_phone(), "T"), mk(p2, "P"))
    return "run_on", text, None


def t_run_on2():
    g = gender()
    first, last = us_name("pair", g)
    text = ("so %s called me at work again saying the home health people never showed and %s was on the floor for an hour "
            "before the neighbor %s found %s, this is the second time since %s, %s is %s %s and %s birthday is %s if you "
            "need to look %s up, we really need someone to come out to %s and check the %s") % (
        K(pick({"F": ["Mom", "Grandma", "Nana"], "M": ["Dad", "Grandpa", "Pop"]}[g])), PRON[g][0], mk(us_first(), "P"), PRON[g][1], K(pick(MONTHS)), PRON[g][0],
        mk(first, "P"), mk(last, "P"), PRON[g][2], mk(dob(), "D"), PRON[g][1], mk(us_address(pick(["line", "nocomma"])), "L"),
        K(pick(BODY)))
    return "run_on", text, None


def t_signature():
    first, last = us_name("pair")
    sig_lines = [mk(first + " " + last, "P")]
    if R.random() < 0.4:
        sig_lines.append(pick(["Caregiver for %s" % mk(us_name(), "P"), "%s POA" % K(pick(["Mom's", "Dad's"])), "Family liaison"]))
    if R.random() < 0.5:
        sig_lines.append(mk(us_address(pick(["multi", "line"])), "L"))
    sig_lines.append(pick(["cell", "c:", "mobile", "Phone:", "m.", "Cell:"]) + " " + mk(us_phone(), "T"))
    sig_lines.append(mk(email_for(first, last), "E"))
    if R.random() < 0.7:
        sig_lines.append(mk(url_for(first, last), "U"))
    body = pick([
        "Thanks for getting back to us about the %s. Please call if anything changes." % K(pick(LABS)),
        "%s be bringing the %s bottles to the visit on %s." % (K(pick(["We'll", "I'll"])), K(pick(DRUGS)), K(pick(WEEKDAYS))),
        "Attached is the form for the %s. Let me know if you need anything else." % K(pick(["Medicare", "Medicaid", "FMLA", "disability"])),
        "%s been keeping a log of the %s readings, copy below." % (K("I've"), K(pick(["blood pressure", "blood sugar", "oxygen"]))),
    ])
    closing = pick(["Best,", "Thanks,", "Regards,", "--", "Sincerely,", "Thank you!", "Warm regards,"])
    return "signature", body + "\n\n" + closing + "\n" + "\n".join(sig_lines), None


def t_form_intake():
    g = gender()
    first, last = us_name("pair", g)
    lab_mrn, mrn = mrn_us()
    cg = gender()
    lines = [pick(["NEW PATIENT INTAKE", "Patient Information Form", "Registration", "INTAKE - typed from paper"]),
             "Name: %s" % mk(pick(["%s %s" % (first, last), "%s, %s" % (last, first), "%s, %s" % (last.upper(), first.upper())]), "P"),
             "%s: %s" % (pick(["DOB", "Date of Birth", "D.O.B"]), mk(dob(), "D")),
             "%s: %s" % (pick(["SSN", "Social Security #", "SS#", "Soc Sec No"]), mk(ssn(), "S")),
             "%s: %s" % (pick(["Address", "Home address", "Addr"]), mk(us_address(pick(["line", "multi"])), "L")),
             "%s: %s" % (pick(["Phone", "Cell", "Home ph"]), mk(us_phone(), "T")),
             "%s %s" % (lab_mrn, mk(mrn, "M")),
             "Emergency contact: %s (%s) %s" % (mk(us_name(g=cg), "P"), pick({"F": ["daughter", "wife", "friend", "niece"], "M": ["son", "husband", "friend", "nephew"]}[cg]), mk(us_phone(), "T")),
             "Conditions: %s, %s" % tuple(K(c) for c in R.sample(CONDITIONS, 2))]
    if R.random() < 0.5:
        lines.insert(6, "Email: %s" % mk(email_for(first, last), "E"))
    return "form", "\n".join(lines), None


def t_form_general():
    first, last = us_name("pair")
    lines = [K(pick(["Change of Address Form", "Billing contact update", "Account holder update", "Authorized representative form"])),
             "%s: %s" % (pick(["Account holder", "Name", "Guarantor"]), mk(first + " " + last, "P")),
             "%s: %s" % (pick(["Old address", "Previous"]), mk(us_address(pick(["line", "nocomma"])), "L")),
             "%s: %s" % (pick(["New address", "Current"]), mk(pick([us_address("multi"), us_pobox(), us_rural()]), "L")),
             "%s: %s" % (pick(["Phone", "Best number"]), mk(us_phone(), "T")),
             "%s: %s" % (pick(["Email", "E-mail"]), mk(email_for(first, last), "E")),
             "Reason: %s" % pick(["moved in with my daughter", "%s care" % K("memory"), "downsizing after %s" % K(pick(["hip surgery", "stroke"])), "%s placement" % K("nursing home")])]
    return "form", "\n".join(lines), None


def t_clinician():
    g = gender()
    first, last = us_name("pair", g)
    age = R.randint(55, 97)
    sx = g
    lab_mrn, mrn = mrn_us()
    fg = gender()
    fam_rel = pick({"F": ["dtr", "wife", "niece", "granddaughter", "sister"], "M": ["son", "husb", "nephew", "grandson", "brother"]}[fg])
    text = pick([
        "%s %s, %d%s, %s %s. Hx %s, %s. %s today %s. Plan: continue %s, recheck %s in 2 wks. %s %s at %s." % (
            pick(["Pt", "pt", "Patient", "Seen:"]), mk(last.upper() + ", " + first, "P") if R.random() < 0.4 else mk(first + " " + last, "P"), age, sx,
            lab_mrn, mk(mrn, "M"), *[K(c) for c in R.sample(CONDITIONS, 2)], K(pick(LABS)), pick(["stable", "elevated", "improved", "pending"]),
            K(pick(DRUGS)), K(pick(LABS)), fam_rel.capitalize(), mk(us_first(fg), "P"), mk(us_phone(), "T")),
        "Pt %s (DOB %s) seen %s. Reports %s pain, 6/10. On %s. Lives w/ %s %s at %s. RTC 4 wks." % (
            mk(first + " " + last, "P"), mk(dob(), "D"), pick(["in clinic", "via video", "at home"]), K(pick(BODY)), K(pick(DRUGS)),
            fam_rel, mk(us_first(fg), "P"), mk(us_address("line"), "L")),
        "Called %s %s re: %s result. No answer at %s, LVM. Will send portal msg to %s." % (
            pick(["pt", "Pt", "patient"]), mk(first + " " + last, "P"), K(pick(LABS)), mk(us_phone(), "T"), mk(email_for(first, last), "E")),
        "%d%s w/ %s admitted from %s. %s %s. Contact: %s %s %s. %s held." % (
            age, sx, K(pick(CONDITIONS)), pick(["home", "SNF", "ED"]), lab_mrn, mk(mrn, "M"), fam_rel, mk(us_name(g=fg), "P"), mk(us_phone(), "T"), K(pick(DRUGS))),
        "%s - %s - %s\nA: %s, worse. %s per %s, %s (%s %s).\nP: %s %s, f/u w/ {{Dr.}} %s." % (
            mk(last.upper(), "P"), mk(dob(), "D"), mk(mrn, "M"), K(pick(CONDITIONS)), pick(["Hx", "Info"]), fam_rel, mk(us_first(fg), "P"),
            pick(["ph", "tel", "#"]), mk(us_phone(), "T"), pick(["start", "incr", "stop"]), K(pick(DRUGS)), mk(us_last(), "P")),
    ])
    return "clinician_note", text.replace(" ,", ","), None


def t_billing_card():
    first, last = us_name("pair")
    num, kind = card()
    text = pick([
        "Hi, please put %s's %s copay on my %s %s exp %02d/%d. Name on card %s." % (
            K(pick(["Mom", "Dad", "Grandpa"])), K(pick(LABS)), card_label(kind), mk(num, "A"), R.randint(1, 12), R.randint(25, 31), mk(first + " " + last, "P")),
        "I'd like to pay the balance for %s's %s, account %s, with %s %s. Billing zip %s. - %s" % (
            K(pick(["Dad", "Mom"])), K(pick(["ambulance ride", "MRI", "ER visit", "colonoscopy"])), mk(digits(R.randint(7, 10)), "A"),
            card_label(kind), mk(num, "A"), mk(us_zip(pick(US_CITIES)[2], False), "L"), mk(first, "P")),
        "the autopay card expired so use this one for %s's %s: %s. if it doesnt go thru call %s %s" % (
            K(pick(["mom", "dad", "grandpa"])), K(pick(["oxygen rental", "CPAP supplies", "home health"])), mk(num, "A"), mk(first, "P"), mk(us_phone(), "T")),
        "%s number %s, %s, cvv on back. It's for %s %s's %s balance." % (
            pick(["Card", "Visa", "Credit card", "Debit card"]), mk(num, "A"), pick(["exp 11/27", "exp. 3/29", "good thru 08/26"]), pick(["my mother", "my aunt", "my wife"]),
            mk(us_name(g="F"), "P"), K(pick(["physical therapy", "dental", "hearing aid"]))),
    ])
    return "general_text", text, None


def t_billing_bank():
    first, last = us_name("pair")
    text = pick([
        "Set up direct debit for %s's %s bill: routing %s, %s %s. Account holder %s." % (
            K(pick(RELS)), K(pick(["nursing home", "assisted living", "home health"])), mk(routing(), "A"),
            pick(["checking", "acct", "account #", "savings acct"]), mk(bank_acct(), "A"), mk(first + " " + last, "P")),
        "For the %s refund please deposit to %s ABA %s acct %s. Thanks, %s %s" % (
            K(pick(["pharmacy", "lab", "hospice"])), pick(["Chase", "Wells Fargo", "our credit union", "PNC"]), mk(routing(), "A"), mk(bank_acct(), "A"), mk(first, "P"), mk(us_phone(), "T")),
        "The %s reimbursement can go to checking %s (routing %s). My SSN is %s if the form needs it. %s" % (
            K(pick(["FSA", "HSA"])), mk(bank_acct(), "A"), mk(routing(), "A"), mk(ssn(), "S"), mk(first + " " + last, "P")),
    ])
    return "general_text", text, None


def t_ssn_plain():
    g = gender()
    first, last = us_name("pair", g)
    s = ssn()
    text, how, style = pick([
        ("%s social is %s, %s's %s %s, the %s office needs it for the appeal" % (PRON[g][2], mk(s, "S"), PRON[g][0], mk(first, "P"), mk(last, "P"), K("Social Security")), "lower", "lower_case"),
        ("Form says SSN but we only have the card - %s. Patient %s, born %s, %s." % (mk(s, "S"), mk(first + " " + last, "P"), mk(dob(), "D"), K(pick(CONDITIONS))), None, "general_text"),
        ("%s asked for %s's number for %s, it's %s" % (mk(us_first(), "P"), K(pick(["Dad", "Mom"])), K(pick(["Medicaid", "Medicare", "the VA"])), mk(s, "S")), None, "general_text"),
        ("%s\n%s\n%s\n%s" % (mk(first + " " + last, "P"), mk(s, "S"), mk(us_address("multi"), "L"), K(pick(["Medicaid", "Medicare"]) + " application")), None, "form"),
        ("SSN %s / DOB %s / %s %s" % (mk(s, "S"), mk(dob(), "D"), mk(last.upper() + ", " + first.upper(), "P"), K(pick(DRUGS))), None, "clinician_note"),
    ])
    return style, text, how


def t_url_share():
    g = gender()
    first, last = us_name("pair", g)
    text = pick([
        "Updates on %s's recovery are on %s. %s call the house, %s needs rest. - %s" % (
            mk(first, "P"), mk(url_for(first, last, True), "U"), K("Please don't"), PRON[g][0], mk(us_first(), "P")),
        "We set up a page for %s's %s bills: %s. Any amount helps!" % (mk(first + " " + last, "P"), K(pick(["chemo", "dialysis", "rehab", "surgery"])), mk(url_for(first, last, True), "U")),
        "my %s %s made me a website lol %s. it has my %s schedule" % ({"F": "daughter", "M": "son"}[g], mk(first, "P"), mk(url_for(first, last, True), "U"), K(pick(["dialysis", "PT", "infusion"]))),
        "Meal sign-up for the %s family: %s. %s can't have salt ({{CHF}})" % (mk(last, "P"), mk(url_for(first, last), "U"), mk(first, "P")),
        "%s posted about %s's %s on %s if you want the details" % (mk(us_first(), "P"), mk(first, "P"), K(pick(["stroke", "heart attack", "fall"])), mk(url_for(first, last), "U")),
    ])
    return "general_text", text, None


def t_forwarded():
    f1, l1 = us_name("pair")
    f2, l2 = us_name("pair")
    text = "%s\nFrom: %s <%s>\nTo: %s <%s>\nSubject: %s\n\n%s" % (
        pick(["---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----", "Fwd:"]),
        mk(f1 + " " + l1, "P"), mk(email_for(f1, l1), "E"), mk(f2 + " " + l2, "P"), mk(email_for(f2, l2), "E"),
        pick(["Re: %s's appointment" % K(pick(RELS)), K("new address"), K("insurance") + " stuff", "FW: %s results" % K(pick(LABS))]),
        pick(["%s, here is the new address for the statements: %s. Call %s if they have questions." % (mk(f2, "P"), mk(us_address("multi"), "L"), mk(us_phone(), "T")),
              "%s moved to %s in %s. %s is the new doctor's group." % (K(pick(RELS)), mk(us_city_state(), "L"), K(pick(MONTHS)), K("Mayo Clinic")),
              "DOB is %s and the member ID is %s. %s" % (mk(dob(), "D"), mk(mrn_us()[1], "M"), mk(f1, "P"))]))
    return "forwarded", text, None


def t_military():
    g = gender()
    first, last = us_name("pair", g)
    text = pick([
        "%s is deployed so please mail %s's %s statements to %s. %s email is %s." % (
            mk(first, "P"), K(pick(["Mom", "Dad"])), K(pick(["Medicare", "Tricare"])), mk(us_military(), "L"), PRON[g][2].capitalize(), mk(email_for(first, last), "E")),
        "My %s %s is stationed overseas, mailing address is\n%s\n%s\n%s is the %s for %s father." % (
            {"F": "daughter", "M": "son"}[g], mk(first + " " + last, "P"), mk(first.upper() + " " + last.upper(), "P"), mk(us_military(), "L"),
            PRON[g][0].capitalize(), K("POA"), PRON[g][2]),
        "Ship the %s to %s c/o %s. APO takes 2 weeks." % (K(pick(DRUGS)), mk(us_military(), "L"), mk(first + " " + last, "P")),
    ])
    return "general_text", text, None


def t_rural_pobox():
    first, last = us_name("pair")
    text = pick([
        "we don't get mail at the house, use %s. %s %s, phone %s. it's for the %s" % (mk(pick([us_pobox(), us_rural()]), "L"), mk(first, "P"), mk(last, "P"), mk(us_phone(), "T"), K(pick(["oxygen supplies", "test strips", "insulin"]))),
        "Mail %s for %s to %s" % (K(pick(["Medicaid renewal", "Medicare summary", "pharmacy bills"])), mk(first + " " + last, "P"), mk(pick([us_pobox(), us_rural()]), "L")),
        "%s lives out past %s on %s, no street address, the %s nurse should call %s for directions" % (
            mk(first, "P"), mk(us_city(), "L"), mk(us_rural(), "L"), K("hospice"), mk(us_phone(), "T")),
    ])
    return "general_text", text, None


def t_vanity():
    g = gender()
    first, last = us_name("pair", g)
    v = vanity_phone()
    text = pick([
        "My %s %s runs %s own business so the only number that always gets answered is %s. Call there about the %s." % (
            {"F": "wife", "M": "husband"}[g], mk(first, "P"), PRON[g][2], mk(v, "T"), K(pick(LABS))),
        "%s%s\n%s%s\n%s" % (mk(first + " " + last, "P"), pick([" " + K("Owner"), " " + K("Proprietor"), ""]), mk(v, "T"), pick([" (business)", "", " - call or text"]), mk(email_for(first, last), "E")),
    ])
    return "signature", text, None


def t_dob_variants():
    g = gender()
    first, last = us_name("pair", g)
    style = pick(["general_text", "clinician_note"])
    text = pick([
        "%s was born %s, not the date on the %s card" % (mk(first + " " + last, "P"), mk(dob(), "D"), K(pick(["Medicare", "Medicaid"]))),
        "birthday is %s for %s, %s turns %d in %s" % (mk(dob(), "D"), mk(first, "P"), PRON[g][0], R.randint(70, 99), K(pick(MONTHS))),
        "%s %s %s - %s, %s" % (mk(last.upper(), "P"), mk(first.upper(), "P"), mk(dob(), "D"), K(pick(CONDITIONS)), K(pick(DRUGS))),
        "Pt: %s\nb. %s\n%s since 2019" % (mk(first + " " + last, "P"), mk(dob(), "D"), K(pick(CONDITIONS))),
        "%s (%s) and %s (%s) both need the %s this fall" % (mk(first, "P"), mk(dob(), "D"), mk(us_first(), "P"), mk(dob(), "D"), K(pick(["flu shot", "Shingrix", "RSV vaccine"]))),
    ])
    return style, text, None


def t_group_notice():
    org = pick(GROUPS)
    a, b = us_name(), us_first()
    text = "%s: meets %s at %s. Questions to %s (%s) or %s. %s" % (
        K(org), K(pick(WEEKDAYS)), mk(us_address("line"), "L"), mk(a, "P"), mk(us_phone(), "T"), mk(b, "P"),
        pick(["Bring your %s list." % K("medication"), "%s welcome!" % K("Caregivers"), "%s users: there is a ramp." % K("Walker")]))
    return "general_text", text, None


def t_typos():
    first, last = us_name("pair")
    text = pick([
        "helo my nmae is %s %s i need to chnage my adress to %s for the %s bills. my phnoe %s. thnak u" % (mk(first, "P"), mk(last, "P"), mk(us_address(), "L"), K(pick(["Medicare", "hospital"])), mk(us_phone(), "T")),
        "pls cal %s abuot the %s refil, she is out sinse %s. %s" % (mk(first + " " + last, "P"), K(pick(DRUGS)), K(pick(WEEKDAYS)), mk(us_phone(), "T")),
        "this is for my mom %s %s, hre birthdya is %s. shes on %s" % (mk(first, "P"), mk(last, "P"), mk(dob(), "D"), K(pick(DRUGS))),
        "%s nedes the %s resluts sent to %s, thsi is %s" % (K(pick(["Dad", "Mom"])), K(pick(LABS)), mk(email_for(first, last), "E"), mk(first, "P")),
    ])
    return "typos", text, None


def t_city_mentions():
    first = us_first()
    c1, c2 = us_city(), us_city()
    text = pick([
        "%s flew from %s to %s for %s's %s, back %s" % (mk(first, "P"), mk(c1, "L"), mk(c2, "L"), K(pick(RELS)), K(pick(["surgery", "bypass", "hip replacement"])), K(pick(WEEKDAYS))),
        "we're driving down to %s on %s, %s is meeting us there. %s's %s is worse" % (mk(c1.upper(), "L"), K(pick(WEEKDAYS)), mk(first, "P"), K(pick(RELS)), K(pick(CONDITIONS))),
        "%s moved to %s so the %s is transferring to the %s pharmacy there" % (mk(first, "P"), mk(us_city_state(), "L"), K(pick(DRUGS)), K(pick(["Kaiser", "Walgreens", "VA"]))),
        "is there a %s closer to %s? %s can't drive to %s anymore" % (K(pick(["dialysis center", "wound clinic", "infusion center"])), mk(c1, "L"), K(pick(["Dad", "Mom"])), mk(c2, "L")),
    ])
    return "general_text", text, None


# ---- international templates
INTL_CCS = ["GB", "DE", "FR", "MX", "ES", "BR", "IT", "NL", "PL", "RU", "JP", "CN", "KR", "IN", "SA", "TR", "VN",
            "PH", "CA", "AU", "NG", "IE"]
IBAN_CCS = {"GB", "DE", "FR", "ES", "BR", "IT", "NL", "PL", "TR", "SA", "IE"}
ELDER_WORD = {"GB": "Mum", "IE": "Mam", "DE": "Oma", "FR": "Maman", "MX": "Abuela", "ES": "Abuela", "BR": "Vovó",
              "IT": "Nonna", "NL": "Oma", "PL": "Babcia", "RU": "Babushka", "JP": "Obaachan", "CN": "Nainai",
              "KR": "Halmeoni", "IN": "Nani", "SA": "Teta", "TR": "Anneanne", "VN": "Bà", "PH": "Lola", "CA": "Mom",
              "AU": "Nan", "NG": "Mama"}


def intl_email(cc, first, full):
    a = ascii_fold(first)
    b = ascii_fold(full.split()[-1]) if " " in full else ""
    return email_for(a, b, cc)


def t_intl_family():
    cc = pick(INTL_CCS)
    g = gender()
    first, full = intl_name(cc, g)
    me_first = us_first()
    rel = pick({"F": ["mother", "grandmother", "aunt", "sister"], "M": ["father", "grandfather", "uncle", "brother"]}[g])
    text = pick([
        "My %s %s lives at %s and needs the %s records. Local phone %s. I'm %s in %s, %s." % (
            rel, mk(full, "p"), mk(intl_address(cc), "l"), K(pick(LABS)), mk(intl_phone(cc), "t"), mk(me_first, "P"),
            mk(us_city_state(), "L"), mk(us_phone(), "T")),
        "%s is visiting from %s and ran out of %s. %s number back home is %s, here %s's with us at %s." % (
            mk(full, "p"), mk(pick(CITY_ALONE[cc]), "l"), K(pick(DRUGS)), PRON[g][2].capitalize(), mk(intl_phone(cc), "t"),
            PRON[g][0], mk(us_address("line"), "L")),
        "Please send %s's %s summary to %s (%s). Address for the post: %s" % (
            mk(first, "p"), K(pick(CONDITIONS)), mk(intl_email(cc, first, full), "e"), mk(intl_phone(cc), "t"), mk(intl_address(cc), "l")),
        "%s %s flies home to %s %s. %s cardiologist there wants the %s: %s, fax or call %s" % (
            K(pick(["My", "Our"])), rel + " " + mk(first, "p"), mk(pick(CITY_ALONE[cc]), "l"), K(pick(WEEKDAYS)), PRON[g][2].capitalize(),
            K(pick(["echocardiogram", "ECG", "Holter monitor"])), mk(intl_email(cc, first, full), "e"), mk(intl_phone(cc), "t")),
        "Our family page for %s (%s) has the updates: %s. %s's staying in %s with us for now." % (
            mk(full, "p"), K(pick(CONDITIONS)), mk(url_for(ascii_fold(first) or "nana", ascii_fold(full.split()[-1]) or "family", True), "u"), PRON[g][0].capitalize(),
            mk(us_city(), "L")),
    ])
    return "international", text, None


def t_intl_payment():
    cc = pick(sorted(IBAN_CCS))
    first, full = intl_name(cc)
    iv = iban(cc)
    label = pick(["IBAN", "IBAN:", "iban", "IBAN no.", "", "account"])
    lead = (label + " ") if label else ""
    text = pick([
        "Transfer for %s's carer goes to %s%s, holder %s. %s" % (K(ELDER_WORD[cc]), lead, mk(iv, "a"), mk(full, "p"), mk(intl_phone(cc), "t")),
        "pls pay the %s invoice to %s%s (%s, %s)" % (K(pick(["physio", "physiotherapy", "home care", "nursing"])), lead, mk(iv, "a"), mk(full, "p"), mk(pick(CITY_ALONE[cc]), "l")),
        "Bank details for %s's rent at the care home:\nName: %s\n%s %s\nAddress: %s" % (
            K(ELDER_WORD[cc]), mk(full, "p"), label or "IBAN", mk(iv, "a"), mk(intl_address(cc), "l")),
        "%s sent the %s money from %s to our US account %s (routing %s). %s" % (
            mk(first, "p"), K(pick(["dialysis", "chemo", "surgery"])), mk(iv, "a"), mk(bank_acct(), "A"), mk(routing(), "A"), K("Don't tell Dad")),
    ])
    return "international", text, None


def t_intl_clinical():
    cc = pick(INTL_CCS)
    first, full = intl_name(cc)
    lab, num = mrn_intl(cc)
    text = pick([
        "Transfer summary received from abroad: %s, DOB %s, %s %s. Dx %s. Treating MD contact %s." % (
            mk(full, "p"), mk(dob(intl=True), "d"), lab, mk(num, "m"), K(pick(CONDITIONS)), mk(intl_phone(cc), "t")),
        "Pt %s visiting from %s. Home %s %s. Takes %s. Family in US: %s %s." % (
            mk(full, "p"), mk(pick(CITY_ALONE[cc]), "l"), lab, mk(num, "m"), K(pick(DRUGS)), mk(us_name(), "P"), mk(us_phone(), "T")),
        "Records request: %s, born %s, %s. Send to %s or fax %s." % (
            mk(full, "p"), mk(dob(intl=True), "d"), mk(intl_address(cc), "l"), mk(intl_email(cc, first, full), "e"), mk(intl_phone(cc), "t")),
        "Tourist pt %s (%s) seen in ED for %s. Staying at %s. Home GP: %s. Insurer card %s." % (
            mk(full, "p"), mk(dob(intl=True), "d"), K(pick(["chest pain", "syncope", "cellulitis", "ankle fracture"])), mk(us_address("line"), "L"),
            mk(intl_phone(cc), "t"), mk(num, "m")),
    ])
    return "clinician_note", text, None


def t_intl_speaker():
    cc = pick(INTL_CCS)
    a_first, a_full = intl_name(cc)
    b = us_first()
    text = "%s: %s's %s ran out again\n%s: I'll ship it. same address? %s\n%s: yes. or call %s" % (
        mk(a_first, "p"), K(ELDER_WORD[cc]), K(pick(DRUGS)), mk(b, "P"),
        mk(intl_address(cc), "l"), mk(a_first, "p"), mk(intl_phone(cc), "t"))
    return "speaker_label", text, None


def t_intl_signature():
    cc = pick(INTL_CCS)
    first, full = intl_name(cc)
    lines = [mk(full, "p"), mk(intl_address(cc), "l"), pick(["Tel", "Mob.", "Phone", "M:", "tel."]) + " " + mk(intl_phone(cc), "t"),
             mk(intl_email(cc, first, full), "e")]
    if R.random() < 0.35:
        lines.append(mk(url_for(ascii_fold(first) or "home", ascii_fold(full.split()[-1]) or "care"), "u"))
    body = pick(["Thank you for looking after my %s during the %s." % (pick(["father", "mother", "brother"]), K(pick(["surgery", "admission", "chemo"]))),
                 "Please find the %s results attached." % K(pick(LABS)),
                 "%s arrive on %s to take over from my sister." % (K("I'll"), K(pick(WEEKDAYS)))])
    return "signature", body + "\n\n" + pick(["Kind regards,", "Best wishes,", "Cordialement,", "Mit freundlichen Grüßen,", "Saludos,", "Cheers,"]) + "\n" + "\n".join(lines), None


def t_intl_lower():
    cc = pick(["GB", "MX", "PH", "IN", "BR", "AU", "IE", "NG", "CA"])
    first, full = intl_name(cc)
    text = "hiya its %s, %s's been in hospital in %s since %s with %s. ward number %s. will update later x" % (
        mk(first, "p"), K(pick(["mum", "dad", "nan", ELDER_WORD[cc].lower()])), mk(pick(CITY_ALONE[cc]), "l"), K(pick(WEEKDAYS)),
        K(pick(CONDITIONS)), mk(intl_phone(cc), "t"))
    return "lower_case", text, "lower"


def t_intl_caps_script():
    cc = pick(["JP", "CN", "KR", "RU", "SA", "IN"])
    first, full = intl_name(cc)
    text = pick([
        "%s (%s) - %s %s. %s needs the %s list translated. Address there: %s" % (
            mk(full, "p"), mk(pick(CITY_ALONE[cc]), "l"), pick(["tel", "phone"]), mk(intl_phone(cc), "t"), K(ELDER_WORD[cc]), K("medication"), mk(intl_address(cc), "l")),
        "Interpreter needed for %s, family contact %s %s. Pt takes %s and %s." % (
            mk(full, "p"), mk(us_name(), "P"), mk(us_phone(), "T"), K(pick(DRUGS)), K(pick(DRUGS))),
    ])
    return "international", text, None


TEMPLATES = [
    (t_speaker_family, 6), (t_speaker_nurse, 4), (t_lower_update, 7), (t_all_caps, 6), (t_list_contacts, 4),
    (t_list_meds, 4), (t_list_family, 3), (t_run_on, 5), (t_run_on2, 4), (t_signature, 8), (t_form_intake, 8),
    (t_form_general, 6), (t_clinician, 7), (t_billing_card, 7), (t_billing_bank, 6), (t_ssn_plain, 15),
    (t_url_share, 16), (t_forwarded, 5), (t_military, 5), (t_rural_pobox, 4), (t_vanity, 3), (t_dob_variants, 6),
    (t_group_notice, 2), (t_typos, 5), (t_city_mentions, 5),
    (t_intl_family, 16), (t_intl_payment, 10), (t_intl_clinical, 11), (t_intl_speaker, 8), (t_intl_signature, 8),
    (t_intl_lower, 5), (t_intl_caps_script, 5),
]


def transform(msg, how):
    if not how:
        return msg
    f = str.lower if how == "lower" else str.upper
    msg["text"] = f(msg["text"])
    for i in msg["identifiers"]:
        i["text"] = f(i["text"])
    msg["keep"] = [f(k) for k in msg["keep"]]
    # dedupe after case folding
    seen, ids = set(), []
    for i in msg["identifiers"]:
        if i["text"] not in seen:
            seen.add(i["text"])
            ids.append(i)
    msg["identifiers"] = ids
    msg["keep"] = list(dict.fromkeys(msg["keep"]))
    return msg


def make_template_message(fn):
    for _ in range(50):
        style, markup, how = fn()
        try:
            text, ids, keep = parse_markup(markup)
        except ValueError:
            continue
        msg = transform({"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}, how)
        if check_message(msg):
            continue
        if any(i["text"] != i["text"].strip() for i in msg["identifiers"]):
            continue
        return msg
    raise RuntimeError("could not make a clean message from %s" % fn.__name__)


def main():
    hand = read_hand(os.path.join(HERE, "hand"))
    for m in hand:
        m.pop("_file", None)
    fns = [f for f, w in TEMPLATES for _ in range(w)]
    R.shuffle(fns)
    while len(fns) < N_TEMPLATE:
        fns.append(pick([f for f, _ in TEMPLATES]))
    tmpl = [make_template_message(f) for f in fns[:N_TEMPLATE]]
    allm = hand + tmpl
    R.shuffle(allm)
    out_path = os.path.join(HERE, "handwritten_dev64.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for n, m in enumerate(allm):
            rec = {"id": "hd64-%03d" % n, "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d hand, %d template) to %s" % (len(allm), len(hand), len(tmpl), out_path))


if __name__ == "__main__":
    main()
