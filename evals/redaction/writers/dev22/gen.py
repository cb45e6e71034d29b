"""Template generator (own templates, Faker values). Deterministic for a given seed."""
from values import V

DRUGS = ["metformin 500 mg", "Eliquis 5 mg", "warfarin", "Lasix 40", "lisinopril 10 mg", "melatonin", "St. John's wort",
         "sertraline", "oxycodone", "gabapentin 300", "atorvastatin", "amlodipine", "Xarelto", "insulin glargine",
         "Humalog", "levothyroxine 50 mcg", "prednisone", "albuterol", "Spiriva", "donepezil", "carbidopa-levodopa",
         "tramadol", "morphine", "lorazepam", "haloperidol", "furosemide 20 mg", "potassium chloride", "metoprolol",
         "Entresto", "Jardiance", "Ozempic", "omeprazole", "Tylenol", "ibuprofen", "aspirin 81", "vitamin D3",
         "fish oil", "Senna", "MiraLAX", "Zofran", "Coumadin", "Plavix", "tamsulosin", "Namenda", "Seroquel",
         "buprenorphine", "Narcan", "Keppra", "Depakote", "Norco", "Trelegy", "Flomax", "Farxiga", "hydrocodone"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "CHF", "type 2 diabetes", "dementia", "pneumonia", "UTI", "cellulitis", "pressure injury", "neuropathy",
         "CKD stage 4", "ESRD", "hypothyroidism", "osteoporosis", "macular degeneration", "glaucoma", "gout",
         "shingles", "sepsis", "DVT", "lymphedema", "edema", "hyperkalemia", "delirium", "aspiration pneumonia",
         "ALS", "multiple sclerosis", "lung cancer", "prostate cancer", "anemia", "heart failure", "sleep apnea"]
BODY = ["left hip", "right knee", "heel", "sacrum", "ankles", "lower back", "shoulder", "chest", "abdomen", "feet", "wrist"]
LABS = ["Hemoglobin A1c", "INR", "BMP", "CBC", "creatinine", "potassium", "TSH", "lipid panel", "BNP", "eGFR"]
PHARM = ["Walgreens", "CVS", "Rite Aid", "Costco", "Publix", "Walmart pharmacy", "H-E-B", "Kroger", "the VA pharmacy"]
PAIRS = [("atrial fibrillation", "Eliquis 5 mg"), ("atrial fibrillation", "warfarin"), ("CHF", "Lasix 40"), ("heart failure", "Entresto"),
         ("type 2 diabetes", "metformin 500 mg"), ("type 2 diabetes", "Jardiance"), ("type 2 diabetes", "insulin glargine"),
         ("hypertriglyceridemia", "fish oil"), ("hypertriglyceridemia", "fenofibrate"), ("opioid use disorder", "buprenorphine"),
         ("Parkinson's", "carbidopa-levodopa"), ("Alzheimer's", "donepezil"), ("dementia", "Namenda"), ("COPD", "Spiriva"),
         ("COPD", "albuterol"), ("hypothyroidism", "levothyroxine 50 mcg"), ("neuropathy", "gabapentin 300"), ("gout", "allopurinol"),
         ("depression", "sertraline"), ("insomnia", "melatonin"), ("UTI", "nitrofurantoin"), ("pneumonia", "azithromycin"),
         ("hypertension", "lisinopril 10 mg"), ("hypertension", "amlodipine"), ("DVT", "Xarelto"), ("osteoporosis", "alendronate"),
         ("lung cancer", "morphine"), ("prostate cancer", "tamsulosin"), ("anxiety", "lorazepam"), ("seizures", "Keppra")]
ORGS = ["Walgreens", "CVS", "Kaiser", "Mayo Clinic", "Medicare", "Medicaid", "Humana", "Aetna", "Amedisys", "Bayada",
        "VITAS", "Lincare", "Rite Aid", "Costco", "Publix", "Cleveland Clinic", "the VA", "UnitedHealthcare"]
REL = ["Mom", "Dad", "Grandpa", "Grandma", "Abuela", "Lola", "Lolo", "Tita", "Tío", "Nana", "Papa", "Granny", "Auntie", "Pop"]
RELW = ["daughter", "son", "wife", "husband", "niece", "nephew", "grandson", "granddaughter", "neighbor", "sister", "brother", "caregiver", "friend", "POA"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "April", "May", "June", "August", "October", "December"]
TITLES = ["Dr.", "Dr", "Mrs.", "Mr.", "Ms.", "Nurse"]


class G:
    def __init__(self, seed):
        self.v = V(seed); self.r = self.v.r

    c = property(lambda self: self.v.c)

    # markup helpers
    def P(self, x, i=False): return f"«{x}|P{'!' if i else ''}»"
    def L(self, x, i=False): return f"«{x}|L{'!' if i else ''}»"
    def PH(self, x, i=False): return f"«{x}|PH{'!' if i else ''}»"
    def E(self, x, i=False): return f"«{x}|E{'!' if i else ''}»"
    def U(self, x): return f"«{x}|U»"
    def S(self, x): return f"«{x}|S»"
    def M(self, x, i=False): return f"«{x}|M{'!' if i else ''}»"
    def D(self, x, i=False): return f"«{x}|D{'!' if i else ''}»"
    def A(self, x, i=False): return f"«{x}|A{'!' if i else ''}»"
    def K(self, x): return "{" + x + "}"

    def drug(self): return self.K(self.c(DRUGS))
    def cond(self): return self.K(self.c(CONDS))
    def pair(self):
        c, d = self.c(PAIRS); return self.K(c), self.K(d)
    def pharm(self): return self.K(self.c(PHARM))
    def meas(self):
        r = self.r
        return self.K(self.c([f"BP {r.randint(92, 188)}/{r.randint(52, 104)}", f"glucose {r.randint(48, 420)}", f"sugar {r.randint(70, 390)}",
                              f"INR {r.randint(1, 4)}.{r.randint(0, 9)}", f"potassium {r.randint(2, 6)}.{r.randint(0, 9)}", f"HR {r.randint(40, 140)}"]))
    def vital(self):
        r = self.r
        return self.K(self.c([f"BP {r.randint(92, 188)}/{r.randint(52, 104)}", f"glucose {r.randint(48, 420)}",
                              f"BG {r.randint(60, 350)}", f"sugar {r.randint(70, 390)}", f"HR {r.randint(48, 130)}",
                              f"SpO2 {r.randint(84, 99)}%", f"temp {r.randint(97, 102)}.{r.randint(0, 9)}",
                              f"weight {r.randint(98, 260)} lb", f"INR {r.randint(1, 4)}.{r.randint(0, 9)}",
                              f"A1c {r.randint(5, 12)}.{r.randint(0, 9)}", f"{r.randint(1, 4)}L O2",
                              f"pain {r.randint(2, 10)}/10", f"BP {r.randint(92, 188)}/{r.randint(52, 104)}"]))
    def room(self):
        return self.K(self.c([f"room {self.r.randint(100, 899)}", f"Rm {self.r.randint(100, 899)}", f"bed {self.r.randint(1, 40)}B", f"room {self.r.randint(1, 30)}"]))
    def time(self): return self.K(self.c([f"{self.r.randint(1, 12)}:{self.c(['00', '15', '30', '45'])}", f"{self.r.randint(6, 11)}am", f"{self.r.randint(1, 9)} pm"]))
    def rel(self): return self.K(self.c(REL))
    def org(self): return self.K(self.c(ORGS))
    def day(self): return self.K(self.c(DAYS))

    def name(self, full=True, i=False):
        if i: return self.v.person_intl()
        return self.v.person_us() if full else self.v.given_us()

    def titled(self):
        t = self.c(TITLES); return f"{t} {self.v.family_us()}"

    # ----------------------------------------------------------------- templates
    def t_clinician(self):
        v = self.v; pt = self.name(); fam = self.name(False); cg = self.name(); doc = self.titled()
        ab = self.c(["SN", "RN", "PT", "OT", "MSW", "Hospice RN", "HHA", "PharmD", "SLP", "LPN"])
        c1, d1 = self.pair(); c2, d2 = self.pair()
        while c2 == c1: c2, d2 = self.pair()
        parts = [f"{ab} visit {self.time()}. Pt {self.P(pt)} {self.r.randint(60, 99)}{self.c('MF')}, {c1}, {c2}.",
                 f"{self.vital()}, {self.vital()}. Cont {d1}, {d2}.",
                 f"{self.c(RELW).capitalize()} {self.P(fam)} present, verbalized understanding.",
                 self.c([f"Notified {self.P(doc)}.", f"Orders from {self.P(doc)} rec'd.", f"F/u w/ {self.P(doc)} {self.day()}."])]
        extra = self.c(["addr", "phone", "mrn", "dob", "ssn", "ssn", "email"])
        if extra == "addr": parts.append(f"Home: {self.L(v.addr_us())}.")
        elif extra == "phone": parts.append(f"CG {self.P(cg)} cell {self.PH(v.phone_us())}.")
        elif extra == "mrn": parts.append(f"MRN {self.M(v.mrn())}.")
        elif extra == "dob": parts.append(f"DOB {self.D(v.dob())}.")
        elif extra == "ssn": parts.append(f"SSN for waiver {self.S(v.ssn())}.")
        else: parts.append(f"{self.P(cg)} asks updates to {self.E(v.email(cg))}.")
        return "clinician_note", " ".join(parts)

    def t_discharge(self):
        v = self.v; pt = self.name(); fam = self.v.family_us(); given = self.v.given_us(); con = self.name(); doc = self.name()
        L = [self.c(["DISCHARGE SUMMARY", "After Visit Summary", "Patient Discharge Instructions", "Transition of Care Record", "Printed from patient portal"]),
             self.c([f"Patient: {self.P(fam.upper() + ', ' + given.upper())}", f"Name: {self.P(pt)}", f"PATIENT NAME: {self.P(pt.upper())}"]),
             f"{self.c(['DOB', 'Date of Birth', 'D.O.B.'])}: {self.D(v.dob())}   {self.c(['MRN', 'Med Rec #', 'Chart No.', 'Acct/MRN'])}: {self.M(v.mrn())}",
             f"Attending: {self.P(doc + ', ' + self.c(['MD', 'DO', 'NP', 'PA-C']))}",
             f"Diagnoses: {self.cond()}; {self.cond()}",
             f"Medications: {self.drug()} daily; {self.drug()} as directed"]
        if self.r.random() < 0.7:
            L.append(f"Address: {self.L(v.addr_us(self.c(['line', 'multi', 'nocomma'])))}")
        L.append(f"Contact: {self.P(con)} ({self.c(RELW)}) {self.PH(v.phone_us())}")
        if self.r.random() < 0.3:
            L.append(f"Insurance: {self.org()} ID {self.M(v.mrn())}")
        if self.r.random() < 0.4:
            L.append(f"{self.c(['SSN', 'Soc. Sec.', 'SS#'])}: {self.S(v.ssn())}")
        if self.r.random() < 0.3:
            L.append(f"Family updates: {self.U(v.url(pt))}")
        return "discharge_paperwork", "\n".join(L)

    def t_group(self):
        v = self.v; ppl = [self.v.given_us() for _ in range(4)]
        ppl = list(dict.fromkeys(ppl))
        while len(ppl) < 3: ppl.append(self.v.f["en_US"].first_name()); ppl = list(dict.fromkeys(ppl))
        lines = [f"{self.P(ppl[0])}: {self.rel()} {self.c(['had', 'got', 'checked'])} {self.vital()} at {self.time()}",
                 f"me: did she take the {self.drug()}",
                 f"{self.P(ppl[1])}: yes, I gave it. {self.P(ppl[2])} can you get the refill at {self.pharm()}?",
                 f"{self.P(ppl[2])}: {self.c(['after work', 'yes', 'not today', 'tmrw morning'])}"]
        k = self.c(["addr", "phone", "doc"])
        if k == "addr": lines.append(f"{self.P(ppl[0])}: nurse is coming to {self.L(v.addr_us(self.c(['line', 'nocomma'])))} right?")
        elif k == "phone": lines.append(f"{self.P(ppl[1])}: hospice # is {self.PH(v.phone_us())}")
        else: lines.append(f"{self.P(ppl[0])}: I'll call {self.P(self.titled())} {self.day()}")
        return "group_chat", "\n".join(lines)

    def t_caps(self):
        v = self.v; me = self.name(); kid = self.name(False)
        s = self.c([
            f"THIS IS {self.P(me.upper())}. MY {self.c(['SUGAR', 'PRESSURE', 'LEGS', 'BREATHING'])} IS BAD. {self.K(self.c(DRUGS).upper())} IS GONE. CALL {self.PH(v.phone_us())}",
            f"MY {self.c(['SON', 'DAUGHTER', 'GRANDSON', 'NIECE'])} {self.P(kid.upper())} WILL BRING ME {self.K(self.c(DAYS).upper())}. ADDRESS {self.L(v.addr_us(self.c(['line', 'nocomma', 'rr', 'pobox'])).upper())}",
            f"NAME {self.P(me.upper())} BORN {self.D(v.dob().upper())}. I NEED MY {self.K(self.c(DRUGS).upper())} REFILL. {self.org().upper()} SAYS NO",
            f"THEY WANT MY SOCIAL SECURITY NUMBER FOR THE {self.K(self.c(['MEDICAID', 'HOSPICE', 'MEDICARE']))} PAPER. IT IS {self.S(v.ssn())}. {self.P(me.upper())} {self.PH(v.phone_us())}",
            f"I DONT USE EMAIL MUCH. MINE IS {self.E(v.email(me).upper())}. {self.P(me.upper())}. {self.K(self.c(CONDS).upper())} IS ACTING UP"])
        return "all_caps", s

    def t_voicemail(self):
        v = self.v; who = self.name(False); pt = self.name()
        ph = v.phone_us(); spoken = self.spoken_phone()
        return "voicemail_transcript", self.c([
            f'Voicemail from {self.PH(ph)}: "Hi this is {self.P(who)} calling about {self.P(pt)}, the {self.drug()} ran out and {self.rel()} {self.c(["is in pain", "is confused", "can not sleep"])}. Call me back at {self.PH(spoken)}. Thanks."',
            f'[Transcript] "Hey, it\'s {self.P(who)}. We moved {self.rel()} to {self.L(self.spoken_addr())}. The nurse should go there {self.day()}. My number {self.PH(spoken)}."',
            f'Voicemail: "This is {self.P(pt)}, the social worker needs my social, it\'s {self.S(self.spoken_ssn())}, for the {self.K(self.c(["Medicaid", "hospice", "waiver"]))} paperwork. Call {self.PH(spoken)}."',
            f'Voicemail (0:{self.r.randint(10, 59)}): "This message is for {self.P(pt)}, this is {self.P(self.titled())}\'s office, your {self.K(self.c(LABS))} came back, please call {self.PH(ph)}."'])

    ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    def spoken_phone(self):
        r = self.r
        digs = [self.c(["2", "3", "4", "5", "6", "7", "8", "9"])] + [str(r.randint(0, 9)) for _ in range(2)] + ["5", "5", "5", "0", "1"] + [str(r.randint(0, 9)) for _ in range(2)]
        w = [("oh" if (d == "0" and r.random() < 0.5) else self.ONES[int(d)]) for d in digs]
        if r.random() < 0.3:
            return " ".join(digs[:3]) + ", " + " ".join(digs[3:6]) + ", " + " ".join(digs[6:])
        return " ".join(w[:3]) + ", " + " ".join(w[3:6]) + ", " + " ".join(w[6:])

    def spoken_ssn(self):
        d = self.v.ssn().replace("-", "").replace(" ", "")
        w = [self.ONES[int(x)] for x in d]
        return " ".join(w[:3]) + ", " + " ".join(w[3:5]) + ", " + " ".join(w[5:])

    def spoken_addr(self):
        r = self.r; n = r.randint(100, 9999)
        tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        def two(x):
            teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
            if x < 10: return f"oh {self.ONES[x]}"
            if x < 20: return teens[x - 10]
            return tens[x // 10] + ("" if x % 10 == 0 else "-" + self.ONES[x % 10])
        spoken = (f"{self.ONES[n // 100]} {two(n % 100)}" if n < 1000 else f"{two(n // 100) if n // 100 >= 10 else self.ONES[n // 100]} {two(n % 100)}")
        st = self.c(["Magnolia Street", "North Main", "West Seventy-First Street", "Highway Ninety", "Martin Luther King Boulevard", "Old Post Road", "County Road Twelve", "Sunset Drive", "East Fourth Avenue"])
        u = self.c(["", ", apartment " + self.ONES[r.randint(1, 9)], ", unit B", ", number " + self.ONES[r.randint(1, 9)] + " " + self.ONES[r.randint(0, 9)]])
        city = self.c(["", ", " + self.c(["Macon", "Savannah", "Dayton", "Fresno", "Laredo", "Paris", "Austin"])])
        return f"{spoken} {st}{u}{city}"

    def t_contacts(self):
        v = self.v; rows = []
        hdr = self.c(["Contacts:", "Emergency contacts", "Name | Relation | Phone | Email", "WHO TO CALL", "Care team list", "family phone list"])
        for _ in range(self.r.randint(3, 5)):
            abroad = self.r.random() < 0.4
            nm = self.name(i=abroad) if abroad and self.r.random() < 0.5 else self.name()
            ph = v.phone_intl() if abroad else v.phone_us()
            em = v.email(nm, intl=abroad) if self.r.random() < 0.6 else None
            rel = self.c(RELW)
            if "|" in hdr:
                rows.append(f"{self.P(nm, abroad)} | {rel} | {self.PH(ph, abroad)} | {self.E(em, abroad) if em else '—'}")
            else:
                fmt = self.c(["{n} ({r}) {p}{e}", "- {n}, {r}, {p}{e}", "{n} – {r} – {p}{e}", "• {r}: {n} {p}{e}"])
                rows.append(fmt.format(n=self.P(nm, abroad), r=rel, p=self.PH(ph, abroad), e=(", " + self.E(em, abroad)) if em else ""))
        rows.append(self.c(["Poison Control {1-800-222-1222}", "Crisis line {988}", f"Pharmacy: {self.pharm()}", f"Meds: {self.drug()}, {self.drug()}"]))
        return "contact_list", hdr + "\n" + "\n".join(rows)

    def t_general(self):
        v = self.v; nm = self.name()
        return "general_text", self.c([
            f"Address change for {self.P(nm)}: new address {self.L(v.addr_us())}. Old address no longer valid. {self.drug()} deliveries go to the new one.",
            f"Billing question: statement for {self.P(nm)} account {self.A(v.acct_bill())} shows a charge for {self.K(self.c(['oxygen', 'hospital bed', 'wheelchair', 'home visit']))} that {self.org()} already paid.",
            f"Please update the {self.K(self.c(['copay', 'DME rental', 'pharmacy']))} payment to card {self.A(v.card())} exp {self.r.randint(1, 12):02d}/{self.r.randint(27, 31)}, name on card {self.P(nm)}.",
            f"For the refund on the {self.K(self.c(['wheelchair', 'oxygen', 'walker', 'hospital bed']))} use routing {self.A(v.routing())} and account {self.A(v.bank_acct())} ({self.P(nm)}).",
            f"We set up a page for {self.rel()} so people stop calling: {self.U(v.url(nm))} — updates after each {self.K(self.c(['chemo', 'dialysis', 'PT', 'hospice']))} visit.",
            f"{self.P(nm)}'s {self.c(['CaringBridge', 'GoFundMe', 'Facebook', 'blog'])} is {self.U(v.url(nm))} if the nurse wants to see the {self.K(self.c(['wound', 'pictures of her feet', 'med list']))}.",
            f"SSN for the {self.K(self.c(['Medicaid', 'hospice', 'Medicare']))} form: {self.S(v.ssn())} ({self.P(nm)}). Please shred after.",
            f"My {self.c(['son', 'husband', 'daughter'])} is deployed, mail for {self.P(nm)} goes to {self.L(v.addr_us('military'))}. He wants updates on {self.rel()}'s {self.cond()}.",
            f"Send the {self.K(self.c(['forms', 'bill', 'supplies', 'letter']))} to {self.L(v.addr_us(self.c(['pobox', 'rr'])))} please, not the street address."])

    def t_signature(self):
        v = self.v; nm = self.name(); abroad = self.r.random() < 0.3
        body = self.c([f"{self.rel()} took the {self.drug()} at {self.time()}.", f"Thanks for checking on {self.rel()}, her {self.vital()} looked better.",
                       f"Can we move {self.day()}'s visit? {self.rel()} has {self.cond()} follow up.", f"Attached is the {self.K(self.c(LABS))} result."])
        if abroad:
            nm = self.name(i=True)
            sig = [self.P(nm, True), self.L(v.addr_intl(self.c(['GB', 'DE', 'FR', 'CA', 'IE', 'NL'])), True), self.PH(v.phone_intl(), True), self.E(v.email(nm, True), True)]
        else:
            sig = [self.P(nm)]
            for k in self.r.sample(["ph", "em", "addr", "url", "url", "ph2"], self.r.randint(2, 4)):
                sig.append({"ph": lambda: "Cell: " + self.PH(v.phone_us()), "ph2": lambda: self.PH(v.phone_vanity()) + " (my business)",
                            "em": lambda: self.E(v.email(nm)), "addr": lambda: self.L(v.addr_us(self.c(['line', 'multi']))), "url": lambda: self.U(v.url(nm))}[k]())
            sig = list(dict.fromkeys(sig))
        sep = self.c(["\n\n--\n", "\n\nThanks,\n", "\n\nBest,\n", "\n\n— ", "\n\nSent from my iPhone\n"])
        return "signature", body + sep + "\n".join(sig)

    def t_run_on(self):
        v = self.v; a, b = self.name(False), self.name()
        return "run_on", self.c([
            f"so {self.rel()} went to the ER last night because her {self.K(self.c(BODY))} was swollen and they said {self.cond()} and gave her {self.drug()} and then {self.P(a)} drove her home to {self.L(v.addr_us('nocomma'))} and now she wont eat and {self.P(b)} says that's normal but is it",
            f"ok so {self.P(a)} called and said the {self.drug()} isnt covered by {self.org()} anymore and we need a prior auth and {self.P(self.titled())} is on vacation and the nurse said call {self.PH(v.phone_us())} but nobody answers and {self.rel()} only has {self.r.randint(1, 4)} pills left",
            f"my cousin {self.P(a)} made a gofundme for {self.rel()}'s {self.cond()} bills its {self.U(v.url(b))} and people keep asking me if its real and yes it is real {self.P(b)} is my {self.c(['uncle', 'aunt', 'grandma'])} and she needs the {self.drug()} that insurance wont cover",
            f"I'm writing because my brother {self.P(b)} keeps giving dad extra {self.drug()} when he visits from {self.L(v.city_with_state())} and dad's {self.meas()} was way off and I told {self.P(a)} and she said talk to the nurse so here I am"])

    def t_lower(self):
        v = self.v; a = self.name(False).lower(); b = self.name().lower()
        return "lower_case", self.c([
            f"hi its {self.P(a)}. {self.K(self.c(REL).lower())}'s {self.K(self.c(['sugar', 'bp', 'temp']))} was off again. call me {self.PH(v.phone_us())}",
            f"pls send the {self.K(self.c(['hospice', 'pt', 'wound care', 'dialysis']))} forms to {self.E(v.email(b))} thx {self.P(a)}",
            f"here's {self.K(self.c(REL).lower())}'s page {self.U(v.url(b).lower())} for the {self.K(self.c(['chemo', 'surgery', 'rehab']))} updates",
            f"ssn is {self.S(v.ssn())} for the {self.K(self.c(['medicaid', 'hospice', 'waiver']))} app. {self.P(a)}",
            f"new addr for {self.P(b)} is {self.L(v.addr_us(self.c(['line', 'nocomma'])).lower())} ok, send the {self.K(self.c(['insulin', 'test strips', 'oxygen tubing', 'briefs']))} there",
            f"{self.P(a)} here. gave {self.K(self.c(DRUGS).lower())} at {self.time()}. {self.P(b)} is staying over tonight",
            f"dob for {self.P(b)} is {self.D(v.dob().lower())} and member id {self.M(v.mrn().lower())} for the {self.K(self.c(['eliquis', 'ozempic', 'cpap']))} prior auth"])

    def t_forwarded(self):
        v = self.v; a = self.name(); b = self.name(); abroad = self.r.random() < 0.35
        if abroad: a = self.name(i=True)
        ea, eb = v.email(a, intl=abroad), v.email(b)
        hdr = self.c([f"---------- Forwarded message ---------\nFrom: {self.P(a, abroad)} <{self.E(ea, abroad)}>\nTo: {self.P(b)} <{self.E(eb)}>\nSubject: {self.c(['meds', 'update', 'appt', 'RE: Dad', 'FW: hospice'])}",
                      f"Fwd from {self.P(a, abroad)} ({self.E(ea, abroad)}):", f"Begin forwarded message:\nFrom: {self.E(ea, abroad)}\nTo: {self.E(eb)}"])
        cd, dd = self.pair()
        body = self.c([f"{self.rel()} started {dd} for {cd}. Tell the nurse.",
                       f"Call me at {self.PH(v.phone_intl() if abroad else v.phone_us(), abroad)} after the {self.K(self.c(LABS))} comes back.",
                       f"{self.rel()} is at my place now after the {self.cond()} scare, {self.L(v.addr_intl() if abroad else v.addr_us('line'), abroad)}."])
        if self.r.random() < 0.3:
            body += f"\nUpdates here: {self.U(v.url(b))}"
        return "forwarded", hdr + "\n\n" + body

    def t_form(self):
        v = self.v; nm = self.name(); fam, giv = self.v.family_us(), self.v.given_us()
        L = [self.c(["INTAKE FORM", "Patient Registration", "Caregiver Application", "Authorization for Release", "Direct Deposit Form", "Hospice Election Form"])]
        L.append(self.c([f"Name: {self.P(nm)}", f"Last name: {self.P(fam)}   First: {self.P(giv)}", f"Full name: {self.P(nm.upper())}"]))
        fields = self.r.sample(["dob", "ssn", "addr", "phone", "email", "mrn", "bank", "card", "iban", "ec", "ssn2", "url"], self.r.randint(4, 7))
        for f in fields:
            L.append({"dob": lambda: f"Date of birth: {self.D(v.dob())}", "ssn": lambda: f"{self.c(['SSN', 'Social Security #', 'Soc Sec No'])}: {self.S(v.ssn())}",
                      "addr": lambda: f"Address: {self.L(v.addr_us())}", "phone": lambda: f"Phone: {self.PH(v.phone_us())}",
                      "email": lambda: f"Email: {self.E(v.email(nm))}", "mrn": lambda: f"{self.c(['Medicare ID', 'Medicaid #', 'Member ID', 'MRN'])}: {self.M(v.mrn())}",
                      "bank": lambda: f"Routing: {self.A(v.routing())}  Account: {self.A(v.bank_acct())}",
                      "card": lambda: f"{self.c(['Credit card', 'Card #', 'CC', 'Visa'])}: {self.A(v.card())}",
                      "iban": lambda: f"{self.c(['IBAN', 'iban', 'Bank (IBAN)'])}: {self.A(v.iban(), True)}",
                      "ec": lambda: f"Emergency contact: {self.P(self.name())} ({self.c(RELW)})",
                      "ssn2": lambda: f"Spouse SSN: {self.S(v.ssn())}", "url": lambda: f"Website: {self.U(v.url(nm))}"}[f]())
        L.append(f"Diagnosis: {self.cond()}")
        return "form", "\n".join(L)

    def t_list(self):
        v = self.v
        items = [f"call {self.P(self.titled())} about {self.drug()}", f"pick up {self.drug()} at {self.pharm()}",
                 f"ask {self.P(self.name(False))} to cover {self.day()}", f"mail forms to {self.L(v.addr_us(self.c(['pobox', 'line'])))}",
                 f"email {self.E(v.email())} re {self.K(self.c(LABS))}", f"log {self.vital()}", f"call {self.P(self.name())} at {self.PH(v.phone_us())}"]
        self.r.shuffle(items); items = items[:self.r.randint(3, 5)]
        if self.r.random() < 0.4:
            n = [self.v.given_us() for _ in range(3)]; n = list(dict.fromkeys(n))
            return "list", f"Visitors {self.day()}: " + ", ".join(self.P(x) for x in n[:-1]) + f" and {self.P(n[-1])}. {self.rel()} had {self.vital()}."
        marker = self.c(["- ", "* ", "1) ", "• ", "[] "])
        return "list", self.c(["To do:", "This week:", "Errands for dad", "list"]) + "\n" + "\n".join(marker + x for x in items)

    def t_typos(self):
        v = self.v; a = self.name(False); b = self.name()
        return "typos", self.c([
            f"my {self.K(self.c(['grandmaw', 'granmother', 'mom']))} {self.P(b)} nees her {self.K(self.c(['presciption', 'perscription', 'medecine']))} refiled pls call {self.PH(v.phone_us())}",
            f"this is {self.P(a)} the nures said to txt, dads {self.K(self.c(['blod presure', 'suger', 'breething']))} is bad, we at {self.L(v.addr_us('nocomma'))}",
            f"{self.P(a)} hear, can u emial me at {self.E(v.email(a))} the {self.K(self.c(['diabetis', 'dementa', 'alzheimers']))} paper"])

    def t_speaker(self):
        v = self.v; a, b = self.name(False), self.name(False)
        while b == a: b = self.name(False)
        ra, rb = self.c(["Nurse", "Aide", "PT", "OT", "Cousin", "Caregiver", "RN", "Neighbor"]), self.c(["Cousin", "RN", "Caregiver", "Friend", "Aide", "Hospice RN"])
        l1 = f"{ra} {self.P(a)}: {self.c(['she took her pills', 'he refused lunch', 'gave the ' + self.c(DRUGS)])} {self.time()}"
        l2 = f"{rb} {self.P(b)}: {self.c(['ok thanks', 'did she eat', 'any pain?', 'what was her ' + self.c(['BP', 'sugar'])])}"
        l3 = self.c([f"{ra} {self.P(a)}: {self.vital()}", f"{ra} {self.P(a)}: call {self.PH(v.phone_us())} if worse",
                     f"{ra} {self.P(a)}: nurse coming to {self.L(v.addr_us('line'))}"])
        return "speaker_label", "\n".join([l1, l2, l3])

    def t_international(self):
        v = self.v
        cc = self.c(["GB", "DE", "FR", "MX", "BR", "JP", "IN", "CA", "ES", "IT", "NL", "PL", "PH", "VN", "KR", "CN", "HT", "IE"])
        nm = self.name_cc(cc); nm2 = self.name(i=True)
        k = self.c(["addr", "iban", "mix", "mix", "nhs", "city", "two", "transfer"])
        T = lambda x: self.P(x, True)
        if k == "addr":
            s = f"{self.rel()} is staying with {T(nm)} until {self.K(self.c(MONTHS))}: {self.L(v.addr_intl(cc), True)}. Phone {self.PH(v.phone_intl(cc), True)}. She takes {self.drug()}."
        elif k == "iban":
            s = self.c([f"Please pay the {self.K(self.c(['care home', 'home nursing', 'physio']))} fees from {self.c(['IBAN', 'iban', 'account'])} {self.A(v.iban(), True)} ({T(nm)}, {self.PH(v.phone_intl(), True)}).",
                        f"{T(nm)} sent money for the {self.K(self.c(['wheelchair', 'hospital bed', 'oxygen']))}, his account {self.A(v.iban(), True)}, tel {self.PH(v.phone_intl(), True)}, mail {self.E(v.email(nm, True), True)}"])
        elif k == "nhs":
            s = f"{T(nm)}, {self.c(['NHS number', 'hospital no.', 'patient no.', 'NHS no'])} {self.M(v.mrn(True), True)}, born {self.D(v.dob(True), True)}, {self.L(v.addr_intl('GB'), True)}, GP phone {self.PH(v.phone_intl('GB'), True)}. {self.cond()}."
        elif k == "city":
            s = f"My cousin {T(nm)} in {self.L(v.city_intl(), True)} is a nurse, she can call {self.PH(v.phone_intl(), True)} or write {self.E(v.email(nm, True), True)} about {self.rel()}'s {self.cond()}."
        elif k == "two":
            s = (f"Relatives abroad for {self.rel()}'s file:\n{T(nm)} — {self.PH(v.phone_intl(cc), True)} — {self.L(v.addr_intl(cc), True)}\n"
                 f"{T(nm2)} — {self.PH(v.phone_intl(), True)} — {self.E(v.email(nm2, True), True)}\nShe is on {self.pair()[1]} for her heart and {self.pair()[1]} too.")
        elif k == "transfer":
            s = (f"Wire for {self.rel()}'s {self.K(self.c(['dialysis', 'chemo', 'surgery']))} bill — beneficiary {T(nm)}, {self.c(['IBAN', 'iban', 'IBAN no.'])} {self.A(v.iban(), True)}, "
                 f"address {self.L(v.addr_intl(self.c(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'GB', 'IE'])), True)}. Sender card {self.A(v.card())}.")
        else:
            s = f"Contact for {self.rel()} overseas: {T(nm)}, {self.PH(v.phone_intl(cc), True)}, {self.E(v.email(nm, True, cc), True)}, {self.L(v.addr_intl(cc), True)}. Born {self.D(v.dob(True, cc), True)}."
        return "international", s

    CC_LOC = {"GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "BR": "pt_BR", "JP": "ja_JP", "IN": "hi_IN", "CA": "en_CA",
              "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "PH": "fil_PH", "VN": "vi_VN", "KR": "ko_KR", "CN": "zh_CN", "IE": "en_IE"}

    def name_cc(self, cc):
        if cc == "HT":
            return f"{self.c(self.v.HAITIAN_GIVEN)} {self.c(self.v.HAITIAN_FAMILY)}"
        return self.v.person_intl(self.CC_LOC[cc])

    TEMPLATES = {"clinician_note": ("t_clinician", 8), "discharge_paperwork": ("t_discharge", 8), "group_chat": ("t_group", 6),
                 "all_caps": ("t_caps", 6), "voicemail_transcript": ("t_voicemail", 8), "contact_list": ("t_contacts", 14),
                 "general_text": ("t_general", 16), "signature": ("t_signature", 17), "run_on": ("t_run_on", 16),
                 "lower_case": ("t_lower", 16), "forwarded": ("t_forwarded", 17), "form": ("t_form", 18), "list": ("t_list", 17),
                 "typos": ("t_typos", 16), "speaker_label": ("t_speaker", 15), "international": ("t_international", 66)}
