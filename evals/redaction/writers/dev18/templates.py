"""Template messages for dev18.  Each template function takes a Builder and returns markup (see lib.py).
Written for this file only; wording is varied with phrase pools so no two messages read the same."""
import re

import gen
from lib import _TOKEN

# ------------------------------------------------------------------ clinical phrase pools
DRUG_DOSE = [("metformin", ["500 mg twice a day", "1000mg with dinner", "ER 750", ""]), ("Eliquis", ["5 mg BID", "2.5mg", ""]),
             ("warfarin", ["5mg", "alternating 5 and 7.5", ""]), ("Lasix 40", ["every morning", ""]), ("lisinopril", ["10 mg", "20mg daily", ""]),
             ("melatonin", ["3mg at bedtime", "5 mg", ""]), ("sertraline", ["50mg", "100 mg", ""]), ("oxycodone", ["5 mg q6h prn", "10mg", ""]),
             ("atorvastatin", ["40", "80 mg at night", ""]), ("amlodipine", ["5 mg", "10mg", ""]), ("gabapentin", ["300 mg TID", "100mg at night", ""]),
             ("levothyroxine", ["75 mcg", "50mcg on an empty stomach", ""]), ("furosemide", ["20 mg", "40mg", ""]), ("prednisone", ["taper", "10 mg", ""]),
             ("Ozempic", ["0.5 mg weekly", "1mg pen", ""]), ("Jardiance", ["10 mg", ""]), ("Xarelto", ["20 mg with supper", ""]),
             ("donepezil", ["10 mg", "5mg at night", ""]), ("carbidopa-levodopa", ["25/100 four times a day", ""]), ("tramadol", ["50 mg prn", ""]),
             ("morphine", ["5 mg SL", "liquid 0.25 ml", ""]), ("buprenorphine", ["8 mg", "16mg film", ""]), ("Suboxone", ["8/2 film", ""]),
             ("naloxone", ["nasal spray", ""]), ("trazodone", ["50 mg at bedtime", ""]), ("quetiapine", ["25 mg", ""]), ("lorazepam", ["0.5 mg prn", ""]),
             ("albuterol", ["inhaler", "neb", ""]), ("Symbicort", ["2 puffs twice a day", ""]), ("Spiriva", ["daily", ""]), ("metoprolol", ["25 mg x2", "tartrate 50", ""]),
             ("Entresto", ["24/26", ""]), ("allopurinol", ["100 mg", ""]), ("tamsulosin", ["0.4 mg", ""]), ("omeprazole", ["20 mg before breakfast", ""]),
             ("insulin", ["10 units at night", "sliding scale", ""]), ("Lantus", ["18 units", ""]), ("Humalog", ["with meals", ""]),
             ("St. John's wort", [""]), ("vitamin D3", ["2000 IU", ""]), ("fish oil", [""]), ("magnesium glycinate", ["at night", ""]),
             ("Tylenol", ["500 mg", "extra strength", ""]), ("acetaminophen", ["650 mg", ""]), ("Plavix", ["75 mg", ""]), ("Keppra", ["500 mg BID", ""]),
             ("Seroquel", ["25mg at bedtime", ""]), ("hydrocodone", ["5/325", ""]), ("senna", ["2 tabs", ""]), ("MiraLAX", ["one capful", ""]),
             ("potassium chloride", ["20 mEq", ""]), ("Klor-Con", ["10", ""]), ("digoxin", ["0.125 mg", ""]), ("spironolactone", ["25 mg", ""]),
             ("losartan", ["50 mg", ""]), ("hydrochlorothiazide", ["12.5", ""]), ("clopidogrel", ["75", ""]), ("memantine", ["10 mg BID", ""]),
             ("ondansetron", ["4 mg prn nausea", ""]), ("cephalexin", ["500 mg QID x 7 days", ""]), ("nitrofurantoin", ["100 mg BID", ""]),
             ("ferrous sulfate", ["325 mg", ""]), ("B12", ["shots monthly", ""]), ("calcium", ["with D", ""]), ("turmeric", ["capsules", ""]),
             ("ashwagandha", [""]), ("CoQ10", [""]), ("probiotics", [""]), ("ginkgo biloba", [""]), ("Narcan", [""]), ("methadone", ["90 mg", ""])]
CONDS_US = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's", "dementia",
            "type 2 diabetes", "congestive heart failure", "CHF", "hypertension", "stroke", "pneumonia", "UTI", "cellulitis", "osteoporosis",
            "rheumatoid arthritis", "gout", "shingles", "COVID", "sleep apnea", "depression", "anxiety", "delirium", "CKD", "peripheral neuropathy",
            "glaucoma", "macular degeneration", "hypothyroidism", "anemia", "DVT", "breast cancer", "prostate cancer", "lung cancer",
            "multiple sclerosis", "ALS", "epilepsy", "migraines", "vertigo", "pressure ulcer", "dehydration", "hypoglycemia", "sundowning",
            "Lewy body dementia", "GERD", "diverticulitis", "C. diff", "MRSA", "hepatitis C", "lupus", "fibromyalgia", "sciatica",
            "spinal stenosis", "angina", "bradycardia", "high cholesterol", "prediabetes", "orthostatic hypotension", "hyponatremia",
            "dysphagia", "aspiration pneumonia", "incontinence", "cirrhosis", "long COVID", "hip fracture", "AFib", "kidney stones"]
LABS = [("Hemoglobin A1c", ["7.9", "8.4%", "6.8"]), ("A1c", ["9.1", "7.2"]), ("INR", ["3.8", "1.6", "2.4", "4.2"]), ("potassium", ["5.9", "3.1"]),
        ("creatinine", ["1.9", "2.4"]), ("eGFR", ["28", "41"]), ("TSH", ["6.2", "0.3"]), ("triglycerides", ["612", "880"]), ("LDL", ["164", "98"]),
        ("hemoglobin", ["8.1", "9.4"]), ("platelets", ["92", "410"]), ("WBC", ["14.2", "3.1"]), ("BNP", ["1,240", "890"]), ("troponin", ["0.04", "negative"]),
        ("sodium", ["128", "131"]), ("blood sugar", ["212", "48", "301", "87"]), ("fasting glucose", ["142", "118"]), ("vitamin D level", ["14", "19"]),
        ("B12 level", ["180"]), ("PSA", ["7.8", "11"]), ("ferritin", ["9"]), ("oxygen sat", ["88%", "91%"]), ("SpO2", ["89%", "93%"]), ("BP", ["168/94", "92/58", "142/88"])]
BODY = ["right hip", "left knee", "lower back", "sacrum", "heels", "left foot", "right shoulder", "ankles", "chest", "stomach", "lungs",
        "kidneys", "bladder", "left eye", "wrist", "tailbone", "feet", "legs", "throat", "neck", "right leg", "skin", "gums", "colon", "heart"]
SUPPLIES = ["walker", "wheelchair", "hospital bed", "commode", "nebulizer", "oxygen", "glucometer", "test strips", "compression stockings",
            "hearing aids", "cane", "rollator", "Foley", "G-tube", "PICC line", "CPAP"]
RELATIONS_US = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "my husband", "my wife", "Mother", "Pop", "Granny", "Auntie"]
ORGS_US = ["Walgreens", "CVS", "Kaiser", "Medicare", "Medicaid", "Mayo Clinic", "Cleveland Clinic", "Rite Aid", "Humana", "Aetna",
           "Blue Cross", "UnitedHealthcare", "Meals on Wheels", "the VA", "Costco pharmacy", "GoodRx", "Express Scripts", "Social Security",
           "Visiting Angels", "Home Instead", "MyChart", "SilverSneakers", "AARP"]
PHARM = ["Walgreens", "CVS", "Rite Aid", "Costco pharmacy", "Walmart pharmacy", "the Kaiser pharmacy", "Express Scripts", "OptumRx"]
HOSP = ["Mayo Clinic", "Cleveland Clinic", "Mercy Hospital", "St. Mary's", "Baptist Health", "Providence", "the VA hospital", "Kaiser"]
INSUR = ["Medicare", "Medicaid", "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "Cigna", "Social Security", "the VA"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = gen.MONTHS_EN
HELPLINES = [("988", "the crisis line 988"), ("911", "call 911"), ("1-800-222-1222", "Poison Control at 1-800-222-1222"),
             ("1-800-MEDICARE", "1-800-MEDICARE"), ("211", "dial 211")]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "Can't", "He's", "She's", "It's", "They're", "Won't", "Didn't", "I'll", "We're", "Let's", "That's"]

INTL_CCS = ["GB", "DE", "FR", "ES", "MX", "IT", "PT", "BR", "NL", "PL", "TR", "RU", "UA", "IN", "JP", "KR", "CN", "PH", "VN", "CA", "QC",
            "AU", "IE", "AT", "CH", "AR", "CO", "EG", "SA", "BD", "IL", "GR", "NG", "SE", "NZ", "TW"]
REL_INTL = {"DE": ["Oma", "Opa", "Mutti"], "AT": ["Oma", "Opa"], "CH": ["Grosi", "Opa"], "FR": ["Mémé", "Maman", "Papi"], "QC": ["Mémère", "Maman"],
            "ES": ["Abuela", "Mamá"], "MX": ["Abuela", "Abuelito", "Amá"], "AR": ["Abuela", "Mamá"], "CO": ["Abuela", "Mamá"], "IT": ["Nonna", "Nonno"],
            "PT": ["Avó", "Mãe"], "BR": ["Vovó", "Vovô", "Mãe"], "NL": ["Oma", "Opa"], "PL": ["Babcia", "Dziadek"], "TR": ["Anneanne", "Babaanne", "Dede"],
            "RU": ["Бабушка", "Дедушка", "Мама"], "UA": ["Бабуся", "Дідусь", "Мама"], "IN": ["Dadi", "Nani", "Amma", "दादी"], "JP": ["おばあちゃん", "祖母"],
            "KR": ["할머니", "할아버지"], "CN": ["奶奶", "外婆", "爷爷"], "TW": ["阿嬤", "外婆"], "PH": ["Lola", "Lolo", "Nanay"], "VN": ["Bà", "Ông", "Má"],
            "EG": ["Teta", "Gedo"], "SA": ["Teta", "Jaddah"], "BD": ["Nani", "Dadu"], "IL": ["Savta", "Saba"], "GR": ["Γιαγιά", "Yiayia"],
            "GB": ["Mum", "Nan", "Gran"], "IE": ["Mam", "Nana"], "AU": ["Mum", "Nan"], "NZ": ["Mum", "Nana"], "CA": ["Mom", "Grandma"], "NG": ["Mama", "Grandma"],
            "SE": ["Mormor", "Farfar"]}
LOCAL_DRUG = {"DE": ["Ramipril", "Marcumar", "Metformin", "Novalgin", "L-Thyroxin"], "FR": ["Doliprane", "Kardegic", "metformine", "Levothyrox"],
              "ES": ["Sintrom", "metformina", "Adiro", "Omeprazol"], "MX": ["metformina", "losartán", "insulina"], "IT": ["Tachipirina", "Eutirox", "Cardioaspirina"],
              "BR": ["losartana", "dipirona", "metformina", "insulina NPH"], "PT": ["Ben-u-ron", "metformina"], "NL": ["metoprolol", "paracetamol"],
              "PL": ["Polopiryna", "Metformax", "Bisocard"], "TR": ["Coraspin", "Glifor", "Beloc"], "RU": ["Эналаприл", "Метформин", "Кардиомагнил"],
              "UA": ["Кардіомагніл", "Метформін"], "JP": ["アムロジピン", "メトホルミン"], "KR": ["아스피린", "메트포르민"], "CN": ["二甲双胍", "阿司匹林"],
              "IN": ["Telma 40", "Glycomet", "Ecosprin"], "PH": ["Losartan", "Metformin"], "VN": ["Metformin", "Amlodipin"]}
LOCAL_COND = {"DE": ["Diabetes", "Demenz", "Bluthochdruck", "Vorhofflimmern"], "FR": ["diabète", "Alzheimer", "insuffisance cardiaque"],
              "ES": ["diabetes", "demencia", "presión alta"], "MX": ["diabetes", "presión alta"], "IT": ["ipertensione", "diabete", "ictus"],
              "BR": ["hipertensão", "diabetes", "AVC"], "PT": ["diabetes", "AVC"], "NL": ["suikerziekte", "dementie", "hartfalen"],
              "PL": ["cukrzyca", "nadciśnienie"], "TR": ["şeker hastalığı", "tansiyon"], "RU": ["диабет", "давление"], "UA": ["інсульт", "тиск"],
              "JP": ["認知症", "糖尿病"], "KR": ["당뇨", "혈압"], "CN": ["高血压", "糖尿病"], "IN": ["मधुमेह", "diabetes", "BP"], "PH": ["altapresyon", "diyabetes"],
              "VN": ["tiểu đường", "huyết áp"]}
DR_TITLE = {"DE": "Dr.", "FR": "Dr", "ES": "Dra.", "MX": "Dr.", "IT": "dott.", "BR": "Dra.", "PT": "Dr.", "PL": "dr", "TR": "Dr.", "RU": "врач",
            "UA": "лікар", "NL": "dokter", "JP": "医師", "KR": "의사", "CN": "医生"}


class Builder:
    def __init__(self, rng, cc="US"):
        self.rng, self.cc = rng, cc
        self.us = cc == "US"

    # -- helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def code(self, c, region_us=None):
        us = self.us if region_us is None else region_us
        return c.upper() if us else c.lower()

    # -- identifiers
    def person(self, cc=None, latin=None):
        cc = cc or self.cc
        if cc == "US":
            return gen.person_us(self.rng)
        return gen.person_intl(self.rng, cc, latin=latin)

    def name(self, p=None, form=None, cc=None):
        cc = cc or self.cc
        p = p or self.person(cc)
        return "[[%s:%s]]" % ("P" if cc == "US" else "p", gen.render_name(self.rng, p, form))

    def first(self, p=None, cc=None):
        return self.name(p, "first", cc)

    def addr(self, cc=None, **kw):
        cc = cc or self.cc
        if cc == "US":
            return "[[L:%s]]" % gen.us_address(self.rng, **kw)
        return "[[l:%s]]" % gen.intl_address(self.rng, cc)

    def city(self, cc=None, with_state=None):
        cc = cc or self.cc
        if cc == "US":
            if with_state is None:
                with_state = self.p(0.6)
            return "[[L:%s]]" % (gen.us_city_state(self.rng) if with_state else gen.us_city(self.rng))
        return "[[l:%s]]" % gen.intl_city(self.rng, cc)

    def phone(self, cc=None, **kw):
        cc = cc or self.cc
        if cc == "US":
            return "[[T:%s]]" % gen.us_phone(self.rng, **kw)
        return "[[t:%s]]" % gen.intl_phone(self.rng, cc)

    def email(self, p=None, cc=None):
        cc = cc or self.cc
        p = p or self.person(cc)
        return "[[%s:%s]]" % ("E" if cc == "US" else "e", gen.email_for(self.rng, p, cc))

    def url(self, p=None, cc=None):
        cc = cc or self.cc
        p = p or self.person(cc, latin=True)
        return "[[%s:%s]]" % ("U" if cc == "US" else "u", gen.url_for(self.rng, p))

    def ssn(self):
        if not self.us:
            return self.mrn()[1]
        return "[[S:%s]]" % gen.ssn(self.rng)

    def mrn(self, cc=None):
        cc = cc or self.cc
        lab, v = gen.mrn(self.rng, cc)
        return lab, "[[%s:%s]]" % ("M" if cc == "US" else "m", v)

    def dob(self, cc=None, young=False):
        cc = cc or self.cc
        return "[[%s:%s]]" % ("D" if cc == "US" else "d", gen.dob(self.rng, cc, young))

    def iban(self, cc=None):
        cc = cc if cc in gen.IBAN_COUNTRY_FOR else None
        return "[[a:%s]]" % gen.iban(self.rng, cc)

    def card(self):
        lab, v = gen.card(self.rng)
        return lab, "[[A:%s]]" % v

    def bank(self):
        rl, r, al, a = gen.bank(self.rng)
        return rl, "[[A:%s]]" % r, al, "[[A:%s]]" % a

    # -- keep words
    def k(self, w):
        return "<<%s>>" % w

    def med(self, dose=True):
        d, doses = self.ch(DRUG_DOSE)
        ds = self.ch(doses) if dose else ""
        return self.k(d) + (" " + ds if ds else "")

    def cond(self):
        if not self.us and self.cc in LOCAL_COND and self.p(0.5):
            return self.k(self.ch(LOCAL_COND[self.cc]))
        return self.k(self.ch(CONDS_US))

    def ldrug(self):
        if self.cc in LOCAL_DRUG:
            return self.k(self.ch(LOCAL_DRUG[self.cc]))
        return self.med(False)

    def lab(self):
        l, vals = self.ch(LABS)
        return "%s %s %s" % (self.k(l), self.ch(["was", "is", "came back", "at", "of", "="]), self.ch(vals))

    def body(self):
        return self.k(self.ch(BODY))

    def supply(self):
        return self.k(self.ch(SUPPLIES))

    def rel(self, cc=None):
        cc = cc or self.cc
        if cc == "US":
            return self.k(self.ch(RELATIONS_US))
        return self.k(self.ch(REL_INTL.get(cc, ["Mum"])))

    def org(self, kind=None):
        return self.k(self.ch({"pharm": PHARM, "hosp": HOSP, "ins": INSUR}.get(kind, ORGS_US)))

    def ssn_pair(self):
        """('SSN', ssn) in a US context; a health-insurance number with its own label elsewhere"""
        if self.us:
            return self.ch(["SSN", "SSN", "social", "SS#", "Social Security #"]), self.ssn()
        return self.mrn()

    def day(self):
        return self.k(self.ch(DAYS))

    def month(self):
        return self.k(self.ch(MONTHS))

    def contraction(self):
        return self.k(self.ch(CONTRACTIONS))

    def helpline(self):
        num, phrase = self.ch(HELPLINES)
        return phrase.replace(num, self.k(num))

    def clin(self):
        """any one clinical fragment"""
        return self.ch([self.med, self.cond, self.lab, self.body, self.supply, self.med])()


# ------------------------------------------------------------------ text transforms
def transform(markup, fn):
    out, pos = [], 0
    for m in _TOKEN.finditer(markup):
        out.append(fn(markup[pos:m.start()]))
        if m.group(1):
            out.append("[[%s:%s]]" % (m.group(1), fn(m.group(2))))
        else:
            out.append("<<%s>>" % fn(m.group(3)))
        pos = m.end()
    out.append(fn(markup[pos:]))
    return "".join(out)


def typo_plain(markup, rng, rate=0.12):
    """misspell some words in the plain-text parts only"""
    def f(seg):
        def w(m):
            word = m.group(0)
            if len(word) < 4 or rng.random() > rate:
                return {"the": "teh", "and": "adn", "you": "u", "your": "ur", "I": "i", "please": "pls"}.get(word, word) if rng.random() < 0.3 else word
            i = rng.randint(1, len(word) - 2)
            op = rng.choice(["swap", "drop", "double", "near"])
            if op == "swap":
                return word[:i] + word[i + 1] + word[i] + word[i + 2:]
            if op == "drop":
                return word[:i] + word[i + 1:]
            if op == "double":
                return word[:i] + word[i] + word[i:]
            near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "y", "s": "d", "r": "t", "l": "k", "u": "y"}
            return word[:i] + near.get(word[i], word[i]) + word[i + 1:]
        return re.sub(r"[A-Za-z]+", w, seg)
    out, pos = [], 0
    for m in _TOKEN.finditer(markup):
        out.append(f(markup[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(f(markup[pos:]))
    return "".join(out)


# ------------------------------------------------------------------ shared sentence makers
def news_sentence(b):
    return b.ch([
        "%s was changed to %s" % (b.med(False), b.med()) if b.p(0.3) else "the doctor started %s" % b.med(),
        "she has pain in her %s again" % b.body(), "the %s looked worse today" % b.body(), "we're watching the %s" % b.cond(),
        "%s this morning" % b.lab(), "his %s hurts when he stands" % b.body(), "they want to recheck the %s" % b.lab(), "still on %s" % b.med(),
        "she ran out of %s" % b.med(False), "he won't take the %s" % b.med(False), "the %s finally came" % b.supply(),
        "the %s got worse over the weekend" % b.cond(), "we finally got the %s set up" % b.supply(),
    ])


# ================================================================== style templates
def t_lower_case(b):
    r, n1 = b.rng, b.name(form="full")
    opts = [
        lambda: "hey its %s. %s is out of %s again, can someone pick it up from %s on %s? call me %s" % (b.first(), b.rel(), b.med(False), b.org("pharm"), b.addr(layout="one", kind="street"), b.phone()),
        lambda: "%s said %s and to call %s if it gets worse. her address for the nurse is %s" % (n1, news_sentence(b), b.phone(), b.addr()),
        lambda: "just landed in %s, tell %s i'll be there by 6. %s" % (b.city(), b.rel(), news_sentence(b)),
        lambda: "new number for %s is %s, the old one got cut off. also %s" % (b.name(), b.phone(), news_sentence(b)),
        lambda: "can someone send %s the %s log? her email is %s" % (b.first(), b.k(b.ch(["blood sugar", "BP", "INR", "A1c"])), b.email()),
        lambda: "%s's dob is %s and the pharmacy still cant find her, the %s is under %s" % (b.first(), b.dob(), b.med(False), b.name(form="surname_first")),
        lambda: "ok so %s moved in with %s at %s. %s" % (b.rel(), b.first(), b.addr(), news_sentence(b)),
        lambda: ("pls dont post this anywhere but %s's ssn is %s, the %s lady needs it for the %s paperwork" % (b.rel(), b.ssn(), b.org("ins"), b.cond())) if b.us else
                ("%s's bank details for the %s: iban %s" % (b.rel(), b.k(b.ch(["care home", "physio", "nursing home"])), b.iban(b.cc))),
        lambda: (lambda q: "heres the page for %s's updates %s, %s posts after every %s" % (b.first(q), b.url(q), b.first(), b.k(b.ch(["chemo", "dialysis", "scan", "rehab"]))))(b.person(latin=True) if not b.us else b.person()),
        lambda: "reminder %s has the %s appt %s, %s is driving. meet at %s" % (b.rel(), b.k(b.ch(["cardiology", "eye", "wound care", "PT", "dialysis", "MRI"])), b.day(), b.first(), b.addr(kind="street")),
    ]
    return b.ch(opts)()


def t_all_caps(b):
    opts = [
        lambda: "PLEASE CALL %s AT %s RE: %s. %s" % (b.name(), b.phone(), b.cond(), news_sentence(b)),
        lambda: "DELIVER TO %s\n%s\nPHONE %s\nITEM: %s" % (b.name(), b.addr(), b.phone(), b.supply()),
        lambda: "PT NAME %s DOB %s %s %s DX %s" % (b.name(form="surname_first_caps"), b.dob(), *b.mrn(), b.cond()),
        lambda: "%s IS AT %s NOW, ROOM 214. %s. CALL %s" % (b.name(), b.city(), news_sentence(b), b.phone()),
        lambda: "RE: %s - HER %s IS DUE %s. PHARMACY NEEDS DOB %s" % (b.name(), b.med(False), b.day(), b.dob()),
        lambda: "MAIL GOES TO %s NOT THE HOUSE. %s" % (b.addr(kind=b.ch(["pobox", "unit", "rural"])), news_sentence(b)),
        lambda: "%s %s FOR %s'S %s FORMS. DON'T SHARE. %s" % (*b.ssn_pair(), b.name(), b.org("ins"), news_sentence(b)),
    ]
    return b.ch(opts)()


def speaker(b, who, rel=None):
    """speaker label: 'Name:', 'Daughter Name:', 'Name (son):'"""
    if rel:
        return b.ch(["%s %s" % (rel, who), "%s (%s)" % (who, rel.lower())])
    return who


def t_speaker_label(b):
    a, c = b.person(), b.person()
    A, C = b.first(a), b.first(c)
    relA = b.ch(["Caregiver", "Nurse", "Aide", "Neighbor", "Cousin", "Grandchild", "Volunteer", None, None, None])
    relC = b.ch(["Nurse", "Dr.", "Case manager", "Pharmacist", None, None])
    sa, sc = speaker(b, A, relA), speaker(b, C, relC)
    opts = [
        lambda: "%s: %s\n%s: ok. any %s?\n%s: no but %s" % (sa, news_sentence(b), sc, b.k(b.ch(["fever", "nausea", "pain", "swelling", "dizziness", "confusion"])), sa, news_sentence(b)),
        lambda: "%s: where do I send the %s?\n%s: %s\n%s: thx" % (sa, b.supply(), sc, b.addr(), sa),
        lambda: "%s: call %s, she's the new aide\n%s: number?\n%s: %s\n%s: got it, I'll tell her about the %s" % (sa, b.name(), sc, sa, b.phone(), sc, b.cond()),
        lambda: "%s: %s\n%s: I'll tell %s. %s's email is %s if you want to send the %s results" % (sa, news_sentence(b), sc, b.rel(), C, b.email(c), b.k(b.ch(["lab", "echo", "MRI", "CT scan", "x-ray"]))),
        lambda: "%s: Mom's DOB on the form is wrong, it's %s\n%s: fixed. %s %s correct?\n%s: yes" % (sa, b.dob(), sc, *b.mrn(), sa),
        lambda: "%s: I'm at %s with %s\n%s: how's the %s\n%s: %s" % (sa, b.city(), b.rel(), sc, b.body(), sa, news_sentence(b)),
        lambda: ("%s: what's %s's social for the %s form\n%s: %s\n%s: and DOB?\n%s: %s" % (sa, b.rel(), b.org("ins"), sc, b.ssn(), sa, sc, b.dob())) if b.us else
                ("%s: where do I send the money for the %s?\n%s: IBAN %s\n%s: ok, done" % (sa, b.ldrug(), sc, b.iban(b.cc), sa)),
    ]
    return b.ch(opts)()


def t_list(b):
    bullet = b.ch(["- ", "* ", "• ", "", "1. "])

    def items(n):
        pool = [lambda: "%s %s" % (b.ch(["call", "text", "email"]), b.name()),
                lambda: "%s: %s" % (b.ch(["pharmacy", "home #", "cell", "aide", "hospice line"]), b.phone()),
                lambda: "refill %s" % b.med(),
                lambda: "%s %s" % b.mrn(),
                lambda: "new address %s" % b.addr(layout="one"),
                lambda: "ask about %s" % b.cond(),
                lambda: "DOB %s" % b.dob(),
                lambda: "%s's email %s" % (b.first(), b.email()),
                lambda: "pick up %s" % b.supply(),
                lambda: "recheck %s" % b.lab(),
                lambda: "%s (%s)" % (b.name(), b.ch(["son", "daughter", "neighbor", "aide", "pastor's wife", "niece"])),
                lambda: "caringbridge page %s" % b.url(),
                lambda: "%s %s" % b.ssn_pair()]
        out = []
        for i in range(n):
            s = b.ch(pool)()
            out.append((bullet if bullet != "1. " else "%d. " % (i + 1)) + s)
        return "\n".join(out)
    head = b.ch(["To do for %s:" % b.rel(), "Things to bring %s:" % b.day(), "Contacts", "%s's info" % b.first(), "Care notes",
                 "week of the %s appt" % b.k(b.ch(["cardiology", "neurology", "oncology", "dialysis"])), "for the binder:", "CALL LIST"])
    body = items(b.rng.randint(3, 6))
    if not re.search(r"<<", body):
        body += "\n" + bullet.replace("1. ", "- ") + "ask about %s" % b.cond()
    return head + "\n" + body


def t_run_on(b):
    opts = [
        lambda: "so %s called me and said %s and then she said we need to get the %s from %s before they close but I'm at work till 5 and %s can't drive so can somebody call her at %s" % (
            b.name(), news_sentence(b), b.med(False), b.org("pharm"), b.rel(), b.phone()),
        lambda: "I drove %s down to %s for the %s and the whole way she kept talking about how %s and then we got there and they didn't have her DOB right, they had %s" % (
            b.rel(), b.city(), b.k(b.ch(["MRI", "colonoscopy", "infusion", "eye appointment", "biopsy"])), news_sentence(b), b.dob()),
        lambda: "just so everyone knows %s is moving %s in with her at %s and the mail should go there now and %s says %s so please stop sending stuff to the old house" % (
            b.name(), b.rel(), b.addr(), b.first(), news_sentence(b)),
        lambda: "honestly I don't know how to explain it but %s seemed fine at breakfast and then by lunch %s and %s from next door came over and said call the doctor so I called %s and they said go in" % (
            b.rel(), news_sentence(b), b.name(), b.phone()),
        lambda: "the hospice nurse %s came out and she said %s and she left her cell %s and her email %s and said text anytime even at night which is really kind" % (
            b.name(), news_sentence(b), b.phone(), b.email()),
        lambda: "%s wants me to tell you that %s and also that %s is back in %s and wants to visit but only if the %s is under control" % (
            b.name(), news_sentence(b), b.name(), b.city(), b.cond()),
    ]
    return b.ch(opts)()


def t_signature(b):
    p = b.person()
    sig_name = b.name(p, form=b.ch(["full", "full", "first_mi_last", "first"]))
    role = b.ch(["", "RN, BSN", "Home Care Scheduler", "Pharmacy Technician", "CPhT", "LPN", "Hospice Social Worker, MSW", "Volunteer Driver Coordinator",
                 "Care Manager", "Retired teacher", "Patient Advocate", "Billing Specialist", "Parish Nurse", "(Mom's POA)", "Son & caregiver"])
    lines = [sig_name + (", " + role if role and b.p(0.5) else ("\n" + role if role else ""))]
    extras = [lambda: b.ch(["Cell ", "Mobile: ", "c ", "Tel: ", "Office ", "☎ ", "Direct: ", ""]) + b.phone(ext=b.p(0.35)),
              lambda: b.ch(["", "Email: ", "e: "]) + b.email(p),
              lambda: b.addr(layout=b.ch(["lines", "one"])),
              lambda: b.url(p)]
    k = b.rng.sample(range(4), b.rng.randint(2, 3))
    if 3 not in k and b.p(0.5):
        k.append(3)
    for i in sorted(k):
        lines.append(extras[i]())
    bodyline = b.ch([
        "Just confirming %s's visit %s. %s." % (b.rel(), b.day(), news_sentence(b).capitalize()),
        "Thank you for the update on the %s." % b.cond(),
        "Your %s refill is ready for pickup." % b.med(False),
        "Attached is the %s schedule for next week." % b.k(b.ch(["aide", "wound care", "PT", "infusion", "dialysis"])),
        "%s bring the %s on %s." % (b.contraction(), b.supply(), b.day()),
        "Please let me know if %s changes." % news_sentence(b),
    ])
    closing = b.ch(["Thanks,", "Best,", "Warmly,", "Blessings,", "Regards,", "--", "Sincerely,", "Cheers,", "Take care,", "Sent from my iPhone\n--"])
    return "%s\n\n%s\n%s" % (bodyline, closing, "\n".join(lines))


def t_form(b):
    p = b.person()
    fields = []
    fields.append((b.ch(["Name", "Patient Name", "Client", "Full name (Last, First)", "NAME", "Resident"]),
                   b.name(p, form=b.ch(["full", "surname_first", "surname_first_caps", "first_mi_last"]))))
    fields.append((b.ch(["DOB", "Date of Birth", "Birthdate", "D.O.B."]), b.dob()))
    pool = [lambda: (b.ch(["Address", "Home address", "Street", "Mailing address"]), b.addr()),
            lambda: (b.ch(["Phone", "Cell", "Home phone", "Best # to reach"]), b.phone()),
            lambda: (b.ch(["Email", "E-mail"]), b.email(p)),
            lambda: b.mrn(),
            lambda: (b.ch(["Emergency contact", "Next of kin", "Alt contact"]), "%s %s" % (b.name(), b.phone())),
            lambda: (b.ch(["Preferred pharmacy", "Pharmacy"]), "%s, %s" % (b.org("pharm"), b.city()))]
    if b.us and b.p(0.7):
        fields.append((b.ch(["SSN", "Social Security #", "SS#", "Soc. Sec. No."]), b.ssn()))
    for i in b.rng.sample(range(len(pool)), b.rng.randint(2, 4)):
        fields.append(pool[i]())
    if b.p(0.2):
        rl, r, al, a = b.bank()
        fields += [(rl.capitalize(), r), (al.capitalize(), a)]
    fields.append((b.ch(["Diagnosis", "Dx", "Reason for visit", "Conditions", "Current meds", "Allergies/meds"]),
                   b.ch([b.cond, b.med])() + (", " + b.cond() if b.p(0.4) else "")))
    sep = b.ch([": ", ": ", " - ", ":\t", " "])
    head = b.ch(["", "INTAKE FORM\n", "Ride request\n", "Patient information\n", "New client referral\n", "Change of address form\n", "Volunteer visit sign-up\n"])
    return head + "\n".join(k + sep + v for k, v in fields)


def t_international(b):
    cc = b.cc
    p = b.person()
    opts = [
        lambda: "%s %s is in %s now. %s. Her number there is %s" % (b.rel(), b.name(p), b.city(), news_sentence(b).capitalize(), b.phone()),
        lambda: "Address for %s: %s. She takes %s for her %s." % (b.name(p), b.addr(), b.ldrug(), b.cond()),
        lambda: "%s (%s) - %s, %s. Doctor there: %s %s, %s" % (b.name(p), b.dob(), b.ldrug(), b.cond(), DR_TITLE.get(cc, "Dr."), b.name(form="full"), b.phone()),
        lambda: "Sending money for %s's %s: IBAN %s, account name %s" % (b.rel(), b.ldrug(), b.iban(cc), b.name(p, form="full")),
        lambda: "We post updates on %s %s's %s here: %s. Visitors in %s welcome, call %s first." % (b.rel(), b.first(p), b.cond(), b.url(p), b.city(), b.phone()),
        lambda: "Bank details for %s's %s — IBAN: %s (%s). Ref: %s" % (b.rel(), b.k(b.ch(["care home", "nursing home", "home nurse", "physiotherapy"])), b.iban(cc), b.name(p, form="full"), b.cond()),
        lambda: "%s %s needs %s; pharmacy in %s wants payment first. iban %s, tel %s" % (b.rel(), b.first(p), b.ldrug(), b.city(), b.iban(cc), b.phone()),
        lambda: "%s %s's %s is %s. Email me at %s, I'm in %s" % (b.rel(), b.first(p), b.k("blood sugar"), b.ch(["high", "low", "better"]), b.email(cc=cc), b.city()),
    ]
    return b.ch(opts)()


def t_clinician_note(b):
    p = b.person()
    pt = b.name(p, form=b.ch(["full", "surname_first", "surname_first_caps", "initial_last"]))
    age = b.rng.randint(58, 99)
    opts = [
        lambda: "Pt %s, DOB %s. %s %s. %s. Plan: f/u 2 wks." % (pt, b.dob(), *b.mrn(), news_sentence(b).capitalize()),
        lambda: "SN visit to %s at %s. %s stable. %s. Caregiver %s reached at %s." % (pt, b.addr(), b.cond(), b.lab().capitalize(), b.name(), b.phone()),
        lambda: "Hospice RN: %s resting comfortably on %s. Family (%s, %s) at bedside. %s" % (pt, b.med(), b.name(), b.rel(), b.ch(["No distress.", "Mottling noted to %s." % b.body(), "Resp irregular."])),
        lambda: "Pharm note: %s %s — %s interaction with %s flagged. Called prescriber %s at %s." % (pt, "(%s %s)" % b.mrn(), b.med(False), b.med(False), b.name(form="full"), b.phone(ext=True)),
        lambda: "SW note: assisted %s (DOB %s) w/ %s application; %s %s verified. Dx %s. Dtr %s, %s." % (pt, b.dob(), b.org("ins"), *b.ssn_pair(), b.cond(), b.name(), b.phone()),
        lambda: "PT eval %s. Ambulates w/ %s, %s pain 5/10. Lives %s at %s." % (pt, b.supply(), b.body(), b.ch(["alone", "with daughter", "with spouse"]), b.addr()),
        lambda: "Telehealth: spoke w/ %s (%s) re pt %s. %s. Pt's email on file %s." % (b.name(), b.ch(["daughter", "son", "POA", "spouse"]), pt, news_sentence(b).capitalize(), b.email(p)),
    ]
    return b.ch(opts)()


def t_general_text(b):
    p = b.person()
    opts = [
        lambda: "We've moved! Our new address is %s. Same phone %s. %s is settling in — the %s is easier here." % (b.addr(), b.phone(), b.rel(), b.cond()),
        lambda: "Anyone have a spare %s? %s needs one for %s. Drop off at %s or text %s" % (b.supply(), b.name(), b.rel(), b.addr(kind="street"), b.phone()),
        lambda: "Prayer request for %s, recovering from %s at %s. Cards to %s" % (b.name(p), b.cond(), b.org("hosp"), b.addr(kind=b.ch(["pobox", "street", "unit"]))),
        lambda: "Follow %s's updates here: %s — thanks for all the meals during the %s." % (b.first(p), b.url(p), b.k(b.ch(["chemo", "radiation", "rehab", "dialysis"]))),
        lambda: "Bake sale %s at the church, proceeds to %s's medical bills (%s). Venmo or email %s" % (b.day(), b.name(p), b.cond(), b.email()),
        lambda: "Change of email for the %s newsletter: %s is now %s. %s asked me to send it." % (b.k(b.ch(["Parkinson's support group", "caregiver group", "diabetes class", "stroke club"])), b.name(p), b.email(p), b.rel()),
        lambda: "Meal train for %s after the %s: %s — %s is coordinating, text %s" % (b.name(p), b.k(b.ch(["hip replacement", "stroke", "chemo", "heart attack"])), b.url(p), b.name(), b.phone()),
        lambda: "%s started a blog about caring for %s with %s: %s. Worth a read." % (b.name(p), b.rel(), b.cond(), b.url(p)),
        lambda: "Obituary for %s is up: %s. Service %s at %s. In lieu of flowers, donations to the %s foundation." % (b.name(p), b.url(p), b.day(), b.addr(kind="street"), b.cond()),
        lambda: ("Found %s's old Social Security card while cleaning out the desk — %s. Shred it or keep it for the %s paperwork?" % (b.rel(), b.ssn(), b.org("ins"))) if b.us else
                ("Found %s's old insurance card while cleaning — %s %s. Do we still need it for the %s?" % (b.rel(), *b.mrn(), b.cond())),
        lambda: "Happy 80th to %s, born %s! Party at %s, 2pm. No sugar on her cake please (%s)." % (b.name(p), b.dob(), b.addr(kind="street"), b.k("diabetes")),
    ]
    return b.ch(opts)()


def t_voicemail(b):
    p = b.person()
    caller = b.name()
    org = b.org()
    opts = [
        lambda: "Voicemail: \"Hi, this is %s from %s calling for %s, date of birth %s. We need to verify her %s before we can ship the %s. Call us at %s.\"" % (
            caller, org, b.name(p), b.dob(), b.ch(["address", "insurance", "Medicare ID"]), b.supply(), b.phone(ext=b.p(0.5))),
        lambda: "vm from %s: hey it's %s, %s, call me back %s" % (b.phone(), b.first(), news_sentence(b), b.ch(["asap", "when u can", "tonight", "after 6"])),
        lambda: "Transcription: \"Hello, this message is for %s. This is the %s department regarding the %s. Please return the call at %s and reference %s %s.\"" % (
            b.name(p), b.k(b.ch(["cardiology", "oncology", "radiology", "billing"])), b.cond(), b.phone(ext=True), *b.mrn()),
        lambda: "voicemail (0:%02d) \"Hi it's %s, I'm outside %s but nobody's answering, I have %s's %s. My cell is %s.\"" % (
            b.rng.randint(10, 59), b.name(), b.addr(kind=b.ch(["street", "unit"])), b.rel(), b.med(False), b.phone()),
        lambda: "Voicemail: \"Hi, %s with %s. For %s's %s application I have the social as %s, and date of birth %s. If that's wrong please call %s.\"" % (
            b.name(form=b.ch(["full", "first"])), b.org("ins"), b.name(p), b.k(b.ch(["Medicaid", "disability", "Extra Help", "SNAP"])), b.ssn(), b.dob(), b.phone(ext=True)) if b.us else
            "Voicemail: \"%s here, calling about %s's %s. Please ring back on %s.\"" % (b.name(), b.name(p), b.cond(), b.phone()),
        lambda: "New voicemail from %s: \"Good morning, %s here with the insurance company. I'm calling about %s, born %s, member %s, and the %s claim. Please call back.\"" % (
            b.phone(), b.name(), b.name(p), b.dob(), b.mrn()[1], b.cond()),
    ]
    return b.ch(opts)()


def t_group_chat(b):
    ppl = [b.person() for _ in range(3)]
    names = [b.first(x) for x in ppl]
    title = b.ch(["[Family]", "[%s care team]" % b.rel(), "[Siblings 💛]", "[Cousins]", "Group: %s" % b.ch(["The Kids", "Caregivers", "Night shift", "Church drivers"]), ""])
    lines = []
    pool = [lambda: news_sentence(b), lambda: "who's got %s %s?" % (b.rel(), b.day()), lambda: "I can do mornings",
            lambda: "%s's new # %s" % (b.first(), b.phone()), lambda: "addr for the %s: %s" % (b.supply(), b.addr()),
            lambda: "did anyone call %s about the %s" % (b.org(b.ch(["pharm", "ins"])), b.med(False)), lambda: "👍", lambda: "on my way",
            lambda: "%s" % b.lab(), lambda: "she's asking for %s again" % b.name(), lambda: "ok", lambda: "ty",
            lambda: "send the pics to %s" % b.email(), lambda: "I'm in %s till Friday" % b.city(),
            lambda: "meal train link %s" % b.url(), lambda: (lambda lv: "%s's %s for the %s form: %s" % (b.rel(), lv[0], b.org("ins"), lv[1]))(b.ssn_pair()), lambda: "here's the page for updates %s" % b.url()]
    for i in range(b.rng.randint(4, 6)):
        lines.append("%s: %s" % (names[i % 3] if b.p(0.8) else names[b.rng.randint(0, 2)], b.ch(pool)()))
    return (title + "\n" if title else "") + "\n".join(lines)


def t_forwarded(b):
    p, q = b.person(), b.person()
    frm = b.name(p, form="full")
    opts = [
        lambda: "---------- Forwarded message ---------\nFrom: %s <%s>\nSubject: %s\n\nHi %s, %s. You can reach me at %s." % (
            frm, b.email(p), b.ch(["Re: visit", "Mom's meds", "Update", "FW: schedule", "Dad"]), b.first(q), news_sentence(b), b.phone()),
        lambda: "Fwd: \"%s here. The %s for %s is approved. Ship to %s.\"" % (b.name(), b.supply(), b.name(q), b.addr()),
        lambda: "> From: %s\n> %s's %s appt is moved to %s. Her %s is %s.\n\nforwarding so everyone has it" % (
            b.email(p), b.first(q), b.k(b.ch(["neurology", "cardiology", "wound clinic", "pain clinic"])), b.day(), *b.mrn()),
        lambda: "Begin forwarded message:\nFrom: %s\nTo: %s\n\n%s was discharged to %s. Follow up %s, %s." % (
            b.email(), b.email(q), b.name(q), b.addr(), b.day(), news_sentence(b)),
        lambda: "FW from %s: \"please add %s to the prayer list, %s. cards to %s\"" % (b.name(), b.name(q), b.cond(), b.addr(kind=b.ch(["pobox", "street", "military"]))),
        lambda: "FW: %s shared this link for %s's updates: %s. %s" % (b.name(), b.name(q), b.url(q), news_sentence(b).capitalize()),
        lambda: "--- forwarded ---\nFrom: %s\nPlease send %s's share of the %s bill to IBAN %s (%s). Thanks!" % (b.email(p), b.first(q), b.k(b.ch(["care home", "nursing home", "physio"])), b.iban(b.ch(list(gen.IBAN_COUNTRY_FOR))), b.name(p, form="full")),
        lambda: "Forwarded text from %s (%s): \"%s asked me to pass on that %s\"" % (b.name(p), b.phone(), b.rel(), news_sentence(b)),
    ]
    return b.ch(opts)()


def t_billing(b):
    p = b.person()
    if not b.us:
        return b.ch([
            lambda: "Invoice for %s %s's %s: please transfer to IBAN %s (%s). Reference: %s care" % (b.rel(), b.name(p), b.k(b.ch(["care home", "home nursing", "physiotherapy", "pharmacy"])), b.iban(b.cc), b.name(form="full"), b.cond()),
            lambda: "%s paid the %s bill for %s by card %s %s; the refund should go to IBAN %s instead." % (b.name(), b.ldrug(), b.rel(), *b.card(), b.iban(b.cc)),
            lambda: "Billing address for %s: %s. Payment from %s. %s %s. (%s)" % (b.name(p), b.addr(), b.iban(b.cc), *b.mrn(), b.cond()),
            lambda: "Monthly transfer for %s's carer: %s, IBAN %s. She also needs %s money — %s" % (b.rel(), b.name(), b.iban(b.cc), b.ldrug(), b.phone()),
        ])()
    opts = [
        lambda: "Billing question for %s (DOB %s): we were charged twice for the %s. %s %s. Card used: %s %s" % (
            b.name(p), b.dob(), b.k(b.ch(["MRI", "ambulance", "ER visit", "PT visits", "CT scan"])), *b.mrn(), *b.card()),
        lambda: "Please set up autopay for %s's %s copays. %s %s, %s %s. Name on account %s." % (
            b.rel(), b.med(False), *b.bank(), b.name(p, form="full")),
        lambda: "Pay the %s invoice for %s by card: %s %s exp %02d/%02d" % (
            b.k(b.ch(["home care", "hospice", "hearing aids", "dental", "oxygen"])), b.name(p), *b.card(), b.rng.randint(1, 12), b.rng.randint(26, 31)),
        lambda: "The statement for %s went to %s, but she lives at %s now. %s on the account: %s. It's for the %s." % (
            b.name(p), b.addr(), b.addr(), *b.ssn_pair(), b.cond()),
        lambda: "Refund check for %s's %s should go to %s. Her %s %s." % (b.first(p), b.k(b.ch(["knee replacement", "cataract surgery", "ER visit", "colonoscopy"])), b.addr(), *b.mrn()),
        lambda: "Direct deposit for the caregiver stipend — %s %s, %s %s. Caregiver: %s, %s %s. (%s's %s care)" % (
            *b.bank(), b.name(), *b.ssn_pair(), b.rel(), b.cond()),
        lambda: "Card on file for %s's pharmacy account is %s %s, billing zip is the one at %s. %s is on auto-refill." % (
            b.name(p), *b.card(), b.addr(), b.med(False)),
        lambda: "%s, the hospice invoice for %s: pay by ACH to %s %s / %s %s or card. Questions %s" % (
            b.first(), b.name(p), *b.bank(), b.phone(ext=True)),
        lambda: "Hi, I'm calling about %s %s's bill, %s %s, DOB %s. The %s visit was billed to %s instead of %s. We paid the copay with card %s." % (
            b.rel(), b.name(p), *b.ssn_pair(), b.dob(), b.k(b.ch(["ER", "wound clinic", "urgent care", "lab"])), b.org("ins"), b.k("Medicare"), b.card()[1]),
        lambda: "Transfer for %s's care abroad: IBAN %s, name %s. Memo: %s for %s." % (
            b.rel(), b.iban(b.ch(list(gen.IBAN_COUNTRY_FOR))), b.name(cc="DE" if b.p(0.5) else b.ch(["FR", "IT", "ES", "PL", "PT", "NL", "TR", "GB"])), b.med(False), b.cond()),
    ]
    return b.ch(opts)()


def t_multi(b):
    p = b.person()
    pieces = [("Patient", b.name(p, form=b.ch(["full", "surname_first", "surname_first_caps"]))), ("DOB", b.dob())]
    if b.us and b.p(0.6):
        pieces.append(b.ssn_pair())
    pool = [lambda: ("Address", b.addr()), lambda: ("Phone", b.phone()), lambda: ("Alt phone", b.phone()), lambda: ("Email", b.email(p)),
            lambda: b.mrn(), lambda: ("Emergency contact", "%s %s" % (b.name(), b.phone())),
            lambda: ("Page", b.url(p)), lambda: ("Son/daughter", "%s in %s" % (b.name(), b.city(cc=b.ch(INTL_CCS) if b.us and b.p(0.4) else None))),
            lambda: ("Medicare", b.mrn()[1]) if b.us else ("IBAN", b.iban(b.cc)), lambda: b.card(),
            lambda: ("bank", "%s %s %s %s" % b.bank()) if b.us else ("IBAN", b.iban(b.cc))]
    for i in b.rng.sample(range(len(pool)), b.rng.randint(5, 7)):
        pieces.append(pool[i]())
    style = b.ch(["prose", "semicolon", "lines"])
    clin = "%s; %s" % (b.cond(), b.med())
    if style == "lines":
        return "\n".join("%s: %s" % kv for kv in pieces) + "\nNotes: " + clin
    if style == "semicolon":
        return "; ".join("%s %s" % kv for kv in pieces) + ". " + clin.capitalize() + "."
    return "Updating the file: %s. Also, %s." % (", ".join("%s %s" % (k.lower(), v) for k, v in pieces), clin)


# --- INTL native-language templates (used by several styles when the context is international)
NATIVE = {
    "DE": [lambda b: "%s %s wohnt jetzt in %s. Ihre %s nimmt sie morgens. Handy: %s" % (b.rel(), b.name(), b.addr(), b.ldrug(), b.phone()),
           lambda b: "Überweisung für das Pflegeheim von %s %s: IBAN %s, Verwendungszweck %s" % (b.rel(), b.name(), b.iban("DE"), b.cond()),
           lambda b: "Hallo %s, der %s war heute %s. Rückruf bitte unter %s. Geburtsdatum: %s" % (b.first(), b.k("Blutzucker"), b.ch(["zu hoch", "okay", "niedrig"]), b.phone(), b.dob())],
    "FR": [lambda b: "%s %s habite maintenant au %s. Elle prend du %s pour son %s. Tél : %s" % (b.rel(), b.name(), b.addr(), b.ldrug(), b.cond(), b.phone()),
           lambda b: "Pour la maison de retraite de %s %s, virement sur l'IBAN %s. Elle a besoin de %s." % (b.rel(), b.name(), b.iban("FR"), b.ldrug()),
           lambda b: "Bonjour %s, le rendez-vous pour le %s de %s est %s. Son numéro : %s" % (b.first(), b.body(), b.name(), b.k("mardi"), b.phone())],
    "ES": [lambda b: "Para la residencia de %s %s: IBAN %s a nombre de %s. Toma %s." % (b.rel(), b.first(), b.iban("ES"), b.name(), b.ldrug()),
           lambda b: "%s %s ya está en %s. Toma %s para la %s. Su teléfono: %s" % (b.rel(), b.name(), b.city(), b.ldrug(), b.cond(), b.phone()),
           lambda b: "La dirección de %s es %s. Nació el %s. Le duele la %s." % (b.name(), b.addr(), b.dob(), b.k(b.ch(["rodilla", "cadera", "espalda"])))],
    "MX": [lambda b: "%s %s anda mal de la %s, ya le marqué al doctor %s al %s. Vive en %s" % (b.rel(), b.first(), b.cond(), b.name(), b.phone(), b.addr())],
    "IT": [lambda b: "Bonifico per la badante di %s %s: IBAN %s, intestato a %s. %s" % (b.rel(), b.first(), b.iban("IT"), b.name(), b.cond()),
           lambda b: "%s %s sta meglio. La %s era 130. Il numero del medico: %s. Indirizzo: %s" % (b.rel(), b.name(), b.k("glicemia"), b.phone(), b.addr())],
    "BR": [lambda b: "%s %s mora agora em %s. Toma %s para %s. Cel %s" % (b.rel(), b.name(), b.addr(), b.ldrug(), b.cond(), b.phone())],
    "PT": [lambda b: "A %s %s está no hospital em %s. O %s dela é %s." % (b.rel(), b.name(), b.city(), b.k("coração"), b.ch(["fraco", "estável"]))],
    "NL": [lambda b: "Voor de thuiszorg van %s %s: IBAN %s t.n.v. %s. Ze heeft %s." % (b.rel(), b.first(), b.iban("NL"), b.name(), b.cond()),
           lambda b: "%s %s woont nu op %s. Ze heeft %s. Bel %s als er iets is." % (b.rel(), b.name(), b.addr(), b.cond(), b.phone())],
    "PL": [lambda b: "Przelew za opiekunkę dla %s %s: IBAN %s, %s. Leki: %s" % (b.rel(), b.first(), b.iban("PL"), b.name(), b.ldrug()),
           lambda b: "%s %s ma %s. Adres: %s. Telefon: %s" % (b.rel(), b.name(), b.cond(), b.addr(), b.phone())],
    "TR": [lambda b: "%s için bakıcı ücreti: IBAN %s, alıcı %s. %s" % (b.rel(), b.iban("TR"), b.name(), b.cond()),
           lambda b: "%s %s %s ilacını içti. Adresi: %s. Tel: %s" % (b.rel(), b.name(), b.ldrug(), b.addr(), b.phone())],
    "RU": [lambda b: "%s %s, дата рождения %s. У неё %s. Телефон %s" % (b.rel(), b.name(), b.dob(), b.cond(), b.phone())],
    "UA": [lambda b: "%s %s зараз у %s. Після %s погано ходить. Тел. %s" % (b.rel(), b.name(), b.city(), b.k("інсульт"), b.phone())],
    "JP": [lambda b: "%s（%s）は%sに住んでいます。%sを飲んでいます。電話 %s" % (b.rel(), b.name(), b.addr(), b.ldrug(), b.phone())],
    "KR": [lambda b: "%s %s 님 %s 수치가 높아요. 주소: %s, 전화 %s" % (b.rel(), b.name(), b.k("혈당"), b.addr(), b.phone())],
    "CN": [lambda b: "%s%s有%s，住在%s。电话%s" % (b.rel(), b.name(), b.cond(), b.addr(), b.phone())],
    "VN": [lambda b: "%s %s bị %s, đang ở %s. Số điện thoại: %s" % (b.rel(), b.name(), b.cond(), b.addr(), b.phone())],
    "PH": [lambda b: "Si %s %s ay may %s. Nakatira sa %s. Tawagan sa %s" % (b.rel(), b.name(), b.cond(), b.addr(), b.phone())],
    "IN": [lambda b: "%s %s ko %s hai. Address: %s. Phone %s" % (b.rel(), b.name(), b.cond(), b.addr(), b.phone())],
}

STYLE_FUNCS = {"lower_case": t_lower_case, "all_caps": t_all_caps, "speaker_label": t_speaker_label, "list": t_list, "run_on": t_run_on,
               "signature": t_signature, "form": t_form, "international": t_international, "clinician_note": t_clinician_note,
               "general_text": t_general_text, "voicemail": t_voicemail, "group_chat": t_group_chat, "forwarded": t_forwarded,
               "billing": t_billing, "multi_identifier": t_multi}


def make(style, rng, cc):
    b = Builder(rng, cc)
    if style == "typos":
        base = b.ch(["run_on", "general_text", "group_chat", "lower_case", "speaker_label", "voicemail"])
        mk = STYLE_FUNCS[base](b)
        return typo_plain(mk, rng)
    if style == "international" and cc in NATIVE and b.p(0.6):
        return b.ch(NATIVE[cc])(b)
    if style in ("run_on", "general_text", "speaker_label") and cc in NATIVE and b.p(0.3):
        return b.ch(NATIVE[cc])(b)
    mk = STYLE_FUNCS[style](b)
    if style == "all_caps":
        mk = transform(mk, str.upper)
    elif style == "lower_case":
        mk = transform(mk, lambda x: x.replace("İ", "i").lower())
    return mk
