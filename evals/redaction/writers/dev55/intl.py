"""International value generators for dev55 (own lists + Faker names)."""
import string

from values import R, ch, digits, fk, Person, MONTHS

UK_OUT = {"London": ["SE15", "N7", "E8", "NW3", "W12", "SW9", "E17", "N16"], "Manchester": ["M14", "M20", "M13"],
          "Birmingham": ["B15", "B29", "B13"], "Leeds": ["LS6", "LS8", "LS17"], "Glasgow": ["G12", "G41"],
          "Edinburgh": ["EH10", "EH6"], "Bristol": ["BS6", "BS3"], "Cardiff": ["CF24", "CF14"],
          "Liverpool": ["L17", "L18"], "Norwich": ["NR2", "NR4"], "Nottingham": ["NG7", "NG5"], "Belfast": ["BT9", "BT7"]}
UK_STREETS = ["Victoria Road", "Church Street", "Station Road", "Park Avenue", "Queens Road", "Mill Lane", "The Crescent",
              "Albert Street", "Grange Road", "Kings Drive", "Elm Grove", "Manor Way", "Beech Close", "Orchard Gardens",
              "St Mary's Road", "Windsor Terrace", "Highfield Road", "Cavendish Place", "Oakwood Mews"]
CA_CITIES = [("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"), ("Calgary", "AB", "T"),
             ("Ottawa", "ON", "K"), ("Halifax", "NS", "B"), ("Winnipeg", "MB", "R"), ("Edmonton", "AB", "T")]
CA_STREETS = ["Queen St W", "Bloor St E", "Rue Saint-Denis", "Granville St", "Jasper Ave", "Portage Ave", "Bank St",
              "Spring Garden Rd", "Avenue du Parc", "Kensington Rd NW", "Dundas St W"]
DE_CITIES = [("Berlin", 10115, 14199), ("München", 80331, 81929), ("Hamburg", 20095, 22769), ("Köln", 50667, 51149),
             ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Leipzig", 4103, 4357),
             ("Dresden", 1067, 1328), ("Bremen", 28195, 28779), ("Hannover", 30159, 30669), ("Nürnberg", 90402, 90491)]
FR_CITIES = [("Paris", 75001, 75020), ("Lyon", 69001, 69009), ("Marseille", 13001, 13016), ("Toulouse", 31000, 31500),
             ("Nantes", 44000, 44300), ("Lille", 59000, 59800), ("Bordeaux", 33000, 33800), ("Strasbourg", 67000, 67200),
             ("Rennes", 35000, 35200), ("Nice", 6000, 6300)]
MX_CITIES = [("Ciudad de México", "CDMX", 1000, 16999), ("Guadalajara", "Jal.", 44100, 45200),
             ("Monterrey", "N.L.", 64000, 64999), ("Puebla", "Pue.", 72000, 72599), ("Mérida", "Yuc.", 97000, 97399),
             ("Tijuana", "B.C.", 22000, 22699), ("Oaxaca de Juárez", "Oax.", 68000, 68299)]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle Hidalgo", "Paseo de la Reforma", "Calle Allende",
              "Calle Zaragoza", "Av. Revolución", "Calle Guerrero", "Av. Universidad", "Calle Independencia"]
MX_COL = ["Roma Norte", "Condesa", "Del Valle", "Centro", "Narvarte", "Americana", "Chapultepec", "Las Águilas",
          "Jardines del Bosque", "Obrera", "San Benito"]
BR_CITIES = [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"), ("Curitiba", "PR", "8"),
             ("Salvador", "BA", "4"), ("Recife", "PE", "5"), ("Porto Alegre", "RS", "9"), ("Fortaleza", "CE", "6")]
BR_STREETS = ["Rua das Flores", "Av. Paulista", "Rua Augusta", "Rua XV de Novembro", "Av. Atlântica", "Rua da Bahia",
              "Rua dos Andradas", "Av. Sete de Setembro", "Rua Oscar Freire", "Travessa do Ouvidor"]
BR_BAIRRO = ["Centro", "Bela Vista", "Copacabana", "Savassi", "Batel", "Boa Viagem", "Moinhos de Vento", "Pinheiros",
             "Tijuca", "Meireles"]
JP_ADDR = [("東京都新宿区西新宿", "160-0023", "Nishi-Shinjuku, Shinjuku-ku, Tokyo"), ("大阪府大阪市北区梅田", "530-0001", "Umeda, Kita-ku, Osaka"),
           ("京都府京都市左京区下鴨", "606-0801", "Shimogamo, Sakyo-ku, Kyoto"), ("神奈川県横浜市中区山下町", "231-0023", "Yamashitacho, Naka-ku, Yokohama"),
           ("北海道札幌市中央区北一条西", "060-0001", "Kita-ichijo-nishi, Chuo-ku, Sapporo"), ("福岡県福岡市博多区博多駅前", "812-0011", "Hakataekimae, Hakata-ku, Fukuoka"),
           ("愛知県名古屋市中村区名駅", "450-0002", "Meieki, Nakamura-ku, Nagoya")]
IN_CITIES = [("Mumbai", "Maharashtra", "400"), ("New Delhi", "Delhi", "110"), ("Bengaluru", "Karnataka", "560"),
             ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("Pune", "Maharashtra", "411"),
             ("Kolkata", "West Bengal", "700"), ("Ahmedabad", "Gujarat", "380"), ("Kochi", "Kerala", "682")]
IN_AREAS = ["Indiranagar", "Andheri West", "Banjara Hills", "Salt Lake Sector 1", "Koregaon Park", "T. Nagar",
            "Lajpat Nagar", "Navrangpura", "Kakkanad", "Jayanagar 4th Block"]
IN_BLDG = ["Shanti Apartments", "Sai Residency", "Green Park Towers", "Lakshmi Nivas", "Sunrise Enclave", "Prestige Meadows"]
ES_CITIES = [("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Sevilla", 41001, 41020),
             ("Málaga", 29001, 29018), ("Zaragoza", 50001, 50021), ("Bilbao", 48001, 48015)]
ES_STREETS = ["Calle Mayor", "Calle de Alcalá", "Carrer de Mallorca", "Av. de la Constitución", "Calle Larios",
              "Gran Vía", "Calle San Fernando", "Paseo de Gracia", "Calle del Pez", "Calle Sierpes"]
IT_CITIES = [("Roma", "RM", 118, 199, "00"), ("Milano", "MI", 20121, 20162, ""), ("Napoli", "NA", 80121, 80147, ""),
             ("Torino", "TO", 10121, 10156, ""), ("Bologna", "BO", 40121, 40141, ""), ("Palermo", "PA", 90121, 90151, ""),
             ("Firenze", "FI", 50121, 50145, "")]
IT_STREETS = ["Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via Dante", "Piazza Cavour", "Via Mazzini",
              "Viale dei Mille", "Via dei Serragli", "Via Toledo", "Via Po"]
NL_CITIES = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Utrecht", 3511, 3585), ("Den Haag", 2511, 2597),
             ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Leiden", 2311, 2334)]
NL_STREETS = ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Oudegracht", "Witte de Withstraat", "Stationsweg",
              "Vondelstraat", "Lange Voorhout", "Nieuwe Binnenweg"]
PL_CITIES = [("Warszawa", "0", 0, 4), ("Kraków", "3", 0, 1), ("Gdańsk", "80", None, None), ("Wrocław", "5", 0, 4),
             ("Poznań", "6", 0, 1), ("Łódź", "9", 0, 4), ("Lublin", "20", None, None)]
PH_CITIES = [("Quezon City", "1100"), ("Manila", "1000"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Makati", "1200"),
             ("Pasig", "1600"), ("Iloilo City", "5000")]
PH_STREETS = ["Mabini St", "Rizal Ave", "Bonifacio St", "Luna St", "Magsaysay Blvd", "Sampaguita St", "Katipunan Ave"]
IE_PLACES = [("Dublin 4", "D04"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91")]
KR_ADDR = ["서울특별시 강남구 테헤란로", "서울특별시 마포구 월드컵북로", "부산광역시 해운대구 해운대로", "인천광역시 남동구 인하로", "대구광역시 중구 동성로"]
CN_ADDR = ["北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区体育西路", "成都市武侯区人民南路", "杭州市西湖区文三路"]
RU_ADDR = [("Москва", "ул. Тверская"), ("Санкт-Петербург", "Невский пр."), ("Новосибирск", "ул. Ленина"), ("Казань", "ул. Баумана")]
AR_PLACES = ["الرياض", "جدة", "القاهرة", "عمّان", "الدوحة", "بيروت", "دبي"]
NONLATIN_PLACES = {"ja_JP": ["東京", "大阪", "京都", "横浜", "札幌", "福岡"], "zh_CN": ["北京", "上海", "广州", "成都", "西安"],
                   "ko_KR": ["서울", "부산", "인천", "대구", "광주"], "ru_RU": ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург"],
                   "ar_SA": AR_PLACES, "hi_IN": ["मुंबई", "दिल्ली", "लखनऊ", "जयपुर", "पटना"], "uk_UA": ["Київ", "Львів", "Одеса", "Харків"],
                   "he_IL": ["ירושלים", "חיפה", "תל אביב"]}


def uk_postcode(city):
    return f"{ch(UK_OUT[city])} {R.randrange(1, 10)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postcode(letter):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{letter}{R.randrange(1, 10)}{ch(L)} {R.randrange(1, 10)}{ch(L)}{R.randrange(1, 10)}"


class Country:
    def __init__(self, code, loc, email_domains, iban_cc):
        self.code, self.loc, self.email_domains, self.iban_cc = code, loc, email_domains, iban_cc

    def person(self, gender=None):
        return Person(self.loc, gender=gender)


COUNTRIES = {
    "GB": Country("GB", "en_GB", ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com", "yahoo.co.uk"], "GB"),
    "CA": Country("CA", "en_CA", ["rogers.com", "gmail.com", "shaw.ca", "videotron.ca", "sympatico.ca"], None),
    "DE": Country("DE", "de_DE", ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"], "DE"),
    "FR": Country("FR", "fr_FR", ["orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr"], "FR"),
    "MX": Country("MX", "es_MX", ["yahoo.com.mx", "gmail.com", "hotmail.com", "prodigy.net.mx"], None),
    "BR": Country("BR", "pt_BR", ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"], "BR"),
    "JP": Country("JP", "ja_JP", ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "nifty.com"], None),
    "IN": Country("IN", "en_IN", ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com"], None),
    "ES": Country("ES", "es_ES", ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"], "ES"),
    "IT": Country("IT", "it_IT", ["libero.it", "tiscali.it", "gmail.com", "virgilio.it"], "IT"),
    "NL": Country("NL", "nl_NL", ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"], "NL"),
    "PL": Country("PL", "pl_PL", ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"], "PL"),
    "PH": Country("PH", "fil", ["yahoo.com.ph", "gmail.com", "globe.com.ph"], None),
    "IE": Country("IE", "en_IE", ["eircom.net", "gmail.com", "live.ie"], "IE"),
    "KR": Country("KR", "ko_KR", ["naver.com", "daum.net", "gmail.com"], None),
    "CN": Country("CN", "zh_CN", ["qq.com", "163.com", "126.com"], None),
    "RU": Country("RU", "ru_RU", ["yandex.ru", "mail.ru", "gmail.com"], None),
}
LATIN_COUNTRIES = ["GB", "CA", "DE", "FR", "MX", "BR", "IN", "ES", "IT", "NL", "PL", "PH", "IE"]


def city(code):
    c = code
    if c == "GB":
        return ch(list(UK_OUT))
    if c == "CA":
        return ch(CA_CITIES)[0]
    if c == "DE":
        return ch(DE_CITIES)[0]
    if c == "FR":
        return ch(FR_CITIES)[0]
    if c == "MX":
        return ch(MX_CITIES)[0]
    if c == "BR":
        return ch(BR_CITIES)[0]
    if c == "JP":
        return ch(["Tokyo", "Osaka", "Kyoto", "Yokohama", "Sapporo", "Fukuoka", "Nagoya"])
    if c == "IN":
        return ch(IN_CITIES)[0]
    if c == "ES":
        return ch(ES_CITIES)[0]
    if c == "IT":
        return ch(IT_CITIES)[0]
    if c == "NL":
        return ch(NL_CITIES)[0]
    if c == "PL":
        return ch(PL_CITIES)[0]
    if c == "PH":
        return ch(PH_CITIES)[0]
    if c == "IE":
        return ch(["Dublin", "Cork", "Galway", "Limerick", "Waterford"])
    if c == "KR":
        return ch(["Seoul", "Busan", "Incheon", "Daegu"])
    if c == "CN":
        return ch(["Beijing", "Shanghai", "Guangzhou", "Chengdu"])
    if c == "RU":
        return ch(["Moscow", "St Petersburg", "Kazan", "Novosibirsk"])
    raise KeyError(c)


def address(code, multiline=False):
    c = code
    nl = "\n" if multiline else ", "
    if c == "GB":
        cty = ch(list(UK_OUT))
        first = ch([f"{R.randrange(1, 220)} {ch(UK_STREETS)}", f"Flat {R.randrange(1, 30)}, {R.randrange(1, 99)} {ch(UK_STREETS)}",
                    f"{ch(['Rose Cottage', 'The Old Vicarage', 'Ivy House'])}, {ch(UK_STREETS)}"])
        return f"{first}{nl}{cty}{nl}{uk_postcode(cty)}" if multiline else f"{first}, {cty} {uk_postcode(cty)}"
    if c == "CA":
        cty, prov, letter = ch(CA_CITIES)
        unit = ch(["", f"Unit {R.randrange(1, 30)}, ", f"Apt {R.randrange(100, 2500)}, ", f"{R.randrange(100, 1500)}-"])
        if unit.endswith("-"):
            st = f"{unit}{R.randrange(10, 3000)} {ch(CA_STREETS)}"
        else:
            st = f"{unit}{R.randrange(10, 3000)} {ch(CA_STREETS)}"
        return f"{st}{nl}{cty}, {prov} {ca_postcode(letter)}" if multiline else f"{st}, {cty}, {prov} {ca_postcode(letter)}"
    if c == "DE":
        cty, a, b = ch(DE_CITIES)
        st = f"{fk('de_DE').street_name()} {R.randrange(1, 120)}{ch(['', '', 'a', 'b'])}"
        return f"{st}{nl}{R.randrange(a, b):05d} {cty}"
    if c == "FR":
        cty, a, b = ch(FR_CITIES)
        st = f"{R.randrange(1, 140)}{ch([',', ''])} {fk('fr_FR').street_name()}"
        extra = ch(["", "", f"{nl}Bât. {ch('ABC')}, {R.randrange(1, 8)}e étage"])
        return f"{st}{extra}{nl}{R.randrange(a, b):05d} {cty}"
    if c == "MX":
        cty, st_, a, b = ch(MX_CITIES)
        return f"{ch(MX_STREETS)} {R.randrange(10, 2500)}{ch(['', f' Int. {R.randrange(1, 12)}', f' Depto. {R.randrange(101, 504)}'])}, Col. {ch(MX_COL)}{nl}{R.randrange(a, b):05d} {cty}, {st_}"
    if c == "BR":
        cty, uf, p = ch(BR_CITIES)
        return f"{ch(BR_STREETS)}, {R.randrange(10, 3000)}{ch(['', f', apto {R.randrange(11, 1204)}'])} - {ch(BR_BAIRRO)}{nl}{cty} - {uf}, {p}{digits(4)}-{digits(3)}"
    if c == "JP":
        kanji, pc, roman = ch(JP_ADDR)
        n = f"{R.randrange(1, 9)}-{R.randrange(1, 30)}-{R.randrange(1, 20)}"
        if R.random() < 0.5:
            return f"〒{pc} {kanji}{n}"
        return f"{n} {roman}{nl}{pc}" if multiline else f"{n} {roman} {pc}"
    if c == "IN":
        cty, state, p = ch(IN_CITIES)
        return f"Flat {R.randrange(101, 1204)}, {ch(IN_BLDG)}, {ch(IN_AREAS)}{nl}{cty}, {state} {p}{digits(3)}"
    if c == "ES":
        cty, a, b = ch(ES_CITIES)
        return f"{ch(ES_STREETS)} {R.randrange(1, 200)}, {R.randrange(1, 9)}º {ch(['A', 'B', 'izq.', 'dcha.'])}{nl}{R.randrange(a, b):05d} {cty}"
    if c == "IT":
        cty, prov, a, b, pre = ch(IT_CITIES)
        cap = f"{R.randrange(a, b):05d}"
        return f"{ch(IT_STREETS)} {R.randrange(1, 200)}{ch(['', '/B', ', int. 4'])}{nl}{cap} {cty} {prov}"
    if c == "NL":
        cty, a, b = ch(NL_CITIES)
        return f"{ch(NL_STREETS)} {R.randrange(1, 300)}{ch(['', '-II', 'A', ' bis'])}{nl}{R.randrange(a, b)} {ch(string.ascii_uppercase.replace('S', ''))}{ch('ABCDEGHJKLMNPRTVWXZ')} {cty}"
    if c == "PL":
        cty, p, a, b = ch(PL_CITIES)
        if a is None:
            pc = f"{p}-{digits(3)}"
        else:
            pc = f"{p}{R.randrange(a, b + 1)}-{digits(3)}"
        return f"ul. {fk('pl_PL').street_name()} {R.randrange(1, 120)}{ch(['', f'/{R.randrange(1, 60)}'])}{nl}{pc} {cty}"
    if c == "PH":
        cty, z = ch(PH_CITIES)
        return f"{ch([f'Blk {R.randrange(1, 40)} Lot {R.randrange(1, 30)}', str(R.randrange(1, 900))])} {ch(PH_STREETS)}, Brgy. {ch(['San Isidro', 'Poblacion', 'Malanday', 'Santo Niño', 'Bagong Silang'])}{nl}{cty} {z}"
    if c == "IE":
        place, rk = ch(IE_PLACES)
        L = "ACDEFHKNPRTVWXY"
        return f"{R.randrange(1, 90)} {ch(['Griffith Avenue', 'Main Street', 'Castle Road', 'Ballymun Road', 'Strand Road'])}{nl}{place}{nl}{rk} {ch(L)}{R.randrange(0, 10)}{ch(L)}{R.randrange(0, 10)}"
    if c == "KR":
        return f"{ch(KR_ADDR)} {R.randrange(1, 300)}"
    if c == "CN":
        return f"{ch(CN_ADDR)}{R.randrange(1, 200)}号"
    if c == "RU":
        cty, st = ch(RU_ADDR)
        return f"г. {cty}, {st}, д. {R.randrange(1, 80)}, кв. {R.randrange(1, 200)}"
    raise KeyError(c)


def phone(code):
    c = code
    if c == "GB":
        return ch([f"+44 20 7946 0{digits(3)}", f"020 7946 0{digits(3)}", f"07700 900{digits(3)}", f"+44 7700 900{digits(3)}",
                   f"0161 496 0{digits(3)}", f"+44 (0)113 496 0{digits(3)}", f"0117 496 0{digits(3)}", f"+447{digits(9)}"])
    if c == "CA":
        a = ch(["416", "647", "604", "514", "403", "613", "902", "204", "780"])
        return ch([f"+1 {a} {R.randrange(200, 999)} {digits(4)}", f"({a}) {R.randrange(200, 999)}-{digits(4)}", f"{a}-{R.randrange(200, 999)}-{digits(4)}",
                   f"+1-{a}-{R.randrange(200, 999)}-{digits(4)}"])
    if c == "DE":
        return ch([f"+49 30 {digits(7)}", f"030 {digits(8)}", f"+49 151 {digits(8)}", f"0171 {digits(7)}",
                   f"+49 (0)89 {digits(6)}", f"0221 {digits(3)} {digits(2)} {digits(2)}", f"+49 40 {digits(4)}-{digits(3)}"])
    if c == "FR":
        p = lambda: " ".join(digits(2) for _ in range(4))
        return ch([f"+33 1 {p()}", f"01 {p()}", f"06 {p()}", f"+33 6 {p()}", f"07 {p()}", f"+33 (0)4 {p()}", f"04.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}"])
    if c == "MX":
        return ch([f"+52 55 {digits(4)} {digits(4)}", f"55 {digits(4)} {digits(4)}", f"+52 1 33 {digits(4)} {digits(4)}",
                   f"(81) {digits(4)}-{digits(4)}", f"+52 999 {digits(3)} {digits(4)}"])
    if c == "BR":
        return ch([f"+55 11 9{digits(4)}-{digits(4)}", f"(21) 9{digits(4)}-{digits(4)}", f"+55 31 {digits(4)}-{digits(4)}",
                   f"(11) {digits(4)}-{digits(4)}", f"+55 (41) 9{digits(4)}-{digits(4)}"])
    if c == "JP":
        return ch([f"+81 3-{digits(4)}-{digits(4)}", f"03-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}",
                   f"+81 90 {digits(4)} {digits(4)}", f"06-{digits(4)}-{digits(4)}", f"080-{digits(4)}-{digits(4)}"])
    if c == "IN":
        return ch([f"+91 9{digits(4)} {digits(5)}", f"09{digits(4)} {digits(5)}", f"+91-80-{digits(4)}-{digits(4)}",
                   f"+91 8{digits(9)}", f"022 {digits(4)} {digits(4)}", f"+91 7{digits(4)}-{digits(5)}"])
    if c == "ES":
        return ch([f"+34 6{digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"91{digits(1)} {digits(2)} {digits(2)} {digits(2)}",
                   f"6{digits(2)} {digits(3)} {digits(3)}", f"+34 93 {digits(3)} {digits(2)} {digits(2)}"])
    if c == "IT":
        return ch([f"+39 06 {digits(4)} {digits(4)}", f"+39 3{digits(2)} {digits(3)} {digits(4)}", f"02 {digits(4)} {digits(4)}",
                   f"3{digits(2)} {digits(7)}", f"081 {digits(3)} {digits(4)}"])
    if c == "NL":
        return ch([f"+31 6 {digits(8)}", f"06-{digits(8)}", f"020 {digits(3)} {digits(4)}", f"+31 (0)20 {digits(3)} {digits(4)}",
                   f"010-{digits(7)}"])
    if c == "PL":
        return ch([f"+48 {R.randrange(500, 899)} {digits(3)} {digits(3)}", f"{R.randrange(500, 899)} {digits(3)} {digits(3)}",
                   f"22 {digits(3)} {digits(2)} {digits(2)}", f"+48 12 {digits(3)} {digits(2)} {digits(2)}"])
    if c == "PH":
        return ch([f"+63 9{digits(2)} {digits(3)} {digits(4)}", f"09{digits(2)} {digits(3)} {digits(4)}", f"(02) 8{digits(3)} {digits(4)}",
                   f"+63 2 8{digits(3)} {digits(4)}", f"09{digits(9)}"])
    if c == "IE":
        return ch([f"+353 8{R.randrange(3, 10)} {digits(3)} {digits(4)}", f"08{R.randrange(3, 10)} {digits(3)} {digits(4)}",
                   f"01 {digits(3)} {digits(4)}", f"+353 21 {digits(3)} {digits(4)}"])
    if c == "KR":
        return ch([f"010-{digits(4)}-{digits(4)}", f"+82 10-{digits(4)}-{digits(4)}", f"02-{digits(3)}-{digits(4)}", f"+82 2 {digits(4)} {digits(4)}"])
    if c == "CN":
        return ch([f"+86 13{digits(1)} {digits(4)} {digits(4)}", f"13{digits(1)} {digits(4)} {digits(4)}", f"010-{digits(4)} {digits(4)}",
                   f"+86 21 {digits(4)} {digits(4)}", f"1{R.randrange(50, 90)}{digits(8)}"])
    if c == "RU":
        return ch([f"+7 (495) {digits(3)}-{digits(2)}-{digits(2)}", f"8 916 {digits(3)}-{digits(2)}-{digits(2)}",
                   f"+7 812 {digits(3)} {digits(2)} {digits(2)}", f"+7 9{digits(2)} {digits(3)}-{digits(2)}-{digits(2)}"])
    raise KeyError(c)


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def dob(code, y0=1925, y1=1975):
    y, m, d = R.randrange(y0, y1), R.randrange(1, 13), R.randrange(1, 29)
    c = code
    if c in ("DE", "PL", "RU"):
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"] + ([f"{d}. {MONTHS_DE[m - 1]} {y}"] if c == "DE" else [])
    elif c in ("JP", "CN"):
        opts = [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"]
    elif c == "KR":
        opts = [f"{y}.{m:02d}.{d:02d}", f"{y}년 {m}월 {d}일"]
    elif c == "FR":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_FR[m - 1]} {y}"]
    elif c in ("ES", "MX"):
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} de {y}", f"{d}/{m}/{y}"]
    elif c == "BR":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_PT[m - 1]} de {y}"]
    elif c == "NL":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"]
    elif c == "CA":
        opts = [f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}"]
    else:
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1][:3]} {y}", f"{d}/{m}/{y}"]
    return ch(opts)


def health_id(code):
    c = code
    if c == "GB":
        return f"{digits(3)} {digits(3)} {digits(4)}"
    if c == "CA":
        return ch([f"{digits(4)}-{digits(3)}-{digits(3)}-{ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)}",
                   f"{digits(4)} {digits(3)} {digits(3)}"])
    if c == "DE":
        return f"{ch(string.ascii_uppercase)}{digits(9)}"
    if c == "BR":
        return f"{R.randrange(700, 899)} {digits(4)} {digits(4)} {digits(4)}"
    if c == "MX":
        return f"{digits(2)}{digits(2)}{digits(2)}{digits(5)}"
    if c == "FR":
        return f"{ch('12')} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}"
    if c == "IN":
        return f"{digits(2)}-{digits(4)}-{digits(4)}-{digits(4)}"
    if c == "IE":
        return f"{digits(7)}{ch(string.ascii_uppercase)}"
    if c == "NL":
        return f"{digits(4)} {digits(2)} {digits(3)}"
    return ch([f"{ch(string.ascii_uppercase)}{digits(8)}", f"{digits(4)}-{digits(6)}"])


HEALTH_ID_LABEL = {"GB": "NHS no.", "CA": "OHIP #", "DE": "Versichertennummer", "BR": "Cartão SUS", "MX": "NSS",
                   "FR": "n° de sécu", "IN": "ABHA no.", "IE": "IHI", "NL": "patiëntnummer"}


def health_label(code):
    return HEALTH_ID_LABEL.get(code, "patient no.")


def nonlatin_person():
    loc = ch(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "uk_UA", "he_IL", "ja_JP", "zh_CN", "ko_KR"])
    return Person(loc, nonlatin=True)


def nonlatin_place(loc=None):
    if loc is None or loc not in NONLATIN_PLACES:
        loc = ch(list(NONLATIN_PLACES))
    return ch(NONLATIN_PLACES[loc])
