"""Value builders for dev14: Faker for names, hand-built country formats for addresses/phones/ids."""
import random, string, re
from faker import Faker
from dev14lib import luhn_digit, iban_check

def P(x, r="U"): return f"[[{x}|P|{r}]]"
def L(x, r="U"): return f"[[{x}|L|{r}]]"
def T(x, r="U"): return f"[[{x}|T|{r}]]"
def E(x, r="U"): return f"[[{x}|E|{r}]]"
def W(x, r="U"): return f"[[{x}|W|{r}]]"
def S(x): return f"[[{x}|S|U]]"
def M(x, r="U"): return f"[[{x}|M|{r}]]"
def D(x, r="U"): return f"[[{x}|D|{r}]]"
def A(x, r="U"): return f"[[{x}|A|{r}]]"
def K(x): return "{{" + x + "}}"

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "Ozempic", "insulin glargine", "Lantus", "amlodipine", "levothyroxine", "Synthroid",
         "gabapentin", "prednisone", "albuterol", "Symbicort", "donepezil", "Aricept", "carbidopa-levodopa", "Sinemet",
         "furosemide", "Xarelto", "Plavix", "clopidogrel", "omeprazole", "losartan", "hydrochlorothiazide",
         "buprenorphine", "Suboxone", "naloxone", "Narcan", "methadone", "tramadol", "ibuprofen", "Tylenol",
         "acetaminophen", "vitamin D3", "fish oil", "magnesium glycinate", "turmeric", "ashwagandha", "B12", "Jardiance",
         "Entresto", "digoxin", "metoprolol", "Coumadin", "Zoloft", "Lexapro", "trazodone", "Seroquel", "memantine",
         "Namenda", "methotrexate", "allopurinol", "colchicine", "tamsulosin", "Flomax", "Paxlovid", "amoxicillin",
         "Keppra", "Trulicity", "Farxiga", "spironolactone", "baby aspirin", "CoQ10", "ginkgo", "biotin", "Mounjaro"]
INTL_DRUGS = ["paracetamol", "Marcumar", "Doliprane", "ramipril", "bisoprolol", "metamizol", "Nolotil", "salbutamol",
              "co-codamol", "Ventolin", "Dafalgan", "Novalgina", "Tachipirina", "omeprazol", "Glucophage", "Sintrom"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "type 2 diabetes", "CHF", "congestive heart failure", "hypertension", "sleep apnea", "dementia",
         "osteoporosis", "gout", "shingles", "UTI", "pneumonia", "neuropathy", "chronic kidney disease", "CKD stage 3",
         "anemia", "hypothyroidism", "A-fib", "DVT", "sciatica", "macular degeneration", "rheumatoid arthritis",
         "migraines", "depression", "anxiety", "GERD", "cellulitis", "delirium", "vertigo", "edema", "asthma",
         "heart failure", "glaucoma", "psoriasis", "long COVID"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "eGFR", "creatinine", "potassium", "TSH", "LDL", "BNP", "CBC", "lipid panel",
        "troponin", "PSA", "urinalysis", "vitamin D level", "ferritin", "blood pressure", "BMP", "HbA1c", "sodium",
        "triglycerides", "oxygen sat"]
BODY = ["left knee", "right hip", "ankles", "lower back", "right shoulder", "kidneys", "lungs", "feet", "left eye",
        "wrist", "bladder", "thyroid"]
INSURERS = ["Medicare", "Medicaid", "Blue Cross", "Aetna", "Humana", "UnitedHealthcare", "Cigna", "Kaiser Permanente", "Tricare"]
PLACES = ["Walgreens", "CVS", "Mayo Clinic", "Cleveland Clinic", "Quest Diagnostics", "LabCorp", "Kaiser", "the VA", "Johns Hopkins", "Rite Aid", "Urgent Care"]
PHARMS = ["Walgreens", "CVS", "Rite Aid", "Costco pharmacy", "Walmart pharmacy", "Kroger pharmacy", "Publix pharmacy"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Kaiser Permanente", "Blue Cross",
        "Aetna", "Humana", "UnitedHealthcare", "Cleveland Clinic", "Rite Aid", "Costco pharmacy", "Meals on Wheels",
        "the VA", "Social Security", "AARP", "Quest Diagnostics", "LabCorp", "GoodRx", "Cigna", "Amazon Pharmacy",
        "Johns Hopkins", "Planned Parenthood", "Hospice of the Valley", "Area Agency on Aging"]
INTL_ORGS = ["NHS", "Boots", "Charité", "AOK", "Sécurité sociale", "IMSS", "SUS", "Apollo Hospitals", "Bupa",
             "Ameli", "Lloyds Pharmacy", "Techniker Krankenkasse", "PhilHealth", "Seguro Popular", "AXA"]
HELP = ["988", "1-800-222-1222", "911", "1-800-MEDICARE", "211", "1-800-662-4357"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Auntie", "Uncle", "Abuela", "Abuelo", "Granny", "Pop"]
REL_LOW = ["my sister", "my brother", "my son", "my daughter", "my husband", "my wife", "my cousin", "my neighbor",
           "my aunt", "my uncle", "my niece", "my nephew", "my stepdad"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "They're", "Can't", "Won't", "It's", "I've", "She's", "Didn't",
         "Wasn't", "Let's"]
TITLES = ["Morning Walk Group", "Memory Care", "Physical Therapy", "Urgent Care", "Tuesday Bingo", "Cardiology",
          "Senior Center", "Pulmonary Rehab", "Caregiver Support Group", "Home Health"]
WORD_SURNAMES = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "White", "Green", "Wood", "Stone", "Bell", "King",
                 "Rice", "Lane", "Frost", "Marsh", "Love", "Hope", "Fox", "Bird", "Snow", "Winter", "Banks", "Church",
                 "Black", "Long", "Short", "Moody", "Sharp", "Hall"]
WORD_FIRSTS_M = ["Will", "Bill", "Mark", "Pat", "Art", "Rusty", "Buddy", "Chase", "Hunter", "Grant", "Drew", "Heath", "Cash", "Sonny"]
WORD_FIRSTS = ["Grace", "Hope", "Joy", "Faith", "Rose", "Dawn", "Will", "Bill", "Mark", "Pat", "Sue", "Art", "Sandy",
               "Ginger", "June", "April", "Autumn", "Summer", "Rusty", "Buddy", "Honey", "Crystal", "Destiny", "Chase",
               "Hunter", "Grant", "Drew", "Heath", "Hazel", "Ivy"]
WORD_FIRSTS_F = ["Grace", "Hope", "Joy", "Faith", "Rose", "Dawn", "Sue", "Sandy", "Ginger", "June", "April", "Autumn", "Summer", "Honey", "Crystal", "Destiny", "Hazel", "Ivy", "Pat"]

US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Tucson", "AZ", "857"),
             ("Albany", "NY", "122"), ("Des Moines", "IA", "503"), ("Portland", "OR", "972"), ("Raleigh", "NC", "276"),
             ("Fresno", "CA", "937"), ("Boise", "ID", "837"), ("Omaha", "NE", "681"), ("Tampa", "FL", "336"),
             ("Savannah", "GA", "314"), ("Knoxville", "TN", "379"), ("Spokane", "WA", "992"), ("Reno", "NV", "895"),
             ("Tulsa", "OK", "741"), ("Lansing", "MI", "489"), ("Worcester", "MA", "016"), ("Providence", "RI", "029"),
             ("Hartford", "CT", "061"), ("Burlington", "VT", "054"), ("Richmond", "VA", "232"),
             ("Baton Rouge", "LA", "708"), ("Little Rock", "AR", "722"), ("Birmingham", "AL", "352"),
             ("Wichita", "KS", "672"), ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Billings", "MT", "591"),
             ("Cheyenne", "WY", "820"), ("Albuquerque", "NM", "871"), ("Provo", "UT", "846"),
             ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"), ("Pittsburgh", "PA", "152"),
             ("Newark", "NJ", "071"), ("Wilmington", "DE", "198"), ("Baltimore", "MD", "212"),
             ("Louisville", "KY", "402"), ("Indianapolis", "IN", "462"), ("St. Paul", "MN", "551"),
             ("Kansas City", "MO", "641"), ("Denver", "CO", "802"), ("Manchester", "NH", "031"),
             ("Bangor", "ME", "044"), ("Greenville", "SC", "296"), ("El Paso", "TX", "799"),
             ("San Diego", "CA", "921"), ("Flushing", "NY", "113"), ("Hialeah", "FL", "330"),
             ("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Chattanooga", "TN", "374"),
             ("Scranton", "PA", "185"), ("Yakima", "WA", "989"), ("Las Cruces", "NM", "880"),
             ("Duluth", "MN", "558"), ("Macon", "GA", "312"), ("Gary", "IN", "464")]
STATE_NAMES = {"IL": "Illinois", "TX": "Texas", "OH": "Ohio", "AZ": "Arizona", "NY": "New York", "IA": "Iowa",
               "OR": "Oregon", "NC": "North Carolina", "CA": "California", "FL": "Florida", "GA": "Georgia",
               "TN": "Tennessee", "WA": "Washington", "MI": "Michigan", "PA": "Pennsylvania", "MN": "Minnesota"}
US_STREETS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Jefferson", "Main", "Church", "Mill",
              "Lake", "Hillcrest", "Sunset", "Ridge", "Willow", "Chestnut", "Walnut", "Highland", "River", "Spring",
              "Franklin", "Adams", "2nd", "3rd", "14th", "Martin Luther King Jr", "Cherry", "Magnolia", "Dogwood",
              "Peachtree", "Sycamore", "Birch", "Meadow", "Orchard", "Prospect", "Monroe", "Poplar", "Laurel",
              "Colonial", "Fairview", "Woodland", "Cottonwood", "Mesquite", "Palmetto", "Juniper", "Aspen", "Canyon",
              "Bayview", "Harbor", "Old Mill", "Quail Run", "Deer Creek", "Foxglove", "El Camino", "Vista Verde"]
US_SUFF = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl",
           "Terrace", "Pkwy", "Cir", "Trail", "Loop"]
US_AREA = ["217", "312", "773", "512", "614", "520", "518", "515", "503", "919", "559", "208", "402", "813", "912",
           "865", "509", "775", "918", "517", "508", "401", "860", "802", "804", "225", "501", "205", "316", "701",
           "605", "406", "307", "505", "801", "907", "808", "412", "973", "302", "410", "502", "317", "651", "816",
           "303", "603", "207", "864", "915", "619", "718", "305", "937", "419", "423", "570", "505", "218", "478",
           "219", "646", "213", "404", "206", "415", "702", "720"]

FAKERS = {}
def fk(loc):
    if loc not in FAKERS:
        FAKERS[loc] = Faker(loc)
    return FAKERS[loc]

VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Võ"]
VN_GIVEN_F = ["Thị Lan", "Minh Anh", "Thu Hà", "Ngọc Mai", "Thanh Hương", "Thị Hoa", "Hoài Linh"]
VN_GIVEN_M = ["Văn Hùng", "Quốc Bảo", "Đức Thắng", "Văn Nam", "Gia Huy", "Minh Tuấn"]
PH_FIRST_F = ["Maria Luisa", "Ma. Cristina", "Rowena", "Marites", "Jocelyn", "Lorna", "Analyn", "Teresita", "Erlinda"]
PH_FIRST_M = ["Jose", "Rodrigo", "Jun", "Arnel", "Danilo", "Rogelio", "Bong", "Ernesto"]
PH_LAST = ["dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Castillo", "Manalo", "Aquino",
           "Macapagal", "Dimaculangan", "Pangilinan", "Soriano", "Tolentino"]

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        Faker.seed(seed)
    def ch(self, xs): return self.r.choice(xs)
    def n(self, a, b): return self.r.randint(a, b)
    def digits(self, k): return "".join(self.ch("0123456789") for _ in range(k))

    # ---------- people ----------
    def us_person(self, sex=None):
        sex = sex or self.ch("FM")
        fa = fk("en_US"); fm = fk("es_MX")
        fn = (lambda f: f.first_name_female()) if sex == "F" else (lambda f: f.first_name_male())
        x = self.r.random()
        if x < 0.15:
            f, l = fn(fa), self.ch(WORD_SURNAMES)
        elif x < 0.25:
            f, l = self.ch(WORD_FIRSTS_F if sex == "F" else WORD_FIRSTS_M), fa.last_name()
        elif x < 0.40:
            f, l = fn(fm), fm.last_name()
        elif x < 0.45:
            f, l = fn(fa), self.ch(["Nguyen", "Tran", "Kim", "Park", "Lee", "Chen", "Wong", "Patel", "Shah", "Okafor", "Mensah", "Haddad", "Kowalski", "Novak"])
        else:
            f, l = fn(fa), fa.last_name()
        f, l = " ".join(f.split()), " ".join(l.split())
        return {"first": f, "last": l, "full": f"{f} {l}", "sex": sex}

    def intl_person(self, cc, sex=None):
        sex = sex or self.ch("FM")
        loc = CC[cc]["loc"]
        if cc == "VN":
            l, g = self.ch(VN_LAST), self.ch(VN_GIVEN_F if sex == "F" else VN_GIVEN_M)
            return {"first": g.split()[-1], "last": l, "full": f"{l} {g}", "sex": sex}
        if cc == "PH":
            f, l = self.ch(PH_FIRST_F if sex == "F" else PH_FIRST_M), self.ch(PH_LAST)
            return {"first": f, "last": l, "full": f"{f} {l}", "sex": sex}
        fa = fk(loc)
        if sex == "F":
            f = fa.first_name_female(); l = fa.last_name_female() if hasattr(fa, "last_name_female") else fa.last_name()
        else:
            f = fa.first_name_male(); l = fa.last_name_male() if hasattr(fa, "last_name_male") else fa.last_name()
        f, l = " ".join(f.split()), " ".join(l.split())
        if cc in ("JP", "CN", "KR"):
            return {"first": f, "last": l, "full": f"{l}{f}", "sex": sex}
        return {"first": f, "last": l, "full": f"{f} {l}", "sex": sex}

    def nonlatin(self, cc):
        return cc in ("JP", "CN", "KR", "RU", "SA") or (cc == "IN" and CC[cc]["loc"] == "hi_IN")

    # ---------- US ----------
    def us_city(self): return self.ch(US_CITIES)
    def zip(self, pre, plus4=None):
        z = pre + self.digits(2)
        if plus4 or (plus4 is None and self.r.random() < 0.2): z += "-" + self.digits(4)
        return z
    def us_street(self):
        num = str(self.n(2, 9899))
        pre = self.ch(["", "", "", "N ", "S ", "E ", "W ", "North ", "SW "])
        return f"{num} {pre}{self.ch(US_STREETS)} {self.ch(US_SUFF)}"
    def us_unit(self):
        return self.ch(["Apt 4B", f"Apt. {self.n(1, 40)}", f"Apt {self.n(1,9)}{self.ch('ABCDEF')}", f"Unit {self.n(1, 300)}",
                        f"Suite {self.n(100, 950)}", f"#{self.n(1, 60)}", f"Ste {self.n(100, 400)}",
                        f"Apt {self.n(100, 1210)}", f"Lot {self.n(1, 80)}", f"Bldg {self.ch('ABCD')} Apt {self.n(1, 30)}"])
    def us_addr(self, kind=None, multiline=False):
        city, st, pre = self.us_city()
        kind = kind or self.ch(["std", "std", "std", "unit", "unit", "nocomma", "po", "mil", "rr", "fullstate"])
        if kind == "po":
            return f"{self.ch(['PO Box', 'P.O. Box', 'Post Office Box', 'PO BOX'])} {self.n(10, 99999)}, {city}, {st} {self.zip(pre)}"
        if kind == "mil":
            z = self.ch([("AE", "09"), ("AP", "96"), ("AA", "340")])
            zc = z[1] + self.digits(5 - len(z[1]))
            box = self.ch([f"PSC {self.n(100, 9999)}, Box {self.n(1, 9999)}", f"Unit {self.n(2000, 9999)} Box {self.n(1, 9999)}",
                           f"CMR {self.n(100, 999)} Box {self.n(1, 9999)}", f"USNS Mercy", f"USS Gerald R. Ford"])
            post = self.ch(["APO", "FPO", "DPO"]) if "US" not in box else "FPO"
            return f"{box}, {post} {z[0]} {zc}" if self.r.random() < .6 else f"{box}\n{post} {z[0]} {zc}"
        if kind == "rr":
            return f"{self.ch(['RR', 'Rural Route', 'HC'])} {self.n(1, 9)} Box {self.n(1, 400)}, {city}, {st} {self.zip(pre)}"
        street = self.us_street()
        unit = self.us_unit() if kind == "unit" or self.r.random() < 0.25 else ""
        if kind == "nocomma":
            s = f"{street} {unit + ' ' if unit else ''}{city} {st} {self.zip(pre, False)}"
            return s
        stn = STATE_NAMES.get(st, st) if kind == "fullstate" else st
        if multiline:
            return f"{street}\n{unit + chr(10) if unit else ''}{city}, {stn} {self.zip(pre)}"
        return f"{street}{', ' + unit if unit else ''}, {city}, {stn} {self.zip(pre)}"
    def city_st(self):
        c, st, pre = self.us_city()
        return self.ch([f"{c}, {st}", f"{c} {st}", f"{c}, {STATE_NAMES.get(st, st)}", f"{c}, {st} {self.zip(pre, False)}"])
    def us_phone(self, ext=None, shape=None):
        a = self.ch(US_AREA)
        x = self.ch(["555"] * 3 + [str(self.n(201, 989))])
        y = ("01" + self.digits(2)) if x == "555" else self.digits(4)
        shape = shape or self.ch(["paren", "dash", "dot", "plain", "plus1", "one", "001", "dash", "paren", "plus1b"])
        s = {"paren": f"({a}) {x}-{y}", "dash": f"{a}-{x}-{y}", "dot": f"{a}.{x}.{y}", "plain": f"{a}{x}{y}",
             "plus1": f"+1 {a} {x} {y}", "one": f"1-{a}-{x}-{y}", "001": f"001-{a}-{x}-{y}",
             "plus1b": f"+1 ({a}) {x}-{y}"}[shape]
        if ext or (ext is None and self.r.random() < 0.12):
            s += self.ch([f" x{self.n(10, 9999)}", f" ext. {self.n(1, 999)}", f" extension {self.n(1, 99)}",
                          f" ext {self.n(100, 999)}", f",{self.n(100, 999)}"])
        return s
    def vanity(self):
        w = self.ch(["PLUMBER", "4-TUTOR", "GO-NANCY", "CLEAN-UP", "DR-DAVIS", "HAULING", "MOVE-NOW", "SEW-MARY",
                     "FIX-ROOF", "CAKES-4U", "BARBERS", "PET-SITS"])
        return self.ch([f"1-{self.ch(['800', '888', '877', '866', '855'])}-{w}", f"({self.ch(US_AREA)}) {w}", f"1-{self.ch(US_AREA)}-{w}"])
    def ssn(self):
        a = self.n(1, 899)
        while a == 666: a = self.n(1, 899)
        a, b, c = "%03d" % a, "%02d" % self.n(1, 99), "%04d" % self.n(1, 9999)
        return self.ch([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
    def mbi(self):
        al = "ACDEFGHJKMNPQRTUVWXY"; an = al + "0123456789"
        s = str(self.n(1, 9)) + self.ch(al) + self.ch(an) + str(self.n(0, 9)) + self.ch(al) + self.ch(an) + str(self.n(0, 9)) \
            + self.ch(al) + self.ch(al) + self.digits(2)
        return self.ch([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])
    def mrn_us(self):
        v = self.ch([self.digits(7), self.digits(8), "00" + self.digits(6), f"{self.ch('ABEKMX')}{self.digits(7)}",
                     f"{self.ch(['XJH', 'W', 'YGP', 'ZCB', 'H'])}{self.digits(9)}", self.mbi(), f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}",
                     f"{self.ch(['YH', 'QW', 'TX', 'CA'])}{self.digits(8)}", f"E{self.digits(9)}"])
        return v
    def dob_us(self, y=None):
        y = y or self.n(1928, 2015); m = self.n(1, 12); d = self.n(1, 28)
        mon = MONTHS[m - 1]
        return self.ch([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{mon} {d}, {y}",
                        f"{mon[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y}", f"{mon[:3]}. {d}, {y}"])
    def dob_intl(self, cc):
        y = self.n(1928, 2015); m = self.n(1, 12); d = self.n(1, 28)
        if cc in ("DE", "PL", "RU", "TR", "NL"): return self.ch([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"])
        if cc in ("JP", "CN", "KR"): return self.ch([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}"])
        if cc == "GB": return self.ch([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m-1]} {y}"])
        if cc == "FR": return self.ch([f"{d:02d}/{m:02d}/{y}", f"{d} {['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][m-1]} {y}"])
        if cc in ("ES", "MX"): return self.ch([f"{d:02d}/{m:02d}/{y}", f"{d} de {['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'][m-1]} de {y}"])
        if cc == "BR": return self.ch([f"{d:02d}/{m:02d}/{y}", f"{d} de {['janeiro','fevereiro','março','abril','maio','junho','julho','agosto','setembro','outubro','novembro','dezembro'][m-1]} de {y}"])
        return self.ch([f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m-1][:3]} {y}"])
    def card(self, valid=None):
        valid = self.r.random() < 0.8 if valid is None else valid
        kind = self.ch(["visa", "visa", "mc", "amex", "disc"])
        pre = {"visa": "4", "mc": str(self.n(51, 55)), "amex": self.ch(["34", "37"]), "disc": "6011"}[kind]
        L = 15 if kind == "amex" else 16
        body = pre + self.digits(L - 1 - len(pre))
        chk = luhn_digit(body)
        if not valid: chk = str((int(chk) + self.n(1, 9)) % 10)
        n = body + chk
        if L == 15: g = [n[:4], n[4:10], n[10:]]
        else: g = [n[i:i + 4] for i in range(0, 16, 4)]
        return self.ch([" ".join(g), "-".join(g), n, " ".join(g)]), kind
    def routing(self):
        while True:
            d = [self.n(0, 1), self.n(0, 9)] + [self.n(0, 9) for _ in range(6)]
            for last in range(10):
                r = "".join(map(str, d)) + str(last)
                if (3 * (int(r[0]) + int(r[3]) + int(r[6])) + 7 * (int(r[1]) + int(r[4]) + int(r[7])) + int(r[2]) + int(r[5]) + int(r[8])) % 10 == 0:
                    return r
    def acct(self): return self.digits(self.n(8, 12))
    def iban(self, cc=None, style=None):
        cc = cc or self.ch(list(IBAN_SPEC))
        bban = ""
        for k, t in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
            for _ in range(int(k)):
                bban += self.ch("0123456789" if t == "n" else string.ascii_uppercase if t == "a" else string.ascii_uppercase + "0123456789")
        if cc == "GB": bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
        if cc == "NL": bban = self.ch(["INGB", "ABNA", "RABO", "SNSB"]) + bban[4:]
        if cc == "IE": bban = self.ch(["AIBK", "BOFI"]) + bban[4:]
        ib = cc + iban_check(cc, bban) + bban
        style = style or self.ch(["sp", "sp", "nosp", "low", "lowsp"])
        sp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return {"sp": sp, "nosp": ib, "low": ib.lower(), "lowsp": sp.lower()}[style], cc

    # ---------- international ----------
    def intl_phone(self, cc):
        d = self.digits
        f = {
            "GB": lambda: self.ch([f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"0113 496 0{d(3)}", f"+44 161 496 0{d(3)}"]),
            "DE": lambda: self.ch([f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 170 {d(7)}", f"0171 {d(7)}", f"+49 (0)89 {d(3)} {d(4)}", f"040/{d(7)}"]),
            "FR": lambda: self.ch([f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"]),
            "ES": lambda: self.ch([f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}"]),
            "MX": lambda: self.ch([f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}", f"+52 (999) {d(3)} {d(4)}"]),
            "BR": lambda: self.ch([f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}", f"+55 51 3{d(3)}-{d(4)}"]),
            "JP": lambda: self.ch([f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}"]),
            "IN": lambda: self.ch([f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"+91-80-{d(8)}", f"+91 {self.ch('6789')}{d(9)}", f"022 {d(4)} {d(4)}"]),
            "IT": lambda: self.ch([f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"]),
            "NL": lambda: self.ch([f"+31 6 {d(8)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"+31 10 {d(3)} {d(4)}"]),
            "PL": lambda: self.ch([f"+48 5{d(2)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}", f"6{d(2)}-{d(3)}-{d(3)}", f"12 {d(3)} {d(2)} {d(2)}"]),
            "CN": lambda: self.ch([f"+86 13{d(1)} {d(4)} {d(4)}", f"139{d(8)}", f"+86 10 {d(4)} {d(4)}", f"021-{d(8)}"]),
            "KR": lambda: self.ch([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"]),
            "RU": lambda: self.ch([f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (916) {d(3)}-{d(2)}-{d(2)}", f"+7 (812) {d(3)}-{d(2)}-{d(2)}", f"+7 9{d(2)} {d(3)} {d(2)} {d(2)}"]),
            "TR": lambda: self.ch([f"+90 532 {d(3)} {d(2)} {d(2)}", f"0 (216) {d(3)} {d(2)} {d(2)}", f"0555 {d(3)} {d(2)} {d(2)}"]),
            "PH": lambda: self.ch([f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"]),
            "VN": lambda: self.ch([f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"09{d(2)} {d(3)} {d(3)}", f"+84 28 {d(4)} {d(4)}"]),
            "CA": lambda: self.ch([f"+1 416 555 0{d(3)}", f"(604) 555-0{d(3)}", f"514-555-0{d(3)}"]),
            "SA": lambda: self.ch([f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}", f"+966 11 {d(3)} {d(4)}"]),
            "AU": lambda: self.ch([f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}"]),
        }[cc]
        return f()
    def intl_city(self, cc): return self.ch(CC[cc]["cities"])
    def intl_addr(self, cc, multiline=False):
        d, n, ch = self.digits, self.n, self.ch
        if cc == "GB":
            city, area = ch([("London", ["N1", "SE15", "E8", "NW3", "SW11", "W4"]), ("Leeds", ["LS6", "LS11", "LS8"]),
                             ("Manchester", ["M14", "M20", "M4"]), ("Bristol", ["BS3", "BS7"]), ("Birmingham", ["B13", "B29"]),
                             ("Glasgow", ["G12", "G41"]), ("Edinburgh", ["EH6", "EH9"]), ("Cardiff", ["CF10", "CF24"]),
                             ("Sheffield", ["S7", "S11"]), ("Nottingham", ["NG7", "NG5"]), ("Norwich", ["NR2"]), ("York", ["YO10", "YO31"])])
            pc = f"{ch(area)} {n(1, 9)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}"
            st = f"{n(1, 220)} {ch(['Baker', 'Station', 'Victoria', 'Albert', 'Mill', 'Church', 'Kingsley', 'Rosebery', 'Granby', 'Heathfield', 'Lime Tree'])} {ch(['Road', 'Street', 'Close', 'Lane', 'Avenue', 'Gardens', 'Crescent', 'Terrace', 'Grove'])}"
            flat = ch(["", "", f"Flat {n(1, 12)}, ", f"Flat {n(1,6)}{ch('ABC')}, "])
            return f"{flat}{st}\n{city}\n{pc}" if multiline else f"{flat}{st}, {city} {pc}"
        if cc == "DE":
            city, lo, hi = ch([("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
                               ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Düsseldorf", 40210, 40629),
                               ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328), ("Hannover", 30159, 30669), ("Nürnberg", 90402, 90491), ("Bremen", 28195, 28779)])
            st = ch(["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schillerstraße", "Goethestraße", "Bergstraße", "Kirchgasse", fk("de_DE").street_name(), fk("de_DE").street_name()])
            return f"{st} {n(1, 140)}{ch(['', '', 'a', 'b'])}{chr(10) if multiline else ', '}{n(lo, hi):05d} {city}"
        if cc == "FR":
            city, pcs = ch([("Paris", [f"750{x:02d}" for x in range(1, 21)]), ("Lyon", [f"6900{x}" for x in range(1, 10)]),
                            ("Marseille", [f"130{x:02d}" for x in range(1, 17)]), ("Toulouse", ["31000", "31200", "31400", "31500"]),
                            ("Nice", ["06000", "06100", "06200", "06300"]), ("Nantes", ["44000", "44100", "44200", "44300"]),
                            ("Strasbourg", ["67000", "67100", "67200"]), ("Bordeaux", ["33000", "33100", "33200", "33800"]),
                            ("Lille", ["59000", "59160", "59800"]), ("Montpellier", ["34000", "34070", "34090"])])
            st = ch(["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
                     "place de la Liberté", "impasse des Roses", "chemin du Moulin", "allée des Tilleuls", fk("fr_FR").street_name()])
            extra = ch(["", "", f"Bât. {ch('ABC')}, apt {n(1, 40)}, ", f"Résidence les Pins, "])
            return f"{extra}{n(1, 180)}{ch(['', '', ' bis'])} {st}{chr(10) if multiline else ', '}{ch(pcs)} {city}"
        if cc == "ES":
            city, lo, hi = ch([("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Sevilla", 41001, 41020),
                               ("Málaga", 29001, 29018), ("Bilbao", 48001, 48015), ("Zaragoza", 50001, 50021), ("Granada", 18001, 18015)])
            st = ch(["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia", "Carrer de Mallorca",
                     "Calle San Fernando", "Calle del Carmen", "Avenida de Andalucía", "Calle Larios"])
            return f"{st}, {n(1, 200)}, {n(1, 8)}º {ch('ABCD')}{chr(10) if multiline else ', '}{n(lo, hi):05d} {city}"
        if cc == "MX":
            city, lo, hi, stt = ch([("Ciudad de México", 1000, 16999, "CDMX"), ("Guadalajara", 44100, 45999, "Jal."),
                                    ("Monterrey", 64000, 64999, "N.L."), ("Puebla", 72000, 72599, "Pue."), ("Mérida", 97000, 97399, "Yuc."),
                                    ("Oaxaca de Juárez", 68000, 68299, "Oax."), ("Tijuana", 22000, 22699, "B.C.")])
            st = ch(["Av. Insurgentes Sur", "Calle Durango", "Av. Juárez", "Calle Morelos", "Av. Vallarta", "Calle 60", "Calle Hidalgo", "Av. Constitución"])
            col = ch(["Roma Norte", "Condesa", "Del Valle", "Centro", "Americana", "Narvarte", "Obrera", "Jardines del Bosque", "Chapultepec"])
            unit = ch(["", f" Int. {n(1, 20)}", f" Depto. {n(101, 504)}"])
            return f"{st} {n(1, 2400)}{unit}, Col. {col}{chr(10) if multiline else ', '}{ch(['', 'C.P. '])}{n(lo, hi):05d} {city}, {stt}"
        if cc == "BR":
            city, uf, lo, hi = ch([("São Paulo", "SP", 1000, 5999), ("Rio de Janeiro", "RJ", 20000, 23799), ("Belo Horizonte", "MG", 30000, 31999),
                                   ("Curitiba", "PR", 80000, 82999), ("Porto Alegre", "RS", 90000, 91999), ("Salvador", "BA", 40000, 42599),
                                   ("Recife", "PE", 50000, 52999), ("Fortaleza", "CE", 60000, 61599)])
            st = ch(["Rua das Flores", "Rua Augusta", "Avenida Paulista", "Rua XV de Novembro", "Rua da Consolação", "Avenida Brasil", "Rua Sete de Setembro", "Rua Bahia"])
            bairro = ch(["Centro", "Pinheiros", "Copacabana", "Savassi", "Boa Viagem", "Moinhos de Vento", "Batel", "Barra", "Tijuca"])
            unit = ch(["", f", Apto {n(11, 1204)}", f", casa {n(1, 4)}", f", Bloco {ch('AB')} apto {n(11, 304)}"])
            return f"{st}, {n(1, 3000)}{unit} - {bairro}{chr(10) if multiline else ', '}{city} - {uf}, {n(lo, hi):05d}-{d(3)}"
        if cc == "JP":
            e, j, pc = ch(JP_PLACES)
            b = f"{n(1, 5)}-{n(1, 30)}-{n(1, 20)}"
            if self.r.random() < 0.5:
                return f"〒{pc} {j}{b}" if self.r.random() < 0.5 else f"〒{pc}{chr(10) if multiline else ' '}{j}{b}"
            return f"{b} {e}, {pc}"
        if cc == "IN":
            city, pre = ch([("Bengaluru", "5600"), ("Mumbai", "4000"), ("New Delhi", "1100"), ("Chennai", "6000"), ("Hyderabad", "5000"),
                            ("Pune", "4110"), ("Kolkata", "7000"), ("Ahmedabad", "3800"), ("Jaipur", "3020")])
            area = ch(["Indiranagar", "Koramangala", "Andheri West", "Bandra East", "Lajpat Nagar", "T. Nagar", "Banjara Hills", "Kothrud", "Salt Lake", "Navrangpura", "Malviya Nagar"])
            bld = ch(["Sai Krupa Apartments", "Shanti Niwas", "Green Park Residency", "Lotus Towers", "Gokuldham Society", "Prestige Meridian"])
            return f"Flat {n(1, 12)}0{n(1, 9)}, {bld}, {ch(['1st', '2nd', '3rd', '4th', '5th', '8th', '12th'])} {ch(['Cross', 'Main'])}, {area}{chr(10) if multiline else ', '}{city} {ch(['', '- '])}{pre}{d(2)}"
        if cc == "IT":
            city, prov, lo, hi = ch([("Roma", "RM", 118, 199), ("Milano", "MI", 20121, 20162), ("Napoli", "NA", 80121, 80147), ("Torino", "TO", 10121, 10156),
                                     ("Firenze", "FI", 50121, 50145), ("Bologna", "BO", 40121, 40141), ("Palermo", "PA", 90121, 90151)])
            st = ch(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Viale dei Mille", "Via Mazzini", "Via Cavour", "Piazza della Repubblica"])
            return f"{st} {n(1, 250)}{chr(10) if multiline else ', '}{n(lo, hi):05d} {city} ({prov})"
        if cc == "NL":
            city, lo, hi = ch([("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Utrecht", 3511, 3585), ("Den Haag", 2491, 2599), ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747)])
            st = ch(["Keizersgracht", "Prinsengracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Oudegracht", "Lange Voorhout", fk("nl_NL").street_name()])
            lt = ch("ABCEGHJKLMNPRTVWXZ") + ch("ABCEGHJKLMNPRTVWXZ")
            return f"{st} {n(1, 400)}{ch(['', '', '-II', 'A'])}{chr(10) if multiline else ', '}{n(lo, hi)} {lt} {city}"
        if cc == "PL":
            city, lo, hi = ch([("Warszawa", 1, 4999), ("Kraków", 30001, 31999), ("Gdańsk", 80001, 80999), ("Wrocław", 50001, 54999), ("Poznań", 60001, 61999), ("Łódź", 90001, 94999)])
            st = ch(["Marszałkowska", "Długa", "Floriańska", "Piotrkowska", "Mickiewicza", "Słowackiego", "Kościuszki", "Grunwaldzka"])
            pc = f"{n(lo, hi):05d}"
            return f"ul. {st} {n(1, 150)}/{n(1, 60)}{chr(10) if multiline else ', '}{pc[:2]}-{pc[2:]} {city}"
        if cc == "CN":
            if self.r.random() < 0.6:
                return ch(["北京市朝阳区建国路", "上海市浦东新区世纪大道", "广州市天河区天河路", "成都市武侯区人民南路", "杭州市西湖区文三路"]) + f"{n(1, 300)}号" + ch(["", f"{n(1, 30)}栋{n(101, 2404)}室"])
            return f"{n(1, 300)} {ch(['Jianguo Road, Chaoyang District, Beijing 1000', 'Century Avenue, Pudong, Shanghai 2001', 'Tianhe Road, Tianhe District, Guangzhou 5106'])}{d(2)}"
        if cc == "KR":
            if self.r.random() < 0.6:
                return ch(["서울특별시 강남구 테헤란로", "서울특별시 마포구 월드컵로", "부산광역시 해운대구 해운대로", "대구광역시 중구 동성로"]) + f" {n(1, 500)}" + ch(["", f", {n(101, 1204)}호"])
            return f"{n(1, 500)} {ch(['Teheran-ro, Gangnam-gu, Seoul 06', 'World Cup-ro, Mapo-gu, Seoul 03', 'Haeundae-ro, Haeundae-gu, Busan 48'])}{d(3)}"
        if cc == "RU":
            return ch([f"г. Москва, ул. Тверская, д. {n(1, 40)}, кв. {n(1, 200)}, 125{d(3)}", f"{ch(['19', '12'])}{d(4)}, г. {ch(['Санкт-Петербург', 'Москва'])}, {ch(['Невский пр.', 'ул. Ленина', 'ул. Садовая'])}, д. {n(1, 90)}, кв. {n(1, 150)}",
                       f"ul. Tverskaya {n(1, 40)}, apt {n(1, 200)}, Moscow 125{d(3)}"])
        if cc == "TR":
            return ch([f"Bağdat Cad. No: {n(1, 400)} D: {n(1, 20)}, 347{d(2)} Kadıköy/İstanbul", f"Atatürk Bulvarı No:{n(1, 200)}, 06{d(3)} Çankaya/Ankara", f"Kıbrıs Şehitleri Cd. No: {n(1, 150)}, 35{d(3)} Alsancak/İzmir"])
        if cc == "PH":
            return ch([f"Unit {n(1, 30)}{ch('ABCD')}, {n(1, 200)} Ayala Ave, Makati City, 12{d(2)} Metro Manila", f"{n(1, 90)} Mabini St, Brgy. San Roque, Quezon City, 11{d(2)} Metro Manila",
                       f"Blk {n(1, 30)} Lot {n(1, 40)}, Phase {n(1, 4)}, Brgy. Pooc, Santa Rosa, Laguna 40{d(2)}", f"{n(1, 300)} Osmeña Blvd, Cebu City, 6000 Cebu"])
        if cc == "VN":
            return ch([f"Số {n(1, 200)} Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", f"{n(1, 99)} Phố Hàng Bông, Quận Hoàn Kiếm, Hà Nội", f"{n(1, 300)} Lê Lợi, Quận Hải Châu, Đà Nẵng"])
        if cc == "CA":
            city, prov, fl = ch([("Toronto", "ON", "M"), ("Ottawa", "ON", "K"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
                                 ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"), ("Edmonton", "AB", "T"), ("Regina", "SK", "S")])
            L_ = "ABCEGHJKLMNPRSTVWXYZ"
            pc = f"{fl}{n(1, 9)}{ch(L_)} {n(0, 9)}{ch(L_)}{n(0, 9)}"
            st = f"{ch(['', '', str(n(1, 30)) + '-'])}{n(10, 9900)} {ch(['Queen St W', 'Yonge Street', 'Rue Saint-Denis', 'Granville St', 'Portage Ave', '17 Ave SW', 'Bank Street', 'Spring Garden Rd'])}"
            return f"{st}{chr(10) if multiline else ', '}{city}, {prov} {pc}"
        if cc == "SA":
            return ch([f"{n(1000, 9999)} King Fahd Road, Al Olaya, Riyadh 12{d(3)}", f"الرياض {n(11, 14)}{d(3)}، حي العليا، طريق الملك فهد {n(1000, 9999)}",
                       f"{n(1000, 9999)} Prince Sultan St, Al Rawdah, Jeddah 23{d(3)}"])
        if cc == "AU":
            city, stt, pcs = ch([("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Brunswick", "VIC", "3056"), ("Fremantle", "WA", "6160"), ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045")])
            return f"{ch(['', f'Unit {n(1, 20)}, ', f'{n(1, 20)}/'])}{n(1, 300)} {ch(['Smith St', 'King St', 'George St', 'Brunswick Rd', 'High St', 'Beach Rd'])}, {city} {stt} {pcs}"
        raise KeyError(cc)

    def nhs(self):
        while True:
            d = [self.n(0, 9) for _ in range(9)]
            s = sum(x * (10 - i) for i, x in enumerate(d)); c = 11 - s % 11
            if c == 11: c = 0
            if c != 10:
                v = "".join(map(str, d)) + str(c)
                return self.ch([f"{v[:3]} {v[3:6]} {v[6:]}", v])
    def mrn_intl(self, cc):
        if cc == "GB": return self.nhs()
        if cc == "DE": return f"{self.ch(string.ascii_uppercase)}{self.digits(9)}"
        if cc == "FR": return f"{self.ch('12')} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(3)} {self.digits(3)} {self.digits(2)}"
        if cc == "CA": return f"{self.digits(4)}-{self.digits(3)}-{self.digits(3)}-{self.ch(string.ascii_uppercase)}{self.ch(string.ascii_uppercase)}"
        if cc == "MX": return f"{self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(4)} {self.digits(1)}"
        if cc == "BR": return f"{self.digits(3)} {self.digits(4)} {self.digits(4)} {self.digits(4)}"
        if cc == "AU": return f"{self.n(2, 6)}{self.digits(3)} {self.digits(5)} {self.n(1, 9)}"
        if cc == "IN": return f"{self.digits(2)}-{self.digits(4)}-{self.digits(4)}-{self.digits(4)}"
        return self.ch([f"{self.ch(['HN', 'PT', 'KH', 'REG'])}-{self.digits(7)}", self.digits(8), f"{self.digits(4)}/{self.digits(5)}"])
    def email(self, p, cc="US"):
        dom = self.ch(CC[cc]["mail"]) if cc != "US" else self.ch(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com", "comcast.net", "att.net", "proton.me"])
        f, l = p["first"], p["last"]
        if not f.isascii() or not l.isascii() or not f.replace(" ", "").replace(".", "").isalpha():
            u = fk(CC[cc]["loc"] if cc != "US" else "en_US").user_name()
        else:
            f2, l2 = f.lower().replace(" ", "").replace(".", ""), l.lower().replace(" ", "").replace("'", "")
            u = self.ch([f"{f2}.{l2}", f"{f2[0]}{l2}{self.n(1, 99)}", f"{f2}{l2}", f"{l2}.{f2}{self.n(40, 99)}", f"{f2}_{l2}", f"{f2}{self.n(1950, 2001)}", f"{l2}{f2[0]}"])
        return f"{u}@{dom}"
    def url(self, p):
        f, l = p["first"], p["last"]
        if not (f + l).replace(" ", "").replace(".", "").isascii():
            f, l = "ana", "lee"
        f2, l2 = f.lower().replace(" ", "").replace(".", ""), l.lower().replace(" ", "")
        return self.ch([f"https://www.{f2}{l2}.com", f"linkedin.com/in/{f2}-{l2}-{self.n(1000, 9999)}", f"facebook.com/{f2}.{l2}.{self.n(1, 9)}",
                        f"https://www.caringbridge.org/visit/{f2}{l2}", f"gofundme.com/f/help-{f2}-{l2}-recover", f"instagram.com/{f2}.{l2}",
                        f"https://{f2}{l2}photography.com/about", f"www.{l2}familyblog.net/{f2}", f"https://mealtrain.com/trains/{f2}-{l2}", f"tiktok.com/@{f2}{l2}{self.n(1, 99)}"])

JP_PLACES = [("Nishi-Shinjuku, Shinjuku-ku, Tokyo", "東京都新宿区西新宿", "160-0023"), ("Sangenjaya, Setagaya-ku, Tokyo", "東京都世田谷区三軒茶屋", "154-0024"),
             ("Umeda, Kita-ku, Osaka", "大阪府大阪市北区梅田", "530-0001"), ("Yamashita-cho, Naka-ku, Yokohama", "神奈川県横浜市中区山下町", "231-0023"),
             ("Kita 1-jo Nishi, Chuo-ku, Sapporo", "北海道札幌市中央区北一条西", "060-0001"), ("Hakata-ekimae, Hakata-ku, Fukuoka", "福岡県福岡市博多区博多駅前", "812-0011"),
             ("Sakae, Naka-ku, Nagoya", "愛知県名古屋市中区栄", "460-0008"), ("Shimogamo, Sakyo-ku, Kyoto", "京都府京都市左京区下鴨", "606-0801")]
IBAN_SPEC = {"DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "NL": "4a10n", "IT": "1a22n", "PL": "24n", "PT": "21n",
             "BE": "12n", "AT": "16n", "IE": "4a14n", "CH": "17n", "TR": "22n", "SA": "18n", "BR": "23n1a1c"}
CC = {
    "GB": {"loc": "en_GB", "cities": ["London", "Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "LONDON"], "mail": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "gmail.com"]},
    "DE": {"loc": "de_DE", "cities": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden"], "mail": ["gmx.de", "web.de", "t-online.de"]},
    "FR": {"loc": "fr_FR", "cities": ["Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Paris"], "mail": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"]},
    "ES": {"loc": "es_ES", "cities": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Málaga"], "mail": ["telefonica.net", "yahoo.es", "gmail.com"]},
    "MX": {"loc": "es_MX", "cities": ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida", "Ciudad de México"], "mail": ["prodigy.net.mx", "hotmail.com", "gmail.com"]},
    "BR": {"loc": "pt_BR", "cities": ["São Paulo", "Belo Horizonte", "Curitiba", "Recife", "Porto Alegre"], "mail": ["uol.com.br", "bol.com.br", "terra.com.br"]},
    "JP": {"loc": "ja_JP", "cities": ["Osaka", "Yokohama", "東京", "大阪", "札幌", "Fukuoka"], "mail": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"]},
    "IN": {"loc": "en_IN", "cities": ["Pune", "Chennai", "Hyderabad", "Bengaluru", "Jaipur", "मुंबई"], "mail": ["rediffmail.com", "gmail.com", "yahoo.co.in"]},
    "IT": {"loc": "it_IT", "cities": ["Napoli", "Torino", "Bologna", "Palermo", "Firenze"], "mail": ["libero.it", "tiscali.it", "alice.it"]},
    "NL": {"loc": "nl_NL", "cities": ["Rotterdam", "Utrecht", "Groningen", "Eindhoven"], "mail": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"]},
    "PL": {"loc": "pl_PL", "cities": ["Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"], "mail": ["wp.pl", "onet.pl", "o2.pl"]},
    "CN": {"loc": "zh_CN", "cities": ["上海", "北京", "成都", "Shenzhen", "Hangzhou"], "mail": ["qq.com", "163.com", "126.com"]},
    "KR": {"loc": "ko_KR", "cities": ["서울", "부산", "Incheon", "Daegu"], "mail": ["naver.com", "daum.net", "kakao.com"]},
    "RU": {"loc": "ru_RU", "cities": ["Москва", "Санкт-Петербург", "Казань", "Novosibirsk"], "mail": ["mail.ru", "yandex.ru", "rambler.ru"]},
    "TR": {"loc": "tr_TR", "cities": ["İstanbul", "Ankara", "İzmir", "Bursa"], "mail": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"]},
    "PH": {"loc": "fil_PH", "cities": ["Manila", "Cebu City", "Davao", "Quezon City", "Iloilo"], "mail": ["yahoo.com.ph", "gmail.com"]},
    "VN": {"loc": "vi_VN", "cities": ["Hà Nội", "Đà Nẵng", "Huế", "Saigon"], "mail": ["gmail.com", "yahoo.com.vn"]},
    "CA": {"loc": "en_CA", "cities": ["Toronto", "Winnipeg", "Halifax", "Montréal", "Calgary"], "mail": ["rogers.com", "sympatico.ca", "shaw.ca"]},
    "SA": {"loc": "ar_SA", "cities": ["الرياض", "جدة", "Riyadh", "Jeddah", "Dammam"], "mail": ["gmail.com", "hotmail.com"]},
    "AU": {"loc": "en_AU", "cities": ["Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart"], "mail": ["bigpond.com", "optusnet.com.au", "gmail.com"]},
}
