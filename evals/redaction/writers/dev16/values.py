"""Value builders for dev16 templates (own code; Faker only supplies raw names, streets and cities)."""
import random, re, unicodedata
from faker import Faker
from markup import iban_check_digits, luhn_complete, luhn_ok, aba_complete

INTL_LOCALES = ["en_GB", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP", "zh_CN",
                "ko_KR", "en_IN", "hi_IN", "ru_RU", "tr_TR", "ar_SA", "vi_VN", "uk_UA", "el_GR", "en_IE", "en_CA"]
US_NAME_LOCALES = ["en_US"] * 6 + ["es_MX", "vi_VN", "fil_PH", "en_IN", "pl_PL", "it_IT"]
NONLATIN = {"ja_JP", "zh_CN", "ko_KR", "hi_IN", "ru_RU", "ar_SA", "uk_UA", "el_GR"}
WORD_FIRST = ["Grace", "Faith", "Hunter", "Mason", "Bill", "Rose", "Frank", "Hope", "Joy", "Dawn", "Summer", "Penny",
              "Carol", "Wade", "Rusty", "Sandy", "Chase", "Cash", "Pearl", "Ruby", "Iris", "Autumn", "Skip", "Buck",
              "Hazel", "Ivy", "Destiny", "Misty", "Patience", "Sterling"]
WORD_LAST = ["Young", "Hill", "Rose", "Park", "Reed", "Brown", "Black", "Stone", "Wood", "King", "Little", "Long",
             "Price", "Banks", "Fields", "Love", "Cook", "Bell", "Hunter", "Mason", "Frank", "Sharp", "Moody", "Wise"]
NICK = ["Bubba", "Sissy", "Pookie", "Tito", "Nena", "Chuy", "Junebug", "Peaches", "Boo", "Lil Mike", "Big Al", "Deedee",
        "Bitsy", "Paco", "Lupita", "Fifi", "Mimi", "Gigi"]
ROMAN = {"ja_JP": [("Haruki", "Sato"), ("Yumiko", "Tanaka"), ("Kenta", "Mori"), ("Aiko", "Fujita")],
         "zh_CN": [("Wang", "Fang"), ("Li", "Jun"), ("Zhang", "Min"), ("Chen", "Jie"), ("Liu", "Yang")],
         "ko_KR": [("Minji", "Kim"), ("Jisoo", "Park"), ("Hyunwoo", "Lee"), ("Seoyeon", "Choi")],
         "hi_IN": [("Anita", "Deshpande"), ("Ravi", "Kulkarni"), ("Sunil", "Bhatt")],
         "ru_RU": [("Olga", "Ivanova"), ("Dmitri", "Volkov"), ("Irina", "Sokolova")],
         "uk_UA": [("Oksana", "Kovalenko"), ("Taras", "Shevchuk"), ("Iryna", "Bondar")],
         "ar_SA": [("Fatima", "Alharbi"), ("Omar", "Alqahtani"), ("Layla", "Alshehri")],
         "el_GR": [("Eleni", "Papadaki"), ("Nikos", "Georgiou"), ("Sofia", "Dimitriou")]}
US_AREA = ["205", "212", "214", "217", "301", "303", "312", "313", "317", "330", "404", "405", "412", "414", "415",
           "469", "502", "503", "505", "512", "520", "540", "561", "602", "614", "615", "617", "651", "702", "704",
           "713", "718", "720", "734", "757", "773", "785", "803", "813", "816", "843", "864", "901", "907", "919",
           "937", "954", "971", "978", "985"]
VANITY = ["MOW-LAWN", "FIX-PIPE", "ROOF-PRO", "CAKES-4U", "PET-SITS", "TAX-HELP", "HAUL-IT", "PAINT-ME", "DOG-WALK", "CLEAN-4U"]
US_EMAIL_DOM = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net",
                "att.net", "protonmail.com", "msn.com", "bellsouth.net", "verizon.net"]
INTL_EMAIL_DOM = {"en_GB": ["btinternet.com", "yahoo.co.uk", "sky.com"], "de_DE": ["web.de", "gmx.de", "t-online.de"],
                  "fr_FR": ["orange.fr", "free.fr", "laposte.net"], "es_ES": ["hotmail.es", "telefonica.net"],
                  "es_MX": ["prodigy.net.mx", "hotmail.com"], "it_IT": ["libero.it", "alice.it"],
                  "pt_BR": ["uol.com.br", "bol.com.br"], "nl_NL": ["ziggo.nl", "kpnmail.nl"],
                  "pl_PL": ["wp.pl", "onet.pl", "o2.pl"], "ja_JP": ["yahoo.co.jp", "docomo.ne.jp"],
                  "zh_CN": ["qq.com", "163.com"], "ko_KR": ["naver.com", "daum.net"], "en_IN": ["rediffmail.com"],
                  "hi_IN": ["rediffmail.com"], "ru_RU": ["yandex.ru", "mail.ru"], "tr_TR": ["hotmail.com.tr"],
                  "ar_SA": ["gmail.com"], "vi_VN": ["gmail.com"], "uk_UA": ["ukr.net", "i.ua"],
                  "el_GR": ["otenet.gr"], "en_IE": ["eircom.net"], "en_CA": ["rogers.com", "sympatico.ca"]}
TLD = {"en_GB": "co.uk", "de_DE": "de", "fr_FR": "fr", "es_ES": "es", "es_MX": "com.mx", "it_IT": "it",
       "pt_BR": "com.br", "nl_NL": "nl", "pl_PL": "pl", "ja_JP": "jp", "zh_CN": "cn", "ko_KR": "kr", "en_IN": "in",
       "hi_IN": "in", "ru_RU": "ru", "tr_TR": "com.tr", "ar_SA": "sa", "vi_VN": "vn", "uk_UA": "ua", "el_GR": "gr",
       "en_IE": "ie", "en_CA": "ca"}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
}
TR_STREETS = ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İnönü Bulvarı", "Bağlarbaşı Cad.", "Fevzi Çakmak Sok."]
TR_CITIES = [("34710", "Kadıköy/İstanbul"), ("06420", "Çankaya/Ankara"), ("35220", "Konak/İzmir"), ("16050", "Nilüfer/Bursa")]
SA_ADDR = ["طريق الملك فهد، حي العليا، الرياض 12211", "شارع التحلية، جدة 23431", "حي الروضة، الدمام 32256"]
IBAN_SPEC = {"DE": "8n10n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n", "PL": "24n",
             "PT": "21n", "BE": "12n", "AT": "16n", "CH": "17n", "TR": "5n1z16n", "BR": "23n1a1a", "IE": "4a14n",
             "SE": "20n", "GR": "23n"}
LOC_IBAN = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
            "pt_BR": "BR", "tr_TR": "TR", "en_IE": "IE", "el_GR": "GR"}
US_STATES = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
             "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
             "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"]
IT_CITIES = ["Torino", "Bergamo", "Lecce", "Perugia", "Trieste", "Modena", "Cagliari", "Salerno", "Pavia", "Brescia", "Ancona"]
BANK4 = ["NWBK", "BARC", "HSBC", "LOYD", "RABO", "INGB", "ABNA", "AIBK", "BOFI", "MIDL"]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Values:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(sorted(set(INTL_LOCALES + US_NAME_LOCALES + ["en_US"]))):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fk[loc] = f

    # ---------- names
    def first(self, loc):
        r = self.r
        if loc == "en_US" and r.random() < 0.25:
            return r.choice(WORD_FIRST)
        return self.fk[loc].first_name()

    def last(self, loc):
        r = self.r
        if loc == "en_US" and r.random() < 0.2:
            return r.choice(WORD_LAST)
        return self.fk[loc].last_name()

    def full(self, loc):
        f, l = self.first(loc), self.last(loc)
        if loc in ("zh_CN", "ja_JP", "ko_KR"):
            return l + ("" if loc == "zh_CN" else " ") + f if loc != "ko_KR" else l + f
        if loc in ("ru_RU", "uk_UA") and self.r.random() < 0.4:
            return l + " " + f
        return f + " " + l

    def lastfirst(self, loc):
        f, l = self.first(loc), self.last(loc)
        mi = self.r.choice("ABCDEFGHJKLMNPRSTW")
        return self.r.choice(["%s, %s %s" % (l.upper(), f.upper(), mi), "%s, %s %s." % (l, f, mi), "%s, %s" % (l, f)])

    def romanized(self, loc):
        if loc in ROMAN:
            return self.r.choice(ROMAN[loc])
        return ascii_fold(self.first(loc)), ascii_fold(self.last(loc))

    # ---------- US locations
    def us_street(self):
        f = self.fk["en_US"]
        s = f.street_address()
        if self.r.random() < 0.35 and not re.search(r"Apt|Suite", s):
            s += self.r.choice([" Apt %d%s" % (self.r.randint(1, 40), self.r.choice("ABCD")), " Unit %d" % self.r.randint(1, 300),
                                " #%d" % self.r.randint(2, 60), ", Fl %d" % self.r.randint(2, 9), " Suite %d" % self.r.randint(100, 900),
                                " Apt. %d" % self.r.randint(1, 900), " Lot %d" % self.r.randint(1, 80)])
        return s

    def us_zip(self):
        z = "%05d" % self.r.randint(1001, 99899)
        if self.r.random() < 0.25:
            z += "-%04d" % self.r.randint(1, 9999)
        return z

    def us_city(self):
        return self.fk["en_US"].city()

    def us_address(self, multiline=False):
        f = self.fk["en_US"]
        st, city, state, z = self.us_street(), self.us_city(), self.r.choice(US_STATES), self.us_zip()
        if multiline:
            return "%s\n%s, %s %s" % (st, city, state, z) if self.r.random() < 0.7 else "%s\n%s %s %s" % (st, city, state, z)
        return self.r.choice(["%s, %s, %s %s", "%s, %s %s %s", "%s %s %s %s"]) % (st, city, state, z)

    def us_special(self):
        r = self.r
        k = r.choice(["po", "po", "rr", "mil", "mil", "hc"])
        f = self.fk["en_US"]
        if k == "po":
            return r.choice(["PO Box %d", "P.O. Box %d", "Post Office Box %d"]) % r.randint(10, 9999) + ", %s, %s %s" % (self.us_city(), self.r.choice(US_STATES), self.us_zip())
        if k == "rr":
            return "RR %d Box %d, %s, %s %s" % (r.randint(1, 9), r.randint(1, 300), self.us_city(), self.r.choice(US_STATES), self.us_zip())
        if k == "hc":
            return "HC %d Box %d, %s, %s %s" % (r.randint(1, 80), r.randint(1, 900), self.us_city(), self.r.choice(US_STATES), self.us_zip())
        return r.choice(["PSC %d, Box %d, APO AE %s" % (r.randint(1000, 9999), r.randint(1, 9999), "09%03d" % r.randint(0, 999)),
                         "Unit %d Box %d, APO AP %s" % (r.randint(2000, 9999), r.randint(1, 9999), "96%03d" % r.randint(200, 699)),
                         "CMR %d Box %d, APO AE %s" % (r.randint(400, 499), r.randint(1, 9999), "09%03d" % r.randint(0, 999)),
                         "USS Ronald Reagan, FPO AP 96616-%04d" % r.randint(1, 9999),
                         "PSC %d Box %d, DPO AE %s" % (r.randint(1000, 9999), r.randint(1, 999), "09%03d" % r.randint(0, 999))])

    def us_citystate(self):
        f = self.fk["en_US"]
        return self.r.choice(["%s, %s", "%s %s"]) % (self.us_city(), self.r.choice([self.r.choice(US_STATES), f.state()]))

    # ---------- INTL locations
    def intl_address(self, loc, multiline=False):
        r, f = self.r, self.fk[loc]
        if loc == "tr_TR":
            pc, city = r.choice(TR_CITIES)
            a = "%s No: %d D: %d\n%s %s" % (r.choice(TR_STREETS), r.randint(1, 200), r.randint(1, 30), pc, city)
        elif loc == "ar_SA":
            a = r.choice(SA_ADDR)
        elif loc == "en_IE":
            a = "%d %s\n%s\n%s%d %s" % (r.randint(1, 120), f.street_name(), r.choice(["Dublin 8", "Cork", "Galway", "Limerick"]),
                                     r.choice("DHTVA"), r.randint(10, 99), "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        else:
            a = f.address()
        a = a.strip()
        if not multiline:
            a = re.sub(r"\s*,?\s*\n\s*", ", ", a)
        return a

    def intl_city(self, loc):
        if loc == "tr_TR":
            return self.r.choice(TR_CITIES)[1].split("/")[1]
        if loc == "ar_SA":
            return self.r.choice(["الرياض", "جدة", "Riyadh", "Jeddah"])
        if loc == "en_IE":
            return self.r.choice(["Dublin", "Cork", "Galway"])
        if loc == "it_IT":  # Faker's it_IT city() is not reproducible across runs
            return self.r.choice(IT_CITIES)
        return self.fk[loc].city()

    def intl_postcode(self, loc):
        f = self.fk[loc]
        try:
            return f.postcode()
        except AttributeError:
            return "%05d" % self.r.randint(10000, 99999)

    # ---------- phones
    def us_phone(self, ext=False):
        r = self.r
        a = r.choice(US_AREA)
        e, l = ("555", "01%02d" % r.randint(0, 99)) if r.random() < 0.5 else (str(r.randint(201, 989)), "%04d" % r.randint(0, 9999))
        if e in ("555", "911", "988") and l[:2] != "01":
            e = "47" + str(r.randint(0, 9))
        shape = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "1-%s-%s-%s", "001-%s-%s-%s",
                          "+1 (%s) %s-%s", "%s %s %s", "+1-%s-%s-%s", "1 (%s) %s-%s", "+1.%s.%s.%s"])
        p = shape % (a, e, l)
        if ext:
            p += r.choice([" x%d" % r.randint(2, 9999), " ext. %d" % r.randint(1, 999), " extension %d" % r.randint(1, 99),
                           " ext %d" % r.randint(100, 4999), " x %d" % r.randint(10, 99), " Ext. %d" % r.randint(1, 9)])
        return p

    def vanity(self):
        r = self.r
        w1, w2 = r.choice(VANITY).split("-")
        return r.choice(["1-%s-%s-%s", "1 (%s) %s-%s", "%s-%s-%s"]) % (r.choice(["800", "888", "877", "866", "844"]), w1, w2)

    def intl_phone(self, loc):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        nz = lambda: str(r.randint(1, 9))
        opts = {
            "en_GB": ["+44 20 7946 0%s" % d(3), "020 7946 0%s" % d(3), "+44 7700 900%s" % d(3), "07700 900%s" % d(3), "+44 (0)161 496 0%s" % d(3), "0113 496 0%s" % d(3)],
            "de_DE": ["+49 30 %s" % (nz() + d(6)), "030 %s %s" % (d(4), d(4)), "+49 (0)89 %s %s" % (d(4), d(4)), "0171 %s%s" % (nz(), d(6)), "+49 221 %s-%s" % (d(3), d(2))],
            "fr_FR": ["+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "06 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "+33 (0)6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "04.%s.%s.%s.%s" % (d(2), d(2), d(2), d(2))],
            "es_ES": ["+34 91%s %s %s" % (d(1), d(3), d(3)), "6%s %s %s %s" % (d(2), d(2), d(2), d(2)), "+34 6%s %s %s" % (d(2), d(3), d(3))],
            "es_MX": ["+52 55 %s %s" % (d(4), d(4)), "55 %s %s" % (d(4), d(4)), "+52 1 33 %s %s" % (d(4), d(4)), "(81) %s-%s" % (d(4), d(4))],
            "pt_BR": ["+55 11 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4)), "+55 (31) 3%s-%s" % (d(3), d(4))],
            "it_IT": ["+39 06 %s %s" % (d(4), d(4)), "+39 3%s %s %s" % (d(2), d(3), d(4)), "3%s %s %s" % (d(2), d(3), d(4)), "02 %s %s" % (d(4), d(4))],
            "nl_NL": ["+31 20 %s %s" % (d(3), d(4)), "06-%s" % (nz() + d(7)), "+31 6 %s %s" % (d(4), d(4)), "010 %s %s" % (d(3), d(4))],
            "pl_PL": ["+48 %s %s %s" % (r.choice(["501", "601", "693", "512"]), d(3), d(3)), "22 %s %s %s" % (d(3), d(2), d(2)), "+48 12 %s %s %s" % (d(3), d(2), d(2))],
            "ja_JP": ["+81 3-%s-%s" % (d(4), d(4)), "03-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)), "+81 90 %s %s" % (d(4), d(4)), "06-%s-%s" % (d(4), d(4))],
            "zh_CN": ["+86 13%s %s %s" % (d(1), d(4), d(4)), "010-%s %s" % (d(4), d(4)), "+86 21 %s %s" % (d(4), d(4)), "139%s%s" % (d(4), d(4))],
            "ko_KR": ["+82 10-%s-%s" % (d(4), d(4)), "02-%s-%s" % (d(3), d(4)), "010-%s-%s" % (d(4), d(4))],
            "en_IN": ["+91 9%s %s" % (d(4), d(5)), "+91-22-%s-%s" % (d(4), d(4)), "098%s %s" % (d(3), d(5)), "+91 80 %s %s" % (d(4), d(4))],
            "ru_RU": ["+7 495 %s-%s-%s" % (d(3), d(2), d(2)), "8 (912) %s-%s-%s" % (d(3), d(2), d(2)), "+7 (812) %s %s %s" % (d(3), d(2), d(2))],
            "tr_TR": ["+90 53%s %s %s %s" % (d(1), d(3), d(2), d(2)), "0 (212) %s %s %s" % (d(3), d(2), d(2)), "0532 %s %s %s" % (d(3), d(2), d(2))],
            "ar_SA": ["+966 5%s %s %s" % (d(1), d(3), d(4)), "011 %s %s" % (d(3), d(4)), "05%s %s %s" % (d(1), d(3), d(4))],
            "vi_VN": ["+84 9%s %s %s" % (d(1), d(3), d(4)), "028 %s %s" % (d(4), d(4)), "09%s %s %s" % (d(1), d(3), d(3))],
            "uk_UA": ["+380 44 %s %s %s" % (d(3), d(2), d(2)), "+380 67 %s %s %s" % (d(3), d(2), d(2)), "050 %s %s %s" % (d(3), d(2), d(2))],
            "el_GR": ["+30 210 %s %s" % (d(3), d(4)), "+30 69%s %s %s" % (d(1), d(3), d(4)), "2310 %s %s" % (d(3), d(3))],
            "en_IE": ["+353 1 %s %s" % (d(3), d(4)), "087 %s %s" % (d(3), d(4)), "+353 21 %s %s" % (d(3), d(4))],
            "en_CA": ["+44 20 7946 0%s" % d(3)],
        }
        return r.choice(opts.get(loc, opts["en_GB"]))

    # ---------- email / url
    def email(self, loc, region):
        r = self.r
        if loc in ROMAN or loc not in self.fk:
            fn, ln = r.choice(ROMAN.get(loc, [("sam", "lee")]))
        else:
            fn, ln = ascii_fold(self.first(loc)), ascii_fold(self.last(loc))
        fn, ln = re.sub(r"[^a-z]", "", fn.lower()) or "ana", re.sub(r"[^a-z]", "", ln.lower()) or "lee"
        local = r.choice(["%s.%s" % (fn, ln), "%s%s" % (fn[0], ln), "%s_%s%d" % (fn, ln, r.randint(1, 99)),
                          "%s%s%d" % (fn, ln, r.randint(40, 99)), "%s.%s.%s" % (ln, fn, r.choice(["rn", "md", "home"])),
                          "%s%s" % (ln, fn[:1])])
        dom = r.choice(US_EMAIL_DOM) if region == "US" else r.choice(INTL_EMAIL_DOM.get(loc, ["gmail.com"]))
        return local + "@" + dom

    def url(self, loc, region):
        r = self.r
        if loc in ROMAN:
            fn, ln = r.choice(ROMAN[loc])
        else:
            fn, ln = ascii_fold(self.first(loc)), ascii_fold(self.last(loc))
        fn, ln = re.sub(r"[^a-z]", "", fn.lower()) or "jo", re.sub(r"[^a-z]", "", ln.lower()) or "ray"
        if region == "US":
            return r.choice(["https://www.%s%s.com" % (fn, ln), "%s%s.net" % (fn, ln), "https://%s-%s.blogspot.com" % (fn, ln),
                             "https://www.facebook.com/%s.%s.%d" % (fn, ln, r.randint(1, 999)),
                             "https://www.linkedin.com/in/%s-%s-%s" % (fn, ln, "%x" % r.randint(4096, 65535)),
                             "https://www.caringbridge.org/visit/%s%s" % (fn, ln),
                             "https://www.gofundme.com/f/%s-%s-medical-fund" % (fn, ln), "instagram.com/%s_%s" % (fn, ln),
                             "http://%s%s.wordpress.com/about" % (fn, ln), "www.%s-%s-photography.com" % (fn, ln)])
        t = TLD.get(loc, "eu")
        return r.choice(["https://www.%s-%s.%s" % (fn, ln, t), "https://%s%s.%s/kontakt" % (fn, ln, t),
                         "www.%s%s.%s" % (ln, fn, t), "https://www.facebook.com/%s.%s" % (fn, ln),
                         "https://%s.%s.%s" % (fn, ln, t)])

    # ---------- numbers
    def ssn(self):
        r = self.r
        a = r.choice([r.randint(1, 665), r.randint(667, 899)])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return r.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (a, g, s)

    def mbi(self):
        r = self.r
        L = "ACDEFGHJKMNPQRTUVWXY"
        A = L + "0123456789"
        s = str(r.randint(1, 9)) + r.choice(L) + r.choice(A) + str(r.randint(0, 9)) + r.choice(L) + r.choice(A) + str(r.randint(0, 9)) + r.choice(L) + r.choice(L) + str(r.randint(0, 9)) + str(r.randint(0, 9))
        return s if r.random() < 0.5 else "%s-%s-%s" % (s[:4], s[4:7], s[7:])

    def mrn(self, region):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        if region == "US":
            return r.choice([d(7), d(8), "00" + d(6), "%s%s" % (r.choice("ABEHKMRT"), d(7)), "%s-%s" % (d(3), d(5)), "%s-%s-%s" % (d(2), d(4), d(2)),
                             "MR%s" % d(6), "%s%s" % (r.choice(["XQJ", "H", "W", "ZGP", "YHB"]), d(9)), self.mbi(), "%s%s" % (d(9), r.choice(["A", "B", "AB", "C1"]))])
        return r.choice(["%s %s %s" % (d(3), d(3), d(4)), "%s%s" % (r.choice("ABKTVX"), d(9)), "HC-%s" % d(6), d(8), "%s/%s" % (d(4), d(2))])

    def dob(self, loc, region):
        r = self.r
        y, m, dd = r.randint(1928, 2015), r.randint(1, 12), r.randint(1, 28)
        if region == "US":
            en = MONTHS["en"][m - 1]
            return r.choice(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%02d" % (m, dd, y % 100), "%02d-%02d-%d" % (m, dd, y),
                             "%s %d, %d" % (en, dd, y), "%s %d %d" % (en[:3], dd, y), "%d-%02d-%02d" % (y, m, dd),
                             "%d.%d.%d" % (m, dd, y), "%s %d%s, %d" % (en, dd, "th" if dd not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[dd], y),
                             "%d %s %d" % (dd, en[:3], y), "%d/%d/%d" % (m, dd, y)])
        lang = loc[:2]
        if lang in ("ja", "zh"):
            return r.choice(["%d年%d月%d日" % (y, m, dd), "%d/%02d/%02d" % (y, m, dd)])
        if lang == "ko":
            return r.choice(["%d년 %d월 %d일" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd)])
        if lang == "vi":
            return r.choice(["ngày %d tháng %d năm %d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y)])
        if lang == "ar":
            return r.choice(["%02d/%02d/%d" % (dd, m, y), "%d-%02d-%02d" % (y, m, dd)])
        if lang == "en":
            return r.choice(["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["en"][m - 1], y), "%d-%02d-%02d" % (y, m, dd)])
        if lang == "hi":
            return "%02d-%02d-%d" % (dd, m, y)
        if lang == "el":
            return "%d/%d/%d" % (dd, m, y)
        mon = MONTHS.get(lang)
        num = "%02d.%02d.%d" % (dd, m, y) if lang in ("de", "pl", "ru", "tr", "uk") else ("%02d-%02d-%d" % (dd, m, y) if lang == "nl" else "%02d/%02d/%d" % (dd, m, y))
        if not mon or r.random() < 0.5:
            return num
        word = {"es": "%d de %s de %d", "pt": "%d de %s de %d", "de": "%d. %s %d", "ru": "%d %s %d г.", "uk": "%d %s %d р."}.get(lang, "%d %s %d")
        return word % (dd, mon[m - 1], y)

    def iban(self, country=None, fmt=None):
        r = self.r
        c = country or r.choice(list(IBAN_SPEC))
        bban = ""
        for n, k in re.findall(r"(\d+)([anz])", IBAN_SPEC[c]):
            for _ in range(int(n)):
                bban += "0" if k == "z" else (r.choice("0123456789") if k == "n" else r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if c in ("GB", "IE", "NL"):
            bban = r.choice(BANK4) + bban[4:]
        full = c + iban_check_digits(c, bban) + bban
        fmt = fmt or r.choice(["grouped", "grouped", "plain", "lower_grouped", "lower_plain"])
        g = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
        return {"grouped": g, "plain": full, "lower_grouped": g.lower(), "lower_plain": full.lower()}[fmt]

    def card(self, valid=True):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        pre = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": "2" + str(r.randint(221, 720)), "amex": r.choice(["34", "37"]), "disc": "6011"}[kind]
        ln = 15 if kind == "amex" else 16
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
        num = luhn_complete(body)
        if not valid:
            num = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
            assert not luhn_ok(num)
        sep = r.choice([" ", "-", "", " "])
        if ln == 15:
            return num[:4] + sep + num[4:10] + sep + num[10:]
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def routing(self):
        r = self.r
        return aba_complete(r.choice(["0", "1", "2", "3"]) + str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6)))

    def bank_acct(self):
        r = self.r
        n = "".join(str(r.randint(0, 9)) for _ in range(r.randint(8, 12)))
        return n if r.random() < 0.8 else n[:4] + "-" + n[4:]
