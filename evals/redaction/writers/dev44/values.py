"""Invented identifier values (Faker + hand-made shapes) and keep-word pools for build.py."""
import random
import string

from faker import Faker

R = random.Random(4444)
_F = {}


def fk(loc="en_US"):
    if loc not in _F:
        _F[loc] = Faker(loc)
        _F[loc].seed_instance(R.randint(0, 10**9))
    return _F[loc]


def mark(code, value, region):
    return "{%s/%s:%s}" % (code, "U" if region == "US" else "I", value)


def keep(w):
    return "[[" + w + "]]"


# ----------------------------------------------------------------- keep pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "insulin glargine", "Ozempic",
         "Xarelto", "prednisone", "albuterol", "omeprazole", "losartan", "hydrochlorothiazide", "donepezil",
         "carbidopa-levodopa", "Suboxone", "naloxone", "tramadol", "fish oil", "vitamin B12", "magnesium",
         "turmeric", "furosemide", "metoprolol", "clopidogrel", "Jardiance", "tamsulosin", "fenofibrate",
         "escitalopram", "buprenorphine", "Tylenol", "ibuprofen", "aspirin 81", "Plavix", "Synthroid", "Zoloft"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
              "Alzheimer's", "type 2 diabetes", "congestive heart failure", "hypertension", "chronic kidney disease",
              "sleep apnea", "osteoarthritis", "depression", "anxiety", "asthma", "gout", "pneumonia", "shingles",
              "UTI", "migraine", "neuropathy", "macular degeneration", "hypothyroidism", "anemia", "dementia",
              "lupus", "multiple sclerosis", "cellulitis", "DVT", "GERD"]
LABS = ["Hemoglobin A1c", "lipid panel", "CBC", "TSH", "INR", "creatinine", "eGFR", "potassium", "troponin",
        "BNP", "vitamin D level", "PSA", "urinalysis", "triglycerides", "LDL", "ferritin", "liver panel"]
BODY = ["knee", "hip", "chest", "ankle", "shoulder", "lower back", "left arm", "kidneys", "liver", "lungs", "heart",
        "feet", "eyes", "wrist", "stomach", "throat"]
ORGS = ["Walgreens", "Medicare", "Mayo Clinic", "Kaiser", "CVS", "Medicaid", "Cleveland Clinic", "Rite Aid", "Aetna",
        "Blue Cross", "Humana", "Kroger pharmacy", "Costco pharmacy", "Johns Hopkins"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Aunt", "Uncle", "Daughter", "Son", "Mother", "Father", "Nana", "Papa",
        "Sister", "Brother", "Granddaughter", "Grandson", "Cousin", "Wife", "Husband"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "It's", "I've", "They're", "Won't"]
GROUPS = ["Morning Walk Group", "Caregiver Support Circle", "Heart Healthy Cooking Class", "Memory Cafe",
          "Tuesday Chair Yoga", "Diabetes Prevention Program"]
HELP = ["988", "1-800-222-1222"]

# ----------------------------------------------------------------- names
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "King", "Bell", "Frost", "Stone", "Banks",
                 "Fox", "Lane", "Rivers", "Snow", "Price", "Hunt", "Gray", "Summers", "Marsh", "Love", "Black"]
WORD_FIRST = ["Hope", "Grace", "June", "Faith", "Joy", "Rose", "Dawn", "Ivy", "Hunter", "Skye", "Iris", "Sunny"]
US_LOCALES = ["en_US"] * 6 + ["es_MX", "vi_VN", "en_IN", "ko_KR_latin", "ar_latin"]
LATIN_EXTRA = {"ko_KR_latin": (["Min-jun", "Ji-woo", "Seo-yeon", "Hyun", "Soo-ah"], ["Kim", "Lee", "Choi", "Jung", "Kang"]),
               "ar_latin": (["Omar", "Fatima", "Yusuf", "Layla", "Khalid", "Amira"],
                            ["Haddad", "Nasser", "Al-Sayed", "Khoury", "Mansour"])}
INTL_LATIN = ["en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "nl_NL", "pl_PL", "tr_TR", "fil_PH",
              "vi_VN", "en_IN", "sv_SE"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "el_GR", "uk_UA", "th_TH", "he_IL"]


def _clean(s):
    return s.replace("\n", " ").strip()


def first_last(loc="en_US"):
    if loc in LATIN_EXTRA:
        a, b = LATIN_EXTRA[loc]
        return R.choice(a), R.choice(b)
    f = fk(loc)
    first, last = _clean(f.first_name()), _clean(f.last_name())
    if loc == "en_US":
        if R.random() < 0.25:
            last = R.choice(WORD_SURNAMES)
        if R.random() < 0.08:
            first = R.choice(WORD_FIRST)
    return first, last


def us_person():
    return first_last(R.choice(US_LOCALES))


def nonlatin_name():
    loc = R.choice(NONLATIN)
    f = fk(loc)
    first, last = _clean(f.first_name()), _clean(f.last_name())
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        return (last + (" " if loc == "ja_JP" else "") + first), loc
    return first + " " + last, loc


# ----------------------------------------------------------------- phones
AREA = ["217", "312", "415", "512", "602", "614", "702", "713", "718", "757", "801", "907", "919", "303", "404",
        "503", "615", "808", "860", "971", "231", "385", "478", "541", "series"]


def _us_parts():
    a = R.choice(AREA[:-1])
    e = "555" if R.random() < 0.6 else str(R.randint(201, 989))
    line = ("01%02d" % R.randint(0, 99)) if e == "555" else "%04d" % R.randint(0, 9999)
    return a, e, line


def us_phone(shape=None):
    a, e, l = _us_parts()
    shapes = ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}", "+1 {a} {e} {l}", "1-{a}-{e}-{l}",
              "001-{a}-{e}-{l}", "+1-{a}-{e}-{l}", "{a} {e} {l}", "+1 ({a}) {e}-{l}", "1 ({a}) {e}-{l}",
              "({a}){e}-{l}", "+1{a}{e}{l}"]
    s = (shape or R.choice(shapes)).format(a=a, e=e, l=l)
    r = R.random()
    if r < 0.18:
        s += R.choice([" x%d" % R.randint(2, 9999), " ext. %d" % R.randint(1, 999), " extension %d" % R.randint(1, 9),
                       " ext %d" % R.randint(10, 500), " x%d" % R.randint(100, 999), " Ext. %d" % R.randint(1, 99)])
    return s


VANITY = ["FLOWERS", "PLUMBER", "BAKE-PIE", "GO-TACOS", "DR-SMILE", "CAKES-4U", "MY-NAILS", "FIX-ROOF", "TAX-HELP",
          "PET-CARE", "LAWN-GUY", "GET-TRIM", "HOT-SOUP"]


def vanity_phone():
    return R.choice(["1-800-", "1-888-", "1-877-", "1-866-", "(800) ", "855-"]) + R.choice(VANITY)


def _d(n):
    return "".join(R.choice(string.digits) for _ in range(n))


INTL_PHONES = {
    "UK": lambda: R.choice(["+44 20 7946 0%s" % _d(3), "020 7946 0%s" % _d(3), "+44 7700 900%s" % _d(3),
                            "07700 900 %s" % _d(3), "+44 (0)161 496 0%s" % _d(3), "0113 496 0%s" % _d(3)]),
    "DE": lambda: R.choice(["+49 30 %s" % _d(7), "+49 89 %s %s" % (_d(4), _d(4)), "030 %s" % _d(8),
                            "+49 (0)40 %s" % _d(7), "+49 151 %s" % _d(8)]),
    "FR": lambda: R.choice(["+33 1 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)), "01 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)),
                            "+33 6 %s %s %s %s" % (_d(2), _d(2), _d(2), _d(2)), "06.%s.%s.%s.%s" % (_d(2), _d(2), _d(2), _d(2))]),
    "MX": lambda: R.choice(["+52 55 %s %s" % (_d(4), _d(4)), "+52 1 33 %s %s" % (_d(4), _d(4)), "55 %s %s" % (_d(4), _d(4)),
                            "+52 81 %s-%s" % (_d(4), _d(4))]),
    "IN": lambda: R.choice(["+91 98%s %s" % (_d(3), _d(5)), "+91-22-%s" % _d(8), "098%s %s" % (_d(2), _d(5)),
                            "+91 80 %s %s" % (_d(4), _d(4))]),
    "JP": lambda: R.choice(["+81 3-%s-%s" % (_d(4), _d(4)), "03-%s-%s" % (_d(4), _d(4)), "+81 90-%s-%s" % (_d(4), _d(4)),
                            "090-%s-%s" % (_d(4), _d(4))]),
    "BR": lambda: R.choice(["+55 11 9%s-%s" % (_d(4), _d(4)), "(21) 9%s-%s" % (_d(4), _d(4)), "+55 31 %s %s" % (_d(4), _d(4))]),
    "ES": lambda: R.choice(["+34 6%s %s %s" % (_d(2), _d(3), _d(3)), "+34 91 %s %s %s" % (_d(3), _d(2), _d(2))]),
    "IT": lambda: R.choice(["+39 06 %s %s" % (_d(4), _d(4)), "+39 3%s %s %s" % (_d(2), _d(3), _d(4))]),
    "NL": lambda: R.choice(["+31 6 %s %s" % (_d(4), _d(4)), "+31 20 %s %s" % (_d(3), _d(4))]),
    "PH": lambda: R.choice(["+63 917 %s %s" % (_d(3), _d(4)), "0917 %s %s" % (_d(3), _d(4))]),
    "KR": lambda: R.choice(["+82 10-%s-%s" % (_d(4), _d(4)), "010-%s-%s" % (_d(4), _d(4))]),
    "CN": lambda: R.choice(["+86 139 %s %s" % (_d(4), _d(4)), "+86 10 %s %s" % (_d(4), _d(4))]),
    "CA": lambda: R.choice(["+1 416 555 0%s" % _d(3), "(604) 555-0%s" % _d(3), "+1-514-555-0%s" % _d(3)]),
    "AU": lambda: R.choice(["+61 4%s %s %s" % (_d(2), _d(3), _d(3)), "(02) %s %s" % (_d(4), _d(4))]),
    "TR": lambda: "+90 5%s %s %s %s" % (_d(2), _d(3), _d(2), _d(2)),
    "RU": lambda: "+7 9%s %s-%s-%s" % (_d(2), _d(3), _d(2), _d(2)),
    "SA": lambda: "+966 5%s %s %s" % (_d(1), _d(3), _d(4)),
}
COUNTRY_LOC = {"UK": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "IN": "en_IN", "JP": "ja_JP",
               "BR": "pt_BR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PH": "fil_PH", "KR": "ko_KR",
               "CN": "zh_CN", "CA": "en_CA", "AU": "en_AU", "TR": "tr_TR", "RU": "ru_RU", "SA": "ar_SA"}


def intl_phone(country=None):
    c = country or R.choice(list(INTL_PHONES))
    return INTL_PHONES[c]()


# ----------------------------------------------------------------- addresses
US_CITIES = [("Springfield", "IL", "627"), ("Toledo", "OH", "436"), ("Tucson", "AZ", "857"), ("Fresno", "CA", "937"),
             ("Albany", "NY", "122"), ("Savannah", "GA", "314"), ("Billings", "MT", "591"), ("Wichita", "KS", "672"),
             ("Spokane", "WA", "992"), ("Mobile", "AL", "366"), ("Provo", "UT", "846"), ("Erie", "PA", "165"),
             ("Lansing", "MI", "489"), ("Durham", "NC", "277"), ("El Paso", "TX", "799"), ("Bangor", "ME", "044"),
             ("Fargo", "ND", "581"), ("Tulsa", "OK", "741"), ("Duluth", "MN", "558"), ("Sarasota", "FL", "342"),
             ("Flagstaff", "AZ", "860"), ("Burlington", "VT", "054"), ("Hilo", "HI", "967"), ("Juneau", "AK", "998")]
UNITS = ["Apt. {n}{c}", "Apt {n}", "Suite {n}0", "#{n}", "Unit {n}{c}", "Apt. {n}", "Ste 2{n}", "Fl {n}", "Apt #{n}{c}"]


def _unit():
    return R.choice(UNITS).format(n=R.randint(1, 29), c=R.choice("ABCDEF"))


def _zip(prefix=None):
    z = (prefix or _d(3)) + _d(2)
    if R.random() < 0.25:
        z += "-" + _d(4)
    return z


def us_street():
    f = fk()
    return "%d %s" % (R.randint(1, 9899), f.street_name())


def us_city_state(real=None):
    if real is None:
        real = R.random() < 0.5
    if real:
        c, s, p = R.choice(US_CITIES)
        return c, s, p
    f = fk()
    return f.city(), f.state_abbr(include_territories=False), None


def us_address(kind=None):
    kind = kind or R.choice(["line", "line", "line", "unit", "unit", "multi", "nocomma", "pobox", "military", "rural"])
    c, s, p = us_city_state()
    z = _zip(p)
    if kind == "line":
        return "%s, %s, %s %s" % (us_street(), c, s, z)
    if kind == "unit":
        return "%s %s, %s, %s %s" % (us_street(), _unit(), c, s, z)
    if kind == "multi":
        u = (" " + _unit()) if R.random() < 0.5 else ""
        return "%s%s\n%s, %s %s" % (us_street(), u, c, s, z)
    if kind == "nocomma":
        return "%s %s %s %s" % (us_street(), c, s, z)
    if kind == "pobox":
        return R.choice(["PO Box %d, %s, %s %s", "P.O. Box %d\n%s, %s %s", "Po box %d %s %s %s"]) % (
            R.randint(10, 9999), c, s, z)
    if kind == "military":
        f = fk()
        st = R.choice(["AE", "AP", "AA"])
        mz = {"AE": "09" + _d(3), "AP": "96" + _d(3), "AA": "340" + _d(2)}[st]
        head = R.choice([f.military_apo(), f.military_dpo(), "CMR %d Box %d" % (R.randint(400, 499), R.randint(1, 9999)),
                         "USS %s" % R.choice(["Nimitz", "Ronald Reagan", "Bataan", "Mason"])])
        kind2 = "FPO" if head.startswith("USS") else R.choice(["APO", "APO", "DPO", "FPO"])
        sep = R.choice([", ", "\n"])
        return "%s%s%s %s %s" % (head, sep, kind2, st, mz)
    if kind == "rural":
        return R.choice(["RR %d Box %d, %s, %s %s", "Rural Route %d Box %d\n%s, %s %s", "HC %d Box %d, %s %s %s"]) % (
            R.randint(1, 9), R.randint(1, 400), c, s, z)
    raise ValueError(kind)


def city_state_zip():
    c, s, p = us_city_state()
    return "%s, %s %s" % (c, s, _zip(p))


def us_city():
    return us_city_state(real=R.random() < 0.6)[0]


INTL_ADDR_LOCS = ["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "en_IN", "en_CA", "it_IT", "nl_NL", "es_ES",
                  "pl_PL", "zh_CN", "ko_KR", "en_AU", "hi_IN"]


def intl_address(loc=None, multiline=False):
    loc = loc or R.choice(INTL_ADDR_LOCS)
    a = fk(loc).address().strip()
    lines = [x.strip() for x in a.split("\n") if x.strip()]
    return ("\n" if multiline else ", ").join(lines), loc


def intl_city(loc=None):
    loc = loc or R.choice(INTL_ADDR_LOCS + ["ru_RU", "ja_JP", "zh_CN"])
    return _clean(fk(loc).city()), loc


# ----------------------------------------------------------------- other identifiers
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net",
           "protonmail.com", "att.net", "me.com", "live.com", "verizon.net"]
INTL_DOMAINS = ["gmx.de", "web.de", "orange.fr", "btinternet.com", "yahoo.co.uk", "libero.it", "uol.com.br",
                "naver.com", "qq.com", "yahoo.co.jp", "rediffmail.com", "hotmail.es", "wp.pl"]


def _ascii(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def email(first, last, intl=False):
    f, l = _ascii(first) or "user", _ascii(last) or "mail"
    pat = R.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}{n}", "{l}.{f}{n}", "{f}{n}", "{f0}.{l}{y}"])
    local = pat.format(f=f, l=l, f0=f[0], n=R.randint(1, 99), y=R.randint(40, 99))
    return "%s@%s" % (local, R.choice(INTL_DOMAINS if intl else DOMAINS))


def url(first, last):
    f, l = _ascii(first), _ascii(last)
    pat = R.choice(["https://www.facebook.com/{f}.{l}.{n}", "www.caringbridge.org/visit/{f}{l}",
                    "https://www.gofundme.com/f/help-{f}-{l}", "https://{f}{l}.com", "linkedin.com/in/{f}-{l}-{n}",
                    "https://www.instagram.com/{f}_{l}", "http://{l}family.net/{f}", "https://sites.google.com/view/{f}-{l}-care",
                    "https://twitter.com/{f}{l}{n}", "www.{f}-{l}-photography.com", "https://medium.com/@{f}.{l}",
                    "https://www.mealtrain.com/trains/{f}-{l}"])
    return pat.format(f=f, l=l, n=R.randint(1, 999))


def ssn():
    a, b, c = "%03d" % R.choice([R.randint(1, 665), R.randint(667, 899)]), "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)
    return R.choice(["{a}-{b}-{c}", "{a}-{b}-{c}", "{a}{b}{c}", "{a} {b} {c}"]).format(a=a, b=b, c=c)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    al = MBI_L + string.digits
    s = (str(R.randint(1, 9)) + R.choice(MBI_L) + R.choice(al) + str(R.randint(0, 9)) + R.choice(MBI_L) + R.choice(al)
         + str(R.randint(0, 9)) + R.choice(MBI_L) + R.choice(MBI_L) + str(R.randint(0, 9)) + str(R.randint(0, 9)))
    return R.choice([s, "%s-%s-%s" % (s[:4], s[4:7], s[7:])])


def mrn():
    k = R.choice(["digits", "dash", "prefix", "member", "mbi", "medicaid", "chart"])
    if k == "digits":
        return _d(R.choice([7, 8, 9, 10]))
    if k == "dash":
        return "%s-%s" % (_d(4), _d(4))
    if k == "prefix":
        return R.choice(["MRN", "MR", "PT", "H"]) + R.choice(["-", ""]) + _d(7)
    if k == "member":
        return "".join(R.choice(string.ascii_uppercase) for _ in range(3)) + _d(9)
    if k == "mbi":
        return mbi()
    if k == "medicaid":
        return R.choice(["", "MCD"]) + _d(10) + R.choice(["", "A", "B"])
    return R.choice(string.ascii_uppercase) + "-" + _d(6)


MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]


def dob(intl=False):
    d = fk().date_of_birth(minimum_age=1, maximum_age=99)
    if intl:
        fm = R.choice(["%02d/%02d/%d" % (d.day, d.month, d.year), "%02d.%02d.%d" % (d.day, d.month, d.year),
                       "%d %s %d" % (d.day, MONTH_FULL[d.month - 1], d.year), "%d-%02d-%02d" % (d.year, d.month, d.day),
                       "%d %s %d" % (d.day, MONTH_ABBR[d.month - 1], d.year)])
    else:
        fm = R.choice(["%02d/%02d/%d" % (d.month, d.day, d.year), "%d/%d/%d" % (d.month, d.day, d.year),
                       "%d/%d/%02d" % (d.month, d.day, d.year % 100), "%d-%02d-%02d" % (d.year, d.month, d.day),
                       "%s %d, %d" % (MONTH_FULL[d.month - 1], d.day, d.year), "%02d-%02d-%d" % (d.month, d.day, d.year),
                       "%s %d %d" % (MONTH_ABBR[d.month - 1], d.day, d.year), "%s. %d, %d" % (MONTH_ABBR[d.month - 1], d.day, d.year)])
    return fm


IBAN_LOCS = ["de_DE", "fr_FR", "en_GB", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "tr_TR", "fr_CH", "de_AT",
             "nl_BE", "sv_SE", "fi_FI", "da_DK", "no_NO", "el_GR", "cs_CZ"]


def iban_ok(i):
    i = i.replace(" ", "").upper()
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban():
    for _ in range(20):
        try:
            v = fk(R.choice(IBAN_LOCS)).iban()
        except Exception:
            continue
        if iban_ok(v):
            break
    style = R.choice(["compact", "spaced", "spaced", "lower", "lower_spaced"])
    if "spaced" in style:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if "lower" in style:
        v = v.lower()
    return v


def luhn_ok(n):
    ds = [int(c) for c in n if c.isdigit()][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10 == 0


def card():
    t = R.choice(["visa", "mastercard", "amex", "discover", "visa16"])
    n = fk().credit_card_number("visa" if t == "visa16" else t)
    if R.random() < 0.15:  # invalid Luhn on purpose: still a card number to remove
        n = n[:-1] + str((int(n[-1]) + 3) % 10)
    if len(n) == 16 and R.random() < 0.6:
        n = R.choice([" ", "-"]).join(n[i:i + 4] for i in range(0, 16, 4))
    elif len(n) == 15 and R.random() < 0.5:
        n = "%s %s %s" % (n[:4], n[4:10], n[10:])
    return n


def routing():
    return fk().aba()


def bank_account():
    return _d(R.randint(8, 12))
