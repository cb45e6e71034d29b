"""Value factory for the template messages (Faker + own lists). Returns markup snippets."""
import random, string
from faker import Faker

EVERYDAY_FIRST = ["Will", "Hope", "June", "Bud", "Faith", "Rusty", "Dusty", "Sunny", "Grant", "Gay",
                  "Dawn", "Page", "Lane", "Rose", "Joy", "Skip", "Buck", "Patience", "Mercy", "Sky",
                  "April", "Harmony", "Chase", "Hunter", "Autumn", "Summer", "Ivy", "Pearl", "Ruby",
                  "Reed", "Clay", "Dale", "Glen", "Chip", "Sandy", "Honey", "Misty", "Stormy", "Penny"]
NICK = ["Bubba", "Sissy", "Junior", "Tootie", "Bucky", "Peaches", "Lil Man", "Boo", "Pookie", "Scooter",
        "Mimi", "Gigi", "Nana Jo", "Pop Pop Ed", "Cookie", "Sonny", "T-Bone", "Bitsy", "Red", "Doc"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Lane", "Grant", "Page", "Bishop",
                 "Fox", "Hunter", "Bell", "Marsh", "Stone", "Wood", "Little", "Moody", "Small", "King",
                 "Rich", "Sharp", "Church", "Banks", "Day", "Frost", "Gay", "Love", "Friend", "Summers"]
PARTICLE = ["de la Cruz", "de la Rosa", "van der Berg", "van der Meer", "Van Dyke", "O'Neill", "O'Brien",
            "O'Shea", "bin Hassan", "bin Abdullah", "De Luca", "del Toro", "dos Santos", "da Silva",
            "McAllister", "MacLeod", "St. Pierre", "Le Blanc", "Di Stefano", "Ten Eyck", "von Braun",
            "Abu-Ghazaleh", "Nakamura-Reyes", "Okafor-Smith", "García-Lopez", "Mac Giolla"]
ROLES = ["Dr.", "Dr", "Pastor", "Deacon", "Officer", "Aunt", "Uncle", "Mr.", "Mrs.", "Ms.", "Miss",
         "Nurse", "Sister", "Brother", "Father", "Rev.", "Coach", "Grandma", "Cousin", "Sgt.", "Elder",
         "Judge", "Tía", "Tio", "Auntie", "Mr", "Mrs"]
RN_SUFFIX = ["RN", "LPN", "CNA", "NP", "PT", "OT", "MSW", "PharmD", "MD", "DO", "LCSW", "BSN, RN"]
STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
          "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
          "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
          "WI", "WY"]
TOWNS = ["Hollis", "Mapleton", "Tifton", "Ozark", "Clarksville", "Bucksport", "Elkhorn", "Pineville",
         "Cottonwood", "Sterling", "Humboldt", "Marshalltown", "Greenville", "Fairview", "Salem", "Madison",
         "Georgetown", "Franklin", "Oxford", "Milford", "Dover", "Ashland", "Burlington", "Winchester",
         "Chesterfield", "Lexington", "Jasper", "Waverly", "Harlan", "Red Oak", "Cut Bank", "Hazard",
         "Show Low", "Truth or Consequences", "Paw Paw", "Boring", "Hope", "Faith", "Grant"]
AREA = ["205", "251", "907", "480", "602", "520", "501", "870", "209", "213", "310", "415", "619", "714",
        "916", "303", "719", "203", "302", "305", "407", "813", "904", "229", "404", "478", "808", "208",
        "217", "312", "618", "219", "317", "319", "515", "712", "316", "785", "270", "502", "606", "225",
        "318", "337", "504", "207", "301", "410", "413", "617", "231", "313", "616", "218", "612", "228",
        "601", "314", "417", "573", "406", "308", "402", "702", "603", "201", "973", "505", "575", "212",
        "315", "518", "716", "252", "336", "704", "919", "701", "216", "419", "614", "405", "918", "503",
        "541", "215", "412", "717", "401", "803", "843", "605", "423", "615", "901", "931", "210", "214",
        "432", "512", "713", "806", "915", "956", "435", "801", "802", "276", "540", "757", "206", "509",
        "304", "414", "608", "715", "307"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net",
             "att.net", "verizon.net", "sbcglobal.net", "bellsouth.net", "charter.net", "protonmail.com",
             "windstream.net", "msn.com", "live.com", "me.com", "frontier.com", "cox.net", "juno.com"]

INTL_LOCALES = {
    # country: (faker locale, script is non-Latin)
    "GB": ("en_GB", False), "DE": ("de_DE", False), "FR": ("fr_FR", False), "ES": ("es_ES", False),
    "MX": ("es_MX", False), "IT": ("it_IT", False), "BR": ("pt_BR", False), "NL": ("nl_NL", False),
    "PL": ("pl_PL", False), "JP": ("ja_JP", True), "CN": ("zh_CN", True), "KR": ("ko_KR", True),
    "IN": ("hi_IN", True), "RU": ("ru_RU", True), "TR": ("tr_TR", False), "VN": ("vi_VN", False),
    "CA": ("en_CA", False), "GR": ("el_GR", True), "IL": ("he_IL", True), "TH": ("th_TH", True),
    "UA": ("uk_UA", True), "IR": ("fa_IR", True), "SA": ("ar_SA", True), "PH": ("en_PH", False),
}
IBAN_SPECS = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10",
              "PL": "n24", "PT": "n21", "BE": "n12", "AT": "n16", "CH": "n17", "IE": "a4n14",
              "TR": "n22", "SA": "n22", "AE": "n19", "BR": "n23a2", "SE": "n20", "NO": "n11",
              "DK": "n14", "FI": "n14", "GR": "n23", "RO": "a4n16", "MX": None}


class V:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.us = Faker("en_US"); self.us.seed_instance(seed)
        self.fk = {}
        for i, (cc, (loc, _)) in enumerate(sorted(INTL_LOCALES.items())):
            try:
                f = Faker(loc)
            except Exception:
                f = Faker("en_US")
            f.seed_instance(seed + 17 * (i + 1))
            self.fk[cc] = f

    # ---------- helpers
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def digits(self, k):
        return "".join(self.r.choice(string.digits) for _ in range(k))

    def letters(self, k):
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(k))

    # ---------- US people
    def first(self):
        x = self.r.random()
        if x < 0.55:
            return self.us.first_name()
        if x < 0.9:
            return self.c(EVERYDAY_FIRST)
        return self.c(NICK)

    def last(self):
        x = self.r.random()
        if x < 0.55:
            return self.us.last_name()
        if x < 0.75:
            return self.c(WORD_SURNAMES)
        if x < 0.9:
            return self.c(PARTICLE)
        return f"{self.us.last_name()}-{self.us.last_name()}"

    def full(self):
        x = self.r.random()
        f, l = self.first(), self.last()
        if x < 0.6:
            return f"{f} {l}"
        if x < 0.75:
            return f"{f} {self.letters(1)}. {l}"
        if x < 0.85:
            return f'{self.us.first_name()} "{self.c(NICK + EVERYDAY_FIRST)}" {l}'
        if x < 0.93:
            return f"{l}, {f}"
        return f"{f} {l} Jr." if self.p(0.5) else f"{f} {l} III"

    # ---------- US locations
    def unit(self):
        return self.c([f"Apt {self.r.randint(1, 30)}{self.c('ABCDEF')}", f"Apt. {self.r.randint(1, 450)}",
                       f"Suite {self.r.randint(100, 950)}", f"#{self.r.randint(1, 40)}", f"Unit {self.r.randint(1, 24)}",
                       f"Ste {self.r.randint(100, 400)}", f"Lot {self.r.randint(1, 90)}", f"Apt {self.r.randint(1, 9)}R",
                       f"Trlr {self.r.randint(1, 40)}", f"Bldg {self.c('ABCD')} Apt {self.r.randint(100, 330)}"])

    def zipc(self):
        z = self.us.zipcode()
        return f"{z}-{self.digits(4)}" if self.p(0.25) else z

    def street(self):
        return f"{self.r.randint(1, 19999)} {self.us.street_name()}"

    def city_state(self):
        city = self.us.city() if self.p(0.7) else self.c(TOWNS)
        return city, self.c(STATES)

    def us_address(self, kind=None):
        city, st = self.city_state()
        kind = kind or self.c(["std", "std", "std", "unit", "unit", "unit", "multi", "rural", "rural", "pobox",
                               "military", "noabbr"])
        if kind == "std":
            return f"{self.street()}, {city}, {st} {self.zipc()}"
        if kind == "unit":
            sep = self.c([", ", " "])
            return f"{self.street()}{sep}{self.unit()}, {city}, {st} {self.zipc()}"
        if kind == "multi":
            return f"{self.street()} {self.unit()}\n{city}, {st} {self.zipc()}"
        if kind == "rural":
            form = self.c([f"RR {self.r.randint(1, 9)} Box {self.r.randint(1, 299)}",
                           f"Rural Route {self.r.randint(1, 6)}, Box {self.r.randint(1, 99)}{self.c(['', 'A', 'B'])}",
                           f"HC {self.r.randint(1, 89)} Box {self.r.randint(10, 4999)}",
                           f"{self.r.randint(100, 9999)} County Road {self.r.randint(1, 999)}",
                           f"{self.r.randint(100, 9999)} CR {self.r.randint(1, 999)}",
                           f"N{self.r.randint(1000, 9999)} County Rd {self.letters(1)}",
                           f"{self.r.randint(1000, 39999)} State Hwy {self.r.randint(1, 299)}",
                           f"Star Route Box {self.r.randint(1, 99)}"])
            return f"{form}, {city}, {st} {self.us.zipcode()}" if self.p(0.75) else f"{form}, {city}"
        if kind == "pobox":
            b = self.c(["PO Box", "P.O. Box", "P O Box", "Post Office Box"])
            return f"{b} {self.r.randint(1, 9999)}, {city}, {st} {self.zipc()}"
        if kind == "military":
            return self.c([
                f"PSC {self.r.randint(1000, 9999)}, Box {self.r.randint(1, 9999)}, APO AE {self.r.choice(['09', '09'])}{self.digits(3)}",
                f"Unit {self.r.randint(1000, 9999)} Box {self.r.randint(1, 9999)}, DPO AE 09{self.digits(3)}",
                f"CMR {self.r.randint(400, 499)} Box {self.r.randint(1, 9999)}, APO AE 09{self.digits(3)}",
                f"PSC {self.r.randint(1000, 9999)} Box {self.r.randint(1, 999)}, FPO AP 96{self.digits(3)}",
                f"USNS {self.us.last_name()}, FPO AP 96{self.digits(3)}-{self.digits(4)}",
                f"Unit {self.r.randint(1000, 9999)}, Box {self.r.randint(1, 999)}, APO AA 340{self.digits(2)}"])
        if kind == "noabbr":
            return f"{self.street()}, {city}, {self.us.state()} {self.us.zipcode()}"
        raise ValueError(kind)

    def town(self):
        return self.us.city() if self.p(0.6) else self.c(TOWNS)

    # ---------- US phones
    def us_phone(self):
        a = self.c(AREA)
        e = self.c(["555", str(self.r.randint(201, 989))])
        n = f"01{self.digits(2)}" if e == "555" else self.digits(4)
        fmt = self.c([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}", f"+1 {a} {e} {n}",
                      f"1-{a}-{e}-{n}", f"001-{a}-{e}-{n}", f"({a}){e}-{n}", f"{a} {e} {n}", f"+1 ({a}) {e}-{n}",
                      f"{a}/{e}-{n}", f"+1-{a}-{e}-{n}", f"1 ({a}) {e} {n}"])
        if self.p(0.15):
            fmt += self.c([f" x{self.r.randint(1, 9999)}", f" ext. {self.r.randint(1, 999)}",
                           f" extension {self.r.randint(1, 99)}", f" ext {self.r.randint(1, 999)}", f" X{self.r.randint(10, 99)}"])
        return fmt

    def vanity(self):
        w = self.c(["FLOWERS", "CARE-4-U", "MEDS-NOW", "GO-NANA", "HOMEAID", "RAMPS-R-US", "PLUMBER", "NURSE-4U",
                    "BUDS-4-U", "PIE-LADY", "FIX-IT-NOW"])
        w2 = w.replace("-", "")
        return self.c([f"1-800-{w}", f"1-888-{w}", f"({self.c(AREA)}) {w2[:3]}-{w2[3:7]}", f"1-877-{w}"])

    # ---------- email / url
    def email(self, name=None):
        name = name or f"{self.us.first_name()} {self.us.last_name()}"
        parts = [p for p in name.replace('"', "").replace("'", "").replace(",", "").replace(".", "").split() if p]
        parts = [p.lower() for p in parts if p.isalpha()] or ["care"]
        f, l = parts[0], parts[-1]
        local = self.c([f"{f}.{l}", f"{f}{l}{self.r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}", f"{f}_{l}",
                        f"{f}{self.r.randint(1940, 1999)}", f"{l}family", f"{f}.{l}.{self.r.randint(1, 9)}"])
        dom = self.c(EMAIL_DOM) if self.p(0.8) else self.us.domain_name()
        e = f"{local}@{dom}"
        return e.upper() if self.p(0.05) else e

    def url(self, name=None):
        name = name or f"{self.us.first_name()} {self.us.last_name()}"
        parts = [p.lower() for p in name.replace('"', "").replace("'", "").replace(",", "").replace(".", "").split() if p.isalpha()] or ["family"]
        f, l = parts[0], parts[-1]
        return self.c([f"https://www.{f}{l}.com", f"facebook.com/{f}.{l}.{self.r.randint(1, 999)}",
                       f"https://www.linkedin.com/in/{f}-{l}-{self.r.randint(10, 99)}b",
                       f"www.caringbridge.org/visit/{f}{l}", f"https://gofund.me/help-{f}-{l}",
                       f"https://www.gofundme.com/f/{f}-{l}-medical-bills", f"instagram.com/{f}_{l}",
                       f"http://{f}{l}.blogspot.com", f"https://{f}-{l}.mystrikingly.com",
                       f"https://www.legacy.com/obituaries/name/{f}-{l}-obituary",
                       f"mealtrain.com/trains/{f}{l}{self.r.randint(1, 9)}", f"https://x.com/{f}{l[:3]}",
                       f"https://www.youtube.com/@{f}{l}", f"lotsahelpinghands.com/c/{self.r.randint(100000, 999999)}-{l}"])

    # ---------- numbers
    def ssn(self):
        a, b, c = self.r.randint(100, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        return self.c([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"])

    def mrn(self):
        L = self.letters
        mbi = f"{self.r.randint(1, 9)}{L(1)}{self.c(['', ''])}{self.c(string.ascii_uppercase + string.digits)}{self.r.randint(0, 9)}-{L(1)}{self.c(string.ascii_uppercase + string.digits)}{self.r.randint(0, 9)}-{L(2)}{self.digits(2)}"
        return self.c([self.digits(self.r.randint(6, 10)), f"{L(1)}{self.digits(7)}", f"{L(2)}-{self.digits(6)}",
                       mbi, mbi.replace("-", ""), f"{L(3)}{self.digits(9)}", f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                       f"{self.c(STATES)}{self.digits(8)}{L(1)}", f"{L(1)}{self.digits(2)}-{self.digits(4)}-{self.r.randint(0, 9)}",
                       f"{self.digits(2)}-{self.digits(3)}-{self.digits(4)}"])

    def dob(self):
        import datetime
        d = datetime.date(1922, 1, 1) + datetime.timedelta(days=self.r.randint(0, 16400))  # 1922..1966, no today()
        mon = d.strftime("%B"); ab = d.strftime("%b")
        return self.c([d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{str(d.year)[2:]}",
                       f"{mon} {d.day}, {d.year}", f"{d.day} {ab} {d.year}", d.strftime("%Y-%m-%d"),
                       f"{ab}. {d.day} '{str(d.year)[2:]}", f"{d.month}-{d.day}-{d.year}", f"{d.month}.{d.day}.{d.year}",
                       f"{mon.lower()} {d.day} {d.year}", f"{ab} {d.day} {d.year}"])

    def routing(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.r.choice([0, 1, 2, 3])
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            chk = (10 - s % 10) % 10
            return "".join(map(str, d)) + str(chk)

    def card(self):
        kind = self.c(["visa", "mc", "amex", "disc"])
        pre, n = {"visa": ("4" + self.digits(5), 16), "mc": ("5" + self.c("12345") + self.digits(4), 16),
                  "amex": ("3" + self.c("47") + self.digits(4), 15), "disc": ("6011" + self.digits(2), 16)}[kind]
        body = pre + self.digits(n - len(pre) - 1)
        tot = 0
        for i, ch in enumerate(reversed(body)):
            x = int(ch)
            if i % 2 == 0:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        chk = (10 - tot % 10) % 10
        if self.p(0.2):
            chk = (chk + self.r.randint(1, 9)) % 10  # deliberately invalid Luhn
        num = body + str(chk)
        if kind == "amex":
            fmt = self.c([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
        else:
            fmt = self.c([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num, "-".join(num[i:i + 4] for i in range(0, 16, 4))])
        return kind, fmt

    def iban(self, cc=None):
        cc = cc or self.c([k for k, v in IBAN_SPECS.items() if v])
        spec = IBAN_SPECS[cc]
        bban = ""
        i = 0
        while i < len(spec):
            t = spec[i]; j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            k = int(spec[i + 1:j])
            bban += self.digits(k) if t == "n" else self.letters(k)
            i = j
        s = bban + cc + "00"
        ck = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
        ib = f"{cc}{ck:02d}{bban}"
        if self.p(0.5):
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if self.p(0.2):
            ib = ib.lower()
        return ib

    # ---------- international
    def intl_cc(self, nonlatin=None):
        ccs = [k for k, (loc, nl) in INTL_LOCALES.items() if nonlatin is None or nl == nonlatin]
        return self.c(ccs)

    def intl_name(self, cc):
        f = self.fk[cc]
        if cc in ("JP", "CN", "KR"):
            return f.last_name() + ("" if cc != "JP" else " ") + f.first_name() if cc != "KR" else f.last_name() + f.first_name()
        try:
            return f"{f.first_name()} {f.last_name()}"
        except Exception:
            return f.name()

    def intl_phone(self, cc):
        d = self.digits; r = self.r
        m = {
            "GB": [f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"+44 161 496 0{d(3)}", f"0113 496 0{d(3)}"],
            "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 171 {d(7)}", f"0171 {d(7)}", f"+49 (0)89 {d(6)}"],
            "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
            "ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 91 {d(3)} {d(4)}"],
            "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
            "IT": [f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}", f"+39 02 {d(8)}"],
            "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}"],
            "NL": [f"+31 6 {d(8)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"+31 20 {d(3)} {d(4)}"],
            "PL": [f"+48 {r.randint(500, 799)} {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}"],
            "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}"],
            "CN": [f"+86 1{r.randint(30, 89)} {d(4)} {d(4)}", f"1{r.randint(30, 89)}{d(8)}", f"+86 10 {d(4)} {d(4)}"],
            "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"],
            "IN": [f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"+91-{r.randint(70, 99)}{d(8)}", f"+91 11 {d(4)} {d(4)}"],
            "RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (495) {d(3)}-{d(2)}-{d(2)}"],
            "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (212) {d(3)} {d(2)} {d(2)}"],
            "VN": [f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"09{d(2)} {d(3)} {d(3)}"],
            "CA": [f"+1 416 {r.randint(201, 989)} {d(4)}", f"(604) {r.randint(201, 989)}-{d(4)}", f"1-514-{r.randint(201, 989)}-{d(4)}"],
            "GR": [f"+30 210 {d(3)} {d(4)}", f"+30 69{d(1)} {d(3)} {d(4)}"],
            "IL": [f"+972 5{d(1)}-{d(3)}-{d(4)}", f"05{d(1)}-{d(3)}-{d(4)}"],
            "TH": [f"+66 8{d(1)} {d(3)} {d(4)}", f"08{d(1)}-{d(3)}-{d(4)}"],
            "UA": [f"+380 {r.randint(50, 99)} {d(3)} {d(2)} {d(2)}"],
            "IR": [f"+98 912 {d(3)} {d(4)}", f"0912 {d(3)} {d(4)}"],
            "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"],
            "PH": [f"+63 9{d(2)} {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}"],
        }[cc]
        return self.c(m)

    def intl_address(self, cc):
        f = self.fk[cc]; r = self.r; d = self.digits
        if cc == "GB":
            return self.c([f"{r.randint(1, 220)} {f.street_name()}, {f.city()} {f.postcode()}",
                           f"Flat {r.randint(1, 30)}, {r.randint(1, 99)} {f.street_name()}, {f.city()}, {f.postcode()}"])
        if cc in ("DE", "NL", "PL", "IT", "FR"):
            pc = f.postcode()
            return f"{f.street_address()}, {pc} {f.city()}"
        if cc == "ES":
            return f"{f.street_name()} {r.randint(1, 200)}, {r.randint(1, 9)}º {self.c('ABCD')}, {d(5)} {f.city()}"
        if cc == "MX":
            city, st = self.c([("Ciudad de México", "CDMX"), ("Guadalajara", "Jal."), ("Monterrey", "N.L."), ("Puebla", "Pue."), ("Oaxaca de Juárez", "Oax."), ("Mérida", "Yuc.")])
            return f"{f.street_name()} {r.randint(1, 999)}, Col. {f.city()}, {d(5)} {city}, {st}"
        if cc == "BR":
            return f"{f.street_name()}, {r.randint(1, 3000)}, apto {r.randint(11, 120)} - {f.bairro()}, {f.city()} - {f.estado_sigla()}, {f.postcode()}"
        if cc == "JP":
            return f"〒{f.zipcode()} {f.address()}"
        if cc in ("CN", "KR", "TH", "VN", "GR", "IL", "UA", "IR"):
            return " ".join(f.address().split("\n"))
        if cc == "RU":
            return f.address()
        if cc == "IN":
            return self.c([f"{r.randint(1, 400)}, {self.c(['MG Road', 'Anna Salai', 'Linking Road', 'Park Street', 'Brigade Road'])}, {self.c(['Bengaluru 560001', 'Chennai 600002', 'Mumbai 400050', 'Kolkata 700016', 'Pune 411001'])}",
                           " ".join(f.address().split("\n"))])
        if cc == "CA":
            return f"{f.street_address()}, {f.city()}, {f.province_abbr()} {f.postalcode()}"
        if cc == "TR":
            return f"{self.c(['Atatürk Cad.', 'İstiklal Cad.', 'Cumhuriyet Mah. Gül Sok.', 'Bağdat Cad.'])} No:{r.randint(1, 200)} D:{r.randint(1, 20)}, {r.randint(1, 8)}{d(4)} {self.c(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}"
        if cc == "SA":
            return self.c([f"{r.randint(1000, 9999)} {self.c(['King Fahd Rd', 'Olaya St', 'Tahlia St'])}, {self.c(['Riyadh', 'Jeddah', 'Dammam'])} {d(5)}",
                           f"حي {self.c(['النخيل', 'الملقا', 'الروضة'])}، {self.c(['الرياض', 'جدة'])} {d(5)}"])
        if cc == "PH":
            return f"{r.randint(1, 999)} {self.c(['Rizal Ave', 'Mabini St', 'Osmeña Blvd'])}, Brgy. {self.c(['San Isidro', 'Poblacion', 'Lahug'])}, {self.c(['Cebu City 6000', 'Quezon City 1100', 'Davao City 8000'])}"
        raise ValueError(cc)

    def intl_city(self, cc):
        f = self.fk[cc]
        try:
            return f.city()
        except Exception:
            return self.c(["Lagos", "Nairobi", "Manila"])

    def intl_email(self, cc):
        f = self.fk[cc]
        local = self.c([f"{self.us.first_name().lower()}.{self.digits(3)}", f.user_name() if cc not in ("CN", "JP", "KR", "IN", "RU", "GR", "IL", "TH", "UA", "IR", "SA") else f"user{self.digits(4)}"])
        dom = {"GB": "btinternet.com", "DE": "web.de", "FR": "orange.fr", "ES": "telefonica.net", "MX": "prodigy.net.mx",
               "IT": "libero.it", "BR": "uol.com.br", "NL": "ziggo.nl", "PL": "wp.pl", "JP": "yahoo.co.jp", "CN": "qq.com",
               "KR": "naver.com", "IN": "rediffmail.com", "RU": "yandex.ru", "TR": "hotmail.com.tr", "VN": "vnn.vn",
               "CA": "sympatico.ca", "GR": "otenet.gr", "IL": "walla.co.il", "TH": "hotmail.co.th", "UA": "ukr.net",
               "IR": "chmail.ir", "SA": "stc.com.sa", "PH": "yahoo.com.ph"}[cc]
        import unicodedata
        local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode() or "family"
        return f"{local}@{dom}"
