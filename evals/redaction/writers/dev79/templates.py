"""dev79 templates: my own message shapes, filled with seeded Faker values and my own formatters.

Every template returns (style, default_region, markup) in the same markup as the hand-written files
([[value|T|R]] identifiers, {{word}} keep words). build.py parses the markup and drops (and redraws)
any filled message that fails the checks in markup.py (an identifier inside a longer word, an identifier
text that also occurs unmarked, a keep word overlapping an identifier, or a soft warning).
"""
import random
from faker import Faker

from idlib import random_iban, spaced, luhn_card

SEED = 797979
rng = random.Random(SEED)
Faker.seed(SEED)
F = {loc: Faker(loc) for loc in ["en_US", "en_GB", "en_CA", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "en_IN",
                                 "es_ES", "it_IT", "nl_NL", "en_AU", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN",
                                 "pl_PL", "tr_TR", "vi_VN", "fil_PH"]}
for i, f in enumerate(F.values()):
    f.seed_instance(SEED + i)
US = F["en_US"]
ch = rng.choice


def mk(v, t, r=None):
    return f"[[{v}|{t}{'|' + r if r else ''}]]"


def K(v):
    return "{{" + v + "}}"


# ----------------------------------------------------------------- word banks (keep words)
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "prednisone", "insulin glargine",
         "Xarelto", "furosemide", "donepezil", "carbidopa-levodopa", "albuterol", "Symbicort", "tamsulosin",
         "omeprazole", "Jardiance", "Ozempic", "hydrochlorothiazide", "losartan", "clopidogrel", "tramadol",
         "buprenorphine", "Narcan", "vitamin B12", "fish oil", "Tylenol", "ibuprofen", "Keppra", "digoxin",
         "spironolactone", "memantine", "quetiapine", "trazodone", "Humira", "methotrexate", "allopurinol"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "type 2 diabetes", "heart failure", "chronic kidney disease", "hypothyroidism", "osteoporosis", "gout",
         "dementia", "sleep apnea", "anemia", "pneumonia", "UTI", "cellulitis", "macular degeneration",
         "rheumatoid arthritis", "epilepsy", "major depression", "neuropathy", "DVT", "shingles", "asthma"]
LABS = ["Hemoglobin A1c", "INR", "CBC", "BMP", "lipid panel", "TSH", "creatinine", "eGFR", "potassium",
        "PSA", "urinalysis", "vitamin D level", "BNP", "troponin", "ferritin"]
BODY = ["left knee", "right hip", "lower back", "ankle", "shoulder", "wrist", "chest", "abdomen", "left eye", "feet"]
REL_CAP = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Aunt", "Uncle", "Daughter", "Son", "Wife",
           "Husband", "Sister", "Brother", "Granddaughter", "Grandson", "Niece", "Nephew", "Cousin"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Kaiser", "Cleveland Clinic", "Rite Aid", "Medicaid",
        "Humana", "Aetna", "Blue Cross", "Costco pharmacy", "Quest Diagnostics", "LabCorp", "VA clinic"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "August", "September", "October", "November", "December"]
HELPLINES = ["988", "1-800-222-1222", "1-800-MEDICARE", "1-800-273-8255"]

# ambiguous names (the emphasis of this file)
AMB_GIVEN = ["Will", "Hope", "Faith", "Grace", "Joy", "June", "May", "Summer", "Rich", "Bill", "Art", "Pat", "Sunny",
             "Jack", "Drew", "Rose", "Lily", "Ivy", "Dawn", "Autumn", "Chase", "Hunter", "Mercedes", "Sandy"]
AMB_SUR = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bird", "Fox", "Wolf", "Stone", "Rice", "Little", "Long",
           "Gay", "Strong", "Church", "Bell", "King", "Cook", "Baker", "Hunt", "Love", "Moody", "Sharp", "Frost",
           "Snow", "Winter", "Day", "Price", "Best", "Person", "Case"]
# the same words in their ordinary sense: sentence pieces, keep words in {{ }}
ORDINARY = [
    "{{we will}} call after the {{MRI}}", "there is a {{grace period}} on the {{copay}}",
    "{{may I}} ask about the {{refill}}", "we can meet at {{the park}} after {{PT}}",
    "I {{hope}} the {{biopsy}} comes back clean", "she needs foods {{rich in potassium}}",
    "{{the bill}} for the {{ambulance}} came today", "{{art therapy}} is on {{Tuesdays}} now",
    "{{pat dry}} the {{incision}} after the shower", "it is {{sunny}} so we walked to the mailbox",
    "the nurse {{drew blood}} for the {{CBC}}", "his {{BP}} {{rose to}} 162/95 last night",
    "she has {{poison ivy}} on both arms", "he was up before {{dawn}} with {{nausea}}",
    "the {{kidney stone}} passed on its own", "it was a {{long day}} at {{dialysis}}",
    "{{brown rice}} instead of white for the {{diabetes}}", "she felt {{a little}} dizzy after the {{lisinopril}}",
    "it is {{best to}} take the {{levothyroxine}} before breakfast", "the {{price}} of {{insulin}} went up again",
    "in {{case}} the {{pulse ox}} drops below 90", "he has a {{sharp pain}} under the ribs",
    "she is {{young at heart}} but the {{knees}} are not", "{{snow day}} so no {{physical therapy}}",
    "there was {{frost}} on the ramp so watch the {{walker}}", "{{winter}} is always hard on her {{COPD}}",
    "the {{church}} ladies brought soup", "we put a {{bell}} by the bed so he can call us",
    "the {{king-size}} bed is too high for her {{hip}}", "we {{cook}} without salt now for the {{heart failure}}",
    "we had to {{hunt}} for the {{pill bottle}}", "she watches the {{bird}} feeder all morning",
    "{{will}} you ask about the {{flu shot}}", "he loves {{rice}} pudding but it spikes the {{sugar}}",
    "the {{little}} white pill is the {{amlodipine}}", "she is feeling {{strong}} after {{cardiac rehab}}",
    "he gets {{moody}} in the evening, probably {{sundowning}}", "a {{fox}} got into the trash again, not important",
    "the {{wolf}} moon kept her up, {{melatonin}} helped", "{{summer}} heat makes his {{edema}} worse",
    "the {{joy}} on her face when the {{cast}} came off", "{{june}} bugs everywhere, {{Grandpa}} does not care",
    "she {{drew}} a clock for the {{memory test}}", "the {{chase}} for a {{prior authorization}} took weeks",
    "a {{rose}} bush by the door, she waters it daily", "the {{reed}} diffuser makes her {{asthma}} worse",
    "{{the young}} {{PT}} assistant was very patient", "his {{hunter}} green {{walker}} is by the door",
    "she has {{faith}} in the new {{cardiologist}}", "the {{lily}} smell triggers her {{migraine}}",
]


def amb_sentence():
    s = ch(ORDINARY)
    return s[0].upper() + s[1:] if not s.startswith("{{") else "{{" + s[2].upper() + s[3:]


def amb_plain():
    return ch(ORDINARY)


# ----------------------------------------------------------------- value makers
STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
          "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
          "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"]


def us_full():
    return f"{US.first_name()} {US.last_name()}"


def us_name(amb=False, full=True):
    first = ch(AMB_GIVEN) if amb and rng.random() < 0.7 else US.first_name()
    last = ch(AMB_SUR) if amb and rng.random() < 0.6 else US.last_name()
    return f"{first} {last}" if full else first


def us_zip(st):
    z = US.zipcode_in_state(st)
    return z + f"-{rng.randint(0, 9999):04d}" if rng.random() < 0.2 else z


def us_street():
    suf = ch(["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
              "Ct", "Way", "Pl", "Terrace", "Pkwy", "Cir"])
    name = ch([US.last_name(), US.first_name(), ch(["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Cherry",
                                                       "Highland", "Lakeview", "Meadow", "Ridge", "Sunset",
                                                       "Washington", "Lincoln", "Jefferson", "Franklin"])])
    pre = ch(["", "", "", "N ", "S ", "E ", "W ", "North ", "West "])
    return f"{rng.randint(1, 98999)} {pre}{name} {suf}"


def us_unit():
    return ch(["Apt. " + str(rng.randint(1, 40)) + ch("ABCD"), "Apt " + str(rng.randint(1, 999)), "Suite " +
               str(rng.randint(100, 950)), "#" + str(rng.randint(1, 99)), "Unit " + str(rng.randint(1, 30)),
               "Apt " + ch("ABCDEFGH")])


def us_address(kind=None):
    st = ch(STATES)
    city = ch([US.city(), US.city(), ch(["Springfield", "Riverside", "Fairview", "Madison", "Georgetown", "Salem",
                                         "Franklin", "Clinton", "Greenville", "Bristol", "Dover", "Auburn"])])
    kind = kind or ch(["line", "line", "line_unit", "line_unit", "multi", "pobox", "military", "rural", "lower"])
    if kind == "line":
        return f"{us_street()}, {city}, {st} {us_zip(st)}"
    if kind == "line_unit":
        sep = ch([", ", " "])
        return f"{us_street()}{sep}{us_unit()}, {city}, {st} {us_zip(st)}"
    if kind == "multi":
        u = "\n" + us_unit() if rng.random() < 0.5 else ""
        return f"{us_street()}{u}\n{city}, {st} {us_zip(st)}"
    if kind == "pobox":
        return f"{ch(['PO Box', 'P.O. Box', 'POB'])} {rng.randint(1, 9999)}, {city}, {st} {us_zip(st)}"
    if kind == "military":
        mz = lambda code: {"AA": f"340{rng.randint(0, 99):02d}", "AE": f"09{rng.randint(0, 999):03d}",
                           "AP": f"96{rng.randint(200, 699)}"}[code]
        c1, c2, c3 = ch(["AE", "AP", "AA"]), ch(["AE", "AP"]), ch(["AP", "AE"])
        return ch([f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999):04d}, APO {c1} {mz(c1)}",
                   f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 9999):04d}, DPO {c2} {mz(c2)}",
                   f"CMR {rng.randint(400, 499)} Box {rng.randint(100, 9999)}, APO AE {mz('AE')}",
                   f"USS {US.last_name()}, FPO {c3} {mz(c3)}"])
    if kind == "rural":
        return f"{ch(['RR', 'Rural Route', 'RR#'])} {rng.randint(1, 9)} Box {rng.randint(1, 299)}, {city}, {st} {us_zip(st)}"
    if kind == "lower":
        return f"{us_street()}, {city}, {st} {us_zip(st)}".lower()
    if kind == "citystate":
        return f"{city}, {st}"
    if kind == "cityzip":
        return f"{city}, {st} {us_zip(st)}"
    raise ValueError(kind)


def area():
    while True:
        a = rng.randint(201, 989)
        if a % 100 != 11 and str(a)[1] != "9":
            return a


def us_phone(fmt=None):
    a, e, n = area(), rng.randint(201, 989), rng.randint(0, 9999)
    e = e if e % 100 != 11 else e + 1
    fmt = fmt or ch(["paren", "dash", "dot", "plain", "plus1", "one", "001", "ext", "space", "paren"])
    s = {"paren": f"({a}) {e}-{n:04d}", "dash": f"{a}-{e}-{n:04d}", "dot": f"{a}.{e}.{n:04d}",
         "plain": f"{a}{e}{n:04d}", "plus1": f"+1 {a} {e} {n:04d}", "one": f"1-{a}-{e}-{n:04d}",
         "001": f"001-{a}-{e}-{n:04d}", "space": f"{a} {e} {n:04d}",
         "ext": f"{a}-{e}-{n:04d} {ch(['x', 'ext. ', 'ext ', 'extension '])}{rng.randint(1, 9999)}"}[fmt]
    return s


def vanity():
    word = ch(["FLOWERS", "PLUMBER", "TAXI-NOW", "BAKE-NOW", "4-MOVERS", "CLEANUP", "HANDYMAN", "LAWNCARE"])
    return f"1-{ch(['800', '888', '877', '866'])}-{word}"


def intl_phone(cc=None):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    cc = cc or ch(["GB", "GB2", "DE", "FR", "MX", "IN", "JP", "ES", "IT", "BR", "NL", "AU", "IE", "PH", "KR", "CN", "TR"])
    return {"GB": f"+44 20 {rng.randint(3000, 8999)} {d(4)}", "GB2": f"0{rng.randint(113, 191)} {d(3)} {d(4)}",
            "DE": f"+49 {ch(['30', '40', '89', '221', '69'])} {d(7)}", "FR": f"+33 {rng.randint(1, 9)} {d(2)} {d(2)} {d(2)} {d(2)}",
            "MX": f"+52 {ch(['55', '33', '81'])} {d(4)} {d(4)}", "IN": f"+91 9{d(4)} {d(5)}",
            "JP": f"+81 3-{d(4)}-{d(4)}", "ES": f"+34 6{d(2)} {d(3)} {d(3)}", "IT": f"+39 3{d(2)} {d(3)} {d(4)}",
            "BR": f"+55 11 9{d(4)}-{d(4)}", "NL": f"+31 6 {d(4)} {d(4)}", "AU": f"+61 4{d(2)} {d(3)} {d(3)}",
            "IE": f"+353 8{rng.randint(3, 9)} {d(3)} {d(4)}", "PH": f"+63 9{d(2)} {d(3)} {d(4)}",
            "KR": f"+82 10-{d(4)}-{d(4)}", "CN": f"+86 1{d(2)} {d(4)} {d(4)}", "TR": f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
            "PL": f"+48 {rng.randint(500, 889)} {d(3)} {d(3)}", "RU": f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
            "CA": f"+1 ({ch(['416', '604', '514', '403', '613'])}) {d(3)}-{d(4)}"}[cc]


COUNTRY_LOC = {"GB": "en_GB", "CA": "en_CA", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "BR": "pt_BR",
               "JP": "ja_JP", "IN": "en_IN", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "AU": "en_AU",
               "PL": "pl_PL", "KR": "ko_KR", "RU": "ru_RU"}
PHONE_OF = {"GB": "GB", "CA": "CA", "DE": "DE", "FR": "FR", "MX": "MX", "BR": "BR", "JP": "JP", "IN": "IN",
            "ES": "ES", "IT": "IT", "NL": "NL", "AU": "AU", "PL": "PL", "KR": "KR", "RU": "RU"}


def intl_address(cc):
    return " ".join(_intl_address(cc).split(" ")).replace(" ,", ",").replace("  ", " ").strip()


def _intl_address(cc):
    f = F[COUNTRY_LOC[cc]]
    if cc == "GB":
        return f"{f.street_address()}, {f.city()} {f.postcode()}"
    if cc == "CA":
        return f"{f.street_address()}, {f.city()}, {f.province_abbr()} {f.postalcode()}"
    if cc in ("DE", "NL", "PL"):
        return f"{f.street_address()}, {f.postcode()} {f.city()}"
    if cc == "FR":
        return f"{f.street_address()}, {f.postcode()} {f.city()}"
    if cc == "MX":
        return f"{f.street_address()}, Col. {f.last_name()}, {f.postcode()} {f.city()}, {f.state_abbr()}"
    if cc == "BR":
        return f"{f.street_name()}, {rng.randint(1, 2000)}, {f.bairro()}, {f.city()} - {f.estado_sigla()}, {f.postcode()}"
    if cc == "JP":
        return f"〒{f.postcode()} {f.prefecture()}{f.city()}{f.town()}{f.chome()}{f.ban()}{f.gou()}"
    if cc == "IN":
        return f"{rng.randint(1, 400)}, {f.last_name()} Nagar, {f.city()} {rng.randint(110001, 855999)}"
    if cc == "ES":
        return f"{f.street_address()}, {f.postcode()} {f.city()}"
    if cc == "IT":
        return f"{f.street_address()}, {f.postcode()} {f.city()} ({f.state_abbr()})"
    if cc == "AU":
        return f"{rng.randint(1, 300)} {f.street_name()}, {f.city()} {f.state_abbr()} {f.postcode()}"
    if cc == "KR":
        return f.address()
    if cc == "RU":
        return f.address()
    raise ValueError(cc)


def intl_name(cc):
    f = F[COUNTRY_LOC.get(cc, "en_GB")]
    return f"{f.first_name()} {f.last_name()}"


NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"]
AR_CITIES = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها", "تبوك"]
HI_CITIES = ["दिल्ली", "लखनऊ", "जयपुर", "पुणे", "भोपाल", "पटना"]


def nonlatin_name(loc):
    f = F[loc]
    g = ch(["male", "female"])
    first = getattr(f, "first_name_" + g, f.first_name)()
    last = getattr(f, "last_name_" + g, f.last_name)()
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        return f"{last}{'' if loc != 'ja_JP' else ' '}{first}"
    return f"{first} {last}"


def nonlatin_place(loc):
    f = F[loc]
    if loc == "ar_SA":
        return ch(AR_CITIES)
    if loc == "hi_IN":
        return ch(HI_CITIES)
    if loc == "ja_JP":
        return f.prefecture() + f.city()
    if loc == "ru_RU":
        return f.city_name()
    return f.city()


def email_for(name):
    parts = [p.lower() for p in name.replace("'", "").replace("-", " ").split() if p.isascii() and p.isalpha()]
    dom = ch(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net",
              "protonmail.com", "att.net", "verizon.net"])
    if len(parts) >= 2:
        user = ch([f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}", f"{parts[-1]}{parts[0][0]}{rng.randint(1, 99)}",
                   f"{parts[0]}_{parts[-1]}{rng.randint(50, 99)}"])
    else:
        user = US.user_name()
    return f"{user}@{dom}"


def intl_email(cc):
    f = F[COUNTRY_LOC.get(cc, "en_GB")]
    return f.free_email()


def url_for(name):
    slug = "-".join(p.lower() for p in name.split() if p.isascii() and p.isalpha()) or US.user_name()
    return ch([f"https://www.caringbridge.org/site/{slug}", f"https://www.gofundme.com/f/help-{slug}",
               f"https://{slug.replace('-', '')}.blogspot.com", f"www.facebook.com/{slug.replace('-', '.')}",
               f"https://www.mealtrain.com/trains/{slug}-{rng.randint(100, 999)}", f"linkedin.com/in/{slug}",
               f"https://{slug.replace('-', '')}.wordpress.com/updates", f"https://lotsahelpinghands.com/c/{rng.randint(100000, 999999)}-{slug}"])


def ssn(fmt=None):
    s = US.ssn()
    fmt = fmt or ch(["dash", "dash", "plain", "space"])
    return s if fmt == "dash" else s.replace("-", "") if fmt == "plain" else s.replace("-", " ")


def mrn():
    """(label, value) pairs; label may be empty."""
    L = US.random_uppercase_letter
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    mbi = f"{rng.randint(1, 9)}{L()}{ch('ABCDEFGHJKMNPQRTUVWXY')}{rng.randint(0, 9)}-{L()}{L()}{rng.randint(0, 9)}-{L()}{L()}{d(2)}"
    return ch([("MRN", d(8)), ("MRN:", f"{d(3)}-{d(2)}-{d(4)}"), ("chart #", d(7)), ("Chart No.", f"C{d(6)}"),
               ("member ID", f"{L()}{L()}{L()}{d(9)}"), ("Member ID:", f"{d(9)}{L()}{L()}"),
               ("Medicare ID", mbi), ("Medicare #", mbi), ("Medicaid ID", f"{L()}{L()}{d(5)}{L()}"),
               ("Medicaid #", d(10)), ("MRN", f"{L()}{d(7)}"), ("", d(8)), ("patient ID", f"P{d(7)}"),
               ("med rec #", d(6)), ("policy/member no.", f"{L()}{d(2)}-{d(6)}")])


def dob(intl=False):
    d = US.date_of_birth(minimum_age=1, maximum_age=100)
    mon = d.strftime("%B")
    if intl:
        return ch([d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y"), f"{d.day} {mon} {d.year}", d.isoformat(),
                   f"{d.day} {d.strftime('%b')} {d.year}"])
    return ch([d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{d.strftime('%y')}",
               d.isoformat(), f"{mon} {d.day}, {d.year}", f"{d.strftime('%b')} {d.day} {d.year}",
               d.strftime("%m-%d-%Y"), f"{d.month}-{d.day}-{d.year}", f"{mon} {d.day} {d.year}"])


IBAN_CC = ["DE", "FR", "ES", "IT", "NL", "GB", "PL", "BE", "PT", "IE", "CH", "AT", "BR", "TR", "SA", "AE", "SE", "DK"]


def iban(cc=None):
    v = random_iban(cc or ch(IBAN_CC), rng)
    form = ch(["plain", "spaced", "spaced", "lower", "lower_spaced"])
    return {"plain": v, "spaced": spaced(v), "lower": v.lower(), "lower_spaced": spaced(v).lower()}[form]


def card():
    p, n = ch([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("4", 13), ("34", 15), ("2221", 16)])
    c = luhn_card(p, n, rng)
    if rng.random() < 0.2:  # not every card people type passes Luhn
        c = c[:-1] + str((int(c[-1]) + 1) % 10)
    if rng.random() < 0.5 and n == 16:
        c = " ".join(c[i:i + 4] for i in range(0, 16, 4))
    elif rng.random() < 0.3 and n == 16:
        c = "-".join(c[i:i + 4] for i in range(0, 16, 4))
    return c


CARD_LABEL = ["card", "cc", "visa", "credit card", "Visa", "card #", "CC#", "credit card no."]


def routing():
    return US.aba()


def acct():
    return str(rng.randint(10 ** 7, 10 ** 12))


def drug():
    return K(ch(DRUGS))


def cond():
    return K(ch(CONDS))


def lab():
    return K(ch(LABS))


REL_SUBJ = [("", "Mom"), ("", "Dad"), ("", "Grandma"), ("", "Grandpa"), ("", "Nana"), ("", "Papa"), ("", "Granny"),
            ("my ", "mother"), ("my ", "father"), ("my ", "wife"), ("my ", "husband"), ("my ", "aunt"),
            ("my ", "uncle"), ("my ", "grandmother"), ("my ", "grandfather"), ("my ", "brother"), ("my ", "sister"),
            ("our ", "son"), ("our ", "daughter"), ("my ", "mother-in-law"), ("my ", "stepdad")]


def rel(cap=False, lower=False):
    pre, w = ch(REL_SUBJ)
    if lower:
        return pre + K(w.lower())
    if cap and pre:
        pre = pre[0].upper() + pre[1:]
    return pre + K(w)


def day():
    return K(ch(DAYS))


# ----------------------------------------------------------------- emphasis templates (ambiguous names)
def e_speaker():
    a, b = rng.sample(AMB_GIVEN, 2)
    return "speaker_label", "US", (f"{mk(a, 'P')}: {amb_plain()}. {rel(cap=True)} has {cond()}\n{K(ch(['Cousin', 'Neighbor', 'Aide', 'Friend', 'Caregiver']))} {mk(b, 'P')}: ok, "
                                   f"{amb_plain()}\n{mk(a, 'P')}: call me at {mk(us_phone(), 'PH')}")


def e_list():
    ns = rng.sample(AMB_GIVEN + AMB_SUR, 4)
    lead = ch(["Who is on {{Dad}}'s visit list", "Rides to {{dialysis}} this week", "Allowed to get updates about {{Mom}}",
               "Meal train for {{Grandma}}", "Who has a key to {{Grandpa}}'s place"])
    joiner = ch([f"{mk(ns[0], 'P')}, {mk(ns[1], 'P')}, {mk(ns[2], 'P')} and {mk(ns[3], 'P')}",
                 f"{mk(ns[0], 'P')}, {mk(ns[1], 'P')}, {mk(ns[2], 'P')}, {mk(ns[3], 'P')}",
                 f"\n- {mk(ns[0], 'P')}\n- {mk(ns[1], 'P')}\n- {mk(ns[2], 'P')}\n- {mk(ns[3], 'P')}"])
    sep = "\n" if joiner.startswith("\n") else ". "
    return "list", "US", f"{lead}: {joiner}{sep}{amb_sentence()}. {drug()} is in the blue box."


def e_lower():
    n = us_name(amb=True)
    return "lower_case", "US", (f"{mk(n.lower(), 'P')} here. {amb_plain()}. {rel(lower=True)} needs {drug().lower()} "
                                f"refilled. call {mk(us_phone(), 'PH')} or {mk(email_for(n), 'E')}")


def e_caps():
    n = us_name(amb=True)
    r = ch(["MY MOTHER", "MY FATHER", "MY WIFE", "MY HUSBAND", "GRANDMA", "GRANDPA"])
    return "all_caps", "US", (f"THIS IS {mk(n.upper(), 'P')}. {K(r)} HAS {K(ch(CONDS).upper())} AND NEEDS "
                              f"{K(ch(DRUGS).upper())}. ADDRESS {mk(us_address('line').upper(), 'L')}. CALL "
                              f"{mk(us_phone(), 'PH')}")


def e_signature():
    n = us_name(amb=True)
    close = ch(["Love", "Thanks", "Best", "Warmly", "Thank you", "Cheers", "Hugs", "Regards"])
    tail = f"\n{mk(url_for(n), 'U')}" if rng.random() < 0.6 else ""
    return "signature", "US", (f"{amb_sentence()}. Can someone check on {rel()}'s {drug()} before {day()}?\n\n"
                               f"{K(close)},\n{mk(n, 'P')}\n{mk(email_for(n), 'E')}\n{mk(us_phone(), 'PH')}{tail}")


def e_relation():
    g = ch(AMB_GIVEN)
    s = ch(AMB_SUR)
    r = ch(["my cousin", "the neighbor", "our friend", "the nurse", "Grandpa's friend", "the aide", "my coworker"])
    return "run_on", "US", (f"{K(r)} {mk(g, 'P')} called to say {amb_plain()} and then {mk(g + ' ' + s, 'P')} from the "
                            f"clinic said {rel(lower=True)} has to stay on {drug()} until the {lab()} is back and honestly "
                            f"i am so tired, anyway {amb_plain()}")


def e_note():
    pt, cg = us_name(amb=True), us_name(amb=True)
    lab_, mr = lab(), mrn()
    return "clinician_note", "US", (f"Pt {mk(pt, 'P')}, DOB {mk(dob(), 'D')}, {mr[0]} {mk(mr[1], 'M')}. {cond()}. "
                                    f"{amb_sentence()}. {lab_} ordered. Caregiver {mk(cg, 'P')} ({K(ch(['daughter', 'son', 'wife', 'husband', 'niece']))}) "
                                    f"{mk(us_phone(), 'PH')}.")


def e_form():
    n = us_name(amb=True)
    e = us_name(amb=True)
    return "form", "US", (f"{K('Caregiver sign-up')}\nName: {mk(n, 'P')}\nAddress: {mk(us_address(ch(['line', 'line_unit'])), 'L')}\n"
                          f"Phone: {mk(us_phone(), 'PH')}\nEmail: {mk(email_for(n), 'E')}\nCaring for: {mk(e, 'P')} "
                          f"({K('Relationship')}: {K(ch(['mother', 'father', 'spouse', 'grandparent']))})\nNotes: {amb_plain()}")


def e_start():
    g = ch(AMB_GIVEN)
    return "general_text", "US", (f"{mk(g, 'P')} says {amb_plain()}. {mk(g, 'P')} also asked whether {rel()} can take "
                                  f"{drug()} with {drug()}. Reply to {mk(email_for(g + ' ' + US.last_name()), 'E')}.")


def e_forward():
    a, b = us_name(amb=True), us_name(amb=True)
    return "forwarded", "US", (f"---------- Forwarded message ---------\nFrom: {mk(a, 'P')} <{mk(email_for(a), 'E')}>\n"
                               f"To: {mk(b, 'P')}\nSubject: {rel()}'s {lab()}\n\n{amb_sentence()}. Results are in the "
                               f"portal. {amb_sentence()}." + (f" Photos from the visit: {mk(url_for(a), 'U')}" if rng.random() < 0.6 else ""))


def e_intl():
    cc = ch(["GB", "CA", "AU", "IE"])
    n = f"{ch(AMB_GIVEN)} {ch(AMB_SUR)}"
    addr = intl_address(cc if cc != "IE" else "GB")
    ph = intl_phone({"GB": "GB2", "CA": "CA", "AU": "AU", "IE": "IE"}[cc])
    return "international", "INTL", (f"{mk(n, 'P')} writing from abroad. {amb_sentence()}. {K(ch(['Mum', 'Nan', 'Gran', 'Dad']))} "
                                     f"is at {mk(addr, 'L')}, phone {mk(ph, 'PH')}. Current meds: {drug()}.")


def e_billing():
    n = us_name(amb=True)
    aside = ch(["{{the bill}} is wrong", "there should be a {{grace period}}", "the {{price}} doubled",
                "{{may I}} ask for a refund", "{{we will}} pay the rest", "it is {{best to}} call, I know"])
    return "general_text", "US", (f"Billing question, {aside}. The statement for {mk(n, 'P')} shows {K(ch(['card', 'visa', 'cc']))} "
                                  f"{mk(card(), 'A')} charged twice for the {lab()} test. Mailing address "
                                  f"{mk(us_address('line_unit'), 'L')}.")


EMPHASIS = [e_speaker, e_list, e_lower, e_caps, e_signature, e_relation, e_note, e_form, e_start, e_forward,
            e_intl, e_billing]


# ----------------------------------------------------------------- spread templates
def t_form_us():
    n = us_full()
    mr = mrn()
    return "form", "US", (f"{K('New Patient Form')}\nFull name: {mk(n, 'P')}\nDate of birth: {mk(dob(), 'D')}\n"
                          f"SSN: {mk(ssn(), 'S')}\n{mr[0].rstrip(':') or 'ID'}: {mk(mr[1], 'M')}\nAddress: {mk(us_address(), 'L')}\n"
                          f"Phone: {mk(us_phone(), 'PH')}\nEmail: {mk(email_for(n), 'E')}\n{K('Conditions')}: {cond()}")


def t_ssn_plain():
    n = us_full()
    return "general_text", "US", (f"for the {K(ch(['disability', 'SSI', 'Medicaid', 'Medicare']))} paperwork: "
                                  f"{mk(n, 'P')} {mk(ssn(), 'S')} born {mk(dob(), 'D')}. {rel(cap=True)} has {cond()}.")


def t_bank():
    n = us_full()
    return "general_text", "US", (f"Please set up autopay for {rel()}'s {K(ch(['home health', 'oxygen', 'CPAP supplies', 'hospice']))} "
                                  f"bill. {K(ch(['Bank', 'bank']))}: {K(ch(['Chase', 'Wells Fargo', 'Bank of America', 'credit union']))}, "
                                  f"{ch(['routing', 'routing #', 'ABA', 'routing no.'])} {mk(routing(), 'A')}, "
                                  f"{ch(['account', 'acct', 'checking', 'acct #'])} {mk(acct(), 'A')}, name on account {mk(n, 'P')}.")


def t_card():
    n = us_full()
    return ch(["general_text", "typos"]), "US", (f"pay the {K(ch(['copay', 'deductible', 'lab bill']))} with my "
                                                 f"{ch(CARD_LABEL)} {mk(card(), 'A')} exp {rng.randint(1, 12):02d}/{rng.randint(26, 31)}, "
                                                 f"its under {mk(n, 'P')}. zip {mk(US.zipcode(), 'L')}")


def t_iban():
    cc = ch(["GB", "DE", "FR", "ES", "IT", "NL", "IE"])
    n = intl_name(cc if cc != "IE" else "GB")
    lab_ = ch(["IBAN ", "iban ", "IBAN: ", "", "account "])
    return ch(["international", "general_text"]), "INTL", (f"Transfer for {rel()}'s {K(ch(['carer', 'home nurse', 'physio', 'care home']))}: "
                                                           f"{lab_}{mk(iban(cc if cc != 'IE' else None), 'A')} "
                                                           f"(holder {mk(n, 'P')}). Questions: {mk(intl_phone(PHONE_OF.get(cc) or 'GB'), 'PH')}. "
                                                           f"{drug()} costs are covered.")


def t_iban_list():
    n1, n2 = intl_name("DE"), intl_name("FR")
    return "list", "INTL", (f"{K('Accounts')} for {K('Oma')}'s care:\n- {mk(n1, 'P')}: {mk(iban('DE'), 'A')}\n"
                            f"- {mk(n2, 'P')}: {mk(iban('FR'), 'A')}\n- {K('pharmacy')}: {mk(iban(), 'A')}\n{drug()} monthly")


def t_military():
    n = us_full()
    return ch(["general_text", "signature"]), "US", (f"{rel(cap=True)}'s mail should go to me while I'm deployed:\n{mk(n, 'P')}\n"
                                                      f"{mk(us_address('military'), 'L')}\nCall my spouse at {mk(us_phone(), 'PH')} about the {drug()} refills.")


def t_rural_pobox():
    n = us_full()
    return "general_text", "US", (f"New mailing address for {mk(n, 'P')}: {mk(us_address(ch(['rural', 'pobox'])), 'L')}. "
                                  f"Refills of {drug()} by mail please. {mk(us_phone(), 'PH')}")


def t_clinic_note():
    pt, cg = us_full(), us_full()
    mr = mrn()
    return "clinician_note", "US", (f"{K(ch(['Progress note', 'Phone note', 'Home visit', 'Telehealth']))}. Pt {mk(pt, 'P')} "
                                    f"(DOB {mk(dob(), 'D')}, {mr[0] or 'ID'} {mk(mr[1], 'M')}). {cond()}, on {drug()}. "
                                    f"{lab()} pending. {K(ch(['Daughter', 'Son', 'Wife', 'Husband']))} {mk(cg, 'P')} at "
                                    f"{mk(us_phone(), 'PH')}, lives at {mk(us_address(), 'L')}.")


def t_run_on():
    n1, n2 = US.first_name(), us_full()
    return "run_on", "US", (f"so {mk(n1, 'P')} took {rel(lower=True)} to the {K(ch(ORGS))} on {day()} and they said the "
                            f"{drug()} was not covered anymore and we have to call {mk(vanity() if rng.random() < 0.15 else us_phone(), 'PH')} "
                            f"and ask for {mk(n2, 'P')} who handles {cond()} cases and honestly i dont know what to do")


def t_lower():
    n = us_full()
    frame = ch(["{n} here. {r}'s {c} is worse. we moved to {a} last month. text {p}",
                "its {n}, {r} got moved. new address {a}. {c} getting worse, call me {p}",
                "hey this is {n} ({r}'s caregiver). {c} flare this week. mail goes to {a} now. {p}"])
    return "lower_case", "US", frame.format(n=mk(n.lower(), 'P'), r=rel(lower=True), c=cond().lower(),
                                            a=mk(us_address('lower'), 'L'), p=mk(us_phone(), 'PH'))


def t_caps():
    n = us_full()
    return "all_caps", "US", (f"{mk(n.upper(), 'P')} DOB {mk(dob().upper(), 'D')} NEEDS {K(ch(DRUGS).upper())} REFILL. "
                              f"{K('PHARMACY')} {K(ch(['CVS', 'WALGREENS', 'RITE AID']))}. CALL {mk(us_phone(), 'PH')} "
                              f"OR EMAIL {mk(email_for(n).upper(), 'E')}")


def t_speaker():
    a, b = US.first_name(), US.first_name()
    ad = us_address(ch(["line", "citystate", "cityzip"]))
    return "speaker_label", "US", (f"{mk(a, 'P')}: {rel(cap=True)} needs a ride to {K(ch(ORGS))} {day()}\n{mk(b, 'P')}: i can. "
                                   f"pick up at {mk(ad, 'L')}?\n{mk(a, 'P')}: yes. bring the {drug()} list")


MALE_REL = ["Uncle", "Grandpa", "Son", "Brother", "Husband", "Nephew", "Grandson", "Papa"]
FEMALE_REL = ["Aunt", "Grandma", "Daughter", "Sister", "Wife", "Niece", "Granddaughter", "Nana"]


def rel_and_name(loc="en_US"):
    f = F[loc]
    if rng.random() < 0.5:
        return ch(MALE_REL), f.first_name_male()
    return ch(FEMALE_REL), f.first_name_female()


def t_relation_speaker():
    r, n = rel_and_name()
    return "speaker_label", "US", (f"{K(r)} {mk(n, 'P')}: my email changed to {mk(email_for(n + ' ' + US.last_name()), 'E')}\n"
                                   f"{K('Nurse')}: Thanks! I've updated it. Is the {drug()} helping the {cond()}?\n"
                                   f"{K(r)} {mk(n, 'P')}: a bit")


def t_url():
    n = us_full()
    return ch(["signature", "general_text"]), "US", (f"Updates on {rel()}'s {cond()} are posted at {mk(url_for(n), 'U')}\n"
                                                      f"-- {mk(n, 'P')}")


def t_url2():
    n = us_full()
    return "general_text", "US", (f"{mk(n, 'P')} set up a page for the {K('medical bills')}: {mk(url_for(n), 'U')} . "
                                  f"{rel(cap=True)}'s {K('surgery')} is {day()}.")


def t_forward():
    a, b = us_full(), us_full()
    return "forwarded", "US", (f"> From: {mk(a, 'P')} <{mk(email_for(a), 'E')}>\n> {rel(cap=True)}'s {lab()} was off again. "
                               f"Call {mk(us_phone(), 'PH')}.\n\nforwarding to {mk(b, 'P')}, can you handle? {drug()} dose may change")


def t_typos():
    n = us_full()
    return "typos", "US", (f"hi its {mk(n, 'P')} my {K(ch(['mom', 'dad', 'husbnd', 'wife']))} has {cond()} and neds "
                           f"{drug()} refil. adress {mk(us_address(ch(['line', 'line_unit'])), 'L')} phnoe {mk(us_phone(), 'PH')} thnks")


def t_helpline():
    n = us_full()
    return "general_text", "US", (f"If {rel()} gets confused or upset again call {K(ch(HELPLINES))} or me, {mk(n, 'P')}, at "
                                  f"{mk(us_phone(), 'PH')}. Current meds: {drug()} and {drug()}.")


def t_intl_addr():
    cc = ch(["GB", "CA", "DE", "FR", "MX", "BR", "JP", "IN", "ES", "IT", "NL", "AU", "PL"])
    n = intl_name(cc) if cc not in ("JP",) else nonlatin_name("ja_JP")
    ph = intl_phone(PHONE_OF[cc]) if PHONE_OF.get(cc) else intl_phone()
    return "international", "INTL", (f"{rel(cap=True)} is staying with {mk(n, 'P')} at {mk(intl_address(cc), 'L')} for a month. "
                                     f"Phone {mk(ph, 'PH')}. Please send the {drug()} prescription there.")


def t_intl_note():
    cc = ch(["GB", "DE", "FR", "ES", "IT", "NL", "IE", "MX", "BR"])
    loc = cc if cc != "IE" else "GB"
    pt, cg = intl_name(loc), intl_name(loc)
    return "clinician_note", "INTL", (f"Travel consult. Pt {mk(pt, 'P')}, DOB {mk(dob(intl=True), 'D')}, resident of "
                                      f"{mk(intl_address(loc), 'L')}. {cond()}. Contact {mk(cg, 'P')} "
                                      f"{mk(intl_phone(PHONE_OF.get(loc) or 'GB'), 'PH')}, {mk(intl_email(loc), 'E')}.")


def t_nonlatin():
    loc = ch(NONLATIN)
    n = nonlatin_name(loc)
    return "international", "INTL", (f"{K(ch(['Our cousin', 'My in-law', 'Our relative', 'Cousin', 'My host family contact']))} {mk(n, 'P')} lives in {mk(nonlatin_place(loc), 'L')}. "
                                      f"Number there: {mk(intl_phone({'ja_JP': 'JP', 'zh_CN': 'CN', 'ko_KR': 'KR', 'ru_RU': 'GB', 'ar_SA': 'GB', 'hi_IN': 'IN'}[loc]) if loc not in ('ru_RU', 'ar_SA') else ('+7 9' + str(rng.randint(10, 99)) + ' ' + str(rng.randint(100, 999)) + '-' + str(rng.randint(10, 99)) + '-' + str(rng.randint(10, 99)) if loc == 'ru_RU' else '+966 5' + str(rng.randint(0, 9)) + ' ' + str(rng.randint(100, 999)) + ' ' + str(rng.randint(1000, 9999))), 'PH')}. "
                                      f"Takes {drug()} for {cond()}, please note it in the chart.")


def t_nonlatin_speaker():
    loc = ch(NONLATIN)
    a, b = nonlatin_name(loc), nonlatin_name(loc)
    return "speaker_label", "INTL", (f"{mk(a, 'P')}: {rel()} is back from {mk(nonlatin_place(loc), 'L')}\n{mk(b, 'P')}: "
                                     f"did she bring the {drug()}?\n{mk(a, 'P')}: yes, and the {lab()} results")


def t_intl_signature():
    cc = ch(["GB", "DE", "FR", "NL", "ES", "IT"])
    n = intl_name(cc)
    return "signature", "INTL", (f"Please send {rel()}'s {K(ch(['discharge letter', 'scan report', 'medication list']))} to me.\n\n"
                                 f"{K(ch(['Kind regards', 'Best wishes', 'Many thanks']))},\n{mk(n, 'P')}\n{mk(intl_address(cc), 'L')}\n"
                                 f"{mk(intl_phone(PHONE_OF[cc]), 'PH')}\n{mk(intl_email(cc), 'E')}")


def t_mixed_region():
    n_us, cc = us_full(), ch(["GB", "DE", "MX", "FR"])
    sib, first = ch([("brother", F[COUNTRY_LOC[cc]].first_name_male()), ("sister", F[COUNTRY_LOC[cc]].first_name_female())])
    n_in = f"{first} {F[COUNTRY_LOC[cc]].last_name()}"
    return "general_text", "US", (f"I'm {mk(n_us, 'P')} in {mk(us_address('citystate'), 'L')}, my {K(sib)} {mk(n_in, 'P', 'INTL')} "
                                  f"lives at {mk(intl_address(cc), 'L', 'INTL')} ({mk(intl_phone(PHONE_OF[cc]), 'PH', 'INTL')}). "
                                  f"We share {rel()}'s care. My cell {mk(us_phone(), 'PH')}. {cond()}")


def t_dob_list():
    ns = [US.first_name() + " " + US.last_name() for _ in range(3)]
    return "list", "US", ("{{Birthdays}} for the {{pharmacy}} profiles:\n" +
                          "\n".join(f"{mk(n, 'P')} - {mk(dob(), 'D')}" for n in ns) + f"\nall three on {drug()}")


def t_mrn_list():
    n = us_full()
    m1, m2 = mrn(), mrn()
    return "list", "US", (f"{mk(n, 'P')}'s numbers:\n- {m1[0].rstrip(':') or 'hospital'}: {mk(m1[1], 'M')}\n- {m2[0].rstrip(':') or 'clinic'}: "
                          f"{mk(m2[1], 'M')}\n- SSN {mk(ssn(), 'S')}\n{cond()}")


def t_url3():
    n = us_full()
    frame = ch(["pls share {u} its {n}s fundraiser for {r}s {c} treatment, every bit helps",
                "{n} here, posting {r}s {c} updates at {u} from now on so i dont have to text everyone"])
    return "lower_case", "US", frame.format(u=mk(url_for(n).lower(), 'U'), n=mk(n.lower(), 'P'), r=rel(lower=True),
                                            c=cond().lower())


def t_ssn_typos():
    n = us_full()
    return "typos", "US", (f"{ch(['helo', 'hi', 'hey'])} this is {mk(n, 'P')}, the {K(ch(['medicaid', 'disibility', 'SSI', 'medicare']))} "
                           f"lady sayd i need to send my social {mk(ssn(), 'S')} and {rel(lower=True)}s birthdate "
                           f"{mk(dob(), 'D')} for the {cond()} forms. is this the rigt place")


def t_form_release():
    a, b = us_full(), us_full()
    return "form", "US", (f"{K('Authorization to Release Health Information')}\nPatient: {mk(a, 'P')}   DOB: {mk(dob(), 'D')}\n"
                          f"SSN (last 4 not accepted): {mk(ssn('dash'), 'S')}\nRelease to: {mk(b, 'P')}\n"
                          f"Fax/phone: {mk(us_phone(), 'PH')}\nRecords: {K(ch(['cardiology', 'oncology', 'neurology', 'lab results']))}, {cond()}")


SPREAD = [t_form_us, t_ssn_plain, t_bank, t_card, t_iban, t_iban_list, t_military, t_rural_pobox, t_clinic_note,
          t_run_on, t_lower, t_caps, t_speaker, t_relation_speaker, t_url, t_url2, t_forward, t_typos, t_helpline,
          t_intl_addr, t_intl_note, t_nonlatin, t_nonlatin_speaker, t_intl_signature, t_mixed_region, t_dob_list,
          t_mrn_list, t_url3, t_ssn_typos, t_form_release]
