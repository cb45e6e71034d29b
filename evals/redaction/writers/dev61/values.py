"""Value generators for the dev61 template messages (Faker + own lists, fixed seed).

Every generator returns a plain string; the caller decides type and region.
"""
import random
import string
from faker import Faker
from ibantool import make_iban, group4, luhn_complete

SEED = 6161

# ---------------------------------------------------------------- own lists
US_CITIES = [
    ("Springfield", "IL", "627"), ("Tulsa", "OK", "741"), ("Albuquerque", "NM", "871"), ("Fresno", "CA", "937"),
    ("Dayton", "OH", "454"), ("Macon", "GA", "312"), ("Yakima", "WA", "989"), ("Lubbock", "TX", "794"),
    ("Bangor", "ME", "044"), ("Duluth", "MN", "558"), ("Provo", "UT", "846"), ("Billings", "MT", "591"),
    ("Savannah", "GA", "314"), ("Hartford", "CT", "061"), ("Worcester", "MA", "016"), ("Erie", "PA", "165"),
    ("Lansing", "MI", "489"), ("Peoria", "AZ", "853"), ("Knoxville", "TN", "379"), ("Mobile", "AL", "366"),
    ("Shreveport", "LA", "711"), ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Boise", "ID", "837"),
    ("Reno", "NV", "895"), ("Spokane", "WA", "992"), ("Eugene", "OR", "974"), ("Sacramento", "CA", "958"),
    ("El Paso", "TX", "799"), ("Corpus Christi", "TX", "784"), ("San Antonio", "TX", "782"), ("Laredo", "TX", "780"),
    ("Little Rock", "AR", "722"), ("Jackson", "MS", "392"), ("Charleston", "WV", "253"), ("Asheville", "NC", "288"),
    ("Greenville", "SC", "296"), ("Richmond", "VA", "232"), ("Baltimore", "MD", "212"), ("Newark", "NJ", "071"),
    ("Paterson", "NJ", "075"), ("Yonkers", "NY", "107"), ("Buffalo", "NY", "142"), ("Syracuse", "NY", "132"),
    ("Providence", "RI", "029"), ("Burlington", "VT", "054"), ("Manchester", "NH", "031"), ("Toledo", "OH", "436"),
    ("Gary", "IN", "464"), ("Fort Wayne", "IN", "468"), ("Madison", "WI", "537"), ("Green Bay", "WI", "543"),
    ("Cedar Rapids", "IA", "524"), ("Sioux Falls", "SD", "571"), ("Fargo", "ND", "581"), ("Cheyenne", "WY", "820"),
    ("Pueblo", "CO", "810"), ("Aurora", "CO", "800"), ("Tucson", "AZ", "857"), ("Stockton", "CA", "952"),
    ("Oxnard", "CA", "930"), ("Honolulu", "HI", "968"), ("Anchorage", "AK", "995"), ("Hialeah", "FL", "330"),
    ("Tampa", "FL", "336"), ("Gainesville", "FL", "326"), ("Chattanooga", "TN", "374"), ("Lexington", "KY", "405"),
    ("Louisville", "KY", "402"), ("St. Louis", "MO", "631"), ("Kansas City", "KS", "661"), ("Minneapolis", "MN", "554"),
    ("Bridgeport", "CT", "066"), ("Camden", "NJ", "081"), ("Scranton", "PA", "185"), ("Flint", "MI", "485"),
]
STATE_NAMES = {"IL": "Illinois", "TX": "Texas", "CA": "California", "OH": "Ohio", "GA": "Georgia", "NY": "New York",
               "FL": "Florida", "PA": "Pennsylvania", "MI": "Michigan", "WA": "Washington", "AZ": "Arizona",
               "NJ": "New Jersey", "MN": "Minnesota", "TN": "Tennessee", "KY": "Kentucky", "MO": "Missouri"}
US_STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Main", "Church", "Washington", "Lincoln", "Jefferson",
              "Highland", "Lakeview", "Sunset", "Ridge", "Mill", "Spring", "Walnut", "Chestnut", "Magnolia",
              "Dogwood", "Willow", "Hickory", "Broad", "Market", "Front", "Water", "Franklin", "Madison",
              "Martin Luther King Jr", "Cesar Chavez", "Meadowbrook", "Old Mill", "Country Club", "Orchard",
              "N 5th", "S 12th", "W 3rd", "E 41st", "NW 23rd", "SE Division", "Poplar", "Sycamore", "Wisteria",
              "Bluebonnet", "Palmetto", "Saguaro", "Aspen", "Juniper", "Harbor", "Canal", "Federal", "Prospect"]
US_SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
             "Ct", "Court", "Way", "Pl", "Ter", "Cir", "Pkwy", "Hwy"]
US_UNITS = ["Apt. {n}{l}", "Apt {n}", "Apt #{n}", "Suite {n}0", "Ste {n}0", "#{n}", "Unit {n}{l}", "Unit {n}",
            "Apt {l}", "Fl {n}", "Bldg {l}, Apt {n}"]
AREA_CODES = ["205", "212", "213", "214", "215", "216", "251", "252", "253", "256", "262", "267", "269", "270",
              "301", "302", "303", "304", "305", "309", "312", "313", "314", "315", "316", "317", "318", "319",
              "320", "321", "323", "330", "336", "337", "347", "352", "360", "385", "386", "401", "402", "404",
              "405", "406", "407", "408", "409", "410", "412", "413", "414", "415", "417", "419", "423", "425",
              "432", "434", "440", "443", "469", "470", "478", "479", "480", "484", "501", "502", "503", "504",
              "505", "507", "508", "509", "512", "513", "515", "517", "518", "520", "530", "540", "541", "559",
              "561", "562", "563", "570", "571", "573", "586", "601", "602", "603", "605", "606", "607", "608",
              "609", "610", "612", "614", "615", "616", "617", "618", "619", "620", "623", "626", "630", "631",
              "636", "646", "650", "651", "657", "661", "662", "678", "682", "701", "702", "703", "704", "706",
              "708", "712", "713", "714", "715", "716", "717", "718", "719", "720", "724", "727", "731", "732",
              "734", "740", "754", "757", "760", "763", "765", "770", "773", "775", "781", "785", "786", "801",
              "802", "803", "804", "805", "806", "808", "810", "812", "813", "814", "815", "816", "817", "818",
              "828", "830", "831", "832", "843", "845", "847", "850", "856", "857", "858", "859", "860", "862",
              "863", "864", "865", "870", "901", "903", "904", "907", "908", "909", "910", "912", "913", "914",
              "915", "916", "917", "918", "919", "920", "925", "928", "931", "936", "937", "940", "941", "949",
              "951", "952", "954", "956", "970", "971", "972", "973", "978", "979", "980", "985", "989"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "Fox", "Stone", "Wood", "Price", "Rich",
                 "Hope", "Love", "King", "Banks", "Frost", "Lamb", "Moss", "Snow", "Field", "Little", "Strong",
                 "Church", "Marsh", "Hunt", "Bird", "Long", "Small", "Cross", "Mason", "Hall", "Rice", "Wolf",
                 "Gray", "Green", "Lake", "North", "Joy"]
NICKNAMES = ["Bev", "Deb", "Tish", "Bud", "Junior", "Sissy", "Peaches", "Mo", "Ty", "Lou", "Dot", "Gus", "Nell",
             "Abe", "Cici", "Kiki", "Manny", "Nacho", "Lupe", "Chuy", "Bao", "Minh", "Ravi", "Jojo", "Ike"]

INTL_CITIES = {  # country: [(city, postcode generator key)]
    "GB": ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Birmingham", "Sheffield", "Norwich",
           "Brighton", "Leicester", "Aberdeen", "Liverpool"],
    "DE": ["Berlin", "München", "Köln", "Hamburg", "Leipzig", "Dresden", "Stuttgart", "Bremen", "Nürnberg",
           "Frankfurt am Main", "Essen", "Bonn"],
    "FR": ["Paris", "Marseille", "Lyon", "Toulouse", "Nantes", "Lille", "Rennes", "Bordeaux", "Strasbourg", "Nice"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Zaragoza", "Murcia", "Granada", "Vigo"],
    "IT": ["Roma", "Milano", "Napoli", "Torino", "Palermo", "Bologna", "Firenze", "Bari", "Verona"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg"],
    "PL": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin", "Katowice"],
    "MX": [("Guadalajara", "Jal."), ("Monterrey", "N.L."), ("Puebla", "Pue."), ("Oaxaca de Juárez", "Oax."),
           ("Mérida", "Yuc."), ("Morelia", "Mich."), ("Tijuana", "B.C."), ("Ciudad de México", "CDMX"),
           ("León", "Gto."), ("Chihuahua", "Chih.")],
    "BR": [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Salvador", "BA"),
           ("Recife", "PE"), ("Fortaleza", "CE"), ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Manaus", "AM")],
    "CA": [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Mississauga", "ON", "L"), ("Vancouver", "BC", "V"),
           ("Calgary", "AB", "T"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Montréal", "QC", "H"),
           ("Québec", "QC", "G"), ("Regina", "SK", "S")],
    "IN": [("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"), ("Bengaluru", "Karnataka", "560"),
           ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700"),
           ("Ahmedabad", "Gujarat", "380"), ("Jaipur", "Rajasthan", "302"), ("Kochi", "Kerala", "682"),
           ("Lucknow", "Uttar Pradesh", "226"), ("New Delhi", "Delhi", "110")],
    "JP": [("Tokyo", "東京都"), ("Osaka", "大阪府"), ("Yokohama", "神奈川県"), ("Nagoya", "愛知県"),
           ("Sapporo", "北海道"), ("Fukuoka", "福岡県"), ("Kyoto", "京都府"), ("Sendai", "宮城県")],
    "PH": ["Quezon City", "Cebu City", "Davao City", "Makati", "Pasig", "Iloilo City", "Baguio"],
    "KR": ["서울", "부산", "인천", "대구", "광주", "Seoul", "Busan", "Incheon"],
    "RU": ["Москва", "Санкт-Петербург", "Казань", "Екатеринбург", "Новосибирск"],
    "CN": ["北京", "上海", "广州", "深圳", "成都", "Shanghai", "Beijing", "Guangzhou"],
    "VN": ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng"],
    "TR": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "SA": ["Riyadh", "Jeddah", "Dammam", "الرياض", "جدة"],
    "NG": ["Lagos", "Abuja", "Ibadan", "Enugu"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
}
LOCALE_OF = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL",
             "PL": "pl_PL", "MX": "es_MX", "BR": "pt_BR", "CA": "en_CA", "IN": "en_IN", "JP": "ja_JP",
             "PH": "fil_PH", "KR": "ko_KR", "RU": "ru_RU", "CN": "zh_CN", "VN": "vi_VN", "TR": "tr_TR",
             "SA": "ar_SA", "NG": "en_US", "IE": "en_IE"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


class Values:
    def __init__(self, seed=SEED):
        self.r = random.Random(seed)
        self.f = {}
        for i, loc in enumerate(sorted(set(LOCALE_OF.values()) | {"en_US", "es_MX", "hi_IN", "vi_VN", "zh_CN",
                                                                   "ja_JP", "ko_KR", "ar_SA", "ru_RU", "pl_PL",
                                                                   "it_IT", "pt_BR", "fr_FR", "de_DE", "tr_TR"})):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.f[loc] = fk

    # ------------------------------------------------------------ small helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def letters(self, n):
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(n))

    # ------------------------------------------------------------ people
    def gender(self):
        return self.pick("fm")

    def _first(self, loc, g=None):
        fk = self.f[loc]
        g = g or self.gender()
        n = fk.first_name_female() if g == "f" else fk.first_name_male()
        return n.split()[0]

    def us_first(self, g=None):
        loc = self.pick(["en_US"] * 6 + ["es_MX", "en_US", "fil_PH", "en_IN", "pl_PL", "it_IT"])
        return self._first(loc, g)

    def us_last(self):
        roll = self.r.random()
        if roll < 0.15:
            return self.pick(WORD_SURNAMES)
        loc = self.pick(["en_US"] * 6 + ["es_MX", "es_MX", "vi_VN", "en_IN", "pl_PL", "it_IT", "de_DE"])
        n = self.f[loc].last_name_male() if loc == "pl_PL" else self.f[loc].last_name()
        return n.split()[0] if loc != "vi_VN" else n

    def us_full(self, g=None):
        f, l = self.us_first(g), self.us_last()
        roll = self.r.random()
        if roll < 0.08:
            return f"{f} {self.letters(1)}. {l}"
        if roll < 0.12:
            return f"{f} {l}-{self.us_last()}"
        return f"{f} {l}"

    def intl_full(self, country=None, script=False, g=None):
        """A person name for a country; script=True gives a native non-Latin script where there is one."""
        country = country or self.pick(list(LOCALE_OF))
        g = g or self.gender()
        fem = g == "f"
        loc = LOCALE_OF[country]
        fk = self.f[loc]
        if country == "JP":
            if script:
                return f"{fk.last_name()} {fk.first_name_female() if fem else fk.first_name_male()}"
            fn = fk.first_romanized_name_female() if fem else fk.first_romanized_name_male()
            return f"{fn} {fk.last_romanized_name()}"
        if country == "CN":
            if script:
                return fk.last_name() + (fk.first_name_female() if fem else fk.first_name_male())
            return f"{self.pick(['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'])} " + \
                self.pick(["Xiuying", "Jing", "Min", "Li", "Yan", "Fang"] if fem else ["Wei", "Qiang", "Lei", "Jun", "Yong", "Jie"])
        if country == "KR":
            if script:
                return fk.last_name() + (fk.first_name_female() if fem else fk.first_name_male())
            return self.pick(["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han"]) + " " + \
                self.pick(["Seo-yeon", "Ha-eun", "Su-bin", "Ye-jin", "Eun-ji", "Mi-kyung"] if fem else
                          ["Min-jun", "Ji-ho", "Do-yun", "Hyun-woo", "Jae-won", "Sung-min"])
        if country == "RU":
            if script:
                return f"{fk.first_name_female() if fem else fk.first_name_male()} {fk.last_name_female() if fem else fk.last_name_male()}"
            return (self.pick(["Olga", "Natalia", "Irina", "Yulia", "Svetlana", "Tatiana"]) + " " +
                    self.pick(["Ivanova", "Kuznetsova", "Volkova", "Morozova", "Sokolova"])) if fem else \
                (self.pick(["Dmitri", "Sergei", "Alexei", "Pavel", "Igor", "Mikhail"]) + " " +
                 self.pick(["Smirnov", "Popov", "Sokolov", "Lebedev", "Kozlov"]))
        if country == "SA":
            fam = ["العتيبي", "الشمري", "القحطاني", "الغامدي", "الزهراني", "الدوسري"]
            if script:
                return f"{fk.first_name_female() if fem else fk.first_name_male()} {self.pick(fam)}"
            return self.pick(["Fatimah", "Noura", "Reem", "Hessa", "Sara", "Lama"] if fem else
                             ["Abdullah", "Khalid", "Faisal", "Saud", "Turki", "Fahad"]) + " " + \
                self.pick(["Al-Qahtani", "Al-Shammari", "Al-Ghamdi", "Al-Harbi", "Al-Dosari", "Alzahrani"])
        if country == "IN" and script:
            fk = self.f["hi_IN"]
            return f"{fk.first_name_female() if fem else fk.first_name_male()} {self.pick(['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'जोशी', 'कुमार'])}"
        if country == "NG":
            return self.pick(["Ngozi", "Adaeze", "Funmilayo", "Amaka", "Chiamaka", "Folake"] if fem else
                             ["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Ikenna", "Segun"]) + \
                " " + self.pick(["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okonkwo", "Adebayo", "Obi"])
        if country == "VN":
            mid = self.pick(["Thị", "Ngọc", "Minh"]) if fem else self.pick(["Văn", "Đức", "Minh", "Quang"])
            return f"{self.pick(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'])} {mid} {fk.first_name_female() if fem else fk.first_name_male()}"
        fn = fk.first_name_female() if fem else fk.first_name_male()
        if country in ("PL", "RU"):
            ln = fk.last_name_female() if fem else fk.last_name_male()
        else:
            ln = fk.last_name()
        if country in ("ES", "MX") and self.chance(0.5):
            ln = f"{ln} {fk.last_name()}"
        return f"{fn} {ln}".strip()

    # ------------------------------------------------------------ US places
    def us_city(self):
        return self.pick(US_CITIES)

    def us_zip(self, prefix, plus4=False):
        z = prefix + self.digits(2)
        return f"{z}-{self.digits(4)}" if plus4 else z

    def us_street_line(self):
        num = str(self.r.choice([self.r.randint(1, 99), self.r.randint(100, 999), self.r.randint(1000, 19999)]))
        if self.chance(0.25):
            name = self.f["en_US"].last_name()
        else:
            name = self.pick(US_STREETS)
        line = f"{num} {name} {self.pick(US_SUFFIX)}"
        if self.chance(0.45):
            u = self.pick(US_UNITS).format(n=self.r.randint(1, 28), l=self.pick("ABCDEFGH"))
            line += self.pick([", ", " "]) + u
        return line

    def us_address(self, shape=None):
        city, st, zp = self.us_city()
        street = self.us_street_line()
        z = self.us_zip(zp, plus4=self.chance(0.2))
        shape = shape or self.pick(["comma", "comma", "comma", "nocomma", "twoline", "twoline", "statename"])
        if shape == "comma":
            return f"{street}, {city}, {st} {z}"
        if shape == "nocomma":
            return f"{street} {city} {st} {z}"
        if shape == "twoline":
            return f"{street}\n{city}, {st} {z}"
        return f"{street}, {city}, {STATE_NAMES.get(st, st)} {z}"

    def us_special_address(self):
        kind = self.pick(["pobox", "pobox", "rr", "military", "military", "hc"])
        city, st, zp = self.us_city()
        if kind == "pobox":
            box = self.pick(["PO Box", "P.O. Box", "P O Box", "POB"])
            return f"{box} {self.r.randint(10, 9999)}, {city}, {st} {self.us_zip(zp)}"
        if kind == "rr":
            return f"RR {self.r.randint(1, 9)} Box {self.r.randint(1, 399)}{self.pick(['', '', 'A', 'B'])}, {city}, {st} {self.us_zip(zp)}"
        if kind == "hc":
            return f"HC {self.r.randint(60, 89)} Box {self.r.randint(100, 9999)}, {city}, {st} {self.us_zip(zp)}"
        mil = self.pick(["APO", "FPO", "DPO"])
        reg = self.pick(["AE", "AA", "AP"])
        zmap = {"AE": "09", "AA": "340", "AP": "96"}
        z = zmap[reg] + self.digits(5 - len(zmap[reg]))
        head = self.pick([f"PSC {self.r.randint(1, 999)}, Box {self.r.randint(1, 9999)}",
                          f"Unit {self.r.randint(1000, 9999)} Box {self.r.randint(1, 999)}",
                          f"CMR {self.r.randint(400, 499)} Box {self.r.randint(1, 9999)}",
                          f"USNS {self.f['en_US'].last_name()}"])
        sep = self.pick([", ", "\n"])
        return f"{head}{sep}{mil} {reg} {z}"

    def us_city_state(self, with_zip=False):
        city, st, zp = self.us_city()
        if with_zip:
            return f"{city}, {st} {self.us_zip(zp)}"
        return self.pick([f"{city}, {st}", f"{city} {st}", f"{city}, {STATE_NAMES.get(st, st)}"])

    # ------------------------------------------------------------ international places
    def intl_city(self, country):
        c = self.pick(INTL_CITIES[country])
        return c[0] if isinstance(c, tuple) else c

    def intl_address(self, country):
        r, fk = self.r, self.f[LOCALE_OF[country]]
        if country == "GB":
            city = self.intl_city("GB")
            area = {"London": self.pick(["SW", "NW", "E", "N", "SE", "W"]), "Manchester": "M", "Leeds": "LS", "Bristol": "BS",
                    "Glasgow": "G", "Cardiff": "CF", "Birmingham": "B", "Sheffield": "S", "Norwich": "NR", "Brighton": "BN",
                    "Leicester": "LE", "Aberdeen": "AB", "Liverpool": "L"}[city]
            pc = f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            street = self.pick(["Wellington Road", "Victoria Street", "Church Lane", "Station Road", "Mill Lane",
                                "Park Avenue", "Kings Road", "Albert Terrace", "The Crescent", "Green Lane",
                                "Queen's Drive", "Beech Grove"])
            flat = self.pick(["", "", f"Flat {r.randint(1, 30)}, ", f"{r.randint(1, 9)}{self.pick('ABC')} "])
            return self.pick([f"{flat}{r.randint(1, 220)} {street}, {city} {pc}",
                              f"{flat}{r.randint(1, 220)} {street}\n{city}\n{pc}"])
        if country == "DE":
            return f"{fk.street_name()} {r.randint(1, 140)}{self.pick(['', '', 'a', 'b'])}, {self.digits(5)} {self.intl_city('DE')}"
        if country == "FR":
            return self.pick([f"{r.randint(1, 120)}, {fk.street_name()}, {self.digits(5)} {self.intl_city('FR')}",
                              f"{r.randint(1, 120)} {fk.street_name()}\n{self.digits(5)} {self.intl_city('FR').upper()}"])
        if country == "ES":
            return f"{self.pick(['Calle', 'Avenida', 'Paseo', 'C/'])} {fk.last_name()} {r.randint(1, 200)}, {r.randint(1, 9)}º {self.pick('ABCD')}, {self.digits(5)} {self.intl_city('ES')}"
        if country == "IT":
            city = self.intl_city("IT")
            prov = {"Roma": "RM", "Milano": "MI", "Napoli": "NA", "Torino": "TO", "Palermo": "PA", "Bologna": "BO",
                    "Firenze": "FI", "Bari": "BA", "Verona": "VR"}[city]
            return f"{self.pick(['Via', 'Viale', 'Corso', 'Piazza'])} {fk.last_name()} {r.randint(1, 180)}, {self.digits(5)} {city} ({prov})"
        if country == "NL":
            return f"{fk.street_name()} {r.randint(1, 300)}, {r.randint(1000, 9999)} {self.letters(2)} {self.intl_city('NL')}"
        if country == "PL":
            return f"ul. {fk.street_name()} {r.randint(1, 150)}/{r.randint(1, 40)}, {self.digits(2)}-{self.digits(3)} {self.intl_city('PL')}"
        if country == "MX":
            city, st = self.pick(INTL_CITIES["MX"])
            return f"{self.pick(['Calle', 'Av.', 'Calz.'])} {self.f['es_MX'].last_name()} {r.randint(10, 2999)}{self.pick(['', ' Int. 4', ' Depto. 201'])}, Col. {self.pick(['Centro', 'Americana', 'Del Valle', 'Roma Norte', 'Las Águilas', 'Jardines del Bosque'])}, C.P. {self.digits(5)}, {city}, {st}"
        if country == "BR":
            city, uf = self.pick(INTL_CITIES["BR"])
            return f"{self.pick(['Rua', 'Av.', 'Travessa'])} {self.f['pt_BR'].last_name()} {self.f['pt_BR'].last_name()}, {r.randint(10, 3000)}{self.pick(['', ', apto 42', ', casa 2', ', bloco B apto 1103'])} - {self.f['pt_BR'].bairro()}, {city} - {uf}, {self.digits(5)}-{self.digits(3)}"
        if country == "CA":
            city, prov, first = self.pick(INTL_CITIES["CA"])
            ok = "ABCEGHJKLMNPRSTVWXYZ"
            pc = f"{first}{r.randint(0, 9)}{self.pick(ok)} {r.randint(0, 9)}{self.pick(ok)}{r.randint(0, 9)}"
            unit = self.pick(["", "", f"Unit {r.randint(100, 2900)}, ", f"{r.randint(100, 2900)}-"])
            if prov == "QC":
                return f"{unit}{r.randint(10, 9000)} rue {self.f['fr_FR'].last_name()}, {city} ({prov}) {pc}"
            return f"{unit}{r.randint(10, 9000)} {self.pick(['King St W', 'Bloor St E', 'Main St', 'Granville St', '17 Ave SW', 'Portage Ave', 'Bank St'])}, {city}, {prov} {pc}"
        if country == "IN":
            city, state, pin = self.pick(INTL_CITIES["IN"])
            return f"{self.pick(['Flat', 'House No.', 'Plot'])} {r.randint(1, 900)}, {self.pick(['Shanti Apartments', 'Green Park Society', 'Sai Krupa Residency', 'Lake View Towers', 'Gandhi Nagar'])}, {self.pick(['MG Road', 'Station Road', 'Link Road', 'Nehru Marg', '2nd Cross'])}, {city}, {state} {pin}{self.digits(3)}"
        if country == "JP":
            city, pref = self.pick(INTL_CITIES["JP"])
            if self.chance(0.5):
                fkj = self.f["ja_JP"]
                return f"〒{self.digits(3)}-{self.digits(4)} {pref}{fkj.city()}{fkj.town()}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
            ward = f", {self.pick(['Shibuya-ku', 'Nakano-ku', 'Kita-ku', 'Setagaya-ku'])}" if city == "Tokyo" else ""
            return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {self.pick(['Honcho', 'Sakae', 'Minami', 'Higashi', 'Asahi-cho'])}{ward}, {city} {self.digits(3)}-{self.digits(4)}"
        if country == "KR":
            return self.f["ko_KR"].address()
        if country == "CN":
            return self.f["zh_CN"].address()
        if country == "RU":
            return f"ул. {self.pick(['Ленина', 'Мира', 'Гагарина', 'Советская', 'Пушкина'])}, д. {r.randint(1, 90)}, кв. {r.randint(1, 200)}, {self.intl_city('RU')}, {self.digits(6)}"
        if country == "PH":
            return f"{self.pick(['Blk', 'Block'])} {r.randint(1, 30)} Lot {r.randint(1, 40)}, {self.pick(['Rizal St.', 'Mabini St.', 'Sampaguita St.', 'Bonifacio Ave.'])}, Brgy. {self.pick(['San Roque', 'Poblacion', 'Bagong Silang', 'Santo Niño'])}, {self.intl_city('PH')} {self.digits(4)}"
        if country == "TR":
            return f"{self.pick(['Atatürk Cad.', 'Cumhuriyet Mah.', 'İstiklal Cad.'])} No: {r.randint(1, 200)} D: {r.randint(1, 20)}, {self.digits(5)} {self.intl_city('TR')}"
        if country == "VN":
            return f"{r.randint(1, 300)} {self.f['vi_VN'].street_name()}, {self.pick(['Phường 7', 'Phường Bến Nghé', 'Phường Tân Định'])}, {self.intl_city('VN')}"
        if country == "IE":
            return f"{r.randint(1, 90)} {self.pick(['Main Street', 'Shantalla Road', 'Griffith Avenue', 'Mary Street'])}, {self.intl_city('IE')} {self.pick(['D', 'T', 'H', 'V'])}{self.digits(2)} {self.letters(1)}{self.digits(1)}{self.letters(2)}"
        if country == "SA":
            return f"{self.pick(['King Fahd Rd', 'Prince Sultan St', 'Olaya St'])} {r.randint(1000, 9999)}, {self.pick(['Al Olaya', 'Al Malaz', 'Al Rawdah'])}, {self.intl_city('SA')} {self.digits(5)}"
        if country == "NG":
            if self.chance(0.6):
                return f"{r.randint(1, 80)} {self.pick(['Awolowo Road', 'Adeola Odeku Street', 'Herbert Macaulay Way'])}, {self.pick(['Ikoyi', 'Victoria Island', 'Yaba'])}, Lagos"
            return f"{r.randint(1, 80)} {self.pick(['Ogui Road', 'Aminu Kano Crescent', 'Ring Road'])}, {self.pick(['Enugu', 'Abuja', 'Ibadan'])}"
        raise ValueError(country)

    # ------------------------------------------------------------ phones
    def us_phone(self, shape=None):
        a, e, l = self.pick(AREA_CODES), str(self.r.randint(2, 9)) + self.digits(2), self.digits(4)
        shape = shape if shape is not None else self.r.randint(0, 11)
        s = [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a}{e}{l}", f"+1 {a} {e} {l}",
             f"1-{a}-{e}-{l}", f"001-{a}-{e}-{l}", f"{a} {e} {l}", f"+1 ({a}) {e}-{l}", f"({a}){e}-{l}",
             f"+1-{a}-{e}-{l}", f"{a}-{e}-{l}"][shape]
        if self.chance(0.14):
            s += self.pick([f" x{self.r.randint(10, 9999)}", f" ext. {self.r.randint(1, 999)}",
                            f" extension {self.r.randint(1, 99)}", f" ext {self.r.randint(100, 999)}",
                            f"x{self.r.randint(10, 99)}"])
        return s

    def vanity(self):
        word = self.pick(["ROOF-FIX", "CAREGVR", "MY-NURSE", "HELP-4-MOM", "PLUMBER", "NOTARY1", "LAWN-PRO",
                          "RIDE-DOC", "TAX-LADY", "DR-FEET"])
        return self.pick([f"1-800-{word}", f"1-888-{word}", f"(877) {word}", f"1-866-{word}"])

    def intl_phone(self, country):
        d, r = self.digits, self.r
        opts = {
            "GB": [f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(3)} {d(3)}",
                   f"+44 (0)161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}"],
            "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 151 {d(8)}", f"0176 {d(4)} {d(4)}", f"+49 (0)89 {d(3)} {d(4)}",
                   f"0221/{d(6)}"],
            "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
            "ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}"],
            "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"],
            "NL": [f"+31 6 {d(8)}", f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"010 {d(3)} {d(4)}"],
            "PL": [f"+48 {d(3)} {d(3)} {d(3)}", f"{d(3)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"],
            "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}",
                   f"+52 (222) {d(3)} {d(4)}"],
            "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 3{d(3)}-{d(4)}", f"11 9{d(4)} {d(4)}"],
            "CA": [f"+1 416 {r.randint(2, 9)}{d(2)} {d(4)}", f"(604) {r.randint(2, 9)}{d(2)}-{d(4)}", f"514-{r.randint(2, 9)}{d(2)}-{d(4)}"],
            "IN": [f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"+91-22-{d(4)}-{d(4)}", f"+91 8{d(9)}", f"080 {d(4)} {d(4)}"],
            "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}",
                   f"06-{d(4)}-{d(4)}"],
            "PH": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"],
            "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"],
            "RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"+7 495 {d(3)} {d(2)} {d(2)}"],
            "CN": [f"+86 13{d(1)} {d(4)} {d(4)}", f"13{d(1)}-{d(4)}-{d(4)}", f"+86 10 {d(4)} {d(4)}", f"(021) {d(4)} {d(4)}"],
            "VN": [f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"09{d(1)} {d(3)} {d(4)}", f"+84 28 {d(4)} {d(4)}"],
            "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"05{d(2)} {d(3)} {d(2)} {d(2)}", f"+90 (212) {d(3)} {d(2)} {d(2)}"],
            "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}"],
            "NG": [f"+234 80{d(1)} {d(3)} {d(4)}", f"080{d(1)} {d(3)} {d(4)}"],
            "IE": [f"+353 87 {d(3)} {d(4)}", f"08{r.randint(3, 9)} {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}"],
        }
        return self.pick(opts[country])

    # ------------------------------------------------------------ email / url
    def email(self, name=None):
        name = name or self.us_full()
        parts = [p for p in name.replace(".", "").replace("'", "").split() if p.isascii() and p.isalpha()]
        if not parts:
            parts = [self.pick(["mama", "family", "care", "home"]), self.digits(3)]
        first, last = parts[0].lower(), parts[-1].lower()
        dom = self.pick(["gmail.com"] * 5 + ["yahoo.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                                             "aol.com", "comcast.net", "att.net", "verizon.net", "sbcglobal.net",
                                             "protonmail.com", "charter.net", "msn.com", "live.com", "me.com",
                                             "cox.net", "bellsouth.net", "earthlink.net"])
        local = self.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{self.r.randint(1, 99)}",
                           f"{last}.{first}", f"{first}_{last}", f"{first}{self.r.randint(1940, 2005)}",
                           f"{first[0]}.{last}{self.digits(2)}", f"{last}{first[0]}", f"{first}.{last[0]}"])
        return f"{local}@{dom}"

    def intl_email(self, country, name):
        parts = [p for p in name.split() if p.isascii() and p.isalpha()]
        local = (".".join(parts[:2]).lower() if parts else f"{self.pick(['familia', 'famille', 'family'])}{self.digits(3)}")
        dom = {"GB": ["btinternet.com", "gmail.com", "sky.com", "yahoo.co.uk"], "DE": ["web.de", "gmx.de", "t-online.de"],
               "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "ES": ["telefonica.es", "gmail.com", "hotmail.es"],
               "IT": ["libero.it", "virgilio.it", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl", "o2.pl"],
               "MX": ["prodigy.net.mx", "hotmail.com", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
               "CA": ["rogers.com", "bell.net", "shaw.ca"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
               "JP": ["docomo.ne.jp", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"], "RU": ["mail.ru", "yandex.ru"],
               "CN": ["qq.com", "163.com"], "VN": ["gmail.com"], "TR": ["hotmail.com.tr", "gmail.com"],
               "SA": ["gmail.com", "hotmail.com"], "PH": ["yahoo.com.ph", "gmail.com"], "NG": ["yahoo.com", "gmail.com"],
               "IE": ["eircom.net", "gmail.com"]}[country]
        if not local[0].isalpha():
            local = "x" + local
        local = local.encode("ascii", "ignore").decode() or "family"
        return f"{local}{self.pick(['', '', str(self.r.randint(1, 99))])}@{self.pick(dom)}"

    def url(self, name):
        parts = [p for p in name.replace(".", "").replace("'", "").split() if p.isascii() and p.isalpha()] or ["family"]
        first, last = parts[0].lower(), parts[-1].lower()
        slug = f"{first}{last}"
        return self.pick([
            f"https://www.caringbridge.org/visit/{slug}", f"caringbridge.org/visit/{first}-{last}",
            f"https://www.gofundme.com/f/{self.pick(['help', 'support', 'prayers-for', 'lets-get'])}-{first}-{last}{self.pick(['', '-home', '-recover'])}",
            f"gofundme.com/f/{first}s-{self.pick(['surgery', 'treatment', 'recovery', 'medical-bills'])}",
            f"https://www.facebook.com/{first}.{last}.{self.r.randint(1, 999)}", f"facebook.com/{first}{last}{self.digits(2)}",
            f"https://www.linkedin.com/in/{first}-{last}-{self.letters(3).lower()}{self.digits(2)}",
            f"instagram.com/{first}_{last}", f"https://www.instagram.com/{first}.{self.pick(['cares', 'strong', 'journey'])}",
            f"https://mealtrain.com/trains/{self.letters(6).lower()}", f"https://sites.google.com/view/{first}{last}updates",
            f"www.{slug}.com", f"https://{first}{last}.wordpress.com", f"https://www.youtube.com/@{first}{last}",
            f"https://x.com/{first}_{last[0]}{self.digits(2)}", f"https://lotsahelpinghands.com/c/{self.digits(6)}/",
            f"https://www.tiktok.com/@{first}.{last}", f"https://venmo.com/u/{first.capitalize()}-{last.capitalize()}-{self.digits(1)}",
            f"https://www.mychart-family.org/{first}.{last}",
        ])

    # ------------------------------------------------------------ ids
    def ssn(self):
        a = self.r.choice([x for x in range(1, 900) if x != 666])
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        a, g, s = f"{a:03d}", f"{g:02d}", f"{s:04d}"
        return self.pick([f"{a}-{g}-{s}"] * 4 + [f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"])

    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        A = L + "0123456789"
        c = [str(self.r.randint(1, 9)), self.pick(L), self.pick(A), str(self.r.randint(0, 9)), self.pick(L),
             self.pick(A), str(self.r.randint(0, 9)), self.pick(L), self.pick(L), str(self.r.randint(0, 9)),
             str(self.r.randint(0, 9))]
        s = "".join(c)
        return self.pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

    def mrn(self):
        return self.pick([self.digits(8), self.digits(7), f"{self.letters(1)}{self.digits(7)}", f"{self.letters(1)}{self.digits(3)}-{self.digits(5)}",
                          f"{self.letters(2)}{self.digits(8)}", f"{self.digits(2)}-{self.digits(6)}", f"00{self.digits(8)}",
                          f"{self.letters(3)}{self.digits(9)}", f"{self.digits(10)}", f"E{self.digits(9)}"])

    def member_id(self):
        return self.pick([f"{self.letters(3)}{self.digits(9)}", f"{self.letters(1)}{self.digits(10)}", f"{self.digits(9)}{self.letters(1)}",
                          f"{self.letters(2)}{self.digits(7)}-0{self.r.randint(1, 4)}", f"{self.digits(11)}",
                          f"{self.letters(3)}-{self.digits(3)}-{self.digits(3)}-{self.digits(2)}"])

    def medicaid(self):
        return self.pick([self.digits(10), f"{self.digits(8)}{self.letters(1)}", f"{self.letters(2)}{self.digits(8)}",
                          f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}"])

    def nhs(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            tot = sum(x * w for x, w in zip(d, range(10, 1, -1)))
            chk = 11 - tot % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            s = "".join(map(str, d)) + str(chk)
            return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])

    def intl_health_id(self, country):
        if country == "GB":
            return ("NHS no.", self.nhs())
        if country == "CA":
            return (self.pick(["OHIP", "health card"]), f"{self.digits(4)}-{self.digits(3)}-{self.digits(3)}-{self.letters(2)}")
        if country == "DE":
            return ("KVNR", f"{self.letters(1)}{self.digits(9)}")
        if country == "FR":
            return ("n° de dossier", f"{self.digits(2)}{self.letters(1)}{self.digits(6)}")
        if country == "IN":
            return ("UHID", f"{self.letters(4)}.{self.digits(7)}")
        if country == "MX":
            return ("NSS", f"{self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(4)} {self.digits(1)}")
        if country == "BR":
            return ("Cartão SUS", f"{self.r.randint(7, 8)}{self.digits(2)} {self.digits(4)} {self.digits(4)} {self.digits(4)}")
        return ("patient no.", f"{self.letters(2)}-{self.digits(7)}")

    # ------------------------------------------------------------ dates of birth
    def dob_parts(self, young=False):
        y = self.r.randint(1990, 2020) if young else self.r.randint(1926, 1975)
        return y, self.r.randint(1, 12), self.r.randint(1, 28)

    def us_dob(self, young=False):
        y, m, d = self.dob_parts(young)
        return self.pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m:02d}-{d:02d}-{y}",
                          f"{MONTHS[m - 1]} {d}, {y}", f"{MON3[m - 1]} {d} {y}", f"{MON3[m - 1]}. {d}, {y}",
                          f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{str(y)[2:]}", f"{m:02d}/{d:02d}/{str(y)[2:]}",
                          f"{MONTHS[m - 1]} {d} {y}", f"{d}-{MON3[m - 1]}-{y}"])

    def intl_dob(self, country):
        y, m, d = self.dob_parts()
        if country == "DE":
            return self.pick([f"{d:02d}.{m:02d}.{y}", f"{d}. {DE_MONTHS[m - 1]} {y}"])
        if country == "FR":
            return self.pick([f"{d:02d}/{m:02d}/{y}", f"{d} {FR_MONTHS[m - 1]} {y}"])
        if country in ("ES", "MX"):
            return self.pick([f"{d:02d}/{m:02d}/{y}", f"{d} de {ES_MONTHS[m - 1]} de {y}"])
        if country in ("JP", "CN"):
            return self.pick([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])
        if country == "KR":
            return self.pick([f"{y}.{m:02d}.{d:02d}", f"{y}년 {m}월 {d}일"])
        if country in ("PL", "RU", "TR"):
            return f"{d:02d}.{m:02d}.{y}"
        if country == "NL":
            return f"{d:02d}-{m:02d}-{y}"
        return self.pick([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d} {MON3[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"])

    # ------------------------------------------------------------ accounts
    def iban(self, country=None):
        country = country or self.pick(["DE", "FR", "ES", "IT", "NL", "GB", "PL", "BR", "TR", "PT", "BE", "AT", "CH",
                                         "IE", "SA"])
        d, a = self.digits, self.letters
        bban = {"DE": lambda: d(18), "FR": lambda: d(23), "ES": lambda: d(20), "IT": lambda: a(1) + d(22),
                "NL": lambda: a(4) + d(10), "GB": lambda: a(4) + d(14), "PL": lambda: d(24),
                "BR": lambda: d(23) + a(1) + d(1), "TR": lambda: d(22), "PT": lambda: d(21), "BE": lambda: d(12),
                "AT": lambda: d(16), "CH": lambda: d(17), "IE": lambda: a(4) + d(14), "SA": lambda: d(20)}[country]()
        s = make_iban(country, bban)
        shape = self.r.random()
        if shape < 0.5:
            s = group4(s)
        if self.chance(0.15):
            s = s.lower()
        return s

    def card(self, luhn=True):
        kind = self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        pre = {"visa": "4", "mc": "5" + str(self.r.randint(1, 5)), "mc2": "22" + str(self.r.randint(21, 72)),
               "amex": self.pick(["34", "37"]), "disc": "6011"}[kind]
        n = 15 if kind == "amex" else 16
        body = pre + self.digits(n - len(pre) - 1)
        num = luhn_complete(body)
        if not luhn:
            num = num[:-1] + str((int(num[-1]) + self.r.randint(1, 9)) % 10)
        if kind == "amex":
            shapes = [num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"]
        else:
            shapes = [num, group4(num), "-".join(num[i:i + 4] for i in range(0, 16, 4))]
        return kind, self.pick(shapes)

    def routing(self):
        while True:
            dd = [self.r.randint(0, 9) for _ in range(8)]
            dd[0], dd[1] = self.pick([(0, self.r.randint(1, 9)), (1, self.r.randint(0, 2)), (2, self.r.randint(1, 9)),
                                      (3, self.r.randint(0, 2))])
            for x in range(10):
                e = dd + [x]
                if (3 * (e[0] + e[3] + e[6]) + 7 * (e[1] + e[4] + e[7]) + (e[2] + e[5] + e[8])) % 10 == 0:
                    return "".join(map(str, e))

    def bank_account(self):
        return self.pick([self.digits(8), self.digits(10), self.digits(12), f"{self.digits(4)}-{self.digits(6)}",
                          f"{self.digits(3)}-{self.digits(7)}", self.digits(9)])

    def uk_sort_account(self):
        return f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}", self.digits(8)
