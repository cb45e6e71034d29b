"""Template half of handwritten_dev80.jsonl. Every template below was written for this file.
Values come from Faker (seeded) and from data_pools.py. A message that breaks a check_row()
rule (identifier inside a longer word, keep word overlapping an identifier ...) is drawn again."""
import random, re, unicodedata
from faker import Faker
from markup import parse, TOKEN
from validate import check_row
import data_pools as D

SEED = 8080


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(["en_US", "es_MX", "en_GB", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL",
                                 "pl_PL", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR",
                                 "vi_VN", "fil_PH", "es_ES", "en_IE", "pt_PT", "fr_CH", "de_AT"]):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fk[loc] = f

    # ---------- small helpers ----------
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def drug(self):
        return "{%s}" % self.c(D.DRUGS)

    def cond(self):
        return "{%s}" % self.c(D.CONDITIONS)

    def rel(self):
        return "{%s}" % self.c(D.RELATIONS)

    def rel_f(self):
        return "{%s}" % self.c(D.REL_F)

    def rel_m(self):
        return "{%s}" % self.c(D.REL_M)

    def org(self):
        return "{%s}" % self.c(D.ORGS)[0]

    # ---------- people ----------
    VI_GIVEN = ["Minh", "Lan", "Hoa", "Tuấn", "Thảo", "Huy", "Linh", "Quang", "Mai", "Phương", "Dũng", "Hạnh"]

    def us_name_parts(self):
        k = self.r.random()
        en = self.fk["en_US"]
        if k < 0.45:
            return en.first_name(), en.last_name()
        if k < 0.55:
            return en.first_name(), self.c(D.WORD_SURNAMES)
        if k < 0.63:
            return self.c(D.WORD_GIVEN), en.last_name()
        if k < 0.75:
            f = self.fk["es_MX"]
            return f.first_name(), f.last_name()
        if k < 0.80:
            return self.c(self.VI_GIVEN), self.fk["vi_VN"].last_name()
        loc = self.c(["fil_PH", "pl_PL", "it_IT", "pt_BR", "fr_FR", "de_DE", "tr_TR", "en_GB"])
        f = self.fk[loc]
        return f.first_name(), f.last_name()

    def us_person(self, form=None):
        first, last = self.us_name_parts()
        form = form or self.c(["full"] * 5 + ["first"] * 3 + ["title", "initial", "lower", "caps"])
        if form == "full":
            return "%s %s" % (first, last)
        if form == "first":
            return first
        if form == "title":
            return "%s %s" % (self.c(["Mrs.", "Mr.", "Ms.", "Mrs", "Mr", "Dr."]), last)
        if form == "initial":
            return "%s %s. %s" % (first, self.c("ABCDEFGHJKLMNPRSTW"), last)
        if form == "lower":
            return ("%s %s" % (first, last)).lower()
        if form == "caps":
            return ("%s %s" % (first, last)).upper()
        if form == "lastfirst":
            return "%s, %s" % (last, first)
        return "%s %s" % (first, last)

    INTL_NAME_LOCALES = {"UK": "en_GB", "FR": "fr_FR", "DE": "de_DE", "IT": "it_IT", "BR": "pt_BR",
                         "NL": "nl_NL", "PL": "pl_PL", "MX": "es_MX", "ES": "es_ES", "IN": "hi_IN",
                         "JP": "ja_JP", "CN": "zh_CN", "KR": "ko_KR", "PH": "fil_PH", "IE": "en_IE",
                         "CA": "en_US", "TR": "tr_TR", "RU": "ru_RU", "SA": "ar_SA", "VN": "vi_VN"}

    def intl_person(self, country):
        loc = self.INTL_NAME_LOCALES.get(country, "en_GB")
        f = self.fk[loc]
        if loc in ("zh_CN", "ko_KR"):
            return f.last_name() + f.first_name()
        if loc == "ja_JP":
            return f.last_name() + " " + f.first_name()
        if loc == "vi_VN":
            return f.last_name() + " " + self.c(self.VI_GIVEN)
        if loc == "hi_IN" and self.p(0.5):  # Indian names in Latin script too
            return self.c(["Priya", "Rahul", "Anjali", "Vikram", "Lakshmi", "Suresh", "Deepa", "Arjun",
                           "Meena", "Ravi"]) + " " + self.c(["Sharma", "Iyer", "Nair", "Reddy", "Patel",
                                                             "Menon", "Gupta", "Rao", "Pillai", "Das"])
        return f.first_name() + " " + f.last_name()

    def nonlatin_person(self):
        loc = self.c(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"])
        f = self.fk[loc]
        if loc in ("zh_CN", "ko_KR"):
            return f.last_name() + f.first_name()
        if loc == "ja_JP":
            return f.last_name() + " " + f.first_name()
        return f.first_name() + " " + f.last_name()

    # ---------- places ----------
    def zip5(self, st):
        lo, hi = D.ZIP_PREFIX[st]
        return "%03d%02d" % (self.r.randint(lo, hi), self.r.randint(1, 99))

    def city_text(self, city=None, mode=None):
        city, st, state = city or self.c(D.US_CITIES)
        mode = mode or self.c(["alone", "alone", "st", "st_nocomma", "state", "state_nocomma"])
        return {"alone": city, "st": "%s, %s" % (city, st), "st_nocomma": "%s %s" % (city, st),
                "state": "%s, %s" % (city, state), "state_nocomma": "%s %s" % (city, state)}[mode]

    def street_line(self, unit_prob=0.35):
        n = str(self.r.choice([self.r.randint(1, 99), self.r.randint(100, 999), self.r.randint(1000, 29999)]))
        d = self.c(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        s = "%s %s%s %s" % (n, d, self.c(D.STREET_NAMES), self.c(D.STREET_SUFFIX))
        if self.p(unit_prob):
            s += self.c([" ", ", "]) + self.c(D.UNITS)
        return s

    def us_address(self, city=None, multiline=None):
        city, st, state = city or self.c(D.US_CITIES)
        z = self.zip5(st)
        if self.p(0.15):
            z += "-" + self.digits(4)
        line2 = "%s, %s %s" % (city, st, z) if self.p(0.85) else "%s %s %s" % (city, st, z)
        multiline = self.p(0.4) if multiline is None else multiline
        return self.street_line() + ("\\n" if multiline else ", ") + line2

    def po_box(self):
        city, st, _ = self.c(D.US_CITIES)
        box = self.c(["PO Box %d", "P.O. Box %d", "Box %d", "POB %d"]) % self.r.randint(2, 9999)
        return "%s%s%s, %s %s" % (box, self.c([", ", "\\n"]), city, st, self.zip5(st))

    def rural_route(self):
        city, st, _ = self.c(D.US_CITIES)
        rr = self.c(["RR %d Box %d", "Rural Route %d, Box %d", "R.R. %d Box %d", "RR%d Box %d"]) % (
            self.r.randint(1, 9), self.r.randint(1, 400))
        return "%s, %s, %s %s" % (rr, city, st, self.zip5(st))

    def military(self):
        k = self.r.randint(0, 3)
        if k == 0:
            s = "PSC %d, Box %d, APO AE %s" % (self.r.randint(1000, 9999), self.r.randint(100, 9999),
                                               "09" + self.digits(3))
        elif k == 1:
            s = "Unit %d Box %d, DPO AP %s" % (self.r.randint(2000, 9999), self.r.randint(100, 9999),
                                              "96" + self.digits(3))
        elif k == 2:
            s = "CMR %d Box %d, APO AE %s" % (self.r.randint(400, 499), self.r.randint(1000, 9999),
                                             "09" + self.digits(3))
        else:
            s = "USS %s, FPO AP %s" % (self.c(["Nimitz", "Ronald Reagan", "America", "Tripoli"]),
                                       "96" + self.digits(3))
        return s if self.p(0.6) else s.replace(", APO", "\\nAPO").replace(", DPO", "\\nDPO").replace(", FPO", "\\nFPO")

    def intl_address(self, country=None):
        """Returns (address, city, country)."""
        country = country or self.c(["UK", "CA", "DE", "FR", "MX", "BR", "IT", "ES", "NL", "IN", "PH", "PL",
                                     "IE", "JP", "KR", "CN"])
        r, dg = self.r, self.digits
        L = D.INTL_CITIES[country]
        if country == "UK":
            city, pc = self.c(L)
            post = "%s%d %d%s" % (pc, r.randint(1, 29), r.randint(1, 9), self.c(["AB", "DP", "QT", "HX", "NW", "RB", "EJ", "LZ"]))
            a = "%d %s %s, %s %s" % (r.randint(1, 240), self.c(["Eldon", "Kingsley", "Albert", "Victoria", "Mill", "Station", "Oakfield", "Grove", "Chapel", "Beech"]),
                                    self.c(["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Terrace", "Gardens"]), city, post)
            if self.p(0.3):
                a = "Flat %d, " % r.randint(1, 40) + a
        elif country == "CA":
            city, prov, l0 = self.c(L)
            post = "%s%d%s %d%s%d" % (l0, r.randint(0, 9), self.c("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9), self.c("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9))
            a = "%d %s %s, %s, %s %s" % (r.randint(10, 9999), self.c(["Maple", "King", "Queen", "Dundas", "Rue Saint-Denis", "Portage", "Robson", "Barrington"]),
                                        self.c(["St", "Ave", "Rd", "Blvd"]), city, prov, post)
            if self.p(0.3):
                a = "Unit %d, " % r.randint(100, 2400) + a
        elif country == "DE":
            city, lo, hi = self.c(L)
            post = "%02d%03d" % (r.randint(lo, hi), r.randint(0, 999))
            street = self.c(["Lindenstraße", "Goethestr.", "Schillerweg", "Bahnhofstraße", "Hauptstr.",
                             "Gartenweg", "Kirchplatz", "Berliner Allee", "Rosenstraße", "Am Markt"])
            a = "%s %d, %s %s" % (street, r.randint(1, 180), post, city)
        elif country == "FR":
            city, dep = self.c(L)
            post = dep + "%03d" % (r.randint(1, 20) if city in ("Paris", "Lyon", "Marseille") else r.choice([0, 100, 200]))
            a = "%d%s %s %s, %s %s" % (r.randint(1, 150), self.c(["", ",", " bis,"]), self.c(["rue", "avenue", "boulevard", "place", "impasse"]),
                                      self.c(["des Lilas", "Victor Hugo", "de la République", "Pasteur", "Jean Jaurès", "du Moulin", "des Écoles"]), post, city)
        elif country == "MX":
            city, est = self.c(L)
            a = "%s %s %d%s, Col. %s, C.P. %s, %s, %s" % (self.c(["Calle", "Av.", "Privada", "Calz."]),
                                                        self.c(["Hidalgo", "Juárez", "Morelos", "Zaragoza", "Independencia", "5 de Mayo", "Allende"]),
                                                        r.randint(10, 2999), self.c(["", " Int. 4", " Depto. 12", "-B"]),
                                                        self.c(["Centro", "Americana", "Las Flores", "San Benito", "Del Valle", "Reforma"]), dg(5), city, est)
        elif country == "BR":
            city, uf = self.c(L)
            a = "Rua %s, %d%s, %s, %s - %s, CEP %s-%s" % (self.c(["das Flores", "Augusta", "XV de Novembro", "Sete de Setembro", "da Consolação", "Marechal Deodoro"]),
                                                          r.randint(10, 3000), self.c(["", ", apto 42", ", casa 2", ", bloco B apto 301"]),
                                                          self.c(["Centro", "Boa Vista", "Jardim América", "Savassi", "Moinhos de Vento"]), city, uf, dg(5), dg(3))
        elif country == "IT":
            city, prov = self.c(L)
            a = "Via %s %d, %s %s (%s)" % (self.c(["Roma", "Garibaldi", "Mazzini", "Dante", "Cavour", "Verdi", "dei Mille"]), r.randint(1, 200), dg(5), city, prov)
        elif country == "ES":
            city, pc = self.c(L)
            a = "Calle %s %d, %s, %s%s %s" % (self.c(["Mayor", "de Alcalá", "Real", "del Sol", "San Vicente", "Gran Vía"]), r.randint(1, 250),
                                             self.c(["2º A", "3º B", "bajo", "1º izq."]), pc, dg(3), city)
        elif country == "NL":
            (city,) = self.c(L)
            letters = "".join(self.c("ABCDEHJKLMNPRSTVWXZ") for _ in range(2))
            a = "%s %d, %d%s%s %s" % (self.c(["Oudegracht", "Kerkstraat", "Molenweg", "Dorpsstraat", "Stationsplein", "Lindenlaan"]),
                                     r.randint(1, 300), r.randint(1000, 9999), self.c([" ", " ", ""]), letters, city)
        elif country == "IN":
            city, p3 = self.c(L)
            a = "%d, %s, %s, %s - %d%03d" % (r.randint(1, 400), self.c(["MG Road", "Station Road", "Nehru Nagar", "Gandhi Chowk", "Lake View Layout", "Temple Street"]),
                                            self.c(["Koramangala", "Andheri East", "Kothrud", "Adyar", "Edappally", "Banjara Hills", "Salt Lake"]), city, p3, r.randint(1, 99))
        elif country == "PH":
            city, zc = self.c(L)
            a = "%d %s St., Brgy. %s, %s %d" % (r.randint(1, 999), self.c(["Rizal", "Mabini", "Bonifacio", "Luna", "Aguinaldo"]),
                                              self.c(["San Roque", "Poblacion", "Santo Niño", "Malinis", "Bagong Silang"]), city, zc + r.randint(0, 99))
        elif country == "PL":
            city, p2 = self.c(L)
            a = "ul. %s %d/%d, %s-%s %s" % (self.c(["Długa", "Krakowska", "Mickiewicza", "Polna", "Kościuszki", "Ogrodowa"]), r.randint(1, 120),
                                           r.randint(1, 40), p2, dg(3), city)
        elif country == "IE":
            city, rk = self.c(L)
            a = "%d %s, %s, %s %s" % (r.randint(1, 90), self.c(["Clonard Road", "Main Street", "Church View", "Castle Park", "Mill Lane"]), city, rk,
                                     "".join(self.c("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        elif country == "JP":
            city, p3 = self.c(L)
            a = "〒%s-%s %s %d-%d-%d" % (p3, dg(4), city, r.randint(1, 9), r.randint(1, 30), r.randint(1, 20))
        elif country == "KR":
            city, p2 = self.c(L)
            a = "%s %s %d, %s%s" % (city, self.c(["월드컵로", "해운대로", "동대구로", "컨벤시아대로"]), r.randint(1, 400), p2, dg(3))
        else:  # CN
            city, p3 = self.c(L)
            a = "%s %s%d号, %s%s" % (city, self.c(["张杨路", "建国路", "天河路", "人民南路"]), r.randint(1, 900), p3, dg(3))
        return a, city, country

    def intl_postcode(self):
        """Returns (postcode, country, a city that fits it)."""
        k = self.r.randint(0, 5)
        r = self.r
        if k == 0:
            city, pc = self.c(D.INTL_CITIES["UK"])
            return "%s%d %d%s" % (pc, r.randint(1, 20), r.randint(1, 9), self.c(["QT", "RB", "AB", "DP", "HX"])), "UK", city
        if k == 1:
            city, prov, l0 = self.c(D.INTL_CITIES["CA"])
            return "%s%d%s %d%s%d" % (l0, r.randint(1, 9), self.c("ABCEGHJ"), r.randint(0, 9), self.c("KLMNPR"), r.randint(0, 9)), "CA", city
        if k == 2:
            city, lo, hi = self.c(D.INTL_CITIES["DE"])
            return "%02d%03d" % (r.randint(lo, hi), r.randint(0, 999)), "DE", city
        if k == 3:
            (city,) = self.c(D.INTL_CITIES["NL"])
            return "%d %s" % (r.randint(1000, 9999), "".join(self.c("ABDEHKLMNPRST") for _ in range(2))), "NL", city
        if k == 4:
            city, uf = self.c(D.INTL_CITIES["BR"])
            return "CEP %s-%s" % (self.digits(5), self.digits(3)), "BR", city
        city, p3 = self.c(D.INTL_CITIES["IN"])
        return "%d%03d" % (p3, r.randint(1, 99)), "IN", city

    # ---------- numbers ----------
    def us_phone(self, ext_prob=0.12):
        a = self.r.choice([n for n in range(201, 990) if n % 100 != 11 and n // 100 not in (0, 1)])
        e = self.r.randint(201, 989)
        l = "%04d" % self.r.randint(0, 9999)
        shape = self.c(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}", "+1 {a} {e} {l}",
                        "1-{a}-{e}-{l}", "001-{a}-{e}-{l}", "+1 ({a}) {e}-{l}", "{a} {e} {l}", "({a}){e}-{l}",
                        "+1-{a}-{e}-{l}", "{a}-{e}-{l}"])
        s = shape.format(a=a, e=e, l=l)
        if self.p(ext_prob):
            s += self.c([" x%d" % self.r.randint(10, 9999), " ext. %d" % self.r.randint(1, 999),
                         " extension %d" % self.r.randint(1, 9), " ext %d" % self.r.randint(100, 999)])
        return s

    def vanity(self):
        return "1-%s-%s" % (self.c(["800", "888", "877", "866", "855"]), self.c(D.VANITY))

    def intl_phone(self, country):
        d = self.digits
        r = self.r
        opts = {
            "UK": ["+44 20 7946 0%s" % d(3), "020 7946 0%s" % d(3), "+44 7700 900%s" % d(3), "07700 900%s" % d(3),
                   "+44 161 496 0%s" % d(3), "0113 496 0%s" % d(3)],
            "DE": ["+49 30 %s" % d(7), "030 %s" % d(7), "+49 151 %s" % d(8), "0151 %s" % d(8), "+49 89 %s %s" % (d(4), d(3))],
            "FR": ["+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "01 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
                   "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "06 %s %s %s %s" % (d(2), d(2), d(2), d(2))],
            "MX": ["+52 55 %s %s" % (d(4), d(4)), "+52 33 %s %s" % (d(4), d(4)), "55 %s %s" % (d(4), d(4)), "+52 1 81 %s %s" % (d(4), d(4))],
            "IN": ["+91 98%s %s" % (d(3), d(5)), "098%s %s" % (d(3), d(5)), "+91-9%s" % d(9), "+91 80 %s %s" % (d(4), d(4))],
            "JP": ["+81 3-%s-%s" % (d(4), d(4)), "03-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)), "+81 90-%s-%s" % (d(4), d(4))],
            "BR": ["+55 11 9%s-%s" % (d(4), d(4)), "(11) 9%s-%s" % (d(4), d(4)), "+55 21 9%s %s" % (d(4), d(4))],
            "IT": ["+39 06 %s %s" % (d(4), d(4)), "+39 3%s %s %s" % (d(2), d(3), d(4)), "02 %s %s" % (d(4), d(4))],
            "ES": ["+34 6%s %s %s" % (d(2), d(3), d(3)), "91 %s %s %s" % (d(3), d(2), d(2)), "+34 93 %s %s %s" % (d(3), d(2), d(2))],
            "NL": ["+31 6 %s %s" % (d(4), d(4)), "020 %s %s" % (d(3), d(4)), "+31 20 %s %s" % (d(3), d(4))],
            "PH": ["+63 917 %s %s" % (d(3), d(4)), "0917 %s %s" % (d(3), d(4)), "+63 2 8%s %s" % (d(3), d(4))],
            "KR": ["+82 10-%s-%s" % (d(4), d(4)), "010-%s-%s" % (d(4), d(4)), "+82 2-%s-%s" % (d(3), d(4))],
            "CN": ["+86 13%s %s %s" % (d(1), d(4), d(4)), "139 %s %s" % (d(4), d(4)), "+86 21 %s %s" % (d(4), d(4))],
            "PL": ["+48 %s %s %s" % (d(3), d(3), d(3)), "+48 12 %s %s %s" % (d(3), d(2), d(2))],
            "IE": ["+353 87 %s %s" % (d(3), d(4)), "087 %s %s" % (d(3), d(4)), "+353 1 %s %s" % (d(3), d(4))],
            "CA": ["+1 416 %s %s" % (d(3), d(4))],
            "TR": ["+90 5%s %s %s %s" % (d(2), d(3), d(2), d(2))],
        }
        return self.c(opts.get(country, opts["UK"]))

    def email(self, first, last, intl=None):
        f, l = ascii_slug(first) or "fam", ascii_slug(last) or "care"
        user = self.c(["%s.%s" % (f, l), "%s%s%d" % (f, l, self.r.randint(1, 99)), "%s%s" % (f[0], l),
                       "%s_%s" % (l, f), "%s.%s%d" % (f, l, self.r.randint(1940, 2005)), "%s%s" % (f, l[0])])
        if intl:
            dom = self.c({"UK": ["btinternet.com", "yahoo.co.uk", "gmail.com"], "DE": ["gmx.de", "web.de", "t-online.de"],
                          "FR": ["orange.fr", "free.fr", "laposte.net"], "IT": ["libero.it", "alice.it"],
                          "BR": ["uol.com.br", "gmail.com", "bol.com.br"], "MX": ["prodigy.net.mx", "hotmail.com"],
                          "IN": ["rediffmail.com", "gmail.com"], "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"],
                          "JP": ["yahoo.co.jp", "docomo.ne.jp"], "NL": ["ziggo.nl", "kpnmail.nl"], "ES": ["telefonica.net", "gmail.com"],
                          "PL": ["wp.pl", "onet.pl"], "IE": ["eircom.net", "gmail.com"], "PH": ["yahoo.com.ph", "gmail.com"],
                          "CA": ["rogers.com", "shaw.ca"]}.get(intl, ["gmail.com"]))
        else:
            dom = self.c(["gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com",
                          "hotmail.com", "comcast.net", "att.net", "sbcglobal.net", "verizon.net", "protonmail.com"])
        return "%s@%s" % (user, dom)

    URL_KINDS = {"updates": [0, 1, 10, 15, 11], "fund": [2, 3, 14, 10], "social": [4, 5, 9, 12, 8, 11],
                 "work": [6, 7, 8, 14]}

    def url(self, first, last, kind=None):
        f, l = ascii_slug(first) or "our", ascii_slug(last) or "family"
        n = self.r.randint(2, 99)
        opts = [
            "https://www.caringbridge.org/visit/%s%s" % (f, l),
            "caringbridge.org/visit/%s%s%d" % (f, l, n),
            "https://www.gofundme.com/f/%s-%s-%s" % (self.c(["help", "support", "stand-with"]), f, l),
            "gofundme.com/f/%s%s-%s" % (f, l, self.c(["medical-bills", "recovery-fund", "kidney-fund", "cancer-fight"])),
            "www.facebook.com/%s.%s.%d" % (f, l, n),
            "facebook.com/%s%s" % (f, l),
            "https://www.linkedin.com/in/%s-%s-%s" % (f, l, "%x" % self.r.randint(4096, 65535)),
            "https://%s%s.com" % (f, l),
            "www.%s%sphotography.com" % (f, l),
            "instagram.com/%s_%s%d" % (f, l, n),
            "https://www.mealtrain.com/trains/%s-%s-family" % (f, l),
            "https://%s%s.wordpress.com" % (f, l),
            "https://www.youtube.com/@%s%s" % (f, l),
            "https://www.legacy.com/us/obituaries/name/%s-%s-obituary" % (f, l),
            "venmo.com/u/%s-%s-%d" % (first.split()[0], last.split()[-1], n) if ascii_slug(first) == first.lower() and ascii_slug(last) == last.lower() else "https://%s-%s.org" % (f, l),
            "https://www.lotsahelpinghands.com/c/%d/%s-%s" % (self.r.randint(600000, 999999), f, l),
        ]
        if kind:
            return opts[self.c(self.URL_KINDS[kind])]
        return self.c(opts[:13] + opts[14:])

    def ssn(self):
        s = self.fk["en_US"].ssn()
        k = self.r.randint(0, 3)
        if k == 1:
            s = s.replace("-", "")
        elif k == 2:
            s = s.replace("-", " ")
        return s

    def mrn(self):
        d, r = self.digits, self.r
        return self.c([
            ("MRN", d(8)), ("MRN:", d(7)), ("MR#", d(6)), ("chart #", "%s-%s" % (self.c("ABCHKM"), d(5))),
            ("chart number", d(9)), ("member ID", "%s%s" % ("".join(self.c("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), d(9))),
            ("Medicare ID", self.mbi()), ("Medicare #", self.mbi().replace("-", "")), ("Medicaid ID", d(10)),
            ("Medicaid #", "MCD %s" % d(9)), ("patient ID", "PT-%s" % d(7)), ("hospital number", d(7)),
            ("MRN", "%s-%s-%s" % (d(2), d(2), d(4))), ("Kaiser MRN", d(8)), ("VA ID", d(10)),
            ("health plan ID", "%s%s" % (self.c(["W", "XH", "ZGP", "JQU"]), d(9))), ("", d(8)),
        ])

    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        A = L + "0123456789"
        r = self.r
        s = "%d%s%s%d%s%s%d%s%s%d%d" % (r.randint(1, 9), self.c(L), self.c(A), r.randint(0, 9), self.c(L), self.c(A),
                                         r.randint(0, 9), self.c(L), self.c(L), r.randint(0, 9), r.randint(0, 9))
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if self.p(0.6) else s

    def dob(self, intl=False):
        dt = self.fk["en_US"].date_of_birth(minimum_age=0, maximum_age=100)
        if intl:
            fmt = self.c(["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%-d %B %Y", "%Y-%m-%d"])
        else:
            fmt = self.c(["%m/%d/%Y", "%-m/%-d/%y", "%Y-%m-%d", "%B %-d, %Y", "%b %-d %Y", "%m-%d-%Y",
                          "%-m/%-d/%Y", "%b. %-d, %Y", "%-d %b %Y", "%m/%d/%y"])
        return dt.strftime(fmt)

    def dob_label(self):
        return self.c(["DOB", "DOB:", "D.O.B.", "born", "b.", "birthday", "date of birth", "Birthdate:", "dob"])

    def iban(self):
        loc = self.c(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_GB", "pl_PL", "pt_PT", "tr_TR", "fr_CH",
                      "de_AT", "en_IE"])
        s = self.fk[loc].iban()
        if self.p(0.55):
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if self.p(0.2):
            s = s.lower()
        return s, loc

    def card(self):
        typ = self.c(["visa16", "mastercard", "amex", "discover", "visa16"])
        n = self.fk["en_US"].credit_card_number(card_type=typ)
        if self.p(0.2):  # not Luhn-valid: still a card number typed by a person
            n = n[:-1] + str((int(n[-1]) + 3) % 10)
        k = self.r.randint(0, 2)
        if k == 1:
            n = " ".join(n[i:i + 4] for i in range(0, len(n), 4)) if len(n) == 16 else "%s %s %s" % (n[:4], n[4:10], n[10:])
        elif k == 2:
            n = "-".join(n[i:i + 4] for i in range(0, len(n), 4)) if len(n) == 16 else "%s-%s-%s" % (n[:4], n[4:10], n[10:])
        label = {"visa16": ["visa", "Visa", "card", "credit card", "cc"], "mastercard": ["Mastercard", "MC", "card", "debit card"],
                 "amex": ["Amex", "AmEx card", "card"], "discover": ["Discover", "card", "cc"]}[typ]
        return n, self.c(label)

    def routing(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.r.choice([0, 1, 2, 3])
            for c in range(10):
                dd = d + [c]
                if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                    return "".join(map(str, dd))

    def bank_acct(self):
        return self.digits(self.r.randint(8, 12))


# ---------- transforms on markup (only the text outside and inside tokens, never the codes) ----------
def map_markup(markup, fn):
    out, pos = [], 0
    for m in TOKEN.finditer(markup):
        out.append(fn(markup[pos:m.start()]))
        if m.group(1):
            out.append("<%s:%s>" % (m.group(1), fn(m.group(2))))
        else:
            out.append("{%s}" % fn(m.group(3)))
        pos = m.end()
    out.append(fn(markup[pos:]))
    return "".join(out)


def upper_m(markup):
    return map_markup(markup, lambda s: s.upper().replace("\\N", "\\n"))


def lower_m(markup):
    return map_markup(markup, lambda s: s.lower())


MISSPELL = {"because": "becuase", "tomorrow": "tommorow", "medicine": "medicen", "appointment": "appointmnet",
            "pharmacy": "pharmacey", "please": "pls", "doctor": "docter", "address": "adress", "really": "realy",
            "their": "thier", "hospital": "hospitl", "schedule": "schedual", "thanks": "thx", "received": "recieved",
            "definitely": "definately", "until": "untill", "know": "kno", "you": "u", "your": "ur",
            "though": "tho", "number": "numbr", "morning": "mornin", "forgot": "forgt", "again": "agian",
            "should": "shuold", "probably": "prolly", "through": "thru", "sister": "sistr", "where": "were"}


def typo_m(markup, rng):
    def fn(s):
        def w(m):
            word = m.group(0)
            lw = word.lower()
            if lw in MISSPELL and rng.random() < 0.7:
                return MISSPELL[lw]
            if len(word) >= 5 and rng.random() < 0.18:
                i = rng.randint(1, len(word) - 2)
                k = rng.randint(0, 2)
                if k == 0:
                    return word[:i] + word[i + 1] + word[i] + word[i + 2:]
                if k == 1:
                    return word[:i] + word[i + 1:]
                return word[:i] + word[i] + word[i:]
            return word
        # do not touch the line-break escape
        parts = s.split("\\n")
        return "\\n".join(re.sub(r"[A-Za-z]+", w, p) for p in parts)
    return map_markup_plain(markup, fn)


def map_markup_plain(markup, fn):
    out, pos = [], 0
    for m in TOKEN.finditer(markup):
        out.append(fn(markup[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fn(markup[pos:]))
    return "".join(out)


# ---------- the templates ----------
class T(Gen):
    def who(self):
        """a relation keep word or a US name identifier"""
        return self.rel() if self.p(0.45) else "<P:%s>" % self.us_person(self.c(["first", "first", "full", "title"]))

    def us_place(self):
        return "<L:%s>" % self.city_text()

    def any_place(self, intl_prob=0.25):
        if self.p(intl_prob):
            if self.p(0.2):
                return "<l:%s>" % self.c(D.NONLATIN_PLACES)
            return "<l:%s>" % self.c(D.INTL_CITY_NAMES)
        return self.us_place()

    def clinical_tail(self):
        rel = self.rel()
        return self.c([
            "%s has %s and takes %s." % (rel, self.cond(), self.drug()),
            "%s's %s needs refilling before the move." % (rel, self.drug()),
            "Whoever is closest takes %s to the %s appointments." % (rel, self.cond()),
            "%s is on %s, so the fridge matters." % (rel, self.c(["{insulin}", "{Ozempic}", "{Lantus}", "{Humira}", "{Trulicity}"])),
            "%s's %s was up again this week." % (rel, "{%s}" % self.c(D.LABS)),
            "We share the %s pickups at %s." % (self.drug(), "{%s}" % self.c(["Walgreens", "CVS", "Walmart", "Kroger", "Publix", "Rite Aid", "H-E-B"])),
            "%s has %s on %s." % (rel, "{%s}" % self.c(["dialysis", "physical therapy", "chemo", "wound care", "infusion", "PT"]), "{%s}" % self.c(D.WEEKDAYS)),
        ])

    # --- place-heavy templates ---
    def t_family_list(self):
        head = self.c(["Where everyone lives:", "family addresses for the binder", "Who's where (for the nurse):",
                       "Contact map", "FAMILY / LOCATIONS", "where we all are now", "Siblings + cities",
                       "Care team (family) and where they are"])
        lines = []
        for i in range(self.r.randint(3, 5)):
            who = self.who()
            place = self.any_place(0.2)
            fmt = self.c(["- %s: %s", "%s - %s", "%s (%s)", "* %s in %s", "%d. %%s, %%s" % (i + 1)])
            line = fmt % (who, place)
            if self.p(0.25):
                line += " " + "<T:%s>" % self.us_phone(0)
            lines.append(line)
        body = "\\n".join([head] + lines + [self.clinical_tail()])
        if self.p(0.2):
            return "lower_case", lower_m(body)
        return "list", body

    def t_moving(self):
        name = self.us_person(self.c(["full", "first", "title"]))
        a, b = self.c(D.US_CITIES), self.c(D.US_CITIES)
        addr = self.us_address(city=b)
        s = self.c([
            "<P:%s> is moving from <L:%s> to <L:%s> on the %dth. New address: <L:%s>. Please update %s. %s refills should go to a pharmacy there." ,
            "Heads up, <P:%s> moved from <L:%s> to <L:%s> last week. Mail goes to <L:%s> now. %s has the old one. %s is due soon.",
            "We got <P:%s> out of <L:%s> and into <L:%s>, the address is <L:%s>. Can %s send the %s there?",
        ])
        fill = [name, self.city_text(a), self.city_text(b)]
        if "%dth" in s:
            fill.append(self.r.randint(4, 28))
        fill += [addr, self.org(), self.drug()]
        body = s % tuple(fill)
        k = self.r.random()
        if k < 0.25:
            return "lower_case", lower_m(body)
        if k < 0.45:
            return "all_caps", upper_m(body)
        return "general_text", body

    def t_address_form(self):
        first, last = self.us_name_parts()
        lines = ["Change of address", "Patient: <P:%s %s>" % (first, last)]
        if self.p(0.5):
            lines.append("%s <D:%s>" % (self.c(["DOB:", "Date of birth:", "Birthdate:"]), self.dob()))
        lines.append("Old address: <L:%s>" % self.us_address(multiline=False))
        lines.append("New address:\\n<L:%s>" % self.us_address(multiline=True))
        if self.p(0.6):
            lines.append("Phone: <T:%s>" % self.us_phone())
        if self.p(0.4):
            lines.append("Email: <E:%s>" % self.email(first, last))
        lines.append("Reason: closer to %s for %s care" % (self.rel(), self.cond()))
        return "form", "\\n".join(lines)

    def t_intl_relative(self):
        country = self.c(["UK", "CA", "DE", "FR", "MX", "BR", "IT", "ES", "NL", "IN", "PH", "PL", "IE", "JP", "KR", "CN"])
        addr, city, _ = self.intl_address(country)
        name = self.intl_person(country)
        rel = self.rel()
        s = self.c([
            "%s's cousin <p:%s> lives in <l:%s> now, at <l:%s>. Phone there: <t:%s>. Takes %s for %s.",
            "My %s? no, %s's in-law <p:%s> is in <l:%s> (<l:%s>), reachable on <t:%s>. %s and %s are the meds.",
            "For the file: %s's sibling <p:%s>, <l:%s>, <l:%s>, tel <t:%s>. Wants updates on %s's %s.",
        ])
        cityname = city.split(" ")[0] if country in ("JP", "KR", "CN") else city
        if s.startswith("My"):
            body = s % (self.c(["cousin", "neighbour", "aunt"]), rel, name, cityname, addr, self.intl_phone(country), self.drug(), self.drug())
        elif s.startswith("For"):
            body = s % (rel, name, cityname, addr, self.intl_phone(country), rel, self.cond())
        else:
            body = s % (rel, name, cityname, addr, self.intl_phone(country), self.drug(), self.cond())
        f, l = (name.split(" ", 1) + ["x"])[:2]
        if self.p(0.35):
            body += " Email <e:%s>." % self.email(f, l, intl=country)
        if self.p(0.3):
            body += " %s <d:%s>." % (self.c(["DOB", "Born", "Date of birth", "DOB:"]), self.dob(intl=True))
        if country == "UK" and self.p(0.6):
            body += " NHS number <m:%s %s %s>." % (self.digits(3), self.digits(3), self.digits(4))
        elif self.p(0.2):
            body += " Hospital ID there: <m:%s>." % self.c(["%s-%s" % (self.digits(2), self.digits(6)), "KH%s" % self.digits(7), self.digits(10)])
        if self.p(0.2):
            body += " Photos: <u:%s>" % self.url(f, l)
        return "international", body

    def t_clin_reloc(self):
        name = self.us_person(self.c(["full", "full", "title"]))
        lab, mrn = self.mrn()
        a, b = self.c(D.US_CITIES), self.c(D.US_CITIES)
        fam = self.us_person("first")
        s = "Pt <P:%s> (DOB <D:%s>, %s <M:%s>) relocated from <L:%s> to <L:%s>. %s; on %s. %s <P:%s> reachable at <T:%s>." % (
            name, self.dob(), lab or "id", mrn, self.city_text(a), self.city_text(b), self.cond(), self.drug(),
            self.c(["Spouse", "Neighbor", "Caregiver", "Partner", "Sibling", "Friend"]), fam, self.us_phone())
        if self.p(0.3):
            s += " Records from %s requested." % self.org()
        return "clinician_note", s

    def t_org_confuser(self):
        org, bad = self.c(D.ORGS[:56])
        town = self.c(D.US_CITIES)
        rel = self.rel_f()
        s = self.c([
            "%s gets her %s care at {%s} but she lives out in <L:%s>, it's %d hours each way, can the %s be mailed to <L:%s>?",
            "so %s goes to {%s} for the %s and then back home to <L:%s> which is like %d hours and she can't do that every week on %s, the address is <L:%s>",
            "%s's %s is followed at {%s}; home is <L:%s>, about %d hours away. %s ships to <L:%s>.",
        ])
        if s.startswith("so"):
            body = s % (rel, org, self.cond(), self.city_text(town), self.r.randint(2, 5), self.drug(), self.us_address(city=town, multiline=False))
            return "run_on", body
        if s.startswith("%s's"):
            body = s % (rel, self.cond(), org, self.city_text(town), self.r.randint(2, 5), self.drug().capitalize() if False else self.drug(), self.us_address(city=town))
            return "clinician_note" if self.p(0.3) else "general_text", body
        body = s % (rel, self.cond(), org, self.city_text(town), self.r.randint(2, 5), self.drug(), self.us_address(city=town))
        if self.p(0.4):
            return "lower_case", lower_m(body)
        return "run_on", body

    def t_wordtown(self):
        city = self.c(D.US_CITIES[:48])
        rel = self.rel()
        other = self.c(D.US_CITIES)
        s = self.c([
            "%s is in <L:%s> now, not <L:%s>. Send the %s there.",
            "we're heading to <L:%s> tonight for %s, %s comes with us",
            "%s says <L:%s> has no %s that takes her plan, is that right? she lives outside <L:%s>",
            "yes <L:%s> is a real town lol. %s lives there. %s refill please.",
            "<L:%s> -&gt; <L:%s> this weekend with %s and the %s cooler",
        ])
        ctext = self.city_text(city, self.c(["alone", "alone", "st", "state_nocomma"]))
        if s.startswith("%s is in"):
            body = s % (rel, ctext, self.city_text(other), self.drug())
        elif s.startswith("we're"):
            body = s % (ctext, self.c(["{Thanksgiving}", "{Christmas}", "the {surgery}", "{dialysis}", "{Mom}'s {MRI}"]), rel)
        elif s.startswith("%s says"):
            body = s % (self.rel_f(), ctext, self.c(["{Walgreens}", "{CVS}", "{pharmacy}", "{cardiologist}", "{dialysis} center"]), self.city_text(other, "alone"))
        elif s.startswith("yes"):
            body = s % (ctext, rel, self.drug())
        else:
            body = s % (ctext, self.city_text(other), rel, self.drug())
        k = self.r.random()
        if k < 0.4:
            return "lower_case", lower_m(body)
        if k < 0.6:
            return "all_caps", upper_m(body)
        if k < 0.8:
            nm = self.us_person("first")
            return "speaker_label", "<P:%s>: %s\\n<P:%s>: ok, and %s?" % (nm, body, self.us_person("first"), self.drug())
        return "general_text", body

    def t_military(self):
        first, last = self.us_name_parts()
        s = self.c([
            "<P:%s %s> is deployed, please mail the %s to <L:%s>. Spouse <P:%s> is at <T:%s>.",
            "APO mail question: can %s go to <L:%s>? It's for <P:%s %s>, who has %s. Contact <P:%s> <T:%s>.",
        ])
        if s.startswith("<P"):
            body = s % (first, last, self.drug(), self.military(), self.us_person("first"), self.us_phone())
        else:
            body = s % (self.drug(), self.military(), first, last, self.cond(), self.us_person("first"), self.us_phone())
        if self.p(0.35):
            body += " Email <E:%s>." % self.email(first, last)
        return self.c(["general_text", "general_text", "signature" if False else "general_text"]), body

    def t_rural(self):
        first, last = self.us_name_parts()
        body = "<P:%s %s>, <L:%s>. %s. landline <T:%s>. %s, on %s." % (
            first, last, self.c([self.rural_route(), self.po_box()]),
            self.c(["NO CELL SERVICE", "no cell out there", "mail only, no internet", "house is at the end of the gravel road"]),
            self.us_phone(0), self.cond(), self.drug())
        k = self.r.random()
        if k < 0.45:
            return "all_caps", upper_m(body)
        if k < 0.7:
            return "lower_case", lower_m(body)
        return "form", body

    def t_caps_cities(self):
        cities = self.r.sample(D.US_CITIES, 4)
        body = "WE HAVE FAMILY IN <L:%s>, <L:%s> AND <L:%s>. %s IS IN <L:%s> WITH %s. %s" % (
            self.city_text(cities[0]), self.city_text(cities[1]), self.city_text(cities[2]), self.rel(),
            self.city_text(cities[3]), self.cond(), self.c(["WHO SHOULD BE THE CONTACT?", "CALL ANY OF US.", "PLEASE ADVISE.", "NEEDS " + self.drug() + " REFILL."]))
        return "all_caps", upper_m(body)

    def t_postcode(self):
        pc, country, city = self.intl_postcode()
        rel = self.rel()
        s = self.c([
            "%s moved to <l:%s>, near <l:%s>. Her %s is being handled there now.",
            "postcode for %s is <l:%s> (the flat in <l:%s>) if the %s delivery needs it",
            "%s's new place: <l:%s>, <l:%s>. Same %s, same dose.",
        ])
        body = s % (self.rel_f() if s.startswith("%s moved") else rel, pc, city, self.drug())
        if self.p(0.4):
            return "lower_case", lower_m(body)
        return "international", body

    def t_nonlatin(self):
        name = self.nonlatin_person()
        place = self.c(D.NONLATIN_PLACES)
        country = self.c(["JP", "CN", "KR", "IN", "UK"])
        s = self.c([
            "%s's cousin <p:%s> lives in <l:%s>. Phone <t:%s>. Takes %s for %s.",
            "Update from <l:%s>: <p:%s> (%s's sibling) says the %s ran out. Still on %s.",
            "Contact abroad: <p:%s>, <l:%s>, <t:%s>. %s has %s.",
        ])
        if s.startswith("Update"):
            body = s % (place, name, self.rel(), self.drug(), self.drug())
            if self.p(0.4):
                body += " Birthday <d:%s>." % self.dob(intl=True)
        elif s.startswith("Contact"):
            body = s % (name, place, self.intl_phone(country), self.rel(), self.cond())
        else:
            body = s % (self.rel(), name, place, self.intl_phone(country), self.drug(), self.cond())
        return "international", body

    # --- spread templates ---
    def t_payment(self):
        first, last = self.us_name_parts()
        k = self.r.randint(0, 3)
        if k == 0:
            n, lab = self.card()
            body = "Please charge the %s copay to my %s <A:%s>, exp %02d/%02d. Name on card <P:%s %s>." % (
                self.cond(), lab, n, self.r.randint(1, 12), self.r.randint(25, 31), first, last)
            if self.p(0.4):
                body += " Billing ZIP <L:%s>." % self.zip5(self.c(list(D.ZIP_PREFIX)))
        elif k == 1:
            body = "Direct deposit for the caregiver stipend: %s <A:%s>, %s <A:%s>. Account holder <P:%s %s> (caring for %s, %s)." % (
                self.c(["routing", "routing #", "ABA", "routing number"]), self.routing(),
                self.c(["account", "acct", "account #", "checking acct"]), self.bank_acct(), first, last, self.rel(), self.cond())
        elif k == 2:
            iban, loc = self.iban()
            body = "Refund for the %s overcharge can go to %s <a:%s> (<p:%s>). %s paid it from abroad." % (
                self.drug(), self.c(["IBAN", "iban", "my account", "IBAN:"]), iban, self.intl_person(self.c(["DE", "FR", "IT", "ES", "NL", "UK", "PL"])), self.rel())
        else:
            n, lab = self.card()
            body = "%s <A:%s> was declined for the %s order. Try %s <A:%s> / routing <A:%s>. Thanks, <P:%s>" % (
                lab.capitalize() if lab[0].islower() else lab, n, self.drug(), self.c(["checking", "acct", "account"]), self.bank_acct(), self.routing(), first)
        if self.p(0.2):
            return "lower_case", lower_m(body)
        return "general_text", body

    def t_signature(self):
        first, last = self.us_name_parts()
        lines = [self.c(["Thanks,", "Best,", "--", "Warmly,", "Sent from my phone", "Take care,"]), "<P:%s %s>" % (first, last)]
        lines.append(self.c(["Caregiver for my %s" % self.c(["mother", "father", "husband", "wife", "son"]),
                             "Volunteer, {%s} support group" % self.c(["Parkinson's", "ALS", "Alzheimer's", "COPD", "stroke"]),
                             "Home health aide", "{%s} family liaison" % self.c(["hospice", "dialysis", "oncology"]), "POA for %s" % self.rel()]))
        if self.p(0.85):
            lines.append("<T:%s>%s" % (self.us_phone(0.3), self.c(["", " (cell)", " c", " mobile"])))
        if self.p(0.8):
            lines.append("<E:%s>" % self.email(first, last))
        if self.p(0.85):
            lines.append("<U:%s>" % self.url(first, last, self.c(["updates", "social", "work", "fund"])))
        if self.p(0.25):
            lines.append("<L:%s>" % self.us_address(multiline=True))
        pre = self.c(["Re: %s refill - see below." % self.drug(), "%s's %s results attached." % (self.rel(), "{%s}" % self.c(D.LABS)),
                      "Can we move the %s visit?" % self.cond(), "Please confirm the %s delivery." % self.drug()])
        return "signature", pre + "\\n\\n" + "\\n".join(lines)

    def t_chat(self):
        a, b = self.us_person("first"), self.us_person("first")
        if a == b:
            b = b + "ie"
        rel_a = self.c(["", "Daughter ", "Son ", "Wife ", "Sister ", "Nurse "])
        rel_b = self.c(["", "Brother ", "Husband ", "Aunt ", "Grandson "])
        drug = self.drug()
        lines = [
            "%s<P:%s>: did %s take the %s?" % (rel_a, a, self.rel(), drug),
            "%s<P:%s>: %s" % (rel_b, b, self.c(["yes at 8", "not yet", "spit it out", "I think so??", "says so"])),
            "%s<P:%s>: %s" % (rel_a, a, self.c(["ok her %s was %d" % ("{%s}" % self.c(D.LABS), self.r.randint(3, 250)),
                                               "call <T:%s> if it gets worse" % self.us_phone(),
                                               "I'm at <L:%s> till %s" % (self.city_text(), "{%s}" % self.c(D.WEEKDAYS)),
                                               "the %s nurse comes at 2" % self.cond()]))]
        if self.p(0.4):
            lines.append("%s<P:%s>: %s" % (rel_b, b, self.c(["thx", "ok", "👍", "will do", "love you"])))
        body = "\\n".join(lines)
        if self.p(0.2):
            return "speaker_label", lower_m(body)
        return "speaker_label", body

    def t_forward(self):
        first, last = self.us_name_parts()
        sender = "<P:%s %s>" % (first, last)
        em = "<E:%s>" % self.email(first, last)
        k = self.r.randint(0, 2)
        if k == 0:
            head = "---------- Forwarded message ---------\\nFrom: %s &lt;%s&gt;\\nSubject: %s\\n\\n" % (sender, em, self.c(["mom", "dad update", "meds", "Re: appointment", "FW: insurance"]))
        elif k == 1:
            head = "Fwd: from %s (%s):\\n" % (sender, em)
        else:
            head = "&gt; On %s, %s wrote:\\n&gt; " % ("{%s}" % self.c(D.WEEKDAYS), sender)
        inner = self.c([
            "%s's %s is at <L:%s> now, call <T:%s> before you go." % (self.rel(), self.c(["rehab", "{memory care}", "{skilled nursing}", "{hospice} house"]), self.us_address(multiline=False), self.us_phone()),
            "Her DOB is <D:%s> and %s is <M:%s> if the %s office asks." % (self.dob(), *self.mrn()[::-1][:1], "", self.c(["{cardiology}", "{oncology}", "{neurology}"])) if False else
            "Her DOB is <D:%s> and the %s is <M:%s> if the %s office asks." % (self.dob(), self.c(["MRN", "member ID", "chart number"]), self.mrn()[1], self.c(["{cardiology}", "{oncology}", "{neurology}"])),
            "the %s company says to call <T:%s> and give them his social <S:%s>." % (self.c(["{oxygen}", "{CPAP}", "{wheelchair}", "{hospital bed}"]), self.us_phone(0.4), self.ssn()),
            "Pics from %s's %s party: <U:%s>. %s is doing great on %s." % (self.rel(), self.c(["90th", "retirement", "birthday", "welcome home"]), self.url(first, last, "social"), self.rel(), self.drug()),
        ])
        return "forwarded", head + inner

    def t_intake(self):
        first, last = self.us_name_parts()
        name = self.c(["%s %s" % (first, last), "%s, %s" % (last, first), ("%s %s" % (first, last)).upper()])
        lines = [self.c(["INTAKE", "New patient form", "Home health referral", "Registration", "Patient information"]),
                 "Name: <P:%s>" % name, "DOB: <D:%s>" % self.dob()]
        if self.p(0.9):
            lines.append("%s: <S:%s>" % (self.c(["SSN", "Social Security #", "SS#", "Soc. Sec. No."]), self.ssn()))
        lab, m = self.mrn()
        lines.append("%s: <M:%s>" % ((lab or "Member number").rstrip(":"), m))
        lines.append("Address: <L:%s>" % self.us_address())
        lines.append("Phone: <T:%s>" % self.us_phone())
        if self.p(0.6):
            lines.append("Email: <E:%s>" % self.email(first, last))
        lines.append("Diagnoses: %s, %s" % (self.cond(), self.cond()))
        lines.append("Medications: %s, %s" % (self.drug(), self.drug()))
        if self.p(0.4):
            ef = self.us_person("full")
            lines.append("Emergency contact: <P:%s> <T:%s>" % (ef, self.us_phone()))
        body = "\\n".join(lines)
        if self.p(0.15):
            return "all_caps", upper_m(body)
        return "form", body

    def t_share_link(self):
        first, last = self.us_name_parts()
        s = self.c([
            "Here's <P:%s>'s page for updates: <U:%s> . She's home after the %s.",
            "Sharing the fundraiser for <P:%s> again <U:%s> - the %s bills are insane",
            "Posted the %s schedule on the family site <U:%s> (thanks <P:%s>)",
            "if anyone wants to help with <P:%s>'s %s costs the link is <U:%s>",
        ])
        nm = self.c([first, "%s %s" % (first, last)])
        u = self.url(first, last, "fund" if ("fundraiser" in s or "help with" in s) else "updates")
        if s.startswith("Posted"):
            body = s % (self.drug(), u, nm)
        elif s.startswith("if"):
            body = s % (nm, self.cond(), u)
        else:
            body = s % (nm, u, self.c(["{surgery}", "{stroke}", "{chemo}", "{transplant}", "{hip replacement}"]))
        if self.p(0.3):
            return "lower_case", lower_m(body)
        return "general_text", body

    def t_typos(self):
        first, last = self.us_name_parts()
        s = self.c([
            "hi this is <P:%s> because my %s forgot again, her %s is tomorrow morning and the pharmacy has the wrong address, it should be <L:%s>. call me <T:%s>",
            "please can someone call my cousin <P:%s> at <T:%s>, really doesn't know where the hospital moved %s. the address is <L:%s> now and the med is %s",
            "the doctor said to send the %s number through here, it's <M:%s>, and my name is <P:%s>, phone <T:%s>. thanks",
            "where do i send %s's social? its <S:%s>. her name <P:%s>, she has %s and the form is due until friday",
        ])
        if s.startswith("hi"):
            body = s % (first, self.rel_f(), self.c(["{MRI}", "{colonoscopy}", "{echo}", "{infusion}"]), self.us_address(multiline=False), self.us_phone())
        elif s.startswith("please"):
            body = s % (first, self.us_phone(), self.rel(), self.us_address(multiline=False), self.drug())
        elif s.startswith("the doctor"):
            body = s % (self.c(["{Medicare}", "{Medicaid}", "member"]), self.mrn()[1], "%s %s" % (first, last), self.us_phone())
        else:
            body = s % (self.rel_f(), self.ssn(), "%s %s" % (self.fk["en_US"].first_name_female(), last), self.cond())
        return "typos", typo_m(body, self.r)

    def t_clin(self):
        first, last = self.us_name_parts()
        lab, m = self.mrn()
        body = "%s Pt <P:%s %s>, %s <D:%s>, %s <M:%s>. %s. %s" % (
            self.c(["Telephone encounter.", "Progress note.", "Home visit.", "Nurse call.", "Discharge f/u."]),
            first, last, self.c(["DOB", "DOB:", "born"]), self.dob(), lab or "ID", m,
            self.c(["Hx %s, on %s" % (self.cond(), self.drug()), "%s flare; %s started" % (self.cond(), self.drug()),
                    "Reports missed doses of %s" % self.drug(), "%s stable; continue %s" % (self.cond(), self.drug())]),
            self.c(["%s <P:%s> at bedside." % (self.c(["Daughter", "Son", "Spouse", "Caregiver"]), self.us_person("first")),
                    "Callback <T:%s>." % self.us_phone(0.3),
                    "SSN <S:%s> verified for {Medicaid} application." % self.ssn(),
                    "Family email <E:%s>." % self.email(first, last)]))
        return "clinician_note", body

    def t_runon(self):
        first, last = self.us_name_parts()
        sib = self.us_person("first")
        body = ("so %s has been at <P:%s>'s house in <L:%s> since the %s and she's supposed to be on %s but <P:%s> says she keeps "
                "skipping it and honestly I can't get there till %s so can someone call her at <T:%s> or email me <E:%s> because I'm losing my mind") % (
            self.rel_f(), sib, self.city_text(), self.c(["{fall}", "{stroke}", "{surgery}", "hospital stay"]), self.drug(), sib,
            "{%s}" % self.c(D.WEEKDAYS), self.us_phone(), self.email(first, last))
        return "run_on", body

    def t_contacts(self):
        lines = [self.c(["Phone list", "numbers for the fridge", "CONTACTS", "who to call"])]
        for i in range(self.r.randint(3, 5)):
            k = self.r.random()
            who = self.who()
            if k < 0.55:
                lines.append("%s: <T:%s>" % (who, self.us_phone(0.25)))
            elif k < 0.7:
                lines.append("%s's business line: <T:%s>" % ("<P:%s>" % self.us_person("first"), self.vanity()))
            elif k < 0.85:
                c = self.c(["UK", "MX", "IN", "DE", "PH", "FR", "JP", "BR", "KR", "IE"])
                lines.append("%s (abroad): <t:%s>" % (who, self.intl_phone(c)))
            else:
                f, l = self.us_name_parts()
                lines.append("<P:%s %s>: <E:%s>" % (f, l, self.email(f, l)))
        lines.append(self.c(["{Poison Control} {1-800-222-1222}", "crisis line {988}", "{911} first if she can't breathe",
                             "%s list is taped inside the cabinet" % self.drug()]))
        return "list", "\\n".join(lines)

    def t_email_update(self):
        first, last = self.us_name_parts()
        body = self.c([
            "can u change my email to <E:%s>, the old one was hacked. still getting %s reminders at the old one",
            "new email for <P:%s>: <E:%s> (for the %s results)",
            "please send %s's %s paperwork to <E:%s> instead of mailing it",
        ])
        if body.startswith("can"):
            body = body % (self.email(first, last), self.drug())
        elif body.startswith("new"):
            body = body % (first, self.email(first, last), "{%s}" % self.c(D.LABS))
        else:
            body = body % (self.rel(), self.c(["{hospice}", "{FMLA}", "{disability}", "{Medicaid}"]), self.email(first, last))
        return ("lower_case", lower_m(body)) if self.p(0.6) else ("general_text", body)

    def t_intl_payment(self):
        country = self.c(["DE", "FR", "IT", "ES", "NL", "UK", "PL"])
        name = self.intl_person(country)
        iban, loc = self.iban()
        addr, city, _ = self.intl_address(country)
        body = self.c([
            "%s <p:%s> will pay for %s's %s from abroad. %s <a:%s>. Address: <l:%s>.",
            "Transfer from <p:%s> (%s's grandchild) for the %s, sender %s <a:%s>, <l:%s>. Receipt to %s?",
        ])
        if body.startswith("%s <p"):
            body = body % (self.c(["Cousin", "Our in-law", "A family friend", "Our friend", "The godparent,"]), name, self.rel(), self.c(["{hospice}", "{rehab}", "{dialysis}", "{home care}"]),
                           self.c(["IBAN", "iban", "Account", "IBAN:"]), iban, addr)
        else:
            f, l = (name.split(" ", 1) + ["x"])[:2]
            body = body % (name, self.rel(), self.c(["{wheelchair}", "{hospital bed}", "{oxygen} rental"]), self.c(["IBAN", "iban"]), iban, addr,
                           "<e:%s>" % self.email(f, l, intl=country))
        return "international", body

    def t_insurance(self):
        first, last = self.us_name_parts()
        lab, m = self.mrn()
        body = ("Called {%s} about <P:%s %s>'s %s. Member ID <M:%s>, DOB <D:%s>. Rep said call back at <T:%s>. "
                "They need %s records first.") % (
            self.c(["Medicare", "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "Medicaid", "Tricare", "Cigna"]),
            first, last, self.drug(), m, self.dob(), self.c([self.us_phone(1.0), "1-800-" + self.digits(3) + "-" + self.digits(4) + " ext. " + str(self.r.randint(100, 999))]),
            self.cond())
        if self.p(0.3):
            return "speaker_label", "<P:%s>: %s" % (self.us_person("first"), body)
        return "general_text", body

    def t_ssn_form(self):
        first, last = self.us_name_parts()
        body = self.c([
            "{Medicaid} renewal for <P:%s %s>: SSN <S:%s>, DOB <D:%s>, %s on file.",
            "<P:%s %s> | social <S:%s> | born <D:%s> | dx %s",
        ])
        body = body % (first, last, self.ssn(), self.dob(), self.cond())
        k = self.r.random()
        if k < 0.3:
            return "all_caps", upper_m(body)
        if k < 0.5:
            return "lower_case", lower_m(body)
        return "form", body

    PLACE = ["t_family_list", "t_moving", "t_address_form", "t_intl_relative", "t_clin_reloc", "t_org_confuser",
             "t_wordtown", "t_military", "t_rural", "t_caps_cities", "t_postcode", "t_nonlatin"]
    SPREAD = ["t_payment", "t_signature", "t_chat", "t_forward", "t_intake", "t_share_link", "t_typos", "t_clin",
              "t_runon", "t_contacts", "t_email_update", "t_intl_payment", "t_insurance", "t_ssn_form"]
    # how many messages each template makes (215 in all; about 45% place-heavy)
    QUOTA = {"t_family_list": 10, "t_moving": 7, "t_address_form": 6, "t_intl_relative": 16, "t_clin_reloc": 5,
             "t_org_confuser": 9, "t_wordtown": 11, "t_military": 5, "t_rural": 3, "t_caps_cities": 3,
             "t_postcode": 6, "t_nonlatin": 8,
             "t_payment": 15, "t_signature": 17, "t_chat": 5, "t_forward": 18, "t_intake": 8, "t_share_link": 14,
             "t_typos": 8, "t_clin": 7, "t_runon": 3, "t_contacts": 4, "t_email_update": 2, "t_intl_payment": 9,
             "t_insurance": 4, "t_ssn_form": 12}


def generate(n=None, seed=SEED, verbose=False):
    g = T(seed)
    plan = [k for k, v in T.QUOTA.items() for _ in range(v)]
    g.r.shuffle(plan)
    out, seen, rejected = [], set(), {}
    for name in plan:
        for attempt in range(200):
            style, markup = getattr(g, name)()
            try:
                text, ids, keep = parse(markup)
            except ValueError as ex:
                rejected.setdefault(name, []).append([str(ex)[:60]])
                continue
            row = {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}
            errs, _ = check_row(row)
            if not errs and text not in seen:
                break
            rejected.setdefault(name, []).append(errs[:1] or ["duplicate"])
        else:
            raise RuntimeError("template %s keeps failing: %s" % (name, rejected[name][-3:]))
        seen.add(text)
        row["_where"] = "template:" + name
        out.append(row)
    print("templates: %d made, %d drawn again" % (len(out), sum(len(v) for v in rejected.values())))
    if verbose:
        for k, v in rejected.items():
            print("  ", k, len(v), v[:3])
    return out
