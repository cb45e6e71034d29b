"""Own templates filled with Faker values. Returns markup strings parsed by common.parse."""
import random
from faker import Faker
from common import iban, luhn_card

LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
           "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_CA", "en_IN"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU"]
ADDR_LOCALES = ["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "en_IN", "en_CA", "it_IT", "nl_NL", "es_ES", "pl_PL", "zh_CN", "ko_KR"]
PHONE_FMT = {  # local-format international phones
    "en_GB": ["+44 20 7946 0{d3}", "020 7946 0{d3}", "+44 7700 900{d3}", "0161 496 0{d3}"],
    "de_DE": ["+49 30 {d7}", "030 {d4} {d3}", "+49 89 {d3} {d4}", "0171 {d7}"],
    "fr_FR": ["+33 1 {d2} {d2} {d2} {d2}", "01 {d2} {d2} {d2} {d2}", "+33 6 {d2} {d2} {d2} {d2}"],
    "es_MX": ["+52 55 {d4} {d4}", "+52 1 33 {d4} {d4}", "55 {d4} {d4}"],
    "pt_BR": ["+55 11 9{d4}-{d4}", "(21) 9{d4}-{d4}"],
    "ja_JP": ["+81 3-{d4}-{d4}", "03-{d4}-{d4}", "090-{d4}-{d4}"],
    "en_IN": ["+91 98{d3} {d5}", "+91 80 {d4} {d4}", "0{d2}-{d4}{d4}"],
    "en_CA": ["+1 416 555 0{d3}", "(604) 555-0{d3}"],
    "it_IT": ["+39 06 {d4} {d4}", "+39 333 {d3} {d4}"],
    "nl_NL": ["+31 20 {d3} {d4}", "06-{d4}{d4}"],
    "es_ES": ["+34 91 {d3} {d2} {d2}", "+34 6{d2} {d3} {d3}"],
    "pl_PL": ["+48 22 {d3} {d2} {d2}", "+48 5{d2} {d3} {d3}"],
    "zh_CN": ["+86 10 {d4} {d4}", "+86 138 {d4} {d4}"],
    "ko_KR": ["+82 2 {d3} {d4}", "010-{d4}-{d4}"],
    "ru_RU": ["+7 495 {d3}-{d2}-{d2}", "8 (916) {d3}-{d2}-{d2}"],
    "tr_TR": ["+90 212 {d3} {d2} {d2}"],
    "ar_SA": ["+966 11 {d3} {d4}", "+966 5{d1} {d3} {d4}"],
}
US_PHONE = ["({a}) 555-0{d3}", "{a}-555-0{d3}", "{a}.555.0{d3}", "{a}5550{d3}", "+1 {a} 555 0{d3}", "1-{a}-555-0{d3}",
            "001-{a}-555-0{d3}", "{a}-555-0{d3} x{d4}", "({a}) 555-0{d3} ext. {d2}", "{a}.555.0{d3} extension {d1}", "+1 ({a}) 555-0{d3}", "{a} 555 0{d3}"]
AREA = ["205", "251", "312", "414", "503", "512", "602", "608", "713", "719", "801", "816", "859", "901", "916", "919", "206", "317", "402", "505"]
# US towns/cities; many are ordinary words or people's names
US_CITIES = ["Mobile", "Reading", "Normal", "Independence", "Eugene", "Austin", "Jackson", "Madison", "Florence", "Charlotte",
             "Tyler", "Troy", "Aurora", "Orange", "Buffalo", "Bend", "Hope", "Paradise", "Mesa", "Bath", "Commerce", "Liberty",
             "Victoria", "Lincoln", "Warren", "Marion", "Chester", "Auburn", "Salem", "Dayton", "Tempe", "Provo", "Boise",
             "Plano", "Fresno", "Tacoma", "Spokane", "Duluth", "Fargo", "Toledo", "Akron", "Peoria", "Joliet", "Macon",
             "Savannah", "Augusta", "Columbia", "Lafayette", "Beaumont", "Waco", "Odessa", "Midland", "Pueblo", "Boulder",
             "Reno", "Ogden", "Billings", "Casper", "Laramie", "Helena", "Athens", "Rome", "Kent", "Sterling", "Clinton",
             "Franklin", "Hudson", "Georgetown", "Camden", "Newark", "Trenton", "Scranton", "Erie", "Albany", "Utica",
             "Ithaca", "Burlington", "Concord", "Nashua", "Portland", "Bangor", "Lowell", "Worcester", "Hartford", "Chattanooga",
             "Knoxville", "Memphis", "Tulsa", "Wichita", "Topeka", "Omaha", "Sioux Falls", "Rapid City", "Cheyenne", "Flagstaff",
             "Eureka", "Redding", "Merced", "Visalia", "Bakersfield", "Temple", "Sherman", "Denton", "Kingman", "Mercer", "Jasper", "Carmel"]
US_STATES = ["AL", "AZ", "CA", "CO", "FL", "GA", "IL", "IN", "KY", "MI", "MN", "MO", "NC", "NY", "OH", "OR", "PA", "TN", "TX", "WA", "WI"]
CLIN = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline", "oxycodone",
        "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "insulin glargine", "prednisone", "albuterol", "Ozempic",
        "hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "Hemoglobin A1c", "COPD", "Alzheimer's",
        "type 2 diabetes", "heart failure", "chronic kidney disease", "asthma", "migraine", "depression", "hypothyroidism",
        "blood pressure", "cholesterol", "lipid panel", "creatinine", "INR", "TSH", "knee", "left hip", "lower back", "colonoscopy",
        "dialysis", "physical therapy", "chemo", "MRI", "CT scan", "pneumonia", "UTI", "shingles vaccine", "flu shot", "neuropathy",
        "tramadol", "donepezil", "furosemide", "clopidogrel", "Xarelto", "Jardiance", "omeprazole", "vitamin B12", "fish oil"]
REL = ["Mom", "Dad", "Grandpa", "Grandma", "my husband", "my wife", "Auntie", "my son", "my daughter", "Papa", "Nana"]
OTHERKEEP = ["We'll", "She'd", "I'm", "Don't", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "January", "March",
             "Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "Medicaid", "CVS", "988", "1-800-222-1222", "Morning Walk Group"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = {loc: Faker(loc) for loc in LOCALES}
        for i, loc in enumerate(LOCALES):
            self.f[loc].seed_instance(seed + i)
        self.us = self.f["en_US"]

    def d(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def fmt(self, pat):
        r = self.r
        import re
        pat = pat.replace("{a}", r.choice(AREA))
        return re.sub(r"\{d(\d)\}", lambda m: self.d(int(m.group(1))), pat)

    # --- values
    def us_phone(self):
        return self.fmt(self.r.choice(US_PHONE))

    def intl_phone(self, loc=None):
        loc = loc or self.r.choice(list(PHONE_FMT))
        return self.fmt(self.r.choice(PHONE_FMT[loc]))

    def name(self, loc="en_US", part="full"):
        f = self.f[loc]
        if part == "first": return f.first_name()
        if part == "last": return f.last_name()
        n = f.name() if loc not in ("ja_JP", "zh_CN", "ko_KR") else f.last_name() + f.first_name()
        return n

    def case(self, s, w=(6, 2, 2)):
        c = self.r.choices(["title", "lower", "upper"], weights=w)[0]
        return s if c == "title" else (s.lower() if c == "lower" else s.upper())

    def city(self):
        return self.r.choice(US_CITIES)

    def us_address(self, oneline=None):
        r, f = self.r, self.us
        kind = r.choices(["street", "unit", "pobox", "military", "rr", "zip4"], weights=[5, 4, 1, 1, 1, 2])[0]
        city, st = f.city(), r.choice(US_STATES)
        z = f.zipcode()
        if kind == "street":
            a = f"{f.building_number()} {f.street_name()}, {city}, {st} {z}"
        elif kind == "unit":
            unit = r.choice([f"Apt. {r.randint(1,30)}{r.choice('ABCD')}", f"Suite {r.randint(100,900)}", f"#{r.randint(1,40)}", f"Unit {r.randint(1,20)}", f"Apt {r.randint(1,400)}"])
            a = f"{f.building_number()} {f.street_name()} {unit}, {city}, {st} {z}"
        elif kind == "pobox":
            a = f"PO Box {r.randint(10,9999)}, {city}, {st} {z}"
        elif kind == "military":
            a = r.choice([f"PSC {r.randint(1000,9999)}, Box {r.randint(1,9999)}\nAPO AE {r.randint(9000,9899):05d}",
                          f"Unit {r.randint(1000,9999)} Box {r.randint(1,9999)}, DPO AP {r.randint(96200,96699)}",
                          f"CMR {r.randint(100,999)} Box {r.randint(1,999)}, APO AE {r.randint(9000,9899):05d}",
                          f"USNS {f.last_name()}, FPO AA {r.randint(34000,34099)}"])
        elif kind == "rr":
            a = f"RR {r.randint(1,9)} Box {r.randint(1,300)}, {city}, {st} {z}"
        else:
            a = f"{f.building_number()} {f.street_name()}, {city}, {st} {z}-{self.d(4)}"
        if oneline is False or (oneline is None and r.random() < 0.25):
            a = a.replace(", " + city, "\n" + city, 1)
        return a

    def intl_address(self, loc=None):
        loc = loc or self.r.choice(ADDR_LOCALES)
        a = self.f[loc].address()
        if self.r.random() < 0.6:
            a = a.replace("\n", ", ")
        return loc, a

    def dob(self):
        r = self.r
        y, m, dd = r.randint(1928, 1975), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y % 100:02d}", f"{y}-{m:02d}-{dd:02d}", f"{MONTHS[m-1]} {dd}, {y}",
                         f"{dd} {MONTHS[m-1]} {y}", f"{MONTHS[m-1][:3]} {dd} {y}", f"{m}-{dd}-{y}", f"{m}.{dd}.{y}"])

    def dob_intl(self):
        r = self.r
        y, m, dd = r.randint(1928, 1975), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m:02d}.{y}", f"{y}年{m}月{dd}日", f"{dd:02d}-{m:02d}-{y}"])

    def ssn(self):
        a, b, c = f"{self.r.randint(100, 665)}", self.d(2), self.d(4)
        if b == "00": b = "42"
        return self.r.choice([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}"])

    def mrn(self):
        r = self.r
        L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        return r.choice([self.d(r.choice([5, 6, 7, 8, 9, 10])), self.d(r.choice([5, 6, 7, 8])), f"{L(r.randint(1,3))}{self.d(r.randint(5,9))}",
                         f"{self.d(3)}-{self.d(3)}-{self.d(3)}", f"{self.d(2)}-{self.d(5)}", f"{L(2)}-{self.d(6)}", f"{self.d(4)} {self.d(4)}",
                         f"{self.d(3)}.{self.d(3)}.{self.d(2)}", f"{L(3)} {self.d(3)} {self.d(3)}", f"{self.d(1)}{L(2)}{self.d(1)}-{L(2)}{self.d(1)}-{L(2)}{self.d(2)}",
                         f"{L(1)}{self.d(4)}-{self.d(2)}", f"MRN{self.d(7)}", f"{self.d(7)}-{self.d(1)}"])

    def email(self, first, last, loc="en_US"):
        r = self.r
        import unicodedata
        norm = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()
        fi, la = norm(first) or "user", norm(last) or "mail"
        dom = r.choice(["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk" if loc != "en_US" else "example.us"])
        return r.choice([f"{fi}.{la}@{dom}", f"{fi[0]}{la}{r.randint(1,99)}@{dom}", f"{la}.{fi}@{dom}", f"{fi}{r.randint(1940,1999)}@{dom}"])

    def url(self, first, last):
        import unicodedata
        norm = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()
        fi, la = norm(first) or "home", norm(last) or "page"
        return self.r.choice([f"https://www.{fi}{la}.com", f"http://{fi}-{la}.net/about", f"https://www.facebook.com/{fi}.{la}",
                              f"https://linkedin.com/in/{fi}-{la}-{self.d(3)}", f"www.{la}family.org", f"https://{fi}{la}.blogspot.com"])

    def routing(self):
        d = [self.r.randrange(10) for _ in range(8)]
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        chk = (10 - sum(a * b for a, b in zip(d, w)) % 10) % 10
        return "".join(map(str, d + [chk]))

    def account(self):
        r = self.r
        c = r.choice(["iban", "ibans", "ibanl", "card", "cardx", "bank"])
        if c == "iban": return "INTL", r.choice(["IBAN ", "iban: ", "IBAN: ", ""]), iban(r)
        if c == "ibans": return "INTL", r.choice(["IBAN ", "iban ", ""]), iban(r, spaced=True)
        if c == "ibanl": return "INTL", r.choice(["iban ", ""]), iban(r, lower=True, spaced=r.random() < 0.5)
        if c == "card": return "US", r.choice(["card ", "cc ", "visa ", "credit card ", "Card #", "CC: "]), luhn_card(r, sep=r.choice([" ", "-", ""]))
        if c == "cardx": return "US", r.choice(["card ", "credit card number ", "visa "]), luhn_card(r, valid=False, sep=r.choice([" ", "-"]))
        return "US", r.choice(["acct # ", "account number ", "checking account ", "bank account "]), self.d(r.randint(8, 12))

    def keeps(self, n=2):
        return self.r.sample(CLIN, n)
