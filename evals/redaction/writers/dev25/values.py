"""Value generators for the dev25 templates (Faker + own formats). Deterministic given the rng/seed."""
import random, re, unicodedata, datetime
from faker import Faker

LOCALES = ["en_US", "en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL",
           "ja_JP", "zh_CN", "ko_KR", "hi_IN", "en_IN", "ar_SA", "ru_RU", "tr_TR", "vi_VN", "fil_PH", "en_CA", "en_IE"]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


US_CITIES = [("Springfield", "IL", "627"), ("Toledo", "OH", "436"), ("Fresno", "CA", "937"), ("Macon", "GA", "312"),
             ("Yakima", "WA", "989"), ("Provo", "UT", "846"), ("Bangor", "ME", "044"), ("Tulsa", "OK", "741"),
             ("Duluth", "MN", "558"), ("Erie", "PA", "165"), ("Laredo", "TX", "780"), ("Mobile", "AL", "366"),
             ("Flagstaff", "AZ", "860"), ("Billings", "MT", "591"), ("Dayton", "OH", "454"), ("Lansing", "MI", "489"),
             ("Asheville", "NC", "288"), ("Savannah", "GA", "314"), ("Boise", "ID", "837"), ("Reno", "NV", "895"),
             ("Albany", "NY", "122"), ("Trenton", "NJ", "086"), ("Hialeah", "FL", "330"), ("Pueblo", "CO", "810"),
             ("Cedar Rapids", "IA", "524"), ("Shreveport", "LA", "711"), ("Lowell", "MA", "018"), ("Joliet", "IL", "604"),
             ("Kenosha", "WI", "531"), ("Odessa", "TX", "797"), ("Stockton", "CA", "952"), ("Waco", "TX", "767"),
             ("Fayetteville", "AR", "727"), ("Rapid City", "SD", "577"), ("Burlington", "VT", "054"), ("Wilmington", "DE", "198")]
AREA = ["217", "419", "559", "478", "509", "801", "207", "918", "218", "814", "956", "251", "928", "406", "937",
        "517", "828", "912", "208", "775", "518", "609", "305", "719", "319", "318", "978", "815", "262", "432",
        "209", "254", "479", "605", "802", "302", "312", "646", "713", "404", "206", "615"]
STREET_SUFFIX = ["St", "Street", "Ave", "Ave.", "Rd", "Road", "Dr", "Blvd", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir", "Hwy"]
UNITS = ["Apt 4B", "Apt. 12", "Suite 210", "#12", "Unit 3", "Apt 2C", "Ste 105", "# 7", "Apt. 1R", "Unit B", "Lot 14", "Rm 220"]

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "prednisone", "insulin glargine",
         "Jardiance", "Xarelto", "furosemide", "donepezil", "memantine", "tramadol", "albuterol", "Symbicort",
         "omeprazole", "losartan", "carvedilol", "Entresto", "Ozempic", "Trulicity", "Keppra", "Seroquel", "Lexapro",
         "trazodone", "tamsulosin", "ondansetron", "morphine", "lorazepam", "haloperidol", "senna", "vitamin D",
         "fish oil", "turmeric", "ginkgo", "hydrocodone", "Plavix", "spironolactone", "allopurinol", "methotrexate"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "CHF", "type 2 diabetes", "hypertension", "CKD stage 3", "dementia", "pneumonia", "UTI", "cellulitis",
         "osteoporosis", "macular degeneration", "sleep apnea", "depression", "hypothyroidism", "gout", "DVT",
         "stroke", "breast cancer", "prostate cancer", "lymphoma", "glaucoma", "neuropathy", "multiple sclerosis",
         "lupus", "Crohn's disease", "heart failure", "pressure injury", "sepsis", "rheumatoid arthritis", "ALS"]
LABS = ["Hemoglobin A1c", "INR", "TSH", "CBC", "BMP", "lipid panel", "eGFR", "creatinine", "potassium", "BNP",
        "troponin", "PSA", "vitamin B12", "ferritin", "urinalysis", "hemoglobin", "sodium", "magnesium"]
BODY = ["left hip", "right knee", "lower back", "chest", "ankles", "heel", "sacrum", "shoulder", "left foot", "abdomen"]
RELS = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Auntie", "Uncle"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "September", "October", "November", "December"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "She's", "We're"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Humana", "Aetna", "Blue Cross", "Rite Aid"]

MBI_L = "ACDEFGHJKMNPQRTUVWXY"


class Country:
    def __init__(self, code, loc, phones, addr, cities, datefmt, iban_loc=None, mail=("gmail.com",)):
        self.code, self.loc, self.phones, self.addr, self.cities = code, loc, phones, addr, cities
        self.datefmt, self.iban_loc, self.mail = datefmt, iban_loc, mail


def fill_pattern(rng, pat):
    return "".join(rng.choice("0123456789") if ch == "N" else (rng.choice("23456789") if ch == "M" else ch) for ch in pat)


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(LOCALES + ["de_AT", "fr_CH", "da_DK"]):
            f = Faker(loc)
            f.seed_instance(seed * 100 + i)
            self.fk[loc] = f
        us = self.fk["en_US"]
        r = self.rng
        self.countries = [
            Country("UK", "en_GB", ["+44 20 MNNN NNNN", "020 MNNN NNNN", "+44 7700 9NNNNN", "+44 161 NNN NNNN", "0161 NNN NNNN", "07NNN NNNNNN"],
                    lambda f: f"{f.building_number()} {f.street_name()}, {r.choice(['London','Leeds','Bristol','Cardiff','Glasgow','Norwich','York'])} {f.postcode()}",
                    ["London", "Manchester", "Leeds", "Glasgow", "Birmingham", "Belfast"], "%d/%m/%Y", "en_GB", ("btinternet.com", "yahoo.co.uk", "gmail.com")),
            Country("DE", "de_DE", ["+49 30 NNNNNNN", "+49 89 NNNN NNNN", "030 NNNNNNNN", "+49 151 NNNNNNNN", "0221 NNN NN NN"],
                    lambda f: f"{f.street_name()} {r.randint(1,180)}, {f.postcode()} {r.choice(['Berlin','Köln','Hamburg','Leipzig','Dresden','Bremen'])}",
                    ["Berlin", "München", "Hamburg", "Köln", "Frankfurt"], "%d.%m.%Y", "de_DE", ("gmx.de", "web.de", "t-online.de")),
            Country("FR", "fr_FR", ["+33 1 NN NN NN NN", "01 NN NN NN NN", "+33 6 NN NN NN NN", "06 NN NN NN NN", "+33 4 NN NN NN NN"],
                    lambda f: f"{r.randint(1,140)} {f.street_name()}, {f.postcode()} {r.choice(['Paris','Lyon','Marseille','Toulouse','Nantes','Lille'])}",
                    ["Paris", "Lyon", "Marseille", "Bordeaux", "Nice"], "%d/%m/%Y", "fr_FR", ("orange.fr", "free.fr", "laposte.net")),
            Country("MX", "es_MX", ["+52 55 NNNN NNNN", "+52 33 NNNN NNNN", "+52 1 81 NNNN NNNN", "55 NNNN NNNN"],
                    lambda f: f"{f.street_name()} {r.randint(1,999)}, Col. {r.choice(['Centro','Roma Norte','Del Valle','Las Águilas','Chapultepec'])}, {f.postcode()} {r.choice(['Ciudad de México, CDMX','Guadalajara, Jal.','Monterrey, N.L.','Puebla, Pue.'])}",
                    ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida"], "%d/%m/%Y", None, ("prodigy.net.mx", "hotmail.com", "gmail.com")),
            Country("BR", "pt_BR", ["+55 11 9NNNN-NNNN", "+55 21 NNNN-NNNN", "(11) 9NNNN-NNNN"],
                    lambda f: f"{f.street_name()}, {r.randint(1,2000)}, {f.bairro()}, {r.choice(['São Paulo - SP','Rio de Janeiro - RJ','Belo Horizonte - MG','Curitiba - PR'])}, {f.postcode()}",
                    ["São Paulo", "Recife", "Salvador", "Fortaleza", "Curitiba"], "%d/%m/%Y", "pt_BR", ("uol.com.br", "bol.com.br", "gmail.com")),
            Country("JP", "ja_JP", ["+81 3-NNNN-NNNN", "03-NNNN-NNNN", "+81 90-NNNN-NNNN", "090-NNNN-NNNN", "+81 6-NNNN-NNNN"],
                    lambda f: f"〒{f.postcode()} {f.address()}",
                    ["東京", "大阪", "横浜", "札幌", "Osaka", "Kyoto", "Sapporo"], "%Y年%m月%d日", None, ("docomo.ne.jp", "yahoo.co.jp", "gmail.com")),
            Country("IN", "hi_IN", ["+91 98NNN NNNNN", "+91 22 NNNN NNNN", "098NNN NNNNN", "+91-99NNN-NNNNN"],
                    lambda f: f"{r.randint(1,300)}, {r.choice(['MG Road','Linking Road','Anna Salai','Park Street','Brigade Road'])}, {r.choice(['Mumbai 4000','Chennai 6000','Kolkata 7000','Bengaluru 5600'])}{r.randint(10,99)}",
                    ["Mumbai", "Pune", "Chennai", "Hyderabad", "मुंबई", "दिल्ली"], "%d-%m-%Y", None, ("rediffmail.com", "gmail.com")),
            Country("CN", "zh_CN", ["+86 10 NNNN NNNN", "+86 138 NNNN NNNN", "139NNNNNNNN", "+86 21 NNNN NNNN"],
                    lambda f: f.address(),
                    ["北京", "上海", "广州", "Shenzhen", "Chengdu"], "%Y-%m-%d", None, ("qq.com", "163.com")),
            Country("KR", "ko_KR", ["+82 2-NNN-NNNN", "010-NNNN-NNNN", "+82 10-NNNN-NNNN"],
                    lambda f: f"{f.street_address()} ({f.postcode()})",
                    ["서울", "부산", "Seoul", "Busan", "Incheon"], "%Y.%m.%d", None, ("naver.com", "daum.net")),
            Country("ES", "es_ES", ["+34 91 NNN NN NN", "+34 6NN NNN NNN", "93 NNN NN NN"],
                    lambda f: f"{f.street_name()} {r.randint(1,120)}, {r.randint(1,6)}º {r.choice('ABCD')}, {f.postcode()} {r.choice(['Madrid','Sevilla','Valencia','Bilbao','Zaragoza'])}",
                    ["Madrid", "Sevilla", "Valencia", "Bilbao"], "%d/%m/%Y", "es_ES", ("telefonica.net", "gmail.com")),
            Country("IT", "it_IT", ["+39 06 NNNN NNNN", "+39 3NN NNN NNNN", "02 NNNN NNNN"],
                    lambda f: f"{f.street_name()} {r.randint(1,200)}, {f.postcode()} {r.choice(['Roma RM','Milano MI','Napoli NA','Torino TO','Bari BA'])}",
                    ["Roma", "Milano", "Napoli", "Palermo", "Bologna"], "%d/%m/%Y", "it_IT", ("libero.it", "tiscali.it")),
            Country("NL", "nl_NL", ["+31 20 NNN NNNN", "+31 6 NNNNNNNN", "010 NNN NNNN"],
                    lambda f: f"{f.street_name()} {r.randint(1,300)}, {f.postcode()[:4]} {f.postcode()[-2:]} {r.choice(['Amsterdam','Utrecht','Rotterdam','Eindhoven'])}",
                    ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag"], "%d-%m-%Y", "nl_NL", ("ziggo.nl", "kpnmail.nl")),
            Country("PL", "pl_PL", ["+48 22 NNN NN NN", "+48 5NN NNN NNN", "12 NNN NN NN"],
                    lambda f: f"ul. {f.street_name()} {r.randint(1,90)}/{r.randint(1,40)}, {f.postcode()} {r.choice(['Kraków','Gdańsk','Wrocław','Łódź','Poznań'])}",
                    ["Kraków", "Gdańsk", "Wrocław", "Rzeszów"], "%d.%m.%Y", "pl_PL", ("wp.pl", "onet.pl", "interia.pl")),
            Country("CA", "en_CA", ["+1 416 NNN NNNN"],  # phones in CA look US; only addresses used
                    lambda f: f"{f.building_number()} {f.street_name()}, {r.choice(['Toronto, ON','Ottawa, ON','Winnipeg, MB','Halifax, NS','Calgary, AB'])} {f.postalcode()}",
                    ["Toronto", "Montréal", "Vancouver", "Calgary"], "%Y-%m-%d", None, ("rogers.com", "shaw.ca")),
            Country("RU", "ru_RU", ["+7 495 NNN-NN-NN", "+7 9NN NNN-NN-NN", "8 (812) NNN-NN-NN"],
                    lambda f: f.address(),
                    ["Москва", "Санкт-Петербург", "Новосибирск", "Kazan"], "%d.%m.%Y", None, ("mail.ru", "yandex.ru")),
            Country("TR", "tr_TR", ["+90 212 NNN NN NN", "+90 5NN NNN NN NN", "0312 NNN NN NN"],
                    lambda f: f"{r.choice(['Atatürk Cad.','İstiklal Cad.','Cumhuriyet Mah.','Bağdat Cad.'])} No: {r.randint(1,200)} D: {r.randint(1,20)}, {r.choice(['34710 Kadıköy/İstanbul','06420 Çankaya/Ankara','35220 Konak/İzmir'])}",
                    ["İstanbul", "Ankara", "İzmir", "Bursa"], "%d.%m.%Y", None, ("hotmail.com.tr", "gmail.com")),
            Country("PH", "fil_PH", ["+63 917 NNN NNNN", "+63 2 8NNN NNNN", "0918 NNN NNNN"],
                    lambda f: f"{r.randint(1,900)} {r.choice(['Mabini St.','Rizal Ave.','Katipunan Ave.','Bonifacio St.'])}, Brgy. {r.choice(['San Roque','Poblacion','Malate','Santo Niño'])}, {r.choice(['Quezon City 1108','Cebu City 6000','Davao City 8000','Manila 1004'])}",
                    ["Manila", "Cebu", "Davao", "Quezon City"], "%m/%d/%Y", None, ("yahoo.com.ph", "gmail.com")),
            Country("VN", "vi_VN", ["+84 28 NNNN NNNN", "+84 9NN NNN NNN", "090 NNN NN NN"],
                    lambda f: f"{r.randint(1,300)} {r.choice(['Lê Lợi','Nguyễn Huệ','Trần Hưng Đạo','Hai Bà Trưng'])}, {r.choice(['Quận 1, TP. Hồ Chí Minh 700000','Hoàn Kiếm, Hà Nội 100000','Hải Châu, Đà Nẵng 550000'])}",
                    ["Hà Nội", "Huế", "Đà Nẵng", "Saigon"], "%d/%m/%Y", None, ("yahoo.com.vn", "gmail.com")),
            Country("SA", "ar_SA", ["+966 11 NNN NNNN", "+966 5N NNN NNNN", "+971 4 NNN NNNN"],
                    lambda f: f"{r.choice(['طريق الملك فهد','شارع العليا','شارع التحلية'])} {r.randint(1,9000)}، {r.choice(['الرياض 12211','جدة 21577','الدمام 32241'])}",
                    ["الرياض", "جدة", "Riyadh", "Dubai", "عمّان"], "%d/%m/%Y", None, ("hotmail.com", "gmail.com")),
            Country("IE", "en_IE", ["+353 1 NNN NNNN", "+353 87 NNN NNNN", "01 NNN NNNN"],
                    lambda f: f"{r.randint(1,200)} {r.choice(['Dame Street','Main Street','Patrick Street','Shop Street'])}, {r.choice(['Dublin 2, D02 X285','Cork T12 R6P8','Galway H91 E2K3','Limerick V94 T9PX'])}",
                    ["Dublin", "Cork", "Galway"], "%d/%m/%Y", "en_IE", ("eircom.net", "gmail.com")),
            Country("AT", "de_AT", ["+43 1 NNN NN NN", "+43 664 NNN NNNN"],
                    lambda f: f"{r.choice(['Mariahilfer Straße','Landstraßer Hauptstraße','Herrengasse'])} {r.randint(1,150)}/{r.randint(1,30)}, {r.choice(['1070 Wien','8010 Graz','5020 Salzburg'])}",
                    ["Wien", "Graz", "Salzburg"], "%d.%m.%Y", "de_AT", ("aon.at", "gmx.at")),
            Country("CH", "fr_CH", ["+41 22 NNN NN NN", "+41 79 NNN NN NN"],
                    lambda f: f"{r.choice(['Rue du Rhône','Avenue de la Gare','Bahnhofstrasse'])} {r.randint(1,120)}, {r.choice(['1204 Genève','1003 Lausanne','8001 Zürich'])}",
                    ["Genève", "Lausanne", "Zürich"], "%d.%m.%Y", "fr_CH", ("bluewin.ch", "gmail.com")),
            Country("DK", "da_DK", ["+45 NN NN NN NN"],
                    lambda f: f"{f.street_name()} {r.randint(1,120)}, {r.choice(['2100 København Ø','8000 Aarhus C','5000 Odense C'])}",
                    ["København", "Aarhus", "Odense"], "%d-%m-%Y", "da_DK", ("mail.dk", "gmail.com")),
        ]

    # ------------------------------------------------------------------ US values
    def name(self):
        f = self.fk["en_US"]
        return self.rng.choice([f"{f.first_name()} {f.last_name()}", f"{f.first_name()} {f.last_name()}",
                                f"{f.first_name()} {f.random_uppercase_letter()}. {f.last_name()}",
                                f"{f.first_name()} {f.last_name()}-{f.last_name()}"])

    def first(self):
        return self.fk["en_US"].first_name()

    def last(self):
        return self.rng.choice([self.fk["en_US"].last_name(), self.rng.choice(
            ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Wood", "Bell", "Fox", "Long", "King", "Stone", "Gray", "Lane", "Hunt"])])

    def us_city(self):
        r = self.rng
        if r.random() < 0.6:
            return r.choice(US_CITIES)
        f = self.fk["en_US"]
        return f.city(), f.state_abbr(include_territories=False), f.zipcode()[:3]

    def zipc(self, pre):
        z = pre + digits(self.rng, 2)
        if self.rng.random() < 0.2:
            z += "-" + digits(self.rng, 4)
        return z

    def street(self):
        f, r = self.fk["en_US"], self.rng
        s = f"{r.randint(1, 9999)} {r.choice(['', 'N ', 'S ', 'E ', 'W ', ''])}{f.last_name() if r.random()<0.6 else r.choice(['Oak','Maple','Cedar','Pine','Elm','Walnut','Mill','Church','Lake','Park','Hill','Rose'])} {r.choice(STREET_SUFFIX)}"
        return s

    def addr(self, multiline=False):
        r = self.rng
        city, st, pre = self.us_city()
        unit = (", " + r.choice(UNITS)) if r.random() < 0.45 else ""
        if unit and r.random() < 0.3:
            unit = " " + unit[2:]
        line1 = self.street() + unit
        sep = "\n" if multiline else ", "
        comma = "," if r.random() < 0.8 else ""
        return f"{line1}{sep}{city}{comma} {st} {self.zipc(pre)}"

    def addr_ml(self):
        return self.addr(True)

    def pobox(self):
        r = self.rng
        city, st, pre = self.us_city()
        box = r.choice(["PO Box", "P.O. Box", "Post Office Box", "PO BOX", "P O Box"])
        return f"{box} {r.randint(1, 9999)}{r.choice([', ', chr(10)])}{city}, {st} {self.zipc(pre)}"

    def rural(self):
        r = self.rng
        city, st, pre = self.us_city()
        head = r.choice([f"RR {r.randint(1,9)} Box {r.randint(1,300)}", f"Rural Route {r.randint(1,9)}, Box {r.randint(1,300)}A",
                         f"HC {r.randint(1,80)} Box {r.randint(100,9999)}", f"RR {r.randint(1,9)}, Box {r.randint(1,99)}"])
        return f"{head}, {city}, {st} {self.zipc(pre)}"

    def mil(self):
        r = self.rng
        a = r.choice(["AA", "AE", "AP"])
        z = {"AA": "340", "AE": "09" + str(r.randint(0, 9)), "AP": "962"}[a] + digits(r, 2 if a != "AE" else 2)
        z = z[:5]
        kind = r.choice(["APO", "FPO", "DPO", "APO"])
        head = r.choice([f"PSC {r.randint(1000,9999)}, Box {r.randint(1,9999)}", f"Unit {r.randint(1000,9999)} Box {r.randint(1,9999)}",
                         f"CMR {r.randint(400,499)} Box {r.randint(100,9999)}", f"USNS {self.fk['en_US'].last_name()}"])
        return f"{head}{r.choice([', ', chr(10)])}{kind} {a} {z}"

    def cityst(self):
        city, st, pre = self.us_city()
        return f"{city}, {st}"

    def cityzip(self):
        city, st, pre = self.us_city()
        return f"{city}, {st} {pre}{digits(self.rng, 2)}"

    def city(self):
        return self.us_city()[0]

    def anyaddr(self):
        return self.rng.choice([self.addr, self.addr, self.addr, self.addr_ml, self.pobox, self.rural, self.mil])()

    def phone(self):
        r = self.rng
        a, e, l = r.choice(AREA), str(r.randint(200, 999)) if r.random() < 0.5 else "555", digits(r, 4)
        if e == "555":
            l = "01" + digits(r, 2)
        fmt = r.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}", "+1 {a} {e} {l}", "1-{a}-{e}-{l}",
                        "001-{a}-{e}-{l}", "+1 ({a}) {e}-{l}", "{a} {e} {l}", "({a}){e}-{l}", "1 ({a}) {e}-{l}", "+1-{a}-{e}-{l}"])
        return fmt.format(a=a, e=e, l=l)

    def phonex(self):
        r = self.rng
        return self.phone() + r.choice([f" x{r.randint(2,9999)}", f" ext. {r.randint(1,99)}", f" extension {r.randint(1,9)}",
                                        f" ext {r.randint(100,999)}", f" x {r.randint(10,99)}", f" Ext. {r.randint(1000,9999)}"])

    def vanity(self):
        r = self.rng
        return f"1-{r.choice(['800','888','877','866'])}-{r.choice(['MOW-LAWN','FIX-ROOF','PET-CARE','TAX-HELP','DOG-WALK','CAKE-NOW','PIE-SHOP','CAR-WASH'])}"

    def email(self):
        f, r = self.fk["en_US"], self.rng
        fn, ln = ascii_fold(f.first_name()).lower(), ascii_fold(f.last_name()).lower()
        return r.choice([f"{fn}.{ln}@{f.free_email_domain()}", f"{fn[0]}{ln}{r.randint(1,99)}@{f.free_email_domain()}",
                         f"{fn}{ln}{r.randint(40,99)}@{r.choice(['comcast.net','att.net','verizon.net','icloud.com','aol.com'])}",
                         f"{fn[0]}{ln}@{f.domain_word()}health.org", f"{ln}.family@{f.free_email_domain()}"])

    def url(self):
        f, r = self.fk["en_US"], self.rng
        fn, ln = ascii_fold(f.first_name()).lower(), ascii_fold(f.last_name()).lower()
        return r.choice([f"https://www.caringbridge.org/visit/{fn}{ln}", f"https://www.gofundme.com/f/help-{fn}-{ln}-recover",
                         f"www.{fn}{ln}.com", f"https://{fn}-{ln}.blogspot.com", f"linkedin.com/in/{fn}-{ln}-{r.randint(10,999)}",
                         f"https://www.facebook.com/{fn}.{ln}.{r.randint(1,99)}", f"http://{fn}{ln}photography.com",
                         f"https://www.instagram.com/{fn}_{ln}", f"https://mealtrain.com/trains/{fn}-{ln}"])

    def ssn(self):
        s, r = self.fk["en_US"].ssn(), self.rng
        return r.choice([s, s, s.replace("-", ""), s.replace("-", " ")])

    def mrn(self):
        r = self.rng
        pat = r.choice(["NNNNNNNN", "NNNNNNN", "00NNNNNNN", "NN-NNN-NNN", "ANNNNNNNN", "HHNNNNNNN", "ENNNNNNNN", "NNNN-NNNN",
                        "MRNNNNNNN", "NNN NNN NNN", "CHNNNNNN", "NN-NNNNNNN"])
        out = ""
        for ch in pat:
            out += r.choice("0123456789") if ch == "N" else (r.choice("ABCEHKMPRTW") if ch == "A" else ch)
        return out

    def mbi(self):
        r = self.rng
        a = lambda: r.choice(MBI_L + "0123456789")
        L = lambda: r.choice(MBI_L)
        D = lambda: r.choice("0123456789")
        s = f"{r.choice('123456789')}{L()}{a()}{D()}{L()}{a()}{D()}{L()}{L()}{D()}{D()}"
        return r.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])

    def member(self):
        r = self.rng
        p = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
        return r.choice([f"{p}{digits(r,9)}", f"{p} {digits(r,3)} {digits(r,3)} {digits(r,3)}", f"{p[0]}{digits(r,10)}",
                         f"{digits(r,3)}-{digits(r,2)}-{digits(r,3)}-{digits(r,3)}", f"{p}-{digits(r,5)}-{digits(r,2)}"])

    def medicaid(self):
        r = self.rng
        return r.choice([f"{r.choice(['CA','TX','NY','FL','OH','GA'])}{digits(r,9)}", f"{digits(r,10)}", f"{r.choice('ABCDEFGH')}{digits(r,7)}{r.choice('ABCDEFGH')}"])

    def claim(self):
        r = self.rng
        return r.choice([f"CLM-{r.randint(2025,2027)}-{digits(r,7)}", f"{digits(r,4)}{r.choice('ABCDEF')}{digits(r,6)}", f"{digits(r,13)}"])

    def record(self):
        return self.rng.choice([self.mrn, self.mrn, self.mbi, self.member, self.medicaid, self.claim])()

    def _bday(self):
        r = self.rng
        return datetime.date(r.randint(1926, 2019), r.randint(1, 12), r.randint(1, 28))

    def dob(self):
        d, r = self._bday(), self.rng
        fmt = r.choice(["%m/%d/%Y", "{m}/{d}/%Y", "%m-%d-%Y", "%Y-%m-%d", "%B {d}, %Y", "%b {d} %Y", "%b. {d}, %Y",
                        "{m}/{d}/%y", "%m.%d.%Y", "%B {d} %Y", "%m/%d/%y", "{m}-{d}-%Y"])
        return d.strftime(fmt.replace("{m}", str(d.month)).replace("{d}", str(d.day)))

    # ------------------------------------------------------------------ money
    def card(self):
        f, r = self.fk["en_US"], self.rng
        n = f.credit_card_number(card_type=r.choice(["visa16", "mastercard", "amex", "discover", "visa16"]))
        if r.random() < 0.2:  # Luhn-invalid on purpose
            n = n[:-1] + str((int(n[-1]) + 1) % 10)
        style = r.random()
        if style < 0.5 and len(n) == 16:
            n = " ".join(n[i:i + 4] for i in range(0, 16, 4))
        elif style < 0.7 and len(n) == 16:
            n = "-".join(n[i:i + 4] for i in range(0, 16, 4))
        elif style < 0.8 and len(n) == 15:
            n = f"{n[:4]} {n[4:10]} {n[10:]}"
        return n

    def routing(self):
        return self.fk["en_US"].aba()

    def acct(self):
        r = self.rng
        return r.choice([digits(r, 10), digits(r, 12), "00" + digits(r, 8), digits(r, 4) + "-" + digits(r, 6), digits(r, 9)])

    def iban(self, country=None):
        r = self.rng
        locs = [c.iban_loc for c in self.countries if c.iban_loc]
        loc = country.iban_loc if country is not None and country.iban_loc else r.choice(locs)
        s = self.fk[loc].iban()
        st = r.random()
        if st < 0.45:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        elif st < 0.6:
            s = s.lower()
        elif st < 0.7:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
        return s

    # ------------------------------------------------------------------ INTL values (per message country)
    def country(self):
        return self.rng.choice(self.countries)

    def iname(self, c):
        f = self.fk[c.loc]
        if c.loc in ("ja_JP", "zh_CN", "ko_KR"):
            return f.last_name() + f.first_name() if self.rng.random() < 0.7 else f"{f.last_name()} {f.first_name()}"
        if c.loc == "ru_RU" and self.rng.random() < 0.5:
            return f"{f.last_name()} {f.first_name()}"
        return f"{f.first_name()} {f.last_name()}"

    def ifirst(self, c):
        return self.fk[c.loc].first_name()

    def iaddr(self, c):
        return c.addr(self.fk[c.loc])

    def iphone(self, c):
        return fill_pattern(self.rng, self.rng.choice(c.phones))

    def icity(self, c):
        return self.rng.choice(c.cities)

    def iemail(self, c):
        f, r = self.fk[c.loc], self.rng
        fn = ascii_fold(f.first_name()).lower().replace(" ", "") or "user"
        ln = ascii_fold(f.last_name()).lower().replace(" ", "").replace("'", "") or "mail"
        if not re.fullmatch(r"[a-z\-]+", fn + ln):  # non-Latin script: use a romanised name of the same country
            roman = {"ja_JP": (["yuki", "haruto", "aoi", "sota", "emi"], ["sato", "suzuki", "takahashi", "tanaka", "watanabe"]),
                     "zh_CN": (["wei", "jing", "li", "min", "hao"], ["wang", "li", "zhang", "liu", "chen"]),
                     "ko_KR": (["minjun", "seoyeon", "jiho", "hana", "doyun"], ["kim", "lee", "park", "choi", "jung"]),
                     "hi_IN": (["amit", "priya", "rahul", "sunita", "vikram"], ["sharma", "gupta", "iyer", "reddy", "patel"]),
                     "ar_SA": (["omar", "layla", "khalid", "noura", "faisal"], ["alharbi", "alqahtani", "alotaibi", "alghamdi"]),
                     "ru_RU": (["olga", "dmitri", "irina", "sergei", "anna"], ["ivanova", "petrov", "smirnov", "kuznetsova"])}
            fns, lns = roman.get(c.loc, (["sam"], ["lee"]))
            fn, ln = r.choice(fns), r.choice(lns)
        return r.choice([f"{fn}.{ln}@{r.choice(c.mail)}", f"{fn}{ln}{r.randint(1,99)}@{r.choice(c.mail)}"])

    def idob(self, c):
        d = self._bday()
        return d.strftime(c.datefmt)

    def mrn_intl(self, c):
        r = self.rng
        return r.choice([f"{digits(r,3)} {digits(r,3)} {digits(r,4)}", f"{digits(r,10)}", f"{r.choice('ABCDEFGHJK')}{digits(r,8)}"])
