"""Value generators for the dev55 templates (Faker + own lists, all values invented)."""
import random
import string
import unicodedata

from faker import Faker

SEED = 5555
R = random.Random(SEED)

_FAKERS = {}


def fk(loc):
    if loc not in _FAKERS:
        f = Faker(loc)
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[loc] = f
    return _FAKERS[loc]


def ch(seq):
    return R.choice(seq)


def digits(k):
    return "".join(R.choice(string.digits) for _ in range(k))


FOLD = {"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- people
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Stone", "Bell", "King", "Price", "Fox",
                 "Hunter", "Summers", "Black", "White", "Little", "Long", "Day", "Rich", "Gray", "Baker", "Cook", "Bishop"]
FIL_FIRST = {"f": ["Maricel", "Rowena", "Ligaya", "Marites", "Cristina", "Analyn", "Joylyn", "Lorna", "Divina"],
             "m": ["Jericho", "Danilo", "Rommel", "Jun-Jun", "Reynaldo", "Bong", "Arnel", "Efren"]}
VI_FIRST = {"f": ["Lan", "Hương", "Linh", "Mai", "Hoa", "Phương", "Trang", "Thảo", "Ngọc"],
            "m": ["Minh", "Tuấn", "Đức", "Quang", "Thanh", "Hùng", "Bảo", "Khoa"]}
VI_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Dương", "Huỳnh"]
# paired native-script / romanized names (invented combinations of common names)
PAIRED = {
    "ja_JP": [("田中 花子", "Hanako Tanaka", "f"), ("佐藤 健", "Ken Sato", "m"), ("鈴木 一郎", "Ichiro Suzuki", "m"),
              ("高橋 美咲", "Misaki Takahashi", "f"), ("渡辺 直樹", "Naoki Watanabe", "m"), ("伊藤 陽子", "Yoko Ito", "f"),
              ("山本 和夫", "Kazuo Yamamoto", "m"), ("中村 恵子", "Keiko Nakamura", "f"), ("小林 誠", "Makoto Kobayashi", "m"),
              ("加藤 幸子", "Sachiko Kato", "f")],
    "zh_CN": [("王秀英", "Wang Xiuying", "f"), ("李伟", "Li Wei", "m"), ("张丽", "Zhang Li", "f"), ("刘洋", "Liu Yang", "m"),
              ("陈静", "Chen Jing", "f"), ("杨帆", "Yang Fan", "m"), ("黄建国", "Huang Jianguo", "m"), ("赵淑珍", "Zhao Shuzhen", "f"),
              ("周志强", "Zhou Zhiqiang", "m"), ("吴桂兰", "Wu Guilan", "f")],
    "ko_KR": [("김민준", "Kim Min-jun", "m"), ("이서연", "Lee Seo-yeon", "f"), ("박지훈", "Park Ji-hoon", "m"),
              ("최수빈", "Choi Su-bin", "f"), ("정하은", "Jung Ha-eun", "f"), ("강동현", "Kang Dong-hyun", "m"),
              ("윤미경", "Yoon Mi-kyung", "f"), ("조성호", "Cho Sung-ho", "m")],
    "ru_RU": [("Иван Петров", "Ivan Petrov", "m"), ("Ольга Смирнова", "Olga Smirnova", "f"), ("Наталья Кузнецова", "Natalya Kuznetsova", "f"),
              ("Сергей Волков", "Sergei Volkov", "m"), ("Галина Морозова", "Galina Morozova", "f"), ("Алексей Соколов", "Alexei Sokolov", "m")],
}
FIL_LAST = ["Dela Cruz", "Santos", "Bautista", "Reyes", "Manalo", "Villanueva", "Mendoza", "Pangilinan", "Castillo", "Aquino", "Lacson", "Tolentino"]
US_MIX = [("en_US", 52), ("es_MX", 12), ("en_IN", 5), ("vi_VN", 4), ("fil", 4), ("pl_PL", 3), ("it_IT", 3),
          ("word", 8), ("de_DE", 2), ("en_IE", 3), ("tr_TR", 1), ("pt_BR", 3)]


def weighted(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def gendered_first(f, gender):
    try:
        if gender == "f":
            return f.first_name_female()
        if gender == "m":
            return f.first_name_male()
    except AttributeError:
        pass
    return f.first_name()


def first_last(loc, gender):
    if gender is None:
        gender = ch("fm")
    if loc == "fil":
        return ch(FIL_FIRST[gender]), ch(FIL_LAST)
    if loc == "vi_VN":
        return ch(VI_FIRST[gender]), ch(VI_LAST)
    if loc == "word":
        return gendered_first(fk("en_US"), gender), ch(WORD_SURNAMES)
    f = fk(loc)
    return gendered_first(f, gender), f.last_name()


class Person:
    def __init__(self, loc, nonlatin=False, gender=None, paired=False):
        self.loc = loc
        if gender is None:
            gender = ch("fm")
        self.gender = gender
        self.first, self.last = first_last(loc, gender)
        self.mid = ch(string.ascii_uppercase)
        self.native = None
        self.roman = None
        if nonlatin:
            f = fk(loc)
            pool = [p for p in PAIRED.get(loc, []) if p[2] == gender]
            if pool and (paired or R.random() < 0.4):
                self.native, self.roman, _ = ch(pool)
            else:
                try:
                    self.native = f.name_female() if gender == "f" else f.name_male()
                except AttributeError:
                    self.native = f.name()

    def full(self):
        return f"{self.first} {self.last}"

    def rev(self):
        return f"{self.last}, {self.first}"

    def mi(self):
        return f"{self.first} {self.mid}. {self.last}"

    def _ascii_parts(self):
        src = self.roman.split(" ") if self.roman else [self.first, self.last]
        a = "".join(c for c in ascii_fold(src[0]).lower() if c.isascii() and c.isalnum())
        b = "".join(c for c in ascii_fold(src[-1]).lower() if c.isascii() and c.isalnum())
        if not (a and b):
            u = fk("en_US")
            a, b = u.first_name().lower(), u.last_name().lower()
        return a, b

    def email(self, domains):
        if self.native and not self.roman:
            return f"{fk(self.loc).user_name()}@{ch(domains)}"
        a, b = self._ascii_parts()
        d = ch(domains)
        pat = R.randrange(8)
        if pat == 0:
            u = f"{a}.{b}"
        elif pat == 1:
            u = f"{a}{b}{R.randrange(1, 99)}"
        elif pat == 2:
            u = f"{a[0]}{b}"
        elif pat == 3:
            u = f"{a}_{b}"
        elif pat == 4:
            u = f"{b}{a[0]}{R.choice(['', str(R.randrange(40, 99))])}"
        elif pat == 5:
            u = f"{a}.{b}{R.randrange(1950, 2005)}"
        elif pat == 6:
            u = f"{a}{R.choice(['.', '_', ''])}{b[:3]}{R.randrange(10, 999)}"
        else:
            u = f"{b}.{a}"
        return f"{u}@{d}"

    def url(self):
        a, b = self._ascii_parts()
        opts = [f"https://www.{a}{b}.com", f"https://www.linkedin.com/in/{a}-{b}-{R.randrange(10, 999)}",
                f"www.facebook.com/{a}.{b}.{R.randrange(1, 9)}", f"https://www.caringbridge.org/visit/{a}{b}",
                f"https://www.gofundme.com/f/help-{a}-{b}-with-medical-bills", f"instagram.com/{a}_{b}",
                f"https://{a}{b}photography.net", f"https://sites.google.com/view/{a}-{b}",
                f"http://{b}family.org/{a}", f"https://{a}-{b}.blogspot.com", f"https://www.{b}{a[0]}.me/about",
                f"https://www.etsy.com/shop/{a.capitalize()}{b.capitalize()}Makes", f"tiktok.com/@{a}{b}{R.randrange(1, 99)}"]
        return ch(opts)


US_EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net",
                    "att.net", "verizon.net", "sbcglobal.net", "protonmail.com", "charter.net", "msn.com", "me.com"]


def us_person(gender=None):
    return Person(weighted(US_MIX), gender=gender)


# ---------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"),
             ("Spokane", "WA", "992"), ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Buffalo", "NY", "142"),
             ("Bronx", "NY", "104"), ("Brooklyn", "NY", "112"), ("Trenton", "NJ", "086"), ("Camden", "NJ", "081"),
             ("Scranton", "PA", "185"), ("Pittsburgh", "PA", "152"), ("Dover", "DE", "199"), ("Baltimore", "MD", "212"),
             ("Richmond", "VA", "232"), ("Norfolk", "VA", "235"), ("Durham", "NC", "277"), ("Charlotte", "NC", "282"),
             ("Columbia", "SC", "292"), ("Savannah", "GA", "314"), ("Macon", "GA", "312"), ("Tampa", "FL", "336"),
             ("Orlando", "FL", "328"), ("Hialeah", "FL", "330"), ("Mobile", "AL", "366"), ("Jackson", "MS", "392"),
             ("Memphis", "TN", "381"), ("Lexington", "KY", "405"), ("Dayton", "OH", "454"), ("Flint", "MI", "485"),
             ("Lansing", "MI", "489"), ("Gary", "IN", "464"), ("Fort Wayne", "IN", "468"), ("Madison", "WI", "537"),
             ("Duluth", "MN", "558"), ("St. Paul", "MN", "551"), ("Sioux Falls", "SD", "571"), ("Fargo", "ND", "581"),
             ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Joplin", "MO", "648"), ("Little Rock", "AR", "722"),
             ("Shreveport", "LA", "711"), ("Baton Rouge", "LA", "708"), ("El Paso", "TX", "799"), ("Laredo", "TX", "780"),
             ("Lubbock", "TX", "794"), ("San Antonio", "TX", "782"), ("Plano", "TX", "750"), ("Pueblo", "CO", "810"),
             ("Aurora", "CO", "800"), ("Provo", "UT", "846"), ("Mesa", "AZ", "852"), ("Yuma", "AZ", "853"),
             ("Las Cruces", "NM", "880"), ("Reno", "NV", "895"), ("Henderson", "NV", "890"), ("Eugene", "OR", "974"),
             ("Salem", "OR", "973"), ("Tacoma", "WA", "984"), ("Oakland", "CA", "946"), ("Stockton", "CA", "952"),
             ("Riverside", "CA", "925"), ("Chula Vista", "CA", "919"), ("Honolulu", "HI", "968"), ("Anchorage", "AK", "995"),
             ("Burlington", "VT", "054"), ("Nashua", "NH", "030"), ("Worcester", "MA", "016"), ("Lowell", "MA", "018"),
             ("Providence", "RI", "029"), ("Hartford", "CT", "061"), ("Bangor", "ME", "044"), ("Cheyenne", "WY", "820"),
             ("Missoula", "MT", "598"), ("Cedar Rapids", "IA", "524"), ("Peoria", "IL", "616"), ("Rockford", "IL", "611"),
             ("Toledo", "OH", "436"), ("Akron", "OH", "443"), ("Huntington", "WV", "257"), ("Chattanooga", "TN", "374"),
             ("Gainesville", "FL", "326"), ("Athens", "GA", "306"), ("Paterson", "NJ", "075"), ("Yonkers", "NY", "107"),
             ("Kalamazoo", "MI", "490"), ("Waco", "TX", "767"), ("Odessa", "TX", "797"), ("Bismarck", "ND", "585")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CA": "California", "NY": "New York", "FL": "Florida",
               "GA": "Georgia", "MI": "Michigan", "WA": "Washington", "VA": "Virginia", "NC": "North Carolina",
               "PA": "Pennsylvania", "MN": "Minnesota", "AZ": "Arizona", "TN": "Tennessee"}
STREET_BASE = ["Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Lake", "Church", "Mill", "Spring", "Ridge",
               "Sunset", "Highland", "Meadow", "Jefferson", "Franklin", "Walnut", "Chestnut", "Willow", "Cherry",
               "Dogwood", "Magnolia", "Pecan", "Pine", "Birch", "Aspen", "Juniper", "Hawthorne", "Prospect",
               "Fairview", "Pleasant", "Madison", "Monroe", "Adams", "Orchard", "Grove", "Sycamore", "Hickory",
               "Laurel", "Linden", "Poplar", "Vine", "River", "Bayview", "Canyon", "Mesa Verde", "Palmetto",
               "Bluebonnet", "Cottonwood", "Magnolia Bluff", "Old Mill", "Country Club", "Martin Luther King Jr",
               "Cesar Chavez", "Kingsley", "Wilshire", "Peachtree", "Heritage", "Briarwood", "Foxglove", "Quail Run",
               "Stonegate", "Cypress", "Evergreen", "Jackson", "Polk", "Main", "2nd", "3rd", "5th", "12th", "45th",
               "Harrison", "Kenwood", "Lakeshore", "Riverbend", "Timber", "Shady Oak", "Glenwood", "Brookside"]
STREET_SUF = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd",
              "Way", "Pl", "Ter", "Cir", "Pkwy", "Hwy", "Trl", "Loop"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "West"]


def us_city():
    return ch(US_CITIES)


def us_zip(prefix):
    return prefix + digits(2)


def us_unit():
    return ch([f"Apt {R.randrange(1, 40)}{ch(['', 'A', 'B', 'C', 'D'])}", f"Apt. {R.randrange(1, 9)}{ch('ABCDEF')}",
               f"Apt #{R.randrange(1, 300)}", f"Unit {R.randrange(1, 60)}", f"Suite {R.randrange(1, 9)}{R.randrange(0, 9)}0",
               f"Ste {R.randrange(100, 900)}", f"#{R.randrange(1, 40)}", f"Fl {R.randrange(2, 5)}", f"Bldg {ch('ABCDE')}",
               f"Unit {ch('ABCDEFG')}", f"Rm {R.randrange(100, 450)}", f"Lot {R.randrange(1, 99)}"])


def us_street(unit_p=0.4):
    num = str(R.choice([R.randrange(1, 99), R.randrange(100, 999), R.randrange(1000, 9999), R.randrange(10000, 29999)]))
    d = (ch(DIRS) + " ") if R.random() < 0.2 else ""
    s = f"{num} {d}{ch(STREET_BASE)} {ch(STREET_SUF)}"
    if R.random() < unit_p:
        s += ch([" ", ", "]) + us_unit()
    return s


def us_addr(multiline=False):
    city, st, zp = us_city()
    z = us_zip(zp)
    if R.random() < 0.2:
        z += "-" + digits(4)
    street = us_street()
    st_txt = st if R.random() > 0.08 or st not in STATE_NAMES else STATE_NAMES[st]
    tail = ch([f"{city}, {st_txt} {z}", f"{city} {st_txt} {z}", f"{city}, {st_txt}, {z}", f"{city}, {st_txt}  {z}"])
    if multiline:
        if "," in street and R.random() < 0.5:
            a, b = street.split(",", 1)
            return f"{a}\n{b.strip()}\n{tail}"
        return f"{street}\n{tail}"
    return f"{street}, {tail}"


def us_pobox():
    city, st, zp = us_city()
    box = ch(["PO Box", "P.O. Box", "PO BOX", "Post Office Box", "P O Box"])
    return f"{box} {R.randrange(10, 99999)}, {city}, {st} {us_zip(zp)}"


def us_military():
    kind = R.randrange(5)
    if kind == 0:
        return f"PSC {R.randrange(1000, 9999)}, Box {R.randrange(1, 9999):04d}, APO AE 09{digits(3)}"
    if kind == 1:
        return f"Unit {R.randrange(1000, 9999)} Box {R.randrange(1, 9999)}, {ch(['APO', 'DPO'])} AP 96{R.randrange(200, 699)}"
    if kind == 2:
        return f"CMR {R.randrange(400, 499)} Box {R.randrange(100, 9999)}, APO AE 09{digits(3)}"
    if kind == 3:
        return f"{ch(['USS', 'USNS'])} {ch(['Truman', 'Nimitz', 'Mercy', 'Bataan', 'Comfort', 'Ford'])}, FPO {ch(['AE 09', 'AP 96'])}{digits(3)}"
    return f"PSC {R.randrange(1000, 9999)} Box {R.randrange(1, 999)}\nAPO AA 340{digits(2)}"


def us_rr():
    city, st, zp = us_city()
    return ch([f"RR {R.randrange(1, 9)} Box {R.randrange(1, 300)}, {city}, {st} {us_zip(zp)}",
               f"Rural Route {R.randrange(1, 9)}, Box {R.randrange(1, 300)}, {city} {st} {us_zip(zp)}",
               f"HC {R.randrange(60, 80)} Box {R.randrange(1, 900)}, {city}, {st} {us_zip(zp)}"])


def us_city_st():
    city, st, _ = us_city()
    return f"{city}, {st}"


def us_city_st_zip():
    city, st, zp = us_city()
    return f"{city}, {st} {us_zip(zp)}"


# ---------------------------------------------------------------- US phones
AREA = ["205", "251", "907", "480", "520", "602", "479", "501", "209", "213", "310", "408", "510", "559", "619", "714",
        "818", "909", "303", "719", "203", "860", "302", "239", "305", "407", "561", "727", "813", "904", "229", "404",
        "478", "706", "912", "808", "208", "217", "309", "312", "618", "708", "773", "219", "317", "574", "812", "319",
        "515", "563", "316", "785", "502", "606", "859", "225", "318", "504", "207", "301", "410", "413", "508", "617",
        "781", "231", "248", "313", "517", "616", "734", "810", "218", "612", "651", "228", "601", "314", "417", "816",
        "406", "402", "702", "775", "603", "201", "609", "732", "973", "505", "575", "212", "315", "347", "516", "518",
        "585", "718", "914", "252", "336", "704", "828", "910", "919", "701", "216", "330", "419", "513", "614", "937",
        "405", "918", "503", "541", "215", "412", "570", "610", "717", "401", "803", "843", "864", "605", "423", "615",
        "865", "901", "210", "214", "254", "281", "361", "409", "432", "512", "713", "806", "817", "915", "956", "972",
        "435", "801", "802", "276", "434", "540", "703", "757", "206", "253", "360", "509", "304", "262", "414", "608",
        "715", "920", "307"]


def us_number_parts():
    a = ch(AREA)
    if R.random() < 0.3:
        return a, "555", "01" + digits(2)
    return a, str(R.randrange(200, 999)), digits(4)


def us_phone(ext=None):
    a, b, c = us_number_parts()
    fmt = R.randrange(11)
    s = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
         f"001-{a}-{b}-{c}", f"({a}){b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", f"+1{a}{b}{c}"][fmt]
    if ext is None:
        ext = R.random() < 0.12
    if ext:
        s += ch([f" x{R.randrange(2, 9999)}", f" ext. {R.randrange(1, 99)}", f" extension {R.randrange(1, 9)}",
                 f" ext {R.randrange(100, 999)}", f"x{R.randrange(10, 99)}", f" Ext. {R.randrange(1, 999)}"])
    return s


VANITY = ["FIX-ROOF", "ROOFING", "HANDYMAN", "RAMPS-4U", "GUTTERS", "FIX-IT-NOW", "MR-FIXIT", "BUILD-IT", "REPAIRS"]


def us_vanity():
    code = ch(["800", "888", "877", "866", "844"])
    w = ch(VANITY)
    return ch([f"1-{code}-{w}", f"{code}-{w}", f"1 ({code}) {w}", f"({code}) {w}"])


# ---------------------------------------------------------------- US ids
def ssn():
    a = R.choice([R.randrange(1, 666), R.randrange(667, 900)])
    g, s = R.randrange(1, 100), R.randrange(1, 10000)
    return ch([f"{a:03d}-{g:02d}-{s:04d}"] * 3 + [f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + string.digits
    c = [str(R.randrange(1, 10)), ch(MBI_L), ch(an), str(R.randrange(10)), ch(MBI_L), ch(an), str(R.randrange(10)),
         ch(MBI_L), ch(MBI_L), str(R.randrange(10)), str(R.randrange(10))]
    s = "".join(c)
    return ch([f"{s[:4]}-{s[4:7]}-{s[7:]}", s, f"{s[:4]} {s[4:7]} {s[7:]}"])


def mrn():
    return ch([digits(8), digits(7), "00" + digits(6), f"E{digits(7)}", f"{ch(['MR', 'HX', 'PT'])}{digits(6)}",
               f"{digits(2)}-{digits(2)}-{digits(2)}-{digits(2)}", f"{ch(['SLH', 'BMC', 'UCH', 'MGH', 'RMC'])}-{digits(7)}",
               f"{digits(2)}-{digits(6)}", f"{ch(string.ascii_uppercase)}{digits(9)}"])


def member_id():
    L = string.ascii_uppercase
    return ch([f"{ch(L)}{ch(L)}{ch(L)}{digits(9)}", f"W{digits(9)}", f"{ch(L)}{digits(4)}-{digits(5)}",
               f"{digits(3)} {digits(3)} {digits(3)}", f"{ch(L)}{ch(L)}{digits(8)}", f"{ch(L)}{digits(8)}{ch(['01', '02', ''])}",
               f"{ch(L)}{ch(L)}{ch(L)} {digits(4)} {digits(5)}"])


def medicaid_id():
    L = string.ascii_uppercase
    return ch([f"{ch(L)}{ch(L)}{digits(5)}{ch(L)}", f"9{digits(7)}{ch(L)}", f"{digits(9)}", f"{digits(10)}",
               f"{ch(L)}{digits(8)}", f"MCD{digits(8)}"])


def chart_no():
    return ch([f"{digits(6)}", f"CH-{digits(6)}", f"{digits(2)}-{digits(4)}-{digits(2)}", f"C{digits(7)}"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def rand_date(y0=1925, y1=1975):
    y = R.randrange(y0, y1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def dob_us(y0=1925, y1=1975):
    y, m, d = rand_date(y0, y1)
    mon = MONTHS[m - 1]
    return ch([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m}-{d}-{y}", f"{m:02d}-{d:02d}-{y}",
               f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{mon[:3]}. {d}, {y}", f"{y}-{m:02d}-{d:02d}",
               f"{mon} {d} {y}", f"{m:02d}{d:02d}{y}"])


# ---------------------------------------------------------------- accounts
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card(valid=None):
    if valid is None:
        valid = R.random() < 0.8
    pre, L = ch([("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15),
                 ("37", 15), ("6011", 16), ("65", 16)])
    body = pre + digits(L - len(pre) - 1)
    num = None
    for d in "0123456789":
        ok = luhn_ok(body + d)
        if ok == valid:
            num = body + d
            break
    if L == 15:
        return ch([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    return ch([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num, "-".join(num[i:i + 4] for i in range(0, 16, 4)),
               " ".join(num[i:i + 4] for i in range(0, 16, 4))])


def card_brand(num):
    n = num.replace(" ", "").replace("-", "")
    if n[0] == "4":
        return ch(["Visa", "visa", "VISA"])
    if n[:2] in ("34", "37"):
        return ch(["Amex", "AmEx", "American Express"])
    if n[:4] == "6011" or n[:2] == "65":
        return "Discover"
    return ch(["Mastercard", "MC", "mastercard"])


def routing():
    while True:
        x = [R.randrange(0, 4)] + [R.randrange(10) for _ in range(8)]
        if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
            return "".join(map(str, x))


def bank_acct():
    return ch([digits(10), digits(12), digits(9), f"{digits(4)}-{digits(6)}", digits(8), f"00{digits(9)}",
               f"{digits(3)} {digits(3)} {digits(4)}", digits(14)])


IBAN_SPEC = {"DE": "n18", "GB": "B4n14", "FR": "n23", "ES": "n20", "IT": "A1n22", "NL": "B4n10", "PL": "n24",
             "PT": "n21", "BE": "n12", "CH": "n17", "IE": "B4n14", "AT": "n16", "MX": None, "BR": "n23A1c1",
             "SA": "n22", "TR": "n22", "FI": "n14", "DK": "n14", "SE": "n20", "NO": "n11", "GR": "n23"}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
              "IE": ["AIBK", "BOFI", "IPBS"]}


def bban(cc):
    spec = IBAN_SPEC[cc]
    out, i = "", 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        k = int(spec[i + 1:j])
        if kind == "n":
            out += digits(k)
        elif kind == "A":
            out += "".join(ch(string.ascii_uppercase) for _ in range(k))
        elif kind == "c":
            out += "".join(ch(string.ascii_uppercase + string.digits) for _ in range(k))
        elif kind == "B":
            out += ch(BANK_CODES[cc])
        i = j
    return out


def iban_raw(cc):
    b = bban(cc)
    n = "".join(str(int(c, 36)) for c in b + cc + "00")
    return f"{cc}{98 - int(n) % 97:02d}{b}"


def iban_ok(s):
    s = s.replace(" ", "").upper()
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def iban_fmt(raw):
    spaced = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return ch([spaced, spaced, raw, raw, spaced.lower(), raw.lower()])


def iban(cc=None):
    if cc is None or IBAN_SPEC.get(cc) is None:
        cc = ch(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "PT", "BE", "CH", "IE", "AT", "SA", "TR"])
    return iban_fmt(iban_raw(cc))
