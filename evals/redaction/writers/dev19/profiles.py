"""Value generators for the template part: US and international people, addresses, phones,
dates of birth, SSNs, medical ids, accounts, emails and personal URLs. All values are invented."""
import random, re, string, unicodedata
from faker import Faker
from numgen import make_iban, spaced, make_aba, make_card, fmt_card, luhn_valid

_FAKERS = {}


def fk(loc, rng):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    f = _FAKERS[loc]
    f.seed_instance(rng.randrange(10**9))
    return f


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -.'")).strip()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
STATES = ["AL", "AZ", "AR", "CA", "CO", "CT", "FL", "GA", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
          "MA", "MI", "MN", "MS", "MO", "NE", "NV", "NJ", "NM", "NY", "NC", "OH", "OK", "OR", "PA", "SC",
          "TN", "TX", "UT", "VA", "WA", "WV", "WI"]
US_TOWNS = [("Dothan", "AL", "363"), ("Tupelo", "MS", "388"), ("Muncie", "IN", "473"), ("Bangor", "ME", "044"),
            ("Yakima", "WA", "989"), ("Laredo", "TX", "780"), ("Odessa", "TX", "797"), ("Pueblo", "CO", "810"),
            ("Duluth", "MN", "558"), ("Macon", "GA", "312"), ("Albany", "GA", "317"), ("Valdosta", "GA", "316"),
            ("Joplin", "MO", "648"), ("Lawton", "OK", "735"), ("Casper", "WY", "826"), ("Bismarck", "ND", "585"),
            ("Fresno", "CA", "937"), ("Salinas", "CA", "939"), ("Scranton", "PA", "185"), ("Altoona", "PA", "166"),
            ("Flint", "MI", "485"), ("Toledo", "OH", "436"), ("Dayton", "OH", "454"), ("Gary", "IN", "464"),
            ("Hattiesburg", "MS", "394"), ("Florence", "SC", "295"), ("Rocky Mount", "NC", "278"),
            ("Johnson City", "TN", "376"), ("Paducah", "KY", "420"), ("Lafayette", "LA", "705"),
            ("Shreveport", "LA", "711"), ("Amarillo", "TX", "791"), ("Yuma", "AZ", "853"), ("Elko", "NV", "898"),
            ("Pocatello", "ID", "832"), ("Missoula", "MT", "598"), ("Rapid City", "SD", "577"),
            ("Bakersfield", "CA", "933"), ("Utica", "NY", "135"), ("Burlington", "VT", "054"),
            ("Lewiston", "ME", "042"), ("Worcester", "MA", "016"), ("Waterbury", "CT", "067"),
            ("Hagerstown", "MD", "217"), ("Roanoke", "VA", "240"), ("Wheeling", "WV", "260"),
            ("Green Bay", "WI", "543"), ("Cedar Rapids", "IA", "524"), ("Salina", "KS", "674"),
            ("Kearney", "NE", "688"), ("Las Cruces", "NM", "880"), ("Provo", "UT", "846"), ("Medford", "OR", "975"),
            ("Hilo", "HI", "967"), ("Fairbanks", "AK", "997"), ("Brownsville", "TX", "785"), ("Ocala", "FL", "344"),
            ("Lakeland", "FL", "338"), ("Kissimmee", "FL", "347"), ("Athens", "GA", "306"), ("Gadsden", "AL", "359")]
STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Magnolia", "Dogwood", "Hickory", "Willow",
           "Church", "Mill", "Spring", "Lake", "Hill", "Park", "Washington", "Lincoln", "Jackson", "Franklin",
           "Sycamore", "Pecan", "Cherry", "Poplar", "Laurel", "Ridge", "Meadow", "Creek", "River", "Forest",
           "Highland", "Sunset", "Main", "Front", "Water", "Railroad", "Depot", "Chestnut", "Birch", "Locust"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way",
          "Pl", "Cir", "Pkwy", "Ter", "Trl", "Hwy"]
DIRS = ["", "", "", "", "N ", "S ", "E ", "W ", "NW ", "SE "]

# relation words, to be kept (kept outside PERSON spans)
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "my aunt", "my uncle", "my sister",
             "my brother", "my husband", "my wife", "my son", "my daughter", "my mother", "my father", "Granny"]


class US:
    """A US person with US-format values."""

    def __init__(self, rng, loc=None):
        self.rng = rng
        loc = loc or rng.choice(["en_US"] * 7 + ["es_MX", "vi_VN", "en_IN", "pl_PL", "it_IT", "fr_FR", "de_DE"])
        f = fk(loc, rng)
        self.first = ascii_fold(f.first_name()) or "Ann"
        self.last = ascii_fold(f.last_name()) or "Reed"
        fe = fk("en_US", rng)
        self.first2 = fe.first_name()
        if rng.random() < 0.12:
            self.last = rng.choice(["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "King", "Hope", "Wood",
                                    "Stone", "Fox", "Price", "Long", "Ward", "Field", "Rice", "Banks", "Marsh", "Moss",
                                    "Love", "Sweet", "Goodman", "Baker", "Cook", "Hunter", "Mason", "Page"])
        if rng.random() < 0.1:
            self.first = rng.choice(["Hope", "Faith", "Joy", "Grace", "Will", "Bill", "Frank", "Mark", "Rob", "Pat",
                                     "Sue", "Dawn", "Crystal", "Penny", "Ruby", "Summer", "Autumn", "Hunter", "Cash",
                                     "Major", "June", "April", "Art", "Guy", "Chase", "Cliff", "Dusty", "Sunny", "Rusty"])
        self.nick = rng.choice([self.first, self.first, self.first[:3] if len(self.first) > 5 else self.first])

    # --- names ---
    def full(self, style=None):
        r = self.rng
        st = style or r.choice(["fl", "fl", "fl", "lower", "caps", "lf", "f", "fml"])
        if st == "fl": return f"{self.first} {self.last}"
        if st == "lower": return f"{self.first} {self.last}".lower()
        if st == "caps": return f"{self.first} {self.last}".upper()
        if st == "lf": return f"{self.last}, {self.first}"
        if st == "LF": return f"{self.last.upper()}, {self.first.upper()}"
        if st == "f": return self.first
        if st == "fml": return f"{self.first} {r.choice(string.ascii_uppercase.replace('X', ''))}. {self.last}"
        return f"{self.first} {self.last}"

    # --- address ---
    def street(self):
        r = self.rng
        num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 39999)]))
        s = f"{num} {r.choice(DIRS)}{r.choice(STREETS)} {r.choice(SUFFIX)}"
        if r.random() < 0.45:
            s += r.choice([", ", " "]) + r.choice([f"Apt {r.randint(1, 40)}{r.choice(['', 'A', 'B', 'C'])}",
                                                   f"Apt. {r.randint(1, 9)}{r.choice('ABCDEF')}",
                                                   f"Suite {r.randint(100, 450)}", f"#{r.randint(1, 40)}",
                                                   f"Unit {r.randint(1, 30)}", f"Lot {r.randint(1, 80)}",
                                                   f"Trlr {r.randint(1, 40)}"])
        return s

    def town(self):
        t, st, z3 = self.rng.choice(US_TOWNS)
        return t, st, z3 + f"{self.rng.randint(0, 99):02d}"

    def address(self, shape=None):
        r = self.rng
        t, st, z = self.town()
        if r.random() < 0.2:
            z += f"-{r.randint(1, 9999):04d}"
        street = self.street()
        shape = shape or r.choice(["line", "line", "line", "nocomma", "multi", "lower", "caps", "po", "rr", "faker"])
        if shape == "line": return f"{street}, {t}, {st} {z}"
        if shape == "nocomma": return f"{street} {t} {st} {z}"
        if shape == "multi": return f"{street}\n{t}, {st} {z}"
        if shape == "lower": return f"{street} {t} {st} {z}".lower()
        if shape == "caps": return f"{street}, {t}, {st} {z}".upper()
        if shape == "po": return f"{r.choice(['PO Box', 'P.O. Box', 'po box'])} {r.randint(1, 9999)}, {t}, {st} {z}"
        if shape == "rr": return f"{r.choice(['RR', 'Rural Route', 'Rt'])} {r.randint(1, 9)} Box {r.randint(1, 400)}, {t}, {st} {z[:5]}"
        if shape == "faker":
            return fk("en_US", r).address().replace("\n", r.choice([", ", "\n"]))
        return f"{street}, {t}, {st} {z}"

    def city(self):
        t, st, _ = self.town()
        return self.rng.choice([t, t, f"{t}, {st}", t.lower(), t.upper(), f"{t} {st}"])

    def military(self):
        r = self.rng
        z = {"AE": "09" + f"{r.randint(0, 999):03d}", "AP": "96" + f"{r.randint(200, 699):03d}", "AA": "340" + f"{r.randint(0, 99):02d}"}
        code = r.choice(["AE", "AE", "AP", "AA"])
        box = r.choice([f"PSC {r.randint(1, 999)} Box {r.randint(1, 9999)}", f"Unit {r.randint(1000, 9999)} Box {r.randint(1, 9999)}",
                        f"CMR {r.randint(100, 999)} Box {r.randint(1, 9999)}", f"USS {fk('en_US', r).last_name()}"])
        post = "FPO" if box.startswith("USS") else r.choice(["APO", "FPO", "DPO", "APO"])
        sep = r.choice([", ", "\n", " "])
        return f"{box}{sep}{post} {code} {z[code]}"

    # --- phone ---
    def phone(self, shape=None):
        r = self.rng
        a = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if r.random() < 0.65:
            e, n = "555", f"01{r.randint(0, 99):02d}"
        else:
            e, n = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}", f"{r.randint(0, 9999):04d}"
        shape = shape or r.choice(["paren", "dash", "dot", "plain", "plus1", "1dash", "001", "space", "parennospace", "ext", "plus1paren"])
        s = {"paren": f"({a}) {e}-{n}", "dash": f"{a}-{e}-{n}", "dot": f"{a}.{e}.{n}", "plain": f"{a}{e}{n}",
             "plus1": f"+1 {a} {e} {n}", "1dash": f"1-{a}-{e}-{n}", "001": f"001-{a}-{e}-{n}", "space": f"{a} {e} {n}",
             "parennospace": f"({a}){e}-{n}", "plus1paren": f"+1 ({a}) {e}-{n}",
             "ext": f"{a}-{e}-{n} " + r.choice([f"x{r.randint(10, 9999)}", f"ext. {r.randint(1, 999)}", f"extension {r.randint(1, 99)}", f"ext {r.randint(1, 999)}"])}[shape]
        return s

    def vanity(self):
        r = self.rng
        word = r.choice(["CARE", "NURSE", "RIDES", "MEDS", "HELPS", "HOMECARE", "SITTER", "AIDE", "WHEELS", "PHARMA"])
        return f"1-{r.choice(['800', '888', '877', '866'])}-{word[:3]}-{word[3:]}{'' if len(word) >= 7 else r.randint(1, 9)}" if r.random() < 0.5 else f"1-8{r.choice('0875')}{r.choice('0875')}-{word}"

    # --- other ids ---
    def email(self):
        r = self.rng
        f, l = self.first.lower().replace(" ", ""), self.last.lower().replace(" ", "").replace("'", "")
        user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f[0]}", f"{f}_{l}", f"{f}{r.randint(40, 99)}"])
        return user + "@" + r.choice(["example.com", "example.net", "example.org", "mail-example.com", "inbox-example.net"])

    def dob(self):
        r = self.rng
        y, m, d = r.randint(1928, 2015), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m:02d}-{d:02d}-{y}",
                         f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m-1]} {d}, {y}", f"{MONTHS[m-1][:3]} {d} {y}",
                         f"{d} {MONTHS[m-1]} {y}", f"{m}.{d}.{y}"])

    def ssn(self):
        r = self.rng
        a = r.choice([x for x in range(1, 900) if x != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return r.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"])

    def mrn(self):
        r = self.rng
        L = "ACDEFGHJKMNPQRTUVWXY"
        kind = r.choice(["mrn", "mrn", "chart", "medicare", "medicaid", "member", "member"])
        if kind == "mrn":
            v = r.choice([f"{r.randint(0, 99999999):08d}", f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
                          f"{r.choice(L)}{r.randint(1000000, 9999999)}", f"{r.randint(1000, 9999)}-{r.randint(10000, 99999)}"])
            return r.choice(["MRN", "MRN:", "mrn", "MR#", "medical record #"]), v
        if kind == "chart":
            return r.choice(["chart #", "chart no.", "Chart"]), f"{r.randint(10, 99)}-{r.randint(1000, 99999)}"
        if kind == "medicare":
            v = f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}{r.randint(0, 9)}"
            if r.random() < 0.6: v = f"{v[:4]}-{v[4:7]}-{v[7:]}"
            return r.choice(["Medicare ID", "Medicare #", "MBI", "medicare number"]), v
        if kind == "medicaid":
            st = r.choice(STATES)
            v = r.choice([f"{st}{r.randint(10**9, 10**10 - 1)}", f"{r.randint(10**7, 10**8 - 1)}{r.choice(L)}", f"{r.randint(10**10, 10**11 - 1)}"])
            return r.choice(["Medicaid ID", "Medicaid #", "medicaid id"]), v
        pre = r.choice(["XJH", "BCB", "AET", "UHC", "HUM", "CGN", "WLP", "KPS"])
        v = r.choice([f"{pre}{r.randint(10**8, 10**9 - 1)}", f"{pre}-{r.randint(1000000, 9999999)}", f"{r.choice(L)}{r.randint(10**8, 10**9 - 1)}"])
        return r.choice(["member ID", "Member ID:", "member #", "ID#", "subscriber id"]), v

    def card(self):
        r = self.rng
        num = make_card(r)
        if r.random() < 0.12:  # a mistyped card (Luhn fails)
            num = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
        v = fmt_card(num, r.choice(["space", "dash", "plain", "space"]))
        label = r.choice(["card", "cc", "visa" if num[0] == "4" else "card", "credit card", "Card #", "CC#", "debit card", "credit card number"])
        return label, v

    def bank(self):
        r = self.rng
        return (r.choice(["routing", "routing #", "Routing number", "ABA", "RTN"]), make_aba(r),
                r.choice(["account", "acct", "acct #", "Account number", "checking", "savings acct"]),
                f"{r.randint(10**(r.randint(7, 11)), 10**12 - 1)}")

    def url(self):
        r = self.rng
        f, l = self.first.lower().replace(" ", ""), self.last.lower().replace(" ", "").replace("'", "")
        return r.choice([f"https://www.gofundme.com/f/support-{f}-{l}", f"gofundme.com/f/{f}-{l}-medical-fund",
                         f"facebook.com/{f}.{l}", f"https://www.facebook.com/{f}.{l}.{r.randint(1, 999)}",
                         f"www.caringbridge.org/visit/{f}{l}", f"https://www.caringbridge.org/site/{f}-{l}",
                         f"linkedin.com/in/{f}-{l}-{r.randint(10, 99)}", f"instagram.com/{f}_{l}",
                         f"https://{f}{l}.blogspot.com", f"www.{l}family.net/{f}", f"https://mealtrain.com/trains/{l}-{r.randint(1000, 9999)}",
                         f"https://www.{f}{l}.com", f"x.com/{f}{l}{r.randint(1, 99)}", f"venmo.com/u/{f}-{l}"])


# ---------------- international ----------------
def _d(rng, fmt):
    y, m, d = rng.randint(1928, 2012), rng.randint(1, 12), rng.randint(1, 28)
    return fmt.format(y=y, m=m, d=d, mm=f"{m:02d}", dd=f"{d:02d}")


def _digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def nhs_number(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        c = 11 - sum((10 - i) * x for i, x in enumerate(d)) % 11
        if c == 11: c = 0
        if c != 10:
            s = "".join(map(str, d + [c]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


COUNTRIES = {
    # code: locale, iban country, dob formats, city list (for addresses we build), language tag
    "GB": dict(loc="en_GB", iban="GB", dob=["{dd}/{mm}/{y}", "{d} {M} {y}"], lang="en"),
    "IE": dict(loc="en_IE", iban="IE", dob=["{dd}/{mm}/{y}"], lang="en"),
    "CA": dict(loc="en_CA", iban=None, dob=["{y}-{mm}-{dd}", "{dd}/{mm}/{y}"], lang="en"),
    "AU": dict(loc="en_AU", iban=None, dob=["{dd}/{mm}/{y}"], lang="en"),
    "NZ": dict(loc="en_NZ", iban=None, dob=["{dd}/{mm}/{y}"], lang="en"),
    "IN": dict(loc="en_IN", iban=None, dob=["{dd}-{mm}-{y}", "{dd}/{mm}/{y}"], lang="en"),
    "HI": dict(loc="hi_IN", iban=None, dob=["{dd}-{mm}-{y}"], lang="hi"),
    "MX": dict(loc="es_MX", iban=None, dob=["{dd}/{mm}/{y}"], lang="es"),
    "CO": dict(loc="es_CO", iban=None, dob=["{dd}/{mm}/{y}"], lang="es"),
    "ES": dict(loc="es_ES", iban="ES", dob=["{dd}/{mm}/{y}"], lang="es"),
    "FR": dict(loc="fr_FR", iban="FR", dob=["{dd}/{mm}/{y}"], lang="fr"),
    "QC": dict(loc="fr_CA", iban=None, dob=["{y}-{mm}-{dd}"], lang="fr"),
    "DE": dict(loc="de_DE", iban="DE", dob=["{dd}.{mm}.{y}"], lang="de"),
    "AT": dict(loc="de_AT", iban="AT", dob=["{dd}.{mm}.{y}"], lang="de"),
    "CH": dict(loc="de_CH", iban="CH", dob=["{dd}.{mm}.{y}"], lang="de"),
    "IT": dict(loc="it_IT", iban="IT", dob=["{dd}/{mm}/{y}"], lang="it"),
    "BR": dict(loc="pt_BR", iban="BR", dob=["{dd}/{mm}/{y}"], lang="pt"),
    "PT": dict(loc="pt_PT", iban="PT", dob=["{dd}/{mm}/{y}"], lang="pt"),
    "NL": dict(loc="nl_NL", iban="NL", dob=["{dd}-{mm}-{y}"], lang="nl"),
    "BE": dict(loc="nl_BE", iban="BE", dob=["{dd}/{mm}/{y}"], lang="nl"),
    "PL": dict(loc="pl_PL", iban="PL", dob=["{dd}.{mm}.{y}"], lang="pl"),
    "SE": dict(loc="sv_SE", iban="SE", dob=["{y}-{mm}-{dd}"], lang="en"),
    "DK": dict(loc="da_DK", iban="DK", dob=["{dd}-{mm}-{y}"], lang="en"),
    "FI": dict(loc="fi_FI", iban="FI", dob=["{d}.{m}.{y}"], lang="en"),
    "GR": dict(loc="el_GR", iban="GR", dob=["{dd}/{mm}/{y}"], lang="el"),
    "RO": dict(loc="ro_RO", iban="RO", dob=["{dd}.{mm}.{y}"], lang="en"),
    "JP": dict(loc="ja_JP", iban=None, dob=["{y}年{m}月{d}日", "{y}/{mm}/{dd}"], lang="ja"),
    "CN": dict(loc="zh_CN", iban=None, dob=["{y}年{m}月{d}日", "{y}-{mm}-{dd}"], lang="zh"),
    "KR": dict(loc="ko_KR", iban=None, dob=["{y}년 {m}월 {d}일", "{y}.{mm}.{dd}"], lang="ko"),
    "RU": dict(loc="ru_RU", iban=None, dob=["{dd}.{mm}.{y}"], lang="ru"),
    "UA": dict(loc="uk_UA", iban=None, dob=["{dd}.{mm}.{y}"], lang="uk"),
    "TR": dict(loc="tr_TR", iban="TR", dob=["{dd}.{mm}.{y}"], lang="tr"),
    "SA": dict(loc="ar_SA", iban="SA", dob=["{dd}/{mm}/{y}"], lang="ar"),
    "VN": dict(loc="vi_VN", iban=None, dob=["{dd}/{mm}/{y}"], lang="vi"),
    "PH": dict(loc="fil_PH", iban=None, dob=["{mm}/{dd}/{y}"], lang="en"),
    "IL": dict(loc="he_IL", iban=None, dob=["{dd}/{mm}/{y}"], lang="he"),
    "TH": dict(loc="th_TH", iban=None, dob=["{dd}/{mm}/{y}"], lang="th"),
    "NG": dict(loc="en_US", iban=None, dob=["{dd}/{mm}/{y}"], lang="en"),
}

TR_CITIES = [("Kadıköy", "İstanbul", "34710"), ("Çankaya", "Ankara", "06690"), ("Konak", "İzmir", "35250"),
             ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100")]
SA_CITIES = [("الرياض", "12271"), ("جدة", "23442"), ("الدمام", "32241"), ("مكة المكرمة", "24231"), ("Riyadh", "12271"), ("Jeddah", "23442")]
NG_CITIES = [("Ikeja", "Lagos", "100271"), ("Wuse II", "Abuja", "904101"), ("Bodija", "Ibadan", "200284"), ("GRA", "Enugu", "400102")]
PH_CITIES = [("Quezon City", "1100"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Makati City", "1209"), ("Iloilo City", "5000")]
NG_FIRST = ["Chiamaka", "Emeka", "Ngozi", "Oluwaseun", "Tunde", "Funmilayo", "Ifeanyi", "Adaeze", "Babajide", "Yetunde", "Kelechi", "Bolanle"]
NG_LAST = ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwachukwu", "Olawale", "Obi", "Adebayo", "Okeke", "Ogunleye"]
PH_FIRST = ["Maricel", "Jun", "Rodelio", "Analyn", "Jocelyn", "Ramil", "Marites", "Bong", "Liezl", "Arnel"]
PH_LAST = ["Dizon", "Santos", "Reyes", "Bautista", "Villanueva", "Manalo", "Dela Cruz", "Mercado", "Pascual", "Tolentino"]


class Intl:
    """A person living outside the US, with that country's formats."""

    def __init__(self, rng, cc=None):
        self.rng = r = rng
        self.cc = cc or r.choice(list(COUNTRIES))
        c = COUNTRIES[self.cc]
        self.c = c
        f = fk(c["loc"], r)
        self.f = f
        if self.cc == "NG":
            self.first, self.last = r.choice(NG_FIRST), r.choice(NG_LAST)
        elif self.cc == "PH":
            self.first, self.last = r.choice(PH_FIRST), r.choice(PH_LAST)
        else:
            self.first, self.last = f.first_name(), f.last_name()
            for _ in range(20):  # vi_VN Faker mixes in English given names; redraw those
                if self.cc != "VN" or not self.first.isascii():
                    break
                self.first = f.first_name()
        self.nonlatin = self.cc in ("JP", "CN", "KR", "RU", "UA", "SA", "HI", "GR", "IL", "TH")

    def full(self):
        r = self.rng
        if self.cc in ("JP", "CN", "KR"):
            return self.last + ("" if self.cc != "KR" or r.random() < 0.7 else " ") + self.first if r.random() < 0.85 else f"{self.last} {self.first}"
        if self.cc == "VN":
            return f"{self.last} {self.first}"
        if self.cc == "HU":
            return f"{self.last} {self.first}"
        st = r.random()
        if st < 0.7 or self.nonlatin: return f"{self.first} {self.last}"
        if st < 0.8: return f"{self.last.upper()} {self.first}"
        if st < 0.9: return f"{self.first} {self.last}".lower()
        return f"{self.last}, {self.first}"

    def city(self):
        r, cc, f = self.rng, self.cc, self.f
        if cc == "TR": return r.choice(TR_CITIES)[1]
        if cc == "SA": return r.choice(SA_CITIES)[0]
        if cc == "NG": return r.choice(NG_CITIES)[1]
        if cc == "PH": return r.choice(PH_CITIES)[0]
        c = f.city()
        return re.sub(r"^(к\.|г\.|с\.|д\.|селище|місто|село|TP\.)\s*", "", c)

    def address(self):
        r, cc, f = self.rng, self.cc, self.f
        sep = r.choice([", ", ", ", "\n"])
        if cc == "TR":
            d, c, z = r.choice(TR_CITIES)
            return f"{f.street_name()} No: {r.randint(1, 120)} D: {r.randint(1, 20)}, {z} {d}/{c}"
        if cc == "SA":
            c, z = r.choice(SA_CITIES)
            return r.choice([f"حي {r.choice(['النخيل', 'العليا', 'الروضة', 'السلامة'])}، شارع {r.choice(['الملك فهد', 'التحلية', 'الأمير سلطان'])}، {c} {z}",
                             f"{r.randint(1000, 9999)} King Abdullah Rd, Al Nakheel, {c} {z}"])
        if cc == "NG":
            d, c, z = r.choice(NG_CITIES)
            return f"{r.randint(1, 80)} {r.choice(['Allen Avenue', 'Adeola Odeku Street', 'Awolowo Road', 'Aminu Kano Crescent', 'Ring Road'])}, {d}, {c} {z}"
        if cc == "PH":
            c, z = r.choice(PH_CITIES)
            return f"{r.randint(1, 400)} {r.choice(['Rizal St.', 'Mabini St.', 'Bonifacio Ave.', 'Quezon Blvd.'])}, Brgy. {r.choice(['San Roque', 'Poblacion', 'Santo Niño', 'Bagong Silang'])}, {c} {z}"
        if cc == "MX":
            return f"{r.choice(['Av.', 'Calle', 'Calz.'])} {f.street_name().split(' ')[-1]} {r.randint(1, 2500)}{r.choice(['', ' Int. ' + str(r.randint(1, 30))])}, Col. {r.choice(['Centro', 'Roma Norte', 'Del Valle', 'Las Américas', 'Jardines'])}, {r.randint(10000, 99999)} {r.choice(['Guadalajara, Jal.', 'Monterrey, N.L.', 'Puebla, Pue.', 'Ciudad de México, CDMX', 'Oaxaca, Oax.', 'Morelia, Mich.'])}"
        if cc == "GB" and r.random() < 0.5:
            town, pc = r.choice([("Leeds", "LS6 2AB"), ("Bristol", "BS7 8EJ"), ("Norwich", "NR2 4QF"), ("Glasgow", "G12 8QQ"), ("Swansea", "SA1 6HT"),
                                 ("Leicester", "LE2 1XA"), ("Belfast", "BT9 6AZ"), ("Plymouth", "PL4 8AA"), ("York", "YO10 5DD"), ("London", "SE15 4JD")])
            return f"{r.choice(['', 'Flat ' + str(r.randint(1, 12)) + ', '])}{r.randint(1, 220)} {f.street_name()}{sep}{town} {pc}"
        a = f.address()
        a = a.replace("\n", sep)
        return a

    def phone(self):
        r, cc = self.rng, self.cc
        if cc == "SA": return r.choice([f"+966 5{r.randint(0, 9)} {_digits(r, 3)} {_digits(r, 4)}", f"05{r.randint(0, 9)} {_digits(r, 3)} {_digits(r, 4)}"])
        if cc == "PH": return r.choice([f"+63 9{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 4)}", f"09{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 4)}"])
        if cc == "NG": return r.choice([f"+234 80{r.randint(2, 9)} {_digits(r, 3)} {_digits(r, 4)}", f"080{r.randint(2, 9)} {_digits(r, 3)} {_digits(r, 4)}"])
        if cc == "IE": return r.choice([f"+353 {r.choice(['1', '21', '91', '61'])} {_digits(r, 3)} {_digits(r, 4)}", f"08{r.choice('3567')} {_digits(r, 3)} {_digits(r, 4)}"])
        if cc == "MX": return r.choice([f"+52 {r.choice(['55', '33', '81'])} {_digits(r, 4)} {_digits(r, 4)}", f"({r.choice(['55', '33', '81'])}) {_digits(r, 4)} {_digits(r, 4)}"])
        if cc == "CA": return r.choice([f"+1 {r.choice(['416', '604', '514', '403'])} 555 01{_digits(r, 2)}", f"({r.choice(['416', '604', '514', '403'])}) 555-01{_digits(r, 2)}"])
        if cc == "IN": return r.choice([f"+91 9{_digits(r, 4)} {_digits(r, 5)}", f"0{r.choice(['80', '22', '11', '44'])} {_digits(r, 4)} {_digits(r, 4)}", f"+91-9{_digits(r, 9)}"])
        if cc == "TR": return r.choice([f"+90 5{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}", f"0 (5{_digits(r, 2)}) {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}"])
        if cc == "VN": return r.choice([f"+84 9{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}", f"09{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"])
        if cc == "GB" and r.random() < 0.5: return r.choice([f"+44 20 7946 0{_digits(r, 3)}", f"020 7946 0{_digits(r, 3)}", f"07700 900{_digits(r, 3)}", f"+44 7700 900{_digits(r, 3)}"])
        return self.f.phone_number()

    def email(self):
        r = self.rng
        if self.nonlatin or r.random() < 0.5:  # Faker user name, but always on a reserved example domain
            return self.f.user_name() + "@" + r.choice(["example.com", "example.org", "example.net"])
        f, l = ascii_fold(self.first).lower().replace(" ", ""), ascii_fold(self.last).lower().replace(" ", "")
        tld = {"GB": "co.uk", "DE": "de", "FR": "fr", "IT": "it", "BR": "com.br", "MX": "com.mx", "ES": "es", "AU": "com.au", "NL": "nl",
               "PL": "pl", "IN": "in", "CA": "ca", "JP": "jp"}.get(self.cc, "com")
        return f"{f}.{l}@example.{tld}"

    def dob(self):
        r = self.rng
        fmt = r.choice(self.c["dob"])
        m = r.randint(1, 12)
        return _d(r, fmt.replace("{M}", MONTHS[m - 1]))

    def iban(self):
        r = self.rng
        cc = self.c["iban"] or r.choice(["DE", "GB", "FR", "ES", "IT", "NL"])
        ib = make_iban(cc, r)
        ib = r.choice([ib, spaced(ib), spaced(ib), ib.lower(), spaced(ib).lower()])
        return r.choice(["IBAN", "IBAN:", "iban", "IBAN no.", ""]), ib

    def health_id(self):
        r, cc = self.rng, self.cc
        if cc == "GB": return "NHS number", nhs_number(r)
        if cc == "CA": return r.choice(["OHIP", "health card"]), f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}-{r.choice(['AB', 'XK', 'MT'])}"
        if cc == "AU": return "Medicare no.", f"{_digits(r, 4)} {_digits(r, 5)} {r.randint(1, 9)}"
        if cc in ("DE", "AT", "CH"): return r.choice(["Versichertennummer", "KVNR"]), f"{r.choice(string.ascii_uppercase)}{_digits(r, 9)}"
        if cc == "FR": return "n° de sécu", f"{r.randint(1, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}"
        if cc == "IN": return "ABHA", f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}"
        if cc == "MX": return "NSS", _digits(r, 11)
        if cc == "BR": return "cartão SUS", f"{_digits(r, 3)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}"
        if cc == "NL": return "BSN", _digits(r, 9)
        if cc == "JP": return "保険証番号", _digits(r, 8)
        return r.choice(["patient no.", "hospital no.", "insurance no."]), f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}-{_digits(r, 7)}"
