"""Build handwritten_dev75.jsonl: hand-written messages (hand/*.txt) + own templates (Faker, seed 75).

Run:  /work/main/.venv/bin/python build.py
"""
import json
import random
import re
from collections import Counter
from pathlib import Path

import gen_values as V
from gen_values import pick, chance, R
from handparse import parse_dir

HERE = Path(__file__).resolve().parent
OUT = HERE / "handwritten_dev75.jsonl"
TOTAL = 430

# ------------------------------------------------------------------------------------ keep pools
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "atorvastatin", "amlodipine", "losartan", "levothyroxine", "gabapentin",
         "prednisone", "insulin glargine", "Ozempic", "Jardiance", "Xarelto", "Plavix", "furosemide",
         "hydrochlorothiazide", "tramadol", "donepezil", "Namenda", "Seroquel", "trazodone", "omeprazole",
         "pantoprazole", "albuterol", "Symbicort", "Spiriva", "Tylenol", "ibuprofen", "aspirin 81",
         "vitamin D3", "magnesium", "turmeric", "fish oil", "Coumadin", "Zoloft", "Lexapro", "Wellbutrin",
         "buspirone", "carvedilol", "metoprolol", "digoxin", "amiodarone", "Keppra", "Sinemet", "Humira",
         "methotrexate", "allopurinol", "colchicine", "Flomax", "finasteride", "Miralax", "senna", "Ensure",
         "Trulicity", "Lantus", "Humalog", "Entresto", "spironolactone", "Brilinta", "clopidogrel",
         "hydroxychloroquine", "Synthroid", "Norco", "naloxone", "Suboxone", "methadone", "ginkgo",
         "CoQ10", "potassium chloride", "Farxiga", "rosuvastatin", "Aricept", "memantine", "quetiapine"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's",
              "COPD", "Alzheimer's", "CHF", "type 2 diabetes", "hypertension", "chronic kidney disease",
              "stage 3 CKD", "osteoarthritis", "osteoporosis", "macular degeneration", "glaucoma",
              "sleep apnea", "depression", "anxiety", "dementia", "gout", "neuropathy", "UTI", "pneumonia",
              "cellulitis", "shingles", "DVT", "pulmonary embolism", "asthma", "migraines", "hypothyroidism",
              "anemia", "lupus", "rheumatoid arthritis", "multiple sclerosis", "epilepsy", "stroke", "TIA",
              "Lewy body dementia", "heart failure", "diverticulitis", "vertigo", "sciatica", "pressure ulcer",
              "bipolar disorder", "schizophrenia", "ALS", "Crohn's", "celiac disease", "psoriasis"]
LABS = ["Hemoglobin A1c", "A1c", "CBC", "BMP", "lipid panel", "TSH", "INR", "eGFR", "creatinine",
        "potassium", "troponin", "BNP", "PSA", "vitamin B12", "ferritin", "urinalysis", "CMP", "sed rate"]
BODY = ["left knee", "right hip", "lower back", "ankle", "shoulder", "wrist", "chest", "stomach", "heel",
        "toes", "eyes", "kidneys", "liver", "lungs", "neck", "left foot", "right hand", "bladder"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "She's", "Can't", "Won't", "It's", "They're", "I've",
         "Didn't", "Isn't", "We're", "He'd", "You'll", "Wasn't", "Let's"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
REL = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Pop", "Auntie", "Uncle", "Mother", "Granny",
       "Abuela", "Lola", "Nonna", "Oma", "Baba"]
ORGS = ["Walgreens", "Mayo Clinic", "Medicare", "Kaiser", "CVS", "Medicaid", "Cleveland Clinic",
        "Blue Cross", "Aetna", "Humana", "UnitedHealthcare", "Rite Aid", "Kroger", "Meals on Wheels", "AARP",
        "the VA", "Social Security", "Cigna", "Tricare", "Costco pharmacy", "Walmart pharmacy", "Optum Rx",
        "Express Scripts", "Visiting Nurse Service", "Planned Parenthood", "Hospice of the Valley"]
HELP = ["988", "1-800-222-1222", "211", "1-800-MEDICARE", "911", "1-800-633-4227"]
GROUPS = ["Morning Walk Group", "Chair Yoga", "Caregiver Support Group", "Memory Cafe",
          "Heart Healthy Cooking", "Diabetes Education Class", "Grief Support Circle", "Tai Chi for Balance",
          "Pulmonary Rehab", "Cardiac Rehab Phase II", "Parkinson's Boxing"]


# ------------------------------------------------------------------------------------ message builder
class Msg:
    def __init__(self):
        self.segs = []  # (kind, text, type, region)

    def t(self, *parts):
        for p in parts:
            self.segs.append(("t", p, None, None))
        return self

    def i(self, text, typ, region="US"):
        self.segs.append(("i", text, typ, region))
        return text

    def k(self, text):
        self.segs.append(("k", text, None, None))
        return text

    # shorthands
    def P(self, x, reg="US"): return self.i(x, "PERSON", reg)
    def L(self, x, reg="US"): return self.i(x, "LOCATION", reg)
    def PH(self, x, reg="US"): return self.i(x, "PHONE_NUMBER", reg)
    def E(self, x, reg="US"): return self.i(x, "EMAIL_ADDRESS", reg)
    def U(self, x, reg="US"): return self.i(x, "URL", reg)
    def S(self, x): return self.i(x, "US_SSN", "US")
    def M(self, x, reg="US"): return self.i(x, "MEDICAL_RECORD_NUMBER", reg)
    def D(self, x, reg="US"): return self.i(x, "DATE_OF_BIRTH", reg)
    def A(self, x, reg="US"): return self.i(x, "ACCOUNT_NUMBER", reg)

    def finish(self, style, transform=None):
        text, ids, keeps, spans = "", [], [], []
        for kind, s, typ, reg in self.segs:
            if transform is not None:
                s = transform(s, kind)
            if kind == "i":
                spans.append((len(text), len(text) + len(s)))
                if not any(d["text"] == s and d["type"] == typ for d in ids):
                    ids.append({"text": s, "type": typ, "region": reg})
            elif kind == "k":
                if s not in keeps:
                    keeps.append(s)
            if kind == "t" and s.startswith(".") and text.endswith("."):
                s = s[1:]
            text += s
        return {"style": style, "text": text, "identifiers": ids, "keep": keeps, "_spans": spans}


def upper(s, kind):
    return s.upper()


def lower(s, kind):
    return s.lower()


TYPO_SUBS = [("the ", "teh "), ("and ", "adn "), ("you", "yuo"), ("because", "becuase"), ("with", "wiht"),
             ("appointment", "apointment"), ("pharmacy", "pharmcy"), ("really", "realy"), ("would", "woud"),
             ("please", "pleae"), ("again", "agian"), ("tomorrow", "tommorow"), ("morning", "mornign"),
             ("their", "thier"), ("doctor", "docter"), ("thank", "thnak"), ("know", "konw"), ("since", "sence"),
             ("received", "recieved"), ("address", "adress"), ("number", "numbr"), ("she is", "shes"),
             ("I am", "Im"), ("don't", "dont"), ("can't", "cant"), ("it's", "its")]


def typo(s, kind):
    if kind != "t":
        return s
    for a, b in TYPO_SUBS:
        if a in s and chance(0.55):
            s = s.replace(a, b, 1)
    return s


def first_name_only(g):
    return g.split()[0]


def name_forms(g, f):
    """A rendered full name in one of many shapes."""
    return pick([f"{g} {f}", f"{g} {f}", f"{g} {f}", f"{f}, {g}", f"{g[0]}. {f}", f"{g.lower()} {f.lower()}",
                 f"{g.upper()} {f.upper()}", f"{f.upper()}, {g.upper()}", f"{g} {pick('ABCDEJKLMRST')}. {f}"])


def us_person(gender=None):
    return V.person(None, gender)


def kp(pool):
    return pick(pool)


# ------------------------------------------------------------------------------------ templates
# Each template takes a Msg and returns the style name. Region US unless the message is international.
REL_F = ["Mom", "Grandma", "Nana", "Auntie", "Mother", "Granny", "Abuela", "Lola", "Nonna", "Oma", "Baba", "Mama"]
REL_M = ["Dad", "Grandpa", "Papa", "Pop", "Uncle", "Pops", "Abuelo", "Lolo", "Opa", "Father"]
ROLE = {"f": ["daughter", "wife", "sister", "niece", "granddaughter", "mother", "aunt", "partner"],
        "m": ["son", "husband", "brother", "nephew", "grandson", "father", "uncle", "partner"]}


def gsex():
    return pick("fm")


def rel(gender=None):
    gender = gender or gsex()
    return (pick(REL_F) if gender == "f" else pick(REL_M)), gender


def role(gender):
    return pick(ROLE[gender])


def pr(gender):
    """subject, object, possessive pronouns"""
    return ("she", "her", "her") if gender == "f" else ("he", "him", "his")


def t_addr_change(m):
    g, f = us_person()
    old, new = V.us_address(), V.us_address()
    intro = pick(["Hello, please update my address on file.", "Hi - we moved!", "Address change for my account:",
                  f"Please note my new address, {pick(['effective immediately', 'as of the 1st', 'starting next week'])}."])
    m.t(intro, " New: ")
    m.L(new)
    if chance(0.6):
        m.t(pick([". Old address was ", ". The old one (", ". Previously "]))
        m.L(old)
        m.t(pick([" - please remove it", ") is no longer good", ""]))
    m.t(pick([". My ", ". Also my "]), pick(["phone stays the same: ", "number is ", "cell: "]))
    m.PH(V.us_phone())
    m.t(pick([". Thanks, ", ". Thank you!\n", ".\n- "]))
    m.P(pick([f"{g} {f}", g, f"{g[0]}. {f}"]))
    if chance(0.5):
        m.t(pick([" (for the ", " (this is for the "]))
        m.k(kp(["oxygen", "insulin", "CPAP", "Ensure", "test strip", "catheter"]))
        m.t(" deliveries)")
    return "general_text"


def t_billing_card(m):
    g, f = us_person()
    lab, num = V.card()
    who = pick(["my", "my husband's", "my mom's", "my son's", "my"])
    m.t(pick(["Hi, question about my bill. ", "Billing question: ", "I think I was charged twice. ", "Hello billing, "]))
    m.t(pick([f"I paid with my {lab} ", "I paid by card ", "The charge went on card ", f"I put it on the {lab} "]))
    m.A(num)
    m.t(pick([" on ", " back on ", " around "]))
    m.k(kp(MONTHS))
    m.t(f" {R.randint(1, 28)} for {who} ")
    m.k(kp(["MRI", "physical therapy", "CT scan", "colonoscopy", "sleep study", "echocardiogram", "lab work", "ER visit"]))
    m.t(pick([" but the statement still shows a balance. ", " and the portal still says unpaid. ", ". "]))
    if chance(0.6):
        m.t(pick(["Account # ", "acct no. ", "Statement acct ", "Guarantor account "]))
        m.A(pick([f"{V.digits(8)}", f"PT-{V.digits(7)}-{R.randint(1, 9)}", f"{pick('ABHKZ')}{V.digits(3)}-{V.digits(5)}"]))
        m.t(". ")
    m.P(name_forms(g, f))
    m.t(", ")
    m.PH(V.us_phone())
    return "general_text"


def t_bank(m):
    g, f = us_person()
    m.t(pick(["Please set up autopay from checking. ", "Direct deposit info for the caregiver program: ",
              "For the refund please use my bank account. ", "Updating my bank details: "]))
    m.t(pick(["Routing ", "routing # ", "ABA ", "Routing number: "]))
    m.A(V.routing())
    m.t(pick([", account ", ", acct # ", " / account number ", "; checking "]))
    m.A(V.bank_account())
    m.t(pick([". Name on the account: ", ". Account holder ", ". It's under "]))
    m.P(f"{g} {f}")
    m.t(". ")
    c, rest = pick([("I'll", " be out of town so call my daughter if there's a problem."),
                    ("I'd", " appreciate a confirmation email."), ("I'm", " hoping this is set before the 15th."),
                    ("Don't", " use the old savings account please.")])
    m.k(c)
    m.t(rest)
    return "general_text"


def t_fundraiser(m):
    gs = gsex()
    g, f = us_person(gs)
    g2, f2 = us_person()
    s, o, p = pr(gs)
    m.t(pick(["Some folks asked how to help ", "For anyone asking about ", "Sharing the page for ", "Link for "]))
    m.P(pick([f"{g} {f}", g]))
    m.t(pick([f" while {s}'s in treatment: ", " during chemo: ", f" since {p} stroke: ", ": "]))
    m.U(V.url_for(g, f))
    m.t(pick([" . ", " - ", "\n"]))
    m.t(pick(["Updates are also on ", "I post updates at ", "Or follow along at "]))
    m.U(V.url_for(g2, f2) if chance(0.5) else V.url_for(g, f))
    m.t(". ")
    m.k(pick(["We'll", "I'll"]))
    m.t(" be forever grateful. ")
    m.k(kp(["Cancer", "ALS", "Dialysis", "Recovery from a stroke", "Leukemia", "Rehab"]))
    m.t(" is a long road. - ")
    m.P(g2)
    return "general_text"


def t_email_update(m):
    gs = gsex()
    g, f = us_person(gs)
    e1 = V.email_for(g, f)
    e2 = V.email_for(g, f)
    while e2 == e1:
        e2 = V.email_for(g, f)
    a, b = pick([("Please change my email from ", " to "), ("New email for the portal - old: ", ", new: "),
                 ("I can't get into ", " anymore, please use ")])
    m.t(a)
    m.E(e1)
    m.t(b)
    m.E(e2)
    m.t(pick([". This is ", ". Patient: ", ". - "]))
    m.P(name_forms(g, f))
    m.t(pick([", DOB ", " born ", ", birthday "]))
    m.D(V.dob())
    m.t(". ")
    m.k(kp(["I'm", "I've been"]))
    m.t(pick([" waiting on my ", " trying to see my "]))
    m.k(kp(LABS))
    m.t(" results.")
    return "general_text"


def t_vanity(m):
    g, f = us_person("m")
    m.t(pick(["Not medical, sorry - ", "Off topic but ", "Random question, "]))
    m.t(pick(["my son ", "my brother ", "our neighbor "]))
    m.P(pick([g, f"{g} {f}"]))
    m.t(pick([" runs a moving business if anyone needs help moving ", " does handyman work, he put the grab bars in for "]))
    m.k(kp(REL))
    m.t(pick([". His number is ", ". Call ", ". Business line "]))
    m.PH(V.us_phone("vanity"))
    m.t(pick([" or cell ", " / "]))
    m.PH(V.us_phone())
    m.t(".")
    return "general_text"


def t_records_ssn(m):
    g, f = us_person()
    m.t(pick(["I need copies of my records sent to my new doctor. ", "Requesting records for disability. ",
              "The Social Security office asked for my records. "]))
    m.t(pick(["Name: ", "Patient name ", "I'm "]))
    m.P(name_forms(g, f))
    m.t(pick([", SSN ", ", social ", ", ss# ", ". Soc Sec No. ", ", SSN is "]))
    m.S(V.ssn())
    m.t(pick([", DOB ", ", born ", ". Date of birth "]))
    m.D(V.dob())
    m.t(". Send to ")
    m.L(V.us_address())
    m.t(pick([". Mostly the ", ". I need the "]))
    m.k(kp(CONDITIONS))
    m.t(" notes.")
    return "general_text"


def t_soap(m):
    gs = gsex()
    g, f = us_person(gs)
    lab, mv = V.mrn()
    rs = gsex()
    rel_g, _ = us_person(rs)
    m.t(pick(["Pt: ", "Patient: ", "", "Name: "]))
    m.P(pick([f"{f.upper()}, {g.upper()}", f"{f}, {g}", f"{g} {f}", f"{g[0]}. {f}"]))
    m.t(pick(["  ", " | ", ", "]))
    if lab:
        m.t(lab + " ")
    m.M(mv)
    m.t(pick(["  DOB ", " | DOB: ", ", DOB ", " / "]))
    m.D(V.dob())
    m.t(f"\nS: {R.randint(44, 96)}{'F' if gs == 'f' else 'M'} w/ ")
    m.k(kp(CONDITIONS))
    m.t(", c/o ")
    m.k(kp(["fatigue", "dizziness", "SOB", "cough", "swelling", "poor appetite", "falls", "confusion"]))
    m.t(pick([" x1 wk. ", " x3d. ", " since last visit. "]))
    m.t("\nO: BP ", f"{R.randint(100, 180)}/{R.randint(60, 100)}", ", ")
    m.k(kp(LABS))
    m.t(pick([" pending.", " improved.", " elevated."]))
    m.t("\nA/P: ")
    m.k(kp(DRUGS))
    m.t(pick([" continued. ", " increased. ", " held. "]))
    m.t(pick(["Discussed w/ ", "Plan reviewed w/ "]), role(rs), " ")
    m.P(pick([rel_g, f"{rel_g} {f}"]))
    m.t(pick([", cb ", ", phone ", " "]))
    m.PH(V.us_phone())
    m.t(".")
    return "clinician_note"


def t_phone_encounter(m):
    g, f = us_person()
    cs = gsex()
    cg, _ = us_person(cs)
    m.t(pick(["Telephone encounter. ", "TC: ", "Phone note - ", "Call log: "]))
    m.t(pick(["Caller ", "Spoke w/ ", "Returned call to "]))
    m.P(pick([f"{cg} {f}", cg]))
    m.t(f" ({role(cs)})" if chance(0.8) else "", " at ")
    m.PH(V.us_phone())
    m.t(" re: pt ")
    m.P(pick([f"{g} {f}", f"{f}, {g}", f"{g} {f}".upper()]))
    m.t(", ")
    m.D(V.dob())
    m.t(". Reports ")
    m.k(kp(["new confusion", "dark stools", "rash", "worsening cough", "low blood sugar", "nosebleeds"]))
    m.t(pick([" since starting ", " after dose change of ", " while on "]))
    m.k(kp(DRUGS))
    m.t(pick([". Advised hold and route to Dr. ", ". Will discuss with Dr. ", ". Appt made w/ Dr. "]))
    m.P(V.family())
    m.t(pick([" for ", " on "]))
    m.k(kp(WEEKDAYS))
    m.t(".")
    return "clinician_note"


def t_discharge(m):
    g, f = us_person()
    lab, mv = V.mrn()
    cs = gsex()
    cg, cf = us_person(cs)
    m.t("Discharge summary\nName: ")
    m.P(pick([f"{f.upper()}, {g.upper()}", f"{f}, {g}"]))
    m.t(f"\n{lab or 'ID'}: ")
    m.M(mv)
    m.t("\nDOB: ")
    m.D(V.dob())
    m.t("\nDx: ")
    m.k(kp(CONDITIONS))
    m.t("\nMeds: ")
    d1 = kp(DRUGS)
    m.k(d1)
    m.t(", ")
    d2 = kp(DRUGS)
    while d2 == d1:
        d2 = kp(DRUGS)
    m.k(d2)
    m.t("\nDispo: home w/ ", pick([role(cs), "friend"]), " ")
    m.P(pick([cg, f"{cg} {cf}"]))
    m.t(pick([", ", "\nAddress: "]))
    m.L(V.us_address(pick(["full", "full_unit", "multi", "zip4"])))
    m.t("\nF/u PCP ", pick(["1 wk", "2 wks", "3-5 days"]), ".")
    return "clinician_note"


def t_sw_note(m):
    gs = gsex()
    g, f = us_person(gs)
    cs = gsex()
    cg, _ = us_person(cs)
    lab, mv = pick([(pick(["Medicare #", "MBI", "Medicare ID"]), V.mbi()),
                    (pick(["Medicaid ID", "Medicaid #", "Medi-Cal ID"]), pick([V.digits(9), f"{V.digits(8)}{pick('ABCDEFG')}"])),
                    ("", pick([V.mbi(), V.digits(9) + pick("AB")]))])
    s, o, p = pr(gs)
    m.t(pick(["SW note: ", "CM note: ", "Social work f/u: "]))
    m.t(pick(["spoke w/ pt's ", "met w/ pt and "]), pick(["son ", "nephew ", "grandson "]) if cs == "m" else pick(["daughter ", "niece ", "granddaughter "]))
    m.P(f"{cg} {f}")
    m.t(" by phone ")
    m.PH(V.us_phone())
    m.t(". Pt ")
    m.P(f"{g} {f}" if chance(0.5) else g)
    m.t(" - ")
    if lab:
        m.t(lab + " ")
    else:
        m.k(pick(["Medicaid", "Medicare"]))
        m.t(" # ")
    m.M(mv)
    m.t(pick([" lapsed. ", " pending renewal. ", " needs update. "]))
    m.t(pick(["SSN verified: ", "SSN on file ", "Pt SSN "]))
    m.S(V.ssn())
    m.t(f". Applying for ")
    m.k(pick(["SNAP", "Meals on Wheels", "Medicaid waiver", "LIHEAP"]))
    m.t(pick([". Will f/u ", ". Next contact "]))
    m.k(kp(WEEKDAYS))
    m.t(".")
    return "clinician_note"


def t_home_visit(m):
    g, f = us_person()
    ng, nf = us_person()
    m.t(pick(["Home visit - ", "HV note: ", "Visiting RN: "]))
    m.P(pick([f"{g} {f}", f"{f}, {g}", g]))
    m.t(pick([". Lives alone at ", ". Lives w/ spouse at ", ". Seen at "]))
    m.L(V.us_address(pick(["full", "full_unit", "noc", "rr"])))
    m.t(". ")
    m.k(kp(CONDITIONS))
    m.t(pick([" stable. ", " worse. ", " improving. "]))
    m.t(pick(["Neighbor ", "Friend ", "Church member "]))
    m.P(pick([ng, f"{ng} {nf}"]))
    m.t(pick([" checks daily", " brings meals", " drives to appts"]), ". Pillbox: missed ")
    m.k(kp(DRUGS))
    m.t(f" x{R.randint(1, 4)}.")
    return "clinician_note"


def t_header_note(m):
    g, f = us_person()
    lab, mv = V.mrn()
    m.t(pick(["Pt ", "", "RE: "]))
    m.P(pick([f"{g} {f}", f"{f.upper()}, {g.upper()}", f"{g.lower()} {f.lower()}"]))
    m.t(pick([" / ", " - "]))
    if lab:
        m.t(lab + " ")
    m.M(mv)
    m.t(pick([" / ", " - b. ", " / DOB "]))
    m.D(V.dob())
    m.t(". ")
    m.k(kp(CONDITIONS))
    m.t(pick([", on ", "; takes "]))
    m.k(kp(DRUGS))
    m.t(pick([". Pharmacy: ", ". Pref pharmacy "]))
    m.k(pick(["Walgreens", "CVS", "Rite Aid", "Kroger", "Costco pharmacy"]))
    m.t(pick([" on ", ", "]))
    c = V.us_city()
    m.L(pick([f"{V.us_street()}, {c[0]}", c[0], f"{c[0]}, {c[1]}", f"{c[0]}, {c[1]} {c[2]}"]))
    m.t(".")
    return "clinician_note"


def t_registration(m):
    g, f = us_person()
    es = gsex()
    eg, ef = us_person(es)
    m.t(pick(["PATIENT REGISTRATION\n", "New patient form\n", "Intake\n"]))
    m.t(pick(["Last name: ", "LAST: "]))
    m.P(f)
    m.t(pick(["   First: ", "  FIRST: "]))
    m.P(g)
    m.t("\nDate of birth: ")
    m.D(V.dob())
    m.t(pick(["\nSSN: ", "\nSocial Security #: ", "\nSS#: "]))
    m.S(V.ssn())
    m.t("\nAddress: ")
    m.L(V.us_address())
    m.t("\nPhone: ")
    m.PH(V.us_phone())
    if chance(0.7):
        m.t("\nEmail: ")
        m.E(V.email_for(g, f))
    m.t("\nEmergency contact: ")
    m.P(f"{eg} {ef}")
    m.t(f" ({pick(ROLE[es] + ['friend'])}) ")
    m.PH(V.us_phone())
    m.t("\nAllergies: ")
    m.k(kp(["penicillin", "sulfa", "latex", "codeine", "shellfish", "NKDA"]))
    return "form"


def t_insurance_form(m):
    g, f = us_person()
    lab, mv = V.mrn()
    clab, cnum = V.card()
    m.t("Name: ")
    m.P(name_forms(g, f))
    m.t("\nDOB: ")
    m.D(V.dob())
    m.t("\nInsurance: ")
    m.k(pick(["Blue Cross", "Aetna", "Humana", "Cigna", "UnitedHealthcare", "Medicare", "Medicaid", "Tricare"]))
    m.t(f"\n{lab or 'ID'}: ")
    m.M(mv)
    m.t(f"\nGroup: {V.digits(5)}")
    m.t(f"\nCard on file ({pick(['credit card', 'card', 'cc', clab])}): ")
    m.A(cnum)
    m.t("\nReason for visit: ")
    m.k(kp(CONDITIONS))
    return "form"


def t_deposit_form(m):
    g, f = us_person()
    m.t(pick(["DIRECT DEPOSIT AUTHORIZATION\n", "Caregiver payment form\n", "Refund request\n"]))
    m.t("Payee: ")
    m.P(f"{g} {f}")
    m.t("\nBank: ", pick(["Chase", "Wells Fargo", "Bank of America", "US Bank", "PNC", "Navy Federal", "credit union"]))
    m.t("\nRouting number: ")
    m.A(V.routing())
    m.t("\nAccount number: ")
    m.A(V.bank_account())
    m.t("\nPhone: ")
    m.PH(V.us_phone())
    m.t("\nSignature: ")
    m.P(f"{g[0]}. {f}")
    return "form"


def t_release_form(m):
    g, f = us_person()
    lab, mv = V.mrn()
    dg, df = us_person()
    m.t("Authorization to release information\nPatient: ")
    m.P(pick([f"{f}, {g}", f"{g} {f}"]))
    m.t("   DOB: ")
    m.D(V.dob())
    m.t(f"\n{lab or 'Record #'}: ")
    m.M(mv)
    m.t("\nRelease to: Dr. ")
    m.P(f"{dg} {df}")
    m.t(", ")
    m.L(V.us_address(pick(["full_unit", "full", "zip4"])))
    m.t("\nFax: ")
    m.PH(V.us_phone(pick(["paren", "dash", "dot"])))
    m.t("\nRecords: ")
    m.k(kp(["immunizations", "lab results", "imaging", "progress notes", "mental health notes"]))
    return "form"


def t_military_form(m):
    g, f = us_person()
    lab, mv = V.mrn()
    m.t("Change of address\nMember: ")
    m.P(f"{g} {f}")
    m.t(f"\n{lab or 'Member ID'}: ")
    m.M(mv)
    m.t("\nOld: ")
    m.L(V.us_address())
    m.t("\nNew: ")
    m.L(V.us_address("military"))
    m.t("\nEffective: ")
    m.k(kp(MONTHS))
    m.t(f" {R.randint(1, 28)}\nContact: ")
    m.E(V.email_for(g, f))
    return "form"


def t_chat(m):
    names = [V.given(gender=x) for x in ("f", "m", "f")]
    while len(set(names)) < 3:
        names = [V.given(gender=x) for x in ("f", "m", "f")]
    a, b, c = names
    m.P(a); m.t(": ")
    m.t(pick(["did anyone call about ", "who's taking ", "reminder: "]))
    m.k(kp(REL))
    m.t("'s ")
    m.k(kp(["MRI", "eye appt", "dentist appt", "blood work", "infusion", "dialysis", "cardiology appt"]))
    m.t("\n")
    m.P(b); m.t(": ")
    m.t(pick(["I can do it, or ", "not me, ", "I think "]))
    m.P(c)
    m.t(pick([" said she would", " is off that day", " has the car"]))
    m.t("\n")
    m.P(a); m.t(": ")
    m.t(pick(["ok the address is ", "it's at ", "the place is "]))
    m.L(V.us_address(pick(["full", "full_unit", "noc"])))
    m.t("\n")
    m.P(c); m.t(": ")
    m.t(pick(["call me ", "my cell ", "text me "]))
    m.PH(V.us_phone())
    return "speaker_label"


def t_rel_chat(m):
    s1, s2 = gsex(), gsex()
    g1, _ = us_person(s1)
    g2, _ = us_person(s2)
    while g2 == g1:
        g2, _ = us_person(s2)
    r1 = pick({"f": ["Daughter", "Wife", "Niece", "Granddaughter", "Neighbor"], "m": ["Son", "Husband", "Grandson", "Neighbor"]}[s1])
    r2 = pick({"f": ["Daughter", "Nurse", "Aide", "Sister"], "m": ["Son", "Nurse", "Aide", "Brother"]}[s2])
    m.t(r1 + " "); m.P(g1); m.t(": ")
    m.k(kp(REL))
    m.t(pick([" took the ", " refused the ", " forgot the "]))
    m.k(kp(DRUGS))
    m.t(pick([" again", " tonight", " this morning"]))
    m.t("\n" + r2 + " "); m.P(g2); m.t(": ")
    m.t(pick(["ok I'll call the office ", "should we call them ", "I'll write it down, appt is "]))
    m.k(kp(WEEKDAYS))
    m.t("\n" + r1 + " "); m.P(g1); m.t(": ")
    m.t(pick(["their number is ", "office # ", "use "]))
    m.PH(V.us_phone())
    return "speaker_label"


def t_clin_chat(m):
    gs = gsex()
    g, f = us_person(gs)
    s, o, p = pr(gs)
    cs = gsex()
    cg, _ = us_person(cs)
    m.t(pick(["Nurse ", "RN ", "Dr. "]))
    nm = V.family()
    m.P(nm)
    m.t(": Hi, is this the family of ")
    m.P(f"{g} {f}")
    m.t("?\n")
    m.P(cg)
    m.t(f": yes I'm {p} {role(cs)}\n")
    m.P(nm)
    m.t(f": can you confirm {p} date of birth?\n")
    m.P(cg)
    m.t(": ")
    m.D(V.dob())
    m.t("\n")
    m.P(nm)
    m.t(f": thanks. {p} ")
    m.k(kp(LABS))
    m.t(" came back and Dr. ")
    m.P(V.family())
    m.t(" wants to change the ")
    m.k(kp(DRUGS))
    return "speaker_label"


def t_contacts_list(m):
    head = pick(["Emergency contacts:\n", "Who to call:\n", "Contact list for ", "Phone tree\n"])
    m.t(head)
    if head == "Contact list for ":
        m.k(kp(REL)); m.t("\n")
    used = set()
    for n in range(R.randint(3, 4)):
        sx = gsex()
        g, f = us_person(sx)
        if g in used:
            continue
        used.add(g)
        m.t(pick([f"{n + 1}. ", "- ", "* ", ""]))
        m.P(pick([f"{g} {f}", g, f"{g} {f}"]))
        m.t(pick([" - ", " ", ": "]))
        m.t(pick([role(sx) + " ", "neighbor ", "friend ", ""]))
        m.PH(V.us_phone())
        m.t("\n")
    if chance(0.5):
        m.k("Poison Control"); m.t(" "); m.k("1-800-222-1222")
    else:
        m.t("Crisis line "); m.k("988")
    return "list"


def t_med_list(m):
    m.k(kp(REL)); m.t(pick(["'s med list\n", "'s meds as of today:\n", " - current meds\n"]))
    used = set()
    for n in range(R.randint(3, 5)):
        d = kp(DRUGS)
        if d in used:
            continue
        used.add(d)
        m.t(pick([f"{n + 1}) ", "- ", ""]))
        m.k(d)
        m.t(pick([" daily", " twice a day", " at night", " prn", ""]), "\n")
    m.t(pick(["Pharmacy: ", "pharmacy - "]))
    m.k(pick(["Walgreens", "CVS", "Rite Aid", "Kroger", "Publix"]))
    m.t(", ")
    m.L(V.us_address(pick(["full", "noc"])))
    m.t(", ")
    m.PH(V.us_phone())
    m.t("\nRx under ")
    g, f = us_person()
    m.P(f"{g} {f}")
    m.t(pick([", DOB ", ", born ", " "]))
    m.D(V.dob())
    return "list"


def t_names_inline(m):
    names = []
    while len(names) < 4:
        x = V.given() if chance(0.6) else pick(V.WORD_SURNAMES + V.WORD_GIVEN)
        if x not in names:
            names.append(x)
    m.t(pick(["Visitors allowed for ", "Rides this week for ", "Who's on the schedule for "]))
    r, rs = rel()
    s, o, p = pr(rs)
    m.k(r)
    m.t(": ")
    m.P(names[0]); m.t(", "); m.P(names[1]); m.t(pick([" and ", " & "])); m.P(names[2])
    m.t(pick([". Not ", ". Please NOT "]))
    m.P(names[3])
    m.t(". ")
    c, rest = pick([("She'd" if rs == "f" else "He'd", " just get upset."), ("It's", " a long story."),
                    ("Don't", " ask, just trust me.")])
    m.k(c)
    m.t(rest, " The ")
    m.k(kp(GROUPS))
    m.t(" is ")
    m.k(kp(WEEKDAYS))
    m.t(pick([" at the church.", " at 10.", " this week."]))
    return "list"


def t_run_story(m):
    r, rs = rel()
    s, o, p = pr(rs)
    g, f = us_person()
    s1, _ = us_person()
    c = V.us_city()
    m.t(pick(["so ", "ok so ", "Long story but ", "Just so everyone knows "]))
    m.k(r)
    m.t(pick([" had another fall ", " got really confused ", " stopped eating ", " had chest pain "]))
    m.t(pick(["last night and ", "this weekend and ", "at church and "]))
    m.P(pick([s1, f"{s1} {f}"]))
    m.t(pick([" drove up from ", " came down from "]))
    m.L(pick([c[0], f"{c[0]}, {c[1]}", f"{c[0]} {c[1]}"]))
    m.t(f" and took {o} to the ER where they said it was probably {p} ")
    m.k(kp(CONDITIONS))
    m.t(f" and changed {p} ")
    m.k(kp(DRUGS))
    m.t(" and now we need someone to stay nights so if you can help call me at ")
    m.PH(V.us_phone())
    m.t(pick([" or email ", " or "]))
    m.E(V.email_for(g, f))
    m.t(pick([" thanks", "", " sorry for the essay"]))
    return "run_on"


def t_run_dob(m):
    gs = gsex()
    g, f = us_person(gs)
    s, o, p = pr(gs)
    lab, mv = V.mrn()
    m.t(pick(["Hi I'm calling for my ", "This is about my "]), pick(["mother ", "wife ", "grandmother "]) if gs == "f" else pick(["father ", "husband ", "grandfather "]))
    m.P(f"{g} {f}")
    m.t(pick([" born ", f" {p} birthday is ", " DOB "]))
    m.D(V.dob())
    m.t(f" and {p} ")
    m.k(pick(["Medicare", "Medicaid", "insurance"]))
    m.t(" number is ")
    m.M(mv)
    m.t(" and the pharmacy says the ")
    m.k(kp(DRUGS))
    m.t(" needs a prior auth again even though ")
    m.k("it's")
    m.t(" been approved in ")
    m.k(kp(MONTHS))
    m.t(" and ")
    m.k(pick(["she's", "we're"]) if gs == "f" else pick(["he's", "we're"]))
    m.t(" almost out so can someone call ")
    m.PH(V.us_phone())
    m.t(" today")
    return "run_on"


def t_signature(m):
    g, f = us_person()
    if chance(0.5):
        m.t(pick(["Thanks for the update on ", "Attached is the log for ", "Any news on "]))
        m.k(kp(REL)); m.t("'s "); m.k(kp(LABS))
    else:
        m.t(pick(["Following up about ", "Quick question about "]))
        m.k(kp(REL)); m.t("'s "); m.k(kp(CONDITIONS)); m.t(" care plan")
    m.t(".\n\n")
    m.t(pick(["Best,\n", "Regards,\n", "Thanks,\n", "--\n", "Warmly,\n"]))
    m.P(f"{g} {f}")
    m.t(pick(["\n", ", RN\n", "\nOffice Manager\n", ", CPA\n", "\nRealtor\n"]))
    m.E(V.email_for(g, f))
    m.t(pick([" | ", "\n"]))
    m.t(pick(["c: ", "m ", "cell ", "", "Direct: "]))
    m.PH(V.us_phone())
    if chance(0.7):
        m.t("\n")
        m.U(V.url_for(g, f))
    if chance(0.4):
        m.t("\n")
        m.L(V.us_address(pick(["full_unit", "full"])))
    return "signature"


def t_short_sig(m):
    g, f = us_person()
    m.t(pick(["ok thanks, ", "Yes please cancel it. ", "Got it. "]))
    c, rest = pick([("I'll", " call you "), ("We'll", " see you "), ("I'm", " free "), ("We're", " coming in "),
                    ("Can't", " make it "), ("Won't", " be home till ")])
    m.k(c)
    m.t(rest)
    m.k(kp(WEEKDAYS))
    m.t(".\n\n")
    m.t(pick(["Sent from my iPhone\n", "Sent from Yahoo Mail on Android\n", "-- \n", "Get Outlook for iOS\n"]))
    m.P(pick([g, f"{g} {f}", f"{g} {f[0]}."]))
    m.t(pick([" ", "\n"]))
    m.PH(V.us_phone())
    return "signature"


def t_fwd_email(m):
    g1, f1 = us_person()
    g2, f2 = us_person()
    m.t(pick(["---------- Forwarded message ---------\n", "Begin forwarded message:\n", "-----Original Message-----\n"]))
    m.t("From: ")
    m.P(f"{g1} {f1}")
    m.t(" <")
    m.E(V.email_for(g1, f1))
    m.t(">\nTo: ")
    m.P(f"{g2} {f2}" if f2 != f1 else g2)
    m.t(" <")
    m.E(V.email_for(g2, f2))
    m.t(">\nSubject: ")
    m.k(kp(REL))
    m.t(pick([" update", " meds", " appt"]))
    m.t("\n\n")
    m.t(pick(["The new doctor stopped the ", "Hospice says to keep giving the ", "They doubled the "]))
    m.k(kp(DRUGS))
    m.t(pick([". ", ". Can you tell the nurse? "]))
    m.t(pick(["I'll be in ", "Staying in "]))
    m.L(V.us_city()[0])
    m.t(" till ")
    m.k(kp(WEEKDAYS))
    m.t(".")
    return "forwarded"


def t_fwd_text(m):
    g, f = us_person()
    head = pick(["Fwd: ", "FYI, forwarding this text:\n", "fwd from ", ">> "])
    m.t(head)
    if head == "fwd from ":
        m.k(kp(REL)); m.t("'s phone:\n")
    m.t("\"")
    m.k(pick(["Walgreens", "CVS Pharmacy", "Rite Aid", "Kroger Pharmacy"]))
    m.t(": Rx for ")
    m.P(pick([f"{f.upper()}, {g[0].upper()}", f"{g.upper()} {f.upper()}", f"{f}, {g}"]))
    m.t(" (")
    m.k(kp(DRUGS))
    m.t(") is ready at ")
    m.L(V.us_address(pick(["full", "noc"])))
    m.t(". Questions? Call ")
    m.PH(V.us_phone())
    m.t(".\"\n")
    m.t(pick(["is this the new dose?", "who ordered this", "I thought this was stopped?"]))
    return "forwarded"


def t_intl_visit(m):
    kind, loc = pick([("uk", "en_GB"), ("ca", "en_CA"), ("in", "en_IN"), ("mx", "es_MX"), ("jp", "ja_JP"),
                      ("fr", "fr_FR"), ("de", "de_DE"), ("br", "pt_BR"), ("faker", None)])
    addr, country = V.intl_address(kind)
    if loc is None:
        loc = {"the UK": "en_GB", "Germany": "de_DE", "France": "fr_FR", "Italy": "it_IT", "Poland": "pl_PL",
               "the Netherlands": "nl_NL", "Brazil": "pt_BR", "Spain": "es_ES", "Japan": "ja_JP", "Korea": "ko_KR",
               "China": "zh_CN", "Austria": "de_AT", "Switzerland": "de_CH", "Russia": "ru_RU"}[country]
    ps = gsex()
    if loc in ("ja_JP", "zh_CN", "ko_KR", "ru_RU"):
        nm, _ = V.nonlatin_person(loc)
        g, f = nm, ""
        cg, _ = V.nonlatin_person(loc)
    else:
        g, f = V.person(loc, ps)
        cg, _ = V.person(loc)
    s, o, p = pr(ps)
    m.t(pick(["Hello, my ", "Hi, my ", "Dear nurse, my "]))
    m.t(pick(["mother ", "aunt ", "grandmother "]) if ps == "f" else pick(["father ", "uncle ", "grandfather "]))
    m.P(f"{g} {f}".strip(), "INTL")
    m.t(pick([" is visiting from ", " flew in from ", " came over from "]), country, ". ")
    m.t(pick([f"{p.capitalize()} home address is ", "Home address: ", "Address there: "]))
    m.L(addr, "INTL")
    m.t(pick([f". {p.capitalize()} doctor there: ", ". Family there: ", ". Please call my cousin "]))
    m.P(cg, "INTL")
    m.t(" ")
    m.PH(V.intl_phone(V.COUNTRY_PHONE.get(country)), "INTL")
    m.t(pick([f". {s.capitalize()} ran out of ", f". {s.capitalize()} takes ", f". Bringing {o} "]))
    m.k(kp(DRUGS))
    m.t(".")
    return "international"


def t_intl_iban(m):
    v, loc = V.iban()
    g, f = V.person(loc)
    pc = {"de_DE": "DE", "fr_FR": "FR", "en_GB": "UK", "nl_NL": "NL", "es_ES": "ES", "it_IT": "IT", "pl_PL": "PL",
          "pt_PT": None, "de_AT": "AT", "de_CH": "CH", "en_IE": "IE"}[loc]
    m.t(pick(["For the refund please wire to ", "Bank details for the overpayment: ", "Please pay the deposit back to "]))
    m.t(pick(["IBAN ", "iban: ", "", "IBAN: "]))
    m.A(v, "INTL")
    m.t(pick([", holder ", ", account name ", " in the name of "]))
    m.P(f"{g} {f}", "INTL")
    m.t(pick([". Contact: ", ". Email ", ". "]))
    m.E(V.email_for(g, f, intl=pc or True), "INTL")
    if chance(0.6):
        m.t(pick([" or ", ", tel. "]))
        m.PH(V.intl_phone(pc) if pc else f"+351 9{V.digits(2)} {V.digits(3)} {V.digits(3)}", "INTL")
    m.t(pick([". It was for the ", ". Re: "]))
    m.k(kp(["second opinion", "MRI", "telehealth visit", "lab work", "translation of records"]))
    return "international"


def t_intl_nonlatin(m):
    nm, loc = V.nonlatin_person()
    ps = gsex()
    s, o, p = pr(ps)
    g, f = V.person()
    m.t(pick(["My grandmother ", "My mother-in-law ", "Our cousin ", "My mother "]) if ps == "f" else
        pick(["My grandfather ", "My father-in-law ", "Our cousin ", "My uncle "]))
    m.P(nm, "INTL")
    m.t(pick([" lives in ", " is back in ", " is staying in "]))
    place = V.nonlatin_place()
    m.L(place, "INTL")
    m.t(pick([f" and needs a copy of {p} ", f" - can you send {o} the "]))
    m.k(kp(LABS))
    m.t(pick([f" results. {p.capitalize()} number: ", ". Phone: "]))
    cc = {"ja_JP": "JP", "zh_CN": "CN", "ko_KR": "KR", "ru_RU": "RU", "ar_SA": "SA", "hi_IN": "IN"}[loc]
    m.PH(V.intl_phone(cc), "INTL")
    m.t(pick([". I'm ", ". - "]))
    m.P(f"{g} {f}")
    m.t(pick([", ", " "]))
    m.PH(V.us_phone())
    return "international"


def t_intl_local(m):
    lang = pick(["de", "fr", "es", "pt", "it", "nl", "pl"])
    loc = {"de": "de_DE", "fr": "fr_FR", "es": "es_MX", "pt": "pt_BR", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL"}[lang]
    akind = {"de": "de", "fr": "fr", "es": "mx", "pt": "br", "it": "faker", "nl": "faker", "pl": "faker"}[lang]
    g, f = V.person(loc, "f")
    g2, _ = V.person(loc)
    addr, _ = V.intl_address(akind) if akind != "faker" else (V.fk(loc).address().replace("\n", ", "), None)
    ph = V.intl_phone({"de": "DE", "fr": "FR", "es": "MX", "pt": "BR", "it": "IT", "nl": "NL", "pl": "PL"}[lang])
    born = V.dob(intl=True)
    w = {
        "de": ("Guten Tag, ich schreibe wegen meiner Mutter ", ", geb. ", ". Adresse: ", ". Tel. ", ". Sie nimmt ", ". Gruß, "),
        "fr": ("Bonjour, je vous écris pour ma mère ", ", née le ", ". Adresse : ", ". Tél : ", ". Elle prend du ", ". Cordialement, "),
        "es": ("Hola, les escribo por mi mamá ", ", nacida el ", ". Dirección: ", ". Cel: ", ". Toma ", ". Saludos, "),
        "pt": ("Olá, escrevo sobre minha mãe ", ", nascida em ", ". Endereço: ", ". Tel: ", ". Ela toma ", ". Abraço, "),
        "it": ("Buongiorno, scrivo per mia madre ", ", nata il ", ". Indirizzo: ", ". Cell. ", ". Prende ", ". Saluti, "),
        "nl": ("Goedendag, ik schrijf over mijn moeder ", ", geboren ", ". Adres: ", ". Tel. ", ". Ze neemt ", ". Groet, "),
        "pl": ("Dzień dobry, piszę w sprawie mamy, ", ", ur. ", ". Adres: ", ". Tel. ", ". Bierze ", ". Pozdrawiam, "),
    }[lang]
    m.t(w[0]); m.P(f"{g} {f}", "INTL"); m.t(w[1]); m.D(born, "INTL")
    m.t(w[2]); m.L(addr, "INTL"); m.t(w[3]); m.PH(ph, "INTL"); m.t(w[4]); m.k(kp(DRUGS)); m.t(w[5])
    m.P(g2, "INTL")
    return "international"


def t_intl_uk(m):
    g, f = V.person("en_GB")
    addr, _ = V.intl_address("uk")
    m.t(pick(["Hiya, ", "Hello, ", "Morning all, "]))
    m.k(pick(["Mum", "Nan", "Gran"]))
    m.t(pick(["'s been discharged, ", " is home now, "]))
    m.t(pick(["post goes to ", "address for the district nurse: ", "she's at "]))
    m.L(addr, "INTL")
    m.t(pick([". Ring me on ", ". My mobile: ", ". Landline "]))
    m.PH(V.intl_phone("UK"), "INTL")
    m.t(pick([" - ", ". "]))
    m.P(pick([g, f"{g} {f}"]), "INTL")
    m.t(pick([". She's still on the ", ". GP upped her "]))
    m.k(kp(DRUGS))
    return "international"


def t_intl_mixed_city(m):
    g, f = us_person()
    city, cc = V.intl_city()
    r, rs = rel()
    s, o, p = pr(rs)
    m.t(pick(["heads up: ", "FYI ", "Quick note - "]))
    m.k(r)
    m.t(pick([" is flying to ", " will be in ", " goes back to "]))
    m.L(city, "INTL")
    until = pick([" for 3 weeks", " until ", " after "])
    m.t(until)
    if until != " for 3 weeks":
        m.k(kp(MONTHS))
    m.t(pick([f". Reach {o} at ", f". {p.capitalize()} number there "]))
    m.PH(V.intl_phone(cc), "INTL")
    m.t(pick([" or through me, ", ". - "]))
    m.P(f"{g} {f}")
    m.t(", ")
    m.E(V.email_for(g, f))
    m.t(f". Does {s} need extra ")
    m.k(kp(DRUGS))
    m.t("?")
    return "international"


# ------------------------------------------------------------------ international content in other styles
def health_id(country):
    """(label, value) of a national health / insurance number for a country (INTL)."""
    d = V.digits
    opts = {
        "the UK": [("NHS number", f"{d(3)} {d(3)} {d(4)}"), ("NHS no.", d(10))],
        "Canada": [("OHIP", f"{d(4)}-{d(3)}-{d(3)}-{pick(['AB', 'KX', 'MR'])}"), ("health card", f"{d(4)} {d(3)} {d(3)}")],
        "Germany": [("Versichertennummer", f"{pick('ABKMRTW')}{d(9)}"), ("KVNR", f"{pick('ABKMRTW')}{d(9)}")],
        "France": [("n° de sécu", f"{pick('12')} {d(2)} {d(2)} {d(2)} {d(3)} {d(3)} {d(2)}"), ("carte Vitale", f"{pick('12')}{d(14)}")],
        "India": [("ABHA no.", f"{d(2)}-{d(4)}-{d(4)}-{d(4)}"), ("UHID", f"MH{d(8)}")],
        "Japan": [("hoken card no.", d(8)), ("patient ID", f"{d(3)}-{d(4)}")],
        "Mexico": [("NSS", d(11)), ("IMSS", f"{d(4)}-{d(2)}-{d(4)}-{d(1)}")],
        "Brazil": [("Cartão SUS", f"{pick(['7', '8', '9'])}{d(2)} {d(4)} {d(4)} {d(4)}"), ("CNS", d(15))],
        "Australia": [("Medicare card", f"{d(4)} {d(5)} {d(1)}"), ("IHI", f"8003 {d(4)} {d(4)} {d(4)}")],
        "Italy": [("tessera sanitaria", f"80380{d(15)}"), ("codice SSN", d(10))],
        "Spain": [("tarjeta sanitaria", f"{pick(['BBBB', 'MRTN', 'GMZR'])}{d(12)}")],
        "Poland": [("nr pacjenta", f"P{d(7)}"), ("nr karty", d(11))],
        "the Netherlands": [("BSN", d(9)), ("patiëntnummer", d(7))],
        "Korea": [("health ID", f"{d(6)}-{d(7)}")],
    }
    return pick(opts.get(country, [("travel insurance policy", f"TRV-{d(8)}"), ("policy no.", f"{pick('AXG')}{d(9)}")]))


INTL_FORM_SETS = [("uk", "en_GB", "UK"), ("ca", "en_CA", "CA"), ("in", "en_IN", "IN"), ("mx", "es_MX", "MX"),
                  ("fr", "fr_FR", "FR"), ("de", "de_DE", "DE"), ("br", "pt_BR", "BR"), ("jp", "en_US", "JP")]


def intl_set():
    kind, loc, pc = pick(INTL_FORM_SETS)
    addr, country = V.intl_address(kind)
    return loc, pc, addr, country


def t_intl_form(m):
    loc, pc, addr, country = intl_set()
    gs = gsex()
    if country == "Japan":
        nm, _ = V.nonlatin_person("ja_JP")
        g, f = nm, ""
        rom_g, rom_f = pick(["Yuki", "Haruto", "Emi", "Kenta", "Aiko"]), pick(["Sato", "Tanaka", "Ito", "Mori"])
    else:
        g, f = V.person(loc, gs)
        rom_g, rom_f = g, f
    lab, hid = health_id(country)
    m.t(pick(["INTERNATIONAL PATIENT INFORMATION\n", "Visitor registration\n", "Out-of-country patient form\n"]))
    m.t("Name: ")
    m.P(f"{g} {f}".strip(), "INTL")
    if country == "Japan":
        m.t(" (")
        m.P(f"{rom_g} {rom_f}", "INTL")
        m.t(")")
    m.t("\nDate of birth: ")
    m.D(V.dob(intl=True), "INTL")
    m.t(f"\nHome country: {country.replace('the ', '')}\n{lab}: ")
    m.M(hid, "INTL")
    m.t("\nHome address: ")
    m.L(addr, "INTL")
    m.t("\nPhone: ")
    m.PH(V.intl_phone(pc), "INTL")
    m.t("\nEmail: ")
    m.E(V.email_for(rom_g, rom_f or "family", intl=pc), "INTL")
    if chance(0.5):
        v, _ = V.iban(loc)
        m.t("\nRefunds to (IBAN): ")
        m.A(v, "INTL")
    m.t("\nLocal contact in US: ")
    lg, lf = us_person()
    m.P(f"{lg} {lf}")
    m.t(" ")
    m.PH(V.us_phone())
    m.t("\nReason: ")
    m.k(kp(CONDITIONS))
    return "form"


def t_intl_clin(m):
    loc, pc, addr, country = intl_set()
    gs = gsex()
    if country == "Japan":
        nm, _ = V.nonlatin_person("ja_JP")
        pname = nm
    else:
        g, f = V.person(loc, gs)
        pname = pick([f"{g} {f}", f"{f.upper()}, {g}"])
    lab, hid = health_id(country)
    cs = gsex()
    cg, cf = us_person(cs)
    m.t(pick(["ED note: ", "Urgent care: ", "Admission note: "]))
    m.P(pname, "INTL")
    m.t(f", visiting from {country}. ")
    m.t(pick(["DOB ", "b. "]))
    m.D(V.dob(intl=True), "INTL")
    m.t(f". {lab} ")
    m.M(hid, "INTL")
    m.t(". Presents w/ ")
    m.k(kp(["chest pain", "syncope", "hip fracture", "pneumonia", "DVT", "cellulitis", "hyperglycemia"]))
    m.t(". Home meds: ")
    m.k(kp(DRUGS))
    m.t(". Staying w/ ", role(cs), " ")
    m.P(f"{cg} {cf}")
    m.t(" at ")
    m.L(V.us_address(pick(["full", "full_unit"])))
    m.t(". GP abroad: Dr. ")
    m.P(V.family(loc if loc != "en_US" else "ja_JP"), "INTL")
    m.t(", ")
    m.PH(V.intl_phone(pc), "INTL")
    m.t(".")
    return "clinician_note"


def t_intl_sig(m):
    loc, pc, addr, country = intl_set()
    if country == "Japan":
        g, f = pick(["Yuki", "Haruto", "Emi", "Kenta"]), pick(["Sato", "Tanaka", "Ito", "Mori"])
    else:
        g, f = V.person(loc)
    m.t(pick(["Thank you for looking after ", "Many thanks for the update on ", "Grateful for the care of "]))
    m.t(pick(["my father", "my mother", "our aunt"]), " during the ")
    m.k(kp(["hospital stay", "rehab", "chemo cycle", "surgery"]))
    m.t(".\n\n")
    m.t({"fr_FR": "Cordialement,\n", "de_DE": "Mit freundlichen Grüßen\n", "es_MX": "Saludos,\n",
         "pt_BR": "Abraços,\n"}.get(loc, pick(["Kind regards,\n", "Best wishes,\n", "Warm regards,\n"])))
    m.P(f"{g} {f}", "INTL")
    m.t("\n")
    m.L(addr, "INTL")
    m.t(pick(["\nTel ", "\nMobile: ", "\nT: "]))
    m.PH(V.intl_phone(pc), "INTL")
    m.t(pick([" | ", "\n"]))
    m.E(V.email_for(g, f, intl=pc), "INTL")
    if chance(0.6):
        m.t("\n")
        m.U(V.url_for(g, f), "INTL")
    return "signature"


def t_intl_chat(m):
    nm, loc = V.nonlatin_person(pick(["ko_KR", "zh_CN", "ja_JP", "ru_RU", "hi_IN", "ar_SA"]))
    cc = {"ja_JP": "JP", "zh_CN": "CN", "ko_KR": "KR", "ru_RU": "RU", "ar_SA": "SA", "hi_IN": "IN"}[loc]
    a = V.given(gender="f")
    b = V.given(gender="m")
    while b == a:
        b = V.given(gender="m")
    m.P(a); m.t(": did anyone tell ")
    m.P(nm, "INTL")
    m.t(" about ")
    m.k(kp(REL))
    m.t("'s ")
    m.k(kp(CONDITIONS))
    m.t("?\n")
    m.P(b); m.t(": not yet, ")
    m.k("it's")
    m.t(" the middle of the night in ")
    m.L(V.nonlatin_place() if chance(0.5) else V.intl_city()[0], "INTL")
    m.t("\n")
    m.P(a); m.t(": call at 8 our time then, number is ")
    m.PH(V.intl_phone(cc), "INTL")
    return "speaker_label"


def t_intl_fwd(m):
    loc, pc, addr, country = intl_set()
    if country == "Japan":
        pname, _ = V.nonlatin_person("ja_JP")
        dname = pick(["Sato", "Tanaka", "Ito", "Mori"])
    else:
        g, f = V.person(loc)
        pname = pick([f"{g} {f}", f"{f.upper()} {g}"])
        dname = V.family(loc)
    lab, hid = health_id(country)
    sg, sf = us_person()
    m.t(pick(["Fwd: discharge letter from the hospital abroad\n\n", "Forwarding what the clinic overseas sent:\n\n"]))
    m.t("> Patient: ")
    m.P(pname, "INTL")
    m.t("\n> Date of birth: ")
    m.D(V.dob(intl=True), "INTL")
    m.t(f"\n> {lab}: ")
    m.M(hid, "INTL")
    m.t("\n> Diagnosis: ")
    m.k(kp(CONDITIONS))
    m.t("\n> Treating physician: Dr. ")
    m.P(dname, "INTL")
    m.t(", ")
    m.PH(V.intl_phone(pc), "INTL")
    m.t("\n\nCan you add this to her chart? - ")
    m.P(pick([sg, f"{sg} {sf}"]))
    return "forwarded"


BASES_FOR_CASE = [t_addr_change, t_chat, t_rel_chat, t_run_story, t_run_dob, t_med_list, t_names_inline,
                  t_short_sig, t_fwd_text, t_email_update, t_billing_card, t_phone_encounter, t_header_note,
                  t_records_ssn, t_registration, t_intl_visit, t_intl_mixed_city, t_intl_chat]

PLAN = [  # (template, style override or None, count) - sums to TOTAL minus the hand messages
    # general_text
    (t_addr_change, None, 5), (t_billing_card, None, 4), (t_bank, None, 4), (t_fundraiser, None, 8),
    (t_email_update, None, 3), (t_vanity, None, 2), (t_records_ssn, None, 4),
    # clinician_note
    (t_soap, None, 5), (t_phone_encounter, None, 3), (t_discharge, None, 3), (t_sw_note, None, 3),
    (t_home_visit, None, 3), (t_header_note, None, 3), (t_intl_clin, None, 6),
    # form
    (t_registration, None, 5), (t_insurance_form, None, 3), (t_deposit_form, None, 2), (t_release_form, None, 2),
    (t_military_form, None, 3), (t_intl_form, None, 7),
    # speaker_label
    (t_chat, None, 4), (t_rel_chat, None, 4), (t_clin_chat, None, 3), (t_intl_chat, None, 5),
    # list
    (t_contacts_list, None, 5), (t_med_list, None, 4), (t_names_inline, None, 3),
    # run_on
    (t_run_story, None, 6), (t_run_dob, None, 5),
    # signature
    (t_signature, None, 7), (t_short_sig, None, 3), (t_intl_sig, None, 6),
    # forwarded
    (t_fwd_email, None, 4), (t_fwd_text, None, 4), (t_intl_fwd, None, 5),
    # international
    (t_intl_visit, None, 7), (t_intl_iban, None, 8), (t_intl_nonlatin, None, 6), (t_intl_local, None, 9),
    (t_intl_uk, None, 5), (t_intl_mixed_city, None, 4),
    # case / typo variants of the bases above
    ("CASE_LOWER", "lower_case", 14), ("CASE_UPPER", "all_caps", 13), ("TYPO", "typos", 12),
]


# ------------------------------------------------------------------------------------ checks
WORD = re.compile(r"\w", re.U)


def occurrences(text, s):
    out, start = [], 0
    while True:
        j = text.find(s, start)
        if j < 0:
            return out
        out.append((j, j + len(s)))
        start = j + 1


def on_boundary(text, a, b):
    left_ok = a == 0 or not (WORD.match(text[a - 1]) and WORD.match(text[a]))
    right_ok = b == len(text) or not (WORD.match(text[b - 1]) and WORD.match(text[b]))
    return left_ok and right_ok


def problems(msg, strict):
    """Return a list of problems. strict: every identifier occurrence must be a marked span or lie inside
    another identifier's occurrence (templates); otherwise only word-boundary rules apply (hand data)."""
    text, errs = msg["text"], []
    id_occ = {d["text"]: occurrences(text, d["text"]) for d in msg["identifiers"]}
    all_occ = [o for v in id_occ.values() for o in v]
    marked = set(map(tuple, msg.get("_spans", [])))
    for d in msg["identifiers"]:
        if not d["text"] or d["text"] != d["text"].strip():
            errs.append(f"bad identifier text {d['text']!r}")
        occ = id_occ[d["text"]]
        if not occ:
            errs.append(f"identifier not in text {d['text']!r}")
        for a, b in occ:
            inside_other = any(x <= a and b <= y and (x, y) != (a, b) for x, y in all_occ)
            if not on_boundary(text, a, b) and not inside_other:
                errs.append(f"identifier off word boundary {d['text']!r}")
            if strict and (a, b) not in marked and not inside_other:
                errs.append(f"unmarked extra occurrence {d['text']!r}")
    for k in msg["keep"]:
        ko = occurrences(text, k)
        if not ko:
            errs.append(f"keep not in text {k!r}")
        for a, b in ko:
            if any(a < y and x < b for x, y in all_occ):
                errs.append(f"keep overlaps identifier {k!r}")
    return errs


def make_template(entry):
    fn, style_override, _ = entry
    for attempt in range(200):
        m = Msg()
        if fn == "CASE_LOWER":
            base = pick(BASES_FOR_CASE); base(m); msg = m.finish("lower_case", lower)
        elif fn == "CASE_UPPER":
            base = pick(BASES_FOR_CASE); base(m); msg = m.finish("all_caps", upper)
        elif fn == "TYPO":
            base = pick(BASES_FOR_CASE); base(m); msg = m.finish("typos", typo)
        else:
            style = fn(m)
            msg = m.finish(style_override or style)
        if not problems(msg, strict=True) and msg["identifiers"]:
            return msg
    raise RuntimeError(f"could not build a clean message from {fn}")


def main():
    hand = parse_dir(HERE / "hand")
    for h in hand:
        errs = problems(h, strict=False)
        if errs:
            raise SystemExit(f"hand message problem in {h['file']}: {errs}\n{h['text']}")
        h["source"] = "hand"
    n_templ = TOTAL - len(hand)
    plan = [e for e in PLAN for _ in range(e[2])]
    if len(plan) != n_templ:
        raise SystemExit(f"plan has {len(plan)} templates, need {n_templ}")
    R.shuffle(plan)
    plan = plan[:n_templ]
    templ = []
    for e in plan:
        msg = make_template(e)
        msg["source"] = "template"
        templ.append(msg)
    allm = hand + templ
    random.Random(7575).shuffle(allm)
    with OUT.open("w", encoding="utf-8") as fh:
        for n, msg in enumerate(allm):
            rec = {"id": f"hd75-{n:03d}", "style": msg["style"], "text": msg["text"],
                   "identifiers": msg["identifiers"], "keep": msg["keep"], "source": msg["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    c = Counter(d["type"] for m in allm for d in m["identifiers"])
    print(f"{len(allm)} messages ({len(hand)} hand, {len(templ)} template), {sum(c.values())} identifiers")
    print(dict(c))


if __name__ == "__main__":
    main()
