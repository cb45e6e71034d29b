"""Value generators for the dev58 template messages (written for this file only).

Every generator returns plain strings; build.py wraps them in the inline markup.
Faker (fixed seed) supplies names and some streets; the formats, city lists and
street lists below are my own.
"""
import random, string, unicodedata, datetime
from faker import Faker

SEED = 5858
rng = random.Random(SEED)

_LOCALES = ["en_US", "es_MX", "en_IN", "it_IT", "pl_PL", "de_DE", "fr_FR", "pt_BR", "en_GB",
            "en_IE", "es_ES", "nl_NL", "pt_PT", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ru_RU",
            "ar_SA", "tr_TR", "fil_PH", "en_AU", "en_CA", "fr_CA"]
FK = {}
for _i, _loc in enumerate(_LOCALES):
    FK[_loc] = Faker(_loc)
    FK[_loc].seed_instance(SEED + _i)


def ch(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- US names
ENGLISH_WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "King", "Stone", "Fox",
                         "Bell", "Price", "Wood", "Rice", "Love", "Hope", "Little", "Short", "Long",
                         "Banks", "Lane", "Marsh", "Frost", "Gray", "Story", "West", "Snow", "Day"]
US_NAME_LOCALES = [("en_US", 62), ("es_MX", 14), ("en_IN", 5), ("it_IT", 3), ("pl_PL", 3),
                   ("de_DE", 2), ("fr_FR", 2), ("pt_BR", 2), ("fil_PH", 3), ("VN", 4)]
VN_FIRST = {"f": ["Lan", "Hương", "Thảo", "Hoa", "Linh", "Phương", "Trang", "Ngọc", "Vy", "Thu"],
            "m": ["Minh", "Tuấn", "Dũng", "Quang", "Bảo", "Khánh", "Hùng", "Long"]}
VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Phan", "Võ"]
VN_ASCII_FIRST = {"f": ["Lan", "Huong", "Thao", "Hoa", "Linh", "Phuong", "Trang"], "m": ["Minh", "Tuan", "Dung", "Quang", "Bao", "Hung"]}
VN_ASCII_LAST = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Huynh"]
NG_FIRST = {"f": ["Ngozi", "Adaeze", "Folake", "Chiamaka", "Ifeoma", "Yetunde", "Funmilayo"],
            "m": ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Babajide", "Obinna", "Kelechi"]}
NG_LAST = ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okonkwo", "Adebayo", "Obi", "Ibrahim",
           "Olawale", "Uche", "Afolabi"]


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def _strip_prefix(name):
    for p in ("Sr. ", "Sra. ", "Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Srita. ", "Lic. ", "Ing. "):
        if name.startswith(p):
            name = name[len(p):]
    return name


def _g(gender):
    return gender if gender in ("f", "m") else rng.choice("fm")


def _first(f, g):
    return _strip_prefix(f.first_name_female() if g == "f" else f.first_name_male())


def us_person(gender=None):
    g = _g(gender)
    loc = weighted(US_NAME_LOCALES)
    if loc == "VN":
        if rng.random() < 0.5:
            first, last = ch(VN_ASCII_FIRST[g]), ch(VN_ASCII_LAST)
        else:
            first, last = ch(VN_FIRST[g]), ch(VN_LAST)
    else:
        f = FK[loc]
        first, last = _first(f, g), f.last_name()
    if rng.random() < 0.10:
        last = ch(ENGLISH_WORD_SURNAMES)
    full = f"{first} {last}"
    if loc == "en_US" and rng.random() < 0.12:
        full = f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
    return {"first": first, "last": last, "full": full, "latin": True, "g": g,
            "ascii_first": ascii_fold(first), "ascii_last": ascii_fold(last).replace(" ", "")}


# ---------------------------------------------------------------- countries
# code: name locale, script note, cities, phone formats, iban spec, email domains
RU_TRANS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
KR_ROMAN = ["kim.minji", "park.jiho", "lee.soyeon", "choi.hyun", "jung.dae", "kang.eunji", "yoon.sh",
            "han.seojun", "shin.yuna", "oh.jaewon"]
AR_ROMAN = ["m.alotaibi", "fahad.alqahtani", "noura.alharbi", "a.alshehri", "sara.alghamdi",
            "khalid.alzahrani", "reem.aldossary", "t.almutairi"]
CN_PINYIN = ["wang.fang", "li.na", "zhang.wei", "liu.yang", "chen.jing", "yang.lei", "zhao.min",
             "huang.li", "zhou.jie", "wu.xiu"]

COUNTRIES = {
    "GB": dict(loc="en_GB", w=10, iban="GB", dom=["btinternet.com", "yahoo.co.uk", "gmail.com", "hotmail.co.uk", "sky.com", "nhs.net"]),
    "IE": dict(loc="en_IE", w=3, iban="IE", dom=["eircom.net", "gmail.com", "hotmail.com"]),
    "CA": dict(loc="en_CA", w=6, iban=None, dom=["rogers.com", "shaw.ca", "sympatico.ca", "gmail.com", "videotron.ca"]),
    "AU": dict(loc="en_AU", w=3, iban=None, dom=["bigpond.com", "optusnet.com.au", "gmail.com"]),
    "DE": dict(loc="de_DE", w=7, iban="DE", dom=["web.de", "gmx.de", "t-online.de", "gmail.com"]),
    "FR": dict(loc="fr_FR", w=6, iban="FR", dom=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]),
    "ES": dict(loc="es_ES", w=5, iban="ES", dom=["telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"]),
    "IT": dict(loc="it_IT", w=5, iban="IT", dom=["libero.it", "tiscali.it", "alice.it", "gmail.com"]),
    "NL": dict(loc="nl_NL", w=3, iban="NL", dom=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]),
    "PL": dict(loc="pl_PL", w=4, iban="PL", dom=["wp.pl", "onet.pl", "o2.pl", "interia.pl"]),
    "PT": dict(loc="pt_PT", w=2, iban="PT", dom=["sapo.pt", "gmail.com"]),
    "MX": dict(loc="es_MX", w=9, iban=None, dom=["prodigy.net.mx", "hotmail.com", "gmail.com", "yahoo.com.mx"]),
    "BR": dict(loc="pt_BR", w=5, iban="BR", dom=["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"]),
    "JP": dict(loc="ja_JP", w=5, iban=None, dom=["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp", "gmail.com"]),
    "CN": dict(loc="zh_CN", w=5, iban=None, dom=["qq.com", "163.com", "126.com", "sina.com"]),
    "KR": dict(loc="ko_KR", w=4, iban=None, dom=["naver.com", "daum.net", "hanmail.net"]),
    "IN": dict(loc="en_IN", w=7, iban=None, dom=["rediffmail.com", "gmail.com", "yahoo.co.in"]),
    "RU": dict(loc="ru_RU", w=3, iban=None, dom=["mail.ru", "yandex.ru", "list.ru"]),
    "SA": dict(loc="ar_SA", w=3, iban="SA", dom=["gmail.com", "hotmail.com", "outlook.sa"]),
    "TR": dict(loc="tr_TR", w=3, iban="TR", dom=["hotmail.com", "yandex.com.tr", "gmail.com"]),
    "PH": dict(loc="fil_PH", w=6, iban=None, dom=["yahoo.com.ph", "gmail.com"]),
    "VN": dict(loc=None, w=3, iban=None, dom=["gmail.com", "yahoo.com.vn"]),
    "NG": dict(loc=None, w=3, iban=None, dom=["yahoo.co.uk", "gmail.com"]),
    "CH": dict(loc="de_DE", w=1, iban="CH", dom=["bluewin.ch", "gmx.ch"]),
    "AT": dict(loc="de_DE", w=1, iban="AT", dom=["aon.at", "gmx.at"]),
}


def pick_country(need_iban=False):
    pairs = [(c, d["w"]) for c, d in COUNTRIES.items() if (d["iban"] or not need_iban)]
    return weighted(pairs)


def intl_person(c, gender=None):
    g = _g(gender)
    p = _intl_person(c, g)
    p["g"] = g
    return p


def _intl_person(c, g):
    """returns dict first,last,full,latin,ascii_first,ascii_last"""
    if c == "VN":
        first, last = ch(VN_FIRST[g]), ch(VN_LAST)
        mid = ch(["Thị", "Ngọc", ""] if g == "f" else ["Văn", "Minh", "Đức", ""])
        full = " ".join(x for x in (last, mid, first) if x)
        return dict(first=first, last=last, full=full, latin=True, ascii_first=ascii_fold(first), ascii_last=ascii_fold(last))
    if c == "NG":
        first, last = ch(NG_FIRST[g]), ch(NG_LAST)
        return dict(first=first, last=last, full=f"{first} {last}", latin=True, ascii_first=first, ascii_last=last)
    loc = COUNTRIES[c]["loc"]
    if c == "IN" and rng.random() < 0.35:
        loc = "hi_IN"
    f = FK[loc]
    if c == "RU":
        if g == "m":
            first, last = f.first_name_male(), f.last_name_male()
        else:
            first, last = f.first_name_female(), f.last_name_female()
        tr = lambda s: "".join(RU_TRANS.get(x.lower(), x) for x in s).capitalize()
        if rng.random() < 0.3:  # romanised
            first, last = tr(first), tr(last)
            return dict(first=first, last=last, full=f"{first} {last}", latin=True, ascii_first=first, ascii_last=last)
        return dict(first=first, last=last, full=f"{first} {last}", latin=False, ascii_first=tr(first), ascii_last=tr(last))
    if c == "JP":
        if rng.random() < 0.35:
            first = f.first_romanized_name_female() if g == "f" else f.first_romanized_name_male()
            last = f.last_romanized_name()
            return dict(first=first, last=last, full=f"{first} {last}", latin=True, ascii_first=first, ascii_last=last)
        first, last = _first(f, g), f.last_name()
        return dict(first=first, last=last, full=ch([f"{last} {first}", f"{last}{first}"]), latin=False,
                    ascii_first=f.first_romanized_name(), ascii_last=f.last_romanized_name())
    if c == "CN":
        if rng.random() < 0.3:
            first, last = f.first_romanized_name(), f.last_romanized_name()
            return dict(first=first, last=last, full=f"{first} {last}", latin=True, ascii_first=first, ascii_last=last)
        first, last = _first(f, g), f.last_name()
        h = ch(CN_PINYIN).split(".")
        return dict(first=first, last=last, full=f"{last}{first}", latin=False, ascii_first=h[1], ascii_last=h[0])
    if c == "KR":
        first, last = _first(f, g), f.last_name()
        h = ch(KR_ROMAN).split(".")
        return dict(first=first, last=last, full=f"{last}{first}", latin=False, ascii_first=h[1], ascii_last=h[0])
    if c == "SA":
        first, last = _first(f, g), f.last_name()
        h = ch(AR_ROMAN).split(".")
        return dict(first=first, last=last, full=f"{first} {last}", latin=False, ascii_first=h[0], ascii_last=h[1])
    if loc == "hi_IN":
        first, last = _first(f, g), f.last_name()
        e = FK["en_IN"]
        return dict(first=first, last=last, full=f"{first} {last}", latin=False,
                    ascii_first=e.first_name(), ascii_last=e.last_name())
    first, last = _first(f, g), f.last_name()
    return dict(first=first, last=last, full=f"{first} {last}", latin=True,
                ascii_first=ascii_fold(first), ascii_last=ascii_fold(last).replace(" ", ""))


# ---------------------------------------------------------------- US places
US_CITIES = """Springfield,IL,62704;Dayton,OH,45406;Tulsa,OK,74105;Fresno,CA,93722;El Paso,TX,79912;Albuquerque,NM,87110;
Tucson,AZ,85710;Mesa,AZ,85204;Boise,ID,83704;Spokane,WA,99205;Tacoma,WA,98405;Eugene,OR,97402;Reno,NV,89502;Provo,UT,84604;
Pueblo,CO,81003;Omaha,NE,68104;Wichita,KS,67203;Des Moines,IA,50310;Duluth,MN,55803;Rochester,MN,55901;Madison,WI,53704;
Green Bay,WI,54301;Peoria,IL,61604;Gary,IN,46408;Fort Wayne,IN,46805;Toledo,OH,43609;Akron,OH,44310;Flint,MI,48503;
Lansing,MI,48910;Grand Rapids,MI,49504;Louisville,KY,40214;Lexington,KY,40508;Knoxville,TN,37917;Memphis,TN,38116;
Chattanooga,TN,37411;Huntsville,AL,35801;Mobile,AL,36606;Jackson,MS,39206;Baton Rouge,LA,70805;Shreveport,LA,71106;
Little Rock,AR,72204;Birmingham,AL,35211;Savannah,GA,31405;Macon,GA,31204;Augusta,GA,30906;Columbia,SC,29203;
Charleston,SC,29407;Greensboro,NC,27405;Durham,NC,27707;Fayetteville,NC,28303;Norfolk,VA,23505;Richmond,VA,23224;
Roanoke,VA,24017;Baltimore,MD,21215;Dover,DE,19901;Trenton,NJ,08618;Newark,NJ,07106;Paterson,NJ,07501;Allentown,PA,18102;
Scranton,PA,18505;Erie,PA,16504;Pittsburgh,PA,15210;Buffalo,NY,14215;Syracuse,NY,13205;Albany,NY,12203;Yonkers,NY,10701;
Bronx,NY,10467;Brooklyn,NY,11226;Hartford,CT,06106;Worcester,MA,01604;Lowell,MA,01852;Providence,RI,02908;
Manchester,NH,03102;Burlington,VT,05401;Portland,ME,04103;Bangor,ME,04401;Miami,FL,33135;Hialeah,FL,33012;Orlando,FL,32808;
Tampa,FL,33604;Jacksonville,FL,32210;Tallahassee,FL,32304;Fargo,ND,58103;Sioux Falls,SD,57103;Billings,MT,59101;
Casper,WY,82601;Anchorage,AK,99504;Honolulu,HI,96817;Hilo,HI,96720;San Antonio,TX,78228;Laredo,TX,78041;McAllen,TX,78501;
Lubbock,TX,79416;Amarillo,TX,79106;Corpus Christi,TX,78415;Houston,TX,77036;Dallas,TX,75217;Stockton,CA,95207;
Bakersfield,CA,93306;Oxnard,CA,93030;Riverside,CA,92503;Santa Ana,CA,92704;Chula Vista,CA,91911;Oakland,CA,94601;
Sacramento,CA,95823;Salem,OR,97301;Yakima,WA,98902;Las Cruces,NM,88001;Flagstaff,AZ,86001;Cleveland,OH,44105;
Detroit,MI,48205;Milwaukee,WI,53215;St. Louis,MO,63116;Kansas City,MO,64130;Springfield,MO,65802;Columbia,MO,65203;
Topeka,KS,66604;Lincoln,NE,68502;Cedar Rapids,IA,52402;Rockford,IL,61107;Joliet,IL,60435;Cicero,IL,60804;
Charleston,WV,25302;Huntington,WV,25701;Biloxi,MS,39530;Asheville,NC,28806;Lafayette,LA,70501;Kenosha,WI,53140"""
US_CITIES = [tuple(x.strip().split(",")) for x in US_CITIES.replace("\n", "").split(";")]
STREET_NAMES = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Chestnut", "Hickory", "Birch", "Willow",
                "Magnolia", "Dogwood", "Sycamore", "Washington", "Jefferson", "Lincoln", "Madison", "Franklin",
                "Jackson", "Adams", "Monroe", "Grant", "Main", "Church", "Market", "Mill", "Spring", "Lake",
                "River", "Ridge", "Valley", "Highland", "Sunset", "Meadow", "Forest", "Prospect", "Pleasant",
                "Orchard", "Cherry", "Peachtree", "Bayou", "Mesa Verde", "Camino Real", "Alameda", "Olive",
                "Palmetto", "Cypress", "Live Oak", "Country Club", "Old Mill", "Fairview", "Woodland",
                "Lakeview", "Glenwood", "Belmont", "Kingston", "Vine", "Laurel", "Holly", "Juniper", "Aspen",
                "Martin Luther King Jr", "Cesar Chavez", "Bluebonnet", "Tamarack", "Quail Run", "Foxhall",
                "Hawthorne", "Winding Creek", "Briarwood", "Stonegate", "Shady Grove", "Pecan", "Mockingbird",
                "Ashland", "Clearview", "Evergreen", "Harbor", "Bridge", "Canal", "Depot", "Railroad"]
NUMBERED = ["1st", "2nd", "3rd", "4th", "5th", "7th", "9th", "12th", "14th", "18th", "23rd", "27th", "31st",
            "38th", "41st", "56th", "72nd", "103rd", "112th", "148th"]
SUFFIX = [("St", 14), ("Ave", 10), ("Rd", 8), ("Dr", 8), ("Ln", 6), ("Blvd", 3), ("Ct", 4), ("Way", 3),
          ("Pl", 2), ("Pkwy", 1), ("Cir", 2), ("Ter", 1), ("Trl", 1), ("Hwy", 1), ("Loop", 1),
          ("Street", 5), ("Avenue", 4), ("Road", 3), ("Drive", 3), ("Lane", 2), ("St.", 3), ("Ave.", 2), ("Rd.", 1)]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "W.", "North", "South"]
UNITS = ["Apt 4B", "Apt. 12", "#12", "Unit 7", "Suite 210", "Ste 110", "Apt 3R", "Lot 44", "Apt 2", "#305",
         "Unit B", "Apt. 1104", "Ste. 400", "Trlr 9", "Bldg 2 Apt 14", "Apt #6", "Fl 2", "Rm 11", "Apt D"]


def us_street(with_number=True):
    if rng.random() < 0.15:
        name = ch(NUMBERED)
    else:
        name = ch(STREET_NAMES)
    s = f"{name} {weighted(SUFFIX)}"
    if rng.random() < 0.22:
        s = f"{ch(DIRS)} {s}"
    if with_number:
        n = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 29999)]))
        s = f"{n} {s}"
    return s


def us_zip(base, plus4=None):
    z = base[:3] + f"{int(base[3:]) + rng.randint(0, 8):02d}"[-2:]
    if plus4 is None:
        plus4 = rng.random() < 0.15
    return z + ("-" + digits(4) if plus4 else "")


def us_address(multiline=False, unit=None):
    city, st, z = ch(US_CITIES)
    street = us_street()
    if unit is None:
        unit = rng.random() < 0.35
    if unit:
        street += ch([" ", ", "]) + ch(UNITS)
    zz = us_zip(z)
    cityline = ch([f"{city}, {st} {zz}", f"{city} {st} {zz}", f"{city}, {st}  {zz}", f"{city}, {st}, {zz}"] if not multiline else [f"{city}, {st} {zz}", f"{city} {st} {zz}"])
    return (f"{street}\n{cityline}" if multiline else f"{street}, {cityline}")


def us_pobox():
    city, st, z = ch(US_CITIES)
    box = ch(["PO Box", "P.O. Box", "P O Box", "POB", "Post Office Box"]) + " " + str(rng.randint(1, 99999))
    sep = ch([', ', ' ', '\n'])
    return f"{box}{sep}{city}, {st} {us_zip(z)}"


def us_rural():
    city, st, z = ch(US_CITIES)
    r = ch([f"RR {rng.randint(1, 9)} Box {rng.randint(1, 400)}{ch(['', '', 'A', 'B'])}",
            f"Rural Route {rng.randint(1, 6)}, Box {rng.randint(1, 300)}",
            f"HC {rng.randint(1, 80)} Box {rng.randint(10, 999)}",
            f"RR {rng.randint(1, 5)}, Box {rng.randint(1, 200)}"])
    sep = ch([', ', '\n'])
    return f"{r}{sep}{city}, {st} {us_zip(z)}"


def us_military():
    kind = rng.random()
    zipc = lambda p: p + digits(3)
    if kind < 0.35:
        line1 = f"PSC {rng.randint(100, 9999)}, Box {rng.randint(1, 9999)}"
    elif kind < 0.65:
        line1 = f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 9999)}"
    elif kind < 0.85:
        line1 = f"CMR {rng.randint(400, 499)} Box {rng.randint(1, 9999)}"
    else:
        line1 = f"USS {ch(['Nimitz', 'Gerald R. Ford', 'Bataan', 'Mason', 'Kearsarge', 'Halsey'])}"
    po, st, pre = ch([("APO", "AE", "09"), ("FPO", "AE", "09"), ("APO", "AP", "96"), ("FPO", "AP", "96"),
                      ("DPO", "AE", "09"), ("APO", "AA", "340"), ("DPO", "AP", "96")])
    z = pre + digits(5 - len(pre))
    if rng.random() < 0.2:
        z += "-" + digits(4)
    sep = ch([', ', '\n', ' '])
    return f"{line1}{sep}{po} {st} {z}"


def us_city_state():
    city, st, z = ch(US_CITIES)
    return ch([f"{city}, {st}", f"{city} {st}", f"{city}, {st} {us_zip(z, False)}"])


def us_city():
    return ch(US_CITIES)[0]


# ---------------------------------------------------------------- international places
GB_CITIES = [("London", ["E", "N", "SE", "SW", "NW", "W"]), ("Manchester", ["M"]), ("Birmingham", ["B"]),
             ("Leeds", ["LS"]), ("Glasgow", ["G"]), ("Liverpool", ["L"]), ("Bristol", ["BS"]), ("Sheffield", ["S"]),
             ("Cardiff", ["CF"]), ("Edinburgh", ["EH"]), ("Leicester", ["LE"]), ("Coventry", ["CV"]),
             ("Nottingham", ["NG"]), ("Belfast", ["BT"]), ("Newcastle upon Tyne", ["NE"]), ("Brighton", ["BN"]),
             ("Southampton", ["SO"]), ("Swansea", ["SA"]), ("Aberdeen", ["AB"]), ("Stoke-on-Trent", ["ST"])]
GB_STREETS = ["Victoria Road", "Church Lane", "Park Avenue", "Station Road", "Kelvin Road", "Marlborough Crescent",
              "Albert Street", "Queen's Drive", "Mill Lane", "Hawthorn Close", "The Crescent", "Grange Road",
              "Elm Grove", "St John's Terrace", "Chapel Street", "Windsor Gardens", "Beech Walk", "Oakfield Road",
              "Cromwell Road", "Belvedere Court", "Ashby Road", "Heol y Deri"]
IE_CITIES = [("Dublin 8", "D08"), ("Dublin 6", "D06"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"),
             ("Waterford", "X91"), ("Sligo", "F91"), ("Kilkenny", "R95")]
IE_STREETS = ["Ballyhooly Road", "Main Street", "Church Road", "Griffith Avenue", "Sandymount Green", "Bóthar na Trá",
              "Shandon Street", "College Road"]
CA_CITIES = [("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Ottawa", "ON", "K"), ("Hamilton", "ON", "L"),
             ("Montréal", "QC", "H"), ("Québec", "QC", "G"), ("Laval", "QC", "H"), ("Winnipeg", "MB", "R"),
             ("Calgary", "AB", "T"), ("Edmonton", "AB", "T"), ("Vancouver", "BC", "V"), ("Surrey", "BC", "V"),
             ("Halifax", "NS", "B"), ("Regina", "SK", "S"), ("Saskatoon", "SK", "S")]
CA_STREETS_EN = ["Dundas St W", "Bloor St E", "Jasper Ave", "Portage Ave", "Kingsway", "Granville St",
                 "Robson St", "Barrington St", "17th Ave SW", "Bank St", "King St E", "Yonge St"]
CA_STREETS_FR = ["rue Sherbrooke O", "boul. Saint-Laurent", "rue Saint-Denis", "av. du Parc", "rue Ontario E",
                 "chemin Sainte-Foy", "boul. des Laurentides"]
AU_SUBURBS = [("Parramatta", "NSW", "2150"), ("Ultimo", "NSW", "2007"), ("Footscray", "VIC", "3011"),
              ("Carlton", "VIC", "3053"), ("Toowong", "QLD", "4066"), ("Fremantle", "WA", "6160"),
              ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005")]
AU_STREETS = ["Wattle St", "George St", "Sydney Rd", "Brunswick St", "Coronation Dr", "High St", "Jetty Rd", "Bay Rd"]
FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nice", "06"),
             ("Nantes", "44"), ("Strasbourg", "67"), ("Bordeaux", "33"), ("Lille", "59"), ("Rennes", "35"),
             ("Montpellier", "34"), ("Grenoble", "38")]
ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Zaragoza", "500"),
             ("Málaga", "290"), ("Bilbao", "480"), ("Murcia", "300"), ("A Coruña", "150")]
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Calle Real", "Gran Vía",
              "Calle de San Vicente", "Paseo de Gracia", "Calle del Carmen", "Avenida de Andalucía"]
IT_CITIES = [("Roma", "001", "RM"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
             ("Palermo", "901", "PA"), ("Bologna", "401", "BO"), ("Firenze", "501", "FI"), ("Bari", "701", "BA"),
             ("Genova", "161", "GE"), ("Verona", "371", "VR")]
IT_STREETS = ["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Mazzini",
              "Viale Europa", "Via Cavour", "Via Dante Alighieri", "Via San Giovanni", "Corso Umberto I"]
NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
             ("Groningen", "97"), ("Tilburg", "50"), ("Nijmegen", "65")]
NL_STREETS = ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianastraat",
              "Beatrixlaan", "Wilhelminaplein", "Oudegracht", "Lange Voorhout"]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Wrocław", "5"), ("Poznań", "6"), ("Gdańsk", "8"),
             ("Szczecin", "7"), ("Lublin", "2")]
PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Coimbra", "30"), ("Faro", "80")]
PT_STREETS = ["Rua da Prata", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua Augusta", "Travessa do Carmo",
              "Rua do Almada", "Avenida dos Aliados"]
MX_PLACES = [("Col. Roma Norte", "06700", "Ciudad de México", "CDMX"), ("Col. Narvarte", "03020", "Ciudad de México", "CDMX"),
             ("Col. Americana", "44160", "Guadalajara", "Jal."), ("Col. Del Valle", "66220", "San Pedro Garza García", "N.L."),
             ("Col. Centro", "64000", "Monterrey", "N.L."), ("Col. La Paz", "72160", "Puebla", "Pue."),
             ("Col. Zona Río", "22010", "Tijuana", "B.C."), ("Col. Reforma", "68050", "Oaxaca", "Oax."),
             ("Col. García Ginerés", "97070", "Mérida", "Yuc."), ("Col. Chapultepec", "80040", "Culiacán", "Sin.")]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle Hidalgo", "Av. Vallarta",
              "Calle 5 de Mayo", "Av. Revolución", "Calle Zaragoza", "Av. Constitución", "Calle Allende"]
BR_PLACES = [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"),
             ("Salvador", "BA", "4"), ("Recife", "PE", "5"), ("Fortaleza", "CE", "6"), ("Curitiba", "PR", "8"),
             ("Porto Alegre", "RS", "9"), ("Goiânia", "GO", "7")]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua Sete de Setembro", "Av. Boa Viagem",
              "Rua XV de Novembro", "Av. Afonso Pena", "Rua da Consolação", "Rua Voluntários da Pátria"]
BR_BAIRROS = ["Centro", "Consolação", "Boa Viagem", "Savassi", "Moinhos de Vento", "Copacabana", "Batel", "Pituba"]
JP_ROMAN = [("Shibuya", "Shibuya-ku", "Tokyo", "150"), ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160"),
            ("Umeda", "Kita-ku", "Osaka", "530"), ("Sakae", "Naka-ku", "Nagoya", "460"),
            ("Tenjin", "Chuo-ku", "Fukuoka", "810"), ("Kita 10-jo", "Kita-ku", "Sapporo", "001")]
IN_PLACES = [("Andheri West", "Mumbai", "4000"), ("Koramangala", "Bengaluru", "5600"), ("Salt Lake", "Kolkata", "7000"),
             ("Banjara Hills", "Hyderabad", "5000"), ("T. Nagar", "Chennai", "6000"), ("Sector 62", "Noida", "2013"),
             ("Kothrud", "Pune", "4110"), ("Vaishali Nagar", "Jaipur", "3020"), ("Navrangpura", "Ahmedabad", "3800"),
             ("Kakkanad", "Kochi", "6820")]
IN_BLDG = ["Sai Krupa", "Shanti Niketan", "Green Valley", "Lakshmi Nivas", "Prestige Park", "Gokul Dham", "Silver Oak"]
SA_ADDR = ["King Fahd Rd, Al Olaya, Riyadh {z}", "Prince Sultan St, Al Rawdah, Jeddah {z}",
           "طريق الملك فهد، حي العليا، الرياض {z}", "شارع الأمير سلطان، حي الروضة، جدة {z}",
           "Al Khobar Corniche Rd, Al Khobar {z}", "Building {n}, Al Nakheel District, Riyadh {z}"]
TR_ADDR = ["Bağdat Cad. No: {n} D: {d}, 34728 Kadıköy/İstanbul", "Atatürk Blv. No: {n}/{d}, 06420 Çankaya/Ankara",
           "Kıbrıs Şehitleri Cad. No: {n}, 35220 Alsancak/İzmir", "Cumhuriyet Mah. {n}. Sok. No: {d}, 16010 Osmangazi/Bursa",
           "Lara Cad. No: {n} D: {d}, 07230 Muratpaşa/Antalya"]
PH_ADDR = ["Blk {d} Lot {n}, Brgy. San Isidro, Quezon City 1100", "{n} Rizal St., Brgy. Poblacion, Makati City 1210",
           "Purok {d}, Brgy. Lahug, Cebu City 6000", "{n} Mabini St., Brgy. 12, Iloilo City 5000",
           "Unit {n} Tower {d}, SMDC Grass Residences, Quezon City 1106", "Sitio Malinis, Brgy. Bagong Silang, Caloocan 1428"]
NG_ADDR = ["{n} Adeola Odeku St, Victoria Island, Lagos 101241", "Plot {n} Aminu Kano Cres, Wuse 2, Abuja 904101",
           "{n} Ogui Road, Enugu 400102", "Flat {d}, {n} Allen Avenue, Ikeja, Lagos 100271"]
VN_ADDR = ["{n} Lý Thường Kiệt, Phường {d}, Quận 10, TP. Hồ Chí Minh", "Số {n} Hàng Bông, Hoàn Kiếm, Hà Nội",
           "{n}/{d} Nguyễn Trãi, Quận 5, TP. HCM", "{n} Trần Phú, Hải Châu, Đà Nẵng"]
CH_ADDR = ["Bahnhofstrasse {n}, 8001 Zürich", "Rue de Lausanne {n}, 1201 Genève", "Marktgasse {n}, 3011 Bern"]
AT_ADDR = ["Mariahilfer Straße {n}/{d}, 1060 Wien", "Herrengasse {n}, 8010 Graz", "Getreidegasse {n}, 5020 Salzburg"]

INTL_CITIES = {
    "GB": [c for c, _ in GB_CITIES], "IE": ["Dublin", "Cork", "Galway", "Limerick"], "CA": [c for c, _, _ in CA_CITIES],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"], "DE": ["Köln", "Hamburg", "München", "Berlin", "Leipzig", "Stuttgart", "Dresden"],
    "FR": [c for c, _ in FR_CITIES], "ES": [c for c, _ in ES_CITIES], "IT": [c for c, _, _ in IT_CITIES],
    "NL": [c for c, _ in NL_CITIES], "PL": [c for c, _ in PL_CITIES], "PT": [c for c, _ in PT_CITIES],
    "MX": ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida", "Tijuana", "Ciudad de México", "Morelia", "León"],
    "BR": [c for c, _, _ in BR_PLACES], "JP": ["Tokyo", "Osaka", "Nagoya", "東京", "大阪", "札幌", "福岡"],
    "CN": ["Shanghai", "Guangzhou", "上海", "北京", "广州", "成都", "Chengdu"], "KR": ["Seoul", "Busan", "서울", "부산", "대구"],
    "IN": ["Mumbai", "Chennai", "Pune", "Hyderabad", "Jaipur", "Kochi", "मुंबई", "दिल्ली"], "RU": ["Москва", "Санкт-Петербург", "Kazan", "Новосибирск"],
    "SA": ["Riyadh", "Jeddah", "الرياض", "جدة", "Dammam"], "TR": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "PH": ["Quezon City", "Cebu", "Davao", "Iloilo", "Pampanga"], "VN": ["Hà Nội", "Đà Nẵng", "Saigon", "Huế"],
    "NG": ["Lagos", "Abuja", "Enugu", "Ibadan"], "CH": ["Zürich", "Genève", "Bern"], "AT": ["Wien", "Graz", "Salzburg"],
}


def intl_city(c):
    return ch(INTL_CITIES[c])


def _al(n=2):
    return "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(n))


def intl_address(c, multiline=False):
    n, d = rng.randint(1, 240), rng.randint(1, 12)
    sep = "\n" if multiline else ", "
    if c == "GB":
        city, pre = ch(GB_CITIES)
        pc = f"{ch(pre)}{rng.randint(1, 20)} {rng.randint(1, 9)}{_al()}"
        flat = ch(["", "", f"Flat {rng.randint(1, 12)}{ch(['', 'A', 'B'])}{sep}"])
        return f"{flat}{n} {ch(GB_STREETS)}{sep}{city} {pc}" if rng.random() < 0.6 else f"{flat}{n} {ch(GB_STREETS)}{sep}{city}{sep}{pc}"
    if c == "IE":
        city, rk = ch(IE_CITIES)
        return f"{n} {ch(IE_STREETS)}{sep}{city}{sep}{rk} {''.join(rng.choice('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}"
    if c == "CA":
        city, prov, l1 = ch(CA_CITIES)
        pc = f"{l1}{rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        if prov == "QC":
            st = f"{n * 10 + rng.randint(0, 9)} {ch(CA_STREETS_FR)}{ch(['', f', app. {d}'])}"
        else:
            st = f"{n * 10 + rng.randint(0, 9)} {ch(CA_STREETS_EN)}{ch(['', f', Unit {d}', f' #{d}0{d}'])}"
        return f"{st}{sep}{city} {prov} {pc}" if rng.random() < 0.5 else f"{st}{sep}{city}, {prov} {pc}"
    if c == "AU":
        sub, stt, pc = ch(AU_SUBURBS)
        return f"{ch(['', f'{d}/'])}{n} {ch(AU_STREETS)}{sep}{sub} {stt} {pc}"
    if c == "DE":
        f = FK["de_DE"]
        return f"{f.street_address()}{sep}{f.postcode()} {f.city()}"
    if c == "CH":
        return ch(CH_ADDR).format(n=n, d=d)
    if c == "AT":
        return ch(AT_ADDR).format(n=n, d=d)
    if c == "FR":
        city, pre = ch(FR_CITIES)
        pc = pre + digits(5 - len(pre))
        return f"{FK['fr_FR'].street_address()}{sep}{pc} {city}"
    if c == "ES":
        city, pre = ch(ES_CITIES)
        piso = ch(['', f', {d}º ' + ch(['A', 'B', 'C', 'izq.', 'dcha.'])])
        return f"{ch(ES_STREETS)} {n}{piso}{sep}{pre}{digits(2)} {city}"
    if c == "IT":
        city, pre, prov = ch(IT_CITIES)
        return f"{ch(IT_STREETS)}{ch([' ', ', '])}{n}{sep}{pre}{digits(2)} {city} {prov}"
    if c == "NL":
        city, pre = ch(NL_CITIES)
        return f"{ch(NL_STREETS)} {n}{ch(['', '-' + str(d), ' hs'])}{sep}{pre}{digits(2)} {_al()} {city}"
    if c == "PL":
        city, pre = ch(PL_CITIES)
        return f"{FK['pl_PL'].street_address()}{sep}{pre}{digits(1)}-{digits(3)} {city}"
    if c == "PT":
        city, pre = ch(PT_CITIES)
        return f"{ch(PT_STREETS)} {n}{ch(['', f', {d}.º Esq.', f', {d}.º Dto.'])}{sep}{pre}{digits(4 - len(pre))}-{digits(3)} {city}"
    if c == "MX":
        col, cp, city, stt = ch(MX_PLACES)
        return f"{ch(MX_STREETS)} {n * 7}{ch(['', f' int. {d}', f' Depto. {d}0{d}'])}{sep}{col}{sep}{cp} {city}, {stt}"
    if c == "BR":
        city, uf, pre = ch(BR_PLACES)
        cep = f"{pre}{digits(4)}-{digits(3)}"
        return f"{ch(BR_STREETS)}, {n * 11}{ch(['', f' - apto {d}{rng.randint(1, 4)}'])} - {ch(BR_BAIRROS)}{sep}{city} - {uf}, {cep}"
    if c == "JP":
        if rng.random() < 0.4:
            area, ku, city, pre = ch(JP_ROMAN)
            return f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {area}, {ku}, {city} {pre}-{digits(4)}"
        f = FK["ja_JP"]
        return f"〒{f.zipcode()} {f.address()}"
    if c == "CN":
        f = FK["zh_CN"]
        return f"{f.address()}"
    if c == "KR":
        f = FK["ko_KR"]
        return f"{f.address()} ({f.postcode()})" if rng.random() < 0.5 else f"({f.postcode()}) {f.address()}"
    if c == "IN":
        if rng.random() < 0.25:
            f = FK["hi_IN"]
            return f.address().replace("\n", ", ")
        area, city, pre = ch(IN_PLACES)
        return f"Flat {rng.randint(101, 1204)}, {ch(IN_BLDG)} Apartments{sep}{area}{sep}{city} {pre}{digits(2)}"
    if c == "RU":
        return FK["ru_RU"].address()
    if c == "SA":
        return ch(SA_ADDR).format(n=n, z=str(rng.randint(11000, 23999)))
    if c == "TR":
        return ch(TR_ADDR).format(n=n, d=d)
    if c == "PH":
        return ch(PH_ADDR).format(n=n, d=d)
    if c == "NG":
        return ch(NG_ADDR).format(n=n, d=d)
    if c == "VN":
        return ch(VN_ADDR).format(n=n, d=d)
    raise KeyError(c)


# ---------------------------------------------------------------- phones
US_AREA = """201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231 234 239 240 248
251 252 253 254 256 260 262 267 269 270 276 281 301 302 303 304 305 307 308 309 310 312 313 314 315 316 317 318 319 320
321 323 325 330 334 336 337 339 341 346 347 351 352 360 361 385 386 401 402 404 405 406 407 408 409 410 412 413 414 415
417 419 423 424 425 430 432 434 435 440 443 458 469 470 475 478 479 480 484 501 502 503 504 505 507 508 509 510 512 513
515 516 517 518 520 530 540 541 551 559 561 562 563 567 570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609
610 612 614 615 616 617 618 619 620 623 626 630 631 636 641 646 650 651 657 660 661 662 678 701 702 703 704 706 707 708
712 713 714 715 716 717 718 719 720 724 727 731 732 734 737 740 747 754 757 760 762 763 765 769 770 772 773 774 775 779
781 785 786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 848 850 856 857 858
859 860 862 863 864 865 870 872 878 901 903 904 906 907 908 909 910 912 913 914 915 916 917 918 919 920 925 928 929 931
936 937 940 941 947 949 951 952 954 956 970 971 972 973 978 979 980 985 989""".split()


def _area():
    return rng.choice(US_AREA)


def _nxx():
    while True:
        a = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if a[1:] != "11" and a not in ("555", "800", "888", "877", "866", "855", "844", "833", "900", "988"):
            return a


US_PHONE_FMTS = [("({a}) {e}-{l}", 20), ("{a}-{e}-{l}", 20), ("{a}.{e}.{l}", 10), ("{a}{e}{l}", 8),
                 ("{a} {e} {l}", 7), ("+1 {a} {e} {l}", 5), ("+1-{a}-{e}-{l}", 4), ("1-{a}-{e}-{l}", 5),
                 ("001-{a}-{e}-{l}", 2), ("+1 ({a}) {e}-{l}", 4), ("1 ({a}) {e}-{l}", 2), ("+1{a}{e}{l}", 2),
                 ("({a}){e}-{l}", 3), ("{a}/{e}-{l}", 1)]


def us_phone(ext=False):
    a, e = _area(), _nxx()
    l = digits(4)
    if rng.random() < 0.12:
        e, l = "555", "01" + digits(2)
    s = weighted(US_PHONE_FMTS).format(a=a, e=e, l=l)
    if ext:
        s += ch([f" x{digits(rng.randint(2, 4))}", f" ext. {rng.randint(2, 499)}", f" extension {rng.randint(1, 9)}",
                 f" ext {digits(3)}", f"x{digits(3)}", f" Ext. {rng.randint(10, 99)}", f" x {rng.randint(1, 60)}"])
    return s


VANITY = ["MOW-LAWN", "FIX-ROOF", "DOG-WALK", "TAX-PREP", "CUT-HAIR", "HAULING", "PLUMBER", "PAINTER", "GUTTERS",
          "BAKE-PIE", "NO-LEAKS", "TOW-CARS", "FIX-PCS1", "CLEAN-UP", "MOVE-ME2"]


def us_vanity():
    w = ch(VANITY)
    return ch([f"1-800-{w}", f"1-888-{w}", f"(877) {w}", f"1-866-{w}", f"{_area()}-{w}"])


def intl_phone(c):
    D = digits
    f = {
        "GB": [f"+44 20 {D(4)} {D(4)}", f"020 {D(4)} {D(4)}", f"07{D(3)} {D(6)}", f"+44 7{D(3)} {D(6)}",
               f"+44 (0)1{D(2)} {D(3)} {D(4)}", f"01{D(3)} {D(6)}", f"+44 161 {D(3)} {D(4)}"],
        "IE": [f"+353 8{rng.choice('3567')} {D(3)} {D(4)}", f"08{rng.choice('3567')} {D(3)} {D(4)}", f"01 {D(3)} {D(4)}", f"+353 1 {D(3)} {D(4)}"],
        "CA": [f"+1 416 {_nxx()} {D(4)}", f"(514) {_nxx()}-{D(4)}", f"+1 604-{_nxx()}-{D(4)}", f"403.{_nxx()}.{D(4)}", f"1-902-{_nxx()}-{D(4)}"],
        "AU": [f"+61 2 {D(4)} {D(4)}", f"04{D(2)} {D(3)} {D(3)}", f"+61 4{D(2)} {D(3)} {D(3)}", f"(03) {D(4)} {D(4)}"],
        "DE": [f"+49 30 {D(7)}", f"030 {D(8)}", f"+49 171 {D(7)}", f"0171 {D(7)}", f"+49 (0)221 {D(6)}", f"0221/{D(6)}", f"+49 89 {D(4)} {D(4)}"],
        "CH": [f"+41 44 {D(3)} {D(2)} {D(2)}", f"079 {D(3)} {D(2)} {D(2)}"],
        "AT": [f"+43 1 {D(7)}", f"0664 {D(7)}"],
        "FR": [f"+33 1 {D(2)} {D(2)} {D(2)} {D(2)}", f"06 {D(2)} {D(2)} {D(2)} {D(2)}", f"+33 6 {D(2)} {D(2)} {D(2)} {D(2)}",
               f"04 {D(2)} {D(2)} {D(2)} {D(2)}", f"07.{D(2)}.{D(2)}.{D(2)}.{D(2)}"],
        "ES": [f"+34 6{D(2)} {D(2)} {D(2)} {D(2)}", f"91{D(1)} {D(3)} {D(3)}", f"6{D(2)} {D(3)} {D(3)}", f"+34 93 {D(3)} {D(2)} {D(2)}"],
        "IT": [f"+39 06 {D(4)} {D(4)}", f"3{D(2)} {D(3)} {D(4)}", f"+39 3{D(2)} {D(7)}", f"02 {D(4)} {D(4)}"],
        "NL": [f"+31 20 {D(3)} {D(4)}", f"06-{D(8)}", f"+31 6 {D(8)}", f"010 {D(3)} {D(4)}"],
        "PL": [f"+48 {D(3)} {D(3)} {D(3)}", f"{rng.choice('5678')}{D(2)} {D(3)} {D(3)}", f"22 {D(3)} {D(2)} {D(2)}"],
        "PT": [f"+351 91{D(1)} {D(3)} {D(3)}", f"21 {D(3)} {D(4)}", f"96{D(1)} {D(3)} {D(3)}"],
        "MX": [f"+52 55 {D(4)} {D(4)}", f"+52 1 33 {D(4)} {D(4)}", f"33 {D(4)} {D(4)}", f"(81) {D(4)}-{D(4)}", f"55-{D(4)}-{D(4)}", f"+52 (222) {D(3)} {D(4)}"],
        "BR": [f"+55 11 9{D(4)}-{D(4)}", f"(21) 9{D(4)}-{D(4)}", f"+55 (31) 9{D(4)}-{D(4)}", f"(81) {D(4)}-{D(4)}", f"+55 71 9{D(4)} {D(4)}"],
        "JP": [f"+81 3-{D(4)}-{D(4)}", f"090-{D(4)}-{D(4)}", f"03-{D(4)}-{D(4)}", f"+81 90 {D(4)} {D(4)}", f"06-{D(4)}-{D(4)}", f"080{D(8)}"],
        "CN": [f"+86 13{D(1)} {D(4)} {D(4)}", f"13{D(9)}", f"010-{D(4)} {D(4)}", f"+86 21 {D(4)} {D(4)}", f"+86-18{D(9)}"],
        "KR": [f"+82 10-{D(4)}-{D(4)}", f"010-{D(4)}-{D(4)}", f"02-{D(3)}-{D(4)}", f"+82 2 {D(4)} {D(4)}"],
        "IN": [f"+91 9{D(4)} {D(5)}", f"09{D(3)} {D(5)}", f"+91-22-{D(4)}-{D(4)}", f"+91 {rng.choice('6789')}{D(9)}", f"080 {D(4)} {D(4)}"],
        "RU": [f"+7 495 {D(3)}-{D(2)}-{D(2)}", f"8 (9{D(2)}) {D(3)}-{D(2)}-{D(2)}", f"+7 9{D(2)} {D(3)} {D(2)} {D(2)}"],
        "SA": [f"+966 5{D(1)} {D(3)} {D(4)}", f"05{D(1)} {D(3)} {D(4)}", f"+966 11 {D(3)} {D(4)}"],
        "TR": [f"+90 5{D(2)} {D(3)} {D(2)} {D(2)}", f"05{D(2)} {D(3)} {D(2)} {D(2)}", f"+90 (212) {D(3)} {D(2)} {D(2)}"],
        "PH": [f"+63 9{D(2)} {D(3)} {D(4)}", f"09{D(2)} {D(3)} {D(4)}", f"(02) 8{D(3)} {D(4)}", f"+63 2 8{D(3)} {D(4)}"],
        "VN": [f"+84 9{D(1)} {D(3)} {D(4)}", f"09{D(1)} {D(3)} {D(4)}", f"+84 28 {D(4)} {D(4)}"],
        "NG": [f"+234 80{D(1)} {D(3)} {D(4)}", f"080{D(1)} {D(3)} {D(4)}", f"+234 (0)70{D(1)} {D(3)} {D(4)}"],
    }[c]
    return ch(f)


# ---------------------------------------------------------------- email / url
US_DOMAINS = [("gmail.com", 30), ("yahoo.com", 12), ("aol.com", 5), ("hotmail.com", 6), ("outlook.com", 5),
              ("icloud.com", 5), ("comcast.net", 4), ("att.net", 3), ("sbcglobal.net", 2), ("verizon.net", 2),
              ("charter.net", 2), ("bellsouth.net", 2), ("msn.com", 1), ("protonmail.com", 1), ("cox.net", 2),
              ("live.com", 1), ("me.com", 1), ("frontier.com", 1), ("windstream.net", 1)]


def email_for(p, domain):
    f, l = p["ascii_first"].lower().replace(" ", ""), p["ascii_last"].lower().replace(" ", "").replace("'", "")
    if not f:
        f = "user"
    yy = str(rng.randint(40, 99)) if rng.random() < 0.5 else str(rng.randint(1, 999))
    user = ch([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}{l}{yy}", f"{f}.{l}{yy}", f"{f}_{l}", f"{l}.{f}",
               f"{f}{yy}", f"{f[0]}.{l}{rng.randint(1, 9)}", f"{l}{f[0]}", f"{f}.{l[0]}"])
    return f"{user}@{domain}"


def us_email(p):
    if rng.random() < 0.12:
        dom = ch([f"{p['ascii_last'].lower()}law.com", f"{p['ascii_last'].lower()}plumbing.net",
                  "sunrisehomecare.com", "stlukeshealth.org", "countyschools.k12.us", "hillcrestrealty.com",
                  f"{p['ascii_last'].lower()}family.net", "unionpacific.com", "ups.com", "ohio.edu"])
    else:
        dom = weighted(US_DOMAINS)
    return email_for(p, dom)


def intl_email(p, c):
    if c == "CN" and not p["latin"] and rng.random() < 0.5:
        return f"{rng.randint(10000000, 2999999999)}@qq.com"
    return email_for(p, ch(COUNTRIES[c]["dom"]))


def url_for(p):
    f, l = p["ascii_first"].lower().replace(" ", ""), p["ascii_last"].lower().replace(" ", "").replace("'", "")
    return ch([
        f"https://www.facebook.com/{f}.{l}.{rng.randint(1, 9999)}", f"facebook.com/{f}{l}",
        f"https://www.linkedin.com/in/{f}-{l}-{rng.randint(10, 999)}{ch(['a', 'b', 'x', ''])}", f"linkedin.com/in/{f}{l}",
        f"https://gofundme.com/f/help-{f}-{l}-{ch(['recover', 'with-medical-bills', 'fight-cancer', 'get-home'])}",
        f"gofundme.com/f/{f}-{l}-{ch(['surgery', 'transplant-fund', 'medical-expenses'])}",
        f"https://www.caringbridge.org/visit/{f}{l}", f"caringbridge.org/visit/{f}{l}{rng.randint(1, 9)}",
        f"www.{f}{l}.com", f"http://{l}family.net/{f}", f"https://{f}{l}.wordpress.com",
        f"instagram.com/{f}.{l}{rng.randint(1, 99)}", f"https://twitter.com/{f}_{l}", f"x.com/{f}{l[0]}",
        f"https://www.youtube.com/@{f}{l}", f"tiktok.com/@{f}.{l}", f"https://{f}-{l}.squarespace.com/about",
        f"https://www.{l}{ch(['photography', 'tutoring', 'plumbing', 'realty', 'bakes', 'lawnservice'])}.com",
        f"venmo.com/u/{p['ascii_first']}-{p['ascii_last'].replace(' ', '')}", f"paypal.me/{f}{l}",
        f"https://www.legacy.com/us/obituaries/name/{f}-{l}-obituary",
        f"mealtrain.com/trains/{digits(6)}-{l}-family", f"https://www.{f}{l}art.com/gallery",
    ])


# ---------------------------------------------------------------- ids
def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    a, g, s = f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return weighted([(f"{a}-{g}-{s}", 60), (f"{a} {g} {s}", 15), (f"{a}{g}{s}", 22), (f"{a}.{g}.{s}", 3)])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = lambda: rng.choice(MBI_L + "0123456789")
    s = f"{rng.randint(1, 9)}{rng.choice(MBI_L)}{a()}{rng.randint(0, 9)}{rng.choice(MBI_L)}{a()}{rng.randint(0, 9)}{rng.choice(MBI_L)}{rng.choice(MBI_L)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return ch([f"{s[:4]}-{s[4:7]}-{s[7:]}", s, f"{s[:4]} {s[4:7]} {s[7:]}"])


def mrn():
    return ch([f"00{digits(6)}", digits(7), digits(8), f"E{digits(7)}", f"MR{digits(6)}", f"{digits(3)}-{digits(3)}-{digits(3)}",
               f"A{digits(8)}", f"{digits(2)}-{digits(6)}", f"K{digits(7)}", f"{digits(4)}-{digits(4)}", f"H{digits(9)}",
               f"{rng.choice('ABCDEFGHJ')}{rng.choice('ABCDEFGHJ')}-{digits(5)}"])


def medicaid():
    return ch([f"{digits(8)}{rng.choice('ABCDEFGHJKL')}", f"{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{digits(5)}{rng.choice('ABCDEFGH')}",
               digits(10), digits(12), f"{digits(3)}-{digits(3)}-{digits(3)}", f"{digits(9)}{rng.choice('ABC')}"])


def member_id():
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))
    return ch([f"{L(3)}{digits(9)}", f"W{digits(9)}", f"H{digits(8)}", f"{L(1)}{digits(8)} {digits(2)}",
               f"{L(3)} {digits(3)} {digits(3)} {digits(3)}", f"{digits(9)}-{digits(2)}", f"U{digits(7)}{digits(2)}",
               f"M{digits(10)}"])


# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
PT_M = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]


def birth_date(old=True):
    y = rng.randint(1926, 1962) if old else rng.randint(1955, 2004)
    return datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))


def us_date(d):
    m, dd, y = d.month, d.day, d.year
    return weighted([(f"{m:02d}/{dd:02d}/{y}", 25), (f"{m}/{dd}/{y}", 18), (f"{m}/{dd}/{y % 100:02d}", 10),
                     (f"{m:02d}-{dd:02d}-{y}", 8), (f"{MONTHS[m - 1]} {dd}, {y}", 12), (f"{MONTHS[m - 1][:3]} {dd} {y}", 5),
                     (f"{MONTHS[m - 1][:3]}. {dd}, {y}", 3), (f"{y}-{m:02d}-{dd:02d}", 7), (f"{m}-{dd}-{y % 100:02d}", 4),
                     (f"{dd} {MONTHS[m - 1]} {y}", 3), (f"{m:02d}.{dd:02d}.{y}", 2), (f"{m:02d}{dd:02d}{y}", 2)])


def intl_date(d, c):
    m, dd, y = d.month, d.day, d.year
    opts = [(f"{dd:02d}/{m:02d}/{y}", 20), (f"{dd}/{m}/{y}", 8), (f"{dd:02d}-{m:02d}-{y}", 5), (f"{y}-{m:02d}-{dd:02d}", 5)]
    if c in ("DE", "AT", "CH", "PL", "RU", "TR"):
        opts += [(f"{dd:02d}.{m:02d}.{y}", 30), (f"{dd}. {DE_M[m - 1]} {y}", 8 if c in ("DE", "AT", "CH") else 0)]
    if c in ("GB", "IE", "AU", "IN", "NG"):
        opts += [(f"{dd} {MONTHS[m - 1]} {y}", 15), (f"{dd} {MONTHS[m - 1][:3]} {y}", 10)]
    if c in ("ES", "MX"):
        opts += [(f"{dd} de {ES_M[m - 1]} de {y}", 15)]
    if c == "FR":
        opts += [(f"{dd} {FR_M[m - 1]} {y}", 15)]
    if c in ("BR", "PT"):
        opts += [(f"{dd} de {PT_M[m - 1]} de {y}", 12)]
    if c in ("JP", "CN"):
        opts += [(f"{y}年{m}月{dd}日", 30), (f"{y}/{m:02d}/{dd:02d}", 15)]
    if c == "KR":
        opts += [(f"{y}.{m:02d}.{dd:02d}", 25), (f"{y}년 {m}월 {dd}일", 15)]
    if c == "CA":
        opts += [(f"{y}-{m:02d}-{dd:02d}", 20)]
    return weighted([(s, w) for s, w in opts if w])


# ---------------------------------------------------------------- accounts
IBAN_SPEC = {"DE": "n18", "GB": "A4n14", "FR": "n23", "ES": "n20", "IT": "A1n22", "NL": "A4n10", "PL": "n24",
             "PT": "n21", "BE": "n12", "IE": "A4n14", "CH": "n17", "AT": "n16", "TR": "n22", "SA": "n20",
             "BR": "n23A2"}


def iban(c):
    import re
    body = ""
    for kind, n in re.findall(r"([nA])(\d+)", IBAN_SPEC[c]):
        pool = string.digits if kind == "n" else "ABCDEFGHJKLMNPRSTUVWXYZ"
        body += "".join(rng.choice(pool) for _ in range(int(n)))
    s = body + c + "00"
    chk = 98 - int("".join(str(int(x, 36)) for x in s)) % 97
    full = f"{c}{chk:02d}{body}"
    grouped = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    out = weighted([(grouped, 55), (full, 35), (grouped.lower(), 5), (full.lower(), 5)])
    return out


def luhn_complete(prefix, length):
    d = [int(x) for x in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    for c in range(10):
        ds = d + [c]
        tot = 0
        for i, x in enumerate(reversed(ds)):
            if i % 2:
                x *= 2
                x -= 9 if x > 9 else 0
            tot += x
        if tot % 10 == 0:
            return "".join(map(str, ds))


def card():
    kind = weighted([("visa", 40), ("mc", 30), ("amex", 12), ("disc", 10), ("mc2", 8)])
    num = {"visa": lambda: luhn_complete("4", 16), "mc": lambda: luhn_complete(str(rng.randint(51, 55)), 16),
           "amex": lambda: luhn_complete(ch(["34", "37"]), 15), "disc": lambda: luhn_complete("6011", 16),
           "mc2": lambda: luhn_complete(str(rng.randint(2221, 2720)), 16)}[kind]()
    if rng.random() < 0.15:  # a mistyped card (bad Luhn) is still a card number
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return weighted([(" ".join(g), 45), ("".join(g), 35), ("-".join(g), 20)])


def routing():
    while True:
        d = [rng.choice([0, 0, 1, 2, 3]), rng.randint(0, 9)] + [rng.randint(0, 9) for _ in range(6)]
        if d[0] * 10 + d[1] in range(1, 13) or d[0] * 10 + d[1] in range(21, 33):
            break
    for c in range(10):
        x = d + [c]
        if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
            return "".join(map(str, x))


def bank_account():
    return ch([digits(10), digits(12), digits(9), digits(8), f"{digits(4)}-{digits(6)}", f"{digits(3)}-{digits(7)}",
               f"00{digits(9)}", digits(11), digits(13)])


def clabe():
    return digits(18) if rng.random() < 0.6 else f"{digits(3)} {digits(3)} {digits(11)} {digits(1)}"


def bill_account():
    return ch([digits(9), f"{digits(4)}-{digits(5)}", f"{rng.choice(['HB', 'PB', 'AC', 'EMS', 'G'])}{digits(8)}",
               f"{digits(3)}-{digits(3)}-{digits(4)}", digits(12), f"{digits(7)}-{digits(2)}"])


def intl_health_id(c):
    """national health / insurance numbers and hospital numbers abroad (region INTL)"""
    D = digits
    f = {
        "GB": [f"{D(3)} {D(3)} {D(4)}", D(10), f"RX{D(7)}"],                  # NHS number, hospital no.
        "IE": [f"{D(7)}{rng.choice('ABCDEFGHJKLMNPRTW')}", f"{D(6)}"],
        "CA": [f"{D(4)}-{D(3)}-{D(3)}-{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}", f"{D(4)} {D(3)} {D(3)}", D(9)],
        "AU": [f"{rng.randint(2, 6)}{D(3)} {D(5)} {rng.randint(1, 9)}", f"{rng.randint(2, 6)}{D(9)}"],
        "DE": [f"{rng.choice('ABCDEFGHKLMNPRSTUVWZ')}{D(9)}", f"{D(10)}"],
        "CH": [f"756.{D(4)}.{D(4)}.{D(2)}", f"80756{D(15)}"],
        "AT": [f"{D(4)} {D(6)}"],
        "FR": [f"{rng.choice('12')} {D(2)} {D(2)} {D(2)} {D(3)} {D(3)} {D(2)}", f"{D(9)}"],
        "ES": [f"{rng.choice('ABCDEFGHJKLMN')}{rng.choice('ABCDEFGHJKLMN')}{rng.choice('ABCDEFGHJKLMN')}{rng.choice('ABCDEFGHJKLMN')}{D(6)}{rng.choice('ABCDEFGHJKLMN')}{rng.choice('ABCDEFGHJKLMN')}{D(2)}", f"{D(7)}"],
        "IT": ["".join(rng.choice(string.ascii_uppercase) for _ in range(6)) + f"{D(2)}{rng.choice('ABCDEHLMPRST')}{D(2)}{rng.choice('ABCDEFGHLMZ')}{D(3)}{rng.choice(string.ascii_uppercase)}"],
        "NL": [D(9), f"{D(4)}.{D(2)}.{D(3)}"],
        "PL": [D(11)],
        "PT": [D(9), f"{D(3)} {D(3)} {D(3)}"],
        "MX": [f"{D(2)} {D(2)} {D(2)} {D(4)} {D(1)}", D(11)],
        "BR": [f"{rng.choice('12789')}{D(2)} {D(4)} {D(4)} {D(4)}", D(15)],
        "JP": [D(8), f"{D(2)}-{D(6)}"],
        "CN": [D(10), f"ZY{D(8)}"],
        "KR": [f"{D(2)}-{D(8)}", D(11)],
        "IN": [f"{D(2)}-{D(4)}-{D(4)}-{D(4)}", f"{D(9)}"],
        "RU": [f"{D(4)} {D(4)} {D(4)} {D(4)}", D(16)],
        "SA": [D(7), D(10)],
        "TR": [D(11)],
        "PH": [f"{D(2)}-{D(9)}-{D(1)}", D(12)],
        "VN": [f"{rng.choice(['DN', 'HT', 'GD', 'CH'])}{D(13)}"],
        "NG": [f"NHIS/{D(6)}", f"LUTH/{D(5)}"],
    }[c]
    return ch(f)


def business_url(p):
    l = p["ascii_last"].lower().replace(" ", "").replace("'", "")
    f = p["ascii_first"].lower().replace(" ", "")
    kind = ch(["lawncare", "handyman", "hauling", "cleaning", "transport", "painting", "tutoring", "catering"])
    return ch([f"www.{l}{kind}.com", f"https://{f}{l}{kind}.net", f"{l}{kind}.biz", f"https://www.facebook.com/{l}{kind}",
               f"https://{l}-{kind}.square.site", f"www.{f}s{kind}.com"])
