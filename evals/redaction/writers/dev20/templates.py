"""Own templates for dev20, filled with Faker values (see values.py). Each template returns marked text."""
import re, random
from values import V, COUNTRIES

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline", "oxycodone",
         "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "insulin glargine", "Ozempic", "Jardiance", "prednisone",
         "albuterol", "Spiriva", "donepezil", "Namenda", "Xarelto", "Plavix", "metoprolol", "furosemide", "tramadol", "Tylenol",
         "ibuprofen", "omeprazole", "Keppra", "Depakote", "lithium", "buprenorphine", "naloxone", "Narcan", "Suboxone", "Humira",
         "Entresto", "digoxin", "hydrochlorothiazide", "losartan", "tamsulosin", "finasteride", "Aricept", "Seroquel", "trazodone",
         "vitamin D", "fish oil", "magnesium", "turmeric", "Ensure", "Coumadin", "Trulicity", "Lantus", "Humalog", "Mounjaro"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's", "type 2 diabetes",
         "congestive heart failure", "CKD stage 3", "hypertension", "asthma", "epilepsy", "bipolar disorder", "major depression",
         "osteoarthritis", "rheumatoid arthritis", "lupus", "multiple sclerosis", "dementia", "shingles", "pneumonia", "UTI",
         "cellulitis", "sleep apnea", "gout", "anemia", "hypothyroidism", "macular degeneration", "glaucoma", "neuropathy",
         "breast cancer", "prostate cancer", "migraine", "vertigo", "sciatica", "diverticulitis", "GERD", "psoriasis"]
LABS = ["Hemoglobin A1c", "INR", "potassium", "creatinine", "eGFR", "TSH", "BNP", "troponin", "CBC", "lipid panel", "sodium", "vitamin B12", "PSA", "ferritin"]
BODY = ["left knee", "right hip", "lower back", "ankles", "chest", "shoulder", "stomach", "feet", "left arm", "neck", "wrist", "heel"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Kaiser", "Rite Aid", "Cleveland Clinic", "Medicaid", "Humana", "Aetna",
        "Blue Cross", "VA", "Costco pharmacy", "Meals on Wheels", "AARP", "Planned Parenthood", "Quest Diagnostics", "LabCorp"]
REL = ["Mom", "Dad", "Grandma", "Grandpa", "my husband", "my wife", "Mama", "Papa", "my aunt", "my uncle", "Nana", "my son", "my daughter"]
REL_LABEL = ["Daughter", "Son", "Wife", "Husband", "Niece", "Nephew", "Neighbor", "Caregiver", "Sister", "Brother", "Granddaughter", "Grandson", "Friend", "Aide"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "Won't", "She's", "They're", "I'd"]
TITLES = ["Dr.", "Dr", "Mrs.", "Mr.", "Ms.", "Nurse", "Pastor", "Doctor"]
SURE = ["I'm", "We're", "She's", "He's"]
HELP = ["988", "1-800-222-1222", "911"]
INTL_CC = [c for c in COUNTRIES if c != "CA"]

def P(x): return f"[P|{x}]"
def PI(x): return f"[P*|{x}]"
def L(x): return f"[L|{x}]"
def LI(x): return f"[L*|{x}]"
def T(x): return f"[T|{x}]"
def TI(x): return f"[T*|{x}]"
def E(x): return f"[E|{x}]"
def EI(x): return f"[E*|{x}]"
def U(x): return f"[U|{x}]"
def S(x): return f"[S|{x}]"
def M(x): return f"[M|{x}]"
def D(x): return f"[D|{x}]"
def DI(x): return f"[D*|{x}]"
def A(x): return f"[A|{x}]"
def AI(x): return f"[A*|{x}]"
def K(x): return "{" + x + "}"

TAGRE = re.compile(r"(\[[PLTEUSMDA]\*?\|)(.*?)(\])|(\{)(.*?)(\})", re.S)

def transform(marked, fn, fn_vals=None):
    fn_vals = fn_vals or fn
    out, pos = [], 0
    for m in TAGRE.finditer(marked):
        out.append(fn(marked[pos:m.start()]))
        if m.group(1): out.append(m.group(1) + fn_vals(m.group(2)) + m.group(3))
        else: out.append("{" + fn_vals(m.group(5)) + "}")
        pos = m.end()
    out.append(fn(marked[pos:]))
    return "".join(out)

def typoize(rng):
    def fn(seg):
        words = seg.split(" ")
        for i, w in enumerate(words):
            if len(w) > 3 and w.isalpha() and rng.random() < 0.5:
                j = rng.randint(1, len(w) - 2)
                words[i] = rng.choice([w[:j] + w[j + 1] + w[j] + w[j + 2:], w[:j] + w[j + 1:], w[:j] + w[j] + w[j:]])
        s = " ".join(words)
        return s.replace(" you ", rng.choice([" u ", " you ", " yu "])).replace("'", "" if rng.random() < .5 else "'")
    return fn


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.v = V(rng)

    def c(self, seq): return self.r.choice(seq)
    def drug(self): return K(self.c(DRUGS))
    def cond(self): return K(self.c(CONDS))
    def day(self): return K(self.c(DAYS))
    def rel(self): return K(self.c(REL))
    def cc(self): return self.c(INTL_CC)

    def iname(self, cc):
        """person from country cc, cleaned of honorifics"""
        n = self.v.intl_person(cc)
        n = re.sub(r"^(pan|pani|Dr\.|Prof\.|Herr|Frau|Mme|M\.|Sr\.|Sra\.|Dña\.|Dn\.|Ing\.|Lic\.|Mtro\.|Mtra\.|Cô|Bà|Ông|Anh|Chị|Bác|Em|Dott\.|Dott\.ssa|Sig\.|Sig\.ra|Univ\.Prof\.|Mag\.|Dipl\.-Ing\.|Mr\.|Mrs\.|Ms\.|Mr|Mrs|Ms|Mx|Miss|Dr|Ing|Prof|السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|Sayın|Bay|Bayan|Κος|Κα|श्री|श्रीमती)\s+", "", n)
        n = re.sub(r"\s+(MD|DDS|PhD|DVM|Jr\.|Sr\.|II|III|IV|MBA|जी|B\.Eng\.|MSc\.|MA|BSc\.)$", "", n)
        n = re.sub(r"^(Dr\.|Prof\.)\s+", "", n)
        return n.strip()

    def uperson(self, form=None): return P(self.v.us_person(form))
    def iperson(self, cc):
        # names are INTL when written in a non-Latin script or when the person lives abroad
        return PI(self.iname(cc))

    def usaddr(self, kind=None): return L(self.v.us_address(kind))
    def iaddr(self, cc): return LI(self.v.intl_address(cc).replace(",,", ",").replace(" ,", ","))
    def uphone(self, ext=None): return T(self.v.us_phone(ext))
    def iphone(self, cc): return TI(self.v.intl_phone(cc))
    def mrn(self):
        lab, val = self.v.mrn()
        return f"{lab} {M(val)}"
    def dob(self, intl=False):
        lab = self.c(["DOB", "DOB:", "born", "date of birth", "d.o.b.", "birthday", "b."])
        return f"{lab} {DI(self.v.dob(True)) if intl else D(self.v.dob())}"
    def acct_phrase(self, intl=False):
        r = self.r
        k = r.choice(["iban", "card", "card", "bank"] if not intl else ["iban", "iban", "card"])
        if k == "iban":
            cc = r.choice(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "BR", "AT", "TR", "SA", "GR", "BE", "CH", "IE", "PT", "NO", "SE", "DK", "FI", "RO", "AE"])
            return f"{r.choice(['IBAN', 'IBAN:', 'iban', 'IBAN no.', 'account (IBAN)', ''])} {AI(self.v.iban(cc))}".strip()
        if k == "card":
            return f"{r.choice(['card', 'card #', 'cc', 'CC#', 'visa', 'Visa', 'credit card', 'debit card', 'card number'])} {(AI if intl else A)(self.v.card())}"
        return f"{r.choice(['routing', 'routing #', 'ABA', 'routing no.'])} {A(self.v.aba())} {r.choice(['acct', 'account #', 'checking', 'account no.', 'savings acct'])} {A(self.v.acct())}"

    def clin(self):
        r, d, c = self.r, self.drug(), self.cond()
        return r.choice([f"the {d} is making her dizzy", f"his {c} is acting up again", f"{K(self.c(SURE))} sure the {d} was doubled by mistake",
                         f"{K(self.c(LABS))} came back high", f"she ran out of {d}", f"new rash on the {K(self.c(BODY))} since starting {d}",
                         f"pain in the {K(self.c(BODY))}, worse at night", f"they want to add {d} for the {c}", f"{K(self.c(LABS))} was 7.9 last week",
                         f"nurse says his {c} is stable", f"the {K(self.c(ORGS))} pharmacy won't fill the {d}", f"{d} makes him sleepy"])

    # ------------------------------------------------------------------ styles
    def msg_plain(self):
        """generic message used for lower_case / all_caps / typos"""
        r = self.r
        cc = self.cc()
        opts = [
            lambda: f"hi this is {self.uperson()}, {self.rel()} {self.clin()}. we're at {self.usaddr()}, call {self.uphone()}",
            lambda: f"{self.uperson('first')} here. {self.clin()}. her {self.mrn()}, {self.dob()}. my cell {self.uphone()}",
            lambda: f"{self.rel()} ({self.uperson()}) {self.clin()}, can someone call {self.uphone()} or email {E(self.v.email())}",
            lambda: f"my sister {self.iperson(cc)} flew in from {LI(self.v.intl_city(cc))}, her phone is {self.iphone(cc)}. {self.clin()}",
            lambda: f"please send the bill to {self.uperson()} at {self.usaddr()}. pay with {self.acct_phrase()}. {self.clin()}",
            lambda: f"{self.uperson()} and {self.uperson('first')} are driving {self.rel()} to {L(self.v.us_city_text())} on {self.day()}, {self.clin()}. {self.uphone()}",
            lambda: f"ssn for {self.uperson()} is {S(self.v.ssn())}, {self.dob()}. {self.clin()}",
            lambda: f"updates on {P(self.v.us_person())} are on {U(self.v.url())}. {self.clin()}. contact {E(self.v.email())}",
            lambda: f"{self.rel()}'s friend {self.iperson(cc)} sent flowers from {self.iaddr(cc)}, thank her at {self.iphone(cc)} or {EI(self.v.email(None, cc))}. {self.clin()}",
            lambda: f"we set up {U(self.v.url())} for {self.uperson()}'s {self.cond()} bills, brother {self.iperson(cc)} in {LI(self.v.intl_city(cc))} chipped in from {self.acct_phrase(True)}",
        ]
        return r.choice(opts)()

    def lower_case(self): return transform(self.msg_plain(), str.lower)
    def all_caps(self):
        return transform(self.msg_plain(), str.upper)
    def typos(self): return transform(self.msg_plain(), typoize(self.r), lambda x: x)

    def speaker_label(self):
        r = self.r
        lines = []
        names = [self.v.us_person(r.choice(["first", "first", "full"])) for _ in range(2)]
        labs = [r.choice(REL_LABEL) for _ in range(2)]
        pool = [lambda: f"{self.clin()}", lambda: f"call me at {self.uphone()}", lambda: f"she's staying at {self.usaddr()} now",
                lambda: f"her {self.mrn()}", lambda: f"{self.dob()} if they ask", lambda: f"ok. {self.clin()}", lambda: f"email it to {E(self.v.email())}",
                lambda: f"{K(self.c(CONTR))} call {self.uperson()} at {self.uphone()}", lambda: f"billing wants {self.acct_phrase()}"]
        cc = self.cc()
        for i in range(r.randint(3, 5)):
            j = i % 2
            label = f"{K(labs[j])} {P(names[j])}" if r.random() < 0.6 else P(names[j])
            lines.append(f"{label}: {r.choice(pool)()}")
        if r.random() < 0.7:
            lines.append(f"{P(names[0])}: her cousin {self.iperson(cc)} is at {self.iphone(cc)}")
        return "\n".join(lines)

    def list(self):
        r = self.r
        head = r.choice([f"Contacts for {self.rel()}:", f"Phone list ({K(self.c(ORGS))} wants it on file):", "who to call:", f"{K(self.c(MONTHS))} rides to {K('dialysis')}:"])
        bullets = r.choice(["- ", "* ", "• ", "", "1. "])
        items = []
        for i in range(r.randint(3, 6)):
            b = bullets if bullets != "1. " else f"{i + 1}. "
            if r.random() < 0.3:
                cc = self.cc()
                items.append(f"{b}{self.iperson(cc)} ({LI(self.v.intl_city(cc))}) {self.iphone(cc)}")
            else:
                extra = r.choice(["", "", f", {E(self.v.email())}", f" - {self.usaddr('one')}"])
                items.append(f"{b}{self.uperson(r.choice(['full', 'first', 'last_first']))} {self.uphone()}{extra}")
        if r.random() < 0.5: items.append(f"{bullets if bullets != '1. ' else ''}{K('Poison Control')} {K('1-800-222-1222')}")
        tail = r.choice(["", f"\n{self.clin()}", f"\nmeds: {self.drug()}, {self.drug()}"])
        return head + "\n" + "\n".join(items) + tail

    def run_on(self):
        r = self.r
        cc = self.cc()
        parts = [f"so {self.rel()} {self.clin()}", f"and {self.uperson()} said to message here", f"and we're staying at {self.usaddr('one')}",
                 f"and my number is {self.uphone()}", f"and {K(self.c(CONTR))} try {K(self.c(ORGS))} again tomorrow", f"and {self.clin()}",
                 f"and her {self.mrn()}", f"and my cousin {self.iperson(cc)} keeps calling from {LI(self.v.intl_city(cc))} on {self.iphone(cc)}",
                 f"and the {K('home health')} lady {self.uperson('first')} comes {self.day()}", f"and he was {self.dob()}"]
        r.shuffle(parts)
        s = " ".join(parts[:r.randint(4, 7)])
        return s[4:] if s.startswith("and ") else s

    def signature(self):
        r = self.r
        name = self.v.us_person("full")
        body = r.choice([f"{K(self.c(CONTR))} bring the {self.drug()} on {self.day()}.", f"Update: {self.clin()}.", f"Thanks for the {K(self.c(LABS))} results."])
        sig = [r.choice(["--", "Best,", "Thanks,", "Sincerely,", "Warmly,", "Sent from my phone", "Regards,"]), P(name)]
        if r.random() < .3: sig.append(r.choice(["RN", "Caregiver", "POA", "Parish Nurse", "Home Health Aide", "LPN, wound care"]))
        sig.append(self.usaddr(r.choice(["two", "one", "pobox"])) if r.random() < 0.6 else L(self.v.us_city_text()))
        sig.append(f"{r.choice(['c: ', 'cell ', 'Phone: ', 'm. ', ''])}{self.uphone()}")
        if r.random() < .6: sig.append(E(self.v.email(name)))
        if r.random() < .5: sig.append(U(self.v.url(name)))
        if r.random() < .15: sig.append(f"Business: {T(self.v.vanity())}")
        return body + "\n\n" + "\n".join(sig)

    def form(self):
        r = self.r
        first, last = self.v.us_name_parts()
        rows = [f"{r.choice(['Name', 'NAME', 'Patient name', 'Last, First'])}: {P(r.choice([f'{last}, {first}', f'{first} {last}', f'{last.upper()}, {first.upper()}']))}",
                f"{r.choice(['DOB', 'Date of Birth', 'Birthdate'])}: {D(self.v.dob())}",
                f"{r.choice(['SSN', 'SS#', 'Social Security No.'])}: {S(self.v.ssn())}",
                f"{r.choice(['Address', 'Street address', 'Home address'])}: {self.usaddr()}",
                f"{r.choice(['Phone', 'Home phone', 'Cell'])}: {self.uphone()}",
                f"{r.choice(['Email', 'E-mail'])}: {E(self.v.email(first + ' ' + last))}",
                f"{r.choice(['Insurance', 'Plan'])}: {K(self.c(['Medicare', 'Medicaid', 'Humana', 'Aetna', 'Blue Cross', 'Kaiser', 'Tricare']))} {self.mrn()}",
                f"{r.choice(['Emergency contact', 'Next of kin'])}: {self.uperson()} {self.uphone()}",
                f"{r.choice(['Conditions', 'Dx', 'Problems'])}: {self.cond()}, {self.cond()}",
                f"Meds: {self.drug()}, {self.drug()}"]
        keep = rows[:3] + r.sample(rows[3:], r.randint(4, 6))
        return r.choice(["INTAKE FORM", "Patient Registration", "Home Health Referral", "Pharmacy profile", "Sign-in sheet"]) + "\n" + "\n".join(keep)

    def international(self):
        r = self.r
        cc = self.cc()
        name = self.iname(cc)
        opts = [
            lambda: f"Please add {PI(name)} as contact for {self.rel()}: {self.iaddr(cc)}, tel {self.iphone(cc)}. {self.clin()}.",
            lambda: f"Address abroad for {self.uperson()}'s records: {self.iaddr(cc)}. Local phone {self.iphone(cc)}, {self.dob(True)}. {self.clin()}",
            lambda: f"Payment from {PI(name)} ({LI(self.v.intl_city(cc))}): {self.acct_phrase(True)}. Phone {self.iphone(cc)}. For {self.rel()}'s {self.cond()} care.",
            lambda: f"{PI(name)}\n{self.iaddr(cc)}\n{self.iphone(cc)}\n{EI(self.v.email(None, cc))}\nRelative of {self.uperson()}. {self.clin()}",
            lambda: f"Travel letter: {PI(name)}, {self.dob(True)}, resident at {self.iaddr(cc)}, carries {self.drug()} for {self.cond()}. Contact {self.iphone(cc)}.",
        ]
        return r.choice(opts)()

    def clinician_note(self):
        r = self.r
        cc = self.cc()
        who = r.choice(["RN", "PT", "OT", "SW", "Wound care RN", "Hospice RN", "Pharm.D.", "NP", "Home health aide", "Dietitian"])
        extra = r.choice([f" Family abroad: {self.iperson(cc)}, {self.iaddr(cc)}, {self.iphone(cc)}.", f" Relative abroad: {self.iperson(cc)}, {self.iphone(cc)}.", f" {self.mrn()}.", f" Pt {self.dob()}.", f" SSN on file {S(self.v.ssn())}."])
        return (f"{K(who)} note: Pt {self.uperson()} seen at {self.usaddr('one')}. {self.cond()}; {self.clin()}. "
                f"{K(self.c(['BP', 'HR', 'SpO2', 'Temp']))} stable. {K(self.c(REL_LABEL))} {self.uperson('first')} present, callback {self.uphone()}.{extra}")

    def general_text(self):
        r = self.r
        cc = self.cc()
        opts = [
            lambda: f"Change of address for {self.uperson()}: old {self.usaddr()}, new {self.usaddr()}. {self.clin()}",
            lambda: f"Billing question from {self.uperson()}: charged twice for {K(self.c(['telehealth', 'lab work', 'X-ray', 'ambulance']))}. Refund to {self.acct_phrase()}.",
            lambda: f"Can you send {self.rel()}'s {K(self.c(LABS))} results to {E(self.v.email())}? Name {self.uperson()}, {self.dob()}.",
            lambda: f"Meal train for {self.uperson()}: {U(self.v.url())}. Drop-offs at {self.usaddr()}. {self.clin()}.",
            lambda: f"{self.uperson()}'s sister {self.iperson(cc)} is moving {self.rel()} to {self.iaddr(cc)}; new phone {self.iphone(cc)}. {self.clin()}.",
            lambda: f"Our GoFundMe for {self.uperson()} is {U(self.v.url())} if anyone asks. {self.clin()}.",
            lambda: f"Wire from {PI(self.iname(cc))} arrived from {self.acct_phrase(True)}, thank you. {self.clin()}.",
            lambda: f"Please update phone for {self.uperson()} to {self.uphone()} and remove {self.uphone()}. {K(self.c(CONTR))} be at {L(self.v.us_city_text())} till {K(self.c(MONTHS))}.",
        ]
        return r.choice(opts)()

    def voicemail(self):
        r = self.r
        caller = self.v.us_person(r.choice(["first", "full"]))
        org = self.c(ORGS)
        return (f"{r.choice(['Voicemail transcript', 'VM', '(transcribed voicemail)', 'Voicemail from ' + self.v.us_phone()])}: "
                f"\"Hi, this is {P(caller)} from {K(org)} calling for {self.uperson()}, {self.dob()}. {self.clin().capitalize()}. "
                f"Please call back at {self.uphone(r.random() < .4)}. {r.choice(['Thanks.', 'Bye now.', 'Have a good day.'])}\"")

    def text_thread(self):
        r = self.r
        a, b = self.v.us_person("first"), self.v.us_person("first")
        cc = self.cc()
        pool = [lambda: self.clin(), lambda: f"parking at {self.usaddr('one')}", lambda: f"call {self.uphone()}", lambda: "ok",
                lambda: f"pay it w/ {self.acct_phrase()}", lambda: f"{self.rel()}'s {self.mrn()}", lambda: f"tell {self.uperson('first')} to bring the {self.drug()}",
                lambda: f"{K(self.c(CONTR))} omw", lambda: f"uncle {self.iperson(cc)} called from {self.iphone(cc)}", lambda: f"pics on {U(self.v.url())}"]
        return "\n".join(f"{P(a) if i % 2 == 0 else P(b)}: {r.choice(pool)()}" for i in range(r.randint(4, 6)))

    def email_forward(self):
        r = self.r
        name = self.v.us_person("full")
        cc = self.cc()
        quote = r.choice(["> ", "", ">> "])
        body = [f"{quote}{self.clin().capitalize()}.", f"{quote}{self.rel()} is at {self.usaddr()} until {self.day()}.",
                f"{quote}Her {self.mrn()}, {self.dob()}.", f"{quote}Cousin {self.iperson(cc)} ({self.iphone(cc)}) wants copies.", f"{quote}Cousin {self.iperson(cc)} ({self.iphone(cc)}, {self.iaddr(cc)}) wants copies.", f"{quote}Updates: {U(self.v.url(name))}"]
        return (f"{r.choice(['---------- Forwarded message ---------', 'Fwd:', 'FW: update', 'Begin forwarded message:'])}\n"
                f"From: {P(name)} <{E(self.v.email(name))}>\n{r.choice(['Date', 'Sent'])}: {K(self.c(DAYS))}\n"
                + "\n".join(r.sample(body, r.randint(2, 4))) + f"\n{quote}- {P(name.split()[0])}")

    def insurance_form(self):
        r = self.r
        first, last = self.v.us_name_parts()
        rows = [f"Member: {P(f'{last}, {first}')}", f"Member ID: {M(self.v.mrn()[1])}", f"DOB: {D(self.v.dob())}",
                f"Subscriber SSN: {S(self.v.ssn())}", f"Address: {self.usaddr()}", f"Provider phone: {self.uphone()}",
                f"Diagnosis: {self.cond()}", f"Drug: {self.drug()}", f"Reimburse to: {self.acct_phrase()}",
                f"Subscriber: {self.uperson()}", f"Group #: {r.randint(1000, 99999)}"]
        return r.choice(["CLAIM FORM", "Prior Authorization", "Explanation of Benefits", "Appeal", "HSA claim"]) + "\n" + "\n".join(rows[:4] + r.sample(rows[4:], r.randint(3, 5)))

    def discharge_paperwork(self):
        r = self.r
        return (f"{r.choice(['DISCHARGE INSTRUCTIONS', 'After Visit Summary', 'Discharge summary (patient copy)'])}\n"
                f"Patient: {self.uperson(r.choice(['full', 'last_first']))}   {self.mrn()}   {self.dob()}\n"
                f"Diagnosis: {self.cond()}\nMedications: {self.drug()}, {self.drug()}\n"
                f"Discharged to: {self.usaddr(r.choice(['one', 'two']))}\n"
                f"Follow up: Dr. {self.uperson('last')} {self.uphone()}. {r.choice(['Crisis line: ' + K('988'), 'Emergencies: call ' + K('911'), 'Poison Control: ' + K('1-800-222-1222'), ''])}")


def bad(marked, text, idents, keep):
    """reject a template draw whose labels would be ambiguous"""
    for i in idents:
        t = i["text"]
        tagged = marked.count("|" + t + "]")
        if text.count(t) != tagged and not any(t in j["text"] and t != j["text"] for j in idents):
            return True
        for m in re.finditer(re.escape(t), text):
            a, b = m.span()
            if (a > 0 and text[a - 1].isalnum() and t[0].isalnum()) or (b < len(text) and text[b].isalnum() and t[-1].isalnum()):
                return True
    for k in keep:
        for m in re.finditer(re.escape(k), text):
            for i in idents:
                for m2 in re.finditer(re.escape(i["text"]), text):
                    if m.start() < m2.end() and m2.start() < m.end():
                        return True
    return False


def generate(rng, need):
    import gen
    g = Gen(rng)
    out = []
    for style, n in need.items():
        made = 0
        while made < n:
            marked = getattr(g, style)()
            try:
                text, idents, keep = gen.parse(marked)
            except ValueError:
                continue
            if bad(marked, text, idents, keep):
                continue
            out.append((style, marked))
            made += 1
    return out
