"""Our own templates for dev42 (written for this file, from the spec only), filled with Faker values.

Each template is a markup string (see markup.py) with {slot} fields. Generator.message() picks a
template, fills the slots with fresh invented values, parses it and applies the style transforms
(lower case, ALL CAPS, phone typos) to the segments, so identifier texts stay exact substrings.
"""
import random
import string

from faker import Faker

from markup import parse

# ---------------------------------------------------------------- word pools
WORD_FIRST_F = ["Rose", "Hope", "Faith", "Joy", "June", "Dawn", "Summer", "Amber", "Robin", "Carol", "Pearl", "Ruby",
                "Jewel", "Penny", "Sky", "Autumn", "Iris", "Violet", "Patience", "Misty", "Page", "Lane", "Sunny", "Grace",
                "Daisy", "Ivy", "Holly", "Star", "Bonnie", "Honey"]
WORD_FIRST_M = ["Bill", "Will", "Grant", "Art", "Mark", "Frank", "Hunter", "Reed", "Bud", "Chase", "Wade", "Skip", "Ray",
                "Gene", "Heath", "Clay", "Dale", "Glen", "Forrest", "Rusty", "Duke", "Hank", "Chip", "Sonny", "Wolf"]
WORD_FIRST = ["Rose", "Hope", "Bill", "Will", "Grant", "Faith", "Joy", "June", "Art", "Mark", "Frank",
              "Dawn", "Summer", "Sunny", "Hunter", "Reed", "Page", "Lane", "Amber", "Robin", "Carol",
              "Pearl", "Ruby", "Jewel", "Penny", "Bud", "Chase", "Wade", "Skip", "Ray", "Gene", "Sky",
              "Autumn", "Iris", "Violet", "Heath", "Clay", "Dale", "Glen", "Forrest", "Patience", "Misty"]
WORD_LAST = ["Young", "Park", "Hill", "Reed", "Brown", "Rose", "Wood", "Stone", "Lane", "Bishop", "Hunter",
             "Grant", "Cook", "Baker", "Price", "Little", "Long", "Street", "Moody", "Bell", "Rich", "Best",
             "Hope", "Green", "White", "Black", "Frost", "Snow", "Waters", "Banks", "Fields", "Marsh", "Fox",
             "Day", "Love", "Sweet", "Bush", "Church", "Pond", "Ford", "Gay", "Hale", "Chambers"]
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "insulin glargine",
         "Ozempic", "prednisone", "furosemide", "tramadol", "donepezil", "Xarelto", "Jardiance", "losartan",
         "hydrochlorothiazide", "omeprazole", "Coumadin", "Plavix", "Entresto", "albuterol", "Spiriva",
         "buprenorphine", "naloxone", "quetiapine", "lorazepam", "carbidopa-levodopa", "fish oil", "vitamin D3",
         "magnesium citrate", "turmeric", "ginkgo", "Tylenol", "ibuprofen", "Keppra", "memantine", "Humalog"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
         "Alzheimer's", "congestive heart failure", "type 2 diabetes", "hypertension", "chronic kidney disease",
         "dementia", "pneumonia", "a UTI", "sepsis", "shingles", "cellulitis", "osteoporosis", "gout",
         "major depression", "bipolar disorder", "sleep apnea", "macular degeneration", "a DVT", "neuropathy",
         "lupus", "rheumatoid arthritis", "hypothyroidism", "anemia", "vertigo", "a stroke", "delirium"]
LABS = ["Hemoglobin A1c", "INR", "potassium", "creatinine", "eGFR", "TSH", "BNP", "troponin", "LDL",
        "triglycerides", "sodium", "CBC", "lipid panel", "PSA", "vitamin B12", "ferritin", "A1c"]
BODY = ["hip", "knee", "left ankle", "lower back", "right shoulder", "heel", "wrist", "chest", "stomach",
        "feet", "legs", "left eye", "throat", "bladder", "kidneys", "lungs", "skin", "toes"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "my aunt", "my uncle", "my sister", "my brother", "my husband",
        "my wife", "my son", "my daughter", "Nana", "Papa", "my stepdad", "my mother-in-law"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORGS = ["Walgreens", "CVS", "Medicare", "Medicaid", "Mayo Clinic", "Kaiser", "Rite Aid", "Costco pharmacy",
        "Cleveland Clinic", "the VA", "Humana", "Aetna", "Blue Cross", "Meals on Wheels", "the Red Cross",
        "Kroger pharmacy", "Social Security"]
HELPLINES = ["988", "1-800-222-1222", "911"]
CONTRACTIONS = ["[[I'm]] so tired", "[[We'll]] manage", "[[Don't]] know what else to do", "[[She'd]] hate this",
                "[[It's]] a lot", "[[They're]] all busy", "[[Can't]] thank you enough", "[[I've]] tried everything",
                "[[Won't]] bother you again", "[[He's]] no help", "[[Didn't]] sleep at all", "[[We're]] doing our best"]
TITLES = ["Dr.", "Dr", "dr", "Nurse", "Doctor"]

US_STATES = None  # filled from Faker

# Faker locales for international content: (locale, phone formatter, date style, is_latin)
INTL = ["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "ja_JP", "en_IN", "it_IT", "nl_NL", "pl_PL",
        "es_ES", "en_CA", "zh_CN", "ko_KR", "ru_RU", "tr_TR", "ar_SA", "vi_VN", "fil_PH", "hi_IN", "en_AU"]
NON_LATIN = {"ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"}
COUNTRY = {"en_GB": "the UK", "de_DE": "Germany", "fr_FR": "France", "es_MX": "Mexico", "pt_BR": "Brazil",
           "ja_JP": "Japan", "en_IN": "India", "it_IT": "Italy", "nl_NL": "the Netherlands", "pl_PL": "Poland",
           "es_ES": "Spain", "en_CA": "Canada", "zh_CN": "China", "ko_KR": "Korea", "ru_RU": "Russia",
           "tr_TR": "Turkey", "ar_SA": "Saudi Arabia", "vi_VN": "Vietnam", "fil_PH": "the Philippines",
           "hi_IN": "India", "en_AU": "Australia"}
IBAN_LOCALES = ["de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "de_AT", "fr_CH"]


def d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


class Generator:
    def __init__(self, rng):
        self.rng = rng
        self.us = Faker("en_US")
        self.us.seed_instance(rng.randint(0, 10**9))
        self.latin_us = [Faker(l) for l in ["en_US", "es_MX", "en_US", "en_US", "fil_PH", "vi_VN", "pt_BR"]]
        for f in self.latin_us:
            f.seed_instance(rng.randint(0, 10**9))
        self.intl = {}
        for l in INTL + IBAN_LOCALES:
            if l not in self.intl:
                try:
                    f = Faker(l)
                except Exception:
                    continue
                f.seed_instance(rng.randint(0, 10**9))
                self.intl[l] = f

    # ------------------------------------------------------------ values
    def first(self, g=None):
        r = self.rng
        if g is None:
            if r.random() < 0.45:
                return r.choice(WORD_FIRST)
            return r.choice(self.latin_us).first_name()
        if r.random() < 0.45:
            return r.choice(WORD_FIRST_F if g == "f" else WORD_FIRST_M)
        f = r.choice(self.latin_us)
        return f.first_name_female() if g == "f" else f.first_name_male()

    def last(self):
        r = self.rng
        if r.random() < 0.45:
            return r.choice(WORD_LAST)
        return r.choice(self.latin_us).last_name()

    def full(self):
        r = self.rng
        if r.random() < 0.12:
            return "%s %s. %s" % (self.first(), r.choice(string.ascii_uppercase), self.last())
        return "%s %s" % (self.first(), self.last())

    def us_phone(self, ext_ok=True):
        r = self.rng
        a = r.choice(["201", "212", "213", "214", "303", "305", "312", "404", "415", "502", "503", "512",
                      "602", "614", "615", "702", "704", "713", "717", "732", "757", "801", "808", "813",
                      "847", "859", "907", "912", "919", "971", "479", "218", "252", "336", "423"])
        b = str(r.randint(201, 989))
        c = d(r, 4)
        fmt = r.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a}{b}{c}", "+1 {a} {b} {c}",
                        "1-{a}-{b}-{c}", "001-{a}-{b}-{c}", "{a} {b} {c}", "({a}){b}-{c}", "+1 ({a}) {b}-{c}",
                        "{a}-{b}-{c}", "({a}) {b}-{c}"])
        p = fmt.format(a=a, b=b, c=c)
        if ext_ok and r.random() < 0.12:
            p += r.choice([" x%s" % d(r, 4), " ext. %s" % d(r, 2), " extension %s" % d(r, 1), " ext %s" % d(r, 3)])
        return p

    def vanity(self):
        r = self.rng
        word = r.choice(["MOP-KATE", "FIX-PIPE", "BAKE-NOW", "CUT-LAWN", "DOG-WALK", "TAX-HELP", "PAINT-IT"])
        return "1-%s-%s" % (r.choice(["800", "888", "877", "866"]), word)

    def intl_phone(self, loc):
        r = self.rng
        f = {
            "en_GB": lambda: r.choice(["+44 20 7946 0%s" % d(r, 3), "020 7946 0%s" % d(r, 3),
                                        "+44 7700 900%s" % d(r, 3), "0161 496 0%s" % d(r, 3)]),
            "de_DE": lambda: r.choice(["+49 30 %s" % d(r, 7), "030 %s" % d(r, 8), "+49 89 %s %s" % (d(r, 3), d(r, 4)),
                                        "+49 151 %s" % d(r, 8)]),
            "fr_FR": lambda: "+33 %s %s %s %s %s" % (r.randint(1, 7), d(r, 2), d(r, 2), d(r, 2), d(r, 2))
            if r.random() < .6 else "0%s %s %s %s %s" % (r.randint(1, 7), d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
            "es_MX": lambda: r.choice(["+52 55 %s %s" % (d(r, 4), d(r, 4)), "+52 1 33 %s %s" % (d(r, 4), d(r, 4)),
                                        "55 %s %s" % (d(r, 4), d(r, 4))]),
            "pt_BR": lambda: r.choice(["+55 11 9%s-%s" % (d(r, 4), d(r, 4)), "(21) 9%s-%s" % (d(r, 4), d(r, 4))]),
            "ja_JP": lambda: r.choice(["+81 3-%s-%s" % (d(r, 4), d(r, 4)), "03-%s-%s" % (d(r, 4), d(r, 4)),
                                        "+81 90-%s-%s" % (d(r, 4), d(r, 4))]),
            "en_IN": lambda: "+91 9%s %s" % (d(r, 4), d(r, 5)),
            "hi_IN": lambda: "+91 8%s %s" % (d(r, 4), d(r, 5)),
            "it_IT": lambda: r.choice(["+39 06 %s %s" % (d(r, 4), d(r, 4)), "+39 3%s %s %s" % (d(r, 2), d(r, 3), d(r, 4))]),
            "nl_NL": lambda: r.choice(["+31 20 %s %s" % (d(r, 3), d(r, 4)), "06-%s" % d(r, 8)]),
            "pl_PL": lambda: "+48 %s %s %s" % (d(r, 3), d(r, 3), d(r, 3)),
            "es_ES": lambda: "+34 %s %s %s %s" % (r.choice(["91", "93", "6" + d(r, 1)]), d(r, 3), d(r, 2), d(r, 2)),
            "zh_CN": lambda: "+86 1%s %s %s" % (d(r, 2), d(r, 4), d(r, 4)),
            "ko_KR": lambda: r.choice(["+82 10-%s-%s" % (d(r, 4), d(r, 4)), "010-%s-%s" % (d(r, 4), d(r, 4))]),
            "ru_RU": lambda: "+7 495 %s-%s-%s" % (d(r, 3), d(r, 2), d(r, 2)),
            "tr_TR": lambda: "+90 212 %s %s %s" % (d(r, 3), d(r, 2), d(r, 2)),
            "ar_SA": lambda: "+966 5%s %s %s" % (d(r, 1), d(r, 3), d(r, 4)),
            "vi_VN": lambda: "+84 9%s %s %s" % (d(r, 1), d(r, 3), d(r, 4)),
            "fil_PH": lambda: "+63 917 %s %s" % (d(r, 3), d(r, 4)),
            "en_AU": lambda: r.choice(["+61 2 %s %s" % (d(r, 4), d(r, 4)), "04%s %s %s" % (d(r, 2), d(r, 3), d(r, 3))]),
            "en_CA": lambda: r.choice(["+1 416 %s %s" % (d(r, 3), d(r, 4)), "+1 (604) %s-%s" % (d(r, 3), d(r, 4))]),
        }[loc]
        return f()

    def us_addr(self, oneline=None):
        r, f = self.rng, self.us
        street = f.street_address()
        if r.random() < 0.35 and "Apt" not in street and "Suite" not in street:
            street += r.choice([" Apt %s" % f.building_number()[:3], " Apt. %s%s" % (r.randint(1, 9), r.choice("ABCD")),
                                " Suite %s" % r.randint(100, 450), " #%s" % r.randint(2, 40), " Unit %s" % r.randint(1, 30)])
        zipc = f.zipcode_plus4() if r.random() < 0.2 else f.zipcode()
        last = "%s, %s %s" % (f.city(), f.state_abbr(include_territories=False, include_freely_associated_states=False), zipc)
        if oneline is None:
            oneline = r.random() < 0.75
        return (street + ", " + last) if oneline else (street + "\n" + last)

    def special_addr(self):
        r, f = self.rng, self.us
        k = r.random()
        if k < 0.3:
            return "PO Box %s, %s, %s %s" % (r.randint(10, 9999), f.city(), f.state_abbr(include_territories=False, include_freely_associated_states=False), f.zipcode())
        if k < 0.55:
            return "RR %s Box %s, %s, %s %s" % (r.randint(1, 9), r.randint(1, 300), f.city(),
                                               f.state_abbr(include_territories=False, include_freely_associated_states=False), f.zipcode())
        if k < 0.8:
            return r.choice(["PSC %s Box %s, APO AE %s" % (r.randint(100, 9999), r.randint(1, 999), "09" + d(r, 3)),
                             "Unit %s Box %s, DPO AP %s" % (r.randint(1000, 9999), r.randint(1, 999), "96" + d(r, 3)),
                             "CMR %s Box %s, APO AE %s" % (r.randint(400, 499), r.randint(1, 999), "09" + d(r, 3)),
                             "PSC %s, Box %s, FPO AA %s" % (r.randint(100, 9999), r.randint(1, 999), "340" + d(r, 2))])
        return "%s, %s %s" % (f.city(), f.state_abbr(include_territories=False, include_freely_associated_states=False), f.zipcode())

    def intl_addr(self, loc):
        r = self.rng
        f = self.intl[loc]
        if loc == "ar_SA":  # Faker ar_SA falls back to US-shaped addresses; use our own
            a = "%s %s، حي %s، %s %s" % (r.choice(["شارع الأمير سلطان", "طريق الملك فهد", "شارع التحلية", "شارع العليا"]),
                                        r.randint(100, 9999), r.choice(["النزهة", "الروضة", "السلامة", "الملز"]),
                                        r.choice(["جدة", "الرياض", "الدمام", "مكة"]), r.randint(11000, 34999))
            return a
        if loc == "tr_TR":  # same problem for tr_TR
            return "%s No:%d D:%d, %05d %s" % (r.choice(["Bağdat Cad.", "Atatürk Bulvarı", "Cumhuriyet Cad.", "İnönü Sok."]),
                                              r.randint(1, 300), r.randint(1, 20), r.randint(1000, 81999),
                                              r.choice(["Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa"]))
        a = f.address()
        if self.rng.random() < 0.6:
            a = a.replace("\n", ", ")
        return a

    def ssn(self):
        r = self.rng
        a, b, c = "%03d" % r.randint(101, 665), "%02d" % r.randint(10, 99), "%04d" % r.randint(1000, 9999)
        return r.choice(["%s-%s-%s", "%s%s%s", "%s %s %s", "%s-%s-%s"]) % (a, b, c)

    def mrn(self):
        r = self.rng
        L = string.ascii_uppercase.replace("S", "").replace("L", "").replace("O", "").replace("I", "").replace("B", "").replace("Z", "")
        k = r.random()
        if k < 0.25:
            return d(r, r.choice([7, 8, 9]))
        if k < 0.45:  # Medicare MBI-like
            s = "%s%s%s%s-%s%s%s-%s%s%s%s" % (r.randint(1, 9), r.choice(L), r.choice(L + string.digits), r.randint(0, 9),
                                                r.choice(L), r.choice(L + string.digits), r.randint(0, 9),
                                                r.choice(L), r.choice(L), r.randint(0, 9), r.randint(0, 9))
            return s if r.random() < 0.6 else s.replace("-", "")
        if k < 0.6:
            return "%s%s%s" % (r.choice(["W", "XJH", "ZGP", "H", "MBR"]), d(r, 9), "")
        if k < 0.75:
            return "%s-%s-%s" % (d(r, 2), d(r, 3), d(r, 4))
        if k < 0.88:
            return "%s%s%s" % (r.choice(string.ascii_uppercase), r.choice(string.ascii_uppercase), d(r, 6)) + r.choice(["", "A", "F"])
        return "E%s" % d(r, 7)

    def dob(self, intl=False):
        r = self.rng
        y, m, dd = r.randint(1924, 1978) if r.random() < 0.85 else r.randint(1979, 2012), r.randint(1, 12), r.randint(1, 28)
        if intl:
            return r.choice(["%02d/%02d/%d" % (dd, m, y), "%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS[m - 1], y),
                             "%d-%02d-%02d" % (y, m, dd), "%d.%d.%d" % (dd, m, y)])
        return r.choice(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%d-%d-%d" % (m, dd, y),
                         "%s %d, %d" % (MONTHS[m - 1], dd, y), "%d-%02d-%02d" % (y, m, dd), "%d/%d/%02d" % (m, dd, y % 100),
                         "%s %d %d" % (MONTHS[m - 1][:3], dd, y), "%02d-%02d-%d" % (m, dd, y)])

    def iban(self):
        r = self.rng
        ib = self.intl[r.choice(IBAN_LOCALES)].iban()
        if r.random() < 0.5:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if r.random() < 0.2:
            ib = ib.lower()
        return ib

    def card(self):
        r = self.rng
        c = self.us.credit_card_number()
        if r.random() < 0.15:  # Luhn not guaranteed (typed wrong)
            c = c[:-1] + str((int(c[-1]) + 3) % 10)
        if len(c) == 16 and r.random() < 0.5:
            sep = r.choice([" ", "-"])
            c = sep.join(c[i:i + 4] for i in range(0, 16, 4))
        return c

    def url(self, first, last):
        r = self.rng
        a, b = first.lower().replace(" ", ""), last.lower().replace(" ", "")
        return r.choice(["www.%s%s.com" % (a, b), "https://www.facebook.com/%s.%s" % (a, b),
                         "https://gofundme.com/f/help-%s-%s" % (a, b), "linkedin.com/in/%s-%s-%s" % (a, b, d(r, 3)),
                         "https://caringbridge.org/visit/%s%s" % (a, b), "http://%s%sphotography.net" % (a, b),
                         "instagram.com/%s_%s" % (a, b), "https://sites.google.com/view/%s-%s" % (a, b)])

    def email(self, first, last):
        r = self.rng
        a, b = first.lower().replace(" ", ""), last.lower().replace(" ", "")
        dom = r.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "hotmail.com", "icloud.com", "comcast.net",
                        "att.net", "protonmail.com"])
        return r.choice(["%s.%s@%s" % (a, b, dom), "%s%s%s@%s" % (a[:1], b, d(r, 2), dom), "%s_%s@%s" % (a, b, dom),
                         "%s.%s%s@%s" % (a, b, d(r, 2), dom), "%s%s@%s" % (a, b[:1], dom)])

    def slots(self, g=None):
        r = self.rng
        v = {}
        firsts = [self.first(g)]
        while len(firsts) < 6:
            x = self.first()
            if x not in firsts:
                firsts.append(x)
        fam = self.last()
        v["pat_first"], v["r1"], v["r2"], v["r3"], v["nb_first"], v["nurse"] = firsts
        v["fam"] = fam
        v["pat"] = "%s %s" % (v["pat_first"], fam)
        v["r1_full"] = "%s %s" % (v["r1"], fam if r.random() < 0.5 else self.last())
        v["nb"] = "%s %s" % (v["nb_first"], self.last())
        v["doc"] = self.last()
        v["doc2"] = self.full()
        v["addr"], v["addr2"], v["addr3"] = self.us_addr(True), self.us_addr(), self.us_addr()
        v["spec"] = self.special_addr()
        v["street"] = self.us.street_address()
        v["city"] = self.us.city()
        v["cityst"] = "%s, %s" % (self.us.city(), self.us.state_abbr(include_territories=False, include_freely_associated_states=False))
        for i in range(1, 5):
            v["ph%d" % i] = self.us_phone()
        v["vanity"] = self.vanity()
        v["email"] = self.email(v["pat_first"], fam)
        v["email2"] = self.email(v["r1"], self.last())
        v["url"] = self.url(v["pat_first"], fam)
        v["ssn"], v["mrn"], v["mrn2"] = self.ssn(), self.mrn(), self.mrn()
        v["dob"], v["dob2"] = self.dob(), self.dob()
        v["iban"], v["card"] = self.iban(), self.card()
        v["routing"], v["acct"] = self.us.aba(), d(r, r.randint(8, 12))
        drugs = r.sample(DRUGS, 3)
        v["drug"], v["drug2"], v["drug3"] = drugs
        v["cond"], v["cond2"] = r.sample(CONDS, 2)
        v["lab"], v["body"] = r.choice(LABS), r.choice(BODY)
        v["rel"], v["day"], v["month"] = r.choice(["Mom", "Grandma", "Nana", "Mama", "Granny"]), r.choice(DAYS), r.choice(MONTHS)
        v["org"], v["help"], v["con"] = r.choice(ORGS), r.choice(HELPLINES), r.choice(CONTRACTIONS)
        v["title"] = r.choice(TITLES)
        v["rel_lc"] = r.choice(["mom", "my mom", "my grandma", "grandma", "nana", "my mother", "my aunt", "my mother-in-law"])
        v["relw"] = r.choice(["wife", "mom", "grandma", "mother", "sister", "aunt", "great aunt", "mother-in-law"])
        v["r2_full"] = "%s %s" % (v["r2"], self.last())
        # international cast
        loc = r.choice(INTL)
        f = self.intl[loc]
        v["loc_country"] = COUNTRY[loc]
        def iname():
            if loc in ("zh_CN", "ko_KR", "ja_JP"):
                return f.last_name() + ("" if loc != "ja_JP" or r.random() < 0.5 else " ") + f.first_name()
            return f.first_name() + " " + f.last_name()
        v["ipat"], v["ir1"] = iname(), iname()
        v["ifirst"] = f.first_name()
        v["icity"] = {"ar_SA": r.choice(["الرياض", "جدة", "الدمام", "المدينة المنورة"]),
                      "tr_TR": r.choice(["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"])}.get(loc) or f.city()
        v["iaddr"] = self.intl_addr(loc)
        v["iph"], v["iph2"] = self.intl_phone(loc), self.intl_phone(loc)
        v["idob"] = self.dob(intl=True)
        v["iemail"] = self.email("".join(c for c in f.first_name() if c.isascii() and c.isalpha()) or "fam",
                                  "".join(c for c in f.last_name() if c.isascii() and c.isalpha()) or "ily")
        v["_loc"] = loc
        return v

    # ------------------------------------------------------------ transforms
    def typos(self, s, p):
        r = self.rng
        out = []
        for w in s.split(" "):
            if len(w) >= 5 and w.isalpha() and r.random() < p:
                i = r.randint(1, len(w) - 2)
                k = r.random()
                if k < 0.4:
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                elif k < 0.7:
                    w = w[:i] + w[i + 1:]
                else:
                    w = w[:i] + w[i] + w[i:]
            out.append(w)
        return " ".join(out)

    def message(self, k):
        r = self.rng
        style, tpl = r.choice(TEMPLATES)
        head = tpl.split("{pat")[0][-60:].lower() if "{pat" in tpl else ""
        male = ("father" in head or "dad" in head or "husband" in head or "uncle" in head or "son " in head
                or "grandpa" in head or "brother" in head)
        female = any(w in head for w in ("mother", "mom", "wife", "aunt", "grandma", "grandmother", "neighbor", "{relw}",
                                          "{rel_lc}", "{rel}"))
        v = self.slots("m" if male else "f" if female else None)
        # emphasise non-Latin identifiers inside INTL templates only
        markup = tpl.format(**v)
        segs = parse(markup)
        case = None
        if style == "run_on":
            x = r.random()
            if x < 0.18:
                case = "upper"
            elif x < 0.45:
                case = "lower"
            if r.random() < 0.4:
                segs = [(kd, self.typos(s, 0.08) if kd == "plain" else s, t, g) for kd, s, t, g in segs]
        elif style in ("speaker_label", "list", "forwarded") and r.random() < 0.3:
            case = "lower"
        if case == "upper":
            segs = [(kd, s.upper(), t, g) for kd, s, t, g in segs]
            style = "run_on_caps" if style == "run_on" else "all_caps"
        elif case == "lower":
            segs = [(kd, s.lower(), t, g) for kd, s, t, g in segs]
            style = "run_on_lower" if style == "run_on" else "lower_case"
        return style, segs


# ---------------------------------------------------------------- templates
# Codes: P L T E U S M D A (+i = INTL). Keep words in [[ ]].
T = []
R = lambda s: T.append(("run_on", s))  # noqa: E731

R("ok so {rel_lc} is <<P|{pat}>> and she is at home at <<L|{addr}>> and my brother <<P|{r1}>> was supposed to check on her "
  "but he went to work and the neighbor <<P|{nb}>> found her on the floor by the bed and she says her [[{body}]] hurts and "
  "she didnt take her [[{drug}]] since [[{day}]] i am 3 hours away can somebody call me at <<T|{ph1}>> or call <<P|{r1}>> at <<T|{ph2}>>")
R("hi im <<P|{r1_full}>> writing for my father <<P|{pat}>> dob <<D|{dob}>> he has [[{cond}]] and the new doctor "
  "{title} <<P|{doc}>> changed his [[{drug}]] and now he is dizzy all the time and fell twice, my sister <<P|{r2}>> thinks its the "
  "[[{drug2}]] too, he lives with my stepmom <<P|{r3}>> at <<L|{addr}>> her number is <<T|{ph1}>> mine is <<T|{ph2}>> please someone look at his list")
R("so last night around 11 my {relw} <<P|{pat_first}>> started breathing weird and we called 911 and they took her to the ER "
  "and they said [[{cond}]] and her [[{lab}]] was off, now they want to keep her and my cousins <<P|{r1}>>, <<P|{r2}>> and <<P|{r3}>> "
  "are all calling me for updates i cant do this, her address for the paperwork is <<L|{addr}>> and her MRN is <<M|{mrn}>>, "
  "my phone <<T|{ph1}>>, email <<E|{email2}>>")
R("{con}, sorry for the long message. <<P|{pat}>> is my grandmother she is 90 and lives alone at <<L|{addr2}>> and she "
  "keeps forgetting the [[{drug}]] so my aunt <<P|{r1}>> set up a pill box but then uncle <<P|{r2}>> moved it to the kitchen "
  "and now she takes two some days, her pharmacy is [[{org}]], call me <<P|{r3}>> at <<T|{ph1}>> or the house <<T|{ph2}>>")
R("my husband <<P|{pat}>> has [[{cond}]] and his ssn is <<S|{ssn}>> for the disability form the social worker <<P|{nb}>> "
  "asked for, his DOB <<D|{dob}>>, we moved from <<L|{addr}>> to <<L|{addr3}>> in [[{month}]] so please update it, "
  "our daughter <<P|{r1}>> helps with the computer, her phone <<T|{ph1}>>, mine <<T|{ph2}>>")
R("writing at 3am because i cant sleep, {rel_lc} <<P|{pat_first}>> keeps getting up and trying to leave the house, its the "
  "[[{cond}]] the doctor said, {title} <<P|{doc2}>> wants to try [[{drug}]] but my brother <<P|{r1}>> is against it and my sister "
  "<<P|{r2}>> in <<L|{cityst}>> says do it, we live at <<L|{addr}>>, my cell <<T|{ph1}>>, please tell us what is safe")
R("the home nurse <<P|{nurse}>> came today and said {rel_lc}'s [[{body}]] wound looks infected and she needs [[{drug}]] "
  "but the pharmacy at [[{org}]] says the insurance needs the member id which is <<M|{mrn}>> and they have her birthday wrong, it "
  "is <<D|{dob}>>, her name is <<P|{pat}>> and she lives at <<L|{addr}>>, i am her son <<P|{r1}>> <<T|{ph1}>>")
R("hello my name is <<P|{r1_full}>> and i take care of my mother in law <<P|{pat}>> who has [[{cond}]] and [[{cond2}]], "
  "my husband <<P|{r2}>> works on the oil rigs so its me, her [[{lab}]] came back high and nobody explained, she lives with "
  "us at <<L|{addr}>>, her old doctor {title} <<P|{doc}>> retired, my email <<E|{email2}>> phone <<T|{ph1}>>")
R("ok update on dad <<P|{pat}>> they moved him to rehab at <<L|{addr}>> and the phone there is <<T|{ph1}>> room 214 "
  "and his [[{drug}]] got stopped in the hospital and nobody knows why, my brothers <<P|{r1}>> and <<P|{r2}>> want a meeting "
  "with the doctor, i am <<P|{r3}>> and my cell is <<T|{ph2}>>, dad MRN <<M|{mrn}>>")
R("my son <<P|{pat_first}>> is 19 and he has [[opioid use disorder]] and he was doing good on [[buprenorphine]] but his "
  "girlfriend <<P|{r1}>> called me saying he used again, i gave him the [[naloxone]] spray once last year, he lives at "
  "<<L|{addr}>> with his friend <<P|{nb}>>, his dob <<D|{dob}>>, my number <<T|{ph1}>>, and his dad <<P|{r2}>> at <<T|{ph2}>>, "
  "his friends started <<U|{url}>> for his rehab")
R("Can someone help my neighbor <<P|{pat}>>? She is 87, lives at <<L|{addr}>>, and her only family is a nephew <<P|{r1}>> "
  "in <<L|{cityst}>> who never calls. She has [[{cond}]] and takes [[{drug}]] and [[{drug2}]] and the bottles are all mixed "
  "up on her table. I'm <<P|{nb}>> from next door, <<T|{ph1}>>. Her landline <<T|{ph2}>>.")
R("my {relw} <<P|{pat_first}>> got a call from someone saying they were from [[{org}]] and she gave them her ssn <<S|{ssn}>> "
  "and her bank account <<A|{acct}>> routing <<A|{routing}>> before my daughter <<P|{r1}>> stopped her, what do we do, "
  "she lives at <<L|{addr}>>, her phone <<T|{ph1}>>, also her [[{drug}]] refill is due")
R("hey it's <<P|{r1}>>, grandpa <<P|{pat}>> wants to pay his copay by card, visa <<A|{card}>> exp 09/27, and he asked me "
  "to also update the address to <<L|{addr}>> because he sold the house on <<L|{street}>>, his [[{drug}]] should go there too, "
  "my aunt <<P|{r2}>> can confirm at <<T|{ph1}>>")
R("ALSO my mom <<P|{pat}>> needs her [[{lab}]] redone because the lab lost it, she is diabetic on [[{drug}]], she lives at "
  "<<L|{addr}>> and her medicare number is <<M|{mrn}>>, my sister <<P|{r1}>> drives her, sisters cell <<T|{ph1}>>, "
  "and please dont call my brother <<P|{r2}>> about any of this")
R("we set up a page for my dad <<P|{pat}>> after the [[{cond}]] so people can follow along <<U|{url}>> and the nurse <<P|{nurse}>> "
  "said it was ok to share updates, he is home now at <<L|{addr}>>, the [[{drug}]] is helping, meals are being organised by "
  "his friend <<P|{nb}>> <<T|{ph1}>>, my email <<E|{email}>>")
R("my wife <<P|{pat_first}>> and i both need the [[{drug}]] and the [[{org}]] pharmacy keeps mixing us up, she is "
  "<<P|{pat}>> born <<D|{dob}>> and i am <<P|{r1_full}>> born <<D|{dob2}>>, we both live at <<L|{addr}>>, "
  "the home phone <<T|{ph1}>>, thanks, {con}, my wife also sells quilts at <<U|{url}>> if you like quilts lol")
R("my sister <<P|{r1}>> texted me from the hospital saying {rel_lc} <<P|{pat}>> is being sent home tonight with [[{drug}]] "
  "but there is no one there, i live in <<L|{cityst}>> and my other sister <<P|{r2}>> is in <<L|{city}>>, can a home "
  "health aide come to <<L|{addr}>>, her doctor is {title} <<P|{doc2}>>, my number <<T|{ph1}>>")
R("Long story: grandma <<P|{pat}>> moved in with us at <<L|{addr}>> after the [[{cond}]] and now she needs a new primary doctor, "
  "her old one was {title} <<P|{doc}>> at <<L|{addr3}>>, records need her DOB <<D|{dob}>> and old MRN <<M|{mrn}>>, "
  "my husband <<P|{r1}>> and I both work, call <<T|{ph1}>> after 5, the family page with her updates is <<U|{url}>>")
R("my dad <<P|{pat}>> served in the army and we are trying to get him into [[the VA]] for his [[{cond}]], his mail goes to "
  "<<L|{spec}>>, his ssn <<S|{ssn}>>, his dob <<D|{dob}>>, my brother <<P|{r1}>> has the DD214, brother's phone <<T|{ph1}>>, "
  "mine <<T|{ph2}>>")
R("{rel} <<P|{pat_first}>> is at it again refusing the [[{drug}]] saying it gives her a rash on her [[{body}]], her friend from church "
  "<<P|{nb}>> takes her to bible study every [[{day}]] and she says the rash is from the new soap, <<P|{r1}>> and i disagree, she lives "
  "<<L|{addr}>> and her cell <<T|{ph1}>> mine <<T|{ph2}>> email <<E|{email2}>>")
R("so the insurance denied the [[{drug}]] again and the letter went to <<L|{addr2}>> which is my moms old address, she is "
  "<<P|{pat}>>, member ID <<M|{mrn}>>, group 88201, and the appeal needs her date of birth <<D|{dob}>>, my brother <<P|{r1}>> has "
  "the letter, his phone <<T|{ph1}>>, please call him not me")
R("my mother <<P|{pat}>> has her own cleaning business and her work number <<T|{vanity}>> keeps getting calls for her "
  "appointments, please use her cell <<T|{ph1}>> for the [[{lab}]] results, she has [[{cond}]], she lives at <<L|{addr}>>, "
  "and her assistant <<P|{r1}>> answers the work line")
R("hi this is <<P|{r1}>> from the night shift at the group home, one of our residents <<P|{pat}>> had a fall and we sent him to the "
  "ER, his guardian is <<P|{r2_full}>> <<T|{ph1}>>, his MRN <<M|{mrn}>>, he takes [[{drug}]] and [[{drug2}]], group home address "
  "<<L|{addr}>>, our house phone <<T|{ph2}>>")
R("<<P|{pat_first}>> my {relw} has been throwing up since [[{day}]] and cant keep the [[{drug}]] down, i think its the new [[{drug2}]] "
  "the doctor gave for the [[{cond}]], we are at <<L|{addr}>>, my phone died so use my husband <<P|{r1}>>s work phone <<T|{ph1}>> "
  "or our neighbor <<P|{nb}>> <<T|{ph2}>>")
R("I'm trying to get a copy of my own records, I'm <<P|{pat}>>, born <<D|{dob}>>, MRN <<M|{mrn}>>, and I moved from "
  "<<L|{addr}>> to <<L|{addr3}>>. My email is <<E|{email}>> and my phone <<T|{ph1}>>. I had [[{cond}]] last year and my new "
  "doctor needs the [[{lab}]] results")
R("my uncle <<P|{pat}>> is homeless right now and sleeps at the shelter on <<L|{street}>> sometimes, his [[{cond}]] is bad and "
  "he lost his [[{drug}]], his case worker <<P|{nb}>> can be reached at <<T|{ph1}>>, his dob is <<D|{dob}>>, i am his niece "
  "<<P|{r1}>> <<T|{ph2}>>")
R("so dad wants everything paid from his account now not mine, the account is <<A|{acct}>> routing <<A|{routing}>> under "
  "<<P|{pat}>>, he is at <<L|{addr}>>, and his card for the copays is <<A|{card}>>, my sister <<P|{r1}>> is the one on the "
  "account with him if you need to verify <<T|{ph1}>>, he takes [[{drug}]]")
R("please help my aunt <<P|{pat}>> her [[{drug}]] refill is late and she is shaking, she lives at <<L|{addr}>>, "
  "she posts everything on <<U|{url}>> so thats how i knew, her cousin <<P|{r1}>> and her friend <<P|{nb}>> are there now, phone at the house <<T|{ph1}>>, my phone <<T|{ph2}>>, "
  "she was in the hospital in [[{month}]] for [[{cond}]]")
R("We are a family of five and all of us need flu shots but mostly my {relw} <<P|{pat}>> who has [[{cond}]]. Kids are "
  "<<P|{r1}>>, <<P|{r2}>> and <<P|{r3}>>. We live at <<L|{addr}>>. My phone is <<T|{ph1}>> and my email <<E|{email2}>>. "
  "Is [[{org}]] ok for the shots or do we come in?")

S = lambda st, s: T.append((st, s))  # noqa: E731
S("speaker_label", "<<P|{r1}>>: is {rel_lc} up yet\n<<P|{r2}>>: yes she took the [[{drug}]] at 7\n<<P|{r1}>>: her [[{lab}]] appt is "
  "[[{day}]] at <<L|{addr}>>\n<<P|{r2}>>: ok ill drive, call me <<T|{ph1}>>\n<<P|{r3}>>: i can do the pickup after, <<T|{ph2}>>")
S("speaker_label", "Son <<P|{r1}>>: dad <<P|{pat}>> fell again\nDaughter <<P|{r2}>>: is he on the [[{drug}]] still\n"
  "Son <<P|{r1}>>: yes, and the [[{drug2}]]\nDaughter <<P|{r2}>>: im calling {title} <<P|{doc}>> at <<T|{ph1}>>\n"
  "Son <<P|{r1}>>: his address for the ambulance is <<L|{addr}>>")
S("list", "Family contacts for <<P|{pat}>> ([[{cond}]]):\n- <<P|{r1_full}>> (son) <<T|{ph1}>>\n- <<P|{r2}>> (daughter) <<T|{ph2}>>\n"
  "- <<P|{nb}>> (neighbor) <<T|{ph3}>>\n- Home: <<L|{addr}>>\nMeds: [[{drug}]], [[{drug2}]], [[{drug3}]]")
S("list", "things for the nurse: 1) <<P|{pat_first}>>'s [[{drug}]] refill 2) [[{lab}]] results 3) new address <<L|{addr}>> "
  "4) call <<P|{r1}>> at <<T|{ph1}>> or <<P|{r2}>> at <<T|{ph2}>> 5) her DOB is <<D|{dob}>> not what you have")
S("form", "Name: <<P|{pat}>>\nDOB: <<D|{dob}>>\nSSN: <<S|{ssn}>>\nAddress: <<L|{addr2}>>\nPhone: <<T|{ph1}>>\n"
  "Email: <<E|{email}>>\nInsurance member ID: <<M|{mrn}>>\nEmergency contact: <<P|{r1_full}>> <<T|{ph2}>>\nDiagnoses: [[{cond}]]\n"
  "Medications: [[{drug}]], [[{drug2}]]")
S("form", "PATIENT PORTAL - UPDATE PAYMENT\nCardholder: <<P|{pat}>>\nCard number: <<A|{card}>>\nBilling address: <<L|{addr}>>\n"
  "Bank routing: <<A|{routing}>>  Account: <<A|{acct}>>\nPhone: <<T|{ph1}>>\nVisit: [[{cond}]] follow-up with {title} <<P|{doc}>>")
S("signature", "Please cancel {rel_lc}'s [[{lab}]] on [[{day}]], she is sick with [[{cond}]].\n\nThanks,\n<<P|{r1_full}>>\n"
  "<<L|{addr2}>>\nc: <<T|{ph1}>>\n<<E|{email2}>>\n<<U|{url}>>")
S("clinician_note", "Pt <<P|{pat}>> DOB <<D|{dob}>> MRN <<M|{mrn}>>. Hx [[{cond}]], [[{cond2}]]. Meds [[{drug}]], [[{drug2}]]. "
  "Lives w/ {relw} <<P|{r1}>> at <<L|{addr}>>. Contact <<T|{ph1}>>. F/u {title} <<P|{doc}>> 2 wks, repeat [[{lab}]].")
S("clinician_note", "tele f/u. spoke w/ pt <<P|{pat_first}>> and son <<P|{r1}>> (<<T|{ph1}>>). c/o [[{body}]] pain x3d. on [[{drug}]]. "
  "[[{lab}]] pending. addr confirmed <<L|{addr}>>. SSN on file <<S|{ssn}>>. MRN <<M|{mrn}>>.")
S("forwarded", "---------- Forwarded message ---------\nFrom: <<P|{r1_full}>> <<<E|{email2}>>>\nSubject: {rel} meds\n\n"
  "{rel} <<P|{pat}>> ran out of [[{drug}]] and the pharmacy at [[{org}]] needs a new script, she is at <<L|{addr}>>, "
  "DOB <<D|{dob}>>, call me <<T|{ph1}>>")
S("general_text", "Hi, I need to update my billing info. Name <<P|{pat}>>, account on file ending old, new card <<A|{card}>>, "
  "new address <<L|{addr}>>, phone <<T|{ph1}>>. My wife <<P|{r1}>> may call too from <<T|{ph2}>>. Thanks. {con}, and I am out of town "
  "till [[{month}]]")
S("general_text", "Refund request: the [[{lab}]] was billed twice in [[{month}]], please send the overpayment for <<P|{pat}>> to checking account <<A|{acct}>>, routing "
  "<<A|{routing}>>, or by check to <<L|{spec}>>. Questions: <<P|{r1_full}>> <<T|{ph1}>> <<E|{email2}>>")

I_ = lambda s: T.append(("international", s))  # noqa: E731
I_("my {relw} <<Pi|{ipat}>> is visiting us from <<Li|{icity}>> in {loc_country} and she has [[{cond}]] and forgot her [[{drug}]], "
   "her doctor back home is <<Pi|{ir1}>>, <<Li|{iaddr}>>, phone <<Ti|{iph}>>, she is staying with us at <<L|{addr}>>, "
   "my cell <<T|{ph1}>>, her birthday <<Di|{idob}>>")
I_("hello i am writing from {loc_country}, my father <<Pi|{ipat}>> was in your hospital in [[{month}]] for [[{cond}]] and we need "
   "the discharge papers sent to <<Li|{iaddr}>>, my phone <<Ti|{iph}>>, his date of birth <<Di|{idob}>>, my brother in the US "
   "<<P|{r1}>> can pick up at <<L|{addr}>> <<T|{ph1}>>")
I_("Please refund the deposit for <<Pi|{ipat}>> to IBAN <<Ai|{iban}>>, she has gone back to <<Li|{icity}>>. Her address there is "
   "<<Li|{iaddr}>> and her number <<Ti|{iph}>>. Her US contact was her niece <<P|{r1_full}>> <<T|{ph1}>>. She was treated for "
   "[[{cond}]].")
I_("so my grandma <<Pi|{ipat}>> lives in <<Li|{icity}>> and my aunt <<Pi|{ir1}>> takes care of her there but she is here for 2 "
   "months with us at <<L|{addr}>> and ran out of [[{drug}]], her pharmacy there <<Ti|{iph}>>, aunt's cell <<Ti|{iph2}>>, "
   "my number here <<T|{ph1}>>, she has [[{cond}]] and [[{cond2}]]")
I_("my uncle wants to pay the bill from his account back home, iban <<Ai|{iban}>>, name <<Pi|{ipat}>>, address <<Li|{iaddr}>>, "
   "he was seen for [[{cond}]] and got [[{drug}]], email <<Ei|{iemail}>>, his phone <<Ti|{iph}>>")
I_("Caregiver note: <<Pi|{ipat}>> (DOB <<Di|{idob}>>) arrived from {loc_country} last [[{day}]]. Daughter <<Pi|{ir1}>> "
   "<<Ti|{iph}>>. Local address <<L|{addr}>>, local phone <<T|{ph1}>>. Home address <<Li|{iaddr}>>. On [[{drug}]] for [[{cond}]].")
R("so this is about my {relw} <<P|{pat}>> who used to live in {loc_country} and still gets a pension there into iban <<Ai|{iban}>> and "
  "the nursing home here wants it for the [[Medicaid]] application, she has [[{cond}]] and is at <<L|{addr}>>, her dob <<D|{dob}>>, "
  "my brother <<P|{r1}>> handles the money <<T|{ph1}>>, me <<P|{r2}>> <<T|{ph2}>>")
R("my {relw} <<P|{pat_first}>> is a musician and her fans keep sending her get well cards at <<L|{addr}>>, her page <<U|{url}>> "
  "said she had [[{cond}]] which was not ok to post, her manager <<P|{nb}>> did that, <<T|{ph1}>>, can you tell us what we are "
  "allowed to share, she is on [[{drug}]] now, email me at <<E|{email2}>>, i'm <<P|{r1}>>")
I_("hi from {loc_country}, my mother <<Pi|{ipat}>> stayed with my sister <<P|{r1_full}>> at <<L|{addr}>> and got [[{drug}]] from you, "
   "we set up <<Ui|{url}>> to pay the bills, please refund to iban <<Ai|{iban}>>, my phone <<Ti|{iph}>>, my email <<Ei|{iemail}>>")
TEMPLATES = T
