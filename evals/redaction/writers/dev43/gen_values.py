"""Value generators for dev43 templates. Every value is invented (Faker or random digits).
Each generator returns (value, TYPE, REGION)."""
import random, string
from faker import Faker

R = random.Random(4343)
FK = {}
def fk(loc):
    if loc not in FK:
        f = Faker(loc); f.seed_instance(R.randint(0, 10**9)); FK[loc] = f
    return FK[loc]

US = "US"; IN = "INTL"
STATES = ["AL","AK","AZ","AR","CA","CO","CT","DE","FL","GA","HI","ID","IL","IN","IA","KS","KY","LA","ME","MD","MA","MI","MN","MS",
          "MO","MT","NE","NV","NH","NJ","NM","NY","NC","ND","OH","OK","OR","PA","RI","SC","SD","TN","TX","UT","VT","VA","WA","WV","WI","WY"]
US_CITIES = [("Springfield","IL","627"),("Dayton","OH","454"),("Tacoma","WA","984"),("Durham","NC","277"),("Tucson","AZ","857"),
  ("Fresno","CA","937"),("Lansing","MI","489"),("Albany","NY","122"),("Boise","ID","837"),("Mobile","AL","366"),("Reno","NV","895"),
  ("Omaha","NE","681"),("Tulsa","OK","741"),("Akron","OH","443"),("Eugene","OR","974"),("Provo","UT","846"),("Macon","GA","312"),
  ("Billings","MT","591"),("Fargo","ND","581"),("Bangor","ME","044"),("Duluth","MN","558"),("Pueblo","CO","810"),("Yonkers","NY","107"),
  ("El Paso","TX","799"),("Laredo","TX","780"),("Hialeah","FL","330"),("Toledo","OH","436"),("Peoria","IL","616"),("Savannah","GA","314"),
  ("Cedar Rapids","IA","524"),("Little Rock","AR","722"),("Baton Rouge","LA","708"),("Knoxville","TN","379"),("Sioux Falls","SD","571"),
  ("Burlington","VT","054"),("Cheyenne","WY","820"),("Wilmington","DE","198"),("Hartford","CT","061"),("Providence","RI","029"),
  ("Anchorage","AK","995"),("Honolulu","HI","968"),("Charleston","WV","253"),("Madison","WI","537"),("Salem","OR","973"),("Flint","MI","485")]
AREA = ["212","213","215","217","301","303","312","314","319","402","404","412","415","503","504","512","602","608","612","614","615",
        "702","713","720","801","803","813","816","904","907","917","919","941","971","972","978","series"]
AREA = [a for a in AREA if a.isdigit()]
ENGLISH_SURNAMES = ["Reed","Park","Hill","Young","Brown","Rose","Green","White","King","Bell","Stone","Wood","Fox","Rice","Lane","Cook",
                    "Hunter","Price","Major","Long","Frost","Banks","Chase","Grant","Page","Summers","Winter","Love","Moon","Marsh"]

def pick(x): return R.choice(x)
def digits(n): return "".join(R.choice(string.digits) for _ in range(n))

# ---------- names ----------
def first_us(): return (fk("en_US").first_name(), "PERSON", US)
def last_us(): return ((pick(ENGLISH_SURNAMES) if R.random() < .35 else fk("en_US").last_name()), "PERSON", US)
def full_us():
    f = fk(pick(["en_US"]*5 + ["es_MX","en_US","en_US"]))
    last = pick(ENGLISH_SURNAMES) if R.random() < .25 else f.last_name()
    mid = (" " + R.choice(string.ascii_uppercase) + ".") if R.random() < .15 else ""
    return (f.first_name() + mid + " " + last, "PERSON", US)
def word_surname(): return (pick(ENGLISH_SURNAMES), "PERSON", US)

# ---------- US locations ----------
STREET_T = ["St","Street","Ave","Avenue","Rd","Road","Dr","Drive","Ln","Lane","Ct","Blvd","Way","Pl","Ter","Pkwy","Cir"]
def street_us():
    nm = fk("en_US").last_name() if R.random() < .5 else pick(["Oak","Maple","Cedar","Pine","Elm","Walnut","Lake","Hill","Park","Main","Church","Mill","River","Sunset","Highland","Willow","Spring","Center","Washington","Lincoln"])
    pre = pick(["", "", "", "N ", "S ", "E ", "W "])
    return f"{R.randint(2, 9899)} {pre}{nm} {pick(STREET_T)}"
def unit_us():
    return pick(["Apt. " + str(R.randint(1, 30)) + pick("ABCD"), "Apt " + str(R.randint(1, 400)), "Suite " + str(R.randint(100, 950)),
                 "#" + str(R.randint(1, 60)), "Unit " + str(R.randint(1, 40)), "Apt " + str(R.randint(1, 9)) + pick("ABCDEF"), "Ste 2" + digits(2)])
def zip_for(prefix):
    z = prefix + digits(2)
    return z + ("-" + digits(4) if R.random() < .25 else "")
def addr_us():
    c, s, p = pick(US_CITIES)
    unit = (", " + unit_us()) if R.random() < .5 else (" " + unit_us() if R.random() < .3 else "")
    sep = pick([", ", ", ", " "])
    return (f"{street_us()}{unit}, {c}{sep}{s} {zip_for(p)}", "LOCATION", US)
def addr_us_ml():
    c, s, p = pick(US_CITIES)
    unit = ("\n" + unit_us()) if R.random() < .3 else ((" " + unit_us()) if R.random() < .4 else "")
    return (f"{street_us()}{unit}\n{c}, {s} {zip_for(p)}", "LOCATION", US)
def addr_po():
    c, s, p = pick(US_CITIES)
    return (f"{pick(['PO Box','P.O. Box','P O Box','Po Box'])} {R.randint(2, 9999)}, {c}, {s} {zip_for(p)}", "LOCATION", US)
def addr_mil():
    k = R.randint(0, 3)
    if k == 0: v = f"PSC {R.randint(100, 999)} Box {R.randint(1, 9999)}, APO AE 09{digits(3)}"
    elif k == 1: v = f"Unit {R.randint(2000, 9999)} Box {R.randint(1, 999)}, DPO AP 96{digits(3)}"
    elif k == 2: v = f"CMR {R.randint(400, 499)} Box {R.randint(1, 999)}, APO AE 09{digits(3)}"
    else: v = f"USS {pick(['Nimitz','Ronald Reagan','Bataan','Kearsarge'])}, FPO AP 96{digits(3)}"
    return (v, "LOCATION", US)
def addr_rr():
    c, s, p = pick(US_CITIES)
    return (f"{pick(['RR','Rural Route','R.R.'])} {R.randint(1, 9)} Box {R.randint(1, 300)}, {c}, {s} {zip_for(p)}", "LOCATION", US)
def city_st():
    c, s, p = pick(US_CITIES); return (f"{c}, {s}", "LOCATION", US)
def city_st_zip():
    c, s, p = pick(US_CITIES); return (f"{c}, {s} {zip_for(p)}", "LOCATION", US)
def city_us():
    c, s, p = pick(US_CITIES); return (c, "LOCATION", US)
def any_addr_us():
    return pick([addr_us, addr_us, addr_us, addr_us_ml, addr_po, addr_mil, addr_rr, city_st_zip])()

# ---------- US phones ----------
def _us_parts(): return pick(AREA), "555", "01" + digits(2)
def phone_us():
    a, b, c = _us_parts()
    f = pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
              f"001-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1{a}{b}{c}", f"({a}){b}-{c}"])
    return (f, "PHONE_NUMBER", US)
def phone_us_ext():
    v = phone_us()[0] + pick([" x" + digits(R.randint(2, 4)), " ext. " + digits(2), " extension " + str(R.randint(1, 9)),
                              " ext " + digits(3), " x" + digits(1)])
    return (v, "PHONE_NUMBER", US)
def phone_vanity():
    w = pick(["FLOWERS","DR-MIKE","TAX-HELP","PLUMBER","4-LAWYER","FIX-ROOF","CAKES-4U","PET-CARE","NAILS-22"])
    return (f"1-{pick(['800','888','877','866'])}-{w}", "PHONE_NUMBER", US)
def any_phone_us(): return pick([phone_us]*5 + [phone_us_ext])()

# ---------- email / url ----------
def _slug(name): 
    import unicodedata
    name = name.replace("Đ", "D").replace("đ", "d").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum() or ch == " ").split()
def email_for(name, region=US, domain=None):
    parts = _slug(name) or ["user"]
    dom = domain or pick(["gmail.com","yahoo.com","outlook.com","aol.com","icloud.com","hotmail.com","comcast.net","att.net","proton.me"])
    sep = pick([".", "", "_"])
    local = sep.join(parts[:2]) if R.random() < .6 else parts[0][0] + parts[-1] + digits(R.randint(0, 3))
    return (f"{local}@{dom}", "EMAIL_ADDRESS", region)
def url_for(name, region=US):
    p = _slug(name) or ["me"]
    slug = pick(["-", ".", ""]).join(p)
    v = pick([f"https://www.facebook.com/{slug}", f"linkedin.com/in/{'-'.join(p)}-{digits(3)}", f"https://www.caringbridge.org/visit/{''.join(p)}",
              f"www.gofundme.com/f/help-{'-'.join(p)}", f"https://{''.join(p)}.wordpress.com", f"instagram.com/{'_'.join(p)}",
              f"http://www.{''.join(p)}photography.com", f"https://twitter.com/{''.join(p)}{digits(2)}", f"{''.join(p)}.substack.com",
              f"https://www.mealtrain.com/trains/{digits(6)}-{p[-1]}"])
    return (v, "URL", region)

# ---------- SSN / MRN / DOB / accounts ----------
def ssn():
    a = R.randint(1, 665); a = a if a != 0 else 1
    a = f"{a:03d}"; g = f"{R.randint(1, 99):02d}"; s = f"{R.randint(1, 9999):04d}"
    return (pick([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"]), "US_SSN", US)
MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def mbi():
    c = lambda: R.choice(MBI_L); d = lambda: R.choice("0123456789"); n = lambda: R.choice("123456789")
    raw = n() + c() + R.choice(MBI_L + "0123456789") + d() + c() + R.choice(MBI_L + "0123456789") + d() + c() + c() + d() + d()
    return (raw if R.random() < .5 else raw[:4] + "-" + raw[4:7] + "-" + raw[7:], "MEDICAL_RECORD_NUMBER", US)
def mrn():
    v = pick([digits(7), digits(8), "00" + digits(6), f"{digits(3)}-{digits(4)}", f"MRN{digits(7)}", f"{pick(['KP','MC','CH','UH','SJ'])}-{digits(7)}",
              f"{pick(string.ascii_uppercase)}{digits(9)}", f"{digits(6)}-{digits(1)}"])
    return (v, "MEDICAL_RECORD_NUMBER", US)
def member_id():
    v = pick([f"{''.join(R.choice(string.ascii_uppercase) for _ in range(3))}{digits(9)}", f"W{digits(9)}", f"{digits(3)}{R.choice(string.ascii_uppercase)}{digits(5)}",
              f"MBR-{digits(10)}", f"{pick(['NY','CA','TX','FL','OH'])}{digits(8)}{R.choice(string.ascii_uppercase)}"])
    return (v, "MEDICAL_RECORD_NUMBER", US)
def any_mrn(): return pick([mrn, mrn, member_id, mbi])()
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def _date():
    y = R.randint(1928, 2023); m = R.randint(1, 12); d = R.randint(1, 28); return y, m, d
def dob_us():
    y, m, d = _date()
    v = pick([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}-{d}-{y}", f"{MONTHS[m-1]} {d}, {y}", f"{MONTHS[m-1][:3]} {d} {y}",
              f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{str(y)[2:]}", f"{MONTHS[m-1]} {d} {y}", f"{m:02d}.{d:02d}.{y}"])
    return (v, "DATE_OF_BIRTH", US)
def dob_intl():
    y, m, d = _date()
    v = pick([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m-1]} {y}", f"{y}/{m:02d}/{d:02d}", f"{d:02d}-{m:02d}-{y}", f"{y}年{m}月{d}日"])
    return (v, "DATE_OF_BIRTH", IN)
def luhn_fix(num15):
    s = 0
    for i, ch in enumerate(reversed(num15)):
        x = int(ch)
        if i % 2 == 0: x *= 2; x = x - 9 if x > 9 else x
        s += x
    return num15 + str((10 - s % 10) % 10)
def card(region=US):
    pre = pick(["4", "51", "52", "53", "54", "55", "37", "6011"])
    n = 15 if pre == "37" else 16
    body = pre + digits(n - 1 - len(pre))
    full = luhn_fix(body) if R.random() < .75 else body + digits(1)
    if n == 16: v = pick([" ".join(full[i:i+4] for i in range(0, 16, 4)), "-".join(full[i:i+4] for i in range(0, 16, 4)), full])
    else: v = pick([f"{full[:4]} {full[4:10]} {full[10:]}", full])
    return (v, "ACCOUNT_NUMBER", region)
def routing(): return (pick(["0", "1", "2", "3"]) + digits(8), "ACCOUNT_NUMBER", US)
def bank_acct(): return (digits(R.randint(8, 12)), "ACCOUNT_NUMBER", US)
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "BR": 29, "TR": 26, "SA": 24, "BE": 16, "AT": 20, "CH": 21, "PT": 25, "IE": 22}
def _bban(cc):
    n = IBAN_LEN[cc] - 4
    if cc == "GB": return pick(["NWBK","BARC","LOYD","MIDL","HBUK"]) + digits(n - 4)
    if cc == "NL": return pick(["ABNA","RABO","INGB","SNSB"]) + digits(n - 4)
    if cc == "IE": return pick(["AIBK","BOFI"]) + digits(n - 4)
    if cc == "IT": return R.choice(string.ascii_uppercase) + digits(n - 1)
    if cc == "BR": return digits(n - 2) + "C1"
    return digits(n)
def iban_checksum(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"
def iban_valid(v):
    v = v.replace(" ", "").upper(); s = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
def iban(cc=None, fmt=None):
    cc = cc or pick(list(IBAN_LEN))
    b = _bban(cc); raw = cc + iban_checksum(cc, b) + b
    assert iban_valid(raw)
    fmt = fmt or pick(["spaced", "spaced", "compact", "lower", "lower_spaced"])
    sp = " ".join(raw[i:i+4] for i in range(0, len(raw), 4))
    v = {"spaced": sp, "compact": raw, "lower": raw.lower(), "lower_spaced": sp.lower()}[fmt]
    return (v, "ACCOUNT_NUMBER", IN)

# ---------- international ----------
def _intl_name(loc):
    f = fk(loc)
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        return f.last_name() + (" " if loc == "ja_JP" else "") + f.first_name()
    if loc == "ru_RU":
        return f.first_name_male() + " " + f.last_name_male() if R.random() < .5 else f.first_name_female() + " " + f.last_name_female()
    return f.first_name() + " " + f.last_name()

def _ph(fmt):  # 'd' -> random digit
    return "".join(R.choice(string.digits) if ch == "d" else ch for ch in fmt)

COUNTRIES = {
 "GB": dict(loc="en_GB", iban="GB", cities=["Leeds","Bristol","Norwich","York","Brighton","Leicester","Sheffield","Cardiff"],
            phones=["+44 20 7946 0ddd", "020 7946 0ddd", "+44 7700 900ddd", "07700 900ddd", "+44 161 496 0ddd", "0113 496 0ddd"]),
 "DE": dict(loc="de_DE", iban="DE", cities=["München","Köln","Hamburg","Leipzig","Dresden","Stuttgart","Bremen","Nürnberg"],
            phones=["+49 30 dddddddd", "+49 89 ddddddd", "030 ddddddd", "+49 151 dddddddd", "0221 dddddd"]),
 "FR": dict(loc="fr_FR", iban="FR", cities=["Marseille","Lille","Nantes","Bordeaux","Rennes","Toulouse","Nice","Strasbourg"],
            phones=["+33 1 dd dd dd dd", "01 dd dd dd dd", "+33 6 dd dd dd dd", "06 dd dd dd dd", "+33 (0)4 dd dd dd dd"]),
 "MX": dict(loc="es_MX", iban=None, cities=["Monterrey","Puebla","Mérida","Querétaro","Tijuana","León","Guadalajara"],
            phones=["+52 55 dddd dddd", "+52 1 33 dddd dddd", "55 dddd dddd", "+52 81 dddd dddd"]),
 "ES": dict(loc="es_ES", iban="ES", cities=["Sevilla","Valencia","Bilbao","Zaragoza","Málaga","Granada","Barcelona"],
            phones=["+34 91 ddd dd dd", "+34 6dd ddd ddd", "91 ddd dd dd", "6dd dd dd dd"]),
 "BR": dict(loc="pt_BR", iban="BR", cities=["Curitiba","Salvador","Fortaleza","Belo Horizonte","Porto Alegre","Manaus","Recife"],
            phones=["+55 11 9dddd-dddd", "(21) 9dddd-dddd", "+55 (31) dddd-dddd", "+55 51 9dddd dddd"]),
 "JP": dict(loc="ja_JP", iban=None, cities=["東京","大阪","名古屋","札幌","福岡","京都","Yokohama","Sendai","Kobe"],
            phones=["+81 3-dddd-dddd", "03-dddd-dddd", "+81 90-dddd-dddd", "090-dddd-dddd", "+81 6 dddd dddd"]),
 "IN": dict(loc="en_IN", iban=None, cities=["Pune","Hyderabad","Kolkata","Jaipur","Lucknow","Kochi","मुंबई","दिल्ली"],
            phones=["+91 98ddd ddddd", "+91 9ddddddddd", "098ddd ddddd", "+91 22 dddd dddd", "+91-80-dddddddd"]),
 "CA": dict(loc="en_CA", iban=None, cities=["Winnipeg","Halifax","Calgary","Ottawa","Edmonton","Victoria","Québec"],
            phones=["+1 416 555 0ddd", "(604) 555-0ddd", "+1-514-555-0ddd"]),
 "IT": dict(loc="it_IT", iban="IT", cities=["Bologna","Firenze","Palermo","Genova","Bari","Verona","Roma"],
            phones=["+39 06 dddd dddd", "+39 3dd ddd dddd", "06 dddddddd", "+39 02 dddd dddd"]),
 "NL": dict(loc="nl_NL", iban="NL", cities=["Rotterdam","Eindhoven","Groningen","Leiden","Haarlem","Den Haag"],
            phones=["+31 20 ddd dddd", "+31 6 dddd dddd", "06-dddddddd", "010 ddd dddd"]),
 "PL": dict(loc="pl_PL", iban="PL", cities=["Wrocław","Poznań","Łódź","Lublin","Katowice","Gdańsk"],
            phones=["+48 ddd ddd ddd", "+48 22 ddd dd dd", "ddd-ddd-ddd"]),
 "CN": dict(loc="zh_CN", iban=None, cities=["北京","广州","深圳","成都","杭州","武汉","Shenzhen","Chengdu"],
            phones=["+86 138 dddd dddd", "+86 10 dddd dddd", "139dddddddd", "+86-21-dddddddd"]),
 "KR": dict(loc="ko_KR", iban=None, cities=["서울","부산","인천","대구","광주","Incheon","Daejeon"],
            phones=["+82 10-dddd-dddd", "010-dddd-dddd", "+82 2-ddd-dddd", "02-dddd-dddd"]),
 "RU": dict(loc="ru_RU", iban=None, cities=["Москва","Казань","Новосибирск","Екатеринбург","Самара","Kazan"],
            phones=["+7 495 ddd-dd-dd", "+7 9dd ddd-dd-dd", "8 (9dd) ddd-dd-dd"]),
 "SA": dict(loc="ar_SA", iban="SA", cities=["جدة","الرياض","الدمام","مكة","Jeddah","Riyadh"],
            phones=["+966 5d ddd dddd", "+966 11 ddd dddd", "05d ddd dddd"]),
 "TR": dict(loc="tr_TR", iban="TR", cities=["Ankara","İstanbul","Bursa","Antalya","Konya","Trabzon"],
            phones=["+90 5dd ddd dd dd", "0 (212) ddd dd dd", "+90 312 ddd dd dd"]),
 "VN": dict(loc="vi_VN", iban=None, cities=["Đà Nẵng","Huế","Hải Phòng","Cần Thơ","Nha Trang"],
            phones=["+84 9d ddd dddd", "+84 28 dddd dddd", "09d ddd dddd"]),
 "PH": dict(loc="fil_PH", iban=None, cities=["Cebu City","Davao City","Makati","Iloilo City","Baguio"],
            phones=["+63 917 ddd dddd", "0917 ddd dddd", "+63 2 8ddd dddd"]),
}
def _addr_intl(cc):
    f = fk(COUNTRIES[cc]["loc"])
    if cc == "GB":
        return f"{R.randint(1, 180)} {f.street_name()}, {pick(COUNTRIES['GB']['cities'])} {f.postcode()}"
    if cc == "DE": return f"{f.street_name()} {R.randint(1, 120)}, {f.postcode()} {pick(COUNTRIES['DE']['cities'])}"
    if cc == "FR": return f"{R.randint(1, 90)} {pick(['rue','avenue','boulevard','impasse','place'])} {fk('fr_FR').last_name()}, {f.postcode()} {pick(COUNTRIES['FR']['cities'])}"
    if cc == "MX": return f"{pick(['Calle','Av.','Calzada','Privada'])} {fk('es_MX').last_name()} {R.randint(1, 2000)}, Col. {pick(['Centro','Del Valle','Roma Norte','Jardines','Las Águilas'])}, {digits(5)} {pick(COUNTRIES['MX']['cities'])}"
    if cc == "ES": return f"{pick(['Calle','Avenida','Paseo','Plaza'])} de {fk('es_ES').last_name()} {R.randint(1, 150)}, {R.randint(1, 9)}º {pick('ABCD')}, {digits(5)} {pick(COUNTRIES['ES']['cities'])}"
    if cc == "BR": return f"Rua {fk('pt_BR').last_name()}, {R.randint(1, 3000)}, {pick(['apto ' + str(R.randint(11, 190)), 'casa 2', 'bloco B'])}, {pick(COUNTRIES['BR']['cities'])} - {pick(['PR','BA','CE','MG','RS','AM','PE'])}, {digits(5)}-{digits(3)}"
    if cc == "JP": return f.address().replace("\n", " ") if R.random() < .6 else f"{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 20)} {pick(['Shibuya','Nakano','Meguro','Setagaya'])}, Tokyo {digits(3)}-{digits(4)}"
    if cc == "IN": return f"{pick(['Flat','H.No.','House'])} {R.randint(1, 400)}, {pick(['MG Road','Nehru Nagar','Sector 15','Anna Salai','Park Street'])}, {pick(COUNTRIES['IN']['cities'][:6])} {R.randint(1, 8)}{digits(5)}"
    if cc == "CA": return f"{R.randint(10, 9999)} {fk('en_CA').last_name()} {pick(['St','Ave','Rd','Blvd'])}, {pick(COUNTRIES['CA']['cities'][:6])}, {pick(['MB','NS','AB','ON','BC'])} {R.choice('ABCEGHJKLMNPRSTVXY')}{R.randint(0, 9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')} {R.randint(0, 9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0, 9)}"
    if cc == "IT": return f"Via {fk('it_IT').last_name()} {R.randint(1, 200)}, {digits(5)} {pick(COUNTRIES['IT']['cities'])}"
    if cc == "NL": return f"{f.street_name()} {R.randint(1, 300)}, {f.postcode()} {pick(COUNTRIES['NL']['cities'])}"
    if cc == "PL": return f"ul. {f.street_name()} {R.randint(1, 150)}, {digits(2)}-{digits(3)} {pick(COUNTRIES['PL']['cities'])}"
    if cc == "CN": return f.address().replace("\n", " ")
    if cc == "KR": return f.address().replace("\n", " ")
    if cc == "RU": return f"ул. {pick(['Ленина','Гагарина','Мира','Садовая','Пушкина'])}, д. {R.randint(1, 99)}, кв. {R.randint(1, 200)}, {pick(COUNTRIES['RU']['cities'][:5])}, {digits(6)}"
    if cc == "SA": return f"{pick(['حي النزهة','حي الملز','حي السلامة','Al Olaya District'])}، {pick(COUNTRIES['SA']['cities'])} {digits(5)}"
    if cc == "TR": return f"{pick(['Atatürk Cad.','Cumhuriyet Mah.','İnönü Sok.','Bağdat Cad.'])} No: {R.randint(1, 150)}, {digits(5)} {pick(COUNTRIES['TR']['cities'])}"
    if cc == "VN": return f"{R.randint(1, 300)} {pick(['Lê Lợi','Trần Hưng Đạo','Nguyễn Huệ','Hai Bà Trưng'])}, {pick(['Quận 1','Quận 3','Quận Hải Châu'])}, {pick(COUNTRIES['VN']['cities'])}"
    if cc == "PH": return f"{R.randint(1, 999)} {pick(['Rizal St.','Mabini St.','Bonifacio Ave.','Quezon Blvd.'])}, Brgy. {pick(['San Isidro','Poblacion','Santo Niño'])}, {pick(COUNTRIES['PH']['cities'])} {digits(4)}"

class Intl:
    """Values for one non-US person/family, all from the same country."""
    def __init__(self, cc=None):
        self.cc = cc or pick(list(COUNTRIES)); self.c = COUNTRIES[self.cc]
    def name(self): return (_intl_name(self.c["loc"]), "PERSON", IN)
    def first(self):
        f = fk(self.c["loc"]); return (f.first_name(), "PERSON", IN)
    def addr(self): return (_addr_intl(self.cc), "LOCATION", IN)
    def city(self): return (pick(self.c["cities"]), "LOCATION", IN)
    def phone(self): return (_ph(pick(self.c["phones"])), "PHONE_NUMBER", IN)
    def email(self, name):
        dom = {"GB": "btinternet.com", "DE": "web.de", "FR": "orange.fr", "MX": "prodigy.net.mx", "ES": "telefonica.net", "BR": "uol.com.br",
               "JP": "docomo.ne.jp", "IN": "rediffmail.com", "CA": "sympatico.ca", "IT": "libero.it", "NL": "ziggo.nl", "PL": "wp.pl",
               "CN": "163.com", "KR": "naver.com", "RU": "mail.ru", "SA": "gmail.com", "TR": "gmail.com", "VN": "gmail.com", "PH": "yahoo.com.ph"}[self.cc]
        v, t, _ = email_for(name if _slug(name) else "family " + self.cc, IN, dom)
        return (v, t, IN)
    def iban(self): return iban(self.c["iban"] or pick(["DE", "FR", "NL", "GB", "ES"]))
    def dob(self): return dob_intl()
    def mrn(self):
        if self.cc == "GB": return (f"{digits(3)} {digits(3)} {digits(4)}", "MEDICAL_RECORD_NUMBER", IN)
        if self.cc == "FR": return (f"{R.randint(1, 2)} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}", "MEDICAL_RECORD_NUMBER", IN)
        if self.cc == "CA": return (f"{digits(4)}-{digits(3)}-{digits(3)}-{R.choice('ABCDEFGHJK')}{R.choice('ABCDEFGHJK')}", "MEDICAL_RECORD_NUMBER", IN)
        return (pick([digits(8), f"{self.cc}-{digits(7)}", f"P{digits(9)}"]), "MEDICAL_RECORD_NUMBER", IN)
    def url(self, name): v, t, _ = url_for(name if _slug(name) else "familia " + self.cc, IN); return (v, t, IN)
