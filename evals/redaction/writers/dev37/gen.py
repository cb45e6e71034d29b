"""Faker-based value generators for the template half of dev37. All values are invented."""
import random
import unicodedata
from datetime import date

from faker import Faker

_fakers = {}


def fk(loc, rng):
    if loc not in _fakers:
        _fakers[loc] = Faker(loc)
    f = _fakers[loc]
    f.seed_instance(rng.randrange(10**9))
    return f


US_NAME_LOCALES = ["en_US"] * 8 + ["es_MX", "en_IN", "vi_VN", "it_IT", "pl_PL", "en_GB", "de_DE"]
INTL_LOCALES = ["en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "en_IN",
                "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH"]
NON_LATIN = {"ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU"}
# locales whose Faker address output looks like a real local address
ADDR_OK = {"en_GB", "de_DE", "fr_FR", "es_MX", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "en_IN",
           "ja_JP", "zh_CN", "ko_KR", "ru_RU", "vi_VN", "fil_PH"}
IBAN_LOCALES = ["de_DE", "en_GB", "fr_FR", "es_ES", "nl_NL", "it_IT", "pl_PL", "tr_TR", "pt_PT", "de_AT",
                "de_CH", "pt_BR"]
COUNTRY = {"en_GB": "UK", "de_DE": "Germany", "fr_FR": "France", "es_MX": "Mexico", "es_ES": "Spain",
           "it_IT": "Italy", "pt_BR": "Brazil", "nl_NL": "the Netherlands", "pl_PL": "Poland", "en_IN": "India",
           "ja_JP": "Japan", "zh_CN": "China", "ko_KR": "Korea", "hi_IN": "India", "ar_SA": "Saudi Arabia",
           "ru_RU": "Russia", "tr_TR": "Turkey", "vi_VN": "Vietnam", "fil_PH": "the Philippines"}


def d(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if ord(c) < 128)
    return "".join(c for c in s.lower() if c.isalnum())


# ---------------- names ----------------
def person(loc, rng, part="full"):
    f = fk(loc, rng)
    first, last = f.first_name(), f.last_name()
    if loc == "vi_VN":  # Faker's vi_VN first_name() returns English placeholders; take the given name from name()
        full = f.name()
        for pre in ("Quý cô ", "Quý ông ", "Quý bà ", "Cô ", "Bà ", "Ông ", "Anh ", "Chị ", "Em ", "Bác "):
            if full.startswith(pre):
                full = full[len(pre):]
        first = full.split()[0]
        if part == "full":
            return last + " " + " ".join(full.split()[:-1]) if rng.random() < 0.5 else full
    if part == "first":
        return first
    if part == "last":
        return last
    if loc == "ru_RU":  # name() keeps gender agreement (Фамилия Имя Отчество or Имя Фамилия)
        return f.name()
    if loc in ("ja_JP",):
        return last + " " + first
    if loc in ("zh_CN", "ko_KR"):
        return last + first
    return first + " " + last


WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Stone", "King", "Bell", "Hunter",
                 "Fox", "Lane", "Frost", "Gray", "Little", "Short", "Rivers", "Banks", "Moody"]


def us_person(rng, part="full"):
    loc = rng.choice(US_NAME_LOCALES)
    if part == "last" and rng.random() < 0.35:
        return rng.choice(WORD_SURNAMES)
    if part == "full" and rng.random() < 0.15:
        return fk("en_US", rng).first_name() + " " + rng.choice(WORD_SURNAMES)
    return person(loc, rng, part)


# ---------------- phones ----------------
AREA = ["212", "312", "415", "617", "202", "305", "404", "503", "512", "602", "615", "702", "713", "720",
        "801", "813", "901", "919", "971", "203", "248", "310", "347", "469", "502", "520", "607", "636"]


def us_phone(rng):
    a = rng.choice(AREA)
    ex = "555" if rng.random() < 0.6 else str(rng.randrange(201, 999))
    ln = "01" + d(rng, 2) if ex == "555" else d(rng, 4)
    shape = rng.randrange(10)
    s = ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s", "1-%s-%s-%s", "001-%s-%s-%s",
         "+1 (%s) %s-%s", "%s %s %s", "1 (%s) %s-%s"][shape] % (a, ex, ln)
    r = rng.random()
    if r < 0.12:
        s += rng.choice([" x", " ext. ", " extension ", " ext ", " x"]) + str(rng.randrange(2, 9999))
    return s


def vanity(rng):
    words = ["FLOWERS", "CARE-NOW", "GET-WELL", "PIZZA", "HEALTHY", "PLUMBER", "TAXI-NOW", "BAKERY"]
    return rng.choice(["1-800-", "1-888-", "1-877-"]) + rng.choice(words)


def intl_phone(loc, rng):
    p = {
        "en_GB": lambda: rng.choice(["+44 20 7946 0%s" % d(rng, 3), "020 7946 0%s" % d(rng, 3),
                                     "07700 900%s" % d(rng, 3), "+44 7700 900%s" % d(rng, 3),
                                     "0161 496 0%s" % d(rng, 3)]),
        "de_DE": lambda: rng.choice(["+49 30 %s" % d(rng, 7), "030 %s" % d(rng, 8), "+49 151 %s" % d(rng, 8),
                                     "089 %s" % d(rng, 7)]),
        "fr_FR": lambda: rng.choice(["+33 1 %s %s %s %s" % (d(rng, 2), d(rng, 2), d(rng, 2), d(rng, 2)),
                                     "06 %s %s %s %s" % (d(rng, 2), d(rng, 2), d(rng, 2), d(rng, 2))]),
        "es_MX": lambda: rng.choice(["+52 55 %s %s" % (d(rng, 4), d(rng, 4)), "55 %s %s" % (d(rng, 4), d(rng, 4)),
                                     "+52 33 %s %s" % (d(rng, 4), d(rng, 4))]),
        "es_ES": lambda: rng.choice(["+34 6%s %s %s" % (d(rng, 2), d(rng, 3), d(rng, 3)),
                                     "91 %s %s %s" % (d(rng, 3), d(rng, 2), d(rng, 2))]),
        "it_IT": lambda: rng.choice(["+39 3%s %s %s" % (d(rng, 2), d(rng, 3), d(rng, 4)), "06 %s %s" % (d(rng, 4), d(rng, 4))]),
        "pt_BR": lambda: rng.choice(["+55 11 9%s-%s" % (d(rng, 4), d(rng, 4)), "(21) 9%s-%s" % (d(rng, 4), d(rng, 4))]),
        "nl_NL": lambda: rng.choice(["+31 6 %s" % d(rng, 8), "020 %s %s" % (d(rng, 3), d(rng, 4))]),
        "pl_PL": lambda: "+48 %s %s %s" % (d(rng, 3), d(rng, 3), d(rng, 3)),
        "en_IN": lambda: rng.choice(["+91 9%s %s" % (d(rng, 4), d(rng, 5)), "022 %s %s" % (d(rng, 4), d(rng, 4))]),
        "hi_IN": lambda: "+91 8%s %s" % (d(rng, 4), d(rng, 5)),
        "ja_JP": lambda: rng.choice(["+81 3-%s-%s" % (d(rng, 4), d(rng, 4)), "03-%s-%s" % (d(rng, 4), d(rng, 4)),
                                     "090-%s-%s" % (d(rng, 4), d(rng, 4))]),
        "ko_KR": lambda: rng.choice(["+82 10-%s-%s" % (d(rng, 4), d(rng, 4)), "010-%s-%s" % (d(rng, 4), d(rng, 4))]),
        "zh_CN": lambda: "+86 13%s %s %s" % (d(rng, 1), d(rng, 4), d(rng, 4)),
        "tr_TR": lambda: "+90 5%s %s %s %s" % (d(rng, 2), d(rng, 3), d(rng, 2), d(rng, 2)),
        "ru_RU": lambda: "+7 9%s %s-%s-%s" % (d(rng, 2), d(rng, 3), d(rng, 2), d(rng, 2)),
        "fil_PH": lambda: "+63 9%s %s %s" % (d(rng, 2), d(rng, 3), d(rng, 4)),
        "vi_VN": lambda: "+84 9%s %s %s" % (d(rng, 1), d(rng, 3), d(rng, 4)),
        "ar_SA": lambda: "+966 5%s %s %s" % (d(rng, 1), d(rng, 3), d(rng, 4)),
    }[loc]
    return p()


# ---------------- addresses ----------------
STATES = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
UNITS = ["Apt. %s", "Apt %s", "Suite %s", "#%s", "Unit %s", "Apt. %sB", "Ste %s"]


def us_street(rng):
    f = fk("en_US", rng)
    s = f.street_address()
    if not any(w in s for w in ("Apt", "Suite")) and rng.random() < 0.45:
        s += rng.choice([", ", " "]) + rng.choice(UNITS) % rng.randrange(1, 420)
    return s


def us_cityline(rng, plus4=None):
    f = fk("en_US", rng)
    z = f.zipcode_plus4() if (plus4 if plus4 is not None else rng.random() < 0.25) else f.zipcode()
    return "%s, %s %s" % (f.city(), rng.choice(STATES), z)


def us_address(rng, multiline=False):
    r = rng.random()
    if r < 0.08:
        street = "PO Box %d" % rng.randrange(10, 99999)
    elif r < 0.14:
        street = "RR %d Box %d" % (rng.randrange(1, 9), rng.randrange(1, 400))
    else:
        street = us_street(rng)
    return street + ("\n" if multiline else ", ") + us_cityline(rng)


def us_military(rng):
    f = fk("en_US", rng)
    kind = rng.randrange(3)
    z = f.zipcode()
    st = rng.choice(["AA", "AE", "AP"])
    if kind == 0:
        return "PSC %s, Box %s, APO %s %s" % (d(rng, 4), d(rng, 4), st, z)
    if kind == 1:
        return "Unit %s Box %s, DPO %s %s" % (d(rng, 4), d(rng, 4), st, z)
    return "CMR %s Box %s, FPO %s %s" % (d(rng, 3), d(rng, 3), st, z)


def us_citystate(rng):
    f = fk("en_US", rng)
    return rng.choice(["%s, %s", "%s %s"]) % (f.city(), rng.choice(STATES))


def us_city(rng):
    return fk("en_US", rng).city()


def intl_address(loc, rng, multiline=False):
    if loc not in ADDR_OK:
        loc = rng.choice(sorted(ADDR_OK))
    a = fk(loc, rng).address().strip()
    parts = [p.strip() for p in a.split("\n") if p.strip()]
    return ("\n" if multiline else ", ").join(parts)


def intl_city(loc, rng):
    if loc in ("ar_SA", "tr_TR", "fil_PH", "en_CA"):
        return rng.choice({"ar_SA": ["الرياض", "جدة", "مكة"], "tr_TR": ["İzmir", "Ankara", "Bursa"],
                           "fil_PH": ["Cebu City", "Davao City", "Quezon City"], "en_CA": ["Winnipeg"]}[loc])
    return fk(loc, rng).city()


# ---------------- other ids ----------------
DOMAINS_US = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com", "comcast.net", "att.net"]
DOMAINS_INTL = {"en_GB": "btinternet.com", "de_DE": "web.de", "fr_FR": "orange.fr", "es_MX": "prodigy.net.mx",
                "es_ES": "telefonica.es", "it_IT": "libero.it", "pt_BR": "uol.com.br", "nl_NL": "ziggo.nl",
                "pl_PL": "wp.pl", "en_IN": "rediffmail.com", "ja_JP": "yahoo.co.jp", "zh_CN": "163.com",
                "ko_KR": "naver.com", "hi_IN": "rediffmail.com", "ar_SA": "gmail.com", "ru_RU": "yandex.ru",
                "tr_TR": "hotmail.com.tr", "vi_VN": "gmail.com", "fil_PH": "yahoo.com.ph"}


def email(rng, loc=None):
    f = fk("en_US" if loc is None or loc in NON_LATIN else loc, rng)
    first, last = ascii_slug(f.first_name()), ascii_slug(f.last_name())
    if not first:
        first = "user"
    if not last:
        last = d(rng, 3)
    user = rng.choice(["%s.%s", "%s%s", "%s_%s", "%s.%s" + d(rng, 2), "%s%s" + d(rng, 2)])
    user = user % (first, last) if user.count("%s") == 2 else user
    if rng.random() < 0.2:
        user = first[0] + last + d(rng, 2)
    dom = rng.choice(DOMAINS_US) if loc is None else DOMAINS_INTL.get(loc, "gmail.com")
    return user + "@" + dom


def url(rng, loc=None):
    f = fk("en_US" if loc is None or loc in NON_LATIN else loc, rng)
    first, last = ascii_slug(f.first_name()) or "kim", ascii_slug(f.last_name()) or "lee"
    tld = {"en_GB": "co.uk", "de_DE": "de", "fr_FR": "fr", "es_MX": "com.mx", "es_ES": "es", "it_IT": "it",
           "pt_BR": "com.br", "nl_NL": "nl", "pl_PL": "pl", "en_IN": "in"}.get(loc, "com")
    forms = ["https://www.%s%s.%s" % (first, last, tld),
             "https://www.facebook.com/%s.%s.%s" % (first, last, rng.randrange(1, 99)),
             "linkedin.com/in/%s-%s-%s" % (first, last, d(rng, 3)),
             "https://www.caringbridge.org/visit/%s%s" % (first, last),
             "https://gofundme.com/f/help-%s-%s" % (first, last),
             "http://%s%sphotography.%s/about" % (first, last, tld),
             "instagram.com/%s_%s" % (first, last),
             "https://%s-%s.blogspot.com" % (first, last),
             "https://mealtrain.com/trains/%s%s%s" % (first[0], last, d(rng, 2))]
    return rng.choice(forms)


def ssn(rng):
    a = rng.choice([str(rng.randrange(100, 665)), str(rng.randrange(667, 899))])
    b, c = "%02d" % rng.randrange(1, 99), "%04d" % rng.randrange(1, 9999)
    return rng.choice(["%s-%s-%s", "%s%s%s", "%s %s %s", "%s-%s-%s"]) % (a, b, c)


def mbi(rng):
    L = "ACDEFGHJKMNPQRTUVWXY"
    a = lambda: rng.choice(L + "0123456789")
    s = str(rng.randrange(1, 10)) + rng.choice(L) + a() + d(rng, 1) + rng.choice(L) + a() + d(rng, 1) + \
        rng.choice(L) + rng.choice(L) + d(rng, 2)
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if rng.random() < 0.5 else s


def mrn(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    forms = [lambda: d(rng, 7), lambda: d(rng, 8), lambda: "00" + d(rng, 6), lambda: "#" + d(rng, 8),
             lambda: rng.choice(L) + d(rng, 7), lambda: "".join(rng.choice(L) for _ in range(3)) + d(rng, 9),
             lambda: d(rng, 5) + "-" + d(rng, 2), lambda: mbi(rng), lambda: rng.choice(L) + rng.choice(L) + d(rng, 8),
             lambda: "MR" + d(rng, 6), lambda: d(rng, 3) + "-" + d(rng, 3) + "-" + d(rng, 3)]
    v = rng.choice(forms)()
    return v


def intl_mrn(loc, rng):
    if loc == "en_GB":
        return "%s %s %s" % (d(rng, 3), d(rng, 3), d(rng, 4))  # NHS-number shape
    if loc == "de_DE":
        return rng.choice("ABCDEFGHKLMNRSTW") + d(rng, 9)  # Versichertennummer shape
    if loc == "fr_FR":
        return "%s %s %s %s %s %s %s" % (rng.choice("12"), d(rng, 2), d(rng, 2), d(rng, 2), d(rng, 3), d(rng, 3), d(rng, 2))
    return rng.choice(["P" + d(rng, 8), d(rng, 10), "HN-" + d(rng, 6)])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dob(rng, intl=False):
    dt = date(rng.randrange(1925, 2020), rng.randrange(1, 13), rng.randrange(1, 29))
    m, dd, y = dt.month, dt.day, dt.year
    if intl:
        forms = ["%02d/%02d/%d" % (dd, m, y), "%02d.%02d.%d" % (dd, m, y), "%d-%02d-%02d" % (y, m, dd),
                 "%d %s %d" % (dd, MONTHS[m - 1], y), "%d %s %d" % (dd, MONTHS[m - 1][:3], y)]
    else:
        forms = ["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd),
                 "%s %d, %d" % (MONTHS[m - 1], dd, y), "%s %d %d" % (MONTHS[m - 1][:3], dd, y),
                 "%d-%d-%02d" % (m, dd, y % 100), "%02d/%02d/%02d" % (m, dd, y % 100), "%d.%d.%d" % (m, dd, y),
                 "%s %d %d" % (MONTHS[m - 1].lower(), dd, y)]
    return rng.choice(forms)


def luhn_fix(num15):
    digits = [int(c) for c in num15]
    s = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 0:
            dg *= 2
            if dg > 9:
                dg -= 9
        s += dg
    return num15 + str((10 - s % 10) % 10)


def card(rng):
    f = fk("en_US", rng)
    if rng.random() < 0.75:
        n = f.credit_card_number(card_type=rng.choice(["visa16", "mastercard", "discover", "amex"]))
    else:
        n = rng.choice("3456") + d(rng, 15)  # not necessarily Luhn-valid
    if len(n) == 16:
        sep = rng.choice(["", " ", "-", " "])
        if sep:
            n = sep.join(n[i:i + 4] for i in range(0, 16, 4))
    elif len(n) == 15 and rng.random() < 0.5:
        n = n[:4] + " " + n[4:10] + " " + n[10:]
    return n


def iban(rng, loc=None):
    loc = loc if loc in IBAN_LOCALES else rng.choice(IBAN_LOCALES)
    v = fk(loc, rng).iban()
    r = rng.random()
    if r < 0.5:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if rng.random() < 0.2:
        v = v.lower()
    return v


def routing(rng):
    return fk("en_US", rng).aba()


def bank_acct(rng):
    return d(rng, rng.choice([8, 9, 10, 11, 12]))
