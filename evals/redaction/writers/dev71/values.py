"""Value makers for the dev71 templates: names, addresses, phones, record numbers, dates, accounts.

Everything is invented: street names and number shapes are written here, names come from Faker
(fixed seed), check digits (Luhn, IBAN, ABA) are computed so the numbers look real.
"""
import random, string
from faker import Faker
from helpers import card as _card, iban as _iban, aba, mbi, luhn_digit

SEED = 7171
rng = random.Random(SEED)
_FAKERS = {}


def fk(loc):
    if loc not in _FAKERS:
        f = Faker(loc)
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[loc] = f
    return _FAKERS[loc]


def ch(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def upp(n, pool=string.ascii_uppercase):
    return "".join(rng.choice(pool) for _ in range(n))

# ---------------------------------------------------------------- people

WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bishop", "Frost", "Wolf", "Stone",
                 "Fox", "Bell", "Lamb", "Cook", "Hunter", "Price", "Sharp", "Moody", "Dean", "Gay", "Best",
                 "Little", "Long", "Short", "Rich", "Wise", "King", "Mercy", "Hope"]
WORD_FIRST = ["Hope", "Faith", "Joy", "Grace", "June", "Will", "Rose", "Art", "Sunny", "Dawn", "Crystal",
              "Summer", "Hunter", "Bill", "Patience", "Ray", "Chance", "Amber"]
US_LOCS = ["en_US"] * 8 + ["es_MX", "en_IN", "fil_PH", "vi_VN", "ko_KR_latin", "pl_PL", "it_IT", "fr_FR", "de_DE"]
KO_LATIN_FIRST = ["Min-jun", "Seo-yeon", "Ji-hoon", "Eun-ji", "Hyun-woo", "Soo-ah", "Dong-hyun", "Ha-eun", "Jae-sung"]
KO_LATIN_LAST = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]


def first_last(loc, g=None):
    """(first, last); g is 'f', 'm' or None (either)."""
    if loc == "ko_KR_latin":
        return ch(KO_LATIN_FIRST), ch(KO_LATIN_LAST)
    f = fk(loc)
    g = g or ch("fm")
    if g == "f" and hasattr(f, "first_name_female"):
        return f.first_name_female(), f.last_name_female() if hasattr(f, "last_name_female") else f.last_name()
    if g == "m" and hasattr(f, "first_name_male"):
        return f.first_name_male(), f.last_name_male() if hasattr(f, "last_name_male") else f.last_name()
    return f.first_name(), f.last_name()


WORD_FIRST_F = ["Hope", "Faith", "Joy", "Grace", "June", "Dawn", "Crystal", "Summer", "Patience", "Amber", "Rose", "Ivy", "Autumn"]
WORD_FIRST_M = ["Will", "Art", "Bill", "Ray", "Chance", "Hunter", "Rusty", "Buck", "Sonny", "Cash"]


def us_person(g=None):
    """(first, last) of someone living in the US, from a mix of backgrounds; some names are English words."""
    g = g or ch("fm")
    first, last = first_last(ch(US_LOCS), g)
    r = rng.random()
    if r < 0.14:
        last = ch(WORD_SURNAMES)
    elif r < 0.2:
        first = ch(WORD_FIRST_F if g == "f" else WORD_FIRST_M)
    return first, last


SCRIPT_LOCS = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "hi_IN", "ar_SA"]


def script_name(loc):
    f = fk(loc)
    first, last = first_last(loc)
    if loc == "ja_JP":
        return f"{last} {first}"
    if loc in ("zh_CN", "ko_KR"):
        return f"{last}{first}"
    if loc == "ru_RU":
        return f"{first} {last}" if rng.random() < 0.5 else f"{last} {first}"
    return f"{first} {last}"

# ---------------------------------------------------------------- US places

US_CITIES = [("Springfield", "IL", "627"), ("Peoria", "IL", "616"), ("Joliet", "IL", "604"), ("Toledo", "OH", "436"),
             ("Dayton", "OH", "454"), ("Akron", "OH", "443"), ("Flint", "MI", "485"), ("Lansing", "MI", "489"),
             ("Grand Rapids", "MI", "495"), ("Gary", "IN", "464"), ("Fort Wayne", "IN", "468"), ("Madison", "WI", "537"),
             ("Green Bay", "WI", "543"), ("Duluth", "MN", "558"), ("Rochester", "MN", "559"), ("Des Moines", "IA", "503"),
             ("Omaha", "NE", "681"), ("Wichita", "KS", "672"), ("Tulsa", "OK", "741"), ("Amarillo", "TX", "791"),
             ("El Paso", "TX", "799"), ("Laredo", "TX", "780"), ("San Antonio", "TX", "782"), ("Houston", "TX", "770"),
             ("Shreveport", "LA", "711"), ("Baton Rouge", "LA", "708"), ("Jackson", "MS", "392"), ("Mobile", "AL", "366"),
             ("Huntsville", "AL", "358"), ("Macon", "GA", "312"), ("Savannah", "GA", "314"), ("Tallahassee", "FL", "323"),
             ("Ocala", "FL", "344"), ("Hialeah", "FL", "330"), ("Charleston", "WV", "253"), ("Roanoke", "VA", "240"),
             ("Norfolk", "VA", "235"), ("Durham", "NC", "277"), ("Asheville", "NC", "288"), ("Columbia", "SC", "292"),
             ("Knoxville", "TN", "379"), ("Chattanooga", "TN", "374"), ("Louisville", "KY", "402"), ("Bangor", "ME", "044"),
             ("Burlington", "VT", "054"), ("Manchester", "NH", "031"), ("Worcester", "MA", "016"), ("Providence", "RI", "029"),
             ("Hartford", "CT", "061"), ("Paterson", "NJ", "075"), ("Trenton", "NJ", "086"), ("Albany", "NY", "122"),
             ("Syracuse", "NY", "132"), ("Buffalo", "NY", "142"), ("Brooklyn", "NY", "112"), ("Scranton", "PA", "185"),
             ("Allentown", "PA", "181"), ("Erie", "PA", "165"), ("Baltimore", "MD", "212"), ("Dover", "DE", "199"),
             ("Boise", "ID", "837"), ("Billings", "MT", "591"), ("Cheyenne", "WY", "820"), ("Pueblo", "CO", "810"),
             ("Provo", "UT", "846"), ("Reno", "NV", "895"), ("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"),
             ("Las Cruces", "NM", "880"), ("Fresno", "CA", "937"), ("Modesto", "CA", "953"), ("Oxnard", "CA", "930"),
             ("Chula Vista", "CA", "919"), ("Stockton", "CA", "952"), ("Salem", "OR", "973"), ("Eugene", "OR", "974"),
             ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"), ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"),
             ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Little Rock", "AR", "722"), ("Joplin", "MO", "648")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "MI": "Michigan", "TX": "Texas", "FL": "Florida", "NY": "New York",
               "CA": "California", "PA": "Pennsylvania", "GA": "Georgia", "NC": "North Carolina", "AZ": "Arizona"}
STREET_WORDS = ["Oak", "Maple", "Cedar", "Main", "Washington", "Lincoln", "Elm", "Pine", "Lake", "Walnut", "Spring",
                "Ridge", "Church", "Mill", "Highland", "Sunset", "Jefferson", "Madison", "Franklin", "Chestnut", "Cherry",
                "Willow", "Meadow", "Forest", "Orchard", "Locust", "Sycamore", "Dogwood", "Magnolia", "Hickory",
                "Prospect", "Union", "Market", "Broad", "Front", "Grove", "Bluebird", "Cardinal", "Quail Run",
                "Deer Creek", "Fox Hollow", "Stonegate", "Old Mill", "Country Club", "Martin Luther King Jr",
                "Cesar Chavez", "Kingsley", "Pleasant Valley", "Rolling Hills", "Tamarack", "Juniper", "Aspen",
                "Canyon View", "Mesa Verde", "Palmetto", "Bayou", "Harbor", "Riverside", "Kenwood", "Fairview"]
SUFFIXES = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy", "Street", "Avenue",
            "Road", "Drive", "Lane", "Court", "Trail"]
DIRS = ["N", "S", "E", "W", "NE", "SW", "North", "West"]


def us_street():
    n = str(rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 29999)]))
    d = ch(DIRS) + " " if rng.random() < 0.22 else ""
    s = f"{n} {d}{ch(STREET_WORDS)} {ch(SUFFIXES)}"
    if rng.random() < 0.12:
        s = f"{n} {d}{ch(['County Road', 'State Route', 'Highway', 'Farm Road'])} {rng.randint(2, 480)}"
    return s


def us_unit():
    return ch([f"Apt {rng.randint(1, 40)}{ch('ABCDEF')}", f"Apt. {rng.randint(101, 1820)}", f"#{rng.randint(2, 60)}",
               f"Unit {rng.randint(1, 300)}", f"Suite {rng.randint(100, 950)}", f"Apt {ch('ABCD')}", f"Lot {rng.randint(1, 90)}",
               f"Trlr {rng.randint(1, 40)}", f"Fl {rng.randint(2, 6)}", f"Rm {rng.randint(100, 420)}"])


def us_city():
    return ch(US_CITIES)


def zip_for(prefix, plus4=False):
    z = prefix + digits(2)
    if plus4:
        z += "-" + digits(4)
    return z


def us_address(multiline=False, unit=None, caps=False, lower=False, no_comma=False):
    city, st, zp = us_city()
    street = us_street()
    if unit is None:
        unit = rng.random() < 0.4
    u = us_unit() if unit else ""
    z = zip_for(zp, plus4=rng.random() < 0.2)
    if multiline:
        line1 = street + (", " + u if u and rng.random() < 0.5 else "")
        lines = [line1] + ([u] if u and u not in line1 else []) + [f"{city}, {st} {z}"]
        s = "\n".join(lines)
    else:
        sep = " " if no_comma else ", "
        s = street + (sep + u if u else "") + sep + f"{city}{',' if not no_comma else ''} {st} {z}"
    if caps:
        s = s.upper()
    if lower:
        s = s.lower()
    return s


def po_box():
    city, st, zp = us_city()
    return ch([f"PO Box {rng.randint(10, 9999)}, {city}, {st} {zip_for(zp)}", f"P.O. Box {rng.randint(10, 9999)}\n{city}, {st} {zip_for(zp)}",
               f"RR {rng.randint(1, 9)} Box {rng.randint(1, 400)}, {city}, {st} {zip_for(zp)}",
               f"Rural Route {rng.randint(1, 6)}, Box {rng.randint(1, 300)}{ch(['', 'A', 'B'])}, {city}, {st} {zip_for(zp)}"])


def military():
    box = rng.randint(1, 9999)
    kind = rng.random()
    if kind < 0.35:
        return f"PSC {rng.randint(1, 9999)}, Box {box}, APO AE {ch(['09', '09'])}{digits(3)}"
    if kind < 0.6:
        return f"Unit {rng.randint(2000, 9999)}, Box {box}, APO AP 96{digits(3)}"
    if kind < 0.8:
        return f"CMR {rng.randint(400, 499)}, Box {box}, APO AE 09{digits(3)}"
    ae = rng.random() < 0.5
    return f"USS {ch(['Ronald Reagan', 'Nimitz', 'Bataan', 'Gerald R. Ford', 'Bainbridge'])}, FPO {'AE 09' if ae else 'AP 96'}{digits(3)}"


def city_state(full=False):
    city, st, _ = us_city()
    if full and st in STATE_NAMES:
        return f"{city}, {STATE_NAMES[st]}"
    return f"{city}, {st}"

# ---------------------------------------------------------------- US phones

AREAS = ["205", "217", "219", "248", "262", "302", "309", "313", "314", "316", "330", "336", "347", "360", "404", "405",
         "406", "412", "414", "419", "423", "440", "470", "478", "479", "480", "501", "502", "505", "508", "513", "520",
         "559", "574", "586", "601", "605", "608", "612", "614", "616", "618", "630", "657", "661", "701", "702", "704",
         "712", "713", "717", "719", "720", "727", "731", "734", "747", "754", "757", "763", "765", "770", "773", "775",
         "785", "801", "802", "803", "804", "808", "810", "813", "814", "815", "816", "818", "828", "830", "843", "847",
         "850", "856", "860", "863", "865", "901", "903", "904", "907", "909", "910", "912", "915", "918", "919", "920",
         "925", "928", "937", "940", "941", "952", "954", "956", "970", "971", "972", "973", "978", "989"]


def us_phone(shape=None):
    a, b, c = ch(AREAS), str(rng.randint(201, 989)), digits(4)
    shapes = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}", "1-{a}-{b}-{c}",
              "001-{a}-{b}-{c}", "({a}){b}-{c}", "{a} {b} {c}", "+1 ({a}) {b}-{c}", "+1-{a}-{b}-{c}", "1 ({a}) {b}-{c}",
              "{a}/{b}-{c}", "+1{a}{b}{c}"]
    s = (shape or ch(shapes)).format(a=a, b=b, c=c)
    if rng.random() < 0.12:
        s += ch([f" x{rng.randint(10, 9999)}", f" ext. {rng.randint(2, 999)}", f" ext {rng.randint(2, 99)}",
                 f" extension {rng.randint(1, 9)}", f" X{rng.randint(100, 999)}"])
    return s

# ---------------------------------------------------------------- international places and phones

INTL = {
    "GB": dict(loc="en_GB", cities=[("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Cardiff", "CF"), ("Glasgow", "G"),
                                   ("Norwich", "NR"), ("Leicester", "LE"), ("Brighton", "BN"), ("Belfast", "BT"), ("London", "SE")]),
    "DE": dict(loc="de_DE", cities=[("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"),
                                   ("Dresden", "01"), ("Stuttgart", "70"), ("Bremen", "28"), ("Essen", "45")]),
    "FR": dict(loc="fr_FR", cities=[("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Lille", "590"),
                                   ("Nantes", "440"), ("Bordeaux", "330"), ("Rennes", "350")]),
    "ES": dict(loc="es_ES", cities=[("Madrid", "280"), ("Sevilla", "410"), ("Valencia", "460"), ("Zaragoza", "500"), ("Málaga", "290"),
                                   ("Bilbao", "480"), ("Barcelona", "080")]),
    "MX": dict(loc="es_MX", cities=[("Guadalajara", "44", "Jal."), ("Monterrey", "64", "N.L."), ("Puebla", "72", "Pue."),
                                   ("Ciudad de México", "03", "CDMX"), ("Oaxaca de Juárez", "68", "Oax."), ("Mérida", "97", "Yuc.")]),
    "BR": dict(loc="pt_BR", cities=[("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"),
                                   ("Recife", "PE", "5"), ("Curitiba", "PR", "8"), ("Salvador", "BA", "4")]),
    "IT": dict(loc="it_IT", cities=[("Roma", "001", "RM"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
                                   ("Palermo", "901", "PA"), ("Bologna", "401", "BO")]),
    "NL": dict(loc="nl_NL", cities=[("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Eindhoven", "56"), ("Groningen", "97")]),
    "PL": dict(loc="pl_PL", cities=[("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6"), ("Łódź", "9")]),
    "CA": dict(loc="en_CA", cities=[("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"), ("Winnipeg", "MB", "R"),
                                   ("Calgary", "AB", "T"), ("Halifax", "NS", "B"), ("Vancouver", "BC", "V")]),
    "IN": dict(loc="en_IN", cities=[("Pune", "411"), ("Bengaluru", "560"), ("Hyderabad", "500"), ("Kolkata", "700"), ("Jaipur", "302"),
                                   ("Lucknow", "226"), ("Kochi", "682")]),
    "JP": dict(loc="ja_JP", cities=[("東京都", "新宿区", "160"), ("大阪府", "大阪市北区", "530"), ("福岡県", "福岡市中央区", "810"),
                                   ("北海道", "札幌市中央区", "060"), ("愛知県", "名古屋市中区", "460")]),
    "CN": dict(loc="zh_CN", cities=[("北京市", "朝阳区"), ("上海市", "浦东新区"), ("广州市", "天河区"), ("成都市", "武侯区"), ("杭州市", "西湖区")]),
    "KR": dict(loc="ko_KR", cities=[("서울특별시", "강남구"), ("부산광역시", "해운대구"), ("대구광역시", "수성구"), ("인천광역시", "남동구")]),
    "PH": dict(loc="fil_PH", cities=[("Quezon City", "11"), ("Cebu City", "60"), ("Davao City", "80"), ("Iloilo City", "50"), ("Makati", "12")]),
    "TR": dict(loc="tr_TR", cities=[("İstanbul", "Kadıköy", "34"), ("Ankara", "Çankaya", "06"), ("İzmir", "Karşıyaka", "35"), ("Bursa", "Nilüfer", "16")]),
    "IE": dict(loc="en_GB", cities=[("Dublin", "D0"), ("Cork", "T1"), ("Galway", "H9")]),
}
GB_STREETS = ["Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road", "Green Lane",
              "Manor Close", "Kings Drive", "Orchard Way", "Albert Street", "Windsor Terrace", "Beech Grove"]
DE_STREETS = ["Hauptstraße", "Schulstraße", "Gartenweg", "Bahnhofstraße", "Lindenallee", "Bergstraße", "Mühlenweg", "Kirchplatz", "Am Anger"]
FR_STREETS = ["rue Victor Hugo", "avenue Jean Jaurès", "rue de la République", "boulevard Pasteur", "rue des Lilas", "impasse du Moulin", "allée des Tilleuls"]
ES_STREETS = ["Calle Mayor", "C/ de Toledo", "Avda. de la Constitución", "Calle Real", "C/ San Fernando", "Paseo de Gracia", "Calle del Carmen"]
MX_STREETS = ["Calle Morelos", "Av. Juárez", "Calle Independencia", "Calle Allende", "Av. Vallarta", "Calle 5 de Mayo", "Calle Zaragoza"]
MX_COLONIAS = ["Centro", "Del Valle", "Providencia", "Roma Norte", "Chapultepec", "Jardines del Bosque", "San Benito"]
BR_STREETS = ["Rua das Flores", "Av. Paulista", "Rua Sete de Setembro", "Rua XV de Novembro", "Av. Boa Viagem", "Rua Augusta", "Travessa São José"]
BR_BAIRROS = ["Centro", "Boa Vista", "Jardim América", "Savassi", "Batel", "Barra", "Pinheiros"]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Mazzini", "Piazza Dante", "Via dei Mille", "Viale Europa"]
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Prinsengracht", "Lindenlaan", "Julianastraat"]
PL_STREETS = ["Mickiewicza", "Słowackiego", "Długa", "Kościuszki", "Polna", "Lipowa", "Ogrodowa", "Piłsudskiego"]
CA_STREETS = ["Queen St W", "Maple Ave", "Rue Sherbrooke Est", "Portage Ave", "Spring Garden Rd", "Elgin St", "Kingsway"]
IN_STREETS = ["MG Road", "Station Road", "Nehru Nagar", "Gandhi Marg", "Linking Road", "Park Street", "Ashok Vihar"]
PH_STREETS = ["Rizal St.", "Mabini St.", "Bonifacio Ave.", "Del Pilar St.", "Osmeña Blvd."]
PH_BRGY = ["Brgy. San Roque", "Brgy. Lahug", "Brgy. Poblacion", "Brgy. Mabolo", "Brgy. Kamuning"]
TR_MAH = ["Caferağa Mah.", "Kızılay Mah.", "Bostanlı Mah.", "Moda Mah.", "Bahçelievler Mah."]
TR_SOK = ["Gül Sok.", "Lale Sok.", "Çınar Sok.", "Atatürk Cad.", "İnönü Cad."]
CN_ROADS = ["建国路", "人民路", "解放路", "中山路", "长寿路", "文三路"]
KR_ROADS = ["테헤란로", "해운대로", "달구벌대로", "인주대로", "세종대로"]


def intl_address(cc):
    d = INTL[cc]
    n = rng.randint(1, 180)
    if cc == "GB":
        c, p = ch(d["cities"])
        return f"{n} {ch(GB_STREETS)}, {c} {p}{rng.randint(1, 28)} {rng.randint(1, 9)}{upp(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if cc == "IE":
        c, p = ch(d["cities"])
        return f"{n} {ch(GB_STREETS)}, {c}, {p}{rng.randint(1, 9)} {upp(1, 'ACDEFHKNPRTVWXY')}{digits(1)}{upp(2, 'ACDEFHKNPRTVWXY')}"
    if cc == "DE":
        c, p = ch(d["cities"])
        return f"{ch(DE_STREETS)} {n}{ch(['', '', 'a', 'b'])}, {p}{digits(3)} {c}"
    if cc == "FR":
        c, p = ch(d["cities"])
        return f"{n}{ch(['', ' bis'])} {ch(FR_STREETS)}, {p}{digits(5 - len(p))} {c}"
    if cc == "ES":
        c, p = ch(d["cities"])
        return f"{ch(ES_STREETS)} {n}, {rng.randint(1, 8)}º {ch('ABCD')}, {p}{digits(2)} {c}"
    if cc == "MX":
        c, p, e = ch(d["cities"])
        return f"{ch(MX_STREETS)} {n * 7}, Col. {ch(MX_COLONIAS)}, {p}{digits(3)} {c}, {e}"
    if cc == "BR":
        c, uf, p = ch(d["cities"])
        return f"{ch(BR_STREETS)}, {n * 3}{ch(['', ', apto ' + str(rng.randint(11, 204))])}, {ch(BR_BAIRROS)}, {c} - {uf}, {p}{digits(4)}-{digits(3)}"
    if cc == "IT":
        c, p, pr = ch(d["cities"])
        return f"{ch(IT_STREETS)} {n}, {p}{digits(2)} {c} ({pr})"
    if cc == "NL":
        c, p = ch(d["cities"])
        return f"{ch(NL_STREETS)} {n}, {p}{digits(2)} {upp(2, 'ABCDEGHJKLMNPRSTVWXZ')} {c}"
    if cc == "PL":
        c, p = ch(d["cities"])
        return f"ul. {ch(PL_STREETS)} {n}{ch(['', '/' + str(rng.randint(1, 60))])}, {p}{digits(1)}-{digits(3)} {c}"
    if cc == "CA":
        c, pv, p = ch(d["cities"])
        return f"{n * 11} {ch(CA_STREETS)}, {c}, {pv} {p}{digits(1)}{upp(1, 'ABCEGHJKLMNPRSTVXY')} {digits(1)}{upp(1, 'ABCEGHJKLMNPRSTVXY')}{digits(1)}"
    if cc == "IN":
        c, p = ch(d["cities"])
        return f"{ch(['Flat ', 'H.No. ', ''])}{n}, {ch(IN_STREETS)}, {c} {p}{digits(3)}"
    if cc == "JP":
        pref, city, p = ch(d["cities"])
        return f"〒{p}-{digits(4)} {pref}{city}{ch(['本町', '西新宿', '天神', '栄', '大通西'])}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    if cc == "CN":
        city, dist = ch(d["cities"])
        return f"{city}{dist}{ch(CN_ROADS)}{n}号{rng.randint(1, 30)}栋{rng.randint(101, 2802)}室"
    if cc == "KR":
        city, dist = ch(d["cities"])
        return f"{city} {dist} {ch(KR_ROADS)} {n}"
    if cc == "PH":
        c, p = ch(d["cities"])
        return f"{n} {ch(PH_STREETS)}, {ch(PH_BRGY)}, {c} {p}{digits(2)}"
    if cc == "TR":
        c, dist, p = ch(d["cities"])
        return f"{ch(TR_MAH)} {ch(TR_SOK)} No: {n} D: {rng.randint(1, 20)}, {p}{digits(3)} {dist}/{c}"
    raise KeyError(cc)


def intl_city(cc):
    c = ch(INTL[cc]["cities"])[0]
    return c


def intl_phone(cc):
    if cc == "GB":
        return ch([f"+44 {ch(['20', '113', '117', '161', '121'])} {digits(3)} {digits(4)}", f"07{digits(3)} {digits(6)}",
                   f"+44 7{digits(3)} {digits(6)}", f"0{ch(['113', '117', '161', '131'])} {digits(3)} {digits(4)}", f"020 {digits(4)} {digits(4)}"])
    if cc == "IE":
        return ch([f"+353 {ch(['1', '21', '91'])} {digits(3)} {digits(4)}", f"08{rng.randint(3, 9)} {digits(3)} {digits(4)}"])
    if cc == "DE":
        return ch([f"+49 {ch(['30', '40', '89', '221', '341'])} {digits(7)}", f"0{ch(['30', '40', '89'])} {digits(4)} {digits(3)}",
                   f"+49 1{ch(['51', '60', '70', '76'])} {digits(8)}", f"0{ch(['221', '711'])}/{digits(6)}"])
    if cc == "FR":
        return ch([f"+33 {rng.randint(1, 7)} {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"0{ch('1234567')} {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                   f"0{ch('67')}.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}"])
    if cc == "ES":
        return ch([f"+34 {ch('67')}{digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"+34 91 {digits(3)} {digits(2)} {digits(2)}", f"6{digits(2)} {digits(3)} {digits(3)}"])
    if cc == "MX":
        return ch([f"+52 55 {digits(4)} {digits(4)}", f"+52 1 {ch(['33', '81'])} {digits(4)} {digits(4)}", f"{ch(['33', '81', '55'])} {digits(4)} {digits(4)}"])
    if cc == "BR":
        return ch([f"+55 {ch(['11', '21', '31', '81'])} 9{digits(4)}-{digits(4)}", f"({ch(['11', '41', '71'])}) 9{digits(4)}-{digits(4)}", f"(11) {digits(4)}-{digits(4)}"])
    if cc == "IT":
        return ch([f"+39 0{ch(['6', '2', '81', '11'])} {digits(4)} {digits(3)}", f"+39 3{digits(2)} {digits(3)} {digits(4)}", f"3{digits(2)} {digits(7)}"])
    if cc == "NL":
        return ch([f"+31 6 {digits(4)} {digits(4)}", f"06-{digits(8)}", f"020 {digits(3)} {digits(4)}", f"+31 10 {digits(3)} {digits(4)}"])
    if cc == "PL":
        return ch([f"+48 {ch('5678')}{digits(2)} {digits(3)} {digits(3)}", f"{ch('5678')}{digits(2)}-{digits(3)}-{digits(3)}", f"+48 22 {digits(3)} {digits(2)} {digits(2)}"])
    if cc == "CA":
        return ch([f"({ch(['416', '613', '514', '204', '403', '902', '604'])}) {rng.randint(201, 989)}-{digits(4)}",
                   f"+1 {ch(['416', '647', '514', '604'])} {rng.randint(201, 989)} {digits(4)}"])
    if cc == "IN":
        return ch([f"+91 {ch('6789')}{digits(4)} {digits(5)}", f"0{ch(['20', '80', '40', '33'])} {digits(4)} {digits(4)}", f"{ch('6789')}{digits(9)}", f"+91-{ch('6789')}{digits(9)}"])
    if cc == "JP":
        return ch([f"+81 {ch(['3', '6', '92', '11', '52'])}-{digits(4)}-{digits(4)}", f"0{ch(['3', '6'])}-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}", f"080 {digits(4)} {digits(4)}"])
    if cc == "CN":
        return ch([f"+86 1{ch('3589')}{digits(1)} {digits(4)} {digits(4)}", f"1{ch('3589')}{digits(9)}", f"(0{ch(['10', '21', '20'])}) {digits(4)}-{digits(4)}"])
    if cc == "KR":
        return ch([f"+82 10-{digits(4)}-{digits(4)}", f"010-{digits(4)}-{digits(4)}", f"02-{digits(3)}-{digits(4)}", f"051-{digits(3)}-{digits(4)}"])
    if cc == "PH":
        return ch([f"+63 9{digits(2)} {digits(3)} {digits(4)}", f"09{digits(2)} {digits(3)} {digits(4)}", f"(02) {digits(4)} {digits(4)}", f"(032) {digits(3)} {digits(4)}"])
    if cc == "TR":
        return ch([f"+90 5{digits(2)} {digits(3)} {digits(2)} {digits(2)}", f"0 (5{digits(2)}) {digits(3)} {digits(2)} {digits(2)}", f"0216 {digits(3)} {digits(2)} {digits(2)}"])
    raise KeyError(cc)

# ---------------------------------------------------------------- record numbers

def mrn():
    return ch([f"{digits(8)}", f"{digits(3)}-{digits(3)}-{digits(3)}", f"E{digits(7)}", f"MR{digits(7)}", f"{digits(2)}-{digits(5)}",
               f"{upp(1)}{digits(8)}", f"{digits(4)} {digits(4)}", f"{digits(10)}", f"{upp(2)}{digits(6)}", f"{digits(3)}.{digits(3)}.{digits(3)}",
               f"{digits(7)}-{upp(1)}", f"000{digits(6)}"])


def member_id():
    return ch([f"{upp(3)}{digits(9)}", f"{upp(1)}{digits(4)} {digits(5)} {digits(2)}", f"{upp(3)} {digits(3)} {digits(3)} {digits(3)}",
               f"{digits(3)}-{digits(2)}-{digits(4)}-{digits(2)}", f"{upp(1)}{digits(8)}", f"{upp(2)}{digits(3)}-{digits(5)}",
               f"{digits(11)}", f"{upp(3)}{digits(3)}{upp(1)}{digits(5)}", f"{digits(4)}.{digits(4)}.{digits(3)}"])


def medicare():
    m = mbi(rng)
    return ch([m, f"{m[:4]}-{m[4:7]}-{m[7:]}", f"{m[:4]} {m[4:7]} {m[7:]}", m.lower() if rng.random() < 0.3 else m])


def medicaid():
    return ch([f"{upp(2)}{digits(5)}{upp(1)}", f"{digits(8)}{upp(1)}", f"{digits(10)}", f"{upp(1)}{digits(9)}", f"{digits(3)} {digits(3)} {digits(3)}"])

# ---------------------------------------------------------------- dates of birth

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def dob(us=True):
    y = rng.randint(1926, 1962) if rng.random() < 0.8 else rng.randint(1963, 2008)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if us:
        fm = ch(["{m}/{d}/{y}", "{m:02d}/{d:02d}/{y}", "{m}/{d}/{yy:02d}", "{m:02d}-{d:02d}-{y}", "{M} {d}, {y}", "{M} {d} {y}",
                 "{m3} {d}, {y}", "{m3}. {d}, {y}", "{d} {M} {y}", "{y}-{m:02d}-{d:02d}", "{m}-{d}-{yy:02d}", "{M} {d}{th}, {y}",
                 "{m:02d}.{d:02d}.{y}", "{m3} {d} '{yy:02d}"])
    else:
        fm = ch(["{d:02d}/{m:02d}/{y}", "{d}.{m}.{y}", "{d:02d}.{m:02d}.{y}", "{d} {M} {y}", "{y}-{m:02d}-{d:02d}", "{d}/{m}/{y}", "{d:02d}-{m:02d}-{y}"])
    th = "th" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d]
    return fm.format(m=m, d=d, y=y, yy=y % 100, M=MONTHS[m - 1], m3=MON3[m - 1], th=th)

# ---------------------------------------------------------------- SSN, cards, banks

def ssn():
    a = rng.choice([x for x in range(1, 900) if x != 666])
    s = (f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}")
    return ch(["{}-{}-{}", "{}-{}-{}", "{} {} {}", "{}{}{}", "{}.{}.{}"]).format(*s)


def card_number(valid=True):
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "amex":
        n = _card(rng, ch(["34", "37"]), 15)
        grouped = ch([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    else:
        n = _card(rng, {"visa": "4", "mc": ch(["51", "52", "53", "54", "55", "2221"]), "disc": "6011"}[kind], 16)
        if not valid:
            n = n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10)
        grouped = ch([" ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)), n])
    label = {"visa": "Visa", "mc": "Mastercard", "amex": "Amex", "disc": "Discover"}[kind]
    return label, grouped


def bank_account():
    return ch([digits(10), digits(12), f"{digits(4)} {digits(4)} {digits(2)}", f"{digits(3)}-{digits(6)}-{digits(1)}", digits(8),
               f"00{digits(9)}"])


def routing():
    return aba(rng)


IBAN_SPECS = {"DE": "n18", "GB": "A4n14", "FR": "n23", "ES": "n20", "IT": "A1n22", "NL": "A4n10", "PL": "n24", "BE": "n12",
              "AT": "n16", "PT": "n21", "IE": "A4n14", "CH": "n17"}


def iban(cc=None):
    import re
    cc = cc or ch(list(IBAN_SPECS))
    b = ""
    for part in re.findall(r"[An]\d+", IBAN_SPECS[cc]):
        k = int(part[1:])
        b += "".join(rng.choice(string.ascii_uppercase if part[0] == "A" else string.digits) for _ in range(k))
    raw = _iban(rng, cc, b)
    r = rng.random()
    if r < 0.45:
        s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif r < 0.8:
        s = raw
    else:
        s = raw.lower() if rng.random() < 0.6 else " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()
    return cc, s

# ---------------------------------------------------------------- e-mail and web

MAIL_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net", "att.net",
                "sbcglobal.net", "verizon.net", "proton.me", "msn.com", "live.com", "bellsouth.net", "charter.net", "earthlink.net"]


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def email_for(first, last, domain=None):
    f, l = ascii_fold(first).lower().replace(" ", "").replace("'", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    f = "".join(c for c in f if c.isalnum() or c in "-."); l = "".join(c for c in l if c.isalnum() or c in "-.")
    user = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}", f"{l}.{f[0]}", f"{f}_{l}", f"{f}{rng.randint(1940, 1999)}",
               f"{l}{f[0]}{rng.randint(1, 9)}", f"{f[0]}.{l}"])
    return f"{user}@{domain or ch(MAIL_DOMAINS)}"


def url_for(first, last, kind=None):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
    f = "".join(c for c in f if c.isalnum()); l = "".join(c for c in l if c.isalnum())
    kinds = {
        "page": [f"https://www.caringbridge.org/site/{f}{l}", f"https://{l}family.blogspot.com", f"{f}{l}.wordpress.com",
                 f"caringbridge.org/visit/{f}{l}{rng.randint(1, 9)}", f"https://www.{f}{l}.com/updates"],
        "fund": [f"gofundme.com/f/{f}-{l}-medical-bills", f"https://gofund.me/help-{f}-{l}", f"www.gofundme.com/f/support-{f}-{l}",
                 f"https://www.givesendgo.com/{f}{l}recovery"],
        "obit": [f"https://www.legacy.com/us/obituaries/name/{f}-{l}-obituary", f"legacy.com/us/obituaries/name/{f}-{l}-obituary?id={digits(8)}",
                 f"https://www.tributearchive.com/obituaries/{digits(8)}/{f}-{l}"],
        "social": [f"https://www.facebook.com/{f}.{l}.{rng.randint(1, 99)}", f"linkedin.com/in/{f}-{l}-{digits(3)}", f"instagram.com/{f}_{l}",
                   f"youtube.com/@{f}{l}", f"x.com/{f}{l[:3]}", f"facebook.com/{f}{l}{rng.randint(1950, 1999)}"],
        "signup": [f"https://www.mealtrain.com/trains/{f}-{l}", f"https://lotsahelpinghands.com/c/{l}-family", f"signup.com/go/{l}{f[0]}rides",
                   f"https://www.signupgenius.com/go/{l}-{f}-rides"],
        "pay": [f"venmo.com/u/{f.capitalize()}-{l.capitalize()}", f"https://paypal.me/{f}{l}", f"cash.app/${f}{l}{rng.randint(1, 99)}"],
    }
    if kind is None:
        kind = ch(list(kinds))
    return ch(kinds[kind])
