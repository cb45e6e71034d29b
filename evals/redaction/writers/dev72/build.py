"""Build handwritten_dev72.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup: see handparse.py).
2. Fill the rest from the templates below with Faker values and my own word lists (fixed seed).
3. Every record (hand or template) must pass validate.check_record; a template sample that fails is redrawn.
"""
import glob
import json
import os
import random
import re
import string
import unicodedata
from collections import Counter
from datetime import date, timedelta

from faker import Faker

import handparse
import template_data as D
import validate

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev72.jsonl")
SEED = 7272
N_TEMPLATE = 235

rnd = random.Random(SEED)
_fakers = {}


def fk(loc):
    if loc not in _fakers:
        f = Faker(loc)
        f.seed_instance(SEED + len(_fakers))
        _fakers[loc] = f
    return _fakers[loc]


def ch(seq):
    return rnd.choice(seq)


def chance(p):
    return rnd.random() < p


# ---------------------------------------------------------------- markup helpers
def I(t, code, reg):
    return f"[[{t}|{code}|{reg}]]"


def K(t):
    return "{{" + t + "}}"


CODE_FIX = re.compile(r"\|(p|loc|ph|em|url|ssn|mrn|dob|acc)(\|(?:us|intl))?\]\]")


def lower_markup(s):
    return CODE_FIX.sub(lambda m: m.group(0).upper(), s.lower())


def upper_markup(s):
    return s.upper()


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def fill(phrase):
    """Expand {drug}/{lab}/{body}/{condition}/{weekday} (as keep words) and <word> (plain word, kept)."""
    phrase = re.sub(r"<([^>]+)>", lambda m: K(m.group(1)), phrase)
    phrase = phrase.replace("{drug}", K(ch(D.DRUGS))).replace("{lab}", K(ch(D.LABS)))
    phrase = phrase.replace("{body}", K(ch(D.BODY))).replace("{condition}", K(ch(D.CONDITIONS)))
    phrase = phrase.replace("{weekday}", K(ch(D.WEEKDAYS)))
    return phrase


# ---------------------------------------------------------------- people
US_NAME_LOCALES = [("en_US", 10), ("es_MX", 3), ("en_IN", 1), ("pl_PL", 1), ("it_IT", 1), ("pt_BR", 1),
                   ("fr_FR", 1), ("de_DE", 1), ("nl_NL", 0.5), ("tr_TR", 0.5), ("en_GB", 1)]
VIET_FIRST = ["Minh", "Linh", "Thảo", "Huy", "Trang", "Tuấn", "Ngọc", "Phương", "Khoa", "Hạnh", "Duy", "Quỳnh"]
VIET_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
KOREAN_ROMAN = [("Ji-woo", "Kim"), ("Seo-yeon", "Park"), ("Min-jun", "Lee"), ("Hyun-woo", "Choi"),
                ("Eun-ji", "Jung"), ("Dong-hyun", "Kang"), ("Soo-ah", "Yoon"), ("Jae-sung", "Han")]
FIL_NAMES = [("Maricel", "Santos"), ("Rodel", "Bautista"), ("Lorna", "Villanueva"), ("Jomar", "Reyes"),
             ("Analyn", "Dizon"), ("Ramil", "Mendoza"), ("Rowena", "Aquino"), ("Jun", "Castillo")]


FEMALE_ROLES = {"daughter", "wife", "granddaughter", "niece", "sister", "daughter-in-law", "Daughter", "Wife", "Sister"}
MALE_ROLES = {"son", "husband", "grandson", "nephew", "brother", "son-in-law", "Son", "Husband"}


def gender_of(role):
    return True if role in FEMALE_ROLES else False if role in MALE_ROLES else None


def us_person(female=None):
    r = rnd.random()
    if female is not None:
        locs, w = zip(*US_NAME_LOCALES)
        f = fk(rnd.choices(locs, w)[0])
        last = ch(D.WORD_SURNAMES) if chance(0.15) else f.last_name()
        return (f.first_name_female() if female else f.first_name_male()), last
    if r < 0.06:
        return ch(VIET_FIRST), ch(VIET_LAST)
    if r < 0.10:
        return ch(KOREAN_ROMAN)
    if r < 0.14:
        return ch(FIL_NAMES)
    locs, w = zip(*US_NAME_LOCALES)
    f = fk(rnd.choices(locs, w)[0])
    last = ch(D.WORD_SURNAMES) if chance(0.15) else f.last_name()
    return f.first_name(), last


# ---------------------------------------------------------------- US values
AREA = [201, 202, 205, 210, 212, 213, 214, 215, 216, 217, 248, 253, 262, 267, 303, 305, 312, 313, 314, 316, 317,
        347, 402, 404, 405, 412, 414, 415, 417, 419, 440, 469, 480, 502, 503, 504, 512, 513, 520, 559, 571, 585,
        601, 602, 608, 610, 612, 614, 615, 617, 619, 646, 678, 702, 704, 713, 714, 717, 720, 732, 757, 773, 786,
        801, 803, 804, 813, 816, 832, 847, 856, 860, 901, 904, 909, 912, 913, 916, 917, 918, 919, 925, 941, 949,
        956, 970, 971, 972, 973, 978, 985]
PHONE_FMTS = ["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}", "+1 {a} {e} {l}", "1-{a}-{e}-{l}",
              "001-{a}-{e}-{l}", "+1 ({a}) {e}-{l}", "({a}){e}-{l}", "{a} {e} {l}", "1 ({a}) {e}-{l}",
              "+1-{a}-{e}-{l}", "+1{a}{e}{l}", "({a}) {e}-{l}", "{a}-{e}-{l}", "{a}-{e}-{l}"]
EXT_FMTS = [" x{n}", " ext. {n}", " ext {n}", " extension {n}", " Ext. {n}", " x {n}", " ext.{n}"]
VANITY = ["PET-VETS", "GO-HAUL", "TAX-HELP", "FIX-ROOF", "NAIL-SPA", "CLEAN-IT", "DOG-WALK", "MOW-LAWN",
          "PIANO-4U", "CAKES-4U"]


def us_phone(ext_p=0.12, vanity_p=0.03):
    if chance(vanity_p):
        return f"1-{ch(['800', '888', '877', '866'])}-{ch(VANITY)}"
    a = ch(AREA)
    if chance(0.3):
        e, l = "555", f"01{rnd.randint(0, 99):02d}"
    else:
        e = f"{rnd.randint(2, 9)}{rnd.randint(0, 9)}{rnd.randint(0, 9)}"
        if e[1:] == "11":
            e = e[0] + "24"
        l = f"{rnd.randint(0, 9999):04d}"
    s = ch(PHONE_FMTS).format(a=a, e=e, l=l)
    if chance(ext_p):
        s += ch(EXT_FMTS).format(n=rnd.randint(2, 9999))
    return s


US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tucson", "AZ", "857"),
             ("Fresno", "CA", "937"), ("Albany", "NY", "122"), ("Macon", "GA", "312"), ("Lubbock", "TX", "794"),
             ("Spokane", "WA", "992"), ("Toledo", "OH", "436"), ("Mobile", "AL", "366"), ("Wichita", "KS", "672"),
             ("Knoxville", "TN", "379"), ("Boise", "ID", "837"), ("Reno", "NV", "895"), ("Tacoma", "WA", "984"),
             ("Akron", "OH", "443"), ("Yonkers", "NY", "107"), ("Hialeah", "FL", "330"), ("Laredo", "TX", "780"),
             ("Gary", "IN", "464"), ("Durham", "NC", "277"), ("Provo", "UT", "846"), ("Eugene", "OR", "974"),
             ("Savannah", "GA", "314"), ("Lansing", "MI", "489"), ("Flint", "MI", "485"), ("Camden", "NJ", "081"),
             ("Erie", "PA", "165"), ("Scranton", "PA", "185"), ("Duluth", "MN", "558"), ("Fargo", "ND", "581"),
             ("Sioux Falls", "SD", "571"), ("Billings", "MT", "591"), ("Casper", "WY", "826"),
             ("Pueblo", "CO", "810"), ("Las Cruces", "NM", "880"), ("Shreveport", "LA", "711"),
             ("Jackson", "MS", "392"), ("Little Rock", "AR", "722"), ("Tulsa", "OK", "741"),
             ("Omaha", "NE", "681"), ("Des Moines", "IA", "503"), ("Madison", "WI", "537"),
             ("Rockford", "IL", "611"), ("Dayton", "OH", "454"), ("Lexington", "KY", "405"),
             ("Charleston", "WV", "253"), ("Richmond", "VA", "232"), ("Hartford", "CT", "061"),
             ("Providence", "RI", "029"), ("Worcester", "MA", "016"), ("Manchester", "NH", "031"),
             ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Wilmington", "DE", "198"),
             ("Baltimore", "MD", "212"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"),
             ("Chula Vista", "CA", "919"), ("Bakersfield", "CA", "933"), ("El Paso", "TX", "799"),
             ("Brownsville", "TX", "785"), ("Kissimmee", "FL", "347"), ("Tallahassee", "FL", "323"),
             ("Augusta", "GA", "309"), ("Columbia", "SC", "292"), ("Asheville", "NC", "288"),
             ("Chattanooga", "TN", "374"), ("Huntsville", "AL", "358"), ("Peoria", "IL", "616"),
             ("Kalamazoo", "MI", "490"), ("St. Paul", "MN", "551"), ("Topeka", "KS", "666"),
             ("Joplin", "MO", "648"), ("St. Louis", "MO", "631"), ("Yakima", "WA", "989"), ("Salem", "OR", "973"),
             ("Flagstaff", "AZ", "860"), ("Ogden", "UT", "844"), ("Greeley", "CO", "806"),
             ("Bronx", "NY", "104"), ("Brooklyn", "NY", "112"), ("Oakland", "CA", "946"), ("Newark", "NJ", "071"),
             ("Cicero", "IL", "608"), ("Gainesville", "FL", "326"), ("McAllen", "TX", "785"),
             ("Fort Wayne", "IN", "468"), ("Grand Rapids", "MI", "495"), ("Cedar Rapids", "IA", "524")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "AZ": "Arizona", "CA": "California", "NY": "New York", "GA": "Georgia",
               "TX": "Texas", "WA": "Washington", "FL": "Florida", "MI": "Michigan", "PA": "Pennsylvania",
               "NC": "North Carolina", "MN": "Minnesota"}
STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Chestnut", "Willow", "Birch", "Sycamore", "Magnolia",
           "Dogwood", "Hickory", "Washington", "Lincoln", "Jefferson", "Madison", "Monroe", "Franklin", "Lake",
           "River", "Spring", "Meadow", "Ridge", "Valley", "Sunset", "Highland", "Forest", "Mill", "Main", "Market",
           "Center", "Union", "Broad", "Prospect", "Pleasant", "Orchard", "Bayview", "Harbor", "Cherry", "Peach",
           "Laurel", "Aspen", "Cottonwood", "Mesquite", "Saguaro", "Palmetto", "Bluebonnet", "Shady Oak",
           "Quail Run", "Fox Hollow", "Deer Creek", "Country Club", "Old Mill", "Kings", "Martin Luther King Jr",
           "Cesar Chavez", "Veterans", "Airport", "College", "University", "Railroad", "N 3rd", "S 12th", "E 45th",
           "W 7th", "NW 23rd", "SE 104th", "Frontage", "Tamarack", "Juniper", "Coral", "Larkspur", "Buena Vista",
           "Calle Ocho", "Pueblo", "Wabash", "Kedzie", "Halsted", "Peachtree", "Bell", "Church", "Park", "Hill"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct",
          "Way", "Pl", "Ter", "Cir", "Pkwy", "Hwy", "Trl", "Loop", "Pike"]
UNITS = ["Apt 4B", "Apt. 12", "Apt 3C", "#12", "# 305", "Unit 6", "Unit B", "Suite 210", "Ste 400", "Apt 1R",
         "Lot 17", "Trlr 9", "Bldg 2 Apt 114", "Fl 2", "Rm 8", "APT 2", "Apt #7", "Unit 1204", "#B", "Apt 10D"]


def us_zip(pfx, plus4_p=0.15):
    z = pfx + f"{rnd.randint(1, 99):02d}"
    if chance(plus4_p):
        z += f"-{rnd.randint(1, 9999):04d}"
    return z


def us_street():
    num = str(rnd.choice([rnd.randint(1, 99), rnd.randint(100, 999), rnd.randint(1000, 9999), rnd.randint(10000, 29999)]))
    d = ch(["", "", "", "N ", "S ", "E ", "W ", "NE "])
    return f"{num} {d}{ch(STREETS)} {ch(SUFFIX)}"


def us_address(kind=None):
    """A whole US address (one identifier). kind: street|pobox|rural|military|citystate|None(random)."""
    city, st, pfx = ch(US_CITIES)
    if kind is None:
        kind = rnd.choices(["street", "pobox", "rural", "military", "citystate"], [70, 9, 5, 7, 9])[0]
    z = us_zip(pfx)
    if kind == "street":
        street = us_street()
        unit = ch(UNITS) if chance(0.45) else ""
        form = rnd.randint(0, 5)
        if form == 0:
            return f"{street}{', ' + unit if unit else ''}, {city}, {st} {z}"
        if form == 1:
            return f"{street}{' ' + unit if unit else ''}\n{city}, {st} {z}"
        if form == 2 and unit:
            return f"{street}\n{unit}\n{city}, {st} {z}"
        if form == 3:
            return f"{street}{' ' + unit if unit else ''} {city} {st} {z}"
        if form == 4:
            return f"{street}{' ' + unit if unit else ''}, {city} {st} {z}"
        return f"{street}{', ' + unit if unit else ''}, {city}, {STATE_NAMES.get(st, st)} {z}"
    if kind == "pobox":
        box = ch(["PO Box", "P.O. Box", "POB", "P O Box", "Post Office Box"])
        return f"{box} {rnd.randint(1, 9999)}, {city}, {st} {z}"
    if kind == "rural":
        r = ch(["RR {a} Box {b}", "Rural Route {a} Box {b}", "HC {c} Box {d}", "RR {a}, Box {b}"])
        r = r.format(a=rnd.randint(1, 9), b=rnd.randint(1, 400), c=rnd.randint(30, 89), d=rnd.randint(100, 9999))
        return f"{r}, {city}, {st} {z}"
    if kind == "military":
        code = ch(["AE", "AP", "AA"])
        mz = {"AE": "09", "AP": "96", "AA": "340"}[code]
        mz = mz + "".join(str(rnd.randint(0, 9)) for _ in range(5 - len(mz)))
        post = ch(["APO", "FPO", "DPO"])
        f = rnd.randint(0, 3)
        if f == 0:
            return f"PSC {rnd.randint(100, 9999)}, Box {rnd.randint(1, 9999)}, {post} {code} {mz}"
        if f == 1:
            return f"Unit {rnd.randint(1000, 9999)} Box {rnd.randint(1, 9999)}\n{post} {code} {mz}"
        if f == 2:
            return f"CMR {rnd.randint(100, 999)} Box {rnd.randint(1, 9999)}, APO {code} {mz}"
        return f"{ch(['USS Nimitz', 'USS Bataan', 'USNS Mercy', 'USS Gerald R. Ford'])}, FPO {code} {mz}"
    # city with state
    f = rnd.randint(0, 2)
    if f == 0:
        return f"{city}, {st}"
    if f == 1:
        return f"{city}, {st} {z}"
    return f"{city} {st}"


def us_city():
    return ch(US_CITIES)[0]


def ssn():
    a = rnd.randint(1, 899)
    if a == 666:
        a = 667
    g, s = rnd.randint(1, 99), rnd.randint(1, 9999)
    return ch(["{a:03d}-{g:02d}-{s:04d}"] * 4 + ["{a:03d}{g:02d}{s:04d}", "{a:03d} {g:02d} {s:04d}"]).format(a=a, g=g, s=s)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    c = [str(rnd.randint(1, 9)), ch(MBI_L), ch(MBI_L + "0123456789"), str(rnd.randint(0, 9)), ch(MBI_L),
         ch(MBI_L + "0123456789"), str(rnd.randint(0, 9)), ch(MBI_L), ch(MBI_L), str(rnd.randint(0, 9)),
         str(rnd.randint(0, 9))]
    s = "".join(c)
    return s if chance(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def digits(n):
    return "".join(str(rnd.randint(0, 9)) for _ in range(n))


def letters(n):
    return "".join(ch(string.ascii_uppercase) for _ in range(n))


def mrn():
    """(label, value). The label stays outside the identifier."""
    kind = rnd.randint(0, 11)
    if kind == 0:
        return ch(["MRN", "MRN:", "MRN#", "mrn"]), digits(rnd.choice([7, 8, 9]))
    if kind == 1:
        return ch(["MRN", "MR#", "Med Rec #"]), f"{digits(3)}-{digits(3)}-{digits(2)}"
    if kind == 2:
        return ch(["chart #", "Chart No.", "chart number"]), f"{ch('CKHM')}{digits(7)}"
    if kind == 3:
        return ch(["member ID", "Member ID:", "member id #", "ID#"]), f"{letters(3)}{digits(9)}"
    if kind == 4:
        return ch(["Medicare #", "Medicare number", "MBI", "medicare id"]), mbi()
    if kind == 5:
        return ch(["Medicaid #", "Medicaid ID", "medicaid no."]), ch([f"{digits(9)}{ch('ABCDEFGH')}", f"{letters(2)}{digits(8)}"])
    if kind == 6:
        return ch(["subscriber ID", "Subscriber #", "policy #"]), f"{letters(1)}{digits(8)}{ch(['', '01', '-02'])}"
    if kind == 7:
        return ch(["MRN", "Acct/MRN", "patient ID"]), f"{ch(['MR', 'PT', 'HMC'])}-{digits(7)}"
    if kind == 8:
        return "", digits(8)
    if kind == 9:
        return ch(["VA file #", "EDIPI"]), digits(10)
    if kind == 10:
        return ch(["member id", "ID"]), f"{letters(2)}{digits(3)} {digits(4)} {digits(2)}"
    return ch(["MRN", "hospital #"]), f"{digits(2)}-{digits(2)}-{digits(2)}-{digits(2)}"


MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dob_date(lo=1925, hi=2020):
    return date(lo, 1, 1) + timedelta(days=rnd.randint(0, (date(hi, 12, 31) - date(lo, 1, 1)).days))


def dob_us(d=None):
    d = d or dob_date()
    f = rnd.randint(0, 10)
    return [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{D.MONTHS[d.month - 1]} {d.day}, {d.year}", f"{MONTH_ABBR[d.month - 1]} {d.day} {d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.month:02d}-{d.day:02d}-{d.year}",
            f"{d.month}.{d.day}.{d.year % 100:02d}", f"{MONTH_ABBR[d.month - 1]}. {d.day}, {d.year}",
            f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}-{d.day}-{d.year}"][f]


def dob_intl(d=None):
    d = d or dob_date()
    f = rnd.randint(0, 4)
    return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}"][f]


def age_of(d):
    return max(1, 2025 - d.year)


EMAIL_DOMAINS = ["gmail.com"] * 6 + ["yahoo.com"] * 3 + ["outlook.com", "hotmail.com", "icloud.com", "aol.com",
                                                         "comcast.net", "att.net", "sbcglobal.net", "verizon.net",
                                                         "protonmail.com", "me.com", "live.com", "msn.com",
                                                         "charter.net", "bellsouth.net", "cox.net"]


def email_for(first, last, domains=EMAIL_DOMAINS):
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower()) or "mail"
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower()) or "home"
    pat = ch(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}", "{f}.{l}{n}", "{l}.{f}", "{f}{y}", "{f0}{l}{n}",
              "{l}{f0}", "{f}.{l0}{y}", "{l}family", "{f}{l}{y}"])
    user = pat.format(f=f, l=l, f0=f[0], l0=l[0], n=rnd.randint(1, 99), y=rnd.randint(40, 99))
    return f"{user}@{ch(domains)}"


def work_email(first, last, org):
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    return f"{ch(['{f}.{l}', '{f0}{l}', '{f}'])}".format(f=f, l=l, f0=f[0]) + "@" + org


def url_for(first, last):
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    pat = ch(["https://www.caringbridge.org/visit/{f}{l}", "https://www.gofundme.com/f/help-{f}-{l}-{thing}",
              "gofundme.com/f/{f}-{l}-{thing}-fund", "https://www.facebook.com/{f}.{l}.{n}",
              "facebook.com/{f}{l}{n}", "https://www.linkedin.com/in/{f}-{l}-{hex}", "instagram.com/{f}_{l}",
              "https://www.{f}{l}.com", "https://{f}{l}.wordpress.com", "https://sites.google.com/view/{f}-{l}-care",
              "http://www.{l}familydental.com", "https://calendly.com/{f}-{l}", "https://paypal.me/{f}{l}{n}",
              "https://lotsahelpinghands.com/c/{n}{n}/{l}-family", "www.{f}{l}photography.net",
              "https://mealtrain.com/trains/{l}-{f}", "https://{f}-{l}.squarespace.com", "https://{l}law.com/{f}"])
    return pat.format(f=f, l=l, n=rnd.randint(1, 999), hex="".join(ch("0123456789abcdef") for _ in range(8)),
                      thing=ch(["recovery", "surgery", "medical-bills", "transplant", "cancer-fight", "rehab"]))


# ---------------------------------------------------------------- accounts
def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


IBAN_PATTERNS = {"DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 23, "ES": "n" * 20, "NL": "aaaa" + "n" * 10,
                 "IT": "a" + "n" * 22, "PL": "n" * 24, "PT": "n" * 21, "BE": "n" * 12, "IE": "aaaa" + "n" * 14,
                 "CH": "n" * 17, "AT": "n" * 16, "TR": "n" * 22, "SA": "n" * 20, "BR": "n" * 23 + "a" + "n"}


def iban(country=None):
    country = country or ch(list(IBAN_PATTERNS))
    bban = "".join(ch(string.digits) if c == "n" else ch(string.ascii_uppercase) for c in IBAN_PATTERNS[country])
    raw = country + iban_check(country, bban) + bban
    f = rnd.randint(0, 5)
    if f in (0, 1):
        s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif f == 2:
        s = raw
    elif f == 3:
        s = raw.lower()
    elif f == 4:
        s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()
    else:
        s = raw
    return s


def luhn_fix(d):
    for x in string.digits:
        cand = d + x
        tot = 0
        for i, c in enumerate(reversed(cand)):
            n = int(c)
            if i % 2:
                n = n * 2 - 9 if n * 2 > 9 else n * 2
            tot += n
        if tot % 10 == 0:
            return cand


def card():
    """(label, value)"""
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "amex":
        d = luhn_fix(ch(["34", "37"]) + digits(12))
    else:
        pre = {"visa": "4", "mc": ch(["51", "52", "53", "54", "55", "2221", "2720"]), "disc": "6011"}[kind]
        d = luhn_fix(pre + digits(15 - len(pre)))
    if chance(0.15):  # not Luhn-valid (spec: valid Luhn or not)
        d = d[:-1] + str((int(d[-1]) + rnd.randint(1, 9)) % 10)
    sep = ch([" ", "-", "", " "])
    if kind == "amex":
        v = sep.join([d[:4], d[4:10], d[10:]])
    else:
        v = sep.join(d[i:i + 4] for i in range(0, 16, 4))
    label = {"visa": ["visa", "Visa", "card", "credit card", "cc", "VISA card"],
             "mc": ["Mastercard", "MC", "card", "credit card", "cc", "debit card"],
             "amex": ["Amex", "AmEx card", "credit card", "card"],
             "disc": ["Discover", "card", "cc", "credit card"]}[kind]
    return ch(label), v


def aba():
    d = [rnd.randint(0, 9) for _ in range(8)]
    d[0] = ch([0, 1, 2, 3])
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(a * b for a, b in zip(d, w))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def bank_acct():
    v = digits(rnd.randint(8, 12))
    if chance(0.2):
        v = f"{v[:4]}-{v[4:]}"
    return v


# ---------------------------------------------------------------- international
INTL = {
    "GB": dict(loc="en_GB", domains=["gmail.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "outlook.com"]),
    "IE": dict(loc="en_IE", domains=["gmail.com", "eircom.net", "hotmail.com"]),
    "CA": dict(loc="en_CA", domains=["gmail.com", "rogers.com", "sympatico.ca", "shaw.ca", "videotron.ca"]),
    "DE": dict(loc="de_DE", domains=["gmx.de", "web.de", "t-online.de", "gmail.com"]),
    "FR": dict(loc="fr_FR", domains=["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"]),
    "MX": dict(loc="es_MX", domains=["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx"]),
    "ES": dict(loc="es_ES", domains=["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"]),
    "BR": dict(loc="pt_BR", domains=["gmail.com", "uol.com.br", "terra.com.br", "bol.com.br"]),
    "IT": dict(loc="it_IT", domains=["libero.it", "gmail.com", "alice.it", "virgilio.it"]),
    "NL": dict(loc="nl_NL", domains=["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"]),
    "PL": dict(loc="pl_PL", domains=["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"]),
    "JP": dict(loc="ja_JP", domains=["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"]),
    "KR": dict(loc="ko_KR", domains=["naver.com", "daum.net", "gmail.com", "kakao.com"]),
    "CN": dict(loc="zh_CN", domains=["qq.com", "163.com", "126.com", "sina.com"]),
    "IN": dict(loc="en_IN", domains=["gmail.com", "rediffmail.com", "yahoo.co.in"]),
    "RU": dict(loc="ru_RU", domains=["yandex.ru", "mail.ru", "gmail.com"]),
    "SA": dict(loc="ar_SA", domains=["gmail.com", "hotmail.com", "outlook.sa"]),
    "PH": dict(loc="fil_PH", domains=["gmail.com", "yahoo.com.ph"]),
    "AU": dict(loc="en_AU", domains=["bigpond.com", "gmail.com", "optusnet.com.au"]),
    "TR": dict(loc="tr_TR", domains=["gmail.com", "hotmail.com.tr", "yandex.com.tr"]),
    "VN": dict(loc="vi_VN", domains=["gmail.com", "yahoo.com.vn"]),
}


def intl_person(cc, female=None):
    """(first, last, display, romanized_display). female=True/False picks a gendered given name where Faker has one."""
    if cc == "VN":
        f, l = ch(VIET_FIRST), ch(VIET_LAST)
        return f, l, f"{l} {ch(['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh'])} {f}", None
    if cc == "PH":
        f, l = ch(FIL_NAMES)
        return f, l, f"{f} {l}", None
    f = fk(INTL[cc]["loc"])
    def given():
        if female is True and hasattr(f, "first_name_female"):
            return f.first_name_female()
        if female is False and hasattr(f, "first_name_male"):
            return f.first_name_male()
        return f.first_name()
    if cc in ("JP", "CN"):
        first, last = given(), f.last_name()
        rom = f"{f.first_romanized_name()} {f.last_romanized_name()}"
        disp = f"{last} {first}" if cc == "JP" and chance(0.5) else f"{last}{first}"
        return first, last, disp, rom
    if cc == "KR":
        first, last = given(), f.last_name()
        return first, last, f"{last}{first}", None
    if cc == "RU":
        first, last = given(), (f.last_name_female() if female else f.last_name_male()) if female is not None else f.last_name()
        return first, last, ch([f"{first} {last}", f"{last} {first}"]), None
    if cc == "SA":
        first, last = given(), f.last_name()
        return first, last, f"{first} {last}", None
    first, last = given(), f.last_name()
    return first, last, f"{first} {last}", None


GB_TOWNS = {"Leeds": "LS", "Manchester": "M", "Bristol": "BS", "Cardiff": "CF", "Glasgow": "G", "Edinburgh": "EH",
            "Norwich": "NR", "York": "YO", "Brighton": "BN", "Leicester": "LE", "Coventry": "CV", "Belfast": "BT",
            "Sheffield": "S", "London": "SE", "Plymouth": "PL", "Exeter": "EX"}


def pc_gb(area):
    return f"{area}{rnd.randint(1, 20)} {rnd.randint(0, 9)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}"


def intl_address(cc):
    n = rnd.randint(1, 240)
    if cc == "GB":
        town = ch(sorted(GB_TOWNS))
        area = GB_TOWNS[town] if town != "London" else ch(["SE", "N", "E", "SW", "NW", "W"])
        street = ch(["Victoria Road", "Church Lane", "Station Road", "High Street", "Mill Lane", "Park Avenue",
                     "Kingsway", "Albert Street", "Queen's Road", "Grange Road", "Manor Way", "The Crescent",
                     "Beech Grove", "Chapel Street"])
        return ch([f"{n} {street}, {town} {pc_gb(area)}", f"Flat {rnd.randint(1, 12)}, {n} {street}\n{town}\n{pc_gb(area)}",
                   f"{n} {street}\n{town} {pc_gb(area)}", f"{ch(['Rose Cottage', 'The Old Rectory', 'Ivy House'])}, {street}, {town} {pc_gb(area)}"])
    if cc == "IE":
        town = ch(["Dublin 8", "Cork", "Galway", "Limerick", "Ennis, Co. Clare", "Tralee, Co. Kerry", "Sligo"])
        street = ch(["Main Street", "Church Road", "O'Connell Street", "Sea Road", "Abbey Street"])
        eir = f"{ch(['D08', 'T12', 'H91', 'V94', 'V95', 'V92', 'F91'])} {ch(string.ascii_uppercase)}{rnd.randint(1, 9)}{ch(string.ascii_uppercase)}{rnd.randint(1, 9)}"
        return f"{n} {street}, {town}, {eir}"
    if cc == "CA":
        city, prov, L = ch([("Toronto", "ON", "M"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"),
                            ("Calgary", "AB", "T"), ("Edmonton", "AB", "T"), ("Winnipeg", "MB", "R"),
                            ("Halifax", "NS", "B"), ("Ottawa", "ON", "K"), ("Québec", "QC", "G"), ("Regina", "SK", "S")])
        street = ch(["Rue Saint-Denis", "Bloor St W", "Jasper Ave", "Granville St", "Portage Ave", "Barrington St",
                     "Queen St E", "Main St", "Yonge St", "Rue Sherbrooke Est"])
        pc = f"{L}{rnd.randint(1, 9)}{ch('ABCEGHJKLMNPRSTVXY')} {rnd.randint(0, 9)}{ch('ABCEGHJKLMNPRSTVWXYZ')}{rnd.randint(0, 9)}"
        unit = ch(["", "", f"Unit {rnd.randint(1, 30)}, ", f"{rnd.randint(100, 2400)}-"])
        return f"{unit}{n * 10} {street}, {city}, {prov} {pc}"
    if cc == "DE":
        city, p = ch([("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
                      ("Stuttgart", "70"), ("Leipzig", "04"), ("Dresden", "01"), ("Bremen", "28"), ("Nürnberg", "90")])
        street = ch(["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestr.", "Lindenallee",
                     "Am Markt", "Bergstraße", "Kirchgasse", "Rosenweg", "Friedrichstr."])
        return ch([f"{street} {n}, {p}{digits(3)} {city}", f"{street} {n}\n{p}{digits(3)} {city}",
                   f"{street} {n}a, {p}{digits(3)} {city}"])
    if cc == "FR":
        city, p = ch([("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nantes", "440"),
                      ("Lille", "590"), ("Bordeaux", "330"), ("Nice", "060"), ("Strasbourg", "670"), ("Rennes", "350")])
        pc = (p + digits(5 - len(p)))
        street = ch(["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
                     "place du Marché", "allée des Tilleuls", "rue Pasteur", "chemin des Vignes"])
        return ch([f"{n} {street}, {pc} {city}", f"{n}, {street}\n{pc} {city}", f"Bât. B, {n} {street}, {pc} {city}"])
    if cc == "MX":
        street, col, cp, city = ch([("Av. Insurgentes Sur", "Col. Del Valle", "03100", "Ciudad de México, CDMX"),
                                    ("Calle Morelos", "Centro", "44100", "Guadalajara, Jal."),
                                    ("Av. Constitución", "Col. Obispado", "64060", "Monterrey, N.L."),
                                    ("Calle 5 de Mayo", "Centro Histórico", "72000", "Puebla, Pue."),
                                    ("Calle 60", "Col. Centro", "97000", "Mérida, Yuc."),
                                    ("Calz. Independencia", "Zona Centro", "22000", "Tijuana, B.C."),
                                    ("Av. Juárez", "Col. Reforma", "68050", "Oaxaca de Juárez, Oax.")])
        return ch([f"{street} {n}, {col}, {cp} {city}", f"{street} #{n} int. {rnd.randint(1, 12)}, {col}, C.P. {cp}, {city}"])
    if cc == "ES":
        city, p = ch([("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Bilbao", "480"),
                      ("Zaragoza", "500"), ("Málaga", "290")])
        street = ch(["Calle Mayor", "C/ Gran Vía", "Avda. de la Constitución", "Calle Real", "Paseo de Gracia", "C/ Sol"])
        return f"{street} {n}, {rnd.randint(1, 8)}º {ch(['A', 'B', 'izq.', 'dcha.'])}, {p}{digits(2)} {city}"
    if cc == "BR":
        city, uf, p = ch([("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"),
                          ("Recife", "PE", "5"), ("Porto Alegre", "RS", "9"), ("Fortaleza", "CE", "6"),
                          ("Curitiba", "PR", "8")])
        street = ch(["Rua das Flores", "Av. Paulista", "Rua Sete de Setembro", "Rua XV de Novembro", "Av. Brasil",
                     "Rua da Consolação"])
        cep = f"{p}{digits(4)}-{digits(3)}"
        return ch([f"{street}, {n}, apto {rnd.randint(11, 190)}, {city} - {uf}, {cep}", f"{street}, {n} - Centro, {city} - {uf}, {cep}"])
    if cc == "IT":
        city, p, pr = ch([("Roma", "001", "RM"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
                          ("Bologna", "401", "BO"), ("Firenze", "501", "FI"), ("Palermo", "901", "PA")])
        street = ch(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Dante", "Piazza Mazzini", "Via Verdi"])
        return f"{street} {n}, {p}{digits(2)} {city} {pr}"
    if cc == "NL":
        city, p = ch([("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
                      ("Groningen", "97")])
        street = ch(["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Julianalaan", "Prinsengracht"])
        return f"{street} {n}, {p}{digits(2)} {ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)} {city}"
    if cc == "PL":
        city, p = ch([("Warszawa", "00"), ("Kraków", "30"), ("Wrocław", "50"), ("Poznań", "60"), ("Łódź", "90"), ("Gdańsk", "80")])
        street = ch(["ul. Marszałkowska", "ul. Długa", "ul. Polna", "al. Jana Pawła II", "ul. Słowackiego", "ul. Lipowa"])
        return f"{street} {n}/{rnd.randint(1, 60)}, {p}-{digits(3)} {city}"
    if cc == "JP":
        if chance(0.6):
            a = ch(["東京都渋谷区神南1-2-3", "大阪府大阪市中央区本町2-5-7", "神奈川県横浜市港北区新横浜3-8-11",
                    "愛知県名古屋市中村区名駅4-6-17", "福岡県福岡市博多区博多駅前2-1-1", "北海道札幌市中央区北5条西2-5",
                    "京都府京都市左京区下鴨本町15"])
            return f"〒{digits(3)}-{digits(4)} {a}"
        return ch([f"{rnd.randint(1, 9)}-{rnd.randint(1, 30)}-{rnd.randint(1, 20)} Jingumae, Shibuya-ku, Tokyo {digits(3)}-{digits(4)}",
                   f"{rnd.randint(1, 9)}-{rnd.randint(1, 30)} Umeda, Kita-ku, Osaka {digits(3)}-{digits(4)}"])
    if cc == "KR":
        a = ch(["서울특별시 강남구 테헤란로", "부산광역시 해운대구 센텀중앙로", "대구광역시 중구 동성로", "인천광역시 연수구 컨벤시아대로"])
        return ch([f"{a} {n} ({digits(5)})", f"{n} Teheran-ro, Gangnam-gu, Seoul {digits(5)}"])
    if cc == "CN":
        a = ch(["北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区天河路", "成都市武侯区人民南路", "杭州市西湖区文三路"])
        return ch([f"{a}{n}号", f"{a}{n}号 {digits(6)}"])
    if cc == "IN":
        city, st, p = ch([("Bengaluru", "Karnataka", "560"), ("Hyderabad", "Telangana", "500"), ("Chennai", "Tamil Nadu", "600"),
                          ("Kolkata", "West Bengal", "700"), ("New Delhi", "Delhi", "110"), ("Jaipur", "Rajasthan", "302"),
                          ("Lucknow", "Uttar Pradesh", "226"), ("Kochi", "Kerala", "682")])
        return ch([f"Flat {rnd.randint(101, 1204)}, {ch(['Green Park Apartments', 'Lake View Residency', 'Sai Enclave'])}, "
                   f"{ch(['MG Road', 'Station Road', '3rd Cross', 'Nehru Nagar'])}, {city}, {st} {p}{digits(3)}",
                   f"H.No. {rnd.randint(1, 40)}-{rnd.randint(1, 300)}, {ch(['Gandhi Nagar', 'Civil Lines', 'Sector 14'])}, {city} {p}{digits(3)}"])
    if cc == "RU":
        city, p = ch([("Москва", "1"), ("Санкт-Петербург", "19"), ("Казань", "420"), ("Новосибирск", "630")])
        return f"ул. {ch(['Ленина', 'Пушкина', 'Гагарина', 'Мира'])}, д. {n}, кв. {rnd.randint(1, 200)}, {city}, {p}{digits(6 - len(p))}"
    if cc == "SA":
        return ch([f"{ch(['الرياض', 'جدة', 'الدمام'])}، حي {ch(['النخيل', 'الروضة', 'العليا'])}، شارع {ch(['الملك فهد', 'التحلية'])} {n}",
                   f"{n} King Fahd Rd, Al Olaya, Riyadh {digits(5)}"])
    if cc == "PH":
        return f"Blk {rnd.randint(1, 30)} Lot {rnd.randint(1, 40)}, {ch(['Mabini St.', 'Rizal Ave.', 'Sampaguita St.'])}, " \
               f"Brgy. {ch(['San Isidro', 'Poblacion', 'Bagong Silang'])}, {ch(['Quezon City 1100', 'Cebu City 6000', 'Davao City 8000', 'Makati 1200'])}"
    if cc == "AU":
        city, st, p = ch([("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fortitude Valley", "QLD", "4006"),
                          ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")])
        return f"{ch(['', f'Unit {rnd.randint(1, 20)}/'])}{n} {ch(['Smith St', 'King St', 'Beach Rd', 'George St'])}, {city} {st} {p}"
    if cc == "TR":
        return f"{ch(['Atatürk Cad.', 'Cumhuriyet Mah.', 'İstiklal Cad.'])} No: {n} D: {rnd.randint(1, 20)}, {digits(5)} {ch(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}"
    if cc == "VN":
        return f"{n} {ch(['Lê Lợi', 'Nguyễn Huệ', 'Trần Hưng Đạo'])}, {ch(['Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội'])}"
    raise ValueError(cc)


def intl_city(cc):
    return {"GB": ["Leeds", "Bristol", "Glasgow", "Norwich"], "IE": ["Cork", "Galway"], "CA": ["Winnipeg", "Halifax", "Calgary"],
            "DE": ["Hamburg", "Leipzig", "Köln"], "FR": ["Toulouse", "Lille", "Nantes"], "MX": ["Guadalajara", "Puebla", "Monterrey"],
            "ES": ["Sevilla", "Bilbao"], "BR": ["Recife", "Fortaleza"], "IT": ["Torino", "Bologna"], "NL": ["Groningen", "Eindhoven"],
            "PL": ["Kraków", "Wrocław"], "JP": ["大阪", "札幌", "Nagoya"], "KR": ["부산", "Daegu"], "CN": ["成都", "杭州"],
            "IN": ["Jaipur", "Lucknow", "Kochi"], "RU": ["Казань", "Новосибирск"], "SA": ["الدمام", "Riyadh"],
            "PH": ["Cebu", "Davao"], "AU": ["Perth", "Adelaide"], "TR": ["Ankara", "İzmir"], "VN": ["Đà Nẵng", "Huế"]}[cc]


def intl_phone(cc):
    d = digits
    f = {
        "GB": [f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"0113 {d(3)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}"],
        "IE": [f"+353 8{rnd.randint(3, 9)} {d(3)} {d(4)}", f"08{rnd.randint(3, 9)} {d(3)} {d(4)}", f"(01) {d(3)} {d(4)}"],
        "CA": [f"({ch([416, 514, 604, 403, 780, 204, 902])}) {d(3)}-{d(4)}", f"+1 {ch([613, 418, 306])} {d(3)} {d(4)}"],
        "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 1{ch(['51', '60', '70', '76'])} {d(7)}", f"0{ch(['89', '40', '221'])} {d(6)}", f"+49 (0)711 {d(6)}"],
        "FR": [f"+33 {rnd.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}", f"0{rnd.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}", f"0{ch('67')}.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
        "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
        "ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}"],
        "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}", f"(11) {d(4)}-{d(4)}"],
        "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"],
        "NL": [f"+31 6 {d(8)}", f"06-{d(8)}", f"020-{d(3)} {d(4)}", f"+31 (0)30 {d(3)} {d(4)}"],
        "PL": [f"+48 {rnd.randint(5, 8)}{d(2)} {d(3)} {d(3)}", f"{rnd.randint(5, 8)}{d(2)} {d(3)} {d(3)}", f"(22) {d(3)} {d(2)} {d(2)}"],
        "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}", f"06-{d(4)}-{d(4)}"],
        "KR": [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"],
        "CN": [f"+86 13{d(1)} {d(4)} {d(4)}", f"13{d(1)}-{d(4)}-{d(4)}", f"(010) {d(4)} {d(4)}", f"+86 21 {d(4)} {d(4)}"],
        "IN": [f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"+91-8{d(9)}", f"080 {d(4)} {d(4)}", f"+91 22 {d(4)} {d(4)}"],
        "RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"+7 (495) {d(3)}-{d(2)}-{d(2)}"],
        "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}"],
        "PH": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"],
        "AU": [f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}", f"+61 3 {d(4)} {d(4)}"],
        "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}"],
        "VN": [f"+84 9{d(1)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(3)}", f"+84 28 {d(4)} {d(4)}"],
    }[cc]
    return ch(f)


IBAN_FOR = {"GB": "GB", "IE": "IE", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "BR": "BR",
            "TR": "TR", "SA": "SA"}
INTL_NATIONAL_ID = {"GB": ("NHS number", lambda: f"{digits(3)} {digits(3)} {digits(4)}"),
                    "IE": ("MRN", lambda: digits(7)),
                    "CA": ("health card", lambda: f"{digits(4)}-{digits(3)}-{digits(3)}-{letters(2)}"),
                    "DE": ("Versichertennummer", lambda: f"{letters(1)}{digits(9)}"),
                    "FR": ("n° de sécurité sociale", lambda: f"{ch('12')} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}"),
                    "AU": ("Medicare no.", lambda: f"{digits(4)} {digits(5)} {digits(1)}"),
                    "IN": ("UHID", lambda: f"{letters(3)}{digits(8)}"),
                    "MX": ("NSS", lambda: digits(11)),
                    "BR": ("Cartão SUS", lambda: f"{digits(3)} {digits(4)} {digits(4)} {digits(4)}"),
                    "NL": ("patiëntnummer", lambda: digits(8)),
                    "IT": ("tessera sanitaria", lambda: f"{digits(20)}"),
                    "ES": ("NHC", lambda: digits(7)),
                    "PL": ("nr karty", lambda: f"{letters(2)}-{digits(6)}")}


# ================================================================ templates
# Each returns (style, markup). Markup uses the same [[text|CODE|REGION]] / {{keep}} syntax as hand/*.txt.
PHARMACIES = ["Walgreens", "CVS", "Rite Aid", "Walmart pharmacy", "Costco pharmacy", "Kroger pharmacy",
              "Publix pharmacy", "Hy-Vee pharmacy", "H-E-B pharmacy", "Safeway pharmacy", "the VA pharmacy"]


def P(name, reg="US"):
    return I(name, "P", reg)


def person_forms(first, last):
    """Different ways a full name is written."""
    return ch([f"{first} {last}", f"{first} {last}", f"{first} {last}", f"{last}, {first}", f"{first[0]}. {last}"])


def drug():
    return K(ch(D.DRUGS))


def cond():
    return K(ch(D.CONDITIONS))


def lab():
    return K(ch(D.LABS))


def body():
    return K(ch(D.BODY))


def sex_age(d):
    return f"{age_of(d)}{ch(['M', 'F', 'yo M', 'yo F', ' y/o F', ' y/o M', 'F', 'M'])}"


def mrn_phrase():
    label, v = mrn()
    return (f"{label} " if label else "") + I(v, "MRN", "US")


QUOTE_CONTR = ["I'm", "We're"]


def t_clinician_note():
    f, l = us_person()
    d = dob_date(1925, 2005)
    role = ch(D.REL_ROLE)
    ff, fl = us_person(gender_of(role))
    v = rnd.randint(0, 5)
    name = I(person_forms(f, l), "P", "US")
    dob = I(dob_us(d), "DOB", "US")
    if v == 0:
        s = (f"Pt {name}, {sex_age(d)}, DOB {dob}, {mrn_phrase()}. CC: {body()} pain x{rnd.randint(2, 14)}d. "
             f"PMH: {cond()}, {cond()}. Meds: {drug()}, {drug()}. {role.capitalize()} {P(ff)} at bedside, "
             f"contact {I(us_phone(), 'PH', 'US')}. A/P: check {lab()}, f/u 2 wks.")
    elif v == 1:
        s = (f"S: {age_of(d)} y/o presents with {role} {P(ff + ' ' + fl)} for {cond()} f/u. Reports missed doses of {drug()}.\n"
             f"O: BP {rnd.randint(100, 180)}/{rnd.randint(55, 100)}, HR {rnd.randint(55, 110)}.\n"
             f"A: {cond()}, suboptimally controlled.\nP: {lab()} today. RTC {rnd.randint(2, 8)} wks. "
             f"Pt: {name}, DOB {dob}. Lives at {I(us_address('street'), 'LOC', 'US')}.")
    elif v == 2:
        s = (f"Telephone encounter. Caller: {P(ff + ' ' + fl)} ({role}) re: pt {name} (DOB {dob}). "
             f"States pt has had {ch(['nausea', 'dizziness', 'worsening cough', 'poor appetite', 'a fall', 'swelling'])} since starting {drug()}. "
             f"Advised to hold and call if worse. Callback {I(us_phone(), 'PH', 'US')}.")
    elif v == 3:
        doc_f, doc_l = us_person()
        s = (f"Discharge summary: {name}, {mrn_phrase()}, admitted for {cond()}. Discharged home to "
             f"{I(us_address(), 'LOC', 'US')} with {role} {P(ff)}. F/u Dr. {P(doc_l)} in 1 wk, "
             f"office {I(us_phone(), 'PH', 'US')}. New meds: {drug()}. Stop {drug()}.")
    elif v == 4:
        aide_f, _ = us_person()
        s = (f"Home health visit. {name} ({mrn_phrase()}) seen at home. {ch(['Wound', 'Incision', 'Ulcer'])} on {body()} "
             f"healing. Aide {P(aide_f)} present. Pt states '{K(ch(QUOTE_CONTR))} not worried about the {drug()}.' "
             f"SSN on file for {K('Medicaid')} application: {I(ssn(), 'SSN', 'US')}. Next visit {K(ch(D.WEEKDAYS))}.")
    else:
        s = (f"{ch(['PATIENT', 'Patient', 'Pt name'])}: {I(f'{l.upper()}, {f.upper()}', 'P', 'US')}   DOB: {dob}   {mrn_phrase()}\n"
             f"Dx: {cond()}; {cond()}\nHx per {role} ({P(ff)}): {ch(['falls', 'weight loss', 'confusion', 'insomnia'])}.\n"
             f"Plan: {ch(['cont', 'start', 'hold', 'taper'])} {drug()}, {lab()} in 3 mo.")
    return "clinician_note", s


def field_sep():
    return ch([": ", ": ", " - ", ":  "])


def t_form():
    f, l = us_person()
    d = dob_date(1930, 2015)
    erole = ch(D.REL_ROLE)
    ef, el = us_person(gender_of(erole))
    sep = field_sep()
    kind = ch(["PATIENT REGISTRATION", "New Patient Intake", "PHARMACY TRANSFER REQUEST", "Medicaid Application - Page 2",
               "HIPAA RELEASE FORM", "DME ORDER", "Meals on Wheels Sign-up", "Home Health Referral", "Patient Information"])
    lines = [kind]
    if chance(0.5):
        lines.append(f"Name{sep}{I(f + ' ' + l, 'P', 'US')}")
    else:
        lines += [f"Last name{sep}{I(l, 'P', 'US')}", f"First name{sep}{I(f, 'P', 'US')}"]
    lines.append(f"{ch(['DOB', 'Date of Birth', 'Birth date', 'D.O.B.'])}{sep}{I(dob_us(d), 'DOB', 'US')}")
    if chance(0.7):
        lines.append(f"{ch(['SSN', 'Social Security #', 'SS#'])}{sep}{I(ssn(), 'SSN', 'US')}")
    addr = us_address(rnd.choices(["street", "pobox", "rural", "military"], [80, 10, 5, 5])[0])
    lines.append(f"{ch(['Address', 'Home address', 'Mailing address'])}{sep}{I(addr, 'LOC', 'US')}")
    lines.append(f"{ch(['Phone', 'Cell', 'Home phone', 'Best number'])}{sep}{I(us_phone(), 'PH', 'US')}")
    if chance(0.6):
        lines.append(f"Email{sep}{I(email_for(f, l), 'EM', 'US')}")
    if chance(0.6):
        label, v = mrn()
        lines.append(f"{ch(['Insurance member ID', 'Member ID', 'Medicare #', 'Policy number', 'MRN'])}{sep}{I(v, 'MRN', 'US')}")
    if chance(0.7):
        lines.append(f"Emergency contact{sep}{I(ef + ' ' + el, 'P', 'US')} ({erole}) {I(us_phone(), 'PH', 'US')}")
    lab2 = ch(["Allergies", "Current medications", "Reason for visit", "Diagnosis"])
    val = {"Allergies": ch([K("penicillin"), K("sulfa"), K("codeine"), "NKDA"]), "Current medications": drug() + ", " + drug(),
           "Reason for visit": ch([cond(), body() + " pain"]), "Diagnosis": cond()}[lab2]
    lines.append(f"{lab2}{sep}{val}")
    if chance(0.2):
        lines.append(f"Website (optional){sep}{I(url_for(f, l), 'URL', 'US')}")
    return "form", "\n".join(lines)


def rel_speaker(name_mark, female=None):
    if female is None:
        roles = ["Nurse", "RN", "Aide", "Neighbor", "Cousin"]
    else:
        roles = ["Daughter", "Wife", "Sister", "Nurse"] if female else ["Son", "Husband", "Brother", "Nurse"]
    paren = ["caregiver", "neighbor", "friend", "partner"] + (["daughter", "wife", "niece"] if female else ["son", "husband", "nephew"] if female is False else [])
    return ch([f"{name_mark}", f"{name_mark}", f"{ch(roles)} {name_mark}", f"{name_mark} ({ch(paren)})"])


def gendered_person():
    fem = chance(0.5)
    f, l = us_person(fem)
    return fem, f, l


def t_speaker_label():
    fa, a, _ = gendered_person()
    fb, b, bl = gendered_person()
    c, _ = us_person()
    A, B, C = P(a), P(b), P(c)
    sa, sb = rel_speaker(A, fa), rel_speaker(B, fb)
    v = rnd.randint(0, 4)
    if v == 4:
        s = (f"{sa}: posted the {cond()} update on {P(c)}'s page {I(url_for(c, bl), 'URL', 'US')}\n"
             f"{sb}: thank you. {K(ch(D.CONTRACTIONS))} share it with the church group\n{sa}: ok")
    elif v == 0:
        s = (f"{sa}: {K(ch(D.REL_CAP))}'s {drug()} refill is ready at {K(ch(PHARMACIES))}\n"
             f"{sb}: i can grab it after work. what's the pharmacy number again\n"
             f"{sa}: {I(us_phone(), 'PH', 'US')}\n{sb}: got it")
    elif v == 1:
        s = (f"{sa}: who's taking {K(ch(D.REL_CAP))} to the {lab()} draw {K(ch(D.WEEKDAYS))}?\n{sb}: me\n"
             f"{sa}: thx. new address is {I(us_address('street'), 'LOC', 'US')}, don't go to the old one\n"
             f"{C}: {K(ch(D.CONTRACTIONS))} bring the {drug()} list too")
    elif v == 2:
        h, m = rnd.randint(7, 10), rnd.randint(0, 30)
        s = (f"[{h}:{m:02d} AM] {A}: BP is {rnd.randint(150, 190)}/{rnd.randint(90, 110)} this morning\n"
             f"[{h}:{m + rnd.randint(1, 9):02d} AM] {B}: did she take the {drug()}?\n"
             f"[{h}:{m + rnd.randint(11, 29):02d} AM] {A}: yes at 7. calling Dr. {P(bl)} now {I(us_phone(), 'PH', 'US')}")
    else:
        s = (f"{sb}: can someone email me the {cond()} paperwork\n{sa}: sent to {I(email_for(b, bl), 'EM', 'US')}\n"
             f"{sb}: not that one, the work one {I(work_email(b, bl, ch(['acmelogistics.com', 'stjudehs.org', 'cityofreno.gov', 'tristatebank.com'])), 'EM', 'US')}")
    return "speaker_label", s


def t_lower_case():
    f, l = us_person()
    g, gl = us_person()
    rel = ch(D.REL_CAP)
    v = rnd.randint(0, 5)
    if v == 0:
        s = (f"hey its {P(f)}. {K(rel)} moved to {I(us_address('street'), 'LOC', 'US')} so send the {drug()} there now. "
             f"{P(g)} has the spare key, {I(us_phone(), 'PH', 'US')}")
    elif v == 1:
        s = (f"{P(f + ' ' + l)} here, {K(rel)}'s {lab()} came back weird, the nurse said call {I(us_phone(ext_p=0.4), 'PH', 'US')} "
             f"and ask for {P(g)}. i'm at work til 6")
    elif v == 2:
        s = (f"does anyone have {K(rel)}'s medicare card? the number is like {I(mbi(), 'MRN', 'US')} but i can't read the last part. "
             f"also her birthday for the form is {I(dob_us(), 'DOB', 'US')} right? -{P(f)}")
    elif v == 3:
        s = (f"ok so {P(g)} drove {K(rel)} to {K(ch(D.ORGS))} and they said her {cond()} is worse, "
             f"they want her to see someone in {I(us_city(), 'LOC', 'US')}. {P(f)} can u look up the clinic")
    elif v == 5:
        s = (f"hi everyone, {P(f)} here. we made a page for {K(rel)} so we don't have to text everyone separately: "
             f"{I(url_for(f, l), 'URL', 'US')} . the {cond()} news is in the first post. {P(g)} is running the meal signup")
    else:
        s = (f"reminder: {K(rel)} takes {drug()} with breakfast and {drug()} at bed. if she gets confused call {P(g)} "
             f"{I(us_phone(), 'PH', 'US')} or me {I(us_phone(), 'PH', 'US')}. thx {P(f)}")
    return "lower_case", lower_markup(s)


def t_all_caps():
    f, l = us_person()
    g, gl = us_person()
    v = rnd.randint(0, 3)
    if v == 0:
        s = (f"THIS IS {P(f + ' ' + l)}. MY {ch(['HUSBAND', 'WIFE', 'SON'])} NEEDS HIS {drug()} REFILLED. "
             f"CALL ME AT {I(us_phone(), 'PH', 'US')}. DATE OF BIRTH {I(dob_us(), 'DOB', 'US')}")
    elif v == 1:
        s = (f"PLEASE MAIL THE BILL TO {I(us_address(rnd.choice(['street', 'pobox', 'rural'])), 'LOC', 'US')} "
             f"NOT MY OLD ADDRESS. {P(f + ' ' + l)}, MEMBER {I(mrn()[1], 'MRN', 'US')}")
    elif v == 2:
        s = (f"{P(g)} TOLD ME TO WRITE HERE. I AM {age_of(dob_date())} AND MY {body()} HURTS SINCE THE {drug()}. "
             f"MY SOCIAL IS {I(ssn(), 'SSN', 'US')} IF YOU NEED IT. PHONE {I(us_phone(), 'PH', 'US')}")
    else:
        s = (f"DR {P(gl)} - {P(f + ' ' + l)} HERE. {cond()} IS BACK. CAN I GET IN {K(ch(D.WEEKDAYS))}? "
             f"{I(us_phone(), 'PH', 'US')} OR EMAIL {I(email_for(f, l), 'EM', 'US')}")
    return "all_caps", upper_markup(s)


CREDS = ["RN", "LPN", "MSW, LCSW", "PharmD", "NP", "PA-C", "MD", "DO", "CNA", "BSN, RN", "OTR/L", "DPT", "CHW"]
TITLES = ["Care Coordinator", "Case Manager", "Patient Navigator", "Billing Specialist", "Social Worker",
          "Home Health Nurse", "Clinical Pharmacist", "Office Manager", "Intake Coordinator", "Hospice Chaplain"]
ORG_DOMAINS = [("Valley Home Health", "valleyhomehealth.org"), ("Northside Family Medicine", "northsidefm.com"),
               ("Lakeshore Hospice", "lakeshorehospice.org"), ("Summit Pharmacy", "summitrx.com"),
               ("Bayview Medical Group", "bayviewmg.com"), ("Pioneer Senior Services", "pioneerseniors.org"),
               ("Heartland Billing Services", "heartlandbilling.net"), ("Desert Sun Dialysis", "desertsundialysis.com")]


def t_signature():
    f, l = us_person()
    org, dom = ch(ORG_DOMAINS)
    lines = [ch(["Thanks,", "Best,", "Regards,", "Thank you!", "Take care,", "--", "Warmly,"])]
    lines.append(f"{P(f + ' ' + l)}{', ' + ch(CREDS) if chance(0.7) else ''}")
    lines.append(f"{ch(TITLES)} | {K(org)}" if chance(0.7) else K(org))
    ph = I(us_phone(ext_p=0.5), "PH", "US")
    lines.append(ch([f"Office: {ph}", f"P {ph}", f"{ph}", f"Direct {ph}", f"Tel. {ph}"]))
    if chance(0.5):
        lines.append(f"{ch(['Cell', 'Mobile', 'C'])}: {I(us_phone(ext_p=0), 'PH', 'US')}")
    if chance(0.3):
        lines.append(f"Fax: {I(us_phone(ext_p=0, vanity_p=0), 'PH', 'US')}")
    lines.append(I(work_email(f, l, dom), "EM", "US"))
    if chance(0.75):
        fa_, la_ = (re.sub(r"[^a-z]", "", ascii_fold(x).lower()) for x in (f, l))
        lines.append(I(ch([f"https://www.{dom}/staff/{fa_}-{la_}", f"www.{dom}/team/{fa_}{la_}",
                           f"https://{dom}/providers/{la_}-{fa_}", url_for(f, l)]), "URL", "US"))
    if chance(0.4):
        lines.append(f"If this is an emergency call {K('911')}. Crisis line: {K('988')}.")
    return "signature", "\n".join(lines)


def t_general_text():
    f, l = us_person()
    v = rnd.randint(0, 6)
    if v == 0:
        lab_, c = card()
        s = (f"Hi, please update the card on file for {K(ch(D.REL_CAP))}'s account, {P(f + ' ' + l)}. New {lab_} {I(c, 'ACC', 'US')}, "
             f"exp {rnd.randint(1, 12):02d}/{rnd.randint(26, 30)}. The old one was lost. Thanks.")
    elif v == 1:
        s = (f"I am writing to change my address. Old: {I(us_address('street'), 'LOC', 'US')}. "
             f"New: {I(us_address(), 'LOC', 'US')}. Name: {P(f + ' ' + l)}, DOB {I(dob_us(), 'DOB', 'US')}. "
             f"I get my {drug()} by mail so please update it before the next shipment.")
    elif v == 2:
        s = (f"For the caregiver payments please use routing {I(aba(), 'ACC', 'US')} and account {I(bank_acct(), 'ACC', 'US')} "
             f"({ch(['checking', 'savings'])}). The account is in my name, {P(f + ' ' + l)}. Call {I(us_phone(), 'PH', 'US')} with questions.")
    elif v == 3:
        g, gl = us_person()
        s = (f"Billing question: we were charged twice for {K(ch(D.REL_CAP))}'s {lab()} on {K(ch(D.MONTHS))} "
             f"{rnd.randint(1, 28)}. Patient {P(g + ' ' + gl)}, account {I(digits(rnd.randint(7, 10)), 'ACC', 'US')}. "
             f"Refund to {lambda_card()} please. - {P(f)}")
    elif v == 4:
        s = (f"Hello, my name is {P(f + ' ' + l)} and I'm applying for the {K('Medicaid')} waiver for my {ch(['mother', 'father', 'son'])}. "
             f"Their SSN is {I(ssn(), 'SSN', 'US')} and {K('Medicare')} number {I(mbi(), 'MRN', 'US')}. Email me at "
             f"{I(email_for(f, l), 'EM', 'US')}.")
    elif v == 5:
        s = (f"Our fundraiser for {P(f)}'s {cond()} treatment is here: {I(url_for(f, l), 'URL', 'US')}. "
             f"Checks can go to {I(us_address('pobox'), 'LOC', 'US')}. Thank you all so much.")
    else:
        g, gl = us_person()
        s = (f"The HOA needs an emergency contact for unit residents. For {P(f + ' ' + l)} (needs {K('oxygen')}), "
             f"contact {P(g + ' ' + gl)} at {I(us_phone(), 'PH', 'US')} or {I(email_for(g, gl), 'EM', 'US')}.")
    return "general_text", s


def lambda_card():
    lab_, c = card()
    return f"{lab_} {I(c, 'ACC', 'US')}"


def t_list():
    v = rnd.randint(0, 3)
    if v == 3:
        f, l = us_person()
        lab_, c = card()
        lines = [ch([f"{P(f)}'s bills while {K(ch(['Dad', 'Mom', 'Grandpa']))} is in rehab:", "accounts (do not forward)", "autopay stuff"])]
        lines.append(f"- electric acct {I(digits(4) + '-' + digits(4) + '-' + digits(3), 'ACC', 'US')}")
        lines.append(f"- checking routing {I(aba(), 'ACC', 'US')} acct {I(bank_acct(), 'ACC', 'US')}")
        lines.append(f"- {lab_} {I(c, 'ACC', 'US')} for the {drug()} copays")
        if chance(0.4):
            country, code = ch([("Germany", "DE"), ("Spain", "ES"), ("Ireland", "IE"), ("Poland", "PL"), ("Portugal", "PT")])
            lines.append(f"- {P(l)} family account in {country}: IBAN {I(iban(code), 'ACC', 'INTL')}")
        return "list", "\n".join(lines)
    if v == 0:
        lines = [ch(["Emergency contacts:", "Important numbers (fridge)", "WHO TO CALL", "contacts for the sitter"])]
        bullet = ch(['- ', '* ', '', '• '])
        for _ in range(rnd.randint(3, 5)):
            role = ch(D.REL_ROLE)
            f, l = us_person(gender_of(role))
            lines.append(f"{bullet}{P(f + ' ' + l if chance(0.5) else f)} ({role}) {I(us_phone(), 'PH', 'US')}")
        lines.append(f"- Poison Control {K('1-800-222-1222')}")
        return "list", "\n".join(lines)
    if v == 1:
        f, l = us_person()
        lines = [f"{P(f)}'s meds as of {K(ch(D.MONTHS))}:"]
        for i in range(rnd.randint(3, 5)):
            lines.append(f"{i + 1}. {drug()} - {ch(['AM', 'PM', 'AM and PM', 'bedtime', 'with lunch', 'as needed'])}")
        lines.append(f"pharmacy: {K(ch(PHARMACIES))} {I(us_phone(), 'PH', 'US')}")
        lines.append(f"DOB {I(dob_us(), 'DOB', 'US')}, ins. {I(mrn()[1], 'MRN', 'US')}")
        return "list", "\n".join(lines)
    lines = [ch(["Care schedule this week", "who's on with Dad", "rota"])]
    for day in rnd.sample(D.WEEKDAYS, rnd.randint(3, 5)):
        f, _ = us_person()
        lines.append(f"{K(day)} - {P(f)}")
    g, gl = us_person()
    lines.append(f"backup: {P(g + ' ' + gl)} {I(us_phone(), 'PH', 'US')}")
    return "list", "\n".join(lines)


def t_forwarded():
    f, l = us_person()
    g, gl = us_person()
    e1, e2 = email_for(f, l), email_for(g, gl)
    s = (f"---------- Forwarded message ---------\nFrom: {P(f + ' ' + l)} <{I(e1, 'EM', 'US')}>\n"
         f"Date: {K(ch(D.WEEKDAYS))}, {K(ch(D.MONTHS))} {rnd.randint(1, 28)}\nSubject: {ch(['Re: appt', 'Mom', 'meds', 'FW: bill', 'Dad update'])}\n"
         f"To: {P(g + ' ' + gl)} <{I(e2, 'EM', 'US')}>\n\n"
         + ch([f"{cond()} appt moved. Bring the {drug()} bottle. Clinic is at {I(us_address('street'), 'LOC', 'US')}.",
               f"Can you call {K(ch(D.REL_CAP))}'s doctor at {I(us_phone(), 'PH', 'US')}? The {lab()} was high.",
               f"Here's his member id {I(mrn()[1], 'MRN', 'US')} for the {drug()} prior auth."]))
    return "forwarded", s


def t_international():
    cc = ch(list(INTL))
    first, last, disp, rom = intl_person(cc, female=True)
    reg = "INTL"
    name = disp if rom is None or chance(0.6) else rom
    f2, l2, d2, _ = intl_person(cc)
    v = rnd.randint(0, 6)
    phone = I(intl_phone(cc), "PH", reg)
    addr = I(intl_address(cc), "LOC", reg)
    if v == 0:
        s = (f"{K(ch(['Mom', 'Dad', 'Grandma', 'Grandpa']))}'s sister {P(name, reg)} lives at {addr}. Her number is {phone}. "
             f"She's also on {drug()} for {cond()}.")
    elif v == 1:
        acc = f" Bank details for the carer: {ch(['IBAN ', 'iban ', 'IBAN: ', ''])}{I(iban(IBAN_FOR[cc]), 'ACC', reg)}." if cc in IBAN_FOR else ""
        s = (f"Update from {I(ch(intl_city(cc)), 'LOC', reg)}: {P(name, reg)} is out of hospital. {cond()} stable on {drug()}. "
             f"Call {phone}.{acc}")
    elif v == 2:
        idlab, idfn = INTL_NATIONAL_ID.get(cc, ("ID", lambda: digits(9)))
        s = (f"Patient: {P(name, reg)}\nDOB: {I(dob_intl(), 'DOB', reg)}\n{idlab}: {I(idfn(), 'MRN', reg)}\n"
             f"Address: {addr}\nTel: {phone}\nReason: {cond()}, on {drug()}")
        return "form", s
    elif v == 3:
        em = email_for(ascii_fold(first) if rom is None else first, last, INTL[cc]["domains"]) if cc not in ("JP", "CN", "KR", "RU", "SA") \
            else email_for(*(rom.split() if rom else ("user", digits(3))), INTL[cc]["domains"])
        s = (f"Hi, I'm writing for my {ch(['grandmother', 'aunt', 'mother', 'great-aunt'])} {P(name, reg)}, who "
             f"has {cond()}. Please send the records to {I(em, 'EM', reg)}. Phone {phone}, address {addr}.")
    elif v == 4:
        s = (f"{P(d2 if cc not in ('GB', 'IE', 'CA', 'AU', 'IN') else f2, reg)}: {P(name, reg)} is at {addr}\n"
             f"{P(name, reg)}: yes the {drug()} is here. ring me {phone}")
        return "speaker_label", s
    elif v == 6:
        fr, lr = (rom.split() if rom else (ascii_fold(first), ascii_fold(last)))
        s = (f"My cousin {P(name, reg)} started a page for {ch(['Grandma', 'Grandpa', 'her mum', 'his dad'])}'s {cond()} treatment: "
             f"{I(url_for(fr, lr), 'URL', reg)}. Donations by transfer also ok: {I(iban(IBAN_FOR.get(cc, 'DE')), 'ACC', reg)}")
    else:
        acc = I(iban(IBAN_FOR[cc]), "ACC", reg) if cc in IBAN_FOR else I(card()[1], "ACC", "US")
        s = (f"Sending money to {P(name, reg)} for {K(ch(['Mom', 'Dad', 'Grandma', 'Grandpa']))}'s {drug()}: {acc}. "
             f"Her address for the receipt is {addr}.")
    return "international", s


def t_wordname():
    """Names that are ordinary words, with the same word used plainly in the same message."""
    w1, w2 = rnd.sample(sorted(D.WORD_NAMES), 2)
    surname = ch(D.WORD_SURNAMES + [us_person()[1]] * 3)
    v = rnd.randint(0, 6)

    def plain(w, name_form):
        ph = D.WORD_NAMES[w]
        if name_form == "lower" and ph["start"]:
            return fill(ch(ph["start"]))
        return fill(ch(ph["mid"]))

    form = rnd.choices(["title", "lower", "caps"], [60, 20, 20])[0]
    n1 = {"title": w1, "lower": w1.lower(), "caps": w1.upper()}[form]
    if v == 0:
        s = (f"{P(n1)} {ch(['says', 'texted', 'wanted me to tell you', 'called and said'])}: {plain(w1, form)}. "
             f"{ch(['also', 'and', 'oh and'])} {plain(w2, 'title')}, {P(w2)} {ch(['agrees', 'said so too', 'noticed it first'])}. "
             f"{ch(['call', 'text', 'my cell'])} {I(us_phone(), 'PH', 'US')}")
        style = "run_on"
    elif v == 1:
        s = (f"{P(n1)}: {plain(w1, form)}\n{rel_speaker(P(w2))}: ok. {plain(w2, 'title')}\n{P(n1)}: {drug()} is on the counter")
        style = "speaker_label"
    elif v == 2:
        d = dob_date(1930, 1960)
        s = (f"Pt {P(w1 + ' ' + surname)}, DOB {I(dob_us(d), 'DOB', 'US')}. {ch(D.REL_ROLE).capitalize()} {P(w2)} present. "
             f"Per {P(w2)}, {plain(w2, 'title')}. Pt reports {plain(w1, 'full')}. Plan: {drug()}, {lab()}.")
        style = "clinician_note"
    elif v == 3:
        s = (f"{plain(w1, 'title')} lol. anyway {P(w1.lower() + ' ' + surname.lower())} is picking up {K(ch(D.REL_CAP).lower())} at "
             f"{I(us_address('street').lower(), 'LOC', 'US')}")
        style = "lower_case"
        s = lower_markup(s)
    elif v == 4:
        s = (f"{P((w1 + ' ' + surname).upper())} CALLED. {plain(w1, 'caps').upper()}. CALL BACK {I(us_phone(), 'PH', 'US')}")
        style = "all_caps"
        s = upper_markup(s)
        # upper-casing makes the plain word identical to a one-word name only if the name stood alone; it doesn't here
    elif v == 5:
        lines = [f"{ch(['helpers', 'who is on', 'sign up'])} this week:"]
        lines.append(f"- {P(w1)} ({plain(w1, 'title')})")
        lines.append(f"- {P(w2)} ({plain(w2, 'title')})")
        f, l = us_person()
        lines.append(f"- {P(f)} {I(us_phone(), 'PH', 'US')}")
        s, style = "\n".join(lines), "list"
    else:
        s = (f"Thanks for everything this week.\n{P(w1 + ' ' + surname)}\n{I(email_for(w1, surname), 'EM', 'US')}\n"
             f"p.s. {plain(w1, 'title')}")
        style = "signature"
    return style, s


TEMPLATES = [(t_clinician_note, 30), (t_form, 25), (t_speaker_label, 20), (t_lower_case, 18), (t_all_caps, 12),
             (t_signature, 18), (t_general_text, 25), (t_list, 12), (t_forwarded, 8), (t_international, 32),
             (t_wordname, 35)]


def sample(tfn, tries=200):
    for _ in range(tries):
        style, markup = tfn()
        try:
            text, ids, keep = handparse.parse_body(markup, "US", tfn.__name__)
        except ValueError:
            continue
        rec = {"text": text, "identifiers": ids, "keep": keep}
        if validate.check_record(rec):
            continue
        return style, text, ids, keep
    raise RuntimeError(f"{tfn.__name__}: no valid sample in {tries} tries")


def main():
    hand = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand", "*.txt"))):
        for m in handparse.parse_file(path):
            errs = validate.check_record(m)
            if errs:
                raise SystemExit(f"{m['where']}: {errs}")
            hand.append(m)
    tmpl, seen_texts = [], set()
    assert sum(n for _, n in TEMPLATES) == N_TEMPLATE
    for tfn, n in TEMPLATES:
        k = 0
        while k < n:
            style, text, ids, keep = sample(tfn)
            if text in seen_texts:
                continue
            seen_texts.add(text)
            tmpl.append({"style": style, "text": text, "identifiers": ids, "keep": keep})
            k += 1
    # interleave hand and template messages (fixed order from the seed)
    recs = [dict(r, source="hand") for r in hand] + [dict(r, source="template") for r in tmpl]
    rnd.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fo:
        for i, r in enumerate(recs):
            out = {"id": f"hd72-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            fo.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records ({len(hand)} hand, {len(tmpl)} template) to {OUT}")


if __name__ == "__main__":
    main()
