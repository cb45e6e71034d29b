#!/usr/bin/env python3
"""Build handwritten_dev35.jsonl: hand-written messages (hand/*.txt, inline markup) + template messages (Faker).

Markup (used by both the hand files and the templates):
  [[text|T]]    identifier, T in P L T E U S M D A (PERSON LOCATION PHONE_NUMBER EMAIL_ADDRESS URL US_SSN
                MEDICAL_RECORD_NUMBER DATE_OF_BIRTH ACCOUNT_NUMBER), region US
  [[text|T|I]]  same, region INTL
  {{text}}      keep word
Hand files: a line "### <style>" starts a message; lines before the first "###" are comments.
"""
import glob, json, os, random, re, string
from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev35.jsonl")
SEED = 3535
N_TEMPLATE = 252

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL", "S": "US_SSN",
         "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\[\[([^\[\]]+?)\|([PLTEUSMDA])(\|I)?\]\]|\{\{([^{}]+?)\}\}", re.S)


def parse(marked):
    out, ids, keeps, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        if m.group(4) is not None:
            out.append(m.group(4))
            if m.group(4) not in keeps:
                keeps.append(m.group(4))
        else:
            d = {"text": m.group(1), "type": TYPES[m.group(2)], "region": "INTL" if m.group(3) else "US"}
            if not any(x["text"] == d["text"] and x["type"] == d["type"] for x in ids):
                ids.append(d)
            out.append(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, marked
    return text, ids, keeps


def local_ok(text, ids, keeps):
    """Same checks as validate.py, used to re-draw template values that collide."""
    spans = []
    for d in ids:
        t = d["text"]
        if t not in text or t != t.strip():
            return False
        for m in re.finditer(re.escape(t), text):
            s, e = m.start(), m.end()
            if (s > 0 and text[s - 1].isalnum() and t[0].isalnum()) or (e < len(text) and text[e].isalnum() and t[-1].isalnum()):
                return False
            spans.append((s, e))
    for k in keeps:
        if k not in text:
            return False
        for m in re.finditer(re.escape(k), text):
            if any(m.start() < e and s < m.end() for s, e in spans):
                return False
    return True


def read_hand():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand", "hand_*.txt"))):
        cur = None
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("### "):
                if cur:
                    msgs.append(cur)
                cur = [line[4:].strip(), []]
            elif cur is not None:
                cur[1].append(line)
        if cur:
            msgs.append(cur)
    res = []
    for style, lines in msgs:
        text, ids, keeps = parse("\n".join(lines).strip())
        res.append({"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "hand"})
    return res


# ---------------------------------------------------------------- value generators
R = random.Random(SEED)
Faker.seed(SEED)
US = Faker("en_US")
LOC = {l: Faker(l) for l in ["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "zh_CN", "ko_KR", "en_IN", "hi_IN",
                             "it_IT", "nl_NL", "pl_PL", "es_ES", "ru_RU", "ar_SA", "fil_PH", "vi_VN", "tr_TR", "en_CA", "fr_CA"]}
for f in LOC.values():
    f.seed_instance(R.randint(0, 10**9))
US.seed_instance(SEED)

AREA = ["201", "203", "205", "206", "207", "210", "212", "213", "214", "215", "216", "217", "224", "231", "240", "248", "251",
        "253", "262", "267", "269", "281", "301", "302", "303", "304", "305", "307", "309", "312", "313", "314", "315", "317",
        "319", "320", "321", "330", "334", "336", "337", "347", "352", "360", "361", "385", "401", "402", "404", "405", "406",
        "407", "408", "410", "412", "414", "415", "417", "419", "423", "425", "432", "434", "435", "440", "443", "469", "478",
        "479", "480", "501", "502", "503", "504", "505", "507", "508", "509", "510", "512", "513", "515", "516", "517", "520",
        "530", "540", "541", "559", "562", "570", "571", "573", "580", "585", "586", "601", "602", "603", "605", "606", "607",
        "608", "609", "610", "612", "614", "615", "616", "617", "618", "619", "626", "630", "631", "636", "646", "650", "651",
        "661", "678", "682", "701", "702", "703", "704", "706", "707", "708", "712", "713", "714", "715", "716", "717", "718",
        "719", "720", "724", "727", "731", "732", "734", "740", "754", "757", "760", "763", "765", "770", "773", "774", "775",
        "781", "785", "786", "801", "802", "803", "804", "805", "806", "808", "810", "812", "813", "814", "815", "816", "817",
        "828", "830", "831", "832", "843", "845", "847", "850", "856", "857", "858", "859", "860", "862", "863", "864", "865",
        "870", "901", "903", "904", "907", "908", "909", "910", "912", "913", "914", "915", "916", "917", "918", "919", "920",
        "925", "928", "929", "931", "936", "937", "940", "941", "949", "951", "952", "954", "956", "970", "971", "972", "973",
        "978", "979", "980", "985", "989"]


def us_digits():
    a = R.choice(AREA)
    if R.random() < 0.6:
        b, c = "555", "01%02d" % R.randint(0, 99)
    else:
        b, c = "%d%02d" % (R.randint(2, 9), R.randint(0, 99)), "%04d" % R.randint(0, 9999)
    return a, b, c


def us_phone(kind=None):
    a, b, c = us_digits()
    fmts = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
            f"001-{a}-{b}-{c}", f"{a} {b} {c}", f"+1 ({a}) {b}-{c}", f"({a}){b}-{c}", f"+1-{a}-{b}-{c}"]
    p = R.choice(fmts) if kind is None else fmts[kind]
    r = R.random()
    if r < 0.08:
        p += R.choice([" x%d" % R.randint(10, 9999), " ext. %d" % R.randint(1, 999), " extension %d" % R.randint(1, 9),
                       " ext %d" % R.randint(100, 999), " x%d" % R.randint(100, 999)])
    return p


def vanity():
    word = R.choice(["FLOWERS", "PLUMBER", "MOVERS", "CAKES", "LAWYER", "ROOFING", "DENTIST", "TOWING", "PIANO", "HAIRCUT"])
    return R.choice([f"1-{R.choice(['800', '888', '877'])}-{word}", f"({R.choice(AREA)}) 555-{word[:4]}", f"1-{R.choice(AREA)}-GO-{word}"])


def dgt(n):
    return "".join(R.choice(string.digits) for _ in range(n))


INTL_PHONE = {
    "GB": lambda: R.choice([f"+44 20 7946 0{dgt(3)}", f"020 7946 0{dgt(3)}", f"+44 7700 900{dgt(3)}", f"07700 900{dgt(3)}",
                            f"0161 496 0{dgt(3)}", f"+44 (0)131 496 0{dgt(3)}"]),
    "DE": lambda: R.choice([f"+49 30 {dgt(7)}", f"030 {dgt(8)}", f"+49 151 {dgt(8)}", f"+49 (0)89 {dgt(3)} {dgt(4)}", f"0221 {dgt(7)}"]),
    "FR": lambda: R.choice([f"+33 1 {dgt(2)} {dgt(2)} {dgt(2)} {dgt(2)}", f"06 {dgt(2)} {dgt(2)} {dgt(2)} {dgt(2)}",
                            f"+33 6 {dgt(2)} {dgt(2)} {dgt(2)} {dgt(2)}", f"04.{dgt(2)}.{dgt(2)}.{dgt(2)}.{dgt(2)}"]),
    "MX": lambda: R.choice([f"+52 55 {dgt(4)} {dgt(4)}", f"55 {dgt(4)} {dgt(4)}", f"+52 33 {dgt(4)} {dgt(4)}", f"+52 1 81 {dgt(4)} {dgt(4)}"]),
    "IN": lambda: R.choice([f"+91 9{dgt(4)} {dgt(5)}", f"09{dgt(4)} {dgt(5)}", f"+91-9{dgt(9)}", f"+91 22 {dgt(4)} {dgt(4)}"]),
    "JP": lambda: R.choice([f"+81 3-{dgt(4)}-{dgt(4)}", f"090-{dgt(4)}-{dgt(4)}", f"03-{dgt(4)}-{dgt(4)}", f"+81 90 {dgt(4)} {dgt(4)}"]),
    "BR": lambda: R.choice([f"+55 11 9{dgt(4)}-{dgt(4)}", f"(11) 9{dgt(4)}-{dgt(4)}", f"+55 21 {dgt(4)}-{dgt(4)}"]),
    "CN": lambda: R.choice([f"+86 13{dgt(1)} {dgt(4)} {dgt(4)}", f"+86 10 {dgt(4)} {dgt(4)}", f"139{dgt(8)}"]),
    "KR": lambda: R.choice([f"+82 10-{dgt(4)}-{dgt(4)}", f"010-{dgt(4)}-{dgt(4)}", f"02-{dgt(3)}-{dgt(4)}"]),
    "ES": lambda: R.choice([f"+34 6{dgt(2)} {dgt(3)} {dgt(3)}", f"91 {dgt(3)} {dgt(2)} {dgt(2)}"]),
    "IT": lambda: R.choice([f"+39 3{dgt(2)} {dgt(3)} {dgt(4)}", f"06 {dgt(4)} {dgt(4)}"]),
    "NL": lambda: R.choice([f"+31 6 {dgt(4)} {dgt(4)}", f"020 {dgt(3)} {dgt(4)}"]),
    "PL": lambda: R.choice([f"+48 {dgt(3)} {dgt(3)} {dgt(3)}", f"22 {dgt(3)} {dgt(2)} {dgt(2)}"]),
    "PH": lambda: R.choice([f"+63 917 {dgt(3)} {dgt(4)}", f"0917 {dgt(3)} {dgt(4)}", f"+63 2 {dgt(4)} {dgt(4)}"]),
    "RU": lambda: R.choice([f"+7 495 {dgt(3)}-{dgt(2)}-{dgt(2)}", f"8 (916) {dgt(3)}-{dgt(2)}-{dgt(2)}"]),
    "SA": lambda: R.choice([f"+966 5{dgt(1)} {dgt(3)} {dgt(4)}", f"05{dgt(1)} {dgt(3)} {dgt(4)}"]),
    "VN": lambda: R.choice([f"+84 90 {dgt(3)} {dgt(4)}", f"090 {dgt(3)} {dgt(4)}"]),
    "TR": lambda: R.choice([f"+90 532 {dgt(3)} {dgt(2)} {dgt(2)}", f"0532 {dgt(3)} {dgt(2)} {dgt(2)}"]),
}
COUNTRY_LOCALE = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "IN": "en_IN", "JP": "ja_JP", "BR": "pt_BR",
                  "CN": "zh_CN", "KR": "ko_KR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "PH": "fil_PH",
                  "RU": "ru_RU", "SA": "ar_SA", "VN": "vi_VN", "TR": "tr_TR"}
NONLATIN = {"JP", "CN", "KR", "RU", "SA"}
CITIES = {"GB": ["London", "Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff"], "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"],
          "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Lille"], "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Oaxaca"],
          "IN": ["Mumbai", "Pune", "Bengaluru", "Kochi", "Jaipur"], "JP": ["東京", "大阪", "横浜", "札幌"], "BR": ["São Paulo", "Recife", "Curitiba", "Belo Horizonte"],
          "CN": ["北京", "上海", "广州", "成都"], "KR": ["서울", "부산", "대구"], "ES": ["Madrid", "Sevilla", "Valencia", "Bilbao"],
          "IT": ["Roma", "Napoli", "Torino", "Bologna"], "NL": ["Utrecht", "Rotterdam", "Groningen"], "PL": ["Kraków", "Gdańsk", "Wrocław"],
          "PH": ["Quezon City", "Cebu City", "Davao City"], "RU": ["Москва", "Казань", "Новосибирск"], "SA": ["الرياض", "جدة"],
          "VN": ["Hà Nội", "Đà Nẵng", "Huế"], "TR": ["İstanbul", "Ankara", "İzmir"]}


def intl_name(c, full=True):
    f = LOC[COUNTRY_LOCALE[c]]
    fn, ln = f.first_name(), f.last_name()
    if c in ("JP", "CN", "KR"):
        return (ln + ("" if c == "CN" else " ") + fn) if full else ln + fn if c == "CN" else fn
    return f"{fn} {ln}" if full else fn


def intl_addr(c):
    f = LOC[COUNTRY_LOCALE[c]]
    n = R.randint(1, 220)
    city = R.choice(CITIES[c])
    if c == "GB":
        return f"{R.choice(['', 'Flat %d, ' % R.randint(1, 30)])}{n} {f.street_name()}, {city} {f.postcode()}"
    if c == "DE":
        return f"{f.street_name()} {n}, {f.postcode()} {city}"
    if c == "FR":
        return f"{n} {f.street_name()}, {f.postcode()} {city}"
    if c == "MX":
        return f"{LOC['es_MX'].street_name()} {n}, Col. {R.choice(['Centro', 'Roma Norte', 'Del Valle', 'Americana'])}, {dgt(5)} {city}"
    if c == "IN":
        return f"{n}, {LOC['en_IN'].street_name()}, {city} {R.randint(1, 8)}{dgt(5)}"
    if c == "JP":
        return "〒" + f.postcode() + " " + f.address().replace("\n", " ")
    if c == "BR":
        return f"{f.street_name()}, {n}, apto {R.randint(11, 120)}, {city} - {R.choice(['SP', 'PE', 'PR', 'MG'])}, {dgt(5)}-{dgt(3)}"
    if c in ("CN", "KR", "RU"):
        return f.address().replace("\n", " ")
    if c == "ES":
        return f"{f.street_name()} {n}, {R.randint(1, 8)}º {R.choice('ABCD')}, {dgt(5)} {city}"
    if c == "IT":
        return f"{f.street_name()} {n}, {dgt(5)} {city}"
    if c == "NL":
        return f"{f.street_name()} {n}, {dgt(4)} {R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)} {city}"
    if c == "PL":
        return f"ul. {f.street_name()} {n}, {dgt(2)}-{dgt(3)} {city}"
    if c == "PH":
        return f"{n} {R.choice(['Rizal St', 'Mabini St', 'Katipunan Ave', 'Del Pilar St'])}, Brgy. {R.choice(['San Roque', 'Poblacion', 'Malate'])}, {city} {dgt(4)}"
    if c == "VN":
        return f"Số {n} {R.choice(['Phố Huế', 'Lê Lợi', 'Trần Phú'])}, {city}"
    if c == "TR":
        return f"{R.choice(['Atatürk Cd.', 'İstiklal Cd.', 'Bağdat Cd.'])} No:{n} D:{R.randint(1, 12)}, {dgt(5)} {city}"
    if c == "SA":
        return f"{R.choice(['طريق الملك فهد', 'شارع التحلية'])} {n}، {city} {dgt(5)}"
    raise KeyError(c)


CA_ADDR = lambda: f"{R.randint(10, 9999)} {LOC['en_CA'].street_name()}, {R.choice(['Toronto, ON', 'Ottawa, ON', 'Calgary, AB', 'Halifax, NS', 'Vancouver, BC'])} {R.choice('KLMNTV')}{R.randint(1, 9)}{R.choice('ABCEGHJ')} {R.randint(1, 9)}{R.choice('KLMNPR')}{R.randint(1, 9)}"


def name(full=True):
    fn = US.first_name()
    if not full:
        return fn
    ln = R.choice([US.last_name()] * 4 + [R.choice(["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Gray", "Wood", "Bell", "Hart", "Lake", "Fox"])])
    r = R.random()
    if r < 0.07:
        return f"{fn} {R.choice(string.ascii_uppercase)}. {ln}"
    return f"{fn} {ln}"


def us_addr(multiline=False, kind=None):
    k = kind if kind is not None else R.choices(["std", "unit", "box", "mil", "rr", "zip4"], [40, 25, 10, 8, 5, 12])[0]
    city, st, z = US.city(), US.state_abbr(include_territories=False), US.zipcode()
    if k == "box":
        return f"PO Box {R.randint(10, 9999)}, {city}, {st} {z}"
    if k == "mil":
        st2, z2 = R.choice([("AE", "09%03d" % R.randint(0, 999)), ("AP", "96%03d" % R.randint(200, 699)), ("AA", "340%02d" % R.randint(0, 99))])
        head = R.choice([f"PSC {R.randint(100, 9999)}, Box {R.randint(1, 9999)}", f"Unit {R.randint(1000, 9999)} Box {R.randint(1, 9999)}",
                         f"CMR {R.randint(100, 999)} Box {R.randint(1, 9999)}", f"USS {US.last_name()}"])
        return f"{head}{R.choice([', ', chr(10)])}{R.choice(['APO', 'FPO', 'DPO'])} {st2} {z2}"
    if k == "rr":
        return f"RR {R.randint(1, 9)} Box {R.randint(1, 300)}, {city}, {st} {z}"
    street = US.street_address()
    if k == "unit" and not any(x in street for x in ("Apt", "Suite")):
        street += " " + R.choice(["Apt. %d%s" % (R.randint(1, 9), R.choice("ABCD")), "Suite %d" % R.randint(100, 500), "#%d" % R.randint(1, 40), "Unit %d" % R.randint(1, 30)])
    if k == "zip4":
        z = US.zipcode_plus4()
    sep = "\n" if multiline else R.choice([", ", ", ", " "])
    return f"{street}{sep}{city}, {st} {z}" if sep != " " else f"{street} {city} {st} {z}"


def ssn():
    a, b, c = R.randint(100, 665), R.randint(10, 99), R.randint(1000, 9999)
    return R.choice([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}", f"{a}-{b}-{c}"])


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    s = f"{R.randint(1, 9)}{R.choice(L)}{R.choice(L + '0123456789')}{R.randint(0, 9)}{R.choice(L)}{R.choice(L + '0123456789')}{R.randint(0, 9)}{R.choice(L)}{R.choice(L)}{R.randint(0, 9)}{R.randint(0, 9)}"
    return R.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def mrn():
    return R.choice([dgt(8), "%s%s" % (R.choice("ABEHKMRTZ"), dgt(7)), f"MR{dgt(6)}", f"{dgt(3)}-{dgt(2)}-{dgt(4)}", f"{R.choice(['XJH', 'YLP', 'ZGW', 'QMX'])}{dgt(9)}", mbi(), f"{R.choice(['W', 'K', 'U'])}{dgt(9)}{R.randint(0, 9)}"])


def rx():
    return R.choice([dgt(7), f"{dgt(7)}-{dgt(5)}", f"RX{dgt(7)}", dgt(6)])


def dob(fmt=None, young=False):
    d = US.date_of_birth(minimum_age=2 if young else 55, maximum_age=17 if young else 99)
    fmts = ["%m/%d/%Y", "%-m/%-d/%Y", "%Y-%m-%d", "%B %-d, %Y", "%b %-d %Y", "%m-%d-%Y", "%-m/%-d/%y", "%d %B %Y", "%m.%d.%Y"]
    return d.strftime(fmt or R.choice(fmts))


def email(n=None, intl=False):
    n = n or name()
    parts = re.sub(r"[^a-z ]", "", n.lower().replace("-", " ")).split()
    if not parts or not all(p.isascii() for p in parts):
        parts = [US.user_name()]
    user = R.choice([".".join(parts), parts[0] + (parts[-1][0] if len(parts) > 1 else "") + dgt(2), parts[-1] + "_" + parts[0][:1], "".join(parts) + dgt(2)])
    dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net", "proton.me"]) if not intl else R.choice(
        ["gmail.com", "web.de", "orange.fr", "yahoo.co.uk", "gmx.de", "hotmail.es", "uol.com.br", "libero.it", "naver.com", "qq.com"])
    return f"{user}@{dom}"


def url(n):
    slug = "-".join(re.sub(r"[^a-z ]", "", n.lower()).split()) or US.user_name()
    return R.choice([f"https://www.caringbridge.org/visit/{slug.replace('-', '')}", f"https://www.facebook.com/{slug.replace('-', '.')}.{dgt(2)}",
                     f"https://www.linkedin.com/in/{slug}-{dgt(3)}", f"https://www.gofundme.com/f/help-{slug}-recover", f"http://{slug.replace('-', '')}.blogspot.com",
                     f"https://mealtrain.com/trains/{slug}-{dgt(4)}", f"www.{slug.replace('-', '')}photography.com", f"https://instagram.com/{slug.replace('-', '_')}"])


def luhn_fix(num15):
    s = 0
    for i, ch in enumerate(reversed(num15)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
    return num15 + str((10 - s % 10) % 10)


def card():
    kind = R.choice(["visa", "mastercard", "amex", "discover"])
    num = US.credit_card_number(card_type=kind)
    if R.random() < 0.15:  # invalid Luhn sometimes
        num = num[:-1] + str((int(num[-1]) + 1) % 10)
    if kind == "amex":
        fm = R.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
    else:
        fm = R.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), "-".join(num[i:i + 4] for i in range(0, len(num), 4))])
    return kind, fm


def routing():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def iban_check(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban():
    loc = R.choice(["de_DE", "fr_FR", "en_GB", "nl_NL", "it_IT", "es_ES", "pl_PL", "pt_BR"])
    s = LOC[loc].iban()
    assert iban_check(s), s
    r = R.random()
    if r < 0.45:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if R.random() < 0.15:
        s = s.lower()
    return s


DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline", "oxycodone",
         "atorvastatin", "amlodipine", "levothyroxine", "Xarelto", "insulin glargine", "Ozempic", "gabapentin", "prednisone",
         "albuterol", "Plavix", "donepezil", "Namenda", "carbidopa-levodopa", "furosemide", "metoprolol", "Synthroid", "Jardiance",
         "buprenorphine", "naloxone", "omeprazole", "tramadol", "vitamin D3", "fish oil", "magnesium", "Tylenol", "hydrochlorothiazide",
         "losartan", "Keppra", "Seroquel", "trazodone", "Coumadin", "Entresto", "Trulicity", "spironolactone", "allopurinol", "ginkgo",
         "potassium chloride", "Humira", "methotrexate", "Zofran", "morphine", "Dilaudid", "Suboxone", "Lexapro", "Aricept"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's", "type 2 diabetes",
         "CHF", "hypertension", "dementia", "stroke", "kidney disease", "macular degeneration", "osteoporosis", "asthma", "sickle cell",
         "lupus", "multiple sclerosis", "pneumonia", "sepsis", "cellulitis", "heart failure", "glaucoma", "gout", "Crohn's disease",
         "breast cancer", "prostate cancer", "lymphoma", "ALS", "epilepsy", "depression", "anxiety", "sleep apnea", "neuropathy"]
LABS = ["Hemoglobin A1c", "INR", "lipid panel", "CBC", "BMP", "TSH", "creatinine", "eGFR", "potassium", "PSA", "BNP", "troponin"]
BODY = ["hip", "knee", "left foot", "lungs", "kidneys", "heart", "right shoulder", "lower back", "eyes", "liver"]
ORGS = ["Walgreens", "CVS", "Medicare", "Medicaid", "Kaiser", "Mayo Clinic", "Rite Aid", "Humana", "Aetna", "Blue Cross", "Cigna",
        "UnitedHealthcare", "Express Scripts", "Costco", "Kroger", "Publix", "Optum", "Cleveland Clinic", "DaVita", "Fresenius"]
PHARM = ["Walgreens", "CVS", "Rite Aid", "Costco", "Kroger", "Publix", "Walmart", "H-E-B", "Safeway", "Meijer"]
INSUR = ["Aetna", "Blue Cross", "Cigna", "UnitedHealthcare", "Humana", "Kaiser", "Medicare", "Medicaid", "Anthem", "Tricare"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Aunt", "Uncle", "daughter", "son", "sister", "brother", "cousin", "niece", "nephew", "neighbor", "wife", "husband"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
HELP = ["988", "1-800-222-1222", "911"]


def CONTR():
    return R.choice(["She's", "He's", "She'd"])


def K(x):
    return "{{" + x + "}}"


def P(x, i=False): return f"[[{x}|P{'|I' if i else ''}]]"
def L(x, i=False): return f"[[{x}|L{'|I' if i else ''}]]"
def T(x, i=False): return f"[[{x}|T{'|I' if i else ''}]]"
def E(x, i=False): return f"[[{x}|E{'|I' if i else ''}]]"
def U(x, i=False): return f"[[{x}|U{'|I' if i else ''}]]"
def S(x): return f"[[{x}|S]]"
def M(x, i=False): return f"[[{x}|M{'|I' if i else ''}]]"
def D(x, i=False): return f"[[{x}|D{'|I' if i else ''}]]"
def A(x, i=False): return f"[[{x}|A{'|I' if i else ''}]]"


def drug(): return K(R.choice(DRUGS))
def cond(): return K(R.choice(CONDS))
def rel(): return K(R.choice(RELS))
def ctry(): return R.choice(list(INTL_PHONE))


def names(n, full=True):
    out = []
    while len(out) < n:
        x = name(full)
        if all(x not in o and o not in x for o in out):
            out.append(x)
    return out


def bullet():
    return R.choice(["- ", "* ", "• ", "", "> "])


def numbered(i):
    return R.choice(["%d. ", "%d) ", "%d - ", "#%d "]) % i


# ---------------------------------------------------------------- templates (each returns style, marked text)
TEMPLATES = []


def tpl(f):
    TEMPLATES.append(f)
    return f


@tpl
def phone_tree():
    ns = names(R.randint(3, 6))
    head = R.choice([f"Phone tree for {K(R.choice(['Mom', 'Dad', 'Grandma', 'Grandpa']))} (call in order):",
                     "CALL ORDER if the alarm company calls", f"who to call about {cond()} emergencies", "phone tree - family"])
    lines = [head] + [f"{numbered(i + 1)}{P(n)} {R.choice(['', '- ', ': '])}{T(us_phone())}" for i, n in enumerate(ns)]
    lines.append(f"meds: {drug()}, {drug()}")
    return "list", "\n".join(lines)


@tpl
def contact_table_pipe():
    ns = names(R.randint(2, 5))
    hdr = R.random() < 0.6
    rows = ["| Name | Phone | Email |", "|---|---|---|"] if hdr else []
    for n in ns:
        rows.append(f"| {P(n)} | {T(us_phone())} | {E(email(n))} |")
    rows.append(f"(contacts for {K(R.choice(['Dad', 'Mom', 'Grandpa']))}'s {cond()} care)")
    return "table_pipe", "\n".join(rows)


@tpl
def member_table_tab():
    ns = names(R.randint(2, 4))
    ln = ns[0].split()[-1]
    rows = ["Name\tDOB\tMember ID"] if R.random() < 0.7 else []
    mid = R.choice(["XJH", "ZGW", "YLP", "MEM"]) + dgt(8)
    for i, n in enumerate(ns):
        full = n.split()[0] + " " + ln
        rows.append(f"{P(full)}\t{D(dob(young=i > 1))}\t{M(mid[:-1] + str(i))}")
    rows.append(f"Plan: {K(R.choice(INSUR))}")
    return "table_tab", "\n".join(rows)


@tpl
def address_csv():
    ns = names(R.randint(2, 4))
    rows = ["name,phone,address"] if R.random() < 0.5 else []
    for n in ns:
        rows.append(f'{P(n)},{T(us_phone(R.choice([0, 1, 2, 3])))},"{L(us_addr())}"')
    rows.append(f"{rel()} needs these for the {cond()} support group mailing")
    return "table_csv", "\n".join(rows)


@tpl
def visitor_run_on():
    ns = names(R.randint(3, 5), full=R.random() < 0.4)
    lst = ", ".join(P(n) for n in ns[:-1]) + R.choice([" and ", " & ", ", and "]) + P(ns[-1])
    s = R.choice([f"visitors for {K(R.choice(['Mom', 'Dad', 'Grandpa']))} today are {lst}, nobody else please, {K(CONTR())} worn out from the {cond()} stuff",
                  f"ok so {lst} are coming {K(R.choice(DAYS))} and bringing food, dont let anyone give him {drug()} after 6",
                  f"approved visitor list per the nurse: {lst}. {K('Room')} {R.randint(100, 899)}. {cond()}"])
    return "run_on", s


@tpl
def care_team():
    ns = names(5)
    ph = R.choice(PHARM)
    lines = [f"CARE TEAM for {P(ns[0])}",
             f"PCP: Dr. {P(ns[1])} {T(us_phone())}",
             f"{R.choice(['Cardiology', 'Neurology', 'Oncology', 'Nephrology', 'Pulmonology'])}: Dr. {P(ns[2].split()[-1])} {T(us_phone())}",
             f"Home health RN: {P(ns[3])}, RN {T(us_phone())}",
             f"Social worker: {P(ns[4])} {E(email(ns[4]))}",
             f"Pharmacy: {K(ph)} {T(us_phone())}",
             f"Dx: {cond()}; meds {drug()}, {drug()}"]
    return "list", "\n".join(lines)


@tpl
def ice_card():
    ns = names(3)
    lines = ["EMERGENCY CONTACT CARD", f"Name: {P(ns[0])}", f"DOB: {D(dob())}", f"Address: {L(us_addr(multiline=R.random() < 0.3))}",
             f"Contact 1: {P(ns[1])} ({rel()}) {T(us_phone())}", f"Contact 2: {P(ns[2])} ({rel()}) {T(us_phone())}",
             f"Allergies: {K(R.choice(['penicillin', 'sulfa', 'latex', 'codeine', 'shellfish']))}", f"Conditions: {cond()}, {cond()}"]
    return "form", "\n".join(lines)


@tpl
def med_list():
    ns = names(2)
    ph = R.choice(PHARM)
    lines = [R.choice([f"{K(R.choice(['Mom', 'Dad']))}'s med list", "MEDICATIONS (from the bottles)", "current meds + who prescribed"])]
    for i in range(R.randint(3, 5)):
        lines.append(f"{bullet()}{drug()} {R.choice(['5mg', '10 mg', '20mg', '40 mg', '500mg', 'daily', 'bid'])} - Dr. {P(R.choice(ns).split()[-1])} - Rx{R.choice(['#', ' ', ': #', ' no. '])}{M(rx())}")
    lines.append(f"{K(ph)} {T(us_phone())}")
    return "list", "\n".join(lines)


@tpl
def card_addresses():
    k = R.randint(2, 4)
    lines = [R.choice(["Christmas card list", "addresses for the thank-you cards", "Invitation addresses (pls double check)", "Grad party invite list"])]
    for n in names(k):
        ml = R.random() < 0.5
        lines.append(f"{bullet()}{P(n)}{':' if not ml else ''}" + ("\n" if ml else " ") + L(us_addr(multiline=ml)))
    if R.random() < 0.5:
        c = ctry()
        lines.append(f"{bullet()}{P(intl_name(c), True)} {L(intl_addr(c), True)}")
    lines.append(f"{K('Grandma')} is sending these herself since her {cond()} is better")
    return "list", "\n".join(lines)


@tpl
def visit_schedule():
    ns = names(R.randint(3, 5), full=False)
    lines = [R.choice(["Visiting schedule this week", "who sits with Dad when", "HOSPITAL SCHEDULE"])]
    for d in R.sample(DAYS, len(ns)):
        n = ns.pop()
        lines.append(f"{K(d)}: {P(n)}" + (f" {T(us_phone())}" if R.random() < 0.6 else ""))
    lines.append(f"nurses said {cond()} is stable, on {drug()}")
    return "list", "\n".join(lines)


@tpl
def insurance_summary():
    ns = names(R.randint(2, 4))
    ln = ns[0].split()[-1]
    lines = [f"Plan: {K(R.choice(INSUR))} {R.choice(['PPO', 'HMO', 'Advantage', 'Plan G'])}"]
    base = R.choice(["W", "XJ", "K", "UHC"]) + dgt(8)
    for i, n in enumerate(ns):
        full = n.split()[0] + " " + ln
        role = "Subscriber" if i == 0 else "Dependent"
        lines.append(f"{role}: {P(full)}  ID {M(base + str(i))}  DOB {D(dob(young=i > 1))}")
    if R.random() < 0.5:
        lines.append(f"Group #: {M(dgt(6))}")
    lines.append(f"(covers {cond()} meds like {drug()})")
    return "form", "\n".join(lines)


@tpl
def email_bullets():
    ns = names(R.randint(3, 5))
    lines = [R.choice(["emails for the caregiver updates:", "Distribution list - support group", "please add these to the family email list"])]
    for n in ns:
        lines.append(f"{bullet()}{P(n)} <{E(email(n))}>" if R.random() < 0.5 else f"{bullet()}{P(n)} - {E(email(n))}")
    lines.append(f"topic: {cond()}")
    return "list", "\n".join(lines)


@tpl
def intl_contacts():
    c = ctry()
    k = R.randint(2, 4)
    lines = [R.choice([f"Family abroad ({c}) for the care team:", "Overseas contacts", f"contacts for {K('Grandma')} back home"])]
    used = []
    for _ in range(k):
        n = intl_name(c)
        if any(n in u or u in n for u in used):
            continue
        used.append(n)
        lines.append(f"{bullet()}{P(n, True)} {T(INTL_PHONE[c](), True)}")
    lines.append(f"address: {L(intl_addr(c), True)}")
    lines.append(f"{K('Mom')} takes {drug()}")
    return "international", "\n".join(lines)


@tpl
def iban_payees():
    lines = [R.choice(["Payees for the home-care invoices:", "bank details for the carers (please wire monthly)", "IBANs on file"])]
    for _ in range(R.randint(2, 3)):
        c = R.choice(["GB", "DE", "FR", "NL", "ES", "IT", "PL"])
        lab = R.choice(["IBAN ", "iban: ", "IBAN: ", "", "acct "])
        lines.append(f"{bullet()}{P(intl_name(c), True)} {lab}{A(iban(), True)}")
    lines.append(f"(for {K('Dad')}'s {cond()} care)")
    return "list", "\n".join(lines)


@tpl
def card_list():
    ns = names(2)
    lines = [R.choice(["Cards on file for copays:", "which card for which bill", "CARDS"])]
    for i in range(R.randint(2, 3)):
        k, num = card()
        lab = R.choice([k, "card", "cc", "credit card", k.upper()])
        lines.append(f"{bullet()}{P(R.choice(ns))} {lab} {A(num)} - {R.choice([K(R.choice(PHARM)) + ' copays', 'hospital parking', K('oxygen') + ' supplier', K(R.choice(DRUGS)) + ' refills'])}")
    return "list", "\n".join(lines)


@tpl
def bank_routing():
    n = name()
    lines = [f"Direct deposit for {P(n)}", f"Bank: {K(R.choice(['Chase', 'Wells Fargo', 'Bank of America', 'US Bank', 'PNC']))}",
             f"Routing{R.choice([':', ' #', ' number:', ''])} {A(routing())}", f"Account{R.choice([':', ' #', ' number:', ' no.'])} {A(dgt(R.randint(8, 12)))}",
             f"SSN {S(ssn())}", f"reimbursement for {drug()}"]
    return "form", "\n".join(lines)


@tpl
def rounding_list():
    lines = [R.choice(["Rounding list", "Census 5E", "Clinic schedule PM", "Pts to call back"])]
    for n in names(R.randint(3, 5)):
        f, l = n.split()[0], n.split()[-1]
        nm = R.choice([f"{l}, {f}", f"{l.upper()}, {f.upper()}", f"{f[0]}. {l}", f"{l}, {f[0]}."])
        lines.append(f"{R.randint(100, 999)}{R.choice(['A', 'B', ''])} {P(nm)} MRN {M(mrn())} DOB {D(dob('%m/%d/%Y'))} - {cond()}")
    return "clinician_note", "\n".join(lines)


@tpl
def speaker_numbers():
    ns = names(R.randint(3, 4), full=False)
    lines = [f"{P(ns[0])}: can everyone post their number again for {K('Grandma')}'s nurses"]
    for n in ns[1:]:
        lines.append(f"{P(n)}: {T(us_phone())}")
    lines.append(f"{P(ns[0])}: thx. reminder her {drug()} is at {R.randint(6, 10)}")
    return "speaker_label", "\n".join(lines)


@tpl
def all_caps_roster():
    ns = [n.upper() for n in names(R.randint(3, 4))]
    s = "FAMILY CONTACTS FOR " + K(R.choice(["MOM", "DAD", "GRANDMA"])) + ": " + "; ".join(f"{P(n)} {T(us_phone())}" for n in ns)
    s += f". {K(R.choice(['WARFARIN', 'INSULIN', 'ELIQUIS', 'OXYGEN']))} IN KITCHEN."
    return "all_caps", s


@tpl
def lower_visitors():
    ns = [n.lower() for n in names(R.randint(3, 5), full=R.random() < 0.5)]
    s = R.choice(["visitors ok'd for tonight: ", "the ones on the list at the front desk are ", "ppl allowed in the icu: "]) + ", ".join(P(n) for n in ns)
    s += f". {K('mom')} is on {K(R.choice(['heparin', 'insulin', 'morphine', 'lasix']))} so keep it short"
    return "lower_case", s


@tpl
def forwarded_to_list():
    ns = names(R.randint(3, 4))
    to = ", ".join(f"{P(n)} <{E(email(n))}>" for n in ns[1:])
    s = f"---------- Forwarded message ---------\nFrom: {P(ns[0])} <{E(email(ns[0]))}>\nTo: {to}\nSubject: {R.choice(['update', 'Dad', 'schedule', 'appt tmrw'])}\n\n{R.choice(['Surgery went fine', 'Biopsy results back', 'PT moved to Friday'])}; doctor wants to start {drug()} for the {cond()}."
    return "forwarded", s


@tpl
def signature_block():
    n = name()
    s = f"{R.choice(['Thanks,', 'Best,', 'Regards,', 'Warmly,'])} let me know about the {cond()} paperwork.\n--\n{P(n)}{R.choice(['', ', RN', ', MSW', ', LPN'])}\n{R.choice(['Care Coordinator', 'Office Manager', 'Patient Navigator'])}\n{T(us_phone())} | {E(email(n))}"
    if R.random() < 0.6:
        s += "\n" + U(url(n))
    return "signature", s


@tpl
def links_list():
    ns = names(R.randint(2, 4), full=R.random() < 0.6)
    lines = ["links people asked for:"]
    for n in ns:
        full = n if " " in n else n + " " + US.last_name()
        lines.append(f"{bullet()}{P(n)}: {U(url(full))}")
    lines.append(f"({K('Uncle')} said the {cond()} fundraiser is this {K(R.choice(MONTHS))})")
    return "list", "\n".join(lines)


@tpl
def ssn_list():
    ns = names(2)
    ln = ns[0].split()[-1]
    lines = [R.choice(["For the benefits form:", "SSNs (don't forward this)", "Social security numbers for the Medicaid app"])]
    for n in ns:
        full = n.split()[0] + " " + ln
        lines.append(f"{bullet()}{P(full)} SSN {S(ssn())} born {D(dob())}")
    lines.append(f"{K('Medicare')} # {M(mbi())}")
    return "list", "\n".join(lines)


@tpl
def odd_addresses():
    lines = ["mailing addresses that keep bouncing:"]
    for n, k in zip(names(3), R.sample(["box", "mil", "rr", "zip4", "unit"], 3)):
        lines.append(f"{bullet()}{P(n)} - {L(us_addr(kind=k))}")
    lines.append(f"sending the {cond()} info packets")
    return "list", "\n".join(lines)


@tpl
def birthdays():
    ns = names(R.randint(3, 5))
    lines = [R.choice(["birthdays for the calendar", "BIRTHDAY LIST - Sunday school", "Residents' birthdays this quarter"])]
    for n in ns:
        lines.append(f"{bullet()}{P(n)} {R.choice(['- ', 'born ', 'bday ', ''])}{D(dob())}")
    lines.append(f"(no cake for the {K('diabetic')} folks)")
    return "list", "\n".join(lines)


@tpl
def nonlatin_list():
    c = R.choice(["JP", "CN", "KR", "RU", "SA"])
    lines = [R.choice(["Names as written at home, for the interpreter:", "family in native script", "names for the consent forms:"])]
    used = []
    for _ in range(R.randint(2, 4)):
        n = intl_name(c)
        if any(n in u or u in n for u in used):
            continue
        used.append(n)
        lines.append(f"{bullet()}{P(n, True)} {T(INTL_PHONE[c](), True)}")
    lines.append(f"home city: {L(R.choice(CITIES[c]), True)}")
    lines.append(f"{K('Grandpa')} takes {drug()}")
    return "international", "\n".join(lines)


@tpl
def pharmacy_list():
    lines = ["Pharmacies on file:"]
    for i, ph in enumerate(R.sample(PHARM, R.randint(2, 3))):
        lines.append(f"{numbered(i + 1)}{K(ph)}, {L(us_addr(kind=R.choice(['std', 'zip4'])))}, {T(us_phone())}")
    lines.append(f"{drug()} goes to the first one; prescriber Dr. {P(name())}")
    return "list", "\n".join(lines)


@tpl
def ride_table():
    ns = names(R.randint(3, 4), full=False)
    sep = R.choice(["\t", " | ", ","])
    rows = [sep.join(["Day", "Driver", "Phone"])] if R.random() < 0.6 else []
    for d, n in zip(R.sample(DAYS[:5], len(ns)), ns):
        rows.append(sep.join([K(d), P(n), T(us_phone())]))
    rows.append(f"rides to {K(R.choice(['dialysis', 'chemo', 'radiation', 'cardiac rehab']))}")
    return {"\t": "table_tab", " | ": "table_pipe", ",": "table_csv"}[sep], "\n".join(rows)


@tpl
def typo_numbers():
    ns = [n.lower() for n in names(R.randint(2, 4), full=False)]
    parts = [f"{P(n)} {T(us_phone(R.choice([3, 7, 1])))}" for n in ns]
    s = R.choice(["omg ok nums r ", "sry typing on phone, ", "hers the #s "]) + " , ".join(parts) + f" . moms {K(R.choice(['inhaler', 'insulin', 'oxygen']))} is low"
    return "typo_phone", s


@tpl
def address_change():
    n = name()
    s = f"Hi, this is {P(n)}. Please update my address from {L(us_addr())} to {L(us_addr(multiline=R.random() < 0.3))}. Phone {T(us_phone())}, email {E(email(n))}. My {drug()} mail order should go to the new one."
    return "general_text", s


@tpl
def billing_question():
    n = name()
    k, num = card()
    s = f"Billing question: I was charged twice for {P(n)}'s {K(R.choice(['MRI', 'CT scan', 'echocardiogram', 'colonoscopy', 'lipid panel']))}. Account {A(R.choice(['HB-', 'G', '']) + dgt(8))}, card {A(num)}. DOB {D(dob())}. Call me at {T(us_phone())}."
    return "general_text", s


@tpl
def clinician_family():
    ns = names(3)
    s = f"Pt {P(ns[0])}, MRN {M(mrn())}, DOB {D(dob())}. Contacts: {K(R.choice(['wife', 'husband', 'daughter', 'son']))} {P(ns[1].split()[0])} {T(us_phone())}; {K(R.choice(['sister', 'brother', 'niece']))} {P(ns[2])} {T(us_phone())}. {cond()}; on {drug()}."
    return "clinician_note", s


@tpl
def portal_paste():
    ns = names(2)
    ln = ns[0].split()[-1].upper()
    s = (f"Guarantor: {P(ln + ', ' + ns[0].split()[0].upper())}\nGuarantor Account: {A(dgt(10))}\nPatient: {P(ln + ', ' + ns[1].split()[0].upper())}   MRN: {M(mrn())}\n"
         f"Patient DOB: {D(dob())}\nService: {K(R.choice(LABS))}, {K(R.choice(LABS))}")
    return "form", s


@tpl
def hipaa_release():
    ns = names(4)
    lines = ["Persons authorized to receive information:"]
    for i, n in enumerate(ns[1:]):
        lines.append(f"{i + 1}. {P(n)}  Relationship: {rel()}  Phone: {T(us_phone())}")
    lines.append(f"Patient: {P(ns[0])}  DOB {D(dob())}  MRN {M(mrn())}")
    return "form", "\n".join(lines)


@tpl
def school_form():
    kids = names(2)
    ln = kids[0].split()[-1]
    par = US.first_name() + " " + ln
    lines = ["Camp health form"]
    for k in kids:
        lines.append(f"{bullet()}{P(k.split()[0] + ' ' + ln)} born {D(dob(young=True))} - {K(R.choice(['asthma', 'peanut allergy', 'ADHD', 'type 1 diabetes']))}")
    lines.append(f"Parent: {P(par)} {T(us_phone())} {E(email(par))}")
    lines.append(f"Home: {L(us_addr())}")
    return "form", "\n".join(lines)


@tpl
def semicolon_run_on():
    ns = names(R.randint(3, 5), full=R.random() < 0.5)
    s = R.choice(["numbers: ", "ok the people to call are ", "Contact list for the weekend - "]) + "; ".join(f"{P(n)} {T(us_phone())}" for n in ns)
    s += f"; and if its bad call {K(R.choice(HELP))}. {K('Dad')} has {cond()}"
    return "run_on", s


@tpl
def medicare_pair():
    ns = names(2)
    s = f"{K('Medicare')} numbers for my parents: {P(ns[0])} {M(mbi())} and {P(ns[1])} {M(mbi())}. Part D through {K(R.choice(['Humana', 'Aetna', 'SilverScript', 'Cigna']))}. DOBs {D(dob())} and {D(dob())}."
    return "general_text", s


@tpl
def mixed_family():
    c = ctry()
    us_n = names(2)
    i_n = intl_name(c)
    lines = [f"Family contacts (some abroad) for {K('Grandma')}'s {cond()}:",
             f"{P(us_n[0])} - {L(us_addr())} - {T(us_phone())}",
             f"{P(us_n[1])} - {E(email(us_n[1]))}",
             f"{P(i_n, True)} - {L(intl_addr(c), True)} - {T(INTL_PHONE[c](), True)}"]
    return "list", "\n".join(lines)


@tpl
def city_mentions():
    ns = names(3, full=False)
    cities = [US.city() for _ in range(3)]
    st = [US.state_abbr(include_territories=False) for _ in range(3)]
    caps = R.random() < 0.3
    c0 = f"{cities[0]}, {st[0]}"
    s = f"so {P(ns[0])} is in {L(c0.upper() if caps else c0)}, {P(ns[1])} moved to {L(cities[1] + ', ' + st[1] + ' ' + US.zipcode_in_state(st[1]))} and {P(ns[2])} is still in {L(cities[2].upper() if caps else cities[2])}. none of us are close to {K('Mom')} and her {cond()} is getting worse"
    return "run_on", s


@tpl
def vanity_business():
    n = name()
    s = f"For the ramp at {K('Dad')}'s, call {P(n)}'s company at {T(vanity())} or the cell {T(us_phone())}. They did {P(US.first_name())}'s after her {K(R.choice(['hip replacement', 'stroke', 'knee surgery']))}."
    return "general_text", s


@tpl
def prayer_list():
    ns = names(R.randint(3, 5))
    lines = [R.choice(["Prayer list this week:", "PRAYER CHAIN", "Please keep in your prayers"])]
    for n in ns:
        lines.append(f"{bullet()}{P(n)} ({cond()})")
    lines.append(f"call {P(name(False))} at {T(us_phone())} to add names")
    return "list", "\n".join(lines)


@tpl
def sign_in():
    rows = ["Date | Visitor | Resident | Phone"] if R.random() < 0.7 else []
    res = names(2)
    for _ in range(R.randint(3, 4)):
        v = name()
        rows.append(f"{R.randint(1, 12)}/{R.randint(1, 28)} | {P(v)} | {P(R.choice(res))} | {T(us_phone())}")
    rows.append(f"Reminder: {K(R.choice(['flu', 'COVID', 'RSV']))} masks required")
    return "table_pipe", "\n".join(rows)


@tpl
def dose_schedule():
    ns = names(3, full=False)
    rows = []
    for t, n in zip(["8am", "2pm", "8pm", "bedtime"], ns + [R.choice(ns)]):
        rows.append(f"{t} - {drug()} - {P(n)}")
    rows.append(f"questions: {P(ns[0])} {T(us_phone())}")
    return "list", "\n".join(rows)


@tpl
def intl_clinician():
    c = ctry()
    n = intl_name(c)
    s = f"Pt {P(name())} MRN {M(mrn())}; travelling {K('daughter')} {P(n, True)} reachable at {T(INTL_PHONE[c](), True)}, home address {L(intl_addr(c), True)}. {cond()}, on {drug()}."
    return "clinician_note", s


@tpl
def intl_email_roster():
    c = R.choice(["GB", "DE", "FR", "MX", "BR", "ES", "IT", "NL", "PL", "PH", "IN", "TR", "VN"])
    lines = [R.choice(["Updates go to:", "mailing list for the relatives:", "Please cc everyone:"])]
    for _ in range(R.randint(2, 3)):
        n = intl_name(c)
        lines.append(f"{bullet()}{P(n, True)} {E(email(n, intl=True), True)} {T(INTL_PHONE[c](), True)}")
    lines.append(f"re: {K('Grandpa')}'s {cond()}")
    return "international", "\n".join(lines)


@tpl
def canada_list():
    ns = names(2)
    lines = ["Snowbird contacts (Canada side):"]
    for n in ns:
        lines.append(f"{bullet()}{P(n)} {L(CA_ADDR(), True)} {T('(%s) 555-01%02d' % (R.choice(['416', '604', '403', '902']), R.randint(0, 99)), True)}")
    lines.append(f"{K('Dad')}'s {drug()} is filled at {K('Shoppers Drug Mart')}")
    return "list", "\n".join(lines)


@tpl
def ext_directory():
    lines = ["Clinic directory:"]
    for dept in R.sample(["Front desk", "Nurse line", "Billing", "Referrals", "Dr. office"], 3):
        a, b, c = us_digits()
        lines.append(f"{dept}: {T(f'({a}) {b}-{c} ' + R.choice(['x', 'ext. ', 'extension ', 'ext ']) + str(R.randint(1, 9999)))}")
    n = name()
    lines.append(f"your nurse navigator is {P(n)} ({E(email(n))}); {cond()} clinic")
    return "list", "\n".join(lines)


# ---------------------------------------------------------------- build

def make_templates(n):
    res, i = [], 0
    order = []
    while len(order) < n:
        lst = TEMPLATES[:]
        R.shuffle(lst)
        order.extend(lst)
    for f in order[:n]:
        for _ in range(50):
            style, marked = f()
            text, ids, keeps = parse(marked)
            if local_ok(text, ids, keeps):
                break
        else:
            raise RuntimeError(f.__name__)
        res.append({"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "template", "_tpl": f.__name__})
    return res


def main():
    hand = read_hand()
    tmpl = make_templates(N_TEMPLATE)
    allm = hand + tmpl
    R.shuffle(allm)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, m in enumerate(allm):
            m.pop("_tpl", None)
            rec = {"id": "hd35-%03d" % i, "style": m["style"], "text": m["text"], "identifiers": m["identifiers"], "keep": m["keep"], "source": m["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(allm)} messages ({len(hand)} hand, {len(tmpl)} template, {len(TEMPLATES)} templates) -> {OUT}")


if __name__ == "__main__":
    main()
