"""Build handwritten_dev40.jsonl: hand-written messages (hand/*.txt) + own templates filled with Faker values.
Markup used by both: [[text|TYPE|REGION]] = identifier, {{word}} = keep word."""
import json, random, re, glob, os
from faker import Faker
import ibanlib as L

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(40)
Faker.seed(40)
TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL", "S": "US_SSN",
         "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}
REG = {"U": "US", "I": "INTL"}
MARK = re.compile(r"\[\[(.+?)\|([PLTESUMDA])\|([UI])\]\]|\{\{(.+?)\}\}", re.S)

def parse(marked):
    out, ids, keep, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        if m.group(1) is not None:
            t = m.group(1); out.append(t)
            rec = {"text": t, "type": TYPES[m.group(2)], "region": REG[m.group(3)]}
            if rec not in ids: ids.append(rec)
        else:
            t = m.group(4); out.append(t)
            if t not in keep: keep.append(t)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), ids, keep

def read_hand():
    msgs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "hand", "hand_*.txt"))):
        blocks = re.split(r"^### ", open(fn, encoding="utf-8").read(), flags=re.M)[1:]
        for b in blocks:
            style, _, body = b.partition("\n")
            text, ids, keep = parse(body.strip("\n").rstrip())
            msgs.append({"style": style.strip(), "text": text, "identifiers": ids, "keep": keep, "source": "hand"})
    return msgs

# ---------------------------------------------------------------- value generators
F = {l: Faker(l) for l in ["en_US", "en_GB", "en_CA", "fr_CA", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "es_MX",
                           "pt_BR", "ja_JP", "en_IN", "hi_IN", "ko_KR", "zh_CN", "tr_TR", "ar_SA", "ru_RU", "el_GR", "th_TH", "vi_VN"]}
for i, f in enumerate(F.values()): f.seed_instance(4000 + i)
US = F["en_US"]
def d(n): return "".join(R.choice("0123456789") for _ in range(n))
def nz(n): return R.choice("123456789") + d(n - 1)

ENGLISH_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Fox", "King", "Bell", "Stone", "Lane", "Grant", "Hunt", "May" if False else "Gray"]
def us_name():
    r = R.random()
    if r < 0.2: return US.first_name() + " " + R.choice(ENGLISH_SURNAMES)
    if r < 0.3: return US.first_name() + " " + US.first_name()[0] + ". " + US.last_name()
    return US.name().replace("Dr. ", "").replace("Mr. ", "").replace("Mrs. ", "").replace("Ms. ", "").split(" MD")[0].split(" DDS")[0].split(" PhD")[0].split(" DVM")[0].split(" Jr.")[0].split(" II")[0].split(" IV")[0]
def us_first(): return US.first_name()
def us_last(): return R.choice(ENGLISH_SURNAMES) if R.random() < 0.3 else US.last_name()
def unit():
    return R.choice(["", "", f" Apt {R.randint(1,40)}{R.choice('ABCDEF')}", f" Apt. {R.randint(1,9)}{R.choice('ABCD')}", f", Suite {R.randint(100,990)}", f" #{R.randint(1,60)}", f" Unit {R.randint(1,30)}"])
def zip_us(): return US.zipcode_plus4() if R.random() < 0.2 else US.zipcode()
def us_street(): return f"{US.building_number()} {US.street_name()}{unit()}"
def us_addr(): return f"{us_street()}, {US.city()}, {US.state_abbr(include_territories=False)} {zip_us()}"
def us_addr_ml(): return f"{us_street()}\n{US.city()}, {US.state_abbr(include_territories=False)} {zip_us()}"
def us_csz(): return f"{US.city()}, {US.state_abbr(include_territories=False)} {US.zipcode()}"
def us_cityst(): return R.choice([f"{US.city()}, {US.state_abbr(include_territories=False)}", f"{US.city()}, {US.state()}"])
def us_city(): return US.city()
def us_pobox(): return R.choice([f"PO Box {R.randint(1,9999)}, {us_csz()}", f"P.O. Box {R.randint(1,999)}\n{us_csz()}"])
def us_mil():
    return R.choice([f"PSC {R.randint(1000,9999)}, Box {R.randint(1,9999)}, APO AE {R.choice(['09','09'])}{d(3)}",
                     f"Unit {R.randint(1000,9999)} Box {R.randint(1,9999)}, DPO AP 96{d(3)}",
                     f"CMR {R.randint(100,999)} Box {R.randint(1,9999)}, APO AE 09{d(3)}",
                     f"USS {R.choice(['Nimitz','Ronald Reagan','Truman'])}, FPO AP 96{d(3)}"])
def us_rr(): return f"RR {R.randint(1,9)} Box {R.randint(1,400)}{R.choice(['', '', 'A'])}, {US.city()}, {US.state_abbr(include_territories=False)} {US.zipcode()}"
def us_phone():
    a, b, c = nz(3).replace("1", "2", 1) if False else R.choice(["201","212","213","303","312","404","415","503","602","614","617","702","713","718","773","808","817","901","916","971"]), "555", "01" + d(2)
    return R.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
                     f"001-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", f"+1-{a}-{b}-{c}"])
def us_phone_ext(): return us_phone() + R.choice([f" x{d(4)}", f" ext. {d(2)}", f" extension {R.randint(1,9)}", f" ext {d(3)}", f" x{d(2)}"])
def c_url(cc):
    base = F["ja_JP"].romanized_name() if cc == "JP" else (US.name() if cc in ("KR", "CN", "IN") else c_name(cc))
    parts = [ascii_(p) for p in base.split() if ascii_(p)] or ["user" + d(3)]
    return R.choice([f"https://www.xing.com/profile/{'_'.join(p.capitalize() for p in parts)}", f"https://blog.naver.com/{parts[-1]}{d(2)}",
                     f"https://www.instagram.com/{'.'.join(parts)}", f"https://vk.com/{'_'.join(parts)}", f"https://{'-'.join(parts)}.blogspot.com",
                     f"https://www.facebook.com/{'.'.join(parts)}.{d(2)}"])
def ascii_(s): return re.sub(r"[^a-z]", "", s.lower())
def us_email(name=None):
    n = name or US.name()
    parts = [ascii_(p) for p in n.split() if ascii_(p)] or ["mail"]
    user = R.choice([".".join(parts), parts[0] + d(2), parts[0][0] + parts[-1], parts[-1] + "." + parts[0][0] + d(2)])
    return user + "@" + R.choice(["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "att.net"])
def us_url(name=None):
    parts = [ascii_(p) for p in (name or US.name()).split() if ascii_(p)]
    slug = "-".join(parts)
    return R.choice([f"https://www.{''.join(parts)}.com", f"https://{slug}.wordpress.com/about", f"www.facebook.com/{'.'.join(parts)}",
                     f"https://www.gofundme.com/f/help-{slug}-recover", f"https://caringbridge.org/visit/{''.join(parts)}", f"linkedin.com/in/{slug}-{d(3)}",
                     f"http://{parts[0]}{parts[-1]}.net/family-photos"])
def ssn():
    a, b, c = f"{R.randint(100,665):03d}", f"{R.randint(10,99):02d}", f"{R.randint(1000,9999)}"
    return R.choice([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}", f"{a}-{b}-{c}"])
def mrn():
    return R.choice([d(8), "00" + d(6), f"MRN{d(7)}", f"{R.choice(['KP','UH','CH','MG'])}-{d(8)}", f"{d(3)}-{d(3)}-{d(3)}", f"A{d(9)}", f"{d(2)}-{d(5)}"])
def member_id(): return R.choice([f"{R.choice(['XHP','W','JQH','ZGP','MBR'])}{d(9)}", f"{R.choice(['AB','KY','NY','OH'])}{d(8)}"])
def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    s = f"{R.randint(1,9)}{R.choice(L_)}{R.choice(L_+'0123456789')}{d(1)}{R.choice(L_)}{R.choice(L_+'0123456789')}{d(1)}{R.choice(L_)}{R.choice(L_)}{d(2)}"
    return s if R.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def dob_us():
    y, m, dd = R.randint(1925, 1995), R.randint(1, 12), R.randint(1, 28)
    return R.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{m}/{dd}/{str(y)[2:]}", f"{MONTHS[m-1]} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}",
                     f"{MONTHS[m-1][:3]} {dd} {y}", f"{m:02d}-{dd:02d}-{y}"])
FR_M = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
DE_M = ["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"]
def dob_intl(cc="GB"):
    y, m, dd = R.randint(1925, 1995), R.randint(1, 12), R.randint(1, 28)
    if cc in ("JP", "CN"): return R.choice([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}"])
    if cc == "KR": return R.choice([f"{y}.{m:02d}.{dd:02d}", f"{y}년 {m}월 {dd}일"])
    if cc == "FR": return R.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} {FR_M[m-1]} {y}"])
    if cc == "DE": return R.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}. {DE_M[m-1]} {y}"])
    return R.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}-{m:02d}-{y}", f"{dd} {MONTHS[m-1]} {y}"])
def card():
    p = R.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("4", 16)])
    n = L.luhn_complete(p[0], p[1], R) if R.random() < 0.8 else nz(16)
    if len(n) == 16 and R.random() < 0.5: n = R.choice([" ", "-"]).join(n[i:i+4] for i in range(0, 16, 4))
    return n
def routing():
    while True:
        s = d(8); w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
        r = s + str(c)
        if r[0] in "0123": return r
def bank_acct(): return d(R.choice([8, 10, 12]))
def iban(cc=None):
    cc = cc or R.choice(list(L.SPEC))
    return L.fmt_iban(L.make_iban(cc, R), R.choice(["plain", "spaced", "spaced", "lower_spaced", "lower", "plain"]))

# ---- international, by country
def _p(f): return f.first_name() + " " + f.last_name()
CC = ["GB", "CA", "DE", "FR", "ES", "IT", "NL", "PL", "MX", "BR", "JP", "IN", "KR", "CN", "TR"]
TR_PLACES = [("Kadıköy", "İstanbul", "34710"), ("Çankaya", "Ankara", "06690"), ("Konak", "İzmir", "35250"), ("Nilüfer", "Bursa", "16110"),
             ("Muratpaşa", "Antalya", "07100"), ("Seyhan", "Adana", "01120"), ("Beşiktaş", "İstanbul", "34353")]
TR_STREETS = ["Atatürk Cd.", "İstiklal Cd.", "Cumhuriyet Cd.", "Gazi Bulvarı", "Bağdat Cd.", "Fevzi Çakmak Sk.", "Mithatpaşa Cd."]
IN_CITIES = [("Mumbai", "400"), ("Pune", "411"), ("Chennai", "600"), ("Bengaluru", "560"), ("Hyderabad", "500"), ("Kolkata", "700"), ("New Delhi", "110"), ("Ahmedabad", "380")]
JP_ROMAJI = [("Shibuya-ku", "Tokyo", "150"), ("Kita-ku", "Osaka", "530"), ("Naka-ku", "Yokohama", "231"), ("Chuo-ku", "Sapporo", "060"), ("Sakyo-ku", "Kyoto", "606"), ("Hakata-ku", "Fukuoka", "812")]
NONLATIN_CITY = {"JP": ["東京", "大阪", "京都", "札幌", "名古屋", "福岡"], "CN": ["北京", "上海", "广州", "成都", "杭州", "西安"], "KR": ["서울", "부산", "인천", "대구", "광주"],
                 "AR": ["الرياض", "جدة", "القاهرة", "عمّان", "الدوحة", "بيروت"], "RU": ["Москва", "Санкт-Петербург", "Новосибирск", "Казань", "Екатеринбург"],
                 "HI": ["मुंबई", "दिल्ली", "लखनऊ", "जयपुर", "पटना", "वाराणसी"], "EL": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"], "TH": ["กรุงเทพมหานคร", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น"]}
NONLATIN_NAME_LOC = {"JP": "ja_JP", "CN": "zh_CN", "KR": "ko_KR", "AR": "ar_SA", "RU": "ru_RU", "HI": "hi_IN", "EL": "el_GR", "TH": "th_TH"}
def nonlatin_name(k=None):
    k = k or R.choice(list(NONLATIN_NAME_LOC)); f = F[NONLATIN_NAME_LOC[k]]
    if k in ("CN", "KR"): return f.last_name() + f.first_name()
    if k == "JP": return f.last_name() + " " + f.first_name()
    return f.first_name() + " " + f.last_name()
def nonlatin_city(k=None): return R.choice(NONLATIN_CITY[k or R.choice(list(NONLATIN_CITY))])
def c_name(cc):
    loc = {"GB": "en_GB", "CA": R.choice(["en_CA", "fr_CA"]), "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL",
           "MX": "es_MX", "BR": "pt_BR", "JP": "ja_JP", "IN": R.choice(["en_IN", "hi_IN"]), "KR": "ko_KR", "CN": "zh_CN", "TR": "tr_TR"}[cc]
    f = F[loc]
    if cc in ("CN", "KR"): return f.last_name() + f.first_name()
    if cc == "JP": return f.last_name() + " " + f.first_name()
    return _p(f)
def c_city(cc):
    return {"GB": lambda: F["en_GB"].city(), "CA": lambda: R.choice(["Toronto", "Montréal", "Winnipeg", "Halifax", "Calgary", "Ottawa"]),
            "DE": lambda: F["de_DE"].city(), "FR": lambda: F["fr_FR"].city(), "ES": lambda: F["es_ES"].city(), "IT": lambda: F["it_IT"].city(),
            "NL": lambda: F["nl_NL"].city(), "PL": lambda: F["pl_PL"].city(), "MX": lambda: R.choice(["Guadalajara", "Monterrey", "Oaxaca", "Mérida", "Puebla", "Tijuana"]),
            "BR": lambda: F["pt_BR"].city(), "JP": lambda: R.choice(NONLATIN_CITY["JP"] + ["Osaka", "Kobe", "Sendai"]),
            "IN": lambda: R.choice([c for c, _ in IN_CITIES] + NONLATIN_CITY["HI"]), "KR": lambda: R.choice(NONLATIN_CITY["KR"] + ["Busan", "Daejeon"]),
            "CN": lambda: R.choice(NONLATIN_CITY["CN"] + ["Chengdu", "Shenzhen"]), "TR": lambda: R.choice([p[1] for p in TR_PLACES] + ["Trabzon", "Eskişehir"])}[cc]()
def c_addr(cc, multiline=False):
    J = "\n" if multiline else ", "
    if cc == "GB": f = F["en_GB"]; parts = [R.choice(["", f"Flat {R.randint(1,20)}{J}"]) + f"{f.building_number()} {f.street_name()}", f"{f.city()} {f.postcode()}"]
    elif cc == "CA":
        f = F[R.choice(["en_CA", "fr_CA"])]; pc = F["en_CA"].postalcode(); pc = pc[:3] + " " + pc[3:] if " " not in pc else pc
        parts = [f.street_address(), f"{f.city()} {F['en_CA'].province_abbr()}  {pc}".replace("  ", " ")]
    elif cc in ("DE", "FR", "ES", "NL", "PL"):
        f = F[{"DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "NL": "nl_NL", "PL": "pl_PL"}[cc]]
        parts = [f.street_address(), f"{f.postcode()} {f.city()}"]
    elif cc == "IT": f = F["it_IT"]; parts = [f.street_address(), f"{f.postcode()} {f.city()} ({f.state_abbr()})"]
    elif cc == "MX": f = F["es_MX"]; parts = [f"{f.street_name()} {f.building_number()}", f"Col. {f.city()}", f"{d(5)} {f.city()}, {f.state_abbr()}"]
    elif cc == "BR": f = F["pt_BR"]; parts = [f"{f.street_name()}, {R.randint(10,3000)}", f.bairro(), f"{f.city()} - {f.estado_sigla()}", f.postcode()]
    elif cc == "JP":
        if R.random() < 0.5: f = F["ja_JP"]; parts = [f"〒{f.zipcode()}", f.address()]
        else: w, c, p = R.choice(JP_ROMAJI); parts = [f"{R.randint(1,5)}-{R.randint(1,30)}-{R.randint(1,20)} {F['ja_JP'].romanized_name().split()[0]}", w, f"{c} {p}-{d(4)}"]
    elif cc == "IN": c, p = R.choice(IN_CITIES); f = F["en_IN"]; parts = [f"{R.choice(['Flat','House No.','Plot'])} {R.randint(1,300)}", f"{f.street_name()}", f"{c} {p}{d(3)}"]
    elif cc == "KR": f = F["ko_KR"]; parts = [f.address(), f"({f.postcode()})"]
    elif cc == "CN": f = F["zh_CN"]; parts = [f.street_address(), f"{f.city()} {f.postcode()}"] if multiline else [f.address()]
    elif cc == "TR": dist, city, pc = R.choice(TR_PLACES); parts = [f"{R.choice(TR_STREETS)} No:{R.randint(1,200)} D:{R.randint(1,20)}", f"{pc} {dist}/{city}"]
    if cc in ("KR", "CN", "JP") and not multiline and parts[0].startswith(("〒",)): return " ".join(parts)
    if cc == "KR" and not multiline: return " ".join(parts)
    return J.join(parts)
PH = {"GB": [("020 7946 0{}", "+44 20 7946 0{}", 3), ("07700 900{}", "+44 7700 900{}", 3), ("0161 496 0{}", "+44 161 496 0{}", 3)],
      "CA": [("416-555-01{}", "+1 416 555 01{}", 2), ("(514) 555-01{}", "+1 514-555-01{}", 2)],
      "DE": [("030 {}", "+49 30 {}", 7), ("0151 {}", "+49 151 {}", 8), ("089 {}", "+49 (0)89 {}", 6)],
      "FR": [("01 {} {} {} {}", "+33 1 {} {} {} {}", -2), ("06 {} {} {} {}", "+33 6 {} {} {} {}", -2)],
      "ES": [("91 {} {} {}", "+34 91 {} {} {}", -3), ("6{} {} {} {}", "+34 6{} {} {} {}", -4)],
      "IT": [("06 {} {}", "+39 06 {} {}", -5), ("347 {} {}", "+39 347 {} {}", -6)],
      "NL": [("020 {} {}", "+31 20 {} {}", -7), ("06 {}", "+31 6 {}", 8)],
      "PL": [("22 {} {} {}", "+48 22 {} {} {}", -3), ("601 {} {}", "+48 601 {} {}", -8)],
      "MX": [("55 {} {}", "+52 55 {} {}", -5), ("33 {} {}", "+52 1 33 {} {}", -5)],
      "BR": [("(11) 9{}-{}", "+55 11 9{}-{}", -9), ("(21) {}-{}", "+55 21 {}-{}", -9)],
      "JP": [("03-{}-{}", "+81 3-{}-{}", -9), ("090-{}-{}", "+81 90-{}-{}", -9)],
      "IN": [("9{} {}", "+91 9{} {}", -10), ("022 {} {}", "+91 22 {} {}", -9)],
      "KR": [("010-{}-{}", "+82 10-{}-{}", -9), ("02-{}-{}", "+82 2-{}-{}", -9)],
      "CN": [("13{} {} {}", "+86 13{} {} {}", -11), ("010-{} {}", "+86 10 {} {}", -9)],
      "TR": [("0532 {} {} {}", "+90 532 {} {} {}", -3), ("0212 {} {} {}", "+90 212 {} {} {}", -3)]}
GROUPS = {-2: [2, 2, 2, 2], -3: [3, 2, 2], -4: [2, 2, 2, 2], -5: [4, 4], -6: [3, 4], -7: [3, 4], -8: [3, 3], -9: [4, 4], -10: [4, 5], -11: [1, 4, 4]}
def c_phone(cc, intl=None):
    loc, inter, n = R.choice(PH[cc])
    vals = [d(n)] if n > 0 else [d(k) for k in GROUPS[n]]
    if n == -9 and cc == "BR" and loc.startswith("(11)"): vals = [d(4), d(4)]
    use_intl = R.random() < 0.5 if intl is None else intl
    return (inter if use_intl else loc).format(*vals)
INTL_DOMAINS = {"GB": ["btinternet.com", "outlook.co.uk", "sky.com"], "CA": ["videotron.ca", "rogers.com", "shaw.ca"], "DE": ["web.de", "gmx.de", "t-online.de"],
                "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["telefonica.es", "yahoo.es"], "IT": ["libero.it", "tiscali.it"], "NL": ["ziggo.nl", "kpnmail.nl"],
                "PL": ["wp.pl", "onet.pl", "o2.pl"], "MX": ["prodigy.net.mx", "hotmail.com.mx"], "BR": ["uol.com.br", "bol.com.br"], "JP": ["docomo.ne.jp", "yahoo.co.jp"],
                "IN": ["rediffmail.com", "yahoo.co.in"], "KR": ["naver.com", "daum.net"], "CN": ["163.com", "qq.com"], "TR": ["turk.net", "yandex.com.tr"]}
def c_email(cc):
    f = F["ja_JP"] if cc == "JP" else None
    base = F["ja_JP"].romanized_name() if cc == "JP" else (US.name() if cc in ("KR", "CN", "IN") else c_name(cc))
    parts = [ascii_(p) for p in base.split() if ascii_(p)] or ["user" + d(3)]
    return R.choice([".".join(parts), parts[0] + d(3), parts[0][0] + "_" + parts[-1]]) + "@" + R.choice(INTL_DOMAINS[cc])

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline", "oxycodone", "atorvastatin",
         "amlodipine", "levothyroxine", "insulin glargine", "Januvia", "Xarelto", "gabapentin", "prednisone", "omeprazole", "donepezil", "furosemide",
         "losartan", "metoprolol", "tamsulosin", "vitamin B12", "fish oil", "Ozempic", "albuterol", "Humira", "Keppra", "allopurinol", "Seroquel", "clopidogrel"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "Hemoglobin A1c", "COPD", "Alzheimer's", "type 2 diabetes",
         "heart failure", "CKD stage 3", "osteoporosis", "hypothyroidism", "depression", "macular degeneration", "sleep apnea", "gout", "anemia", "migraine",
         "lupus", "rheumatoid arthritis", "multiple sclerosis", "epilepsy", "asthma", "shingles", "pneumonia", "UTI", "cellulitis", "hip fracture"]
LABS = ["INR", "TSH", "lipid panel", "CBC", "BMP", "eGFR", "creatinine", "potassium", "vitamin D level", "PSA", "troponin", "ferritin"]
BODY = ["left hip", "right knee", "lower back", "ankles", "shoulder", "chest", "kidneys", "lungs", "heel", "wrist"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Uncle", "Aunt", "my sister", "my brother", "Daughter", "Son", "Granddad", "Mum"]
ORGS = ["Walgreens", "CVS", "Medicare", "Medicaid", "Mayo Clinic", "Kaiser", "Cleveland Clinic", "Rite Aid", "the VA", "Blue Cross", "Humana", "NHS"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HELP = ["988", "1-800-222-1222"]

def slot_value(name, ctx):
    """name like us_name, c_phone, k_drug; ctx holds the message's countries."""
    base = re.sub(r"\d+$", "", name)
    cc = ctx["c2"] if base.startswith("c2_") else ctx["c"]
    b = base.replace("c2_", "c_")
    table = {
        "us_name": (us_name, "P", "U"), "us_first": (us_first, "P", "U"), "us_last": (us_last, "P", "U"),
        "us_addr": (us_addr, "L", "U"), "us_addr_ml": (us_addr_ml, "L", "U"), "us_csz": (us_csz, "L", "U"), "us_cityst": (us_cityst, "L", "U"),
        "us_city": (us_city, "L", "U"), "us_pobox": (us_pobox, "L", "U"), "us_mil": (us_mil, "L", "U"), "us_rr": (us_rr, "L", "U"),
        "us_phone": (us_phone, "T", "U"), "us_phone_ext": (us_phone_ext, "T", "U"), "us_email": (us_email, "E", "U"), "us_url": (us_url, "U", "U"),
        "ssn": (ssn, "S", "U"), "mrn": (mrn, "M", "U"), "member": (member_id, "M", "U"), "mbi": (mbi, "M", "U"), "us_dob": (dob_us, "D", "U"),
        "card": (card, "A", "U"), "routing": (routing, "A", "U"), "acct": (bank_acct, "A", "U"), "iban": (iban, "A", "I"),
        "c_iban": (lambda: iban(cc if cc in L.SPEC else None), "A", "I"),
        "c_name": (lambda: c_name(cc), "P", "I"), "c_city": (lambda: c_city(cc), "L", "I"), "c_addr": (lambda: c_addr(cc), "L", "I"),
        "c_addr_ml": (lambda: c_addr(cc, True), "L", "I"), "c_phone": (lambda: c_phone(cc), "T", "I"), "c_phone_local": (lambda: c_phone(cc, False), "T", "I"),
        "c_phone_intl": (lambda: c_phone(cc, True), "T", "I"), "c_email": (lambda: c_email(cc), "E", "I"), "c_dob": (lambda: dob_intl(cc), "D", "I"),
        "nl_name": (nonlatin_name, "P", "I"), "c_url": (lambda: c_url(cc), "U", "I"), "nl_city": (nonlatin_city, "L", "I"), "c_card": (card, "A", "I"),
    }
    keeps = {"k_drug": DRUGS, "k_cond": CONDS, "k_lab": LABS, "k_body": BODY, "k_rel": RELS, "k_org": ORGS, "k_day": DAYS, "k_month": MONTHS, "k_help": HELP}
    if b in keeps: return "{{" + R.choice(keeps[b]) + "}}"
    fn, t, r = table[b]
    v = fn()
    return f"[[{v}|{t}|{r}]]"

from templates import TEMPLATES  # list of (style, template_string)

def fill(style, tpl):
    ctx = {"c": R.choice(CC), "c2": R.choice(CC)}
    cache = {}
    def rep(m):
        k = m.group(1)
        if k not in cache: cache[k] = slot_value(k, ctx)
        return cache[k]
    marked = re.sub(r"<([a-z0-9_]+)>", rep, tpl)
    text, ids, keep = parse(marked)
    if style == "all_caps" or (style not in ("lower_case",) and R.random() < 0.07 and "\n" not in text):
        style = "all_caps"; text = text.upper(); ids = [dict(i, text=i["text"].upper()) for i in ids]; keep = [k.upper() for k in keep]
    elif style == "lower_case":
        text = text.lower(); ids = [dict(i, text=i["text"].lower()) for i in ids]; keep = [k.lower() for k in keep]
    # drop duplicate identifiers created by case folding
    seen, uniq = set(), []
    for i in ids:
        key = (i["text"], i["type"])
        if key not in seen: seen.add(key); uniq.append(i)
    return {"style": style, "text": text, "identifiers": uniq, "keep": list(dict.fromkeys(keep)), "source": "template"}

def build(n_template=246):
    from validate import problems
    hand = read_hand()
    for h in hand:
        p = problems(h)
        if p: print("HAND PROBLEM:", h["text"][:70].replace("\n", " "), p)
    out, i, tries = [], 0, 0
    while len(out) < n_template:
        style, tpl = TEMPLATES[i % len(TEMPLATES)]
        m = fill(style, tpl); tries += 1
        if not problems(m): out.append(m); i += 1
        if tries > 20000: raise SystemExit("too many failures")
    msgs = hand + out
    R.shuffle(msgs)
    with open(os.path.join(HERE, "handwritten_dev40.jsonl"), "w", encoding="utf-8") as fh:
        for k, m in enumerate(msgs):
            rec = {"id": f"hd40-{k:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"], "keep": m["keep"], "source": m["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(msgs)} messages ({len(hand)} hand, {len(out)} template, {tries} template tries)")

if __name__ == "__main__":
    build()
