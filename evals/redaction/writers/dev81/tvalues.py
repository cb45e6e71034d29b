"""Value generators for the dev81 templates (gen_templates.py). Everything is invented: names come
from seeded Faker locales, numbers are random digits, street names are Faker or made-up lists, and
city names are ordinary place names paired with random house numbers and postcodes."""
import random
import string
import unicodedata
from faker import Faker
from ibanlib import make_iban, spaced, make_card

SEED = 8181
rng = random.Random(SEED)
Faker.seed(SEED)
_fakers = {}


def fk(loc):
    if loc not in _fakers:
        f = Faker(loc)
        f.seed_instance(SEED + len(_fakers))
        _fakers[loc] = f
    return _fakers[loc]


def D(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def fill(pattern):
    """d -> digit, D -> digit 2-9, A -> upper letter; other characters kept."""
    out = []
    for ch in pattern:
        if ch == "d":
            out.append(rng.choice(string.digits))
        elif ch == "D":
            out.append(rng.choice("23456789"))
        elif ch == "A":
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(ch)
    return "".join(out)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- people
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Bell", "King", "Love", "Marsh",
                 "Wood", "Lane", "Fox", "Gray", "Stone", "Street", "Rich", "Bishop", "Hunter", "Baker",
                 "Summers", "Frost", "Weaver", "Price", "Knight", "Moss", "Field", "Cash", "Hope", "Snow"]
US_EXTRA_LOCALES = ["es_MX", "vi_VN", "fil_PH", "en_IN", "pl_PL", "it_IT", "ar_SA_latin", "ko_latin"]
KO_LATIN_LAST = ["Kim", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo"]
KO_LATIN_FIRST = {"m": ["Minjun", "Jiwoo", "Hyunwoo", "Dongha", "Jaehyun", "Taeyang", "Sungmin", "Joonho"],
                  "f": ["Seoyeon", "Eunji", "Soyoung", "Yuna", "Hana", "Jiyeon", "Minji", "Haeun"]}
AR_LATIN_FIRST = {"m": ["Omar", "Yusuf", "Khalid", "Samir", "Tariq", "Faisal", "Hamza", "Nabil"],
                  "f": ["Layla", "Fatima", "Nour", "Rania", "Huda", "Salma", "Mariam", "Amal"]}
AR_LATIN_LAST = ["Haddad", "Nasser", "Khoury", "Mansour", "Saleh", "Aziz", "Farah", "Hamdan", "Qasim"]
RU_LATIN = {"m": (["Dmitri", "Sergei", "Pavel", "Yuri", "Alexei", "Ivan"], ["Smirnov", "Kuznetsov", "Morozov", "Volkov", "Orlov"]),
            "f": (["Olga", "Natalia", "Irina", "Svetlana", "Tatiana", "Yelena"], ["Volkova", "Orlova", "Lebedeva", "Sokolova", "Smirnova"])}

COUNTRY_LOCALE = {"GB": "en_GB", "CA": "en_CA", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX",
                  "BR": "pt_BR", "JP": "ja_JP", "IN": "hi_IN", "ES": "es_ES", "IT": "it_IT",
                  "NL": "nl_NL", "PL": "pl_PL", "KR": "ko_KR", "CN": "zh_CN", "RU": "ru_RU",
                  "PH": "fil_PH", "VN": "vi_VN", "TR": "tr_TR", "SA": "ar_SA"}
NATIVE = {"JP", "CN", "KR", "RU", "SA", "IN"}


class Person:
    def __init__(self, first, last, full=None, region="US", native=False, gender="f"):
        self.first, self.last, self.region, self.native, self.gender = first, last, region, native, gender
        self.full = full or f"{first} {last}"

    def title(self):
        if self.native:
            return self.full
        t = rng.choice(["Mr.", "Mr"]) if self.gender == "m" else rng.choice(["Mrs.", "Ms.", "Mrs", "Miss"])
        return f"{t} {self.last}"


def _g(gender):
    return gender if gender in ("m", "f") else rng.choice("mf")


def _first(f, g):
    return f.first_name_male() if g == "m" else f.first_name_female()


def _last(f, g):
    return f.last_name_male() if g == "m" else f.last_name_female()


def person_us(word_surname=False, gender=None):
    g = _g(gender)
    f = fk("en_US")
    if word_surname:
        return Person(_first(f, g), rng.choice(WORD_SURNAMES), gender=g)
    if rng.random() < 0.62:
        first, last = _first(f, g), f.last_name()
        if rng.random() < 0.12:
            return Person(first, last, f"{first} {rng.choice(string.ascii_uppercase)}. {last}", gender=g)
        if rng.random() < 0.08:
            return Person(first, f"{last}-{f.last_name()}", gender=g)
        return Person(first, last, gender=g)
    loc = rng.choice(US_EXTRA_LOCALES)
    if loc == "ko_latin":
        return Person(rng.choice(KO_LATIN_FIRST[g]), rng.choice(KO_LATIN_LAST), gender=g)
    if loc == "ar_SA_latin":
        return Person(rng.choice(AR_LATIN_FIRST[g]), rng.choice(AR_LATIN_LAST), gender=g)
    f = fk(loc)
    first = _first(f, g)
    if loc == "vi_VN" and rng.random() < 0.5:
        first = ascii_fold(first)
    return Person(first, _last(f, g), gender=g)


def person_intl(cc, native_ok=True, gender=None):
    g = _g(gender)
    loc = COUNTRY_LOCALE[cc]
    f = fk(loc)
    if cc in NATIVE and native_ok and rng.random() < 0.65:
        last, first = _last(f, g), _first(f, g)
        latin = person_intl(cc, native_ok=False, gender=g)  # handle for e-mail / web addresses
        if cc == "JP":
            p = Person(first, last, f"{last} {first}" if rng.random() < 0.6 else f"{last}{first}", "INTL", True, g)
        elif cc in ("CN", "KR"):
            p = Person(first, last, f"{last}{first}", "INTL", True, g)
        else:
            p = Person(first, last, None, "INTL", True, g)
        p.latin = latin
        return p
    if cc == "JP":
        fr = f.first_romanized_name_male() if g == "m" else f.first_romanized_name_female()
        return Person(fr, f.last_romanized_name(), None, "INTL", gender=g)
    if cc == "CN":
        return Person(f.first_romanized_name(), f.last_romanized_name(), None, "INTL", gender=g)
    if cc == "KR":
        return Person(rng.choice(KO_LATIN_FIRST[g]), rng.choice(KO_LATIN_LAST), None, "INTL", gender=g)
    if cc == "RU":
        fl, ll = RU_LATIN[g]
        return Person(rng.choice(fl), rng.choice(ll), None, "INTL", gender=g)
    if cc == "SA":
        return Person(rng.choice(AR_LATIN_FIRST[g]), rng.choice(AR_LATIN_LAST), None, "INTL", gender=g)
    if cc == "IN":
        f = fk("en_IN")
    return Person(_first(f, g), _last(f, g), None, "INTL", gender=g)


def doctor_us():
    p = person_us()  # doctors: any gender
    return rng.choice([f"Dr. {p.last}", f"Dr {p.last}", f"Dr. {p.first} {p.last}", f"Dr. {p.last}"])


# ---------------------------------------------------------------- US places
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tucson", "AZ", "857"),
             ("Albany", "NY", "122"), ("Fresno", "CA", "937"), ("Boise", "ID", "837"), ("Omaha", "NE", "681"),
             ("Savannah", "GA", "314"), ("Duluth", "MN", "558"), ("Eugene", "OR", "974"), ("Tacoma", "WA", "984"),
             ("El Paso", "TX", "799"), ("Knoxville", "TN", "379"), ("Dayton", "OH", "454"), ("Lansing", "MI", "489"),
             ("Madison", "WI", "537"), ("Spokane", "WA", "992"), ("Reno", "NV", "895"), ("Provo", "UT", "846"),
             ("Wichita", "KS", "672"), ("Tulsa", "OK", "741"), ("Little Rock", "AR", "722"),
             ("Charleston", "SC", "294"), ("Raleigh", "NC", "276"), ("Richmond", "VA", "232"),
             ("Baltimore", "MD", "212"), ("Newark", "NJ", "071"), ("Hartford", "CT", "061"),
             ("Providence", "RI", "029"), ("Worcester", "MA", "016"), ("Scranton", "PA", "185"),
             ("Erie", "PA", "165"), ("Buffalo", "NY", "142"), ("Akron", "OH", "443"), ("Fort Wayne", "IN", "468"),
             ("Peoria", "IL", "616"), ("Des Moines", "IA", "503"), ("Sioux Falls", "SD", "571"),
             ("Fargo", "ND", "581"), ("Billings", "MT", "591"), ("Cheyenne", "WY", "820"),
             ("Albuquerque", "NM", "871"), ("Pueblo", "CO", "810"), ("Baton Rouge", "LA", "708"),
             ("Shreveport", "LA", "711"), ("Lexington", "KY", "405"), ("Huntsville", "AL", "358"),
             ("Tallahassee", "FL", "323"), ("Orlando", "FL", "328"), ("Honolulu", "HI", "968"),
             ("Anchorage", "AK", "995"), ("San Antonio", "TX", "782"), ("Bakersfield", "CA", "933"),
             ("Stockton", "CA", "952"), ("Yonkers", "NY", "107"), ("Chattanooga", "TN", "374"),
             ("Grand Rapids", "MI", "495"), ("Rochester", "MN", "559"), ("Gainesville", "FL", "326"),
             ("Durham", "NC", "277"), ("Bangor", "ME", "044"), ("Missoula", "MT", "598"), ("Topeka", "KS", "666")]
US_STREETS = ["Oak", "Maple", "Cedar", "Elm", "Walnut", "Chestnut", "Pine", "Willow", "Highland", "Lakeview",
              "Ridge", "Meadow", "Sunset", "Church", "Mill", "Spring", "Prospect", "Cherry", "Franklin",
              "Jefferson", "Lincoln", "Madison", "Washington", "Magnolia", "Dogwood", "Hickory", "Laurel",
              "Orchard", "Fairview", "Riverside", "Woodland", "Harbor", "Quail Run", "Deer Creek", "Juniper",
              "Aspen", "Sycamore", "Bayberry", "Foxglove", "Tamarack", "Cottonwood", "Mesquite", "Palmetto"]
US_SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Dr.", "Drive", "Ln", "Lane",
             "Ct", "Court", "Blvd", "Way", "Pl", "Terrace", "Cir", "Pkwy", "Trl"]


def us_zip(prefix, plus4=False):
    z = prefix + D(2)
    return z + "-" + D(4) if plus4 else z


def us_street():
    name = rng.choice(US_STREETS) if rng.random() < 0.6 else fk("en_US").last_name()
    pre = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "North ", "West "])
    return f"{rng.randint(1, 19999) if rng.random() < 0.8 else rng.randint(1, 99)} {pre}{name} {rng.choice(US_SUFFIX)}"


def us_unit():
    return rng.choice([f"Apt {rng.randint(1, 30)}{rng.choice('ABCDEF')}", f"Apt. {rng.randint(1, 999)}",
                       f"Suite {rng.randint(100, 950)}", f"#{rng.randint(1, 40)}", f"Unit {rng.randint(1, 60)}",
                       f"Apt {rng.randint(1, 12)}", f"Ste {rng.randint(100, 400)}", f"Lot {rng.randint(1, 90)}"])


def loc_us(kind=None):
    city, st, pre = rng.choice(US_CITIES)
    kind = kind or rng.choice(["line", "line", "line", "line_unit", "line_unit", "nocomma", "multi", "multi",
                               "po", "mil", "rr", "zip4"])
    if kind == "line":
        return f"{us_street()}, {city}, {st} {us_zip(pre)}"
    if kind == "line_unit":
        return f"{us_street()} {us_unit()}, {city}, {st} {us_zip(pre)}"
    if kind == "nocomma":
        return f"{us_street()} {city} {st} {us_zip(pre)}"
    if kind == "zip4":
        return f"{us_street()}, {us_unit()}, {city}, {st} {us_zip(pre, True)}"
    if kind == "multi":
        unit = (" " + us_unit()) if rng.random() < 0.5 else ""
        return f"{us_street()}{unit}\n{city}, {st} {us_zip(pre, rng.random() < 0.3)}"
    if kind == "po":
        return rng.choice([f"PO Box {rng.randint(1, 9999)}, {city}, {st} {us_zip(pre)}",
                           f"P.O. Box {rng.randint(1, 999)}\n{city} {st} {us_zip(pre)}",
                           f"P O Box {rng.randint(10, 4999)}, {city} {st} {us_zip(pre, True)}"])
    if kind == "mil":
        return rng.choice([f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999)}, APO AE 09{D(3)}",
                           f"Unit {rng.randint(2000, 9999)} Box {rng.randint(100, 9999)}, DPO AE 09{D(3)}",
                           f"CMR {rng.randint(400, 499)} Box {rng.randint(100, 9999)}\nAPO AE 09{D(3)}",
                           f"PSC {rng.randint(400, 599)} Box {rng.randint(10, 999)}, FPO AP 96{D(3)}",
                           f"Unit {rng.randint(15000, 15999)}, APO AP 96{D(3)}",
                           f"USNS {fk('en_US').last_name()}, FPO AA 34{D(3)}"])
    if kind == "rr":
        return rng.choice([f"RR {rng.randint(1, 9)} Box {rng.randint(1, 300)}, {city}, {st} {us_zip(pre)}",
                           f"Rural Route {rng.randint(1, 6)}, Box {rng.randint(1, 500)}{rng.choice(['', 'A', 'B'])}\n{city} {st} {us_zip(pre)}",
                           f"HC {rng.randint(60, 80)} Box {rng.randint(100, 9999)}, {city} {st} {us_zip(pre)}"])
    raise ValueError(kind)


def city_state():
    city, st, pre = rng.choice(US_CITIES)
    return rng.choice([f"{city}, {st}", f"{city} {st}", f"{city}, {st} {us_zip(pre)}"])


def city_us():
    return rng.choice(US_CITIES)[0]


# ---------------------------------------------------------------- international places
INTL_CITY = {
    "GB": [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("Glasgow", "G"),
           ("Edinburgh", "EH"), ("York", "YO"), ("Bath", "BA"), ("Oxford", "OX"), ("Leicester", "LE"),
           ("Liverpool", "L"), ("Sheffield", "S")],
    "CA": [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
           ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Montréal", "QC", "H"), ("Regina", "SK", "S")],
    "DE": [("Berlin", "1"), ("Hamburg", "2"), ("München", "8"), ("Köln", "5"), ("Frankfurt am Main", "6"),
           ("Stuttgart", "7"), ("Dresden", "0"), ("Leipzig", "0"), ("Bremen", "2"), ("Hannover", "3"),
           ("Nürnberg", "9"), ("Münster", "4")],
    "FR": [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Toulouse", "31"), ("Lille", "59"),
           ("Bordeaux", "33"), ("Nantes", "44"), ("Rennes", "35"), ("Strasbourg", "67"), ("Montpellier", "34")],
    "MX": [("Guadalajara", "Jal.", "44"), ("Puebla", "Pue.", "72"), ("Monterrey", "N.L.", "64"),
           ("Mérida", "Yuc.", "97"), ("Oaxaca de Juárez", "Oax.", "68"), ("Ciudad de México", "CDMX", "06"),
           ("León", "Gto.", "37"), ("Morelia", "Mich.", "58")],
    "BR": [("São Paulo", "SP", "0"), ("Recife", "PE", "5"), ("Salvador", "BA", "4"),
           ("Belo Horizonte", "MG", "3"), ("Curitiba", "PR", "8"), ("Porto Alegre", "RS", "9"),
           ("Fortaleza", "CE", "6")],
    "JP": [("東京都新宿区", "160"), ("大阪府大阪市北区", "530"), ("神奈川県横浜市中区", "231"),
           ("愛知県名古屋市中区", "460"), ("福岡県福岡市博多区", "812"), ("北海道札幌市中央区", "060"),
           ("京都府京都市左京区", "606")],
    "JP_LATIN": [("Shinjuku-ku, Tokyo", "160"), ("Kita-ku, Osaka", "530"), ("Naka-ku, Yokohama", "231"),
                 ("Hakata-ku, Fukuoka", "812"), ("Sakyo-ku, Kyoto", "606")],
    "IN": [("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"), ("Chennai", "Tamil Nadu", "600"),
           ("Kochi", "Kerala", "682"), ("Jaipur", "Rajasthan", "302"), ("Lucknow", "Uttar Pradesh", "226"),
           ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700")],
    "ES": [("Madrid", "28"), ("Valencia", "46"), ("Sevilla", "41"), ("Zaragoza", "50"), ("Málaga", "29"),
           ("Bilbao", "48"), ("Granada", "18")],
    "IT": [("Roma", "RM", "00"), ("Milano", "MI", "20"), ("Napoli", "NA", "80"), ("Bologna", "BO", "40"),
           ("Palermo", "PA", "90"), ("Firenze", "FI", "50"), ("Bari", "BA", "70")],
    "NL": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Groningen", "97"),
           ("Eindhoven", "56"), ("Den Haag", "25")],
    "PL": [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6"),
           ("Łódź", "9")],
    "KR": [("서울특별시 강남구", "06"), ("서울특별시 마포구", "04"), ("부산광역시 해운대구", "48"),
           ("대구광역시 수성구", "42"), ("인천광역시 연수구", "21")],
    "CN": [("北京市朝阳区", "100"), ("上海市浦东新区", "200"), ("广东省广州市天河区", "510"),
           ("四川省成都市武侯区", "610"), ("浙江省杭州市西湖区", "310")],
    "RU": [("Москва", "1"), ("Санкт-Петербург", "19"), ("Казань", "420"), ("Новосибирск", "630"),
           ("Екатеринбург", "620")],
    "PH": [("Quezon City", "Metro Manila", "11"), ("Cebu City", "Cebu", "60"), ("Davao City", "Davao del Sur", "80"),
           ("Iloilo City", "Iloilo", "50"), ("Lipa City", "Batangas", "42")],
    "VN": [("TP. Hồ Chí Minh", "Quận 3"), ("Hà Nội", "Quận Ba Đình"), ("Đà Nẵng", "Quận Hải Châu"),
           ("Huế", "phường Vĩnh Ninh")],
    "TR": [("İstanbul", "Kadıköy", "34"), ("Ankara", "Çankaya", "06"), ("İzmir", "Karşıyaka", "35"),
           ("Bursa", "Nilüfer", "16"), ("Antalya", "Muratpaşa", "07")],
    "SA": [("Riyadh", "Al Olaya", "12"), ("Jeddah", "Al Rawdah", "23"), ("Dammam", "Al Faisaliyah", "32")],
}
CITY_ALONE = {cc: [c[0] for c in v] for cc, v in INTL_CITY.items() if cc not in ("JP", "KR", "CN", "JP_LATIN")}
CITY_ALONE.update({"JP": ["東京", "大阪", "名古屋", "Osaka", "Sapporo", "Kyoto"], "KR": ["서울", "부산", "Seoul", "Busan", "Daegu"],
                   "CN": ["北京", "上海", "广州", "Chengdu", "Wuhan"], "SA": ["الرياض", "جدة", "Riyadh", "Jeddah"],
                   "RU": ["Москва", "Казань", "Novosibirsk"], "IN": ["मुंबई", "दिल्ली", "Pune", "Chennai", "Kochi"]})
UK_STREETS = ["Victoria Road", "Station Road", "Church Lane", "Mill Lane", "Park View", "Kingsway", "Queen Street",
              "Alma Terrace", "Beech Grove", "Hawthorn Close", "The Crescent", "Manor Way", "Elm Grove"]
ES_STREETS = ["Calle Mayor", "Calle del Carmen", "Avenida de la Constitución", "Calle San Vicente",
              "Paseo de Gracia", "Calle Real", "Avenida de América", "Calle Alcalá"]
MX_STREETS = ["Av. Juárez", "Calle Hidalgo", "Calle Morelos", "Av. Revolución", "Calle Allende",
              "Calle 5 de Mayo", "Av. Vallarta", "Calle Independencia"]
MX_COL = ["Centro", "Americana", "Del Valle", "Las Flores", "San Benito", "Jardines del Sur", "La Paz"]
BR_STREETS = ["Rua das Flores", "Av. Paulista", "Rua da Aurora", "Rua Sete de Setembro", "Av. Boa Viagem",
              "Rua XV de Novembro", "Rua Padre Chagas"]
BR_BAIRRO = ["Centro", "Boa Vista", "Jardim América", "Santa Efigênia", "Moinhos de Vento", "Pituba"]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Via Mazzini", "Corso Italia", "Via dei Mille", "Via Dante",
              "Viale Europa", "Via Cavour"]
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Schoolstraat", "Lindelaan", "Stationsweg"]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "ul. Polna", "ul. Lipowa", "ul. Ogrodowa", "al. Niepodległości",
              "ul. Słowackiego"]
IN_AREAS = ["Koregaon Park", "Banjara Hills", "Anna Nagar", "Salt Lake Sector II", "Gomti Nagar", "Andheri East",
            "Kakkanad", "C-Scheme"]
KR_ROADS = ["테헤란로", "월드컵로", "해운대로", "달구벌대로", "컨벤시아대로", "양화로"]
CN_ROADS = ["建国路", "世纪大道", "天河路", "人民南路", "文三路", "中山路"]
RU_STREETS = ["ул. Ленина", "ул. Гагарина", "пр. Мира", "ул. Садовая", "ул. Пушкина", "Невский пр."]
TR_MAH = ["Caferağa", "Kızılay", "Bostanlı", "Görükle", "Fener", "Moda", "Bahçelievler"]
VN_STREETS = ["đường Nguyễn Trãi", "đường Lê Lợi", "đường Trần Hưng Đạo", "phố Hàng Bông", "đường Bạch Đằng"]
PH_STREETS = ["Mabini St.", "Rizal Ave.", "Bonifacio St.", "Luna St.", "Kalayaan Ave.", "Osmeña Blvd."]
SA_STREETS = ["King Fahd Rd", "Tahlia St", "Prince Sultan Rd", "Olaya St"]


def loc_intl(cc):
    c = rng.choice(INTL_CITY[cc]) if cc in INTL_CITY else None
    n = rng.randint(1, 240)
    if cc == "GB":
        pc = f"{c[1]}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 20)}, "])
        return rng.choice([f"{flat}{n} {rng.choice(UK_STREETS)}, {c[0]} {pc}",
                           f"{flat}{n} {rng.choice(UK_STREETS)}\n{c[0]}\n{pc}"])
    if cc == "CA":
        pc = f"{c[2]}{rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        st = f"{rng.randint(10, 9999)} {rng.choice(['King St W', 'Queen St E', 'rue Saint-Denis', 'Portage Ave', 'Spring Garden Rd', 'Main St', 'Bloor St W'])}"
        unit = rng.choice(["", f"Unit {rng.randint(1, 30)}, ", f"{rng.randint(100, 2400)}-"])
        return f"{unit}{st}, {c[0]}, {c[1]} {pc}"
    if cc == "DE":
        plz = c[1] + D(4)
        return rng.choice([f"{fk('de_DE').street_name()} {rng.randint(1, 120)}, {plz} {c[0]}",
                           f"{fk('de_DE').street_name()} {rng.randint(1, 60)}{rng.choice(['', 'a', 'b'])}\n{plz} {c[0]}"])
    if cc == "FR":
        cp = c[1] + D(3) if c[0] != "Paris" else f"750{rng.randint(1, 20):02d}"
        return rng.choice([f"{n}, {fk('fr_FR').street_name()}, {cp} {c[0]}",
                           f"{n} {fk('fr_FR').street_name()}\n{cp} {c[0].upper()}"])
    if cc == "MX":
        cp = c[2] + D(3)
        return rng.choice([f"{rng.choice(MX_STREETS)} {n}, Col. {rng.choice(MX_COL)}, C.P. {cp}, {c[0]}, {c[1]}",
                           f"{rng.choice(MX_STREETS)} #{n} Int. {rng.randint(1, 12)}, Col. {rng.choice(MX_COL)}, {cp} {c[0]}, {c[1]}"])
    if cc == "BR":
        cep = c[2] + D(4) + "-" + D(3)
        return f"{rng.choice(BR_STREETS)}, {n} - {rng.choice(BR_BAIRRO)}, {c[0]} - {c[1]}, {cep}"
    if cc == "JP":
        if rng.random() < 0.6:
            return f"〒{c[1]}-{D(4)} {c[0]}{rng.randint(1, 9)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        c = rng.choice(INTL_CITY["JP_LATIN"])
        return f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(['Nishi-', 'Higashi-', ''])}{rng.choice(['Tenjin', 'Umeda', 'Honcho', 'Sakae', 'Yotsuya'])}, {c[0]} {c[1]}-{D(4)}"
    if cc == "IN":
        pin = c[2] + D(3)
        return rng.choice([f"Flat {rng.randint(1, 20)}{rng.choice('ABCD')}, {rng.choice(['Sai Krupa Apts', 'Green Park Society', 'Lotus Residency', 'Shanti Niwas'])}, {rng.choice(IN_AREAS)}, {c[0]}, {c[1]} {pin}",
                           f"H.No. {rng.randint(1, 40)}-{rng.randint(1, 400)}, {rng.choice(IN_AREAS)}, {c[0]} - {pin}"])
    if cc == "ES":
        return f"{rng.choice(ES_STREETS)} {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {c[1]}{D(3)} {c[0]}"
    if cc == "IT":
        return f"{rng.choice(IT_STREETS)} {n}, {c[2]}{D(3)} {c[0]} ({c[1]})"
    if cc == "NL":
        return f"{rng.choice(NL_STREETS)} {n}, {c[1]}{D(2)} {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)} {c[0]}"
    if cc == "PL":
        return f"{rng.choice(PL_STREETS)} {n}/{rng.randint(1, 60)}, {c[1]}{D(1)}-{D(3)} {c[0]}"
    if cc == "KR":
        return rng.choice([f"{c[0]} {rng.choice(KR_ROADS)} {n}, {c[1]}{D(3)}",
                           f"{c[0]} {rng.choice(KR_ROADS)} {n}-{rng.randint(1, 30)}"])
    if cc == "CN":
        return f"{c[0]}{rng.choice(CN_ROADS)}{n}号 {c[1]}{D(3)}"
    if cc == "RU":
        idx = (c[1] + D(6))[:6]
        return f"г. {c[0]}, {rng.choice(RU_STREETS)}, д. {rng.randint(1, 90)}, кв. {rng.randint(1, 200)}, {idx}"
    if cc == "PH":
        return f"{n} {rng.choice(PH_STREETS)}, Brgy. {rng.choice(['San Roque', 'Poblacion', 'Kamuning', 'Lahug', 'Mabolo'])}, {c[0]}, {c[2]}{D(2)} {c[1]}"
    if cc == "VN":
        return f"{n} {rng.choice(VN_STREETS)}, {c[1]}, {c[0]}"
    if cc == "TR":
        return f"{rng.choice(TR_MAH)} Mah. {rng.randint(1, 90)}. Sok. No:{rng.randint(1, 60)} D:{rng.randint(1, 20)}, {c[2]}{D(3)} {c[1]}/{c[0]}"
    if cc == "SA":
        if rng.random() < 0.5:
            return rng.choice(["الرياض، حي النخيل، شارع الأمير تركي ", "جدة، حي الروضة، شارع فلسطين "]) + str(n)
        return f"{n} {rng.choice(SA_STREETS)}, {c[1]}, {c[0]} {c[2]}{D(3)}"
    raise ValueError(cc)


def city_intl(cc):
    return rng.choice(CITY_ALONE[cc])


# ---------------------------------------------------------------- phones
def phone_us(ext=False, vanity=False):
    if vanity:
        word = rng.choice(["FIXTONY", "RAMPS4U", "MEALS2U", "GRABBAR", "RIDE4ME", "HANDYMN", "NURSE4U", "BUILDIT"])
        code = rng.choice(["800", "888", "877", "866", "855"])
        return rng.choice([f"1-{code}-{word}", f"1-{code}-{word[:3]}-{word[3:]}", f"{code}-{word}",
                           f"1 ({code}) {word}"])
    a, b, c = str(rng.randint(201, 989)), "555" if rng.random() < 0.35 else str(rng.randint(202, 989)), (
        f"01{rng.randint(0, 99):02d}")
    if b != "555":
        c = D(4)
    fmt = rng.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}",
                      "1-{a}-{b}-{c}", "001-{a}-{b}-{c}", "({a}){b}-{c}", "+1 ({a}) {b}-{c}", "{a} {b} {c}",
                      "+1-{a}-{b}-{c}"])
    s = fmt.format(a=a, b=b, c=c)
    if ext:
        s += rng.choice([f" x{rng.randint(2, 9999)}", f" ext. {rng.randint(2, 999)}", f" ext {rng.randint(2, 99)}",
                         f" extension {rng.randint(1, 9)}", f"x{rng.randint(10, 999)}", f" Ext. {rng.randint(100, 4999)}"])
    return s


PHONE_FMT = {
    "GB": ["+44 20 DDdd dddd", "020 DDdd dddd", "+44 7700 900ddd", "07700 900ddd", "01Ddd Dddddd", "+44 (0)113 496 dddd"],
    "CA": ["+1 416 555 01dd", "(604) 555-01dd", "+1 514-Ddd-dddd", "403.Ddd.dddd"],
    "DE": ["+49 30 Dddddd", "+49 89 Dddd ddd", "030 Dddddd", "0151 Dddddddd", "+49 (0)221 Dddddd"],
    "FR": ["+33 1 dd dd dd dd", "+33 6 dd dd dd dd", "06 dd dd dd dd", "04 dd dd dd dd", "+33 (0)5 dd dd dd dd"],
    "MX": ["+52 55 dddd dddd", "+52 33 dddd dddd", "(33) dddd dddd", "+52 1 81 dddd dddd", "55 dddd dddd"],
    "BR": ["+55 11 9dddd-dddd", "(81) 9dddd-dddd", "+55 71 3ddd-dddd", "(11) 9 dddd-dddd"],
    "JP": ["+81 3-dddd-dddd", "+81 90-dddd-dddd", "03-dddd-dddd", "090-dddd-dddd", "+81 6-dddd-dddd"],
    "IN": ["+91 98ddd ddddd", "+91 22 dddd dddd", "098ddd ddddd", "+91-9ddddddddd", "080-dddd dddd"],
    "ES": ["+34 6dd dd dd dd", "+34 91 ddd dd dd", "6dd ddd ddd", "+34 954 dd dd dd"],
    "IT": ["+39 06 dddd dddd", "+39 3dd ddd dddd", "02 dddd dddd", "+39 081 ddd dddd"],
    "NL": ["+31 6 dddddddd", "+31 20 ddd dddd", "06-dddddddd", "010-ddd dddd"],
    "PL": ["+48 6dd ddd ddd", "+48 22 ddd dd dd", "5dd ddd ddd", "+48 12 ddd dd dd"],
    "KR": ["+82 10-dddd-dddd", "010-dddd-dddd", "+82 2-ddd-dddd", "02-dddd-dddd", "051-ddd-dddd"],
    "CN": ["+86 13d dddd dddd", "+86 10 dddd dddd", "139dddddddd", "+86-21-dddddddd"],
    "RU": ["+7 495 ddd-dd-dd", "+7 9dd ddd-dd-dd", "8 (812) ddd-dd-dd", "8 9dd ddd dd dd"],
    "PH": ["+63 917 ddd dddd", "0917 ddd dddd", "+63 2 8ddd dddd", "0998-ddd-dddd"],
    "VN": ["+84 90 ddd dddd", "+84 28 dddd dddd", "091 ddd dd dd", "+84 (0)24 dddd dddd"],
    "TR": ["+90 532 ddd dd dd", "0 (212) ddd dd dd", "+90 312 ddd dd dd", "05dd ddd dd dd"],
    "SA": ["+966 5d ddd dddd", "+966 11 ddd dddd", "05d ddd dddd"],
}


def phone_intl(cc):
    return fill(rng.choice(PHONE_FMT[cc]))


# ---------------------------------------------------------------- email / url
US_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "icloud.com", "comcast.net",
              "att.net", "verizon.net", "protonmail.com", "sbcglobal.net", "charter.net", "msn.com", "me.com"]
INTL_DOMAINS = {"GB": ["btinternet.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk"], "CA": ["rogers.com", "shaw.ca", "videotron.ca", "sympatico.ca"],
                "DE": ["gmx.de", "web.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
                "MX": ["prodigy.net.mx", "hotmail.com.mx", "gmail.com"], "BR": ["terra.com.br", "uol.com.br", "bol.com.br"],
                "JP": ["yahoo.co.jp", "docomo.ne.jp", "nifty.com"], "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
                "ES": ["telefonica.net", "hotmail.es", "gmail.com"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
                "NL": ["ziggo.nl", "kpnmail.nl", "planet.nl"], "PL": ["wp.pl", "onet.pl", "interia.pl"],
                "KR": ["naver.com", "daum.net", "hanmail.net"], "CN": ["qq.com", "163.com", "126.com"],
                "RU": ["mail.ru", "yandex.ru", "rambler.ru"], "PH": ["yahoo.com.ph", "gmail.com"],
                "VN": ["gmail.com", "yahoo.com.vn"], "TR": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
                "SA": ["hotmail.com", "gmail.com", "stc.com.sa"]}


def _slug_name(p):
    p = getattr(p, "latin", p)
    first = ascii_fold(p.first).lower().replace(" ", "")
    last = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    if not first or not last:  # non-Latin names: invent a Latin handle
        f = fk("en_US")
        first, last = f.first_name().lower(), f.last_name().lower()
    return first, last


def email_for(p, cc=None):
    first, last = _slug_name(p)
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{last}.{first}",
                        f"{first}{last}{rng.randint(1, 99)}", f"{first}_{last}", f"{first}.{last}{rng.randint(40, 79)}",
                        f"{last}{first[0]}", f"{first}.{last[0]}"])
    dom = rng.choice(INTL_DOMAINS[cc]) if cc else rng.choice(US_DOMAINS)
    return f"{local}@{dom}"


def url_for(p, cc=None, kind="any"):
    """kind: any, personal (own page/profile), fund (fundraiser or care page), visit (link with the name)."""
    first, last = _slug_name(p)
    n = rng.randint(1, 99)
    if cc:
        tld = {"GB": "co.uk", "DE": "de", "FR": "fr", "JP": "jp", "IN": "in", "ES": "es", "IT": "it",
               "NL": "nl", "PL": "pl", "BR": "com.br", "MX": "com.mx", "CA": "ca", "KR": "kr", "RU": "ru",
               "TR": "com.tr", "PH": "ph", "VN": "vn", "CN": "cn", "SA": "sa"}[cc]
        opts = {"personal": [f"https://www.{first}-{last}.{tld}", f"www.{last}{first}.{tld}",
                             f"https://www.facebook.com/{first}.{last}.{n}", f"https://{first}{last}.wordpress.com",
                             f"https://www.instagram.com/{first}_{last}_{n}", f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(1000, 9999)}",
                             f"https://{last}-{first}.blogspot.com"] + (
                                 [f"https://www.xing.com/profile/{first.title()}_{last.title()}"] if cc == "DE" else []),
                "fund": [f"https://www.gofundme.com/f/{first}-{last}-{rng.choice(['care', 'cuidados', 'pflege', 'soins'])}",
                         f"https://www.leetchi.com/c/{first}-{last}", f"https://www.{first}-{last}.{tld}/news"],
                "visit": [f"https://telemed.example.{tld}/room/{first}-{last}-{rng.randint(100, 999)}"]}
    else:
        opts = {"personal": [f"https://www.facebook.com/{first}.{last}.{n}", f"www.facebook.com/{first}{last}",
                             f"https://www.linkedin.com/in/{first}-{last}-{rng.choice(['rn', 'cna', 'lpn', str(n)])}",
                             f"instagram.com/{first}{last}{n}", f"https://{first}{last}.com", f"http://www.{first}-{last}.net",
                             f"https://{first}{last}.blogspot.com", f"https://www.youtube.com/@{first}{last}",
                             f"https://www.tiktok.com/@{first}.{last}", f"https://{first}-{last}.substack.com"],
                "fund": [f"https://www.caringbridge.org/visit/{first}{last}", f"caringbridge.org/site/{first}-{last}",
                         f"https://www.gofundme.com/f/help-{first}-{last}-{rng.choice(['recover', 'get-home', 'fight-cancer', 'with-medical-bills'])}",
                         f"https://www.lotsahelpinghands.com/c/{rng.randint(600000, 999999)}-{last}-family",
                         f"https://www.mealtrain.com/trains/{last}-{first}", f"venmo.com/u/{first}-{last}-{rng.randint(1, 9)}",
                         f"https://www.{last}familyupdates.org", f"https://www.giveforward.com/{first}{last}"],
                "visit": [f"https://telehealth.example-health.org/join/{first}-{last}-{rng.randint(1000, 9999)}",
                          f"https://portal.example-clinic.com/checkin?patient={first}.{last}",
                          f"https://zoom.us/my/{first}.{last}.{n}", f"https://doxy.me/{first}{last}"],
                "obit": [f"https://www.legacy.com/us/obituaries/name/{first}-{last}-obituary",
                         f"https://www.{last}-funeral-home.com/obituaries/{first}-{last}",
                         f"https://www.tributearchive.com/obituaries/{rng.randint(10000000, 99999999)}/{first}-{last}"]}
    pool = opts[kind] if kind != "any" else [u for v in opts.values() for u in v]
    return rng.choice(pool)


# ---------------------------------------------------------------- numbers
def ssn():
    s = fk("en_US").ssn()
    a, b, c = s.split("-")
    return rng.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    c = [str(rng.randint(1, 9)), rng.choice(MBI_LET), rng.choice(MBI_LET + string.digits), str(rng.randint(0, 9)),
         rng.choice(MBI_LET), rng.choice(MBI_LET + string.digits), str(rng.randint(0, 9)), rng.choice(MBI_LET),
         rng.choice(MBI_LET), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    s = "".join(c)
    if dashes is None:
        dashes = rng.random() < 0.6
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def mrn_us():
    return rng.choice([D(8), D(7), "00" + D(6), f"{D(2)}-{D(5)}", f"{rng.choice(['E', 'M', 'H', 'K'])}{D(8)}",
                       f"{rng.choice(['MR', 'HX', 'CH', 'PT'])}-{D(7)}", mbi(), mbi(), f"{D(9)}{rng.choice('ABCJ')}",
                       f"{rng.choice(['W', 'XQW', 'YRH', 'ZGP', 'U'])}{D(9)}", f"{D(3)}-{D(3)}-{D(3)}",
                       f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{D(8)}",
                       f"H{D(4)} {D(5)}", f"{D(4)}-{D(4)}"])


def mrn_intl(cc):
    if cc == "GB":
        return f"{D(3)} {D(3)} {D(4)}"
    if cc == "DE":
        return f"{rng.choice(string.ascii_uppercase)}{D(9)}"
    if cc == "FR":
        return f"{rng.choice('12')} {D(2)} {D(2)} {D(2)} {D(3)} {D(3)} {D(2)}"
    if cc == "CA":
        return rng.choice([f"{D(4)}-{D(3)}-{D(3)}-{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}",
                           f"{fill('AAAA')} {D(4)} {D(4)}"])
    if cc == "IN":
        return rng.choice([f"UHID {D(8)}", f"{rng.choice(['AIIMS', 'CMC', 'KEM'])}-{D(6)}", f"{D(4)} {D(4)} {D(4)}"])
    if cc == "JP":
        return rng.choice([f"{D(8)}", f"記号 {D(4)} 番号 {D(3)}"])
    if cc == "MX":
        return rng.choice([f"{D(11)}", f"NSS {D(2)}-{D(2)}-{D(2)}-{D(4)}-{D(1)}"])
    if cc == "BR":
        return f"{D(3)} {D(4)} {D(4)} {D(4)}"
    if cc == "KR":
        return f"{D(6)}-{D(7)}"
    return rng.choice([f"{D(10)}", f"{rng.choice(string.ascii_uppercase)}-{D(7)}", f"{D(3)}-{D(6)}"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_LOCAL = {"ES": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                       "octubre", "noviembre", "diciembre"],
                "MX": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                       "octubre", "noviembre", "diciembre"],
                "FR": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                       "octobre", "novembre", "décembre"],
                "DE": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                       "Oktober", "November", "Dezember"],
                "IT": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                       "settembre", "ottobre", "novembre", "dicembre"],
                "BR": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                       "outubro", "novembro", "dezembro"]}


def _date(young=False):
    y = rng.randint(2005, 2019) if young else rng.randint(1926, 1978)
    return y, rng.randint(1, 12), rng.randint(1, 28)


def dob_us(young=False):
    y, m, d = _date(young)
    mon = MONTHS[m - 1]
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}-{d:02d}-{y}",
                       f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}",
                       f"{mon[:3]}. {d}, {y}", f"{m}-{d}-{y}", f"{mon} {d} {y}"])


def dob_intl(cc):
    y, m, d = _date()
    if cc in ("DE", "RU", "PL"):
        if cc == "DE" and rng.random() < 0.35:
            return f"{d}. {MONTHS_LOCAL['DE'][m - 1]} {y}"
        return f"{d:02d}.{m:02d}.{y}"
    if cc in ("JP", "CN"):
        return rng.choice([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])
    if cc == "KR":
        return rng.choice([f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}"])
    if cc in ("ES", "MX") and rng.random() < 0.4:
        return f"{d} de {MONTHS_LOCAL[cc][m - 1]} de {y}"
    if cc == "FR" and rng.random() < 0.4:
        return f"{d} {MONTHS_LOCAL['FR'][m - 1]} {y}"
    if cc == "IT" and rng.random() < 0.4:
        return f"{d} {MONTHS_LOCAL['IT'][m - 1]} {y}"
    if cc == "BR" and rng.random() < 0.4:
        return f"{d} de {MONTHS_LOCAL['BR'][m - 1]} de {y}"
    if cc == "NL":
        return f"{d:02d}-{m:02d}-{y}"
    if cc == "CA":
        return f"{y}-{m:02d}-{d:02d}"
    if cc == "GB" and rng.random() < 0.4:
        return f"{d} {MONTHS[m - 1]} {y}"
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}"])


def card():
    brand = rng.choice(["4", "4", "51", "55", "37", "6011", "4", "53"])
    ln = 15 if brand == "37" else 16
    num = make_card(rng, brand, ln, valid=rng.random() < 0.8)
    if ln == 15:
        return rng.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4))])


def routing():
    return rng.choice(["0", "1", "2", "3"]) + D(8)


def bank_acct():
    return rng.choice([D(10), D(12), D(8), f"{D(4)} {D(4)} {D(2)}", f"{D(3)}-{D(6)}", "00" + D(9)])


IBAN_CC = ["DE", "GB", "FR", "ES", "IT", "NL", "PL", "BE", "CH", "AT", "PT", "IE", "TR", "SA", "BR"]


def iban(cc=None):
    if cc not in IBAN_CC:
        cc = rng.choice(IBAN_CC)
    raw = make_iban(cc, rng)
    form = rng.random()
    if form < 0.45:
        s = spaced(raw)
    elif form < 0.8:
        s = raw
    else:
        s = spaced(raw) if rng.random() < 0.5 else raw
        s = s.lower()
    return s


def acct_intl(cc):
    if cc in IBAN_CC:
        return iban(cc)
    if cc == "MX":
        return D(18)
    if cc == "IN":
        return D(14)
    if cc == "JP":
        return D(7)
    if cc == "CA":
        return f"{D(5)}-{D(3)}-{D(7)}"
    if cc == "KR":
        return f"{D(3)}-{D(6)}-{D(5)}"
    if cc == "CN":
        return "6222 " + " ".join(D(4) for _ in range(3)) + " " + D(3)
    if cc == "RU":
        return "40817810" + D(12)
    return D(12)
