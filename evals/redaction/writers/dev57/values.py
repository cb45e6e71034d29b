"""Value generators for the template part of dev57 (my own formats, Faker for names and some street names)."""
import random, string
from faker import Faker
import helpers

SEED = 5757
LOCALES = ["en_US", "es_MX", "en_IN", "fil_PH", "vi_VN", "pl_PL", "it_IT", "de_DE", "fr_FR", "en_GB",
           "es_ES", "pt_BR", "nl_NL", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "en_CA"]


class Values:
    def __init__(self, seed=SEED):
        self.r = random.Random(seed)
        self.f = {}
        for i, loc in enumerate(LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.f[loc] = fk

    # ---------------- people ----------------
    US_CONTEXT_LOCALES = ["en_US"] * 9 + ["es_MX"] * 3 + ["en_IN", "fil_PH", "vi_VN", "pl_PL", "it_IT", "de_DE", "fr_FR", "pt_BR", "tr_TR", "en_GB"]
    WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "King", "Price", "Bishop", "Marsh", "Fox",
                     "Lane", "Wood", "Stone", "Rice", "Hunt", "Banks", "Bell", "Church", "Cross", "Frost", "Gay",
                     "Golden", "Holly", "Moody", "Street", "Strong", "Summers", "Wells", "White", "Woods"]
    WORD_GIVEN = ["Hope", "Faith", "Joy", "Will", "Grant", "June", "Rose", "Ivy", "Sunny", "Hunter", "Summer", "Dawn",
                  "Autumn", "Crystal", "Destiny", "Chase", "Pearl", "Bill", "Sue", "Mark"]
    NONLATIN = ["zh_CN", "ja_JP", "ko_KR", "hi_IN", "ar_SA", "ru_RU"]

    WORD_GIVEN_F = ["Hope", "Faith", "Joy", "June", "Rose", "Ivy", "Dawn", "Autumn", "Crystal", "Pearl", "Sue", "Summer"]
    WORD_GIVEN_M = ["Will", "Grant", "Hunter", "Chase", "Bill", "Mark", "Rusty", "Buck"]

    def first(self, loc=None, gender=None):
        loc = loc or self.r.choice(self.US_CONTEXT_LOCALES)
        gender = gender or self.r.choice("FM")
        if loc == "en_US" and self.r.random() < 0.06:
            return self.r.choice(self.WORD_GIVEN_F if gender == "F" else self.WORD_GIVEN_M)
        fk = self.f[loc]
        try:
            return fk.first_name_female() if gender == "F" else fk.first_name_male()
        except AttributeError:
            return fk.first_name()

    def last(self, loc=None):
        loc = loc or self.r.choice(self.US_CONTEXT_LOCALES)
        if loc == "en_US" and self.r.random() < 0.12:
            return self.r.choice(self.WORD_SURNAMES)
        return self.f[loc].last_name()

    def person(self, loc=None, gender=None):
        """(first, last, full) for a US-context Latin-script person."""
        loc = loc or self.r.choice(self.US_CONTEXT_LOCALES)
        gender = gender or self.r.choice("FM")
        fn = self.first(loc, gender)
        ln = self.gendered_last(self.f[loc], gender) if loc == "pl_PL" else self.last(loc)
        return fn, ln, fn + " " + ln

    def person_nonlatin(self, loc=None, gender=None):
        loc = loc or self.r.choice(self.NONLATIN)
        fk = self.f[loc]
        gender = gender or self.r.choice("FM")
        fn = fk.first_name_female() if gender == "F" else fk.first_name_male()
        ln = self.gendered_last(fk, gender)
        if loc in ("zh_CN",):
            full = ln + fn
        elif loc in ("ja_JP", "ko_KR"):
            full = ln + (" " if loc == "ja_JP" and self.r.random() < 0.6 else "") + fn
        else:
            full = fn + " " + ln
        return fn, ln, full, loc

    @staticmethod
    def gendered_last(fk, gender):
        if fk._locales[0] in ("ru_RU", "pl_PL"):
            try:
                return fk.last_name_female() if gender == "F" else fk.last_name_male()
            except AttributeError:
                pass
        return fk.last_name()

    def person_intl_latin(self, loc, gender=None):
        fk = self.f[loc]
        gender = gender or self.r.choice("FM")
        fn, ln = self.first(loc, gender), self.gendered_last(fk, gender)
        return fn, ln, fn + " " + ln

    def middle_initial(self):
        return self.r.choice(string.ascii_uppercase.replace("Q", "").replace("X", ""))

    # ---------------- US places ----------------
    US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"),
                 ("Albany", "NY", "122"), ("Reno", "NV", "895"), ("Boise", "ID", "837"), ("Macon", "GA", "312"),
                 ("Dayton", "OH", "454"), ("El Paso", "TX", "799"), ("Spokane", "WA", "992"), ("Duluth", "MN", "558"),
                 ("Lansing", "MI", "489"), ("Provo", "UT", "846"), ("Yonkers", "NY", "107"), ("Laredo", "TX", "780"),
                 ("Bangor", "ME", "044"), ("Billings", "MT", "591"), ("Fargo", "ND", "581"), ("Omaha", "NE", "681"),
                 ("Mobile", "AL", "366"), ("Hialeah", "FL", "330"), ("Santa Fe", "NM", "875"), ("Erie", "PA", "165"),
                 ("Peoria", "IL", "616"), ("Akron", "OH", "443"), ("Tacoma", "WA", "984"), ("Eugene", "OR", "974"),
                 ("Savannah", "GA", "314"), ("Shreveport", "LA", "711"), ("Knoxville", "TN", "379"), ("Toledo", "OH", "436"),
                 ("Lubbock", "TX", "794"), ("Wichita", "KS", "672"), ("Gary", "IN", "464"), ("Flint", "MI", "485"),
                 ("Camden", "NJ", "081"), ("Hartford", "CT", "061"), ("Providence", "RI", "029"), ("Burlington", "VT", "054"),
                 ("Charleston", "WV", "253"), ("Jackson", "MS", "392"), ("Little Rock", "AR", "722"), ("Des Moines", "IA", "503"),
                 ("Sioux Falls", "SD", "571"), ("Cheyenne", "WY", "820"), ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"),
                 ("Tucson", "AZ", "857"), ("Stockton", "CA", "952"), ("San Bernardino", "CA", "924"), ("Fort Wayne", "IN", "468"),
                 ("Paterson", "NJ", "075"), ("Lowell", "MA", "018"), ("Brockton", "MA", "024"), ("Durham", "NC", "277"),
                 ("Greensboro", "NC", "274"), ("Richmond", "VA", "232"), ("Baton Rouge", "LA", "708"), ("St. Paul", "MN", "551"),
                 ("Kansas City", "MO", "641"), ("Aurora", "CO", "800"), ("Pueblo", "CO", "810"), ("Chula Vista", "CA", "919"),
                 ("Brownsville", "TX", "785"), ("Scranton", "PA", "185"), ("Rochester", "NY", "146"), ("Lexington", "KY", "405")]
    STREET_NAMES = ["Oak", "Maple", "Main", "Washington", "Lincoln", "Cedar", "Elm", "Pine", "Walnut", "Park", "Lake",
                    "Hill", "Highland", "Jefferson", "Madison", "Franklin", "Chestnut", "Sunset", "Ridge", "Church",
                    "Willow", "Spring", "Center", "Mill", "River", "Broad", "Martin Luther King Jr", "Cesar Chavez",
                    "Dogwood", "Magnolia", "Sycamore", "Hickory", "Prospect", "Orchard", "Meadow", "Forest", "Union",
                    "Grand", "Cherry", "Jackson", "Adams", "Monroe", "Fairview", "Kossuth", "Quarry", "Canal", "Depot"]
    SUFFIXES = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
                "Ct", "Way", "Pl", "Terrace", "Cir", "Pkwy", "Hwy"]
    DIRS = ["N", "S", "E", "W", "N.", "W.", "NE", "SW"]

    def us_city(self):
        return self.r.choice(self.US_CITIES)

    def zip5(self, prefix):
        return prefix + "%02d" % self.r.randint(1, 99)

    def us_zip(self, prefix, plus4=None):
        z = self.zip5(prefix)
        if plus4 is None:
            plus4 = self.r.random() < 0.2
        return z + ("-%04d" % self.r.randint(1, 9999) if plus4 else "")

    def us_street(self):
        r = self.r
        name = r.choice(self.STREET_NAMES) if r.random() < 0.7 else self.f["en_US"].last_name()
        d = (r.choice(self.DIRS) + " ") if r.random() < 0.2 else ""
        num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 29999)]))
        return "%s %s%s %s" % (num, d, name, r.choice(self.SUFFIXES))

    def us_unit(self):
        r = self.r
        return r.choice(["Apt. %d%s" % (r.randint(1, 20), r.choice("ABCDEF")), "Apt %d" % r.randint(1, 40),
                         "Suite %d" % r.choice([100, 104, 110, 200, 210, 220, 305, 400, 1150]), "#%d" % r.randint(2, 40),
                         "Unit %s" % r.choice(["3", "12", "B", "4C", "210"]), "Apt %s" % r.choice(["2R", "1L", "3F"]),
                         "Ste %d" % r.randint(101, 450), "Lot %d" % r.randint(1, 80), "Fl 2"])

    def us_address(self, shape=None):
        """Whole US address as one string. shape: oneline / multiline / nostate_comma / city_state / po_box /
        military / rural."""
        r = self.r
        shape = shape or r.choice(["oneline"] * 7 + ["multiline"] * 2 + ["po_box", "military", "rural", "nocomma"])
        city, st, zp = self.us_city()
        z = self.us_zip(zp)
        if shape == "oneline":
            unit = (", " + self.us_unit()) if r.random() < 0.45 else ""
            if unit and r.random() < 0.3:
                unit = unit[1:]
            return "%s%s, %s, %s %s" % (self.us_street(), unit, city, st, z)
        if shape == "nocomma":
            unit = (" " + self.us_unit()) if r.random() < 0.4 else ""
            return "%s%s %s %s %s" % (self.us_street(), unit, city, st, z)
        if shape == "multiline":
            unit = ("\n" + self.us_unit()) if r.random() < 0.35 else (" " + self.us_unit() if r.random() < 0.4 else "")
            return "%s%s\n%s, %s %s" % (self.us_street(), unit, city, st, z)
        if shape == "po_box":
            box = r.choice(["PO Box", "P.O. Box", "Post Office Box", "PO BOX", "P O Box"]) + " %d" % r.randint(1, 9999)
            return "%s, %s, %s %s" % (box, city, st, z)
        if shape == "rural":
            rr = r.choice(["RR %d Box %d" % (r.randint(1, 6), r.randint(1, 300)),
                           "Rural Route %d, Box %d%s" % (r.randint(1, 9), r.randint(1, 400), r.choice(["", "A", "B"])),
                           "HC %d Box %d" % (r.randint(30, 80), r.randint(10, 900)),
                           "RR %d, Box %d" % (r.randint(1, 4), r.randint(1, 99))])
            return "%s, %s, %s %s" % (rr, city, st, z)
        if shape == "military":
            kind = r.choice(["PSC", "Unit", "CMR"])
            z = {"AE": "09%03d" % r.randint(0, 999), "AP": "96%03d" % r.randint(200, 699), "AA": "340%02d" % r.randint(0, 99)}
            mpo = r.choice(["APO", "APO", "FPO", "DPO"])
            st = r.choice(["AE", "AE", "AP", "AA"])
            sep = r.choice([", ", " ", "\n"])
            return "%s %d, Box %d%s%s %s %s" % (kind, r.randint(100, 9999), r.randint(1, 9999), sep, mpo, st, z[st])
        if shape == "city_state":
            return "%s, %s" % (city, st) if r.random() < 0.7 else "%s, %s %s" % (city, st, self.zip5(zp))
        raise ValueError(shape)

    # ---------------- US phones ----------------
    def us_digits(self):
        r = self.r
        area = r.choice(self.AREA_CODES)
        exch = "%d%d%d" % (r.randint(2, 9), r.randint(0, 9), r.randint(0, 9))
        if r.random() < 0.08:
            exch, line = "555", "01%02d" % r.randint(0, 99)
        else:
            line = "%04d" % r.randint(0, 9999)
        return area, exch, line

    AREA_CODES = ("201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231 234 239 240 248 251 252 "
                  "253 254 256 260 262 267 269 270 276 281 301 302 303 304 305 307 308 309 310 312 313 314 315 316 317 318 319 320 "
                  "321 323 325 330 331 334 336 337 339 347 351 352 360 361 385 386 401 402 404 405 406 407 408 409 410 412 413 414 "
                  "415 417 419 423 425 430 432 434 435 440 443 469 470 475 478 479 480 484 501 502 503 504 505 507 508 509 510 512 "
                  "513 515 516 517 518 520 530 540 541 559 561 562 563 567 570 571 573 574 575 580 585 586 601 602 603 605 606 607 "
                  "608 609 610 612 614 615 616 617 618 619 620 623 626 630 631 636 641 646 650 651 660 661 662 678 682 701 702 703 "
                  "704 706 707 708 712 713 714 715 716 717 718 719 720 724 727 731 732 734 740 754 757 760 763 765 769 770 772 773 "
                  "774 775 779 781 785 786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 "
                  "848 850 856 857 858 859 860 862 863 864 865 870 901 903 904 906 907 908 909 910 912 913 914 915 916 917 918 919 "
                  "920 925 928 931 936 937 940 941 947 949 951 952 954 956 970 971 972 973 978 979 980 985 989").split()

    def us_phone(self, fmt=None, ext=None):
        r = self.r
        a, e, l = self.us_digits()
        fmts = ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}", "+1 {a} {e} {l}", "1-{a}-{e}-{l}",
                "001-{a}-{e}-{l}", "+1 ({a}) {e}-{l}", "{a} {e} {l}", "({a}){e}-{l}", "+1-{a}-{e}-{l}", "1 ({a}) {e}-{l}",
                "{a}-{e}-{l}", "({a}) {e}-{l}", "{a}.{e}.{l}"]
        s = (fmt or r.choice(fmts)).format(a=a, e=e, l=l)
        if ext is None:
            ext = r.random() < 0.12
        if ext:
            s += r.choice([" x%d" % r.randint(10, 9999), " ext. %d" % r.randint(1, 999), " extension %d" % r.randint(1, 99),
                           " ext %d" % r.randint(100, 999), " x%d" % r.randint(2, 9), ", ext. %d" % r.randint(10, 400)])
        return s

    def vanity(self):
        r = self.r
        word = r.choice(["FIX-ROOF", "GO-TAXES", "CAKES-4U", "PLUMBER", "MY-LAWNS", "HVAC-NOW", "DOG-WALK", "BAKE-PIE"])
        return r.choice(["1-%s-%s" % (r.choice(["800", "888", "877", "866"]), word),
                         "(%s) %s" % (r.choice(["800", "888"]), word)])

    # ---------------- international places and phones ----------------
    INTL = {
        "GB": [("London", ["SW7", "N16", "E8", "SE15", "NW3", "W12"]), ("Manchester", ["M14", "M20", "M4"]), ("Leeds", ["LS6", "LS8"]),
               ("Bristol", ["BS8", "BS6", "BS3"]), ("Glasgow", ["G12", "G41"]), ("Cardiff", ["CF10", "CF24", "CF5"]),
               ("Brighton", ["BN2", "BN1"]), ("Norwich", ["NR2", "NR3"]), ("Sheffield", ["S10", "S11", "S7"]), ("Belfast", ["BT7", "BT9"]),
               ("Swansea", ["SA1", "SA2"]), ("York", ["YO10", "YO31"])],
        "DE": [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"), ("Stuttgart", "70"),
               ("Dresden", "01"), ("Bremen", "28"), ("Frankfurt am Main", "60")],
        "FR": [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Toulouse", "31"), ("Lille", "59"), ("Nantes", "44"),
               ("Bordeaux", "33"), ("Rennes", "35")],
        "ES": [("Madrid", "28"), ("Barcelona", "08"), ("Sevilla", "41"), ("Valencia", "46"), ("Zaragoza", "50"), ("Málaga", "29")],
        "IT": [("Roma", "00", "RM"), ("Milano", "20", "MI"), ("Torino", "10", "TO"), ("Bologna", "40", "BO"), ("Palermo", "90", "PA"), ("Bari", "70", "BA")],
        "NL": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"), ("Eindhoven", "56"), ("Groningen", "97")],
        "PL": [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6"), ("Lublin", "2")],
        "MX": [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"), ("Puebla", "Pue.", "72"),
               ("Mérida", "Yuc.", "97"), ("Oaxaca de Juárez", "Oax.", "68"), ("Tijuana", "B.C.", "22")],
        "BR": [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"), ("Recife", "PE", "5"),
               ("Salvador", "BA", "4"), ("Curitiba", "PR", "8"), ("Fortaleza", "CE", "6")],
        "CA": [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"),
               ("Calgary", "AB", "T"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B")],
        "IN": [("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"), ("Bengaluru", "Karnataka", "560"),
               ("Hyderabad", "Telangana", "500"), ("Kochi", "Kerala", "682"), ("Ahmedabad", "Gujarat", "380"),
               ("Lucknow", "Uttar Pradesh", "226"), ("Kolkata", "West Bengal", "700")],
    }
    GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road",
                  "Manor Way", "Kings Road", "Albert Street", "Windsor Close", "Orchard Grove", "The Crescent", "Elm Terrace"]
    IN_AREAS = ["Andheri East", "Kothrud", "Koramangala", "Banjara Hills", "Kakkanad", "Navrangpura", "Gomti Nagar", "Salt Lake"]
    MX_COLS = ["Col. Roma Norte", "Col. Del Valle", "Col. Americana", "Col. Centro", "Col. Chapultepec", "Col. Juárez"]
    MX_STREETS = ["Av. Juárez", "Calle Morelos", "Av. Hidalgo", "Calle 5 de Mayo", "Av. Reforma", "Calle Zaragoza", "Calle Independencia"]
    BR_BAIRROS = ["Vila Mariana", "Copacabana", "Savassi", "Boa Viagem", "Barra", "Batel", "Aldeota", "Pinheiros"]

    def intl_address(self, cc=None):
        r = self.r
        cc = cc or r.choice(["GB", "GB", "DE", "DE", "FR", "ES", "IT", "NL", "PL", "MX", "MX", "BR", "CA", "CA", "IN", "IN",
                             "JP", "CN", "KR", "RU"])
        if cc == "GB":
            city, outs = r.choice(self.INTL["GB"])
            pc = "%s %d%s" % (r.choice(outs), r.randint(1, 9), "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
            flat = ("Flat %d, " % r.randint(1, 12)) if r.random() < 0.3 else ""
            sep = r.choice([", ", "\n"])
            return cc, city, "%s%d %s%s%s%s%s" % (flat, r.randint(1, 180), r.choice(self.GB_STREETS), sep, city, sep if r.random() < 0.5 else " ", pc)
        if cc == "DE":
            city, p = r.choice(self.INTL["DE"])
            st = self.f["de_DE"].street_name()
            return cc, city, "%s %d, %s%03d %s" % (st, r.randint(1, 120), p, r.randint(0, 999), city)
        if cc == "FR":
            city, p = r.choice(self.INTL["FR"])
            st = self.f["fr_FR"].street_name()
            pc = p + ("0%02d" % r.randint(1, 20) if city == "Paris" else "%03d" % r.randint(0, 999))
            return cc, city, "%d%s %s, %s %s" % (r.randint(1, 140), r.choice([",", ""]), st, pc, city)
        if cc == "ES":
            city, p = r.choice(self.INTL["ES"])
            st = self.f["es_ES"].street_name()
            return cc, city, "%s %d, %dº %s, %s%03d %s" % (st, r.randint(1, 200), r.randint(1, 8), r.choice("ABCD"), p, r.randint(0, 999), city)
        if cc == "IT":
            city, p, prov = r.choice(self.INTL["IT"])
            st = self.f["it_IT"].street_name()
            return cc, city, "%s %d, %s1%02d %s %s" % (st, r.randint(1, 200), p, r.randint(0, 99), city, prov)
        if cc == "NL":
            city, p = r.choice(self.INTL["NL"])
            st = self.f["nl_NL"].street_name()
            pc = "%s%02d %s" % (p, r.randint(10, 99), "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
            return cc, city, "%s %d, %s %s" % (st, r.randint(1, 300), pc, city)
        if cc == "PL":
            city, p = r.choice(self.INTL["PL"])
            st = self.f["pl_PL"].street_name()
            return cc, city, "ul. %s %d/%d, %s%d-%03d %s" % (st, r.randint(1, 150), r.randint(1, 60), p, r.randint(0, 9), r.randint(0, 999), city)
        if cc == "MX":
            city, state, p = r.choice(self.INTL["MX"])
            pc = (p + "%04d" % r.randint(0, 9999))[:5] if len(p) == 1 else p + "%03d" % r.randint(0, 999)
            return cc, city, "%s %d, %s, C.P. %s, %s, %s" % (r.choice(self.MX_STREETS), r.randint(1, 2500), r.choice(self.MX_COLS), pc, city, state)
        if cc == "BR":
            city, uf, p = r.choice(self.INTL["BR"])
            st = r.choice(["Rua", "Av.", "Rua", "Travessa"]) + " " + self.f["pt_BR"].last_name() + (" " + self.f["pt_BR"].last_name() if r.random() < 0.4 else "")
            pc = "%s%04d-%03d" % (p, r.randint(0, 9999), r.randint(0, 999))
            return cc, city, "%s, %d, apto %d - %s, %s - %s, %s" % (st, r.randint(10, 3000), r.randint(11, 1204), r.choice(self.BR_BAIRROS), city, uf, pc)
        if cc == "CA":
            city, prov, L = r.choice(self.INTL["CA"])
            pc = "%s%d%s %d%s%d" % (L, r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9))
            unit = ("%d-" % r.randint(101, 2405)) if r.random() < 0.4 else ""
            return cc, city, "%s%d %s %s, %s, %s %s" % (unit, r.randint(10, 9999), r.choice(["Maple", "King", "Dundas", "Main", "Elgin", "Portage", "Robson", "Barrington"]),
                                                       r.choice(["St", "Ave", "Rd", "Blvd", "St W", "St E"]), city, prov, pc)
        if cc == "IN":
            city, state, p = r.choice(self.INTL["IN"])
            bldg = r.choice(["Shanti Apartments", "Sai Residency", "Green Park Society", "Lotus Towers"])
            return cc, city, "Flat %d, %s, %s, %s - %s%03d, %s" % (r.randint(101, 904), bldg, r.choice(self.IN_AREAS), city, p, r.randint(0, 99), state)
        if cc == "JP":
            a = self.f["ja_JP"].address()
            return cc, None, "〒%s %s" % (self.f["ja_JP"].zipcode(), a)
        if cc == "CN":
            return cc, None, self.f["zh_CN"].address()
        if cc == "KR":
            return cc, None, self.f["ko_KR"].street_address()
        if cc == "RU":
            return cc, None, "%s, %s, %s" % (r.choice(["Москва", "Санкт-Петербург", "Казань", "Новосибирск"]), self.f["ru_RU"].street_address(), self.f["ru_RU"].postcode())
        raise ValueError(cc)

    def intl_phone(self, cc=None):
        r = self.r
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        cc = cc or r.choice(["GB", "DE", "FR", "MX", "IN", "JP", "BR", "ES", "IT", "NL", "PL", "CN", "KR", "PH", "RU", "TR", "SA", "CA", "VN"])
        opts = {
            "GB": ["+44 20 7946 0%s" % d(3), "020 7946 0%s" % d(3), "07700 900%s" % d(3), "+44 7700 900%s" % d(3), "0161 496 0%s" % d(3), "+44 (0)113 496 0%s" % d(3)],
            "DE": ["+49 30 %s" % d(7), "030 %s" % d(8), "+49 151 %s" % d(8), "0171 %s" % d(7), "+49 (0)89 %s %s" % (d(3), d(4))],
            "FR": ["+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "06 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "01.%s.%s.%s.%s" % (d(2), d(2), d(2), d(2))],
            "MX": ["+52 55 %s %s" % (d(4), d(4)), "55 %s %s" % (d(4), d(4)), "+52 1 33 %s %s" % (d(4), d(4)), "(81) %s-%s" % (d(4), d(4))],
            "IN": ["+91 9%s %s" % (d(4), d(5)), "09%s %s" % (d(4), d(5)), "+91-22-%s-%s" % (d(4), d(4)), "+91 80 %s %s" % (d(4), d(4))],
            "JP": ["+81 3-%s-%s" % (d(4), d(4)), "03-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)), "+81 90 %s %s" % (d(4), d(4))],
            "BR": ["+55 11 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4)), "+55 (31) 3%s-%s" % (d(3), d(4))],
            "ES": ["+34 6%s %s %s" % (d(2), d(3), d(3)), "91 %s %s %s" % (d(3), d(2), d(2)), "6%s %s %s" % (d(2), d(3), d(3))],
            "IT": ["+39 06 %s %s" % (d(4), d(4)), "+39 3%s %s %s" % (d(2), d(3), d(4)), "02 %s %s" % (d(4), d(4))],
            "NL": ["+31 20 %s %s" % (d(3), d(4)), "06-%s" % d(8), "+31 6 %s %s" % (d(4), d(4))],
            "PL": ["+48 6%s %s %s" % (d(2), d(3), d(3)), "22 %s %s %s" % (d(3), d(2), d(2))],
            "CN": ["+86 13%s %s %s" % (d(1), d(4), d(4)), "010-%s %s" % (d(4), d(4)), "+86 21 %s %s" % (d(4), d(4))],
            "KR": ["+82 10-%s-%s" % (d(4), d(4)), "010-%s-%s" % (d(4), d(4)), "02-%s-%s" % (d(3), d(4))],
            "PH": ["+63 917 %s %s" % (d(3), d(4)), "0917 %s %s" % (d(3), d(4)), "+63 2 8%s %s" % (d(3), d(4))],
            "RU": ["+7 495 %s-%s-%s" % (d(3), d(2), d(2)), "8 (916) %s-%s-%s" % (d(3), d(2), d(2)), "+7 9%s %s-%s-%s" % (d(2), d(3), d(2), d(2))],
            "TR": ["+90 53%s %s %s %s" % (d(1), d(3), d(2), d(2)), "0532 %s %s %s" % (d(3), d(2), d(2))],
            "SA": ["+966 5%s %s %s" % (d(1), d(3), d(4)), "05%s %s %s" % (d(1), d(3), d(4))],
            "CA": ["+1 416 %s %s" % (d(3), d(4)), "+1 (604) %s-%s" % (d(3), d(4)), "+1 514-%s-%s" % (d(3), d(4))],
            "VN": ["+84 90 %s %s" % (d(3), d(4)), "091 %s %s" % (d(3), d(4))],
            "PT": ["+351 91%s %s %s" % (d(1), d(3), d(3)), "21 %s %s" % (d(3), d(4))],
            "BE": ["+32 4%s %s %s %s" % (d(2), d(2), d(2), d(2)), "02 %s %s %s" % (d(3), d(2), d(2))],
            "AT": ["+43 6%s %s" % (d(2), d(7)), "+43 1 %s %s" % (d(3), d(4))],
            "IE": ["+353 8%s %s %s" % (d(1), d(3), d(4)), "01 %s %s" % (d(3), d(4))],
            "CH": ["+41 7%s %s %s %s" % (d(1), d(3), d(2), d(2)), "044 %s %s %s" % (d(3), d(2), d(2))],
        }
        return cc, r.choice(opts[cc])

    # ---------------- numbers ----------------
    def ssn(self, fmt=None):
        r = self.r
        a = r.choice([n for n in range(1, 900) if n != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        fmt = fmt or r.choice(["{a}-{g}-{s}"] * 4 + ["{a} {g} {s}", "{a}{g}{s}"])
        return fmt.format(a="%03d" % a, g="%02d" % g, s="%04d" % s)

    MBI_LET = "ACDEFGHJKMNPQRTUVWXY"

    def mbi(self, dashed=None):
        r = self.r
        L = lambda: r.choice(self.MBI_LET)
        N = lambda: r.choice(string.digits)
        AN = lambda: r.choice(self.MBI_LET + string.digits)
        s = str(r.randint(1, 9)) + L() + AN() + N() + L() + AN() + N() + L() + L() + N() + N()
        if dashed is None:
            dashed = r.random() < 0.5
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s

    def mrn(self):
        """(label, value) pairs; label may be empty. The label is never part of the value."""
        r = self.r
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        U = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        opts = [("MRN", d(8)), ("MRN:", d(7)), ("MRN #", d(9)), ("mrn", d(8)), ("Chart #", "C-" + d(7)),
                ("chart no.", d(2) + "-" + d(6)), ("Member ID", U(3) + d(9)), ("member id:", U(1) + d(10)),
                ("Medicare ID", self.mbi()), ("Medicare #", self.mbi(True)), ("Medicaid ID", d(8) + U(1)),
                ("Medicaid #", U(2) + d(5) + U(1)), ("Patient ID", "P" + d(7)), ("MR#", d(6)), ("Acct/MRN", d(3) + "-" + d(3) + "-" + d(3)),
                ("health plan ID", U(3) + "-" + d(6) + "-" + d(2)), ("", d(8)), ("VA ID", d(10)), ("Kaiser MRN", d(8)),
                ("insurance ID", "W" + d(9))]
        return r.choice(opts)

    def intl_health_id(self, cc):
        """(label, value) for a non-US health number."""
        r = self.r
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        if cc == "GB":
            return r.choice(["NHS number", "NHS no.", "NHS #"]), "%s %s %s" % (d(3), d(3), d(4))
        if cc == "CA":
            return r.choice(["OHIP", "health card", "Health Card No."]), "%s-%s-%s-%s" % (d(4), d(3), d(3), "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)))
        if cc == "DE":
            return r.choice(["Versichertennummer", "KV-Nr."]), r.choice("ABCDEFGHKLMNPRSTUVWZ") + d(9)
        if cc == "FR":
            return r.choice(["n° de sécu", "numéro de sécurité sociale"]), "%s %s %s %s %s %s %s" % (r.choice("12"), d(2), d(2), d(2), d(3), d(3), d(2))
        if cc == "AU":
            return "Medicare card", "%s %s %s" % (d(4), d(5), d(1))
        return r.choice(["hospital no.", "patient no."]), d(8)

    def dob(self, intl=False, fmt=None):
        r = self.r
        y, m, dd = r.randint(1926, 1975), r.randint(1, 12), r.randint(1, 28)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        mab = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        if intl:
            fmts = ["%02d/%02d/%d" % (dd, m, y), "%02d.%02d.%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y), "%d %s %d" % (dd, mab[m - 1], y),
                    "%d-%02d-%02d" % (y, m, dd), "%02d-%02d-%d" % (dd, m, y)]
        else:
            fmts = ["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%d/%d/%02d" % (m, dd, y % 100), "%d-%d-%d" % (m, dd, y),
                    "%02d-%02d-%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd), "%s %d, %d" % (months[m - 1], dd, y),
                    "%s %d %d" % (mab[m - 1], dd, y), "%d %s %d" % (dd, mab[m - 1], y), "%s. %d, %d" % (mab[m - 1], dd, y),
                    "%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%02d/%02d/%02d" % (m, dd, y % 100)]
        return fmt or r.choice(fmts)

    # ---------------- accounts ----------------
    IBAN_CC = ["DE", "GB", "FR", "ES", "IT", "NL", "BE", "PL", "PT", "AT", "CH", "IE", "TR", "SA", "BR"]

    def iban(self, cc=None, shape=None):
        r = self.r
        cc = cc or r.choice(self.IBAN_CC)
        raw = helpers.make_iban(r, cc)
        shape = shape or r.choice(["spaced", "spaced", "plain", "lower_spaced", "lower_plain"])
        s = helpers.group4(raw) if "spaced" in shape else raw
        return s.lower() if shape.startswith("lower") else s

    def card(self, valid=None, sep=None):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
        prefix, length = {"visa": ("4", 16), "mc": (r.choice(["51", "52", "53", "54", "55", "2221"]), 16),
                          "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
        if valid is None:
            valid = r.random() < 0.75
        n = helpers.make_card(r, prefix, length, valid)
        sep = sep if sep is not None else r.choice([" ", " ", "-", ""])
        if kind == "amex":
            groups = [n[:4], n[4:10], n[10:]]
        else:
            groups = [n[i:i + 4] for i in range(0, 16, 4)]
        return kind, sep.join(groups)

    def bank_account(self):
        r = self.r
        return "".join(r.choice(string.digits) for _ in range(r.choice([8, 9, 10, 10, 12])))

    def routing(self):
        return helpers.make_routing(self.r)

    # ---------------- email / url ----------------
    US_DOMAINS = ["gmail.com"] * 5 + ["yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
                                      "att.net", "protonmail.com", "me.com", "verizon.net", "live.com", "msn.com", "charter.net"]
    INTL_DOMAINS = {"GB": ["btinternet.com", "yahoo.co.uk", "gmail.com"], "DE": ["gmx.de", "web.de", "t-online.de"],
                    "FR": ["orange.fr", "free.fr", "laposte.net"], "IT": ["libero.it", "virgilio.it"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
                    "MX": ["prodigy.net.mx", "hotmail.com"], "IN": ["rediffmail.com", "gmail.com"], "ES": ["telefonica.net", "hotmail.es"],
                    "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "o2.pl"], "KR": ["naver.com"], "CN": ["qq.com", "163.com"],
                    "RU": ["yandex.ru", "mail.ru"], "JP": ["docomo.ne.jp", "yahoo.co.jp"], "CA": ["rogers.com", "shaw.ca"]}

    @staticmethod
    def ascii_slug(s):
        import unicodedata
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()

    def email(self, fn, ln, cc=None):
        r = self.r
        f, l = self.ascii_slug(fn) or "mail", self.ascii_slug(ln) or "home"
        user = r.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}", "{l}.{f}", "{f}{l}{n}", "{f0}{l}{y}", "{f}.{l}{n}", "the{l}s", "{l}family", "{f}{y}"]).format(
            f=f, l=l, f0=f[0], n=r.randint(1, 99), y=r.randint(40, 99))
        dom = r.choice(self.INTL_DOMAINS[cc]) if cc else r.choice(self.US_DOMAINS)
        return user + "@" + dom

    def url_intl(self, fn, ln, cc):
        r = self.r
        f, l = self.ascii_slug(fn) or "x", self.ascii_slug(ln) or "y"
        pat = {"GB": ["https://www.justgiving.com/crowdfunding/{f}-{l}", "justgiving.com/page/{f}-{l}-{n}"],
               "FR": ["https://www.leetchi.com/c/{f}-{l}", "https://www.facebook.com/{f}.{l}.{n}"],
               "BR": ["https://www.vakinha.com.br/vaquinha/{f}-{l}", "instagram.com/{f}.{l}"],
               "DE": ["https://www.betterplace.me/{f}-{l}", "https://www.xing.com/profile/{F}_{L}"],
               "ES": ["https://www.gofundme.com/f/ayuda-para-{f}-{l}", "https://www.facebook.com/{f}{l}{n}"],
               "IN": ["https://www.ketto.org/fundraiser/{f}-{l}-{n}", "https://milaap.org/fundraisers/support-{f}-{l}"]}.get(cc, ["https://www.facebook.com/{f}.{l}.{n}"])
        return r.choice(pat).format(f=f, l=l, F=f.capitalize(), L=l.capitalize(), n=r.randint(10, 999))

    def url_fund(self, fn, ln):
        r = self.r
        f, l = self.ascii_slug(fn) or "x", self.ascii_slug(ln) or "y"
        return r.choice(["https://www.gofundme.com/f/{f}-{l}-medical-bills", "gofundme.com/f/help-{f}{l}", "https://gofund.me/{code}",
                         "https://www.caringbridge.org/visit/{f}{l}", "www.givesendgo.com/{f}{l}", "https://www.fundly.com/{f}-{l}-recovery"]).format(
            f=f, l=l, code="".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(8)))

    def url(self, fn, ln):
        r = self.r
        f, l = self.ascii_slug(fn) or "x", self.ascii_slug(ln) or "y"
        pat = r.choice(["https://www.caringbridge.org/visit/{f}{l}", "caringbridge.org/visit/{f}{l}{n}",
                        "https://www.gofundme.com/f/help-{f}-{l}", "gofundme.com/f/{f}-{l}-medical-fund",
                        "https://facebook.com/{f}.{l}.{n}", "www.facebook.com/{f}{l}", "https://www.instagram.com/{f}_{l}/",
                        "linkedin.com/in/{f}-{l}-{n}", "https://www.linkedin.com/in/{f}{l}", "http://{l}family.com",
                        "https://sites.google.com/view/{f}-{l}-updates", "{f}{l}.blogspot.com", "https://{f}{l}.substack.com",
                        "https://www.mealtrain.com/trains/{code}", "lotsahelpinghands.com/c/{n}{n}/{l}", "https://x.com/{f}{l}{n}",
                        "https://www.youtube.com/@{f}{l}", "www.{f}{l}.com", "https://{l}.photos/{f}", "https://linktr.ee/{f}.{l}",
                        "https://www.tiktok.com/@{f}.{l}{n}", "https://photos.app.goo.gl/{code}{code}", "www.{l}-{f}.net/blog",
                        "https://www.lotsahelpinghands.com/c/{n}{n}/", "https://www.giveforward.com/fundraiser/{code}/{f}-{l}"])
        return pat.format(f=f, l=l, n=r.randint(10, 999), code="".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(6)))
