"""Value generators (names, addresses, phones, numbers) for dev17 templates.

Every generator returns *markup* (see common.py) so that labels are exact by construction.
"""
import random
import re
import unicodedata

from faker import Faker

import vocab as V

FAKER_LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "pt_PT",
                 "nl_NL", "pl_PL", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU",
                 "tr_TR", "vi_VN", "fil_PH", "en_CA"]
_F = {}


def F(loc):
    if loc not in _F:
        f = Faker(loc)
        f.seed_instance(1717 + sum(map(ord, loc)))
        _F[loc] = f
    return _F[loc]


# countries used as INTL contexts, with the Faker locale used for names
COUNTRY_LOC = {"GB": "en_GB", "MX": "es_MX", "ES": "es_ES", "FR": "fr_FR", "DE": "de_DE", "IT": "it_IT",
               "BR": "pt_BR", "PT": "pt_PT", "NL": "nl_NL", "PL": "pl_PL", "JP": "ja_JP", "CN": "zh_CN",
               "KR": "ko_KR", "IN": "en_IN", "SA": "ar_SA", "RU": "ru_RU", "TR": "tr_TR", "VN": "vi_VN",
               "PH": "fil_PH"}
COUNTRIES = list(COUNTRY_LOC)
NONLATIN = {"JP", "CN", "KR", "SA", "RU", "IN"}

VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]
VN_FIRST = ["Minh Anh", "Thị Lan", "Văn Hùng", "Thu Hà", "Quang Huy", "Ngọc Mai", "Đức Long", "Thanh Tâm",
            "Hoàng Nam", "Bảo Ngọc", "Thị Hương", "Văn Tùng", "Phương Linh", "Hải Yến", "Khánh Vy"]
PH_LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz", "Villanueva",
           "Aquino", "Ramos", "Castillo", "Manalo", "Dimaculangan", "Pascual", "De Guzman", "Macaraeg"]
PH_FIRST = ["Maria Luisa", "Jose", "Rowena", "Jericho", "Marites", "Bong", "Liza", "Ramon", "Cherry", "Jun",
            "Analyn", "Rodel", "Maricel", "Jonel", "Divina", "Nenita", "Arnel"]
ZH_PINYIN = [("Wang", "Fang"), ("Li", "Wei"), ("Zhang", "Min"), ("Liu", "Yang"), ("Chen", "Jing"),
             ("Huang", "Lei"), ("Zhao", "Xiuying"), ("Wu", "Hao"), ("Zhou", "Lin"), ("Xu", "Qiang")]
KO_ROM = [("Kim", "Min-jun"), ("Lee", "Seo-yeon"), ("Park", "Ji-hoon"), ("Choi", "Soo-jin"), ("Jung", "Hye-won"),
          ("Kang", "Dong-hyun"), ("Yoon", "Eun-ji"), ("Han", "Sung-min"), ("Lim", "Ha-eun")]
AR_ROM = [("Omar", "Haddad"), ("Fatima", "Al-Harbi"), ("Khalid", "Al-Qahtani"), ("Layla", "Nasser"),
          ("Yousef", "Al-Otaibi"), ("Noura", "Al-Shehri"), ("Ahmed", "Bin Saleh"), ("Huda", "Al-Zahrani")]
RU_ROM = [("Olga", "Ivanova"), ("Dmitri", "Sokolov"), ("Natalia", "Petrova"), ("Sergei", "Volkov"),
          ("Irina", "Kuznetsova"), ("Alexei", "Morozov"), ("Svetlana", "Popova")]
WORD_LAST = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Stone", "King", "Hall", "Banks", "Frost",
             "Price", "Long", "Little", "White", "Black", "Green", "Gray", "Moon", "Bell", "Cook", "Baker",
             "Page", "Marsh", "Fox", "Hunt", "Sharp", "Swift", "Wise", "Love", "Best", "Church", "Field",
             "Mills", "Waters", "Snow", "Day", "Rivers", "Woods", "Berry", "Cash", "Gold", "Golden", "Lamb"]
WORD_FIRST = ["Faith", "Hope", "Grace", "Joy", "Dawn", "Summer", "Amber", "Ruby", "Pearl", "Iris", "Lily",
              "Violet", "Hazel", "Ivy", "Crystal", "Destiny", "Mercy", "Hunter", "Chase", "Wade", "Drew",
              "Mark", "Bill", "Art", "Rusty", "Sandy", "Sunny", "Rocky", "Buck", "Gene", "Ray", "Frank",
              "Misty", "Sky", "Precious", "Honor", "Goldie", "Cliff", "Glen", "Forrest", "Penny"]
MULTI_LAST = ["Smith-Jones", "García-López", "de la Cruz", "van der Berg", "dos Santos", "O'Connor",
              "McDonald", "St. Clair", "Al-Rashid", "Hernández Ruiz", "Nguyen-Tran", "Ortiz de Zárate",
              "MacLeod", "D'Angelo", "Da Silva", "Rivera-Ocasio", "LeBlanc", "Van Horn", "O'Neal-Whitaker",
              "del Toro", "Fitzgerald-Park"]
NICK = {"Robert": "Bobby", "William": "Billy", "Margaret": "Peggy", "Elizabeth": "Betty", "Richard": "Dick",
        "James": "Jimmy", "Charles": "Chuck", "Katherine": "Kathy", "Patricia": "Patty", "Jennifer": "Jen",
        "Michael": "Mikey", "Thomas": "Tommy", "Joseph": "Joey", "Susan": "Sue", "Deborah": "Debbie",
        "Christopher": "Chris", "Daniel": "Danny", "Rebecca": "Becky", "Kimberly": "Kim", "Anthony": "Tony",
        "Guadalupe": "Lupita", "Francisco": "Paco", "José": "Pepe", "Dolores": "Lola", "Jessica": "Jess",
        "Nicholas": "Nick", "Samantha": "Sam", "Alexander": "Alex", "Dorothy": "Dot", "Eleanor": "Ellie"}
NICK_FIRSTS = list(NICK)

US_CITIES = [("Springfield", "IL", "627"), ("Tucson", "AZ", "857"), ("Dayton", "OH", "454"),
             ("Fresno", "CA", "937"), ("Brooklyn", "NY", "112"), ("El Paso", "TX", "799"),
             ("Toledo", "OH", "436"), ("Boise", "ID", "837"), ("Macon", "GA", "312"), ("Reno", "NV", "895"),
             ("Lowell", "MA", "018"), ("Erie", "PA", "165"), ("Mobile", "AL", "366"), ("Tulsa", "OK", "741"),
             ("Fargo", "ND", "581"), ("Flint", "MI", "485"), ("Yakima", "WA", "989"), ("Laredo", "TX", "780"),
             ("Hialeah", "FL", "330"), ("Gary", "IN", "464"), ("Hartford", "CT", "061"), ("Durham", "NC", "277"),
             ("Chapel Hill", "NC", "275"), ("Bend", "OR", "977"), ("Duluth", "MN", "558"),
             ("Sioux Falls", "SD", "571"), ("Albuquerque", "NM", "871"), ("Baton Rouge", "LA", "708"),
             ("Little Rock", "AR", "722"), ("Burlington", "VT", "054"), ("Providence", "RI", "029"),
             ("Scranton", "PA", "185"), ("Bakersfield", "CA", "933"), ("Paterson", "NJ", "075"),
             ("Stockton", "CA", "952"), ("Kalamazoo", "MI", "490"), ("Savannah", "GA", "314"),
             ("Huntsville", "AL", "358"), ("Lubbock", "TX", "794"), ("Cheyenne", "WY", "820"),
             ("Billings", "MT", "591"), ("Des Moines", "IA", "503"), ("Omaha", "NE", "681"),
             ("Wichita", "KS", "672"), ("Knoxville", "TN", "379"), ("Lexington", "KY", "405"),
             ("Hazard", "KY", "417"), ("Bangor", "ME", "044"), ("Anchorage", "AK", "995"),
             ("Honolulu", "HI", "968"), ("St. Paul", "MN", "551"), ("Fort Wayne", "IN", "468"),
             ("Grand Rapids", "MI", "495"), ("Spokane", "WA", "992"), ("Chula Vista", "CA", "919"),
             ("Kissimmee", "FL", "347"), ("Yonkers", "NY", "107"), ("Pueblo", "CO", "810"),
             ("Provo", "UT", "846"), ("Gulfport", "MS", "395"), ("Charleston", "WV", "253"),
             ("Dover", "DE", "199"), ("Nashua", "NH", "030"), ("Silver Spring", "MD", "209"),
             ("Arlington", "VA", "222"), ("Columbia", "SC", "292"), ("Madison", "WI", "537")]
STATE_NAMES = {"IL": "Illinois", "AZ": "Arizona", "OH": "Ohio", "CA": "California", "NY": "New York",
               "TX": "Texas", "ID": "Idaho", "GA": "Georgia", "NV": "Nevada", "MA": "Massachusetts",
               "PA": "Pennsylvania", "AL": "Alabama", "OK": "Oklahoma", "ND": "North Dakota", "MI": "Michigan",
               "WA": "Washington", "FL": "Florida", "IN": "Indiana", "CT": "Connecticut", "NC": "North Carolina",
               "OR": "Oregon", "MN": "Minnesota", "SD": "South Dakota", "NM": "New Mexico", "LA": "Louisiana",
               "AR": "Arkansas", "VT": "Vermont", "RI": "Rhode Island", "NJ": "New Jersey", "WY": "Wyoming",
               "MT": "Montana", "IA": "Iowa", "NE": "Nebraska", "KS": "Kansas", "TN": "Tennessee",
               "KY": "Kentucky", "ME": "Maine", "AK": "Alaska", "HI": "Hawaii", "CO": "Colorado", "UT": "Utah",
               "MS": "Mississippi", "WV": "West Virginia", "DE": "Delaware", "NH": "New Hampshire",
               "MD": "Maryland", "VA": "Virginia", "SC": "South Carolina", "WI": "Wisconsin"}
STREET_WORDS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Walnut", "Chestnut", "Sycamore", "Magnolia", "Willow",
                "Lincoln", "Washington", "Jefferson", "Madison", "Franklin", "Jackson", "Highland", "Lakeview",
                "Ridge", "Sunset", "Meadow", "Orchard", "Mill", "Church", "Market", "Main", "Broad", "Spring",
                "Prospect", "Park", "Hillcrest", "Riverside", "Cherry", "Dogwood", "Juniper", "Birch", "Aspen",
                "Martin Luther King Jr", "Cesar Chavez", "Del Mar", "Camino Real", "Peachtree", "Bayou",
                "Prairie", "Canyon", "Mesa", "Old Farm", "Fox Run", "Quail Hollow", "Country Club"]
ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "12th", "14th", "23rd",
            "31st", "42nd", "55th", "108th", "3rd"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane",
          "Ct", "Court", "Way", "Pl", "Terrace", "Pkwy", "Cir", "Trail", "Hwy"]
UNITS = ["Apt 4B", "Apt. 12", "#12", "Suite 210", "Unit 3", "Ste 100", "Apt 2R", "Lot 14", "Apt 1",
         "Apt. 305", "# 7", "Unit C", "Bldg 3 Apt 201", "Fl 2", "Apt B", "Trlr 9", "Rm 118", "Apt 10-F"]
US_AREA = ["217", "312", "520", "937", "559", "718", "915", "419", "208", "478", "775", "978", "814", "251",
           "918", "701", "810", "509", "956", "305", "219", "860", "919", "541", "218", "605", "505", "225",
           "501", "802", "401", "570", "661", "973", "209", "269", "912", "256", "806", "307", "406", "515",
           "402", "316", "865", "859", "606", "207", "907", "808", "651", "260", "616", "619", "407", "914",
           "719", "801", "228", "304", "302", "603", "301", "703", "803", "608", "347", "646", "773", "210"]

INTL_CITIES = {
    "GB": ["Leeds", "Bristol", "Norwich", "Cardiff", "Sheffield", "Coventry", "Leicester", "Swansea", "York",
           "Glasgow", "Belfast", "Brighton", "Hull", "Derby"],
    "MX": [("Guadalajara", "Jal."), ("Puebla", "Pue."), ("Monterrey", "N.L."), ("Oaxaca de Juárez", "Oax."),
           ("Mérida", "Yuc."), ("Ciudad de México", "CDMX"), ("Morelia", "Mich."), ("Tijuana", "B.C.")],
    "ES": ["Madrid", "Sevilla", "Valencia", "Zaragoza", "Málaga", "Bilbao", "Granada", "Vigo", "Alicante"],
    "FR": ["Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Rennes", "Montpellier", "Strasbourg", "Brest"],
    "DE": ["Berlin", "Köln", "München", "Hamburg", "Leipzig", "Dresden", "Nürnberg", "Bremen", "Düsseldorf"],
    "IT": [("Roma", "RM"), ("Napoli", "NA"), ("Torino", "TO"), ("Bologna", "BO"), ("Palermo", "PA"),
           ("Bari", "BA"), ("Firenze", "FI"), ("Genova", "GE")],
    "BR": [("São Paulo", "SP"), ("Belo Horizonte", "MG"), ("Recife", "PE"), ("Curitiba", "PR"),
           ("Salvador", "BA"), ("Fortaleza", "CE"), ("Porto Alegre", "RS"), ("Campinas", "SP")],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Setúbal", "Aveiro"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Zwolle", "Leiden"],
    "PL": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin", "Rzeszów"],
    "JP": ["東京都世田谷区", "大阪市北区", "横浜市港北区", "札幌市中央区", "福岡市博多区", "名古屋市中区"],
    "CN": ["北京市朝阳区", "上海市浦东新区", "广州市天河区", "成都市武侯区", "杭州市西湖区"],
    "KR": ["서울특별시 강남구", "부산광역시 해운대구", "인천광역시 남동구", "대구광역시 수성구", "광주광역시 서구"],
    "IN": [("Bengaluru", "Karnataka", "560"), ("Pune", "Maharashtra", "411"), ("Chennai", "Tamil Nadu", "600"),
           ("Lucknow", "Uttar Pradesh", "226"), ("Jaipur", "Rajasthan", "302"), ("Kochi", "Kerala", "682"),
           ("Hyderabad", "Telangana", "500")],
    "SA": ["Riyadh", "Jeddah", "Dammam", "Mecca", "Medina", "الرياض", "جدة", "الدمام"],
    "RU": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург", "Самара"],
    "TR": [("Kadıköy", "İstanbul"), ("Çankaya", "Ankara"), ("Konak", "İzmir"), ("Nilüfer", "Bursa"),
           ("Muratpaşa", "Antalya"), ("Üsküdar", "İstanbul")],
    "VN": ["Thành phố Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang"],
    "PH": ["Quezon City", "Makati City", "Cebu City", "Davao City", "Pasig City", "Iloilo City", "Baguio City"],
}

IBAN_SPEC = {  # country: (length, bban pattern)  a=letter n=digit c=alnum
    "DE": "nnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn", "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnncccccccccccc", "NL": "aaaannnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "PT": "nnnnnnnnnnnnnnnnnnnnn", "TR": "nnnnnnnnnnnnnnnnnnnnnn",
    "SA": "nnnnnnnnnnnnnnnnnnnn", "BR": "nnnnnnnnnnnnnnnnnnnnnnnnacc", "BE": "nnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn", "CH": "nnnnnnnnnnnnnnnnn", "IE": "aaaannnnnnnnnnnnnn"}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["INGB", "ABNA", "RABO", "SNSB"],
              "IE": ["AIBK", "BOFI"]}


def strip_accents(s):
    s = s.translate(str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "ß": "ss", "ı": "i", "Ø": "O", "ø": "o"}))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


ROMAN = {"ja_JP": ("yuki", "tanaka"), "zh_CN": ("wei", "chen"), "ko_KR": ("jiho", "kim"), "ru_RU": ("olga", "ivanova"),
         "ar_SA": ("omar", "haddad"), "hi_IN": ("priya", "sharma"), "en_IN": ("priya", "sharma")}


class Person:
    def __init__(self, first, last, script_latin=True, order="western", middle=None, loc="en_US"):
        self.first, self.last, self.latin, self.order, self.middle, self.loc = first, last, script_latin, order, middle, loc


class Gen:
    """Random generators; rng is a random.Random."""

    def __init__(self, rng):
        self.r = rng

    def digits(self, pat):
        r = self.r
        return "".join(str(r.randint(0, 9)) if c == "d" else c for c in pat)

    # ------------------------------------------------------------ people
    def us_person(self):
        r = self.r
        x = r.random()
        f = F("en_US")
        mid = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.3 else None
        if x < 0.42:
            first = r.choice(NICK_FIRSTS) if r.random() < 0.15 else f.first_name()
            return Person(first, f.last_name(), middle=mid)
        if x < 0.55:
            m = F("es_MX")
            last = m.last_name() + (" " + m.last_name() if r.random() < 0.3 else "")
            return Person(m.first_name(), last, middle=mid, loc="es_MX")
        if x < 0.70:
            first = r.choice(WORD_FIRST) if r.random() < 0.5 else f.first_name()
            return Person(first, r.choice(WORD_LAST), middle=mid)
        if x < 0.78:
            return Person(f.first_name(), r.choice(MULTI_LAST), middle=mid)
        if x < 0.84:
            fi = r.choice(VN_FIRST).split()[-1]
            return Person(strip_accents(fi) if r.random() < 0.5 else fi, strip_accents(r.choice(VN_LAST)))
        if x < 0.88:
            l, fi = r.choice(KO_ROM)
            return Person(fi, l)
        if x < 0.92:
            i = F("en_IN")
            return Person(i.first_name(), i.last_name())
        if x < 0.96:
            return Person(r.choice(PH_FIRST), r.choice(PH_LAST))
        fi, l = r.choice(AR_ROM)
        return Person(fi, l)

    def intl_person(self, cc):
        r = self.r
        loc = COUNTRY_LOC[cc]
        native = r.random() < 0.65
        if cc == "VN":
            return Person(r.choice(VN_FIRST), r.choice(VN_LAST), order="eastern_space", loc=loc)
        if cc == "PH":
            return Person(r.choice(PH_FIRST), r.choice(PH_LAST), loc=loc)
        if cc == "JP":
            f = F(loc)
            if native:
                return Person(f.first_name(), f.last_name(), False, "eastern" if r.random() < .6 else "eastern_space", loc=loc)
            return Person(f.first_romanized_name(), f.last_romanized_name(), loc=loc)
        if cc == "CN":
            if native:
                f = F(loc)
                return Person(f.first_name(), f.last_name(), False, "eastern", loc=loc)
            l, fi = r.choice(ZH_PINYIN)
            return Person(fi, l, loc=loc)
        if cc == "KR":
            if native:
                f = F(loc)
                return Person(f.first_name(), f.last_name(), False, "eastern", loc=loc)
            l, fi = r.choice(KO_ROM)
            return Person(fi, l, loc=loc)
        if cc == "SA":
            if native:
                f = F(loc)
                return Person(f.first_name(), f.last_name(), False, loc=loc)
            fi, l = r.choice(AR_ROM)
            return Person(fi, l, loc=loc)
        if cc == "RU":
            if native:
                f = F(loc)
                return Person(f.first_name(), f.last_name(), False, loc=loc)
            fi, l = r.choice(RU_ROM)
            return Person(fi, l, loc=loc)
        if cc == "IN":
            if r.random() < 0.3:
                f = F("hi_IN")
                return Person(f.first_name(), f.last_name(), False, loc="hi_IN")
            f = F("en_IN")
            return Person(f.first_name(), f.last_name(), loc=loc)
        f = F(loc)
        first = f.first_name()
        last = f.last_name()
        if cc in ("ES", "MX") and r.random() < 0.5:
            last = last + " " + f.last_name()
        if cc == "BR" and r.random() < 0.4:
            last = r.choice(["da Silva", "dos Santos", "de Oliveira", "Souza"]) + " " + last
        return Person(first, last, loc=loc)

    def person_form(self, p, form):
        r = self.r
        if not p.latin or p.order != "western":
            if p.order == "eastern":
                full = p.last + p.first
            elif p.order == "eastern_space":
                full = p.last + " " + p.first
            else:
                full = p.first + " " + p.last
            if form in ("first", "firstlow", "firstcaps", "nick"):
                return p.first
            if form in ("last", "lastcaps"):
                return p.last
            if form in ("lower",) and p.latin:
                return full.lower()
            if form in ("caps", "lf") and p.latin:
                return full.upper()
            return full
        first, last = p.first, p.last
        if form == "full":
            return f"{first} {last}"
        if form == "first":
            return first
        if form == "last":
            return last
        if form == "lf":
            m = f" {p.middle}" if p.middle else ""
            return r.choice([f"{last.upper()}, {first.upper()}{m}", f"{last}, {first}", f"{last.upper()} {first.upper()}",
                             f"{last},{first}"])
        if form == "caps":
            return f"{first} {last}".upper()
        if form == "lower":
            return f"{first} {last}".lower()
        if form == "firstlow":
            return first.lower()
        if form == "firstcaps":
            return first.upper()
        if form == "lastcaps":
            return last.upper()
        if form == "mid":
            return f"{first} {p.middle or r.choice('ABCDEJKLMR')}. {last}"
        if form == "nick":
            return NICK.get(first, first)
        if form == "init":
            return f"{first[0]}. {last}"
        raise KeyError(form)

    def email_for(self, p, intl_cc=None):
        r = self.r
        if p.latin:
            fi = re.sub(r"[^a-z]", "", strip_accents(p.first).lower()) or "mail"
            la = re.sub(r"[^a-z]", "", strip_accents(p.last).lower()) or "box"
        else:
            fi, la = ROMAN.get(p.loc, ("min", "lee"))
        dom = {"GB": ["hotmail.co.uk", "btinternet.com", "gmail.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
               "FR": ["orange.fr", "free.fr", "laposte.net"], "IT": ["libero.it", "virgilio.it"],
               "ES": ["telefonica.net", "gmail.com"], "MX": ["prodigy.net.mx", "hotmail.com"],
               "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "PT": ["sapo.pt"], "NL": ["ziggo.nl", "kpnmail.nl"],
               "PL": ["wp.pl", "o2.pl", "onet.pl"], "JP": ["yahoo.co.jp", "docomo.ne.jp"], "CN": ["qq.com", "163.com"],
               "KR": ["naver.com", "daum.net"], "IN": ["rediffmail.com", "gmail.com"], "SA": ["outlook.sa", "gmail.com"],
               "RU": ["yandex.ru", "mail.ru"], "TR": ["hotmail.com.tr", "gmail.com"], "VN": ["gmail.com", "yahoo.com.vn"],
               "PH": ["yahoo.com.ph", "gmail.com"]}.get(intl_cc, ["gmail.com", "yahoo.com", "outlook.com", "aol.com",
                                                                  "icloud.com", "comcast.net", "hotmail.com", "att.net"])
        d = r.choice(dom)
        n = r.randint(1, 99)
        user = r.choice([f"{fi}.{la}", f"{fi[0]}{la}{n}", f"{fi}{la}", f"{la}.{fi}", f"{fi}_{la}{r.randint(1940, 2005)}",
                         f"{fi}{n}", f"{fi}.{la[0]}", f"the.{la}.family", f"{fi}{la[:3]}"])
        e = f"{user}@{d}"
        return e.upper() if r.random() < 0.04 else e

    def url_for(self, p):
        r = self.r
        if p.latin:
            fi = re.sub(r"[^a-z]", "", strip_accents(p.first).lower()) or "x"
            la = re.sub(r"[^a-z]", "", strip_accents(p.last).lower()) or "y"
        else:
            fi, la = ROMAN.get(p.loc, ("min", "lee"))
        return r.choice([f"https://www.caringbridge.org/visit/{fi}{la}", f"caringbridge.org/site/{fi}-{la}",
                         f"https://www.gofundme.com/f/help-{fi}-{la}-recover", f"gofundme.com/f/{fi}s-{r.choice(['surgery', 'recovery', 'medical-bills', 'rehab'])}-fund",
                         f"https://facebook.com/{fi}.{la}.{r.randint(1, 99)}", f"www.linkedin.com/in/{fi}-{la}-rn",
                         f"linkedin.com/in/{fi}{la}", f"https://{fi}{la}.com", f"http://www.{la}family.net/{fi}",
                         f"instagram.com/{fi}_{la}", f"https://mealtrain.com/trains/{fi}-{la}",
                         f"https://www.lotsahelpinghands.com/c/{r.randint(100000, 999999)}-{la}",
                         f"https://{fi}-{la}.blogspot.com", f"tiktok.com/@{fi}{la}{r.randint(1, 99)}",
                         f"https://sites.google.com/view/{fi}{la}-care", f"venmo.com/u/{fi}-{la}-{r.randint(1, 9)}"])

    def dob(self, cc=None, style=None):
        r = self.r
        y, m, d = r.randint(1928, 2012), r.randint(1, 12), r.randint(1, 28)
        EN = V.MONTHS[:12]
        if cc is None:  # US
            opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{EN[m - 1]} {d}, {y}", f"{EN[m - 1][:3]} {d} {y}",
                    f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}-{y}", f"{m}.{d}.{y}", f"{m}/{d}/{y}", f"{EN[m-1]} {d} {y}",
                    f"{m:02d}{d:02d}{y}"]
            return r.choice(opts)
        if cc in ("JP", "CN"):
            return r.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"])
        if cc == "KR":
            return r.choice([f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}", f"{y}. {m}. {d}."])
        if cc == "PH":
            return r.choice([f"{EN[m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}"])
        loc_m = {"DE": (["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"], "{d}. {M} {y}"),
                 "FR": (["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], "{d} {M} {y}"),
                 "ES": (["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"], "{d} de {M} de {y}"),
                 "MX": (["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"], "{d} de {M} de {y}"),
                 "IT": (["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"], "{d} {M} {y}"),
                 "BR": (["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], "{d} de {M} de {y}"),
                 "PT": (["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], "{d} de {M} de {y}"),
                 "NL": (["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"], "{d} {M} {y}"),
                 "PL": (["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"], "{d} {M} {y}"),
                 "RU": (["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], "{d} {M} {y} г."),
                 "GB": (EN, "{d} {M} {y}"), "IN": (EN, "{d} {M} {y}"), "TR": (["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"], "{d} {M} {y}"),
                 "VN": (None, "ngày {d} tháng {m} năm {y}"), "SA": (None, "{d:02d}/{m:02d}/{y}")}
        names, pat = loc_m.get(cc, (None, "{d:02d}/{m:02d}/{y}"))
        sep = "." if cc in ("DE", "PL", "RU", "TR") else ("-" if cc in ("NL", "IN") else "/")
        numeric = f"{d:02d}{sep}{m:02d}{sep}{y}"
        long = pat.format(d=d, m=m, y=y, M=names[m - 1] if names else "")
        return r.choice([numeric, numeric, long])

    # ------------------------------------------------------------ US locations
    def us_street(self):
        r = self.r
        n = r.choice([str(r.randint(1, 99)), str(r.randint(100, 999)), str(r.randint(1000, 9999)),
                      str(r.randint(10000, 29999)), f"{r.randint(1, 99)}-{r.randint(10, 99)}"])
        if r.random() < 0.15:
            name = r.choice(ORDINALS)
        elif r.random() < 0.25:
            name = F("en_US").last_name()
        else:
            name = r.choice(STREET_WORDS)
        pre = r.choice(["N ", "S ", "E ", "W ", "NE ", "North ", "West ", "SW "]) if r.random() < 0.2 else ""
        return f"{n} {pre}{name} {r.choice(SUFFIX)}"

    def us_cityrow(self):
        c, st, z3 = self.r.choice(US_CITIES)
        z = z3 + f"{self.r.randint(0, 99):02d}"
        if self.r.random() < 0.15:
            z += f"-{self.r.randint(0, 9999):04d}"
        return c, st, z

    def us_addr(self, form="line"):
        r = self.r
        street = self.us_street()
        unit = r.choice(UNITS) if r.random() < 0.45 else None
        c, st, z = self.us_cityrow()
        if r.random() < 0.08:
            st = STATE_NAMES[st]
        if form == "line":
            u = (r.choice([", ", " "]) + unit) if unit else ""
            return f"{street}{u}, {c}, {st} {z}" if r.random() < 0.8 else f"{street}{u} {c} {st} {z}"
        if form == "ml":
            u = (r.choice([", ", "\n", " "]) + unit) if unit else ""
            return f"{street}{u}\n{c}, {st} {z}"
        if form == "sloppy":
            u = (" " + unit.lower().replace(". ", "").replace(" ", r.choice(["", " "]))) if unit else ""
            s = f"{street.lower().rstrip('.')}{u} {c.lower()} {st.lower()} {z[:5]}"
            return s if r.random() < 0.7 else f"{street}{u} {c} {z[:5]}"
        if form == "street":
            return street + ((" " + unit) if unit else "")
        raise KeyError(form)

    def pobox(self):
        r = self.r
        c, st, z = self.us_cityrow()
        return r.choice([f"PO Box {r.randint(10, 9999)}, {c}, {st} {z}", f"P.O. Box {r.randint(10, 999)}\n{c}, {st} {z}",
                         f"po box {r.randint(10, 9999)} {c.lower()} {st.lower()} {z}", f"Post Office Box {r.randint(10, 9999)}, {c} {st} {z}"])

    def military(self):
        r = self.r
        return r.choice([f"PSC {r.randint(1000, 9999)}, Box {r.randint(1, 9999)}, APO AE 09{r.randint(0, 999):03d}",
                         f"Unit {r.randint(2000, 9999)} Box {r.randint(1, 9999)}, DPO AE 09{r.randint(0, 999):03d}",
                         f"CMR {r.randint(400, 499)} Box {r.randint(1, 999)}\nAPO AE 09{r.randint(0, 999):03d}",
                         f"PSC {r.randint(400, 599)} Box {r.randint(1, 99)}, FPO AP 96{r.randint(200, 699)}",
                         f"Unit {r.randint(15000, 15999)}, APO AP 96{r.randint(200, 699)}",
                         f"USNS Comfort, FPO AA 34{r.randint(0, 99):03d}"])

    def rural(self):
        r = self.r
        c, st, z = self.us_cityrow()
        return r.choice([f"RR {r.randint(1, 9)} Box {r.randint(1, 299)}, {c}, {st} {z}",
                         f"Rural Route {r.randint(1, 5)}, Box {r.randint(1, 99)}\n{c}, {st} {z}",
                         f"HC {r.randint(60, 80)} Box {r.randint(100, 9999)}, {c} {st} {z}",
                         f"rr {r.randint(1, 9)} box {r.randint(1, 99)} {c.lower()} {st.lower()}"])

    def us_city(self, form):
        r = self.r
        c, st, z = self.us_cityrow()
        if form == "city":
            return c
        if form == "citycaps":
            return c.upper()
        if form == "cityst":
            return r.choice([f"{c}, {st}", f"{c}, {STATE_NAMES[st]}", f"{c} {st}"])
        if form == "cityzip":
            return f"{c}, {st} {z}"
        raise KeyError

    # ------------------------------------------------------------ INTL locations
    def intl_addr(self, cc, form="line"):
        r = self.r
        f = F(COUNTRY_LOC[cc])
        n = r.randint(1, 180)
        cities = INTL_CITIES[cc]
        if cc == "GB":
            pc = F("en_GB").postcode()
            street = f"{n} {F('en_GB').last_name()} {r.choice(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Gardens', 'Crescent', 'Way'])}"
            flat = r.choice(["", f"Flat {r.randint(1, 30)}, ", f"Flat {r.randint(1, 9)}{r.choice('ABC')}\n"]) if r.random() < .4 else ""
            c = r.choice(cities)
            a = f"{flat}{street}\n{c}\n{pc}" if form == "ml" else f"{flat.strip()} {street}, {c} {pc}".strip()
        elif cc == "MX":
            c, st = r.choice(cities)
            a = f"Calle {f.last_name()} {n}{r.choice(['', ' Int. 4', ' Depto. 3B'])}, Col. {r.choice(['Centro', 'Roma Norte', 'Del Valle', 'Jardines del Bosque', 'Las Flores'])}, {r.randint(10000, 99999)} {c}, {st}"
        elif cc == "ES":
            a = f"{r.choice(['Calle', 'C/', 'Avenida', 'Plaza'])} {f.last_name()}, {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {r.choice(['28', '41', '46', '50', '29'])}{r.randint(0, 999):03d} {r.choice(cities)}"
        elif cc == "FR":
            a = f"{n}, {r.choice(['rue', 'avenue', 'boulevard', 'allée', 'impasse'])} {r.choice(['des Lilas', 'Victor Hugo', 'de la Paix', 'Pasteur', 'Jean Jaurès', 'du Moulin', 'des Écoles'])}, {r.randint(10, 95):02d}{r.randint(0, 999):03d} {r.choice(cities)}"
        elif cc == "DE":
            a = f"{r.choice(['Haupt', 'Linden', 'Goethe', 'Schiller', 'Bahnhof', 'Garten', 'Berg', 'Kirch'])}{r.choice(['straße', 'str.', 'weg', 'allee'])} {n}{r.choice(['', 'a', 'b'])}, {r.randint(1, 99):02d}{r.randint(0, 999):03d} {r.choice(cities)}"
        elif cc == "IT":
            c, pv = r.choice(cities)
            a = f"{r.choice(['Via', 'Viale', 'Piazza', 'Corso'])} {r.choice(['Garibaldi', 'Roma', 'Mazzini', 'Dante', 'Verdi', 'Cavour'])} {n}, {r.randint(10, 98)}{r.randint(0, 999):03d} {c} ({pv})"
        elif cc == "BR":
            c, uf = r.choice(cities)
            a = f"Rua {f.last_name()}, {n}{r.choice(['', ', apto 52', ', casa 2'])} - {f.bairro()}, {c} - {uf}, {r.randint(10000, 99999)}-{r.randint(0, 999):03d}"
        elif cc == "PT":
            a = f"Rua {r.choice(['da Liberdade', 'do Carmo', 'de Santa Catarina', 'Augusta'])}, {n}, {r.randint(1, 5)}º Esq., {r.randint(1000, 4999)}-{r.randint(0, 999):03d} {r.choice(cities)}"
        elif cc == "NL":
            a = f"{r.choice(['Kerk', 'Molen', 'Dorps', 'Prinsen', 'Linden'])}{r.choice(['straat', 'weg', 'laan', 'gracht'])} {n}, {r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPR')}{r.choice('ABCDEGHJKLMNPRST')} {r.choice(cities)}"
        elif cc == "PL":
            a = f"ul. {r.choice(['Mickiewicza', 'Słowackiego', 'Kościuszki', 'Długa', 'Polna', 'Lipowa'])} {n}/{r.randint(1, 60)}, {r.randint(0, 99):02d}-{r.randint(0, 999):03d} {r.choice(cities)}"
        elif cc == "JP":
            a = r.choice([f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d} {r.choice(cities)}{r.choice(['桜丘町', '本町', '中央', '緑町'])}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}",
                          f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Sakuragaoka', 'Honcho', 'Kita-Shinagawa', 'Nishi-Shinjuku'])}, {r.choice(['Setagaya-ku, Tokyo', 'Kita-ku, Osaka', 'Chuo-ku, Sapporo'])} {r.randint(100, 999)}-{r.randint(0, 9999):04d}"])
        elif cc == "CN":
            a = f"{r.choice(cities)}{r.choice(['建国路', '人民路', '中山路', '解放路'])}{n}号{r.randint(1, 20)}栋{r.randint(101, 2505)}室"
        elif cc == "KR":
            a = f"{r.choice(cities)} {r.choice(['테헤란로', '해운대로', '중앙대로', '동대구로'])} {n}, {r.randint(101, 1505)}호 ({r.randint(10000, 63999)})"
        elif cc == "IN":
            c, st, p3 = r.choice(cities)
            a = f"{r.choice(['Flat', 'House No.', 'Plot'])} {n}, {r.choice(['Shanti Apartments', 'MG Road', 'Sector 4', 'Lakshmi Nagar', 'Gandhi Colony'])}, {c}, {st} {p3}{r.randint(0, 99):03d}"
        elif cc == "SA":
            c = r.choice(cities)
            if re.search(r"[a-z]", c, re.I):
                a = f"{r.randint(1000, 9999)} {r.choice(['King Fahd Rd', 'Prince Sultan St', 'Olaya St'])}, {r.choice(['Al Olaya', 'Al Malaz', 'Al Rawdah'])}, {c} {r.randint(11000, 34999)}"
            else:
                a = f"{r.choice(['حي العليا', 'حي الملز', 'حي الروضة'])}، {r.choice(['شارع الملك فهد', 'طريق الأمير سلطان'])}، {c} {r.randint(11000, 34999)}"
        elif cc == "RU":
            a = f"{r.randint(100000, 699999)}, г. {r.choice(cities)}, ул. {r.choice(['Ленина', 'Гагарина', 'Пушкина', 'Садовая'])}, д. {n}, кв. {r.randint(1, 200)}"
        elif cc == "TR":
            c, il = r.choice(cities)
            a = f"{r.choice(['Caferağa', 'Bahçelievler', 'Atatürk', 'Cumhuriyet'])} Mah. {r.choice(['Moda Cad.', 'Gül Sok.', 'Lale Sok.'])} No: {n} D: {r.randint(1, 20)}, {r.randint(1, 81):02d}{r.randint(0, 999):03d} {c}/{il}"
        elif cc == "VN":
            a = f"Số {n} {r.choice(['Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng'])}, {r.choice(['Phường 7', 'Phường Bến Nghé', 'Phường 2'])}, {r.choice(['Quận 5', 'Quận 1', 'Quận Hoàn Kiếm'])}, {r.choice(cities)}"
        elif cc == "PH":
            a = f"{n} {r.choice(['Rizal St.', 'Mabini St.', 'Bonifacio Ave.', 'Luna St.'])}, Brgy. {r.choice(['San Antonio', 'Poblacion', 'Malinis', 'Santo Niño'])}, {r.choice(cities)} {r.randint(1000, 9999)}"
        else:
            raise KeyError(cc)
        if form == "ml" and "\n" not in a:
            parts = a.split(", ")
            if len(parts) >= 3:
                k = r.randint(1, len(parts) - 1)
                a = ", ".join(parts[:k]) + "\n" + ", ".join(parts[k:])
        return a

    def intl_city(self, cc):
        c = self.r.choice(INTL_CITIES[cc])
        return c[0] if isinstance(c, tuple) else c

    # ------------------------------------------------------------ phones
    def us_phone(self, ext=False):
        r = self.r
        a, e, l = r.choice(US_AREA), f"{r.randint(201, 989)}", f"{r.randint(0, 9999):04d}"
        shapes = [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a}{e}{l}", f"+1 {a} {e} {l}",
                  f"1-{a}-{e}-{l}", f"001-{a}-{e}-{l}", f"+1 ({a}) {e}-{l}", f"{a} {e} {l}", f"{a}/{e}-{l}",
                  f"({a}){e}-{l}", f"{a}-{e} {l}", f"+1-{a}-{e}-{l}", f"1 ({a}) {e}-{l}", f"{a} {e} {l[:2]} {l[2:]}",
                  f"{a}-{e}-{l}", f"({a}) {e}-{l}", f"+1{a}{e}{l}", f"{a} - {e} - {l}", f"{a}_{e}_{l}"]
        p = r.choice(shapes)
        if ext:
            p += r.choice([f" x{r.randint(10, 9999)}", f" ext. {r.randint(1, 999)}", f" extension {r.randint(1, 99)}",
                           f" ext {r.randint(100, 999)}", f" Ext. {r.randint(1, 99)}", f" x {r.randint(10, 99)}",
                           f" EXT {r.randint(1, 999)}", f",,{r.randint(100, 999)}", f" #{r.randint(100, 999)}"])
        return p

    def vanity(self):
        r = self.r
        w = r.choice(["HAULING", "CLEAN-UP", "PAINTER", "FIX-ROOF", "TAXI-NOW", "GUTTERS", "LAWN-CARE", "MOVE-NOW",
                      "CAKES-4U", "PLUMBER", "HANDY-MAN", "PET-SITS"])
        return r.choice([f"1-{r.choice(['800', '888', '877', '866'])}-{w}", f"({r.choice(US_AREA)}) 5{r.randint(10, 99)}-{w[:4]}",
                         f"{r.choice(['888', '877'])}-{w}"])

    INTL_PHONE = {
        "GB": ["+44 20 dddd dddd", "020 dddd dddd", "07ddd dddddd", "+44 7ddd dddddd", "0113 ddd dddd", "+44 (0)161 ddd dddd", "01632 dddddd"],
        "DE": ["+49 30 ddddddd", "030 dddddddd", "+49 (0)89 ddddddd", "0151 dddddddd", "+49 170 ddddddd", "0221/ddddddd", "+49 40 ddd ddd dd"],
        "FR": ["+33 1 dd dd dd dd", "06 dd dd dd dd", "+33 6 dd dd dd dd", "01.dd.dd.dd.dd", "04 dd dd dd dd", "+33 (0)7 dd dd dd dd"],
        "ES": ["+34 6dd ddd ddd", "91 ddd dd dd", "+34 93 ddd dd dd", "6dd dd dd dd"],
        "IT": ["+39 06 dddd dddd", "+39 3dd ddd dddd", "02 dddddddd", "3dd ddd dddd", "+39 011 ddd dddd"],
        "MX": ["+52 55 dddd dddd", "55 dddd dddd", "+52 1 33 dddd dddd", "(81) dddd-dddd", "044 55 dddd dddd", "+52 (999) ddd dddd"],
        "BR": ["+55 11 9dddd-dddd", "(11) 9dddd-dddd", "+55 21 dddd-dddd", "11 9dddd dddd", "(31) 9dddd-dddd"],
        "PT": ["+351 9dd ddd ddd", "21 ddd dddd", "+351 22 ddd dddd"],
        "NL": ["+31 6 dddddddd", "06-dddddddd", "020 ddd dddd", "+31 20 ddd dddd", "06 dd dd dd dd"],
        "PL": ["+48 5dd ddd ddd", "+48 22 ddd dd dd", "6dd-ddd-ddd", "(22) ddd dd dd", "5dd ddd ddd"],
        "JP": ["+81 3-dddd-dddd", "090-dddd-dddd", "03-dddd-dddd", "+81 90 dddd dddd", "06-dddd-dddd", "080-dddd-dddd"],
        "CN": ["+86 138 dddd dddd", "139dddddddd", "010-dddd dddd", "+86 10 dddd dddd", "+86-21-dddddddd"],
        "KR": ["+82 10-dddd-dddd", "010-dddd-dddd", "02-ddd-dddd", "+82 2 dddd dddd", "010 dddd dddd"],
        "IN": ["+91 98ddd ddddd", "098ddd ddddd", "+91-22-dddd-dddd", "9ddddddddd", "+91 80 dddd dddd", "+91 7ddd-ddd-ddd"],
        "SA": ["+966 5d ddd dddd", "05d ddd dddd", "+966 11 ddd dddd", "00966 5d ddd dddd"],
        "RU": ["+7 9dd ddd-dd-dd", "8 (9dd) ddd-dd-dd", "+7 (495) ddd-dd-dd", "8-9dd-ddd-dd-dd"],
        "TR": ["+90 5dd ddd dd dd", "0 5dd ddd dd dd", "0212 ddd dd dd", "+90 (216) ddd dd dd"],
        "VN": ["+84 9d ddd dddd", "09d ddd dddd", "+84 28 dddd dddd", "09d.ddd.dddd"],
        "PH": ["+63 917 ddd dddd", "0917 ddd dddd", "(02) 8ddd dddd", "+63 2 8ddd dddd", "0998-ddd-dddd"],
    }

    def intl_phone(self, cc):
        return self.digits(self.r.choice(self.INTL_PHONE[cc]))

    # ------------------------------------------------------------ numbers
    def ssn(self):
        r = self.r
        a = r.choice([x for x in range(1, 900) if x != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return r.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}-{g:02d}-{s:04d}"])

    def mbi(self):
        r = self.r
        L = "ACDEFGHJKMNPQRTUVWXY"
        s = f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}{r.randint(0, 9)}"
        return r.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", s.lower() if r.random() < .2 else s])

    def mrn_value(self, kind=None):
        r = self.r
        kind = kind or r.choice(["mrn", "mrn", "chart", "member", "medicaid", "mrn2", "kaiser"])
        if kind == "mrn":
            return r.choice([f"{r.randint(0, 99999999):08d}", f"{r.randint(100000, 9999999)}", f"E{r.randint(1000000, 9999999)}",
                             f"MR{r.randint(100000, 999999)}", f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"])
        if kind == "mrn2":
            return f"{r.choice('ABKMZ')}{r.randint(1000000, 9999999)}"
        if kind == "chart":
            return f"{r.randint(1000, 999999)}"
        if kind == "member":
            return r.choice([f"{r.choice(['XJH', 'W', 'ZGP', 'H', 'U'])}{r.randint(10000000, 999999999)}", f"{r.randint(100000000, 999999999)}-01",
                             f"{r.choice('ABCDEFGHJK')}{r.randint(10, 99)}{r.choice('ABCDEFGHJK')}{r.randint(100000, 999999)}"])
        if kind == "medicaid":
            return r.choice([f"{r.randint(10000000, 99999999)}{r.choice('ABCDEFGH')}", f"{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{r.randint(10000, 99999)}{r.choice('ABCDEFGH')}",
                             f"{r.randint(100000000000, 999999999999)}"])
        if kind == "kaiser":
            return f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
        raise KeyError(kind)

    def intl_mrn(self, cc):
        """(label, value) for a health id in country cc."""
        r = self.r
        d = self.digits
        opts = {"GB": [("NHS number", d("ddd ddd dddd")), ("NHS no.", d("dddddddddd")), ("hospital number", d("RTHdddddd"))],
                "DE": [("Versichertennummer", f"{r.choice('ABCDEFGHKLMNRSTW')}{d('ddddddddd')}"), ("Patientennr.", d("ddddddd"))],
                "FR": [("n° de dossier", d("dddddddd")), ("numéro patient", d("IPP ddddddd").replace("IPP ", ""))],
                "ES": [("NHC", d("dddddd")), ("tarjeta sanitaria", f"{r.choice('ABCDEFGHKLMNRS')}{r.choice('ABCDEFGHKLMNRS')}{r.choice('ABCDEFGHKLMNRS')}{r.choice('ABCDEFGHKLMNRS')}{d('dddddddddd')}")],
                "MX": [("NSS", d("ddddddddddd")), ("expediente", d("dddddd-dd"))],
                "IT": [("n. cartella", d("dddddd/dd")), ("tessera sanitaria", d("80380000dddddddddddd"))],
                "BR": [("Cartão SUS", d("ddd dddd dddd dddd")), ("prontuário", d("dddddddd"))],
                "PT": [("nº de utente", d("ddddddddd")), ("processo", d("dddddddd"))],
                "NL": [("patiëntnummer", d("ddddddd")), ("BSN", d("ddddddddd"))],
                "PL": [("nr karty", d("dddddd")), ("nr historii choroby", d("dddd/dd"))],
                "JP": [("診察券番号", d("dddddddd")), ("患者ID", d("dddddd"))],
                "CN": [("病历号", d("dddddddd")), ("住院号", d("dddddd"))],
                "KR": [("등록번호", d("dddddddd")), ("병록번호", d("dddddddd"))],
                "IN": [("UHID", d("MAHdddddddd")), ("CR no.", d("dddddddddd")), ("ABHA", d("dd-dddd-dddd-dddd"))],
                "SA": [("MRN", d("dddddddd")), ("رقم الملف", d("dddddd"))],
                "RU": [("полис ОМС", d("dddd dddd dddd dddd")), ("номер карты", d("dddddd"))],
                "TR": [("protokol no", d("ddddddd")), ("dosya no", d("dddddd"))],
                "VN": [("mã BN", d("dddddddd")), ("số hồ sơ", d("dddddd"))],
                "PH": [("PhilHealth no.", d("dd-ddddddddd-d")), ("hospital no.", d("dddddd"))]}
        return r.choice(opts[cc])

    def iban(self, cc=None):
        r = self.r
        cc = cc if cc in IBAN_SPEC else r.choice(list(IBAN_SPEC))
        pat = IBAN_SPEC[cc]
        bban = ""
        if cc in BANK_CODES:
            bban = r.choice(BANK_CODES[cc])
            pat = pat[4:]
        for c in pat:
            if c == "n":
                bban += str(r.randint(0, 9))
            elif c == "a":
                bban += r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                bban += r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        chk = 98 - num % 97
        s = f"{cc}{chk:02d}{bban}"
        x = r.random()
        if x < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if r.random() < 0.12:
            s = s.lower()
        return s

    def card(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
        if kind == "visa":
            body, ln = "4" + "".join(str(r.randint(0, 9)) for _ in range(14)), 16
        elif kind == "mc":
            body, ln = r.choice(["51", "52", "53", "54", "55", "22"]) + "".join(str(r.randint(0, 9)) for _ in range(13)), 16
        elif kind == "amex":
            body, ln = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12)), 15
        else:
            body, ln = "6011" + "".join(str(r.randint(0, 9)) for _ in range(11)), 16
        for c in range(10):
            if luhn(body + str(c)):
                full = body + str(c)
                break
        if r.random() < 0.25:  # not Luhn-valid (typo'd card)
            full = full[:-1] + str((int(full[-1]) + 1) % 10)
        if ln == 15:
            return r.choice([f"{full[:4]} {full[4:10]} {full[10:]}", full, f"{full[:4]}-{full[4:10]}-{full[10:]}"])
        g = [full[i:i + 4] for i in range(0, 16, 4)]
        return r.choice([" ".join(g), "-".join(g), full, " ".join(g)])

    def routing(self):
        r = self.r
        while True:
            d8 = f"{r.choice([r.randint(1, 12), r.randint(21, 32)]):02d}" + "".join(str(r.randint(0, 9)) for _ in range(6))
            for c in range(10):
                d = d8 + str(c)
                if sum(int(a) * w for a, w in zip(d, [3, 7, 1] * 3)) % 10 == 0:
                    return d

    def bank_acct(self):
        r = self.r
        return r.choice([str(r.randint(10 ** 7, 10 ** 8 - 1)), str(r.randint(10 ** 9, 10 ** 10 - 1)),
                         str(r.randint(10 ** 11, 10 ** 12 - 1)), f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}",
                         f"00{r.randint(10 ** 7, 10 ** 8 - 1)}"])


def luhn(num):
    d = [int(c) for c in num][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0
