"""Shared helpers for the dev18 handwritten/template redaction eval.

Markup used by the hand-written messages and by the templates:
  [[X:value]]   identifier; X is a type code, UPPER case = region US, lower case = region INTL
                P person, L location, T phone, E email, U url, S ssn, M medical record no.,
                D date of birth, A account number
  <<word>>      keep entry (must survive redaction)
"""
import re

TYPE_CODES = {
    "P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL",
    "S": "US_SSN", "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER",
}
TYPES = list(TYPE_CODES.values())

_TOKEN = re.compile(r"\[\[([PLTEUSMDAplteusmda]):(.*?)\]\]|<<(.*?)>>", re.S)


class MarkupError(ValueError):
    pass


def parse(markup):
    """Return (text, identifiers, keep) from markup."""
    out, idents, keep = [], [], []
    seen = {}
    pos = 0
    for m in _TOKEN.finditer(markup):
        out.append(markup[pos:m.start()])
        pos = m.end()
        if m.group(1):
            code, val = m.group(1), m.group(2)
            if not val or val != val.strip():
                raise MarkupError("identifier with edge whitespace: %r" % val)
            typ = TYPE_CODES[code.upper()]
            region = "US" if code.isupper() else "INTL"
            if val in seen:
                if seen[val] != (typ, region):
                    raise MarkupError("conflicting labels for %r" % val)
            else:
                seen[val] = (typ, region)
                idents.append({"text": val, "type": typ, "region": region})
            out.append(val)
        else:
            val = m.group(3)
            if not val or val != val.strip():
                raise MarkupError("keep with edge whitespace: %r" % val)
            if val not in keep:
                keep.append(val)
            out.append(val)
    out.append(markup[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
        raise MarkupError("unparsed markup in: %r" % text[:80])
    return text, idents, keep


# ---------------------------------------------------------------- checksums
def iban_ok(s):
    s = re.sub(r"\s+", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def looks_like_iban(s):
    return bool(re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", re.sub(r"[\s]+", "", s)))


def aba_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    v = [int(c) for c in d]
    return (3 * (v[0] + v[3] + v[6]) + 7 * (v[1] + v[4] + v[7]) + (v[2] + v[5] + v[8])) % 10 == 0


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


IBAN_SPEC = {  # country: list of (kind, length) for the BBAN; n digits, a upper letters, c alnum
    "DE": [("n", 18)], "FR": [("n", 10), ("c", 11), ("n", 2)], "GB": [("a", 4), ("n", 14)],
    "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)],
    "PL": [("n", 24)], "PT": [("n", 21)], "TR": [("n", 5), ("z", 1), ("c", 16)],
    "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)], "SA": [("n", 2), ("c", 18)],
    "BR": [("n", 23), ("a", 1), ("c", 1)], "IE": [("a", 4), ("n", 14)], "SE": [("n", 20)],
    "GR": [("n", 7), ("c", 16)], "UA": [("n", 6), ("c", 19)], "AE": [("n", 19)],
    "RO": [("a", 4), ("c", 16)], "DK": [("n", 14)], "NO": [("n", 11)], "LU": [("n", 3), ("c", 13)],
}


def make_iban(rng, cc):
    bban = ""
    for kind, ln in IBAN_SPEC[cc]:
        for _ in range(ln):
            if kind == "n":
                bban += rng.choice("0123456789")
            elif kind == "a":
                bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            elif kind == "z":
                bban += "0"
            else:
                bban += rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    iban = cc + "%02d" % chk + bban
    assert iban_ok(iban)
    return iban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def make_routing(rng):
    while True:
        first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                            "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])
        d = first + "".join(rng.choice("0123456789") for _ in range(6))
        v = [int(c) for c in d]
        s = 3 * (v[0] + v[3] + v[6]) + 7 * (v[1] + v[4] + v[7]) + (v[2] + v[5])
        last = (10 - s % 10) % 10
        r = d + str(last)
        assert aba_ok(r)
        return r


def make_card(rng, brand=None, valid=True):
    brand = brand or rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if brand == "visa":
        pre, ln = "4", 16
    elif brand == "mc":
        pre, ln = rng.choice(["51", "52", "53", "54", "55"]), 16
    elif brand == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for last in "0123456789":
        if luhn_ok(body + last) == valid:
            return brand, body + last
    raise RuntimeError


def fmt_card(rng, num):
    sep = rng.choice([" ", " ", "-", "", " "])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def nhs_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])


def medicare_mbi(rng):
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    N = "0123456789"
    s = (rng.choice("123456789") + rng.choice(L) + rng.choice(A) + rng.choice(N) + rng.choice(L)
         + rng.choice(A) + rng.choice(N) + rng.choice(L) + rng.choice(L) + rng.choice(N) + rng.choice(N))
    if rng.random() < 0.4:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


# ---------------------------------------------------------------- lexicons (keep words)
DRUGS = """metformin Eliquis warfarin Lasix lisinopril melatonin sertraline oxycodone atorvastatin
amlodipine losartan gabapentin levothyroxine Synthroid omeprazole pantoprazole furosemide
hydrochlorothiazide prednisone insulin Lantus Humalog Ozempic Jardiance Xarelto Plavix clopidogrel
aspirin Tylenol acetaminophen ibuprofen Advil Aleve naproxen donepezil Aricept memantine Namenda
carbidopa-levodopa Sinemet tramadol morphine hydrocodone Norco fentanyl buprenorphine Suboxone
methadone naloxone Narcan trazodone quetiapine Seroquel lorazepam Ativan alprazolam Xanax
citalopram escitalopram Lexapro fluoxetine Prozac duloxetine Cymbalta bupropion Wellbutrin
albuterol Symbicort Spiriva Advair tiotropium montelukast Singulair amoxicillin azithromycin
Z-Pak cephalexin Keflex ciprofloxacin doxycycline nitrofurantoin Macrobid metoprolol Toprol
carvedilol diltiazem digoxin spironolactone Entresto potassium chloride Klor-Con allopurinol
colchicine tamsulosin Flomax finasteride oxybutynin Myrbetriq senna docusate Colace MiraLAX
Miralax ondansetron Zofran famotidine Pepcid Eliquis Coumadin heparin enoxaparin Lovenox
simvastatin rosuvastatin Crestor Zocor glipizide Trulicity Mounjaro Humira methotrexate
hydroxychloroquine Plaquenil Fosamax alendronate Prolia Keytruda tamoxifen letrozole
risperidone haloperidol Haldol olanzapine lithium lamotrigine Lamictal levetiracetam Keppra
Depakote valproate topiramate sumatriptan Imitrex cyclobenzaprine Flexeril meloxicam Mobic
Voltaren diclofenac Benadryl diphenhydramine Zyrtec cetirizine Claritin loratadine Flonase
nitroglycerin ranolazine Ensure Boost nystatin fluconazole Diflucan valacyclovir Valtrex Paxlovid
Biktarvy Dexcom Jantoven morfina metformina paracetamol ibuprofeno Ramipril Marcumar Novalgin
Metamizol Doliprane Kardegic losartana dipirona Tachipirina Levotiroxina furosemida Omeprazol
insulina aspirina варфарин инсулин метформин Aspirin Ibuprofen Voltaren tramadol Buscopan Eutirox
""".split()
SUPPLEMENTS = ["St. John's wort", "vitamin D", "vitamin D3", "vitamin B12", "B12", "fish oil",
               "omega-3", "magnesium", "magnesium glycinate", "calcium", "iron", "ferrous sulfate",
               "folic acid", "turmeric", "ginkgo", "ginkgo biloba", "CoQ10", "probiotic", "probiotics",
               "glucosamine", "zinc", "elderberry", "ashwagandha", "biotin", "potassium", "cranberry pills",
               "melatonin", "Metamucil", "psyllium", "vitamina D", "Vitamin D", "echinacea", "valerian",
               "ginseng", "kava", "milk thistle", "saw palmetto", "multivitamin", "Centrum", "Omega-3"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "AFib", "afib", "A-fib", "opioid use disorder",
              "Parkinson's", "COPD", "Alzheimer's", "dementia", "diabetes", "type 2 diabetes", "hypertension",
              "high blood pressure", "congestive heart failure", "CHF", "heart failure", "stroke", "TIA",
              "pneumonia", "UTI", "urinary tract infection", "sepsis", "cellulitis", "osteoporosis",
              "arthritis", "rheumatoid arthritis", "osteoarthritis", "gout", "shingles", "COVID", "COVID-19",
              "flu", "influenza", "bronchitis", "asthma", "sleep apnea", "depression", "anxiety",
              "bipolar disorder", "schizophrenia", "delirium", "CKD", "chronic kidney disease",
              "kidney stones", "neuropathy", "peripheral neuropathy", "glaucoma", "macular degeneration",
              "cataracts", "cataract", "hypothyroidism", "hyperthyroidism", "anemia", "DVT", "pulmonary embolism",
              "PE", "breast cancer", "prostate cancer", "lung cancer", "colon cancer", "pancreatic cancer",
              "lymphoma", "leukemia", "multiple sclerosis", "MS", "ALS", "epilepsy", "seizures", "seizure",
              "migraine", "migraines", "vertigo", "pressure ulcer", "bedsore", "bed sore", "pressure sore",
              "constipation", "diarrhea", "dehydration", "hypoglycemia", "hyperglycemia", "edema",
              "fall risk", "hip fracture", "fracture", "broken hip", "concussion", "sundowning",
              "Lewy body dementia", "hospice", "palliative", "insomnia", "GERD", "reflux", "hernia",
              "diverticulitis", "C. diff", "MRSA", "hepatitis C", "HIV", "Crohn's", "colitis",
              "psoriasis", "eczema", "lupus", "fibromyalgia", "plantar fasciitis", "sciatica",
              "spinal stenosis", "aneurysm", "angina", "heart attack", "bradycardia", "tachycardia",
              "high cholesterol", "cholesterol", "prediabetes", "obesity", "wound", "infection",
              "fever", "nausea", "vomiting", "shortness of breath", "chest pain", "dizziness",
              "confusion", "pain", "cough", "swelling", "rash", "blood clot", "clot", "blood pressure",
              "BP", "diabetes tipo 2", "diabetes", "Diabetes", "demencia", "presión alta", "hipertensão",
              "Bluthochdruck", "Demenz", "démence", "diabète", "Parkinson", "Alzheimer", "insuffisance cardiaque",
              "ictus", "infarto", "ipertensione", "cukrzyca", "nadciśnienie", "şeker hastalığı", "tansiyon",
              "tiểu đường", "huyết áp", "altapresyon", "diyabetes", "मधुमेह", "डायबिटीज़", "ডায়াবেটিস",
              "السكري", "الضغط", "диабет", "давление", "інсульт", "тиск", "認知症", "糖尿病", "高血压",
              "당뇨", "혈압", "suikerziekte", "dementie", "hartfalen", "hoge bloeddruk", "Herzinsuffizienz",
              "Schlaganfall", "AVC", "derrame", "gripe", "febre", "fiebre", "Fieber", "fièvre", "lagnat",
              "ulcera da pressione", "escara", "úlcera", "Dekubitus", "Vorhofflimmern", "fibrilación auricular",
              "Parkinson's disease", "Alzheimer's disease", "A1C", "a1c", "opioid withdrawal", "withdrawal",
              "hypotension", "low blood pressure", "orthostatic hypotension", "hyponatremia", "fall",
              "pressure injury", "skin tear", "incontinence", "aspiration pneumonia", "dysphagia",
              "rhabdo", "cancer", "tumor", "mets", "metastatic", "radiation", "chemo", "chemotherapy",
              "dialysis", "kidney failure", "renal failure", "liver failure", "cirrhosis", "jaundice",
              "ascites", "Hashimoto's", "thyroid", "cardiomyopathy", "pacemaker", "defibrillator",
              "heart murmur", "mitral valve", "stent", "bypass", "hip replacement", "knee replacement",
              "PT", "physical therapy", "occupational therapy", "speech therapy", "wound care",
              "colonoscopy", "mammogram", "biopsy", "MRI", "CT scan", "x-ray", "X-ray", "ultrasound",
              "echo", "echocardiogram", "EKG", "ECG", "stress test", "endoscopy", "cataract surgery",
              "flu shot", "shingles shot", "Shingrix", "pneumonia vaccine", "COVID booster", "booster",
              "vaccine", "Prevnar", "tetanus shot", "Tdap", "opioid use", "OUD", "alcohol use disorder",
              "Parkinson’s", "Alzheimer’s", "long COVID", "RSV", "ear infection", "sinus infection",
              "strep throat", "bronchiolitis", "hypokalemia", "hyperkalemia", "low potassium"]
LABS = ["Hemoglobin A1c", "hemoglobin A1c", "HbA1c", "A1c", "INR", "PT/INR", "CBC", "BMP", "CMP",
        "lipid panel", "triglycerides", "LDL", "HDL", "TSH", "creatinine", "eGFR", "BUN", "potassium level",
        "sodium", "hemoglobin", "platelets", "WBC", "troponin", "BNP", "D-dimer", "urinalysis",
        "urine culture", "blood culture", "vitamin D level", "B12 level", "ferritin", "PSA", "ALT", "AST",
        "bilirubin", "albumin", "lactate", "glucose", "blood sugar", "fasting glucose", "sugar",
        "oxygen sat", "O2 sat", "SpO2", "pulse ox", "sats", "HbA1c-Wert", "Blutzucker", "glicemia",
        "glucemia", "glicose", "INR-Wert", "sugars", "A1C level", "cholesterol panel", "lipids",
        "magnesium level", "CRP", "ESR", "lithium level", "vanc trough", "blood work", "bloodwork",
        "labs", "lab work", "drug screen", "UDS", "urine drug screen", "peak flow", "glicemia",
        "taux de sucre", "Zuckerwert", "血糖", "혈당", "đường huyết", "сахар", "цукор"]
BODY = ["heart", "lungs", "lung", "kidney", "kidneys", "liver", "hip", "hips", "knee", "knees", "ankle",
        "ankles", "foot", "feet", "heel", "toes", "toe", "leg", "legs", "arm", "arms", "shoulder", "back",
        "lower back", "spine", "neck", "head", "chest", "stomach", "abdomen", "belly", "bladder", "bowel",
        "colon", "skin", "eyes", "eye", "ears", "ear", "throat", "mouth", "teeth", "gums", "tongue",
        "wrist", "hand", "hands", "fingers", "thumb", "elbow", "sacrum", "tailbone", "coccyx", "buttocks",
        "prostate", "thyroid", "brain", "pancreas", "gallbladder", "veins", "artery", "blood", "bones",
        "joints", "muscles", "coração", "corazón", "rodilla", "cadera", "Herz", "Hüfte", "Knie", "genou",
        "hanche", "cœur", "ginocchio", "anca", "cuore", "biodro", "kolano", "dizi", "kalça", "kalp",
        "đầu gối", "tuhod", "balakang", "घुटना", "घुटने", "হাঁটু", "الركبة", "колено", "коліно", "膝", "腰",
        "무릎", "knie", "heup", "quadril", "joelho", "bacia", "cabeza", "espalda", "pierna", "pernas",
        "Rücken", "dos", "schiena", "plecy", "sırt", "lưng", "likod", "पीठ", "পিঠ", "الظهر", "спина",
        "спина", "背中", "허리", "rug", "pés", "pie", "pies", "Fuß", "Füße", "pied", "pieds", "piede",
        "stopa", "ayak", "chân", "paa", "पैर", "পা", "القدم", "нога", "ноги", "足", "발", "voet",
        "pressure point", "heels", "calves", "calf", "shin", "forearm", "jaw", "scalp", "groin", "hip joint",
        "rib", "ribs", "pelvis", "right hip", "left hip", "left knee", "right knee", "left leg", "right leg",
        "left arm", "right arm", "left foot", "right foot", "left eye", "right eye", "PICC line", "port",
        "catheter", "foley", "Foley", "feeding tube", "G-tube", "ostomy", "colostomy", "stoma"]
CLINICAL = set(x.lower() for x in DRUGS + SUPPLEMENTS + CONDITIONS + LABS + BODY)


def is_clinical(word):
    w = word.lower().strip()
    if w in CLINICAL:
        return True
    # "Lasix 40", "metformin 500 mg", "Tylenol PM": any clinical term as a whole word inside
    for t in CLINICAL:
        if len(t) >= 3 and re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", w):
            return True
    return False


RELATIONS = ["Mom", "mom", "Dad", "dad", "Grandpa", "Grandma", "grandma", "grandpa", "Nana", "Papa", "Pop",
             "Mama", "Abuela", "Abuelo", "abuela", "Oma", "Opa", "Lola", "Lolo", "Nonna", "Nonno", "Vovó",
             "Vovô", "Babcia", "Dziadek", "Mémé", "Pépé", "Bà", "Ông", "Dadi", "Nani", "Dida", "Babushka",
             "Auntie", "Uncle", "Tía", "Tio", "Tía", "sis", "bro", "hubby", "Hubby", "my husband", "my wife",
             "Mother", "Father", "Mum", "mum", "Granny", "Gran", "Ba", "Má", "Mamá", "Papá", "Mãe", "Pai",
             "Mutti", "Vati", "Maman", "Papi", "Mommy", "Daddy"]
TITLES = ["Dr.", "Dr", "Mrs.", "Mr.", "Ms.", "Miss", "Nurse", "Pastor", "Father", "Sister", "Deacon",
          "Sra.", "Sr.", "Frau", "Herr", "Mme", "M.", "Signora", "Pani", "Pan", "Prof.", "NP", "PA-C", "RN"]
ORGS = ["Walgreens", "CVS", "Kaiser", "Kaiser Permanente", "Medicare", "Medicaid", "Mayo Clinic",
        "Cleveland Clinic", "Rite Aid", "Walmart pharmacy", "Costco pharmacy", "Aetna", "Humana",
        "Blue Cross", "UnitedHealthcare", "Cigna", "Social Security", "the VA", "VA", "Meals on Wheels",
        "Hospice of the Valley", "Visiting Nurse Service", "Amazon", "Uber", "Lyft", "Zelle", "Venmo",
        "PayPal", "Chase", "Wells Fargo", "Bank of America", "NHS", "AOK", "Sécu", "IMSS", "SUS",
        "Apple Health", "MyChart", "GoodRx", "Express Scripts", "OptumRx", "Optum", "Humana Gold",
        "Silver Sneakers", "SilverSneakers", "AARP", "Red Cross", "Salvation Army", "Lions Club",
        "St. Mary's", "Mercy Hospital", "Providence", "Sutter", "Baptist Health", "Banner Health",
        "Atrium", "Sentara", "Ochsner", "Geisinger", "Intermountain", "HCA", "Encompass Health",
        "Amedisys", "BrightStar Care", "Home Instead", "Visiting Angels", "Comfort Keepers",
        "Right at Home", "Caremark", "PillPack", "Capsule", "DoorDash", "Instacart", "Comcast", "Verizon",
        "AT&T", "T-Mobile", "USPS", "UPS", "FedEx", "IRS", "DMV", "Poison Control"]
HELPLINES = ["988", "911", "1-800-222-1222", "1-800-MEDICARE", "1-800-633-4227", "211", "311", "999", "112",
             "111"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "Can't", "He's", "She's", "It's", "They're", "Won't",
                "Didn't", "Doesn't", "I'll", "We're", "You're", "Isn't", "Wasn't", "Couldn't", "Shouldn't",
                "I've", "We've", "Let's", "That's", "There's", "Here's", "Haven't"]

# clinical words that also count (typed in the hand-written messages, incl. misspellings people make)
EXTRA_CLINICAL = ["sulfa", "penicillin", "penicilina", "cardiology", "cardiologist", "cardiolgist", "oxygen",
                  "codeine", "barrier cream", "hospital bed", "glucosa", "glicose", "metformine", "walker",
                  "dolor", "celiac", "CPAP", "DME", "ambulance", "fisioterapia", "antibiotics", "hearing aids",
                  "presión", "Blutdruck", "glimepiride", "skilled nursing", "home health", "demensia",
                  "hospise", "lisnopril", "oxycodne", "colonscopy", "mamogram", "insluin", "metformn",
                  "Marcumar", "legs", "end-stage COPD", "wheelchair", "nebulizer", "inhaler", "eye drops",
                  "dentures", "commode", "compression stockings", "glucometer", "test strips", "lancets",
                  "pill organizer", "nitro", "ostomy bags", "suction", "rollator", "cane", "physio", "rehabilitacja", "udar",
                  "demenza", "bypass", "lab"]
CLINICAL |= set(x.lower() for x in EXTRA_CLINICAL)
