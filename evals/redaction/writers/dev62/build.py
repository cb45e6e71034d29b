"""Build handwritten_dev62.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup: hand/README_markup.txt).
2. Fill the rest from the templates below with Faker values (fixed seed 6262).
Every template message is checked with validate.check_record and re-drawn if a value happens to
collide with the text (e.g. a first name that is part of a street name).
"""
import json, random, re, string, sys, unicodedata, datetime
from faker import Faker

sys.path.insert(0, ".")
from handparse import parse_all
from validate import check_record

SEED = 6262
N_TOTAL = 430
rng = random.Random(SEED)
Faker.seed(SEED)
LOCALES = ["en_US", "es_MX", "vi_VN", "en_IN", "pt_BR", "it_IT", "pl_PL", "en_GB", "de_DE", "fr_FR",
           "es_ES", "nl_NL", "ja_JP", "zh_CN", "ko_KR", "ar_SA", "ru_RU", "tr_TR", "hi_IN"]
FK = {loc: Faker(loc) for loc in LOCALES}
for i, loc in enumerate(LOCALES):
    FK[loc].seed_instance(SEED + i)
ch = rng.choice


def chance(p):
    return rng.random() < p


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- names
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Lane", "Fox", "Marsh", "Price", "Stone",
                 "Wood", "Hunter", "Baker", "Mason", "Cook", "Bishop", "Frost", "Gray", "Green", "Wolf", "King",
                 "Banks", "Waters", "Rivers", "Church", "Little", "Long", "Sharp", "Nash", "Moody", "Sweet", "Day"]
WORD_FIRSTS = ["Hope", "Faith", "Grace", "Joy", "Mark", "Rose", "Lily", "Dawn", "Summer", "Hunter", "Ruby", "Pearl",
               "Iris", "Ivy", "Bill", "Sunny", "Angel", "Crystal", "Destiny", "Rusty", "Autumn", "Sky", "Rocky"]
FIL_FIRST = ["Maricel", "Jericho", "Rowena", "Arnel", "Lorna", "Danilo", "Rosalinda", "Jomar", "Cherry", "Noel"]
FIL_LAST = ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Manalo", "Santos", "Pascual", "Tolentino"]
US_NAME_LOCALES = ["en_US"] * 10 + ["es_MX"] * 3 + ["vi_VN", "en_IN", "pt_BR", "it_IT", "pl_PL"]


WORD_FIRSTS_F = ["Hope", "Faith", "Grace", "Joy", "Rose", "Lily", "Dawn", "Summer", "Ruby", "Pearl", "Iris", "Ivy",
                 "Crystal", "Destiny", "Autumn", "Sunny", "Angel", "Sky"]
WORD_FIRSTS_M = ["Mark", "Hunter", "Bill", "Rusty", "Rocky", "Angel", "Sunny", "Sky", "Chase", "Lance"]
FIL_FIRST_F = ["Maricel", "Rowena", "Lorna", "Rosalinda", "Cherry"]
FIL_FIRST_M = ["Jericho", "Arnel", "Danilo", "Jomar", "Noel"]


def us_first_last(sex=None):
    sex = sex or ch("FM")
    r = rng.random()
    if r < 0.12:
        return ch(WORD_FIRSTS_F if sex == "F" else WORD_FIRSTS_M), ch(WORD_SURNAMES)
    if r < 0.17:
        return ch(FIL_FIRST_F if sex == "F" else FIL_FIRST_M), ch(FIL_LAST)
    f = FK[ch(US_NAME_LOCALES)]
    first = f.first_name_female() if sex == "F" else f.first_name_male()
    return first, f.last_name()


INTL_LATIN = ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "tr_TR", "es_MX", "en_IN"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ar_SA", "ru_RU", "hi_IN"]


def nonlatin_full(loc):
    f = FK[loc]
    first, last = f.first_name(), f.last_name()
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        return last + ("" if loc == "zh_CN" or loc == "ko_KR" else " ") + first
    if loc == "ru_RU":
        return first + " " + last if chance(0.5) else last + " " + first
    return first + " " + last


# ---------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Tulsa", "OK", "741"),
             ("Fresno", "CA", "937"), ("Stockton", "CA", "952"), ("Sacramento", "CA", "958"), ("San Diego", "CA", "921"),
             ("El Paso", "TX", "799"), ("McAllen", "TX", "785"), ("Lubbock", "TX", "794"), ("Houston", "TX", "770"),
             ("Tacoma", "WA", "984"), ("Spokane", "WA", "992"), ("Yakima", "WA", "989"), ("Boise", "ID", "837"),
             ("Reno", "NV", "895"), ("Mesa", "AZ", "852"), ("Flagstaff", "AZ", "860"), ("Albuquerque", "NM", "871"),
             ("Pueblo", "CO", "810"), ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Joplin", "MO", "648"),
             ("Des Moines", "IA", "503"), ("Duluth", "MN", "558"), ("Green Bay", "WI", "543"), ("Flint", "MI", "485"),
             ("Kalamazoo", "MI", "490"), ("Gary", "IN", "464"), ("Evansville", "IN", "477"), ("Louisville", "KY", "402"),
             ("Knoxville", "TN", "379"), ("Memphis", "TN", "381"), ("Huntsville", "AL", "358"), ("Mobile", "AL", "366"),
             ("Biloxi", "MS", "395"), ("Shreveport", "LA", "711"), ("Macon", "GA", "312"), ("Savannah", "GA", "314"),
             ("Ocala", "FL", "344"), ("Tampa", "FL", "336"), ("Hialeah", "FL", "330"), ("Charleston", "SC", "294"),
             ("Durham", "NC", "277"), ("Asheville", "NC", "288"), ("Roanoke", "VA", "240"), ("Norfolk", "VA", "235"),
             ("Baltimore", "MD", "212"), ("Wilmington", "DE", "198"), ("Camden", "NJ", "081"), ("Paterson", "NJ", "075"),
             ("Scranton", "PA", "185"), ("Erie", "PA", "165"), ("Allentown", "PA", "181"), ("Buffalo", "NY", "142"),
             ("Yonkers", "NY", "107"), ("Bronx", "NY", "104"), ("Hartford", "CT", "061"), ("Providence", "RI", "029"),
             ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Bangor", "ME", "044"), ("Burlington", "VT", "054"),
             ("Manchester", "NH", "031"), ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"), ("Billings", "MT", "591"),
             ("Cheyenne", "WY", "820"), ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Provo", "UT", "846"),
             ("Eugene", "OR", "974"), ("Salem", "OR", "973"), ("Little Rock", "AR", "722"), ("Laredo", "TX", "780"),
             ("Toledo", "OH", "436"), ("Akron", "OH", "443"), ("Rockford", "IL", "611"), ("Peoria", "IL", "616"),
             ("Chattanooga", "TN", "374"), ("Brownsville", "TX", "785"), ("Santa Fe", "NM", "875"), ("Bakersfield", "CA", "933")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CA": "California", "WA": "Washington", "FL": "Florida",
               "NY": "New York", "PA": "Pennsylvania", "GA": "Georgia", "TN": "Tennessee", "MI": "Michigan"}
STREET_BASE = ["Oak", "Maple", "Cedar", "Washington", "Lincoln", "Main", "Ridge", "Lakeview", "Sunset", "Church", "Mill",
               "Highland", "Spring", "Walnut", "Chestnut", "Elm", "Pine", "Willow", "River", "Hillcrest", "Jefferson",
               "Madison", "Franklin", "Jackson", "Meadow", "Forest", "Cherry", "Dogwood", "Magnolia", "Sycamore",
               "Poplar", "Grand", "Central", "Orchard", "Prospect", "Union", "Vine", "Locust", "Hickory", "Birch",
               "Martin Luther King Jr", "Cesar Chavez", "Valley View", "Old Farm", "Quail Run", "Country Club",
               "5th", "12th", "3rd", "41st", "Mesa Verde", "Las Palmas", "Bayou", "Palmetto", "Magnolia Bend"]
STREET_SUF = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct",
              "Way", "Pl", "Ter", "Cir", "Pkwy"]
DIRS = ["N", "S", "E", "W", "N.", "W.", "NE", "SW"]
UNITS = ["Apt {n}", "Apt. {n}{l}", "Apt #{n}", "Unit {n}", "Suite {n}0", "#{n}", "# {n}{l}", "Ste {n}0", "Lot {n}",
         "Rm {n}", "Trlr {n}", "Fl {n}"]


def zip5(pref):
    return pref + "".join(rng.choice(string.digits) for _ in range(2))


def us_street():
    num = str(rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 29999)]))
    parts = [num]
    if chance(0.3):
        parts.append(ch(DIRS))
    base = ch(STREET_BASE)
    parts.append(base)
    parts.append(ch(STREET_SUF))
    s = " ".join(parts)
    if chance(0.1):
        s = f"{num} County Road {rng.randint(2, 90)}" if chance(0.5) else f"{num} State Route {rng.randint(2, 300)}"
    return s


def us_unit():
    u = ch(UNITS)
    return u.format(n=rng.randint(1, 40), l=ch(["", "", "A", "B", "C", "F"]))


def us_city():
    return ch(US_CITIES)


def us_address(multiline=False, unit_p=0.5, plus4_p=0.25, comma_p=0.8):
    """A whole US address as one string."""
    r = rng.random()
    city, st, pref = us_city()
    z = zip5(pref)
    if chance(plus4_p):
        z += "-" + "".join(rng.choice(string.digits) for _ in range(4))
    if r < 0.07:
        kind = ch(["PSC", "Unit", "CMR"])
        mil = f"{kind} {rng.randint(100, 9999)}, Box {rng.randint(1, 9999)}"
        st2, zp = ch([("AE", "09"), ("AP", "96"), ("AA", "340")])
        z2 = zp + "".join(rng.choice(string.digits) for _ in range(5 - len(zp)))
        post = ch(["APO", "FPO", "DPO"])
        return (f"{mil}\n{post} {st2} {z2}" if multiline else f"{mil}, {post} {st2} {z2}")
    if r < 0.13:
        line1 = ch([f"PO Box {rng.randint(10, 9999)}", f"P.O. Box {rng.randint(10, 9999)}", f"Post Office Box {rng.randint(10, 999)}"])
    elif r < 0.17:
        line1 = f"{ch(['RR', 'Rural Route', 'R.R.'])} {rng.randint(1, 9)} Box {rng.randint(1, 400)}"
    else:
        line1 = us_street()
        if chance(unit_p):
            line1 += ch([" ", ", "]) + us_unit()
    sep = ", " if chance(comma_p) else " "
    tail = f"{city}, {st} {z}" if chance(0.85) else f"{city} {st} {z}"
    if multiline:
        if chance(0.3) and "," in line1:
            a, b = line1.split(", ", 1)
            return f"{a}\n{b}\n{tail}"
        return f"{line1}\n{tail}"
    return f"{line1}{sep}{tail}"


def city_state():
    city, st, _ = us_city()
    if chance(0.2) and st in STATE_NAMES:
        return f"{city}, {STATE_NAMES[st]}"
    return f"{city}, {st}" if chance(0.8) else f"{city} {st}"


# ---------------------------------------------------------------- US phones
def d(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def area():
    return str(rng.randint(2, 9)) + str(rng.randint(0, 8)) + str(rng.randint(0, 9))


def us_phone(ext_p=0.12):
    a, b, c = area(), str(rng.randint(2, 9)) + d(2), d(4)
    if chance(0.35):
        b = "555"
        c = "01" + d(2)
    fmt = rng.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
        f"001-{a}-{b}-{c}", f"({a}){b}-{c}", f"{a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}", f"1 ({a}) {b}-{c}",
        f"({a}) {b}-{c}", f"{a}-{b}-{c}"])
    if chance(ext_p):
        fmt += ch([f" x{d(rng.randint(2, 4))}", f" ext. {d(rng.randint(1, 3))}", f" extension {rng.randint(1, 9)}",
                   f" ext {d(3)}", f"x{d(3)}", f" #{d(2)}"])
    return fmt


def vanity():
    words = ["CARE4MOM", "NURSE4U", "GO-PAINT", "FIX-ROOF", "TAXHELP", "GRANNYS", "CAKES-4U", "MOW-LAWN", "PETSIT1", "HAUL-IT"]
    return ch([f"1-800-{ch(words)}", f"1-888-{ch(words)}", f"(877) {ch(words)}", f"1-866-{ch(words)}"])


# ---------------------------------------------------------------- international values
INTL_PLACES = {
    "GB": dict(names="en_GB", cities=[("London", "SE15 4QT"), ("Manchester", "M14 6HP"), ("Leeds", "LS6 2AB"), ("Bristol", "BS3 1JE"),
                                      ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ"), ("Belfast", "BT9 6AW"), ("Norwich", "NR2 3LF"),
                                      ("Sheffield", "S10 2HQ"), ("Nottingham", "NG7 1FB")],
               streets=["Victoria Road", "Church Lane", "Grange Avenue", "Station Road", "Mill Close", "Queens Drive", "Park Crescent", "Albion Street"]),
    "DE": dict(names="de_DE", cities=[("Berlin", "10437"), ("Hamburg", "22767"), ("München", "81667"), ("Köln", "50672"), ("Leipzig", "04109"),
                                      ("Dresden", "01097"), ("Stuttgart", "70178"), ("Bremen", "28203")],
               streets=["Lindenstraße", "Hauptstraße", "Goethestraße", "Am Markt", "Bahnhofstraße", "Schillerweg", "Rosenstraße", "Kirchgasse"]),
    "FR": dict(names="fr_FR", cities=[("Paris", "75011"), ("Lyon", "69007"), ("Marseille", "13006"), ("Toulouse", "31000"), ("Nantes", "44000"),
                                      ("Lille", "59000"), ("Bordeaux", "33000"), ("Rennes", "35000")],
               streets=["rue Victor Hugo", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire", "rue des Lilas", "place du Marché"]),
    "ES": dict(names="es_ES", cities=[("Madrid", "28014"), ("Valencia", "46004"), ("Sevilla", "41003"), ("Zaragoza", "50001"), ("Málaga", "29012"),
                                      ("Bilbao", "48009")],
               streets=["Calle Mayor", "Avenida de América", "Calle del Carmen", "Paseo de la Castellana", "Calle San Vicente", "Calle Real"]),
    "IT": dict(names="it_IT", cities=[("Roma", "00185"), ("Milano", "20121"), ("Napoli", "80134"), ("Torino", "10123"), ("Firenze", "50122"),
                                      ("Bari", "70121")],
               streets=["Via Garibaldi", "Corso Vittorio Emanuele", "Via Mazzini", "Piazza Dante", "Via dei Mille", "Viale Europa"]),
    "NL": dict(names="nl_NL", cities=[("Amsterdam", "1015 CJ"), ("Utrecht", "3511 LX"), ("Rotterdam", "3012 AB"), ("Den Haag", "2511 BT"),
                                      ("Groningen", "9711 LM")],
               streets=["Prinsengracht", "Kerkstraat", "Oudegracht", "Lange Voorhout", "Molenweg", "Dorpsstraat"]),
    "PL": dict(names="pl_PL", cities=[("Warszawa", "00-950"), ("Kraków", "31-042"), ("Gdańsk", "80-831"), ("Wrocław", "50-123"), ("Poznań", "61-758")],
               streets=["ul. Długa", "ul. Marszałkowska", "ul. Mickiewicza", "al. Jana Pawła II", "ul. Ogrodowa"]),
    "MX": dict(names="es_MX", cities=[("Guadalajara, Jal.", "44100"), ("Monterrey, N.L.", "64000"), ("Puebla, Pue.", "72000"),
                                      ("Ciudad de México, CDMX", "06700"), ("Oaxaca, Oax.", "68000"), ("Morelia, Mich.", "58000")],
               streets=["Av. Juárez", "Calle Morelos", "Av. Revolución", "Calle 5 de Mayo", "Blvd. Independencia", "Calle Allende"]),
    "BR": dict(names="pt_BR", cities=[("São Paulo - SP", "04038-001"), ("Rio de Janeiro - RJ", "22071-060"), ("Belo Horizonte - MG", "30130-010"),
                                      ("Recife - PE", "50030-230"), ("Curitiba - PR", "80010-010")],
               streets=["Rua das Flores", "Av. Paulista", "Rua Sete de Setembro", "Rua Bahia", "Av. Atlântica"]),
    "CA": dict(names="en_GB", cities=[("Toronto, ON", "M6J 1E5"), ("Vancouver, BC", "V5K 0A1"), ("Winnipeg, MB", "R3C 4T3"), ("Halifax, NS", "B3H 1Y6"),
                                      ("Calgary, AB", "T2P 1J9"), ("Ottawa, ON", "K1N 5W5")],
               streets=["Dundas St W", "Commercial Dr", "Portage Ave", "Spring Garden Rd", "Bank St", "Queen St E"]),
    "IN": dict(names="en_IN", cities=[("Mumbai", "400050"), ("Chennai", "600040"), ("Hyderabad", "500034"), ("Kolkata", "700019"),
                                      ("Ahmedabad", "380009"), ("Lucknow", "226001")],
               streets=["MG Road", "Linking Road", "Anna Salai", "Banjara Hills Road No. 12", "Park Street", "Hazratganj"]),
    "TR": dict(names="tr_TR", cities=[("İstanbul", "34710"), ("Ankara", "06690"), ("İzmir", "35220"), ("Bursa", "16040")],
               streets=["Atatürk Cad.", "Cumhuriyet Mah.", "İnönü Sok.", "Bağdat Cad."]),
}


def intl_address(cc, multiline=False, city_pc=None):
    P = INTL_PLACES[cc]
    city, pc = city_pc or ch(P["cities"])
    st = ch(P["streets"])
    n = rng.randint(1, 180)
    nl = "\n" if multiline else ", "
    if cc == "GB":
        flat = ch(["", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}{ch('ABC')} "])
        return f"{flat}{n} {st}{nl}{city} {pc}"
    if cc in ("DE", "NL", "PL", "TR"):
        extra = f" m. {rng.randint(1, 40)}" if cc == "PL" and chance(0.5) else ""
        if cc == "TR":
            return f"{st} No:{n} D:{rng.randint(1, 20)}{nl}{pc} {city}"
        return f"{st} {n}{extra}{nl}{pc} {city}"
    if cc == "FR":
        return f"{n}, {st}{nl}{pc} {city}" if chance(0.5) else f"{n} {st}{nl}{pc} {city.upper()}"
    if cc == "ES":
        return f"{st} {n}, {rng.randint(1, 8)}º{ch('ABCD')}{nl}{pc} {city}"
    if cc == "IT":
        return f"{st} {n}{nl}{pc} {city}"
    if cc == "MX":
        return f"{st} {n}, Col. {ch(['Centro', 'Americana', 'Roma Norte', 'Del Valle', 'Obrera'])}{nl}{pc} {city}"
    if cc == "BR":
        return f"{st}, {n}{ch(['', ', apto ' + str(rng.randint(11, 204))])}{nl}{city}, {pc}"
    if cc == "CA":
        return f"{n} {st}{ch(['', ', Unit ' + str(rng.randint(1, 30))])}{nl}{city} {pc}"
    if cc == "IN":
        return f"{ch(['Flat', 'House No.', 'No.'])} {rng.randint(1, 60)}, {st}{nl}{city} {pc}"
    raise KeyError(cc)


def intl_city(cc, city_pc=None):
    return (city_pc or ch(INTL_PLACES[cc]["cities"]))[0].split(",")[0].split(" - ")[0]


def intl_phone(cc):
    f = {
        "GB": lambda: ch([f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"0161 496 0{d(3)}", f"+44 (0)113 496 0{d(3)}"]),
        "DE": lambda: ch([f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 151 {d(8)}", f"0171 {d(7)}", f"+49 (0)89 {d(3)} {d(4)}"]),
        "FR": lambda: ch([f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"]),
        "ES": lambda: ch([f"+34 6{d(2)} {d(3)} {d(3)}", f"91{d(1)} {d(3)} {d(3)}", f"+34 91 {d(3)} {d(2)} {d(2)}"]),
        "IT": lambda: ch([f"+39 06 {d(4)} {d(4)}", f"+39 347 {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"333 {d(3)} {d(4)}"]),
        "NL": lambda: ch([f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(8)}", f"020-{d(3)} {d(4)}"]),
        "PL": lambda: ch([f"+48 601 {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}", f"+48 512 {d(3)} {d(3)}"]),
        "MX": lambda: ch([f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"]),
        "BR": lambda: ch([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 31 9{d(4)} {d(4)}"]),
        "CA": lambda: ch([f"+1 416 555 01{d(2)}", f"(604) 555-01{d(2)}", f"+1-204-555-01{d(2)}", f"902.555.01{d(2)}"]),
        "IN": lambda: ch([f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"+91-80-{d(4)}-{d(4)}", f"+91 22 {d(4)} {d(4)}"]),
        "TR": lambda: ch([f"+90 532 {d(3)} {d(2)} {d(2)}", f"0 (212) {d(3)} {d(2)} {d(2)}", f"0541 {d(3)} {d(4)}"]),
        "JP": lambda: ch([f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"]),
        "CN": lambda: ch([f"+86 138 {d(4)} {d(4)}", f"010-{d(4)} {d(4)}", f"+86 21 {d(4)} {d(4)}"]),
        "KR": lambda: ch([f"+82 10-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"010-{d(4)}-{d(4)}"]),
        "SA": lambda: ch([f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"]),
        "RU": lambda: ch([f"+7 916 {d(3)}-{d(2)}-{d(2)}", f"8 (495) {d(3)}-{d(2)}-{d(2)}", f"+7 (812) {d(3)}-{d(2)}-{d(2)}"]),
        "PH": lambda: ch([f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"]),
        "AU": lambda: ch([f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}"]),
        "VN": lambda: ch([f"+84 90 {d(3)} {d(4)}", f"0912 {d(3)} {d(3)}"]),
    }[cc]
    return f()


NONLATIN_PLACES = {
    "ja_JP": (["東京都世田谷区太子堂2-14-7", "大阪府大阪市天王寺区上本町6-3-11", "〒460-0008 愛知県名古屋市中区栄3-5-12", "福岡県福岡市博多区博多駅前2-1-1"],
              ["東京", "大阪", "名古屋", "札幌", "福岡"], "JP"),
    "zh_CN": (["北京市朝阳区建国路88号3单元1202室", "上海市徐汇区漕溪北路41号", "广东省广州市天河区体育西路103号", "四川省成都市武侯区人民南路四段12号"],
              ["北京", "上海", "广州", "成都", "杭州"], "CN"),
    "ko_KR": (["부산광역시 해운대구 우동 1408-3", "서울특별시 강남구 테헤란로 152, 1204호", "대구광역시 수성구 범어동 55-2", "인천광역시 남동구 구월동 1138"],
              ["부산", "대구", "인천", "광주", "대전"], "KR"),
    "ar_SA": (["الرياض، حي العليا، شارع التحلية ١٢", "جدة، حي الروضة، شارع الأمير سلطان", "الدمام، حي الشاطئ، طريق الخليج ٤٥"],
              ["الرياض", "جدة", "الدمام", "مكة", "المدينة"], "SA"),
    "ru_RU": (["г. Москва, ул. Тверская, д. 12, кв. 45", "г. Санкт-Петербург, Невский пр., д. 88, кв. 7", "г. Казань, ул. Баумана, д. 5"],
              ["Москва", "Казань", "Новосибирск", "Самара"], "RU"),
    "hi_IN": (["मकान नं. 45, सेक्टर 15, नोएडा 201301", "12, गांधी मार्ग, जयपुर 302001", "फ्लैट 3बी, शिवाजी नगर, पुणे 411005"],
              ["दिल्ली", "जयपुर", "लखनऊ", "पटना", "भोपाल"], "IN"),
}


def iban_checksum_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_value(loc):
    v = FK[loc].iban()
    assert iban_checksum_ok(v), v
    r = rng.random()
    if r < 0.45:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if chance(0.15):
        v = v.lower()
    return v


def luhn_ok(num):
    total = 0
    for i, ch_ in enumerate(reversed(num)):
        x = int(ch_)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def card_value():
    num = FK["en_US"].credit_card_number(card_type=ch(["visa", "mastercard", "amex", "discover", "visa16"]))
    if chance(0.2):  # a mistyped card number (Luhn fails) is still an account number
        last = int(num[-1])
        num = num[:-1] + str((last + rng.randint(1, 9)) % 10)
    if len(num) == 16:
        g = ch([" ", "-", ""])
        return g.join(num[i:i + 4] for i in range(0, 16, 4))
    if len(num) == 15 and chance(0.6):
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return num


def routing():
    # 9 digits with the ABA checksum, first two digits in a Fed range
    while True:
        v = ch(["0", "1", "2", "3"]) + str(rng.randint(1, 9)) + d(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(a) * b for a, b in zip(v, w))
        c = (10 - s % 10) % 10
        return v + str(c)


def bank_acct():
    return ch([d(10), d(8), d(12), d(4) + "-" + d(6), "00" + d(9)])


# ---------------------------------------------------------------- other values
def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        b, c = rng.randint(1, 99), rng.randint(1, 9999)
        break
    return ch([f"{a:03d}-{b:02d}-{c:04d}"] * 3 + [f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    s = (str(rng.randint(1, 9)) + ch(MBI_L) + ch(MBI_L + string.digits[:10]) + d(1) + ch(MBI_L) +
         ch(MBI_L + "0123456789") + d(1) + ch(MBI_L) + ch(MBI_L) + d(2))
    return s if chance(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def mrn_value():
    return ch([d(8), d(7), "00" + d(6), f"{ch('ABEHMK')}{d(7)}", f"{d(3)}-{d(3)}-{d(3)}", f"{ch(['MR', 'HC', 'PT'])}{d(6)}",
               f"{ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)}{d(9)}", f"{d(4)}-{d(5)}",
               mbi(), f"{ch(string.ascii_uppercase)}{d(8)}"])


def dob_date(minage=1, maxage=98):
    y = 2026 - rng.randint(minage, maxage)
    start = datetime.date(y, 1, 1)
    return start + datetime.timedelta(days=rng.randint(0, 364))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def fmt_dob_us(dt):
    m, dd, y = dt.month, dt.day, dt.year
    return ch([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{m}/{dd}/{str(y)[2:]}", f"{MONTHS[m-1]} {dd}, {y}",
               f"{MONTHS[m-1][:3]} {dd}, {y}", f"{MONTHS[m-1][:3]}. {dd} {y}", f"{y}-{m:02d}-{dd:02d}",
               f"{m:02d}-{dd:02d}-{y}", f"{m}.{dd}.{y}", f"{dd} {MONTHS[m-1]} {y}", f"{m:02d}{dd:02d}{y}"])


def fmt_dob_intl(dt):
    m, dd, y = dt.month, dt.day, dt.year
    return ch([f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y}", f"{dd} {MONTHS[m-1][:3]} {y}",
               f"{y}-{m:02d}-{dd:02d}", f"{dd}-{MONTHS[m-1][:3]}-{y}"])


def email_for(first, last, domain=None):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    dom = domain or ch(["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
                        "comcast.net", "att.net", "proton.me", "msn.com", "live.com"])
    local = ch([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f}", f"{f}{rng.randint(50, 99)}",
                f"{f}.{l}{rng.randint(1, 9)}", f"{f[0]}.{l}", f"{l}{f[0]}{rng.randint(10, 99)}"])
    return f"{local}@{dom}"


def url_for(first, last):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
    return ch([f"https://www.gofundme.com/f/help-{f}-{l}-{ch(['recover', 'heal', 'fight-cancer', 'with-medical-bills', 'come-home'])}",
               f"www.caringbridge.org/visit/{f}{l}", f"https://www.caringbridge.org/site/{f}-{l}", f"linkedin.com/in/{f}-{l}-{rng.randint(10, 999)}",
               f"https://www.facebook.com/{f}.{l}.{rng.randint(1, 99)}", f"instagram.com/{f}_{l}", f"https://{f}{l}.com",
               f"www.{f}{l}{ch(['photo', 'art', 'law', 'realty', 'cpa'])}.com", f"https://sites.google.com/view/{f}-{l}-updates",
               f"https://{f}{l}.wordpress.com", f"http://{l}family.blogspot.com", f"https://www.mealtrain.com/trains/{l}-{f}",
               f"https://www.youcaring.com/{f}{l}", f"https://{l}-{f}.medium.com"])


# ---------------------------------------------------------------- keep words
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline", "oxycodone",
         "amlodipine", "atorvastatin", "gabapentin", "levothyroxine", "Xarelto", "insulin glargine", "Humalog", "Ozempic",
         "prednisone", "albuterol", "Symbicort", "Trelegy", "donepezil", "Namenda", "carbidopa-levodopa", "furosemide",
         "hydrochlorothiazide", "losartan", "metoprolol", "Plavix", "aspirin 81", "tramadol", "Norco", "Suboxone", "naloxone",
         "trazodone", "Lexapro", "Seroquel", "lithium", "Depakote", "Keppra", "omeprazole", "Protonix", "Flomax", "finasteride",
         "Jardiance", "Farxiga", "Entresto", "digoxin", "amiodarone", "vitamin B12", "fish oil", "magnesium", "Tylenol",
         "ibuprofen", "Aleve", "Benadryl", "Zyrtec", "Miralax", "Colace", "Prolia", "Fosamax", "allopurinol", "colchicine",
         "methotrexate", "Humira", "Enbrel", "Dilaudid", "morphine", "lorazepam", "Ativan", "Xanax", "Ambien", "buspirone"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "Hemoglobin A1c", "COPD",
              "Alzheimer's", "type 2 diabetes", "CHF", "hypertension", "CKD", "dementia", "osteoporosis", "sleep apnea",
              "macular degeneration", "glaucoma", "neuropathy", "gout", "rheumatoid arthritis", "lupus", "asthma", "pneumonia",
              "UTI", "cellulitis", "shingles", "depression", "anxiety", "bipolar disorder", "schizophrenia", "epilepsy",
              "migraine", "DVT", "pulmonary embolism", "stroke", "TIA", "anemia", "hypothyroidism", "kidney stones",
              "diverticulitis", "GERD", "IBS", "Crohn's", "hepatitis C", "HIV", "breast cancer", "prostate cancer",
              "lung cancer", "lymphoma", "COVID", "RSV", "sepsis", "delirium", "vertigo", "sciatica", "plantar fasciitis"]
LABS = ["INR", "BMP", "CBC", "lipid panel", "TSH", "PSA", "eGFR", "creatinine", "potassium", "troponin", "BNP", "urinalysis",
        "vitamin D level", "ferritin", "A1c", "CT scan", "MRI", "echo", "EKG", "colonoscopy", "mammogram", "DEXA scan"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankle", "wrist", "chest", "abdomen", "left foot", "neck", "kidneys",
        "liver", "lungs", "heart", "bladder", "eyes", "skin", "hands"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "my sister", "my brother", "Auntie", "Uncle", "Abuela", "Mum"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Kaiser", "Medicaid", "Rite Aid", "Cleveland Clinic", "the VA",
        "Blue Cross", "Humana", "Aetna", "UnitedHealthcare", "Walmart pharmacy", "Kroger pharmacy", "Meals on Wheels"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "She's", "They're", "Can't", "I'll", "It's", "We're", "Didn't"]
HELPLINES = ["988", "1-800-222-1222"]


# ---------------------------------------------------------------- message builder
class M:
    def __init__(self, style, region="US"):
        self.style, self.region = style, region
        self.parts, self.ids, self.keep = [], [], []

    def t(self, s):
        self.parts.append(s)
        return self

    def i(self, s, typ, region=None):
        self.parts.append(s)
        self.ids.append({"text": s, "type": typ, "region": region or self.region})
        return s

    def k(self, s):
        self.parts.append(s)
        self.keep.append(s)
        return s

    def build(self):
        text = "".join(self.parts).rstrip()
        seen, ids = {}, []
        for x in self.ids:
            if x["text"] in seen:
                if seen[x["text"]] != (x["type"], x["region"]):
                    return None
                continue
            seen[x["text"]] = (x["type"], x["region"])
            ids.append(x)
        return {"style": self.style, "text": text, "identifiers": ids, "keep": list(dict.fromkeys(self.keep)),
                "source": "template"}


def caps_msg(rec):
    """Upper-case a whole message and its identifiers/keep words consistently."""
    rec["text"] = rec["text"].upper()
    for x in rec["identifiers"]:
        x["text"] = x["text"].upper()
    rec["keep"] = [k.upper() for k in rec["keep"]]
    return rec


def lower_msg(rec):
    rec["text"] = rec["text"].lower()
    for x in rec["identifiers"]:
        x["text"] = x["text"].lower()
    rec["keep"] = [k.lower() for k in rec["keep"]]
    return rec


# ---------------------------------------------------------------- templates (US)
def name_variant(first, last):
    """How a person is written: full, first only, 'Last, First', initial."""
    return ch([f"{first} {last}", f"{first} {last}", first, f"{last}, {first}", f"{first[0]}. {last}", f"{first} {last[0]}."])


def t_soap():
    m = M("clinician_note")
    g = ch("FM")
    first, last = us_first_last(g)
    age = rng.randint(24, 96)
    sex = ch(["F", "yo F", "y/o female"]) if g == "F" else ch(["M", "yo M", "y/o male"])
    cond, drug, drug2, lab = ch(CONDITIONS), ch(DRUGS), ch(DRUGS), ch(LABS)
    if drug2 == drug:
        drug2 = "Tylenol"
    opener = ch(["Pt ", "Patient: ", "", "Re: ", "PT: "])
    m.t(opener)
    m.i(ch([f"{first} {last}", f"{last}, {first}", f"{last.upper()}, {first.upper()}"]), "PERSON")
    o, c = ch([(", DOB ", ", MRN "), (" (DOB ", ") MRN "), (" -- DOB: ", " -- MRN# "), (" dob ", " chart "), (", DOB ", "; acct/MRN ")])
    m.t(o)
    m.i(fmt_dob_us(dob_date(age, age)), "DATE_OF_BIRTH")
    m.t(c)
    m.i(mrn_value(), "MEDICAL_RECORD_NUMBER")
    m.t(f". {age}{sex.replace('y', ' y', 1) if sex.startswith('y/o') else sex} w/ hx of ")
    m.k(cond)
    m.t(ch([" presents for f/u. ", " here for med check. ", ", seen today via video. ", " -- phone visit. "]))
    m.t(ch(["Taking ", "Adherent to ", "Reports missing doses of ", "Stopped "]))
    m.k(drug)
    m.t(ch([". Will recheck ", ". Ordered ", ". Last "]))
    m.k(lab)
    m.t(". ")
    if chance(0.7):
        rel = ch(["Daughter", "Son", "Wife", "Husband", "Niece", "Caregiver", "Partner", "Grandson", "Neighbor"])
        rg = "F" if rel in ("Daughter", "Wife", "Niece") else "M" if rel in ("Son", "Husband", "Grandson") else None
        rf, rl = us_first_last(rg)
        m.t(rel + " ")
        m.i(ch([rf, f"{rf} {rl}"]), "PERSON")
        m.t(ch([" present, can be reached at ", " is main contact, ", " asks for callback at ", " ph "]))
        m.i(us_phone(), "PHONE_NUMBER")
        m.t(".")
    if chance(0.3):
        m.t(" Lives at ")
        m.i(us_address(), "LOCATION")
        m.t(ch([" with spouse.", ", alone.", ", 2nd floor walk-up.", "."]))
    return m.build()


def t_referral():
    m = M("clinician_note")
    first, last = us_first_last()
    df, dl = us_first_last()
    spec = ch(["cardiology", "neurology", "GI", "pulm", "rheumatology", "nephrology", "endocrine", "ortho", "psych", "derm"])
    m.t(ch(["REFERRAL -- ", "Referral to ", "Fax cover: referral for ", "Urgent referral, "]))
    m.t(spec + ". Patient ")
    m.i(f"{first} {last}", "PERSON")
    m.t(ch([", born ", ", DOB ", " (b. "]))
    m.i(fmt_dob_us(dob_date(18, 95)), "DATE_OF_BIRTH")
    m.t(ch([", member ID ", ", ins ID ", ", Medicare ", ", Medicaid ID ", ", MRN "]))
    m.i(mrn_value(), "MEDICAL_RECORD_NUMBER")
    m.t(". Reason: ")
    m.k(ch(CONDITIONS))
    m.t(ch([", on ", ", currently taking ", "; meds incl "]))
    m.k(ch(DRUGS))
    m.t(". Referring provider: Dr. ")
    m.i(ch([dl, f"{df} {dl}", f"{df[0]}. {dl}"]), "PERSON")
    m.t(ch([", fax ", ". Fax back to ", " -- fax: "]))
    m.i(us_phone(0), "PHONE_NUMBER")
    m.t(ch([", phone ", ", office ", ". Questions: "]))
    m.i(us_phone(0.3), "PHONE_NUMBER")
    if chance(0.5):
        m.t(". Pt cell ")
        m.i(us_phone(0), "PHONE_NUMBER")
    m.t(".")
    return m.build()


def t_form():
    m = M("form")
    first, last = us_first_last()
    lines = []
    m.t(ch(["NEW PATIENT INFORMATION\n", "Intake form\n", "Registration -- please print\n", "Caregiver enrollment form\n", ""]))
    order = ["name", "dob", "ssn", "addr", "phone", "email", "ins", "ec", "allergy"]
    if chance(0.4):
        order.remove("ssn")
    if chance(0.3):
        order.remove("email")
    for f in order:
        if f == "name":
            if chance(0.5):
                m.t("Last name: "); m.i(last, "PERSON"); m.t("   First name: "); m.i(first, "PERSON"); m.t("\n")
            else:
                m.t(ch(["Name: ", "Patient name: ", "Full name: "])); m.i(f"{first} {last}", "PERSON"); m.t("\n")
        elif f == "dob":
            m.t(ch(["DOB: ", "Date of birth: ", "Birthdate: ", "D.O.B. "])); m.i(fmt_dob_us(dob_date(1, 97)), "DATE_OF_BIRTH"); m.t("\n")
        elif f == "ssn":
            m.t(ch(["SSN: ", "Social Security No.: ", "SS#: ", "Soc Sec #: "])); m.i(ssn(), "US_SSN"); m.t("\n")
        elif f == "addr":
            ml = chance(0.4)
            m.t(ch(["Address: ", "Home address: ", "Mailing address: "]) + ("\n" if ml else "")); m.i(us_address(multiline=ml), "LOCATION"); m.t("\n")
        elif f == "phone":
            m.t(ch(["Phone: ", "Cell: ", "Best phone: ", "Tel: "])); m.i(us_phone(), "PHONE_NUMBER"); m.t("\n")
        elif f == "email":
            m.t("Email: "); m.i(email_for(first, last), "EMAIL_ADDRESS"); m.t("\n")
        elif f == "ins":
            m.t(ch(["Insurance: ", "Plan: "])); m.k(ch(["Medicare", "Medicaid", "Kaiser", "Blue Cross", "Humana", "Aetna"]))
            m.t(ch(["  ID# ", "  Member ID: ", " / ID "])); m.i(mrn_value(), "MEDICAL_RECORD_NUMBER"); m.t("\n")
        elif f == "ec":
            ef, el = us_first_last()
            m.t("Emergency contact: "); m.i(f"{ef} {el}" if el != last else ef, "PERSON")
            m.t(f" ({ch(['daughter', 'son', 'spouse', 'friend', 'sister', 'brother', 'neighbor'])}) "); m.i(us_phone(), "PHONE_NUMBER"); m.t("\n")
        elif f == "allergy":
            m.t("Allergies: "); m.k(ch(["penicillin", "sulfa", "codeine", "latex", "shellfish", "NKDA", "aspirin", "iodine contrast"])); m.t("\n")
    m.t(ch(["Current meds: ", "Medications: "])); m.k(ch(DRUGS)); m.t(", "); m.k(ch(DRUGS))
    return m.build()


def t_chat():
    m = M("speaker_label")
    rel_first = chance(0.4)
    rels = ["Daughter", "Son", "Sister", "Brother", "Niece", "Nephew", "Grandson", "Granddaughter", "Wife", "Husband", "Cousin"]
    rel0 = ch(rels)
    g0 = "F" if rel0 in ("Daughter", "Sister", "Niece", "Granddaughter", "Wife") else "M" if rel0 != "Cousin" else None
    people = []
    for j in range(rng.randint(2, 3)):
        f, l = us_first_last(g0 if j == 0 else None)
        if f in people:
            f = FK["en_US"].first_name()
        people.append(f)
    who = ch(RELS[:8])
    drug = ch(DRUGS)
    ask, reply = ch([("I can. what's the pharmacy number again", ch(["it's ", "pharmacy is ", "number: "])),
                     ("I'll do it after work. who do I call", ch(["call the nurse line ", "the home health nurse, ", "try "])),
                     ("not me, I'm out of town. call the clinic?", ch(["yeah the clinic is ", "I did, no answer. their # ", "calling now "]))])
    lines = [
        [("p", 0), ("t", ": "), ("t", ch(["can someone call about ", "who's picking up ", "did anyone refill ", "reminder: "])), ("t", who.lower() + "'s " if chance(0.5) else who + "'s "), ("k", drug), ("t", ch(["?", " today", " before Friday", "??"]))],
        [("p", 1), ("t", ": "), ("t", ask)],
        [("p", 0), ("t", ": "), ("t", reply), ("ph", None)],
    ]
    if chance(0.6):
        lines.append([("p", 2 if len(people) > 2 else 1), ("t", ": "), ("t", ch(["also the new address for the meds is ", "FYI mail goes to ", "btw they moved, new place: "])), ("addr", None)])
    if chance(0.4):
        lines.append([("p", 1), ("t", ": "), ("t", ch(["her DOB is ", "his birthday is ", "dob "])), ("dob", None)])
    out_lines = []
    for ln in lines:
        for kind, v in ln:
            if kind == "p":
                if rel_first and v == 0:
                    m.t(rel0 + " ")
                m.i(people[v], "PERSON")
            elif kind == "t":
                m.t(v)
            elif kind == "k":
                m.k(v)
            elif kind == "ph":
                m.i(us_phone(), "PHONE_NUMBER")
            elif kind == "addr":
                m.i(us_address(), "LOCATION")
            elif kind == "dob":
                m.i(fmt_dob_us(dob_date(40, 98)), "DATE_OF_BIRTH")
        m.t("\n")
    m.parts[-1] = ""
    return m.build()


def t_lower():
    m = M("lower_case")
    first, last = us_first_last()
    op = ch(["hi its ", "hey this is ", "its ", "this is ", "hello, ", ""])
    m.t(op)
    m.i(ch([first, f"{first} {last}"]), "PERSON")
    m.t(ch([", ", " here, ", " - "]))
    body = rng.randint(0, 4)
    if body == 0:
        m.t(ch(["my moms ", "dads ", "grandmas ", "my "]))
        m.k(ch(DRUGS).lower())
        m.t(ch([" ran out and the pharmacy needs a new script. call me ", " is making her dizzy, can the nurse call ", " refill didnt go thru, my number is "]))
        m.i(us_phone(), "PHONE_NUMBER")
    elif body == 1:
        m.t(ch(["we moved, pls update the address to ", "new address for the bills: ", "send the paperwork to "]))
        m.i(us_address(), "LOCATION")
        m.t(ch([". also my email is ", ". "]))
        if m.parts[-1].endswith("is "):
            m.i(email_for(first, last), "EMAIL_ADDRESS")
            m.t(". ")
        m.t(ch(["the ", "and the "]))
        m.k(ch(DRUGS).lower())
        m.t(ch([" too", " needs to go there now", " deliveries also"]))
    elif body == 2:
        m.t(ch(["can u send the ", "where do i find the ", "need a copy of the "]))
        m.k(ch(LABS).lower())
        m.t(ch([" results to ", " report, email is ", " thing to "]))
        m.i(email_for(first, last), "EMAIL_ADDRESS")
        m.t(ch([". dob ", ", her dob is ", ". birthday "]))
        m.i(fmt_dob_us(dob_date(20, 95)), "DATE_OF_BIRTH")
    elif body == 4:
        of, ol = us_first_last()
        m.t(ch(["my cousin made a page for ", "pls share ", "we started a fundraiser for "]))
        m.k(ch(["mom", "dad", "grandpa", "my sister"]))
        m.t(ch(["s ", "'s "]))
        m.k(ch(["chemo", "rehab", "surgery", "transplant"]))
        m.t(": ")
        m.i(url_for(of, ol), "URL")
    else:
        of, ol = us_first_last("F")
        m.t(ch(["aunt ", "my cousin ", "the neighbor ", "nurse "]))
        m.i(of, "PERSON")
        m.t(ch([" says the ", " thinks the "]))
        m.k(ch(CONDITIONS).lower())
        m.t(ch([" is getting worse. she lives in ", " is back. shes in "]))
        m.i(city_state(), "LOCATION")
        m.t(ch([" now, call her ", ", her cell "]))
        m.i(us_phone(), "PHONE_NUMBER")
    rec = m.build()
    return lower_msg(rec) if rec else None


def t_caps():
    m = M("all_caps")
    first, last = us_first_last()
    m.t(ch(["THIS IS ", "MY NAME IS ", "", "FROM "]))
    m.i(f"{first} {last}", "PERSON")
    m.t(ch([". ", " -- ", ", "]))
    r = rng.randint(0, 2)
    if r == 0:
        m.t(ch(["I NEED MY ", "PLEASE REFILL MY ", "WHERE IS MY "]))
        m.k(ch(DRUGS))
        m.t(ch([". CALL ", ". MY PHONE ", ". PHONE NUMBER "]))
        m.i(us_phone(), "PHONE_NUMBER")
        m.t(ch([". THANK YOU", "", " AFTER 10AM"]))
    elif r == 1:
        m.t(ch(["MY NEW ADDRESS IS ", "SEND MY PILLS TO ", "I MOVED TO "]))
        m.i(us_address(), "LOCATION")
        m.t(". ")
        m.t(ch(["MY BIRTHDAY ", "DOB ", "BORN "]))
        m.i(fmt_dob_us(dob_date(60, 97)), "DATE_OF_BIRTH")
        m.t(ch([". I HAVE ", ". I AM BEING TREATED FOR "]))
        m.k(ch(CONDITIONS))
        m.t(ch([" AND CANNOT DRIVE.", ". PLEASE HURRY.", "."]))
    else:
        m.t(ch(["MY SOCIAL IS ", "SS NUMBER ", "THEY WANT MY SSN. IT IS "]))
        m.i(ssn(), "US_SSN")
        m.t(ch([" AND MY ", ". "]))
        m.k(ch(["MEDICARE", "MEDICAID"]))
        m.t(ch([" NUMBER IS ", " CARD SAYS "]))
        m.i(mbi(), "MEDICAL_RECORD_NUMBER")
        g = ch("FM")
        m.t(". CALL MY DAUGHTER " if g == "F" else ". MY SON ")
        of, _ = us_first_last(g)
        m.i(of, "PERSON")
        m.t(" ")
        m.i(us_phone(0), "PHONE_NUMBER")
    rec = m.build()
    return caps_msg(rec) if rec else None


def t_list():
    m = M("list")
    m.t(ch(["Important numbers:\n", "Care team for ", "Contacts (keep by the phone)\n", "Who to call:\n"]))
    if m.parts[-1] == "Care team for ":
        f, l = us_first_last()
        m.i(f"{f} {l}", "PERSON")
        m.t(":\n")
    bullet = ch(["- ", "* ", "", "• "])
    n = rng.randint(3, 5)
    for j in range(n):
        role = ch(["PCP", "cardiology", "home health nurse", "daughter", "son", "neighbor", "pharmacy", "podiatrist", "PT", "church friend", "oncology"])
        f, l = us_first_last("F" if role == "daughter" else "M" if role == "son" else None)
        m.t(f"{j + 1}. " if bullet == "" else bullet)
        if role in ("PCP", "cardiology", "podiatrist", "oncology"):
            m.t("Dr. ")
            m.i(l, "PERSON")
            m.t(f" ({role}) ")
        elif role == "pharmacy":
            m.k(ch(["Walgreens", "CVS", "Rite Aid", "Walmart pharmacy"]))
            m.t(" ")
        else:
            m.i(ch([f, f"{f} {l}"]), "PERSON")
            m.t(f" - {role}: ")
        m.i(vanity() if chance(0.05) else us_phone(), "PHONE_NUMBER")
        m.t("\n")
    if chance(0.5):
        m.t(ch(["Poison Control ", "Crisis line "]))
        m.k(ch(HELPLINES))
        m.t("\n")
    m.t(ch(["Meds: ", "Current: "]))
    m.k(ch(DRUGS)); m.t(", "); m.k(ch(DRUGS))
    return m.build()


CREDS = ["RN", "LPN", "MSW, LCSW", "MD", "NP-C", "PharmD", "DPT", "CNA", "BSN, RN", "PA-C", "RD, LD"]


def t_signature():
    m = M("signature")
    first, last = us_first_last()
    m.t(ch(["Thanks,\n", "Best regards,\n", "Sincerely,\n", "-- \n", "Warmly,\n", ""]))
    m.i(f"{first} {last}", "PERSON")
    if chance(0.6):
        m.t(", " + ch(CREDS))
    m.t("\n")
    m.t(ch(["Care Coordinator", "Home Health Services", "Billing Office", "Patient Navigator", "Volunteer Driver Program", "Hospice Team"]) + "\n")
    m.t(ch(["Direct: ", "Cell ", "P: ", "Office: "]))
    m.i(us_phone(0.35), "PHONE_NUMBER")
    if chance(0.5):
        m.t(ch([" | Fax: ", "\nFax "]))
        m.i(us_phone(0), "PHONE_NUMBER")
    m.t("\n")
    m.i(email_for(first, last, domain=ch(["sunrisehomecare.org", "valleyhealth.net", "mercyhospice.org", "gmail.com", "lakeshorecare.com"])), "EMAIL_ADDRESS")
    if chance(0.6):
        m.t("\n")
        m.i(url_for(first, last), "URL")
    if chance(0.5):
        m.t("\n" + ch(["Office: ", "Mail: ", ""]))
        m.i(us_address(), "LOCATION")
    r = rng.randint(0, 2)
    if r == 0:
        m.t("\n\nP.S. I left the "); m.k(ch(DRUGS)); m.t(" samples at the front desk.")
    elif r == 1:
        m.t("\n" + ch(["Caregiver support group for ", "Next class on "])); m.k(ch(["dementia", "Parkinson's", "COPD", "heart failure", "diabetes"]))
        m.t(" meets "); m.k(ch(WEEKDAYS)); m.t("s at 6pm.")
    else:
        m.t("\nCONFIDENTIALITY NOTICE: this e-mail may contain protected health information.")
    return m.build()


def t_address_change():
    m = M("general_text")
    first, last = us_first_last()
    m.t(ch(["Hello, ", "Hi, ", "", "Good morning. "]))
    m.k(ch(["I'm", "I'm", "We're"]))
    m.t(ch([" moving and need to update my address. ", " writing to change the mailing address on my account. ", " updating Mom's info. "]))
    ml = chance(0.3)
    m.t("Old address: " + ("\n" if ml else ""))
    m.i(us_address(multiline=ml), "LOCATION")
    m.t(("\n" if ml else ". ") + "New address: " + ("\n" if ml else ""))
    m.i(us_address(multiline=ml), "LOCATION")
    m.t("\n" if ml else ". ")
    m.t(ch(["Same phone, ", "New phone: ", "Phone stays "]))
    m.i(us_phone(), "PHONE_NUMBER")
    o, c = ch([(". Please also move my ", " deliveries."), (". The ", " mail-order goes there too."), (". Make sure my ", " ships to the new place.")])
    m.t(o)
    m.k(ch(DRUGS))
    m.t(c)
    m.t(ch([" Thank you, ", " -- ", "\n"]))
    m.i(f"{first} {last}", "PERSON")
    return m.build()


def t_billing():
    m = M("general_text")
    first, last = us_first_last()
    m.t(ch(["Billing question: ", "Hi, about my statement -- ", "Re: invoice. ", "Payment info for "]))
    if m.parts[-1] == "Payment info for ":
        m.i(f"{first} {last}", "PERSON")
        m.t(". ")
    r = rng.randint(0, 2)
    if r == 0:
        m.t(ch(["Please charge the ", "I paid the ", "You charged my "]))
        m.k(ch(["physical therapy", "ambulance", "MRI", "lab", "urgent care", "CPAP supplies"]))
        m.t(ch([" bill to ", " copay with ", " visit twice on "]))
        m.t(ch(["my visa ", "card ", "credit card ", "cc ", "my Mastercard ", "debit card "]))
        m.i(card_value(), "ACCOUNT_NUMBER")
        m.t(ch([", exp ", " expires "]) + f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}. ")
    elif r == 1:
        m.t(ch(["Set up autopay from checking: routing ", "For the refund use routing # ", "Direct deposit info -- routing "]))
        m.i(routing(), "ACCOUNT_NUMBER")
        m.t(ch([", account ", ", acct # ", " / account number "]))
        m.i(bank_acct(), "ACCOUNT_NUMBER")
        m.t(". ")
    else:
        m.t(ch(["The collections letter for my late ", "The bill for my "]))
        m.k(ch(["husband", "wife", "mother", "father"]))
        m.t(ch([" lists account ", " has account no. "]))
        m.i(bank_acct(), "ACCOUNT_NUMBER")
        m.t(ch([" and his SSN ", " and the SSN ", ", SSN "]))
        m.i(ssn(), "US_SSN")
        m.t(". ")
    if "Payment info for " not in m.parts:
        m.t(ch(["This is ", "-- ", "Thanks, "]))
        m.i(f"{first} {last}", "PERSON")
        m.t(ch([", ", ". Call me at ", " "]))
    else:
        m.t("Call ")
    m.i(us_phone(), "PHONE_NUMBER")
    if not m.keep:
        m.t(ch([". It's for the ", ". This is for "]))
        m.k(ch(["CPAP rental", "Medicare copay", "hospice bed", "dialysis transport", "wheelchair", "insulin pump supplies"]))
        m.t(".")
    return m.build()


def t_forward():
    m = M("forwarded")
    f1, l1 = us_first_last()
    f2, l2 = us_first_last()
    m.t(ch(["---------- Forwarded message ---------\n", "Begin forwarded message:\n\n", "-----Original Message-----\n", "FW:\n"]))
    m.t("From: ")
    m.i(f"{f1} {l1}", "PERSON")
    m.t(" <")
    m.i(email_for(f1, l1), "EMAIL_ADDRESS")
    m.t(">\nTo: ")
    m.i(email_for(f2, l2), "EMAIL_ADDRESS")
    m.t("\nSubject: " + ch(["Mom's appointment", "re: Dad", "paperwork", "meds", "Fwd: insurance"]) + "\n\n")
    m.i(f2, "PERSON")
    m.t(ch([", the ", " -- ", ", fyi the "]))
    m.k(ch(LABS))
    m.t(ch([" is scheduled. They need ", " came back. Bring "]))
    o, c = ch([("her insurance card (ID ", ") and a photo ID."), ("his member ID ", " and the list of meds."),
               ("the Medicare number ", ", and don't forget the "), ("Mom's card, member # ", ", and don't forget the ")])
    m.t(o)
    m.i(mrn_value(), "MEDICAL_RECORD_NUMBER")
    m.t(c)
    if m.parts[-1].endswith("the "):
        m.k(ch(DRUGS))
        m.t(".")
    m.t(ch(["\nCall me ", "\n", "\nCell "]))
    if m.parts[-1] != "\n":
        m.i(us_phone(), "PHONE_NUMBER")
    m.t("\n\n" + ch(["see below", "can you handle this?", "FYI", "ugh"]))
    return m.build()


def t_runon():
    m = M("run_on")
    f, l = us_first_last()
    rf, rl = us_first_last()
    m.t(ch(["so ", "ok so ", "Hi it's ", "", "Just wanted to say "]))
    if m.parts[-1] == "Hi it's ":
        m.i(f, "PERSON")
        m.t(" and ")
    m.t(ch(["we took ", "I brought ", "my brother took "]))
    m.k(ch(["Mom", "Dad", "Grandma", "Grandpa", "Nana"]))
    m.t(ch([" to the ER in ", " to urgent care over in ", " to see the specialist in "]))
    m.i(city_state() if chance(0.6) else us_city()[0], "LOCATION")
    m.t(ch([" because of the ", " for the ", " about her "]))
    m.k(ch(CONDITIONS))
    m.t(ch([" and they said it's fine but to follow up with Dr ", " and the doctor there, Dr ", " and they want a note from Dr "]))
    m.i(rl, "PERSON")
    m.t(ch([" who is at ", " whose office number is ", " and the only number I have is "]))
    m.i(us_phone(), "PHONE_NUMBER")
    m.t(ch([" and I ", " and honestly I "]))
    m.k(ch(["don't", "can't", "didn't"]))
    m.t(ch([" know what to do about the ", " have time to deal with the "]))
    m.k(ch(DRUGS))
    m.t(ch([" either", " refill", " too", ", so can somebody help"]))
    if chance(0.5):
        m.t(ch([", my email is ", ", write me at "]))
        m.i(email_for(f, l), "EMAIL_ADDRESS")
    return m.build()


def t_fundraiser():
    m = M("general_text")
    f, l = us_first_last()
    m.t(ch(["Hi all, ", "Friends -- ", "", "Update: "]))
    m.t(ch(["we set up a page for ", "please share the fundraiser for ", "here's the link for "]))
    m.i(ch([f, f"{f} {l}"]), "PERSON")
    m.t(ch(["'s ", " and the "]))
    m.k(ch(["chemo", "transplant", "rehab", "hospice care", "surgery", "dialysis"]))
    m.t(": ")
    m.i(url_for(f, l), "URL")
    if chance(0.5):
        m.t(ch([" -- updates also at ", ". We post updates on "]))
        m.i(url_for(f, l), "URL")
    m.t(ch([". Cards can be mailed to ", ". Or send a card to "]))
    m.i(us_address(), "LOCATION")
    m.t(". ")
    m.k(ch(["We'll", "We're", "They're"]))
    m.t(ch([" so grateful.", " overwhelmed by the love.", " posting again after "]))
    if m.parts[-1].endswith("after "):
        m.k(ch(WEEKDAYS))
        m.t(".")
    return m.build()


def t_ssn_issue():
    m = M(ch(["general_text", "general_text", "typos"]))
    f, l = us_first_last()
    typo = m.style == "typos"
    m.t(ch(["Question about a letter from ", "I got a letter from ", "Hi, writing about "]) if not typo else ch(["Qustion abot a leter from ", "I got a leter from "]))
    m.k(ch(["Medicare", "Medicaid", "the VA", "Social Security"]))
    m.t(" -- " + ch(["the form asks for ", "they have the wrong ", "they want me to verify "]))
    m.t(ch(["my husband's ", "my mom's ", "my ", "Dad's "]))
    m.t("SSN, " if not typo else "social sercurity, ")
    m.t(ch(["it is ", "correct one is ", ""]))
    m.i(ssn(), "US_SSN")
    m.t(ch([" and the ID on the card is ", ". Card number ", ". Beneficiary ID "]))
    m.i(mbi(), "MEDICAL_RECORD_NUMBER")
    m.t(ch([". Name on the account: ", ". Patient: ", ". "]))
    m.i(f"{f} {l}", "PERSON")
    m.t(ch([", DOB ", " born ", ", d.o.b. "]))
    m.i(fmt_dob_us(dob_date(62, 96)), "DATE_OF_BIRTH")
    m.t(". ")
    m.t(ch(["He's on ", "She's on ", "Still taking "]) if not typo else ch(["Hes on ", "Shes on "]))
    m.k(ch(DRUGS))
    m.t(".")
    return m.build()


def t_rural_mil():
    m = M(ch(["clinician_note", "general_text"]))
    f, l = us_first_last()
    if m.style == "clinician_note":
        m.t(ch(["DME order for ", "Mail-order pharmacy: ship to ", "Supply delivery for "]))
        m.i(f"{f} {l}", "PERSON")
        m.t(" -- ")
        m.k(ch(["CPAP supplies", "test strips", "insulin pen needles", "nebulizer tubing", "compression stockings", "oxygen tubing"]))
        m.t(". Address: ")
    else:
        m.t(ch(["Please send ", "Can you mail "]))
        m.k(ch(["Dad's", "Mom's", "my husband's", "my"]))
        m.t(ch([" refills to ", " medical records to "]))
    r = rng.random()
    if r < 0.5:
        kind = ch(["PSC", "Unit", "CMR"])
        st2, zp = ch([("AE", "09"), ("AP", "96"), ("AA", "340")])
        z2 = zp + d(5 - len(zp))
        addr = f"{kind} {rng.randint(100, 9999)}, Box {rng.randint(1, 9999)}, {ch(['APO', 'FPO', 'DPO'])} {st2} {z2}"
    elif r < 0.8:
        city, st, pref = us_city()
        addr = f"{ch(['RR', 'Rural Route', 'RR#'])} {rng.randint(1, 9)} Box {rng.randint(1, 300)}, {city}, {st} {zip5(pref)}"
    else:
        city, st, pref = us_city()
        addr = f"HC {rng.randint(1, 80)} Box {rng.randint(1, 900)}, {city} {st} {zip5(pref)}"
    m.i(addr, "LOCATION")
    m.t(ch([". Contact ", ". Phone ", ". Spouse reachable at "]))
    m.i(us_phone(), "PHONE_NUMBER")
    if chance(0.5):
        m.t(" or ")
        m.i(email_for(f, l), "EMAIL_ADDRESS")
    m.t(".")
    return m.build()


def t_portal():
    m = M(ch(["general_text", "lower_case"]))
    f, l = us_first_last()
    m.t(ch(["Portal message: ", "Hi, ", "Re: portal access -- "]))
    m.k(ch(["I'm", "I'm", "We're"]))
    m.t(ch([" trying to get proxy access for ", " locked out of the account for ", " the caregiver for "]))
    m.i(f"{f} {l}", "PERSON")
    o, c = ch([(" (DOB ", "), MRN "), (" (born ", "). Chart # "), (", birthday ", ". Member ID "), (", DOB ", ", member ID ")])
    m.t(o)
    m.i(fmt_dob_us(dob_date(50, 98)), "DATE_OF_BIRTH")
    m.t(c)
    m.i(mrn_value(), "MEDICAL_RECORD_NUMBER")
    m.t(ch([". Send the link to ", ". Username is ", ". Please email "]))
    of, ol = us_first_last()
    m.i(email_for(of, ol), "EMAIL_ADDRESS")
    m.t(ch([". I need to see the ", ". Mainly for the "]))
    m.k(ch(LABS))
    m.t(ch([" results.", " from last week.", "."]))
    rec = m.build()
    return lower_msg(rec) if rec and m.style == "lower_case" else rec


# ---------------------------------------------------------------- templates (INTL)
def intl_person(cc, sex=None):
    f = FK[INTL_PLACES[cc]["names"]]
    if sex == "F":
        return f.first_name_female(), f.last_name()
    if sex == "M":
        return f.first_name_male(), f.last_name()
    return f.first_name(), f.last_name()


CC_EMAIL = {"GB": "btinternet.com", "DE": "web.de", "FR": "orange.fr", "ES": "telefonica.net", "IT": "libero.it", "NL": "ziggo.nl",
            "PL": "wp.pl", "MX": "prodigy.net.mx", "BR": "uol.com.br", "CA": "rogers.com", "IN": "rediffmail.com", "TR": "hotmail.com.tr"}
CC_IBAN = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "TR": "tr_TR"}


def t_intl_relative():
    m = M("international", "INTL")
    cc = ch(list(INTL_PLACES))
    rel = ch(["sister", "brother", "cousin", "aunt", "uncle", "son", "daughter"])
    f, l = intl_person(cc, "F" if rel in ("sister", "aunt", "daughter") else "M" if rel != "cousin" else None)
    m.t(ch(["My ", "Our ", "FYI my "]))
    m.k(rel)
    m.t(" ")
    m.i(ch([f, f"{f} {l}"]), "PERSON")
    m.t(ch([" lives in ", " is back home in ", " is flying in from "]))
    cpc = ch(INTL_PLACES[cc]["cities"])
    m.i(intl_city(cc, cpc), "LOCATION")
    m.t(ch([" and can help with ", " and wants updates on ", " -- asking about "]))
    m.k(ch(["Mom", "Dad", "Grandma", "Grandpa", "Mum"]))
    m.t("'s ")
    m.k(ch(CONDITIONS))
    m.t(ch([". Phone: ", ". Reach them on ", ". WhatsApp "]))
    m.i(intl_phone(cc), "PHONE_NUMBER")
    if chance(0.6):
        ml = chance(0.3)
        m.t(ch([". Address: ", ". Post to ", ". Home address is "]) + ("\n" if ml else ""))
        m.i(intl_address(cc, multiline=ml, city_pc=cpc), "LOCATION")
    if chance(0.6):
        m.t(ch([". Email ", ". Email: ", " / "]))
        m.i(email_for(f, l, domain=ch([CC_EMAIL[cc], "gmail.com"])), "EMAIL_ADDRESS")
    if chance(0.25):
        m.t(ch([". Photos of the visit are on ", ". Family updates: "]))
        m.i(url_for(f, l), "URL")
    m.t(".")
    return m.build()


def t_intl_iban():
    m = M(ch(["international", "general_text", "form"]), "INTL")
    cc = ch(list(CC_IBAN))
    f, l = intl_person(cc)
    iban = iban_value(CC_IBAN[cc])
    if m.style == "form":
        m.t(ch(["Refund request\n", "Payment details\n", "Bank details for reimbursement\n"]))
        m.t("Account holder: "); m.i(f"{f} {l}", "PERSON"); m.t("\n")
        m.t(ch(["IBAN: ", "iban: ", "IBAN ", "Account (IBAN): "])); m.i(iban, "ACCOUNT_NUMBER"); m.t("\n")
        m.t("Address: "); m.i(intl_address(cc), "LOCATION"); m.t("\n")
        m.t("Phone: "); m.i(intl_phone(cc), "PHONE_NUMBER"); m.t("\n")
        m.t("For: "); m.k(ch(["physiotherapy", "home care", "nursing", "ambulance transfer", "dental surgery"])); m.t(" invoice")
    else:
        m.t(ch(["Hi, ", "Hello, ", "Dear billing, "]))
        m.i(f"{f} {l}", "PERSON")
        m.t(ch([" here. For the ", " -- regarding the ", ". Paying for the "]))
        m.k(ch(["home care", "physiotherapy", "caregiver", "hospital stay", "MRI", "hospice"]))
        m.t(ch([" please transfer to ", " invoice, my IBAN is ", ", use account "]))
        m.i(iban, "ACCOUNT_NUMBER")
        m.t(ch([". Tel ", ". Call ", ". My number "]))
        m.i(intl_phone(cc), "PHONE_NUMBER")
        m.t(ch([". Thanks!", ". Grazie / gracias / danke, whatever works", "."]))
    return m.build()


def t_intl_nonlatin():
    m = M(ch(["international", "speaker_label"]), "INTL")
    loc = ch(list(NONLATIN_PLACES))
    addrs, cities, cc = NONLATIN_PLACES[loc]
    name = nonlatin_full(loc)
    if m.style == "speaker_label":
        lf, ll = us_first_last()
        m.i(lf, "PERSON", "US")
        m.t(": ")
        m.k(ch(["Grandma", "Grandpa", "Mom", "Dad"]))
        m.t(ch(["'s sister ", "'s cousin ", "'s friend "]))
        m.i(name, "PERSON")
        m.t(ch([" is sending the ", " has the old "]))
        m.k(ch(["medical records", "X-rays", "prescriptions", "discharge summary"]))
        m.t(" from ")
        m.i(ch(cities), "LOCATION")
        m.t(ch([". Her number ", ". Phone "]))
        m.i(intl_phone(cc if cc in ("JP", "CN", "KR", "SA", "RU", "IN") else "IN"), "PHONE_NUMBER")
        m.t(ch([", address ", ". Address for the return mail: "]))
        m.i(ch(addrs), "LOCATION")
    else:
        m.t(ch(["Relative abroad: ", "Contact in home country: ", "Family overseas -- "]))
        m.i(name, "PERSON")
        m.t(", ")
        m.i(ch(addrs), "LOCATION")
        m.t(ch([", tel ", ". Phone: ", " / "]))
        m.i(intl_phone(cc), "PHONE_NUMBER")
        m.t(ch([". Knows about the ", ". Should be told about the "]))
        m.k(ch(CONDITIONS))
        m.t(".")
    return m.build()


def t_intl_note():
    m = M("clinician_note", "INTL")
    cc = ch(list(INTL_PLACES))
    f, l = intl_person(cc)
    m.t(ch(["Visitor from abroad. ", "Travel pt. ", "Intl pt. "]))
    m.i(f"{f} {l}", "PERSON")
    m.t(ch([", DOB ", ", born "]))
    m.i(fmt_dob_intl(dob_date(20, 90)), "DATE_OF_BIRTH")
    m.t(ch([", presenting w/ ", ", seen for "]))
    m.k(ch(CONDITIONS))
    m.t(ch([". Home address ", ". Permanent address: "]))
    m.i(intl_address(cc), "LOCATION")
    m.t(ch([". Contact ", ". Home phone ", ". Next of kin "]))
    if m.parts[-1] == ". Next of kin ":
        nf, _ = intl_person(cc)
        m.i(nf, "PERSON")
        m.t(" ")
    m.i(intl_phone(cc), "PHONE_NUMBER")
    if cc == "GB" and chance(0.6):
        m.t(". NHS no. ")
        m.i(f"{d(3)} {d(3)} {d(4)}", "MEDICAL_RECORD_NUMBER")
    elif chance(0.5):
        m.t(ch([". Travel insurance policy ", ". Insurer member no. "]))
        m.i(ch(string.ascii_uppercase) + ch(string.ascii_uppercase) + d(8), "MEDICAL_RECORD_NUMBER")
    m.t(". Rx: ")
    m.k(ch(DRUGS))
    m.t(".")
    return m.build()


TEMPLATES = [  # (function, weight)
    (t_soap, 14), (t_referral, 8), (t_form, 12), (t_chat, 12), (t_lower, 10), (t_caps, 8), (t_list, 8), (t_signature, 9),
    (t_address_change, 7), (t_billing, 10), (t_forward, 7), (t_runon, 7), (t_fundraiser, 11), (t_ssn_issue, 7),
    (t_rural_mil, 5), (t_portal, 7), (t_intl_relative, 9), (t_intl_iban, 12), (t_intl_nonlatin, 7), (t_intl_note, 7)]


def make_template(n):
    funcs = [f for f, w in TEMPLATES for _ in range(w)]
    out, tries = [], 0
    while len(out) < n:
        tries += 1
        rec = ch(funcs)()
        if rec is None:
            continue
        probe = dict(id="hd62-000", **rec)
        if check_record(probe):
            continue
        if any(rec["text"] == o["text"] for o in out):
            continue
        out.append(rec)
    return out, tries


def main():
    hand = parse_all("hand")
    for i, h in enumerate(hand):
        errs = check_record(dict(id="hd62-000", **h))
        if errs:
            raise SystemExit(f"hand message {i} invalid: {errs} :: {h['text'][:80]!r}")
    tmpl, tries = make_template(N_TOTAL - len(hand))
    # interleave deterministically so the file is not hand-then-template
    allm = hand + tmpl
    rng.shuffle(allm)
    with open("handwritten_dev62.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(allm):
            rec = {"id": f"hd62-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}, template {len(tmpl)} (draws {tries}), total {len(allm)}")


if __name__ == "__main__":
    main()
