"""Value factories for templates (Faker in many locales + own formatters). All values invented."""
import string
from faker import Faker
import gen

US_CITIES = [("Springfield", "IL"), ("Dayton", "OH"), ("Fresno", "CA"), ("Tulsa", "OK"), ("Macon", "GA"), ("Boise", "ID"),
    ("Yakima", "WA"), ("Laredo", "TX"), ("Duluth", "MN"), ("Bangor", "ME"), ("Lubbock", "TX"), ("Erie", "PA"),
    ("Mobile", "AL"), ("Provo", "UT"), ("Billings", "MT"), ("Flint", "MI"), ("Camden", "NJ"), ("Reno", "NV"),
    ("Albany", "NY"), ("Peoria", "IL"), ("Gainesville", "FL"), ("Roanoke", "VA"), ("Jackson", "MS"), ("Pueblo", "CO"),
    ("Salem", "OR"), ("Topeka", "KS"), ("Wichita", "KS"), ("Fargo", "ND"), ("Sioux Falls", "SD"), ("Lowell", "MA"),
    ("Hartford", "CT"), ("Akron", "OH"), ("El Paso", "TX"), ("Tacoma", "WA"), ("Savannah", "GA"), ("Shreveport", "LA"),
    ("Knoxville", "TN"), ("Lansing", "MI"), ("Cedar Rapids", "IA"), ("Anchorage", "AK"), ("Hilo", "HI"), ("Ogden", "UT"),
    ("Greenville", "SC"), ("Durham", "NC"), ("Chattanooga", "TN"), ("Joplin", "MO"), ("Paducah", "KY"), ("Yuma", "AZ"),
    ("Las Cruces", "NM"), ("Casper", "WY"), ("Rapid City", "SD"), ("Burlington", "VT"), ("Nashua", "NH"), ("Newark", "DE"),
    ("Silver Spring", "MD"), ("Huntington", "WV"), ("Kenosha", "WI"), ("Gary", "IN"), ("Little Rock", "AR"), ("Lincoln", "NE")]
STREET_BASE = ["Oak", "Maple", "Main", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Walnut", "Sunset",
    "Jefferson", "Lincoln", "Church", "Mill", "Ridge", "Spring", "Highland", "Chestnut", "Locust", "Magnolia", "Meadow",
    "2nd", "3rd", "5th", "12th", "Martin Luther King Jr", "Old Mill", "Cherry Hill", "Dogwood", "Hawthorne", "Sycamore"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct", "Way", "Pl", "Cir", "Ter", "Pkwy", "Hwy"]
UNITS = ["Apt 4B", "Apt. 12", "Apt 3", "Unit 7", "Suite 210", "#12", "# 5", "Apt 2R", "Ste 100", "Unit B", "Apt. 305", "Lot 14", "Trlr 9"]
AREA = ["205", "907", "480", "501", "213", "303", "860", "302", "305", "404", "808", "208", "312", "317", "319", "316", "502",
        "504", "207", "410", "617", "313", "612", "601", "314", "406", "402", "702", "603", "973", "505", "718", "919", "701",
        "614", "405", "503", "215", "401", "803", "605", "615", "512", "801", "802", "757", "206", "304", "414", "307", "787"]

# country -> faker locale, latin script?, IBAN country or None, phone formats (# = digit)
COUNTRIES = {
    "GB": ("en_GB", True, "GB", ["+44 20 7946 ####", "020 7946 ####", "+44 7700 9#####", "07700 9#####", "+44 161 496 ####", "0113 496 ####"]),
    "DE": ("de_DE", True, "DE", ["+49 30 #######", "030 ########", "+49 151 ########", "+49 (0)89 ######", "0221 #######"]),
    "FR": ("fr_FR", True, "FR", ["+33 1 ## ## ## ##", "01 ## ## ## ##", "+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 (0)4 ## ## ## ##"]),
    "ES": ("es_ES", True, "ES", ["+34 91# ### ###", "+34 6## ## ## ##", "93# ## ## ##", "0034 6## ### ###"]),
    "IT": ("it_IT", True, "IT", ["+39 06 #### ####", "+39 3## ### ####", "02 #### ####", "+39 011 ### ####"]),
    "NL": ("nl_NL", True, "NL", ["+31 20 ### ####", "06-########", "+31 6 ########", "010-#######"]),
    "PL": ("pl_PL", True, "PL", ["+48 22 ### ## ##", "+48 6## ### ###", "12 ### ## ##"]),
    "BR": ("pt_BR", True, "BR", ["+55 11 9####-####", "(21) 9####-####", "+55 (31) ####-####"]),
    "MX": ("es_MX", True, None, ["+52 55 #### ####", "+52 1 33 #### ####", "55 #### ####", "+52 (81) ####-####"]),
    "JP": ("ja_JP", False, None, ["+81 3-####-####", "03-####-####", "090-####-####", "+81 90-####-####", "06-####-####"]),
    "CN": ("zh_CN", False, None, ["+86 138 #### ####", "+86 10 #### ####", "139########", "021-########"]),
    "KR": ("ko_KR", False, None, ["+82 10-####-####", "010-####-####", "+82 2-###-####", "02-####-####"]),
    "IN": ("en_IN", True, None, ["+91 98### #####", "+91-22-####-####", "098## #####", "+91 70#########"]),
    "HI": ("hi_IN", False, None, ["+91 98### #####", "+91 11 #### ####"]),
    "RU": ("ru_RU", False, None, ["+7 495 ###-##-##", "+7 9## ###-##-##", "8 (9##) ###-##-##"]),
    "VN": ("vi_VN", True, None, ["+84 90 ### ####", "+84 28 #### ####", "09# ### ####"]),
    "AU": ("en_AU", True, None, ["+61 2 #### ####", "04## ### ###", "+61 4## ### ###", "(03) #### ####"]),
    "GR": ("el_GR", False, "GR", ["+30 210 ### ####", "+30 69# ### ####"]),
    "AT": ("de_AT", True, "AT", ["+43 1 #######", "+43 664 #######", "0662 ######"]),
    "CA": ("en_CA", True, None, ["+1 416 555 0###", "+1 (604) 555-0###"]),
    "TR": ("tr_TR", True, "TR", ["+90 212 ### ## ##", "+90 5## ### ## ##", "0532 ### ## ##"]),
    "SA": ("ar_SA", False, "SA", ["+966 5# ### ####", "+966 11 ### ####"]),
    "PH": ("en_PH", True, None, ["+63 917 ### ####", "0918 ### ####", "+63 2 8### ####"]),
}
TR_ADDR = ["Atatürk Cad. No: {n}, 06420 Çankaya/Ankara", "Bağdat Cad. No: {n} D: 4, 34730 Kadıköy/İstanbul", "Cumhuriyet Mah. {n}. Sok. No: 7, 35220 Konak/İzmir"]
SA_ADDR = ["{n} طريق الملك فهد، العليا، الرياض 12214", "{n} King Fahd Rd, Al Olaya, Riyadh 12214", "حي الروضة، شارع {n}، جدة 23435"]
PH_ADDR = ["{n} Rizal Avenue, Santa Cruz, Manila 1003", "Blk {n} Lot 7, Mabuhay St., Quezon City 1100", "{n} Osmeña Blvd, Cebu City 6000"]
CA_ADDR_LOC = ["en_CA", "fr_CA"]
WORD_FIRST = ["Will", "Rose", "Summer", "Hope", "Grant", "Bill", "Reed", "Faith", "Joy", "June", "Dawn", "Rich", "Drew", "Sky", "Honey", "Sunny", "Brooke", "Ivy", "Hunter", "Chase", "Autumn", "Crystal", "Frank"]
WORD_LAST = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "King", "Bell", "Wood", "Price", "Short", "Little", "Moody", "Strong", "Snow", "Fox", "Black", "Gay", "Hale", "Street", "Banks", "Church"]
US_FLAVOURS = ["en_US"] * 6 + ["es_MX", "vi_VN", "en_IN", "fil_PH", "it_IT", "pl_PL", "en_GB", "fr_FR"]


class V:
    def __init__(self, rng):
        self.rng = rng
        self.fk = {}

    def f(self, loc):
        if loc not in self.fk:
            self.fk[loc] = Faker(loc)
            self.fk[loc].seed_instance(self.rng.randint(0, 10**9))
        return self.fk[loc]

    def digits(self, pat):
        return "".join(self.rng.choice(string.digits) if c == "#" else c for c in pat)

    # ------------------------------------------------------------- people
    def us_name_parts(self):
        r = self.rng
        loc = r.choice(US_FLAVOURS)
        fk = self.f(loc)
        first = r.choice(WORD_FIRST) if r.random() < 0.2 else fk.first_name()
        last = r.choice(WORD_LAST) if r.random() < 0.2 else fk.last_name()
        return first, last

    def us_person(self, form=None):
        r = self.rng
        first, last = self.us_name_parts()
        form = form or r.choice(["full"] * 5 + ["first", "first", "last_first", "initial", "nick"])
        if form == "full": return f"{first} {last}"
        if form == "first": return first
        if form == "last": return last
        if form == "last_first": return f"{last.upper()}, {first.upper()} {r.choice(string.ascii_uppercase)}" if r.random() < .5 else f"{last}, {first} {r.choice(string.ascii_uppercase)}."
        if form == "initial": return f"{first} {r.choice(string.ascii_uppercase)}. {last}"
        if form == "nick": return r.choice(["Bubba", "Sissy", "Big Jim", "Tootie", "Junior", "Peaches", "Dee Dee", "Boo", "Skip", "Buddy"]) + " " + last
        return f"{first} {last}"

    def intl_person(self, cc):
        loc = COUNTRIES[cc][0] if cc != "PH" else "fil_PH"
        return self.f(loc).name()

    # ------------------------------------------------------------- places
    def us_street(self):
        r = self.rng
        num = str(r.choice([r.randint(1, 99), r.randint(100, 9999), r.randint(10000, 29999)]))
        d = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE "])
        return f"{num} {d}{r.choice(STREET_BASE + [self.f('en_US').last_name()])} {r.choice(SUFFIX)}"

    def us_city(self):
        r = self.rng
        if r.random() < 0.7:
            return r.choice(US_CITIES)
        return self.f("en_US").city(), self.f("en_US").state_abbr(include_territories=False)

    def zip(self):
        z = self.digits("#####")
        return z + "-" + self.digits("####") if self.rng.random() < 0.2 else z

    def us_address(self, kind=None):
        r = self.rng
        city, st = self.us_city()
        kind = kind or r.choice(["one"] * 6 + ["two", "two", "nocomma", "pobox", "rr", "military", "unitline"])
        street = self.us_street()
        unit = r.choice(UNITS) if r.random() < 0.4 else ""
        if kind == "one":
            return f"{street}{', ' + unit if unit else ''}, {city}, {st} {self.zip()}"
        if kind == "two":
            return f"{street}{' ' + unit if unit else ''}\n{city}, {st} {self.zip()}"
        if kind == "unitline":
            return f"{street}\n{unit or 'Apt 1'}\n{city}, {st} {self.zip()}"
        if kind == "nocomma":
            return f"{street} {unit + ' ' if unit else ''}{city} {st} {self.zip()}"
        if kind == "pobox":
            return f"{r.choice(['PO Box', 'P.O. Box', 'POB', 'Post Office Box'])} {r.randint(1, 9999)}, {city}, {st} {self.zip()}"
        if kind == "rr":
            return f"{r.choice(['RR', 'Rural Route', 'HC', 'Route'])} {r.randint(1, 9)} Box {r.randint(1, 400)}{r.choice(['', '', 'A', 'B'])}, {city}, {st} {self.zip()}"
        if kind == "military":
            a = r.choice([f"PSC {r.randint(100, 9999)}, Box {r.randint(1, 9999)}", f"Unit {r.randint(1000, 9999)} Box {r.randint(1, 9999)}",
                          f"CMR {r.randint(100, 999)} Box {r.randint(1, 9999)}", f"USNS {self.f('en_US').last_name()}", f"USS {self.f('en_US').last_name()}"])
            sep = r.choice([", ", "\n"])
            return f"{a}{sep}{r.choice(['APO', 'FPO', 'DPO'])} {r.choice(['AA', 'AE', 'AP'])} {r.choice(['09', '96', '34'])}{self.digits('###')}"
        return street

    def us_city_text(self):
        r = self.rng
        city, st = self.us_city()
        return r.choice([f"{city}, {st}", f"{city} {st}", city, f"{city}, {st} {self.zip()}"])

    def intl_address(self, cc):
        r = self.rng
        n = r.randint(1, 250)
        if cc == "TR": return r.choice(TR_ADDR).format(n=n)
        if cc == "SA": return r.choice(SA_ADDR).format(n=n)
        if cc == "PH": return r.choice(PH_ADDR).format(n=n)
        if cc == "HI": return self.f("hi_IN").address().replace("\n", ", ")
        if cc == "CA": return self.f(r.choice(CA_ADDR_LOC)).address().replace("\n", ", ")
        a = self.f(COUNTRIES[cc][0]).address()
        return a if r.random() < 0.25 else a.replace("\n", ", ")

    def intl_city(self, cc):
        return self.f(COUNTRIES[cc][0] if cc not in ("PH", "SA", "TR") else "en_GB").city() if cc not in ("PH", "SA", "TR") else self.rng.choice({"PH": ["Manila", "Cebu City", "Davao"], "SA": ["Riyadh", "Jeddah", "الرياض"], "TR": ["İzmir", "Ankara", "Bursa"]}[cc])

    # ------------------------------------------------------------- phones
    def us_phone(self, ext=None):
        r = self.rng
        a, e, l = r.choice(AREA), str(r.randint(2, 9)) + self.digits("##"), self.digits("####")
        if r.random() < 0.5: e = "555"
        fmt = r.choice(["({a}) {e}-{l}", "({a}) {e}-{l}", "{a}-{e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}", "+1 {a} {e} {l}",
                        "1-{a}-{e}-{l}", "001-{a}-{e}-{l}", "({a}){e}-{l}", "+1 ({a}) {e}-{l}", "{a} {e} {l}", "+1-{a}-{e}-{l}", "1 ({a}) {e}-{l}"])
        s = fmt.format(a=a, e=e, l=l)
        if ext or (ext is None and r.random() < 0.15):
            s += r.choice([f" x{r.randint(2, 9999)}", f" ext. {r.randint(1, 999)}", f" extension {r.randint(1, 9)}", f" ext {r.randint(10, 4999)}", f" Ext. {r.randint(1, 99)}", f"x{r.randint(10, 999)}"])
        return s

    def vanity(self):
        return self.rng.choice(["1-800-", "1-888-", "1-877-", "(866) ", "1-855-"]) + self.rng.choice(["FIX-ROOF", "BAKE-PIE", "4-DOGGIE", "MOW-LAWN", "GO-TILES", "TAX-HELP", "PLUMBER", "CAKE-4-U", "PAINT-IT", "HAUL-NOW"])

    def intl_phone(self, cc):
        return self.digits(self.rng.choice(COUNTRIES[cc][3]))

    # ------------------------------------------------------------- other ids
    def email(self, name=None, intl_cc=None):
        r = self.rng
        fk = self.f("en_US")
        base = (name or fk.name()).lower()
        base = "".join(c for c in base if c.isalnum() or c == " ").split() or ["user"]
        base = [b.encode("ascii", "ignore").decode() or "x" for b in base]
        user = r.choice([".".join(base), "".join(base) + str(r.randint(1, 99)), base[0][0] + base[-1], base[-1] + "_" + base[0], base[0] + str(r.randint(1940, 2005))])
        if intl_cc:
            dom = r.choice({"DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr"], "GB": ["btinternet.com", "yahoo.co.uk"],
                            "JP": ["yahoo.co.jp", "docomo.ne.jp"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"], "RU": ["mail.ru", "yandex.ru"],
                            "BR": ["uol.com.br", "bol.com.br"], "MX": ["prodigy.net.mx", "hotmail.com.mx"], "IN": ["rediffmail.com", "gmail.com"]}.get(intl_cc, ["gmail.com"]))
        else:
            dom = r.choice(["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "att.net", "sbcglobal.net", "protonmail.com"])
        return f"{user}@{dom}"

    def url(self, name=None):
        r = self.rng
        base = "".join(c for c in (name or self.f("en_US").name()).lower() if c.isalpha() or c == " ").split() or ["friend"]
        base = [b.encode("ascii", "ignore").decode() or "x" for b in base]
        return r.choice([f"https://www.facebook.com/{'.'.join(base)}.{r.randint(1, 99)}", f"facebook.com/{''.join(base)}",
                         f"https://www.caringbridge.org/visit/{''.join(base)}", f"gofundme.com/f/help-{'-'.join(base)}-{r.choice(['recover', 'surgery', 'cancer-fight', 'medical-bills'])}",
                         f"https://linkedin.com/in/{'-'.join(base)}-{r.randint(10, 999)}", f"instagram.com/{'_'.join(base)}", f"www.{''.join(base)}.com",
                         f"https://{base[-1]}family.blogspot.com", f"tiktok.com/@{''.join(base)}{r.randint(1, 99)}", f"https://www.mealtrain.com/trains/{base[-1]}{r.randint(100, 999)}",
                         f"http://{base[0]}{base[-1]}photography.net", f"x.com/{base[0]}_{base[-1]}"])

    def ssn(self):
        r = self.rng
        a = r.choice([x for x in range(1, 900) if x != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return r.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d%02d%04d", "%03d %02d %04d"]) % (a, g, s)

    def mbi(self):
        r = self.rng
        L = "ACDEFGHJKMNPQRTUVWXY"
        s = str(r.randint(1, 9)) + r.choice(L) + r.choice(L + string.digits) + r.choice(string.digits) + r.choice(L) + r.choice(L + string.digits) + r.choice(string.digits) + r.choice(L) + r.choice(L) + r.choice(string.digits) + r.choice(string.digits)
        return s if r.random() < .5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def mrn(self):
        """returns (label, value)"""
        r = self.rng
        kind = r.choice(["mrn", "mrn", "chart", "member", "medicare", "medicaid", "patient"])
        if kind == "mrn": return r.choice(["MRN", "MRN:", "MR#", "MRN #", "Med Rec No."]), r.choice([self.digits("########"), "E" + self.digits("#######"), self.digits("##-###-###"), self.digits("0000####"), "MR" + self.digits("######")])
        if kind == "chart": return r.choice(["chart #", "Chart No.", "chart number"]), r.choice([self.digits("####-####"), self.digits("######"), "C-" + self.digits("#####")])
        if kind == "member": return r.choice(["Member ID", "member id", "Member #", "ID#"]), r.choice(["".join(r.choice(string.ascii_uppercase) for _ in range(3)) + self.digits("#########"), "W" + self.digits("#########"), self.digits("###########")])
        if kind == "medicare": return r.choice(["Medicare #", "Medicare ID", "MBI", "Medicare number"]), self.mbi()
        if kind == "medicaid": return r.choice(["Medicaid ID", "Medicaid #", "medicaid no."]), r.choice([self.digits("########") + r.choice("ABCDEFG"), self.digits("##########"), "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + self.digits("#####") + r.choice("ABCDEFG")])
        return r.choice(["Patient ID", "Pt ID", "patient #"]), r.choice(["P-" + self.digits("#######"), self.digits("#########")])

    def dob(self, intl=False):
        r = self.rng
        fk = self.f("en_US")
        d = fk.date_of_birth(minimum_age=1, maximum_age=99)
        if intl:
            return r.choice([d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y"), d.strftime("%Y-%m-%d"), f"{d.day} {d.strftime('%B %Y')}", d.strftime("%d-%m-%Y")])
        return r.choice([d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.strftime('%y')}", d.strftime("%B %d, %Y").replace(" 0", " "), f"{d.month}-{d.day}-{d.year}",
                         d.strftime("%Y-%m-%d"), d.strftime("%b %d %Y"), f"{d.month}/{d.day}/{d.year}", d.strftime("%m.%d.%Y"), f"{d.strftime('%B')} {d.day}, {d.year}"])

    def iban(self, cc=None, fmt=None):
        if cc is None or gen.IBAN_SPECS.get(cc) is None:
            cc = self.rng.choice(list(gen.IBAN_SPECS))
        return gen.make_iban(self.rng, cc, fmt)

    def card(self):
        return gen.make_card(self.rng, valid=self.rng.random() < 0.88)

    def aba(self):
        return gen.make_aba(self.rng)

    def acct(self):
        return gen.make_bank_acct(self.rng)
