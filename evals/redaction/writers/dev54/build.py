"""Build handwritten_dev54.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup described in handparse.py).
2. Fill the rest from the templates below (my own wording) with Faker values and my own
   generators (fixed seed), in the same markup, and parse them the same way.
3. Shuffle with a fixed seed and number hd54-000, hd54-001, ...

Run: /work/main/.venv/bin/python build.py
"""
import json, random, re, string, collections
from faker import Faker
import handparse
from handparse import parse_block

SEED = 5454
N_TEMPLATE = 232
OUT = "handwritten_dev54.jsonl"

rng = random.Random(SEED)
Faker.seed(SEED)
LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
           "ja_JP", "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR", "en_CA", "fr_CA",
           "el_GR", "he_IL", "uk_UA", "th_TH", "en_AU"]
FK = {}
for i, loc in enumerate(LOCALES):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + i)
pick = rng.choice


def chance(p):
    return rng.random() < p


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))

# ---------------------------------------------------------------- markup helpers
def P(v): return f"[P:{v}]"
def Pi(v): return f"[P*:{v}]"
def L(v): return f"[L:{v}]"
def Li(v): return f"[L*:{v}]"
def T(v): return f"[T:{v}]"
def Ti(v): return f"[T*:{v}]"
def E(v): return f"[E:{v}]"
def Ei(v): return f"[E*:{v}]"
def U(v): return f"[U:{v}]"
def Ui(v): return f"[U*:{v}]"
def S(v): return f"[S:{v}]"
def M(v): return f"[M:{v}]"
def Mi(v): return f"[M*:{v}]"
def D(v): return f"[D:{v}]"
def Di(v): return f"[D*:{v}]"
def A(v): return f"[A:{v}]"
def Ai(v): return f"[A*:{v}]"
def K(v): return "{" + v + "}"

# ---------------------------------------------------------------- keep-word pools (mine)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "prednisone", "Lantus",
         "Ozempic", "Trulicity", "Xarelto", "Plavix", "losartan", "hydrochlorothiazide", "omeprazole",
         "pantoprazole", "tramadol", "Narcan", "buprenorphine", "Suboxone", "methadone", "donepezil",
         "memantine", "carbidopa-levodopa", "albuterol", "Symbicort", "Spiriva", "furosemide", "spironolactone",
         "digoxin", "amiodarone", "Entresto", "Jardiance", "Farxiga", "Humira", "methotrexate", "fish oil",
         "vitamin D3", "magnesium oxide", "turmeric", "ashwagandha", "Benadryl", "Tylenol", "ibuprofen",
         "aspirin 81", "Zoloft", "Lexapro", "trazodone", "quetiapine", "lithium", "Depakote", "Keppra",
         "Paxlovid", "Tamiflu", "amoxicillin", "Augmentin", "doxycycline", "nitroglycerin", "Coreg",
         "metoprolol", "Flomax", "finasteride", "Prolia", "alendronate", "Mounjaro", "clopidogrel", "Cymbalta"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
         "Alzheimer's", "type 2 diabetes", "CHF", "heart failure", "hypertension", "chronic kidney disease",
         "stage 3 CKD", "DVT", "pulmonary embolism", "sleep apnea", "osteoporosis", "rheumatoid arthritis",
         "lupus", "multiple sclerosis", "major depression", "anxiety", "bipolar disorder", "dementia",
         "neuropathy", "gout", "cellulitis", "pneumonia", "UTI", "shingles", "glaucoma", "macular degeneration",
         "hypothyroidism", "anemia", "epilepsy", "migraines", "asthma", "long COVID", "breast cancer",
         "prostate cancer", "colon cancer", "pressure ulcer", "delirium", "vertigo", "fibromyalgia",
         "peripheral artery disease", "diverticulitis", "Crohn's disease", "psoriasis", "ALS", "Lewy body dementia"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "TSH", "BMP", "CBC", "lipid panel", "creatinine", "eGFR", "potassium",
        "troponin", "BNP", "PSA", "vitamin B12", "ferritin", "urinalysis", "LDL", "triglycerides", "magnesium level"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankles", "feet", "wrist", "chest", "left eye",
        "kidneys", "liver", "lungs", "heel", "bladder", "right leg", "neck", "gums", "toes"]
SYMPTOMS = ["dizziness", "leg swelling", "shortness of breath", "chest tightness", "confusion",
            "a rash", "nausea", "constipation", "tremors", "blurry vision", "ringing in the ears", "insomnia",
            "a cough that won't quit", "low blood sugar", "nosebleeds", "leg cramps", "heartburn"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Cleveland Clinic",
        "Humana", "Blue Cross", "Meals on Wheels", "the VA", "Quest Diagnostics", "LabCorp", "Costco pharmacy",
        "Kroger pharmacy", "Planned Parenthood", "Aetna"]
PHARM = ["Walgreens", "CVS", "Rite Aid", "Costco pharmacy", "Kroger pharmacy", "Publix pharmacy", "H-E-B pharmacy",
         "Walmart pharmacy"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Abuela", "Abuelo", "Auntie", "Pop", "Mum", "Gran"]
RELS_LOW = ["my mom", "my dad", "my grandma", "my grandpa", "my husband", "my wife", "my aunt", "my uncle",
            "my mother-in-law", "my father-in-law", "my sister", "my brother", "my son", "my daughter"]
ROLE_G = {"F": ["daughter", "wife", "niece", "granddaughter", "sister", "daughter-in-law", "mother"],
          "M": ["son", "husband", "nephew", "grandson", "brother", "son-in-law", "father"],
          "N": ["neighbor", "caregiver", "friend", "roommate"]}
ROLE = ROLE_G["F"] + ROLE_G["M"] + ROLE_G["N"]


def gender():
    return pick("FM")


def role(g=None):
    """A relation word and the gender to use for the named person."""
    g = g or pick("FMN")
    word = pick(ROLE_G[g])
    return word, (g if g != "N" else gender())


def his(g):
    return "her" if g == "F" else "his"


def he(g):
    return "she" if g == "F" else "he"


REL_G = {"F": ["Mom", "Grandma", "Nana", "Abuela", "Auntie", "Mum", "Gran"], "M": ["Dad", "Grandpa", "Papa", "Abuelo", "Pop"]}
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "They're", "Can't", "Won't", "It's", "I've", "She's"]
SPECIALTY = ["cardiology", "nephrology", "podiatry", "oncology", "neurology", "rheumatology", "pulmonology",
             "endocrinology", "urology", "dermatology", "geriatrics", "psychiatry"]
GROUPS = ["Morning Walk Group", "Caregiver Support Circle", "Tuesday Chair Yoga", "Memory Cafe",
          "Heart Healthy Cooking Class", "Diabetes Prevention Program"]

# ---------------------------------------------------------------- people
EN_WORD_LAST = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Stone", "Wood", "Gray", "King", "Long",
                "Price", "Cook", "Baker", "Hunt", "Fox", "Lamb", "Little", "Rich", "Sharp", "Strong", "Moody",
                "Love", "Frost", "Snow", "Banks", "Summers", "Winter", "Waters", "Field", "Black", "White", "Green"]
EN_WORD_FIRST = {"F": ["Hope", "Faith", "Grace", "Joy", "Rose", "Iris", "Ivy", "Dawn", "Penny", "Candy", "Summer",
                       "Autumn", "Destiny", "Precious", "Honey", "Sunny"],
                 "M": ["Will", "Bill", "Frank", "Mark", "Dale", "Glen", "Cliff", "Rusty", "Buddy", "Major", "King", "Sky"]}
ROMAN = {  # (female given names, male given names, family names)
    "zh": (["Jing", "Min", "Xiuying", "Yan", "Mei", "Xiaoling", "Li Na"], ["Wei", "Hao", "Jun", "Lei", "Zhiqiang", "Jian"],
           ["Zhang", "Wang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Lin", "Guo"]),
    "ko": (["Seo-yeon", "Soo-ah", "Eun-ji", "Ha-eun", "Young-ja", "Mi-kyung"],
           ["Min-jun", "Ji-ho", "Hyun-woo", "Dong-hyun", "Jae-won", "Sung-min"],
           ["Kim", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"]),
    "in": (["Priya", "Ananya", "Sunita", "Kavya", "Deepa", "Lakshmi", "Meera"],
           ["Arjun", "Rohit", "Vikram", "Rahul", "Sanjay", "Aarav", "Nikhil"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Chatterjee", "Menon", "Desai", "Rao",
            "Joshi", "Kulkarni", "Bhat"]),
    "ar": (["Layla", "Fatima", "Noor", "Amira", "Samira", "Mariam"], ["Omar", "Yusuf", "Khalid", "Hassan", "Tariq", "Ibrahim"],
           ["Haddad", "Al-Masri", "Nasser", "Khoury", "Saleh", "Hamdan", "Abboud", "Farouk", "Mansour", "Qureshi",
            "El-Sayed", "Darwish"]),
    "ng": (["Ngozi", "Adaeze", "Funmilayo", "Ifeoma", "Yetunde", "Chiamaka"], ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Kelechi", "Obinna"],
           ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo", "Obi", "Ogunleye", "Uche"]),
    "vi": (["Lan", "Hoa", "Thao", "Linh", "Ngoc", "Huong"], ["Minh", "Tuan", "Duc", "Quang", "Bao", "Khoa"],
           ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Truong", "Huynh"]),
    "ph": (["Maricel", "Jocelyn", "Rowena", "Marites", "Lorna", "Analyn"], ["Rodel", "Arnel", "Jun", "Edgardo", "Ramil", "Renato"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino", "Ramos", "Castillo", "Manalo"]),
}


def us_first_last(g=None):
    g = g or gender()
    r = rng.random()
    if r < 0.55:
        f = FK["en_US"]
        first = f.first_name_female() if g == "F" else f.first_name_male()
        last = f.last_name()
    elif r < 0.70:
        f = FK["es_MX"]
        first = f.first_name_female() if g == "F" else f.first_name_male()
        last = f.last_name()
    else:
        fem, mal, lasts = ROMAN[pick(list(ROMAN))]
        first, last = pick(fem if g == "F" else mal), pick(lasts)
    if chance(0.12):
        last = pick(EN_WORD_LAST)
    if chance(0.08):
        first = pick(EN_WORD_FIRST[g])
    return first, last


def us_name(kind="full", g=None):
    first, last = us_first_last(g)
    if kind == "first":
        return first
    if kind == "last":
        return last
    r = rng.random()
    if r < 0.72:
        return f"{first} {last}"
    if r < 0.80:
        return f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
    if r < 0.90:
        return f"{last}, {first}"
    return f"{first[0]}. {last}"


NONLATIN = {"ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "el_GR", "he_IL", "uk_UA", "th_TH"}


def intl_name(loc, kind="full", g=None):
    f = FK[loc]
    g = g or gender()
    fn = getattr(f, "first_name_female" if g == "F" else "first_name_male", f.first_name)
    ln = getattr(f, "last_name_female" if g == "F" else "last_name_male", f.last_name)
    first, last = fn(), ln()
    if kind == "first":
        return first
    if kind == "last":
        return last
    if loc in ("ja_JP",):
        return f"{last} {first}" if chance(0.6) else f"{last}{first}"
    if loc in ("zh_CN", "ko_KR"):
        return f"{last}{first}"
    if loc == "ru_RU" and chance(0.5):
        return f"{last} {first}"
    return f"{first} {last}"


# ---------------------------------------------------------------- US locations
CITIES = [("Springfield", "IL", "627"), ("Tulsa", "OK", "741"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"),
          ("Spokane", "WA", "992"), ("Boise", "ID", "837"), ("Albuquerque", "NM", "871"), ("El Paso", "TX", "799"),
          ("Laredo", "TX", "780"), ("San Antonio", "TX", "782"), ("Baton Rouge", "LA", "708"), ("Mobile", "AL", "366"),
          ("Macon", "GA", "312"), ("Savannah", "GA", "314"), ("Gainesville", "FL", "326"), ("Hialeah", "FL", "330"),
          ("Orlando", "FL", "328"), ("Durham", "NC", "277"), ("Roanoke", "VA", "240"), ("Wheeling", "WV", "260"),
          ("Erie", "PA", "165"), ("Allentown", "PA", "181"), ("Paterson", "NJ", "075"), ("Yonkers", "NY", "107"),
          ("Flushing", "NY", "113"), ("Bronx", "NY", "104"), ("Worcester", "MA", "016"), ("Providence", "RI", "029"),
          ("Hartford", "CT", "061"), ("Burlington", "VT", "054"), ("Manchester", "NH", "031"), ("Portland", "ME", "041"),
          ("Toledo", "OH", "436"), ("Flint", "MI", "485"), ("Gary", "IN", "464"), ("Peoria", "IL", "616"),
          ("Madison", "WI", "537"), ("Duluth", "MN", "558"), ("Fargo", "ND", "581"), ("Rapid City", "SD", "577"),
          ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Joplin", "MO", "648"), ("Little Rock", "AR", "722"),
          ("Jackson", "MS", "392"), ("Memphis", "TN", "381"), ("Lexington", "KY", "405"), ("Billings", "MT", "591"),
          ("Cheyenne", "WY", "820"), ("Pueblo", "CO", "810"), ("Provo", "UT", "846"), ("Reno", "NV", "895"),
          ("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"), ("Salem", "OR", "973"), ("Eugene", "OR", "974"),
          ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"), ("Honolulu", "HI", "968"), ("Dover", "DE", "199"),
          ("Silver Spring", "MD", "209"), ("Baltimore", "MD", "212"), ("Stockton", "CA", "952"),
          ("Chula Vista", "CA", "919"), ("Bakersfield", "CA", "933"), ("Lubbock", "TX", "794"),
          ("Brownsville", "TX", "785"), ("Kissimmee", "FL", "347"), ("Sioux City", "IA", "511"),
          ("Des Moines", "IA", "503"), ("Lansing", "MI", "489"), ("Akron", "OH", "443"), ("Camden", "NJ", "081")]
STATE_NAMES = {"IL": "Illinois", "OK": "Oklahoma", "OH": "Ohio", "CA": "California", "WA": "Washington",
               "TX": "Texas", "FL": "Florida", "GA": "Georgia", "NY": "New York", "PA": "Pennsylvania",
               "MI": "Michigan", "AZ": "Arizona", "NM": "New Mexico", "MN": "Minnesota", "KY": "Kentucky",
               "TN": "Tennessee", "NC": "North Carolina", "VA": "Virginia", "OR": "Oregon", "HI": "Hawaii"}
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Jefferson", "Martin Luther King Jr",
           "Lake", "Hillcrest", "Sunset", "Ridge", "Church", "Mill", "River", "Spring", "Highland", "Meadow",
           "Franklin", "Chestnut", "Walnut", "Center", "Main", "2nd", "3rd", "5th", "14th", "41st", "Old Mill",
           "Country Club", "Prairie View", "Las Palmas", "Bayshore", "Magnolia", "Peachtree", "Dogwood",
           "Willow Creek", "Fox Run", "Quail Hollow", "Santa Rosa", "El Camino", "Division", "Grand", "Broadway",
           "Orchard", "Cherokee", "Sequoia", "Harbor", "Tamarack", "Juniper", "Pecan", "Cottonwood", "Ventura"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct", "Way", "Pl",
          "Pkwy", "Cir", "Ter", "Hwy", "Trl"]
UNITS = ["Apt 4B", "Apt. 12", "#12", "Unit 3", "Suite 210", "Apt 2R", "Ste 400", "Fl 2", "Rm 118", "Lot 22",
         "Bldg C", "Apt 101", "# 7", "Apt. 3-C", "Unit B", "Trlr 9"]


def zipcode(prefix):
    z = prefix + digits(2)
    if chance(0.18):
        z += "-" + digits(4)
    return z


def street_line():
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 29999)]))
    d = pick(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West "])
    st = pick(STREETS) if chance(0.8) else FK["en_US"].last_name()
    return f"{num} {d}{st} {pick(SUFFIX)}"


def us_address(multiline=None):
    city, st, pre = pick(CITIES)
    line = street_line()
    unit = pick(UNITS) if chance(0.45) else ""
    z = zipcode(pre)
    if multiline is None:
        multiline = chance(0.2)
    state = st if chance(0.92) else STATE_NAMES.get(st, st)
    if multiline:
        first = line + (f", {unit}" if unit else "") if chance(0.5) else line + (f"\n{unit}" if unit else "")
        return f"{first}\n{city}, {state} {z}"
    style = rng.random()
    if style < 0.7:
        return f"{line}{(' ' + unit) if unit and chance(0.5) else (', ' + unit) if unit else ''}, {city}, {state} {z}"
    if style < 0.85:
        return f"{line}{(' ' + unit) if unit else ''} {city} {state} {z}"
    return f"{line}{(', ' + unit) if unit else ''}, {city} {state} {z}"


def us_special_address():
    r = rng.random()
    city, st, pre = pick(CITIES)
    if r < 0.35:
        box = pick(["PO Box", "P.O. Box", "Post Office Box", "PO BOX", "P O Box"])
        return f"{box} {rng.randint(10, 99999)}, {city}, {st} {zipcode(pre)}"
    if r < 0.7:
        f = pick([lambda: f"PSC {rng.randint(100, 9999)}, Box {rng.randint(1, 9999)}\nAPO AE 09{digits(3)}",
                  lambda: f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 9999)}, APO AP 962{digits(2)}",
                  lambda: f"CMR {rng.randint(100, 999)} Box {rng.randint(1, 9999)}, APO AE 09{digits(3)}",
                  lambda: f"PSC {rng.randint(100, 9999)} Box {rng.randint(1, 999)}, FPO AE 09{digits(3)}",
                  lambda: f"Unit {rng.randint(1000, 9999)} Box {digits(4)}, DPO AE 09{digits(3)}",
                  lambda: f"USS {pick(['Ronald Reagan', 'Gerald R. Ford', 'Carl Vinson'])}, FPO AP 966{digits(2)}"])
        return f()
    rr = pick(["RR", "Rural Route", "R.R.", "HC"])
    return f"{rr} {rng.randint(1, 9)} Box {rng.randint(1, 400)}{pick(['', '', 'A', 'B'])}, {city}, {st} {zipcode(pre)}"


def us_city(state=True):
    city, st, pre = pick(CITIES)
    if not state:
        return city
    r = rng.random()
    if r < 0.5:
        return f"{city}, {st}"
    if r < 0.75:
        return f"{city}, {st} {zipcode(pre)}"
    return f"{city}, {STATE_NAMES.get(st, st)}"

# ---------------------------------------------------------------- international locations
INTL_CITIES = {
    "en_GB": ["Leeds", "Bristol", "Norwich", "Swansea", "Glasgow", "Coventry", "Belfast", "Leicester", "York", "Derby"],
    "de_DE": ["Köln", "Hamburg", "Leipzig", "Dresden", "Bremen", "Stuttgart", "Nürnberg", "Freiburg", "Kassel"],
    "fr_FR": ["Lyon", "Toulouse", "Nantes", "Lille", "Rennes", "Grenoble", "Montpellier", "Dijon", "Reims"],
    "es_ES": ["Sevilla", "Zaragoza", "Málaga", "Bilbao", "Valladolid", "Granada", "Alicante", "Murcia"],
    "it_IT": ["Torino", "Bologna", "Firenze", "Bari", "Palermo", "Verona", "Padova", "Genova"],
    "nl_NL": ["Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Tilburg", "Nijmegen", "Haarlem"],
    "pl_PL": ["Warszawa", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin", "Katowice"],
    "pt_BR": [("Belo Horizonte", "MG"), ("Recife", "PE"), ("Curitiba", "PR"), ("Salvador", "BA"), ("Fortaleza", "CE"),
              ("Porto Alegre", "RS"), ("Campinas", "SP")],
    "es_MX": [("Guadalajara", "Jal."), ("Puebla", "Pue."), ("Monterrey", "N.L."), ("Oaxaca de Juárez", "Oax."),
              ("Mérida", "Yuc."), ("León", "Gto."), ("Morelia", "Mich."), ("Tijuana", "B.C.")],
    "en_CA": [("Toronto", "ON"), ("Winnipeg", "MB"), ("Calgary", "AB"), ("Halifax", "NS"), ("Surrey", "BC"),
              ("Ottawa", "ON"), ("Regina", "SK")],
    "en_IN": ["Pune", "Bengaluru", "Hyderabad", "Kochi", "Ahmedabad", "Lucknow", "Chandigarh", "Nagpur"],
    "en_AU": [("Fitzroy", "VIC", "3065"), ("Parramatta", "NSW", "2150"), ("Toowong", "QLD", "4066"),
              ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")],
}
NONLATIN_PLACES = ["東京", "大阪", "横浜", "서울", "부산", "北京", "上海", "广州", "Москва", "Санкт-Петербург",
                   "Киев", "القاهرة", "الرياض", "دبي", "मुंबई", "दिल्ली", "लखनऊ", "Αθήνα", "תל אביב", "กรุงเทพ"]
LATIN_INTL_PLACES = ["Manila", "Quezon City", "Cebu", "Lagos", "Accra", "Nairobi", "Kingston", "Santo Domingo",
                     "San Juan de Lurigancho", "Bogotá", "Medellín", "Lima", "Quito", "Oaxaca", "Guadalajara",
                     "Karachi", "Lahore", "Dhaka", "Kathmandu", "Ho Chi Minh City", "Hanoi", "Da Nang",
                     "Port-au-Prince", "San Salvador", "Tegucigalpa", "Addis Ababa", "Krakow", "Porto", "Cork"]


def intl_address(country=None):
    c = country or pick(["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "es_MX", "en_CA",
                         "en_IN", "en_AU", "ja_JP", "ja_rom", "ko_KR", "zh_CN", "ru_RU"])
    if c == "en_GB":
        f = FK["en_GB"]
        flat = f"Flat {rng.randint(1, 24)}, " if chance(0.3) else ""
        road = f"{rng.randint(1, 220)} {f.last_name()} {pick(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Gardens', 'Crescent'])}"
        sep = "\n" if chance(0.25) else ", "
        return f"{flat}{road}{sep}{pick(INTL_CITIES['en_GB'])} {f.postcode()}", c
    if c == "de_DE":
        f = FK["de_DE"]
        return f"{f.street_name()} {rng.randint(1, 140)}{pick(['', '', 'a', 'b'])}, {f.postcode()} {pick(INTL_CITIES['de_DE'])}", c
    if c == "fr_FR":
        f = FK["fr_FR"]
        apt = pick(["", "", "Bât. B, ", "Appt 12, "])
        return f"{apt}{f.street_address()}, {f.postcode()} {pick(INTL_CITIES['fr_FR'])}", c
    if c == "es_ES":
        f = FK["es_ES"]
        return f"{f.street_name()} {rng.randint(1, 200)}, {rng.randint(1, 9)}º {pick('ABCD')}, {f.postcode()} {pick(INTL_CITIES['es_ES'])}", c
    if c == "it_IT":
        f = FK["it_IT"]
        return f"{pick(['Via', 'Viale', 'Corso', 'Piazza'])} {f.last_name()} {rng.randint(1, 180)}, {f.postcode()} {pick(INTL_CITIES['it_IT'])}", c
    if c == "nl_NL":
        f = FK["nl_NL"]
        return f"{f.street_name()} {rng.randint(1, 300)}, {rng.randint(1000, 9999)} {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)} {pick(INTL_CITIES['nl_NL'])}", c
    if c == "pl_PL":
        f = FK["pl_PL"]
        return f"ul. {f.street_name()} {rng.randint(1, 90)}/{rng.randint(1, 40)}, {f.postcode()} {pick(INTL_CITIES['pl_PL'])}", c
    if c == "pt_BR":
        f = FK["pt_BR"]
        city, uf = pick(INTL_CITIES["pt_BR"])
        return f"Rua {f.last_name()} {f.last_name()}, {rng.randint(10, 3000)}, apto {rng.randint(11, 1204)}, {f.bairro()}, {city} - {uf}, {digits(5)}-{digits(3)}", c
    if c == "es_MX":
        f = FK["es_MX"]
        city, st = pick(INTL_CITIES["es_MX"])
        return f"{pick(['Calle', 'Av.', 'Calz.', 'Privada'])} {f.last_name()} {rng.randint(1, 2500)}{pick(['', ' Int. 4', ' Depto. 3'])}, Col. {f.last_name()}, {digits(5)} {city}, {st}", c
    if c == "en_CA":
        city, prov = pick(INTL_CITIES["en_CA"])
        pc = f"{pick('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}{pick('ABCEGHJKLMNPRSTVWXYZ')} {rng.randint(0, 9)}{pick('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        unit = f"{rng.randint(101, 2405)}-" if chance(0.3) else ""
        return f"{unit}{rng.randint(10, 9999)} {FK['en_CA'].last_name()} {pick(['St', 'Ave', 'Cres', 'Rd', 'Blvd'])}, {city}, {prov} {pc}", c
    if c == "en_IN":
        city = pick(INTL_CITIES["en_IN"])
        return f"{pick(['Flat', 'H.No.', 'Plot'])} {rng.randint(1, 999)}, {pick(['Shanti', 'Ganga', 'Sai', 'Lotus', 'Green Park'])} {pick(['Apartments', 'Residency', 'Enclave', 'Society'])}, {pick(['MG Road', 'Station Road', 'Sector 14', 'Koramangala', 'Banjara Hills', 'Aundh'])}, {city} {rng.randint(110001, 799999)}", c
    if c == "en_AU":
        sub, st, pc = pick(INTL_CITIES["en_AU"])
        return f"{rng.randint(1, 200)} {FK['en_AU'].last_name()} {pick(['St', 'Rd', 'Pde', 'Tce'])}, {sub} {st} {pc}", c
    if c == "ja_JP":
        return f"〒{digits(3)}-{digits(4)} {FK['ja_JP'].address()}", c
    if c == "ja_rom":
        return f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {pick(['Higashi-Nakano', 'Kichijoji', 'Ebisu', 'Namba', 'Tenjin'])}, {pick(['Nakano-ku, Tokyo', 'Musashino-shi, Tokyo', 'Shibuya-ku, Tokyo', 'Chuo-ku, Osaka', 'Fukuoka'])} {digits(3)}-{digits(4)}", c
    if c == "ko_KR":
        return FK["ko_KR"].address(), c
    if c == "zh_CN":
        return FK["zh_CN"].address(), c
    if c == "ru_RU":
        return FK["ru_RU"].address(), c
    raise ValueError(c)


PLACES_BY_CC = {"SA": ["الرياض", "جدة", "Riyadh", "Jeddah", "Dammam"], "TR": ["İstanbul", "Ankara", "İzmir", "Bursa"],
                "GR": ["Αθήνα", "Θεσσαλονίκη", "Athens", "Patras"], "IL": ["תל אביב", "חיפה", "Haifa", "Be'er Sheva"],
                "UA": ["Київ", "Львів", "Odesa", "Kharkiv"], "TH": ["กรุงเทพ", "เชียงใหม่", "Bangkok", "Chiang Mai"],
                "RU": ["Москва", "Санкт-Петербург", "Kazan", "Novosibirsk"], "CN": ["北京", "上海", "广州", "Chengdu", "Wuhan"],
                "KR": ["서울", "부산", "Busan", "Incheon", "Daegu"]}


def intl_city():
    return pick(NONLATIN_PLACES + LATIN_INTL_PLACES + [x if isinstance(x, str) else x[0]
                                                        for k in ("en_GB", "de_DE", "fr_FR", "en_IN") for x in INTL_CITIES[k]])

# ---------------------------------------------------------------- phones
AREA = ["205", "212", "214", "216", "239", "252", "262", "301", "305", "313", "323", "336", "347", "360", "402",
        "404", "407", "414", "423", "432", "469", "478", "502", "505", "512", "516", "520", "559", "563", "571",
        "586", "601", "603", "608", "615", "619", "646", "660", "678", "701", "706", "713", "718", "724", "727",
        "732", "757", "773", "786", "801", "803", "808", "816", "832", "843", "857", "907", "910", "916", "929",
        "941", "951", "954", "971", "978", "985"]
VANITY = ["FIX-ROOF", "GO-NAILS", "CAKES4U", "MOVE-NOW", "TAXES-99", "PET-SITS", "LAWN-GUY", "TUTOR-ME"]


def us_phone():
    a = pick(AREA)
    e = str(rng.randint(2, 9)) + digits(2)
    n = digits(4)
    if chance(0.07):
        e, n = "555", "01" + digits(2)
    fmt = pick(["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a}{e}{n}", "+1 {a} {e} {n}", "1-{a}-{e}-{n}",
                "001-{a}-{e}-{n}", "+1 ({a}) {e}-{n}", "{a} {e} {n}", "+1-{a}-{e}-{n}", "({a}){e}-{n}",
                "{a}-{e}-{n}", "({a}) {e}-{n}", "{a}.{e}.{n}"])
    s = fmt.format(a=a, e=e, n=n)
    if chance(0.16):
        s += pick([f" x{digits(4)}", f" ext. {rng.randint(2, 99)}", f" extension {rng.randint(1, 9)}",
                   f" ext {digits(3)}", f" x{rng.randint(10, 99)}", f" Ext. {digits(3)}"])
    return s


def vanity_phone():
    return f"1-{pick(['800', '888', '877', '866'])}-{pick(VANITY)}"


def intl_phone(c=None):
    c = c or pick(["GB", "DE", "FR", "MX", "IN", "JP", "BR", "ES", "IT", "CN", "KR", "AU", "PH", "NL", "PL", "RU",
                   "SA", "TR", "CA", "NG"])
    d = digits
    f = {
        "GB": [lambda: f"+44 20 7946 0{d(3)}", lambda: f"020 7946 0{d(3)}", lambda: f"07700 900{d(3)}",
               lambda: f"+44 7700 900{d(3)}", lambda: f"0161 496 0{d(3)}", lambda: f"+44 (0)113 496 0{d(3)}"],
        "DE": [lambda: f"+49 30 {d(7)}", lambda: f"030 {d(8)}", lambda: f"+49 170 {d(7)}", lambda: f"0171 {d(7)}",
               lambda: f"+49 (0)221 {d(3)} {d(4)}"],
        "FR": [lambda: f"+33 {rng.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"0{rng.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",
               lambda: f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
        "MX": [lambda: f"+52 55 {d(4)} {d(4)}", lambda: f"55 {d(4)} {d(4)}", lambda: f"+52 1 33 {d(4)} {d(4)}",
               lambda: f"(81) {d(4)}-{d(4)}"],
        "IN": [lambda: f"+91 9{d(4)} {d(5)}", lambda: f"09{d(4)} {d(5)}", lambda: f"+91-22-{d(4)}-{d(4)}",
               lambda: f"+91 8{d(9)}"],
        "JP": [lambda: f"+81 3-{d(4)}-{d(4)}", lambda: f"03-{d(4)}-{d(4)}", lambda: f"090-{d(4)}-{d(4)}",
               lambda: f"+81 90 {d(4)} {d(4)}"],
        "BR": [lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(21) 9{d(4)}-{d(4)}", lambda: f"+55 (31) {d(4)}-{d(4)}"],
        "ES": [lambda: f"+34 91{d(1)} {d(3)} {d(3)}", lambda: f"6{d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+34 6{d(2)} {d(3)} {d(3)}"],
        "IT": [lambda: f"+39 06 {d(4)} {d(4)}", lambda: f"3{d(2)} {d(3)} {d(4)}", lambda: f"+39 3{d(2)} {d(7)}"],
        "CN": [lambda: f"+86 13{d(1)} {d(4)} {d(4)}", lambda: f"13{d(1)} {d(4)} {d(4)}", lambda: f"010-{d(4)} {d(4)}",
               lambda: f"+86 21 {d(4)} {d(4)}"],
        "KR": [lambda: f"+82 10-{d(4)}-{d(4)}", lambda: f"010-{d(4)}-{d(4)}", lambda: f"02-{d(3)}-{d(4)}"],
        "AU": [lambda: f"+61 2 {d(4)} {d(4)}", lambda: f"04{d(2)} {d(3)} {d(3)}", lambda: f"(03) {d(4)} {d(4)}"],
        "PH": [lambda: f"+63 9{d(2)} {d(3)} {d(4)}", lambda: f"09{d(2)} {d(3)} {d(4)}", lambda: f"(02) 8{d(3)} {d(4)}"],
        "NL": [lambda: f"+31 6 {d(8)}", lambda: f"06-{d(8)}", lambda: f"020-{d(3)} {d(4)}"],
        "PL": [lambda: f"+48 {rng.randint(5, 8)}{d(2)} {d(3)} {d(3)}", lambda: f"{rng.randint(5, 8)}{d(2)}-{d(3)}-{d(3)}"],
        "RU": [lambda: f"+7 495 {d(3)}-{d(2)}-{d(2)}", lambda: f"8 (916) {d(3)}-{d(2)}-{d(2)}", lambda: f"+7 9{d(2)} {d(3)} {d(2)} {d(2)}"],
        "SA": [lambda: f"+966 5{d(1)} {d(3)} {d(4)}", lambda: f"05{d(1)} {d(3)} {d(4)}"],
        "TR": [lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", lambda: f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"],
        "CA": [lambda: f"+1 416 {rng.randint(2, 9)}{d(2)} {d(4)}", lambda: f"(604) {rng.randint(2, 9)}{d(2)}-{d(4)}",
               lambda: f"+1-514-{rng.randint(2, 9)}{d(2)}-{d(4)}"],
        "NG": [lambda: f"+234 80{d(1)} {d(3)} {d(4)}", lambda: f"080{d(1)} {d(3)} {d(4)}"],
        "GR": [lambda: f"+30 69{d(1)} {d(3)} {d(4)}", lambda: f"210 {d(3)} {d(4)}"],
        "IL": [lambda: f"+972 5{d(1)}-{d(3)}-{d(4)}", lambda: f"05{d(1)}-{d(3)}-{d(4)}"],
        "UA": [lambda: f"+380 {pick(['50', '67', '97'])} {d(3)} {d(2)} {d(2)}", lambda: f"0{pick(['50', '67'])} {d(3)} {d(4)}"],
        "TH": [lambda: f"+66 8{d(1)} {d(3)} {d(4)}", lambda: f"08{d(1)}-{d(3)}-{d(4)}"],
    }[c]
    return pick(f)()

# ---------------------------------------------------------------- email / url
US_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net",
              "att.net", "sbcglobal.net", "verizon.net", "protonmail.com", "msn.com", "charter.net", "bellsouth.net"]
INTL_DOMAINS = ["gmx.de", "web.de", "orange.fr", "free.fr", "libero.it", "yahoo.co.uk", "btinternet.com",
                "uol.com.br", "terra.com.br", "yahoo.co.jp", "naver.com", "qq.com", "163.com", "mail.ru",
                "yandex.ru", "rediffmail.com", "wp.pl", "ziggo.nl", "telefonica.net", "prodigy.net.mx"]


def ascii_slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


DOMAINS_BY_LOC = {"en_GB": ["btinternet.com", "yahoo.co.uk", "sky.com", "gmail.com"],
                  "de_DE": ["gmx.de", "web.de", "t-online.de"], "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
                  "es_MX": ["prodigy.net.mx", "hotmail.com", "gmail.com", "yahoo.com.mx"],
                  "es_ES": ["telefonica.net", "gmail.com", "hotmail.es"], "it_IT": ["libero.it", "virgilio.it", "gmail.com"],
                  "pt_BR": ["uol.com.br", "terra.com.br", "gmail.com", "bol.com.br"], "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
                  "pl_PL": ["wp.pl", "onet.pl", "interia.pl"], "en_IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
                  "en_CA": ["rogers.com", "shaw.ca", "gmail.com"], "en_AU": ["bigpond.com", "optusnet.com.au"],
                  "tr_TR": ["gmail.com", "hotmail.com.tr"]}


def email_for(first, last, intl=False, loc=None):
    f, l = ascii_slug(first) or pick(["mama", "papa", "family"]), ascii_slug(last) or "home"
    dom = pick(DOMAINS_BY_LOC[loc] if loc in DOMAINS_BY_LOC else INTL_DOMAINS if intl else US_DOMAINS)
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}",
                  f"{f}{rng.randint(1940, 2005)}", f"{l}{f[0]}{rng.randint(10, 99)}", f"the{l}family",
                  f"{f}.{l}.{rng.randint(1, 9)}", f"{f[0]}.{l}"])
    return f"{local}@{dom}"


def url_for(first, last, kind=None):
    f, l = ascii_slug(first) or "family", ascii_slug(last) or "home"
    if kind == "fund":
        return pick([f"https://www.gofundme.com/f/help-{f}-{l}", f"gofundme.com/f/{f}s-{pick(['surgery', 'recovery', 'medical-bills', 'transplant'])}",
                     f"https://www.caringbridge.org/visit/{f}{l}", f"caringbridge.org/visit/{l}family",
                     f"https://gofund.me/{l}{rng.randint(100, 999)}", f"www.{f}{l}strong.org"])
    if kind == "social":
        return pick([f"https://www.linkedin.com/in/{f}-{l}-{rng.randint(10, 999)}", f"linkedin.com/in/{f}{l}",
                     f"facebook.com/{f}.{l}.{rng.randint(1, 99)}", f"instagram.com/{f}_{l}",
                     f"tiktok.com/@{f}{l}{rng.randint(1, 99)}", f"https://www.facebook.com/{f}{l}"])
    return pick([f"www.{f}{l}.com", f"https://www.linkedin.com/in/{f}-{l}-{rng.randint(10, 999)}",
                 f"linkedin.com/in/{f}{l}", f"facebook.com/{f}.{l}.{rng.randint(1, 99)}",
                 f"https://www.gofundme.com/f/help-{f}-{l}", f"gofundme.com/f/{f}s-{pick(['surgery', 'recovery', 'medical-bills', 'transplant'])}",
                 f"https://www.caringbridge.org/visit/{f}{l}", f"caringbridge.org/visit/{l}family",
                 f"instagram.com/{f}_{l}", f"https://{f}{l}.wordpress.com", f"https://sites.google.com/view/{f}-{l}",
                 f"http://{l}{pick(['plumbing', 'photo', 'bakery', 'lawncare', 'tutoring'])}.com",
                 f"www.{f}{l}art.net", f"https://{f}-{l}.squarespace.com", f"tiktok.com/@{f}{l}{rng.randint(1, 99)}",
                 f"https://www.etsy.com/shop/{f.capitalize()}{l.capitalize()}Designs"])

# ---------------------------------------------------------------- numbers
def ssn():
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    a, g, s = f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return pick([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])


MBI_AL = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_AL + string.digits
    s = (str(rng.randint(1, 9)) + pick(MBI_AL) + pick(an) + str(rng.randint(0, 9)) + pick(MBI_AL) + pick(an) +
         str(rng.randint(0, 9)) + pick(MBI_AL) + pick(MBI_AL) + digits(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if chance(0.6) else s


def mrn():
    r = rng.random()
    if r < 0.25:
        return digits(rng.choice([7, 8, 9, 10]))
    if r < 0.4:
        return pick("ABCEHKMRW") + digits(7)
    if r < 0.5:
        return f"{digits(2)}-{digits(3)}-{digits(3)}"
    if r < 0.62:
        return pick(["XJH", "W", "YRH", "BCX", "ZGP", "MBR", "U"]) + digits(rng.choice([8, 9, 10]))
    if r < 0.75:
        return mbi()
    if r < 0.85:
        return digits(8) + pick("ABCDT")  # medicaid style
    if r < 0.92:
        return f"{pick(['MRN', 'PT', 'CH'])}-{digits(7)}"
    return f"{digits(3)} {digits(3)} {digits(3)}"


def nhs():
    return f"{digits(3)} {digits(3)} {digits(4)}"


def dob(intl=False, numeric=False):
    y, m, d = rng.randint(1925, 2015), rng.randint(1, 12), rng.randint(1, 28)
    mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"][m - 1]
    if numeric:
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y}"])
    if intl:
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon[:3]} {y}",
                     f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}", f"{d}-{m}-{y}"])
    return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}",
                 f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{mon[:3]}. {d}, {y}", f"{m:02d}-{d:02d}-{y}",
                 f"{d} {mon} {y}", f"{m}.{d}.{y}"])


def luhn_digit(p):
    tot = 0
    for i, ch in enumerate(reversed(p)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def card():
    pre, ln = pick([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                    ("6011", 16), ("65", 16), ("4", 16)])
    body = pre + digits(ln - len(pre) - 1)
    num = body + luhn_digit(body)
    if chance(0.2):  # some not Luhn-valid (typed wrong)
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    if ln == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return pick([" ".join(groups), "-".join(groups), num, " ".join(groups)])


def routing():
    first = pick(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31"])
    b = first + digits(6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def bank_acct():
    return digits(rng.choice([8, 9, 10, 11, 12]))


IBAN_SPEC = {"DE": "n18", "FR": "n10c11n2", "GB": "a4n14", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10",
             "PL": "n24", "PT": "n21", "BE": "n12", "AT": "n16", "IE": "a4n14", "CH": "n5c12", "SE": "n20",
             "DK": "n14", "NO": "n11", "FI": "n14", "GR": "n7c16", "TR": "n6c16", "SA": "n2c18", "LU": "n3c13",
             "CZ": "n20", "RO": "a4c16", "HU": "n24", "BR": "n23a1c1", "AE": "n19"}


def iban(country=None, fmt=None):
    cc = country or pick(list(IBAN_SPEC))
    out = []
    for kind, n in re.findall(r"([nac])(\d+)", IBAN_SPEC[cc]):
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[kind]
        # real BBANs are mostly digits even where letters are allowed
        if kind == "c":
            pool = string.digits * 4 + string.ascii_uppercase
        out.append("".join(rng.choice(pool) for _ in range(int(n))))
    b = "".join(out)
    num = int("".join(str(int(ch, 36)) for ch in b + cc + "00"))
    s = f"{cc}{98 - num % 97:02d}{b}"
    fmt = fmt or pick(["spaced", "spaced", "compact", "compact", "lower", "lower_spaced"])
    if fmt in ("spaced", "lower_spaced"):
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if fmt.startswith("lower"):
        s = s.lower()
    return s, cc

# ---------------------------------------------------------------- templates
# each returns (style, markup). I write the wording; values come from the generators above.
def kd(n=1):
    return rng.sample(DRUGS, n)


def dose():
    return pick(["daily", "BID", "qhs", "prn", "q AM", "TID", "weekly", "1 tab daily", "as directed"])


def person_us_pair(g=None):
    first, last = us_first_last(g)
    return first, last


def t_clin_1():
    f, l = person_us_pair()
    rw, rg = role()
    cf, cl = person_us_pair(rg)
    d1, d2 = kd(2)
    c1, c2 = rng.sample(CONDS, 2)
    pt = pick([f"{f} {l}", f"{l}, {f}", f"{f} {rng.choice(string.ascii_uppercase)}. {l}"])
    return "clinician_note", (
        f"Pt: {P(pt)}\nDOB: {D(dob())}\n{pick(['MRN', 'MRN#', 'Chart #', 'Acct/MRN'])}: {M(mrn())}\n"
        f"{pick(['', '', 'SSN: ' + S(ssn()) + chr(10)])}"
        f"Dx: {K(c1)}, {K(c2)}\nMeds: {K(d1)} {dose()}, {K(d2)} {dose()}\n"
        f"Caregiver: {rw} {P(cf + ' ' + cl if chance(0.6) else cf)}, {T(us_phone())}\n"
        f"Plan: {pick(['recheck in 2 wks', 'cont current regimen', 'labs before next visit', 'refer to ' + pick(SPECIALTY), 'home safety eval'])}")


def t_clin_2():
    g = gender()
    f, l = person_us_pair(g)
    rw, rg = role()
    cg = us_name("first", rg)
    drug = pick(DRUGS)
    lab = pick(LABS)
    doc = us_name("last")
    return "clinician_note", (
        f"S: {rng.randint(58, 97)}yo {g} seen at home. {rw.capitalize()} {P(cg)} reports "
        f"{pick(SYMPTOMS)} x {rng.randint(2, 10)} days. "
        f"O: BP {rng.randint(100, 182)}/{rng.randint(58, 104)}, HR {rng.randint(52, 118)}, SpO2 {rng.randint(86, 99)}%. "
        f"A: {K(pick(CONDS))}, {pick(['stable', 'worsening', 'improved', 'uncontrolled'])}. "
        f"P: cont {K(drug)}; {K(lab)} next wk; f/u Dr. {P(doc)}. Pt {P(f + ' ' + l)}, MRN {M(mrn())}.")


def t_clin_3():
    pt = us_name()
    rw, rg = role()
    caller = us_name("full", rg)
    return "clinician_note", (
        f"Phone note {rng.randint(1, 12)}/{rng.randint(1, 28)} {rng.randint(7, 18):02d}{pick(['00', '15', '30', '45'])}: "
        f"{P(caller)} ({rw}) called re pt {P(pt)} (DOB {D(dob())}) c/o {pick(SYMPTOMS)} since starting "
        f"{K(pick(DRUGS))}. {pick(['Advised to hold dose and recheck BP.', 'Advised ED if worse.', 'Appt made for AM.', 'Routed to PCP.'])} "
        f"Callback {T(us_phone())}.")


def t_clin_4():
    g = gender()
    pt = us_name("full", g)
    rw, rg = role()
    cg = us_name("full", rg)
    d = kd(3)
    return "clinician_note", (
        f"Home health SOC: {P(pt)}, {rng.randint(60, 99)}{g}, lives at {L(us_address(False))} with "
        f"{rw} {P(cg)}. {K(pick(CONDS))}. Meds reviewed: {K(d[0])}, {K(d[1])}, {K(d[2])}. "
        f"{pick(['Medicare', 'Medicare ID', 'MBI'])} {M(mbi())}.")


def t_clin_5():
    pt = us_name()
    doc = us_name("last")
    d1, d2 = kd(2)
    return "clinician_note", (
        f"Pharmacy note: {P(pt)} (MRN {M(mrn())}) started on {K(d1)} by Dr. {P(doc)}; also on {K(d2)} -> "
        f"monitor {K(pick(LABS))}. Pt prefers text at {T(us_phone())}{pick(['', ', email ' + E(email_for(*person_us_pair()))])}.")


def t_clin_6():
    pt = us_name()
    rw, rg = role()
    cg = us_name("first", rg)
    return "clinician_note", (
        f"SW: met w/ {P(pt)} and {rw} {P(cg)}. Discussed {pick(['LTC placement', 'SNAP benefits', 'respite care', 'advance directives', 'home modifications'])}. "
        f"SSN {S(ssn())} verified for {pick(['Medicaid', 'SSI', 'LIHEAP', 'waiver'])} application. Dx {K(pick(CONDS))}. "
        f"Mailing addr: {L(us_special_address() if chance(0.4) else us_address())}.")


def t_clin_7():
    loc = pick(["en_GB", "de_DE", "fr_FR", "es_MX", "en_IN", "pt_BR", "ja_JP", "ko_KR", "it_IT"])
    cc = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_MX": "MX", "en_IN": "IN", "pt_BR": "BR", "ja_JP": "JP",
          "ko_KR": "KR", "it_IT": "IT"}[loc]
    pt = us_name()
    rw, rg = role(pick("FM"))
    rel = intl_name(loc, "full", rg)
    return "clinician_note", (
        f"Travel note: pt {P(pt)} going to stay w/ {rw} {Pi(rel)} at {Li(intl_address(loc if loc != 'ja_JP' else pick(['ja_JP', 'ja_rom']))[0])} "
        f"for ~{rng.randint(2, 6)} mos. Local contact {Ti(intl_phone(cc))}. 90-day supply {K(pick(DRUGS))} sent; "
        f"{K(pick(CONDS))} plan reviewed. DOB {D(dob())}.")


def t_speaker_1():
    a, b = us_name("first"), us_name("first")
    rel = pick(RELS)
    d = pick(DRUGS)
    return "speaker_label", (
        f"{P(a)}: did anyone call about {K(rel)}'s {K(d)} refill\n"
        f"{P(b)}: yes, {pick(PHARM)} said {pick(['ready after 3', 'needs a new script', 'insurance rejected it', 'out of stock till ' + pick(WEEKDAYS)])}\n"
        f"{P(a)}: ok can you grab it, i'm stuck at work. call {P(us_name('first'))} at {T(us_phone())} if they give you trouble")


def t_speaker_2():
    pg = gender()
    pref = pick({"F": ["Daughter", "Wife", "Granddaughter", "Niece"], "M": ["Son", "Husband", "Grandson", "Nephew"]}[pg])
    a = us_name("first", pg)
    nurse = us_name("first")
    g = gender()
    who = pick({"F": ["mom", "grandma", "my wife", "auntie"], "M": ["dad", "grandpa", "my husband", "pop"]}[g])
    return "speaker_label", (
        f"{pref} {P(a)}: {pick(['is it ok that', 'should we worry that', 'quick question,'])} {who} has had {pick(SYMPTOMS)} since the new {K(pick(DRUGS))}?\n"
        f"Nurse {P(nurse)}: Thanks for letting us know. Any change in {his(g)} {K(pick(BODY))}? I'll ask Dr. {P(us_name('last'))}.\n"
        f"{pref} {P(a)}: {pick(['ok', 'thank you', 'ty', 'sounds good', 'no change'])}. we're at {L(us_address(False))}")


def t_speaker_3():
    a, b, c = us_name("first"), us_name("first"), us_name("first")
    return "speaker_label", (
        f"{P(a)}: {K(pick(WEEKDAYS))} plan for Mom's {K(pick(SPECIALTY))} appt?\n"
        f"{P(b)}: I'll drive. it's at {L(us_address(False))}\n"
        f"{P(c)}: bring her med list (the {K(pick(DRUGS))} dose changed) and the insurance card, member id {M(mrn())}\n"
        f"{P(b)}: got it")


def t_speaker_4():
    a = us_name()
    b = us_name("first")
    h, m = rng.randint(7, 10), rng.randint(0, 40)
    return "speaker_label", (
        f"{h}:{m:02d} AM {P(a)}: Good morning, this is the {K(pick(['home health', 'hospice', 'wound care', 'infusion']))} team. Confirming {pick(WEEKDAYS)}'s visit.\n"
        f"{h}:{m + rng.randint(2, 19):02d} AM {P(b)}: Yes thank you. Please use the side door. Text me at {T(us_phone())} when you're close.")


def city_of(loc):
    x = pick(INTL_CITIES[loc])
    return x if isinstance(x, str) else x[0]


def t_speaker_5():
    loc = pick(["es_MX", "pt_BR", "fr_FR", "de_DE", "it_IT", "pl_PL"])
    cc = {"es_MX": "MX", "pt_BR": "BR", "fr_FR": "FR", "de_DE": "DE", "it_IT": "IT", "pl_PL": "PL"}[loc]
    a = us_name("first")
    b = intl_name(loc, "first")
    return "speaker_label", (
        f"{P(a)}: any news from {pick(['tio', 'tia', 'cousin', 'grandpa'])} {Pi(intl_name(loc, 'first'))}?\n"
        f"{Pi(b)}: still in the hospital in {Li(city_of(loc))}, {K(pick(CONDS))}\n"
        f"{P(a)}: send me the ward number\n{Pi(b)}: {Ti(intl_phone(cc))}")


def t_lower_1():
    f = us_name("first")
    d = pick(DRUGS)
    return "lower_case", (
        f"hey its {P(f)} ({K(pick(['mom', 'dad', 'grandma', 'grandpa']))}'s aide). the {K(d)} is almost out. "
        f"{pick(PHARM)} on {L(us_address(False))} has it ready. can someone pay, my number is {T(us_phone())}")


def t_lower_2():
    rel = pick(RELS_LOW)
    return "lower_case", (
        f"new address for {K(rel)}: {L(us_address())}. phone still {T(us_phone())}. "
        f"{pick(['please update the pharmacy too', 'the oxygen company needs it', 'send the pill packs there'])}, {K(pick(DRUGS))} especially")


def t_lower_3():
    f, l = person_us_pair()
    return "lower_case", (
        f"{P(f)} here, can someone send {(w := pick(['mom', 'dad', 'grandpa', 'grandma']))}'s {K(pick(LABS))} results to {E(email_for(f, l))}? "
        f"{'her' if w in ('mom', 'grandma') else 'his'} dob is {D(dob())} and the chart # is {M(mrn())}"
        f"{pick(['', '', ', ssn ' + S(ssn()) + ' if they ask'])}")


def t_lower_4():
    rg = gender()
    rel = pick({"F": ["my mom", "my grandma", "my wife", "my aunt", "my mother-in-law", "my sister", "my daughter"],
                "M": ["my dad", "my grandpa", "my husband", "my uncle", "my father-in-law", "my brother", "my son"]}[rg])
    return "lower_case", (
        f"{K(rel)} {P(us_name('full', rg))} has {K(pick(CONDS))} and needs a ride to {L(us_city())} on "
        f"{K(pick(WEEKDAYS))} for {pick(['dialysis', 'a scan', 'the eye doctor', 'an infusion', 'pt'])}. pls call {T(us_phone())}, ask for {P(us_name('first'))}")


def t_lower_5():
    f, l = person_us_pair()
    return "lower_case", (
        f"ok i set up the {pick(['gofundme', 'page', 'fundraiser'])} for {K(pick(['dads', 'moms', 'grandmas']))} {K(pick(['surgery', 'chemo', 'rehab']))}: {U(url_for(f, l, 'fund'))} "
        f"pls share. even $5 helps, {K(pick(['insurance', 'medicare']))} wont cover the {K(pick(['wheelchair van', 'home nurse', 'hearing aids']))}")


def t_caps_1():
    return "all_caps", (
        f"PLEASE CALL {P(us_name())} AT {T(us_phone())} ABOUT {K(pick(['MOM', 'DAD', 'GRANDMA']))}S "
        f"{K(pick(DRUGS))}. THE BOTTLE IS EMPTY AND THE PHARMACY WONT FILL IT. ADDRESS {L(us_address(False))}")


def t_caps_2():
    label, num = pick([("MEDICARE NUMBER", mbi), ("MEMBER ID", mrn), ("MEDICAID #", lambda: digits(8) + pick("ABT")),
                       ("INSURANCE ID", mrn), ("MBI", mbi)])
    return "all_caps", (
        f"THIS IS {P(us_name())}. MY {label} IS {M(num())} "
        f"AND MY {pick(['DOB', 'BIRTHDAY', 'DATE OF BIRTH'])} IS {D(dob())}{pick(['', '', ', SOCIAL ' + S(ssn())])}. I NEED MY {K(pick(DRUGS))} REFILLED BY "
        f"{K(pick(WEEKDAYS))}")


def t_caps_3():
    g = gender()
    return "all_caps", (
        f"{P(us_name('first', g))} NEEDS THE {K(pick(['DISABILITY', 'FMLA', 'SSI']))} FORM SIGNED. SSN {S(ssn())} "
        f"DOB {D(dob())}. FAX TO {T(us_phone())}. {he(g).upper()} HAS {K(pick(CONDS))}")


def t_caps_4():
    return "all_caps", (
        f"MY EMAIL CHANGED!!! NEW ONE IS {E(email_for(*person_us_pair()))} . OLD ONE GOT HACKED. "
        f"{P(us_name())} ({K(pick(CONDS))} GROUP)")


def t_list_1():
    pf, pl = person_us_pair()
    lines = [f"Emergency contacts for {P(pick([pf + ' ' + pl, pl + ', ' + pf]))}:"]
    for _ in range(rng.randint(2, 4)):
        rw, rg = role()
        if rw not in ROLE_G["N"] and chance(0.6):
            nm = us_name("first", rg) + " " + pl
        else:
            nm = us_name("full", rg)
        lines.append(f"- {rw} {P(nm)}: {T(us_phone())}")
    lines.append(f"- Dr. {P(us_name('last'))} ({K(pick(SPECIALTY))}): {T(us_phone())}")
    lines.append(f"- {K('Poison Control')}: {K('1-800-222-1222')}" if chance(0.4) else f"- crisis line: {K('988')}")
    return "list", "\n".join(lines)


def t_list_2():
    pt = us_name("first")
    ds = kd(rng.randint(3, 5))
    lines = [f"{P(pt)}'s meds ({pick(MONTHS)} update):"]
    for i, d in enumerate(ds, 1):
        lines.append(f"{i}. {K(d)} {pick(['in the AM', 'at night', 'twice a day', 'with food', 'at bedtime', 'as needed', 'every morning'])}")
    lines.append(f"{pick(['Medicare', 'Medicare ID', 'Ins'])}: {M(mrn())}")
    lines.append(f"Pharmacy: {K(pick(PHARM))}")
    return "list", "\n".join(lines)


def t_list_3():
    names = [us_name("first") for _ in range(rng.randint(3, 5))]
    body = ", ".join(P(n) for n in names[:-1]) + " and " + P(names[-1])
    return "list", (
        f"Ride schedule for {K(pick(RELS))}'s {K(pick(['dialysis', 'chemo', 'radiation', 'PT', 'wound care']))} this month: {body}. "
        f"If you can't make it text {P(us_name('first'))} at {T(us_phone())}.")


def t_list_4():
    return "list", (
        f"Docs the county needs for {P(us_name())}:\n"
        f"• SSN: {S(ssn())}\n• DOB {D(dob())}\n• proof of address ({L(us_address())})\n"
        f"• bank statement, acct {A(bank_acct())}\n• list of meds incl. {K(pick(DRUGS))}")


def t_list_5():
    f, l = person_us_pair()
    return "list", (
        f"Links for the family:\n- {K(pick(['Dad', 'Mom', 'Grandpa', 'Grandma']))}'s updates: {U(url_for(f, l, 'fund'))}\n"
        f"- meal train: {U(f'mealtrain.com/trains/{ascii_slug(l)}{rng.randint(100, 999)}')}\n"
        f"- questions for {P(f + ' ' + l)}: {E(email_for(f, l))}")


def t_runon_1():
    doc = us_name("last")
    d1, d2 = kd(2)
    return "run_on", (
        f"so {pick(['mom', 'dad', 'grandma', 'my husband'])} saw Dr. {P(doc)} today and they said the {K(pick(CONDS))} is "
        f"worse and they want to switch from {K(d1)} to {K(d2)} and the new one needs a prior auth so the pharmacy at "
        f"{L(us_address(False))} said to call {T(us_phone())} and ask for {P(us_name('first'))} but nobody ever picks up so can someone here help")


def t_runon_2():
    a = us_name()
    return "run_on", (
        f"{pick(['I', 'me and my brother', 'my sister and I'])} have been taking turns staying with {(rel := pick(['Mom', 'Dad', 'Grandpa', 'Grandma']))} since "
        f"the {K(pick(['fall', 'stroke', 'surgery', 'hospital stay']))} and {P(a)} from church said there's a respite program "
        f"in {L(us_city())} but you need a referral and {his('F' if rel in ('Mom', 'Grandma') else 'M')} {pick(['Medicare', 'Medicaid'])} number is {M(mrn())} and "
        f"the date of birth is {D(dob())} if that's what you need to make the referral, thank you so much")


def t_runon_3():
    f, l = person_us_pair()
    return "run_on", (
        f"just got off the phone with the billing office and they want the card on file updated so it's {A(card())} "
        f"now instead of the old one and the name on it is {P(f + ' ' + l)} and they said to also send the "
        f"{K(pick(['ambulance', 'MRI', 'ER', 'lab']))} receipt to {E(email_for(f, l))} so I'm doing that now")


def t_sig_1():
    f, l = person_us_pair()
    co = pick(["Tri-County Roofing", "Blue Ridge Logistics", "Summit Dental Group", "Harbor Freight Lines",
               "Lakeside Elementary", "Prairie Ag Supply", "Metro Transit", "Pinnacle Realty", "First Baptist Church",
               "Desert Sun Solar", "County Assessor's Office", "Northside Auto Body"])
    return "signature", (
        f"{pick(['Can we move', 'Please confirm', 'Question about'])} {pick(['Mom', 'Dad', 'my father', 'my mother'])}'s "
        f"{K(pick(['colonoscopy', 'mammogram', 'MRI', 'echo', 'stress test', 'bone density scan']))} {pick(['appointment', 'on ' + pick(WEEKDAYS)])}?\n\n"
        f"{P(f + ' ' + l)}\n{FK['en_US'].job()} | {co}\n{pick(['c', 'cell', 'm', 'mobile'])}: {T(us_phone())} | {E(email_for(f, l))}")


def t_sig_2():
    f, l = person_us_pair()
    return "signature", (
        f"{pick(['Thanks for the update on', 'Appreciate the help with', 'Still waiting on'])} the {K(pick(DRUGS))} {pick(['refill', 'prior auth', 'coupon'])}.\n--\n"
        f"{P(f + ' ' + l)}\n{L(us_address(True))}\n{U(url_for(f, l))}")


def t_sig_3():
    f = us_name("first")
    return "signature", (
        f"{pick(['is the', 'did the'])} {K(pick(['hospital bed', 'wheelchair', 'oxygen', 'commode', 'CPAP']))} "
        f"{pick(['coming today', 'get approved', 'ship yet'])}?\n\n{pick(['Thanks', 'thx', 'Best', 'Sincerely'])},\n{P(f)}\n"
        f"Sent from my {pick(['iPhone', 'Galaxy', 'iPad', 'Pixel'])}")


def t_sig_4():
    f, l = person_us_pair()
    later = pick([K("We'll") + " call later", K("I'll") + " update tonight", K("Don't") + " call after 9",
                  K("She's") + " napping now"])
    return "signature", (
        f"{K(pick(RELS))} {pick(['is doing better', 'had a rough night', 'is asking for you'])}. {later}.\n\n"
        f"{P(f + ' ' + l)} | {T(us_phone())} (cell) | {T(us_phone())} (office)\n{U(url_for(f, l))}")


def t_sig_5():
    f, l = person_us_pair()
    return "signature", (
        f"Attached is the {K(pick(['POLST', 'advance directive', 'medication list', 'discharge summary']))} for {P(us_name())}.\n\n"
        f"Respectfully,\n{P(f + ' ' + l)}, {pick(['Esq.', 'CPA', 'LCSW', 'Notary Public', 'Attorney at Law'])}\n"
        f"{L(us_address(True) if chance(0.7) else us_special_address())}\n{pick(['Tel', 'Ph', 'Office'])} {T(us_phone())} | Fax {T(us_phone())}")


def t_form_1():
    f, l = person_us_pair()
    return "form", (
        f"Name: {P(f + ' ' + l)}\nDOB: {D(dob())}\nSSN: {S(ssn())}\nAddress: {L(us_address())}\n"
        f"Phone: {T(us_phone())}\nEmail: {E(email_for(f, l))}\nInsurance ID: {M(mrn())}\nAllergies: {K(pick(DRUGS))}")


def t_form_2():
    f, l = person_us_pair()
    city, st, pre = pick(CITIES)
    return "form", (
        f"{pick(['Payment authorization', 'Card on file', 'Copay payment'])}\nCardholder: {P(f + ' ' + l)}\n"
        f"{pick(['Card number', 'Credit card', 'Visa', 'CC#', 'card'])}: {A(card())}\nExp: {rng.randint(1, 12):02d}/{rng.randint(25, 30)}\n"
        f"Billing ZIP: {L(pre + digits(2))}\nFor: {K(pick(['physical therapy', 'sleep study', 'allergy testing', 'hearing aids', 'CGM supplies']))}")


def t_form_3():
    f, l = person_us_pair()
    return "form", (
        f"{pick(['Direct deposit', 'Refund by ACH', 'Caregiver payroll'])}\nAccount holder: {P(f + ' ' + l)}\n"
        f"{pick(['Routing', 'Routing #', 'ABA'])}: {A(routing())}\n{pick(['Account', 'Acct #', 'Checking acct'])}: {A(bank_acct())}\n"
        f"Bank: {pick(['Chase', 'Wells Fargo', 'Regions', 'PNC', 'a credit union'])}\nRe: {K(pick(RELS))}'s {K(pick(['home care', 'hospice', 'respite']))}")


def t_form_4():
    pt = us_name()
    rw, rg = role()
    rq_f, rq_l = person_us_pair(rg)
    return "form", (
        f"Release of information\nPatient: {P(pt)}, DOB {D(dob())}, MRN {M(mrn())}\n"
        f"Release to: {P(rq_f + ' ' + rq_l)} ({rw})\n{L(us_address(True))}\n{E(email_for(rq_f, rq_l))}\n"
        f"Purpose: {K(pick(['continuity of care', 'disability claim', 'second opinion']))}")


def t_form_5():
    loc = pick(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB"])
    cc = {"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL", "en_GB": "GB"}[loc]
    name = intl_name(loc)
    return "form", (
        f"Name: {Pi(name)}\nDate of birth: {Di(dob(intl=True))}\nAddress: {Li(intl_address(loc)[0])}\n"
        f"Tel: {Ti(intl_phone(cc))}\n{pick(['IBAN', 'iban', 'Bank (IBAN)', 'Account'])}: {Ai(iban(cc)[0])}\nCondition: {K(pick(CONDS))}")


def t_form_6():
    f, l = person_us_pair()
    return "form", (
        f"Transportation request\nRider: {P(l + ', ' + f)}\nPickup: {L(us_address())}\nDropoff: {K(pick(['Mayo Clinic', 'Cleveland Clinic', 'the VA', 'Kaiser']))}\n"
        f"Contact: {T(us_phone())}\nMedicaid ID: {M(digits(9) + pick(['', 'A', 'T']))}\nNeeds: {K(pick(['wheelchair', 'walker', 'oxygen']))}")


def t_gen_1():
    return "general_text", (
        f"Hi, please update my address to {L(us_address())}. {pick(['Phone is the same.', 'New phone is ' + T(us_phone()) + '.'])} "
        f"Thanks, {P(us_name())}")


def t_gen_2():
    f, l = person_us_pair()
    return "general_text", (
        f"I was charged twice for the {K(pick(MONTHS))} visit on my {pick(['visa', 'card', 'credit card', 'mastercard', 'amex'])} "
        f"{A(card())}. Can someone reverse one? Acct holder {P(f + ' ' + l)}, {E(email_for(f, l))}.")


def t_gen_3():
    name = us_name()
    cc = pick(list(IBAN_SPEC))
    return "general_text", (
        f"We live abroad now, please send the refund for {K(pick(RELS))}'s {K(pick(['ambulance', 'MRI', 'lab']))} bill to "
        f"{pick(['IBAN', 'iban', 'my account', 'this IBAN:'])} {Ai(iban(cc)[0])}, account holder {P(name)}.")


def t_gen_4():
    f, l = person_us_pair()
    return "general_text", (
        f"{pick(['Shameless plug:', 'For anyone who asked,', 'fyi'])} my {pick(['photography', 'baking', 'dog walking', 'tax prep', 'quilting'])} "
        f"page is {U(url_for(f, l))}{pick(['', '', ' or call ' + T(vanity_phone())])}, I give discounts to caregivers from the {K(pick(GROUPS))}. - {P(f)}")


CONTR2 = ["I'm", "We're"]


def t_gen_5():
    return "general_text", (
        f"{K(pick(CONTR2))} looking for a {K(pick(['shower chair', 'walker', 'lift chair', 'hospital bed']))} to borrow. {pick(['We', 'I'])} live near "
        f"{L(us_city())}. Text {P(us_name('first'))} {T(us_phone())}")


def t_gen_6():
    f, l = person_us_pair()
    return "general_text", (
        f"Tax question: the caregiver we paid in {K(pick(MONTHS))} is {P(f + ' ' + l)}, SSN {S(ssn())}, address "
        f"{L(us_address())}. Do we need to file a W-2 for {K(pick(RELS))}'s care?")


def t_gen_7():
    return "general_text", (
        f"Please stop emailing {E(email_for(*person_us_pair()))}, that's my ex. Use {E(email_for(*person_us_pair()))} "
        f"for anything about {K(pick(['Dad', 'Mom', 'the kids']))}'s {K(pick(CONDS))}.")


def t_gen_8():
    loc = pick(["en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL"])
    cc = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "nl_NL": "NL", "es_ES": "ES", "it_IT": "IT", "pl_PL": "PL"}[loc]
    where = {"en_GB": "the UK", "de_DE": "Germany", "fr_FR": "France", "nl_NL": "the Netherlands", "es_ES": "Spain",
             "it_IT": "Italy", "pl_PL": "Poland"}[loc]
    return "general_text", (
        f"Paying the {K(pick(['physio', 'home nurse', 'care home']))} invoice for {P(us_name())} from our account in "
        f"{where}: {Ai(iban(cc)[0])}. Reference {rng.randint(1000, 99999)}. Contact {Pi(intl_name(loc))}, {Ti(intl_phone(cc))}.")


def t_fwd_1():
    f, l = person_us_pair()
    to_f, to_l = person_us_pair()
    pt = us_name()
    return "forwarded", (
        f"---------- Forwarded message ---------\nFrom: {P(f + ' ' + l)} <{E(email_for(f, l))}>\n"
        f"Date: {pick(WEEKDAYS)[:3]}, {pick(MONTHS)[:3]} {rng.randint(1, 28)}\nSubject: {pick(['Visit schedule', 'Re: meds', 'Follow up', 'Lab results'])} for {P(pt)}\n"
        f"To: {E(email_for(to_f, to_l))}\n\nHi {P(to_f)}, {pick(['the aide will come', 'the nurse will stop by', 'PT starts'])} {K(pick(WEEKDAYS))}. "
        f"{pick(['Please have', 'Make sure'])} the {K(pick(DRUGS))} out on the counter. Questions: {T(us_phone())}")


def t_fwd_2():
    a = us_name()
    return "forwarded", (
        f"> On {pick(MONTHS)[:3]} {rng.randint(1, 28)}, {P(a)} wrote:\n> {K(rel := pick(['Mom', 'Dad', 'Grandpa', 'Grandma']))}'s {K(pick(LABS))} came back "
        f"{pick(['high', 'low', 'borderline', 'weird'])}. Dr. {P(us_name('last'))} wants a recheck at {L(us_address(False))}.\n"
        f"{pick(['I can take ' + ('her' if rel in ('Mom', 'Grandma') else 'him'), 'ill drive', 'can someone else go, im traveling'])}")


def t_fwd_3():
    return "forwarded", (
        f"FW: voicemail transcript\n\"Hi, this message is for {P(' '.join(person_us_pair()))}. This is {P(' '.join(person_us_pair()))} with "
        f"{K(pick(['Medicare', 'Humana', 'Aetna', 'Blue Cross']))} regarding the {K(pick(['wheelchair', 'CPAP', 'oxygen']))} claim. "
        f"Please call me back at {T(us_phone())}. Reference the member ID {M(mrn())}. Thank you.\"")


def t_typos_1():
    return "typos", (
        f"hi this is {P(us_name())} my {pick(['husbnd', 'wif', 'mothr', 'fathr'])} {K(pick(DRUGS))} is not woking anymore "
        f"{pick(['pleas', 'plz', 'pls'])} have the docter call {T(us_phone())} {pick(['thnks', 'thank yu', 'ty'])}")


def t_typos_2():
    return "typos", (
        f"I need to reschdule my {K(pick(['colonscopy', 'mamogram', 'physicl', 'colonoscopy']))} apointment. Its {P(us_name())} "
        f"DOB {D(dob())}{pick(['', '', ' ssn ' + S(ssn()), ' social ' + S(ssn())])}. best # {T(us_phone())}")


def t_typos_3():
    return "typos", (
        f"{pick(['sory', 'sorry'])} for late msg, {pick(['grandpa', 'grampa', 'granpa'])} {P(us_name('first'))} is at "
        f"{L(us_address(False))} now, the {K(pick(['hospice', 'hosice']))} nurse shuld go their not the old place")

def t_runon_4():
    g = gender()
    f, l = person_us_pair(g)
    rel = "Mom" if g == "F" else "Dad"
    return "run_on", (
        f"ok so the lady at social security said we need {K(rel)}'s number on every page so it's {S(ssn())} and the "
        f"{K(pick(['disability', 'survivor benefits', 'SSI']))} claim is under {P(f + ' ' + l)} and also I posted the update on "
        f"{his(g)} page {U(url_for(f, l, 'fund'))} so people stop calling the house every night asking about the {K(pick(CONDS))}")


def t_fwd_4():
    f, l = person_us_pair()
    return "forwarded", (
        f"Fwd: {pick(['Your test results are ready', 'New message in MyChart', 'Appointment reminder'])}\n\n"
        f"Dear {P(f)}, a new {K(pick(LABS))} result was posted for patient {P(f + ' ' + l)} (DOB {D(dob())}). "
        f"View it here: {U('https://mychart.' + pick(['northbayhealth', 'sutterhealth', 'mercyone', 'atriumhealth']) + '.org/MyChart/' + ascii_slug(f) + ascii_slug(l) + str(rng.randint(10, 99)))}\n\n"
        f"{pick(['can someone explain this', 'is this bad??', 'fyi'])}")


def t_form_7():
    g = gender()
    f, l = person_us_pair(g)
    return "form", (
        f"Household employee info (home aide for {K(pick(RELS))})\nName: {P(f + ' ' + l)}\n"
        f"{pick(['SSN', 'Social Security No.', 'SS#'])}: {S(ssn())}\nDate of birth: {D(dob())}\n"
        f"Address: {L(us_address())}\nPhone: {T(us_phone())}\nStart date: {K(pick(MONTHS))} {rng.randint(1, 28)}\n"
        f"Duties: bathing, meals, {K(pick(['insulin', 'medication', 'wound care']))} reminders")


def t_gen_9():
    loc, cc, ac = pick([("en_GB", "GB", "en_GB"), ("es_MX", "MX", "es_MX"), ("en_IN", "IN", "en_IN"),
                        ("pt_BR", "BR", "pt_BR"), ("de_DE", "DE", "de_DE"), ("en_CA", "CA", "en_CA"),
                        ("fr_FR", "FR", "fr_FR"), ("ko_KR", "KR", "ko_KR"), ("ja_JP", "JP", "ja_rom")])
    g = gender()
    rel = intl_name(loc, "full", g)
    return "general_text", (
        f"Please add {pick(['my sister', 'my aunt', 'my cousin']) if g == 'F' else pick(['my brother', 'my uncle', 'my cousin'])} "
        f"{Pi(rel)} as a contact for {K(pick(RELS))}. {he(g).capitalize()} lives at {Li(intl_address(ac)[0])}, phone "
        f"{Ti(intl_phone(cc))}. {he(g).capitalize()} will be visiting in {K(pick(MONTHS))}. - {P(us_name())}")


def t_sig_6():
    loc, cc, ac = pick([("en_GB", "GB", "en_GB"), ("en_CA", "CA", "en_CA"), ("en_AU", "AU", "en_AU"),
                        ("en_IN", "IN", "en_IN"), ("de_DE", "DE", "de_DE"), ("fr_FR", "FR", "fr_FR")])
    f, l = intl_name(loc, "first"), intl_name(loc, "last")
    return "signature", (
        f"{pick(['Sorry to miss the call about', 'Thanks for the note on', 'Following up on'])} my {pick(['mother', 'father'])}'s "
        f"{K(pick(['pacemaker', 'hip replacement', 'cataract surgery', 'dialysis schedule']))}.\n\n"
        f"Kind regards,\n{Pi(f + ' ' + l)}\n{Li(intl_address(ac)[0])}\n{Ti(intl_phone(cc))}\n{Ui(url_for(f, l))}")


# international templates in several languages (my own wording)
def t_int_gb():
    g = gender()
    pt = intl_name("en_GB", "full", g)
    return "international", (
        f"Hi, my {K(pick(['mum', 'gran', 'nan']) if g == 'F' else pick(['dad', 'grandad']))} {Pi(pt)} is staying at {Li(intl_address('en_GB')[0])} until {K(pick(MONTHS))}. "
        f"{his(g).capitalize()} GP surgery is on {Ti(intl_phone('GB'))}, NHS no. {Mi(nhs())}. {he(g).capitalize()} takes {K(pick(DRUGS))}.")


def t_int_de():
    g = gender()
    pt = intl_name("de_DE", "full", g)
    rel = pick(["Vater", "Opa", "Mann", "Schwiegervater"]) if g == "M" else pick(["Mutter", "Oma", "Frau", "Tante"])
    poss = "Mein" if g == "M" else "Meine"
    return "international", (
        f"{poss} {K(rel)} {Pi(pt)} wohnt {pick(['in der', 'jetzt in der', 'in'])} {Li(intl_address('de_DE')[0])}. Telefon {Ti(intl_phone('DE'))}. "
        f"{'Er' if g == 'M' else 'Sie'} nimmt {K(pick(DRUGS))}. Konto für die Rechnung: IBAN {Ai(iban('DE')[0])}.")


def t_int_fr():
    g = gender()
    pt = intl_name("fr_FR", "full", g)
    rel = pick(["mère", "grand-mère", "tante"]) if g == "F" else pick(["père", "grand-père", "oncle"])
    return "international", (
        f"{'Ma' if g == 'F' else 'Mon'} {K(rel)} {Pi(pt)} habite {Li(intl_address('fr_FR')[0])}. Tél. {Ti(intl_phone('FR'))}. "
        f"{'Elle' if g == 'F' else 'Il'} prend du {K(pick(DRUGS))}. {'Née' if g == 'F' else 'Né'} le {Di(dob(intl=True, numeric=True))}.")


def t_int_mx():
    g = gender()
    pt = intl_name("es_MX", "full", g)
    rel = pick(["mamá", "abuelita", "tía"]) if g == "F" else pick(["papá", "abuelito", "tío"])
    return "international", (
        f"Mi {K(rel)} {Pi(pt)} vive en {Li(intl_address('es_MX')[0])}. Su cel es {Ti(intl_phone('MX'))}. "
        f"Toma {K(pick(DRUGS))} para la {K(pick(['presión', 'diabetes', 'tiroides']))}. Cualquier cosa me escriben a {Ei(email_for(intl_name('es_MX', 'first'), intl_name('es_MX', 'last'), True, 'es_MX'))}.")


def t_int_es():
    pt = intl_name("es_ES", "full", "F")
    return "international", (
        f"La dirección de mi {K(pick(['tía', 'abuela', 'madre']))} {Pi(pt)} es {Li(intl_address('es_ES')[0])}, teléfono {Ti(intl_phone('ES'))}. "
        f"La cuenta para los recibos del {K(pick(['fisioterapeuta', 'centro de día']))}: {Ai(iban('ES')[0])}.")


def t_int_br():
    f, l = intl_name("pt_BR", "first", "F"), intl_name("pt_BR", "last")
    return "international", (
        f"Minha {K(pick(['avó', 'mãe', 'tia']))} {Pi(f + ' ' + l)} mora na {Li(intl_address('pt_BR')[0])}. Celular {Ti(intl_phone('BR'))}. "
        f"Email {Ei(email_for(f, l, True, 'pt_BR'))}. Ela toma {K(pick(DRUGS))}.")


def t_int_it():
    pt = intl_name("it_IT", "full", "M")
    return "international", (
        f"Mio {K(pick(['nonno', 'padre', 'zio']))} {Pi(pt)} abita in {Li(intl_address('it_IT')[0])}. Tel. {Ti(intl_phone('IT'))}. "
        f"Nato il {Di(dob(intl=True, numeric=True))}. {pick(['IBAN', 'Bonifico su'])} {Ai(iban('IT')[0])}.")


def t_int_nl():
    g = gender()
    pt = intl_name("nl_NL", "full", g)
    rel = pick(["moeder", "oma", "tante"]) if g == "F" else pick(["vader", "opa", "oom"])
    return "international", (
        f"Mijn {K(rel)} {Pi(pt)} woont op {Li(intl_address('nl_NL')[0])}. Tel {Ti(intl_phone('NL'))}. "
        f"{'Ze' if g == 'F' else 'Hij'} gebruikt {K(pick(DRUGS))}. Betalen op {Ai(iban('NL')[0])}.")


def t_int_pl():
    g = gender()
    pt = intl_name("pl_PL", "full", g)
    rel = pick(["Mama", "Babcia", "Ciocia"]) if g == "F" else pick(["Tata", "Dziadek", "Wujek"])
    return "international", (
        f"{K(rel)} {Pi(pt)} mieszka {Li(intl_address('pl_PL')[0])}. Tel. {Ti(intl_phone('PL'))}. "
        f"Konto: {Ai(iban('PL')[0])}. Bierze {K(pick(DRUGS))}.")


def t_int_ja():
    pt = intl_name("ja_JP", "full", "F")
    return "international", (
        f"{Pi(pt)} (祖母) の住所: {Li(intl_address('ja_JP')[0])} 、電話 {Ti(intl_phone('JP'))} 。{K(pick(['metformin', 'amlodipine', 'warfarin']))} を飲んでいます。")


def t_int_zh():
    pt = intl_name("zh_CN")
    return "international", (
        f"病人 {Pi(pt)} ，地址 {Li(intl_address('zh_CN')[0])} ，电话 {Ti(intl_phone('CN'))} 。{pick(['在吃', '服用'])} {K(pick(['metformin', 'aspirin 81', 'atorvastatin']))} 。")


def t_int_ko():
    pt = intl_name("ko_KR", "full", "F")
    return "international", (
        f"할머니 {Pi(pt)} 주소: {Li(intl_address('ko_KR')[0])} , 전화 {Ti(intl_phone('KR'))} . {K(pick(['insulin', 'Eliquis', 'donepezil']))} 복용 중.")


def t_int_ru():
    pt = intl_name("ru_RU")
    return "international", (
        f"Пациент {Pi(pt)}, адрес: {Li(intl_address('ru_RU')[0])}, тел. {Ti(intl_phone('RU'))}. Дата рождения {Di(dob(intl=True, numeric=True))}. "
        f"Принимает {K(pick(['warfarin', 'metformin', 'Eliquis']))}.")


def t_int_en():
    loc, cc, ac = pick([("en_IN", "IN", "en_IN"), ("en_CA", "CA", "en_CA"), ("en_AU", "AU", "en_AU"),
                        ("ja_JP", "JP", "ja_rom"), ("fr_FR", "FR", "fr_FR"), ("de_DE", "DE", "de_DE"),
                        ("es_MX", "MX", "es_MX"), ("pt_BR", "BR", "pt_BR"), ("en_GB", "GB", "en_GB"),
                        ("hi_IN", "IN", "en_IN"), ("ar_SA", "SA", None), ("tr_TR", "TR", None), ("el_GR", "GR", None),
                        ("he_IL", "IL", None), ("uk_UA", "UA", None), ("th_TH", "TH", None), ("ru_RU", "RU", None),
                        ("zh_CN", "CN", None), ("ko_KR", "KR", None)])
    g = gender()
    nf, nl = intl_name(loc, "first", g), intl_name(loc, "last", g)
    name = f"{nl}{nf}" if loc in ("zh_CN", "ko_KR") else f"{nf} {nl}"
    mail = ", email " + Ei(email_for(nf, nl, True, loc)) if loc not in NONLATIN and chance(0.4) else ""
    rel = pick(["mother-in-law", "grandmother", "aunt", "mother", "sister"]) if g == "F" else pick(["father-in-law", "uncle", "father", "grandfather", "brother"])
    ph = intl_phone(cc) if cc else intl_phone()
    place = intl_address(ac)[0] if ac else pick(PLACES_BY_CC[cc])
    ending = pick([K("We're") + " grateful for any help", K("I'm") + " waiting to hear back",
                   K("I'm") + " worried about " + ("her" if g == "F" else "him")])
    return "international", (
        f"My {rel} {Pi(name)} in {Li(place)} "
        f"needs {pick(['a letter about', 'a refill of', 'help getting'])} {K(pick(DRUGS))}. {pick(['Phone', 'Mobile', 'WhatsApp'])} {Ti(ph)}"
        f"{mail}. {ending}.")


def t_int_pay():
    cc = pick(list(IBAN_SPEC))
    loc = {"DE": "de_DE", "FR": "fr_FR", "GB": "en_GB", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL",
           "TR": "tr_TR", "BR": "pt_BR"}.get(cc, pick(["en_GB", "fr_FR", "de_DE"]))
    return "international", (
        f"{pick(['Bank details for the carer', 'Refund details', 'Please pay the night nurse to', 'Account for the care home deposit'])}:\n"
        f"{pick(['IBAN', 'iban', 'IBAN:', ''])} {Ai(iban(cc)[0])}\nName: {Pi(intl_name(loc))}\nRe: {K(pick(CONDS))} care, {Li(intl_city())}")


def t_int_phone_list():
    lines = ["Family abroad (for the hospital social worker):"]
    for loc, cc in rng.sample([("en_GB", "GB"), ("de_DE", "DE"), ("es_MX", "MX"), ("en_IN", "IN"), ("ja_JP", "JP"),
                               ("pt_BR", "BR"), ("ko_KR", "KR"), ("fr_FR", "FR"), ("en_AU", "AU"), ("ar_SA", "SA"),
                               ("tr_TR", "TR"), ("ru_RU", "RU")], rng.randint(2, 4)):
        rw, rg = role()
        lines.append(f"- {Pi(intl_name(loc, 'full', rg))} ({rw}), {Ti(intl_phone(cc))}")
    lines.append(f"Patient has {K(pick(CONDS))}; family wants daily updates.")
    return "international", "\n".join(lines)


TEMPLATES = {
    "clinician_note": [t_clin_1, t_clin_2, t_clin_3, t_clin_4, t_clin_5, t_clin_6, t_clin_7],
    "speaker_label": [t_speaker_1, t_speaker_2, t_speaker_3, t_speaker_4, t_speaker_5],
    "lower_case": [t_lower_1, t_lower_2, t_lower_3, t_lower_4, t_lower_5],
    "all_caps": [t_caps_1, t_caps_2, t_caps_3, t_caps_4],
    "list": [t_list_1, t_list_2, t_list_3, t_list_4, t_list_5],
    "run_on": [t_runon_1, t_runon_2, t_runon_3, t_runon_4],
    "signature": [t_sig_1, t_sig_2, t_sig_3, t_sig_4, t_sig_5, t_sig_6],
    "form": [t_form_1, t_form_2, t_form_3, t_form_4, t_form_5, t_form_6, t_form_7],
    "general_text": [t_gen_1, t_gen_2, t_gen_3, t_gen_4, t_gen_5, t_gen_6, t_gen_7, t_gen_8, t_gen_9],
    "forwarded": [t_fwd_1, t_fwd_2, t_fwd_3, t_fwd_4],
    "typos": [t_typos_1, t_typos_2, t_typos_3],
    "international": [t_int_gb, t_int_de, t_int_fr, t_int_mx, t_int_es, t_int_br, t_int_it, t_int_nl, t_int_pl,
                      t_int_ja, t_int_zh, t_int_ko, t_int_ru, t_int_en, t_int_en, t_int_pay, t_int_phone_list],
}
# how many template messages per style (sums to N_TEMPLATE); international gets more to reach the spec's INTL share
PLAN = {"clinician_note": 19, "speaker_label": 16, "lower_case": 14, "all_caps": 14, "list": 15, "run_on": 14,
        "signature": 19, "form": 22, "general_text": 20, "forwarded": 14, "typos": 7, "international": 58}
assert sum(PLAN.values()) == N_TEMPLATE, sum(PLAN.values())

# ---------------------------------------------------------------- checks applied to each generated message
def isword(ch):
    return ch.isalnum() or ch == "_"


def occ(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def strict_ok(rec, spans):
    text = rec["text"]
    for ident in rec["identifiers"]:
        t = ident["text"]
        for s, e in occ(text, t):
            if (s > 0 and isword(text[s - 1]) and isword(t[0])) or (e < len(text) and isword(text[e]) and isword(t[-1])):
                return False
            # every occurrence must lie inside some marked identifier span (no unmarked stray copies)
            if not any(a <= s and e <= b for a, b in spans):
                return False
    id_spans = [sp for i in rec["identifiers"] for sp in occ(text, i["text"])]
    for kw in rec["keep"]:
        if kw in [i["text"] for i in rec["identifiers"]]:
            return False
        for s, e in occ(text, kw):
            if any(s < b and a < e for a, b in id_spans):
                return False
    return True


def make_template(style):
    for _ in range(200):
        st, markup = pick(TEMPLATES[style])()
        if st == "all_caps":
            markup = markup.upper()
        elif st == "lower_case":
            markup = markup.lower()
        spans = []
        try:
            rec = parse_block(st, markup, "template", spans)
        except ValueError:
            continue
        rec["source"] = "template"
        if strict_ok(rec, spans):
            return rec
    raise RuntimeError(f"could not make a clean {style} message")


def main():
    hand = handparse.parse_all("hand")
    gen = []
    for style, n in PLAN.items():
        for _ in range(n):
            gen.append(make_template(style))
    allrecs = hand + gen
    rng.shuffle(allrecs)
    with open(OUT, "w", encoding="utf-8") as f:
        for k, r in enumerate(allrecs):
            row = {"id": f"hd54-{k:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    c = collections.Counter(r["source"] for r in allrecs)
    print(f"wrote {len(allrecs)} messages to {OUT}: {dict(c)}")


if __name__ == "__main__":
    main()
