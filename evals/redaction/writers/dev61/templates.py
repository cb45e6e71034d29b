"""dev61's own message templates. Each template takes a Values object and returns (style, parts).

parts is a list of: plain strings, I(text, type, region) identifiers, K(text) keep words.
"""
from values import MONTHS

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "Xarelto", "gabapentin", "prednisone",
         "insulin glargine", "Ozempic", "Jardiance", "furosemide", "hydrochlorothiazide", "losartan", "metoprolol",
         "donepezil", "memantine", "Keppra", "Depakote", "lithium", "Suboxone", "Narcan", "albuterol", "Symbicort",
         "Trelegy", "tamsulosin", "omeprazole", "pantoprazole", "Miralax", "senna", "Tylenol", "ibuprofen",
         "aspirin 81", "vitamin B12", "fish oil", "turmeric", "ashwagandha", "magnesium", "Entresto", "digoxin",
         "spironolactone", "clopidogrel", "tramadol", "morphine", "hydrocodone", "Seroquel", "Zoloft", "Lexapro",
         "trazodone", "buspirone", "Sinemet", "methotrexate", "Humira", "allopurinol", "colchicine", "Lantus",
         "Humalog", "Trulicity", "Farxiga", "Brilinta", "Coreg", "Norvasc", "Synthroid", "Flomax", "Aricept",
         "Namenda", "Lyrica", "Cymbalta", "Wellbutrin", "Abilify", "Xanax", "lorazepam", "Ativan", "Haldol",
         "mirtazapine", "Remeron", "finasteride", "potassium chloride", "Ensure", "Boost", "vitamin D3"]
CONDITIONS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
              "Alzheimer's", "CHF", "type 2 diabetes", "hypertension", "CKD stage 3", "sleep apnea",
              "osteoarthritis", "rheumatoid arthritis", "gout", "shingles", "pneumonia", "UTI", "sepsis", "DVT",
              "pulmonary embolism", "macular degeneration", "glaucoma", "cataracts", "depression", "anxiety",
              "bipolar disorder", "schizophrenia", "epilepsy", "migraines", "multiple sclerosis", "lupus",
              "hepatitis C", "HIV", "breast cancer", "prostate cancer", "lymphoma", "anemia", "hypothyroidism",
              "neuropathy", "vertigo", "dementia", "delirium", "a stroke", "TIA", "Lewy body dementia",
              "heart failure", "emphysema", "diverticulitis", "cellulitis", "pressure ulcer", "osteoporosis",
              "spinal stenosis", "ALS", "Crohn's", "psoriasis", "tinnitus", "hypoglycemia", "orthostatic hypotension"]
LABS = ["Hemoglobin A1c", "INR", "BNP", "TSH", "lipid panel", "CBC", "BMP", "eGFR", "creatinine", "PSA",
        "vitamin D level", "troponin", "urinalysis", "potassium", "sodium", "A1c", "CMP", "ferritin", "B12 level",
        "magnesium level", "liver panel", "blood cultures"]
BODY = ["left knee", "right hip", "lower back", "chest", "ankle", "shoulder", "lungs", "kidneys", "liver", "heel",
        "wrist", "left foot", "right eye", "bladder", "colon", "gallbladder", "spine", "toe", "calf", "jaw"]
PROCS = ["colonoscopy", "echo", "stress test", "MRI", "CT scan", "cataract surgery", "knee replacement",
         "dialysis", "infusion", "PT", "OT", "speech therapy", "chest X-ray", "dental cleaning", "ultrasound",
         "pacemaker check", "sleep study", "biopsy", "EKG", "flu shot", "COVID booster", "Shingrix"]
REL = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Mamá", "Abuela", "Abuelo", "Auntie", "Uncle",
       "my husband", "my wife", "my mother", "my father", "Granny", "Pop", "Mother", "Father", "Bubbe", "Lola",
       "Lolo", "Oma", "Opa"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Cleveland Clinic", "Walmart Pharmacy",
        "Humana", "Aetna", "Blue Cross", "the VA", "Meals on Wheels", "Rite Aid", "Kroger pharmacy", "UnitedHealthcare",
        "Johns Hopkins", "Planned Parenthood", "Social Security", "AARP", "Cigna", "Amedisys", "Costco pharmacy"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "Can't", "He's", "It's", "Didn't", "Won't", "They're", "I've",
                "Wouldn't", "She's", "Let's"]
EVENTS = ["Morning Walk Group", "Memory Cafe", "Caregiver Support Circle", "Healthy Heart Class", "Chair Yoga",
          "Diabetes Education Night", "Grief Share", "Bingo Night", "Stroke Survivors Club", "Tai Chi for Balance"]
HELPLINES = ["988", "1-800-222-1222", "1-800-273-8255", "211", "911"]


class I(tuple):
    """identifier part"""
    def __new__(cls, text, typ, region="US"):
        return tuple.__new__(cls, (text, typ, region))


class K(str):
    """keep-word part"""


def P(t, r="US"):
    return I(t, "PERSON", r)


def L(t, r="US"):
    return I(t, "LOCATION", r)


def T(t, r="US"):
    return I(t, "PHONE_NUMBER", r)


def E(t, r="US"):
    return I(t, "EMAIL_ADDRESS", r)


def U(t, r="US"):
    return I(t, "URL", r)


def S(t):
    return I(t, "US_SSN", "US")


def M(t, r="US"):
    return I(t, "MEDICAL_RECORD_NUMBER", r)


def D(t, r="US"):
    return I(t, "DATE_OF_BIRTH", r)


def A(t, r="US"):
    return I(t, "ACCOUNT_NUMBER", r)


COUNTRIES = ["GB", "DE", "FR", "ES", "IT", "NL", "PL", "MX", "BR", "CA", "IN", "JP", "KR", "CN", "RU", "PH", "TR",
             "VN", "IE", "SA", "NG"]
SCRIPT_COUNTRIES = ["JP", "CN", "KR", "RU", "SA", "IN"]


# ------------------------------------------------------------------ shared fragments
def drug(v):
    return K(v.pick(DRUGS))


def cond(v):
    return K(v.pick(CONDITIONS))


REL_F = ["Mom", "Grandma", "Nana", "Mamá", "Abuela", "Auntie", "my wife", "my mother", "Granny", "Mother", "Bubbe",
         "Lola", "Oma", "Mom-mom", "Ma"]
REL_M = ["Dad", "Grandpa", "Papa", "Abuelo", "Uncle", "my husband", "my father", "Pop", "Father", "Lolo", "Opa",
         "Pops", "Zaide"]
INSURERS = ["Medicare", "Medicaid", "Humana", "Aetna", "Blue Cross", "Cigna", "UnitedHealthcare", "Kaiser", "TRICARE",
            "Molina", "Anthem", "WellCare"]


REL3 = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Abuelo", "Auntie", "Uncle", "Granny", "Pop",
        "Bubbe", "Lola", "Lolo", "Oma", "Opa", "Tía", "Tío"]


def rel(v):
    return K(v.pick(REL))


def rel3(v):
    """relation words that read right when a third person uses them"""
    return K(v.pick(REL3))


def grel(v, g):
    return K(v.pick(REL_F if g == "f" else REL_M))


def pr(g, kind):
    """pronouns: kind in she/her/hers"""
    return {"she": {"f": "she", "m": "he"}, "her": {"f": "her", "m": "his"}, "obj": {"f": "her", "m": "him"}}[kind][g]


def first(v, g=None):
    return v.us_first(g)


def full(v, g=None):
    return v.us_full(g)


def card_label(v, kind):
    return v.pick({"visa": ["visa", "Visa", "VISA card", "card", "cc", "credit card"],
                   "mc": ["mastercard", "MC", "card", "credit card", "cc#"],
                   "mc2": ["mastercard", "card", "credit card"],
                   "amex": ["amex", "AmEx", "card", "credit card"],
                   "disc": ["discover", "Discover card", "card", "cc"]}[kind])


def us_med_id(v):
    kind = v.pick(["mrn", "mrn", "member", "mbi", "medicaid", "chart"])
    if kind == "mrn":
        return v.pick(["MRN", "MRN:", "MRN#", "mrn", "Med Rec #", "medical record no."]), v.mrn()
    if kind == "member":
        return v.pick(["member ID", "Member ID:", "member #", "ins ID", "subscriber ID", "policy #"]), v.member_id()
    if kind == "mbi":
        return v.pick(["Medicare #", "Medicare ID", "MBI", "medicare number"]), v.mbi()
    if kind == "medicaid":
        return v.pick(["Medicaid ID", "Medicaid #", "medicaid no.", "Medi-Cal #"]), v.medicaid()
    return v.pick(["chart #", "chart no.", "Chart:", "pt ID"]), v.mrn()


def intl_ctx(v):
    c = v.pick(COUNTRIES)
    script = c in SCRIPT_COUNTRIES and v.chance(0.55)
    return c, script


# ================================================================== templates
def t_refill_request(v):
    who = full(v)
    return v.pick(["general_text", "typos", "lower_case"]), [
        v.pick(["Hi, ", "Hello, ", "", "Good morning. "]), "I need a refill on ", drug(v), " for ", P(who), ", DOB ",
        D(v.us_dob()), ". ", v.pick(["Pharmacy is ", "Please send it to "]),
        K(v.pick(["CVS", "Walgreens", "Rite Aid", "Walmart Pharmacy", "Kroger pharmacy"])), " on ", L(v.us_street_line()),
        v.pick([" in ", ", "]), L(v.us_city_state()), ". Call ", T(v.us_phone()),
        v.pick([" if there's a problem.", " with questions. Thanks", "."])]


def t_caregiver_update(v):
    g = v.gender()
    aide, pt = first(v), v.us_last()
    return v.pick(["speaker_label", "speaker_label", "lower_case"]), [
        "Aide ", P(aide), ": ", "Mr. " if g == "m" else "Mrs. ", P(pt), " took ", pr(g, "her"), " ", drug(v),
        " at 8 and ate most of breakfast\n",
        "Daughter ", P(first(v, "f")), ": thank you!! how was ", pr(g, "her"), " ", K(v.pick(BODY)), "?\n",
        "Aide ", P(aide), ": still sore. I put ice on it. ", K(v.pick(CONTRACTIONS)), " check again after lunch"]


def t_family_thread(v):
    a, b, c = first(v), first(v), first(v)
    return "speaker_label", [
        P(a), ": who's taking ", rel(v), " to the ", K(v.pick(PROCS)), " on ", K(v.pick(WEEKDAYS)), "?\n",
        P(b), ": I can if ", P(c), " picks up the ", drug(v), "\n",
        P(c), ": ok. send me the pharmacy addr\n",
        P(b), ": ", L(v.us_address("comma")), "\n", P(a), ": 🙏"] + (
        ["\n", P(c), ": also updated the page ", U(v.url(full(v)))] if v.chance(0.3) else [])


def t_speaker_intl(v):
    c, script = intl_ctx(v)
    a = v.intl_full(c, script)
    b = v.us_first()
    return "speaker_label", [
        P(b), ": any news from ", L(v.intl_city(c), "INTL"), "?\n",
        "Cousin ", P(a, "INTL"), ": ", rel3(v), " is stable, they changed the ", drug(v), "\n",
        P(b), ": what's the best number to reach you\n", "Cousin ", P(a, "INTL"), ": ", T(v.intl_phone(c), "INTL"),
        v.pick(["", " (whatsapp)", ", evenings my time"])]


def t_new_address(v):
    old = v.us_special_address() if v.chance(0.3) else v.us_address()
    new = v.us_address()
    return v.pick(["general_text", "general_text", "lower_case", "all_caps"]), [
        v.pick(["Please update ", "Can you update ", "Need to change "]), "the address for ", P(full(v)), ". ",
        v.pick(["Old: ", "Old address was "]), L(old), v.pick(["\nNew: ", ". New one is ", ".\nNEW: "]), L(new),
        ". ", K(v.pick(["Don't", "We don't", "I don't"])), " want the ", K(v.pick(PROCS)), " bill going to the old place again."]


def t_special_address(v):
    return v.pick(["general_text", "form", "signature"]), [
        "Mailing address for ", P(full(v)), " is ", L(v.us_special_address()), ". ",
        v.pick(["Packages can't go there, ", "No street delivery, "]), "so ship the ",
        K(v.pick(["CPAP supplies", "test strips", "insulin pens", "catheters", "oxygen tubing", "wound dressings"])),
        " to ", L(v.us_address()), " instead. ", v.pick(["Phone ", "Cell ", "Reach me at "]), T(v.us_phone())]


def t_billing_card(v):
    kind, num = v.card(luhn=v.chance(0.75))
    return v.pick(["general_text", "general_text", "typos", "form"]), [
        v.pick(["Hi billing, ", "Hello, ", "", "To the billing office: "]), "please put ", P(full(v)), "'s ",
        K(v.pick(["copay", "deductible", "balance", "ambulance bill", "lab bill"])), " on my ", card_label(v, kind), " ",
        A(num), v.pick([" exp 04/27", " exp 11/29", "", " (exp 08/26)"]), ". ", v.pick(["Statement went to ", "Bill address: "]),
        L(v.us_address()), ". ", K(v.pick(MONTHS)), " charges only."]


def t_bank_autopay(v):
    return v.pick(["general_text", "form", "lower_case"]), [
        "Autopay for ", K(v.pick(["home health", "hospice", "assisted living", "adult day care", "in-home aide"])),
        " — ", v.pick(["routing ", "routing #", "ABA "]), A(v.routing()), v.pick([", account ", ", acct #", ", checking "]),
        A(v.bank_account()), ". Account holder ", P(full(v)), ", ", T(v.us_phone()), ". ", rel(v), "'s name is on it too, ",
        P(full(v)), "."]


def t_iban(v):
    c = v.pick(["DE", "FR", "ES", "IT", "NL", "GB", "PL", "BR", "TR", "PT", "BE", "AT", "CH", "IE", "SA"])
    pc = {"PT": "ES", "BE": "FR", "AT": "DE", "CH": "DE"}.get(c, c)
    label = v.pick(["IBAN ", "IBAN: ", "iban ", "", "Konto/IBAN ", "account (IBAN) "])
    return v.pick(["international", "international", "general_text", "form"]), [
        v.pick(["Please send the refund for ", "Reimbursement for ", "Payment for "]), rel(v), "'s ",
        K(v.pick(PROCS)), " to ", label, A(v.iban(c), "INTL"), ", ", v.pick(["beneficiary ", "holder ", "name "]),
        P(v.intl_full(pc, False), "INTL"), ". ", v.pick(["Contact ", "Phone ", "Questions: "]), T(v.intl_phone(pc), "INTL")]


def t_ssn_form(v):
    return "form", [
        v.pick(["Applicant", "Patient", "Name", "Member name"]), ": ", P(full(v)), "\n",
        v.pick(["SSN", "Social Security #", "SS#", "Soc. Sec. No."]), ": ", S(v.ssn()), "\n",
        v.pick(["DOB", "Date of birth", "D.O.B."]), ": ", D(v.us_dob()), "\n",
        "Address: ", L(v.us_address(v.pick(["comma", "twoline"]))), "\n",
        "Phone: ", T(v.us_phone()), "\n", "Diagnosis: ", cond(v), "\n", "Insurance: ", K(v.pick(INSURERS))]


def t_registration_form(v):
    g = v.gender()
    who = full(v, g)
    lab, mid = us_med_id(v)
    last, fst = who.split()[-1], who.split()[0]
    out = [v.pick(["PATIENT REGISTRATION", "New patient intake", "Demographics update", "INTAKE FORM"]), "\n",
           "Name (last, first): ", P(f"{last}, {fst}"), "\n", "DOB: ", D(v.us_dob()), "    Sex: ", g.upper(), "\n",
           lab, " ", M(mid), "\n"]
    if v.chance(0.5):
        out += ["SSN: ", S(v.ssn()), "\n"]
    out += ["Home: ", L(v.us_address("twoline")), "\n", "Cell: ", T(v.us_phone()), "   Email: ", E(v.email(who)), "\n"]
    if v.chance(0.3):
        c = v.pick(["MX", "PH", "IN", "GB", "VN", "NG", "KR", "PL"])
        out += ["Emergency contact: ", P(v.intl_full(c, False), "INTL"), " (", v.pick(["sister", "brother", "mother"]),
                ", ", L(v.intl_city(c), "INTL"), ") ", T(v.intl_phone(c), "INTL"), "\n"]
    else:
        out += ["Emergency contact: ", P(full(v)), " (", v.pick(["spouse", "daughter", "son", "friend", "neighbor"]), ") ",
                T(v.us_phone()), "\n"]
    out += ["Meds: ", drug(v), ", ", drug(v), "\n", "Allergies: ",
            K(v.pick(["penicillin", "sulfa", "latex", "codeine", "shellfish", "NKDA"]))]
    return "form", out


def t_intl_form(v):
    c, script = intl_ctx(v)
    lab, hid = v.intl_health_id(c)
    return v.pick(["form", "international"]), [
        v.pick(["Visitor patient form", "International patient intake", "Travel clinic form"]), "\nName: ",
        P(v.intl_full(c, script), "INTL"), "\n", "Date of birth: ", D(v.intl_dob(c), "INTL"), "\n",
        "Home address: ", L(v.intl_address(c), "INTL"), "\n", "Phone: ", T(v.intl_phone(c), "INTL"), "\n",
        lab, ": ", M(hid, "INTL"), "\n", "Local contact (US): ", P(full(v)), ", ", T(v.us_phone()), "\n",
        "Reason for visit: ", cond(v)]


def t_clinician_brief(v):
    lab, mid = us_med_id(v)
    return "clinician_note", [
        v.pick(["Pt ", "Patient: ", "RN note — pt "]), P(full(v)), ", DOB ", D(v.us_dob()), ", ", lab, " ", M(mid), ". ",
        v.pick(["Seen for ", "Admitted w/ ", "F/u for ", "Phone visit re: "]), cond(v), ". ",
        v.pick(["Started ", "Continue ", "Held ", "Increased "]), drug(v), ". ",
        v.pick(["Spoke w/ ", "Updated ", "Left VM for "]), v.pick(["daughter ", "son ", "wife ", "husband ", "niece "]),
        P(first(v)), " at ", T(v.us_phone()), ". F/u ", K(v.pick(WEEKDAYS)), "."]


def t_clinician_long(v):
    g = v.gender()
    who = full(v, g)
    last = who.split()[-1]
    return "clinician_note", [
        "S: ", v.pick(["72", "81", "65", "58", "90", "77"]), g.upper(), " w/ ", cond(v), " and ", cond(v),
        ", brought by ", v.pick(["daughter ", "son ", "partner ", "neighbor "]), P(first(v)), ".\n",
        "O: ", K(v.pick(LABS)), " pending. ", K(v.pick(BODY)), " tender.\n",
        "A/P: ", v.pick(["Adjust ", "Start ", "Stop "]), drug(v), ". Pt ", P(who), " (prefers ", "Mr. " if g == "m" else "Ms. ",
        P(last), ") lives at ", L(v.us_address()), ". ", v.pick(["Home health referral.", "SW consult.", "PT/OT eval."]),
        " Insurance ", K(v.pick(["Medicare", "Medicaid", "Humana", "Aetna"])), " ", M(v.pick([v.mbi(), v.member_id(), v.medicaid()]))]


def t_clinician_intl(v):
    c, script = intl_ctx(v)
    return "clinician_note", [
        "Visiting pt ", P(v.intl_full(c, script), "INTL"), " (DOB ", D(v.intl_dob(c), "INTL"), ") from ",
        L(v.intl_city(c), "INTL"), ". ", cond(v), "; home meds incl. ", drug(v), ". Home GP contact ",
        T(v.intl_phone(c), "INTL"), ". Staying w/ relative ", P(full(v)), " at ", L(v.us_address()), "."]


def t_signature_us(v):
    who = full(v)
    role = v.pick(["RN, Care Coordinator", "LCSW", "Home Health Aide", "Patient Advocate", "PharmD", "MSW",
                   "Volunteer Driver", "Billing Specialist"])
    lines = [v.pick(["Thanks,", "Best,", "Warmly,", "Regards,", "—", "Talk soon,"]), "\n", P(who), ", ", K(role), "\n"]
    if v.chance(0.6):
        lines += [L(v.us_address("twoline")), "\n"]
    lines += [v.pick(["c: ", "Cell ", "M ", "Office: ", "Direct: "]), T(v.us_phone()), "\n", E(v.email(who))]
    if v.chance(0.5):
        lines += ["\n", U(v.url(who))]
    return "signature", [v.pick(["See you at the ", "Reminder: bring the sign-up sheet to the ", "Notes from the "]),
                         K(v.pick(EVENTS)), v.pick([" on " + v.pick(WEEKDAYS) + ".", "."]), "\n\n"] + lines


def t_signature_intl(v):
    c, script = intl_ctx(v)
    ac = c if c not in ("KR", "CN") or v.chance(0.5) else v.pick(["GB", "DE", "FR"])
    nm = v.intl_full(c, script)
    return "signature", [
        "Sorry for the long email, ", rel(v), " is doing better with the ", drug(v), ".\n\n",
        v.pick(["Kind regards", "Best wishes", "Saludos", "Cordialement", "Viele Grüße", "Cheers"]), "\n",
        P(nm, "INTL"), "\n", L(v.intl_address(ac), "INTL"), "\n",
        T(v.intl_phone(c), "INTL"), "\n", E(v.intl_email(c, nm if not script else v.intl_full(c, False)), "INTL")]


def t_signature_business(v):
    who = full(v)
    fn = who.split()[0]
    return "signature", [
        "I can drive ", rel(v), " to the ", K(v.pick(PROCS)), " again next week.\n--\n", P(who), "\n",
        P(fn), "'s ", v.pick(["Handyman Service", "Mobile Notary", "Lawn & Snow", "Medical Transport", "Tax Prep"]),
        " | ", T(v.vanity()), "\n", U(v.url(who))]


def t_forward_email(v):
    g = v.gender()
    a, b = full(v), full(v)
    out = [v.pick(["---------- Forwarded message ---------\n", "Begin forwarded message:\n\n", "FW:\n-----Original Message-----\n"]),
           "From: ", P(a), " <", E(v.email(a)), ">\n", "Sent: ", K(v.pick(WEEKDAYS)), ", ", K(v.pick(MONTHS)), " ",
           str(v.r.randint(1, 28)), "\n", "To: ", P(b), " <", E(v.email(b)), ">\n", "Subject: ", v.pick(["Re: ", ""]),
           grel(v, g), "'s appointment\n\n", pr(g, "her").capitalize(), " ", K(v.pick(LABS)),
           " came back high so they want to see ", pr(g, "obj"), " sooner. The office number is ", T(v.us_phone()), "."]
    if v.chance(0.35):
        out += [" I put the updates on ", U(v.url(full(v))), " too."]
    return "forwarded", out


def t_forward_text(v):
    return "forwarded", [
        v.pick(["Fwd from ", "forwarding this from ", "Forwarded text from "]), P(first(v)), ":\n> ",
        v.pick(["pharmacy says the ", "the nurse said the ", "they told me the "]), drug(v),
        " is on backorder, call them at ", T(v.us_phone()), ". my ", v.pick(["DOB", "dob", "birthday"]), " is ", D(v.us_dob()),
        " if they ask\n", v.pick(["can someone handle this", "I'm at work", "help pls"])]


def t_forward_portal(v):
    who = full(v)
    return "forwarded", [
        "Fw: Your visit summary\n> Patient: ", P(who), "\n> ", v.pick(["MRN", "Patient ID", "Acct"]), ": ", M(v.mrn()), "\n> ",
        "Diagnoses: ", cond(v), "; ", cond(v), "\n> Follow up with Dr. ", P(v.us_last()), " in 2 weeks.\n\n",
        "forwarding to you ", P(first(v)), " since you're going with ", rel(v), ". my email is ", E(v.email(who))]


def t_forward_intl(v):
    c, script = intl_ctx(v)
    nm = v.intl_full(c, script)
    return "forwarded", [
        "---- Forwarded ----\nFrom: ", P(nm, "INTL"), " <", E(v.intl_email(c, v.intl_full(c, False) if script else nm), "INTL"),
        ">\n", "\"", rel(v), " arrived in ", L(v.intl_city(c), "INTL"), ". The clinic wants the list of meds (", drug(v), ", ",
        drug(v), ") and the ", K(v.pick(LABS)), ". You can call me at ", T(v.intl_phone(c), "INTL"), "\"\n",
        "Can the team send that? — ", P(first(v))]


def t_list_contacts(v):
    out = [v.pick(["Contacts for ", "Phone list — ", "Who to call about "]), rel(v), ":\n"]
    for i in range(v.r.randint(3, 4)):
        bullet = v.pick([f"{i + 1}. ", "- ", "* ", ""])
        if v.chance(0.25):
            c = v.pick(["MX", "PH", "IN", "GB", "DE", "VN", "NG", "KR", "PL", "BR", "IE"])
            out += [bullet, P(v.intl_full(c, False), "INTL"), " (in ", L(v.intl_city(c), "INTL"), ") ",
                    T(v.intl_phone(c), "INTL"), "\n"]
        else:
            who = full(v) if v.chance(0.6) else first(v)
            out += [bullet, P(who), v.pick([" — ", ": ", " ", " - "]), T(v.us_phone()), "\n"]
    if v.chance(0.35):
        out += [v.pick(["Family page: ", "Updates: ", "Sign-up sheet: "]), U(v.url(full(v))), "\n"]
    out += [K(v.pick(["Poison Control", "Crisis line"])), " ", K(v.pick(HELPLINES[:2]))]
    return "list", out


def t_list_meds(v):
    out = [v.pick(["Med list for ", "MEDS — ", "Pill box for "]), P(full(v)), " (DOB ", D(v.us_dob()), ")\n"]
    for _ in range(v.r.randint(3, 5)):
        out += ["- ", drug(v), " ", v.pick(["daily", "BID", "at night", "with food", "as needed", "mornings"]), "\n"]
    out += ["Prescriber: Dr. ", P(v.us_last()), ", ", T(v.us_phone())]
    return "list", out


def t_list_schedule(v):
    out = [v.pick(["Schedule for ", "Who's with "]), rel(v), " this week\n"]
    for wd in v.r.sample(WEEKDAYS, 4):
        out += [K(wd), ": ", P(first(v) if v.chance(0.7) else full(v)), "\n"]
    out += ["address if you forgot: ", L(v.us_address())]
    return v.pick(["list", "list", "lower_case"]), out


def t_list_intl(v):
    out = ["Family abroad (for the ", cond(v), " team):\n"]
    for _ in range(v.r.randint(2, 3)):
        c, script = intl_ctx(v)
        out += ["- ", P(v.intl_full(c, script), "INTL"), ", ", L(v.intl_city(c), "INTL"), ", ", T(v.intl_phone(c), "INTL"), "\n"]
    return "list", out


def t_list_accounts(v):
    kind, num = v.card()
    g = v.gender()
    return "list", [
        "Things to cancel for ", grel(v, g), " (", P(full(v, g)), "):\n", "- ", card_label(v, kind), " ", A(num), "\n",
        "- checking at ", K(v.pick(["Chase", "Wells Fargo", "Bank of America", "the credit union"])), ", acct ",
        A(v.bank_account())] + ([", routing ", A(v.routing())] if v.chance(0.4) else []) + [
        "\n- ", K(v.pick(["Medicare", "Humana", "Aetna"])), " supplement, ", M(v.member_id()), "\n",
        "- email ", E(v.email())]


def t_run_on(v):
    g = v.gender()
    return "run_on", [
        "so ", grel(v, g), " called me at 6am because ", pr(g, "she"), " couldn't find the ", drug(v),
        " and I drove over and it was in the fridge for some reason, and then ", P(first(v)), " calls and says the ",
        K(v.pick(PROCS)), " got moved to ", K(v.pick(WEEKDAYS)), " and nobody told us, and the new place is ",
        L(v.us_address("comma")), " which is 40 minutes away, and I can't keep doing this, ",
        "can someone from the team call me, ", P(full(v)), ", ", T(v.us_phone()), v.pick([", thanks", ". sorry", ""])]


def t_run_on_billing(v):
    g = v.gender()
    who = full(v, g)
    relw = v.pick(["mother", "wife"] if g == "f" else ["father", "husband"])
    return "run_on", [
        "I have been on hold for an hour trying to fix this so I'm writing here, my ", relw, " ", P(who),
        " was billed for an ambulance ride ", pr(g, "she"), " never took, ", pr(g, "her"), " member ID is ",
        M(v.member_id()), " and date of birth ", D(v.us_dob()), ", and the collections people keep calling ",
        T(v.us_phone()), " which is MY number not theirs, and ", pr(g, "she"), " has ", cond(v),
        " and this stress is not good, please just call me or email ", E(v.email())]


def t_run_on_intl(v):
    c, script = intl_ctx(v)
    g = v.gender()
    return "run_on", [
        "my ", v.pick(["grandmother", "aunt", "mother-in-law"] if g == "f" else ["grandfather", "uncle", "father-in-law"]),
        " ", P(v.intl_full(c, script, g), "INTL"), " is flying in from ", L(v.intl_city(c), "INTL"), " next week and ",
        pr(g, "she"), " takes ", drug(v), " and we don't know if the doses are the same here, ", pr(g, "her"),
        " doctor back home gave me a number ", T(v.intl_phone(c), "INTL"), " but nobody answers, ", pr(g, "her"),
        " address there is ", L(v.intl_address(c), "INTL"), " if you need to send anything, and ", pr(g, "she"),
        "'ll be staying with us at ", L(v.us_address()), " — ", P(first(v))]


def t_lower_chat(v):
    return "lower_case", [
        "hey its ", P(first(v)), ", ", rel3(v), "'s ", K(v.pick(LABS)), v.pick([" was high again", " came back weird",
                                                                           " was better", " was off"]),
        " today. nurse ", P(first(v)), " said call ", T(v.us_phone()), " if it goes up. also ",
        P(first(v)), " can u grab the ", drug(v), " from the ", K(v.pick(["cvs", "walgreens", "rite aid"])), " on ",
        L(v.us_street_line()), "?"]


def t_lower_dob(v):
    g = v.gender()
    who = full(v, g)
    return "lower_case", [
        "for the ", K(v.pick(["portal", "insurance form", "prior auth", "disability form"])), " — name ", P(who),
        ", birthday ", D(v.us_dob()), ", ", v.pick(["ssn ", "social ", "ss# "]), S(v.ssn()), ", ",
        pr(g, "her"), " email ", E(v.email(who)), ". ", v.pick(["i think", "pretty sure", "ok"]),
        " thats everything, ", K(v.pick(["don't", "can't"])), " lose it this time"]


def t_caps(v):
    g = v.gender()
    return "all_caps", [
        "THIS IS ", P(full(v)), ". ", grel(v, g), " NEEDS ", pr(g, "her"), " ", drug(v), " REFILL. ",
        v.pick(["PHONE ", "CALL ", "MY NUMBER "]), T(v.us_phone()), ". ", v.pick(["ADDRESS ", "WE ARE AT "]),
        L(v.us_address("comma"))] + ([". DOB ", D(v.us_dob())] if v.chance(0.4) else []) + [
        v.pick([". THANK YOU", ". THANKS", ""])]


def t_caps_urgent(v):
    g = v.gender()
    return "all_caps", [
        v.pick(["URGENT: ", "PLEASE CALL BACK: ", "HELP — "]), grel(v, g), " ", P(full(v, g)), " ",
        v.pick(["FELL", "IS CONFUSED", "WON'T EAT", "HAS A FEVER"]), ". ", pr(g, "she"), " HAS ", cond(v), ". ",
        v.pick(["MRN ", "MEMBER ID ", "CHART "]), M(v.mrn()), ". CALL ", P(first(v)), " ", T(v.us_phone()),
        v.pick([" OR ", " / "]), T(v.us_phone())]


def t_typos(v):
    g = v.gender()
    return "typos", [
        v.pick(["hi ", "helo ", "Hi "]), "my ", v.pick(["mom", "granmother", "wife", "mother"] if g == "f" else
                                                    ["dad", "granfather", "husbnd", "father"]), " ", P(full(v, g)),
        v.pick([" need ", " needs ", " nedd "]), "the ", drug(v), v.pick([" refil", " refill pls", " refilled"]), ". ",
        pr(g, "her"), " ", v.pick(["dob ", "birthdate ", "birth day "]), D(v.us_dob()), ". ", v.pick(["call ", "cal ", "txt "]),
        T(v.us_phone()), v.pick([" thx", " thank u", "", " asap"])]


def t_general_portal(v):
    who = full(v)
    return "general_text", [
        v.pick(["I can't log in to ", "Locked out of ", "Password reset for "]),
        K(v.pick(["MyChart", "the patient portal", "FollowMyHealth"])), ". Username is ", E(v.email(who)), ", name ",
        P(who), ", DOB ", D(v.us_dob()), ". ", v.pick(["Please text ", "Call me at ", "Reach me on "]), T(v.us_phone()), "."]


def t_general_fundraiser(v):
    who = full(v)
    return "general_text", [
        v.pick(["We set up a page for ", "Fundraiser for ", "Updates on "]), P(who), "'s ",
        K(v.pick(["chemo", "rehab", "surgery", "dialysis", "hospice care"])), ": ", U(v.url(who)), v.pick([" — ", ". "]),
        "Questions to ", E(v.email()), ". ", K(v.pick(["We're", "We are", "I'm"])), " so grateful. — ", P(first(v))]


def t_general_military(v):
    return "general_text", [
        "My son ", P(full(v, "m")), " is deployed, his mail goes to ", L(v.us_special_address()),
        ". He has ", cond(v), ", on ", drug(v), ", and needs a 90 day supply sent. His ", K("TRICARE"), " ID is ",
        M(v.member_id()), ". Call me at ", T(v.us_phone())]


def t_intl_message(v):
    c, script = intl_ctx(v)
    g = v.gender()
    return "international", [
        v.pick(["My ", "Our "]), v.pick(["mother", "aunt", "grandmother", "sister"] if g == "f" else
                                        ["father", "uncle", "grandfather", "brother"]), " ", P(v.intl_full(c, script, g), "INTL"),
        " lives at ", L(v.intl_address(c), "INTL"), ". ", v.pick(["Phone: ", "Tel. ", "Mobile "]), T(v.intl_phone(c), "INTL"),
        ". ", pr(g, "she").capitalize(), " has ", cond(v), " and takes ", drug(v), ". ", v.pick(["Born ", "DOB "]),
        D(v.intl_dob(c), "INTL"), "."] + (
        [" Photos from ", pr(g, "her"), " birthday are on ", U(v.url(v.intl_full(c, False, g)), "INTL")] if v.chance(0.3) else [])


def t_intl_health(v):
    c = v.pick(["GB", "CA", "DE", "FR", "IN", "MX", "BR"])
    lab, hid = v.intl_health_id(c)
    return "international", [
        P(v.intl_full(c, False), "INTL"), "'s ", lab, " is ", M(hid, "INTL"), ". ",
        v.pick(["GP surgery", "Clinic", "Family doctor"]), ": ", L(v.intl_address(c), "INTL"), ", ", T(v.intl_phone(c), "INTL"),
        ". ", rel(v), " has ", cond(v), "."]


def t_intl_uk_bank(v):
    sc, ac = v.uk_sort_account()
    g = v.gender()
    return "international", [
        "For ", grel(v, g), "'s care fees: sort code ", A(sc, "INTL"), ", account ", A(ac, "INTL"), ", name ",
        P(v.intl_full("GB", False, g), "INTL"), ". Address ", L(v.intl_address("GB"), "INTL"), ". ",
        pr(g, "she").capitalize(), "'s on ", drug(v), "."]


def t_intl_email(v):
    c, script = intl_ctx(v)
    return "international", [
        "Please email the ", K(v.pick(["discharge summary", "lab results", "medication list", "vaccination record"])), " to ",
        E(v.intl_email(c, v.intl_full(c, False)), "INTL"), " (", P(v.intl_full(c, script), "INTL"), ", in ",
        L(v.intl_city(c), "INTL"), "). ", v.pick(["Or WhatsApp ", "Or call "]), T(v.intl_phone(c), "INTL")]


def t_city_alone(v):
    city, st, _ = v.us_city()
    return v.pick(["lower_case", "general_text", "all_caps"]), [
        P(first(v)), " drove ", rel(v), " up from ", L(city), " for the ", K(v.pick(PROCS)), ". ",
        v.pick(["We're staying in ", "Hotel is in "]), L(v.us_city_state()), " till ", K(v.pick(WEEKDAYS)),
        ". ", K(v.pick(["I'll", "We'll", "She'll"])), " call you from ", T(v.us_phone())]


def t_zip_nolabel(v):
    return v.pick(["general_text", "lower_case"]), [
        P(full(v)), v.pick([" moved to ", " is now in ", " lives near "]), L(v.us_city_state(with_zip=True)),
        ". Closest ", K(v.pick(["Walgreens", "CVS", "Kaiser", "urgent care"])), v.pick([" is fine for the ", " can fill the "]),
        drug(v), ". ", v.pick(["Phone ", "New cell "]), T(v.us_phone())]


def t_ssn_plain(v):
    g = v.gender()
    return v.pick(["general_text", "typos", "lower_case"]), [
        v.pick(["Re the disability paperwork for ", "For ", "SSDI form — "]), P(full(v, g)), ": ",
        v.pick(["social is ", "SSN ", "soc sec # ", "", pr(g, "her") + " social "]), S(v.ssn()), ", ", v.pick(["born ", "DOB "]),
        D(v.us_dob()), ". Diagnosis ", cond(v), ". ", K("Social Security"), " office wants it by ", K(v.pick(MONTHS)), "."]


def t_url_personal(v):
    who = full(v)
    return v.pick(["general_text", "signature", "lower_case"]), [
        v.pick(["Here's ", "This is ", "Link to "]), P(who), v.pick(["'s page: ", "'s updates: ", " — page for visits and meals: "]),
        U(v.url(who)), v.pick([". ", " — "]), rel(v), v.pick([" would love visitors after the ", " is resting after the "]),
        K(v.pick(PROCS)), "."]


def t_typos_billing(v):
    g = v.gender()
    return "typos", [
        v.pick(["i got ", "we got ", "recieved "]), "a bill for $", str(v.r.randint(40, 2400)), " for my ",
        v.pick(["mother", "wife", "grandmother"] if g == "f" else ["father", "husband", "grandfather"]), " ", P(full(v, g)),
        " but we allready paid it at the ", K(v.pick(["ER", "urgent care", "lab", "pharmacy"])), ". ", pr(g, "her"),
        " ", v.pick(["member id ", "patient id ", "MRN ", "insurance id # "]), M(v.pick([v.mrn(), v.member_id()])), ", ",
        v.pick(["social ", "ssn "]),
        S(v.ssn()), ". plese call back ", T(v.us_phone())]


def t_typos_address(v):
    g = v.gender()
    return "typos", [
        v.pick(["plz ", "please ", "Pls "]), "chnage the adress for ", P(full(v, g)), " to ", L(v.us_address()),
        ", ", pr(g, "she"), " moved after the ", K(v.pick(["stroke", "fall", "hip surgery", "hospital stay"])), ". ",
        pr(g, "her"), " new phone is ", T(v.us_phone()), " and email ", E(v.email()), ". thank you so much"]


def t_caps_form(v):
    g = v.gender()
    who = full(v, g)
    return "all_caps", [
        "FOR THE ", K(v.pick(["MEDICAID", "DISABILITY", "HOSPICE", "SNAP"])), " APPLICATION: NAME ", P(who), ", DOB ",
        D(v.us_dob()), ", SOCIAL ", S(v.ssn()), ", ADDRESS ", L(v.us_address(v.pick(["comma", "nocomma"]))),
        ". ", pr(g, "she"), " HAS ", cond(v), ". CALL ", P(first(v)), " AT ", T(v.us_phone())]


TEMPLATES = {
    "general_text": [t_refill_request, t_new_address, t_special_address, t_billing_card, t_bank_autopay,
                     t_general_portal, t_general_fundraiser, t_general_military, t_city_alone, t_zip_nolabel,
                     t_ssn_plain, t_url_personal],
    "speaker_label": [t_caregiver_update, t_family_thread, t_speaker_intl],
    "form": [t_ssn_form, t_registration_form, t_intl_form],
    "clinician_note": [t_clinician_brief, t_clinician_long, t_clinician_intl],
    "signature": [t_signature_us, t_signature_intl, t_signature_business],
    "forwarded": [t_forward_email, t_forward_text, t_forward_portal, t_forward_intl],
    "list": [t_list_contacts, t_list_meds, t_list_schedule, t_list_intl, t_list_accounts],
    "run_on": [t_run_on, t_run_on_billing, t_run_on_intl],
    "lower_case": [t_lower_chat, t_lower_dob],
    "all_caps": [t_caps, t_caps_urgent, t_caps_form],
    "typos": [t_typos, t_typos_billing, t_typos_address],
    "international": [t_iban, t_intl_message, t_intl_health, t_intl_uk_bank, t_intl_email],
}
ALL = sorted({f for fs in TEMPLATES.values() for f in fs}, key=lambda f: f.__name__)

# relative weights when drawing a template from its bucket (default 1): favour the rarer identifier types
WEIGHTS = {"t_special_address": 4, "t_general_military": 3, "t_new_address": 2, "t_url_personal": 3, "t_ssn_plain": 4, "t_ssn_form": 2, "t_general_fundraiser": 3, "t_billing_card": 2, "t_bank_autopay": 2,
           "t_list_accounts": 3, "t_iban": 2, "t_lower_dob": 2, "t_signature_intl": 2, "t_forward_intl": 2,
           "t_run_on_intl": 2, "t_list_intl": 2, "t_clinician_intl": 2, "t_intl_form": 2, "t_speaker_intl": 2}
