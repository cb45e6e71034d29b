"""Build handwritten_dev66.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup: hand/MARKUP.md).
2. Fill the rest from the templates below with Faker values (fixed seeds).
3. Shuffle (fixed seed), assign ids hd66-000..., write the jsonl and build_stats.json.

Run: /work/main/.venv/bin/python build.py
"""
import glob
import json
import os
import random
import re
import string
import unicodedata
import sys
from collections import Counter

from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import parse, read_hand_file  # noqa: E402
from validate import check_record, occurrences  # noqa: E402

SEED = 6606
N_TEMPLATE = 232
N_TEMPLATE_PLACE = 52

rng = random.Random(SEED)
Faker.seed(SEED)
LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
           "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_IN",
           "en_CA", "fr_CA", "el_GR", "uk_UA", "he_IL"]
FK = {}
for i, loc in enumerate(LOCALES):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + i)
US = FK["en_US"]

# --------------------------------------------------------------------------------------------
# word lists (written for this file)
# --------------------------------------------------------------------------------------------
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin",
         "prednisone", "insulin glargine", "Humalog", "Ozempic", "Jardiance", "Xarelto", "Plavix",
         "carvedilol", "losartan", "hydrochlorothiazide", "furosemide", "spironolactone", "tamsulosin",
         "donepezil", "memantine", "quetiapine", "trazodone", "Zoloft", "Lexapro", "buspirone",
         "albuterol", "Symbicort", "Spiriva", "Tylenol", "ibuprofen", "omeprazole", "Miralax", "senna",
         "vitamin D", "fish oil", "magnesium oxide", "potassium chloride", "Keppra", "Depakote",
         "Sinemet", "baclofen", "tramadol", "hydrocodone", "Narcan", "methadone", "Suboxone",
         "Entresto", "digoxin", "allopurinol", "colchicine", "Farxiga", "Trulicity", "Breo",
         "pantoprazole", "duloxetine", "mirtazapine", "clopidogrel", "hydroxychloroquine",
         "methotrexate", "Prolia", "alendronate", "finasteride", "nitroglycerin", "Coumadin",
         "ondansetron", "Zofran", "lorazepam", "cyclobenzaprine", "meloxicam", "Voltaren gel",
         "B12 shots", "iron pills", "calcium", "turmeric", "ashwagandha", "elderberry", "CoQ10"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
         "Alzheimer's", "CHF", "type 2 diabetes", "hypertension", "CKD stage 3", "sleep apnea",
         "neuropathy", "gout", "shingles", "UTI", "pneumonia", "cellulitis", "macular degeneration",
         "glaucoma", "osteoporosis", "anemia", "hypothyroidism", "depression", "anxiety", "dementia",
         "stroke", "seizures", "vertigo", "lupus", "rheumatoid arthritis", "Crohn's", "diverticulitis",
         "sepsis", "DVT", "heart failure", "emphysema", "bipolar disorder", "MS", "ALS", "psoriasis",
         "hepatitis C", "pancreatitis", "A-fib", "prostate cancer", "breast cancer", "lymphoma",
         "spinal stenosis", "plantar fasciitis", "C. diff", "peripheral artery disease"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CBC", "TSH", "lipid panel", "creatinine", "eGFR", "BNP",
        "troponin", "PSA", "B12 level", "ferritin", "potassium", "sodium", "urinalysis", "CMP",
        "vitamin D level", "magnesium level", "liver panel", "echo", "EKG", "CT scan", "MRI",
        "chest X-ray", "colonoscopy", "mammogram", "bone density scan", "sleep study", "Holter monitor"]
BODY = ["knee", "hip", "left ankle", "lower back", "shoulder", "chest", "kidneys", "bladder", "colon",
        "lungs", "right eye", "heel", "wrist", "left foot", "neck", "gallbladder", "thyroid"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Auntie", "Uncle", "Abuela", "Mama", "Pop",
        "Granny", "Gramps", "Mother", "Father", "Abuelo", "Lola", "Oma", "Opa"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Humana", "Aetna",
        "Rite Aid", "the VA", "Meals on Wheels", "Blue Cross", "UnitedHealthcare", "Costco pharmacy",
        "Walmart pharmacy", "Social Security", "Tricare", "Express Scripts", "Optum", "Publix pharmacy",
        "Kroger pharmacy", "Area Agency on Aging", "AARP", "Lincare", "Apria"]
HELPLINES = ["988", "1-800-222-1222", "911", "1-800-MEDICARE", "211", "1-800-662-4357"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "It's", "They're", "Can't", "I'll", "She's"]
DEMENTIA = ["dementia", "Alzheimer's", "memory loss"]

# surnames and given names that are also English words
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Wood", "Fox", "Gray",
                 "Long", "Price", "Rice", "Banks", "Lamb", "Frost", "Bishop", "Cook", "Little", "Moss",
                 "Marsh", "Stone", "Rivers", "Sparrow", "Church", "Wolf", "Hunter", "Mason", "Booker",
                 "Summers", "Bush", "Swift", "Case", "Golden", "Meadows", "Lovely", "Worthy", "Strong"]
# (town, state) pairs: real US towns; some are English words on purpose
TOWNS = [("Paducah", "KY"), ("Kearney", "NE"), ("Bemidji", "MN"), ("Hattiesburg", "MS"),
         ("Chillicothe", "OH"), ("Yakima", "WA"), ("Tifton", "GA"), ("Nacogdoches", "TX"), ("Dothan", "AL"),
         ("Keokuk", "IA"), ("Pueblo", "CO"), ("Bangor", "ME"), ("Rutland", "VT"), ("Elko", "NV"),
         ("Laramie", "WY"), ("Minot", "ND"), ("Pierre", "SD"), ("Muskogee", "OK"), ("Natchitoches", "LA"),
         ("Bluefield", "WV"), ("Altoona", "PA"), ("Oneonta", "NY"), ("Torrington", "CT"), ("Kingman", "AZ"),
         ("Roswell", "NM"), ("Eureka", "CA"), ("Klamath Falls", "OR"), ("Coeur d'Alene", "ID"),
         ("Kalispell", "MT"), ("Hutchinson", "KS"), ("Jonesboro", "AR"), ("Cookeville", "TN"),
         ("Hickory", "NC"), ("Valdosta", "GA"), ("Ocala", "FL"), ("Lufkin", "TX"), ("Marshalltown", "IA"),
         ("Wausau", "WI"), ("Escanaba", "MI"), ("Kokomo", "IN"), ("Zanesville", "OH"), ("Beckley", "WV"),
         ("Staunton", "VA"), ("Salisbury", "MD"), ("Keene", "NH"), ("Presque Isle", "ME"),
         ("Westerly", "RI"), ("Fairbanks", "AK"), ("Las Cruces", "NM"), ("Yuma", "AZ"), ("Visalia", "CA"),
         ("Grants Pass", "OR"), ("Walla Walla", "WA"), ("Twin Falls", "ID"), ("Cheyenne", "WY"),
         ("Grand Island", "NE"), ("Aberdeen", "SD"), ("Ardmore", "OK"), ("Opelousas", "LA"),
         ("Meridian", "MS"), ("Gadsden", "AL"), ("Bowling Green", "KY"), ("Hope", "AR"),
         ("Liberty", "MO"), ("Paris", "TX"), ("Athens", "GA"), ("Mobile", "AL"), ("Normal", "IL"),
         ("Commerce", "TX"), ("Auburn", "AL"), ("Independence", "KS"), ("Florence", "SC"),
         ("Truth or Consequences", "NM"), ("Intercourse", "PA"), ("Fort Payne", "AL"), ("Mount Airy", "NC"),
         ("Sault Ste. Marie", "MI"), ("Port Arthur", "TX"), ("Lake Charles", "LA"), ("Saint Cloud", "MN"),
         ("Lewiston", "ID"), ("Brownsville", "TX"), ("Laredo", "TX"), ("Stockton", "CA"), ("Modesto", "CA"),
         ("Duluth", "MN"), ("Scranton", "PA"), ("Erie", "PA"), ("Utica", "NY"), ("Elmira", "NY"),
         ("Flint", "MI"), ("Saginaw", "MI"), ("Gary", "IN"), ("Decatur", "IL"), ("Peoria", "IL"),
         ("Springfield", "MO"), ("Topeka", "KS"), ("Amarillo", "TX"), ("Odessa", "TX"), ("Lawton", "OK"),
         ("Texarkana", "AR"), ("Pine Bluff", "AR"), ("Tupelo", "MS"), ("Macon", "GA"), ("Albany", "GA"),
         ("Sumter", "SC"), ("Rocky Mount", "NC"), ("Danville", "VA"), ("Cumberland", "MD"),
         ("Wilkes-Barre", "PA"), ("Pittsfield", "MA"), ("Brattleboro", "VT"), ("Lewiston", "ME"),
         ("Hilo", "HI"), ("Kahului", "HI"), ("Bethel", "AK"), ("Gallup", "NM"), ("Show Low", "AZ"),
         ("Rock Springs", "WY"), ("Havre", "MT"), ("Williston", "ND"), ("Rapid City", "SD"),
         ("Dodge City", "KS"), ("Ogden", "UT"), ("Logan", "UT"), ("Tooele", "UT"), ("Garden City", "KS"), ("Enid", "OK"), ("Del Rio", "TX"), ("Eagle Pass", "TX")]
COUNTIES = [("Tulare County", "CA"), ("Cuyahoga County", "OH"), ("Hidalgo County", "TX"), ("Pike County", "KY"),
            ("Wayne County", "MI"), ("Cherokee County", "NC"), ("Marion County", "IN"), ("Lake County", "IL"),
            ("Orange County", "CA"), ("St. Louis County", "MO"), ("Box Elder County", "UT"), ("Coos County", "OR"),
            ("Aroostook County", "ME"), ("Yellowstone County", "MT"), ("Buncombe County", "NC"),
            ("Dane County", "WI"), ("Maricopa County", "AZ"), ("Kern County", "CA"), ("Ottawa County", "MI"),
            ("Jefferson Parish", "LA"), ("Lafourche Parish", "LA"), ("Mat-Su Borough", "AK"),
            ("Navajo County", "AZ"), ("McDowell County", "WV"), ("Sullivan County", "NY"), ("Clay County", "KY"),
            ("Polk County", "FL"), ("Harlan County", "KY"), ("Delta County", "MI"), ("Garrett County", "MD"),
            ("Essex County", "MA"), ("Hampden County", "MA"), ("Robeson County", "NC"), ("Starr County", "TX"),
            ("Imperial County", "CA"), ("San Juan County", "NM"), ("Lackawanna County", "PA"),
            ("Kanawha County", "WV"), ("Pulaski County", "AR"), ("Hinds County", "MS"), ("Cache County", "UT")]
NEIGHBORHOODS = [("Pilsen", "Chicago"), ("Little Haiti", "Miami"), ("Fells Point", "Baltimore"),
                 ("Five Points", "Denver"), ("the Mission", "San Francisco"), ("Highland Park", "LA"),
                 ("Germantown", "Philly"), ("Over-the-Rhine", "Cincinnati"), ("Ballard", "Seattle"),
                 ("Southie", "Boston"), ("Dorchester", "Boston"), ("Harlem", "NYC"), ("Flushing", "Queens"),
                 ("the Ironbound", "Newark"), ("Sharpstown", "Houston"), ("Oak Cliff", "Dallas"),
                 ("East Liberty", "Pittsburgh"), ("Treme", "New Orleans"), ("Frogtown", "St. Paul"),
                 ("Corktown", "Detroit"), ("Boyle Heights", "LA"), ("Kalihi", "Honolulu"),
                 ("Little Saigon", "Westminster"), ("Hell's Kitchen", "Manhattan"), ("Edgewater", "Chicago"),
                 ("Logan Square", "Chicago"), ("Little Village", "Chicago"), ("Washington Heights", "NYC"),
                 ("Sunset Park", "Brooklyn"), ("Mattapan", "Boston"), ("Allapattah", "Miami"),
                 ("Westwood", "Cincinnati"), ("Midtown", "Memphis"), ("Old Town", "Albuquerque"),
                 ("the Fan", "Richmond"), ("Shaw", "DC"), ("Anacostia", "DC"), ("Kensington", "Philly"),
                 ("Capitol Hill", "Seattle"), ("Barrio Logan", "San Diego"), ("Fruitvale", "Oakland"),
                 ("Hyde Park", "Chicago"), ("South Side", "Chicago"), ("Northside", "Minneapolis")]
STREETS = ["Elm St", "Main Street", "Maple Ave", "Old Mill Rd", "Church Street", "Route 9", "State Route 32",
           "Hwy 61", "FM 1960", "County Rd 400 N", "Ridge Road", "Peachtree", "Lake Shore Drive", "Kedzie",
           "Fulton St", "Spring Garden", "Broad St", "Division", "Colfax", "Ventura Blvd", "Airline Hwy",
           "Ponce", "Telegraph Rd", "Woodward", "Grand River", "N Lamar", "S Congress", "Bardstown Rd",
           "Dixie Hwy", "Old Post Rd", "Cemetery Rd", "Schoolhouse Ln", "Pine Hollow Rd", "Military Trail",
           "Route 66", "US 19", "Highway 2", "Rt. 30", "Farm Road 12", "Tobacco Rd", "Ferry St",
           "Canal Street", "Water St", "Depot St", "Mill Creek Rd", "Bayou Rd", "Levee Rd", "Sawmill Rd",
           "Fairground Rd", "Orchard Ln", "Cotton Gin Rd", "Blackberry Ln", "Chestnut", "Walnut St",
           "MLK Blvd", "Martin Luther King Jr Dr", "Cesar Chavez Ave", "Roosevelt Rd", "Harrison St",
           "Ocean Ave", "Beach Blvd", "Seminole Trail", "Chief Joseph Dr", "Old Spanish Trail",
           "Valley View Rd", "Kings Hwy", "Queen St", "Front Street", "Second Ave", "5th St", "Third Ave",
           "W 8th", "E Washington", "N Main", "S State St", "Lincoln Way", "Jefferson Davis Hwy"]
LANDMARKS = ["the old mill", "the grain elevator", "the water tower", "the Dollar General", "the Sonic",
             "the Baptist church", "the Catholic church", "the VFW", "the fire station", "the high school",
             "the Waffle House", "the cemetery", "the county fairgrounds", "the Shell station", "the feed store",
             "the Piggly Wiggly", "the trailer park", "the bait shop", "the post office", "the rodeo grounds",
             "the Love's truck stop", "the Tractor Supply", "the casino", "the Walmart", "the dam"]
FACILITY_SUFFIXES = ["Regional", "Memorial", "Regional Medical Center", "Community Hospital",
                     "Family Practice", "dialysis center", "Rehab", "Senior Center", "Health Center",
                     "Urgent Care", "VA clinic", "cancer center", "Nursing and Rehab", "Manor",
                     "Medical Associates", "Free Clinic", "Walk-In", "Hospice House", "ER"]
# (canonical, abbreviation) and (canonical, misspelling)
ABBREV = [("Philadelphia", "Philly"), ("Minneapolis", "Mpls"), ("Jacksonville", "Jax"),
          ("Fort Wayne", "Ft. Wayne"), ("Fort Worth", "Ft Worth"), ("San Francisco", "SF"),
          ("New Orleans", "NOLA"), ("Indianapolis", "Indy"), ("Columbus", "Cbus"), ("Kansas City", "KC"),
          ("Long Beach", "LBC"), ("Albuquerque", "ABQ"), ("Salt Lake City", "SLC"), ("Pittsburgh", "Pgh"),
          ("Brooklyn", "Bklyn"), ("St. Petersburg", "St. Pete"), ("Oklahoma City", "OKC"),
          ("Colorado Springs", "Co Springs"), ("Cincinnati", "Cincy"), ("Corpus Christi", "Corpus"),
          ("Las Vegas", "Vegas"), ("Mount Vernon", "Mt. Vernon"), ("East St. Louis", "E. St. Louis"),
          ("North Charleston", "N. Charleston"), ("Winston-Salem", "W-S"), ("Chattanooga", "Chatt"),
          ("Tuscaloosa", "T-town"), ("Murfreesboro", "the Boro"), ("Fort Lauderdale", "Ft Laud"),
          ("Port St. Lucie", "PSL"), ("Saint Augustine", "St. Aug"), ("West Palm Beach", "WPB"),
          ("Los Angeles", "LA"), ("Sacramento", "Sacto"), ("San Bernardino", "San Berdoo"),
          ("Rancho Cucamonga", "Rancho"), ("South San Francisco", "SSF"), ("Milwaukee", "Mke"),
          ("Grand Rapids", "GR"), ("Dearborn Heights", "Dbn Hts"), ("Schenectady", "Schdy")]
MISSPELL = [("Cincinnati", "Cincinatti", "OH"), ("Albuquerque", "Albuquerqe", "NM"), ("Tucson", "Tuscon", "AZ"),
            ("Phoenix", "Pheonix", "AZ"), ("Sacramento", "Sacremento", "CA"), ("Milwaukee", "Milwuakee", "WI"),
            ("Chattanooga", "Chatanooga", "TN"), ("Pittsburgh", "Pittsburg", "PA"), ("Gainesville", "Gainsville", "FL"),
            ("Philadelphia", "Philidelphia", "PA"), ("Louisville", "Louisvile", "KY"),
            ("Tallahassee", "Talahassee", "FL"), ("Schenectady", "Schenectedy", "NY"),
            ("Poughkeepsie", "Poughkeepie", "NY"), ("Worcester", "Worchester", "MA"), ("Kalamazoo", "Kalamzoo", "MI"),
            ("Boise", "Boisie", "ID"), ("Des Moines", "Des Moins", "IA"), ("Spokane", "Spokan", "WA"),
            ("Fresno", "Freseno", "CA"), ("Lafayette", "Lafayete", "LA"), ("Hattiesburg", "Hattiesberg", "MS"),
            ("Bakersfield", "Bakersfeild", "CA"), ("Knoxville", "Knoxvile", "TN"), ("Birmingham", "Birmingam", "AL"),
            ("Ypsilanti", "Ypsilantti", "MI"), ("Cheyenne", "Cheyanne", "WY"), ("Chillicothe", "Chilicothe", "OH"),
            ("Muskogee", "Muskogie", "OK"), ("Natchitoches", "Nachitoches", "LA"), ("Kissimmee", "Kissimee", "FL"),
            ("Okeechobee", "Okeechobe", "FL"), ("Shreveport", "Shreavport", "LA"), ("Yakima", "Yakama", "WA"),
            ("Valdosta", "Valdasta", "GA"), ("Guthrie", "Guthre", "OK"), ("Tuscaloosa", "Tuscalousa", "AL")]
# international places: (place, kind) with real town names; non-Latin scripts included
INTL_PLACES = ["Much Wenlock", "Bury St Edmunds", "Llandudno", "Ashby-de-la-Zouch", "Stoke-on-Trent",
               "Milton Keynes", "Merthyr Tydfil", "Kirkcaldy", "San Miguel de Allende", "Tlaquepaque",
               "Zapopan", "Oaxaca", "Ciudad Juárez", "Hermosillo", "Culiacán", "Irapuato", "Jalpa de Méndez",
               "Valle de Bravo", "Düsseldorf", "Bad Homburg", "Gütersloh", "Clermont-Ferrand",
               "Aix-en-Provence", "Saint-Étienne", "Ourense", "Jerez de la Frontera", "Bari",
               "Reggio Calabria", "Feira de Santana", "Juiz de Fora", "Ribeirão Preto", "'s-Hertogenbosch",
               "Zwolle", "Bydgoszcz", "Rzeszów", "Cebu City", "Davao", "Iloilo", "Thrissur", "Coimbatore",
               "Ludhiana", "Da Nang", "Hải Phòng", "Gaziantep", "Eskişehir", "Kumasi", "Enugu",
               "東京", "大阪", "福岡", "札幌", "서울", "부산", "대구", "Москва", "Новосибирск", "Казань",
               "北京", "广州", "成都", "القاهرة", "الرياض", "جدة", "मुंबई", "दिल्ली", "लखनऊ",
               "Київ", "Харків", "Θεσσαλονίκη", "תל אביב"]
INTL_CITIES = {
    "en_GB": ["Leeds", "Bristol", "Norwich", "Swansea", "Derby", "Preston", "Hull", "Stockport", "Luton"],
    "de_DE": ["Kassel", "Bielefeld", "Würzburg", "Regensburg", "Oldenburg", "Erfurt", "Ulm", "Mainz"],
    "fr_FR": ["Lyon", "Nantes", "Rennes", "Limoges", "Besançon", "Toulouse", "Amiens", "Metz"],
    "es_ES": ["Zaragoza", "Valladolid", "Córdoba", "Alicante", "Murcia", "Gijón", "Vigo"],
    "it_IT": ["Bologna", "Padova", "Verona", "Catania", "Bergamo", "Lecce", "Parma"],
    "es_MX": ["Puebla", "León", "Querétaro", "Mérida", "Saltillo", "Toluca", "Morelia", "Tijuana"],
    "pt_BR": ["Campinas", "Curitiba", "Recife", "Salvador", "Fortaleza", "Belo Horizonte", "Goiânia"],
    "nl_NL": ["Utrecht", "Groningen", "Eindhoven", "Tilburg", "Nijmegen", "Leiden"],
    "pl_PL": ["Łódź", "Poznań", "Wrocław", "Lublin", "Gdańsk", "Katowice"],
    "en_CA": ["Winnipeg", "Halifax", "Regina", "Kelowna", "Thunder Bay", "Moncton"],
    "en_IN": ["Bengaluru", "Hyderabad", "Jaipur", "Kochi", "Nagpur", "Indore"],
}
CA_PROV = {"Winnipeg": "MB", "Halifax": "NS", "Regina": "SK", "Kelowna": "BC", "Thunder Bay": "ON",
           "Moncton": "NB"}
SHIPS = ["USS Nimitz", "USS Bataan", "USS Kearsarge", "USS Gerald R. Ford", "USS Mesa Verde"]

# --------------------------------------------------------------------------------------------
# value helpers
# --------------------------------------------------------------------------------------------
LATIN_LOCALES = ["es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "fil_PH",
                 "en_IN", "tr_TR", "en_GB", "vi_VN"]
NONLATIN_LOCALES = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "el_GR", "uk_UA", "he_IL"]
WORD_GIVEN_F = ["Grace", "Hope", "Faith", "Joy", "June", "Iris", "Dawn", "Summer", "Autumn", "Ivy", "Hazel",
                "Sunny", "Honey", "Precious", "Destiny", "Angel", "Sandy", "Misty", "Crystal", "Amber",
                "Jewel", "Harmony", "Rose", "Violet", "Pearl", "Ruby", "Liberty", "Charity", "Patience"]
WORD_GIVEN_M = ["Will", "Chase", "Bill", "Pat", "Art", "Frank", "Rusty", "River", "Royal", "Major", "King",
                "Clay", "Buck", "Rocky", "Hunter", "Mason", "Wade", "Carter", "Cash", "Drew", "Chip",
                "Sonny", "Duke", "Earl", "Deacon", "Bishop", "Ernest", "Justice"]
REL_F = ["Mom", "Grandma", "Nana", "Auntie", "Abuela", "Mama", "Granny", "Mother", "Lola", "Oma", "Gram"]
REL_M = ["Dad", "Grandpa", "Papa", "Uncle", "Pop", "Gramps", "Father", "Abuelo", "Opa", "Pawpaw"]
FAM_YOUNG = {"f": ["daughter", "granddaughter", "niece", "wife", "dtr"], "m": ["son", "grandson", "nephew", "husband"]}
FAM = {"f": ["daughter", "wife", "sister", "niece", "granddaughter", "mother", "aunt"],
       "m": ["son", "husband", "brother", "nephew", "grandson", "father", "uncle"]}
NEUTRAL = ["partner", "neighbor", "caregiver", "cousin", "friend", "home aide", "roommate"]
PRON = {"f": ("she", "her", "her"), "m": ("he", "him", "his")}
APPTS = ["MRI", "colonoscopy", "mammogram", "sleep study", "echo", "CT scan", "bone density scan", "EKG",
         "blood draw", "A1c check", "INR check", "stress test", "eye exam", "infusion", "PT eval",
         "cardiology appt", "foot doctor", "dialysis", "hearing test", "dental cleaning"]
SURGERIES = ["hip", "knee", "back", "heart", "shoulder", "cataract", "gallbladder", "bypass"]
TRANS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "đ": "d", "Đ": "D",
                       "æ": "ae", "œ": "oe"})
IBAN_COUNTRY = {"DE": "Germany", "FR": "France", "GB": "UK", "ES": "Spain", "IT": "Italy", "NL": "Netherlands",
                "PL": "Poland", "PT": "Portugal", "AT": "Austria", "CH": "Switzerland", "BE": "Belgium",
                "IE": "Ireland"}
TODAY_YEAR = 2026


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def clean_name(s):
    return re.sub(r"\s+", " ", s).strip()


def ascii_fold(s):
    s = s.translate(TRANS)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def gender():
    return pick("fm")


def first_name(loc=None, g=None):
    g = g or gender()
    if loc is None:
        r = rng.random()
        if r < 0.15:
            return pick(WORD_GIVEN_F if g == "f" else WORD_GIVEN_M)
        loc = "en_US" if r < 0.7 else pick(LATIN_LOCALES)
    f = FK[loc]
    try:
        return clean_name(f.first_name_female() if g == "f" else f.first_name_male())
    except AttributeError:
        return clean_name(f.first_name())


def last_name(loc=None):
    if loc is None:
        r = rng.random()
        if r < 0.15:
            return pick(WORD_SURNAMES)
        loc = "en_US" if r < 0.7 else pick(LATIN_LOCALES)
    return clean_name(FK[loc].last_name())


def full_name(loc=None, g=None):
    g = g or gender()
    if loc is None and chance(0.2):
        loc = pick(LATIN_LOCALES)
    f, l = first_name(loc, g), last_name(loc)
    r = rng.random()
    if loc in (None, "en_US") and r < 0.12:
        return f"{f} {rng.choice(string.ascii_uppercase)}. {l}"
    if r < 0.16:
        return f"{f} {last_name(loc)}-{l}"
    return f"{f} {l}"


def nonlatin_name(loc=None, g=None):
    loc = loc or pick(NONLATIN_LOCALES)
    g = g or gender()
    f = FK[loc]
    try:
        fn = f.first_name_female() if g == "f" else f.first_name_male()
    except AttributeError:
        fn = f.first_name()
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        sep = " " if (loc == "ja_JP" and chance(0.5)) else ""
        return clean_name(f.last_name() + sep + fn)
    return clean_name(fn + " " + f.last_name())


def nanp():
    area = rng.randint(201, 989)
    while area % 100 == 11 or str(area)[1] == "9" or area in (555, 800, 888, 877, 866, 855, 844, 833):
        area = rng.randint(201, 989)
    exch = rng.randint(201, 999)
    while exch % 100 == 11:
        exch = rng.randint(201, 999)
    if chance(0.15):
        exch, line = 555, rng.randint(100, 199)
    else:
        line = rng.randint(0, 9999)
    return f"{area:03d}", f"{exch:03d}", f"{line:04d}"


def us_phone(shape=None):
    a, e, n = nanp()
    shapes = ["({a}) {e}-{n}"] * 3 + ["{a}-{e}-{n}"] * 3 + [
        "{a}.{e}.{n}", "{a}{e}{n}", "+1 {a} {e} {n}", "1-{a}-{e}-{n}", "001-{a}-{e}-{n}", "{a} {e} {n}",
        "({a}){e}-{n}", "+1 ({a}) {e}-{n}", "1 ({a}) {e}-{n}", "+1{a}{e}{n}", "{a}/{e}-{n}", "+1-{a}-{e}-{n}"]
    s = (shape or pick(shapes)).format(a=a, e=e, n=n)
    if chance(0.14):
        s += pick([" x{}", " ext. {}", " ext {}", " extension {}", " x{}", " Ext.{}", " X{}"]).format(
            rng.randint(2, 4999))
    return s


def vanity_phone():
    word = pick(["FIX-ROOF", "GO-NANAS", "PAT-CUTS", "TAX-HELP", "DOGWALK", "MOW-LAWN", "CAKES4U",
                 "BAKE-PIE", "JOE-PLUMB", "HAUL-IT", "SEW-MORE", "4-TUTORS", "PAINT-IT", "RAMPS-4U"])
    return pick(["1-844-", "1-877-", "1-855-", "833-", "888-", "1 (866) "]) + word


def intl_phone(country=None):
    c = country or pick(["GB", "DE", "FR", "MX", "IN", "JP", "BR", "ES", "IT", "NL", "PL", "KR", "CN",
                         "PH", "CA", "TR", "NG", "AU", "IE", "VN", "RU"])
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    fmts = {
        "GB": [f"+44 20 7946 {d(4)}", f"020 7946 {d(4)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}",
               f"0161 496 {d(4)}", f"+44 (0)117 496 {d(4)}"],
        "DE": [f"+49 30 {d(7)}", f"030 {d(7)}", f"+49 (0)89 {d(4)} {d(3)}", f"0151 {d(4)} {d(4)}",
               f"+49 170 {d(7)}"],
        "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
               f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
        "MX": [f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}",
               f"(81) {d(4)}-{d(4)}"],
        "IN": [f"+91 98{d(3)} {d(5)}", f"+91-{rng.randint(70, 99)}{d(3)}-{d(5)}", f"0{d(2)} {d(4)} {d(4)}",
               f"09{d(4)} {d(5)}"],
        "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"],
        "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+55 (21) {d(4)}-{d(4)}"],
        "ES": [f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}"],
        "IT": [f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}", f"+39 02 {d(4)} {d(4)}"],
        "NL": [f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}", f"+31 20 {d(3)} {d(4)}"],
        "PL": [f"+48 {d(3)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}", f"{d(3)}-{d(3)}-{d(3)}"],
        "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"],
        "CN": [f"+86 1{d(2)} {d(4)} {d(4)}", f"+86 10 {d(4)} {d(4)}", f"1{d(2)}-{d(4)}-{d(4)}"],
        "PH": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"],
        "CA": [f"+1 (604) {d(3)}-{d(4)}", f"(416) {d(3)}-{d(4)}", f"+1 514 {d(3)} {d(4)}"],
        "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}"],
        "NG": [f"+234 80{d(1)} {d(3)} {d(4)}", f"080{d(1)} {d(3)} {d(4)}"],
        "AU": [f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"],
        "IE": [f"+353 87 {d(3)} {d(4)}", f"01 {d(3)} {d(4)}"],
        "VN": [f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"09{d(2)} {d(3)} {d(3)}"],
        "RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (495) {d(3)}-{d(2)}-{d(2)}"],
    }
    return pick(fmts[c])


STREET_TYPES = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
                ("Court", "Ct"), ("Boulevard", "Blvd"), ("Place", "Pl"), ("Way", "Way"), ("Circle", "Cir"),
                ("Parkway", "Pkwy"), ("Terrace", "Ter"), ("Highway", "Hwy"), ("Trail", "Trl")]
STREET_BASES = ["Oak", "Pine", "Cedar", "Maple", "Elm", "Willow", "Hickory", "Magnolia", "Dogwood",
                "Sycamore", "Lincoln", "Washington", "Jefferson", "Madison", "Jackson", "Franklin",
                "Meadow", "Lakeview", "Hillcrest", "Sunset", "Ridgeway", "Brookside", "Fairview",
                "Riverside", "Prospect", "Orchard", "Poplar", "Birch", "Chestnut", "Walnut", "Spring",
                "Church", "Mill", "School", "Depot", "Kingsley", "Carver", "Tubman", "Cherokee", "Pawnee",
                "Sequoyah", "Palomino", "Mesquite", "Saguaro", "Bluebonnet", "Live Oak", "Azalea",
                "Old Farm", "Pleasant Valley", "Country Club", "Mockingbird", "Whippoorwill", "Blue Heron"]
STREET_TYPE_W = [14, 12, 12, 8, 7, 6, 4, 3, 2, 2, 2, 1, 2, 1]


def street(abbrev=None):
    base = pick(STREET_BASES) if chance(0.75) else US.street_name().rsplit(" ", 1)[0]
    full, short = rng.choices(STREET_TYPES, STREET_TYPE_W)[0]
    typ = short if (abbrev if abbrev is not None else chance(0.65)) else full
    if typ != full and chance(0.25):
        typ += "."
    d = pick(["", "", "", "", "", "N ", "S ", "E ", "W ", "NW ", "SE "])
    return f"{d}{base} {typ}"


def unit():
    return pick([f"Apt {rng.randint(1, 30)}{pick('ABCDEF')}", f"Apt. {rng.randint(1, 420)}",
                 f"Suite {rng.randint(100, 950)}", f"#{rng.randint(1, 40)}", f"Unit {pick('ABCDEFGH')}",
                 f"Ste. {rng.randint(1, 30)}", f"Lot {rng.randint(1, 90)}", f"Apt {rng.randint(1, 9)}{pick('ABCD')}",
                 f"Rm {rng.randint(100, 420)}", f"Bldg {rng.randint(1, 12)} Apt {rng.randint(100, 340)}"])


def us_zip(state):
    try:
        z = US.zipcode_in_state(state)
    except Exception:
        z = US.zipcode()
    if chance(0.2):
        z = f"{z}-{rng.randint(0, 9999):04d}"
    return z


def us_address(kind=None, town=None):
    town, st = town or pick(TOWNS)
    k = kind or rng.choices(["oneline", "nocomma", "multiline", "pobox", "rr", "military", "cityst"],
                            [45, 12, 14, 9, 5, 7, 8])[0]
    num = str(rng.randint(2, 29999)) if chance(0.8) else str(rng.randint(1, 99))
    u = (" " + unit()) if chance(0.35) else ""
    sep = pick([", ", " ", ", "])
    if k == "oneline":
        return f"{num} {street()}{(',' if chance(0.5) else '') + u if u else ''}, {town}, {st} {us_zip(st)}"
    if k == "nocomma":
        return f"{num} {street()}{u} {town} {st} {us_zip(st)}"
    if k == "multiline":
        return f"{num} {street()}{u}\n{town}, {st} {us_zip(st)}"
    if k == "pobox":
        return f"{pick(['PO Box', 'P.O. Box', 'P O Box', 'POB'])} {rng.randint(1, 9999)}{sep}{town}, {st} {us_zip(st)}"
    if k == "rr":
        return f"{pick(['RR', 'Rural Route', 'R.R.', 'RR #'])} {rng.randint(1, 9)} Box {rng.randint(1, 300)}{sep}{town}, {st} {us_zip(st)}"
    if k == "military":
        r = rng.random()
        if r < 0.35:
            return f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999)}, APO AE 09{rng.randint(0, 999):03d}"
        if r < 0.6:
            return f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 9999)}, DPO AP 96{rng.randint(200, 699):03d}"
        if r < 0.8:
            return f"CMR {rng.randint(100, 999)} Box {rng.randint(1, 9999)}\nAPO AE 09{rng.randint(0, 999):03d}"
        return f"{pick(SHIPS)}, FPO AP 96{rng.randint(200, 699):03d}"
    return f"{town}, {st} {us_zip(st)}"


INTL_LOC_COUNTRY = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "es_MX": "MX",
                    "pt_BR": "BR", "nl_NL": "NL", "pl_PL": "PL", "en_CA": "CA", "en_IN": "IN", "ja_JP": "JP",
                    "ru_RU": "RU", "ko_KR": "KR", "zh_CN": "CN"}
COUNTRY_NAME = {"en_GB": "the UK", "de_DE": "Germany", "fr_FR": "France", "es_ES": "Spain", "it_IT": "Italy",
                "es_MX": "Mexico", "pt_BR": "Brazil", "nl_NL": "the Netherlands", "pl_PL": "Poland",
                "en_CA": "Canada", "en_IN": "India", "ja_JP": "Japan", "ru_RU": "Russia", "ko_KR": "Korea",
                "zh_CN": "China"}


def intl_address(loc):
    f = FK[loc]
    n = rng.randint(1, 240)
    city = pick(INTL_CITIES[loc]) if loc in INTL_CITIES else ""
    if loc == "en_GB":
        return pick([f"{n} {f.street_name()}, {city} {f.postcode()}",
                     f"Flat {rng.randint(1, 20)}, {n} {f.street_name()}\n{city}\n{f.postcode()}"])
    if loc == "de_DE":
        return f"{f.street_name()} {n}, {f.postcode()} {city}"
    if loc == "fr_FR":
        return f"{n}, {f.street_name().lower() if chance(0.5) else f.street_name()}, {f.postcode()} {city}"
    if loc == "es_ES":
        return f"{f.street_name()} {n}, {rng.randint(1, 8)}º {pick('ABCD')}, {f.postcode()} {city}"
    if loc == "it_IT":
        return f"{f.street_name()} {n}, {f.postcode()} {city}"
    if loc == "es_MX":
        return f"{f.street_name()} {n}, Col. {pick(['Centro', 'Del Valle', 'Jardines', 'Las Américas', 'San José'])}, {f.postcode()} {city}"
    if loc == "pt_BR":
        return f"{f.street_name()}, {n}, apto {rng.randint(11, 904)}, {city}, {f.postcode()}"
    if loc == "nl_NL":
        return f"{f.street_name()} {n}, {f.postcode()} {city}"
    if loc == "pl_PL":
        return f"ul. {f.street_name()} {n}/{rng.randint(1, 40)}, {f.postcode()} {city}"
    if loc == "en_CA":
        pc = f"{pick('KLMNPRSTV')}{rng.randint(0, 9)}{pick('ABCEGHJ')} {rng.randint(0, 9)}{pick('ABCEGHJK')}{rng.randint(0, 9)}"
        return f"{n} {f.street_name()}, {city}, {CA_PROV[city]} {pc}"
    if loc == "en_IN":
        return f"{n}, {f.street_name()}, {city} {rng.randint(110001, 799999)}"
    return clean_name(f.address().replace("\n", " "))


def _parts(name):
    parts = [re.sub(r"[^a-z]", "", p.lower()) for p in ascii_fold(name).split()]
    parts = [p for p in parts if len(p) > 1] or ["home", "mail"]
    return parts[0], parts[-1]


def email(name=None):
    f, l = _parts(name or full_name("en_US"))
    user = pick([f"{f}.{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}{rng.randint(40, 99)}",
                 f"{f}_{l}", f"{f}{rng.randint(1940, 2005)}", f"{l}family", f"{f}.{l[0]}", f"the{l}s",
                 f"{f}{l}", f"{f[0]}.{l}{rng.randint(1, 9)}"])
    dom = pick(["gmail.com"] * 4 + ["yahoo.com"] * 2 + [
        "hotmail.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "att.net", "sbcglobal.net",
        "msn.com", "charter.net", "protonmail.com", "verizon.net", "live.com", "me.com", US.domain_name()])
    return f"{user}@{dom}"


def url(name=None, kind=None):
    f, l = _parts(name or full_name("en_US"))
    care = [f"https://www.caringbridge.org/visit/{f}{l}", f"caringbridge.org/site/{f}-{l}-updates",
            f"https://gofundme.com/f/{f}-{l}-medical-bills", f"www.gofundme.com/f/help-{f}-{l}",
            f"mealtrain.com/trains/{f}{l}", f"https://lotsahelpinghands.com/c/{f}-{l}",
            f"https://www.caringbridge.org/visit/{f}{l}{rng.randint(1, 9)}"]
    social = [f"https://www.facebook.com/{f}.{l}.{rng.randint(1, 999)}", f"facebook.com/{f}{l}",
              f"instagram.com/{f}_{l}", f"tiktok.com/@{f}{l}{rng.randint(1, 99)}", f"twitter.com/{f}{l[0]}",
              f"https://www.youtube.com/@{f}{l}", f"https://www.linkedin.com/in/{f}-{l}-{rng.randint(10, 99)}a"]
    biz = [f"https://www.{l}{pick(['plumbing', 'lawncare', 'handyman', 'ramps', 'homerepair'])}.com",
           f"www.{f}{l}handyman.com", f"{f}{l}.wordpress.com", f"https://{f}-{l}.blogspot.com",
           f"https://{l}family.org", f"www.{f}{l}photography.com"]
    pool = {"care": care, "social": social, "biz": biz}.get(kind, care + social + biz)
    return pick(pool)


def ssn():
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    s = f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return pick([f"{s[:3]}-{s[3:5]}-{s[5:]}"] * 4 + [s, f"{s[:3]} {s[3:5]} {s[5:]}"])


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    s = (str(rng.randint(1, 9)) + pick(L_) + pick(L_ + "0123456789") + str(rng.randint(0, 9)) + pick(L_) +
         pick(L_ + "0123456789") + str(rng.randint(0, 9)) + pick(L_) + pick(L_) + str(rng.randint(0, 9)) +
         str(rng.randint(0, 9)))
    return s if chance(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def mrn():
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    return pick([d(7), d(8), f"00{d(6)}", f"E{d(7)}", f"MR{d(6)}", f"{d(3)}-{d(3)}-{d(3)}", f"{d(2)}-{d(5)}",
                 f"H{d(8)}", f"{pick(['XJH', 'ZGP', 'WBK', 'QXA', 'YLM'])}{d(9)}", f"{d(9)}{pick('ABCW')}",
                 mbi(), f"{d(4)}-{d(4)}", f"A{d(3)}-{d(4)}", f"{d(10)}"])


def mrn_label():
    return pick(["MRN", "MRN:", "MRN#", "mrn", "Chart #", "chart no.", "Member ID", "member id:",
                 "Medicare ID", "Medicaid #", "MBI", "Med rec #", "Patient ID", "Acct/MRN", "Pt ID#",
                 "ID #", "insurance ID", "Subscriber ID"])


def dob(year=None, intl=False, elder=False):
    y = year or (rng.randint(1925, 1966) if (elder or chance(0.85)) else rng.randint(1967, 2019))
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[m - 1]
    if intl:
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d}-{m}-{y}"])
    return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}",
                 f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}",
                 f"{m:02d}.{d:02d}.{y}", f"{m:02d}{d:02d}{y}", f"{mon[:3]}. {d}, {y}", f"{d}-{mon[:3]}-{y}",
                 f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}"])


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randint(0, 9))
    total = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 0:
            dg *= 2
            if dg > 9:
                dg -= 9
        total += dg
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def card():
    kind = pick(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_complete("4", 16)
    elif kind == "mc":
        n = luhn_complete(pick(["51", "53", "55", "2221", "2720"]), 16)
    elif kind == "amex":
        n = luhn_complete(pick(["34", "37"]), 15)
    else:
        n = luhn_complete("6011", 16)
    if chance(0.2):  # invalid Luhn on purpose
        n = n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10)
    if len(n) == 15:
        return pick([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"]), kind
    return pick([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))]), kind


def card_label(kind):
    return pick({"visa": ["visa", "Visa", "VISA"], "mc": ["Mastercard", "MC", "mastercard"],
                 "amex": ["amex", "Amex", "AmEx"], "disc": ["Discover", "discover"]}[kind] +
                ["card", "cc", "credit card", "CC#", "card #", "debit card", "credit card number", "card no."])


def iban():
    loc = pick(["de_DE", "fr_FR", "en_GB", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "de_AT",
                "de_CH", "fr_BE", "en_IE"])
    if loc not in FK:
        FK[loc] = Faker(loc)
        FK[loc].seed_instance(SEED + len(FK))
    v = FK[loc].iban()
    if chance(0.55):
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if chance(0.2):
        v = v.lower()
    return v


def iban_label():
    return pick(["IBAN", "IBAN:", "iban", "iban:", "IBAN no.", "bank (IBAN)", "IBAN #"])


def routing():
    d8 = f"{rng.randint(1, 12):02d}" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    w = [3, 7, 1] * 3
    s = sum(int(c) * w[i] for i, c in enumerate(d8))
    return d8 + str((10 - s % 10) % 10)


def bank_acct():
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 13)))


def keeps(n=1, pools=(DRUGS, CONDS)):
    out = []
    while len(out) < n:
        v = pick(pick(pools))
        if v not in out:
            out.append(v)
    return out


def K(v):
    return "{{" + v + "}}"


def I(code, v):
    return "[[" + code + ":" + v + "]]"


def L(v, intl=False):
    return I("Li" if intl else "L", v)


def case(text, mode):
    if mode == "lower":
        return text.lower()
    if mode == "upper":
        return text.upper()
    return text


def rel(g):
    return pick(REL_F if g == "f" else REL_M)


def fam(g, neutral=0.25):
    return pick(NEUTRAL) if chance(neutral) else pick(FAM[g])


def sex_tag(g):
    return pick({"f": ["F", "F", "yo F", "y/o female", "yo woman"], "m": ["M", "M", "yo M", "y/o male", "yo man"]}[g])


def clin_name(n):
    if chance(0.3):
        parts = n.split()
        if chance(0.5):
            return f"{parts[-1].upper()}, {parts[0].upper()}"
        return f"{parts[-1]}, {' '.join(parts[:-1])}"
    return n


def tidy(s):
    s = re.sub(r"[ \t]+", " ", s)
    return re.sub(r" ([.,])", r"\1", s).strip()


# --------------------------------------------------------------------------------------------
# non-place templates: each returns (style, marked_text)
# --------------------------------------------------------------------------------------------
def t_clinician_intake():
    g, g2 = gender(), gender()
    a = rng.randint(58, 97)
    n = clin_name(full_name(g=g))
    d1, d2 = keeps(2, (DRUGS,))
    c = pick(CONDS)
    fm = pick(FAM_YOUNG[g2]) if chance(0.8) else pick(NEUTRAL)
    lines = [f"Pt {I('P', n)}, DOB {I('D', dob(TODAY_YEAR - a - rng.randint(0, 1)))}, {mrn_label()} {I('M', mrn())}.",
             f"{a}{sex_tag(g)} w/ {K(c)}, on {K(d1)} and {K(d2)}.",
             pick([f"Accompanied by {fm} {I('P', first_name(g=g2))}, contact {I('T', us_phone())}.",
                   f"{fm.capitalize()} {I('P', first_name(g=g2))} ({I('T', us_phone())}) manages meds.",
                   f"Collateral from {fm} {I('P', full_name(g=g2))} by phone {I('T', us_phone())}."]),
             pick([f"Plan: recheck {K(pick(LABS))} in 2 wks.", "Plan: cont current regimen, f/u 3 mo.",
                   f"Plan: hold {K(d2)} x48h, repeat {K(pick(LABS))}.", "Plan: PT/OT eval, SW for home needs."])]
    if chance(0.3):
        lines.insert(1, f"Lives at {I('L', us_address('oneline'))}.")
    return "clinician_note", " ".join(lines) if chance(0.6) else "\n".join(lines)


def t_phone_encounter():
    gc, gp = gender(), gender()
    rw = fam(gc)
    caller, pt = full_name(g=gc), full_name(g=gp)
    whose = pick(["pt", "patient", f"{PRON[gc][2]} {'mother' if gp == 'f' else 'father'}"])
    txt = (f"{pick(['Phone encounter', 'Tel enc', 'Call note', 'TC'])}: {rw} {I('P', caller)} called "
           f"{pick(['from', 'at', 'on'])} {I('T', us_phone())} re: {whose} "
           f"{I('P', pt)} ({mrn_label()} {I('M', mrn())}). Asking about {K(pick(LABS))} results and whether to continue "
           f"{K(pick(DRUGS))}. {pick(['Advised to continue.', 'Routed to Dr. ' + I('P', last_name()) + '.', 'Will call back after MD review.', 'Scheduled f/u ' + pick(WEEKDAYS) + '.'])}")
    return "clinician_note", txt


def t_referral_fax():
    doc, pt = last_name(), full_name()
    txt = (f"FAX COVER\nTo: Dr. {I('P', doc)}, {pick(['Cardiology', 'Nephrology', 'Neurology', 'Pulmonology', 'GI', 'Endocrinology'])}\n"
           f"Fax: {I('T', us_phone())}\nFrom: {I('P', full_name())}, {pick(['RN', 'LPN', 'MA', 'referral coordinator'])}\n"
           f"Phone: {I('T', us_phone())}\n"
           f"Re: {I('P', pt)}   DOB: {I('D', dob())}   {mrn_label()} {I('M', mrn())}\n"
           f"Reason: {K(pick(CONDS))}, please see attached {K(pick(LABS))}.")
    return "form", txt


def t_registration_form():
    n = full_name()
    last_first = chance(0.4)
    nm = f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" if last_first else n
    fields = [(pick(["Patient Name", "Name", "Pt name", "Name (Last, First)" if last_first else "Full name"]), I("P", nm)),
              (pick(["Date of Birth", "DOB", "Birthdate", "D.O.B."]), I("D", dob())),
              (pick(["SSN", "Social Security #", "SS#", "Social"]), I("S", ssn())),
              (pick(["Address", "Home address", "Street address"]), I("L", us_address(pick(["oneline", "multiline", "nocomma", "pobox"])))),
              (pick(["Phone", "Cell", "Home phone", "Best number"]), I("T", us_phone())),
              (pick(["Email", "E-mail", "email"]), I("E", email(n))),
              (pick(["Insurance Member ID", "Member ID", "Medicare #", "Policy #", "Medicaid ID"]), I("M", mrn())),
              (pick(["Emergency contact", "Emergency Contact (name/phone)"]), f"{I('P', full_name())} {I('T', us_phone())}"),
              (pick(["Current medications", "Meds"]), ", ".join(K(x) for x in keeps(2, (DRUGS,)))),
              (pick(["Reason for visit", "Chief complaint"]), K(pick(CONDS)))]
    rest = fields[2:]
    rng.shuffle(rest)
    chosen = fields[:2] + rest[:rng.randint(5, 8)]
    title = pick(["NEW PATIENT REGISTRATION", "Patient Intake Form", "Home Health Intake", "Registration",
                  "Financial Assistance Application", "Transport Request Form"])
    return "form", title + "\n" + "\n".join(f"{k}: {v}" for k, v in chosen)


def t_billing():
    g = gender()
    n = full_name(g=g)
    rw = pick(FAM[g][:2] + ["mother" if g == "f" else "father", "grandmother" if g == "f" else "grandfather"])
    r = rng.random()
    if r < 0.4:
        c, kind = card()
        pay = f"{card_label(kind)} {I('A', c)}"
    elif r < 0.7:
        pay = f"routing {I('A', routing())} and account {I('A', bank_acct())}"
    else:
        pay = f"{iban_label()} {I('Ai', iban())}"
    opener = pick(["Hi, I have a billing question.", "Hello,", "To the billing dept:", "hi there,",
                   "Question about a charge:", "Good afternoon,"])
    txt = (f"{opener} My {rw} {I('P', n)} was charged for the {K(pick(APPTS))} on {pick(MONTHS)} {rng.randint(1, 28)} "
           f"but {K(pick(['Medicare', 'Medicaid', 'Humana', 'Aetna', 'Blue Cross', 'Tricare']))} should cover it. "
           f"{pick(['We paid with', 'It was paid from', 'The payment came out of', 'Please refund to'])} {pay}. "
           f"{pick(['Account # on the statement is', 'Statement acct', 'Guarantor account', 'Patient account no.'])} "
           f"{I('A', str(rng.randint(10000000, 99999999)))}. "
           f"{pick(['Call me at', 'My number is', 'Reach me at', 'Best # is'])} {I('T', us_phone())}. - {I('P', first_name())}")
    return "general_text", txt


def t_speaker_chat():
    ga, gb, gc, gp = gender(), gender(), gender(), gender()
    a, b, c = first_name(g=ga), first_name(g=gb), first_name(g=gc)
    rel_a = pick(FAM[ga][:4] + ["Cousin", "Neighbor", ""])
    lab_a = f"{rel_a.capitalize()} {I('P', a)}".strip()
    lab_b = I("P", b)
    pr = PRON[gp]
    rw = rel(gp)
    d = pick(DRUGS)
    lines = [f"{lab_a}: {pick(['did anyone pick up', 'who has', 'we are out of', 'does ' + rw.lower() + ' still take'])} {K(d)}?",
             f"{lab_b}: {pick(['I did', 'not me', 'I think ' + I('P', c) + ' has it', 'ask ' + I('P', c)])}",
             f"{lab_a}: {pick(['ok call the pharmacy', 'the number is', 'their # is', 'can u call'])} {I('T', us_phone())}",
             f"{lab_b}: {pick(['will do', 'k', 'on it', 'after work'])}. {pick(['also', 'btw', 'and'])} {pr[2]} {K(pick(APPTS))} {pick(['went fine', 'is tmrw', 'got moved to ' + pick(WEEKDAYS)])}"]
    if chance(0.45):
        lines.append(f"{lab_a}: {pr[0]}'s at {I('L', us_address(pick(['oneline', 'nocomma'])))} this week not home")
    return "speaker_label", "\n".join(lines)


def t_signature():
    n = full_name()
    g = gender()
    body = pick([f"Just confirming {K(rel(g))}'s {K(pick(APPTS))} on {K(pick(WEEKDAYS))}.",
                 f"Can someone send the {K(pick(DRUGS))} refill to the new pharmacy?",
                 f"Attached is the form for the {K(pick(CONDS))} program.",
                 f"{K(pick(['I will', 'We will', 'I’ll', 'We’ll']))} be there at 10 for the {K(pick(APPTS))}.",
                 f"Thank you for the update on {K(rel(g))}'s {K(pick(CONDS))}."])
    sig = [pick(["Thanks,", "Best,", "Regards,", "--", "Sincerely,", "Thx", "Warmly,", "Blessings,"]), I("P", n)]
    extras = [I("T", us_phone()), f"{pick(['cell', 'c', 'mobile', 'Cell:', 'office'])} {I('T', us_phone())}",
              I("E", email(n)), I("U", url(n)), I("L", us_address(pick(["oneline", "multiline", "pobox"]))),
              f"fax {I('T', us_phone())}", I("U", url(n, "social"))]
    rng.shuffle(extras)
    sig += extras[:rng.randint(2, 4)]
    if chance(0.3):
        sig.append(pick(["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android"]))
    return "signature", body + "\n\n" + "\n".join(sig)


def t_forwarded():
    a, b = full_name(), full_name()
    g = gender()
    ea = email(a)
    body = pick([f"{K(rel(g))}'s {K(pick(APPTS))} is {pick(WEEKDAYS)} at 9. {I('P', b.split()[0])} can drive.",
                 f"The {K(pick(DRUGS))} is making {PRON[g][1]} dizzy. Call Dr. {I('P', last_name())} at {I('T', us_phone())}.",
                 f"New address for the {K(pick(['oxygen', 'wheelchair', 'hospital bed', 'CPAP supplies']))}: {I('L', us_address())}",
                 f"{PRON[g][2].capitalize()} {K(pick(CONDS))} is worse. I'm at {I('T', us_phone())} all day."])
    head = pick([f"---------- Forwarded message ---------\nFrom: {I('P', a)} <{I('E', ea)}>\nDate: {pick(WEEKDAYS)[:3]}, {pick(MONTHS)[:3]} {rng.randint(1, 28)}\nSubject: {pick(['update', 'Re: Mom', 'meds', 'FW: appt', 'Dad'])}\nTo: {I('P', b)} <{I('E', email(b))}>",
                 f"Begin forwarded message:\n\nFrom: \"{I('P', a)}\" <{I('E', ea)}>\nSubject: {pick(['Fwd: appointment', 'checking in', 'Re: Re: pharmacy'])}",
                 f"> On {pick(WEEKDAYS)}, {I('P', a)} <{I('E', ea)}> wrote:"])
    if head.startswith(">"):
        body = "> " + body
    return "forwarded", head + "\n\n" + body


def t_international():
    loc = pick(list(INTL_LOC_COUNTRY))
    g = gender()
    nonlatin = loc in ("ja_JP", "ru_RU", "ko_KR", "zh_CN")
    name = nonlatin_name(loc, g) if nonlatin else full_name("en_US" if loc == "en_CA" else loc, g)
    ph = intl_phone(INTL_LOC_COUNTRY[loc])
    rw = pick({"f": ["my mother", "my aunt", "my grandmother", "our aunt", "my sister"],
               "m": ["my father", "my uncle", "my grandfather", "our uncle", "my brother"]}[g])
    pr = PRON[g]
    parts = [f"{pick(['Writing from abroad', 'Hello from overseas', 'Message from family abroad', 'Hi'])}: {rw} {I('Pi', name)} "
             f"lives at {I('Li', intl_address(loc))}.",
             f"{pick(['Phone', 'Tel', 'Mobile', 'WhatsApp'])}: {I('Ti', ph)}.",
             f"{pr[0].capitalize()} {pick(['takes', 'is on', 'was given'])} {K(pick(DRUGS))} for {K(pick(CONDS))}."]
    if chance(0.35):
        parts.insert(1, f"Born {I('Di', dob(intl=True))}.")
    if chance(0.4):
        parts.append(f"For payments: {iban_label()} {I('Ai', iban())}")
    if chance(0.3):
        parts.append(f"Email {I('Ei', email(full_name('en_US') if nonlatin else name))}")
    return "international", " ".join(parts) if chance(0.5) else "\n".join(parts)


def t_contact_list():
    title = pick(["Contacts for the fridge:", "IMPORTANT NUMBERS", "Who to call:", "Phone list for the aide",
                  "Care team contacts"])
    rows, used = [], set()
    for _ in range(rng.randint(3, 6)):
        r = rng.random()
        if r < 0.25:
            rows.append(f"- Dr. {I('P', last_name())} ({pick(['heart', 'kidney', 'lungs', 'eyes', 'PCP'])}) {I('T', us_phone())}")
        elif r < 0.35:
            rows.append(f"- {I('P', first_name(g='m'))}'s {pick(['shop', 'business', 'handyman'])} {I('T', vanity_phone())}")
        else:
            g = gender()
            rw = fam(g, 0.3)
            if rw in used:
                continue
            used.add(rw)
            rows.append(f"- {I('P', full_name(g=g) if chance(0.5) else first_name(g=g))} ({rw}) {I('T', us_phone())}")
    rows.append(pick([f"- {K('Poison Control')} {K('1-800-222-1222')}", f"- crisis line {K('988')}",
                      f"- {K('Medicare')} {K('1-800-MEDICARE')}", f"- emergency {K('911')}"]))
    rng.shuffle(rows)
    return "list", title + "\n" + "\n".join(rows)


def t_run_on_update():
    g, ga, gn = gender(), gender(), gender()
    pr = PRON[g]
    txt = (f"ok so {K(rel(g))} had a rough day, {I('P', first_name(g=ga))} took {pr[1]} to the {K(pick(['ER', 'urgent care', 'clinic']))} "
           f"because of the {K(pick(CONDS))} and they said to stop the {K(pick(DRUGS))} and see {pick(['Dr.', 'Dr', 'doctor'])} "
           f"{I('P', last_name())} next week, the nurse {I('P', full_name(g=gn))} gave us {PRON[gn][2]} direct line {I('T', us_phone())} "
           f"and said the {K(pick(LABS))} results will be in the portal, also they asked for {pr[2]} {pick(['DOB', 'birthday', 'date of birth'])} again "
           f"which is {I('D', dob(elder=True))}, {pick(['I gave it', 'I told them', 'so thats done'])}, more later")
    return "run_on", txt


def t_address_change():
    g = gender()
    n = full_name(g=g)
    old, new = us_address(), us_address(pick(["oneline", "military", "pobox", "rr", "multiline"]))
    txt = (f"{pick(['Please update the address for', 'Address change for', 'change of address -', 'New mailing address for'])} "
           f"{I('P', n)} ({pick(['DOB', 'dob', 'born'])} {I('D', dob())}).\n"
           f"Old: {I('L', old)}\nNew: {I('L', new)}\n"
           f"{PRON[g][2].capitalize()} {K(pick(['Medicare', 'Medicaid', 'Tricare', 'Social Security']))} "
           f"{pick(['statements', 'letters', 'cards'])} and {K(pick(DRUGS))} {pick(['refills', 'deliveries', 'mail order'])} should go to the new one.")
    return "general_text", txt


def t_texting():
    g = gender()
    a = first_name(g=gender()).lower()
    r = rng.random()
    if r < 0.35:
        txt = f"hey its {I('P', a)}!! new # {I('T', us_phone())} save it. {K(rel(g).lower())} says hi. did u get {PRON[g][2]} {K(pick(DRUGS).lower())}"
    elif r < 0.65:
        txt = f"{I('P', a)} can u email me the {K(pick(APPTS))} paperwork? {I('E', email())} thx. {pick(['omw', 'brb', 'ttyl', 'lol'])}"
    else:
        who = full_name(g=g)
        txt = f"pls send {I('P', a)} the link for {K(rel(g).lower())}'s updates: {I('U', url(who, 'care'))}. {PRON[g][0]}s been asking abt the {K(pick(CONDS).lower())}"
    return "texting", txt


def t_url_share():
    g = gender()
    n = full_name(g=g)
    pr = PRON[g]
    txt = pick([
        f"We set up a page for updates on {I('P', n)}'s {K(pick(CONDS))} treatment: {I('U', url(n, 'care'))} - please share with the {pick(['church', 'family', 'neighbors', 'team'])}!",
        f"{I('P', n.split()[0])}'s fundraiser for the {K(pick(['surgery', 'chemo', 'rehab', 'wheelchair van']))} is at {I('U', url(n, 'care'))}. {K(pick(CONTRACTIONS[:2]))} all be so grateful.",
        f"{pr[2].capitalize()} daughter posts updates at {I('U', url(n, 'care'))} and on {I('U', url(full_name(), 'social'))}. {K(pick(CONDS))} is stable per last post.",
        f"my cousin {I('P', n)} does {pick(['home repairs', 'grab bars', 'ramps', 'yard work'])} for seniors, {I('U', url(n, 'biz'))} or {I('T', us_phone())}. {pr[0]} did {K(rel(gender()).lower())}'s ramp after the {K(pick(SURGERIES))} surgery",
        f"Found the old blog {I('P', n.split()[0])} kept during {pr[2]} {K(pick(CONDS))}: {I('U', url(n, 'biz'))}. can someone take it down, it has {pr[2]} address on it"])
    return "general_text", txt


def t_ssn_claims():
    g = gender()
    n = full_name(g=g)
    txt = pick([
        f"For the disability claim: {I('P', n)}, SSN {I('S', ssn())}, DOB {I('D', dob())}. Dx {K(pick(CONDS))}. Treating MD Dr. {I('P', last_name())}.",
        f"{pick(['social', 'ssn', 'SS#', 'soc sec'])} for {I('P', n.split()[0].lower())} is {I('S', ssn())} - they need it for the {K(pick(['Medicaid', 'Social Security', 'Medicare']))} application",
        f"Claim for {I('P', n)}\nSocial Security Number: {I('S', ssn())}\n{mrn_label()}: {I('M', mrn())}\nService: {K(pick(LABS))}",
        f"The SSA letter had the wrong number. Correct SSN for my {pick(FAM[g][:2])} {I('P', n)} is {I('S', ssn())}, not {I('S', ssn())}. {K(pick(['We’ll', 'I’ll', 'We can']))} send proof.",
        f"Medicaid renewal for {I('P', n)}: SSN {I('S', ssn())}, DOB {I('D', dob())}, address {I('L', us_address(pick(['oneline', 'pobox'])))}"])
    return pick(["form", "general_text"]), txt


def t_pharmacy():
    n = full_name()
    txt = (f"{pick(['Rx ready:', 'Refill request', 'Pharmacy msg:', 'RX NOTICE'])} {K(pick(DRUGS))} for {I('P', n)}, "
           f"DOB {I('D', dob())}, at {K(pick(['Walgreens', 'CVS', 'Rite Aid', 'Costco pharmacy', 'Walmart pharmacy', 'Kroger pharmacy']))}. "
           f"{pick(['Callback', 'Questions?', 'Pharmacist line', 'Call'])} {I('T', us_phone())}. "
           f"{pick(['Prescriber', 'Ordered by'])}: Dr. {I('P', last_name())}. Ins {mrn_label()} {I('M', mrn())}.")
    return "general_text", txt


def t_intl_clinician():
    loc = pick(["en_GB", "de_DE", "fr_FR", "es_MX", "it_IT", "pt_BR", "en_IN", "pl_PL", "nl_NL"])
    g, g2 = gender(), gender()
    n = full_name(loc, g)
    txt = (f"Pt {I('Pi', n)} (DOB {I('Di', dob(intl=True))}) visiting from {COUNTRY_NAME[loc]}, "
           f"home address {I('Li', intl_address(loc))}. Presented with {K(pick(CONDS))}. "
           f"Staying w/ {fam(g2)} {I('P', full_name(g=g2))} at {I('L', us_address('oneline'))}, "
           f"{I('T', us_phone())}. Home GP phone {I('Ti', intl_phone(INTL_LOC_COUNTRY[loc]))}. Travel ins ID {I('Mi', mrn())}.")
    return "clinician_note", txt


def t_caps_note():
    g = gender()
    n = full_name().upper()
    rw = pick({"f": ["WIFE", "MOTHER", "SISTER", "DAUGHTER"], "m": ["HUSBAND", "FATHER", "BROTHER", "SON"]}[g])
    txt = (f"THIS IS {I('P', n)} CALLING ABOUT MY {rw} {I('P', first_name(g=g).upper())}. {PRON[g][0].upper()} NEEDS "
           f"THE {K(pick(DRUGS).upper())} REFILLED. {pick(['BIRTHDAY', 'DOB', 'DATE OF BIRTH'])} {I('D', dob().upper())}. "
           f"{pick(['CALL ME', 'MY NUMBER', 'PHONE'])} {I('T', us_phone().upper())}. {pick(['THANK YOU', 'GOD BLESS', 'PLEASE HURRY', ''])}")
    return "all_caps", tidy(txt)


def t_lower_family():
    g, ga = gender(), gender()
    a, b = first_name(g=ga).lower(), last_name().lower()
    pr = PRON[g]
    txt = (f"{pick(['hi', 'hey', 'hello', 'morning all'])} its {I('P', a + ' ' + b)}, {K(rel(g).lower())}s {pick(['home aide', 'neighbor', 'friend from church', 'driver'])}. "
           f"{pick([K('i' + chr(39) + 'll') + ' take', K('we' + chr(39) + 'll') + ' drive', K('i' + chr(39) + 'm') + ' gonna bring', K('i' + chr(39) + 'm') + ' taking'])} {pr[1]} to the {K(pick(APPTS).lower())} on {pick(WEEKDAYS).lower()}. "
           f"{pick(['my email is', 'email me at', 'or email'])} {I('E', email(a + ' ' + b))} {pick(['or text', 'or call', 'cell'])} {I('T', us_phone())}")
    return "lower_case", tidy(txt)


def t_account_form():
    n = full_name()
    rows = [f"Account holder: {I('P', n)}"]
    r = rng.random()
    if r < 0.35:
        rows += [f"{pick(['Routing number', 'Routing #', 'ABA'])}: {I('A', routing())}",
                 f"{pick(['Account number', 'Checking acct', 'Acct #'])}: {I('A', bank_acct())}"]
    elif r < 0.7:
        c, kind = card()
        rows += [f"{card_label(kind).capitalize()}: {I('A', c)}", f"Exp: {rng.randint(1, 12):02d}/{rng.randint(26, 31)}"]
    else:
        ib = iban()
        rows += [f"{pick(['IBAN', 'Iban', 'IBAN (international)'])}: {I('Ai', ib)}",
                 f"Bank country: {IBAN_COUNTRY[ib[:2].upper()]}"]
    rows += [f"Billing address: {I('L', us_address(pick(['oneline', 'pobox'])))}",
             f"For: {pick(['home health', 'respite care', 'adult day program', 'hospice copays'])} ({K(pick(CONDS))})"]
    return "form", pick(["PAYMENT AUTHORIZATION", "Autopay setup", "Caregiver reimbursement"]) + "\n" + "\n".join(rows)


NONPLACE = [(t_clinician_intake, 11), (t_phone_encounter, 9), (t_referral_fax, 7), (t_registration_form, 13),
            (t_billing, 10), (t_speaker_chat, 11), (t_signature, 10), (t_forwarded, 8), (t_international, 14),
            (t_contact_list, 7), (t_run_on_update, 8), (t_address_change, 9), (t_texting, 10), (t_url_share, 16),
            (t_ssn_claims, 16), (t_pharmacy, 7), (t_intl_clinician, 7), (t_caps_note, 7), (t_lower_family, 7),
            (t_account_form, 8)]


# --------------------------------------------------------------------------------------------
# place templates
# --------------------------------------------------------------------------------------------
def town_variant():
    """A town written in a random way; returns (text, is_intl)."""
    r = rng.random()
    if r < 0.35:
        t, st = pick(TOWNS)
        return pick([t, t, t.lower(), t.upper(), f"{t}, {st}", f"{t} {st}".lower()]), False
    if r < 0.6:
        return pick(ABBREV)[1], False
    if r < 0.85:
        return pick(MISSPELL)[1], False
    return pick(INTL_PLACES), True


def town_in(state, exclude=()):
    opts = [t for t, st in TOWNS if st == state and t not in exclude]
    return pick(opts) if opts else None


def p_facility():
    t, st = pick(TOWNS)
    mode = pick(["", "", "lower", "upper"])
    tv = t.lower() if (mode == "" and chance(0.2)) else t
    fac = pick(FACILITY_SUFFIXES)
    g = gender()
    rw = rel(g)
    txt = pick([
        f"{K(rw)} got moved to {L(tv)} {fac} last night, {pick(['room', 'rm', 'bed'])} {rng.randint(100, 499)}. they started {K(pick(DRUGS))} for the {K(pick(CONDS))}",
        f"is the {L(tv)} {fac} the one on {L(pick(STREETS))} or the new one out by {pick(LANDMARKS)}? {K(rw)} has {PRON[g][2]} {K(pick(APPTS))} there {pick(WEEKDAYS)}",
        f"{I('P', first_name())} says the {L(tv)} {fac} won't take {K(pick(['Medicaid', 'Humana', 'Tricare', 'Aetna']))} so we have to go to {L(town_in(st, (t,)) or pick(TOWNS)[0])} for the {K(pick(APPTS))}"])
    style = {"": pick(["general_text", "texting", "run_on"]), "lower": "lower_case", "upper": "all_caps"}[mode]
    return style, case(txt, mode)


def p_county():
    c, cst = pick(COUNTIES)
    cv = pick([c, c.lower(), c.replace("County", "Co."), c.replace("County", "co"), c.upper(), c.replace("County", "Cnty")])
    t = town_in(cst) or pick(TOWNS)[0]
    g = gender()
    r = rng.random()
    if r < 0.35:
        return "lower_case", (f"does the {pick(['ride program', 'home meals', 'respite grant', 'hospice'])} cover {L(cv.lower())}? "
                              f"we're just over the line from {L(t.lower())}. {K(rel(g).lower())} has {K(pick(CONDS).lower())}")
    if r < 0.65:
        return "clinician_note", (f"Pt resides in {L(cv)}, rural, {rng.randint(20, 90)} min to nearest ED ({L(t)}). "
                                  f"{K(pick(DRUGS))} filled by mail.")
    return "general_text", (f"{K(rel(g))} is registered to vote in {L(cv)} but lives with us in {L(town_in(cst, (t,)) or pick(TOWNS)[0])} now, "
                            f"which {K(pick(['Medicaid', 'Medicare']))} office do we call about the "
                            f"{K(pick(['wheelchair', 'hospital bed', 'home aide']))}")


def p_neighborhood():
    nb, city = pick(NEIGHBORHOODS)
    core = nb[4:] if nb.startswith("the ") else nb
    pref = "the " if nb.startswith("the ") else ""
    mode = pick(["", "lower", "", "upper"])
    st = pick(STREETS)
    g = gender()
    pr = PRON[g]
    txt = pick([
        f"{K(rel(g))} moved in with my cousin in {pref}{L(core)} ({L(city)}), the clinic is right on {L(st)} so {pr[0]} can walk to get {pr[2]} {K(pick(DRUGS))}",
        f"we're over in {pref}{L(core)} now, off {L(st)}. can the {K(pick(['visiting nurse', 'PT', 'wound care nurse', 'home aide']))} come here instead",
        f"{I('P', first_name())} found {K(rel(g))} wandering on {L(st)} way down in {pref}{L(core)}, {pr[0]} thought {pr[0]} still lived there. {K(pick(DEMENTIA))} is getting worse"])
    return {"": "run_on", "lower": "lower_case", "upper": "all_caps"}[mode], case(txt, mode)


def p_directions():
    road, st2 = pick(STREETS), pick(STREETS)
    while st2 == road:
        st2 = pick(STREETS)
    t, _ = pick(TOWNS)
    lm = pick(LANDMARKS)
    mode = pick(["", "lower", "", "upper"])
    g = gender()
    txt = pick([
        f"directions for the {K(pick(['hospice nurse', 'PT', 'oxygen delivery', 'aide']))}: take {L(road)} out past {lm}, left on {L(st2)}, {pick(['third house', 'gravel drive', 'blue trailer', 'white farmhouse'])} on the {pick(['left', 'right'])}. if you hit {L(t)} you went too far",
        f"From {L(t)} head {pick(['north', 'south', 'east', 'west'])} on {L(road)} about {rng.randint(2, 15)} miles, turn at {lm} onto {L(st2)}. We're at the end. {K(rel(g))}'s {K(pick(['walker', 'wheelchair', 'oxygen']))} is by the back door",
        f"we're not on the map. {L(road)} to {L(st2)}, then the dirt road by {lm}. mailbox says {I('P', last_name().upper())}. {K(rel(g))} is {pick(['bedbound', 'on oxygen', 'hard of hearing'])} so just come in"])
    return ("directions" if not mode else {"lower": "lower_case", "upper": "all_caps"}[mode]), case(txt, mode)


def p_texting_town():
    tv, intl = town_variant()
    tv2, intl2 = town_variant()
    while tv2 == tv:
        tv2, intl2 = town_variant()
    g = gender()
    txt = pick([
        f"omw to {L(tv.lower(), intl)}. {K(rel(g).lower())} has the {K(pick(APPTS).lower())} at 2",
        f"r u still in {L(tv, intl)}?? they moved {K(rel(g).lower())} to {L(tv2, intl2)} lol",
        f"stuck in traffic outside {L(tv, intl)} 😩 tell {I('P', first_name().lower())} to give {PRON[g][1]} the {K(pick(DRUGS).lower())}",
        f"lvg {L(tv, intl)} now, be in {L(tv2, intl2)} by 6. did the {K(pick(['pharmacy', 'nurse', 'hospice']))} call"])
    return "texting", txt


def p_clinician_place():
    t1, st1 = pick(TOWNS)
    t2 = town_in(st1, (t1,)) or pick(ABBREV)[1]
    g = gender()
    txt = (f"{rng.randint(58, 97)}{sex_tag(g)} from {L(pick([t1, t1 + ', ' + st1, t1.upper()]))}, {pick(['lives alone', 'lives w/ spouse', 'lives w/ dtr', 'in group home'])} "
           f"{pick(['on', 'off', 'near'])} {L(pick(STREETS))}. Travels to {L(t2)} for {K(pick(['dialysis', 'chemo', 'wound care', 'cardiology', 'infusions']))}. "
           f"Hx {K(pick(CONDS))}. {pick(['Transport barrier noted.', 'SW consult placed.', 'Needs closer pharmacy.', 'Telehealth offered.'])}")
    return "clinician_note", txt


def p_form_place():
    t, st = pick(TOWNS)
    rows = [f"Name: {I('P', full_name())}", f"Town: {L(pick([t, t.upper(), t.lower()]))}",
            f"County: {L(pick([c for c, cs in COUNTIES if cs == st] or [pick(COUNTIES)[0]]))}",
            f"Nearest cross streets: {L(pick(STREET_BASES) + pick([' & ', ' and ', '/']) + pick(STREET_BASES))}",
            f"Pharmacy: {K(pick(['Walgreens', 'CVS', 'Walmart pharmacy', 'Rite Aid']))} on {L(pick(STREETS))}",
            f"Diagnosis: {K(pick(CONDS))}"]
    return "form", pick(["Rides program signup", "Meals delivery form", "Volunteer visit request"]) + "\n" + "\n".join(rows)


def p_intl_place():
    p1, p2 = rng.sample(INTL_PLACES, 2)
    g = gender()
    pr = PRON[g]
    txt = pick([
        f"{K(rel(g))} is flying back from {L(p1, True)} on {pick(WEEKDAYS)}, {pr[0]} ran out of {K(pick(DRUGS))} there. My cousin in {L(p2, True)} sent some but different brand",
        f"Forwarded from my brother: \"Dad had a {K(pick(['fall', 'stroke', 'heart attack', 'seizure']))} in {L(p1, True)}, they took him to the hospital in {L(p2, True)}.\"",
        f"Pt recently arrived from {L(p1, True)}, previously treated in {L(p2, True)} for {K(pick(CONDS))}. Records requested.",
        f"my {pick(['tía', 'aunt', 'oma', 'nonna', 'halmoni', 'babushka'])} in {L(p1, True)} wants to know if {K(pick(DRUGS))} is the same as what they sell in {L(p2, True)}"])
    return "international", txt


def p_misspelled():
    c, m, mst = pick(MISSPELL)
    t = town_in(mst, (c,)) or pick(TOWNS)[0]
    g = gender()
    txt = pick([
        f"We are driving {K(rel(g))} to {L(m)} for the {K(pick(APPTS))}, then back to {L(t)} the same day",
        f"{I('P', first_name())} lives in {L(m)} now so send the {K(pick(DRUGS))} there not to {L(t)}",
        f"the hospital in {L(m)} says {K(rel(g))} can go home tmrw if the {K(pick(LABS))} is ok"])
    return "misspelled", txt


def p_caps_place():
    t, st = pick(TOWNS)
    tv, intl = town_variant()
    g = gender()
    txt = (f"{K(rel(g).upper())} IS AT THE {L(t.upper())} {pick(FACILITY_SUFFIXES).upper()}, NOT {L(tv.upper(), intl)}. "
           f"{pick(['PLEASE TELL {}', 'CALL {} ASAP', 'LET {} KNOW', 'SOMEONE CALL {} TODAY', 'TELL {}']).format(I('P', first_name().upper()))}. "
           f"{PRON[g][2].upper()} {K(pick(CONDS).upper())} IS WORSE")
    return "all_caps", tidy(txt)


def p_run_on_moves():
    towns = rng.sample(TOWNS, 3)
    tv, intl = town_variant()
    g = gender()
    pr = PRON[g]
    txt = (f"so {K(rel(g))} was in {L(towns[0][0])} with {I('P', first_name())} until {pick(MONTHS)} and then moved to "
           f"{L(towns[1][0] + ', ' + towns[1][1])} which is closer to the {K(pick(['dialysis', 'cancer center', 'VA']))} but now "
           f"{pick(['the insurance', 'the pharmacy', 'the oxygen company'])} says {pr[2]} address is still {L(towns[2][0])} "
           f"and the {K(pick(DRUGS))} keeps going there, and {I('P', first_name())} is in {L(tv, intl)} so can't pick it up")
    return "run_on", txt


def p_speaker_place():
    a, b = first_name(), first_name()
    t1, t2 = pick(TOWNS)[0], pick(STREETS)
    nb, city = pick(NEIGHBORHOODS)
    core = nb[4:] if nb.startswith("the ") else nb
    g = gender()
    lines = [f"{I('P', a)}: where r u", f"{I('P', b)}: {L(pick([city, city.lower()]))}, at the light by {L(t2)}",
             f"{I('P', a)}: ok {K(rel(g).lower())} is at the {pick(['clinic', 'pharmacy', 'urgent care'])} in {L(core)}",
             f"{I('P', b)}: the one near {L(pick(STREETS))}? {PRON[g][0]} needs {PRON[g][2]} {K(pick(DRUGS))}"]
    return "speaker_label", "\n".join(lines)


PLACE = [(p_facility, 7), (p_county, 5), (p_neighborhood, 5), (p_directions, 5), (p_texting_town, 6),
         (p_clinician_place, 4), (p_form_place, 3), (p_intl_place, 5), (p_misspelled, 5), (p_caps_place, 3),
         (p_run_on_moves, 3), (p_speaker_place, 3)]


# --------------------------------------------------------------------------------------------
def make_record(style, marked, source):
    plain, ids, keep, spans = parse(marked)
    rec = {"id": None, "style": style, "text": plain, "identifiers": ids, "keep": keep, "source": source}
    return rec, spans


def template_ok(rec, spans):
    if check_record({**rec, "id": "x"}):
        return False
    # every occurrence of an identifier text must have been a labelled span (no accidental repeats)
    for i in rec["identifiers"]:
        marked = sum(1 for s in spans if s[2] == "id" and s[3] == i["text"])
        nested = sum(1 for s in spans if s[2] == "id" and s[3] != i["text"] and i["text"] in s[3])
        if len(occurrences(rec["text"], i["text"])) > marked + nested:
            return False
    return True


def expand(pool, n):
    names = []
    total = sum(w for _, w in pool)
    for fn, w in pool:
        names += [fn] * round(n * w / total)
    while len(names) < n:
        names.append(pick(pool)[0])
    return names[:n]


def main():
    records, place_flags = [], []
    hand_files = sorted(glob.glob(os.path.join(HERE, "hand", "*.txt")))
    warnings = []
    for path in hand_files:
        for style, place, marked, ln in read_hand_file(path):
            rec, spans = make_record(style, marked, "hand")
            errs = check_record({**rec, "id": "x"})
            if errs:
                raise SystemExit(f"{path}:{ln}: {errs}")
            records.append(rec)
            place_flags.append(place)
    n_hand = len(records)

    plan = [(fn, True) for fn in expand(PLACE, N_TEMPLATE_PLACE)] + \
           [(fn, False) for fn in expand(NONPLACE, N_TEMPLATE - N_TEMPLATE_PLACE)]
    seen_text = {r["text"] for r in records}
    for fn, place in plan:
        for attempt in range(200):
            style, marked = fn()
            rec, spans = make_record(style, marked, "template")
            if rec["text"] not in seen_text and template_ok(rec, spans):
                break
        else:
            raise SystemExit(f"template {fn.__name__} kept failing")
        seen_text.add(rec["text"])
        records.append(rec)
        place_flags.append(place)

    order = list(range(len(records)))
    random.Random(SEED + 1).shuffle(order)
    out = []
    place_count = Counter()
    for k, idx in enumerate(order):
        rec = records[idx]
        rec["id"] = f"hd66-{k:03d}"
        out.append({key: rec[key] for key in ("id", "style", "text", "identifiers", "keep", "source")})
        place_count[(rec["source"], place_flags[idx])] += 1

    with open(os.path.join(HERE, "handwritten_dev66.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    stats = {"messages": len(out), "hand": n_hand, "template": len(out) - n_hand,
             "place_focus": {f"{s}_{'place' if p else 'other'}": c for (s, p), c in sorted(place_count.items())},
             "place_focus_total": sum(c for (s, p), c in place_count.items() if p),
             "place_focus_ids": [r["id"] for r, idx in zip(out, order) if place_flags[idx]],
             "warnings": warnings}
    with open(os.path.join(HERE, "build_stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, indent=1, ensure_ascii=False)
    print(json.dumps({k: v for k, v in stats.items() if k != "place_focus_ids"}, indent=1))


if __name__ == "__main__":
    main()
