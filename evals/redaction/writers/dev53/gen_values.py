"""Value makers for the template part of dev53 (my own formats; Faker gives names and street names).

Everything is drawn from one random.Random and Faker instances seeded from SEED, so the build is repeatable.
"""
import random
import string
from faker import Faker

SEED = 5353
R = random.Random(SEED)

LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "ja_JP",
           "zh_CN", "ko_KR", "hi_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_CA", "en_IN"]
FK = {}
for n, loc in enumerate(LOCALES):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + n)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- names
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "King", "Wood", "Bell", "Stone", "Cross", "Field",
                 "Moss", "Lane", "Marsh", "Frost", "Banks", "Gray", "Short", "Little", "Strong", "Price", "Hunt",
                 "Fox", "Hall", "Church", "Small", "Sharp", "Ward", "Rich", "Bishop", "Mason", "Baker", "Carpenter",
                 "Walker", "Wells", "Ray", "Hope", "Snow", "Lamb", "Drake", "Swift", "Glass", "Guy"]
US_NAME_LOCALES = ["en_US"] * 8 + ["es_MX", "en_IN", "vi_VN", "fil_PH", "pl_PL", "it_IT"]


def us_first(g=None):
    """A first name for someone in a US context; g is 'f', 'm' or None."""
    loc = pick(US_NAME_LOCALES)
    if loc == "vi_VN":
        return pick({"f": ["Linh", "Thao", "Huong", "Ngoc", "Mai"], "m": ["Minh", "Tuan", "Bao", "Khanh", "Duc"]}.get(g, ["Linh", "Minh", "Thao", "Bao"]))
    f = FK[loc]
    if g == "f":
        return f.first_name_female()
    if g == "m":
        return f.first_name_male()
    return f.first_name()


def us_last():
    if chance(0.22):
        return pick(WORD_SURNAMES)
    loc = pick(US_NAME_LOCALES)
    if loc == "vi_VN":
        return pick(["Nguyen", "Tran", "Pham", "Le", "Vo", "Hoang", "Dang", "Bui"])
    last = FK[loc].last_name()
    return last


def us_person():
    return us_first(), us_last()


NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"]
LATIN_INTL = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "tr_TR", "en_IN",
              "fil_PH", "en_CA"]


def _first(f, g):
    try:
        if g == "f":
            return f.first_name_female()
        if g == "m":
            return f.first_name_male()
    except AttributeError:
        pass
    return f.first_name()


def intl_person(loc, g=None):
    f = FK[loc]
    if loc == "ja_JP":
        return f.last_name() + pick([" ", "", "　"]) + _first(f, g)
    if loc in ("zh_CN", "ko_KR"):
        return f.last_name() + _first(f, g)
    if loc == "ru_RU":
        try:
            last = f.last_name_female() if g == "f" else f.last_name_male() if g == "m" else f.last_name()
        except AttributeError:
            last = f.last_name()
        return pick([_first(f, g) + " " + last, last + " " + _first(f, g)])
    if loc == "vi_VN":
        mid = {"f": "Thị", "m": "Văn"}.get(g, pick(["Thị", "Văn", "Minh", "Thu"]))
        first = pick({"f": ["Lan", "Mai", "Hương", "Hoa"], "m": ["Hùng", "Dũng", "Tâm", "Phúc"]}.get(g, ["Lan", "Hùng", "Mai", "Dũng", "Hương", "Tâm"]))
        return pick(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"]) + " " + mid + " " + first
    if loc == "ar_SA":
        return _first(f, g) + " " + pick(["الشمري", "القحطاني", "العتيبي", "الغامدي", "الزهراني", "الحربي", "المطيري", "الدوسري"])
    return _first(f, g) + " " + f.last_name()


UK_STREET = ["Church", "Station", "Victoria", "Mill", "Park", "High", "Manor", "Kings", "Queens", "Albert", "Grange", "Beech",
             "Willow", "Chapel", "Springfield", "Orchard", "Windsor", "York", "Stanley", "Richmond", "Meadow", "Ash", "Hawthorn"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Gardens", "Grove", "Terrace", "Way", "Drive", "Court"]


def uk_street():
    return pick(UK_STREET) + " " + pick(UK_SUFFIX)


# ---------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL", "627"), ("Peoria", "IL", "616"), ("Toledo", "OH", "436"), ("Dayton", "OH", "454"),
             ("Akron", "OH", "443"), ("Erie", "PA", "165"), ("Scranton", "PA", "185"), ("Allentown", "PA", "181"),
             ("Albany", "NY", "122"), ("Utica", "NY", "135"), ("Yonkers", "NY", "107"), ("Hartford", "CT", "061"),
             ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Providence", "RI", "029"), ("Portland", "ME", "041"),
             ("Burlington", "VT", "054"), ("Manchester", "NH", "031"), ("Newark", "NJ", "071"), ("Trenton", "NJ", "086"),
             ("Baltimore", "MD", "212"), ("Richmond", "VA", "232"), ("Norfolk", "VA", "235"), ("Durham", "NC", "277"),
             ("Greensboro", "NC", "274"), ("Columbia", "SC", "292"), ("Savannah", "GA", "314"), ("Macon", "GA", "312"),
             ("Tampa", "FL", "336"), ("Ocala", "FL", "344"), ("Pensacola", "FL", "325"), ("Mobile", "AL", "366"),
             ("Huntsville", "AL", "358"), ("Knoxville", "TN", "379"), ("Memphis", "TN", "381"), ("Lexington", "KY", "405"),
             ("Louisville", "KY", "402"), ("Gary", "IN", "464"), ("Fort Wayne", "IN", "468"), ("Lansing", "MI", "489"),
             ("Flint", "MI", "485"), ("Grand Rapids", "MI", "495"), ("Green Bay", "WI", "543"), ("Madison", "WI", "537"),
             ("Duluth", "MN", "558"), ("St. Cloud", "MN", "563"), ("Fargo", "ND", "581"), ("Rapid City", "SD", "577"),
             ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Tulsa", "OK", "741"), ("Lubbock", "TX", "794"),
             ("El Paso", "TX", "799"), ("Laredo", "TX", "780"), ("Waco", "TX", "767"), ("Shreveport", "LA", "711"),
             ("Baton Rouge", "LA", "708"), ("Little Rock", "AR", "722"), ("Jackson", "MS", "392"), ("Des Moines", "IA", "503"),
             ("Cedar Rapids", "IA", "524"), ("St. Louis", "MO", "631"), ("Joplin", "MO", "648"), ("Denver", "CO", "802"),
             ("Pueblo", "CO", "810"), ("Albuquerque", "NM", "871"), ("Las Cruces", "NM", "880"), ("Tucson", "AZ", "857"),
             ("Mesa", "AZ", "852"), ("Reno", "NV", "895"), ("Provo", "UT", "846"), ("Boise", "ID", "837"),
             ("Billings", "MT", "591"), ("Casper", "WY", "826"), ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"),
             ("Eugene", "OR", "974"), ("Salem", "OR", "973"), ("Fresno", "CA", "937"), ("Stockton", "CA", "952"),
             ("Oakland", "CA", "946"), ("Riverside", "CA", "925"), ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"),
             ("Charleston", "WV", "253"), ("Wilmington", "DE", "198"), ("Bangor", "ME", "044"), ("Ithaca", "NY", "148")]
UNIT_FORMS = ["Apt. {a}", "Apt {a}", "apt {a}", "Suite {s}", "Ste {s}", "#{n}", "Unit {a}", "Apt #{n}", "Bldg {b}, Apt {n}", "Fl 2"]


def us_city():
    return pick(US_CITIES)


def us_zip(prefix, plus4=False):
    z = prefix + digits(2)
    if plus4:
        z += "-" + digits(4)
    return z


STREET_WORDS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Willow", "Birch", "Hickory", "Chestnut", "Sycamore", "Magnolia",
                "Dogwood", "Lakeview", "Hillcrest", "Ridgeway", "Sunset", "Meadow", "Prairie", "Riverside", "Highland", "Fairview",
                "Orchard", "Spring", "Mill", "Church", "Market", "Jefferson", "Madison", "Lincoln", "Washington", "Franklin", "Grant",
                "Jackson", "Monroe", "Adams", "Cherry", "Poplar", "Locust", "Laurel", "Valley", "Forest", "Brookside", "Greenwood",
                "Woodland", "Country Club", "Park", "Center", "Railroad", "School", "Depot", "Bluff", "Canyon", "Mesa", "Harbor"]
STREET_SUFFIX = ["St", "St", "Ave", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy", "Street", "Avenue",
                 "Road", "Drive", "Lane", "Trl"]
ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "12th", "14th", "21st", "33rd", "48th"]


def us_street_name():
    k = R.random()
    if k < 0.55:
        base = pick(STREET_WORDS)
    elif k < 0.75:
        base = FK["en_US"].last_name()
    elif k < 0.9:
        base = pick(ORDINALS)
    else:
        return pick(["Route 9", "County Road 14", "Highway 61", "State Route 32", "Martin Luther King Jr Blvd", "Old Mill Rd", "US-40", "Farm Road 1187"])
    return base + " " + pick(STREET_SUFFIX)


def us_street():
    num = str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)]))
    name = us_street_name()
    if chance(0.2):
        name = pick(["N ", "S ", "E ", "W ", "North ", "West ", "SE ", "NW "]) + name
    return f"{num} {name}"


def us_unit():
    return pick(UNIT_FORMS).format(a=f"{R.randint(1, 12)}{pick('ABCDEF')}", s=R.choice([100, 110, 200, 210, 300, 305, 400, 1200]),
                                   n=R.randint(1, 40), b=pick("ABCDE"))


def us_address(shape=None):
    """A whole US address as one string, in one of many shapes."""
    city, st, zp = us_city()
    street = us_street()
    unit = us_unit() if chance(0.45) else None
    z = us_zip(zp, plus4=chance(0.25))
    shape = shape or pick(["line", "line", "line", "multi", "nocomma", "pobox", "military", "rr", "line_nozip"])
    if shape == "line":
        s = street + (", " + unit if unit else "") + f", {city}, {st} {z}"
    elif shape == "line_nozip":
        s = street + (" " + unit if unit else "") + f", {city} {st}"
    elif shape == "multi":
        s = street + ("\n" + unit if unit and chance(0.4) else (" " + unit if unit else "")) + f"\n{city}, {st} {z}"
    elif shape == "nocomma":
        s = street + (" " + unit if unit else "") + f" {city} {st} {z}"
    elif shape == "pobox":
        s = pick(["PO Box", "P.O. Box", "P O Box", "Post Office Box"]) + f" {R.randint(1, 9999)}" + pick([", ", "\n"]) + f"{city}, {st} {z}"
    elif shape == "military":
        z = pick(["09", "96", "34"]) + digits(3)
        ap = {"09": "AE", "96": "AP", "34": "AA"}[z[:2]]
        kind = pick(["PSC", "Unit", "CMR", "ship"])
        if kind == "ship":
            s = f"{pick(['USS', 'USNS'])} {FK['en_US'].last_name()}" + pick(["\n", ", "]) + f"FPO {ap} {z}"
        else:
            s = f"{kind} {R.randint(100, 9999)}, Box {R.randint(1, 9999)}" + pick(["\n", ", ", " "]) + f"{pick(['APO', 'DPO'])} {ap} {z}"
    else:  # rural route
        s = f"{pick(['RR', 'Rural Route', 'RR#'])} {R.randint(1, 9)} Box {R.randint(1, 300)}{pick(['', '', 'A', 'B'])}, {city}, {st} {z}"
    return s


def us_city_state():
    city, st, zp = us_city()
    return pick([f"{city}, {st}", f"{city} {st}", f"{city}, {st} {us_zip(zp)}"])


# ---------------------------------------------------------------- intl places
INTL_PLACES = {
    "en_GB": [("London", "SW1A 1AA"), ("Leeds", "LS6 2AB"), ("Bristol", "BS8 4JR"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 3AA"),
              ("Norwich", "NR2 3DD"), ("York", "YO31 7EP"), ("Sheffield", "S10 2TN"), ("Brighton", "BN1 6AF"), ("Leicester", "LE2 7LX")],
    "fr_FR": [("Paris", "75011"), ("Lyon", "69007"), ("Lille", "59000"), ("Nantes", "44000"), ("Toulouse", "31000"), ("Bordeaux", "33000"), ("Rennes", "35000")],
    "de_DE": [("Berlin", "10437"), ("Hamburg", "22765"), ("München", "80331"), ("Köln", "50667"), ("Leipzig", "04109"), ("Dresden", "01067"), ("Bremen", "28195")],
    "es_MX": [("Ciudad de México", "06700"), ("Guadalajara", "44160"), ("Monterrey", "64000"), ("Puebla", "72000"), ("Oaxaca", "68000"), ("Mérida", "97000")],
    "es_ES": [("Madrid", "28012"), ("Sevilla", "41003"), ("Valencia", "46002"), ("Bilbao", "48005"), ("Málaga", "29008"), ("Zaragoza", "50001")],
    "it_IT": [("Roma", "00185"), ("Milano", "20121"), ("Torino", "10121"), ("Bologna", "40126"), ("Bari", "70121"), ("Firenze", "50123")],
    "pt_BR": [("São Paulo", "SP", "01310"), ("Rio de Janeiro", "RJ", "22041"), ("Belo Horizonte", "MG", "30130"), ("Salvador", "BA", "40020"), ("Curitiba", "PR", "80010"), ("Fortaleza", "CE", "60060")],
    "nl_NL": [("Amsterdam", "1017"), ("Rotterdam", "3011"), ("Den Haag", "2511"), ("Eindhoven", "5611"), ("Groningen", "9711")],
    "pl_PL": [("Warszawa", "00-"), ("Kraków", "31-"), ("Wrocław", "50-"), ("Poznań", "61-"), ("Łódź", "90-")],
    "en_CA": [("Toronto", "ON", "M4C"), ("Montréal", "QC", "H2X"), ("Winnipeg", "MB", "R3C"), ("Halifax", "NS", "B3H"), ("Calgary", "AB", "T2P"), ("Ottawa", "ON", "K1N")],
    "en_IN": [("Mumbai", "400050"), ("Chennai", "600028"), ("Bengaluru", "560034"), ("Kolkata", "700019"), ("Hyderabad", "500034"), ("Jaipur", "302001")],
    "ja_JP": [("東京都世田谷区", "154-0004"), ("大阪府大阪市北区", "530-0001"), ("福岡県福岡市中央区", "810-0001"), ("北海道札幌市中央区", "060-0001"), ("京都府京都市左京区", "606-8501")],
    "ko_KR": [("서울특별시 강남구", "06236"), ("부산광역시 해운대구", "48094"), ("대구광역시 수성구", "42100"), ("인천광역시 연수구", "21984")],
    "zh_CN": [("北京市朝阳区", "100020"), ("广州市天河区", "510620"), ("成都市武侯区", "610041"), ("杭州市西湖区", "310012")],
    "ru_RU": [("Москва", "119002"), ("Санкт-Петербург", "191025"), ("Казань", "420111"), ("Новосибирск", "630099")],
    "tr_TR": [("İstanbul", "34710"), ("Ankara", "06690"), ("İzmir", "35220"), ("Bursa", "16010")],
    "ar_SA": [("الرياض", "12271"), ("جدة", "23442"), ("الدمام", "32241")],
    "fil_PH": [("Quezon City", "1103"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Makati", "1226")],
}
KO_ROADS = ["테헤란로", "해운대로", "달구벌대로", "송도과학로", "세종대로"]
ZH_ROADS = ["建国路", "天河路", "人民南路", "文三路", "中山北路"]
RU_STREETS = ["ул. Ленина", "ул. Гагарина", "Невский пр.", "ул. Пушкина", "ул. Мира"]
TR_STREETS = ["Atatürk Cad.", "Cumhuriyet Cad.", "İnönü Sok.", "Bağdat Cad.", "Gazi Mustafa Kemal Blv."]
AR_STREETS = ["طريق الملك فهد", "شارع التحلية", "طريق الأمير محمد بن عبدالعزيز", "شارع العليا"]
PH_STREETS = ["Katipunan Ave", "Mabini St", "Rizal Ave", "Osmeña Blvd", "J.P. Laurel Ave"]
IN_STREETS = ["MG Road", "Linking Road", "Anna Salai", "Park Street", "Banjara Hills Rd No. 12", "Residency Road"]


def intl_city(loc):
    return pick(INTL_PLACES[loc])[0]


def intl_address(loc):
    f = FK[loc]
    p = pick(INTL_PLACES[loc])
    city = p[0]
    if loc == "en_GB":
        return pick([f"{R.randint(1, 220)} {uk_street()}, {city} {p[1]}", f"Flat {R.randint(1, 12)}, {R.randint(1, 90)} {uk_street()}\n{city}\n{p[1]}",
                     f"{R.randint(1, 220)} {uk_street()}\n{city} {p[1]}"])
    if loc == "fr_FR":
        return f"{R.randint(1, 120)}{pick(['', ' bis', ''])} {f.street_name()}" + pick([", ", "\n"]) + f"{p[1][:2]}{digits(3) if p[1].endswith('000') else p[1][2:]} {city}"
    if loc == "de_DE":
        return f"{f.street_name()} {R.randint(1, 140)}" + pick([", ", "\n"]) + f"{p[1]} {city}"
    if loc == "es_MX":
        return f"{f.street_name()} {R.randint(1, 3000)}" + pick([f", Int. {R.randint(1, 20)}", ""]) + f", Col. {FK['es_MX'].last_name()}, {p[1]} {city}"
    if loc == "es_ES":
        return f"{pick(['Calle', 'C/', 'Avda.'])} {f.last_name()} {R.randint(1, 150)}, {R.randint(1, 9)}º {pick('ABCD')}" + pick([", ", "\n"]) + f"{p[1]} {city}"
    if loc == "it_IT":
        return f"{pick(['Via', 'Viale', 'Corso', 'Piazza'])} {f.last_name()} {R.randint(1, 200)}" + pick([", ", "\n"]) + f"{p[1]} {city}"
    if loc == "pt_BR":
        return f"Rua {f.first_name()} {f.last_name()}, {R.randint(1, 3000)}" + pick([f", apto {R.randint(11, 154)}", ""]) + f" - {f.bairro()}, {city} - {p[1]}, {p[2]}-{digits(3)}"
    if loc == "nl_NL":
        return f"{f.street_name()} {R.randint(1, 300)}" + pick([", ", "\n"]) + f"{p[1]} {pick(string.ascii_uppercase)}{pick(string.ascii_uppercase)} {city}"
    if loc == "pl_PL":
        return f"ul. {f.street_name()} {R.randint(1, 90)}/{R.randint(1, 40)}, {p[1]}{digits(3)} {city}"
    if loc == "en_CA":
        return f"{R.randint(10, 9999)} {pick(STREET_WORDS)} {pick(['St', 'Ave', 'Rd', 'Dr', 'Cres', 'Blvd'])}" + pick([" " + pick(["E", "W", "N"]), ""]) + pick([f", Unit {R.randint(101, 2209)}", ""]) + f", {city}, {p[1]} {p[2]} {R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVXY')}{R.randint(1, 9)}"
    if loc == "en_IN":
        return f"{pick(['Flat', 'H.No.', 'Plot'])} {R.randint(1, 400)}, {pick(IN_STREETS)}, {city} {p[1][:3]}{p[1][3:] if chance(0.5) else digits(3)}"
    if loc == "ja_JP":
        return pick(["〒", "〒", ""]) + f"{p[1]} {city}{f.town()}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
    if loc == "ko_KR":
        return f"{city} {pick(KO_ROADS)} {R.randint(1, 500)}" + pick(["", f", {R.randint(101, 1502)}호"])
    if loc == "zh_CN":
        return f"{city}{pick(ZH_ROADS)}{R.randint(1, 300)}号"
    if loc == "ru_RU":
        return f"{p[1]}, г. {city}, {pick(RU_STREETS)}, д. {R.randint(1, 80)}, кв. {R.randint(1, 200)}"
    if loc == "tr_TR":
        return f"{pick(TR_STREETS)} No: {R.randint(1, 300)} D: {R.randint(1, 20)}, {p[1]} {city}"
    if loc == "ar_SA":
        return f"{pick(AR_STREETS)}، {city} {p[1]}"
    if loc == "fil_PH":
        return f"{R.randint(1, 300)} {pick(PH_STREETS)}, Brgy. {FK['fil_PH'].last_name()}, {city} {p[1]}"
    raise KeyError(loc)


# ---------------------------------------------------------------- phones
AREA = [201, 203, 205, 206, 207, 208, 210, 212, 213, 214, 215, 216, 217, 219, 224, 225, 228, 231, 234, 240, 248, 251, 252,
        253, 256, 260, 262, 267, 269, 270, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317,
        318, 319, 320, 321, 323, 330, 334, 336, 337, 339, 347, 352, 360, 361, 385, 386, 401, 402, 404, 405, 406, 407, 408,
        409, 410, 412, 413, 414, 415, 417, 419, 423, 425, 432, 434, 435, 440, 443, 469, 470, 478, 479, 480, 484, 501, 502,
        503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530, 540, 541, 559, 561, 562, 563, 570, 571,
        573, 574, 575, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618, 619, 620,
        623, 626, 630, 631, 636, 641, 646, 650, 651, 660, 661, 662, 678, 701, 702, 703, 704, 706, 707, 708, 712, 713, 714,
        715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740, 757, 760, 763, 765, 770, 772, 773, 774, 775, 781, 785,
        786, 801, 802, 803, 804, 805, 806, 808, 810, 812, 813, 814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847,
        850, 856, 857, 858, 859, 860, 862, 863, 864, 865, 870, 901, 903, 904, 906, 907, 908, 909, 910, 912, 913, 914, 915,
        916, 917, 918, 919, 920, 925, 928, 931, 936, 937, 940, 941, 949, 951, 952, 954, 956, 970, 971, 972, 973, 978, 979, 985, 989]
US_PHONE_SHAPES = ["({a}) {e}-{n}", "({a}) {e}-{n}", "{a}-{e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a}{e}{n}", "{a} {e} {n}",
                   "+1 {a} {e} {n}", "+1 ({a}) {e}-{n}", "1-{a}-{e}-{n}", "001-{a}-{e}-{n}", "+1-{a}-{e}-{n}", "1 ({a}) {e}-{n}",
                   "({a}){e}-{n}", "+1{a}{e}{n}", "{a}/{e}-{n}"]
EXTS = [" x{x}", " x{x}", " ext. {x}", " ext {x}", " extension {x}", " Ext. {x}", " x {x}", " ext.{x}"]
VANITY = ["1-800-FLOWERS", "1-877-GO-NURSE", "1-855-CALL-DEB", "1-888-MOBILE-PT", "1-866-NANNY-4U", "1-800-HAUL-JOE",
          "1-844-RIDE-2-MD", "1-877-TOM-FIXS", "1-888-PET-SITR", "1-855-MAID-4-U", "(800) LAWN-GUY", "1-833-DR-SMILE"]


def us_phone(ext=None, shape=None):
    a = pick(AREA)
    if chance(0.3):
        e, n = "555", "01" + digits(2)
    else:
        e, n = str(R.randint(2, 9)) + digits(2), digits(4)
        if e[1:] == "11":
            e = e[0] + "21"
    s = (shape or pick(US_PHONE_SHAPES)).format(a=a, e=e, n=n)
    if ext or (ext is None and chance(0.12)):
        s += pick(EXTS).format(x=R.choice([R.randint(2, 9), R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999)]))
    return s


def vanity():
    return pick(VANITY)


def intl_phone(loc):
    d = digits
    m = {
        "en_GB": [lambda: f"+44 20 7{d(3)} {d(4)}", lambda: f"020 7{d(3)} {d(4)}", lambda: f"07{d(3)} {d(6)}", lambda: f"+44 7{d(3)} {d(6)}",
                  lambda: f"0161 {d(3)} {d(4)}", lambda: f"+44 (0)113 {d(3)} {d(4)}", lambda: f"01{d(3)} {d(6)}"],
        "de_DE": [lambda: f"+49 30 {d(7)}", lambda: f"030 {d(8)}", lambda: f"+49 151 {d(4)} {d(4)}", lambda: f"0176 {d(8)}",
                  lambda: f"+49 (0)89 {d(3)} {d(4)}", lambda: f"0221/{d(6)}"],
        "fr_FR": [lambda: f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+33 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}",
                  lambda: f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}", lambda: f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "es_MX": [lambda: f"+52 55 {d(4)} {d(4)}", lambda: f"55 {d(4)} {d(4)}", lambda: f"+52 1 33 {d(4)} {d(4)}", lambda: f"(81) {d(4)}-{d(4)}",
                  lambda: f"+52 (951) {d(3)} {d(4)}"],
        "es_ES": [lambda: f"+34 6{d(2)} {d(3)} {d(3)}", lambda: f"91 {d(3)} {d(2)} {d(2)}", lambda: f"6{d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+34 93 {d(3)} {d(2)} {d(2)}"],
        "it_IT": [lambda: f"+39 06 {d(4)} {d(4)}", lambda: f"3{d(2)} {d(3)} {d(4)}", lambda: f"+39 3{d(2)} {d(7)}", lambda: f"02 {d(8)}"],
        "pt_BR": [lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(21) 9{d(4)}-{d(4)}", lambda: f"(31) {d(4)}-{d(4)}", lambda: f"+55 (71) 9{d(4)}-{d(4)}"],
        "nl_NL": [lambda: f"+31 20 {d(3)} {d(4)}", lambda: f"06-{d(8)}", lambda: f"+31 6 {d(4)} {d(4)}", lambda: f"010 {d(3)} {d(4)}"],
        "pl_PL": [lambda: f"+48 22 {d(3)} {d(2)} {d(2)}", lambda: f"5{d(2)} {d(3)} {d(3)}", lambda: f"+48 6{d(2)} {d(3)} {d(3)}"],
        "en_CA": [lambda: f"+1 416 {R.randint(2, 9)}{d(2)} {d(4)}", lambda: f"(514) {R.randint(2, 9)}{d(2)}-{d(4)}", lambda: f"604-{R.randint(2, 9)}{d(2)}-{d(4)}"],
        "en_IN": [lambda: f"+91 9{d(4)} {d(5)}", lambda: f"09{d(3)}{d(6)}", lambda: f"+91-22-{d(4)}-{d(4)}", lambda: f"98{d(3)} {d(5)}", lambda: f"080 {d(4)} {d(4)}"],
        "ja_JP": [lambda: f"+81 3-{d(4)}-{d(4)}", lambda: f"03-{d(4)}-{d(4)}", lambda: f"090-{d(4)}-{d(4)}", lambda: f"+81 90 {d(4)} {d(4)}", lambda: f"06-{d(4)}-{d(4)}"],
        "ko_KR": [lambda: f"010-{d(4)}-{d(4)}", lambda: f"+82 10-{d(4)}-{d(4)}", lambda: f"02-{d(3)}-{d(4)}"],
        "zh_CN": [lambda: f"+86 13{d(1)} {d(4)} {d(4)}", lambda: f"139{d(8)}", lambda: f"010-{d(4)} {d(4)}", lambda: f"+86 20 {d(4)} {d(4)}"],
        "ru_RU": [lambda: f"+7 495 {d(3)}-{d(2)}-{d(2)}", lambda: f"8 (916) {d(3)}-{d(2)}-{d(2)}", lambda: f"+7 912 {d(3)} {d(2)} {d(2)}"],
        "tr_TR": [lambda: f"+90 532 {d(3)} {d(2)} {d(2)}", lambda: f"0 (212) {d(3)} {d(2)} {d(2)}", lambda: f"05{d(2)} {d(3)} {d(4)}"],
        "ar_SA": [lambda: f"+966 5{d(1)} {d(3)} {d(4)}", lambda: f"05{d(1)} {d(3)} {d(4)}", lambda: f"+966 11 {d(3)} {d(4)}"],
        "fil_PH": [lambda: f"+63 917 {d(3)} {d(4)}", lambda: f"0917 {d(3)} {d(4)}", lambda: f"(02) 8{d(3)} {d(4)}", lambda: f"+63 2 8{d(3)} {d(4)}"],
        "vi_VN": [lambda: f"+84 90 {d(3)} {d(4)}", lambda: f"091 {d(3)} {d(4)}", lambda: f"+84 28 {d(4)} {d(4)}"],
    }[loc]
    return pick(m)()


# ---------------------------------------------------------------- numbers
def ssn(shape=None):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    shape = shape or pick(["dash", "dash", "dash", "plain", "space"])
    if shape == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if shape == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    c = [str(R.randint(1, 9)), pick(MBI_LET), pick(MBI_LET + string.digits), str(R.randint(0, 9)), pick(MBI_LET),
         pick(MBI_LET + string.digits), str(R.randint(0, 9)), pick(MBI_LET), pick(MBI_LET), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    return pick([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def mrn():
    """Returns (label, value). Label may be '' (no label)."""
    kind = pick(["mrn", "mrn", "chart", "member", "medicare", "medicaid", "mrn_alpha", "nolabel"])
    if kind == "mrn":
        return pick(["MRN", "MRN:", "MRN#", "mrn", "Med Rec #", "medical record #"]), pick([digits(7), digits(8), "00" + digits(6), f"{digits(3)}-{digits(4)}"])
    if kind == "mrn_alpha":
        return pick(["MRN", "MR#", "Patient ID"]), pick([f"{pick('ABHKMRTX')}{digits(7)}", f"{pick(['HX', 'KP', 'MC', 'PT'])}-{digits(6)}", f"{digits(2)}{pick('ABCX')}{digits(5)}"])
    if kind == "chart":
        return pick(["chart #", "chart number", "Chart No.", "chart"]), pick([f"{pick('ABCDEFG')}-{digits(5)}", digits(6), f"{digits(4)}-{digits(2)}"])
    if kind == "member":
        return pick(["member ID", "Member ID:", "member #", "ins id", "subscriber ID", "ID#"]), pick(
            [f"{pick(['XQB', 'W', 'ZGP', 'JHU', 'YLB', 'H', 'MEM'])}{digits(R.choice([8, 9, 10]))}", f"{digits(3)}{pick('ABCDEFGH')}{digits(5)}", f"U{digits(10)}"])
    if kind == "medicare":
        return pick(["Medicare #", "Medicare ID", "MBI", "medicare number", "Medicare card number"]), mbi()
    if kind == "medicaid":
        return pick(["Medicaid ID", "Medicaid #", "medicaid number", "CIN"]), pick([digits(11), f"{pick('ABCDEFGHJKLM')}{pick('ABCDEFGHJKLM')}{digits(5)}{pick('ABCDEFGHJKLM')}", digits(9)])
    return "", pick([f"{digits(8)}", f"{pick('ABHKMRTX')}{digits(7)}", f"{digits(3)}-{digits(3)}-{digits(3)}"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def dob(style=None, year_lo=1928, year_hi=2004):
    y = R.randint(year_lo, year_hi)
    mo = R.randint(1, 12)
    d = R.randint(1, 28)
    f = style or pick(["mdY", "mdY", "mdy", "m-d-Y", "Y-m-d", "Month d, Y", "d Mon Y", "Mon d Y", "mdY0", "m.d.y", "Month dth"])
    if f == "mdY":
        return f"{mo}/{d}/{y}"
    if f == "mdY0":
        return f"{mo:02d}/{d:02d}/{y}"
    if f == "mdy":
        return f"{mo}/{d}/{y % 100:02d}"
    if f == "m-d-Y":
        return f"{mo:02d}-{d:02d}-{y}"
    if f == "Y-m-d":
        return f"{y}-{mo:02d}-{d:02d}"
    if f == "Month d, Y":
        return f"{MONTHS[mo - 1]} {d}, {y}"
    if f == "d Mon Y":
        return f"{d} {MON3[mo - 1]} {y}"
    if f == "Mon d Y":
        return f"{MON3[mo - 1]} {d} {y}"
    if f == "m.d.y":
        return f"{mo}.{d}.{y % 100:02d}"
    if f == "Month dth":
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{MONTHS[mo - 1]} {d}{suf} {y}"
    if f == "dmY":
        return f"{d:02d}/{mo:02d}/{y}"
    if f == "d.m.Y":
        return f"{d:02d}.{mo:02d}.{y}"
    raise KeyError(f)


# IBANs: country -> BBAN maker
def _alpha(n):
    return "".join(pick(string.ascii_uppercase) for _ in range(n))


BBAN = {"DE": lambda: digits(18), "GB": lambda: _alpha(4) + digits(14), "FR": lambda: digits(10) + _alpha(1) + digits(10) + digits(2),
        "ES": lambda: digits(20), "IT": lambda: _alpha(1) + digits(22), "NL": lambda: _alpha(4) + digits(10), "PL": lambda: digits(24),
        "PT": lambda: digits(21), "BR": lambda: digits(23) + "C1", "TR": lambda: digits(22), "SA": lambda: digits(22),
        "BE": lambda: digits(12), "CH": lambda: digits(17), "AT": lambda: digits(16), "IE": lambda: _alpha(4) + digits(14),
        "MX": None}
IBAN_BY_LOC = {"de_DE": "DE", "en_GB": "GB", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
               "pt_BR": "BR", "tr_TR": "TR", "ar_SA": "SA"}


def iban_raw(cc):
    b = BBAN[cc]()
    num = "".join(str(int(c, 36)) for c in b + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{b}"


def iban_checks(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban_print(raw):
    shape = pick(["grouped", "grouped", "plain", "lower_grouped", "lower_plain"])
    g = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return {"grouped": g, "plain": raw, "lower_grouped": g.lower(), "lower_plain": raw.lower()}[shape]


def iban(cc=None):
    return iban_print(iban_raw(cc or pick([k for k, v in BBAN.items() if v])))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card(valid=None):
    kind = pick(["visa", "visa", "mc", "mc", "amex", "disc"])
    pre, ln = {"visa": ("4", 16), "mc": (pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16), "amex": (pick(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    body = pre + digits(ln - len(pre) - 1)
    for last in "0123456789":
        if luhn_ok(body + last):
            break
    num = body + last
    if valid is False or (valid is None and chance(0.2)):
        num = body + str((int(last) + R.randint(1, 9)) % 10)
    if kind == "amex":
        shape = pick(["amex", "plain"])
        s = f"{num[:4]} {num[4:10]} {num[10:]}" if shape == "amex" else num
    else:
        shape = pick(["space", "space", "dash", "plain"])
        s = {"space": " ".join(num[i:i + 4] for i in range(0, 16, 4)), "dash": "-".join(num[i:i + 4] for i in range(0, 16, 4)), "plain": num}[shape]
    return kind, s


def routing():
    while True:
        b = digits(8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        t = sum(int(x) * y for x, y in zip(b, w))
        c = (10 - t % 10) % 10
        if b[0] in "0123":
            return b + str(c)


def bank_account():
    return pick([digits(10), digits(12), f"{digits(4)}-{digits(6)}", f"{digits(3)} {digits(4)} {digits(3)}", "000" + digits(7), digits(9)])


# ---------------------------------------------------------------- email / url
DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com", "comcast.net",
           "att.net", "verizon.net", "msn.com", "proton.me", "sbcglobal.net", "charter.net", "live.com", "me.com"]


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")


def email_for(first, last, domains=None):
    f, l = ascii_fold(first).lower().replace(" ", "").replace("'", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    y = str(R.randint(40, 99)) if chance(0.4) else ""
    user = pick([f"{f}.{l}{y}", f"{f[0]}{l}{y}", f"{f}{l[0]}{y}", f"{l}.{f}", f"{f}_{l}{R.randint(1, 999)}", f"{f}{y}{l[:3]}",
                 f"{pick(['nana', 'papa', 'grandma', 'mama', 'the', 'mrs', 'coach', 'rn', 'pastor'])}{l}{y}", f"{f}.{l}.{pick(['home', 'work', 'care'])}"])
    return f"{user}@{pick(domains or DOMAINS)}"


def url_for(first, last):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
    return pick([f"https://www.gofundme.com/f/help-{f}-{l}", f"gofundme.com/f/{f}s-recovery-fund", f"https://www.caringbridge.org/visit/{f}{l}",
                 f"caringbridge.org/visit/{f}-{l}", f"www.linkedin.com/in/{f}-{l}-{R.randint(10, 999)}", f"linkedin.com/in/{f}{l}",
                 f"https://www.facebook.com/{f}.{l}.{R.randint(1, 99)}", f"facebook.com/{f}{l}", f"https://{f}{l}.com",
                 f"http://www.{l}family.net/{f}", f"https://www.instagram.com/{f}_{l}/", f"mealtrain.com/trains/{f}{l}",
                 f"https://{f}-{l}.squarespace.com", f"www.{f}{l}photography.com", f"https://sites.google.com/view/{f}-{l}",
                 f"https://www.venmo.com/u/{f}-{l}-{R.randint(1, 9)}", f"https://{l}{f[0]}.wordpress.com", f"lotsahelpinghands.com/c/{f}-{l}",
                 f"https://www.legacy.com/obituaries/name/{f}-{l}-obituary", f"youtube.com/@{f}{l}"])
