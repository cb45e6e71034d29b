"""Value generators for the template half of dev70 (all values invented; Faker + own formats)."""
import random, string
from faker import Faker

R = random.Random(7070)
Faker.seed(7070)
LOCS = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
        "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "en_CA", "en_PH"]
F = {}
for i, loc in enumerate(LOCS):
    F[loc] = Faker(loc)
    F[loc].seed_instance(7070 + i)
US = F["en_US"]

# ---------------------------------------------------------------- names
US_NAME_LOCS = ["en_US"] * 7 + ["es_MX", "vi_VN", "en_PH", "pl_PL", "it_IT", "en_IN", "de_DE", "fr_FR", "pt_BR"]
NONLATIN = {"ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU"}


def _first_last(loc):
    f = F[loc]
    return f.first_name(), f.last_name()


def us_person():
    """(first, last) of someone living in the US (any heritage, Latin script)."""
    loc = R.choice(US_NAME_LOCS)
    return _first_last(loc)


def intl_person(loc):
    f = F[loc]
    if loc in ("ja_JP", "zh_CN", "ko_KR"):
        last, first = f.last_name(), f.first_name()
        full = (last + " " + first) if loc == "ja_JP" and R.random() < .5 else last + first
        return first, last, full
    first, last = f.first_name(), f.last_name()
    if loc == "ru_RU" and R.random() < .5:
        full = f"{last} {first} {f.middle_name()}" if hasattr(f, "middle_name") else f"{first} {last}"
    else:
        full = f"{first} {last}"
    return first, last, full


def name_variant(first, last):
    r = R.random()
    if r < .35:
        return f"{first} {last}"
    if r < .5:
        return f"{first} {R.choice(string.ascii_uppercase)}. {last}"
    if r < .62:
        return f"{last.upper()}, {first.upper()}"
    if r < .72:
        return f"{last}, {first}"
    if r < .85:
        return f"{first} {last}".lower()
    return f"{first} {last}".upper()


# ---------------------------------------------------------------- US locations
UNIT = ["Apt {n}", "Apt. {n}{l}", "Unit {n}", "Suite {n}0", "#{n}", "Apt #{n}", "Ste {n}", "Lot {n}", "Rm {n}"]


US_CITIES = [l.rsplit(" ", 2) for l in """Springfield IL 627|Columbus OH 432|Dayton OH 454|Toledo OH 436|Akron OH 443|Fresno CA 937|Bakersfield CA 933
Sacramento CA 958|Oakland CA 946|San Jose CA 951|Riverside CA 925|Stockton CA 952|Tucson AZ 857|Mesa AZ 852|Flagstaff AZ 860
Albuquerque NM 871|Las Cruces NM 880|El Paso TX 799|Lubbock TX 794|Amarillo TX 791|Waco TX 767|Laredo TX 780|Corpus Christi TX 784
San Antonio TX 782|Austin TX 787|Tulsa OK 741|Norman OK 730|Wichita KS 672|Topeka KS 666|Omaha NE 681|Lincoln NE 685
Des Moines IA 503|Cedar Rapids IA 524|Madison WI 537|Green Bay WI 543|Milwaukee WI 532|Duluth MN 558|Rochester MN 559
St. Paul MN 551|Fargo ND 581|Sioux Falls SD 571|Billings MT 591|Boise ID 837|Spokane WA 992|Tacoma WA 984|Eugene OR 974
Salem OR 973|Reno NV 895|Henderson NV 890|Provo UT 846|Ogden UT 844|Pueblo CO 810|Fort Collins CO 805|Cheyenne WY 820
Little Rock AR 722|Memphis TN 381|Knoxville TN 379|Chattanooga TN 374|Louisville KY 402|Lexington KY 405|Huntsville AL 358
Mobile AL 366|Jackson MS 392|Gulfport MS 395|Baton Rouge LA 708|Shreveport LA 711|Savannah GA 314|Macon GA 312|Augusta GA 309
Tallahassee FL 323|Gainesville FL 326|Orlando FL 328|Tampa FL 336|Pensacola FL 325|Charleston SC 294|Columbia SC 292
Greenville SC 296|Raleigh NC 276|Durham NC 277|Asheville NC 288|Richmond VA 232|Norfolk VA 235|Roanoke VA 240|Baltimore MD 212
Wilmington DE 198|Trenton NJ 086|Newark NJ 071|Paterson NJ 075|Allentown PA 181|Erie PA 165|Scranton PA 185|Pittsburgh PA 152
Buffalo NY 142|Syracuse NY 132|Albany NY 122|Yonkers NY 107|Hartford CT 061|New Haven CT 065|Providence RI 029|Worcester MA 016
Springfield MA 011|Manchester NH 031|Burlington VT 054|Portland ME 041|Bangor ME 044|Detroit MI 482|Lansing MI 489
Grand Rapids MI 495|Flint MI 485|Fort Wayne IN 468|Gary IN 464|Evansville IN 477|Peoria IL 616|Rockford IL 611|Joliet IL 604
Anchorage AK 995|Honolulu HI 968|Hilo HI 967|Charleston WV 253|Morgantown WV 265|Washington DC 200|Kansas City MO 641
St. Louis MO 631|Springfield MO 658|Yakima WA 989|Visalia CA 932|Brownsville TX 785|McAllen TX 785|Lake Charles LA 706
Dothan AL 363|Hattiesburg MS 394|Johnson City TN 376|Muncie IN 473|Kalamazoo MI 490|Eau Claire WI 547|Bismarck ND 585
Rapid City SD 577|Missoula MT 598|Casper WY 826|Grand Junction CO 815|Yuma AZ 853|Santa Fe NM 875|Odessa TX 797""".replace("\n", "|").split("|")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "CA": "California", "AZ": "Arizona", "NM": "New Mexico", "TX": "Texas", "OK": "Oklahoma",
               "KS": "Kansas", "NE": "Nebraska", "IA": "Iowa", "WI": "Wisconsin", "MN": "Minnesota", "ND": "North Dakota",
               "SD": "South Dakota", "MT": "Montana", "ID": "Idaho", "WA": "Washington", "OR": "Oregon", "NV": "Nevada", "UT": "Utah",
               "CO": "Colorado", "WY": "Wyoming", "AR": "Arkansas", "TN": "Tennessee", "KY": "Kentucky", "AL": "Alabama",
               "MS": "Mississippi", "LA": "Louisiana", "GA": "Georgia", "FL": "Florida", "SC": "South Carolina", "NC": "North Carolina",
               "VA": "Virginia", "MD": "Maryland", "DE": "Delaware", "NJ": "New Jersey", "PA": "Pennsylvania", "NY": "New York",
               "CT": "Connecticut", "RI": "Rhode Island", "MA": "Massachusetts", "NH": "New Hampshire", "VT": "Vermont", "ME": "Maine",
               "MI": "Michigan", "IN": "Indiana", "AK": "Alaska", "HI": "Hawaii", "WV": "West Virginia", "DC": "D.C.", "MO": "Missouri"}
STREETS = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Park", "Lake", "Hill", "Church",
           "Walnut", "Chestnut", "Highland", "Sunset", "Franklin", "Madison", "Jackson", "Ridge", "Spring", "Mill", "River", "Center",
           "Union", "Grant", "Prospect", "Pleasant", "Broad", "Market", "Water", "Woodland", "Meadow", "Willow", "Cherry", "Dogwood",
           "Magnolia", "Pecan", "Mesquite", "Palmetto", "Aspen", "Juniper", "Sycamore", "Hickory", "Orchard", "Country Club",
           "Martin Luther King Jr", "Cesar Chavez", "Old Mill", "Quail Run", "Fox Chase", "Deer Creek", "Rolling Hills", "Bluebonnet",
           "Kings", "Evergreen", "Harbor", "Canyon", "Mountain View", "Stonegate", "Lakeshore", "Wabash", "Peachtree", "Kamehameha"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Blvd", "Ct", "Way", "Pl", "Cir", "Ter", "Pkwy", "Trl",
          "St.", "Ave.", "Rd."]


def _ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def us_street():
    num = R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)])
    r = R.random()
    if r < .08:
        a = f"{num} {R.choice(['County Road', 'State Route', 'Hwy', 'Highway', 'US Hwy', 'FM'])} {R.randint(1, 999)}"
    else:
        name = _ordinal(R.randint(1, 120)) if r < .22 else (R.choice(STREETS) if r < .85 else US.last_name())
        pre = R.choice(["N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West "]) if R.random() < .22 else ""
        a = f"{num} {pre}{name} {R.choice(SUFFIX)}"
    if R.random() < .4:
        a += (", " if R.random() < .6 else " ") + R.choice(UNIT).format(n=R.randint(1, 40), l=R.choice("ABCDEF"))
    return a


def us_cityzip():
    city, st, z3 = R.choice(US_CITIES)
    z = f"{z3}{R.randint(1, 99):02d}"
    if R.random() < .2:
        z += f"-{R.randint(1, 9999):04d}"
    return city, st, z


def us_address(multiline=None):
    street = us_street()
    city, st, z = us_cityzip()
    if multiline is None:
        multiline = R.random() < .3
    sep = "\n" if multiline else R.choice([", ", ", ", " "])
    comma = R.choice([", ", " ", ", "])
    return f"{street}{sep}{city}{comma}{st} {z}"


def us_city_state():
    c, st, z = us_cityzip()
    r = R.random()
    if r < .4:
        return f"{c}, {st}"
    if r < .6:
        return f"{c}, {st} {z}"
    if r < .8:
        return f"{c}, {STATE_NAMES[st]}"
    return c


def po_box():
    c, st, z = us_cityzip()
    return R.choice(["PO Box {b}", "P.O. Box {b}", "POB {b}", "Post Office Box {b}", "PO BOX {b}"]).format(b=R.randint(10, 98000)) + \
        f", {c}, {st} {z}"


def military():
    unit = R.choice(["PSC {a}, Box {b}", "Unit {a} Box {b}", "CMR {a}, Box {b}", "Unit {a}, Box {b}", "USNS Mercy", "PSC {a} Box {b}"]).format(
        a=R.randint(100, 9999), b=R.randint(1, 9999))
    post, reg = R.choice([("APO", "AE"), ("APO", "AP"), ("FPO", "AE"), ("FPO", "AP"), ("DPO", "AE"), ("APO", "AA"), ("FPO", "AA")])
    z = {"AE": "09", "AP": "96", "AA": "340"}[reg]
    z = z + str(R.randint(0, 10 ** (5 - len(z)) - 1)).zfill(5 - len(z))
    sep = R.choice([", ", " ", "\n"])
    return f"{unit}{sep}{post} {reg} {z}"


def rural():
    c, st, z = us_cityzip()
    return f"{R.choice(['RR', 'Rural Route', 'RR#', 'HC'])} {R.randint(1, 9)} Box {R.randint(1, 400)}, {c}, {st} {z}"


# ---------------------------------------------------------------- INTL locations
def intl_address(loc):
    f = F[loc]
    if loc == "en_GB":
        return R.choice([f"{f.building_number()} {f.street_name()}, {f.city()} {f.postcode()}",
                         f"Flat {R.randint(1, 30)}, {f.building_number()} {f.street_name()}\n{f.city()}\n{f.postcode()}"])
    if loc == "en_CA":
        return f"{f.street_address()}, {f.city()}, {f.province_abbr()} {f.postcode()}"
    if loc in ("de_DE", "nl_NL", "pl_PL"):
        return f"{f.street_name()} {f.building_number()}, {f.postcode()} {f.city()}"
    if loc == "fr_FR":
        return f"{f.street_address()}, {f.postcode()} {f.city()}"
    if loc in ("es_ES", "it_IT"):
        return f"{f.street_address()}, {f.postcode()} {f.city()}"
    if loc == "es_MX":
        return f"{f.street_name()} {f.building_number()}, Col. {f.city()}, {f.postcode()} {f.state()}"
    if loc == "pt_BR":
        return f"{f.street_name()}, {f.building_number()}, {f.city()} - {f.estado_sigla()}, {f.postcode()}"
    if loc in ("ja_JP", "ko_KR", "zh_CN", "ru_RU"):
        return f.address().replace("\n", " ")
    if loc in ("en_IN", "hi_IN"):
        g = F["en_IN"]
        return f"{R.randint(1, 300)}, {g.street_name()}, {g.city()} {g.postcode()}"
    if loc == "en_PH":
        return f"Blk {R.randint(1, 40)} Lot {R.randint(1, 60)}, {R.choice(['Mabini St', 'Rizal Ave', 'Sampaguita St', 'Narra St'])}, {R.choice(['Quezon City', 'Pasig', 'Cebu City', 'Davao City', 'Bacoor'])} {R.randint(1000, 9800)}"
    if loc == "tr_TR":
        return f"{R.choice(['Atatürk Cd.', 'Bağdat Cd.', 'İstiklal Cd.', 'Cumhuriyet Mah. 12. Sk.'])} No:{R.randint(1, 150)} D:{R.randint(1, 20)}, {R.randint(34000, 35999)} {R.choice(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}"
    if loc == "ar_SA":
        return R.choice([f"{R.choice(['حي النخيل', 'حي الملز', 'حي العليا'])}، {R.choice(['الرياض', 'جدة', 'الدمام'])} {R.randint(11000, 34999)}",
                         f"{R.randint(1000, 9999)} King Fahd Rd, Al Olaya, Riyadh {R.randint(11000, 12999)}"])
    if loc == "vi_VN":
        return f.address().replace("\n", " ")
    raise ValueError(loc)


CITY_INTL = {"ja_JP": ["大阪", "横浜", "札幌", "Osaka", "KYOTO"], "zh_CN": ["上海", "北京", "成都", "深圳"], "ko_KR": ["부산", "인천", "대구"],
             "ru_RU": ["Москва", "Казань", "Екатеринбург"], "ar_SA": ["جدة", "مكة", "الدمام"], "hi_IN": ["मुंबई", "दिल्ली", "Lucknow"]}

# ---------------------------------------------------------------- phones
AREA = ["205", "251", "303", "312", "314", "319", "347", "402", "404", "406", "413", "415", "423", "469", "501", "503",
        "505", "513", "520", "559", "571", "601", "612", "646", "678", "701", "704", "716", "717", "720", "757", "765",
        "785", "801", "803", "808", "816", "850", "901", "907", "912", "913", "928", "971", "978", "985"]


def _d(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def us_phone():
    a, e, n = R.choice(AREA), str(R.randint(201, 989)), _d(4)
    fmt = R.choice(["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a}{e}{n}", "+1 {a} {e} {n}", "1-{a}-{e}-{n}",
                    "001-{a}-{e}-{n}", "+1 ({a}) {e}-{n}", "{a} {e} {n}", "({a}){e}-{n}", "{a}-{e}-{n}", "+1-{a}-{e}-{n}"])
    p = fmt.format(a=a, e=e, n=n)
    r = R.random()
    if r < .12:
        p += R.choice([" x{x}", " ext. {x}", " extension {x}", " ext {x}", " X{x}"]).format(x=R.randint(2, 9999))
    return p


def vanity():
    word = R.choice(["MOVE-NOW", "HAUL-IT", "CLEAN", "NURSE-4U", "CAKES", "PAINT", "DR-FEET", "GO-KATIE"])
    return R.choice([f"1-800-{word}", f"1-888-{word}", f"({R.choice(AREA)}) 555-{word[:4]}", f"1-877-{word}"])


def intl_phone(loc):
    d = _d
    table = {
        "en_GB": [f"+44 20 7946 {d(4)}", f"020 7946 {d(4)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"+44 (0)161 496 {d(4)}"],
        "de_DE": [f"+49 30 {d(7)}", f"030 {d(7)}", f"+49 151 {d(8)}", f"0151 {d(4)} {d(4)}", f"+49 (0)89 {d(3)} {d(4)}"],
        "fr_FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
        "es_MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
        "es_ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}"],
        "it_IT": [f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}", f"+39 02 {d(4)} {d(4)}"],
        "pt_BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 3{d(3)}-{d(4)}"],
        "nl_NL": [f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}", f"+31 20 {d(3)} {d(4)}"],
        "pl_PL": [f"+48 5{d(2)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}", f"6{d(2)}-{d(3)}-{d(3)}"],
        "ja_JP": [f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"],
        "zh_CN": [f"+86 138 {d(4)} {d(4)}", f"139{d(8)}", f"+86 10 {d(4)} {d(4)}"],
        "ko_KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"],
        "hi_IN": [f"+91 9{d(4)} {d(5)}", f"09{d(3)}{d(6)}", f"+91-98{d(3)}-{d(5)}"],
        "en_IN": [f"+91 9{d(4)} {d(5)}", f"+91 80 {d(4)} {d(4)}", f"98{d(3)} {d(5)}"],
        "ar_SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}"],
        "ru_RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"+7 495 {d(3)} {d(2)} {d(2)}"],
        "tr_TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"],
        "vi_VN": [f"+84 9{d(1)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(3)}"],
        "en_CA": [f"+1 416 {R.randint(201, 989)} {d(4)}", f"(604) {R.randint(201, 989)}-{d(4)}", f"514-{R.randint(201, 989)}-{d(4)}"],
        "en_PH": [f"+63 917 {d(3)} {d(4)}", f"0918 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"],
    }
    return R.choice(table[loc])


# ---------------------------------------------------------------- email / url
FREE = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net", "att.net",
        "protonmail.com", "msn.com", "sbcglobal.net", "verizon.net"]


def _ascii(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-")).lower()


def email_for(first, last, domain=None):
    f, l = _ascii(first) or "user", _ascii(last) or "mail"
    local = R.choice([f"{f}.{l}", f"{f}{l}{R.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}{R.randint(40, 99)}",
                      f"{f}_{l}", f"{f}{R.randint(1950, 2001)}", f"{l}{f[0]}", f"{f}.{l[0]}.{R.randint(1, 9)}"])
    return f"{local}@{domain or R.choice(FREE)}"


def url_for(first, last):
    f, l = _ascii(first) or "home", _ascii(last) or "page"
    return R.choice([
        f"https://www.caringbridge.org/visit/{f}{l}",
        f"https://www.gofundme.com/f/help-{f}-{l}-with-medical-bills",
        f"www.{f}{l}.com", f"https://{f}-{l}.net", f"http://{f}{l}photography.com",
        f"https://www.linkedin.com/in/{f}-{l}-{R.randint(10, 99)}", f"facebook.com/{f}.{l}.{R.randint(1, 999)}",
        f"https://sites.google.com/view/{f}{l}", f"https://www.instagram.com/{f}_{l}_", f"{l}{f}.wordpress.com",
        f"https://mealtrain.com/trains/{f}-{l}", f"https://www.legacy.com/us/obituaries/name/{f}-{l}-obituary",
        f"https://{f}{l}.substack.com", f"tinyurl.com/{f}{l}{R.randint(1, 99)}"])


# ---------------------------------------------------------------- ssn, dob
def ssn():
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return R.choice(["{a:03d}-{g:02d}-{s:04d}", "{a:03d}{g:02d}{s:04d}", "{a:03d} {g:02d} {s:04d}", "{a:03d}-{g:02d}-{s:04d}",
                     "{a:03d}.{g:02d}.{s:04d}"]).format(a=a, g=g, s=s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def dob(us=True, min_age=18, max_age=99, loc=None):
    d = US.date_of_birth(minimum_age=min_age, maximum_age=max_age)
    M, D, Y, mon = d.month, d.day, d.year, MONTHS[d.month - 1]
    us_fmts = [f"{M}/{D}/{Y}", f"{M:02d}/{D:02d}/{Y}", f"{M}/{D}/{str(Y)[2:]}", f"{M:02d}-{D:02d}-{Y}", f"{mon} {D}, {Y}",
               f"{mon[:3]} {D} {Y}", f"{Y}-{M:02d}-{D:02d}", f"{D}-{mon[:3]}-{Y}", f"{M}.{D}.{Y}", f"{mon[:3].upper()} {D:02d} {Y}",
               f"{M:02d}{D:02d}{Y}"]
    intl_fmts = [f"{D:02d}/{M:02d}/{Y}", f"{D}.{M}.{Y}", f"{D:02d}.{M:02d}.{Y}", f"{Y}-{M:02d}-{D:02d}", f"{D} {mon} {Y}", f"{Y}/{M:02d}/{D:02d}"] + ([f"{Y}年{M}月{D}日"] if loc in ("ja_JP", "zh_CN") else [])
    return R.choice(us_fmts if us else intl_fmts)


# ---------------------------------------------------------------- account numbers
def luhn_fix(num15):
    s = 0
    for i, ch in enumerate(reversed(num15)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    return num15 + str((10 - s % 10) % 10)


def card():
    kind = R.choice(["visa", "mastercard", "discover", "amex", "visa"])
    if kind == "amex":
        n = US.credit_card_number(card_type="amex")
        n = n if R.random() < .5 else f"{n[:4]} {n[4:10]} {n[10:]}"
    else:
        n = US.credit_card_number(card_type={"visa": "visa16", "mastercard": "mastercard", "discover": "discover"}[kind])
        if R.random() < .15:  # a mistyped one that fails Luhn
            n = n[:-1] + str((int(n[-1]) + 3) % 10)
        sep = R.choice(["", " ", "-", " ", " "])
        n = sep.join(n[i:i + 4] for i in range(0, 16, 4))
    return kind, n


def iban(loc=None):
    loc = loc or R.choice(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_GB", "pl_PL", "pt_BR", "tr_TR"])
    if loc == "pt_BR":
        loc = "pt_PT" if "pt_PT" in F else "es_ES"
    f = F.get(loc) or Faker(loc)
    s = f.iban()
    r = R.random()
    if r < .45:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if R.random() < .15:
        s = s.lower()
    return s


def routing():
    return US.aba()


def bank_acct():
    return _d(R.randint(8, 12))


# ---------------------------------------------------------------- record-like numbers
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    p = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(MBI_A + string.digits), str(R.randint(0, 9)), R.choice(MBI_A),
         R.choice(MBI_A + string.digits), str(R.randint(0, 9)), R.choice(MBI_A), R.choice(MBI_A), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(p)
    return R.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])


def _L(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


RECORD = {  # kind -> (labels, generator)
    "mrn": (["MRN", "MRN:", "MR#", "Med Rec #", "med rec no.", "mrn", "MRN#", "medical record #", "Medical Record Number:"],
            lambda: R.choice([_d(8), "00" + _d(6), f"{_d(3)}-{_d(3)}-{_d(2)}", f"{_d(2)}-{_d(2)}-{_d(2)}-{_d(2)}", f"E{_d(9)}",
                              f"MR{_d(7)}", f"{_d(4)} {_d(4)}", f"{_d(3)}.{_d(3)}.{_d(2)}", _d(7), f"{_d(6)}-{_d(1)}"])),
    "chart": (["chart #", "chart no.", "Chart Number:", "chart", "CHART#", "patient #", "pt #"],
              lambda: R.choice([f"C-{_d(5)}", _d(6), f"{_L(2)}-{_d(5)}", f"{_d(4)}-{_d(2)}", f"{_L(1)}{_d(6)}"])),
    "encounter": (["encounter #", "Enc:", "CSN", "FIN", "visit #", "encounter number", "Acct/Visit", "ENC#"],
                  lambda: R.choice([_d(10), f"{_d(4)}-{_d(2)}-{_d(3)}", f"ENC-{_d(7)}", _d(11), f"V{_d(8)}"])),
    "member": (["member ID", "Member ID:", "ID#", "subscriber id", "Member #", "member no.", "ins id", "policy #", "Identification Number"],
               lambda: R.choice([f"{_L(3)}{_d(9)}", f"{_L(3)} {_d(4)} {_d(4)} {_d(2)}", f"{_L(1)}{_d(10)}", f"{_d(9)}-{_d(2)}",
                                 f"{_L(1)}{_d(2)}-{_d(3)}-{_d(4)}", f"{_d(11)}", f"{_L(2)}{_d(7)}", f"{_d(3)} {_d(3)} {_d(3)}",
                                 (_L(3) + _d(9)).lower()])),
    "group": (["group #", "Group:", "GRP", "grp no", "Group Number", "group"],
              lambda: R.choice([_d(7), f"{_d(6)}-{_d(3)}", f"{_L(2)}{_d(4)}", f"GR-{_d(5)}", f"{_d(5)}-{_d(1)}"])),
    "medicare": (["Medicare #", "MBI", "Medicare ID:", "medicare number", "Medicare no."], mbi),
    "medicaid": (["Medicaid #", "Medicaid ID", "medicaid id", "CIN", "Medi-Cal BIC", "AHCCCS ID"],
                 lambda: R.choice([f"{_L(2)}{_d(5)}{_L(1)}", _d(9), f"{_d(8)}{_L(1)}", f"{_d(4)} {_d(4)} {_d(2)}", _d(12)])),
    "claim": (["claim #", "Claim No.", "claim number", "ICN", "Claim ID:", "clm #", "EOB claim"],
              lambda: R.choice([f"{_d(2)}{_d(3)}-{_d(5)}-{_d(1)}", _d(13), f"E{_d(10)}", f"{_d(4)}-{_d(3)}-{_d(5)}", f"CLM{_d(9)}", f"{_d(4)} {_d(4)} {_d(4)} {_d(1)}"])),
    "case": (["case #", "Case No.", "reference #", "ref #", "ticket", "Case ID", "appeal #", "grievance #"],
             lambda: R.choice([_d(8), f"CAS-{_d(5)}-{_L(1)}{_d(1)}{_L(1)}{_d(1)}", f"{_d(1)}-{_d(4)}-{_d(4)}", f"AP{_d(7)}", f"{_d(2)}-{_d(6)}"])),
    "rx": (["Rx #", "Rx", "RX#", "rx number", "prescription #", "Rx No."],
           lambda: R.choice([f"{_d(7)}-{_d(5)}", _d(7), f"{_d(3)}-{_d(4)}", f"{_d(7)} {_d(2)}", f"RX{_d(8)}"])),
    "auth": (["prior auth #", "PA #", "auth #", "authorization number", "Auth ID"],
             lambda: R.choice([f"PA-{_d(4)}-{_d(6)}", _d(9), f"{_L(1)}{_d(8)}", f"{_d(2)}-PA-{_d(6)}"])),
    "device": (["serial", "S/N", "SN:", "serial no.", "Serial Number", "device serial", "ser#"],
               lambda: R.choice([f"{_L(2)}{_d(7)}{_L(1)}", _d(11), f"{_d(4)} {_d(4)} {_d(3)}", f"{_L(3)} {_d(6)} {_L(1)}",
                                 f"{_L(1)}{_d(2)}-{_d(5)}-{_L(2)}", f"{_d(1)}{_L(1)}{_d(1)}{_L(1)}{_d(1)}{_L(1)}"])),
}
DEVICE = ["CPAP", "insulin pump", "oxygen concentrator", "hearing aid", "Dexcom receiver", "nebulizer", "hospital bed", "power wheelchair", "TENS unit", "pacemaker"]

NUMW = {"0": ["zero", "oh"], "1": ["one"], "2": ["two"], "3": ["three"], "4": ["four"], "5": ["five"], "6": ["six"],
        "7": ["seven"], "8": ["eight"], "9": ["nine"]}


def spoken(num):
    """read a number aloud, digit by digit (letters as letters or NATO-ish words)."""
    nato = {"A": "apple", "B": "boy", "C": "Charlie", "D": "David", "E": "Edward", "F": "Frank", "G": "George", "H": "Henry",
            "J": "John", "K": "King", "L": "Larry", "M": "Mary", "N": "Nancy", "P": "Paul", "Q": "queen", "R": "Robert",
            "S": "Sam", "T": "Tom", "U": "umbrella", "V": "Victor", "W": "water", "X": "x-ray", "Y": "yellow", "Z": "zebra"}
    groups, cur = [], []
    for c in num:
        if c.isdigit():
            cur.append(R.choice(NUMW[c]))
        elif c.isalpha():
            u = c.upper()
            cur.append(f"{u} as in {nato.get(u, 'apple')}" if R.random() < .3 else u)
        elif cur:
            groups.append(cur)
            if c == "-" and R.random() < .4:
                groups.append(["dash"])
            cur = []
    if cur:
        groups.append(cur)
    inner = R.choice([" ", " ", ", ", "-"])
    outer = R.choice([", ", ", ", "... ", " "])
    return outer.join(inner.join(g) for g in groups)


def digits_spaced(num):
    return " ".join(c for c in num if c.isalnum())


def wrap(num):
    """split a number across a line break, as if wrapped or pasted."""
    cut = max(2, len(num) // 2 + R.choice([-1, 0, 1]))
    cut = min(cut, len(num) - 1)
    a, b = num[:cut].rstrip(), num[cut:].lstrip()
    return a + R.choice(["\n", "\n", "-\n", " \n"]) + b


def typo_num(num):
    """a near-miss: two adjacent digits swapped (for corrections)."""
    idx = [i for i in range(len(num) - 1) if num[i].isdigit() and num[i + 1].isdigit() and num[i] != num[i + 1]]
    if not idx:
        return None
    i = R.choice(idx)
    return num[:i] + num[i + 1] + num[i] + num[i + 2:]
