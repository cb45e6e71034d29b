"""Generator for the templated part of the frozen redaction test split.

Own templates, values from Faker (names) plus own format tables for phones, addresses,
postcodes, IBANs (mod-97 computed here), cards (Luhn valid and invalid), routing numbers
(ABA checksum), SSNs, MRNs and dates.  Fixed seed.  Hand-written records live in
hand_written.py and are merged here; check.py validates the result.

Run:  /work/main/.venv/bin/python make_test.py
"""
import json, random, re, unicodedata, os, sys
from faker import Faker

SEED = 20261202
N_TEMPLATED = 272
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import check_record  # noqa: E402
from hand_written import HAND  # noqa: E402

LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL",
           "pl_PL", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN",
           "fil_PH", "en_IN", "en_CA", "en_AU"]
FK = {}
for i, loc in enumerate(LOCALES):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + i)

# ------------------------------------------------------------------ pieces
def I(text, typ, reg):
    return ("I", text, typ, reg)

def K(text):
    return ("K", text)

def ch(seq):
    return rng.choice(seq)

def digits(n):
    return "".join(ch("0123456789") for _ in range(n))

def nz(n):
    return ch("123456789") + digits(n - 1)

def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128 and (c.isalnum()))

# ------------------------------------------------------------------ keep vocab
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin",
         "prednisone", "insulin glargine", "Ozempic", "albuterol", "Plavix", "donepezil",
         "carbidopa-levodopa", "omeprazole", "tamsulosin", "furosemide", "Tylenol", "ibuprofen",
         "vitamin D3", "fish oil", "turmeric", "buprenorphine", "Narcan", "Keppra", "Xarelto",
         "hydrochlorothiazide", "metoprolol 25 mg", "Jardiance", "Entresto", "magnesium glycinate",
         "ashwagandha", "Seroquel", "Aricept", "Suboxone", "Humira", "Tramadol", "Flomax"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
         "Alzheimer's", "type 2 diabetes", "CHF", "hypertension", "chronic kidney disease",
         "stage 3 CKD", "macular degeneration", "sleep apnea", "osteoarthritis", "GERD",
         "major depressive disorder", "DVT", "UTI", "shingles", "dementia", "gout", "asthma",
         "hypothyroidism", "sciatica", "lupus", "pneumonia", "neuropathy", "vertigo"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "eGFR", "TSH", "LDL", "CBC", "BMP", "potassium", "creatinine",
        "troponin", "BNP", "PSA", "vitamin B12", "lipid panel", "triglycerides", "ferritin"]
BODY = ["left hip", "right knee", "lower back", "ankles", "kidneys", "liver", "colon", "shoulder",
        "feet", "chest", "left eye", "bladder", "thyroid", "wrist"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "They're", "It's", "Didn't", "Won't",
         "I've", "You'll", "She's", "We're"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Abuela", "Papa", "Auntie", "Uncle", "Sis"]
ORGS = ["Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "CVS", "Blue Cross", "Medicaid",
        "Cleveland Clinic", "Humana", "Rite Aid", "the VA", "Aetna", "AARP", "Meals on Wheels"]
HELP = ["988", "1-800-222-1222 Poison Control", "911"]
TITLES = ["Morning Walk Group", "Heart Failure Clinic", "Memory Care Support Group", "Tuesday Tai Chi",
          "Caregiver Coffee Hour", "Diabetes Education Class", "Pulmonary Rehab"]
INTL_ORGS = ["NHS", "Boots", "the GP surgery", "Charité", "AP-HP", "IMSS", "SUS", "Apollo Hospitals"]

CPRE = {"We'll": "{c} {v}", "She'd": "{c} rather {v}", "Don't": "{c} forget to {v}", "I'm": "{c} going to {v}",
        "He's": "{c} going to {v}", "Can't": "{c} {v}", "They're": "{c} going to {v}", "It's": "{c} time to {v}",
        "Didn't": "{c} {v}", "Won't": "{c} {v}", "I've": "{c} asked them to {v}", "You'll": "{c} have to {v}",
        "She's": "{c} going to {v}", "We're": "{c} going to {v}"}

def CV(v):
    """A contraction (kept) followed by a grammatical verb phrase."""
    c = ch(CONTR)
    pre, post = CPRE[c].split("{c}")
    return [K(c), post.replace("{v}", v)]

def clin():
    """One or two short clinical clauses with keep words."""
    frames = [
        lambda: ["she's been on ", K(ch(DRUGS)), " since ", K(ch(MONTHS))],
        lambda: ["his ", K(ch(LABS)), " came back high again, doc thinks it's the ", K(ch(CONDS))],
        lambda: CV("pick up") + [" the ", K(ch(DRUGS)), " at ", K(ch(ORGS)), " on ", K(ch(DAYS))],
        lambda: ["the ", K(ch(TITLES)), " meets ", K(ch(DAYS)), " at 10"],
        lambda: [K(ch(RELS)), " says the ", K(ch(BODY)), " pain is worse since the ", K(ch(DRUGS)), " was doubled"],
        lambda: ["dx ", K(ch(CONDS)), ", on ", K(ch(DRUGS)), " and ", K(ch(DRUGS))],
        lambda: ["pharmacist said not to mix ", K(ch(DRUGS)), " with ", K(ch(DRUGS))],
        lambda: ["if it gets bad we call ", K(ch(HELP))],
        lambda: CV("get") + [" the ", K(ch(LABS)), " redone before ", K(ch(DAYS))],
        lambda: ["", K(ch(ORGS)), " still hasn't approved the ", K(ch(DRUGS))],
    ]
    return ch(frames)()

# ------------------------------------------------------------------ names
ENG_SURN = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "White", "Green", "King", "Bell", "Wood",
            "Stone", "Fox", "Lane", "Banks", "Cook", "Hunter", "Love", "Price", "Best", "Sharp", "Moody"]
US_NAME_LOCS = ["en_US"] * 6 + ["es_MX", "vi_VN", "en_IN", "fil_PH", "pl_PL", "it_IT"]

def _name(loc, form=None):
    f = FK[loc]
    first, last = f.first_name(), f.last_name()
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        forms = {"full": last + first, "first": first, "last": last + ("さん" if loc == "ja_JP" else "")}
        if loc == "ja_JP":
            forms["full"] = last + " " + first if rng.random() < 0.5 else last + first
        form = form or ch(["full", "full", "first"])
        return forms.get(form, forms["full"])
    if loc in ("ru_RU",):
        form = form or ch(["full", "full", "first"])
        return {"full": first + " " + last, "first": first}.get(form, first + " " + last)
    form = form or ch(["full", "full", "full", "first", "title"])
    if form == "first":
        return first
    if form == "title":
        return ch(["Mrs. ", "Mr. ", "Ms. ", "Dr. "]) + last
    return first + " " + last

def us_name(form=None):
    loc = ch(US_NAME_LOCS)
    f = FK[loc]
    if rng.random() < 0.3:
        last = ch(ENG_SURN)
        form = form or ch(["full", "title", "full"])
        return {"full": f.first_name() + " " + last, "title": ch(["Mrs. ", "Mr. ", "Ms. "]) + last,
                "first": f.first_name()}[form if form in ("full", "title", "first") else "full"]
    return _name(loc, form)

# ------------------------------------------------------------------ US values
US_PLACES = [("Springfield", "IL", "Illinois", "627"), ("Columbus", "OH", "Ohio", "432"), ("Austin", "TX", "Texas", "787"),
             ("Tucson", "AZ", "Arizona", "857"), ("Portland", "OR", "Oregon", "972"), ("Raleigh", "NC", "North Carolina", "276"),
             ("Madison", "WI", "Wisconsin", "537"), ("Albany", "NY", "New York", "122"), ("Fresno", "CA", "California", "937"),
             ("Boise", "ID", "Idaho", "837"), ("Tulsa", "OK", "Oklahoma", "741"), ("Omaha", "NE", "Nebraska", "681"),
             ("Savannah", "GA", "Georgia", "314"), ("Burlington", "VT", "Vermont", "054"), ("Honolulu", "HI", "Hawaii", "968"),
             ("Anchorage", "AK", "Alaska", "995"), ("Flint", "MI", "Michigan", "485"), ("Dayton", "OH", "Ohio", "454"),
             ("El Paso", "TX", "Texas", "799"), ("Worcester", "MA", "Massachusetts", "016"), ("Des Moines", "IA", "Iowa", "503"),
             ("Santa Fe", "NM", "New Mexico", "875"), ("Bangor", "ME", "Maine", "044"), ("Tacoma", "WA", "Washington", "984"),
             ("Reno", "NV", "Nevada", "895"), ("Lexington", "KY", "Kentucky", "405"), ("Provo", "UT", "Utah", "846"),
             ("Camden", "NJ", "New Jersey", "081"), ("Fargo", "ND", "North Dakota", "581"), ("Chattanooga", "TN", "Tennessee", "374"),
             ("Gainesville", "FL", "Florida", "326"), ("Baton Rouge", "LA", "Louisiana", "708"), ("Pueblo", "CO", "Colorado", "810")]
US_STREETS = ["Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Lake", "Hillcrest", "Sunset", "Pine", "Main",
              "3rd", "14th", "Martin Luther King Jr", "Willow", "Magnolia", "Jefferson", "Ridge", "Orchard", "Chestnut",
              "Walnut", "Prospect", "River", "Meadowbrook", "Dogwood", "Franklin", "Grant", "Highland", "Cherry"]
US_SUFF = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Blvd", "Ct", "Way", "Pl", "Ter", "Cir"]
US_UNITS = ["Apt. 4B", "Apt 12", "Suite 210", "#12", "Unit 3", "Ste 400", "Apt #7C", "Lot 22", "Apt 2F", "Suite 1100", "# 5"]
US_AREAS = ["217", "312", "415", "206", "512", "305", "404", "617", "713", "602", "718", "813", "614", "919", "503",
            "303", "808", "907", "215", "586", "937", "402", "505", "775", "859", "423", "352", "225", "719"]

def zip5(pre):
    return pre + digits(2)

def us_place():
    return ch(US_PLACES)

def us_street():
    s = "%d %s%s %s" % (rng.randint(1, 9899), ch(["", "", "", "N ", "S ", "E ", "W "]), ch(US_STREETS), ch(US_SUFF))
    return s

def us_address(kind=None):
    city, st, stname, pre = us_place()
    z = zip5(pre) + ("-" + digits(4) if rng.random() < 0.3 else "")
    kind = kind or ch(["line", "line", "line_unit", "line_unit", "multi", "nocomma", "pobox", "military", "rural", "citystzip"])
    if kind == "line":
        return "%s, %s, %s %s" % (us_street(), city, st, z)
    if kind == "line_unit":
        return "%s %s, %s, %s %s" % (us_street(), ch(US_UNITS), city, st, z)
    if kind == "nocomma":
        return "%s %s %s %s" % (us_street(), city, st, z)
    if kind == "multi":
        return "%s%s\n%s, %s %s" % (us_street(), ch(["", "\n" + ch(US_UNITS), ", " + ch(US_UNITS)]), city, st, z)
    if kind == "pobox":
        return "%s %d, %s, %s %s" % (ch(["PO Box", "P.O. Box", "P O Box", "POB"]), rng.randint(1, 9999), city, st, zip5(pre))
    if kind == "military":
        br = ch(["AE", "AE", "AP", "AA"])
        mz = {"AE": "09" + digits(3), "AP": "96" + str(rng.randint(201, 698)), "AA": "340" + digits(2)}[br]
        head = ch(["PSC %d, Box %d" % (rng.randint(100, 9999), rng.randint(1, 9999)),
                   "Unit %d Box %d" % (rng.randint(1000, 9999), rng.randint(1, 9999)),
                   "CMR %d Box %d" % (rng.randint(400, 499), rng.randint(100, 9999))])
        sep = ch([", ", "\n", " "])
        return "%s%s%s %s %s" % (head, sep, ch(["APO", "FPO", "DPO"]), br, mz + ("-" + digits(4) if rng.random() < 0.3 else ""))
    if kind == "rural":
        return "%s %d Box %d%s, %s, %s %s" % (ch(["RR", "Rural Route", "R.R."]), rng.randint(1, 9), rng.randint(1, 400),
                                              ch(["", "", "A"]), city, st, zip5(pre))
    if kind == "citystzip":
        return "%s, %s %s" % (city, st, z)
    if kind == "citystate":
        return "%s, %s" % (city, ch([st, stname]))
    raise ValueError(kind)

def us_phone(ext=None):
    a = ch(US_AREAS)
    e = str(rng.randint(2, 9)) + digits(2)
    if e[1:] == "11":
        e = e[0] + "23"
    if rng.random() < 0.3:
        e = "555"
    l = ("01" + digits(2)) if e == "555" else digits(4)
    shape = ch(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}", "+1 {a} {e} {l}", "1-{a}-{e}-{l}",
                "001-{a}-{e}-{l}", "+1 ({a}) {e}-{l}", "{a} {e} {l}", "+1-{a}-{e}-{l}", "({a}){e}-{l}"])
    s = shape.format(a=a, e=e, l=l)
    if ext or (ext is None and rng.random() < 0.15):
        s += ch([" x%d" % rng.randint(2, 9999), " ext. %d" % rng.randint(1, 999), " extension %d" % rng.randint(1, 99),
                 " ext %d" % rng.randint(1, 999), " x" + digits(3)])
    return s

VANITY = ["1-888-MOW-LAWN", "1-800-PLUMBER", "1-877-GO-PAINT", "1-866-FIX-ROOF", "1-800-CAKE-4-U", "1-888-PET-SITS",
          "1-855-DOG-WALK", "1-800-HAULING", "1-844-TAX-HELP", "1-833-NAILS-4U"]

def ssn():
    area = rng.choice([x for x in range(1, 900) if x != 666])
    s = "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))
    r = rng.random()
    return s if r < 0.55 else (s.replace("-", "") if r < 0.8 else s.replace("-", " "))

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def mbi():
    a = lambda: ch(MBI_L)
    an = lambda: ch(MBI_L + "0123456789")
    s = str(rng.randint(1, 9)) + a() + an() + digits(1) + a() + an() + digits(1) + a() + a() + digits(2)
    return s if rng.random() < 0.5 else "%s-%s-%s" % (s[:4], s[4:7], s[7:])

def mrn_us():
    kind = ch(["mrn", "mrn", "chart", "member", "mbi", "medicaid"])
    if kind == "mrn":
        return ("MRN" + ch([" ", ": ", "# ", " #"]), ch([digits(8), "00" + digits(6), nz(7), "E" + digits(7)]))
    if kind == "chart":
        return (ch(["chart # ", "chart no. ", "Chart: "]), ch(["C-" + digits(7), nz(6), "CH" + digits(6)]))
    if kind == "member":
        return (ch(["member id ", "Member ID: ", "member # ", "ins id "]), ch(["XJH" + digits(9), "W" + digits(9), "ZGP" + digits(8) + "01", "H" + digits(8)]))
    if kind == "mbi":
        return (ch(["Medicare # ", "medicare id ", "MBI "]), mbi())
    return (ch(["Medicaid ID ", "medicaid # ", "Medi-Cal ID "]), ch([ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + ch("ABCDEFGHJKLMNPRSTUVWXYZ"), nz(9), "9" + digits(7) + ch("ABCDEFGH")]))

def nhs_number():
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 6)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return n[:3] + " " + n[3:6] + " " + n[6:]

def mrn_intl(country):
    if country == "GB":
        return (ch(["NHS number ", "NHS no. ", "nhs # "]), nhs_number())
    return (ch(["hospital no. ", "patient ID ", "Fall-Nr. " if country == "DE" else "expediente ", "file no. "]),
            ch([digits(8), "P" + digits(7), "%s-%s" % (digits(4), digits(6))]))

def dob_us(avoid_month=False):
    y, m, d = rng.randint(1928, 2019), rng.randint(1, 12), rng.randint(1, 28)
    f = ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%s" % (m, d, str(y)[2:]), "%d-%d-%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
            "%s %d, %d" % (MONTHS[m - 1], d, y), "%s %d %d" % (MONTHS[m - 1][:3], d, y), "%d %s %d" % (d, MONTHS[m - 1], y),
            "%s %d%s %d" % (MONTHS[m - 1][:3] + ".", d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th"), y)])
    return f

DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
PT_M = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]

def dob_intl(country):
    y, m, d = rng.randint(1928, 2019), rng.randint(1, 12), rng.randint(1, 28)
    if country in ("JP", "CN"):
        return ch(["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d)])
    if country == "KR":
        return ch(["%d년 %d월 %d일" % (y, m, d), "%d.%02d.%02d" % (y, m, d)])
    if country in ("DE", "PL", "RU", "TR"):
        return ch(["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, DE_M[m - 1], y) if country == "DE" else "%02d.%02d.%d" % (d, m, y)])
    if country == "FR":
        return ch(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, FR_M[m - 1], y)])
    if country in ("MX", "ES"):
        return ch(["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, ES_M[m - 1], y)])
    if country == "BR":
        return ch(["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, PT_M[m - 1], y)])
    if country == "NL":
        return ch(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y)])
    if country == "IN":
        return ch(["%02d-%02d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)])
    return ch(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y), "%d %s %d" % (d, MONTHS[m - 1][:3], y)])

# ------------------------------------------------------------------ account numbers
def iban_from(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return cc + "%02d" % (98 - n % 97) + bban

def up(n):
    return "".join(ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))

IBAN_BBAN = {
    "DE": lambda: digits(18), "GB": lambda: ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14),
    "FR": lambda: digits(10) + digits(11) + digits(2), "ES": lambda: digits(20), "NL": lambda: ch(["ABNA", "RABO", "INGB", "TRIO"]) + digits(10),
    "IT": lambda: up(1) + digits(10) + digits(12), "PL": lambda: digits(24), "BR": lambda: digits(23) + "C" + str(rng.randint(1, 9)),
    "TR": lambda: digits(5) + "0" + digits(16), "SA": lambda: digits(2) + digits(18),
}

def iban(cc=None):
    cc = cc or ch(list(IBAN_BBAN))
    v = iban_from(cc, IBAN_BBAN[cc]())
    if rng.random() < 0.55:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if rng.random() < 0.2:
        v = v.lower()
    return v

def luhn_ok(s):
    t = 0
    for k, c in enumerate(reversed(s)):
        x = int(c)
        if k % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0

def card(valid=None):
    valid = rng.random() < 0.6 if valid is None else valid
    pre, L = ch([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("34", 15), ("6011", 16), ("4", 16)])
    while True:
        n = pre + digits(L - len(pre))
        if luhn_ok(n) == valid:
            break
    if L == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    return ch([" ", "-", ""]).join(g)

def routing():
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = ch([0, 1, 2, 3])
        if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
            return "".join(map(str, d))

CARD_LABELS = ["card", "cc", "visa", "credit card", "Visa", "CC#", "card #", "Mastercard", "credit card no."]

# ------------------------------------------------------------------ international tables
def ph(fmt):
    return re.sub("D", lambda m: ch("0123456789"), fmt)

INTL_PHONES = {
    "GB": ["+44 20 7946 0DDD", "020 7946 0DDD", "07700 900DDD", "+44 7700 900DDD", "0161 496 0DDD", "+44 131 496 0DDD", "0117 496 0DDD"],
    "DE": ["+49 30 DDDDDDD", "030 DDDDDDDD", "+49 89 DDDDDDD", "+49 151 DDDDDDDD", "0171 DDDDDDD", "+49 40 DDDD DDDD", "0221 DDDDDDD"],
    "FR": ["+33 1 DD DD DD DD", "01 DD DD DD DD", "06 DD DD DD DD", "+33 6 DD DD DD DD", "04 DD DD DD DD", "+33 7 DD DD DD DD"],
    "MX": ["+52 55 DDDD DDDD", "55 DDDD DDDD", "+52 33 DDDD DDDD", "+52 81 DDDD DDDD", "(55) DDDD-DDDD"],
    "BR": ["+55 11 9DDDD-DDDD", "(11) 9DDDD-DDDD", "(21) 3DDD-DDDD", "+55 21 9DDDD-DDDD", "(31) 9DDDD-DDDD"],
    "JP": ["+81 3-DDDD-DDDD", "03-DDDD-DDDD", "090-DDDD-DDDD", "+81 90-DDDD-DDDD", "06-DDDD-DDDD", "080-DDDD-DDDD"],
    "IN": ["+91 98DDD DDDDD", "098DDD DDDDD", "+91 70DDD DDDDD", "+91 22 DDDD DDDD", "+91 80 DDDD DDDD", "+91-99DDD-DDDDD"],
    "ES": ["+34 6DD DD DD DD", "91D DD DD DD", "+34 91 DDD DD DD", "6DD DDD DDD", "+34 93 DDD DD DD"],
    "IT": ["+39 06 DDDD DDDD", "+39 34D DDD DDDD", "02 DDDD DDDD", "+39 02 DDDD DDDD", "33D DDD DDDD"],
    "NL": ["+31 20 DDD DDDD", "020 DDD DDDD", "06 DDDDDDDD", "+31 6 DDDDDDDD", "010 DDD DDDD"],
    "PL": ["+48 22 DDD DD DD", "+48 5DD DDD DDD", "5DD DDD DDD", "+48 12 DDD DD DD", "6DD DDD DDD"],
    "KR": ["+82 10-DDDD-DDDD", "010-DDDD-DDDD", "02-DDD-DDDD", "02-DDDD-DDDD", "+82 2-DDDD-DDDD"],
    "CN": ["+86 138 DDDD DDDD", "139 DDDD DDDD", "010-DDDDDDDD", "+86 10 DDDD DDDD", "021-DDDDDDDD", "+86 186 DDDD DDDD"],
    "AU": ["+61 2 DDDD DDDD", "(02) DDDD DDDD", "04DD DDD DDD", "+61 4DD DDD DDD", "(03) DDDD DDDD"],
    "RU": ["+7 495 DDD-DD-DD", "8 (495) DDD-DD-DD", "+7 916 DDD-DD-DD", "+7 (812) DDD-DD-DD", "8 903 DDD-DD-DD"],
    "TR": ["+90 212 DDD DD DD", "0532 DDD DD DD", "+90 532 DDD DD DD", "0312 DDD DD DD"],
    "SA": ["+966 11 DDD DDDD", "+966 50 DDD DDDD", "050 DDD DDDD", "055 DDD DDDD", "+966 12 DDD DDDD"],
    "PH": ["+63 917 DDD DDDD", "0917 DDD DDDD", "(02) 8DDD DDDD", "+63 2 8DDD DDDD", "0998 DDD DDDD"],
    "VN": ["+84 24 3DDD DDDD", "+84 91 DDD DD DD", "091 DDD DD DD", "028 3DDD DDDD", "+84 90 DDD DD DD"],
    "CA": ["+1 416 555 01DD", "(604) 555-01DD", "514-555-01DD"],
}

GB_PLACES = [("London", ["SE1", "N1", "E8", "SW11", "NW3", "W4"]), ("Manchester", ["M14", "M20", "M4"]), ("Leeds", ["LS6", "LS8"]),
             ("Bristol", ["BS8", "BS3"]), ("Birmingham", ["B15", "B13"]), ("Edinburgh", ["EH3", "EH10"]), ("Glasgow", ["G12", "G41"]),
             ("Cardiff", ["CF10", "CF24"]), ("Norwich", ["NR2"]), ("York", ["YO10"])]
GB_STREETS = ["Albert Road", "Station Road", "Church Lane", "Victoria Street", "Park Terrace", "Mill Lane", "Kings Avenue",
              "Queen's Road", "Elm Grove", "Castle Street", "Highfield Close", "Marlborough Crescent"]
DE_PLACES = [("Berlin", 10115, 14199), ("München", 80331, 81929), ("Hamburg", 20095, 22769), ("Köln", 50667, 51149),
             ("Frankfurt am Main", 60311, 60599), ("Stuttgart", 70173, 70629), ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328)]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Goethestraße", "Schillerstraße", "Am Markt", "Gartenweg",
              "Bergstraße", "Kastanienweg", "Friedrichstraße"]
FR_PLACES = [("Paris", ["750%02d" % i for i in range(1, 21)]), ("Lyon", ["6900%d" % i for i in range(1, 10)]),
             ("Marseille", ["130%02d" % i for i in range(1, 17)]), ("Toulouse", ["31000", "31200", "31400"]),
             ("Nantes", ["44000", "44300"]), ("Bordeaux", ["33000", "33800"]), ("Lille", ["59000", "59800"])]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "place de la Mairie",
              "rue des Lilas", "allée des Tilleuls", "rue du Moulin", "impasse des Roses"]
MX_PLACES = [("Ciudad de México", "CDMX", ["03100", "06700", "04510", "11560"], ["Del Valle", "Roma Norte", "Coyoacán", "Polanco"]),
             ("Guadalajara", "Jal.", ["44100", "44160", "44600"], ["Centro", "Americana", "Providencia"]),
             ("Monterrey", "N.L.", ["64000", "64710"], ["Centro", "Obispado"]), ("Puebla", "Pue.", ["72000", "72160"], ["Centro", "La Paz"]),
             ("Mérida", "Yuc.", ["97000", "97130"], ["Centro", "García Ginerés"])]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Av. Revolución", "Calle 5 de Mayo", "Av. Chapultepec"]
BR_PLACES = [("São Paulo", "SP", (1000, 5999), ["Bela Vista", "Pinheiros", "Mooca"]), ("Rio de Janeiro", "RJ", (20000, 23799), ["Copacabana", "Tijuca"]),
             ("Belo Horizonte", "MG", (30000, 31999), ["Savassi", "Funcionários"]), ("Curitiba", "PR", (80000, 82999), ["Batel", "Centro"]),
             ("Porto Alegre", "RS", (90000, 91999), ["Moinhos de Vento", "Cidade Baixa"]), ("Recife", "PE", (50000, 52999), ["Boa Viagem"])]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua Sete de Setembro", "Av. Atlântica", "Rua XV de Novembro", "Rua Bahia"]
JP_PLACES = [("東京都", "渋谷区", "渋谷", "Tokyo", "Shibuya-ku", "Shibuya", "150-00"), ("大阪府", "大阪市北区", "梅田", "Osaka", "Kita-ku", "Umeda", "530-00"),
             ("京都府", "京都市中京区", "烏丸", "Kyoto", "Nakagyo-ku", "Karasuma", "604-81"), ("神奈川県", "横浜市中区", "山下町", "Yokohama", "Naka-ku", "Yamashita-cho", "231-00"),
             ("北海道", "札幌市中央区", "大通西", "Sapporo", "Chuo-ku", "Odori-nishi", "060-00"), ("福岡県", "福岡市博多区", "博多駅前", "Fukuoka", "Hakata-ku", "Hakataekimae", "812-00")]
IN_PLACES = [("Bengaluru", "Karnataka", "5600", ["Indiranagar", "Jayanagar", "Koramangala"]), ("Mumbai", "Maharashtra", "4000", ["Andheri West", "Dadar", "Bandra East"]),
             ("New Delhi", "Delhi", "1100", ["Lajpat Nagar", "Karol Bagh"]), ("Chennai", "Tamil Nadu", "6000", ["T. Nagar", "Adyar"]),
             ("Hyderabad", "Telangana", "5000", ["Banjara Hills", "Kukatpally"]), ("Pune", "Maharashtra", "4110", ["Kothrud", "Aundh"]),
             ("Kolkata", "West Bengal", "7000", ["Salt Lake", "Ballygunge"])]
ES_PLACES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Zaragoza", "500"), ("Málaga", "290"), ("Bilbao", "480")]
ES_STREETS = ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Gran Vía", "Paseo de la Castellana", "Calle del Sol", "Carrer de Mallorca"]
IT_PLACES = [("Roma", "RM", "001"), ("Milano", "MI", "201"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"), ("Firenze", "FI", "501"), ("Bologna", "BO", "401"), ("Palermo", "PA", "901")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Mazzini", "Piazza Dante", "Via dei Mille", "Viale Europa"]
NL_PLACES = [("Amsterdam", (1011, 1109)), ("Rotterdam", (3011, 3089)), ("Utrecht", (3511, 3585)), ("Den Haag", (2511, 2599)), ("Eindhoven", (5611, 5658)), ("Groningen", (9711, 9747))]
NL_STREETS = ["Keizersgracht", "Prinsengracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein", "Julianalaan"]
PL_PLACES = [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6"), ("Łódź", "9")]
PL_STREETS = ["Marszałkowska", "Długa", "Piotrkowska", "Kwiatowa", "Mickiewicza", "Słoneczna", "Lipowa"]
KR_PLACES = [("서울특별시", "강남구", "테헤란로", "Seoul", "Gangnam-gu", "Teheran-ro", "06"), ("서울특별시", "마포구", "월드컵북로", "Seoul", "Mapo-gu", "World Cup buk-ro", "03"),
             ("부산광역시", "해운대구", "해운대로", "Busan", "Haeundae-gu", "Haeundae-ro", "48"), ("대구광역시", "중구", "동성로", "Daegu", "Jung-gu", "Dongseong-ro", "41")]
CN_PLACES = [("北京市", "朝阳区", "建国路", "Beijing", "Chaoyang District", "Jianguo Road", "1000"), ("上海市", "浦东新区", "世纪大道", "Shanghai", "Pudong New Area", "Century Avenue", "2001"),
             ("广州市", "天河区", "天河路", "Guangzhou", "Tianhe District", "Tianhe Road", "5106"), ("成都市", "武侯区", "人民南路", "Chengdu", "Wuhou District", "Renmin South Road", "6100")]
CA_PLACES = [("Toronto", "ON", "M5"), ("Vancouver", "BC", "V6"), ("Montréal", "QC", "H2"), ("Calgary", "AB", "T2"), ("Ottawa", "ON", "K1"), ("Halifax", "NS", "B3"), ("Winnipeg", "MB", "R3")]
AU_PLACES = [("Sydney", "NSW", "20"), ("Melbourne", "VIC", "30"), ("Brisbane", "QLD", "40"), ("Perth", "WA", "60"), ("Adelaide", "SA", "50"), ("Hobart", "TAS", "70")]
RU_PLACES = [("Москва", "1", ["Тверская", "Арбат", "Новослободская"]), ("Санкт-Петербург", "19", ["Невский проспект", "Садовая"]), ("Казань", "420", ["Баумана"]), ("Новосибирск", "630", ["Красный проспект"])]
TR_PLACES = [("İstanbul", "Kadıköy", "347"), ("İstanbul", "Beşiktaş", "343"), ("Ankara", "Çankaya", "066"), ("İzmir", "Konak", "352"), ("Bursa", "Nilüfer", "161")]
SA_PLACES = [("Riyadh", "الرياض", "12", ["Al Olaya", "Al Malaz"]), ("Jeddah", "جدة", "23", ["Al Rawdah", "Al Hamra"]), ("Dammam", "الدمام", "32", ["Al Faisaliyah"])]
PH_PLACES = [("Makati City", "1226", "Metro Manila"), ("Quezon City", "1100", "Metro Manila"), ("Cebu City", "6000", "Cebu"), ("Davao City", "8000", "Davao del Sur"), ("Pasig City", "1600", "Metro Manila")]
VN_PLACES = [("Hà Nội", ["Hoàn Kiếm", "Ba Đình", "Cầu Giấy"], ["Lý Thường Kiệt", "Hàng Bài", "Kim Mã"]), ("Thành phố Hồ Chí Minh", ["Quận 1", "Quận 3", "Bình Thạnh"], ["Lê Lợi", "Nguyễn Huệ", "Điện Biên Phủ"]), ("Đà Nẵng", ["Hải Châu"], ["Bạch Đằng"])]
GB_L = "ABDEFGHJLNPQRSTUWXYZ"
CA_L = "ABCEGHJKLMNPRSTVWXYZ"
NONLATIN_CITIES = {"JP": ["東京", "大阪", "京都", "札幌"], "CN": ["北京", "上海", "广州", "成都"], "KR": ["서울", "부산", "대구"],
                   "IN": ["मुंबई", "दिल्ली", "बेंगलुरु"], "RU": ["Москва", "Санкт-Петербург", "Казань"], "SA": ["الرياض", "جدة", "الدمام"]}

def intl_address(c):
    n = rng.randint(1, 199)
    if c == "GB":
        city, outs = ch(GB_PLACES)
        pc = "%s %d%s%s" % (ch(outs), rng.randint(0, 9), ch(GB_L), ch(GB_L))
        unit = ch(["", "", "Flat %d, " % rng.randint(1, 30)])
        return ch(["%s%d %s, %s %s" % (unit, n, ch(GB_STREETS), city, pc), "%s%d %s\n%s\n%s" % (unit, n, ch(GB_STREETS), city, pc)]), city
    if c == "DE":
        city, lo, hi = ch(DE_PLACES)
        return ch(["%s %d, %05d %s" % (ch(DE_STREETS), n, rng.randint(lo, hi), city), "%s %d%s\n%05d %s" % (ch(DE_STREETS), n, ch(["", "a", "b"]), rng.randint(lo, hi), city)]), city
    if c == "FR":
        city, cps = ch(FR_PLACES)
        return ch(["%d %s, %s %s" % (n, ch(FR_STREETS), ch(cps), city), "%d%s %s\n%s %s" % (n, ch(["", " bis"]), ch(FR_STREETS), ch(cps), city.upper())]), city
    if c == "MX":
        city, st, cps, cols = ch(MX_PLACES)
        return ch(["%s %d%s, Col. %s, %s %s, %s" % (ch(MX_STREETS), rng.randint(1, 3999), ch(["", " Int. %d" % rng.randint(1, 20)]), ch(cols), ch(["C.P. ", ""]) + ch(cps), city, st)]), city
    if c == "BR":
        city, uf, (lo, hi), bairros = ch(BR_PLACES)
        cep = "%05d-%03d" % (rng.randint(lo, hi), rng.randint(0, 999))
        return ch(["%s, %d%s - %s, %s - %s, %s" % (ch(BR_STREETS), rng.randint(1, 2999), ch(["", ", apto %d" % rng.randint(11, 184)]), ch(bairros), city, uf, cep),
                   "%s, %d\n%s\n%s - %s\nCEP %s" % (ch(BR_STREETS), rng.randint(1, 2999), ch(bairros), city, uf, cep)]), city
    if c == "JP":
        pref, ward, town, rc, rw, rt, z = ch(JP_PLACES)
        zz = z + digits(2)
        a, b, d = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
        return ch([("〒%s %s%s%s%d-%d-%d" % (zz, pref, ward, town, a, b, d), ch([pref, ward])),
                   ("%d-%d-%d %s, %s, %s %s" % (a, b, d, rt, rw, rc, zz), rc)])
    if c == "IN":
        city, state, pin, areas = ch(IN_PLACES)
        p = pin + digits(2)
        return ch(["Flat %d%s, %d %s, %s, %s, %s %s" % (rng.randint(1, 12), ch("ABCD"), n, ch(["MG Road", "Station Road", "2nd Cross", "Nehru Street"]), ch(areas), city, state, p),
                   "H.No. %d-%d, %s, %s - %s" % (rng.randint(1, 12), rng.randint(1, 400), ch(areas), city, p),
                   "B-%d, %s Apartments, %s, %s %s" % (rng.randint(101, 904), ch(["Shanti", "Sai Krupa", "Green Park"]), ch(areas), city, p)]), city
    if c == "ES":
        city, pre = ch(ES_PLACES)
        return "%s %d, %dº %s, %s%02d %s" % (ch(ES_STREETS), n, rng.randint(1, 8), ch("ABCD"), pre, rng.randint(1, 52), city), city
    if c == "IT":
        city, prov, pre = ch(IT_PLACES)
        return ch(["%s %d, %s%02d %s %s" % (ch(IT_STREETS), n, pre, rng.randint(0, 99), city, prov), "%s, %d\n%s%02d %s (%s)" % (ch(IT_STREETS), n, pre, rng.randint(0, 99), city, prov)]), city
    if c == "NL":
        city, (lo, hi) = ch(NL_PLACES)
        pc = "%d %s%s" % (rng.randint(lo, hi), ch("BCEHJKLMNPRTVWXZ"), ch("BCEHJKLMNPRTVWXZ"))
        return ch(["%s %d, %s %s" % (ch(NL_STREETS), n, pc, city), "%s %d%s\n%s %s" % (ch(NL_STREETS), n, ch(["", "-2", " hs"]), pc.replace(" ", "") if rng.random() < 0.3 else pc, city.upper())]), city
    if c == "PL":
        city, d0 = ch(PL_PLACES)
        return "ul. %s %d%s, %s%d-%03d %s" % (ch(PL_STREETS), n, ch(["", "/%d" % rng.randint(1, 60)]), d0, rng.randint(0, 9), rng.randint(0, 999), city), city
    if c == "KR":
        s, g, ro, rs, rg, rr, z = ch(KR_PLACES)
        zz = z + digits(3)
        return ch([("(%s) %s %s %s %d" % (zz, s, g, ro, n), s), ("%d %s, %s, %s %s" % (n, rr, rg, rs, zz), rs)])
    if c == "CN":
        city, dist, road, rc, rd, rr, z = ch(CN_PLACES)
        zz = z + digits(2)
        return ch([("%s%s%s%d号 邮编%s" % (city, dist, road, n, zz), city), ("No. %d %s, %s, %s %s" % (n, rr, rd, rc, zz), rc)])
    if c == "CA":
        city, pr, fsa = ch(CA_PLACES)
        pc = "%s%s %d%s%d" % (fsa, ch(CA_L[:-2]), rng.randint(0, 9), ch(CA_L[:-2]), rng.randint(0, 9))
        return "%d %s, %s, %s %s" % (rng.randint(1, 999), ch(["Queen St W", "King St E", "Rue Sainte-Catherine", "Robson St", "Jasper Ave", "Portage Ave"]), city, pr, pc), city
    if c == "AU":
        city, stt, pre = ch(AU_PLACES)
        return "%s%d %s, %s %s %s%02d" % (ch(["", "Unit %d/" % rng.randint(1, 20)]), n, ch(["George St", "Collins St", "Queen St", "Hay St", "Rundle Mall"]), city, stt, pre, rng.randint(0, 99)), city
    if c == "RU":
        city, pre, streets = ch(RU_PLACES)
        z = pre + digits(6 - len(pre))
        return "%s, г. %s, ул. %s, д. %d, кв. %d" % (z, city, ch(streets), n, rng.randint(1, 200)), city
    if c == "TR":
        city, ilce, pre = ch(TR_PLACES)
        return "%s Cad. No: %d D: %d, %s%02d %s/%s" % (ch(["Atatürk", "Bağdat", "Cumhuriyet", "İnönü"]), n, rng.randint(1, 20), pre, rng.randint(0, 99), ilce, city), city
    if c == "SA":
        city, ar, pre, dists = ch(SA_PLACES)
        z = pre + digits(3)
        return ch([("%d King Fahd Rd, %s Dist., %s %s - %s" % (rng.randint(1000, 9999), ch(dists), city, z, digits(4)), city),
                   ("%s %s، طريق الملك فهد %d" % (ar, z, rng.randint(1000, 9999)), ar)])
    if c == "PH":
        city, z, prov = ch(PH_PLACES)
        return "%s%d %s, %s, %s %s" % (ch(["", "Unit %d%s, " % (rng.randint(1, 30), ch("ABC"))]), n, ch(["Ayala Ave", "Rizal St", "Mabini St", "Osmeña Blvd"]), ch(["Brgy. San Lorenzo, ", ""]) + city, z, prov), city
    if c == "VN":
        city, dists, streets = ch(VN_PLACES)
        return "%d %s, %s, %s" % (n, ch(streets), ch(dists), city), city
    raise ValueError(c)

COUNTRIES = {  # country -> name locale, has IBAN
    "GB": ("en_GB", True), "DE": ("de_DE", True), "FR": ("fr_FR", True), "MX": ("es_MX", False), "BR": ("pt_BR", True),
    "JP": ("ja_JP", False), "IN": ("hi_IN", False), "ES": ("es_ES", True), "IT": ("it_IT", True), "NL": ("nl_NL", True),
    "PL": ("pl_PL", True), "KR": ("ko_KR", False), "CN": ("zh_CN", False), "CA": ("en_CA", False), "AU": ("en_AU", False),
    "RU": ("ru_RU", False), "TR": ("tr_TR", True), "SA": ("ar_SA", True), "PH": ("fil_PH", False), "VN": ("vi_VN", False),
}
LATIN_IN = "en_IN"
MAIL_DOM = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com"],
            "GB": ["btinternet.com", "hotmail.co.uk", "gmail.com"], "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
            "MX": ["prodigy.net.mx", "hotmail.com", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "JP": ["yahoo.co.jp", "docomo.ne.jp"],
            "IN": ["rediffmail.com", "gmail.com"], "ES": ["telefonica.net", "gmail.com"], "IT": ["libero.it", "virgilio.it"], "NL": ["ziggo.nl", "kpnmail.nl"],
            "PL": ["wp.pl", "onet.pl", "o2.pl"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"], "CA": ["rogers.com", "shaw.ca"],
            "AU": ["bigpond.com", "optusnet.com.au"], "RU": ["yandex.ru", "mail.ru"], "TR": ["hotmail.com.tr", "gmail.com"], "SA": ["gmail.com", "outlook.sa"],
            "PH": ["yahoo.com.ph", "gmail.com"], "VN": ["gmail.com", "vnn.vn"]}


class Ctx:
    """Region context for one message: US or one international country."""
    def __init__(self, country="US"):
        self.c = country
        self.reg = "US" if country == "US" else "INTL"

    def name(self, form=None):
        if self.c == "US":
            return I(us_name(form), "PERSON", "US")
        loc = COUNTRIES[self.c][0]
        if loc == "hi_IN" and rng.random() < 0.5:
            loc = LATIN_IN
        return I(_name(loc, form), "PERSON", "INTL")

    def latin_handle(self, nm):
        a = ascii_fold(nm.replace("Mrs.", "").replace("Mr.", "").replace("Ms.", "").replace("Dr.", "")).lower()
        if len(a) < 3:
            a = ascii_fold(FK["en_US"].first_name()).lower()
        return a

    def email(self, nm=None):
        nm = nm or (self.name()[1])
        h = self.latin_handle(nm)
        parts = nm.split()
        if len(parts) >= 2 and all(ascii_fold(p) for p in parts[-2:]):
            f, l = ascii_fold(parts[-2]).lower(), ascii_fold(parts[-1]).lower()
            h = ch([f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l, l + f[:1] + digits(2)])
        elif rng.random() < 0.5:
            h = h + str(rng.randint(1940, 2005))
        return I(h + "@" + ch(MAIL_DOM[self.c]), "EMAIL_ADDRESS", self.reg)

    def url(self, nm=None):
        nm = nm or self.name()[1]
        parts = [ascii_fold(p).lower() for p in nm.split() if ascii_fold(p)]
        if len(parts) < 2:
            parts = [ascii_fold(FK["en_US"].first_name()).lower(), ascii_fold(FK["en_US"].last_name()).lower()]
        f, l = parts[-2], parts[-1]
        u = ch(["https://www.facebook.com/%s.%s.%d" % (f, l, rng.randint(1, 99)), "linkedin.com/in/%s-%s-%s" % (f, l, "%x" % rng.randint(4096, 65535)),
                "www.%s%s.com" % (f, l), "https://%s%sphotography.com" % (f, l), "caringbridge.org/visit/%s%s" % (f, l),
                "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l), "instagram.com/%s.%s_" % (f, l), "http://%s-%s.blogspot.com" % (f, l)])
        return I(u, "URL", self.reg)

    def phone(self, ext=None):
        if self.c == "US":
            return I(us_phone(ext), "PHONE_NUMBER", "US")
        return I(ph(ch(INTL_PHONES[self.c])), "PHONE_NUMBER", "INTL")

    def addr(self, kind=None):
        if self.c == "US":
            return I(us_address(kind), "LOCATION", "US")
        return I(intl_address(self.c)[0], "LOCATION", "INTL")

    def city(self):
        if self.c == "US":
            p = us_place()
            return I(ch([p[0], p[0], "%s, %s" % (p[0], p[1]), "%s, %s" % (p[0], p[2])]), "LOCATION", "US")
        if self.c in NONLATIN_CITIES and rng.random() < 0.6:
            return I(ch(NONLATIN_CITIES[self.c]), "LOCATION", "INTL")
        return I(intl_address(self.c)[1], "LOCATION", "INTL")

    def dob(self):
        return I(dob_us() if self.c == "US" else dob_intl(self.c), "DATE_OF_BIRTH", self.reg)

    def mrn(self):
        lab, v = mrn_us() if self.c == "US" else mrn_intl(self.c)
        return [lab, I(v, "MEDICAL_RECORD_NUMBER", self.reg)]

    def acct(self):
        r = rng.random()
        if self.c != "US" and COUNTRIES[self.c][1] and r < 0.75:
            return [ch(["IBAN ", "iban: ", "IBAN: ", "", "my iban is "]), I(iban(self.c), "ACCOUNT_NUMBER", "INTL")]
        if self.c == "US" and r < 0.15:
            return [ch(["IBAN ", "iban ", ""]) , I(iban(), "ACCOUNT_NUMBER", "INTL")]
        if r < 0.7:
            return [ch(CARD_LABELS) + ch([" ", ": ", " number "]), I(card(), "ACCOUNT_NUMBER", self.reg)]
        if self.c == "US":
            return [ch(["routing ", "routing # ", "ABA "]), I(routing(), "ACCOUNT_NUMBER", "US"), ch([", acct ", " account # ", " checking acct "]), I(nz(rng.randint(8, 12)), "ACCOUNT_NUMBER", "US")]
        return [ch(["account no. ", "bank account "]), I(nz(rng.randint(8, 12)), "ACCOUNT_NUMBER", self.reg)]

    def ssn(self):
        return I(ssn(), "US_SSN", "US")


def pick_ctx(p_intl=0.35):
    if rng.random() < p_intl:
        return Ctx(ch(list(COUNTRIES)))
    return Ctx("US")

# ------------------------------------------------------------------ templates (one list per style)
def t_speaker(c):
    rel = ch(["Daughter", "Son", "Wife", "Husband", "Niece", "Neighbor", "Caregiver", "Granddaughter", "Brother"])
    a, b = c.name("first"), c.name("first")
    out = [rel + " ", a, ": "] + clin() + [". new number for the house is ", c.phone(), "\n", b, ": ok got it. "]
    out += ch([["DOB on the form should be ", c.dob()], ["mail goes to ", c.addr()], ["can you email me at ", c.email()]])
    out += ["\n", rel + " ", a, ": "] + CV("sort it out") + [" ", K(ch(DAYS))]
    if c.c == "US" and rng.random() < 0.3:
        out += [". her social is ", c.ssn(), " if they ask"]
    return out

def t_speaker2(c):
    n1, n2, n3 = c.name(), c.name("first"), c.name("first")
    return [n1, ": ", K(ch(RELS)), " fell again near the bathroom, ", K(ch(BODY)), " looks bruised\n", n2, ": did she take the ",
            K(ch(DRUGS)), "?\n", n1, ": yes. I called ", c.phone(), " and they said bring her in\n", n3, ": I can drive, I'm at ", c.city(), " till 5"]

def t_list(c):
    out = ["Care team contacts for ", K(ch(RELS)), ":\n"]
    for _ in range(rng.randint(3, 4)):
        nm = c.name()
        out += [ch(["- ", "* ", "• ", ""]), nm, " (", ch(["son", "daughter", "neighbor", "nurse", "friend", "cousin"]), ") "]
        out += ch([[c.phone()], [c.email(nm[1])], [c.phone(), " / ", c.email(nm[1])]]) + ["\n"]
    out += ["Meds: ", K(ch(DRUGS)), ", ", K(ch(DRUGS)), "\n"]
    return out

def t_list2(c):
    a, b, cc = c.name("first"), c.name("first"), c.name("first")
    return [a, ", ", b, " and ", cc, " are taking turns this week.\n1. ", K(ch(DAYS)), " - ", a, " drives to ", K(ch(TITLES)),
            "\n2. ", K(ch(DAYS)), " - ", b, " picks up ", K(ch(DRUGS)), "\n3. weekend - ", cc, ", call ", c.phone(), " if late\nAddress: ", c.addr()]

def t_runon(c):
    n, m = c.name(), c.name("first")
    return ["so yesterday ", n, " called me from ", c.city(), " saying ", K(ch(RELS)), " was dizzy and i couldn't believe it but the ", K(ch(DRUGS)), " was never refilled because the pharmacy had the old address ",
            c.addr(), " and then ", m, " tried calling ", c.phone(), " but nobody picked up so we ended up going to urgent care and they said it's probably the ",
            K(ch(CONDS)), " and to check the ", K(ch(LABS)), " again next week"]

def t_runon2(c):
    n = c.name()
    return ["ok long story short ", n, " (born ", c.dob(), ") moved in with us after the hospital and it's been ok but the ", K(ch(CONDS)),
            " is worse and the social worker wants her "] + c.mrn() + [" and her new address which is ", c.addr(), " and honestly i'm exhausted lol"]

def t_signature(c):
    n = c.name("full")
    nm = n[1]
    body = ["Hi, following up on the ", K(ch(LABS)), " results for ", K(ch(RELS)), ". "] + CV("call") + [" the office ", K(ch(DAYS)), ".\n\n"]
    sig = [ch(["--\n", "Thanks,\n", "Best regards,\n", "Sent from my iPhone\n\n", "Cheers,\n"]), n, "\n"]
    sig += ch([[c.addr("multi") if c.c == "US" else c.addr(), "\n"], [c.city(), "\n"], []])
    sig += [ch(["cell ", "Mobile: ", "m. ", "T: ", "", "ph "]), c.phone(), ch([" | ", "\n"]), c.email(nm)]
    if rng.random() < 0.75:
        sig += ["\n", c.url(nm)]
    return body + sig

def t_form(c):
    n = c.name("full")
    out = [ch(["NEW PATIENT INTAKE\n", "Registration form\n", "Caregiver authorization form\n", "Change of information request\n"]),
           "Name: ", n, "\n", ch(["DOB: ", "Date of birth: ", "D.O.B. "]), c.dob(), "\n"]
    if c.c == "US" and rng.random() < 0.8:
        out += [ch(["SSN: ", "Social Security #: ", "SS#: "]), c.ssn(), "\n"]
    out += ["Address: ", c.addr(), "\n", "Phone: ", c.phone(), "\n", "Email: ", c.email(n[1]), "\n"]
    out += c.mrn() + ["\n", "Primary dx: ", K(ch(CONDS)), "\nCurrent meds: ", K(ch(DRUGS)), ", ", K(ch(DRUGS)), "\n"]
    if rng.random() < 0.4:
        out += ["Payment: "] + c.acct() + ["\n"]
    out += ["Emergency contact: ", c.name(), " ", c.phone()]
    return out

def t_international(c):
    n, m = c.name(), c.name()
    out = [ch(["Update from abroad: ", "Writing from overseas - ", "", "FYI "]), n, " is staying with ", m, " at ", c.addr(),
           " until ", K(ch(MONTHS)), ". Landline ", c.phone(), ", mobile ", c.phone(), ". "]
    out += clin() + [". "]
    if COUNTRIES[c.c][1] and rng.random() < 0.7:
        out += ["For the pharmacy bill, transfer to "] + c.acct()
    else:
        out += ["Her date of birth on the local file is ", c.dob()]
    return out

def t_clin(c):
    n = c.name(ch(["full", "title"]))
    out = [ch(["Pt ", "Patient ", "S: pt ", "Note - "]), n, " (", c.mrn()[1], ", DOB ", c.dob(), ") seen for f/u of ", K(ch(CONDS)), ". ",
           ch(["Cont ", "Continue ", "Increase ", "Hold "]), K(ch(DRUGS)), ". ", K(ch(LABS)), " ordered. Lives at ", c.addr(), ". ",
           ch(["Daughter ", "Son ", "Spouse ", "HCP "]), c.name("full"), " ", c.phone(), " is main contact."]
    if rng.random() < 0.3:
        out += [" Counseled re: crisis line ", K("988"), "."]
    return out

def t_general(c):
    kind = rng.random()
    n = c.name("full")
    if kind < 0.35:
        return [ch(["Hi, I need to update my address. ", "Address change please - ", "We moved! "]), "Old: ", c.addr(), " New: ", c.addr(),
                ". Account holder ", n, ", phone ", c.phone(), ". "] + ([" SSN ", c.ssn(), " for verification. "] if c.c == "US" and rng.random() < 0.5 else []) + CV("use") + [" ", K(ch(ORGS)), " for the ", K(ch(DRUGS)), "."]
    if kind < 0.7:
        return ["Billing question: I was charged twice on my ", *c.acct(), " for the ", K(ch(MONTHS)), " visit. Name on the card is ", n,
                ", billing zip/address ", c.addr(), ". Call back at ", c.phone(), " or ", c.email(n[1]), ". (this was for ", K(ch(CONDS)), " follow up)"]
    return ["Subscription to the newsletter - name ", n, ", email ", c.email(n[1]), ", birthday ", c.dob(), ". I'd like the ",
            K(ch(TITLES)), " schedule sent to ", c.addr(), ". Website: ", c.url(n[1]), ". "] + CV("order") + [" the ", K(ch(DRUGS)), " refill."]

def t_forward(c):
    n, m = c.name("full"), c.name("full")
    return [ch(["---------- Forwarded message ---------\n", "Fwd: ", "Begin forwarded message:\n\n", "> forwarded from the group chat\n"]),
            "From: ", n, " <", c.email(n[1]), ">\n", ch(["Date: ", "Sent: "]), K(ch(DAYS)), ", ", K(ch(MONTHS)), " 3\nSubject: ", K(ch(RELS)), "'s meds\n\n",
            "Hi ", m, ", the ", K(ch(DRUGS)), " dose changed after the ", K(ch(LABS)), ". Pharmacy needs her ", c.mrn()[0], c.mrn()[1],
            " and birthday ", c.dob(), ". My number is ", c.phone(), "."]

def t_multi(c):
    n = c.name("full")
    out = [n, " here, ", ch(["SSN ", "ss# ", "social "]) if c.c == "US" else "", c.ssn() if c.c == "US" else c.dob(), ", ", c.dob(), ", lives ",
           c.addr(), ", ph ", c.phone(), ", alt ", c.phone(), ", ", c.email(n[1]), ", "] + c.mrn() + [", "] + c.acct() + [". dx ", K(ch(CONDS)), ", meds ", K(ch(DRUGS))]
    return out

def t_bank(c):
    n = c.name("full")
    out = [ch(["Re: copay autopay. ", "Question about my statement - ", "Setting up payments for ", "Paying the home nurse invoice for "]),
           K(ch(RELS)), "'s account. Holder ", n, ". "]
    out += c.acct() + [". If that fails use "] + c.acct() + [". "]
    if c.c == "US" and rng.random() < 0.6:
        out += ["They asked for the last SSN on file: ", c.ssn(), ". "]
    out += ["Invoice was for the ", K(ch(CONDS)), " visit. Receipt to ", c.email(n[1]), "."]
    return out

def t_fund(c):
    n, m = c.name("full"), c.name("first")
    return ["so my cousin ", n, " set up a fundraiser ", c.url(n[1]), " because the ", K(ch(CONDS)), " treatment is not covered by ",
            K(ch(ORGS)), " and ", m, " keeps asking people to send money straight to ", *c.acct(), " which i think is risky and also she posted her home address ",
            c.addr(), " on the page?? and her number ", c.phone(), " anyway the ", K(ch(DRUGS)), " is helping"]

def t_vanity(c):
    n = c.name("full")
    return [ch(["Our friend ", "My grandkid ", "The neighbor's kid ", "Family friend "]), n, " runs a small business, number is ", I(ch(VANITY), "PHONE_NUMBER", "US"), " or cell ", c.phone(), ". They can drive ",
            K(ch(RELS)), " to ", K(ch(ORGS)), " for the ", K(ch(LABS)), " draw on ", K(ch(DAYS)), "."]

BASE = {
    "speaker_label": [t_speaker, t_speaker2],
    "list": [t_list, t_list2],
    "run_on": [t_runon, t_runon2, t_fund],
    "signature": [t_signature],
    "form": [t_form],
    "international": [t_international],
    "clinician_note": [t_clin],
    "general_text": [t_general, t_bank],
    "forwarded": [t_forward],
    "multi_identifier": [t_multi, t_vanity, t_bank],
}
MIXABLE = [t_bank, t_fund, t_speaker, t_speaker2, t_list2, t_runon, t_runon2, t_clin, t_general, t_forward, t_signature, t_vanity]

TYPOS = {"tomorrow": "tommorow", "because": "becuase", "appointment": "appointmnet", "pharmacy": "pharmacey", "definitely": "definately",
         "received": "recieved", "doctor": "docter", "address": "adress", "number": "numbr", "again": "agian", "with": "wiht", "the ": "teh ",
         "called": "caled", "week": "weeek", "said": "siad", "going": "goign", "please": "pls", "because ": "bc ", "probably": "prolly",
         "schedule": "schedual", "their": "thier", "really": "realy", "until": "untill"}

def typo(s):
    for a, b in TYPOS.items():
        if a in s and rng.random() < 0.6:
            s = s.replace(a, b, 1)
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and rng.random() < 0.12:
            j = rng.randint(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)

def render(pieces, style, transform=None):
    text, ids, keep = "", [], []
    for p in pieces:
        if isinstance(p, str):
            s = p
            if style == "typos":
                s = typo(s)
            text += transform(s) if transform else s
        elif p[0] == "I":
            t = transform(p[1]) if transform else p[1]
            text += t
            d = {"text": t, "type": p[2], "region": p[3]}
            if d not in ids:
                ids.append(d)
        elif p[0] == "K":
            t = transform(p[1]) if transform else p[1]
            text += t
            if t not in keep:
                keep.append(t)
    return text, ids, keep

def make_one(style):
    intl = {"international": 1.0}.get(style, 0.35)
    c = Ctx(ch([k for k in COUNTRIES])) if rng.random() < intl else Ctx("US")
    if style in BASE:
        fn = ch(BASE[style])
        if fn is t_vanity:
            c = Ctx("US")
        pieces = fn(c)
        tr = None
    else:
        fn = ch(MIXABLE)
        if fn is t_vanity:
            c = Ctx("US")
        pieces = fn(c)
        tr = {"lower_case": str.lower, "all_caps": str.upper}.get(style)
    text, ids, keep = render(pieces, style, tr)
    return {"style": style, "text": text, "identifiers": ids, "keep": keep}

STYLES = list(BASE) + ["lower_case", "all_caps", "typos"]

def main():
    recs = []
    i = 0
    while len(recs) < N_TEMPLATED:
        style = STYLES[i % len(STYLES)]
        i += 1
        for attempt in range(50):
            r = make_one(style)
            if not check_record(r):
                break
        else:
            raise SystemExit("could not make a valid %s record" % style)
        r["source"] = "template"
        recs.append(r)
    for h in HAND:
        style, text, ids, keep = h
        recs.append({"style": style, "text": text,
                     "identifiers": [{"text": t, "type": TYPE_CODES[ty], "region": "US" if rg == "U" else "INTL"} for t, ty, rg in ids],
                     "keep": keep, "source": "hand"})
    rng.shuffle(recs)
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(recs, 1):
            out = {"id": "ft-%04d" % n, "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote", len(recs))

TYPE_CODES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL", "S": "US_SSN",
              "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}

if __name__ == "__main__":
    main()
