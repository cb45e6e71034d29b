"""Value generators for the dev75 templates (Faker + own pools, fixed seed).

Everything here is invented: names come from Faker locales, street/city pools and number
formats are written for this file. Used by build.py.
"""
import random
import string
from faker import Faker

SEED = 75
R = random.Random(SEED)
Faker.seed(SEED)
_FK = {}


def fk(loc):
    if loc not in _FK:
        f = Faker(loc)
        f.seed_instance(SEED + len(_FK) * 101)
        _FK[loc] = f
    return _FK[loc]


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


# ----------------------------------------------------------------------------------------- names
US_NAME_LOCALES = ["en_US"] * 8 + ["es_MX", "es_MX", "it_IT", "pl_PL", "vi_VN", "fil_PH", "en_IN",
                                    "fr_FR", "de_DE", "nl_NL", "pt_BR", "tr_TR", "en_GB"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Gray", "Wood", "King", "Bell",
                 "Frost", "Fox", "Lane", "Moon", "Rich", "Banks", "Stone", "Day", "Price", "Hunt",
                 "Long", "Bird", "Snow", "Hart", "Little", "Strong", "Cross", "Sharp", "Ford", "Marsh",
                 "Church", "Bush", "Mills", "Rivers", "Woods", "Black", "White", "Green", "Noble",
                 "Savage", "Hope", "Wells", "Bishop", "Cook", "Baker", "Carpenter", "Mason"]
WORD_GIVEN_F = ["Rose", "June", "Hope", "Grace", "Faith", "Joy", "Ivy", "Hazel", "Pearl", "Ruby", "Summer",
                "Autumn", "Dawn", "Sky", "Willow", "Iris", "Daisy", "Violet", "Holly", "Penny", "Honey", "Sandy"]
WORD_GIVEN_M = ["Reed", "Grant", "Chase", "Hunter", "Major", "Will", "Bill", "Mark", "Jack", "Frank", "Rich",
                "Rusty", "Dusty", "Bud", "Rocky", "Chip", "Sunny", "Cash", "Gene", "Earl"]
WORD_GIVEN = WORD_GIVEN_F + WORD_GIVEN_M
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"]


def _clean(s):
    return s.replace("  ", " ").strip()


def given(loc=None, gender=None):
    """gender: 'f', 'm' or None (either)."""
    gender = gender or pick("fm")
    if loc is None:
        if chance(0.08):
            return pick(WORD_GIVEN_F if gender == "f" else WORD_GIVEN_M)
        loc = pick(US_NAME_LOCALES)
    f = fk(loc)
    return _clean(f.first_name_female() if gender == "f" else f.first_name_male())


def family(loc=None):
    if loc is None:
        if chance(0.16):
            return pick(WORD_SURNAMES)
        loc = pick(US_NAME_LOCALES)
    return _clean(fk(loc).last_name())


def person(loc=None, gender=None):
    """Return (given, family) from one locale (mostly), gendered as asked."""
    if loc is None:
        loc = pick(US_NAME_LOCALES)
    g = given(loc if not chance(0.06) else None, gender)
    f = family(loc if not chance(0.16) else None)
    if loc in ("es_MX", "es_ES") and chance(0.35):
        f = f + " " + _clean(fk(loc).last_name())
    return g, f


def nonlatin_person(loc=None):
    loc = loc or pick(NONLATIN)
    f = fk(loc)
    g, s = _clean(f.first_name()), _clean(f.last_name())
    if loc in ("zh_CN",):
        return s + g, loc
    if loc in ("ko_KR",):
        return s + g, loc
    if loc == "ja_JP":
        return s + (" " if chance(0.6) else "\u3000" if chance(0.2) else "") + g, loc
    if loc == "ru_RU":
        return (g + " " + s) if chance(0.5) else (s + " " + g), loc
    return g + " " + s, loc


# -------------------------------------------------------------------------------------- US places
# (city, state, zip3 prefix) - real city/state pairs; street numbers, streets and ZIP tails invented
US_CITIES = [
    ("Springfield", "IL", "627"), ("Peoria", "IL", "616"), ("Joliet", "IL", "604"), ("Chicago", "IL", "606"),
    ("Madison", "WI", "537"), ("Green Bay", "WI", "543"), ("Duluth", "MN", "558"), ("St. Paul", "MN", "551"),
    ("Des Moines", "IA", "503"), ("Cedar Rapids", "IA", "524"), ("Omaha", "NE", "681"), ("Lincoln", "NE", "685"),
    ("Wichita", "KS", "672"), ("Tulsa", "OK", "741"), ("Lubbock", "TX", "794"), ("San Antonio", "TX", "782"),
    ("Corpus Christi", "TX", "784"), ("Laredo", "TX", "780"), ("Fort Worth", "TX", "761"), ("Tyler", "TX", "757"),
    ("Baton Rouge", "LA", "708"), ("Shreveport", "LA", "711"), ("Jackson", "MS", "392"), ("Biloxi", "MS", "395"),
    ("Birmingham", "AL", "352"), ("Huntsville", "AL", "358"), ("Savannah", "GA", "314"), ("Athens", "GA", "306"),
    ("Tampa", "FL", "336"), ("Orlando", "FL", "328"), ("Gainesville", "FL", "326"), ("Hialeah", "FL", "330"),
    ("Charleston", "SC", "294"), ("Greenville", "SC", "296"), ("Raleigh", "NC", "276"), ("Wilmington", "NC", "284"),
    ("Richmond", "VA", "232"), ("Norfolk", "VA", "235"), ("Roanoke", "VA", "240"), ("Baltimore", "MD", "212"),
    ("Dover", "DE", "199"), ("Trenton", "NJ", "086"), ("Paterson", "NJ", "075"), ("Camden", "NJ", "081"),
    ("Scranton", "PA", "185"), ("Erie", "PA", "165"), ("Allentown", "PA", "181"), ("Pittsburgh", "PA", "152"),
    ("Buffalo", "NY", "142"), ("Yonkers", "NY", "107"), ("Albany", "NY", "122"), ("Brooklyn", "NY", "112"),
    ("Bronx", "NY", "104"), ("Hartford", "CT", "061"), ("New Haven", "CT", "065"), ("Providence", "RI", "029"),
    ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Burlington", "VT", "054"), ("Portland", "ME", "041"),
    ("Manchester", "NH", "031"), ("Akron", "OH", "443"), ("Toledo", "OH", "436"), ("Dayton", "OH", "454"),
    ("Flint", "MI", "485"), ("Lansing", "MI", "489"), ("Grand Rapids", "MI", "495"), ("Gary", "IN", "464"),
    ("Fort Wayne", "IN", "468"), ("Louisville", "KY", "402"), ("Lexington", "KY", "405"), ("Memphis", "TN", "381"),
    ("Chattanooga", "TN", "374"), ("Little Rock", "AR", "722"), ("Fayetteville", "AR", "727"), ("St. Louis", "MO", "631"),
    ("Kansas City", "MO", "641"), ("Boise", "ID", "837"), ("Billings", "MT", "591"), ("Casper", "WY", "826"),
    ("Fargo", "ND", "581"), ("Rapid City", "SD", "577"), ("Pueblo", "CO", "810"), ("Aurora", "CO", "800"),
    ("Provo", "UT", "846"), ("Ogden", "UT", "844"), ("Mesa", "AZ", "852"), ("Yuma", "AZ", "853"),
    ("Las Cruces", "NM", "880"), ("Henderson", "NV", "890"), ("Fresno", "CA", "937"), ("Oakland", "CA", "946"),
    ("Riverside", "CA", "925"), ("Chula Vista", "CA", "919"), ("Salinas", "CA", "939"), ("Stockton", "CA", "952"),
    ("Eugene", "OR", "974"), ("Salem", "OR", "973"), ("Tacoma", "WA", "984"), ("Spokane", "WA", "992"),
    ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"), ("Kailua", "HI", "967"), ("Charleston", "WV", "253"),
    ("Morgantown", "WV", "265"), ("Sioux City", "IA", "511"), ("Rochester", "MN", "559"), ("Columbia", "SC", "292"),
]
STREETS = ["Oak", "Maple", "Pine", "Cedar", "Elm", "Walnut", "Chestnut", "Willow", "Birch", "Sycamore",
           "Main", "Church", "Market", "Mill", "Spring", "Park", "Lake", "Hill", "River", "Prospect",
           "Franklin", "Washington", "Jefferson", "Lincoln", "Madison", "Monroe", "Jackson", "Grant",
           "Highland", "Ridge", "Meadow", "Orchard", "Sunset", "Valley", "Forest", "Fairview", "Lakeview",
           "Cherry", "Magnolia", "Dogwood", "Hickory", "Poplar", "Laurel", "Juniper", "Aspen", "Mesquite",
           "Bluebonnet", "Palmetto", "Cypress", "Heritage", "Canyon", "Mesa", "Pinecrest", "Brookside",
           "Martin Luther King Jr", "Cesar Chavez", "Kingsley", "Ashford", "Hawthorne", "Beacon", "Harbor",
           "Colfax", "Halsted", "Peachtree", "Broad", "Front", "Water", "High", "Union", "Liberty"]
NUMBERED = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "12th", "14th", "17th",
            "21st", "23rd", "38th", "42nd", "56th", "103rd"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
          "Ct", "Court", "Pl", "Way", "Ter", "Cir", "Pkwy", "Hwy"]
DIRS = ["N", "S", "E", "W", "N.", "S.", "NE", "NW", "SW", "SE"]
UNITS = ["Apt 4B", "Apt. 12", "Apt #3", "Apt 2R", "Apartment 6", "Suite 210", "Ste 100", "Ste. 4", "#12",
         "# 305", "Unit 7", "Unit C", "Fl 2", "Lot 19", "Bldg 3 Apt 11", "Rm 214", "Trlr 8", "Apt 1107"]


def us_city():
    c, s, z = pick(US_CITIES)
    return c, s, z + digits(2)


def us_street():
    num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 48999)]))
    r = R.random()
    if r < 0.12:
        st = f"{pick(NUMBERED)} {pick(['St', 'Ave', 'Street', 'Avenue'])}"
    elif r < 0.18:
        st = f"{pick(['County Road', 'County Rd', 'State Route', 'Route', 'Hwy', 'Highway', 'FM'])} {R.randint(2, 420)}"
    else:
        st = f"{pick(STREETS)} {pick(SUFFIX)}"
    if chance(0.3):
        st = pick(DIRS) + " " + st
    if chance(0.08):
        st = st + " " + pick(["NW", "SE", "N", "E"])
    return num + " " + st


def us_address(kind=None):
    """Return a whole US address string (one identifier)."""
    kind = kind or R.choices(["full", "full_unit", "noc", "multi", "pobox", "rr", "military", "zip4"],
                             [26, 26, 10, 10, 8, 5, 7, 8])[0]
    c, s, z = us_city()
    if kind == "pobox":
        return f"{pick(['PO Box', 'P.O. Box', 'POB', 'Post Office Box'])} {R.randint(1, 9999)}, {c}, {s} {z}"
    if kind == "rr":
        return f"{pick(['RR', 'Rural Route', 'R.R.', 'RR#'])} {R.randint(1, 9)} Box {R.randint(1, 299)}, {c}, {s} {z}"
    if kind == "military":
        r = R.random()
        reg = pick([("AE", "09" + digits(3)), ("AP", "96" + digits(3)), ("AA", "340" + digits(2))])
        if r < 0.4:
            head = f"PSC {R.randint(100, 9999)}, Box {R.randint(1, 9999)}"
        elif r < 0.7:
            head = f"Unit {R.randint(1000, 9999)} Box {R.randint(1, 9999)}"
        elif r < 0.85:
            head = f"CMR {R.randint(400, 499)} Box {R.randint(100, 9999)}"
        else:
            head = f"USS {pick(['Nimitz', 'Bataan', 'Kearsarge', 'Ramage', 'Gridley', 'Halsey'])}"
        post = pick(["APO", "FPO", "DPO"]) if not head.startswith("USS") else "FPO"
        sep = pick([", ", " ", "\n"])
        return f"{head}{sep}{post} {reg[0]} {reg[1]}"
    st = us_street()
    unit = pick(UNITS) if kind in ("full_unit", "multi") or chance(0.15) else ""
    if kind == "zip4":
        z = f"{z}-{digits(4)}"
    if kind == "multi":
        line1 = st + ((" " + unit) if unit and chance(0.5) else "")
        unitline = ("\n" + unit) if unit and unit not in line1 else ""
        return f"{line1}{unitline}\n{c}, {s} {z}"
    if kind == "noc":
        return f"{st}{(' ' + unit) if unit else ''} {c} {s} {z}"
    comma = pick([", ", " "])
    return f"{st}{(comma + unit) if unit else ''}, {c}, {s} {z}" if chance(0.6) else \
        f"{st}{(' ' + unit) if unit else ''}, {c} {s} {z}"


# ------------------------------------------------------------------------------ international places
INTL_ADDR_LOCALES = ["en_GB", "de_DE", "fr_FR", "it_IT", "pl_PL", "nl_NL", "pt_BR", "es_ES", "ja_JP",
                     "ko_KR", "zh_CN", "de_AT", "de_CH", "ru_RU"]
UK_TOWNS = [("Leeds", "LS"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Norwich", "NR"),
            ("Leicester", "LE"), ("Sheffield", "S"), ("Brighton", "BN"), ("York", "YO"), ("Bolton", "BL")]
UK_STREETS = ["High Street", "Church Lane", "Station Road", "Victoria Road", "Mill Lane", "Park Avenue",
              "The Crescent", "Queen's Road", "Albert Terrace", "Chapel Close", "Manor Way", "Orchard Grove"]
CA_PLACES = [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Winnipeg", "MB", "R"), ("Calgary", "AB", "T"),
             ("Halifax", "NS", "B"), ("Montréal", "QC", "H"), ("Surrey", "BC", "V"), ("Regina", "SK", "S")]
IN_PLACES = [("Pune", "Maharashtra", "411"), ("Mumbai", "Maharashtra", "400"), ("Chennai", "Tamil Nadu", "600"),
             ("Hyderabad", "Telangana", "500"), ("Kochi", "Kerala", "682"), ("Jaipur", "Rajasthan", "302"),
             ("Lucknow", "Uttar Pradesh", "226"), ("Ahmedabad", "Gujarat", "380")]
MX_PLACES = [("Guadalajara", "Jal."), ("Monterrey", "N.L."), ("Puebla", "Pue."), ("Oaxaca de Juárez", "Oax."),
             ("Mérida", "Yuc."), ("León", "Gto."), ("Ciudad de México", "CDMX"), ("Tijuana", "B.C.")]
JP_ROMAJI = [("Setagaya-ku, Tokyo", "154"), ("Kita-ku, Osaka", "530"), ("Naka-ku, Yokohama", "231"),
             ("Chuo-ku, Sapporo", "060"), ("Aoba-ku, Sendai", "980"), ("Hakata-ku, Fukuoka", "812")]
FR_STREETS = ["rue de la République", "avenue Victor Hugo", "boulevard Pasteur", "rue des Écoles",
              "place du Marché", "impasse des Roses", "chemin des Vignes"]
DE_STREETS = ["Bahnhofstraße", "Goethestr.", "Am Markt", "Schillerplatz", "Gartenweg", "Kirchgasse",
              "Berliner Allee"]


def intl_address(kind=None):
    """Return (address, country_word)."""
    kind = kind or pick(["faker"] * 6 + ["uk", "uk", "ca", "in", "mx", "jp", "fr", "de", "br"])
    if kind == "faker":
        loc = pick(INTL_ADDR_LOCALES)
        a = fk(loc).address()
        if chance(0.6):
            a = a.replace("\n", ", ")
        country = {"en_GB": "the UK", "de_DE": "Germany", "fr_FR": "France", "it_IT": "Italy", "pl_PL": "Poland",
                   "nl_NL": "the Netherlands", "pt_BR": "Brazil", "es_ES": "Spain", "ja_JP": "Japan",
                   "ko_KR": "Korea", "zh_CN": "China", "de_AT": "Austria", "de_CH": "Switzerland",
                   "ru_RU": "Russia"}[loc]
        return a, country
    if kind == "uk":
        t, p = pick(UK_TOWNS)
        pc = f"{p}{R.randint(1, 19)} {R.randint(1, 9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = pick(["", "", f"Flat {R.randint(1, 24)}, ", f"Flat {R.randint(1, 9)}{pick('AB')}, "])
        sep = pick([", ", "\n"])
        return f"{flat}{R.randint(1, 220)} {pick(UK_STREETS)}{sep}{t}{sep}{pc}", "the UK"
    if kind == "ca":
        c, prov, l1 = pick(CA_PLACES)
        pc = f"{l1}{R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVXY')} {R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0, 9)}"
        unit = pick(["", f"{R.randint(101, 2405)}-", f"Unit {R.randint(1, 40)}, "])
        return f"{unit}{R.randint(10, 9999)} {pick(['King St W', 'Dundas St', 'Portage Ave', 'Jasper Ave', 'Rue Sherbrooke', 'Barrington St', '104 Ave'])}, {c}, {prov} {pc}", "Canada"
    if kind == "in":
        c, st, p = pick(IN_PLACES)
        return f"{pick(['Flat', 'H.No.', 'Plot'])} {R.randint(1, 400)}, {pick(['Shanti Nagar', 'MG Road', 'Gandhi Colony', 'Sector 14', 'Anna Nagar 2nd Street', 'Koregaon Park'])}, {c}, {st} {p}{digits(3)}", "India"
    if kind == "mx":
        c, st = pick(MX_PLACES)
        return f"{pick(['Av.', 'Calle', 'Calz.', 'Privada'])} {pick(['Juárez', 'Morelos', 'Reforma', 'Independencia', 'de los Insurgentes', 'Zaragoza'])} {R.randint(10, 2999)}{pick(['', ' Int. 4', ', Depto. 2', ' Int. B'])}, Col. {pick(['Centro', 'Americana', 'Del Valle', 'Las Águilas', 'San Benito'])}, {R.randint(10, 99)}{digits(3)} {c}, {st}", "Mexico"
    if kind == "jp":
        w, p = pick(JP_ROMAJI)
        return f"{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 20)} {pick(['Kitazawa', 'Umeda', 'Honmachi', 'Odori Nishi', 'Ichibancho', 'Hakata Ekimae'])}, {w} {p}-{digits(4)}", "Japan"
    if kind == "fr":
        return f"{R.randint(1, 140)}{pick(['', ' bis'])} {pick(FR_STREETS)}, {R.randint(10, 95)}{digits(3)} {pick(['Nantes', 'Lille', 'Rennes', 'Dijon', 'Grenoble', 'Tours', 'Marseille'])}", "France"
    if kind == "de":
        return f"{pick(DE_STREETS)} {R.randint(1, 120)}{pick(['', 'a', 'b'])}, {R.randint(10, 99)}{digits(3)} {pick(['Dresden', 'Hannover', 'Bremen', 'Leipzig', 'Nürnberg', 'Mainz', 'Kassel'])}", "Germany"
    if kind == "br":
        return f"{pick(['Rua', 'Av.', 'Travessa'])} {pick(['das Flores', 'Sete de Setembro', 'Dom Pedro II', 'Bahia', 'XV de Novembro'])}, {R.randint(10, 2500)}{pick(['', ', apto 12', ', casa 2', ' - bloco B'])} - {pick(['Centro', 'Boa Viagem', 'Savassi', 'Batel'])}, {pick(['Recife - PE', 'Belo Horizonte - MG', 'Curitiba - PR', 'Salvador - BA'])}, {digits(5)}-{digits(3)}", "Brazil"
    raise ValueError(kind)


INTL_CITIES = [("Manila", "PH"), ("Cebu", "PH"), ("Lagos", "NG"), ("Abuja", "NG"), ("Kraków", "PL"),
               ("Gdańsk", "PL"), ("Marseille", "FR"), ("Lyon", "FR"), ("Hamburg", "DE"), ("Munich", "DE"),
               ("Rotterdam", "NL"), ("Utrecht", "NL"), ("Bologna", "IT"), ("Naples", "IT"), ("Valencia", "ES"),
               ("Bilbao", "ES"), ("Puebla", "MX"), ("Monterrey", "MX"), ("Recife", "BR"), ("Curitiba", "BR"),
               ("Osaka", "JP"), ("Sapporo", "JP"), ("Busan", "KR"), ("Incheon", "KR"), ("Pune", "IN"),
               ("Lucknow", "IN"), ("Hanoi", "VN"), ("Hue", "VN"), ("Izmir", "TR"), ("Ankara", "TR"),
               ("Jeddah", "SA"), ("Dammam", "SA"), ("Cork", "IE"), ("Galway", "IE"), ("Perth", "AU"),
               ("Brisbane", "AU"), ("Guangzhou", "CN"), ("Chengdu", "CN"), ("Glasgow", "UK"), ("Belfast", "UK")]


def intl_city():
    """Return (city, phone-country code)."""
    return pick(INTL_CITIES)


def nonlatin_place():
    return pick(["東京", "大阪府", "札幌市", "北京", "上海", "广州市", "서울", "부산", "대구광역시", "Москва",
                 "Санкт-Петербург", "Казань", "الرياض", "جدة", "القاهرة", "मुंबई", "दिल्ली", "لاهور",
                 "Αθήνα", "תל אביב"])


# ------------------------------------------------------------------------------------------ phones
AREA = ["201", "205", "209", "210", "212", "214", "215", "216", "217", "218", "219", "224", "225", "229",
        "231", "234", "239", "240", "248", "251", "252", "253", "254", "256", "260", "262", "267", "269",
        "270", "276", "281", "301", "302", "303", "304", "305", "307", "308", "309", "310", "312", "313",
        "314", "315", "316", "317", "318", "319", "320", "321", "323", "330", "334", "336", "337", "339",
        "347", "352", "360", "361", "385", "386", "401", "402", "404", "405", "406", "407", "408", "409",
        "410", "412", "413", "414", "415", "417", "419", "423", "424", "425", "430", "432", "434", "435",
        "440", "443", "469", "470", "475", "478", "479", "480", "484", "501", "502", "503", "504", "505",
        "507", "508", "509", "510", "512", "513", "515", "516", "517", "518", "520", "530", "540", "541",
        "559", "561", "562", "563", "570", "573", "574", "575", "580", "585", "586", "601", "602", "603",
        "605", "606", "607", "608", "609", "610", "612", "614", "615", "616", "617", "618", "619", "620",
        "623", "626", "630", "631", "636", "641", "646", "650", "651", "657", "660", "661", "662", "678",
        "701", "702", "703", "704", "706", "707", "708", "712", "713", "714", "715", "716", "717", "718",
        "719", "720", "724", "727", "731", "732", "734", "740", "754", "757", "760", "763", "765", "769",
        "770", "772", "773", "774", "775", "779", "781", "785", "786", "801", "802", "803", "804", "805",
        "806", "808", "810", "812", "813", "814", "815", "816", "817", "818", "828", "830", "831", "832",
        "843", "845", "847", "850", "856", "857", "858", "859", "860", "862", "863", "864", "865", "870",
        "901", "903", "904", "907", "908", "909", "910", "912", "913", "914", "915", "916", "917", "918",
        "919", "920", "925", "928", "931", "936", "937", "940", "941", "947", "949", "951", "952", "954",
        "956", "970", "971", "972", "973", "978", "979", "980", "985", "989"]
VANITY = ["FLOWERS", "GO-FIXIT", "PLUMBER", "ROOF-NOW", "TAX-HELP", "MOVE-ME", "CAKES4U", "DOGWALK",
          "LAWN-PRO", "NEW-TILE", "PAINT-IT", "BAKE-PIE", "CALL-ANA", "TUTOR-ME", "CLEAN-UP"]


def us_phone(style=None, ext=None):
    a = pick(AREA)
    e = "555" if chance(0.35) else str(R.randint(200, 989))
    line = ("01" + digits(2)) if e == "555" else digits(4)
    style = style or R.choices(["paren", "dash", "dot", "plain", "plus1sp", "1dash", "001", "sp",
                                "plus1paren", "plus1dash", "plus1plain", "vanity"],
                               [18, 20, 10, 8, 8, 6, 3, 7, 5, 4, 2, 3])[0]
    s = {"paren": f"({a}) {e}-{line}", "dash": f"{a}-{e}-{line}", "dot": f"{a}.{e}.{line}",
         "plain": f"{a}{e}{line}", "plus1sp": f"+1 {a} {e} {line}", "1dash": f"1-{a}-{e}-{line}",
         "001": f"001-{a}-{e}-{line}", "sp": f"{a} {e} {line}", "plus1paren": f"+1 ({a}) {e}-{line}",
         "plus1dash": f"+1-{a}-{e}-{line}", "plus1plain": f"+1{a}{e}{line}",
         "vanity": f"1-{pick(['800', '888', '877', '866'])}-{pick(VANITY)}"}[style]
    if ext is None:
        ext = chance(0.12) and style != "vanity"
    if ext:
        s += pick([f" x{R.randint(2, 9999)}", f" ext. {R.randint(1, 999)}", f" extension {R.randint(1, 99)}",
                   f" ext {R.randint(100, 999)}", f" x {R.randint(10, 99)}", f" Ext. {R.randint(1, 9)}"])
    return s


COUNTRY_PHONE = {"the UK": "UK", "Germany": "DE", "France": "FR", "Italy": "IT", "Poland": "PL",
                 "the Netherlands": "NL", "Brazil": "BR", "Spain": "ES", "Japan": "JP", "Korea": "KR",
                 "China": "CN", "Austria": "AT", "Switzerland": "CH", "Russia": "RU", "Canada": "CA",
                 "India": "IN", "Mexico": "MX"}


def intl_phone(country=None):
    c = country or pick(["UK", "DE", "FR", "MX", "BR", "IN", "JP", "KR", "CN", "ES", "IT", "NL", "PL",
                         "PH", "AU", "SA", "TR", "VN", "NG", "IE"])
    d = digits
    f = {
        "UK": [f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}",
               f"0161 496 0{d(3)}", f"+44 (0)113 496 0{d(3)}"],
        "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 (0)89 {d(4)} {d(3)}", f"0171 {d(7)}", f"+49 151 {d(4)} {d(4)}"],
        "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
               f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
        "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+55 21 {d(4)}-{d(4)}"],
        "IN": [f"+91 98{d(3)} {d(5)}", f"098{d(3)} {d(5)}", f"+91-22-{d(4)}-{d(4)}", f"+91 {d(5)} {d(5)}"],
        "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"],
        "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"],
        "CN": [f"+86 138 {d(4)} {d(4)}", f"+86 10 {d(4)} {d(4)}", f"139{d(8)}"],
        "ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91{d(1)} {d(3)} {d(3)}", f"+34 93 {d(3)} {d(2)} {d(2)}"],
        "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}"],
        "NL": [f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(8)}"],
        "PL": [f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 6{d(2)} {d(3)} {d(3)}", f"5{d(2)} {d(3)} {d(3)}"],
        "PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"],
        "AU": [f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"],
        "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"],
        "TR": [f"+90 53{d(1)} {d(3)} {d(2)} {d(2)}", f"0 (53{d(1)}) {d(3)} {d(2)} {d(2)}"],
        "VN": [f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"09{d(2)} {d(3)} {d(3)}"],
        "NG": [f"+234 80{d(1)} {d(3)} {d(4)}", f"080{d(1)} {d(3)} {d(4)}"],
        "IE": [f"+353 87 {d(3)} {d(4)}", f"01 {d(3)} {d(4)}"],
        "AT": [f"+43 1 {d(3)} {d(4)}", f"0664 {d(3)} {d(4)}"],
        "CH": [f"+41 44 {d(3)} {d(2)} {d(2)}", f"079 {d(3)} {d(2)} {d(2)}"],
        "RU": [f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (916) {d(3)}-{d(2)}-{d(2)}"],
        "CA": [f"+1 {pick(['416', '604', '514', '403', '613'])} {d(3)} {d(4)}"],
    }[c]
    return pick(f)


# ------------------------------------------------------------------------------------------ emails
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net",
           "att.net", "verizon.net", "msn.com", "live.com", "protonmail.com", "me.com", "sbcglobal.net",
           "charter.net", "cox.net", "bellsouth.net", "earthlink.net", "ymail.com", "mail.com"]
INTL_DOMAINS = ["gmail.com", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "free.fr", "libero.it",
                "wp.pl", "hotmail.es", "uol.com.br", "yahoo.co.jp", "naver.com", "qq.com", "163.com",
                "yandex.ru", "rediffmail.com", "btinternet.com", "outlook.com"]
import unicodedata


def _fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ascii_slug(s):
    s = _fold(s).lower()
    return "".join(ch for ch in s if ch.isalnum() or ch in ".-_")


COUNTRY_DOMAINS = {"UK": ["btinternet.com", "yahoo.co.uk", "gmail.com", "sky.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
                   "FR": ["orange.fr", "free.fr", "laposte.net"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
                   "MX": ["hotmail.com", "prodigy.net.mx", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
                   "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "CA": ["rogers.com", "sympatico.ca", "shaw.ca"],
                   "IT": ["libero.it", "tiscali.it"], "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl"],
                   "ES": ["telefonica.net", "hotmail.es"], "IE": ["eircom.net", "gmail.com"], "AT": ["aon.at", "gmx.at"],
                   "CH": ["bluewin.ch", "gmx.ch"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"]}


def email_for(g, f, intl=False):
    g2, f2 = ascii_slug(g.split()[0]), ascii_slug(f.split()[0])
    if not g2:
        g2 = pick(["mimi", "kaz", "yun", "sasha", "lena"])
    if not f2:
        f2 = pick(["family", "home", "care"]) + digits(2)
    local = pick([f"{g2}.{f2}", f"{g2[0]}{f2}", f"{g2}{f2}{R.randint(1, 99)}", f"{f2}.{g2}",
                  f"{g2}_{f2}", f"{g2}{R.randint(1940, 2005)}", f"{f2}{g2[0]}{digits(2)}",
                  f"{g2}.{f2}+health", f"{g2[0]}.{f2}"])
    dom = pick(COUNTRY_DOMAINS[intl] if intl in COUNTRY_DOMAINS else INTL_DOMAINS if intl else DOMAINS)
    if chance(0.1) and not intl:
        dom = f"{f2}family.net" if chance(0.5) else f"{pick(['law', 'dental', 'build', 'realty'])}{f2}.com"
    return f"{local}@{dom}"


def url_for(g, f):
    g2, f2 = ascii_slug(g.split()[0]), ascii_slug(f.split()[0]) or "family"
    g2 = g2 or "mimi"
    return pick([
        f"https://www.facebook.com/{g2}.{f2}.{digits(2)}",
        f"facebook.com/{g2}{f2}",
        f"https://www.linkedin.com/in/{g2}-{f2}-{digits(3)}a{digits(2)}",
        f"linkedin.com/in/{g2}{f2}",
        f"https://www.gofundme.com/f/{pick(['help', 'support', 'prayers-for', 'medical-bills-for'])}-{g2}-{f2}",
        f"https://www.caringbridge.org/visit/{g2}{f2}",
        f"www.caringbridge.org/site/{g2}-{f2}",
        f"https://{g2}{f2}.com",
        f"http://www.{f2}{pick(['family', 'photography', 'law', 'homes'])}.com/{g2}",
        f"https://instagram.com/{g2}_{f2}{digits(2)}",
        f"https://twitter.com/{g2}{f2[:3]}",
        f"https://calendly.com/{g2}-{f2}/30min",
        f"https://{g2}{f2}.wordpress.com",
        f"https://sites.google.com/view/{g2}-{f2}-care",
        f"https://www.mealtrain.com/trains/{digits(2)}{pick('abcdefgh')}{digits(3)}-{f2}",
        f"https://lotsahelpinghands.com/c/{digits(6)}-{f2}-family",
        f"https://venmo.com/u/{g2}-{f2}-{digits(2)}",
        f"https://www.youtube.com/@{g2}{f2}",
        f"https://tiktok.com/@{g2}.{f2}",
    ])


# ---------------------------------------------------------------------------------- SSN, MRN, DOB
def ssn(fmt=None):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    fmt = fmt or R.choices(["dash", "plain", "space"], [60, 25, 15])[0]
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}",
            "space": f"{a:03d} {g:02d} {s:04d}"}[fmt]


def mbi(dashes=None):
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + string.digits
    v = (str(R.randint(1, 9)) + pick(L) + pick(AN) + str(R.randint(0, 9)) + pick(L) + pick(AN)
         + str(R.randint(0, 9)) + pick(L) + pick(L) + str(R.randint(0, 9)) + str(R.randint(0, 9)))
    if dashes if dashes is not None else chance(0.5):
        v = f"{v[:4]}-{v[4:7]}-{v[7:]}"
    return v


def mrn():
    """Return (label, value). label may be ''."""
    r = R.random()
    if r < 0.22:
        return pick(["MRN", "MRN:", "MRN#", "mrn", "MR#", "Med Rec #"]), pick([digits(7), digits(8), "00" + digits(6), digits(10)])
    if r < 0.34:
        return pick(["chart #", "Chart:", "chart no.", "Chart No"]), pick([f"{pick('ABCEHKMRT')}{digits(6)}", f"{digits(2)}-{digits(3)}-{digits(3)}", f"C{digits(5)}"])
    if r < 0.52:
        return pick(["Member ID", "member id", "Member #", "Subscriber ID", "ID#", "Ins ID"]), pick(
            [f"{''.join(pick(string.ascii_uppercase) for _ in range(3))}{digits(9)}", f"W{digits(9)}", f"{digits(9)}{pick('ABC')}",
             f"{''.join(pick(string.ascii_uppercase) for _ in range(2))}{digits(8)}", f"U{digits(8)} 0{R.randint(1, 9)}"])
    if r < 0.68:
        return pick(["Medicare #", "Medicare ID", "MBI", "medicare number", "Medicare no."]), mbi()
    if r < 0.8:
        return pick(["Medicaid ID", "Medicaid #", "medicaid id", "Medi-Cal ID", "AHCCCS ID"]), pick(
            [f"{pick(['MA', 'MD', 'TX', 'NY', ''])}{digits(9)}", f"{digits(8)}{pick('ABCDEFG')}", f"A{digits(8)}"])
    if r < 0.9:
        return pick(["patient ID", "Pt ID", "Acct/MRN", "hospital number"]), f"{pick(['E', 'P', 'H', 'MR'])}{digits(7)}"
    return "", pick([f"MR-{digits(7)}", f"{digits(3)}-{digits(2)}-{digits(4)}-{digits(1)}", digits(8)])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dob(intl=False):
    y = R.randint(1926, 1999) if chance(0.9) else R.randint(2000, 2019)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if intl:
        return pick([f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d}/{m}/{y}", f"{d}-{MONTHS[m - 1][:3]}-{y}"])
    return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m:02d}-{d:02d}-{y}",
                 f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}", f"{MONTHS[m - 1][:3]} {d} {y}",
                 f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d} {y}", f"{m}.{d}.{y}", f"{m:02d}{d:02d}{y}",
                 f"{MONTHS[m - 1][:3]}. {d}, {y}", f"{m}-{d}-{str(y)[2:]}"])


# ------------------------------------------------------------------------------------ accounts
def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def card(valid=None):
    kind = pick(["visa", "mastercard", "amex", "discover", "visa16"])
    n = fk("en_US").credit_card_number(kind)
    if valid is False or (valid is None and chance(0.2)):
        last = int(n[-1])
        n = n[:-1] + str((last + R.randint(1, 9)) % 10)
    r = R.random()
    if len(n) == 15:
        fmt = pick([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    elif r < 0.45:
        fmt = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    elif r < 0.65:
        fmt = "-".join(n[i:i + 4] for i in range(0, len(n), 4))
    else:
        fmt = n
    label = {"visa": "visa", "visa16": "Visa", "mastercard": "mastercard", "amex": "amex",
             "discover": "Discover"}[kind]
    return label, fmt


IBAN_LOCALES = ["de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT", "pl_PL", "pt_PT", "de_AT", "de_CH", "en_IE"]


def iban(loc=None):
    loc = loc if loc in IBAN_LOCALES else pick(IBAN_LOCALES)
    v = fk(loc).iban()
    r = R.random()
    if r < 0.5:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if chance(0.2):
        v = v.lower()
    return v, loc


def iban_ok(v):
    s = v.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def routing():
    return fk("en_US").aba()


def bank_account():
    return pick([digits(R.randint(8, 12)), "00" + digits(8), f"{digits(4)}-{digits(6)}", digits(10)])
