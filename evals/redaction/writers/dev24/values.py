"""Value generators for the dev24 templates. Everything is driven by one random.Random
instance plus Faker instances seeded from it, so the output is deterministic."""
import random
import string
from faker import Faker

NAME_LOCALES_INTL = ["en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "it_IT", "pt_BR", "nl_NL",
                     "pl_PL", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR",
                     "vi_VN", "el_GR", "he_IL", "uk_UA", "th_TH", "sv_SE"]
ADDR_LOCALES_INTL = ["en_GB", "de_DE", "de_AT", "de_CH", "fr_FR", "it_IT", "nl_NL", "pl_PL",
                     "es_ES", "pt_PT", "pt_BR", "en_IN", "ja_JP", "ko_KR", "zh_CN", "zh_TW",
                     "ru_RU", "uk_UA", "el_GR", "he_IL", "sv_SE", "vi_VN", "en_CA", "en_AU",
                     "es_MX", "th_TH"]
# locales whose Faker personal names are in the US name pool (names written in a US context)
US_NAME_LOCALES = ["en_US"] * 6 + ["es_MX", "en_GB", "it_IT", "pl_PL", "en_IE", "vi_VN"]

# given names / surnames that are ordinary English words or place names
WORD_FIRST = ["Hope", "Faith", "Grace", "Joy", "Summer", "Dawn", "Rose", "Ivy", "Hunter", "Chase",
              "Brooke", "Autumn", "Sky", "Reed", "Will", "Bill", "Frank", "Mark", "Rusty", "Sunny",
              "Dusty", "Crystal", "Amber", "Pearl", "Ruby", "Misty", "Destiny", "Lane", "Page",
              "Austin", "Dallas", "Jackson", "Florence", "Madison", "Savannah", "Lincoln", "Troy",
              "Georgia", "Virginia", "Phoenix", "Sydney", "Camden", "Houston", "Aspen", "River",
              "Sterling", "Cash", "Clay", "Cliff", "Forrest", "Rocky", "Bishop", "Precious", "June"]
WORD_LAST = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Wood", "Fox", "Bell",
             "Banks", "Long", "Little", "Rich", "King", "Price", "Love", "Moss", "Lake", "Rivers",
             "Hall", "Bush", "Church", "Sharp", "Wise", "Strong", "Bright", "Gay", "Hope", "Street",
             "Fields", "Marsh", "Frost", "Snow", "Winter", "Cook", "Baker", "Mason", "Carpenter",
             "Chambers", "Bond", "Savage", "Friend", "Hunt", "Lamb", "Duck", "Branch", "Pike"]
NICKS = ["Bubba", "Junebug", "Sissy", "Tiny", "Boo", "Peanut", "Sonny", "Red", "Skip", "Bitsy",
         "Dot", "Chip", "Buddy", "Tootie", "Big Mike", "Lil Ray", "Cookie", "Bear"]
CREDS = ["RN", "LPN", "CNA", "HHA", "NP", "PA-C", "MD", "DO", "BSN, RN", "MSW", "PT, DPT", "OTR/L",
         "RN, CHPN", "LVN"]

US_CITIES = [("Springfield", "IL"), ("Dayton", "OH"), ("Tulsa", "OK"), ("Lubbock", "TX"),
             ("Fresno", "CA"), ("Boise", "ID"), ("Macon", "GA"), ("Mobile", "AL"), ("Erie", "PA"),
             ("Toledo", "OH"), ("Provo", "UT"), ("Yakima", "WA"), ("Salina", "KS"), ("Joplin", "MO"),
             ("Duluth", "MN"), ("Bangor", "ME"), ("Flint", "MI"), ("Gary", "IN"), ("Odessa", "TX"),
             ("Paris", "TX"), ("Florence", "SC"), ("Jackson", "MS"), ("Lincoln", "NE"),
             ("Marion", "IN"), ("Hope", "AR"), ("Reading", "PA"), ("Warren", "OH"), ("Troy", "NY"),
             ("Auburn", "AL"), ("Athens", "GA"), ("Columbia", "MO"), ("Laredo", "TX"),
             ("Pueblo", "CO"), ("Tacoma", "WA"), ("Eugene", "OR"), ("Billings", "MT"),
             ("Fargo", "ND"), ("Rapid City", "SD"), ("Cheyenne", "WY"), ("Santa Fe", "NM"),
             ("Yuma", "AZ"), ("Reno", "NV"), ("Hilo", "HI"), ("Juneau", "AK"), ("Burlington", "VT"),
             ("Nashua", "NH"), ("Warwick", "RI"), ("Hartford", "CT"), ("Dover", "DE"),
             ("Hagerstown", "MD"), ("Roanoke", "VA"), ("Wheeling", "WV"), ("Asheville", "NC"),
             ("Savannah", "GA"), ("Ocala", "FL"), ("Biloxi", "MS"), ("Shreveport", "LA"),
             ("Little Rock", "AR"), ("Paducah", "KY"), ("Knoxville", "TN"), ("Peoria", "IL"),
             ("Green Bay", "WI"), ("Des Moines", "IA"), ("Wichita", "KS"), ("Amarillo", "TX"),
             ("El Paso", "TX"), ("Bakersfield", "CA"), ("Stockton", "CA"), ("Spokane", "WA"),
             ("Grand Rapids", "MI"), ("Akron", "OH"), ("Scranton", "PA"), ("Utica", "NY"),
             ("Camden", "NJ"), ("Worcester", "MA"), ("Lowell", "MA"), ("Chester", "PA"),
             ("Charleston", "WV"), ("Columbus", "GA"), ("Independence", "MO"), ("Pasco", "WA")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CA": "California", "GA": "Georgia",
               "PA": "Pennsylvania", "NY": "New York", "MI": "Michigan", "WA": "Washington",
               "MO": "Missouri", "FL": "Florida", "KY": "Kentucky", "TN": "Tennessee",
               "AL": "Alabama", "MS": "Mississippi", "IN": "Indiana", "NC": "North Carolina"}
STREET_BASE = ["Oak", "Maple", "Main", "Church", "Mill Creek", "Cedar", "Pine", "Elm", "Walnut",
               "Chestnut", "Hickory", "Sycamore", "Lincoln", "Washington", "Jefferson", "Park",
               "Lake", "Hill", "Ridge", "Valley View", "Sunset", "Meadow", "Forest", "Spring",
               "Highland", "Orchard", "Willow", "Cherry", "Dogwood", "Magnolia", "Peachtree",
               "Martin Luther King Jr", "Cesar Chavez", "Old Mill", "Prospect", "Summit", "Grove",
               "Union", "Liberty", "Franklin", "Madison", "Jackson", "Rose", "Reed", "Frost"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Blvd", "Rd", "Road", "Dr", "Dr.",
          "Drive", "Ln", "Lane", "Ct", "Cir", "Pkwy", "Trl", "Way", "Pl", "Ter", "Loop", "Pike"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West", "N.", "S."]
UNITS = ["Apt 4B", "Apt. 12", "Apt #3", "Unit 7", "Unit C", "Suite 210", "Ste 104", "Ste. 3",
         "#12", "# 5", "Lot 44", "Trlr 9", "Rm 218", "Fl 2", "Bldg C Apt 6", "Apt 2R", "Space 31",
         "Spc 18", "Box 6", "Apt B"]

VANITY = ["PAINTER", "BAKE-PIE", "CALL-SUE", "FIX-ROOF", "GO-TEDDY", "MOW-LAWN", "HAIR-NOW",
          "TAX-HELP", "SEW-MORE", "PET-CARE", "DOG-WALK", "FLOWERS"]
EMAIL_DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com",
                    "icloud.com", "comcast.net", "att.net", "sbcglobal.net", "verizon.net",
                    "bellsouth.net", "charter.net", "msn.com", "live.com", "earthlink.net"]
EMAIL_DOMAINS_INTL = {"en_GB": ["btinternet.com", "gmail.com", "sky.com"],
                      "de_DE": ["web.de", "gmx.de", "t-online.de"], "fr_FR": ["orange.fr", "free.fr"],
                      "es_MX": ["prodigy.net.mx", "gmail.com"], "pt_BR": ["uol.com.br", "bol.com.br"],
                      "it_IT": ["libero.it", "virgilio.it"], "ja_JP": ["docomo.ne.jp", "yahoo.co.jp"],
                      "nl_NL": ["ziggo.nl", "kpnmail.nl"], "pl_PL": ["wp.pl", "onet.pl"],
                      "ko_KR": ["naver.com", "daum.net"], "zh_CN": ["qq.com", "163.com"],
                      "ru_RU": ["mail.ru", "yandex.ru"], "hi_IN": ["rediffmail.com", "gmail.com"],
                      "es_ES": ["telefonica.net", "gmail.com"], "tr_TR": ["hotmail.com.tr"]}

MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def translit(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))
    return s


class Vals:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {}

    def F(self, loc):
        if loc not in self.fk:
            f = Faker(loc)
            f.seed_instance(self.r.randint(0, 10**9))
            self.fk[loc] = f
        return self.fk[loc]

    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # ---------------- people ----------------
    def us_first(self):
        x = self.r.random()
        if x < 0.35:
            return self.ch(WORD_FIRST)
        return self.F(self.ch(US_NAME_LOCALES)).first_name()

    def us_last(self):
        if self.r.random() < 0.35:
            return self.ch(WORD_LAST)
        return self.F(self.ch(US_NAME_LOCALES)).last_name()

    def us_full(self):
        x = self.r.random()
        fn, ln = self.us_first(), self.us_last()
        if x < 0.12:
            return f"{fn} {self.ch(string.ascii_uppercase)}. {ln}"
        if x < 0.18:
            return f"{ln}, {fn}"
        if x < 0.22:
            return f"{fn} {self.ch(['Mae', 'Lee', 'Ann', 'Ray', 'Jo', 'Lou'])} {ln}"
        return f"{fn} {ln}"

    def intl_name(self, loc):
        f = self.F(loc)
        if loc in ("ja_JP", "zh_CN", "ko_KR", "zh_TW"):
            return f.last_name() + (" " if loc == "ja_JP" else "") + f.first_name()
        if loc == "ru_RU" and self.r.random() < 0.5:
            return f.name()
        return f"{f.first_name()} {f.last_name()}"

    def intl_first(self, loc):
        return self.F(loc).first_name()

    # ---------------- places ----------------
    def us_city(self):
        return self.ch(US_CITIES)

    def zipc(self, st):
        f = self.F("en_US")
        try:
            z = f.postcode_in_state(st)
        except Exception:
            z = f.postcode()
        if self.r.random() < 0.18:
            z = f"{z}-{self.digits(4)}"
        return z

    def street(self):
        x = self.r.random()
        if x < 0.25:
            n = self.r.randint(1, 160)
            sfx = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            base = f"{n}{sfx} {self.ch(['St', 'Ave', 'Street', 'Ter', 'Pl', 'Way'])}"
        elif x < 0.35:
            base = self.F("en_US").street_name()
        else:
            base = f"{self.ch(STREET_BASE)} {self.ch(SUFFIX)}"
        if self.r.random() < 0.35:
            d = self.ch(DIRS)
            base = f"{d} {base}" if self.r.random() < 0.7 else f"{base} {d}"
        return base

    def us_address(self):
        r = self.r
        city, st = self.us_city()
        z = self.zipc(st)
        stt = STATE_NAMES.get(st, st) if r.random() < 0.08 else st
        kind = r.random()
        num = str(r.randint(1, 29999))
        if kind < 0.12:  # highway / county road
            hw = self.ch([f"US Hwy {r.randint(1, 441)}", f"US-{r.randint(1, 99)}",
                          f"State Route {r.randint(1, 600)}", f"SR {r.randint(1, 400)}",
                          f"County Road {r.randint(1, 999)}", f"CR {r.randint(1, 999)}",
                          f"Co Rd {r.randint(1, 99)}", f"FM {r.randint(100, 3999)}",
                          f"State Hwy {r.randint(1, 99)}", f"Hwy {r.randint(1, 99)} {self.ch(['N', 'E', 'S', 'W'])}",
                          f"Old Hwy {r.randint(1, 90)}", f"Route {r.randint(1, 66)}"])
            if r.random() < 0.15:
                num = f"{self.ch('NSEW')}{r.randint(1000, 9999)}"
            street = f"{num} {hw}"
        elif kind < 0.22:  # PO box
            street = self.ch(["PO Box", "P.O. Box", "Post Office Box", "PO BOX", "P O Box", "POB"]) + f" {r.randint(1, 9999)}"
        elif kind < 0.30:  # rural route
            street = self.ch([f"RR {r.randint(1, 9)} Box {r.randint(1, 399)}",
                              f"Rural Route {r.randint(1, 6)}, Box {r.randint(1, 399)}{self.ch(['', 'A', 'B'])}",
                              f"HC {r.randint(1, 89)} Box {r.randint(1, 3999)}",
                              f"Route {r.randint(1, 5)} Box {r.randint(1, 299)}",
                              f"R.R. {r.randint(1, 9)}, Box {r.randint(1, 99)}"])
        elif kind < 0.37:  # military
            return self.ch([f"PSC {r.randint(1000, 9999)}, Box {r.randint(1, 9999)}, APO AE {r.choice(['09', '09'])}{self.digits(3)}",
                            f"PSC {r.randint(100, 999)} Box {r.randint(1, 9999)}\nAPO AP 96{self.digits(3)}",
                            f"CMR {r.randint(100, 999)} Box {r.randint(1, 9999)}, APO AE 09{self.digits(3)}",
                            f"Unit {r.randint(1000, 9999)} Box {r.randint(1, 9999)}, DPO AP 96{self.digits(3)}",
                            f"Unit {r.randint(1000, 9999)}, Box {r.randint(1, 999)}, DPO AE 09{self.digits(3)}",
                            f"USS {self.ch(['Truman', 'Nimitz', 'Gerald Ford', 'Bataan', 'Higgins'])}\nFPO AE 09{self.digits(3)}",
                            f"USNS {self.ch(['Comfort', 'Mercy'])}, FPO AA 340{self.digits(2)}",
                            self.F("en_US").military_apo(), self.F("en_US").military_dpo()])
        else:
            street = f"{num} {self.street()}"
            if r.random() < 0.45:
                u = self.ch(UNITS)
                sep = self.ch([" ", ", ", "\n"])
                street = f"{street}{sep}{u}"
        shape = r.random()
        if shape < 0.45:
            a = f"{street}, {city}, {stt} {z}"
        elif shape < 0.65:
            a = f"{street} {city} {stt} {z}"
        elif shape < 0.82:
            a = f"{street}\n{city}, {stt} {z}"
        elif shape < 0.9:
            a = f"{street}, {city} {stt}"
        else:
            a = f"{street}, {city}, {stt}  {z}"
        return a

    def us_place(self):
        """city alone / city+state / 'City, ST zip' without label"""
        city, st = self.us_city()
        x = self.r.random()
        if x < 0.35:
            return city
        if x < 0.65:
            return f"{city}, {st}"
        if x < 0.8:
            return f"{city} {STATE_NAMES.get(st, st)}"
        return f"{city}, {st} {self.zipc(st)}"

    def intl_address(self, loc):
        f = self.F(loc)
        a = f.address()
        if loc == "en_GB" and self.r.random() < 0.5:
            a = f"{self.r.randint(1, 220)} {f.street_name()}\n{f.city()}\n{f.postcode()}"
        lines = a.split("\n")
        sep = self.ch([", ", "\n", ", ", " "])
        return sep.join(lines)

    def intl_city(self, loc):
        return self.F(loc).city()

    # ---------------- phones ----------------
    AREAS = ["217", "309", "312", "313", "317", "330", "405", "406", "414", "419", "423", "432",
             "478", "501", "502", "504", "505", "512", "520", "540", "541", "570", "601", "606",
             "608", "614", "615", "626", "701", "706", "712", "716", "719", "740", "760", "803",
             "806", "812", "828", "843", "850", "859", "870", "901", "903", "904", "907", "910",
             "915", "918", "936", "940", "956", "970", "971", "979", "989"]

    def us_phone(self):
        r = self.r
        a = self.ch(self.AREAS)
        e = str(r.randint(200, 999)) if r.random() < 0.7 else "555"
        n = self.digits(4) if e != "555" else "01" + self.digits(2)
        fmt = self.ch(["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a}{e}{n}", "+1 {a} {e} {n}",
                       "1-{a}-{e}-{n}", "001-{a}-{e}-{n}", "+1 ({a}) {e}-{n}", "{a} {e} {n}",
                       "+1{a}{e}{n}", "1 ({a}) {e}-{n}", "({a}){e}-{n}", "{a}-{e}-{n}", "+1-{a}-{e}-{n}",
                       "1.{a}.{e}.{n}", "{a}/{e}-{n}"])
        p = fmt.format(a=a, e=e, n=n)
        x = r.random()
        if x < 0.15:
            p += self.ch([" x{}", " ext. {}", " extension {}", " ext {}", " Ext.{}", ",{}", " x {}"]).format(r.randint(1, 9999))
        elif x < 0.19:
            p = f"1-{self.ch(['800', '888', '877', '866'])}-{self.ch(VANITY)}"
        return p

    def intl_phone(self, loc):
        r, d = self.r, self.digits
        c = {
            "en_GB": [f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}", f"+44 (0)161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}"],
            "de_DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 (0)89 {d(6)}", f"+49 151 {d(8)}", f"0171 {d(7)}"],
            "fr_FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 (0)4 {d(2)} {d(2)} {d(2)} {d(2)}"],
            "es_MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
            "hi_IN": [f"+91 98{d(3)} {d(5)}", f"+91-{d(5)}-{d(5)}", f"098{d(3)} {d(5)}", f"+91 22 {d(4)} {d(4)}"],
            "ja_JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}", f"06-{d(4)}-{d(4)}"],
            "pt_BR": [f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+55 21 {d(4)}-{d(4)}", f"(31) 9 {d(4)}-{d(4)}"],
            "es_ES": [f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 91 {d(3)} {d(2)} {d(2)}"],
            "it_IT": [f"+39 06 {d(4)} {d(4)}", f"+39 333 {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"347 {d(3)} {d(4)}"],
            "nl_NL": [f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}", f"010 {d(3)} {d(4)}"],
            "pl_PL": [f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 601 {d(3)} {d(3)}", f"512 {d(3)} {d(3)}"],
            "ko_KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"],
            "zh_CN": [f"+86 138 {d(4)} {d(4)}", f"139{d(8)}", f"+86 10 {d(4)} {d(4)}", f"(021) {d(4)}-{d(4)}"],
            "ru_RU": [f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (912) {d(3)}-{d(2)}-{d(2)}", f"+7 916 {d(3)} {d(2)} {d(2)}"],
            "tr_TR": [f"+90 212 {d(3)} {d(2)} {d(2)}", f"0532 {d(3)} {d(2)} {d(2)}"],
            "vi_VN": [f"+84 90 {d(3)} {d(2)} {d(2)}", f"091 {d(3)} {d(4)}"],
            "ar_SA": [f"+966 50 {d(3)} {d(4)}", f"050 {d(3)} {d(4)}"],
            "en_CA": [f"+1 416 {r.randint(200, 999)} {d(4)}", f"(604) {r.randint(200, 999)}-{d(4)}", f"514-{r.randint(200, 999)}-{d(4)}"],
            "en_PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"],
            "en_AU": [f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"],
            "el_GR": [f"+30 21 {d(4)} {d(4)}", f"69{d(2)} {d(3)} {d(3)}"],
            "he_IL": [f"+972 50-{d(3)}-{d(4)}", f"03-{d(3)}-{d(4)}"],
            "sv_SE": [f"+46 8 {d(3)} {d(2)} {d(2)}", f"070-{d(3)} {d(2)} {d(2)}"],
            "uk_UA": [f"+380 44 {d(3)} {d(2)} {d(2)}", f"067 {d(3)} {d(2)} {d(2)}"],
            "th_TH": [f"+66 2 {d(3)} {d(4)}", f"081 {d(3)} {d(4)}"],
        }
        key = loc if loc in c else {"de_AT": "de_DE", "de_CH": "de_DE", "pt_PT": "es_ES", "en_IN": "hi_IN",
                                    "zh_TW": "zh_CN"}.get(loc, "en_GB")
        return self.ch(c[key])

    # ---------------- emails / urls ----------------
    def slug(self, name):
        t = translit(name).lower().replace("'", "")
        parts = [p for p in t.replace("-", " ").replace(",", " ").split() if p and p.isalnum() and len(p) > 1]
        if not parts:
            parts = [self.ch(["mama", "abuela", "papa", "family", "care"])]
        return parts

    def email(self, name, loc="en_US"):
        p = self.slug(name)
        first, last = p[0], p[-1]
        user = self.ch([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last}{self.r.randint(1, 99)}",
                        f"{last}.{first}", f"{first}{self.r.randint(40, 99)}", f"{first}.{last}{self.r.randint(1, 9)}",
                        f"{self.ch(['nana', 'mimi', 'papa', 'grandma', 'gigi'])}{first}", f"{first[0]}.{last}"])
        dom = self.ch(EMAIL_DOMAINS_US) if loc == "en_US" else self.ch(EMAIL_DOMAINS_INTL.get(loc, ["gmail.com", "outlook.com"]))
        if self.r.random() < 0.12:
            user = user.upper() if self.r.random() < 0.5 else user.capitalize()
        return f"{user}@{dom}"

    def url(self, name, loc="en_US"):
        p = self.slug(name)
        first, last = p[0], p[-1]
        tld = {"en_GB": ".co.uk", "de_DE": ".de", "fr_FR": ".fr", "es_MX": ".com.mx", "pt_BR": ".com.br",
               "it_IT": ".it", "nl_NL": ".nl", "pl_PL": ".pl", "ja_JP": ".jp", "es_ES": ".es"}.get(loc, ".com")
        return self.ch([f"https://www.caringbridge.org/visit/{first}{last}",
                        f"caringbridge.org/visit/{first}{last}{self.r.randint(1, 9)}",
                        f"https://www.gofundme.com/f/help-{first}-{last}-with-medical-bills",
                        f"gofundme.com/f/{first}s-{self.ch(['chemo', 'surgery', 'hospice', 'recovery'])}-fund",
                        f"https://www.facebook.com/{first}.{last}.{self.r.randint(1, 999)}",
                        f"facebook.com/{first}{last}",
                        f"https://www.linkedin.com/in/{first}-{last}-{self.digits(3)}",
                        f"www.{first}{last}{tld}", f"http://{first}{last}{tld}/about",
                        f"https://{first}-{last}.blogspot.com", f"instagram.com/{first}_{last}",
                        f"https://lotsahelpinghands.com/c/{self.digits(6)}-{first}-{last}",
                        f"https://mealtrain.com/{first}{last}", f"{first}{last}.substack.com",
                        f"https://www.legacy.com/obituaries/name/{first}-{last}-obituary"])

    # ---------------- ids ----------------
    def ssn(self):
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        fmt = self.ch(["{:03d}-{:02d}-{:04d}"] * 4 + ["{:03d}{:02d}{:04d}", "{:03d} {:02d} {:04d}", "{:03d}.{:02d}.{:04d}"])
        return fmt.format(a, g, s)

    def mbi(self):
        r, L = self.r, MBI_LET
        s = (str(r.randint(1, 9)) + self.ch(L) + self.ch(L + "0123456789") + str(r.randint(0, 9)) + self.ch(L)
             + self.ch(L + "0123456789") + str(r.randint(0, 9)) + self.ch(L) + self.ch(L) + self.digits(2))
        x = r.random()
        if x < 0.4:
            return f"{s[:4]}-{s[4:7]}-{s[7:]}"
        if x < 0.6:
            return s.lower()
        return s

    def us_mrn(self):
        r = self.r
        return self.ch([self.digits(r.randint(6, 10)), f"{self.ch(string.ascii_uppercase)}{self.digits(7)}",
                        f"{self.digits(2)}-{self.digits(3)}-{self.digits(3)}", self.mbi(), self.mbi(),
                        f"{''.join(self.ch(string.ascii_uppercase) for _ in range(3))}{self.digits(9)}",
                        f"{self.ch(['W', 'H', 'U', 'K', 'M'])}{self.digits(4)} {self.digits(5)}",
                        f"{self.digits(3)}-{self.digits(2)}-{self.digits(4)}-{self.ch(['A', 'B', 'M'])}",
                        f"{self.digits(5)}{self.ch(string.ascii_uppercase)}", f"E{self.digits(6)}",
                        f"{self.digits(4)} {self.digits(4)} {self.digits(2)}",
                        f"{''.join(self.ch(string.ascii_uppercase) for _ in range(2))}-{self.digits(6)}",
                        f"0000{self.digits(6)}", f"{self.digits(9)}{self.ch(['01', '02', '*01'])}"])

    def intl_mrn(self, loc):
        d = self.digits
        m = {"en_GB": [f"{d(3)} {d(3)} {d(4)}", d(10)], "de_DE": [f"{self.ch('ABCDEFGHKLMNPRSTUVWZ')}{d(9)}"],
             "fr_FR": [f"{self.ch('12')} {d(2)} {d(2)} {d(2)} {d(3)} {d(3)} {d(2)}"],
             "en_CA": [f"{d(4)}-{d(3)}-{d(3)}-{self.ch(['AB', 'KT', 'XM'])}"], "hi_IN": [f"{d(2)}-{d(4)}-{d(4)}-{d(4)}"],
             "es_MX": [d(11)], "pt_BR": [f"{d(3)} {d(4)} {d(4)} {d(4)}"], "nl_NL": [f"{d(4)}.{d(2)}.{d(3)}"],
             "ja_JP": [f"{d(8)}"], "it_IT": [f"{''.join(self.ch(string.ascii_uppercase) for _ in range(6))}{d(2)}A{d(2)}H{d(3)}X"]}
        return self.ch(m.get(loc, [d(10)]))

    def dob_us(self):
        f = self.F("en_US")
        dt = f.date_of_birth(minimum_age=55, maximum_age=101)
        m, d, y = dt.month, dt.day, dt.year
        mon = dt.strftime("%B")
        return self.ch([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}-{d}-{y}", f"{m}/{d}/{y % 100:02d}",
                        f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{mon[:3]}. {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                        f"{m}.{d}.{y}", f"{m:02d}{d:02d}{y}", f"{mon.lower()} {d} {y}", f"{d}-{mon[:3].upper()}-{y}"])

    def dob_intl(self):
        f = self.F("en_GB")
        dt = f.date_of_birth(minimum_age=55, maximum_age=101)
        m, d, y = dt.month, dt.day, dt.year
        mon = dt.strftime("%B")
        return self.ch([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}",
                        f"{d} {mon[:3]} {y}", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{d:02d}-{m:02d}-{y}"])

    # ---------------- accounts ----------------
    IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "NL": "a4n10", "IT": "a1n22",
                 "PL": "n24", "BE": "n12", "CH": "n17", "AT": "n16", "PT": "n21", "IE": "a4n14",
                 "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14"}

    def iban(self):
        import re
        cc = self.ch(list(self.IBAN_SPEC))
        bban = ""
        for kind, n in re.findall(r"([an])(\d+)", self.IBAN_SPEC[cc]):
            pool = string.ascii_uppercase if kind == "a" else string.digits
            bban += "".join(self.ch(pool) for _ in range(int(n)))
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        ib = f"{cc}{98 - num % 97:02d}{bban}"
        x = self.r.random()
        if x < 0.45:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if self.r.random() < 0.2:
            ib = ib.lower()
        return ib

    def card(self, valid=None):
        r = self.r
        prefix, n = self.ch([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15),
                             ("34", 15), ("6011", 16), ("65", 16), ("35", 16)])
        dd = [int(c) for c in prefix] + [r.randint(0, 9) for _ in range(n - len(prefix) - 1)]
        s = 0
        for i, x in enumerate(reversed(dd)):
            if i % 2 == 0:
                x *= 2
                x -= 9 if x > 9 else 0
            s += x
        chk = (10 - s % 10) % 10
        if valid is False or (valid is None and r.random() < 0.2):
            chk = (chk + r.randint(1, 9)) % 10
        num = "".join(map(str, dd)) + str(chk)
        x = r.random()
        if n == 15:
            if x < 0.5:
                num = f"{num[:4]} {num[4:10]} {num[10:]}"
        elif x < 0.4:
            num = " ".join(num[i:i + 4] for i in range(0, 16, 4))
        elif x < 0.6:
            num = "-".join(num[i:i + 4] for i in range(0, 16, 4))
        return num

    def routing(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            d[0] = r.choice([0, 1, 2, 3])
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            s = sum(a * b for a, b in zip(d, w))
            c = (10 - s % 10) % 10
            return "".join(map(str, d)) + str(c)

    def bank_acct(self):
        return self.ch([self.digits(self.r.randint(8, 12)), f"{self.digits(4)}-{self.digits(6)}",
                        f"{self.digits(3)} {self.digits(3)} {self.digits(4)}", f"00{self.digits(10)}"])

    def bill_acct(self):
        return self.ch([self.digits(10), f"{self.digits(5)}-{self.digits(3)}",
                        f"{self.ch(['HB', 'PB', 'ACCT', 'GA'])}-{self.digits(6)}", f"{self.digits(3)}-{self.digits(4)}-{self.digits(2)}",
                        f"{self.digits(4)}{self.ch(string.ascii_uppercase)}{self.digits(4)}"])
