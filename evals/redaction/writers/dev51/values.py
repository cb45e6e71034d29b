"""Value generators for the dev51 templates (Faker + my own lists and format rules).
Everything here is invented for this file; city names are real places, but streets, numbers,
people, phones and accounts are made up."""
import random, string, unicodedata
from faker import Faker

R = random.Random(5151)
LOCALES = ["en_US", "es_MX", "vi_VN", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL",
           "pt_BR", "pt_PT", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR",
           "uk_UA", "yo_NG", "ig_NG", "el_GR", "fa_IR", "he_IL", "th_TH", "id_ID"]
FK = {}
for i, loc in enumerate(LOCALES):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(5100 + i)


def reseed(k):
    """Fixed seeds: round k uses R seed 5151+k and Faker seeds 5100+i+1000*k."""
    R.seed(5151 + k)
    for i, loc in enumerate(LOCALES):
        FK[loc].seed_instance(5100 + i + 1000 * k)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- people
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "King", "Wood", "Stone", "Bell", "Gray",
                 "Little", "Price", "Long", "Frost", "Lane", "Hunt", "Banks", "Love", "Sharp", "Small",
                 "West", "Rich", "Street", "Fox", "Moody", "Cash", "Baker", "Glass", "Strong"]
US_EXTRA_LAST = ["Nguyen", "Tran", "Okafor", "Adeyemi", "Kowalski", "Nowak", "Rossi", "Esposito", "Patel",
                 "Shah", "Kim", "Cho", "Yamamoto", "Begay", "Yazzie", "Kealoha", "Haddad", "Khoury",
                 "Goldberg", "Schwartz", "O'Connor", "McBride", "Washington", "Jefferson", "Dubois",
                 "Hernández", "Castillo", "Ramírez", "Delacroix", "Fitzgerald", "Van Dyke", "St. Clair"]


class Person:
    def __init__(self, first, last, script="latin", order="western", region="US", g=None, middle="", country=None):
        self.first, self.last, self.script, self.order, self.region = first, last, script, order, region
        self.g, self.middle, self.country = g or pick("fm"), middle, country

    @property
    def full(self):
        if self.order == "eastern":
            if self.script == "cjk":
                return self.last + self.first
            return " ".join(x for x in (self.last, self.middle, self.first) if x)
        return f"{self.first} {self.last}"

    @property
    def folded(self):
        return ascii_fold(self.first).lower().replace(" ", ""), ascii_fold(self.last).lower().replace(" ", "").replace("'", "")


VI_F, VI_M = ["Lan", "Thu", "Huong", "Phuong", "Linh", "Thao", "Mai", "Hoa"], ["Minh", "Hung", "Tuan", "Duc", "Quang", "Khanh", "Long", "Nam"]
US_EXTRA_F = ["Aaliyah", "Imani", "Latoya", "Keisha", "Shanice", "Priya", "Mei", "Fatima", "Leilani", "Nizhoni",
              "Esperanza", "Maribel", "Rocío", "Ngozi", "Yesenia", "Anh"]
US_EXTRA_M = ["DeShawn", "Tyrone", "Jamal", "Malik", "Arjun", "Wei", "Hyun", "Yusuf", "Omar", "Kai", "Chayton",
              "Chinedu", "Dakota", "Rashad", "Tariq", "Bao"]


def _gfirst(f, g):
    try:
        return f.first_name_female() if g == "f" else f.first_name_male()
    except AttributeError:
        return f.first_name()


def _glast(f, g):
    try:
        return f.last_name_female() if g == "f" else f.last_name_male()
    except AttributeError:
        return f.last_name()


def us_person(gender=None):
    g = gender or pick("fm")
    roll = R.random()
    if roll < 0.62:
        first, last = _gfirst(FK["en_US"], g), FK["en_US"].last_name()
    elif roll < 0.72:
        first, last = _gfirst(FK["es_MX"], g), FK["es_MX"].last_name()
    elif roll < 0.77:
        first, last = pick(VI_F if g == "f" else VI_M), FK["vi_VN"].last_name()
    elif roll < 0.87:
        first = pick(US_EXTRA_F if g == "f" else US_EXTRA_M) if chance(0.5) else _gfirst(FK["en_US"], g)
        last = pick(US_EXTRA_LAST)
    else:
        first, last = _gfirst(FK["en_US"], g), pick(WORD_SURNAMES)
    return Person(first.split()[0], last, region="US", g=g)


def intl_person(country, gender=None):
    """A person from a country, in that country's usual script."""
    g = gender or pick("fm")
    loc = COUNTRY[country]["loc"]
    f = FK[loc]
    if country == "VN":
        return Person(pick(VI_F if g == "f" else VI_M), f.last_name(), order="eastern", region="INTL", g=g,
                      middle="Thị" if g == "f" else pick(["Văn", "Đức", "Quốc"]), country=country)
    if country == "PH":
        return Person(_gfirst(FK["es_MX"], g).split()[0] if chance(0.4) else _gfirst(FK["en_US"], g),
                      pick(["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Mendoza", "Villanueva", "Garcia", "Ramos", "Aquino"]),
                      region="INTL", g=g, country=country)
    if loc in ("zh_CN", "ja_JP", "ko_KR"):
        p = Person(_gfirst(f, g), f.last_name(), "cjk", "eastern", "INTL", g=g, country=country)
        if loc == "ja_JP" and chance(0.5):
            p.script = "cjk_space"
        return p
    for _ in range(20):
        first = _gfirst(f, g).split()[0]
        last = _glast(f, g) if loc in ("ru_RU", "uk_UA", "pl_PL", "el_GR") else f.last_name()
        if loc == "de_DE" and (" " in last or "." in last):
            continue
        break
    return Person(first, last, region="INTL", g=g, country=country)


def pron(g):
    return {"f": {"s": "she", "o": "her", "p": "her"}, "m": {"s": "he", "o": "him", "p": "his"}}[g]


def person_render(p, how):
    if how == "full":
        return p.full
    if how == "first":
        return p.first
    if how == "last":
        return p.last
    if how == "lower":
        return p.full.lower()
    if how == "caps":
        return p.full.upper()
    if how == "lastfirst":
        return f"{p.last}, {p.first}"
    if how == "initial":
        return f"{p.first[0]}. {p.last}"
    raise ValueError(how)


# ---------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Fresno", "CA", "937"), ("Tacoma", "WA", "984"),
             ("Boise", "ID", "837"), ("El Paso", "TX", "799"), ("Albuquerque", "NM", "871"), ("Omaha", "NE", "681"),
             ("Des Moines", "IA", "503"), ("Knoxville", "TN", "379"), ("Birmingham", "AL", "352"), ("Savannah", "GA", "314"),
             ("Charleston", "WV", "253"), ("Richmond", "VA", "232"), ("Baltimore", "MD", "212"), ("Newark", "NJ", "071"),
             ("Hartford", "CT", "061"), ("Providence", "RI", "029"), ("Worcester", "MA", "016"), ("Manchester", "NH", "031"),
             ("Burlington", "VT", "054"), ("Bangor", "ME", "044"), ("Buffalo", "NY", "142"), ("Rochester", "NY", "146"),
             ("Scranton", "PA", "185"), ("Pittsburgh", "PA", "152"), ("Toledo", "OH", "436"), ("Flint", "MI", "485"),
             ("Grand Rapids", "MI", "495"), ("Gary", "IN", "464"), ("Fort Wayne", "IN", "468"), ("Madison", "WI", "537"),
             ("Duluth", "MN", "558"), ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Wichita", "KS", "672"),
             ("Tulsa", "OK", "741"), ("Little Rock", "AR", "722"), ("Shreveport", "LA", "711"), ("Baton Rouge", "LA", "708"),
             ("Jackson", "MS", "392"), ("Mobile", "AL", "366"), ("Tallahassee", "FL", "323"), ("Orlando", "FL", "328"),
             ("Hialeah", "FL", "330"), ("Greenville", "SC", "296"), ("Durham", "NC", "277"), ("Lexington", "KY", "405"),
             ("Louisville", "KY", "402"), ("St. Louis", "MO", "631"), ("Kansas City", "MO", "641"), ("Denver", "CO", "802"),
             ("Pueblo", "CO", "810"), ("Cheyenne", "WY", "820"), ("Billings", "MT", "591"), ("Salt Lake City", "UT", "841"),
             ("Reno", "NV", "895"), ("Las Vegas", "NV", "891"), ("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"),
             ("San Bernardino", "CA", "924"), ("Oakland", "CA", "946"), ("Stockton", "CA", "952"), ("Eugene", "OR", "974"),
             ("Spokane", "WA", "992"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"), ("Laredo", "TX", "780"),
             ("McAllen", "TX", "785"), ("Lubbock", "TX", "794"), ("Yonkers", "NY", "107"), ("Paterson", "NJ", "075"),
             ("Lowell", "MA", "018"), ("Camden", "NJ", "081"), ("Dearborn", "MI", "481"), ("Cicero", "IL", "608"),
             ("Joliet", "IL", "604"), ("Chattanooga", "TN", "374"), ("Macon", "GA", "312"), ("Asheville", "NC", "288"),
             ("Roanoke", "VA", "240"), ("Erie", "PA", "165"), ("Akron", "OH", "443"), ("Peoria", "IL", "616"),
             ("Green Bay", "WI", "543"), ("Rapid City", "SD", "577"), ("Missoula", "MT", "598"), ("Yakima", "WA", "989"),
             ("Bakersfield", "CA", "933"), ("Santa Rosa", "CA", "954"), ("Corpus Christi", "TX", "784"), ("Gainesville", "FL", "326")]
STREET_BASES = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Madison", "Park", "Lake",
                "Hill", "Main", "Church", "Mill", "Spring", "Ridge", "Sunset", "Highland", "Forest", "Meadow", "Walnut",
                "Cherry", "Dogwood", "Magnolia", "Franklin", "Jackson", "Grant", "Adams", "Monroe", "Chestnut", "Sycamore",
                "Willow", "Riverside", "Prospect", "Pleasant", "Fairview", "Woodland", "Valley", "Country Club",
                "Martin Luther King Jr", "Cesar Chavez", "Kings", "Lafayette", "Poplar", "Hickory", "Laurel", "Cypress",
                "Mesquite", "Palmetto", "Juniper", "Aspen", "Sequoia", "Old Farm", "Quail Run", "Deer Creek", "Briarwood",
                "Canterbury", "Hawthorne", "Kenwood", "Belmont", "Clifton", "Greenwood", "Orchard", "Bayshore", "Summit",
                "Rosewood", "Harbor", "Piedmont", "Tamarack", "Redbud", "Prairie View", "Bluebonnet", "Saguaro"]
SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl",
            "Ter", "Pkwy", "Cir", "Trl", "St.", "Ave.", "Rd."]
UNITS = ["Apt 4B", "Apt. 12", "Unit 3", "Suite 210", "Ste 110", "#12", "Apt #2R", "Apt 305", "Unit B", "Lot 42",
         "Apt. 7C", "Suite 1400", "# 6", "Bldg C Apt 14", "Fl 2", "Apt 1A", "Unit 1207", "Trlr 9", "Rm 118"]
AREA_CODES = ["205", "251", "256", "907", "480", "520", "602", "928", "479", "501", "209", "213", "310", "415", "510",
              "559", "619", "707", "714", "760", "818", "916", "303", "719", "970", "203", "860", "302", "305", "352",
              "407", "561", "727", "786", "813", "850", "904", "229", "404", "478", "706", "770", "912", "808", "208",
              "217", "309", "312", "618", "708", "773", "815", "219", "260", "317", "574", "765", "319", "515", "563",
              "316", "785", "502", "606", "859", "225", "318", "504", "985", "207", "301", "410", "413", "508", "617",
              "781", "978", "231", "248", "313", "517", "586", "616", "810", "906", "218", "612", "651", "763", "228",
              "601", "662", "314", "417", "573", "816", "406", "308", "402", "702", "775", "603", "201", "609", "732",
              "856", "973", "505", "575", "212", "315", "347", "516", "518", "585", "607", "631", "716", "718", "845",
              "914", "252", "336", "704", "828", "910", "919", "701", "216", "330", "419", "440", "513", "614", "740",
              "937", "405", "918", "503", "541", "215", "267", "412", "484", "570", "610", "717", "814", "401", "803",
              "843", "864", "605", "423", "615", "731", "865", "901", "931", "210", "214", "254", "281", "325", "361",
              "409", "432", "512", "713", "806", "817", "830", "903", "915", "940", "956", "972", "801", "435", "802",
              "276", "434", "540", "703", "757", "804", "206", "253", "360", "509", "304", "262", "414", "608", "715",
              "920", "307"]


def zip5(pre):
    return pre + digits(2)


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def street():
    num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]))
    base = pick(STREET_BASES)
    if chance(0.15):
        base = f"{pick(['N', 'S', 'E', 'W', 'NE', 'SW', 'North', 'West'])} {base}"
    if chance(0.08):
        base = ordinal(R.randint(2, 98))
    return f"{num} {base} {pick(SUFFIXES)}"


def us_city():
    return pick(US_CITIES)


def us_address(kind=None):
    """Whole US address as one string (one line; \\n allowed in 'multi')."""
    c, st, pre = us_city()
    z = zip5(pre)
    if chance(0.25):
        z += "-" + digits(4)
    kind = kind or R.choices(["line", "unit", "multi", "nocomma", "pobox", "military", "rural"],
                             [30, 28, 12, 8, 9, 7, 6])[0]
    s = street()
    if kind == "line":
        return f"{s}, {c}, {st} {z}" if chance(0.7) else f"{s}, {c} {st} {z}"
    if kind == "unit":
        u = pick(UNITS)
        return f"{s} {u}, {c}, {st} {z}" if chance(0.6) else f"{s}, {u}, {c}, {st} {z}"
    if kind == "multi":
        if chance(0.5):
            return f"{s}\n{pick(UNITS)}\n{c}, {st} {z}"
        return f"{s}\n{c}, {st} {z}"
    if kind == "nocomma":
        return f"{s} {c} {st} {z}".lower()
    if kind == "pobox":
        return f"{pick(['PO Box', 'P.O. Box', 'Post Office Box', 'PO BOX', 'P O Box'])} {R.randint(1, 99999)}, {c}, {st} {z}"
    if kind == "military":
        z = pick(["09", "09", "96", "340"])
        z = z + digits(5 - len(z))
        code = {"09": "AE", "96": "AP", "34": "AA"}[z[:2]]
        form = R.randint(0, 3)
        post = pick(["APO", "FPO", "DPO"])
        if form == 0:
            return f"PSC {R.randint(1, 999)}, Box {R.randint(1, 9999)}, {post} {code} {z}"
        if form == 1:
            return f"Unit {R.randint(2000, 9999)} Box {R.randint(1, 9999)}, {post} {code} {z}"
        if form == 2:
            return f"CMR {R.randint(400, 499)} Box {R.randint(1, 9999)}, APO {code} {z}"
        return f"PSC {R.randint(1, 999)} Box {R.randint(1, 9999)}\n{post} {code} {z}"
    if kind == "rural":
        if chance(0.5):
            return f"RR {R.randint(1, 9)} Box {R.randint(1, 400)}{pick(['', '', 'A', 'B'])}, {c}, {st} {z}"
        if chance(0.5):
            return f"Rural Route {R.randint(1, 6)}, Box {R.randint(1, 400)}, {c}, {st} {z}"
        return f"HC {R.randint(60, 89)} Box {R.randint(1, 9999)}, {c}, {st} {z}"
    raise ValueError(kind)


def us_city_state(with_zip=None):
    c, st, pre = us_city()
    if with_zip is None:
        with_zip = chance(0.4)
    return f"{c}, {st} {zip5(pre)}" if with_zip else f"{c}, {st}"


def us_phone(shape=None):
    a = pick(AREA_CODES)
    e = str(R.randint(200, 989))
    n = digits(4)
    shapes = ["paren", "dash", "dot", "plain", "plus1", "one_dash", "intl00", "space", "ext", "paren_nospace",
              "plus1dash", "vanity"]
    w = [14, 22, 10, 6, 7, 6, 3, 8, 9, 4, 4, 0]
    shape = shape or R.choices(shapes, w)[0]
    if shape == "paren":
        return f"({a}) {e}-{n}"
    if shape == "paren_nospace":
        return f"({a}){e}-{n}"
    if shape == "dash":
        return f"{a}-{e}-{n}"
    if shape == "dot":
        return f"{a}.{e}.{n}"
    if shape == "plain":
        return f"{a}{e}{n}"
    if shape == "plus1":
        return f"+1 {a} {e} {n}"
    if shape == "plus1dash":
        return f"+1-{a}-{e}-{n}"
    if shape == "one_dash":
        return f"1-{a}-{e}-{n}"
    if shape == "intl00":
        return f"001-{a}-{e}-{n}"
    if shape == "space":
        return f"{a} {e} {n}"
    if shape == "ext":
        base = us_phone(pick(["paren", "dash", "dot"]))
        return base + pick([f" x{R.randint(2, 9999)}", f" ext. {R.randint(2, 999)}", f" extension {R.randint(1, 9)}",
                            f" ext {R.randint(10, 99)}", f" x {R.randint(100, 999)}", f" Ext. {R.randint(1000, 9999)}"])
    if shape == "vanity":
        word = pick(["FLOWERS", "PLUMBER", "GETCARE", "HANDYMN", "CAREGVR", "ROOFING", "TAXHELP", "MOWLAWN", "CLEANUP"])
        pre = pick(["800", "888", "877", "866"])
        return f"1-{pre}-{word[:3]}-{word[3:]}" if chance(0.5) else f"1-{pre}-{word}"
    raise ValueError(shape)


# ---------------------------------------------------------------- international
COUNTRY = {
    "GB": {"loc": "en_GB"}, "DE": {"loc": "de_DE"}, "FR": {"loc": "fr_FR"}, "ES": {"loc": "es_ES"},
    "IT": {"loc": "it_IT"}, "NL": {"loc": "nl_NL"}, "PL": {"loc": "pl_PL"}, "BR": {"loc": "pt_BR"},
    "PT": {"loc": "pt_PT"}, "MX": {"loc": "es_MX"}, "JP": {"loc": "ja_JP"}, "CN": {"loc": "zh_CN"},
    "KR": {"loc": "ko_KR"}, "IN": {"loc": "en_IN"}, "INH": {"loc": "hi_IN"}, "SA": {"loc": "ar_SA"},
    "RU": {"loc": "ru_RU"}, "TR": {"loc": "tr_TR"}, "UA": {"loc": "uk_UA"}, "NG": {"loc": "yo_NG"},
    "NGI": {"loc": "ig_NG"}, "GR": {"loc": "el_GR"}, "IR": {"loc": "fa_IR"}, "IL": {"loc": "he_IL"},
    "TH": {"loc": "th_TH"}, "ID": {"loc": "id_ID"}, "VN": {"loc": "vi_VN"}, "CA": {"loc": "en_US"},
    "PH": {"loc": "en_US"},
}
UK_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Cardiff", "CF"),
            ("Glasgow", "G"), ("Edinburgh", "EH"), ("Leicester", "LE"), ("Norwich", "NR"), ("Belfast", "BT"),
            ("Sheffield", "S"), ("Nottingham", "NG"), ("Brighton", "BN"), ("Swansea", "SA"), ("London", "SE"),
            ("London", "N"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Plymouth", "PL"), ("York", "YO")]
UK_STREETS = ["Albert Road", "Victoria Street", "Station Road", "Church Lane", "Mill Lane", "Park Avenue",
              "Queens Road", "Grove Road", "Kingsway", "Manor Close", "The Crescent", "Highfield Road", "Oakwood Drive",
              "St Mary's Road", "Castle Street", "Beechwood Avenue", "Willow Close", "Cromwell Road", "Elm Grove"]
DE_CITIES = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
             ("Stuttgart", "70"), ("Düsseldorf", "40"), ("Leipzig", "04"), ("Dresden", "01"), ("Hannover", "30"),
             ("Bremen", "28"), ("Essen", "45"), ("Freiburg im Breisgau", "79"), ("Münster", "48")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Goethestraße", "Lindenallee", "Schulweg", "Gartenstraße", "Bergstraße",
              "Kirchplatz", "Am Markt", "Birkenweg", "Rosenstraße", "Friedrichstraße", "Mozartstraße", "Uhlandstraße"]
FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nantes", "440"),
             ("Lille", "590"), ("Bordeaux", "330"), ("Strasbourg", "670"), ("Rennes", "350"), ("Montpellier", "340")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "rue des Lilas",
              "place du Marché", "allée des Tilleuls", "rue Pasteur", "chemin des Vignes", "impasse des Roses"]
ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Málaga", "290"),
             ("Zaragoza", "500"), ("Bilbao", "480"), ("Granada", "180")]
ES_STREETS = ["Calle Mayor", "Calle de Toledo", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia",
              "Calle San Vicente", "Calle del Carmen", "Avenida de América", "Calle Goya"]
IT_CITIES = [("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
             ("Bologna", "401", "BO"), ("Palermo", "901", "PA"), ("Bari", "701", "BA"), ("Verona", "371", "VR")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Viale Europa", "Via Dante",
              "Piazza della Libertà", "Via Cavour", "Via Manzoni"]
NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
             ("Groningen", "97")]
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Prinsengracht", "Molenweg", "Stationsplein", "Lindelaan", "Julianastraat"]
PL_CITIES = [("Warszawa", "00"), ("Kraków", "30"), ("Łódź", "90"), ("Wrocław", "50"), ("Poznań", "60"),
             ("Gdańsk", "80"), ("Lublin", "20")]
PL_STREETS = ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Mickiewicza", "ul. Słowackiego", "ul. Kościuszki",
              "al. Jana Pawła II", "ul. Ogrodowa", "ul. Polna"]
BR_CITIES = [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30"),
             ("Salvador", "BA", "40"), ("Recife", "PE", "50"), ("Curitiba", "PR", "80"), ("Fortaleza", "CE", "60"),
             ("Porto Alegre", "RS", "90")]
BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua XV de Novembro", "Rua da Consolação", "Avenida Brasil",
              "Rua Sete de Setembro", "Rua Bahia", "Travessa São José"]
BR_BAIRROS = ["Centro", "Jardim América", "Vila Mariana", "Boa Viagem", "Copacabana", "Savassi", "Moinhos de Vento"]
MX_CITIES = [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
             ("Puebla", "Pue.", "72"), ("Oaxaca de Juárez", "Oax.", "68"), ("Mérida", "Yuc.", "97"),
             ("Tijuana", "B.C.", "22"), ("Morelia", "Mich.", "58")]
MX_STREETS = ["Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Av. Reforma", "Calle 5 de Mayo", "Calle Independencia",
              "Av. Revolución", "Calle Allende"]
MX_COLONIAS = ["Col. Centro", "Col. Roma Norte", "Col. Del Valle", "Col. Americana", "Col. Obrera", "Col. Jardines"]
JP_ADDR = [("東京都", ["新宿区西新宿", "世田谷区桜新町", "江東区豊洲", "練馬区石神井町"], "1"),
           ("大阪府", ["大阪市北区梅田", "堺市堺区中瓦町", "豊中市本町"], "5"),
           ("神奈川県", ["横浜市中区山下町", "川崎市中原区小杉町"], "2"),
           ("北海道", ["札幌市中央区大通西", "旭川市宮下通"], "0"), ("福岡県", ["福岡市博多区博多駅前"], "8")]
JP_ROMAN = [("Tokyo", "Shinjuku-ku", "Nishi-Shinjuku"), ("Osaka", "Kita-ku", "Umeda"), ("Yokohama", "Naka-ku", "Yamashita-cho"),
            ("Sapporo", "Chuo-ku", "Odori Nishi"), ("Kyoto", "Sakyo-ku", "Shimogamo"), ("Fukuoka", "Hakata-ku", "Hakata-ekimae")]
CN_ADDR = ["北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区天河路", "成都市武侯区人民南路",
           "杭州市西湖区文三路", "武汉市洪山区珞喻路", "深圳市南山区科技园南路"]
KR_ADDR = ["서울특별시 강남구 테헤란로", "서울특별시 노원구 동일로", "부산광역시 해운대구 해운대로", "대구광역시 수성구 달구벌대로",
           "인천광역시 남동구 인주대로", "경기도 수원시 팔달구 효원로"]
IN_CITIES = [("Bengaluru", "560"), ("Mumbai", "400"), ("Chennai", "600"), ("Hyderabad", "500"), ("Kolkata", "700"),
             ("Pune", "411"), ("Ahmedabad", "380"), ("Jaipur", "302"), ("Lucknow", "226"), ("Kochi", "682")]
IN_STREETS = ["MG Road", "Nehru Nagar", "Gandhi Road", "Station Road", "Anna Salai", "Link Road", "Park Street",
              "Residency Road", "Jubilee Hills Road No. 36", "Sector 14"]
RU_CITIES = [("Москва", "1"), ("Санкт-Петербург", "19"), ("Новосибирск", "63"), ("Казань", "42"), ("Самара", "44")]
RU_STREETS = ["ул. Тверская", "пр. Мира", "ул. Садовая", "ул. Гагарина", "ул. Пушкина", "Невский пр."]
TR_CITIES = [("İstanbul", "34", ["Kadıköy", "Üsküdar", "Beşiktaş"]), ("Ankara", "06", ["Çankaya", "Keçiören"]),
             ("İzmir", "35", ["Karşıyaka", "Bornova"]), ("Bursa", "16", ["Nilüfer", "Osmangazi"])]
TR_STREETS = ["Atatürk Cad.", "Bağdat Cad.", "İnönü Sok.", "Cumhuriyet Mah. Gül Sok.", "Fevzi Çakmak Cad."]
SA_ADDR = ["King Fahd Rd, Al Olaya, Riyadh", "Prince Sultan St, Al Rawdah, Jeddah", "Al Khobar Corniche, Al Khobar",
           "Abu Bakr Al Siddiq Rd, Al Nakheel, Riyadh"]
SA_AR = ["حي الملز، الرياض", "حي الروضة، جدة", "حي النخيل، الرياض", "حي العزيزية، مكة المكرمة"]
VN_ADDR = ["Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh", "Lê Lợi, Quận Hải Châu, Đà Nẵng", "Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
           "Lý Thường Kiệt, Quận 10, TP. Hồ Chí Minh"]
PH_ADDR = [("Rizal St.", "Brgy. San Antonio", "Makati City", "1203"), ("Mabini St.", "Brgy. Poblacion", "Quezon City", "1100"),
           ("Bonifacio Ave.", "Brgy. Lahug", "Cebu City", "6000"), ("Luna St.", "Brgy. Malate", "Manila", "1004")]
CA_ADDR = [("Toronto", "ON", "M"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"), ("Winnipeg", "MB", "R"),
           ("Halifax", "NS", "B"), ("Calgary", "AB", "T"), ("Ottawa", "ON", "K")]
CA_STREETS = ["Queen Street West", "rue Saint-Denis", "Main Street", "Portage Avenue", "Spring Garden Road", "Bank Street"]


def L(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(n))


def intl_address(country, native=None):
    n = R.randint(1, 199)
    if country == "GB":
        town, area = pick(UK_TOWNS)
        pc = f"{area}{R.randint(1, 28)} {R.randint(1, 9)}{L(2)}"
        flat = pick(["", "", f"Flat {R.randint(1, 40)}, ", f"Flat {R.randint(1, 9)}{pick('ABC')}, "])
        return f"{flat}{n} {pick(UK_STREETS)}, {town} {pc}" if chance(0.7) else f"{flat}{n} {pick(UK_STREETS)}\n{town}\n{pc}"
    if country == "DE":
        c, p = pick(DE_CITIES)
        return f"{pick(DE_STREETS)} {n}, {p}{digits(3)} {c}"
    if country == "FR":
        c, p = pick(FR_CITIES)
        cp = (p + digits(5 - len(p)))
        return f"{n}{pick(['', '', ' bis'])} {pick(FR_STREETS)}, {cp} {c}"
    if country == "ES":
        c, p = pick(ES_CITIES)
        return f"{pick(ES_STREETS)} {n}, {R.randint(1, 8)}º {pick('ABCD')}, {p}{digits(2)} {c}"
    if country == "IT":
        c, p, pr = pick(IT_CITIES)
        return f"{pick(IT_STREETS)} {n}, {p}{digits(2)} {c} {pr}"
    if country == "NL":
        c, p = pick(NL_CITIES)
        return f"{pick(NL_STREETS)} {n}, {p}{digits(2)} {L(2)} {c}"
    if country == "PL":
        c, p = pick(PL_CITIES)
        return f"{pick(PL_STREETS)} {n}/{R.randint(1, 60)}, {p}-{digits(3)} {c}"
    if country == "BR":
        c, uf, p = pick(BR_CITIES)
        return f"{pick(BR_STREETS)}, {n * 7}, apto {R.randint(11, 154)}, {pick(BR_BAIRROS)}, {c} - {uf}, {p}{digits(3)}-{digits(3)}"
    if country == "PT":
        return f"Rua {pick(['do Carmo', 'Augusta', 'de Santa Catarina', 'da Prata'])}, {n}, {R.randint(1000, 4999)}-{digits(3)} {pick(['Lisboa', 'Porto', 'Coimbra', 'Braga'])}"
    if country == "MX":
        c, st, p = pick(MX_CITIES)
        cp = p + digits(5 - len(p))
        return f"{pick(MX_STREETS)} {n * 3}, {pick(MX_COLONIAS)}, {cp} {c}, {st}"
    if country == "JP":
        if native is None:
            native = chance(0.6)
        if native:
            pref, areas, p = pick(JP_ADDR)
            return f"〒{p}{digits(2)}-{digits(4)} {pref}{pick(areas)}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
        c, ku, ch = pick(JP_ROMAN)
        return f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)} {ch}, {ku}, {c} {digits(3)}-{digits(4)}"
    if country == "CN":
        return f"{pick(CN_ADDR)}{R.randint(1, 999)}号{R.randint(1, 20)}栋{R.randint(101, 2505)}室"
    if country == "KR":
        return f"{pick(KR_ADDR)} {R.randint(1, 500)}, {R.randint(101, 1505)}호"
    if country in ("IN", "INH"):
        c, p = pick(IN_CITIES)
        return f"{pick(['Flat', 'House No.', 'Plot'])} {R.randint(1, 450)}, {pick(IN_STREETS)}, {c} {p}{digits(3)}"
    if country == "RU":
        c, p = pick(RU_CITIES)
        return f"{pick(RU_STREETS)}, д. {n}, кв. {R.randint(1, 220)}, {c}, {p}{digits(6 - len(p))}"
    if country == "TR":
        c, p, ds = pick(TR_CITIES)
        return f"{pick(TR_STREETS)} No:{n} D:{R.randint(1, 24)}, {p}{digits(3)} {pick(ds)}/{c}"
    if country == "SA":
        if chance(0.5):
            return f"{pick(SA_AR)} {digits(5)}"
        return f"{R.randint(1000, 9999)} {pick(SA_ADDR)} {digits(5)}"
    if country == "VN":
        return f"Số {n} {pick(VN_ADDR)}"
    if country == "PH":
        s, b, c, z = pick(PH_ADDR)
        return f"{n} {s}, {b}, {c} {z}"
    if country == "GR":
        if chance(0.5):
            return f"{pick(['Οδός Ερμού', 'Λεωφόρος Αλεξάνδρας', 'Οδός Αγίου Δημητρίου'])} {n}, {R.randint(100, 599)} {digits(2)} {pick(['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα'])}"
        return f"{pick(['Ermou', 'Egnatia', 'Tsimiski'])} {n}, {R.randint(100, 599)} {digits(2)} {pick(['Athens', 'Thessaloniki'])}"
    if country == "UA":
        return f"{pick(['вул. Хрещатик', 'вул. Шевченка', 'просп. Перемоги', 'вул. Франка'])}, {n}, кв. {R.randint(1, 150)}, {pick(['Київ', 'Львів', 'Одеса', 'Харків'])}, {digits(5)}"
    if country in ("NG", "NGI"):
        return pick([f"{n} Awolowo Road, Ikoyi, Lagos {digits(6)}", f"Plot {n}, Independence Layout, Enugu {digits(6)}",
                     f"{n} Ring Road, Ibadan {digits(6)}", f"No. {n} Aminu Kano Crescent, Wuse II, Abuja"])
    if country == "IR":
        return f"{pick(['تهران، خیابان ولیعصر', 'اصفهان، خیابان چهارباغ', 'شیراز، خیابان زند'])}، پلاک {n}"
    if country == "IL":
        return f"{pick(['רחוב הרצל', 'רחוב יפו', 'שדרות רוטשילד'])} {n}, {pick(['תל אביב', 'ירושלים', 'חיפה'])}"
    if country == "TH":
        return f"{n}/{R.randint(1, 99)} {pick(['ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ', 'ถนนนิมมานเหมินท์ เชียงใหม่'])} {digits(5)}"
    if country == "ID":
        return f"Jl. {pick(['Sudirman', 'Diponegoro', 'Gatot Subroto', 'Pemuda'])} No. {n}, {pick(['Jakarta Selatan', 'Surabaya', 'Bandung'])} {digits(5)}"
    if country == "CA":
        c, pr, a = pick(CA_ADDR)
        return f"{R.randint(10, 4999)} {pick(CA_STREETS)}, {c}, {pr} {a}{R.randint(1, 9)}{L(1)} {R.randint(1, 9)}{L(1)}{R.randint(1, 9)}"
    raise ValueError(country)


INTL_CITY = {"GB": ["Leeds", "Glasgow", "Cardiff", "Belfast", "Norwich", "Bristol", "Manchester", "Brighton"],
             "DE": ["Berlin", "Hamburg", "Köln", "München", "Leipzig"], "FR": ["Lyon", "Marseille", "Toulouse", "Nantes", "Lille"],
             "ES": ["Sevilla", "Valencia", "Bilbao", "Zaragoza"], "IT": ["Napoli", "Torino", "Palermo", "Bologna"],
             "NL": ["Utrecht", "Rotterdam", "Groningen"], "PL": ["Wrocław", "Poznań", "Łódź", "Lublin"],
             "BR": ["Recife", "Curitiba", "Fortaleza", "Salvador"], "PT": ["Porto", "Coimbra", "Braga"],
             "MX": ["Puebla", "Oaxaca", "Monterrey", "Mérida", "Morelia"], "JP": ["大阪", "札幌", "Nagoya", "Sendai", "福岡"],
             "CN": ["成都", "武汉", "杭州", "Guangzhou", "Chongqing"], "KR": ["부산", "대구", "Incheon", "Gwangju"],
             "IN": ["Lucknow", "Jaipur", "Kochi", "Ahmedabad", "Hyderabad"], "INH": ["दिल्ली", "वाराणसी", "पटना"],
             "SA": ["Jeddah", "Dammam", "الرياض", "Medina"], "RU": ["Новосибирск", "Казань", "Samara"],
             "TR": ["Ankara", "Bursa", "Trabzon", "Antalya"], "UA": ["Львів", "Одеса", "Kharkiv", "Dnipro"],
             "NG": ["Ibadan", "Abuja", "Enugu"], "NGI": ["Onitsha", "Owerri"], "GR": ["Θεσσαλονίκη", "Patras"],
             "IR": ["تهران", "Isfahan", "Shiraz"], "IL": ["חיפה", "Haifa", "Be'er Sheva"], "TH": ["เชียงใหม่", "Chiang Mai"],
             "ID": ["Surabaya", "Bandung", "Medan"], "VN": ["Đà Nẵng", "Huế", "Hải Phòng"], "CA": ["Winnipeg", "Halifax", "Ottawa"],
             "PH": ["Cebu City", "Davao City", "Iloilo City"]}


def intl_city(country):
    return pick(INTL_CITY[country])


def intl_phone(country):
    d = digits
    if country == "GB":
        return pick([f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}", f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}",
                     f"0161 {d(3)} {d(4)}", f"+44 (0)113 {d(3)} {d(4)}", f"01632 {d(6)}"])
    if country == "DE":
        return pick([f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 (0)89 {d(4)} {d(3)}", f"0171 {d(7)}", f"+49 1512 {d(7)}",
                     f"0221/{d(6)}"])
    if country == "FR":
        return pick([f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                     f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])
    if country == "ES":
        return pick([f"+34 91{d(1)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 6{d(2)} {d(3)} {d(3)}"])
    if country == "IT":
        return pick([f"+39 02 {d(4)} {d(4)}", f"34{d(1)} {d(3)} {d(4)}", f"+39 06 {d(8)}", f"+39 333 {d(7)}"])
    if country == "NL":
        return pick([f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}", f"010 {d(3)} {d(4)}"])
    if country == "PL":
        return pick([f"+48 22 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}", f"+48 5{d(2)} {d(3)} {d(3)}"])
    if country == "BR":
        return pick([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}", f"(11) 3{d(3)}-{d(4)}"])
    if country == "PT":
        return pick([f"+351 91{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}"])
    if country == "MX":
        return pick([f"+52 55 {d(4)} {d(4)}", f"33 {d(4)} {d(4)}", f"+52 1 81 {d(4)} {d(4)}", f"(55) {d(4)}-{d(4)}"])
    if country == "JP":
        return pick([f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}", f"06-{d(4)}-{d(4)}"])
    if country == "CN":
        return pick([f"+86 13{d(1)} {d(4)} {d(4)}", f"139{d(8)}", f"+86 10 {d(4)} {d(4)}", f"(021) {d(4)} {d(4)}"])
    if country == "KR":
        return pick([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"])
    if country in ("IN", "INH"):
        return pick([f"+91 9{d(4)} {d(5)}", f"09{d(3)}{d(6)}", f"+91-80-{d(4)}-{d(4)}", f"9{d(4)} {d(5)}", f"022 {d(4)} {d(4)}"])
    if country == "SA":
        return pick([f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}"])
    if country == "RU":
        return pick([f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"+7 9{d(2)} {d(3)} {d(2)} {d(2)}"])
    if country == "TR":
        return pick([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"+90 212 {d(3)} {d(2)} {d(2)}"])
    if country == "UA":
        return pick([f"+380 67 {d(3)} {d(2)} {d(2)}", f"+380 (44) {d(3)}-{d(2)}-{d(2)}"])
    if country in ("NG", "NGI"):
        return pick([f"+234 80{d(1)} {d(3)} {d(4)}", f"080{d(1)} {d(3)} {d(4)}"])
    if country == "GR":
        return pick([f"+30 21 {d(4)} {d(4)}", f"69{d(2)} {d(3)} {d(3)}"])
    if country == "IR":
        return pick([f"+98 912 {d(3)} {d(4)}", f"0912 {d(3)} {d(4)}"])
    if country == "IL":
        return pick([f"+972 50-{d(3)}-{d(4)}", f"054-{d(3)}-{d(4)}"])
    if country == "TH":
        return pick([f"+66 81 {d(3)} {d(4)}", f"08{d(1)}-{d(3)}-{d(4)}"])
    if country == "ID":
        return pick([f"+62 812-{d(4)}-{d(4)}", f"0813 {d(4)} {d(4)}"])
    if country == "VN":
        return pick([f"+84 90 {d(3)} {d(4)}", f"091 {d(3)} {d(4)}", f"+84 28 {d(4)} {d(4)}"])
    if country == "PH":
        return pick([f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"])
    if country == "CA":
        return f"+1 {pick(['416', '514', '604', '204', '902', '403', '613'])} {R.randint(200, 989)} {d(4)}"
    raise ValueError(country)


# ---------------------------------------------------------------- email / url
DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net",
              "att.net", "verizon.net", "sbcglobal.net", "msn.com", "charter.net", "bellsouth.net", "protonmail.com"]
DOMAINS_INTL = {"GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"], "DE": ["gmx.de", "web.de", "t-online.de"],
                "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["gmail.com", "telefonica.net"], "IT": ["libero.it", "virgilio.it"],
                "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl", "o2.pl"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
                "MX": ["prodigy.net.mx", "hotmail.com"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
                "CN": ["qq.com", "163.com"], "KR": ["naver.com", "daum.net"], "IN": ["rediffmail.com", "gmail.com"],
                "RU": ["mail.ru", "yandex.ru"], "TR": ["hotmail.com", "yandex.com.tr"]}


ROMAN_HANDLES = {"JP": (["yuki", "haruto", "kenji", "emi", "sora"], ["sato", "tanaka", "suzuki", "watanabe", "ito"]),
                 "CN": (["wei", "jing", "lei", "fang", "min"], ["wang", "li", "zhang", "liu", "chen"]),
                 "KR": (["minji", "jisoo", "hyun", "seojun", "eunji"], ["kim", "lee", "park", "choi", "jung"]),
                 "RU": (["olga", "dima", "sveta", "sasha", "ivan"], ["ivanova", "petrov", "smirnova", "kuznetsov"]),
                 "UA": (["oksana", "taras", "iryna", "andriy"], ["shevchenko", "bondarenko", "kovalenko", "tkachuk"]),
                 "SA": (["noor", "faisal", "reem", "abdullah"], ["alharbi", "alqahtani", "alotaibi", "alghamdi"]),
                 "IR": (["sara", "reza", "maryam", "ali"], ["hosseini", "ahmadi", "karimi", "rahimi"]),
                 "INH": (["ravi", "priya", "sunil", "anita"], ["sharma", "verma", "gupta", "mishra"]),
                 "GR": (["nikos", "maria", "eleni", "giorgos"], ["papadopoulos", "nikolaou", "georgiou"]),
                 "IL": (["noa", "yossi", "tamar", "avi"], ["cohen", "levi", "mizrahi", "peretz"]),
                 "TH": (["somchai", "nok", "ploy", "anan"], ["srisuk", "chaiyaporn", "wongsa"])}


def email(p, country=None):
    f, l = p.folded
    if not f.isascii() or not l.isascii() or not f.isalpha():
        # non-Latin name: a plain romanised-looking handle
        f, l = ROMAN_HANDLES.get(country, (["family", "home"], ["care", "mail"]))
        f, l = pick(f), pick(l)
    f = "".join(c for c in f if c.isalnum())
    l = "".join(c for c in l if c.isalnum())
    doms = DOMAINS_INTL.get(country, ["gmail.com", "yahoo.com"]) if country else DOMAINS_US
    user = pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{R.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{R.randint(40, 99)}",
                 f"{f}{R.randint(1940, 2005)}", f"{f[0]}.{l}"])
    return f"{user}@{pick(doms)}"


def url(p):
    f, l = p.folded
    if not f.isascii() or not f.isalpha():
        f, l = "family", "care"
    f = "".join(c for c in f if c.isalnum())
    l = "".join(c for c in l if c.isalnum())
    return pick([f"https://www.caringbridge.org/visit/{f}{l}", f"caringbridge.org/site/{f}-{l}",
                 f"https://www.gofundme.com/f/help-{f}-{l}-with-medical-bills", f"gofundme.com/f/{f}s-recovery-fund",
                 f"https://www.facebook.com/{f}.{l}.{R.randint(10, 999)}", f"facebook.com/{f}{l}",
                 f"https://www.linkedin.com/in/{f}-{l}-{digits(4)}", f"linkedin.com/in/{f}{l}",
                 f"https://{f}{l}.com", f"www.{f}-{l}.net", f"http://{f}{l}.wordpress.com",
                 f"https://instagram.com/{f}_{l}", f"https://sites.google.com/view/{f}-{l}-care-team",
                 f"https://www.mealtrain.com/trains/{f}-{l}", f"https://lotsahelpinghands.com/c/{digits(6)}-{l}-family",
                 f"https://{l}familyfarm.com/about/{f}", f"https://www.tiktok.com/@{f}{l}{R.randint(1, 99)}"])


# ---------------------------------------------------------------- numbers
def ssn(shape=None):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    a, b, c = f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"
    shape = shape or R.choices(["dash", "space", "plain"], [6, 2, 2])[0]
    return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "plain": f"{a}{b}{c}"}[shape]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    c = [str(R.randint(1, 9)), pick(MBI_L), pick(MBI_L + "0123456789"), str(R.randint(0, 9)), pick(MBI_L),
         pick(MBI_L + "0123456789"), str(R.randint(0, 9)), pick(MBI_L), pick(MBI_L), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    return s if chance(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def mrn():
    """(label, value) for a US record/member number; the label stays outside the identifier."""
    k = R.randint(0, 11)
    if k == 0:
        return pick(["MRN", "MRN:", "MRN#", "mrn"]), digits(R.choice([7, 8, 9]))
    if k == 1:
        return pick(["MRN", "Med Rec #"]), f"{digits(2)}-{digits(3)}-{digits(3)}"
    if k == 2:
        return pick(["chart #", "Chart No.", "chart number"]), f"{L(1)}{digits(6)}"
    if k == 3:
        return pick(["Medicare ID", "Medicare #", "MBI", "medicare number"]), mbi()
    if k == 4:
        return pick(["Medicaid ID", "Medicaid #", "medicaid no."]), pick([f"{L(2)}{digits(5)}{L(1)}", f"{digits(9)}", f"{digits(3)}-{digits(3)}-{digits(3)}"])
    if k == 5:
        return pick(["member ID", "Member ID:", "member #", "Member Number"]), pick([f"{L(3)}{digits(9)}", f"{L(1)}{digits(8)}", f"{digits(9)}-{digits(2)}", f"{L(3)} {digits(4)} {digits(4)}"])
    if k == 6:
        return pick(["patient ID", "Pt ID", "acct/MRN"]), f"{L(2)}-{digits(6)}"
    if k == 7:
        return pick(["EMR #", "record #", "hospital number"]), digits(10)
    if k == 8:
        return pick(["policy/member", "subscriber ID"]), f"{L(1)}{digits(2)}{L(1)}{digits(5)}"
    if k == 9:
        return pick(["Tricare ID", "DoD ID"]), digits(10)
    if k == 10:
        return pick(["ins id", "insurance ID"]), f"{L(2)}{digits(7)}"
    return "", pick([f"MRN{digits(7)}", f"MR-{digits(6)}", f"{L(1)}{digits(7)}"])


def intl_health_id(country):
    if country == "GB":
        return pick(["NHS number", "NHS no."]), f"{digits(3)} {digits(3)} {digits(4)}"
    if country == "CA":
        return pick(["OHIP", "health card"]), f"{digits(4)}-{digits(3)}-{digits(3)}-{L(2)}"
    if country == "FR":
        return pick(["n° de sécurité sociale", "carte Vitale"]), f"{R.randint(1, 2)} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}"
    if country == "DE":
        return pick(["Versichertennummer", "KVNR"]), f"{L(1)}{digits(9)}"
    if country == "BR":
        return "Cartão SUS", f"{digits(3)} {digits(4)} {digits(4)} {digits(4)}"
    if country == "MX":
        return pick(["NSS", "IMSS"]), digits(11)
    if country == "IN":
        return "ABHA", f"{digits(2)}-{digits(4)}-{digits(4)}-{digits(4)}"
    if country == "JP":
        return "保険者番号", digits(8)
    if country == "KR":
        return "환자번호", digits(8)
    return pick(["hospital no.", "patient no.", "file no."]), f"{L(1)}{digits(7)}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob(us=True, year_range=(1928, 1965)):
    y = R.randint(*year_range)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if us:
        k = R.choices(range(9), [20, 10, 8, 10, 8, 6, 6, 4, 4])[0]
        return [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{MON3[m - 1]} {d} {y}",
                f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{str(y)[2:]}", f"{MONTHS[m - 1].lower()} {d} {y}", f"{m:02d}.{d:02d}.{y}"][k]
    k = R.randint(0, 5)
    return [f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
            f"{d}-{MON3[m - 1]}-{y}"][k]


def iban_checksum(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{country}{98 - n % 97:02d}{bban}"


IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n10a1n10n2", "ES": "n20", "IT": "a1n10n12", "NL": "a4n10", "PL": "n24",
             "PT": "n21", "BE": "n12", "AT": "n16", "CH": "n17", "IE": "a4n14", "TR": "n22", "SA": "n18",
             "BR": "n23a1n1", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "GR": "n23", "RO": "a4n16"}


def iban(country=None):
    country = country or pick(list(IBAN_SPEC))
    spec, bban, i = IBAN_SPEC[country], "", 0
    import re
    for kind, num in re.findall(r"([an])(\d+)", spec):
        for _ in range(int(num)):
            bban += pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else pick(string.digits)
    if country == "FR":
        bban = bban[:10] + bban[10:]  # letter inside the account part, like some French accounts
    return country, iban_checksum(country, bban)


def iban_print(ib, how=None):
    how = how or R.choices(["spaced", "plain", "lower", "lowerspaced"], [50, 30, 10, 10])[0]
    spaced = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return {"spaced": spaced, "plain": ib, "lower": ib.lower(), "lowerspaced": spaced.lower()}[how]


def luhn_ok(num):
    ds = [int(c) for c in num]
    tot = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card(valid=None):
    f = FK["en_US"]
    kind = pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
    num = f.credit_card_number(kind)
    if valid is None:
        valid = chance(0.7)
    if not valid:
        num = num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    sep = R.choices([" ", "-", ""], [55, 25, 20])[0]
    label = {"visa": pick(["visa", "Visa", "VISA", "card", "cc", "credit card"]),
             "mastercard": pick(["mastercard", "MC", "card", "credit card", "debit card", "cc"]),
             "amex": pick(["Amex", "amex card", "AmEx", "card"]),
             "discover": pick(["Discover", "discover card", "card", "cc"])}[kind]
    return label, sep.join(groups)


def bank_us():
    routing = FK["en_US"].aba()
    acct = digits(R.choice([8, 9, 10, 11, 12]))
    if chance(0.3):
        acct = f"{acct[:4]} {acct[4:]}"
    return routing, acct


# ---------------------------------------------------------------- keep vocabulary (my own lists)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "amlodipine", "atorvastatin", "gabapentin", "levothyroxine", "omeprazole", "Xarelto", "Humalog",
         "Lantus", "Trulicity", "Jardiance", "Entresto", "carvedilol", "metoprolol", "losartan", "hydrochlorothiazide",
         "spironolactone", "furosemide", "prednisone", "albuterol", "Symbicort", "Spiriva", "tramadol", "acetaminophen",
         "Tylenol", "ibuprofen", "naproxen", "donepezil", "memantine", "Seroquel", "trazodone", "Zoloft", "Lexapro",
         "buspirone", "lorazepam", "Keppra", "Sinemet", "carbidopa-levodopa", "allopurinol", "colchicine", "tamsulosin",
         "Flomax", "vitamin B12", "folic acid", "Ensure", "fish oil", "turmeric", "magnesium oxide", "potassium chloride",
         "Narcan", "naloxone", "buprenorphine", "Suboxone", "methadone", "morphine", "Norco", "oxybutynin", "Plavix",
         "aspirin 81", "Coumadin", "digoxin", "amiodarone", "Ozempic", "glipizide", "Januvia", "Mounjaro", "Farxiga",
         "pantoprazole", "Miralax", "senna", "docusate", "cephalexin", "Augmentin", "nitrofurantoin", "Paxlovid",
         "insulin glargine", "Novolog", "Breo", "Trelegy", "duloxetine", "Cymbalta", "mirtazapine", "hydroxyzine",
         "Benadryl", "loratadine", "Flonase", "latanoprost", "Restasis", "alendronate", "Prolia", "calcium citrate",
         "vitamin D3", "iron sulfate", "ginkgo", "ashwagandha", "CBD gummies", "cinnamon capsules"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
              "congestive heart failure", "type 2 diabetes", "chronic kidney disease", "CKD stage 3", "hypertension",
              "hypothyroidism", "osteoporosis", "osteoarthritis", "rheumatoid arthritis", "gout", "sleep apnea",
              "major depressive disorder", "generalized anxiety disorder", "bipolar disorder", "schizophrenia",
              "dementia", "Lewy body dementia", "multiple sclerosis", "epilepsy", "migraines", "peripheral neuropathy",
              "macular degeneration", "glaucoma", "cataracts", "shingles", "cellulitis", "UTI", "pneumonia", "sepsis",
              "DVT", "pulmonary embolism", "anemia", "hyperlipidemia", "GERD", "diverticulitis", "Crohn's disease",
              "ulcerative colitis", "hepatitis C", "cirrhosis", "breast cancer", "prostate cancer", "lymphoma", "stroke",
              "TIA", "BPH", "urinary incontinence", "pressure ulcer", "delirium", "vertigo", "plantar fasciitis",
              "long COVID", "ALS", "Huntington's disease", "lupus", "psoriasis", "asthma", "hypoglycemia"]
LABS = ["Hemoglobin A1c", "A1c", "creatinine", "eGFR", "BNP", "troponin", "INR", "TSH", "lipid panel", "CBC", "CMP",
        "potassium", "sodium", "LDL", "triglycerides", "vitamin D level", "PSA", "urinalysis", "ferritin", "hemoglobin",
        "platelets", "magnesium level", "B12 level", "ammonia level", "lactate"]
BODY = ["hip", "knee", "shoulder", "lower back", "left ankle", "right wrist", "chest", "abdomen", "heel", "toes",
        "sacrum", "bladder", "kidneys", "lungs", "liver", "left eye", "gums", "calf", "neck", "tailbone"]
REL_F = ["Mom", "Grandma", "Nana", "Abuela", "Auntie", "Mama", "Oma", "Lola", "Granny", "Mother"]
REL_M = ["Dad", "Grandpa", "Papa", "Abuelo", "Opa", "Pop", "Gramps", "Father", "Lolo"]
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Abuelo", "Auntie", "Mama", "Oma", "Opa",
             "Lola", "Pop", "Granny", "Gramps", "Mother", "Father"]
ORGS = ["Walgreens", "CVS", "Rite Aid", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Cleveland Clinic", "Humana",
        "Aetna", "Blue Cross", "UnitedHealthcare", "Meals on Wheels", "the VA", "AARP", "Social Security",
        "Costco pharmacy", "Quest Diagnostics", "Labcorp", "DaVita", "Visiting Angels", "Home Instead",
        "Alzheimer's Association", "Lifeline", "GoodRx", "Express Scripts", "Optum Rx", "Walmart pharmacy"]
HELPLINES = ["988", "1-800-222-1222", "911", "211", "1-800-MEDICARE", "1-800-662-4357"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "I've", "He's", "She's", "Can't", "Won't", "Didn't", "It's",
                "They're", "Wasn't", "Couldn't", "We're", "You'll", "Isn't"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GROUPS = ["Morning Walk Group", "Caregiver Support Circle", "Memory Cafe", "Chair Yoga", "Heart Healthy Cooking Class",
          "Grief Share", "Tai Chi for Balance", "Parkinson's Dance Class", "Diabetes Prevention Program",
          "Better Breathers Club", "Stepping On", "Matter of Balance"]
