"""Value generators for the dev69 templates (Faker + my own formats). All values are invented."""
import random
import string

from faker import Faker

SEED = 6969
R = random.Random(SEED)
Faker.seed(SEED)
LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
           "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_IN",
           "en_CA", "fr_CA"]
FK = {loc: Faker(loc) for loc in LOCALES}
for i, loc in enumerate(LOCALES):
    FK[loc].seed_instance(SEED + i)
US = FK["en_US"]

# ---------------------------------------------------------------- people
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Stone", "Wood", "King", "Banks",
                 "Rice", "Fox", "Frost", "Church", "Hunter", "Mason", "Page", "Price", "Walker", "Gray",
                 "Lane", "Marsh", "Snow", "Cook", "Long", "Savage", "Best", "Little", "Strong"]
# the locales a US family chat draws its names from (US context -> region US)
US_NAME_LOCALES = ["en_US"] * 9 + ["es_MX", "es_MX", "vi_VN", "fil_PH", "en_IN", "pl_PL", "it_IT", "fr_FR", "de_DE", "tr_TR", "nl_NL"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU"]
LATIN_INTL = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "tr_TR",
              "vi_VN", "fil_PH", "en_IN"]


def first(loc=None, g=None):
    """g: 'f', 'm' or None (either)."""
    loc = loc or R.choice(US_NAME_LOCALES)
    f = FK[loc]
    if g == "f":
        return f.first_name_female()
    if g == "m":
        return f.first_name_male()
    return f.first_name()


def last(loc=None, g=None):
    loc = loc or R.choice(US_NAME_LOCALES)
    if loc == "en_US" and R.random() < 0.18:
        return R.choice(WORD_SURNAMES)
    f = FK[loc]
    if g == "f" and loc in ("ru_RU", "pl_PL"):
        return f.last_name_female()
    if g == "m" and loc in ("ru_RU", "pl_PL"):
        return f.last_name_male()
    return f.last_name()


def full(loc=None, g=None):
    loc = loc or R.choice(US_NAME_LOCALES)
    g = g or R.choice("fm")
    fn, ln = first(loc, g), last(loc, g)
    if loc == "zh_CN":
        return ln + fn
    if loc in ("ja_JP", "ko_KR"):
        return ln + (" " if loc == "ja_JP" and R.random() < 0.6 else "") + fn
    if loc == "ru_RU":
        return f"{ln} {fn}" if R.random() < 0.5 else f"{fn} {ln}"
    if loc == "es_MX" and R.random() < 0.4:
        return f"{fn} {ln} {last(loc)}"
    if loc == "en_US" and R.random() < 0.2:
        return f"{fn} {R.choice(string.ascii_uppercase)}. {ln}"
    return f"{fn} {ln}"


def nonlatin_full(g=None):
    return full(R.choice(NONLATIN), g)


# ---------------------------------------------------------------- phones
def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def us_parts():
    area = R.choice("23456789") + R.choice("0123456789") + R.choice("0123456789")
    while area[1:] == "11" or area in ("555", "800", "888", "877", "866", "855", "844", "833"):
        area = R.choice("23456789") + d(2)
    exch = "555" if R.random() < 0.5 else R.choice("23456789") + d(2)
    line = ("01" + d(2)) if exch == "555" else d(4)
    return area, exch, line


def us_phone(shape=None, ext=None):
    a, e, l = us_parts()
    shape = shape or R.choice(["paren", "paren", "dash", "dash", "dash", "dot", "plain", "plus1", "one", "001",
                               "space", "paren_nospace", "plus1dash"])
    s = {"paren": f"({a}) {e}-{l}", "paren_nospace": f"({a}){e}-{l}", "dash": f"{a}-{e}-{l}",
         "dot": f"{a}.{e}.{l}", "plain": f"{a}{e}{l}", "plus1": f"+1 {a} {e} {l}",
         "plus1dash": f"+1-{a}-{e}-{l}", "one": f"1-{a}-{e}-{l}", "001": f"001-{a}-{e}-{l}",
         "space": f"{a} {e} {l}"}[shape]
    if ext is None and R.random() < 0.12:
        ext = True
    if ext:
        s += R.choice([f" x{d(R.choice([3, 4]))}", f" ext. {d(2)}", f" ext {d(3)}", f" extension {R.randint(1, 9)}",
                       f" X{d(3)}"])
    return s


def intl_phone(cc):
    f = {
        "GB": lambda: R.choice([f"+44 20 7946 {d(4)}", f"020 7946 {d(4)}", f"07700 900{d(3)}",
                                f"+44 7700 900{d(3)}", f"0161 496 {d(4)}", f"+44 (0)113 496 {d(4)}"]),
        "DE": lambda: R.choice([f"+49 30 {d(7)}", f"030 {d(3)} {d(4)}", f"+49 171 {d(7)}", f"0151 {d(8)}",
                                f"+49 (0)89 {d(6)}"]),
        "FR": lambda: R.choice([f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                                f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"]),
        "MX": lambda: R.choice([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"81 {d(4)} {d(4)}",
                                f"(55) {d(4)}-{d(4)}"]),
        "ES": lambda: R.choice([f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}"]),
        "IT": lambda: R.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}", f"+39 02 {d(4)} {d(4)}"]),
        "BR": lambda: R.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}"]),
        "NL": lambda: R.choice([f"+31 6 {d(8)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"+31 (0)30 {d(3)} {d(4)}"]),
        "PL": lambda: R.choice([f"+48 {d(3)} {d(3)} {d(3)}", f"{R.choice('5678')}{d(2)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"]),
        "JP": lambda: R.choice([f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}",
                                f"06-{d(4)}-{d(4)}"]),
        "IN": lambda: R.choice([f"+91 9{d(4)} {d(5)}", f"+91-9{d(9)}", f"09{d(3)} {d(3)} {d(3)}", f"+91 80 {d(4)} {d(4)}"]),
        "KR": lambda: R.choice([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"]),
        "CN": lambda: R.choice([f"+86 139 {d(4)} {d(4)}", f"138{d(8)}", f"+86 10 {d(4)} {d(4)}"]),
        "PH": lambda: R.choice([f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"]),
        "TR": lambda: R.choice([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"]),
        "SA": lambda: R.choice([f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"]),
        "RU": lambda: R.choice([f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}"]),
        "VN": lambda: R.choice([f"+84 9{d(2)} {d(3)} {d(3)}", f"09{d(2)} {d(3)} {d(3)}"]),
        "NG": lambda: f"+234 80{d(1)} {d(3)} {d(4)}",
        "AU": lambda: R.choice([f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"]),
    }[cc]
    return f()


# ---------------------------------------------------------------- US locations
CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("San Antonio", "TX", "782"), ("Fresno", "CA", "937"),
          ("Tampa", "FL", "336"), ("Macon", "GA", "312"), ("Rochester", "NY", "146"), ("Allentown", "PA", "181"),
          ("Flint", "MI", "485"), ("Durham", "NC", "277"), ("Spokane", "WA", "992"), ("Mesa", "AZ", "852"),
          ("Duluth", "MN", "558"), ("St. Louis", "MO", "631"), ("Knoxville", "TN", "379"), ("Baton Rouge", "LA", "708"),
          ("Las Cruces", "NM", "880"), ("Salem", "OR", "973"), ("Green Bay", "WI", "543"), ("Lexington", "KY", "405"),
          ("Newark", "NJ", "071"), ("Worcester", "MA", "016"), ("Pueblo", "CO", "810"), ("Huntsville", "AL", "358"),
          ("Greenville", "SC", "296"), ("Toledo", "OH", "436"), ("El Paso", "TX", "799"), ("Bakersfield", "CA", "933"),
          ("Jacksonville", "FL", "322"), ("Savannah", "GA", "314"), ("Syracuse", "NY", "132"), ("Erie", "PA", "165"),
          ("Lansing", "MI", "489"), ("Raleigh", "NC", "276"), ("Tacoma", "WA", "984"), ("Tucson", "AZ", "857"),
          ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Memphis", "TN", "381"), ("Shreveport", "LA", "711"),
          ("Albuquerque", "NM", "871"), ("Eugene", "OR", "974"), ("Madison", "WI", "537"), ("Louisville", "KY", "402"),
          ("Paterson", "NJ", "075"), ("Boise", "ID", "837"), ("Reno", "NV", "895"), ("Provo", "UT", "846"),
          ("Des Moines", "IA", "503"), ("Sioux Falls", "SD", "571"), ("Fargo", "ND", "581"), ("Billings", "MT", "591"),
          ("Cheyenne", "WY", "820"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"), ("Hartford", "CT", "061"),
          ("Providence", "RI", "029"), ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Manchester", "NH", "031"),
          ("Wilmington", "DE", "198"), ("Baltimore", "MD", "212"), ("Richmond", "VA", "232"), ("Charleston", "WV", "253"),
          ("Little Rock", "AR", "722"), ("Jackson", "MS", "392"), ("Oklahoma City", "OK", "731"), ("Birmingham", "AL", "352"),
          ("Columbia", "SC", "292"), ("Indianapolis", "IN", "462"), ("Gary", "IN", "464"), ("Yonkers", "NY", "107"),
          ("Hialeah", "FL", "330"), ("Pomona", "CA", "917"), ("Laredo", "TX", "780"), ("Kenner", "LA", "700"),
          ("Cicero", "IL", "608"), ("Dearborn", "MI", "481"), ("Lowell", "MA", "018"), ("Aurora", "CO", "800")]
STREET_BASES = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Park", "Lake", "Hillcrest", "Sunset",
                "Ridge", "Highland", "Church", "Main", "Mill", "Spring", "Walnut", "Chestnut", "Jackson", "Franklin",
                "Jefferson", "Madison", "Martin Luther King Jr", "Cesar Chavez", "Orchard", "Meadow", "Prairie", "River",
                "Forest", "Willow", "Magnolia", "Peachtree", "Dogwood", "Sycamore", "Birch", "Hickory", "Poplar",
                "Cherry", "Mulberry", "Bayview", "Lakeshore", "Valley View", "Country Club", "Old Mill", "Fairview",
                "Grandview", "Riverside", "Pleasant", "Locust", "Adams", "Monroe", "Kennedy", "3rd", "5th", "12th",
                "41st", "Broadway", "Garfield", "Harrison", "Sheridan", "Kingsley", "Alvarado", "Las Palmas", "Vista Del Sol",
                "Bluebonnet", "Pecan", "Cottonwood", "Aspen", "Juniper", "Tamarack", "Crestview", "Briarwood", "Foxglove"]
STREET_SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd",
                 "Way", "Pl", "Ter", "Cir", "Pkwy", "Trl"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "West"]
UNITS = ["Apt {n}", "Apt. {n}{l}", "Unit {n}", "Suite {n}", "#{n}", "Apt {n}{l}", "Ste {n}", "Trlr {n}", "Lot {n}", "Fl {f}"]
_ZIP = {}


def city_state():
    c, st, z = R.choice(CITIES)
    _ZIP["last"] = z
    return c, st


def street():
    n = R.choice([str(R.randint(2, 99)), str(R.randint(100, 999)), str(R.randint(1000, 9999)), str(R.randint(10000, 29999))])
    if R.random() < 0.04:
        return f"{n} Hwy {R.randint(1, 99)}"
    base = R.choice(STREET_BASES)
    suf = R.choice(["St", "Street", "Ave", "Ave."]) if base[0].isdigit() else R.choice(STREET_SUFFIX)
    pre = (R.choice(DIRS) + " ") if R.random() < 0.22 else ""
    post = (" " + R.choice(["NE", "SW", "NW", "SE"])) if (not pre and R.random() < 0.06) else ""
    return f"{n} {pre}{base} {suf}{post}"


def unit():
    u = R.choice(UNITS)
    return u.format(n=R.randint(1, 450), l=R.choice("ABCDEF"), f=R.randint(2, 9))


def zip5():
    pre = _ZIP.pop("last", None)
    return (pre + d(2)) if pre else (R.choice("123456789") + d(4))


def us_address(shape=None):
    c, st = city_state()
    z = zip5()
    if R.random() < 0.2:
        z += f"-{d(4)}"
    s = street()
    if R.random() < 0.45:
        s += R.choice([", ", " "]) + unit()
    shape = shape or R.choice(["one", "one", "one", "multi", "nocomma", "lower_state"])
    if shape == "multi":
        return f"{s}\n{c}, {st} {z}"
    if shape == "nocomma":
        return f"{s} {c} {st} {z}"
    if shape == "lower_state":
        return f"{s}, {c} {st} {z}"
    return f"{s}, {c}, {st} {z}"


def po_box():
    c, st = city_state()
    z = zip5()
    return R.choice([f"PO Box {R.randint(10, 9999)}, {c}, {st} {z}", f"P.O. Box {R.randint(10, 9999)}\n{c} {st} {z}",
                     f"PO Box {R.randint(10, 999)} {c}, {st} {z}-{d(4)}", f"Post Office Box {R.randint(10, 999)}, {c} {st} {z}"])


def military():
    kind = R.choice(["PSC", "Unit", "CMR"])
    box = f"Box {R.randint(100, 9999)}"
    st, z = R.choice([("AE", "09" + d(3)), ("AP", "96" + d(3)), ("AA", "340" + d(2))])
    post = R.choice(["APO", "FPO", "DPO"])
    return R.choice([f"{kind} {R.randint(100, 9999)}, {box}, {post} {st} {z}", f"{kind} {R.randint(100, 9999)} {box}\n{post} {st} {z}"])


def rural():
    c, st = city_state()
    z = zip5()
    return R.choice([f"RR {R.randint(1, 9)} Box {R.randint(1, 299)}, {c}, {st} {z}",
                     f"Rural Route {R.randint(1, 6)}, Box {R.randint(1, 99)}, {c} {st} {z}",
                     f"HC {R.randint(1, 80)} Box {R.randint(1, 999)}, {c}, {st} {z}"])


def city_st():
    c, st = city_state()
    z = zip5()
    return R.choice([f"{c}, {st}", f"{c}, {st} {z}", f"{c} {st}"])


# ---------------------------------------------------------------- international locations
INTL_CITIES = {
    "GB": ["Leeds", "Bristol", "Norwich", "Cardiff", "Glasgow", "Leicester", "Hull"],
    "DE": ["Köln", "Leipzig", "Hamburg", "Dortmund", "Freiburg"],
    "FR": ["Lyon", "Toulouse", "Nantes", "Lille", "Rennes"],
    "MX": ["Puebla", "Guadalajara", "Monterrey", "Mérida", "Oaxaca de Juárez"],
    "ES": ["Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao"],
    "IT": ["Torino", "Bologna", "Palermo", "Bari", "Verona"],
    "BR": ["Belo Horizonte", "Recife", "Curitiba", "Porto Alegre", "Fortaleza"],
    "NL": ["Utrecht", "Groningen", "Eindhoven", "Haarlem"],
    "PL": ["Kraków", "Wrocław", "Poznań", "Łódź", "Lublin"],
    "IN": ["Pune", "Chennai", "Kochi", "Jaipur", "Lucknow"],
    "PH": ["Quezon City", "Cebu City", "Davao City", "Iloilo City"],
    "CA": ["Winnipeg", "Halifax", "Ottawa", "Calgary", "Surrey"],
}
MX_STATES = {"Puebla": "Pue.", "Guadalajara": "Jal.", "Monterrey": "N.L.", "Mérida": "Yuc.", "Oaxaca de Juárez": "Oax."}
BR_UF = {"Belo Horizonte": "MG", "Recife": "PE", "Curitiba": "PR", "Porto Alegre": "RS", "Fortaleza": "CE"}
CA_PROV = {"Winnipeg": "MB", "Halifax": "NS", "Ottawa": "ON", "Calgary": "AB", "Surrey": "BC"}


def intl_address(cc):
    c = R.choice(INTL_CITIES.get(cc, ["x"]))
    if cc == "GB":
        f = FK["en_GB"]
        st = f"{R.randint(1, 220)} {f.street_name()}"
        return R.choice([f"{st}, {c} {f.postcode()}", f"Flat {R.randint(1, 40)}, {st}\n{c}\n{f.postcode()}",
                         f"{st}\n{c}\n{f.postcode()}"])
    if cc == "DE":
        f = FK["de_DE"]
        return f"{f.street_name()} {R.randint(1, 140)}, {d(5)} {c}"
    if cc == "FR":
        f = FK["fr_FR"]
        return f"{R.randint(1, 90)} {f.street_name()}, {d(5)} {c}"
    if cc == "MX":
        f = FK["es_MX"]
        return f"{f.street_name()} {R.randint(10, 2999)}, Col. {f.last_name()}, {d(5)} {c}, {MX_STATES[c]}"
    if cc == "ES":
        f = FK["es_ES"]
        return f"{f.street_name()} {R.randint(1, 150)}, {R.randint(1, 8)}º {R.choice('ABCD')}, {d(5)} {c}"
    if cc == "IT":
        f = FK["it_IT"]
        return f"{f.street_name()} {R.randint(1, 200)}, {d(5)} {c}"
    if cc == "BR":
        f = FK["pt_BR"]
        return f"{f.street_name()}, {R.randint(10, 3000)}, apto {R.randint(11, 1204)}, {c} - {BR_UF[c]}, {d(5)}-{d(3)}"
    if cc == "NL":
        f = FK["nl_NL"]
        return f"{f.street_name()} {R.randint(1, 300)}, {d(4)} {R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)} {c}"
    if cc == "PL":
        f = FK["pl_PL"]
        return f"{f.street_address().replace(chr(10), ', ')}, {d(2)}-{d(3)} {c}"
    if cc == "IN":
        f = FK["en_IN"]
        return f"{f.street_address().replace(chr(10), ', ')}, {c} {R.choice('1234567')}{d(5)}"
    if cc == "PH":
        return f"{R.randint(1, 999)} {FK['fil_PH'].last_name()} St., Brgy. {FK['fil_PH'].last_name()}, {c} {d(4)}"
    if cc == "CA":
        f = FK["en_CA"]
        return f"{f.street_address().replace(chr(10), ', ')}, {c}, {CA_PROV[c]} {f.postcode()}"
    if cc == "JP":
        f = FK["ja_JP"]
        return R.choice([f"〒{f.postcode()} {f.prefecture()}{f.city()}{f.town()}{f.chome()}{f.ban()}{f.gou()}",
                         f"{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 20)} {FK['ja_JP'].town_romanized() if hasattr(f, 'town_romanized') else 'Shibuya'}, Tokyo {f.postcode()}"])
    if cc == "KR":
        return FK["ko_KR"].street_address()
    if cc == "RU":
        f = FK["ru_RU"]
        return f"{f.street_address()}, кв. {R.randint(1, 300)}, {f.city_name() if hasattr(f, 'city_name') else 'Казань'}, {d(6)}"
    if cc == "CN":
        f = FK["zh_CN"]
        return f"{f.province()}{f.city()}{f.district()}区{f.street_name()}{R.randint(1, 300)}号"
    raise KeyError(cc)


INTL_CITY_NONLATIN = ["東京", "大阪", "北京", "上海", "서울", "부산", "Москва", "Новосибирск", "दिल्ली", "मुंबई",
                      "الرياض", "جدة", "القاهرة"]

# ---------------------------------------------------------------- emails / urls
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
           "att.net", "protonmail.com", "me.com", "sbcglobal.net", "msn.com"]


def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


LOCAL_DOMAINS = {"en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"], "de_DE": ["gmx.de", "web.de", "t-online.de"],
                 "fr_FR": ["orange.fr", "free.fr", "gmail.com"], "es_MX": ["yahoo.com.mx", "hotmail.com", "gmail.com"],
                 "es_ES": ["telefonica.net", "gmail.com", "hotmail.es"], "it_IT": ["libero.it", "virgilio.it", "gmail.com"],
                 "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com"], "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
                 "pl_PL": ["wp.pl", "onet.pl", "o2.pl"], "en_IN": ["rediffmail.com", "gmail.com"],
                 "fil_PH": ["yahoo.com.ph", "gmail.com"], "en_CA": ["rogers.com", "shaw.ca", "gmail.com"]}


def email_for(name, domain=None):
    parts = [ascii_fold(p) for p in name.replace(".", " ").split() if ascii_fold(p)]
    if not parts:
        parts = [ascii_fold(US.first_name()), ascii_fold(US.last_name())]
    fn, ln = parts[0], parts[-1]
    local = R.choice([f"{fn}.{ln}", f"{fn}{ln}{d(2)}", f"{fn[0]}{ln}", f"{fn}_{ln}{d(4)[:R.randint(0, 4)]}",
                      f"{ln}.{fn}", f"{fn}{d(2)}", f"{ln}{fn[0]}{d(3)}", f"{fn}.{ln}.{d(2)}"])
    return f"{local}@{domain or R.choice(DOMAINS)}"


def url_for(name, kind="profile"):
    parts = [ascii_fold(p) for p in name.split() if ascii_fold(p)] or ["sam", "lee"]
    fn, ln = parts[0], parts[-1]
    if kind == "fund":
        return R.choice([
            f"https://www.gofundme.com/f/help-{fn}-{ln}-{R.choice(['recover', 'with-medical-bills', 'fight-cancer', 'come-home'])}",
            f"gofundme.com/f/{fn}{ln}-medical-fund",
            f"https://www.mealtrain.com/trains/{fn}-{ln}-{d(3)}",
            f"https://www.givesendgo.com/{fn}{ln}recovery",
        ])
    if kind == "update":
        return R.choice([
            f"www.caringbridge.org/visit/{fn}{ln}",
            f"https://www.caringbridge.org/site/{fn}-{ln}-{d(2)}",
            f"http://{fn}-{ln}.blogspot.com",
            f"https://sites.google.com/view/{fn}-{ln}-updates",
            f"https://lotsahelpinghands.com/c/{d(6)}-{ln}",
        ])
    return R.choice([
        f"https://www.facebook.com/{fn}.{ln}.{d(3)}",
        f"facebook.com/{fn}{ln}{d(2)}",
        f"https://www.linkedin.com/in/{fn}-{ln}-{d(2)}{R.choice('abcdef')}",
        f"linkedin.com/in/{fn}{ln}",
        f"https://{fn}{ln}.com",
        f"instagram.com/{fn}_{ln}_{d(2)}",
        f"https://x.com/{fn}{ln[0]}{d(3)}",
        f"https://www.{ln}family.net/{fn}",
    ])


# ---------------------------------------------------------------- SSN / DOB
def ssn(shape=None):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    shape = shape or R.choice(["dash", "dash", "dash", "space", "plain"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}"}[shape]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dob(us=True, shape=None, years=(1929, 1972)):
    y, m, dd = R.randint(*years), R.randint(1, 12), R.randint(1, 28)
    mon = MONTHS[m - 1]
    if us:
        shape = shape or R.choice(["mdY", "mdY", "mdy", "0mdY", "iso", "long", "long_ord", "abbr", "dash", "dotus", "lower"])
    else:
        shape = shape or R.choice(["dmY", "dmY_dot", "iso", "d_long", "dmy_dash"])
    sfx = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    return {"mdY": f"{m}/{dd}/{y}", "mdy": f"{m}/{dd}/{y % 100:02d}", "0mdY": f"{m:02d}/{dd:02d}/{y}",
            "iso": f"{y}-{m:02d}-{dd:02d}", "long": f"{mon} {dd}, {y}", "long_ord": f"{mon} {dd}{sfx} {y}",
            "abbr": f"{mon[:3]} {dd} {y}", "dash": f"{m:02d}-{dd:02d}-{y}", "dotus": f"{m}.{dd}.{y % 100:02d}",
            "lower": f"{mon.lower()} {dd} {y}", "dmY": f"{dd:02d}/{m:02d}/{y}", "dmY_dot": f"{dd:02d}.{m:02d}.{y}",
            "d_long": f"{dd} {mon} {y}", "dmy_dash": f"{dd}-{m:02d}-{y}"}[shape]


# ---------------------------------------------------------------- accounts
IBAN_SPECS = {"DE": lambda: d(18), "GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + d(14),
              "FR": lambda: d(23), "ES": lambda: d(20), "NL": lambda: R.choice(["ABNA", "RABO", "INGB"]) + d(10),
              "IT": lambda: R.choice("XABC") + d(22), "PL": lambda: d(24), "TR": lambda: d(5) + "0" + d(16),
              "BR": lambda: d(23) + "P1", "PT": lambda: d(21), "BE": lambda: d(12), "AT": lambda: d(16),
              "CH": lambda: d(17), "IE": lambda: "AIBK" + d(14), "SA": lambda: d(20)}


def iban(cc=None, shape=None):
    cc = cc or R.choice(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    raw = f"{cc}{98 - int(num) % 97:02d}{bban}"
    shape = shape or R.choice(["spaced", "spaced", "plain", "lower_spaced", "lower_plain"])
    spaced = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return {"spaced": spaced, "plain": raw, "lower_spaced": spaced.lower(), "lower_plain": raw.lower()}[shape]


def luhn_complete(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return body + str((10 - tot % 10) % 10)


def card(shape=None, valid=None):
    kind = R.choice(["visa", "mc", "amex", "disc"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "22"]), 16), "amex": (R.choice(["34", "37"]), 15),
              "disc": ("6011", 16)}[kind]
    body = pre + d(n - len(pre) - 1)
    num = luhn_complete(body) if (valid if valid is not None else R.random() < 0.8) else body + d(1)
    shape = shape or R.choice(["space", "space", "dash", "plain"])
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return kind, {"space": " ".join(g), "dash": "-".join(g), "plain": num}[shape]


def routing():
    while True:
        x = [R.randint(0, 9) for _ in range(8)]
        x[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            y = x + [c]
            if (3 * (y[0] + y[3] + y[6]) + 7 * (y[1] + y[4] + y[7]) + (y[2] + y[5] + y[8])) % 10 == 0:
                return "".join(map(str, y))


def bank_acct():
    return d(R.choice([8, 9, 10, 12]))


# ---------------------------------------------------------------- record-like numbers
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def L(n):
    return "".join(R.choice(LET) for _ in range(n))


def mbi():
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    s = f"{R.randint(1, 9)}{R.choice(a)}{R.choice(an)}{d(1)}{R.choice(a)}{R.choice(an)}{d(1)}{R.choice(a)}{R.choice(a)}{d(2)}"
    return R.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}", s, f"{s[:4]} {s[4:7]} {s[7:]}"])


RECORD_KINDS = {
    "mrn": lambda: R.choice([d(8), "00" + d(6), d(7), f"E{d(7)}", f"{d(2)}-{d(3)}-{d(3)}", f"{L(1)}{d(6)}",
                             f"{d(4)}-{d(4)}", f"MR{d(7)}", f"{L(2)}-{d(6)}", f"{d(3)}.{d(3)}.{d(3)}"]),
    "chart": lambda: R.choice([f"{L(1)}{d(4)}-{d(4)}", f"{L(2)}{d(5)}", d(6), f"{d(2)}-{d(5)}", f"C{d(6)}"]),
    "encounter": lambda: R.choice([d(9), d(10), d(12), f"{d(4)} {d(4)} {d(4)}", f"V{d(9)}"]),
    "member": lambda: R.choice([f"{L(3)}{d(9)}", f"W{d(9)}", f"{L(3)} {d(3)} {d(3)} {d(3)}", f"{L(1)}{d(8)}{R.choice(['01', '02', ''])}",
                                f"{d(9)}{L(1)}", f"{L(2)}{d(2)}-{d(5)}-{d(2)}", f"{L(3)}-{d(5)}-{d(4)}", f"U{d(8)} {d(2)}"]),
    "group": lambda: R.choice([d(6), d(5), f"{d(7)}-0{R.randint(1, 9)}", f"GRP{d(5)}", f"{L(1)}{d(5)}", f"{d(3)}-{d(4)}"]),
    "medicare": mbi,
    "medicaid": lambda: R.choice([f"{d(9)}{L(1)}", f"{d(8)}{L(1)}", f"{L(2)}{d(5)}{L(1)}", d(12), f"{d(3)} {d(3)} {d(3)} {d(1)}"]),
    "claim": lambda: R.choice([f"{2025 + R.randint(0, 1)}-{d(4)}-{d(5)}", f"CLM-{d(4)}-{d(6)}", f"{d(2)}{L(1)}{d(9)}",
                               f"{d(13)}", f"E{d(4)}-{d(4)}-{d(4)}", f"{d(4)} {d(4)} {d(3)}"]),
    "case": lambda: R.choice([f"CS-{d(6)}", f"{d(2)}-{L(2)}-{d(5)}", f"{d(8)}", f"C{d(7)}", f"{L(3)}{d(6)}", f"{d(4)}-{d(3)}-{d(3)}"]),
    "rx": lambda: R.choice([f"{d(7)}-{d(5)}", d(7), f"{d(7)}-0{R.randint(1, 9)}", f"RX{d(7)}", f"{d(3)}-{d(4)}", f"{d(6)}"]),
    "device": lambda: R.choice([f"{L(3)}{d(6)}{L(1)}", f"{d(2)}{L(1)}{d(5)}", f"{L(2)}{d(4)}-{d(4)}", f"{d(4)}-{d(4)}-{d(4)}",
                                f"{L(1)}{d(3)}{L(2)}{d(4)}", f"SN{d(8)}", f"{L(3)}-{d(6)}-{L(1)}"]),
    "auth": lambda: R.choice([f"PA{d(2)}-{d(6)}", f"{L(1)}{d(9)}", f"{d(8)}", f"{d(10)}", f"{L(2)}{d(7)}"]),
    "fin": lambda: R.choice([d(10), d(11), f"{d(3)}-{d(7)}"]),
}
RECORD_LABELS = {
    "mrn": ["MRN", "MRN:", "MRN#", "mrn", "Med Rec #", "medical record number", "MR#", "Medical Record No.", "hospital number", "patient ID"],
    "chart": ["chart #", "chart number", "Chart No.", "chart", "chart no"],
    "encounter": ["Encounter #", "encounter number", "Enc", "CSN", "visit #", "Visit ID", "account/visit no."],
    "member": ["Member ID", "member id", "member #", "Member No.", "subscriber ID", "ID#", "insurance id", "mem id"],
    "group": ["Group", "group #", "Grp", "group number", "GRP NO"],
    "medicare": ["Medicare ID", "Medicare #", "medicare number", "MBI", "Medicare card number"],
    "medicaid": ["Medicaid ID", "Medicaid #", "medicaid number", "Medi-Cal ID", "state Medicaid no."],
    "claim": ["claim #", "Claim No.", "claim number", "Claim ID", "claim"],
    "case": ["case #", "case number", "Case ID", "case no.", "ref #"],
    "rx": ["Rx #", "Rx", "rx number", "prescription #", "RX NO", "script #"],
    "device": ["serial #", "SN", "S/N", "serial number", "serial no.", "device serial"],
    "auth": ["auth #", "PA number", "prior auth ref", "authorization no."],
    "fin": ["FIN", "FIN#", "financial number", "billing account/FIN"],
}

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf", "H": "hotel",
        "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo", "S": "sierra",
        "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
ASIN = {"A": "apple", "B": "boy", "C": "cat", "D": "david", "E": "edward", "F": "frank", "G": "george", "H": "henry",
        "J": "john", "K": "king", "L": "larry", "M": "mary", "N": "nancy", "P": "peter", "R": "robert", "S": "sam",
        "T": "tom", "U": "umbrella", "V": "victor", "W": "water", "X": "x-ray", "Y": "yellow", "Z": "zebra"}


def read_aloud(v):
    """How a person reads a record number out loud or spells it into a chat."""
    out = []
    oh = R.random() < 0.5
    spell = R.choice(["nato", "asin", "plain"])
    for c in v:
        if c.isdigit():
            out.append("oh" if (c == "0" and oh) else DIGIT_WORDS[int(c)])
        elif c.isalpha():
            u = c.upper()
            if spell == "nato":
                out.append(NATO.get(u, u))
            elif spell == "asin":
                out.append(f"{u} as in {ASIN.get(u, u.lower())}")
            else:
                out.append(u)
        elif c in "- .":
            out.append(R.choice([",", "dash" if c == "-" else ","]))
    s = " ".join(out).replace(" ,", ",")
    return s.strip(", ")


def spaced_digits(v):
    return " ".join(c for c in v if c.isalnum())


def regroup(v, sep=None):
    raw = "".join(c for c in v if c.isalnum())
    sep = sep if sep is not None else R.choice([" ", "-", ".", " "])
    k = R.choice([3, 4])
    return sep.join(raw[i:i + k] for i in range(0, len(raw), k))


def swap_two(v):
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    for _ in range(20):
        i = R.choice(idx[:-1]) if len(idx) > 1 else None
        if i is None:
            break
        j = idx[idx.index(i) + 1]
        if v[i] != v[j]:
            return v[:i] + v[j] + v[i + 1:j] + v[i] + v[j + 1:]
    return v[:-1] + str((int(v[-1]) + 1) % 10) if v[-1].isdigit() else v + "1"
