"""Value generators for the template part of dev47 (Faker + my own formats and word lists).

Everything is driven by one random.Random and Faker instances seeded from it, so the output is
fixed for a given seed."""
import random
import string
from faker import Faker

# ---------------------------------------------------------------- keep-word pools (my own lists)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin",
         "furosemide", "Xarelto", "insulin glargine", "Humalog", "Ozempic", "Jardiance", "losartan",
         "hydrochlorothiazide", "prednisone", "albuterol", "Symbicort", "tamsulosin", "donepezil",
         "Namenda", "carbidopa-levodopa", "Seroquel", "trazodone", "Zoloft", "Lexapro", "buprenorphine",
         "Suboxone", "naloxone", "Narcan", "methadone", "omeprazole", "pantoprazole", "Tylenol",
         "ibuprofen", "aspirin 81", "clopidogrel", "Plavix", "spironolactone", "metoprolol", "Coreg",
         "Entresto", "vitamin D", "fish oil", "magnesium", "turmeric", "Ensure", "Keppra", "Depakote",
         "lithium", "Adderall", "Wegovy", "Trulicity", "tramadol", "morphine", "Senna", "Miralax",
         "potassium chloride", "allopurinol", "colchicine", "methotrexate", "Humira", "Flomax",
         "finasteride", "Aricept", "pregabalin", "ondansetron", "Zofran", "Dilaudid", "Norco"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's",
              "COPD", "Alzheimer's", "dementia", "type 2 diabetes", "type 1 diabetes", "CHF",
              "heart failure", "hypertension", "high blood pressure", "CKD", "kidney disease", "asthma",
              "sleep apnea", "gout", "osteoporosis", "osteoarthritis", "rheumatoid arthritis", "lupus",
              "multiple sclerosis", "epilepsy", "seizures", "depression", "anxiety", "bipolar disorder",
              "PTSD", "schizophrenia", "stroke", "TIA", "DVT", "pneumonia", "UTI", "cellulitis",
              "shingles", "hypothyroidism", "anemia", "neuropathy", "macular degeneration", "glaucoma",
              "cataracts", "psoriasis", "Crohn's", "IBS", "GERD", "fibromyalgia", "migraines",
              "breast cancer", "prostate cancer", "lymphoma", "ALS", "Huntington's", "sepsis"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "CBC", "BMP", "CMP", "TSH", "lipid panel", "LDL", "eGFR",
        "creatinine", "potassium", "sodium", "BNP", "troponin", "PSA", "vitamin B12", "ferritin",
        "urinalysis", "PT/INR", "hemoglobin", "platelets", "ALT", "bilirubin", "lactate"]
BODY = ["knee", "hip", "left ankle", "lower back", "shoulder", "wrist", "chest", "belly", "feet",
        "toes", "right eye", "ears", "throat", "heel", "neck", "lungs", "bladder", "skin", "gums"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "She's", "Can't", "Won't", "I'll", "They're",
                "Didn't", "Isn't", "It's", "We're", "I've", "Shouldn't", "Doesn't", "Wasn't"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
RELATIONS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Auntie", "Uncle", "Mama", "Pop",
             "Granny", "Abuela", "Abuelo", "Lola", "Oma", "Opa"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Cleveland Clinic",
        "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "Costco pharmacy", "Walmart pharmacy",
        "Meals on Wheels", "the VA", "Social Security", "AARP", "Planned Parenthood", "Kroger"]
GROUPS = ["Morning Walk Group", "Tuesday Caregiver Circle", "Memory Cafe", "Heart Healthy Cooking Class",
          "Diabetes Support Group", "Chair Yoga", "Grief Share", "Stroke Survivors Club"]
HELPLINES = [("988", "the crisis line"), ("1-800-222-1222", "Poison Control"),
             ("1-800-273-8255", "the old crisis line"), ("211", "the 211 line"),
             ("1-800-MEDICARE", "Medicare"), ("1-800-232-4636", "the CDC info line")]

# ---------------------------------------------------------------- people
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Wood", "King", "Bell",
                 "Lane", "Cross", "Hunt", "Fox", "Gray", "Banks", "Rivers", "Price", "Long", "Strong",
                 "Church", "Little", "Moody", "Swift", "Frost", "Snow", "Ward", "Golden", "Rich", "Sharp",
                 "Black", "White", "Green", "Waters", "Marsh", "Field", "Brooks", "Wells", "Bishop"]
WORD_GIVEN = ["Hope", "Faith", "Grace", "Joy", "Summer", "Autumn", "Rose", "Lily", "Ivy", "Hunter",
              "Chase", "Mason", "Will", "Bill", "Pat", "Art", "Sunny", "Dawn", "Iris", "Amber", "Holly",
              "Misty", "Rusty", "Buck", "Sandy", "Crystal", "Destiny", "Major", "Royal", "Precious",
              "Honey", "Cash", "Skip", "Penny", "Ruby", "Pearl", "Jewel", "Faye", "Wade", "Drew"]
ROMAN_ASIAN = [("Minh", "Nguyen"), ("Thanh", "Tran"), ("Linh", "Pham"), ("Wei", "Chen"), ("Jun", "Wang"),
               ("Mei", "Lin"), ("Hyun-woo", "Kim"), ("Ji-young", "Lee"), ("Seo-yeon", "Choi"),
               ("Kenji", "Sato"), ("Yuki", "Nakamura"), ("Haruto", "Suzuki"), ("Priya", "Patel"),
               ("Rohan", "Shah"), ("Anjali", "Iyer"), ("Arjun", "Reddy"), ("Ravi", "Gupta"),
               ("Maricel", "Santos"), ("Jose Mari", "Reyes"), ("Lorna", "Bautista"), ("Duc", "Le"),
               ("Xiu", "Zhang"), ("Hao", "Liu"), ("Sun-hee", "Park"), ("Kazuo", "Yamamoto")]
_WG_F = {"Hope", "Faith", "Grace", "Joy", "Summer", "Autumn", "Rose", "Lily", "Ivy", "Dawn", "Iris", "Amber",
         "Holly", "Misty", "Sandy", "Crystal", "Destiny", "Precious", "Honey", "Penny", "Ruby", "Pearl", "Jewel", "Faye", "Sunny"}
_WG_U = {"Pat", "Drew"}
WORD_GIVEN_G = [(n, "F" if n in _WG_F else "U" if n in _WG_U else "M") for n in WORD_GIVEN]
_RA_F = {"Linh", "Mei", "Ji-young", "Seo-yeon", "Yuki", "Priya", "Anjali", "Maricel", "Lorna", "Xiu", "Sun-hee"}
_RA_U = {"Thanh"}
ROMAN_ASIAN_G = [(f, l, "F" if f in _RA_F else "U" if f in _RA_U else "M") for f, l in ROMAN_ASIAN]
US_NAME_LOCALES = ["en_US"] * 6 + ["es_MX", "en_GB", "it_IT", "pl_PL", "de_DE", "fr_FR", "en_IE", "pt_BR"]
NONLATIN_LOCALES = ["zh_CN", "ja_JP", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "uk_UA", "el_GR", "he_IL", "th_TH"]

# ---------------------------------------------------------------- US places (my own list)
US_CITIES = [
    ("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"),
    ("Albany", "NY", "122"), ("Macon", "GA", "312"), ("Spokane", "WA", "992"), ("Boise", "ID", "837"),
    ("El Paso", "TX", "799"), ("Laredo", "TX", "780"), ("Lubbock", "TX", "794"), ("Houston", "TX", "770"),
    ("Dayton", "OH", "454"), ("Akron", "OH", "443"), ("Flint", "MI", "485"), ("Lansing", "MI", "489"),
    ("Gary", "IN", "464"), ("Evansville", "IN", "477"), ("Peoria", "IL", "616"), ("Joliet", "IL", "604"),
    ("Madison", "WI", "537"), ("Green Bay", "WI", "543"), ("Duluth", "MN", "558"), ("Fargo", "ND", "581"),
    ("Sioux Falls", "SD", "571"), ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Joplin", "MO", "648"),
    ("Little Rock", "AR", "722"), ("Shreveport", "LA", "711"), ("Jackson", "MS", "392"), ("Mobile", "AL", "366"),
    ("Huntsville", "AL", "358"), ("Chattanooga", "TN", "374"), ("Knoxville", "TN", "379"), ("Lexington", "KY", "405"),
    ("Charleston", "WV", "253"), ("Roanoke", "VA", "240"), ("Norfolk", "VA", "235"), ("Durham", "NC", "277"),
    ("Asheville", "NC", "288"), ("Columbia", "SC", "292"), ("Savannah", "GA", "314"), ("Tallahassee", "FL", "323"),
    ("Gainesville", "FL", "326"), ("Hialeah", "FL", "330"), ("Ocala", "FL", "344"), ("Pensacola", "FL", "325"),
    ("Scranton", "PA", "185"), ("Erie", "PA", "165"), ("Allentown", "PA", "181"), ("Trenton", "NJ", "086"),
    ("Paterson", "NJ", "075"), ("Yonkers", "NY", "107"), ("Buffalo", "NY", "142"), ("Syracuse", "NY", "132"),
    ("Hartford", "CT", "061"), ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Providence", "RI", "029"),
    ("Manchester", "NH", "031"), ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Portland", "OR", "972"),
    ("Salem", "OR", "973"), ("Eugene", "OR", "974"), ("Tacoma", "WA", "984"), ("Reno", "NV", "895"),
    ("Henderson", "NV", "890"), ("Mesa", "AZ", "852"), ("Yuma", "AZ", "853"), ("Santa Fe", "NM", "875"),
    ("Las Cruces", "NM", "880"), ("Pueblo", "CO", "810"), ("Aurora", "CO", "800"), ("Provo", "UT", "846"),
    ("Ogden", "UT", "844"), ("Billings", "MT", "591"), ("Casper", "WY", "826"), ("Anchorage", "AK", "995"),
    ("Honolulu", "HI", "968"), ("Hilo", "HI", "967"), ("Stockton", "CA", "952"), ("Oxnard", "CA", "930"),
    ("Riverside", "CA", "925"), ("Chula Vista", "CA", "919"), ("Bakersfield", "CA", "933"), ("Cicero", "IL", "608"),
    ("Dover", "DE", "199"), ("Baltimore", "MD", "212"), ("Silver Spring", "MD", "209"), ("Washington", "DC", "200"),
    ("Bronx", "NY", "104"), ("Brooklyn", "NY", "112"), ("Cedar Rapids", "IA", "524"), ("Des Moines", "IA", "503"),
    ("Rochester", "MN", "559"), ("Toledo", "OH", "436"), ("Gulfport", "MS", "395"), ("Bangor", "ME", "044"),
]
STREET_BASES = ["Oak", "Maple", "Main", "Washington", "Lincoln", "Cedar", "Elm", "Pine", "Park", "Lake",
                "Hill", "Sunset", "Highland", "Jefferson", "Franklin", "Madison", "Church", "Walnut",
                "Chestnut", "Spring", "Ridge", "Meadow", "Willow", "Jackson", "Lakeview", "Forest",
                "Martin Luther King Jr", "Cesar Chavez", "River", "Mill", "Orchard", "Dogwood", "Magnolia",
                "Pecan", "Hickory", "Birch", "Sycamore", "Laurel", "Valley View", "Country Club",
                "Old Farm", "Quail Hollow", "Indian Creek", "Bay", "Harbor", "Prospect", "Grand",
                "Kingston", "Fairview", "Sherwood", "Brookside", "Cherry", "Poplar", "Rose", "Vine",
                "Wilson", "Taylor", "Adams", "Monroe", "Central", "Broad", "Market", "Division", "Elmwood"]
STREET_SUFFIX = ["St", "St", "Street", "Ave", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Blvd", "Ln",
                 "Lane", "Ct", "Way", "Pl", "Pkwy", "Cir", "Ter", "Trl", "Hwy"]
NUMBERED = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "12th", "14th", "21st",
            "23rd", "34th", "38th", "42nd", "55th", "61st", "72nd", "96th", "103rd", "125th"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West"]

# ---------------------------------------------------------------- international places (my own lists)
UK_CITIES = [("London", ["SW1A", "NW8", "E14", "SE15", "N7", "W4", "EC1V", "SW9"]), ("Manchester", ["M14", "M20", "M4"]),
             ("Leeds", ["LS6", "LS2", "LS11"]), ("Bristol", ["BS8", "BS3", "BS16"]), ("Glasgow", ["G12", "G41", "G3"]),
             ("Birmingham", ["B15", "B29", "B13"]), ("Cardiff", ["CF10", "CF24", "CF5"]), ("Edinburgh", ["EH3", "EH6", "EH10"]),
             ("Liverpool", ["L8", "L17", "L1"]), ("Sheffield", ["S10", "S7", "S11"]), ("Norwich", ["NR2", "NR4"]),
             ("Belfast", ["BT7", "BT9"]), ("Leicester", ["LE2", "LE3"]), ("Brighton", ["BN1", "BN2"])]
UK_STREETS = ["Abbey Road", "Victoria Road", "Station Road", "Church Lane", "Mill Lane", "Park Avenue",
              "Queen's Drive", "Clarendon Road", "Kingsway", "Grove Street", "Albert Terrace", "Manor Close",
              "The Crescent", "Ashfield Gardens", "Orchard Way", "Hollybush Lane", "High Street"]
DE_CITIES = [("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
             ("Stuttgart", "70"), ("Düsseldorf", "40"), ("Leipzig", "04"), ("Dresden", "01"), ("Hannover", "30"),
             ("Nürnberg", "90"), ("Bremen", "28"), ("Essen", "45"), ("Freiburg im Breisgau", "79")]
FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nice", "060"),
             ("Nantes", "440"), ("Strasbourg", "670"), ("Montpellier", "340"), ("Bordeaux", "330"), ("Lille", "590"),
             ("Rennes", "350"), ("Grenoble", "380")]
MX_PLACES = [("Ciudad de México", "CDMX", ["Roma Norte", "Del Valle", "Narvarte", "Coyoacán", "Polanco", "Doctores"], "0"),
             ("Guadalajara", "Jal.", ["Americana", "Providencia", "Chapalita"], "44"),
             ("Monterrey", "N.L.", ["Centro", "Mitras Centro", "Obispado"], "64"),
             ("Puebla", "Pue.", ["La Paz", "El Carmen", "Centro"], "72"),
             ("Oaxaca de Juárez", "Oax.", ["Reforma", "Centro"], "68"),
             ("Tijuana", "B.C.", ["Zona Río", "Otay"], "22"), ("Mérida", "Yuc.", ["García Ginerés", "Centro"], "97")]
BR_PLACES = [("São Paulo", "SP", ["Pinheiros", "Mooca", "Vila Mariana", "Santana"], "0"),
             ("Rio de Janeiro", "RJ", ["Tijuca", "Botafogo", "Copacabana"], "2"),
             ("Belo Horizonte", "MG", ["Savassi", "Funcionários"], "30"), ("Recife", "PE", ["Boa Viagem", "Casa Forte"], "5"),
             ("Salvador", "BA", ["Barra", "Pituba"], "4"), ("Curitiba", "PR", ["Batel", "Água Verde"], "80"),
             ("Porto Alegre", "RS", ["Moinhos de Vento", "Menino Deus"], "90")]
JP_PLACES = [("東京都", ["渋谷区神南", "世田谷区三軒茶屋", "新宿区西新宿", "杉並区阿佐谷南", "江東区豊洲"], "1"),
             ("大阪府", ["大阪市北区梅田", "大阪市天王寺区上本町", "堺市堺区"], "5"),
             ("神奈川県", ["横浜市中区山下町", "川崎市中原区小杉町"], "2"), ("福岡県", ["福岡市中央区天神"], "8"),
             ("北海道", ["札幌市中央区北一条西"], "0"), ("愛知県", ["名古屋市中区栄"], "4")]
JP_ROMAN = [("Shibuya-ku", "Tokyo", "150"), ("Setagaya-ku", "Tokyo", "154"), ("Kita-ku", "Osaka", "530"),
            ("Naka-ku", "Yokohama", "231"), ("Chuo-ku", "Fukuoka", "810"), ("Sakyo-ku", "Kyoto", "606")]
IN_PLACES = [("Pune", "Maharashtra", "411", ["Baner Road", "Koregaon Park", "Kothrud"]),
             ("Mumbai", "Maharashtra", "400", ["Andheri West", "Dadar East", "Powai"]),
             ("Bengaluru", "Karnataka", "560", ["Indiranagar", "Jayanagar 4th Block", "Whitefield"]),
             ("Chennai", "Tamil Nadu", "600", ["T. Nagar", "Anna Nagar", "Velachery"]),
             ("Hyderabad", "Telangana", "500", ["Banjara Hills", "Kukatpally", "Madhapur"]),
             ("New Delhi", "Delhi", "110", ["Lajpat Nagar", "Dwarka Sector 12", "Saket"]),
             ("Kochi", "Kerala", "682", ["Kadavanthra", "Edappally"]), ("Ahmedabad", "Gujarat", "380", ["Navrangpura", "Satellite"])]
IN_BUILDINGS = ["Sai Residency", "Shanti Apartments", "Green Park Society", "Lakshmi Nivas", "Sunrise Towers", "Om Heights"]
CA_PLACES = [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"),
             ("Calgary", "AB", "T"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B")]
IT_CITIES = [("Roma", "RM", "001"), ("Milano", "MI", "201"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
             ("Bologna", "BO", "401"), ("Palermo", "PA", "901"), ("Firenze", "FI", "501")]
ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Bilbao", "48"),
             ("Málaga", "29"), ("Zaragoza", "50")]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Leiden"]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Wrocław", "5"), ("Gdańsk", "80"), ("Poznań", "6"), ("Łódź", "9")]
PH_PLACES = [("Quezon City", "Metro Manila", "11"), ("Cebu City", "Cebu", "60"), ("Davao City", "Davao del Sur", "80"),
             ("Makati City", "Metro Manila", "12"), ("Iloilo City", "Iloilo", "50")]
CN_PLACES = ["北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区体育西路", "成都市武侯区人民南路", "杭州市西湖区文三路"]
KR_PLACES = ["서울특별시 강남구 테헤란로", "부산광역시 해운대구 해운대로", "서울특별시 송파구 올림픽로", "인천광역시 남동구 구월로"]
RU_PLACES = [("Москва", "ул. Тверская"), ("Санкт-Петербург", "Невский пр."), ("Казань", "ул. Баумана"), ("Новосибирск", "Красный пр.")]
AR_PLACES = ["الرياض", "جدة", "الدمام", "القاهرة", "عمّان", "دبي"]
INTL_CITIES_ALONE = ["Manila", "Lagos", "Mumbai", "Karachi", "Dhaka", "Lima", "Bogotá", "Guadalajara", "Kyiv",
                     "Warsaw", "Hanoi", "Ho Chi Minh City", "Seoul", "Osaka", "Taipei", "Nairobi", "Accra",
                     "San Juan de Lurigancho", "Puebla", "Santo Domingo", "Port-au-Prince", "Kingston",
                     "Toronto", "Vancouver", "Glasgow", "Dublin", "Lisbon", "Porto", "Naples", "Cairo",
                     "Istanbul", "Tehran", "Beirut", "Amman", "Addis Ababa", "Kathmandu", "Cebu", "Recife",
                     "東京", "서울", "北京", "Москва", "القاهرة", "मुंबई"]

AREA_CODES = """201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231 234 239 240
248 251 252 253 254 256 260 262 267 269 270 276 281 301 302 303 304 305 307 308 309 310 312 313 314 315 316 317 318
319 320 321 323 325 330 334 336 337 339 347 351 352 360 361 385 386 401 402 404 405 406 407 408 409 410 412 413 414
415 417 419 423 424 425 430 432 434 435 440 443 458 469 470 475 478 479 480 484 501 502 503 504 505 507 508 509 510
512 513 515 516 517 518 520 530 531 534 539 540 541 551 559 561 562 563 567 570 571 573 574 575 580 585 586 601 602
603 605 606 607 608 609 610 612 614 615 616 617 618 619 620 623 626 630 631 636 641 646 650 651 657 660 661 662 667
669 678 681 682 701 702 703 704 706 707 708 712 713 714 715 716 717 718 719 720 724 725 727 731 732 734 737 740 747
754 757 760 762 763 765 769 770 772 773 774 775 779 781 785 786 801 802 803 804 805 806 808 810 812 813 814 815 816
817 818 828 830 831 832 843 845 847 848 850 856 857 858 859 860 862 863 864 865 870 872 878 901 903 904 906 907 908
909 910 912 913 914 915 916 917 918 919 920 925 928 929 931 936 937 938 940 941 947 949 951 952 954 956 959 970 971
972 973 978 979 980 984 985 989""".split()
IBAN_LOCALES = ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_PT", "nl_BE", "de_AT",
                "de_CH", "en_IE", "tr_TR", "fi_FI", "da_DK", "no_NO", "cs_CZ", "el_GR", "ro_RO"]
EMAIL_DOMAINS = ["gmail.com"] * 6 + ["yahoo.com"] * 2 + ["hotmail.com", "outlook.com", "aol.com", "icloud.com",
                 "comcast.net", "att.net", "sbcglobal.net", "verizon.net", "charter.net", "protonmail.com",
                 "msn.com", "live.com", "me.com", "bellsouth.net", "cox.net", "earthlink.net"]
INTL_EMAIL_DOMAINS = ["gmail.com", "gmx.de", "web.de", "orange.fr", "free.fr", "libero.it", "yahoo.co.uk",
                      "btinternet.com", "hotmail.es", "uol.com.br", "yahoo.co.jp", "naver.com", "qq.com",
                      "163.com", "rediffmail.com", "mail.ru", "wp.pl", "yandex.ru", "outlook.com", "ziggo.nl"]


TRANSLIT = {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "œ": "oe", "þ": "th", "ð": "d",
            "Ł": "L", "Đ": "D", "Ø": "O", "Æ": "AE"}


def _strip_accents_lower(s):
    import unicodedata
    s = "".join(TRANSLIT.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self._fk = {}
        self.seed = seed

    def fk(self, loc):
        if loc not in self._fk:
            f = Faker(loc)
            f.seed_instance(self.seed + len(self._fk) * 7919)
            self._fk[loc] = f
        return self._fk[loc]

    # --- basic helpers
    def choice(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # --- keep words
    def drug(self): return self.choice(DRUGS)
    def cond(self): return self.choice(CONDITIONS)
    def lab(self): return self.choice(LABS)
    def body(self): return self.choice(BODY)
    def contraction(self): return self.choice(CONTRACTIONS)
    def weekday(self): return self.choice(WEEKDAYS)
    def month(self): return self.choice(MONTHS)
    def relation(self): return self.choice(RELATIONS)
    def org(self): return self.choice(ORGS)
    def group(self): return self.choice(GROUPS)
    def helpline(self): return self.choice(HELPLINES)

    # --- names
    def _latin_name(self, loc, gender=None):
        f = self.fk(loc)
        if gender == "M":
            first = f.first_name_male()
        elif gender == "F":
            first = f.first_name_female()
        else:
            first = f.first_name()
        last = f.last_name()
        return " ".join(first.split()), " ".join(last.split())

    def gender(self):
        return self.choice("MF")

    def person(self, kind="US", gender=None):
        """Return (first, last) in Latin script for a US context; kind='INTL' may give other
        locales; kind='word' forces a surname or given name that is an English word.
        gender 'M'/'F' makes the given name fit a relation word (my sister, my father ...)."""
        r = self.r.random()
        if kind == "word" or (kind == "US" and r < 0.16):
            if self.chance(0.6):
                return self._latin_name("en_US", gender)[0], self.choice(WORD_SURNAMES)
            pool = [n for n, gd in WORD_GIVEN_G if gender is None or gd in (gender, "U")]
            return self.choice(pool), self._latin_name("en_US")[1]
        if kind == "US" and r < 0.30:
            pool = [(f, l) for f, l, gd in ROMAN_ASIAN_G if gender is None or gd in (gender, "U")]
            return self.choice(pool)
        if kind == "US":
            return self._latin_name(self.choice(US_NAME_LOCALES), gender)
        loc = self.choice(["en_GB", "fr_FR", "de_DE", "es_MX", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL",
                           "tr_TR", "vi_VN", "fil_PH", "en_IN", "en_IE", "en_AU", "cs_CZ"])
        return self._latin_name(loc, gender)

    def nonlatin_name(self, loc=None):
        loc = loc or self.choice(NONLATIN_LOCALES)
        f = self.fk(loc)
        for _ in range(20):
            n = f.name()
            # drop honorific prefixes Faker sometimes adds (e.g. Arabic "الأستاذ", Thai "นาย")
            parts = n.split()
            if loc in ("ar_SA",) and len(parts) > 2 and parts[0] in ("الأستاذ", "الدكتور", "السيد", "السيدة", "الآنسة", "الدكتورة", "الأستاذة"):
                n = " ".join(parts[1:])
            if loc == "th_TH":
                for pre in ("นาย", "นางสาว", "นาง", "ด.ช.", "ด.ญ."):
                    if n.startswith(pre):
                        n = n[len(pre):].strip()
            if loc == "el_GR" and n.split()[0].endswith("."):
                continue
            if loc == "hi_IN":
                if len(parts) > 2 and parts[0] in ("संमानित", "श्रीमान", "श्रीमती", "डॉ.", "कुमारी", "श्री", "माननीय", "आदरवाचक"):
                    parts = parts[1:]
                if len(parts) > 1 and parts[-1].endswith("जी") and len(parts[-1]) > 4:
                    parts[-1] = parts[-1][:-2]
                n = " ".join(parts)
            if not any(c.isascii() and c.isalpha() for c in n):
                return n, loc
        return n, loc

    def full(self, kind="US", middle=False):
        first, last = self.person(kind)
        if middle and self.chance(0.5):
            return f"{first} {self.r.choice(string.ascii_uppercase)}. {last}"
        return f"{first} {last}"

    # --- US places
    def us_city(self):
        return self.choice(US_CITIES)

    def zip_for(self, prefix, plus4=None):
        z = prefix + self.digits(5 - len(prefix))
        if plus4 or (plus4 is None and self.chance(0.15)):
            z += "-" + self.digits(4)
        return z

    def us_street(self):
        num = str(self.r.choice([self.r.randint(1, 99), self.r.randint(100, 999), self.r.randint(1000, 9999),
                                 self.r.randint(10000, 29999)]))
        r = self.r.random()
        if r < 0.18:
            base = f"{self.choice(DIRS)} {self.choice(STREET_BASES)} {self.choice(STREET_SUFFIX)}"
        elif r < 0.30:
            base = f"{self.choice(DIRS[:4])} {self.choice(NUMBERED)} {self.choice(['St', 'Ave', 'Street', 'Pl'])}"
        elif r < 0.40:
            base = f"{self.fk('en_US').last_name()} {self.choice(STREET_SUFFIX)}"
        elif r < 0.45:
            base = f"County Road {self.r.randint(2, 400)}"
        elif r < 0.48:
            base = f"State Route {self.r.randint(2, 300)}"
        else:
            base = f"{self.choice(STREET_BASES)} {self.choice(STREET_SUFFIX)}"
        return f"{num} {base}"

    def unit(self):
        n = self.r.randint(1, 40)
        letter = self.choice(["", "", "A", "B", "C", "D", "F", "R"])
        return self.choice([f"Apt {n}{letter}", f"Apt. {n}{letter}", f"Suite {self.r.randint(100, 950)}",
                            f"#{n}", f"Unit {n}{letter}", f"Apt #{n}", f"Ste {self.r.randint(100, 450)}",
                            f"Lot {n}", f"Rm {self.r.randint(100, 420)}", f"Fl {self.r.randint(2, 9)}",
                            f"Bldg {self.choice('ABCDEFG')} Apt {n}"])

    def us_address(self, kind=None, lines=None):
        """A whole US address as one string (one line or several)."""
        kind = kind or self.choice(["street"] * 9 + ["pobox", "military", "rural"])
        city, st, zp = self.us_city()
        zipc = self.zip_for(zp)
        if lines is None:
            lines = self.chance(0.3)
        if kind == "pobox":
            head = self.choice([f"PO Box {self.r.randint(1, 9999)}", f"P.O. Box {self.r.randint(1, 9999)}",
                                f"Post Office Box {self.r.randint(1, 3999)}"])
        elif kind == "rural":
            head = self.choice([f"RR {self.r.randint(1, 9)} Box {self.r.randint(1, 299)}",
                                f"Rural Route {self.r.randint(1, 6)}, Box {self.r.randint(1, 199)}{self.choice(['', 'A', 'B'])}",
                                f"HC {self.r.randint(60, 80)} Box {self.r.randint(10, 999)}"])
        elif kind == "military":
            f = self.fk("en_US")
            kindm = self.choice(["apo", "dpo", "ship", "fpo"])
            if kindm == "apo":
                s = f"{self.choice(['PSC', 'CMR', 'Unit'])} {self.r.randint(1000, 9999)}, Box {self.r.randint(100, 9999)}"
                tail = f"APO {self.choice(['AE', 'AP', 'AA'])} {self.choice(['09', '96', '34'])}{self.digits(3)}"
            elif kindm == "dpo":
                s = f"Unit {self.r.randint(1000, 9999)} Box {self.r.randint(100, 9999)}"
                tail = f"DPO {self.choice(['AE', 'AP', 'AA'])} {self.choice(['09', '96', '34'])}{self.digits(3)}"
            elif kindm == "fpo":
                s = f"PSC {self.r.randint(100, 9999)}, Box {self.r.randint(1, 999)}"
                tail = f"FPO {self.choice(['AE', 'AP'])} {self.choice(['09', '96'])}{self.digits(3)}"
            else:
                s = self.choice(["USS", "USNS"]) + " " + self.choice(["Nimitz", "Ronald Reagan", "Comfort", "Mercy", "Bataan", "Kearsarge", "Carl Vinson"])
                tail = f"FPO {self.choice(['AE', 'AP'])} {self.choice(['09', '96'])}{self.digits(3)}"
            if self.chance(0.2):
                tail += "-" + self.digits(4)
            return s + ("\n" if lines else ", ") + tail
        else:
            head = self.us_street()
            if self.chance(0.45):
                head += self.choice([" ", ", "]) + self.unit()
        sep = "\n" if lines else self.choice([", ", ", ", " "])
        tail = self.choice([f"{city}, {st} {zipc}", f"{city}, {st} {zipc}", f"{city} {st} {zipc}",
                            f"{city}, {st}  {zipc}", f"{city}, {self.state_name(st)} {zipc}"])
        return head + sep + tail

    def state_name(self, st):
        names = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CA": "California", "NY": "New York", "FL": "Florida",
                 "GA": "Georgia", "PA": "Pennsylvania", "MI": "Michigan", "WA": "Washington", "NC": "North Carolina"}
        return names.get(st, st)

    def city_state(self):
        city, st, zp = self.us_city()
        return self.choice([f"{city}, {st}", f"{city} {st}", f"{city}, {st} {self.zip_for(zp, False)}"])

    def us_city_alone(self):
        return self.us_city()[0]

    # --- international places
    def uk_postcode(self, outward):
        return f"{outward} {self.r.randint(1, 9)}{self.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def intl_address(self, country=None):
        c = country or self.choice(["UK", "UK", "DE", "FR", "MX", "MX", "BR", "JP", "JPR", "IN", "IN", "CA", "IT",
                                    "ES", "NL", "PL", "PH", "CN", "KR", "RU", "IE", "AU"])
        r, n = self.r, self.r.randint
        if c == "UK":
            city, outs = self.choice(UK_CITIES)
            pre = self.choice(["", "", f"Flat {n(1, 20)}, ", f"{n(1, 9)}{self.choice('ABC')} "])
            return c, f"{pre}{n(1, 240)} {self.choice(UK_STREETS)}, {city} {self.uk_postcode(self.choice(outs))}"
        if c == "IE":
            return c, f"{n(1, 120)} {self.choice(['Griffith Avenue', 'Rathmines Road Lower', 'Main Street', 'Patrick Street'])}, {self.choice(['Dublin 9', 'Dublin 6', 'Cork', 'Galway'])}, {self.choice('ADTHKW')}{n(10, 99)} {self.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}{self.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}"
        if c == "DE":
            city, pz = self.choice(DE_CITIES)
            street = self.fk("de_DE").street_name()
            return c, f"{street} {n(1, 140)}{self.choice(['', '', 'a', 'b'])}, {pz}{self.digits(3)} {city}"
        if c == "FR":
            city, pz = self.choice(FR_CITIES)
            st = self.fk("fr_FR").street_name()
            cp = (pz + self.digits(5 - len(pz)))
            extra = self.choice(["", "", f", Bât. {self.choice('ABC')}", f", appt {n(1, 60)}"])
            return c, f"{n(1, 150)} {st}{extra}, {cp} {city}"
        if c == "MX":
            city, st, cols, pz = self.choice(MX_PLACES)
            street = self.fk("es_MX").street_name()
            cp = pz + self.digits(5 - len(pz))
            return c, self.choice([f"{street} {n(1, 2400)}, Col. {self.choice(cols)}, {cp} {city}, {st}",
                                   f"{street} #{n(1, 999)} Int. {n(1, 12)}, Col. {self.choice(cols)}, C.P. {cp}, {city}, {st}"])
        if c == "BR":
            city, uf, bairros, pz = self.choice(BR_PLACES)
            cep = pz + self.digits(5 - len(pz)) + "-" + self.digits(3)
            street = self.choice(["Rua", "Av.", "Avenida", "Rua"]) + " " + self.fk("pt_BR").name().split(" ", 1)[-1]
            return c, f"{street}, {n(10, 3000)}{self.choice(['', f', apto {n(11, 204)}', f' - casa {n(1, 9)}'])}, {self.choice(bairros)}, {city} - {uf}, {cep}"
        if c == "JP":
            pref, areas, pz = self.choice(JP_PLACES)
            return c, f"〒{pz}{self.digits(2)}-{self.digits(4)} {pref}{self.choice(areas)}{n(1, 5)}-{n(1, 30)}-{n(1, 20)}"
        if c == "JPR":
            ward, city, pz = self.choice(JP_ROMAN)
            return "JP", f"{n(1, 5)}-{n(1, 30)}-{n(1, 20)} {self.choice(['Jingumae', 'Sangenjaya', 'Umeda', 'Yamashitacho', 'Tenjin', 'Shimogamo'])}, {ward}, {city} {pz}-{self.digits(4)}, Japan"
        if c == "IN":
            city, state, pz, areas = self.choice(IN_PLACES)
            return c, f"{self.choice(['Flat', 'House No.', 'Plot'])} {n(1, 804)}, {self.choice(IN_BUILDINGS)}, {self.choice(areas)}, {city}, {state} {pz}{self.digits(3)}"
        if c == "CA":
            city, prov, fsa = self.choice(CA_PLACES)
            pc = f"{fsa}{n(1, 9)}{self.choice('ABCEGHJKLMNPRSTVXY')} {n(1, 9)}{self.choice('ABCEGHJKLMNPRSTVWXYZ')}{n(0, 9)}"
            return c, f"{n(10, 9999)} {self.fk('en_CA').last_name()} {self.choice(['St', 'Ave', 'Crescent', 'Rd', 'Blvd'])}{self.choice(['', f' Unit {n(1, 30)}', f', Apt {n(100, 2400)}'])}, {city}, {prov} {pc}"
        if c == "IT":
            city, prov, cap = self.choice(IT_CITIES)
            return c, f"{self.fk('it_IT').street_name()} {n(1, 180)}, {cap}{self.digits(2)} {city} {prov}"
        if c == "ES":
            city, cp = self.choice(ES_CITIES)
            return c, f"{self.fk('es_ES').street_name()}, {n(1, 200)}, {n(1, 9)}º {self.choice('ABCD')}, {cp}{self.digits(3)} {city}"
        if c == "NL":
            return c, f"{self.fk('nl_NL').street_name()} {n(1, 300)}, {n(1000, 9999)} {self.choice(string.ascii_uppercase)}{self.choice(string.ascii_uppercase)} {self.choice(NL_CITIES)}"
        if c == "PL":
            city, pz = self.choice(PL_CITIES)
            code = pz + self.digits(2 - len(pz)) if len(pz) < 2 else pz
            return c, f"ul. {self.fk('pl_PL').street_name().replace('ul. ', '')} {n(1, 120)}/{n(1, 40)}, {code}-{self.digits(3)} {city}"
        if c == "PH":
            city, prov, pz = self.choice(PH_PLACES)
            return c, f"{n(1, 999)} {self.choice(['Mabini St', 'Rizal Ave', 'Katipunan Ave', 'Del Pilar St', 'Osmeña Blvd'])}, Brgy. {self.choice(['San Roque', 'Poblacion', 'Santo Niño', 'Bagong Silang'])}, {city}, {prov} {pz}{self.digits(2)}"
        if c == "CN":
            return c, f"{self.choice(CN_PLACES)}{n(1, 300)}号{n(1, 30)}栋{n(101, 2804)}室"
        if c == "KR":
            return c, f"{self.choice(KR_PLACES)} {n(1, 500)}, {n(101, 120)}동 {n(101, 2504)}호"
        if c == "RU":
            city, st = self.choice(RU_PLACES)
            return c, f"{st}, д. {n(1, 120)}, кв. {n(1, 300)}, {city}, {n(101000, 199999)}"
        if c == "AU":
            return c, f"{n(1, 300)} {self.choice(['Victoria St', 'George St', 'Bourke Rd', 'Beach Rd'])}, {self.choice(['Richmond VIC 3121', 'Surry Hills NSW 2010', 'Fremantle WA 6160', 'West End QLD 4101'])}"
        raise ValueError(c)

    def intl_city(self):
        return self.choice(INTL_CITIES_ALONE)

    NATIVE_PLACES = {
        "ar_SA": ("SA", lambda g: f"{g.choice(['حي', 'شارع'])} {g.choice(['الملك فهد', 'النخيل', 'العليا', 'الزهراء'])} {g.r.randint(1, 90)}، {g.choice(['الرياض', 'جدة', 'الدمام'])} {g.r.randint(11000, 34999)}"),
        "hi_IN": ("IN", lambda g: f"{g.r.randint(1, 300)}, {g.choice(['गांधी नगर', 'राजेंद्र नगर', 'शास्त्री नगर'])}, {g.choice(['लखनऊ', 'जयपुर', 'पटना', 'भोपाल'])} {g.r.randint(110001, 852999)}"),
        "uk_UA": ("UA", lambda g: f"вул. {g.choice(['Хрещатик', 'Шевченка', 'Франка', 'Грушевського'])}, {g.r.randint(1, 120)}, кв. {g.r.randint(1, 200)}, {g.choice(['Київ', 'Львів', 'Одеса', 'Харків'])}, {g.r.randint(1001, 79999):05d}"),
        "el_GR": ("GR", lambda g: f"Οδός {g.choice(['Ερμού', 'Πατησίων', 'Αθηνάς', 'Σταδίου'])} {g.r.randint(1, 200)}, {g.r.randint(100, 199)} {g.r.randint(10, 99)} {g.choice(['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα'])}"),
        "he_IL": ("IL", lambda g: f"רחוב {g.choice(['הרצל', 'בן יהודה', 'ויצמן', 'דיזנגוף'])} {g.r.randint(1, 150)}, {g.choice(['תל אביב', 'חיפה', 'ירושלים'])}"),
        "th_TH": ("TH", lambda g: f"{g.r.randint(1, 999)}/{g.r.randint(1, 99)} ถนน{g.choice(['สุขุมวิท', 'พหลโยธิน', 'เพชรบุรี'])} {g.choice(['กรุงเทพมหานคร', 'เชียงใหม่'])} {g.r.randint(10100, 50300)}"),
    }

    def native_person(self):
        """A person abroad written in a non-Latin script other than CJK/Cyrillic-Russian:
        name, home address and phone from the same country."""
        loc = self.choice(list(self.NATIVE_PLACES))
        country, place = self.NATIVE_PLACES[loc]
        n, _ = self.nonlatin_name(loc)
        _, phone = self.intl_phone(country)
        return {"country": country, "full": n, "addr": place(self), "phone": phone, "native": True}

    def nonlatin_place(self):
        c = self.choice(["JP", "CN", "KR", "RU", "AR"])
        if c == "AR":
            return f"{self.choice(['حي', 'شارع'])} {self.choice(['الملك فهد', 'النخيل', 'العليا', 'الزهراء'])}، {self.choice(AR_PLACES)}"
        return self.intl_address(c)[1]

    # --- phones
    def area(self):
        if self.chance(0.9):
            return self.choice(AREA_CODES)
        while True:
            a = f"{self.r.randint(2, 9)}{self.r.randint(0, 9)}{self.r.randint(0, 9)}"
            if a[1:] != "11" and a not in ("800", "888", "877", "866", "855", "844", "833", "900", "555"):
                return a

    def us_phone(self, ext=None, fmt=None, fiction=None):
        a = self.area()
        ex = "555" if (fiction if fiction is not None else self.chance(0.25)) else f"{self.r.randint(2, 9)}{self.digits(2)}"
        if ex[1:] == "11":
            ex = "4" + ex[1:2] + "7"
        ln = self.digits(4)
        fmts = ["({a}) {e}-{l}", "({a}) {e}-{l}", "{a}-{e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}",
                "+1 {a} {e} {l}", "1-{a}-{e}-{l}", "001-{a}-{e}-{l}", "{a} {e} {l}", "+1 ({a}) {e}-{l}",
                "+1-{a}-{e}-{l}", "({a}){e}-{l}", "1 ({a}) {e}-{l}", "+1{a}{e}{l}", "{a}/{e}-{l}"]
        s = (fmt or self.choice(fmts)).format(a=a, e=ex, l=ln)
        if ext or (ext is None and self.chance(0.12)):
            s += self.choice([f" x{self.r.randint(1, 9999)}", f" ext. {self.r.randint(1, 999)}", f" extension {self.r.randint(1, 99)}",
                              f" ext {self.r.randint(100, 9999)}", f" x {self.r.randint(10, 999)}", f",{self.r.randint(1, 9)}"])
        return s

    def vanity(self, word=None):
        word = word or self.choice(["FLOWERS", "PLUMBER", "GO-RIDES", "CLEAN-4U", "HAUL-ALL", "CAKES-4U", "TAXI-NOW",
                                    "FIXIT4U", "LAWYERS", "PET-SITS", "CARE-NOW", "MOVE-NOW", "SEW-FAST"])
        tf = self.choice(["800", "888", "877", "866", "855"])
        return self.choice([f"1-{tf}-{word}", f"{tf}-{word}", f"1 ({tf}) {word}", f"({self.area()}) {self.r.randint(2, 9)}{self.digits(2)}-{word[:4]}"])

    def intl_phone(self, c=None):
        c = c or self.choice(["UK", "UK", "DE", "FR", "MX", "MX", "BR", "IN", "IN", "JP", "ES", "IT", "NL", "PL",
                              "KR", "CN", "PH", "PH", "AU", "IE", "NG", "VN", "RU", "TR", "SA"])
        d, n = self.digits, self.r.randint
        opts = {
            "UK": [f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}",
                   f"0161 {d(3)} {d(4)}", f"+44 (0)113 {d(3)} {d(4)}", f"+447{d(9)}"],
            "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 171 {d(7)}", f"0171 {d(7)}", f"+49 (0)89 {d(3)} {d(4)}", f"0221/{d(6)}"],
            "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+33 (0)4 {d(2)} {d(2)} {d(2)} {d(2)}"],
            "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}", f"+52 (222) {d(3)} {d(4)}"],
            "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+55 (21) 9{d(4)}-{d(4)}", f"(81) 3{d(3)}-{d(4)}"],
            "IN": [f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"+91-22-{d(4)}-{d(4)}", f"+91 80 {d(4)} {d(4)}", f"9{d(9)}", f"+91 7{d(4)}-{d(5)}"],
            "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}"],
            "ES": [f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"],
            "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"],
            "NL": [f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}", f"010 {d(3)} {d(4)}"],
            "PL": [f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 6{d(2)} {d(3)} {d(3)}", f"5{d(2)} {d(3)} {d(3)}"],
            "KR": [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"],
            "CN": [f"+86 13{d(1)} {d(4)} {d(4)}", f"13{d(1)}{d(8)}", f"+86 10 {d(4)} {d(4)}", f"(021) {d(4)}-{d(4)}"],
            "PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}", f"0998-{d(3)}-{d(4)}", f"+639{d(9)}"],
            "AU": [f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}"],
            "IE": [f"+353 1 {d(3)} {d(4)}", f"08{n(3, 9)} {d(3)} {d(4)}", f"+353 8{n(3, 9)} {d(3)} {d(4)}"],
            "NG": [f"+234 80{d(1)} {d(3)} {d(4)}", f"080{d(1)} {d(3)} {d(4)}"],
            "VN": [f"+84 9{d(1)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(3)}"],
            "RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"+7 495 {d(3)}-{d(2)}-{d(2)}"],
            "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"],
            "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"],
            "UA": [f"+380 {self.choice(['50', '67', '44'])} {d(3)} {d(2)} {d(2)}", f"0{self.choice(['50', '67'])} {d(3)} {d(4)}"],
            "GR": [f"+30 21{d(1)} {d(3)} {d(4)}", f"69{d(1)} {d(3)} {d(4)}"],
            "IL": [f"+972 5{d(1)}-{d(3)}-{d(4)}", f"05{d(1)}-{d(3)}-{d(4)}"],
            "TH": [f"+66 8{d(1)} {d(3)} {d(4)}", f"08{d(1)}-{d(3)}-{d(4)}"],
            "CA": [f"+1 {self.choice(['416', '647', '613', '514', '604', '403', '204', '902'])} {n(2, 9)}{d(2)} {d(4)}",
                   f"({self.choice(['416', '647', '613', '514', '604', '403', '204', '902'])}) {n(2, 9)}{d(2)}-{d(4)}"],
        }
        return c, self.choice(opts[c])

    # --- email / url
    def _handle(self, first, last):
        f, l = _strip_accents_lower(first).replace(" ", "").replace("'", ""), _strip_accents_lower(last).replace(" ", "").replace("'", "")
        f = "".join(ch for ch in f if ch.isalnum() or ch == "-")
        l = "".join(ch for ch in l if ch.isalnum() or ch == "-")
        yr = str(self.r.randint(40, 99)) if self.chance(0.5) else str(self.r.randint(1, 999))
        return self.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{yr}", f"{f}_{l}", f"{l}.{f}",
                            f"{f}{l[0]}{yr}", f"{f[0]}.{l}", f"{f}{yr}", f"{l}{f[0]}{yr}",
                            f"{self.choice(['nana', 'papa', 'mama', 'grandma', 'big', 'lil', 'mrs', 'coach', 'nurse'])}{f}{yr}"])

    def email(self, first, last, intl=False):
        dom = self.choice(INTL_EMAIL_DOMAINS if intl else EMAIL_DOMAINS)
        if not intl and self.chance(0.12):
            dom = self.choice([f"{_strip_accents_lower(last)}law.com", f"{_strip_accents_lower(last)}family.net",
                               "stmarys.org", "uhhospitals.org", "county.gov", "k12.oh.us", "lakesidehomecare.com",
                               "med.umich.edu", "state.tx.us", "fastmail.com"])
            dom = "".join(ch for ch in dom if ch.isascii())
        return f"{self._handle(first, last)}@{dom}"

    def url(self, first, last, kind=None):
        f, l = _strip_accents_lower(first).replace(" ", "-"), _strip_accents_lower(last).replace(" ", "-")
        f = "".join(ch for ch in f if ch.isascii() and (ch.isalnum() or ch == "-"))
        l = "".join(ch for ch in l if ch.isascii() and (ch.isalnum() or ch == "-"))
        opts = [f"https://www.linkedin.com/in/{f}-{l}-{self.r.randint(1, 9)}{self.digits(2)}a{self.digits(2)}",
                f"linkedin.com/in/{f}{l}", f"https://www.facebook.com/{f}.{l}.{self.r.randint(1, 99)}",
                f"facebook.com/{f}{l}", f"https://www.instagram.com/{f}_{l}/", f"instagram.com/{f}.{l}{self.r.randint(1, 99)}",
                f"https://www.caringbridge.org/visit/{f}{l}", f"caringbridge.org/visit/{f}{l}{self.r.randint(1, 9)}",
                f"https://www.gofundme.com/f/help-{f}-{l}-{self.choice(['recover', 'with-medical-bills', 'fight-cancer', 'get-home', 'beat-als'])}",
                f"gofundme.com/f/{f}-{l}-medical-fund", f"https://{f}{l}.com", f"www.{f}{l}.net", f"http://{f}-{l}.photography",
                f"https://twitter.com/{f}{l[0]}{self.digits(2)}", f"https://x.com/{f}_{l}", f"https://www.tiktok.com/@{f}.{l}",
                f"https://{f}{l}.wordpress.com", f"https://sites.google.com/view/{f}-{l}", f"https://{l}{f[0]}.substack.com",
                f"https://www.mealtrain.com/trains/{l}-{f}", f"https://lotsahelpinghands.com/c/{self.digits(6)}-{f}-{l}",
                f"https://www.legacy.com/us/obituaries/name/{f}-{l}-obituary?id={self.digits(8)}",
                f"youtube.com/@{f}{l}", f"https://venmo.com/u/{f.capitalize()}-{l.capitalize()}-{self.digits(1)}"]
        fund = [o for o in opts if any(w in o for w in ("gofundme", "caringbridge", "mealtrain", "lotsahelping", "legacy.com", "venmo"))]
        if kind == "fund":
            return self.choice(fund)
        if kind == "meal":
            return self.choice([o for o in opts if "mealtrain" in o or "lotsahelping" in o])
        if kind in ("caringbridge", "gofundme", "venmo"):
            return self.choice([o for o in opts if kind in o])
        if kind == "social":
            return self.choice([o for o in opts if o not in fund])
        return self.choice(opts)

    # --- one consistent person abroad: name, address and phone from the same country
    COUNTRY_LOCALE = {"UK": "en_GB", "IE": "en_IE", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "BR": "pt_BR",
                      "JP": "ja_JP", "IN": "en_IN", "CA": "en_CA", "IT": "it_IT", "ES": "es_ES", "NL": "nl_NL",
                      "PL": "pl_PL", "PH": "fil_PH", "CN": "zh_CN", "KR": "ko_KR", "RU": "ru_RU", "AU": "en_AU"}
    KR_ROMAN = [("Min-jun", "Kim"), ("Seo-yeon", "Lee"), ("Ji-ho", "Park"), ("Ha-eun", "Choi"), ("Do-yun", "Jung"),
                ("Soo-ah", "Kang"), ("Jae-won", "Yoon"), ("Eun-ji", "Han")]
    RU_ROMAN = [("Irina", "Volkova", "F"), ("Dmitri", "Sokolov", "M"), ("Olga", "Petrova", "F"), ("Sergei", "Ivanov", "M"),
                ("Natalia", "Smirnova", "F"), ("Alexei", "Kuznetsov", "M"), ("Tatiana", "Morozova", "F")]

    CITY_BY_COUNTRY = {"UK": [c for c, _ in UK_CITIES], "DE": [c for c, _ in DE_CITIES], "FR": [c for c, _ in FR_CITIES],
                       "MX": [c[0] for c in MX_PLACES], "BR": [c[0] for c in BR_PLACES], "JP": ["Tokyo", "Osaka", "Yokohama", "Fukuoka", "Sapporo", "Nagoya", "東京", "大阪"],
                       "IN": [c[0] for c in IN_PLACES], "CA": [c[0] for c in CA_PLACES], "IT": [c[0] for c in IT_CITIES],
                       "ES": [c[0] for c in ES_CITIES], "NL": NL_CITIES, "PL": [c[0] for c in PL_CITIES],
                       "PH": [c[0] for c in PH_PLACES] + ["Manila", "Cebu"], "CN": ["Beijing", "Shanghai", "Guangzhou", "Chengdu", "北京", "上海"],
                       "KR": ["Seoul", "Busan", "Incheon", "서울", "부산"], "RU": ["Moscow", "Kazan", "Москва", "Санкт-Петербург"],
                       "IE": ["Dublin", "Cork", "Galway", "Limerick"], "AU": ["Melbourne", "Sydney", "Brisbane", "Perth"]}
    IBAN_BY_COUNTRY = {"UK": "en_GB", "DE": "de_DE", "FR": "fr_FR", "IT": "it_IT", "ES": "es_ES", "NL": "nl_NL",
                       "PL": "pl_PL", "IE": "en_IE", "BR": "pt_BR", "PT": "pt_PT", "TR": "tr_TR"}

    def city_in(self, country):
        return self.choice(self.CITY_BY_COUNTRY[country])

    def abroad(self, country=None, native=None, gender=None):
        c = country or self.choice(["UK", "UK", "DE", "FR", "MX", "MX", "BR", "JP", "IN", "IN", "CA", "IT", "ES",
                                    "NL", "PL", "PH", "PH", "CN", "KR", "RU", "IE", "AU"])
        loc = self.COUNTRY_LOCALE[c]
        if native is None:
            native = c in ("JP", "CN", "KR", "RU") and self.chance(0.5)
        f = self.fk(loc)
        if c == "JP" and not native:
            first = {"M": f.first_romanized_name_male, "F": f.first_romanized_name_female}.get(gender, f.first_romanized_name)()
            last = f.last_romanized_name()
        elif c == "CN" and not native:
            first, last = f.first_romanized_name(), f.last_romanized_name()
        elif c == "KR" and not native:
            first, last = self.choice(self.KR_ROMAN)
        elif c == "RU" and not native:
            first, last = self.choice([x for x in self.RU_ROMAN if gender is None or x[2] == gender])[:2]
        else:
            first, last = self._latin_name(loc, gender)
        if c == "JP":
            _, addr = self.intl_address("JP" if native else "JPR")
        else:
            _, addr = self.intl_address(c)
        _, phone = self.intl_phone(c)
        if native and c == "RU" and gender:
            first = f.first_name_male() if gender == "M" else f.first_name_female()
            last = f.last_name_male() if gender == "M" else f.last_name_female()
        full = f"{last} {first}" if native and c == "JP" else f"{last}{first}" if native and c in ("CN", "KR") else f"{first} {last}"
        return {"country": c, "first": first, "last": last, "full": full, "addr": addr, "phone": phone,
                "native": native}

    # --- numbers
    def ssn(self, fmt=None):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        A, G, S = f"{a:03d}", f"{g:02d}", f"{s:04d}"
        fmts = ["{A}-{G}-{S}"] * 5 + ["{A}{G}{S}", "{A} {G} {S}", "{A}-{G}-{S}", "{A}.{G}.{S}", "{A} - {G} - {S}"]
        return (fmt or self.choice(fmts)).format(A=A, G=G, S=S)

    def mbi(self, dashes=None):
        L = "ACDEFGHJKMNPQRTUVWXY"
        AN = L + string.digits
        s = (str(self.r.randint(1, 9)) + self.choice(L) + self.choice(AN) + self.digits(1) + self.choice(L) +
             self.choice(AN) + self.digits(1) + self.choice(L) + self.choice(L) + self.digits(2))
        if dashes or (dashes is None and self.chance(0.5)):
            s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
        return s

    def mrn(self, kind=None):
        kind = kind or self.choice(["mrn", "mrn", "mrn", "chart", "member", "member", "medicare", "medicaid"])
        d, n = self.digits, self.r.randint
        U = string.ascii_uppercase
        if kind == "mrn":
            return kind, self.choice([d(7), d(8), "00" + d(6), d(9), f"E{d(7)}", f"MR{d(6)}", f"{d(3)}-{d(2)}-{d(2)}",
                                      f"{d(2)}-{d(6)}", f"M{d(8)}", f"{d(10)}", f"H{d(6)}"])
        if kind == "chart":
            return kind, self.choice([f"{d(5)}", f"C-{d(6)}", f"{d(4)}-{d(4)}", f"CH{d(6)}", f"{d(6)}"])
        if kind == "member":
            return kind, self.choice([f"{''.join(self.choice(U) for _ in range(3))}{d(9)}", f"W{d(9)}", f"U{d(8)} 01",
                                      f"{d(9)}-01", f"{d(11)}", f"ZGP{d(8)}", f"H{d(9)}", f"{''.join(self.choice(U) for _ in range(2))}{d(7)}",
                                      f"9{d(8)}*00"])
        if kind == "medicare":
            return kind, self.mbi()
        if kind == "medicaid":
            return kind, self.choice([f"{self.choice(U)}{self.choice(U)}{d(5)}{self.choice(U)}", f"{d(9)}{self.choice(U)}", f"{d(10)}",
                                      f"{d(8)}", f"{self.choice(U)}{d(8)}", f"{d(12)}"])
        raise ValueError(kind)

    def dob(self, style="US", min_age=0):
        import datetime
        # fixed "today" so the build does not depend on the day it is run
        today = datetime.date(2026, 12, 7)
        lo = today.replace(year=today.year - 99)
        hi = today.replace(year=today.year - min_age) if min_age else today
        d = lo + datetime.timedelta(days=self.r.randint(0, (hi - lo).days))
        self.last_age = today.year - d.year - ((today.month, today.day) < (d.month, d.day))
        y, m, dd = d.year, d.month, d.day
        mon, mon3 = MONTHS[m - 1], MONTHS[m - 1][:3]
        if style == "US":
            opts = [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{m}/{dd}/{str(y)[2:]}", f"{m:02d}-{dd:02d}-{y}",
                    f"{mon} {dd}, {y}", f"{mon3} {dd} {y}", f"{mon3}. {dd}, {y}", f"{y}-{m:02d}-{dd:02d}",
                    f"{m}-{dd}-{y}", f"{m:02d}/{dd:02d}/{str(y)[2:]}", f"{mon} {dd} {y}", f"{m}.{dd}.{y}"]
        else:
            opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"{dd:02d}.{m:02d}.{y}", f"{dd} {mon} {y}",
                    f"{dd} {mon3} {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd}-{m:02d}-{y}", f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}"]
        return self.choice(opts)

    def iban(self, spaced=None, lower=None, country=None):
        loc = self.IBAN_BY_COUNTRY[country] if country in self.IBAN_BY_COUNTRY else self.choice(IBAN_LOCALES)
        v = self.fk(loc).iban()
        if spaced or (spaced is None and self.chance(0.55)):
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        if lower or (lower is None and self.chance(0.12)):
            v = v.lower()
        return v

    def card(self, valid=None, sep=None):
        f = self.fk("en_US")
        typ = self.choice(["visa16", "visa16", "mastercard", "amex", "discover", "visa16", "jcb"])
        num = f.credit_card_number(card_type=typ)
        if valid is False or (valid is None and self.chance(0.15)):
            last = int(num[-1])
            num = num[:-1] + str((last + self.r.randint(1, 9)) % 10)
        sep = sep if sep is not None else self.choice(["", " ", " ", "-"])
        if len(num) == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, len(num), 4)]
        return typ, sep.join(groups)

    def routing(self):
        return self.fk("en_US").aba()

    def bank_acct(self):
        return self.choice([self.digits(10), self.digits(12), self.digits(9), "000" + self.digits(9), self.digits(8),
                            f"{self.digits(4)}-{self.digits(6)}", self.digits(11)])
