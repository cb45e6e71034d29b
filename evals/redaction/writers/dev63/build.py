"""Build handwritten_dev63.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup: see parse_hand.py / the header of hand/family.txt).
2. Fill the rest of the file from the templates below with Faker values (fixed seed), checking every generated
   message with validate.check_message plus an extra rule (every occurrence of an identifier text must sit inside
   a slot that was filled as an identifier); failed draws are redrawn.
3. Shuffle (fixed seed), number hd63-000.., write the jsonl.
Run: /work/main/.venv/bin/python build.py
"""
import json, random, re, string, sys, unicodedata
from collections import Counter
from faker import Faker

from parse_hand import parse_all
from validate import check_message, occurrences

SEED = 6363
TOTAL = 430
rng = random.Random(SEED)
Faker.seed(SEED)
LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
           "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR", "fil_PH", "en_CA"]
FK = {}
for n, loc in enumerate(LOCALES):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + n)
US = FK["en_US"]


def ch(seq):
    return rng.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ----------------------------------------------------------------------------------------------------------------
# keep-word pools (clinical words and look-alikes that must survive)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "losartan", "hydrochlorothiazide",
         "Xarelto", "Jardiance", "Ozempic", "Trulicity", "Lantus", "Humalog", "prednisone", "albuterol", "Spiriva",
         "Symbicort", "donepezil", "memantine", "carbidopa-levodopa", "tamsulosin", "omeprazole", "pantoprazole",
         "famotidine", "ondansetron", "furosemide", "spironolactone", "Entresto", "digoxin", "clopidogrel",
         "aspirin 81", "vitamin D", "fish oil", "magnesium", "turmeric", "Miralax", "senna", "trazodone", "quetiapine",
         "buspirone", "duloxetine", "escitalopram", "bupropion", "Narcan", "buprenorphine", "methadone", "tramadol",
         "hydrocodone", "morphine", "fentanyl patch", "lidocaine patch", "Voltaren gel", "allopurinol", "colchicine",
         "methotrexate", "Humira", "Keytruda", "Zofran", "Coumadin", "Plavix", "Synthroid", "Norvasc", "Seroquel",
         "Aricept", "Namenda", "Flomax", "insulin glargine", "Ensure", "potassium chloride", "metoprolol",
         "carvedilol", "diltiazem", "Tylenol", "ibuprofen", "naproxen", "cyclobenzaprine", "baclofen", "Suboxone"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "CHF", "type 2 diabetes", "hypertension", "CKD stage 4", "dementia", "macular degeneration", "glaucoma",
         "osteoporosis", "rheumatoid arthritis", "gout", "sleep apnea", "pneumonia", "UTI", "cellulitis", "shingles",
         "DVT", "pulmonary embolism", "stroke", "TIA", "neuropathy", "sciatica", "Lewy body dementia", "ALS",
         "multiple sclerosis", "lupus", "anemia", "hypothyroidism", "depression", "anxiety", "bipolar disorder",
         "breast cancer", "prostate cancer", "lymphoma", "colon cancer", "heart failure", "vertigo", "delirium",
         "pressure ulcer", "asthma", "hip fracture", "cataracts", "incontinence", "hyperkalemia", "hyponatremia"]
LABS = ["INR", "BMP", "CBC", "lipid panel", "TSH", "eGFR", "creatinine", "troponin", "BNP", "PSA", "urinalysis",
        "Hemoglobin A1c", "A1c", "sodium", "potassium", "vitamin B12", "ferritin", "chest x-ray", "echo", "EKG"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankle", "heel", "wrist", "chest", "abdomen", "lungs",
        "feet", "left foot", "right eye", "sacrum", "bladder", "kidneys", "throat", "stomach"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Kaiser", "Rite Aid", "Cleveland Clinic", "Medicaid", "Humana",
        "Aetna", "Blue Cross", "Costco Pharmacy", "Meals on Wheels", "AARP", "the VA", "Walmart Pharmacy",
        "Cigna", "UnitedHealthcare", "Visiting Nurse Service", "Hospice of the Valley"]
RELS_F = ["Mom", "Grandma", "Nana", "Mama", "Auntie", "Granny", "Abuela", "Mum"]
RELS_M = ["Dad", "Grandpa", "Papa", "Grandad", "Gramps", "Pop", "Abuelo"]
RELS = RELS_F + RELS_M
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "They'll", "It's", "Won't", "She's"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PHARMS = ["Walgreens", "CVS", "Rite Aid", "Costco Pharmacy", "Walmart Pharmacy", "Kroger Pharmacy", "the Kaiser pharmacy"]
AGENCIES = ["Visiting Nurse Service", "Hospice of the Valley", "Kaiser", "the home health agency", "Amedisys", "the VA"]
DRUG_COND = [("metformin", "type 2 diabetes"), ("amlodipine", "hypertension"), ("bisoprolol", "atrial fibrillation"),
             ("ramipril", "heart failure"), ("Xarelto", "atrial fibrillation"), ("Eliquis", "DVT"),
             ("levothyroxine", "hypothyroidism"), ("atorvastatin", "hypertriglyceridemia"), ("omeprazole", "GERD"),
             ("insulin", "type 2 diabetes"), ("warfarin", "atrial fibrillation"), ("allopurinol", "gout"),
             ("donepezil", "Alzheimer's"), ("Spiriva", "COPD"), ("carbidopa-levodopa", "Parkinson's"),
             ("sertraline", "depression"), ("lithium", "bipolar disorder"), ("buprenorphine", "opioid use disorder"),
             ("furosemide", "CHF"), ("alendronate", "osteoporosis")]
ROUTINE = ["metformin", "lisinopril", "Eliquis", "amlodipine", "Synthroid", "his vitamins", "Lasix 40", "atorvastatin",
           "tamsulosin", "Aricept", "donepezil", "metoprolol"]
SPECIALTIES = ["cardiology", "nephrology", "neurology", "oncology", "podiatry", "pulmonology", "urology",
               "endocrinology", "wound care", "physical therapy", "palliative care", "geriatrics", "audiology"]
SYMPTOMS = ["shortness of breath", "dizziness", "swelling in both legs", "poor appetite", "night sweats",
            "burning with urination", "chest tightness", "a new rash", "more confusion", "constipation",
            "nausea", "a cough that won't quit", "trouble sleeping", "leg cramps", "blurry vision"]
GROUPS = ["Morning Walk Group", "Tuesday Caregiver Circle", "Memory Cafe", "Heart Healthy Cooking Class",
          "Chair Yoga", "Grief Support Group", "Stroke Survivors Club"]

# ----------------------------------------------------------------------------------------------------------------
# names
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "King", "Stone", "Wood", "Lane", "Snow",
                 "Price", "Fox", "Hunter", "Gray", "Sharp", "Little", "Long", "Moody", "Bush", "Cook", "Baker", "Mason",
                 "Woods", "Banks", "Church", "Hall", "Marsh", "Rich", "Black", "White", "Green", "Cross", "Frost",
                 "Day", "Nash", "Field", "Brooks", "Summers", "Pierce", "Wise", "Chase", "Ward", "Rivers"]
WORD_FIRST = {"f": ["Hope", "Grace", "Faith", "Joy", "Rose", "Sunny", "Dawn", "Autumn", "Destiny", "Precious", "Ivy",
                    "Crystal", "Amber", "Summer", "Pat", "Honor"],
              "m": ["Will", "Hunter", "Rob", "Bill", "Ray", "Pat", "Sky", "Art", "Bud", "Chance", "King"]}
US_EXTRA_FIRST = {"f": ["Xiomara", "Guadalupe", "Nguyet", "Oksana", "Shaniqua", "Imani", "Yesenia", "Aaliyah",
                        "Fatoumata", "Lupita", "Marisol", "Rashida", "Trinh", "Keisha", "Ngozi"],
                  "m": ["DeShawn", "Tomasz", "Keanu", "Mateo", "Abdirahman", "Bao", "Tevita", "Giovanni", "Darnell",
                        "Ezekiel", "Emeka", "Jamal", "Dmitri", "Hamza"]}
US_EXTRA_LAST = ["Nguyen", "Okonkwo", "Garcia-Lopez", "Kowalczyk", "O'Brien", "McAllister", "Delacroix", "Yazzie",
                 "Begay", "Abdullahi", "Tran", "Vang", "Schwartz", "Ramirez", "Washington", "Jefferson", "Castillo",
                 "Haddad", "Papadopoulos", "Lindqvist", "DeLuca", "Tupou", "Kealoha", "Baptiste", "Mendoza"]


def us_first(g=None):
    g = g or ch("mf")
    r = rng.random()
    if r < 0.12:
        return ch(WORD_FIRST[g])
    if r < 0.25:
        return ch(US_EXTRA_FIRST[g])
    return US.first_name_male() if g == "m" else US.first_name_female()


def rel_word(g=None):
    """(relation word, gender)"""
    f = ["daughter", "wife", "niece", "sister", "granddaughter", "mother"]
    m = ["son", "husband", "nephew", "brother", "grandson"]
    g = g or ch("mf")
    return ch(f if g == "f" else m), g


def us_last():
    r = rng.random()
    if r < 0.22:
        return ch(WORD_SURNAMES)
    if r < 0.38:
        return ch(US_EXTRA_LAST)
    return US.last_name()


def us_full():
    r = rng.random()
    if r < 0.08:
        return f"{us_first()} {rng.choice(string.ascii_uppercase)}. {us_last()}"
    if r < 0.13:
        return f"{us_first()} {us_last()}-{us_last()}"
    return f"{us_first()} {us_last()}"


VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
VN_MID = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Đức", "Quang"]
VN_FIRST = ["An", "Bình", "Hoa", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Phúc", "Thảo", "Hải", "Linh"]


def intl_name(loc):
    if loc == "vi_VN":
        return f"{ch(VN_LAST)} {ch(VN_MID)} {ch(VN_FIRST)}"
    f = FK[loc]
    male = rng.random() < 0.5
    try:
        first = f.first_name_male() if male else f.first_name_female()
        last = f.last_name_male() if male else f.last_name_female()
    except AttributeError:
        first, last = f.first_name(), f.last_name()
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        sep = " " if (loc == "ja_JP" and rng.random() < 0.6) else ""
        return f"{last}{sep}{first}"
    if loc == "ru_RU" and rng.random() < 0.4:
        return f"{last} {first}"
    return f"{first} {last}"


def intl_first(loc):
    if loc == "vi_VN":
        return ch(VN_FIRST)
    return FK[loc].first_name()


# ----------------------------------------------------------------------------------------------------------------
# US phones
AREA = ["201", "205", "206", "210", "212", "213", "214", "216", "217", "248", "253", "267", "301", "302", "303",
        "304", "305", "312", "313", "314", "317", "318", "319", "402", "404", "405", "406", "410", "412", "414",
        "415", "419", "480", "501", "502", "503", "504", "505", "507", "509", "512", "513", "515", "601", "602",
        "603", "605", "608", "612", "614", "615", "617", "702", "704", "706", "713", "716", "718", "720", "732",
        "801", "803", "804", "808", "810", "813", "816", "843", "850", "860", "901", "907", "908", "910", "912",
        "915", "916", "919", "920", "937", "952", "971", "972", "978", "985"]


def us_phone(ext_ok=True):
    a = ch(AREA)
    ex = "555" if rng.random() < 0.55 else str(rng.randint(201, 989))
    line = ("01" + digits(2)) if ex == "555" else digits(4)
    fmts = [f"({a}) {ex}-{line}", f"{a}-{ex}-{line}", f"{a}.{ex}.{line}", f"{a}{ex}{line}", f"+1 {a} {ex} {line}",
            f"1-{a}-{ex}-{line}", f"{a} {ex} {line}", f"({a}){ex}-{line}", f"+1 ({a}) {ex}-{line}",
            f"001-{a}-{ex}-{line}", f"+1-{a}-{ex}-{line}", f"1 ({a}) {ex} {line}", f"{a}/{ex}-{line}"]
    w = [14, 14, 8, 5, 5, 4, 6, 3, 3, 2, 2, 2, 1]
    p = rng.choices(fmts, weights=w)[0]
    if ext_ok and rng.random() < 0.16:
        e = str(rng.randint(2, 9999))
        p += ch([f" x{e}", f" ext. {e}", f" ext {e}", f" extension {e}", f" x {e}", f" Ext. {e}", f",{e}"])
    return p


VANITY = ["FLOWERS", "PLUMBER", "HAULING", "ROOFING", "BAKE-PIE", "MOW-LAWN", "FIX-PIPE", "GET-TAXI", "CLEAN-IT",
          "TAX-HELP", "CAKE-NOW", "DOG-WALK", "MY-NAILS", "PAINTER", "LOCKSMITH"[:7]]


def vanity_phone():
    return f"1-{ch(['800', '888', '877', '866', '855'])}-{ch(VANITY)}"


# international phones: (country -> list of format builders)
def _d(n):
    return digits(n)


INTL_PHONE = {
    "GB": [lambda: f"+44 20 7946 0{_d(3)}", lambda: f"020 7946 0{_d(3)}", lambda: f"+44 7700 900{_d(3)}",
           lambda: f"07700 900{_d(3)}", lambda: f"0161 496 0{_d(3)}", lambda: f"+44 (0)113 496 0{_d(3)}"],
    "DE": [lambda: f"+49 30 {_d(7)}", lambda: f"030 {_d(8)}", lambda: f"+49 (0)89 {_d(3)} {_d(4)}",
           lambda: f"0171 {_d(7)}", lambda: f"+49 1512 {_d(7)}", lambda: f"040 / {_d(3)} {_d(2)} {_d(2)}"],
    "FR": [lambda: f"+33 1 {_d(2)} {_d(2)} {_d(2)} {_d(2)}", lambda: f"01 {_d(2)} {_d(2)} {_d(2)} {_d(2)}",
           lambda: f"06 {_d(2)} {_d(2)} {_d(2)} {_d(2)}", lambda: f"+33 6 {_d(2)} {_d(2)} {_d(2)} {_d(2)}",
           lambda: f"04.{_d(2)}.{_d(2)}.{_d(2)}.{_d(2)}"],
    "MX": [lambda: f"+52 55 {_d(4)} {_d(4)}", lambda: f"55 {_d(4)} {_d(4)}", lambda: f"+52 1 33 {_d(4)} {_d(4)}",
           lambda: f"(81) {_d(4)}-{_d(4)}", lambda: f"+52 (664) {_d(3)} {_d(4)}"],
    "IN": [lambda: f"+91 98{_d(3)} {_d(5)}", lambda: f"+91-9{_d(9)}", lambda: f"09{_d(3)} {_d(5)}",
           lambda: f"022 {_d(4)} {_d(4)}", lambda: f"+91 80 {_d(4)} {_d(4)}"],
    "JP": [lambda: f"+81 3-{_d(4)}-{_d(4)}", lambda: f"03-{_d(4)}-{_d(4)}", lambda: f"090-{_d(4)}-{_d(4)}",
           lambda: f"+81 90-{_d(4)}-{_d(4)}", lambda: f"06-{_d(4)}-{_d(4)}", lambda: f"080 {_d(4)} {_d(4)}"],
    "ES": [lambda: f"+34 6{_d(2)} {_d(2)} {_d(2)} {_d(2)}", lambda: f"91 {_d(3)} {_d(2)} {_d(2)}",
           lambda: f"+34 93 {_d(3)} {_d(2)} {_d(2)}", lambda: f"6{_d(2)} {_d(3)} {_d(3)}"],
    "IT": [lambda: f"+39 06 {_d(4)} {_d(4)}", lambda: f"+39 3{_d(2)} {_d(3)} {_d(4)}", lambda: f"02 {_d(4)} {_d(4)}",
           lambda: f"3{_d(2)} {_d(7)}"],
    "BR": [lambda: f"+55 11 9{_d(4)}-{_d(4)}", lambda: f"(21) 9{_d(4)}-{_d(4)}", lambda: f"+55 21 {_d(4)}-{_d(4)}",
           lambda: f"(31) 3{_d(3)}-{_d(4)}"],
    "NL": [lambda: f"+31 6 {_d(8)}", lambda: f"06-{_d(8)}", lambda: f"020 {_d(3)} {_d(4)}",
           lambda: f"+31 (0)10 {_d(3)} {_d(4)}"],
    "PL": [lambda: f"+48 {_d(3)} {_d(3)} {_d(3)}", lambda: f"5{_d(2)} {_d(3)} {_d(3)}",
           lambda: f"+48 22 {_d(3)} {_d(2)} {_d(2)}"],
    "CN": [lambda: f"+86 13{_d(1)} {_d(4)} {_d(4)}", lambda: f"13{_d(9)}", lambda: f"010-{_d(8)}",
           lambda: f"+86 21 {_d(4)} {_d(4)}"],
    "KR": [lambda: f"+82 10-{_d(4)}-{_d(4)}", lambda: f"010-{_d(4)}-{_d(4)}", lambda: f"02-{_d(3)}-{_d(4)}",
           lambda: f"+82 2 {_d(4)} {_d(4)}"],
    "SA": [lambda: f"+966 5{_d(1)} {_d(3)} {_d(4)}", lambda: f"05{_d(1)} {_d(3)} {_d(4)}",
           lambda: f"+966 11 {_d(3)} {_d(4)}"],
    "RU": [lambda: f"+7 495 {_d(3)}-{_d(2)}-{_d(2)}", lambda: f"8 (916) {_d(3)}-{_d(2)}-{_d(2)}",
           lambda: f"+7 9{_d(2)} {_d(3)} {_d(2)} {_d(2)}"],
    "TR": [lambda: f"+90 5{_d(2)} {_d(3)} {_d(2)} {_d(2)}", lambda: f"0 (212) {_d(3)} {_d(2)} {_d(2)}",
           lambda: f"05{_d(2)} {_d(3)} {_d(4)}"],
    "VN": [lambda: f"+84 9{_d(1)} {_d(3)} {_d(2)} {_d(2)}", lambda: f"09{_d(1)} {_d(3)} {_d(4)}",
           lambda: f"028 {_d(4)} {_d(4)}"],
    "PH": [lambda: f"+63 9{_d(2)} {_d(3)} {_d(4)}", lambda: f"09{_d(2)} {_d(3)} {_d(4)}",
           lambda: f"(02) 8{_d(3)} {_d(4)}"],
    "CA": [lambda: f"+1 604 555 01{_d(2)}", lambda: f"(416) 555-01{_d(2)}"],
}


def intl_phone(cc):
    return ch(INTL_PHONE[cc])()


# ----------------------------------------------------------------------------------------------------------------
# US locations
US_CITIES = [("Springfield", "IL", "Illinois", "627"), ("Columbus", "OH", "Ohio", "432"),
             ("Tucson", "AZ", "Arizona", "857"), ("Albany", "NY", "New York", "122"),
             ("Fresno", "CA", "California", "937"), ("Macon", "GA", "Georgia", "312"),
             ("Tacoma", "WA", "Washington", "984"), ("Omaha", "NE", "Nebraska", "681"),
             ("Mobile", "AL", "Alabama", "366"), ("Boise", "ID", "Idaho", "837"), ("Reno", "NV", "Nevada", "895"),
             ("Wichita", "KS", "Kansas", "672"), ("Lansing", "MI", "Michigan", "489"), ("Toledo", "OH", "Ohio", "436"),
             ("Provo", "UT", "Utah", "846"), ("Durham", "NC", "North Carolina", "277"),
             ("El Paso", "TX", "Texas", "799"), ("San Antonio", "TX", "Texas", "782"),
             ("Baton Rouge", "LA", "Louisiana", "708"), ("Shreveport", "LA", "Louisiana", "711"),
             ("Knoxville", "TN", "Tennessee", "379"), ("Louisville", "KY", "Kentucky", "402"),
             ("Richmond", "VA", "Virginia", "232"), ("Worcester", "MA", "Massachusetts", "016"),
             ("Providence", "RI", "Rhode Island", "029"), ("Bangor", "ME", "Maine", "044"),
             ("Burlington", "VT", "Vermont", "054"), ("Scranton", "PA", "Pennsylvania", "185"),
             ("Pittsburgh", "PA", "Pennsylvania", "152"), ("Camden", "NJ", "New Jersey", "081"),
             ("Yonkers", "NY", "New York", "107"), ("Bridgeport", "CT", "Connecticut", "066"),
             ("Fargo", "ND", "North Dakota", "581"), ("Sioux Falls", "SD", "South Dakota", "571"),
             ("Billings", "MT", "Montana", "591"), ("Cheyenne", "WY", "Wyoming", "820"),
             ("Santa Fe", "NM", "New Mexico", "875"), ("Anchorage", "AK", "Alaska", "995"),
             ("Hilo", "HI", "Hawaii", "967"), ("Eugene", "OR", "Oregon", "974"), ("Stockton", "CA", "California", "952"),
             ("Riverside", "CA", "California", "925"), ("Chula Vista", "CA", "California", "919"),
             ("Aurora", "CO", "Colorado", "800"), ("Pueblo", "CO", "Colorado", "810"), ("Lubbock", "TX", "Texas", "794"),
             ("Laredo", "TX", "Texas", "780"), ("Gainesville", "FL", "Florida", "326"), ("Ocala", "FL", "Florida", "344"),
             ("Hialeah", "FL", "Florida", "330"), ("Savannah", "GA", "Georgia", "314"),
             ("Charleston", "SC", "South Carolina", "294"), ("Greenville", "SC", "South Carolina", "296"),
             ("Jackson", "MS", "Mississippi", "392"), ("Little Rock", "AR", "Arkansas", "722"),
             ("Tulsa", "OK", "Oklahoma", "741"), ("Des Moines", "IA", "Iowa", "503"),
             ("Madison", "WI", "Wisconsin", "537"), ("Green Bay", "WI", "Wisconsin", "543"),
             ("Rochester", "MN", "Minnesota", "559"), ("Peoria", "IL", "Illinois", "616"),
             ("Fort Wayne", "IN", "Indiana", "468"), ("Dayton", "OH", "Ohio", "454"), ("Flint", "MI", "Michigan", "485"),
             ("Wilmington", "DE", "Delaware", "198"), ("Baltimore", "MD", "Maryland", "212"),
             ("Norfolk", "VA", "Virginia", "235"), ("Huntington", "WV", "West Virginia", "257"),
             ("Chattanooga", "TN", "Tennessee", "374"), ("Lexington", "KY", "Kentucky", "405"),
             ("St. Louis", "MO", "Missouri", "631"), ("Kansas City", "MO", "Missouri", "641"),
             ("Brownsville", "TX", "Texas", "785"), ("Yuma", "AZ", "Arizona", "853"),
             ("Bakersfield", "CA", "California", "933"), ("Salem", "OR", "Oregon", "973"), ("Ogden", "UT", "Utah", "844"),
             ("Manchester", "NH", "New Hampshire", "031"), ("Lowell", "MA", "Massachusetts", "018"),
             ("Cedar Rapids", "IA", "Iowa", "524"), ("Joplin", "MO", "Missouri", "648"), ("Bismarck", "ND", "North Dakota", "585")]
STREET_BASE = ["Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Lake", "Main", "2nd", "3rd", "14th", "Park",
               "Martin Luther King Jr", "Jefferson", "Sunset", "Ridge", "Meadow", "Willow", "Highland", "Church",
               "Mill", "Spring", "River", "Fairview", "Pleasant", "Broadway", "Old Mill", "Magnolia", "Pecan",
               "Cherry", "Walnut", "Hickory", "Dogwood", "Chestnut", "Franklin", "Madison", "Adams", "Jackson",
               "Forest", "Valley", "Canyon", "Mesa", "Prairie", "Lakeview", "Hillcrest", "Country Club", "Orchard",
               "Sycamore", "Birch", "Poplar", "Cypress", "Palmetto", "Bluebonnet", "Mockingbird", "Peachtree",
               "Santa Rosa", "El Camino", "Kamehameha", "Cottonwood", "Aspen", "Juniper", "Harbor", "Bay", "Shore"]
STREET_SUF = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
              "Ct", "Cir", "Way", "Pl", "Pkwy", "Ter", "Trl", "Hwy"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "West"]


def us_street():
    num = ch([str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 9999)),
              str(rng.randint(10000, 29999)), str(rng.randint(100, 9999))])
    base = ch(STREET_BASE)
    suf = ch(STREET_SUF)
    pre = (ch(DIRS) + " ") if rng.random() < 0.2 else ""
    return f"{num} {pre}{base} {suf}"


def us_unit():
    return ch([f"Apt {rng.randint(1, 40)}{ch('ABCDEF')}", f"Apt. {rng.randint(1, 999)}", f"Suite {rng.randint(100, 950)}",
               f"Ste {rng.randint(100, 500)}", f"#{rng.randint(1, 60)}", f"Unit {rng.randint(1, 30)}",
               f"Apt #{rng.randint(1, 9)}{ch('ABC')}", f"Lot {rng.randint(1, 120)}", f"Bldg {rng.randint(1, 9)} Apt {rng.randint(101, 420)}",
               f"Fl {rng.randint(2, 5)}", f"Rm {rng.randint(100, 330)}"])


def us_zip(prefix, plus4=None):
    z = prefix + digits(2)
    if plus4 is None:
        plus4 = rng.random() < 0.2
    if plus4:
        z += "-" + digits(4)
    return z


def us_address(kind=None):
    """Returns (address_text). kind: 'full','multi','nocomma','state_name','pobox','rr','military','lower','caps'."""
    city, st, state, zp = ch(US_CITIES)
    unit = us_unit() if rng.random() < 0.45 else ""
    street = us_street()
    z = us_zip(zp)
    kind = kind or rng.choices(["full", "multi", "nocomma", "state_name", "pobox", "rr", "military"],
                               weights=[36, 18, 12, 8, 10, 7, 9])[0]
    if kind == "full":
        sep = ch([", ", " "])
        return f"{street}{(', ' + unit) if unit and sep == ', ' else (' ' + unit if unit else '')}, {city}, {st} {z}"
    if kind == "multi":
        if unit and rng.random() < 0.5:
            return f"{street}\n{unit}\n{city}, {st} {z}"
        return f"{street}{(' ' + unit) if unit else ''}\n{city}, {st} {z}"
    if kind == "nocomma":
        return f"{street}{(' ' + unit) if unit else ''} {city} {st} {z}"
    if kind == "state_name":
        return f"{street}{(', ' + unit) if unit else ''}, {city}, {state} {z}"
    if kind == "pobox":
        box = ch([f"PO Box {rng.randint(10, 99999)}", f"P.O. Box {rng.randint(10, 9999)}", f"P O Box {rng.randint(10, 999)}",
                  f"Post Office Box {rng.randint(10, 9999)}"])
        return ch([f"{box}, {city}, {st} {z}", f"{box}\n{city}, {st} {z}", f"{box} {city} {st} {z}"])
    if kind == "rr":
        r = ch([f"RR {rng.randint(1, 9)} Box {rng.randint(1, 300)}", f"Rural Route {rng.randint(1, 9)}, Box {rng.randint(1, 300)}{ch(['', 'A', 'B'])}",
                f"HC {rng.randint(30, 80)} Box {rng.randint(1, 999)}", f"RR {rng.randint(1, 5)}, Box {rng.randint(1, 99)}"])
        return ch([f"{r}, {city}, {st} {z}", f"{r}\n{city} {st} {z}"])
    if kind == "military":
        code = ch(["APO", "FPO", "DPO"])
        aa = ch(["AE", "AE", "AP", "AA"])
        mz = {"AE": "09", "AP": "96", "AA": "340"}[aa]
        mz = mz + digits(5 - len(mz))
        head = ch([f"PSC {rng.randint(1, 9999)}, Box {rng.randint(1, 9999)}", f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 9999)}",
                   f"CMR {rng.randint(100, 999)} Box {rng.randint(1, 9999)}", f"PSC {rng.randint(100, 999)} Box {rng.randint(10, 999)}"])
        sep = ch([", ", "\n", " "])
        return f"{head}{sep}{code} {aa} {mz}"
    raise ValueError(kind)


def us_city_state():
    city, st, state, zp = ch(US_CITIES)
    return ch([f"{city}, {st}", f"{city}, {state}", f"{city} {st}", f"{city}, {st} {us_zip(zp, False)}"])


def us_city():
    return ch(US_CITIES)[0]


# ----------------------------------------------------------------------------------------------------------------
# international locations
UK_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"),
            ("Leicester", "LE"), ("Norwich", "NR"), ("Sheffield", "S"), ("Brighton", "BN"), ("Belfast", "BT"),
            ("Swansea", "SA"), ("York", "YO"), ("Plymouth", "PL"), ("Aberdeen", "AB"), ("London", "SE")]
UK_STREETS = ["Victoria Road", "Station Road", "Church Lane", "Mill Lane", "Albert Street", "Queens Drive",
              "Park Avenue", "Kingsway", "Chapel Street", "Brook Close", "The Crescent", "Manor Way", "Highfield Road"]


def uk_postcode(area):
    L = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{ch(L)}{ch(L)}"


CA_CITIES = [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
             ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Montréal", "QC", "H"), ("Regina", "SK", "S")]


def ca_postal(first):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{first}{rng.randint(1, 9)}{ch(L)} {rng.randint(1, 9)}{ch(L)}{rng.randint(1, 9)}"


DE_CITIES = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"),
             ("Dresden", "01"), ("Stuttgart", "70"), ("Bremen", "28"), ("Nürnberg", "90"), ("Hannover", "30")]
FR_CITIES = [("Paris", "750"), ("Lyon", "690"), ("Marseille", "130"), ("Toulouse", "310"), ("Lille", "590"),
             ("Nantes", "440"), ("Bordeaux", "330"), ("Rennes", "350"), ("Nice", "060")]
ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Sevilla", "41"), ("Valencia", "46"), ("Zaragoza", "50"),
             ("Málaga", "29"), ("Bilbao", "48")]
IT_CITIES = [("Roma", "001", "RM"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
             ("Palermo", "901", "PA"), ("Bologna", "401", "BO"), ("Firenze", "501", "FI")]
MX_CITIES = [("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"), ("Puebla", "Pue.", "72"),
             ("Ciudad de México", "CDMX", "06"), ("Mérida", "Yuc.", "97"), ("Tijuana", "B.C.", "22"),
             ("Oaxaca de Juárez", "Oax.", "68")]
MX_COL = ["Centro", "Del Valle", "Roma Norte", "Jardines del Bosque", "Las Águilas", "San Benito", "Obrera"]
MX_STREETS = ["Av. Juárez", "Calle Morelos", "Av. Revolución", "Calle 5 de Mayo", "Calle Hidalgo", "Av. Vallarta",
              "Calle Allende", "Privada Los Pinos"]
BR_CITIES = [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "20"), ("Belo Horizonte", "MG", "30"),
             ("Salvador", "BA", "40"), ("Recife", "PE", "50"), ("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90")]
BR_STREETS = ["Rua das Flores", "Av. Paulista", "Rua Sete de Setembro", "Rua Barão de Itapetininga",
              "Av. Afonso Pena", "Rua XV de Novembro", "Travessa São José"]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Haarlem"]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6"), ("Lublin", "2")]
IN_CITIES = [("Pune", "411"), ("Chennai", "600"), ("Hyderabad", "500"), ("Jaipur", "302"), ("Lucknow", "226"),
             ("Kochi", "682"), ("Ahmedabad", "380"), ("New Delhi", "110"), ("Mumbai", "400")]
IN_AREAS = ["Koregaon Park", "Anna Nagar", "Banjara Hills", "Malviya Nagar", "Gomti Nagar", "Kakkanad",
            "Navrangpura", "Lajpat Nagar", "Andheri East", "Shivaji Nagar"]
TR_CITIES = [("İstanbul", "Kadıköy", "34"), ("Ankara", "Çankaya", "06"), ("İzmir", "Karşıyaka", "35"),
             ("Bursa", "Nilüfer", "16")]
PH_CITIES = ["Quezon City", "Makati", "Pasig", "Cebu City", "Davao City", "Caloocan"]
JP_ROMAN = [("Shibuya-ku, Tokyo", "150"), ("Kita-ku, Osaka", "530"), ("Naka-ku, Yokohama", "231"),
            ("Chuo-ku, Sapporo", "060"), ("Sakyo-ku, Kyoto", "606")]
SA_CITIES = [("Riyadh", "الرياض"), ("Jeddah", "جدة"), ("Dammam", "الدمام"), ("Mecca", "مكة المكرمة")]
NONLATIN_CITIES = {"JP": ["東京", "大阪", "名古屋", "福岡", "札幌", "横浜"], "CN": ["北京", "上海", "广州", "成都", "深圳", "杭州"],
                   "KR": ["서울", "부산", "대구", "인천", "광주"], "RU": ["Москва", "Санкт-Петербург", "Казань", "Екатеринбург"],
                   "SA": ["الرياض", "جدة", "الدمام"], "IN": ["दिल्ली", "मुंबई", "जयपुर"], "GR": ["Αθήνα", "Θεσσαλονίκη"]}


def intl_address(cc):
    n = rng.randint(1, 220)
    if cc == "GB":
        town, area = ch(UK_TOWNS)
        flat = ch(["", f"Flat {rng.randint(1, 24)}, ", f"{rng.randint(1, 9)}{ch('ABC')} "])
        pc = uk_postcode(area)
        return ch([f"{flat}{n} {ch(UK_STREETS)}, {town} {pc}", f"{flat}{n} {ch(UK_STREETS)}\n{town}\n{pc}",
                   f"{n} {ch(UK_STREETS)}, {town}, {pc}"])
    if cc == "CA":
        city, prov, first = ch(CA_CITIES)
        return ch([f"{n} {ch(STREET_BASE)} {ch(['St', 'Ave', 'Rd', 'Cres'])}, {city}, {prov} {ca_postal(first)}",
                   f"{rng.randint(100, 2500)}-{n} {ch(STREET_BASE)} St\n{city} {prov} {ca_postal(first)}"])
    if cc == "DE":
        city, pre = ch(DE_CITIES)
        street = FK["de_DE"].street_name()
        return ch([f"{street} {n}, {pre}{digits(3)} {city}", f"{street} {n}\n{pre}{digits(3)} {city}",
                   f"{street} {n}{ch(['a', 'b', ''])}, D-{pre}{digits(3)} {city}"])
    if cc == "FR":
        city, pre = ch(FR_CITIES)
        street = FK["fr_FR"].street_name()
        return ch([f"{n}, {street}, {pre}{digits(2)} {city}", f"{n} {street}\n{pre}{digits(2)} {city}",
                   f"{n} bis {street}, {pre}{digits(2)} {city.upper()}"])
    if cc == "ES":
        city, pre = ch(ES_CITIES)
        street = FK["es_ES"].street_name()
        return ch([f"{street} {n}, {rng.randint(1, 8)}º {ch('ABCD')}, {pre}{digits(3)} {city}",
                   f"{street}, {n}\n{pre}{digits(3)} {city}"])
    if cc == "IT":
        city, pre, prov = ch(IT_CITIES)
        street = FK["it_IT"].street_name()
        return ch([f"{street} {n}, {pre}{digits(2)} {city} ({prov})", f"{street}, {n}\n{pre}{digits(2)} {city} {prov}"])
    if cc == "MX":
        city, state, pre = ch(MX_CITIES)
        return ch([f"{ch(MX_STREETS)} {n}, Col. {ch(MX_COL)}, C.P. {pre}{digits(3)}, {city}, {state}",
                   f"{ch(MX_STREETS)} #{n} int. {rng.randint(1, 12)}\nCol. {ch(MX_COL)}\n{pre}{digits(3)} {city}, {state}"])
    if cc == "BR":
        city, uf, pre = ch(BR_CITIES)
        return ch([f"{ch(BR_STREETS)}, {n} - apto {rng.randint(11, 154)}, {city} - {uf}, {pre}{digits(3)}-{digits(3)}",
                   f"{ch(BR_STREETS)}, {n}\n{city}/{uf}\nCEP {pre}{digits(3)}-{digits(3)}"])
    if cc == "NL":
        street = FK["nl_NL"].street_name()
        return f"{street} {n}, {rng.randint(1000, 9999)} {ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)} {ch(NL_CITIES)}"
    if cc == "PL":
        city, pre = ch(PL_CITIES)
        street = FK["pl_PL"].street_name()
        return ch([f"ul. {street} {n}/{rng.randint(1, 60)}, {pre}{digits(1)}-{digits(3)} {city}",
                   f"ul. {street} {n}\n{pre}{digits(1)}-{digits(3)} {city}"])
    if cc == "JP":
        if rng.random() < 0.6:
            return f"〒{digits(3)}-{digits(4)} {FK['ja_JP'].address()}"
        area, pre = ch(JP_ROMAN)
        return f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {ch(['Jingumae', 'Umeda', 'Motomachi', 'Kita 3-jo', 'Shimogamo'])}, {area} {pre}-{digits(4)}"
    if cc == "CN":
        return FK["zh_CN"].address()
    if cc == "KR":
        return FK["ko_KR"].address()
    if cc == "RU":
        return FK["ru_RU"].address()
    if cc == "IN":
        city, pre = ch(IN_CITIES)
        return ch([f"Flat {rng.randint(101, 1204)}, {ch(['Sai Residency', 'Green Park Apartments', 'Shanti Niwas', 'Lotus Towers'])}, {ch(IN_AREAS)}, {city} - {pre}{digits(3)}",
                   f"H.No. {rng.randint(1, 40)}-{rng.randint(1, 300)}, {ch(IN_AREAS)}\n{city} {pre} {digits(3)}"])
    if cc == "TR":
        city, dist, pre = ch(TR_CITIES)
        return f"{ch(['Atatürk', 'Cumhuriyet', 'Bağdat', 'İnönü'])} Cad. No: {n} D: {rng.randint(1, 20)}, {pre}{digits(3)} {dist}/{city}"
    if cc == "VN":
        return f"{n} {ch(['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng'])}, Phường {rng.randint(1, 15)}, Quận {rng.randint(1, 12)}, TP. Hồ Chí Minh"
    if cc == "PH":
        return f"{n} {ch(['Rizal St.', 'Mabini St.', 'Bonifacio Ave.', 'Quezon Ave.'])}, Brgy. {ch(['San Roque', 'Poblacion', 'Santo Niño', 'Bagong Silang'])}, {ch(PH_CITIES)} {rng.randint(1000, 6000)}"
    if cc == "SA":
        en, ar = ch(SA_CITIES)
        return ch([f"{rng.randint(1000, 9999)} King Fahd Rd, Al Olaya, {en} {rng.randint(11000, 14000)}",
                   f"حي {ch(['العليا', 'النسيم', 'الروضة'])}، {ar} {rng.randint(11000, 14000)}"])
    raise ValueError(cc)


def intl_city(cc):
    if cc in NONLATIN_CITIES and rng.random() < 0.6:
        return ch(NONLATIN_CITIES[cc])
    table = {"GB": [t for t, _ in UK_TOWNS], "CA": [c for c, _, _ in CA_CITIES], "DE": [c for c, _ in DE_CITIES],
             "FR": [c for c, _ in FR_CITIES], "ES": [c for c, _ in ES_CITIES], "IT": [c for c, _, _ in IT_CITIES],
             "MX": [c for c, _, _ in MX_CITIES], "BR": [c for c, _, _ in BR_CITIES], "NL": NL_CITIES,
             "PL": [c for c, _ in PL_CITIES], "IN": [c for c, _ in IN_CITIES], "TR": [c for c, _, _ in TR_CITIES],
             "PH": PH_CITIES, "SA": [e for e, _ in SA_CITIES], "JP": ["Osaka", "Kyoto", "Sapporo", "Fukuoka"],
             "CN": ["Chengdu", "Guangzhou", "Hangzhou"], "KR": ["Busan", "Daegu", "Incheon"],
             "RU": ["Novosibirsk", "Kazan", "Samara"], "VN": ["Hà Nội", "Đà Nẵng", "Huế"]}
    return ch(table[cc])


# ----------------------------------------------------------------------------------------------------------------
# numbers: SSN, MRN, DOB, accounts
def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return ch([f"{a:03d}-{g:02d}-{s:04d}"] * 4 + [f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"])


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a, n = MBI_ALPHA, string.digits
    an = a + n
    s = [ch("123456789"), ch(a), ch(an), ch(n), ch(a), ch(an), ch(n), ch(a), ch(a), ch(n), ch(n)]
    s = "".join(s)
    return s if rng.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def mrn():
    """returns (label, value)"""
    kind = rng.choices(["mrn", "chart", "member", "medicare", "medicaid", "bare"], weights=[30, 12, 18, 16, 10, 8])[0]
    if kind == "mrn":
        v = ch([digits(8), "00" + digits(6), f"{ch('ABEKMZ')}{digits(7)}", f"{digits(3)}-{digits(3)}-{digits(3)}",
                f"{ch(['MR', 'HX', 'SJ'])}-{digits(6)}", digits(10)])
        return ch(["MRN", "MRN:", "MRN#", "mrn", "Med Rec #", "MR#"]), v
    if kind == "chart":
        return ch(["chart #", "Chart No.", "chart", "chart number"]), ch([digits(6), f"C{digits(7)}", f"{digits(2)}-{digits(5)}"])
    if kind == "member":
        pre = "".join(ch(string.ascii_uppercase) for _ in range(3))
        return ch(["member ID", "Member ID:", "member id", "Member #", "ID#"]), ch([f"{pre}{digits(9)}", f"{pre}-{digits(8)}-0{rng.randint(1, 4)}", f"W{digits(9)}", f"{digits(9)}{ch('AB')}"])
    if kind == "medicare":
        return ch(["Medicare #", "Medicare ID", "MBI", "medicare number", "Medicare:"]), mbi()
    if kind == "medicaid":
        return ch(["Medicaid ID", "Medicaid #", "medicaid"]), ch([f"{digits(8)}{ch('ABCDE')}", f"{ch(['TX', 'NY', 'CA', 'FL', 'OH'])}{digits(10)}", digits(12)])
    return "", ch([f"{digits(2)}-{digits(6)}", f"E{digits(8)}", digits(7)])


def rand_date(y0=1928, y1=1975):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def dob(us=True, y0=1928, y1=1975):
    y, m, d = rand_date(y0, y1)
    mon = MONTHS[m - 1]
    if us:
        return rng.choices([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m:02d}-{d:02d}-{y}",
                            f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{mon[:3]}. {d}, {y}",
                            f"{d} {mon} {y}", f"{m}.{d}.{y}", f"{mon} {d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} {y}"],
                           weights=[24, 18, 8, 8, 12, 6, 6, 4, 3, 3, 3])[0]
    return ch([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon[:3]} {y}",
               f"{d}/{m}/{y}"])


def dob_cjk():
    y, m, d = rand_date()
    return ch([f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y}년 {m}월 {d}일"])


IBAN_SPEC = {"DE": lambda: digits(18), "GB": lambda: "".join(ch(string.ascii_uppercase) for _ in range(4)) + digits(14),
             "FR": lambda: digits(23), "ES": lambda: digits(20), "NL": lambda: ch(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(10),
             "IT": lambda: ch(string.ascii_uppercase) + digits(22), "PL": lambda: digits(24), "TR": lambda: digits(5) + "0" + digits(16),
             "SA": lambda: digits(20), "BR": lambda: digits(23) + "C1", "PT": lambda: digits(21), "BE": lambda: digits(12),
             "CH": lambda: digits(17), "IE": lambda: ch(["AIBK", "BOFI"]) + digits(14), "AT": lambda: digits(16),
             "MX": None}


def iban(cc):
    bban = IBAN_SPEC[cc]()
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    ck = 98 - num % 97
    raw = f"{cc}{ck:02d}{bban}"
    style = rng.random()
    if style < 0.5:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    else:
        out = raw
    if rng.random() < 0.15:
        out = out.lower()
    return out


def luhn_complete(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def card():
    kind = ch(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        num = luhn_complete(ch(["34", "37"]) + digits(12))
    elif kind == "visa":
        num = luhn_complete("4" + digits(14))
    elif kind == "mc":
        pre = ch(["51", "52", "53", "54", "55", "2221"])
        num = luhn_complete(pre + digits(15 - len(pre)))
    else:
        num = luhn_complete("6011" + digits(11))
    if rng.random() < 0.15:  # not Luhn-valid (typo'd numbers still count)
        last = int(num[-1])
        num = num[:-1] + str((last + rng.randint(1, 9)) % 10)
    if len(num) == 15:
        fmt = ch([num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    else:
        fmt = ch([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4))])
    label = {"visa": ["visa", "Visa", "VISA", "card", "credit card", "cc"], "mc": ["mastercard", "MC", "card", "credit card", "cc", "debit card"],
             "amex": ["amex", "AmEx", "card", "credit card"], "disc": ["discover", "Discover card", "card", "cc"]}[kind]
    return ch(label), fmt


def aba():
    while True:
        d = [rng.choice([0, 1, 2, 3]), rng.randint(0, 9)] + [rng.randint(0, 9) for _ in range(6)]
        if d[0] == 3 and d[1] > 2:
            continue
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def bank_acct():
    return ch([digits(10), digits(12), digits(9), f"{digits(4)} {digits(4)} {digits(2)}", f"{digits(3)}-{digits(6)}", "000" + digits(7)])


# ----------------------------------------------------------------------------------------------------------------
# emails and URLs
FREE = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net", "att.net",
        "sbcglobal.net", "verizon.net", "protonmail.com", "me.com", "msn.com", "bellsouth.net", "charter.net"]
INTL_DOM = {"GB": ["btinternet.com", "yahoo.co.uk", "sky.com"], "DE": ["gmx.de", "web.de", "t-online.de"],
            "FR": ["orange.fr", "free.fr", "laposte.net"], "IT": ["libero.it", "virgilio.it"],
            "ES": ["telefonica.net", "yahoo.es"], "BR": ["uol.com.br", "bol.com.br"], "MX": ["prodigy.net.mx", "hotmail.com"],
            "PL": ["wp.pl", "onet.pl", "o2.pl"], "NL": ["ziggo.nl", "kpnmail.nl"], "JP": ["docomo.ne.jp", "yahoo.co.jp"],
            "CN": ["qq.com", "163.com"], "KR": ["naver.com", "daum.net"], "IN": ["rediffmail.com", "gmail.com"],
            "RU": ["mail.ru", "yandex.ru"], "TR": ["hotmail.com.tr", "gmail.com"], "SA": ["gmail.com", "hotmail.com"],
            "VN": ["gmail.com", "yahoo.com.vn"], "PH": ["yahoo.com.ph", "gmail.com"], "CA": ["rogers.com", "shaw.ca"]}

def slug(s):
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def email_for(first, last, cc=None):
    f, l = slug(first) or "mail", slug(last) or "home"
    dom = ch(INTL_DOM[cc]) if cc else ch(FREE)
    user = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}{rng.randint(40, 99)}",
               f"{f[0]}.{l}{rng.randint(1, 9)}", f"{ch(['nana', 'papa', 'grandma', 'bubbe', 'mimi', 'gigi'])}{l}", f"{l}family"])
    return f"{user}@{dom}"


def work_email(first, last, org_dom):
    return f"{ch([slug(first)[0] + slug(last), slug(first) + '.' + slug(last), slug(first)])}@{org_dom}"


ORG_DOMAINS = ["brightsidehomecare.com", "valleyhospice.org", "riverbendclinic.org", "northstarhealth.net",
               "gentlehandscare.com", "cornerstonepeds.com", "lakesidemed.org", "summitrehab.com", "carewise-agency.com"]


def url_for(first, last, kind=None):
    f, l = slug(first), slug(last)
    kinds = {
        "caring": [f"https://www.caringbridge.org/visit/{f}{l}", f"www.caringbridge.org/site/{f}-{l}", f"caringbridge.org/visit/{f}{l}{rng.randint(1, 9)}"],
        "fund": [f"https://gofund.me/{digits(8)}", f"https://www.gofundme.com/f/help-{f}-{l}", f"gofundme.com/f/{f}s-recovery",
                 f"https://www.gofundme.com/f/{f}-{l}-medical-fund"],
        "meal": [f"https://mealtrain.com/trains/{f}{l}", f"lotsahelpinghands.com/c/{digits(6)}", f"www.takethemameal.com/{f}{l}",
                 f"https://www.mealtrain.com/{digits(6)}"],
        "blog": [f"https://{f}{l}.blogspot.com", f"{f}{l}.wordpress.com", f"https://sites.google.com/view/{f}-{l}-care",
                 f"https://{f}and{ch(['mom', 'dad', 'nana', 'papa'])}.substack.com"],
        "site": [f"https://{f}{l}.com", f"www.{f}{l}.net", f"https://www.linkedin.com/in/{f}-{l}-{digits(3)}", f"linkedin.com/in/{f}{l}"],
        "social": [f"facebook.com/{f}.{l}", f"https://www.facebook.com/{f}.{l}.{rng.randint(1, 99)}", f"instagram.com/{f}_{l}",
                   f"https://x.com/{f}{l[:4]}", f"tiktok.com/@{f}{l}", f"https://www.youtube.com/@{f}{l}"],
    }
    if kind:
        return ch(kinds[kind])
    return ch([f"https://www.caringbridge.org/visit/{f}{l}", f"www.caringbridge.org/site/{f}-{l}",
               f"https://gofund.me/{digits(8)}", f"https://www.gofundme.com/f/help-{f}-{l}", f"gofundme.com/f/{f}s-recovery",
               f"https://{f}{l}.com", f"www.{f}{l}.net", f"https://{f}{l}.blogspot.com", f"{f}{l}.wordpress.com",
               f"facebook.com/{f}.{l}", f"https://www.facebook.com/{f}.{l}.{rng.randint(1, 99)}", f"instagram.com/{f}_{l}",
               f"https://www.linkedin.com/in/{f}-{l}-{digits(3)}", f"https://mealtrain.com/trains/{f}{l}",
               f"lotsahelpinghands.com/c/{digits(6)}", f"https://x.com/{f}{l[:4]}", f"tiktok.com/@{f}{l}",
               f"https://www.youtube.com/@{f}{l}", f"https://sites.google.com/view/{f}-{l}-care"])


# ----------------------------------------------------------------------------------------------------------------
# message assembly
class Msg:
    """A message as a list of segments: ('t', text) plain, ('i', text, type, region) identifier, ('k', text) keep."""

    def __init__(self, style):
        self.style, self.segs = style, []

    def add(self, tpl, **slots):
        """tpl uses {name} slots; slot values are segments (tuples) or plain strings."""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            if m.start() > pos:
                self.segs.append(("t", tpl[pos:m.start()]))
            v = slots[m.group(1)]
            self.segs.append(("t", v) if isinstance(v, str) else v)
            pos = m.end()
        if pos < len(tpl):
            self.segs.append(("t", tpl[pos:]))
        return self


def P(x, r="US"): return ("i", x, "PERSON", r)
def L(x, r="US"): return ("i", x, "LOCATION", r)
def T(x, r="US"): return ("i", x, "PHONE_NUMBER", r)
def E(x, r="US"): return ("i", x, "EMAIL_ADDRESS", r)
def U(x, r="US"): return ("i", x, "URL", r)
def S(x): return ("i", x, "US_SSN", "US")
def M(x, r="US"): return ("i", x, "MEDICAL_RECORD_NUMBER", r)
def D(x, r="US"): return ("i", x, "DATE_OF_BIRTH", r)
def A(x, r="US"): return ("i", x, "ACCOUNT_NUMBER", r)
def K(x): return ("k", x)


def typo_word(w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.65:
        return w[:i] + w[i + 1:]
    if op < 0.85:
        return w[:i] + w[i] + w[i:]
    return w.lower()


def transform(segs, style):
    out = []
    for s in segs:
        kind, txt = s[0], s[1]
        if style == "lower_case":
            txt = txt.lower()
        elif style == "all_caps":
            txt = txt.upper()
        elif style == "typo" and kind == "t":
            txt = re.sub(r"[A-Za-z]+", lambda m: typo_word(m.group(0)) if rng.random() < 0.22 else m.group(0), txt)
        out.append((kind, txt) + tuple(s[2:]))
    return out


def finish(msg):
    segs = transform(msg.segs, msg.style)
    text, spans, ids, keep = "", [], [], []
    for s in segs:
        if s[0] == "i":
            spans.append((len(text), len(text) + len(s[1])))
            if not any(e["text"] == s[1] and e["type"] == s[2] for e in ids):
                ids.append({"text": s[1], "type": s[2], "region": s[3]})
        elif s[0] == "k":
            if s[1] not in keep:
                keep.append(s[1])
        text += s[1]
    rec = {"id": "hd63-000", "style": msg.style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}
    errs = check_message(rec)
    for i in ids:
        for a, b in occurrences(text, i["text"]):
            if not any(x <= a and b <= y for x, y in spans):
                errs.append("stray occurrence " + i["text"])
    if re.search(r"\{\w+\}", text):
        errs.append("unfilled slot")
    return rec, errs


# ----------------------------------------------------------------------------------------------------------------
# templates (each returns a Msg)
def pick_rel():
    return K(ch(RELS))


def tpl_clinician():
    m = Msg("clinician_note")
    first, last = us_first(), us_last()
    name = f"{first} {last}"
    y, mo, d = rand_date(1930, 1972)
    age = 2025 - y
    lab, mrnv = mrn()
    c2f = us_first()
    variant = rng.randint(0, 7)
    rw0, g0 = rel_word()
    if variant == 0:
        m.add("{ttl} {name}, {age}{sex}, {lab} {mrn}, DOB {dob}. Seen for {cond}. BP 1{bp}/8{bp2}. Cont {drug}, recheck {labt} in 2 wk. "
              "{relword} {cg} can be reached at {ph}.",
              ttl=ch(["Pt", "Patient", "Pt.", "Resident"]), name=P(name), age=str(age), sex=ch(["M", "F", "yo M", " y/o F", "F"]),
              lab=lab or "MRN", mrn=M(mrnv), dob=D(dob(True, y, y)), cond=K(ch(CONDS)), bp=digits(2), bp2=digits(1),
              drug=K(ch(DRUGS)), labt=K(ch(LABS)), relword=rw0.capitalize(), cg=P(us_first(g0)), ph=T(us_phone()))
    elif variant == 1:
        m.add("Home visit at {addr}. {name} c/o {sx} x3 days. {exam} {lab} ordered, "
              "{drug} held. Caregiver {cg} ({ph}) instructed to call {line} if worse.",
              addr=L(us_address(ch(["full", "nocomma", "state_name"]))), name=P(name), sx=ch(SYMPTOMS), lab=K(ch(LABS)),
              exam=ch(["VS stable.", "Afebrile, BP 142/80.", "A&Ox3, no acute distress.", "T 100.2, HR 96.", "Appears tired but conversant."]),
              drug=K(ch(DRUGS)), cg=P(us_full()), ph=T(us_phone()), line=ch(["911", "the on-call line", "the office"]))
    elif variant == 2:
        m.add("PHONE NOTE - spoke with {cg}, pt's {rw}, re: {drug} refill for {name} ({lab} {mrn}). Sent to {org}. "
              "Pt's DOB verified {dob}. Callback {ph}.",
              cg=P(f"{us_first(g0)} {last}"), rw=rw0,
              drug=K(ch(DRUGS)), name=P(name), lab=lab or "chart", mrn=M(mrnv), org=K(ch(ORGS[:8])), dob=D(dob(True, y, y)),
              ph=T(us_phone()))
    elif variant == 3:
        m.add("Name: {name}\nDOB: {dob}\n{lab}: {mrn}\nDx: {cond}, {cond2}\nMeds: {d1}, {d2}\nPlan: {spec} referral. "
              "Pt prefers contact via {em}.",
              name=P(name), dob=D(dob(True, y, y)), lab=(lab or "MRN").rstrip(":"), mrn=M(mrnv), cond=K(ch(CONDS)), cond2=K(ch(CONDS)),
              d1=K(ch(DRUGS)), d2=K(ch(DRUGS)), spec=K(ch(SPECIALTIES)), em=E(email_for(first, last)))
    elif variant == 4:
        m.add("Discharge plan: {name} to home ({addr}) w/ {spec} f/u. New med {drug}. {rel} {cg} will manage pillbox. "
              "PCP Dr. {doc} notified.",
              name=P(name), addr=L(us_address()), spec=K(ch(SPECIALTIES)), drug=K(ch(DRUGS)), rel=rw0.capitalize(), cg=P(us_first(g0)),
              doc=P(us_last()))
    elif variant == 5:
        m.add("{ttl} {lname} seen in clinic today w/ {rw} {cg}. {cond} stable. {labt} pending. SSN on file {ss} verified for "
              "benefits paperwork. DOB {dob}.",
              ttl=ch(["Mr.", "Mrs.", "Ms."]), lname=P(last), rw=rw0, cg=P(f"{us_first(g0)} {ch([last, us_last()])}"),
              cond=K(ch(CONDS)), labt=K(ch(LABS)), ss=S(ssn()), dob=D(dob(True, y, y)))
    elif variant == 6:
        m.add("SBAR\nS: {name}, rm {rm}, {sx}\nB: hx {cond}, on {drug}\nA: VSS, alert\nR: {rel} {cg} requests call at {ph}",
              name=P(name.upper() if rng.random() < 0.3 else name), rm=str(rng.randint(100, 640)), sx=ch(SYMPTOMS),
              cond=K(ch(CONDS)), drug=K(ch(DRUGS)), rel=rw0, cg=P(us_first(g0)), ph=T(us_phone()))
    else:
        m.add("Hospice RN visit: {name} resting, {sx}. {drug} given per order. Family ({cg1}, {cg2} and {cg3}) at bedside. "
              "Next visit {day}. Pt address confirmed: {addr}",
              name=P(name), sx=ch(["mottling noted to knees", "RR 24, no distress", "minimal intake", "pain 2/10"]),
              drug=K(ch(["morphine", "lorazepam", "Haldol", "hyoscyamine", "oxycodone"])), cg1=P(us_first()), cg2=P(us_first()),
              cg3=P(us_first()), day=K(ch(DAYS)), addr=L(us_address()))
    return m


def tpl_form():
    m = Msg("form")
    first, last = us_first(), us_last()
    y, mo, d = rand_date(1925, 1990)
    variant = rng.randint(0, 5)
    relw, relg = ch([("my daughter", "f"), ("my son", "m"), ("my sister", "f"), ("my brother", "m"), ("my niece", "f")])
    if variant == 0:
        lab, mv = mrn()
        m.add("NEW PATIENT INTAKE\nName: {ln}, {fn}\nDate of birth: {dob}\nSSN: {ss}\nAddress: {addr}\nPhone: {ph}\n"
              "Email: {em}\nEmergency contact: {ec} ({rel}) {ph2}\nInsurance {lab} {mv}\nAllergies: {drug}",
              ln=P(last), fn=P(first), dob=D(dob(True, y, y)), ss=S(ssn()), addr=L(us_address(ch(["full", "multi", "state_name", "pobox"]))),
              ph=T(us_phone(False)), em=E(email_for(first, last)), ec=P(f"{us_first(relg)} {us_last()}"), rel=relw.replace("my ", ""),
              ph2=T(us_phone(False)), lab=(lab or "ID").rstrip(":"), mv=M(mv), drug=K(ch(["penicillin", "sulfa", "codeine", "latex", "shellfish"])))
    elif variant == 1:
        lbl, num = card()
        m.add("PAYMENT AUTHORIZATION\nCardholder: {name}\n{lbl} number: {num}\nExp: {mm}/{yy}\nBilling address: {addr}\n"
              "Patient: {pt}  DOB {dob}\nFor: {item}",
              name=P(f"{first} {last}"), lbl=lbl.capitalize(), num=A(num), mm=f"{rng.randint(1, 12):02d}", yy=str(rng.randint(26, 31)),
              addr=L(us_address(ch(["full", "nocomma", "multi"]))), pt=P(f"{us_first()} {last}"), dob=D(dob(True, y, y)),
              item=K(ch(["CPAP supplies", "home oxygen", "wheelchair rental", "hearing aids", "physical therapy copays"])))
    elif variant == 2:
        m.add("Direct Deposit Enrollment\nAccount holder: {name}\nBank: {bank}\nRouting #: {rt}\nAccount #: {ac}\n"
              "Type: {typ}\nSigned {name2}, {rel} and caregiver of {pt}",
              name=P(f"{first} {last}"), bank=K(ch(["Chase", "Wells Fargo", "Bank of America", "US Bank", "Navy Federal", "PNC"])),
              rt=A(aba()), ac=A(bank_acct()), typ=ch(["checking", "savings"]), name2=P(first), rel=ch(["daughter", "son", "niece", "grandchild"]),
              pt=P(f"{us_first()} {us_last()}"))
    elif variant == 3:
        m.add("INSURANCE VERIFICATION\nSubscriber: {name}\nSubscriber DOB: {dob}\nSSN: {ss}\nMedicare (MBI): {mbi}\n"
              "Secondary: {org} {lab} {mv}\nPhone on file: {ph}\nNotes: {cond}, needs {item}",
              name=P(f"{first} {last}"), dob=D(dob(True, y, y)), ss=S(ssn()), mbi=M(mbi()), org=K(ch(["Aetna", "Humana", "Cigna", "AARP", "Blue Cross"])),
              lab=ch(["member ID", "ID", "policy"]), mv=M(f"{''.join(ch(string.ascii_uppercase) for _ in range(3))}{digits(9)}"),
              ph=T(us_phone()), cond=K(ch(CONDS)), item=ch(["a hospital bed", "a walker", "home health", "oxygen"]))
    elif variant == 4:
        m.add("CHANGE OF ADDRESS\nName: {name}\nOld address: {a1}\nNew address: {a2}\nEffective: {mon} 1\nNew phone: {ph}\n"
              "Reason: moving in with {rel} ({cg})",
              name=P(f"{first} {last}"), a1=L(us_address(ch(["full", "nocomma", "state_name"]))), a2=L(us_address(ch(["full", "multi", "state_name"]))),
              mon=K(ch(MONTHS)), ph=T(us_phone()), rel=relw, cg=P(f"{us_first(relg)} {us_last()}"))
    else:
        m.add("{grp} - sign-in sheet\n1. {n1}  {p1}\n2. {n2}  {p2}  {e2}\n3. {n3}  {p3}\nFacilitator: {fac} ({fe})",
              grp=K(ch(GROUPS)), n1=P(us_full()), p1=T(us_phone(False)), n2=P(f"{first} {last}"), p2=T(us_phone(False)),
              e2=E(email_for(first, last)), n3=P(us_full()), p3=T(us_phone(False)),
              fac=P(us_full()), fe=E(work_email(us_first(), us_last(), ch(ORG_DOMAINS))))
    return m


SPEAKER_LINES = [
    ("{a}: did anyone give {rel} the {drug} tonight\n{b}: yes at 8\n{a}: ok thx, I'm heading to {city} tmrw so {c} has her",
     ["a", "b", "c", "city"]),
    ("{rw} {a}: {rel}'s new number is {ph}, the old one is disconnected\n{b}: got it. {ctr} forget her {drug} is due {day}",
     ["a", "b", "ph"]),
    ("{a}: the nurse said {rel}'s {labt} is high again\n{b}: which nurse\n{a}: {c}, from {agency}. she'll call back from {ph}",
     ["a", "b", "c", "ph"]),
    ("{rw} {a}: can someone drive {rel} to {spec} on {day}? it's at {addr}\n{b}: I can if {c} watches the kids",
     ["a", "b", "c", "addr"]),
    ("{a}: {rel} wants to know if she can take {drug} with her {drug2}\n{b}: ask the pharmacist, {c} at {pharm}\n{a}: ok",
     ["a", "b", "c"]),
    ("Aide {a}: {ttl} {lname} ate breakfast, took {drug}, walked to the mailbox.\n{rw} {b}: thank you!! how was his {body}?\nAide {a}: still swollen",
     ["a", "b", "lname"]),
    ("{a}: sending the insurance stuff here so it's in one place: member {mv}, DOB {dob}\n{b}: 👍 saved",
     ["a", "b", "mv", "dob"]),
    ("{a}: {rel} keeps calling me {c}\n{b}: that's the {cond} :( \n{a}: I know. I just told her yes",
     ["a", "b", "c"]),
]


def rels_for(tpl):
    if re.search(r"\b(her|she)\b", tpl):
        return RELS_F
    if re.search(r"\b(him|his)\b", tpl):
        return RELS_M
    return RELS


def tpl_speaker():
    m = Msg("speaker_label")
    tpl, _ = ch(SPEAKER_LINES)
    lname = us_last()
    rw, g = ch([("Daughter", "f"), ("Son", "m"), ("Sister", "f"), ("Brother", "m"), ("Niece", "f"), ("Grandson", "m"),
                ("Wife", "f"), ("Granddaughter", "f"), ("Husband", "m")])
    ga = g if "{rw} {a}" in tpl else None
    gb = g if "{rw} {b}" in tpl else None
    b_first = us_first(gb)
    m.add(tpl, a=P(us_first(ga)), b=P(ch([b_first, f"{b_first} {us_last()}"])), c=P(us_first()), city=L(us_city()), rel=K(ch(rels_for(tpl))),
          drug=K(ch(ROUTINE if "Aide" in tpl else DRUGS)), drug2=K(ch(DRUGS)), rw=rw,
          ph=T(us_phone()), ctr=K("Don't"), day=K(ch(DAYS)), labt=K(ch(LABS)), org=K(ch(ORGS[:8])),
          spec=K(ch(SPECIALTIES)), pharm=K(ch(PHARMS)), agency=K(ch(AGENCIES)),
          addr=L(us_address(ch(["full", "nocomma"]))), ttl=ch(["Mr.", "Mr", "Mister"]), lname=P(lname),
          body=K(ch(BODY)), mv=M(mrn()[1]), dob=D(dob()), cond=K(ch(["dementia", "Alzheimer's", "delirium", "Lewy body dementia"])))
    return m


def tpl_general():
    m = Msg("general_text")
    first, last = us_first(), us_last()
    variant = rng.randint(0, 10)
    if variant == 10:
        m.add("The {org} letter for {rel} has the wrong social on it. It says {ss} but her card says {ss2}. "
              "Who do I call to fix that? {name}, {ph}",
              org=K(ch(["Medicare", "Medicaid", "Social Security", "AARP"])), rel=K(ch(RELS_F)), ss=S(ssn()), ss2=S(ssn()),
              name=P(f"{first} {last}"), ph=T(us_phone()))
    elif variant == 0:
        m.add("Hi, please update my address. I moved from {a1} to {a2}. My name is {name}, birthday {dob}. {c} still get mail at the old place.",
              a1=L(us_address(ch(["full", "nocomma"]))), a2=L(us_address(ch(["full", "multi", "state_name"]))), name=P(f"{first} {last}"),
              dob=D(dob()), c="I might")
    elif variant == 1:
        lbl, num = card()
        m.add("I was charged twice for {rel}'s {item}. The {lbl} was {num}. Can you refund one? - {name}, {ph}",
              rel=K(ch(RELS)), item=K(ch(["Eliquis", "Ozempic", "Entresto", "copay", "ambulance bill"])), lbl=lbl, num=A(num),
              name=P(f"{first} {last}"), ph=T(us_phone()))
    elif variant == 2:
        m.add("For the reimbursement please deposit to routing {rt}, acct {ac} ({bank}). Account is in my name, {name}. "
              "Email the receipt to {em}",
              rt=A(aba()), ac=A(bank_acct()), bank=K(ch(["Chase", "Wells Fargo", "Capital One", "Regions", "TD Bank"])),
              name=P(f"{first} {last}"), em=E(email_for(first, last)))
    elif variant == 3:
        m.add("We set up a page for {rel}'s medical bills after the {cond} diagnosis: {url} - anything helps. {name} and family",
              rel=K(ch(["Dad", "Mom", "Grandpa", "Grandma"])), cond=K(ch(["ALS", "lymphoma", "stroke", "breast cancer", "colon cancer"])),
              url=U(url_for(first, last, ch(["fund", "fund", "caring"]))), name=P(ch([first, f"{first} {last}"])))
    elif variant == 4:
        addr = us_address("military")
        m.add("Please ship {rel}'s {item} to my APO address while I'm deployed, I'll bring it to her:\n{name}\n{addr}\nthanks!",
              rel=K(ch(["Mom", "Grandma", "Nana"])), item=K(ch(["hearing aid batteries", "CPAP filters", "compression socks", "glucose strips"])),
              name=P(f"{first} {last}".upper() if rng.random() < 0.3 else f"{first} {last}"), addr=L(addr))
    elif variant == 5:
        m.add("{c} be at the {grp} this week, I'm taking {rel} to {city} for her {spec} appointment. If anyone needs me: {ph} or {em}. - {name}",
              c=K(ch(["Won't", "Can't"])), grp=K(ch(GROUPS)), rel=K(ch(RELS_F)), city=L(us_city_state()), spec=K(ch(SPECIALTIES)),
              ph=T(us_phone()), em=E(email_for(first, last)), name=P(first))
    elif variant == 6:
        m.add("Question about the bill for {pt} (account {acct}). The EOB from {org} says $0 owed but you sent a statement for $286. "
              "Please call me, {name}, at {ph}.",
              pt=P(f"{us_first()} {last}"), acct=A(ch([digits(9), f"{digits(3)}-{digits(5)}", f"PT{digits(8)}"])),
              org=K(ch(["Medicare", "Medicaid", "Humana", "Aetna", "Cigna"])), name=P(f"{first} {last}"), ph=T(us_phone()))
    elif variant == 7:
        m.add("My husband's SSN for the form is {ss} and mine is {ss2}. We're {n1} and {n2}. {c} know why they need both.",
              ss=S(ssn()), ss2=S(ssn()), n1=P(f"{us_first('m')} {last}"), n2=P(f"{us_first('f')} {last}"), c=K(ch(["I don't", "Don't"])))
    elif variant == 8:
        vn = vanity_phone()
        m.add("If {rel}'s yard needs work while she's recovering from the {cond}, my nephew {name} has a business, call {vn} or {ph}.",
              rel=K(ch(["Mom", "Grandma", "Nana"])), cond=K(ch(["hip fracture", "knee replacement", "stroke", "pneumonia"])),
              name=P(f"{first} {last}"), vn=T(vn), ph=T(us_phone()))
    else:
        m.add("Mailing the signed {org} forms to {addr} today. {name}'s DOB is {dob} and Medicare ID {mbi} in case they ask.",
              org=K(ch(["hospice", "Medicaid", "AARP", "Meals on Wheels", "home health"])),
              addr=L(us_address(ch(["pobox", "rr", "full"]))), name=P(f"{first} {last}"), dob=D(dob()), mbi=M(mbi()))
    return m


def tpl_signature():
    m = Msg("signature")
    first, last = us_first(), us_last()
    dom = ch(ORG_DOMAINS)
    role = ch(["RN, BSN", "LPN", "MSW", "Care Coordinator", "Home Health Aide Supervisor", "PT, DPT", "NP", "Chaplain",
               "Billing Specialist", "Pharmacist"])
    variant = rng.randint(0, 2)
    if variant == 0:
        m.add("{body}\n\n{name}, {role}\n{org}\n{addr}\nO: {ph}  C: {ph2}\n{em}" + ("\n{url}" if rng.random() < 0.5 else ""),
              body=ch(["Thanks so much.", "Let me know if you need anything else.", "Talk soon,", "Best regards,"]),
              name=P(f"{first} {last}"), role=role, org=K(ch(["Visiting Nurse Service", "Hospice of the Valley", "Meals on Wheels", "Kaiser"])),
              addr=L(us_address(ch(["multi", "full"]))), ph=T(us_phone()), ph2=T(us_phone(False)), em=E(work_email(first, last, dom)), url=U(url_for(first, last, ch(["site", "blog", "social"]))))
    elif variant == 1:
        m.add("-- \n{name}\n{role} | {org}\n{ph}\n{url}\nSent from my phone, please excuse typos",
              name=P(f"{first} {last}"), role=role, org=K(ch(["Visiting Nurse Service", "Hospice of the Valley", "Kaiser", "Mayo Clinic", "Cleveland Clinic"])),
              ph=T(us_phone()), url=U(url_for(first, last, "site")))
    else:
        m.add("Re: {rel}'s {drug}\nYes, that dose is right. See you {day}.\n\n~{nick}\n{name}\n{em} / {ph}",
              rel=K(ch(RELS)), drug=K(ch(DRUGS)), day=K(ch(DAYS)), nick=P(first[:3] if len(first) > 4 else first),
              name=P(f"{first} {last}"), em=E(email_for(first, last)), ph=T(us_phone()))
    return m


def tpl_list():
    m = Msg("list")
    variant = rng.randint(0, 2)
    if variant == 0:
        m.add("Phone list for {rel}'s fridge:\n- {n1} (son) {p1}\n- {n2} (daughter) {p2}\n- Dr. {doc} ({spec}) {p3}\n- neighbor {n4} {p4}\n- {pc} {pcn}"
              + ("\nupdates: {url}" if rng.random() < 0.5 else ""),
              url=U(url_for(us_first(), us_last(), "caring")), rel=K(ch(RELS)), n1=P(us_first("m")), p1=T(us_phone()), n2=P(us_first("f")), p2=T(us_phone()), doc=P(us_last()),
              spec=K(ch(SPECIALTIES)), p3=T(us_phone()), n4=P(us_full()), p4=T(us_phone()), pc=K("Poison Control"),
              pcn=K("1-800-222-1222"))
    elif variant == 1:
        m.add("This week:\n{d1} - {n1} does the {drug} shot\n{d2} - {n2} (bring {rel} to {addr})\n{d3} - {n3} and {n4}\n{d4} - nobody yet!!",
              d1=K("Monday"), d2=K("Wednesday"), d3=K("Friday"), d4=K("Sunday"), n1=P(us_first()), drug=K(ch(["insulin", "Lovenox", "B12", "Prolia"])),
              n2=P(us_first()), rel=K(ch(RELS)), addr=L(us_address(ch(["full", "nocomma"]))), n3=P(us_first()), n4=P(us_first()))
    else:
        m.add("Things to bring to {rel}'s {spec} appt:\n1. insurance card (member {mv})\n2. med list ({d1}, {d2}, {d3})\n3. {name}'s cell in case: {ph}\n4. the {labt} results",
              rel=K(ch(RELS)), spec=K(ch(SPECIALTIES)), mv=M(mrn()[1]), d1=K(ch(DRUGS)), d2=K(ch(DRUGS)), d3=K(ch(DRUGS)),
              name=P(us_first()), ph=T(us_phone()), labt=K(ch(LABS)))
    return m


CHAT_LINES = [
    "hey it's {a}, {rel} is out of {drug} and {org} says the refill is on hold. her DOB is {dob} if they ask. call me {ph}",
    "{a} and {b} are taking {rel} to {city} {day} for the {spec} visit. address is {addr}",
    "can someone pick up {rel}'s {drug} at {org}? {a} has the car. I'm at work til 6, cell {ph}",
    "just talked to {a} from the agency, new aide starts {day}, her name is {b}. she'll call from {ph}",
    "{rel}'s {labt} was bad again. dr {doc} wants to see him. {a} can u drive? his mrn is {mv}",
    "{a} made a caringbridge for {rel}, here's the link {url} pls share it with the church people",
    "{a} is doing meal sign ups for after {rel}'s surgery: {url}. {b} already took {day}",
    "{a} pls send me {rel}'s medicare number, I need it for the {item}. also her ss# {ss}",
]


def tpl_chat(style):
    m = Msg(style)
    tpl = ch(CHAT_LINES)
    m.add(tpl, a=P(us_first()), b=P(us_first("f")), rel=K(ch(rels_for(tpl))), drug=K(ch(DRUGS)), org=K(ch(ORGS[:8])), dob=D(dob()),
          ph=T(us_phone()), city=L(us_city()), day=K(ch(DAYS)), spec=K(ch(SPECIALTIES)), addr=L(us_address(ch(["full", "nocomma", "pobox"]))),
          labt=K(ch(LABS)), doc=P(us_last()), mv=M(mrn()[1]), item=K(ch(["wheelchair", "walker", "hospital bed"])), ss=S(ssn()),
          url=U(url_for(us_first(), us_last(), "caring" if "caringbridge" in tpl else "meal")))
    return m


def tpl_forwarded():
    m = Msg("forwarded")
    f1, l1 = us_first(), us_last()
    f2, l2 = us_first(), us_last()
    nl = "\n" if rng.random() < 0.4 else ""
    m.add("---------- Forwarded message ---------\nFrom: {n1} <{e1}>\nTo: {n2} <{e2}>\nSubject: {subj}\n\n{f2s},\n{body}\n\n{f1s}{nl}{sig}",
          n1=P(f"{f1} {l1}"), e1=E(ch([email_for(f1, l1), work_email(f1, l1, ch(ORG_DOMAINS))])), n2=P(f"{f2} {l2}"),
          e2=E(email_for(f2, l2)), subj=ch(["Re: appointment", "FW: paperwork", "Schedule", "Update", "Re: bill"]), f2s=P(f2),
          body=ch([
              f"{{rel}}'s {{spec}} appointment moved to {{day}}. The office is at {{addr}}. Call {{ph}} if you can't make it.",
              f"Attached are the forms for {{rel}}. They need the DOB ({{dob}}) and Medicare number ({{mbi}}). {{drug}} is on the list.",
              f"Here is the meal train link for {{rel}}: {{url}} - sign up for any night after {{day}}.",
              f"The bill for {{rel}}'s {{item}} is paid. The receipt says it was charged to {{card}}, is that your card?",
          ]), f1s=P(f1), nl=nl, sig=U(url_for(f1, l1, ch(["site", "blog", "social"]))) if nl else "")
    # fill the nested slots
    segs, m.segs = m.segs, []
    for s in segs:
        if s[0] == "t" and "{" in s[1]:
            sub = Msg(m.style)
            sub.add(s[1], rel=K(ch(RELS)), spec=K(ch(SPECIALTIES)), day=K(ch(DAYS)), addr=L(us_address(ch(["full", "nocomma", "multi"]))),
                    ph=T(us_phone()), dob=D(dob()), mbi=M(mbi()), drug=K(ch(DRUGS)), item=K(ch(["wheelchair", "oxygen", "walker"])),
                    card=A(card()[1]), url=U(url_for(us_first(), us_last(), "meal")))
            m.segs.extend(sub.segs)
        else:
            m.segs.append(s)
    return m


def tpl_run_on():
    m = Msg("run_on")
    m.add("so {a} called me at like 7 this morning and said {rel} was confused again and didn't know where she was and I said did she take "
          "the {drug} and {a} said she didn't know so I drove over to {addr} and the pills were all over the floor and {b} from next door "
          "was already there thank god, and we called {org} and they said to bring her in, so now we're at the ER, {b}'s number is {ph} if I don't pick up",
          a=P(us_first()), rel=K(ch(RELS_F)), drug=K(ch(DRUGS)), addr=L(us_address(ch(["full", "nocomma"]))), b=P(us_first()),
          org=K(ch(["Kaiser", "the nurse line", "Medicare", "her doctor"])), ph=T(us_phone()))
    return m


# international templates
HEALTH_ID = {"GB": ("NHS no.", lambda: f"{digits(3, True)} {digits(3)} {digits(4)}"),
             "DE": ("Versichertennr.", lambda: f"{ch(string.ascii_uppercase)}{digits(9)}"),
             "IN": ("ABHA", lambda: f"{digits(2, True)}-{digits(4)}-{digits(4)}-{digits(4)}"),
             "NL": ("BSN", lambda: digits(9, True)), "MX": ("NSS", lambda: digits(11)),
             "JP": ("保険証番号", lambda: digits(8)), "BR": ("Cartão SUS", lambda: f"{digits(3, True)} {digits(4)} {digits(4)} {digits(4)}")}
INTL_SET = [("GB", "en_GB"), ("DE", "de_DE"), ("FR", "fr_FR"), ("ES", "es_ES"), ("MX", "es_MX"), ("IT", "it_IT"),
            ("BR", "pt_BR"), ("NL", "nl_NL"), ("PL", "pl_PL"), ("JP", "ja_JP"), ("CN", "zh_CN"), ("KR", "ko_KR"),
            ("IN", "en_IN"), ("RU", "ru_RU"), ("TR", "tr_TR"), ("VN", "vi_VN"), ("PH", "fil_PH"), ("SA", "ar_SA")]
BANKS = {"DE": ["Sparkasse", "Deutsche Bank", "Commerzbank"], "GB": ["Barclays", "Lloyds", "HSBC UK"],
         "FR": ["BNP Paribas", "Crédit Agricole", "Société Générale"], "ES": ["Santander", "BBVA", "CaixaBank"],
         "IT": ["Intesa Sanpaolo", "UniCredit"], "NL": ["Dutch account", "NL account"], "PL": ["PKO BP", "mBank"],
         "TR": ["Garanti BBVA", "Ziraat Bankası"], "SA": ["Al Rajhi", "SNB"], "BR": ["Itaú", "Banco do Brasil"]}
IBAN_CC = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "BR": "BR", "NL": "NL", "PL": "PL", "TR": "TR",
           "SA": "SA"}
LOCAL_TPL = {
    "DE": "Hallo, hier ist {a}. Mutti wohnt jetzt bei mir: {addr}. Ihre {drug} bitte dorthin schicken. Tel. {ph}",
    "FR": "Bonjour, c'est {a}. Maman est rentrée à {addr}. Elle prend toujours son {drug}. Mon portable: {ph}",
    "ES": "Hola, soy {a}. Mi padre vive ahora en {addr}. Sigue con el {drug}. Mi móvil es {ph}",
    "MX": "Buenas tardes, habla {a}. Mi mamá está en {addr}, necesita su {drug}. Cel. {ph}",
    "IT": "Buongiorno, sono {a}. Il nonno abita in {addr}. Prende ancora il {drug}. Cell. {ph}",
    "BR": "Oi, aqui é {a}. Minha avó mora na {addr}. Ela toma {drug}. Meu celular: {ph}",
    "NL": "Hoi, met {a}. Oma woont nu op {addr}. Ze gebruikt {drug}. Bel me op {ph}",
    "PL": "Dzień dobry, tu {a}. Mama mieszka teraz pod adresem {addr}. Bierze {drug}. Mój telefon: {ph}",
    "JP": "{a}です。母の住所は {addr} です。{drug} を飲んでいます。電話 {ph}",
    "CN": "我是{a}。我爸爸住在 {addr}。他在吃 {drug}。电话 {ph}",
    "KR": "{a}입니다. 어머니 주소는 {addr} 입니다. {drug} 복용 중입니다. 연락처 {ph}",
    "RU": "Здравствуйте, это {a}. Мама живёт по адресу: {addr}. Принимает {drug}. Мой телефон {ph}",
    "TR": "Merhaba, ben {a}. Babam şimdi {addr} adresinde. {drug} kullanıyor. Telefonum {ph}",
    "VN": "Chào, tôi là {a}. Mẹ tôi ở {addr}. Bà đang uống {drug}. Số điện thoại {ph}",
}


def tpl_international():
    m = Msg("international")
    cc, loc = ch(INTL_SET)
    a_name = intl_name(loc)
    variant = rng.randint(0, 7)
    drug = K(ch(["metformin", "amlodipine", "bisoprolol", "ramipril", "Xarelto", "Eliquis", "levothyroxine", "atorvastatin",
                 "omeprazole", "insulin", "warfarin", "paracetamol"]))
    if variant == 0 and cc in LOCAL_TPL:
        m.add(LOCAL_TPL[cc], a=P(a_name, "INTL"), addr=L(intl_address(cc), "INTL"), drug=drug, ph=T(intl_phone(cc), "INTL"))
    elif variant == 1:
        m.add("Hi, I'm {a} writing from {city}. My {rw} {b} lives near you in {uscity} and has {cond}. Please call me on {ph} "
              "or email {em}. Her US number is {usph}.",
              a=P(a_name, "INTL"), city=L(intl_city(cc), "INTL"), rw=ch(["aunt", "mother", "sister", "grandmother"]),
              b=P(f"{us_first('f')} {us_last()}"), uscity=L(us_city_state()), cond=K(ch(CONDS)), ph=T(intl_phone(cc), "INTL"),
              em=E(email_for(slug(a_name.split()[0]) or "family", slug(a_name.split()[-1]) or "mail", cc), "INTL"), usph=T(us_phone()))
    elif variant == 2 and cc in IBAN_CC:
        m.add("Please refund the {item} deposit to {name}, IBAN {ib}. Address for the receipt: {addr}.",
              item=K(ch(["wheelchair", "hospital bed", "oxygen concentrator", "walker"])), name=P(a_name, "INTL"),
              ib=A(iban(IBAN_CC[cc]), "INTL"), addr=L(intl_address(cc), "INTL"))
    elif variant == 3:
        m.add("{a}: {rel} landed, she's staying at {addr}\n{b}: did she bring the {drug}?\n{a}: yes. local number {ph}",
              a=P(intl_first(loc) if loc != "vi_VN" else ch(VN_FIRST), "INTL"), rel=K(ch(["Mom", "Grandma", "Nana", "Auntie"])),
              city=L(intl_city(cc), "INTL"), addr=L(intl_address(cc), "INTL"), b=P(us_first()), drug=drug, ph=T(intl_phone(cc), "INTL"))
    elif variant == 4:
        hid = HEALTH_ID.get(cc)
        dc = ch(DRUG_COND)
        m.add("Patient {name}, DOB {dob}, visiting from {city}." + (" {hl} {hid}." if hid else "") +
              " Home address {addr}. Emergency contact {b} {ph}. On {drug} for {cond}.",
              hl=hid[0] if hid else "", hid=M(hid[1](), "INTL") if hid else "",
              name=P(a_name, "INTL"), dob=D(dob_cjk() if cc in ("JP", "CN", "KR") and rng.random() < 0.5 else dob(False), "INTL"),
              city=L(intl_city(cc), "INTL"), addr=L(intl_address(cc), "INTL"), b=P(intl_name(loc), "INTL"), ph=T(intl_phone(cc), "INTL"),
              drug=K(dc[0]), cond=K(dc[1]))
    elif variant == 5:
        cc2 = ch(list(IBAN_CC))
        m.add("Transfer from {name} for {rel}'s {item}: {ib} ({bank}). Contact {em}.",
              name=P(intl_name(loc), "INTL"), rel=K(ch(RELS)), item=K(ch(["physiotherapy", "home care", "dialysis transport", "prescriptions"])),
              ib=A(iban(cc2), "INTL"), bank=ch(BANKS[cc2]),
              em=E(email_for("family", slug(a_name.split()[-1]) or "care", cc), "INTL"))
    elif variant == 7:
        f0 = a_name.split()[0]
        m.add("{a} here. I'm keeping a blog for the family back in {city} about {rel}'s {cond}: {url} (password is her birthday). "
              "Call me {ph}.",
              a=P(a_name, "INTL"), city=L(intl_city(cc), "INTL"), rel=K(ch(RELS_F)), cond=K(ch(CONDS)),
              url=U(url_for(slug(f0) or "family", slug(a_name.split()[-1]) or "updates", ch(["blog", "caring"])), "INTL"), ph=T(intl_phone(cc), "INTL"))
    else:
        m.add("Family contacts abroad for {pt} (copy for the {org} case manager):\n{a} ({rw}) {ph1}\n{b} {ph2}\nAddress: {addr}",
              pt=P(us_full()), org=K(ch(["hospice", "Medicare", "Kaiser", "home health"])), a=P(a_name, "INTL"), rw=ch(["brother", "sister", "cousin", "son"]), ph1=T(intl_phone(cc), "INTL"),
              b=P(intl_name(loc), "INTL"), ph2=T(intl_phone(cc), "INTL"), addr=L(intl_address(cc), "INTL"))
    return m


PLAN = ([("clinician", tpl_clinician)] * 26 + [("form", tpl_form)] * 22 + [("speaker", tpl_speaker)] * 20 +
        [("general", tpl_general)] * 30 + [("signature", tpl_signature)] * 12 + [("list", tpl_list)] * 12 +
        [("lower", lambda: tpl_chat("lower_case"))] * 12 + [("caps", lambda: tpl_chat("all_caps"))] * 9 +
        [("typo", lambda: tpl_chat("typo"))] * 7 + [("forwarded", tpl_forwarded)] * 8 + [("run_on", tpl_run_on)] * 4 +
        [("international", tpl_international)] * 48)


def main():
    hand = parse_all("hand")
    recs = []
    for h in hand:
        recs.append({"id": "", "style": h["style"], "text": h["text"], "identifiers": h["identifiers"], "keep": h["keep"],
                     "source": "hand"})
    need = TOTAL - len(recs)
    plan = list(PLAN)
    while len(plan) < need:
        plan.append(ch(PLAN))
    plan = plan[:need]
    redraws = Counter()
    for name, fn in plan:
        for attempt in range(200):
            rec, errs = finish(fn())
            if not errs:
                break
            redraws[name] += 1
        else:
            raise RuntimeError(f"template {name} kept failing: {errs}")
        recs.append(rec)
    rng.shuffle(recs)
    with open("handwritten_dev63.jsonl", "w", encoding="utf-8") as f:
        for n, r in enumerate(recs):
            r["id"] = f"hd63-{n:03d}"
            out = {"id": r["id"], "style": r["style"], "text": r["text"], "identifiers": r["identifiers"], "keep": r["keep"],
                   "source": r["source"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} messages ({len(hand)} hand, {len(recs) - len(hand)} template); redraws {dict(redraws)}")


if __name__ == "__main__":
    main()
