"""Value generators for the template part of dev60 (Faker + own lists). Everything is invented."""
import random, string, datetime
from faker import Faker

SEED = 60060

US_CITIES = [  # (city, state, 3-digit ZIP prefix) -- real places, invented ZIP tails
    ("Springfield", "IL", "627"), ("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Fresno", "CA", "937"),
    ("Stockton", "CA", "952"), ("Riverside", "CA", "925"), ("Aurora", "CO", "800"), ("Pueblo", "CO", "810"),
    ("Bridgeport", "CT", "066"), ("Dover", "DE", "199"), ("Ocala", "FL", "344"), ("Tampa", "FL", "336"),
    ("Hialeah", "FL", "330"), ("Macon", "GA", "312"), ("Savannah", "GA", "314"), ("Hilo", "HI", "967"),
    ("Nampa", "ID", "836"), ("Joliet", "IL", "604"), ("Gary", "IN", "464"), ("Evansville", "IN", "477"),
    ("Cedar Rapids", "IA", "524"), ("Topeka", "KS", "666"), ("Bowling Green", "KY", "421"), ("Shreveport", "LA", "711"),
    ("Lewiston", "ME", "042"), ("Silver Spring", "MD", "209"), ("Worcester", "MA", "016"), ("Lowell", "MA", "018"),
    ("Flint", "MI", "485"), ("Kalamazoo", "MI", "490"), ("Duluth", "MN", "558"), ("Rochester", "MN", "559"),
    ("Jackson", "MS", "392"), ("Joplin", "MO", "648"), ("Billings", "MT", "591"), ("Lincoln", "NE", "685"),
    ("Henderson", "NV", "890"), ("Nashua", "NH", "030"), ("Paterson", "NJ", "075"), ("Las Cruces", "NM", "880"),
    ("Yonkers", "NY", "107"), ("Utica", "NY", "135"), ("Brooklyn", "NY", "112"), ("Durham", "NC", "277"),
    ("Fayetteville", "NC", "283"), ("Fargo", "ND", "581"), ("Akron", "OH", "443"), ("Tulsa", "OK", "741"),
    ("Salem", "OR", "973"), ("Erie", "PA", "165"), ("Scranton", "PA", "185"), ("Warwick", "RI", "028"),
    ("Greenville", "SC", "296"), ("Rapid City", "SD", "577"), ("Knoxville", "TN", "379"), ("Laredo", "TX", "780"),
    ("El Paso", "TX", "799"), ("Lubbock", "TX", "794"), ("Pasadena", "TX", "775"), ("Provo", "UT", "846"),
    ("Burlington", "VT", "054"), ("Norfolk", "VA", "235"), ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"),
    ("Wheeling", "WV", "260"), ("Green Bay", "WI", "543"), ("Casper", "WY", "826"), ("Anchorage", "AK", "995"),
    ("Little Rock", "AR", "722"), ("Mobile", "AL", "366"), ("Huntsville", "AL", "358"), ("Chula Vista", "CA", "919"),
]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "CA": "California", "TX": "Texas", "NY": "New York", "FL": "Florida",
               "PA": "Pennsylvania", "GA": "Georgia", "MI": "Michigan", "NC": "North Carolina", "WA": "Washington"}
US_STREETS = ["Oak St", "Maple Ave", "N Main St", "S Main Street", "Martin Luther King Jr Blvd", "Old Mill Rd",
              "County Road 12", "E 14th St", "W 3rd Ave", "Cedar Ln", "Pine Ridge Dr", "Lincoln Ave", "Washington St",
              "Jefferson Blvd", "Magnolia Ct", "Sunset Blvd", "Park Ave", "Highland Ave", "Church St", "Willow Way",
              "Lakeview Dr", "Elm St", "Hillcrest Rd", "Calle Real", "Vista Del Sol", "Broadway", "Market St",
              "N 42nd St", "SE Division St", "Riverside Dr", "Dogwood Trl", "Cherry Hill Rd", "State Route 9",
              "Walnut St", "Birch Hollow Ln", "Frontage Rd", "Peachtree Ave", "Quail Creek Cir", "Harbor View Rd"]
US_UNITS = ["Apt 4B", "Apt. 12", "Unit 3", "Suite 210", "Ste 300", "#12", "Apt #5C", "Lot 44", "Fl 2", "Bldg C, Apt 7",
            "APT 2F", "Unit 1107", "# 9", "Trlr 18", "Rm 204"]
ENGLISH_WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Banks", "Stone", "Wood", "King", "Price",
                         "Bell", "Rivers", "Frost", "Lake", "Marsh", "Moody", "Hunt", "Fox", "Lamb", "Love", "Snow",
                         "Gray", "Green", "White", "Long", "Rich", "Sharp", "Little", "Strong", "Early", "Bush"]
ENGLISH_WORD_GIVEN = ["Hope", "Faith", "Grace", "Joy", "Will", "Mark", "Bill", "Sunny", "Rocky", "Dawn", "Iris",
                      "Ivy", "Hunter", "Sky", "Autumn", "Summer", "Penny", "Chance", "Destiny", "Crystal"]
US_EXTRA_NAMES = [  # names common in US households from many backgrounds (given, family)
    ("Minh", "Tran"), ("Ji-hoon", "Park"), ("Seo-yeon", "Kim"), ("Aarav", "Patel"), ("Priya", "Shah"),
    ("Mohammed", "Haddad"), ("Fatima", "Abdi"), ("Oluwaseun", "Adeyemi"), ("Chidi", "Okeke"), ("Xiomara", "Reyes"),
    ("Guadalupe", "Soto"), ("Thanh", "Nguyen"), ("Bich", "Pham"), ("Rahim", "Chowdhury"), ("Svetlana", "Ivanova"),
    ("Tomasz", "Kowalski"), ("Giovanni", "Russo"), ("Ayesha", "Siddiqui"), ("Kenji", "Watanabe"), ("Mei", "Lin"),
    ("Deshawn", "Washington"), ("Latoya", "Jefferson"), ("Tyrone", "Booker"), ("Keanu", "Kahale"), ("Nizhoni", "Begay"),
]

# International pieces (real towns, invented streets/numbers) --------------------------------------------
UK_TOWNS = [("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Cardiff", "CF"), ("Norwich", "NR"),
            ("Edinburgh", "EH"), ("Belfast", "BT"), ("York", "YO"), ("Brighton", "BN"), ("Leicester", "LE"),
            ("Sheffield", "S"), ("Swansea", "SA"), ("Aberdeen", "AB"), ("Exeter", "EX"), ("Nottingham", "NG")]
UK_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Road", "Kings Road",
              "Queen Street", "The Crescent", "Albert Terrace", "Windsor Close", "Manor Way", "Orchard Grove"]
CA_CITIES = [("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
             ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Montréal", "QC", "H"), ("Saskatoon", "SK", "S")]
CA_STREETS = ["Yonge St", "Bank St", "Main St", "Portage Ave", "Jasper Ave", "Rue Saint-Denis", "Granville St",
              "Queen St W", "Spring Garden Rd", "Broadway Ave"]
DE_CITIES = [("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50"), ("Leipzig", "04"),
             ("Dresden", "01"), ("Stuttgart", "70"), ("Bremen", "28"), ("Freiburg im Breisgau", "79"), ("Kassel", "34")]
FR_CITIES = [("Paris", "750"), ("Lyon", "690"), ("Marseille", "130"), ("Toulouse", "310"), ("Nantes", "440"),
             ("Lille", "590"), ("Rennes", "350"), ("Strasbourg", "670"), ("Montpellier", "340")]
FR_STREETS = ["rue de la République", "avenue Victor Hugo", "rue des Lilas", "boulevard Gambetta",
              "rue du Général Leclerc", "allée des Tilleuls", "rue Pasteur", "place de la Mairie"]
ES_CITIES = [("Madrid", "280"), ("Sevilla", "410"), ("Zaragoza", "500"), ("Bilbao", "480"), ("Valencia", "460"),
             ("Murcia", "300"), ("Granada", "180")]
ES_STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Paseo de la Castellana",
              "Calle San Francisco", "Avenida de Andalucía", "Calle Real"]
MX_CITIES = [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
             ("Puebla", "Pue.", "72"), ("Mérida", "Yuc.", "97"), ("Oaxaca de Juárez", "Oax.", "68"),
             ("Tijuana", "B.C.", "22")]
MX_STREETS = ["Av. Juárez", "Calle Hidalgo", "Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Revolución",
              "Calle Allende", "Av. Vallarta"]
MX_COLONIAS = ["Centro", "Roma Norte", "Del Valle", "Americana", "Obispado", "San Benito", "Jardines del Bosque"]
BR_CITIES = [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"),
             ("Recife", "PE", "5"), ("Porto Alegre", "RS", "9"), ("Salvador", "BA", "4"), ("Curitiba", "PR", "8")]
BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua Sete de Setembro", "Avenida Brasil",
              "Rua Tiradentes", "Rua Voluntários da Pátria"]
BR_BAIRROS = ["Centro", "Copacabana", "Boa Viagem", "Savassi", "Moinhos de Vento", "Pinheiros", "Batel"]
IT_CITIES = [("Roma", "RM", "00"), ("Milano", "MI", "20"), ("Napoli", "NA", "80"), ("Bologna", "BO", "40"),
             ("Palermo", "PA", "90"), ("Firenze", "FI", "50"), ("Bari", "BA", "70")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Dante", "Viale dei Mille", "Via Mazzini"]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Haarlem", "Leiden"]
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsplein", "Julianalaan"]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Poznań", "6"), ("Gdańsk", "8"), ("Lublin", "2")]
PL_STREETS = ["ul. Mickiewicza", "ul. Polna", "ul. Kościuszki", "al. Jana Pawła II", "ul. Słowackiego", "ul. Lipowa"]
IN_CITIES = [("Mumbai", "400"), ("Pune", "411"), ("Chennai", "600"), ("Hyderabad", "500"), ("Kolkata", "700"),
             ("Lucknow", "226"), ("Ahmedabad", "380"), ("Kochi", "682")]
IN_AREAS = ["MG Road", "Andheri East", "Koregaon Park", "T. Nagar", "Banjara Hills", "Salt Lake Sector V",
            "Gomti Nagar", "Navrangpura", "Kakkanad"]
TR_CITIES = [("İstanbul", "34"), ("Ankara", "06"), ("İzmir", "35"), ("Bursa", "16"), ("Antalya", "07")]
TR_PARTS = [("Atatürk Cad.", "Kızılay"), ("Cumhuriyet Sok.", "Moda"), ("Gazi Bulvarı", "Alsancak"),
            ("İnönü Cad.", "Nilüfer"), ("Lara Cad.", "Muratpaşa")]
PH_CITIES = [("Quezon City", "11"), ("Makati", "12"), ("Cebu City", "60"), ("Davao City", "80"), ("Pasig", "16")]
PH_STREETS = ["Rizal St.", "Mabini St.", "Aguinaldo Ave.", "Bonifacio St.", "Del Pilar St."]
SA_CITIES = [("Riyadh", "1"), ("Jeddah", "2"), ("Dammam", "3")]
SA_STREETS = ["King Fahd Road", "Prince Sultan Street", "Tahlia Street", "Al Madinah Road"]
NONLATIN_CITIES = {"ja": ["東京", "大阪", "名古屋", "札幌", "福岡"], "zh": ["北京", "上海", "广州", "成都", "武汉"],
                   "ko": ["서울", "부산", "대구", "인천", "광주"], "ru": ["Москва", "Новосибирск", "Казань", "Екатеринбург"],
                   "ar": ["الرياض", "جدة", "الدمام", "مكة"], "hi": ["दिल्ली", "जयपुर", "लखनऊ", "पटना"]}

LOCALE = {"uk": "en_GB", "ca": "en_CA", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "mx": "es_MX", "br": "pt_BR",
          "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL", "in": "en_IN", "tr": "tr_TR", "ph": "en_PH", "sa": "ar_SA",
          "ja": "ja_JP", "zh": "zh_CN", "ko": "ko_KR", "ru": "ru_RU", "vi": "vi_VN", "hi": "hi_IN", "ie": "en_IE",
          "at": "de_AT", "ch": "fr_CH"}
COUNTRY_NAME = {"uk": "UK", "ca": "Canada", "de": "Germany", "fr": "France", "es": "Spain", "mx": "Mexico",
                "br": "Brazil", "it": "Italy", "nl": "the Netherlands", "pl": "Poland", "in": "India", "tr": "Turkey",
                "ph": "the Philippines", "sa": "Saudi Arabia", "ja": "Japan", "zh": "China", "ko": "Korea",
                "ru": "Russia", "vi": "Vietnam", "hi": "India"}
IBAN_LOCALES = ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "en_GB", "de_AT", "fr_CH", "en_IE",
                "tr_TR", "pt_PT"]


class Gen:
    def __init__(self, seed=SEED):
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(sorted(set(LOCALE.values()) | set(IBAN_LOCALES) | {"en_US"})):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fk[loc] = f

    # -- small helpers
    def pick(self, xs):
        return self.r.choice(xs)

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def chance(self, p):
        return self.r.random() < p

    # -- US people
    def us_first(self):
        x = self.r.random()
        if x < 0.12:
            return self.pick(ENGLISH_WORD_GIVEN)
        if x < 0.30:
            return self.pick(US_EXTRA_NAMES)[0]
        if x < 0.40:
            return self.fk["es_MX"].first_name()
        return self.fk["en_US"].first_name()

    def us_last(self):
        x = self.r.random()
        if x < 0.18:
            return self.pick(ENGLISH_WORD_SURNAMES)
        if x < 0.32:
            return self.pick(US_EXTRA_NAMES)[1]
        if x < 0.42:
            return self.fk["es_MX"].last_name()
        return self.fk["en_US"].last_name()

    def us_full(self):
        if self.chance(0.12):
            return f"{self.us_first()} {self.pick(string.ascii_uppercase)}. {self.us_last()}"
        return f"{self.us_first()} {self.us_last()}"

    # -- US places
    def _zip(self, prefix, plus4=None):
        z = prefix + self.digits(2)
        if plus4 or (plus4 is None and self.chance(0.2)):
            z += "-" + self.digits(4)
        return z

    def us_city(self):
        return self.pick(US_CITIES)

    def us_street(self):
        num = str(self.r.choice([self.r.randint(1, 99), self.r.randint(100, 999), self.r.randint(1000, 9999),
                                 self.r.randint(10000, 24999)]))
        st = self.pick(US_STREETS)
        if self.chance(0.3):
            fst = self.fk["en_US"].street_name()
            if fst.split()[-1] in ("Street", "Avenue", "Road", "Drive", "Lane", "Court", "Place", "Way", "Circle",
                                   "Trail", "Parkway", "Boulevard", "Terrace", "Ridge", "Pike", "Loop"):
                st = fst
        s = f"{num} {st}"
        if self.chance(0.45):
            unit = self.pick(US_UNITS)
            s += (" " if unit.startswith("#") or self.chance(0.5) else ", ") + unit
        return s

    def us_address(self, multiline=None, kind=None):
        kind = kind or self.r.choices(["street", "pobox", "military", "rural"], [0.75, 0.1, 0.08, 0.07])[0]
        city, st, pre = self.us_city()
        if kind == "military":
            return self.military()
        if kind == "pobox":
            first = self.pick(["PO Box", "P.O. Box", "POB", "Post Office Box"]) + " " + str(self.r.randint(1, 99999))
        elif kind == "rural":
            first = self.pick(["RR", "Rural Route", "HC", "RR #"]) + " " + str(self.r.randint(1, 9)) + " Box " + \
                str(self.r.randint(1, 399)) + self.pick(["", "", "A", "B"])
        else:
            first = self.us_street()
        state = st if self.chance(0.88) else STATE_NAMES.get(st, st)
        last = f"{city}, {state} {self._zip(pre)}"
        if self.chance(0.12):
            last = f"{city} {state} {self._zip(pre)}"
        ml = self.chance(0.25) if multiline is None else multiline
        return f"{first}\n{last}" if ml else f"{first}, {last}"

    def military(self):
        kind = self.r.randint(0, 3)
        aa = self.pick([("AE", "09" + self.digits(3)), ("AP", "96" + str(self.r.randint(2, 6)) + self.digits(2)),
                        ("AA", "340" + self.digits(2))])
        post = self.pick(["APO", "FPO", "DPO"])
        if kind == 0:
            a = f"PSC {self.r.randint(1000, 9999)}, Box {self.r.randint(1, 9999)}"
        elif kind == 1:
            a = f"Unit {self.r.randint(2000, 9999)} Box {self.r.randint(1, 999)}"
        elif kind == 2:
            a = f"CMR {self.r.randint(400, 499)} Box {self.r.randint(1, 9999)}"
        else:
            a = f"USS {self.pick(['Carl Vinson', 'Nimitz', 'Bataan', 'Gerald R. Ford', 'Mesa Verde'])}"
            post = "FPO"
        return f"{a}, {post} {aa[0]} {aa[1]}"

    def city_state(self):
        c, s, _ = self.us_city()
        return f"{c}, {s}"

    # -- US phones
    def us_phone(self):
        a = str(self.r.randint(2, 9)) + self.digits(2)
        while a[1:] == "11" or a[1] == "9":
            a = str(self.r.randint(2, 9)) + self.digits(2)
        if self.chance(0.35):
            b, c = "555", "01" + self.digits(2)
        else:
            b, c = str(self.r.randint(2, 9)) + self.digits(2), self.digits(4)
        shape = self.r.randint(0, 10)
        s = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
             f"001-{a}-{b}-{c}", f"({a}){b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}", f"+1-{a}-{b}-{c}"][shape]
        if self.chance(0.15):
            s += self.pick([f" x{self.digits(self.r.randint(2, 4))}", f" ext. {self.r.randint(1, 999)}",
                            f" extension {self.r.randint(1, 9)}", f" ext {self.digits(3)}", f"x{self.digits(3)}"])
        return s

    def vanity_phone(self):
        word = self.pick(["FLOWERS", "GETCARE", "MYNURSE", "CALLBOB", "PAINTER", "TAXMOM", "HANDYMN", "BAKERY1"])
        return self.pick([f"1-800-{word}", f"1-888-{word[:3]}-{word[3:]}", f"(877) {word}", f"1-866-{word}"])

    # -- INTL people / places / phones
    def intl_person(self, cc):
        f = self.fk[LOCALE[cc]]
        if cc in ("zh", "ko"):
            return f.last_name() + f.first_name()
        if cc == "ja":
            return f"{f.last_name()} {f.first_name()}"
        if cc == "ru":
            if self.chance(0.4):
                return f"{f.last_name()} {f.first_name()} {f.middle_name()}"
            return f"{f.first_name()} {f.last_name()}"
        if cc in ("sa", "hi"):
            return f"{f.first_name()} {f.last_name()}"
        if cc == "vi":
            return f"{f.last_name()} {self.pick(['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Quốc', 'Thanh'])} {self.intl_first(cc)}"
        return f"{f.first_name()} {f.last_name()}"

    def intl_first(self, cc):
        f = self.fk[LOCALE[cc]]
        if cc == "vi":  # vi_VN first_name() returns placeholder names in this Faker version
            return f.first_name_female() if self.chance(0.5) else f.first_name_male()
        return f.first_name()

    def intl_city(self, cc):
        t = {"uk": UK_TOWNS, "ca": CA_CITIES, "de": DE_CITIES, "fr": FR_CITIES, "es": ES_CITIES, "mx": MX_CITIES,
             "br": BR_CITIES, "it": IT_CITIES, "pl": PL_CITIES, "in": IN_CITIES, "tr": TR_CITIES, "ph": PH_CITIES,
             "sa": SA_CITIES}
        if cc in t:
            return self.pick(t[cc])[0]
        if cc == "nl":
            return self.pick(NL_CITIES)
        if cc in NONLATIN_CITIES:
            return self.pick(NONLATIN_CITIES[cc])
        if cc == "vi":
            return self.pick(["Hà Nội", "Huế", "Cần Thơ", "Hải Phòng"])
        if cc == "at":
            return self.pick(["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"])
        if cc == "ie":
            return self.pick(["Dublin", "Cork", "Galway", "Limerick"])
        raise KeyError(cc)

    def intl_address(self, cc):
        r, d = self.r, self.digits
        if cc == "uk":
            town, pc = self.pick(UK_TOWNS)
            post = f"{pc}{r.randint(1, 28)} {r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            flat = self.pick(["", "", f"Flat {r.randint(1, 20)}, ", f"{r.randint(1, 9)}{self.pick('ABC')} "])
            return f"{flat}{r.randint(1, 240)} {self.pick(UK_STREETS)}, {town} {post}"
        if cc == "ca":
            city, prov, l1 = self.pick(CA_CITIES)
            pc = f"{l1}{r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
            unit = self.pick(["", f"Apt {r.randint(101, 2405)}, ", f"Unit {r.randint(1, 40)}, ", ""])
            return f"{unit}{r.randint(10, 9999)} {self.pick(CA_STREETS)}, {city}, {prov} {pc}"
        if cc == "de":
            city, p = self.pick(DE_CITIES)
            st = self.fk["de_DE"].street_name()
            return f"{st} {r.randint(1, 140)}{self.pick(['', '', 'a', 'b'])}, {p}{d(3)} {city}"
        if cc == "at":
            return f"{self.fk['de_AT'].street_name()} {r.randint(1, 90)}/{r.randint(1, 20)}, {r.randint(1, 9)}{d(3)} {self.pick(['Wien', 'Graz', 'Linz', 'Salzburg'])}"
        if cc == "fr":
            city, p = self.pick(FR_CITIES)
            return f"{r.randint(1, 180)}{self.pick(['', '', ' bis'])} {self.pick(FR_STREETS)}, {p}{d(2)} {city}"
        if cc == "es":
            city, p = self.pick(ES_CITIES)
            return f"{self.pick(ES_STREETS)} {r.randint(1, 150)}, {r.randint(1, 9)}º {self.pick('ABCD')}, {p}{d(2)} {city}"
        if cc == "mx":
            city, stt, p = self.pick(MX_CITIES)
            cp = (p + d(5))[:5]
            return f"{self.pick(MX_STREETS)} {r.randint(1, 2999)}, Col. {self.pick(MX_COLONIAS)}, {cp} {city}, {stt}"
        if cc == "br":
            city, uf, p = self.pick(BR_CITIES)
            apto = self.pick(["", f", apto {r.randint(11, 1204)}", f", casa {r.randint(1, 9)}"])
            return f"{self.pick(BR_STREETS)}, {r.randint(1, 3999)}{apto} - {self.pick(BR_BAIRROS)}, {city} - {uf}, {p}{d(4)}-{d(3)}"
        if cc == "it":
            city, pr, p = self.pick(IT_CITIES)
            return f"{self.pick(IT_STREETS)} {r.randint(1, 200)}, {p}{d(3)} {city} ({pr})"
        if cc == "nl":
            return f"{self.pick(NL_STREETS)} {r.randint(1, 300)}, {r.randint(1, 9)}{d(3)} {self.pick('ABCDEGHJKLMNPRSTVWXZ')}{self.pick('ABCDEGHJKLMNPRSTVWXZ')} {self.pick(NL_CITIES)}"
        if cc == "pl":
            city, p = self.pick(PL_CITIES)
            return f"{self.pick(PL_STREETS)} {r.randint(1, 120)}/{r.randint(1, 60)}, {p}{d(1)}-{d(3)} {city}"
        if cc == "in":
            city, p = self.pick(IN_CITIES)
            return f"{self.pick(['Flat', 'No.', 'House No.'])} {r.randint(1, 900)}, {self.pick(IN_AREAS)}, {city} {p}{d(3)}"
        if cc == "tr":
            city, p = self.pick(TR_CITIES)
            st, mah = self.pick(TR_PARTS)
            return f"{mah} Mah., {st} No:{r.randint(1, 220)} D:{r.randint(1, 30)}, {p}{d(3)} {city}"
        if cc == "ph":
            city, p = self.pick(PH_CITIES)
            return f"{r.randint(1, 999)} {self.pick(PH_STREETS)}, Brgy. {self.pick(['San Roque', 'Poblacion', 'Bagong Silang', 'Santo Niño'])}, {city} {p}{d(2)}"
        if cc == "sa":
            city, p = self.pick(SA_CITIES)
            return f"{r.randint(1000, 9999)} {self.pick(SA_STREETS)}, {self.pick(['Al Olaya', 'Al Rawdah', 'Al Faisaliyah'])}, {city} {p}{d(4)}"
        if cc == "ja":
            f = self.fk["ja_JP"]
            return f"〒{d(3)}-{d(4)} {f.prefecture()}{f.city()}{f.town()}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        if cc == "zh":
            return self.fk["zh_CN"].address().replace("\n", " ")
        if cc == "ko":
            return self.fk["ko_KR"].address().replace("\n", " ")
        if cc == "ru":
            return self.fk["ru_RU"].address().replace("\n", " ")
        if cc == "vi":
            return self.fk["vi_VN"].address().replace("\n", " ")
        raise KeyError(cc)

    def intl_phone(self, cc):
        r, d = self.r, self.digits
        opts = {
            "uk": [f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}", f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}",
                   f"0161 496 0{d(3)}", f"+44 (0)113 496 0{d(3)}"],
            "de": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 15{d(1)} {d(8)}", f"0171 {d(7)}", f"+49 (0)89 {d(3)} {d(4)}"],
            "at": [f"+43 1 {d(3)} {d(2)} {d(2)}", f"0664 {d(7)}"],
            "fr": [f"+33 {r.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}", f"0{r.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"0{r.randint(6, 7)}.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
            "mx": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
            "br": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) {d(4)}-{d(4)}"],
            "ja": [f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}"],
            "in": [f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"080 {d(4)} {d(4)}", f"+91-22-{d(8)}"],
            "es": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91{d(1)} {d(3)} {d(3)}", f"+34 93 {d(3)} {d(2)} {d(2)}"],
            "it": [f"+39 06 {d(4)} {d(4)}", f"33{d(1)} {d(3)} {d(4)}", f"+39 02 {d(8)}"],
            "nl": [f"+31 6 {d(8)}", f"020-{d(7)}", f"06-{d(8)}"],
            "pl": [f"+48 {r.randint(5, 8)}{d(2)} {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}"],
            "zh": [f"+86 13{d(1)} {d(4)} {d(4)}", f"010-{d(4)} {d(4)}", f"139{d(8)}"],
            "ko": [f"+82 10-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"010-{d(4)}-{d(4)}"],
            "ru": [f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (916) {d(3)}-{d(2)}-{d(2)}", f"+7 (812) {d(3)}-{d(2)}-{d(2)}"],
            "tr": [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}"],
            "vi": [f"+84 9{d(1)} {d(3)} {d(4)}", f"09{d(2)} {d(3)} {d(3)}"],
            "ph": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}"],
            "sa": [f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"],
            "ie": [f"+353 1 {d(3)} {d(4)}", f"08{r.randint(3, 9)} {d(3)} {d(4)}"],
        }
        opts["hi"] = opts["in"]
        opts["ca"] = opts["uk"]  # not used for phones
        return self.pick(opts[cc])

    # -- contact details
    def email(self, name=None, intl=False):
        r = self.r
        if name is None or self.chance(0.2):
            return self.fk["en_US"].free_email() if not intl else self.fk[self.pick(IBAN_LOCALES)].free_email()
        import unicodedata
        base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
        parts = [p for p in base.replace(".", " ").replace("'", "").replace("-", " ").split() if p]
        if not parts:
            return self.fk["en_US"].free_email()
        first, last = parts[0], parts[-1]
        user = self.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{r.randint(1, 99)}",
                          f"{last}.{first[0]}", f"{first}_{last}", f"{first}{r.randint(1940, 2001)}",
                          f"{last}{first[0]}{r.randint(1, 9)}", f"{first}.{last}.home"])
        dom = self.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
                         "comcast.net", "att.net", "protonmail.com", "sbcglobal.net", "verizon.net", "me.com"]
                        if not intl else ["gmail.com", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "libero.it",
                                          "uol.com.br", "yahoo.com.mx", "naver.com", "qq.com", "mail.ru",
                                          "rediffmail.com", "hotmail.es", "wp.pl", "ziggo.nl"])
        return f"{user}@{dom}"

    def url(self, name):
        import unicodedata
        base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
        parts = [p for p in base.replace(".", " ").replace("'", "").split() if p] or ["family"]
        slug = "-".join(parts)
        joined = "".join(parts)
        return self.pick([f"https://www.caringbridge.org/visit/{joined}", f"https://www.gofundme.com/f/help-{slug}",
                          f"www.linkedin.com/in/{slug}-{self.digits(2)}", f"https://www.facebook.com/{joined}.{self.digits(2)}",
                          f"http://{joined}.com", f"https://{slug}.wordpress.com", f"https://www.{joined}photography.com",
                          f"instagram.com/{joined}_{self.digits(2)}", f"https://sites.google.com/view/{slug}",
                          f"https://www.legacy.com/obituaries/name/{slug}-obituary", f"{joined}.net/about"])

    # -- numbers
    def ssn(self):
        a = self.r.choice([self.r.randint(1, 665), self.r.randint(667, 899)])
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        return self.pick([f"{a:03d}-{g:02d}-{s:04d}"] * 3 + [f"{a:03d}{g:02d}{s:04d}", f"{a:03d} {g:02d} {s:04d}"])

    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        c = [str(self.r.randint(1, 9)), self.pick(L), self.pick(L + "0123456789"), self.digits(1), self.pick(L),
             self.pick(L + "0123456789"), self.digits(1), self.pick(L), self.pick(L), self.digits(1), self.digits(1)]
        s = "".join(c)
        return s if self.chance(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def mrn(self):
        return self.pick([self.digits(8), self.digits(7), f"{self.pick('ABCHMKP')}{self.digits(7)}",
                          f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}", f"{self.digits(2)}-{self.digits(6)}",
                          f"{self.pick(['MR', 'PT', 'CH', 'E'])}{self.digits(6)}", f"{self.digits(4)}-{self.digits(4)}",
                          f"00{self.digits(6)}", f"{self.pick(['W', 'XQ', 'ZG', 'U'])}{self.digits(9)}",
                          f"{self.pick(['JX', 'MC', 'KH'])}-{self.digits(5)}-{self.digits(2)}"])

    def medicaid_id(self):
        return self.pick([f"{self.pick(string.ascii_uppercase)}{self.pick(string.ascii_uppercase)}{self.digits(5)}{self.pick(string.ascii_uppercase)}",
                          self.digits(10), f"{self.digits(9)}{self.pick('ABCDEF')}"])

    def dob_date(self):
        return self.fk["en_US"].date_of_birth(minimum_age=18, maximum_age=99) if self.chance(0.93) else self.fk["en_US"].date_of_birth(minimum_age=2, maximum_age=17)

    def dob_us(self, d=None):
        d = d or self.dob_date()
        M = d.strftime("%B")
        return self.pick([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
                          f"{d.month}/{d.day}/{str(d.year)[2:]}", f"{M} {d.day}, {d.year}", f"{M[:3]} {d.day} {d.year}",
                          f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.month:02d}-{d.day:02d}-{d.year}",
                          f"{M[:3]}. {d.day}, {d.year}", f"{d.month}.{d.day}.{d.year}"])

    def dob_intl(self, cc=None):
        d = self.dob_date()
        if cc in ("ja", "zh"):
            return f"{d.year}年{d.month}月{d.day}日"
        if cc == "ko":
            return f"{d.year}년 {d.month}월 {d.day}일"
        mon = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
               "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
               "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]}
        if cc in ("de", "at") and self.chance(0.5):
            return f"{d.day}. {mon['de'][d.month - 1]} {d.year}"
        if cc == "fr" and self.chance(0.5):
            return f"{d.day} {mon['fr'][d.month - 1]} {d.year}"
        if cc in ("es", "mx") and self.chance(0.5):
            return f"{d.day} de {mon['es'][d.month - 1]} de {d.year}"
        return self.pick([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                          f"{d.day} {d.strftime('%B')} {d.year}", f"{d.day} {d.strftime('%b')} {d.year}",
                          f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day}-{d.month:02d}-{d.year}"])

    def luhn_card(self, valid=True):
        prefix = self.pick(["4", "4", "51", "52", "55", "2221", "34", "37", "6011", "65"])
        n = 15 if prefix in ("34", "37") else 16
        body = prefix + self.digits(n - len(prefix) - 1)
        for c in range(10):
            s = body + str(c)
            tot = 0
            for i, ch in enumerate(reversed(s)):
                x = int(ch)
                if i % 2 == 1:
                    x *= 2
                    x -= 9 if x > 9 else 0
                tot += x
            if tot % 10 == 0:
                break
        if not valid:
            c = (c + self.r.randint(1, 9)) % 10
        s = body + str(c)
        if n == 15:
            return self.pick([s, f"{s[:4]} {s[4:10]} {s[10:]}", f"{s[:4]}-{s[4:10]}-{s[10:]}"])
        return self.pick([s, " ".join(s[i:i + 4] for i in range(0, 16, 4)), "-".join(s[i:i + 4] for i in range(0, 16, 4))])

    def card(self):
        return self.luhn_card(valid=self.chance(0.8))

    def routing(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(8)]
            d[0] = self.r.choice([0, 1, 2, 3])
            for c in range(10):
                x = d + [c]
                if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                    return "".join(map(str, x))

    def bank_acct(self):
        return self.pick([self.digits(10), self.digits(12), self.digits(8), f"{self.digits(4)}-{self.digits(6)}",
                          f"00{self.digits(9)}"])

    def iban(self, loc=None):
        loc = loc or self.pick(IBAN_LOCALES)
        s = self.fk[loc].iban()
        shape = self.r.random()
        if shape < 0.45:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if self.chance(0.15):
            s = s.lower()
        return s
