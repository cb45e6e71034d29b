"""Template messages for dev76, filled with Faker values (fixed seed).

Every template returns (style, markup) in the same markup as the hand files
([[text|T]] / [[text|T|I]] identifiers, {{text}} keep words) and is parsed by handparse.
Written for this file only, from FROZEN_SPEC.md.
"""
import random
import re

from faker import Faker

SEED = 7676

# ---------------------------------------------------------------- keep-word pools
MEDS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
        "sertraline", "oxycodone", "amlodipine", "atorvastatin", "gabapentin", "levothyroxine",
        "prednisone", "insulin lispro", "Jardiance", "Ozempic", "tramadol", "donepezil", "memantine",
        "Seroquel", "hydrochlorothiazide", "Plavix", "Xarelto", "Entresto", "furosemide",
        "potassium chloride", "vitamin D3", "fish oil", "omeprazole", "pantoprazole", "albuterol",
        "Spiriva", "Symbicort", "carvedilol", "Keppra", "Sinemet", "trazodone", "Zoloft", "buspirone",
        "Narcan", "Suboxone", "methadone", "tamsulosin", "Flomax", "allopurinol", "colchicine",
        "Tylenol", "aspirin 81", "magnesium oxide", "turmeric", "Ensure", "Trulicity", "Mounjaro",
        "spironolactone", "digoxin", "Aricept", "Namenda", "clonazepam", "hydrocodone", "Humira"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's",
         "COPD", "Alzheimer's", "CHF", "type 2 diabetes", "hypertension", "CKD stage 3", "sleep apnea",
         "peripheral neuropathy", "gout", "osteoarthritis", "macular degeneration", "hypothyroidism",
         "major depression", "generalized anxiety", "UTI", "pneumonia", "cellulitis", "DVT",
         "pulmonary embolism", "iron deficiency anemia", "lupus", "multiple sclerosis", "epilepsy",
         "glaucoma", "shingles", "sciatica", "vertigo", "heart failure", "vascular dementia",
         "Lewy body dementia", "ALS", "colon cancer", "breast cancer", "prostate cancer", "stroke"]
LABS = ["Hemoglobin A1c", "INR", "TSH", "lipid panel", "CBC", "BMP", "creatinine", "potassium", "eGFR",
        "BNP", "troponin", "vitamin B12", "ferritin", "PSA", "urinalysis", "blood sugar"]
BODY = ["left knee", "lower back", "right hip", "ankles", "left shoulder", "feet", "neck", "tailbone",
        "wrist", "heel", "chest wall", "jaw", "right knee", "abdominal"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Auntie", "Uncle", "Gran", "Mum",
        "Pop-pop", "Lola", "Oma"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Blue Cross", "Humana",
        "Cleveland Clinic", "the VA", "Rite Aid", "Meals on Wheels", "AARP", "Aetna", "Costco pharmacy"]
HELP = ["988", "1-800-222-1222", "1-800-MEDICARE", "911", "211"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "Can't", "He's", "Won't", "I'll", "Didn't", "They're"]
# whole sentences built around a contraction: (sentence with {c} where the keep word goes, contraction)
CONTR_SENT = [("{c} still check the old mailbox for a few weeks.", "We'll"),
              ("{c} not sure the post office got the form.", "I'm"),
              ("{c} send anything to the old one after the 1st.", "Don't"),
              ("{c} be back at the old place, the lease is up.", "She won't"),
              ("{c} like the {{{{Medicare}}}} letters to go to the new one too.", "She'd")]
REAL_CITIES = [("Springfield", "IL"), ("Dayton", "OH"), ("Tucson", "AZ"), ("Boise", "ID"), ("Fresno", "CA"),
               ("Lubbock", "TX"), ("El Paso", "TX"), ("Savannah", "GA"), ("Macon", "GA"), ("Mobile", "AL"),
               ("Duluth", "MN"), ("Rochester", "MN"), ("Rochester", "NY"), ("Albany", "NY"), ("Yonkers", "NY"),
               ("Scranton", "PA"), ("Erie", "PA"), ("Toledo", "OH"), ("Flint", "MI"), ("Kalamazoo", "MI"),
               ("Gary", "IN"), ("Muncie", "IN"), ("Peoria", "IL"), ("Joliet", "IL"), ("Madison", "WI"),
               ("Green Bay", "WI"), ("Sioux Falls", "SD"), ("Fargo", "ND"), ("Billings", "MT"), ("Cheyenne", "WY"),
               ("Provo", "UT"), ("Reno", "NV"), ("Eugene", "OR"), ("Spokane", "WA"), ("Tacoma", "WA"),
               ("Anchorage", "AK"), ("Hilo", "HI"), ("Santa Fe", "NM"), ("Amarillo", "TX"), ("Laredo", "TX"),
               ("Shreveport", "LA"), ("Baton Rouge", "LA"), ("Jackson", "MS"), ("Little Rock", "AR"), ("Tulsa", "OK"),
               ("Wichita", "KS"), ("Topeka", "KS"), ("Omaha", "NE"), ("Des Moines", "IA"), ("Cedar Rapids", "IA"),
               ("Knoxville", "TN"), ("Chattanooga", "TN"), ("Lexington", "KY"), ("Asheville", "NC"), ("Durham", "NC"),
               ("Charleston", "SC"), ("Roanoke", "VA"), ("Norfolk", "VA"), ("Wheeling", "WV"), ("Hartford", "CT"),
               ("Worcester", "MA"), ("Lowell", "MA"), ("Providence", "RI"), ("Burlington", "VT"), ("Portland", "ME"),
               ("Manchester", "NH"), ("Newark", "NJ"), ("Trenton", "NJ"), ("Dover", "DE"), ("Baltimore", "MD"),
               ("Orlando", "FL"), ("Tampa", "FL"), ("Hialeah", "FL"), ("Pensacola", "FL"), ("Brownsville", "TX")]
STREETS = ["Oak", "Maple", "Main", "Elm", "Cedar", "Washington", "Lincoln", "Lake", "Pine", "Church", "Mill",
           "River", "Highland", "Martin Luther King Jr", "3rd", "14th", "Walnut", "Jefferson", "Chestnut", "Sunset",
           "Broad", "Market", "Franklin", "Spring", "Ridge", "Magnolia", "Dogwood", "Willow", "Lakeview", "Cherry",
           "Hickory", "Peachtree", "Adams", "Madison", "2nd", "5th", "Grand", "Prospect", "Orchard", "Meadow",
           "Kingsley", "Cottonwood", "Mesquite", "Saguaro", "Kamehameha", "Palmetto", "Bayou", "Old County"]
SUFFIX = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Blvd", "Ct", "Way",
          "Pl", "Ter", "Cir", "Pkwy", "Hwy"]

# ---------------------------------------------------------------- name pools
WORD_FIRST = ["Rose", "Hope", "Grace", "Joy", "Faith", "June", "April", "Reed", "Hunter", "Summer",
              "Will", "Pat", "Bill", "Mark", "Frank", "Ruby", "Amber", "Dawn", "Sky", "Jack", "Art",
              "Gene", "Earl", "Chase", "Drew", "Crystal", "Destiny", "Sunny", "Rusty", "Buddy"]
WORD_LAST = ["Reed", "Park", "Hill", "Young", "Brown", "Rose", "Stone", "Fox", "King", "Bishop", "Love",
             "Moon", "Wolf", "Price", "Bell", "Rice", "Hunt", "Little", "Long", "Short", "Black",
             "White", "Green", "Cook", "Baker", "Miller", "Sharp", "Best", "Hope", "Field", "Wise"]
NICK = {"Robert": "Bobby", "Elizabeth": "Liz", "William": "Billy", "Margaret": "Peggy", "Katherine": "Kat",
        "James": "Jimmy", "Richard": "Rick", "Patricia": "Trish", "Susan": "Suzy", "Jennifer": "Jenny",
        "Christopher": "Topher", "Michael": "Mikey", "Deborah": "Debbie", "Barbara": "Babs",
        "Francisco": "Pancho", "José": "Pepe", "Guadalupe": "Lupe", "Alejandro": "Alex",
        "Nguyen": "Win", "Rosario": "Chayo", "Jesús": "Chuy", "Ignacio": "Nacho", "Beatriz": "Bea",
        "Alexander": "Sasha", "Dorothy": "Dot", "Harold": "Hal", "Theodore": "Teddy", "Joseph": "Joey",
        "Charles": "Chuck", "Edward": "Eddie", "Virginia": "Ginny", "Kimberly": "Kimmy"}
US_LOCS = ["en_US"] * 10 + ["es_MX", "vi_VN", "it_IT", "pl_PL", "en_IN", "pt_BR", "fr_FR", "de_DE"]
NONLATIN = ["ja_JP", "zh_CN", "ko_KR", "hi_IN", "ru_RU", "ar_SA"]
INTL_LATIN = ["en_GB", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "es_MX", "tr_TR",
              "vi_VN", "en_IN"]

AREA = ["212", "312", "415", "503", "617", "713", "214", "305", "404", "602", "702", "206", "303",
        "612", "314", "816", "919", "615", "502", "317", "414", "216", "412", "704", "843", "901",
        "505", "208", "406", "907", "808", "401", "603", "207", "802", "860", "973", "856", "610",
        "717", "814", "585", "716", "315", "518", "240", "301", "410", "443", "571", "703", "804",
        "757", "540", "336", "252", "910", "706", "478", "912", "850", "904", "813", "727", "941",
        "239", "561", "954", "786", "321", "407", "352", "863", "386", "479", "318", "225", "769"]
VANITY = ["CLEANUP", "GETROOF", "HAULALL", "MOVEMAX", "PAINTER", "PIANOS", "YARDPRO", "CAKES4U", "FIXTILE"]
STATES = None  # filled from Faker


def ident(text, code, intl=False):
    return f"[[{text}|{code}{'|I' if intl else ''}]]"


def K(w):
    return "{{" + w + "}}"


class Gen:
    def __init__(self, seed=SEED):
        self.r = random.Random(seed)
        self.f = {}
        self.seed = seed

    def fk(self, loc):
        if loc not in self.f:
            g = Faker(loc)
            g.seed_instance(self.seed + sum(map(ord, loc)))
            self.f[loc] = g
        return self.f[loc]

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    # ------------------------------------------------------------ people
    def person(self, loc=None, word=0.18, sex=None):
        loc = loc or self.pick(US_LOCS)
        g = self.fk(loc)
        sex = sex or self.pick("FM")
        first = g.first_name_female() if sex == "F" else g.first_name_male()
        last = g.last_name()
        if loc == "en_US" and self.chance(word):
            if self.chance(0.5):
                first = self.pick(WORD_FIRST)
            else:
                last = self.pick(WORD_LAST)
        return first, last, loc

    def nonlatin_person(self):
        loc = self.pick(NONLATIN)
        g = self.fk(loc)
        first, last = g.first_name(), g.last_name()
        if loc in ("ja_JP", "zh_CN", "ko_KR"):
            full = last + (" " if self.chance(0.5) else "") + first
        elif loc == "ru_RU":
            full = f"{last} {first}" if self.chance(0.5) else f"{first} {last}"
        else:
            full = f"{first} {last}"
        return full, loc

    def render_name(self, first, last, how=None):
        how = how or self.pick(["full", "full", "first", "first", "lastfirst", "nick", "lower", "caps",
                                "initial"])
        if how == "full":
            return f"{first} {last}"
        if how == "first":
            return first
        if how == "lastfirst":
            return f"{last}, {first}"
        if how == "nick":
            return NICK.get(first, first)
        if how == "lower":
            return self.pick([first.lower(), f"{first} {last}".lower()])
        if how == "caps":
            return f"{first} {last}".upper()
        if how == "initial":
            return f"{first} {last[0]}."
        return first

    # ------------------------------------------------------------ phones
    def us_digits(self):
        a = self.pick(AREA)
        if self.chance(0.35):
            ex, ln = "555", f"01{self.r.randint(0, 99):02d}"
        else:
            ex, ln = str(self.r.randint(201, 989)), f"{self.r.randint(0, 9999):04d}"
            if ex[1:] == "11":
                ex = "234"
        return a, ex, ln

    def us_phone(self):
        a, e, l = self.us_digits()
        shape = self.r.randint(0, 13)
        s = [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a}{e}{l}", f"+1 {a} {e} {l}",
             f"1-{a}-{e}-{l}", f"001-{a}-{e}-{l}", f"({a}){e}-{l}", f"+1-{a}-{e}-{l}", f"{a} {e} {l}",
             f"+1 ({a}) {e}-{l}", f"{a}-{e}-{l}", f"({a}) {e}-{l}", f"{a}.{e}.{l}"][shape]
        if self.chance(0.18):
            s += self.pick([f" x{self.r.randint(2, 9999)}", f" ext. {self.r.randint(2, 999)}",
                            f" extension {self.r.randint(1, 9)}", f" ext {self.r.randint(10, 4999)}",
                            f"x{self.r.randint(100, 999)}"])
        return s

    def vanity_phone(self):
        tf = self.pick(["800", "888", "877", "866", "855"])
        return self.pick([f"1-{tf}-{self.pick(VANITY)}", f"{tf}-{self.pick(VANITY)}", f"1 ({tf}) {self.pick(VANITY)}"])

    def intl_phone(self, country=None):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        c = country or self.pick(["GB", "DE", "FR", "MX", "IN", "JP", "BR", "ES", "IT", "NL", "PL", "KR",
                                  "CN", "PH", "AU", "CA", "IE", "NG", "TR", "VN"])
        opts = {
            "GB": [f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}",
                   f"0161 {d(3)} {d(4)}"],
            "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"+49 89 {d(4)} {d(4)}", f"0171 {d(7)}",
                   f"+49 (0)221 {d(6)}"],
            "FR": [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"],
            "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}"],
            "IN": [f"+91 9{d(4)} {d(5)}", f"+91-98{d(3)}-{d(5)}", f"09{d(9)}", f"+91 22 {d(4)} {d(4)}"],
            "JP": [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"],
            "BR": [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) {d(4)}-{d(4)}"],
            "ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(2)} {d(2)}"],
            "IT": [f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}"],
            "NL": [f"+31 6 {d(8)}", f"06-{d(8)}", f"+31 20 {d(3)} {d(4)}", f"020-{d(7)}"],
            "PL": [f"+48 {d(3)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}", f"{d(3)}-{d(3)}-{d(3)}"],
            "KR": [f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}"],
            "CN": [f"+86 13{d(1)} {d(4)} {d(4)}", f"+86 10 {d(4)} {d(4)}", f"139{d(8)}"],
            "PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"+63 2 {d(4)} {d(4)}"],
            "AU": [f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}", f"+61 2 {d(4)} {d(4)}"],
            "CA": [f"+1 (416) {r.randint(201, 989)}-{d(4)}", f"604-{r.randint(201, 989)}-{d(4)}",
                   f"+1 514 {r.randint(201, 989)} {d(4)}"],
            "IE": [f"+353 1 {d(3)} {d(4)}", f"087 {d(3)} {d(4)}", f"+353 87 {d(3)} {d(4)}"],
            "NG": [f"+234 80{d(1)} {d(3)} {d(4)}", f"0803 {d(3)} {d(4)}"],
            "TR": [f"+90 532 {d(3)} {d(2)} {d(2)}", f"0212 {d(3)} {d(2)} {d(2)}"],
            "VN": [f"+84 90 {d(3)} {d(4)}", f"+84 28 {d(4)} {d(4)}", f"091 {d(3)} {d(4)}"],
        }
        return self.pick(opts[c])

    # ------------------------------------------------------------ places
    def us_state_zip(self):
        g = self.fk("en_US")
        st = g.state_abbr(include_territories=False, include_freely_associated_states=False)
        z = g.zipcode_in_state(st) if self.chance(0.8) else g.zipcode_plus4()
        if self.chance(0.15):
            z = f"{z}-{self.r.randint(1, 9999):04d}" if "-" not in z else z
        return st, z

    def us_address(self, kind=None, oneline=None):
        g = self.fk("en_US")
        kind = kind or self.pick(["street"] * 7 + ["pobox", "military", "rural"])
        oneline = self.chance(0.65) if oneline is None else oneline
        city, st, z = self.city_state_zip()
        sep = ", " if oneline else "\n"
        if kind == "street":
            if self.chance(0.55):
                d = self.pick(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
                street = f"{self.r.randint(1, 29999)} {d}{self.pick(STREETS)} {self.pick(SUFFIX)}"
            else:
                street = g.street_address()
            if "Apt" not in street and "Suite" not in street and self.chance(0.45):
                street += self.pick([f" Apt {self.r.randint(1, 30)}{self.pick('ABCDEF')}", f", Suite {self.r.randint(100, 950)}",
                                     f" #{self.r.randint(1, 40)}", f" Unit {self.r.randint(1, 20)}", f", Apt. {self.r.randint(1, 400)}",
                                     f" Lot {self.r.randint(1, 90)}"])
            return f"{street}{sep}{city}, {st} {z}" if self.chance(0.8) else f"{street}{sep}{city} {st} {z}"
        if kind == "pobox":
            return f"{self.pick(['PO Box', 'P.O. Box', 'POB', 'Post Office Box'])} {self.r.randint(10, 99999)}{sep}{city}, {st} {z}"
        if kind == "rural":
            return f"{self.pick(['RR', 'Rural Route', 'RR#'])} {self.r.randint(1, 9)} Box {self.r.randint(1, 450)}{sep}{city}, {st} {z}"
        unit = self.pick([f"PSC {self.r.randint(1000, 9999)}", f"Unit {self.r.randint(2000, 9999)}",
                          f"CMR {self.r.randint(400, 499)}"])
        post = self.pick(["APO", "FPO", "DPO"])
        ms = self.pick(["AE", "AP", "AA"])
        mz = {"AE": f"09{self.r.randint(0, 999):03d}", "AP": f"96{self.r.randint(200, 699):03d}", "AA": f"340{self.r.randint(0, 99):02d}"}[ms]
        return f"{unit}, Box {self.r.randint(1, 9999)}{sep}{post} {ms} {mz}"

    def city_state_zip(self):
        g = self.fk("en_US")
        if self.chance(0.5):
            city, st = self.pick(REAL_CITIES)
            z = g.zipcode_in_state(st)
            if self.chance(0.15):
                z = f"{z}-{self.r.randint(1, 9999):04d}"
            return city, st, z
        st, z = self.us_state_zip()
        return g.city(), st, z

    def us_city(self):
        city, st, z = self.city_state_zip()
        return self.pick([f"{city}, {st}", f"{city}, {st} {z}", city, f"{city} {st}"])

    def intl_address(self, loc=None):
        match = {"tr_TR": "de_DE", "vi_VN": "fr_FR", "de_AT": "de_AT", "pt_PT": "pt_PT", "en_IE": "en_IE",
                 "nl_BE": "nl_BE", "fi_FI": "fi_FI", "de_CH": "de_CH"}
        loc = match.get(loc, loc) or self.pick(["en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "ja_JP",
                         "ko_KR", "zh_CN", "en_IN", "en_CA", "es_MX", "ru_RU", "en_AU"])
        a = self.fk(loc).address()
        if self.chance(0.6):
            a = a.replace("\n", ", ")
        return a, loc

    # ------------------------------------------------------------ numbers
    def ssn(self):
        a = self.r.randint(1, 899)
        while a == 666:
            a = self.r.randint(1, 899)
        b, c = self.r.randint(1, 99), self.r.randint(1, 9999)
        return self.pick([f"{a:03d}-{b:02d}-{c:04d}"] * 3 + [f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"])

    def dob(self, intl=False, cjk=False):
        g = self.fk("en_US")
        d = g.date_of_birth(minimum_age=2, maximum_age=99)
        if intl:
            fm = "%Y年%m月%d日" if cjk else self.pick(["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%Y", "%d %b %Y", "%d/%m/%y"])
        else:
            fm = self.pick(["%m/%d/%Y", "%m/%d/%Y", "%-m/%-d/%Y", "%-m/%-d/%y", "%m-%d-%Y", "%Y-%m-%d",
                            "%B %-d, %Y", "%b %-d %Y", "%-d %B %Y", "%m.%d.%Y", "%b. %-d, %Y", "%B %-d %Y"])
        return d.strftime(fm)

    def mrn(self):
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        mbi_l = "ACDEFGHJKMNPQRTUVWXY"
        mbi = (f"{r.randint(1, 9)}{self.pick(mbi_l)}{self.pick(mbi_l + '0123456789')}{r.randint(0, 9)}-"
               f"{self.pick(mbi_l)}{self.pick(mbi_l + '0123456789')}{r.randint(0, 9)}-"
               f"{self.pick(mbi_l)}{self.pick(mbi_l)}{r.randint(0, 9)}{r.randint(0, 9)}")
        kinds = [
            ("MRN", d(8)), ("MRN:", d(7)), ("MRN #", f"{d(3)}-{d(2)}-{d(3)}"), ("mrn", d(9)),
            ("chart #", f"{self.pick('ABCGHK')}{d(6)}"), ("Chart No.", d(6)), ("member ID", f"{self.pick(['XJH', 'W', 'YPB', 'H', 'ZGA'])}{d(9)}"),
            ("Medicare #", mbi), ("MBI", mbi.replace("-", "")), ("Medicaid ID", d(12)),
            ("Medicaid #", f"{self.pick('ABCDEFGHJKLMNPRT')}{self.pick('ABCDEFGHJKLMNPRT')}{d(5)}{self.pick('ABCDEFGH')}"),
            ("patient ID", f"P{d(7)}"), ("acct/MRN", f"{d(2)}{self.pick('ABCDEFGH')}{d(6)}"), ("Member #", f"{d(3)} {d(3)} {d(3)}"),
            ("", d(8)),
        ]
        return self.pick(kinds)

    def luhn_fix(self, digits, valid=True):
        body = digits[:-1]
        tot = 0
        for i, ch in enumerate(reversed(body)):
            n = int(ch)
            if i % 2 == 0:
                n *= 2
                if n > 9:
                    n -= 9
            tot += n
        chk = (10 - tot % 10) % 10
        if not valid:
            chk = (chk + self.r.randint(1, 9)) % 10
        return body + str(chk)

    def card(self):
        g = self.fk("en_US")
        num = g.credit_card_number(card_type=self.pick(["visa16", "mastercard", "amex", "discover", "visa16"]))
        num = self.luhn_fix(num, valid=self.chance(0.8))
        if len(num) == 15:
            s = self.pick([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
        else:
            s = self.pick([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num,
                           "-".join(num[i:i + 4] for i in range(0, 16, 4))])
        label = self.pick(["card", "cc", "visa", "credit card", "Card #", "CC:", "card number", "VISA", "debit card",
                           "mastercard"])
        return label, s

    def iban(self):
        loc = self.pick(["de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "de_AT", "pt_PT",
                         "en_IE", "de_CH", "nl_BE", "fi_FI", "tr_TR"])
        raw = self.fk(loc).iban()
        v = self.r.randint(0, 5)
        if v in (0, 1):
            s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        elif v == 2:
            s = raw
        elif v == 3:
            s = raw.lower()
        elif v == 4:
            s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()
        else:
            s = raw
        label = self.pick(["IBAN", "IBAN:", "iban", "IBAN", "", "account"])
        return label, s, loc

    def bank(self):
        g = self.fk("en_US")
        routing = g.aba()
        acct = "".join(str(self.r.randint(0, 9)) for _ in range(self.r.randint(8, 12)))
        return routing, acct

    # ------------------------------------------------------------ contact
    def email(self, first, last):
        g = self.fk("en_US")
        f, l = self.ascii(first).lower(), self.ascii(last).lower()
        dom = self.pick(["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "hotmail.com",
                         "comcast.net", "att.net", g.domain_name(), "protonmail.com", "msn.com"])
        n = self.r.randint(1, 99)
        user = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{n}", f"{l}.{f}", f"{f}_{l}",
                          f"{f}{self.r.randint(1940, 2005)}", f"{l}family", f"{f[0]}.{l}{n}"])
        return f"{user}@{dom}"

    def url(self, first, last):
        f, l = self.ascii(first).lower(), self.ascii(last).lower()
        return self.pick([
            f"https://www.facebook.com/{f}.{l}.{self.r.randint(1, 99)}", f"facebook.com/{f}{l}",
            f"https://www.linkedin.com/in/{f}-{l}-{self.r.randint(1000, 99999)}", f"www.{f}{l}.com",
            f"https://{f}{l}photography.com", f"instagram.com/{f}_{l}", f"https://www.caringbridge.org/visit/{f}{l}",
            f"https://www.gofundme.com/f/help-{f}-{l}", f"https://{f}-{l}.blogspot.com", f"http://{l}family.net/{f}",
            f"https://x.com/{f}{l}{self.r.randint(1, 99)}", f"https://www.tiktok.com/@{f}.{l}",
        ])

    @staticmethod
    def ascii(s):
        import unicodedata
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if c.isascii() and (c.isalnum()))
        return s or "x"


# ====================================================================== templates
def t_speaker_chat(G):
    f1, l1, _ = G.person()
    f2, _, _ = G.person()
    a, b = G.render_name(f1, l1, G.pick(["first", "first", "lower", "nick"])), G.render_name(f2, "", "first")
    if a.lower() == b.lower():
        b = "Me"
    ida = ident(a, "P")
    idb = ident(b, "P") if b != "Me" else "Me"
    rel = G.pick(["Daughter", "Son", "Sister", "Nurse", "Aide", "Niece", "", "", ""])
    la = f"{rel} {ida}" if rel else ida
    med = G.pick(MEDS)
    lines = [f"{la}: did {K(G.pick(RELS))} take the {K(med)} this morning?",
             f"{idb}: yes with breakfast. her {K(G.pick(LABS))} came back weird tho",
             f"{la}: call me {ident(G.us_phone(), 'PH')}"]
    if G.chance(0.5):
        lines.append(f"{idb}: ok after {K(G.pick(DAYS))} shift")
    if G.chance(0.45):
        lines.append(f"{la}: {G.pick(['and the new address is', 'im at', 'bring it to', 'her place is'])} {ident(G.us_address(oneline=True), 'L')}")
    return "speaker_label", "\n".join(lines)


def t_clinic_note(G):
    f, l, _ = G.person(word=0.25)
    name = G.pick([f"{l}, {f}", f"{f} {l}", f"{l.upper()}, {f.upper()}", f"{f} {l}"])
    lab, mrn = G.mrn()
    rel = G.pick(["dtr", "son", "wife", "husband", "niece", "grandson", "partner", "caregiver"])
    cg_f, _, _ = G.person(sex={"dtr": "F", "wife": "F", "niece": "F", "son": "M", "husband": "M", "grandson": "M"}.get(rel))
    mrn_s = f"{lab} {ident(mrn, 'M')}" if lab else f"#{ident(mrn, 'M')}"
    return "clinician_note", (
        f"Pt: {ident(name, 'P')}  DOB {ident(G.dob(), 'D')}  {mrn_s}\n"
        f"{G.pick(['S:', 'CC:', 'HPI:', 'Subjective:'])} f/u {K(G.pick(CONDS))}, c/o {K(G.pick(BODY))} pain. "
        f"{rel.capitalize()} {ident(cg_f, 'P')} present.\n"
        f"Plan: cont {K(G.pick(MEDS))}, repeat {K(G.pick(LABS))} in 2 wks. "
        f"{G.pick(['Callback', 'CB #', 'Contact', 'Pref phone'])} {ident(G.us_phone(), 'PH')}."
        + (f"\nHome: {ident(G.us_address(oneline=True), 'L')}" if G.chance(0.5) else ""))


def t_address_change(G):
    f, l, _ = G.person()
    old, new = G.us_address(), G.us_address()
    sent, c = G.pick(CONTR_SENT)
    cs = sent.replace("{c}", K(c)).replace("{{{{", "{{").replace("}}}}", "}}")
    return "general_text", (
        f"{G.pick(['Hi, please', 'Hello, please', 'Good morning. Please', 'Please', 'pls'])} update the address for {ident(f + ' ' + l, 'P')}. "
        f"Old: {ident(old, 'L')}\nNew: {ident(new, 'L')}\n"
        f"{cs} "
        f"Phone stays the same, {ident(G.us_phone(), 'PH')}.")


def t_form(G):
    f, l, _ = G.person()
    e_f, e_l, _ = G.person()
    lab, mrn = G.mrn()
    rows = [f"Name: {ident(f + ' ' + l, 'P')}",
            f"{G.pick(['DOB', 'Date of Birth', 'Birthdate', 'D.O.B.'])}: {ident(G.dob(), 'D')}",
            f"{G.pick(['SSN', 'Social Security #', 'SS#', 'Soc Sec No'])}: {ident(G.ssn(), 'S')}",
            f"Address: {ident(G.us_address(oneline=True), 'L')}",
            f"{G.pick(['Phone', 'Home phone', 'Cell', 'Tel'])}: {ident(G.us_phone(), 'PH')}",
            f"Email: {ident(G.email(f, l), 'E')}",
            f"{lab or G.pick(['Insurance ID', 'Member ID', 'Policy #'])}: {ident(mrn, 'M')}",
            f"Emergency contact: {ident(e_f + ' ' + e_l, 'P')} ({G.pick(['daughter', 'son', 'spouse', 'neighbor', 'friend'])}) {ident(G.us_phone(), 'PH')}",
            "Conditions: " + ", ".join(K(c) for c in G.r.sample(CONDS, G.r.randint(1, 3)))]
    keep = [rows[0], rows[1]] + G.r.sample(rows[2:8], G.r.randint(3, 6)) + [rows[8]]
    head = G.pick(["NEW PATIENT INTAKE", "Adult Day Program - Enrollment", "Home Care Application",
                   "Transportation Request Form", "PATIENT REGISTRATION", "Caregiver Respite Program Sign-up"])
    return "form", head + "\n" + "\n".join(keep)


def t_signature(G):
    f, l, _ = G.person()
    role = G.pick(["RN, Care Coordinator", "LCSW", "Office Manager", "PT, DPT", "Home Health Aide Supervisor",
                   "Billing Specialist", "Pharmacist", "Chaplain", "NP-C", "Hospice Social Worker"])
    org = G.pick(["Sunrise Home Health", "Valley Senior Services", "Greenleaf Hospice", "Bayside Family Medicine",
                  "Northside Pharmacy", "Harmony Adult Day Center", "Riverbend Rehab"])
    body = G.pick([f"The {K(G.pick(MEDS))} refill was sent this morning.",
                   f"Please bring the {K(G.pick(LABS))} results to the visit.",
                   f"I left a message about {K(G.pick(RELS))}'s {K(G.pick(CONDS))} plan.",
                   f"{K(G.pick(CONTR))} see you {K(G.pick(DAYS))}."])
    lines = [body, "", G.pick(["Thanks,", "Best,", "Regards,", "--", "Warmly,", "Sincerely,"]),
             f"{ident(f + ' ' + l, 'P')}, {role}", org]
    if G.chance(0.6):
        lines.append(ident(G.us_address(oneline=True), "L"))
    lines.append(f"{G.pick(['P:', 'Office:', 'o.', 'Tel'])} {ident(G.us_phone(), 'PH')}" +
                 (f" | {G.pick(['F:', 'Fax:', 'c.'])} {ident(G.us_phone(), 'PH')}" if G.chance(0.5) else ""))
    lines.append(ident(G.email(f, l), "E"))
    if G.chance(0.5):
        lines.append(ident(G.url(f, l), "U"))
    return "signature", "\n".join(lines)


def t_lower_chat(G):
    f1, l1, _ = G.person(word=0.35)
    f2, l2, _ = G.person(word=0.35)
    n1, n2 = f1.lower(), (f2 + " " + l2).lower() if G.chance(0.4) else f2.lower()
    if n1 == n2 or n1 in n2 or n2 in n1:
        n2 = l2.lower()
    ph = G.us_phone()
    s = G.pick([
        f"{ident(n1, 'P')} is taking {K(G.pick(RELS).lower())} to the {K(G.pick(CONDS).lower())} appt, {ident(n2, 'P')} has the car seat cushion. call {ident(ph, 'PH')} if ur late",
        f"hey its {ident(n1, 'P')}, {ident(n2, 'P')} said the {K(G.pick(MEDS).lower())} is making her dizzy. my # {ident(ph, 'PH')}",
        f"{ident(n1, 'P')} {ident(ph, 'PH')} - she can cover {K(G.pick(DAYS).lower())}. {ident(n2, 'P')} cant",
        f"pls tell {ident(n2, 'P')} the {K(G.pick(LABS).lower())} was fine!! {ident(n1, 'P')} is picking up the {K(G.pick(MEDS).lower())} at {ident(G.us_address(kind='street', oneline=True).lower(), 'L')}",
    ])
    return "lower_case", s


def t_all_caps(G):
    f1, l1, _ = G.person()
    f2, _, _ = G.person()
    s = G.pick([
        f"THIS IS {ident((f1 + ' ' + l1).upper(), 'P')}. MY WIFE {ident(f2.upper(), 'P')} NEEDS HER {K(G.pick(MEDS).upper())} REFILLED. OUR ADDRESS IS {ident(G.us_address(oneline=True).upper(), 'L')}. PHONE {ident(G.us_phone().upper(), 'PH')}",
        f"{ident(f1.upper(), 'P')} PLEASE CALL {ident(f2.upper(), 'P')} AT {ident(G.us_phone().upper(), 'PH')} ABOUT {K(G.pick(RELS).upper())}. HER {K(G.pick(CONDS).upper())} IS WORSE",
        f"MY BIRTHDAY IS {ident(G.dob().upper(), 'D')} AND MY NAME IS {ident((f1 + ' ' + l1).upper(), 'P')}. I NEED TO CANCEL {K(G.pick(DAYS).upper())}",
    ])
    return "all_caps", s


def t_list(G):
    items = []
    used = set()
    for _ in range(G.r.randint(3, 5)):
        f, l, _ = G.person(word=0.3)
        n = G.render_name(f, l, G.pick(["first", "full", "initial", "first", "nick"]))
        if any(n in u or u in n for u in used):
            continue
        used.add(n)
        extra = G.pick(["", "", f" {ident(G.us_phone(), 'PH')}", f" ({G.pick(['neighbor', 'church', 'cousin', 'from work'])})"])
        items.append(f"{G.pick(['-', '*', '•', ''])} {G.pick(DAYS)[:3]}: {ident(n, 'P')}{extra}".strip())
    head = G.pick([f"Schedule for {K(G.pick(RELS))} this week", f"Sitters while {K(G.pick(RELS))} recovers from {K(G.pick(['hip surgery', 'knee replacement', 'pneumonia', 'a fall']))}",
                   "Who's covering", "Rides to the infusion center"])
    dont = G.pick(["Don't", "Pls don't", "DON'T"])
    tail = G.pick(["", f"\n{K(dont)} forget the {K(G.pick(MEDS))}", f"\nin an emergency call {K(G.pick(['911', '988']))} first"])
    return "list", head + ":\n" + "\n".join(items) + tail


def t_run_on(G):
    f1, l1, _ = G.person()
    f2, l2, _ = G.person()
    d = G.us_city()
    s = (f"so {ident(f1, 'P')} drove up from {ident(d, 'L')} last night and {K(G.pick(RELS))} didnt even recognize her at first which "
         f"the nurse said is normal with the {K(G.pick(['vascular dementia', 'Alzheimer', 'Lewy body dementia', 'delirium']))} but it still broke her heart and then "
         f"{ident(f2 + ' ' + l2, 'P')} from the agency called and said they cant send anyone {K(G.pick(DAYS))} so i gave her your number "
         f"{ident(G.us_phone(), 'PH')} hope thats ok")
    return "run_on", s


def t_billing_card(G):
    f, l, _ = G.person()
    lab, card = G.card()
    st, z = G.us_state_zip()
    s = G.pick([
        f"Hi, I'd like to pay {K(G.pick(RELS))}'s balance for the {K(G.pick(['MRI', 'echocardiogram', 'colonoscopy', 'PT visits', 'ambulance ride']))}. {lab} {ident(card, 'A')}, exp {G.r.randint(1, 12):02d}/{G.r.randint(26, 31)}, name {ident(f + ' ' + l, 'P')}, zip {ident(z, 'L')}.",
        f"Billing: pls charge my {lab} {ident(card, 'A')} for the copay. - {ident(f, 'P')} ({ident(G.us_phone(), 'PH')})",
        f"{ident(f + ' ' + l, 'P')} called about the {K(G.pick(['Blue Cross', 'Humana', 'Aetna', 'Medicare', 'Medicaid', 'Kaiser', 'UnitedHealthcare', 'Cigna']))} denial, wants to put the $ {G.r.randint(40, 900)} on {lab} {ident(card, 'A')} today",
    ])
    return "general_text", s


def t_bank(G):
    f, l, _ = G.person()
    rt, ac = G.bank()
    s = G.pick([
        f"For direct deposit of {K(G.pick(RELS))}'s caregiver stipend: routing {ident(rt, 'A')}, account {ident(ac, 'A')}, name {ident(f + ' ' + l, 'P')}.",
        f"{ident(f, 'P')} here. bank acct # {ident(ac, 'A')} routing # {ident(rt, 'A')} for the {K(G.pick(['Medicaid', 'Medicare', 'VA']))} reimbursement",
        f"Acct: {ident(ac, 'A')}\nABA: {ident(rt, 'A')}\nHolder: {ident((f + ' ' + l).upper(), 'P')}",
    ])
    return G.pick(["general_text", "form"]), s


def t_iban(G):
    lab, iban, loc = G.iban()
    ploc = loc if loc in ("de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_IE", "de_AT", "nl_BE", "fi_FI", "tr_TR") else "de_DE"
    f, l, _ = G.person(loc=ploc)
    adr, _ = G.intl_address(loc)
    lab_s = f"{lab} " if lab else ""
    s = G.pick([
        f"Please send the refund for {K(G.pick(RELS))}'s {K(G.pick(['travel insurance', 'hospital stay', 'prescriptions', 'dialysis abroad']))} to {lab_s}{ident(iban, 'A', True)} ({ident(f + ' ' + l, 'P', True)}).",
        f"Bank details for {ident(f, 'P', True)} who cares for {K(G.pick(RELS))} in Europe:\n{lab_s}{ident(iban, 'A', True)}\n{ident(adr, 'L', True)}",
        f"{ident(f + ' ' + l, 'P', True)}\n{lab_s}{ident(iban, 'A', True)}\nref: {K(G.pick(MEDS))} costs",
    ])
    return "international", s


def t_intl_contact(G):
    loc = G.pick(INTL_LATIN)
    f, l, _ = G.person(loc=loc)
    adr, _ = G.intl_address(loc)
    c = {"en_GB": "GB", "es_ES": "ES", "fr_FR": "FR", "de_DE": "DE", "it_IT": "IT", "pt_BR": "BR", "nl_NL": "NL",
         "pl_PL": "PL", "es_MX": "MX", "tr_TR": "TR", "vi_VN": "VN", "en_IN": "IN"}[loc]
    s = G.pick([
        f"{K(G.pick(RELS))}'s {G.pick(['cousin', 'sister', 'old neighbor', 'doctor friend'])} abroad: {ident(f + ' ' + l, 'P', True)}, {ident(adr, 'L', True)}, tel {ident(G.intl_phone(c), 'PH', True)}",
        f"{ident(f, 'P', True)} called from overseas re {K(G.pick(CONDS))}, reach her at {ident(G.intl_phone(c), 'PH', True)} or {ident(G.email(f, l), 'E', True)}",
        f"Send the {K(G.pick(MEDS))} to {ident(f + ' ' + l, 'P', True)}\n{ident(adr, 'L', True)}\n{ident(G.intl_phone(c), 'PH', True)}",
    ])
    return "international", s


def t_nonlatin(G):
    full, loc = G.nonlatin_person()
    g = G.fk(loc)
    city = g.city()
    c = {"ja_JP": "JP", "zh_CN": "CN", "ko_KR": "KR", "hi_IN": "IN", "ru_RU": "GB", "ar_SA": "TR"}[loc]
    if loc == "ru_RU":
        ph = G.pick([f"+7 9{G.r.randint(10, 99)} {G.r.randint(100, 999)}-{G.r.randint(10, 99)}-{G.r.randint(10, 99)}",
                     f"8 (495) {G.r.randint(100, 999)}-{G.r.randint(10, 99)}-{G.r.randint(10, 99)}"])
    elif loc == "ar_SA":
        ph = f"+966 5{G.r.randint(0, 9)} {G.r.randint(100, 999)} {G.r.randint(1000, 9999)}"
    else:
        ph = G.intl_phone(c)
    s = G.pick([
        f"{K(G.pick(RELS))}'s friend {ident(full, 'P', True)} in {ident(city, 'L', True)} sent the {K(G.pick(MEDS))} instructions, her number {ident(ph, 'PH', True)}",
        f"Name on the Rx label should be {ident(full, 'P', True)}. She lived in {ident(city, 'L', True)} until last year and was treated there for {K(G.pick(CONDS))}.",
        f"interpreter: {ident(full, 'P', True)} {ident(ph, 'PH', True)}",
    ])
    if loc in ("ja_JP", "zh_CN") and G.chance(0.5):
        s = (f"Patient name in {'Japanese' if loc == 'ja_JP' else 'Chinese'}: {ident(full, 'P', True)}, "
             f"born {ident(G.dob(True, cjk=True), 'D', True)} in {ident(city, 'L', True)}. {K(G.pick(CONDS))} per old records.")
    return "international", s


def t_ssn_request(G):
    f, l, _ = G.person()
    f2, l2, _ = G.person()
    return G.pick([
        ("general_text", f"Here's the info for {K(G.pick(['Medicaid', 'SSI', 'the Medicare Savings Program', 'the VA']))}: {ident(f + ' ' + l, 'P')}, SSN {ident(G.ssn(), 'S')}, DOB {ident(G.dob(), 'D')}."),
        ("general_text", f"{ident(f, 'P')} pls dont text {K(G.pick(RELS).lower())}'s social ({ident(G.ssn(), 'S')}) in the group chat again 🙈"),
        ("form", f"{ident((f + ' ' + l).upper(), 'P')} SS# {ident(G.ssn(), 'S')}\n{ident((f2 + ' ' + l2).upper(), 'P')} SS# {ident(G.ssn(), 'S')}"),
        ("lower_case", f"social for {ident(f.lower(), 'P')} is {ident(G.ssn(), 'S')} - born {ident(G.dob(), 'D')}"),
    ])


def t_url(G):
    f, l, _ = G.person()
    u = G.url(f, l)
    s = G.pick([
        f"{ident(f, 'P')}'s page with updates on {K(G.pick(RELS))}'s {K(G.pick(CONDS))}: {ident(u, 'U')}",
        f"If you want to help with {ident(f + ' ' + l, 'P')}'s {K(G.pick(['chemo', 'transplant', 'rehab', 'hospice']))} costs: {ident(u, 'U')}",
        f"found the physical therapist's personal site {ident(u, 'U')} - {ident(f + ' ' + l, 'P')}, she does home visits for {K(G.pick(BODY))} stuff",
    ])
    if G.chance(0.35):
        f2, l2, _ = G.person()
        s += f"\nand {ident(f2, 'P')} posted the photos at {ident(G.url(f2, l2), 'U')}"
    return "general_text", s


def t_forwarded(G):
    f, l, _ = G.person()
    f2, l2, _ = G.person()
    e1, e2 = G.email(f, l), G.email(f2, l2)
    return "forwarded", (
        f"---------- Forwarded message ---------\nFrom: {ident(f + ' ' + l, 'P')} <{ident(e1, 'E')}>\n"
        f"Date: {K(G.pick(DAYS)[:3])}, {K(G.pick(MONTHS)[:3])} {G.r.randint(1, 28)}\nTo: {ident(f2 + ' ' + l2, 'P')} <{ident(e2, 'E')}>\n\n"
        f"{G.pick(['See below re', 'FYI about', 'Can you handle'])} {K(G.pick(RELS))}'s {K(G.pick(MEDS))}. "
        f"The pharmacy number is {ident(G.us_phone(), 'PH')}."
        + (f" Her updates are at {ident(G.url(f, l), 'U')}" if G.chance(0.4) else ""))


def t_military(G):
    f, l, _ = G.person(sex="M")
    rank = G.pick(["SGT", "Sgt.", "PFC", "SPC", "LT", "CPT", "SSgt", "PO2", "Capt."])
    adr = G.us_address(kind="military", oneline=G.chance(0.5))
    s = G.pick([
        f"Mail for my grandson, {rank} {ident(f + ' ' + l, 'P')}:\n{ident(adr, 'L')}\nhe wants updates on {K(G.pick(RELS))}'s {K(G.pick(CONDS))}",
        f"{ident(f, 'P')} is stationed overseas, send the card to {ident(adr, 'L')}",
    ])
    return "general_text", s


def t_rural_pobox(G):
    f, l, _ = G.person()
    adr = G.us_address(kind=G.pick(["rural", "pobox"]))
    return G.pick(["general_text", "clinician_note"]), G.pick([
        f"Meds delivery for {ident(f + ' ' + l, 'P')} must go to {ident(adr, 'L')} - no street delivery out there. {K(G.pick(MEDS))} x90",
        f"Pt {ident(l + ', ' + f, 'P')} mailing addr {ident(adr, 'L')}; home phone {ident(G.us_phone(), 'PH')}. Dx {K(G.pick(CONDS))}.",
    ])


def t_short(G):
    f, l, _ = G.person(word=0.4)
    n = G.render_name(f, l, G.pick(["first", "lower", "first", "caps", "nick"]))
    s = G.pick([f"ok {ident(n, 'P')}", f"{ident(n, 'P')} has it", f"thx {ident(n, 'P')}!", f"{ident(n, 'P')}: done",
                f"ask {ident(n, 'P')} {ident(G.us_phone(), 'PH')}", f"{ident(n, 'P')} {ident(G.us_phone(), 'PH')}",
                f"{ident(n, 'P')} {ident(G.us_address(kind='street', oneline=True), 'L')}",
                f"{ident(n, 'P')} is {K(G.pick(DAYS))}", f"{ident(n, 'P')} gave the {K(G.pick(MEDS))} at 8",
                f"{ident(n, 'P')} can do the grab bars, his business line is {ident(G.vanity_phone(), 'PH')}"])
    return "short_reply", s


def t_dob_chat(G):
    f, l, _ = G.person()
    f2, _, _ = G.person()
    s = G.pick([
        f"{ident(f, 'P')}'s birthday is {ident(G.dob(), 'D')}, the {K(G.pick(ORGS))} lady needed it",
        f"pharmacy asked for dob, {K(G.pick(RELS).lower())} is {ident(G.dob(), 'D')} and {ident(f2.lower(), 'P')} is {ident(G.dob(), 'D')}",
        f"{ident(f + ' ' + l, 'P')} (born {ident(G.dob(), 'D')}) - new pt for {K(G.pick(CONDS))} clinic, ref by Dr. {ident(G.person()[1], 'P')}",
    ])
    return "general_text", s


def t_clin_handoff(G):
    beds = []
    used = set()
    for b in G.r.sample(range(1, 30), 3):
        f, l, _ = G.person(word=0.25)
        if l in used:
            continue
        used.add(l)
        beds.append(f"rm {b} {ident(l, 'P')} - {K(G.pick(CONDS))}, {K(G.pick(MEDS))}")
    rel = G.pick(["dtr", "son", "wife", "husband"])
    f, l, _ = G.person(sex="F" if rel in ("dtr", "wife") else "M")
    beds.append(f"family contact for rm {G.r.randint(30, 40)}: {rel} {ident(f, 'P')} {ident(G.us_phone(), 'PH')}")
    return "clinician_note", "Handoff:\n" + "\n".join(beds)


def t_intl_clin(G):
    loc = G.pick(["en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL", "pt_BR", "es_MX"])
    f, l, _ = G.person(loc=loc)
    adr, _ = G.intl_address(loc)
    c = {"en_GB": "GB", "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pt_BR": "BR", "es_MX": "MX"}[loc]
    return "clinician_note", (
        f"Visiting pt from abroad: {ident(l + ', ' + f, 'P', True)}, DOB {ident(G.dob(intl=True), 'D', True)}. "
        f"Home address {ident(adr, 'L', True)}. Hx {K(G.pick(CONDS))}, on {K(G.pick(MEDS))}. "
        f"Home GP tel {ident(G.intl_phone(c), 'PH', True)}.")


def t_email_update(G):
    f, l, _ = G.person()
    e = G.email(f, l)
    return G.pick(["general_text", "lower_case"]), G.pick([
        f"Please use {ident(e, 'E')} for {ident(f + ' ' + l, 'P')} from now on, not the old one",
        f"{ident(f, 'P')} - {ident(e, 'E')} - {ident(G.us_phone(), 'PH')}",
        f"can u email the {K(G.pick(LABS))} results to {ident(e, 'E')}? its {ident(f, 'P')}",
    ])


def t_typos(G):
    f, l, _ = G.person()
    f2, _, _ = G.person()
    med = G.pick(["metfromin", "lisinoprill", "eliqus", "warferin", "gabapenten", "amlodapine", "seroqel",
                  "levothyroxin", "lasix40", "prednisone"])
    s = G.pick([
        f"{ident(f.lower(), 'P')} cud u get {K(G.pick(RELS).lower())}s {K(med)} frm the pharmacy in {ident(G.fk('en_US').city(), 'L')}?? {ident(f2, 'P')} forgot agian",
        f"tol {ident(f, 'P')} about {K(G.pick(RELS))} fall, he sed call him at {ident(G.us_phone(), 'PH')} after 5 or txt",
        f"heres {ident(f2, 'P')} adress {ident(G.us_address(kind='street', oneline=True), 'L')} for the {K(med)} delivry",
    ])
    return "typos", s


def t_city_mentions(G):
    f, l, _ = G.person()
    c1, st, _ = G.city_state_zip()
    c2, loc2 = G.intl_address()
    intl_city = G.fk(G.pick(["en_GB", "fr_FR", "de_DE", "es_MX", "it_IT", "pt_BR", "en_IN"])).city()
    s = G.pick([
        f"{ident(f, 'P')} moved {K(G.pick(RELS))} to {ident(c1 + ', ' + st, 'L')} to be closer to the {K(G.pick(['Mayo Clinic', 'Cleveland Clinic', 'cancer center']))}",
        f"{ident(f, 'P')} flies back from {ident(intl_city, 'L', True)} {K(G.pick(DAYS))}, then she'll take over {K(G.pick(RELS))}'s {K(G.pick(MEDS))}",
        f"WE ARE DRIVING TO {ident(c1.upper(), 'L')} FOR THE {K(G.pick(CONDS).upper())} SECOND OPINION - {ident((f + ' ' + l).upper(), 'P')}",
    ])
    return "general_text" if not s.startswith("WE") else "all_caps", s


def t_mrn_chat(G):
    f, l, _ = G.person()
    lab, mrn = G.mrn()
    lab = lab or "number"
    return G.pick(["general_text", "lower_case"]), G.pick([
        f"{K(G.pick(RELS))}'s {lab} is {ident(mrn, 'M')} if they ask at check-in. the name on it is {ident(f + ' ' + l, 'P')}",
        f"portal says {lab} {ident(mrn, 'M')} for {ident(f, 'P')}, is that right? the {K(G.pick(LABS))} isn't showing",
        f"{ident(f + ' ' + l, 'P')} {ident(mrn, 'M')} {ident(G.dob(), 'D')}",
    ])


# (template, how many messages to make from it): 230 template messages in all
TEMPLATES = [
    (t_speaker_chat, 10), (t_clinic_note, 10), (t_address_change, 9), (t_form, 11), (t_signature, 9),
    (t_lower_chat, 11), (t_all_caps, 8), (t_list, 9), (t_run_on, 6), (t_billing_card, 10), (t_bank, 7),
    (t_iban, 11), (t_intl_contact, 10), (t_nonlatin, 10), (t_ssn_request, 10), (t_url, 14), (t_forwarded, 7),
    (t_military, 6), (t_rural_pobox, 6), (t_short, 8), (t_dob_chat, 7), (t_clin_handoff, 6), (t_intl_clin, 8),
    (t_email_update, 8), (t_typos, 5), (t_city_mentions, 7), (t_mrn_chat, 7),
]
