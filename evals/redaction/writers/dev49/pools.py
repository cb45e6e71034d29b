"""Word pools and value generators for the dev49 templates (all written for this file; values from Faker + own lists)."""
import random, string
from faker import Faker
import ibantool

SEED = 4949
RNG = random.Random(SEED)

LOCALES = ["en_US", "en_GB", "en_CA", "de_DE", "fr_FR", "es_MX", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL",
           "en_IN", "hi_IN", "ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "tr_TR", "vi_VN", "el_GR", "he_IL", "th_TH"]
FK = {}
for i, loc in enumerate(LOCALES):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + i)

def pick(seq):
    return RNG.choice(seq)

def chance(p):
    return RNG.random() < p

# ---------------------------------------------------------------- keep words
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "omeprazole", "Januvia", "Ozempic",
         "Jardiance", "Xarelto", "prednisone", "albuterol", "Symbicort", "Spiriva", "furosemide", "losartan",
         "tramadol", "hydrocodone", "Tylenol", "ibuprofen", "aspirin 81", "Plavix", "Entresto", "carvedilol",
         "donepezil", "memantine", "Seroquel", "trazodone", "Zoloft", "Lexapro", "buspirone", "Suboxone", "Narcan",
         "methadone", "Lantus", "Humalog", "Trulicity", "potassium chloride", "vitamin B12", "fish oil", "turmeric",
         "Flomax", "Keppra", "Depakote", "lithium", "Humira", "methotrexate", "allopurinol", "Coumadin", "digoxin",
         "amiodarone", "Sinemet", "carbidopa-levodopa", "baclofen", "cyclobenzaprine", "Valtrex", "Paxlovid",
         "Augmentin", "Bactrim", "Miralax", "senna", "Zofran", "Protonix", "famotidine", "Benadryl", "Flonase",
         "latanoprost", "Fosamax", "iron", "folic acid", "hydroxychloroquine", "Synthroid", "Toprol XL", "spironolactone",
         "clonazepam", "mirtazapine", "insulin", "nitroglycerin", "prednisolone drops", "Wegovy", "Mounjaro", "Farxiga"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
              "Alzheimer's", "CHF", "type 2 diabetes", "hypertension", "hypothyroidism", "GERD", "osteoporosis",
              "rheumatoid arthritis", "lupus", "multiple sclerosis", "ALS", "Crohn's", "ulcerative colitis",
              "chronic kidney disease", "sleep apnea", "neuropathy", "macular degeneration", "glaucoma", "shingles",
              "pneumonia", "UTI", "cellulitis", "DVT", "anemia", "sickle cell disease", "bipolar disorder",
              "major depressive disorder", "PTSD", "generalized anxiety disorder", "epilepsy", "migraines", "stroke",
              "Lewy body dementia", "vascular dementia", "cirrhosis", "hepatitis C", "breast cancer",
              "prostate cancer", "lymphoma", "melanoma", "heart failure", "vertigo", "gout", "diverticulitis"]
LABS = ["Hemoglobin A1c", "A1c", "CBC", "BMP", "CMP", "lipid panel", "TSH", "INR", "eGFR", "creatinine", "troponin",
        "BNP", "PSA", "vitamin D level", "ferritin", "urinalysis", "potassium level", "liver panel"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankle", "wrist", "gallbladder", "kidneys", "thyroid",
        "left eye", "right foot", "chest", "bladder", "colon"]
PROCS = ["colonoscopy", "MRI", "CT scan", "echocardiogram", "stress test", "cataract surgery", "knee replacement",
         "dialysis", "infusion", "physical therapy", "mammogram", "biopsy", "sleep study", "EKG", "bone scan",
         "hip replacement", "chemo", "radiation", "wound care"]
ORGS = ["Walgreens", "CVS", "Rite Aid", "Costco pharmacy", "Mayo Clinic", "Cleveland Clinic", "Kaiser", "Medicare",
        "Medicaid", "Blue Cross", "UnitedHealthcare", "Aetna", "Humana", "Cigna", "Social Security", "VA",
        "Meals on Wheels", "AARP", "GoodRx", "Walmart pharmacy", "Express Scripts", "Kroger pharmacy"]
HELPLINES = ["988", "1-800-222-1222", "911", "1-800-MEDICARE", "211"]
EVENTS = ["Morning Walk Group", "Memory Cafe", "Caregiver Support Circle", "Chair Yoga", "Heart Failure Clinic",
          "Fall Prevention Class", "Diabetes Education Class", "Grief Group", "Tuesday Bingo", "Parkinson's Dance Class"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Auntie", "Uncle", "Abuela", "Gramps", "Mama",
             "Granny", "Pop", "Oma", "Opa", "Nonna", "Lola", "Baba"]
REL_LABELS = ["Daughter", "Son", "Wife", "Husband", "Sister", "Brother", "Niece", "Nephew", "Granddaughter",
              "Grandson", "Neighbor", "Friend", "Cousin", "Aunt", "Uncle", "Caregiver", "Aide", "Nurse"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "They're", "Can't", "Won't", "It's", "Let's", "Y'all",
                "Wouldn't", "I've", "She's"]

# ---------------------------------------------------------------- names
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Baker", "Cook", "Stone", "Bell", "King", "Price",
                 "Rice", "Little", "Long", "Strong", "Sharp", "Love", "Best", "Moody", "Fox", "Wolf", "Lane", "Field",
                 "Wood", "Marsh", "Banks", "Cross", "Hunt", "Frost", "Snow", "Winter", "Black", "White", "Green",
                 "Gray", "Hall", "Mills", "Rivers", "Brooks", "Waters", "Bird", "Crane", "Swan", "Knight", "Bishop",
                 "Mason", "Carpenter", "Potter", "Walker", "Church", "Gold", "Silver", "Short", "Small", "Noble",
                 "Sweet", "Goodman", "Holiday", "Summers", "Day", "Friend", "Joy", "English", "French", "Street",
                 "Castle", "Glass", "Hope", "Faith", "Major", "Power", "Law", "Chance", "Page", "Cash", "Money",
                 "Storm", "Ball", "Booker", "Tailor", "Fisher", "Hunter", "Forest", "Lake", "Ford", "Dove"]
WORD_GIVEN = ["Will", "Grace", "Hope", "Faith", "Joy", "Rose", "Lily", "Iris", "Daisy", "Ivy", "Hunter", "Chase",
              "Wade", "Miles", "Mark", "Bill", "Frank", "Sunny", "Dawn", "Summer", "Autumn", "Sage", "River",
              "Brook", "Skye", "Honor", "Patience", "Major", "Rich", "Sterling", "Cash", "Pearl", "Ruby", "Amber",
              "Crystal", "Hazel", "Holly", "Heather", "Rusty", "Buck", "Bud", "Art", "Gene", "Pat", "Sue", "Bob",
              "Jack", "Penny", "Candy", "Destiny", "Harmony", "Melody", "Precious", "King", "Prince", "Royal",
              "Young", "Carol", "Robin", "Jay", "Wren", "Willow", "Forrest", "Clay", "Stone", "Reed", "Ray", "Sky"]
NICKS = ["Bubba", "Junior", "Sissy", "Peanut", "Boo", "Tiny", "Red", "Buddy", "Skip", "Chip", "Tex", "Sonny",
         "Bitsy", "Dottie", "Pookie", "Lulu", "Gigi", "Bebe", "CJ", "TJ", "AJ", "Lil Mo", "Bear", "Cookie", "Duke",
         "Smitty", "Scooter", "Birdie", "Babe", "Pudge", "Kiki", "Nene", "Chuy", "Pepe", "Lalo", "Moose", "Hoss"]
TITLES = ["Dr.", "Dr", "Mrs.", "Mr.", "Ms.", "Miss", "Nurse", "Pastor", "Rev.", "Fr.", "Sister", "Coach", "Officer"]

def us_first():
    r = RNG.random()
    if r < 0.25:
        return pick(WORD_GIVEN)
    return FK["en_US"].first_name()

def us_last():
    r = RNG.random()
    if r < 0.3:
        return pick(WORD_SURNAMES)
    return FK["en_US"].last_name()

MIXED_US_LOCALES = ["es_MX", "en_IN", "vi_VN", "pt_BR", "it_IT", "pl_PL", "de_DE", "fr_FR", "tr_TR", "nl_NL"]

def diverse_first():
    """Given name of a person living in the US: usually en_US, sometimes from another heritage."""
    if chance(0.3):
        n = FK[pick(MIXED_US_LOCALES)].first_name()
        if n != "John":
            return n
    return us_first()

def diverse_last():
    if chance(0.3):
        return FK[pick(MIXED_US_LOCALES)].last_name()
    return us_last()

INTL_LATIN = ["en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL", "en_IN", "tr_TR",
              "vi_VN", "en_CA"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "el_GR", "he_IL", "th_TH"]

def intl_name(loc):
    f = FK[loc]
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        return f.last_name() + (" " if loc == "ja_JP" else "") + f.first_name()
    if loc == "ru_RU" and chance(0.5):
        return f.last_name() + " " + f.first_name()
    return f.first_name() + " " + f.last_name()

# ---------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL"), ("Boise", "ID"), ("Tucson", "AZ"), ("Dayton", "OH"), ("Fresno", "CA"),
             ("Macon", "GA"), ("Duluth", "MN"), ("Lubbock", "TX"), ("Yonkers", "NY"), ("Camden", "NJ"),
             ("Flint", "MI"), ("Mobile", "AL"), ("Salem", "OR"), ("Provo", "UT"), ("Tacoma", "WA"),
             ("Paterson", "NJ"), ("Hialeah", "FL"), ("Gary", "IN"), ("Laredo", "TX"), ("Reno", "NV"),
             ("Albany", "GA"), ("Akron", "OH"), ("Erie", "PA"), ("Biloxi", "MS"), ("Billings", "MT"),
             ("Cheyenne", "WY"), ("Fargo", "ND"), ("Sioux Falls", "SD"), ("Omaha", "NE"), ("Wichita", "KS"),
             ("Tulsa", "OK"), ("Shreveport", "LA"), ("Little Rock", "AR"), ("Memphis", "TN"), ("Lexington", "KY"),
             ("Roanoke", "VA"), ("Durham", "NC"), ("Greenville", "SC"), ("Savannah", "GA"), ("Orlando", "FL"),
             ("Burlington", "VT"), ("Portland", "ME"), ("Manchester", "NH"), ("Worcester", "MA"),
             ("Providence", "RI"), ("Hartford", "CT"), ("Scranton", "PA"), ("Wilmington", "DE"),
             ("Baltimore", "MD"), ("Charleston", "WV"), ("Anchorage", "AK"), ("Honolulu", "HI"), ("Santa Fe", "NM"),
             ("Pueblo", "CO"), ("Spokane", "WA"), ("Eugene", "OR"), ("Modesto", "CA"), ("El Paso", "TX"),
             ("Kenner", "LA"), ("Gainesville", "FL"), ("Rockford", "IL"), ("Peoria", "AZ"), ("Madison", "WI"),
             ("Green Bay", "WI"), ("Cedar Rapids", "IA"), ("Joplin", "MO"), ("Hammond", "IN"), ("Bangor", "ME"),
             ("Paducah", "KY"), ("Tupelo", "MS"), ("Dothan", "AL"), ("Yuma", "AZ"), ("Bakersfield", "CA"),
             ("Chula Vista", "CA"), ("Brownsville", "TX"), ("Kalamazoo", "MI"), ("Toledo", "OH"), ("Utica", "NY"),
             ("Bronx", "NY"), ("Newark", "NJ"), ("Silver Spring", "MD"), ("Cicero", "IL"), ("Lowell", "MA")]
STREET_WORDS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Chestnut", "Main", "Church", "Mill", "Spring",
                "Lincoln", "Washington", "Jefferson", "Franklin", "Highland", "Lakeview", "Sunset", "Ridge",
                "Meadow", "Orchard", "Willow", "Magnolia", "Dogwood", "Pecan", "Cottonwood", "Sycamore", "Poplar",
                "Broad", "Market", "Water", "Front", "Center", "Union", "Liberty", "Pleasant", "Prospect",
                "Martin Luther King Jr", "Cesar Chavez", "Old Mill", "Fox Run", "Quail Hollow", "Deer Creek",
                "Harbor", "Bay", "Canyon", "Mesa", "Vista", "Rio Grande", "Kings", "Laurel", "Hawthorne", "Juniper"]
SUFFIXES = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct",
            "Way", "Pkwy", "Hwy", "Cir", "Ter", "Pl", "Trl", "Loop"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "West"]
UNITS = ["Apt 4B", "Apt. 12", "Apt 2R", "Unit 3", "Unit 210", "#12", "# 7", "Suite 210", "Ste 5", "Ste. 300",
         "Apt 1107", "Lot 17", "Bldg 3 Apt 204", "Fl 2", "Apt C", "Unit B", "Rm 114", "Apt #6", "Space 42"]

def us_zip(plus4=None):
    z = f"{RNG.randint(1001, 99950):05d}"
    if plus4 or (plus4 is None and chance(0.2)):
        z += f"-{RNG.randint(1, 9999):04d}"
    return z

def us_city_state():
    if chance(0.85):
        return pick(US_CITIES)
    f = FK["en_US"]
    return f.city(), f.state_abbr(include_territories=False)

def us_street():
    num = str(RNG.choice([RNG.randint(1, 99), RNG.randint(100, 999), RNG.randint(1000, 9999), RNG.randint(10000, 29999)]))
    if chance(0.6):
        name = pick(STREET_WORDS)
    else:
        name = FK["en_US"].last_name()
    d = pick(DIRS) + " " if chance(0.25) else ""
    if chance(0.08):
        return f"{num} {pick(['County Road', 'State Route', 'Route', 'Highway', 'FM'])} {RNG.randint(2, 990)}"
    return f"{num} {d}{name} {pick(SUFFIXES)}"

def us_address(unit=None, shape=None):
    """A whole US street address as one string."""
    street = us_street()
    if unit or (unit is None and chance(0.45)):
        street = f"{street}{pick([' ', ', '])}{pick(UNITS)}"
    city, st = us_city_state()
    z = us_zip()
    shape = shape or pick(["comma", "comma", "comma", "nocomma", "multiline", "partial"])
    if shape == "comma":
        return f"{street}, {city}, {st} {z}"
    if shape == "nocomma":
        return f"{street} {city} {st} {z}"
    if shape == "multiline":
        return f"{street}\n{city}, {st} {z}"
    return f"{street}, {city} {st} {z}"

def po_box():
    city, st = us_city_state()
    return pick([f"PO Box {RNG.randint(1, 9999)}, {city}, {st} {us_zip(False)}",
                 f"P.O. Box {RNG.randint(1, 2999)}\n{city}, {st} {us_zip()}",
                 f"RR {RNG.randint(1, 9)} Box {RNG.randint(1, 250)}, {city}, {st} {us_zip(False)}",
                 f"HC {RNG.randint(60, 89)} Box {RNG.randint(100, 9999)}, {city}, {st} {us_zip(False)}",
                 f"Rural Route {RNG.randint(1, 6)}, Box {RNG.randint(1, 99)}, {city} {st} {us_zip(False)}"])

def military():
    r = RNG.random()
    code, zp = pick([("AE", "09"), ("AP", "96"), ("AA", "340")])
    z = zp + "".join(str(RNG.randint(0, 9)) for _ in range(5 - len(zp)))
    kind = pick(["APO", "FPO", "DPO"])
    if r < 0.35:
        return f"PSC {RNG.randint(1000, 9999)}, Box {RNG.randint(1, 9999)}, {kind} {code} {z}"
    if r < 0.6:
        return f"Unit {RNG.randint(2000, 9999)} Box {RNG.randint(1, 999)}\n{kind} {code} {z}"
    if r < 0.8:
        return f"CMR {RNG.randint(400, 499)} Box {RNG.randint(1, 9999)}, {kind} {code} {z}"
    return f"USS {pick(['Nimitz', 'Gerald R. Ford', 'Bataan', 'Kearsarge', 'Porter'])} (CVN {RNG.randint(60, 79)}), FPO {code} {z}"

# ---------------------------------------------------------------- intl places
INTL_CITIES = {
    "en_GB": ["Leeds", "Bristol", "Cardiff", "Norwich", "Glasgow", "Belfast", "Sheffield", "Leicester", "Bath", "York"],
    "en_CA": [("Toronto", "ON"), ("Winnipeg", "MB"), ("Halifax", "NS"), ("Calgary", "AB"), ("Surrey", "BC"),
              ("Laval", "QC"), ("Regina", "SK"), ("Moncton", "NB")],
    "fr_FR": ["Lyon", "Lille", "Nantes", "Toulouse", "Bordeaux", "Rennes", "Marseille", "Dijon", "Montpellier"],
    "es_MX": [("Guadalajara", "Jal."), ("Monterrey", "N.L."), ("Puebla", "Pue."), ("Mérida", "Yuc."),
              ("Oaxaca de Juárez", "Oax."), ("Tijuana", "B.C."), ("León", "Gto."), ("Ciudad de México", "CDMX")],
    "es_ES": ["Sevilla", "Valencia", "Zaragoza", "Málaga", "Bilbao", "Granada", "Valladolid", "Murcia"],
    "pt_BR": [("Recife", "PE"), ("Salvador", "BA"), ("Curitiba", "PR"), ("Belo Horizonte", "MG"), ("Fortaleza", "CE"),
              ("Porto Alegre", "RS"), ("Campinas", "SP"), ("Niterói", "RJ")],
    "it_IT": [("Bologna", "BO"), ("Torino", "TO"), ("Napoli", "NA"), ("Palermo", "PA"), ("Verona", "VR"),
              ("Bari", "BA"), ("Firenze", "FI")],
    "en_IN": ["Mumbai", "Chennai", "Hyderabad", "Kochi", "Ahmedabad", "Jaipur", "Lucknow", "Kolkata", "Pune"],
}
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
              "Queens Road", "Grange Road", "Kingsway", "The Crescent", "Manor Close", "Elm Grove"]
CA_STREETS = ["Bloor St W", "Portage Ave", "Spring Garden Rd", "17 Ave SW", "King George Blvd", "Rue Sherbrooke E",
              "Albert St", "Main St"]
MX_STREETS = ["Av. Juárez", "Calle Hidalgo", "Av. Revolución", "Calle Morelos", "Av. Insurgentes Sur",
              "Calle 5 de Mayo", "Av. Vallarta", "Calle Independencia"]
MX_COLONIAS = ["Col. Centro", "Col. Americana", "Col. Del Valle", "Col. Roma Norte", "Col. Jardines del Bosque",
               "Col. Obrera", "Col. Chapultepec"]
BR_STREETS = ["Rua das Flores", "Av. Boa Viagem", "Rua XV de Novembro", "Rua da Bahia", "Av. Sete de Setembro",
              "Rua Padre Chagas", "Rua Barão de Jaguara"]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Viale dei Mille",
              "Via San Vitale", "Piazza Dante"]
ES_STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle Larios", "Gran Vía", "Calle San Fernando",
              "Paseo de Gracia"]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire",
              "rue des Lilas", "place Bellecour", "rue Nationale"]
IN_STREETS = ["MG Road", "Linking Road", "Anna Salai", "Park Street", "SV Road", "Banjara Hills Road No. 12",
              "Ashram Road"]

def gb_postcode():
    return FK["en_GB"].postcode()

def intl_address(country=None):
    """Returns (country_key, address string). All are INTL."""
    c = country or pick(["GB", "CA", "DE", "FR", "MX", "BR", "JP", "IN", "IT", "ES", "NL", "PL", "CN", "KR", "RU"])
    n = RNG.randint(1, 240)
    if c == "GB":
        flat = f"Flat {RNG.randint(1, 30)}, " if chance(0.35) else ""
        a = f"{flat}{n} {pick(GB_STREETS)}, {pick(INTL_CITIES['en_GB'])} {gb_postcode()}"
        if chance(0.3):
            a = a.replace(", ", "\n")
    elif c == "CA":
        city, pr = pick(INTL_CITIES["en_CA"])
        pc = FK["en_CA"].postcode()
        unit = f"{pick(['Unit ', 'Apt ', '#'])}{RNG.randint(1, 2400)}-" if chance(0.3) else ""
        a = f"{unit}{RNG.randint(10, 9999)} {pick(CA_STREETS)}, {city}, {pr} {pc}"
    elif c == "DE":
        f = FK["de_DE"]
        a = f"{f.street_name()} {RNG.randint(1, 120)}{pick(['', '', 'a', 'b'])}, {f.postcode()} {f.city()}"
    elif c == "FR":
        a = f"{n}{pick(['', ', ', ' bis '])} {pick(FR_STREETS)}, {FK['fr_FR'].postcode()} {pick(INTL_CITIES['fr_FR'])}"
        a = a.replace("  ", " ").replace(", ,", ",")
    elif c == "MX":
        city, st = pick(INTL_CITIES["es_MX"])
        a = f"{pick(MX_STREETS)} {RNG.randint(10, 3999)}{pick(['', ' int. 4', ' Depto. 12', ' Int. B'])}, {pick(MX_COLONIAS)}, C.P. {RNG.randint(1000, 99999):05d}, {city}, {st}"
    elif c == "BR":
        city, uf = pick(INTL_CITIES["pt_BR"])
        a = f"{pick(BR_STREETS)}, {RNG.randint(10, 2999)}{pick(['', ' - apto 51', ', ap. 1203', ' casa 2'])} - {FK['pt_BR'].bairro()}, {city} - {uf}, {FK['pt_BR'].postcode()}"
    elif c == "JP":
        a = f"〒{FK['ja_JP'].zipcode()} {FK['ja_JP'].address()}"
    elif c == "IN":
        a = f"{RNG.randint(1, 450)}/{RNG.randint(1, 30)}, {pick(IN_STREETS)}, {pick(INTL_CITIES['en_IN'])} - {RNG.randint(110001, 799999)}"
    elif c == "IT":
        city, pv = pick(INTL_CITIES["it_IT"])
        a = f"{pick(IT_STREETS)} {RNG.randint(1, 200)}, {FK['it_IT'].postcode()} {city} ({pv})"
    elif c == "ES":
        a = f"{pick(ES_STREETS)} {RNG.randint(1, 150)}, {RNG.randint(1, 9)}º {pick(['A', 'B', 'izda.', 'dcha.'])}, {FK['es_ES'].postcode()} {pick(INTL_CITIES['es_ES'])}"
    elif c == "NL":
        f = FK["nl_NL"]
        pc = f.postcode()
        pc = pc[:4] + " " + pc[4:] if " " not in pc else pc
        a = f"{f.street_name()} {RNG.randint(1, 300)}, {pc} {f.city()}"
    elif c == "PL":
        f = FK["pl_PL"]
        a = f"ul. {f.street_name()} {RNG.randint(1, 120)}/{RNG.randint(1, 60)}, {f.postcode()} {f.city()}"
    elif c == "CN":
        a = FK["zh_CN"].address()
    elif c == "KR":
        a = FK["ko_KR"].address()
    elif c == "RU":
        a = FK["ru_RU"].address()
    return c, a

INTL_CITY_ONLY = ["London", "Manchester", "Paris", "Berlin", "Hamburg", "Madrid", "Barcelona", "Rome", "Milan",
                  "Lisbon", "Porto", "Warsaw", "Kraków", "Istanbul", "Ankara", "Mumbai", "Delhi", "Manila", "Cebu",
                  "Hanoi", "Ho Chi Minh City", "Lagos", "Nairobi", "Accra", "Seoul", "Busan", "Tokyo", "Osaka",
                  "Beijing", "Shanghai", "Mexico City", "Monterrey", "São Paulo", "Rio de Janeiro", "Toronto",
                  "Montreal", "Riyadh", "Dubai", "Cairo", "Kyiv", "Tel Aviv", "Amsterdam", "Rotterdam", "Athens",
                  "東京", "大阪", "北京", "上海", "서울", "부산", "Москва", "Казань", "القاهرة", "الرياض", "मुंबई"]

# ---------------------------------------------------------------- numbers
def digits(n):
    return "".join(str(RNG.randint(0, 9)) for _ in range(n))

def us_phone(ext=None):
    while True:
        a = RNG.randint(201, 989)
        if a % 100 != 11 and a not in (800, 833, 844, 855, 866, 877, 888, 900, 911) and (a // 10) % 10 != 9:
            break
    e = 555 if chance(0.25) else RNG.randint(201, 999)
    if e % 100 == 11:
        e += 1
    l = RNG.randint(0, 9999)
    A, E, Lx = f"{a}", f"{e}", f"{l:04d}"
    fmt = pick(["({A}) {E}-{L}", "({A}) {E}-{L}", "{A}-{E}-{L}", "{A}-{E}-{L}", "{A}.{E}.{L}", "{A}{E}{L}",
                "+1 {A} {E} {L}", "1-{A}-{E}-{L}", "001-{A}-{E}-{L}", "+1 ({A}) {E}-{L}", "{A} {E} {L}",
                "({A}){E}-{L}", "+1-{A}-{E}-{L}", "+1.{A}.{E}.{L}", "1 ({A}) {E}-{L}", "+1{A}{E}{L}"])
    p = fmt.format(A=A, E=E, L=Lx)
    if ext or (ext is None and chance(0.12)):
        p += pick([f" x{RNG.randint(10, 9999)}", f" ext. {RNG.randint(1, 999)}", f" extension {RNG.randint(1, 9)}",
                   f" ext {RNG.randint(100, 9999)}", f" x {RNG.randint(1, 99)}", f" Ext. {RNG.randint(10, 999)}"])
    return p

VANITY = ["FLOWERS", "HOMECARE", "CAREGIVE", "NURSE4U", "RIDE4ME", "PLUMBER", "LAWYERS", "MOVERS1", "GETWELL",
          "SITTERS", "HANDYMAN", "PETCARE", "BAKERY1", "TAXI4ME", "ROOFING", "CLEANUP"]

def vanity_phone():
    tf = pick(["800", "888", "877", "866", "855"])
    w = pick(VANITY)
    return pick([f"1-{tf}-{w}", f"{tf}-{w}", f"1 ({tf}) {w}", f"1-{tf}-{w[:3]}-{w[3:]}"]) if len(w) == 7 else f"1-{tf}-{w}"

def intl_phone(c=None):
    c = c or pick(["GB", "DE", "FR", "MX", "IN", "JP", "BR", "ES", "IT", "NL", "PL", "KR", "CN", "SA", "RU", "TR",
                   "VN", "PH", "AU", "NG", "CA"])
    d = digits
    opts = {
        "GB": [f"+44 20 7{d(3)} {d(4)}", f"020 7{d(3)} {d(4)}", f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}",
               f"+44 (0)161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}", f"+447{d(9)}"],
        "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 (0)89 {d(4)} {d(4)}", f"0171 {d(7)}", f"+49 171 {d(7)}",
               f"0221/{d(6)}"],
        "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
               f"+33 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 4 {d(2)} {d(2)} {d(2)} {d(2)}", f"07.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
        "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)} {d(4)}",
               f"+52 (999) {d(3)} {d(4)}"],
        "IN": [f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"+91-22-{d(4)}-{d(4)}", f"+91 80 {d(4)} {d(4)}", f"+919{d(9)}"],
        "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}", f"06-{d(4)}-{d(4)}"],
        "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 3{d(3)}-{d(4)}", f"(81) 9{d(4)}-{d(4)}"],
        "ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91{d(1)} {d(2)} {d(2)} {d(2)}", f"+34 9{d(2)} {d(3)} {d(3)}"],
        "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"02 {d(8)}"],
        "NL": [f"+31 6 {d(8)}", f"020-{d(3)} {d(4)}", f"06-{d(8)}", f"+31 (0)10 {d(3)} {d(4)}"],
        "PL": [f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 {RNG.choice(['5', '6', '7'])}{d(2)} {d(3)} {d(3)}", f"{RNG.choice(['5', '6', '7'])}{d(2)}-{d(3)}-{d(3)}"],
        "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"],
        "CN": [f"+86 13{d(1)} {d(4)} {d(4)}", f"010-{d(4)} {d(4)}", f"+86 21 {d(4)} {d(4)}", f"1{RNG.choice(['3', '5', '8'])}{d(9)}"],
        "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}"],
        "RU": [f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"+7 9{d(2)} {d(3)} {d(2)} {d(2)}"],
        "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"],
        "VN": [f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"024 {d(4)} {d(4)}", f"09{d(2)} {d(3)} {d(3)}"],
        "PH": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"],
        "AU": [f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}"],
        "NG": [f"+234 80{d(1)} {d(3)} {d(4)}", f"080{d(1)} {d(3)} {d(4)}"],
        "GR": [f"+30 21{d(1)} {d(3)} {d(4)}", f"69{d(2)} {d(3)} {d(3)}"],
        "IL": [f"+972 5{d(1)}-{d(3)}-{d(4)}", f"03-{d(3)}-{d(4)}", f"05{d(1)}-{d(7)}"],
        "TH": [f"+66 8{d(1)} {d(3)} {d(4)}", f"02 {d(3)} {d(4)}", f"08{d(1)}-{d(3)}-{d(4)}"],
        "CA": [f"+1 416 {RNG.randint(200, 999)} {d(4)}", f"(604) {RNG.randint(200, 999)}-{d(4)}", f"514-{RNG.randint(200, 999)}-{d(4)}"],
    }
    return c, pick(opts[c])

def ssn():
    while True:
        a = RNG.randint(1, 899)
        if a != 666:
            break
    g, s = RNG.randint(1, 99), RNG.randint(1, 9999)
    return pick([f"{a:03d}-{g:02d}-{s:04d}"] * 3 + [f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])

MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
def mbi(dashes=None):
    A = lambda: RNG.choice(MBI_ALPHA)
    N = lambda: str(RNG.randint(0, 9))
    AN = lambda: RNG.choice(MBI_ALPHA + "0123456789")
    s = str(RNG.randint(1, 9)) + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()
    if dashes or (dashes is None and chance(0.5)):
        s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
    return s

def mrn():
    """(label, value) pairs for medical record / member ids; the label is not part of the identifier."""
    letters = string.ascii_uppercase
    opts = [("MRN", digits(8)), ("MRN:", digits(7)), ("MRN#", "00" + digits(6)), ("MR#", digits(9)),
            ("chart #", f"{RNG.choice(letters)}-{digits(5)}"), ("chart no.", f"{digits(4)}-{digits(4)}"),
            ("Chart", f"{RNG.choice(letters)}{RNG.choice(letters)}{digits(6)}"),
            ("member ID", f"{RNG.choice(letters)}{RNG.choice(letters)}{RNG.choice(letters)}{digits(9)}"),
            ("Member ID:", f"W{digits(9)}"), ("member #", f"{digits(9)}-0{RNG.randint(1, 4)}"),
            ("Medicaid ID", f"{digits(8)}{RNG.choice('ABCDEFGHJK')}"), ("Medicaid #", f"{RNG.choice(letters)}{RNG.choice(letters)}{digits(5)}{RNG.choice(letters)}"),
            ("Medicare #", mbi()), ("MBI", mbi()), ("Medicare ID", mbi()), ("patient ID", f"P-{digits(7)}"),
            ("acct/MRN", f"{digits(3)}-{digits(3)}-{digits(3)}"), ("health plan ID", f"H{digits(4)}-{digits(5)}"),
            ("", f"MRN{digits(7)}"), ("", mbi(True))]
    return pick(opts)

def dob(style=None, intl=False):
    y = RNG.randint(1928, 2019) if chance(0.15) else RNG.randint(1928, 1975)
    m, d = RNG.randint(1, 12), RNG.randint(1, 28)
    if intl:
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m-1]} {y}", f"{y}-{m:02d}-{d:02d}",
                      f"{d}.{m}.{y}", f"{d} {MON3[m-1]} {y}"])
    opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{MONTHS[m-1]} {d}, {y}",
            f"{MON3[m-1]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}",
            f"{MONTHS[m-1].lower()} {d} {y}", f"{d} {MON3[m-1]} {y}", f"{MON3[m-1]}. {d}, {y}",
            f"{MONTHS[m-1]} {d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]}, {y}",
            f"{m}.{d}.{y}", f"{m:02d}{d:02d}{y}"]
    return pick(opts)

CARD_BRANDS = [("visa", "4", 16), ("Visa", "4", 16), ("mastercard", "5" + str(RNG.randint(1, 5)), 16),
               ("MC", "52", 16), ("amex", "37", 15), ("Amex", "34", 15), ("discover", "6011", 16), ("Discover", "65", 16)]

def card(valid=None):
    brand, pre, ln = pick(CARD_BRANDS)
    num = ibantool.make_card(pre, ln, RNG)
    if valid is False or (valid is None and chance(0.12)):
        last = int(num[-1])
        num = num[:-1] + str((last + RNG.randint(1, 9)) % 10)
    if ln == 15:
        shape = pick(["4-6-5", "plain", "4-6-5d"])
        if shape == "4-6-5":
            num = f"{num[:4]} {num[4:10]} {num[10:]}"
        elif shape == "4-6-5d":
            num = f"{num[:4]}-{num[4:10]}-{num[10:]}"
    else:
        shape = pick(["space", "space", "dash", "plain"])
        if shape == "space":
            num = " ".join(num[i:i + 4] for i in range(0, 16, 4))
        elif shape == "dash":
            num = "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return brand, num

IBAN_CC = ["DE", "FR", "ES", "IT", "NL", "GB", "PL", "PT", "BE", "CH", "AT", "TR", "SA", "IE", "BR"]

def iban(cc=None):
    cc = cc or pick(IBAN_CC)
    i = ibantool.make_iban(cc, RNG)
    shape = pick(["spaced", "spaced", "compact", "lower_spaced", "lower_compact"])
    if shape.endswith("spaced"):
        i = ibantool.spaced(i)
    if shape.startswith("lower"):
        i = i.lower()
    return cc, i

def routing():
    while True:
        d = [RNG.randint(0, 9) for _ in range(8)]
        d[0] = RNG.choice([0, 1, 2, 3])
        if d[0] == 0 and d[1] == 0:
            d[1] = 1
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))

def bank_account():
    return digits(RNG.choice([8, 9, 10, 11, 12]))

DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net",
           "att.net", "verizon.net", "protonmail.com", "msn.com", "live.com", "sbcglobal.net", "charter.net",
           "bellsouth.net", "cox.net", "me.com", "ymail.com"]
INTL_DOMAINS = ["web.de", "gmx.de", "orange.fr", "free.fr", "libero.it", "yahoo.co.uk", "btinternet.com",
                "hotmail.co.uk", "uol.com.br", "bol.com.br", "prodigy.net.mx", "naver.com", "qq.com", "163.com",
                "yandex.ru", "mail.ru", "rediffmail.com", "wp.pl", "o2.pl", "ziggo.nl", "docomo.ne.jp", "sapo.pt"]

def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'")).strip()

def email_for(first, last, intl=False):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    if not f:
        f = pick(["mimi", "kenji", "sasha", "lina", "omar", "yuki"])
    if not l:
        l = pick(["park", "lee", "ivanova", "haddad", "kim"])
    y = str(RNG.randint(40, 99)) if chance(0.4) else (str(RNG.randint(1, 999)) if chance(0.3) else "")
    user = pick([f"{f}.{l}{y}", f"{f[0]}{l}{y}", f"{f}{l}{y}", f"{f}_{l}", f"{l}.{f}", f"{f}{l[0]}{y}",
                 f"{pick(['grandma', 'nana', 'papa', 'the', 'mr', 'mrs', 'real', 'its'])}{f}{y}"])
    dom = pick(INTL_DOMAINS) if intl else pick(DOMAINS)
    return f"{user}@{dom}"

def personal_url(first, last):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    f = f or "mina"
    l = l or "chen"
    return pick([f"https://www.{f}{l}.com", f"www.{l}family.net", f"facebook.com/{f}.{l}.{RNG.randint(1, 99)}",
                 f"https://www.linkedin.com/in/{f}-{l}-{RNG.randint(4096, 65535):x}", f"instagram.com/{f}_{l}_{RNG.randint(50, 99)}",
                 f"https://www.gofundme.com/f/{f}-{l}-{pick(['medical-bills', 'cancer-fight', 'recovery-fund', 'kidney-transplant', 'surgery-costs'])}",
                 f"https://{f}{l}.substack.com", f"https://www.caringbridge.org/visit/{f}{l}",
                 f"https://sites.google.com/view/{l}-family-updates", f"https://www.youtube.com/@{f}{l}{RNG.randint(1, 99)}",
                 f"http://{l}{f[0]}.wordpress.com/about", f"https://www.mealtrain.com/trains/{f}-{l}",
                 f"tiktok.com/@{f}.{l}", f"https://x.com/{f}{l}{RNG.randint(1, 999)}", f"https://{f}-{l}.squarespace.com/contact"])
