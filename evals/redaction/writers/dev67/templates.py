"""Templates for the template-filled part of dev67 (written for this file; values from gen_values.py)."""
import re

from gen_values import (rng, pick, chance, first, first_g, last, full, surname_for_short, nonlatin_name, initials, us_phone,
                        vanity_phone, intl_phone, us_address, us_po_box, us_rural, military, intl_address, us_city_state,
                        ssn, dob, mrn, card, routing, bank_acct, iban, email, url, ascii_fold, F, SHORT_NICKS,
                        WORD_NAMES, WORD_SURNAMES, RELATIONS, RELATION_LABELS, DRUGS, CONDITIONS, LABS, BODY, ORGS,
                        HELPLINES, CONTRACTIONS, WEEKDAYS, MONTHS, GROUP_TITLES, NONLATIN_PLACES, INTL_CITY, US_CITIES,
                        NONLATIN_PLACES_BY, NONLATIN_PHONE, CC_LOCALE, DOB_LABEL, INTL_PHONE)

TY = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "U": "URL", "S": "US_SSN",
      "M": "MEDICAL_RECORD_NUMBER", "D": "DATE_OF_BIRTH", "A": "ACCOUNT_NUMBER"}


class Reject(Exception):
    pass


class Msg:
    def __init__(self, style, region="US"):
        self.style, self.region = style, region
        self.parts = []  # (kind, text, type, region) kind in t/i/k

    def t(self, *xs):
        for x in xs:
            self.parts.append(("t", x, None, None))
        return self

    def i(self, x, code, region=None):
        self.parts.append(("i", x, TY[code], region or self.region))
        return self

    def k(self, x):
        self.parts.append(("k", x, None, None))
        return self

    def finish(self, case=None):
        f = {None: lambda s: s, "lower": str.lower, "upper": str.upper}[case]
        text, ids, keeps, spans = "", [], [], []
        for kind, x, ty, rg in self.parts:
            x = f(x)
            if kind == "i":
                spans.append((len(text), len(text) + len(x)))
                ids.append((x, ty, rg))
            elif kind == "k":
                keeps.append(x)
            text += x
        if re.search(r"[ \t]\n", text) or text != text.lstrip():
            raise Reject("stray whitespace")
        text = text.rstrip()
        return check(self.style, text, ids, keeps, spans)


def _wc(c):
    return c.isalnum() or c == "_"


def check(style, text, ids, keeps, spans):
    seen = {}
    out_ids = []
    for x, ty, rg in ids:
        if not x or x != x.strip():
            raise Reject("padded identifier")
        if x in seen:
            if seen[x] != (ty, rg):
                raise Reject("conflicting labels")
            continue
        seen[x] = (ty, rg)
        out_ids.append({"text": x, "type": ty, "region": rg})
    occ = []
    for x in seen:
        i = text.find(x)
        while i >= 0:
            a, b = i, i + len(x)
            if not any(p <= a and b <= q for p, q in spans):
                raise Reject("unmarked occurrence of %r" % x)
            if (a > 0 and _wc(text[a]) and _wc(text[a - 1])) or (b < len(text) and _wc(text[b - 1]) and _wc(text[b])):
                raise Reject("boundary %r" % x)
            occ.append((a, b))
            i = text.find(x, i + 1)
        if seen[x][0] == "PERSON":
            for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(x), text, re.I):
                if not any(p <= m.start() and m.end() <= q for p, q in spans):
                    raise Reject("case variant of person %r" % x)
    kd = []
    for k in keeps:
        if k in kd:
            continue
        i = text.find(k)
        if i < 0:
            raise Reject("keep missing")
        while i >= 0:
            if any(i < q and p < i + len(k) for p, q in occ):
                raise Reject("keep overlaps %r" % k)
            i = text.find(k, i + 1)
        kd.append(k)
    return {"style": style, "text": text, "identifiers": out_ids, "keep": kd, "source": "template"}


# --------------------------------------------------------------------------------------------- helpers
KIN = [("daughter", "f"), ("son", "m"), ("wife", "f"), ("husband", "m"), ("niece", "f"), ("nephew", "m"),
       ("sister", "f"), ("brother", "m"), ("granddaughter", "f"), ("grandson", "m")]


def kin():
    return pick(KIN)


def drug():
    return pick(DRUGS)


def cond():
    return pick(CONDITIONS)


def lab():
    return pick(LABS)


FEMALE_REL = ["Mom", "Grandma", "Nana", "Abuela", "Granny", "Gran", "Mama", "Lola", "Oma", "Nonna", "Bubbe", "Mum", "Ma",
              "Tía", "Halmeoni", "Dadi", "Nani", "Auntie"]


def rel_f():
    return pick(FEMALE_REL)


def rel():
    return pick(RELATIONS)


def nick():
    return pick(SHORT_NICKS)


def wname():
    return pick(WORD_NAMES)


def day():
    return pick(WEEKDAYS)


def _sep(m, soft):
    cur = "".join(x[1] for x in m.parts).rstrip(" ")
    if cur.endswith("\n"):
        return ""
    if cur[-1:] in ".!?)\"":
        return " " if soft != "\n" else "\n"
    return soft


def add_tail(m, p=0.5, lower=False):
    """casual sign-off or call-back tail; adds one or two identifiers"""
    p = min(1.0, p + 0.15)
    if not chance(p):
        return m
    if m.parts and m.parts[-1][0] == "i" and m.parts[-1][2] == "PERSON":
        return m
    if m.style == "clinician_note":
        m.t(_sep(m, "\n") if chance(0.5) else (" " if "".join(x[1] for x in m.parts)[-1:] in ".)" else ". "))
        m.t(pick(["cc ", "- ", "--"])).i(pick([initials(), surname_for_short()]), "P")
        return m
    v = rng.randint(0, 4)
    if "".join(x[1] for x in m.parts).endswith(" "):
        m.parts[-1] = (m.parts[-1][0], m.parts[-1][1].rstrip(" "), m.parts[-1][2], m.parts[-1][3])
    if v in (0, 2) or m.style in ("form", "list", "caregiver_log", "speaker_label"):
        m.t(_sep(m, "\n"))
        v = pick([0, 2])
        if v == 0:
            m.t(pick(["- ", "-", "~", ""])).i(pick([nick(), first()]), "P")
        else:
            m.i(pick([nick(), first()]), "P").t(pick([" ", " @ ", ": ", " cell "])).i(us_phone(0.05), "T")
        return m
    m.t(_sep(m, ". "))
    if v == 1:
        m.t(pick(["call me ", "my cell ", "Call back ", "text me "])).i(us_phone(0), "T")
    elif v == 3:
        g = pick("fm")
        m.i(pick([first_g(g), nick()]), "P").t(pick([" says hi", " is on %s way" % ("her" if g == "f" else "his"), " has the key",
                                                    " knows the code"]))
    else:
        m.t(pick(["cc ", "FYI "])).i(surname_for_short(), "P")
    return m


def add_intl_tail(m, p=0.5, cc=None):
    if chance(p):
        v = rng.randint(0, 2)
        if v == 0:
            m.t(_sep(m, "\n")).t(pick(["- ", "", "x "])).i(_intl_name(cc), "P")
        elif v == 1:
            m.t(_sep(m, ". ")).t(pick(["WhatsApp ", "Mobile ", "Tel. ", "whatsapp: "])).i(_cc_phone(cc), "T", "US" if cc == "CA" else None)
        else:
            m.t(_sep(m, "\n")).i(_intl_name(cc), "P").t(pick([": ", " ", " (my cousin) "])).i(_cc_phone(cc), "T", "US" if cc == "CA" else None)
    return m


def add_dob(m, us=True, labels=None):
    v, mon = dob(us)
    m.t(pick(labels or ["DOB ", "DOB: ", "dob ", "D.O.B. ", "born ", "birthday ", "Date of birth: ", "b. "]))
    m.i(v, "D")
    return v


# ============================================================================== short / informal name templates
def t_nick_lower():
    m = Msg("lower_case")
    a, b = nick(), nick()
    if a == b:
        raise Reject("same")
    r = rel_f()
    d = drug()
    v = rng.randint(0, 5)
    if v == 0:
        m.t("hey ").i(a, "P").t(" can u grab %s's " % r).k(d).t(" from ").k(pick(["Walgreens", "CVS", "Rite Aid"])).t(
            "? ").i(b, "P").t(" has the car till 5")
    elif v == 1:
        m.i(a, "P").t(" says %s was up all night, think the " % r).k(d).t(" is messing w her sleep. ").i(b, "P").t(
            " can u call the dr tmrw")
    elif v == 2:
        m.t("ok so ").i(a, "P").t(" does mornings and ").i(b, "P").t(" does nights. %s needs the " % r).k(d).t(" at 8 both times")
    elif v == 3:
        m.t("thx ").i(a, "P").t("!! %s's " % r).k(lab()).t(" came back ok. tell ").i(b, "P")
    elif v == 4:
        m.t("pls remind ").i(a, "P").t(" that %s can't have grapefruit w the " % r).k(d)
    else:
        m.t("is ").i(a, "P").t(" still driving %s to " % r).k(pick(["dialysis", "PT", "chemo", "wound care", "cardiac rehab"])).t(
            " on ").k(day()).t("? if not ").i(b, "P").t(" can")
    add_tail(m, 0.55)
    return m.finish("lower")


def t_nick_texting():
    m = Msg("texting")
    a, b = nick(), nick()
    if a == b:
        raise Reject("same")
    v = rng.randint(0, 6)
    if v == 0:
        m.t("omw ").i(a, "P").t(" ty!! did %s take the " % rel()).k(drug()).t(" yet")
    elif v == 1:
        m.t("@").i(a, "P").t(" grandpa's ").k(drug()).t(" refill is ready, can u get it b4 6? ily")
    elif v == 2:
        m.t("k ").i(a, "P").t(" lmk when the nurse leaves. ").i(b, "P").t(" says 4ish")
    elif v == 3:
        m.t("np ").i(a, "P").t("!! ").t(pick(["ttyl", "brb", "ttys"])).t(" gotta give %s her " % rel_f()).k(drug())
    elif v == 4:
        m.t("wya ").i(a, "P").t("?? %s's " % rel()).k(pick(["oxygen", "CPAP", "nebulizer"])).t(" is beeping and idk what to do. call ").i(
            us_phone(0), "T")
    elif v == 5:
        m.i(a, "P").t(" + ").i(b, "P").t(" both have covid so no visits w %s this wk, not w her " % rel_f()).k(cond())
    else:
        m.t("tysm ").i(a, "P").t(" <3 the ").k(drug()).t(" worked, %s slept 7 hrs!!" % rel())
    add_tail(m, 0.55)
    return m.finish()


def t_nick_speaker():
    m = Msg("speaker_label")
    a, b = nick(), nick()
    if a == b:
        raise Reject("same")
    d = drug()
    v = rng.randint(0, 3)
    if v == 0:
        m.i(a, "P").t(": did %s get the " % rel()).k(d).t("\n").i(b, "P").t(": yep at 9\n").i(a, "P").t(": ty")
    elif v == 1:
        neutral = ["Cousin", "Neighbor", "Caregiver", "Aide", "Grandkid", "Friend", "Sibling", "Stepkid"]
        m.t(pick(neutral) + " ").i(a, "P").t(": she's asleep, ").k(d).t(" given\n").t(pick(neutral) + " ").i(b, "P").t(
            ": thank god. i'll come at 7")
    elif v == 2:
        m.i(a, "P").t(": who has %s tmrw\n" % rel()).i(b, "P").t(": me till 2 then ").i(nick(), "P").t(
            "\n").i(a, "P").t(": ok remind them about the ").k(d)
    else:
        m.i(a.upper(), "P").t(": CAN SOMEONE CALL ME\n").i(b, "P").t(": whats up\n").i(a.upper(), "P").t(": %s fell, shes ok, " % rel_f().upper()).k(
            pick(["EMS", "ER", "urgent care"])).t(" says no break")
    return m.finish()


def t_word_names():
    m = Msg("names_as_words")
    a, b = wname(), wname()
    if a == b:
        raise Reject("same")
    v = rng.randint(0, 5)
    d = drug()
    if v == 0:
        m.i(a, "P").t(" is taking %s to the " % rel()).k(pick(["cardiologist", "eye doctor", "dentist", "podiatrist", "neurologist"])).t(
            " %s. " % pick(["today", "at 2", "after lunch"])).i(b, "P").t(" has the evening.")
    elif v == 1:
        m.t("Can you ask ").i(a, "P").t(" if the ").k(d).t(" goes with food? ").i(b, "P").t(" thinks so.")
    elif v == 2:
        m.i(a, "P").t(" and ").i(b, "P").t(" stopped by. %s was so happy. %s" % (rel(), pick(["", "Ate a little more than usual. "]))).k(
            pick(["We'll", "They'll", "She'll", "Don't"])).t(" try again next week.")
    elif v == 3:
        m.t("Reminder: ").i(a, "P").t(" has the key. If %s needs the " % rel()).k(d).t(" from the lockbox, text ").i(a, "P").t(
            " at ").i(us_phone(0), "T")
    elif v == 4:
        m.t("%s keeps asking where " % rel_f()).i(a, "P").t(" is. Told her ").i(a, "P").t(" is at work. Her ").k(
            pick(["dementia", "sundowning", "Alzheimer's", "delirium", "anxiety", "Lewy body dementia", "confusion"])).t(
            " is worse at night")
    else:
        m.i(a, "P").t(" ").i(surname_for_short(), "P").t(" from church dropped off soup and the ").k(
            pick(["shower chair", "walker", "commode", "bed rail"])).t(".")
    add_tail(m, 0.55)
    return m.finish()


def t_surname_note():
    m = Msg("clinician_note")
    s1, s2 = surname_for_short(), surname_for_short()
    if s1 == s2:
        raise Reject("same")
    v = rng.randint(0, 5)
    if v == 0:
        m.t("s/w ").i(s1, "P").t(" re: ").k(lab()).t(". Pt's wife aware. ").i(s2, "P").t(" to f/u ").k(day()).t(".")
    elif v == 1:
        m.t("Handoff: ").i(s1, "P").t(" bed %d, " % rng.randint(1, 30)).k(cond()).t(", ").k(drug()).t(" due 2200. ").i(
            s2, "P").t(" bed %d, fall risk." % rng.randint(1, 30))
    elif v == 2:
        m.t("Called ").i(s1, "P").t(" x2, LVM. ").k(drug()).t(" refill pending PA. Per ").i(initials(), "P").t(" ok to bridge 7d.")
    elif v == 3:
        m.i(s1, "P").t(" seen in clinic, c/o ").k(pick(BODY)).t(" pain. Hx ").k(cond()).t(". RTC 2 wk, sooner prn. cc ").i(s2, "P")
    elif v == 4:
        m.t("Pt ").i(s1, "P").t(" declined ").k(pick(["flu shot", "shingles vaccine", "COVID booster", "pneumonia vaccine"])).t(
            ". Dtr ").i(first_g("f"), "P").t(" will discuss w him.")
    else:
        m.t("Per ").i(s1, "P").t(" (night RN) pt agitated, gave ").k(pick(["haloperidol", "lorazepam", "quetiapine", "melatonin"])).t(
            " x1. ").i(s2, "P").t(" notified.")
    add_tail(m, 0.4)
    return m.finish()


def t_initials():
    m = Msg("initials")
    a, b = initials(), initials()
    if a == b:
        raise Reject("same")
    v = rng.randint(0, 3)
    if v == 0:
        m.t("per ").i(a, "P").t(" %s's " % rel().lower()).k(lab()).t(" is up again, dr wants to adjust the ").k(drug())
    elif v == 1:
        m.i(a, "P").t(" & ").i(b, "P").t(" will split ").k(day()).t(". ").i(b, "P").t(" does the ").k(
            pick(["wound care", "insulin", "tube feed", "catheter care"]))
    elif v == 2:
        m.t("Note for ").i(a, "P").t(": pt's son ").i(first_g("m"), "P").t(" called, wants callback re ").k(cond()).t(". - ").i(b, "P")
    else:
        m.t("thx ").i(a, "P").t(". signed the ").k(pick(["POLST", "DNR", "advance directive", "hospice consent"])).t(" w/ ").i(b, "P").t(
            " as witness")
    add_tail(m, 0.55)
    return m.finish()


def t_lower_fullname():
    m = Msg("lower_case")
    v = rng.randint(0, 3)
    n1 = "%s %s" % (first_g(pick("fm") if v != 0 else "f"), last())
    n2 = "%s %s" % (first_g("f" if v == 1 else "m"), last())
    if v == 0:
        m.t("my name is ").i(n1.lower(), "P").t(" and im the daughter of ").i(n2.lower(), "P").t(". he needs his ").k(
            drug().lower()).t(" refilled, call me ").i(us_phone(0.1), "T")
    elif v == 1:
        m.i(n1.lower(), "P").t(" here, calling about my mom ").i(n2.lower(), "P").t(", her ").k(cond().lower()).t(
            " is worse. we live at ").i(us_address(multiline=False, lower=True), "L")
    elif v == 2:
        m.t("pls tell ").i(n1.lower(), "P").t(" that the ").k(lab().lower()).t(" is tmrw at 7, no food after midnight")
    else:
        m.t("its ").i(n1.split()[0].lower(), "P").t(" ").i(n1.split()[1].lower(), "P").t(" from across the hall. ").i(
            n2.split()[0].lower(), "P").t(" fell again, hes ok. his ").k(drug().lower()).t(" is on the counter")
    add_tail(m, 0.4)
    return m.finish()


def t_nick_allcaps():
    m = Msg("all_caps")
    a = pick([nick(), wname()])
    v = rng.randint(0, 2)
    m = Msg("all_caps")
    if v == 0:
        m.t("THIS IS %s. " % pick(["GRANDMA", "YOUR MOTHER", "DAD", "NANA", "POP"])).i(a, "P").t(
            " FIXED MY PHONE. I TOOK THE ").k(drug()).t(" DONT WORRY")
    elif v == 1:
        m.i(a, "P").t(" CALL ME BACK. THE NURSE DIDNT COME AND I NEED MY ").k(drug()).t(". MY NUMBER IS ").i(us_phone(0), "T")
    else:
        m.t("TELL ").i(a, "P").t(" AND ").i(surname_for_short(), "P").t(" THE ").k(pick(GROUP_TITLES)).t(" IS CANCELLED ").k(day())
    return m.finish("upper")


# ============================================================================== US general / forms / notes
def t_form_intake():
    m = Msg("form")
    fn, ln = first(), last()
    m.t(pick(["PATIENT INFORMATION\n", "New patient form\n", "Intake - ", "REGISTRATION\n", ""]))
    if chance(0.5):
        m.t("Name: ").i("%s %s" % (fn, ln), "P").t("\n")
    else:
        m.t("Last: ").i(ln, "P").t("  First: ").i(fn, "P").t("\n")
    add_dob(m, True, ["DOB: ", "Date of Birth: ", "D.O.B.: ", "Birthdate: "])
    m.t("\n")
    if chance(0.85):
        m.t(pick(["SSN: ", "Social Security #: ", "SS#: ", "SSN "])).i(ssn(), "S").t("\n")
    m.t(pick(["Address: ", "Home address: ", "Street: "])).i(us_address(), "L").t("\n")
    m.t(pick(["Phone: ", "Cell: ", "Home phone: ", "Best #: "])).i(us_phone(), "T").t("\n")
    if chance(0.6):
        m.t("Email: ").i(email(fn, ln), "E").t("\n")
    if chance(0.5):
        lb, v = mrn()
        m.t((lb or "Insurance ID") + ": ").i(v, "M").t("\n")
    kl, kg = kin()
    m.t(pick(["Emergency contact: ", "Contact: ", "Next of kin: "])).i("%s %s" % (first_g(kg), last()), "P").t(" (%s) " % kl).i(
        us_phone(0), "T").t("\n")
    m.t(pick(["Current meds: ", "Meds: ", "Medications: "])).k(drug()).t(pick(["\nConditions: ", "\nDx: ", "\nHistory: "])).k(cond())
    return m.finish()


def t_benefits_form():
    m = Msg("form")
    fn, ln = first(), last()
    m.t(pick(["APPLICATION FOR ASSISTANCE\n", "Benefits worksheet\n", "Medicaid renewal - applicant\n", "SNAP / LIHEAP form\n"]))
    m.t("Applicant: ").i("%s %s" % (fn, ln), "P").t("\n")
    m.t(pick(["SSN: ", "Social Security No.: ", "SSN# "])).i(ssn(), "S").t("\n")
    add_dob(m, True, ["DOB: ", "Date of birth: "])
    m.t("\nMailing address: ").i(pick([us_address(), us_address(), us_po_box(), us_rural()]), "L").t("\n")
    m.t("Phone: ").i(us_phone(), "T").t("\n")
    if chance(0.6):
        m.t("Email: ").i(email(fn, ln), "E").t("\n")
    m.t("Medicare ID: ").i(mbi_(), "M").t("\n")
    k1, k2 = kin(), kin()
    m.t("Household: ").i(first_g(k1[1]), "P").t(" (%s), " % k1[0]).i(first_g(k2[1]), "P").t(" (%s)\n" % k2[0])
    m.t("Authorized rep: ").i(full(), "P").t(", ").i(us_phone(0.2), "T").t("\n")
    m.t("Medical expenses: ").k(drug()).t(", ").k(pick(["oxygen", "dialysis", "insulin pump supplies", "home aide"]))
    return m.finish()


def t_address_change():
    m = Msg("general_text")
    fn, ln = first(), last()
    v = rng.randint(0, 4)
    if v == 0:
        m.t("Please update the address for ").i("%s %s" % (fn, ln), "P").t(" to ").i(us_address(multiline=False), "L").t(
            ". Old address no longer valid. Thanks, ").i(first(), "P")
    elif v == 1:
        m.t("Hi, we moved! New address:\n").i(us_address(multiline=True), "L").t("\nSame phone ").i(us_phone(), "T").t(
            ". Please make sure the ").k(pick(["oxygen", "CPAP supplies", "diabetic supplies", "hospital bed"])).t(" delivery goes there. - ").i(
            fn, "P")
    elif v == 2:
        fn = first_g("m")
        m.t("Change of address for my father ").i(ln, "P").t(", ").i(fn, "P").t(": he's now at ").i(pick([us_po_box(), us_rural()]), "L").t(
            ". ").k(pick(["Social Security", "Medicare", "the VA"])).t(" already has it.")
    elif v == 3:
        c, s = us_city_state()
        m.t("mom is moving in with me in ").i("%s, %s" % (c, s), "L").t(" next month, can her ").k(drug()).t(
            " be transferred to a pharmacy here? her name is ").i("%s %s" % (fn, ln), "P")
    else:
        m.t("ADDRESS CHANGE - ").i(("%s %s" % (fn, ln)).upper(), "P").t(" - NEW: ").i(us_address(multiline=False).upper(), "L").t(
            " PHONE ").i(us_phone(0), "T")
    add_tail(m, 0.55)
    return m.finish()


def t_billing_card():
    m = Msg("general_text")
    c, kind = card()
    lbl = {"visa16": ["visa", "Visa", "card", "cc", "credit card"], "mastercard": ["Mastercard", "MC", "card", "credit card", "debit card"],
           "amex": ["Amex", "AMEX card", "card"], "discover": ["Discover", "card #", "cc"]}[kind]
    fn, ln = first(), last()
    v = rng.randint(0, 3)
    if v == 0:
        m.t("Re: bill for %s's " % rel().lower()).k(pick(["ambulance ride", "ER visit", "MRI", "hospital bed rental", "home health"])).t(
            ". Please charge my %s " % pick(lbl)).i(c, "A").t(" exp %02d/%d. " % (rng.randint(1, 12), rng.randint(26, 31))).i("%s %s" % (fn, ln), "P")
    elif v == 1:
        m.t("%s number is " % pick(lbl)).i(c, "A").t(", name on card ").i(("%s %s" % (fn, ln)).upper(), "P").t(
            ". zip ").i("%05d" % rng.randint(1001, 99950), "L").t(". this is for the ").k(pick(DRUGS)).t(" copay")
    elif v == 2:
        m.t("I called about the double charge. ").i(fn, "P").t(" used the wrong card. The right %s is " % pick(lbl)).i(c, "A").t(
            ". Account ").i("%s-%06d" % (pick(["HB", "PT", "GA", "ACC"]), rng.randint(0, 999999)), "A").t(".")
    else:
        m.t("payment for ").i(ln, "P").t(" - %s " % pick(lbl)).i(c, "A").t(" - billing address ").i(us_address(multiline=False), "L")
    return m.finish()


def t_bank():
    m = Msg("general_text")
    fn, ln = first(), last()
    r, a = routing(), bank_acct()
    v = rng.randint(0, 3)
    if v == 0:
        m.t("Autopay for %s's " % rel().lower()).k(pick(["assisted living", "memory care", "home aide", "adult day program"])).t(
            ": routing ").i(r, "A").t(", checking ").i(a, "A").t(". - ").i(fn, "P")
    elif v == 1:
        m.t("New bank info for ").i("%s %s" % (fn, ln), "P").t("\nRouting #: ").i(r, "A").t("\nAccount #: ").i(a, "A").t(
            "\nPlease stop the old account.")
    elif v == 2:
        m.t("direct deposit form: ABA ").i(r, "A").t(" acct ").i(a, "A").t(" for ").i(ln, "P").t("'s refund from ").k(
            pick(["Medicare", "Aetna", "Humana", "Blue Cross"]))
    else:
        m.t("RTN ").i(r, "A").t(" / acct no. ").i(a, "A").t(" (savings). Name on account ").i("%s %s" % (fn, ln), "P").t(
            ". ").k(pick(["Won't", "Don't", "I'll", "Can't"])).t(" have the voided check till Friday")
    add_tail(m, 0.4)
    return m.finish()


def t_signature():
    m = Msg("signature")
    fn, ln = first(), last()
    v = rng.randint(0, 4)
    if v == 0:
        m.t(pick(["Thanks for all you do for Mom.", "Thank you for taking such good care of Dad.", "We appreciate you all."]))
    elif v == 1:
        m.t("Let me know what the doctor says about the ").k(pick(LABS)).t(".")
    elif v == 2:
        m.t("See attached ").k(pick(["discharge summary", "care plan", "med list", "POLST"])).t(" - please file it.")
    elif v == 3:
        m.t("Please call if the ").k(pick(["hospice", "home health", "wound care"])).t(" schedule changes.")
    else:
        m.t("Dad's ").k(pick(LABS)).t(" is moved to ").k(day()).t(". I'll bring him.")
    m.t("\n\n" + pick(["", "Best,\n", "Thanks,\n", "--\n", "Warmly,\n", "Sent from my iPhone\n"]))
    nm = "%s %s" % (fn, ln)
    if chance(0.3):
        nm = "%s %s. %s" % (fn, pick("ABCDEFGHJKLMRST"), ln)
    m.i(nm, "P")
    if chance(0.4):
        m.t(", " + pick(["RN", "LPN", "MSW", "CNA", "PharmD", "NP", "PT, DPT"]))
    m.t("\n")
    if chance(0.7):
        m.t(pick(["", "c: ", "cell ", "m. ", "Phone: "])).i(us_phone(), "T").t("\n")
    if chance(0.7):
        m.i(email(fn, ln), "E").t("\n")
    if chance(0.65):
        m.i(url(fn, ln), "U")
    return m.finish()


def t_clinician_full():
    m = Msg("clinician_note")
    fn, ln = first(), last()
    v = rng.randint(0, 3)
    m.t(pick(["Pt: ", "Patient: ", "PT NAME: ", "Re: "])).i("%s, %s" % (ln, fn) if chance(0.5) else "%s %s" % (fn, ln), "P").t("  ")
    add_dob(m, True, ["DOB ", "DOB: ", "D.O.B. "])
    m.t("  ")
    lb, val = mrn()
    m.t((lb + " ") if lb else "").i(val, "M")
    if chance(0.3):
        m.t(pick(["  SSN ", "  SS# ", "  ssn "])).i(ssn(), "S")
    m.t("\n")
    if v == 0:
        d1, d2 = drug(), drug()
        if d1 == d2:
            raise Reject("same drug")
        m.t("CC: ").k(pick(BODY)).t(" pain, hx ").k(cond()).t(". Meds reviewed: ").k(d1).t(", ").k(d2).t(
            ". Plan: ").k(lab()).t(" in 1 wk.")
    elif v == 1:
        kl, kg = pick([("dtr", "f"), ("son", "m"), ("wife", "f"), ("husband", "m"), ("HCP", pick("fm"))])
        m.t("Spoke w/ %s " % kl).i(first_g(kg), "P").t(" (").i(us_phone(), "T").t(
            ") re: ").k(cond()).t(". Agrees w/ plan.")
    elif v == 2:
        m.t("Home visit. Lives at ").i(us_address(multiline=False), "L").t(". ").k(drug()).t(" adherence poor. Referred to ").k(
            pick(["Meals on Wheels", "Area Agency on Aging", "home health", "hospice"])).t(".")
    else:
        m.t("A/P: ").k(cond()).t(" - cont ").k(drug()).t(". F/u Dr. ").i(last(), "P").t(" ").k(day()).t(".")
    return m.finish()


def t_referral():
    m = Msg("referral")
    fn, ln = first(), last()
    m.t(pick(["REFERRAL\n", "Referral to home health\n", "Hospice referral\n", "Fax referral - "]))
    m.t("Patient: ").i("%s %s" % (fn, ln), "P").t("\n")
    add_dob(m, True, ["DOB: ", "DOB "])
    m.t("\n")
    lb, val = mrn()
    m.t("%s: " % (lb or "ID")).i(val, "M").t("\n")
    if chance(0.5):
        m.t("Medicare: ").i(mbi_(), "M").t("\n")
    if chance(0.45):
        m.t("SSN: ").i(ssn(), "S").t("\n")
    m.t("Dx: ").k(cond()).t("\nAddress: ").i(us_address(), "L").t("\nContact: ").i(full(), "P").t(" ").i(us_phone(), "T").t(
        "\nReferring: Dr. ").i(last(), "P").t(", fax ").i(us_phone(0), "T")
    return m.finish()


def mbi_():
    from gen_values import mbi
    return mbi()


def t_list_contacts():
    m = Msg("list")
    m.t(pick(["Contacts for %s's fridge:\n" % rel(), "Who to call:\n", "Phone list (keep by the bed)\n", "IMPORTANT NUMBERS\n"]))
    n = rng.randint(3, 5)
    for j in range(n):
        kind = rng.randint(0, 3)
        if kind == 0:
            m.t("- Dr. ").i(last(), "P").t(" (%s) " % pick(["heart", "kidney", "lungs", "primary", "pain", "psych"])).i(us_phone(), "T").t("\n")
        elif kind == 1:
            m.t("- ").i(pick([nick(), wname(), first()]), "P").t(" (%s) " % pick(["neighbor", "church", "aide", "cousin", "friend"])).i(
                us_phone(), "T").t("\n")
        elif kind == 2:
            m.t("- ").i(first(), "P").t(" ").i(surname_for_short(), "P").t(": ").i(us_phone(), "T").t("\n")
        else:
            m.t("- %s pharmacy " % pick(["Walgreens", "CVS", "Rite Aid"])).i(us_phone(0), "T").t("\n")
    m.t("- ").k(pick(["Poison Control 1-800-222-1222", "988 crisis line", "911"])).t("\n")
    return m.finish()


def t_run_on():
    m = Msg("run_on")
    a, b = pick([nick(), first()]), first_g("m")
    c, s = us_city_state()
    v = rng.randint(0, 2)
    if v == 0:
        m.t("ok so long story but ").i(a, "P").t(" went to check on %s and she was on the floor and " % rel_f().lower()).t(
            "they took her to the hospital in ").i(c, "L").t(" and now they're saying ").k(cond()).t(" and ").i(b, "P").t(
            " is driving up from ").i("%s, %s" % us_city_state(), "L").t(" tonight and i don't know what to do about the ").k(drug())
    elif v == 1:
        m.t("so my husband ").i(b, "P").t(" (").t(pick(["DOB ", "born ", ""])).i(dob(True)[0], "D").t(") has had ").k(cond()).t(
            " for years and now the ").k(drug()).t(" isn't working and our doctor Dr. ").i(last(), "P").t(
            " is on vacation so can someone please call me at ").i(us_phone(), "T").t(" because I'm losing my mind")
    else:
        m.t("yesterday ").i(a, "P").t(" took Dad to the new ").k(pick(["urologist", "cardiologist", "neurologist", "oncologist"])).t(
            " over on ").i(us_address(multiline=False, unit_p=0.6), "L").t(" and the guy was an hour late and then said the ").k(
            lab()).t(" came back off again and Dad said absolutely not to more tests so ").i(a, "P").t(" wants me to talk to him")
    add_tail(m, 0.4)
    return m.finish()


def t_forwarded():
    m = Msg("forwarded")
    fn, ln = first(), last()
    m.t(pick(["---------- Forwarded message ---------\n", "Begin forwarded message:\n", "Fwd: ", "> "]))
    m.t("From: ").i("%s %s" % (fn, ln), "P").t(" <").i(email(fn, ln), "E").t(">\n")
    m.t("Subject: %s\n\n" % pick(["Re: Mom", "Dad's meds", "update", "Re: Re: schedule", "insurance"]))
    v = rng.randint(0, 2)
    if v == 0:
        m.t("she's out of the ").k(drug()).t(", can you call it in? ").i(nick(), "P").t(" can pick up.")
    elif v == 1:
        m.t("The ").k(lab()).t(" is ").k(day()).t(". Here's the link to his page: ").i(url(first(), ln), "U")
    elif chance(0.4):
        m.t("I put the schedule on ").i(url(fn, ln), "U").t(" so everyone can sign up for ").k(day()).t("s")
    else:
        m.t("New number for the aide ").i(first_g("f"), "P").t(": ").i(us_phone(), "T").t(". She does the ").k(
            pick(["insulin", "wound care", "bath", "catheter care"])).t(".")
    return m.finish()


def t_military():
    m = Msg("general_text")
    fn, ln = first(), last()
    rank = pick(["Sgt.", "SPC", "PFC", "Lt.", "PO2", "SSgt", "Cpl.", "Capt."])
    fn = first_g("m")
    v = rng.randint(0, 2)
    if v == 0:
        m.t("Please mail copies of %s's " % rel().lower()).k(pick(["hospice", "discharge", "POA", "advance directive"])).t(
            " papers to her son, %s " % rank).i("%s %s" % (fn, ln), "P").t(":\n").i(military(), "L")
    elif v == 1:
        m.t("my grandson ").i(fn, "P").t(" is deployed, his address is ").i(military(), "L").t(
            ". he wants updates on my ").k(cond())
    else:
        m.t("New mailing address for %s " % rank).i(ln, "P").t(": ").i(military(), "L").t(". Email ").i(email(fn, ln), "E").t(" works too.")
    add_tail(m, 0.4)
    return m.finish()


def t_url_share():
    m = Msg(pick(["general_text", "texting", "lower_case"]))
    fn, ln = first(), last()
    v = rng.randint(0, 3)
    u = url(fn, ln, ["update", "fund", "meals", "pro"][v])
    if v == 0:
        m.t("updates on ").i(fn, "P").t("'s ").k(pick(["chemo", "transplant", "rehab", "recovery", "surgery"])).t(" are here: ").i(u, "U")
    elif v == 1:
        m.t("Please share! ").i("%s %s" % (fn, ln), "P").t(" needs help with the ").k(pick(["kidney transplant", "cancer treatment",
                                                                                        "wheelchair van", "ALS care"])).t(" bills ").i(u, "U")
    elif v == 2:
        m.t("her cousin ").i(nick(), "P").t(" posted it on ").i(u, "U").t(" so people can sign up for meals")
    else:
        m.t("Dr. ").i(last(), "P").t(" said to look at ").i(u, "U").t(" for the ").k(pick(GROUP_TITLES)).t(" schedule, it's run by ").i(
            "%s %s" % (fn, ln), "P").t(" who used to be a nurse")
    if m.style == "lower_case":
        add_tail(m, 0.55)
    return m.finish("lower")
    return m.finish()


def t_ssn():
    m = Msg("general_text")
    fn, ln = first(), last()
    s = ssn()
    v = rng.randint(0, 3)
    if v == 0:
        m.t("For the ").k(pick(["Medicaid", "Social Security", "SSI", "disability"])).t(" application: ").i("%s %s" % (fn, ln), "P").t(
            ", SSN ").i(s, "S").t(", DOB ").i(dob(True)[0], "D")
    elif v == 1:
        m.t("my social is ").i(s, "S").t(" if u need it for the form. -").i(fn.lower(), "P")
    elif v == 2:
        fn = first_g("m")
        m.t("They asked for Dad's SS# again. It's ").i(s, "S").t(". His name on the card is ").i(
            ("%s %s" % (fn, ln)).upper(), "P").t(". Don't text it to ").i(nick(), "P").t(" pls")
    else:
        m.t("SSN: ").i(s, "S").t("\nName: ").i("%s %s" % (fn, ln), "P").t("\nReason: ").k(cond())
    add_tail(m, 0.4)
    return m.finish()


def t_dob():
    v = rng.randint(0, 4)
    m = Msg(["clinician_note", "texting", "lower_case", "clinician_note", "list"][v])
    fn = pick([first(), nick(), wname()])
    d, mon = dob(True)
    if v == 0:
        m.t("Verify: ").i(fn, "P").t(" ").i(last(), "P").t(", ").i(d, "D").t(". Refill ").k(drug()).t(" x90d")
    elif v == 1:
        m.t("%s was born " % rel()).i(d, "D").t(", I always forget for the forms. ").i(fn, "P").t(" says I'm hopeless")
    elif v == 2:
        m.t("his birthday is ").i(d, "D").t(" - the pharmacy needs it to release the ").k(drug()).t(" to ").i(fn, "P")
    elif v == 3:
        m.t("Pt ").i(fn, "P").t(" (b. ").i(d, "D").t(") here w/ ").k(cond()).t(" f/u")
    else:
        m.i(fn, "P").t(" ").i(d, "D").t(" ").k(drug()).t(" allergy: ").k(pick(["penicillin", "sulfa", "codeine", "latex", "shellfish"]))
    add_tail(m, 0.55)
    return m.finish("lower" if m.style == "lower_case" else None)


def t_insurance():
    v = rng.randint(0, 2)
    m = Msg(["list", "texting", "form"][v])
    fn, ln = first(), last()
    lb, val = mrn()
    if v == 0:
        m.t("Insurance for ").i("%s %s" % (fn, ln), "P").t(":\n%s " % (lb or "ID")).i(val, "M").t("\nMedicare ").i(mbi_(), "M").t(
            "\nsecondary is ").k(pick(["AARP", "Humana", "Aetna", "Blue Cross"]))
    elif v == 1:
        m.t("the ").k(pick(["Medicaid", "Medicare", "Kaiser"])).t(" lady needs %s's number again, it's " % rel().lower()).i(val, "M").t(
            " - ").i(nick(), "P").t(" do u have the card?")
    else:
        m.t("Member: ").i(ln.upper(), "P").t(", ").i(fn.upper(), "P").t("\n%s: " % (lb or "Member ID")).i(val, "M").t(
            "\nGroup: ").i("%05d" % rng.randint(0, 99999), "M").t("\nPCP: Dr. ").i(last(), "P")
    add_tail(m, 0.55)
    return m.finish()


def t_pharmacy():
    m = Msg(pick(["voicemail", "general_text"]))
    fn, ln = first(), last()
    v = rng.randint(0, 2)
    if v == 0:
        m.t("Hi this is ").i(first(), "P").t(" from ").k(pick(["Walgreens", "CVS", "Costco pharmacy", "Walmart pharmacy"])).t(
            " calling for ").i("%s %s" % (fn, ln), "P").t(", your ").k(drug()).t(" is ready. Call us at ").i(us_phone(0.5), "T")
    elif v == 1:
        m.t("Rx for ").i(ln, "P").t(", ").i(fn, "P").t(" DOB ").i(dob(True)[0], "D").t(": ").k(drug()).t(
            " needs prior auth. Prescriber Dr. ").i(last(), "P").t(" ").i(us_phone(0.3), "T")
    else:
        fn = first_g("m")
        m.t("VM: \"yeah it's ").i(fn, "P").t(", ").i(ln, "P").t("'s son, the ").k(drug()).t(" bottle says 2 a day but the doctor said 1, call me back at ").i(
            us_phone(0.1), "T").t("\"")
    return m.finish()


def t_voicemail():
    m = Msg("voicemail")
    fn = pick([first(), nick(), wname()])
    m.t(pick(["Voicemail: ", "VM ", "Transcript: ", "New voicemail from "]))
    v = rng.randint(0, 2)
    if v == 0:
        m.t("\"Hi, it's ").i(fn, "P").t(", calling about ").i(first(), "P").t("'s ").k(pick(LABS)).t(", call me at ").i(us_phone(), "T").t(" thanks\"")
    elif v == 1:
        m.i(us_phone(0), "T").t(": \"this is ").i(fn, "P").t(" ").i(last(), "P").t(", my mother's ").k(drug()).t(" didn't come in the mail\"")
    else:
        m.t("\"").i(fn, "P").t(" here from Dr. ").i(last(), "P").t("'s office, the ").k(lab()).t(" results are in, call ").i(us_phone(0.6), "T").t("\"")
    return m.finish()


def t_caregiver_log():
    m = Msg("caregiver_log")
    aide = pick([nick(), first(), wname()])
    cl = surname_for_short()
    m.t("Aide: ").i(aide, "P").t("   Client: %s " % pick(["Mr.", "Mrs.", "Ms.", "Mr", "Miss"])).i(cl, "P").t("\n")
    m.t("%s %d\n" % (pick(WEEKDAYS), rng.randint(1, 28)))
    m.t("8:00 ").k(drug()).t(" given w/ breakfast\n")
    m.t("%s %s\n" % (pick(["11:00", "10:30", "1:15"]), pick(["walk in hall", "bath", "puzzles", "nap", "TV"])))
    v = rng.randint(0, 2)
    if v == 0:
        m.t("2:00 daughter ").i(first_g("f"), "P").t(" called, ").k(lab()).t(" tomorrow\n")
    elif v == 1:
        m.t("2:00 asked for \"").i(pick([nick(), wname(), first()]), "P").t("\" many times, redirected\n")
    else:
        m.t("2:00 neighbor ").i(surname_for_short(), "P").t(" visited\n")
    m.t("3:00 handoff to ").i(pick([nick(), first()]), "P")
    return m.finish()


def t_portal():
    m = Msg("portal_message")
    fn, ln = first(), last()
    v = rng.randint(0, 2)
    if v == 0:
        m.t("Dr. ").i(last(), "P").t(" - can %s take " % pick(["I", "my mom", "my husband", "Dad"])).k(drug()).t(" with ").k(drug()).t(
            "? Also my new email is ").i(email(fn, ln), "E").t(". - ").i(fn, "P")
    elif v == 1:
        fn = first_g("f")
        m.t("Hello, I'm ").i(fn, "P").t(", ").i("%s %s" % (first(), ln), "P").t("'s daughter. Please call me at ").i(
            us_phone(), "T").t(" about the ").k(cond()).t(" plan, not the home number")
    else:
        m.t("Please send the ").k(pick(["visit summary", "lab results", "referral", "letter for work"])).t(" to ").i(
            email(fn, ln), "E").t(" or fax. ").k(pick(["I'll", "We'll", "She'll", "He'll"])).t(" be out of town till ").k(pick(MONTHS)).t(". ").i("%s %s" % (fn, ln), "P")
    add_tail(m, 0.4)
    return m.finish()


def t_vanity():
    m = Msg("general_text")
    fn, ln = first(), last()
    nm = pick([fn, ln])
    vp = vanity_phone(nm)
    m.t("%s's %s " % (rel(), pick(["neighbor", "old coworker", "friend from church", "cousin"]))).i(fn, "P").t(
        " %s, the number is " % pick(["builds ramps", "does grab bars", "fixes stairlifts", "does yard work cheap"])).i(vp, "T").t(". NOT to be confused with ").k(
        pick(["1-800-MEDICARE", "1-800-222-1222", "988"])).t(" lol")
    return m.finish()


def t_city_state():
    m = Msg(pick(["general_text", "texting", "all_caps"]))
    c, s = us_city_state()
    v = rng.randint(0, 3)
    if v == 0:
        m.t("we're driving %s back to " % rel().lower()).i(c, "L").t(" after the ").k(pick(["Mayo Clinic", "Cleveland Clinic", "Johns Hopkins"])).t(" appt")
    elif v == 1:
        m.i(first(), "P").t(" lives in ").i("%s, %s %s" % (c, s, "%05d" % rng.randint(1001, 99950)), "L").t(" now, closer to the ").k(
            pick(["dialysis", "cancer", "VA"])).t(" center")
    elif v == 2:
        m.t("moved %s to a " % rel().lower()).k(pick(["memory care", "nursing home", "rehab"])).t(" in ").i("%s, %s" % (c, s), "L")
    else:
        m.t("Flight lands in ").i(c, "L").t(" at 6. ").i(nick(), "P").t(" picking me up. ").k(drug()).t(" is in my carry-on")
    add_tail(m, 0.55)
    return m.finish("upper" if m.style == "all_caps" else None)


def t_email_quick():
    m = Msg(pick(["general_text", "texting", "lower_case"]))
    fn, ln = first(), last()
    e = email(fn, ln)
    v = rng.randint(0, 2)
    if v == 0:
        m.t("send the ").k(pick(["care plan", "med list", "discharge papers", "MRI report"])).t(" to ").i(fn, "P").t(" at ").i(e, "E")
    elif v == 1:
        m.t("my new email: ").i(e, "E").t(". the old one got hacked. ").i(pick([nick(), wname()]), "P")
    else:
        m.i(e, "E").t(" is ").i(pick([nick(), fn]), "P").t("'s, she wants the ").k(pick(["hospice", "home health", "PT"])).t(" updates too")
        if chance(0.5):
            m.t(". she also reads ").i(url(fn, ln, "update"), "U")
    add_tail(m, 0.55)
    return m.finish("lower" if m.style == "lower_case" else None)


# ============================================================================== international
def _intl_name(cc=None, g=None):
    if cc is None:
        if chance(0.35):
            return nonlatin_name()[0]
        loc = pick(["en_GB", "es_MX", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_BR", "nl_NL", "pl_PL", "tr_TR", "vi_VN", "en_IN", "en_IE"])
    else:
        loc = CC_LOCALE.get(cc, "en_GB")
        if cc == "IN" and chance(0.4):
            loc = "hi_IN"
    fn = first_g(g, loc) if g else F[loc].first_name()
    if loc in ("ja_JP",):
        return F[loc].last_name() + pick([" ", ""]) + fn
    if loc == "vi_VN":
        return "%s %s" % (F[loc].last_name(), fn)
    return "%s %s" % (fn, F[loc].last_name())


def _ca_phone():
    a = pick(["416", "647", "204", "902", "403", "613", "604", "450", "514", "780"])
    e, n = "%d%02d" % (rng.randint(2, 9), rng.randint(0, 99)), "%04d" % rng.randint(0, 9999)
    return pick(["+1 {a} {e} {n}", "({a}) {e}-{n}", "{a}-{e}-{n}", "1-{a}-{e}-{n}"]).format(a=a, e=e, n=n)


def _cc_phone(cc):
    if cc == "CA":
        return _ca_phone()
    return intl_phone(cc) if cc in INTL_PHONE else intl_phone()


def t_intl_address():
    m = Msg("international", "INTL")
    a, cc = intl_address()
    nm = _intl_name(cc, "m")
    v = rng.randint(0, 2)
    if v == 0:
        m.t("%s is staying with my brother " % rel_f()).i(nm, "P").t(" at ").i(a, "L").t(". His number: ").i(_cc_phone(cc), "T", "US" if cc == "CA" else None).t(
            ". She brought her ").k(drug())
    elif v == 1:
        m.t("Please send the ").k(pick(["medical records", "discharge summary", "vaccine record"])).t(" to ").i(nm, "P").t(":\n").i(a, "L")
    else:
        m.t("new address for ").i(nm, "P").t(" - ").i(a, "L").t(" - ").k(cond()).t(" follow-up there")
    add_intl_tail(m, 0.5, cc)
    return m.finish()


def t_intl_iban():
    m = Msg("international", "INTL")
    ib = iban()
    cc = {"DE": "DE", "FR": "FR", "GB": "GB", "NL": "NL", "ES": "ES", "IT": "IT", "PL": "PL", "PT": "BR", "AT": "DE",
          "CH": "FR", "TR": "TR", "BE": "NL", "IE": "IE", "FI": "FI", "BR": "BR"}.get(ib[:2].upper(), "GB")
    nm = _intl_name(cc)
    lbl = pick(["IBAN ", "iban ", "IBAN: ", "", "account ", "Konto "])
    v = rng.randint(0, 2)
    if v == 0:
        m.t("For the transfer to pay %s's " % rel().lower()).k(pick(["care home", "nurse", "pharmacy", "physio"])).t(": ").t(lbl).i(ib, "A").t(
            ", name ").i(nm, "P")
    elif v == 1:
        m.t(lbl).i(ib, "A").t(" - that's ").i(nm, "P").t("'s account, send the money for the ").k(drug())
    else:
        m.t("Refund to ").i(nm, "P").t("\n").t(lbl or "IBAN ").i(ib, "A").t("\nBIC %s%s\n" % ("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)),
                                                                                       pick(["DEFF", "FRPP", "GB2L", "ESMM", "ITMM", "NL2A"])))
    add_intl_tail(m, 0.5, cc)
    return m.finish()


def t_intl_nonlatin():
    m = Msg("international", "INTL")
    nm, loc = nonlatin_name()
    place = pick(NONLATIN_PLACES_BY[loc])
    pcc = NONLATIN_PHONE.get(loc)
    v = rng.randint(0, 2)
    if v == 0:
        m.t("my grandmother's name is ").i(nm, "P").t(", she lives in ").i(place, "L").t(". she takes ").k(drug()).t(
            " but the box there has a different name")
    elif v == 1:
        m.i(nm, "P").t(" (%s) arrived from " % pick(["my mother-in-law", "Dad's cousin", "my aunt", "Grandpa's brother"])).i(place, "L").t(
            " and has ").k(cond()).t(". Number: ").i(intl_phone(pcc), "T")
    else:
        m.t("Patient name in native script: ").i(nm, "P").t(". Interpreter needed. ").k(cond()).t(". Family in ").i(place, "L")
    add_intl_tail(m, 0.5, pcc)
    return m.finish()


def t_intl_clinic():
    m = Msg("international", "INTL")
    cc = pick(["GB", "DE", "FR", "MX", "BR", "IN", "JP", "ES", "IT", "NL", "PL", "PH"])
    city = pick(INTL_CITY[cc])
    doc = _intl_name(cc).split()[-1]
    v = rng.randint(0, 2)
    if v == 0:
        m.t("the clinic in ").i(city, "L").t(" is ").i(intl_phone(cc), "T").t(", ask for Dr. ").i(doc, "P").t(". %s's " % rel()).k(
            lab()).t(" was done there")
    elif v == 1:
        m.i(city.upper(), "L").t(" HOSPITAL CALLED, ").i(doc.upper(), "P").t(" SAYS ").k(cond().upper()).t(" STABLE. CALL ").i(intl_phone(cc), "T")
    else:
        m.t("Dr. ").i(doc, "P").t(" (").i(city, "L").t(") mobile ").i(intl_phone(cc), "T").t(" - she prescribed the ").k(drug())
    add_intl_tail(m, 0.5, cc)
    return m.finish()


def t_intl_form():
    m = Msg("form", "INTL")
    a, cc = intl_address()
    nm = _intl_name(cc)
    m.t("Name: ").i(nm, "P").t("\n")
    add_dob(m, False, [DOB_LABEL.get(cc, pick(["Date of birth: ", "DOB: "]))])
    m.t("\nAddress: ").i(a, "L").t("\nPhone: ").i(_cc_phone(cc), "T", "US" if cc == "CA" else None).t("\nEmail: ")
    parts = ascii_fold(nm).split()
    if len(parts) >= 2 and all(p.isascii() and p.isalpha() for p in parts):
        m.i(email(parts[0], parts[-1], intl=True), "E")
    else:
        m.i(email(pick(["kim", "li", "anna", "sato", "omar", "olga", "ravi"]), pick(["family", "home", "care"]) + str(rng.randint(1, 99)), intl=True), "E")
    m.t("\nCondition: ").k(cond())
    return m.finish()


def _nhs():
    d = [rng.randint(0, 9) for _ in range(9)]
    chk = 11 - sum(v * w for v, w in zip(d, range(10, 1, -1))) % 11
    chk = 0 if chk == 11 else chk
    if chk == 10:
        d[0] = (d[0] + 1) % 10
        return _nhs()
    n = "".join(map(str, d)) + str(chk)
    return pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), n])


def t_intl_health():
    m = Msg(pick(["international", "form", "clinician_note"]), "INTL")
    cc = pick(["GB", "GB", "DE", "CA", "FR", "NL", "IE"])
    a, _ = intl_address(cc)
    nm = _intl_name(cc)
    parts = ascii_fold(nm).split()
    if cc == "GB":
        m.t("Patient: ").i(nm, "P").t(pick(["\nNHS no. ", "  NHS number: ", ", NHS "])).i(_nhs(), "M")
    elif cc == "DE":
        m.t("Patientin: ").i(nm, "P").t(", Versichertennr. ").i("%s%09d" % (rng.choice("ABCDEFGHKLMNPRSTUVWZ"), rng.randint(0, 999999999)), "M")
    elif cc == "CA":
        m.t("Patient: ").i(nm, "P").t(", OHIP ").i("%04d-%03d-%03d-%s" % (rng.randint(0, 9999), rng.randint(0, 999), rng.randint(0, 999),
                                                                         "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))), "M")
    elif cc == "FR":
        m.t("Patiente : ").i(nm, "P").t(", n° dossier ").i("%s%07d" % (pick(["HCL", "APHP", "CHU"]), rng.randint(0, 9999999)), "M")
    elif cc == "NL":
        m.t("Patiënt: ").i(nm, "P").t(", patiëntnummer ").i("%08d" % rng.randint(0, 99999999), "M")
    else:
        m.t("Patient: ").i(nm, "P").t(", MRN ").i("%s%06d" % (pick(["CUH", "GUH", "SJH"]), rng.randint(0, 999999)), "M")
    m.t("\n")
    add_dob(m, False, [DOB_LABEL.get(cc, pick(["DOB ", "Date of birth: ", "D.O.B. "]))])
    m.t("\nAddress: ").i(a, "L").t("\n")
    m.t(pick(["Dx: ", "Problem: ", "Reason for contact: "])).k(cond()).t(", on ").k(drug()).t("\n")
    if len(parts) >= 2 and all(p.isascii() and p.isalpha() for p in parts):
        m.t("Family contact email: ").i(email(parts[0], parts[-1], intl=True), "E")
        if chance(0.5):
            m.t(", blog ").i(pick(["https://%s%s.co.uk" % (parts[0].lower(), parts[-1].lower()),
                                   "www.%s-%s.de" % (parts[0].lower(), parts[-1].lower()),
                                   "https://www.facebook.com/%s.%s.%d" % (parts[0].lower(), parts[-1].lower(), rng.randint(1, 99)),
                                   "https://www.justgiving.com/crowdfunding/%s-%s" % (parts[0].lower(), parts[-1].lower())]), "U")
    else:
        m.t("Contact: ").i(_cc_phone(cc), "T", "US" if cc == "CA" else None)
    return m.finish()


def t_dual():
    m = Msg("general_text")
    a, cc = intl_address()
    nm = _intl_name(cc, "m")
    v = rng.randint(0, 1)
    if v == 0:
        m.t("I'm at ").i(us_address(multiline=False), "L", "US").t(" with %s; my brother " % rel_f()).i(nm, "P", "INTL").t(" is in ").i(
            pick(INTL_CITY[cc]) if cc in INTL_CITY else a, "L", "INTL").t(", reach him at ").i(_cc_phone(cc), "T", "INTL" if cc != "CA" else "US").t(". Her ").k(
            drug()).t(" comes from both pharmacies.")
    else:
        nm = _intl_name(cc, "f")
        m.t("Call me ").i(us_phone(), "T", "US").t(" or my sister ").i(nm, "P", "INTL").t(" ").i(_cc_phone(cc), "T", "INTL" if cc != "CA" else "US").t(
            " about the ").k(cond()).t(". Our mom's address there: ").i(a, "L", "INTL")
    return m.finish()


def t_intl_short():
    """informal names in other languages' family texts"""
    m = Msg("international", "INTL")
    v = rng.randint(0, 4)
    if v == 0:
        a = pick(["Lalo", "Pepe", "Nacho", "Chuy", "Memo", "Lupe", "Tere", "Paco", "Pili", "Conchi", "Tonio", "Chayo", "Toño"])
        m.i(a, "P").t(" dice que la abuela ya tomó su ").k(pick(["metformina", "losartán", "insulina", "omeprazol"])).t(
            ". Llamen al ").i(intl_phone("MX"), "T").t(pick([" porfa", "", " antes de las 8"]))
    elif v == 1:
        a = pick(["Juju", "Dudu", "Guto", "Zeca", "Bia", "Nando", "Tati", "Cacá"])
        m.t("oi ").i(a.lower(), "P").t(", a vó tá tomando o ").k(pick(["Losartana", "Metformina", "Sinvastatina"])).t("? liga pro ").i(
            pick(["Duda", "Rafa", "Lipe"]), "P").t(" ").i(intl_phone("BR"), "T")
    elif v == 2:
        a = pick(["Boy", "Jun", "Ging", "Bong", "Nene", "Tito", "Pinky", "Jojo", "Bebang", "Dodong"])
        m.t("Tita ").i(a, "P").t(" is with Lola in ").i(pick(INTL_CITY["PH"]), "L").t(". Lola's ").k(
            pick(["maintenance meds", "Losartan", "Metformin"])).t(" ok. Tita's number ").i(intl_phone("PH"), "T")
    elif v == 3:
        a = pick(["Gaz", "Baz", "Shaz", "Kev", "Tel", "Del", "Bev", "Moz", "Macca", "Jonno"])
        m.t("ring ").i(a, "P").t(" on ").i(intl_phone("GB"), "T").t(", mum's ").k(pick(["GP", "district nurse", "physio"])).t(
            " changed the ").k(drug()).t(pick([" again", "", ". ta x"]))
    else:
        cc, names, granny = pick([("DE", ["Jupp", "Hansi", "Steffi", "Basti", "Kalle"], "Oma"),
                                  ("PL", ["Kasia", "Gosia", "Bartek", "Kuba", "Ola"], "Babcia"),
                                  ("IT", ["Gianni", "Bibi", "Pino", "Titti", "Lello"], "Nonna")])
        m.i(pick(names), "P").t(" is with ").k(granny).t(" in ").i(pick(INTL_CITY[cc]), "L").t(" this week, her ").k(cond()).t(
            " is better. ").i(intl_phone(cc), "T")
    return m.finish()


TEMPLATES = {
    # name-stress templates
    t_nick_lower: 9, t_nick_texting: 9, t_nick_speaker: 7, t_word_names: 8, t_surname_note: 8, t_initials: 6,
    t_lower_fullname: 6, t_nick_allcaps: 5, t_intl_short: 5,
    # US general
    t_form_intake: 11, t_address_change: 7, t_benefits_form: 8, t_billing_card: 8, t_bank: 7, t_signature: 7, t_clinician_full: 10,
    t_referral: 7, t_list_contacts: 7, t_run_on: 5, t_forwarded: 5, t_military: 5, t_url_share: 17, t_ssn: 11,
    t_dob: 6, t_insurance: 6, t_pharmacy: 5, t_voicemail: 4, t_caregiver_log: 5, t_portal: 5, t_vanity: 2,
    t_city_state: 5, t_email_quick: 5,
    # international
    t_intl_address: 7, t_intl_iban: 9, t_intl_nonlatin: 6, t_intl_clinic: 5, t_intl_form: 4, t_dual: 4, t_intl_health: 8,
}
