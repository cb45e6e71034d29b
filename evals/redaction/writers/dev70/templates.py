"""Message templates for the template half of dev70. Written for this file; seed fixed in gen_values."""
from gen_values import *  # noqa
from gen_values import _d, _L, _ascii

GENDERED = {"Daughter": "f", "Son": "m", "Wife": "f", "Husband": "m", "Sister": "f", "Brother": "m", "Niece": "f",
            "Grandson": "m", "Granddaughter": "f", "Son-in-law": "m", "Daughter-in-law": "f", "Nephew": "m"}


def first_g(g):
    loc = R.choice(US_NAME_LOCS)
    f = F[loc]
    return f.first_name_female() if g == "f" else f.first_name_male()


def rel_name():
    r = R.choice(SPEAKER_REL + ["", ""])
    return r, (first_g(GENDERED[r]) if r in GENDERED else us_person()[0])

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "omeprazole", "prednisone", "Jardiance",
         "Ozempic", "Xarelto", "Plavix", "furosemide", "losartan", "metoprolol", "donepezil", "memantine", "Sinemet",
         "tamsulosin", "albuterol", "Symbicort", "Spiriva", "buprenorphine", "Suboxone", "naloxone", "trazodone", "quetiapine",
         "lorazepam", "tramadol", "Tylenol", "vitamin D", "fish oil", "magnesium", "Entresto", "digoxin", "allopurinol",
         "Trulicity", "insulin", "Lantus", "Humalog", "Keppra", "Synthroid", "Zoloft", "Norco", "Flomax", "Aricept", "Coumadin"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "type 2 diabetes", "hypertension", "heart failure", "chronic kidney disease", "gout", "osteoarthritis", "sleep apnea",
         "macular degeneration", "glaucoma", "depression", "dementia", "hypothyroidism", "osteoporosis", "neuropathy",
         "a UTI", "pneumonia", "cellulitis", "shingles", "asthma", "sciatica", "vertigo", "Crohn's", "lupus", "MS"]
LABS = ["Hemoglobin A1c", "INR", "lipid panel", "CBC", "CMP", "TSH", "BNP", "eGFR", "potassium", "PSA", "B12", "urinalysis", "A1c"]
BODY = ["left knee", "lower back", "right hip", "ankle", "chest", "kidneys", "liver", "shoulder", "wrist", "feet", "lungs"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Auntie", "Uncle", "Gran", "Pop", "Mama"]
ORGS = ["Walgreens", "CVS", "Rite Aid", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Humana", "Aetna", "Cleveland Clinic", "Costco pharmacy"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "It's", "They're", "Didn't", "We're"]
SPEAKER_REL = ["Daughter", "Son", "Wife", "Husband", "Sister", "Brother", "Niece", "Grandson", "Granddaughter", "Neighbor",
               "Caregiver", "Friend", "Son-in-law", "Daughter-in-law", "Nephew", "Aide"]
TITLES = ["Dr.", "Dr", "dr", "Mrs.", "Mr.", "Ms.", "Nurse", "NP", "Dr."]

DEVCOND = {"CPAP": "sleep apnea", "insulin pump": "type 1 diabetes", "oxygen concentrator": "COPD", "hearing aid": "hearing loss",
           "Dexcom receiver": "type 1 diabetes", "nebulizer": "asthma", "hospital bed": "Parkinson's", "power wheelchair": "MS",
           "TENS unit": "chronic pain", "pacemaker": "heart block"}


class Msg:
    def __init__(self, style):
        self.style, self.parts, self.ids, self.keep = style, [], [], []

    def t(self, s):
        self.parts.append(s)
        return self

    def i(self, s, typ, reg="US"):
        self.parts.append(s)
        d = {"text": s, "type": typ, "region": reg}
        if d not in self.ids:
            self.ids.append(d)
        return self

    def k(self, s):
        self.parts.append(s)
        if s not in self.keep:
            self.keep.append(s)
        return self

    # shorthands
    def p(self, s, reg="US"):
        return self.i(s, "PERSON", reg)

    def done(self, case=None):
        text = "".join(self.parts)
        ids, keep = [dict(d) for d in self.ids], list(self.keep)
        if case:
            f = str.lower if case == "lower" else str.upper
            text = f(text)
            for d in ids:
                d["text"] = f(d["text"])
            keep = [f(k) for k in keep]
            seen, ids2 = [], []
            for d in ids:
                if d not in seen:
                    seen.append(d)
            ids = seen
            keep = list(dict.fromkeys(keep))
        return {"style": self.style, "text": text, "identifiers": ids, "keep": keep, "source": "template"}


def ch(*a):
    return R.choice(a)


def rec(kind=None):
    kind = kind or R.choice(list(RECORD))
    labels, gen = RECORD[kind]
    return kind, R.choice(labels), gen()


def fl():
    return us_person()


# ============================================================ record-heavy templates
def t_portal():
    m = Msg("portal_paste")
    f, l = fl()
    _, _, mrn = rec("mrn")
    lay = R.randint(0, 2)
    if lay == 0:
        m.t(ch("copied from the portal:\n", "from MyChart:\n", "", "pasting this from the app\n"))
        m.t("Patient: ").p(name_variant(f, l)).t("\n")
        m.t(ch("MRN: ", "MRN ", "Medical Record #: ")).i(mrn, "MEDICAL_RECORD_NUMBER").t(ch("   ", "  |  ", "\n"))
        m.t(ch("DOB: ", "Date of Birth: ", "DOB ")).i(dob(), "DATE_OF_BIRTH").t("\n")
        _, lab, enc = rec("encounter")
        m.t(lab + " ").i(enc, "MEDICAL_RECORD_NUMBER").t("\n")
        m.t("Reason for visit: ").k(R.choice(CONDS)).t(" follow up")
    elif lay == 1:
        m.t("Your test result is available.\n").p(f"{f} {l}").t(f" (MRN {''}").i(mrn, "MEDICAL_RECORD_NUMBER").t(")\n")
        m.k(R.choice(LABS)).t(f": {R.choice(['6.9%', '142', '2.8', '4.1', 'see note'])}\n")
        m.t(ch("Comment from ", "Message from ")).t(ch("Dr. ", "Dr ")).p(US.last_name()).t(f": {ch('looks stable', 'let us recheck in 3 months', 'we should talk about your ')}")
        if m.parts[-1].endswith("your "):
            m.k(R.choice(DRUGS)).t(" dose")
    else:
        m.t("Appointment Reminder\n").p(name_variant(f, l)).t("\n")
        m.t(R.choice(DAYS) + f" {R.randint(8, 11)}:{ch('00', '15', '30', '45')} AM  ").k(ch("Cardiology", "Endocrinology", "Nephrology", "Neurology", "Pulmonology", "Podiatry"))
        m.t("\nLocation: ").i(us_address(False), "LOCATION").t("\n")
        m.t(ch("Encounter ", "Visit ID ", "CSN ")).i(rec("encounter")[2], "MEDICAL_RECORD_NUMBER")
        m.t(ch("\nQuestions? ", "\nCall ")).i(us_phone(), "PHONE_NUMBER")
    return m.done()


def t_fax():
    m = Msg("fax")
    f, l = fl()
    m.t(ch("FAX", "*** FAX ***", "FACSIMILE", "Fax Cover Sheet")).t(ch("\nTO: ", "   TO: ")).t(ch("Dr. ", "DR ", "")).p(US.last_name().upper())
    m.t(ch("\nFROM FAX: ", "   FROM: ", "\nFAX#: ")).i(us_phone(), "PHONE_NUMBER").t(f"   PAGES: {R.randint(2, 14)}\n")
    m.t("RE: ").p(f"{l.upper()}, {f.upper()}").t(ch("   DOB ", "  D.O.B. ", "\nDOB: ")).i(dob(), "DATE_OF_BIRTH").t("\n")
    k, lab, num = rec(R.choice(["mrn", "chart", "member", "medicaid"]))
    m.t(lab.upper() + " ").i(num, "MEDICAL_RECORD_NUMBER").t("\n")
    m.t(ch("PLEASE SEND ", "RE-FAXING ", "REQUESTING ")).k(R.choice(LABS).upper()).t(ch(" RESULTS", " + NOTES", " FROM LAST VISIT"))
    if R.random() < .5:
        m.t(" TO ").i(us_phone(), "PHONE_NUMBER")
    return m.done()


def t_insurance_readout():
    m = Msg(ch("speaker_label", "general_text", "lower_case"))
    f, l = fl()
    _, _, mem = rec("member")
    _, _, grp = rec("group")
    if m.style == "speaker_label":
        a, b = US.first_name(), US.first_name()
        m.p(a).t(f": {ch('can you read me', 'what is', 'send me')} the insurance {ch('info', 'numbers', 'stuff')} for ").k(R.choice(RELS)).t("\n")
        m.p(b).t(ch(": ok. ", ": ")).t(ch("ID ", "member id ", "Member ID: ", "id# ")).i(mem, "MEDICAL_RECORD_NUMBER").t("\n")
        m.p(b).t(ch(": group ", ": grp ", ": and group is ")).i(grp, "MEDICAL_RECORD_NUMBER").t("\n")
        m.p(a).t(ch(": thx", ": got it, refilling the ", ": 👍")) 
        if m.parts[-1].endswith("the "):
            m.k(R.choice(DRUGS))
        return m.done()
    m.t(ch("insurance for ", "Card info for ", "here's the card for ")).p(ch(f"{f} {l}", f, f"{f} {l}".upper())).t(": ")
    m.t(ch("member ", "ID ", "Member ID ")).i(mem, "MEDICAL_RECORD_NUMBER").t(ch(", group ", " / grp ", ", Group No. "))
    m.i(grp, "MEDICAL_RECORD_NUMBER").t(ch(". pharmacy needs it for the ", ". it's for the ", ". the "))
    m.k(R.choice(DRUGS)).t(ch(" refill", " prior auth", " copay card", " that got rejected"))
    return m.done("lower" if m.style == "lower_case" else None)


def t_claim():
    m = Msg("general_text")
    f, l = fl()
    _, lab, num = rec("claim")
    m.t(ch("Hello, I'm calling about a bill for ", "Re: denied claim for ", "I need help with a charge for my ", "Question about "))
    if m.parts[-1].endswith("my "):
        m.k(R.choice(RELS[:4]).lower()).t(" ")
    m.p(ch(f"{f} {l}", f"{f} {R.choice('ABCDEFGHJKLMNPRST')}. {l}")).t(". ")
    m.t(lab[0].upper() + lab[1:] + " ").i(num, "MEDICAL_RECORD_NUMBER").t(ch(" was denied", " says we owe $", " shows out of network"))
    if m.parts[-1].endswith("$"):
        m.t(f"{R.randint(40, 3900)}.{R.randint(10, 99)}")
    m.t(ch(" for the ", " for her ", " for his ")).k(ch("MRI", "colonoscopy", "CT scan", "echo", "sleep study", "ambulance ride", "PT visits"))
    if R.random() < .6:
        _, lab2, mem = rec("member")
        m.t(ch(". Her ", ". His ", ". ")).t(lab2 + " ").i(mem, "MEDICAL_RECORD_NUMBER")
    if R.random() < .5:
        _, lab3, case = rec("case")
        m.t(ch(". They gave me ", ". Last time I got ", "; previous call ")).t(lab3 + " ").i(case, "MEDICAL_RECORD_NUMBER")
    m.t(ch(". Appeals go to ", ". Send the appeal to ", ". Mail is ")).i(po_box(), "LOCATION")
    if R.random() < .5:
        m.t(ch(". Call me at ", ". My number ", ". cb ")).i(us_phone(), "PHONE_NUMBER")
    m.t(".")
    return m.done()


def t_rx():
    m = Msg(ch("general_text", "lower_case", "sms", "speaker_label"))
    f, l = fl()
    _, lab, num = rec("rx")
    drug = R.choice(DRUGS)
    if m.style == "speaker_label":
        a = US.first_name()
        sr, a = rel_name()
        m.t(sr + " " if sr else "").p(a).t(f": {ch('the', 'ok the')} {ch('Rx number', 'rx #', 'number on the bottle')} for ").k(R.choice(RELS)).t("'s ").k(drug).t(" is ").i(num, "MEDICAL_RECORD_NUMBER")
        m.t("\n").p(US.first_name()).t(ch(": ok calling ", ": i'll do it on the app, it's at ", ": thx. ")).k(R.choice(ORGS[:3] + ["Costco pharmacy"]))
        return m.done()
    m.t(ch("pharmacy says ", "The pharmacy told me ", "they said ")).t(lab + " ").i(num, "MEDICAL_RECORD_NUMBER")
    m.t(ch(" has no refills left", " is too early to fill", " needs a new prior auth", " was transferred"))
    m.t(ch(". it's the ", " — the ", ". ")).k(drug).t(ch(" for ", " that ", " for ")).p(ch(f, f"{f} {l}", f"Mr. {l}" if False else f)).t(". ")
    m.t(ch("their number is ", "pharmacy line ", "call back at ")).i(us_phone(), "PHONE_NUMBER")
    return m.done("lower" if m.style == "lower_case" else None)


def t_device():
    m = Msg(ch("run_on", "general_text", "lower_case"))
    f, l = fl()
    dev = R.choice(DEVICE)
    _, lab, num = rec("device")
    m.t(ch(f"the {dev} ", f"{R.choice(RELS)}'s {dev} ", f"our {dev} ")).t(ch("stopped working", "keeps alarming", "is making a noise", "won't charge", "needs replacing"))
    m.t(ch(" and the company wants the ", ", supplier asked for the ", ". they need the ")).t(lab + " ").i(num, "MEDICAL_RECORD_NUMBER")
    if R.random() < .4:
        o, c = R.choice([(" (or maybe ", ")"), (" — could also be ", ""), (", sticker is worn so maybe ", "?")])
        alt = typo_num(num) or (num + "0")
        m.t(o).i(alt, "MEDICAL_RECORD_NUMBER").t(c)
    m.t(ch(". it's ", ". belongs to ", ". patient is ")).p(ch(f"{f} {l}", f)).t(ch(", on it for ", ", uses it for ", ", has "))
    m.k(DEVCOND[dev])
    if R.random() < .5:
        m.t(ch(". ship to ", ". address: ", ". deliver to ")).i(us_address(), "LOCATION")
    return m.done("lower" if m.style == "lower_case" else None)


def t_voice():
    m = Msg("voice_transcript")
    f, l = fl()
    kind = R.choice(["member", "mrn", "medicare", "claim", "chart", "medicaid", "case"])
    _, lab, num = rec(kind)
    m.t(ch("voicemail (transcribed): ", "[auto transcript] ", "Voice memo: ", "Caller: "))
    m.t(ch("hi this is ", "yes hello it's ", "hey it's ")).p(ch(f, f"{f} {l}")).t(ch(" calling about my ", " about my ")).k(R.choice(RELS).lower()).t(ch("'s ", "s ")).k(R.choice(DRUGS))
    m.t(ch(", the ", ". um the ", ". so the ")).t(lab.rstrip(":# ").lower() + " is ").i(spoken(num), "MEDICAL_RECORD_NUMBER")
    if R.random() < .6:
        m.t(ch(", date of birth ", ", and her birthday is ", ", born ")).i(ch(dob(), spoken_date()), "DATE_OF_BIRTH")
    m.t(ch(", call me back at ", ", my number is ", ". callback ")).i(ch(us_phone(), spoken_phone()), "PHONE_NUMBER")
    m.t(ch(", thanks", ", bye", ". thank you so much", ""))
    return m.done()


def spoken_date():
    d = US.date_of_birth(minimum_age=30, maximum_age=95)
    ords = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
            11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
            18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
            24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth",
            29: "twenty ninth", 30: "thirtieth", 31: "thirty first"}
    yr = str(d.year)
    tens = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    yy = int(yr[2:])
    yw = (tens[yy // 10] + (" " + ones[yy % 10] if yy % 10 else "")) if yy >= 20 else f"oh {ones[yy % 10]}" if yy < 10 else str(yy)
    cent = "nineteen" if yr.startswith("19") else "two thousand"
    return ch(f"{MONTHS[d.month - 1].lower()} {ords[d.day]} {cent} {yw}", f"the {ords[d.day]} of {MONTHS[d.month - 1]} {yr}",
              f"{d.month} {d.day} {yr[2:]}")


def spoken_phone():
    a, e, n = R.choice(AREA), str(R.randint(201, 989)), "".join(R.choice("0123456789") for _ in range(4))
    return spoken(f"{a}-{e}-{n}").replace("dash", ",")


def t_correction():
    m = Msg(ch("lower_case", "general_text", "run_on", "speaker_label"))
    f, l = fl()
    kind = R.choice(["mrn", "member", "claim", "rx", "medicaid", "chart", "case", "encounter"])
    _, lab, num = rec(kind)
    wrong = typo_num(num)
    if not wrong:
        num, wrong = _d(8), None
        wrong = typo_num(num)
    if m.style == "speaker_label":
        a = US.first_name()
        m.p(a).t(": ").t(lab + " ").i(wrong, "MEDICAL_RECORD_NUMBER").t("\n").p(a).t(ch(": sorry typo, ", ": wait no its ", ": *")).i(num, "MEDICAL_RECORD_NUMBER")
        m.t("\n").p(US.first_name()).t(ch(": got it", ": ok which one is for the ", ": 👍"))
        if m.parts[-1].endswith("the "):
            m.k(R.choice(DRUGS)).t("?")
        return m.done()
    m.t(ch("the ", "ok ", "so the ")).t(lab + " ").t(ch("is ", "for ")).t("")
    if m.parts[-1] == "" and R.random() < 0:
        pass
    if "for" in m.parts[-2]:
        m.p(f).t(" is ")
    m.i(wrong, "MEDICAL_RECORD_NUMBER").t(ch(", no wait, ", " — sorry, ", ". correction: ", ", no sorry it's "))
    m.i(num, "MEDICAL_RECORD_NUMBER").t(ch(". I mixed up two digits", ", I read it wrong", "", ". bad eyes lol"))
    m.t(ch(". it's for the ", ". for her ", ". this is about the ")).k(R.choice(DRUGS + ["MRI", "echo", "biopsy"]))
    if R.random() < .4:
        m.t(ch(". ", ". -")).p(ch(US.first_name(), f"{US.first_name()} {l}"))
    return m.done("lower" if m.style == "lower_case" else None)


def t_half():
    m = Msg(ch("lower_case", "speaker_label", "typo", "general_text"))
    f, l = fl()
    kind = R.choice(["mrn", "member", "chart", "medicaid", "medicare", "case"])
    _, lab, num = rec(kind)
    part = num[: max(3, len(num) // 2)].rstrip(" -.")
    prefix = ""
    if m.style == "speaker_label":
        prefix = US.first_name()
        m.p(prefix).t(": ")
    m.t(ch("I don't have the card but the ", "don't remember the whole ", "i think the ", "the ")).t(lab.rstrip(":").lower()).t(ch(" starts with ", " begins ", " is ")).i(part, "MEDICAL_RECORD_NUMBER")
    m.t(ch(" something", "... something", " and then some more", " and ends in ")).t("")
    if m.parts[-2].endswith("ends in "):
        m.i(num[-4:] if num[-4:][0].isalnum() else num[-3:], "MEDICAL_RECORD_NUMBER")
    elif R.random() < .5:
        m.t(ch(", maybe ", ", could be ", "? maybe it's ")).i(num, "MEDICAL_RECORD_NUMBER")
    m.t(ch(". it's under ", ". name is ", ". for ")).p(ch(f"{f} {l}", f, f"{f} {l}".lower())).t(ch(", ", ". dob ", ", born "))
    m.i(dob(), "DATE_OF_BIRTH")
    if R.random() < .5:
        m.t(ch(". she's on ", ". he takes ", ". need it for the ")).k(R.choice(DRUGS))
        if m.parts[-2].endswith("the "):
            m.t(" refill")
    return m.done("lower" if m.style == "lower_case" else None)


def t_wrapped():
    m = Msg(ch("form", "portal_paste", "fax", "lower_case"))
    f, l = fl()
    kind = R.choice(["member", "mrn", "claim", "encounter", "medicaid", "auth"])
    _, lab, num = rec(kind)
    m.t(ch("Name: ", "Patient: ", "Member: ")).p(name_variant(f, l)).t(ch("\n", "    "))
    m.t(lab + " ").i(wrap(num), "MEDICAL_RECORD_NUMBER").t("\n")
    if R.random() < .6:
        m.t(ch("DOB ", "Birthdate: ", "D.O.B: ")).i(dob(), "DATE_OF_BIRTH").t("\n")
    if R.random() < .5:
        m.t(ch("Dx: ", "Reason: ")).k(R.choice(CONDS))
    else:
        m.t(ch("Drug: ", "Rx: ", "Medication requested: ")).k(R.choice(DRUGS))
    if m.style == "lower_case":
        m.t(ch("\n(sorry it wrapped weird)", "\nthe number got cut on my phone, it's all one number"))
    return m.done("lower" if m.style == "lower_case" else None)


# ============================================================ general / family templates
def t_chat():
    m = Msg("speaker_label")
    people = [rel_name() for _ in range(R.randint(2, 3))]
    pat = us_person()
    rel = R.choice(RELS)
    lines = ["med"] + R.sample(["appt", "phone", "addr", "lab", "feel", "dob"], R.randint(2, 3))
    if R.random() < .15:
        lines.append("record")
    R.shuffle(lines)
    for j, what in enumerate(lines):
        r_, n = people[j % len(people)]
        if r_:
            m.t(r_ + " ")
        m.p(n).t(": ")
        if what == "med":
            m.t(ch("gave ", "did anyone give ", "remember to give ", "I gave ")).k(rel).t(" the ").k(R.choice(DRUGS)).t(ch(" at 8", "?", " with breakfast", " already"))
        elif what == "appt":
            m.t(ch("appt with ", "we see ", "")).t(ch("Dr. ", "dr ", "Dr ")).p(US.last_name()).t(ch(" on ", " ", " next ")).k(R.choice(DAYS)).t(ch(" at 2", "", " for the ")) 
            if m.parts[-1].endswith("the "):
                m.k(R.choice(BODY))
        elif what == "phone":
            m.t(ch("new number for ", "cell for ", "call ")).p(ch(pat[0], f"{pat[0]} {pat[1]}")).t(ch(": ", " at ", " ")).i(us_phone(), "PHONE_NUMBER")
        elif what == "addr":
            m.t(ch("send it to ", "the address is ", "she's staying at ", "pickup from ")).i(us_address(), "LOCATION")
        elif what == "lab":
            m.k(R.choice(LABS)).t(ch(" came back high", " was fine", " is due", " got lost lol"))
        elif what == "record":
            _, lab, num = rec(R.choice(["mrn", "member", "medicare", "chart"]))
            m.t(ch("here's the ", "")).t(lab + " ").i(num, "MEDICAL_RECORD_NUMBER")
        elif what == "feel":
            m.k(ch("She'd", "He's", "I'm", "We're")).t(ch(" doing better today", " worried about the ", " not sleeping"))
            if m.parts[-1].endswith("the "):
                m.k(R.choice(CONDS))
        elif what == "dob":
            m.t(ch("dob is ", "birthday ", "DOB ")).i(dob(min_age=50), "DATE_OF_BIRTH")
        m.t("\n")
    msg = m.done()
    msg["text"] = msg["text"].rstrip("\n")
    return msg


def t_lower():
    m = Msg("lower_case")
    f, l = fl()
    m.t(ch("hey its ", "hi this is ", "its ", "this is ")).p(f).t(ch(". ", ", ", " again. "))
    m.k(R.choice(RELS)).t(ch(" has ", " got ", "s got ")).k(R.choice(CONDS)).t(ch(" again", " acting up", " flare", ""))
    m.t(ch(" and needs ", ", can someone pick up the ", ", we ran out of ")).k(R.choice(DRUGS))
    m.t(ch(". my cell ", ". text me ", ". im at ")).i(us_phone(), "PHONE_NUMBER")
    if R.random() < .5:
        m.t(ch(" or ", ", or my wife ", ", or my brother "))
        m.p(first_g("f") if m.parts[-1].endswith("wife ") else first_g("m")).t(" ").i(us_phone(), "PHONE_NUMBER")
    return m.done("lower")


def t_caps():
    m = Msg("all_caps")
    f, l = fl()
    m.t(ch("THIS IS ", "FROM ", "")).p(f"{f} {l}").t(ch(". ", " - ", ": "))
    rel, g = R.choice([("MY WIFE ", "f"), ("MY HUSBAND ", "m"), ("MY MOTHER ", "f"), ("MY SON ", "m"), ("MY DAD ", "m")])
    m.t(rel).p(first_g(g)).t(ch(" IS OUT OF ", " NEEDS THE ", " RAN OUT OF ", " NEEDS MORE "))
    m.k(R.choice(DRUGS)).t(ch(". CALL ", ". PHONE ", ". CALL ME BACK AT ")).i(us_phone(), "PHONE_NUMBER")
    if R.random() < .5:
        m.t(ch(". WE LIVE AT ", ". ADDRESS ", ". WE MOVED TO ")).i(us_address(False), "LOCATION")
    if R.random() < .2:
        _, lab, num = rec(R.choice(["member", "medicare", "mrn"]))
        m.t(". " + lab + " ").i(num, "MEDICAL_RECORD_NUMBER")
    return m.done("upper")


def t_address_change():
    m = Msg(ch("general_text", "general_text", "form"))
    f, l = fl()
    m.t(ch("Address change for ", "Please update the address for ", "ADDRESS UPDATE - ", "Hi, new address for ")).p(ch(f"{f} {l}", f"{l}, {f}", f"Mrs. {l}"[5:] if False else f"{f} {l}"))
    m.t(ch(":\n", " effective today.\n", ".\n"))
    m.t(ch("Old: ", "OLD ADDRESS: ", "was ")).i(us_address(), "LOCATION").t("\n")
    m.t(ch("New: ", "NEW ADDRESS: ", "now ")).i(ch(us_address(), us_address(), po_box(), rural()), "LOCATION").t("\n")
    if R.random() < .6:
        m.t(ch("Phone stays ", "New phone ", "Home phone: ")).i(us_phone(), "PHONE_NUMBER").t("\n")
    if R.random() < .5:
        m.t(ch("Email ", "email: ")).i(email_for(f, l), "EMAIL_ADDRESS").t("\n")
    m.t(ch("It's for her ", "This is for his ", "Needed for the ")).k(ch("Medicare", "oxygen deliveries", "home health visits", "Meals on Wheels", "dialysis transport")).t(ch(" mail.\n", ".\n", " paperwork.\n"))
    m.t(ch("Thanks, ", "- ", "Thank you!\n")).p(US.first_name()).t(ch(" (daughter)", " (POA)", "", " (son)"))
    return m.done()


def t_intake():
    m = Msg("form")
    f, l = fl()
    m.t(ch("NEW PATIENT INTAKE\n", "Registration form\n", "Patient information\n", ""))
    m.t(ch("Name: ", "Patient Name: ", "NAME ")).p(name_variant(f, l)).t("\n")
    m.t(ch("DOB: ", "Date of birth: ", "Birthdate ")).i(dob(), "DATE_OF_BIRTH").t("\n")
    if R.random() < .65:
        m.t(ch("SSN: ", "Social Security #: ", "SS# ", "Soc Sec No. ")).i(ssn(), "US_SSN").t("\n")
    m.t(ch("Address: ", "Home address: ", "Street: ")).i(us_address(), "LOCATION").t("\n")
    m.t(ch("Phone: ", "Cell: ", "Best # ")).i(us_phone(), "PHONE_NUMBER").t("\n")
    if R.random() < .6:
        m.t(ch("Email: ", "E-mail ")).i(email_for(f, l), "EMAIL_ADDRESS").t("\n")
    if R.random() < .4:
        _, lab, mem = rec("member")
        m.t(ch("Insurance ID: ", "Member ID: ", "Policy #: ")).i(mem, "MEDICAL_RECORD_NUMBER").t("\n")
    else:
        m.t("Insurance: ").k(ch("Medicare", "Medicaid", "Humana", "Aetna", "Kaiser", "self-pay")).t("\n")
    ef, el = us_person()
    m.t(ch("Emergency contact: ", "Emergency Contact - ")).p(f"{ef} {el}").t(ch(" (spouse) ", " (friend) ", " (neighbor) ", " (child) ", " (POA) ")).i(us_phone(), "PHONE_NUMBER").t("\n")
    m.t(ch("Current meds: ", "Medications: ")).k(R.choice(DRUGS[:25])).t(", ").k(R.choice(DRUGS[25:]))
    m.t(ch("\nAllergies: NKDA", "\nAllergies: penicillin", ""))
    return m.done()


def t_signature():
    m = Msg("signature")
    f, l = fl()
    m.t(ch("Thanks for the update on ", "Got it, I'll bring ", "Appreciate it. ", "See you ")).t("")
    if m.parts[-2].endswith("on "):
        m.k(R.choice(RELS)).t(".")
    elif m.parts[-2].endswith("bring "):
        m.t("the ").k(R.choice(DRUGS)).t(" list.")
    elif m.parts[-2].startswith("See"):
        m.k(R.choice(DAYS)).t(".")
    m.t(ch("\n\n", "\n--\n", "\n\nBest,\n", "\n\nRegards,\n"))
    m.p(ch(f"{f} {l}", f"{f} {R.choice('ABCDEFGHJKLMNPRSTW')}. {l}")).t(ch("", ", RN", ", LCSW", " | Caregiver", ", CNA")).t("\n")
    if R.random() < .5:
        m.i(us_address(), "LOCATION").t("\n")
    m.t(ch("", "cell ", "C: ", "Mobile: ", "ph ")).i(us_phone(), "PHONE_NUMBER").t(ch("\n", " | "))
    m.i(email_for(f, l, ch(None, None, "gmail.com", f"{_ascii(l)}family.org", "homecarepartners.net")), "EMAIL_ADDRESS")
    if R.random() < .55:
        m.t("\n").i(url_for(f, l), "URL")
    return m.done()


def t_payment():
    m = Msg(ch("general_text", "lower_case", "speaker_label", "form"))
    f, l = fl()
    if R.random() < .55:
        kind, c = card()
        lab = ch("card", "cc", kind, "credit card", kind.upper(), "card #")
        if m.style == "speaker_label":
            m.p(US.first_name()).t(f": {ch('use this for the copay', 'pay the home health bill with', 'card for the pharmacy')} ").t(lab + " ").i(c, "ACCOUNT_NUMBER")
            m.t(f" exp {R.randint(1, 12):02d}/{R.randint(27, 31)}\n").p(US.first_name()).t(ch(": ok", ": done", ": name on it?"))
        else:
            m.t(ch("please charge ", "pay the balance for ", "update card on file for ")).p(f"{f} {l}").t(ch(": ", " - ", " with ")).t(lab + " ").i(c, "ACCOUNT_NUMBER")
            m.t(ch(", exp ", " exp. ", " good thru ")).t(f"{R.randint(1, 12):02d}/{R.randint(27, 31)}")
            m.t(ch(". this is for the ", ". it's for ")).k(ch("CPAP supplies", "ambulance bill", "physical therapy", "hospice copay", "Medicare premium"))
    else:
        if m.style == "speaker_label":
            m.style = "form"
        m.t(ch("Direct deposit for the caregiver ", "Auto-pay for ", "Refund should go to ", "Bank info for ")).p(f"{f} {l}").t(": ")
        m.t(ch("routing ", "ABA ", "Routing #: ", "RTN ")).i(routing(), "ACCOUNT_NUMBER").t(ch(", acct ", " / account ", ", Account #: ", " checking "))
        m.i(bank_acct(), "ACCOUNT_NUMBER")
        if R.random() < .3:
            m.t(ch(", SSN ", ". tax id (SSN) ")).i(ssn(), "US_SSN")
        m.t(ch(". for the ", ". covers ", " (")).k(ch("home health aide", "Medicare premium", "hospice copay", "dialysis transport", "memory care"))
        if m.parts[-2] == " (":
            m.t(")")
    return m.done("lower" if m.style == "lower_case" else None)


def t_clinician():
    m = Msg("clinician_note")
    f, l = fl()
    age = R.randint(24, 96)
    m.t(ch("Pt ", "pt ", "Patient ", "")).p(ch(f"{f} {l}", f"{l}, {f}", f"{f[0]}. {l}")).t(f", {age}{ch('M', 'F', 'yo', ' y/o')}")
    if R.random() < .6:
        op = ch(", DOB ", " (DOB ", ", d.o.b. ")
        m.t(op).i(dob(min_age=age, max_age=age + 1), "DATE_OF_BIRTH").t(")" if "(" in op else "")
    if R.random() < .4:
        _, lab, num = rec(R.choice(["mrn", "mrn", "encounter", "member", "medicare"]))
        m.t(". " + lab + " ").i(num, "MEDICAL_RECORD_NUMBER")
    m.t(ch(". Hx ", ". PMH: ", ". h/o ")).k(R.choice(CONDS)).t(", ").k(R.choice(CONDS))
    m.t(ch(". Cont ", ". Start ", ". Hold ", ". ↑ ", ". d/c ")).k(R.choice(DRUGS)).t(ch(". ", ". Recheck "))
    if m.parts[-1].startswith(". R"):
        m.k(R.choice(LABS)).t(ch(" in 2 wks. ", " Mon. "))
    who, g = R.choice([("Spoke w/ ", ""), ("Dtr ", "f"), ("Son ", "m"), ("Wife ", "f"), ("Husband ", "m"), ("CG ", ""), ("Called ", "")])
    rf, rl = us_person()
    rf = first_g(g) if g else rf
    m.t(ch("", "", "Family: ") if not m.parts[-1].endswith(". ") else "").t(who).p(ch(rf, f"{rf} {rl}")).t(ch(" at ", " ", " ph ", ", ")).i(us_phone(), "PHONE_NUMBER").t(".")
    if R.random() < .35:
        m.t(ch(" Home: ", " Lives at ", " HH to ")).i(us_address(False), "LOCATION").t(".")
    return m.done()


def t_contacts():
    m = Msg("list")
    m.t(ch("Emergency contacts\n", "IMPORTANT NUMBERS (fridge)\n", "Who to call:\n", "Contacts for ") )
    if m.parts[-1] == "Contacts for ":
        m.k(R.choice(RELS)).t("\n")
    for j in range(R.randint(2, 4)):
        role, g = R.choice([("daughter", "f"), ("son", "m"), ("neighbor", ""), ("nurse", ""), ("niece", "f"), ("home health", ""), ("grandson", "m"), ("friend", "")])
        f, l = us_person()
        if g:
            f = first_g(g)
        o, c = R.choice([(" (", ") "), (" - ", ": "), (" ", " "), (", ", ", ")])
        m.t(ch(f"{j + 1}. ", "- ", "* ", "")).p(ch(f"{f} {l}", f, f"{f} {l}")).t(o).t(role).t(c)
        m.i(us_phone(), "PHONE_NUMBER").t("\n")
    m.t(ch("Poison Control ", "poison control: ")).k("1-800-222-1222").t("\n")
    m.t(ch("Crisis line ", "Suicide & Crisis Lifeline ")).k("988")
    if R.random() < .4:
        m.t(ch("\nDr. ", "\nPCP Dr ")).p(US.last_name()).t(" ").i(us_phone(), "PHONE_NUMBER")
    return m.done()


def t_run_on():
    m = Msg("run_on")
    f, l = fl()
    rel = R.choice(RELS)
    m.t(ch("so ", "ok so ", "Long story but ", "update: ")).k(rel).t(ch(" had a fall ", " went to urgent care ", " got discharged ", " saw the new doctor "))
    m.k(R.choice(DAYS)).t(ch(" and ", " and then ")).p(ch(f, f"{f} {l}")).t(ch(" drove us to ", " took us to ", " met us at ")).k(ch("Mayo Clinic", "Kaiser", "the VA", "Cleveland Clinic", "urgent care"))
    m.t(ch(" in ", " over in ", " up in ")).i(us_city_state(), "LOCATION").t(ch(" and they said it's ", " and they think it's ", " and apparently it's "))
    m.k(R.choice(CONDS)).t(ch(" so now the doctor added ", " and they started ", " and they added ")).k(R.choice(DRUGS))
    m.t(ch(" and honestly I'm exhausted, ", " and nobody tells us anything, ", " which is like the fifth med, "))
    m.t(ch("call me if you can ", "my cell is ", "reach ")).t("")
    if m.parts[-2].startswith("reach"):
        m.p(US.first_name()).t(" at ")
    m.i(us_phone(), "PHONE_NUMBER")
    if R.random() < .2:
        _, lab, num = rec(R.choice(["mrn", "case", "claim", "encounter"]))
        m.t(ch(" and write down the ", ", oh and the ")).t(lab + " ").i(num, "MEDICAL_RECORD_NUMBER").t(ch(" because they keep asking", ""))
    return m.done()


def t_military():
    m = Msg(ch("general_text", "signature"))
    f, l = fl()
    if m.style == "signature":
        m.t(ch("Will call after my shift.\n\n", "Thanks for looping me in on ", "Please keep me updated.\n\n"))
        if m.parts[-1].endswith("in on "):
            m.k(R.choice(RELS)).t("'s care.\n\n")
        m.t(ch("SSG ", "SPC ", "Lt. ", "PO2 ", "")).p(f"{f} {l}").t("\n").i(military(), "LOCATION").t("\n").i(email_for(f, l, ch("mail.mil", "us.af.mil", "army.mil", "gmail.com")), "EMAIL_ADDRESS")
        return m.done()
    m.t(ch("I'm deployed, please mail ", "Send the forms for ", "Mail anything about ")).k(R.choice(RELS)).t(ch("'s paperwork to ", "'s forms to my APO: ", "'s bills to ")).i(military(), "LOCATION")
    m.t(ch(". I'm ", ". Sponsor: ", ". -")).p(f"{f} {l}")
    if R.random() < .5:
        m.t(ch(". DSN ", ". cell ", ". whatsapp ")).i(us_phone(), "PHONE_NUMBER")
    return m.done()


def t_url_share():
    m = Msg(ch("general_text", "lower_case"))
    f, l = fl()
    m.t(ch("updates on ", "for anyone following ", "here's the page for ", "sharing the link for ")).p(ch(f, f"{f} {l}", f"{f}'s"[:-2])).t(ch("'s recovery: ", ": ", " "))
    m.i(url_for(f, l), "URL").t(ch(". starts ", ". starting ", ". ")).k(ch("chemo", "dialysis", "radiation", "rehab", "PT"))
    m.t(ch(" on ", " ")).k(R.choice(DAYS))
    if R.random() < .5:
        m.t(ch(". also ", ". and ", " / ")).i(url_for(f, l), "URL")
    if R.random() < .4:
        m.t(ch(". questions to ", ". email ")).i(email_for(US.first_name(), l), "EMAIL_ADDRESS")
    return m.done("lower" if m.style == "lower_case" else None)


def t_forwarded():
    m = Msg("forwarded")
    f, l = fl()
    sf, sl = us_person()
    m.t(ch("---------- Forwarded message ---------\n", "Begin forwarded message:\n\n", "FW:\n"))
    m.t("From: ").p(f"{sf} {sl}").t(" <").i(email_for(sf, sl), "EMAIL_ADDRESS").t(">\n")
    m.t("To: ").i(email_for(f, l), "EMAIL_ADDRESS").t("\n")
    if R.random() < .5:
        k, lab, num = rec(R.choice(["claim", "case", "auth", "member", "rx"]))
        m.t("Subject: ").t(ch("Re: ", "Fwd: ", "")).t(ch("your ", "")).t(lab + " ").i(num, "MEDICAL_RECORD_NUMBER").t("\n\n")
    else:
        m.t("Subject: ").t(ch("Re: ", "Fwd: ", "")).t(ch("Mom's appointment", "pharmacy question", "prior auth", "the home visit")).t("\n\n")
    m.t(ch("Hi ", "Dear ", "")).p(f).t(ch(", ", ",\n")).t(ch("the ", "your mom's ", "the approval for ")).k(R.choice(DRUGS)).t(ch(" went through.", " is denied pending records.", " needs a new form."))
    if R.random() < .6:
        m.t(ch(" Call me at ", " Direct line: ")).i(us_phone(), "PHONE_NUMBER").t(".")
    return m.done()


TYPO_WORDS = [("tommorow", "tomorrow"), ("apointment", "appointment"), ("perscription", "prescription"), ("pharmcy", "pharmacy"),
              ("recieved", "received"), ("insurence", "insurance"), ("definately", "definitely"), ("shes", "she's"), ("docter", "doctor")]


def t_typo():
    m = Msg("typo")
    f, l = fl()
    rel = ch("my husbnd ", "my wife ", "teh nurse said ", "pls remind ", "")
    g = "f" if "wife" in rel else "m"
    m.t(rel).p(ch(first_g(g), f"{first_g(g)} {l}", first_g(g).lower())).t(ch(" has a apointment tommorow ", " didnt get the perscription ", " recieved the wrong pills "))
    m.t(ch("for the ", "its the ", "the ")).k(R.choice(DRUGS)).t(ch(". pharmcy number ", ". call her at ", ". cal me ")).i(us_phone(), "PHONE_NUMBER")
    if R.random() < .6:
        m.t(ch(". we moved to ", ". adress is ", ". send to ")).i(us_address(False), "LOCATION")
    if R.random() < .25:
        _, lab, num = rec(R.choice(["member", "rx", "mrn", "medicaid"]))
        m.t(ch(". his ", ". ", ". her ")).t(lab + " ").i(num, "MEDICAL_RECORD_NUMBER")
    return m.done()


def t_ssn():
    m = Msg(ch("form", "general_text", "lower_case"))
    f, l = fl()
    if m.style == "form":
        m.t(ch("SOCIAL SECURITY / BENEFITS\n", "Disability application (draft)\n", "Medicaid application\n"))
        m.t("Applicant: ").p(name_variant(f, l)).t("\nSSN: ").i(ssn(), "US_SSN").t("\nDOB: ").i(dob(), "DATE_OF_BIRTH")
        m.t("\nMailing: ").i(ch(us_address(), po_box()), "LOCATION").t("\nCondition: ").k(R.choice(CONDS))
        if R.random() < .5:
            m.t("\nSpouse SSN: ").i(ssn(), "US_SSN")
        return m.done()
    m.t(ch("the disability lawyer needs ", "the VA form needs ", "for the medicaid renewal they need ", "SS office wants "))
    m.t(ch("her social ", "his ss# ", "the social ", "SSN ")).i(ssn(), "US_SSN").t(ch(" and dob ", ", birthday ", " and date of birth ")).i(dob(), "DATE_OF_BIRTH")
    m.t(ch(". name on the card is ", ". it's for ", ". patient ")).p(ch(f"{f} {l}", f"{f} {R.choice('ABCDEFGHJK')} {l}"))
    m.t(ch(". delete after", ". she has ", ". he has "))
    if m.parts[-1].endswith("has "):
        m.k(R.choice(CONDS))
    return m.done("lower" if m.style == "lower_case" else None)


def t_vanity():
    m = Msg("general_text")
    f, l = fl()
    m.t(ch("my nephew ", "the guy who built mom's ramp, ", "our neighbor ")).p(f"{f} {l}").t(ch(" does moving, his number is ", " has a cleaning business, ", " does handyman stuff: "))
    m.i(vanity(), "PHONE_NUMBER").t(ch(". he can move the hospital bed", ". cheaper than the agency", ". tell him ")).t("")
    if m.parts[-2].endswith("him "):
        m.k(R.choice(RELS)).t(" sent you")
    return m.done()


# ============================================================ international templates
LATIN_INTL = ["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "en_IN", "tr_TR", "vi_VN", "en_CA", "en_PH"]
NONLAT = ["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN"]
INTL_REC = {"en_GB": ("NHS number", lambda: f"{_d(3)} {_d(3)} {_d(4)}"), "de_DE": ("Versichertennummer", lambda: f"{_L(1)}{_d(9)}"),
            "fr_FR": ("n° sécu", lambda: f"{R.randint(1, 2)} {_d(2)} {_d(2)} {_d(2)} {_d(3)} {_d(3)} {_d(2)}"),
            "es_MX": ("NSS", lambda: f"{_d(2)} {_d(2)} {_d(2)} {_d(4)} {_d(1)}"), "es_ES": ("tarjeta sanitaria", lambda: f"{_L(4)}{_d(10)}"),
            "it_IT": ("tessera sanitaria", lambda: _d(20)), "pt_BR": ("Cartão SUS", lambda: f"{_d(3)} {_d(4)} {_d(4)} {_d(4)}"),
            "nl_NL": ("BSN", lambda: _d(9)), "pl_PL": ("PESEL", lambda: _d(11)), "en_IN": ("ABHA", lambda: f"{_d(2)}-{_d(4)}-{_d(4)}-{_d(4)}"),
            "tr_TR": ("TC kimlik", lambda: _d(11)), "vi_VN": ("BHYT", lambda: f"{_L(2)}{_d(13)}"), "en_CA": ("OHIP", lambda: f"{_d(4)}-{_d(3)}-{_d(3)}-{_L(2)}"),
            "en_PH": ("PhilHealth", lambda: f"{_d(2)}-{_d(9)}-{_d(1)}")}


def t_intl():
    loc = R.choice(LATIN_INTL)
    m = Msg(ch("international", "international", "speaker_label", "lower_case"))
    f, l, full = intl_person(loc)
    if m.style == "speaker_label":
        m.t(R.choice(["Daughter ", "Son ", "Cousin ", ""])).p(F[loc].first_name(), "INTL").t(": ")
    m.t(ch("my ", "our ")).k(R.choice(RELS).lower()).t(ch(" lives in ", " is staying in ", " is back in ")).i(F[loc].city(), "LOCATION", "INTL").t(ch(" now. ", ". "))
    m.t(ch("address: ", "post to ", "the address is ", "flat: ")).i(intl_address(loc), "LOCATION", "INTL")
    m.t(ch(". contact ", ". call ", ". her neighbour ", ". ")).p(full, "INTL").t(ch(" on ", " at ", ": ")).i(intl_phone(loc), "PHONE_NUMBER", "INTL")
    if R.random() < .3 and loc in INTL_REC:
        lab, g = INTL_REC[loc]
        m.t(". " + lab + " ").i(g(), "MEDICAL_RECORD_NUMBER", "INTL")
    m.t(ch(". still on ", ". takes ", ". needs more ")).k(R.choice(DRUGS))
    if R.random() < .35:
        m.t(ch(". email ", ". mail: ")).i(email_for(f, l, ch(None, "web.de", "orange.fr", "libero.it", "hotmail.co.uk", "uol.com.br", "wp.pl")), "EMAIL_ADDRESS", "INTL")
    return m.done("lower" if m.style == "lower_case" else None)


def t_nonlatin():
    loc = R.choice(NONLAT)
    m = Msg(ch("international", "speaker_label"))
    f, l, full = intl_person(loc)
    if m.style == "speaker_label":
        m.p(full, "INTL").t(": ")
    intro = {"ja_JP": "父の住所は ", "zh_CN": "我奶奶的地址是 ", "ko_KR": "할머니 주소: ", "ru_RU": "Адрес мамы: ", "ar_SA": "عنوان والدي: ", "hi_IN": "पापा का पता: "}[loc]
    m.t(intro).i(intl_address(loc if loc != "hi_IN" else "en_IN"), "LOCATION", "INTL").t("\n")
    m.t(ch("(translating for the group) ", "sorry, in English: ", "")).t(ch("that's ", "this is ")).k(R.choice(RELS)).t(ch("'s address in ", " in ")).i(R.choice(CITY_INTL[loc]), "LOCATION", "INTL")
    if m.style != "speaker_label":
        m.t(ch(". name on the file is ", ". patient: ")).p(full, "INTL")
    m.t(ch(". phone ", ". tel ", ". call ")).i(intl_phone(loc), "PHONE_NUMBER", "INTL").t(ch(". takes ", ". on ")).k(R.choice(DRUGS))
    if R.random() < .4:
        m.t(". DOB ").i(dob(False, loc=loc), "DATE_OF_BIRTH", "INTL")
    return m.done()


def t_iban():
    loc = R.choice(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_GB", "pl_PL", "tr_TR"])
    m = Msg(ch("international", "general_text", "form", "lower_case"))
    f, l, full = intl_person(loc)
    acc = iban(loc)
    lab = ch("IBAN ", "iban: ", "IBAN: ", "", "account ")
    m.t(ch("money for ", "transfer for ", "please pay ", "refund to ")).k(R.choice(RELS).lower()).t(ch("'s care home: ", "'s carer: ", "'s rent: ", "'s physio: "))
    o, c = R.choice([(" (", ")"), (", holder ", ""), (", name ", ""), (" - ", "")])
    m.t(lab).i(acc, "ACCOUNT_NUMBER", "INTL").t(o).p(full, "INTL").t(c)
    if R.random() < .5:
        m.t(ch(", ", ". address ")).i(intl_address(loc), "LOCATION", "INTL")
    if R.random() < .4:
        m.t(ch(". ref: ", ". for her ")).k(R.choice(CONDS + DRUGS))
    return m.done("lower" if m.style == "lower_case" else None)


def t_intl_clin():
    loc = R.choice(["en_GB", "en_GB", "en_CA", "de_DE", "fr_FR", "en_IN"])
    m = Msg("clinician_note")
    f, l, full = intl_person(loc)
    lab, g = INTL_REC[loc]
    m.t(ch("Discharge summary: ", "GP letter re ", "Referral: ")).p(full, "INTL").t(", DOB ").i(dob(False, loc=loc), "DATE_OF_BIRTH", "INTL").t(f", {lab} ").i(g(), "MEDICAL_RECORD_NUMBER", "INTL")
    m.t(ch(". Address ", ". Lives at ")).i(intl_address(loc), "LOCATION", "INTL").t(". Dx ").k(R.choice(CONDS)).t(". Plan: ").k(R.choice(DRUGS))
    m.t(ch(". NOK ", ". Contact ")).p(F[loc].first_name(), "INTL").t(" ").i(intl_phone(loc), "PHONE_NUMBER", "INTL").t(".")
    return m.done()


SCHEDULE = {  # template -> number of messages
    # record-number heavy
    t_portal: 4, t_fax: 3, t_insurance_readout: 4, t_claim: 4, t_rx: 4, t_device: 4, t_voice: 5, t_correction: 5,
    t_half: 4, t_wrapped: 4,
    # general / family
    t_chat: 12, t_lower: 12, t_caps: 8, t_address_change: 10, t_intake: 7, t_signature: 11, t_payment: 13,
    t_clinician: 10, t_contacts: 7, t_run_on: 9, t_military: 5, t_url_share: 13, t_forwarded: 5, t_typo: 6,
    t_ssn: 11, t_vanity: 3,
    # international
    t_intl: 12, t_nonlatin: 7, t_iban: 9, t_intl_clin: 5,
}
