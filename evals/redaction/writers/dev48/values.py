"""Value generators for the template part (my own formats; Faker supplies raw names/streets/postcodes)."""
import random, string
from faker import Faker
import numtools

SEED = 4848
rng = random.Random(SEED)
LOCALES = ["en_US", "es_MX", "vi_VN", "en_GB", "en_CA", "en_IN", "hi_IN", "es_ES", "fr_FR", "de_DE", "it_IT",
           "pt_BR", "nl_NL", "pl_PL", "ja_JP", "zh_CN", "ko_KR", "ar_SA", "ru_RU", "tr_TR", "en_IE", "de_AT"]
FK = {}
for n, loc in enumerate(LOCALES):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + n)

D = string.digits
U = string.ascii_uppercase


def digits(n):
    return "".join(rng.choice(D) for _ in range(n))


def pick(seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- names
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Green", "Stone", "Wood", "Bell", "Price", "Hunt",
                 "Rice", "Long", "Little", "King", "Cross", "Moss", "Frost", "Fields", "Banks", "Bush", "Lane", "Fox"]
WORD_GIVEN = ["Rose", "Hope", "Faith", "Grace", "June", "Joy", "Dawn", "Will", "Bill", "Frank", "Sunny", "Destiny", "Ivy"]


def us_person_g(g):
    """(first, last) with a given gender for relation words like Daughter/Son"""
    f = FK[pick(["en_US", "en_US", "en_US", "es_MX"])]
    first = f.first_name_female() if g == "f" else f.first_name_male()
    return first, f.last_name()


def us_person():
    """(first, last) for a person in a US context: mostly en_US, some Hispanic/Vietnamese/word-names."""
    r = rng.random()
    if r < 0.62:
        f = FK["en_US"]
        return f.first_name(), f.last_name()
    if r < 0.80:
        f = FK["es_MX"]
        return f.first_name(), f.last_name()
    if r < 0.86:
        g, fam = pick(VN_GIVEN), pick(VN_FAMILY)
        if rng.random() < 0.5:
            g, fam = ascii_plain(g), ascii_plain(fam)
        return g, fam
    if r < 0.93:
        return FK["en_US"].first_name(), pick(WORD_SURNAMES)
    return pick(WORD_GIVEN), FK["en_US"].last_name()


INTL_NAME_LOCALES = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
                     "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "en_IN", "en_IE", "de_AT"]
EAST_ASIAN = {"ja_JP", "zh_CN", "ko_KR"}


VN_GIVEN = ["Lan", "Hương", "Minh", "Tuấn", "Thảo", "Dũng", "Hạnh", "Quang", "Ngọc Anh", "Văn Hùng", "Thị Mai", "Đức Thắng", "Bảo Châu"]
VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
PH_GIVEN = ["Maricel", "Jericho", "Rowena", "Ramil", "Lorna", "Arnel", "Rizalina", "Jun-Jun", "Marites", "Dindo", "Analyn", "Bong"]
PH_FAMILY = ["Dela Cruz", "Santos", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan", "Ocampo", "Manalo", "Tolentino", "Pangilinan"]
NG_GIVEN = ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Babatunde", "Funmilayo", "Ifeanyi", "Yetunde", "Emeka", "Halima", "Tunde", "Amaka"]
NG_FAMILY = ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Ogunleye", "Abubakar", "Obi", "Adebayo", "Chukwu"]


def intl_person(loc, g=None):
    f = FK.get(loc)
    if g and f is not None and loc not in ("vi_VN", "ru_RU") and hasattr(f, "first_name_female"):
        first = f.first_name_female() if g == "f" else f.first_name_male()
        last = f.last_name()
        if loc in EAST_ASIAN:
            return first, last, last + (" " if loc == "ja_JP" else "") + first
        return first, last, first + " " + last
    if loc == "vi_VN":
        first, last = pick(VN_GIVEN), pick(VN_FAMILY)
        return first, last, last + " " + first
    if loc == "fil_PH":
        first, last = pick(PH_GIVEN), pick(PH_FAMILY)
        return first, last, first + " " + last
    if loc == "yo_NG":
        first, last = pick(NG_GIVEN), pick(NG_FAMILY)
        return first, last, first + " " + last
    if loc == "ru_RU":
        if rng.random() < 0.5:
            first, last = f.first_name_female(), f.last_name_female()
        else:
            first, last = f.first_name_male(), f.last_name_male()
        return first, last, first + " " + last
    first, last = f.first_name(), f.last_name()
    if loc in EAST_ASIAN:
        full = last + (" " if loc == "ja_JP" else "") + first
    elif loc == "ru_RU":
        full = first + " " + last
    else:
        full = first + " " + last
    return first, last, full


def fmt_name(first, last, how=None):
    how = how or pick(["full", "full", "full", "first", "lastfirst", "initial", "mi"])
    if how == "full":
        return first + " " + last
    if how == "first":
        return first
    if how == "lastfirst":
        return last + ", " + first
    if how == "initial":
        return first[0] + ". " + last
    if how == "mi":
        return first + " " + pick(U.replace("X", "")) + ". " + last
    return first + " " + last


# ---------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL", "627"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"), ("Akron", "OH", "443"),
             ("Macon", "GA", "312"), ("Yonkers", "NY", "107"), ("El Paso", "TX", "799"), ("Boise", "ID", "837"),
             ("Toledo", "OH", "436"), ("Lubbock", "TX", "794"), ("Mobile", "AL", "366"), ("Flint", "MI", "485"),
             ("Provo", "UT", "846"), ("Camden", "NJ", "081"), ("Bangor", "ME", "044"), ("Duluth", "MN", "558"),
             ("Tacoma", "WA", "984"), ("Las Cruces", "NM", "880"), ("Gainesville", "FL", "326"),
             ("Hialeah", "FL", "330"), ("Kissimmee", "FL", "347"), ("Shreveport", "LA", "711"),
             ("Chattanooga", "TN", "374"), ("Knoxville", "TN", "379"), ("Wichita", "KS", "672"),
             ("Sioux Falls", "SD", "571"), ("Billings", "MT", "591"), ("Reno", "NV", "895"), ("Tempe", "AZ", "852"),
             ("Yuma", "AZ", "853"), ("Pueblo", "CO", "810"), ("Aurora", "CO", "800"), ("Joliet", "IL", "604"),
             ("Gary", "IN", "464"), ("Dayton", "OH", "454"), ("Erie", "PA", "165"), ("Scranton", "PA", "185"),
             ("Hartford", "CT", "061"), ("Providence", "RI", "029"), ("Lowell", "MA", "018"), ("Newark", "NJ", "071"),
             ("Durham", "NC", "277"), ("Fayetteville", "NC", "283"), ("Columbia", "SC", "292"),
             ("Savannah", "GA", "314"), ("Jackson", "MS", "392"), ("Little Rock", "AR", "722"),
             ("Stockton", "CA", "952"), ("Oxnard", "CA", "930"), ("Salinas", "CA", "939"), ("Eugene", "OR", "974"),
             ("Spokane", "WA", "992"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"), ("Laredo", "TX", "780"),
             ("McAllen", "TX", "785"), ("Brownsville", "TX", "785"), ("Fort Wayne", "IN", "468"),
             ("Cedar Rapids", "IA", "524"), ("Omaha", "NE", "681"), ("Fargo", "ND", "581"), ("Rochester", "NY", "146"),
             ("Syracuse", "NY", "132"), ("Bronx", "NY", "104"), ("Brooklyn", "NY", "112"), ("Paterson", "NJ", "075"),
             ("Norfolk", "VA", "235"), ("Roanoke", "VA", "240"), ("Huntington", "WV", "257"), ("Lexington", "KY", "405"),
             ("Hattiesburg", "MS", "394"), ("Lafayette", "LA", "705"), ("Odessa", "TX", "797"), ("Hilo", "HI", "967")]
STREET_NAMES = ["Oak", "Maple", "Main", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Jefferson", "Park", "Lake",
                "Hill", "Walnut", "Chestnut", "Martin Luther King Jr", "MLK", "Cherry", "Sunset", "Highland", "Ridge",
                "Mill", "Church", "River", "Spring", "Meadow", "Willow", "Magnolia", "Pecan", "Dogwood", "Mesquite",
                "Palo Verde", "Ponce de Leon", "Kamehameha", "Cesar Chavez", "Old Post", "Hickory Hollow", "Brookside",
                "Orchard", "Harbor", "Prospect", "Kingsley", "Fairview", "Grand", "Central", "Broadway", "Union",
                "3rd", "5th", "10th", "22nd", "41st", "118th", "Market", "Wilshire", "Colfax", "Peachtree"]
SUFFIXES = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct",
            "Way", "Pkwy", "Hwy", "Ter", "Pl", "Cir", "Trl"]
UNITS = ["Apt 4B", "Apt. 2F", "Apt 12", "Apartment 7", "Suite 210", "Ste 100", "Ste. 3B", "#12", "# 304", "Unit 5",
         "Unit C", "Apt 1R", "Trlr 18", "Lot 42", "Fl 2", "Rm 9", "Bldg 3 Apt 211", "Apt B"]


def us_zip(prefix, plus4=False):
    z = prefix + digits(2)
    return z + "-" + digits(4) if plus4 else z


def us_street():
    if rng.random() < 0.35:
        num = str(rng.randint(1, 9999))
        return "%s %s %s" % (num, pick([FK["en_US"].last_name(), FK["en_US"].first_name(), FK["es_MX"].last_name()]), pick(SUFFIXES))
    num = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 48999)]))
    pre = pick(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    return "%s %s%s %s" % (num, pre, pick(STREET_NAMES), pick(SUFFIXES))


def us_address(kind=None, case=None):
    """A whole US address as one string. kinds: line, multiline, nocomma, pobox, rr, military, citystate, cityzip."""
    kind = kind or pick(["line", "line", "line", "line", "multiline", "nocomma", "pobox", "rr", "military",
                         "citystate", "cityzip"])
    city, st, zp = pick(US_CITIES)
    zipc = us_zip(zp, plus4=rng.random() < 0.22)
    unit = pick(UNITS) if rng.random() < 0.45 else ""
    street = us_street()
    if kind == "line":
        a = street + (" " + unit if unit else "") + ", %s, %s %s" % (city, st, zipc)
        if rng.random() < 0.2:
            a = street + (", " + unit if unit else "") + ", %s %s %s" % (city, st, zipc)
    elif kind == "multiline":
        a = street + ("\n" + unit if unit and rng.random() < 0.4 else (" " + unit if unit else "")) + "\n%s, %s %s" % (city, st, zipc)
    elif kind == "nocomma":
        a = "%s%s %s %s %s" % (street, (" " + unit) if unit else "", city, st, zipc)
    elif kind == "pobox":
        a = "%s %s, %s, %s %s" % (pick(["PO Box", "P.O. Box", "POB", "Post Office Box"]), rng.randint(1, 29999), city, st, zipc)
    elif kind == "rr":
        a = "%s %d Box %d%s, %s, %s %s" % (pick(["RR", "Rural Route", "R.R.", "HC"]), rng.randint(1, 9), rng.randint(1, 499),
                                          pick(["", "", "A", "B"]), city, st, zipc)
    elif kind == "military":
        a = military_address()
    elif kind == "citystate":
        a = "%s, %s" % (city, pick([st, st, US_STATE_NAMES.get(st, st)]))
    else:
        a = "%s, %s %s" % (city, st, zipc)
    return a


US_STATE_NAMES = {"IL": "Illinois", "OK": "Oklahoma", "CA": "California", "OH": "Ohio", "GA": "Georgia",
                  "NY": "New York", "TX": "Texas", "ID": "Idaho", "MI": "Michigan", "FL": "Florida", "TN": "Tennessee",
                  "AZ": "Arizona", "NM": "New Mexico", "WA": "Washington", "PA": "Pennsylvania", "NC": "North Carolina"}


def military_address():
    z = pick(["AA 340", "AE 090", "AE 091", "AE 093", "AP 962", "AP 963", "AP 965"])
    code, pre = z.split()
    zipc = pre + digits(2) + ("-" + digits(4) if rng.random() < 0.3 else "")
    post = pick(["APO", "FPO", "DPO"])
    head = pick(["PSC %d Box %d" % (rng.randint(1, 999), rng.randint(1, 9999)),
                 "Unit %d Box %d" % (rng.randint(2000, 9999), rng.randint(1, 999)),
                 "CMR %d Box %d" % (rng.randint(400, 499), rng.randint(1, 9999)),
                 "USNS %s" % FK["en_US"].last_name(), "USS %s" % FK["en_US"].last_name()])
    sep = pick([", ", "\n", " "])
    return "%s%s%s %s %s" % (head, sep, post, code, zipc)


# ---------------------------------------------------------------- phones
AREA = ["205", "210", "213", "214", "216", "217", "219", "225", "228", "239", "248", "251", "254", "260", "262", "267",
        "281", "304", "305", "312", "313", "314", "316", "318", "319", "334", "336", "347", "352", "361", "404", "405",
        "407", "409", "412", "414", "417", "419", "423", "432", "469", "478", "479", "501", "502", "505", "512", "513",
        "520", "540", "559", "563", "570", "601", "602", "608", "612", "615", "618", "619", "626", "646", "661", "678",
        "702", "704", "706", "713", "716", "720", "727", "731", "754", "757", "763", "773", "775", "786", "801", "803",
        "808", "810", "813", "817", "832", "843", "847", "850", "863", "865", "901", "904", "907", "909", "915", "918",
        "919", "928", "936", "940", "951", "956", "971", "979", "985"]


def us_phone(fmt=None, ext=None):
    a = pick(AREA)
    if rng.random() < 0.12:
        e, l = "555", "01" + digits(2)
    else:
        e = str(rng.randint(2, 9)) + digits(2)
        while e[1:] == "11":
            e = str(rng.randint(2, 9)) + digits(2)
        l = digits(4)
    fmt = fmt or pick(["(a) e-l", "(a) e-l", "a-e-l", "a-e-l", "a.e.l", "ael", "+1 a e l", "1-a-e-l", "001-a-e-l",
                       "+1 (a) e-l", "a e l", "(a)e-l", "+1-a-e-l", "a/e-l", "+1.a.e.l"])
    s = fmt.replace("a", "\0A").replace("e", "\0E").replace("l", "\0L")
    s = s.replace("\0A", a).replace("\0E", e).replace("\0L", l)
    if ext is None:
        ext = rng.random() < 0.14
    if ext:
        s += pick([" x%d" % rng.randint(2, 9999), " ext. %d" % rng.randint(2, 999), " extension %d" % rng.randint(1, 99),
                   " ext %d" % rng.randint(10, 9999), " x %d" % rng.randint(1, 99), ", ext. %d" % rng.randint(100, 999)])
    return s


VANITY_WORDS = ["ROOFING", "PLUMBER", "MOVERS", "PAINTER", "LAWNCARE", "HAULING", "TUTOR", "DENTIST", "CATERING",
                "NOTARY", "TAXPREP", "GUTTERS", "BAKERY", "CLEANER"]


def vanity_phone():
    w = pick(VANITY_WORDS)
    return pick(["1-%s-%s" % (pick(["800", "888", "877", "866", "855"]), w),
                 "1-%s-%s-%s" % (pick(["800", "888", "877"]), w[:3], w[3:]),
                 "(%s) %s-%s" % (pick(AREA), w[:3], w[3:7]),
                 "%s-%s" % (pick(["844", "833"]), w)])


def _d(n):
    return digits(n)


INTL_PHONE = {
    "GB": lambda: pick(["+44 20 %s %s" % (_d(4), _d(4)), "020 %s %s" % (_d(4), _d(4)), "07%s %s" % (_d(3), _d(6)),
                        "+44 7%s %s" % (_d(3), _d(6)), "0161 %s %s" % (_d(3), _d(4)), "+44 (0)117 %s %s" % (_d(3), _d(4))]),
    "IE": lambda: pick(["+353 1 %s %s" % (_d(3), _d(4)), "087 %s %s" % (_d(3), _d(4)), "+353 86 %s %s" % (_d(3), _d(4))]),
    "DE": lambda: pick(["+49 30 %s" % _d(7), "030 %s" % _d(8), "+49 151 %s" % _d(8), "0171 %s" % _d(7),
                        "+49 (0)89 %s %s" % (_d(4), _d(4)), "040/%s" % _d(7)]),
    "AT": lambda: pick(["+43 1 %s %s" % (_d(3), _d(4)), "+43 664 %s" % _d(7), "0664 %s %s" % (_d(3), _d(4))]),
    "FR": lambda: pick(["+33 1 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)), "01 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)),
                        "06 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)), "+33 6 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)),
                        "04.%s.%s.%s.%s" % (_d(2), _d(2), _d(2), _d(2))]),
    "ES": lambda: pick(["+34 6%s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)), "91 %s %s %s" % (_d(3), _d(2), _d(2)),
                        "+34 93 %s %s %s" % (_d(3), _d(2), _d(2)), "6%s %s %s" % (_d(2), _d(3), _d(3))]),
    "IT": lambda: pick(["+39 06 %s %s" % (_d(4), _d(4)), "+39 3%s %s %s" % (_d(2), _d(3), _d(4)), "02 %s %s" % (_d(4), _d(4)),
                        "333 %s%s" % (_d(3), _d(4))]),
    "NL": lambda: pick(["+31 20 %s %s" % (_d(3), _d(4)), "06 %s" % _d(8), "+31 6 %s" % _d(8), "06-%s" % _d(8)]),
    "PL": lambda: pick(["+48 22 %s %s %s" % (_d(3), _d(2), _d(2)), "+48 6%s %s %s" % (_d(2), _d(3), _d(3)),
                        "5%s %s %s" % (_d(2), _d(3), _d(3))]),
    "MX": lambda: pick(["+52 55 %s %s" % (_d(4), _d(4)), "55 %s %s" % (_d(4), _d(4)), "+52 1 33 %s %s" % (_d(4), _d(4)),
                        "(81) %s-%s" % (_d(4), _d(4)), "+52 (998) %s %s" % (_d(3), _d(4))]),
    "BR": lambda: pick(["+55 11 9%s-%s" % (_d(4), _d(4)), "(11) 9%s-%s" % (_d(4), _d(4)), "(21) %s-%s" % (_d(4), _d(4)),
                        "+55 (31) 9%s %s" % (_d(4), _d(4))]),
    "IN": lambda: pick(["+91 9%s %s" % (_d(4), _d(5)), "09%s %s" % (_d(4), _d(5)), "+91-22-%s-%s" % (_d(4), _d(4)),
                        "+91 80 %s %s" % (_d(4), _d(4)), "98%s%s" % (_d(3), _d(5))]),
    "JP": lambda: pick(["+81 3-%s-%s" % (_d(4), _d(4)), "03-%s-%s" % (_d(4), _d(4)), "090-%s-%s" % (_d(4), _d(4)),
                        "+81 90-%s-%s" % (_d(4), _d(4)), "06-%s-%s" % (_d(4), _d(4))]),
    "KR": lambda: pick(["+82 2-%s-%s" % (_d(4), _d(4)), "010-%s-%s" % (_d(4), _d(4)), "02-%s-%s" % (_d(3), _d(4)),
                        "+82 10 %s %s" % (_d(4), _d(4))]),
    "CN": lambda: pick(["+86 10 %s %s" % (_d(4), _d(4)), "13%s %s %s" % (_d(1), _d(4), _d(4)), "+86 138 %s %s" % (_d(4), _d(4)),
                        "021-%s%s" % (_d(4), _d(4))]),
    "SA": lambda: pick(["+966 11 %s %s" % (_d(3), _d(4)), "+966 5%s %s %s" % (_d(1), _d(3), _d(4)), "05%s %s %s" % (_d(1), _d(3), _d(4))]),
    "RU": lambda: pick(["+7 495 %s-%s-%s" % (_d(3), _d(2), _d(2)), "8 (9%s) %s-%s-%s" % (_d(2), _d(3), _d(2), _d(2)),
                        "+7 9%s %s %s %s" % (_d(2), _d(3), _d(2), _d(2))]),
    "TR": lambda: pick(["+90 212 %s %s %s" % (_d(3), _d(2), _d(2)), "0532 %s %s %s" % (_d(3), _d(2), _d(2)),
                        "+90 (5%s) %s %s %s" % (_d(2), _d(3), _d(2), _d(2))]),
    "VN": lambda: pick(["+84 28 %s %s" % (_d(4), _d(4)), "090 %s %s %s" % (_d(3), _d(2), _d(2)), "+84 91 %s %s" % (_d(3), _d(4))]),
    "PH": lambda: pick(["+63 2 8%s %s" % (_d(3), _d(4)), "0917 %s %s" % (_d(3), _d(4)), "+63 917 %s %s" % (_d(3), _d(4))]),
    "NG": lambda: pick(["+234 803 %s %s" % (_d(3), _d(4)), "0803 %s %s" % (_d(3), _d(4)), "+234 1 %s %s" % (_d(3), _d(4))]),
}


# ---------------------------------------------------------------- international addresses
def intl_address(cc):
    f = FK
    if cc == "GB":
        city, pc = pick([("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Glasgow", "G"), ("Cardiff", "CF"),
                         ("Norwich", "NR"), ("Leicester", "LE"), ("Sheffield", "S"), ("London", "SE"), ("London", "NW"),
                         ("Belfast", "BT"), ("Plymouth", "PL")])
        post = "%s%d %d%s" % (pc, rng.randint(1, 28), rng.randint(1, 9), "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        flat = pick(["", "", "Flat %d, " % rng.randint(1, 40), "Flat %d%s, " % (rng.randint(1, 9), pick("ABC"))])
        return "%s%d %s, %s %s" % (flat, rng.randint(1, 240), f["en_GB"].street_name(), city, post)
    if cc == "IE":
        town, key = pick([("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Dublin 15", "D15")])
        return "%d %s, %s, %s %s" % (rng.randint(1, 120), f["en_IE"].street_name(), town, key,
                                     "".join(rng.choice("ACDEFHKNPRTVWXY" + D) for _ in range(4)))
    if cc == "CA":
        city, prov, fsa = pick([("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Montréal", "QC", "H"), ("Calgary", "AB", "T"),
                                ("Vancouver", "BC", "V"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Ottawa", "ON", "K")])
        pc = "%s%d%s %d%s%d" % (fsa, rng.randint(1, 9), pick("ABCEGHJKLMNPRSTVXY"), rng.randint(1, 9), pick("ABCEGHJKLMNPRSTVWXYZ"), rng.randint(0, 9))
        unit = pick(["", "", "Unit %d, " % rng.randint(100, 2900), "%d-" % rng.randint(100, 1900)])
        return "%s%d %s, %s, %s %s" % (unit, rng.randint(1, 9999), pick(["Bloor St W", "Rue Saint-Denis", "Jasper Ave", "Granville St",
                                                                           "Portage Ave", "Queen St E", "Barrington St", "Bank St"]), city, prov, pc)
    if cc == "DE":
        city = pick(["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Stuttgart", "Bremen", "Essen", "Nürnberg"])
        return "%s %d, %s %s" % (f["de_DE"].street_name(), rng.randint(1, 180), digits(5), city)
    if cc == "AT":
        return "%s %d/%d, %s %s" % (f["de_AT"].street_name(), rng.randint(1, 99), rng.randint(1, 20), pick(["1070", "1100", "8010", "4020", "5020"]),
                                    pick(["Wien", "Graz", "Linz", "Salzburg"]))
    if cc == "FR":
        city = pick(["Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes", "Bordeaux", "Rennes", "Strasbourg", "Nice"])
        return "%d%s %s, %s %s" % (rng.randint(1, 140), pick(["", "", ",", " bis"]), f["fr_FR"].street_name(), digits(5), city)
    if cc == "ES":
        city = pick(["Madrid", "Sevilla", "Valencia", "Zaragoza", "Málaga", "Bilbao", "Granada", "Murcia"])
        return "%s %d, %dº %s, %s %s" % (f["es_ES"].street_name(), rng.randint(1, 200), rng.randint(1, 9), pick(["A", "B", "dcha", "izda"]),
                                         digits(5), city)
    if cc == "IT":
        city, prov = pick([("Roma", "RM"), ("Milano", "MI"), ("Napoli", "NA"), ("Torino", "TO"), ("Palermo", "PA"), ("Bologna", "BO"), ("Firenze", "FI")])
        return "%s, %d, %s %s (%s)" % (f["it_IT"].street_name(), rng.randint(1, 220), digits(5), city, prov)
    if cc == "NL":
        return "%s %d, %s %s %s" % (f["nl_NL"].street_name(), rng.randint(1, 300), digits(4), "".join(rng.choice(U) for _ in range(2)),
                                    pick(["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen"]))
    if cc == "PL":
        return "ul. %s %d/%d, %s-%s %s" % (f["pl_PL"].street_name(), rng.randint(1, 150), rng.randint(1, 80), digits(2), digits(3),
                                            pick(["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk"]))
    if cc == "MX":
        city, stt = pick([("Guadalajara", "Jal."), ("Monterrey", "N.L."), ("Puebla", "Pue."), ("Ciudad de México", "CDMX"),
                          ("Tijuana", "B.C."), ("Oaxaca de Juárez", "Oax."), ("Mérida", "Yuc.")])
        return "%s %d, Col. %s, C.P. %s, %s, %s" % (pick(["Calle", "Av.", "Calz.", "Privada"]) + " " + FK["es_MX"].last_name(),
                                                    rng.randint(1, 3999), pick(["Centro", "Americana", "Del Valle", "Las Fuentes", "Reforma", "Jardines"]),
                                                    digits(5), city, stt)
    if cc == "BR":
        city, uf = pick([("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Recife", "PE"), ("Curitiba", "PR"), ("Salvador", "BA"), ("Campinas", "SP")])
        return "%s, %d%s, %s - %s, %s-%s" % (f["pt_BR"].street_name(), rng.randint(1, 3000), pick(["", "", ", apto %d" % rng.randint(11, 1804)]),
                                             city, uf, digits(5), digits(3))
    if cc == "IN":
        city, pin = pick([("Mumbai", "400"), ("Pune", "411"), ("Bengaluru", "560"), ("Hyderabad", "500"), ("Kolkata", "700"),
                          ("Lucknow", "226"), ("Ahmedabad", "380"), ("Kochi", "682")])
        return "%s %d, %s, %s, %s %s" % (pick(["Flat", "House No.", "Plot", "B-"]), rng.randint(1, 900),
                                         pick(["MG Road", "Gandhi Nagar", "Sector 14", "Nehru Colony", "Station Road", "Park Street", "Anna Salai"]),
                                         pick(["Near Shiv Mandir", "Opp. SBI Bank", "2nd Cross", "Ward 7"]), city, pin + digits(3))
    if cc == "JP":
        return "〒%s-%s %s" % (digits(3), digits(4), f["ja_JP"].address())
    if cc == "CN":
        return f["zh_CN"].address()
    if cc == "KR":
        return f["ko_KR"].address()
    if cc == "RU":
        return f["ru_RU"].address()
    if cc == "VN":
        return f["vi_VN"].address()
    if cc == "TR":
        return "%s Cad. No: %d D: %d, %s %s/%s" % (pick(["Atatürk", "Cumhuriyet", "İstiklal", "Bağdat", "Gazi"]), rng.randint(1, 300), rng.randint(1, 20),
                                                  digits(5), pick(["Kadıköy", "Çankaya", "Konak", "Nilüfer"]), pick(["İstanbul", "Ankara", "İzmir", "Bursa"]))
    if cc == "SA":
        return "%d %s, %s, %s %s" % (rng.randint(1000, 9999), pick(["King Abdulaziz Rd", "Prince Sultan St", "Olaya St", "Tahlia St"]),
                                     pick(["Al Malaz", "Al Olaya", "Al Rawdah", "Al Hamra"]), pick(["Riyadh", "Jeddah", "Dammam"]), digits(5))
    if cc == "PH":
        return "%d %s St., Brgy. %s, %s %s" % (rng.randint(1, 999), pick(["Mabini", "Rizal", "Bonifacio", "Luna"]), pick(["San Isidro", "Poblacion", "Bagong Silang"]),
                                              pick(["Quezon City", "Cebu City", "Davao City", "Makati"]), digits(4))
    if cc == "NG":
        street, area, city = pick([("Adeola Odeku St", "Victoria Island", "Lagos"), ("Awolowo Rd", "Ikoyi", "Lagos"),
                                   ("Ahmadu Bello Way", "Wuse II", "Abuja"), ("Allen Ave", "Ikeja", "Lagos")])
        return "%d %s, %s, %s" % (rng.randint(1, 90), street, area, city)
    raise KeyError(cc)


INTL_CITY = {"GB": ["London", "Leeds", "Bristol", "Glasgow"], "DE": ["Berlin", "Köln", "Hamburg"], "FR": ["Lyon", "Paris", "Lille"],
             "ES": ["Sevilla", "Madrid", "Bilbao"], "IT": ["Napoli", "Roma", "Palermo"], "MX": ["Guadalajara", "Puebla", "Oaxaca"],
             "BR": ["Recife", "Curitiba"], "IN": ["Pune", "Lucknow", "Kochi"], "JP": ["大阪", "札幌", "Osaka"], "KR": ["부산", "Busan", "대구"],
             "CN": ["广州", "成都", "Chengdu"], "RU": ["Казань", "Самара"], "VN": ["Huế", "Hải Phòng"], "PH": ["Cebu", "Iloilo"],
             "TR": ["İzmir", "Ankara"], "SA": ["Jeddah", "الرياض"], "PL": ["Kraków", "Gdańsk"], "NL": ["Utrecht", "Groningen"],
             "NG": ["Ibadan", "Port Harcourt"], "CA": ["Winnipeg", "Halifax"], "IE": ["Cork", "Limerick"], "AT": ["Graz", "Linz"]}

CC_LOCALE = {"GB": "en_GB", "IE": "en_IE", "CA": "en_US", "DE": "de_DE", "AT": "de_AT", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT",
             "NL": "nl_NL", "PL": "pl_PL", "MX": "es_MX", "BR": "pt_BR", "IN": "en_IN", "JP": "ja_JP", "CN": "zh_CN", "KR": "ko_KR",
             "RU": "ru_RU", "VN": "vi_VN", "TR": "tr_TR", "SA": "ar_SA", "PH": "fil_PH", "NG": "yo_NG"}
COUNTRY = {"GB": "the UK", "IE": "Ireland", "CA": "Canada", "DE": "Germany", "AT": "Austria", "FR": "France", "ES": "Spain",
           "IT": "Italy", "NL": "the Netherlands", "PL": "Poland", "MX": "Mexico", "BR": "Brazil", "IN": "India", "JP": "Japan",
           "CN": "China", "KR": "Korea", "RU": "Russia", "VN": "Vietnam", "TR": "Turkey", "SA": "Saudi Arabia", "PH": "the Philippines",
           "NG": "Nigeria"}

# ---------------------------------------------------------------- emails / urls
US_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net", "att.net",
              "sbcglobal.net", "verizon.net", "charter.net", "msn.com", "protonmail.com", "live.com", "bellsouth.net"]
INTL_DOMAINS = {"GB": ["btinternet.com", "yahoo.co.uk", "sky.com"], "DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
                "ES": ["telefonica.net", "yahoo.es"], "IT": ["libero.it", "virgilio.it"], "BR": ["uol.com.br", "bol.com.br"], "MX": ["prodigy.net.mx", "hotmail.com"],
                "JP": ["docomo.ne.jp", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"], "RU": ["mail.ru", "yandex.ru"],
                "IN": ["rediffmail.com", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl"], "TR": ["hotmail.com.tr", "gmail.com"],
                "SA": ["gmail.com", "outlook.sa"], "VN": ["gmail.com", "yahoo.com.vn"], "IE": ["eircom.net", "gmail.com"], "AT": ["aon.at", "gmx.at"],
                "CA": ["rogers.com", "shaw.ca"], "PH": ["gmail.com", "yahoo.com.ph"], "NG": ["yahoo.com", "gmail.com"]}


def ascii_plain(s):
    import unicodedata
    s = s.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def ascii_slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum())


ROMAN = {"ja_JP": ["tanaka", "sato", "suzuki", "yamamoto", "kobayashi"], "zh_CN": ["wang", "li", "zhang", "chen", "liu"],
         "ko_KR": ["kim", "lee", "park", "choi", "jung"], "ru_RU": ["ivanova", "smirnov", "petrova", "volkov"],
         "ar_SA": ["alharbi", "alqahtani", "alotaibi", "alshehri"], "hi_IN": ["sharma", "verma", "gupta", "yadav"]}


def email_for(first, last, cc=None, loc=None):
    fs, ls = ascii_slug(first), ascii_slug(last)
    if not fs or not ls:
        fs, ls = pick(["mama", "baba", "family", "home", "jun", "mina", "sasha"]), pick(ROMAN.get(loc, ["family"]))
    user = pick(["%s.%s" % (fs, ls), "%s%s" % (fs[0], ls), "%s_%s%s" % (fs, ls, digits(2)), "%s.%s%s" % (ls, fs, digits(2)),
                 "%s%s" % (fs, digits(4)), "%s.%s.%s" % (fs[0], fs, ls), "%sthe%s" % (pick(["", "mama", "papa", "nana"]), ls)])
    dom = pick(INTL_DOMAINS[cc]) if cc else pick(US_DOMAINS)
    if rng.random() < 0.1 and not cc:
        dom = pick(["stlukes-health.org", "uhhospitals.org", "lawoffice-" + ls + ".com", ls + "family.net", "k12.tx.us"])
    return user + "@" + dom


def url_for(first, last):
    fs, ls = ascii_slug(first) or "x", ascii_slug(last) or "y"
    h = "".join(rng.choice("0123456789abcdef") for _ in range(8))
    return pick(["https://www.facebook.com/%s.%s.%d" % (fs, ls, rng.randint(1, 99)),
                 "facebook.com/%s.%s" % (fs, ls),
                 "https://www.linkedin.com/in/%s-%s-%s" % (fs, ls, h[:6]),
                 "linkedin.com/in/%s%s" % (fs[0], ls),
                 "https://www.gofundme.com/f/help-%s-%s-%s" % (fs, ls, pick(["recover", "fight-cancer", "get-home", "with-medical-bills"])),
                 "gofund.me/%s" % h,
                 "https://www.caringbridge.org/site/%s-%s" % (fs, ls),
                 "caringbridge.org/visit/%s%s%d" % (fs[0], ls, rng.randint(1, 9)),
                 "https://instagram.com/%s_%s" % (fs, ls),
                 "www.%s%s.com" % (fs, ls),
                 "http://%s-%s.net/blog" % (fs, ls),
                 "https://%s.substack.com" % (ls + fs[0]),
                 "https://www.youtube.com/@%s%s" % (fs, ls),
                 "https://mealtrain.com/trains/%s" % h[:6],
                 "https://www.lotsahelpinghands.com/c/%s-%s-%s" % (rng.randint(100000, 999999), ls, "family"),
                 "venmo.com/u/%s-%s-%d" % (fs, ls, rng.randint(1, 99)),
                 "https://tiktok.com/@%s.%s" % (fs, ls)])


# ---------------------------------------------------------------- numbers
def ssn(fmt=None):
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = fmt or pick(["dash", "dash", "dash", "space", "none"])
    if fmt == "dash":
        return "%03d-%02d-%04d" % (area, g, s)
    if fmt == "space":
        return "%03d %02d %04d" % (area, g, s)
    return "%03d%02d%04d" % (area, g, s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def dob(minage=1, maxage=98, fmt=None):
    d = FK["en_US"].date_of_birth(minimum_age=minage, maximum_age=maxage)
    fmt = fmt or pick(["m/d/Y", "m/d/Y", "mm/dd/Y", "m-d-Y", "mm-dd-Y", "Y-mm-dd", "m/d/y", "Mon d, Y", "Month d Y",
                       "d Month Y", "mm.dd.Y", "Month dth, Y", "mon d Y", "mmddY"])
    m, dd, y = d.month, d.day, d.year
    sfx = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    return {"m/d/Y": "%d/%d/%d" % (m, dd, y), "mm/dd/Y": "%02d/%02d/%d" % (m, dd, y), "m-d-Y": "%d-%d-%d" % (m, dd, y),
            "mm-dd-Y": "%02d-%02d-%d" % (m, dd, y), "Y-mm-dd": "%d-%02d-%02d" % (y, m, dd), "m/d/y": "%d/%d/%02d" % (m, dd, y % 100),
            "Mon d, Y": "%s %d, %d" % (MONTHS[m - 1][:3], dd, y), "Month d Y": "%s %d %d" % (MONTHS[m - 1], dd, y),
            "d Month Y": "%d %s %d" % (dd, MONTHS[m - 1], y), "mm.dd.Y": "%02d.%02d.%d" % (m, dd, y),
            "Month dth, Y": "%s %d%s, %d" % (MONTHS[m - 1], dd, sfx, y), "mon d Y": "%s %d %d" % (MONTHS[m - 1].lower(), dd, y),
            "mmddY": "%02d%02d%d" % (m, dd, y)}[fmt]


def dob_intl(minage=1, maxage=98):
    d = FK["en_GB"].date_of_birth(minimum_age=minage, maximum_age=maxage)
    return pick(["%02d/%02d/%d" % (d.day, d.month, d.year), "%02d.%02d.%d" % (d.day, d.month, d.year), "%d-%02d-%02d" % (d.year, d.month, d.day),
                 "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year), "%d/%d/%d" % (d.day, d.month, d.year)])


MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def mbi(sep=None):
    c = [str(rng.randint(1, 9)), pick(MBI_LET), pick(MBI_LET + D), str(rng.randint(0, 9)), pick(MBI_LET), pick(MBI_LET + D),
         str(rng.randint(0, 9)), pick(MBI_LET), pick(MBI_LET), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    sep = pick(["", "", "-", "-", " "]) if sep is None else sep
    return s[:4] + sep + s[4:7] + sep + s[7:] if sep else s


def mrn():
    return pick([digits(8), "0" + digits(7), "E" + digits(7), "MR" + digits(6), "%s-%s-%s" % (digits(2), digits(3), digits(3)),
                 "A" + digits(8), "%d-%s" % (rng.randint(2001, 2024), digits(6)), digits(7), "M" + digits(9), "%s.%s" % (digits(4), digits(4)),
                 pick(U) + pick(U) + digits(6), "%s %s %s" % (digits(3), digits(3), digits(3)), "H" + digits(7), "000" + digits(6)])


def chart_no():
    return pick(["CH-" + digits(6), "C" + digits(6), digits(5), "%s-%s" % (pick(U) + pick(U), digits(5)), "PT" + digits(6), digits(6) + "-" + digits(1)])


def member_id():
    return pick(["".join(pick(U) for _ in range(3)) + digits(9), "W" + digits(9) + pick(["", " 01", "-02"]), "U" + digits(8) + pick(["01", ""]),
                 digits(9) + "-0" + str(rng.randint(1, 4)), "H" + digits(8), "ZG" + pick(U) + digits(9), pick(U) + digits(10),
                 "%s%s-%s" % (pick(U), digits(4), digits(5)), "MEM" + digits(7), "K" + digits(10), "%s %s %s" % (digits(3), digits(3), digits(3))])


def medicaid_id():
    st = pick(["NY", "CA", "TX", "FL", "GA", "IL", "OH", "PA", "NC", "AZ", "MI", "LA"])
    v = {"NY": lambda: pick(U) + pick(U) + digits(5) + pick(U), "CA": lambda: "9" + digits(7) + pick(U),
         "TX": lambda: digits(9), "FL": lambda: digits(10), "GA": lambda: digits(12), "IL": lambda: digits(9),
         "OH": lambda: digits(12), "PA": lambda: digits(10), "NC": lambda: digits(9) + pick(U),
         "AZ": lambda: "A" + digits(8), "MI": lambda: digits(10), "LA": lambda: digits(13)}[st]()
    return st, v


def nhs_number():
    while True:
        ds = [rng.randint(0, 9) for _ in range(9)]
        tot = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            s = "".join(map(str, ds)) + str(chk)
            return pick(["%s %s %s" % (s[:3], s[3:6], s[6:]), s, "%s-%s-%s" % (s[:3], s[3:6], s[6:])])


def intl_health_id(cc):
    if cc == "GB":
        return "NHS number", nhs_number()
    if cc == "CA":
        return "OHIP", "%s-%s-%s-%s" % (digits(4), digits(3), digits(3), pick(U) + pick(U))
    if cc in ("DE", "AT"):
        return "Versichertennummer", pick(U) + digits(9)
    if cc == "IN":
        return "ABHA", "%s-%s-%s-%s" % (digits(2), digits(4), digits(4), digits(4))
    if cc == "FR":
        return "n° de dossier", digits(2) + pick(U) + digits(6)
    if cc == "MX":
        return "NSS", digits(11)
    if cc == "JP":
        return "診察券番号", digits(7)
    return "patient no.", digits(8)


# ---------------------------------------------------------------- money
def card(kind=None, valid=None, fmt=None, case=None):
    kind = kind or pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    valid = (rng.random() < 0.85) if valid is None else valid
    n = numtools.make_card(rng, kind, valid)
    fmt = fmt or pick(["space", "space", "dash", "none"])
    if kind == "amex":
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, 16, 4)]
    s = {"space": " ".join(parts), "dash": "-".join(parts), "none": n}[fmt]
    return kind, s


def bank_account():
    return pick([digits(10), digits(12), "00" + digits(8), digits(9), digits(11), "%s-%s" % (digits(4), digits(6)), digits(8)])


def routing():
    return numtools.make_routing(rng)


IBAN_CC = ["DE", "GB", "FR", "ES", "IT", "NL", "PL", "PT", "BR", "SA", "TR", "CH", "IE", "BE", "AT"]


def iban(cc=None, grouped=None, lower=None):
    cc = cc or pick(IBAN_CC)
    s = numtools.make_iban(rng, cc)
    assert numtools.iban_valid(s)
    grouped = (rng.random() < 0.6) if grouped is None else grouped
    if grouped:
        s = numtools.group4(s)
    lower = (rng.random() < 0.15) if lower is None else lower
    return cc, (s.lower() if lower else s)


def clabe():
    return digits(18)
