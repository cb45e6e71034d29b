"""Value builders for the dev15 redaction eval (written from FROZEN_SPEC.md only).

Every value is invented. Faker supplies given/family names and some street names;
addresses, phones, record numbers, IBANs, cards, routing numbers are composed here.
"""
import random
import string
from faker import Faker

US_CITIES = [
    ("Springfield", "IL"), ("Dayton", "OH"), ("Tucson", "AZ"), ("Albany", "NY"), ("Fresno", "CA"),
    ("Boise", "ID"), ("Lansing", "MI"), ("Macon", "GA"), ("El Paso", "TX"), ("Laredo", "TX"),
    ("Yonkers", "NY"), ("Reno", "NV"), ("Tulsa", "OK"), ("Omaha", "NE"), ("Provo", "UT"),
    ("Toledo", "OH"), ("Akron", "OH"), ("Spokane", "WA"), ("Tacoma", "WA"), ("Eugene", "OR"),
    ("Duluth", "MN"), ("Rochester", "MN"), ("Fargo", "ND"), ("Sioux Falls", "SD"), ("Billings", "MT"),
    ("Cheyenne", "WY"), ("Pueblo", "CO"), ("Santa Fe", "NM"), ("Lubbock", "TX"), ("Shreveport", "LA"),
    ("Mobile", "AL"), ("Biloxi", "MS"), ("Knoxville", "TN"), ("Chattanooga", "TN"), ("Asheville", "NC"),
    ("Durham", "NC"), ("Savannah", "GA"), ("Tallahassee", "FL"), ("Hialeah", "FL"), ("Ocala", "FL"),
    ("Camden", "NJ"), ("Paterson", "NJ"), ("Scranton", "PA"), ("Erie", "PA"), ("Worcester", "MA"),
    ("Lowell", "MA"), ("Providence", "RI"), ("Hartford", "CT"), ("Burlington", "VT"), ("Bangor", "ME"),
    ("Manchester", "NH"), ("Wilmington", "DE"), ("Baltimore", "MD"), ("Richmond", "VA"), ("Roanoke", "VA"),
    ("Charleston", "WV"), ("Louisville", "KY"), ("Gary", "IN"), ("Peoria", "IL"), ("Madison", "WI"),
    ("Green Bay", "WI"), ("Des Moines", "IA"), ("Wichita", "KS"), ("Little Rock", "AR"), ("Anchorage", "AK"),
    ("Hilo", "HI"), ("Flagstaff", "AZ"), ("Modesto", "CA"), ("Oxnard", "CA"), ("Salinas", "CA"),
    ("Kalamazoo", "MI"), ("Flint", "MI"), ("Joliet", "IL"), ("Aurora", "CO"), ("Brownsville", "TX"),
]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CA": "California", "NY": "New York",
               "FL": "Florida", "GA": "Georgia", "MI": "Michigan", "WA": "Washington", "AZ": "Arizona"}
SUFFIXES = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
            ("Court", "Ct"), ("Boulevard", "Blvd"), ("Place", "Pl"), ("Terrace", "Ter"), ("Way", "Way"),
            ("Circle", "Cir"), ("Parkway", "Pkwy")]
STREET_WORDS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Chestnut", "Willow", "Birch", "Sycamore",
                "Magnolia", "Dogwood", "Juniper", "Lakeview", "Hillcrest", "Ridgeway", "Fairview", "Sunset",
                "Meadowbrook", "Riverside", "Orchard", "Prospect", "Liberty", "Franklin", "Lincoln",
                "Jefferson", "Washington", "Adams", "Monroe", "Jackson", "Harrison", "Highland", "Glenwood",
                "Brookside", "Country Club", "Mill Creek", "Stonegate", "Windsor", "Hawthorne", "Cypress",
                "Mesquite", "Palo Verde", "Alamo", "Bayou", "Canyon", "Prairie", "Cottonwood", "Redbud"]

# country -> (cities [(city, postcode_fn or region)], street builder)
INTL = {}


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


class Builders:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fakers = {}
        self.seed = seed

    def fk(self, loc):
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.seed + sum(map(ord, loc)))
            self.fakers[loc] = f
        return self.fakers[loc]

    # ------------------------------------------------------------ names
    FIL_FIRST = ["Maricel", "Jojo", "Rowena", "Arnel", "Lorna", "Jericho", "Maricar", "Rodel", "Analyn",
                 "Bong", "Divina", "Ramil", "Jhun", "Precious", "Ligaya", "Dante", "Marites", "Rizalina"]
    FIL_LAST = ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Soriano", "Manalo", "Dimaculangan",
                "Pangilinan", "Tolentino", "Magbanua", "Agbayani", "Sison", "Lacson", "Ocampo"]
    EN_WORD_FIRST = ["Hope", "Will", "Rose", "Reed", "Grace", "Faith", "Joy", "Dawn", "Sunny", "Summer",
                     "Art", "Bill", "Mark", "Pat", "Rusty", "Holly", "Ivy", "Iris", "Jack", "June"]
    EN_WORD_LAST = ["Young", "Park", "Brown", "Reed", "Hill", "Rose", "Stone", "Wood", "Bell", "Fox",
                    "King", "Long", "Black", "White", "Green", "Baker", "Cook", "Banks", "Moody", "Price",
                    "Hale", "Frost", "Swift", "Short", "Wise", "Love", "Strong", "Rich", "Lamb", "Nurse"]

    def person(self, loc):
        """returns (first, last) for a locale code"""
        r = self.rng
        if loc == "fil_PH":
            return r.choice(self.FIL_FIRST), r.choice(self.FIL_LAST)
        if loc == "en_US_word":
            return r.choice(self.EN_WORD_FIRST), r.choice(self.EN_WORD_LAST)
        f = self.fk(loc)
        first = f.first_name()
        last = f.last_name()
        return first.strip(), last.strip()

    # ------------------------------------------------------------ US values
    def us_street(self):
        r = self.rng
        num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 48999)]))
        if r.random() < 0.3:
            word = self.fk("en_US").last_name()
        else:
            word = r.choice(STREET_WORDS)
        full, abbr = r.choice(SUFFIXES)
        suf = r.choice([full, abbr, abbr + "."]) if abbr != "Way" else "Way"
        pre = r.choice(["", "", "", "N ", "S. ", "E ", "West ", "NW "])
        if r.random() < 0.12:
            return f"{num} {pre}{r.choice(['County Road', 'State Route', 'Highway', 'FM'])} {r.randint(2, 990)}"
        return f"{num} {pre}{word} {suf}"

    def us_unit(self):
        r = self.rng
        return r.choice([f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Apt. {r.randint(1, 999)}",
                         f"Suite {r.randint(100, 450)}", f"#{r.randint(2, 60)}", f"Unit {r.randint(1, 30)}",
                         f"Ste 2{r.randint(10, 99)}", f"Fl {r.randint(2, 9)}", f"Bldg {r.choice('ABC')}, Apt {r.randint(1, 30)}",
                         f"Lot {r.randint(1, 140)}", f"Rm {r.randint(100, 420)}"])

    def zip(self, plus4=None):
        r = self.rng
        z = f"{r.randint(1001, 99950):05d}"
        if plus4 is None:
            plus4 = r.random() < 0.25
        if plus4:
            z += f"-{r.randint(1, 9999):04d}"
        return z

    def city_state(self):
        return self.rng.choice(US_CITIES)

    def us_address(self, multiline=False, unit=None):
        r = self.rng
        kind = r.random()
        city, st = self.city_state()
        z = self.zip()
        if kind < 0.08:
            line1 = f"PO Box {r.randint(1, 9999)}" if r.random() < 0.5 else f"P.O. Box {r.randint(10, 99999)}"
        elif kind < 0.13:
            line1 = f"RR {r.randint(1, 9)} Box {r.randint(1, 300)}" if r.random() < 0.6 else f"Rural Route {r.randint(1, 5)}, Box {r.randint(1, 99)}"
        elif kind < 0.19:
            return self.military(multiline)
        else:
            line1 = self.us_street()
            if unit or (unit is None and r.random() < 0.45):
                u = self.us_unit()
                line1 = line1 + r.choice([" ", ", "]) + u
        sep_city = r.choice([", ", " "])
        stpart = st if r.random() < 0.9 else STATE_NAMES.get(st, st)
        if multiline:
            return f"{line1}\n{city}{sep_city}{stpart} {z}"
        return f"{line1}, {city}{sep_city}{stpart} {z}"

    def military(self, multiline=False):
        r = self.rng
        code, zp = r.choice([("AE", "090"), ("AP", "962"), ("AA", "340")])
        z = zp + f"{r.randint(1, 99):02d}"
        kind = r.choice(["PSC", "Unit", "CMR", "USS"])
        if kind == "PSC":
            l1 = f"PSC {r.randint(1, 999)}, Box {r.randint(1, 9999)}"
        elif kind == "Unit":
            l1 = f"Unit {r.randint(1000, 9999)} Box {r.randint(1, 999)}"
        elif kind == "CMR":
            l1 = f"CMR {r.randint(400, 499)} Box {r.randint(1, 9999)}"
        else:
            l1 = f"USS {r.choice(['Nimitz', 'Halsey', 'Ashland', 'Kidd'])} FPO"
            return f"{l1} {code} {z}" if not multiline else f"{l1}\n{code} {z}"
        post = r.choice(["APO", "FPO", "DPO"])
        return f"{l1}\n{post} {code} {z}" if multiline else f"{l1}, {post} {code} {z}"

    def us_phone(self, ext=None):
        r = self.rng
        area = r.choice([201, 212, 217, 303, 312, 404, 415, 503, 512, 602, 614, 702, 713, 773, 804, 813,
                         816, 907, 909, 915, 916, 919, 937, 952, 971, 984, 505, 479, 559, 385, 231, 262])
        exch = r.choice([555, 555, r.randint(201, 989)])
        if exch % 100 == 11:
            exch += 1
        line = f"{r.randint(100, 199):04d}" if exch == 555 else f"{r.randint(0, 9999):04d}"
        a, b, c = str(area), str(exch), line
        fmt = r.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}",
                        "1-{a}-{b}-{c}", "001-{a}-{b}-{c}", "+1 ({a}) {b}-{c}", "({a}){b}-{c}", "{a} {b} {c}",
                        "+1-{a}-{b}-{c}", "1 ({a}) {b}-{c}"])
        p = fmt.format(a=a, b=b, c=c)
        if ext or (ext is None and r.random() < 0.15):
            p += r.choice([f" x{r.randint(10, 9999)}", f" ext. {r.randint(1, 999)}", f" extension {r.randint(1, 99)}",
                           f" ext {r.randint(100, 999)}", f",{r.randint(100, 999)}", f" Ext. {r.randint(2, 40)}"])
        return p

    def vanity(self):
        r = self.rng
        word = r.choice(["FLOWERS", "PAINTER", "ROOFING", "BAKERY", "CAKES4U", "PLUMBER", "MOVERS", "TAILOR", "KITCHEN"])
        pre = r.choice(["1-800", "1-888", "1-866", "(877)", "1-844"])
        return f"{pre}-{word}" if not pre.startswith("(") else f"{pre} {word[:3]}-{word[3:7]}"

    def ssn(self, dashed=None):
        r = self.rng
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        if dashed is None:
            dashed = r.random() < 0.7
        if dashed:
            return f"{a:03d}-{g:02d}-{s:04d}" if r.random() < 0.85 else f"{a:03d} {g:02d} {s:04d}"
        return f"{a:03d}{g:02d}{s:04d}"

    MBI_LET = "ACDEFGHJKMNPQRTUVWXY"

    def mbi(self):
        r = self.rng
        L = self.MBI_LET
        A = L + string.digits
        c = [str(r.randint(1, 9)), r.choice(L), r.choice(A), str(r.randint(0, 9)), r.choice(L), r.choice(A),
             str(r.randint(0, 9)), r.choice(L), r.choice(L), str(r.randint(0, 9)), str(r.randint(0, 9))]
        s = "".join(c)
        return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def mrn(self, intl=False, country=None):
        """returns (value, label) where label is a natural label to print before it"""
        r = self.rng
        if intl:
            k = {"GB": 0.0, "DE": 0.5, "FR": 0.7, "BR": 0.9, "PT": 0.9}.get(country)
            if k is None:
                return f"{r.choice(['P', 'H', ''])}{_digits(r, r.choice([7, 8, 10]))}", r.choice(["patient ID", "hospital no.", "patient no.", "ID"])
            if k < 0.4:
                return self.nhs(), r.choice(["NHS number", "NHS no.", "NHS"])
            if k < 0.6:
                return f"{r.choice('ABCDEFGHJK')}{_digits(r, 9)}", r.choice(["Versichertennummer", "KVNR"])
            if k < 0.8:
                return f"{r.randint(1, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}", r.choice(["n° de sécu", "numéro de sécurité sociale"])
            return f"{_digits(r, 3)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}", r.choice(["Cartão SUS", "CNS"])
        k = r.random()
        if k < 0.3:
            return _digits(r, r.choice([7, 8, 9])), r.choice(["MRN", "MRN:", "MRN#", "mrn", "medical record #", "Med Rec No."])
        if k < 0.45:
            return f"{r.choice(['A', 'E', 'K', 'MR', 'H'])}{_digits(r, r.choice([6, 7, 8]))}", r.choice(["chart #", "chart no.", "Chart:", "MRN"])
        if k < 0.65:
            pre = r.choice(["XJH", "W", "ZGP", "U", "BCX", "MEM", "YLK"])
            return f"{pre}{_digits(r, r.choice([8, 9, 10]))}", r.choice(["member ID", "Member ID:", "member #", "ID#", "subscriber id", "insurance ID"])
        if k < 0.85:
            return self.mbi(), r.choice(["Medicare #", "Medicare number", "MBI", "medicare id", "Medicare ID:"])
        return f"{r.choice(['', '9'])}{_digits(r, 9)}{r.choice(['', 'A', 'B'])}" if r.random() < 0.5 else f"{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{_digits(r, 5)}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}", r.choice(["Medicaid #", "Medi-Cal ID", "Medicaid ID", "CIN"])

    def nhs(self):
        r = self.rng
        while True:
            d = [r.randint(0, 9) for _ in range(9)]
            d[0] = r.randint(4, 6)
            s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
            chk = 11 - s % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            n = "".join(map(str, d)) + str(chk)
            return f"{n[:3]} {n[3:6]} {n[6:]}" if r.random() < 0.7 else n

    # ------------------------------------------------------------ dates
    MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"]
    MONTHS = {
        "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    }

    def dob(self, lang="en", us=True):
        r = self.rng
        y = r.randint(1928, 2012)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        if lang == "en" and us:
            fmt = r.choice(["{m}/{d}/{y}", "{mm}/{dd}/{y}", "{m}/{d}/{yy}", "{mm}-{dd}-{y}", "{Mon} {d}, {y}",
                            "{Mon} {d} {y}", "{Mo} {d}, {y}", "{y}-{mm}-{dd}", "{mm}{dd}{y}", "{Mon} {d}{th}, {y}",
                            "{d} {Mon} {y}"])
        elif lang == "en":
            fmt = r.choice(["{dd}/{mm}/{y}", "{d} {Mon} {y}", "{d}{th} {Mon} {y}", "{dd}.{mm}.{y}", "{y}-{mm}-{dd}"])
        elif lang in ("es", "pt"):
            fmt = r.choice(["{d} de {lm} de {y}", "{dd}/{mm}/{y}", "{d}/{m}/{y}"])
        elif lang == "fr":
            fmt = r.choice(["{d} {lm} {y}", "{dd}/{mm}/{y}"])
        elif lang == "de":
            fmt = r.choice(["{d}. {lm} {y}", "{dd}.{mm}.{y}"])
        elif lang in ("it", "nl", "pl", "tr"):
            fmt = r.choice(["{d} {lm} {y}", "{dd}.{mm}.{y}", "{dd}-{mm}-{y}", "{dd}/{mm}/{y}"])
        elif lang == "ru":
            fmt = r.choice(["{d} {lm} {y} г.", "{dd}.{mm}.{y}"])
        elif lang in ("ja", "zh"):
            fmt = "{y}年{m}月{d}日"
        elif lang == "ko":
            fmt = "{y}년 {m}월 {d}일"
        elif lang == "vi":
            fmt = r.choice(["ngày {d} tháng {m} năm {y}", "{dd}/{mm}/{y}"])
        else:
            fmt = "{dd}/{mm}/{y}"
        th = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        Mon = self.MONTHS_EN[m - 1]
        lm = self.MONTHS.get(lang, self.MONTHS_EN)[m - 1] if lang in self.MONTHS else Mon
        return fmt.format(m=m, d=d, y=y, yy=f"{y % 100:02d}", mm=f"{m:02d}", dd=f"{d:02d}", Mon=Mon,
                          Mo=(Mon[:3] if len(Mon) > 4 else Mon.rstrip(".")), th=th, lm=lm)

    # ------------------------------------------------------------ money
    IBAN_SPEC = {  # country: BBAN pattern  (n digits, a upper letters, c alnum)
        "DE": "18n", "FR": "10n,11c,2n", "GB": "4a,14n", "ES": "20n", "IT": "1a,10n,12c", "NL": "4a,10n",
        "PL": "24n", "PT": "21n", "BE": "12n", "AT": "16n", "CH": "5n,12c", "IE": "4a,14n", "TR": "5n,1n,16c",
        "SA": "2n,18c", "BR": "23n,1a,1c", "NO": "11n", "DK": "14n", "SE": "20n",
    }

    def iban_raw(self, cc=None):
        r = self.rng
        cc = cc or r.choice(list(self.IBAN_SPEC))
        bban = ""
        for part in self.IBAN_SPEC[cc].split(","):
            n, k = int(part[:-1]), part[-1]
            pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[k]
            if k == "c":
                pool = string.digits * 3 + string.ascii_uppercase  # mostly digits
            bban += "".join(r.choice(pool) for _ in range(n))
        chk = 98 - iban_mod(bban + cc + "00")
        return f"{cc}{chk:02d}{bban}"

    def iban(self, cc=None, grouped=None, lower=None):
        r = self.rng
        raw = self.iban_raw(cc)
        if grouped is None:
            grouped = r.random() < 0.6
        if lower is None:
            lower = r.random() < 0.2
        s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if grouped else raw
        return s.lower() if lower else s

    def card(self, kind=None):
        r = self.rng
        kind = kind or r.choice(["visa", "visa", "mc", "amex", "disc"])
        pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "amex": (r.choice(["34", "37"]), 15),
                  "disc": ("6011", 16)}[kind]
        body = pre + _digits(r, n - len(pre) - 1)
        num = body + str(luhn_digit(body))
        style = r.random()
        if kind == "amex":
            return f"{num[:4]} {num[4:10]} {num[10:]}" if style < 0.6 else num
        if style < 0.5:
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))
        if style < 0.75:
            return "-".join(num[i:i + 4] for i in range(0, 16, 4))
        return num

    def routing(self):
        r = self.rng
        while True:
            pre = r.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                            "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])
            d = [int(c) for c in pre + _digits(r, 6)]
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            d9 = (10 - s % 10) % 10
            return "".join(map(str, d)) + str(d9)

    def bank_acct(self):
        r = self.rng
        return _digits(r, r.choice([8, 9, 10, 11, 12])).lstrip("0").rjust(8, "3")


def iban_mod(s):
    num = "".join(str(int(c, 36)) for c in s.upper())
    return int(num) % 97


def iban_valid(s):
    t = s.replace(" ", "").upper()
    return len(t) >= 15 and t[:2].isalpha() and iban_mod(t[4:] + t[:4]) == 1


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return (10 - tot % 10) % 10


def luhn_ok(num):
    d = [c for c in num if c.isdigit()]
    return luhn_digit("".join(d[:-1])) == int(d[-1])


def aba_ok(n):
    d = [int(c) for c in n]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


# ---------------------------------------------------------------- international
def _intl_address(b, country, multiline=False):
    """Compose an address in the country's own format; returns text."""
    r = b.rng
    nl = "\n" if multiline else ", "
    if country == "GB":
        city, pc = r.choice([("London", "SW1A"), ("Leeds", "LS6"), ("Bristol", "BS8"), ("Manchester", "M14"),
                             ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Norwich", "NR2"), ("York", "YO10")])
        pc = f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        st = b.fk("en_GB").street_name()
        flat = r.choice(["", "", f"Flat {r.randint(1, 30)}{nl}", f"Flat {r.randint(1, 9)}{r.choice('ABC')}, "])
        return f"{flat}{r.randint(1, 220)} {st}{nl}{city} {pc}" if r.random() < 0.5 else f"{flat}{r.randint(1, 220)} {st}{nl}{city}{nl}{pc}"
    if country == "DE":
        city = r.choice(["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Kassel", "Mainz"])
        st = b.fk("de_DE").street_name()
        return f"{st} {r.randint(1, 140)}{r.choice(['', '', 'a', 'b'])}{nl}{r.randint(1067, 99998):05d} {city}"
    if country == "FR":
        city = r.choice(["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Rennes", "Bordeaux", "Nice"])
        st = b.fk("fr_FR").street_name()
        cp = f"{r.randint(1, 95):02d}{r.randint(0, 999):03d}"
        return f"{r.randint(1, 99)}{r.choice(['', ', ', ' bis, '])} {st}{nl}{cp} {city}".replace("  ", " ")
    if country == "ES":
        city = r.choice(["Madrid", "Sevilla", "Valencia", "Zaragoza", "Málaga", "Bilbao", "Granada"])
        st = b.fk("es_ES").street_name()
        return f"{st}, {r.randint(1, 120)}, {r.randint(1, 8)}º {r.choice('ABCD')}{nl}{r.randint(1001, 52080):05d} {city}"
    if country == "IT":
        city, pr = r.choice([("Roma", "RM"), ("Milano", "MI"), ("Napoli", "NA"), ("Torino", "TO"), ("Palermo", "PA"), ("Bologna", "BO")])
        st = b.fk("it_IT").street_name()
        return f"{st}, {r.randint(1, 200)}{nl}{r.randint(10, 98)}{r.randint(0, 999):03d} {city} ({pr})"
    if country == "NL":
        city = r.choice(["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Leiden"])
        st = b.fk("nl_NL").street_name()
        return f"{st} {r.randint(1, 300)}{nl}{r.randint(1011, 9999)} {r.choice(string.ascii_uppercase)}{r.choice('ABCDEGHJKLMNPRTVWXZ')} {city}"
    if country == "PL":
        city = r.choice(["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin"])
        st = b.fk("pl_PL").street_name()
        return f"ul. {st} {r.randint(1, 90)}/{r.randint(1, 40)}{nl}{r.randint(0, 99):02d}-{r.randint(0, 999):03d} {city}"
    if country == "MX":
        city, stt = r.choice([("Guadalajara", "Jal."), ("Monterrey", "N.L."), ("Puebla", "Pue."), ("Oaxaca de Juárez", "Oax."),
                              ("Ciudad de México", "CDMX"), ("Mérida", "Yuc."), ("León", "Gto.")])
        st = r.choice(["Av. Juárez", "Calle Hidalgo", "Av. Insurgentes Sur", "Calle Morelos", "Calz. Independencia", "Calle 5 de Mayo", "Av. Revolución"])
        col = r.choice(["Col. Centro", "Col. Americana", "Col. Roma Norte", "Col. Del Valle", "Col. Jardines"])
        return f"{st} {r.randint(10, 2400)}{r.choice(['', ' Int. 4', ' Depto. 3B'])}, {col}{nl}{r.randint(1000, 99999):05d} {city}, {stt}"
    if country == "BR":
        city, uf = r.choice([("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Recife", "PE"),
                             ("Salvador", "BA"), ("Curitiba", "PR"), ("Fortaleza", "CE")])
        st = b.fk("pt_BR").street_name()
        return f"{st}, {r.randint(1, 3000)}{r.choice(['', ', apto 42', ', ap. 1203', ', casa 2'])}{nl}{city} - {uf}, {r.randint(10000, 99999)}-{r.randint(0, 999):03d}"
    if country == "PT":
        city = r.choice(["Lisboa", "Porto", "Braga", "Coimbra", "Faro"])
        st = b.fk("pt_PT").street_name()
        return f"{st}, {r.randint(1, 300)}, {r.randint(1, 6)}º Esq.{nl}{r.randint(1000, 9999)}-{r.randint(0, 999):03d} {city}"
    if country == "JP":
        pref, ward, pc = r.choice([("東京都", "世田谷区", "154"), ("大阪府", "大阪市北区", "530"), ("神奈川県", "横浜市港北区", "222"),
                                   ("福岡県", "福岡市中央区", "810"), ("京都府", "京都市左京区", "606")])
        return f"〒{pc}-{r.randint(0, 9999):04d} {pref}{ward}{r.choice(['桜丘', '本町', '中町', '東山', '北沢'])}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
    if country == "JPr":
        city = r.choice(["Setagaya-ku, Tokyo", "Kita-ku, Osaka", "Naka-ku, Nagoya", "Sakyo-ku, Kyoto"])
        return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Sakuragaoka', 'Honcho', 'Nakamachi', 'Kitazawa'])}{nl}{city} {r.randint(100, 999)}-{r.randint(0, 9999):04d}"
    if country == "IN":
        city, pin, stt = r.choice([("Pune", "411", "Maharashtra"), ("Bengaluru", "560", "Karnataka"), ("Chennai", "600", "Tamil Nadu"),
                                   ("Jaipur", "302", "Rajasthan"), ("Lucknow", "226", "Uttar Pradesh"), ("Kochi", "682", "Kerala")])
        return f"Flat {r.randint(101, 1204)}, {r.choice(['Sai Krupa Apartments', 'Green Park Residency', 'Shanti Nagar', 'Lake View Towers'])}{nl}{r.choice(['MG Road', 'Station Road', '4th Cross', 'Nehru Nagar'])}, {city}{nl}{stt} {pin}{r.randint(0, 999):03d}"
    if country == "CA":
        city, pv, f = r.choice([("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"),
                                ("Calgary", "AB", "T"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B")])
        L = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{f}{r.randint(1, 9)}{r.choice(L)} {r.randint(0, 9)}{r.choice(L)}{r.randint(0, 9)}"
        st = b.fk("en_CA").street_name()
        unit = r.choice(["", f"{r.randint(101, 2405)}-", f"Unit {r.randint(1, 40)}, "])
        return f"{unit}{r.randint(10, 9800)} {st}{nl}{city} {pv} {pc}"
    if country == "PH":
        city = r.choice(["Quezon City", "Cebu City", "Davao City", "Makati", "Iloilo City", "Baguio"])
        return f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)}, {r.choice(['Sampaguita St.', 'Mabini St.', 'Rizal Ave.', 'Narra St.'])}, Brgy. {r.choice(['San Isidro', 'Malanday', 'Poblacion', 'Bagong Silang'])}{nl}{city} {r.randint(1000, 9800)}"
    if country == "TR":
        city = r.choice(["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"])
        return f"{r.choice(['Atatürk Cad.', 'Cumhuriyet Mah.', 'Bağdat Cad.', 'İnönü Sok.'])} No: {r.randint(1, 180)} D: {r.randint(1, 20)}{nl}{r.randint(1000, 81999):05d} {r.choice(['Kadıköy', 'Çankaya', 'Karşıyaka', 'Nilüfer', 'Muratpaşa'])}/{city}"
    if country == "KR":
        return f"{r.choice(['서울특별시 마포구', '부산광역시 해운대구', '대구광역시 수성구', '인천광역시 남동구'])} {r.choice(['월드컵로', '해운대로', '달구벌대로', '인하로'])} {r.randint(1, 300)}, {r.randint(101, 1504)}호 ({r.randint(1000, 63999):05d})"
    if country == "CN":
        return f"{r.choice(['上海市浦东新区', '北京市朝阳区', '广州市天河区', '成都市武侯区'])}{r.choice(['世纪大道', '建国路', '天河路', '人民南路'])}{r.randint(1, 999)}号{r.randint(1, 30)}栋{r.randint(101, 2505)}室 {r.randint(100000, 699999)}"
    if country == "VN":
        return f"{r.randint(1, 400)}/{r.randint(1, 60)} {r.choice(['Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng'])}, {r.choice(['Phường 3', 'Phường Bến Thành', 'Phường 7'])}{nl}{r.choice(['Quận 5', 'Quận 1', 'Quận Bình Thạnh'])}, TP. Hồ Chí Minh {r.randint(700000, 700999)}"
    if country == "RU":
        return f"ул. {r.choice(['Ленина', 'Пушкина', 'Садовая', 'Гагарина'])}, д. {r.randint(1, 120)}, кв. {r.randint(1, 300)}{nl}{r.choice(['Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск'])}, {r.randint(101000, 690000)}"
    if country == "SA":
        return f"{r.randint(1000, 9999)} {r.choice(['King Fahd Rd', 'Prince Sultan St', 'Olaya St'])}, {r.choice(['Al Olaya', 'Al Malaz', 'Al Rawdah'])}{nl}{r.choice(['Riyadh', 'Jeddah', 'Dammam'])} {r.randint(11000, 34999)}"
    raise KeyError(country)


def _intl_phone(b, country):
    r = b.rng
    d = lambda n: _digits(r, n)
    f = {
        "GB": lambda: r.choice([f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"+44 (0)161 496 0{d(3)}"]),
        "DE": lambda: r.choice([f"+49 30 {d(7)}", f"030 {d(3)} {d(4)}", f"+49 151 {d(8)}", f"0176 {d(4)} {d(4)}", f"+49 (0)89 {d(6)}"]),
        "FR": lambda: r.choice([f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}"]),
        "ES": lambda: r.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 91 {d(3)} {d(2)} {d(2)}"]),
        "IT": lambda: r.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"+39 06 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"]),
        "NL": lambda: r.choice([f"+31 6 {d(8)}", f"06-{d(8)}", f"+31 20 {d(3)} {d(4)}"]),
        "PL": lambda: r.choice([f"+48 {d(3)} {d(3)} {d(3)}", f"{5}{d(2)}-{d(3)}-{d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"]),
        "MX": lambda: r.choice([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}", f"55 {d(4)} {d(4)}"]),
        "BR": lambda: r.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}"]),
        "PT": lambda: r.choice([f"+351 9{d(2)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}"]),
        "JP": lambda: r.choice([f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}", f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}"]),
        "IN": lambda: r.choice([f"+91 9{d(4)} {d(5)}", f"+91-98{d(3)}-{d(5)}", f"09{d(4)} {d(5)}", f"+91 80 {d(4)} {d(4)}"]),
        "CA": lambda: r.choice([f"+1 416 555 0{d(3)}", f"(604) 555-0{d(3)}", f"514-555-0{d(3)}"]),
        "PH": lambda: r.choice([f"+63 917 {d(3)} {d(4)}", f"0918 {d(3)} {d(4)}", f"+63 2 {d(4)} {d(4)}"]),
        "TR": lambda: r.choice([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"+90 212 {d(3)} {d(2)} {d(2)}"]),
        "KR": lambda: r.choice([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"+82 2-{d(3)}-{d(4)}"]),
        "CN": lambda: r.choice([f"+86 138 {d(4)} {d(4)}", f"139{d(8)}", f"+86 10 {d(4)} {d(4)}"]),
        "VN": lambda: r.choice([f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"090 {d(3)} {d(4)}", f"+84 28 {d(4)} {d(4)}"]),
        "RU": lambda: r.choice([f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"+7 495 {d(3)} {d(2)} {d(2)}"]),
        "SA": lambda: r.choice([f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"]),
        "JPr": None,
    }[country]
    return f()


# locale -> (country for address/phone, language for dates, email domains)
LOCALES = {
    "en_GB": ("GB", "en", ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com"]),
    "de_DE": ("DE", "de", ["gmx.de", "web.de", "t-online.de"]),
    "fr_FR": ("FR", "fr", ["orange.fr", "laposte.net", "free.fr"]),
    "es_ES": ("ES", "es", ["telefonica.net", "gmail.com", "hotmail.es"]),
    "es_MX": ("MX", "es", ["prodigy.net.mx", "hotmail.com", "gmail.com"]),
    "it_IT": ("IT", "it", ["libero.it", "tiscali.it", "gmail.com"]),
    "pt_BR": ("BR", "pt", ["uol.com.br", "bol.com.br", "gmail.com"]),
    "pt_PT": ("PT", "pt", ["sapo.pt", "gmail.com"]),
    "nl_NL": ("NL", "nl", ["ziggo.nl", "kpnmail.nl", "hotmail.nl"]),
    "pl_PL": ("PL", "pl", ["wp.pl", "onet.pl", "o2.pl"]),
    "ja_JP": ("JP", "ja", ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"]),
    "zh_CN": ("CN", "zh", ["163.com", "qq.com", "126.com"]),
    "ko_KR": ("KR", "ko", ["naver.com", "daum.net", "gmail.com"]),
    "hi_IN": ("IN", "en", ["rediffmail.com", "gmail.com", "yahoo.co.in"]),
    "en_IN": ("IN", "en", ["rediffmail.com", "gmail.com"]),
    "ru_RU": ("RU", "ru", ["mail.ru", "yandex.ru"]),
    "tr_TR": ("TR", "tr", ["hotmail.com.tr", "gmail.com"]),
    "vi_VN": ("VN", "vi", ["gmail.com", "yahoo.com.vn"]),
    "fil_PH": ("PH", "en", ["yahoo.com.ph", "gmail.com"]),
    "en_CA": ("CA", "en", ["rogers.com", "shaw.ca", "sympatico.ca"]),
    "ar_SA": ("SA", "en", ["gmail.com", "hotmail.com"]),
}
IBAN_FOR = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "BR": "BR", "PT": "PT", "NL": "NL",
            "PL": "PL", "TR": "TR", "SA": "SA"}

Builders.intl_address = _intl_address
Builders.intl_phone = _intl_phone
