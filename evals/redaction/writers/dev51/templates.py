"""My own templates for dev51. Each returns (style, default_region, markup) in the hand-file markup
([[text|C]] identifiers, {{word}} keep words), so build.py parses hand and template messages the same way."""
import re
import values as V
from values import R, pick, chance


# ------------------------------------------------------------ markup helpers
def I(text, code, region=None):
    reg = "" if region is None else ("@i" if region == "INTL" else "@u")
    return f"[[{text}|{code}{reg}]]"


def P(text, region=None):
    return I(text, "P", region)


def K(word):
    return "{{" + word + "}}"


def drug():
    return K(pick(V.DRUGS))


def cond():
    return K(pick(V.CONDITIONS))


def lab():
    return K(pick(V.LABS))


def relg(g=None):
    """(relation word, pronouns) for the person being cared for."""
    g = g or pick("fm")
    return pick(V.REL_F if g == "f" else V.REL_M), V.pron(g)


def rel():
    return pick(V.RELATIONS)


def day():
    return K(pick(V.WEEKDAYS))


def month():
    return K(pick(V.MONTHS))


def titled(p, region=None):
    """Title stays outside the identifier."""
    t = pick(["Mrs.", "Ms.", "Mrs", "Miss", "Dr.", "Dr"] if p.g == "f" else ["Mr.", "Mr", "Dr.", "Dr"])
    return f"{t} {P(p.last, region)}"


def name(p, region=None, how=None):
    if p.script == "cjk":
        return P(p.full, region)
    if p.script == "cjk_space":
        return P(f"{p.last} {p.first}", region)
    if p.order == "eastern":  # Vietnamese: family name first
        return P(p.full if how != "first" else p.first, region)
    how = how or R.choices(["full", "first", "last_t", "initial", "lastfirst"], [50, 30, 10, 5, 5])[0]
    if how == "last_t":
        return titled(p, region)
    return P(V.person_render(p, how), region)


def short(p, region=None):
    """How family members refer to each other: first name for Latin names, the usual full form otherwise."""
    return name(p, region, how="first") if p.script == "latin" else name(p, region)


TOKEN = re.compile(r"(\[\[.+?\|[A-Z](?:@[iu])?\]\]|\{\{.+?\}\})", re.S)


def transform(markup, fn, tags=True):
    """Apply fn to plain text and (if tags) to identifier/keep texts, never to the tag codes."""
    out = []
    for part in TOKEN.split(markup):
        if not part:
            continue
        if part.startswith("[[") and part.endswith("]]"):
            body, code = part[2:-2].rsplit("|", 1)
            out.append(f"[[{fn(body) if tags else body}|{code}]]")
        elif part.startswith("{{") and part.endswith("}}"):
            out.append("{{" + (fn(part[2:-2]) if tags else part[2:-2]) + "}}")
        else:
            out.append(fn(part))
    return "".join(out)


def typoify(markup, rate=0.2):
    """Typos in the plain text only (identifiers and keep words stay as written)."""
    def mess(text):
        def one(m):
            w = m.group(0)
            if len(w) < 5 or not chance(rate):
                return w
            k = R.randint(0, 3)
            i = R.randint(1, len(w) - 2)
            if k == 0:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if k == 1:
                return w[:i] + w[i + 1:]
            if k == 2:
                return w[:i] + w[i] + w[i:]
            return w[:i] + pick("aeiou") + w[i + 1:]
        return re.sub(r"[A-Za-z]+", one, text)
    return transform(markup, mess, tags=False)


NEUTRAL_KIN = ["cousin", "in-law", "family friend", "old neighbor", "godparent", "sibling", "family doctor"]
CLOSING = {"GB": ["Kind regards,", "Best wishes,", "Cheers,", "Love,"], "DE": ["Viele Grüße,", "Liebe Grüße,", "Best,"],
           "FR": ["Cordialement,", "Bises,", "Bien à vous,"], "ES": ["Saludos,", "Un abrazo,", "Besos,"],
           "IT": ["Un abbraccio,", "Cordiali saluti,", "Ciao,"], "NL": ["Groetjes,", "Met vriendelijke groet,"],
           "PL": ["Pozdrawiam,", "Serdecznie,"], "BR": ["Abraços,", "Beijos,", "Att,"], "PT": ["Cumprimentos,", "Beijinhos,"],
           "MX": ["Saludos,", "Un abrazo,", "Atte.,"], "IN": ["Regards,", "Warm regards,", "Thanks and regards,"],
           "JP": ["よろしくお願いします。", "Best regards,"], "TR": ["Saygılarımla,", "Sevgiler,"]}
IBAN_LABEL = {"DE": ["IBAN", "Konto", "IBAN:"], "AT": ["IBAN", "Konto"], "CH": ["IBAN", "Konto"], "FR": ["IBAN", "Compte", "RIB/IBAN"],
              "BE": ["IBAN", "compte"], "ES": ["IBAN", "Cuenta", "IBAN:"], "IT": ["IBAN", "conto", "IBAN:"],
              "NL": ["IBAN", "rekening", "iban"], "PT": ["IBAN", "NIB/IBAN"], "PL": ["IBAN", "nr konta", "Rachunek"],
              "TR": ["IBAN", "Hesap"], "BR": ["IBAN", "Conta"], "GB": ["IBAN", "iban"]}


def iban_label(c):
    return pick(IBAN_LABEL.get(c, ["IBAN", "iban", "IBAN:", "account", ""]))


PHONE_COUNTRIES = ["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "PT", "MX", "JP", "CN", "KR", "IN", "INH", "SA",
                   "RU", "TR", "UA", "NG", "NGI", "GR", "IR", "IL", "TH", "ID", "VN", "PH"]
LATIN_COUNTRIES = ["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "PT", "MX", "IN", "TR", "NG", "ID", "VN", "PH"]


# ------------------------------------------------------------ templates
# every template: f() -> (style, default_region, markup)

def t_fwd_email():
    a, b, pt = V.us_person(), V.us_person(), V.us_person()
    r, pr = relg()
    addr = V.us_address(pick(["line", "unit", "multi"]))
    photos = f"Photos from the visit: {I(V.url(a), 'U')}\n" if chance(0.35) else ""
    return "forwarded", "US", (
        f"---------- Forwarded message ---------\nFrom: {P(a.full)} <{I(V.email(a), 'E')}>\nDate: {day()}, "
        f"{month()} {R.randint(1, 28)}\nSubject: {pick(['Re: ', 'Fwd: ', ''])}{pick(['plans for', 'update on', 'meds for', 'question about'])} "
        f"{r}\nTo: {P(b.first)}\n\n{P(b.first)}, the {drug()} refill is ready but they need someone to sign for it. "
        f"The home care agency wants {r}'s address again, it's {I(addr, 'L')}. {P(pt.first)}'s number there is "
        f"{I(V.us_phone(), 'T')}.\n{photos}- {P(a.first)}")


def t_fwd_voicemail():
    caller, pt = V.us_person(), V.us_person()
    lab_, mr = V.mrn()
    mr_txt = f"{lab_} {I(mr, 'M')}" if lab_ else I(mr, 'M')
    return "forwarded", "US", (
        f"Fwd: voicemail from {I(V.us_phone(pick(['paren', 'dash', 'plus1', 'one_dash'])), 'T')}\n"
        f"\"Hi, this message is for the family of {P(pt.full)}, date of birth {I(V.dob(), 'D')}. This is {P(caller.first)} "
        f"from the {pick(['scheduling', 'billing', 'cardiology', 'wound care', 'infusion'])} office. We need to move the "
        f"{pick(['appointment', 'procedure', 'follow-up'])} because of the {lab()} results. Please reference {mr_txt} when you call back. "
        f"My direct line is {I(V.us_phone('ext'), 'T')}.\"")


def t_fwd_text():
    n = V.us_person()
    r, pr = relg()
    return "forwarded", "US", (
        f"forwarding this text from {r}'s neighbor {P(n.first)}:\n> hi its {P(n.first.lower())} next door. "
        f"your {r.lower()} was outside in the cold again this morning, I walked {pr['o']} back in. call me "
        f"{I(V.us_phone(pick(['dash', 'dot', 'space', 'plain'])), 'T')} if you want me to check on {pr['o']} at night. "
        f"also the {drug()} bottle was on the porch??\nwhat do we do")


def t_fwd_portal():
    doc, pt = V.us_person(), V.us_person()
    lab_, mr = V.mrn()
    return "forwarded", "US", (
        f"FW: New message in MyChart\n----\nDear {P(pt.first + ' ' + pt.last)},\nYour {lab()} result from {month()} "
        f"{R.randint(1, 28)} is available. Dr. {P(doc.last)} reviewed it and would like you to continue the {drug()}. "
        f"If you have questions, reply here or call {I(V.us_phone(pick(['paren', 'dash'])), 'T')}.\n"
        f"Patient: {P(pt.last.upper() + ', ' + pt.first.upper())}  {lab_ or 'MRN'} {I(mr, 'M')}  DOB {I(V.dob(), 'D')}")


def t_fwd_insurance():
    pt = V.us_person()
    lab_, mr = V.mrn()
    return "forwarded", "US", (
        f"Begin forwarded message:\n> From: Member Services <noreply@{pick(['aetna', 'humana', 'uhc', 'bcbs'])}.com>\n"
        f"> Subject: Your claim\n> Member: {P(pt.full)}\n> {lab_ or 'Member ID'}: {I(mr, 'M')}\n> Mailing address on file: "
        f"{I(V.us_address(pick(['line', 'unit', 'pobox'])), 'L')}\n> Your claim for {K(pick(['durable medical equipment', 'home oxygen', 'physical therapy', 'ambulance transport']))} "
        f"was denied. Call {K('1-800-MEDICARE')} or your plan for help.\nUgh. Can someone call them, I can't today")


def t_fwd_intl():
    c = pick(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "JP", "KR", "IN", "TR", "PH", "VN", "CN", "RU"])
    p = V.intl_person(c)
    me = V.us_person()
    r, pr = relg()
    hid = ""
    if chance(0.35):
        lab_, h = V.intl_health_id(c)
        hid = f" {lab_.capitalize()} at the hospital here: {I(h, 'M')}."
    return "forwarded", "INTL", (
        f"Forwarded from my cousin abroad:\n\"{pick(['Hi', 'Hello', 'Hey'])} {P(me.first, 'US')}, {r} arrived safe. "
        f"If the clinic needs to reach me my number is {I(V.intl_phone(c), 'T')} and the address here is "
        f"{I(V.intl_address(c), 'L')}. Tell them {pr['s']} still takes the {drug()} at night.{hid} - {short(p)}\"")


def t_sig_family():
    p = V.us_person()
    r, pr = relg()
    closing = pick(["Thanks,", "Thank you!", "Love,", "Best,", "Talk soon,", "xo", "Blessings,", "Gratefully,"])
    lines = [f"{pick(['Thanks again for checking on', 'Please keep praying for', 'Quick update on'])} {r}, "
             f"{pr['p']} {cond()} {pick(['is stable', 'is about the same', 'flared up again', 'is better this week'])}.",
             "", closing, P(p.full) if chance(0.7) else P(p.first)]
    if chance(0.8):
        lines.append(f"{pick(['cell', 'c:', 'mobile', 'Cell:', ''])} {I(V.us_phone(), 'T')}".strip())
    if chance(0.6):
        lines.append(I(V.email(p), "E"))
    if chance(0.45):
        lines.append(I(V.url(p), "U"))
    return "signature", "US", "\n".join(lines)


AGENCIES = ["Amedisys", "Visiting Angels", "Home Instead", "Kaiser", "Mayo Clinic", "Cleveland Clinic", "the VA",
            "Meals on Wheels", "DaVita"]


def t_sig_pro():
    p = V.us_person()
    cred = pick(["RN", "LPN", "MSW, LCSW", "PT, DPT", "OTR/L", "NP-C", "PharmD", "RN, BSN", "MD"])
    role = pick(["Care Coordinator", "Home Health Nurse", "Hospice Social Worker", "Case Manager", "Discharge Planner",
                 "Patient Navigator", "Clinical Pharmacist"])
    lines = [pick(["Please call me with any questions.", "Let me know if the new schedule works.",
                   f"Reminder: bring the {drug()} bottles to the visit.", f"I've faxed the {lab()} results to the PCP."]),
             "", pick(["Regards,", "Best,", "Thank you,", "--"]), f"{P(p.full)}, {cred}", role,
             K(pick(AGENCIES)) if chance(0.5) else pick(["Sunrise Home Health", "Valley Hospice", "Riverbend Senior Services"]),
             f"{pick(['Direct:', 'Office:', 'Tel', 'P:', 'Cell:'])} {I(V.us_phone('ext') if chance(0.5) else V.us_phone(), 'T')}"]
    if chance(0.6):
        lines.append(f"{pick(['Fax:', 'F:', 'fax'])} {I(V.us_phone(pick(['dash', 'paren', 'dot'])), 'T')}")
    lines.append(I(V.email(p), "E"))
    return "signature", "US", "\n".join(lines)


def t_sig_phone():
    p = V.us_person()
    r, pr = relg()
    opener = pick(["running late, be there by 3", "the aide called out again today", f"{r} ate a little soup",
                   "pharmacy closed early grr", f"{r} is napping, {pr['s']} had a rough night"])
    return "signature", "US", (
        f"{opener}\n\n"
        f"{pick(['Sent from my iPhone', 'Sent from my Galaxy', 'Get Outlook for Android', 'Sent from Yahoo Mail for iPhone'])}\n"
        f"{P(pick([p.first, p.full, p.first + ' ' + p.last[0] + '.']))}\n{I(V.us_phone(), 'T')}")


def t_sig_intl():
    c = pick(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "PT", "MX", "IN", "JP", "TR"])
    p = V.intl_person(c)
    r, pr = relg()
    lines = [pick([f"{r} is doing better on the {drug()}, thank you all.", f"The {cond()} clinic visit went fine.",
                   f"I'll bring {r}'s {drug()} when I come.", f"Sending the {lab()} report separately."]), "",
             pick(CLOSING[c]), name(p, how="full"), I(V.intl_address(c), "L"),
             f"{pick(['Tel', 'Mob', 'Phone', 'Tel.', 'Cel', 'Tel:'])} {I(V.intl_phone(c), 'T')}"]
    if chance(0.7):
        lines.append(I(V.email(p, c), "E"))
    if chance(0.35):
        lines.append(I(V.url(p), "U"))
    return "signature", "INTL", "\n".join(lines)


def t_form_intake():
    p = V.us_person()
    ec = V.us_person()
    lab_, mr = V.mrn()
    rows = [pick(["PATIENT INTAKE", "New Patient Form", "Registration", "Client Information Sheet"]),
            f"Name: {P(pick([p.full, p.last + ', ' + p.first, p.full.upper()]))}",
            f"{pick(['DOB', 'Date of Birth', 'D.O.B.', 'Birthdate'])}: {I(V.dob(), 'D')}"]
    if chance(0.85):
        rows.append(f"{pick(['SSN', 'Social Security #', 'SS#', 'Soc Sec No'])}: {I(V.ssn(), 'S')}")
    rows.append(f"Address: {I(V.us_address(), 'L')}")
    rows.append(f"{pick(['Phone', 'Cell', 'Home phone', 'Best number'])}: {I(V.us_phone(), 'T')}")
    if chance(0.6):
        rows.append(f"Email: {I(V.email(p), 'E')}")
    rows.append(f"{lab_ or 'Insurance ID'}: {I(mr, 'M')}")
    kin = {"f": pick(["daughter", "wife", "niece", "sister", "friend"]), "m": pick(["son", "husband", "nephew", "brother", "friend"])}[ec.g]
    rows.append(f"Emergency contact: {P(ec.full)} ({kin}) {I(V.us_phone(), 'T')}")
    rows.append("Current medications: " + ", ".join(K(d) for d in R.sample(V.DRUGS, R.randint(1, 3))))
    rows.append(f"Conditions: {cond()}")
    return "form", "US", "\n".join(rows)


def t_form_payment():
    p = V.us_person()
    lab_, num = V.card()
    acct = f"Patient account: {I(V.mrn()[1], 'M')}" if chance(0.4) else "Patient account: same as cardholder"
    rows = [pick(["Payment Authorization", "Credit Card Authorization Form", "Billing - card on file"]),
            f"Cardholder: {P(p.full)}", f"{pick(['Card number', 'Card #', 'CC#'])} ({lab_}): {I(num, 'A')}",
            f"Exp: {R.randint(1, 12):02d}/{R.randint(26, 31)}", f"Billing address: {I(V.us_address(pick(['line', 'unit', 'multi'])), 'L')}",
            f"Phone: {I(V.us_phone(), 'T')}", acct,
            f"For services: {K(pick(['home health aide', 'physical therapy', 'hospice co-pay', 'medical alert monitoring']))}"]
    return "form", "US", "\n".join(rows)


def t_form_deposit():
    p = V.us_person()
    routing, acct = V.bank_us()
    rows = [pick(["Direct Deposit Form", "Caregiver payroll - bank info", "ACH authorization"]),
            f"Name: {P(p.full)}", f"Bank: {pick(['Chase', 'Wells Fargo', 'a local credit union', 'PNC', 'US Bank', 'Regions'])}",
            f"Routing number: {I(routing, 'A')}", f"Account number: {I(acct, 'A')}",
            f"Account type: {pick(['checking', 'savings'])}", f"SSN (for tax form): {I(V.ssn(), 'S')}",
            f"Signed {P(p.first[0] + '. ' + p.last)} on {month()} {R.randint(1, 28)}"]
    return "form", "US", "\n".join(rows)


def t_form_roi():
    pt, doc = V.us_person(), V.us_person()
    lab_, mr = V.mrn()
    rows = ["AUTHORIZATION TO RELEASE HEALTH INFORMATION", f"Patient name: {P(pt.full)}",
            f"Date of birth: {I(V.dob(), 'D')}", f"{lab_ or 'MRN'}: {I(mr, 'M')}",
            f"Release to: Dr. {P(doc.full)}", f"Address: {I(V.us_address(pick(['unit', 'multi', 'line'])), 'L')}",
            f"Fax: {I(V.us_phone(pick(['paren', 'dash', 'dot'])), 'T')}",
            f"Information: records related to {cond()} and {lab()}"]
    if chance(0.45):
        rows.insert(3, f"SSN: {I(V.ssn(), 'S')}")
    return "form", "US", "\n".join(rows)


def t_form_address():
    p = V.us_person()
    sib = V.us_person()
    kin = "sister" if sib.g == "f" else "brother"
    rows = [pick(["CHANGE OF ADDRESS", "Update contact info", "Address change request"]),
            f"Name: {P(p.full)}", f"Old address: {I(V.us_address(pick(['line', 'unit', 'nocomma'])), 'L')}",
            f"New address: {I(V.us_address(), 'L')}", f"New phone: {I(V.us_phone(), 'T')}",
            f"Effective: {month()} {R.randint(1, 28)}",
            f"SSN (for verification): {I(V.ssn(), 'S')}" if chance(0.45) else "SSN: on file",
            f"Reason: moving in with {kin} {P(sib.first)}"]
    return "form", "US", "\n".join(rows)


def t_form_intl():
    c = pick(["DE", "FR", "ES", "IT", "NL", "PL", "PT", "GB", "TR", "BE", "AT", "CH", "IE", "SA", "BR"])
    addr_c = c if c in V.COUNTRY else {"BE": "FR", "AT": "DE", "CH": "DE", "IE": "GB"}[c]
    p = V.intl_person(addr_c)
    _, ib = V.iban(c)
    rows = [pick(["Refund request", "International refund form", "Payment to overseas caregiver", "Bank details for reimbursement"]),
            f"Name: {name(p, how='full')}", f"{iban_label(c)} {I(V.iban_print(ib), 'A')}".strip(),
            f"Address: {I(V.intl_address(addr_c), 'L')}", f"Phone: {I(V.intl_phone(addr_c), 'T')}"]
    if chance(0.5):
        rows.append(f"Date of birth: {I(V.dob(us=False), 'D')}")
    if chance(0.5):
        rows.append(f"Email: {I(V.email(p, addr_c), 'E')}")
    rows.append(f"Reason: {pick(['overpayment for', 'reimbursement for', 'refund of deposit for'])} {K(pick(['home nursing', 'physiotherapy', 'dialysis sessions', 'wound care visits', 'respite care']))}")
    return "form", "INTL", "\n".join(rows)


def t_form_emergency():
    pt = V.us_person()
    rows = [f"EMERGENCY INFO - {P(pt.full.upper())}", f"DOB {I(V.dob(), 'D')}",
            f"Allergies: {K(pick(['penicillin', 'sulfa', 'latex', 'codeine', 'shellfish', 'NKDA']))}",
            "Meds: " + ", ".join(K(d) for d in R.sample(V.DRUGS, 3)), "Dx: " + ", ".join(K(c) for c in R.sample(V.CONDITIONS, 2))]
    for _ in range(R.randint(2, 3)):
        c = V.us_person()
        kin = {"f": pick(["daughter", "neighbor", "sister", "granddaughter"]), "m": pick(["son", "neighbor", "brother", "grandson"])}[c.g]
        rows.append(f"Contact: {P(c.full)} - {kin} - {I(V.us_phone(), 'T')}")
    rows.append(f"Home: {I(V.us_address(), 'L')}")
    if chance(0.6):
        rows.append(f"{pick(['Medicare', 'Medicare ID', 'MBI'])}: {I(V.mbi(), 'M')}")
    return "form", "US", "\n".join(rows)


def t_form_intl_contact():
    c = pick(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "JP", "CN", "KR", "IN", "RU", "TR", "UA", "SA", "VN"])
    p = V.intl_person(c)
    kin = {"f": pick(["daughter", "sister", "niece", "cousin"]), "m": pick(["son", "brother", "nephew", "cousin"])}[p.g]
    rows = [pick(["Next of kin (abroad)", "Emergency contact form", "Contact details - overseas family"]),
            f"Name: {name(p, how='full')}", f"Relationship: {kin}",
            f"Address: {I(V.intl_address(c), 'L')}", f"Phone: {I(V.intl_phone(c), 'T')}"]
    if chance(0.6):
        rows.append(f"Email: {I(V.email(p, c), 'E')}")
    if chance(0.4):
        rows.append(f"Date of birth: {I(V.dob(us=False, year_range=(1950, 1995)), 'D')}")
    rows.append(f"Patient diagnosis: {cond()}")
    return "form", "INTL", "\n".join(rows)


def t_list_contacts():
    r, pr = relg()
    rows = [pick([f"{r}'s contacts", "Important numbers", "Phone list (keep by the phone)", "WHO TO CALL"])]
    for i in range(R.randint(2, 4)):
        p = V.us_person()
        who = pick({"f": ["daughter", "neighbor", "church friend", "aide", "home nurse", "granddaughter", "niece", ""],
                    "m": ["son", "neighbor", "church friend", "aide", "home nurse", "grandson", "nephew", ""]}[p.g])
        nm = P(pick([p.full, p.first, p.first + ' ' + p.last[0] + '.']))
        rows.append(f"{pick(['-', '*', f'{i + 1}.', '•'])} {nm}{' (' + who + ')' if who else ''} {I(V.us_phone(), 'T')}")
    if chance(0.25):
        h = V.us_person("m")
        rows.append(f"- {P(h.first)}'s handyman business (grab bars) {I(V.us_phone('vanity'), 'T')}")
    rows.append(f"- Poison Control {K('1-800-222-1222')}" if chance(0.4) else f"- crisis line {K('988')}")
    return "list", "US", "\n".join(rows)


def t_list_meds():
    doc, ph = V.us_person(), V.us_person("f")
    rows = [f"Meds for {pick([rel(), P(V.us_person().first)])} ({month()})"]
    for _ in range(R.randint(3, 5)):
        rows.append(f"- {drug()} {pick(['10 mg', '5 mg', '500 mg', '1 tab', '2 puffs', '40 mg', '25 mcg', ''])} {pick(['am', 'pm', 'bedtime', 'with food', 'BID', 'as needed', ''])}".rstrip())
    rows.append(f"Prescriber: Dr. {P(doc.last)} {I(V.us_phone(), 'T')}")
    if chance(0.45):
        lab_, mr = V.mrn()
        rows.append(f"Rx on file under {lab_ or 'member ID'} {I(mr, 'M')}")
    rows.append(f"Pharmacy: {K(pick(['Walgreens', 'CVS', 'Rite Aid', 'Costco pharmacy', 'Walmart pharmacy']))}, ask for {P(ph.first)}, she knows us")
    if chance(0.5):
        rows.append(f"Call the office if the {K(pick(['dizziness', 'nausea', 'rash', 'swelling']))} gets worse")
    return "list", "US", "\n".join(rows)


def t_list_schedule():
    names = [V.us_person() for _ in range(R.randint(2, 4))]
    days = R.sample(V.WEEKDAYS, len(names))
    r, pr = relg()
    rows = [pick(["Care schedule this week", f"Who's with {r} when", "Shifts:", "Sign-up for nights"])]
    for d, n in zip(days, names):
        extra = pick(["", "", f" (bring {pr['p']} {drug()})", f" - drop off at {I(V.us_address(pick(['line', 'unit'])), 'L')}", f" cell {I(V.us_phone(), 'T')}"])
        rows.append(f"{K(d)}: {P(pick([n.first, n.full]))}{extra}")
    return "list", "US", "\n".join(rows)


def t_list_estate():
    p = V.us_person()
    r, pr = relg()
    routing, acct = V.bank_us()
    lab_, num = V.card()
    rows = [f"Accounts to close for {r} ({P(p.full)}):",
            f"1. checking acct {I(acct, 'A')}, routing {I(routing, 'A')}",
            f"2. {lab_} {I(num, 'A')}",
            f"3. {K('Social Security')} - SSN {I(V.ssn(), 'S')}"]
    if chance(0.4):
        c, ib = V.iban(pick(["DE", "GB", "FR", "IT", "ES", "NL"]))
        rows.append(f"4. old account from when {pr['s']} lived abroad: {iban_label(c)} {I(V.iban_print(ib), 'A', 'INTL')}".replace("  ", " "))
    rows.append(f"mail for all of it goes to {I(V.us_address(pick(['pobox', 'line'])), 'L')}")
    return "list", "US", "\n".join(rows)


def t_list_todo():
    a, b, c = V.us_person(), V.us_person(), V.us_person()
    rows = ["TODO",
            f"[ ] call {P(a.first)} about the {K(pick(['ramp', 'grab bars', 'stair lift', 'hospital bed']))} {I(V.us_phone(), 'T')}",
            f"[x] pick up {drug()}",
            f"[ ] send {P(b.full)} the {cond()} paperwork - {I(V.email(b), 'E')}",
            f"[ ] {rel()}'s {lab()} draw {day()}",
            f"[ ] mail card to {P(c.first)} at {I(V.us_address(), 'L')}"]
    if chance(0.5):
        rows.append(f"[ ] post update on {I(V.url(a), 'U')}")
    if chance(0.3):
        lab_, num = V.card()
        rows.append(f"[ ] pay the pharmacy balance, use {lab_} {I(num, 'A')}")
    return "list", "US", "\n".join(rows)


def t_list_intl():
    rows = [pick(["Family overseas - numbers", "Numbers for the relatives abroad", "If something happens call:",
                  "International contacts (for the nurse)"]) + f" - {rel()} has {cond()}, on {drug()}"]
    c = None
    for i in range(R.randint(2, 3)):
        c = pick(PHONE_COUNTRIES)
        p = V.intl_person(c)
        line = f"{pick(['-', '*', f'{i + 1})'])} {name(p, how='full')} ({pick(NEUTRAL_KIN)}, {I(V.intl_city(c), 'L')}) {I(V.intl_phone(c), 'T')}"
        if chance(0.3):
            line += f", {I(V.email(p, c), 'E')}"
        rows.append(line)
    if chance(0.5):
        rows.append(f"- {rel()}'s old address: {I(V.intl_address(c), 'L')}")
    return "list", "INTL", "\n".join(rows)


def t_list_accounts_intl():
    c1, ib1 = V.iban(pick(["DE", "FR", "IT", "ES", "NL", "PL", "PT", "GB", "TR", "AT", "BE", "IE"]))
    c2, ib2 = V.iban(pick(["DE", "FR", "IT", "ES", "NL", "PL", "PT", "GB", "CH", "SE", "DK"]))
    pc = c1 if c1 in V.COUNTRY else {"AT": "DE", "BE": "FR", "IE": "GB"}[c1]
    p = V.intl_person(pc)
    r, pr = relg(p.g)
    rows = [f"{r}'s accounts (for the lawyer):",
            f"- pension goes to {iban_label(c1)} {I(V.iban_print(ib1), 'A')}".replace("  ", " "),
            f"- savings {I(V.iban_print(ib2), 'A')}",
            f"- name on both: {name(p, how='full')}",
            f"- bank letters come to {I(V.intl_address(pc), 'L')}"]
    if chance(0.5):
        lab_, num = V.card()
        rows.append(f"- {lab_} {I(num, 'A', 'US')} (US card, cancel it)")
    return "list", "INTL", "\n".join(rows)


def t_run_er():
    a, b = V.us_person(), V.us_person()
    r, pr = relg()
    city = V.us_city()
    return "run_on", "US", (
        f"so {r} fell again {day()} night and {P(a.first)} found {pr['o']} on the bathroom floor and called "
        f"{K('911')} and they took {pr['o']} to the hospital in {I(city[0], 'L')} instead of the one we like and nobody "
        f"told me until 6am and then the ER doc said {pr['p']} {K(pick(V.BODY))} is probably fine but they want to watch the {cond()} "
        f"and keep {pr['o']} overnight so {P(b.first)} is driving up from {I(V.us_city_state(), 'L')} and I'm "
        f"staying at the house at {I(V.us_address(pick(['line', 'unit', 'nocomma'])), 'L')} if anyone needs me, my cell is "
        f"{I(V.us_phone(), 'T')} because the landline is dead again")


def t_run_insurance():
    p = V.us_person()
    r, pr = relg()
    ssn_part = f" and then she wanted {pr['p']} social too, {I(V.ssn(), 'S')}, so now that is out there" if chance(0.5) else ""
    lab_, mr = V.mrn()
    return "run_on", "US", (
        f"I spent two hours on hold with {K(pick(['Medicare', 'Humana', 'Aetna', 'Blue Cross', 'UnitedHealthcare', 'Medicaid']))} today "
        f"and when I finally got a person she said they have {r}'s birthday as {I(V.dob(), 'D')} which is wrong and that's why "
        f"the {drug()} keeps getting rejected and I gave her the {lab_ or 'member number'} {I(mr, 'M')} like three times and she "
        f"still transferred me to {P(p.first)} in another department who said I need to fax a copy of the card to "
        f"{I(V.us_phone(pick(['dash', 'paren', 'one_dash'])), 'T')}{ssn_part} and honestly who even has a fax anymore")


def t_run_abroad():
    c = pick(["MX", "PH", "IN", "VN", "KR", "PL", "IT", "NG", "BR", "TR", "GB", "DE", "CN", "JP"])
    aunt = V.intl_person(c, "f")
    me = V.us_person()
    r, pr = relg()
    return "run_on", "INTL", (
        f"ok so {r} is still in {I(V.intl_city(c), 'L')} and the doctor there wants to change the {drug()} because of the "
        f"{cond()} and my aunt {short(aunt)} keeps calling me at 3am from {I(V.intl_phone(c), 'T')} and I can't understand "
        f"half of it and {P(me.first, 'US')} says we should just fly {pr['o']} here but the insurance won't cover anything "
        f"until {pr['s']} has an address here, so I guess it's going to be mine, {I(V.us_address(pick(['line', 'unit'])), 'L', 'US')}")


def t_run_day():
    a, b = V.us_person(), V.us_person()
    c = V.us_person("f")
    r, pr = relg()
    tail = f" and I put all of it on {I(V.url(b), 'U')} so you can see" if chance(0.35) else ""
    return "run_on", "US", (
        f"Today was a lot, the {K(pick(['physical therapist', 'hospice nurse', 'home aide', 'OT']))} {P(a.first)} came at 9 and "
        f"{r} refused to get out of bed and then {P(b.first)} showed up with lunch and somehow got {pr['o']} to eat "
        f"half a sandwich and take the {drug()} and then we did a video call with {P(c.full)} who is the new "
        f"{pick(['social worker', 'case manager', 'nurse practitioner'])} and she wants us to track {pr['p']} "
        f"{K(pick(['swelling', 'blood sugar', 'blood pressure', 'weight']))} every day and email it to {I(V.email(c), 'E')} "
        f"and I said sure like I have time{tail}")


def t_gen_bill():
    p, g = V.us_person(), V.us_person()
    lab_, num = V.card()
    ssn_part = f", SSN {I(V.ssn(), 'S')}" if chance(0.5) else ""
    return "general_text", "US", (
        f"{pick(['Hello,', 'Hi there,', 'To the billing dept:', 'Good morning.'])} I have a question about a bill for "
        f"{P(p.full)}. We paid {pick(['$45', '$120', '$310.50', '$1,200'])} by {lab_}, but the statement still shows it owing. "
        f"The card was {I(num, 'A')} if you need to look it up. The guarantor is {P(g.full)}, {I(V.us_phone(), 'T')}{ssn_part}. "
        f"Statement goes to {I(V.us_address(), 'L')}.")


def t_gen_sell():
    p = V.us_person()
    r, pr = relg()
    pics = f" Pics: {I(V.url(p), 'U')}" if chance(0.4) else ""
    return "general_text", "US", (
        f"{pick(['For sale:', 'FREE to a good home:', 'Selling', 'Anyone need a'])} {pick(['lift chair', 'hospital bed', 'rollator walker', 'shower chair', 'bedside commode', 'wheelchair', 'stair lift'])}, "
        f"{pick(['barely used', 'like new', 'works fine', 'used for 3 months'])}. {r} doesn't need it anymore. Pick up in "
        f"{I(V.us_city_state(with_zip=chance(0.5)), 'L')}. Text {P(p.first)} at {I(V.us_phone(), 'T')} or email {I(V.email(p), 'E')}.{pics}")


def t_gen_fundraiser():
    p, o = V.us_person(), V.us_person()
    return "general_text", "US", (
        f"The {pick(['church', 'neighborhood', 'VFW', 'bowling league', 'PTA'])} is raising money for {P(p.full)} after "
        f"{pick(['the accident', 'the ' + K(pick(V.CONDITIONS)) + ' diagnosis', 'the ' + K(pick(['hip', 'knee', 'heart', 'spine'])) + ' surgery', 'the fire'])}. Donate at {I(V.url(p), 'U')} or drop checks to "
        f"{P(o.full)}, {I(V.us_address(pick(['pobox', 'line', 'unit'])), 'L')}. Questions: {I(V.us_phone(), 'T')}")


def t_gen_address():
    p = V.us_person()
    pr = V.pron(p.g)
    return "general_text", "US", (
        f"{pick(['Please update', 'Can you update', 'Need to update'])} the address for {P(p.full)}. {pr['s'].capitalize()} moved from "
        f"{I(V.us_address(pick(['line', 'unit'])), 'L')} to {I(V.us_address(), 'L')} on {month()} {R.randint(1, 28)}. "
        f"{pr['p'].capitalize()} phone stays the same, {I(V.us_phone(), 'T')}. The {drug()} deliveries should go to the new place too.")


def t_gen_notice():
    p = V.us_person()
    grp = pick(V.GROUPS)
    more = f" More at {I(V.url(p), 'U')}" if chance(0.7) else ""
    return "general_text", "US", (
        f"{K(grp)} meets {day()} at 10 in the fellowship hall. All welcome, bring a friend. "
        f"Contact {P(p.full)} at {I(V.email(p), 'E')} or {I(V.us_phone(), 'T')}.{more}")


def t_gen_mil():
    p = V.us_person("m")
    return "general_text", "US", (
        f"My son {P(p.first)} is deployed and wants the {drug()} shipped to his unit address: {I(V.us_address('military'), 'L')}. "
        f"Is that possible? His email is {I(V.email(p), 'E')}. {pick(['Thanks', 'Thank you', 'God bless'])}")


def t_gen_intl():
    c = pick(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "JP", "CN", "KR", "IN", "RU", "TR", "UA", "NG",
              "VN", "PH", "PT", "SA"])
    p = V.intl_person(c)
    r, pr = relg()
    return "general_text", "INTL", (
        f"{pick(['Question about shipping:', 'Does anyone know,', 'Help please -'])} can we mail {r}'s {drug()} to "
        f"{name(p, how='full')} at {I(V.intl_address(c), 'L')}? Customs keeps sending it back. "
        f"{pick(['Their', 'The'])} number there is {I(V.intl_phone(c), 'T')}.")


def t_gen_links():
    p, q = V.us_person(), V.us_person()
    return "general_text", "US", (
        f"{pick(['Updates on', 'For news about', 'Everything about'])} {P(p.first)}'s {cond()} treatment are on "
        f"{I(V.url(p), 'U')}. {P(q.first)} set up meals at {I(V.url(q), 'U')} - sign up for a {day()}!")


def t_speaker_family():
    a, b, nurse = V.us_person(), V.us_person(), V.us_person("f")
    r, pr = relg()
    la = pick({"f": ["Daughter", "Sister", "", "", "Niece"], "m": ["Son", "Brother", "", "", "Nephew"]}[a.g])
    lb = pick({"f": ["", "", "Granddaughter", "Wife"], "m": ["", "", "Grandson", "Husband"]}[b.g])
    A = f"{la} {P(a.first)}".strip()
    B = f"{lb} {P(b.first)}".strip()
    upd = f"\n{A}: also I posted an update on {I(V.url(a), 'U')}" if chance(0.3) else ""
    return "speaker_label", "US", (
        f"{A}: did anyone give {r} {pr['p']} {drug()} tonight\n{B}: yes at 8\n{A}: ok the "
        f"{K(pick(['hospice nurse', 'home health nurse', 'visiting nurse']))} {P(nurse.first)} is coming {day()}, her number is "
        f"{I(V.us_phone(), 'T')}\n{B}: 👍{upd}")


def t_speaker_clinic():
    pt, nurse = V.us_person(), V.us_person()
    lab_, mr = V.mrn()
    ss = chance(0.35)
    return "speaker_label", "US", (
        f"Front desk: calling for {P(pt.full)}, {lab_ or 'MRN'} {I(mr, 'M')}\nNurse {P(nurse.first)}: what's the DOB?"
        f"{' and the SSN on the account?' if ss else ''}\nFront desk: {I(V.dob(), 'D')}{', ' + I(V.ssn(), 'S') if ss else ''}\n"
        f"Nurse {P(nurse.first)}: ok, tell the family the {lab()} came back and we're adjusting the {drug()}")


def t_speaker_intl():
    c = pick(["MX", "BR", "PH", "IN", "KR", "CN", "JP", "RU", "TR", "PL", "IT", "SA", "VN", "UA"])
    a, b = V.intl_person(c), V.intl_person(c)
    r, pr = relg()
    A, B = short(a), short(b)
    photos = f"\n{A}: photos {I(V.url(a), 'U')}" if chance(0.3) and a.script == "latin" else ""
    return "speaker_label", "INTL", (
        f"{A}: {r}'s {drug()} ran out\n{B}: I'll get it tomorrow, what's the pharmacy address there?\n"
        f"{A}: {I(V.intl_address(c), 'L')}\n{B}: ok. call me {I(V.intl_phone(c), 'T')} if anything{photos}")


def t_lower_chat():
    a, b = V.us_person(), V.us_person()
    r, pr = relg()
    pics = f". pics from today r on {I(V.url(a).lower(), 'U')}" if chance(0.3) else ""
    return "lower_case", "US", (
        f"hey its {P(a.first.lower())}, just left {r.lower()}'s. {pr['s']} took the {K(pick(V.DRUGS).lower())} "
        f"but wouldnt eat. {P(b.first.lower())} said {V.pron(b.g)['s']}'d come by at 6. new address for the "
        f"{pick(['oxygen', 'walker', 'wheelchair', 'bed'])} delivery is {I(V.us_address(pick(['nocomma', 'line', 'unit'])).lower(), 'L')}, "
        f"call me {I(V.us_phone(pick(['space', 'plain', 'dash', 'dot'])), 'T')}{pics}")


def t_lower_ssn():
    p = V.us_person()
    r, pr = relg()
    return "lower_case", "US", (
        f"{pick(['the', 'that'])} {pick(['social worker', 'lady from medicaid', 'county office', 'hospital billing'])} needs "
        f"{r.lower()}'s ssn and dob, its {I(V.ssn(), 'S')} and {I(V.dob().lower(), 'D')}. name on the card is "
        f"{P(p.full.lower())}. dont repost pls")


def t_lower_intl():
    c = pick(["MX", "BR", "PH", "IN", "PL", "IT", "GB", "FR", "ES", "VN", "TR", "NG"])
    p = V.intl_person(c)
    r, pr = relg()
    nm = P(p.first.lower())
    return "lower_case", "INTL", (
        f"{pick(['ok', 'so', 'hey'])} {r.lower()} landed in {I(V.intl_city(c).lower(), 'L')}, {nm} picked {pr['o']} up. "
        f"{pr['p']} {K(pick(V.DRUGS).lower())} is in the blue bag. if u need {nm} call {I(V.intl_phone(c), 'T')}")


def t_clin_note():
    pt, fam = V.us_person(), V.us_person()
    lab_, mr = V.mrn()
    kin = {"f": pick(["Dtr", "Spouse", "Caregiver", "Sister"]), "m": pick(["Son", "Spouse", "Caregiver", "Brother"])}[fam.g]
    ssn_part = f" SSN {I(V.ssn(), 'S')} verified for PAP." if chance(0.3) else ""
    return "clinician_note", "US", (
        f"{pick(['HH RN visit', 'Tele f/u', 'SN visit', 'PCP note', 'Hospice RN'])}: {P(pick([pt.full, pt.last + ', ' + pt.first]))}, "
        f"DOB {I(V.dob(), 'D')}, {lab_ or 'MRN'} {I(mr, 'M')}. {pick(['Hx', 'PMH'])} " + ", ".join(K(c) for c in R.sample(V.CONDITIONS, 2)) + f". {lab()} "
        f"{pick(['stable', 'elevated', 'low', 'pending'])}. Cont {drug()}. {kin} {P(fam.first)} "
        f"updated by phone {I(V.us_phone(), 'T')}.{ssn_part}")


def t_clin_intl():
    c = pick(["GB", "FR", "DE", "MX", "BR", "IN", "CA"])
    pt = V.intl_person(c) if c != "CA" else V.Person(V.FK["fr_FR"].first_name(), V.FK["fr_FR"].last_name(), region="INTL")
    lab_, hid = V.intl_health_id(c)
    gp = f" GP abroad reachable at {I(V.intl_phone(c), 'T')}." if c != "CA" else " Family doctor's office in Canada faxing records."
    return "clinician_note", "INTL", (
        f"Visitor from abroad: {name(pt, how='full')}, DOB {I(V.dob(us=False), 'D')}, {lab_} {I(hid, 'M')}. "
        f"On {drug()} for {cond()}. Home address {I(V.intl_address(c), 'L')}.{gp}")


def t_clin_ssn():
    pt = V.us_person()
    return "clinician_note", "US", (
        f"SW: assisted {P(pt.full)} with {K(pick(['SSDI', 'Medicaid', 'SNAP', 'Medicare Savings Program']))} application. "
        f"SSN {I(V.ssn(), 'S')} confirmed, DOB {I(V.dob(), 'D')}. Mailing {I(V.us_address(), 'L')}. Dx {cond()}.")


def t_intl_msg():
    c = pick(PHONE_COUNTRIES)
    p = V.intl_person(c)
    r, pr = relg()
    hid = ""
    if chance(0.4):
        lab_, h = V.intl_health_id(c)
        hid = f" {pr['p'].capitalize()} {lab_} there: {I(h, 'M')}."
    return "international", "INTL", (
        f"{pick(['Hello from', 'Writing from', 'Greetings from', 'Update from'])} {I(V.intl_city(c), 'L')}. "
        f"{r} is staying with {name(p, how='full')} this month. Reach them at {I(V.intl_phone(c), 'T')}, address "
        f"{I(V.intl_address(c), 'L')}. Please remember {pr['p']} {drug()}.{hid}")


def t_intl_bank():
    c = pick(["DE", "FR", "ES", "IT", "NL", "PL", "PT", "GB", "TR", "BE", "AT", "IE", "CH", "SA", "GR", "SE", "DK", "NO", "FI"])
    cc, ib = V.iban(c)
    pc = c if c in V.COUNTRY else {"BE": "FR", "AT": "DE", "IE": "GB", "CH": "DE", "SE": "DE", "DK": "DE", "NO": "GB", "FI": "DE"}[c]
    p = V.intl_person(pc)
    return "international", "INTL", (
        f"{pick(['Please transfer', 'Can you send', 'Pay'])} {pick(['the refund', 'the deposit back', 'the caregiver', 'the overpayment'])} "
        f"for the {K(pick(['physio', 'home nursing', 'wheelchair rental', 'hospice care', 'dialysis transport']))} to "
        f"{name(p, how='full')}, {iban_label(c)} {I(V.iban_print(ib), 'A')}. "
        f"{pick(['Questions', 'If it bounces', 'Receipt'])}: {I(V.email(p, pc), 'E')}".replace("  ", " "))


def t_gen_benefits():
    p = V.us_person()
    r, pr = relg(p.g)
    routing, acct = V.bank_us()
    return "general_text", "US", (
        f"Working on {r}'s {K(pick(['SSI', 'Medicaid', 'SNAP', 'VA pension', 'Extra Help']))} application tonight. For whoever "
        f"finishes it: name {P(p.full)}, SSN {I(V.ssn(), 'S')}, born {I(V.dob(), 'D')}. Benefits should go to {pr['p']} "
        f"{pick(['checking', 'savings'])}, routing {I(routing, 'A')} account {I(acct, 'A')}. I'll shred this after.")


TEMPLATES = {
    "forwarded": [t_fwd_email, t_fwd_voicemail, t_fwd_text, t_fwd_portal, t_fwd_insurance, t_fwd_intl, t_fwd_intl, t_fwd_intl],
    "signature": [t_sig_family, t_sig_pro, t_sig_phone, t_sig_intl, t_sig_intl, t_sig_intl],
    "form": [t_form_intake, t_form_payment, t_form_deposit, t_form_roi, t_form_address, t_form_intl, t_form_emergency,
             t_form_intl, t_form_intl_contact, t_form_intl_contact],
    "list": [t_list_contacts, t_list_meds, t_list_schedule, t_list_estate, t_list_todo, t_list_intl, t_list_intl,
             t_list_accounts_intl, t_list_accounts_intl],
    "run_on": [t_run_er, t_run_insurance, t_run_abroad, t_run_day, t_run_abroad],
    "general_text": [t_gen_bill, t_gen_sell, t_gen_fundraiser, t_gen_address, t_gen_notice, t_gen_mil, t_gen_intl,
                     t_gen_intl, t_gen_links, t_gen_links, t_gen_benefits, t_gen_benefits],
    "speaker_label": [t_speaker_family, t_speaker_clinic, t_speaker_intl, t_speaker_intl],
    "lower_case": [t_lower_chat, t_lower_ssn, t_lower_intl, t_lower_intl],
    "clinician_note": [t_clin_note, t_clin_intl, t_clin_ssn],
    "international": [t_intl_msg, t_intl_bank, t_form_intl, t_sig_intl, t_fwd_intl, t_speaker_intl],
}
# all_caps and typos reuse chat-like templates through a case / typo transform
CAPS_BASES = [t_fwd_text, t_sig_phone, t_form_emergency, t_list_contacts, t_run_er, t_gen_sell, t_speaker_family,
              t_gen_address, t_form_payment, t_lower_ssn, t_clin_ssn, t_form_intl, t_intl_msg, t_sig_intl,
              t_list_intl, t_gen_intl, t_form_intl_contact, t_gen_fundraiser]
TYPO_BASES = [t_fwd_text, t_run_er, t_run_day, t_gen_sell, t_gen_bill, t_list_todo, t_sig_family, t_lower_ssn,
              t_gen_address, t_run_insurance, t_run_abroad, t_run_abroad, t_gen_intl, t_intl_msg, t_gen_links,
              t_intl_bank, t_gen_fundraiser, t_gen_benefits]


def make(style):
    if style == "all_caps":
        st, reg, m = pick(CAPS_BASES)()
        return "all_caps", reg, transform(m, str.upper)
    if style == "typos":
        st, reg, m = pick(TYPO_BASES)()
        return "typos", reg, typoify(m)
    if style == "international":
        st, reg, m = pick(TEMPLATES["international"])()
        return "international", reg, m
    return pick(TEMPLATES[style])()
