"""Template messages (own templates, Faker values). generate(seed) -> list of (style, marked_text)."""
import random, re
import markup
from values import V

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "Xarelto", "Plavix", "atorvastatin", "Lipitor", "amlodipine", "gabapentin", "Norco", "tramadol",
         "Januvia", "Jardiance", "Ozempic", "Trulicity", "insulin glargine", "Humalog", "Synthroid", "levothyroxine",
         "donepezil", "Aricept", "Namenda", "Sinemet", "prednisone", "Tylenol", "Advil", "Aleve", "Flomax", "Seroquel",
         "Ativan", "lorazepam", "morphine", "Senna", "MiraLAX", "Colace", "Ensure", "vitamin D", "fish oil",
         "potassium chloride", "furosemide", "metoprolol", "Coreg", "Entresto", "digoxin", "Keppra", "Depakote",
         "Zoloft", "Lexapro", "trazodone", "Benadryl", "Zofran", "omeprazole", "Prilosec", "Pepcid", "Nexium",
         "Spiriva", "Symbicort", "albuterol", "Breo", "Xanax", "buprenorphine", "Suboxone", "naloxone", "Narcan",
         "methadone", "Humira", "Eylea", "Prolia", "Fosamax", "calcium", "magnesium", "turmeric", "ginkgo", "CoQ10"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "dementia", "CHF", "heart failure", "type 2 diabetes", "neuropathy", "sepsis", "UTI", "pneumonia",
         "shingles", "gout", "macular degeneration", "glaucoma", "osteoporosis", "hip fracture", "stroke", "TIA",
         "sleep apnea", "Lewy body dementia", "ALS", "MS", "lupus", "rheumatoid arthritis", "kidney disease",
         "CKD stage 4", "anemia", "DVT", "pulmonary embolism", "cellulitis", "pressure ulcer", "delirium",
         "depression", "anxiety", "hypothyroidism", "Crohn's", "diverticulitis", "Bell's palsy", "vertigo",
         "Huntington's", "Hodgkin lymphoma", "Graves' disease", "Sjögren's"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "TSH", "BMP", "CBC", "creatinine", "eGFR", "potassium", "sodium",
        "BNP", "troponin", "lipid panel", "LDL", "vitamin B12", "PSA", "urinalysis", "blood cultures", "PT/INR"]
BODY = ["left hip", "right knee", "lower back", "ankles", "heel", "sacrum", "shoulder", "chest", "bladder",
        "kidneys", "lungs", "left eye", "feet", "wrist", "gums"]
REL = ["Mom", "Dad", "Grandpa", "Grandma", "Nana", "Papa", "Mama", "Abuela", "Oma", "Granny", "my husband",
       "my wife", "Pop"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Cleveland Clinic", "Rite Aid",
        "Kroger", "Hy-Vee", "Costco", "Humana", "Aetna", "Blue Cross", "the VA", "Meals on Wheels", "AARP",
        "Lincare", "Apria", "Amedisys", "VITAS", "Area Agency on Aging", "Social Security", "Johns Hopkins",
        "Sutter Health", "Banner Health", "Baptist Health", "Mercy", "St. Jude", "Planned Parenthood"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "They're", "Can't", "Won't", "It's", "Y'all"]
C_ASK = ["We'll", "I'm gonna", "Y'all"]
C_FORGET = ["Don't", "Won't", "Can't"]
C_BRING = ["Don't", "We'll", "You'll"]
C_POST = ["Don't", "We'll", "I'll", "She'd"]
TITLES = ["Morning Walk Group", "Caregiver Support Circle", "Memory Cafe", "Tai Chi for Balance", "Grief Share",
          "Healthy Hearts Class", "Diabetes Education Night", "Silver Sneakers", "Chair Yoga"]
HELP = ["988", "1-800-222-1222", "911", "1-800-MEDICARE", "211"]


def K(x):
    return "{{" + x + "}}"


def I(code, x, intl=False):
    return f"[[{code}{'i' if intl else ''}:{x}]]"


TOK = re.compile(r"(\[\[[A-Z]i?:.+?\]\]|\{\{.+?\}\})", re.S)


def transform(marked, fn, fn_tok=None):
    fn_tok = fn_tok or fn
    out = []
    for part in TOK.split(marked):
        if part.startswith("[[") and part.endswith("]]"):
            head, val = part[2:-2].split(":", 1)
            out.append(f"[[{head}:{fn_tok(val)}]]")
        elif part.startswith("{{") and part.endswith("}}"):
            out.append("{{" + fn_tok(part[2:-2]) + "}}")
        else:
            out.append(fn(part))
    return "".join(out)


class G:
    def __init__(self, seed):
        self.v = V(seed)
        self.r = self.v.r

    c = property(lambda self: self.v.c)

    # ----- snippets
    def P(self, name=None):
        return I("P", name or self.v.full())

    def first(self):
        return I("P", self.v.first())

    def role_name(self):
        v = self.v
        x = self.r.random()
        if x < 0.5:
            return f"{v.c(['Dr.', 'Dr', 'Pastor', 'Deacon', 'Officer', 'Mr.', 'Mrs.', 'Ms.', 'Sister', 'Father', 'Rev.', 'Elder', 'Coach', 'Sgt.'])} {I('P', v.last() if v.p(0.5) else v.first() + ' ' + v.last())}"
        if x < 0.75:
            return f"{v.c(['Aunt', 'Uncle', 'Cousin', 'Auntie', 'Grandma', 'Tía', 'Tio', 'Nurse', 'Brother'])} {I('P', v.first())}"
        return f"{I('P', v.first() + ' ' + v.last())}, {v.c(['RN', 'LPN', 'CNA', 'NP', 'PT', 'OT', 'MSW', 'PharmD', 'MD', 'BSN, RN', 'LCSW'])}"

    def addr(self, kind=None):
        return I("L", self.v.us_address(kind))

    def phone(self):
        return I("T", self.v.us_phone() if self.v.p(0.92) else self.v.vanity())

    def dob(self):
        return I("D", self.v.dob())

    def ssn(self):
        return I("S", self.v.ssn())

    def mrn(self):
        lab = self.c(["MRN", "MRN:", "MRN #", "chart #", "Chart no.", "member id", "Member ID:", "Medicare #",
                      "Medicaid ID", "MBI", "patient id", "ID#", "acct (hospital)", "record number", ""])
        val = self.v.mrn()
        return f"{lab} {I('M', val)}".strip()

    def acct(self):
        v = self.v
        x = self.r.random()
        if x < 0.45:
            lab = self.c(["IBAN", "iban", "IBAN:", "", "bank (IBAN)", "Iban"])
            return f"{lab} {I('A', v.iban(), True)}".strip()
        if x < 0.75:
            kind, num = v.card()
            lab = self.c({"visa": ["visa", "Visa", "VISA card", "card", "credit card"], "mc": ["mastercard", "MC", "card", "cc"],
                          "amex": ["amex", "AmEx card", "credit card", "cc"], "disc": ["discover", "Discover card", "card #", "cc#"]}[kind])
            return f"{lab} {I('A', num)}"
        if x < 0.9:
            return f"{self.c(['routing', 'routing #', 'ABA', 'RTN'])} {I('A', v.routing())} {self.c(['account', 'acct', 'checking', 'savings acct #', 'acct no.'])} {I('A', v.digits(self.r.randint(8, 12)))}"
        return f"{self.c(['account number', 'acct #', 'checking account', 'bank account'])} {I('A', v.digits(self.r.randint(8, 14)))}"

    def email(self, name=None):
        return I("E", self.v.email(name))

    def url(self, name=None):
        return I("U", self.v.url(name))

    def drug(self):
        return K(self.c(DRUGS))

    def cond(self):
        return K(self.c(CONDS))

    def lab(self):
        return K(self.c(LABS))

    def day(self):
        return K(self.c(DAYS))

    def month(self):
        return K(self.c(MONTHS))

    def org(self):
        return K(self.c(ORGS))

    def rel(self):
        return K(self.c(REL))

    def intl(self, nonlatin=None):
        cc = self.v.intl_cc(nonlatin)
        return cc, I("P", self.v.intl_name(cc), True), I("T", self.v.intl_phone(cc), True), I("L", self.v.intl_address(cc), True)

    # ----- styles
    def lower_case(self):
        v = self.v
        t = self.c([
            lambda: f"hey its {self.first()} can somebody grab {self.rel()}s {self.drug()} from {self.org()} today. im stuck at work till 6. call {self.phone()}",
            lambda: f"{self.rel()} moved!! new place is {self.addr()} send cards there. she still has the {self.cond()} but the {self.drug()} is helping",
            lambda: f"ok so {self.first()} and {self.first()} are doing {self.day()} nights and {self.P()} said she can do mornings. her email is {self.email()}",
            lambda: f"the billing lady said use {self.rel()}s {self.mrn()} and her dob {self.dob()} when u call about the {self.drug()} copay",
            lambda: f"pls pray for {self.role_name()} who had a {self.cond()} flare, family is at {self.addr('rural')} if u want to drop food",
            lambda: f"{self.rel()}s ssn is {self.ssn()} for the {self.org()} form dont share it. {self.first()} has the card",
            lambda: f"{self.first()}s obit is up {self.url()} service is {self.day()}, she fought the {self.cond()} hard",
            lambda: f"{self.first()} here, {self.rel()}s {self.lab()} came back weird. dr wants to recheck {self.day()}. my cell {self.phone()}",
        ])()
        return transform(t, str.lower)

    def all_caps(self):
        t = self.c([
            lambda: f"{self.rel()}'S SSN IS {self.ssn()} NOT THE ONE ON THE {self.org()} FORM. FIX IT - {self.P()}",
            lambda: f"URGENT: {self.rel()} IS OUT OF {self.drug()}. {self.first()} PLEASE CALL {self.org()} AT THE COUNTER. MY NUMBER {self.phone()}",
            lambda: f"DO NOT GIVE {self.rel()} {self.drug()} WITH {self.drug()}. {self.role_name()} SAID SO. NEW ADDRESS {self.addr()}",
            lambda: f"{self.first()} FELL AGAIN. AMBULANCE TOOK HER TO THE ER. HER {self.mrn()} DOB {self.dob()}. {self.cond()} IS WORSE",
            lambda: f"MEETING {self.day()} AT {self.addr('unit')} ABOUT {self.rel()}'S {self.cond()}. BRING THE {self.drug()} BOTTLES. - {self.P()}",
            lambda: f"PRAYER REQUEST FOR {self.P()} IN {I('L', self.v.town())}. {self.cond()}. CARDS TO {self.addr('pobox')}",
        ])()
        return transform(t, str.upper)

    def typos(self):
        t = self.c([
            lambda: f"Hi its {self.first()}, {self.rel()} took her {self.drug()} twice by acident this morning, I called poison controll {K('1-800-222-1222')} they said watch her. Can {self.first()} come sit w her? {self.phone()}",
            lambda: f"The nurse {self.role_name()} is comming {self.day()} at 10 to check {self.rel()}s {K(self.c(BODY))}. Adress is {self.addr()}",
            lambda: f"dont forget {self.rel()}s apointment with {self.role_name()} about the {self.cond()}, its on {self.day()}. insurence card says {self.mrn()}",
            lambda: f"Sorry autocorrect changed {self.first()} to something weird lol. Anyway her new numbr is {self.phone()} and emial {self.email()}",
            lambda: f"Mom says thx to {self.first()} for the casserol. She is off the {self.drug()} now, the {self.cond()} is beter. Her bday is {self.dob()} btw we shoud do somthing",
        ])()
        return transform(t, self.typo_text)

    def typo_text(self, s):
        words = s.split(" ")
        out = []
        for w in words:
            if len(w) > 4 and w.isalpha() and w.islower() and self.r.random() < 0.12:
                i = self.r.randint(1, len(w) - 2)
                op = self.r.random()
                if op < 0.4:
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                elif op < 0.7:
                    w = w[:i] + w[i + 1:]
                else:
                    w = w[:i] + w[i] + w[i:]
            out.append(w)
        return " ".join(out)

    def speaker_label(self):
        v = self.v
        a, b = v.first(), v.first()
        la = self.c(["", "Daughter ", "Son ", "Neighbor ", "Aunt ", "Pastor ", "Nurse ", "Grandson ", "Sister "])
        lb = self.c(["", "Daughter ", "Son ", "Niece ", "Uncle ", "Deacon ", "Cousin "])
        A, B = I("P", a), I("P", b)
        lines = self.c([
            lambda: [f"{la}{A}: did {self.rel()} take the {self.drug()}", f"{lb}{B}: yes at 8, {self.lab()} check {self.day()}",
                     f"{la}{A}: ok. {self.P()} can drive, her cell {self.phone()}"],
            lambda: [f"{la}{A}: new address for {self.rel()} is {self.addr()}", f"{lb}{B}: got it. does {self.org()} have it",
                     f"{la}{A}: not yet, I'll call them with her {self.mrn()}"],
            lambda: [f"{lb}{B}: {self.rel()} is confused again, maybe the {self.cond()}?", f"{la}{A}: call {self.role_name()} {self.phone()}",
                     f"{lb}{B}: calling now"],
            lambda: [f"{la}{A}: who has {self.rel()}'s birthday for the form", f"{lb}{B}: {self.dob()}",
                     f"{la}{A}: and social?", f"{lb}{B}: {self.ssn()} but delete this after"],
        ])()
        return "\n".join(lines)

    def list_(self):
        n = self.r.randint(3, 5)
        head = self.c([f"Contacts for {self.rel()}:", "Care team:", f"Who's on {self.day()}:", "Phone tree (church):",
                       f"Visitors for {self.P()}:", "Emergency list on the fridge"])
        rows = []
        for _ in range(n):
            rows.append(self.c([
                lambda: f"- {self.P()} {self.phone()}",
                lambda: f"- {self.role_name()} - {self.phone()}",
                lambda: f"* {self.first()} ({self.c(['son', 'daughter', 'neighbor', 'niece', 'friend from church'])}) {self.email()}",
                lambda: f"• {self.P()}, {self.addr()}",
                lambda: f"- {self.org()} pharmacy (not a person) - picks up {self.drug()}",
                lambda: f"{self.r.randint(1, 9)}. {self.first()}, {self.first()} and {self.first()} - meals",
            ])())
        rows.append(self.c([f"Poison Control {K('1-800-222-1222')}", f"Crisis line {K('988')}", f"Meds: {self.drug()}, {self.drug()}"]))
        return head + "\n" + "\n".join(rows)

    def run_on(self):
        return self.c([
            lambda: f"so yesterday {self.rel()} was fine and then around dinner she started slurring and {self.first()} thought it was the {self.drug()} but we called 911 and they took her to the ER and it was a {K('TIA')} they think and now she's at {self.org()} and {self.role_name()} wants an MRI and her room phone is {self.phone()} and if anyone can feed the cat at {self.addr()} that would be amazing",
            lambda: f"I talked to the insurance for like 2 hours and they kept asking for {self.rel()}'s {self.mrn()} and then her date of birth {self.dob()} and then they transferred me and I had to give it all again plus her social {self.ssn()} and in the end they said the {self.drug()} needs prior auth anyway",
            lambda: f"{self.first()} and I drove out to {I('L', self.v.town())} to see {self.role_name()} and the house was a mess and the {self.drug()} bottles were everywhere and she hadn't taken the {self.drug()} since {self.day()} so we're getting her a pill box and {self.P()} from church will check on her, her number is {self.phone()}",
            lambda: f"thank you to everyone who came {self.day()} especially {self.P()} and {self.P()} who stayed till midnight and {self.role_name()} who prayed with {self.rel()} and if anyone wants to send cards the address is {self.addr()} and she reads every one even with the {self.cond()}",
        ])()

    def signature(self):
        name = self.v.first() + " " + self.v.last()
        body = self.c([f"Thanks, I'll bring the {self.drug()} {self.day()}.", f"Praying for your {self.rel()}. The {self.cond()} support group meets {self.day()}.",
                       f"Please find the {self.lab()} results attached.", "See you at the meeting.", f"Happy to help with the {K(self.c(TITLES))} signups."])
        sig = [f"{self.c(['--', '—', 'Best,', 'Blessings,', 'Warmly,', 'Sent from my iPhone', 'Regards,'])}",
               self.c([I("P", name), f"{I('P', name)}, {self.c(['RN', 'MSW', 'LPN', 'CNA', 'PharmD', 'Care Manager'])}", f"{self.c(['Pastor', 'Deacon', 'Dr.', 'Rev.'])} {I('P', name)}"])]
        extra = self.r.sample([
            lambda: self.c(["cell ", "c: ", "mobile ", "", "Office: ", "Tel "]) + self.phone(),
            lambda: self.email(name),
            lambda: self.addr(self.c(["std", "unit", "multi", "pobox", "rural"])),
            lambda: self.url(name),
            lambda: "fax " + self.phone(),
        ], self.r.randint(2, 4))
        sig += [f() for f in extra]
        return body + "\n\n" + "\n".join(sig)

    def email_thread(self):
        a, b = self.v.first() + " " + self.v.last(), self.v.first() + " " + self.v.last()
        hdr = self.c([
            lambda: f"---------- Forwarded message ---------\nFrom: {I('P', a)} <{self.email(a)}>\nDate: {self.day()}, {self.month()} {self.r.randint(1, 28)}, 2025\nSubject: Fwd: {self.rel()}'s {self.cond()}\nTo: {I('P', b)} <{self.email(b)}>",
            lambda: f"On {self.day()}, {I('P', a)} <{self.email(a)}> wrote:",
            lambda: f"-----Original Message-----\nFrom: {I('P', a)}\nSent: {self.day()}, {self.month()} {self.r.randint(1, 28)}, 2025 {self.r.randint(1, 12)}:{self.r.randint(10, 59)} PM\nTo: {self.email(b)}\nSubject: RE: RE: {self.drug()} refill",
        ])()
        quoted = self.c([
            lambda: f"> Can someone send me {self.rel()}'s {self.mrn()}? The {self.org()} portal wants it.\n> Also her DOB, I have {self.dob()} but not sure.",
            lambda: f"> I moved {self.rel()} to {self.addr()}.\n> Her home phone is now {self.phone()}.",
            lambda: f"> Deposit the refund to {self.acct()} please.\n> The claim is under {self.mrn()}.",
        ])()
        reply = self.c([
            f"Thanks {I('P', b.split()[0])} - I'll call {self.org()} in the morning. {self.rel()} is doing better on the {self.drug()}.",
            f"Got it. Also {self.role_name()} changed the {self.drug()} dose. Updates on {self.url(b)}",
            f"Yes that's right. Forwarding to {self.P()} ({self.email()}) too.",
        ])
        sig = f"\n\n{I('P', b)}\n{self.phone()}" if self.v.p(0.6) else ""
        return f"{reply}\n\n{hdr}\n{quoted}{sig}"

    def form(self):
        name = self.v.full()
        fields = [("Patient name", I("P", name)), ("DOB", self.dob())]
        opt = [("Address", lambda: self.addr()), ("Mailing address", lambda: self.addr("pobox")), ("Phone", lambda: self.phone()),
               ("Cell", lambda: self.phone()), ("Email", lambda: self.email(name)), ("SSN", lambda: self.ssn()), ("Social Security #", lambda: self.ssn()),
               ("Spouse SSN", lambda: self.ssn()), ("Personal website", lambda: self.url(name)), ("Family page", lambda: self.url(name)),
               ("Member ID", lambda: I("M", self.v.mrn())), ("MRN", lambda: I("M", self.v.mrn())),
               ("Emergency contact", lambda: f"{self.P()} {self.phone()}"), ("Card on file", lambda: self.acct()),
               ("Primary care", lambda: self.role_name()), ("Medications", lambda: f"{self.drug()}, {self.drug()}"),
               ("Diagnoses", lambda: f"{self.cond()}; {self.cond()}"), ("Pharmacy", lambda: self.org()),
               ("Allergies", lambda: K(self.c(["penicillin", "sulfa", "latex", "codeine", "iodine contrast", "NKDA"])))]
        for lab, f in self.r.sample(opt, self.r.randint(4, 7)):
            fields.append((lab, f()))
        title = self.c(["INTAKE FORM", "Patient Registration", "Home Care Referral", "Insurance Update Form", "Caregiver Application",
                        "Prior Authorization Request", "Change of Address"])
        sep = self.c([": ", ":  ", " - ", ":\t"])
        return title + "\n" + "\n".join(f"{k}{sep}{val}" for k, val in fields)

    def billing(self):
        return self.c([
            lambda: f"Hello, I'm writing about the bill for my mother {self.P()}, {self.mrn()}. {self.org()} should have covered the {self.drug()}. Please send the corrected statement to {self.addr()}. You can reach me at {self.phone()}.",
            lambda: f"Your payment from {self.acct()} for {self.P()} was declined. Call {self.phone()} to update it. Reference {self.mrn()}.",
            lambda: f"hi i got a bill for ${self.r.randint(20, 3000)}.{self.r.randint(10, 99)} for {self.rel()}s {self.cond()} visit. statement says {self.mrn()}. i already paid with {self.acct()} on {self.day()}. who do i talk to?",
            lambda: f"Re: refund for {self.P()}\nPlease deposit the overpayment to {self.acct()}. Her SSN for your records: {self.ssn()}. DOB {self.dob()}.",
            lambda: f"{K('Social Security')} letter for {self.P()}: SSN {self.ssn()}, benefit goes to {self.acct()}. Questions to {self.phone()}.",
            lambda: f"Explanation of Benefits\nMember: {self.P()}\n{self.mrn()}\nService: {self.cond()} follow-up, {self.lab()}\nMail questions to {self.addr('pobox')}",
        ])()

    def clinician_note(self):
        return self.c([
            lambda: f"SN visit: Pt {self.P()} ({self.mrn()}), DOB {self.dob()}. Hx {self.cond()}, {self.cond()}. {self.lab()} pending. Continue {self.drug()}; hold {self.drug()}. Dtr {self.first()} present. F/u {self.day()}.",
            lambda: f"PT note: {self.P()} seen at {self.addr()}. Gait w/ walker, {K(self.c(BODY))} pain 5/10. Educated caregiver {self.P()} on transfers. Plan 2x/wk.",
            lambda: f"Telehealth: {self.role_name()} spoke with pt {self.P()} and son {self.first()} ({self.phone()}). {self.cond()} stable. Refilled {self.drug()} to {self.org()}.",
            lambda: f"SW note: pt {self.P()}, DOB {self.dob()}, {self.mrn()}. Lives alone at {self.addr('rural')}. Applied for {K('Medicaid')} waiver; SSN {self.ssn()} verified. Neighbor {self.first()} checks daily.",
            lambda: f"Benefits check: {self.P()} SSN {self.ssn()}, {self.mrn()}. Family page {self.url()} lists {self.cond()} updates; advised not to post {self.drug()} doses publicly.",
            lambda: f"Hospice RN: {self.P()} comfortable. {self.drug()} prn effective. Family: {self.first()}, {self.first()}, {self.first()}. Chaplain {self.role_name()} visited {self.day()}.",
        ])()

    def dictated(self):
        n = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
        a, b, cc = self.c(["412", "609", "317", "802", "541", "970", "262", "828"]), f"{self.r.randint(200, 989)}", self.v.digits(4)
        spoken = f"{' '.join(n[x] for x in a)}, {' '.join(n[x] for x in b)}, {' '.join(self.c([n[x], 'oh'] if x == '0' else [n[x]]) for x in cc)}"
        ssn = self.v.ssn().replace("-", "").replace(" ", "").replace(".", "")
        sp_ssn = f"{' '.join(n[x] for x in ssn[:3])}, {' '.join(n[x] for x in ssn[3:5])}, {' '.join(n[x] for x in ssn[5:])}"
        num = self.r.randint(10, 99)
        st = self.c(["Maple", "Cherry", "Lincoln", "Jefferson", "Hickory", "Sycamore", "Walnut"])
        sp_addr = f"{' '.join(n[x] for x in str(num))} {st} {self.c(['Street', 'Avenue', 'Drive', 'Road'])}, apartment {n[str(self.r.randint(1, 9))]}, {self.v.us.city()}, {self.v.us.state()}"
        return self.c([
            lambda: f"okay the callback number is {I('T', spoken)}, and ask for {self.first()}. It's about {self.rel()}'s {self.drug()}.",
            lambda: f"her social is {I('S', sp_ssn)}, and the date of birth is {self.dob()}. She's on {self.drug()}.",
            lambda: f"The address is {I('L', sp_addr)}. That's for the {self.drug()} delivery. Name on the order is {self.P()}.",
            lambda: f"yes this is {self.P()}, I'm calling for {self.rel()}, the member number is {self.mrn()} and my phone is {I('T', spoken)}",
        ])()

    def general_text(self):
        return self.c([
            lambda: f"Address change: please update my records. New address {self.addr()}. Phone {self.phone()}. - {self.P()}",
            lambda: f"For sale: {self.rel()}'s {self.c(['wheelchair', 'walker', 'lift chair', 'hospital bed'])}, barely used. Text {self.first()} at {self.phone()}. Pickup in {I('L', self.v.town())}.",
            lambda: f"Our family set up a page for {self.P()}'s medical bills: {self.url()}. Thank you to {self.org()} for the help.",
            lambda: f"Hi neighbors, {self.role_name()} at {self.addr('unit')} is recovering from {self.cond()}. Meal train: {self.url()}",
            lambda: f"{self.rel()}'s {K('CaringBridge')} is {self.url()} and {self.first()}'s blog is {self.url()}. {self.cond()} update tonight.",
            lambda: f"Reminder: the {K(self.c(TITLES))} meets {self.day()} at the library. Questions to {self.P()}, {self.email()}.",
        ])()

    def keep_heavy(self):
        return self.c([
            lambda: f"{self.rel()}'s {self.cond()} page: {self.url()}. {K(self.c(C_POST))} post her {self.drug()} dose there.",
            lambda: f"{K(self.c(C_ASK))} ask {self.org()} about {self.drug()} vs {self.drug()} on {self.day()}. {self.rel()}'s {self.lab()} was high in {self.month()}. {K(self.c(TITLES))} is {self.day()}. Text {self.first()}.",
            lambda: f"{self.rel()}: {self.cond()}, {self.cond()}. Meds: {self.drug()}, {self.drug()}, {self.drug()}. {self.lab()} {self.day()}. {K(self.c(C_FORGET))} forget {K(self.c(HELP))} if it's a crisis. - {self.first()}",
            lambda: f"{K(self.c(TITLES))} update: {self.P()} is leading it in {self.month()}. {K(self.c(C_BRING))} bring your {self.drug()} list. {self.org()} is sponsoring.",
        ])()

    def text_message(self):
        return transform(self.c([
            lambda: f"omw w {self.rel()}s {self.drug()} tell {self.first()} 10 min",
            lambda: f"{self.first()} new # {self.phone()} save it",
            lambda: f"here's {self.first()}s page for {self.rel()}s {self.cond()} updates {self.url()}",
            lambda: f"k {self.rel()} ate half her lunch, {self.lab()} tmrw, {self.first()} is driving. addy is {self.addr()}",
            lambda: f"pls text {self.first()} the code for the lockbox at {self.addr()} she has the {self.drug()}",
        ])(), lambda s: s.lower() if self.v.p(0.7) else s)

    def international(self):
        cc, pn, ph, ad = self.intl()
        cc2, pn2, ph2, ad2 = self.intl(nonlatin=self.v.p(0.6))
        return self.c([
            lambda: f"{self.rel()}'s sister {pn} lives at {ad}, phone {ph}. She keeps sending {self.drug()} from there.",
            lambda: f"Contacts abroad:\n{pn} {ph}\n{pn2} {ph2} {I('E', self.v.intl_email(cc2), True)}\nAddress: {ad2}",
            lambda: f"Cousin {pn} wants to help pay for {self.rel()}'s {self.cond()} care: {self.acct()}. Her address {ad}.",
            lambda: f"Forwarding from {pn2} ({I('E', self.v.intl_email(cc2), True)}): the clinic in {I('L', self.v.intl_city(cc2), True)} says {self.rel()} should keep taking {self.drug()}. Call {ph2}.",
            lambda: f"{pn} arrives {self.day()} from {I('L', self.v.intl_city(cc), True)}. Her number there {ph}, here she'll use {self.phone()}. Send the {self.drug()} info to {I('E', self.v.intl_email(cc), True)}.",
            lambda: f"{pn} (IBAN {I('A', self.v.iban(), True)}) will cover the {self.drug()}; {pn2} at {ad2}, {ph2}, can receive the parcel.",
            lambda: f"Family tree for the {self.cond()} genetics form: great-aunt {pn2} (born {I('D', self.v.dob(), True)}), lives {ad2}.",
        ])()

    def intl_mix(self):
        # an intl contact inside other styles, to lift INTL counts
        cc, pn, ph, ad = self.intl()
        return self.c([
            lambda: f"{pn}: {self.rel()} called me from {I('L', self.v.intl_city(cc), True)}, tell {self.first()} the {self.drug()} arrived\n{self.first()}: thank you! her number is {ph}",
            lambda: f"- {pn} {ph}\n- {self.P()} {self.phone()}\n- {pn} address: {ad}",
            lambda: f"Reimbursement to {self.acct()} for {pn}; mail receipts to {ad}.",
        ])()


STYLE_COUNTS = {"lower_case": 13, "all_caps": 16, "typos": 14, "speaker_label": 14, "list": 15, "run_on": 14,
                "signature": 15, "email_thread": 13, "form": 14, "billing": 12, "clinician_note": 12,
                "dictated": 12, "general_text": 12, "keep_heavy": 16, "text_message": 6, "international": 60}
MIX_STYLES = ("speaker_label", "list", "billing", "email_thread", "signature", "general_text", "form")


def generate(seed):
    from build import check_spans
    g = G(seed)
    out = []
    for style, n in STYLE_COUNTS.items():
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > n * 50:
                raise RuntimeError(style)
            fn = getattr(g, "list_" if style == "list" else style)
            marked = fn()
            if style in MIX_STYLES and g.v.p(0.5):
                if style in ("signature", "email_thread"):
                    marked = g.intl_mix() + "\n\n" + marked
                else:
                    marked += "\n" + g.intl_mix()
            try:
                text, ids, keep, sp, ksp = markup.parse(marked)
            except ValueError:
                continue
            if check_spans(text, ids, keep, sp, ksp, "t") or not ids:
                continue
            out.append((style, marked))
            made += 1
    return out
