"""Value generators for the dev18 templates.  Every function takes a random.Random and returns a
plain string (the identifier value); templates wrap it in markup.  Faker instances are seeded from
the same rng so the build is reproducible."""
import datetime
import re

from faker import Faker

from lib import fmt_card, group4, make_card, make_iban, make_routing, medicare_mbi, nhs_number

_FAKERS = {}


def fk(rng, loc):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    f = _FAKERS[loc]
    f.seed_instance(rng.getrandbits(32))
    return f


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def dig1(rng):
    return rng.choice("23456789")


# ------------------------------------------------------------------ people
ENGLISH_WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Wood", "Bell", "King",
                         "Fox", "Hunt", "Marsh", "Lane", "Ford", "Banks", "Price", "Love", "Moody", "Rich",
                         "Summers", "Winter", "Frost", "Snow", "Holmes", "Black", "White", "Green", "Gray",
                         "Long", "Short", "Little", "Strong", "Swift", "Cook", "Baker", "Carpenter", "Hunter",
                         "Fisher", "Mason", "Walker", "Miller", "Gardner", "Sharp", "Best", "Hope", "Church",
                         "Bishop", "Knight", "Golden", "Pierce", "Rice", "Nash", "Chase", "Cross", "Wolf"]
WORD_FIRSTS = ["Grace", "Hope", "Faith", "Joy", "Dawn", "Iris", "Ivy", "Lily", "Violet", "Robin", "Drew",
               "Bill", "Art", "Mark", "Pat", "Will", "Sunny", "Rusty", "Buddy", "Sandy", "Skip", "Rose", "June",
               "April", "Misty", "Summer", "Autumn", "Hunter", "Sky", "Honey", "Chip", "Brooke", "Crystal",
               "Penny", "Ruby", "Pearl", "Amber", "Destiny", "Journey", "Star"]
NICKNAMES = {"Robert": ["Bob", "Bobby", "Rob"], "William": ["Bill", "Billy", "Will"], "Margaret": ["Peggy", "Maggie", "Meg"],
             "Elizabeth": ["Liz", "Betty", "Beth"], "Richard": ["Dick", "Rick", "Richie"], "James": ["Jim", "Jimmy"],
             "Patricia": ["Patty", "Trish"], "Katherine": ["Kathy", "Kate", "Katie"], "Dorothy": ["Dot", "Dottie"],
             "Charles": ["Chuck", "Charlie"], "Theodore": ["Ted", "Teddy"], "Francisco": ["Paco", "Pancho"],
             "José": ["Pepe"], "Guadalupe": ["Lupe"], "Alejandro": ["Alex", "Jandro"], "Eduardo": ["Lalo"]}
US_FIRST_EXTRA = ["Dolores", "Marisol", "Yesenia", "Guadalupe", "Jesús", "Thanh", "Minh", "Huong", "Wei", "Mei",
                  "Jin", "Soo-ah", "Ji-hoon", "Priya", "Arjun", "Ravi", "Fatima", "Omar", "Aaliyah", "DeShawn",
                  "LaTonya", "Tyrone", "Keisha", "Imani", "Darnell", "Shaniqua", "Ebony", "Malik", "Aisha",
                  "Bogdan", "Olena", "Svetlana", "Irina", "Krzysztof", "Mehmet", "Chidi", "Ngozi", "Kwame",
                  "Abena", "Rosario", "Consuelo", "Esperanza", "Xochitl", "Bao", "Linh", "Tuan", "Kenji",
                  "Hiroko", "Yuki", "Mateo", "Santiago", "Camila", "Valentina", "Siobhan", "Declan", "Oksana"]
US_LAST_EXTRA = ["Nguyen", "Tran", "Pham", "Le", "Kim", "Lee", "Chen", "Wang", "Patel", "Shah", "Singh", "Khan",
                 "Garcia", "Rodriguez", "Hernandez", "Lopez", "Gonzalez", "Ramirez", "Torres", "Flores",
                 "de la Cruz", "De Leon", "Del Rio", "Van Dyke", "VanderMeer", "O'Brien", "O'Neill", "McDonald",
                 "MacKenzie", "Okafor", "Adeyemi", "Mensah", "Kowalski", "Nowak", "Petrov", "Ivanova",
                 "Yamamoto", "Tanaka", "Takahashi", "Cohen", "Goldberg", "Abdullah", "Haddad", "Russo",
                 "Esposito", "Jankowski", "St. Clair", "LaFleur", "Dubois", "Washington", "Jefferson",
                 "Begay", "Yazzie", "Tsosie", "Running Bear", "Kealoha", "Kahale"]
US_NAME_LOCALES = ["en_US"] * 6 + ["es_MX", "en_GB", "en_IE", "vi_VN_latin", "en_IN"]


class Person:
    def __init__(self, first, last, middle="", script="latin", family_first=False):
        self.first, self.last, self.middle = first, last, middle
        self.script = script          # latin / cjk / other
        self.family_first = family_first

    def full(self):
        if self.script == "cjk":
            return self.last + self.first
        if self.family_first:
            return self.last + " " + self.first
        return self.first + " " + self.last


def person_us(rng):
    r = rng.random()
    if r < 0.12:
        last = rng.choice(ENGLISH_WORD_SURNAMES)
    elif r < 0.35:
        last = rng.choice(US_LAST_EXTRA)
    else:
        f = fk(rng, rng.choice(["en_US", "en_US", "en_US", "es_MX", "en_GB", "en_IE"]))
        last = f.last_name()
    r = rng.random()
    if r < 0.1:
        first = rng.choice(WORD_FIRSTS)
    elif r < 0.3:
        first = rng.choice(US_FIRST_EXTRA)
    elif r < 0.4:
        first = rng.choice(list(NICKNAMES))
    else:
        first = fk(rng, rng.choice(["en_US", "en_US", "es_MX"])).first_name()
    if rng.random() < 0.08:
        last = last + "-" + fk(rng, "en_US").last_name()
    middle = fk(rng, "en_US").first_name() if rng.random() < 0.3 else ""
    return Person(first, last, middle)


CJK_ROMAN = {"zh": (["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"],
                    ["Wei", "Fang", "Xiuying", "Jianguo", "Min", "Jing", "Lei", "Yan", "Hui", "Qiang"]),
             "ja": (["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
                    ["Hiroshi", "Kazuko", "Yoshiko", "Takeshi", "Akiko", "Haruto", "Emiko", "Kenta"]),
             "ko": (["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"],
                    ["Min-jun", "Seo-yeon", "Ji-ho", "Soon-ja", "Young-hee", "Dong-hyun", "Eun-ji", "Sung-min"])}
AR_FIRST = ["محمد", "أحمد", "فاطمة", "عائشة", "خالد", "نورة", "عبدالله", "مريم", "سارة", "يوسف", "ليلى", "حسن"]
AR_LAST = ["العتيبي", "القحطاني", "الشمري", "الحربي", "الزهراني", "الغامدي", "المصري", "حداد", "الخطيب", "منصور"]
AR_LATIN = (["Mohammed", "Ahmed", "Fatima", "Aisha", "Khaled", "Noura", "Abdullah", "Mariam", "Youssef", "Layla"],
            ["Al-Otaibi", "Al-Qahtani", "Al-Shammari", "Haddad", "El-Masry", "Mansour", "Khatib", "Al-Harbi"])
VI_FIRST = ["Thị Lan", "Văn Hùng", "Thị Mai", "Minh Tuấn", "Thu Hà", "Quốc Bảo", "Thị Hồng", "Văn Nam", "Ngọc Anh"]
VI_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
BN_FIRST = ["রহিম", "করিম", "ফাতেমা", "সালমা", "আনোয়ার", "নাসরিন", "জাহিদ", "শাহানা"]
BN_LAST = ["হোসেন", "আহমেদ", "রহমান", "ইসলাম", "চৌধুরী", "বেগম", "খান", "সরকার"]

INTL_NAME_LOCALES = {"GB": "en_GB", "IE": "en_IE", "DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "FR": "fr_FR",
                     "ES": "es_ES", "MX": "es_MX", "AR": "es_AR", "CO": "es_CO", "IT": "it_IT", "PT": "pt_PT",
                     "BR": "pt_BR", "NL": "nl_NL", "PL": "pl_PL", "TR": "tr_TR", "RU": "ru_RU", "UA": "uk_UA",
                     "IN": "hi_IN", "JP": "ja_JP", "KR": "ko_KR", "CN": "zh_CN", "TW": "zh_TW", "IL": "he_IL",
                     "GR": "el_GR", "PH": "fil_PH", "CA": "en_CA", "QC": "fr_CA", "AU": "en_AU", "SE": "sv_SE",
                     "NG": "en_NG", "EG": "ar", "SA": "ar", "VN": "vi", "BD": "bn", "NZ": "en_NZ", "DK": "da_DK",
                     "CZ": "cs_CZ", "RO": "ro_RO", "HU": "hu_HU", "FI": "fi_FI", "NO": "no_NO", "BE": "nl_BE"}


def person_intl(rng, cc, latin=None):
    loc = INTL_NAME_LOCALES[cc]
    if loc == "ar":
        if latin or (latin is None and rng.random() < 0.35):
            return Person(rng.choice(AR_LATIN[0]), rng.choice(AR_LATIN[1]))
        return Person(rng.choice(AR_FIRST), rng.choice(AR_LAST), script="other")
    if loc == "vi":
        return Person(rng.choice(VI_FIRST), rng.choice(VI_LAST), family_first=True)
    if loc == "bn":
        if latin:
            return Person(rng.choice(["Rahim", "Salma", "Anwar", "Nasrin", "Jahid", "Shahana"]),
                          rng.choice(["Hossain", "Ahmed", "Rahman", "Islam", "Chowdhury", "Khan"]))
        return Person(rng.choice(BN_FIRST), rng.choice(BN_LAST), script="other")
    if cc in ("JP", "CN", "KR", "TW"):
        key = {"JP": "ja", "CN": "zh", "KR": "ko", "TW": "zh"}[cc]
        if latin or (latin is None and rng.random() < 0.3):
            p = Person(rng.choice(CJK_ROMAN[key][1]), rng.choice(CJK_ROMAN[key][0]))
            p.family_first = rng.random() < 0.4
            return p
        f = fk(rng, loc)
        return Person(f.first_name(), f.last_name(), script="cjk")
    f = fk(rng, loc)
    if cc in ("RU", "UA") and hasattr(f, "last_name_male"):
        if rng.random() < 0.5:
            return Person(f.first_name_male(), f.last_name_male(), script="other")
        return Person(f.first_name_female(), f.last_name_female(), script="other")
    if cc in ("IN",) and rng.random() < 0.5:
        f = fk(rng, "en_IN")
    first, last = f.first_name(), f.last_name()
    if re.search(r"[^\x00-\u024f' \-.]", first + last):
        script = "other"
    else:
        script = "latin"
    return Person(first, last, script=script)


def render_name(rng, p, form=None):
    """One of many ways people write a name.  Returns the string (without titles)."""
    if p.script == "cjk":
        form = form or rng.choice(["full", "full", "spaced", "last"])
        if form == "spaced":
            return p.last + rng.choice([" ", "\u3000"]) + p.first
        if form == "last":
            return p.last + p.first if len(p.last) == 1 else p.last
        return p.last + p.first
    if p.script == "other":
        form = form or rng.choice(["full", "full", "first"])
        return p.first if form == "first" else (p.last + " " + p.first if p.family_first else p.first + " " + p.last)
    forms = ["full", "full", "full", "first", "surname_first", "surname_first_caps", "initial_last",
             "first_mi_last", "lower", "caps", "nick", "first_initial"]
    form = form or rng.choice(forms)
    mi = (p.middle or rng.choice("ABCDEFGHJKLMNPRSTW"))[0]
    if p.family_first and form in ("full", "lower", "caps"):
        base = p.last + " " + p.first
    else:
        base = p.first + " " + p.last
    if form == "full":
        return base
    if form == "first":
        return p.first
    if form == "surname_first":
        return "%s, %s" % (p.last, p.first) + (" " + mi + "." if rng.random() < 0.3 else "")
    if form == "surname_first_caps":
        return ("%s, %s %s" % (p.last, p.first, mi)).upper()
    if form == "initial_last":
        return p.first[0] + ". " + p.last
    if form == "first_mi_last":
        return "%s %s. %s" % (p.first, mi, p.last)
    if form == "lower":
        return base.lower()
    if form == "caps":
        return base.upper()
    if form == "nick":
        if p.first in NICKNAMES:
            return "%s \"%s\" %s" % (p.first, rng.choice(NICKNAMES[p.first]), p.last)
        return base
    if form == "first_initial":
        return p.first + " " + p.last[0] + "."
    return base


# ------------------------------------------------------------------ US places
US_CITIES = [("Springfield", "IL", "627"), ("Tulsa", "OK", "741"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"),
             ("Albuquerque", "NM", "871"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"), ("Mobile", "AL", "366"),
             ("Des Moines", "IA", "503"), ("Spokane", "WA", "992"), ("Knoxville", "TN", "379"), ("Akron", "OH", "443"),
             ("Lubbock", "TX", "794"), ("El Paso", "TX", "799"), ("San Antonio", "TX", "782"), ("Laredo", "TX", "780"),
             ("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"), ("Reno", "NV", "895"), ("Eugene", "OR", "974"),
             ("Duluth", "MN", "558"), ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Omaha", "NE", "681"),
             ("Wichita", "KS", "672"), ("Little Rock", "AR", "722"), ("Shreveport", "LA", "711"), ("Jackson", "MS", "392"),
             ("Birmingham", "AL", "352"), ("Chattanooga", "TN", "374"), ("Asheville", "NC", "288"), ("Durham", "NC", "277"),
             ("Charleston", "SC", "294"), ("Richmond", "VA", "232"), ("Norfolk", "VA", "235"), ("Baltimore", "MD", "212"),
             ("Wilmington", "DE", "198"), ("Trenton", "NJ", "086"), ("Paterson", "NJ", "075"), ("Scranton", "PA", "185"),
             ("Erie", "PA", "165"), ("Buffalo", "NY", "142"), ("Yonkers", "NY", "107"), ("Hartford", "CT", "061"),
             ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Providence", "RI", "029"), ("Manchester", "NH", "031"),
             ("Burlington", "VT", "054"), ("Bangor", "ME", "044"), ("Flint", "MI", "485"), ("Lansing", "MI", "489"),
             ("Toledo", "OH", "436"), ("Gary", "IN", "464"), ("Fort Wayne", "IN", "468"), ("Peoria", "IL", "616"),
             ("Madison", "WI", "537"), ("Green Bay", "WI", "543"), ("Cedar Rapids", "IA", "524"), ("St. Louis", "MO", "631"),
             ("Kansas City", "MO", "641"), ("Springfield", "MO", "658"), ("Pueblo", "CO", "810"), ("Provo", "UT", "846"),
             ("Billings", "MT", "591"), ("Casper", "WY", "826"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"),
             ("Hilo", "HI", "967"), ("Miami", "FL", "331"), ("Orlando", "FL", "328"), ("Tampa", "FL", "336"),
             ("Pensacola", "FL", "325"), ("Stockton", "CA", "952"), ("Bakersfield", "CA", "933"), ("Oxnard", "CA", "930"),
             ("Santa Ana", "CA", "927"), ("Chula Vista", "CA", "919"), ("Tacoma", "WA", "984"), ("Salem", "OR", "973"),
             ("Gallup", "NM", "873"), ("Flagstaff", "AZ", "860"), ("Brownsville", "TX", "785"), ("Odessa", "TX", "797"),
             ("Beaumont", "TX", "777"), ("Macon", "GA", "312"), ("Huntsville", "AL", "358"), ("Lexington", "KY", "405"),
             ("Bowling Green", "KY", "421"), ("Charleston", "WV", "253"), ("Morgantown", "WV", "265"), ("Columbia", "SC", "292"),
             ("Independence", "MO", "640"), ("Orange", "CA", "928"), ("Normal", "IL", "617"), ("Friendly", "WV", "261")]
STATE_NAMES = {"IL": "Illinois", "OK": "Oklahoma", "OH": "Ohio", "CA": "California", "NM": "New Mexico", "ID": "Idaho",
               "GA": "Georgia", "AL": "Alabama", "IA": "Iowa", "WA": "Washington", "TN": "Tennessee", "TX": "Texas",
               "AZ": "Arizona", "NV": "Nevada", "OR": "Oregon", "MN": "Minnesota", "ND": "North Dakota",
               "SD": "South Dakota", "NE": "Nebraska", "KS": "Kansas", "AR": "Arkansas", "LA": "Louisiana",
               "MS": "Mississippi", "NC": "North Carolina", "SC": "South Carolina", "VA": "Virginia", "MD": "Maryland",
               "DE": "Delaware", "NJ": "New Jersey", "PA": "Pennsylvania", "NY": "New York", "CT": "Connecticut",
               "MA": "Massachusetts", "RI": "Rhode Island", "NH": "New Hampshire", "VT": "Vermont", "ME": "Maine",
               "MI": "Michigan", "IN": "Indiana", "WI": "Wisconsin", "MO": "Missouri", "CO": "Colorado", "UT": "Utah",
               "MT": "Montana", "WY": "Wyoming", "AK": "Alaska", "HI": "Hawaii", "FL": "Florida", "KY": "Kentucky",
               "WV": "West Virginia"}
STREET_NAMES = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Walnut",
                "2nd", "3rd", "4th", "5th", "12th", "Church", "Mill", "Highland", "Sunset", "Lincoln", "Jefferson",
                "Ridge", "Spring", "Willow", "River", "Center", "Forest", "Jackson", "Franklin", "Madison", "Meadow",
                "Cherry", "Dogwood", "Magnolia", "Peachtree", "Cottonwood", "Mesa Verde", "Sycamore", "Birch",
                "Hickory", "Chestnut", "Locust", "Poplar", "Laurel", "Juniper", "Aspen", "Sagebrush", "Bayou",
                "Palmetto", "Live Oak", "Martin Luther King Jr", "Cesar Chavez", "Kamehameha", "Old Post",
                "County Road 14", "Route 9", "Quail Hollow", "Fox Run", "Deer Creek", "Indian Trail", "Rio Grande",
                "Alameda", "El Camino", "Broadway", "Market", "Water", "Front", "Union", "Grand", "Court"]
SUFFIXES = [("Street", ["St", "St.", "st", "Street", "ST", "Str"]), ("Avenue", ["Ave", "Ave.", "ave", "Av", "AVE", "Avenue"]),
            ("Road", ["Rd", "Rd.", "rd", "Road", "RD"]), ("Drive", ["Dr", "Dr.", "dr", "Drive", "DR"]),
            ("Lane", ["Ln", "Ln.", "ln", "Lane"]), ("Court", ["Ct", "Ct.", "ct"]), ("Boulevard", ["Blvd", "Blvd.", "blvd"]),
            ("Way", ["Way", "way"]), ("Place", ["Pl", "Pl."]), ("Circle", ["Cir", "Circle"]), ("Terrace", ["Ter", "Terr"]),
            ("Parkway", ["Pkwy", "Parkway"]), ("Highway", ["Hwy"]), ("Trail", ["Trl", "Trail"])]
DIRS = ["N", "S", "E", "W", "N.", "S.", "NE", "SW", "North", "West", "East"]


def us_zip(rng, pre):
    z = pre + digits(rng, 2)
    if rng.random() < 0.18:
        z += "-" + digits(rng, 4)
    return z


def us_street(rng):
    n = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 39999)]))
    if rng.random() < 0.1:
        n += rng.choice(["A", "B", " 1/2"])
    name = rng.choice(STREET_NAMES) if rng.random() < 0.6 else fk(rng, "en_US").last_name()
    if name.startswith(("County Road", "Route")):
        return n + " " + name
    suf = rng.choice(rng.choice(SUFFIXES)[1])
    d = rng.choice(DIRS) + " " if rng.random() < 0.25 else ""
    return "%s %s%s %s" % (n, d, name, suf)


def us_unit(rng):
    return rng.choice(["Apt %d%s" % (rng.randint(1, 30), rng.choice(["", "", "A", "B", "C", "D", "F"])),
                       "Apt. %d" % rng.randint(1, 999), "apt %d" % rng.randint(1, 40), "#%d" % rng.randint(1, 400),
                       "Unit %d" % rng.randint(1, 60), "Suite %d" % rng.choice([100, 101, 110, 200, 210, 305, 1400]),
                       "Ste %d" % rng.randint(100, 999), "Bldg %d Apt %d" % (rng.randint(1, 9), rng.randint(1, 40)),
                       "Lot %d" % rng.randint(1, 120), "Rm %d" % rng.randint(100, 450), "Unit %s" % rng.choice("ABCDEFG"),
                       "APT %d%s" % (rng.randint(1, 20), rng.choice("ABCD")), "# %d" % rng.randint(1, 99)])


def us_city_state(rng, style=None):
    city, st, pre = rng.choice(US_CITIES)
    style = style or rng.choice(["comma", "comma", "nocomma", "full", "caps"])
    if style == "comma":
        return "%s, %s" % (city, st)
    if style == "nocomma":
        return "%s %s" % (city, st)
    if style == "full":
        return "%s, %s" % (city, STATE_NAMES[st])
    return ("%s %s" % (city, st)).upper()


def us_city(rng):
    city = rng.choice(US_CITIES)[0]
    return rng.choice([city, city, city, city.upper(), city.lower()])


def us_address(rng, kind=None, layout=None):
    city, st, pre = rng.choice(US_CITIES)
    kind = kind or rng.choices(["street", "unit", "pobox", "military", "rural"], [40, 35, 10, 6, 6])[0]
    z = us_zip(rng, pre)
    stname = st if rng.random() < 0.85 else STATE_NAMES[st]
    cityline = rng.choice(["%s, %s %s", "%s, %s %s", "%s %s %s", "%s, %s, %s"]) % (city, stname, z)
    if kind == "military":
        mil = rng.choice([("PSC %d, Box %d" % (rng.randint(1000, 9999), rng.randint(1, 9999))),
                          ("Unit %d Box %d" % (rng.randint(1000, 9999), rng.randint(1, 9999))),
                          ("CMR %d Box %d" % (rng.randint(400, 480), rng.randint(1, 9999))),
                          ("USNS %s" % rng.choice(["Comfort", "Mercy", "Harvey Milk", "Brunswick"]))])
        code, zp = rng.choice([("AE", "09" + digits(rng, 3)), ("AP", "96" + digits(rng, 3)), ("AA", "340" + digits(rng, 2))])
        post = rng.choice(["APO", "FPO", "DPO"])
        sep = rng.choice([", ", "\n", " "])
        return "%s%s%s %s %s" % (mil, sep, post, code, zp)
    if kind == "pobox":
        box = rng.choice(["PO Box", "P.O. Box", "P O Box", "POB", "PO BOX", "Post Office Box", "po box"])
        first = "%s %d" % (box, rng.randint(1, 99999))
    elif kind == "rural":
        first = rng.choice(["RR %d Box %d", "Rural Route %d Box %d", "RR %d, Box %d", "R.R. %d Box %d"]) % (
            rng.randint(1, 9), rng.randint(1, 300))
        if rng.random() < 0.2:
            first += rng.choice(["A", "B"])
    else:
        first = us_street(rng)
        if kind == "unit":
            u = us_unit(rng)
            first = first + rng.choice([" ", ", ", "\n"]) + u
    layout = layout or rng.choice(["one", "one", "one", "lines", "nocomma"])
    if layout == "lines":
        return first + "\n" + cityline
    if layout == "nocomma":
        return (first + " " + "%s %s %s" % (city, st, z)).replace(",", "")
    return first + ", " + cityline


# ------------------------------------------------------------------ international places
INTL_CITIES = {
    "GB": ["London", "Manchester", "Leeds", "Glasgow", "Cardiff", "Belfast", "Bristol", "Norwich", "Leicester"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Dresden", "Leipzig", "Bremen"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"], "CH": ["Zürich", "Bern", "Basel", "Genève"],
    "FR": ["Paris", "Marseille", "Lyon", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes"],
    "ES": ["Madrid", "Barcelona", "Sevilla", "Valencia", "Málaga", "Bilbao", "Zaragoza"],
    "MX": ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Morelia", "Mérida", "Tijuana", "Querétaro", "León"],
    "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza"], "CO": ["Bogotá", "Medellín", "Cali", "Barranquilla"],
    "IT": ["Roma", "Milano", "Napoli", "Torino", "Palermo", "Bologna", "Bari", "Firenze"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Salvador", "Fortaleza", "Porto Alegre"],
    "NL": ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen"],
    "PL": ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin"],
    "TR": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Trabzon", "Gaziantep"],
    "RU": ["Москва", "Санкт-Петербург", "Казань", "Екатеринбург", "Самара", "Омск"],
    "UA": ["Київ", "Харків", "Одеса", "Дніпро", "Львів", "Запоріжжя"],
    "IN": ["Mumbai", "Delhi", "Chennai", "Kolkata", "Hyderabad", "Jaipur", "मुंबई", "दिल्ली", "पटना", "भोपाल"],
    "JP": ["東京", "大阪", "名古屋", "札幌", "福岡", "Osaka", "Tokyo", "Sendai"],
    "KR": ["서울", "부산", "대구", "인천", "광주", "Seoul", "Busan"],
    "CN": ["北京", "上海", "广州", "成都", "武汉", "西安", "Shenzhen", "Guangzhou"],
    "TW": ["台北", "台中", "高雄", "Taipei"], "IL": ["תל אביב", "ירושלים", "חיפה", "Haifa"],
    "GR": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα"], "PH": ["Manila", "Quezon City", "Cebu City", "Davao City", "Iloilo City"],
    "VN": ["Hà Nội", "Huế", "Hải Phòng", "Cần Thơ", "Nha Trang", "Sài Gòn"],
    "BD": ["ঢাকা", "চট্টগ্রাম", "সিলেট", "Dhaka", "Sylhet"],
    "EG": ["القاهرة", "الإسكندرية", "Cairo", "Alexandria"], "SA": ["الرياض", "جدة", "الدمام", "Riyadh"],
    "CA": ["Toronto", "Vancouver", "Calgary", "Winnipeg", "Halifax", "Ottawa"], "QC": ["Montréal", "Québec", "Laval"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"], "NG": ["Lagos", "Abuja", "Ibadan", "Enugu"],
    "SE": ["Stockholm", "Göteborg", "Malmö"], "NZ": ["Auckland", "Wellington", "Christchurch"],
}
MX_STATES = {"Guadalajara": "Jal.", "Monterrey": "N.L.", "Puebla": "Pue.", "Oaxaca": "Oax.", "Morelia": "Mich.",
             "Mérida": "Yuc.", "Tijuana": "B.C.", "Querétaro": "Qro.", "León": "Gto."}
BR_UF = {"São Paulo": "SP", "Rio de Janeiro": "RJ", "Belo Horizonte": "MG", "Recife": "PE", "Salvador": "BA",
         "Fortaleza": "CE", "Porto Alegre": "RS"}
CA_PROV = {"Toronto": ("ON", "M"), "Vancouver": ("BC", "V"), "Calgary": ("AB", "T"), "Winnipeg": ("MB", "R"),
           "Halifax": ("NS", "B"), "Ottawa": ("ON", "K"), "Montréal": ("QC", "H"), "Québec": ("QC", "G"), "Laval": ("QC", "H")}
IN_PLACES = [("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"),
             ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700"),
             ("Jaipur", "Rajasthan", "302"), ("Lucknow", "Uttar Pradesh", "226"), ("Kochi", "Kerala", "682"),
             ("Ahmedabad", "Gujarat", "380")]
TR_PLACES = [("Kadıköy", "İstanbul", "347"), ("Çankaya", "Ankara", "066"), ("Karşıyaka", "İzmir", "355"),
             ("Nilüfer", "Bursa", "161"), ("Muratpaşa", "Antalya", "071")]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uk_postcode(rng):
    a = rng.choice(["SW", "SE", "N", "E", "W", "NW", "M", "LS", "B", "G", "CF", "BT", "BS", "NR", "LE", "EH", "S", "L"])
    return "%s%d %d%s%s" % (a, rng.randint(1, 20), rng.randint(0, 9), rng.choice(LETTERS), rng.choice(LETTERS))


def intl_address(rng, cc):
    f = fk(rng, INTL_NAME_LOCALES.get(cc, "en_GB") if INTL_NAME_LOCALES.get(cc) not in ("ar", "vi", "bn") else "en_GB")
    n = rng.randint(1, 220)
    sep = rng.choice([", ", "\n"])
    if cc == "GB":
        flat = rng.choice(["", "", "Flat %d, " % rng.randint(1, 40), "Flat %d%s\n" % (rng.randint(1, 9), rng.choice("ABC"))])
        return "%s%d %s%s%s %s" % (flat, n, f.street_name(), sep, rng.choice(INTL_CITIES["GB"]), uk_postcode(rng))
    if cc == "IE":
        eir = "%s%02d %s%d%s%d" % (rng.choice("DTHKAR"), rng.randint(1, 24), rng.choice(LETTERS), rng.randint(1, 9), rng.choice(LETTERS), rng.randint(1, 9))
        return "%d %s%s%s, %s" % (n, f.street_name(), sep, rng.choice(INTL_CITIES["IE"]), eir)
    if cc in ("DE", "AT", "CH"):
        pc = digits(rng, 5) if cc == "DE" else digits(rng, 4)
        st = f.street_name()
        if rng.random() < 0.3:
            st = st.replace("straße", "str.").replace("Straße", "Str.")
        extra = rng.choice(["", "", ", %d. OG" % rng.randint(1, 5), ", bei %s" % f.last_name()])
        return "%s %d%s%s%s %s" % (st, n, extra, sep, pc, rng.choice(INTL_CITIES[cc]))
    if cc == "FR":
        return "%d%s %s%s%s %s" % (n, rng.choice([",", "", " bis,"]), f.street_name(), sep, digits(rng, 5), rng.choice(INTL_CITIES["FR"]))
    if cc == "ES":
        piso = rng.choice(["", ", %dº %s" % (rng.randint(1, 9), rng.choice("ABCD")), ", bajo"])
        return "%s %d%s%s%s %s" % (f.street_name(), n, piso, sep, "%02d%03d" % (rng.randint(1, 52), rng.randint(0, 999)), rng.choice(INTL_CITIES["ES"]))
    if cc == "MX":
        city = rng.choice(INTL_CITIES["MX"])
        col = rng.choice(["Col. Centro", "Col. Americana", "Col. Del Valle", "Col. Jardines", "Fracc. Las Fuentes", "Col. Obrera"])
        st = "%s %s %d%s" % (rng.choice(["Calle", "Av.", "Calz.", "Privada", "Av"]), f.last_name(), n,
                             rng.choice(["", "", " int. %d" % rng.randint(1, 20), " Depto. %d" % rng.randint(1, 40)]))
        return "%s, %s%s%s %s, %s" % (st, col, sep, digits(rng, 5), city, MX_STATES[city])
    if cc == "AR":
        return "%s %d, piso %d, %s%s" % (rng.choice(["Av. Rivadavia", "Calle Defensa", "Av. Santa Fe", "Bv. Oroño"]), rng.randint(100, 9000),
                                        rng.randint(1, 12), "C%d%s" % (rng.randint(1000, 1499), "".join(rng.choice(LETTERS) for _ in range(3))),
                                        " " + rng.choice(INTL_CITIES["AR"]))
    if cc == "CO":
        return "%s %d # %d-%d%s, %s" % (rng.choice(["Cra.", "Calle", "Cl.", "Carrera", "Av."]), rng.randint(1, 120), rng.randint(1, 99), rng.randint(1, 99),
                                        rng.choice(["", ", Apto %d" % rng.randint(101, 1502)]), rng.choice(INTL_CITIES["CO"]))
    if cc == "IT":
        return "%s %d%s%s %s (%s)" % (f.street_name(), n, sep, digits(rng, 5), rng.choice(INTL_CITIES["IT"]), f.state_abbr())
    if cc == "PT":
        return "%s, %d%s%s-%s %s" % (f.street_name(), n, rng.choice(["", ", %dº Esq" % rng.randint(1, 8), ", %dº Dto" % rng.randint(1, 8)]) + sep,
                                     digits(rng, 4), digits(rng, 3), rng.choice(INTL_CITIES["PT"]))
    if cc == "BR":
        city = rng.choice(INTL_CITIES["BR"])
        return "%s, %d%s - %s%s%s - %s, %s-%s" % (f.street_name(), n, rng.choice(["", " apto %d" % rng.randint(11, 1204), " casa %d" % rng.randint(1, 5)]),
                                                  f.bairro(), sep, city, BR_UF[city], digits(rng, 5), digits(rng, 3))
    if cc == "NL":
        return "%s %d%s%s%s %s%s %s" % (f.street_name(), n, rng.choice(["", "-%d" % rng.randint(1, 3), " bis", "A"]), sep,
                                         digits(rng, 4).replace("0", "1", 1), rng.choice(LETTERS), rng.choice(LETTERS), rng.choice(INTL_CITIES["NL"]))
    if cc == "PL":
        return "%s%s%s-%s %s" % (f.street_address(), sep, digits(rng, 2), digits(rng, 3), rng.choice(INTL_CITIES["PL"]))
    if cc == "TR":
        ilce, il, pc = rng.choice(TR_PLACES)
        return "%s Mah. %s Sok. No:%d D:%d, %s%s %s/%s" % (rng.choice(["Cumhuriyet", "Atatürk", "Yenişehir", "Bahçelievler", "Fatih"]),
                                                          rng.choice(["Gül", "Lale", "Menekşe", "Çınar", "%d." % rng.randint(1, 3000)]),
                                                          n, rng.randint(1, 20), pc, digits(rng, 2), ilce, il)
    if cc == "RU":
        return "%s, %s, д. %d, кв. %d, %s" % (rng.choice(INTL_CITIES["RU"]), rng.choice(["ул. Ленина", "ул. Гагарина", "пр. Мира", "ул. Садовая", "ул. Советская"]),
                                               n, rng.randint(1, 300), digits(rng, 6))
    if cc == "UA":
        return "%s, %s, буд. %d, кв. %d, %s" % (rng.choice(["вул. Шевченка", "вул. Франка", "просп. Перемоги", "вул. Садова"]),
                                                 rng.choice(INTL_CITIES["UA"]), n, rng.randint(1, 200), digits(rng, 5))
    if cc == "IN":
        city, state, pre = rng.choice(IN_PLACES)
        return "%s, %s, %s,%s%s %s%s" % (rng.choice(["Flat %d" % rng.randint(101, 1204), "House No. %d" % n, "%d/%d" % (n, rng.randint(1, 40))]),
                                          rng.choice(["Shanti Apartments", "Sai Residency", "Green Park Society", "Gandhi Nagar", "Sector %d" % rng.randint(1, 60)]),
                                          rng.choice(["MG Road", "Station Road", "Nehru Marg", "Link Road"]), " " if sep == ", " else sep, city, state, " " + pre + digits(rng, 3))
    if cc == "JP":
        if rng.random() < 0.6:
            a = fk(rng, "ja_JP")
            return "〒%s-%s %s" % (digits(rng, 3), digits(rng, 4), a.address())
        return "%d-%d-%d %s, %s-ku, %s %s-%s" % (rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20), rng.choice(["Jingumae", "Kitazawa", "Umeda", "Sakae"]),
                                                 rng.choice(["Shibuya", "Setagaya", "Kita", "Naka"]), rng.choice(["Tokyo", "Osaka", "Nagoya"]), digits(rng, 3), digits(rng, 4))
    if cc == "KR":
        a = fk(rng, "ko_KR")
        return a.address()
    if cc in ("CN", "TW"):
        prov = rng.choice(["北京市朝阳区", "上海市浦东新区", "广东省广州市天河区", "四川省成都市武侯区", "湖北省武汉市洪山区", "江苏省南京市鼓楼区"])
        return "%s%s路%d号%s" % (prov, rng.choice(["建国", "中山", "人民", "解放", "和平", "长江"]), n,
                                rng.choice(["", "%d栋%d室" % (rng.randint(1, 20), rng.randint(101, 2504))]))
    if cc == "PH":
        return "%s %d, %s, %s %s" % (rng.choice(["Blk %d Lot" % rng.randint(1, 40), "Unit", "#"]), n, rng.choice(["Brgy. San Isidro", "Brgy. Malanday", "Sampaloc", "Brgy. Poblacion"]),
                                     rng.choice(INTL_CITIES["PH"]), digits(rng, 4))
    if cc == "VN":
        return "Số %d %s, %s, %s" % (n, rng.choice(["Ngõ %d Phố Huế" % rng.randint(1, 200), "đường Lê Lợi", "đường Trần Hưng Đạo", "Hẻm %d Nguyễn Trãi" % rng.randint(1, 300)]),
                                     rng.choice(["phường Bến Nghé", "quận Hai Bà Trưng", "phường 7", "quận Ninh Kiều"]), rng.choice(INTL_CITIES["VN"]))
    if cc == "CA" or cc == "QC":
        city = rng.choice(INTL_CITIES[cc])
        prov, l1 = CA_PROV[city]
        pc = "%s%d%s %d%s%d" % (l1, rng.randint(0, 9), rng.choice(LETTERS), rng.randint(0, 9), rng.choice(LETTERS), rng.randint(0, 9))
        st = ("%d %s" % (n, rng.choice(["rue Saint-Denis", "boul. René-Lévesque", "av. du Parc", "rue Sherbrooke"]))) if cc == "QC" else \
             ("%d %s" % (n, rng.choice(["King St W", "Yonge St", "Granville St", "Portage Ave", "Barrington St", "17 Ave SW"])))
        unit = rng.choice(["", "Apt %d, " % rng.randint(1, 900), "%d-" % rng.randint(1, 900)])
        if unit.endswith("-"):
            st = unit + st
            unit = ""
        return "%s%s%s%s, %s %s" % (unit, st, sep if sep == "\n" else ", ", city, prov, pc)
    if cc == "AU":
        a = fk(rng, "en_AU")
        return "%s%s%s %s %s" % (rng.choice(["", "Unit %d/" % rng.randint(1, 20)]) + a.street_address(), sep, rng.choice(INTL_CITIES["AU"]),
                                 rng.choice(["NSW", "VIC", "QLD", "WA", "SA"]), digits(rng, 4))
    if cc == "NG":
        return "%d %s, %s, %s State" % (n, rng.choice(["Adeola Odeku Street", "Awolowo Road", "Allen Avenue"]), rng.choice(["Victoria Island", "Ikoyi", "Ikeja"]), "Lagos")
    if cc == "IL":
        return "%s %d, %s %s" % (rng.choice(["רחוב הרצל", "שדרות רוטשילד", "רחוב יפו"]), n, rng.choice(["תל אביב", "ירושלים", "חיפה"]), digits(rng, 7))
    if cc == "GR":
        return "%s %d, %s %s %s" % (rng.choice(["Ερμού", "Πατησίων", "Εγνατίας"]), n, digits(rng, 3), digits(rng, 2), rng.choice(INTL_CITIES["GR"]))
    if cc == "EG":
        return "%d %s، %s، %s" % (n, rng.choice(["شارع التحرير", "شارع الهرم", "شارع فيصل"]), rng.choice(["الدقي", "المعادي", "مدينة نصر"]), "القاهرة")
    if cc == "SA":
        return "%s، %s %s، %s %s" % (rng.choice(["حي الملز", "حي النسيم", "حي الروضة"]), rng.choice(["شارع الأمير سلطان", "طريق الملك فهد"]), n, rng.choice(["الرياض", "جدة"]), digits(rng, 5))
    if cc == "BD":
        return "বাড়ি %d, রোড %d, %s, ঢাকা %s" % (n, rng.randint(1, 30), rng.choice(["গুলশান", "মিরপুর", "উত্তরা", "মোহাম্মদপুর"]), digits(rng, 4))
    if cc == "SE":
        return "%s %d%s%s %s %s" % (rng.choice(["Storgatan", "Drottninggatan", "Kungsgatan"]), n, sep, digits(rng, 3), digits(rng, 2), rng.choice(INTL_CITIES["SE"]))
    if cc == "NZ":
        return "%d %s%s%s %s" % (n, rng.choice(["Queen Street", "Cuba Street", "Riccarton Road"]), sep, rng.choice(INTL_CITIES["NZ"]), digits(rng, 4))
    raise KeyError(cc)


def intl_city(rng, cc):
    c = rng.choice(INTL_CITIES[cc])
    return c.upper() if rng.random() < 0.1 and c.isascii() else c


# ------------------------------------------------------------------ phones
def us_phone(rng, ext=None, vanity=False):
    a = dig1(rng) + digits(rng, 2)
    e = dig1(rng) + digits(rng, 2)
    if rng.random() < 0.5:
        e = "555"
    l = ("01" + digits(rng, 2)) if e == "555" else digits(rng, 4)
    if vanity:
        word = rng.choice(["CARE", "HELP", "NURSE", "MEDS", "RIDE", "FIXIT", "CLEAN", "PAWS", "TAXES", "SEWING"])
        return rng.choice(["1-%s-%s-%s", "%s-%s-%s", "(%s) %s-%s"]) % (rng.choice(["800", "888", "877", a]), e[:3] if len(word) == 4 else word[:3], word if len(word) == 4 else word[3:] + digits(rng, 4 - len(word[3:])))
    fmt = rng.choice(["(A) E-L", "(A) E-L", "A-E-L", "A-E-L", "A.E.L", "AEL", "+1 A E L", "1-A-E-L", "001-A-E-L",
                      "+1 (A) E-L", "A E L", "A/E-L", "(A)E-L", "+1-A-E-L", "1 (A) E L", "A E-L", "A . E . L", "+1.A.E.L",
                      "(A) E L", "1A E L"])
    s = fmt.replace("A", "\x01").replace("E", "\x02").replace("L", "\x03")
    s = s.replace("\x01", a).replace("\x02", e).replace("\x03", l)
    if ext is None:
        ext = rng.random() < 0.15
    if ext:
        s += rng.choice([" x%d" % rng.randint(1, 9999), " ext. %d" % rng.randint(1, 999), " ext %d" % rng.randint(1, 999),
                         " extension %d" % rng.randint(1, 99), " EXT %d" % rng.randint(1, 99), " x %d" % rng.randint(100, 999),
                         ",%d" % rng.randint(100, 999), " Ext. %d" % rng.randint(1, 9999)])
    return s


PHONE_PATTERNS = {
    "GB": ["+44 20 #### ####", "020 #### ####", "+44 (0)20 #### ####", "+44 7### ######", "07### ######", "+44 (0)7### ######",
           "+44 161 ### ####", "0113 ### ####", "0141 ### ####", "+44 29 #### ####", "07###-######"],
    "IE": ["+353 1 ### ####", "01 ### ####", "+353 87 ### ####", "087 ### ####"],
    "DE": ["+49 30 #######", "030 ########", "+49 (0)89 ### ####", "0171 #######", "+49 151 #### ####", "0221/######", "+49 40 ####-##",
           "+49 6221 #####", "0176 ### ### ##"],
    "AT": ["+43 1 ### ####", "0664 ### ####", "+43 664 #######"],
    "CH": ["+41 44 ### ## ##", "079 ### ## ##", "+41 79 ### ## ##"],
    "FR": ["+33 1 ## ## ## ##", "01 ## ## ## ##", "06.##.##.##.##", "+33 6 ## ## ## ##", "07 ## ## ## ##", "+33 (0)4 ## ## ## ##", "02-##-##-##-##"],
    "ES": ["+34 6## ### ###", "6## ## ## ##", "+34 91# ## ## ##", "93 ### ## ##"],
    "MX": ["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####", "(81) #### ####", "+52 (222) ###-####", "33-####-####"],
    "AR": ["+54 9 11 ####-####", "11 ####-####", "+54 351 ###-####"],
    "CO": ["+57 3## ### ####", "3## ### ####"],
    "IT": ["+39 06 #### ####", "+39 3## ### ####", "3## ### ####", "02 #### ####", "+39 081 ### ####"],
    "PT": ["+351 9## ### ###", "9## ### ###", "+351 21 ### ####"],
    "BR": ["+55 11 9####-####", "(11) 9####-####", "+55 (21) ####-####", "(31) 9####-####", "+55 81 9#### ####"],
    "NL": ["+31 20 ### ####", "06-########", "+31 6 ########", "010 ### ####", "06 ## ## ## ##"],
    "PL": ["+48 5## ### ###", "6## ### ###", "+48 (22) ### ## ##", "+48 7## ### ###"],
    "TR": ["+90 5## ### ## ##", "05## ### ## ##", "+90 (212) ### ## ##", "0 (5##) ### ## ##"],
    "RU": ["+7 495 ###-##-##", "8 (916) ###-##-##", "+7 (812) ###-##-##", "+7 9## ###-##-##", "8-9##-###-##-##"],
    "UA": ["+380 44 ### ## ##", "+380 (67) ###-##-##", "067 ### ## ##", "+380 50 ### ####"],
    "IN": ["+91 9#### #####", "09#### #####", "+91-9#########", "9#### #####", "+91 80 ########", "+91 22 #### ####"],
    "JP": ["+81 3-####-####", "03-####-####", "090-####-####", "+81 90 #### ####", "06-####-####", "080-####-####", "+81-45-###-####"],
    "KR": ["+82 10-####-####", "010-####-####", "02-###-####", "+82 2 #### ####", "010 #### ####"],
    "CN": ["+86 13# #### ####", "13#-####-####", "15#########", "+86 10 #### ####", "021-########"],
    "TW": ["+886 9## ### ###", "09##-###-###", "(02) ####-####"],
    "PH": ["+63 9## ### ####", "09## ### ####", "09##-###-####", "(02) 8### ####", "+63 2 8### ####"],
    "VN": ["+84 9# ### ## ##", "09# ### ####", "+84 28 #### ####", "090 ### ## ##"],
    "BD": ["+880 17##-######", "017##-######", "+880 1### ######"],
    "EG": ["+20 10 #### ####", "010 #### ####", "+20 2 #### ####"],
    "SA": ["+966 5# ### ####", "05# ### ####", "+966 11 ### ####"],
    "IL": ["+972 5#-###-####", "05#-###-####", "+972 3-###-####"],
    "GR": ["+30 69# ### ####", "+30 210 ### ####", "69########"],
    "CA": ["+1 416 ### ####", "+1 (604) ###-####", "1-403-###-####", "+1 902 ### ####", "+1 613-###-####"],
    "QC": ["+1 514 ### ####", "+1 (438) ###-####", "1-418-###-####"],
    "AU": ["+61 4## ### ###", "04## ### ###", "+61 2 #### ####", "(03) #### ####"],
    "NG": ["+234 80# ### ####", "080# ### ####", "+234 (0)70# ### ####"],
    "SE": ["+46 70 ### ## ##", "070-### ## ##", "08-### ### ##"],
    "NZ": ["+64 21 ### ####", "021 ### ####", "+64 9 ### ####"],
}


def intl_phone(rng, cc):
    pat = rng.choice(PHONE_PATTERNS[cc])
    out = []
    first = True
    for ch in pat:
        if ch == "#":
            out.append(rng.choice("123456789") if first else rng.choice("0123456789"))
            first = False
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------ email / url
US_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net",
              "att.net", "verizon.net", "sbcglobal.net", "msn.com", "charter.net", "protonmail.com"]
INTL_DOMAINS = {"GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
                "AT": ["gmx.at"], "CH": ["bluewin.ch"], "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["gmail.com", "telefonica.net"],
                "MX": ["hotmail.com", "prodigy.net.mx"], "IT": ["libero.it", "alice.it", "tiscali.it"], "PT": ["sapo.pt"],
                "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl", "o2.pl"],
                "TR": ["hotmail.com", "yandex.com.tr"], "RU": ["mail.ru", "yandex.ru"], "UA": ["ukr.net", "i.ua"],
                "IN": ["rediffmail.com", "gmail.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"],
                "CN": ["qq.com", "163.com"], "PH": ["yahoo.com.ph", "gmail.com"], "CA": ["sympatico.ca", "rogers.com"],
                "AU": ["bigpond.com", "optusnet.com.au"], "IE": ["eircom.net"], "AR": ["fibertel.com.ar"]}


def _ascii(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")).lower()


def email_for(rng, p, cc="US"):
    first, last = _ascii(p.first) or "mama", _ascii(p.last.replace(" ", "")) or "family"
    if not first.isascii() or p.script != "latin":
        first, last = rng.choice(["lan", "kim", "mina", "raj", "olga", "yuki", "wei", "anh"]), rng.choice(["home", "fam", "care", "lee", "k"])
    y = str(rng.randint(1940, 2005))
    user = rng.choice(["%s.%s" % (first, last), "%s%s" % (first[0], last), "%s_%s%s" % (first, last, y[2:]), "%s%s" % (first, y),
                       "%s.%s%d" % (first, last, rng.randint(1, 99)), "%s%s" % (last, first[0]), "%s.%s.home" % (first, last),
                       "%slovesgardening" % first, "grandma%s" % first, "%s.%s" % (last, first), "%s%s" % (first, last)])
    dom = rng.choice(US_DOMAINS) if cc == "US" else rng.choice(INTL_DOMAINS.get(cc, ["gmail.com"]))
    if rng.random() < 0.05:
        user = user.upper()
    return user + "@" + dom


def url_for(rng, p):
    first, last = _ascii(p.first) or "mom", _ascii(p.last.replace(" ", "")) or "family"
    return rng.choice([
        "https://www.caringbridge.org/site/%s%s" % (first, last), "caringbridge.org/visit/%s%s" % (first, last),
        "https://www.gofundme.com/f/help-%s-%s-%s" % (first, last, rng.choice(["recover", "with-medical-bills", "get-home", "fight-cancer"])),
        "gofundme.com/f/%s-%s-medical-fund" % (first, last), "https://www.facebook.com/%s.%s.%d" % (first, last, rng.randint(1, 99)),
        "facebook.com/%s%s" % (first, last), "https://www.instagram.com/%s_%s" % (first, last), "instagram.com/%s.%s" % (first, last),
        "https://www.linkedin.com/in/%s-%s-%s" % (first, last, digits(rng, 4)), "linkedin.com/in/%s%s" % (first[0], last),
        "https://%s%s.com" % (first, last), "www.%s-%s.net" % (first, last), "http://%s%s.blogspot.com" % (first, last),
        "https://mealtrain.com/trains/%s%s" % (first[0], last), "https://www.lotsahelpinghands.com/c/%s-%s-family" % (first, last),
        "https://%s%s.substack.com" % (first, last), "https://www.youtube.com/@%s%s" % (first, last), "tiktok.com/@%s.%s" % (first, last),
        "https://x.com/%s_%s" % (first, last), "https://www.signupgenius.com/go/%s-%s-meals" % (first, last),
        "https://www.legacy.com/us/obituaries/name/%s-%s-obituary" % (first, last), "https://www.%s%s.photography" % (first, last)])


# ------------------------------------------------------------------ numbers
def ssn(rng):
    s = fk(rng, "en_US").ssn()
    return rng.choice([s, s, s, s.replace("-", " "), s.replace("-", ""), s.replace("-", "."), s.replace("-", " - ")])


def mrn(rng, cc="US"):
    """(label, value) — label is outside the identifier."""
    if cc == "GB":
        return rng.choice(["NHS number", "NHS no.", "NHS #", "nhs no"]), nhs_number(rng)
    if cc != "US":
        return rng.choice([("Patientennummer", "P-" + digits(rng, 8)), ("n° dossier", digits(rng, 2) + "-" + digits(rng, 6)),
                           ("cartão SUS", "%s %s %s %s" % (digits(rng, 3), digits(rng, 4), digits(rng, 4), digits(rng, 4))),
                           ("NSS", digits(rng, 11)), ("expediente", "EXP-" + digits(rng, 7)), ("tessera sanitaria", "80380" + digits(rng, 15)),
                           ("Versichertennummer", rng.choice(LETTERS) + digits(rng, 9)), ("MRN", "INT-" + digits(rng, 7)),
                           ("hospital no.", digits(rng, 7)), ("診察券番号", digits(rng, 8)), ("환자번호", digits(rng, 8)),
                           ("Medicare card", "%s %s %s" % (digits(rng, 4), digits(rng, 5), digits(rng, 1))), ("OHIP", "%s-%s-%s-%s" % (digits(rng, 4), digits(rng, 3), digits(rng, 3), "".join(rng.choice(LETTERS) for _ in range(2))))])
    kind = rng.choice(["mrn", "mrn", "mrn", "chart", "member", "member", "medicare", "medicare", "medicaid", "acct"])
    if kind == "mrn":
        v = rng.choice([digits(rng, 8), "00" + digits(rng, 6), rng.choice(LETTERS) + digits(rng, 7), digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 2),
                        "E" + digits(rng, 9), digits(rng, 10), "%s %s" % (digits(rng, 4), digits(rng, 4))])
        return rng.choice(["MRN", "MRN:", "MRN#", "mrn", "Medical record #", "med rec no.", "MR#", "hospital #"]), v
    if kind == "chart":
        return rng.choice(["chart #", "Chart No.", "chart number", "chart"]), rng.choice(["C-" + digits(rng, 6), digits(rng, 6), digits(rng, 4) + "-" + digits(rng, 2)])
    if kind == "member":
        pre = "".join(rng.choice(LETTERS) for _ in range(3))
        return rng.choice(["member ID", "Member #", "member id", "ID#", "subscriber ID", "policy #", "insurance id"]), rng.choice(
            [pre + digits(rng, 9), pre + "-" + digits(rng, 6) + "-" + digits(rng, 2), "W" + digits(rng, 9), digits(rng, 9) + "-01", "U" + digits(rng, 8) + " 01"])
    if kind == "medicare":
        return rng.choice(["Medicare #", "Medicare ID", "MBI", "medicare number", "Medicare card #"]), medicare_mbi(rng)
    if kind == "medicaid":
        st = rng.choice(["NY", "CA", "TX", "FL", "OH", "GA", "PA"])
        return rng.choice(["Medicaid #", "Medicaid ID", "%s Medicaid" % st, "Medi-Cal #" if st == "CA" else "medicaid no."]), rng.choice(
            ["".join(rng.choice(LETTERS) for _ in range(2)) + digits(rng, 5) + rng.choice(LETTERS), digits(rng, 9), digits(rng, 11), "9" + digits(rng, 7) + rng.choice("ABCDEFG")])
    return rng.choice(["patient ID", "pt ID", "hospital #", "case #"]), digits(rng, 9)


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_INTL = {"FR": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
               "DE": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
               "ES": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
               "IT": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
               "PT": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
               "PL": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
               "NL": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]}


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def dob(rng, cc="US", young=False):
    y = rng.randint(1975, 2012) if young else rng.randint(1925, 1962)
    d = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
    M, D, Y = d.month, d.day, d.year
    mon = MONTHS_EN[M - 1]
    if cc == "US":
        return rng.choice(["%02d/%02d/%d" % (M, D, Y), "%d/%d/%d" % (M, D, Y), "%d/%d/%02d" % (M, D, Y % 100), "%02d-%02d-%d" % (M, D, Y),
                           "%d-%02d-%02d" % (Y, M, D), "%s %d, %d" % (mon, D, Y), "%s %d %d" % (mon[:3], D, Y), "%s. %s, %d" % (mon[:3], ordinal(D), Y),
                           "%s %s %d" % (mon, ordinal(D), Y), "%02d%02d%d" % (M, D, Y), "%d.%d.%d" % (M, D, Y), "%s %d %d" % (mon.lower(), D, Y),
                           ("%s %02d %d" % (mon[:3], D, Y)).upper(), "%d/%d/'%02d" % (M, D, Y % 100), "%s %d '%02d" % (mon[:3], D, Y % 100)])
    cc = {"MX": "ES", "AR": "ES", "CO": "ES", "BR": "PT", "AT": "DE", "CH": "DE", "QC": "FR", "BE": "NL"}.get(cc, cc)
    if cc in MONTHS_INTL:
        mi = MONTHS_INTL[cc][M - 1]
        words = {"FR": "%d %s %d", "DE": "%d. %s %d", "ES": "%d de %s de %d", "IT": "%d %s %d", "PT": "%d de %s de %d",
                 "PL": "%d %s %d", "NL": "%d %s %d"}[cc] % (D, mi, Y)
        return rng.choice(["%02d/%02d/%d" % (D, M, Y), "%02d.%02d.%d" % (D, M, Y), "%d.%d.%d" % (D, M, Y), words, words, "%d-%02d-%02d" % (Y, M, D)])
    if cc in ("JP",):
        return rng.choice(["%d年%d月%d日" % (Y, M, D), "%d/%02d/%02d" % (Y, M, D)])
    if cc in ("CN", "TW"):
        return rng.choice(["%d年%d月%d日" % (Y, M, D), "%d-%02d-%02d" % (Y, M, D)])
    if cc == "KR":
        return rng.choice(["%d년 %d월 %d일" % (Y, M, D), "%d.%02d.%02d" % (Y, M, D)])
    if cc in ("RU", "UA"):
        return "%02d.%02d.%d" % (D, M, Y)
    return rng.choice(["%02d/%02d/%d" % (D, M, Y), "%d %s %d" % (D, mon, Y), "%d %s %d" % (D, mon[:3], Y), "%d-%02d-%02d" % (Y, M, D),
                       "%02d.%02d.%d" % (D, M, Y), "%s %d, %d" % (mon, D, Y)])


IBAN_COUNTRY_FOR = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "ES": "ES", "IT": "IT", "PT": "PT", "NL": "NL", "PL": "PL",
                    "TR": "TR", "GB": "GB", "IE": "IE", "BR": "BR", "SA": "SA", "UA": "UA", "GR": "GR", "SE": "SE", "BE": "BE"}


def iban(rng, cc=None):
    cc = cc or rng.choice(list(IBAN_COUNTRY_FOR.values()) + ["RO", "DK", "NO", "LU", "AE"])
    s = make_iban(rng, cc)
    form = rng.choice(["spaced", "spaced", "spaced", "plain", "lower_spaced", "lower", "dash"])
    if form == "spaced":
        return group4(s)
    if form == "plain":
        return s
    if form == "lower_spaced":
        return group4(s).lower()
    if form == "lower":
        return s.lower()
    return group4(s, "-")


def card(rng):
    brand, num = make_card(rng, valid=rng.random() < 0.7)
    label = {"visa": ["visa", "Visa", "VISA", "card", "credit card"], "mc": ["mastercard", "MC", "card", "credit card", "cc"],
             "amex": ["amex", "AmEx", "card", "credit card"], "disc": ["Discover", "discover card", "card", "cc"]}[brand]
    return rng.choice(label), fmt_card(rng, num)


def bank(rng):
    """(routing label, routing, acct label, acct)"""
    acct = digits(rng, rng.randint(8, 12))
    if rng.random() < 0.2:
        acct = acct[:4] + rng.choice([" ", "-"]) + acct[4:]
    return (rng.choice(["routing", "routing #", "Routing No.", "ABA", "routing number", "RTN"]), make_routing(rng),
            rng.choice(["acct", "acct #", "account #", "Account No.", "checking", "checking acct", "savings acct #", "account number"]), acct)
