"""Rebuild handwritten_dev28.jsonl deterministically: hand/*.txt (written by hand) + templates (Faker)."""
import glob, json, os, random, re, sys

if os.environ.get("PYTHONHASHSEED") != "0":  # Faker output depends on str hashing; pin it for determinism
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
from faker import Faker
from common import message_errors

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2828
TOTAL = 400
CODES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\{\{([A-Z])(!?):(.*?)\}\}|<<(.*?)>>", re.S)


# ---------------------------------------------------------------- hand-written
def parse_hand():
    rows = []
    for fn in sorted(glob.glob(os.path.join(HERE, "hand", "*.txt"))):
        for block in re.split(r"^## ", open(fn, encoding="utf-8").read(), flags=re.M)[1:]:
            style, _, body = block.partition("\n")
            body = body.strip("\n")
            text, ids, keep, pos = "", [], [], 0
            for m in MARK.finditer(body):
                text += body[pos:m.start()]
                if m.group(4) is not None:
                    text += m.group(4)
                    if m.group(4) not in keep:
                        keep.append(m.group(4))
                else:
                    val = m.group(3)
                    text += val
                    ent = {"text": val, "type": CODES[m.group(1)], "region": "INTL" if m.group(2) else "US"}
                    if all(e["text"] != val for e in ids):
                        ids.append(ent)
                pos = m.end()
            text += body[pos:]
            rows.append({"style": style.strip(), "text": text, "identifiers": ids, "keep": keep, "source": "hand"})
    return rows


# ---------------------------------------------------------------- templates
R = random.Random(SEED)
Faker.seed(SEED)
US = Faker("en_US")
US.seed_instance(SEED)

WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Stone", "Bush", "Fox", "Bell", "King",
                 "Lamb", "Marsh", "Moss", "Frost", "Snow", "Banks", "Rice", "Cook", "Baker", "Hunter", "Mason",
                 "Price", "Ford", "Little", "Long", "Black", "White", "Gray", "Green", "Swift", "Sharp", "Wise",
                 "Hope", "Love", "Field", "Brook", "Lane", "Street", "Waters", "Rivers", "Bird", "Crow", "Finch",
                 "Fisher", "Gardner", "Knight", "Bishop", "Pope", "Steel", "Cotton", "Glass", "Hart", "Wolf",
                 "Bear", "Lake", "Dale", "Ash", "Holly", "Cross", "Church", "Hall", "Moon", "Day", "Summers",
                 "Winter", "Spring", "Rich", "Noble", "Strong", "Armstrong", "Carpenter", "Potter", "Miller",
                 "Weaver", "Chambers", "Castle", "Gold", "Silver", "Page", "Best", "Goodman", "Sterling", "Ward"]
WORD_GIVEN = ["Faith", "Hope", "Grace", "Joy", "Rose", "Daisy", "Violet", "Iris", "Ivy", "Hunter", "Mason", "Sky",
              "Summer", "Autumn", "Dawn", "Crystal", "Amber", "Ruby", "Pearl", "Jade", "Will", "Bill", "Art",
              "Rich", "Sunny", "Hazel", "Holly", "Robin", "Wren", "Lily", "Heather", "Brook", "River", "Storm",
              "Chase", "Grant", "Lance", "Miles", "Rod", "Cliff", "Dale", "Glen", "Forest", "Clay", "Reed",
              "April", "May", "June", "August", "January", "Honey", "Melody", "Star", "Destiny", "Precious"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "Ozempic", "insulin glargine",
         "prednisone", "albuterol", "Xarelto", "donepezil", "Seroquel", "Plavix", "tamsulosin", "omeprazole",
         "vitamin B12", "fish oil", "losartan", "hydrochlorothiazide", "Keppra", "Jardiance", "naloxone",
         "buprenorphine", "Suboxone", "carbidopa-levodopa", "furosemide", "Entresto", "Tylenol", "ibuprofen"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "Hemoglobin A1c", "COPD",
         "Alzheimer's", "type 2 diabetes", "hypertension", "congestive heart failure", "chronic kidney disease",
         "depression", "anxiety", "asthma", "osteoporosis", "macular degeneration", "sleep apnea", "gout",
         "rheumatoid arthritis", "dementia", "stroke", "pneumonia", "sciatica", "neuropathy", "anemia", "lupus"]
BODY = ["left knee", "right hip", "lower back", "shoulder", "ankle", "kidneys", "liver", "lungs", "wrist", "feet"]
LABS = ["INR", "CBC", "lipid panel", "TSH", "BMP", "creatinine", "eGFR", "potassium level", "PSA", "vitamin D level"]
ORGS = ["Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "CVS", "Medicaid", "Cleveland Clinic", "Rite Aid",
        "Blue Cross", "Aetna", "the VA", "Humana", "Costco pharmacy"]
REL = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Auntie", "my husband", "my wife"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "They're", "Can't", "I'd"]
HELP = ["988", "1-800-222-1222"]

NONLATIN_LOCALES = ["ja_JP", "zh_CN", "ko_KR", "ar_SA", "ru_RU", "hi_IN", "el_GR", "he_IL", "th_TH", "zh_TW", "uk_UA", "bg_BG"]
INTL_LOCALES = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP", "zh_CN",
                "ko_KR", "hi_IN", "en_IN", "ru_RU", "tr_TR", "vi_VN", "en_CA", "fr_CA", "en_AU", "de_AT", "fil_PH", "ar_SA"]
IBAN_LOCALES = ["de_DE", "fr_FR", "en_GB", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "de_AT", "fr_CH", "nl_BE", "fi_FI", "no_NO", "da_DK"]
FK = {}


def fk(loc):
    if loc not in FK:
        f = Faker(loc)
        f.seed_instance(SEED + len(FK))
        FK[loc] = f
    return FK[loc]


def pick(xs):
    return R.choice(xs)


# ---- US values
def given():
    return pick(WORD_GIVEN) if R.random() < 0.4 else US.first_name()


def family():
    return pick(WORD_SURNAMES) if R.random() < 0.5 else US.last_name()


def person_forms():
    """return one name string in one of the spec's forms"""
    g, f = given(), family()
    form = R.random()
    if form < 0.3:
        return g
    if form < 0.5:
        return f
    if form < 0.9:
        return f"{g} {f}"
    return f"{g} {US.random_uppercase_letter()}. {f}"


def us_phone():
    a, b, c = R.randint(201, 989), R.randint(200, 999), R.randint(0, 9999)
    a = a if a % 100 != 11 else a + 1
    c = f"{c:04d}"
    shapes = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
              f"001-{a}-{b}-{c}", f"({a}) {b}-{c} x{R.randint(10, 9999)}", f"{a}-{b}-{c} ext. {R.randint(1, 99)}",
              f"{a}.{b}.{c} extension {R.randint(1, 9)}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", f"+1-{a}-{b}-{c}"]
    if R.random() < 0.06:
        word = pick(["FLOWERS", "GETCARE", "PLUMBER", "BAKERY1", "DENTIST", "HELPNOW", "MOVEITT"])
        return f"1-{pick(['800', '888', '877'])}-{word[:3]}-{word[3:]}" if R.random() < .5 else f"1-{pick(['800', '866'])}-{word}"
    return pick(shapes)


STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
          "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
          "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"]


def zipc():
    z = f"{R.randint(1001, 99950):05d}"
    return z + (f"-{R.randint(0, 9999):04d}" if R.random() < 0.25 else "")


def us_address(multiline_ok=True):
    city, st = US.city(), pick(STATES)
    r = R.random()
    if r < 0.08:
        return f"PO Box {R.randint(1, 9999)}, {city}, {st} {zipc()}"
    if r < 0.14:
        k = pick(["PSC", "Unit", "CMR"])
        return f"{k} {R.randint(100, 9999)}, Box {R.randint(1, 9999)}, {pick(['APO', 'FPO', 'DPO'])} {pick(['AA', 'AE', 'AP'])} {R.randint(9000, 96699):05d}"
    if r < 0.19:
        return f"{pick(['RR', 'Rural Route', 'RR'])} {R.randint(1, 9)} Box {R.randint(1, 99)}{pick(['', 'A', 'B'])}, {city}, {st} {zipc()}"
    if r < 0.27:
        return f"{city}, {st}" if R.random() < .6 else f"{city}, {st} {zipc()}"
    street = US.street_address()  # may already contain Apt./Suite
    if R.random() < 0.35 and not re.search(r"Apt|Suite", street):
        street += pick([f" Apt. {R.randint(1, 40)}{pick('ABCD')}", f" Suite {R.randint(100, 999)}", f" #{R.randint(1, 99)}",
                        f", Apt {R.randint(1, 20)}", f" Unit {R.randint(1, 30)}"])
    if multiline_ok and R.random() < 0.2:
        return f"{street}\n{city}, {st} {zipc()}"
    return f"{street}, {city}, {st} {zipc()}"


def us_email(name):
    parts = re.findall(r"[A-Za-z]+", name.lower()) or ["pat"]
    user = pick([".".join(parts), "".join(parts) + str(R.randint(1, 99)), parts[0][0] + parts[-1], parts[-1] + "_" + parts[0]])
    return f"{user}@{pick(['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com', 'comcast.net', 'hotmail.com', 'protonmail.com'])}"


def url_for(name):
    parts = re.findall(r"[A-Za-z]+", name.lower()) or ["pat", "lee"]
    a, b = parts[0], parts[-1]
    return pick([f"https://www.{a}{b}.com", f"https://www.linkedin.com/in/{a}-{b}-{R.randint(10, 999)}",
                 f"facebook.com/{a}.{b}", f"https://{a}{b}.substack.com", f"https://www.caringbridge.org/visit/{a}{b}",
                 f"http://{a}-{b}.wordpress.com/about", f"https://github.com/{a}{b}", f"www.{b}family.net/{a}",
                 f"https://www.gofundme.com/f/help-{a}-{b}", f"https://instagram.com/{a}_{b}"])


def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    s = (f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}")
    return pick(["-".join(s), " ".join(s), "".join(s), "-".join(s)])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mrn():
    """returns (label_text, value)"""
    r = R.random()
    if r < 0.15:
        v = f"{R.randint(1, 9)}{pick(MBI_L)}{pick(MBI_L + '0123456789')}{R.randint(0, 9)}-{pick(MBI_L)}{pick(MBI_L + '0123456789')}{R.randint(0, 9)}-{pick(MBI_L)}{pick(MBI_L)}{R.randint(10, 99)}"
        return pick(["Medicare ID", "Medicare #", "MBI"]), v
    if r < 0.25:
        return pick(["Medicaid ID", "Medicaid #"]), f"{pick(['', 'MC'])}{R.randint(10000000, 99999999)}{pick(['', 'A', 'X'])}"
    if r < 0.4:
        return pick(["member id", "Member ID", "member #"]), f"{pick(['XGH', 'W', 'BCX', 'UHC', 'ZQA'])}{R.randint(100000000, 999999999)}"
    if r < 0.55:
        return pick(["chart #", "Chart No.", "chart number"]), f"{pick(['', 'C-', 'CH'])}{R.randint(100000, 9999999)}"
    return pick(["MRN", "MRN:", "mrn", "Med Rec #", "medical record number"]), pick([f"{R.randint(10000000, 99999999)}", f"MRN-{R.randint(100000, 9999999)}", f"{R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(100, 999)}", f"{R.randint(1000000, 9999999)}"])


def dob():
    import datetime  # fixed range, independent of today's date
    d = datetime.date(1928, 1, 1) + datetime.timedelta(days=R.randint(0, 365 * 80))
    fmts = ["%m/%d/%Y", "%-m/%-d/%Y", "%Y-%m-%d", "%B %-d, %Y", "%b %-d %Y", "%d %B %Y", "%m-%d-%Y", "%-m/%-d/%y", "%d-%b-%Y", "%m.%d.%Y"]
    return d.strftime(pick(fmts))


def luhn_fix(digits):
    total = 0
    for i, ch in enumerate(reversed(digits[:-1] + "0")):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return digits[:-1] + str((10 - total % 10) % 10)


def card():
    num = US.credit_card_number(card_type=pick(["visa", "mastercard", "amex", "discover", "visa16"]))
    if R.random() < 0.2:
        num = num[:-1] + str((int(num[-1]) + 3) % 10)  # invalid Luhn on purpose
    if len(num) == 16:
        num = pick([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4))])
    elif len(num) == 15:
        num = pick([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
    return pick(["card", "cc", "visa", "credit card", "Visa card", "CC#", "credit card no."]), num


def bank():
    if R.random() < 0.5:
        return pick(["routing", "routing #", "ABA routing number", "routing no."]), US.aba()
    return pick(["account", "acct #", "checking account", "savings acct no.", "bank account number"]), str(R.randint(10 ** 7, 10 ** 12))


def iban():
    v = fk(pick(IBAN_LOCALES)).iban()
    if R.random() < 0.5:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if R.random() < 0.25:
        v = v.lower()
    return pick(["IBAN", "iban", "IBAN:", "", "iban:"]), v


# ---- INTL values
def intl_person(loc):
    f = fk(loc)
    v = pick([f.name(), f.name(), f.first_name(), f.last_name()]) if loc not in ("ja_JP", "zh_CN", "zh_TW", "ko_KR") else pick([f.name(), f.last_name() + f.first_name()])
    return v.strip()


def intl_address(loc):
    f = fk(loc)
    a = f.address()
    if R.random() < 0.6:
        a = a.replace("\n", ", ")
    return a.strip()


def intl_city(loc):
    return fk(loc).city()


def intl_phone(loc):
    return fk(loc).phone_number()


def kp(pool):
    return ("K", pick(pool))


def I(text, typ, region="US"):
    return ("I", text, typ, region)


def assemble(style, parts):
    text, ids, keep = "", [], []
    for p in parts:
        if isinstance(p, str):
            text += p
        elif p[0] == "K":
            text += p[1]
            if p[1] not in keep:
                keep.append(p[1])
        else:
            text += p[1]
            if all(e["text"] != p[1] for e in ids):
                ids.append({"text": p[1], "type": p[2], "region": p[3]})
    return {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}


def case(parts, fn):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(fn(p))
        elif p[0] == "K":
            out.append(("K", fn(p[1])))
        else:
            out.append((p[0], fn(p[1]) if p[2] in ("PERSON", "LOCATION", "EMAIL_ADDRESS", "URL") else p[1], p[2], p[3]))
    return out


def t_clinician():
    n = person_forms(); rel = given()
    lab, m = mrn()
    parts = [pick(["Pt ", "Patient ", "Seen: ", ""]), I(n, "PERSON"), ", DOB ", I(dob(), "DATE_OF_BIRTH"), ". ",
             pick(["Hx ", "Dx: ", "Known "]), kp(CONDS), ". ", pick(["Continue ", "Start ", "Hold "]), kp(DRUGS),
             ". ", lab, " ", I(m, "MEDICAL_RECORD_NUMBER"), ". ", pick(["Daughter ", "Son ", "Wife ", "Husband ", "Caregiver "]),
             I(rel, "PERSON"), " at ", I(us_phone(), "PHONE_NUMBER"), "."]
    if R.random() < 0.4:
        parts += [" SSN ", I(ssn(), "US_SSN"), "."]
    if R.random() < 0.3:
        parts += [" Lives at ", I(us_address(False), "LOCATION"), "."]
    return parts


def t_form():
    n = person_forms() if R.random() < .3 else f"{given()} {family()}"
    lab, m = mrn()
    parts = [pick(["Patient name: ", "Name: ", "NAME: ", "Full name: "]), I(n, "PERSON"), "\n",
             pick(["DOB: ", "Date of birth: ", "Birthday: ", "Born: "]), I(dob(), "DATE_OF_BIRTH"), "\n",
             pick(["SSN: ", "Social Security #: ", "SS#: "]), I(ssn(), "US_SSN"), "\n",
             lab, ": ", I(m, "MEDICAL_RECORD_NUMBER"), "\n",
             "Address: ", I(us_address(), "LOCATION"), "\n",
             pick(["Diagnosis: ", "Condition: ", "Reason for visit: "]), kp(CONDS), "\n"]
    r = R.random()
    if r < 0.35:
        l, c = card(); parts += [l.capitalize(), ": ", I(c, "ACCOUNT_NUMBER"), "\n"]
    elif r < 0.6:
        l1, v1 = ("Routing number", US.aba()); l2, v2 = ("Account number", str(R.randint(10 ** 7, 10 ** 11)))
        parts += [l1, ": ", I(v1, "ACCOUNT_NUMBER"), "\n", l2, ": ", I(v2, "ACCOUNT_NUMBER"), "\n"]
    parts += ["Email: ", I(us_email(n), "EMAIL_ADDRESS"), "\n", "Pharmacy: ", kp(ORGS[:2] + ["CVS", "Rite Aid"])]
    return parts


def t_general():
    n = f"{given()} {family()}"
    r = R.random()
    if r < 0.3:
        return ["Hi, address change for ", I(n, "PERSON"), ": new address is ", I(us_address(), "LOCATION"),
                ". Please update the ", kp(ORGS), " file too, the ", kp(DRUGS), " ships there. Phone ", I(us_phone(), "PHONE_NUMBER")]
    if r < 0.6:
        l, c = card()
        return ["Billing question: ", l, " ", I(c, "ACCOUNT_NUMBER"), " was charged for the ", kp(LABS), " twice. Account holder ",
                I(n, "PERSON"), ", ", I(us_email(n), "EMAIL_ADDRESS"), ". ", kp(CONTR), " mind a call back."]
    if r < 0.8:
        l, v = bank(); l2, v2 = iban()
        return ["Payment details for ", I(n, "PERSON"), " (", kp(["home health aide", "caregiver", "physical therapy", "hospice"]),
                "): ", l, " ", I(v, "ACCOUNT_NUMBER"), "; for the Spain trip use ", l2 + (" " if l2 else ""), I(v2, "ACCOUNT_NUMBER", "INTL")]
    return ["Our page with updates on ", kp(REL), "'s ", kp(CONDS), ": ", I(url_for(n), "URL"), " (run by ", I(n, "PERSON"), ")"]


def t_speaker():
    a, b = given(), given()
    while b == a:
        b = given()
    rel = pick(["Daughter ", "Son ", "Wife ", "Nurse ", "Neighbor ", "Niece ", "Grandson ", "", ""])
    extra = []
    if R.random() < 0.6:
        loc = pick(NONLATIN_LOCALES + INTL_LOCALES)
        extra = ["\n", I(intl_person(loc), "PERSON", "INTL"), ": ", kp(DAYS), " I call from ", I(intl_city(loc), "LOCATION", "INTL")]
    return [rel, I(a, "PERSON"), ": ", kp(CONTR), " have the ", kp(DRUGS), " ready? ", kp(REL), "'s ", kp(BODY), " hurts\n",
            I(b, "PERSON"), ": yes. call ", I(us_phone(), "PHONE_NUMBER"), " if ", I(a, "PERSON"), " can't reach me. DOB for the form is ",
            I(dob(), "DATE_OF_BIRTH")] + extra


def t_lower():
    n = f"{given()} {family()}"
    return case(["this is ", I(n, "PERSON"), ", ", kp(REL), " moved to ", I(us_address(False), "LOCATION"), " and her ",
                 kp(DRUGS), " refills go there now. email ", I(us_email(n), "EMAIL_ADDRESS"), " or call ", I(us_phone(), "PHONE_NUMBER")] + ([". her page ", I(url_for(n), "URL")] if R.random() < 0.6 else []), str.lower)


def t_caps():
    n = person_forms(); lab, m = mrn()
    return case([I(n, "PERSON"), " NEEDS THE ", kp(DRUGS), " BEFORE ", kp(DAYS), ". ", lab, " ", I(m, "MEDICAL_RECORD_NUMBER"),
                 ". CALL ", I(us_phone(), "PHONE_NUMBER"), ". SSN ", I(ssn(), "US_SSN")], str.upper)


def t_list():
    names = []
    while len(names) < R.randint(3, 6):
        x = pick([given(), family(), f"{given()} {family()}"])
        if all(x not in y and y not in x for y in names):
            names.append(x)
    parts = [pick(["Rides to ", "Visitors for ", "Meal train for ", "Phone tree for "]), kp(REL), "'s ", kp(CONDS), ": "]
    for i, x in enumerate(names):
        parts.append(I(x, "PERSON"))
        parts.append(", " if i < len(names) - 2 else (" and " if i == len(names) - 2 else ""))
    parts += [". Questions to ", I(us_email(names[0]), "EMAIL_ADDRESS"), "."]
    if R.random() < 0.7:
        loc = pick(NONLATIN_LOCALES)
        parts += [" Cousin ", I(intl_person(loc), "PERSON", "INTL"), " calls from abroad: ", I(intl_phone(loc), "PHONE_NUMBER", "INTL")]
    return parts


def t_run_on():
    a, b = given(), f"{given()} {family()}"
    return ["so ", I(a, "PERSON"), " called and said ", kp(REL), " missed the ", kp(DRUGS), " again and ", I(b, "PERSON"),
            " is driving over from ", I(us_address(False), "LOCATION"), " but can't stay past ", kp(DAYS),
            " so someone needs to call ", I(us_phone(), "PHONE_NUMBER"), " and also the ", kp(ORGS),
            " lady wants the member number which is ", I(mrn()[1], "MEDICAL_RECORD_NUMBER"), " i think"]


def t_signature():
    n = f"{given()} {family()}"
    if R.random() < 0.4:
        loc = pick(INTL_LOCALES)
        n = intl_person(loc)
        return [kp(CONTR), " bring the ", kp(DRUGS), " when you visit ", kp(REL), ".\n--\n", I(n, "PERSON", "INTL"), "\n", I(intl_address(loc), "LOCATION", "INTL"), "\n",
                pick(["tel ", "", "mob. "]), I(intl_phone(loc), "PHONE_NUMBER", "INTL"), "\n", I(fk(loc).email(), "EMAIL_ADDRESS", "INTL")]
    return [kp(CONTR), " see you at the ", kp(CONDS), " support group.\n--\n", I(n, "PERSON"), "\n", I(us_address(), "LOCATION"), "\n",
            pick(["cell ", "tel ", "", "m: "]), I(us_phone(), "PHONE_NUMBER"), "\n", I(us_email(n), "EMAIL_ADDRESS"), "\n", I(url_for(n), "URL")]


def t_forwarded():
    n = f"{given()} {family()}"
    g = n.split()[0]
    return ["---------- Forwarded message ---------\nFrom: ", I(n, "PERSON"), " <", I(us_email(n), "EMAIL_ADDRESS"), ">\nSubject: ",
            kp(REL), "'s ", kp(LABS), "\n\n> ", kp(CONTR), " forget the ", kp(DRUGS), ". Her DOB is ", I(dob(), "DATE_OF_BIRTH"),
            ", SSN ", I(ssn(), "US_SSN"), ". ", *([ "Her brother in ", I(intl_city(l0 := pick(INTL_LOCALES)), "LOCATION", "INTL"), " is on ", I(intl_phone(l0), "PHONE_NUMBER", "INTL"), ". "] if R.random() < 0.6 else []), "Personal page: ", I(url_for(n), "URL"), "\n\nthanks ", I(g, "PERSON") if g != n else "", "!"]


def t_typos():
    n = given().lower() if R.random() < .5 else given()
    drug = pick(["metforman", "eliquis", "lasiks", "lisinipril", "melatonnin", "sertralene", "oxycodon", "warfrin"])
    return [I(n, "PERSON"), pick([" sayd ", " tolld me ", " sed "]), kp(REL), "s ", ("K", drug), pick([" is out", " is in teh frige", " got lost"]),
            " pls call ", I(us_phone(), "PHONE_NUMBER"), " or go to ", I(us_address(False), "LOCATION"), " b4 ", kp(DAYS)]


def t_international():
    loc = pick(INTL_LOCALES)
    n = intl_person(pick(NONLATIN_LOCALES)) if R.random() < 0.35 else intl_person(loc)
    parts = [kp(REL), "'s friend ", I(n, "PERSON", "INTL"), pick([" lives at ", ", address: ", " — "]), I(intl_address(loc), "LOCATION", "INTL"),
             ". ", pick(["Phone ", "Tel. ", "tel: ", "ring "]), I(intl_phone(loc), "PHONE_NUMBER", "INTL"), ". Takes ", kp(DRUGS), " for ", kp(CONDS), "."]
    nl = pick(NONLATIN_LOCALES)
    parts += [" Her sister ", I(intl_person(nl), "PERSON", "INTL"), " is in ", I(intl_city(nl), "LOCATION", "INTL"), "."]
    r = R.random()
    if r < 0.45:
        l, v = iban(); parts += [" Refund to ", l + (" " if l else ""), I(v, "ACCOUNT_NUMBER", "INTL"), "."]
    elif r < 0.7:
        city_loc = pick(NONLATIN_LOCALES)
        parts += [" Family in ", I(intl_city(city_loc), "LOCATION", "INTL"), "."]
    else:
        parts += [" Email ", I(fk(loc).email(), "EMAIL_ADDRESS", "INTL"), "."]
    return parts


PLAN = [("international", t_international, 50), ("clinician_note", t_clinician, 18), ("form", t_form, 25),
        ("general_text", t_general, 22), ("speaker_label", t_speaker, 13), ("lower_case", t_lower, 14),
        ("all_caps", t_caps, 15), ("list", t_list, 15), ("run_on", t_run_on, 14), ("signature", t_signature, 14),
        ("forwarded", t_forwarded, 20), ("typos", t_typos, 15)]


def build():
    hand = parse_hand()
    for r in hand:
        e = message_errors(r)
        if e:
            print("HAND ERROR:", e, r["text"][:80])
    tmpl = []
    for style, fn, n in PLAN:
        made = 0
        while made < n:
            row = assemble(style, fn())
            if message_errors(row):
                continue
            tmpl.append(row); made += 1
    rows = []
    # interleave deterministically
    allrows = hand + tmpl
    R2 = random.Random(SEED)
    R2.shuffle(allrows)
    for i, r in enumerate(allrows):
        rows.append({"id": f"hd28-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                     "keep": r["keep"], "source": r["source"]})
    with open(os.path.join(HERE, "handwritten_dev28.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({len(hand)} hand, {len(tmpl)} template)")


if __name__ == "__main__":
    build()
