"""My own message templates for dev57. Each template returns a marked-up string in the hand markup
({{X:..}} identifiers, {{Xi:..}} INTL identifiers, <<..>> keep words); build.py parses it."""
import string

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "prednisone", "insulin glargine",
         "Jardiance", "Xarelto", "omeprazole", "losartan", "hydrochlorothiazide", "tramadol", "donepezil", "Farxiga",
         "furosemide", "carvedilol", "Trulicity", "albuterol", "Symbicort", "Seroquel", "trazodone", "buspirone", "Plavix",
         "Ozempic", "Keppra", "Humira", "methotrexate", "Synthroid", "Zoloft", "baby aspirin", "vitamin B12", "fish oil",
         "Tylenol", "ibuprofen", "Narcan", "buprenorphine", "Suboxone", "naltrexone", "allopurinol", "colchicine",
         "Entresto", "spironolactone", "tamsulosin", "finasteride", "Aricept", "Namenda", "Sinemet", "Lexapro",
         "Wellbutrin", "metoprolol", "Coreg", "Lipitor", "Norco", "Flomax", "Mirapex", "hydroxychloroquine", "Prolia"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
              "type 2 diabetes", "CHF", "heart failure", "hypertension", "CKD stage 3", "dementia", "osteoporosis", "gout",
              "sleep apnea", "neuropathy", "depression", "anxiety", "pneumonia", "UTI", "cellulitis", "macular degeneration",
              "glaucoma", "DVT", "anemia", "hypothyroidism", "rheumatoid arthritis", "shingles", "lymphoma", "breast cancer",
              "stroke", "sepsis", "delirium", "bipolar disorder", "MS", "ALS", "lupus", "asthma", "Crohn's", "lung cancer",
              "prostate cancer", "hepatitis C", "cirrhosis", "diverticulitis", "vertigo", "sciatica"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CBC", "lipid panel", "TSH", "PSA", "BNP", "troponin", "creatinine", "eGFR",
        "vitamin D level", "urinalysis", "chest X-ray", "echo", "EKG", "MRI", "CT scan", "colonoscopy", "mammogram",
        "sleep study", "bone density scan", "stress test", "ultrasound", "PET scan", "pulmonary function test"]
BODY = ["hip", "knee", "left foot", "right shoulder", "lower back", "chest", "heel", "wrist", "ankle", "lungs", "kidneys",
        "bladder", "skin", "gums", "left eye", "neck", "toes", "right arm"]
RELATIONS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Abuelo", "Auntie", "Uncle", "Mama", "Pop",
             "Granny", "Gramps", "Mother", "Father", "Pops", "Mum", "Lola", "Nonna"]
REL_LABELS = ["Daughter", "Son", "Wife", "Husband", "Sister", "Brother", "Niece", "Nephew", "Granddaughter", "Grandson",
              "Neighbor", "Aide", "Nurse", "Friend", "Cousin", "Daughter-in-law", "Son-in-law", "Caregiver"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Rite Aid", "Cleveland Clinic", "Humana",
        "Aetna", "UnitedHealthcare", "Blue Cross", "the VA", "Meals on Wheels", "Quest", "LabCorp", "Amazon Pharmacy",
        "Social Security", "Express Scripts", "Optum", "Planned Parenthood", "DaVita", "Visiting Angels"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "They're", "It's", "Won't", "You'll", "She's",
                "We're", "I've", "Didn't", "Let's"]
TITLES = ["Dr.", "Dr", "Mrs.", "Mr.", "Ms.", "Mrs", "Mr", "Nurse", "Pastor", "Fr.", "Prof."]
CLINICIAN_TITLES = ["Dr.", "Dr", "Dr."]
JOBS = ["Office Manager", "Registered Nurse", "Care Coordinator", "Billing Specialist", "Retired Teacher", "Project Manager",
        "Realtor", "Owner", "Social Worker, MSW", "Parish Nurse", "Paralegal", "Home Health Aide", "Pharmacist"]


class G:
    """Template context: random choices plus markup helpers."""

    def __init__(self, v):
        self.v, self.r = v, v.r

    def c(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    # markup helpers
    def _m(self, code, text, intl):
        return "{{%s%s:%s}}" % (code, "i" if intl else "", text)

    def P(self, t, intl=False): return self._m("P", t, intl)
    def L(self, t, intl=False): return self._m("L", t, intl)
    def T(self, t, intl=False): return self._m("T", t, intl)
    def E(self, t, intl=False): return self._m("E", t, intl)
    def U(self, t, intl=False): return self._m("U", t, intl)
    def S(self, t): return self._m("S", t, False)
    def M(self, t, intl=False): return self._m("M", t, intl)
    def D(self, t, intl=False): return self._m("D", t, intl)
    def A(self, t, intl=False): return self._m("A", t, intl)
    def K(self, t): return "<<%s>>" % t

    # keep-word shortcuts
    def drug(self): return self.K(self.c(DRUGS))
    def cond(self): return self.K(self.c(CONDITIONS))
    def lab(self): return self.K(self.c(LABS))
    def body(self): return self.K(self.c(BODY))
    def rel(self): return self.K(self.c(RELATIONS))

    def rel_g(self):
        """relation keep word plus its pronoun (his/her)."""
        w = self.c(RELATIONS)
        fem = w in ("Mom", "Grandma", "Nana", "Abuela", "Auntie", "Mama", "Granny", "Mother", "Mum", "Lola", "Nonna")
        return self.K(w), ("her" if fem else "his")

    def pharmacy(self): return self.K(self.c(["Walgreens", "CVS", "Rite Aid", "Costco", "Kroger", "H-E-B", "Walmart", "Amazon Pharmacy", "Publix", "Express Scripts"]))
    def org(self): return self.K(self.c(ORGS))
    def day(self): return self.K(self.c(DAYS))
    def month(self): return self.K(self.c(MONTHS))

    # identifier shortcuts
    def phone(self, **kw): return self.T(self.v.us_phone(**kw))
    def addr(self, shape=None): return self.L(self.v.us_address(shape))

    def mrn(self):
        lab, val = self.v.mrn()
        return (lab + " " if lab else "") + self.M(val)

    def ssn_l(self):
        lab = self.c(["SSN", "SSN:", "SS#", "social", "Social Security #", "soc sec no.", "ssn", "SSN #"])
        return lab + " " + self.S(self.v.ssn())

    def dob_l(self, intl=False):
        lab = self.c(["DOB", "DOB:", "born", "birthday", "b.", "date of birth", "D.O.B.", "dob", "Birthdate:"])
        return lab + " " + self.D(self.v.dob(intl=intl), intl)

    def card_l(self):
        kind, num = self.v.card()
        lab = {"visa": ["visa", "Visa", "card", "credit card", "cc"], "mc": ["mastercard", "MC", "card", "credit card", "cc#"],
               "amex": ["amex", "AmEx", "card"], "disc": ["discover", "Discover card", "card"]}[kind]
        return self.c(lab) + " " + self.A(num)

    def bank_l(self):
        return self.c(["routing", "routing #", "ABA", "Routing No."]) + " " + self.A(self.v.routing()) + \
            self.c([", ", " / ", " and ", "; "]) + self.c(["account", "acct #", "checking", "acct no.", "savings acct"]) + " " + self.A(self.v.bank_account())

    def iban_l(self, cc=None):
        lab = self.c(["IBAN", "IBAN:", "iban", "", "IBAN no.", "IBAN #"])
        return (lab + " " if lab else "") + self.A(self.v.iban(cc), True)

    def ty(self, s, rate=0.18):
        """Introduce typing slips into plain text (never into identifiers or keep words)."""
        words = s.split(" ")
        out = []
        for w in words:
            if len(w) > 3 and w.isalpha() and self.chance(rate):
                i = self.r.randint(1, len(w) - 2)
                op = self.r.randint(0, 3)
                if op == 0: w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                elif op == 1: w = w[:i] + w[i + 1:]
                elif op == 2: w = w[:i] + w[i] + w[i:]
                else: w = w[:i] + self.c("qwertyuiopasdfghjklzxcvbnm") + w[i + 1:]
            out.append(w)
        s = " ".join(out)
        if self.chance(0.4):
            s = s.replace("'", "")
        if self.chance(0.3):
            s = s.replace(" I ", " i ")
        return s


# ============================================================ templates
# Each takes G and returns (style, marked_text). Names: US-context persons unless stated.

def t_form_intake(g):
    v = g.v
    fn, ln, full = v.person()
    e_fn, e_ln, efull = v.person()
    mi = v.middle_initial()
    name = g.c([full, "%s, %s" % (ln, fn), "%s %s. %s" % (fn, mi, ln), ("%s %s" % (fn, ln)).upper()])
    sep = g.c([": ", ":  ", " - ", "\t"])
    lines = [g.c(["PATIENT INTAKE FORM", "New Patient Registration", "Intake", "HOME HEALTH REFERRAL FORM", "Patient Information"]),
             "Name" + sep + g.P(name),
             g.c(["Date of Birth", "DOB", "Birth date"]) + sep + g.D(v.dob()),
             g.c(["SSN", "Social Security No.", "SS#"]) + sep + g.S(v.ssn()) if g.chance(0.75) else None,
             "Address" + sep + g.addr(g.c(["oneline", "oneline", "multiline", "po_box", "rural"])),
             g.c(["Phone", "Home phone", "Cell"]) + sep + g.phone(),
             ("Email" + sep + g.E(v.email(fn, ln))) if g.chance(0.6) else None,
             g.c(["Insurance ID", "Member ID", "Medicare #", "Medicaid ID"]) + sep + g.M(v.mbi() if g.chance(0.4) else v.mrn()[1]),
             "Emergency contact" + sep + g.P(efull) + " (" + g.c(["daughter", "son", "spouse", "neighbor", "niece", "friend"]) + ") " + g.phone(),
             g.c(["Current medications", "Meds", "Medications"]) + sep + ", ".join(g.drug() for _ in range(g.r.randint(1, 3))),
             g.c(["Diagnoses", "Conditions", "Reason for visit"]) + sep + g.cond()]
    return "form", "\n".join(l for l in lines if l)


def t_form_payment(g):
    v = g.v
    fn, ln, full = v.person()
    lines = [g.c(["Payment Authorization", "AUTOPAY ENROLLMENT", "Billing update form", "Card on file"]),
             g.c(["Cardholder", "Name on card", "Account holder"]) + ": " + g.P(full),
             g.c(["Patient", "For patient"]) + ": " + (g.P(v.person()[2]) if g.chance(0.5) else g.P(full)),
             g.c(["Card number", "Credit card", "Card #", "CC"]) + ": " + g.A(v.card()[1]),
             "Exp: %02d/%02d" % (g.r.randint(1, 12), g.r.randint(25, 31)),
             "Billing address: " + g.addr("oneline"),
             ("Bank routing: " + g.A(v.routing()) + "\nAccount: " + g.A(v.bank_account())) if g.chance(0.4) else None,
             g.c(["Phone", "Contact"]) + ": " + g.phone(),
             "Service: " + g.c(["home oxygen rental", "CPAP supplies", "pharmacy copays", "hospital bed rental", "physical therapy"]) + " (" + g.cond() + ")"]
    return "form", "\n".join(l for l in lines if l)


def t_form_poa(g):
    v = g.v
    p1 = v.person()
    kin = g.c([("my daughter", "F"), ("my son", "M"), ("my wife", "F"), ("my husband", "M"), ("my sister", "F"), ("my niece", "F"), ("my nephew", "M")])
    p2 = v.person(gender=kin[1])
    lines = ["HIPAA AUTHORIZATION / RELEASE",
             "I, " + g.P(p1[2]) + ", " + g.dob_l() + ", authorize " + g.org() + " to share my health information with:",
             g.P(p2[2]) + ", " + kin[0] + ", " + g.phone() + ", " + g.E(v.email(p2[0], p2[1])),
             "Information to release: " + g.cond() + ", " + g.lab() + " results, medication list",
             g.mrn(),
             "Signed, " + g.P(p1[2])]
    return "form", "\n".join(lines)


def t_form_intl(g):
    v = g.v
    cc, city, addr = v.intl_address(g.c(["GB", "DE", "FR", "MX", "CA", "IN", "BR", "ES", "IT"]))
    loc = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "CA": "en_CA", "IN": "en_IN", "BR": "pt_BR", "ES": "es_ES", "IT": "it_IT"}[cc]
    fn, ln, full = v.person_intl_latin(loc)
    lines = ["International patient registration",
             "Name: " + g.P(full, True),
             "Date of birth: " + g.D(v.dob(intl=True), True),
             ("%s: %s" % (v.intl_health_id(cc)[0], g.M(v.intl_health_id(cc)[1], True))) if cc in ("GB", "CA", "DE", "FR") else None,
             "Home address: " + g.L(addr, True),
             "Phone: " + g.T(v.intl_phone(cc)[1], True),
             "Email: " + g.E(v.email(fn, ln, cc), True),
             ("Bank (refunds): " + g.iban_l()) if g.chance(0.5) else None,
             "US contact: " + g.P(v.person()[2]) + " " + g.phone(),
             "Reason: " + g.cond() + ", currently on " + g.drug()]
    return "form", "\n".join(l for l in lines if l)


def t_sig_family(g):
    v = g.v
    fn, ln, full = v.person()
    body = g.c([
        "Thanks again for fitting %s in for the %s. " % (g.rel(), g.lab()) + g.c(["", "%s be there at 8." % g.K("We'll")]),
        "Please let me know if %s's %s needs to be adjusted before %s." % (g.rel(), g.drug(), g.day()),
        "Attached are the forms for the %s claim. %s hesitate to call me with any questions." % (g.org(), g.K("Don't")),
        "Just confirming the %s visit on %s. %s has %s so please use the side door." % (g.lab(), g.day(), g.rel(), g.cond()),
    ])
    closing = g.c(["Thanks,", "Best,", "Regards,", "Thank you!", "-", "Warmly,", "Sincerely,", "Cheers,"])
    sig = [g.P(full)]
    if g.chance(0.5):
        sig.append(g.c(JOBS) + (" | " + g.c(["Acme Logistics", "Riverside Schools", "Keller Williams", "First Baptist Church", "Self-employed"]) if g.chance(0.5) else ""))
    sig.append(g.c(["cell: ", "c ", "m: ", "Mobile ", "", "Ph: ", "☎ "]) + g.phone())
    if g.chance(0.4):
        sig.append(g.c(["office ", "o: ", "work ", "w "]) + g.phone(ext=True))
    if g.chance(0.7):
        sig.append(g.E(v.email(fn, ln)))
    if g.chance(0.5):
        sig.append(g.U(v.url(fn, ln)))
    if g.chance(0.3):
        sig.append(g.addr(g.c(["oneline", "multiline"])))
    if g.chance(0.2):
        sig.append(g.c(["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android"]))
    return "signature", body + "\n\n" + closing + "\n" + "\n".join(sig)


def t_sig_clinician(g):
    v = g.v
    fn, ln, full = v.person()
    cred = g.c(["MD", "DO", "RN", "NP", "PA-C", "LCSW", "PharmD", "RN, BSN", "PT, DPT", "FNP-BC"])
    body = g.c(["Your mother's %s came back normal. Continue the %s as prescribed." % (g.lab(), g.drug()),
                "Reminder: hold the %s 48 hours before the procedure. Call with questions." % g.drug(),
                "I've sent the referral for %s evaluation. Their office will reach out." % g.cond(),
                "We reviewed %s's %s results; no changes for now." % (g.rel(), g.lab())])
    pre = g.c(["Dr. ", "", ""]) if cred in ("MD", "DO") else ""
    sig = [pre + g.P(full) + ", " + cred,
           g.c(["Internal Medicine", "Geriatrics", "Cardiology", "Home Health", "Palliative Care", "Family Medicine"]),
           g.addr("oneline") if g.chance(0.5) else None,
           g.c(["Tel ", "Phone: ", "P ", "Direct: "]) + g.phone(),
           (g.c(["Fax ", "F "]) + g.phone()) if g.chance(0.5) else None,
           g.E(g.c(["{f0}{l}", "{f}.{l}", "{l}{f0}", "{f}_{l}"]).format(f=v.ascii_slug(fn), l=v.ascii_slug(ln), f0=v.ascii_slug(fn)[:1]) + "@" + g.c(["riversidehealth.org", "mercyclinic.net", "valleymed.com", "cmhc.org", "uhhospitals.org"])) if g.chance(0.6) else None]
    return "signature", body + "\n\n--\n" + "\n".join(s for s in sig if s)


def t_list_contacts(g):
    v = g.v
    pat = v.person()
    head = g.c(["%s's contacts:" % g.rel(), "Important numbers for %s" % g.P(pat[0]), "CARE TEAM", "Who to call:", "Phone list (on fridge)"])
    rows = []
    for _ in range(g.r.randint(3, 5)):
        p = v.person()
        role = g.c(["daughter", "son", "neighbor", "PCP", "cardiology", "home health", "pharmacy", "aide", "pastor", "niece", "hospice RN"])
        nm = g.c([p[2], p[0], p[1], "Dr. " + p[1]])
        nm_mark = ("Dr. " + g.P(p[1])) if nm.startswith("Dr. ") else g.P(nm)
        bullet = g.c(["- ", "* ", "• ", "", "1) "])
        rows.append(bullet + nm_mark + g.c([" (%s) " % role, " - %s - " % role, ", %s: " % role]) + g.phone())
    if g.chance(0.5):
        rows.append(g.c(["- ", "* ", ""]) + g.K("Poison Control") + " " + g.K("1-800-222-1222"))
    if g.chance(0.3):
        rows.append(g.c(["- ", "* ", ""]) + "crisis line " + g.K("988"))
    if g.chance(0.45):
        rows.append(g.c(["- ", "* ", ""]) + g.c(["updates: ", "caringbridge: ", "family page: "]) + g.U(v.url_fund(pat[0], pat[1])))
    return "list", head + "\n" + "\n".join(rows)


def t_list_meds(g):
    v = g.v
    p = v.person()
    head = g.c(["Med list for " + g.P(p[2]), "MEDS - " + g.P(p[0].upper()), g.P(p[2]) + " medications (" + g.dob_l() + ")", "current meds:"])
    rows = [g.c(["- ", "* ", "• ", ""]) + g.drug() + g.c([" 10 mg daily", " bid", " at night", " 1 tab AM", " 5mg", " prn", ""]) for _ in range(g.r.randint(3, 5))]
    tail = [g.c(["pharmacy: ", "Pharmacy - ", "Rx: "]) + g.pharmacy() + " " + g.phone()]
    if g.chance(0.5):
        tail.append(g.c(["Dx: ", "conditions: "]) + g.cond() + ", " + g.cond())
    if g.chance(0.5):
        tail.append(g.mrn())
    return "list", head + "\n" + "\n".join(rows + tail)


def t_list_people(g):
    v = g.v
    names = [v.person() for _ in range(4)]
    firsts = [n[0] for n in names]
    line = g.P(firsts[0]) + ", " + g.P(firsts[1]) + " and " + g.P(firsts[2])
    task = g.c(["Rides to %s's %s appointments this week:" % (g.K("Dad"), g.cond()),
                "Sign-up for sitting with %s on %s:" % (g.K("Grandma"), g.day()),
                "Who can help with %s's move to %s?" % (g.K("Mom"), g.addr("oneline"))])
    rows = [g.c(["- ", "• "]) + g.day() + ": " + line,
            g.c(["- ", "• "]) + g.day() + ": " + g.P(names[3][2]) + " (" + g.phone() + ")",
            g.c(["- ", "• "]) + "backup: " + g.P(names[0][1]) + " family"]
    return "list", task + "\n" + "\n".join(rows)


def t_list_accounts(g):
    v = g.v
    p = v.person()
    rows = [g.c(["Accounts for ", "Paperwork - ", "Info for the lawyer re: "]) + g.P(p[2]) + g.c([" (DELETE AFTER)", "", " - private"]),
            "- " + g.ssn_l(),
            "- " + g.K("Medicare") + " " + g.M(v.mbi()),
            "- " + g.bank_l(),
            "- " + g.card_l()]
    if g.chance(0.5):
        rows.append("- " + g.dob_l())
    if g.chance(0.4):
        rows.append("- mailing: " + g.addr())
    return "list", "\n".join(rows)


def t_speaker(g):
    v = g.v
    a, b = v.person(), v.person()
    la = g.c(REL_LABELS + ["", "", ""])
    lb = g.c([x for x in REL_LABELS if x != la] + ["", "", ""])
    A_ = (la + " " if la else "") + g.P(a[0])
    B_ = (lb + " " if lb else "") + g.P(b[0])
    stamp = g.c(["", "[%d:%02d %s] " % (g.r.randint(1, 12), g.r.randint(0, 59), g.c(["AM", "PM"])),
                 "%d/%d/%d, %d:%02d %s - " % (g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(23, 25), g.r.randint(1, 12), g.r.randint(0, 59), g.c(["AM", "PM"]))])
    rel = g.rel()
    lines = g.c([
        [(A_, "%s didn't take the %s this morning" % (rel, g.drug())),
         (B_, "ok I'll call the nurse. what's the number again?"),
         (A_, g.phone() + " " + g.c(["or the after hours one", "ask for " + g.P(v.person()[0]), ""])),
         (B_, g.c(["got it", "calling now", "👍"]))],
        [(A_, "new address for the %s deliveries: %s" % (g.org(), g.addr())),
         (B_, "is that the place near " + g.P(v.person()[2]) + "'s?"),
         (A_, "yes. also " + rel + "'s " + g.lab() + " is on " + g.day())],
        [(A_, "can someone send me %s's insurance info" % rel),
         (B_, g.mrn() + ", " + g.dob_l()),
         (A_, "thx. and the " + g.cond() + " doctor?"),
         (B_, "Dr. " + g.P(v.person()[1]) + " " + g.phone())],
        [(A_, "I paid the %s bill with my %s" % (g.lab(), g.card_l())),
         (B_, "why are you posting the card number here 😳"),
         (A_, g.K("I'm") + " sorry, deleting")],
        [(A_, "put the pics from %s's birthday here: %s" % (rel, g.U(v.url(a[0], a[1])))),
         (B_, "aww. how is the %s?" % g.body()),
         (A_, "better. %s says the %s is working" % (g.P(v.person()[0]), g.drug()))],
        [(A_, "the %s lady needs %s's social" % (g.c(["Medicaid", "Social Security", "SSI", "hospice"]), rel)),
         (B_, g.S(v.ssn()) + g.c(["", ". delete after", " pls don't share"])),
         (A_, "thx")],
        [(A_, "%s is asking for %s again" % (rel, g.P(v.person()[0]))),
         (B_, "tell her " + g.K("She'd") + " be here " + g.day() + ". her email is " + g.E(v.email(*v.person()[:2]))),
         (A_, "ok. also we're out of " + g.drug())],
    ])
    return "speaker_label", "\n".join(stamp + who + ": " + what for who, what in lines)


def t_speaker_intl(g):
    v = g.v
    a, b = v.person(), v.person()
    cc, city, addr = v.intl_address()
    _, phone = v.intl_phone(cc)
    lines = [(g.P(a[0]), "%s's sister called from abroad, she wants updates on the %s" % (g.rel(), g.cond())),
             (g.P(b[0]), "what's her number"),
             (g.P(a[0]), g.T(phone, True) + g.c([" (whatsapp)", "", " she's 6 hours ahead"])),
             (g.P(b[0]), "and where do I send the %s results? still %s?" % (g.lab(), g.L(addr, True)))]
    return "speaker_label", "\n".join(w + ": " + t for w, t in lines)


def t_clin_soap(g):
    v = g.v
    sex = g.c("FM")
    fn, ln, full = v.person(gender=sex)
    ident = g.c(["Pt: " + g.P(full), "Patient " + g.P("%s, %s" % (ln.upper(), fn.upper())), g.P(full) + ",", "Pt " + g.P(full) + " (" + g.dob_l() + ")"])
    age = g.r.randint(58, 97)
    s = [ident + " " + g.mrn(),
         "S: %d%s w/ %s, %s reports %s" % (age, g.c([sex, "yo " + sex, " y/o " + sex]), g.cond(), g.c(["daughter", "son", "wife" if sex == "M" else "husband", "pt"]),
                                          g.c(["increased SOB", "falls x2", "poor appetite", "confusion at night", "swelling in " + g.body(), "pain in " + g.body()])),
         "O: BP %d/%d HR %d %s" % (g.r.randint(100, 180), g.r.randint(55, 100), g.r.randint(50, 130), g.c(["SpO2 93% RA", "afebrile", "wt up 3 lb", "lungs clear"])),
         "A/P: " + g.c(["cont ", "start ", "hold ", "increase ", "taper "]) + g.drug() + "; check " + g.lab() + g.c(["; f/u 2 wks", "; RTC 1 mo", "; call if worse"])]
    if g.chance(0.5):
        p = v.person()
        s.append(g.c(["Caregiver", "Daughter", "Son", "Spouse"]) + " " + g.P(p[2]) + " " + g.phone())
    if g.chance(0.3):
        s.append("Home: " + g.addr())
    return "clinician_note", "\n".join(s)


def t_clin_phone(g):
    v = g.v
    rel = g.c(["daughter", "son", "wife", "husband", "neighbor", "grandson", "POA", "granddaughter"])
    csex = "F" if rel in ("daughter", "wife", "granddaughter") else "M" if rel in ("son", "husband", "grandson") else None
    caller = v.person(gender=csex)
    pat = v.person(gender="M" if rel == "wife" else "F" if rel == "husband" else None)
    txt = ("%s call %s: %s %s called re: pt %s (%s). %s. Advised %s. Callback %s." % (
        g.c(["Telephone encounter", "Phone note", "RN triage", "Nurse line"]), "%02d:%02d" % (g.r.randint(0, 23), g.r.randint(0, 59)),
        rel, g.P(caller[2]), g.P(pat[2]), g.dob_l(),
        g.c(["Reports pt took double dose of " + g.drug(), "States " + g.drug() + " causing dizziness", "Pt missed " + g.lab() + " appt",
             "Worsening " + g.cond() + " sx", "Requests refill of " + g.drug()]),
        g.c(["hold tonight's dose", "ED if chest pain", "recheck " + g.K("INR") + " Fri", "will route to PCP", "keep appt"]), g.phone()))
    if g.chance(0.4):
        txt += " " + g.mrn()
    return "clinician_note", txt


def t_clin_sw(g):
    v = g.v
    pat = v.person()
    kin = v.person()
    txt = ("SW note: pt %s lives %s at %s. %s %s is primary caregiver (%s). %s. Pt's %s. %s" % (
        g.P(pat[2]), g.c(["alone", "with spouse", "with adult son", "with daughter's family"]), g.addr(),
        g.c(["Niece", "Daughter", "Son", "Neighbor", "Friend"]), g.P(kin[2]), g.phone(),
        g.c(["Applying for " + g.K("Medicaid") + " waiver", "Referred to " + g.K("Meals on Wheels"), "Needs hospital bed + commode", "Discussed respite options"]),
        g.ssn_l(), g.c(["Dx " + g.cond() + ".", "", "Hx " + g.cond() + ", " + g.cond() + "."])))
    return "clinician_note", txt.strip()


def t_clin_discharge(g):
    v = g.v
    pat = v.person()
    p = ["DISCHARGE SUMMARY",
         "Patient: " + g.P(pat[2]) + "   " + g.dob_l() + "   " + g.mrn(),
         "Dx: " + g.cond() + g.c(["", " exacerbation", ", resolved"]),
         "Meds at d/c: " + ", ".join(g.drug() for _ in range(3)),
         "Follow up: Dr. " + g.P(v.person()[1]) + " in 1 week, " + g.phone(),
         "D/c to: " + g.addr(g.c(["oneline", "multiline"]))]
    if g.chance(0.4):
        p.append("Contact: " + g.c(["daughter", "son", "spouse"]) + " " + g.P(v.person()[2]) + ", " + g.E(v.email(*v.person()[:2])))
    return "clinician_note", "\n".join(p)


def t_clin_intl(g):
    v = g.v
    pat = v.person()
    cc, city, addr = v.intl_address()
    nonlatin = {"JP": "ja_JP", "CN": "zh_CN", "KR": "ko_KR", "RU": "ru_RU", "IN": "hi_IN"}
    if cc in nonlatin and (cc != "IN" or g.chance(0.5)):
        kin_txt = g.P(v.person_nonlatin(nonlatin[cc])[2], True)
    else:
        loc = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "CA": "en_CA", "IN": "en_IN", "BR": "pt_BR", "ES": "es_ES",
               "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL"}.get(cc, "en_GB")
        kin_txt = g.P(v.person_intl_latin(loc)[2], True)
    txt = ("Care coordination: pt %s (%s) %s. Family abroad: %s, %s, tel %s. Records to %s. Dx %s; on %s." % (
        g.P(pat[2]), g.mrn(), g.c(["returning from extended stay abroad", "relocating to live w/ family overseas", "visiting; needs local f/u"]),
        g.c(["sister", "son", "daughter", "brother"]), kin_txt, g.T(v.intl_phone(cc)[1], True),
        g.L(addr, True), g.cond(), g.drug()))
    return "clinician_note", txt


def t_general_address(g):
    v = g.v
    p = v.person()
    old, new = v.us_address(), v.us_address(g.c(["oneline", "multiline", "po_box", "oneline"]))
    txt = g.c([
        "Hi, please update %s's address for the %s mail-order pharmacy. Old: %s. New: %s. Thanks, %s" % (g.rel(), g.org(), g.L(old), g.L(new), g.P(p[0])),
        "We moved! New address is %s. Phone stays the same (%s). %s still gets the %s delivered monthly." % (g.L(new), g.phone(), g.rel(), g.drug()),
        "Address change for %s: from %s to %s effective %s 1." % (g.P(p[2]), g.L(old), g.L(new), g.month()),
    ])
    return "general_text", txt


def t_general_billing(g):
    v = g.v
    p = v.person()
    txt = g.c([
        "Billing question: I was charged twice for %s's %s. Card %s. Please refund. %s, %s" % (g.rel(), g.lab(), g.A(v.card()[1]), g.P(p[2]), g.phone()),
        "Hi, I set up the payment plan for the %s bill. Taking it from checking, %s. Account holder %s." % (g.lab(), g.bank_l(), g.P(p[2])),
        "The statement for %s (%s) shows $%d for the %s but %s said it was covered. Who do I call? %s" % (g.P(p[2]), g.mrn(), g.r.randint(40, 2400), g.lab(), g.org(), g.phone()),
        "For the financial assistance application: patient %s, %s, household of %d, %s. Proof of income is attached. %s" % (g.P(p[2]), g.ssn_l(), g.r.randint(1, 5), g.addr(), g.phone()),
        "Can you email the itemized bill to %s? It's for %s's hospital stay in %s (the %s). Acct %s." % (g.E(v.email(p[0], p[1])), g.rel(), g.month(), g.cond(), g.A("PT-" + v.bank_account()[:8])),
    ])
    return "general_text", txt


def t_general_misc(g):
    v = g.v
    p, q = v.person(), v.person()
    txt = g.c([
        "Sharing the update page for %s so nobody has to call: %s. %s is home after the %s." % (g.P(p[0]), g.U(v.url(p[0], p[1])), g.P(p[0]), g.lab()),
        "The %s volunteer who drives %s is %s, %s. Super reliable. Email %s." % (g.org(), g.rel(), g.P(q[2]), g.phone(), g.E(v.email(q[0], q[1]))),
        "For the school form: student %s, %s, parent/guardian %s, %s. Allergies: %s. Inhaler: %s." % (g.P(p[2]), g.dob_l(), g.P(q[2]), g.phone(), g.K("penicillin"), g.K("albuterol")),
        "%s asked me to post: the fundraiser for %s's %s treatment is at %s. Checks can go to %s." % (g.P(q[0]), g.P(p[2]), g.cond(), g.U(v.url(p[0], p[1])), g.L(v.us_address("po_box"))),
        "Hey it's %s, my new number is %s and new email %s. %s have the old one anymore." % (g.P(p[0]), g.phone(), g.E(v.email(p[0], p[1])), g.K("Don't")),
        "%s's %s pictures and the schedule are on %s, password is the dog's name. Ask %s if you can't get in." % (g.rel(), g.c(["rehab", "birthday", "hospice"]), g.U(v.url(p[0], p[1])), g.P(q[0])),
        "Found %s's old %s card in the drawer: %s. %s going to shred it after the %s appointment." % (g.rel(), g.c(["Social Security", "SS"]), g.S(v.ssn()), g.K("I'm"), g.lab()),
    ])
    return "general_text", txt


def t_general_share(g):
    v = g.v
    p, q = v.person(), v.person()
    rel = g.rel()
    txt = g.c([
        "Thank you all for the cards. %s is home and resting after the %s. Updates will be on %s from now on. — %s" % (rel, g.lab(), g.U(v.url_fund(p[0], p[1])), g.P(q[0])),
        "Here's the photo album from %s's 90th, before the %s got bad: %s. %s took most of them." % (rel, g.cond(), g.U(v.url(p[0], p[1])), g.P(q[2])),
        "%s asked me to share the memorial page for %s: %s. Service is %s at 11, %s." % (g.P(q[0]), g.P(p[2]), g.U(v.url(p[0], p[1])), g.day(), g.addr("oneline")),
        "If anyone wants to help with %s's %s costs, %s set up %s. Every bit helps." % (g.P(p[0]), g.c(["dialysis", "chemo", "rehab", "home care"]), g.P(q[0]), g.U(v.url_fund(p[0], p[1]))),
    ])
    return "general_text", txt


def t_allcaps(g):
    v = g.v
    p, q = v.person(), v.person()
    txt = g.c([
        "THIS IS %s. %s NEEDS THE %s REFILLED. CALL ME AT %s. WE ARE AT %s." % (g.P(p[0]), g.rel(), g.drug(), g.phone(), g.addr(g.c(["oneline", "rural", "po_box"]))),
        "%s - %s FELL AGAIN. NOT HURT. %s %s IS SORE. %s IS COMING. %s" % ((lambda r: (g.P(q[0]), r[0], r[1], g.body(), g.P(p[2]), g.phone()))(g.rel_g())),
        "PLEASE SEND THE %s RESULTS FOR %s %s TO %s" % (g.lab(), g.P(p[2]), g.dob_l(), g.E(v.email(q[0], q[1]))),
        "%s'S PAGE IS %s PLEASE SHARE. THE %s WENT OK. THANK YOU ALL - %s" % (g.P(p[0]), g.U(v.url_fund(p[0], p[1])), g.lab(), g.P(q[0])),
        "DO NOT CALL %s AFTER 8PM. USE %s INSTEAD. %s IS ON %s NOW" % (g.phone(), g.phone(), g.rel(), g.drug()),
    ])
    return "all_caps", txt


def t_lower(g):
    v = g.v
    p, q = v.person(), v.person()
    txt = g.c([
        "hey its %s, can someone pick up %s's %s at %s, i'm stuck at work. my cell %s" % (g.P(p[0]), g.rel(), g.drug(), g.pharmacy(), g.phone()),
        "%s's %s is %s now, the old one is dead. also %s starts the %s on %s" % (g.P(q[0]), g.c(["email", "new email"]), g.E(v.email(q[0], q[1])), g.rel(), g.drug(), g.day()),
        "ok so the home nurse is %s and she comes %s. her cell %s. shes the one who checks %s's %s" % (g.P(v.person(gender="F")[2]), g.day(), g.phone(), g.rel(), g.body()),
        "the fundraiser for %s's %s bills is %s if anyone wants to share. %s said thank u to everyone" % (g.P(p[0]), g.cond(), g.U(v.url_fund(p[0], p[1])), g.rel()),
        "reminder %s has the %s %s at 10. address is %s. %s is driving" % (g.rel(), g.lab(), g.day(), g.addr(), g.P(p[0])),
    ])
    return "lower_case", txt


def t_runon(g):
    v = g.v
    p, q, w = v.person(), v.person(), v.person()
    rel = g.rel()
    txt = ("so %s called and said %s's %s got worse over the weekend and the %s isn't helping so %s wants to take %s to the %s clinic on %s "
           "but %s doesn't have a car right now so if anyone can drive please text %s at %s or just come by %s and also the %s people need %s's %s") % (
        g.P(p[0]), rel, g.cond(), g.drug(), g.P(q[0]), g.c(["her", "him"]), g.c(["urgent care", "walk-in", "cardiology"]), g.day(),
        g.P(q[0]), g.P(w[2]), g.phone(), g.addr(), g.org(), rel, g.c([g.dob_l(), g.mrn(), g.ssn_l()]))
    if g.chance(0.5):
        txt += " and the caringbridge is %s if you want to post something nice" % g.U(v.url_fund(p[0], p[1]))
    return "run_on", txt


def t_typos(g):
    v = g.v
    p, q = v.person(), v.person()
    parts = g.c([
        [g.ty("hi this is") + " " + g.P(p[0]) + ", " + g.ty("my mother") + " " + g.P(v.person(gender="F")[2]) + " " + g.ty("needs her") + " " + g.drug() + " " +
         g.ty("refilled but the pharmacy says the doctor has to call. her birthday is") + " " + g.D(v.dob()) + " " + g.ty("and the number here is") + " " + g.phone()],
        [g.ty("sorry for the late message.") + " " + g.rel() + " " + g.ty("was in the ER with her") + " " + g.cond() + ". " +
         g.ty("she is home now at") + " " + g.addr() + ". " + g.ty("please call") + " " + g.P(p[0]) + " " + g.phone()],
        [g.ty("can you send the forms to my email") + " " + g.E(v.email(p[0], p[1])) + " " + g.ty("not to my husband") + " " + g.P(v.person(gender="M")[0]) + ". " +
         g.ty("its for the") + " " + g.lab() + " " + g.ty("next week")],
        [g.ty("The insurance number is") + " " + g.M(v.mrn()[1]) + " " + g.ty("and his social is") + " " + g.S(v.ssn()) + ". " +
         g.ty("His name is") + " " + g.P(v.person(gender="M")[2]) + ", " + g.ty("he has the") + " " + g.cond() + "."],
        [g.ty("here is the link to my dads page with all the updates") + " " + g.U(v.url(p[0], p[1])) + " " + g.ty("his") + " " + g.lab() + " " +
         g.ty("was good this week, thank you") + " " + g.P(q[0]) + " " + g.ty("for the soup")],
    ])
    return "typos", " ".join(parts)


def t_forwarded(g):
    v = g.v
    p, q = v.person(), v.person()
    hdr = g.c(["---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----", "FW:", "> On %s, %s wrote:" % (g.day(), g.P(q[2]))])
    lines = [hdr]
    if not hdr.startswith(">"):
        lines += ["From: " + g.P(q[2]) + " <" + g.E(v.email(q[0], q[1])) + ">",
                  "To: " + g.E(v.email(p[0], p[1])),
                  "Subject: " + g.c(["Re: ", "FW: ", ""]) + g.c(["%s's %s" % (g.rel(), g.lab()), "insurance stuff", "new address", "pharmacy"])]
        q_ = ""
    else:
        q_ = "> "
    body = g.c([
        "%sThe pharmacy needs %s's %s and %s before they'll ship the %s." % (q_, g.rel(), g.mrn(), g.dob_l(), g.drug()),
        "%sNew mailing address for %s: %s. The %s statements should go there." % (q_, g.P(p[2]), g.addr(), g.org()),
        "%sHere is the nurse's direct line: %s (%s). She handles the %s visits." % (q_, g.phone(), g.P(v.person()[0]), g.cond()),
        "%sI paid the deposit for the assisted living with %s. %s said that's fine." % (q_, g.card_l(), g.P(v.person()[2])),
        "%s%s needs %s's %s for the %s application. Please don't forward this again." % (q_, g.P(v.person()[2]), g.rel(), g.ssn_l(), g.org()),
        "%sI made a page for %s's recovery: %s. Please share with the %s group." % (q_, g.P(p[0]), g.U(v.url(p[0], p[1])), g.c(["church", "bowling", "Rotary", "quilting"])),
    ])
    lines.append(body)
    lines.append(g.c(["fyi", "see below", "forwarding so everyone has it", "", "pls read"]))
    return "forwarded", "\n".join(l for l in lines if l is not None)


# ---------------- international ----------------

def t_intl_family_en(g):
    v = g.v
    cc, city, addr = v.intl_address()
    pc, phone = v.intl_phone(cc)
    opt = g.r.randint(0, 3)
    sex = "M" if opt == 0 else "F"
    latin_loc = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "CA": "en_CA", "IN": "en_IN", "BR": "pt_BR", "ES": "es_ES",
                 "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL"}
    if cc in ("JP", "CN", "KR", "RU") or g.chance(0.3):
        kin = v.person_nonlatin({"JP": "ja_JP", "CN": "zh_CN", "KR": "ko_KR", "RU": "ru_RU"}.get(cc))
        kn = g.P(kin[2], True)
        kfn, kln = kin[0], kin[1]
    else:
        kfn, kln, kfull = v.person_intl_latin(latin_loc[cc], sex)
        kn = g.P(kfull, True)
    if opt == 0:
        txt = "%s's brother %s wants the %s results. He lives at %s, phone %s." % (g.rel(), kn, g.lab(), g.L(addr, True), g.T(phone, True))
    elif opt == 1:
        txt = "Can we mail %s's %s to my cousin %s? Address: %s. Her number %s" % (g.rel(), g.drug(), kn, g.L(addr, True), g.T(phone, True))
    elif opt == 2:
        txt = "My aunt %s is flying in for the %s surgery. If she gets lost her phone is %s. Home address %s." % (kn, g.body(), g.T(phone, True), g.L(addr, True))
    else:
        txt = "My cousin %s set up a fundraiser for %s's %s treatment back home: %s. Her mobile is %s." % (
            kn, g.rel(), g.cond(), g.U(v.url_intl(kfn if v.ascii_slug(kfn) else "family", kln if v.ascii_slug(kln) else "care", cc), True), g.T(phone, True))
    if city and opt != 0 and g.chance(0.5):
        txt += " She's been in " + g.L(city, True) + " since " + g.month() + "."
    return "international", txt


def t_intl_iban(g):
    v = g.v
    cc = g.c(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "PT", "BE", "AT", "IE", "CH", "TR"])
    loc = {"DE": "de_DE", "GB": "en_GB", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "PT": "pt_BR",
           "BE": "nl_NL", "AT": "de_DE", "IE": "en_GB", "CH": "de_DE", "TR": "tr_TR"}[cc]
    fn, ln, full = v.person_intl_latin(loc)
    txt = g.c([
        "For %s's %s costs please transfer to %s, account holder %s. Reference: %s." % (g.rel(), g.cond(), g.iban_l(cc), g.P(full, True), g.c(["care", "meds", "nursing", "rent + care"])),
        "%s here. Wire my share for the %s here: %s. Questions: %s" % (g.P(fn, True), g.c(["nursing home", "home aide", "hospice", "pharmacy"]), g.iban_l(cc), g.T(v.intl_phone(cc)[1], True)),
        "bank details for the refund: %s / %s, email %s" % (g.P(full, True), g.iban_l(cc), g.E(v.email(fn, ln, {"PT": "BR", "BE": "NL", "AT": "DE", "IE": "GB", "CH": "DE", "TR": "GB"}.get(cc, cc)), True)),
    ])
    return "international", txt


def t_intl_local(g):
    v = g.v
    lang = g.c(["es", "de", "fr", "pt", "it", "pl", "nl", "ja", "zh", "ko", "ru", "tr", "vi", "tl"])
    if lang == "es":
        cc = "MX" if g.chance(0.6) else "ES"
        full = v.person_intl_latin("es_MX" if cc == "MX" else "es_ES")[2]
        _, city, addr = v.intl_address(cc)
        txt = "Hola, soy %s. Mi %s necesita su %s. La dirección es %s y mi teléfono %s. Gracias." % (
            g.P(full, True), g.K(g.c(["mamá", "papá", "abuela", "abuelo"])), g.K(g.c(["metformina", "insulina", "losartán", "omeprazol"])), g.L(addr, True), g.T(v.intl_phone(cc)[1], True))
    elif lang == "de":
        full = v.person_intl_latin("de_DE")[2]
        _, city, addr = v.intl_address("DE")
        txt = "Guten Tag, hier ist %s. Meine %s braucht ein neues Rezept für %s. Adresse: %s, Tel. %s, %s." % (
            g.P(full, True), g.K(g.c(["Mutter", "Oma"])), g.K(g.c(["Ramipril", "Metformin", "Marcumar", "Bisoprolol"])), g.L(addr, True), g.T(v.intl_phone("DE")[1], True), g.c(["geb. ", "Geburtsdatum ", "geboren am "]) + g.D(v.dob(True), True))
    elif lang == "fr":
        full = v.person_intl_latin("fr_FR")[2]
        _, city, addr = v.intl_address("FR")
        txt = "Bonjour, je suis %s. Mon %s prend du %s. Notre adresse : %s. Téléphone : %s. Né le %s." % (
            g.P(full, True), g.K(g.c(["père", "grand-père", "mari"])), g.K(g.c(["Kardégic", "Doliprane", "Lasilix", "metformine"])), g.L(addr, True), g.T(v.intl_phone("FR")[1], True), g.D(v.dob(True), True))
    elif lang == "pt":
        full = v.person_intl_latin("pt_BR")[2]
        _, city, addr = v.intl_address("BR")
        txt = "Oi, aqui é %s. A %s precisa da receita de %s. Endereço: %s. Zap %s. Pix/IBAN %s" % (
            g.P(full, True), g.K(g.c(["vovó", "mãe", "tia"])), g.K(g.c(["losartana", "insulina", "sinvastatina"])), g.L(addr, True), g.T(v.intl_phone("BR")[1], True), g.A(v.iban("BR"), True))
    elif lang == "it":
        full = v.person_intl_latin("it_IT")[2]
        _, city, addr = v.intl_address("IT")
        txt = "Buongiorno, sono %s. La %s deve rinnovare il %s. Indirizzo: %s. Cell. %s, email %s" % (
            g.P(full, True), g.K(g.c(["nonna", "mamma"])), g.K(g.c(["Coumadin", "Cardioaspirina", "Eutirox"])), g.L(addr, True), g.T(v.intl_phone("IT")[1], True),
            g.E(v.email(*full.split(" ", 1), cc="IT"), True))
    elif lang == "pl":
        full = v.person_intl_latin("pl_PL")[2]
        _, city, addr = v.intl_address("PL")
        txt = "Dzień dobry, tu %s. %s potrzebuje recepty na %s. Adres: %s, tel. %s. Konto: %s" % (
            g.P(full, True), g.K(g.c(["Mama", "Babcia", "Tata"])), g.K(g.c(["Polocard", "metformina", "Concor"])), g.L(addr, True), g.T(v.intl_phone("PL")[1], True), g.A(v.iban("PL"), True))
    elif lang == "nl":
        full = v.person_intl_latin("nl_NL")[2]
        _, city, addr = v.intl_address("NL")
        txt = "Hoi, met %s. %s heeft nieuwe %s nodig. Adres: %s. Bel %s of mail %s." % (
            g.P(full, True), g.K(g.c(["Mama", "Opa", "Oma"])), g.K(g.c(["metoprolol", "insuline", "omeprazol"])), g.L(addr, True), g.T(v.intl_phone("NL")[1], True),
            g.E(v.email(*full.split(" ", 1), cc="NL"), True))
    elif lang == "ja":
        _, _, full, _ = v.person_nonlatin("ja_JP")
        _, _, addr = v.intl_address("JP")
        txt = "母 %s の住所: %s 電話 %s 。%s を忘れずに。" % (g.P(full, True), g.L(addr, True), g.T(v.intl_phone("JP")[1], True), g.K(g.c(["インスリン", "血圧の薬", "ワーファリン"])))
    elif lang == "zh":
        _, _, full, _ = v.person_nonlatin("zh_CN")
        _, _, addr = v.intl_address("CN")
        txt = "%s 的 %s 快吃完了。地址： %s ，电话 %s 。" % (g.P(full, True), g.K(g.c(["降压药", "二甲双胍", "胰岛素"])), g.L(addr, True), g.T(v.intl_phone("CN")[1], True))
    elif lang == "ko":
        _, _, full, _ = v.person_nonlatin("ko_KR")
        _, _, addr = v.intl_address("KR")
        txt = "%s 님 %s 처방 필요합니다. 주소 %s , 연락처 %s" % (g.P(full, True), g.K(g.c(["혈압약", "당뇨약", "인슐린"])), g.L(addr, True), g.T(v.intl_phone("KR")[1], True))
    elif lang == "ru":
        _, _, full, _ = v.person_nonlatin("ru_RU")
        _, _, addr = v.intl_address("RU")
        txt = "Это %s. У %s закончился %s. Адрес: %s. Телефон %s." % (g.P(full, True), g.K(g.c(["мамы", "бабушки", "папы"])), g.K(g.c(["метформин", "варфарин", "эналаприл"])), g.L(addr, True), g.T(v.intl_phone("RU")[1], True))
    elif lang == "tr":
        full = v.person_intl_latin("tr_TR")[2]
        txt = "Merhaba, ben %s. %s %s ilacı bitti. Telefon %s. IBAN %s" % (g.P(full, True), g.K(g.c(["Annemin", "Babamın", "Dedemin"])), g.K(g.c(["Coraspin", "Glifor", "Beloc"])),
                                                               g.T(v.intl_phone("TR")[1], True), g.A(v.iban("TR"), True))
    elif lang == "vi":
        ln, fn = g.c(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"]), g.c(["Thị Mai", "Văn Hùng", "Thị Lan", "Minh Tuấn", "Thu Hà", "Quốc Bảo"])
        txt = "Chào, tôi là %s. %s cần thuốc %s. Số điện thoại %s." % (g.P(ln + " " + fn, True), g.K(g.c(["Mẹ tôi", "Bà nội", "Ba tôi"])), g.K(g.c(["huyết áp", "tiểu đường", "metformin"])), g.T(v.intl_phone("VN")[1], True))
    else:  # tl
        full = g.c(["Maria", "Jose", "Rosario", "Jun", "Marites", "Rogelio", "Analyn"]) + " " + g.c(["Santos", "Reyes", "Cruz", "Bautista", "Villanueva", "Mendoza", "Dizon"])
        txt = "Hi po, si %s po ito. Yung %s ni %s ubos na po. Pakitawagan po ako sa %s. Salamat po!" % (g.P(full, True), g.K(g.c(["maintenance", "insulin", "losartan"])), g.K(g.c(["Lola", "Lolo", "Nanay"])), g.T(v.intl_phone("PH")[1], True))
    return "international", txt


def t_intl_postal(g):
    v = g.v
    cc, city, addr = v.intl_address(g.c(["GB", "CA", "DE", "FR", "MX", "BR", "JP", "IN", "NL"]))
    p = v.person()
    opt = g.r.randint(0, 2)
    if opt == 0:
        rel, pron = g.rel_g()
        txt = "Please send %s's records to %s new doctor there: %s, phone %s." % (rel, pron, g.L(addr, True), g.T(v.intl_phone(cc)[1], True))
        if cc in ("GB", "CA", "DE", "FR"):
            lab, num = v.intl_health_id(cc)
            txt += " %s %s is %s." % (pron.capitalize(), lab, g.M(num, True))
    elif opt == 1:
        txt = "Mailing address while %s is abroad for %s treatment: %s. Contact %s (US cell %s)." % (g.rel(), g.cond(), g.L(addr, True), g.P(p[2]), g.phone())
    else:
        txt = "Return the unused %s to the clinic at %s — %s" % (g.drug(), g.L(addr, True), g.P(p[0]))
    return "international", txt


LATIN_LOC = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "CA": "en_CA", "IN": "en_IN", "BR": "pt_BR", "ES": "es_ES",
             "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL"}
NONLATIN_LOC = {"JP": "ja_JP", "CN": "zh_CN", "KR": "ko_KR", "RU": "ru_RU"}
EMAIL_CC = {"GB": "GB", "DE": "DE", "FR": "FR", "MX": "MX", "CA": "CA", "IN": "IN", "BR": "BR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL"}


def intl_person(g, cc, gender=None):
    """(first, last, marked full name) for someone living in country cc."""
    v = g.v
    if cc in NONLATIN_LOC or (cc == "IN" and g.chance(0.4)):
        fn, ln, full, _ = v.person_nonlatin(NONLATIN_LOC.get(cc, "hi_IN"), gender)
        return fn, ln, g.P(full, True), False
    fn, ln, full = v.person_intl_latin(LATIN_LOC[cc], gender)
    return fn, ln, g.P(full, True), True


def t_sig_intl(g):
    v = g.v
    cc, city, addr = v.intl_address(g.c(["GB", "GB", "CA", "DE", "FR", "IN", "MX", "BR", "NL", "ES", "IT", "PL"]))
    fn, ln, name, latin = intl_person(g, cc)
    body = g.c(["Thank you for looking after %s. Please keep me posted on the %s." % (g.rel(), g.lab()),
                "I can't fly over until %s, so please email me after the %s appointment." % (g.month(), g.cond()),
                "Could someone explain the new %s dose to me? The time difference makes calling hard." % g.drug()])
    sig = [name, g.L(addr, True), g.c(["Mob: ", "Tel. ", "Phone ", "WhatsApp "]) + g.T(v.intl_phone(cc)[1], True)]
    if latin:
        sig.append(g.E(v.email(fn, ln, EMAIL_CC[cc]), True))
    if latin and g.chance(0.3):
        sig.append(g.U(v.url_intl(fn, ln, cc), True))
    return "signature", body + "\n\n" + g.c(["Best wishes,", "Kind regards,", "Love,", "Cheers,", "Thanks,"]) + "\n" + "\n".join(sig)


def t_list_intl(g):
    v = g.v
    head = g.c(["Family overseas (for the hospice team):", "Numbers abroad:", "%s's relatives - call if anything changes" % g.rel(), "International contacts"])
    rows = []
    for _ in range(g.r.randint(3, 4)):
        cc = g.c(["GB", "CA", "DE", "FR", "IN", "MX", "BR", "JP", "CN", "KR", "PL", "IT", "ES", "RU"])
        fn, ln, name, latin = intl_person(g, cc)
        role = g.c(["sister", "brother", "cousin", "son", "daughter", "niece", "old neighbor", "family doctor"])
        row = g.c(["- ", "* ", ""]) + name + " (" + role + ", " + g.L(v.intl_address(cc)[1] or v.intl_address(cc)[2], True) + ") " + g.T(v.intl_phone(cc)[1], True)
        rows.append(row)
    return "list", head + "\n" + "\n".join(rows)


def t_intl_letter(g):
    v = g.v
    cc = g.c(["GB", "GB", "CA", "DE", "FR", "IN", "IE"])
    cc = "GB" if cc == "IE" else cc
    _, city, addr = v.intl_address(cc)
    sex = g.c("FM")
    fn, ln, name, latin = intl_person(g, cc, sex)
    doc = intl_person(g, cc)
    lab, num = v.intl_health_id(cc) if cc in ("GB", "CA", "DE", "FR") else ("hospital no.", v.mrn()[1])
    txt = ("Dear colleague,\nRe: %s, DOB %s, %s %s\n%s\n%s is visiting family in the US. Background: %s, on %s and %s. "
           "Please contact me with any concerns.\nDr %s\n%s" % (
               name, g.D(v.dob(intl=True), True), lab, g.M(num, True), g.L(addr, True), "She" if sex == "F" else "He",
               g.cond(), g.drug(), g.drug(), doc[2], g.T(v.intl_phone(cc)[1], True)))
    return "international", txt


TEMPLATES = {
    "form": [t_form_intake, t_form_intl, t_form_payment, t_form_poa, t_form_intl, t_form_intake],
    "signature": [t_sig_family, t_sig_intl, t_sig_clinician, t_sig_intl],
    "list": [t_list_contacts, t_list_intl, t_list_meds, t_list_people, t_list_intl, t_list_accounts],
    "speaker_label": [t_speaker, t_speaker_intl, t_speaker, t_speaker_intl, t_speaker],
    "clinician_note": [t_clin_soap, t_clin_intl, t_clin_phone, t_clin_sw, t_clin_intl, t_clin_discharge],
    "general_text": [t_general_address, t_general_billing, t_general_misc, t_general_share],
    "all_caps": [t_allcaps],
    "lower_case": [t_lower],
    "run_on": [t_runon],
    "typos": [t_typos],
    "forwarded": [t_forwarded],
    "international": [t_intl_family_en, t_intl_iban, t_intl_local, t_intl_local, t_intl_postal, t_intl_letter, t_intl_local, t_intl_iban],
}

# how many template messages per style (total 225)
PLAN = {"form": 18, "signature": 16, "list": 14, "speaker_label": 20, "clinician_note": 24, "general_text": 16,
        "all_caps": 12, "lower_case": 10, "run_on": 9, "typos": 10, "forwarded": 14, "international": 62}
