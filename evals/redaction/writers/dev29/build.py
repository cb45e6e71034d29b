#!/usr/bin/env python3
"""Build handwritten_dev29.jsonl: hand-written messages (hand/*.txt, inline markup) + own templates filled with Faker.

Markup in hand files: [[T:text]] identifier (region US), [[T/I:text]] identifier (region INTL), {{word}} keep word.
Messages are separated by a line '===' and start with '@style'. Lines starting with '#' at file top are comments.
"""
import json, random, re, string, sys
from datetime import date, timedelta
from pathlib import Path
from faker import Faker

HERE = Path(__file__).resolve().parent
OUT = HERE / "handwritten_dev29.jsonl"
SEED = 2929
N_TEMPLATE = 255
rng = random.Random(SEED)
Faker.seed(SEED)

TYPES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\[\[(P|L|PH|E|U|S|M|D|A)(/I)?:(.*?)\]\]|\{\{(.*?)\}\}", re.S)


# ------------------------------------------------------------------ hand-written messages
def parse_hand(path):
    raw = path.read_text(encoding="utf-8")
    lines = [l for l in raw.split("\n") if not l.startswith("#")]
    msgs = []
    for block in "\n".join(lines).split("\n===\n"):
        block = block.strip("\n")
        if not block.strip():
            continue
        head, _, body = block.partition("\n")
        assert head.startswith("@"), (path, head)
        style = head[1:].strip()
        ids, keep, out, pos = [], [], [], 0
        for m in MARK.finditer(body):
            out.append(body[pos:m.start()])
            if m.group(4) is not None:
                out.append(m.group(4)); keep.append(m.group(4))
            else:
                t = m.group(3)
                out.append(t)
                ids.append({"text": t, "type": TYPES[m.group(1)], "region": "INTL" if m.group(2) else "US"})
            pos = m.end()
        out.append(body[pos:])
        text = "".join(out)
        assert "[[" not in text and "{{" not in text, (path, text)
        msgs.append(finish(style, text, ids, keep, "hand"))
    return msgs


def finish(style, text, ids, keep, source):
    seen, uids = set(), []
    for i in ids:
        k = (i["text"], i["type"])
        if k not in seen:
            seen.add(k); uids.append(i)
    ukeep = []
    for k in keep:
        if k not in ukeep:
            ukeep.append(k)
    return {"style": style, "text": text, "identifiers": uids, "keep": ukeep, "source": source}


# ------------------------------------------------------------------ value generators
US = Faker("en_US")
MIX_US = [Faker(l) for l in ["en_US", "en_US", "en_US", "es_MX", "vi_VN", "fil_PH", "en_US", "it_IT", "pl_PL"]]
INTL_LOC = ["en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP", "zh_CN",
            "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR", "en_CA"]
FK = {l: Faker(l) for l in INTL_LOC}
for _l, _f in FK.items():
    _f._dev29_loc = _l

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MONDOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def ordinal(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def birthdate(lo=1926, hi=2024):
    start = date(lo, 1, 1)
    return start + timedelta(days=rng.randrange((date(hi, 12, 31) - start).days))


def fmt_dob(d, kind=None):
    kinds = ["us", "us_pad", "us2", "iso", "long", "long_ord", "abbr", "abbr_dot", "dmy_words", "dash", "dash2",
             "dot", "caps_abbr", "compact", "the_of", "month_year", "ord_no_comma", "year_slash"]
    k = kind or rng.choice(kinds)
    y2 = f"{d.year % 100:02d}"
    return {
        "us": f"{d.month}/{d.day}/{d.year}",
        "us_pad": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us2": f"{d.month}/{d.day}/{y2}",
        "iso": d.isoformat(),
        "long": f"{MONTHS[d.month-1]} {d.day}, {d.year}",
        "long_ord": f"{MONTHS[d.month-1]} {ordinal(d.day)}, {d.year}",
        "abbr": f"{MON3[d.month-1]} {d.day} {d.year}",
        "abbr_dot": f"{MONDOT[d.month-1]} {d.day}, {d.year}",
        "dmy_words": f"{d.day} {MONTHS[d.month-1]} {d.year}",
        "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "dash2": f"{d.month}-{d.day}-{y2}",
        "dot": f"{d.month}.{d.day}.{d.year}",
        "caps_abbr": f"{d.day:02d}-{MON3[d.month-1].upper()}-{d.year}",
        "compact": f"{d.month:02d}{d.day:02d}{d.year}",
        "the_of": f"the {ordinal(d.day)} of {MONTHS[d.month-1]} {d.year}",
        "month_year": f"{MONTHS[d.month-1]} {d.year}",
        "ord_no_comma": f"{MON3[d.month-1].lower()} {ordinal(d.day)} {d.year}",
        "year_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[k]


def fmt_dob_intl(d, loc):
    if loc in ("de_DE", "pl_PL", "ru_RU", "tr_TR"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if loc in ("ja_JP", "zh_CN"):
        return rng.choice([f"{d.year}年{d.month}月{d.day}日", f"{d.year}/{d.month:02d}/{d.day:02d}"])
    if loc == "ko_KR":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if loc == "en_CA":
        return d.isoformat()
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {MONTHS[d.month-1]} {d.year}",
                       f"{d.day:02d}-{d.month:02d}-{d.year}"])


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(n, pool=string.ascii_uppercase):
    return "".join(rng.choice(pool) for _ in range(n))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = MBI_L + string.digits
    s = (rng.choice("123456789") + rng.choice(MBI_L) + rng.choice(a) + rng.choice(string.digits) +
         rng.choice(MBI_L) + rng.choice(a) + rng.choice(string.digits) + rng.choice(MBI_L) + rng.choice(MBI_L) +
         digits(2))
    return rng.choice([s, s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])


def hicn():
    base = f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{digits(4)}"
    suf = rng.choice(["A", "B", "D", "C1", "B2", "T"])
    return rng.choice([base + suf, base.replace("-", "") + suf, base + " " + suf])


def medicaid():
    st, v = rng.choice([
        ("NY", lambda: letters(2) + digits(5) + letters(1)),
        ("CA", lambda: "9" + digits(7) + letters(1)),
        ("CA", lambda: "9" + digits(7) + letters(1) + digits(5)),
        ("TX", lambda: digits(9)),
        ("FL", lambda: digits(10)),
        ("PA", lambda: digits(10)),
        ("IL", lambda: digits(9)),
        ("OH", lambda: digits(12)),
        ("GA", lambda: digits(12)),
        ("MA", lambda: digits(12)),
        ("NC", lambda: digits(9) + letters(1)),
        ("MI", lambda: digits(10)),
        ("WA", lambda: digits(9) + "WA"),
        ("AZ", lambda: "A" + digits(8)),
        ("NJ", lambda: digits(12)),
        ("LA", lambda: digits(13)),
    ])
    return st, v()


PLAN_PREFIX = ["XJH", "ZGP", "YRB", "XEA", "QMX", "JQU", "XOF", "AHX", "ZAP", "XKP", "JBX", "R4W", "VKH"]


def member_id():
    kind = rng.choice(["bcbs", "bcbs_sp", "aetna", "uhc", "cigna", "humana", "generic", "dash"])
    return {
        "bcbs": rng.choice(PLAN_PREFIX) + digits(9),
        "bcbs_sp": rng.choice(PLAN_PREFIX) + " " + digits(rng.choice([9, 10])),
        "aetna": "W" + digits(9),
        "uhc": digits(9),
        "cigna": "U" + digits(8) + " 0" + str(rng.randint(1, 4)),
        "humana": "H" + digits(8),
        "generic": letters(3) + digits(7),
        "dash": f"{letters(3)}-{digits(3)}-{digits(5)}",
    }[kind]


def mrn():
    kind = rng.choice(["n7", "n8", "n10", "pref", "dash", "z", "e"])
    return {
        "n7": digits(7), "n8": digits(8), "n10": "00" + digits(8),
        "pref": rng.choice(["MR", "M", "E", "H", "PT"]) + digits(rng.choice([6, 7, 8])),
        "dash": f"{digits(3)}-{digits(3)}-{digits(3)}",
        "z": "000" + digits(6),
        "e": f"{letters(2)}-{digits(6)}",
    }[kind]


def rx():
    return rng.choice([digits(7), digits(7) + "-" + digits(5), digits(6) + "-0" + str(rng.randint(1, 9)),
                       digits(7)])


def account_enc():
    return rng.choice(["V" + digits(11), digits(10), "ENC" + digits(8), f"{digits(8)}-00{rng.randint(1,9)}",
                       "CSN" + digits(10)])


def us_phone():
    a, b, c = rng.choice(["212", "312", "415", "617", "713", "404", "503", "614", "702", "919", "248", "series"]), "555", f"01{digits(2)}"
    if a == "series":
        a = str(rng.randint(201, 989))
    shape = rng.choice(["paren", "dash", "dot", "plain", "plus1", "one", "001", "paren_ext", "dash_x", "ext_word"])
    return {
        "paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "plain": f"{a}{b}{c}",
        "plus1": f"+1 {a} {b} {c}", "one": f"1-{a}-{b}-{c}", "001": f"001-{a}-{b}-{c}",
        "paren_ext": f"({a}) {b}-{c} x{rng.randint(10, 9999)}", "dash_x": f"{a}-{b}-{c} ext. {rng.randint(1, 99)}",
        "ext_word": f"{a}.{b}.{c} extension {rng.randint(1, 9)}",
    }[shape]


def us_address(multiline=None):
    f = US
    street = f"{f.building_number()} {f.street_name()}"
    unit = rng.choice(["", "", f" Apt. {rng.randint(1, 30)}{rng.choice('ABCDEF')}", f" Apt {rng.randint(1, 999)}",
                       f" Suite {rng.randint(100, 900)}", f" #{rng.randint(1, 40)}", f", Unit {rng.randint(1, 20)}"])
    city = f"{f.city()}, {f.state_abbr(include_territories=False, include_freely_associated_states=False)} " + (f.zipcode_plus4() if rng.random() < .25 else f.zipcode())
    kind = rng.random()
    if kind < .08:
        return f"PO Box {rng.randint(10, 9999)}, {city}"
    if kind < .13:
        return f"RR {rng.randint(1, 9)} Box {rng.randint(1, 300)}, {city}"
    if kind < .18:
        return rng.choice([f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999)}, APO AE {rng.randint(9000, 9999):05d}",
                           f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 999)}, DPO AP {rng.randint(96200, 96699)}",
                           f"CMR {rng.randint(400, 499)} Box {rng.randint(1, 999)}, APO AE {rng.randint(9000, 9499):05d}",
                           f"USS {US.last_name()}, FPO AP {rng.randint(96600, 96699)}"])
    multi = rng.random() < .3 if multiline is None else multiline
    return street + unit + ("\n" if multi else ", ") + city


def city_state():
    return f"{US.city()}, {US.state_abbr(include_territories=False, include_freely_associated_states=False)}"


def intl_address(loc):
    a = FK[loc].address()
    return a if rng.random() < .3 else a.replace("\n", ", ")


def intl_phone(loc):
    return {
        "en_GB": lambda: rng.choice([f"+44 20 7946 0{digits(3)}", f"020 7946 0{digits(3)}", f"+44 7700 900{digits(3)}", f"07700 900{digits(3)}"]),
        "de_DE": lambda: rng.choice([f"+49 30 {digits(7)}", f"030 {digits(7)}", f"+49 151 {digits(8)}"]),
        "fr_FR": lambda: rng.choice([f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"]),
        "es_MX": lambda: rng.choice([f"+52 55 {digits(4)} {digits(4)}", f"55 {digits(4)} {digits(4)}"]),
        "hi_IN": lambda: f"+91 9{digits(4)} {digits(5)}",
        "en_IN": lambda: f"+91 9{digits(4)} {digits(5)}",
        "ja_JP": lambda: rng.choice([f"+81 3-{digits(4)}-{digits(4)}", f"03-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}"]),
        "pt_BR": lambda: f"+55 11 9{digits(4)}-{digits(4)}",
    }.get(loc, lambda: FK[loc].phone_number())()


def ssn():
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), digits(4)
    return rng.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}"])


def iban():
    loc = rng.choice(["de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "tr_TR"])
    v = FK[loc].iban()
    r = rng.random()
    if r < .45:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if rng.random() < .2:
        v = v.lower()
    return v


def card():
    v = US.credit_card_number(card_type=rng.choice(["visa", "mastercard", "amex", "discover", "visa16"]))
    if rng.random() < .15:  # invalid Luhn still a card number
        v = v[:-1] + str((int(v[-1]) + 1) % 10)
    if rng.random() < .5 and len(v) == 16:
        v = " ".join(v[i:i + 4] for i in range(0, 16, 4)) if rng.random() < .7 else "-".join(v[i:i + 4] for i in range(0, 16, 4))
    return v


def url_for(first, last):
    f, l = first.lower(), last.lower()
    return rng.choice([f"https://www.facebook.com/{f}.{l}", f"https://www.caringbridge.org/visit/{f}{l}",
                       f"http://www.{f}{l}.com", f"https://gofundme.com/f/help-{f}-{l}-recover",
                       f"linkedin.com/in/{f}-{l}-{digits(3)}", f"https://{f}{l}.substack.com",
                       f"www.instagram.com/{f}_{l}", f"https://sites.google.com/view/{f}-{l}-care"])


def email_for(first, last):
    f = re.sub(r"[^a-z]", "", first.lower()) or "pat"
    l = re.sub(r"[^a-z]", "", last.lower()) or "lee"
    return rng.choice([f"{f}.{l}@gmail.com", f"{f[0]}{l}{rng.randint(1, 99)}@yahoo.com", f"{f}{l}@outlook.com",
                       f"{l}.{f}@icloud.com", f"{f}_{l}{rng.randint(40, 99)}@aol.com", f"{f}@{l}family.net"])


def plain_name(f):
    """first + last without titles (Mr., Dr., Herr, Mme ...), in the locale's usual order"""
    loc = getattr(f, "_dev29_loc", "")
    fn, ln = f.first_name(), f.last_name()
    if loc in ("zh_CN", "ja_JP", "ko_KR"):
        return ln + ("" if loc == "zh_CN" or loc == "ko_KR" else " ") + fn
    return f"{fn} {ln}"


def ascii_name(f):
    for _ in range(20):
        fn, ln = f.first_name(), f.last_name()
        if re.fullmatch(r"[A-Za-z][A-Za-z' -]+", fn + ln):
            return fn, ln
    return US.first_name(), US.last_name()


# ------------------------------------------------------------------ keep words
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "insulin glargine", "Jardiance",
         "Xarelto", "donepezil", "furosemide", "prednisone", "albuterol", "Ozempic", "Trulicity", "losartan",
         "hydrochlorothiazide", "tamsulosin", "Suboxone", "naloxone", "fish oil", "vitamin B12", "Entresto",
         "carvedilol", "Plavix", "omeprazole", "buspirone", "Aricept", "Namenda", "Keppra", "lithium"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "type 2 diabetes", "heart failure", "CKD stage 3", "hypertension", "asthma", "sleep apnea", "gout",
         "osteoporosis", "depression", "dementia", "neuropathy", "pneumonia", "UTI", "cellulitis", "DVT", "anemia"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "TSH", "lipid panel", "BMP", "CBC", "eGFR", "BNP", "potassium"]
BODY = ["left knee", "hip", "lower back", "right shoulder", "ankle", "wrist", "chest"]
ORGS = ["Walgreens", "CVS", "Medicare", "Mayo Clinic", "Kaiser", "Medicaid", "Rite Aid", "Humana", "Aetna"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "It's"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "Auntie", "my son", "my daughter"]


def K(w):
    return ("K", w)


def I(text, typ, region="US"):
    return ("I", text, typ, region)


# ------------------------------------------------------------------ labels for MRN / DOB
MRN_LABELS = {
    "std": ["MRN", "MRN:", "MRN #", "Medical Record #", "Medical record number:", "chart #", "Chart No.", "chart number",
            "Patient ID:", "pt id", "Hospital #"],
    "odd": ["wristband no.", "registration number", "EHR ID:", "unit number", "pt identifier", "record locator",
            "hosp #", "the number on the bracelet is", "case no.", "file #", "enterprise ID", "EMPI"],
    "typo": ["MNR", "mrm", "medical recrod #", "chart nubmer", "MRN#:", "Mrn no", "medcial record", "pateint id",
             "recrod no.", "chrat #"],
}


def mrn_label():
    r = rng.random()
    if r < .45:
        return rng.choice(MRN_LABELS["std"])
    if r < .7:
        return rng.choice(MRN_LABELS["odd"])
    return rng.choice(MRN_LABELS["typo"])


def dob_label():
    return rng.choice(["DOB", "DOB:", "dob", "D.O.B.", "Date of birth:", "born", "b.", "birthday", "bday", "DOB -",
                       "Birthdate", "birth date", "date of birth", "d.o.b", "DoB", "dob;", "Born on", "DOB/", "bithday",
                       "birtday", "DBO", "brithdate"])


def record_id():
    """(value, label_kind) for a random kind of MEDICAL_RECORD_NUMBER."""
    kind = rng.choice(["mrn", "mrn", "mrn", "member", "member", "mbi", "mbi", "hicn", "medicaid", "medicaid", "rx",
                       "rx", "acct", "chart"])
    if kind == "mrn":
        return mrn(), mrn_label()
    if kind == "chart":
        return rng.choice([f"C-{digits(6)}", digits(6), f"{letters(2)}{digits(5)}"]), rng.choice(
            ["chart #", "chart no.", "Chart Number", "chrt#", "chart"])
    if kind == "member":
        return member_id(), rng.choice(["Member ID", "member id", "Member #", "ID #", "Subscriber ID", "mbr id",
                                         "memebr id", "Identification No.", "insurance id", "policy #"])
    if kind == "mbi":
        return mbi(), rng.choice(["Medicare", "Medicare #", "MBI", "Medicare number", "medicare no", "Medicare ID:",
                                  "medicare nmber", "new Medicare card"])
    if kind == "hicn":
        return hicn(), rng.choice(["old Medicare #", "HICN", "Medicare claim number", "old medicare card"])
    if kind == "medicaid":
        st, v = medicaid()
        return v, rng.choice([f"{st} Medicaid", f"Medicaid ({st})", "Medicaid ID", "medicaid #", "medciad",
                              f"{st} Medicaid no."])
    if kind == "rx":
        return rx(), rng.choice(["Rx #", "RX#", "Rx", "rx number", "prescription #", "refill no.", "Rx No:"])
    return account_enc(), rng.choice(["Encounter #", "acct #", "Visit ID", "account no.", "FIN", "HAR"])


# ------------------------------------------------------------------ templates
def person(f=None):
    f = f or rng.choice(MIX_US)
    fn, ln = ascii_name(f)
    return fn, ln


def T_clin_short():
    fn, ln = person(); d = birthdate(1930, 2000); v, lab = record_id()
    return "clinician_note", ["Pt ", I(f"{ln}, {fn}", "PERSON"), " (", I(fmt_dob(d), "DATE_OF_BIRTH"),
                              f") {lab} ", I(v, "MEDICAL_RECORD_NUMBER"), ". ", K(rng.choice(CONDS)), ", on ",
                              K(rng.choice(DRUGS)), ". F/u 2 wk."]


def T_clin_age():
    fn, ln = person(); d = birthdate(1930, 1990); age = 2026 - d.year
    sex = rng.choice("MF")
    return "clinician_note", [f"{age}{sex} ", I(fn[0] + ". " + ln, "PERSON"), ", DOB ", I(fmt_dob(d, rng.choice(["us", "us_pad", "us2", "iso"])), "DATE_OF_BIRTH"),
                              ", ", mrn_label(), " ", I(mrn(), "MEDICAL_RECORD_NUMBER"), ". Hx ", K(rng.choice(CONDS)),
                              ". ", K(rng.choice(LABS)), " pending."]


def T_clin_unlabeled():
    fn, ln = person(); d = birthdate(1930, 2000)
    return "clinician_note", [I(f"{ln.upper()}, {fn.upper()}", "PERSON"), " ", I(fmt_dob(d, "us_pad"), "DATE_OF_BIRTH"), " ",
                              I(mrn(), "MEDICAL_RECORD_NUMBER"), " - ", K(rng.choice(CONDS)), " - ", K(rng.choice(DRUGS))]


def T_form_reg():
    fn, ln = person(); d = birthdate(); addr = us_address()
    v1, l1 = mrn(), rng.choice(["Medical Record #:", "MRN:", "Chart No.:", "Patient ID:"])
    st, v2 = medicaid()
    return "form", ["Last name: ", I(ln, "PERSON"), "\nFirst name: ", I(fn, "PERSON"), "\nDate of Birth: ",
                    I(fmt_dob(d, rng.choice(["us_pad", "dash", "us"])), "DATE_OF_BIRTH"), f"\n{l1} ",
                    I(v1, "MEDICAL_RECORD_NUMBER"), f"\n{st} Medicaid ID: ", I(v2, "MEDICAL_RECORD_NUMBER"),
                    "\nAddress: ", I(addr, "LOCATION"), "\nPhone: ", I(us_phone(), "PHONE_NUMBER"),
                    "\nReason for visit: ", K(rng.choice(CONDS))]


def T_form_insurance():
    fn, ln = person(); d = birthdate(1940, 2010)
    grp = rng.choice([digits(6), f"{digits(7)}-{digits(3)}-{digits(5)}", f"GRP {digits(5)}"])
    return "form", ["INSURANCE INFORMATION\nSubscriber: ", I(f"{fn} {ln}", "PERSON"), "\nSubscriber DOB: ",
                    I(fmt_dob(d, rng.choice(["us_pad", "dash", "iso"])), "DATE_OF_BIRTH"), "\nMember ID: ",
                    I(member_id(), "MEDICAL_RECORD_NUMBER"), f"\nGroup #: {grp}\nRelationship to patient: Self",
                    "\nPharmacy: ", K(rng.choice(["Walgreens", "CVS", "Rite Aid"]))]


def T_medicare_card():
    fn, ln = person(US); d = birthdate(1930, 1960)
    return rng.choice(["older_typing", "lower_case"]), [
        rng.choice(["my ", "My "]), rng.choice(["medicare", "Medicare"]), " number is ", I(mbi(), "MEDICAL_RECORD_NUMBER"),
        rng.choice([" and the old one was ", " the old red white and blue card had "]), I(hicn(), "MEDICAL_RECORD_NUMBER"),
        ". i am ", I(f"{fn} {ln}", "PERSON"), " born ", I(fmt_dob(d, rng.choice(["long", "abbr", "the_of", "us"])), "DATE_OF_BIRTH"),
        ". i need my ", K(rng.choice(DRUGS)), " sent to ", K(rng.choice(["Walgreens", "CVS"]))]


def T_speaker():
    rel = rng.choice(["Daughter", "Son", "Niece", "Wife", "Husband", "Sister", "Brother"])
    fn, _ = person(); pfn, pln = person(); d = birthdate(1930, 1965)
    v, lab = record_id()
    return "speaker_label", [f"{rel} ", I(fn, "PERSON"), ": ", rng.choice(["dad", "mom", "grandma", "pops"]),
                             "'s ", lab, " is ", I(v, "MEDICAL_RECORD_NUMBER"), "\n", I(fn, "PERSON"), ": full name ",
                             I(f"{pfn} {pln}", "PERSON"), ", ", dob_label(), " ", I(fmt_dob(d), "DATE_OF_BIRTH"), "\n",
                             I(fn, "PERSON"), ": "] + rng.choice([[K("Don't"), " forget the "], [K("We'll"), " bring the "], [K("I'm"), " bringing the "]]) + [
                             K(rng.choice(DRUGS)), " bottle too"]


def T_speaker_qa():
    fn, ln = person(); d = birthdate(1935, 2015); v = rng.choice([mrn(), member_id(), mbi()])
    a, b = rng.choice(["Nurse", "Front desk", "Pharmacist", "Agent"]), rng.choice(["Me", "Caller", "Mom"])
    return "speaker_label", [f"{a}: name?\n{b}: ", I(f"{fn} {ln}", "PERSON"), f"\n{a}: date of birth?\n{b}: ",
                             I(fmt_dob(d), "DATE_OF_BIRTH"), f"\n{a}: and the number on the card?\n{b}: ",
                             I(v, "MEDICAL_RECORD_NUMBER"), f"\n{a}: ok, I see the ", K(rng.choice(DRUGS)), " refill."]


def T_lower_night():
    fn, ln = person(); d = birthdate(1930, 1960); v, lab = record_id()
    return "lower_case", [rng.choice(["its 3am and ", "cant sleep. ", "sorry its late. ", "up again w/ "]),
                          rng.choice(["dad", "mom", "grandpa", "my aunt"]), " ", I(f"{fn} {ln}".lower(), "PERSON"),
                          " is confused again. ", dob_label().lower(), " ", I(fmt_dob(d).lower(), "DATE_OF_BIRTH"),
                          ", ", lab.lower(), " ", I(v.lower(), "MEDICAL_RECORD_NUMBER"), ". gave ", K(rng.choice(DRUGS).lower()),
                          " at 10. call me ", I(us_phone(), "PHONE_NUMBER")]


def T_allcaps():
    fn, ln = person(); d = birthdate(1930, 1965); v, lab = record_id()
    return "all_caps", [I(f"{fn} {ln}".upper(), "PERSON"), " ", dob_label().upper(), " ", I(fmt_dob(d).upper(), "DATE_OF_BIRTH"),
                        " ", lab.upper(), " ", I(v.upper(), "MEDICAL_RECORD_NUMBER"), " NEEDS ",
                        K(rng.choice(DRUGS).upper()), " REFILL TODAY. CALL ", I(us_phone().upper(), "PHONE_NUMBER")]


def T_allcaps_addr():
    fn, ln = person(); d = birthdate()
    return "all_caps", ["PLEASE UPDATE ADDRESS FOR ", I(f"{fn} {ln}".upper(), "PERSON"), " (DOB ",
                        I(fmt_dob(d, "us_pad"), "DATE_OF_BIRTH"), ") TO ", I(us_address(False).upper(), "LOCATION"),
                        ". ", K(rng.choice(["MEDICARE", "MEDICAID"])), " ID ", I(mbi(), "MEDICAL_RECORD_NUMBER"),
                        ". SHE TAKES ", K(rng.choice(DRUGS).upper())]


def T_fwd():
    fn, ln = person(); sfn, sln = person(US); d = birthdate(1930, 1970); v, lab = record_id()
    return "forwarded_text", ["---------- Forwarded message ---------\nFrom: ", I(f"{sfn} {sln}", "PERSON"), " <",
                              I(email_for(sfn, sln), "EMAIL_ADDRESS"), ">\n\n", lab, ": ", I(v, "MEDICAL_RECORD_NUMBER"),
                              "\n", dob_label(), " ", I(fmt_dob(d), "DATE_OF_BIRTH"), "\nFor ", I(f"{fn} {ln}", "PERSON"),
                              "'s ", K(rng.choice(CONDS)), " appt ", K(rng.choice(WEEKDAYS))]


def T_fwd_sms():
    fn, ln = person(); sfn = US.first_name(); d = birthdate(1935, 2015); v = rx()
    return "forwarded_text", ["Fwd: ", I(sfn, "PERSON"), " (", I(us_phone(), "PHONE_NUMBER"), "): \"rx num for ",
                              K(rng.choice(DRUGS)), " is ", I(v, "MEDICAL_RECORD_NUMBER"), ", its under ",
                              I(f"{fn} {ln}", "PERSON"), " ", I(fmt_dob(d, rng.choice(["us2", "us", "dash2"])), "DATE_OF_BIRTH"), "\""]


def T_list_family():
    parts = ["family list for the ", K(rng.choice(["Medicaid", "Medicare", "Kaiser"])), " renewal:\n"]
    for _ in range(rng.randint(2, 4)):
        fn, ln = person(); d = birthdate(1940, 2022)
        st, v = medicaid()
        parts += ["- ", I(f"{fn} {ln}", "PERSON"), " | ", I(fmt_dob(d, rng.choice(["us_pad", "us", "iso", "abbr"])), "DATE_OF_BIRTH"),
                  " | ", I(v, "MEDICAL_RECORD_NUMBER"), "\n"]
    parts += ["all need ", K(rng.choice(["flu shots", "dental", "A1c", "eye exams"]))]
    return "list", parts


def T_list_rx():
    fn, ln = person(); d = birthdate(1930, 1960)
    parts = [I(f"{fn} {ln}", "PERSON"), " ", I(fmt_dob(d), "DATE_OF_BIRTH"), " - refills at ",
             K(rng.choice(["Walgreens", "CVS", "Rite Aid"])), ":\n"]
    for dr in rng.sample(DRUGS, rng.randint(2, 3)):
        parts += ["* ", K(dr), " ", I(rx(), "MEDICAL_RECORD_NUMBER"), "\n"]
    return "list", parts


def T_runon():
    fn, ln = person(); d = birthdate(1930, 1960); v1, l1 = record_id(); v2 = mrn(); city = city_state()
    return "run_on", ["so we drove ", I(fn, "PERSON"), " up to the hospital in ", I(city, "LOCATION"),
                      " and they asked for the ", l1, " and I said ", I(v1, "MEDICAL_RECORD_NUMBER"),
                      " but they had a different one ", I(v2, "MEDICAL_RECORD_NUMBER"),
                      " and then they asked for his birthday and he said ", I(fmt_dob(d, rng.choice(["long", "the_of", "ord_no_comma"])), "DATE_OF_BIRTH"),
                      " and the girl typed it wrong twice, anyway ", K("We'll"), " wait and see, his ",
                      K(rng.choice(LABS)), " came back high"]


def T_runon_born():
    fn, ln = person(); d = birthdate(1926, 1950); city = city_state()
    return "run_on", [I(f"{fn} {ln}", "PERSON"), " was born in ", I(str(d.year), "DATE_OF_BIRTH"), " in ",
                      I(city, "LOCATION"), " and her birthday is ", I(f"{MONTHS[d.month-1]} {ordinal(d.day)}", "DATE_OF_BIRTH"),
                      " which is next week and she still asks for her ", K(rng.choice(DRUGS)),
                      " every hour, the chart at the home has her as ", I(mrn(), "MEDICAL_RECORD_NUMBER"), " I think"]


def T_answer():
    fn, ln = person(); d = birthdate(); v = rng.choice([mrn(), member_id(), mbi(), hicn()])
    return "answering_question", [rng.choice(["> What's the member number?\n", "Q: record number?\nA: ", "re: your question - "]),
                                  I(v, "MEDICAL_RECORD_NUMBER"), "\n", rng.choice(["> and DOB?\n", "Q: birthdate?\nA: ", "and "]),
                                  I(fmt_dob(d), "DATE_OF_BIRTH"), "\nit's for ", I(fn, "PERSON"), ", ", K(rng.choice(CONDS))]


def T_no_label_sentence():
    fn, ln = person(); d = birthdate(1930, 2010); v = rng.choice([mrn(), member_id(), mbi(), digits(8)])
    return rng.choice(["lower_case", "phone_typo"]), [
        "can u look up ", I(fn.lower(), "PERSON"), " ", I(fmt_dob(d, rng.choice(["us2", "us", "dash2", "dot"])), "DATE_OF_BIRTH"),
        " ", I(v, "MEDICAL_RECORD_NUMBER"), " ", rng.choice(["pls", "thx", "asap"]), " need the ", K(rng.choice(LABS)),
        " results"]


def T_name_then_date():
    fn, ln = person(); d = birthdate(1930, 2015)
    return "clinician_note", [I(f"{fn} {ln}", "PERSON"), " ", I(fmt_dob(d, rng.choice(["us_pad", "us", "iso", "abbr_dot"])), "DATE_OF_BIRTH"),
                              " - seen today for ", K(rng.choice(CONDS)), ". ", K(rng.choice(BODY)), " tender. Plan: ",
                              K(rng.choice(DRUGS)), "."]


def T_portal():
    fn, ln = person(); d = birthdate(); v = mrn(); enc = account_enc()
    return "portal_paste", ["Visit Summary | ", I(f"{ln.upper()}, {fn.upper()}", "PERSON"), " | DOB ",
                            I(fmt_dob(d, rng.choice(["caps_abbr", "us_pad", "long"])), "DATE_OF_BIRTH"), " | MRN ",
                            I(v, "MEDICAL_RECORD_NUMBER"), " | ", I(enc, "MEDICAL_RECORD_NUMBER"),
                            "\nResults: ", K(rng.choice(LABS)), " - see comments\nCare team message from ",
                            I(plain_name(US), "PERSON"), ", RN"]


def T_portal_card():
    fn, ln = person(); pre = rng.choice(PLAN_PREFIX)
    return "portal_paste", ["Digital ID card\n", I(f"{fn} {ln}".upper(), "PERSON"), "\nMember ID ",
                            I(pre + digits(9), "MEDICAL_RECORD_NUMBER"), f"\nGroup {digits(6)}\nPlan prefix: {pre}",
                            f"\nRxBIN {digits(6)}  RxPCN {letters(3)}\nPCP: ", I(plain_name(US), "PERSON"),
                            "\nCopay ", K(rng.choice(["urgent care", "ER", "specialist"])), " $50"]


def T_signature():
    fn, ln = person(US); pfn, pln = person(); d = birthdate(1930, 1955)
    return "signature", ["Thanks so much,\n", I(f"{fn} {ln}", "PERSON"), "\nPOA for ", I(f"{pfn} {pln}", "PERSON"),
                         " (", I(fmt_dob(d), "DATE_OF_BIRTH"), ", ", rng.choice(["MRN ", "chart #", "Medicare "]),
                         I(rng.choice([mrn(), mbi()]), "MEDICAL_RECORD_NUMBER"), ")\n", I(us_address(), "LOCATION"), "\n",
                         I(us_phone(), "PHONE_NUMBER"), " | ", I(email_for(fn, ln), "EMAIL_ADDRESS"), "\n",
                         "re: ", K(rng.choice(CONDS))]


def T_signature_url():
    fn, ln = person(US)
    return "signature", ["--\n", I(f"{fn} {ln}", "PERSON"), rng.choice([", RN", ", MSW", ", CNA", ""]), "\nCaregiver & blogger\n",
                         I(url_for(fn, ln), "URL"), "\n", I(us_phone(), "PHONE_NUMBER"), "\nWriting about ",
                         K(rng.choice(CONDS)), " since mom's diagnosis"]


def T_general_url():
    fn, ln = person(US)
    return "general_text", ["We set up a page for ", I(f"{fn} {ln}", "PERSON"), " after the ", K(rng.choice(["stroke", "surgery", "chemo"])),
                            ": ", I(url_for(fn, ln), "URL"), " - updates every ", K(rng.choice(WEEKDAYS)),
                            ". Questions: ", I(email_for(fn, ln), "EMAIL_ADDRESS")]


def T_general_billing():
    fn, ln = person(); d = birthdate(); c = card()
    return "general_text", ["Billing question for patient account ", I(account_enc(), "MEDICAL_RECORD_NUMBER"), " (",
                            I(f"{fn} {ln}", "PERSON"), ", DOB ", I(fmt_dob(d), "DATE_OF_BIRTH"), "). I paid with ",
                            rng.choice(["visa", "card", "cc", "credit card", "Visa", "my card"]), " ", I(c, "ACCOUNT_NUMBER"),
                            " but the ", K(rng.choice(["lab", "MRI", "physical therapy", "BMP"])), " charge still shows."]


def T_general_bank():
    fn, ln = person(); routing = digits(9); acct = digits(rng.randint(8, 12))
    return "general_text", ["Direct deposit form for ", I(f"{fn} {ln}", "PERSON"), "\nRouting number: ", I(routing, "ACCOUNT_NUMBER"),
                            rng.choice(["\nAccount number: ", "\nAcct #: ", "\nchecking acct "]), I(acct, "ACCOUNT_NUMBER"),
                            "\nSSN: ", I(ssn(), "US_SSN"), "\n(it's for her ", K(rng.choice(["Medicaid", "Medicare"])),
                            " waiver caregiver pay)"]


def T_general_ssn():
    fn, ln = person(); d = birthdate(1930, 2000)
    return "general_text", [rng.choice(["Social security office needs: ", "For the disability application: ", "SSA form: "]),
                            I(f"{fn} {ln}", "PERSON"), ", ", rng.choice(["SSN ", "social ", "ss# ", "", "Social Security No. "]),
                            I(ssn(), "US_SSN"), ", born ", I(fmt_dob(d), "DATE_OF_BIRTH"), ", ",
                            I(us_address(False), "LOCATION"), ". Condition: ", K(rng.choice(CONDS))]


def T_iban():
    loc = rng.choice(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_GB"])
    fn, ln = ascii_name(FK[loc]) if loc != "en_GB" else ascii_name(FK["en_GB"])
    lab = rng.choice(["IBAN", "iban", "IBAN:", "", "bank (IBAN) "])
    return "international", ["Please pay the care home invoice for ", I(f"{fn} {ln}", "PERSON", "INTL"), " to ", lab,
                             (" " if lab else ""), I(iban(), "ACCOUNT_NUMBER", "INTL"), ". Her ",
                             K(rng.choice(DRUGS)), " is included. Born ", I(fmt_dob_intl(birthdate(1925, 1950), loc), "DATE_OF_BIRTH", "INTL"), "."]


def T_intl_visit():
    loc = rng.choice(INTL_LOC); f = FK[loc]
    name = plain_name(f); d = birthdate(1930, 1970); city = f.city()
    return "international", ["Visiting from abroad: ", I(name, "PERSON", "INTL"), ", born ", I(fmt_dob_intl(d, loc), "DATE_OF_BIRTH", "INTL"),
                             ", home address ", I(intl_address(loc), "LOCATION", "INTL"), ", tel ", I(intl_phone(loc), "PHONE_NUMBER", "INTL"),
                             ". US clinic MRN ", I(mrn(), "MEDICAL_RECORD_NUMBER"), ". Takes ", K(rng.choice(DRUGS)), "."]


def T_intl_family():
    loc = rng.choice(INTL_LOC); f = FK[loc]
    kid = plain_name(f); par = plain_name(US); d = birthdate(1930, 1965)
    return "international", [I(par, "PERSON"), " here in ", I(city_state(), "LOCATION"), ". My father ", I(kid, "PERSON", "INTL"),
                             " lives in ", I(f.city(), "LOCATION", "INTL"), ", his phone ", I(intl_phone(loc), "PHONE_NUMBER", "INTL"),
                             ", DOB ", I(fmt_dob_intl(d, loc), "DATE_OF_BIRTH", "INTL"), ". He has ", K(rng.choice(CONDS)),
                             " and I'm worried. My number ", I(us_phone(), "PHONE_NUMBER")]


def T_intl_card():
    loc = rng.choice(["en_GB", "fr_FR", "de_DE", "it_IT", "es_ES"])
    f = FK[loc]; name = plain_name(f); d = birthdate(1930, 1990)
    num, lab = {"en_GB": (f"{digits(3)} {digits(3)} {digits(4)}", "NHS number"),
                "fr_FR": (f"{rng.choice('12')} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}", "n° sécu"),
                "de_DE": (letters(1) + digits(9), "Versichertennummer"),
                "it_IT": (f.ssn(), "codice fiscale"),
                "es_ES": (letters(4) + digits(10), "tarjeta sanitaria")}[loc]
    return "international", [I(name, "PERSON", "INTL"), ", ", I(fmt_dob_intl(d, loc), "DATE_OF_BIRTH", "INTL"), ", ", lab, " ",
                             I(num, "MEDICAL_RECORD_NUMBER", "INTL"), " - ", K(rng.choice(CONDS)), ", ", K(rng.choice(DRUGS)),
                             ". Contact: ", I(f.email(), "EMAIL_ADDRESS", "INTL")]


def T_email_update():
    fn, ln = person(); d = birthdate(1930, 1990)
    return "general_text", ["Please change the contact email for ", I(f"{fn} {ln}", "PERSON"), " (",
                            I(fmt_dob(d, "us_pad"), "DATE_OF_BIRTH"), ") to ", I(email_for(fn, ln), "EMAIL_ADDRESS"),
                            ". Old one ", I(email_for(ln, fn), "EMAIL_ADDRESS"), " bounces. ", K(rng.choice(["We'd", "I'd", "She'd"])),
                            " also like the ", K(rng.choice(LABS)), " results there."]


def T_phone_typo():
    fn, ln = person(); d = birthdate(1935, 2020); v, lab = record_id()
    typo = lambda s: s if rng.random() < .5 else s.replace("th", "ht", 1)
    return "phone_typo", [typo("hi this is "), I(fn, "PERSON"), " ", rng.choice(["moms", "dads", "my sons", "grandmas"]),
                          " ", lab.lower(), " ", I(v, "MEDICAL_RECORD_NUMBER"), " bday ", I(fmt_dob(d, rng.choice(["us2", "us", "dash2"])), "DATE_OF_BIRTH"),
                          " ", rng.choice(["pls call", "cal me", "txt me"]), " ", I(us_phone(), "PHONE_NUMBER"), " abt the ",
                          K(rng.choice(DRUGS).lower())]


def T_older():
    fn, ln = person(US); d = birthdate(1926, 1950); v, lab = record_id()
    return "older_typing", ["Hello.  This is ", I(f"{fn} {ln}", "PERSON"), ".  I was born ", I(fmt_dob(d, rng.choice(["long", "the_of", "abbr_dot", "dmy_words"])), "DATE_OF_BIRTH"),
                            ".  My ", lab, " is ", I(v, "MEDICAL_RECORD_NUMBER"), ".  I live at ", I(us_address(False), "LOCATION"),
                            ".  The ", K(rng.choice(DRUGS)), " makes me tired.  Thank you."]


def T_worried():
    fn, ln = person(); pfn, pln = person(); d = birthdate(1930, 2020); v, lab = record_id()
    return "worried_family", [K(rng.choice(["I'm", "It's"])), " ", rng.choice(["so sorry to bother", "late and I'm scared", "the middle of the night"]),
                              ". My ", rng.choice(["mother", "father", "son", "daughter", "husband", "wife"]), " ", I(f"{pfn} {pln}", "PERSON"),
                              " (", dob_label(), " ", I(fmt_dob(d), "DATE_OF_BIRTH"), ") ", rng.choice(["fell", "is vomiting", "can't breathe well", "won't wake up fully"]),
                              ". ", lab, " ", I(v, "MEDICAL_RECORD_NUMBER"), ". Takes ", K(rng.choice(DRUGS)), ". I'm ", I(fn, "PERSON"),
                              ", ", I(us_phone(), "PHONE_NUMBER"), "."]


def T_age_plus_date():
    fn, ln = person(); d = birthdate(1930, 2020); age = 2026 - d.year - (1 if (d.month, d.day) > (12, 6) else 0)
    return rng.choice(["clinician_note", "lower_case", "worried_family"]), [
        I(fn, "PERSON"), f" is {age} (", rng.choice(["born ", "dob ", "b. ", ""]), I(fmt_dob(d), "DATE_OF_BIRTH"),
        f"), {rng.choice(['weighs', 'about'])} {rng.randint(20, 220)} lb, ", K(rng.choice(CONDS)), ", record ",
        I(mrn(), "MEDICAL_RECORD_NUMBER")]


def T_military():
    fn, ln = person(US); d = birthdate(1950, 2005)
    return "general_text", ["Mail for ", I(f"{fn} {ln}", "PERSON"), " goes to ", I(us_address(), "LOCATION"), " now. DoB ",
                            I(fmt_dob(d, "iso"), "DATE_OF_BIRTH"), ", TRICARE ", I(digits(11), "MEDICAL_RECORD_NUMBER"),
                            ". Needs ", K(rng.choice(DRUGS)), " shipped."]


def T_caps_intl():
    loc = rng.choice(["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "en_IN"]); f = FK[loc]
    fn, ln = ascii_name(f)
    return "all_caps", ["PATIENT ", I(f"{fn} {ln}".upper(), "PERSON", "INTL"), " FROM ", I(f.city().upper(), "LOCATION", "INTL"),
                        " DOB ", I(fmt_dob_intl(birthdate(1930, 1990), loc).upper(), "DATE_OF_BIRTH", "INTL"), " PHONE ",
                        I(intl_phone(loc), "PHONE_NUMBER", "INTL"), " ON ", K(rng.choice(DRUGS).upper())]


def T_nonlatin():
    loc = rng.choice(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"]); f = FK[loc]
    name = plain_name(f); city = f.city()
    return "international", ["Contact: ", I(name, "PERSON", "INTL"), " (", I(city, "LOCATION", "INTL"), "), ",
                             I(intl_phone(loc), "PHONE_NUMBER", "INTL"), ", DOB ", I(fmt_dob_intl(birthdate(1930, 1990), loc), "DATE_OF_BIRTH", "INTL"),
                             ". Needs interpreter for ", K(rng.choice(CONDS)), " visit. MRN ", I(mrn(), "MEDICAL_RECORD_NUMBER")]


def T_intl_address_change():
    loc = rng.choice(["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "nl_NL", "it_IT", "en_CA", "en_IN", "pl_PL"])
    fn, ln = person(US)
    return "general_text", ["Address change: ", I(f"{fn} {ln}", "PERSON"), " moved from ", I(us_address(False), "LOCATION"),
                            " to ", I(intl_address(loc), "LOCATION", "INTL"), ". Member ", I(member_id(), "MEDICAL_RECORD_NUMBER"),
                            ". Please send ", K(rng.choice(DRUGS)), " records by email ", I(email_for(fn, ln), "EMAIL_ADDRESS")]


def T_list_names():
    names = [rng.choice(["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Ann", "Joe", "June", "Grace"]) for _ in range(3)]
    names = list(dict.fromkeys(names))
    if len(names) < 2:
        names = ["Ann", "Reed"]
    fn, ln = person(); d = birthdate(1930, 1960)
    parts = ["visitors for ", I(f"{fn} {ln}", "PERSON"), " (", I(fmt_dob(d), "DATE_OF_BIRTH"), ") today: "]
    for i, n in enumerate(names):
        parts += [I(n, "PERSON")] + ([", "] if i < len(names) - 2 else [" and "] if i == len(names) - 2 else [])
    parts += [". No food, ", K(rng.choice(["NPO", "low sodium", "clear liquids"])), " for ", K(rng.choice(BODY)), " surgery."]
    return "list", parts


TEMPLATES = [T_clin_short, T_clin_age, T_clin_unlabeled, T_form_reg, T_form_insurance, T_medicare_card, T_speaker,
             T_speaker_qa, T_lower_night, T_allcaps, T_allcaps_addr, T_fwd, T_fwd_sms, T_list_family, T_list_rx,
             T_runon, T_runon_born, T_answer, T_no_label_sentence, T_name_then_date, T_portal, T_portal_card,
             T_signature, T_signature_url, T_general_url, T_general_billing, T_general_bank, T_general_ssn, T_iban,
             T_intl_visit, T_intl_family, T_intl_card, T_email_update, T_phone_typo, T_older, T_worried,
             T_age_plus_date, T_military, T_caps_intl, T_nonlatin, T_intl_address_change, T_list_names]
# weights: emphasis on record numbers and birth dates, plus types that hand messages cover thinly
WEIGHTS = {T_signature_url: 4, T_general_url: 4, T_general_bank: 3, T_general_ssn: 3, T_iban: 2, T_general_billing: 2,
           T_email_update: 2, T_intl_visit: 2}


def render(fn):
    style, parts = fn()
    text, ids, keep = "", [], []
    for p in parts:
        if isinstance(p, str):
            text += p
        elif p[0] == "K":
            text += p[1]; keep.append(p[1])
        else:
            text += p[1]; ids.append({"text": p[1], "type": p[2], "region": p[3]})
    if style == "lower_case":
        text = text.lower()
        ids = [dict(i, text=i["text"].lower()) for i in ids]
        keep = [k.lower() for k in keep]
    msg = finish(style, text, ids, keep, "template")
    msg["_tpl"] = fn.__name__
    return msg


# ------------------------------------------------------------------ checks shared with validate.py
def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out


def wordch(c):
    # CJK / kana / hangul are written without spaces, so they never form a word boundary problem
    o = ord(c)
    if 0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xFF00 <= o <= 0xFFEF:
        return False
    return c.isalnum()


def problems(m):
    t, errs = m["text"], []
    spans = []
    for i in m["identifiers"]:
        occ = occurrences(t, i["text"])
        if not occ:
            errs.append(f"id not substring: {i['text']!r}")
        spans += occ
    for i in m["identifiers"]:
        for a, b in occurrences(t, i["text"]):
            inside = any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans)
            if inside:
                continue
            if (a > 0 and wordch(t[a - 1]) and wordch(t[a])) or (b < len(t) and wordch(t[b]) and wordch(t[b - 1])):
                errs.append(f"id not on word boundary: {i['text']!r} at {a}")
    for k in m["keep"]:
        occ = occurrences(t, k)
        if not occ:
            errs.append(f"keep not substring: {k!r}")
        for a, b in occ:
            if any(a < y and x < b for x, y in spans):
                errs.append(f"keep overlaps identifier: {k!r}")
    return errs


def main():
    msgs = []
    for p in sorted((HERE / "hand").glob("hand_*.txt")):
        msgs += parse_hand(p)
    hand_bad = [(m["text"][:60], problems(m)) for m in msgs if problems(m)]
    if hand_bad:
        for b in hand_bad:
            print("HAND PROBLEM", b)
        sys.exit(1)
    pool = [t for t in TEMPLATES for _ in range(WEIGHTS.get(t, 1))]
    tmsgs, tries = [], 0
    # every template at least 3 times, then weighted random
    MIN = {T_signature_url: 8, T_general_url: 8, T_general_ssn: 7, T_general_bank: 6, T_iban: 6}
    order = [t for t in TEMPLATES for _ in range(MIN.get(t, 3))]
    while len(order) < N_TEMPLATE:
        order.append(rng.choice(pool))
    rng.shuffle(order)
    for t in order:
        while True:
            tries += 1
            m = render(t)
            # drop keep words that collide (e.g. a month inside a DOB); regenerate on identifier problems
            m["keep"] = [k for k in m["keep"] if not any("keep overlaps" in e and repr(k) in e for e in problems(m))]
            if not problems(m):
                break
        tmsgs.append(m)
    # interleave hand and template messages deterministically
    allm = msgs + tmsgs
    rng.shuffle(allm)
    with OUT.open("w", encoding="utf-8") as fh:
        for n, m in enumerate(allm):
            m.pop("_tpl", None)
            rec = {"id": f"hd29-{n:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(allm)} messages ({len(msgs)} hand, {len(tmsgs)} template) to {OUT}; render tries {tries}")


if __name__ == "__main__":
    main()
