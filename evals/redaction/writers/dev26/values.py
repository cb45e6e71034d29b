"""Value generators for the dev26 templates (Faker + own formats). All values are invented."""
import random, string
from faker import Faker
from common import iban, luhn_digit

SEED = 2626
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL",
           "ja_JP", "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_CA"]


class V:
    def __init__(self, seed=SEED):
        self.r = random.Random(seed)
        self.f = {}
        for i, loc in enumerate(LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.f[loc] = fk
        self.us = self.f["en_US"]

    # ---------------- helpers ----------------
    def c(self, seq):
        return self.r.choice(seq)

    def d(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chance(self, p):
        return self.r.random() < p

    # ---------------- US people ----------------
    WORD_FIRST = ["Rose", "Hope", "Faith", "Grace", "Joy", "Dawn", "Summer", "Hunter", "Penny", "Ruby", "Pearl",
                  "Ivy", "Holly", "Daisy", "Hazel", "Iris", "Crystal", "Amber", "Sunny", "Rusty", "Buck", "Skip",
                  "Chip", "Sky", "Autumn", "Brook", "River", "Misty", "Destiny", "Honey"]
    WORD_LAST = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Wood", "King", "Baker", "Cook",
                 "Fields", "Bush", "Waters", "Rivers", "Lake", "Bell", "Church", "Hunt", "Little", "Major", "Sharp",
                 "Strong", "Wise", "Moody", "Chase", "Banks", "Frost", "Snow", "Gold"]

    def first(self):
        if self.chance(0.25):
            return self.c(self.WORD_FIRST)
        return self.us.first_name()

    def last(self):
        if self.chance(0.25):
            return self.c(self.WORD_LAST)
        return self.us.last_name()

    # ---------------- US phones ----------------
    def us_phone(self, allow_odd=True):
        a = self.c(["205", "251", "304", "315", "317", "360", "402", "405", "414", "423", "479", "502", "504",
                    "518", "520", "541", "559", "585", "601", "614", "651", "701", "712", "757", "802", "808",
                    "816", "832", "865", "907", "909", "919", "928", "931", "952", "971", "985"])
        b = self.c(["555", "482", "739", "266", "310", "927", "648", "371"])
        c = self.d(4)
        shapes = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}",
                  "1-{a}-{b}-{c}", "{a} {b} {c}", "+1 ({a}) {b}-{c}", "+1-{a}-{b}-{c}", "1 ({a}) {b}-{c}"]
        if allow_odd:
            shapes += ["001-{a}-{b}-{c}", "{a}-{b}-{c} x{x}", "({a}) {b}-{c} ext. {x}", "{a}.{b}.{c} extension {x}",
                       "{a} {b}{c}", "{b}-{c}", "({a}){b}-{c}"]
        x = self.d(self.c([1, 2, 3, 4]))
        return self.c(shapes).format(a=a, b=b, c=c, x=x)

    def vanity(self):
        return self.c(["1-800-", "1-888-", "1-877-", "(800) "]) + self.c(
            ["FIX-ROOF", "GO-PAINT", "TAX-HELP", "MOW-LAWN", "CALL-BOB", "4-PLUMBR", "HAUL-IT", "NEW-TILE"])

    # ---------------- US places ----------------
    SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Trl", "Pkwy", "Cir", "Street", "Avenue",
              "Road", "Drive", "Lane", "Hwy"]

    def us_street(self):
        name = self.c([self.us.last_name(), self.us.first_name(), self.c(["Oak", "Maple", "Cedar", "Pine", "Elm",
                       "Walnut", "Hickory", "Willow", "Church", "Mill", "Lake", "Park", "Ridge", "Spring", "Main",
                       "2nd", "3rd", "5th", "9th", "Old Mill", "Country Club", "Quail Run", "Deer Creek"])])
        pre = self.c(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        return f"{self.d(self.c([1, 2, 3, 4, 4, 5]))} {pre}{name} {self.c(self.SUFFIX)}".replace(" 0", " 1", 1) \
            if False else f"{self.r.randint(1, 29999)} {pre}{name} {self.c(self.SUFFIX)}"

    def unit(self):
        return self.c(["Apt 4B", "Apt. 12", "apt 3", "#12", "# 207", "Unit 5", "Suite 210", "Ste 300", "Lot 14",
                       "Apt 2R", "Trlr 9", "Apt. 1101", "Bldg C Apt 6", "Rm 4"]).replace("4B", self.c(["4B", "1A", "3C", "2F"]))

    TOWNS = [("Springfield", "IL", "627"), ("Abilene", "TX", "796"), ("Dothan", "AL", "363"), ("Bangor", "ME", "044"),
             ("Yakima", "WA", "989"), ("Muncie", "IN", "473"), ("Joplin", "MO", "648"), ("Florence", "SC", "295"),
             ("Pueblo", "CO", "810"), ("Kokomo", "IN", "469"), ("Bozeman", "MT", "597"), ("Dubuque", "IA", "520"),
             ("Paducah", "KY", "420"), ("Hattiesburg", "MS", "394"), ("Lafayette", "LA", "705"), ("Fresno", "CA", "937"),
             ("Tacoma", "WA", "984"), ("Scranton", "PA", "185"), ("Utica", "NY", "135"), ("Macon", "GA", "312"),
             ("Lawton", "OK", "735"), ("Kingsport", "TN", "376"), ("Las Cruces", "NM", "880"), ("Flagstaff", "AZ", "860"),
             ("Eau Claire", "WI", "547"), ("Mankato", "MN", "560"), ("Cheyenne", "WY", "820"), ("Ogden", "UT", "844"),
             ("Rapid City", "SD", "577"), ("Burlington", "VT", "054"), ("Toledo", "OH", "436"), ("Saginaw", "MI", "486"),
             ("Salina", "KS", "674"), ("Greenville", "NC", "278"), ("Roanoke", "VA", "240"), ("Bend", "OR", "977"),
             ("Laredo", "TX", "780"), ("Ocala", "FL", "344"), ("Naples", "FL", "341"), ("Wheeling", "WV", "260")]

    def city_state_zip(self):
        if self.chance(0.6):
            city, st, z3 = self.c(self.TOWNS)
            z = z3 + self.d(2)
            if self.chance(0.25):
                z += "-" + self.d(4)
            return city, st, z
        city = self.us.city()
        st = self.us.state_abbr(include_territories=False, include_freely_associated_states=False)
        z = self.us.zipcode() if self.chance(0.75) else self.us.zipcode_plus4()
        return city, st, z

    def us_city(self):
        return self.c(self.TOWNS)[0] if self.chance(0.7) else self.us.city()

    def us_address(self):
        street = self.us_street()
        unit = self.unit() if self.chance(0.45) else ""
        city, st, z = self.city_state_zip()
        shape = self.r.randint(0, 7)
        u = (" " + unit) if unit else ""
        uc = (", " + unit) if unit else ""
        if shape == 0:
            return f"{street}{uc}, {city}, {st} {z}"
        if shape == 1:
            return f"{street}{u} {city} {st} {z}"
        if shape == 2:
            return f"{street}{u}\n{city}, {st} {z}"
        if shape == 3:
            return f"{street}{uc}, {city} {st}"
        if shape == 4:
            return f"{street}{u}, {city}"
        if shape == 5:
            return f"{street}{u}\n{city} {st}\n{z}"
        if shape == 6:
            return f"{street}{u} {city}, {self.us.state()} {z}"
        return f"{street}{u}"

    def po_box(self):
        city, st, z = self.city_state_zip()
        return self.c(["PO Box {n}, {c}, {s} {z}", "P.O. Box {n} {c} {s} {z}", "po box {n} {c} {s}", "POB {n}, {c} {s} {z}"]
                      ).format(n=self.r.randint(1, 9999), c=city, s=st, z=z)

    def rural(self):
        city, st, z = self.city_state_zip()
        return self.c(["RR {a} Box {b}, {c}, {s} {z}", "Rural Route {a} Box {b} {c} {s}", "HC {a} Box {b} {c} {s} {z}",
                       "R.R. {a}, Box {b}A, {c} {s}"]).format(a=self.r.randint(1, 9), b=self.r.randint(1, 400), c=city, s=st, z=z)

    def military(self):
        kind = self.r.randint(0, 2)
        if kind == 0:
            return self.us.military_apo() + ", APO " + self.c(["AE", "AP", "AA"]) + " " + self.us.postalcode_in_state("AE") \
                if False else f"{self.us.military_apo()}, APO {self.c(['AE', 'AP', 'AA'])} {self.c(['09', '96', '34'])}{self.d(3)}"
        if kind == 1:
            return f"{self.us.military_dpo()}, DPO {self.c(['AE', 'AP'])} {self.c(['09', '96'])}{self.d(3)}"
        return f"{self.us.military_ship()} {self.us.last_name()}, FPO {self.c(['AE', 'AP', 'AA'])} {self.c(['09', '96', '34'])}{self.d(3)}"

    def city_st(self):
        c, st, _ = self.city_state_zip()
        return f"{c}, {st}"

    def cross(self):
        return f"{self.c(['Main', 'Elm', 'Broadway', 'Oak', '5th', 'Route 9', 'Market', 'Grand', 'Central'])} and {self.c(['2nd', '3rd', 'Walnut', 'Pine', '10th', 'Lincoln', 'Jefferson', 'Washington'])}"

    # ---------------- US numbers ----------------
    def ssn(self):
        a, b, c = f"{self.r.randint(100, 665):03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"
        return self.c(["{a}-{b}-{c}", "{a}{b}{c}", "{a} {b} {c}", "{a}-{b}-{c}", "{a}.{b}.{c}"]).format(a=a, b=b, c=c)

    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        A = L + "0123456789"
        s = (str(self.r.randint(1, 9)) + self.c(L) + self.c(A) + self.d(1) + self.c(L) + self.c(A) + self.d(1) +
             self.c(L) + self.c(L) + self.d(2))
        return self.c([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])

    def mrn(self):
        kind = self.r.randint(0, 6)
        if kind == 0:
            return "MRN", self.d(self.c([7, 8, 10]))
        if kind == 1:
            return "member ID", "".join(self.c(string.ascii_uppercase) for _ in range(3)) + self.d(9)
        if kind == 2:
            return "Medicare number", self.mbi()
        if kind == 3:
            return "Medicaid ID", self.d(9) + self.c("ABCDEFGHJKQ")
        if kind == 4:
            return "chart #", self.d(6)
        if kind == 5:
            return "Member #", self.c("WXYZ") + self.d(3) + " " + self.d(2) + " " + self.d(4)
        return "patient ID", self.d(2) + "-" + self.d(5) + "-" + self.d(2)

    MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]

    def dob(self, us=True):
        y, m, dd = self.r.randint(1926, 1962), self.r.randint(1, 12), self.r.randint(1, 28)
        if self.chance(0.15):
            y = self.r.randint(1963, 2016)
        M = self.MONTHS[m - 1]
        if us:
            shapes = [f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{str(y)[2:]}", f"{M} {dd}, {y}",
                      f"{M[:3]} {dd} {y}", f"{m}-{dd}-{y}", f"{y}-{m:02d}-{dd:02d}", f"{M.lower()} {dd}th {y}",
                      f"{m}.{dd}.{str(y)[2:]}", f"{dd} {M} {y}", f"{M[:3]}. {dd} '{str(y)[2:]}"]
        else:
            shapes = [f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}",
                      f"{dd} {M} {y}", f"{y}年{m}月{dd}日", f"{dd}-{M[:3]}-{y}"]
        return self.c(shapes)

    def card(self):
        kind = self.c(["visa", "visa", "mc", "amex", "disc"])
        if kind == "visa":
            p = "4" + self.d(14)
        elif kind == "mc":
            p = self.c(["51", "52", "53", "54", "55"]) + self.d(13)
        elif kind == "amex":
            p = self.c(["34", "37"]) + self.d(12)
        else:
            p = "6011" + self.d(11)
        n = p + luhn_digit(p)
        if self.chance(0.2):  # mistyped / invalid Luhn
            n = n[:-1] + str((int(n[-1]) + 3) % 10)
        sep = self.c([" ", " ", "-", ""])
        if len(n) == 15:
            out = sep.join([n[:4], n[4:10], n[10:]])
        else:
            out = sep.join(n[i:i + 4] for i in range(0, 16, 4))
        label = {"visa": ["visa", "Visa", "card", "credit card", "cc", "VISA"], "mc": ["mastercard", "card", "credit card", "cc", "MC"],
                 "amex": ["amex", "AmEx card", "credit card", "card"], "disc": ["discover", "Discover card", "cc", "card"]}[kind]
        return self.c(label), out

    def routing(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d = [self.c([0, 1, 2, 3])] + d[1:]
            for last in range(10):
                x = d + [last]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                    return "".join(map(str, x))

    def bank_acct(self):
        return self.d(self.c([8, 9, 10, 11, 12]))

    # ---------------- online ----------------
    def email(self, fn, ln, intl_domain=None):
        fn = fn.lower().replace(" ", "").replace("'", "")
        ln = ln.lower().replace(" ", "").replace("'", "")
        dom = intl_domain or self.c(["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com",
                                      "comcast.net", "att.net", "sbcglobal.net", "bellsouth.net", "protonmail.com"])
        user = self.c([f"{fn}.{ln}", f"{fn}{ln}{self.r.randint(1, 99)}", f"{fn[0]}{ln}", f"{ln}.{fn}{self.r.randint(40, 99)}",
                       f"{fn}_{ln}", f"grandma{fn}", f"{fn}{self.c(['loves', 'the', 'mrs', 'rn'])}{ln}"])
        return f"{user}@{dom}"

    def url(self, fn, ln):
        fn, ln = fn.lower(), ln.lower()
        return self.c([f"https://www.{fn}{ln}.com", f"http://{fn}-{ln}.net/blog", f"facebook.com/{fn}.{ln}.{self.r.randint(1, 999)}",
                       f"https://www.linkedin.com/in/{fn}-{ln}-{self.d(4)}", f"instagram.com/{fn}_{ln}",
                       f"https://{ln}family.org/photos", f"www.caringbridge.org/visit/{fn}{ln}",
                       f"https://www.gofundme.com/f/help-{fn}-{ln}-recover", f"{fn}{ln}art.com",
                       f"https://sites.google.com/view/{fn}-{ln}", f"https://www.etsy.com/shop/{fn.capitalize()}{ln.capitalize()}Quilts"])

    # ---------------- international ----------------
    INTL = {
        "GB": dict(loc="en_GB", cities=[("London", "SE1 7PB"), ("Leeds", "LS6 2AB"), ("Bristol", "BS8 1TH"), ("Glasgow", "G12 8QQ"),
                                         ("Cardiff", "CF10 3AT"), ("Norwich", "NR2 4PD"), ("York", "YO1 7HH"), ("Belfast", "BT9 6AD")]),
        "DE": dict(loc="de_DE", cities=[("Berlin", "10115"), ("München", "80331"), ("Hamburg", "20095"), ("Köln", "50667"),
                                         ("Leipzig", "04109"), ("Stuttgart", "70173"), ("Dresden", "01067")]),
        "FR": dict(loc="fr_FR", cities=[("Paris", "75011"), ("Marseille", "13001"), ("Lyon", "69003"), ("Toulouse", "31000"),
                                         ("Nantes", "44000"), ("Lille", "59000"), ("Bordeaux", "33000")]),
        "MX": dict(loc="es_MX", cities=[("Ciudad de México", "06700", "CDMX"), ("Guadalajara", "44100", "Jal."), ("Monterrey", "64000", "N.L."),
                                         ("Puebla", "72000", "Pue."), ("Oaxaca", "68000", "Oax."), ("Mérida", "97000", "Yuc.")]),
        "ES": dict(loc="es_ES", cities=[("Madrid", "28013"), ("Sevilla", "41001"), ("Valencia", "46002"), ("Bilbao", "48001"), ("Málaga", "29015")]),
        "BR": dict(loc="pt_BR", cities=[("São Paulo", "01310-100", "SP"), ("Rio de Janeiro", "22041-001", "RJ"), ("Belo Horizonte", "30130-010", "MG"),
                                         ("Recife", "50030-230", "PE"), ("Curitiba", "80010-000", "PR")]),
        "IT": dict(loc="it_IT", cities=[("Roma", "00184", "RM"), ("Napoli", "80138", "NA"), ("Milano", "20121", "MI"), ("Palermo", "90133", "PA"), ("Torino", "10121", "TO")]),
        "NL": dict(loc="nl_NL", cities=[("Amsterdam", "1015 CJ"), ("Rotterdam", "3011 AD"), ("Den Haag", "2511 CV"), ("Groningen", "9711 LM")]),
        "PL": dict(loc="pl_PL", cities=[("Warszawa", "00-950"), ("Kraków", "31-042"), ("Gdańsk", "80-831"), ("Wrocław", "50-077"), ("Poznań", "61-772")]),
        "JP": dict(loc="ja_JP", cities=[("大阪", ""), ("東京", ""), ("名古屋", ""), ("札幌", ""), ("福岡", "")]),
        "CN": dict(loc="zh_CN", cities=[("北京", ""), ("上海", ""), ("广州", ""), ("成都", ""), ("杭州", "")]),
        "KR": dict(loc="ko_KR", cities=[("서울", ""), ("부산", ""), ("대구", ""), ("인천", ""), ("광주", "")]),
        "IN": dict(loc="en_IN", cities=[("Mumbai", "400050"), ("Bengaluru", "560038"), ("Chennai", "600040"), ("Hyderabad", "500034"), ("Pune", "411001"), ("Kochi", "682016")]),
        "CA": dict(loc="en_CA", cities=[("Toronto", "ON M5V 2T6"), ("Vancouver", "BC V6B 1A1"), ("Montréal", "QC H2X 1Y4"), ("Calgary", "AB T2P 1J9"), ("Halifax", "NS B3H 1Z1")]),
        "RU": dict(loc="ru_RU", cities=[("Москва", "101000"), ("Санкт-Петербург", "190000"), ("Казань", "420111")]),
        "SA": dict(loc="ar_SA", cities=[("الرياض", "12211"), ("جدة", "23435"), ("الدمام", "32241")]),
        "TR": dict(loc="tr_TR", cities=[("İstanbul", "34435"), ("Ankara", "06420"), ("Bursa", "16010")]),
        "VN": dict(loc="vi_VN", cities=[("Hà Nội", "100000"), ("Huế", "530000"), ("Cần Thơ", "900000")]),
        "PH": dict(loc="fil_PH", cities=[("Cebu City", "6000"), ("Davao City", "8000"), ("Iloilo City", "5000"), ("Baguio", "2600")]),
        "IE": dict(loc="en_GB", cities=[("Dublin", "D02 X285"), ("Cork", "T12 R2NC"), ("Limerick", "V94 T9PX")]),
    }
    NONLATIN = {"JP", "CN", "KR", "RU", "SA"}

    def intl_name(self, cc):
        fk = self.f[self.INTL[cc]["loc"]]
        if cc == "IN" and self.chance(0.4):
            fk = self.f["hi_IN"]
        return fk.first_name(), fk.last_name()

    def intl_full(self, cc):
        fn, ln = self.intl_name(cc)
        if cc in ("JP", "CN", "KR"):
            return ln + (" " if cc != "CN" else "") + fn
        if cc == "SA":
            return fn + " " + ln
        return fn + " " + ln

    def intl_city(self, cc):
        return self.c(self.INTL[cc]["cities"])[0]

    def intl_address(self, cc):
        info = self.INTL[cc]
        fk = self.f[info["loc"]]
        ent = self.c(info["cities"])
        city, pc = ent[0], ent[1]
        n = self.r.randint(1, 180)
        if cc in ("GB", "IE"):
            return self.c([f"{n} {fk.street_name()}, {city} {pc}", f"Flat {self.r.randint(1, 30)}, {n} {fk.street_name()}\n{city}\n{pc}",
                           f"{n} {fk.street_name()} {city} {pc}"]) + ("" if cc == "GB" or self.chance(0.5) else ", Ireland")
        if cc == "DE":
            return self.c([f"{fk.street_name()} {n}, {pc} {city}", f"{fk.street_name()} {n}\n{pc} {city}", f"{fk.street_name()} {n}, {pc} {city}, Deutschland"])
        if cc == "FR":
            return self.c([f"{n} {fk.street_name()}, {pc} {city}", f"{n}, {fk.street_name()}\n{pc} {city}\nFrance"])
        if cc == "MX":
            st = self.c(["Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Revolución"])
            return f"{st} {n}, Col. {self.c(['Centro', 'Roma Norte', 'Del Valle', 'Las Flores', 'Jardines'])}, {pc} {city}, {ent[2]}"
        if cc == "ES":
            return self.c([f"Calle {fk.last_name()} {n}, {self.r.randint(1, 6)}º {self.c('ABCD')}, {pc} {city}", f"{fk.street_name()}, {n}\n{pc} {city}"])
        if cc == "BR":
            return f"{fk.street_name()}, {n}, apto {self.r.randint(11, 120)}, {fk.bairro()}, {city} - {ent[2]}, {pc}"
        if cc == "IT":
            return self.c([f"{fk.street_name()} {n}, {pc} {city} ({ent[2]})", f"{fk.street_name()}, {n}\n{pc} {city} {ent[2]}"])
        if cc == "NL":
            return f"{fk.street_name()} {n}, {pc} {city}"
        if cc == "PL":
            return f"ul. {fk.street_name()} {n}/{self.r.randint(1, 40)}, {pc} {city}"
        if cc == "JP":
            return "〒" + fk.postcode() + " " + fk.address()
        if cc in ("CN", "KR"):
            return fk.address()
        if cc == "IN":
            return f"{n}, {self.c(['MG Road', 'Linking Road', 'Anna Salai', 'Banjara Hills Rd No 2', 'FC Road', 'Hill Road'])}, {city} {pc}"
        if cc == "CA":
            return f"{n} {self.c(['Queen St W', 'Granville St', 'Rue Sainte-Catherine', '8 Ave SW', 'Spring Garden Rd'])}, Apt {self.r.randint(100, 2500)}, {city}, {pc}"
        if cc == "RU":
            return f"ул. {self.f['ru_RU'].street_title()}, д. {n}, кв. {self.r.randint(1, 200)}, {city}, {pc}"
        if cc == "SA":
            return f"{self.c(['حي النزهة', 'حي الملقا', 'حي السلامة'])}، {city} {pc}"
        if cc == "TR":
            return f"{self.c(['Atatürk Cad.', 'Cumhuriyet Mah.', 'İnönü Sok.'])} No:{n} D:{self.r.randint(1, 20)}, {pc} {city}"
        if cc == "VN":
            return f"{n} {self.c(['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ'])}, {city}"
        if cc == "PH":
            return f"{n} {self.c(['Rizal St', 'Mabini St', 'Osmeña Blvd', 'Bonifacio Ave'])}, Brgy. {self.c(['San Roque', 'Poblacion', 'Lahug'])}, {city} {pc}"
        raise KeyError(cc)

    def intl_phone(self, cc):
        d = self.d
        P = {
            "GB": [f"+44 20 7946 {d(4)}", f"020 7946 {d(4)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"0161 496 {d(4)}", f"+44 (0)113 496 {d(4)}"],
            "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 151 {d(8)}", f"0171 {d(7)}", f"+49 (0)89 {d(3)} {d(4)}"],
            "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
            "MX": [f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
            "ES": [f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 91 {d(3)} {d(2)} {d(2)}"],
            "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}"],
            "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(3)} {d(4)}"],
            "NL": [f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(8)}"],
            "PL": [f"+48 {d(3)} {d(3)} {d(3)}", f"{d(3)}-{d(3)}-{d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"],
            "JP": [f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"],
            "CN": [f"+86 1{d(2)} {d(4)} {d(4)}", f"1{d(10)}", f"+86 10 {d(4)} {d(4)}"],
            "KR": [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"],
            "IN": [f"+91 9{d(4)} {d(5)}", f"+91-9{d(9)}", f"0{d(2)} {d(4)} {d(4)}", f"9{d(4)} {d(5)}"],
            "RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (495) {d(3)}-{d(2)}-{d(2)}"],
            "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"],
            "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}"],
            "VN": [f"+84 9{d(2)} {d(3)} {d(3)}", f"09{d(2)} {d(3)} {d(3)}"],
            "PH": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(4)}"],
            "IE": [f"+353 1 {d(3)} {d(4)}", f"087 {d(3)} {d(4)}", f"+353 87 {d(3)} {d(4)}"],
        }
        return self.c(P[cc])

    IBAN_FMT = {"DE": "n18", "GB": "a4n14", "FR": "n10a11n2", "ES": "n20", "IT": "a1n10a12", "NL": "a4n10",
                "PL": "n24", "PT": "n21", "BE": "n12", "AT": "n16", "CH": "n17", "IE": "a4n14"}

    def iban(self, cc=None):
        cc = cc or self.c(list(self.IBAN_FMT))
        fmt, bban, i = self.IBAN_FMT[cc], "", 0
        import re
        for kind, n in re.findall(r"([an])(\d+)", fmt):
            for _ in range(int(n)):
                bban += self.c(string.ascii_uppercase) if kind == "a" else self.c(string.digits)
        if cc == "FR":  # French RIB: mostly digits
            bban = bban[:10] + self.d(11) + bban[21:]
        spaced = self.chance(0.5)
        lower = self.chance(0.15)
        return iban(cc, bban, spaced=spaced, lower=lower)
