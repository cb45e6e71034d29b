"""Build handwritten_dev77.jsonl.

1. Parse the hand-written messages in hand/NN_*.txt (markup described in hand/00_MARKUP.txt).
2. Fill the rest with messages from the templates below, using Faker values (fixed seed).
3. Shuffle (fixed seed), number hd77-000 ... and write the jsonl.

Run:  /work/main/.venv/bin/python build.py
"""
import glob
import json
import os
import random
import re
import sys

from faker import Faker

from checks import message_problems

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev77.jsonl")
SEED = 7707
TOTAL = 440

CODES = {"P": "PERSON", "L": "LOCATION", "PH": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
         "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ACC": "ACCOUNT_NUMBER"}
ID_RE = re.compile(r"\[([^\[\]]+?)\|(P|L|PH|E|U|SSN|MRN|DOB|ACC)(!?)\]")
KEEP_RE = re.compile(r"\{([^{}]+)\}")


# ----------------------------------------------------------------------------- hand files
def parse_hand():
    recs = []
    files = sorted(f for f in glob.glob(os.path.join(HERE, "hand", "*.txt"))
                   if re.match(r"^(0[1-9]|[1-9]\d)_", os.path.basename(f)))
    for path in files:
        lines = [ln for ln in open(path, encoding="utf-8").read().split("\n") if not ln.startswith("## ")]
        blocks, cur = [], None
        for ln in lines:
            if ln.startswith("@"):
                cur = [ln[1:].strip(), []]
                blocks.append(cur)
            elif cur is not None:
                cur[1].append(ln)
        for style, body in blocks:
            raw = "\n".join(body).strip("\n").rstrip()
            recs.append(parse_marked(raw, style, os.path.basename(path)))
    return recs


def parse_marked(raw, style, where):
    idents, keeps = [], []
    def id_sub(m):
        t, code, intl = m.group(1), m.group(2), m.group(3)
        ent = {"text": t, "type": CODES[code], "region": "INTL" if intl else "US"}
        for e in idents:
            if e["text"] == t and e["type"] != ent["type"]:
                sys.exit(f"{where}: {t!r} marked with two types")
        if not any(e["text"] == t and e["type"] == ent["type"] for e in idents):
            idents.append(ent)
        return t
    text = ID_RE.sub(id_sub, raw)
    def keep_sub(m):
        if m.group(1) not in keeps:
            keeps.append(m.group(1))
        return m.group(1)
    text = KEEP_RE.sub(keep_sub, text)
    if re.search(r"\|(P|L|PH|E|U|SSN|MRN|DOB|ACC)!?\]|[{}]", text):
        sys.exit(f"{where}: leftover markup in {text[:80]!r}")
    return {"style": style, "text": text, "identifiers": idents, "keep": keeps, "source": "hand"}


# ----------------------------------------------------------------------------- value pools
R = random.Random(SEED)
Faker.seed(SEED)
FK = {}


def fk(loc):
    if loc not in FK:
        FK[loc] = Faker(loc)
        FK[loc].seed_instance(SEED + len(FK))
    return FK[loc]


US = fk("en_US")

US_PLACES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Dayton", "OH", "454"),
             ("Tulsa", "OK", "741"), ("Omaha", "NE", "681"), ("Fresno", "CA", "937"), ("Oakland", "CA", "946"),
             ("San Diego", "CA", "921"), ("Sacramento", "CA", "958"), ("Bakersfield", "CA", "933"),
             ("Mesa", "AZ", "852"), ("Tucson", "AZ", "857"), ("El Paso", "TX", "799"), ("San Antonio", "TX", "782"),
             ("Lubbock", "TX", "794"), ("Laredo", "TX", "780"), ("Houston", "TX", "770"), ("Shreveport", "LA", "711"),
             ("Baton Rouge", "LA", "708"), ("Jackson", "MS", "392"), ("Mobile", "AL", "366"), ("Huntsville", "AL", "358"),
             ("Macon", "GA", "312"), ("Savannah", "GA", "314"), ("Orlando", "FL", "328"), ("Tampa", "FL", "336"),
             ("Hialeah", "FL", "330"), ("Gainesville", "FL", "326"), ("Charlotte", "NC", "282"),
             ("Durham", "NC", "277"), ("Richmond", "VA", "232"), ("Roanoke", "VA", "240"), ("Baltimore", "MD", "212"),
             ("Wilmington", "DE", "198"), ("Trenton", "NJ", "086"), ("Newark", "NJ", "071"), ("Paterson", "NJ", "075"),
             ("Yonkers", "NY", "107"), ("Buffalo", "NY", "142"), ("Syracuse", "NY", "132"), ("Bronx", "NY", "104"),
             ("Hartford", "CT", "061"), ("Providence", "RI", "029"), ("Worcester", "MA", "016"), ("Lowell", "MA", "018"),
             ("Manchester", "NH", "031"), ("Burlington", "VT", "054"), ("Portland", "ME", "041"),
             ("Pittsburgh", "PA", "152"), ("Allentown", "PA", "181"), ("Erie", "PA", "165"), ("Toledo", "OH", "436"),
             ("Detroit", "MI", "482"), ("Flint", "MI", "485"), ("Lansing", "MI", "489"), ("Gary", "IN", "464"),
             ("Fort Wayne", "IN", "468"), ("Peoria", "IL", "616"), ("Rockford", "IL", "611"), ("Madison", "WI", "537"),
             ("Green Bay", "WI", "543"), ("Duluth", "MN", "558"), ("Rochester", "MN", "559"), ("Fargo", "ND", "581"),
             ("Sioux Falls", "SD", "571"), ("Des Moines", "IA", "503"), ("Wichita", "KS", "672"), ("Topeka", "KS", "666"),
             ("St. Louis", "MO", "631"), ("Joplin", "MO", "648"), ("Little Rock", "AR", "722"), ("Memphis", "TN", "381"),
             ("Chattanooga", "TN", "374"), ("Louisville", "KY", "402"), ("Bowling Green", "KY", "421"),
             ("Charleston", "WV", "253"), ("Albuquerque", "NM", "871"), ("Las Cruces", "NM", "880"),
             ("Pueblo", "CO", "810"), ("Aurora", "CO", "800"), ("Provo", "UT", "846"), ("Reno", "NV", "895"),
             ("Henderson", "NV", "890"), ("Boise", "ID", "837"), ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"),
             ("Eugene", "OR", "974"), ("Salem", "OR", "973"), ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"),
             ("Billings", "MT", "591"), ("Casper", "WY", "826"), ("Columbia", "SC", "292"), ("Greenville", "SC", "296"),
             ("Gulfport", "MS", "395"), ("Kenner", "LA", "700"), ("McAllen", "TX", "785"), ("Brownsville", "TX", "785")]
ST_SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct",
             "Court", "Way", "Pl", "Ter", "Cir", "Pkwy", "Hwy", "Trl", "Loop", "Pike"]
ST_BASE = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Chestnut", "Main", "Church", "Mill", "Spring", "Lake",
           "Highland", "Sunset", "Ridge", "Meadow", "Cherry", "Locust", "Jefferson", "Lincoln", "Washington",
           "Franklin", "Madison", "Center", "Broad", "Market", "Union", "Park View", "Orchard", "Willow", "Laurel",
           "Magnolia", "Dogwood", "Cypress", "Sycamore", "Poplar", "Hickory", "Birch", "Aspen", "Juniper",
           "Martin Luther King Jr", "Cesar Chavez", "Old Mill", "River", "Valley", "Forest", "Prairie", "Canyon",
           "Mesa Verde", "Rio Grande", "Lakeshore", "Bayview", "Harbor", "Country Club", "College", "Railroad"]
DIRS = ["N", "S", "E", "W", "N.", "S.", "E.", "W.", "NE", "SW"]


def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --- US addresses
def us_street():
    if chance(0.35):
        base = US.last_name() if chance(0.5) else US.street_name().rsplit(" ", 1)[0]
    else:
        base = pick(ST_BASE)
    num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]))
    d = (pick(DIRS) + " ") if chance(0.2) else ""
    return f"{num} {d}{base} {pick(ST_SUFFIX)}"


def us_unit():
    return pick([f"Apt {R.randint(1, 30)}{pick('ABCDEF')}", f"Apt. {R.randint(1, 999)}", f"Suite {R.randint(100, 950)}",
                 f"#{R.randint(1, 40)}", f"Unit {R.randint(1, 60)}", f"Apt {R.randint(101, 1220)}",
                 f"Ste {R.randint(100, 400)}", f"Lot {R.randint(1, 90)}", f"Apt #{R.randint(1, 20)}{pick('AB')}"])


def us_zip(z3):
    z = z3 + rd(2)
    return z + "-" + rd(4) if chance(0.22) else z


def us_place():
    return pick(US_PLACES)


def us_address(multiline=None, unit=None, upper=False):
    city, st, z3 = us_place()
    street = us_street()
    if unit is None:
        unit = chance(0.45)
    u = us_unit() if unit else ""
    zipc = us_zip(z3)
    if multiline is None:
        multiline = chance(0.18)
    if multiline:
        line1 = street + ((" " + u) if u and chance(0.6) else "")
        lines = [line1]
        if u and u not in line1:
            lines.append(u)
        lines.append(f"{city}, {st} {zipc}")
        return "\n".join(lines), city
    sep = pick([", ", " ", ", "])
    first = street + ((sep if sep == ", " else " ") + u if u else "")
    form = R.random()
    if form < 0.75:
        addr = f"{first}, {city}, {st} {zipc}"
    elif form < 0.9:
        addr = f"{first} {city} {st} {zipc}"
    else:
        addr = f"{first}, {city} {st} {zipc}"
    return addr, city


def po_box():
    city, st, z3 = us_place()
    return pick([f"PO Box {R.randint(10, 9999)}, {city}, {st} {us_zip(z3)}",
                 f"P.O. Box {R.randint(10, 9999)}, {city}, {st} {us_zip(z3)}",
                 f"P O Box {R.randint(10, 999)}\n{city}, {st} {us_zip(z3)}"])


def rural_route():
    city, st, z3 = us_place()
    return pick([f"RR {R.randint(1, 9)} Box {R.randint(1, 300)}, {city}, {st} {z3 + rd(2)}",
                 f"Rural Route {R.randint(1, 6)}, Box {R.randint(1, 300)}{pick(['', 'A', 'B'])}, {city}, {st} {z3 + rd(2)}",
                 f"HC {R.randint(60, 80)} Box {R.randint(10, 999)}, {city}, {st} {z3 + rd(2)}"])


def military():
    k = R.random()
    if k < 0.4:
        a = f"PSC {R.randint(1000, 9999)}, Box {R.randint(100, 9999)}"
    elif k < 0.65:
        a = f"Unit {R.randint(1000, 9999)} Box {R.randint(100, 9999)}"
    elif k < 0.85:
        a = f"CMR {R.randint(400, 499)} Box {R.randint(100, 9999)}"
    else:
        a = f"{pick(['USS', 'USNS'])} {pick(['Gerald R. Ford', 'Bataan', 'Comfort', 'Mercy', 'Nimitz', 'Kearsarge'])}"
    post, region_code = pick([("APO", "AE"), ("APO", "AP"), ("FPO", "AE"), ("FPO", "AP"), ("DPO", "AE"), ("APO", "AA"), ("FPO", "AA")])
    z = {"AE": "09", "AP": "96", "AA": "340"}[region_code]
    z = z + rd(5 - len(z))
    sep = pick([", ", " ", "\n"])
    return f"{a}{sep}{post} {region_code} {z}"


# --- US phones
US_AREAS = ("201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231 234 239 240 "
            "248 251 252 253 254 256 260 262 267 269 270 276 281 301 302 303 304 305 307 308 309 310 312 313 314 "
            "315 316 317 318 319 320 321 323 325 330 334 336 337 339 347 351 352 360 361 385 386 401 402 404 405 "
            "406 407 408 409 410 412 413 414 415 417 419 423 424 425 430 432 434 435 440 443 469 470 478 479 480 "
            "484 501 502 503 504 505 507 508 509 510 512 513 515 516 517 518 520 530 540 541 551 559 561 562 563 "
            "567 570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612 614 615 616 617 618 619 "
            "620 623 626 630 631 636 641 646 650 651 660 661 662 678 682 701 702 703 704 706 707 708 712 713 714 "
            "715 716 717 718 719 720 724 727 731 732 734 740 754 757 760 762 763 765 769 770 772 773 774 775 779 "
            "781 785 786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 "
            "848 850 856 857 858 859 860 862 863 864 865 870 872 878 901 903 904 907 908 909 910 912 913 914 915 "
            "916 917 918 919 920 925 928 929 931 936 937 940 941 947 949 951 952 954 956 970 971 972 973 978 979 "
            "980 985 989").split()


def area():
    return pick(US_AREAS)


def us_phone(allow_ext=True):
    a, b, c = area(), str(R.randint(202, 998)), rd(4)
    if b.endswith("11"):
        b = b[:2] + "2"
    f = pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}",
              f"1-{a}-{b}-{c}", f"001-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", f"({a}){b}-{c}",
              f"+1-{a}-{b}-{c}", f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}"])
    if allow_ext and chance(0.12):
        f += pick([f" x{R.randint(2, 9999)}", f" ext. {R.randint(1, 999)}", f" extension {R.randint(1, 9)}",
                   f" ext {R.randint(10, 500)}", f"x{R.randint(100, 999)}"])
    return f


def vanity():
    word = pick(["FLOWERS", "PLUMBER", "ROOFERS", "DRIVERS", "PAINTER", "CATERER", "HAULING", "GUTTERS", "MOVERS1",
                 "LAWYERS", "TOWTRUK", "CARPETS"])
    return pick([f"1-{pick(['800', '888', '877', '866'])}-{word}", f"1-{pick(['800', '888', '855'])}-{word[:3]}-{word[3:]}",
                 f"{pick(['800', '888'])}-{word}", f"({area()}) {word[:3]}-{word[3:]}"])


# --- other US identifiers
def ssn():
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    b, c = R.randint(1, 99), R.randint(1, 9999)
    return pick([f"{a:03d}-{b:02d}-{c:04d}"] * 3 + [f"{a:03d}{b:02d}{c:04d}", f"{a:03d} {b:02d} {c:04d}"])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    L = lambda: pick(MBI_L)
    N = lambda: str(R.randint(0, 9))
    AN = lambda: pick(MBI_L + "0123456789")
    s = str(R.randint(1, 9)) + L() + AN() + N() + L() + AN() + N() + L() + L() + N() + N()
    return pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]}-{s[4:7]}-{s[7:]}".lower() if chance(0.2) else s])


def mrn_value():
    k = R.random()
    if k < 0.3:
        return rd(R.choice([7, 8, 9])), pick(["MRN", "MRN:", "MRN#", "mrn", "MR#", "Med Rec #"])
    if k < 0.45:
        return pick(["A", "B", "M", "H", "E"]) + pick(["", "-"]) + rd(7), pick(["chart #", "Chart No.", "chart number", "Acct/MRN"])
    if k < 0.65:
        return pick(["XJH", "W", "ZGP", "YLX", "MEM", "H", "U"]) + rd(R.choice([8, 9, 10])), pick(["member id", "Member ID:", "member #", "Member ID", "ID#"])
    if k < 0.85:
        return mbi(), pick(["Medicare #", "Medicare ID", "medicare number", "MBI", "Medicare"])
    return rd(8) + pick("ABCDEFGHJK"), pick(["Medicaid #", "Medicaid ID", "medicaid id", "Medi-Cal BIC"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dob(style="US", year=None):
    y = year or R.randint(1926, 2019)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    mon = MONTHS[m - 1]
    if style == "US":
        return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}",
                     f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{m}-{d}-{y}", f"{mon.lower()} {d} {y}",
                     f"{m:02d}-{d:02d}-{y}", f"{mon[:3]}. {d}, {y}", f"{m}.{d}.{y}", f"{d} {mon} {y}"])
    return pick([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}",
                 f"{d} {mon[:3]} {y}", f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日"])


def dob_label():
    return pick(["DOB", "DOB:", "D.O.B.", "dob", "born", "b.", "date of birth", "Date of birth:", "birthday", "bday", "DOB"])


def luhn_fix(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits[:-1] + "0")):
        dd = int(ch)
        if i % 2 == 1:
            dd *= 2
            if dd > 9:
                dd -= 9
        tot += dd
    return digits[:-1] + str((10 - tot % 10) % 10)


def card():
    kind = pick(["visa", "visa", "mastercard", "amex", "discover"])
    if kind == "visa":
        n = "4" + rd(15)
    elif kind == "mastercard":
        n = pick(["51", "52", "53", "54", "55", "22"]) + rd(14)
    elif kind == "amex":
        n = pick(["34", "37"]) + rd(13)
    else:
        n = "6011" + rd(12)
    n = luhn_fix(n)
    if chance(0.2):  # not every number people type passes Luhn
        n = n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
    if len(n) == 15:
        out = pick([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    else:
        out = pick([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)),
                    " ".join(n[i:i + 4] for i in range(0, 16, 4))])
    label = pick({"visa": ["visa", "Visa", "VISA", "card", "cc", "credit card"],
                  "mastercard": ["mastercard", "MC", "card", "cc#", "credit card"],
                  "amex": ["amex", "AmEx", "card", "credit card"],
                  "discover": ["discover card", "Discover", "card", "cc"]}[kind])
    return out, label


IBAN_BBAN = {  # country: (BBAN pattern: n digit, a upper letter, c alnum)
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 23, "ES": "n" * 20, "IT": "a" + "n" * 22,
    "NL": "aaaa" + "n" * 10, "PL": "n" * 24, "PT": "n" * 21, "AT": "n" * 16, "CH": "n" * 17, "IE": "aaaa" + "n" * 14,
    "BE": "n" * 12, "TR": "n" * 22, "SA": "n" * 20, "BR": "n" * 23 + "ac", "DK": "n" * 14, "SE": "n" * 20,
}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "SNSB"],
              "IE": ["AIBK", "BOFI"]}
IBAN_CC_FOR = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "BR": "BR",
               "TR": "TR", "SA": "SA", "IE": "IE"}


def make_iban(cc):
    pat = IBAN_BBAN[cc]
    b = "".join(str(R.randint(0, 9)) if ch == "n" else pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if ch == "a"
                else pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for ch in pat)
    if cc in BANK_CODES:
        b = pick(BANK_CODES[cc]) + b[4:]
    if cc == "BR":
        b = b[:-2] + "C1"
    num = int("".join(str(int(ch, 36)) for ch in b + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{b}"


def iban(cc=None):
    cc = cc or pick(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "PT", "AT", "CH", "IE", "BE", "DE", "GB", "FR"])
    v = make_iban(cc)
    if chance(0.55):
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if chance(0.2):
        v = v.lower()
    return v, pick(["IBAN", "IBAN:", "iban", "IBAN", "", "Iban", "IBAN no.", "Konto (IBAN)" if cc in ("DE", "AT") else "IBAN"])


def routing():
    return US.aba()


def bank_acct():
    return rd(R.choice([8, 9, 10, 12]))


# --- names / emails / urls
def us_first(g=None):
    if g == "f":
        return US.first_name_female()
    if g == "m":
        return US.first_name_male()
    return US.first_name()


FEM_REL = ["Daughter", "Sister", "Wife", "Niece", "Granddaughter", "Aunt", "Cousin", "Aide", "Nurse", "Neighbor"]
MAL_REL = ["Son", "Brother", "Husband", "Nephew", "Grandson", "Uncle", "Cousin", "Aide", "Nurse", "Neighbor"]


def rel_and_name(full=False):
    g = pick("fm")
    rel = pick(FEM_REL if g == "f" else MAL_REL)
    nm = us_first(g) + ((" " + us_last()) if full else "")
    return rel, nm


def us_last():
    if chance(0.12):
        return pick(["Reed", "Park", "Hill", "Young", "Brown", "Rose", "King", "Bell", "Wood", "Stone", "Hunter",
                     "Marsh", "Lake", "Fox", "Banks", "Rich", "Cross", "Love", "Story", "Gay", "Sharp"])
    return US.last_name()


def us_name(full=None):
    if full is None:
        full = chance(0.55)
    if full:
        if chance(0.08):
            return f"{us_first()} {pick('ABCDEFGHJKLMNPRSTW')}. {us_last()}"
        return f"{us_first()} {us_last()}"
    return us_first()


INTL_NAME_LOCS = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "MX": "es_MX", "IT": "it_IT",
                  "BR": "pt_BR", "NL": "nl_NL", "PL": "pl_PL", "JP": "ja_JP", "CN": "zh_CN", "KR": "ko_KR",
                  "IN": "en_IN", "SA": "ar_SA", "RU": "ru_RU", "TR": "tr_TR", "VN": "vi_VN", "PH": "fil_PH",
                  "CA": "fr_CA", "IE": "en_IE", "AU": "en_AU", "UA": "uk_UA"}


def intl_name(cc, full=True):
    f = fk(INTL_NAME_LOCS[cc])
    g = pick(["male", "female"])
    try:  # locales with gendered surnames (ru, uk, pl) need first and last of the same gender
        first, last = getattr(f, f"first_name_{g}")(), getattr(f, f"last_name_{g}")()
    except AttributeError:
        first, last = getattr(f, f"first_name_{g}", f.first_name)(), f.last_name()
    if cc == "VN":
        first = pick(["Lan", "Hùng", "Minh", "Thảo", "Tuấn", "Hương", "Dũng", "Linh", "Phương", "Quang"])
        last = pick(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"])
        return f"{last} {pick(['Văn', 'Thị', 'Minh', 'Đức', 'Ngọc'])} {first}" if full else first
    if cc == "PH":
        first = pick(["Maricel", "Jomar", "Rowena", "Jun-Jun", "Analyn", "Rodel", "Liezl", "Ernesto", "Cherry", "Arnel"])
        last = pick(["Dela Cruz", "Bautista", "Reyes", "Villanueva", "Manalo", "Dizon", "Pascual", "Mercado"])
    if cc in ("JP", "CN", "KR"):
        return (f"{last} {first}" if cc == "JP" and chance(0.6) else f"{last}{first}") if full else first
    return f"{first} {last}" if full else first


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def email_for(name, intl=False):
    if intl in LATIN_FOR:
        dom = pick(INTL_DOMAINS.get(intl, []) + ["gmail.com"])
        return f"{pick(LATIN_FOR[intl])}{pick(['', '', str(R.randint(1, 99))])}@{dom}"
    parts = [slug(p) for p in name.replace(".", " ").split() if slug(p)]
    if not parts:
        parts = [slug(US.first_name())]
    first, last = parts[0], parts[-1]
    user = pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{R.randint(1, 99)}", f"{last}.{first}",
                 f"{first}_{last}", f"{first}{R.randint(1940, 2005)}", f"{first[0]}.{last}{R.randint(1, 9)}"])
    if intl:
        dom = pick(INTL_DOMAINS.get(intl, ["gmail.com", "outlook.com"]) + ["gmail.com"])
    else:
        dom = pick(["gmail.com", "gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com",
                    "comcast.net", "att.net", "verizon.net", "sbcglobal.net", "charter.net", "me.com", "msn.com",
                    "bellsouth.net", "cox.net", "protonmail.com"])
    return f"{user}@{dom}"


INTL_DOMAINS = {"GB": ["btinternet.com", "hotmail.co.uk", "sky.com"], "DE": ["web.de", "gmx.de", "t-online.de"],
                "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["telefonica.net", "hotmail.es"],
                "MX": ["yahoo.com.mx", "hotmail.com", "prodigy.net.mx"], "IT": ["libero.it", "alice.it", "virgilio.it"],
                "BR": ["uol.com.br", "bol.com.br", "terra.com.br"], "NL": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"],
                "PL": ["wp.pl", "onet.pl", "o2.pl"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "nifty.com"],
                "CN": ["qq.com", "163.com", "126.com"], "KR": ["naver.com", "daum.net", "hanmail.net"],
                "IN": ["rediffmail.com", "yahoo.co.in"], "SA": ["hotmail.com", "outlook.sa"], "RU": ["yandex.ru", "mail.ru"],
                "TR": ["hotmail.com.tr", "yandex.com.tr"], "VN": ["yahoo.com.vn"], "PH": ["yahoo.com.ph"],
                "CA": ["rogers.com", "videotron.ca", "shaw.ca"], "IE": ["eircom.net"], "AU": ["bigpond.com", "optusnet.com.au"],
                "UA": ["ukr.net"]}
LATIN_FOR = {"JP": ["tanaka.yuko", "sato.hiro", "k.yamamoto", "miki_suzuki"], "CN": ["wangwei88", "li.na", "zhang_min", "chenjie1975"],
             "KR": ["kimsora", "park.jh", "leeminjung", "choi_dh"], "SA": ["a.alharbi", "omar.saleh", "n.alqahtani"],
             "RU": ["natasha.ivanova", "s.petrov", "olga_kuz"], "UA": ["oksana.k", "taras.shevchuk"]}


URL_KINDS = {"fund": "fundraiser", "social": "profile", "site": "website"}


def url_for(name, kind=None):
    """kind: fund (caringbridge, gofundme, meal train), social (facebook, linkedin ...), site (own domain)."""
    parts = [slug(p) for p in name.replace(".", " ").split() if slug(p)]
    first, last = parts[0], parts[-1]
    fund = [f"www.caringbridge.org/visit/{first}{last}", f"https://www.caringbridge.org/site/{first}-{last}",
            f"gofundme.com/f/help-{first}-{last}", f"https://www.gofundme.com/f/{first}-{last}-medical-bills",
            f"mealtrain.com/trains/{first}{last}{R.randint(1, 9)}",
            f"https://lotsahelpinghands.com/c/{R.randint(100000, 999999)}-{first}-{last}"]
    social = [f"facebook.com/{first}.{last}.{R.randint(1, 999)}", f"https://www.facebook.com/{first}{last}",
              f"linkedin.com/in/{first}-{last}-{R.randint(10, 99)}{pick('abcdef')}",
              f"https://www.instagram.com/{first}_{last}/", f"https://www.youtube.com/@{first}{last}"]
    site = [f"www.{first}{last}.com", f"https://{first}{last}.net", f"https://{last}family.org/{first}",
            f"{first}{last}.blogspot.com"]
    if kind:
        return pick({"fund": fund, "social": social, "site": site}[kind])
    return pick([f"www.caringbridge.org/visit/{first}{last}", f"https://www.caringbridge.org/site/{first}-{last}",
                 f"gofundme.com/f/help-{first}-{last}", f"https://www.gofundme.com/f/{first}-{last}-medical-bills",
                 f"facebook.com/{first}.{last}.{R.randint(1, 999)}", f"https://www.facebook.com/{first}{last}",
                 f"linkedin.com/in/{first}-{last}-{R.randint(10, 99)}{pick('abcdef')}",
                 f"https://www.instagram.com/{first}_{last}/", f"www.{first}{last}.com", f"https://{first}{last}.net",
                 f"https://{last}family.org/{first}", f"mealtrain.com/trains/{first}{last}{R.randint(1, 9)}",
                 f"https://lotsahelpinghands.com/c/{R.randint(100000, 999999)}-{first}-{last}",
                 f"https://www.youtube.com/@{first}{last}"])


# --- international addresses and phones
INTL_CITIES = {
    "GB": [("London", "SW1A"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS8"), ("Glasgow", "G12"),
           ("Cardiff", "CF24"), ("Birmingham", "B15"), ("Leicester", "LE2"), ("Norwich", "NR2"), ("Belfast", "BT9")],
    "DE": [("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
           ("Stuttgart", "70"), ("Leipzig", "04"), ("Dresden", "01"), ("Bremen", "28"), ("Nürnberg", "90")],
    "FR": [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nantes", "440"),
           ("Lille", "590"), ("Bordeaux", "330"), ("Strasbourg", "670"), ("Rennes", "350"), ("Nice", "060")],
    "ES": [("Madrid", "280"), ("Barcelona", "080"), ("Sevilla", "410"), ("Valencia", "460"), ("Zaragoza", "500"),
           ("Málaga", "290"), ("Bilbao", "480"), ("Granada", "180")],
    "IT": [("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
           ("Bologna", "401", "BO"), ("Palermo", "901", "PA"), ("Firenze", "501", "FI"), ("Bari", "701", "BA")],
    "NL": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
           ("Groningen", "97")],
    "PL": [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6"), ("Łódź", "9")],
    "MX": [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
           ("Puebla", "Pue.", "72"), ("Oaxaca de Juárez", "Oax.", "68"), ("Mérida", "Yuc.", "97"),
           ("Tijuana", "B.C.", "22"), ("León", "Gto.", "37")],
    "BR": [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "30"),
           ("Salvador", "BA", "40"), ("Recife", "PE", "50"), ("Curitiba", "PR", "80"), ("Fortaleza", "CE", "60"),
           ("Porto Alegre", "RS", "90")],
    "JP": [("東京都", ["渋谷区渋谷", "新宿区西新宿", "世田谷区三軒茶屋", "江東区豊洲", "練馬区光が丘"], "1"),
           ("大阪府", ["大阪市北区梅田", "大阪市天王寺区上本町", "堺市堺区宿院町"], "5"),
           ("神奈川県", ["横浜市中区山下町", "川崎市幸区堀川町"], "2"), ("福岡県", ["福岡市博多区博多駅前", "北九州市小倉北区京町"], "8"),
           ("北海道", ["札幌市中央区北一条西", "旭川市宮下通"], "0"), ("愛知県", ["名古屋市中区栄", "豊田市小坂本町"], "4")],
    "CN": [("北京市", ["朝阳区建国路", "海淀区中关村大街", "东城区王府井大街"]), ("上海市", ["浦东新区世纪大道", "徐汇区漕溪北路", "静安区南京西路"]),
           ("广州市", ["天河区天河路", "越秀区中山五路"]), ("成都市", ["武侯区人民南路", "锦江区春熙路"]), ("杭州市", ["西湖区文三路", "上城区解放路"])],
    "KR": [("서울특별시", ["강남구 테헤란로", "종로구 종로", "마포구 월드컵북로", "송파구 올림픽로"]), ("부산광역시", ["해운대구 해운대로", "부산진구 중앙대로"]),
           ("인천광역시", ["남동구 인하로", "연수구 송도과학로"]), ("대구광역시", ["수성구 달구벌대로"])],
    "IN": [("Pune", "Maharashtra", "411"), ("Mumbai", "Maharashtra", "400"), ("Bengaluru", "Karnataka", "560"),
           ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700"),
           ("Ahmedabad", "Gujarat", "380"), ("Jaipur", "Rajasthan", "302"), ("Kochi", "Kerala", "682"), ("Lucknow", "Uttar Pradesh", "226")],
    "CA": [("Toronto", "ON", "M"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
           ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Ottawa", "ON", "K"), ("Québec", "QC", "G")],
    "SA": [("الرياض", "1"), ("جدة", "2"), ("الدمام", "3"), ("مكة المكرمة", "2")],
    "RU": [("Москва", "1"), ("Санкт-Петербург", "19"), ("Казань", "42"), ("Новосибирск", "63"), ("Екатеринбург", "62")],
    "TR": [("İstanbul", "34", "Kadıköy"), ("Ankara", "06", "Çankaya"), ("İzmir", "35", "Karşıyaka"), ("Bursa", "16", "Nilüfer"), ("Antalya", "07", "Muratpaşa")],
    "PH": [("Quezon City", "11"), ("Cebu City", "60"), ("Davao City", "80"), ("Makati", "12"), ("Iloilo City", "50")],
    "VN": [("Hà Nội", "Quận Ba Đình"), ("TP. Hồ Chí Minh", "Quận 3"), ("Đà Nẵng", "Quận Hải Châu"), ("Huế", "Phường Phú Hội")],
    "IE": [("Dublin", "D0"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94")],
    "AU": [("Sydney", "NSW", "20"), ("Melbourne", "VIC", "30"), ("Brisbane", "QLD", "40"), ("Perth", "WA", "60"), ("Adelaide", "SA", "50")],
}
NONLATIN = {"JP", "CN", "KR", "SA", "RU"}


def up(n):
    return "".join(pick("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(n))


def intl_address(cc):
    """Returns (address, city) for a country code."""
    c = pick(INTL_CITIES[cc])
    if cc == "GB":
        city, pc = c
        street = f"{R.randint(1, 220)} {pick(['Kelvin', 'Albert', 'Victoria', 'Mill', 'Church', 'Station', 'Queens', 'Park', 'Grove', 'Marlborough', 'Heath', 'Windsor'])} {pick(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Gardens', 'Crescent', 'Terrace'])}"
        flat = pick(["", "", f"Flat {R.randint(1, 40)}, ", f"Flat {R.randint(1, 9)}{pick('ABC')}, "])
        addr = f"{flat}{street}, {city} {pc} {R.randint(1, 9)}{up(2)}"
    elif cc == "IE":
        city, pc = c
        addr = f"{R.randint(1, 120)} {pick(['Rathmines', 'Griffith', 'Castle', 'Main', 'Shandon', 'Salthill'])} {pick(['Road', 'Avenue', 'Street', 'Park'])}, {city}, {pc}{R.randint(1, 9) if len(pc) == 2 else ''} {pick('ACDEFHKNPRTVWXY')}{rd(1)}{pick('ACDEFHKNPRTVWXY')}{rd(1)}"
    elif cc == "DE":
        city, p2 = c
        addr = f"{fk('de_DE').street_name()} {R.randint(1, 140)}{pick(['', '', 'a', 'b'])}, {p2}{rd(3)} {city}"
    elif cc == "FR":
        city, p = c
        addr = f"{R.randint(1, 180)}{pick(['', '', ' bis'])} {pick(['rue', 'avenue', 'boulevard', 'impasse', 'allée', 'place'])} {pick(['des Lilas', 'Victor Hugo', 'Jean Jaurès', 'de la République', 'Pasteur', 'des Écoles', 'du Moulin', 'Gambetta', 'de la Paix', 'Saint-Michel'])}, {p}{rd(5 - len(p))} {city}"
    elif cc == "ES":
        city, p = c
        addr = f"{pick(['Calle', 'Avenida', 'Paseo', 'C/'])} {pick(['de Alcalá', 'Mayor', 'del Carmen', 'de la Constitución', 'Gran Vía', 'de Sagasta', 'San Vicente', 'Real'])} {R.randint(1, 200)}, {R.randint(1, 8)}º {pick('ABCD')}, {p}{rd(2)} {city}"
    elif cc == "IT":
        city, p, prov = c
        addr = f"{pick(['Via', 'Viale', 'Corso', 'Piazza'])} {pick(['Garibaldi', 'Roma', 'Dante', 'Mazzini', 'Paolo Sarpi', 'Cavour', 'Verdi', 'Vittorio Emanuele II'])} {R.randint(1, 150)}, {p}{rd(2)} {city} {prov}"
    elif cc == "NL":
        city, p = c
        addr = f"{pick(['Prinsengracht', 'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Lindenlaan', 'Schoolstraat'])} {R.randint(1, 400)}{pick(['', '', '-2', ' A', 'hs'])}, {p}{rd(2)} {up(2)} {city}"
    elif cc == "PL":
        city, p = c
        addr = f"ul. {pick(['Długa', 'Mickiewicza', 'Kościuszki', 'Polna', 'Lipowa', 'Słowackiego', 'Floriańska'])} {R.randint(1, 90)}{pick(['', '/' + str(R.randint(1, 40))])}, {p}{rd(1)}-{rd(3)} {city}"
    elif cc == "MX":
        city, st, p = c
        addr = f"{pick(['Calle', 'Av.', 'Avenida', 'Calz.'])} {pick(['Insurgentes Sur', 'Reforma', 'Hidalgo', 'Morelos', 'Juárez', '5 de Mayo', 'Benito Juárez', 'Revolución'])} {R.randint(1, 2500)}{pick(['', ' Int. ' + str(R.randint(1, 30)), ' Depto. ' + str(R.randint(1, 12))])}, Col. {pick(['Centro', 'Roma Norte', 'Del Valle', 'Las Águilas', 'Chapultepec', 'San Benito', 'Obrera'])}, {p}{rd(5 - len(p))} {city}, {st}"
    elif cc == "BR":
        city, st, p = c
        addr = f"{pick(['Rua', 'Avenida', 'Av.', 'Travessa'])} {pick(['das Flores', 'Sete de Setembro', 'Augusta', 'São João', 'Barão de Mauá', 'Tiradentes', 'Getúlio Vargas'])}, {R.randint(1, 3000)}{pick(['', ', apto ' + str(R.randint(11, 904)), ', casa 2'])}, {pick(['Centro', 'Pinheiros', 'Boa Viagem', 'Savassi', 'Barra', 'Moinhos de Vento'])}, {city} - {st}, {p}{rd(5 - len(p))}-{rd(3)}"
    elif cc == "JP":
        pref, towns, p = c
        addr = f"〒{p}{rd(2)}-{rd(4)} {pref}{pick(towns)}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
        city = pref
        return addr, city
    elif cc == "CN":
        city, roads = c
        addr = f"{city}{pick(roads)}{R.randint(1, 500)}号{pick(['', str(R.randint(1, 30)) + '栋' + str(R.randint(101, 2405)) + '室'])}"
        return addr, city
    elif cc == "KR":
        city, roads = c
        addr = f"{city} {pick(roads)} {R.randint(1, 300)}{pick(['', ', ' + str(R.randint(101, 1505)) + '호'])}"
        return addr, city
    elif cc == "IN":
        city, st, p = c
        addr = f"{pick(['Flat', 'H.No.', 'Door No.'])} {R.randint(1, 900)}, {pick(['Sai Krupa Apartments', 'Green Park Society', 'Shanti Nagar', 'Lakshmi Residency', 'Gandhi Colony'])}, {pick(['MG Road', 'Baner Road', 'Station Road', 'Anna Salai', 'Linking Road', 'Nehru Street'])}, {city}, {st} {p}{rd(3)}"
    elif cc == "CA":
        city, prov, l1 = c
        pc = f"{l1}{R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVXY')} {R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVXY')}{R.randint(1, 9)}"
        street = pick([f"{R.randint(10, 9999)} {pick(['King St W', 'Queen St E', 'Yonge St', 'Main St', 'Portage Ave', 'Jasper Ave'])}",
                       f"{R.randint(10, 2999)} {pick(['rue Sainte-Catherine O', 'boul. René-Lévesque', 'rue Saint-Denis', 'av. du Parc'])}"])
        addr = f"{pick(['', '', 'Apt ' + str(R.randint(2, 1800)) + ', ', 'Unit ' + str(R.randint(1, 40)) + '-'])}{street}, {city}, {prov} {pc}".replace("-" + street[0], "-" + street[0], 1)
    elif cc == "SA":
        city, p = c
        addr = f"{pick(['شارع الملك فهد', 'طريق الملك عبدالعزيز', 'شارع التحلية', 'حي النخيل'])}، {city} {p}{rd(4)}"
        return addr, city
    elif cc == "RU":
        city, p = c
        addr = f"ул. {pick(['Ленина', 'Гагарина', 'Пушкина', 'Садовая', 'Мира', 'Советская'])}, д. {R.randint(1, 120)}, кв. {R.randint(1, 300)}, {city}, {p}{rd(6 - len(p))}"
        return addr, city
    elif cc == "TR":
        city, p, dist = c
        addr = f"{pick(['Atatürk Cad.', 'Cumhuriyet Mah.', 'İnönü Sok.', 'Bağdat Cad.'])} No: {R.randint(1, 150)}{pick(['', ' D: ' + str(R.randint(1, 20))])}, {p}{rd(3)} {dist}/{city}"
    elif cc == "PH":
        city, p = c
        addr = f"{pick(['Blk', 'Lot'])} {R.randint(1, 40)} {pick(['Lot', 'Block'])} {R.randint(1, 30)}, {pick(['Mabini St.', 'Rizal Ave.', 'Sampaguita St.', 'Magsaysay Blvd.'])}, Brgy. {pick(['San Roque', 'Poblacion', 'Santo Niño', 'Bagong Silang'])}, {city} {p}{rd(2)}"
    elif cc == "VN":
        city, dist = c
        addr = f"Số {R.randint(1, 300)} {pick(['Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt'])}, {dist}, {city}"
    elif cc == "AU":
        city, st, p = c
        addr = f"{pick(['', 'Unit ' + str(R.randint(1, 30)) + '/'])}{R.randint(1, 300)} {pick(['George', 'Harbour', 'Beach', 'Station', 'High'])} {pick(['St', 'Rd', 'Pde', 'Ave'])}, {pick(['Mosman', 'Fitzroy', 'Paddington', 'Subiaco', 'Glenelg'])} {st} {p}{rd(2)}"
    else:
        raise KeyError(cc)
    return addr, c[0]


def intl_phone(cc):
    d = rd
    f = {
        "GB": [f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"+44 (0)161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}"],
        "IE": [f"+353 87 {d(3)} {d(4)}", f"085 {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}"],
        "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 89 {d(4)} {d(4)}", f"0171 {d(7)}", f"+49 151 {d(8)}", f"(0221) {d(6)}"],
        "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"07{d(8)}"],
        "ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}", f"+34 93 {d(3)} {d(2)} {d(2)}"],
        "IT": [f"+39 02 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"],
        "NL": [f"+31 6 {d(8)}", f"06-{d(8)}", f"+31 20 {d(3)} {d(4)}", f"010 {d(3)} {d(4)}"],
        "PL": [f"+48 {R.randint(500, 799)} {d(3)} {d(3)}", f"{R.randint(500, 799)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"],
        "MX": [f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}", f"+52 951 {d(3)} {d(4)}"],
        "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+55 21 9{d(4)} {d(4)}", f"(71) 9{d(4)}-{d(4)}"],
        "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}"],
        "CN": [f"+86 138 {d(4)} {d(4)}", f"139{d(8)}", f"+86 10 {d(4)} {d(4)}", f"021-{d(8)}"],
        "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"],
        "IN": [f"+91 9{d(4)} {d(5)}", f"+91-9{d(9)}", f"09{d(3)} {d(3)} {d(3)}", f"9{d(4)} {d(5)}", f"022 {d(4)} {d(4)}"],
        "CA": [f"+1 416 {R.randint(200, 999)} {d(4)}", f"(514) {R.randint(200, 999)}-{d(4)}", f"604-{R.randint(200, 999)}-{d(4)}", f"+1 (403) {R.randint(200, 999)}-{d(4)}"],
        "SA": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}"],
        "RU": [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", f"+7 495 {d(3)}-{d(2)}-{d(2)}"],
        "TR": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 5{d(2)} {d(3)} {d(2)} {d(2)}", f"+90 212 {d(3)} {d(2)} {d(2)}"],
        "PH": [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"],
        "VN": [f"+84 9{d(1)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(3)}", f"+84 28 {d(4)} {d(4)}"],
        "AU": [f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"],
    }[cc]
    return pick(f)


# ----------------------------------------------------------------------------- keep vocab
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "Xarelto", "gabapentin", "prednisone",
         "furosemide", "insulin", "Lantus", "Ozempic", "Jardiance", "Synthroid", "losartan", "metoprolol",
         "tramadol", "Tylenol", "Advil", "ibuprofen", "aspirin", "Plavix", "donepezil", "Aricept", "memantine",
         "Seroquel", "trazodone", "Zoloft", "Lexapro", "buprenorphine", "Narcan", "albuterol", "Symbicort",
         "Spiriva", "omeprazole", "pantoprazole", "Miralax", "senna", "potassium chloride", "vitamin D", "B12 shots",
         "fish oil", "Coumadin", "digoxin", "hydrochlorothiazide", "carvedilol", "Entresto", "Humira", "methotrexate",
         "Keppra", "Sinemet", "carbidopa-levodopa", "Norco", "morphine", "hydrocodone", "clonazepam", "Ativan",
         "Flomax", "tamsulosin", "Farxiga", "Trulicity", "glipizide", "Januvia", "prednisolone eye drops",
         "Namenda", "Eliquis 5 mg", "Lovenox", "heparin", "Bactrim", "Cipro", "amoxicillin", "Keflex", "Biktarvy"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "dementia", "CHF", "heart failure", "type 2 diabetes", "diabetes", "hypertension", "high blood pressure",
         "CKD", "kidney disease", "stroke", "TIA", "pneumonia", "UTI", "sepsis", "shingles", "gout", "asthma",
         "depression", "anxiety", "bipolar disorder", "schizophrenia", "epilepsy", "seizures", "migraines",
         "sleep apnea", "neuropathy", "osteoporosis", "arthritis", "rheumatoid arthritis", "lupus", "psoriasis",
         "breast cancer", "prostate cancer", "lymphoma", "leukemia", "hip fracture", "DVT", "pulmonary embolism",
         "anemia", "hypothyroidism", "cellulitis", "pressure sore", "macular degeneration", "glaucoma", "MS",
         "ALS", "Crohn's", "colitis", "hepatitis C", "HIV", "cirrhosis", "delirium", "sundowning", "vertigo"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CBC", "TSH", "lipid panel", "creatinine", "eGFR", "potassium",
        "sodium", "troponin", "BNP", "PSA", "vitamin D level", "urinalysis", "chest x-ray", "CT scan", "MRI",
        "EKG", "echo", "colonoscopy", "mammogram", "sleep study", "PT/INR", "blood sugar", "oxygen sat"]
BODY = ["hip", "knee", "shoulder", "lower back", "left foot", "right eye", "kidneys", "liver", "heart", "lungs",
        "ankle", "wrist", "bladder", "colon", "skin", "teeth", "gums", "chest", "stomach", "legs"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Abuela", "Abuelo", "Auntie", "Uncle", "Granny",
        "Pop", "Mama", "Oma", "Opa", "Nonna", "Lola", "Lolo"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Costco pharmacy",
        "Cleveland Clinic", "the VA", "Humana", "Aetna", "UnitedHealthcare", "Blue Cross", "Meals on Wheels",
        "Social Security", "Walmart pharmacy", "Kroger pharmacy", "Quest", "LabCorp", "Planned Parenthood"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_KEEP = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
               "November", "December"]


def drug():
    return pick(DRUGS)


def cond():
    return pick(CONDS)


# ----------------------------------------------------------------------------- message builder
class Msg:
    def __init__(self, style):
        self.style = style
        self.parts = []
        self.ids = []
        self.keeps = []

    def t(self, s):
        self.parts.append(s)
        return self

    def i(self, s, typ, region="US"):
        self.parts.append(s)
        if not any(e["text"] == s and e["type"] == typ for e in self.ids):
            self.ids.append({"text": s, "type": typ, "region": region})
        return self

    def k(self, s):
        self.parts.append(s)
        if s not in self.keeps:
            self.keeps.append(s)
        return self

    def rec(self, case=None):
        text = "".join(self.parts)
        ids = [dict(e) for e in self.ids]
        keeps = list(self.keeps)
        if case == "lower":
            text = text.lower()
            for e in ids:
                e["text"] = e["text"].lower()
            keeps = [k.lower() for k in keeps]
        elif case == "upper":
            text = text.upper()
            for e in ids:
                e["text"] = e["text"].upper()
            keeps = [k.upper() for k in keeps]
        # merge identifiers that became equal after case folding
        seen, uniq = set(), []
        for e in ids:
            if (e["text"], e["type"]) not in seen:
                seen.add((e["text"], e["type"]))
                uniq.append(e)
        seenk, uk = set(), []
        for k in keeps:
            if k not in seenk:
                seenk.add(k)
                uk.append(k)
        return {"style": self.style, "text": text, "identifiers": uniq, "keep": uk, "source": "template"}


# Each template returns a record. They are written to read like the hand-written messages, with
# several phrasings each so that no two template messages look alike.
F_RELS = ["Mom", "Grandma", "Nana", "Abuela", "Auntie", "Granny", "Mama", "Oma", "Nonna", "Lola", "mom", "grandma"]
M_RELS = ["Dad", "Grandpa", "Papa", "Abuelo", "Uncle", "Pop", "Opa", "Lolo", "dad", "grandpa", "Pops"]


def patient_rel():
    if chance(0.5):
        return pick(F_RELS), "she", "her"
    return pick(M_RELS), "he", "his"


def age_year(age):
    return 2026 - age - R.randint(0, 1)


def t_lower_update():
    m = Msg("lower_case")
    rel, she, her = patient_rel()
    g, who = pick([("f", None), ("m", None)])[0], None
    who = us_first()
    m.t(pick(["hey ", "ok so ", "update: ", "", "fyi ", "sorry late msg, ", "hi all ", "ugh "]))
    x0 = R.random()
    if x0 < 0.5:
        m.k(rel).t(pick([f" ran out of {her} ", " needs more ", " cant find the ", f" missed {her} ", " wont take the "])).k(drug()).t(pick([". ", " again. ", "!! "]))
    else:
        m.t(pick(["the ", "that new "])).k(drug()).t(pick([" makes ", " is making "])).k(rel).t(pick([" dizzy. ", " so sleepy. ", " sick to the stomach. "]))
    ask = pick(["can ", "could ", "pls can ", "can someone ask "])
    m.t(ask).i(who, "PERSON").t(pick([" to call me ", " to text me "]) if ask == "can someone ask " else pick([" call me ", " text me ", " ring me back "]))
    m.t(pick(["at ", "on ", "", "@ "])).i(us_phone(), "PHONE_NUMBER")
    if chance(0.45):
        m.t(pick([" or call the house ", " or try ", ", my work # is "])).i(us_phone(), "PHONE_NUMBER")
    x = R.random()
    if x < 0.35:
        m.t(pick([f". {she}s at ", ". we're at ", ". address is ", ". we're staying at "])).i(us_address(multiline=False)[0], "LOCATION")
    elif x < 0.5:
        c, st, _ = us_place()
        m.t(pick([". we're still in ", ". im driving back from ", f". {she}s visiting "])).i(pick([c, f"{c} {st}", f"{c}, {st}"]), "LOCATION")
    elif x < 0.62:
        v, lab = mrn_value()
        m.t(f". {her} {lab} is ").i(v, "MEDICAL_RECORD_NUMBER")
    m.t(pick(["", " thx", " asap", " pls", " before 9", "!!", " love u"]))
    return m.rec("lower")


def t_short():
    m = Msg(pick(["short", "short", "lower_case"]))
    k = R.random()
    if k < 0.22:
        m.i(us_first(), "PERSON").t(pick([" new # ", " new number: ", " cell is ", "'s cell ", " - "])).i(us_phone(), "PHONE_NUMBER")
    elif k < 0.38:
        m.i(us_first(), "PERSON").t(pick([" can u grab the ", " did u pick up the ", " dont forget the ", " where did u put the "])).k(drug()).t(pick(["", "?", " pls", "??"]))
        if chance(0.4):
            m.t(pick([" - ", " and call ", ". "])).i(us_first(), "PERSON")
    elif k < 0.5:
        nm = us_name(True)
        m.t(pick(["send it to ", "use ", "email is ", "its ", "cc "])).i(email_for(nm), "EMAIL_ADDRESS").t(pick(["", " not the old one", " thx", " (thats "]))
        if m.parts[-1] == " (thats ":
            m.i(nm.split()[0], "PERSON").t(")")
    elif k < 0.66:
        a, city = us_address(multiline=False)
        m.t(pick(["address: ", "its ", "pickup at ", "drop off at ", "she's at ", "he's at "])).i(a, "LOCATION").t(pick(["", " after 5", " side door", " - ring twice", " gate code 1942"]))
    elif k < 0.8:
        rel, she, her = patient_rel()
        m.k(rel).t(pick(["'s at ", " is at ", " went to ", " moved to ", " is staying in "]))
        city, st, _ = us_place()
        m.i(f"{city}, {st}" if chance(0.5) else (city.upper() if chance(0.2) else city), "LOCATION").t(pick([" now", " for the week", " w ", ""]))
        if m.parts[-1] == " w ":
            m.i(us_first(), "PERSON")
    elif k < 0.9:
        cc = pick(["MX", "PH", "IN", "GB", "VN", "KR", "BR", "DE", "CA", "PL"])
        m.k(pick(RELS)).t(pick(["'s # in ", " number in ", " whatsapp "]))
        m.t({"MX": "mexico", "PH": "manila", "IN": "india", "GB": "the uk", "VN": "vietnam", "KR": "korea", "BR": "brazil",
             "DE": "germany", "CA": "canada", "PL": "poland"}[cc] + " ").i(intl_phone(cc), "PHONE_NUMBER", "INTL")
    else:
        m.t(pick(["tell ", "ask ", "call "])).i(us_name(), "PERSON").t(pick([" the ", " abt the ", " re "])).k(pick(LABS)).t(pick([" results", " is tmrw", " was fine"]))
    return m.rec("lower" if m.style == "lower_case" else None)


def t_speaker():
    m = Msg("speaker_label")
    ra, a = rel_and_name()
    rb, b = rel_and_name()
    la = (ra + " ") if chance(0.5) else ""
    lb = (rb + " ") if chance(0.4) else ""
    rel, she, her = patient_rel()
    m.t(la).i(a, "PERSON").t(": ")
    if chance(0.3):
        m.t(pick(["we're out of the ", "who has the ", "where's the "])).k(drug()).t(pick(["", "?", " again"])).t("\n")
    else:
        m.t(pick([f"{she} took {her} ", f"{she} refused the ", f"gave {('her' if she == 'she' else 'him')} the ", f"did anyone give {rel} the "]))
        m.k(drug()).t(pick(["", " at 8", " this morning", " w dinner", " finally"])).t("?\n" if m.parts[-3].startswith("did") else "\n")
    m.t(lb).i(b, "PERSON").t(": ").t(pick(["ok ", "thanks ", "ugh ", "wait ", "good "])).i(a, "PERSON").t(pick([". ", ", "]))
    m.t(pick([f"how's {her} ", "any news on the ", "did they check the ", "what about the "])).k(pick(LABS + BODY)).t("\n")
    m.t(la).i(a, "PERSON").t(": ")
    x = R.random()
    if x < 0.3:
        m.t(pick(["call me ", "my cell ", "text ", "call the nurse back "])).i(us_phone(), "PHONE_NUMBER")
    elif x < 0.52:
        m.t(pick([f"{she}'s at ", "send it to ", f"they moved {('her' if she == 'she' else 'him')} to "])).i(us_address()[0], "LOCATION")
    elif x < 0.7:
        v, lab = mrn_value()
        m.t(f"{her} {lab} is ").i(v, "MEDICAL_RECORD_NUMBER")
    elif x < 0.85:
        m.t(pick(["ask ", "tell ", "let "])).i(us_name(True), "PERSON").t(pick([" to bring the ", " about the "])).k(drug())
    else:
        m.t(pick(["they need the DOB ", f"{her} birthday is ", "DOB "])).i(dob(year=R.randint(1929, 1965)), "DATE_OF_BIRTH").t(pick(["", " not the other one"]))
    return m.rec("lower" if chance(0.35) else None)


def t_address_change():
    m = Msg("general_text")
    name = us_name(True)
    old, _ = us_address(multiline=False)
    new, _ = us_address()
    m.t(pick(["Hello, ", "Hi, ", "Good morning. ", "To whom it may concern: ", ""]))
    m.t(pick(["please update my address. ", "I need to change my mailing address. ", "we moved! ",
              "New address for my mother's chart. ", "Address change for my dad's account. "]))
    if chance(0.6):
        m.t(pick(["Old: ", "Old address: ", "It used to be "])).i(old, "LOCATION").t(pick([". ", "\n"]))
    m.t(pick(["New: ", "New address: ", "Now it's ", "Please send everything to "])).i(new, "LOCATION").t(". ")
    if chance(0.6):
        m.t(pick(["Phone ", "Best number ", "Call "])).i(us_phone(), "PHONE_NUMBER").t(". ")
    m.t(pick(["Thanks, ", "- ", "Thank you\n", "Regards, "])).i(name, "PERSON")
    if chance(0.4):
        m.t(pick([" (for ", " (re: "])).k(pick(RELS)).t("'s ").k(drug()).t(" refills)")
    return m.rec()


def t_form():
    m = Msg("form")
    first, last = us_first(), us_last()
    age = R.randint(20, 96)
    head = pick(["PATIENT INFORMATION\n", "New patient form\n", "Intake form\n", "", "Caregiver registration\n",
                 "Transport request\n", "Pharmacy profile\n"])
    m.t(head)
    if chance(0.5):
        m.t("Name: ").i(f"{first} {last}", "PERSON").t("\n")
    else:
        m.t("Last name: ").i(last, "PERSON").t("   First: ").i(first, "PERSON").t("\n")
    m.t(pick(["DOB: ", "Date of birth: ", "D.O.B.: ", "Birthdate: "])).i(dob(year=age_year(age)), "DATE_OF_BIRTH").t("\n")
    if chance(0.75):
        m.t(pick(["SSN: ", "Social Security #: ", "SS#: ", "Soc Sec No: ", "SSN "])).i(ssn(), "US_SSN").t("\n")
    a, _ = us_address(multiline=chance(0.3))
    m.t("Address: ").i(a, "LOCATION").t("\n")
    m.t(pick(["Phone: ", "Cell: ", "Home phone: ", "Tel: "])).i(us_phone(), "PHONE_NUMBER").t("\n")
    if chance(0.6):
        m.t("Email: ").i(email_for(f"{first} {last}"), "EMAIL_ADDRESS").t("\n")
    if chance(0.55):
        v, lab = mrn_value()
        m.t(pick(["Insurance ID: ", "Member ID: ", "Medicare #: ", "MRN: ", "Plan ID: "])).i(v, "MEDICAL_RECORD_NUMBER").t("\n")
    if chance(0.5):
        g = pick("fm")
        m.t("Emergency contact: ").i(f"{us_first(g)} {us_last()}", "PERSON").t(f" ({pick(['daughter', 'wife', 'niece', 'sister'] if g == 'f' else ['son', 'husband', 'nephew', 'brother'])}) ").i(us_phone(False), "PHONE_NUMBER").t("\n")
    m.t(pick(["Medications: ", "Current meds: ", "Meds: "])).k(drug()).t(", ").k(drug()).t("\n")
    m.t(pick(["Conditions: ", "Diagnoses: ", "Reason: "])).k(cond())
    return m.rec("upper" if chance(0.1) else None)


def t_clinician():
    m = Msg("clinician_note")
    sex = pick("MF")
    name = f"{us_first('f' if sex == 'F' else 'm')} {us_last()}"
    age = R.randint(19, 98)
    v, lab = mrn_value()
    k = R.random()
    if k < 0.35:
        m.t(pick(["Pt ", "Patient ", "Seen: ", ""])).i(name, "PERSON").t(f", {age}{sex}, {lab} ").i(v, "MEDICAL_RECORD_NUMBER")
        if chance(0.6):
            m.t(f", {pick(['DOB', 'dob', 'DOB:'])} ").i(dob(year=age_year(age)), "DATE_OF_BIRTH")
        m.t(". ").t(pick(["F/u ", "Here for ", "Seen for ", "Televisit re "])).k(cond()).t(". ")
        m.t(pick(["On ", "Cont ", "Started ", "Increased "])).k(drug()).t(". ")
        g = pick("fm")
        rel = pick(["Dtr", "Wife", "Sister", "Niece"] if g == "f" else ["Son", "Husband", "Brother", "Nephew"])
        m.t(f"{rel} ").i(us_first(g), "PERSON").t(pick([" present, ", " on phone, ", " assisting, "])).t(pick(["cb ", "ph ", "# ", "best # "])).i(us_phone(), "PHONE_NUMBER").t(".")
    elif k < 0.6:
        m.t(pick(["Phone note: ", "Telephone encounter. ", "TC: "])).t(pick(["Rec'd call from ", "Spoke with ", "Returned call to "]))
        g = pick("fm")
        m.i(f"{us_first(g)} {us_last()}", "PERSON").t(pick([" (daughter) ", " (POA) ", " (dtr) "] if g == "f" else [" (son) ", " (POA) ", " (husband) "])).t("re: ")
        m.i(name, "PERSON").t(" ").t(f"{pick(['DOB', 'dob'])} ").i(dob(year=age_year(age)), "DATE_OF_BIRTH").t(". ")
        m.t(pick(["Reports ", "C/o ", "Concerned re "])).k(pick(["confusion", "falls", "poor appetite", "swelling", "shortness of breath", "constipation", "dizziness"])).t(" since starting ").k(drug()).t(". ")
        m.t("Advised ").t(pick(["hold and f/u.", "ED if worse.", "appt this wk.", "to call back in AM."])).t(" Cb ").i(us_phone(), "PHONE_NUMBER")
    elif k < 0.8:
        m.t(pick(["HH RN visit. ", "Home visit. ", "SN visit: "])).i(name, "PERSON").t(f" {age}{sex} at home, ").i(us_address(multiline=False)[0], "LOCATION").t(". ")
        m.k(pick(LABS)).t(pick([" stable. ", " improved. ", " elevated. "])).t(pick(["Med rec done, ", "Pillbox filled, "])).k(drug()).t(" and ").k(drug()).t(". ")
        m.t("Caregiver ").i(us_first(), "PERSON").t(" taught. ").t(f"{lab} ").i(v, "MEDICAL_RECORD_NUMBER")
    else:
        m.t(pick(["SW note: ", "CM note: ", "Discharge planning: "])).i(name, "PERSON").t(pick([" lives alone. ", " lives w/ spouse. ", " lives w/ dtr. "]))
        m.t(pick(["SSN ", "SS# "])).i(ssn(), "US_SSN").t(" verified for ").k(pick(["Medicaid", "Medicare", "Social Security"])).t(" application. ")
        cn = us_name(True)
        m.t("Contact: ").i(cn, "PERSON").t(", ").i(email_for(cn), "EMAIL_ADDRESS").t(pick([". ", ", "])).i(us_phone(), "PHONE_NUMBER").t(". ")
        m.t("Dx ").k(cond())
    return m.rec()


INTL_CCS = ["GB", "DE", "FR", "ES", "MX", "IT", "BR", "NL", "PL", "JP", "CN", "KR", "IN", "SA", "RU", "TR", "VN",
            "PH", "CA", "IE", "AU"]


def t_international():
    cc = pick(INTL_CCS)
    m = Msg("international")
    name = intl_name(cc)
    addr, city = intl_address(cc)
    ph = intl_phone(cc)
    rel = pick(RELS)
    k = R.random()
    if k < 0.3:
        m.k(rel).t(pick(["'s sister ", "'s brother ", "'s cousin ", "'s friend "])).i(name, "PERSON", "INTL")
        m.t(pick([" lives at ", " is at ", ", address "])).i(addr, "LOCATION", "INTL").t(pick([". ", ", "]))
        m.t(pick(["Phone ", "Tel. ", "mobile ", "whatsapp "])).i(ph, "PHONE_NUMBER", "INTL").t(". ")
        if chance(0.4):
            m.t(pick(["Email ", "email: ", "or write to "])).i(email_for(name, cc), "EMAIL_ADDRESS", "INTL").t(". ")
        elif chance(0.25) and cc not in NONLATIN:
            m.t(pick(["Her page: ", "Updates: ", "Blog: "])).i(url_for(name, pick(["fund", "social", "site"])), "URL", "INTL").t(" ")
        m.t(pick(["Takes ", "On ", "Needs ", "Ask about the "])).k(drug())
    elif k < 0.55:
        m.t(pick(["Sending the ", "Please ship the ", "Mailing "])).k(pick(["glucometer", "blood pressure cuff", "inhaler", "insulin pens", "CPAP mask", "pill organizer"])).t(" to ")
        m.i(name, "PERSON", "INTL").t(pick([", ", "\n"])).i(addr, "LOCATION", "INTL").t(pick([", tel ", "\n", " - "])).i(ph, "PHONE_NUMBER", "INTL")
    elif k < 0.75:
        m.t(pick(["If you need someone in ", "Family contact in ", "Our cousin in "])).i(city, "LOCATION", "INTL").t(": ").i(name, "PERSON", "INTL").t(", ").i(ph, "PHONE_NUMBER", "INTL")
        if chance(0.6):
            m.t(pick([", ", ". email "])).i(email_for(name, cc), "EMAIL_ADDRESS", "INTL")
        m.t(". ").t(pick(["Their doctor diagnosed ", "They're worried about ", "History of "])).k(cond())
    else:
        icc = IBAN_CC_FOR.get(cc, pick(["DE", "GB", "FR", "ES"]))
        if icc != cc:
            cc = icc
            name = intl_name(cc)
            addr, city = intl_address(cc)
        iv, ilab = iban(icc)
        m.t(pick(["Transfer for ", "Payment to ", "Wire for "])).k(rel).t(pick(["'s carer", "'s care home", "'s nurse"])).t(": ")
        m.i(name, "PERSON", "INTL").t(", ").t(ilab + (" " if ilab else "")).i(iv, "ACCOUNT_NUMBER", "INTL").t(". ")
        m.t("Address ").i(addr, "LOCATION", "INTL").t(". ").k(pick(["physiotherapy", "home care", "dialysis", "respite care", "wound care"]))
    return m.rec()


def t_intl_family():
    """Family chat where part of the family is abroad (mixed US and INTL)."""
    cc = pick(["MX", "PH", "IN", "VN", "KR", "CN", "JP", "BR", "PL", "GB", "DE", "FR", "TR", "SA", "RU", "IT", "ES"])
    m = Msg(pick(["speaker_label", "lower_case", "pasted_messages", "run_on"]))
    rel, she, her = patient_rel()
    abroad = intl_name(cc, full=chance(0.5))
    local = us_first()
    addr, city = intl_address(cc)
    if m.style == "speaker_label":
        m.i(local, "PERSON").t(": ").t(pick(["any news from ", "did you talk to ", "did anyone call "])).i(abroad, "PERSON", "INTL").t("?\n")
        m.i(us_first(), "PERSON").t(": ").t(pick([f"yes. {rel} is at the hospital in ", f"{rel} is staying with family in ", "they're in "])).i(city, "LOCATION", "INTL").t("\n")
        m.i(local, "PERSON").t(": ").t(pick(["number?", "what's the number there", "send me the #"])).t("\n")
        m.t(pick(["", ""])).i(m.ids[2]["text"], "PERSON").t(": ").i(intl_phone(cc), "PHONE_NUMBER", "INTL").t(pick(["", f" - {she}'s on ", " ask about the "]))
        if not m.parts[-1] == "":
            m.k(drug())
    elif m.style == "pasted_messages":
        m.t(pick(["so", "ok", "news"])).t("\n").k(rel).t(pick([" landed in ", " made it to ", " is back in "])).i(city, "LOCATION", "INTL").t("\n")
        m.t(pick(["staying w ", "with "])).i(abroad, "PERSON", "INTL").t("\n")
        m.t(pick(["address ", "", "addr: "])).i(addr, "LOCATION", "INTL").t("\n")
        m.t(pick([f"{she} forgot the ", "we need to mail the ", f"{she} has enough "])).k(drug())
    else:
        m.t(pick(["so ", "ok so ", "update "])).i(abroad, "PERSON", "INTL").t(pick([" called from ", " texted from "])).i(city, "LOCATION", "INTL")
        m.t(pick([" and said ", ", "])).k(rel).t(pick([" is in the hospital with ", " has ", " was diagnosed with "])).k(cond())
        m.t(pick([", call back at ", ", number there ", ", the number is "])).i(intl_phone(cc), "PHONE_NUMBER", "INTL")
        if chance(0.5):
            m.t(pick([" or text me ", " or ask "])).i(local, "PERSON").t(" ").i(us_phone(), "PHONE_NUMBER")
    return m.rec("lower" if m.style == "lower_case" or chance(0.2) else None)


def t_payment():
    m = Msg(pick(["general_text", "general_text", "lower_case", "run_on", "short"]))
    k = R.random()
    name = us_name(True)
    if k < 0.42:
        c, lab = card()
        m.t(pick(["please charge the ", "put it on the ", "use my ", "billing: ", "pay w ", "ok the "])).t(lab).t(" ").i(c, "ACCOUNT_NUMBER")
        m.t(pick([f" exp {R.randint(1, 12):02d}/{R.randint(25, 31)}", "", f" exp {R.randint(1, 12)}/{R.randint(25, 31)}"]))
        m.t(pick([", name on card ", ", cardholder ", " - its under "])).i(name, "PERSON").t(pick([". ", ", "]))
        m.t(pick(["for the ", "its for the ", "thats for "])).k(pick(["copay", "ambulance bill", "hospice deposit", "wheelchair rental", "home aide hours", "CPAP supplies", "dental work"]))
        if chance(0.3):
            m.t(pick([". billing zip is the same as ", ". bill to "])).i(us_address(multiline=False)[0], "LOCATION")
    elif k < 0.72:
        m.t(pick(["direct deposit info for the caregiver stipend: ", "for the refund: ", "bank info for the aide: ", "for the FSA reimbursement: "]))
        m.t(pick(["routing ", "routing # ", "ABA ", "routing number ", "RTN "])).i(routing(), "ACCOUNT_NUMBER").t(", ")
        m.t(pick(["account ", "acct # ", "checking ", "account number ", "acct "])).i(bank_acct(), "ACCOUNT_NUMBER").t(", ")
        m.t(pick(["name ", "account holder ", "under "])).i(name, "PERSON")
        if chance(0.4):
            m.t(pick([". questions call ", ". ph "])).i(us_phone(), "PHONE_NUMBER")
    else:
        cc = pick(["DE", "FR", "ES", "IT", "NL", "PL", "GB", "IE"])
        iv, ilab = iban(cc)
        m.t(pick(["refund to my mother's account in Europe: ", "The care home abroad wants: ", "wire info for Oma: ", "send the money to "]))
        m.t(ilab + (" " if ilab else "")).i(iv, "ACCOUNT_NUMBER", "INTL").t(", ")
        m.t(pick(["holder ", "beneficiary ", "name "])).i(intl_name(cc), "PERSON", "INTL")
        m.t(pick([". it's for the ", ". re: ", ". "])).k(pick(["physical therapy", "respite stay", "dialysis", "home nursing"]))
    return m.rec("lower" if m.style in ("lower_case", "short") else None)


def t_signature():
    m = Msg("signature")
    name = us_name(True)
    m.t(pick(["Thanks,\n", "Best,\n", "Thank you!\n", "--\n", "Sent from my iPhone\n", "Warmly,\n", "Sincerely,\n", "- "]))
    m.i(name, "PERSON")
    m.t(pick(["\n", ", RN\n", ", LCSW\n", " | Family Caregiver\n", "\nHome Care Coordinator\n", ", PharmD\n", "\nRealtor\n"]))
    m.t(pick(["C: ", "cell ", "", "Ph: ", "m. "])).i(us_phone(), "PHONE_NUMBER").t("\n")
    if chance(0.4):
        m.t(pick(["Office: ", "o. ", "W: ", "Toll free: "])).i(vanity() if chance(0.35) else us_phone(), "PHONE_NUMBER").t("\n")
    m.i(email_for(name), "EMAIL_ADDRESS")
    if chance(0.6):
        m.t("\n").i(url_for(name), "URL")
    if chance(0.35):
        m.t("\n").i(us_address(multiline=False)[0], "LOCATION")
    if chance(0.6):
        prel, pshe, pher = patient_rel()
        m.t("\n\n").t(pick(["P.S. ", "ps "])).k(prel).t(pick(["'s ", " says the "])).k(drug()).t(pick([" is working", " refill came", f" made {('her' if pshe == 'she' else 'him')} dizzy"]))
    return m.rec()


def t_pasted():
    m = Msg(pick(["pasted_messages", "pasted_thread", "pasted_messages"]))
    a, b = us_first(), us_first()
    rel, she, her = patient_rel()
    hh = R.randint(9, 11)
    mm = R.randint(0, 40)
    thread = m.style == "pasted_thread"
    def ts(d, who):
        return (f"[{hh}:{mm + d:02d} PM] {who}: ") if thread else ""
    m.t(ts(0, a)).t(pick(["hey", "u up?", "ok so", "call me", "bad news", "is anyone awake"])).t("\n")
    m.t(ts(1, a)).k(rel).t(pick([" fell", " is confused again", f"'s sugar is low", " cant breathe right", " won't eat", " is throwing up"])).t("\n")
    m.t(ts(3, b)).t(pick(["omg", "ok", "on my way", "did u give the "]))
    if m.parts[-1] == "did u give the ":
        m.k(drug()).t("?")
    m.t("\n")
    m.t(ts(6, a))
    x = R.random()
    if x < 0.35:
        m.t(pick(["we're going to ", "meet us at ", f"they took {('her' if she == 'she' else 'him')} to "])).k(pick(["the ER", "urgent care", "Kaiser", "the VA"])).t(pick([" on ", " at ", " near "])).i(us_address(multiline=False)[0], "LOCATION")
    elif x < 0.65:
        m.t(pick(["call ", "text ", "get "])).i(us_name(), "PERSON").t(pick([" ", " at ", " - "])).i(us_phone(), "PHONE_NUMBER")
    elif x < 0.85:
        v, lab = mrn_value()
        m.t(pick([f"they need {her} ", f"what's {her} ", "found it. "])).t(lab + " ").i(v, "MEDICAL_RECORD_NUMBER")
    else:
        m.t(pick(["they want the birthday, its ", "DOB is ", "dob "])).i(dob(year=R.randint(1930, 1960)), "DATE_OF_BIRTH")
    if chance(0.35):
        m.t("\n").t(ts(9, b)).t(pick(["ok. ", "k. ", ""])).t(pick(["my # if u need ", "im at "]))
        if m.parts[-1] == "im at ":
            c, st, _ = us_place()
            m.i(pick([c, f"{c} {st}"]), "LOCATION").t(pick([" still", " but leaving now"]))
        else:
            m.i(us_phone(), "PHONE_NUMBER")
    if thread:
        for nm in (a, b):
            if not any(e["text"] == nm for e in m.ids):
                m.ids.append({"text": nm, "type": "PERSON", "region": "US"})
    return m.rec("lower" if chance(0.4) else None)


def t_all_caps():
    m = Msg("all_caps")
    name = us_name(True)
    age = R.randint(66, 95)
    m.t(pick(["THIS IS ", "MY NAME IS ", "FROM ", "PLEASE CALL "])).i(name, "PERSON").t(". ")
    if chance(0.5):
        m.t(pick(["BORN ", "DOB ", "BIRTHDAY "])).i(dob(year=age_year(age)), "DATE_OF_BIRTH").t(". ")
    m.t(pick(["I NEED MY ", "WHERE IS MY ", "I AM OUT OF ", "THE PHARMACY LOST MY "])).k(drug()).t(". ")
    m.t(pick(["CALL ME AT ", "MY NUMBER ", "HOME PHONE "])).i(us_phone(), "PHONE_NUMBER")
    if chance(0.5):
        m.t(pick([". I LIVE AT ", ". MAIL IT TO "])).i(us_address(multiline=False)[0], "LOCATION")
    if chance(0.4):
        m.t(pick([". MY GRANDDAUGHTER ", ". MY SON ", ". MY NEIGHBOR "])).i(us_first(), "PERSON").t(pick([" HELPS ME", " TYPED THIS", " HAS THE PAPERS"]))
    if chance(0.3):
        m.t(". MY SOCIAL IS ").i(ssn(), "US_SSN")
    m.t(pick(["", ". THANK YOU", ". GOD BLESS"]))
    return m.rec("upper")


def t_run_on():
    m = Msg("run_on")
    rel, she, her = patient_rel()
    m.t(pick(["ok so ", "sorry this is long but ", "so basically ", "Long story short ", "ugh so "]))
    if chance(0.4):
        m.k(rel).t(f" had another episode with {her} ").k(pick(["atrial fibrillation", "seizures", "vertigo", "delirium", "sundowning", "asthma", "COPD", "migraines", "gout", "heart failure", "anxiety", "low blood sugar"]))
    else:
        m.k(rel).t(pick([f" went to the ER again last night because of {her} ", " saw the specialist about the "])).k(cond())
    m.t(pick([f" and they kept {('her' if she == 'she' else 'him')} overnight and ", " and the doctor said ", f" and they changed {her} meds and "]))
    m.t(pick([f"now {she}'s on ", "they added ", f"{she} has to stop the "])).k(drug())
    m.t(pick([" and nobody told us, ", " which is $300 a month, ", " so whatever, "]))
    x = R.random()
    if x < 0.3:
        v, lab = mrn_value()
        m.t(f"the {pick(['pharmacy', 'insurance', 'hospital'])} wants {her} {lab} which is ").i(v, "MEDICAL_RECORD_NUMBER")
        m.t(pick([f" and {her} birthday ", " and DOB "])).i(dob(year=R.randint(1930, 1962)), "DATE_OF_BIRTH")
    elif x < 0.55:
        m.t("can somebody call ").i(us_name(), "PERSON").t(" at ").i(us_phone(), "PHONE_NUMBER").t(pick([" because i cant", " since she has the paperwork"]))
    elif x < 0.8:
        m.t(f"{she}'s staying with ").i(us_name(), "PERSON").t(" at ").i(us_address(multiline=False)[0], "LOCATION").t(" for now")
    else:
        m.t(f"they need {her} social for the form, its ").i(ssn(), "US_SSN").t(pick([" right?", " i think", ""]))
    m.t(pick([", anyway thanks everyone", " and i'm exhausted", ", will update", ""]))
    return m.rec("lower" if chance(0.45) else None)


def t_list():
    m = Msg("list")
    m.t(pick(["contacts for the new aide:\n", "Numbers to keep on the fridge:\n", "who to call:\n", "Care team\n"]))
    bullets = pick(["- ", "* ", "", "• "])
    n = R.randint(3, 5)
    for j in range(n):
        m.t(bullets if bullets else f"{j + 1}. ")
        x = R.random()
        if x < 0.5:
            g = pick("fm")
            nm = us_first(g) + ((" " + us_last()) if chance(0.5) else "")
            m.i(nm, "PERSON").t(pick([f" ({pick(['daughter', 'niece', 'neighbor'] if g == 'f' else ['son', 'nephew', 'neighbor'])}) ", " - ", ": ", " "])).i(us_phone(), "PHONE_NUMBER")
        elif x < 0.65:
            m.t("Dr. ").i(us_last(), "PERSON").t(pick([" (", " - "])).k(pick(["cardiology", "neurology", "oncology", "primary care", "nephrology", "psychiatry"])).t(pick([") ", " "])).i(us_phone(), "PHONE_NUMBER")
        elif x < 0.8:
            m.k(pick(["Poison Control 1-800-222-1222", "988", "Walgreens", "CVS", "Kaiser nurse line"]))
        else:
            nm = us_name(True)
            m.i(nm, "PERSON").t(" ").i(email_for(nm), "EMAIL_ADDRESS")
        m.t("\n")
    m.t(pick(["meds: ", "her meds: ", "Current: "])).k(drug()).t(", ").k(drug())
    return m.rec("lower" if chance(0.3) else None)


def t_mil_po():
    m = Msg(pick(["general_text", "lower_case", "speaker_label"]))
    name = us_name(True)
    x = R.random()
    addr = military() if x < 0.5 else (po_box() if x < 0.75 else rural_route())
    if m.style == "speaker_label":
        lab = pick(["Sis ", "Mom: ", "Aunt ", ""])
        m.t(lab)
        if lab != "Mom: ":
            m.i(us_first("f"), "PERSON").t(": ")
        m.t("where do we mail ").k(pick(RELS)).t("'s ").k(pick(["prescriptions", "insulin", "hearing aid batteries", "inhalers"])).t("\n")
        m.i(name, "PERSON").t(": ").i(addr, "LOCATION")
    else:
        m.t(pick(["Please mail the forms to ", "send the care package to ", "Mail for ", "his address now is "]))
        m.i(name, "PERSON").t(pick([", ", "\n", " at "])).i(addr, "LOCATION").t(". ")
        m.t(pick(["Needs the ", "Asking about the ", "Include the "])).k(drug())
        if chance(0.4):
            m.t(pick([". ph ", ". # "])).i(us_phone(), "PHONE_NUMBER")
    return m.rec("lower" if m.style == "lower_case" else None)


def t_forwarded():
    m = Msg(pick(["forwarded", "email_thread"]))
    a, b = us_name(True), us_name(True)
    ea = email_for(a)
    m.t(pick(["---------- Forwarded message ---------\n", "Fwd:\n", "Begin forwarded message:\n", ""]))
    m.t("From: ").i(a, "PERSON").t(" <").i(ea, "EMAIL_ADDRESS").t(">\n")
    m.t(f"Date: {pick(DAYS)[:3]}, {pick(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Sep', 'Oct', 'Nov', 'Dec'])} {R.randint(1, 28)}, {R.randint(2023, 2026)} at {R.randint(1, 11)}:{R.randint(0, 59):02d} PM\n")
    m.t("To: ").i(b, "PERSON").t("\n")
    rel, she, her = patient_rel()
    m.t("Subject: ").t(pick(["Re: ", "RE: ", "Fw: "])).k(rel).t(pick(["'s appointment", "'s meds", " update", "'s bills"])).t("\n\n")
    m.i(b.split()[0], "PERSON").t(pick([", ", " - ", "\n"]))
    x = R.random()
    if x < 0.35:
        m.t("the ").k(pick(LABS)).t(f" results came back. Dr. ").i(us_last(), "PERSON").t(f" wants to see {('her' if she == 'she' else 'him')}. {her.capitalize()} ").t(pick(["DOB", "birthday"])).t(" on file is ").i(dob(year=R.randint(1928, 1965)), "DATE_OF_BIRTH").t(", please check it matches.")
    elif x < 0.7:
        m.t("here's the link to the fundraiser for the ").k(cond()).t(" treatment: ").i(url_for(a, "fund"), "URL").t(" - share it please.")
    else:
        m.t("the new address for the ").k(pick(["hospice", "rehab", "memory care", "assisted living"])).t(" is ").i(us_address()[0], "LOCATION").t(". Front desk ").i(us_phone(), "PHONE_NUMBER").t(".")
    return m.rec()


def t_link():
    m = Msg(pick(["short", "lower_case", "general_text", "forwarded"]))
    name = us_name(True)
    rel, she, her = patient_rel()
    x = R.random()
    if m.style == "forwarded":
        m.t(pick(["Fwd from ", "Forwarded from ", "sharing from "])).i(name, "PERSON").t(": ")
        m.t(pick([f"\"{rel}'s ", "\"Updates on the "])).k(cond()).t(pick([" journey are posted here ", " treatment, please follow "])).i(url_for(name, "fund"), "URL").t(". ")
        m.t(pick(["No calls after 8 please.\"", "Text me instead: ", "Thank you all.\""]))
        if m.parts[-1] == "Text me instead: ":
            m.i(us_phone(), "PHONE_NUMBER").t("\"")
    elif x < 0.5:
        m.t(pick(["here's the link for ", "link for ", "updates for ", "the page for "])).i(name, "PERSON").t(pick(["'s ", " "]))
        m.t(pick(["fundraiser: ", "meal train: ", "caringbridge: ", "page: "])).i(url_for(name, "fund"), "URL")
        m.t(pick(["", " pls share", f" ({she} starts ", " - "]))
        if m.parts[-1].startswith(" ("):
            m.k(drug()).t(" next week)")
        elif m.parts[-1] == " - ":
            m.k(cond()).t(pick([" is no joke", " update inside"]))
    elif x < 0.8:
        g = pick("fm")
        nm = f"{us_first(g)} {us_last()}"
        u = url_for(nm, "social")
        plat = "facebook" if "facebook" in u else "linkedin" if "linkedin" in u else "instagram" if "instagram" in u else "youtube"
        m.t(pick(["found ", "thats ", "is this "])).i(nm.split()[0], "PERSON").t(pick(["'s ", " on "])).t(plat + " ").i(u, "URL").t(pick(["? ", ". ", " - "]))
        m.t(pick([f"{'she' if g == 'f' else 'he'} was {rel}'s nurse at ", "the aide from ", "the one from "])).k(pick(["Kaiser", "the VA", "Mayo Clinic", "hospice", "dialysis"]))
    else:
        m.t(pick(["uncle's business site is ", "his website ", "her blog: "])).i(url_for(name, "site"), "URL").t(pick([" - ", ". "])).t(pick(["call ", "or call "])).i(name.split()[0], "PERSON").t(" ").i(us_phone(), "PHONE_NUMBER")
    return m.rec("lower" if m.style in ("lower_case", "short") and chance(0.7) else None)


def intl_health_id(cc):
    """National health / insurance numbers, written the way their owners copy them."""
    d = rd
    return {"GB": (f"{d(3)} {d(3)} {d(4)}", pick(["NHS No.", "NHS number", "NHS #"])),
            "DE": (f"{pick('ABCDEFGHKLMNPRSTW')}{d(9)}", pick(["Versichertennr.", "KV-Nr.", "insurance no."])),
            "FR": (f"{pick('12')} {d(2)} {d(2)} {d(2)} {d(3)} {d(3)} {d(2)}", pick(["n° sécu", "NIR", "carte Vitale"])),
            "ES": (f"{pick(['BBBB', 'MRTN', 'GRCA', 'LPEZ'])}{d(6)}{pick('ABCDEFGHJ')}{d(3)}", pick(["TSI", "tarjeta sanitaria"])),
            "MX": (f"{d(11)}", pick(["NSS", "IMSS no."])),
            "IN": (f"{d(2)}-{d(4)}-{d(4)}-{d(4)}", pick(["ABHA", "ABHA no."])),
            "JP": (f"{d(8)}", pick(["保険証番号", "insurance card no."])),
            "KR": (f"{d(11)}", pick(["건강보험 번호", "NHIS no."])),
            "CN": (f"{d(10)}", pick(["医保卡号", "medical card no."])),
            "BR": (f"{d(3)} {d(4)} {d(4)} {d(4)}", pick(["Cartão SUS", "CNS"])),
            "CA": (f"{d(4)}-{d(3)}-{d(3)}-{pick(['AB', 'KP', 'XM', 'TW'])}", pick(["OHIP", "health card"])),
            "PH": (f"{d(2)}-{d(9)}-{d(1)}", pick(["PhilHealth no.", "PhilHealth"])),
            "RU": (f"{d(4)} {d(4)} {d(4)} {d(4)}", pick(["полис ОМС", "OMS policy"])),
            "TR": (f"{d(11)}", pick(["SGK no.", "TC kimlik"])),
            "SA": (f"{d(10)}", pick(["MRN", "file no."]))}[cc]


def t_intl_clinician():
    cc = pick(["GB", "DE", "FR", "ES", "MX", "IN", "JP", "KR", "CN", "BR", "CA", "PH", "RU", "TR", "SA"])
    m = Msg("clinician_note")
    name = intl_name(cc)
    age = R.randint(30, 90)
    m.t(pick(["Visitor from abroad: ", "Pt ", "New pt, recently arrived: "])).i(name, "PERSON", "INTL")
    m.t(f", {age}, {pick(['DOB', 'dob', 'born'])} ").i(dob("INTL", year=age_year(age)), "DATE_OF_BIRTH", "INTL").t(". ")
    if chance(0.6):
        hv, hl = intl_health_id(cc)
        m.t(f"{hl} ").i(hv, "MEDICAL_RECORD_NUMBER", "INTL").t(". ")
    m.t(pick(["Hx ", "PMH: ", "Known "])).k(cond()).t(". ").t(pick(["Takes ", "Brought ", "On "])).k(drug()).t(". ")
    m.t(pick(["Home address ", "Lives at ", "Address abroad: "])).i(intl_address(cc)[0], "LOCATION", "INTL").t(". ")
    m.t(pick(["Family cb ", "Home GP ", "Relative "])).i(intl_phone(cc), "PHONE_NUMBER", "INTL")
    if chance(0.5):
        m.t(pick(["; US contact ", "; local contact "])).i(us_name(True), "PERSON").t(" ").i(us_phone(), "PHONE_NUMBER")
    return m.rec()


TEMPLATES = [(t_lower_update, 13), (t_short, 18), (t_speaker, 11), (t_pasted, 16), (t_run_on, 9), (t_all_caps, 5),
             (t_address_change, 4), (t_form, 5), (t_clinician, 4), (t_intl_clinician, 8), (t_international, 20),
             (t_intl_family, 16), (t_payment, 10), (t_signature, 6), (t_list, 5), (t_mil_po, 5), (t_forwarded, 4),
             (t_link, 9)]


def make_templates(n):
    bag = []
    for fn, w in TEMPLATES:
        bag += [fn] * w
    out, fails = [], 0
    while len(out) < n:
        fn = pick(bag)
        rec = fn()
        if message_problems({**rec, "id": "x"}) or any(rec["text"] == o["text"] for o in out):
            fails += 1
            if fails > 2000:
                sys.exit("too many template failures")
            continue
        out.append(rec)
    return out, fails


def main():
    hand = parse_hand()
    bad = [(r["text"][:60], p) for r in hand for p in message_problems({**r, "id": "x"})]
    if bad:
        for b in bad:
            print("HAND PROBLEM:", b)
        sys.exit(1)
    ntemp = TOTAL - len(hand)
    temp, fails = make_templates(ntemp)
    # top up thin types: swap a template message that lacks the type for a fresh one that has it
    FLOOR = {"ACCOUNT_NUMBER": 55}  # the spec asks for more account numbers than other thin types
    from collections import Counter
    def type_counts():
        return Counter(e["type"] for r in hand + temp for e in r["identifiers"])
    swaps = 0
    while True:
        tc = type_counts()
        thin = [t for t in ("PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
                            "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER") if tc[t] < FLOOR.get(t, 32)]
        if not thin:
            break
        want = thin[0]
        extra, _ = make_templates(1)
        if not any(e["type"] == want for e in extra[0]["identifiers"]) or any(extra[0]["text"] == o["text"] for o in temp):
            continue
        victims = [i for i, r in enumerate(temp) if not any(e["type"] in thin for e in r["identifiers"])]
        temp[R.choice(victims)] = extra[0]
        swaps += 1
    print(f"type top-up swaps: {swaps}")
    recs = hand + temp
    R2 = random.Random(SEED + 1)
    R2.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs):
            row = {"id": f"hd77-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}  template {len(temp)} (rejected and redrawn: {fails})  total {len(recs)} -> {OUT}")


if __name__ == "__main__":
    main()
