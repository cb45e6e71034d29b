"""Build handwritten_dev30.jsonl from the hand-written message files (hand_*.txt) and
our own templates filled with Faker values.

Markup used in hand files and templates:
  [[CODE:text]]  identifier; CODE in P, L, PH, E, U, SSN, MRN, DOB, ACC; a trailing * = region INTL
  {{text}}       keep word
Blocks in hand files start with a line '=== style'.
"""
import json, random, re, string, sys
from pathlib import Path
from faker import Faker

HERE = Path(__file__).parent
SEED = 30
random.seed(SEED)
Faker.seed(SEED)
TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\[\[([A-Za-z]+\*?):(.*?)\]\]|\{\{(.*?)\}\}", re.S)


def parse(marked):
    out, ids, keep, spans, pos = [], [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        if m.group(1):
            code, val = m.group(1).upper(), m.group(2)
            intl = code.endswith("*")
            ids.append((val, TYPES[code.rstrip("*")], "INTL" if intl else "US"))
            spans.append((start, start + len(val)))
        else:
            val = m.group(3)
            keep.append(val)
        out.append(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    seen, uniq = set(), []
    for t, ty, rg in ids:
        if (t, ty) not in seen:
            seen.add((t, ty)); uniq.append({"text": t, "type": ty, "region": rg})
    kseen, kuniq = set(), []
    for k in keep:
        if k not in kseen:
            kseen.add(k); kuniq.append(k)
    return text, uniq, kuniq, spans


def stray_occurrences(text, ids, spans):
    """True if some identifier text also occurs outside every marked span (template sanity)."""
    for d in ids:
        t = d["text"]
        i = text.find(t)
        while i >= 0:
            if not any(a <= i and i + len(t) <= b for a, b in spans):
                return True
            i = text.find(t, i + 1)
    return False


def hand_messages():
    msgs = []
    for f in sorted(HERE.glob("hand_*.txt")):
        blocks = re.split(r"^=== ", f.read_text(encoding="utf-8"), flags=re.M)
        for b in blocks:
            if not b.strip():
                continue
            style, _, body = b.partition("\n")
            msgs.append((style.strip(), body.rstrip("\n"), "hand"))
    return msgs

# ---------------------------------------------------------------- value makers
fk = Faker("en_US")
LOC = {l: Faker(l) for l in ["en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "pt_BR", "it_IT", "nl_NL",
                              "pl_PL", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR",
                              "vi_VN", "fil_PH", "en_CA", "en_IN"]}
LATIN_LOCALES = ["es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "tr_TR", "vi_VN", "fil_PH", "en_GB"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU"]
C = random.choice
R = random.randint

STATES = {"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
          "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "ID": "Idaho", "IL": "Illinois",
          "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine",
          "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
          "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
          "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
          "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "SC": "South Carolina",
          "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
          "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming"}
REAL_TOWNS = ["Muskogee", "Paducah", "Kalispell", "Walla Walla", "Yazoo City", "Dothan", "Chillicothe", "Ely",
              "Grand Island", "Hibbing", "Bend", "Laramie", "Nacogdoches", "Tupelo", "Beckley", "Keokuk",
              "Bar Harbor", "Marfa", "Hood River", "Sandpoint", "Elko", "Mitchell", "Ardmore", "Opelousas",
              "Bluefield", "Rutland", "Presque Isle", "Gallup", "Kearney", "Brookings", "Wenatchee", "Moab",
              "Sitka", "Hilo", "Valdosta", "Joplin", "Pueblo", "Natchitoches", "Winslow", "Ruidoso"]
NEIGHBORHOODS = ["Wicker Park", "Fells Point", "Capitol Hill", "Little Havana", "Ybor City", "Deep Ellum",
                 "the Mission District", "Shadyside", "Over-the-Rhine", "German Village", "Fox Point", "Fishtown",
                 "Logan Square", "Bywater", "Five Points", "Ballard", "Highland Park", "Dorchester", "Roxbury",
                 "Hell's Kitchen", "Washington Heights", "Sugar House", "Montrose", "East Nashville", "Frenchtown"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "S.", "North", "South", "East", "West"]
SUFF = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct",
        "Way", "Pkwy", "Pl", "Ter", "Cir", "Trail", "Pike"]
TYPO = {"Street": ["Steet", "Stret", "Streeet", "Sreet"], "Avenue": ["Avenu", "Aveune", "Avnue", "Aveneu"],
        "Road": ["Raod", "Roaf", "Rd."], "Drive": ["Drvie", "Dirve", "Drve"], "Lane": ["Lnae", "Lane."],
        "Boulevard": ["Boulvard", "Bouelvard", "Blvrd"], "Court": ["Cout", "Corut"], "Parkway": ["Parkwya", "Pkway"]}
UNITS = ["Apt {n}", "Apt. {n}", "#{n}", "Suite {n}", "Ste {n}", "Ste. {n}", "Unit {n}", "Bldg {L}", "Lot {k}",
         "Fl {k}", "Rm {n}", "Trlr {k}", "Space {k}", "Apartment {n}", "Apt {n}{L}", "Unit {L}", "Bldg {k}, Apt {n}"]
CLIN = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
        "oxycodone", "atorvastatin", "levothyroxine", "amlodipine", "gabapentin", "prednisone", "insulin glargine",
        "Ozempic", "Jardiance", "Xarelto", "furosemide", "donepezil", "tamsulosin", "losartan", "omeprazole",
        "hydrochlorothiazide", "albuterol", "Symbicort", "vitamin D", "fish oil", "magnesium", "buprenorphine",
        "naloxone", "carvedilol", "spironolactone", "Keppra", "Depakote", "Seroquel", "trazodone", "Humira"]
COND = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "Hemoglobin A1c",
        "COPD", "Alzheimer's", "heart failure", "type 2 diabetes", "chronic kidney disease", "hypertension",
        "macular degeneration", "sleep apnea", "rheumatoid arthritis", "multiple sclerosis", "lupus", "anemia",
        "pneumonia", "shingles", "osteoporosis", "INR", "creatinine", "TSH", "lipid panel", "hip", "knee",
        "left shoulder", "lower back", "potassium", "BNP", "eGFR", "vertigo", "dementia", "glaucoma"]
ORGS = ["Walgreens", "CVS", "Medicare", "Medicaid", "Kaiser", "Mayo Clinic", "Cleveland Clinic", "Rite Aid",
        "Humana", "Aetna", "Blue Cross", "the VA", "Meals on Wheels", "Social Security"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "my aunt", "my uncle", "my sister", "my brother", "my husband",
        "my wife", "my son", "my daughter", "Nana", "Papa", "my neighbor", "my mother-in-law"]


def drug(): return C(CLIN)
def cond(): return C(COND)


def m(code, v): return f"[[{code}:{v}]]"
def k(v): return "{{" + v + "}}"


def first(): return fk.first_name()
def last(): return fk.last_name()
def full(): return C([fk.name, lambda: f"{first()} {last()}", lambda: f"{first()} {C(string.ascii_uppercase)}. {last()}"])()
def intl_name():
    l = C(LATIN_LOCALES + NONLATIN)
    return LOC[l].name(), ("INTL" if l in NONLATIN else "US")


def city(): return C([fk.city, fk.city, lambda: C(REAL_TOWNS)])()
def st(): return C(list(STATES))
def zipc(): return C([fk.zipcode, fk.zipcode, lambda: fk.zipcode_plus4()])()


def street(typo=False):
    name = fk.street_name().rsplit(" ", 1)[0] if random.random() < .5 else C([fk.last_name(), fk.first_name(), C(["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Sycamore", "Lakeview", "Ridge", "Mill", "Church", "Spring", "Park", "Hillcrest", "Sunset"])])
    suf = C(SUFF)
    if typo:
        full_ = C(list(TYPO)); suf = C(TYPO[full_])
    d = C(DIRS) + " " if random.random() < .35 else ""
    post = " " + C(["NE", "NW", "SE", "SW"]) if (not d and random.random() < .12) else ""
    return f"{R(1, 29999)} {d}{name} {suf}{post}"


def unit():
    return C(UNITS).format(n=R(1, 999), L=C("ABCDEFGH"), k=R(1, 60))


def state_part(s):
    return C([s, s, s, STATES[s]])


def us_address(lines=1, typo=False, with_unit=None):
    s = st()
    u = unit() if (with_unit if with_unit is not None else random.random() < .65) else None
    street_ = street(typo)
    cty = city()
    tail = f"{cty}, {state_part(s)} {zipc()}" if random.random() < .85 else f"{cty} {s} {zipc()}"
    if lines == 1:
        sep = C([", ", " "])
        return f"{street_}{(sep + u) if u else ''}, {tail}"
    if lines == 2:
        return f"{street_}{(' ' + u) if u else ''}\n{tail}"
    return f"{street_}\n{u or unit()}\n{tail}"


def highway_address():
    s = st()
    road = C([f"US Highway {R(1, 99)}", f"US Hwy {R(1, 99)} {C(['N', 'S', 'E', 'W'])}", f"State Route {R(1, 400)}",
              f"State Hwy {R(1, 300)}", f"Hwy {R(1, 300)}", f"County Road {R(1, 90)}", f"County Rd {C(string.ascii_uppercase)}",
              f"FM {R(100, 3000)}", f"Route {R(1, 66)}", f"SR {R(1, 500)}", f"Ranch Road {R(100, 2900)}",
              f"Old Highway {R(1, 90)}"])
    u = (" " + C([f"Lot {R(1, 80)}", f"Trlr {R(1, 40)}", f"Space {R(1, 90)}", f"Unit {R(1, 20)}", f"Ste {R(100, 300)}"])) if random.random() < .6 else ""
    num = C([str(R(100, 99999)), f"{C('NSEW')}{R(1000, 9999)}"])
    return f"{num} {road}{u}, {city()}, {state_part(s)} {zipc()}"


def po_box():
    s = st()
    box = C(["PO Box", "P.O. Box", "Post Office Box", "PO BOX", "po box", "P. O. Box"]) + f" {R(1, 99999)}"
    return C([f"{box}, {city()}, {s} {zipc()}", f"{box}\n{city()}, {state_part(s)} {zipc()}", f"{box}, {city()} {s} {zipc()}"])


def rural():
    s = st()
    b = C([f"RR {R(1, 9)} Box {R(1, 400)}", f"Rural Route {R(1, 9)}, Box {R(1, 400)}", f"R.R. {R(1, 6)} Box {R(1, 99)}{C(['', 'A', 'B'])}",
           f"HC {R(1, 90)} Box {R(1, 999)}", f"HC {R(1, 9)}, Box {R(10, 400)}{C(['', 'A'])}", f"Star Route Box {R(1, 99)}"])
    return C([f"{b}, {city()}, {s} {zipc()}", f"{b}\n{city()}, {state_part(s)} {zipc()}"])


def military():
    ap = C(["APO AE 09", "APO AP 96", "FPO AE 09", "FPO AP 96", "DPO AE 09", "DPO AP 96", "APO AA 340", "FPO AA 340"])
    z = ap.split()[-1]
    ap = ap[: -len(z)] + z + "".join(str(R(0, 9)) for _ in range(5 - len(z)))
    if random.random() < .2:
        ap += f"-{R(1000, 9999)}"
    a = C([f"PSC {R(1000, 9999)}, Box {R(1, 9999)}", f"PSC {R(100, 999)} Box {R(1, 999)}",
           f"Unit {R(1000, 9999)} Box {R(1, 9999)}", f"Unit {R(1000, 9999)}, Box {R(1, 999)}",
           f"CMR {R(400, 499)} Box {R(1, 9999)}", f"USS {fk.last_name()}", f"USNS {fk.last_name()}"])
    return C([f"{a}, {ap}", f"{a}\n{ap}", f"{a} {ap}"])


def city_state():
    s = st()
    return C([f"{city()}, {s} {fk.zipcode()}", f"{city()}, {STATES[s]}", f"{city()}, {s}", f"{city()} {s}",
              f"{city()}, {s} {fk.zipcode_plus4()}"])


def intl_address():
    l = C(["en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "pt_BR", "it_IT", "nl_NL", "pl_PL", "ja_JP", "en_CA", "en_IN", "zh_CN", "ko_KR"])
    a = LOC[l].address()
    if random.random() < .6:
        a = a.replace("\n", ", ")
    return a


def us_phone():
    a, b, c = R(201, 989), R(100, 999), "01" + f"{R(0, 99):02d}"
    b = 555
    f = C([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
           f"001-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", f"+1-{a}-{b}-{c}"])
    if random.random() < .15:
        f += C([f" x{R(10, 9999)}", f" ext. {R(1, 99)}", f" extension {R(1, 9)}", f" ext {R(100, 999)}"])
    return f


def vanity():
    return C(["1-800-", "1-888-", "1-877-", "(866) "]) + C(["FIX-PIPE", "GO-HAUL", "CALL-JIM", "BAKE-PIE", "TAX-HELP", "MOW-LAWN", "DOG-WASH", "ROOF-NOW"])


def intl_phone():
    return C([f"+44 20 7946 {R(1000, 9999)}", f"020 7946 {R(1000, 9999)}", f"+44 7700 900{R(100, 999)}",
              f"+49 30 {R(1000000, 9999999)}", f"+49 151 {R(10000000, 99999999)}", f"+33 1 {R(10, 99)} {R(10, 99)} {R(10, 99)} {R(10, 99)}",
              f"06 {R(10, 99)} {R(10, 99)} {R(10, 99)} {R(10, 99)}", f"+52 55 {R(1000, 9999)} {R(1000, 9999)}",
              f"+91 {R(70000, 99999)} {R(10000, 99999)}", f"+81 3-{R(1000, 9999)}-{R(1000, 9999)}", f"090-{R(1000, 9999)}-{R(1000, 9999)}",
              f"+55 11 9{R(1000, 9999)}-{R(1000, 9999)}", f"+34 6{R(10, 99)} {R(100, 999)} {R(100, 999)}",
              f"+39 06 {R(1000, 9999)} {R(1000, 9999)}", f"+31 6 {R(10000000, 99999999)}", f"+63 917 {R(100, 999)} {R(1000, 9999)}",
              f"+86 139 {R(1000, 9999)} {R(1000, 9999)}", f"+82 10-{R(1000, 9999)}-{R(1000, 9999)}", f"+7 495 {R(100, 999)}-{R(10, 99)}-{R(10, 99)}"])


def email(n=None):
    n = n or f"{first()}.{last()}"
    base = re.sub(r"[^a-z.]", "", n.lower().replace(" ", "."))
    return C([f"{base}{R(1, 99)}@{C(['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com', 'hotmail.com'])}", fk.email(), fk.free_email()])


def url(n=None):
    n = re.sub(r"[^a-z]", "", (n or full()).lower())
    return C([f"https://www.{n}.com", f"http://{n}.net/about", f"https://www.caringbridge.org/visit/{n}",
              f"https://gofund.me/{n[:12]}-medical", f"facebook.com/{n}", f"https://linkedin.com/in/{n}", f"www.{n}photography.com"])


def ssn():
    a, b, c = R(100, 665), R(10, 99), R(1000, 9999)
    return C([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}"])


def mrn():
    return C([str(R(1000000, 99999999)), f"MR{R(100000, 999999)}", f"{C(string.ascii_uppercase)}{R(1000000, 9999999)}",
              f"{R(1, 9)}{C('ABCDEFGHJK')}{C('ABCDEFGHJK')}{R(0, 9)}-{C('ABCDEFGHJK')}{C('ABCDEFGHJK')}{R(0, 9)}-{C('ABCDEFGHJK')}{C('ABCDEFGHJK')}{R(10, 99)}",
              f"{C(['XHG', 'ZGP', 'W', 'JQK'])}{R(100000000, 999999999)}", f"{R(100, 999)}-{R(10, 99)}-{R(1000, 9999)}"])


def dob():
    d = fk.date_of_birth(minimum_age=1, maximum_age=99)
    return C([d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%B %d, %Y").replace(" 0", " "),
              d.strftime("%Y-%m-%d"), d.strftime("%m-%d-%Y"), f"{d.month}/{d.day}/{str(d.year)[2:]}", d.strftime("%b %d %Y"),
              d.strftime("%d %B %Y")])


def luhn_fix(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return digits + str((10 - s % 10) % 10)


def card():
    kind = C(["visa", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_fix(C(["34", "37"]) + "".join(str(R(0, 9)) for _ in range(12)))
        groups = [n[:4], n[4:10], n[10:]]
    else:
        pre = {"visa": "4", "mc": str(R(51, 55)), "disc": "6011"}[kind]
        n = luhn_fix(pre + "".join(str(R(0, 9)) for _ in range(15 - len(pre))))
        if random.random() < .2:  # not Luhn-valid
            n = n[:-1] + str((int(n[-1]) + 3) % 10)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    return C([" ".join(groups), "-".join(groups), "".join(groups)])


def routing():
    while True:
        d = [R(0, 9) for _ in range(8)]
        d[0] = R(0, 3)
        for last_ in range(10):
            x = d + [last_]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def bank_acct(): return "".join(str(R(0, 9)) for _ in range(R(8, 12)))


IBAN_FMT = {"GB": lambda: "".join(C(string.ascii_uppercase) for _ in range(4)) + "".join(str(R(0, 9)) for _ in range(14)),
            "DE": lambda: "".join(str(R(0, 9)) for _ in range(18)), "FR": lambda: "".join(str(R(0, 9)) for _ in range(23)),
            "ES": lambda: "".join(str(R(0, 9)) for _ in range(20)), "NL": lambda: "".join(C(string.ascii_uppercase) for _ in range(4)) + "".join(str(R(0, 9)) for _ in range(10)),
            "IT": lambda: C(string.ascii_uppercase) + "".join(str(R(0, 9)) for _ in range(22)), "PL": lambda: "".join(str(R(0, 9)) for _ in range(24)),
            "BE": lambda: "".join(str(R(0, 9)) for _ in range(12)), "CH": lambda: "".join(str(R(0, 9)) for _ in range(17)),
            "IE": lambda: "".join(C(string.ascii_uppercase) for _ in range(4)) + "".join(str(R(0, 9)) for _ in range(14)),
            "PT": lambda: "".join(str(R(0, 9)) for _ in range(21))}


def iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(s) % 97:02d}"


def iban():
    cc = C(list(IBAN_FMT)); bban = IBAN_FMT[cc]()
    raw = cc + iban_check(cc, bban) + bban
    out = C([" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), raw])
    return out.lower() if random.random() < .2 else out


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

# ---------------------------------------------------------------- templates (one per function)
T = []
def tpl(style):
    def deco(f):
        T.append((style, f)); return f
    return deco


@tpl("general_text")
def t_addr_change():
    return f"Please update my mailing address from {m('L', us_address())} to {m('L', us_address())}. Thanks, {m('P', full())}"

@tpl("multi_line_address")
def t_ml2():
    return f"Ship {k(drug())} to:\n{m('P', full())}\n{m('L', us_address(2))}\nPhone {m('PH', us_phone())}"

@tpl("multi_line_address")
def t_ml3():
    return f"{C(['Mom', 'Dad', 'Grandma'])}'s new address is\n{m('L', us_address(3))}\nher {k(cond())} team needs it"

@tpl("form")
def t_form_full():
    n = full()
    return (f"Patient: {m('P', n)}\nDOB: {m('DOB', dob())}\nAddress: {m('L', us_address())}\nPhone: {m('PH', us_phone())}\n"
            f"Email: {m('E', email(n))}\nMRN: {m('MRN', mrn())}\nMeds: {k(drug())}")

@tpl("form")
def t_form_lines():
    return (f"Street: {m('L', street())}\nCity: {m('L', city())}\nState: {m('L', st())}\nZIP: {m('L', zipc())}\n"
            f"Home phone: {m('PH', us_phone())}\nReason for visit: {k(cond())}")

@tpl("lower_case")
def t_lower_addr():
    return f"{C(RELS).lower()} moved to {m('L', us_address().lower())}, can u send the {k(drug().lower())} there. its {m('P', first().lower())}"

@tpl("all_caps")
def t_caps_addr():
    return f"PLEASE MAIL {C(RELS).upper()}'S {k(drug().upper())} TO {m('L', us_address().upper())}. CALL {m('PH', us_phone())} - {m('P', full().upper())}"

@tpl("typo")
def t_typo_addr():
    return f"{C(['my', 'our', 'moms', 'dads'])} adress is {m('L', us_address(typo=True))} sorry for spellin, {k(drug())} goes there"

@tpl("typo")
def t_typo_addr2():
    return f"hi its {m('P', first())} pls chnage the adress to {m('L', us_address(C([1, 2]), typo=True).lower())} for the {k(cond())} supplys"

@tpl("highway")
def t_hwy():
    return f"We're out at {m('L', highway_address())}, the {k(C(['hospice', 'home health', 'wound care', 'oxygen']))} driver keeps missing the turn. Call {m('PH', us_phone())}"

@tpl("highway")
def t_hwy_caps():
    return f"DELIVERY ADDRESS {m('L', highway_address().upper())} FOR {m('P', full().upper())} - {k(drug().upper())}"

@tpl("po_box")
def t_pobox():
    return f"{C(['All mail', 'Statements', 'The insurance card', 'Refill notices'])} should go to {m('L', po_box())}. {k(C(ORGS))} has the old one. - {m('P', full())}"

@tpl("rural")
def t_rural():
    return f"{C(RELS).capitalize()} lives at {m('L', rural())}, no street number. {k(cond())} follow-up by phone {m('PH', us_phone())}"

@tpl("military")
def t_mil():
    return f"My {C(['son', 'daughter', 'husband', 'wife', 'grandson'])} {m('P', full())} is stationed overseas: {m('L', military())}. Can the {k(drug())} ship there?"

@tpl("military")
def t_mil_form():
    return f"Name: {m('P', last().upper() + ', ' + first().upper())}\nMailing: {m('L', military())}\nDSN/Cell: {m('PH', us_phone())}\nRx: {k(drug())}"

@tpl("city_state")
def t_citystate():
    return f"{m('P', first())} is staying in {m('L', city_state())} until {C(['March', 'June', 'Friday', 'Monday'])}, so her {k(cond())} labs can be drawn there"

@tpl("city_state")
def t_citystate_nolabel():
    return f"{m('P', full())}\n{m('L', city() + ', ' + st() + ' ' + fk.zipcode())}\n{k(drug())} refill please"

@tpl("city_alone")
def t_city_story():
    a, b = city(), city()
    while a == b or a in b or b in a:
        b = city()
    return f"We drove {C(RELS)} from {m('L', a)} to {m('L', b)} for the {k(cond())} specialist and it took all day"

@tpl("lower_case")
def t_city_lower():
    return f"{m('P', first().lower())} is back in {m('L', city().lower())} now, his {k(drug().lower())} is at the walgreens there"

@tpl("all_caps")
def t_city_caps():
    return f"{m('P', first().upper())} CALLED FROM {m('L', C(REAL_TOWNS).upper())}. {C(['MOM', 'DAD', 'GRANDPA'])}'S {k(cond().upper())} IS WORSE"

@tpl("neighborhood")
def t_nbhd():
    return f"{C(RELS).capitalize()} lives over in {m('L', C(NEIGHBORHOODS))}, about 20 min from the {k(C(['dialysis', 'infusion', 'cardiology', 'PT']))} place"

@tpl("lives_where")
def t_lives():
    return f"{C(['My cousin', 'My brother', 'My sister', 'Our neighbor'])} {m('P', first())} lives in {m('L', C(REAL_TOWNS))} and can drive {C(['Dad', 'Mom', 'Grandma'])} to the {k(cond())} appointment"

@tpl("run_on")
def t_runon():
    n = first()
    return (f"so {m('P', n)} called and said {C(RELS)} had another fall at home which is {m('L', us_address())} and she's on {k(drug())} "
            f"and I'm in {m('L', city())} and can't get there till morning and nobody answers at {m('PH', us_phone())}")

@tpl("speaker_label")
def t_speaker():
    n1, n2 = first(), first()
    while n1 == n2 or n1 in n2 or n2 in n1:
        n2 = first()
    return f"{m('P', n1)}: where is dad staying now\n{m('P', n2)}: {m('L', us_address())}\n{m('P', n1)}: ok I'll bring his {k(drug())}"

@tpl("speaker_label")
def t_speaker_rel():
    rel = C(["Daughter", "Son", "Wife", "Husband", "Niece", "Grandson"])
    return f"{rel} {m('P', first())}: {C(['mom', 'dad'])} needs {k(drug())} sent to {m('L', us_address())}, my cell {m('PH', us_phone())}"

@tpl("forwarded")
def t_fwd():
    n = full()
    return (f"---------- Forwarded message ---------\nFrom: {m('P', n)} <{m('E', email(n))}>\nSubject: address\n\n"
            f"Please send {C(['her', 'his'])} {k(drug())} to {m('L', us_address(C([1, 2])))}.")

@tpl("forwarded")
def t_fwd_quote():
    return f"> {m('P', first())} wrote:\n> {C(['Mom', 'Dad'])} is at {m('L', us_address())}\n> {k(cond())} is stable\nsee above"

@tpl("signature")
def t_sig():
    n = full()
    return f"Thanks for the update on the {k(cond())}.\n\n--\n{m('P', n)}\n{m('L', us_address(C([2, 3])))}\n{m('PH', us_phone())}\n{m('E', email(n))}"

@tpl("signature")
def t_sig_po():
    n = full()
    return f"Regards,\n{m('P', n)}\n{m('L', po_box())}\nc: {m('PH', us_phone())}\n(re: {k(drug())})"

@tpl("clinician_note")
def t_clin():
    return (f"{m('P', last() + ', ' + first())}, DOB {m('DOB', dob())}, MRN {m('MRN', mrn())}. {k(cond())}. "
            f"Cont {k(drug())}. Home: {m('L', us_address())}.")

@tpl("clinician_note")
def t_clin_terse():
    return f"HV {m('L', us_address())}. Pt {m('P', last())} {k(cond())} stable. CG {m('P', first())} {m('PH', us_phone())}."

@tpl("list")
def t_list_addrs():
    rows = [m('L', f()) for f in (us_address, po_box, city_state)]
    return f"Addresses on file for {k(C(ORGS))}:\n- " + "\n- ".join(rows) + f"\nCurrent meds: {k(drug())}"

@tpl("list")
def t_list_names():
    ns = [first() for _ in range(3)]
    if len(set(ns)) < 3 or any(a != b and a in b for a in ns for b in ns):
        ns = ["Ann", "Joe", "Reed"]
    return f"{m('P', ns[0])}, {m('P', ns[1])} and {m('P', ns[2])} are taking turns at {m('L', us_address())} this week. {k(drug())} at 8pm."

@tpl("phone_typing")
def t_phone():
    return f"{m('P', first().lower())} here, on my phone sry. {C(['moms', 'dads', 'grandmas'])} new place {m('L', us_address().lower())} the {k(drug())} didnt come"

@tpl("general_text")
def t_billing():
    return (f"Billing question for {m('P', full())}: card {m('ACC', card())} was charged twice. "
            f"Statements go to {m('L', us_address())}.")

@tpl("general_text")
def t_bank():
    return (f"Autopay: routing {m('ACC', routing())}, account {m('ACC', bank_acct())}. Account holder {m('P', full())}, "
            f"{m('L', us_address())}. For {k(C(['Medicare', 'Humana', 'Aetna']))} premium.")

@tpl("form")
def t_bank_form():
    return (f"Direct deposit form\nName: {m('P', full())}\nRouting #: {m('ACC', routing())}\nAcct #: {m('ACC', bank_acct())}\n"
            f"SSN: {m('SSN', ssn())}\nAddress: {m('L', us_address(2))}")

@tpl("lower_case")
def t_card_lower():
    return f"{C(['cc', 'visa', 'card', 'credit card'])} {m('ACC', card())} for the {k(drug().lower())} copay pls, billing zip {m('L', fk.zipcode())}"

@tpl("international")
def t_iban():
    n, rg = intl_name()
    return f"{C(['IBAN', 'iban', 'Iban:', 'Pay to'])} {m('ACC*', iban())} ({m('P*', n)}) for the {k(cond())} clinic abroad"

@tpl("international")
def t_iban_addr():
    return f"Transfer for Mum's care home, {m('L*', intl_address())}: {m('ACC*', iban())}. She has {k(cond())}."

@tpl("international")
def t_intl_addr():
    n, rg = intl_name()
    return f"{C(['My grandmother', 'My father', 'Our aunt', 'My mother'])} {m('P*', n)} lives at {m('L*', intl_address())}, phone {m('PH*', intl_phone())}. She takes {k(drug())}."

@tpl("international")
def t_intl_mix():
    return (f"{C(RELS).capitalize()} splits time between {m('L', us_address())} and {m('L*', intl_address())}. "
            f"US cell {m('PH', us_phone())}, abroad {m('PH*', intl_phone())}. {k(cond())}.")

@tpl("form")
def t_ssn_form():
    return f"Applicant: {m('P', full())}\nSocial Security No.: {m('SSN', ssn())}\nDate of birth: {m('DOB', dob())}\nResidence: {m('L', us_address())}\nDisability: {k(cond())}"

@tpl("run_on")
def t_ssn_run():
    return f"the {k(C(['Social Security', 'Medicaid', 'Medicare']))} lady needs {C(['moms', 'dads'])} ssn which is {m('SSN', ssn())} and her birthday {m('DOB', dob())} and they still have her at {m('L', us_address())}"

@tpl("clinician_note")
def t_mrn():
    return f"Chart {m('MRN', mrn())} / Member ID {m('MRN', mrn())}: {m('P', full())} born {m('DOB', dob())}, {k(cond())}, on {k(drug())}. Lives {m('L', city_state())}."

@tpl("general_text")
def t_url():
    n = full()
    return f"{C(['Updates on', 'Photos of', 'Fundraiser for'])} {m('P', n)}'s {k(cond())} recovery: {m('U', url(n))}"

@tpl("signature")
def t_sig_web():
    n = full()
    return f"{m('P', n)}\n{C(['Realtor', 'Piano teacher', 'Contractor', 'Photographer'])}\n{m('U', url(n))} | {m('E', email(n))}\n{m('PH', vanity())}\n{m('L', us_address())}"

@tpl("all_caps")
def t_caps_form():
    return f"NAME: {m('P', full().upper())} DOB: {m('DOB', dob().upper())} SSN: {m('SSN', ssn())} ADDR: {m('L', C([us_address, po_box, rural])().upper())} DX: {k(cond().upper())}"

@tpl("speaker_label")
def t_speaker_intl():
    l = C(NONLATIN); n = LOC[l].first_name() if hasattr(LOC[l], 'first_name') else LOC[l].name()
    return f"{m('P*', n)}: {C(['grandma', 'my mother', 'uncle'])} is in {m('L*', LOC[l].city())}\n{m('P', first())}: ok, her {k(drug())}?"

@tpl("lower_case")
def t_lower_email():
    n = full()
    return f"pls email the {k(cond().lower())} results to {m('E', email(n).lower())} not my old one, and mail copies to {m('L', po_box().lower())}"

@tpl("worried_night")
def t_night():
    return f"it's {R(1, 4)}:{R(10, 59)} am and {C(['mom', 'dad', 'grandpa'])} is confused again. we're at {m('L', us_address())}. he's on {k(drug())}. my sister {m('P', first())} isn't picking up {m('PH', us_phone())}"

@tpl("older_typing")
def t_older():
    return f"Hello my name is {m('P', full())} . I live at {m('L', us_address(C([1, 2])))} . My phone is {m('PH', us_phone())} . I need my {k(drug())} please . Thank you"

@tpl("clinician_note")
def t_discharge():
    return f"D/C to {C(['home', 'SNF', 'daughter home'])}: {m('L', us_address(C([1, 2, 3])))}. {k(cond())} improved. F/u Dr. {m('P', last())} 2 wks. Contact {m('PH', us_phone())}."

@tpl("general_text")
def t_utility():
    return f"Not health related: the {C(['water bill', 'electric bill', 'property tax notice', 'HOA letter'])} for {m('L', us_address())} should go to {m('L', po_box())} instead. Account holder {m('P', full())}."

@tpl("list")
def t_list_phones():
    rows = [f"{m('P', first())} {m('PH', us_phone())}" for _ in range(3)]
    return f"Call list for {C(['Mom', 'Dad'])} ({k(cond())}):\n" + "\n".join(rows) + f"\nPoison Control {k('1-800-222-1222')}"

@tpl("city_alone")
def t_city_mid():
    c = C(REAL_TOWNS)
    return f"After the {k(cond())} diagnosis {C(['he', 'she'])} moved back to {m('L', c)} to be near {C(['family', 'her sister', 'his kids'])}. {k(drug())} started {C(['Monday', 'Tuesday', 'in May'])}."


@tpl("form")
def t_intake_big():
    n = full(); e = first()
    return (f"NEW PATIENT INTAKE (portal copy)\nName: {m('P', n)}\nBorn: {m('DOB', dob())}\nSSN: {m('SSN', ssn())}\n"
            f"Insurance member ID: {m('MRN', mrn())}\nStreet address: {m('L', us_address(C([1, 2, 3])))}\n"
            f"Cell: {m('PH', us_phone())}\nEmail: {m('E', email(n))}\nEmergency contact: {m('P', e + ' ' + last())} {m('PH', us_phone())}\n"
            f"History: {k(cond())}, {k(drug())}")

@tpl("signature")
def t_sig_url():
    n = full()
    return (f"Sorry for the long note about {C(['Dad', 'Mom'])}'s {k(cond())}.\n\n{m('P', n)}\n{m('L', us_address(2))}\n"
            f"{m('U', url(n))}\n{m('PH', us_phone())}")

@tpl("general_text")
def t_url_blog():
    n = full(); c = city()
    return (f"I'm {m('P', n)} from {m('L', c + ', ' + st())}. I write about caregiving for my husband's {k(cond())} at "
            f"{m('U', url(n))} and you can email me at {m('E', email(n))}")

@tpl("run_on")
def t_url_run():
    n = first() + " " + last()
    return (f"my niece made a page for {C(['grandpa', 'my dad', 'uncle'])} {m('P', n)} {m('U', url(n))} because the {k(cond())} bills are crazy "
            f"and people can mail stuff to {m('L', us_address())} or call {m('PH', us_phone())}")

@tpl("clinician_note")
def t_ssn_note():
    return (f"SW note: {m('P', full())} ({m('DOB', dob())}) applying for SSDI, SSN {m('SSN', ssn())}. {k(cond())}. "
            f"Lives {m('L', C([us_address, rural, po_box])())}. Dtr {m('P', first())} {m('PH', us_phone())}.")

@tpl("lower_case")
def t_ssn_lower():
    return (f"ok the ss# is {m('SSN', ssn())} and dob {m('DOB', dob())}, name {m('P', full().lower())}, "
            f"address {m('L', us_address().lower())}. {k(C(['medicaid', 'medicare', 'snap']))} form done")

@tpl("speaker_label")
def t_speaker_addr_lines():
    n1 = first()
    return (f"{m('P', n1)}: new address for {C(['grandma', 'dad', 'mom'])}\n{m('P', n1)}: {m('L', street() + ' ' + unit())}\n"
            f"{m('P', n1)}: {m('L', city() + ', ' + st() + ' ' + zipc())}\nNurse {m('P', first())}: thanks, {k(drug())} will go there")

@tpl("all_caps")
def t_caps_mil():
    return f"ATTN {m('P', full().upper())} {m('L', military().upper())} - {k(drug().upper())} 90 DAY SUPPLY. FAMILY PHONE {m('PH', us_phone())}"


@tpl("form")
def t_url_form():
    n = full()
    return (f"Caregiver profile\nName: {m('P', n)}\nPersonal site: {m('U', url(n))}\nCity: {m('L', city_state())}\n"
            f"Phone: {m('PH', us_phone())}\nCaring for: {C(['mother', 'father', 'spouse'])} with {k(cond())}")

@tpl("phone_typing")
def t_url_phone():
    n = full()
    return f"pls share {m('U', url(n))} its for {m('P', n)}'s {k(cond())} surgery, hes at {m('L', us_address())} if u want to send a card"


# weight the place shapes this file emphasises (rural routes, highways, PO boxes, military) a little higher
T.extend([("rural", t_rural), ("rural", t_rural), ("highway", t_hwy), ("po_box", t_pobox), ("military", t_mil)])


def sign_off(style):
    so = C([f"\n- {m('P', first())}", f" call me {m('PH', us_phone())}", f"\n{m('P', full())} {m('PH', us_phone())}",
            f" thx {m('P', first())}", f"\n{m('P', first())} ({C(['daughter', 'son', 'niece', 'neighbor'])}) {m('PH', us_phone())}"])
    if style == "all_caps":
        so = re.sub(r"\[\[(\w+\*?):(.*?)\]\]", lambda x: f"[[{x.group(1)}:{x.group(2).upper()}]]", so).upper()
    elif style in ("lower_case", "phone_typing"):
        so = re.sub(r"\[\[(\w+\*?):(.*?)\]\]", lambda x: f"[[{x.group(1)}:{x.group(2).lower()}]]", so)
    return so


def gen_template(n):
    out = []
    order = [T[i % len(T)] for i in range(n)]
    random.shuffle(order)
    for style, f in order:
        for _ in range(50):
            marked = f()
            if marked.count("[[") < 3 and random.random() < .85:
                marked += sign_off(style)
            text, ids, keep, spans = parse(marked)
            if stray_occurrences(text, ids, spans) or not on_boundaries(text, ids):
                continue
            if not keep_overlaps(text, ids, keep):
                break
        else:
            raise RuntimeError(f"template {f.__name__} keeps failing its checks")
        out.append((style, marked, "template"))
    return out


def on_boundaries(text, ids):
    for d in ids:
        t = d["text"]; i = text.find(t)
        while i >= 0:
            j = i + len(t)
            if (i > 0 and text[i - 1].isalnum() and text[i].isalnum()) or (j < len(text) and text[j - 1].isalnum() and text[j].isalnum()):
                return False
            i = text.find(t, i + 1)
    return True


def keep_overlaps(text, ids, keep):
    occ = []
    for d in ids:
        i = text.find(d["text"])
        while i >= 0:
            occ.append((i, i + len(d["text"]))); i = text.find(d["text"], i + 1)
    for kw in keep:
        i = text.find(kw)
        while i >= 0:
            if any(a < i + len(kw) and i < b for a, b in occ):
                return True
            i = text.find(kw, i + 1)
    return False


def main():
    hand = hand_messages()
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 430
    tmpl = gen_template(total - len(hand))
    # interleave: hand messages spread through the file
    msgs = hand + tmpl
    random.shuffle(msgs)
    with open(HERE / "handwritten_dev30.jsonl", "w", encoding="utf-8") as fh:
        for i, (style, marked, src) in enumerate(msgs):
            text, ids, keep, _ = parse(marked)
            fh.write(json.dumps({"id": f"hd30-{i:03d}", "style": style, "text": text, "identifiers": ids,
                                 "keep": keep, "source": src}, ensure_ascii=False) + "\n")
    print(f"wrote {len(msgs)} messages ({len(hand)} hand, {len(tmpl)} template); {len(T)} templates")


if __name__ == "__main__":
    main()
