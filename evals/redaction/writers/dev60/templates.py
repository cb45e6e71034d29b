"""Own templates for the template part of dev60. Each template returns (style, markup) in the same inline markup
as the hand files: [[text|C:U]] / [[text|C:I]] for identifiers, {{word}} for keep words."""
import re

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "Ozempic", "Jardiance", "Humalog",
         "Lantus", "prednisone", "albuterol", "Symbicort", "tramadol", "hydrocodone", "Xarelto", "Plavix",
         "aspirin 81", "furosemide", "spironolactone", "carvedilol", "metoprolol", "donepezil", "Namenda", "Seroquel",
         "trazodone", "buspirone", "Zoloft", "Lexapro", "omeprazole", "pantoprazole", "Miralax", "senna",
         "vitamin B12", "fish oil", "turmeric", "Suboxone", "Narcan", "methadone", "losartan", "hydrochlorothiazide",
         "Entresto", "Farxiga", "Trulicity", "Mounjaro", "Keppra", "Sinemet", "allopurinol", "Prolia", "Flomax",
         "tamsulosin", "Tylenol", "ibuprofen", "Aleve", "Benadryl", "magnesium", "potassium chloride", "Lipitor",
         "Coumadin", "insulin glargine", "Wellbutrin", "Abilify", "lorazepam", "clonazepam", "baclofen"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
              "Alzheimer's", "CHF", "type 2 diabetes", "hypertension", "chronic kidney disease", "sleep apnea",
              "macular degeneration", "osteoarthritis", "rheumatoid arthritis", "lupus", "multiple sclerosis",
              "neuropathy", "dementia", "depression", "anxiety", "PTSD", "bipolar disorder", "hypothyroidism", "gout",
              "shingles", "pneumonia", "cellulitis", "UTI", "DVT", "stroke", "angina", "GERD", "Crohn's",
              "hepatitis C", "asthma", "emphysema", "osteoporosis", "glaucoma", "anemia", "epilepsy", "migraines",
              "heart failure", "AFib", "diabetic neuropathy", "sciatica", "vertigo", "Lewy body dementia"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CBC", "lipid panel", "TSH", "creatinine", "eGFR", "potassium",
        "BNP", "troponin", "PSA", "vitamin D level", "urinalysis", "ferritin", "LDL", "triglycerides", "CMP"]
BODY = ["left knee", "right hip", "lower back", "ankles", "feet", "chest", "lungs", "kidneys", "liver", "bladder",
        "shoulder", "wrist", "heel", "gums", "eyes", "left arm", "colon", "thyroid"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "Won't", "It's", "They're", "Didn't",
                "She's", "I've", "We're", "Couldn't", "Doesn't"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIONS = ["Mom", "Grandma", "Nana", "Granny", "Mama", "Abuela", "Auntie", "Mother", "Mum", "Gran", "Nonna",
             "Oma", "Lola", "Mommy"]          # used where the text says she/her
RELATIONS_M = ["Dad", "Grandpa", "Papa", "Pop", "Abuelo", "Uncle", "Gramps", "Father", "Pops", "Opa", "Lolo"]
DONT = "Don't"
CPHRASES = ["{Don't} hesitate to call.", "{We'll} figure it out.", "{I'm} around all week.", "{She's} doing better.",
            "{Can't} thank you enough.", "{I've} got the rest covered.", "{It's} been a long week.",
            "{We're} so grateful.", "{Don't} worry about the casserole dish.", "{I'll} keep you posted."]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Humana", "Aetna",
        "Blue Cross", "UnitedHealthcare", "Cleveland Clinic", "Costco pharmacy", "Walmart pharmacy",
        "Social Security", "the VA", "Meals on Wheels", "AARP", "Express Scripts", "Cigna", "Kroger pharmacy",
        "Publix", "Optum", "Tricare", "Area Agency on Aging"]
HELPLINES = [("988", "988"), ("Poison Control", "1-800-222-1222"), ("the Medicare line", "1-800-MEDICARE"),
             ("211", "211"), ("the SAMHSA helpline", "1-800-662-4357"), ("911", "911")]
INTL_DRUGS = {"uk": ["co-codamol", "ramipril", "Calpol", "lansoprazole"], "de": ["Ramipril", "Metamizol", "Marcumar", "ASS 100"],
              "fr": ["Doliprane", "Kardégic", "Levothyrox", "Xanax"], "es": ["Sintrom", "Adiro", "Nolotil", "omeprazol"],
              "mx": ["metformina", "losartán", "insulina", "paracetamol"], "br": ["losartana", "Dipirona", "sinvastatina", "AAS"],
              "it": ["Coumadin", "Tachipirina", "Cardioaspirina", "Eutirox"], "nl": ["paracetamol", "Sintrom", "metoprolol"],
              "pl": ["Polocard", "Bisocard", "Euthyrox", "Metformax"], "in": ["Glycomet", "Telma", "Ecosprin", "Dolo 650"],
              "ja": ["ワーファリン", "アムロジピン", "ロキソニン"], "zh": ["二甲双胍", "阿司匹林", "降压药"],
              "ko": ["메트포르민", "아스피린", "혈압약"], "ru": ["эналаприл", "Кардиомагнил", "метформин"],
              "tr": ["Coraspin", "Glifor", "Beloc"], "vi": ["metformin", "amlodipin"], "ph": ["losartan", "metformin", "Biogesic"],
              "sa": ["metformin", "Concor", "Panadol"], "ca": ["Tylenol 3", "ramipril", "Jardiance"], "hi": ["Glycomet", "Telma"],
              "at": ["Thrombo ASS", "Novalgin"]}


def P(x, r="U"): return f"[[{x}|P:{r}]]"
def L(x, r="U"): return f"[[{x}|L:{r}]]"
def T(x, r="U"): return f"[[{x}|T:{r}]]"
def E(x, r="U"): return f"[[{x}|E:{r}]]"
def U(x, r="U"): return f"[[{x}|U:{r}]]"
def S(x, r="U"): return f"[[{x}|S:{r}]]"
def M(x, r="U"): return f"[[{x}|M:{r}]]"
def D(x, r="U"): return f"[[{x}|D:{r}]]"
def A(x, r="U"): return f"[[{x}|A:{r}]]"
def K(x): return "{{" + x + "}}"


_CODE = re.compile(r"\|([a-z])(:[ui])?\]\]")


def lower_markup(m):
    return _CODE.sub(lambda x: "|" + x.group(1).upper() + (x.group(2) or "").upper() + "]]", m.lower())


def upper_markup(m):
    return m.upper()


INTL_CCS = ["uk", "de", "fr", "es", "mx", "br", "it", "nl", "pl", "in", "ja", "zh", "ko", "ru", "tr", "vi", "ph",
            "sa", "ca", "at"]
PHONE_CCS = [c for c in INTL_CCS if c != "ca"]
LATIN_CCS = ["uk", "de", "fr", "es", "mx", "br", "it", "nl", "pl", "in", "tr", "vi", "ph", "ca"]


class T_:
    """Template collection bound to a value generator g."""

    def __init__(self, g):
        self.g = g

    # shorthands ------------------------------------------------------------------------------------
    def drug(self): return K(self.g.pick(DRUGS))
    def cond(self): return K(self.g.pick(CONDITIONS))
    def lab(self): return K(self.g.pick(LABS))
    def rel(self): return self.g.pick(RELATIONS)
    def relm(self): return self.g.pick(RELATIONS_M)
    def cphrase(self): return self.g.pick(CPHRASES).replace("{", "{{").replace("}", "}}")
    def day(self): return K(self.g.pick(WEEKDAYS))
    def month(self): return K(self.g.pick(MONTHS))
    def org(self): return K(self.g.pick(ORGS))
    def idrug(self, cc): return K(self.g.pick(INTL_DRUGS.get(cc, ["paracetamol"])))
    def mrn_any(self): return self.g.pick([self.g.mrn, self.g.mrn, self.g.mbi, self.g.medicaid_id])()

    # ---------------------------------------------------------------------------------------------------
    # lower_case
    def lc_update(self):
        g = self.g
        a, b = g.us_first(), g.us_first()
        rel = self.rel()
        m = (f"hey {P(a)} its {P(b)}. {K(rel)} took the {self.drug()} this morning but skipped the {self.drug()} again. "
             f"{g.pick(['cvs', 'walgreens', 'the pharmacy'])} said call them at {T(g.us_phone())} about the refill. "
             f"i'm off {self.day().lower()} so i can drive")
        return "lower_case", lower_markup(m)

    def lc_address(self):
        g = self.g
        name = g.us_full()
        m = (f"new address for {P(name)} is {L(g.us_address(multiline=False))} - her {self.cond()} "
             f"paperwork still goes to the old one so somebody tell {self.org()}. cell {T(g.us_phone())}")
        return "lower_case", lower_markup(m)

    def lc_intl(self):
        g = self.g
        cc = g.pick(LATIN_CCS[:-1])
        n = g.intl_person(cc)
        m = (f"{K(self.rel().lower())}'s cousin {P(n, 'I')} in {L(g.intl_city(cc), 'I')} can send the {self.idrug(cc)} "
             f"if we cant get it here. her whatsapp {T(g.intl_phone(cc), 'I')}")
        return "lower_case", lower_markup(m)

    def lc_email(self):
        g = self.g
        n = g.us_full()
        m = (f"can someone add {P(n)} to the group, her email is {E(g.email(n))}. she's the one doing "
             f"{K(self.rel().lower())}'s {K('insulin')} shots on {self.day().lower()}s now")
        return "lower_case", lower_markup(m)

    def lc_dob(self):
        g = self.g
        n = g.us_first()
        m = (f"the {self.org()} rep needs {P(n)}'s birthday and member id. dob {D(g.dob_us())}, id {M(self.mrn_any())}. "
             f"she's on {self.drug()} for the {self.cond()}")
        return "lower_case", lower_markup(m)

    # ---------------------------------------------------------------------------------------------------
    # all_caps
    def caps_urgent(self):
        g = self.g
        m = (f"{K(self.rel())} FELL AGAIN. {P(g.us_first())} IS WITH HER. WE ARE GOING TO THE ER IN "
             f"{L(g.city_state())}. "
             f"CALL ME {T(g.us_phone())}. BRING HER {self.drug()} AND THE {self.drug()}")
        return "all_caps", upper_markup(m)

    def caps_bill(self):
        g = self.g
        n = g.us_full()
        m = (f"I AM CALLING ABOUT THE BILL FOR {P(n)}. ACCOUNT {M(g.mrn())}. DATE OF BIRTH {D(g.dob_us())}. "
             f"WE ALREADY PAID WITH CARD {A(g.card())}. {K(DONT.upper())} SEND THIS TO COLLECTIONS")
        return "all_caps", upper_markup(m)

    def caps_move(self):
        g = self.g
        m = (f"PLEASE NOTE NEW ADDRESS FOR {K(self.rel())} AND {K(self.relm())}: {L(g.us_address(multiline=False))}. "
             f"HOME PHONE {T(g.us_phone())}. {self.org()} ALREADY KNOWS. {self.drug()} GOES THERE TOO")
        return "all_caps", upper_markup(m)

    def caps_intl(self):
        g = self.g
        cc = g.pick(["uk", "de", "mx", "fr", "it", "in", "ph"])
        m = (f"{P(g.intl_person(cc), 'I')} CALLED FROM {L(g.intl_city(cc), 'I')}. {K(self.rel())} IS OK. "
             f"HER NUMBER THERE {T(g.intl_phone(cc), 'I')}. SHE NEEDS HER {self.drug()}")
        return "all_caps", upper_markup(m)

    def caps_ssn(self):
        g = self.g
        n = g.us_full()
        m = (f"FORM FOR {K(self.g.pick(['MEDICAID', 'SOCIAL SECURITY', 'MEDICARE']))}: NAME {P(n)} SSN {S(g.ssn())} "
             f"DOB {D(g.dob_us())} PHONE {T(g.us_phone())}. DIAGNOSIS {self.cond()}")
        return "all_caps", upper_markup(m)

    # ---------------------------------------------------------------------------------------------------
    # speaker_label
    def sp_family(self):
        g = self.g
        a, b = g.us_first(), g.us_first()
        while b == a:
            b = g.us_first()
        rel = self.rel()
        m = (f"{P(a)}: did {K(rel)} take the {self.drug()}\n{P(b)}: yes at 8. her {self.lab()} is tomorrow\n"
             f"{P(a)}: ok. {K(DONT)} let her forget to fast\n{P(b)}: the lab is at {L(g.us_address(multiline=False, kind='street'))}")
        return "speaker_label", m

    def sp_relation(self):
        g = self.g
        a, b = g.us_first(), g.us_last()
        rel = g.pick(["Daughter", "Son", "Wife", "Husband", "Granddaughter", "Nephew", "Niece", "Neighbor"])
        m = (f"{K(rel)} {P(a)}: {K(self.rel())}'s {self.cond()} is worse, she can't do the stairs\n"
             f"Nurse {P(b)}: I'll let Dr. {P(g.us_last())} know. Call {T(g.us_phone())} tonight if it gets bad, "
             f"or {K(HELPLINES[-1][1])} for an emergency")
        return "speaker_label", m

    def sp_intl(self):
        g = self.g
        cc = g.pick(INTL_CCS)
        a, b = g.intl_person(cc), g.intl_person(cc)
        while b == a:
            b = g.intl_person(cc)
        m = (f"{P(a, 'I')}: {K(self.rel())} is back home, still on the {self.idrug(cc)}\n"
             f"{P(b, 'I')}: address? I'll send the pill box\n{P(a, 'I')}: {L(g.intl_address(cc), 'I')}, "
             f"phone {T(g.intl_phone(cc) if cc != 'ca' else g.intl_phone('uk'), 'I')}")
        return "speaker_label", m

    def sp_clin(self):
        g = self.g
        a = g.us_first()
        m = (f"{P(a)} ({K(self.rel().lower())}'s caregiver): BP 164/92 this morning, she took the {self.drug()}\n"
             f"Dr. {P(g.us_last())}: recheck in an hour. Was the {self.lab()} done?\n"
             f"{P(a)}: yes at {K(g.pick(ORGS[:3]))}, they said to call {T(g.us_phone())} for results")
        return "speaker_label", m

    # ---------------------------------------------------------------------------------------------------
    # list
    def list_contacts(self):
        g = self.g
        rows = []
        for _ in range(g.r.randint(3, 5)):
            n = g.us_full()
            rows.append(f"- {P(n)} ({g.pick(['daughter', 'son', 'neighbor', 'niece', 'friend from church', 'aide'])}): "
                        f"{T(g.us_phone())}")
        if g.chance(0.6):
            n = g.us_full()
            rows.append(f"- updates page ({P(n)}): {U(g.url(n))}")
        m = f"{K(self.rel())}'s contact list\n" + "\n".join(rows) + f"\n- {K(g.pick(['Poison Control', 'Crisis line']))}: " + \
            K(g.pick(["1-800-222-1222", "988"]))
        return "list", m

    def list_meds(self):
        g = self.g
        n = g.us_full()
        meds = "\n".join(f"* {self.drug()} {g.pick(['10 mg', '25 mg', '500 mg', '1 tab', '2 puffs', '40 mg'])} "
                         f"{g.pick(['daily', 'twice a day', 'at bedtime', 'as needed', 'with food'])}"
                         for _ in range(g.r.randint(3, 5)))
        m = (f"Medication list for {P(n)}, DOB {D(g.dob_us())}\n{meds}\nPharmacy: {K(g.pick(ORGS[:2]))} "
             f"{T(g.us_phone())}\nPCP: Dr. {P(g.us_full())}")
        return "list", m

    def list_accounts(self):
        g = self.g
        m = (f"Bills to move to autopay ({K(self.relm())}):\n1. electric - card {A(g.card())}\n"
             f"2. {K(g.pick(['Medicare Part B', 'Humana', 'Aetna']))} premium - checking acct {A(g.bank_acct())}, "
             f"routing {A(g.routing())}\n3. pharmacy - same card\n4. rent to {P(g.us_full())} - {E(g.email())}")
        return "list", m

    def list_intl(self):
        g = self.g
        rows = []
        for _ in range(3):
            cc = g.pick(PHONE_CCS)
            rows.append(f"- {P(g.intl_person(cc), 'I')}, {L(g.intl_city(cc), 'I')}: {T(g.intl_phone(cc), 'I')}")
        m = f"Family overseas to call if {K(self.rel())} goes back in the hospital:\n" + "\n".join(rows)
        return "list", m

    def list_names(self):
        g = self.g
        a, b, c = g.us_first(), g.us_first(), g.pick(["Reed", "Park", "Hill", "Young", "Brown", "Rose"])
        m = (f"{P(a)}, {P(b)} and {P(c)} are doing nights this week:\n- {K(g.pick(WEEKDAYS[:3]))}: {P(a)}\n"
             f"- {K(g.pick(WEEKDAYS[3:]))}: {P(b)}\n- weekend: {P(c)}\nMeds are in the blue box ({self.drug()}, {self.drug()})")
        return "list", m

    # ---------------------------------------------------------------------------------------------------
    # run_on
    def ro_story(self):
        g = self.g
        a, b = g.us_first(), g.us_full()
        m = (f"so {P(a)} drove {K(self.rel())} to the {g.pick(['cardiologist', 'foot doctor', 'eye doctor', 'kidney doctor'])} "
             f"and they said the {self.drug()} is making her dizzy and to cut it in half and then we went to "
             f"{K(g.pick(ORGS[:2]))} and they didn't have it so we went to the one on "
             f"{L(g.pick(US_STREETS_SIMPLE))} and the pharmacist {g.pick([P(b), P(b), 'Mrs. ' + P(b.split()[-1])])} fixed it, she said to call her at "
             f"{T(g.us_phone())} if the {self.cond()} gets worse")
        return "run_on", m

    def ro_address(self):
        g = self.g
        m = (f"ok so the insurance keeps mailing stuff to {L(g.us_address(multiline=False))} which is where "
             f"{K(self.rel())} lived before the {self.cond()} got bad and now she's with me at "
             f"{L(g.us_address(multiline=False, kind='street'))} and I called three times and they said I need a POA "
             f"form and {P(g.us_full())} at the bank said the same thing")
        return "run_on", m

    def ro_intl(self):
        g = self.g
        cc = g.pick(LATIN_CCS)
        n = g.intl_person(cc)
        m = (f"{K(self.rel())} flew to {L(g.intl_city(cc), 'I')} for the wedding and forgot half her {self.drug()} so "
             f"my cousin {P(n, 'I')} took her to a pharmacy there and they gave her {self.idrug(cc)} instead and now "
             f"I'm worried about her {self.cond()}, she's staying at {L(g.intl_address(cc), 'I')} until the 20th")
        return "run_on", m

    def ro_money(self):
        g = self.g
        m = (f"I tried paying {K(self.relm())}'s {K(g.pick(['hospital', 'ambulance', 'lab', 'dentist']))} bill with "
             f"the card {A(g.card())} and it got declined so I did a bank transfer from {A(g.bank_acct())} and now "
             f"{P(g.us_first())} says the bank called about fraud, honestly this {self.cond()} stuff is enough without the bills")
        return "run_on", m

    # ---------------------------------------------------------------------------------------------------
    # signature
    def sig_family(self):
        g = self.g
        n = g.us_full()
        m = (f"Thanks for everything you're doing for {K(self.relm())}. {self.cphrase()}\n\n"
             f"{P(n)}\n{T(g.us_phone())}\n{E(g.email(n))}" + (f"\n{U(g.url(n))}" if g.chance(0.5) else ""))
        return "signature", m

    def sig_pro(self):
        g = self.g
        n = g.us_full()
        cred = g.pick(["RN", "LPN", "MSW", "PharmD", "NP", "PT, DPT", "CNA", "RN, BSN"])
        m = (f"Please see attached care plan re: {self.cond()} and updated {self.drug()} dosing.\n\n--\n"
             f"{P(n)}, {cred}\n{K(g.pick(['Home Health Services', 'Care Coordination', 'Hospice Team', 'Outpatient Pharmacy']))}\n"
             f"Office: {T(g.us_phone())}  Fax: {T(g.us_phone())}\n{E(g.email(n))}\n{L(g.us_address(multiline=False, kind='street'))}")
        return "signature", m

    def sig_url(self):
        g = self.g
        n = g.us_full()
        m = (f"We're walking for {self.cond()} research this {self.month()}!\n\n{P(n)}\n{U(g.url(n))}\n"
             f"cell {T(g.us_phone())}")
        return "signature", m

    def sig_intl(self):
        g = self.g
        cc = g.pick(["uk", "de", "fr", "es", "it", "nl", "br", "mx", "in", "pl"])
        n = g.intl_person(cc)
        m = (f"Best wishes to {K(self.rel())}, the {self.idrug(cc)} is in the post.\n\nKind regards,\n{P(n, 'I')}\n"
             f"{L(g.intl_address(cc), 'I')}\n{T(g.intl_phone(cc), 'I')}\n{E(g.email(n, intl=True), 'I')}")
        return "signature", m

    def sig_mobile(self):
        g = self.g
        n = g.us_first()
        m = (f"{K(self.rel())}'s {self.lab()} came back fine!! {self.cphrase()}\n\n"
             f"Sent from my {g.pick(['iPhone', 'Galaxy', 'iPad'])}\n- {P(n)} {T(g.us_phone())}")
        return "signature", m

    # ---------------------------------------------------------------------------------------------------
    # form
    def form_reg(self):
        g = self.g
        first, last = g.us_first(), g.us_last()
        m = (f"PATIENT INFORMATION\nLast name: {P(last)}\nFirst name: {P(first)}\nDOB: {D(g.dob_us())}\n"
             f"SSN: {S(g.ssn())}\nAddress: {L(g.us_address())}\nPhone: {T(g.us_phone())}\nEmail: {E(g.email(first + ' ' + last))}\n"
             f"Primary insurance: {K(g.pick(['Medicare', 'Medicaid', 'Aetna', 'Humana', 'Cigna']))} ID {M(self.mrn_any())}\n"
             f"Current medications: {self.drug()}, {self.drug()}")
        return "form", m

    def form_bank(self):
        g = self.g
        n = g.us_full()
        m = (f"Authorization for automatic payments\nAccount holder: {P(n)}\nBank routing no.: {A(g.routing())}\n"
             f"Account no.: {A(g.bank_acct())}\nOr credit card: {A(g.card())}  exp {g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}\n"
             f"Billing address: {L(g.us_address(multiline=False))}\nPurpose: {K(g.pick(['home health', 'hospice', 'assisted living', 'adult day care']))} fees")
        return "form", m

    def form_intl(self):
        g = self.g
        cc = g.pick(["de", "fr", "es", "it", "nl", "pl", "uk", "br", "at"])
        n = g.intl_person(cc)
        m = (f"International payment request - care abroad\nBeneficiary: {P(n, 'I')}\nIBAN: {A(g.iban(LOC_OF[cc]), 'I')}\n"
             f"Address: {L(g.intl_address(cc), 'I')}\nPhone: {T(g.intl_phone(cc), 'I')}\n"
             f"Reason: {K(g.pick(['home nursing', 'physiotherapy', 'care home fees', 'dialysis']))} for {K(self.rel())}")
        return "form", m

    def form_intake(self):
        g = self.g
        n = g.us_full()
        c = g.us_full()
        m = (f"Caregiver intake form\nClient: {P(n)}   Date of birth: {D(g.dob_us())}\nMedicare ID: {M(g.mbi())}\n"
             f"SSN: {S(g.ssn())}\n"
             f"Diagnoses: {self.cond()}, {self.cond()}\nEmergency contact: {P(c)}, {T(g.us_phone())}\n"
             f"Home address: {L(g.us_address())}")
        return "form", m

    # ---------------------------------------------------------------------------------------------------
    # international
    def intl_visit(self):
        g = self.g
        cc = g.pick(INTL_CCS)
        n = g.intl_person(cc)
        ph = g.intl_phone(cc if cc != "ca" else "uk")
        m = (f"{K(self.rel())} is staying with {P(n, 'I')} in {L(g.intl_city(cc), 'I')} until {self.month()}. "
             f"Address: {L(g.intl_address(cc), 'I')}. Phone {T(ph, 'I')}. She packed her {self.drug()} "
             f"but may need {self.idrug(cc)} there.")
        return "international", m

    def intl_bank(self):
        g = self.g
        cc = g.pick(["de", "fr", "es", "it", "nl", "pl", "uk", "at", "br"])
        n = g.intl_person(cc)
        m = (f"transfer for {K(self.rel().lower())}'s {K(g.pick(['physio', 'care home', 'nurse', 'pharmacy']))} abroad: "
             f"{g.pick(['IBAN', 'iban', ''])} {A(g.iban(LOC_OF[cc]), 'I')} - name {P(n, 'I')}. "
             f"she is still on {self.drug()} for the {self.cond()}").replace("  ", " ")
        return "international", m

    def intl_dob(self):
        g = self.g
        cc = g.pick(["de", "fr", "es", "mx", "it", "uk", "in", "ja", "zh", "ko", "pl", "br"])
        n = g.intl_person(cc)
        m = (f"Records request from {L(g.intl_city(cc), 'I')}: patient {P(n, 'I')}, born {D(g.dob_intl(cc), 'I')}, "
             f"{self.cond()}. Clinic phone {T(g.intl_phone(cc), 'I')}, email {E(g.email(None, intl=True), 'I')}.")
        return "international", m

    def intl_nonlatin(self):
        g = self.g
        cc = g.pick(["ja", "zh", "ko", "ru", "sa", "hi"])
        n = g.intl_person(cc)
        city = g.intl_city(cc)
        addr = g.intl_address(cc) if cc in ("ja", "zh", "ko", "ru") else None
        tail = f" Address: {L(addr, 'I')}." if addr else ""
        m = (f"{K(self.rel())}'s sister {P(n, 'I')} lives in {L(city, 'I')}.{tail} Her number is "
             f"{T(g.intl_phone(cc), 'I')}. She asked about {K(self.rel().lower())}'s {self.cond()}.")
        return "international", m

    # ---------------------------------------------------------------------------------------------------
    # clinician_note
    def cn_phone(self):
        g = self.g
        n = g.us_full()
        c = g.us_first()
        m = (f"Phone note: pt {P(n)} (MRN {M(g.mrn())}, DOB {D(g.dob_us())}) c/o {g.pick(['dizziness', 'SOB', 'leg swelling', 'poor sleep', 'nausea'])}. "
             f"On {self.drug()}, {self.drug()}. Hx {self.cond()}. Spoke w/ {K(g.pick(['daughter', 'son', 'wife', 'husband']))} {P(c)} at "
             f"{T(g.us_phone())}. Plan: check {self.lab()}, f/u {self.day()}.")
        return "clinician_note", m

    def cn_soap(self):
        g = self.g
        n = g.us_full()
        age = g.r.randint(45, 96)
        m = (f"S: {age}yo w/ {self.cond()} + {self.cond()}, here w/ caregiver. Reports missing doses of {self.drug()}.\n"
             f"O: BP {g.r.randint(110, 180)}/{g.r.randint(60, 100)}, HR {g.r.randint(55, 110)}. {self.lab()} pending.\n"
             f"A/P: adherence counseling, pill organizer. RTC 4 wks.\nPt: {P(n)}  MRN: {M(g.mrn())}\n"
             f"Addr: {L(g.us_address(multiline=False))}")
        return "clinician_note", m

    def cn_dc(self):
        g = self.g
        n = f"{g.us_last().upper()}, {g.us_first().upper()}"
        m = (f"Discharge summary - {P(n)} - DOB {D(g.dob_us())} - MRN {M(g.mrn())}\nDx: {self.cond()}\n"
             f"Meds: start {self.drug()}; stop {self.drug()}\nF/U Dr. {P(g.us_last())}, ph {T(g.us_phone())}\n"
             f"Family contact: {P(g.us_full())} {T(g.us_phone())}")
        return "clinician_note", m

    def cn_sw(self):
        g = self.g
        n = g.us_full()
        m = (f"SW note: met with pt {P(n)} re: {K(g.pick(['Medicaid', 'SSI', 'Medicare Part D', 'SNAP']))} application. "
             f"SSN verified ({S(g.ssn())}). Mailing address {L(g.us_address(multiline=False))}. "
             f"Pt has {self.cond()}; referred to {K(g.pick(['Meals on Wheels', 'Area Agency on Aging', 'Catholic Charities']))}.")
        return "clinician_note", m

    # ---------------------------------------------------------------------------------------------------
    # general_text
    def gt_address_change(self):
        g = self.g
        n = g.us_full()
        m = (f"Hello, please update the address on file for {P(n)}.\nOld: {L(g.us_address(multiline=False))}\n"
             f"New: {L(g.us_address())}\nBest number: {T(g.us_phone())}. Thank you.")
        return "general_text", m

    def gt_billing(self):
        g = self.g
        n = g.us_full()
        m = (f"Billing question: statement for {P(n)} shows a charge from {self.month()} we don't recognize. "
             f"Guarantor account {M(g.mrn())}. Paid with {g.pick(['visa', 'card', 'credit card', 'cc', 'mastercard'])} "
             f"{A(g.card())}. Please email {E(g.email(n))}.")
        return "general_text", m

    def gt_link(self):
        g = self.g
        n = g.us_full()
        m = (f"{P(n)} made a page for updates on {K(self.rel())}'s {self.cond()} treatment: "
             f"{U(g.url(n))} - please post there instead of calling the house.")
        return "general_text", m

    def gt_refund(self):
        g = self.g
        n = g.us_full()
        m = (f"For the refund, direct deposit to {P(n)}: routing {A(g.routing())}, account {A(g.bank_acct())}. "
             f"SSN on the form is {S(g.ssn())}. Questions to {T(g.us_phone())}.")
        return "general_text", m

    def gt_vanity(self):
        g = self.g
        n = g.us_full()
        m = (f"{P(n)} runs a small {g.pick(['handyman', 'cleaning', 'lawn', 'moving'])} business, his number is "
             f"{T(g.vanity_phone())} - he put in the grab bars for {K(self.rel())} after the {self.cond()} and "
             f"only charged $80. He's in {L(g.city_state())}.")
        return "general_text", m

    # ---------------------------------------------------------------------------------------------------
    # forwarded
    def fw_email(self):
        g = self.g
        n = g.us_full()
        m = (f"---------- Forwarded message ---------\nFrom: {P(n)} <{E(g.email(n))}>\nDate: {self.day()}, {self.month()} {g.r.randint(1, 28)}\n"
             f"Subject: {K(self.relm())}'s {self.lab()}\n\nResults are in. Dr. {P(g.us_last())} wants to adjust the {self.drug()}. "
             f"Call the office at {T(g.us_phone())}.")
        return "forwarded", m

    def fw_text(self):
        g = self.g
        a = g.us_first()
        m = (f"Fwd from {P(a)}: \"{K(DONT)} forget {K(self.rel())} has the {self.cond()} appt at "
             f"{L(g.us_address(multiline=False, kind='street'))} {self.day()}. she needs her {self.drug()} list\"")
        return "forwarded", m

    def fw_intl(self):
        g = self.g
        cc = g.pick(["uk", "de", "fr", "es", "it", "mx", "br", "in", "pl", "nl"])
        n = g.intl_person(cc)
        m = (f"> From: {P(n, 'I')} <{E(g.email(n, intl=True), 'I')}>\n> {K(self.rel())}'s discharge letter from the clinic in "
             f"{L(g.intl_city(cc), 'I')} is attached. Diagnosis {self.cond()}. Call {T(g.intl_phone(cc), 'I')} with questions.\n\n"
             f"forwarding to everyone - {P(g.us_first())}")
        return "forwarded", m

    def fw_records(self):
        g = self.g
        n = g.us_full()
        m = (f"FW: records request\n>> Patient: {P(n)}\n>> DOB: {D(g.dob_us())}\n>> MRN: {M(g.mrn())}\n"
             f">> Send to: {E(g.email())}\n>> Fax: {T(g.us_phone())}\nCan you handle this one? It's for the {self.cond()} specialist.")
        return "forwarded", m

    # ---------------------------------------------------------------------------------------------------
    # typos
    def ty_refill(self):
        g = self.g
        n = g.us_full()
        m = (f"hi this is {P(n)} i need a refil on my {self.drug()} the pharmcy say its expird. my birthdate {D(g.dob_us())} "
             f"call me {T(g.us_phone())} thnak you")
        return "typos", m

    def ty_address(self):
        g = self.g
        m = (f"{K(self.rel())} moved, new adress is {L(g.us_address(multiline=False))} plz send her {self.drug()} ther "
             f"not the old place. her medicare # {M(g.mbi())}")
        return "typos", m

    def ty_family(self):
        g = self.g
        a, b = g.us_first(), g.us_first()
        m = (f"{P(a)} cant come tommorow so {P(b)} is taking {K(self.rel().lower())} to the {self.cond()} docter, "
             f"the apointment is at 10 {self.day()}. {P(b)} number is {T(g.us_phone())}")
        return "typos", lower_markup(m) if g.chance(0.5) else m

    def ty_ssn(self):
        g = self.g
        n = g.us_full()
        m = (f"the {K(g.pick(['Medicaid', 'Social Security', 'disability']))} lady need my dads soical {S(g.ssn())} and his "
             f"berthday {D(g.dob_us())}, his name {P(n)}, he have {self.cond()}")
        return "typos", m


    # ---------------------------------------------------------------------------------------------------
    # second international variants, one per style
    def intl_url(self, name, cc):
        import unicodedata
        base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
        parts = [p for p in base.replace(".", " ").split() if p] or ["familie"]
        tld = {"uk": "co.uk", "de": "de", "fr": "fr", "es": "es", "mx": "com.mx", "br": "com.br", "it": "it",
               "nl": "nl", "pl": "pl", "in": "in", "at": "at"}.get(cc, "com")
        return self.g.pick([f"https://www.{''.join(parts)}.{tld}", f"https://{'-'.join(parts)}.blogspot.com",
                            f"www.xing.com/profile/{'_'.join(p.capitalize() for p in parts)}",
                            f"https://www.justgiving.com/fundraising/{'-'.join(parts)}",
                            f"https://{parts[-1]}-physio.{tld}/team/{parts[0]}"])

    def lc_intl2(self):
        g = self.g
        cc = g.pick(["uk", "de", "fr", "es", "it", "nl", "br", "mx"])
        n = g.intl_person(cc)
        m = (f"{P(n, 'I')} (the physio in {L(g.intl_city(cc), 'I')}) says {K(self.rel().lower())} can restart the "
             f"exercises. her email {E(g.email(n, intl=True), 'I')} and the clinic {T(g.intl_phone(cc), 'I')}. "
             f"keep the {self.drug()} the same")
        return "lower_case", lower_markup(m)

    def caps_intl2(self):
        g = self.g
        cc = g.pick(["de", "fr", "es", "it", "nl", "pl", "uk", "at"])
        m = (f"PAY THE CARE HOME IN {L(g.intl_city(cc), 'I')} BEFORE {self.month()}. IBAN {A(g.iban(LOC_OF[cc]), 'I')}. "
             f"CONTACT {P(g.intl_person(cc), 'I')} {T(g.intl_phone(cc), 'I')}. {K(self.rel())}'S {self.cond()} IS STABLE")
        return "all_caps", upper_markup(m)

    def sp_intl2(self):
        g = self.g
        cc = g.pick(["mx", "es", "br", "fr", "it", "de", "ph", "in", "pl", "tr", "vi"])
        a, b = g.intl_first(cc), g.intl_first(cc)
        while b == a:
            b = g.intl_first(cc)
        m = (f"{P(a, 'I')}: the hospital in {L(g.intl_city(cc), 'I')} wants {K(self.rel().lower())}'s date of birth\n"
             f"{P(b, 'I')}: {D(g.dob_intl(cc), 'I')}. and the {self.idrug(cc)} dose is on the box\n"
             f"{P(a, 'I')}: ok, sending it to {E(g.email(a + ' ' + g.intl_person(cc).split()[-1], intl=True), 'I')}")
        return "speaker_label", m

    def list_intl2(self):
        g = self.g
        rows = []
        for _ in range(g.r.randint(2, 3)):
            cc = g.pick(["de", "fr", "es", "it", "nl", "pl", "uk", "at", "br"])
            rows.append(f"- {P(g.intl_person(cc), 'I')}: {A(g.iban(LOC_OF[cc]), 'I')}")
        m = f"Monthly transfers for {K(self.rel())}'s care abroad ({self.cond()}):\n" + "\n".join(rows)
        return "list", m

    def ro_intl2(self):
        g = self.g
        cc = g.pick(["uk", "de", "fr", "es", "mx", "in", "it", "br", "nl"])
        n = g.intl_person(cc)
        m = (f"so {K(self.rel())} is visiting {P(n, 'I')} in {L(g.intl_city(cc), 'I')} and her {self.cond()} flared up "
             f"and they went to a walk-in clinic and the doctor there wrote her a note for {self.idrug(cc)} and said to "
             f"call {T(g.intl_phone(cc), 'I')} if she gets worse and {P(n.split()[0], 'I')} is updating everyone "
             f"on {U(self.intl_url(n, cc), 'I')}")
        return "run_on", m

    def sig_intl2(self):
        g = self.g
        cc = g.pick(["uk", "de", "fr", "es", "it", "nl", "in", "at", "mx"])
        n = g.intl_person(cc)
        m = (f"Happy to keep helping {K(self.rel())} with the exercises after the {K(g.pick(['hip replacement', 'stroke', 'knee surgery', 'fall']))}.\n\n{P(n, 'I')}\n{U(self.intl_url(n, cc), 'I')}\n"
             f"{T(g.intl_phone(cc), 'I')}")
        return "signature", m

    def form_intl2(self):
        g = self.g
        cc = g.pick(["uk", "ca", "in", "ie"]) if False else g.pick(["uk", "ca", "in"])
        n = g.intl_person(cc)
        hid = {"uk": f"{g.digits(3)} {g.digits(3)} {g.digits(4)}", "ca": f"{g.digits(4)}-{g.digits(3)}-{g.digits(3)}-{g.pick(['AB', 'KT', 'MX', 'ZP'])}",
               "in": f"{g.digits(2)}-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}"}[cc]
        ph = g.intl_phone("uk" if cc in ("uk", "ca") else "in")
        m = (f"Overseas patient registration\nName: {P(n, 'I')}\nDate of birth: {D(g.dob_intl(cc), 'I')}\n"
             f"Health number: {M(hid, 'I')}\nHome address: {L(g.intl_address(cc), 'I')}\n"
             + (f"Phone: {T(ph, 'I')}\n" if cc != "ca" else "")
             + f"Conditions: {self.cond()}\nMedication: {self.drug()}")
        return "form", m

    def cn_intl(self):
        g = self.g
        cc = g.pick(["uk", "de", "fr", "es", "mx", "in", "ja", "zh", "ko", "it", "br", "ph"])
        n = g.intl_person(cc)
        m = (f"Visiting pt from {K(COUNTRY_NAME_K[cc])}: {P(n, 'I')}, DOB {D(g.dob_intl(cc), 'I')}. Staying w/ family at "
             f"{L(g.us_address(multiline=False, kind='street'))}. Home physician contact {T(g.intl_phone(cc), 'I')}. "
             f"Takes {self.idrug(cc)}; {self.cond()}. US contact {T(g.us_phone())}.")
        return "clinician_note", m

    def gt_intl(self):
        g = self.g
        cc = g.pick(["uk", "ca", "de", "fr", "mx", "br", "it", "es", "nl", "pl", "ph", "in"])
        n = g.us_full()
        m = (f"Please update {P(n)}'s mailing address - she is moving abroad to live with her son:\n"
             f"{L(g.intl_address(cc), 'I')}\nPrescriptions ({self.drug()}) should stop at {K(g.pick(ORGS[:3]))}. "
             f"Email stays {E(g.email(n))}.")
        return "general_text", m

    def fw_intl2(self):
        g = self.g
        cc = g.pick(["ja", "zh", "ko", "ru", "de", "fr", "it", "es"])
        n = g.intl_person(cc)
        m = (f"---------- Forwarded message ---------\nFrom: {P(n, 'I')} <{E(g.email(None, intl=True), 'I')}>\n"
             f"Subject: {K(self.rel())}\n\nClinic: {L(g.intl_address(cc), 'I')}\nTel: {T(g.intl_phone(cc), 'I')}\n"
             f"({self.cond()} follow-up)")
        return "forwarded", m

    def ty_intl(self):
        g = self.g
        cc = g.pick(["mx", "ph", "in", "vi", "br", "pl"])
        n = g.intl_person(cc)
        m = (f"my {K(self.rel().lower())} is in {L(g.intl_city(cc), 'I')} now, she stay with {P(n, 'I')}, her numbr "
             f"{T(g.intl_phone(cc), 'I')}. she forgot the {self.drug()}, can the docter send paper there?? "
             f"adress {L(g.intl_address(cc), 'I')}")
        return "typos", m

    def gt_page(self):
        g = self.g
        n = g.us_full()
        m = (f"Update page for {K(self.relm())}'s {self.cond()} treatment: {U(g.url(n))}. {P(n)} will post after "
             f"the {self.lab()} results. Cards can go to {L(g.us_address(multiline=False))}.")
        return "general_text", m

    def sig_pro2(self):
        g = self.g
        n = g.us_full()
        m = (f"Reminder: {K(g.pick(['diabetes', 'heart failure', 'COPD', 'caregiver']))} education class is {self.day()} at 2, bring your {self.drug()} list.\n\n{P(n)}, "
             f"{g.pick(['CDCES', 'RN', 'RD', 'PharmD'])}\n{U(g.url(n))}\n{T(g.us_phone())}")
        return "signature", m


US_STREETS_SIMPLE = ["Main St", "Broadway", "Route 30", "Elm St", "Kirkwood Hwy", "Central Ave", "Colfax",
                     "MLK Blvd", "Dixie Hwy", "University Ave", "Telegraph Rd"]
COUNTRY_NAME_K = {"uk": "UK", "de": "Germany", "fr": "France", "es": "Spain", "mx": "Mexico", "in": "India", "ja": "Japan", "zh": "China", "ko": "Korea", "it": "Italy", "br": "Brazil", "ph": "the Philippines"}
LOC_OF = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL", "uk": "en_GB",
          "br": "pt_BR", "at": "de_AT"}

STYLE_TEMPLATES = {
    "lower_case": ["lc_update", "lc_intl2", "lc_address", "lc_intl", "lc_email", "lc_dob"],
    "all_caps": ["caps_urgent", "caps_intl2", "caps_bill", "caps_move", "caps_intl", "caps_ssn"],
    "speaker_label": ["sp_family", "sp_intl2", "sp_relation", "sp_intl", "sp_clin"],
    "list": ["list_contacts", "list_intl2", "list_meds", "list_accounts", "list_intl", "list_names"],
    "run_on": ["ro_story", "ro_intl2", "ro_address", "ro_intl", "ro_money"],
    "signature": ["sig_family", "sig_intl2", "sig_pro", "sig_url", "sig_intl", "sig_mobile", "sig_pro2"],
    "form": ["form_reg", "form_intl2", "form_bank", "form_intl", "form_intake"],
    "international": ["intl_visit", "intl_bank", "intl_dob", "intl_nonlatin"],
    "clinician_note": ["cn_phone", "cn_intl", "cn_soap", "cn_dc", "cn_sw"],
    "general_text": ["gt_address_change", "gt_intl", "gt_billing", "gt_link", "gt_refund", "gt_vanity", "gt_page"],
    "forwarded": ["fw_email", "fw_intl2", "fw_text", "fw_intl", "fw_records"],
    "typos": ["ty_refill", "ty_intl", "ty_address", "ty_family", "ty_ssn"],
}
