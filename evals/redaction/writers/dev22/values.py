"""Value makers for the templates (all invented, Faker + own lists). Each returns a plain string."""
import random, string
from faker import Faker

LOCALES = ["en_US", "es_MX", "vi_VN", "fil_PH", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL",
           "pl_PL", "pt_BR", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "en_CA", "en_IE", "pt_PT"]


class V:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = {}
        for i, l in enumerate(LOCALES):
            fk = Faker(l); fk.seed_instance(seed * 100 + i); self.f[l] = fk

    def c(self, seq):
        return self.r.choice(seq)

    # ---------------- names ----------------
    PLACE_NAMES = ["Austin", "Savannah", "Georgia", "April", "May", "June", "Jordan", "Paris", "Dakota", "Sydney",
                   "Phoenix", "Brooklyn", "Florence", "Madison", "Dallas", "Chelsea", "Virginia", "Carolina",
                   "Houston", "Cheyenne", "Memphis", "Augusta", "Israel", "Asia", "Raleigh", "Trenton"]
    WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Stone", "Bell", "Banks", "Price",
                     "Fields", "Cash", "Black", "Gray", "Lane", "Rivers", "Church", "Summers", "Strong", "Love",
                     "Friend", "Hope", "Walker", "Baker", "Mason", "Hunter", "Little", "King", "Major"]
    HAITIAN_GIVEN = ["Jean-Robert", "Marie-Ange", "Wislande", "Fritznel", "Guerline", "Rose-Berline", "Jocelyn",
                     "Nadège", "Widlyne", "Frantz", "Josué", "Mirlande", "Pierre-Louis", "Lovely", "Dieunel"]
    HAITIAN_FAMILY = ["Jean-Baptiste", "Pierre", "Joseph", "Desir", "Toussaint", "Dorvil", "Saint-Fleur",
                      "Exantus", "Jean-Louis", "Célestin", "Bazile", "Augustin", "Philogène", "Louissaint",
                      "Charlemagne", "Dorélien", "Valcourt"]
    FIL_FAMILY = ["Dela Cruz", "Bautista", "Manalo", "Pangilinan", "Macaraeg", "Dizon", "Villanueva",
                  "Ocampo", "Tolentino", "Santiago", "Mercado", "Salonga", "Aquino", "Lacson", "Magbanua"]
    FIL_GIVEN = ["Maricel", "Rowena", "Jun", "Bong", "Arnel", "Marites", "Jocelyn", "Rodel", "Lorna",
                 "Nenita", "Reynaldo", "Analyn", "Jericho", "Precious", "Girlie"]
    VN_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Huynh", "Hoang", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong"]
    VN_GIVEN = ["Thanh", "Lan", "Minh", "Hoa", "Tuan", "Linh", "Khoa", "Phuong", "Duc", "Thuy", "Hieu",
                "Mai", "Long", "Trang", "Quang", "Vy"]
    VN_FULL = ["Nguyễn Thị Hồng", "Trần Văn Bình", "Lê Thị Thu", "Phạm Quốc Hùng", "Huỳnh Thị Mai",
               "Võ Văn Tâm", "Đặng Thị Ngọc", "Bùi Minh Khang"]

    def given_us(self):
        k = self.r.random()
        if k < 0.15: return self.c(self.PLACE_NAMES)
        if k < 0.55: return self.f["en_US"].first_name()
        if k < 0.70: return self.f["es_MX"].first_name()
        if k < 0.78: return self.c(self.VN_GIVEN)
        if k < 0.88: return self.c(self.FIL_GIVEN)
        return self.c(self.HAITIAN_GIVEN)

    def family_us(self):
        k = self.r.random()
        if k < 0.2: return self.c(self.WORD_SURNAMES)
        if k < 0.55: return self.f["en_US"].last_name()
        if k < 0.72: return self.f["es_MX"].last_name()
        if k < 0.80: return self.c(self.VN_FAMILY)
        if k < 0.90: return self.c(self.FIL_FAMILY)
        return self.c(self.HAITIAN_FAMILY)

    def person_us(self):
        k = self.r.random()
        if k < 0.06: return self.c(self.VN_FULL)
        if k < 0.12:
            fk = self.f["es_MX"]; return f"{fk.first_name()} {fk.last_name()} {fk.last_name()}"
        return f"{self.given_us()} {self.family_us()}"

    def person_intl(self, loc=None):
        loc = loc or self.c(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "de_DE", "fr_FR",
                             "en_GB", "pl_PL", "it_IT", "pt_BR", "es_ES", "nl_NL"])
        n = self.f[loc].name()
        for t in ["Dr. ", "Prof. ", "Herr ", "Frau ", "Mr. ", "Mrs. ", "Ms. ", "Miss ", "Dott. ", "Sig. ", "Sr. ", "Sra. ", "Dipl.-Ing. ", "Univ.Prof. ", "Ing. ", "Mgr ", "pan ", "pani "]:
            n = n.replace(t, "")
        toks = []
        for t in ["المهندس", "المهندسة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "السيد", "السيدة", "الآنسة"]:
            n = n.replace(t + " ", "")
        for t in n.split():
            if "." in t:
                t = t.split(".")[-1]
            if t and t not in ("MBA", "BA", "BSc", "MSc", "PhD", "MD"):
                toks.append(t)
        n = " ".join(toks)
        for t in ["Ms ", "Mr ", "Mrs ", "Dr ", "Miss ", "Mx "]:
            if n.startswith(t): n = n[len(t):]
        for t in [" MD", " B.Eng.", " B.Sc.", " MBE", " DDS", " PhD", " DVM", " Jr.", " Sr.", " II", " III", " IV", " V"]:
            if n.endswith(t): n = n[: -len(t)]
        return n.strip()

    # ---------------- phones ----------------
    AREA = ["212", "718", "305", "786", "713", "832", "214", "469", "404", "678", "312", "773", "617", "857",
            "415", "510", "619", "714", "408", "602", "480", "303", "206", "503", "702", "504", "225", "601",
            "901", "615", "502", "859", "317", "614", "216", "313", "734", "248", "414", "612", "651", "816",
            "314", "405", "918", "501", "205", "334", "843", "803", "919", "704", "757", "804", "202", "301",
            "410", "215", "267", "412", "716", "518", "973", "201", "203", "860", "401", "207", "802", "603",
            "808", "907", "505", "915", "956", "210", "512", "361", "806", "701", "605", "406", "307", "208"]

    def phone_us(self, fmt=None):
        a = self.c(self.AREA)
        if self.r.random() < 0.5:
            e, l = "555", f"01{self.r.randint(0, 99):02d}"
        else:
            e, l = f"{self.r.randint(201, 989)}", f"{self.r.randint(0, 9999):04d}"
        fmts = [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a}{e}{l}", f"+1 {a} {e} {l}",
                f"1-{a}-{e}-{l}", f"001-{a}-{e}-{l}", f"({a}){e}-{l}", f"{a} {e} {l}", f"+1 ({a}) {e}-{l}",
                f"+1-{a}-{e}-{l}", f"{a}/{e}-{l}"]
        p = fmt if fmt is not None else self.c(fmts)
        if self.r.random() < 0.12:
            p += self.c([f" x{self.r.randint(10, 9999)}", f" ext. {self.r.randint(1, 999)}",
                         f" extension {self.r.randint(1, 9)}", f" ext {self.r.randint(100, 999)}"])
        return p

    def phone_vanity(self):
        w = self.c(["CARE", "NURSE", "HELP", "RIDES", "MEALS", "LAWN", "CLEAN", "PAINT", "FIXIT", "CAKES"])
        a = self.c(["800", "888", "877", "866"] + self.AREA[:10])
        tail = (w + "NOW")[:7] if len(w) < 7 else w[:7]
        return self.c([f"1-{a}-{tail}", f"{a}-{tail}", f"({a}) {w}-{self.r.randint(10,99)}"])

    def phone_intl(self, cc=None):
        r = self.r; d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        opts = {
            "GB": [f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"+44 7700 900{d(3)}", f"07700 900{d(3)}", f"+44 (0)161 496 0{d(3)}"],
            "DE": [f"+49 30 {d(7)}", f"030 {d(7)}", f"+49 (0)89 {d(3)} {d(4)}", f"+49 151 {d(8)}"],
            "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
            "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"+52 (81) {d(4)}-{d(4)}"],
            "IN": [f"+91 98{d(3)} {d(5)}", f"098{d(3)} {d(5)}", f"+91-80-{d(4)}-{d(4)}", f"+91 9{d(4)}{d(5)}"],
            "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}"],
            "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+55 21 {d(4)}-{d(4)}"],
            "PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}", f"+639{d(9)}"],
            "VN": [f"+84 90 {d(3)} {d(4)}", f"090 {d(3)} {d(4)}", f"+84 28 {d(4)} {d(4)}"],
            "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"+82 2-{d(3)}-{d(4)}"],
            "CN": [f"+86 138 {d(4)} {d(4)}", f"139{d(8)}", f"+86 10 {d(4)} {d(4)}"],
            "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 333 {d(3)} {d(4)}", f"02 {d(4)} {d(4)}"],
            "ES": [f"+34 912 {d(3)} {d(3)}", f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}"],
            "NL": [f"+31 20 {d(3)} {d(4)}", f"+31 6 {d(8)}", f"020-{d(3)} {d(4)}"],
            "PL": [f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 {d(3)} {d(3)} {d(3)}"],
            "HT": [f"+509 3{d(3)} {d(4)}", f"+509 {d(4)}-{d(4)}"],
            "CA": [f"+1 416 {d(3)} {d(4)}", f"(604) {d(3)}-{d(4)}", f"+1 514-{d(3)}-{d(4)}"],
            "IE": [f"+353 87 {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}"],
            "AU": [f"+61 2 {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}"],
            "RU": [f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"+7 (916) {d(3)}-{d(2)}-{d(2)}"],
            "TR": [f"+90 212 {d(3)} {d(2)} {d(2)}", f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"],
        }
        cc = cc or self.c(list(opts))
        return self.c(opts[cc])

    # ---------------- addresses ----------------
    STATES = [("AL", "Ala.", "Alabama"), ("AZ", "Ariz.", "Arizona"), ("CA", "Calif.", "California"),
              ("CO", "Colo.", "Colorado"), ("FL", "Fla.", "Florida"), ("GA", "Ga.", "Georgia"),
              ("IL", "Ill.", "Illinois"), ("IN", "Ind.", "Indiana"), ("KY", "Ky.", "Kentucky"),
              ("LA", "La.", "Louisiana"), ("MD", "Md.", "Maryland"), ("MA", "Mass.", "Massachusetts"),
              ("MI", "Mich.", "Michigan"), ("MN", "Minn.", "Minnesota"), ("MS", "Miss.", "Mississippi"),
              ("MO", "Mo.", "Missouri"), ("NJ", "N.J.", "New Jersey"), ("NY", "N.Y.", "New York"),
              ("NC", "N.C.", "North Carolina"), ("OH", "Ohio", "Ohio"), ("OK", "Okla.", "Oklahoma"),
              ("OR", "Ore.", "Oregon"), ("PA", "Pa.", "Pennsylvania"), ("SC", "S.C.", "South Carolina"),
              ("TN", "Tenn.", "Tennessee"), ("TX", "Tex.", "Texas"), ("VA", "Va.", "Virginia"),
              ("WA", "Wash.", "Washington"), ("WI", "Wis.", "Wisconsin"), ("NM", "N.M.", "New Mexico")]
    CITIES = ["Springfield", "Dayton", "Macon", "Fresno", "El Paso", "Garden Grove", "Hialeah", "Lowell",
              "Toledo", "Shreveport", "Yonkers", "Paterson", "Brockton", "Pasadena", "Laredo", "Santa Ana",
              "Stockton", "Tacoma", "Albany", "Savannah", "Augusta", "Columbia", "Jackson", "Madison",
              "Austin", "Paris", "Florence", "Lebanon", "Athens", "Dallas", "Canton", "Odessa", "Marion",
              "Bowling Green", "Las Cruces", "Kissimmee", "Little Havana", "North Bergen", "Daly City"]
    DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "S.", "E.", "W.", "North", "South", "East", "West"]
    SUFF = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Rd.", "Blvd", "Blvd.", "Dr", "Dr.", "Ln",
            "Ct", "Pl", "Way", "Pkwy", "Ter", "Cir", "Hwy"]

    def zip5(self):
        return f"{self.r.randint(1001, 99950):05d}"

    def zipc(self):
        z = self.zip5()
        return z + (f"-{self.r.randint(1, 9999):04d}" if self.r.random() < 0.25 else "")

    def ordinal(self, n):
        return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

    def street(self):
        r = self.r; k = r.random()
        num = str(r.randint(1, 19999)) if r.random() < 0.9 else f"{r.randint(1,99)}-{r.randint(1,99):02d}"
        if k < 0.12:
            name = f"{self.ordinal(r.randint(1, 180))} {self.c(self.SUFF[:6])}"
        elif k < 0.2:
            name = self.c([f"Hwy {r.randint(1, 99)}", f"Highway {r.randint(1, 299)}", f"US Hwy {r.randint(1, 99)} N",
                           f"State Route {r.randint(1, 199)}", f"County Road {r.randint(1, 400)}",
                           f"FM {r.randint(100, 3000)}", f"Old Hwy {r.randint(1, 99)}", f"Route {r.randint(1, 66)}"])
        else:
            base = self.c([self.f["en_US"].last_name(), self.f["en_US"].first_name(), self.f["es_MX"].last_name(),
                           self.c(["Oak", "Maple", "Cedar", "Pine", "Magnolia", "Church", "Mill", "Lake", "River",
                                   "Hill", "Park", "Sunset", "Highland", "Cherry", "Walnut", "Main", "Market"])])
            name = f"{base} {self.c(self.SUFF)}"
        if r.random() < 0.3:
            name = f"{self.c(self.DIRS)} {name}"
        return f"{num} {name}"

    def unit(self):
        r = self.r
        return self.c([f"Apt {r.randint(1, 40)}{self.c(['', 'A', 'B', 'C', 'D'])}", f"Apt. {r.randint(1, 9)}{self.c('ABCDEF')}",
                       f"Suite {r.randint(100, 999)}", f"Ste {r.randint(100, 600)}", f"Ste. {r.randint(1, 50)}",
                       f"#{r.randint(1, 999)}", f"Unit {r.randint(1, 40)}", f"Unit {self.c('ABCDEFG')}",
                       f"Lot {r.randint(1, 120)}", f"Fl {r.randint(2, 9)}", f"Bldg {r.randint(1, 9)} Apt {r.randint(100, 420)}",
                       f"Rm {r.randint(100, 400)}", f"Trlr {r.randint(1, 60)}", f"Spc {r.randint(1, 90)}"])

    def city_state(self, style=None):
        ab, dot, full = self.c(self.STATES)
        st = style or self.c(["ab", "ab", "ab", "dot", "full"])
        s = {"ab": ab, "dot": dot, "full": full}[st]
        return self.c(self.CITIES + [self.f["en_US"].city() for _ in range(3)]), s

    def addr_us(self, shape=None):
        r = self.r
        shape = shape or self.c(["line", "line", "line", "nocomma", "multi", "multi", "pobox", "rr", "military", "line_unitfirst"])
        city, st = self.city_state()
        z = self.zipc()
        if shape == "pobox":
            b = self.c([f"PO Box {r.randint(1, 9999)}", f"P.O. Box {r.randint(1, 9999)}", f"P O Box {r.randint(1, 999)}", f"POB {r.randint(1, 999)}"])
            return self.c([f"{b}, {city}, {st} {z}", f"{b}\n{city} {st} {z}", f"{b} {city} {st} {z}"])
        if shape == "rr":
            b = self.c([f"RR {r.randint(1, 9)} Box {r.randint(1, 300)}", f"Rural Route {r.randint(1, 9)}, Box {r.randint(1, 300)}",
                        f"HC {r.randint(1, 80)} Box {r.randint(1, 900)}", f"R.R. {r.randint(1, 5)} Box {r.randint(1, 99)}{self.c(['', 'A', 'B'])}"])
            return self.c([f"{b}, {city}, {st} {z}", f"{b}\n{city}, {st} {z}"])
        if shape == "military":
            unit = self.c([f"PSC {r.randint(1, 999)} Box {r.randint(1, 9999)}", f"Unit {r.randint(2000, 9999)} Box {r.randint(1, 9999)}",
                           f"CMR {r.randint(400, 499)} Box {r.randint(1, 9999)}", f"USS {self.c(['Nimitz', 'Ford', 'Truman', 'Bataan', 'Makin Island'])} FPO"])
            if unit.endswith("FPO"):
                return f"{unit} {self.c(['AE', 'AP'])} {self.c(['09', '96'])}{r.randint(100, 999)}"
            code = self.c(["APO AE 09", "FPO AE 09", "DPO AE 09", "APO AP 96", "FPO AP 96", "APO AA 340", "DPO AP 96"])
            tail = f"{code}{r.randint(0, 999):03d}" if not code.endswith("340") else f"{code}{r.randint(0, 99):02d}"
            return self.c([f"{unit}, {tail}", f"{unit}\n{tail}"])
        s = self.street()
        u = self.unit() if r.random() < 0.6 else None
        if shape == "line":
            return f"{s}{', ' + u if u else ''}, {city}, {st} {z}"
        if shape == "line_unitfirst":
            return f"{u or self.unit()}, {s}, {city}, {st} {z}"
        if shape == "nocomma":
            return f"{s}{' ' + u if u else ''} {city} {st} {z}"
        return self.c([f"{s}{' ' + u if u else ''}\n{city}, {st} {z}", f"{s}\n{u or self.unit()}\n{city} {st} {z}"])

    def city_with_state(self):
        city, st = self.city_state()
        return self.c([f"{city}, {st}", f"{city} {st}", f"{city}, {st} {self.zip5()}"])

    def addr_intl(self, cc=None):
        r = self.r
        cc = cc or self.c(["GB", "DE", "FR", "MX", "BR", "JP", "IN", "CA", "ES", "IT", "NL", "PL", "PH", "VN", "KR", "CN", "HT", "IE"])
        if cc == "GB":
            city, pc = self.c([("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Cardiff", "CF"),
                               ("Glasgow", "G"), ("Liverpool", "L"), ("Sheffield", "S"), ("London", "SE"), ("Leicester", "LE"), ("Norwich", "NR")])
            post = f"{pc}{r.randint(1, 28)} {r.randint(1, 9)}{self.c('ABDEFGHJLNPQRSTUWXYZ')}{self.c('ABDEFGHJLNPQRSTUWXYZ')}"
            st = f"{self.c(['Victoria', 'Church', 'Station', 'Albert', 'Queen', 'Park', 'Mill', 'York', 'Grange', 'Chapel'])} {self.c(['Road', 'Street', 'Lane', 'Terrace', 'Close', 'Avenue', 'Crescent'])}"
            return self.c([f"{r.randint(1, 200)} {st}, {city} {post}", f"Flat {r.randint(1, 30)}, {r.randint(1, 99)} {st}\n{city}\n{post}"])
        if cc == "DE":
            f = self.f["de_DE"]; return self.c([f"{f.street_name()} {r.randint(1, 150)}, {f.postcode()} {f.city()}", f"{f.street_name()} {r.randint(1,99)}\n{f.postcode()} {f.city()}"])
        if cc == "FR":
            f = self.f["fr_FR"]; return f"{r.randint(1, 150)} {f.street_name()}, {f.postcode()} {f.city()}"
        if cc == "MX":
            f = self.f["es_MX"]
            return f"{f.street_name()} {r.randint(1, 999)}, Col. {f.last_name()}, {r.randint(1000, 99999):05d} {self.c(['Guadalajara, Jal.', 'Monterrey, N.L.', 'Puebla, Pue.', 'Ciudad de México, CDMX', 'Oaxaca, Oax.', 'Morelia, Mich.'])}"
        if cc == "BR":
            f = self.f["pt_BR"]
            return f"{f.street_name()}, {r.randint(1, 2000)} - {f.bairro()}, {f.city()} - {f.estado_sigla()}, {r.randint(10000, 99999)}-{r.randint(0, 999):03d}"
        if cc == "JP":
            f = self.f["ja_JP"]; return self.c([f"〒{f.zipcode()} {f.address()}", f.address()])
        if cc == "IN":
            f = self.f["hi_IN"]
            city = self.c([("Bengaluru", "Karnataka", "560"), ("Pune", "Maharashtra", "411"), ("Chennai", "Tamil Nadu", "600"),
                           ("Kochi", "Kerala", "682"), ("Ahmedabad", "Gujarat", "380"), ("Hyderabad", "Telangana", "500")])
            return f"{r.randint(1, 300)}, {self.c(['MG Road', 'Nehru Nagar', 'Gandhi Path', 'Station Road', '2nd Cross, Indiranagar', 'Anna Salai'])}, {city[0]}, {city[1]} {city[2]}{r.randint(0, 99):03d}"
        if cc == "CA":
            city, prov, fsa = self.c([("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"),
                                      ("Vancouver", "BC", "V"), ("Winnipeg", "MB", "R"), ("Calgary", "AB", "T"), ("Halifax", "NS", "B")])
            L = "ABCEGHJKLMNPRSTVWXYZ"
            pc = f"{fsa}{r.randint(0, 9)}{self.c(L)} {r.randint(0, 9)}{self.c(L)}{r.randint(0, 9)}"
            st = f"{self.c(['King', 'Queen', 'Bloor', 'Dundas', 'Yonge', 'Main', 'Sherbrooke', 'Portage', 'Granville'])} {self.c(['St', 'St W', 'Ave', 'Rd', 'Blvd'])}"
            return self.c([f"{r.randint(1, 9999)} {st}, {city}, {prov} {pc}", f"{r.randint(100, 2900)}-{r.randint(1, 999)} {st}, {city} {prov} {pc}"])
        if cc == "ES":
            f = self.f["es_ES"]; return f"{f.street_address()}, {f.postcode()} {f.city()}"
        if cc == "IT":
            city, pv, cap = self.c([("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
                                    ("Palermo", "PA", "901"), ("Bologna", "BO", "401"), ("Bari", "BA", "701"), ("Firenze", "FI", "501")])
            st = f"{self.c(['Via', 'Viale', 'Corso', 'Piazza'])} {self.c(['Garibaldi', 'Roma', 'Mazzini', 'Cavour', 'Dante', 'Verdi', 'Marconi'])} {r.randint(1, 180)}"
            return f"{st}, {cap}{r.randint(0, 99):02d} {city} {pv}"
        if cc == "NL":
            f = self.f["nl_NL"]; return f"{f.street_address()}, {f.postcode()} {f.city()}"
        if cc == "PL":
            f = self.f["pl_PL"]; return f"ul. {f.street_name()} {r.randint(1, 120)}, {f.postcode()} {f.city()}"
        if cc == "PH":
            return f"{r.randint(1, 999)} {self.c(['Rizal St.', 'Mabini St.', 'Bonifacio Ave.', 'Aguinaldo Hwy', 'Quezon Ave.'])}, Brgy. {self.c(['San Isidro', 'Poblacion', 'Bagong Silang', 'Santo Niño', 'Malanday'])}, {self.c(['Quezon City 1100', 'Cebu City 6000', 'Davao City 8000', 'Batangas City 4200', 'San Fernando, Pampanga 2000', 'Iloilo City 5000'])}"
        if cc == "VN":
            f = self.f["vi_VN"]; return f.address().replace("\n", ", ")
        if cc == "KR":
            return self.f["ko_KR"].address()
        if cc == "CN":
            return self.f["zh_CN"].address()
        if cc == "HT":
            return f"{self.c(['Rue', 'Ruelle', 'Impasse'])} {self.c(['Capois', 'Lamarre', 'Pavée', 'Geffrard', 'Duvivier', 'Faustin 1er'])} #{r.randint(1, 120)}, {self.c(['Port-au-Prince', 'Cap-Haïtien', 'Jacmel', 'Pétion-Ville', 'Les Cayes', 'Gonaïves'])}, {self.c(['HT6110', 'HT1110', 'HT9110', 'HT6140', 'HT8110'])}"
        if cc == "IE":
            return f"{r.randint(1, 99)} {self.c(['Main Street', 'Church Road', 'Strand Road', 'Dublin Road'])}, {self.c(['Ennis, Co. Clare', 'Galway', 'Cork', 'Sligo', 'Drogheda, Co. Louth'])} {self.c(['V95 X2Y7', 'H91 E2K3', 'T12 R5CP', 'F91 W7D8', 'A92 H3P4'])}"

    def city_intl(self):
        return self.c(["Manila", "Cebu", "Guadalajara", "Port-au-Prince", "Hanoi", "Da Nang", "Seoul", "Lagos", "Mumbai", "Kraków",
                       "Lyon", "Hamburg", "São Paulo", "Lima", "Oaxaca", "Jacmel", "Busan", "Osaka", "東京", "서울", "Москва", "القاهرة", "上海", "मुंबई"])

    # ---------------- others ----------------
    DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net",
               "att.net", "verizon.net", "sbcglobal.net", "bellsouth.net", "live.com", "msn.com", "proton.me"]
    INTL_DOMAINS = ["gmail.co.uk", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "free.fr", "yahoo.com.mx",
                    "uol.com.br", "rediffmail.com", "naver.com", "qq.com", "yandex.ru", "libero.it", "wp.pl", "btinternet.com"]

    def slug(self, name):
        import unicodedata
        s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
        s = "".join(ch if ch.isalnum() or ch == " " else "" for ch in s).split()
        if not s:
            s = [self.f["en_US"].user_name()]
        return s

    CC_DOMAINS = {"GB": ["btinternet.com", "gmail.com", "yahoo.co.uk", "sky.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
                  "FR": ["orange.fr", "free.fr", "laposte.net"], "MX": ["yahoo.com.mx", "hotmail.com", "prodigy.net.mx"],
                  "BR": ["uol.com.br", "bol.com.br", "gmail.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
                  "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "CA": ["rogers.com", "sympatico.ca", "gmail.com"],
                  "ES": ["telefonica.net", "hotmail.es", "gmail.com"], "IT": ["libero.it", "alice.it", "tiscali.it"],
                  "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "PL": ["wp.pl", "onet.pl", "interia.pl"],
                  "PH": ["yahoo.com.ph", "gmail.com"], "VN": ["yahoo.com.vn", "gmail.com", "vnn.vn"], "KR": ["naver.com", "daum.net", "hanmail.net"],
                  "CN": ["qq.com", "163.com", "126.com"], "HT": ["hotmail.com", "yahoo.fr", "gmail.com"], "IE": ["eircom.net", "gmail.com", "yahoo.ie"]}

    def email(self, name=None, intl=False, cc=None):
        p = self.slug(name or self.person_us())
        if cc:
            local = self.c([".".join(p), "".join(p), p[0][0] + p[-1], p[0] + str(self.r.randint(1, 99))])
            return f"{local}@{self.c(self.CC_DOMAINS[cc])}"
        local = self.c([".".join(p), "".join(p), p[0][0] + p[-1], p[0] + str(self.r.randint(1, 99)),
                        p[-1] + "." + p[0] + str(self.r.randint(40, 99)), "_".join(p), p[0] + "." + p[-1] + str(self.r.randint(1940, 2005))])
        return f"{local}@{self.c(self.INTL_DOMAINS if intl else self.DOMAINS)}"

    def url(self, name=None):
        p = self.slug(name or self.person_us())
        j = "".join(p)
        return self.c([f"https://www.caringbridge.org/visit/{j}", f"caringbridge.org/visit/{j}{self.r.randint(1, 9)}",
                       f"https://www.facebook.com/{'.'.join(p)}.{self.r.randint(10, 9999)}", f"facebook.com/{j}",
                       f"https://www.gofundme.com/f/help-{'-'.join(p)}-with-medical-bills", f"gofund.me/{self.r.randint(10**7, 10**8):x}",
                       f"https://www.linkedin.com/in/{'-'.join(p)}-{self.r.randint(100, 999)}", f"www.instagram.com/{'_'.join(p)}",
                       f"https://{j}.wordpress.com", f"http://www.{j}art.com", f"https://lotsahelpinghands.com/c/{self.r.randint(10**5, 10**6)}-{'-'.join(p)}",
                       f"tiktok.com/@{j}{self.r.randint(1, 99)}"])

    def ssn(self):
        r = self.r
        a = r.choice([x for x in range(1, 900) if x != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return self.c([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}-{g:02d}-{s:04d}"])

    def mrn(self, intl=False):
        r = self.r; L = string.ascii_uppercase
        if intl:
            return self.c([f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}",  # NHS
                           f"{r.randint(100000000, 999999999)}", f"CHI {r.randint(10**9, 10**10-1)}"[4:],
                           f"{self.c(L)}{r.randint(1000000, 9999999)}"])
        mbi = lambda: f"{r.randint(1, 9)}{self.c('ACDEFGHJKMNPQRTUVWXY')}{self.c('ACDEFGHJKMNPQRTUVWXY0123456789')}{r.randint(0, 9)}-{self.c('ACDEFGHJKMNPQRTUVWXY')}{self.c('ACDEFGHJKMNPQRTUVWXY0123456789')}{r.randint(0, 9)}-{self.c('ACDEFGHJKMNPQRTUVWXY')}{self.c('ACDEFGHJKMNPQRTUVWXY')}{r.randint(10, 99)}"
        return self.c([f"{r.randint(100000, 99999999):08d}", f"{self.c(L)}{self.c(L)}{r.randint(100000, 9999999)}",
                       mbi(), mbi().replace("-", ""), f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                       f"{self.c(L)}{r.randint(10**8, 10**9)}", f"{self.c(['XEH', 'JQU', 'W', 'U', 'ZGP'])}{r.randint(10**8, 10**9)}",
                       f"{r.randint(10**8, 10**9)}{self.c(L)}", f"E{r.randint(10**6, 10**7)}", f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"])

    MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    def dob(self, intl=False, cc=None):
        r = self.r
        y, m, d = r.randint(1926, 1975), r.randint(1, 12), r.randint(1, 28)
        if intl:
            if cc in ("JP", "CN"):
                return self.c([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])
            if cc == "KR":
                return self.c([f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}"])
            return self.c([f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {self.MONTHS[m-1][:3]} {y}", f"{d:02d}-{m:02d}-{y}"])
        mn = self.MONTHS[m - 1]
        return self.c([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}",
                       f"{mn[:3]}. {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y}", f"{m:02d}{d:02d}{y}", f"{d} {mn} {y}"])

    def iban(self, spaced=None, case=None):
        loc = self.c(["de_DE", "fr_FR", "en_GB", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_IE"])
        ib = self.f[loc].iban()
        spaced = self.r.random() < 0.55 if spaced is None else spaced
        if spaced:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        case = case or self.c(["upper", "upper", "upper", "lower"])
        return ib.lower() if case == "lower" else ib

    def card(self, valid=None):
        fk = self.f["en_US"]
        n = fk.credit_card_number(self.c(["visa16", "mastercard", "amex", "discover", "visa16"]))
        if valid is False or (valid is None and self.r.random() < 0.2):
            last = (int(n[-1]) + self.r.randint(1, 9)) % 10; n = n[:-1] + str(last)
        fmt = self.r.random()
        if len(n) == 16 and fmt < 0.45:
            n = " ".join(n[i:i + 4] for i in range(0, 16, 4))
        elif len(n) == 16 and fmt < 0.6:
            n = "-".join(n[i:i + 4] for i in range(0, 16, 4))
        elif len(n) == 15 and fmt < 0.5:
            n = f"{n[:4]} {n[4:10]} {n[10:]}"
        return n

    def routing(self):
        return self.f["en_US"].aba()

    def bank_acct(self):
        return str(self.r.randint(10**7, 10**12))

    def acct_bill(self):
        return self.c([str(self.r.randint(10**6, 10**9)), f"{self.r.randint(100, 999)}-{self.r.randint(10000, 99999)}-{self.r.randint(10, 99)}"])
