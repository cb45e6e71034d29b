"""Value generators for the dev52 templates (my own formats; Faker supplies names and randomness).

Every generator takes the shared random.Random `R` and the Faker pool `F` from init().
"""
import random, string, unicodedata
from faker import Faker
from ibanlib import make_iban, make_card, make_aba, group4

R = random.Random()
F = {}
US_NAME_LOCALES = ["en_US"] * 10 + ["es_MX"] * 3 + ["en_IN", "vi_VN", "pl_PL", "it_IT", "en_GB", "fr_FR", "de_DE", "pt_BR", "tr_TR"]
INTL_COUNTRIES = ["GB", "DE", "FR", "MX", "BR", "JP", "IN", "ES", "IT", "NL", "PL", "CA", "KR", "CN", "PH", "VN",
                  "RU", "TR", "SA", "IE", "AU", "UA", "GR", "AT"]
COUNTRY_LOCALE = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "BR": "pt_BR", "JP": "ja_JP",
                  "IN": "en_IN", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "CA": "en_CA",
                  "KR": "ko_KR", "CN": "zh_CN", "PH": "en_US", "VN": "vi_VN", "RU": "ru_RU", "TR": "tr_TR",
                  "SA": "ar_SA", "IE": "en_GB", "AU": "en_AU", "UA": "uk_UA", "GR": "el_GR", "AT": "de_AT"}
NONLATIN = {"JP", "KR", "CN", "RU", "SA", "UA", "GR"}
PH_FIRST = ["Maricel", "Jun", "Rodel", "Marites", "Jomar", "Lovely", "Arnel", "Rowena", "Dindo", "Cherry", "Rizalino", "Analyn"]
PH_LAST = ["Dela Cruz", "Bautista", "Manalo", "Villanueva", "Macaraeg", "Pangilinan", "Soriano", "Dimaculangan", "Tolentino", "Magsaysay"]
IE_FIRST = ["Siobhan", "Niamh", "Cormac", "Aoife", "Ciarán", "Pádraig", "Orla", "Eoin", "Róisín", "Declan"]
IE_LAST = ["Ó Briain", "Murphy", "Gallagher", "Ní Bhriain", "Kavanagh", "Doherty", "Fitzpatrick", "Mac Giolla"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Fox", "Stone", "Wood", "Lane", "Gray", "Moss",
                 "Frost", "Rich", "Little", "Long", "Love", "Price", "Bird", "Snow", "Banks", "Wells", "King", "Cook",
                 "Baker", "Hunter", "Hope", "Street", "Marsh", "Field", "Small", "Sharp", "Noble", "Swift", "Good", "West"]
WORD_FIRSTS = ["Joy", "Grace", "Hope", "Faith", "Will", "Bill", "Mark", "Art", "Rose", "Lily", "Iris", "Dawn", "Sky",
               "Hunter", "Chase", "Miles", "Cash", "Honor", "Jewel", "Autumn", "Sunny", "Ginger", "Destiny", "King"]


def init(seed):
    R.seed(seed)
    for i, loc in enumerate(sorted(set(list(COUNTRY_LOCALE.values()) + US_NAME_LOCALES + ["ja_JP", "zh_CN", "en_US"]))):
        f = Faker(loc)
        f.seed_instance(seed + i)
        F[loc] = f


CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "yi", "g"]))
GRK = dict(zip("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋΐΰ",
               ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "s", "i", "y", "i", "y"]))
AR_ROM = ["ahmed", "mohammed", "fatima", "aisha", "omar", "yousef", "huda", "salem", "nasser", "mariam", "hamad", "alotaibi", "alharbi", "alzahrani"]


def translit(s):
    out = []
    for ch in s.lower():
        if ch in CYR:
            out.append(CYR[ch])
        elif ch in GRK:
            out.append(GRK[ch])
        else:
            out.append(ch)
    return "".join(out)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")


def chance(p):
    return R.random() < p


def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first, last, region, country="US", romanized=None, script="latin", gender=None):
        self.first, self.last, self.region, self.country = first, last, region, country
        self.g = gender or pick("fm")
        self.script = script
        self.rom = romanized or (strip_accents(first), strip_accents(last))

    def full(self):
        if self.script == "cjk" and self.country in ("CN", "JP", "KR"):
            return self.last + ("" if self.country == "CN" else pick(["", " "])) + self.first
        if self.country == "RU" and chance(0.3):
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def name_form(self):
        """A varied but natural way to write this person's name (no titles)."""
        if self.script == "cjk":
            return pick([self.full(), self.full(), self.last + self.first if self.country != "KR" else self.full()])
        r = R.random()
        if r < 0.45:
            return self.full()
        if r < 0.6:
            return f"{self.first} {pick(string.ascii_uppercase)}. {self.last}"
        if r < 0.75:
            return self.first
        if r < 0.87:
            return f"{self.last}, {self.first}"
        return self.last


WORD_FIRSTS_F = ["Joy", "Grace", "Hope", "Faith", "Rose", "Lily", "Iris", "Dawn", "Sky", "Autumn", "Sunny", "Ginger", "Destiny", "Honor", "Jewel", "Summer"]
WORD_FIRSTS_M = ["Will", "Bill", "Mark", "Art", "Hunter", "Chase", "Miles", "Cash", "King", "Rich", "Guy", "Wade", "Bud", "Cliff", "Dean"]


def first_name(f, gender):
    try:
        return f.first_name_female() if gender == "f" else f.first_name_male()
    except AttributeError:
        return f.first_name()


def us_person(gender=None):
    gender = gender or pick("fm")
    r = R.random()
    if r < 0.12:
        first, last = first_name(F["en_US"], gender), pick(WORD_SURNAMES)
    elif r < 0.18:
        first, last = pick(WORD_FIRSTS_F if gender == "f" else WORD_FIRSTS_M), F["en_US"].last_name()
    else:
        loc = pick(US_NAME_LOCALES)
        f = F[loc]
        first, last = first_name(f, gender), f.last_name()
        if loc == "vi_VN":
            first, last = strip_accents(first), strip_accents(last)
    if chance(0.08):  # hyphenated / double surnames
        last = f"{last}-{F['en_US'].last_name()}" if chance(0.5) else f"{last} {F['es_MX'].last_name()}"
    return Person(first, last, "US", gender=gender)


PH_F = ["Maricel", "Marites", "Lovely", "Rowena", "Cherry", "Analyn", "Jocelyn", "Rhodora"]
PH_M = ["Jun", "Rodel", "Jomar", "Arnel", "Dindo", "Rizalino", "Bong", "Ramil"]
IE_F = ["Siobhan", "Niamh", "Aoife", "Orla", "Róisín", "Caoimhe"]
IE_M = ["Cormac", "Ciarán", "Pádraig", "Eoin", "Declan", "Oisín"]


CN_SURNAME_PINYIN = dict(zip("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang xu han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai yu du ye cheng su wei lv ding ren shen yao lu jiang cui zhong tan lu wang fan jin shi liao jia xia wei fu fang bai zou meng xiong qin qiu jiang yin xue yan duan lei hou long shi tao li he gu mao hao gong shao wan qian yan qin wu dai mo kong xiang tang".split()))
PINYIN_GIVEN = ["wei", "fang", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "tao", "ming", "chao", "xiuying", "xia", "ping", "gang", "hui", "yuting", "zihan", "haoran", "xinyi"]


def intl_person(country=None, gender=None):
    country = country or pick(INTL_COUNTRIES)
    gender = gender or pick("fm")
    if country == "PH":
        return Person(pick(PH_F if gender == "f" else PH_M), pick(PH_LAST), "INTL", country, gender=gender)
    if country == "IE":
        return Person(pick(IE_F if gender == "f" else IE_M), pick(IE_LAST), "INTL", country, gender=gender)
    f = F[COUNTRY_LOCALE[country]]
    fn = first_name(f, gender)
    if country == "JP":
        fp = f.first_name_female_pair() if gender == "f" else f.first_name_male_pair()
        lp = f.last_name_pair()
        return Person(fp[0], lp[0], "INTL", country, (fp[2], lp[2]), "cjk", gender)
    if country == "CN":
        ln = f.last_name()
        rom = (pick(PINYIN_GIVEN), CN_SURNAME_PINYIN.get(ln, pick(list(CN_SURNAME_PINYIN.values()))))
        return Person(fn, ln, "INTL", country, rom, "cjk", gender)
    if country == "KR":
        return Person(fn, f.last_name(), "INTL", country, (pick(["minjun", "seoyeon", "jiwoo", "hyunwoo", "eunji", "dohyun", "sumin"]), pick(["kim", "lee", "park", "choi", "jung", "kang", "yoon"])), "cjk", gender)
    if country in ("RU", "UA", "GR", "SA"):
        rom = (F["en_US"].first_name(), F["en_US"].last_name())
        if country in ("RU", "UA") and chance(0.35):  # some Russian/Ukrainian names written in Latin letters
            if gender == "f":
                return Person(pick(["Olga", "Natalia", "Oksana", "Svetlana", "Irina", "Tetiana"]), pick(["Ivanova", "Petrenko", "Sokolova", "Kovalenko", "Morozova", "Shevchenko"]), "INTL", country, gender=gender)
            return Person(pick(["Dmitri", "Sergei", "Yuri", "Andriy", "Oleksandr", "Pavel"]), pick(["Ivanov", "Petrenko", "Sokolov", "Kovalenko", "Volkov", "Shevchenko"]), "INTL", country, gender=gender)
        if country == "SA" and chance(0.4):
            return Person(pick(["Noura", "Reem", "Hessa", "Lama", "Sara", "Maha"] if gender == "f" else ["Abdullah", "Faisal", "Khalid", "Sultan", "Fahad", "Turki"]),
                          pick(["Al-Otaibi", "Al-Qahtani", "Al-Harbi", "Al-Ghamdi", "Al-Dosari", "Al-Shehri"]), "INTL", country, gender=gender)
        ln = f.last_name()
        if country in ("RU", "UA", "GR"):
            try:
                ln = f.last_name_female() if gender == "f" else f.last_name_male()
            except AttributeError:
                pass
        while country == "SA" and ("لادن" in ln or "سعود" in ln):
            ln = f.last_name()
        return Person(fn, ln, "INTL", country, rom, "other", gender)
    return Person(fn, f.last_name(), "INTL", country, gender=gender)


def person(region, gender=None):
    return us_person(gender) if region == "US" else intl_person(None, gender)


# ---------------------------------------------------------------- places
US_CITIES = [l.split(":") for l in """Springfield:IL:627 Columbus:OH:432 Tulsa:OK:741 Fresno:CA:937 Akron:OH:443 Boise:ID:837
Spokane:WA:992 Reno:NV:895 Albuquerque:NM:871 El Paso:TX:799 San Antonio:TX:782 Houston:TX:770 Dallas:TX:752 Lubbock:TX:794
Shreveport:LA:711 Baton Rouge:LA:708 Jackson:MS:392 Birmingham:AL:352 Huntsville:AL:358 Atlanta:GA:303 Macon:GA:312
Savannah:GA:314 Charleston:SC:294 Columbia:SC:292 Charlotte:NC:282 Raleigh:NC:276 Asheville:NC:288 Richmond:VA:232
Norfolk:VA:235 Baltimore:MD:212 Silver Spring:MD:209 Wilmington:DE:198 Philadelphia:PA:191 Pittsburgh:PA:152
Scranton:PA:185 Newark:NJ:071 Trenton:NJ:086 Bronx:NY:104 Brooklyn:NY:112 Buffalo:NY:142 Rochester:NY:146 Albany:NY:122
Hartford:CT:061 Providence:RI:029 Worcester:MA:016 Boston:MA:021 Springfield:MA:011 Manchester:NH:031 Portland:ME:041
Burlington:VT:054 Detroit:MI:482 Grand Rapids:MI:495 Flint:MI:485 Toledo:OH:436 Cleveland:OH:441 Cincinnati:OH:452
Indianapolis:IN:462 Gary:IN:464 Louisville:KY:402 Lexington:KY:405 Nashville:TN:372 Knoxville:TN:379 Memphis:TN:381
Chicago:IL:606 Peoria:IL:616 Rockford:IL:611 Milwaukee:WI:532 Madison:WI:537 Minneapolis:MN:554 Duluth:MN:558
Des Moines:IA:503 Omaha:NE:681 Wichita:KS:672 Kansas City:MO:641 St. Louis:MO:631 Little Rock:AR:722 Fargo:ND:581
Sioux Falls:SD:571 Billings:MT:591 Cheyenne:WY:820 Denver:CO:802 Pueblo:CO:810 Salt Lake City:UT:841 Provo:UT:846
Phoenix:AZ:850 Tucson:AZ:857 Las Vegas:NV:891 Los Angeles:CA:900 Long Beach:CA:908 San Diego:CA:921 Riverside:CA:925
Bakersfield:CA:933 Sacramento:CA:958 Oakland:CA:946 San Jose:CA:951 Portland:OR:972 Eugene:OR:974 Seattle:WA:981
Tacoma:WA:984 Anchorage:AK:995 Honolulu:HI:968 Hilo:HI:967 Miami:FL:331 Orlando:FL:328 Tampa:FL:336 Gainesville:FL:326
Pensacola:FL:325 San Juan:PR:009 Laredo:TX:780 Corpus Christi:TX:784 Amarillo:TX:791 Yakima:WA:989 Missoula:MT:598
Bangor:ME:044 Lansing:MI:489 Dayton:OH:454 Evansville:IN:477 Mobile:AL:366 Montgomery:AL:361 Tallahassee:FL:323
Augusta:GA:309 Greenville:SC:296 Roanoke:VA:240 Charleston:WV:253 Morgantown:WV:265 Erie:PA:165 Syracuse:NY:132
Yonkers:NY:107 Paterson:NJ:075 Stamford:CT:069 Lowell:MA:018 Nashua:NH:030 Cedar Rapids:IA:524 Topeka:KS:666
Lincoln:NE:685 Joplin:MO:648 Fayetteville:AR:727 Norman:OK:730 Lawton:OK:735 Las Cruces:NM:880 Flagstaff:AZ:860
Ogden:UT:844 Santa Rosa:CA:954 Stockton:CA:952 Salem:OR:973 Juneau:AK:998 Brownsville:TX:785 McAllen:TX:785
Hialeah:FL:330 Kissimmee:FL:347 Dearborn:MI:481 Hamtramck:MI:482 Cicero:IL:608 Elizabeth:NJ:072 Lawrence:MA:018
Chula Vista:CA:919 Santa Ana:CA:927 Garden Grove:CA:928 Fort Smith:AR:729 Tupelo:MS:388 Hattiesburg:MS:394""".split()]
# re-join two-word city names split by whitespace
_joined, _buf = [], []
for tok in " ".join(":".join(x) for x in US_CITIES).split(" "):
    _buf.append(tok)
    if tok.count(":") == 2:
        _joined.append(" ".join(_buf).split(":"))
        _buf = []
US_CITIES = [(c, s, z) for c, s, z in _joined]

STREETS = """Oak Maple Pine Cedar Elm Walnut Chestnut Willow Birch Magnolia Dogwood Hickory Sycamore Park Lake Hill Ridge River
Spring Meadow Forest Valley Church School Mill Market Main Broad High Center Union Washington Jefferson Lincoln Madison
Franklin Grant Monroe Adams Wilson Harrison Fairview Highland Sunset Lakeview Prospect Pleasant Orchard Garden Woodland
Greenwood Crestview Rosewood Brookside Hawthorne Kensington Palmetto Mesquite Saguaro Aspen Juniper Alder Cottonwood Pecan
Peachtree Bluebonnet Coral Harbor Bayview Laurel Holly Poplar Ash Locust Beech Dellwood Edgewood Glenwood Linden Hampton
Belmont Clinton Cleveland Garfield Kingston Vernon Roosevelt Kennedy Colfax Halsted Division Sheridan Euclid Mission Alvarado""".split()
STREETS2 = ["Martin Luther King Jr", "Cesar Chavez", "Country Club", "Old Mill", "Stony Brook", "Deer Run", "Fox Hollow",
            "Quail Ridge", "Shady Oak", "Live Oak", "Cherry Blossom", "Indian Creek", "Pine Valley", "Timber Ridge",
            "Saint Charles", "Rio Grande", "Camino Real", "Old County", "Mill Creek", "Spring Garden", "N 36th", "W 43rd",
            "S 2nd", "E 14th", "1st", "3rd", "5th", "27th", "NE 8th", "SW 152nd", "E 116th", "W Colonial"]
SUFFIX = ["St", "St", "Street", "Ave", "Ave", "Avenue", "Rd", "Road", "Dr", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct",
          "Court", "Pl", "Way", "Ter", "Cir", "Pkwy", "Hwy", "Trl", "Loop", "Pike"]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CA": "California", "NY": "New York", "FL": "Florida",
               "GA": "Georgia", "MI": "Michigan", "PA": "Pennsylvania", "AZ": "Arizona", "NC": "North Carolina",
               "WA": "Washington", "MA": "Massachusetts", "TN": "Tennessee", "VA": "Virginia"}


def us_city():
    return pick(US_CITIES)


def us_zip(prefix, plus4=None):
    z = prefix + digits(2)
    if plus4 or (plus4 is None and chance(0.15)):
        z += "-" + digits(4)
    return z


def us_unit():
    return pick([f"Apt {R.randint(1, 30)}{pick('ABCDEF')}", f"Apt. {R.randint(1, 450)}", f"Apt {R.randint(100, 999)}",
                 f"Unit {R.randint(1, 60)}", f"Unit {pick('ABCD')}", f"Suite {R.randint(1, 9)}{R.randint(0, 3)}0",
                 f"Ste {R.randint(100, 450)}", f"#{R.randint(1, 40)}", f"# {R.randint(100, 999)}", f"Lot {R.randint(1, 80)}",
                 f"Fl {R.randint(2, 4)}", f"Apt {R.randint(1, 9)}{pick('RLF')}", f"Rm {R.randint(100, 330)}"])


def us_street():
    num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]))
    if chance(0.04):
        num = f"{R.randint(30, 220)}-{R.randint(10, 99)}"  # Queens-style
    r = R.random()
    if r < 0.55:
        name = pick(STREETS)
    elif r < 0.8:
        name = pick(STREETS2)
    else:
        name = F["en_US"].last_name()
    pre = pick(["N ", "S ", "E ", "W ", "North ", "West "]) if chance(0.15) and not name[0].isdigit() and name[:2] not in ("N ", "S ", "E ", "W ") else ""
    suf = pick(SUFFIX)
    if name in ("1st", "3rd", "5th", "27th") or name[-2:] in ("th", "nd"):
        suf = pick(["St", "Ave", "Street", "Avenue", "Pl"])
    s = f"{num} {pre}{name} {suf}"
    if chance(0.1):
        s += pick([" NW", " SE", " NE"])
    return s


def us_address(form=None):
    """Return a whole US address string (one identifier)."""
    city, st, zp = us_city()
    form = form or R.choices(["line", "line_nounit", "nocomma", "multi", "po", "rr", "military", "cityzip"],
                             [30, 20, 8, 14, 9, 4, 7, 8])[0]
    street = us_street()
    unit = us_unit() if chance(0.55) else ""
    if form == "line":
        return f"{street}{', ' + unit if unit else ''}, {city}, {st} {us_zip(zp)}"
    if form == "line_nounit":
        return f"{street}, {city}, {st} {us_zip(zp)}"
    if form == "nocomma":
        return f"{street}{' ' + unit if unit else ''} {city} {st} {us_zip(zp)}"
    if form == "multi":
        if unit and chance(0.5):
            return f"{street}\n{unit}\n{city}, {st} {us_zip(zp)}"
        return f"{street}{' ' + unit if unit else ''}\n{city}, {st} {us_zip(zp)}"
    if form == "po":
        box = pick([f"PO Box {R.randint(1, 99999)}", f"P.O. Box {R.randint(1, 9999)}", f"P O Box {R.randint(1, 999)}", f"Post Office Box {R.randint(10, 9999)}"])
        return f"{box}, {city}, {st} {us_zip(zp)}"
    if form == "rr":
        rr = pick([f"RR {R.randint(1, 9)} Box {R.randint(1, 400)}", f"Rural Route {R.randint(1, 5)}, Box {R.randint(1, 300)}{pick(['', 'A', 'B'])}", f"HC {R.randint(60, 89)} Box {R.randint(100, 9999)}"])
        return f"{rr}, {city}, {st} {us_zip(zp)}"
    if form == "military":
        kind = pick(["PSC", "Unit", "CMR", "USNS", "USS"])
        ap, z = pick([("AE", "09" + digits(3)), ("AP", "96" + str(R.randint(2, 6)) + digits(2)), ("AA", "340" + digits(2))])
        if kind in ("USNS", "USS"):
            return f"{kind} {pick(['Comfort', 'Mercy', 'Bataan', 'Kearsarge', 'Carl Vinson', 'Truman'])}\nFPO {ap} {z}"
        line1 = f"{kind} {R.randint(1, 9999)}, Box {R.randint(1, 9999)}" if kind != "CMR" else f"CMR {R.randint(400, 499)} Box {R.randint(1000, 9999)}"
        post = pick(["APO", "APO", "DPO", "FPO"])
        return f"{line1}{pick([', ', chr(10)])}{post} {ap} {z}"
    if form == "cityzip":
        return f"{city}, {st} {us_zip(zp, plus4=False)}"
    raise ValueError(form)


INTL_ADDR = {}


def _a(country):
    def deco(fn):
        INTL_ADDR[country] = fn
        return fn
    return deco


@_a("GB")
def _gb():
    town, pc = pick([("London", "SE15 4QF"), ("London", "N7 8HT"), ("Manchester", "M14 6LT"), ("Leeds", "LS6 2AD"),
                     ("Birmingham", "B13 9RX"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ"), ("Bristol", "BS7 8NE"),
                     ("Leicester", "LE2 1TT"), ("Norwich", "NR2 3HU"), ("Brighton", "BN2 0JX"), ("Edinburgh", "EH10 5LP"),
                     ("Luton", "LU1 3NW"), ("Bradford", "BD8 7AR"), ("Swansea", "SA1 6BN"), ("Belfast", "BT7 1NN")])
    pc = pc[:-3] + str(R.randint(1, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    street = f"{R.randint(1, 180)} {pick(['Victoria', 'Albert', 'Station', 'Church', 'Park', 'Mill', 'Queens', 'Grove', 'Manor', 'Windsor', 'Beech'])} {pick(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Gardens', 'Crescent', 'Terrace'])}"
    flat = pick(["", "", f"Flat {R.randint(1, 24)}, ", f"Flat {R.randint(1, 9)}{pick('ABC')}, "])
    return pick([f"{flat}{street}, {town} {pc}", f"{flat}{street}\n{town}\n{pc}", f"{flat}{street}, {town}, {pc}"])


@_a("IE")
def _ie():
    return pick([f"{R.randint(1, 90)} {pick(['Griffith Avenue', 'Clonliffe Road', 'Main Street', 'Ballymun Road', 'Sandymount Green'])}, Dublin {R.randint(1, 24)}, D{R.randint(10, 24):02d} {pick(string.ascii_uppercase)}{digits(1)}{pick(string.ascii_uppercase)}{digits(1)}",
                 f"{pick(['Apt', 'No.'])} {R.randint(1, 40)} {pick(['Patrick Street', 'Oliver Plunkett St', 'Shop Street'])}, {pick(['Cork', 'Galway', 'Limerick'])} {pick(['T12', 'H91', 'V94'])} {pick(string.ascii_uppercase)}{digits(1)}{pick(string.ascii_uppercase)}{digits(1)}"])


@_a("DE")
def _de():
    city, plz = pick([("Berlin", "10" + digits(3)), ("Hamburg", "22" + digits(3)), ("München", "80" + digits(3)),
                      ("Köln", "50" + digits(3)), ("Frankfurt am Main", "60" + digits(3)), ("Stuttgart", "70" + digits(3)),
                      ("Leipzig", "04" + digits(3)), ("Dortmund", "44" + digits(3)), ("Bremen", "28" + digits(3)), ("Nürnberg", "90" + digits(3))])
    st = pick(["Hauptstraße", "Schillerstraße", "Goethestraße", "Bahnhofstr.", "Lindenallee", "Am Markt", "Kastanienweg",
               "Bergstraße", "Rosenweg", "Friedrich-Ebert-Str.", "Kantstraße", "Gartenstraße"])
    return pick([f"{st} {R.randint(1, 140)}, {plz} {city}", f"{st} {R.randint(1, 80)}{pick(['', 'a', 'b'])}\n{plz} {city}",
                 f"{st} {R.randint(1, 60)}, {plz} {city}, Germany", f"{st} {R.randint(1, 60)}, D-{plz} {city}"])


@_a("AT")
def _at():
    return f"{pick(['Favoritenstraße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Linzer Straße'])} {R.randint(1, 200)}/{R.randint(1, 30)}, {pick(['1100', '1030', '1140', '8010', '4020'])} {pick(['Wien', 'Graz', 'Linz'])}"


@_a("FR")
def _fr():
    city, cp = pick([("Paris", "750" + f"{R.randint(1, 20):02d}"), ("Lyon", "6900" + str(R.randint(1, 9))), ("Marseille", "130" + f"{R.randint(1, 16):02d}"),
                     ("Toulouse", "31" + digits(3)), ("Lille", "59000"), ("Nantes", "44" + digits(3)), ("Bordeaux", "33000"), ("Strasbourg", "67000"), ("Montpellier", "34000")])
    rue = pick(["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "rue des Lilas",
                "chemin des Vignes", "place de la Mairie", "rue du Faubourg Saint-Antoine", "allée des Peupliers"])
    num = f"{R.randint(1, 150)}{pick(['', '', ' bis', ' ter'])}"
    return pick([f"{num} {rue}, {cp} {city}", f"{num}, {rue}\n{cp} {city}", f"{num} {rue}, {cp} {city.upper()}, France",
                 f"Bât. {pick('ABC')}, {num} {rue}, {cp} {city}"])


@_a("ES")
def _es():
    city, cp = pick([("Madrid", "280" + digits(2)), ("Barcelona", "080" + digits(2)), ("Valencia", "460" + digits(2)),
                     ("Sevilla", "410" + digits(2)), ("Málaga", "290" + digits(2)), ("Bilbao", "480" + digits(2)), ("Zaragoza", "500" + digits(2))])
    return pick([f"Calle {pick(['Mayor', 'de Alcalá', 'del Pilar', 'San Vicente', 'Goya', 'Gran Vía'])} {R.randint(1, 120)}, {R.randint(1, 8)}º {pick('ABCD')}, {cp} {city}",
                 f"Avda. {pick(['de la Constitución', 'Diagonal', 'de América', 'Blasco Ibáñez'])} {R.randint(1, 400)}, {cp} {city}",
                 f"C/ {pick(['Sol', 'Luna', 'Olmo', 'Rosal'])}, {R.randint(1, 50)} - {R.randint(1, 6)}ºdcha\n{cp} {city} ({city})"])


@_a("IT")
def _it():
    city, cap, pr = pick([("Roma", "001" + digits(2), "RM"), ("Milano", "201" + digits(2), "MI"), ("Napoli", "801" + digits(2), "NA"),
                          ("Torino", "101" + digits(2), "TO"), ("Bologna", "401" + digits(2), "BO"), ("Palermo", "901" + digits(2), "PA"), ("Firenze", "501" + digits(2), "FI")])
    return pick([f"Via {pick(['Garibaldi', 'Roma', 'Mazzini', 'dei Mille', 'Cavour', 'Verdi', 'della Repubblica'])} {R.randint(1, 200)}, {cap} {city} ({pr})",
                 f"Piazza {pick(['Dante', 'San Marco', 'Cavour'])} {R.randint(1, 40)}\n{cap} {city} {pr}",
                 f"Corso {pick(['Vittorio Emanuele II', 'Italia', 'Buenos Aires'])}, {R.randint(1, 300)} - {cap} {city}"])


@_a("NL")
def _nl():
    city = pick(["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Leiden"])
    pc = f"{R.randint(1000, 9999)} {pick(string.ascii_uppercase)}{pick(string.ascii_uppercase)}"
    return pick([f"{pick(['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Prinsengracht', 'Stationsplein', 'Julianalaan'])} {R.randint(1, 300)}{pick(['', '-2', ' A', 'bis'])}, {pc} {city}",
                 f"{pick(['Lindelaan', 'Schoolstraat', 'Beukenlaan'])} {R.randint(1, 99)}\n{pc}  {city.upper()}"])


@_a("PL")
def _pl():
    city, pc = pick([("Warszawa", "0" + str(R.randint(0, 4)) + "-" + digits(3)), ("Kraków", "3" + str(R.randint(0, 1)) + "-" + digits(3)),
                     ("Łódź", "9" + str(R.randint(0, 4)) + "-" + digits(3)), ("Wrocław", "5" + str(R.randint(0, 4)) + "-" + digits(3)), ("Gdańsk", "80-" + digits(3)), ("Poznań", "6" + str(R.randint(0, 1)) + "-" + digits(3))])
    return pick([f"ul. {pick(['Mickiewicza', 'Słowackiego', 'Piłsudskiego', 'Długa', 'Kościuszki', 'Polna'])} {R.randint(1, 120)}/{R.randint(1, 60)}, {pc} {city}",
                 f"al. {pick(['Jana Pawła II', 'Niepodległości', 'Jerozolimskie'])} {R.randint(1, 200)} m. {R.randint(1, 90)}\n{pc} {city}"])


@_a("MX")
def _mx():
    city, st, cp = pick([("Ciudad de México", "CDMX", "0" + str(R.randint(1, 9)) + digits(3)), ("Guadalajara", "Jal.", "44" + digits(3)),
                         ("Monterrey", "N.L.", "64" + digits(3)), ("Puebla", "Pue.", "72" + digits(3)), ("Tijuana", "B.C.", "22" + digits(3)),
                         ("Oaxaca de Juárez", "Oax.", "68" + digits(3)), ("Mérida", "Yuc.", "97" + digits(3)), ("León", "Gto.", "37" + digits(3))])
    col = pick(["Col. Centro", "Col. Roma Norte", "Col. Del Valle", "Col. Jardines", "Fracc. Las Palmas", "Col. Obrera", "Col. Independencia"])
    calle = pick(["Calle Morelos", "Av. Juárez", "Calle 5 de Mayo", "Av. Insurgentes Sur", "Calle Hidalgo", "Privada Zaragoza", "Calle Allende"])
    num = f"{R.randint(1, 2500)}{pick(['', '', ' Int. ' + str(R.randint(1, 12)), ' Depto. ' + str(R.randint(101, 504))])}"
    return pick([f"{calle} {num}, {col}, C.P. {cp}, {city}, {st}", f"{calle} #{num}\n{col}\n{cp} {city}, {st}",
                 f"{calle} {num}, {col}, {cp} {city}"])


@_a("BR")
def _br():
    city, uf, cep = pick([("São Paulo", "SP", "0" + digits(4)), ("Rio de Janeiro", "RJ", "2" + digits(4)), ("Belo Horizonte", "MG", "30" + digits(3)),
                          ("Salvador", "BA", "40" + digits(3)), ("Recife", "PE", "50" + digits(3)), ("Curitiba", "PR", "80" + digits(3)), ("Fortaleza", "CE", "60" + digits(3))])
    cep = f"{cep}-{digits(3)}"
    rua = pick(["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua Sete de Setembro", "Av. Brasil", "Rua Tiradentes", "Travessa São José"])
    bairro = pick(["Centro", "Vila Mariana", "Boa Viagem", "Copacabana", "Savassi", "Batel", "Pituba"])
    return pick([f"{rua}, {R.randint(1, 3000)}, apto {R.randint(11, 1204)}, {bairro}, {city} - {uf}, {cep}",
                 f"{rua}, {R.randint(1, 900)} - {bairro}\n{city}/{uf}\nCEP {cep}", f"{rua} {R.randint(1, 900)}, {bairro}, {city}-{uf} {cep}"])


@_a("JP")
def _jp():
    if chance(0.5):
        pref, ward, pc = pick([("東京都", "世田谷区", "154"), ("大阪府", "大阪市北区", "530"), ("神奈川県", "横浜市港北区", "222"),
                               ("愛知県", "名古屋市中区", "460"), ("福岡県", "福岡市博多区", "812"), ("北海道", "札幌市中央区", "060")])
        return f"〒{pc}-{digits(4)} {pref}{ward}{pick(['本町', '中央', '桜丘', '緑町', '東'])}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
    ward, city, pc = pick([("Setagaya-ku", "Tokyo", "154"), ("Kita-ku", "Osaka", "530"), ("Naka-ku", "Nagoya", "460"), ("Chuo-ku", "Sapporo", "060"), ("Hakata-ku", "Fukuoka", "812")])
    return pick([f"{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)} {pick(['Sakuragaoka', 'Honcho', 'Midoricho', 'Higashi'])}, {ward}, {city} {pc}-{digits(4)}",
                 f"{pick(['Maison', 'Heights', 'Coop'])} {pick(['Aoba', 'Sakura', 'Kotobuki'])} {R.randint(101, 905)}, {R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)} {pick(['Nishi', 'Kita', 'Minami'])}, {ward}, {city} {pc}-{digits(4)}"])


@_a("IN")
def _in():
    city, pin, state = pick([("Mumbai", "400" + digits(3), "Maharashtra"), ("Pune", "411" + digits(3), "Maharashtra"), ("Bengaluru", "560" + digits(3), "Karnataka"),
                             ("Chennai", "600" + digits(3), "Tamil Nadu"), ("Hyderabad", "500" + digits(3), "Telangana"), ("New Delhi", "110" + digits(3), "Delhi"),
                             ("Kochi", "682" + digits(3), "Kerala"), ("Ahmedabad", "380" + digits(3), "Gujarat"), ("Kolkata", "700" + digits(3), "West Bengal")])
    return pick([f"Flat {R.randint(1, 20)}{R.randint(0, 9)}{R.randint(1, 9)}, {pick(['Shanti Kunj', 'Sai Residency', 'Green Park Apts', 'Krishna Towers'])}, {pick(['MG Road', 'Linking Road', 'Anna Salai', 'Banjara Hills Rd No. 12'])}, {city} {pin}",
                 f"H.No. {R.randint(1, 40)}-{R.randint(1, 9)}-{R.randint(100, 999)}, {pick(['Gandhi Nagar', 'Ram Nagar', 'Indiranagar', 'Sector 15'])}, {city} - {pin}",
                 f"{R.randint(1, 300)}, {pick(['2nd Cross', '5th Main', '11th Cross'])}, {pick(['Jayanagar', 'Koramangala', 'Malleswaram', 'Model Town', 'Anna Nagar'])}, {city}, {state} {pin}"])


@_a("CA")
def _ca():
    city, prov, fsa = pick([("Toronto", "ON", "M" + str(R.randint(1, 9)) + pick("ABCEGHJKLMNPRSTVWXY")), ("Montréal", "QC", "H" + str(R.randint(1, 9)) + pick("ABCEGHJKLMNPRSTVWXY")),
                            ("Vancouver", "BC", "V" + str(R.randint(5, 6)) + pick("ABCEGHJKLMNPRSTVWXY")), ("Calgary", "AB", "T" + str(R.randint(2, 3)) + pick("ABCEGHJKLMNPRSTVWXY")),
                            ("Winnipeg", "MB", "R" + str(R.randint(2, 3)) + pick("ABCEGHJKLMNPRSTVWXY")), ("Halifax", "NS", "B3" + pick("ABHJKLMNPRS")), ("Ottawa", "ON", "K" + str(R.randint(1, 2)) + pick("ABCEGHJKLMNPRSTVWXY"))])
    pc = f"{fsa} {R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVWXY')}{R.randint(0, 9)}"
    return pick([f"{R.randint(10, 9999)} {pick(['Bloor St W', 'Yonge Street', 'Rue Sherbrooke Est', 'Main St', 'Portage Ave', 'Kingsway', 'Bank Street'])}{pick(['', ', Unit ' + str(R.randint(1, 1200)), ' Apt ' + str(R.randint(1, 40))])}, {city}, {prov} {pc}",
                 f"{R.randint(1, 2000)}-{R.randint(10, 999)} {pick(['Queen St E', 'Boul. Saint-Laurent', 'Granville Street'])}\n{city} {prov}  {pc}"])


@_a("AU")
def _au():
    city, stt, pc = pick([("Sydney", "NSW", "20" + digits(2)), ("Melbourne", "VIC", "30" + digits(2)), ("Brisbane", "QLD", "40" + digits(2)), ("Perth", "WA", "60" + digits(2)), ("Adelaide", "SA", "50" + digits(2))])
    return f"{pick(['', 'Unit ' + str(R.randint(1, 30)) + '/'])}{R.randint(1, 250)} {pick(['George St', 'High Street', 'Parramatta Rd', 'Sydney Rd', 'Beach Road'])}, {pick(['Newtown', 'Brunswick', 'Fortitude Valley', 'Fremantle', 'Glenelg'])} {stt} {pc}"


@_a("KR")
def _kr():
    if chance(0.5):
        return f"{pick(['서울특별시 강남구', '서울특별시 마포구', '부산광역시 해운대구', '대구광역시 수성구', '인천광역시 남동구'])} {pick(['테헤란로', '월드컵로', '해운대로', '달구벌대로'])} {R.randint(1, 500)}, {R.randint(101, 1502)}호 ({digits(5)})"
    return f"{R.randint(1, 500)} {pick(['Teheran-ro', 'World Cup-ro', 'Haeundae-ro'])}, {pick(['Gangnam-gu', 'Mapo-gu', 'Haeundae-gu'])}, {pick(['Seoul', 'Busan'])} {digits(5)}"


@_a("CN")
def _cn():
    if chance(0.6):
        return f"{pick(['北京市朝阳区', '上海市浦东新区', '广州市天河区', '成都市武侯区', '杭州市西湖区'])}{pick(['建国路', '世纪大道', '天河路', '人民南路', '文三路'])}{R.randint(1, 600)}号{R.randint(1, 30)}栋{R.randint(101, 2808)}室，邮编{digits(6)}"
    return f"Room {R.randint(101, 2808)}, No. {R.randint(1, 600)} {pick(['Jianguo Rd', 'Century Ave', 'Tianhe Rd'])}, {pick(['Chaoyang District, Beijing', 'Pudong, Shanghai', 'Tianhe District, Guangzhou'])} {digits(6)}"


@_a("PH")
def _ph():
    return pick([f"{R.randint(1, 400)} {pick(['Mabini St.', 'Rizal Ave.', 'Kalayaan Ave.', 'P. Burgos St.'])}, Brgy. {pick(['San Isidro', 'Poblacion', 'Malinta', 'Sta. Cruz'])}, {pick(['Quezon City', 'Makati', 'Cebu City', 'Davao City', 'Pasig'])} {R.randint(1000, 8000)}",
                 f"Blk {R.randint(1, 40)} Lot {R.randint(1, 60)}, {pick(['Phase 2', 'Phase 3'])} {pick(['Camella Homes', 'Villa Verde Subd.'])}, {pick(['Bacoor, Cavite', 'Dasmariñas, Cavite', 'San Fernando, Pampanga'])} {R.randint(2000, 4200)}"])


@_a("VN")
def _vn():
    return f"Số {R.randint(1, 300)} {pick(['Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng'])}, {pick(['Phường Bến Thành', 'Phường 7', 'Phường Cửa Nam'])}, {pick(['Quận 1', 'Quận 3', 'Quận Hoàn Kiếm'])}, {pick(['TP. Hồ Chí Minh', 'Hà Nội'])} {digits(6)}"


@_a("RU")
def _ru():
    return pick([f"ул. {pick(['Ленина', 'Гагарина', 'Мира', 'Садовая', 'Советская'])}, д. {R.randint(1, 120)}, кв. {R.randint(1, 200)}, {pick(['Москва', 'Санкт-Петербург', 'Казань', 'Екатеринбург'])}, {R.randint(101000, 690000)}",
                 f"{R.randint(101000, 690000)}, г. {pick(['Новосибирск', 'Самара', 'Пермь'])}, пр. {pick(['Ленина', 'Мира'])}, {R.randint(1, 90)}-{R.randint(1, 150)}"])


@_a("UA")
def _ua():
    return f"вул. {pick(['Шевченка', 'Франка', 'Грушевського', 'Соборна'])}, {R.randint(1, 90)}, кв. {R.randint(1, 120)}, {pick(['Київ', 'Львів', 'Одеса', 'Харків'])}, {R.randint(1000, 79999):05d}"


@_a("TR")
def _tr():
    return f"{pick(['Atatürk Cad.', 'İstiklal Cad.', 'Cumhuriyet Mah. Gül Sok.', 'Bağdat Cad.'])} No:{R.randint(1, 250)} D:{R.randint(1, 20)}, {R.randint(1000, 81999):05d} {pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir', 'Nilüfer/Bursa'])}"


@_a("SA")
def _sa():
    return pick([f"{pick(['حي النخيل', 'حي الملقا', 'حي الروضة', 'حي السلامة'])}، {pick(['شارع الأمير سلطان', 'طريق الملك فهد', 'شارع التحلية'])}، {pick(['الرياض', 'جدة', 'الدمام'])} {digits(5)}",
                 f"{R.randint(1000, 9999)} {pick(['King Fahd Rd', 'Prince Sultan St', 'Tahlia St'])}, {pick(['Al Olaya', 'Al Rawdah', 'Al Malqa'])}, {pick(['Riyadh', 'Jeddah', 'Dammam'])} {digits(5)}"])


@_a("GR")
def _gr():
    return f"{pick(['Οδός Ερμού', 'Λεωφόρος Αλεξάνδρας', 'Πατησίων', 'Εγνατία'])} {R.randint(1, 200)}, {R.randint(100, 850)} {R.randint(10, 99)} {pick(['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα'])}"


INTL_CITIES = {"GB": ["London", "Manchester", "Leeds", "Glasgow", "Cardiff", "Birmingham"], "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"],
               "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Lille"], "MX": ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "CDMX", "Tijuana"],
               "BR": ["São Paulo", "Recife", "Belo Horizonte", "Curitiba"], "JP": ["Osaka", "大阪", "東京", "Sapporo", "名古屋"],
               "IN": ["Pune", "Chennai", "Kochi", "Hyderabad", "Ahmedabad"], "ES": ["Madrid", "Sevilla", "Valencia", "Bilbao"],
               "IT": ["Napoli", "Torino", "Palermo", "Bologna"], "NL": ["Utrecht", "Groningen", "Leiden"], "PL": ["Kraków", "Gdańsk", "Łódź", "Wrocław"],
               "CA": ["Toronto", "Winnipeg", "Halifax", "Calgary"], "KR": ["서울", "부산", "Incheon", "Daegu"], "CN": ["成都", "杭州", "Shenzhen", "广州"],
               "PH": ["Cebu", "Davao", "Quezon City", "Iloilo"], "VN": ["Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng"], "RU": ["Казань", "Самара", "Yekaterinburg"],
               "TR": ["İzmir", "Ankara", "Trabzon"], "SA": ["الرياض", "Jeddah", "Dammam"], "IE": ["Galway", "Cork", "Limerick"],
               "AU": ["Brisbane", "Adelaide", "Perth"], "UA": ["Львів", "Одеса", "Kharkiv"], "GR": ["Θεσσαλονίκη", "Patras", "Heraklion"], "AT": ["Graz", "Wien", "Linz"]}


def intl_address(country):
    return INTL_ADDR[country]()


def intl_city(country):
    return pick(INTL_CITIES[country])


# ---------------------------------------------------------------- phones
AREA = """201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231 234 239 240 248 251 252 253
254 256 260 262 267 269 270 272 276 281 301 302 303 304 305 307 308 309 310 312 313 314 315 316 317 318 319 320 321 323 325
330 334 336 337 339 346 347 351 352 360 361 380 385 386 401 402 404 405 406 407 408 409 410 412 413 414 415 417 419 423 424
425 430 432 434 435 440 442 443 458 469 470 475 478 479 480 484 501 502 503 504 505 507 508 509 510 512 513 515 516 517 518
520 530 531 534 539 540 541 551 559 561 562 563 567 570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612
614 615 616 617 618 619 620 623 626 628 629 630 631 636 641 646 650 651 657 660 661 662 667 678 681 682 701 702 703 704 706
707 708 712 713 714 715 716 717 718 719 720 724 725 727 731 732 734 737 740 747 754 757 760 762 763 765 769 770 772 773 774
775 779 781 785 786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 848 850 856 857
858 859 860 862 863 864 865 870 872 878 901 903 904 906 907 908 909 910 912 913 914 915 916 917 918 919 920 925 928 929 931
936 937 938 940 941 947 949 951 952 954 956 959 970 971 972 973 978 979 980 984 985 989""".split()


def us_phone(area=None, fmt=None, ext=None):
    a = area or pick(AREA)
    e = str(R.randint(2, 9)) + digits(2)
    if e[1:] == "11":
        e = e[0] + "21"
    l = digits(4)
    fmt = fmt or R.choices(["paren", "dash", "dot", "plain", "plus1", "1dash", "001", "plus1paren", "space", "plus1dash", "slash"],
                           [22, 24, 10, 7, 8, 7, 3, 4, 8, 4, 2])[0]
    s = {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "plain": f"{a}{e}{l}",
         "plus1": f"+1 {a} {e} {l}", "1dash": f"1-{a}-{e}-{l}", "001": f"001-{a}-{e}-{l}", "plus1paren": f"+1 ({a}) {e}-{l}",
         "space": f"{a} {e} {l}", "plus1dash": f"+1-{a}-{e}-{l}", "slash": f"{a}/{e}-{l}"}[fmt]
    if ext or (ext is None and chance(0.1)):
        s += pick([f" x{R.randint(2, 9999)}", f" ext. {R.randint(1, 999)}", f" extension {R.randint(1, 99)}", f" ext {R.randint(10, 4999)}",
                   f" x {R.randint(100, 999)}", f", ext. {R.randint(1, 60)}"])
    return s


VANITY = ["FLOWERS", "PLUMBER", "GOT-JUNK", "CALL-KIM", "MY-NANNY", "DR-SMILE", "CARE-4-U", "HANDYMAN", "4-TUTORS", "PET-SITS", "ROOFING", "LAWNGUY"]


def vanity_phone():
    return pick([f"1-800-{pick(VANITY)}", f"1-888-{pick(VANITY)}", f"({pick(AREA)}) {pick(['GET-HELP', 'CAR-WASH', 'PAINTER', 'TUTOR-ME'])}", f"1-877-{pick(VANITY)}"])


def intl_phone(country):
    d = digits
    opts = {
        "GB": [f"+44 20 7{d(3)} {d(4)}", f"020 7{d(3)} {d(4)}", f"07{R.randint(400, 999)} {d(6)}", f"+44 7{R.randint(400, 999)} {d(3)} {d(3)}", f"0161 {d(3)} {d(4)}", f"+44 (0)113 {d(3)} {d(4)}"],
        "IE": [f"+353 8{R.randint(3, 9)} {d(3)} {d(4)}", f"08{R.randint(3, 9)} {d(3)} {d(4)}", f"(01) {d(3)} {d(4)}"],
        "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 171 {d(7)}", f"0171/{d(7)}", f"+49 (0)89 {d(3)} {d(4)}", f"0221 {d(4)} {d(3)}"],
        "AT": [f"+43 1 {d(7)}", f"+43 664 {d(3)} {d(4)}", f"0664 {d(7)}"],
        "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"0{R.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}", f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 (0)4 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "ES": [f"+34 6{d(2)} {d(3)} {d(3)}", f"91{d(1)} {d(2)} {d(2)} {d(2)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"],
        "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"02 {d(4)} {d(4)}"],
        "NL": [f"+31 6 {d(8)}", f"06-{d(8)}", f"020-{d(3)} {d(4)}", f"+31 (0)10 {d(3)} {d(4)}"],
        "PL": [f"+48 {R.randint(500, 799)} {d(3)} {d(3)}", f"{R.randint(500, 799)} {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}", f"+48 12 {d(3)} {d(2)} {d(2)}"],
        "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}", f"+52 (222) {d(3)} {d(4)}", f"33-{d(4)}-{d(4)}"],
        "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+55 (21) 9{d(4)}-{d(4)}", f"(31) {d(4)}-{d(4)}", f"+55 81 9 {d(4)} {d(4)}"],
        "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}", f"080 {d(4)} {d(4)}"],
        "IN": [f"+91 9{d(4)} {d(5)}", f"+91-{R.randint(70, 99)}{d(3)}-{d(5)}", f"09{d(3)}{d(6)}", f"+91 22 {d(4)} {d(4)}", f"98{d(3)} {d(5)}", f"+91 80 {d(8)}"],
        "CA": [f"+1 416 {R.randint(200, 999)} {d(4)}", f"(514) {R.randint(200, 999)}-{d(4)}", f"604-{R.randint(200, 999)}-{d(4)}", f"+1 (403) {R.randint(200, 999)}-{d(4)}", f"902.{R.randint(200, 999)}.{d(4)}"],
        "AU": [f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}"],
        "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"],
        "CN": [f"+86 13{d(1)} {d(4)} {d(4)}", f"13{d(1)}{d(8)}", f"010-{d(4)} {d(4)}", f"+86 (21) {d(4)}-{d(4)}", f"+86 18{d(9)}"],
        "PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"0928-{d(3)}-{d(4)}", f"(02) 8{d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"],
        "VN": [f"+84 90 {d(3)} {d(2)} {d(2)}", f"090{d(1)} {d(3)} {d(3)}", f"+84 (28) {d(4)} {d(4)}", f"0{R.randint(3, 9)}{d(2)} {d(3)} {d(3)}"],
        "RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (495) {d(3)}-{d(2)}-{d(2)}", f"+7 (812) {d(3)} {d(2)} {d(2)}", f"89{d(9)}"],
        "UA": [f"+380 {pick(['50', '67', '97', '63'])} {d(3)} {d(2)} {d(2)}", f"0{pick(['50', '67', '97'])} {d(3)} {d(4)}"],
        "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"0216 {d(3)} {d(2)} {d(2)}"],
        "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}", f"٠٥٥ {''.join('٠١٢٣٤٥٦٧٨٩'[int(c)] for c in d(3))} {''.join('٠١٢٣٤٥٦٧٨٩'[int(c)] for c in d(4))}"],
        "GR": [f"+30 69{d(1)} {d(3)} {d(4)}", f"210 {d(3)} {d(4)}", f"+30 2310 {d(6)}"],
    }
    return pick(opts[country])


# ---------------------------------------------------------------- email / url
DOMAINS_US = ["gmail.com"] * 6 + ["yahoo.com"] * 3 + ["hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net",
              "att.net", "sbcglobal.net", "verizon.net", "msn.com", "live.com", "protonmail.com", "me.com", "charter.net", "cox.net", "bellsouth.net"]
DOMAINS_INTL = {"GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"], "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
                "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "MX": ["hotmail.com", "gmail.com", "prodigy.net.mx", "yahoo.com.mx"],
                "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
                "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "ES": ["telefonica.net", "gmail.com", "hotmail.es"], "IT": ["libero.it", "alice.it", "virgilio.it"],
                "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "CA": ["rogers.com", "shaw.ca", "sympatico.ca"],
                "KR": ["naver.com", "daum.net", "hanmail.net"], "CN": ["qq.com", "163.com", "126.com"], "PH": ["yahoo.com.ph", "gmail.com"],
                "VN": ["gmail.com", "yahoo.com.vn"], "RU": ["mail.ru", "yandex.ru", "bk.ru"], "UA": ["ukr.net", "i.ua", "gmail.com"], "TR": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
                "SA": ["gmail.com", "hotmail.com", "outlook.sa"], "IE": ["eircom.net", "gmail.com"], "AU": ["bigpond.com", "optusnet.com.au"], "GR": ["otenet.gr", "yahoo.gr"], "AT": ["aon.at", "gmx.at"]}


def romanized(p):
    if p.country in ("RU", "UA", "GR") and not p.first.isascii():
        rom = (translit(p.first), translit(p.last))
    elif p.country == "SA" and not p.first.isascii():
        rom = (pick(AR_ROM), pick(AR_ROM))
    else:
        rom = p.rom
    fn, ln = [strip_accents(x).lower().replace(" ", "").replace("'", "").replace("-", "") for x in rom]
    if not fn.isascii() or not ln.isascii() or not fn or not ln:
        fn, ln = F["en_US"].first_name().lower(), F["en_US"].last_name().lower()
    return fn, ln


def _handle(p):
    fn, ln = romanized(p)
    yr = str(R.randint(40, 99)) if chance(0.5) else str(R.randint(1, 999))
    return pick([f"{fn}.{ln}", f"{fn[0]}{ln}", f"{fn}{ln}{yr}", f"{fn}_{ln}", f"{ln}.{fn}", f"{fn}{yr}", f"{fn[0]}.{ln}{yr}",
                 f"{ln}{fn[0]}", f"{fn}.{ln}.{pick(['home', 'rn', 'family', 'work', 'mail'])}", f"{pick(['mama', 'papa', 'nana', 'the', 'its'])}{fn}{yr}"])


def email(p):
    dom = pick(DOMAINS_US) if p.region == "US" else pick(DOMAINS_INTL.get(p.country, ["gmail.com"]))
    h = _handle(p)
    if chance(0.07):
        return (h + "@" + dom).upper() if chance(0.3) else h.capitalize() + "@" + dom
    return h + "@" + dom


def fund_url(p):
    fn, ln = romanized(p)
    return pick([f"https://www.gofundme.com/f/{pick(['help', 'support', 'medical-bills-for', 'lets-help', 'prayers-for', 'stand-with'])}-{fn}-{ln}",
                 f"gofundme.com/f/{fn}-{ln}-{pick(['recovery', 'cancer-fight', 'transplant-fund', 'care-costs'])}", f"https://gofund.me/{''.join(R.choice('0123456789abcdef') for _ in range(8))}",
                 f"www.caringbridge.org/visit/{fn}{ln}", f"https://www.caringbridge.org/site/{fn}-{ln}-{pick(['journey', 'updates', 'recovery'])}",
                 f"https://mealtrain.com/trains/{fn}-{ln}", f"mealtrain.com/{R.choice(string.ascii_lowercase)}{digits(5)}", f"https://www.lotsahelpinghands.com/c/{digits(6)}-{fn}-{ln}/"])


def url(p):
    fn, ln = romanized(p)
    if p.region == "INTL":
        tld = {"GB": "co.uk", "DE": "de", "FR": "fr", "MX": "com.mx", "BR": "com.br", "JP": "jp", "IN": "in", "ES": "es", "IT": "it",
               "NL": "nl", "PL": "pl", "CA": "ca", "AU": "com.au", "IE": "ie", "AT": "at"}.get(p.country, "com")
        return pick([f"https://www.{fn}{ln}.{tld}", f"www.{fn}-{ln}.{tld}/kontakt", f"https://www.xing.com/profile/{fn.capitalize()}_{ln.capitalize()}",
                     f"https://www.facebook.com/{fn}.{ln}.{R.randint(1, 999)}", f"linkedin.com/in/{fn}-{ln}-{digits(3)}{pick('abcdef')}",
                     f"https://{fn}{ln}.blogspot.com", f"instagram.com/{fn}_{ln}", f"https://www.gofundme.com/f/{pick(['help', 'support', 'apoyo-para', 'ajuda-para'])}-{fn}-{ln}"])
    return pick([f"https://www.facebook.com/{fn}.{ln}.{R.randint(1, 9999)}", f"facebook.com/{fn}{ln}{R.randint(1, 99)}",
                 f"linkedin.com/in/{fn}-{ln}", f"https://www.linkedin.com/in/{fn}{ln}{digits(2)}/", f"www.caringbridge.org/visit/{fn}{ln}",
                 f"https://www.caringbridge.org/site/{fn}-{ln}-{pick(['journey', 'updates', 'recovery'])}",
                 f"gofundme.com/f/{pick(['help', 'support', 'medical-bills-for', 'lets-help', 'prayers-for'])}-{fn}-{ln}",
                 f"https://gofund.me/{''.join(R.choice('0123456789abcdef') for _ in range(8))}", f"{fn}{ln}.com", f"www.{fn}{ln}photography.com",
                 f"https://{fn}{ln}.substack.com", f"instagram.com/{fn}.{ln}", f"https://x.com/{fn}{ln[0]}{digits(2)}", f"{fn}-{ln}.squarespace.com",
                 f"https://www.{ln}familyfarm.com/about", f"venmo.com/u/{fn.capitalize()}-{ln.capitalize()}-{digits(1)}", f"https://mealtrain.com/trains/{fn}-{ln}",
                 f"https://www.tiktok.com/@{fn}{ln}{digits(2)}", f"{fn}{ln}.wordpress.com", f"https://sites.google.com/view/{fn}-{ln}-tutoring"])


# ---------------------------------------------------------------- numbers
def ssn(fmt=None):
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    s = f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"
    fmt = fmt or R.choices(["dash", "plain", "space"], [70, 18, 12])[0]
    return {"dash": f"{s[:3]}-{s[3:5]}-{s[5:]}", "plain": s, "space": f"{s[:3]} {s[3:5]} {s[5:]}"}[fmt]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    c = lambda: pick(MBI_L + "0123456789")
    s = f"{R.randint(1, 9)}{pick(MBI_L)}{c()}{R.randint(0, 9)}{pick(MBI_L)}{c()}{R.randint(0, 9)}{pick(MBI_L)}{pick(MBI_L)}{R.randint(0, 9)}{R.randint(0, 9)}"
    return pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])


def mrn():
    """(label, value) for a US medical record / member number. label may be ''."""
    kind = R.choices(["mrn", "chart", "member", "mbi", "medicaid", "patient", "hosp", "bare"], [28, 10, 20, 12, 10, 8, 6, 6])[0]
    if kind == "mrn":
        return pick(["MRN", "MRN:", "MRN#", "MR#", "Med Rec #", "MRN -", "mrn"]), pick([digits(8), digits(7), "00" + digits(6), f"{digits(3)}-{digits(2)}-{digits(2)}", "E" + digits(7), "MR" + digits(7), digits(10)])
    if kind == "chart":
        return pick(["chart #", "Chart No.", "chart number", "Chart:"]), pick([digits(6), f"{digits(4)}-{digits(4)}", f"{pick(string.ascii_uppercase)}-{digits(7)}", digits(5)])
    if kind == "member":
        pre = pick(["XKE", "BXC", "YRT", "HMX", "UHC", "W", "ZGP", "K4W", "MCD", "AET", "HUM", "JQR"])
        return pick(["member ID", "Member ID:", "member #", "Member Number", "subscriber ID", "ID#", "insurance ID"]), pick([pre + digits(9), f"{pre} {digits(3)} {digits(3)} {digits(3)}", pre + digits(8) + "-0" + str(R.randint(1, 4)), f"{pre}{digits(6)}{pick(string.ascii_uppercase)}"])
    if kind == "mbi":
        return pick(["Medicare #", "Medicare number", "MBI", "Medicare ID", "medicare no."]), mbi()
    if kind == "medicaid":
        st = pick(["NY", "PA", "CA", "TX", "OH", "FL", "IL", "GA"])
        return pick(["Medicaid ID", "Medicaid #", "Medi-Cal BIC", "Medicaid number", "CIN"]), pick([f"{st}{digits(10)}", f"{pick(string.ascii_uppercase)}{pick(string.ascii_uppercase)}{digits(5)}{pick(string.ascii_uppercase)}", digits(11), f"{digits(9)}{pick(string.ascii_uppercase)}"])
    if kind == "patient":
        return pick(["patient ID", "Pt ID", "Patient #", "acct/MRN"]), pick([digits(9), f"P{digits(7)}", f"{digits(2)}-{digits(6)}"])
    if kind == "hosp":
        return pick(["Hosp #", "Encounter/MRN", "EMR #"]), pick([digits(8), f"H{digits(8)}"])
    return "", pick(["MRN" + digits(8), f"{pick(string.ascii_uppercase)}{digits(8)}", mbi()])


def intl_mrn(country):
    if country in ("GB",):
        return pick(["NHS number", "NHS no.", "NHS #"]), f"{digits(3)} {digits(3)} {digits(4)}"
    if country == "CA":
        return pick(["health card #", "provincial health no.", "PHN"]), f"{digits(4)}-{digits(3)}-{digits(3)}-{pick(string.ascii_uppercase)}{pick(string.ascii_uppercase)}"
    if country == "FR":
        return pick(["n° de sécu", "numéro de sécurité sociale", "carte Vitale n°"]), f"{R.randint(1, 2)} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}"
    if country == "DE":
        return pick(["Versichertennummer", "KV-Nr.", "Versicherten-Nr."]), f"{pick(string.ascii_uppercase)}{digits(9)}"
    if country == "AU":
        return pick(["Medicare card", "Medicare no."]), f"{digits(4)} {digits(5)} {digits(1)}"
    if country == "IN":
        return pick(["UHID", "Hospital reg. no.", "ABHA no."]), pick([f"UH{digits(8)}", f"{digits(2)}-{digits(4)}-{digits(4)}-{digits(4)}"])
    if country == "MX":
        return pick(["NSS", "no. de afiliación IMSS", "expediente"]), pick([digits(11), f"{digits(2)}{digits(2)}-{digits(2)}-{digits(4)}-{digits(1)}"])
    if country == "BR":
        return pick(["cartão SUS", "CNS", "prontuário"]), pick([f"{digits(3)} {digits(4)} {digits(4)} {digits(4)}", digits(7)])
    return pick(["patient no.", "hospital ID", "chart no."]), pick([digits(8), f"{pick(string.ascii_uppercase)}{digits(7)}"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def dob(region="US", country=None, years=(1926, 2019)):
    y, m, d = R.randint(*years), R.randint(1, 12), R.randint(1, 28)
    if region == "US":
        return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}", f"{MONTHS[m-1]} {d}, {y}",
                     f"{MONTHS[m-1][:3]} {d} {y}", f"{MONTHS[m-1][:3]}{'' if m == 5 else '.'} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}-{str(y)[2:]}",
                     f"{MONTHS[m-1]} {d}{'th' if 10 < d < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} {y}", f"{m:02d}{d:02d}{y}", f"{m}.{d}.{y}"])
    if country == "JP" and chance(0.5):
        return pick([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"昭和{R.randint(20, 63)}年{m}月{d}日"])
    if country == "CN" and chance(0.5):
        return f"{y}年{m}月{d}日"
    if country in ("DE", "AT", "PL", "RU", "UA", "TR"):
        return pick([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"])
    if country in ("FR", "ES", "MX", "BR", "IT", "IN", "GB", "IE", "AU", "VN", "PH", "SA", "GR"):
        mon = {"FR": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
               "ES": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]}
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {MONTHS[m-1]} {y}", f"{d} {MONTHS[m-1][:3]} {y}", f"{d:02d}-{m:02d}-{y}"]
        if country in ("FR",):
            opts.append(f"{d} {mon['FR'][m-1]} {y}")
        if country in ("ES", "MX"):
            opts.append(f"{d} de {mon['ES'][m-1]} de {y}")
        return pick(opts)
    return pick([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])


def card(valid=None):
    valid = chance(0.8) if valid is None else valid
    p, l = pick([("4", 16), ("4", 16), ("4", 16), ("51", 16), ("52", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16)])
    n = make_card(p, l, R, valid)
    if l == 15:
        return pick([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    return pick([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}", f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}", f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"])


def card_label():
    return pick(["card", "card #", "cc", "CC#", "visa", "Visa", "credit card", "debit card", "Mastercard", "amex", "card number", "VISA"])


IBAN_COUNTRIES = ["DE", "GB", "FR", "ES", "IT", "NL", "PL", "BR", "TR", "SA", "IE", "AT", "UA", "GR"]


def iban(country=None):
    country = country if country in IBAN_COUNTRIES + ["PT", "CH", "BE"] else pick(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "BR", "TR", "SA", "PT", "AT", "CH", "BE", "IE"])
    s = make_iban(country, R)
    r = R.random()
    if r < 0.45:
        s = group4(s)
    if chance(0.15):
        s = s.lower()
    return s, country


def bank_acct():
    return digits(R.choice([8, 9, 10, 10, 12, 13]))


def routing():
    return make_aba(R)
