"""Build handwritten_dev38.jsonl from hand/*.txt (hand-written, inline markup) plus Faker-filled templates.
Markup: [[text|T]] = identifier (region US), [[text|T|I]] = region INTL, {{word}} = keep word.
T codes: P PERSON, L LOCATION, T PHONE_NUMBER, E EMAIL_ADDRESS, U URL, S US_SSN, M MEDICAL_RECORD_NUMBER,
D DATE_OF_BIRTH, A ACCOUNT_NUMBER.  Written by a helper session working only from FROZEN_SPEC.md."""
import glob, json, os, random, re, string
from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3838
R = random.Random(SEED)
CODES = dict(P="PERSON", L="LOCATION", T="PHONE_NUMBER", E="EMAIL_ADDRESS", U="URL", S="US_SSN",
             M="MEDICAL_RECORD_NUMBER", D="DATE_OF_BIRTH", A="ACCOUNT_NUMBER")
MARK = re.compile(r"\[\[(.+?)\|([A-Z])(?:\|(I))?\]\]|\{\{(.+?)\}\}", re.S)

def parse(marked):
    ids, keep, out, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()]); pos = m.end()
        if m.group(4) is not None:
            out.append(m.group(4))
            if m.group(4) not in keep: keep.append(m.group(4))
        else:
            t = m.group(1); out.append(t)
            d = {"text": t, "type": CODES[m.group(2)], "region": "INTL" if m.group(3) else "US"}
            if d not in ids: ids.append(d)
    out.append(marked[pos:])
    return "".join(out), ids, keep

def spans(text, sub):
    i, res = text.find(sub), []
    while i >= 0:
        res.append((i, i + len(sub))); i = text.find(sub, i + 1)
    return res

def isw(ch):
    # word character for boundary purposes; CJK, kana and Hangul are written without spaces, so they never join words
    o = ord(ch)
    if 0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF: return False
    return ch.isalnum()

def wb_ok(text, a, b):
    if isw(text[a]) and a > 0 and isw(text[a-1]): return False
    if isw(text[b-1]) and b < len(text) and isw(text[b]): return False
    return True

def check(text, ids, keep):
    idsp = []
    for d in ids:
        ss = spans(text, d["text"])
        if not ss: return "missing " + d["text"]
        for a, b in ss:
            if not wb_ok(text, a, b): return "boundary " + d["text"]
        idsp += ss
    for k in keep:
        ss = spans(text, k)
        if not ss: return "missing keep " + k
        for a, b in ss:
            if any(a < y and x < b for x, y in idsp): return "keep overlap " + k
    return None

# ---------------------------------------------------------------- hand part
def load_hand():
    msgs = []
    for p in sorted(glob.glob(os.path.join(HERE, "hand", "*.txt"))):
        raw = open(p, encoding="utf-8").read()
        for block in re.split(r"(?m)^---[ \t]*$", raw):
            lines = [l for l in block.split("\n") if not l.startswith("#")]
            while lines and not lines[0].strip(): lines.pop(0)
            if not lines: continue
            assert lines[0].startswith("@style "), (p, lines[0])
            style = lines[0][7:].strip()
            body = "\n".join(lines[1:]).strip()
            msgs.append((style, body, os.path.basename(p)))
    return msgs

# ---------------------------------------------------------------- value generators
LOC = {l: Faker(l) for l in ["en_US", "en_GB", "en_CA", "de_DE", "fr_FR", "es_MX", "es_ES", "pt_BR", "ja_JP",
                             "en_IN", "hi_IN", "it_IT", "nl_NL", "pl_PL", "zh_CN", "ko_KR", "ru_RU", "ar_SA",
                             "tr_TR", "vi_VN", "en_AU"]}
for i, f in enumerate(LOC.values()): f.seed_instance(SEED + i)
US = LOC["en_US"]
def ch(x): return R.choice(x)
def dg(n): return "".join(R.choice(string.digits) for _ in range(n))

WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Stone", "King", "Bell", "Fox", "Cook",
                 "Hunt", "Snow", "Lane", "Banks", "Price", "Rich", "Best", "Long", "Moody", "Church", "Bush", "Wells"]
AREA = ["212", "312", "415", "617", "713", "305", "404", "503", "602", "720", "816", "901", "214", "267", "330",
        "414", "509", "615", "704", "808", "919", "512", "586", "651", "763", "828", "860", "937", "base"]
AREA = AREA[:-1]
STATES = US.states if hasattr(US, "states") else None

def first(): return US.first_name()
def last(): return US.last_name()
def full(): return f"{US.first_name()} {US.last_name()}"
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"]
def nonlatin_name():
    l = ch(NONLATIN); f = LOC[l]
    if l in ("ja_JP", "zh_CN", "ko_KR"): return f.last_name() + ch(["", " "]) + f.first_name()
    return f"{f.first_name()} {f.last_name()}"
INTL_LATIN = ["en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL", "tr_TR", "en_AU"]
def intl_name(l=None):
    f = LOC[l or ch(INTL_LATIN)]; return f"{f.first_name()} {f.last_name()}"

def us_phone():
    a, n = ch(AREA), "555-01" + dg(2)
    p, q = n.split("-")
    shapes = [f"({a}) {p}-{q}", f"{a}-{p}-{q}", f"{a}.{p}.{q}", f"{a}{p}{q}", f"+1 {a} {p} {q}", f"1-{a}-{p}-{q}",
              f"001-{a}-{p}-{q}", f"({a}){p}-{q}", f"+1 ({a}) {p}-{q}", f"{a} {p} {q}", f"+1-{a}-{p}-{q}"]
    s = ch(shapes)
    if R.random() < 0.22:
        s += ch([f" x{dg(4)}", f" ext. {dg(2)}", f" extension {dg(1)}", f" ext {dg(3)}", f" x{dg(2)}"])
    return s
def vanity():
    w = ch(["FLOWERS", "GETCAKE", "PLUMBER", "ROOFING", "TAXCARE", "DOGWASH", "FIXPIPE", "BAKERY1"])
    return ch([f"1-800-{w}", f"1-888-{w[:3]}-{w[3:]}", f"(877) {w}", f"1-866-{w}"])
def intl_phone():
    c = ch(["uk", "uk2", "uk3", "de", "de2", "fr", "fr2", "mx", "in", "jp", "jp2", "br", "es", "it", "nl", "pl",
            "au", "cn", "kr", "ie", "ph"])
    return {"uk": f"+44 20 7946 0{dg(3)}", "uk2": f"020 7946 0{dg(3)}", "uk3": f"+44 7700 900{dg(3)}",
            "de": f"+49 30 {dg(7)}", "de2": f"0{ch(['30','40','89'])} {dg(7)}", "fr": f"+33 1 {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
            "fr2": f"06 {dg(2)} {dg(2)} {dg(2)} {dg(2)}", "mx": f"+52 55 {dg(4)} {dg(4)}", "in": f"+91 9{dg(4)} {dg(5)}",
            "jp": f"+81 3-{dg(4)}-{dg(4)}", "jp2": f"090-{dg(4)}-{dg(4)}", "br": f"+55 11 9{dg(4)}-{dg(4)}",
            "es": f"+34 6{dg(2)} {dg(3)} {dg(3)}", "it": f"+39 3{dg(2)} {dg(3)} {dg(4)}", "nl": f"+31 6 {dg(4)} {dg(4)}",
            "pl": f"+48 {dg(3)} {dg(3)} {dg(3)}", "au": f"+61 4{dg(2)} {dg(3)} {dg(3)}", "cn": f"+86 13{dg(1)} {dg(4)} {dg(4)}",
            "kr": f"+82 10-{dg(4)}-{dg(4)}", "ie": f"+353 87 {dg(3)} {dg(4)}", "ph": f"+63 917 {dg(3)} {dg(4)}"}[c]

def unit(): return ch(["Apt. " + dg(1) + ch("ABCD"), "Apt " + dg(2), "Suite " + dg(3), "#" + dg(2), "Unit " + dg(1), "Apt. " + dg(3)])
def street(): return f"{R.randint(2, 9899)} {US.street_name()}"
def zipc(): return US.zipcode_plus4() if R.random() < 0.25 else US.zipcode()
def city_st(): return US.city(), US.state_abbr(include_territories=False)
def us_addr(multiline=None):
    c, s = city_st(); st = street()
    if R.random() < 0.6: st += ch([", ", " "]) + unit()
    ml = R.random() < 0.3 if multiline is None else multiline
    return f"{st}\n{c}, {s} {zipc()}" if ml else f"{st}, {c}, {s} {zipc()}"
def po_box():
    c, s = city_st(); return f"{ch(['PO Box', 'P.O. Box', 'Po Box'])} {R.randint(10, 9999)}, {c}, {s} {zipc()}"
def military():
    k = R.random()
    if k < 0.4: return f"{US.military_apo()}\nAPO {US.military_state()} {US.postcode()}"
    if k < 0.7: return f"{US.military_dpo()}, DPO {US.military_state()} {US.postcode()}"
    if k < 0.85: return f"CMR {dg(3)}, Box {dg(4)}, APO AE 09{dg(3)}"
    return f"USS {US.last_name()}, FPO AP 96{dg(3)}"
def rural():
    c, s = city_st(); return f"{ch(['RR', 'Rural Route', 'RR#'])} {R.randint(1, 9)} Box {R.randint(1, 400)}, {c}, {s} {US.zipcode()}"
def city_state(): c, s = city_st(); return ch([f"{c}, {s}", f"{c}, {US.state()}", f"{c} {s}"])
def city_st_zip(): c, s = city_st(); return f"{c}, {s} {US.zipcode()}"
INTL_ADDR = ["en_GB", "en_CA", "de_DE", "fr_FR", "es_MX", "es_ES", "pt_BR", "ja_JP", "en_IN", "it_IT", "nl_NL",
             "pl_PL", "zh_CN", "ko_KR", "ru_RU", "en_AU", "hi_IN"]
def intl_addr(l=None, oneline=None):
    l = l or ch(INTL_ADDR); a = LOC[l].address().strip()
    if oneline or (oneline is None and R.random() < 0.6): a = re.sub(r"\s*\n\s*", ", ", a)
    return a
def nonlatin_place(): return LOC[ch(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "hi_IN"])].city()
def intl_city(): return LOC[ch(["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "pt_BR", "en_IN"])].city()

def slug(n): return re.sub(r"[^a-z]", "", n.lower())
def email_for(n, intl=False):
    parts = n.split(); fn, ln = slug(parts[0]) or "pat", slug(parts[-1]) or "lee"
    dom = ch(["gmx.de", "orange.fr", "yahoo.co.uk", "libero.it", "wp.pl", "uol.com.br", "hotmail.es", "ziggo.nl"]) if intl \
        else ch(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "att.net", "hotmail.com"])
    return ch([f"{fn}.{ln}@{dom}", f"{fn[0]}{ln}{dg(2)}@{dom}", f"{fn}{ln}@{dom}", f"{ln}.{fn}{dg(1)}@{dom}", f"{fn}_{ln}@{dom}"])
def url_for(n):
    parts = n.split(); fn, ln = slug(parts[0]) or "pat", slug(parts[-1]) or "lee"
    return ch([f"https://www.{fn}{ln}.com", f"https://{fn}{ln}.blogspot.com", f"https://www.linkedin.com/in/{fn}-{ln}-{dg(3)}",
               f"https://www.facebook.com/{fn}.{ln}", f"http://{fn}{ln}.wordpress.com/about", f"https://www.caringbridge.org/visit/{fn}{ln}",
               f"www.{fn}-{ln}-photography.com", f"https://www.gofundme.com/f/help-{fn}-{ln}", f"https://{ln}family.net/{fn}"])
def ssn():
    s = f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    return ch([s, s, s.replace("-", ""), s.replace("-", " ")])
MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def mbi(dash=None):
    a = lambda: ch(MBI_L); n = lambda: ch("0123456789"); an = lambda: ch(MBI_L + "0123456789")
    s = f"{R.randint(1,9)}{a()}{an()}{n()}{a()}{an()}{n()}{a()}{a()}{n()}{n()}"
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if (dash if dash is not None else R.random() < 0.5) else s
def mrn_val():
    return ch([dg(7), dg(8), "00" + dg(6), f"{ch('ABCHKMZ')}{dg(7)}", f"{ch(['MRN', 'HX', 'PT'])}-{dg(6)}", f"{dg(3)}-{dg(2)}-{dg(3)}"])
def member_id(): return ch([f"{''.join(R.choice(string.ascii_uppercase) for _ in range(3))}{dg(9)}", f"W{dg(9)}", f"{dg(3)}{ch('ABX')}{dg(6)}"])
def medicaid(): return ch([f"{''.join(R.choice(string.ascii_uppercase) for _ in range(2))}{dg(5)}{ch('ABCDEFG')}", dg(10), f"{dg(8)}{ch('AB')}"])
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def dob(intl=False):
    d = US.date_of_birth(minimum_age=1, maximum_age=99)
    M, Mo = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    if intl:
        return ch([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {M} {d.year}", d.isoformat(), f"{d.day}-{d.month:02d}-{d.year}"])
    return ch([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{str(d.year)[2:]}", d.isoformat(),
               f"{M} {d.day}, {d.year}", f"{Mo} {d.day} {d.year}", f"{d.month:02d}-{d.day:02d}-{d.year}", f"{M.upper()} {d.day} {d.year}"])
IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "PL": "n24", "PT": "n21",
             "BE": "n12", "CH": "n17", "AT": "n16", "IE": "a4n14", "SE": "n20", "TR": "n22", "SA": "n20", "NO": "n11", "DK": "n14"}
def iban():
    cc = ch(list(IBAN_SPEC)); b = ""
    for k, n in re.findall(r"([an])(\d+)", IBAN_SPEC[cc]):
        b += "".join(R.choice(string.ascii_uppercase if k == "a" else string.digits) for _ in range(int(n)))
    num = int("".join(str(int(c, 36)) for c in b + cc + "00"))
    s = f"{cc}{98 - num % 97:02d}{b}"
    if R.random() < 0.55: s = " ".join(s[i:i+4] for i in range(0, len(s), 4))
    if R.random() < 0.2: s = s.lower()
    return s
def luhn_fix(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 0: x *= 2; x = x - 9 if x > 9 else x
        tot += x
    return d + str((10 - tot % 10) % 10)
def card():
    if R.random() < 0.2: num = ch(["4", "5", "6"]) + dg(15)  # not Luhn-valid on purpose (spec: valid or not)
    elif R.random() < 0.3: num = luhn_fix(ch(["4", "51", "55"]) + dg(14))[:16].ljust(16, "0")
    else: num = US.credit_card_number(ch(["visa16", "mastercard", "discover", "amex"]))
    if len(num) == 15 and R.random() < 0.6: return f"{num[:4]} {num[4:10]} {num[10:]}"
    if len(num) == 16: return ch([" ".join(num[i:i+4] for i in range(0, 16, 4)), "-".join(num[i:i+4] for i in range(0, 16, 4)), num])
    return num
def routing():
    d = [int(c) for c in dg(8)]
    d[0] = R.choice([0, 1, 2, 3]) if d[0] > 3 else d[0]
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    return "".join(map(str, d)) + str((10 - sum(a * b for a, b in zip(d, w)) % 10) % 10)
def bank_acct(): return dg(R.choice([8, 9, 10, 11, 12]))

# ---------------------------------------------------------------- keep pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline", "oxycodone",
         "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "insulin glargine", "Ozempic", "Xarelto", "prednisone",
         "albuterol", "donepezil", "carbidopa-levodopa", "furosemide", "omeprazole", "Jardiance", "Entresto", "tramadol",
         "buprenorphine", "naloxone", "vitamin D", "fish oil", "magnesium", "turmeric", "Tylenol", "ibuprofen", "Seroquel",
         "Narcan", "Humalog", "Plavix", "metoprolol", "losartan", "Zoloft", "clopidogrel", "Trulicity"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "heart failure", "type 2 diabetes", "hypertension", "CKD", "dementia", "asthma", "osteoporosis", "depression",
         "anemia", "gout", "neuropathy", "sleep apnea", "glaucoma", "shingles", "UTI", "pneumonia", "macular degeneration",
         "rheumatoid arthritis", "hypothyroidism", "lupus", "multiple sclerosis"]
LABS = ["Hemoglobin A1c", "INR", "eGFR", "lipid panel", "TSH", "CBC", "BMP", "potassium", "PSA", "troponin", "A1c", "vitamin B12 level"]
BODY = ["knee", "hip", "left ankle", "lower back", "shoulder", "chest", "kidneys", "lungs", "right foot", "wrist", "eyes", "heart"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Auntie", "my son", "my daughter", "Uncle", "Abuela", "Mum"]
ORGS = ["Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "CVS", "Medicaid", "Cleveland Clinic", "Blue Cross", "Rite Aid",
        "Social Security", "the VA", "Humana", "Aetna"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "March", "October", "December"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "She's", "It's", "Didn't", "We're"]
CAPS_CONDS = ["COPD", "DEMENTIA", "PARKINSON'S", "HEART FAILURE"]
TITLES = ["Morning Walk Group", "Care Plan Review", "Heart Healthy Cooking Class", "Memory Cafe", "Diabetes Support Circle", "Fall Prevention Week"]
# contraction pools that fit each sentence
CX1 = ["I'm","We're"]
CX2 = ["I don't","we don't"]
CX3 = ["We'll","Don't forget to"]
CX4 = ["I'll","We'll","She'll"]
CX5 = ["I'll", "We'll", "I can't"]
CX6 = ["She'll","We'll","I'll"]
CX7 = ["We'll","I'll"]
CX8 = ["Don't","Please"]
CX9 = ["I don't","Don't"]
CX10 = ["she's not","she isn't","I'm not"]
HELP = ["988", "1-800-222-1222"]

class C:
    """Context for one templated message: k(...) marks keep words, i(...) marks identifiers."""
    def k(self, pool): return "{{" + ch(pool) + "}}"
    def kw(self, w): return "{{" + w + "}}"
    def drug(self): return self.k(DRUGS)
    def cond(self): return self.k(CONDS)
    def lab(self): return self.k(LABS)
    def body(self): return self.k(BODY)
    def rel(self): return self.k(RELS)
    def org(self): return self.k(ORGS)
    def day(self): return self.k(DAYS)
    def con(self): return self.k(CONTR)
    def i(self, v, code, intl=False): return f"[[{v}|{code}{'|I' if intl else ''}]]"

# ---------------------------------------------------------------- templates (grouped by spec table row)
T = []
def tpl(style):
    def deco(fn): T.append((style, fn)); return fn
    return deco

# PERSON rows: full, given, family, Mrs. Family, lower-case, ALL CAPS, speaker labels, lists, English-word surnames, non-Latin
@tpl("general_text")
def p_full(c): n = full(); return f"{c.k(CX1)} sure {c.i(n,'P')} has the list for {c.rel()}'s {c.cond()} visit on {c.day()}. Reach her at {c.i(us_phone(),'T')}."
@tpl("clinician_note")
def p_given(c): g = first(); return f"Spoke w/ {c.i(g,'P')} (caregiver). Pt tolerating {c.drug()}; {c.lab()} due. Pt {c.i(full(),'P')}, DOB {c.i(dob(),'D')}."
@tpl("clinician_note")
def p_title(c): s = last(); return f"{ch(['Mrs.','Mr.','Ms.','Dr.'])} {c.i(s,'P')} called about {c.body()} pain after starting {c.drug()}. MRN {c.i(mrn_val(),'M')}. Cb {c.i(us_phone(),'T')}."
@tpl("lower_case")
def p_lower(c): n = full().lower(); return f"this is {c.i(n,'P')}, {c.k(['mom','dad','grandma','grandpa'])} needs a refill on {c.drug().lower()} pls. we're at {c.i(us_addr(False).lower(),'L')}"
@tpl("all_caps")
def p_caps(c): n = full().upper(); return f"THIS IS {c.i(n,'P')}. MY {c.k(['HUSBAND','WIFE','SISTER'])} HAS {c.k(CAPS_CONDS)} AND NEEDS A CALL BACK AT {c.i(us_phone(),'T')}. DOB {c.i(dob().upper(),'D')}."
@tpl("speaker_label")
def p_speaker(c):
    a, b = first(), first(); r = ch(["Daughter", "Son", "Wife", "Husband", "Niece", "Grandson"])
    return f"{r} {c.i(a,'P')}: did {c.rel()} take the {c.drug()} this morning?\n{c.i(b,'P')}: yes, with breakfast. {c.lab()} is next {c.day()}.\n{r} {c.i(a,'P')}: ok, text me at {c.i(us_phone(),'T')}"
@tpl("speaker_label")
def p_speaker2(c):
    a = full(); b = first()
    return f"{c.i(a,'P')}: {c.rel()} says her {c.body()} hurts again\nNurse {c.i(b,'P')}: any swelling? is she on {c.drug()}?\n{c.i(a,'P')}: yes since {c.day()}"
@tpl("list")
def p_list(c):
    a, b, d = first(), first(), ch(WORD_SURNAMES)
    return f"Rides to {c.rel()}'s {c.k(['dialysis','chemo','physical therapy','cardiology'])} this week: {c.i(a,'P')}, {c.i(b,'P')} and {c.i(d,'P')}. Backup is {c.i(full(),'P')} at {c.i(us_phone(),'T')}."
@tpl("list")
def p_wordsurname(c):
    s = ch(WORD_SURNAMES); f1 = first()
    return f"Visitors allowed for pt {c.i(f1 + ' ' + s,'P')}:\n- Mrs. {c.i(s,'P')} (wife)\n- {c.i(full(),'P')}\n- {c.i(first() + ' ' + ch(WORD_SURNAMES),'P')}\nNo {c.drug()} after 9pm. {c.cond()}."
@tpl("international")
def p_nonlatin(c):
    n = nonlatin_name()
    return f"Family contact: {c.i(n,'P',True)} (prefers texts in her own language). {c.rel()} takes {c.drug()} for {c.cond()}. Phone {c.i(intl_phone(),'T',True)}."
@tpl("international")
def p_nonlatin2(c):
    n = nonlatin_name(); m = nonlatin_name()
    return f"Interpreter booked for {c.i(n,'P',True)} and son {c.i(m,'P',True)}, {c.day()} 10am. Topic: {c.cond()}, new {c.drug()} dose."
@tpl("run_on")
def p_runon(c):
    n, m = full(), first()
    return f"ok so {c.i(m,'P')} called and said {c.rel()} didn't take the {c.drug()} because it made her dizzy and then {c.i(n,'P')} from the pharmacy said to call you, {c.k(CX2)} know what to do anymore, her {c.lab()} was off too, call me {c.i(us_phone(),'T')}"
@tpl("typos")
def p_typos(c):
    n = full()
    return f"hi its {c.i(n,'P')} sory on my fone, {c.rel()} {c.kw('cant')} find her {c.drug()} and the refil says 0. pharmacy # {c.i(us_phone(),'T')} thx"
@tpl("signature")
def p_sig(c):
    n = full()
    return f"Thanks again for checking on {c.rel()}'s {c.cond()}.\n\n{c.i(n,'P')}\n{c.i(email_for(n),'E')}\n{c.i(us_phone(),'T')}\n{c.i(url_for(n),'U')}"
@tpl("signature")
def p_sig2(c):
    n = full()
    return f"Please confirm the {c.lab()} order.\n--\n{c.i(n,'P')}, {ch(['RN','MD','NP','PA-C','LPN'])}\n{c.org()} Home Health\n{c.i(us_phone(),'T')}\n{c.i(email_for(n),'E')}"

# LOCATION rows
@tpl("general_text")
def l_full(c): return f"Address change: please send {c.rel()}'s mail to {c.i(us_addr(False),'L')} starting {c.day()}. Name on file {c.i(full(),'P')}, phone {c.i(us_phone(),'T')}."
@tpl("form")
def l_multi(c):
    n = full()
    return f"Name: {c.i(n,'P')}\nAddress: {c.i(us_addr(True),'L')}\nPhone: {c.i(us_phone(),'T')}\nDiagnosis: {c.cond()}\nMeds: {c.drug()}, {c.drug()}"
@tpl("form")
def l_multi2(c):
    n = full()
    return f"SHIP TO:\n{c.i(n,'P')}\n{c.i(us_addr(True),'L')}\nItem: {c.k(['glucose test strips','CPAP mask','walker','compression stockings','pill organizer'])}\nDOB {c.i(dob(),'D')}"
@tpl("general_text")
def l_cityst(c): return f"We're driving {c.rel()} from {c.i(city_state(),'L')} to {c.i(city_state(),'L')} for the {c.cond()} specialist. {c.k(CX3)} bring the {c.drug()}."
@tpl("general_text")
def l_cityzip(c): return f"{c.i(full(),'P')} moved to {c.i(city_st_zip(),'L')} last month, please update {c.org()} too. Still on {c.drug()}."
@tpl("general_text")
def l_pobox(c): return f"Send the {c.org()} paperwork to {c.i(po_box(),'L')}, attn {c.i(full(),'P')}. Re: {c.cond()}."
@tpl("form")
def l_mil(c):
    n = full()
    return f"Patient: {c.i(n,'P')}\nMailing address:\n{c.i(military(),'L')}\nDeployed spouse contact: {c.i(email_for(n),'E')}\nRx: {c.drug()}"
@tpl("general_text")
def l_mil2(c): return f"My son is stationed overseas, please mail his {c.drug()} to {c.i(military(),'L')}. He's {c.i(full(),'P')}, DOB {c.i(dob(),'D')}."
@tpl("lower_case")
def l_rural(c): return f"we're out past town, mail comes to {c.i(rural().lower(),'L')}. {c.rel().lower()}'s {c.cond()} nurse can't find the house, call {c.i(us_phone(),'T')}"
@tpl("general_text")
def l_rural2(c): return f"{c.i(full(),'P')} at {c.i(rural(),'L')} needs a home visit for {c.body()} wound check. {c.day()} works."
@tpl("international")
def l_intl(c):
    l = ch(INTL_ADDR); n = intl_name() if l not in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "hi_IN") else nonlatin_name()
    return f"{c.rel()} lives abroad: {c.i(n,'P',True)}, {c.i(intl_addr(l),'L',True)}. She takes {c.drug()} for {c.cond()}. Tel {c.i(intl_phone(),'T',True)}"
@tpl("international")
def l_intl2(c): return f"Please post the {c.cond()} discharge letter to:\n{c.i(intl_addr(oneline=False),'L',True)}\nThank you. {c.k(CX4)} be there until {c.day()}."
@tpl("international")
def l_intl3(c):
    l = ch(["en_GB", "en_CA", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "en_IN"])
    return f"Travel note: pt staying at {c.i(intl_addr(l, True),'L',True)} until {c.day()}. Carries {c.drug()}. Local mobile {c.i(intl_phone(),'T',True)}."
@tpl("all_caps")
def l_citycaps(c):
    city = US.city().upper()
    return f"{c.rel().upper()} IS IN THE HOSPITAL IN {c.i(city,'L')}. THEY SAY {c.k(['PNEUMONIA','SEPSIS','A STROKE','A UTI'])}. CALL {c.i(us_phone(),'T')}."
@tpl("lower_case")
def l_cityalone(c): return f"we're back from {c.i(US.city(),'L')}, {c.rel().lower()} did fine on the flight with her {c.k(['oxygen','cpap','walker'])}. next {c.lab()} is {c.day()}"
@tpl("international")
def l_nonlatin(c): return f"{c.rel()} flew home to {c.i(nonlatin_place(),'L',True)} yesterday. Her {c.drug()} is enough for 3 months. Contact {c.i(nonlatin_name(),'P',True)} there."
@tpl("international")
def l_intlcity(c): return f"My uncle in {c.i(intl_city(),'L',True)} has the same {c.cond()}. His doctor there put him on {c.drug()}. Email {c.i(email_for(intl_name(), True),'E',True)}"

# PHONE rows
@tpl("general_text")
def t_shapes(c): return f"New numbers for {c.rel()}'s care: home {c.i(us_phone(),'T')}, cell {c.i(us_phone(),'T')}, work {c.i(us_phone(),'T')}. Ask for {c.i(first(),'P')}."
@tpl("general_text")
def t_ext(c):
    a = ch(AREA); e = ch(["x", "ext. ", "extension ", "ext "]) + dg(R.choice([2, 3, 4]))
    return f"{c.org()} billing said to call {c.i(f'({a}) 555-01{dg(2)} {e}','T')} about the {c.cond()} claim for {c.i(full(),'P')}."
@tpl("general_text")
def t_vanity(c):
    n = full()
    return f"{c.i(n,'P')} runs a catering business, number {c.i(vanity(),'T')}. She offered low-salt meals for {c.rel()}'s {c.cond()}."
@tpl("international")
def t_intl(c):
    n = intl_name()
    return f"{c.i(n,'P',True)} ({c.rel()}'s sister) can be reached at {c.i(intl_phone(),'T',True)} or {c.i(intl_phone(),'T',True)}. She asked about {c.drug()}."
@tpl("forwarded")
def t_fwd(c):
    return f"Fwd: text from {c.i(us_phone(),'T')}\n\"hi it's {c.i(first(),'P')}, {c.rel()}'s {c.drug()} is ready at {c.org()}. {c.k(CX5)} pick it up {c.day()}\""
@tpl("forwarded")
def t_fwd_intl(c):
    return f"Forwarded SMS from {c.i(intl_phone(),'T',True)}:\n> {c.i(intl_name(),'P',True)} here, landed safely. Grandma's {c.drug()} is in my bag.\n> call {c.i(intl_phone(),'T',True)}"
@tpl("typos")
def t_typo(c): return f"{c.rel()}s numbr changd to {c.i(us_phone(),'T')} plz updte, also her {c.cond()} meds r low. {c.i(first().lower(),'P')}"

# EMAIL rows
@tpl("general_text")
def e_any(c):
    n = full()
    return f"Please send {c.rel()}'s {c.lab()} results to {c.i(email_for(n),'E')} ({c.i(n,'P')}). {c.k(CX6)} check it daily."
@tpl("lower_case")
def e_lower(c):
    n = full()
    return f"can the nurse email {c.i(email_for(n),'E')} instead, {c.rel().lower()} doesn't do the portal. it's about the {c.drug().lower()}"
@tpl("international")
def e_intl(c):
    n = intl_name()
    return f"Daughter abroad: {c.i(n,'P',True)}, {c.i(email_for(n, True),'E',True)}, {c.i(intl_phone(),'T',True)}. Wants updates on {c.cond()}."

# URL rows
@tpl("general_text")
def u_page(c):
    n = full()
    return f"Updates on {c.i(n,'P')}'s {c.cond()} treatment are posted at {c.i(url_for(n),'U')}. {c.k(CX7)} post after {c.day()}'s scan."
@tpl("signature")
def u_sig(c):
    n = full()
    return f"Happy to help with {c.rel()}'s rides.\n{c.i(n,'P')}\n{c.i(url_for(n),'U')}\n{c.i(us_phone(),'T')}"
@tpl("forwarded")
def u_fwd(c):
    n = full()
    return f"FW: from {c.i(email_for(n),'E')}\nHere's the fundraiser for {c.rel()}'s {c.k(['surgery','transplant','chemo','rehab'])}: {c.i(url_for(n),'U')}\n-- {c.i(n,'P')}"

# SSN rows
@tpl("form")
def s_form(c):
    n = full()
    return f"Applicant: {c.i(n,'P')}\nSSN: {c.i(ssn(),'S')}\nDate of Birth: {c.i(dob(),'D')}\nProgram: {c.org()} savings\nCondition: {c.cond()}"
@tpl("clinician_note")
def s_nolabel(c): return f"Disability paperwork for {c.i(full(),'P')} {c.i(ssn(),'S')} completed. Dx {c.cond()}, on {c.drug()}."
@tpl("general_text")
def s_label(c): return f"{c.org()} needs {c.rel()}'s social, it's {c.i(ssn(),'S')}. Her name {c.i(full(),'P')}. Is that safe to send here?"
@tpl("all_caps")
def s_caps(c): return f"SSN {c.i(ssn(),'S')} NAME {c.i(full().upper(),'P')} NEED FORM FOR {c.k(['HOSPICE','MEDICAID','DIALYSIS'])} BY {c.day().upper()}"

# MRN rows
@tpl("clinician_note")
def m_mrn(c): return f"MRN {c.i(mrn_val(),'M')} / {c.i(full(),'P')} / DOB {c.i(dob(),'D')}\n{c.cond()}; cont {c.drug()}; recheck {c.lab()}."
@tpl("clinician_note")
def m_chart(c): return f"chart number {c.i(mrn_val(),'M')} — pt seen for {c.body()} pain, hx {c.cond()}. f/u w/ Dr. {c.i(last(),'P')}."
@tpl("form")
def m_member(c):
    n = full()
    return f"Member ID: {c.i(member_id(),'M')}\nMember Name: {c.i(n,'P')}\nPCP Phone: {c.i(us_phone(),'T')}\nPrior auth: {c.drug()}"
@tpl("general_text")
def m_medicare(c): return f"{c.rel()}'s {c.kw('Medicare')} number is {c.i(mbi(),'M')}, she's {c.i(full(),'P')}. Is {c.drug()} covered under Part D?"
@tpl("general_text")
def m_medicaid(c): return f"{c.i(full(),'P')} Medicaid id {c.i(medicaid(),'M')}, needs transport to {c.cond()} clinic {c.day()}."
@tpl("lower_case")
def m_nolabel(c): return f"ok the number on {c.rel().lower()}'s card is {c.i(member_id(),'M')} and the group is on the back. her {c.drug().lower()} copay went up"
@tpl("clinician_note")
def m_medicare2(c): return f"Medicare ID {c.i(mbi(True),'M')}. {c.i(full(),'P')}, {c.cond()}. Home O2 order. Call {c.i(us_phone(),'T')}."

# DOB rows
@tpl("general_text")
def d_born(c): return f"{c.rel()} ({c.i(full(),'P')}, born {c.i(dob(),'D')}) is due for the {c.k(['shingles vaccine','flu shot','pneumonia vaccine','RSV vaccine'])}."
@tpl("general_text")
def d_bday(c): return f"{c.i(first(),'P')}'s birthday is {c.i(dob(),'D')}, the portal asks for it every time. {c.k(CX8)} remember his {c.drug()}."
@tpl("clinician_note")
def d_plain(c): return f"{c.i(full(),'P')} {c.i(dob(),'D')} — {c.cond()}, {c.drug()} started. {c.lab()} in 6 wk."
@tpl("international")
def d_intl(c): return f"Patient {c.i(intl_name(),'P',True)}, date of birth {c.i(dob(True),'D',True)}, address {c.i(intl_addr(oneline=True),'L',True)}. {c.cond()}."
@tpl("form")
def d_form(c): return f"First name: {c.i(first(),'P')}\nLast name: {c.i(last(),'P')}\nDOB: {c.i(dob(),'D')}\nEmergency phone: {c.i(us_phone(),'T')}\nAllergies: {c.k(['penicillin','sulfa','latex','codeine'])}"

# ACCOUNT rows: IBANs, cards, bank/routing
@tpl("general_text")
def a_iban(c): return f"Refund for {c.rel()}'s {c.k(['physiotherapy','dental work','hearing aids','ambulance'])} please to {ch(['IBAN','iban','IBAN:'])} {c.i(iban(),'A',True)}, holder {c.i(intl_name(),'P',True)}."
@tpl("international")
def a_iban2(c): return f"{c.i(intl_name(),'P',True)} paid from abroad, account {c.i(iban(),'A',True)}. Please confirm for the {c.cond()} consult."
@tpl("form")
def a_iban3(c): return f"Account holder: {c.i(intl_name(),'P',True)}\nIBAN: {c.i(iban(),'A',True)}\nAddress: {c.i(intl_addr(oneline=True),'L',True)}\nReason: {c.k(['refund','copay refund','overpayment'])}"
@tpl("general_text")
def a_card(c): return f"Pay the {c.cond()} bill with my {ch(['card','cc','visa','credit card','Visa'])} {c.i(card(),'A')}, exp {R.randint(1,12):02d}/{R.randint(26,30)}. Name {c.i(full(),'P')}."
@tpl("form")
def a_card2(c):
    n = full()
    return f"Payment\nCardholder: {c.i(n.upper(),'P')}\nCard number: {c.i(card(),'A')}\nBilling address: {c.i(us_addr(False),'L')}\nFor: {c.k(['CPAP supplies','sleep study','MRI','lab work'])}"
@tpl("lower_case")
def a_card3(c): return f"cc {c.i(card(),'A')} is the one for {c.rel().lower()}'s {c.drug().lower()} autopay. call {c.i(us_phone(),'T')} if it declines"
@tpl("general_text")
def a_bank(c): return f"Direct deposit for caregiver pay ({c.i(full(),'P')}): routing {c.i(routing(),'A')}, account {c.i(bank_acct(),'A')}. {c.org()} approved the hours."
@tpl("form")
def a_bank2(c): return f"Bank name: First Community\nABA routing #: {c.i(routing(),'A')}\nChecking account #: {c.i(bank_acct(),'A')}\nAccount holder: {c.i(full(),'P')}\nNote: {c.cond()} reimbursement"
@tpl("clinician_note")
def a_bank3(c): return f"Billing: pt {c.i(full(),'P')} set up autopay, acct {c.i(bank_acct(),'A')} routing {c.i(routing(),'A')}. Copay for {c.drug()} waived."

# mixed-style templates (several identifiers in one message)
@tpl("run_on")
def x_runon(c):
    n = full()
    return f"so {c.rel()} went to the ER last night with {c.body()} pain and they think it's {c.cond()} and they gave her {c.drug()} and now {c.i(n,'P')} needs her insurance stuff, member id {c.i(member_id(),'M')}, she lives at {c.i(us_addr(False),'L')}, call {c.i(us_phone(),'T')}"
@tpl("run_on")
def x_runon2(c): return f"{c.k(CX9)} know if this is the right place but my neighbor {c.i(full(),'P')} is in her 80s and lives alone at {c.i(us_addr(False),'L')} and she has {c.cond()} and I found her confused today, her son is {c.i(full(),'P')} {c.i(us_phone(),'T')}"
@tpl("clinician_note")
def x_note(c):
    n = full()
    return f"Pt {c.i(n,'P')}, DOB {c.i(dob(),'D')}, MRN {c.i(mrn_val(),'M')}. Addr {c.i(us_addr(False),'L')}. {c.cond()}; {c.drug()} titrated. Dtr {c.i(first(),'P')} {c.i(us_phone(),'T')}."
@tpl("forwarded")
def x_fwd(c):
    n = full()
    return f"---------- Forwarded message ---------\nFrom: {c.i(n,'P')} <{c.i(email_for(n),'E')}>\nSubject: {c.rel()}'s {c.cond()}\nCan we move the visit to {c.day()}? New address {c.i(us_addr(False),'L')}."
@tpl("typos")
def x_typo(c): return f"helo im {c.i(full(),'P')} my {c.rel()} has {c.cond()} and teh {c.drug()} is to expensiv. our adress {c.i(us_addr(False),'L')} fone {c.i(us_phone(),'T')}"
@tpl("all_caps")
def x_caps(c): return f"PATIENT {c.i(full().upper(),'P')} DOB {c.i(dob(),'D')} ADDRESS {c.i(us_addr(False).upper(),'L')} NEEDS {c.k(['OXYGEN','WHEELCHAIR','HOSPITAL BED'])} DELIVERY"
@tpl("speaker_label")
def x_speaker_intl(c):
    a = intl_name(); b = nonlatin_name()
    return f"{c.i(a,'P',True)}: {c.rel()} is at {c.i(intl_addr(oneline=True),'L',True)} this month\n{c.i(b,'P',True)}: ok, does she have her {c.drug()}?\n{c.i(a,'P',True)}: yes. call {c.i(intl_phone(),'T',True)}"
@tpl("list")
def x_list_contacts(c):
    return (f"Contacts for {c.rel()} ({c.cond()}):\n1. {c.i(full(),'P')} {c.i(us_phone(),'T')}\n2. {c.i(full(),'P')} {c.i(us_phone(),'T')}\n"
            f"3. {c.i(intl_name(),'P',True)} {c.i(intl_phone(),'T',True)}\n4. {c.k(HELP)} if it's a crisis")
@tpl("list")
def x_list_addr(c):
    return f"Home visit list ({c.day()}):\n- {c.i(full(),'P')}, {c.i(us_addr(False),'L')} — {c.lab()}\n- {c.i(full(),'P')}, {c.i(po_box(),'L')} — {c.drug()} teaching"
@tpl("signature")
def x_sig_intl(c):
    n = intl_name()
    return f"Best regards from abroad, and thanks for caring for {c.rel()}.\n{c.i(n,'P',True)}\n{c.i(intl_addr(oneline=True),'L',True)}\n{c.i(intl_phone(),'T',True)}\n{c.i(email_for(n, True),'E',True)}"
@tpl("general_text")
def x_event(c): return f"The {c.k(TITLES)} meets {c.day()}. {c.i(full(),'P')} will talk about {c.cond()}. RSVP {c.i(email_for(full()),'E')} or {c.i(us_phone(),'T')}."
@tpl("lower_case")
def x_helpline(c): return f"{c.rel().lower()} took too many {c.drug().lower()} — we called {c.k(HELP)} and they said watch her. im {c.i(first().lower(),'P')} at {c.i(us_phone(),'T')}, address {c.i(us_addr(False).lower(),'L')}"
@tpl("forwarded")
def x_fwd_portal(c):
    return f"> Message from portal ({c.org()}):\n> Dear {c.i(full(),'P')}, your {c.lab()} results are ready. Ref {c.i(mrn_val(),'M')}.\nforwarding this for {c.rel()}, {c.k(CX10)} able to log in"
@tpl("run_on")
def x_runon_intl(c):
    return f"my cousin {c.i(intl_name(),'P',True)} is coming from {c.i(intl_city(),'L',True)} to help with {c.rel()} and she says over there they use {c.drug()} for {c.cond()} and she wants to talk to the doctor, her number {c.i(intl_phone(),'T',True)}"
@tpl("typos")
def x_typo_card(c): return f"pls charge the {c.k(['ambulence','ambulance'])} bill to my {ch(['card','visa'])} {c.i(card(),'A')} my name {c.i(full(),'P')} thx, {c.rel()} is home now"
@tpl("speaker_label")
def x_speaker_caps(c):
    a = first().upper(); b = first()
    return f"{c.i(a,'P')}: WHERE IS {c.rel().upper()}'S {c.k(['INHALER','WALKER','INSULIN'])}\n{c.i(b,'P')}: in the kitchen drawer\n{c.i(a,'P')}: FOUND IT. her {c.lab()} is {c.day()}"
@tpl("all_caps")
def x_caps_intl(c): return f"MY MOTHER {c.i(intl_name().upper(),'P',True)} IS VISITING FROM {c.i(intl_city().upper(),'L',True)}. SHE NEEDS {c.k(['INSULIN','WARFARIN','METFORMIN'])}. CALL {c.i(intl_phone(),'T',True)}."
@tpl("international")
def x_nonlatin_addr(c):
    l = ch(["ja_JP", "zh_CN", "ko_KR", "ru_RU"])
    return f"{c.rel()}'s address at home: {c.i(intl_addr(l, True),'L',True)}. Name in script: {c.i(nonlatin_name(),'P',True)}. {c.cond()}."

# extra rows added after the first validation run (URL, SSN and INTL were short)
@tpl("general_text")
def u_blog(c):
    n = full()
    return f"{c.i(n,'P')} writes about caring for a parent with {c.cond()} at {c.i(url_for(n),'U')}. {c.rel()} liked the post on {c.drug()}."
@tpl("lower_case")
def u_lower(c):
    n = full()
    return f"here's the caringbridge for {c.i(n.lower(),'P')} {c.i(url_for(n),'U')} — updates after {c.day().lower()}'s {c.k(['surgery','scan','biopsy'])}"
@tpl("international")
def u_intl(c):
    n = intl_name(); fn, ln = slug(n.split()[0]), slug(n.split()[-1])
    u = ch([f"https://www.{fn}-{ln}.de", f"https://{fn}{ln}.fr/blog", f"https://www.{ln}{fn}.co.uk", f"https://{fn}.{ln}.com.br"])
    return f"My sister {c.i(n,'P',True)} keeps a diary of Dad's {c.cond()} at {c.i(u,'U',True)}. Phone {c.i(intl_phone(),'T',True)}."
@tpl("signature")
def u_sig2(c):
    n = full()
    return f"Let me know about {c.rel()}'s {c.drug()}.\n-- {c.i(n,'P')} | {c.i(url_for(n),'U')} | {c.i(us_phone(),'T')}"
@tpl("form")
def s_form2(c):
    n = full()
    return f"SOCIAL SECURITY NUMBER: {c.i(ssn(),'S')}\nNAME: {c.i(n.upper(),'P')}\nADDRESS: {c.i(us_addr(False),'L')}\nPHONE: {c.i(us_phone(),'T')}\nREASON: {c.cond()}"
@tpl("lower_case")
def s_lower(c): return f"the disability lady needs {c.rel().lower()}'s ss# {c.i(ssn(),'S')} and birthday {c.i(dob(),'D')}. she's {c.i(full().lower(),'P')}"
@tpl("typos")
def s_typo(c): return f"{c.org()} form ask for social securty, mine is {c.i(ssn(),'S')} my name {c.i(full(),'P')} i take {c.drug()} for {c.cond()}"
@tpl("clinician_note")
def s_note(c): return f"SW: pt {c.i(full(),'P')}, SSN {c.i(ssn(),'S')}, DOB {c.i(dob(),'D')}. Applying for {c.k(['SSDI','Medicaid','Extra Help'])}. {c.cond()}."
@tpl("international")
def i_rich(c):
    n = intl_name(); m = intl_name()
    return f"{c.i(n,'P',True)} and {c.i(m,'P',True)} look after {c.rel()} at {c.i(intl_addr(oneline=True),'L',True)}. Calls: {c.i(intl_phone(),'T',True)} / {c.i(intl_phone(),'T',True)}. {c.drug()} twice daily."
@tpl("form")
def i_form(c):
    n = intl_name()
    return f"Name: {c.i(n,'P',True)}\nDate of birth: {c.i(dob(True),'D',True)}\nAddress: {c.i(intl_addr(oneline=False),'L',True)}\nTel: {c.i(intl_phone(),'T',True)}\nE-mail: {c.i(email_for(n, True),'E',True)}\nCondition: {c.cond()}"
@tpl("international")
def i_nonlatin_rich(c):
    l = ch(["ja_JP", "zh_CN", "ko_KR", "ru_RU"])
    return f"{c.i(nonlatin_name(),'P',True)} ({c.rel()}) — {c.i(intl_addr(l, True),'L',True)} — {c.i(intl_phone(),'T',True)}. Needs {c.drug()} refill; {c.cond()}."
@tpl("speaker_label")
def i_speaker(c):
    a = intl_name(); b = first()
    return f"{c.i(a,'P',True)}: the clinic in {c.i(intl_city(),'L',True)} wants {c.rel()}'s {c.lab()} from here\n{c.i(b,'P')}: I'll email {c.i(email_for(a, True),'E',True)} tonight\n{c.i(a,'P',True)}: thanks, or call {c.i(intl_phone(),'T',True)}"
@tpl("list")
def i_list(c):
    return f"Family abroad for {c.rel()}'s {c.cond()} updates:\n- {c.i(intl_name(),'P',True)}, {c.i(intl_phone(),'T',True)}\n- {c.i(nonlatin_name(),'P',True)}, {c.i(intl_phone(),'T',True)}\n- {c.i(intl_name(),'P',True)}, {c.i(iban(),'A',True)} (for shared costs)"

def sign_off(c, intl=False):
    """A sender's sign-off added to short templated messages (people sign their messages)."""
    if intl:
        n = intl_name()
        return ch([f"\n— {c.i(n,'P',True)}, {c.i(intl_phone(),'T',True)}", f" Thanks, {c.i(n.split()[0],'P',True)}",
                   f"\n{c.i(n,'P',True)} ({c.i(email_for(n, True),'E',True)})"])
    n = full()
    return ch([f" — {c.i(n.split()[0],'P')}", f" (sent by {c.i(n,'P')}, {c.i(us_phone(),'T')})", f"\n{c.i(n,'P')}",
               f" Thanks, {c.i(n.split()[0],'P')}.", f" -{c.i(n.split()[0],'P')} {c.i(us_phone(),'T')}",
               f" Reply to {c.i(email_for(n),'E')} please.", f"\n-- {c.i(n,'P')}, {c.i(us_phone(),'T')}", f" thx {c.i(n.split()[0].lower(),'P')}"])

def gen_template(i):
    style, fn = T[i % len(T)]
    for _ in range(50):
        c = C(); marked = fn(c)
        if marked.count("[[") <= 2 and R.random() < 0.85:
            marked += sign_off(c, intl="|I]]" in marked and R.random() < 0.6)
        text, ids, keep = parse(marked)
        if check(text, ids, keep) is None and ids: return style, text, ids, keep
    raise RuntimeError(fn.__name__)

def main(n_total=432):
    hand = load_hand()
    rows = []
    for style, body, fname in hand:
        text, ids, keep = parse(body)
        err = check(text, ids, keep)
        if err: raise SystemExit(f"hand error in {fname}: {err}\n{text}")
        rows.append(dict(style=style, text=text, identifiers=ids, keep=keep, source="hand"))
    order = list(range(n_total - len(rows))); R.shuffle(order)
    for j in order:
        style, text, ids, keep = gen_template(j)
        rows.append(dict(style=style, text=text, identifiers=ids, keep=keep, source="template"))
    R.shuffle(rows)
    with open(os.path.join(HERE, "handwritten_dev38.jsonl"), "w", encoding="utf-8") as f:
        for k, r in enumerate(rows):
            o = {"id": f"hd38-{k:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                 "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(rows), "messages;", len(hand), "hand;", len(T), "templates")

if __name__ == "__main__":
    main()
