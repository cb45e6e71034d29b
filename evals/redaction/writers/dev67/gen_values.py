"""Value generators and word lists for the dev67 templates (all lists written for this file).

Everything is driven by one random.Random and seeded Faker instances, so build.py is reproducible.
"""
import random
import unicodedata
from datetime import date, timedelta

from faker import Faker

SEED = 6767
rng = random.Random(SEED)
Faker.seed(SEED)

LATIN_LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
                 "tr_TR", "vi_VN", "en_IN", "en_CA", "en_IE", "fil_PH", "fi_FI"]
NONLATIN_LOCALES = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "el_GR", "he_IL", "th_TH", "uk_UA"]
F = {}
for _loc in LATIN_LOCALES + NONLATIN_LOCALES:
    try:
        F[_loc] = Faker(_loc)
        F[_loc].seed_instance(SEED + len(F))
    except AttributeError:
        pass
NONLATIN_LOCALES = [l for l in NONLATIN_LOCALES if l in F]
FUS = F["en_US"]

# US-context name pools: mostly en_US Faker, plus names common among US families of many origins
US_NAME_LOCALES = ["en_US"] * 8 + ["es_MX", "vi_VN", "en_IN", "pl_PL", "it_IT", "pt_BR"]


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "ı": "i",
                       "œ": "oe", "þ": "th", "ð": "d"})


def ascii_fold(s):
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


# ----------------------------------------------------------------------------------------------- names
SHORT_NICKS = ["Jo", "Al", "Bo", "Cy", "Di", "Ed", "Em", "Vi", "Ty", "Mo", "Lu", "Zo", "Flo", "Gus", "Hal", "Ike",
               "Kit", "Liz", "Ned", "Sal", "Dot", "Bea", "Deb", "Meg", "Peg", "Rae", "Sid", "Tad", "Vic", "Wes",
               "Abe", "Kat", "Nat", "Kev", "Mel", "Jen", "Roz", "Viv", "Bev", "Lou", "Dee", "Gabe", "Tash", "Jax",
               "Mags", "Tev", "Lex", "Ani", "Cass", "Bri", "Fi", "Kez", "Ros", "Stu", "Ozzy", "Ari", "Jas",
               "Pip", "Bex", "Rhi", "Fitz", "Manny", "Lalo", "Pepe", "Nacho", "Chuy", "Memo", "Lupe", "Tere",
               "Juju", "Dudu", "Kiki", "Mimi", "Lulu", "Gigi", "Nene", "Tito", "Boy", "Jun", "Ging", "Bong",
               "Sonny", "Tee", "Kay", "Jay", "Dez", "Mick", "Tam", "Yas", "Dev", "Raj", "Bao", "Kim", "Ev"]
WORD_NAMES = ["Will", "Grace", "Hope", "Rose", "Joy", "Dawn", "Faith", "Sunny", "Mark", "Pat", "Sue", "Art",
              "Gene", "Ray", "Penny", "Ginger", "Autumn", "Summer", "Hunter", "Chase", "Wade", "Lane", "Cliff",
              "Dale", "Glen", "Rusty", "Buck", "Bud", "Skip", "Sandy", "Misty", "Candy", "Crystal", "Amber",
              "Ivy", "Holly", "Olive", "Daisy", "Iris", "Violet", "Lily", "Pearl", "Ruby", "Frank", "Miles",
              "Max", "Nick", "Rob", "Bill", "Jack", "Drew", "Rich", "Guy", "Earnest", "Honor", "Precious",
              "Destiny", "Heaven", "Sky", "Storm", "River", "Brook", "Forrest", "Rocky", "Sonny", "Bunny",
              "Cookie", "Peanut", "Bear", "Tank", "Bubba", "Junior", "Chip", "Duke", "Butch", "Spike", "Dusty",
              "Angel", "Harmony", "Patience", "Charity", "Major", "King", "Royal", "Justice", "Sage", "Jewel"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Wood", "King", "Long", "Little",
                 "Bell", "Cook", "Baker", "Fox", "Rice", "Price", "Lane", "Hall", "West", "Moon", "Snow", "Frost",
                 "Gray", "Green", "White", "Black", "Hunt", "Bird", "Swan", "Cross", "Church", "Field", "Marsh",
                 "Banks", "Mills", "Knight", "Page", "Sharp", "Strong", "Wise", "Sweet", "Best", "Love", "Bond",
                 "Cash", "Wall", "Hardy", "Rich", "Short", "Day", "May", "Ward", "Bush", "Lamb", "Hope", "Mayo",
                 "Pope", "Bishop", "Carpenter", "Fisher", "Hunter", "Mason", "Porter", "Turner", "Walker",
                 "Booker", "Glass", "Hale", "Savage", "Law", "Justice", "Joy", "Sterling", "Noble", "Goodman"]
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Abuelo", "Auntie", "Uncle",
             "Granny", "Gran", "Pop", "Mama", "Lola", "Lolo", "Oma", "Opa", "Nonna", "Nonno", "Bubbe", "Mum",
             "Ma", "Pops", "Tía", "Tío", "Halmeoni", "Baba", "Dadi", "Nani"]
RELATION_LABELS = ["Daughter", "Son", "Sister", "Brother", "Niece", "Nephew", "Wife", "Husband", "Granddaughter",
                   "Grandson", "Cousin", "Neighbor", "Aunt", "Uncle", "Stepdaughter", "Caregiver", "Aide"]


def us_locale():
    return pick(US_NAME_LOCALES)


def first(loc=None):
    loc = loc or us_locale()
    return F[loc].first_name()


def first_g(g, loc=None):
    """g: 'f' or 'm'"""
    loc = loc or us_locale()
    f = F[loc]
    try:
        return f.first_name_female() if g == "f" else f.first_name_male()
    except AttributeError:
        return f.first_name()


def last(loc=None):
    loc = loc or us_locale()
    return F[loc].last_name()


def full(loc=None):
    loc = loc or us_locale()
    return "%s %s" % (F[loc].first_name(), F[loc].last_name())


def surname_for_short():
    return pick(WORD_SURNAMES) if chance(0.45) else last()


def nonlatin_name():
    loc = pick(NONLATIN_LOCALES)
    f = F[loc]
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        sep = " " if loc == "ja_JP" and chance(0.6) else ""
        return f.last_name() + sep + f.first_name(), loc
    if loc == "ru_RU" or loc == "uk_UA":
        return f.first_name() + " " + f.last_name(), loc
    return f.first_name() + " " + f.last_name(), loc


WORDLIKE = {"HE", "ME", "WE", "US", "AM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HI", "IF", "IN", "IS", "IT", "MY",
            "NO", "OF", "OK", "ON", "OR", "SO", "TO", "UP", "PM", "ER", "MD", "RN", "PT", "DR", "MS", "ST", "BP", "HR", "CT",
            "GP", "NP", "TV", "DC", "LA", "SS", "BM", "PA", "MA", "MRN", "DNR", "ADL", "ABC", "CBC", "BMP", "DME", "HCP", "PCP"}


def initials():
    a, b = rng.choice("ABCDEFGHJKLMNPRSTVW"), rng.choice("ABCDEFGHJKLMNPRSTVW")
    while a + b in WORDLIKE:
        a, b = rng.choice("ABCDEFGHJKLMNPRSTVW"), rng.choice("ABCDEFGHJKLMNPRSTVW")
    return pick(["%s%s" % (a, b), "%s.%s." % (a, b), "%s.%s" % (a, b), "%s%s%s" % (a, rng.choice("ABCDEJLMR"), b)])


# ----------------------------------------------------------------------------------------------- phones
US_AREA = ["201", "205", "206", "208", "210", "212", "213", "214", "215", "216", "217", "218", "219", "224",
           "225", "228", "231", "234", "239", "240", "248", "251", "252", "253", "254", "256", "260", "262",
           "267", "269", "270", "281", "301", "302", "303", "304", "305", "307", "308", "309", "310", "312",
           "313", "314", "315", "316", "317", "318", "319", "320", "321", "323", "330", "334", "336", "337",
           "339", "347", "351", "352", "360", "361", "385", "386", "401", "402", "404", "405", "406", "407",
           "408", "409", "410", "412", "413", "414", "415", "417", "419", "423", "424", "425", "432", "434",
           "435", "440", "443", "458", "469", "470", "475", "478", "479", "480", "484", "501", "502", "503",
           "504", "505", "507", "508", "509", "510", "512", "513", "515", "516", "517", "518", "520", "530",
           "531", "540", "541", "551", "559", "561", "562", "563", "567", "570", "571", "573", "574", "575",
           "580", "585", "586", "601", "602", "603", "605", "606", "607", "608", "609", "610", "612", "614",
           "615", "616", "617", "618", "619", "620", "623", "626", "630", "631", "636", "641", "646", "650",
           "651", "657", "660", "661", "662", "667", "678", "682", "701", "702", "703", "704", "706", "707",
           "708", "712", "713", "714", "715", "716", "717", "718", "719", "720", "724", "727", "731", "732",
           "734", "737", "740", "754", "757", "760", "762", "763", "765", "770", "772", "773", "774", "775",
           "779", "781", "785", "786", "801", "802", "803", "804", "805", "806", "808", "810", "812", "813",
           "814", "815", "816", "817", "818", "828", "830", "831", "832", "843", "845", "847", "848", "850",
           "856", "857", "858", "859", "860", "862", "863", "864", "865", "870", "872", "878", "901", "903",
           "904", "906", "907", "908", "909", "910", "912", "913", "914", "915", "916", "917", "918", "919",
           "920", "925", "928", "929", "931", "936", "937", "940", "941", "947", "949", "951", "952", "954",
           "956", "959", "970", "971", "972", "973", "978", "979", "980", "985", "989"]


def _exch():
    if chance(0.3):
        return "555", "01%02d" % rng.randint(0, 99)
    e = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
    if e[1:] == "11":
        e = e[0] + "21"
    return e, "%04d" % rng.randint(0, 9999)


def us_phone(ext_p=0.12, shape=None):
    a = pick(US_AREA)
    e, n = _exch()
    shapes = ["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a}{e}{n}", "+1 {a} {e} {n}", "1-{a}-{e}-{n}",
              "001-{a}-{e}-{n}", "+1 ({a}) {e}-{n}", "{a} {e} {n}", "+1-{a}-{e}-{n}", "({a}){e}-{n}",
              "{a}-{e}-{n}", "({a}) {e}-{n}", "{a}.{e}.{n}", "1 ({a}) {e}-{n}", "+1{a}{e}{n}"]
    s = (shape or pick(shapes)).format(a=a, e=e, n=n)
    if chance(ext_p):
        s += pick([" x%d" % rng.randint(2, 9999), " ext. %d" % rng.randint(1, 999), " extension %d" % rng.randint(1, 99),
                   " ext %d" % rng.randint(100, 9999), " x %d" % rng.randint(10, 99), " Ext. %d" % rng.randint(1, 400)])
    return s


VANITY_WORDS = ["ROOFING", "PAINTER", "MOVERS", "PLUMBER", "CAKES", "FIXIT", "TUTOR", "LAWNS", "DOGWALK",
                "PIANO", "TAXES", "HAULING", "BAKERY", "CLEANS", "GUTTERS"]


def vanity_phone(nick):
    code = pick(["800", "833", "844", "855", "866", "877", "888"])
    w = "".join(c for c in ascii_fold(nick).upper() if c.isalpha())
    word = pick([w[:7], "GO" + w[:5], "CALL" + w[:3], w[:4] + "FIX", "FIX" + w[:4]])
    return pick(["1-%s-%s", "1 %s %s", "(%s) %s", "1-%s-%s"]) % (code, word)


def _d(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


INTL_PHONE = {
    "GB": [lambda: "+44 20 7%s %s" % (_d(3), _d(4)), lambda: "020 7%s %s" % (_d(3), _d(4)),
           lambda: "07%s %s" % (_d(3), _d(6)), lambda: "+44 7%s %s" % (_d(3), _d(6)),
           lambda: "0161 %s %s" % (_d(3), _d(4)), lambda: "+44 (0)113 %s %s" % (_d(3), _d(4))],
    "IE": [lambda: "+353 87 %s %s" % (_d(3), _d(4)), lambda: "01 %s %s" % (_d(3), _d(4))],
    "DE": [lambda: "+49 30 %s" % _d(7), lambda: "+49 171 %s" % _d(7), lambda: "030 %s %s" % (_d(4), _d(4)),
           lambda: "0151 %s" % _d(8), lambda: "+49 (0)89 %s-%s" % (_d(4), _d(3))],
    "FR": [lambda: "+33 1 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)),
           lambda: "06 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)),
           lambda: "+33 6 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)), lambda: "04.%s.%s.%s.%s" % (_d(2), _d(2), _d(2), _d(2))],
    "MX": [lambda: "+52 55 %s %s" % (_d(4), _d(4)), lambda: "+52 1 33 %s %s" % (_d(4), _d(4)),
           lambda: "55 %s %s" % (_d(4), _d(4)), lambda: "(81) %s-%s" % (_d(4), _d(4))],
    "IN": [lambda: "+91 9%s %s" % (_d(4), _d(5)), lambda: "+91-98%s-%s" % (_d(3), _d(5)),
           lambda: "09%s %s" % (_d(4), _d(5)), lambda: "+91 22 %s %s" % (_d(4), _d(4))],
    "JP": [lambda: "+81 3-%s-%s" % (_d(4), _d(4)), lambda: "090-%s-%s" % (_d(4), _d(4)),
           lambda: "+81 90-%s-%s" % (_d(4), _d(4)), lambda: "06-%s-%s" % (_d(4), _d(4))],
    "BR": [lambda: "+55 11 9%s-%s" % (_d(4), _d(4)), lambda: "(21) 9%s-%s" % (_d(4), _d(4)),
           lambda: "+55 (31) 9%s %s" % (_d(4), _d(4))],
    "ES": [lambda: "+34 6%s %s %s" % (_d(2), _d(3), _d(3)), lambda: "91 %s %s %s" % (_d(3), _d(2), _d(2))],
    "IT": [lambda: "+39 3%s %s %s" % (_d(2), _d(3), _d(4)), lambda: "+39 06 %s %s" % (_d(4), _d(4)),
           lambda: "347 %s %s" % (_d(3), _d(4))],
    "NL": [lambda: "+31 6 %s" % _d(8), lambda: "06-%s" % _d(8), lambda: "+31 20 %s %s" % (_d(3), _d(4))],
    "PL": [lambda: "+48 %s %s %s" % (_d(3), _d(3), _d(3)), lambda: "+48 22 %s %s %s" % (_d(3), _d(2), _d(2))],
    "KR": [lambda: "+82 10-%s-%s" % (_d(4), _d(4)), lambda: "010-%s-%s" % (_d(4), _d(4))],
    "CN": [lambda: "+86 13%s %s %s" % (_d(1), _d(4), _d(4)), lambda: "+86 10 %s %s" % (_d(4), _d(4))],
    "PH": [lambda: "+63 917 %s %s" % (_d(3), _d(4)), lambda: "0918 %s %s" % (_d(3), _d(4))],
    "VN": [lambda: "+84 9%s %s %s" % (_d(1), _d(3), _d(4)), lambda: "09%s %s %s" % (_d(2), _d(3), _d(3))],
    "TR": [lambda: "+90 5%s %s %s %s" % (_d(2), _d(3), _d(2), _d(2))],
    "FI": [lambda: "+358 40 %s %s" % (_d(3), _d(4)), lambda: "050 %s %s" % (_d(3), _d(4))],
    "RU": [lambda: "+7 9%s %s-%s-%s" % (_d(2), _d(3), _d(2), _d(2)), lambda: "8 (495) %s-%s-%s" % (_d(3), _d(2), _d(2))],
    "SA": [lambda: "+966 5%s %s %s" % (_d(1), _d(3), _d(4))],
    "CA": [lambda: "+1 416 %s %s" % (_d(3), _d(4))],
    "GR": [lambda: "+30 69%s %s %s" % (_d(1), _d(3), _d(4)), lambda: "+30 210 %s %s" % (_d(3), _d(4))],
    "IL": [lambda: "+972 5%s-%s-%s" % (_d(1), _d(3), _d(4)), lambda: "05%s-%s%s" % (_d(1), _d(3), _d(4))],
    "TH": [lambda: "+66 8%s %s %s" % (_d(1), _d(3), _d(4)), lambda: "08%s-%s-%s" % (_d(1), _d(3), _d(4))],
    "UA": [lambda: "+380 6%s %s %s %s" % (_d(1), _d(3), _d(2), _d(2)), lambda: "+380 44 %s %s %s" % (_d(3), _d(2), _d(2))],  # Canadian numbers are NANP: labelled US-format below
    "AU": [lambda: "+61 4%s %s %s" % (_d(2), _d(3), _d(3)), lambda: "(02) %s %s" % (_d(4), _d(4))],
    "NG": [lambda: "+234 80%s %s %s" % (_d(1), _d(3), _d(4))],
    "GH": [lambda: "+233 24 %s %s" % (_d(3), _d(4))],
}


def intl_phone(cc=None):
    cc = cc or pick([c for c in INTL_PHONE if c not in ("CA", "GR", "IL", "TH", "UA", "FI")])
    return pick(INTL_PHONE[cc])()


# ----------------------------------------------------------------------------------------------- places
US_STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
             "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
             "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"]
US_CITIES = [("Springfield", "IL"), ("Dayton", "OH"), ("Tulsa", "OK"), ("Fresno", "CA"), ("El Paso", "TX"),
             ("Scranton", "PA"), ("Macon", "GA"), ("Boise", "ID"), ("Duluth", "MN"), ("Reno", "NV"),
             ("Lubbock", "TX"), ("Yonkers", "NY"), ("Pawtucket", "RI"), ("Kalamazoo", "MI"), ("Gary", "IN"),
             ("Hialeah", "FL"), ("Chula Vista", "CA"), ("Bangor", "ME"), ("Cheyenne", "WY"), ("Flint", "MI"),
             ("Lafayette", "LA"), ("Mesa", "AZ"), ("Dearborn", "MI"), ("Paterson", "NJ"), ("Laredo", "TX"),
             ("Columbia", "SC"), ("Akron", "OH"), ("Joliet", "IL"), ("Spokane", "WA"), ("Santa Fe", "NM"),
             ("Billings", "MT"), ("Sioux Falls", "SD"), ("Fargo", "ND"), ("Lowell", "MA"), ("Hilo", "HI"),
             ("Anchorage", "AK"), ("Chattanooga", "TN"), ("Biloxi", "MS"), ("Greenville", "NC"), ("Topeka", "KS"),
             ("Waterbury", "CT"), ("Burlington", "VT"), ("Wheeling", "WV"), ("Ogden", "UT"), ("Pueblo", "CO"),
             ("Little Rock", "AR"), ("Bowling Green", "KY"), ("Mobile", "AL"), ("Eugene", "OR"), ("Omaha", "NE"),
             ("Cedar Rapids", "IA"), ("Green Bay", "WI"), ("Norfolk", "VA"), ("Hagerstown", "MD"), ("Dover", "DE"),
             ("Manchester", "NH"), ("Queens", "NY"), ("Brownsville", "TX"), ("Stockton", "CA"), ("Independence", "MO")]
STREET_TYPES = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
                "Ct", "Court", "Pl", "Way", "Ter", "Cir", "Pkwy", "Hwy"]
UNITS = ["Apt. %s", "Apt %s", "Unit %s", "Suite %s", "#%s", "Apt #%s", "Ste %s", "Lot %s", "Rm %s", "Bldg %s"]


def us_zip():
    z = "%05d" % rng.randint(1001, 99950)
    if chance(0.25):
        z += "-%04d" % rng.randint(1, 9999)
    return z


def us_street():
    nm = FUS.street_name().split()
    base = " ".join(nm[:-1]) if len(nm) > 1 else nm[0]
    if chance(0.25):
        base = pick(["N", "S", "E", "W", "North", "SW", "NE"]) + " " + base
    if chance(0.12):
        return "%d %s" % (rng.randint(1, 120), pick(["County Road %d" % rng.randint(1, 900), "Route %d" % rng.randint(1, 99),
                                                   "Highway %d" % rng.randint(1, 400)]))
    return "%d %s %s" % (rng.randint(1, 19999), base, pick(STREET_TYPES))


def us_unit():
    u = pick(UNITS)
    v = pick([str(rng.randint(1, 40)), "%d%s" % (rng.randint(1, 12), rng.choice("ABCDEFGH")), str(rng.randint(100, 2400)),
              rng.choice("ABCDEF")])
    return u % v


def us_city_state():
    if chance(0.5):
        return pick(US_CITIES)
    return FUS.city(), pick(US_STATES)


def us_address(multiline=None, unit_p=0.45, lower=False):
    st = us_street()
    if chance(unit_p):
        st = st + pick([", ", " ", ", "]) + us_unit()
    c, s = us_city_state()
    z = us_zip()
    ml = chance(0.25) if multiline is None else multiline
    if ml:
        a = "%s\n%s, %s %s" % (st, c, s, z)
    else:
        a = pick(["%s, %s, %s %s", "%s, %s %s %s", "%s %s, %s %s"]) % (st, c, s, z)
    return a.lower() if lower else a


def us_po_box():
    c, s = us_city_state()
    return pick(["PO Box %d, %s, %s %s", "P.O. Box %d\n%s, %s %s", "P.O. Box %d, %s %s %s", "POB %d, %s, %s %s"]) % (
        rng.randint(1, 99999), c, s, us_zip())


def us_rural():
    c, s = us_city_state()
    return pick(["RR %d Box %d, %s, %s %s", "Rural Route %d, Box %d\n%s, %s %s", "RR %d Box %d %s %s %s",
                 "HC %d Box %d, %s, %s %s"]) % (rng.randint(1, 9), rng.randint(1, 999), c, s, us_zip())


def military():
    k = rng.randint(0, 5)
    z = {"AE": "09%03d" % rng.randint(0, 999), "AP": "96%03d" % rng.randint(200, 699), "AA": "340%02d" % rng.randint(0, 99)}
    st = pick(["AE", "AE", "AP", "AA"])
    if k == 0:
        return "PSC %d, Box %d, APO %s %s" % (rng.randint(1, 9999), rng.randint(1, 9999), st, z[st])
    if k == 1:
        return "Unit %d Box %d\nDPO %s %s" % (rng.randint(1000, 9999), rng.randint(1, 9999), st, z[st])
    if k == 2:
        return "CMR %d Box %d, APO %s %s" % (rng.randint(400, 499), rng.randint(1, 9999), st, z[st])
    if k == 3:
        return "USNS %s, FPO %s %s" % (pick(["Comfort", "Mercy", "Supply", "Patuxent", "Medgar Evers"]), st, z[st])
    if k == 4:
        return "USS %s\nFPO %s %s-%04d" % (pick(["Nimitz", "Bataan", "Kearsarge", "Essex", "Ford"]), st, z[st], rng.randint(1, 9999))
    return "Unit %d, APO %s %s" % (rng.randint(2000, 9999), st, z[st])


INTL_CITY = {
    "GB": ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Leicester", "Norwich", "Sheffield", "Belfast"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Stuttgart", "Nürnberg"],
    "FR": ["Lyon", "Marseille", "Toulouse", "Lille", "Nantes", "Bordeaux", "Rennes", "Nice", "Strasbourg"],
    "MX": ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida", "Morelia", "León", "Tijuana", "Ciudad de México"],
    "BR": ["São Paulo", "Belo Horizonte", "Recife", "Curitiba", "Salvador", "Fortaleza", "Porto Alegre"],
    "IN": ["Pune", "Chennai", "Hyderabad", "Ahmedabad", "Kochi", "Lucknow", "Jaipur", "Bengaluru", "Kolkata"],
    "JP": ["Osaka", "Nagoya", "Sapporo", "Fukuoka", "Kobe", "Sendai", "Hiroshima"],
    "ES": ["Sevilla", "Valencia", "Zaragoza", "Málaga", "Bilbao", "Granada", "Valladolid"],
    "IT": ["Napoli", "Torino", "Palermo", "Bologna", "Bari", "Firenze", "Genova"],
    "NL": ["Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Haarlem", "Tilburg"],
    "PL": ["Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin"],
    "CA": ["Toronto", "Winnipeg", "Halifax", "Calgary", "Ottawa", "Surrey", "Laval"],
    "PH": ["Quezon City", "Cebu City", "Davao City", "Iloilo City", "Baguio"],
    "VN": ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng"],
    "IE": ["Cork", "Galway", "Limerick", "Waterford"],
}
NONLATIN_PLACES_BY = {"ja_JP": ["大阪市", "名古屋市", "札幌市", "福岡市博多区"], "zh_CN": ["北京市朝阳区", "广州市", "成都市", "西安市"],
                      "ko_KR": ["서울특별시 강남구", "부산광역시", "대구", "인천"], "ru_RU": ["Москва", "Новосибирск", "Санкт-Петербург", "Казань"],
                      "ar_SA": ["الرياض", "جدة", "الدمام", "مكة"], "hi_IN": ["मुंबई", "लखनऊ", "पटना", "जयपुर"],
                      "el_GR": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα"], "he_IL": ["תל אביב", "חיפה", "ירושלים"],
                      "th_TH": ["กรุงเทพมหานคร", "เชียงใหม่", "ขอนแก่น"], "uk_UA": ["Київ", "Львів", "Харків", "Одеса"]}
NONLATIN_PLACES = [p for v in NONLATIN_PLACES_BY.values() for p in v]
NONLATIN_PHONE = {"ja_JP": "JP", "zh_CN": "CN", "ko_KR": "KR", "ru_RU": "RU", "ar_SA": "SA", "hi_IN": "IN", "uk_UA": "UA",
                  "el_GR": "GR", "he_IL": "IL", "th_TH": "TH"}
CC_LOCALE = {"GB": "en_GB", "IE": "en_IE", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "BR": "pt_BR", "IN": "en_IN",
             "JP": "ja_JP", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "CA": "en_CA", "PH": "fil_PH",
             "VN": "vi_VN", "TR": "tr_TR", "FI": "fi_FI"}
DOB_LABEL = {"DE": "Geburtsdatum: ", "ES": "Fecha de nacimiento: ", "MX": "Fecha de nacimiento: ", "FR": "Né(e) le ",
             "IT": "Data di nascita: ", "BR": "Data de nascimento: ", "NL": "Geboortedatum: ", "PL": "Data urodzenia: ",
             "JP": "生年月日: "}


def _gb_postcode():
    L = "ABCDEFGHJKLMNOPRSTUWYZ"
    return "%s%s%d %d%s%s" % (rng.choice(L), rng.choice(L), rng.randint(1, 28), rng.randint(0, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
                              rng.choice("ABDEFGHJLNPQRSTUWXYZ"))


def intl_address(cc=None):
    cc = cc or pick(["GB", "DE", "FR", "MX", "BR", "IN", "JP", "ES", "IT", "NL", "PL", "CA", "PH", "IE", "VN"])
    city = pick(INTL_CITY[cc])
    if cc == "GB":
        f = F["en_GB"]
        a = pick(["%d %s, %s %s", "Flat %d, %s\n%s\n%s"]) % (rng.randint(1, 240), f.street_name(), city, _gb_postcode())
    elif cc == "IE":
        a = "%d %s, %s %s%d %s" % (rng.randint(1, 90), F["en_IE"].street_name(), city, rng.choice("DTHVRF"), rng.randint(10, 99),
                                   "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
    elif cc == "DE":
        f = F["de_DE"]
        a = pick(["%s %d, %05d %s", "%s %d\n%05d %s"]) % (f.street_name(), rng.randint(1, 180), rng.randint(1067, 99998), city)
    elif cc == "FR":
        f = F["fr_FR"]
        a = pick(["%d %s, %05d %s", "%d, %s\n%05d %s"]) % (rng.randint(1, 150), f.street_name(), rng.randint(1000, 95999), city)
    elif cc == "ES":
        f = F["es_ES"]
        a = "%s, %d, %d.º %s, %05d %s" % (f.street_name(), rng.randint(1, 200), rng.randint(1, 9), rng.choice("ABCD"),
                                           rng.randint(1000, 52999), city)
    elif cc == "IT":
        f = F["it_IT"]
        a = "%s %d, %05d %s" % (f.street_name(), rng.randint(1, 200), rng.randint(10, 98168), city)
    elif cc == "NL":
        f = F["nl_NL"]
        a = "%s %d, %d %s%s %s" % (f.street_name(), rng.randint(1, 300), rng.randint(1011, 9999), rng.choice("ABCDEGHJKLMNPRSTVWXZ"),
                                    rng.choice("ABCDEGHJKLMNPRSTVWXZ"), city)
    elif cc == "PL":
        f = F["pl_PL"]
        a = "%s %d/%d, %02d-%03d %s" % (f.street_name(), rng.randint(1, 120), rng.randint(1, 60), rng.randint(0, 99),
                                         rng.randint(0, 999), city)
    elif cc == "MX":
        calle = pick(["Av. Juárez", "Calle Morelos", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Privada Los Pinos",
                      "Calle Allende", "Av. Revolución", "Calle Zaragoza", "Andador Las Flores"])
        col = pick(["Col. Centro", "Col. Roma Norte", "Col. Del Valle", "Col. Jardines", "Col. Obrera", "Fracc. Las Águilas"])
        a = "%s %d, %s, C.P. %05d, %s" % (calle, rng.randint(1, 3000), col, rng.randint(1000, 99999), city)
    elif cc == "BR":
        f = F["pt_BR"]
        a = "%s, %d, apto %d, %s - %s, %05d-%03d" % (f.street_name(), rng.randint(1, 3000), rng.randint(11, 1804),
                                                     f.bairro(), city, rng.randint(1000, 99999), rng.randint(0, 999))
    elif cc == "IN":
        a = "Flat %d, %s, %s, %s %06d" % (rng.randint(1, 900), pick(["Lakshmi Apartments", "Sai Residency", "Green Park Society",
                                                                      "Shanti Niwas", "Royal Enclave"]),
                                           pick(["MG Road", "Station Road", "Nehru Nagar", "Gandhi Chowk", "Sector 14"]), city,
                                           rng.randint(110001, 855999))
    elif cc == "JP":
        f = F["ja_JP"]
        a = "〒%03d-%04d %s%s%s%s%s" % (rng.randint(100, 999), rng.randint(0, 9999), f.prefecture(), f.city(), f.town(),
                                      f.chome(), f.ban())
    elif cc == "CA":
        f = F["en_CA"]
        prov = {"Toronto": "ON", "Winnipeg": "MB", "Halifax": "NS", "Calgary": "AB", "Ottawa": "ON", "Surrey": "BC",
                "Laval": "QC"}[city]
        pc = f.postcode().replace(" ", "")
        a = "%d %s, %s, %s %s" % (rng.randint(1, 9999), f.street_name(), city, prov, pc[:3] + pick([" ", ""]) + pc[3:])
    elif cc == "PH":
        a = "%d %s St., Brgy. %s, %s" % (rng.randint(1, 999), pick(["Mabini", "Rizal", "Bonifacio", "Luna", "Del Pilar"]),
                                         pick(["San Isidro", "Malinis", "Poblacion", "Kamuning", "Bagong Silang"]), city)
    else:  # VN
        a = "Số %d, ngõ %d %s, %s" % (rng.randint(1, 200), rng.randint(1, 300), pick(["Nguyễn Trãi", "Lê Lợi", "Trần Phú",
                                                                                     "Hai Bà Trưng"]), city)
    return a, cc


# ----------------------------------------------------------------------------------------------- ids
def ssn():
    s = FUS.ssn()
    k = rng.randint(0, 9)
    if k <= 5:
        return s
    if k <= 7:
        return s.replace("-", "")
    if k == 8:
        return s.replace("-", " ")
    return s.replace("-", ".")


def dob(us=True):
    d = date(1924, 1, 1) + timedelta(days=rng.randint(0, 365 * 82))
    mon = d.strftime("%B")
    if us:
        fm = pick(["{m}/{d}/{Y}", "{mm}/{dd}/{Y}", "{m}/{d}/{y}", "{mm}-{dd}-{Y}", "{M} {d}, {Y}", "{Mb} {d} {Y}",
                   "{Y}-{mm}-{dd}", "{m}.{d}.{y}", "{M} {d} {Y}", "{mm}{dd}{Y}", "{m}-{d}-{y}", "{Mb}. {d}, {Y}"])
    else:
        fm = pick(["{dd}/{mm}/{Y}", "{dd}.{mm}.{Y}", "{d} {M} {Y}", "{d} {Mb} {Y}", "{Y}-{mm}-{dd}", "{Y}年{m}月{d}日",
                   "{dd}-{mm}-{Y}"])
    return fm.format(m=d.month, d=d.day, mm="%02d" % d.month, dd="%02d" % d.day, Y=d.year, y="%02d" % (d.year % 100),
                     M=mon, Mb=mon[:3]), mon


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    s = [str(rng.randint(1, 9)), rng.choice(L), rng.choice(A), str(rng.randint(0, 9)), rng.choice(L), rng.choice(A),
         str(rng.randint(0, 9)), rng.choice(L), rng.choice(L), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(s)
    return s if chance(0.5) else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def mrn():
    """returns (label, value); label may be '' (unlabelled)"""
    k = rng.randint(0, 11)
    if k == 0:
        return pick(["MRN", "MRN:", "MRN#", "mrn"]), "%08d" % rng.randint(0, 99999999)
    if k == 1:
        return pick(["MR#", "Med Rec #", "MRN"]), "E%07d" % rng.randint(0, 9999999)
    if k == 2:
        return pick(["chart #", "Chart No.", "chart"]), "%s-%06d" % (rng.choice("KMHTR"), rng.randint(0, 999999))
    if k == 3:
        return pick(["member ID", "Member ID:", "member id", "Mbr ID"]), "%s%09d" % (
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), rng.randint(0, 999999999))
    if k == 4:
        return pick(["Medicare #", "Medicare ID", "MBI", "medicare number"]), mbi()
    if k == 5:
        return pick(["Medicaid ID", "Medicaid #", "CIN"]), "%s%s%05d%s" % (rng.choice("ABCDEFGHJK"), rng.choice("ABCDEFGHJK"),
                                                                          rng.randint(0, 99999), rng.choice("ABCDEFGHJK"))
    if k == 6:
        return pick(["Medi-Cal BIC", "Medicaid"]), "9%07d%s" % (rng.randint(0, 9999999), rng.choice("ABCDEFGH"))
    if k == 7:
        return pick(["pt ID", "Patient ID", "patient #"]), "%d-%03d-%03d" % (rng.randint(10, 99), rng.randint(0, 999), rng.randint(0, 999))
    if k == 8:
        return "", "%08d" % rng.randint(0, 99999999)
    if k == 9:
        return pick(["MRN", "acct/MRN", "MRN no."]), "%07d" % rng.randint(0, 9999999)
    if k == 10:
        return pick(["member #", "ID#", "subscriber ID"]), "W%09d" % rng.randint(0, 999999999)
    return pick(["chart number", "Chart #"]), "%s%06d" % ("".join(rng.choice("ABCDEFGHKLMNPRST") for _ in range(2)), rng.randint(0, 999999))


def _luhn_fix(num):
    digits = [int(c) for c in num]
    for chk in range(10):
        d = digits[:-1] + [chk]
        s = 0
        for i, v in enumerate(reversed(d)):
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            s += v
        if s % 10 == 0:
            return "".join(map(str, d))
    return num


def card():
    kind = pick(["visa16", "mastercard", "amex", "discover", "visa16", "mastercard"])
    num = FUS.credit_card_number(card_type=kind)
    num = _luhn_fix(num)
    if chance(0.2):  # not Luhn-valid on purpose
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    if kind == "amex" and len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    sep = pick([" ", " ", "-", ""])
    return sep.join(groups), kind


def routing():
    return FUS.aba()


def bank_acct():
    n = _d(rng.randint(8, 12))
    if chance(0.3):
        return "%s-%s" % (n[:4], n[4:])
    return n


def iban():
    loc = pick(["de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT", "pl_PL", "pt_PT", "de_AT", "fr_CH", "tr_TR",
                "nl_BE", "en_IE", "fi_FI", "pt_BR"])
    s = F[loc].iban() if loc in F else Faker(loc).iban()
    if chance(0.55):
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if chance(0.2):
        s = s.lower()
    return s


# ----------------------------------------------------------------------------------------------- web
FREE_MAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
             "comcast.net", "att.net", "protonmail.com", "verizon.net", "sbcglobal.net", "me.com", "msn.com", "live.com",
             "charter.net", "cox.net", "ymail.com", "bellsouth.net"]
INTL_MAIL = ["web.de", "gmx.de", "orange.fr", "libero.it", "yahoo.co.uk", "btinternet.com", "uol.com.br", "naver.com",
             "qq.com", "163.com", "yahoo.co.jp", "rediffmail.com", "wp.pl", "hotmail.es", "ziggo.nl", "free.fr",
             "t-online.de", "yahoo.com.mx", "bol.com.br", "o2.pl"]


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def email(fn, ln, intl=False):
    f, l = slug(fn), slug(ln)
    dom = pick(INTL_MAIL if intl else FREE_MAIL)
    user = pick(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{l}{y}", "{fi}{l}{n}", "{f}.{l}{n}",
                 "{f}{li}{n}", "{l}{f}", "{f}-{l}"]).format(f=f, l=l, fi=f[:1], li=l[:1], n=rng.randint(1, 999),
                                                             y=rng.randint(40, 99))
    if chance(0.08):
        user = user.upper() if chance(0.5) else user.capitalize()
    return "%s@%s" % (user, dom)


URL_KINDS = {"update": [0, 1, 4, 5, 9], "fund": [2, 3, 11, 12], "meals": [0, 1, 10, 4], "pro": [6, 8, 13, 7],
             "any": list(range(14))}


def url(fn, ln, kind="any"):
    f, l = slug(fn), slug(ln)
    k = pick(URL_KINDS[kind])
    pats = ["https://www.caringbridge.org/visit/{f}{l}", "caringbridge.org/site/{f}{l}{n}",
            "https://www.gofundme.com/f/help-{f}-{l}-with-medical-bills", "gofundme.com/f/{f}s-{w}-fund",
            "facebook.com/{f}.{l}.{n}", "https://www.facebook.com/{f}{l}{n}", "https://www.linkedin.com/in/{f}-{l}-{h}",
            "instagram.com/{f}_{l}{n}", "www.{f}{l}photography.com", "https://sites.google.com/view/{f}-{l}-memorial",
            "https://lotsahelpinghands.com/c/{n}{n2}/{l}-family", "venmo.com/u/{F}-{L}-{n}", "paypal.me/{f}{l}",
            "https://{f}{l}.net"]
    return pats[k].format(f=f, l=l, F=ascii_fold(fn).replace(" ", ""), L=ascii_fold(ln).replace(" ", ""), n=rng.randint(1, 99),
                          n2=rng.randint(100, 999), h="%04x" % rng.randint(0, 65535),
                          w=pick(["kidney", "cancer", "recovery", "rehab", "transplant", "surgery"]))


# ----------------------------------------------------------------------------------------------- keep words
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "Xarelto", "atorvastatin", "amlodipine", "levothyroxine", "Synthroid", "gabapentin", "Januvia",
         "Jardiance", "Ozempic", "Trulicity", "insulin glargine", "Lantus", "Humalog", "prednisone", "albuterol",
         "Symbicort", "Spiriva", "tramadol", "hydrocodone", "Norco", "Percocet", "morphine", "fentanyl patch",
         "buprenorphine", "Suboxone", "naloxone", "Narcan", "methadone", "donepezil", "Aricept", "memantine",
         "Namenda", "carbidopa-levodopa", "Sinemet", "quetiapine", "Seroquel", "risperidone", "haloperidol",
         "lorazepam", "Ativan", "alprazolam", "trazodone", "mirtazapine", "Remeron", "escitalopram", "Lexapro",
         "bupropion", "Wellbutrin", "duloxetine", "Cymbalta", "furosemide", "torsemide", "spironolactone",
         "metoprolol", "carvedilol", "Entresto", "digoxin", "Plavix", "clopidogrel", "aspirin 81", "Brilinta",
         "losartan", "hydrochlorothiazide", "Flomax", "tamsulosin", "finasteride", "omeprazole", "Protonix",
         "famotidine", "Miralax", "senna", "docusate", "Ensure", "vitamin D3", "fish oil", "turmeric", "ginkgo",
         "magnesium oxide", "potassium chloride", "allopurinol", "colchicine", "Humira", "methotrexate",
         "Keytruda", "tamoxifen", "Prolia", "alendronate", "Fosamax", "Tylenol", "acetaminophen", "ibuprofen",
         "Advil", "Aleve", "Benadryl", "Zyrtec", "Flonase", "nitroglycerin", "Coumadin", "Depakote", "Keppra",
         "lamotrigine", "lithium", "Abilify", "Vyvanse", "Adderall", "Lyrica", "cyclobenzaprine", "Mounjaro",
         "Farxiga", "Eliquis 5mg", "Tresiba", "Novolog", "Dexcom sensor", "oxygen concentrator", "CPAP",
         "nebulizer", "Breo", "Trelegy", "doxycycline", "Keflex", "amoxicillin", "Cipro", "Bactrim", "Paxlovid",
         "Tamiflu", "Zofran", "ondansetron", "Reglan", "Imodium", "Lomotil", "Creon", "Dilaudid"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "afib", "opioid use disorder", "Parkinson's", "COPD",
              "Alzheimer's", "dementia", "type 2 diabetes", "diabetes", "CHF", "heart failure", "hypertension",
              "high blood pressure", "CKD stage 3", "kidney disease", "end-stage renal disease", "ESRD", "stroke",
              "TIA", "pneumonia", "UTI", "sepsis", "cellulitis", "DVT", "pulmonary embolism", "osteoporosis",
              "hip fracture", "macular degeneration", "glaucoma", "cataracts", "neuropathy", "sciatica",
              "rheumatoid arthritis", "osteoarthritis", "gout", "lupus", "multiple sclerosis", "ALS", "epilepsy",
              "seizures", "migraine", "depression", "anxiety", "PTSD", "bipolar disorder", "schizophrenia",
              "alcohol use disorder", "sleep apnea", "asthma", "emphysema", "lung cancer", "breast cancer",
              "prostate cancer", "colon cancer", "leukemia", "lymphoma", "anemia", "hypothyroidism", "shingles",
              "pressure ulcer", "bedsore", "delirium", "sundowning", "incontinence", "BPH", "diverticulitis",
              "GERD", "Crohn's", "celiac", "cirrhosis", "hepatitis C", "HIV", "long COVID", "vertigo", "tinnitus",
              "Lewy body dementia", "Huntington's", "aphasia", "dysphagia", "frailty", "failure to thrive"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CMP", "CBC", "TSH", "lipid panel", "eGFR", "creatinine", "BNP",
        "troponin", "potassium", "sodium", "PSA", "vitamin B12", "ferritin", "urinalysis", "blood cultures",
        "chest X-ray", "CT scan", "MRI", "echocardiogram", "EKG", "Holter monitor", "sleep study", "colonoscopy",
        "mammogram", "DEXA scan", "PT/INR", "fasting glucose", "blood sugar", "oxygen saturation", "pulse ox"]
BODY = ["left hip", "right knee", "lower back", "neck", "left foot", "right shoulder", "abdominal", "jaw", "chest wall",
        "left knee", "hip", "wrist", "heel", "right eye", "throat", "tailbone", "groin", "left ankle", "elbow", "flank"]
ORGS = ["Walgreens", "CVS", "Rite Aid", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Kaiser Permanente",
        "Cleveland Clinic", "the VA", "Blue Cross", "Aetna", "Humana", "UnitedHealthcare", "Meals on Wheels",
        "Social Security", "AARP", "Costco pharmacy", "Walmart pharmacy", "Express Scripts", "OptumRx",
        "Visiting Nurse Service", "Amedisys", "Cigna", "Lincare", "Apria", "Planned Parenthood", "Quest Diagnostics",
        "Labcorp", "Sutter Health", "Johns Hopkins", "Mount Sinai", "Alzheimer's Association", "Area Agency on Aging"]
HELPLINES = ["988", "1-800-222-1222", "911", "1-800-MEDICARE", "211", "1-800-273-8255", "1-800-662-4357"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "Won't", "She's", "I've", "Didn't", "It's",
                "They're", "We're", "Wasn't", "I'd", "You'll", "Isn't", "Couldn't"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December"]
GROUP_TITLES = ["Morning Walk Group", "Memory Cafe", "Caregiver Support Circle", "Chair Yoga", "Grief Share",
                "Cardiac Rehab", "Diabetes Education Class", "Parkinson's Boxing", "Healthy Steps", "Tai Chi for Balance"]
