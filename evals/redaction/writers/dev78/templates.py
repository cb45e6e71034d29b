"""Template half of handwritten_dev78.jsonl (writer dev78, a helper session).

Own templates, filled with seeded Faker values (Faker.seed(7878), random.Random(7878)).
About half of the template messages follow the file's emphasis: record / member numbers
written WITHOUT a label (portal tables, family lists, numbers at the end of a line, split
over two lines, read out with spaces or dashes, next to ordinary numbers that are keep words).
The other half is an even spread over the spec: addresses (US one-line / multi-line / PO Box /
military / rural route / international), phones in many shapes, emails, URLs, SSNs, DOBs,
IBANs, cards, bank and routing numbers, in several styles.

generate() returns a list of dicts with keys style, text, identifiers, keep, source.
"""
import random
import re
import unicodedata

from faker import Faker

Faker.seed(7878)
R = random.Random(7878)

US = Faker("en_US")
LOCALES = {loc: Faker(loc) for loc in [
    "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "pt_BR", "es_MX",
    "en_CA", "en_IN", "ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "vi_VN", "tr_TR",
    "fr_CH", "de_AT", "en_IE", "fil_PH"]}

LETTERS = "ABCDEFGHJKMNPQRTUVWXY"
MBI_LET = "ACDEFGHJKMNPQRTUVWXY"
DIG = "0123456789"


def D(n):
    return "".join(R.choice(DIG) for _ in range(n))


def L(n):
    return "".join(R.choice(LETTERS) for _ in range(n))


# ----------------------------------------------------------------------------- keep pools
DRUGS = ["metformin 500 mg", "Eliquis 5 mg", "warfarin", "Lasix 40", "lisinopril 10 mg", "melatonin",
         "St. John's wort", "sertraline 50 mg", "oxycodone 5 mg", "atorvastatin 40 mg", "amlodipine 5 mg",
         "levothyroxine 50 mcg", "gabapentin 300 mg", "insulin glargine", "Humalog", "Ozempic",
         "Jardiance 10 mg", "prednisone 20 mg", "albuterol", "Symbicort", "donepezil 10 mg",
         "carbidopa-levodopa", "tamsulosin", "omeprazole 20 mg", "furosemide 20 mg", "Xarelto 20 mg",
         "clopidogrel 75 mg", "losartan 50 mg", "hydrochlorothiazide", "buprenorphine", "naloxone",
         "Keppra 500 mg", "vitamin D 1000 IU", "fish oil", "Tylenol 500 mg", "ibuprofen 400 mg",
         "potassium chloride 20 mEq", "Entresto", "spironolactone 25 mg", "methotrexate", "Humira"]
CONDITIONS = ["atrial fibrillation", "COPD", "Parkinson's", "Alzheimer's", "type 2 diabetes",
              "hypertension", "heart failure", "chronic kidney disease", "opioid use disorder",
              "hypertriglyceridemia", "asthma", "epilepsy", "rheumatoid arthritis", "osteoporosis",
              "dementia", "depression", "sleep apnea", "hypothyroidism", "gout", "anemia",
              "neuropathy", "macular degeneration", "multiple sclerosis", "lupus", "cellulitis"]
LABS = ["Hemoglobin A1c", "INR", "lipid panel", "CBC", "BMP", "TSH", "creatinine", "PSA",
        "urine culture", "vitamin B12", "ferritin", "potassium"]
PROCS = ["colonoscopy", "MRI", "CT scan", "echocardiogram", "cataract surgery", "knee replacement",
         "dialysis", "physical therapy", "mammogram", "sleep study", "infusion", "stress test",
         "bone density scan", "flu shot", "wound care", "chemo", "cardiac rehab", "hearing test"]
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "my husband", "my wife",
             "my son", "my daughter", "Auntie", "Uncle", "Mum", "Abuela", "Abuelo"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Kaiser", "Medicare", "Medicaid", "Rite Aid",
        "Cleveland Clinic", "Blue Cross", "Aetna", "Humana", "the VA"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September",
          "October", "November", "December"]
TIMES = ["8:30", "9 am", "10:15 am", "11:40", "1 pm", "2:45", "3 pm", "4:30 pm", "6 pm", "7:15 am"]
ROOMS = ["room 412", "room 12", "bed 3", "bay 6", "room 227", "room 5B", "bed 14", "room 803",
         "room 118", "room 30"]
DOSE_PAIRS = [("2 puffs", "albuterol"), ("10 units", "insulin glargine"), ("1 tab", "metformin 500 mg"),
              ("40 mg", "Lasix"), ("5 mg", "Eliquis"), ("2 units", "blood"), ("1 g", "ceftriaxone"),
              ("4 mg", "Zofran"), ("650 mg", "Tylenol"), ("0.5 mg", "lorazepam"), ("20 mEq", "potassium"),
              ("6 units", "Humalog"), ("1 patch", "nicotine patch"), ("2 tabs", "oxycodone 5 mg"),
              ("25 mg", "metoprolol"), ("1 dose", "naloxone")]
COUNTS = ["30 tablets", "90 tablets", "2 puffs", "3 visits", "12 sessions", "2 units", "60 capsules",
          "4 refills", "1 vial", "10 units"]
AMOUNTS = ["$45.20", "$35", "$120.00", "$8.75", "$212", "$1,140", "$60", "$15 copay", "$499.99"]
VITALS = ["BP 142/88", "A1c 7.9", "glucose 212", "weight 168 lb", "pulse 92", "temp 100.4",
          "O2 sat 91%", "INR 2.6", "BP 118/76", "A1c 6.4"]


def pick(xs):
    return R.choice(xs)


# ----------------------------------------------------------------------------- value makers
TITLE_RE = re.compile(r"^(Dr\.|Mr\.|Mrs\.|Ms\.|Miss|Prof\.|Lic\.|Ing\.|Sr\.|Sra\.|Srta\.|Dott\.|Mtro\.|Mme|M\.)\s+")
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Moss", "Stone", "Bell",
                 "Fox", "Lake", "Long", "Price", "Gray", "Banks", "Rivers", "Snow", "Day", "Hart"]
US_LOCALE_MIX = ["en_US"] * 8 + ["es_MX", "vi_VN", "en_IN", "fil_PH", "pl_PL", "it_IT", "pt_BR", "de_DE"]


def _fk(loc):
    return US if loc == "en_US" else LOCALES[loc]


def us_first():
    while True:
        n = TITLE_RE.sub("", _fk(pick(US_LOCALE_MIX)).first_name())
        if "." not in n:
            return n


def us_last():
    if R.random() < 0.15:
        return pick(WORD_SURNAMES)
    return TITLE_RE.sub("", _fk(pick(US_LOCALE_MIX)).last_name())


def intl_name(loc):
    f = LOCALES[loc]
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        return f.last_name() + (" " if loc == "ja_JP" else "") + f.first_name()
    return TITLE_RE.sub("", f.first_name()) + " " + TITLE_RE.sub("", f.last_name())


def mbi(dashes=None):
    s = (R.choice("123456789") + R.choice(MBI_LET) + R.choice(MBI_LET + DIG) + D(1) + R.choice(MBI_LET)
         + R.choice(MBI_LET + DIG) + D(1) + R.choice(MBI_LET) + R.choice(MBI_LET) + D(2))
    if dashes is None:
        dashes = R.random() < 0.6
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def member_base():
    """A family-shareable member id base and a function giving member k."""
    k = R.randrange(8)
    if k == 0:
        b = "W" + D(7)
        return lambda i: f"{b}{i:02d}"
    if k == 1:
        b = L(3) + D(7)
        return lambda i: f"{b}-{i:02d}"
    if k == 2:
        p, b = L(3), D(6)
        return lambda i: f"{p} {b[:3]} {b[3:]} {i:02d}"
    if k == 3:
        b = int(D(8)) + 10000000
        return lambda i: f"{b + 8 * i}"
    if k == 4:
        p = L(1) + D(2)
        b = D(5)
        return lambda i: f"{p} {b} {i:03d}"
    if k == 5:
        b = D(9)
        return lambda i: f"{b}*{i:02d}"
    if k == 6:
        p, b = L(2), D(5)
        return lambda i: f"{p}{b}{i}{R.choice(LETTERS)}"
    b = D(4) + "-" + D(4)
    return lambda i: f"{b}-{i:02d}"


def record_number():
    k = R.randrange(9)
    if k == 0:
        return D(7)
    if k == 1:
        return "00" + D(6)
    if k == 2:
        return L(1) + D(7)
    if k == 3:
        return D(2) + "-" + D(5) + "-" + D(1)
    if k == 4:
        return mbi()
    if k == 5:
        return L(3) + D(9)
    if k == 6:
        return D(4) + " " + D(4) + " " + D(2)
    if k == 7:
        return L(2) + " " + D(2) + " " + D(4) + " " + D(3)
    return "W" + D(9)


def readout(num):
    """Number read out: spaced or dashed characters."""
    chars = [c for c in num if c.isalnum()]
    return pick([" ", "-", " "]).join(chars)


def split_two_lines(num):
    cut = R.randint(3, len(num) - 3)
    a, b = num[:cut].rstrip(" -"), num[cut:].lstrip(" ")
    return a + "\n" + b


def dob_us(year_lo=1930, year_hi=2020):
    d = US.date_of_birth(minimum_age=2026 - year_hi, maximum_age=2026 - year_lo)
    k = R.randrange(7)
    if k == 0:
        return d.strftime("%m/%d/%Y")
    if k == 1:
        return f"{d.month}/{d.day}/{d.year}"
    if k == 2:
        return d.strftime("%Y-%m-%d")
    if k == 3:
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if k == 4:
        return d.strftime("%m-%d-%Y")
    if k == 5:
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    return d.strftime("%b ") + str(d.day) + " " + str(d.year)


def dob_intl(country=None):
    d = US.date_of_birth(minimum_age=5, maximum_age=95)
    if country in ("JP", "CN"):
        return pick([d.strftime("%Y年%m月%d日"), d.strftime("%Y/%m/%d")])
    if country == "KR":
        return pick([d.strftime("%Y.%m.%d"), d.strftime("%Y년 %m월 %d일")])
    if country in ("DE", "PL", "RU", "AT", "CH", "NL"):
        return pick([d.strftime("%d.%m.%Y"), d.strftime("%d-%m-%Y")])
    return pick([d.strftime("%d/%m/%Y"), f"{d.day} {d.strftime('%B %Y')}", d.strftime("%d-%m-%Y")])


AREA = ["212", "312", "404", "503", "612", "702", "806", "901", "415", "617", "713", "305", "480",
        "919", "206", "773", "216", "843", "504", "808", "907", "505", "401", "615", "860"]


def phone_us(ext_ok=True):
    a, e, x = pick(AREA), str(R.randint(201, 989)), D(4)
    if R.random() < 0.5:
        e, x = "555", "01" + D(2)
    k = R.randrange(8)
    s = [f"({a}) {e}-{x}", f"{a}-{e}-{x}", f"{a}.{e}.{x}", f"{a}{e}{x}", f"+1 {a} {e} {x}",
         f"1-{a}-{e}-{x}", f"001-{a}-{e}-{x}", f"({a}){e}-{x}"][k]
    if ext_ok and R.random() < 0.2:
        s += pick([f" x{R.randint(10, 9999)}", f" ext. {R.randint(1, 99)}", f" extension {R.randint(1, 9)}",
                   f" ext {R.randint(100, 999)}"])
    return s


def phone_intl(country):
    return {
        "GB": lambda: pick([f"+44 20 7946 0{D(3)}", f"020 7946 0{D(3)}", f"+44 7700 900{D(3)}",
                            f"0161 496 0{D(3)}"]),
        "DE": lambda: pick([f"+49 30 {D(7)}", f"030 {D(7)}", f"+49 171 {D(7)}"]),
        "FR": lambda: pick([f"+33 1 {D(2)} {D(2)} {D(2)} {D(2)}", f"06 {D(2)} {D(2)} {D(2)} {D(2)}"]),
        "MX": lambda: pick([f"+52 55 {D(4)} {D(4)}", f"+52 1 33 {D(4)} {D(4)}"]),
        "IN": lambda: pick([f"+91 98{D(3)} {D(5)}", f"+91 {R.randint(70, 99)}{D(3)} {D(5)}", f"0{D(2)} {D(4)} {D(4)}"]),
        "JP": lambda: pick([f"+81 3-{D(4)}-{D(4)}", f"090-{D(4)}-{D(4)}", f"03-{D(4)}-{D(4)}"]),
        "BR": lambda: pick([f"+55 11 9{D(4)}-{D(4)}", f"(21) 9{D(4)}-{D(4)}"]),
        "ES": lambda: pick([f"+34 6{D(2)} {D(3)} {D(3)}", f"91 {D(3)} {D(2)} {D(2)}"]),
        "IT": lambda: pick([f"+39 3{D(2)} {D(3)} {D(4)}", f"06 {D(4)} {D(4)}"]),
        "CA": lambda: pick([f"+1 416 555 01{D(2)}", f"(604) 555-01{D(2)}"]),
        "KR": lambda: pick([f"+82 10-{D(4)}-{D(4)}", f"010-{D(4)}-{D(4)}"]),
        "CN": lambda: pick([f"+86 139 {D(4)} {D(4)}", f"+86 10 {D(4)} {D(4)}"]),
        "NL": lambda: pick([f"+31 6 {D(8)}", f"020 {D(3)} {D(4)}"]),
        "PL": lambda: pick([f"+48 {D(3)} {D(3)} {D(3)}"]),
        "PH": lambda: pick([f"+63 917 {D(3)} {D(4)}", f"0917 {D(3)} {D(4)}"]),
        "RU": lambda: pick([f"+7 (495) {D(3)}-{D(2)}-{D(2)}", f"8 916 {D(3)} {D(2)} {D(2)}"]),
        "SA": lambda: pick([f"+966 5{D(1)} {D(3)} {D(4)}"]),
        "TR": lambda: pick([f"+90 5{D(2)} {D(3)} {D(2)} {D(2)}"]),
        "VN": lambda: pick([f"+84 9{D(1)} {D(3)} {D(2)} {D(2)}"]),
        "AU": lambda: pick([f"+61 4{D(2)} {D(3)} {D(3)}", f"(02) {D(4)} {D(4)}"]),
        "IE": lambda: pick([f"+353 8{D(1)} {D(3)} {D(4)}", f"01 {D(3)} {D(4)}"]),
    }[country]()


def street_line():
    s = US.street_address()
    if R.random() < 0.35 and "Apt" not in s and "Suite" not in s:
        s += pick([f", Apt {R.randint(1, 30)}{pick('ABCD')}", f" #{R.randint(2, 40)}", f", Unit {R.randint(1, 20)}",
                   f" Suite {R.randint(100, 450)}", f", Lot {R.randint(1, 60)}"])
    return s


def zip_us():
    return US.zipcode_plus4() if R.random() < 0.25 else US.zipcode()


def address_us(multiline=False):
    street, city, st, z = street_line(), US.city(), US.state_abbr(include_territories=False, include_freely_associated_states=False), zip_us()
    if multiline:
        return f"{street}\n{city}, {st} {z}"
    return pick([f"{street}, {city}, {st} {z}", f"{street}, {city} {st} {z}", f"{street} {city}, {st} {z}"])


def po_box():
    return f"{pick(['PO Box', 'P.O. Box', 'POB'])} {R.randint(10, 9999)}, {US.city()}, {US.state_abbr(include_territories=False, include_freely_associated_states=False)} {zip_us()}"


def military():
    k = R.randrange(4)
    z = f"{pick(['09', '96', '34'])}{D(3)}"
    if k == 0:
        return f"PSC {R.randint(1000, 9999)}, Box {R.randint(100, 9999)}, APO {pick(['AE', 'AP', 'AA'])} {z}"
    if k == 1:
        return f"Unit {R.randint(2000, 9999)} Box {R.randint(100, 9999)}, DPO {pick(['AE', 'AP'])} {z}"
    if k == 2:
        return f"CMR {R.randint(400, 499)}, Box {R.randint(100, 9999)}, APO AE {z}"
    return f"USS {US.last_name()}, FPO {pick(['AE', 'AP'])} {z}"


def rural():
    return f"{pick(['RR', 'Rural Route', 'RR#'])} {R.randint(1, 9)} Box {R.randint(1, 400)}, {US.city()}, {US.state_abbr(include_territories=False, include_freely_associated_states=False)} {US.zipcode()}"


INTL_ADDR = {
    "GB": ("en_GB", "GB"), "DE": ("de_DE", "DE"), "FR": ("fr_FR", "FR"), "ES": ("es_ES", "ES"),
    "IT": ("it_IT", "IT"), "NL": ("nl_NL", "NL"), "PL": ("pl_PL", "PL"), "BR": ("pt_BR", "BR"),
    "MX": ("es_MX", "MX"), "CA": ("en_CA", "CA"), "IN": ("en_IN", "IN"), "JP": ("ja_JP", "JP"),
    "KR": ("ko_KR", "KR"), "CN": ("zh_CN", "CN"), "RU": ("ru_RU", "RU"), "PH": ("fil_PH", "PH"),
    "VN": ("vi_VN", "VN"),
}


def address_intl(country):
    f = LOCALES[INTL_ADDR[country][0]]
    return f.address().replace("\n", ", ").replace(" ,", ",").strip()


def intl_record(country):
    return {
        "GB": lambda: f"{D(3)} {D(3)} {D(4)}",                      # NHS number
        "CA": lambda: f"{D(4)}-{D(3)}-{D(3)}-{L(2)}",               # Ontario health card
        "DE": lambda: f"{L(1)}{D(9)}",                              # Krankenversichertennummer
        "FR": lambda: f"{R.choice('12')} {D(2)} {D(2)} {D(2)} {D(3)} {D(3)} {D(2)}",  # carte Vitale
        "MX": lambda: f"{D(4)} {D(2)} {D(4)} {D(1)}",               # IMSS NSS
        "IN": lambda: f"{D(2)}-{D(4)}-{D(4)}-{D(4)}",               # ABHA
        "BR": lambda: f"{D(3)} {D(4)} {D(4)} {D(4)}",               # cartão SUS
        "JP": lambda: f"{D(8)}",                                    # 保険者番号
        "AU": lambda: f"{D(4)} {D(5)} {D(1)}",                      # Medicare card
        "KR": lambda: f"{D(11)}",
        "IE": lambda: f"{D(7)}{L(1)}",
        "NL": lambda: f"{D(9)}",
    }[country]()


def iban(loc):
    s = LOCALES[loc].iban()
    k = R.randrange(4)
    if k == 0:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if k == 1:
        return s.lower()
    return s


def card():
    typ = pick(["visa16", "mastercard", "amex", "discover", "visa16"])
    n = US.credit_card_number(card_type=typ)
    if R.random() < 0.2:  # not Luhn-valid (people mistype): still a card number
        n = n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
    k = R.randrange(3)
    if k == 0 and len(n) == 16:
        n = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    elif k == 1 and len(n) == 16:
        n = "-".join(n[i:i + 4] for i in range(0, 16, 4))
    elif k == 0 and len(n) == 15:
        n = f"{n[:4]} {n[4:10]} {n[10:]}"
    label = {"visa16": pick(["visa", "Visa", "card", "credit card", "cc"]),
             "mastercard": pick(["mastercard", "card", "credit card", "MC"]),
             "amex": pick(["amex", "AmEx card", "credit card"]),
             "discover": pick(["discover card", "card", "cc"])}[typ]
    return label, n


def routing():
    return US.aba()


def bank_acct():
    return D(R.choice([8, 10, 12]))


def _ascii(s):
    s = s.lower().replace("đ", "d").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode())


def email_for(first, last, intl_domain=None):
    f, l = _ascii(first) or "family", _ascii(last) or "home"
    dom = intl_domain or pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
                               "hotmail.com", "comcast.net", "proton.me", "att.net", "me.com"])
    user = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{R.randint(50, 99)}",
                 f"{f}.{l[0]}"])
    return f"{user}@{dom}"


def url_for(first, last):
    f, l = _ascii(first) or "family", _ascii(last) or "home"
    return pick([f"https://www.{f}{l}.com", f"www.{f}-{l}.net", f"https://www.facebook.com/{f}.{l}.{R.randint(10, 999)}",
                 f"linkedin.com/in/{f}-{l}-{R.randint(100, 999)}", f"https://www.caringbridge.org/visit/{f}{l}",
                 f"https://www.gofundme.com/f/help-{f}-{l}-recover", f"instagram.com/{f}_{l}",
                 f"https://{f}{l}.substack.com", f"http://{f}{l}.blogspot.com/2025/03/update.html",
                 f"https://{l}family.org/{f}", f"tiktok.com/@{f}.{l}", f"https://x.com/{f}{l[:3]}"])


# ----------------------------------------------------------------------------- message building
TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}


class Msg:
    def __init__(self):
        self.parts = []

    def t(self, s):
        self.parts.append(("t", s, None, None))
        return self

    def i(self, s, code, intl=False):
        self.parts.append(("i", s, TYPES[code], "INTL" if intl else "US"))
        return self

    def k(self, s):
        self.parts.append(("k", s, None, None))
        return self

    def build(self, style, case=None):
        fn = {"upper": str.upper, "lower": str.lower, None: (lambda x: x)}[case]
        text, idents, keep, seen = [], [], [], {}
        for kind, s, typ, reg in self.parts:
            s = fn(s)
            text.append(s)
            if kind == "i":
                if s in seen:
                    if seen[s] != (typ, reg):
                        raise ValueError("conflict")
                    continue
                seen[s] = (typ, reg)
                idents.append({"text": s, "type": typ, "region": reg})
            elif kind == "k" and s not in keep:
                keep.append(s)
        return {"style": style, "text": "".join(text).strip("\n"), "identifiers": idents, "keep": keep,
                "source": "template"}


def occ(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def ok(m):
    t = m["text"]
    spans = []
    for d in m["identifiers"]:
        o = occ(t, d["text"])
        if not o or d["text"] != d["text"].strip():
            return False
        for s, e in o:
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                return False
        spans += o
    if not m["keep"]:
        return False
    for k in m["keep"]:
        ko = occ(t, k)
        if not ko:
            return False
        for ks, ke in ko:
            if any(ks < e and s < ke for s, e in spans):
                return False
    for a in spans:
        for b in spans:
            if a != b and a[0] < b[1] and b[0] < a[1] and not (b[0] <= a[0] and a[1] <= b[1]) \
                    and not (a[0] <= b[0] and b[1] <= a[1]):
                return False
    return True


# ============================================================================ emphasis templates
def t_portal_table():
    """Table pasted from a portal: name | number | date (DOB or a visit date)."""
    n = R.randint(2, 5)
    fam = us_last()
    mk = member_base()
    date_is_dob = R.random() < 0.75
    sep = pick([" | ", "\t", "  ", " , ", " ; "])
    m = Msg()
    m.t(pick(["copied from the portal:\n", "Here's what the member site shows:\n", "pasting the family page, sorry for formatting\n",
              "", "From the insurance app (Family > Members)\n", "screenshot text:\n"]))
    if R.random() < 0.6 or not date_is_dob:
        hdr = pick([["Name", "Member ID", "DOB"], ["Member", "ID", "Birth date"], ["NAME", "ID#", "DATE"],
                    ["Patient", "Number", "Born"]]) if date_is_dob else \
            pick([["Name", "Member ID", "Last visit"], ["Patient", "ID", "Next appt"], ["Member", "Number", "Claim date"]])
        m.t(sep.join(hdr).strip() + "\n")
    for j in range(n):
        first = us_first()
        nm = f"{first} {fam}" if R.random() < 0.8 else f"{fam.upper()}, {first.upper()}"
        m.i(nm, "P").t(sep)
        m.i(mk(j + 1), "M").t(sep)
        if date_is_dob:
            m.i(dob_us(), "D")
        else:
            m.k(f"{R.randint(1, 12)}/{R.randint(1, 28)}/2026")
        m.t("\n")
    rel, cond, drug = pick(RELATIONS), pick(CONDITIONS), pick(DRUGS)
    k = R.randrange(4)
    if k == 0:
        m.k(rel).t(" has ").k(cond).t(" — is ").k(drug).t(" covered on this plan?")
    elif k == 1:
        m.t("Which of these is the right one for the ").k(pick(PROCS)).t(" on ").k(pick(WEEKDAYS)).t("?")
    elif k == 2:
        m.t("The pharmacy says ").k(drug).t(" needs a prior auth for ").k(rel).t(", ").k(pick(AMOUNTS)).t(" otherwise.")
    else:
        m.t("we need these for ").k(rel).t("'s ").k(cond).t(" visit at ").k(pick(TIMES)).t(".")
    return m.build("table", case=pick([None, None, None, "upper"]))


def t_family_list():
    """List of family members' insurance numbers, by relation word or first name."""
    mk = member_base() if R.random() < 0.6 else None
    n = R.randint(2, 4)
    m = Msg()
    m.t(pick(["numbers for everyone:\n", "Insurance numbers (for the school/clinic forms)\n", "our cards:\n",
              "for the pharmacy, the whole household:\n", "Family:\n", "ok here goes\n"]))
    rels = R.sample(["Mom", "Dad", "me", "Grandma", "Grandpa", "my husband", "the baby", "my sister"], n)
    for j in range(n):
        bullet = pick(["- ", "* ", f"{j + 1}. ", "", "• "])
        num = mk(j + 1) if mk else record_number()
        if R.random() < 0.5:
            m.t(bullet).k(rels[j]) if rels[j] not in ("me", "the baby") else m.t(bullet + rels[j])
        else:
            m.t(bullet).i(us_first(), "P")
        m.t(pick([": ", " - ", " ", " = ", "  "])).i(num, "M")
        if R.random() < 0.3:
            o, c = pick([(" (born ", ")"), (" b. ", ""), (", ", ""), (" (", ")")])
            m.t(o).i(dob_us(), "D").t(c)
        m.t("\n")
    m.k(pick(["Grandma", "Mom", "Dad", "Grandpa"])).t(pick([" needs the ", " is due for the ", " is waiting on "]))
    m.k(pick(PROCS)).t(pick([" next ", " on ", " by "])).k(pick(WEEKDAYS))
    return m.build("list", case=pick([None, None, "lower"]))


def t_end_of_line():
    """Numbers sitting at the end of ordinary sentences, no label."""
    m = Msg()
    who = us_first()
    lines = R.randint(2, 3)
    m.i(who, "P").t(pick([" here. ", ": ", " - ", ". "]))
    m.t(pick(["Mom's card ", "the one on dad's card ", "grandma's hospital one ", "my son's ", "hers "])).i(record_number(), "M").t("\n")
    if lines >= 2:
        m.t(pick(["and the Medicare one ", "Medicare card says ", "red white blue card "])).i(mbi(), "M").t("\n")
    if lines == 3:
        m.t(pick(["the pharmacy has her under ", "old number was ", "the dentist uses "])).i(record_number(), "M").t("\n")
    m.t(pick(["she takes ", "he's on ", "they started "])).k(pick(DRUGS)).t(" at ").k(pick(TIMES))
    m.t(pick([" and the ", ", the ", "; the "])).k(pick(PROCS)).t(pick([" is in ", " will be in "])).k(pick(ROOMS))
    style = pick(["lower_case", "run_on", "general_text"])
    return m.build(style, case="lower" if style == "lower_case" else None)


def t_split_lines():
    """A number split over two lines (small phone screens, card wrapping)."""
    num = pick([record_number(), mbi(), member_base()(1), L(3) + D(9)])
    while len(num) < 8:
        num = record_number()
    m = Msg()
    if R.random() < 0.5:
        a, b = us_first(), us_first()
        m.i(a, "P").t(": what's the number on ").k(pick(["Dad", "Mom", "Grandma", "Grandpa"])).t("'s card\n")
        m.i(b, "P").t(": ").i(split_two_lines(num), "M").t("\n")
        m.i(b, "P").t(pick([": sorry it wrapped\n", ": (one number, it split)\n", ": that's all one\n"]))
        m.i(a, "P").t(": ok. ").k(pick(PROCS)).t(" is ").k(pick(WEEKDAYS)).t(" at ").k(pick(TIMES))
        return m.build("speaker_label")
    m.t(pick(["the card wraps so it looks like\n", "number is\n", "pasting from the app:\n"]))
    m.i(split_two_lines(num), "M").t("\n")
    m.t(pick(["for ", "that's for ", "its "])).i(us_first() + pick(["", " " + us_last()]), "P")
    m.t(pick([". she uses ", ". on ", ". needs "])).k(pick(DRUGS)).t(", ").k(pick(COUNTS))
    return m.build(pick(["lower_case", "list"]), case=pick([None, "lower"]))


def t_readout():
    """Number read out loud: characters separated by spaces or dashes."""
    num = pick([record_number(), mbi(dashes=False), "W" + D(9), D(9)])
    spoken = readout(num)
    m = Msg()
    k = R.randrange(3)
    if k == 0:
        m.t("Receptionist: can you read me the member number?\n")
        m.t(pick(["", "Caller ", "Family member "])).i(us_first(), "P").t(": ").i(spoken, "M").t("\n")
        m.t("Receptionist: thanks, and the birth date?\n")
        m.t(pick(["Patient: ", "Caller: "])).i(dob_us(), "D").t("\nReceptionist: you're set for the ")
        m.k(pick(PROCS)).t(" at ").k(pick(TIMES))
        return m.build("speaker_label")
    if k == 1:
        m.t(pick(["I had to read it to them like ", "the lady on the phone made me spell it: ",
                  "so I read out "])).i(spoken, "M").t(pick([" and she still got it wrong, ", " twice, ", " and then "]))
        m.t("and that was just to refill ").k(pick(DRUGS)).t(" for ").k(pick(RELATIONS)).t(", who has ")
        m.k(pick(CONDITIONS)).t(pick([" and is out of pills", " and a fever", ""]))
        return m.build("run_on")
    m.i(us_first().lower(), "P").t(pick([" read it off for me: ", " says the number is "])).i(spoken.lower(), "M")
    m.t(pick([". ", " ok? "])).k(pick(COUNTS).lower()).t(" of ").k(pick(DRUGS).lower()).t(" left")
    return m.build("lower_case", case="lower")


def t_ordinary_numbers():
    """Clinical note / update with many ordinary numbers and one or two unlabelled record numbers."""
    m = Msg()
    if R.random() < 0.5:
        name = us_first() + " " + us_last()
        m.t("Pt ").i(name, "P").t(", ").i(dob_us(), "D").t(", ").i(record_number(), "M").t(". ")
        m.k(pick(VITALS)).t(", ").k(pick(VITALS)).t(". ").k(pick(CONDITIONS)).t(". Continue ")
        m.k(pick(DRUGS)).t("; recheck ").k(pick(LABS)).t(" in ").k(pick(["2 weeks", "3 months", "6 weeks", "10 days"]))
        m.t(". Seen in ").k(pick(ROOMS)).t(".")
        return m.build("clinician_note")
    m.t(pick(["update: ", "ok so ", "quick one, ", ""])).k(pick(RELATIONS).lower()).t(" is in ").k(pick(ROOMS)).t(", ")
    dose, drug = pick(DOSE_PAIRS)
    m.k(pick(VITALS)).t(", got ").k(dose).t(" of ").k(drug).t(" at ").k(pick(TIMES)).t(". ")
    m.t(pick(["the number on the band is ", "band says ", "wristband "])).i(record_number(), "M")
    m.t(pick([". bill so far ", ". copay was ", ". they said "])).k(pick(AMOUNTS))
    return m.build("lower_case", case="lower")


def t_eob():
    """Claims / EOB rows pasted: date, name, number, service, amount (dates are service dates = keep)."""
    m = Msg()
    names = [us_first() + " " + us_last() for _ in range(R.randint(1, 2))]
    ids = {n: record_number() for n in names}
    m.t(pick(["From the EOB:\n", "claims page:\n", "this is what the statement shows\n", ""]))
    for _ in range(R.randint(2, 4)):
        n = pick(names)
        m.k(f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/2025").t("  ").i(n.upper(), "P").t("  ").i(ids[n], "M").t("  ")
        m.k(pick(PROCS + LABS).upper()).t("  ").k(pick(["$" + str(R.randint(20, 900)) + ".00"])).t("\n")
    m.t(pick(["why was this denied?", "we never had the second one done", "is this the deductible?", "please explain"]))
    return m.build("table")


def t_intl_roster():
    """International family list with national health numbers, no label."""
    country = pick(["GB", "CA", "DE", "FR", "MX", "IN", "BR", "JP", "AU", "KR", "IE", "NL"])
    loc = {"GB": "en_GB", "CA": "en_CA", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "IN": "en_IN",
           "BR": "pt_BR", "JP": "ja_JP", "AU": "en_GB", "KR": "ko_KR", "IE": "en_IE", "NL": "nl_NL"}[country]
    m = Msg()
    m.t(pick(["We're visiting from abroad, these are our health numbers from home:\n",
              "Travel insurance wants the home numbers too:\n", "Family (home country cards):\n"]))
    for _ in range(R.randint(2, 4)):
        m.i(intl_name(loc), "P", True).t(pick([" — ", " | ", "  ", ": "])).i(intl_record(country), "M", True)
        if R.random() < 0.5:
            m.t(pick([" — ", " | ", ", "])).i(dob_intl(country), "D", True)
        m.t("\n")
    m.t(pick(["the eldest has ", "my mother has ", "one of us has "])).k(pick(CONDITIONS)).t(pick([" and takes ", ", on "]))
    m.k(pick(DRUGS))
    if R.random() < 0.6:
        m.t(". Phone ").i(phone_intl(country), "T", True)
    return m.build("international")


def t_schedule():
    """Caregiver schedule: times and doses (keep) with a number for the chart at the end of a line."""
    m = Msg()
    pt = us_first() + " " + us_last()
    m.t(pick(["Schedule for ", "Med times — ", "Week plan for "])).i(pt, "P").t(" ").i(record_number(), "M").t("\n")
    for _ in range(R.randint(3, 4)):
        m.k(pick(TIMES)).t("  ").k(pick(DRUGS)).t("  ").i(us_first(), "P").t("\n")
    m.t(pick(["aide phone ", "call the nurse line ", "backup: "])).i(phone_us(), "T")
    return m.build("table")


# ============================================================================ general-spread templates
def t_address_change():
    m = Msg()
    name = us_first() + " " + us_last()
    multi = R.random() < 0.4
    m.t(pick(["Please update the address for ", "New address for ", "We moved! Updating info for ", "address change - "]))
    m.i(name, "P").t(pick([":\n", ". New:\n", "\n"]))
    m.i(address_us(multi) if R.random() < 0.8 else po_box(), "L").t("\n")
    if R.random() < 0.5:
        m.t("Old: ").i(address_us(), "L").t("\n")
    m.t(pick(["Phone ", "Best number ", "cell "])).i(phone_us(), "T").t(". ")
    m.t(pick(["Mail the ", "Please send the "])).k(pick(PROCS)).t(pick([" bills", " reminders", " letters"])).t(" there; ")
    m.k(pick(DRUGS)).t(" ships monthly.")
    style = pick(["general_text", "general_text", "all_caps"])
    return m.build(style, case="upper" if style == "all_caps" else None)


def t_military_rural():
    m = Msg()
    if R.random() < 0.6:
        rel = pick(["My spouse", "My partner", "Our oldest", "My grandchild", "Our youngest"])
        m.t(f"{rel} ").i(us_first() + " " + us_last(), "P").t(pick([" is deployed; mail goes to ", " is stationed overseas: "]))
        m.i(military(), "L").t(". ")
        m.t(pick(["DoD ID ", "Tricare number ", ""])).i(D(10), "M").t(". ")
        m.t(pick(["Needs ", "Please ship "])).k(pick(DRUGS)).t(", ").k(pick(["90-day supply", "30-day supply"]))
        o, c = pick([(" (for ", ")."), (" — treated for ", ".")])
        m.t(o).k(pick(CONDITIONS)).t(c)
        return m.build("military")
    m.k(pick(["Grandpa", "Dad", "Mom", "Grandma"])).t(pick([" lives out at ", "'s address is just ", " gets mail at "]))
    m.i(rural(), "L").t(pick([", no street name. ", ". GPS doesn't work. "]))
    m.t("Home health can call ").i(phone_us(), "T").t(" before coming. ").k(pick(PROCS)).t(" ").k(pick(WEEKDAYS)).t(".")
    return m.build("rural")


def t_signature():
    m = Msg()
    first, last = us_first(), us_last()
    m.t(pick(["Thank you for helping with ", "Please call me about ", "Attached is the form for ", "Following up on "]))
    m.k(pick(RELATIONS)).t("'s ").k(pick(PROCS)).t(".\n\n")
    m.t(pick(["Best,\n", "Thanks,\n", "--\n", "Regards,\n", "Sent from my iPhone\n"]))
    m.i(f"{first} {last}", "P").t("\n")
    if R.random() < 0.4:
        m.i(address_us(multiline=R.random() < 0.5), "L").t("\n")
    m.i(email_for(first, last), "E").t(pick([" | ", "\n", " · "])).i(phone_us(), "T")
    if R.random() < 0.6:
        m.t("\n").i(url_for(first, last), "U")
    return m.build("signature")


def t_form():
    m = Msg()
    first, last = us_first(), us_last()
    m.t(pick(["INTAKE FORM\n", "Patient registration\n", "Assistance application\n", "Caregiver enrollment\n"]))
    m.t(pick(["Name: ", "Full name: ", "Patient: "])).i(f"{first} {last}", "P").t("\n")
    m.t(pick(["DOB: ", "Date of birth: ", "Birthdate: "])).i(dob_us(), "D").t("\n")
    ssn = US.ssn()
    ssn = pick([ssn, ssn.replace("-", ""), ssn.replace("-", " ")])
    m.t(pick(["SSN: ", "SS#: ", "Social: ", ""])).i(ssn, "S").t("\n")
    m.t("Address: ").i(address_us(), "L").t("\n")
    m.t("Phone: ").i(phone_us(), "T").t("\n")
    if R.random() < 0.6:
        m.t("Email: ").i(email_for(first, last), "E").t("\n")
    d1, d2 = R.sample(DRUGS, 2)
    m.t("Diagnosis: ").k(pick(CONDITIONS)).t("\nMedications: ").k(d1).t(", ").k(d2)
    return m.build("form", case=pick([None, None, "upper"]))


def t_payment():
    m = Msg()
    k = pick([0, 0, 0, 1, 1, 2, 2, 3])
    if k == 0:
        loc = pick(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_PT", "fr_CH", "de_AT", "en_IE", "tr_TR"])
        m.t(pick(["Please refund the overpayment to ", "refund goes to ", "Bank details for the refund: "]))
        m.t(pick(["IBAN ", "iban: ", "", "IBAN: "])).i(iban(loc), "A", True)
        o, c = pick([(", account holder ", ". "), (" (", "). "), (" — ", ". "), (", name ", ". ")])
        m.t(o).i(intl_name(loc), "P", True).t(c)
        m.t("It was for the ").k(pick(PROCS)).t(" in ").k(pick(MONTHS)).t(".")
        return m.build(pick(["international", "general_text"]))
    if k == 1:
        label, n = card()
        m.t(pick(["Please charge ", "use my ", "pay the balance with my ", "autopay: "])).t(label + " ").i(n, "A")
        m.t(pick([" for ", " — it's for "])).k(pick(RELATIONS)).t("'s ").k(pick(PROCS)).t(" (").k(pick(AMOUNTS)).t("). ")
        m.t("Cardholder ").i(us_first() + " " + us_last(), "P")
        style = pick(["general_text", "lower_case"])
        return m.build(style, case="lower" if style == "lower_case" else None)
    if k == 2:
        m.t(pick(["Direct deposit info for the stipend: ", "For the autopay: ", "bank info: "]))
        m.t(pick(["routing ", "ABA ", "routing # "])).i(routing(), "A").t(pick([", account ", ", acct ", ", checking acct # "]))
        m.i(bank_acct(), "A").t(". Name on account ").i(us_first() + " " + us_last(), "P").t(". For ")
        m.k(pick(PROCS)).t(" and ").k(pick(DRUGS)).t(".")
        return m.build(pick(["form", "general_text"]))
    label, n = card()
    m.i(us_first(), "P").t(": can you pay ").k(pick(RELATIONS).lower()).t("'s ").k(pick(PROCS)).t(" bill?\n")
    m.i(us_first(), "P").t(": which card\n")
    m.t("Me: the ").t(label + " ").i(n, "A").t(", it's ").k(pick(AMOUNTS))
    return m.build("speaker_label")


def t_url():
    m = Msg()
    first, last = us_first(), us_last()
    u = url_for(first, last)
    k = R.randrange(4)
    if k == 3:
        loc = pick(["de_DE", "fr_FR", "es_ES", "it_IT", "en_GB", "pt_BR", "es_MX", "nl_NL"])
        f2, l2 = TITLE_RE.sub("", LOCALES[loc].first_name()), TITLE_RE.sub("", LOCALES[loc].last_name())
        m.t(pick(["My cousin abroad, ", "Our relative back home, ", "A family friend in Europe, "])).i(f"{f2} {l2}", "P", True)
        m.t(pick([", writes about living with ", ", blogs about "])).k(pick(CONDITIONS)).t(" at ")
        fa, la = _ascii(f2) or "family", _ascii(l2) or "home"
        tld = {"de_DE": "de", "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "en_GB": "co.uk", "pt_BR": "com.br",
               "es_MX": "com.mx", "nl_NL": "nl"}[loc]
        m.i(pick([f"https://www.{fa}{la}.{tld}", f"{fa}-{la}.{tld}", f"https://{fa}{la}.wordpress.com",
                  f"https://www.facebook.com/{fa}.{la}.{R.randint(10, 99)}"]), "U", True)
        m.t(pick([" — maybe useful for ", "; could help "])).k(pick(RELATIONS)).t(".")
        return m.build("url")
    if k == 0:
        m.t(pick(["Updates on ", "We post news about ", "Follow "])).i(f"{first} {last}", "P").t("'s ")
        m.k(pick(PROCS + CONDITIONS)).t(pick([" journey", " recovery", ""])).t(pick([" here: ", " at ", " on "])).i(u, "U").t(". ")
        m.t("Thank you all for the meals and rides to the ").k(pick(PROCS)).t(".")
        return m.build("url")
    if k == 1:
        m.t(pick(["my page is ", "that's me: ", "link: "])).i(u.lower(), "U").t(pick([" i post about ", " about my "]))
        m.k(pick(CONDITIONS).lower()).t(" and the ").k(pick(DRUGS).lower())
        return m.build("lower_case", case="lower")
    m.t(pick(["Is this a scam? ", "Should we trust this? "])).t("Someone named ").i(f"{first} {last}", "P")
    m.t(pick([" sent ", " messaged "])).k(pick(["Mom", "Grandma", "my aunt", "Nana"])).t(" this link ").i(u, "U")
    m.t(" and claims they can cure her ").k(pick(CONDITIONS)).t(". The email they gave is ").i(email_for(first, last), "E").t(".")
    return m.build("url")


def t_intl_contact():
    country = pick(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "CA", "IN", "JP", "KR", "CN", "RU", "VN", "PH"])
    loc = INTL_ADDR[country][0]
    m = Msg()
    name = intl_name(loc)
    m.t(pick(["Contact for my relative abroad: ", "Family back home — ", "Please add the overseas contact: "]))
    m.i(name, "P", True).t(", ").i(address_intl(country), "L", True).t(", ").i(phone_intl(country), "T", True)
    if R.random() < 0.5:
        dom = {"GB": "btinternet.com", "DE": "web.de", "FR": "orange.fr", "ES": "telefonica.net", "IT": "libero.it",
               "NL": "ziggo.nl", "PL": "wp.pl", "BR": "uol.com.br", "MX": "prodigy.net.mx", "CA": "sympatico.ca",
               "IN": "rediffmail.com", "JP": "docomo.ne.jp", "KR": "naver.com", "CN": "qq.com", "RU": "mail.ru",
               "VN": "gmail.com", "PH": "yahoo.com.ph"}[country]
        parts = name.split()
        m.t(", ").i(email_for(parts[0], parts[-1], dom), "E", True)
    m.t(pick([". They know all about ", ". Call them about ", ". Ok to discuss "])).k(pick(RELATIONS)).t("'s ")
    m.k(pick(CONDITIONS)).t(pick([" and the ", " and the dose of "])).k(pick(DRUGS)).t(".")
    return m.build("international")


def t_speaker_phone():
    m = Msg()
    a, b = us_first(), us_first()
    m.i(a, "P").t(pick([": what's the number for ", ": who do I call about "])).k(pick(RELATIONS).lower()).t("'s ")
    m.k(pick(PROCS)).t("\n")
    cf, cl = us_first(), us_last()
    m.i(b, "P").t(": ").i(phone_us(), "T").t(pick([", ask for ", ", it's "])).i(cf + " " + cl, "P").t("\n")
    m.i(a, "P").t(": and email?\n")
    m.i(b, "P").t(": ").i(email_for(cf, cl), "E").t(". don't call ").k(pick(["988", "Poison Control 1-800-222-1222"]))
    m.t(" unless it's that kind of emergency")
    return m.build("speaker_label")


def t_caps_note():
    m = Msg()
    m.t(pick(["URGENT ", "PLEASE READ: ", "NOTE FOR THE NIGHT NURSE - ", ""]))
    m.i(us_first() + " " + us_last(), "P").t(" ").i(dob_us(), "D").t(" ")
    m.i(record_number(), "M").t(" ALLERGIC TO ").k(pick(["PENICILLIN", "SULFA", "LATEX", "CODEINE"]))
    m.t(". ON ").k(pick(DRUGS)).t(". CALL ").k(pick(["SON", "DAUGHTER", "WIFE", "HUSBAND"])).t(" AT ").i(phone_us(), "T")
    return m.build("all_caps", case="upper")


def t_forwarded():
    m = Msg()
    sender_f, sender_l = us_first(), us_last()
    m.t("---------- Forwarded message ---------\nFrom: ").i(f"{sender_f} {sender_l}", "P").t(" <")
    m.i(email_for(sender_f, sender_l), "E").t(">\nSubject: ").k(pick(RELATIONS)).t("'s ").k(pick(PROCS)).t("\n\n")
    m.t(pick(["Here is the info they asked for:\n", "Numbers below:\n"]))
    m.i(record_number(), "M").t("\n").i(dob_us(), "D").t("\n")
    if R.random() < 0.5:
        m.i(address_us(), "L").t("\n")
    m.t("\nfwd'ing so you have it. ").k(pick(DRUGS)).t(" was changed ").k(pick(WEEKDAYS)).t(".")
    return m.build("forwarded")


def t_ssn_list():
    m = Msg()
    m.t(pick(["socials for the financial aid form:\n", "For the Medicaid application, SSNs:\n", "ss numbers\n"]))
    for _ in range(R.randint(2, 3)):
        s = US.ssn()
        s = pick([s, s.replace("-", ""), s.replace("-", " ")])
        m.i(us_first() + " " + us_last(), "P").t(pick([" ", " - ", ": "])).i(s, "S").t("\n")
    m.t("household income ").k(pick(["$2,100/month", "$38,000/year", "$1,650/month"])).t(", ")
    m.k(pick(RELATIONS)).t(" has ").k(pick(CONDITIONS))
    return m.build("list")


PLAN = [
    (t_portal_table, 16), (t_family_list, 14), (t_end_of_line, 10), (t_split_lines, 8), (t_readout, 10),
    (t_ordinary_numbers, 12), (t_eob, 8), (t_intl_roster, 9), (t_schedule, 8),
    (t_address_change, 10), (t_military_rural, 8), (t_signature, 12), (t_form, 10), (t_payment, 18),
    (t_url, 14), (t_intl_contact, 10), (t_speaker_phone, 6), (t_caps_note, 7), (t_forwarded, 6), (t_ssn_list, 4),
]
EMPHASIS = {t_portal_table, t_family_list, t_end_of_line, t_split_lines, t_readout, t_ordinary_numbers,
            t_eob, t_intl_roster, t_schedule}


def generate():
    out, texts = [], set()
    for fn, count in PLAN:
        made = 0
        tries = 0
        while made < count:
            tries += 1
            if tries > count * 50:
                raise RuntimeError(f"{fn.__name__}: could not make valid messages")
            try:
                m = fn()
            except ValueError:
                continue
            if not ok(m) or m["text"] in texts:
                continue
            texts.add(m["text"])
            out.append(m)
            made += 1
    return out


if __name__ == "__main__":
    import json
    for m in generate():
        print(json.dumps(m, ensure_ascii=False))
