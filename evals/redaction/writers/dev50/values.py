"""Value generators for the template part of handwritten_dev50.jsonl.

Everything is invented: names come from Faker (fixed seed) plus small lists written here; numbers are
random digits in the usual shapes. Each generator returns *markup* ("[[P:Ana]]", "[[T!:+44 ...]]",
"{{metformin}}") that markup.parse_message turns into text + labels, the same markup as hand/*.txt.
"""
import random
import string
import unicodedata

from faker import Faker

LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
           "ja_JP", "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "en_CA",
           "en_IE", "de_AT", "de_CH", "uk_UA", "he_IL", "el_GR", "en_NG", "es_CO", "th_TH", "zh_TW"]

NON_LATIN = {"ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "uk_UA", "he_IL", "el_GR", "th_TH", "zh_TW"}

# ---------------------------------------------------------------- keep vocabulary (written here)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "amlodipine", "atorvastatin", "Lipitor", "levothyroxine", "Synthroid",
         "gabapentin", "prednisone", "furosemide", "metoprolol", "losartan", "hydrochlorothiazide",
         "Xarelto", "Plavix", "clopidogrel", "insulin glargine", "Lantus", "Humalog", "Ozempic", "Jardiance",
         "Januvia", "donepezil", "Aricept", "memantine", "carbidopa-levodopa", "Sinemet", "tramadol",
         "hydrocodone", "Tylenol", "ibuprofen", "naproxen", "omeprazole", "pantoprazole", "famotidine",
         "albuterol", "Symbicort", "Spiriva", "tiotropium", "montelukast", "fluticasone", "Flonase",
         "escitalopram", "Lexapro", "trazodone", "quetiapine", "buprenorphine", "Suboxone", "naloxone",
         "Narcan", "methadone", "tamsulosin", "Flomax", "finasteride", "allopurinol", "colchicine",
         "potassium chloride", "vitamin D3", "fish oil", "magnesium", "turmeric", "ginkgo", "B12",
         "Ensure", "Metamucil", "Miralax", "senna", "digoxin", "Coumadin", "spironolactone", "Entresto",
         "nitroglycerin", "apixaban", "Keppra", "levetiracetam", "lamotrigine", "Depakote", "lithium",
         "cyclobenzaprine", "meloxicam", "Celebrex", "Prolia", "alendronate", "Fosamax", "mirtazapine"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "AFib", "opioid use disorder", "Parkinson's",
              "Alzheimer's", "dementia", "COPD", "CHF", "congestive heart failure", "type 2 diabetes",
              "diabetes", "hypertension", "high blood pressure", "chronic kidney disease", "CKD stage 3",
              "sleep apnea", "osteoarthritis", "rheumatoid arthritis", "gout", "neuropathy", "shingles",
              "pneumonia", "UTI", "cellulitis", "sepsis", "stroke", "TIA", "angina", "DVT",
              "pulmonary embolism", "anemia", "hypothyroidism", "osteoporosis", "macular degeneration",
              "glaucoma", "cataracts", "depression", "anxiety", "bipolar disorder", "schizophrenia",
              "PTSD", "insomnia", "migraines", "epilepsy", "multiple sclerosis", "ALS", "lupus",
              "Crohn's", "ulcerative colitis", "GERD", "diverticulitis", "hepatitis C", "cirrhosis",
              "breast cancer", "prostate cancer", "lymphoma", "leukemia", "asthma", "sickle cell disease",
              "pressure ulcer", "delirium", "falls", "incontinence", "BPH", "long COVID"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CBC", "potassium", "creatinine", "eGFR", "TSH",
        "LDL", "triglycerides", "troponin", "BNP", "vitamin D level", "PSA", "sodium", "hemoglobin",
        "platelets", "lipid panel", "urinalysis", "blood sugar", "glucose", "oxygen sat", "PT/INR"]
BODY = ["hip", "knee", "shoulder", "ankle", "wrist", "lower back", "heel", "left foot", "right leg",
        "chest", "lungs", "kidneys", "liver", "bladder", "colon", "throat", "sacrum", "spine", "neck",
        "toes", "left eye", "gums", "heart", "stomach", "skin"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Costco pharmacy",
        "Quest", "LabCorp", "Humana", "Aetna", "Blue Cross", "Cleveland Clinic", "the VA", "Meals on Wheels",
        "AARP", "Social Security", "Tricare", "UnitedHealthcare", "Cigna", "Walmart pharmacy", "Kroger"]
HELPLINES = ["988", "1-800-222-1222", "Poison Control"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "They're", "Can't", "Won't", "I've", "It's",
                "That's", "She's", "Didn't", "We're", "You'll", "Wasn't"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
RELATIONS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Auntie", "Uncle", "Granny", "Pop", "Mama",
             "Abuela", "Abuelo", "Oma", "Opa", "Nonna", "Halmeoni", "Dadi", "Babushka"]
CHRONIC = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "sertraline", "amlodipine", "atorvastatin",
           "Lipitor", "levothyroxine", "Synthroid", "gabapentin", "furosemide", "metoprolol", "losartan", "Xarelto",
           "Plavix", "Lantus", "Ozempic", "Jardiance", "donepezil", "memantine", "carbidopa-levodopa", "omeprazole",
           "Symbicort", "Spiriva", "escitalopram", "tamsulosin", "allopurinol", "digoxin", "Coumadin", "Entresto",
           "Keppra", "lamotrigine", "lithium", "alendronate", "vitamin D3", "fish oil", "B12", "melatonin"]
WILL = ["We'll", "I'll", "She'll", "They'll", "You'll", "He'll", "we'll", "I'll"]
CLAUSES = ["{{I'm}} so tired", "{{Don't}} forget", "{{It's}} been a week", "{{That's}} all for now", "{{She's}} in good spirits",
           "{{We're}} hanging in there", "{{Can't}} thank you enough", "{{I've}} got the paperwork", "{{Didn't}} hear back yet",
           "{{He's}} grumpy but ok", "{{They're}} short staffed", "{{Won't}} be long"]
KID_DRUGS = ["albuterol", "EpiPen", "methylphenidate", "Concerta", "insulin", "Keppra", "cetirizine", "Flovent"]
KID_CONDS = ["asthma", "ADHD", "type 1 diabetes", "epilepsy", "peanut allergy", "migraines", "eczema"]
TITLED = ["Morning Walk Group", "Memory Cafe", "Caregiver Support Circle", "Healthy Hearts Class",
          "Tai Chi for Balance", "Grief Share", "Chair Yoga", "Diabetes Prevention Program"]

# ---------------------------------------------------------------- name lists (written here)
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Stone", "Bell", "Gray", "Hunt",
                 "Little", "Long", "King", "Fox", "Lane", "Rivers", "Banks", "Price", "Frost", "Snow",
                 "Winter", "Moody", "Sharp", "Baker", "Cook", "Mason", "Walker", "Love", "Small", "West",
                 "North", "Cross", "Church", "Field", "Marsh", "Ware", "Sweet", "Best", "Noble"]
WORD_GIVEN = {"f": ["Hope", "Grace", "Faith", "Joy", "Dawn", "Summer", "Autumn", "Rose", "Lily", "Iris", "Sunny",
                    "Pearl", "Ruby", "Ginger", "Hazel", "Holly", "Ivy", "Sandy", "Honey", "Star"],
              "m": ["Will", "Bill", "Mark", "Frank", "Rich", "Art", "Hunter", "Chase", "Clay", "Miles", "Rocky",
                    "Buck", "Sky", "Wade", "Cliff", "Rusty", "Dusty", "Bud"]}
FIL_GIVEN = {"f": ["Maricel", "Marites", "Lourdes", "Precious", "Analyn", "Jocelyn", "Rowena", "Divina"],
             "m": ["Rodel", "Jojo", "Arnel", "Rommel", "Jun", "Bongbong", "Efren", "Nestor"]}
FIL_SUR = ["Dimaculangan", "Santos", "Reyes", "Bautista", "Macaraeg", "Villanueva", "Pangilinan", "Dizon"]
US_DIVERSE = [("Oluwaseun", "Adebayo", "m"), ("Thanh", "Nguyen", "f"), ("Mohammed", "Al-Sayed", "m"), ("Xiomara", "Castillo", "f"),
              ("Deepa", "Venkataraman", "f"), ("Kwame", "Mensah", "m"), ("Yuki", "Tanaka", "f"), ("Svetlana", "Ivanova", "f"),
              ("Javier", "Quintanilla", "m"), ("Hyun-woo", "Cho", "m"), ("Amara", "Okonkwo", "f"), ("Bao", "Pham", "m"),
              ("Lakshmi", "Subramanian", "f"), ("Tadeusz", "Wiśniewski", "m"), ("Siobhan", "Gallagher", "f"),
              ("Ngozi", "Eze", "f"), ("Marisol", "Pacheco", "f"), ("Dmitri", "Volkov", "m"), ("Aaliyah", "Washington", "f"),
              ("DeShawn", "Jefferson", "m"), ("Keanu", "Kahale", "m"), ("Wen", "Zhao", "f"), ("Priyanka", "Desai", "f"),
              ("Guadalupe", "Ochoa", "f"), ("Tomasz", "Kowalczyk", "m"), ("Fatima", "Haddad", "f"), ("Jae-won", "Lim", "m")]

US_CITIES = [("Springfield", "IL", "627"), ("Dayton", "OH", "454"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"),
             ("El Paso", "TX", "799"), ("Lubbock", "TX", "794"), ("Macon", "GA", "312"), ("Mobile", "AL", "366"),
             ("Albany", "NY", "122"), ("Yonkers", "NY", "107"), ("Paterson", "NJ", "075"), ("Camden", "NJ", "081"),
             ("Scranton", "PA", "185"), ("Erie", "PA", "165"), ("Toledo", "OH", "436"), ("Flint", "MI", "485"),
             ("Lansing", "MI", "489"), ("Gary", "IN", "464"), ("Peoria", "IL", "616"), ("Madison", "WI", "537"),
             ("Duluth", "MN", "558"), ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Omaha", "NE", "681"),
             ("Wichita", "KS", "672"), ("Joplin", "MO", "648"), ("Little Rock", "AR", "722"),
             ("Shreveport", "LA", "711"), ("Jackson", "MS", "392"), ("Knoxville", "TN", "379"),
             ("Asheville", "NC", "288"), ("Durham", "NC", "277"), ("Charleston", "SC", "294"),
             ("Savannah", "GA", "314"), ("Tampa", "FL", "336"), ("Ocala", "FL", "344"), ("Hialeah", "FL", "330"),
             ("Richmond", "VA", "232"), ("Roanoke", "VA", "240"), ("Baltimore", "MD", "212"),
             ("Wilmington", "DE", "198"), ("Hartford", "CT", "061"), ("Providence", "RI", "029"),
             ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Manchester", "NH", "031"),
             ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Boise", "ID", "837"),
             ("Billings", "MT", "591"), ("Casper", "WY", "826"), ("Provo", "UT", "846"), ("Reno", "NV", "895"),
             ("Tucson", "AZ", "857"), ("Santa Fe", "NM", "875"), ("Pueblo", "CO", "810"),
             ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"), ("Salem", "OR", "973"), ("Eugene", "OR", "974"),
             ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"), ("Honolulu", "HI", "968"),
             ("Bakersfield", "CA", "933"), ("Stockton", "CA", "952"), ("Oakland", "CA", "946"),
             ("Brownsville", "TX", "785"), ("Laredo", "TX", "780"), ("Waco", "TX", "767"),
             ("Des Moines", "IA", "503"), ("Cedar Rapids", "IA", "524"), ("Louisville", "KY", "402"),
             ("Lexington", "KY", "405"), ("Huntington", "WV", "257"), ("Bangor", "ME", "044"),
             ("Chicago", "IL", "606"), ("Detroit", "MI", "482"), ("Houston", "TX", "770"),
             ("Phoenix", "AZ", "850"), ("Philadelphia", "PA", "191"), ("Brooklyn", "NY", "112"),
             ("Bronx", "NY", "104"), ("Atlanta", "GA", "303"), ("Memphis", "TN", "381"), ("Denver", "CO", "802")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CA": "California", "GA": "Georgia", "NY": "New York",
               "PA": "Pennsylvania", "MI": "Michigan", "FL": "Florida", "NC": "North Carolina", "WA": "Washington",
               "OR": "Oregon", "AZ": "Arizona", "KY": "Kentucky", "TN": "Tennessee", "MA": "Massachusetts"}
US_STREETS = ["Main", "Oak", "Maple", "Elm", "Cedar", "Pine", "Walnut", "Washington", "Lincoln", "Jefferson",
              "Martin Luther King Jr", "Park", "Hill", "Lake", "Church", "Mill", "River", "Spring", "Highland",
              "Sunset", "Ridge", "Meadow", "Forest", "Willow", "Chestnut", "Poplar", "Magnolia", "Dogwood",
              "Franklin", "Madison", "Jackson", "Broad", "Market", "Union", "Center", "Prospect", "Fairview",
              "Grand", "College", "Cherry", "Birch", "Hickory", "Sycamore", "Laurel", "Orchard", "Quarry",
              "Old Mill", "Rosewood", "Bluebird", "Cardinal", "Hawthorne", "Sheridan", "Kedzie", "Belmont"]
US_SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
             "Ct", "Court", "Pl", "Way", "Cir", "Ter", "Pkwy", "Hwy"]
US_AREA = ["212", "718", "917", "646", "347", "312", "773", "872", "213", "310", "323", "626", "909", "415",
           "510", "619", "858", "713", "832", "281", "214", "469", "512", "210", "915", "602", "480", "520",
           "305", "786", "954", "407", "813", "904", "404", "470", "678", "770", "912", "704", "919", "336",
           "843", "803", "615", "901", "865", "502", "859", "614", "216", "513", "419", "313", "248", "616",
           "517", "317", "574", "414", "608", "612", "651", "218", "314", "816", "417", "402", "316", "405",
           "918", "501", "504", "225", "601", "205", "251", "303", "719", "801", "702", "775", "505", "406",
           "208", "307", "503", "541", "206", "253", "509", "907", "808", "617", "508", "413", "603", "802",
           "207", "401", "860", "203", "201", "973", "732", "856", "215", "267", "412", "814", "570", "302",
           "410", "301", "202", "703", "804", "540", "304", "716", "585", "315", "518", "631", "516", "914"]


def strip_accents(s):
    for a, b in (("ı", "i"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("ß", "ss"), ("đ", "d"), ("Đ", "D"), ("æ", "ae")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first, last, region, script_latin=True, loc="en_US", family_first=False, g="f"):
        self.first, self.last, self.region, self.latin, self.loc = first, last, region, script_latin, loc
        self.family_first = family_first
        self.g = g
        f = g == "f"
        self.she, self.her, self.child = ("she" if f else "he"), ("her" if f else "his"), ("daughter" if f else "son")
        self.spouse, self.sib = ("wife" if f else "husband"), ("sister" if f else "brother")

    @property
    def full(self):
        if self.family_first:
            sep = "" if self.loc in ("zh_CN", "zh_TW", "ko_KR") else " "
            return f"{self.last}{sep}{self.first}"
        return f"{self.first} {self.last}"

    def _m(self, s):
        return f"[[P{'!' if self.region == 'INTL' else ''}:{s}]]"

    def m(self, form="full"):
        if form == "full":
            return self._m(self.full)
        if form == "first":
            return self._m(self.first)
        if form == "last":
            return self._m(self.last)
        if form == "lastfirst":
            return self._m(f"{self.last}, {self.first}")
        if form == "initial":
            return self._m(f"{self.first} {random.choice(string.ascii_uppercase)}. {self.last}")
        if form == "caps":
            return self._m(self.full.upper())
        if form == "lower":
            return self._m(self.full.lower())
        raise ValueError(form)


class Values:
    def __init__(self, seed):
        self.r = random.Random(seed)
        random.seed(seed)  # only used for the middle initial in Person.m("initial")
        self.f = {}
        for i, loc in enumerate(LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.f[loc] = fk

    # ------------------------------------------------------------ helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chance(self, p):
        return self.r.random() < p

    # ------------------------------------------------------------ keep words
    def drug(self):
        return "{{" + self.pick(DRUGS) + "}}"

    def cond(self):
        return "{{" + self.pick(CONDITIONS) + "}}"

    def lab(self):
        return "{{" + self.pick(LABS) + "}}"

    def body(self):
        return "{{" + self.pick(BODY) + "}}"

    def org(self):
        return "{{" + self.pick(ORGS) + "}}"

    def insurer(self):
        return "{{" + self.pick(["Medicare", "Medicaid", "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "Cigna",
                                 "Tricare", "Kaiser", "Molina"]) + "}}"

    def day(self):
        return "{{" + self.pick(WEEKDAYS) + "}}"

    def month(self):
        return "{{" + self.pick(MONTHS) + "}}"

    def contr(self):
        return "{{" + self.pick(CONTRACTIONS) + "}}"

    def rel(self):
        return "{{" + self.pick(RELATIONS) + "}}"

    # ------------------------------------------------------------ people
    def _first(self, fk, g):
        return fk.first_name_female() if g == "f" else fk.first_name_male()

    def _last(self, fk, g):
        return fk.last_name_female() if g == "f" else fk.last_name_male()

    def us_person(self, g=None):
        g = g or self.pick("fm")
        f = self.f["en_US"]
        x = self.r.random()
        if x < 0.55:
            return Person(self._first(f, g), f.last_name(), "US", g=g)
        if x < 0.72:
            return Person(self._first(f, g), self.pick(WORD_SURNAMES), "US", g=g)
        if x < 0.82:
            return Person(self.pick(WORD_GIVEN[g]), f.last_name(), "US", g=g)
        if x < 0.92:
            a, b, g = self.pick(US_DIVERSE)
            return Person(a, b, "US", g=g)
        loc = self.pick(["es_MX", "es_CO", "vi_VN", "en_IN", "en_NG"])
        fk = self.f[loc]
        return Person(self._first(fk, g), fk.last_name(), "US", loc=loc, g=g)

    def intl_person(self, loc=None, g=None):
        g = g or self.pick("fm")
        loc = loc or self.pick(["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
                                "ja_JP", "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR",
                                "vi_VN", "en_IE", "uk_UA", "he_IL", "el_GR", "en_NG", "th_TH", "fil"])
        if loc == "fil":
            return Person(self.pick(FIL_GIVEN[g]), self.pick(FIL_SUR), "INTL", loc="fil_PH", g=g)
        fk = self.f[loc]
        fam_first = loc in ("ja_JP", "zh_CN", "ko_KR", "zh_TW")
        return Person(self._first(fk, g), self._last(fk, g), "INTL", loc not in NON_LATIN, loc, fam_first, g=g)

    def med(self):
        return "{{" + self.pick(CHRONIC) + "}}"

    def will(self):
        return "{{" + self.pick(WILL) + "}}"

    def clause(self):
        return self.pick(CLAUSES)

    # ------------------------------------------------------------ US locations
    def us_city(self):
        if self.chance(0.8):
            return self.pick(US_CITIES)
        f = self.f["en_US"]
        st = self.pick(US_CITIES)
        return (f.city(), st[1], st[2])

    def us_street(self):
        f = self.f["en_US"]
        num = str(self.r.choice([self.r.randint(1, 99), self.r.randint(100, 999), self.r.randint(1000, 9999),
                                 self.r.randint(10000, 48999)]))
        if self.chance(0.7):
            name = self.pick(US_STREETS)
        else:
            name = f.last_name()
        if self.chance(0.2):
            name = self.pick(["N", "S", "E", "W", "N.", "S.", "NE", "SW"]) + " " + name
        if self.chance(0.12):
            name = self.pick(["1st", "2nd", "3rd", "4th", "5th", "7th", "12th", "21st", "33rd", "101st"])
        return f"{num} {name} {self.pick(US_SUFFIX)}"

    def us_unit(self):
        return self.pick(["Apt 4B", "Apt. 12", "Apt 3", "Unit 7", "Unit C", "Suite 210", "Ste 400", "#12", "# 5",
                          "Apt 1407", "Apt. 2R", "Bldg 3 Apt 21", "Trlr 14", "Lot 22", "Fl 2", "Rm 118",
                          "Apt " + str(self.r.randint(1, 40)) + self.pick("ABCDEF"), "#" + str(self.r.randint(100, 999))])

    def zip(self, z3, plus4=None):
        z = z3 + self.digits(2)
        if plus4 is None:
            plus4 = self.chance(0.25)
        return z + ("-" + self.digits(4) if plus4 else "")

    def us_address(self, kind=None):
        """Return a plain string (not marked up)."""
        kind = kind or self.r.choices(["line", "line_unit", "multiline", "pobox", "military", "rr", "no_comma"],
                                      [30, 28, 16, 8, 6, 4, 8])[0]
        city, st, z3 = self.us_city()
        if kind == "line":
            return f"{self.us_street()}, {city}, {st} {self.zip(z3)}"
        if kind == "line_unit":
            sep = self.pick([", ", " "])
            return f"{self.us_street()}{sep}{self.us_unit()}, {city}, {st} {self.zip(z3)}"
        if kind == "no_comma":
            unit = (" " + self.us_unit()) if self.chance(0.5) else ""
            return f"{self.us_street()}{unit} {city} {st} {self.zip(z3)}"
        if kind == "multiline":
            unit = self.pick(["", "\n" + self.us_unit(), ", " + self.us_unit()])
            return f"{self.us_street()}{unit}\n{city}, {st} {self.zip(z3)}"
        if kind == "pobox":
            box = self.pick(["PO Box", "P.O. Box", "P O Box", "POB"])
            return f"{box} {self.r.randint(1, 99999)}, {city}, {st} {self.zip(z3)}"
        if kind == "military":
            mil = self.pick(["apo", "fpo", "dpo", "unit"])
            zz = self.pick([("AE", "09"), ("AP", "96"), ("AA", "340")])
            z = zz[1] + self.digits(5 - len(zz[1]))
            if mil == "unit":
                return f"Unit {self.r.randint(2000, 9999)} Box {self.r.randint(100, 9999)}\nAPO {zz[0]} {z}"
            head = self.pick(["PSC", "CMR", "Unit"]) + f" {self.r.randint(100, 9999)}"
            if mil == "fpo":
                head = self.pick(["USS Nimitz (CVN 68)", "PSC " + str(self.r.randint(100, 999)),
                                  "USNS Mercy (T-AH 19)"])
            sep = self.pick([", ", "\n", " "])
            return f"{head}{sep}Box {self.r.randint(1, 9999)}{sep}{mil.upper() if mil != 'unit' else 'APO'} {zz[0]} {z}"
        if kind == "rr":
            return f"{self.pick(['RR', 'Rural Route', 'R.R.'])} {self.r.randint(1, 9)} Box {self.r.randint(1, 299)}, {city}, {st} {self.zip(z3, False)}"
        raise ValueError(kind)

    def L(self, kind=None):
        return "[[L:" + self.us_address(kind) + "]]"

    def us_place(self):
        city, st, z3 = self.us_city()
        form = self.r.choices(["city", "city_st", "city_st_zip", "city_state", "zip"], [35, 30, 15, 12, 8])[0]
        if form == "city":
            return f"[[L:{city}]]"
        if form == "city_st":
            return f"[[L:{city}, {st}]]"
        if form == "city_st_zip":
            return f"[[L:{city}, {st} {self.zip(z3)}]]"
        if form == "city_state":
            return f"[[L:{city}, {STATE_NAMES.get(st, 'Texas' if st == 'TX' else st)}]]"
        return f"[[L:{self.zip(z3)}]]"

    # ------------------------------------------------------------ international locations
    def intl_address(self, cc=None):
        cc = cc or self.pick(["GB", "DE", "FR", "ES", "MX", "BR", "IT", "NL", "PL", "JP", "JPr", "IN", "CA", "CN",
                              "KR", "KRr", "RU", "SA", "TR", "VN", "PH", "IE", "AT", "CH"])
        r, d, p = self.r, self.digits, self.pick
        ml = self.chance(0.3)
        nl = "\n" if ml else ", "
        if cc == "GB":
            city, area = p([("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Birmingham", "B"),
                            ("Glasgow", "G"), ("Cardiff", "CF"), ("Norwich", "NR"), ("York", "YO"),
                            ("Liverpool", "L"), ("Sheffield", "S"), ("Edinburgh", "EH"), ("Oxford", "OX"),
                            ("London", "SE"), ("London", "NW"), ("London", "E"), ("Nottingham", "NG"),
                            ("Leicester", "LE"), ("Belfast", "BT"), ("Swansea", "SA"), ("Derby", "DE")])
            pc = f"{area}{r.randint(1, 28)} {r.randint(0, 9)}{p('ABDEFGHJLNPQRSTUWXYZ')}{p('ABDEFGHJLNPQRSTUWXYZ')}"
            street = f"{r.randint(1, 240)} {p(['High', 'Church', 'Station', 'Victoria', 'Albert', 'Manor', 'Queens', 'Kings', 'Mill', 'Green', 'Chapel', 'Park', 'Grange', 'Orchard', 'Clarence', 'Otley'])} {p(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Crescent', 'Gardens', 'Terrace', 'Way'])}"
            flat = p(["", f"Flat {r.randint(1, 30)}{nl}", f"{r.randint(1, 9)}{p('ABC')} "])
            return f"{flat}{street}{nl}{city}{nl if ml else ' '}{pc}" + p(["", nl + "United Kingdom", ", UK" if not ml else "\nUK"])
        if cc == "DE":
            city, plz = p([("Berlin", "10"), ("München", "80"), ("Hamburg", "22"), ("Köln", "50"), ("Frankfurt am Main", "60"),
                           ("Stuttgart", "70"), ("Düsseldorf", "40"), ("Leipzig", "04"), ("Dresden", "01"),
                           ("Hannover", "30"), ("Nürnberg", "90"), ("Bremen", "28"), ("Essen", "45"), ("Bonn", "53")])
            st = self.f["de_DE"].street_name()
            return f"{st} {r.randint(1, 180)}{p(['', 'a', 'b'])}{nl}{plz}{d(3)} {city}" + p(["", nl + "Germany", nl + "Deutschland"])
        if cc == "AT":
            city, plz = p([("Wien", "1"), ("Graz", "80"), ("Linz", "40"), ("Salzburg", "50"), ("Innsbruck", "60")])
            return f"{self.f['de_AT'].street_name()} {r.randint(1, 90)}/{r.randint(1, 20)}{nl}{plz}{d(4 - len(plz))} {city}, Austria"
        if cc == "CH":
            city, plz = p([("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Luzern", "60"), ("Lausanne", "10")])
            return f"{self.f['de_CH'].street_name()} {r.randint(1, 90)}{nl}{plz}{d(2)} {city}"
        if cc == "FR":
            city, cp = p([("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nice", "0600"),
                          ("Nantes", "4400"), ("Bordeaux", "3300"), ("Lille", "5900"), ("Strasbourg", "6700"),
                          ("Montpellier", "3400"), ("Rennes", "3500"), ("Grenoble", "3800")])
            cp = cp + d(5 - len(cp))
            voie = p(["rue", "avenue", "boulevard", "place", "impasse", "allée", "chemin"])
            nom = p(["Victor Hugo", "des Lilas", "de la République", "Jean Jaurès", "Pasteur", "du Moulin",
                     "des Écoles", "de la Paix", "Émile Zola", "du Général de Gaulle", "des Acacias", "Gambetta"])
            apt = p(["", f"Appt {r.randint(1, 60)}, ", f"Bât. {p('ABC')}, "])
            return f"{apt}{r.randint(1, 150)}{p(['', ' bis', ',', ''])} {voie} {nom}{nl}{cp} {city}" + p(["", nl + "France"])
        if cc == "ES":
            city, cp = p([("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Málaga", "290"),
                          ("Bilbao", "480"), ("Zaragoza", "500"), ("Granada", "180"), ("Murcia", "300")])
            via = p(["Calle", "C/", "Avda.", "Paseo", "Plaza"])
            nom = p(["Mayor", "de Alcalá", "del Sol", "Gran Vía", "de la Constitución", "San Fernando",
                     "Reyes Católicos", "de Goya", "Real", "de Colón", "Doctor Fleming"])
            return f"{via} {nom} {r.randint(1, 200)}, {r.randint(1, 9)}º {p('ABCDI')}{nl}{cp}{d(2)} {city}" + p(["", nl + "España", ", Spain"])
        if cc == "MX":
            city, st, cp = p([("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
                              ("Puebla", "Pue.", "72"), ("Oaxaca de Juárez", "Oax.", "68"), ("Tijuana", "B.C.", "22"),
                              ("Mérida", "Yuc.", "97"), ("León", "Gto.", "37"), ("Querétaro", "Qro.", "76")])
            cp = cp + d(5 - len(cp))
            via = p(["Calle", "Av.", "Calz.", "Privada", "Andador"])
            nom = p(["Hidalgo", "Morelos", "Juárez", "Reforma", "5 de Mayo", "Insurgentes Sur", "Revolución",
                     "Zaragoza", "Allende", "Niños Héroes", "de los Pinos", "Vallarta"])
            col = p(["Centro", "Roma Norte", "Del Valle", "Las Águilas", "Chapultepec", "San Benito", "La Paz",
                     "Jardines del Sur", "Santa Fe", "Obrera"])
            return f"{via} {nom} {r.randint(1, 3000)}{p(['', ' Int. ' + str(r.randint(1, 20)), ' Depto. ' + str(r.randint(1, 40))])}, Col. {col}{nl}{cp} {city}, {st}" + p(["", ", México", nl + "Mexico"])
        if cc == "BR":
            city, uf, cep = p([("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"),
                               ("Recife", "PE", "5"), ("Salvador", "BA", "4"), ("Curitiba", "PR", "8"),
                               ("Porto Alegre", "RS", "9"), ("Fortaleza", "CE", "6"), ("Campinas", "SP", "13")])
            cep = cep + d(5 - len(cep)) + "-" + d(3)
            via = p(["Rua", "Av.", "Avenida", "Travessa", "Alameda"])
            nom = p(["das Flores", "Sete de Setembro", "Santos Dumont", "Barão de Mauá", "Tiradentes",
                     "Dom Pedro II", "XV de Novembro", "das Palmeiras", "Rio Branco", "Voluntários da Pátria"])
            bairro = p(["Centro", "Boa Viagem", "Copacabana", "Savassi", "Moema", "Pinheiros", "Batel", "Meireles"])
            return f"{via} {nom}, {r.randint(1, 2500)}{p(['', ', apto ' + str(r.randint(11, 1804)), ', casa 2'])} - {bairro}{nl}{city} - {uf}, {cep}" + p(["", nl + "Brasil"])
        if cc == "IT":
            city, prov, cap = p([("Roma", "RM", "001"), ("Milano", "MI", "201"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
                                 ("Bologna", "BO", "401"), ("Palermo", "PA", "901"), ("Firenze", "FI", "501"),
                                 ("Bari", "BA", "701"), ("Verona", "VR", "371")])
            via = p(["Via", "Viale", "Piazza", "Corso", "Vicolo"])
            nom = p(["Garibaldi", "Roma", "Mazzini", "Dante Alighieri", "Cavour", "Vittorio Emanuele II",
                     "XX Settembre", "dei Mille", "San Francesco", "Matteotti"])
            return f"{via} {nom} {r.randint(1, 200)}{p(['', '/B', ', int. 5', ', scala A'])}{nl}{cap}{d(2)} {city} ({prov})" + p(["", nl + "Italia"])
        if cc == "NL":
            city, pc = p([("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
                          ("Groningen", "97"), ("Leiden", "23"), ("Haarlem", "20")])
            st = p(["Keizersgracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Lindenlaan",
                    "Prinsengracht", "Vondelstraat", "Oudegracht"])
            return f"{st} {r.randint(1, 400)}{p(['', '-2', 'A', ' hs'])}{nl}{pc}{d(2)} {p('ABCDEGHJKLMNPRSTVWXZ')}{p('ABCDEGHJKLMNPRSTVWXZ')} {city}" + p(["", nl + "Nederland"])
        if cc == "PL":
            city, pc = p([("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "80"), ("Wrocław", "5"), ("Poznań", "6"),
                          ("Łódź", "9"), ("Lublin", "20"), ("Katowice", "40")])
            pc = pc + d(2 - len(pc)) + "-" + d(3)
            nom = p(["Mickiewicza", "Długa", "Piłsudskiego", "Kościuszki", "Słowackiego", "Sienkiewicza",
                     "Polna", "Ogrodowa", "Jana Pawła II", "Marszałkowska"])
            return f"ul. {nom} {r.randint(1, 150)}/{r.randint(1, 60)}{nl}{pc} {city}" + p(["", nl + "Polska", ", Poland"])
        if cc == "JP":
            pref = p(["東京都新宿区西新宿", "東京都世田谷区三軒茶屋", "大阪府大阪市北区梅田", "京都府京都市左京区",
                      "神奈川県横浜市中区山下町", "愛知県名古屋市中村区名駅", "福岡県福岡市博多区", "北海道札幌市中央区"])
            return f"〒{d(3)}-{d(4)} {pref}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        if cc == "JPr":
            ward, city, pc = p([("Shibuya-ku", "Tokyo", "150"), ("Setagaya-ku", "Tokyo", "154"), ("Kita-ku", "Osaka", "530"),
                                ("Naka-ku", "Yokohama", "231"), ("Sakyo-ku", "Kyoto", "606"), ("Chuo-ku", "Sapporo", "060")])
            return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {p(['Ebisu', 'Sakura', 'Nishi', 'Higashi', 'Minami'])}, {ward}{nl}{city} {pc}-{d(4)}" + p(["", ", Japan"])
        if cc == "IN":
            city, pin = p([("Mumbai", "400"), ("New Delhi", "110"), ("Bengaluru", "560"), ("Chennai", "600"), ("Hyderabad", "500"),
                           ("Pune", "411"), ("Kolkata", "700"), ("Ahmedabad", "380"), ("Jaipur", "302"), ("Lucknow", "226"),
                           ("Kochi", "682"), ("Chandigarh", "160")])
            head = p([f"Flat {r.randint(1, 20)}0{r.randint(1, 8)}, {p(['Sai Krupa', 'Shanti Niketan', 'Green Park', 'Lake View', 'Sunshine'])} Apartments",
                      f"H.No. {r.randint(1, 20)}-{r.randint(1, 9)}-{r.randint(10, 999)}", f"{r.randint(1, 300)}, {r.randint(1, 12)}th Cross"])
            area = p(["MG Road", "Anna Nagar", "Banjara Hills", "Koregaon Park", "Salt Lake Sector 2", "Andheri West",
                      "Jayanagar 4th Block", "Vasant Kunj", "Malviya Nagar", "Navrangpura"])
            return f"{head}, {area}{nl}{city} {pin}{d(3)}" + p(["", ", India", nl + "India"])
        if cc == "CA":
            city, prov, fsa = p([("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"), ("Calgary", "AB", "T"),
                                 ("Ottawa", "ON", "K"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Edmonton", "AB", "T")])
            pc = f"{fsa}{r.randint(1, 9)}{p('ABCEGHJKLMNPRSTVXY')} {r.randint(0, 9)}{p('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
            st = f"{r.randint(1, 9999)} {p(['Queen St W', 'Yonge St', 'Granville St', 'Rue Sainte-Catherine', 'Portage Ave', 'Jasper Ave', 'Bank St', 'Robie St'])}"
            unit = p(["", f"Unit {r.randint(1, 2500)}, ", f"{r.randint(100, 2500)}-"])
            return f"{unit}{st}{nl}{city}, {prov} {pc}" + p(["", nl + "Canada"])
        if cc == "CN":
            city = p(["上海市浦东新区", "北京市朝阳区", "广州市天河区", "深圳市南山区", "成都市武侯区", "杭州市西湖区"])
            road = p(["张杨路", "建国路", "天河路", "科技园路", "人民南路", "文三路"])
            return f"{city}{road}{r.randint(1, 999)}号{r.randint(1, 30)}栋{r.randint(101, 2505)}室"
        if cc == "KR":
            gu = p(["서울특별시 강남구 테헤란로", "서울특별시 마포구 월드컵로", "부산광역시 해운대구 해운대로", "대구광역시 수성구 달구벌대로"])
            return f"{gu} {r.randint(1, 500)}"
        if cc == "KRr":
            return f"{r.randint(1, 500)} {p(['Teheran-ro', 'Sejong-daero', 'Haeundae-ro', 'World Cup-ro'])}, {p(['Gangnam-gu', 'Jongno-gu', 'Haeundae-gu', 'Mapo-gu'])}{nl}{p(['Seoul', 'Busan'])} {d(5)}, South Korea"
        if cc == "RU":
            city, idx = p([("Москва", "1"), ("Санкт-Петербург", "19"), ("Казань", "420"), ("Новосибирск", "630"),
                           ("Екатеринбург", "620"), ("Самара", "443")])
            nom = p(["Ленина", "Гагарина", "Пушкина", "Советская", "Мира", "Садовая", "Тверская"])
            return f"ул. {nom}, д. {r.randint(1, 120)}, кв. {r.randint(1, 300)}, {city}, {idx}{d(6 - len(idx))}"
        if cc == "SA":
            if self.chance(0.5):
                return f"{r.randint(1000, 9999)} {p(['King Fahd Rd', 'Prince Sultan St', 'Tahlia St', 'Olaya St'])}, {p(['Al Olaya', 'Al Malaz', 'Al Rawdah', 'Al Hamra'])}{nl}{p(['Riyadh', 'Jeddah', 'Dammam'])} {d(5)}, Saudi Arabia"
            return f"{p(['حي العليا', 'حي الملز', 'حي الروضة'])}، {p(['الرياض', 'جدة', 'الدمام'])} {d(5)}"
        if cc == "TR":
            city = p([("Kadıköy", "İstanbul", "347"), ("Çankaya", "Ankara", "066"), ("Konak", "İzmir", "352"), ("Nilüfer", "Bursa", "161")])
            return f"{p(['Atatürk', 'Cumhuriyet', 'İnönü', 'Bağdat', 'Gazi'])} {p(['Cad.', 'Caddesi', 'Sok.', 'Bulvarı'])} No: {r.randint(1, 300)} D: {r.randint(1, 30)}{nl}{city[2]}{d(2)} {city[0]}/{city[1]}"
        if cc == "VN":
            return f"{r.randint(1, 400)} Đường {p(['Lê Lợi', 'Nguyễn Huệ', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt'])}, Phường {r.randint(1, 15)}, Quận {r.randint(1, 12)}{nl}{p(['TP. Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng'])}" + p(["", ", Việt Nam", ", Vietnam"])
        if cc == "PH":
            return f"{r.randint(1, 300)} {p(['Mabini', 'Rizal', 'Bonifacio', 'Aguinaldo', 'Luna'])} St., Brgy. {p(['San Isidro', 'Poblacion', 'Kamuning', 'Malate', 'Lahug'])}{nl}{p(['Quezon City', 'Makati', 'Cebu City', 'Davao City', 'Pasig'])} {d(4)}" + p(["", ", Philippines"])
        if cc == "IE":
            town, county, rk = p([("Cobh", "Cork", "P24"), ("Galway", "Galway", "H91"), ("Sligo", "Sligo", "F91"),
                                  ("Killarney", "Kerry", "V93"), ("Drogheda", "Louth", "A92")])
            return f"{r.randint(1, 80)} {p(['Main Street', 'Church Road', 'The Crescent', 'Harbour View', 'Abbey Lane'])}{nl}{town}, Co. {county} {rk} {p('ACDEFHKNPRTVWXY')}{r.randint(1, 9)}{p('ACDEFHKNPRTVWXY')}{r.randint(1, 9)}"
        raise ValueError(cc)

    def LI(self, cc=None):
        return "[[L!:" + self.intl_address(cc) + "]]"

    INTL_CITIES = ["London", "Manchester", "Birmingham", "Toronto", "Vancouver", "Guadalajara", "Monterrey", "Puebla",
                   "Madrid", "Sevilla", "Lyon", "Marseille", "Hamburg", "München", "Frankfurt", "Milano", "Napoli",
                   "Palermo", "São Paulo", "Recife", "Porto Alegre", "Rotterdam", "Utrecht", "Warszawa", "Gdańsk",
                   "Osaka", "Kyoto", "Sapporo", "Busan", "Mumbai", "Hyderabad", "Pune", "Kolkata", "Jeddah",
                   "Ankara", "Bursa", "Hà Nội", "Cebu City", "Davao", "Manila", "Lagos", "Abuja", "Nairobi", "Lima",
                   "Bogotá", "Medellín", "Kingston", "Port-au-Prince", "Santo Domingo", "San Juan de los Lagos",
                   "東京", "大阪", "北京", "上海", "广州", "서울", "부산", "Москва", "Санкт-Петербург", "Київ",
                   "मुंबई", "दिल्ली", "الرياض", "جدة", "תל אביב", "Αθήνα", "กรุงเทพ", "台北"]

    def intl_place(self):
        return "[[L!:" + self.pick(self.INTL_CITIES) + "]]"

    # ------------------------------------------------------------ phones
    def us_phone(self):
        a = self.pick(US_AREA)
        ex = str(self.r.randint(2, 9)) + self.digits(2)
        if self.chance(0.25):
            ex = "555"
        ln = ("01" + self.digits(2)) if ex == "555" and self.chance(0.6) else self.digits(4)
        fmt = self.r.choices(range(12), [18, 18, 10, 8, 7, 6, 4, 6, 6, 5, 6, 6])[0]
        s = [f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a}{ex}{ln}", f"+1 {a} {ex} {ln}",
             f"1-{a}-{ex}-{ln}", f"001-{a}-{ex}-{ln}", f"{a} {ex} {ln}", f"({a}){ex}-{ln}", f"+1-{a}-{ex}-{ln}",
             f"+1 ({a}) {ex}-{ln}", f"{a}/{ex}-{ln}"][fmt]
        if self.chance(0.13):
            s += self.pick([f" x{self.digits(self.r.randint(2, 4))}", f" ext. {self.r.randint(1, 99)}",
                            f" extension {self.r.randint(1, 9)}", f" ext {self.digits(3)}", f" x{self.r.randint(1, 9)}"])
        return s

    def vanity(self):
        word = self.pick(["FLOWERS", "DOG-WALK", "CLEANUP", "4-RIDES", "MOVERS", "PLUMBER", "LAWN-PRO", "GET-HAIR",
                          "NAILS-4U", "BAKE-NOW", "HANDYMAN", "TAX-HELP"])
        pre = self.pick(["800", "888", "877", "866", "855"])
        return self.pick([f"1-{pre}-{word}", f"{pre}-{word}", f"1 ({pre}) {word}", f"1-{pre}-{word[:3]}-{self.digits(4)}"])

    def T(self):
        return "[[T:" + self.us_phone() + "]]"

    def intl_phone(self, cc=None):
        cc = cc or self.pick(["GB", "GBm", "DE", "FR", "MX", "IN", "JP", "BR", "ES", "IT", "NL", "PL", "KR", "CN",
                              "RU", "SA", "TR", "VN", "PH", "IE", "NG", "AT", "CH"])
        d, r, p = self.digits, self.r, self.pick
        local = self.chance(0.3)
        if cc == "GB":
            return p([f"020 7{d(3)} {d(4)}", f"0113 {d(3)} {d(4)}", f"0161 {d(3)} {d(4)}"]) if local else p([f"+44 20 7{d(3)} {d(4)}", f"+44 (0)121 {d(3)} {d(4)}", f"+44 117 {d(3)} {d(4)}"])
        if cc == "GBm":
            return f"07{d(3)} {d(6)}" if local else f"+44 7{d(3)} {d(6)}"
        if cc == "DE":
            return p([f"030 {d(7)}", f"089 {d(4)} {d(4)}", f"0171 {d(7)}"]) if local else p([f"+49 30 {d(7)}", f"+49 (0)89 {d(8)}", f"+49 171 {d(7)}", f"+49 221 {d(4)} {d(4)}"])
        if cc == "FR":
            g = " ".join(d(2) for _ in range(4))
            return p([f"06 {g}", f"01 {g}", f"07 {g}"]) if local else p([f"+33 1 {g}", f"+33 6 {g}", f"+33 (0)4 {g}"])
        if cc == "MX":
            return f"55 {d(4)} {d(4)}" if local else p([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"+52 (81) {d(4)}-{d(4)}"])
        if cc == "IN":
            return f"0{r.randint(7, 9)}{d(4)} {d(5)}" if local else p([f"+91 9{d(4)} {d(5)}", f"+91-8{d(9)}", f"+91 22 {d(4)} {d(4)}"])
        if cc == "JP":
            return p([f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}"]) if local else p([f"+81 3-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"+81 6 {d(4)} {d(4)}"])
        if cc == "BR":
            return f"(11) 9{d(4)}-{d(4)}" if local else p([f"+55 11 9{d(4)}-{d(4)}", f"+55 21 9{d(4)} {d(4)}", f"+55 (31) 9{d(4)}-{d(4)}"])
        if cc == "ES":
            return f"6{d(2)} {d(2)} {d(2)} {d(2)}" if local else p([f"+34 6{d(2)} {d(3)} {d(3)}", f"+34 91 {d(3)} {d(2)} {d(2)}"])
        if cc == "IT":
            return f"3{d(2)} {d(3)} {d(4)}" if local else p([f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"+39 02 {d(8)}"])
        if cc == "NL":
            return f"06-{d(8)}" if local else p([f"+31 6 {d(8)}", f"+31 20 {d(3)} {d(4)}"])
        if cc == "PL":
            return f"{r.randint(5, 8)}{d(2)} {d(3)} {d(3)}" if local else p([f"+48 {r.randint(5, 8)}{d(2)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"])
        if cc == "KR":
            return f"010-{d(4)}-{d(4)}" if local else p([f"+82 10-{d(4)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"])
        if cc == "CN":
            return f"13{d(1)} {d(4)} {d(4)}" if local else p([f"+86 139 {d(4)} {d(4)}", f"+86 10 {d(4)} {d(4)}", f"+86-21-{d(8)}"])
        if cc == "RU":
            return f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}" if local else p([f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"+7 (495) {d(3)}-{d(2)}-{d(2)}"])
        if cc == "SA":
            return f"05{d(1)} {d(3)} {d(4)}" if local else f"+966 5{d(1)} {d(3)} {d(4)}"
        if cc == "TR":
            return f"05{d(2)} {d(3)} {d(2)} {d(2)}" if local else f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"
        if cc == "VN":
            return f"09{d(2)} {d(3)} {d(3)}" if local else f"+84 9{d(2)} {d(3)} {d(3)}"
        if cc == "PH":
            return f"09{d(2)} {d(3)} {d(4)}" if local else p([f"+63 9{d(2)} {d(3)} {d(4)}", f"+63 2 {d(4)} {d(4)}"])
        if cc == "IE":
            return f"08{r.randint(3, 9)} {d(3)} {d(4)}" if local else f"+353 8{r.randint(3, 9)} {d(3)} {d(4)}"
        if cc == "NG":
            return f"080{d(1)} {d(3)} {d(4)}" if local else f"+234 80{d(1)} {d(3)} {d(4)}"
        if cc == "AT":
            return f"+43 1 {d(7)}" if not local else f"0664 {d(7)}"
        if cc == "CH":
            return f"+41 44 {d(3)} {d(2)} {d(2)}" if not local else f"079 {d(3)} {d(2)} {d(2)}"
        if cc == "UA":
            return f"+380 {p(['67', '50', '97', '44'])} {d(3)} {d(2)} {d(2)}" if not local else f"0{p(['67', '50', '97'])} {d(3)} {d(4)}"
        if cc == "IL":
            return f"+972 5{d(1)}-{d(3)}-{d(4)}" if not local else f"05{d(1)}-{d(3)}-{d(4)}"
        if cc == "GR":
            return f"+30 69{d(1)} {d(3)} {d(4)}" if not local else f"21{d(1)} {d(3)} {d(4)}"
        if cc == "TH":
            return f"+66 8{d(1)} {d(3)} {d(4)}" if not local else f"08{d(1)}-{d(3)}-{d(4)}"
        if cc == "CO":
            return f"+57 3{d(2)} {d(3)} {d(4)}" if not local else f"3{d(2)} {d(3)} {d(4)}"
        raise ValueError(cc)

    def TI(self, cc=None):
        return "[[T!:" + self.intl_phone(cc) + "]]"

    # ------------------------------------------------------------ email / url
    US_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
                  "att.net", "verizon.net", "protonmail.com", "me.com", "sbcglobal.net", "bellsouth.net", "msn.com",
                  "charter.net", "cox.net", "live.com", "ymail.com"]
    INTL_DOMAINS = {"de_DE": ["web.de", "gmx.de", "t-online.de"], "fr_FR": ["orange.fr", "free.fr", "laposte.net"],
                    "it_IT": ["libero.it", "virgilio.it"], "pl_PL": ["wp.pl", "onet.pl"], "ru_RU": ["yandex.ru", "mail.ru"],
                    "ko_KR": ["naver.com", "daum.net"], "zh_CN": ["qq.com", "163.com"], "ja_JP": ["yahoo.co.jp", "docomo.ne.jp"],
                    "hi_IN": ["rediffmail.com", "gmail.com"], "en_IN": ["rediffmail.com", "yahoo.co.in"],
                    "pt_BR": ["uol.com.br", "bol.com.br"], "en_GB": ["btinternet.com", "hotmail.co.uk"],
                    "nl_NL": ["ziggo.nl", "kpnmail.nl"], "es_MX": ["prodigy.net.mx", "hotmail.com"],
                    "es_ES": ["telefonica.net", "gmail.com"], "tr_TR": ["hotmail.com.tr", "yandex.com.tr"]}

    def slug(self, person, sep="."):
        a = strip_accents(person.first).lower().replace(" ", "").replace("'", "")
        b = strip_accents(person.last).lower().replace(" ", "").replace("'", "")
        return a, b

    def email_for(self, person):
        if not person.latin:
            local = self.f[person.loc].user_name() if person.loc in self.f else "user" + self.digits(4)
        else:
            a, b = self.slug(person)
            local = self.pick([f"{a}.{b}", f"{a}{b}{self.digits(2)}", f"{a[0]}{b}", f"{b}.{a}{self.r.randint(1940, 2005)}",
                               f"{a}_{b}", f"{a}{self.digits(3)}", f"{b}fam", f"the{b}s", f"{a}.{b[0]}"])
        if person.region == "INTL":
            dom = self.pick(self.INTL_DOMAINS.get(person.loc, ["gmail.com", "hotmail.com", "outlook.com"]))
            return f"[[E!:{local}@{dom}]]"
        return f"[[E:{local}@{self.pick(self.US_DOMAINS)}]]"

    def work_email(self, person):
        a, b = self.slug(person)
        dom = self.pick(["stlukeshealth.org", "valleyhomecare.com", "brightpathhospice.org", "mercyclinic.net",
                         "cornerstonerehab.com", "lakesidepeds.org", "pinecrestsnf.com", "countyhealth.gov",
                         "northshoreortho.com", "riverbendpharmacy.com"])
        region = "!" if person.region == "INTL" else ""
        return f"[[E{region}:{a[0] if self.chance(0.5) else a + '.'}{b}@{dom}]]"

    def url_for(self, person, kind=None):
        a, b = self.slug(person)
        if not person.latin:
            h = self.f[person.loc].user_name() if person.loc in self.f else "u" + self.digits(6)
            site = {"ko_KR": f"blog.naver.com/{h}", "zh_CN": f"weibo.com/u/{self.r.randint(1000000000, 7999999999)}",
                    "ru_RU": f"vk.com/{h}", "uk_UA": f"facebook.com/{h}", "ja_JP": f"ameblo.jp/{h}"}.get(person.loc, f"instagram.com/{h}")
            u = self.pick([site, f"https://www.facebook.com/profile.php?id=1000{self.digits(11)}", f"https://{site}"])
            return f"[[U!:{u}]]"
        kinds = {
            "social": [f"facebook.com/{a}.{b}.{self.r.randint(1, 999)}", f"https://www.facebook.com/{a}{b}", f"instagram.com/{a}_{b}",
                       f"https://x.com/{a}{b}{self.digits(2)}", f"www.tiktok.com/@{a}.{b}", f"https://www.instagram.com/{a}.{b}{self.digits(2)}/"],
            "care": [f"https://www.caringbridge.org/visit/{a}{b}", f"gofundme.com/f/help-{a}-{b}-{self.pick(['recover', 'fight-cancer', 'medical-bills', 'kidney'])}",
                     f"https://www.mealtrain.com/trains/{a}-{b}", f"https://lotsahelpinghands.com/c/{a}-{b}-care",
                     f"https://www.gofundme.com/f/{a}-{b}-medical-fund"],
            "pro": [f"www.linkedin.com/in/{a}-{b}-{self.digits(2)}{self.pick('abcdef')}{self.digits(1)}", f"{a}{b}.com",
                    f"https://{a}{b}photography.com", f"https://{b}law.com/attorneys/{a}-{b}", f"https://www.{a}{b}realty.com"],
            "blog": [f"http://www.{b}familyblog.net/about", f"{a}{b}.wordpress.com", f"https://{a}-{b}.blogspot.com",
                     f"https://{a}{b}.substack.com"],
        }
        kind = kind or self.pick(list(kinds))
        u = self.pick(kinds[kind])
        return f"[[U{'!' if person.region == 'INTL' else ''}:{u}]]"

    # ------------------------------------------------------------ SSN / MRN / DOB
    def ssn(self):
        area = self.r.choice([x for x in range(1, 900) if x != 666])
        s = f"{area:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"
        fmt = self.r.choices(["-", " ", ""], [60, 15, 25])[0]
        return "[[S:" + fmt.join(s) + "]]"

    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        an = L + string.digits
        p = self.pick
        s = (str(self.r.randint(1, 9)) + p(L) + p(an) + self.digits(1) + p(L) + p(an) + self.digits(1) + p(L) + p(L)
             + self.digits(2))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if self.chance(0.5) else s

    def mrn_value(self):
        d, p = self.digits, self.pick
        return p([d(8), d(7), "00" + d(6), f"{d(4)}-{d(4)}", f"MR{d(6)}", f"{p('ABCHKMZ')}-{d(7)}", f"{d(3)}-{d(2)}-{d(3)}",
                  f"{p(['XQH', 'JXB', 'W', 'ZGP', 'MBR', 'H'])}{d(9)}", f"{d(9)}{p('ABCD')}",
                  f"{p(['KP', 'UHC', 'CHN', 'MV'])}{d(7)}", f"{d(2)}{p('ABCDEFGH')}{d(6)}", f"E{d(8)}"])

    def mrn(self):
        return "[[M:" + self.mrn_value() + "]]"

    MRN_LABELS = ["MRN", "MRN:", "MRN#", "MR#", "Chart #", "chart no.", "Member ID", "member id", "Member #",
                  "Medicare #", "MBI", "Medicare ID", "Medicaid ID", "Medicaid #", "Pt ID", "Patient ID", "ID#",
                  "policy/member no.", "subscriber ID", "medical record number"]

    def mrn_labelled(self):
        lab = self.pick(self.MRN_LABELS)
        if lab in ("MBI", "Medicare ID", "Medicare #"):
            return f"{lab} [[M:{self.mbi()}]]"
        return f"{lab} {self.mrn()}"

    def dob_value(self, intl=False, year=None):
        y = year or self.r.randint(1926, 2004)
        mo = self.r.randint(1, 12)
        dd = self.r.randint(1, 28)
        mon = MONTHS[mo - 1]
        if intl:
            return self.pick([f"{dd:02d}/{mo:02d}/{y}", f"{dd:02d}.{mo:02d}.{y}", f"{dd}. {self.pick(['Januar', 'März', 'Mai', 'Juli', 'Oktober'])} {y}",
                              f"{dd} de {self.pick(['enero', 'marzo', 'mayo', 'agosto', 'noviembre'])} de {y}",
                              f"{dd} {self.pick(['janvier', 'mars', 'juin', 'septembre', 'décembre'])} {y}",
                              f"{y}年{mo}月{dd}日", f"{dd}-{mo:02d}-{y}", f"{dd} {mon[:3]} {y}", f"{y}.{mo:02d}.{dd:02d}"])
        return self.pick([f"{mo:02d}/{dd:02d}/{y}", f"{mo}/{dd}/{y}", f"{mo}/{dd}/{str(y)[2:]}", f"{mo}-{dd}-{y}",
                          f"{mon} {dd}, {y}", f"{mon[:3]} {dd} {y}", f"{mon[:3]}. {dd}, {y}", f"{y}-{mo:02d}-{dd:02d}",
                          f"{mo:02d}-{dd:02d}-{str(y)[2:]}", f"{mon.lower()} {dd} {y}", f"{mo:02d}{dd:02d}{y}"])

    def dob(self, intl=False, year=None):
        return f"[[D{'!' if intl else ''}:{self.dob_value(intl, year)}]]"

    # ------------------------------------------------------------ accounts
    IBAN_SPECS = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11c2n", "ES": "4n4n1n1n10n", "IT": "1a5n5n12c",
                  "NL": "4a10n", "PL": "8n16n", "BR": "8n5n10n1a1c", "TR": "5n1n16c", "SA": "2n18c",
                  "PT": "4n4n11n2n", "CH": "5n12c", "BE": "3n7n2n", "IE": "4a6n8n", "AT": "5n11n",
                  "SE": "3n16n1n", "NO": "4n6n1n", "DK": "4n9n1n", "FI": "3n11n", "GR": "3n4n16c",
                  "RO": "4a16c", "HR": "7n10n", "CZ": "4n6n10n", "HU": "3n4n1n15n1n", "AE": "3n16n"}

    def iban_value(self, cc=None):
        import re
        cc = cc or self.pick(list(self.IBAN_SPECS))
        spec = self.IBAN_SPECS[cc]
        bban = ""
        for num, k in re.findall(r"(\d+)([nac])", spec):
            pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[k]
            bban += "".join(self.r.choice(pool) for _ in range(int(num)))
        s = bban + cc + "00"
        n = int("".join(str(int(c, 36)) for c in s))
        iban = f"{cc}{98 - n % 97:02d}{bban}"
        if self.chance(0.55):
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        if self.chance(0.15):
            iban = iban.lower()
        return iban

    def iban(self, cc=None):
        return "[[A!:" + self.iban_value(cc) + "]]"

    def iban_labelled(self, cc=None):
        lab = self.pick(["IBAN", "IBAN:", "iban", "iban:", "", "IBAN no.", "account (IBAN)"])
        return (lab + " " if lab else "") + self.iban(cc)

    def card_value(self):
        kind = self.pick(["visa16", "visa16", "mastercard", "mastercard", "amex", "discover", "jcb16", "diners"])
        n = self.f["en_US"].credit_card_number(kind)
        if self.chance(0.15):  # some numbers people type wrong: Luhn no longer valid
            n = n[:-1] + str((int(n[-1]) + self.r.randint(1, 9)) % 10)
        fmt = self.r.choices(["plain", "space", "dash"], [40, 45, 15])[0]
        if fmt == "plain":
            return n
        sep = " " if fmt == "space" else "-"
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        if len(n) == 14:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, len(n), 4))

    def card(self, region="US"):
        return f"[[A{'!' if region == 'INTL' else ''}:{self.card_value()}]]"

    def card_labelled(self, region="US"):
        m = self.card(region)
        first = m.split(":", 1)[1][0]
        brand = {"4": ["visa", "Visa", "VISA"], "5": ["mastercard", "MC"], "2": ["mastercard"], "3": ["amex", "Amex"],
                 "6": ["discover", "Discover"]}.get(first, ["card"])
        if m.split(":", 1)[1].startswith(("30", "36", "38", "35")):
            brand = ["card", "diners card"] if not m.split(":", 1)[1].startswith("35") else ["JCB card"]
        lab = self.pick(brand + ["card", "card #", "cc", "CC#", "credit card", "credit card no.", "debit card", "card number"])
        return f"{lab} {m}"

    def routing(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.r.choice([0, 1, 2, 3])
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            c = (10 - sum(a * b for a, b in zip(d, w)) % 10) % 10
            s = "".join(map(str, d)) + str(c)
            if s[:2] in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "23",
                         "24", "25", "26", "27", "28", "29", "30", "31", "32"):
                return s

    def bank_acct(self):
        n = self.r.randint(8, 12)
        v = self.digits(n)
        if self.chance(0.2):
            v = f"{v[:4]}-{v[4:]}"
        return v


# ---------------------------------------------------------------- country profiles (keep a message coherent)
MONTHS_LOCAL = {
    "en": MONTHS,
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}
# cc: (person locale(s), address generator codes, phone codes, IBAN country, cities, date style, language)
COUNTRIES = {
    "GB": (["en_GB"], ["GB"], ["GB", "GBm"], "GB", ["London", "Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Birmingham"], "en_dmy"),
    "IE": (["en_IE"], ["IE"], ["IE"], "IE", ["Dublin", "Cork", "Galway", "Limerick"], "en_dmy"),
    "DE": (["de_DE"], ["DE"], ["DE"], "DE", ["Berlin", "München", "Hamburg", "Köln", "Leipzig", "Stuttgart"], "dot"),
    "AT": (["de_AT"], ["AT"], ["AT"], "AT", ["Wien", "Graz", "Linz", "Salzburg"], "dot"),
    "CH": (["de_CH"], ["CH"], ["CH"], "CH", ["Zürich", "Bern", "Basel", "Luzern"], "dot"),
    "FR": (["fr_FR"], ["FR"], ["FR"], "FR", ["Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes"], "fr"),
    "ES": (["es_ES"], ["ES"], ["ES"], "ES", ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao"], "es"),
    "MX": (["es_MX"], ["MX"], ["MX"], None, ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Ciudad de México", "Mérida"], "es"),
    "CO": (["es_CO"], [], ["CO"], None, ["Bogotá", "Medellín", "Cali", "Barranquilla"], "es"),
    "BR": (["pt_BR"], ["BR"], ["BR"], "BR", ["São Paulo", "Rio de Janeiro", "Recife", "Belo Horizonte", "Salvador"], "pt"),
    "IT": (["it_IT"], ["IT"], ["IT"], "IT", ["Roma", "Milano", "Napoli", "Palermo", "Bari", "Torino"], "slash"),
    "NL": (["nl_NL"], ["NL"], ["NL"], "NL", ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Groningen"], "dash"),
    "PL": (["pl_PL"], ["PL"], ["PL"], "PL", ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań"], "dot"),
    "JP": (["ja_JP"], ["JP", "JPr"], ["JP"], None, ["東京", "大阪", "京都", "Osaka", "Yokohama", "札幌"], "cjk"),
    "CN": (["zh_CN"], ["CN"], ["CN"], None, ["北京", "上海", "广州", "成都", "Shenzhen"], "cjk"),
    "KR": (["ko_KR"], ["KR", "KRr"], ["KR"], None, ["서울", "부산", "Seoul", "Incheon", "대구"], "kr"),
    "IN": (["hi_IN", "en_IN"], ["IN"], ["IN"], None, ["Mumbai", "मुंबई", "Pune", "Chennai", "Hyderabad", "दिल्ली", "Kochi"], "en_dmy"),
    "RU": (["ru_RU"], ["RU"], ["RU"], None, ["Москва", "Санкт-Петербург", "Казань", "Новосибирск"], "dot"),
    "UA": (["uk_UA"], [], ["UA"], None, ["Київ", "Львів", "Одеса", "Kharkiv"], "dot"),
    "SA": (["ar_SA"], ["SA"], ["SA"], "SA", ["الرياض", "جدة", "Riyadh", "Dammam"], "slash"),
    "TR": (["tr_TR"], ["TR"], ["TR"], "TR", ["İstanbul", "Ankara", "İzmir", "Bursa"], "dot"),
    "VN": (["vi_VN"], ["VN"], ["VN"], None, ["Hà Nội", "Đà Nẵng", "Huế", "Sài Gòn"], "slash"),
    "PH": (["fil"], ["PH"], ["PH"], None, ["Manila", "Cebu City", "Davao", "Quezon City", "Iloilo"], "en_dmy"),
    "NG": (["en_NG"], [], ["NG"], None, ["Lagos", "Abuja", "Ibadan", "Enugu"], "en_dmy"),
    "IL": (["he_IL"], [], ["IL"], None, ["תל אביב", "ירושלים", "Haifa"], "slash"),
    "GR": (["el_GR"], [], ["GR"], "GR", ["Αθήνα", "Θεσσαλονίκη", "Athens"], "slash"),
    "TH": (["th_TH"], [], ["TH"], None, ["กรุงเทพ", "เชียงใหม่", "Bangkok"], "slash"),
    "CA": (["en_CA"], ["CA"], [], None, ["Toronto", "Vancouver", "Montréal", "Calgary"], "en_dmy"),
}
COUNTRY_WEIGHTS = {"GB": 8, "IE": 2, "DE": 7, "AT": 2, "CH": 2, "FR": 6, "ES": 5, "MX": 9, "CO": 2, "BR": 5, "IT": 5,
                   "NL": 3, "PL": 4, "JP": 5, "CN": 5, "KR": 4, "IN": 7, "RU": 3, "UA": 2, "SA": 3, "TR": 3, "VN": 4,
                   "PH": 5, "NG": 2, "IL": 1, "GR": 1, "TH": 1, "CA": 3}


def _nhs(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _country_methods():
    def country(self):
        ks = list(COUNTRY_WEIGHTS)
        return self.r.choices(ks, [COUNTRY_WEIGHTS[k] for k in ks])[0]

    def cperson(self, cc):
        return self.intl_person(self.pick(COUNTRIES[cc][0]))

    def caddr(self, cc):
        codes = COUNTRIES[cc][1]
        return self.LI(self.pick(codes)) if codes else self.ccity(cc)

    def cphone(self, cc):
        codes = COUNTRIES[cc][2]
        return self.TI(self.pick(codes)) if codes else None

    def ccity(self, cc):
        return "[[L!:" + self.pick(COUNTRIES[cc][4]) + "]]"

    def ciban(self, cc, labelled=True):
        c = COUNTRIES[cc][3]
        if not c:
            return None
        return self.iban_labelled(c) if labelled else self.iban(c)

    def cdob(self, cc):
        style = COUNTRIES[cc][5]
        y, mo, dd = self.r.randint(1926, 2015), self.r.randint(1, 12), self.r.randint(1, 28)
        opts = {
            "en_dmy": [f"{dd:02d}/{mo:02d}/{y}", f"{dd} {MONTHS[mo - 1]} {y}", f"{dd}/{mo}/{y}", f"{dd}-{MONTHS[mo - 1][:3]}-{y}"],
            "dot": [f"{dd:02d}.{mo:02d}.{y}", f"{dd}.{mo}.{y}", f"{dd}. {MONTHS_LOCAL['de'][mo - 1]} {y}" if cc in ("DE", "AT", "CH") else f"{dd:02d}.{mo:02d}.{y}"],
            "fr": [f"{dd:02d}/{mo:02d}/{y}", f"{dd} {MONTHS_LOCAL['fr'][mo - 1]} {y}"],
            "es": [f"{dd:02d}/{mo:02d}/{y}", f"{dd} de {MONTHS_LOCAL['es'][mo - 1]} de {y}", f"{dd}/{mo}/{str(y)[2:]}"],
            "pt": [f"{dd:02d}/{mo:02d}/{y}", f"{dd} de {MONTHS_LOCAL['pt'][mo - 1]} de {y}"],
            "slash": [f"{dd:02d}/{mo:02d}/{y}", f"{dd}/{mo}/{y}"],
            "dash": [f"{dd:02d}-{mo:02d}-{y}", f"{dd}-{mo}-{y}"],
            "cjk": [f"{y}年{mo}月{dd}日", f"{y}/{mo:02d}/{dd:02d}", f"{y}-{mo:02d}-{dd:02d}"],
            "kr": [f"{y}.{mo:02d}.{dd:02d}", f"{y}년 {mo}월 {dd}일", f"{y}-{mo:02d}-{dd:02d}"],
        }[style]
        return f"[[D!:{self.pick(opts)}]]"

    def cmrn(self, cc):
        d = self.digits
        if cc == "GB":
            return f"{self.pick(['NHS number', 'NHS no.', 'NHS #'])} [[M!:{_nhs(self.r)}]]"
        if cc in ("DE", "AT"):
            return f"{self.pick(['Versichertennummer', 'KV-Nr.', 'insurance no.'])} [[M!:{self.pick(string.ascii_uppercase)}{d(9)}]]"
        if cc == "FR":
            return f"{self.pick(['n° de sécu', 'numéro de sécurité sociale', 'carte Vitale'])} [[M!:{self.pick('12')} {d(2)} {d(2)} {d(2)} {d(3)} {d(3)} {d(2)}]]"
        if cc == "BR":
            return f"{self.pick(['Cartão SUS', 'CNS'])} [[M!:{self.pick(['7', '8', '9'])}{d(2)} {d(4)} {d(4)} {d(4)}]]"
        if cc == "IN":
            return f"{self.pick(['ABHA', 'ABHA no.', 'health ID'])} [[M!:{d(2)}-{d(4)}-{d(4)}-{d(4)}]]"
        if cc == "ES":
            return f"{self.pick(['tarjeta sanitaria', 'CIP'])} [[M!:{''.join(self.pick(string.ascii_uppercase) for _ in range(4))}{d(10)}]]"
        if cc == "CA":
            return f"{self.pick(['OHIP', 'health card', 'OHIP #'])} [[M!:{d(4)}-{d(3)}-{d(3)}-{self.pick(string.ascii_uppercase)}{self.pick(string.ascii_uppercase)}]]"
        if cc == "IT":
            return f"{self.pick(['tessera sanitaria', 'n. tessera'])} [[M!:80380{d(15)}]]"
        if cc == "NL":
            return f"{self.pick(['zorgverzekering nr', 'polisnummer'])} [[M!:{d(9)}]]"
        if cc == "MX":
            return f"{self.pick(['NSS (IMSS)', 'número de afiliación'])} [[M!:{d(2)}{d(2)}{d(2)}{d(4)}-{d(1)}]]"
        return None

    def cemail(self, person):
        return self.email_for(person)

    for name, fn in list(locals().items()):
        if callable(fn) and name != "name":
            setattr(Values, name, fn)


_country_methods()
