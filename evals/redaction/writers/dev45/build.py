#!/usr/bin/env python3
"""Build handwritten_dev45.jsonl: hand-written messages (hand/*.txt) first, then template messages.

Hand file format: blocks starting with "=== <style>", message text with inline identifier markup
{{X:value}} (X = P person, L location, T phone, E email, U url, S ssn, M mrn, D dob, A account;
a trailing "i" marks region INTL, default US), and a final line "keep: a | b | c".
"""
import json, random, re, glob, os, string
from faker import Faker

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev45.jsonl")
SEED = 4545
random.seed(SEED)
Faker.seed(SEED)

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
MARK = re.compile(r"\{\{([PLTEUSMDA])([iu]?):(.*?)\}\}", re.S)


def parse_hand():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand", "h*.txt"))):
        raw = open(path, encoding="utf-8").read()
        for block in raw.split("=== ")[1:]:
            lines = block.rstrip("\n").split("\n")
            style = lines[0].strip()
            keep_line = lines[-1]
            assert keep_line.startswith("keep:"), (path, block[:60])
            keep = [k.strip() for k in keep_line[5:].split("|") if k.strip()]
            body = "\n".join(lines[1:-1]).rstrip()
            ids, seen = [], set()
            for m in MARK.finditer(body):
                t, reg, val = m.group(1), m.group(2), m.group(3)
                key = (val, TYPES[t])
                if key not in seen:
                    seen.add(key)
                    ids.append({"text": val, "type": TYPES[t], "region": "INTL" if reg == "i" else "US"})
            text = MARK.sub(lambda m: m.group(3), body)
            msgs.append({"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand"})
    return msgs


# ----------------------------------------------------------------- value generators
fus = Faker("en_US")
LAT = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "tr_TR", "fil_PH", "en_IN", "en_CA"]
NONLAT = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "el_GR"]
FK = {l: Faker(l) for l in LAT + NONLAT + ["vi_VN"]}
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Banks", "Wood", "Fox", "Bell", "Rice",
                 "Lane", "King", "Black", "White", "Green", "Long", "Hunter", "Baker", "Cook", "Frost", "Marsh", "Moon"]
STATES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Albany", "NY", "122"),
          ("Raleigh", "NC", "276"), ("Spokane", "WA", "992"), ("Eugene", "OR", "974"), ("Mobile", "AL", "366"),
          ("Omaha", "NE", "681"), ("Madison", "WI", "537"), ("Macon", "GA", "312"), ("Provo", "UT", "846"),
          ("Erie", "PA", "165"), ("Wichita", "KS", "672"), ("Trenton", "NJ", "086"), ("Fargo", "ND", "581"),
          ("Flint", "MI", "485"), ("Tampa", "FL", "336"), ("Laredo", "TX", "780"), ("Hartford", "CT", "061"),
          ("Billings", "MT", "591"), ("Casper", "WY", "826"), ("Dover", "DE", "199"), ("Biloxi", "MS", "395"),
          ("Stockton", "CA", "952"), ("Pueblo", "CO", "810"), ("Joplin", "MO", "648"), ("Yakima", "WA", "989")]
STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Lakeview", "Hillcrest", "Sunset", "Park", "Washington",
           "Lincoln", "Jefferson", "Highland", "Meadow", "Ridge", "Church", "Mill", "Spring", "Willow", "Cherry", "Birch"]
SUFF = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way", "Pl"]
UNITS = ["Apt 4B", "Apt. 12", "Apt 3", "Suite 210", "Ste 5", "#12", "# 7", "Unit 3C", "Apt. 1A", "Unit 204", "Lot 17"]


def R(*xs):
    return random.choice(xs)


def zip5(pre):
    return pre + "%02d" % random.randint(1, 99)


def us_city():
    return random.choice(STATES)


def name_us():
    return fus.first_name() + " " + fus.last_name()


def name_word():
    return fus.first_name() + " " + random.choice(WORD_SURNAMES)


def name_intl():
    f = FK[random.choice(LAT)]
    return f.first_name() + " " + f.last_name()


def name_nonlatin():
    loc = random.choice(NONLAT)
    f = FK[loc]
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        return f.last_name() + f.first_name() if loc != "ja_JP" else f.last_name() + " " + f.first_name()
    return f.first_name() + " " + f.last_name()


def addr_us(multiline=False, unit=None):
    c, st, pre = us_city()
    num = str(random.randint(2, 9899))
    street = "%s %s %s" % (num, random.choice(STREETS), random.choice(SUFF))
    if unit is None:
        unit = random.random() < 0.45
    if unit:
        street += R(", ", " ") + random.choice(UNITS)
    z = zip5(pre)
    if random.random() < 0.2:
        z += "-%04d" % random.randint(1, 9999)
    if multiline:
        return street + "\n" + "%s, %s %s" % (c, st, z)
    return "%s, %s, %s %s" % (street, c, st, z) if random.random() < 0.8 else "%s %s %s %s" % (street, c, st, z)


def addr_special():
    c, st, pre = us_city()
    k = random.randint(0, 3)
    if k == 0:
        return "%s %d, %s, %s %s" % (R("PO Box", "P.O. Box", "Po Box"), random.randint(10, 9999), c, st, zip5(pre))
    if k == 1:
        return "RR %d Box %d, %s, %s %s" % (random.randint(1, 6), random.randint(1, 300), c, st, zip5(pre))
    if k == 2:
        return "%s %d Box %d, %s %s %s" % (R("PSC", "Unit", "CMR"), random.randint(100, 9999), random.randint(1, 9999),
                                          R("APO", "FPO", "DPO"), R("AE", "AP"), R("09", "96") + "%03d" % random.randint(0, 999))
    return "USNS %s, FPO AA 340%02d" % (R("Comfort", "Mercy", "Supply", "Arctic"), random.randint(1, 99))


def city_st():
    c, st, pre = us_city()
    return R("%s, %s" % (c, st), "%s %s" % (c, st), "%s, %s %s" % (c, st, zip5(pre)))


def city_us():
    return us_city()[0]


INTL_ADDR = ["en_GB", "de_DE", "fr_FR", "pt_BR", "pl_PL", "it_IT", "nl_NL", "ja_JP", "es_ES", "en_IN", "en_CA"]


def addr_intl(multiline=False):
    loc = random.choice(INTL_ADDR + ["mx"])
    if loc == "mx":
        a = "%s %d, Col. %s\n%05d %s, %s" % (R("Av. Reforma", "Calle Hidalgo", "Av. Juárez", "Calle Morelos"),
                                             random.randint(1, 999), R("Centro", "Roma Norte", "Del Valle", "Polanco"),
                                             random.randint(1000, 99999), R("Ciudad de México", "Puebla", "Monterrey"),
                                             R("CDMX", "Pue.", "N.L."))
    else:
        a = FK[loc].address()
    a = a.strip()
    if not multiline:
        a = a.replace("\n", ", ")
    return a


def city_intl():
    return R(FK[random.choice(LAT)].city(), "London", "Manchester", "Lyon", "Hamburg", "Guadalajara", "Porto Alegre",
             "Osaka", "Mumbai", "Toronto", "Kraków", "Rotterdam", "Napoli", "Sevilla", "Cebu City", "Ankara")


def city_nonlatin():
    return R("東京", "大阪市", "北京市", "上海", "서울", "부산", "Москва", "Казань", "القاهرة", "جدة", "मुंबई", "दिल्ली", "Αθήνα")


def d(n):
    return "".join(random.choice(string.digits) for _ in range(n))


def area():
    return str(random.randint(2, 9)) + d(1) + str(random.randint(0, 8))


def ph_us():
    a, e, l = area(), R("555", str(random.randint(200, 999))), d(4)
    f = random.randint(0, 8)
    return ["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l), a + e + l,
            "+1 %s %s %s" % (a, e, l), "1-%s-%s-%s" % (a, e, l), "001-%s-%s-%s" % (a, e, l),
            "+1 (%s) %s-%s" % (a, e, l), "%s %s %s" % (a, e, l)][f]


def ph_us_ext():
    return ph_us() + R(" x", " ext. ", " ext ", " extension ", " x") + str(random.randint(1, 9999))


def ph_vanity():
    return "1-%s-%s" % (R("800", "888", "877", "866"), R("FLOWERS", "MY-NURSE", "GO-RIDES", "CARE-NOW", "PET-SITS", "CALL-ROB"))


def ph_intl():
    k = random.randint(0, 11)
    return [lambda: "+44 20 %s %s" % (d(4), d(4)), lambda: "0%s %s %s" % (R("20", "161", "113"), d(3 if random.random() < .5 else 4), d(4)),
            lambda: "+44 7%s %s" % (d(3), d(6)), lambda: "+49 %s %s" % (R("30", "89", "40", "221"), d(7)),
            lambda: "+33 %d %s %s %s %s" % (random.randint(1, 7), d(2), d(2), d(2), d(2)),
            lambda: "+52 %s %s %s" % (R("55", "33", "81"), d(4), d(4)), lambda: "+91 %s %s" % (R("98", "97", "99") + d(3), d(5)),
            lambda: "+81 %s-%s-%s" % (R("3", "6", "90"), d(4), d(4)), lambda: "+55 11 9%s-%s" % (d(4), d(4)),
            lambda: "+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)), lambda: "+39 3%s %s %s" % (d(2), d(3), d(4)),
            lambda: "+86 1%s %s %s" % (d(2), d(4), d(4))][k]()


def email_for(name=None, intl=False):
    if name and random.random() < 0.7:
        parts = re.sub(r"[^A-Za-z ]", "", name).lower().split()
        if len(parts) >= 2:
            user = R(parts[0] + "." + parts[-1], parts[0][0] + parts[-1], parts[0] + parts[-1] + d(2), parts[-1] + "_" + parts[0])
            dom = R("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com") if not intl else \
                R("web.de", "orange.fr", "gmail.com", "libero.it", "yahoo.co.uk", "uol.com.br", "wp.pl", "hotmail.es")
            return user + "@" + dom
    return (FK[random.choice(LAT)] if intl else fus).free_email()


def url_for(name=None):
    if not name:
        name = name_us()
    parts = re.sub(r"[^A-Za-z ]", "", name).lower().split() or ["jo", "doe"]
    a, b = parts[0], parts[-1]
    return R("https://www.%s%s.com" % (a, b), "www.%s-%s.net" % (a, b), "linkedin.com/in/%s-%s-%s" % (a, b, d(3)),
             "https://www.gofundme.com/f/help-%s-%s" % (a, b), "https://www.caringbridge.org/visit/%s%s" % (a, b),
             "facebook.com/%s.%s.%s" % (a, b, d(2)), "https://%s%s.blog" % (a, b), "http://%s.%s.me/about" % (a, b))


def ssn():
    a = random.randint(1, 665)
    a = a if a != 0 else 7
    g, s = random.randint(1, 99), random.randint(1, 9999)
    return R("%03d-%02d-%04d" % (a, g, s), "%03d%02d%04d" % (a, g, s), "%03d %02d %04d" % (a, g, s), "%03d-%02d-%04d" % (a, g, s))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    s = str(random.randint(1, 9)) + random.choice(L) + random.choice(L + "0123456789") + d(1) + "-" + random.choice(L) + \
        random.choice(L + "0123456789") + d(1) + "-" + random.choice(L) + random.choice(L) + d(2)
    return s if random.random() < 0.6 else s.replace("-", "")


def mrn():
    return R(d(8), d(7), "%s-%s" % (d(3), d(6)), "MR" + d(7), R("W", "XH", "ZQ", "J") + d(9), "%s%s" % (R("A", "B", "K", "H"), d(8)),
             "%s-%s-%s" % (d(2), d(3), d(3)), R("CA", "TX", "NY") + d(10))


def dob():
    dt = fus.date_of_birth(minimum_age=1, maximum_age=98)
    return R(dt.strftime("%m/%d/%Y"), dt.strftime("%-m/%-d/%Y"), dt.strftime("%Y-%m-%d"), dt.strftime("%B %-d, %Y"),
             dt.strftime("%b %-d %Y"), dt.strftime("%-m-%-d-%y"), dt.strftime("%m.%d.%Y"), dt.strftime("%-d %B %Y"))


def dob_intl():
    dt = fus.date_of_birth(minimum_age=1, maximum_age=98)
    return R(dt.strftime("%d/%m/%Y"), dt.strftime("%d.%m.%Y"), dt.strftime("%-d %b %Y"), dt.strftime("%Y年%-m月%-d日"),
             dt.strftime("%d-%m-%Y"))


def iban():
    i = FK[R("de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT", "pl_PL")].iban()
    k = random.randint(0, 3)
    if k == 0:
        return " ".join(i[j:j + 4] for j in range(0, len(i), 4))
    if k == 1:
        return i.lower()
    return i


def card():
    c = fus.credit_card_number(card_type=R("visa16", "mastercard", "amex", "discover", "visa16"))
    k = random.randint(0, 2)
    if k == 0 and len(c) == 16:
        return " ".join(c[j:j + 4] for j in range(0, 16, 4))
    if k == 1 and len(c) == 16:
        return "-".join(c[j:j + 4] for j in range(0, 16, 4))
    return c


def routing():
    while True:
        x = [int(c) for c in R("0", "1", "2", "3") + d(7)]
        for c9 in range(10):
            y = x + [c9]
            if (3 * (y[0] + y[3] + y[6]) + 7 * (y[1] + y[4] + y[7]) + (y[2] + y[5] + y[8])) % 10 == 0:
                return "".join(map(str, y))


def acct():
    return d(random.randint(8, 12))


# generator name -> (function, type, region)
G = {
    "name": (name_us, "PERSON", "US"), "first": (fus.first_name, "PERSON", "US"), "last": (fus.last_name, "PERSON", "US"),
    "wname": (name_word, "PERSON", "US"), "wlast": (lambda: random.choice(WORD_SURNAMES), "PERSON", "US"),
    "iname": (name_intl, "PERSON", "INTL"), "ifirst": (lambda: FK[random.choice(LAT)].first_name(), "PERSON", "INTL"),
    "nlname": (name_nonlatin, "PERSON", "INTL"),
    "zhname": (lambda: FK["zh_CN"].last_name() + FK["zh_CN"].first_name(), "PERSON", "INTL"),
    "addr": (addr_us, "LOCATION", "US"), "addrml": (lambda: addr_us(True), "LOCATION", "US"),
    "addru": (lambda: addr_us(False, True), "LOCATION", "US"), "addrs": (addr_special, "LOCATION", "US"),
    "cityst": (city_st, "LOCATION", "US"), "city": (city_us, "LOCATION", "US"),
    "iaddr": (addr_intl, "LOCATION", "INTL"), "iaddrml": (lambda: addr_intl(True), "LOCATION", "INTL"),
    "icity": (city_intl, "LOCATION", "INTL"), "nlcity": (city_nonlatin, "LOCATION", "INTL"),
    "ph": (ph_us, "PHONE_NUMBER", "US"), "phx": (ph_us_ext, "PHONE_NUMBER", "US"), "phv": (ph_vanity, "PHONE_NUMBER", "US"),
    "iph": (ph_intl, "PHONE_NUMBER", "INTL"),
    "email": (email_for, "EMAIL_ADDRESS", "US"), "iemail": (lambda: email_for(None, True), "EMAIL_ADDRESS", "INTL"),
    "url": (url_for, "URL", "US"), "iurl": (lambda: url_for(name_intl()), "URL", "INTL"), "ssn": (ssn, "US_SSN", "US"),
    "mrn": (mrn, "MEDICAL_RECORD_NUMBER", "US"), "mbi": (mbi, "MEDICAL_RECORD_NUMBER", "US"),
    "dob": (dob, "DATE_OF_BIRTH", "US"), "idob": (dob_intl, "DATE_OF_BIRTH", "INTL"),
    "iban": (iban, "ACCOUNT_NUMBER", "INTL"), "card": (card, "ACCOUNT_NUMBER", "US"),
    "routing": (routing, "ACCOUNT_NUMBER", "US"), "acct": (acct, "ACCOUNT_NUMBER", "US"),
}

KEEP = {
    "drug": ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
             "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "Xarelto", "insulin glargine",
             "donepezil", "prednisone", "albuterol", "Ozempic", "Jardiance", "omeprazole", "tramadol", "furosemide",
             "Synthroid", "Plavix", "hydrochlorothiazide", "magnesium", "vitamin B12", "fish oil", "buprenorphine",
             "Seroquel", "carvedilol", "Entresto", "losartan", "tamsulosin", "Humira", "aspirin 81", "Tylenol"],
    "cond": ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
             "type 2 diabetes", "heart failure", "CKD stage 3", "hypertension", "dementia", "sleep apnea", "asthma",
             "depression", "osteoporosis", "shingles", "gout", "neuropathy", "sepsis", "pneumonia", "UTI", "psoriasis"],
    "lab": ["Hemoglobin A1c", "INR", "TSH", "BMP", "CBC", "lipid panel", "eGFR", "potassium", "troponin", "PSA", "vitamin D level"],
    "body": ["left knee", "lower back", "right hip", "ankles", "chest", "kidneys", "liver", "shoulder", "feet", "stomach"],
    "month": ["January", "February", "March", "April", "August", "September", "October", "November", "December"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "org": ["Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "CVS", "Medicaid", "Cleveland Clinic", "Rite Aid", "Aetna",
            "Humana", "Blue Cross", "the VA"],
    "pharm": ["Walgreens", "CVS", "Rite Aid", "Costco", "Kroger", "Walmart", "Publix", "H-E-B"],
    "help": ["988", "1-800-222-1222", "1-800-273-8255", "211"],
}
FIXED_KEEP_RE = re.compile(r"<(\w+|=[^>]+)>")
SLOT_RE = re.compile(r"\{(\w+)(?:#(\w+))?\}")


def render(tpl, transform=None):
    """tpl: string with {gen} / {gen#tag} slots and <pool> / <=literal> keep markers."""
    tr = transform or (lambda s: s)
    out, ids, keep, cache = [], [], [], {}
    inserted = {}
    pos = 0
    token_re = re.compile(r"\{(\w+)(?:#(\w+))?\}|<(\w+|=[^>]+)>")
    for m in token_re.finditer(tpl):
        out.append(tr(tpl[pos:m.start()]))
        pos = m.end()
        if m.group(1):
            gen, tag = m.group(1), m.group(2)
            key = (gen, tag)
            if tag and key in cache:
                val, typ, reg = cache[key]
            else:
                fn, typ, reg = G[gen]
                val = tr(fn())
                if tag:
                    cache[key] = (val, typ, reg)
            out.append(val)
            inserted[val] = inserted.get(val, 0) + 1
            if not any(i["text"] == val for i in ids):
                ids.append({"text": val, "type": typ, "region": reg})
        else:
            k = m.group(3)
            w = k[1:] if k.startswith("=") else random.choice(KEEP[k])
            w = tr(w)
            out.append(w)
            if w not in keep:
                keep.append(w)
    out.append(tr(tpl[pos:]))
    text = "".join(out)
    for v, c in inserted.items():
        if text.count(v) != c:
            return None
    return text, ids, keep


# ----------------------------------------------------------------- templates (style, template)
T = []


def t(style, *tpls):
    for x in tpls:
        T.append((style, x))


t("run_on",
  "so {first#a} called me from the pharmacy and said <pharm> won't fill the <drug> until the doctor calls back and she's already out, she lives at {addr} and her cell is {ph}, can someone please call her before <day>",
  "my <=mom> {name#a} had a bad night again with the <cond> and I'm trying to figure out if we should take her in, she's at {addr}, you can reach me at {ph} or {email}",
  "ok long story but <=Dad> moved in with my brother {first} in {cityst} and his new address is {addru} and he still needs his <drug> mailed, his <org> id is {mbi} and his DOB is {dob}",
  "we were told to send the <lab> results to {email} which is my husband {name}'s email because I don't check mine, he's the one who handles <=Grandpa>'s appointments since <month>",
  "I'm writing because my aunt {name} was born {dob} and the chart has it wrong and now <org> keeps rejecting her claims for <drug>, her member number is {mrn} and her phone is {phx}",
  "hi so the nurse {first} said to message here, my daughter {first#d} has <cond> and was started on <drug> on <day> and tonight she has a fever, we're at {addr}, {ph}",
  "my neighbor {wname} asked me to write because her hands shake too much, she has <cond> and takes <drug>, she wants someone to call her at {ph} but not before 10 because she sleeps late, she's at {addrs}",
  "I don't know if this is the right place but my son {name} is serving overseas and his mailing address is {addrs} and he wants copies of his <lab> results sent there, his SSN is {ssn}",
)
t("lower_case",
  "hi its {first} again, <=mom>'s <drug> refill still isnt at <pharm>. her dob is {dob}. call me {ph}",
  "{name} here, moving to {addr} next week, please update. still on <drug> for <cond>",
  "can {first} pick up my <drug>? i'm stuck at work. my number is {ph} and i'm {name}",
  "my <=grandpa> {first} has <cond>, his <lab> came back weird. email me at {email} pls",
  "this is {name}, ssn {ssn}, i need my records for <=disability>. i have <cond>",
  "<=dad>'s mrn is {mrn} and his doc is dr. {wlast}. he takes <drug> and <drug>",
  "{first} and {first#b} will switch off staying with <=nana> this week. she lives {addr}. <cond> is worse",
  "hey can you send the bill to {addrs} instead, thats my po box. {name}, {ph}",
)
t("all_caps",
  "THIS IS {name} CALLING ABOUT MY <drug>. MY NUMBER IS {ph}. I LIVE AT {addr}.",
  "PLEASE CALL MY DAUGHTER {first} AT {ph}. SHE HANDLES MY <cond> MEDS. MY BIRTHDAY IS {dob}.",
  "{name} NEEDS <drug> REFILL SENT TO <pharm>. MEMBER ID {mrn}. THANK YOU",
  "MY ADDRESS CHANGED TO {addrml}. MY <drug> IS RUNNING LOW. {ph}",
  "TELL DR {wlast} THAT {first} HAD <cond> ATTACK ON <day>. CALL {ph}",
  "I AM {name} DOB {dob} SSN {ssn}. I NEED TO KNOW ABOUT MY <lab> RESULTS",
)
t("speaker_label",
  "{first#a}: did <=mom> take the <drug>?\n{first#b}: yes at 8\n{first#a}: ok her <lab> is <day>, I'll drive. my cell {ph}",
  "<=Daughter> {first#a}: <=Dad>'s <cond> is acting up\n<=Son> {first#b}: call Dr. {wlast} at {ph}\n<=Daughter> {first#a}: ok",
  "Nurse {first#n}: what's her address for the home visit?\n{first#a}: {addr}\nNurse {first#n}: and best number?\n{first#a}: {ph}",
  "<=Grandma> {first#g}: my <body> hurts\n{first#a}: did you take the <drug>\n<=Grandma> {first#g}: no, tell {first#c} at {ph}",
  "{name#a}: sending <=Uncle> {first}'s insurance now, member {mrn}\n{name#b}: and his DOB?\n{name#a}: {dob}",
  "<=Wife> {first#w}: he fell again\n<=Nurse> {first#n}: is he on <drug>?\n<=Wife> {first#w}: yes. we're at {addru}",
  "{first#a}: my new email is {email}\n{first#b}: got it. <=Mom>'s <lab> is back\n{first#a}: <drug> dose change?",
)
t("list",
  "Care contacts for {name}:\n- {first} (son) {ph}\n- {first} (daughter) {ph}\n- Dr. {wlast} {phx}\n- Poison Control <=1-800-222-1222>",
  "Meds for {name}:\n1. <drug>\n2. <drug>\n3. <drug>\nPharmacy: <org>, {cityst}\nDOB {dob}",
  "Schedule this week ({first}'s <cond>):\n<day> - {first}\n<day> - {wname}\n<day> - {first}\nbackup: {ph}",
  "To do:\n* fax <lab> to Dr. {wlast}\n* update address to {addr}\n* call {ph} about <drug>\n* ask about <cond>",
  "Documents for {name}:\n- SSN {ssn}\n- <org> {mbi}\n- birthdate {dob}\n- bank acct {acct}, routing {routing}",
  "Family emails:\n{first} - {email}\n{first} - {email}\n{first} - {email}\nre: <=Mom>'s <cond>",
  "Visitors allowed at <org> for {name}: {first}, {first} and {wlast} family. Room phone {phx}",
)
t("signature",
  "Thank you for helping with <=Dad>'s <drug> dosing.\n\n{name}\n{addrml}\n{ph}\n{email}",
  "Will bring the <lab> printout on <day>.\n--\n{name}\n{phx} | {url}",
  "Sorry for the delay, <=Mom>'s <cond> has been rough.\nBest,\n{name}\n{url}\nSent from my phone {ph}",
  "I've attached the form. Please confirm the <drug> change.\n\nRegards,\n{name}, RN\n{email}\n{phx}\n{url}",
  "thx, we'll see Dr. {wlast} <day>.\n- {first}\n{ph} · {url}",
  "Please note {first}'s <cond> history when you call.\n\nWarm regards,\n{name}\n{addrs}\n{email}",
)
t("form",
  "Patient Name: {name}\nDOB: {dob}\nSSN: {ssn}\nAddress: {addr}\nPhone: {ph}\nEmail: {email}\nDiagnosis: <cond>",
  "Member: {name}\nMember ID: {mrn}\nMedicare MBI: {mbi}\nPCP: Dr. {wlast}\nRx: <drug>",
  "Payment form\nName on card: {name}\nCard number: {card}\nBilling address: {addrml}\nFor: <lab> visit",
  "Direct deposit\nAccount holder: {name}\nRouting number: {routing}\nAccount number: {acct}\nPhone: {ph}",
  "Emergency info\nName: {name}\nBorn: {dob}\nAllergies: <drug>\nConditions: <cond>\nContact: {first} {ph}",
  "Referral\nPatient: {name}  MRN: {mrn}\nTo: <org>\nReason: <cond>, <lab> abnormal\nPt phone: {phx}",
  "Authorization to release\nPatient: {name}, DOB {dob}\nRelease to: {name} at {addrs}\nEmail: {email}",
  "Visa: {card}\nExp 04/28\nCardholder: {name}\nCity: {cityst}\nPurpose: <drug> copay",
)
t("clinician_note",
  "Pt {name}, MRN {mrn}, DOB {dob}. <cond>. On <drug>. <lab> pending. F/u 2 wk.",
  "{last}, {first} - <cond>, <drug> dose adjusted. Called pt {ph}, no answer.",
  "HV at {addr}. Pt {name} stable. <body> edema 1+. Cont <drug>.",
  "Spoke w/ daughter {first} ({ph}) re: pt {name}. <cond> worse, <lab> ordered.",
  "Tele f/u: {name}, {dob}. Reports SE from <drug>. Plan: switch. Portal msg to {email}.",
  "Pt {first} {wlast} seen in clinic. <cond>. Medicaid id {mrn}. SW referral.",
  "D/c summary {name} (MRN {mrn}): <cond>, tx w/ <drug>. PCP Dr. {wlast} {phx}.",
  "ED note: {name}, {dob}, presents w/ <body> pain. Hx <cond>. Emergency contact {first} {ph}.",
)
t("general_text",
  "Hi, please update my mailing address to {addr}. Old one was {addr}. Thanks, {name}",
  "I'd like a refund to my card {card}, name {name}. It was a double charge on <month> 3.",
  "Can you send the invoice to {email} instead? This is {name}. Phone {ph}.",
  "Please stop calling {ph}, that number is now {name}'s. My new number is {ph}.",
  "We are paying by transfer: routing {routing}, account {acct}. Ref: {name}.",
  "Our neighborhood <=Morning Walk Group> meets <day> at 7. Questions: {name}, {ph}, {email}",
  "Fundraiser page for {name}'s treatment: {url}. Thank you all!",
  "My son {first} will be my proxy. His address is {addrs} and phone {phx}.",
)
t("forwarded",
  "---------- Forwarded message ---------\nFrom: {name#a} <{email}>\nSubject: <=Mom>'s <drug>\n\nShe needs the refill by <day>. Call {ph}.",
  "Fwd text from {first}: \"<=dad> is at {addr}, he forgot his <drug>, his phone is {ph}\"",
  "> On <day>, {name} wrote:\n> MRN is {mrn}, DOB {dob}. Allergic to <drug>.\nForwarding to the team.",
  "Begin forwarded message:\nFrom: {name} ({ph})\n\"the <lab> came back, <cond> is confirmed. email me at {email}\"",
  "fw from my sister {first}: her new address {addrml}\nshe still takes <drug>",
)
t("typos",
  "helo its {first} my moms <drug> isnt workin, she has <cond>, were at {addr} pls call {ph}",
  "sory for typos im on my phone. {name} dob {dob} needs <drug> refil",
  "can sombody call {first} at {ph}?? his <body> is swolen and hes on <drug>",
  "my husbnd {name} ssn {ssn} the insurence wants it for the <drug> aproval",
  "im {first} {wlast}, new adress {addru}, my <cond> meds go ther now thx",
  "pls emial the <lab> to {email} thnks, {first}",
)
t("international",
  "Hi, my mother {iname} lives at {iaddr}. Her phone is {iph}. She takes <drug>.",
  "Please refund to IBAN {iban}, account name {iname}. This was for my father's <lab>.",
  "My cousin {nlname} in {nlcity} has <cond>; call him at {iph}.",
  "From abroad: {iname}, {iaddrml}\nTel {iph}\nEmail {iemail}\nMeds: <drug>",
  "My grandmother {nlname} ({iname}) visits us in {city} next month. Home: {icity}. Her number {iph}.",
  "Bank details for the caregiver payment: {iname}, iban {iban}. Contact {iemail}, {iph}.",
  "{iname} writing from {icity}: my dad {name} in {cityst} needs his <drug>. Call me on {iph}.",
  "Patient {iname}, born {idob}, address {iaddr}, has <cond>. Please send records to {iemail}.",
  "{nlname} / {iname} — {nlcity}. Phone {iph}. <cond>, on <drug>.",
  "My brother {iname} can pay by IBAN {iban} or card {card}. He is in {icity}, {iph}.",
)

# more templates: URLs, SSNs, accounts, and international voices in every style
t("general_text",
  "Updates on {name}'s <cond> are posted at {url} - please don't share outside the family.",
  "Please add {url} to my profile as my caregiver website. I'm {name}, {ph}.",
  "My IBAN for the refund is {iban} (I moved to {icity}). Name {iname}.",
  "Please use routing {routing} and checking {acct} for the <org> reimbursement. Account holder {name}, SSN {ssn}.",
)
t("signature",
  "Merci for the update on maman's <drug>.\n{iname}\n{iaddrml}\n{iph}\n{iurl}",
  "Cheers,\n{iname}\n{iph} | {iemail}\n(about my uncle's <cond>)",
  "Kind regards,\n{iname}\n{iurl}\nre: <=Mum>'s <lab>",
)
t("speaker_label",
  "{ifirst#a}: <=Mama> needs her <drug> from the pharmacy in {icity}\n{ifirst#b}: I'll call them, {iph}\n{ifirst#a}: thanks",
  "<=Son> {ifirst#s}: Baba's <lab> came back high\n<=Daughter> {ifirst#d}: send it to {iemail}",
  "{zhname}: 我妈妈的 <=metformin> 吃完了\n{first}: translating - her <=mom> ran out of <=metformin>, she's at {addr}",
)
t("form",
  "International patient form\nName: {iname}\nDate of birth: {idob}\nAddress: {iaddrml}\nPhone: {iph}\nEmail: {iemail}\nCondition: <cond>",
  "Refund request\nName: {iname}\nIBAN: {iban}\nCountry address: {iaddr}\nReason: <lab> billed twice",
  "Guarantor\nName: {name}\nSSN: {ssn}\nCredit card: {card}\nAddress: {addru}",
  "Overseas contact\nName: {nlname}\nCity: {nlcity}\nMobile: {iph}\nRelationship: <=mother>",
)
t("clinician_note",
  "Pt {iname}, visiting from {icity}, DOB {idob}. <cond>. Local contact {iph}. Records requested from home GP.",
  "Interpreter used. Pt {nlname} ({iname}), MRN {mrn}. <drug> started. Son in {icity}, {iph}.",
  "Social hx: pt {name} sends money to mother {iname} in {icity}; financial stress, on <drug> for <cond>.",
)
t("lower_case",
  "my sister {ifirst} in {icity} says her doctor gave her <drug> too, her number {iph}",
  "hi its {first}, grandma's page is {url} if the nurses want updates. she has <cond>",
  "ssn for dad is {ssn} and mom is {ssn}. the <org> lady asked",
)
t("list",
  "Overseas family:\n- {iname}, {icity}, {iph}\n- {nlname}, {nlcity}, {iph}\n- {iname}, {iemail}\nre: <=Dad>'s <cond>",
  "Links:\n- {url} (blog)\n- {url} (fundraiser)\nfor {name}'s <cond> treatment",
  "Cards on file:\n- visa {card}\n- mastercard {card}\n- iban {iban}\nfor {name}'s <drug> copays",
)
t("forwarded",
  "Fwd from {iname}: \"papa is at {iaddr}, he needs the <drug>, call {iph}\"",
  "---------- Forwarded message ---------\nFrom: {iname} <{iemail}>\nTo: {email}\n<=Mum>'s <lab> results attached. Her birthday is {idob}.",
)
t("run_on",
  "my mom {iname} flies in from {icity} on <day> and she has <cond> and only brought a week of <drug>, her phone here won't work so use mine {ph}, her home number is {iph}, and her address there is {iaddr}",
  "we set up a page at {url} for {first} because the <cond> treatment is so expensive and a lot of people asked, the account for donations is routing {routing} acct {acct}",
)
t("all_caps",
  "MY SON {iname} IN {icity} HAS MY POWER OF ATTORNEY. HIS NUMBER {iph}. I TAKE <drug>.",
  "SEND MY <lab> TO {email} AND MY SSN IS {ssn}. I AM {name}.",
)
t("international",
  "Hola, soy {iname}. Mi padre vive en {iaddr}. Toma <drug>. Tel {iph}.",
  "Bonjour, je suis {iname}, ma mère habite {iaddr}. Téléphone {iph}. Elle a <cond>.",
  "Guten Tag, {iname} hier. Adresse: {iaddr}. IBAN {iban}. Telefon {iph}.",
  "{nlname} ({nlcity}) — please call her daughter {iname} on {iph} about <drug>.",
  "My aunt {iname}'s blog {iurl} has her <cond> diary; her email {iemail}.",
  "Dad ({iname}), born {idob}, lives at {iaddrml}. Mobile {iph}. On <drug>.",
  "Transfer from {iname}, IBAN {iban}, for {name}'s <lab> in {cityst}.",
  "Hi, {iname} here in {icity}. Mum's number is {iph} and mine is {iph}. She has <cond>.",
)
STYLES_T = sorted(set(s for s, _ in T))

TRANSFORMS = {"lower_case": str.lower, "all_caps": str.upper}


def msg_ok(m):
    from validate import check_message
    return not check_message(m)


def build_templates(n):
    # cycle through templates so every template is used, random order
    order = list(range(len(T)))
    msgs = []
    i = 0
    while len(msgs) < n:
        if i % len(order) == 0:
            random.shuffle(order)
        style, tpl = T[order[i % len(order)]]
        i += 1
        for _ in range(50):
            r = render(tpl, TRANSFORMS.get(style))
            if r is None:
                continue
            text, ids, keep = r
            m = {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}
            if msg_ok(m):
                msgs.append(m)
                break
    return msgs


def main(n_templates=230):
    import sys
    sys.path.insert(0, HERE)
    hand = parse_hand()
    tmpl = build_templates(n_templates)
    allm = hand + tmpl
    with open(OUT, "w", encoding="utf-8") as f:
        for k, m in enumerate(allm):
            rec = {"id": "hd45-%03d" % k, "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(allm), "messages (%d hand, %d template) to %s" % (len(hand), len(tmpl), OUT))


if __name__ == "__main__":
    main()
