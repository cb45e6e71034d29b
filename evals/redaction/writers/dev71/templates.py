"""Templates for the generated part of dev71 (written for this file; filled with values.py)."""
from values import *

# ---------------------------------------------------------------- vocab (keep words and non-identifying numbers)

DRUGS = ["metformin 500 mg", "metformin 1000 mg", "lisinopril 10 mg", "lisinopril 20 mg", "amlodipine 5 mg", "atorvastatin 40 mg",
         "Eliquis 5 mg", "Eliquis 2.5 mg", "warfarin 5 mg", "warfarin 2.5 mg", "furosemide 20 mg", "Lasix 40", "metoprolol 25 mg",
         "metoprolol succinate 50 mg", "carvedilol 6.25 mg", "levothyroxine 50 mcg", "levothyroxine 88 mcg", "sertraline 50 mg",
         "donepezil 10 mg", "gabapentin 300 mg", "oxycodone 5 mg", "tramadol 50 mg", "prednisone 20 mg", "Xarelto 20 mg",
         "Jardiance 10 mg", "Ozempic 0.5 mg", "losartan 50 mg", "hydrochlorothiazide 25 mg", "tamsulosin 0.4 mg", "omeprazole 20 mg",
         "pantoprazole 40 mg", "Entresto 24/26", "spironolactone 25 mg", "Plavix 75 mg", "aspirin 81 mg", "allopurinol 100 mg",
         "Sinemet 25/100", "memantine 10 mg", "quetiapine 25 mg", "trazodone 50 mg", "melatonin 3 mg", "vitamin D 50,000 IU",
         "B12 1000 mcg", "Keppra 500 mg", "Synthroid 75 mcg", "Coreg 12.5 mg", "Lantus 22 units", "Humalog 6 units",
         "Trulicity 1.5 mg", "Brilinta 90 mg", "digoxin 0.125 mg", "Flomax 0.4 mg", "Seroquel 50 mg", "Aricept 5 mg",
         "potassium chloride 20 mEq", "magnesium oxide 400 mg", "iron 325 mg", "folic acid 1 mg", "St. John's wort 300 mg",
         "fish oil 1000 mg", "Tylenol 500 mg", "senna 8.6 mg", "Miralax 17 g", "albuterol 90 mcg", "Symbicort 160/4.5",
         "Spiriva 2.5 mcg", "Breo 100/25", "buprenorphine 8 mg", "naltrexone 50 mg", "Suboxone 8/2"]
DRUG_WORDS = ["metformin", "lisinopril", "amlodipine", "atorvastatin", "Eliquis", "warfarin", "furosemide", "Lasix", "metoprolol",
              "carvedilol", "levothyroxine", "sertraline", "donepezil", "gabapentin", "oxycodone", "prednisone", "Xarelto", "Jardiance",
              "Ozempic", "losartan", "tamsulosin", "omeprazole", "Entresto", "spironolactone", "Plavix", "insulin", "melatonin",
              "Sinemet", "memantine", "quetiapine", "digoxin", "Coumadin", "Keppra", "allopurinol", "Brilinta", "Trulicity"]
CONDITIONS = ["atrial fibrillation", "COPD", "CHF", "type 2 diabetes", "hypertension", "Parkinson's", "Alzheimer's", "dementia",
              "CKD stage 3", "hypertriglyceridemia", "osteoporosis", "neuropathy", "sleep apnea", "UTI", "pneumonia", "cellulitis",
              "gout", "depression", "opioid use disorder", "hypothyroidism", "macular degeneration", "heart failure", "A-fib",
              "shingles", "vertigo", "sciatica", "anemia", "hip fracture", "stroke", "seizures", "glaucoma", "lymphedema"]
LABS = [("A1c", ["6.9", "7.4", "7.8", "8.2", "9.1", "10.3"]), ("INR", ["1.7", "2.2", "2.6", "3.1", "3.8", "4.4"]),
        ("potassium", ["3.3", "3.9", "4.6", "5.1", "5.6"]), ("creatinine", ["0.9", "1.3", "1.6", "2.1"]), ("eGFR", ["38", "44", "52", "61"]),
        ("TSH", ["0.3", "2.1", "4.9", "7.2"]), ("LDL", ["88", "112", "131", "164"]), ("hemoglobin", ["9.8", "10.9", "11.6", "12.8"]),
        ("BNP", ["210", "480", "880", "1320"]), ("sodium", ["129", "131", "136", "141"]), ("glucose", ["96", "148", "212", "287"]),
        ("vitamin D", ["14", "18", "27", "41"]), ("WBC", ["4.1", "7.8", "11.2", "13.6"]), ("platelets", ["98", "142", "210", "356"])]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Abuelo", "Mum", "Auntie", "Uncle", "my husband",
        "my wife", "Mama", "Pop", "Granny", "Oma", "Baba", "Amma"]
PHARMACIES = ["Walgreens", "CVS", "Rite Aid", "Walmart Pharmacy", "Costco pharmacy", "Kroger pharmacy", "Publix pharmacy",
              "H-E-B pharmacy", "Meijer pharmacy", "Safeway pharmacy"]
PLANS = ["Humana", "Aetna", "UnitedHealthcare", "Blue Cross", "Cigna", "Kaiser", "Anthem", "Wellcare", "Molina", "Centene"]
HELPLINES = ["1-800-222-1222", "988", "1-800-633-4227", "1-800-MEDICARE", "211", "1-800-272-3900", "1-800-662-4357",
             "1-800-227-2345", "1-800-232-4636", "1-800-799-7233"]
HELP_NAMES = {"1-800-222-1222": "Poison Control", "988": "the crisis line", "1-800-633-4227": "Medicare", "1-800-MEDICARE": "Medicare",
              "211": "United Way", "1-800-272-3900": "the Alzheimer's Association helpline", "1-800-662-4357": "the SAMHSA helpline",
              "1-800-227-2345": "the American Cancer Society line", "1-800-232-4636": "CDC-INFO", "1-800-799-7233": "the DV hotline"}
TIMES24 = ["0600", "0630", "0700", "0730", "0800", "0830", "0900", "1000", "1100", "1200", "1300", "1400", "1500", "1600",
           "1700", "1730", "1800", "1900", "2000", "2100", "2130", "2200", "2300"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def appt_date():
    return ch([f"{rng.randint(1, 12)}/{rng.randint(1, 28)}", f"{ch(MON3)} {rng.randint(1, 28)}", f"{ch(WEEKDAYS)} the {rng.randint(2, 28)}th",
               f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2{ch('56')}"])


def money(lo=5, hi=900):
    v = rng.uniform(lo, hi)
    if rng.random() < 0.3:
        return f"${int(v):,}"
    return f"${v:,.2f}"


def rx():
    return ch([digits(7), f"{digits(7)}-{digits(5)}", f"RX{digits(7)}", digits(6)])


def claim():
    return ch([f"{digits(4)}{digits(3)}{digits(5)}", f"{digits(2)}-{digits(6)}-{digits(2)}", f"CLM-{digits(8)}", f"{upp(1)}{digits(10)}"])


def order_no():
    return ch([f"{digits(3)}-{digits(7)}-{digits(7)}", f"#{digits(6)}", f"W{digits(9)}", f"{digits(5)}-{upp(1)}"])


def lot():
    return ch([f"{digits(1)}{upp(2)}{digits(2)}{upp(1)}", f"{upp(1)}{digits(5)}", f"{digits(6)}{upp(2)}", f"{upp(3)}{digits(4)}"])


def ndc():
    return f"{digits(5)}-{digits(4)}-{digits(2)}"


def serial():
    return ch([f"{upp(3)}{digits(6)}{upp(1)}", f"{digits(11)}", f"SN {digits(8)}", f"{upp(2)}-{digits(5)}-{upp(1)}"])


def lab():
    name, vals = ch(LABS)
    return f"{name} {ch(vals)}"


def bp():
    return f"{rng.randint(104, 184)}/{rng.randint(58, 104)}"

# ---------------------------------------------------------------- message builder


class M:
    def __init__(self, style):
        self.style, self.identifiers, self.keep = style, [], []

    def _id(self, text, typ, region):
        item = {"text": text, "type": typ, "region": region}
        if item not in self.identifiers:
            self.identifiers.append(item)
        return text

    def P(self, t, r="US"): return self._id(t, "PERSON", r)
    def L(self, t, r="US"): return self._id(t, "LOCATION", r)
    def T(self, t, r="US"): return self._id(t, "PHONE_NUMBER", r)
    def E(self, t, r="US"): return self._id(t, "EMAIL_ADDRESS", r)
    def W(self, t, r="US"): return self._id(t, "URL", r)
    def S(self, t, r="US"): return self._id(t, "US_SSN", r)
    def R(self, t, r="US"): return self._id(t, "MEDICAL_RECORD_NUMBER", r)
    def D(self, t, r="US"): return self._id(t, "DATE_OF_BIRTH", r)
    def A(self, t, r="US"): return self._id(t, "ACCOUNT_NUMBER", r)

    def K(self, t):
        if t not in self.keep:
            self.keep.append(t)
        return t


def cap_rel(r):
    return r[0].upper() + r[1:]

# ---------------------------------------------------------------- templates (each returns (M, text))
# alternatives that register identifiers are wrapped in lambdas so that only the chosen one registers.


def alt(*fns):
    return rng.choice(fns)()


def upper_all(m, t):
    m.keep = [k.upper() for k in m.keep]
    for i in m.identifiers:
        i["text"] = i["text"].upper()
    return t.upper()


def t_pharmacy_pickup():
    m = M(ch(["lower_case", "sms", "lower_case"]))
    f, l = us_person()
    rel = ch(RELS)
    drug, drug2 = rng.sample(DRUGS, 2)
    ph = ch(PHARMACIES)
    n = ch(["30", "60", "90"])
    idv = ch([member_id(), medicare(), medicaid()])
    label = ch(["member id", "id#", "member #", "ins id", "mbr", "the id on the card"])
    who = ch([f.lower(), f])
    t = alt(lambda: f"got {m.K(rel.lower())}'s {m.K(drug)} and {m.K(drug2)} from {m.K(ph)}, rx {rx()} and {rx()}, {n} day supply, {money(4, 140)} total. "
                    f"{label} they used: {m.R(idv)}. if they call back it's {m.P(who)} at {m.T(us_phone())}",
            lambda: f"{m.K(ph)} says {m.K(rel.lower())}'s {m.K(drug)} is ready (rx {rx()}), {money(0, 95)} after {m.K(ch(PLANS))}. they had the wrong {label}, correct one is {m.R(idv)}. "
                    f"also {m.K(drug2)} needs a new script, {rng.randint(0, 2)} refills left. - {m.P(who)}",
            lambda: f"pickup done. {m.K(drug)} #{n}, {m.K(drug2)} #{ch(['30', '60', '90', '28'])}. paid {money(3, 120)}. the pharmacist {m.P(us_person()[0])} said call {m.T(us_phone())} if the {label} {m.R(idv)} gets rejected again")
    return m, t


def t_insurance_card():
    m = M(ch(["list", "list", "form"]))
    f, l = us_person()
    plan = ch(PLANS)
    help1 = "1-8" + ch(["00", "66", "77", "88"]) + f"-{rng.randint(200, 999)}-{digits(4)}"
    lines = [f"{m.K(plan)} card for {m.P(f + ' ' + l)}",
             f"{ch(['Member ID', 'ID', 'Subscriber ID', 'Member #'])}: {m.R(member_id())}",
             f"Group: {digits(ch([5, 6, 7]))}",
             f"RxBIN {digits(6)}  RxPCN {ch(['ADV', 'MEDDPRIME', 'CTRXMEDD', 'A4', '9999'])}  RxGRP {upp(2)}{digits(3)}",
             f"Copays: PCP {money(0, 40)} / Spec {money(20, 80)} / ER {money(75, 500)}",
             f"Member services {m.K(help1)} (TTY 711)"]
    if rng.random() < 0.5:
        lines.insert(2, f"DOB {m.D(dob())}")
    if rng.random() < 0.4:
        lines.append(f"{m.K('Nurse line')} 24/7: {m.K('1-8' + ch(['00', '88']) + '-' + str(rng.randint(200, 999)) + '-' + digits(4))}")
    if rng.random() < 0.3:
        lines.append(f"Dependent: {m.P(us_person()[0] + ' ' + l)} -{ch(['01', '02', '03'])}")
    return m, "\n".join(lines)


def t_billing_call():
    m = M("run_on")
    f, l = us_person()
    rep = us_person()[0]
    acct = ch([f"{digits(3)}-{digits(3)}-{digits(4)}", f"{digits(8)}", f"{upp(2)}{digits(7)}", f"{digits(4)} {digits(4)} {digits(2)}"])
    rel = ch(RELS)
    t = (f"called the hospital billing office about {m.K(rel)}'s bill, account {m.A(acct)}, they said the {money(40, 3800)} is the balance after "
         f"{m.K(ch(['Medicare', 'Medicaid', 'insurance', 'the Medigap plan']))} paid for the {m.K(ch(['ER visit', 'CT scan', 'colonoscopy', 'MRI', 'cardiac cath', 'ambulance ride']))} "
         f"on {appt_date()}, claim {claim()}, I paid {money(25, 400)} on the card ending in {m.A(digits(4))} and set up {rng.randint(3, 12)} payments of {money(20, 300)}, "
         f"the rep was {m.P(rep)} and the callback is {m.T(us_phone())}, confirmation {digits(8)}")
    if rng.random() < 0.3:
        t += f", the statement is addressed to {m.P(f + ' ' + l)} at {m.L(us_address())}"
    return m, t


def t_vitals_note():
    m = M("clinician_note")
    f, l = us_person()
    name = ch([f"{f} {l}", f"{l}, {f}", f"{f[0]}. {l}", f"{l.upper()}, {f.upper()}"])
    d = ch(DRUGS)
    t1, t2 = rng.sample(TIMES24, 2)
    parts = [f"{ch(['RN', 'LPN', 'HH RN', 'Charge RN'])} note {m.K(t1)}: pt {m.P(name)}",
             alt(lambda: f"MRN {m.R(mrn())}", lambda: f"MRN# {m.R(mrn())}", lambda: f"acct/MRN {m.R(mrn())}", lambda: f"med rec {m.R(mrn())}"),
             alt(lambda: f"DOB {m.D(dob())}", lambda: f"{rng.randint(61, 97)} y/o"),
             f"{m.K(ch(['rm', 'room', 'Rm']) + ' ' + str(rng.randint(101, 899)) + ch(['', '-A', '-B', 'B']))}",
             f"BP {bp()} HR {rng.randint(52, 124)} RR {rng.randint(12, 28)} T {ch(['97.9', '98.6', '99.4', '100.8', '101.6'])} SpO2 {rng.randint(86, 99)}%",
             f"{m.K(lab())}, {lab()}",
             f"{m.K(d)} given at {m.K(t2)}",
             f"hx {m.K(ch(CONDITIONS))}"]
    if rng.random() < 0.5:
        role, gg = ch([("dtr", "f"), ("son", "m"), ("wife", "f"), ("husband", "m"), ("niece", "f"), ("HCPOA", None)])
        parts.append(f"{role} {m.P(us_person(gg)[0])} updated at {m.T(us_phone())}")
    if rng.random() < 0.3:
        parts.append(f"Dr. {m.P(us_person()[1])} aware")
    return m, ". ".join(parts) + "."


def t_med_schedule():
    m = M(ch(["list", "list", "all_caps"]))
    aide = us_person()
    rel = ch(RELS)
    drugs = rng.sample(DRUGS, rng.randint(3, 5))
    times = sorted(rng.sample(TIMES24, len(drugs)))
    lines = [f"{m.K(rel)}'s meds (aide {m.P(aide[0] + ' ' + aide[1])}, cell {m.T(us_phone())})"]
    for d, tm in zip(drugs, times):
        lines.append(f"{m.K(tm)} – {m.K(d)} x{ch(['1', '1', '2', '1/2'])}")
    lines.append(f"Refills left: {rng.randint(0, 5)}, {rng.randint(0, 5)}, {rng.randint(0, 5)}. Next pharmacy pickup {appt_date()}")
    lines.append(f"{m.K(ch(['Poison Control', 'Poison control']))} {m.K('1-800-222-1222')}")
    t = "\n".join(lines)
    if m.style == "all_caps":
        t = upper_all(m, t)
    return m, t


def t_direct_deposit():
    m = M("form")
    f, l = us_person()
    lines = [ch(["DIRECT DEPOSIT AUTHORIZATION", "Caregiver payroll setup", "Refund by direct deposit – patient portion", "Electronic payment form"]),
             f"Name: {m.P(f + ' ' + l)}",
             alt(lambda: f"SSN: {m.S(ssn())}", lambda: f"SSN: {m.S(ssn())}", lambda: f"Last 4 SSN: {m.S(digits(4))}"),
             f"Bank routing #: {m.A(routing())}",
             f"Account #: {m.A(bank_account())} ({ch(['checking', 'savings'])})",
             f"Address: {m.L(us_address())}",
             f"Phone: {m.T(us_phone())}",
             f"Amount: {money(150, 1400)} per {ch(['week', 'pay period', 'month'])}; start {appt_date()}"]
    if rng.random() < 0.5:
        lines.append(f"For: {m.K(ch(['home aide', 'respite care', 'personal care', 'adult day care']))} for {m.K(ch(RELS))}")
    return m, "\n".join(lines)


def t_lab_callback():
    m = M("clinician_note")
    lines = [f"Lab callbacks {appt_date()}"]
    for _ in range(rng.randint(2, 4)):
        f, l = us_person()
        tm = f"{rng.randint(8, 16):02d}{ch(['00', '10', '25', '40', '55'])}"
        nm = ch([f"{l}, {f}", f"{f[0]}. {l}", f"{f} {l}"])
        head = f"{tm} {m.P(nm)} (MRN {m.R(mrn())}) – {m.K(lab())} – "
        action = alt(lambda: "spoke w/ pt", lambda: f"LVM at {m.T(us_phone())}", lambda: f"msg to Dr. {m.P(us_person()[1])}",
                     lambda: "no answer, letter sent", lambda: (lambda rg: f"spoke w/ {rg[0]} {m.P(us_person(rg[1])[0])}")(ch([("daughter", "f"), ("son", "m"), ("wife", "f"), ("caregiver", None)])))
        lines.append(head + action)
    return m, "\n".join(lines)


def t_address_change():
    m = M("general_text")
    f, l = us_person()
    rel = ch(RELS)
    new = us_address(multiline=rng.random() < 0.5)
    old = us_address() if rng.random() < 0.6 else po_box()
    t = alt(lambda: f"Address change for {m.K(rel)} ({m.P(f + ' ' + l)}):\nOLD: {m.L(old)}\nNEW: {m.L(new)}\nPhone stays {m.T(us_phone())}. Please update with the {m.K(ch(['pharmacy', 'Medicare office', 'home health agency', 'oxygen company']))}.",
            lambda: f"hi, {m.P(f)} here, I moved {m.K(rel.lower())} in with me so the mail goes to\n{m.L(new)}\nfrom now on. the old place ({m.L(old)}) is being sold. my number {m.T(us_phone())}",
            lambda: f"Please update the file for {m.P(l + ', ' + f)}. New mailing address: {m.L(new)}. Effective {appt_date()}. Contact {m.T(us_phone())}.")
    return m, t


def t_speaker_chat():
    m = M("speaker_label")
    a, b = us_person(), us_person()
    rel = ch(RELS)
    d = ch(DRUGS)
    tm = ch(TIMES24)
    lines = [f"{m.P(a[0])}: did {m.K(rel.lower() if rng.random() < 0.5 else rel)} take the {m.K(d)} at {m.K(tm)}?",
             f"{m.P(b[0])}: yes, and {m.K(lab())} this morning. {ch(['bp', 'BP'])} {bp()}",
             alt(lambda: f"{m.P(a[0])}: ok. {ch(['call', 'text'])} Dr. {m.P(us_person()[1])} if it's over {rng.randint(150, 300)}",
                 lambda: f"{m.P(a[0])}: ok. {ch(['call', 'text'])} {m.P(us_person()[0])} if it's over {rng.randint(150, 300)}")]
    if rng.random() < 0.5:
        lines.append(f"{m.P(b[0])}: {ch(['their number is', 'number:', 'cell'])} {m.T(us_phone())}")
    return m, "\n".join(lines)


def t_all_caps():
    m = M("all_caps")
    f, l = us_person()
    d = ch(DRUGS).upper()
    rel = ch(RELS).upper()
    t = alt(lambda: f"THIS IS {m.P(f.upper())}. {m.K(rel)} NEEDS THE {m.K(d)} REFILLED BY {ch(WEEKDAYS).upper()}. CALL ME AT {m.T(us_phone())} NOT THE HOUSE PHONE",
            lambda: f"{m.P((f + ' ' + l).upper())} HERE. MY NEW ADDRESS IS {m.L(us_address(caps=True))}. PLEASE SEND MY {m.K(d)} THERE. THANK YOU",
            lambda: f"PLEASE CALL {m.P(f.upper())} {m.T(us_phone())} ABOUT {m.K(rel)} {m.K(ch(CONDITIONS).upper())}. IN ROOM {rng.randint(100, 700)} TILL {ch(['FRIDAY', 'MONDAY', 'THE 14TH'])}")
    return m, t


def t_signature():
    m = M("signature")
    f, l = us_person()
    title = ch(["RN, BSN", "LCSW", "MSW", "Care Coordinator", "Patient Navigator", "PT, DPT", "PharmD", "CNA", "Home Care Manager", "NP"])
    body = alt(lambda: f"Please have the {m.K(ch(['med list', 'POLST', 'insurance card', 'discharge papers']))} ready for the visit on {appt_date()}.",
               lambda: f"Reminder: {m.K(ch(DRUG_WORDS))} refills need 3 business days.",
               lambda: f"Let me know if {m.K(ch(RELS).lower())}'s {m.K(ch(CONDITIONS))} symptoms change.")
    lines = [ch(["Thanks,", "Best,", "Regards,", "Thank you!", "-"]), f"{m.P(f + ' ' + l)}, {title}"]
    if rng.random() < 0.6:
        lines.append(ch(["Cardiology", "Palliative Care", "Home Health", "Transitional Care", "Memory Care Program", "Oncology Nav"]))
    lines.append(f"{ch(['Direct', 'Cell', 'Office', 'Ph', 'T'])}: {m.T(us_phone())}")
    if rng.random() < 0.4:
        lines.append(f"{ch(['Fax', 'F'])}: {m.T(us_phone())}")
    lines.append(m.E(email_for(f, l, ch([None, None, 'healthpartners.org', 'sunrisehh.com', 'carefirstnav.org', 'mercyhealth.net']))))
    if rng.random() < 0.3:
        lines.append(m.W(url_for(f, l, 'social')))
    return m, body + "\n\n" + "\n".join(lines)


IBAN_LOC = {"DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "BE": "nl_BE", "AT": "de_AT",
            "PT": "pt_PT", "IE": "en_IE", "GB": "en_GB", "CH": "de_CH"}


def t_iban_transfer():
    m = M("international")
    cc = ch(list(IBAN_LOC))
    f, l = first_last(IBAN_LOC[cc])
    _, ib = iban(cc)
    lab = ch(["IBAN ", "iban ", "IBAN: ", "Iban ", "", "account (IBAN) "])
    amt = ch([f"€{rng.randint(80, 4000)},00", f"{rng.randint(80, 4000)} EUR", f"£{rng.randint(50, 2500)}", f"€{rng.randint(80, 900)}.{digits(2)}"])
    t = alt(lambda: f"For {m.K(ch(['Oma', 'Opa', 'Mamie', 'nonna', 'la abuela', 'babcia', 'Gran']))}'s {m.K(ch(['care home', 'physio', 'dentures', 'hearing aids', 'insulin', 'home nurse']))}: please transfer {amt} to {m.P(f + ' ' + l, 'INTL')}, {lab}{m.A(ib, 'INTL')}, reference {upp(3)}-{digits(5)}. Thanks!",
            lambda: f"Bank details for the refund ({m.K(ch(['pharmacy', 'hospital', 'clinic']))} overcharge of {amt}):\nAccount holder: {m.P(l.upper() + ' ' + f, 'INTL')}\n{lab or 'Account: '}{m.A(ib, 'INTL')}\nBIC {upp(4)}{cc}{upp(2)}",
            lambda: f"{m.P(f, 'INTL')} sent the {lab.strip(' :') or 'account'} for the {m.K(ch(['nursing home', 'rehab clinic', 'carer']))} – {m.A(ib, 'INTL')} – and said {amt} by the {rng.randint(5, 20)}th. Phone {m.T(intl_phone(cc if cc in INTL else 'DE'), 'INTL')}")
    return m, t


def t_intl_update():
    m = M("international")
    cc = ch([c for c in INTL if c != "IE"])
    loc = INTL[cc]["loc"]
    if cc in ("JP", "CN", "KR"):
        name = script_name(loc)
    else:
        f, l = first_last(loc)
        name = f"{f} {l}"
    addr, phone = intl_address(cc), intl_phone(cc)
    rel = ch(["Grandma", "Grandpa", "my mother", "my father", "Auntie", "our uncle", "Mum", "Dad"])
    t = alt(lambda: f"Update on {m.K(rel)} ({m.P(name, 'INTL')}): moved to {m.L(addr, 'INTL')} after the {m.K(ch(CONDITIONS))}. New phone {m.T(phone, 'INTL')}. Still on {m.K(ch(DRUGS))}.",
            lambda: f"{m.P(name, 'INTL')}\n{m.L(addr, 'INTL')}\nTel. {m.T(phone, 'INTL')}\n(send the {m.K(ch(['blood pressure cuff', 'glucose strips', 'compression socks', 'pill organizer']))} here, not to my place)",
            lambda: f"we are visiting {m.K(rel.lower())} in {m.L(intl_city(cc), 'INTL')} until {appt_date()}. if anything happens with the {m.K(ch(DRUG_WORDS))} call {m.T(phone, 'INTL')}")
    return m, t


def t_url_share():
    m = M(ch(["general_text", "lower_case"]))
    f, l = us_person()
    t = alt(lambda: f"We made a page for {m.P(f)}'s {m.K(ch(['chemo', 'dialysis', 'rehab', 'surgery', 'hospice care']))} updates: {m.W(url_for(f, l, 'page'))} – please share!",
            lambda: f"link to {m.P(f.lower())}'s fundraiser for the {m.K(ch(['wheelchair van', 'stair lift', 'transplant', 'medical bills']))}: {m.W(url_for(f, l, 'fund'))} we're at {money(500, 9000)} of {money(10000, 40000)}",
            lambda: f"Obituary and service details for {m.P(f + ' ' + l)} are here {m.W(url_for(f, l, 'obit'))}. In lieu of flowers, donations to the {m.K(ch(['American Heart Association', 'Alzheimer’s Association', 'American Cancer Society', 'Parkinson’s Foundation']))}.",
            lambda: f"{m.P(f)} set up a sign-up sheet for rides to {m.K(ch(['radiation', 'PT', 'wound care', 'infusion']))}: {m.W(url_for(f, l, 'signup'))}. {ch(['Mon/Wed/Fri', 'Tues and Thurs', 'weekdays'])} at {m.K(ch(['0730', '0815', '1030', '1300']))}.")
    return m, t


def t_intake_form():
    m = M("form")
    f, l = us_person()
    mi = ch(["", "", f" {ch('ABCDEJKLMRST')}."])
    lines = [ch(["NEW PATIENT INTAKE", "Patient registration", "PATIENT INFORMATION", "Pre-visit questionnaire"]),
             f"Name: {m.P(f + mi + ' ' + l)}", f"Date of birth: {m.D(dob())}"]
    if rng.random() < 0.7:
        lines.append(f"SSN: {m.S(ssn())}")
    lines += [f"Address: {m.L(us_address())}", f"Phone: {m.T(us_phone())}  Email: {m.E(email_for(f, l))}",
              f"Insurance: {m.K(ch(PLANS + ['Medicare', 'Medicaid']))}  ID {m.R(ch([member_id(), medicare(), medicaid()]))}  Group {digits(6)}",
              f"Height {rng.randint(58, 75)} in  Weight {rng.randint(98, 290)} lb  Allergies: {m.K(ch(['penicillin', 'sulfa', 'codeine', 'latex', 'NKDA', 'shellfish']))}",
              f"Current meds: {', '.join(m.K(d) for d in rng.sample(DRUGS, 2))}"]
    if rng.random() < 0.5:
        gg = ch("fm")
        g = us_person(gg)
        lines.append(f"Emergency contact: {m.P(g[0] + ' ' + g[1])} ({ch(['spouse', 'friend', 'neighbor', 'daughter' if gg == 'f' else 'son'])}) {m.T(us_phone())}")
    return m, "\n".join(lines)


def t_voicemail():
    m = M("voicemail")
    f, l = us_person("f")
    caller = us_person()
    t = alt(lambda: f"Voicemail: \"Hi, this message is for {m.P(f + ' ' + l)}. This is {m.P(caller[0])} from the {m.K(ch(['cardiology', 'lab', 'surgery center', 'pharmacy']))} office. Please call us back at {m.T(us_phone())}. Have your date of birth ready. Thank you.\"",
            lambda: f"VM {rng.randint(1, 12)}:{ch(['02', '15', '37', '48'])}pm from {m.P(caller[0] + ' ' + caller[1])}: {m.K(ch(RELS).lower())}'s {m.K(lab())}, wants a recheck {appt_date()}, callback {m.T(us_phone())}",
            lambda: f"transcribed vm: hey it's {m.P(caller[0].lower())}, i'm outside {m.P(f.lower())}'s place at {m.L(us_address(lower=True))} and no one's answering, she was supposed to have her {m.K(ch(DRUG_WORDS).lower())} at {m.K(ch(TIMES24))}. call me {m.T(us_phone())}")
    return m, t


def t_device_order():
    m = M("run_on")
    dev = ch(["CPAP", "oxygen concentrator", "hospital bed", "power wheelchair", "CGM", "nebulizer", "hearing aids", "TENS unit"])
    acct = ch([f"{upp(2)}-{digits(7)}", digits(9), f"{digits(4)}-{digits(4)}"])
    t = (f"the supply company for the {m.K(dev)} called, serial {serial()}, order {order_no()}, they need {m.K(ch(RELS).lower())}'s "
         f"{alt(lambda: 'member id which is ' + m.R(member_id()), lambda: 'medicaid id which is ' + m.R(medicaid()), lambda: 'medicare number which is ' + m.R(medicare()))} and birthday {m.D(dob())}, "
         f"also the account number with them is {m.A(acct)}, delivery {ch(WEEKDAYS)} between {m.K(ch(['0800', '0900', '1000']))} and {m.K(ch(['1200', '1300', '1400']))}, "
         f"lot {lot()} on the supplies, their line is {m.K(ch(['1-800', '1-888', '1-877']) + '-' + str(rng.randint(200, 999)) + '-' + digits(4))}")
    if rng.random() < 0.5:
        t += f" and the driver's cell {m.T(us_phone())}"
    return m, t


def t_typo():
    m = M("typo")
    f, l = us_person()
    rel = ch(["mom", "dad", "grama", "granpa", "my husbnd", "nana", "tia"])
    d = ch(DRUG_WORDS)
    t = alt(lambda: f"hi its {m.P(f.lower())} can sombody pick up {m.K(rel)}s {m.K(d)} tmrw, the pharmcy closes at 6, ther # is {m.T(us_phone())}",
            lambda: f"{m.P(f)} pls call the {m.K(ch(['docter', 'dentst', 'eye dr', 'fisical therapy']))} for {m.K(rel)}, the apt is {appt_date()} @ {ch(['10', '2:30', '11:15'])}, # {m.T(us_phone())}, thx",
            lambda: (lambda kind: f"i cant find {m.K(rel)}s {m.K(kind[0])} card, the # is {m.R(kind[1]())} i think?? {m.P(f.lower())} wrote it on the frige")(ch([("medicare", medicare), ("medicaid", medicaid), ("insurnace", member_id)])))
    return m, t


def t_discharge():
    m = M("clinician_note")
    f, l = us_person()
    d1, d2 = rng.sample(DRUGS, 2)
    dr = us_person()[1]
    lines = [f"Discharge summary – {m.P(f + ' ' + l)}, MRN {m.R(mrn())}, DOB {m.D(dob())}",
             f"Admit {appt_date()} for {m.K(ch(CONDITIONS))}; LOS {rng.randint(2, 11)} d.",
             f"New: {m.K(d1)} {ch(['daily', 'BID', 'qhs', 'TID'])}. Changed: {m.K(d2)} {ch(['held', 'reduced', 'increased'])}.",
             f"F/u Dr. {m.P(dr)} in {rng.randint(1, 4)} wk ({appt_date()} at {ch(['9:40', '10:15', '1:30', '3:45'])}); labs {m.K(lab())} on d/c.",
             f"Home health: {ch(['SN', 'PT/OT', 'SN/PT'])} {rng.randint(1, 3)}x/wk. Call {m.T(us_phone())} with questions."]
    if rng.random() < 0.4:
        lines.insert(1, f"Discharged to {m.L(us_address())}")
    return m, "\n".join(lines)


def t_military():
    m = M(ch(["general_text", "lower_case"]))
    f, l = us_person()
    addr = military()
    t = alt(lambda: f"Can the mail-order pharmacy ship {m.P(f)}'s {m.K(ch(['EpiPen', 'inhaler', 'Synthroid', 'insulin pens', 'Zyrtec']))} to {m.L(addr)}? TRICARE id {m.R(digits(10))}.",
            lambda: f"{m.P(f.lower())}'s new mailing address while deployed:\n{m.P(f + ' ' + l)}\n{m.L(addr)}\nsend the {m.K(ch(['care package', 'vitamin d', 'melatonin', 'glasses']))} before {appt_date()}")
    return m, t


def t_eob():
    m = M("forwarded")
    f, l = us_person()
    prov = us_person()
    billed = rng.randint(120, 4200)
    allowed = round(billed * rng.uniform(0.3, 0.8), 2)
    paid = round(allowed * 0.8, 2)
    member = f.upper() + " " + l.upper() if rng.random() < 0.5 else f + " " + l
    lines = [ch(["Fwd: Explanation of Benefits", "---------- Forwarded message ---------\nSubject: Your claim has been processed", "FW: EOB"]),
             f"Member: {m.P(member)}",
             f"Member ID: {m.R(member_id())}",
             f"Claim #: {claim()}   Date of service: {appt_date()}",
             f"Provider: {m.P(prov[0] + ' ' + prov[1])}, {ch(['MD', 'DO', 'NP', 'PA-C'])}",
             f"Service: {m.K(ch(['office visit', 'echocardiogram', 'physical therapy', 'lab work', 'A1c test', 'colonoscopy', 'CT chest']))}",
             f"Billed ${billed:,}.00  Allowed ${allowed:,.2f}  Plan paid ${paid:,.2f}  You owe ${allowed - paid:,.2f}",
             f"Questions: {m.K(ch(['1-800', '1-866', '1-877']) + '-' + str(rng.randint(200, 999)) + '-' + digits(4))}"]
    return m, "\n".join(lines)


def t_card_payment():
    m = M(ch(["general_text", "lower_case", "all_caps"]))
    f, l = us_person()
    brand, num = card_number(valid=rng.random() < 0.85)
    lab = ch(["card", "cc", brand.lower(), "credit card", brand, "debit card"])
    t = alt(lambda: f"please put {m.K(ch(RELS).lower())}'s {m.K(ch(['copay', 'PT balance', 'ambulance bill', 'lab bill']))} of {money(15, 950)} on my {lab} {m.A(num)} exp {rng.randint(1, 12):02d}/{rng.randint(26, 31)}, name on card {m.P(f + ' ' + l)}",
            lambda: f"Paid the {m.K(ch(['dental', 'vision', 'hearing aid', 'pharmacy']))} balance {money(20, 2200)} with {lab} {m.A(num)}. Receipt {digits(6)}. – {m.P(f)}",
            lambda: f"{m.P(f)}: the {lab} that's saved on the {m.K(ch(PHARMACIES))} app is {m.A(num)}, the other one ending {m.A(digits(4))} is cancelled")
    if m.style == "all_caps":
        t = upper_all(m, t)
    return m, t


def t_names_list():
    m = M(ch(["list", "speaker_label", "lower_case"]))
    ppl = []
    while len(ppl) < rng.randint(3, 4):
        p = us_person()[0]
        if p not in ppl:
            ppl.append(p)
    rel = ch(RELS)
    if m.style == "lower_case":
        ppl = [p.lower() for p in ppl]
    listed = ", ".join(m.P(p) for p in ppl[:-1]) + " and " + m.P(ppl[-1])
    if m.style == "speaker_label":
        t = f"{m.P(ppl[0])}: ok so {listed} are on the {m.K(ch(['hospital', 'rehab', 'hospice']))} visitor list for {m.K(rel)}, room {rng.randint(100, 599)}, bed {ch('12AB')}"
    else:
        t = f"Who's covering {m.K(rel)} this week: {listed}. {m.K(ch(DRUGS))} at {m.K(ch(TIMES24[:8]))}, {m.K(ch(DRUGS))} at {m.K(ch(TIMES24[12:]))}. Door code {digits(4)}."
    return m, t


def t_ssn_request():
    m = M(ch(["lower_case", "speaker_label", "run_on"]))
    f, l = us_person()
    rel = ch(RELS)
    s = ssn()
    if m.style == "speaker_label":
        who = us_person()[0]
        t = (f"{m.P(who)}: the {m.K(ch(['Social Security office', 'Medicaid caseworker', 'hospital financial counselor', 'VA']))} needs {m.K(rel.lower())}'s ssn\n"
             f"{m.P(f)}: {m.S(s)}\n{m.P(who)}: and the {m.K('Medicare')} #?\n{m.P(f)}: {m.R(medicare())}")
    else:
        t = (f"for the {m.K(ch(['SSI', 'Medicaid', 'SNAP', 'disability', 'rep payee']))} form: {m.K(rel.lower())}'s ssn {m.S(s)}, born {m.D(dob())}, "
             f"case # {digits(ch([8, 10]))}, appointment {appt_date()} at {ch(['9:00', '10:30', '1:15', '2:45'])}, bring {rng.randint(2, 3)} pay stubs and the {m.K(ch(['lease', 'bank statement', 'award letter']))}")
    return m, t


def t_intl_clinical():
    m = M("international")
    cc = ch(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "CA", "IN", "BR", "MX", "PH", "TR"])
    f, l = first_last(INTL[cc]["loc"])
    idlabel, idv = {
        "GB": ("NHS no.", f"{digits(3)} {digits(3)} {digits(4)}"), "DE": ("Versichertennr.", f"{upp(1)}{digits(9)}"),
        "FR": ("n° sécu", f"{ch('12')} {digits(2)} {digits(2)} {digits(2)} {digits(3)} {digits(3)} {digits(2)}"),
        "ES": ("tarjeta sanitaria", f"{upp(4)} {digits(6)} {digits(2)} {upp(1)}"), "IT": ("tessera sanitaria", f"80380{digits(15)}"),
        "NL": ("BSN", digits(9)), "PL": ("PESEL", digits(11)), "CA": ("health card", f"{digits(4)}-{digits(3)}-{digits(3)}-{upp(2)}"),
        "IN": ("UHID", f"{upp(3)}{digits(8)}"), "BR": ("Cartão SUS", f"{digits(3)} {digits(4)} {digits(4)} {digits(4)}"),
        "MX": ("NSS", f"{digits(10)}-{digits(1)}"), "PH": ("PhilHealth", f"{digits(2)}-{digits(9)}-{digits(1)}"),
        "TR": ("hasta no", digits(8))}[cc]
    t = alt(lambda: f"{m.P(f + ' ' + l, 'INTL')}, {idlabel} {m.R(idv, 'INTL')}, DOB {m.D(dob(us=False), 'INTL')}. {m.K(ch(DRUGS))} {ch(['od', 'bd', 'nocte'])}. {m.K(lab())}. Clinic tel {m.T(intl_phone(cc), 'INTL')}.",
            lambda: f"Referral letter: re {m.P(l.upper() + ', ' + f, 'INTL')} ({idlabel} {m.R(idv, 'INTL')}), {m.L(intl_address(cc), 'INTL')}. Known {m.K(ch(CONDITIONS))}. Appt {rng.randint(1, 28)}/{rng.randint(1, 12)} at {ch(['09:30', '11:00', '14:15'])}, room {rng.randint(1, 40)}.")
    return m, t


def t_email_thread():
    m = M(ch(["email", "forwarded"]))
    a, b = us_person(), us_person()
    ea, eb = email_for(*a), email_for(*b)
    t = (f"From: {m.P(a[0] + ' ' + a[1])} <{m.E(ea)}>\nTo: {m.E(eb)}\nSubject: {ch(['re: meds', 'Dad update', 'appointment Thursday', 'pharmacy mixup', 'fwd: lab results'])}\n\n"
         f"{m.P(b[0])} – {m.K(ch(RELS))} saw the {m.K(ch(['cardiologist', 'neurologist', 'endocrinologist', 'nephrologist', 'podiatrist']))} today. "
         f"{m.K(lab())}, {lab()}. They {ch(['started', 'stopped', 'doubled', 'halved'])} the {m.K(ch(DRUG_WORDS))}. Next visit {appt_date()} at {ch(['8:20', '10:45', '2:10'])}."
         f"\n– {m.P(a[0])}")
    return m, t


def t_helpline_mix():
    m = M(ch(["lower_case", "general_text", "run_on"]))
    f, l = us_person("f")
    h = ch(HELPLINES)
    rel = ch(RELS)
    t = alt(lambda: f"if {m.K(rel.lower())} gets confused again call {m.K(h)} ({m.K(HELP_NAMES[h])}) first, then me, {m.P(f.lower())}, {m.T(us_phone())}. last dose of {m.K(ch(DRUGS))} was at {m.K(ch(TIMES24))}",
            lambda: f"Numbers on the fridge for {m.K(rel)}: {m.K(HELP_NAMES[h])} {m.K(h)}; {m.K('911')}; {m.P(f)} (daughter) {m.T(us_phone())}; neighbor {m.P(us_person()[0])} {m.T(us_phone())}; pharmacy {m.T(us_phone())}")
    return m, t


def t_city_mentions():
    m = M(ch(["lower_case", "general_text", "all_caps"]))
    f, l = us_person()
    c1 = city_state(full=rng.random() < 0.3)
    c2 = us_city()[0]
    t = alt(lambda: f"{m.P(f)} is driving {m.K(ch(RELS).lower())} from {m.L(c1)} to the {m.K(ch(['Mayo Clinic', 'VA hospital', 'cancer center', 'dialysis center']))} in {m.L(c2)} on {appt_date()}, leaving at {m.K(ch(['0500', '0600', '0630']))}",
            lambda: f"{m.K(ch(RELS))} wants to move back to {m.L(c2)} after the {m.K(ch(CONDITIONS))}. {m.P(f + ' ' + l)} found an assisted living there, {money(3200, 7800)}/month")
    if m.style == "all_caps":
        t = upper_all(m, t)
    return m, t


def t_script_names():
    m = M(ch(["international", "speaker_label"]))
    loc = ch(SCRIPT_LOCS)
    n1 = script_name(loc)
    cc = {"ja_JP": "JP", "zh_CN": "CN", "ko_KR": "KR", "ru_RU": "GB", "hi_IN": "IN", "ar_SA": "GB"}[loc]
    if m.style == "speaker_label":
        who = us_person()[0]
        t = f"{m.P(who)}: how do you spell {m.K(ch(['grandma', 'grandpa', 'auntie']))}'s name for the {m.K(ch(['prescription', 'lab order', 'referral']))}?\n{m.P(us_person()[0])}: {m.P(n1, 'INTL')}, exactly like that"
    else:
        t = alt(lambda: f"Name on the {m.K(ch(['prescription', 'lab order', 'referral']))} is {m.P(n1, 'INTL')} – please make sure the pharmacy spells it the same. Phone {m.T(intl_phone(cc), 'INTL')}.",
                lambda: f"{m.P(n1, 'INTL')} ({ch(['grandmother', 'father-in-law', 'aunt', 'grandfather'])}) – {m.K(ch(DRUGS))}, {m.K(ch(CONDITIONS))}. Address: {m.L(intl_address(cc), 'INTL')}")
    return m, t


TEMPLATES = [  # (function, how many)
    (t_pharmacy_pickup, 11), (t_insurance_card, 9), (t_billing_call, 9), (t_vitals_note, 12), (t_med_schedule, 8),
    (t_direct_deposit, 9), (t_lab_callback, 7), (t_address_change, 8), (t_speaker_chat, 6), (t_all_caps, 6),
    (t_signature, 7), (t_iban_transfer, 11), (t_intl_update, 9), (t_url_share, 13), (t_intake_form, 10),
    (t_voicemail, 6), (t_device_order, 7), (t_typo, 5), (t_discharge, 7), (t_military, 5), (t_eob, 6),
    (t_card_payment, 9), (t_names_list, 5), (t_ssn_request, 7), (t_intl_clinical, 7), (t_email_thread, 5),
    (t_helpline_mix, 5), (t_city_mentions, 6), (t_script_names, 5),
]
