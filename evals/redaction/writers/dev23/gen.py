"""Value generators (Faker + own formats). All values are invented."""
import random
import string
from faker import Faker

R = random.Random(2323)
Faker.seed(2323)
LOC = {l: Faker(l) for l in ["en_US", "en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "pt_BR",
                              "it_IT", "nl_NL", "pl_PL", "ja_JP", "zh_CN", "ko_KR", "hi_IN",
                              "ru_RU", "ar_SA", "tr_TR", "vi_VN", "en_IN", "en_CA"]}
for i, f in enumerate(LOC.values()):
    f.seed_instance(2323 + i)
US = LOC["en_US"]

def pick(xs):
    return R.choice(xs)

def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))

# ---------------------------------------------------------------- names
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "King", "Bell", "Hope", "Stone",
                 "Fox", "Cook", "Long", "Little", "Price", "Sharp", "Church", "Rich", "Hunter",
                 "Walker", "Page", "Wood", "Lane", "Bird", "Frost", "Snow", "Moody", "Best", "Gay",
                 "Savage", "Golden", "Love", "Field", "Banks", "Street", "Webb", "Marsh", "Booker"]
WORD_GIVEN = ["Hope", "Joy", "Faith", "Grace", "Will", "Mark", "Bill", "Penny", "Rusty", "Sunny",
              "Dawn", "Ivy", "Hazel", "Amber", "Rose", "Dusty", "Sandy", "Honey", "Autumn", "Sky",
              "Destiny", "Chance", "King", "Price", "Crystal", "Iris", "Ray", "Drew", "Buck", "Cash"]
MULTI_US = ["Nguyen Thi Lan", "Oluwaseun Adeyemi", "Priya Raghunathan", "Mohammed Al-Farsi",
            "Xiomara Reyes-Gutierrez", "Tran Van Minh", "Siobhan O'Malley", "Jean-Baptiste Pierre",
            "Aiyana Redcloud", "Keoni Kahananui", "Dmitri Volkov", "Guadalupe de la Cruz",
            "Fatoumata Diallo", "Hye-jin Cho", "Mei-Ling Chang", "Rajinder Singh Gill",
            "Yusuf Abdi Warsame", "Ana Lucia Ferreira da Silva", "Bao Vang", "Kwame Mensah",
            "Anh Thu Pham", "Marisol Ortiz-Delgado", "Shlomo Ben-David", "Tupac Quispe",
            "Leilani Akana", "Ngozi Okafor-Bello", "Jesús María Sandoval", "Giovanni DiMarco",
            "Thandiwe Nkosi", "Ahmad Rahimi", "Svetlana Ivanova", "Farida Haddad",
            "Pa Nhia Xiong", "Kateri Two Bulls", "Sione Taufa", "Laxmi Thapa"]
NON_LATIN = {"ja_JP": None, "zh_CN": None, "ko_KR": None, "ru_RU": None, "ar_SA": None, "hi_IN": None}
NICK = [("Robert", "Bobby"), ("Elizabeth", "Betsy"), ("Margaret", "Peggy"), ("William", "Billy"),
        ("Patricia", "Trish"), ("Richard", "Dickie"), ("Katherine", "Kit"), ("Dolores", "Lola"),
        ("Francisco", "Paco"), ("José", "Pepe"), ("Guadalupe", "Lupe"), ("Alexander", "Sasha"),
        ("Theodore", "Teddy"), ("Josephine", "Josie"), ("Edward", "Ned"), ("Mary Ellen", "Mel")]

def us_first():
    return US.first_name()

def us_last():
    return US.last_name()

def us_name():
    k = R.random()
    if k < 0.15:
        return pick(WORD_GIVEN) + " " + us_last()
    if k < 0.30:
        return us_first() + " " + pick(WORD_SURNAMES)
    if k < 0.45:
        return pick(MULTI_US)
    if k < 0.52:
        return us_first() + " " + us_last() + "-" + us_last()
    if k < 0.58:
        return us_first() + " " + pick("ABCDEFGHJKLMPRSTW") + ". " + us_last()
    return us_first() + " " + us_last()

def intl_name(loc=None):
    loc = loc or pick(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "de_DE", "fr_FR",
                       "es_MX", "pt_BR", "pl_PL", "tr_TR", "vi_VN", "it_IT", "nl_NL", "en_GB"])
    f = LOC[loc]
    n = f.first_name() + " " + f.last_name() if loc not in ("ja_JP", "zh_CN", "ko_KR") else f.last_name() + f.first_name()
    if loc == "ja_JP":
        n = f.last_name() + " " + f.first_name()
    return n.strip(), loc

def clinician():
    n = us_name()
    last = n.split()[-1]
    return pick([f"Dr. {last}", f"Dr. {n}", f"{n}, MD", f"{n} MD", f"{n}, RN", f"{n} NP-C",
                 f"{n}, PA-C", f"{n}, DO", f"{n} LPN", f"{n}, PharmD", f"{n}, LCSW", f"{n} PT, DPT"]), n

# ---------------------------------------------------------------- US locations
STATES = ["AL", "AZ", "CA", "CO", "FL", "GA", "IL", "IN", "KY", "LA", "MA", "MD", "MI", "MN", "MO",
          "NC", "NJ", "NM", "NY", "OH", "OK", "OR", "PA", "SC", "TN", "TX", "VA", "WA", "WI", "WV"]
STATE_NAMES = {"AL": "Alabama", "AZ": "Arizona", "CA": "California", "CO": "Colorado", "FL": "Florida",
               "GA": "Georgia", "IL": "Illinois", "IN": "Indiana", "KY": "Kentucky", "LA": "Louisiana",
               "MA": "Massachusetts", "MD": "Maryland", "MI": "Michigan", "MN": "Minnesota",
               "MO": "Missouri", "NC": "North Carolina", "NJ": "New Jersey", "NM": "New Mexico",
               "NY": "New York", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
               "SC": "South Carolina", "TN": "Tennessee", "TX": "Texas", "VA": "Virginia",
               "WA": "Washington", "WI": "Wisconsin", "WV": "West Virginia"}
CITIES = ["Dayton", "Tulsa", "Fresno", "Macon", "Bismarck", "Yakima", "Lubbock", "Wichita", "Toledo",
          "Savannah", "Duluth", "Pueblo", "Odessa", "Scranton", "Bangor", "Boise", "Flint", "Gary",
          "Joliet", "Laredo", "Modesto", "Peoria", "Provo", "Roanoke", "Salinas", "Topeka",
          "Hialeah", "Kenosha", "Muncie", "Paducah", "Bakersfield", "Chattanooga", "Lafayette",
          "Greenville", "Fort Wayne", "St. Cloud", "Cedar Rapids", "Las Cruces", "Eau Claire",
          "Port St. Lucie", "Winston-Salem", "Coeur d'Alene", "Ann Arbor", "Hot Springs", "Sioux Falls"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "S.", "E.", "W.", "North", "East"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln",
          "Ct", "Pl", "Way", "Pkwy", "Ter", "Cir", "Hwy", "Trl"]
UNITS = ["Apt 3B", "Apt. 12", "Apt #4", "#12", "# 7C", "Unit 4", "Unit B", "Suite 210", "Ste 300",
         "Ste. 1B", "Bldg 2 Apt 114", "Lot 14", "Trlr 9", "Fl 3", "Rm 212", "Apt 2-R", "Unit 1402",
         "Spc 38", "Apt. G", "Upper"]

def zipc():
    z = digits(5)
    if z[0] == "0" and R.random() < .5:
        z = "4" + z[1:]
    return z + ("-" + digits(4) if R.random() < .25 else "")

def us_street():
    num = str(R.randint(2, 24999))
    name = US.street_name().rsplit(" ", 1)[0] if R.random() < .5 else pick(
        ["Oak", "Maple", "Elm", "Cedar", "Martin Luther King Jr", "Main", "Church", "Mill", "Lake",
         "12th", "3rd", "Old Orchard", "Bluebonnet", "Cesar Chavez", "Pleasant Valley", "Hickory Hill"])
    d = pick(DIRS) + " " if R.random() < .35 else ""
    post = " " + pick(["NE", "SW", "NW", "SE"]) if R.random() < .12 else ""
    return f"{num} {d}{name} {pick(SUFFIX)}{post}"

def us_special_line():
    k = R.random()
    if k < .2:
        return f"PO Box {R.randint(1, 9999)}"
    if k < .3:
        return f"P.O. Box {R.randint(1, 999)}"
    if k < .4:
        return f"RR {R.randint(1, 9)} Box {R.randint(1, 300)}"
    if k < .5:
        return f"HC {R.randint(60, 80)} Box {R.randint(100, 999)}"
    if k < .65:
        return f"{R.randint(100, 39999)} {pick(['State Hwy', 'Hwy', 'US Highway', 'County Road', 'FM', 'State Route', 'SR'])} {R.randint(1, 400)}"
    if k < .8:
        return f"{R.randint(100, 9999)} {pick(['US-41', 'US-1', 'I-35 Frontage Rd', 'Route 9', 'Hwy 61'])} {pick(['N', 'S', 'E', 'W', ''])}".strip()
    return f"N{R.randint(1, 9)}W{R.randint(10000, 39999)} {pick(['Lisbon Rd', 'Prairie Ln', 'Hillside Ct'])}"

def us_address(shape=None):
    """Return one whole address string (one identifier)."""
    st = us_street() if R.random() < .75 else us_special_line()
    unit = pick(UNITS) if (R.random() < .45 and "Box" not in st) else ""
    city, state, z = pick(CITIES), pick(STATES), zipc()
    shape = shape or pick(["comma", "comma", "nocomma", "lines", "lines", "unitcomma", "statefull",
                           "lower", "caps", "nozip"])
    if shape == "comma":
        a = f"{st}{' ' + unit if unit else ''}, {city}, {state} {z}"
    elif shape == "unitcomma":
        a = f"{st}{', ' + unit if unit else ''}, {city}, {state} {z}"
    elif shape == "nocomma":
        a = f"{st}{' ' + unit if unit else ''} {city} {state} {z}"
    elif shape == "lines":
        a = f"{st}\n{unit + chr(10) if unit else ''}{city}, {state} {z}"
    elif shape == "statefull":
        a = f"{st}{' ' + unit if unit else ''}, {city}, {STATE_NAMES[state]} {z}"
    elif shape == "lower":
        a = f"{st}{' ' + unit if unit else ''} {city} {state} {z}".lower()
    elif shape == "caps":
        a = f"{st}{' ' + unit if unit else ''}, {city}, {state} {z}".upper().replace(".", "")
    else:
        a = f"{st}{' ' + unit if unit else ''}, {city}"
    return a

def military():
    return pick([f"PSC {R.randint(1000, 9999)}, Box {R.randint(1, 9999)}, APO AE 09{digits(3)}",
                 f"Unit {R.randint(2000, 9999)} Box {R.randint(100, 9999)}\nAPO AP 96{digits(3)}",
                 f"CMR {R.randint(400, 499)} Box {R.randint(1, 999)}, APO AE 09{digits(3)}",
                 f"USS {pick(['Nimitz', 'Bataan', 'Ford', 'Gravely'])} (CVN {R.randint(60, 79)}), FPO AP 96{digits(3)}-{digits(4)}",
                 f"PSC {R.randint(800, 999)} Box {R.randint(1, 99)} FPO AA 340{digits(2)}",
                 f"Unit {R.randint(8000, 8999)}, DPO AE 09{digits(3)}-{digits(4)}"])

def city_state():
    c, s = pick(CITIES), pick(STATES)
    return pick([f"{c}, {s}", f"{c} {s}", f"{c}, {STATE_NAMES[s]}", f"{c.upper()}, {s}",
                 f"{c.lower()} {s.lower()}", f"{c}, {s} {zipc()}"])

# ---------------------------------------------------------------- US numbers
def area():
    return str(R.randint(2, 9)) + digits(1) + str(R.randint(0, 8)) if True else ""

def us_phone():
    a, e, n = str(R.randint(201, 989)), str(R.randint(201, 989)), digits(4)
    shape = R.randint(0, 12)
    p = [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}", f"+1 {a} {e} {n}",
         f"1-{a}-{e}-{n}", f"001-{a}-{e}-{n}", f"({a}){e}-{n}", f"+1 ({a}) {e}-{n}", f"{a} {e} {n}",
         f"+1-{a}-{e}-{n}", f"{a}/{e}-{n}", f"1 ({a}) {e} {n}"][shape]
    if R.random() < .18:
        p += pick([f" x{digits(R.randint(2, 4))}", f" ext. {digits(2)}", f" extension {R.randint(1, 9)}",
                   f" ext {digits(3)}", f"x{digits(3)}", f" Ext. {digits(4)}"])
    return p

def vanity():
    return pick(["1-800-", "1-888-", "(877) ", "1-866-"]) + pick(
        ["PET-CARE", "MOW-LAWN", "FIX-ROOF", "DR-JONES", "CALL-BEV", "BAKE-PIE", "TAX-HELP", "GO-PAINT"])

def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    a, g, s = f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"
    return pick([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a}{g}{s}", f"{a} {g} {s}", f"{a}.{g}.{s}"])

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def mbi():
    c = lambda: R.choice(MBI_L + string.digits)
    s = str(R.randint(1, 9)) + R.choice(MBI_L) + c() + str(R.randint(0, 9)) + R.choice(MBI_L) + c() + \
        str(R.randint(0, 9)) + R.choice(MBI_L) + R.choice(MBI_L) + digits(2)
    return pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", s.lower() if R.random() < .3 else s])

def record():
    """(label-prefix-or-None, value) of a US record number."""
    k = R.randint(0, 15)
    if k == 0: return "MRN", digits(R.randint(6, 10))
    if k == 1: return "MRN:", pick("EMHK") + digits(7)
    if k == 2: return "chart #", digits(5) + "-" + digits(2)
    if k == 3: return "member ID", pick(["XJH", "W", "ZGP", "MBR", "HUM", "U"]) + digits(9)
    if k == 4: return "Medicare #", mbi()
    if k == 5: return "Medicaid ID", digits(8) + R.choice("ABCDEFGH")
    if k == 6: return "subscriber ID", pick(["YLH", "BCB", "AET", "Q"]) + digits(3) + "-" + digits(5)
    if k == 7: return "Rx #", digits(7)
    if k == 8: return "Rx#", digits(3) + "-" + digits(5)
    if k == 9: return "patient ID", "P" + digits(8)
    if k == 10: return "med rec no.", digits(3) + "-" + digits(3) + "-" + digits(3)
    if k == 11: return "Medi-Cal BIC", "9" + digits(7) + R.choice("ABCDEFG")
    if k == 12: return "CIN", R.choice(string.ascii_uppercase) * 1 + R.choice(string.ascii_uppercase) + digits(5) + R.choice(string.ascii_uppercase)
    if k == 13: return None, digits(3) + "-" + digits(2) + "-" + digits(4) + "-" + R.choice("AB")
    if k == 14: return "acct/MRN", digits(9)
    return "MBI", mbi()

def dob(style="us"):
    d = US.date_of_birth(minimum_age=1, maximum_age=98)
    mon = d.strftime("%B")
    if style == "intl":
        return pick([d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y"), d.strftime("%Y-%m-%d"),
                     f"{d.day} {mon[:3]} {d.year}"])
    return pick([d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{str(d.year)[2:]}",
                 f"{d.month}-{d.day}-{d.year}", f"{mon} {d.day}, {d.year}", f"{mon[:3]} {d.day} {d.year}",
                 d.strftime("%Y-%m-%d"), d.strftime("%m%d%Y"), f"{d.day} {mon} {d.year}",
                 d.strftime("%m-%d-%y"), f"{mon[:3]}. {d.day}, {d.year}"])

# ---------------------------------------------------------------- accounts
IBAN_FMT = {"DE": "8n10n", "GB": "4a14n", "FR": "5n5n11c2n", "ES": "4n4n2n10n", "IT": "1a5n5n12c",
            "NL": "4a10n", "PL": "8n16n", "BE": "3n7n2n", "CH": "5n12c", "AT": "5n11n",
            "IE": "4a6n8n", "PT": "4n4n11n2n", "SE": "3n16n1n", "NO": "4n6n1n", "DK": "4n9n1n"}

def _bban(fmt):
    import re
    out = ""
    for n, t in re.findall(r"(\d+)([anc])", fmt):
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[t]
        out += "".join(R.choice(pool) for _ in range(int(n)))
    return out

def iban_check(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1

def iban():
    cc = pick(list(IBAN_FMT))
    b = _bban(IBAN_FMT[cc])
    s = b + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
    ib = f"{cc}{chk:02d}{b}"
    assert iban_check(ib)
    shape = R.random()
    if shape < .45:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if R.random() < .2:
        ib = ib.lower()
    return ib

def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    t = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        t += d
    return t % 10 == 0

def card(valid=None):
    pre, ln = pick([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)])
    body = pre + digits(ln - len(pre) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            good = body + c
            break
    valid = R.random() < .75 if valid is None else valid
    num = good if valid else body + str((int(good[-1]) + R.randint(1, 9)) % 10)
    if ln == 15:
        return pick([num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    return pick([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4))])

def routing():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))

def bank_acct():
    return pick([digits(R.randint(8, 12)), digits(4) + "-" + digits(6), digits(10)])

# ---------------------------------------------------------------- email / url
def slug(name):
    import unicodedata
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum() or ch == " ").split()

def email(name, intl=False):
    p = slug(name) or [pick(["mama", "familie", "casa", "sakura", "hana", "minjun", "olga", "amir", "lan"]) + digits(2),
                        pick(["home", "mail", "kazoku", "house"])]
    local = pick([".".join(p), "".join(p), p[0] + p[-1][:1] + digits(2), p[0][0] + p[-1], p[-1] + "_" + p[0] + digits(2),
                  p[0] + "." + p[-1] + digits(4)])
    dom = pick(["gmx.de", "web.de", "orange.fr", "yahoo.co.uk", "btinternet.com", "uol.com.br",
                "hotmail.es", "libero.it", "naver.com", "yandex.ru", "rediffmail.com", "prodigy.net.mx"]) if intl else \
        pick(["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net",
              "att.net", "sbcglobal.net", "verizon.net", "protonmail.com", "earthlink.net", "msn.com"])
    e = f"{local}@{dom}"
    return e.upper() if R.random() < .07 else e

def url(name):
    p = slug(name) or ["friend"]
    return pick([f"https://www.caringbridge.org/visit/{''.join(p)}", f"facebook.com/{'.'.join(p)}.{digits(3)}",
                 f"https://gofundme.com/f/help-{'-'.join(p)}-recover", f"www.linkedin.com/in/{'-'.join(p)}-{digits(3)}",
                 f"instagram.com/{p[0]}_{p[-1]}", f"https://{''.join(p)}.com", f"https://www.{p[-1]}family.net/blog",
                 f"http://{p[0]}{p[-1]}art.etsy.com", f"https://mealtrain.com/trains/{digits(6)}-{p[-1]}",
                 f"https://x.com/{p[0]}{p[-1][:3]}"])

# ---------------------------------------------------------------- international
def intl_phone():
    return pick([f"+44 20 7946 0{digits(3)}", f"020 7946 0{digits(3)}", f"07700 900{digits(3)}", f"+44 7700 900{digits(3)}",
                 f"+49 30 {digits(7)}", f"+49 (0)89 {digits(6)}", f"030 {digits(8)}", f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                 f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+52 55 {digits(4)} {digits(4)}", f"+52 1 33 {digits(4)} {digits(4)}",
                 f"+91 98{digits(3)} {digits(5)}", f"+91-22-{digits(8)}", f"+81 3-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}",
                 f"+55 11 9{digits(4)}-{digits(4)}", f"(21) 9{digits(4)}-{digits(4)}", f"+34 6{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                 f"+39 06 {digits(4)} {digits(4)}", f"+31 6 {digits(8)}", f"+48 601 {digits(3)} {digits(3)}",
                 f"+82 10-{digits(4)}-{digits(4)}", f"+86 138 {digits(4)} {digits(4)}", f"+63 917 {digits(3)} {digits(4)}",
                 f"+7 495 {digits(3)}-{digits(2)}-{digits(2)}", f"+90 532 {digits(3)} {digits(2)} {digits(2)}",
                 f"+84 91 {digits(3)} {digits(2)} {digits(2)}", f"+353 87 {digits(3)} {digits(4)}"])

UK_PC = ["SW1A 2AA", "M14 5RT", "B15 2TT", "LS6 3HN", "EH9 1PR", "CF24 4AX", "BS8 1TH", "NE6 5QA", "G12 8QQ", "OX4 1DF"]
def intl_address():
    k = R.randint(0, 13)
    if k == 0:
        return f"{R.randint(1, 220)} {LOC['en_GB'].street_name()}, {pick(['Leeds', 'Manchester', 'Bristol', 'Cardiff', 'Glasgow', 'Oxford'])} {pick(UK_PC)}", "UK"
    if k == 1:
        return f"Flat {R.randint(1, 40)}, {R.randint(2, 90)} {LOC['en_GB'].street_name()}\n{pick(['London', 'Birmingham', 'Edinburgh'])}\n{pick(UK_PC)}", "UK"
    if k == 2:
        c = pick([("Toronto", "ON", "M5V 2T6"), ("Winnipeg", "MB", "R3C 4T3"), ("Halifax", "NS", "B3H 1Y6"), ("Calgary", "AB", "T2P 1J9")])
        return f"{R.randint(10, 9000)} {pick(['Bloor St W', 'Rue Sainte-Catherine', 'Portage Ave', '17 Ave SW'])}, {c[0]}, {c[1]} {c[2]}", "Canada"
    if k == 3:
        f = LOC["de_DE"]
        return f"{f.street_name()} {R.randint(1, 120)}, {digits(5)} {pick(['Köln', 'Hamburg', 'München', 'Leipzig', 'Essen'])}", "Germany"
    if k == 4:
        return f"{R.randint(1, 99)} {pick(['rue', 'avenue', 'boulevard'])} {LOC['fr_FR'].last_name()}, {R.randint(10, 95)}{digits(3)} {pick(['Lyon', 'Lille', 'Nantes', 'Toulouse', 'Paris'])}", "France"
    if k == 5:
        return f"Calle {LOC['es_MX'].last_name()} {R.randint(1, 999)}, Col. {pick(['Roma Norte', 'Del Valle', 'Centro', 'Chapultepec'])}, {digits(5)} {pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.', 'Puebla, Pue.'])}", "Mexico"
    if k == 6:
        return f"Rua {LOC['pt_BR'].last_name()}, {R.randint(10, 2000)}, apto {R.randint(11, 120)} - {pick(['Pinheiros', 'Copacabana', 'Boa Viagem'])}, {pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Recife - PE'])}, {digits(5)}-{digits(3)}", "Brazil"
    if k == 7:
        return f"〒{digits(3)}-{digits(4)} " + LOC["ja_JP"].address().split(" ")[-1] if False else f"〒{digits(3)}-{digits(4)} {LOC['ja_JP'].prefecture()}{LOC['ja_JP'].city()}{LOC['ja_JP'].town()}{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 20)}", "Japan"
    if k == 8:
        return f"{R.randint(1, 300)}, {pick(['MG Road', 'Linking Road', 'Anna Salai', 'Park Street'])}, {pick(['Bengaluru 560001', 'Mumbai 400050', 'Chennai 600002', 'Kolkata 700016'])}", "India"
    if k == 9:
        return f"C/ {LOC['es_ES'].last_name()}, {R.randint(1, 90)}, {R.randint(1, 6)}º {pick('ABCD')}, {digits(5)} {pick(['Madrid', 'Sevilla', 'Valencia', 'Zaragoza'])}", "Spain"
    if k == 10:
        return f"Via {LOC['it_IT'].last_name()} {R.randint(1, 200)}, {digits(5)} {pick(['Roma RM', 'Milano MI', 'Napoli NA', 'Torino TO'])}", "Italy"
    if k == 11:
        return f"{LOC['nl_NL'].street_name()} {R.randint(1, 300)}, {R.randint(1000, 9999)} {pick('ABCDEFGHJK')}{pick('ABCDEFGHJK')} {pick(['Utrecht', 'Rotterdam', 'Groningen'])}", "Netherlands"
    if k == 12:
        return f"ul. {LOC['pl_PL'].last_name()} {R.randint(1, 90)}/{R.randint(1, 40)}, {digits(2)}-{digits(3)} {pick(['Kraków', 'Wrocław', 'Gdańsk'])}", "Poland"
    return pick(["서울특별시 마포구 월드컵로 " + str(R.randint(10, 300)), "北京市朝阳区建国路" + str(R.randint(1, 99)) + "号",
                 "г. Москва, ул. Тверская, д. " + str(R.randint(1, 30)), "मुंबई, अंधेरी पूर्व " + digits(6),
                 "الرياض، حي العليا " + digits(5)]), "nonlatin"

INTL_CITIES = ["Manchester", "Guadalajara", "Lyon", "Hamburg", "Kraków", "Pune", "Osaka", "Porto Alegre",
               "Valencia", "Naples", "Utrecht", "Izmir", "Da Nang", "Cebu", "Toronto", "Leeds", "Monterrey",
               "東京", "大阪", "서울", "부산", "上海", "Москва", "Санкт-Петербург", "मुंबई", "الرياض", "İstanbul", "Hà Nội"]
