"""Word pools and value generators for the template half of dev74 (all my own lists)."""
import string

US_CITIES = [  # city, state, ZIP3, area code
    ("Springfield", "IL", "627", "217"), ("Tulsa", "OK", "741", "918"), ("Fresno", "CA", "937", "559"),
    ("Dayton", "OH", "454", "937"), ("Albany", "NY", "122", "518"), ("El Paso", "TX", "799", "915"),
    ("Macon", "GA", "312", "478"), ("Spokane", "WA", "992", "509"), ("Lansing", "MI", "489", "517"),
    ("Boise", "ID", "837", "208"), ("Gary", "IN", "464", "219"), ("Provo", "UT", "846", "801"),
    ("Reno", "NV", "895", "775"), ("Mobile", "AL", "366", "251"), ("Shreveport", "LA", "711", "318"),
    ("Erie", "PA", "165", "814"), ("Worcester", "MA", "016", "508"), ("Hartford", "CT", "061", "860"),
    ("Burlington", "VT", "054", "802"), ("Bangor", "ME", "044", "207"), ("Sioux Falls", "SD", "571", "605"),
    ("Fargo", "ND", "581", "701"), ("Billings", "MT", "591", "406"), ("Cheyenne", "WY", "820", "307"),
    ("Santa Fe", "NM", "875", "505"), ("Tucson", "AZ", "857", "520"), ("Eugene", "OR", "974", "541"),
    ("Anchorage", "AK", "995", "907"), ("Hilo", "HI", "967", "808"), ("Omaha", "NE", "681", "402"),
    ("Wichita", "KS", "672", "316"), ("Joplin", "MO", "648", "417"), ("Little Rock", "AR", "722", "501"),
    ("Jackson", "MS", "392", "601"), ("Knoxville", "TN", "379", "865"), ("Lexington", "KY", "405", "859"),
    ("Charleston", "WV", "253", "304"), ("Richmond", "VA", "232", "804"), ("Durham", "NC", "277", "919"),
    ("Savannah", "GA", "314", "912"), ("Orlando", "FL", "328", "407"), ("Newark", "NJ", "071", "973"),
    ("Dover", "DE", "199", "302"), ("Baltimore", "MD", "212", "410"), ("Rochester", "MN", "559", "507"),
    ("Madison", "WI", "537", "608"), ("Cedar Rapids", "IA", "524", "319"), ("Peoria", "IL", "616", "309"),
    ("Pueblo", "CO", "810", "719"), ("Chula Vista", "CA", "919", "619"), ("Yakima", "WA", "989", "509"),
    ("Laredo", "TX", "780", "956"), ("Brownsville", "TX", "785", "956"), ("Paterson", "NJ", "075", "973"),
    ("Lowell", "MA", "018", "978"), ("Flint", "MI", "485", "810"), ("Toledo", "OH", "436", "419"),
    ("Bakersfield", "CA", "933", "661"), ("St. Cloud", "MN", "563", "320"), ("Duluth", "MN", "558", "218"),
]
STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Park", "Lake", "Hill", "Sunset", "Ridge",
           "Church", "Mill", "River", "Highland", "Forest", "Spring", "Jackson", "Franklin", "Chestnut", "Walnut",
           "Pine", "Meadow", "Orchard", "Prospect", "Union", "Grant", "Cherry", "Magnolia", "Dogwood", "Sycamore",
           "Willow", "Locust", "Hickory", "Birch", "Laurel", "Poplar", "Jefferson", "Madison", "Adams", "Monroe",
           "Center", "Front", "Water", "Bridge", "High", "School", "Academy", "Depot", "Railroad", "College",
           "Fairview", "Pleasant", "Lakeview", "Green", "Kingsley", "Vine", "Holly", "Martin Luther King Jr",
           "Cesar Chavez", "Old Mill", "Country Club", "Quail Hollow", "Indian Creek", "Stonegate", "Harbor",
           "Bayshore", "Mesa Verde", "Alameda", "Camino Real", "Palmetto", "Bluebonnet", "Peachtree", "Rosewood"]
SUFFIXES = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
            "Ct", "Way", "Pl", "Cir", "Ter", "Pkwy", "Trail", "Hwy"]
UNITS = ["Apt 4B", "Apt. 12", "#3", "Unit 210", "Suite 300", "Ste 5", "Lot 14", "Apt 2R", "# 7", "Unit C",
         "Apt. 1103", "Trlr 9", "Bldg 2 Apt 6", "Apt #5", "Rm 118", "Fl 2"]

EN_WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "King", "Stone", "Wood", "Bell", "Moon",
                    "Love", "Frost", "Snow", "Banks", "Mills", "Price", "Lane", "Fox", "Hunter", "Baker", "Cook",
                    "Church", "Small", "Long", "Sharp", "Best", "Friend", "Gray", "Green", "White", "Black",
                    "Rich", "Strong", "Wise", "Swift", "Hall", "Field", "Marsh", "Dove"]
EN_WORD_GIVEN = ["Hope", "Faith", "Grace", "Joy", "Will", "Bill", "June", "April", "Summer", "Autumn", "Rose",
                 "Ivy", "Dawn", "Sunny", "Rusty", "Sky", "Pat", "Art", "Buck", "Rich", "Bud", "Chance", "Honor",
                 "Destiny", "Precious", "Major", "Royal", "Cash", "Bo", "Misty"]

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril 10 mg", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine 5 mg", "levothyroxine", "gabapentin 300",
         "Xarelto", "Jardiance", "Trulicity", "prednisone", "omeprazole", "Zoloft", "Seroquel",
         "hydrochlorothiazide", "tramadol", "Tylenol", "ibuprofen", "insulin glargine", "Humalog", "Flomax",
         "Namenda", "Aricept", "Keppra", "Depakote", "lithium", "Suboxone", "Narcan", "Coumadin", "Plavix",
         "Ozempic", "Mounjaro", "albuterol", "Symbicort", "Spiriva", "potassium chloride", "vitamin B12",
         "fish oil", "turmeric", "magnesium oxide", "Januvia", "losartan 50 mg", "Farxiga", "Entresto",
         "carbidopa-levodopa", "donepezil", "Lantus", "Toujeo", "baclofen", "Lyrica", "buspirone", "trazodone",
         "Wellbutrin", "Lexapro", "duloxetine", "methadone", "buprenorphine", "spironolactone", "digoxin"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's",
              "COPD", "Alzheimer's", "CHF", "type 2 diabetes", "hypothyroidism",
              "chronic kidney disease", "GERD", "osteoporosis", "macular degeneration", "sleep apnea", "UTI",
              "cellulitis", "pneumonia", "shingles", "gout", "anemia", "depression", "dementia", "stroke", "DVT",
              "lupus", "multiple sclerosis", "sickle cell", "neuropathy", "glaucoma", "cataracts", "vertigo",
              "heart failure", "hip fracture", "breast cancer", "prostate cancer", "kidney stones", "asthma"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankle", "wrist", "chest", "feet", "eyes", "bladder",
        "colon", "lungs", "thyroid", "liver", "kidneys", "skin"]
LABS = ["A1c", "INR", "TSH", "CBC", "BMP", "lipid panel", "PSA", "vitamin D level", "creatinine", "potassium",
        "urine culture", "ferritin", "BNP", "troponin"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Kroger pharmacy",
        "Cleveland Clinic", "Humana", "Aetna", "Cigna", "UnitedHealthcare", "Blue Cross", "Social Security",
        "Meals on Wheels", "AARP", "the VA", "Costco pharmacy", "Walmart pharmacy", "Quest", "Labcorp",
        "DaVita", "Fresenius", "Banner Health", "Sutter", "Ochsner", "Geisinger", "Intermountain", "Sanford"]
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Auntie", "Uncle", "Abuela", "Mama", "Pops",
             "Granny", "Gramps", "Mother", "Father", "Aunt", "Abuelo", "Oma", "Opa"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
HELPLINES = ["988", "1-800-222-1222", "1-800-MEDICARE", "211", "911", "1-800-772-1213"]
PERSONAL_SITES = ["caringbridge.org/visit/{h}", "www.caringbridge.org/site/{h}", "gofundme.com/f/{h}",
                  "https://www.gofundme.com/f/{h}", "facebook.com/{h}", "https://www.facebook.com/{h}",
                  "instagram.com/{h}", "https://www.instagram.com/{h}/", "linkedin.com/in/{h}",
                  "https://www.linkedin.com/in/{h}", "https://{h}.wordpress.com", "https://www.{h}.com",
                  "https://sites.google.com/view/{h}", "https://www.mealtrain.com/trains/{h}",
                  "tiktok.com/@{h}", "https://lotsahelpinghands.com/c/{h}", "https://x.com/{h}",
                  "https://www.youtube.com/@{h}", "https://{h}.substack.com", "https://venmo.com/u/{h}"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net",
                 "att.net", "verizon.net", "sbcglobal.net", "bellsouth.net", "charter.net", "msn.com", "me.com",
                 "protonmail.com", "live.com", "cox.net", "frontier.com"]


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def us_zip(rng, z3, plus4=False):
    z = z3 + digits(rng, 2)
    return z + "-" + digits(rng, 4) if plus4 else z


def us_phone(rng, area=None):
    a = area or rng.choice(["212", "312", "415", "713", "404", "617", "206", "303", "602", "305", "702", "215",
                            "818", "504", "614", "512", "901", "414", "651", "207", "770", "832", "210", "347"])
    x = str(rng.randint(2, 9)) + digits(rng, 2)
    if rng.random() < 0.12:
        x = "555"; n = "01" + digits(rng, 2)
    else:
        n = digits(rng, 4)
    fmt = rng.choice(["({a}) {x}-{n}", "{a}-{x}-{n}", "{a}.{x}.{n}", "{a}{x}{n}", "+1 {a} {x} {n}",
                      "1-{a}-{x}-{n}", "001-{a}-{x}-{n}", "({a}){x}-{n}", "{a} {x} {n}", "+1 ({a}) {x}-{n}",
                      "{a}/{x}-{n}", "+1-{a}-{x}-{n}", "1 ({a}) {x}-{n}"])
    p = fmt.format(a=a, x=x, n=n)
    r = rng.random()
    if r < 0.10:
        p += rng.choice([" x", " ext. ", " ext ", " extension ", "x", " Ext. "]) + digits(rng, rng.randint(1, 4))
    return p


def vanity(rng):
    word = rng.choice(["FLOWERS", "PLUMBER", "CARPETS", "LAWYERS", "ROOFING", "MOVERS", "DENTIST", "HANDYMAN"])
    pre = rng.choice(["1-800", "1-888", "1-877", "1-866", "(800)", "800"])
    return f"{pre}-{word[:3]}-{word[3:]}" if rng.random() < 0.5 else f"{pre}-{word}"


def intl_phone(rng, cc):
    d = lambda n: digits(rng, n)
    f = {
        "GB": [lambda: f"+44 7{d(3)} {d(6)}", lambda: f"07{d(3)} {d(6)}", lambda: f"+44 20 {d(4)} {d(4)}",
               lambda: f"020 {d(4)} {d(4)}", lambda: f"0161 {d(3)} {d(4)}", lambda: f"+44 (0)113 {d(3)} {d(4)}"],
        "DE": [lambda: f"+49 30 {d(7)}", lambda: f"030 {d(8)}", lambda: f"+49 151 {d(8)}", lambda: f"0171 {d(7)}",
               lambda: f"+49 (0)89 {d(3)} {d(4)}", lambda: f"0221/{d(6)}"],
        "FR": [lambda: "+33 6 " + " ".join(d(2) for _ in range(4)), lambda: "06 " + " ".join(d(2) for _ in range(4)),
               lambda: "01." + ".".join(d(2) for _ in range(4)), lambda: "+33 (0)4 " + " ".join(d(2) for _ in range(4))],
        "MX": [lambda: f"+52 55 {d(4)} {d(4)}", lambda: f"+52 1 33 {d(4)} {d(4)}", lambda: f"55 {d(4)} {d(4)}",
               lambda: f"(81) {d(4)}-{d(4)}"],
        "BR": [lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(21) 9{d(4)}-{d(4)}", lambda: f"+55 (31) 9{d(4)}-{d(4)}"],
        "JP": [lambda: f"+81 3-{d(4)}-{d(4)}", lambda: f"090-{d(4)}-{d(4)}", lambda: f"+81 90 {d(4)} {d(4)}",
               lambda: f"06-{d(4)}-{d(4)}"],
        "IN": [lambda: f"+91 9{d(4)} {d(5)}", lambda: f"+91-98{d(3)}-{d(5)}", lambda: f"09{d(3)} {d(3)} {d(3)}",
               lambda: f"+91 80 {d(4)} {d(4)}"],
        "CN": [lambda: f"+86 13{d(1)} {d(4)} {d(4)}", lambda: f"010-{d(8)}", lambda: f"+86 21 {d(4)} {d(4)}",
               lambda: f"139{d(8)}"],
        "KR": [lambda: f"+82 10-{d(4)}-{d(4)}", lambda: f"010-{d(4)}-{d(4)}", lambda: f"02-{d(3)}-{d(4)}"],
        "PH": [lambda: f"+63 917 {d(3)} {d(4)}", lambda: f"0917 {d(3)} {d(4)}", lambda: f"+63 2 8{d(3)} {d(4)}"],
        "ES": [lambda: f"+34 6{d(2)} {d(3)} {d(3)}", lambda: f"6{d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+34 91 {d(3)} {d(2)} {d(2)}"],
        "IT": [lambda: f"+39 3{d(2)} {d(3)} {d(4)}", lambda: f"06 {d(4)} {d(4)}", lambda: f"+39 02 {d(4)} {d(4)}"],
        "NL": [lambda: f"+31 6 {d(8)}", lambda: f"06-{d(8)}", lambda: f"+31 20 {d(3)} {d(4)}"],
        "PL": [lambda: f"+48 {d(3)} {d(3)} {d(3)}", lambda: f"{d(3)}-{d(3)}-{d(3)}", lambda: f"+48 22 {d(3)} {d(2)} {d(2)}"],
        "TR": [lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", lambda: f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"],
        "VN": [lambda: f"+84 9{d(2)} {d(3)} {d(3)}", lambda: f"09{d(2)} {d(3)} {d(3)}"],
        "SA": [lambda: f"+966 5{d(1)} {d(3)} {d(4)}", lambda: f"05{d(1)} {d(3)} {d(4)}"],
        "RU": [lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", lambda: f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}"],
        "AU": [lambda: f"+61 4{d(2)} {d(3)} {d(3)}", lambda: f"04{d(2)} {d(3)} {d(3)}", lambda: f"(02) {d(4)} {d(4)}"],
        "CA": [lambda: f"+1 416 {rng.randint(2,9)}{d(2)} {d(4)}"],
    }[cc]
    return rng.choice(f)()


def us_street(rng):
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 29999)]))
    pre = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West "])
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}"


def us_address(rng, style=None):
    city, st, z3, area = rng.choice(US_CITIES)
    style = style or rng.choice(["one", "one", "one_unit", "one_unit", "two", "two_unit", "pobox", "rr",
                                 "military", "nocomma", "three"])
    plus4 = rng.random() < 0.2
    z = us_zip(rng, z3, plus4)
    street = us_street(rng)
    unit = rng.choice(UNITS)
    if style == "one":
        a = f"{street}, {city}, {st} {z}"
    elif style == "one_unit":
        a = f"{street} {unit}, {city}, {st} {z}" if rng.random() < .5 else f"{street}, {unit}, {city}, {st} {z}"
    elif style == "two":
        a = f"{street}\n{city}, {st} {z}"
    elif style == "two_unit":
        a = f"{street}, {unit}\n{city}, {st} {z}"
    elif style == "three":
        a = f"{street}\n{unit}\n{city}, {st}  {z}"
    elif style == "nocomma":
        a = f"{street} {city} {st} {z}"
    elif style == "pobox":
        a = f"{rng.choice(['PO Box', 'P.O. Box', 'P O Box', 'POB'])} {rng.randint(1, 9999)}, {city}, {st} {z}"
    elif style == "rr":
        a = f"{rng.choice(['RR', 'Rural Route', 'R.R.'])} {rng.randint(1, 9)} Box {rng.randint(1, 299)}, {city}, {st} {z}"
    else:
        a = military_address(rng)
    return a, area, city, st


def military_address(rng):
    kind = rng.choice(["PSC", "Unit", "CMR", "ship"])
    ap = rng.choice([("AE", "09"), ("AP", "96"), ("AA", "340")])
    z = ap[1] + digits(rng, 5 - len(ap[1]))
    po = rng.choice(["APO", "FPO", "DPO"]) if kind != "ship" else "FPO"
    if kind == "PSC":
        return f"PSC {rng.randint(1, 9999)}, Box {rng.randint(1, 9999)}, {po} {ap[0]} {z}"
    if kind == "Unit":
        return f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 999)}, {po} {ap[0]} {z}"
    if kind == "CMR":
        return f"CMR {rng.randint(100, 999)} Box {rng.randint(1, 9999)}\n{po} {ap[0]} {z}"
    return f"USS {rng.choice(['Nimitz', 'Carl Vinson', 'Bataan', 'Gerald R. Ford', 'Arleigh Burke'])}\nFPO {ap[0]} {z}"


INTL_ADDR = {
    "GB": lambda rng, d: f"{rng.randint(1, 220)} {rng.choice(['Mill', 'Station', 'Church', 'Victoria', 'Park', 'Albert', 'Queens', 'Grange', 'Manor'])} {rng.choice(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Gardens', 'Crescent'])}, " + rng.choice([f"Leeds LS{rng.randint(1, 28)} {d(1)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}", f"Bristol BS{rng.randint(1, 16)} {d(1)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}", f"Glasgow G{rng.randint(1, 78)} {d(1)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}", f"Cardiff CF{rng.randint(10, 24)} {d(1)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}", f"Norwich NR{rng.randint(1, 14)} {d(1)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}", f"Manchester M{rng.randint(1, 40)} {d(1)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"]),
    "DE": lambda rng, d: f"{rng.choice(['Haupt', 'Bahnhof', 'Schiller', 'Goethe', 'Linden', 'Garten', 'Kirch', 'Berg', 'Wald'])}{rng.choice(['straße', 'str.', 'weg', 'allee'])} {rng.randint(1, 140)}{rng.choice(['', '', 'a', 'b'])}, " + rng.choice([f"1{rng.randint(0, 4)}{d(3)} Berlin", f"2{rng.randint(0, 2)}{d(3)} Hamburg", f"8{rng.randint(0, 1)}{d(3)} München", f"50{d(3)} Köln", f"70{d(3)} Stuttgart", f"04{d(3)} Leipzig", f"30{d(3)} Hannover"]),
    "FR": lambda rng, d: f"{rng.randint(1, 150)}{rng.choice(['', '', ' bis'])}, {rng.choice(['rue', 'avenue', 'boulevard', 'impasse', 'place'])} {rng.choice(['Victor Hugo', 'de la République', 'Jean Jaurès', 'des Lilas', 'Pasteur', 'du Moulin', 'Gambetta'])}, " + rng.choice([f"750{rng.randint(1, 20):02d} Paris", f"6900{rng.randint(1, 9)} Lyon", f"130{rng.randint(1, 16):02d} Marseille", "31000 Toulouse", "59000 Lille", "33000 Bordeaux", "44000 Nantes", "67000 Strasbourg"]),
    "MX": lambda rng, d: f"{rng.choice(['Calle', 'Av.', 'Privada', 'Calz.'])} {rng.choice(['Hidalgo', 'Morelos', 'Juárez', 'Zaragoza', 'Allende', 'Independencia', 'Reforma'])} {rng.randint(1, 2999)}{rng.choice(['', ' Int. 4', ' Depto. 2B'])}, Col. {rng.choice(['Centro', 'Del Valle', 'Roma Norte', 'Chapultepec', 'Las Américas', 'Jardines'])}, C.P. {d(5)}, " + rng.choice(["Ciudad de México, CDMX", "Guadalajara, Jal.", "Monterrey, N.L.", "Puebla, Pue.", "Oaxaca de Juárez, Oax.", "Mérida, Yuc.", "León, Gto."]),
    "BR": lambda rng, d: f"Rua {rng.choice(['das Flores', 'São João', 'Sete de Setembro', 'XV de Novembro', 'Tiradentes', 'Marechal Deodoro'])}, {rng.randint(1, 3000)}{rng.choice(['', ', apto 42', ', casa 2', ', bloco B apto 301'])}, {rng.choice(['Centro', 'Jardim América', 'Boa Viagem', 'Copacabana', 'Savassi', 'Moinhos de Vento'])}, " + rng.choice([f"São Paulo - SP, 0{d(4)}-{d(3)}", f"Rio de Janeiro - RJ, 2{d(4)}-{d(3)}", f"Belo Horizonte - MG, 3{d(4)}-{d(3)}", f"Porto Alegre - RS, 9{d(4)}-{d(3)}", f"Salvador - BA, 4{d(4)}-{d(3)}"]),
    "JP": lambda rng, d: rng.choice([f"〒{d(3)}-{d(4)} 東京都{rng.choice(['世田谷区', '杉並区', '練馬区', '品川区'])}{rng.choice(['北沢', '荻窪', '大泉', '大井'])}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}", f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(['Kitazawa, Setagaya-ku', 'Ogikubo, Suginami-ku', 'Naka-ku, Yokohama', 'Tenjin, Chuo-ku, Fukuoka'])} {d(3)}-{d(4)}", f"〒{d(3)}-{d(4)} 大阪府{rng.choice(['大阪市北区', '堺市', '豊中市'])}{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"]),
    "IN": lambda rng, d: f"{rng.choice(['Flat', 'House No.', 'Plot'])} {rng.randint(1, 999)}, {rng.choice(['Shanti Apartments', 'Sai Residency', 'Green Park Society', 'Lakshmi Nagar', 'Sector 21'])}, {rng.choice(['Andheri East', 'Koramangala', 'Salt Lake', 'Banjara Hills', 'Anna Nagar'])}, " + rng.choice([f"Mumbai 4000{d(2)}", f"Bengaluru 5600{d(2)}", f"Kolkata 7000{d(2)}", f"Hyderabad 5000{d(2)}", f"Chennai 6000{d(2)}"]),
    "CN": lambda rng, d: f"{rng.choice(['上海市浦东新区', '北京市朝阳区', '广州市天河区', '成都市武侯区'])}{rng.choice(['世纪大道', '建国路', '天河北路', '人民南路'])}{rng.randint(1, 300)}号{rng.randint(1, 30)}楼{rng.randint(101, 2504)}室",
    "KR": lambda rng, d: f"{rng.choice(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로', '서울특별시 마포구 월드컵로', '대구광역시 수성구 달구벌대로'])} {rng.randint(1, 500)}, {rng.randint(101, 1505)}호",
    "PH": lambda rng, d: f"{rng.randint(1, 200)} {rng.choice(['Rizal', 'Mabini', 'Bonifacio', 'Del Pilar', 'Luna'])} St., Brgy. {rng.choice(['San Roque', 'Poblacion', 'Malate', 'Santo Niño'])}, {rng.choice(['Quezon City', 'Cebu City', 'Davao City', 'Iloilo City', 'Makati'])} {d(4)}",
    "ES": lambda rng, d: f"C/ {rng.choice(['Mayor', 'Real', 'de Alcalá', 'del Sol', 'San Vicente', 'Gran Vía'])} {rng.randint(1, 200)}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, " + rng.choice([f"280{d(2)} Madrid", f"080{d(2)} Barcelona", f"460{d(2)} Valencia", f"410{d(2)} Sevilla", f"290{d(2)} Málaga"]),
    "IT": lambda rng, d: f"Via {rng.choice(['Roma', 'Garibaldi', 'Mazzini', 'Dante', 'Cavour', 'Verdi'])} {rng.randint(1, 180)}, " + rng.choice([f"001{d(2)} Roma (RM)", f"201{d(2)} Milano (MI)", f"801{d(2)} Napoli (NA)", f"101{d(2)} Torino (TO)", f"401{d(2)} Bologna (BO)"]),
    "NL": lambda rng, d: f"{rng.choice(['Kerk', 'Molen', 'Dorps', 'School', 'Linden'])}{rng.choice(['straat', 'weg', 'laan'])} {rng.randint(1, 250)}, {rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'TR', 'EZ', 'MN'])} {rng.choice(['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven', 'Groningen'])}",
    "PL": lambda rng, d: f"ul. {rng.choice(['Mickiewicza', 'Słowackiego', 'Polna', 'Lipowa', 'Długa', 'Kościuszki'])} {rng.randint(1, 120)}/{rng.randint(1, 60)}, {rng.choice(['00', '30', '50', '80', '90'])}-{d(3)} {rng.choice(['Warszawa', 'Kraków', 'Wrocław', 'Gdańsk', 'Łódź'])}",
    "CA": lambda rng, d: f"{rng.randint(1, 9999)} {rng.choice(['Yonge', 'Bloor', 'King', 'Main', 'Sherbrooke', 'Portage', 'Jasper'])} {rng.choice(['St', 'Ave', 'Rd', 'Blvd'])}{rng.choice(['', ', Unit 1203', ' Apt 5'])}, {rng.choice(['Toronto, ON M4', 'Montréal, QC H2', 'Winnipeg, MB R3', 'Edmonton, AB T5', 'Vancouver, BC V6'])}{rng.choice('ABCEGHJKLMNPRSTVXY')} {d(1)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}",
    "AU": lambda rng, d: f"{rng.choice(['', 'Unit 3, ', '12/'])}{rng.randint(1, 300)} {rng.choice(['George', 'Pitt', 'Chapel', 'Bourke', 'Ann'])} St, {rng.choice(['Parramatta NSW 2150', 'Richmond VIC 3121', 'Fortitude Valley QLD 4006', 'Fremantle WA 6160'])}",
    "TR": lambda rng, d: f"{rng.choice(['Atatürk Cad.', 'İnönü Sok.', 'Cumhuriyet Cad.', 'Bağdat Cad.'])} No:{rng.randint(1, 200)} D:{rng.randint(1, 20)}, {d(5)} {rng.choice(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir', 'Nilüfer/Bursa'])}",
    "VN": lambda rng, d: f"{rng.randint(1, 400)} {rng.choice(['Lê Lợi', 'Nguyễn Huệ', 'Trần Hưng Đạo', 'Hai Bà Trưng'])}, {rng.choice(['Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội', 'Phường Hải Châu 1, Đà Nẵng'])}",
    "RU": lambda rng, d: f"{rng.choice(['ул. Ленина', 'ул. Пушкина', 'пр. Мира', 'ул. Садовая'])}, д. {rng.randint(1, 150)}, кв. {rng.randint(1, 300)}, {rng.choice(['Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск'])}, {d(6)}",
    "SA": lambda rng, d: f"{rng.choice(['طريق الملك فهد', 'شارع التحلية', 'طريق الأمير سلطان'])}، {rng.choice(['حي العليا', 'حي الروضة', 'حي النزهة'])}، {rng.choice(['الرياض', 'جدة', 'الدمام'])} {d(5)}",
}
CC_LOCALE = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "BR": "pt_BR", "JP": "ja_JP",
             "IN": "en_IN", "CN": "zh_CN", "KR": "ko_KR", "PH": "fil_PH", "ES": "es_ES", "IT": "it_IT",
             "NL": "nl_NL", "PL": "pl_PL", "CA": "en_CA", "AU": "en_AU", "TR": "tr_TR", "VN": "vi_VN",
             "RU": "ru_RU", "SA": "ar_SA"}
CC_CITY = {"GB": "Leeds", "DE": "Köln", "FR": "Lyon", "MX": "Puebla", "BR": "Recife", "JP": "大阪", "IN": "Pune",
           "CN": "成都", "KR": "부산", "PH": "Cebu", "ES": "Sevilla", "IT": "Napoli", "NL": "Utrecht",
           "PL": "Kraków", "CA": "Winnipeg", "AU": "Brisbane", "TR": "İzmir", "VN": "Huế", "RU": "Казань",
           "SA": "جدة"}
CC_COUNTRY = {"GB": "England", "DE": "Germany", "FR": "France", "MX": "Mexico", "BR": "Brazil", "JP": "Japan",
              "IN": "India", "CN": "China", "KR": "Korea", "PH": "the Philippines", "ES": "Spain", "IT": "Italy",
              "NL": "the Netherlands", "PL": "Poland", "CA": "Canada", "AU": "Australia", "TR": "Turkey",
              "VN": "Vietnam", "RU": "Russia", "SA": "Saudi Arabia"}
IBAN_LOCALES = ["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "en_GB", "pt_PT", "fr_CH", "de_AT"]
