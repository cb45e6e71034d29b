"""Build handwritten_dev48.jsonl: parse hand/*.txt, then fill the rest from my own templates with Faker values.

Run: /work/main/.venv/bin/python build.py
Everything is seeded (values.SEED = 4848), so the output is reproducible.
"""
import json, os, re, random
import handparse, checks
import values as V
from values import pick, rng
import phrases as PH_

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev48.jsonl")

KEEP_RE = re.compile(r"\{\{(.+?)\}\}")


class B:
    """Message builder: text parts, identifier parts and keep parts."""

    def __init__(self, style):
        self.style, self.parts = style, []

    def x(self, s):
        """plain text that may hold {{keep}} marks"""
        pos = 0
        for m in KEEP_RE.finditer(s):
            if m.start() > pos:
                self.parts.append(("t", s[pos:m.start()], None, None))
            self.parts.append(("k", m.group(1), None, None))
            pos = m.end()
        if pos < len(s):
            self.parts.append(("t", s[pos:], None, None))
        return self

    def i(self, s, typ, reg="US"):
        self.parts.append(("i", s, typ, reg))
        return self

    def P(self, s, reg="US"): return self.i(s, "PERSON", reg)
    def L(self, s, reg="US"): return self.i(s, "LOCATION", reg)
    def T(self, s, reg="US"): return self.i(s, "PHONE_NUMBER", reg)
    def E(self, s, reg="US"): return self.i(s, "EMAIL_ADDRESS", reg)
    def U(self, s, reg="US"): return self.i(s, "URL", reg)
    def S(self, s): return self.i(s, "US_SSN", "US")
    def M(self, s, reg="US"): return self.i(s, "MEDICAL_RECORD_NUMBER", reg)
    def D(self, s, reg="US"): return self.i(s, "DATE_OF_BIRTH", reg)
    def A(self, s, reg="US"): return self.i(s, "ACCOUNT_NUMBER", reg)

    def finish(self, case=None, typos=False):
        text, ids, keep, spans = "", [], [], []
        for kind, s, typ, reg in self.parts:
            if case == "lower":
                s = s.lower()
            elif case == "upper":
                s = s.upper()
            if kind == "t" and typos:
                s = add_typos(s)
            if kind == "i":
                ent = {"text": s, "type": typ, "region": reg}
                if ent not in ids:
                    ids.append(ent)
                spans.append((len(text), len(text) + len(s)))
            elif kind == "k" and s not in keep:
                keep.append(s)
            text += s
        return {"style": self.style, "text": text, "identifiers": ids, "keep": keep, "_spans": spans}


def add_typos(s):
    out = []
    for w in re.split(r"(\s+)", s):
        if len(w) > 4 and w.isalpha() and rng.random() < 0.18:
            j = rng.randint(1, len(w) - 2)
            op = rng.random()
            if op < 0.4:
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif op < 0.7:
                w = w[:j] + w[j + 1:]
            else:
                w = w[:j] + w[j] + w[j:]
        out.append(w)
    return "".join(out)


def template_ok(rec):
    if checks.problems(rec):
        return False
    # every occurrence of an identifier text must sit inside a planned identifier span
    for ent in rec["identifiers"]:
        for s, e in checks.occurrences(rec["text"], ent["text"]):
            if not any(a <= s and e <= b for a, b in rec["_spans"]):
                return False
    return bool(rec["identifiers"])


# ====================================================================== helpers
def usp(how=None):
    f, l = V.us_person()
    return f, l, V.fmt_name(f, l, how)


def org():
    return pick(PH_.ORGS)


def drug():
    return pick(PH_.DRUGS)


def cond():
    return pick(PH_.CONDITIONS)


def svc():
    return pick(PH_.SERVICES)


def label(*opts):
    return pick(opts)


# ====================================================================== paperwork / clinician
def f_name(b):
    f, l = V.us_person()
    how = pick(["lastfirst", "lastfirst", "full", "caps_lastfirst", "mi"])
    if how == "caps_lastfirst":
        s = (l + ", " + f).upper()
    else:
        s = V.fmt_name(f, l, how)
    lab = pick(["Pt: ", "Patient: ", "Name: ", "PT NAME: ", "Re: ", "", "", "pt "])
    b.x(lab).P(s)


def f_dob(b):
    lab = pick(["DOB ", "DOB: ", "D.O.B. ", "dob ", "born ", "b. ", "Date of birth: ", "birthdate ", "", ""])
    b.x(lab).D(V.dob(1, 97))


def f_mrn(b):
    b.x(pick(["MRN ", "MRN: ", "MR# ", "Med Rec # ", "MRN#", "Hosp # ", "mrn ", "", "#"])).M(V.mrn())


def f_chart(b):
    b.x(pick(["Chart # ", "Chart: ", "chart no. ", "Ch# ", "chart "])).M(V.chart_no())


def f_member(b):
    b.x(pick(["Member ID ", "Member #: ", "ID# ", "Subscriber ID: ", "Ins ID ", "mbr ", "member no. ", "Policy # "])).M(V.member_id())


def f_mbi(b):
    b.x(pick(["Medicare # ", "MBI ", "Medicare ID: ", "Medicare no. ", "MBI: ", "Medicare "])).M(V.mbi())


def f_medicaid(b):
    st, v = V.medicaid_id()
    lab = {"CA": pick(["Medi-Cal ", "Medi-Cal ID: ", "Medicaid (CA) "]), "AZ": pick(["AHCCCS ", "AHCCCS ID "])}.get(st, pick(
        ["Medicaid # ", "Medicaid ID (%s) " % st, "MCD ", "%s Medicaid " % st, "Medicaid: "]))
    b.x(lab).M(v)


def f_ssn(b):
    b.x(pick(["SSN ", "SSN: ", "SS# ", "Soc Sec ", "social ", "SSN#", "", "ssn "])).S(V.ssn())


def f_phone(b):
    b.x(pick(["Ph ", "Tel: ", "Cell ", "Home: ", "Contact ", "cb ", "", "phone ", "C: "])).T(V.us_phone())


def f_addr(b):
    kind = pick(["line", "line", "line", "nocomma", "pobox", "rr", "cityzip"])
    b.x(pick(["Addr: ", "Address: ", "Home: ", "Lives at ", "", "res. "])).L(V.us_address(kind))


def f_acct(b):
    b.x(pick(["Acct ", "Acct #: ", "Account: ", "Guarantor acct ", "billing acct "])).A(pick([V.digits(9), "HB" + V.digits(8), V.digits(6) + "-" + V.digits(2), "V" + V.digits(11)]))


HEADER_FIELDS = [f_dob, f_mrn, f_chart, f_member, f_mbi, f_medicaid, f_ssn, f_phone, f_addr, f_acct]


def t_note_header(b):
    """clinician note with a header of identifiers in random order, labels sometimes missing"""
    n = rng.randint(3, 6)
    fields = rng.sample(HEADER_FIELDS, n)
    if rng.random() < 0.5:
        fields = [f_name] + fields
    else:
        fields.insert(rng.randint(0, len(fields)), f_name)
    sep = pick([" | ", "  ", ", ", " / ", "\n", "; ", " - ", "\n", " "])
    if rng.random() < 0.3:
        b.x(pick(["Progress note\n", "RN note: ", "SOAP\n", "Telephone encounter. ", "HH visit. ", "Addendum: ", "Chart check: ", "CM note - "]))
    for j, fn in enumerate(fields):
        if j:
            b.x(sep)
        fn(b)
    b.x(pick(["\n", "\n", ". ", " -- ", "\nA/P: "]))
    b.x(pick(PH_.NOTE_BODY))
    if rng.random() < 0.45:
        rel, g = pick([("Daughter", "f"), ("Son", "m"), ("Wife", "f"), ("Husband", "m"), ("Niece", "f"), ("Grandson", "m"),
                       ("Sister", "f"), ("Caregiver", None), ("Brother", "m")])
        f, l = V.us_person_g(g) if g else V.us_person()
        b.x(pick([" %s " % rel, " Spoke w/ %s " % rel.lower(), " %s at bedside, " % rel, " Notified %s " % rel.lower()]))
        b.P(pick([f, f + " " + l]))
        b.x(pick([" ", ", ", " at ", " cb "])).T(V.us_phone())
        b.x(".")


def t_intake_form(b):
    f, l = V.us_person()
    rows = []
    title = pick(["NEW PATIENT REGISTRATION", "Patient Information Form", "INTAKE", "Admission face sheet", "Demographics update",
                  "Home Health Referral Form", "Hospice election - patient info", "Financial assistance application"])
    b.x(title + "\n")
    style = pick(["split", "full", "caps"])
    if style == "split":
        b.x(pick(["Last name: ", "Last: ", "Surname: "])).P(l).x(pick(["   First name: ", "   First: ", "\nFirst: "])).P(f).x("\n")
    elif style == "caps":
        b.x("NAME: ").P((l + ", " + f).upper()).x("\n")
    else:
        b.x(pick(["Name: ", "Patient name: ", "Full legal name: "])).P(f + " " + l).x("\n")
    opts = [("DOB: ", lambda: b.D(V.dob(1, 97))), ("SSN: ", lambda: b.S(V.ssn())), ("Address: ", lambda: b.L(V.us_address(pick(["line", "multiline", "nocomma", "pobox"])))),
            ("Phone: ", lambda: b.T(V.us_phone())), ("Email: ", lambda: b.E(V.email_for(f, l))), ("MRN: ", lambda: b.M(V.mrn())),
            ("Insurance member ID: ", lambda: b.M(V.member_id())), ("Medicare #: ", lambda: b.M(V.mbi())),
            ("Medicaid #: ", lambda: b.M(V.medicaid_id()[1])), ("Alt phone: ", lambda: b.T(V.us_phone()))]
    chosen = rng.sample(opts, rng.randint(4, 7))
    labels = {"DOB: ": ["DOB: ", "Date of Birth: ", "Birthdate: ", "D.O.B.: "], "SSN: ": ["SSN: ", "Social Security #: ", "SS#: "],
              "Phone: ": ["Phone: ", "Home phone: ", "Cell: ", "Best number: "], "MRN: ": ["MRN: ", "Medical record #: ", "Chart #: "]}
    for lab, fn in chosen:
        b.x(pick(labels.get(lab, [lab])))
        fn()
        b.x("\n")
    rel, g = pick([("daughter", "f"), ("son", "m"), ("spouse", None), ("sister", "f"), ("friend", None), ("nephew", "m"), ("husband", "m")])
    ec_f, ec_l = V.us_person_g(g) if g else V.us_person()
    b.x(pick(["Emergency contact: ", "Responsible party: ", "Next of kin: "])).P(ec_f + " " + (l if rng.random() < 0.5 else ec_l))
    b.x(" (" + rel + ") ").T(V.us_phone()).x("\n")
    if rng.random() < 0.5:
        b.x(pick(["Reason for visit: ", "Diagnosis: ", "Primary dx: "]) + cond())
    else:
        b.x("Allergies: " + pick(["{{penicillin}}", "{{sulfa}}", "{{latex}}", "{{codeine}}", "NKDA"]) + "\nCurrent meds: " + drug())


def t_payment_form(b):
    f, l = V.us_person()
    b.x(pick(["CREDIT CARD AUTHORIZATION\n", "Payment authorization\n", "ACH / autopay enrollment\n", "Recurring payment form\n",
              "Refund request\n"]))
    b.x(pick(["Cardholder: ", "Name on account: ", "Account holder: ", "Payer: "])).P(f + " " + l).x("\n")
    if rng.random() < 0.6:
        kind, num = V.card()
        lab = {"visa": ["Visa ", "VISA #: ", "Card #: "], "mc": ["MasterCard ", "MC: ", "Card number: "],
               "amex": ["Amex ", "AMEX: ", "Card #: "], "disc": ["Discover ", "Card: "]}[kind]
        b.x(pick(lab)).A(num).x("   Exp: %02d/%02d\n" % (rng.randint(1, 12), rng.randint(25, 31)))
        if rng.random() < 0.4:
            b.x("Billing address: ").L(V.us_address("line")).x("\n")
    if rng.random() < 0.7:
        b.x(pick(["Bank routing #: ", "Routing: ", "ABA: ", "RTN "])).A(V.routing()).x(pick(["\n", "   "]))
        b.x(pick(["Account #: ", "Checking acct: ", "Acct no.: ", "Savings account "])).A(V.bank_account()).x("\n")
    b.x(pick(["Patient: ", "For patient: ", "Patient name: "])).P(V.fmt_name(*V.us_person(), how="full")).x("\n")
    b.x(pick(["For: ", "Service: ", "Re: "]) + pick(PH_.SERVICES + PH_.EQUIP) + pick([" balance", " rental", " copays", " monthly"]))
    if rng.random() < 0.5:
        b.x("\nPhone: ").T(V.us_phone())


def t_billing_msg(b):
    f, l, nm = usp("full")
    kind, num = V.card()
    lab = {"visa": ["visa", "my visa", "card", "credit card"], "mc": ["mastercard", "mc", "card", "cc"], "amex": ["amex", "card", "credit card"],
           "disc": ["discover", "card"]}[kind]
    v = rng.randint(0, 3)
    pf, pl = V.us_person()
    if v == 0:
        b.x("Hi, I'd like to pay the balance for my %s " % pick(["mother", "father", "husband", "wife", "son"])).P(pf + " " + pl)
        b.x(". Statement account number ").A(V.digits(rng.randint(7, 11))).x(". Use my %s " % pick(lab)).A(num)
        b.x(pick([", exp 08/27.", ", exp 11/29, cvv is on the back lol.", "."])).x(" This is for the " + svc() + ". Call ").T(V.us_phone()).x(" if any problem. -").P(f)
    elif v == 1:
        b.x("Re: {{%s}} refund for " % pick(["copay", "deposit", "overpayment"])).P(pf + " " + pl).x(" (acct ").A(pick(["HB", "PB", ""]) + V.digits(8))
        b.x("). Please refund to the original card, %s ending %s, or send a check to " % (pick(lab), num[-4:])).L(V.us_address("line"))
        b.x(". Thank you, ").P(nm)
    elif v == 2:
        b.x("I was charged twice for {{%s}}. Card %s " % (pick(["physical therapy", "the ambulance", "the MRI", "lab work"]), pick(lab))).A(num)
        b.x(". Patient ").P(pf + " " + pl).x(" DOB ").D(V.dob(18, 95)).x(". Reach me at ").T(V.us_phone()).x(" or ").E(V.email_for(f, l))
    else:
        b.x("For the {{%s}} payment plan use our checking, routing " % pick(["hospital", "dialysis", "nursing home", "surgery"])).A(V.routing())
        b.x(" account ").A(V.bank_account()).x(". Name on the account is ").P(nm).x(". The bill is under ").P(pf + " " + pl)
        b.x(", " + pick(["hospital", "{{cardiology}}", "{{oncology}}", "{{ER}}"]) + " account ").A(V.digits(8)).x(".")
    b.style = pick(["general_text", "general_text", "lower_case_maybe"])


def t_insurance(b):
    f, l = V.us_person()
    v = rng.randint(0, 2)
    if v == 0:
        b.x("Eligibility check %s: " % pick(["ok", "done", "complete"])).P(l + ", " + f).x(" ").D(V.dob(65, 97)).x(" -- ")
        b.x("Medicare A/B active, MBI ").M(V.mbi()).x("; secondary ")
        st, mid = V.medicaid_id()
        b.x("%s Medicaid " % st).M(mid).x("; Part D ").M(V.member_id()).x(". " + pick(PH_.NOTE_BODY[:10]))
    elif v == 1:
        b.x("Insurance on file for ").P(f + " " + l).x(":\n")
        b.x(pick(["BCBS", "Aetna", "UHC", "Cigna", "Humana", "Molina", "Ambetter"]) + " member ").M(V.member_id()).x(pick([" grp ", " group "]) + V.digits(5) + "\n")
        if rng.random() < 0.5:
            b.x("Secondary: Medicaid ").M(V.medicaid_id()[1]).x("\n")
        b.x("Subscriber SSN ").S(V.ssn()).x(", DOB ").D(V.dob(20, 90)).x("\nPA needed for " + drug())
    else:
        b.x("PA request: ").P(f + " " + l).x(pick([", ", " "])).D(V.dob(2, 90)).x(pick([", id ", ", mbr# ", " "])).M(V.member_id())
        b.x(", Rx " + drug() + " for " + cond() + ". Prescriber fax ").T(V.us_phone()).x(", pt phone ").T(V.us_phone()).x(".")
    b.style = pick(["clinician_note", "form"])


def t_referral(b):
    f, l = V.us_person()
    df, dl = V.us_person()
    b.x(pick(["FAX - REFERRAL\n", "Referral\n", "Consult request\n", ""]))
    if rng.random() < 0.5:
        b.x("To: Dr. ").P(dl).x(" fax ").T(V.us_phone(ext=False)).x("\n")
    b.x("Re: ").P(V.fmt_name(f, l, pick(["full", "lastfirst", "mi"]))).x(", ").D(V.dob(1, 95)).x("\n")
    b.x(pick(["MRN ", "Chart ", "Acct/MRN "])).M(V.mrn()).x(pick(["\n", "   "]))
    b.x("Reason: " + cond() + ", " + pick(["eval for " + svc(), "please see within 2 wks", "r/o " + pick(PH_.CONDITIONS), "urgent"]) + "\n")
    b.x("Pt contact: ").T(V.us_phone()).x(pick([" / ", ", "])).L(V.us_address(pick(["line", "nocomma"]))).x("\n")
    b.x("Ins: Medicare ").M(V.mbi()).x(pick(["", " + supplement " ])).x("\nRef by Dr. ").P(pick(V.WORD_SURNAMES + [V.FK["en_US"].last_name()]))
    b.style = "clinician_note"


# ====================================================================== chat
def t_lower_update(b):
    f, l = V.us_person()
    b.x(pick(PH_.OPENERS_LOWER) + pick([" ", ", ", " - "]))
    b.x(pick(PH_.CHAT_UPDATE))
    v = rng.randint(0, 3)
    if v == 0:
        b.x(pick([". call me at ", ". my number is ", ". if anyone needs me ", ". text "])).T(V.us_phone()).x(" " + pick(PH_.CLOSERS_LOWER))
    elif v == 1:
        b.x(". ").P(f).x(pick([" is taking her tomorrow", " said they'd drive", " has the pill box", " is staying over tonight"]))
        b.x(", " + pick(["their cell", "cell", "number"]) + " ").T(V.us_phone())
    elif v == 2:
        b.x(". send the forms to ").E(V.email_for(f, l)).x(" not my work one")
    else:
        b.x(". im at ").L(V.us_address(pick(["line", "nocomma"]))).x(" if u want to drop stuff off. -").P(f)
    b.style = "lower_case"


def t_speaker(b):
    a = V.us_person()[0]
    rel, g = pick([("Daughter", "f"), ("Son", "m"), ("Grandson", "m"), ("Granddaughter", "f"), ("Niece", "f"), ("Nephew", "m"),
                   ("Wife", "f"), ("Husband", "m"), ("Sister", "f"), ("Brother", "m"), ("Neighbor", None), ("Caregiver", None),
                   ("Nurse", None), ("Aide", None), ("Cousin", None)])
    c = V.us_person_g(g)[0] if g else V.us_person()[0]
    lines = [
        lambda: b.P(a).x(": " + pick(PH_.CHAT_UPDATE) + "\n"),
        lambda: b.x(rel + " ").P(c).x(": " + pick(["ok thanks", "did she eat?", "I'll call the doctor", "what time?", "who has the car"]) + "\n"),
        lambda: b.P(a).x(": " + pick(["appointment moved to ", "she's at ", "pick her up from "])).L(V.us_address(pick(["line", "line", "citystate"]))).x("\n"),
        lambda: b.x(rel + " ").P(c).x(": " + pick(["call me ", "my cell ", "text me at "])).T(V.us_phone()).x("\n"),
        lambda: b.P(a).x(": also " + pick(["the pharmacy needs her DOB, it's ", "her birthday is ", "dob for the form "])).D(V.dob(60, 99)).x("\n"),
    ]
    order = [0, 1] + rng.sample([2, 3, 4], rng.randint(1, 3))
    for j in order:
        lines[j]()
    b.style = "speaker_label"


def t_all_caps(b):
    f, l = V.us_person()
    v = rng.randint(0, 2)
    if v == 0:
        b.x("THIS IS ").P(f + " " + l).x(". MY " + pick(["WIFE", "HUSBAND", "MOTHER", "FATHER"]) + " NEEDS " + pick(PH_.DRUGS + PH_.EQUIP))
        b.x(" DELIVERED TO ").L(V.us_address(pick(["line", "nocomma", "rr"]))).x(". CALL ").T(V.us_phone()).x(".")
    elif v == 1:
        b.x("PLEASE UPDATE MY PHONE NUMBER TO ").T(V.us_phone()).x(" AND MY EMAIL TO ").E(V.email_for(f, l)).x(". ").P(f + " " + l)
        b.x(" DOB ").D(V.dob(50, 95)).x(pick([". THANK YOU", ". FOR THE " + svc() + " REMINDERS", ". I AM ON " + drug() + " SO TEXT ME THE LAB RESULTS"]))
    else:
        b.x(pick(["URGENT", "HELP", "PLEASE READ"]) + " - ").P(f).x(" FELL AND IS ON " + drug() + ". WE ARE AT ").L(V.us_address("line"))
        b.x(". SON ").P(V.us_person()[0]).x(" ").T(V.us_phone())
    b.style = "all_caps"


def t_run_on(b):
    f, l = V.us_person()
    g = V.us_person()[0]
    b.x(pick(["so ", "ok so ", "I dont even know where to start but ", "long story short (not short) "]))
    b.x(pick(PH_.CHAT_UPDATE) + " and then ")
    b.P(g).x(pick([" called and said ", " told us "]) + "the " + svc() + " got moved again and nobody told us")
    b.x(pick([" and the office number ", " and I called ", " and the number they gave us "])).T(V.us_phone())
    b.x(" just rings and rings" + pick([" so", " and"]) + " if anyone has time can you go by ")
    b.L(V.us_address(pick(["line", "nocomma"]))).x(" and check on her because I'm stuck at work till 7, ")
    b.x(pick(["her insurance card says ", "her member id is ", "the medicare number is "]))
    b.M(pick([V.member_id(), V.mbi()])).x(" if they ask, thanks, ").P(f)
    b.style = "run_on"


def t_list(b):
    b.x(pick(["Contacts for {{Mom}}:\n", "Phone list (fridge)\n", "Who to call:\n", "{{Dad}}'s care team\n", "Family numbers - {{Grandma}}\n"]))
    for j in range(rng.randint(3, 5)):
        rel, g = pick([("", None), ("", None), (" (daughter)", "f"), (" (son)", "m"), (" - neighbor", None), (" (night aide)", None), (" (POA)", None)])
        f, l = V.us_person_g(g) if g else V.us_person()
        bullet = pick(["- ", "* ", "%d. " % (j + 1), "• ", ""])
        b.x(bullet).P(pick([f + " " + l, f, f + " " + l[0] + "."])).x(rel + pick([" ", ": ", " - "])).T(V.us_phone())
        if rng.random() < 0.25:
            b.x(" ").E(V.email_for(f, l))
        b.x("\n")
    b.x(pick(["Dr. ", "Dr "])).P(V.FK["en_US"].last_name()).x(" (" + pick(["cardio", "PCP", "neuro", "onc"]) + ") ").T(V.us_phone(ext=rng.random() < 0.4)).x("\n")
    d1, d2 = rng.sample(PH_.DRUGS, 2)
    b.x(pick(["{{Poison Control}} {{1-800-222-1222}}", "crisis line {{988}}", "meds: " + d1 + ", " + d2]))
    b.style = "list"


def t_signature(b):
    f, l = V.us_person()
    b.x(pick(["Please let me know if {{Dad}}'s " + svc() + " can move to the afternoon.",
              "Attached is the form for " + pick(["Mom", "my husband", "my father"]) + "'s " + svc() + ".",
              "Thank you all for the care during the " + svc() + ".", "Can someone confirm the " + drug() + " dose?"]))
    b.x("\n\n" + pick(["Thanks,", "Best,", "Regards,", "Sincerely,", "--", "Thank you,", "Warmly,"]) + "\n")
    b.P(pick([f + " " + l, f + " " + l.upper(), f[0] + ". " + l, f])).x("\n")
    lines = [lambda: b.L(V.us_address(pick(["line", "multiline"]))),
             lambda: b.x(pick(["cell ", "m: ", "c ", "", "Mobile: "])).T(V.us_phone()),
             lambda: b.E(V.email_for(f, l)),
             lambda: b.x(pick(["o: ", "office ", "work "])).T(V.us_phone(ext=True)),
             lambda: b.U(V.url_for(f, l))]
    for fn in rng.sample(lines, rng.randint(2, 4)):
        fn()
        b.x("\n")
    if rng.random() < 0.3:
        b.x("Sent from my iPhone")
    b.style = "signature"


def t_typos(b):
    f, l = V.us_person()
    b.x(pick(["hello this is ", "Hi its ", "good morning i am "])).P(f + " " + l).x(pick([" calling about my ", " writing about my ", " about my "]))
    b.x(pick(["mother", "husband", "dad", "grandson"]) + " who takes " + drug() + " and " + drug())
    b.x(pick([". he is confused today", ". she has a fever since yesterday", ". the pharmacy gave wrong pills", ". need refill before weekend"]))
    b.x(pick([". please call back ", ". my phone is ", ". call me "])).T(V.us_phone())
    if rng.random() < 0.6:
        b.x(pick([". we live ", ". adress is ", ". home is "])).L(V.us_address(pick(["line", "nocomma"])))
    b.style = "typos"


def t_address_change(b):
    f, l = V.us_person()
    b.x(pick(["Address change for ", "Please update the address for ", "New address for ", "We moved! "]))
    b.P(V.fmt_name(f, l, "full")).x(pick([". Old: ", " - from ", ". Previous address "])).L(V.us_address(pick(["line", "nocomma", "pobox"])))
    b.x(pick([". New: ", " to ", ". Now: "])).L(V.us_address(pick(["line", "multiline", "pobox", "rr"])))
    b.x(pick([". Phone stays ", ". New number ", ". Home phone now "])).T(V.us_phone())
    b.x(". " + pick(["Please send " + svc() + " bills there.", "The " + drug() + " mail order too.", "Effective the 1st, before the " + svc() + " starts.",
                     "Thanks! The " + pick(PH_.EQUIP) + " company needs it too."]))
    b.style = "general_text"


def t_forwarded(b):
    f, l = V.us_person()
    g, h = V.us_person()
    b.x(pick(["---------- Forwarded message ---------\n", "Begin forwarded message:\n\n", "FW: \n", "-----Original Message-----\n"]))
    b.x("From: ").P(f + " " + l).x(" <").E(V.email_for(f, l)).x(">\n")
    b.x("Subject: " + pick(["re: mom", "Dad discharge", "appt", "meds list", "insurance"]) + "\n\n")
    b.x(pick(["Hi ", "Dear ", ""])).P(g).x(pick([",\n", " -\n", "\n"]))
    b.x(pick(PH_.CHAT_UPDATE).capitalize() + ". ")
    b.x(pick(["The new number for the office is ", "Call the social worker at ", "Her direct line: "])).T(V.us_phone())
    if rng.random() < 0.6:
        b.x(". Address for the cards: ").L(V.us_address(pick(["line", "multiline"])))
    b.x(".")
    b.style = "forwarded"


def t_url_share(b):
    f, l = V.us_person()
    v = rng.randint(0, 3)
    url = V.url_for(f, l)
    if v == 0:
        g = pick(["f", "m"])
        f, l = V.us_person_g(g)
        url = V.url_for(f, l)
        b.x(pick(["here's the link for updates on ", "please share the page for ", "we made a page for "])).P(f).x(": ").U(url)
        b.x(pick([" - %s starts " % ("she" if g == "f" else "he") + svc() + " monday", " (no flowers please, " + cond() + " unit)", ""]))
    elif v == 1:
        b.x("Hi everyone, ").P(f + " " + l).x("'s " + cond() + " treatment is going ok. Updates at ").U(url)
        b.x(" or email ").E(V.email_for(f, l)).x(".")
    elif v == 2:
        b.x(pick(["is this ", "found "])).P(f).x(pick(["'s profile? ", " online "])).U(url).x(pick([" dont share anything about the " + cond() + " there", " pls dont post photos from the " + svc()]))
    else:
        b.x("Meal train for the ").P(l).x(" family while ").P(f).x(" is in " + svc() + ": ").U(url).x(". Drop-offs at ").L(V.us_address("line"))
    b.style = pick(["lower_case", "general_text", "general_text"])
    if b.style == "lower_case":
        b._case = "lower"


def t_military_box(b):
    f, l = V.us_person()
    kind = pick(["military", "military", "pobox", "rr"])
    b.x(pick(["Please mail ", "Send ", "Can you ship "]) + pick(["the " + drug() + " refill", "the " + pick(PH_.EQUIP) + " supplies", "copies of the records"]))
    b.x(" to " + pick(["my son ", "my daughter ", "my husband ", "me, ", ""])).P(V.fmt_name(f, l, pick(["full", "mi"])))
    b.x(pick([":\n", ", ", " at "])).L(V.us_address(kind))
    b.x(pick([". He's stationed overseas till June.", ". Mail only, no street delivery.", ". We pick up in town.", ""]))
    b.x(pick([" Phone: ", " Reach me ", " cell "])).T(V.us_phone())
    b.style = "general_text"


# ====================================================================== international
INTL_CC = ["GB", "IE", "CA", "DE", "AT", "FR", "ES", "IT", "NL", "PL", "MX", "BR", "IN", "JP", "CN", "KR", "RU", "VN", "TR", "SA", "PH", "NG"]
NONLATIN = {"JP", "CN", "KR", "RU", "SA"}


def person_in(cc, g=None):
    loc = V.CC_LOCALE[cc]
    if cc == "CA":
        f, l = V.us_person_g(g) if g else (V.FK["en_US"].first_name(), V.FK["en_US"].last_name())
        return f, l, f + " " + l
    return V.intl_person(loc, g)


IBAN_PEOPLE = {"DE": ("DE", "Germany"), "GB": ("GB", "the UK"), "FR": ("FR", "France"), "ES": ("ES", "Spain"), "IT": ("IT", "Italy"),
               "NL": ("NL", "the Netherlands"), "PL": ("PL", "Poland"), "PT": ("BR", "Portugal"), "BR": ("BR", "Brazil"),
               "SA": ("SA", "Saudi Arabia"), "TR": ("TR", "Turkey"), "CH": ("DE", "Switzerland"), "IE": ("IE", "Ireland"),
               "BE": ("FR", "Belgium"), "AT": ("AT", "Austria")}


def t_relative_abroad(b):
    cc = pick(INTL_CC)
    rel, g = pick([("brother", "m"), ("sister", "f"), ("aunt", "f"), ("uncle", "m"), ("cousin", "f"), ("cousin", "m")])
    f, l, full = person_in(cc, g)
    uf, ul = V.us_person()
    pos = "Her" if g == "f" else "His"
    v = rng.randint(0, 2)
    if v == 0:
        b.x("{{Mom}}'s %s in %s wants updates on her %s. Name: " % (rel, V.COUNTRY[cc], pick(["surgery", "chemo", "recovery", "scans"])))
        b.P(full, "INTL").x(pick([", address ", ". Address: ", ", lives at "])).L(V.intl_address(cc), "INTL")
        if cc in V.INTL_PHONE:
            b.x(pick([", phone ", ", whatsapp ", ". Tel. "])).T(V.INTL_PHONE[cc](), "INTL")
        b.x(". I'm the POA here, ").P(uf + " " + ul).x(" ").T(V.us_phone()).x(".")
    elif v == 1:
        city = pick(V.INTL_CITY[cc])
        who, pron = pick([("{{Grandpa}}", "He"), ("{{Dad}}", "He"), ("{{Mom}}", "She"), ("{{Grandma}}", "She")])
        b.x(who + " flies to ").L(city, "INTL").x(pick([" on Friday", " next week", " for the summer"]))
        b.x(pick([". %s'll need " % pron + drug() + " for 3 months. Staying with ", ", then the bus to stay with "])).P(full, "INTL").x(" at ").L(V.intl_address(cc), "INTL")
        if cc in V.INTL_PHONE:
            b.x(", ").T(V.INTL_PHONE[cc](), "INTL")
        b.x(". Email there: ").E(V.email_for(f, l, cc, V.CC_LOCALE[cc]), "INTL")
    else:
        b.x("Please send the " + pick(["discharge summary", "MRI report", "vaccination record", "medication list"]) + " to my " + rel + " ")
        b.P(full, "INTL").x(pick([" in ", ", who lives in "])).L(pick(V.INTL_CITY[cc]), "INTL").x(". ")
        if cc in V.INTL_PHONE:
            b.x(pick(["Phone ", "Mobile ", "Tel "])).T(V.INTL_PHONE[cc](), "INTL").x(". ")
        lab, hid = V.intl_health_id(cc)
        b.x("%s %s there is " % (pos, lab)).M(hid, "INTL").x(". " + pick(["Thank you.", ("She" if g == "f" else "He") + " has " + cond() + ".",
                                                                        "Diagnosis: " + cond() + "."]))
    b.style = "international"


def t_iban(b):
    cc, ib = V.iban()
    fcc, country = IBAN_PEOPLE[cc]
    f, l, full = person_in(fcc) if fcc not in NONLATIN else person_in(pick(["TR", "FR", "ES"]))
    if fcc == "SA":
        f, l = pick(["Abdullah", "Fahad", "Noura", "Reem", "Khalid"]), pick(["Al-Qahtani", "Al-Harbi", "Al-Otaibi", "Al-Shehri"])
        full = f + " " + l
    uf, ul = V.us_person()
    lab = pick(["IBAN ", "iban: ", "IBAN: ", "", "account ", "IBAN no. "])
    v = rng.randint(0, 3)
    if v == 0:
        b.x("For the " + pick(["refund", "reimbursement", "overpayment"]) + " of the " + svc() + " deposit please transfer to ")
        b.P(full, "INTL").x(", " + lab).A(ib, "INTL").x(pick([". Thank you.", ", BIC on request.", "."]))
    elif v == 1:
        b.x("my sister abroad is paying half of {{mom}}'s " + pick(["memory care", "home aide", "hospice room"]) + ". her acct ").A(ib, "INTL")
        b.x(", ours is routing ").A(V.routing()).x(" acct ").A(V.bank_account()).x(". - ").P(uf)
        b._case = "lower"
        b.style = "lower_case"
        return
    elif v == 2:
        b.x("Bank details for the caregiver in " + country + ":\n").x("Name: ").P(full, "INTL").x("\n" + (lab or "IBAN ")).A(ib, "INTL")
        if fcc in V.INTL_PHONE and fcc == cc:
            b.x("\nTel: ").T(V.INTL_PHONE[fcc](), "INTL")
        b.x("\nFor: care of ").P(uf + " " + ul).x(" (" + cond() + ")")
    else:
        if rng.random() < 0.5:
            f, l, full = person_in("GB")
            b.x("UK account: sort code %s-%s-%s, account " % (V.digits(2), V.digits(2), V.digits(2))).A(V.digits(8), "INTL")
            b.x(", or IBAN ").A(V.iban("GB")[1], "INTL")
        else:
            b.x("CLABE ").A(V.clabe(), "INTL").x(" (Mexico), or ").A(ib, "INTL")
        b.x(". Account holder ").P(full, "INTL").x(". It's for " + pick(["Dad", "Grandma", "Auntie"]) + "'s " + pick(PH_.EQUIP) + ".")
    b.style = pick(["international", "general_text"])


def t_nonlatin(b):
    cc = pick(["JP", "CN", "KR", "RU", "SA", "IN"])
    loc = {"IN": "hi_IN"}.get(cc, V.CC_LOCALE[cc])
    lead, g = pick([("{{Grandma}}'s name in ", "f"), ("For the interpreter: {{Dad}}'s name in ", "m"), ("Her name as on the passport, in ", "f"),
                    ("{{Grandpa}}'s name in ", "m")])
    f, l, full = V.intl_person(loc, g)
    uf, ul = V.us_person()
    city = pick({"JP": ["大阪", "札幌", "福岡", "名古屋"], "CN": ["成都", "广州", "西安", "武汉"], "KR": ["부산", "대구", "광주", "인천"],
                 "RU": ["Казань", "Самара", "Омск"], "SA": ["جدة", "الدمام", "مكة"], "IN": ["लखनऊ", "जयपुर", "पटना"]}[cc])
    b.x(lead)
    b.x({"JP": "Japanese", "CN": "Chinese", "KR": "Korean", "RU": "Russian", "SA": "Arabic", "IN": "Hindi"}[cc] + " is ")
    pr = "she" if g == "f" else "he"
    b.P(full, "INTL").x(" (" + pick([pr + "'s from", "born in", "family in"]) + " ").L(city, "INTL").x("). ")
    d1, d2 = rng.sample(PH_.DRUGS, 2)
    b.x(pick([pr.capitalize() + " takes " + d1 + " and " + d2 + ".", "Dx " + cond() + ".", "Needs an interpreter for the " + svc() + "."]))
    if cc in V.INTL_PHONE and rng.random() < 0.6:
        b.x(" Relatives there: ").T(V.INTL_PHONE[cc](), "INTL").x(".")
    b.x(" My number ").T(V.us_phone()).x(" - ").P(uf)
    b.style = "international"


def t_intl_note(b):
    cc = pick(["GB", "CA", "DE", "FR", "MX", "IN", "IE", "ES"])
    f, l, full = person_in(cc)
    lab, hid = V.intl_health_id(cc)
    b.x(pick(["Transfer of care from abroad. ", "Outside records received. ", "Travel clinic note: "]))
    b.x("Pt ").P(full, "INTL").x(", DOB ").D(V.dob_intl(5, 90), "INTL").x(", %s " % lab).M(hid, "INTL").x(". ")
    b.x(pick(PH_.NOTE_BODY))
    b.x(" Home address ").L(V.intl_address(cc), "INTL")
    if cc in V.INTL_PHONE:
        b.x(", tel ").T(V.INTL_PHONE[cc](), "INTL")
    b.x(". Local contact ").P(V.us_person()[0]).x(" ").T(V.us_phone()).x(".")
    b.style = "clinician_note"


PLAN = [  # (template, count)
    (t_note_header, 30), (t_intake_form, 12), (t_payment_form, 8), (t_billing_msg, 8), (t_insurance, 7), (t_referral, 7),
    (t_lower_update, 9), (t_speaker, 10), (t_all_caps, 8), (t_run_on, 8), (t_list, 8), (t_signature, 10),
    (t_typos, 7), (t_address_change, 7), (t_forwarded, 8), (t_url_share, 15), (t_military_box, 6),
    (t_relative_abroad, 24), (t_iban, 18), (t_nonlatin, 10), (t_intl_note, 6),
]
STYLE_DEFAULT = {t_note_header: "clinician_note", t_intake_form: "form", t_payment_form: "form"}


def make_template(fn):
    for _ in range(50):
        b = B(STYLE_DEFAULT.get(fn, "general_text"))
        b._case = None
        fn(b)
        case = getattr(b, "_case", None)
        if b.style == "all_caps":
            case = "upper"
        if b.style == "lower_case_maybe":
            b.style = "lower_case" if rng.random() < 0.4 else "general_text"
            case = "lower" if b.style == "lower_case" else None
        if b.style == "lower_case" and case is None:
            case = "lower"
        rec = b.finish(case=case, typos=(b.style == "typos"))
        if template_ok(rec):
            rec["source"] = "template"
            return rec
    raise RuntimeError("could not make a clean message from %s" % fn.__name__)


def main():
    hand = handparse.parse_all(os.path.join(HERE, "hand"))
    recs = []
    for m in hand:
        probs = checks.problems(m) + handparse.lint(m)
        if probs:
            raise SystemExit("hand message %s: %s" % (m["_where"], probs))
        recs.append({"style": m["style"], "text": m["text"], "identifiers": m["identifiers"], "keep": m["keep"], "source": "hand"})
    for fn, n in PLAN:
        for _ in range(n):
            r = make_template(fn)
            r.pop("_spans")
            recs.append(r)
    order = list(range(len(recs)))
    random.Random(48).shuffle(order)
    with open(OUT, "w", encoding="utf-8") as out:
        for k, idx in enumerate(order):
            r = recs[idx]
            row = {"id": "hd48-%03d" % k, "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d hand, %d template) to %s" % (len(recs), len(hand), len(recs) - len(hand), OUT))


if __name__ == "__main__":
    main()
