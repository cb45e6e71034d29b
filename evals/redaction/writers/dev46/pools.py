"""Word pools and value generators for the template part (all lists written for this file)."""
import random, string, unicodedata
from faker import Faker
from ibantools import iban as make_iban, luhn_complete, spaced

# ---------------------------------------------------------------- keep-word pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "Lasix 20", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "gabapentin", "Xarelto", "insulin glargine", "Humalog",
         "levothyroxine", "prednisone", "albuterol", "Spiriva", "Trelegy", "donepezil", "memantine", "Seroquel",
         "tramadol", "hydrocodone", "Zoloft", "Lexapro", "Jardiance", "Ozempic", "Trulicity", "Entresto", "carvedilol",
         "furosemide", "spironolactone", "potassium chloride", "omeprazole", "pantoprazole", "Miralax", "senna",
         "Tylenol", "ibuprofen", "aspirin 81", "Plavix", "clopidogrel", "methotrexate", "Humira", "Keytruda",
         "tamoxifen", "letrozole", "buprenorphine", "Suboxone", "naloxone", "methadone", "vitamin B12", "fish oil",
         "turmeric", "ashwagandha", "magnesium", "carbidopa-levodopa", "Aricept", "Namenda", "Coreg", "Norco",
         "Percocet", "Ativan", "Xanax", "Klonopin", "trazodone", "mirtazapine", "Flomax", "finasteride", "Prolia",
         "alendronate", "vitamin D3", "ferrous sulfate", "Lantus", "Novolog", "Farxiga", "Brilinta", "hydralazine",
         "losartan", "hydrochlorothiazide", "metoprolol", "diltiazem", "digoxin", "allopurinol", "colchicine",
         "Keppra", "lamotrigine", "Depakote", "lithium", "quetiapine", "risperidone", "Abilify", "Wellbutrin",
         "duloxetine", "Cymbalta", "Lyrica", "cyclobenzaprine", "meloxicam", "Voltaren gel", "nitroglycerin",
         "Symbicort", "Advair", "montelukast", "Zyrtec", "Claritin", "Benadryl", "Imodium", "Zofran", "Compazine",
         "Dilaudid", "morphine", "lorazepam", "haloperidol", "Nuplazid", "rivastigmine patch", "Exelon patch",
         "fentanyl patch", "Narcan", "Vivitrol", "acetaminophen", "cranberry pills", "CoQ10", "glucosamine"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
              "Alzheimer's", "type 2 diabetes", "CHF", "heart failure", "hypertension", "CKD", "chronic kidney disease",
              "dementia", "macular degeneration", "glaucoma", "osteoporosis", "rheumatoid arthritis", "lupus",
              "multiple sclerosis", "ALS", "stroke", "TIA", "DVT", "pulmonary embolism", "pneumonia", "UTI", "sepsis",
              "cellulitis", "shingles", "gout", "sleep apnea", "depression", "anxiety", "PTSD", "bipolar disorder",
              "schizophrenia", "neuropathy", "hypothyroidism", "anemia", "breast cancer", "prostate cancer",
              "lung cancer", "colon cancer", "lymphoma", "melanoma", "hepatitis C", "cirrhosis", "pancreatitis",
              "diverticulitis", "GERD", "asthma", "epilepsy", "migraines", "Crohn's", "ulcerative colitis",
              "fibromyalgia", "hyperlipidemia", "delirium", "Lewy body dementia", "vascular dementia", "AFib",
              "type 1 diabetes", "kidney stones", "vertigo", "pressure ulcer", "bedsore", "frailty", "hip fracture",
              "aortic stenosis", "pacemaker", "edema", "cataracts", "hearing loss", "incontinence", "constipation"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CBC", "lipid panel", "TSH", "eGFR", "creatinine", "BNP",
        "troponin", "PSA", "vitamin D level", "potassium level", "urinalysis", "CT scan", "MRI", "echocardiogram",
        "EKG", "chest X-ray", "colonoscopy", "mammogram", "bone density scan", "Holter monitor", "sleep study",
        "PET scan", "ultrasound", "stress test", "CMP", "ferritin", "blood cultures", "PFTs", "carotid doppler"]
BODY = ["knee", "hip", "shoulder", "lower back", "left foot", "right ankle", "wrist", "kidneys", "liver", "lungs",
        "heart", "bladder", "colon", "eyes", "skin", "spine", "neck", "hands", "toes", "pancreas", "left arm",
        "right leg", "heel", "tailbone", "chest", "stomach", "gums", "throat"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "She's", "Can't", "Won't", "It's", "They're", "I've",
                "We're", "Didn't", "Isn't", "Wasn't", "I'll", "You're", "Let's", "Doesn't", "Haven't", "He'd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Mum", "Auntie", "Abuela", "Abuelo", "Oma", "Opa",
             "Nonna", "Lola", "Lolo", "Bubbe", "Pop-Pop", "Mama", "Granny", "Gramps", "Mother", "Father", "Stepdad"]
ORGS = ["Walgreens", "CVS", "Rite Aid", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Cleveland Clinic",
        "Blue Cross", "Aetna", "UnitedHealthcare", "Humana", "Cigna", "Social Security", "the VA", "Meals on Wheels",
        "AARP", "Alzheimer's Association", "Lincare", "Apria", "Quest Diagnostics", "LabCorp", "Costco pharmacy",
        "Kroger pharmacy", "GoodRx", "Optum", "Express Scripts", "Amazon Pharmacy", "Uber Health", "Kaiser Permanente"]
HELPLINES = ["988", "1-800-222-1222", "1-800-MEDICARE", "911", "211", "1-800-272-3900", "1-800-662-4357"]
EVENTS = ["Morning Walk Group", "Memory Cafe", "Caregiver Support Circle", "Chair Yoga", "Grief Share",
          "Heart Healthy Cooking Class", "Tai Chi for Balance", "Diabetes Prevention Program", "Parkinson's Boxing"]

# ---------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL"), ("Columbus", "OH"), ("Tucson", "AZ"), ("Albuquerque", "NM"), ("Fresno", "CA"),
             ("Sacramento", "CA"), ("Boise", "ID"), ("Spokane", "WA"), ("Tacoma", "WA"), ("Eugene", "OR"),
             ("Reno", "NV"), ("Provo", "UT"), ("Billings", "MT"), ("Fargo", "ND"), ("Sioux Falls", "SD"),
             ("Omaha", "NE"), ("Wichita", "KS"), ("Tulsa", "OK"), ("Lubbock", "TX"), ("San Antonio", "TX"),
             ("El Paso", "TX"), ("Laredo", "TX"), ("Shreveport", "LA"), ("Baton Rouge", "LA"), ("Jackson", "MS"),
             ("Mobile", "AL"), ("Birmingham", "AL"), ("Knoxville", "TN"), ("Memphis", "TN"), ("Louisville", "KY"),
             ("Charleston", "WV"), ("Richmond", "VA"), ("Roanoke", "VA"), ("Durham", "NC"), ("Greenville", "SC"),
             ("Savannah", "GA"), ("Macon", "GA"), ("Tampa", "FL"), ("Orlando", "FL"), ("Gainesville", "FL"),
             ("Dayton", "OH"), ("Akron", "OH"), ("Toledo", "OH"), ("Flint", "MI"), ("Lansing", "MI"),
             ("Grand Rapids", "MI"), ("Gary", "IN"), ("Fort Wayne", "IN"), ("Peoria", "IL"), ("Rockford", "IL"),
             ("Madison", "WI"), ("Green Bay", "WI"), ("Duluth", "MN"), ("St. Paul", "MN"), ("Des Moines", "IA"),
             ("Cedar Rapids", "IA"), ("Kansas City", "MO"), ("St. Louis", "MO"), ("Little Rock", "AR"),
             ("Hartford", "CT"), ("Providence", "RI"), ("Worcester", "MA"), ("Burlington", "VT"), ("Portland", "ME"),
             ("Manchester", "NH"), ("Albany", "NY"), ("Buffalo", "NY"), ("Syracuse", "NY"), ("Newark", "NJ"),
             ("Paterson", "NJ"), ("Allentown", "PA"), ("Scranton", "PA"), ("Pittsburgh", "PA"), ("Wilmington", "DE"),
             ("Baltimore", "MD"), ("Anchorage", "AK"), ("Honolulu", "HI"), ("Hilo", "HI"), ("Santa Fe", "NM"),
             ("Flagstaff", "AZ"), ("Pueblo", "CO"), ("Boulder", "CO"), ("Cheyenne", "WY"), ("Las Cruces", "NM"),
             ("Brownsville", "TX"), ("Yakima", "WA"), ("Bakersfield", "CA"), ("Stockton", "CA"), ("Modesto", "CA"),
             ("Chula Vista", "CA"), ("Hialeah", "FL"), ("Kissimmee", "FL"), ("Decatur", "GA"), ("Cicero", "IL"),
             ("Lowell", "MA"), ("Lawrence", "MA"), ("Passaic", "NJ"), ("Yonkers", "NY"), ("Camden", "NJ")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "AZ": "Arizona", "NM": "New Mexico", "CA": "California", "TX": "Texas",
               "FL": "Florida", "GA": "Georgia", "NY": "New York", "PA": "Pennsylvania", "MI": "Michigan",
               "WA": "Washington", "MN": "Minnesota", "MA": "Massachusetts", "NJ": "New Jersey", "TN": "Tennessee"}
STREETS = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Walnut", "Chestnut", "Lincoln", "Washington", "Jefferson",
           "Franklin", "Park", "Lake", "Hill", "River", "Sunset", "Highland", "Ridge", "Meadow", "Spring", "Willow",
           "Birch", "Aspen", "Magnolia", "Dogwood", "Peachtree", "Canal", "Main", "2nd", "3rd", "14th", "5th",
           "Market", "Church", "School", "Mill", "Prospect", "Grand", "Broad", "Orchard", "Country Club", "Old Farm",
           "Harbor", "Bay", "Bluebonnet", "Mesquite", "Saguaro", "Juniper", "Sequoia", "Colonial", "Liberty", "Union",
           "Martin Luther King Jr", "Cesar Chavez", "Hickory", "Sycamore", "Poplar", "Laurel", "Fairview", "Glenwood",
           "Woodland", "Cherry", "Locust", "Cottonwood", "Pecan", "Live Oak", "Bayou", "Timber Ridge", "Stonegate",
           "Foxhall", "Quail Hollow", "Red Bud", "Wren", "Cardinal", "Hawthorne", "Kenmore", "Belmont", "Division",
           "Ashland", "Western", "Kedzie", "Halsted", "Central", "Jones", "Boston Post", "Old County", "Piedmont"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way", "Pl",
          "Terrace", "Cir", "Pkwy", "Trail", "St.", "Ave.", "Rd.", "Dr."]
DIRS = ["N", "S", "E", "W", "N.", "S.", "W.", "E.", "NE", "SW", "North", "South", "West", "East"]
UNITS = ["Apt 4B", "Apt. 12", "Apt 3", "Unit 3", "Suite 210", "#12", "Ste 5", "Lot 14", "Apt. 2C", "Unit B",
         "Apt 1107", "#3F", "Bldg 2 Apt 303", "Fl 2", "Rm 6", "Apt. 5-D", "Space 41", "Trlr 9", "APT 7", "Unit 402"]
SHIPS = ["USS Nimitz", "USS Ronald Reagan", "USS Bataan", "USS Mason", "USS Kearsarge", "USS Higgins"]

# ---------------------------------------------------------------- helpers
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def slug(s):
    s = strip_accents(s).lower()
    return "".join(c for c in s if c.isalnum())


class Person:
    def __init__(self, first, last, region, latin=True, full=None, loc="en_US", female=None):
        self.first, self.last, self.region, self.latin, self.loc = first, last, region, latin, loc
        self.full = full or f"{first} {last}"
        self.female = female


class Gen:
    WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wolf", "Fox", "Bell", "Stone", "Lane",
                     "Marsh", "Frost", "Love", "Sharp", "Hope", "King", "Price", "Bird", "Little", "Long", "Snow",
                     "Wise", "Baker", "Cook", "Hunter", "Mason", "Golden", "Black", "White", "Green", "Gray", "Rich",
                     "Field", "Moody", "Church", "Day", "Holiday", "Summers", "Winter", "Savage", "Steele", "Banks"]
    WORD_FIRSTS_F = ["Hope", "Faith", "Grace", "Joy", "June", "April", "Rose", "Iris", "Summer", "Dawn", "Destiny",
                     "Sue", "Ginger", "Autumn", "Crystal", "Misty", "Amber", "Ruby", "Pearl", "Hazel", "Olive",
                     "Violet", "Brook", "Pat", "Sunny"]
    WORD_FIRSTS_M = ["Bill", "Frank", "Mark", "Will", "Rusty", "Bob", "Rocky", "Skip", "Buddy", "Chase", "Hunter",
                     "Wade", "Cliff", "Dale", "Glen", "Miles", "Reed", "Lane", "Pat", "Sunny"]
    # (family, given, female?)
    KO = [("Kim", "Min-jun", 0), ("Park", "Ji-woo", 1), ("Lee", "Seo-yeon", 1), ("Choi", "Eun-ji", 1), ("Jung", "Hyun-woo", 0),
          ("Kang", "Soo-ah", 1), ("Cho", "Young-ho", 0), ("Yoon", "Mi-kyung", 1), ("Jang", "Dong-hyun", 0), ("Lim", "Ha-eun", 1),
          ("Han", "Sung-min", 0), ("Shin", "Ye-jin", 1), ("Oh", "Jae-sung", 0), ("Seo", "Bo-ra", 1), ("Kwon", "Tae-yang", 0)]
    KO_CHRISTIAN = [("Grace", 1), ("David", 0), ("Esther", 1), ("Daniel", 0), ("Sarah", 1), ("Paul", 0), ("Joanne", 1), ("Peter", 0)]
    ZH = [("Wang", "Fang", 1), ("Li", "Wei", 0), ("Zhang", "Min", 1), ("Liu", "Yang", 0), ("Chen", "Jie", 0), ("Huang", "Lei", 0),
          ("Zhao", "Xin", 1), ("Wu", "Hao", 0), ("Zhou", "Ying", 1), ("Xu", "Ming", 0), ("Sun", "Li", 1), ("Lin", "Mei-ling", 1),
          ("Chan", "Wai Man", 0), ("Leung", "Ka-yan", 1), ("Ho", "Siu Ming", 0)]
    JA = [("Sato", "Haruki", 0), ("Suzuki", "Aiko", 1), ("Takahashi", "Ren", 0), ("Tanaka", "Yui", 1), ("Watanabe", "Sota", 0),
          ("Ito", "Mei", 1), ("Yamamoto", "Kaito", 0), ("Nakamura", "Emi", 1), ("Kobayashi", "Hiroshi", 0), ("Kato", "Sakura", 1),
          ("Yoshida", "Takeshi", 0), ("Matsumoto", "Yoko", 1)]
    AR = [("Mohammed", "Al-Harbi", 0), ("Fatima", "Haddad", 1), ("Omar", "Khalil", 0), ("Layla", "Nasser", 1),
          ("Youssef", "Mansour", 0), ("Aisha", "Rahman", 1), ("Khalid", "Al-Otaibi", 0), ("Nour", "Saleh", 1),
          ("Hassan", "El-Sayed", 0), ("Mariam", "Abdullah", 1), ("Tariq", "Qureshi", 0), ("Samira", "Boutros", 1),
          ("Ahmed", "Farouk", 0), ("Rania", "Khoury", 1), ("Bilal", "Chaudhry", 0)]
    RU_ROM = [("Olga", "Ivanova", 1), ("Dmitri", "Volkov", 0), ("Svetlana", "Petrova", 1), ("Sergei", "Morozov", 0),
              ("Natalia", "Sokolova", 1), ("Yuri", "Lebedev", 0), ("Irina", "Kuznetsova", 1), ("Alexei", "Popov", 0)]
    VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
    VN_MID = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Đức", "Kim"]
    VN_F = ["Lan", "Mai", "Hương", "Thảo", "Phương", "Hạnh", "Linh", "Trâm", "Vy", "Hiền"]
    VN_M = ["Hùng", "Tuấn", "Dũng", "Long", "Quang", "Bảo", "Khoa", "Nam"]
    PH = [("Ma. Cristina", "Dela Cruz", 1), ("Jose", "Reyes", 0), ("Rowena", "Santos", 1), ("Arnel", "Bautista", 0),
          ("Marites", "Garcia", 1), ("Jun", "Mendoza", 0), ("Lourdes", "Villanueva", 1), ("Rodel", "Aquino", 0),
          ("Jocelyn", "Ramos", 1), ("Bong", "Castillo", 0), ("Editha", "Pascual", 1), ("Rommel", "Tolentino", 0)]

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = {}
        self._seed = seed

    def fk(self, loc):
        if loc not in self.f:
            f = Faker(loc)
            f.seed_instance(self._seed + sum(map(ord, loc)))
            self.f[loc] = f
        return self.f[loc]

    def ch(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    # ------------------------------------------------------------ people
    def person(self, ctx="US", loc=None, female=None):
        """A person. ctx US: names as US households write them (Latin script, region US; a few in their own
        script, region INTL). ctx=<country code>: someone from there (region INTL). female: None = either."""
        r = self.r
        if female is None:
            female = r.random() < 0.55
        female = bool(female)
        if loc is None:
            if ctx == "US":
                loc = r.choices(["en_US", "es_MX", "vi", "en_IN", "pl_PL", "it_IT", "de_DE", "fr_FR", "pt_BR", "tr_TR",
                                 "nl_NL", "en_GB", "ko_rom", "zh_rom", "ja_rom", "ar_rom", "ph", "en_IE", "ru_rom",
                                 "script"],
                                [44, 12, 4, 4, 3, 3, 2, 2, 3, 1, 1, 2, 3, 3, 2, 3, 3, 2, 1, 5])[0]
                if loc == "script":
                    loc = r.choice(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"])
            else:
                loc = ctx
        region = "US" if ctx == "US" else "INTL"
        if loc in ("ko_rom", "zh_rom", "ja_rom", "ar_rom", "ph", "ru_rom"):
            lst = {"ko_rom": self.KO, "zh_rom": self.ZH, "ja_rom": self.JA, "ar_rom": self.AR, "ph": self.PH,
                   "ru_rom": self.RU_ROM}[loc]
            pick = [x for x in lst if x[2] == int(female)]
            a, b, _ = r.choice(pick)
            if loc in ("ar_rom", "ph", "ru_rom"):
                first, last = a, b
            else:
                last, first = a, b
                if loc == "ko_rom" and r.random() < 0.3:
                    first = r.choice([n for n, fm in self.KO_CHRISTIAN if fm == int(female)])
            return Person(first, last, region, loc=loc, female=female)
        if loc == "vi":
            last = r.choice(self.VN_LAST)
            mid = "Thị" if female and r.random() < 0.7 else ("Văn" if not female and r.random() < 0.6 else r.choice(["Minh", "Thanh", "Ngọc", "Đức", "Kim", "Hữu"]))
            first = r.choice(self.VN_F if female else self.VN_M)
            if ctx == "US" and r.random() < 0.6:
                fix = lambda x: strip_accents(x.replace("Đ", "D").replace("đ", "d"))
                return Person(fix(first), fix(last), region, loc=loc, female=female)
            return Person(first, last, region, full=f"{last} {mid} {first}", loc=loc, female=female)
        f = self.fk(loc)
        def given():
            try:
                return f.first_name_female() if female else f.first_name_male()
            except AttributeError:
                return f.first_name()
        if loc in ("ja_JP", "zh_CN", "ko_KR"):
            last, first = f.last_name(), given()
            sep = " " if loc == "ja_JP" else ""
            return Person(first, last, "INTL", latin=False, full=f"{last}{sep}{first}", loc=loc, female=female)
        if loc == "ru_RU":
            first, last = given(), (f.last_name_female() if female else f.last_name_male())
            return Person(first, last, "INTL", latin=False, loc=loc, female=female)
        if loc in ("ar_SA", "hi_IN"):
            return Person(given(), f.last_name(), "INTL", latin=False, loc=loc, female=female)
        first, last = given(), f.last_name()
        if loc == "en_US":
            if r.random() < 0.18:
                last = r.choice(self.WORD_SURNAMES)
            if r.random() < 0.10:
                first = r.choice(self.WORD_FIRSTS_F if female else self.WORD_FIRSTS_M)
        if loc in ("es_MX", "es_ES") and r.random() < 0.35:
            last = f"{last} {f.last_name()}"
        return Person(first, last, region, loc=loc, female=female)

    # ------------------------------------------------------------ US values
    def zip5(self, st):
        try:
            return self.fk("en_US").postcode_in_state(st)
        except Exception:
            return self.digits(5, True)

    def us_street(self):
        r = self.r
        num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 48999)]))
        d = (r.choice(DIRS) + " ") if r.random() < 0.2 else ""
        name = r.choice(STREETS)
        if r.random() < 0.08:
            return f"{num} County Road {r.randint(2, 950)}"
        if r.random() < 0.05:
            return f"{num} {r.choice(['US', 'State', 'Hwy', 'Route', 'SR'])} {r.choice(['-', ' '])}{r.randint(1, 299)}".replace(" -", "-").replace("- ", "-")
        return f"{num} {d}{name} {r.choice(SUFFIX)}"

    def us_address(self, shape=None, unit=None):
        """Whole US address as one string, in one of many shapes."""
        r = self.r
        city, st = r.choice(US_CITIES)
        z = self.zip5(st)
        if r.random() < 0.2:
            z = f"{z}-{self.digits(4)}"
        street = self.us_street()
        if unit is None:
            unit = r.random() < 0.35
        u = r.choice(UNITS) if unit else ""
        shape = shape or r.choices(["comma", "nocomma", "twoline", "threeline", "statefull"], [50, 18, 18, 6, 8])[0]
        if shape == "comma":
            return f"{street}{', ' + u if u else ''}, {city}, {st} {z}"
        if shape == "nocomma":
            return f"{street}{' ' + u if u else ''} {city} {st} {z}"
        if shape == "twoline":
            return f"{street}{' ' + u if u else ''}\n{city}, {st} {z}"
        if shape == "threeline":
            return f"{street}\n{u or 'Apt 1'}\n{city}, {st} {z}"
        return f"{street}{', ' + u if u else ''}, {city}, {STATE_NAMES.get(st, st)} {z}"

    def city_state(self, zip_too=None):
        city, st = self.r.choice(US_CITIES)
        if zip_too or (zip_too is None and self.r.random() < 0.3):
            return f"{city}, {st} {self.zip5(st)}"
        return f"{city}, {st}" if self.r.random() < 0.8 else f"{city} {st}"

    def us_city(self):
        return self.r.choice(US_CITIES)[0]

    def po_box(self):
        r = self.r
        city, st = r.choice(US_CITIES)
        box = r.choice(["PO Box", "P.O. Box", "PO BOX", "Post Office Box", "P O Box"])
        return f"{box} {r.randint(1, 9999)}, {city}, {st} {self.zip5(st)}"

    def military(self):
        r = self.r
        kind = r.choice(["PSC", "Unit", "CMR", "ship"])
        post = r.choice([("APO", "AE", "09"), ("APO", "AP", "96"), ("FPO", "AP", "96"), ("DPO", "AE", "09"),
                         ("APO", "AA", "340"), ("FPO", "AE", "09"), ("DPO", "AP", "96")])
        zipc = post[2] + self.digits(5 - len(post[2]))
        if kind == "PSC":
            head = f"PSC {r.randint(100, 9999)}, Box {r.randint(1, 9999)}"
        elif kind == "Unit":
            head = f"Unit {r.randint(2000, 9999)} Box {r.randint(1, 9999)}"
        elif kind == "CMR":
            head = f"CMR {r.randint(400, 499)} Box {r.randint(100, 9999)}"
        else:
            head = f"{r.choice(SHIPS)}"
            post = (r.choice(["FPO"]), r.choice(["AE", "AP"]), "")
        sep = r.choice([", ", "\n", " "])
        return f"{head}{sep}{post[0]} {post[1]} {zipc}"

    def rural(self):
        r = self.r
        city, st = r.choice(US_CITIES)
        head = r.choice([f"RR {r.randint(1, 9)} Box {r.randint(1, 400)}", f"Rural Route {r.randint(1, 9)}, Box {r.randint(1, 400)}",
                         f"HC {r.randint(1, 80)} Box {r.randint(1, 999)}", f"R.R. {r.randint(1, 6)}, Box {r.randint(1, 200)}"])
        return f"{head}, {city}, {st} {self.zip5(st)}"

    def us_phone(self, ext=None, shape=None):
        r = self.r
        area = r.choice(["212", "312", "404", "415", "503", "602", "615", "713", "720", "757", "785", "801", "817",
                         "832", "901", "910", "937", "956", "971", "410", "443", "478", "505", "512", "559", "563",
                         "618", "626", "660", "702", "708", "718", "773", "804", "813", "860", "907", "919", "936",
                         "254", "209", "240", "248", "305", "318", "330", "337", "386", "414", "432", "469", "520"])
        if r.random() < 0.45:
            ex, ln = "555", "01" + self.digits(2)
        else:
            ex, ln = str(r.randint(2, 9)) + self.digits(2), self.digits(4)
            if ex[1:] == "11":
                ex = ex[0] + "21"
        shape = shape or r.choices(["paren", "dash", "dot", "plain", "plus1", "1dash", "001", "space", "parennospace",
                                     "plus1paren", "plus1dash"], [22, 22, 10, 7, 8, 6, 3, 8, 5, 5, 4])[0]
        s = {"paren": f"({area}) {ex}-{ln}", "dash": f"{area}-{ex}-{ln}", "dot": f"{area}.{ex}.{ln}",
             "plain": f"{area}{ex}{ln}", "plus1": f"+1 {area} {ex} {ln}", "1dash": f"1-{area}-{ex}-{ln}",
             "001": f"001-{area}-{ex}-{ln}", "space": f"{area} {ex} {ln}", "parennospace": f"({area}){ex}-{ln}",
             "plus1paren": f"+1 ({area}) {ex}-{ln}", "plus1dash": f"+1-{area}-{ex}-{ln}"}[shape]
        if ext is None:
            ext = r.random() < 0.15
        if ext:
            s += r.choice([f" x{r.randint(10, 9999)}", f" ext. {r.randint(1, 999)}", f" extension {r.randint(1, 9)}",
                           f" ext {r.randint(100, 999)}", f"x{r.randint(10, 99)}", f" Ext. {r.randint(1, 99)}"])
        return s

    def vanity(self):
        r = self.r
        word = r.choice(["GUS-TOWS", "MIA-CUTS", "DAN-ROOF", "KAYS-PAW", "TAX-LADY", "BIG-JIMS", "RAY-FIXES",
                         "NANCY-CAKES", "LUPE-CLEAN", "HANK-HVAC", "DOC-JOHN", "TONY-PLUMB", "ROSA-SEWS"])
        return f"1-{r.choice(['800', '844', '855', '866', '877', '888'])}-{word}"

    def ssn(self, shape=None):
        s = self.fk("en_US").ssn()
        a, b, c = s.split("-")
        shape = shape or self.r.choices(["dash", "plain", "space"], [60, 25, 15])[0]
        return {"dash": f"{a}-{b}-{c}", "plain": f"{a}{b}{c}", "space": f"{a} {b} {c}"}[shape]

    def mbi(self):
        r = self.r
        L = "ACDEFGHJKMNPQRTUVWXY"
        AN = L + "0123456789"
        s = (str(r.randint(1, 9)) + r.choice(L) + r.choice(AN) + str(r.randint(0, 9)) + r.choice(L) + r.choice(AN) +
             str(r.randint(0, 9)) + r.choice(L) + r.choice(L) + str(r.randint(0, 9)) + str(r.randint(0, 9)))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.6 else s

    def mrn(self):
        """(label, value) for a US record/member number."""
        r = self.r
        kind = r.choice(["mrn", "mrn", "chart", "member", "medicare", "medicaid", "acct"])
        if kind == "mrn":
            v = r.choice([self.digits(8), self.digits(7, True), f"{self.digits(2)}-{self.digits(2)}-{self.digits(4)}",
                          f"E{self.digits(7)}", f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}", self.digits(10)])
            lab = r.choice(["MRN", "MRN:", "MRN#", "mrn", "Med Rec #", "medical record #", "MR#", "Patient ID"])
        elif kind == "chart":
            v = r.choice([self.digits(5), f"{r.choice(string.ascii_uppercase)}{self.digits(6)}", self.digits(6)])
            lab = r.choice(["chart #", "chart no.", "Chart:", "chart number"])
        elif kind == "member":
            v = r.choice([f"{''.join(r.choice(string.ascii_uppercase) for _ in range(3))}{self.digits(9)}",
                          f"W{self.digits(9)}", f"{self.digits(9)}-0{r.randint(1, 4)}",
                          f"{''.join(r.choice(string.ascii_uppercase) for _ in range(2))}{self.digits(7)}"])
            lab = r.choice(["member ID", "Member ID:", "member id", "ID#", "subscriber ID", "Insurance ID"])
        elif kind == "medicare":
            v = self.mbi()
            lab = r.choice(["Medicare ID", "Medicare #", "MBI", "medicare number", "Medicare card no."])
        elif kind == "medicaid":
            v = r.choice([f"{self.digits(8)}{r.choice('ABCDEFGH')}", f"{r.choice(['NY', 'MA', 'TX', 'CA'])}{self.digits(8)}",
                          self.digits(10), f"{r.choice(string.ascii_uppercase)}{self.digits(8)}"])
            lab = r.choice(["Medicaid ID", "Medicaid #", "Medi-Cal ID", "MCD", "medicaid no"])
        else:
            v = f"{self.digits(3)}{r.choice(['', '-'])}{self.digits(6)}"
            lab = r.choice(["hospital acct/MRN", "visit MRN", "EHR ID"])
        return lab, v

    def intl_mrn(self, country):
        r = self.r
        if country == "GB":
            base = [r.randint(0, 9) for _ in range(9)]
            base[0] = r.randint(4, 6)
            tot = sum(d * (10 - i) for i, d in enumerate(base))
            chk = 11 - tot % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                base[8] = (base[8] + 1) % 10
                tot = sum(d * (10 - i) for i, d in enumerate(base))
                chk = 11 - tot % 11
                chk = 0 if chk == 11 else chk
            s = "".join(map(str, base)) + str(chk % 10)
            return r.choice(["NHS number", "NHS no.", "NHS No:"]), f"{s[:3]} {s[3:6]} {s[6:]}"
        if country == "CA":
            return "OHIP", f"{self.digits(4, True)}-{self.digits(3)}-{self.digits(3)}-{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}"
        if country in ("DE", "AT", "CH"):
            return r.choice(["Versichertennummer", "KVNR", "Krankenversicherungsnummer"]), f"{r.choice('ABCDEFGHKLMNPRSTUVWZ')}{self.digits(9)}"
        if country == "FR":
            s = f"{r.choice('12')} {self.digits(2)} {r.randint(1, 12):02d} {self.digits(2)} {self.digits(3)} {self.digits(3)} {self.digits(2)}"
            return r.choice(["n° de sécu", "carte Vitale", "numéro de sécurité sociale"]), s
        if country == "MX":
            return r.choice(["NSS", "número de afiliación IMSS"]), self.digits(11)
        if country == "BR":
            return "Cartão SUS", f"{r.choice('789')}{self.digits(2)} {self.digits(4)} {self.digits(4)} {self.digits(4)}"
        if country == "JP":
            return "保険証番号", f"{self.digits(2)}-{self.digits(6)}"
        if country == "IN":
            return "ABHA", f"{self.digits(2)}-{self.digits(4)}-{self.digits(4)}-{self.digits(4)}"
        if country == "ES":
            return "tarjeta sanitaria", f"{''.join(r.choice(string.ascii_uppercase) for _ in range(4))}{self.digits(10)}"
        if country == "IT":
            return "tessera sanitaria", f"8038{self.digits(16)}"
        if country == "NL":
            return "BSN", self.digits(9, True)
        if country == "PH":
            return "PhilHealth no.", f"{self.digits(2)}-{self.digits(9)}-{self.digits(1)}"
        if country == "KR":
            return "건강보험증 번호", f"{self.digits(11)}"
        return "patient no.", f"{self.digits(8)}"

    def dob_date(self, old=True):
        f = self.fk("en_US")
        return f.date_of_birth(minimum_age=60 if old else 1, maximum_age=99 if old else 59)

    def dob_us(self, old=True, shape=None):
        d = self.dob_date(old)
        r = self.r
        shape = shape or r.choice(["mdy", "mdy", "mdy0", "mdy2", "dash", "long", "abbr", "iso", "longcomma", "dmy_long"])
        m = MONTHS[d.month - 1]
        return {"mdy": f"{d.month}/{d.day}/{d.year}", "mdy0": f"{d.month:02d}/{d.day:02d}/{d.year}",
                "mdy2": f"{d.month}/{d.day}/{d.year % 100:02d}", "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
                "long": f"{m} {d.day}, {d.year}", "abbr": f"{m[:3]} {d.day} {d.year}", "iso": d.isoformat(),
                "longcomma": f"{m} {d.day} {d.year}", "dmy_long": f"{d.day} {m} {d.year}"}[shape]

    def dob_intl(self, country, old=True):
        d = self.dob_date(old)
        r = self.r
        if country == "JP":
            return f"{d.year}年{d.month}月{d.day}日" if r.random() < 0.5 else f"{d.year}/{d.month:02d}/{d.day:02d}"
        if country == "CN":
            return f"{d.year}年{d.month}月{d.day}日"
        if country in ("DE", "AT", "CH", "PL", "RU", "TR"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if country in ("ES", "MX"):
            mes = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                   "noviembre", "diciembre"][d.month - 1]
            return f"{d.day} de {mes} de {d.year}" if r.random() < 0.4 else f"{d.day:02d}/{d.month:02d}/{d.year}"
        if country == "FR":
            mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"][d.month - 1]
            return f"{d.day} {mois} {d.year}" if r.random() < 0.4 else f"{d.day:02d}/{d.month:02d}/{d.year}"
        if country == "NL":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if country == "KR":
            return f"{d.year}.{d.month:02d}.{d.day:02d}"
        if r.random() < 0.3:
            return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    # ------------------------------------------------------------ email / url
    US_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net",
                  "att.net", "verizon.net", "sbcglobal.net", "bellsouth.net", "me.com", "protonmail.com", "msn.com",
                  "cox.net", "charter.net", "live.com", "ymail.com", "earthlink.net", "frontier.com"]
    INTL_DOMAINS = {"DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
                    "IT": ["libero.it", "virgilio.it"], "GB": ["btinternet.com", "yahoo.co.uk", "hotmail.co.uk"],
                    "BR": ["uol.com.br", "terra.com.br", "bol.com.br"], "KR": ["naver.com", "daum.net"],
                    "CN": ["qq.com", "163.com"], "JP": ["yahoo.co.jp", "docomo.ne.jp"], "IN": ["rediffmail.com", "yahoo.co.in"],
                    "RU": ["yandex.ru", "mail.ru"], "PL": ["wp.pl", "o2.pl", "onet.pl"], "NL": ["ziggo.nl", "kpnmail.nl"],
                    "PT": ["sapo.pt"], "MX": ["prodigy.net.mx", "hotmail.com.mx"], "ES": ["telefonica.net", "yahoo.es"],
                    "TR": ["hotmail.com.tr", "yandex.com.tr"], "CA": ["rogers.com", "shaw.ca", "videotron.ca"],
                    "PH": ["yahoo.com.ph"], "VN": ["yahoo.com.vn"], "SA": ["hotmail.com"], "IE": ["eircom.net"],
                    "AT": ["aon.at", "gmx.at"], "CH": ["bluewin.ch"]}

    def email(self, p=None, country=None):
        r = self.r
        if p is None or not p.latin:
            first, last = slug(r.choice(["an", "min", "leo", "mira", "sam", "kai", "noa", "ari"])), slug(self.fk("en_US").last_name())
        else:
            first, last = slug(p.first.split()[0]) or "x", slug(p.last.split()[-1]) or "y"
        yr = str(r.randint(40, 99)) if r.random() < 0.5 else str(r.randint(1, 999))
        local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{yr}", f"{first}_{last}",
                          f"{last}.{first}", f"{first}{yr}", f"{first[0]}.{last}{r.randint(1, 9)}", f"{last}{first[0]}",
                          f"{r.choice(['nana', 'papa', 'grandma', 'mama', 'the', 'its', 'mr', 'ms'])}{last}{yr}"])
        dom = r.choice(self.INTL_DOMAINS.get(country, self.US_DOMAINS)) if country else r.choice(self.US_DOMAINS)
        return f"{local}@{dom}"

    def work_email(self, p, org_domain):
        first, last = slug(p.first.split()[0]), slug(p.last.split()[-1])
        return self.r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{first[0]}"]) + "@" + org_domain

    def url(self, p, kind="any"):
        """A link with the person's name. kind: personal (profile/own site), updates (care/fundraising pages),
        obit, or any."""
        r = self.r
        first, last = slug(p.first.split()[0]), slug(p.last.split()[-1])
        n = r.randint(1, 9999)
        personal = [f"https://www.facebook.com/{first}.{last}.{n}", f"facebook.com/{first}{last}{r.randint(1, 99)}",
                    f"linkedin.com/in/{first}-{last}-{r.randint(100, 999)}a", f"https://www.linkedin.com/in/{first}{last}",
                    f"www.{first}{last}.com", f"https://{first}{last}.wordpress.com", f"instagram.com/{first}_{last}",
                    f"https://www.instagram.com/{first}.{last}{r.randint(1, 99)}/", f"{first}{last}photography.com",
                    f"https://twitter.com/{first}{last}{r.randint(1, 99)}", f"tiktok.com/@{first}.{last}",
                    f"https://{first}-{last}.blogspot.com", f"http://www.{last}family.net/{first}",
                    f"https://www.youtube.com/@{first}{last}", f"https://linktr.ee/{first}{last}", f"{first}{last}.substack.com"]
        updates = [f"https://www.caringbridge.org/site/{first}{last}", f"caringbridge.org/visit/{first}{last}",
                   f"https://www.gofundme.com/f/{first}-{last}-medical-fund", f"gofundme.com/f/help-{first}-{last}",
                   f"https://www.mealtrain.com/trains/{last}-family", f"https://lotsahelpinghands.com/c/{last}-{first}-care",
                   f"https://www.caringbridge.org/site/{first}{last}-journey"]
        obit = [f"https://www.legacy.com/us/obituaries/name/{first}-{last}-obituary"]
        pool = {"personal": personal, "updates": updates, "obit": obit, "any": personal + updates}[kind]
        return r.choice(pool)

    def url_intl(self, p, country):
        r = self.r
        first, last = slug(p.first.split()[0]) if p.latin else "user", slug(p.last.split()[-1]) if p.latin else self.digits(6)
        if country == "DE":
            return r.choice([f"https://www.xing.com/profile/{first.capitalize()}_{last.capitalize()}", f"www.{last}-{first}.de"])
        if country == "RU":
            return f"https://vk.com/{first}.{last}" if p.latin else f"https://vk.com/id{self.digits(9)}"
        if country == "JP":
            return f"https://ameblo.jp/{first}-{last}" if p.latin else f"https://ameblo.jp/{r.choice(['sakura', 'hana', 'yuki'])}-{self.digits(4)}"
        if country == "BR":
            return f"https://www.vakinha.com.br/vaquinha/ajuda-para-{first}-{last}"
        if country == "FR":
            return f"https://www.leetchi.com/c/soutien-{first}-{last}"
        if country == "GB":
            return f"https://www.justgiving.com/crowdfunding/{first}-{last}"
        return f"https://www.facebook.com/{first}.{last}.{r.randint(1, 9999)}"

    # ------------------------------------------------------------ accounts
    IBAN_SPECS = {"DE": "n18", "GB": "A4n14", "FR": "n23", "ES": "n20", "IT": "A1n22", "NL": "A4n10", "PL": "n24",
                  "PT": "n21", "BE": "n12", "IE": "A4n14", "CH": "n17", "AT": "n16", "SA": "n22", "TR": "n22",
                  "BR": "n23A1n1"}

    def iban(self, country, shape=None):
        import re as _re
        out = ""
        for kind, n in _re.findall(r"([An])(\d+)", self.IBAN_SPECS[country]):
            for _ in range(int(n)):
                out += self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if kind == "A" else str(self.r.randint(0, 9))
        ib = make_iban(country, out)
        shape = shape or self.r.choices(["spaced", "plain", "lower_spaced", "lower"], [50, 32, 9, 9])[0]
        return {"spaced": spaced(ib), "plain": ib, "lower_spaced": spaced(ib).lower(), "lower": ib.lower()}[shape]

    def card(self, valid=None, shape=None):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
        pre = {"visa": "4", "mc": r.choice(["51", "52", "53", "54", "55", "2221"]), "amex": r.choice(["34", "37"]),
               "disc": "6011"}[kind]
        n = 15 if kind == "amex" else 16
        num = luhn_complete(pre + self.digits(n - 1 - len(pre)))
        if valid is None:
            valid = r.random() < 0.8
        if not valid:
            num = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
        shape = shape or r.choices(["space", "plain", "dash"], [55, 30, 15])[0]
        if kind == "amex":
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i:i + 4] for i in range(0, 16, 4)]
        s = {"space": " ".join(parts), "plain": num, "dash": "-".join(parts)}[shape]
        label = {"visa": ["visa", "Visa", "VISA", "card", "debit card", "credit card", "cc"],
                 "mc": ["mastercard", "MC", "card", "credit card", "cc", "Mastercard"],
                 "amex": ["amex", "AmEx", "Amex card", "credit card", "card"],
                 "disc": ["discover", "Discover card", "card", "cc"]}[kind]
        return r.choice(label), s

    def routing(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.r.choice([0, 0, 1, 2, 3])
            d[1] = self.r.randint(1, 9) if d[0] in (0, 1) else self.r.randint(1, 2)
            for c in range(10):
                x = d + [c]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                    return "".join(map(str, x))

    def bank_acct(self):
        return self.digits(self.r.choice([8, 9, 10, 11, 12]), True)

    # ------------------------------------------------------------ international addresses / phones
    def intl_phone(self, c, mobile=None):
        r, d = self.r, self.digits
        if mobile is None:
            mobile = r.random() < 0.5
        P = {
            "GB": [f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}",
                   f"0161 496 0{d(3)}", f"+44 (0)113 496 0{d(3)}", f"0117 496 0{d(3)}"],
            "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 151 {d(8)}", f"0171 {d(7)}", f"+49 (0)89 {d(3)} {d(4)}",
                   f"+49 40 {d(3)} {d(2)} {d(2)}", f"0221 {d(6)}"],
            "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"04 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 (0)5 {d(2)} {d(2)} {d(2)} {d(2)}"],
            "ES": [f"+34 91{d(1)} {d(3)} {d(3)}", f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"93 {d(3)} {d(2)} {d(2)}"],
            "MX": [f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}",
                   f"+52 (999) {d(3)} {d(4)}", f"044 55 {d(4)} {d(4)}"],
            "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"],
            "NL": [f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(8)}", f"010 {d(3)} {d(4)}"],
            "PL": [f"+48 {d(3)} {d(3)} {d(3)}", f"{d(2)} {d(3)} {d(2)} {d(2)}", f"+48 22 {d(3)} {d(2)} {d(2)}"],
            "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 3{d(3)}-{d(4)}", f"(85) 9 {d(4)}-{d(4)}"],
            "PT": [f"+351 21 {d(3)} {d(4)}", f"+351 9{d(2)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}"],
            "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}"],
            "CN": [f"+86 138 {d(4)} {d(4)}", f"+86 10 {d(4)} {d(4)}", f"139{d(8)}", f"+86 21 {d(4)} {d(4)}"],
            "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"],
            "IN": [f"+91 9{d(4)} {d(5)}", f"+91 80 {d(4)} {d(4)}", f"0{d(2)} {d(4)} {d(4)}", f"9{d(4)} {d(5)}", f"+91-7{d(9)}"],
            "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"011 {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"],
            "RU": [f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (916) {d(3)}-{d(2)}-{d(2)}", f"+7 (812) {d(3)}-{d(2)}-{d(2)}"],
            "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}", f"0 5{d(2)} {d(3)} {d(4)}"],
            "VN": [f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"028 {d(4)} {d(4)}", f"09{d(2)} {d(3)} {d(3)}"],
            "PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"],
            "CA": [f"+1 416 {r.randint(2, 9)}{d(2)} {d(4)}", f"(604) {r.randint(2, 9)}{d(2)}-{d(4)}", f"514-{r.randint(2, 9)}{d(2)}-{d(4)}",
                   f"+1 (403) {r.randint(2, 9)}{d(2)}-{d(4)}"],
            "IE": [f"+353 1 {d(3)} {d(4)}", f"087 {d(3)} {d(4)}", f"+353 86 {d(3)} {d(4)}"],
            "AT": [f"+43 1 {d(4)}{d(3)}", f"0664 {d(7)}", f"+43 664 {d(3)} {d(4)}"],
            "CH": [f"+41 44 {d(3)} {d(2)} {d(2)}", f"079 {d(3)} {d(2)} {d(2)}", f"+41 79 {d(3)} {d(2)} {d(2)}"],
        }
        return r.choice(P[c])

    CITY = {"GB": ["Leeds", "Bristol", "Manchester", "Norwich", "Cardiff", "Glasgow", "Sheffield", "Leicester",
                   "Brighton", "York", "Exeter", "Coventry", "Derby", "Swansea", "Aberdeen", "Bolton", "Luton"],
            "FR": [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"), ("Nantes", "4400"),
                   ("Lille", "5900"), ("Bordeaux", "3300"), ("Strasbourg", "6700"), ("Rennes", "3500"),
                   ("Montpellier", "3400"), ("Nice", "0600"), ("Grenoble", "3800"), ("Dijon", "2100")],
            "ES": [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Málaga", "290"),
                   ("Zaragoza", "500"), ("Bilbao", "480"), ("Granada", "180"), ("Alicante", "030")],
            "MX": [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
                   ("Puebla", "Pue.", "72"), ("Mérida", "Yuc.", "97"), ("Oaxaca de Juárez", "Oax.", "68"),
                   ("Morelia", "Mich.", "58"), ("Tijuana", "B.C.", "22"), ("León", "Gto.", "37"), ("Zacatecas", "Zac.", "98")],
            "IT": [("Roma", "RM", "001"), ("Milano", "MI", "201"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
                   ("Palermo", "PA", "901"), ("Bologna", "BO", "401"), ("Bari", "BA", "701"), ("Firenze", "FI", "501")],
            "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Haarlem"],
            "PL": [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Wrocław", "5"), ("Poznań", "6"), ("Gdańsk", "8"),
                   ("Lublin", "2"), ("Katowice", "4")],
            "BR": [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"),
                   ("Salvador", "BA", "4"), ("Fortaleza", "CE", "6"), ("Recife", "PE", "5"), ("Curitiba", "PR", "8"),
                   ("Porto Alegre", "RS", "9"), ("Goiânia", "GO", "7")],
            "PT": [("Lisboa", "1"), ("Porto", "4"), ("Braga", "4"), ("Coimbra", "3"), ("Faro", "8"), ("Setúbal", "2")],
            "CA": [("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"),
                   ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"),
                   ("Surrey", "BC", "V"), ("Brampton", "ON", "L")],
            "IN": [("Mumbai", "400"), ("Pune", "411"), ("Bengaluru", "560"), ("Chennai", "600"), ("Hyderabad", "500"),
                   ("Kolkata", "700"), ("New Delhi", "110"), ("Ahmedabad", "380"), ("Kochi", "682"), ("Jaipur", "302")],
            "DE": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig",
                   "Dresden", "Hannover", "Nürnberg", "Bremen", "Essen", "Bielefeld"],
            "IE": [("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91")],
            "PH": [("Quezon City", "Metro Manila", "11"), ("Cebu City", "Cebu", "60"), ("Davao City", "Davao del Sur", "80"),
                   ("Iloilo City", "Iloilo", "50"), ("Makati", "Metro Manila", "12"), ("Baguio", "Benguet", "26")],
            "TR": [("Kadıköy", "İstanbul", "34"), ("Çankaya", "Ankara", "06"), ("Konak", "İzmir", "35"),
                   ("Nilüfer", "Bursa", "16"), ("Muratpaşa", "Antalya", "07")],
            "JP": [("Tokyo", "Shinjuku-ku", "160"), ("Tokyo", "Setagaya-ku", "154"), ("Osaka", "Kita-ku", "530"),
                   ("Yokohama", "Naka-ku", "231"), ("Nagoya", "Chikusa-ku", "464"), ("Sapporo", "Chuo-ku", "060"),
                   ("Fukuoka", "Hakata-ku", "812")],
            "KR": ["서울특별시 강남구", "서울특별시 마포구", "부산광역시 해운대구", "인천광역시 남동구", "대구광역시 수성구"],
            "CN": ["北京市朝阳区", "上海市浦东新区", "广州市天河区", "成都市武侯区", "杭州市西湖区", "深圳市南山区"],
            "RU": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург"],
            "SA": ["الرياض", "جدة", "الدمام", "مكة المكرمة"],
            "VN": ["Quận 3, TP. Hồ Chí Minh", "Quận Ba Đình, Hà Nội", "Quận Hải Châu, Đà Nẵng", "TP. Huế"],
            "AT": [("Wien", "1"), ("Graz", "80"), ("Linz", "40"), ("Salzburg", "50"), ("Innsbruck", "60")],
            "CH": [("Zürich", "80"), ("Genève", "12"), ("Basel", "40"), ("Bern", "30"), ("Lausanne", "10")]}

    def intl_city(self, c):
        x = self.r.choice(self.CITY[c])
        return x if isinstance(x, str) else x[0]

    def intl_address(self, c):
        r, d = self.r, self.digits
        if c == "GB":
            street = r.choice(["Station Road", "Church Lane", "Victoria Street", "Queens Road", "Mill Lane", "Park Avenue",
                               "The Crescent", "Manor Road", "High Street", "Kingsway", "Albert Road", "Grange Close",
                               "Beech Grove", "Windsor Terrace", "Moor Lane"])
            flat = r.choice(["", "", f"Flat {r.randint(1, 24)}, ", f"{r.randint(1, 9)}{r.choice('ABC')} "])
            pc = self.fk("en_GB").postcode()
            sep = r.choice([", ", "\n"])
            return f"{flat}{r.randint(1, 220)} {street}{sep}{r.choice(self.CITY['GB'])} {pc}"
        if c == "DE":
            f = self.fk("de_DE")
            return f"{f.street_name()} {r.randint(1, 180)}{r.choice(['', '', 'a', 'b'])}, {d(5, True)} {r.choice(self.CITY['DE'])}"
        if c == "AT":
            city, pre = r.choice(self.CITY["AT"])
            return f"{self.fk('de_AT').street_name()} {r.randint(1, 90)}/{r.randint(1, 20)}, {pre}{d(4 - len(pre))} {city}"
        if c == "CH":
            city, pre = r.choice(self.CITY["CH"])
            return f"{self.fk('de_CH').street_name()} {r.randint(1, 120)}, {pre}{d(4 - len(pre))} {city}"
        if c == "FR":
            city, pre = r.choice(self.CITY["FR"])
            f = self.fk("fr_FR")
            return f"{r.randint(1, 140)}{r.choice(['', '', ' bis'])} {f.street_name()}, {pre}{d(5 - len(pre))} {city}"
        if c == "ES":
            city, pre = r.choice(self.CITY["ES"])
            f = self.fk("es_ES")
            return f"{f.street_name()} {r.randint(1, 160)}, {r.randint(1, 9)}º {r.choice('ABCD')}, {pre}{d(5 - len(pre))} {city}"
        if c == "MX":
            city, st, pre = r.choice(self.CITY["MX"])
            calle = r.choice(["Calle Hidalgo", "Av. Juárez", "Calle 5 de Mayo", "Calle Morelos", "Av. Revolución",
                              "Calle Independencia", "Calle Allende", "Privada Las Flores", "Calle Zaragoza"])
            col = r.choice(["Centro", "Del Valle", "Las Águilas", "San Rafael", "Jardines del Bosque", "Americana", "Moderna"])
            return f"{calle} {r.randint(1, 2400)}{r.choice(['', ' int. 4', ' Depto. 2'])}, Col. {col}, {pre}{d(5 - len(pre))} {city}, {st}"
        if c == "IT":
            city, prov, pre = r.choice(self.CITY["IT"])
            via = r.choice(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Mazzini", "Via Verdi",
                            "Viale dei Mille", "Via Dante Alighieri", "Piazza Cavour"])
            return f"{via} {r.randint(1, 200)}, {pre}{d(5 - len(pre))} {city} ({prov})"
        if c == "NL":
            f = self.fk("nl_NL")
            return f"{f.street_name()} {r.randint(1, 300)}{r.choice(['', '-2', 'A', ' bis'])}, {d(4, True)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEFGHJKLMNPRSTVWXZ')} {r.choice(self.CITY['NL'])}"
        if c == "PL":
            city, pre = r.choice(self.CITY["PL"])
            f = self.fk("pl_PL")
            return f"ul. {f.street_name()} {r.randint(1, 120)}{r.choice(['', '/' + str(r.randint(1, 60))])}, {pre}{d(1)}-{d(3)} {city}"
        if c == "BR":
            city, uf, pre = r.choice(self.CITY["BR"])
            rua = r.choice(["Rua das Flores", "Av. Paulista", "Rua São João", "Rua Sete de Setembro", "Av. Brasil",
                            "Rua Santa Luzia", "Travessa do Carmo", "Rua Dom Pedro II"])
            bairro = r.choice(["Centro", "Bela Vista", "Boa Viagem", "Savassi", "Meireles", "Tijuca", "Moinhos de Vento"])
            return f"{rua}, {r.randint(1, 3000)}{r.choice(['', ', apto 42', ', casa 2'])} - {bairro}, {city} - {uf}, {pre}{d(4)}-{d(3)}"
        if c == "PT":
            city, pre = r.choice(self.CITY["PT"])
            return f"Rua {self.fk('pt_PT').last_name()} {r.randint(1, 200)}, {r.randint(1, 5)}º Esq., {pre}{d(3)}-{d(3)} {city}"
        if c == "CA":
            city, prov, pre = r.choice(self.CITY["CA"])
            pc = f"{pre}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
            unit = r.choice(["", "", f"Unit {r.randint(1, 40)} - ", f"{r.randint(100, 2400)}-"])
            return f"{unit}{r.randint(10, 9999)} {r.choice(['Bloor St W', 'Yonge St', 'Dundas St E', 'rue Saint-Denis', 'Main St', 'Kingsway', 'Jasper Ave', 'Portage Ave', 'Robson St'])}, {city}, {prov} {pc}"
        if c == "IE":
            town, ek = r.choice(self.CITY["IE"])
            return f"{r.randint(1, 90)} {r.choice(['Church Road', 'Main Street', 'Oakfield Park', 'Seaview Terrace', 'Castle Avenue'])}, {town}, {ek} {r.choice('ACDEFHKNPRTVWXY')}{d(1)}{r.choice('ACDEFHKNPRTVWXY')}{d(1)}"
        if c == "IN":
            city, pre = r.choice(self.CITY["IN"])
            return (f"Flat {r.randint(1, 20)}{r.choice('ABCD')}, {r.choice(['Shanti Apartments', 'Sai Krupa Society', 'Green Park Towers', 'Lakshmi Nivas'])}, "
                    f"{r.choice(['MG Road', 'Link Road', 'Station Road', '2nd Cross', 'Nehru Nagar'])}, {city} - {pre}{d(3)}")
        if c == "JP":
            if r.random() < 0.5:
                f = self.fk("ja_JP")
                return f"〒{d(3)}-{d(4)} {f.address()}"
            city, ward, pre = r.choice(self.CITY["JP"])
            return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Nishi-Shinjuku', 'Kitazawa', 'Umeda', 'Yamashita-cho', 'Kakuozan', 'Minami 3-jo'])}, {ward}, {city} {pre}-{d(4)}"
        if c == "KR":
            return f"{r.choice(self.CITY['KR'])} {r.choice(['테헤란로', '월드컵북로', '해운대로', '달구벌대로'])} {r.randint(1, 500)}, {d(5)}"
        if c == "CN":
            return f"{r.choice(self.CITY['CN'])}{r.choice(['建国路', '人民路', '中山路', '解放路'])}{r.randint(1, 300)}号{r.randint(1, 20)}栋{r.randint(101, 1802)}室"
        if c == "RU":
            return f"{r.choice(['ул. Ленина', 'пр. Мира', 'ул. Гагарина', 'ул. Пушкина'])}, д. {r.randint(1, 120)}, кв. {r.randint(1, 200)}, {r.choice(self.CITY['RU'])}, {d(6, True)}"
        if c == "SA":
            return f"{r.choice(['حي العليا', 'حي الروضة', 'حي النسيم'])}، {r.choice(self.CITY['SA'])} {d(5, True)}"
        if c == "TR":
            dist, city, pre = r.choice(self.CITY["TR"])
            return f"{r.choice(['Caferağa', 'Moda', 'Kızılay', 'Alsancak', 'Fenerbahçe'])} Mah. {r.choice(['Güneşli', 'Bahariye', 'Atatürk', 'Çiçek'])} Sk. No:{r.randint(1, 90)} D:{r.randint(1, 20)}, {pre}{d(3)} {dist}/{city}"
        if c == "VN":
            return f"{r.randint(1, 400)}/{r.randint(1, 60)} {r.choice(['Lê Văn Sỹ', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Trần Hưng Đạo'])}, {r.choice(self.CITY['VN'])}"
        if c == "PH":
            city, prov, pre = r.choice(self.CITY["PH"])
            return f"{r.randint(1, 300)} {r.choice(['Mabini', 'Rizal', 'Bonifacio', 'Luna', 'Aguinaldo'])} St., Brgy. {r.choice(['San Isidro', 'Poblacion', 'Santo Niño', 'Malanday'])}, {city}, {prov} {pre}{d(2)}"
        raise KeyError(c)


NAME_LOC = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "MX": "es_MX", "IT": "it_IT", "NL": "nl_NL",
            "PL": "pl_PL", "BR": "pt_BR", "PT": "pt_PT", "CA": "en_CA", "IN": "en_IN", "JP": "ja_JP", "KR": "ko_KR",
            "CN": "zh_CN", "RU": "ru_RU", "SA": "ar_SA", "TR": "tr_TR", "VN": "vi", "PH": "ph", "IE": "en_IE",
            "AT": "de_AT", "CH": "de_CH"}
