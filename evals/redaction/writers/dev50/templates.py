"""Templates for the non-hand part of handwritten_dev50.jsonl (written for this file only).

Each template takes a values.Values object `v` and returns a marked-up message (same markup as hand/*.txt).
STYLE_TEMPLATES maps a style name to its templates; CASE_STYLES post-process the whole message.
Person objects carry a gender so pronouns and relation words agree with the name (p.she, p.her, p.child ...).
"""

from values import COUNTRIES, KID_CONDS, KID_DRUGS

YEAR = 2026  # "now" for ages written next to a date of birth


def _country_with_phone(v):
    cc = v.country()
    while not COUNTRIES[cc][2]:
        cc = v.country()
    return cc


def _other(v, cc, p):
    """A second person from the same country with a different first name."""
    for _ in range(10):
        q = v.cperson(cc)
        if q.first != p.first:
            return q
    return q


# ============================================================ speaker_label
def sp_family(v):
    a, b, c = v.us_person(), v.us_person(), v.us_person()
    ra = v.pick(["", a.child.capitalize() + " ", a.sib.capitalize() + " ", "Grand" + a.child + " "])
    rb = v.pick(["", b.child.capitalize() + " ", "Cousin ", ("Nephew " if b.g == "m" else "Niece "), b.spouse.capitalize() + " "])
    rel = v.rel()
    lines = [
        f"{ra}{a.m('first')}: {rel}'s {v.lab()} came back {v.pick(['high', 'low', 'weird', 'better', 'fine'])}, {v.pick(['they want a recheck', 'dr wants to see her', 'no changes for now', 'they upped the dose'])}",
        f"{rb}{b.m('first')}: {v.pick(['ugh', 'ok', 'thank god', 'what does that mean', 'again??'])} is she still on the {v.med()}",
        f"{ra}{a.m('first')}: yes. {v.pick(['I will call', 'can you call', 'somebody call'])} the office {v.T()} {v.pick(['tomorrow', 'before 4', 'on ' + v.day()])}",
    ]
    x = v.r.random()
    if x < 0.45:
        lines.append(f"{rb}{b.m('first')}: {v.pick(['also', 'btw', 'fyi'])} {c.m('full')} {v.pick(['said ' + c.she + ' can sit with her', 'dropped off soup', 'wants to visit', 'is bringing the walker'])}, {v.pick([c.her + ' cell is', 'number is', 'reach ' + ('her' if c.g == 'f' else 'him') + ' at'])} {v.T()}")
    elif x < 0.75:
        lines.append(f"{rb}{b.m('first')}: {v.pick(['I posted an update on', 'put the news on', 'updated'])} {v.pick(['her', 'the'])} {v.pick(['caringbridge', 'page'])} {v.url_for(c, 'care')}")
    return "\n".join(lines)


def sp_clinic(v):
    pt, fam, rn = v.us_person(), v.us_person(), v.us_person()
    role = v.pick(["RN", "Nurse", "MA", "Care coordinator", "Dr.", "PT", "Hospice RN", "Pharmacist"])
    famrel = v.pick([fam.spouse, fam.child, "partner", "caregiver", fam.sib])
    rnname = rn.m("last") if role == "Dr." else rn.m("first")
    return "\n".join([
        f"{role} {rnname}: Hi, this is about {pt.m('full')}, {v.pick(['DOB', 'date of birth', 'born'])} {v.dob()}. {v.pick(['Can you confirm the address on file?', 'We need to confirm a few things.', 'Your refill is ready.'])}",
        f"{fam.m('first')} ({famrel}): {v.pick(['yes', 'yeah', 'sure'])}, {v.pick(['we moved to', 'it is', 'new one is', pt.she + ' lives at'])} {v.L()}",
        f"{role} {rnname}: {v.pick(['Thanks.', 'Got it.', 'Updated.'])} {v.will()} {v.pick(['send the', 'call you about the', 'fax over the'])} {v.med()} {v.pick(['refill', 'prior auth', 'instructions'])}. Direct line {v.T()}.",
    ])


def sp_intl(v):
    cc = _country_with_phone(v)
    a = v.cperson(cc)
    b = _other(v, cc, a)
    fa, fb = a.m("first" if a.latin else "full"), b.m("first" if b.latin else "full")
    lines = [
        f"{fa}: {v.rel()} {v.pick(['is out of', 'needs more', 'stopped taking', 'asked about'])} {v.med()}",
        f"{fb}: {v.pick(['I can send it from here', 'the pharmacy here has it', 'I will ask the doctor'])}. {v.pick(['address?', 'where to?', 'send me the address'])}",
        f"{fa}: {v.caddr(cc)}",
    ]
    if v.chance(0.7):
        lines.append(f"{fb}: {v.pick(['ok', 'got it', 'sent'])}. {v.pick(['my number', 'call me', 'whatsapp'])} {v.cphone(cc)}")
    return "\n".join(lines)


def sp_caregivers(v):
    aide, fam, pt = v.us_person(), v.us_person(), v.us_person()
    rel = v.pick([fam.child, ("niece" if fam.g == "f" else "nephew"), fam.sib]).capitalize()
    title = "Mr." if pt.g == "m" else v.pick(["Mrs.", "Ms."])
    return "\n".join([
        f"Aide {aide.m('first')}: Good {v.pick(['morning', 'evening'])}. {title} {pt.m('last')} {v.pick(['ate good', 'slept well', 'was confused at night', 'refused shower'])}. {v.pick(['Sugar', 'Glucose', 'Finger stick'])} {v.r.randint(90, 240)}.",
        f"{rel} {fam.m('first')}: {v.pick(['thank you', 'ok thanks', 'great'])}! did {pt.she} take the {v.med()}",
        f"Aide {aide.m('first')}: Yes at {v.r.randint(7, 10)}am. {v.pick(['Also', 'And'])} {v.pick(['the mail came from', 'a letter from', 'a bill from'])} {v.org()} {v.pick(['for', 'addressed to'])} {pt.m('initial')}",
    ])


# ============================================================ list
def li_contacts(v):
    rows = []
    for i in range(v.r.randint(3, 5)):
        if v.chance(0.3):
            cc = _country_with_phone(v)
            q = v.cperson(cc)
            rows.append(f"{v.pick(['- ', '* ', f'{i + 1}. '])}{q.m('full')} ({v.pick(['in ', 'lives in '])}{v.ccity(cc)}) {v.cphone(cc)}")
            continue
        p = v.us_person()
        who = v.pick([f"Dr. {p.m('last')} ({v.pick(['PCP', 'cardio', 'neuro', 'ortho', 'GI', 'pulm'])})",
                      f"{v.pick(['neighbor', 'cousin', 'church friend', 'aide', 'aunt' if p.g == 'f' else 'uncle'])} {p.m('first')}",
                      p.m("full"), f"{p.m('full')} ({v.pick([p.sib, p.child])})"])
        rows.append(f"{v.pick(['- ', '* ', f'{i + 1}. ', f'{i + 1}) '])}{who} {v.pick(['', '- ', ': '])}{v.T()}")
    if v.chance(0.4):
        rows.append("- {{Poison Control}} {{1-800-222-1222}}")
    if v.chance(0.3):
        rows.append("- crisis line {{988}}")
    head = v.pick(["Phone list for the fridge:", "EMERGENCY CONTACTS", "numbers (in case my phone dies)", f"Contacts for {v.rel()}:"])
    return head + "\n" + "\n".join(rows)


def li_meds(v):
    p = v.us_person()
    meds = "\n".join(f"- {v.med()} {v.pick(['10 mg', '25mg', '1 tab', 'am', 'pm', 'bid', 'at bedtime', 'w/ food', ''])}".rstrip() for _ in range(v.r.randint(3, 5)))
    pharm = "{{" + v.pick(["Walgreens", "CVS", "Rite Aid", "Costco pharmacy", "Walmart pharmacy", "Kroger"]) + "}}"
    return (f"Med list for {p.m(v.pick(['full', 'first', 'lastfirst']))} (DOB {v.dob()})\n{meds}\n"
            f"Pharmacy: {pharm} {v.us_place()}, {v.T()}\nAllergies: {v.pick(['sulfa', 'codeine', 'none known', 'PCN', 'latex'])}")


def li_schedule(v):
    ps = [v.us_person() for _ in range(4)]
    days = v.r.sample(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], 4)
    tasks = ["{{dialysis}} ride", "groceries", "{{PT}} appt", "overnight", "pill box refill", "lab draw at {{Quest}}",
             "{{wound care}} visit", "church + lunch", "bath day", "{{infusion}}"]
    rows = [f"{d} - {p.m(v.pick(['first', 'first', 'full']))} ({v.pick(tasks)})" for d, p in zip(days, ps)]
    tail = v.pick([f"pickup address is {v.L()}", f"if you can't make it text {ps[0].m('first')} at {v.T()}",
                   f"{v.will()} figure out the rest {v.day()}"])
    return "Schedule this week:\n" + "\n".join(rows) + "\n" + tail


def li_addresses(v):
    rows = []
    for _ in range(v.r.randint(2, 4)):
        if v.chance(0.5):
            cc = v.country()
            p = v.cperson(cc)
            rows.append(f"{p.m('full')} - {v.caddr(cc)}")
        else:
            p = v.us_person()
            rows.append(f"{p.m(v.pick(['full', 'full', 'lastfirst']))} - {v.L()}")
    head = v.pick(["Thank-you card addresses:", "Christmas card list (from mom's book)", "Addresses for the memorial program:",
                   "mailing list for the update letter"])
    return head + "\n" + "\n".join(rows) + f"\n(mom's {v.cond()} update goes in all of them)"


def li_accounts(v):
    p = v.us_person()
    rows = [f"- {v.card_labelled()} (cancel - {v.pick(['lost', 'expired', 'stolen?'])})",
            f"- checking at {v.pick(['Chase', 'Wells Fargo', 'the credit union', 'Bank of America', 'PNC'])}: routing [[A:{v.routing()}]], acct [[A:{v.bank_acct()}]]",
            f"- {v.pick(['Medicare', 'Medicaid', 'Humana', 'Aetna', 'Blue Cross'])} {v.mrn_labelled()}",
            f"- SSN {v.ssn()}"]
    v.r.shuffle(rows)
    return f"Dad's stuff to sort out (for {p.m('first')} who is doing the estate):\n" + "\n".join(rows) + f"\n- {v.org()} account - call {v.T()}"


def li_online(v):
    p = v.us_person()
    care = v.pick(["caringbridge", "meal train", "blog"])
    rows = [f"email: {v.email_for(p)}", f"{v.pick(['facebook', 'insta', 'social'])}: {v.url_for(p, 'social')}",
            f"{care}: {v.url_for(p, 'blog' if care == 'blog' else 'care')}",
            f"pharmacy app: {v.pick(['same email', 'ask me'])}", f"portal id: {v.mrn()}"]
    v.r.shuffle(rows)
    who = "Dad" if p.g == "m" else v.pick(["Mom", "Grandma"])
    return (f"{who}'s online stuff ({p.m('full')}), for when I'm away:\n" + "\n".join("- " + r for r in rows)
            + f"\n- {p.her} {v.med()} refills are on auto")


def li_appointments(v):
    rows = []
    for _ in range(v.r.randint(3, 4)):
        dr = v.us_person()
        rows.append(f"{v.month()} {v.r.randint(1, 28)} - Dr. {dr.m('last')} - {v.pick(['re: ', 'for ', ''])}{v.cond()} - {v.pick([v.L('line_unit'), v.us_place(), v.T()])}")
    p = v.us_person()
    return f"Upcoming appts for {p.m('first')}:\n" + "\n".join(rows)


# ============================================================ run_on
def ro_story(v):
    rel = v.rel()
    a, b = v.us_person(), v.us_person()
    return (f"so {v.pick(['today was a lot', 'quick update but its long', 'ok here goes', 'long day'])}, {rel} had the {v.pick(['appointment', 'scan', 'follow up', 'infusion'])} at {v.pick(['8', '9:30', '11', '2'])} and the nurse "
            f"{a.m('first')} said the {v.lab()} was {v.pick(['up', 'down', 'off', 'borderline'])} so they want to change the {v.med()} and then on the way home "
            f"{v.pick(['the car made a noise', 'we stopped at the pharmacy', 'there was a ton of traffic', 'we got lost'])} and {v.pick(['I had to call', 'I called', 'we called'])} {b.m('full')} "
            f"who {v.pick(['lives near', 'is close to', 'works by'])} {v.us_place()} and {b.she} came and helped, {b.her} number is {v.T()} if anyone needs it, "
            f"{v.pick(['anyway', 'so yeah', 'long story short'])} {v.will()} {v.pick(['figure out the rest tomorrow', 'need help next week', 'be ok I think'])}"
            + (f" and I put pictures on {v.url_for(b, 'social')}" if v.chance(0.35) else ""))


def ro_insurance(v):
    p = v.us_person()
    agent = v.us_person("m")
    return (f"I was on hold with {v.insurer()} for like an hour and the guy {agent.m('first')} kept asking for {p.m(v.pick(['full', 'first']))}'s {v.pick(['ID', 'member number', 'policy number'])} "
            f"which is {v.mrn()} and then the {v.pick(['SSN', 'social'])} {v.ssn()} and then the {v.pick(['date of birth', 'DOB', 'birthday'])} {v.dob()} "
            f"and then he said they still have the old address {v.L()} so the {v.med()} refill went there and {v.pick(['nobody lives there now', 'the neighbor has it', 'it got returned'])}, "
            f"so I gave him the new one {v.L()} and he said {v.pick(['7-10 business days', 'it will update overnight', 'someone will call'])} at {v.T()} which is my cell")


def ro_hospital(v):
    doc, sib = v.us_person(), v.us_person()
    rel = v.pick([("Mom", "her", "she"), ("Dad", "him", "he"), ("Grandma", "her", "she"), ("Grandpa", "him", "he"), ("Nana", "her", "she"), ("Papa", "him", "he")])
    return (f"{v.pick(['We are at', 'Im at', 'just got to'])} the ER with {{{{{rel[0]}}}}} {v.pick(['again', 'since 3am', 'and its packed'])} and they think its {v.cond()} or maybe {v.cond()} "
            f"and Dr. {doc.m('last')} wants to admit {rel[1]} and asked if {rel[2]} takes {v.med()} and I said yes but {v.pick(['not since Tuesday', rel[2] + ' ran out', 'only sometimes'])} "
            f"and then registration needed the {v.pick(['insurance card', 'Medicare card', 'ID'])} which {sib.m('first')} has so {sib.m('first')} if you see this bring it, "
            f"the room is {v.r.randint(2, 9)}{v.r.randint(10, 40)} and the nurses station number is {v.T()}")


def ro_intl(v):
    cc = _country_with_phone(v)
    p = v.cperson(cc)
    q = v.us_person()
    kin = v.pick(["cousin", "aunt" if p.g == "f" else "uncle", "grandmother" if p.g == "f" else "grandfather", p.sib])
    return (f"my {kin} {p.m('full')} is flying in from {v.ccity(cc)} on the {v.r.randint(4, 20)}th to help with {v.rel()} "
            f"and {p.she} needs a letter from the doctor for the visa which Dr. {q.m('last')}'s office said they can do if we fax the request to {v.T()}, "
            f"{p.her} address over there is {v.caddr(cc)} and number {v.cphone(cc)} in case they need to call, and {p.she} is bringing the {v.med()} from there because its cheaper")


def ro_money(v):
    p = v.us_person()
    return (f"ok so the {v.pick(['nursing home', 'home care agency', 'assisted living', 'rehab'])} wants the {v.month()} payment and I already paid with my {v.card_labelled()} "
            f"but it bounced because {v.pick(['the bank flagged it', 'it expired', 'I typed it wrong'])} so now they want a check or a transfer to routing [[A:{v.routing()}]] account [[A:{v.bank_acct()}]] "
            f"and {p.m('first')} said {p.she} would split it, {v.pick(['meanwhile', 'also'])} {v.rel()}'s {v.med()} copay went up to ${v.r.randint(40, 400)} so {v.will()} need to talk")


# ============================================================ signature
def _sig_block(v, p):
    lines = [v.pick(["Best,", "Thanks,", "Regards,", "Warmly,", "Sincerely,", "Cheers,", "-", "Thank you,", "Blessings,"])]
    title = v.pick(["", ", RN", ", LCSW", ", MSW", ", PharmD", ", PT, DPT", ", CNA", ", MD", ""])
    lines.append(p.m(v.pick(["full", "full", "initial"])) + title)
    if v.chance(0.6):
        lines.append(v.pick(["Care Coordinator", "Volunteer Driver", "Family Caregiver", "Office Manager", "Home Health Aide",
                             "Senior Services", "Parish Nurse", "Patient Advocate", "Retired teacher", "Hospice Volunteer"]))
    lines.append(v.pick(["c: ", "Cell ", "", "m ", "Phone: ", "(c) "]) + v.T())
    if v.chance(0.35):
        lines.append(v.pick(["o: ", "Office ", "Work: ", "Fax: "]) + v.T())
    if v.chance(0.7):
        lines.append(v.pick([v.email_for(p), v.work_email(p)]))
    if v.chance(0.5):
        lines.append(v.url_for(p, v.pick(["pro", "social", "blog"])))
    if v.chance(0.35):
        lines.append(v.L(v.pick(["line", "line_unit", "multiline", "pobox"])))
    if v.chance(0.25):
        lines.append(v.pick(["Sent from my iPhone", "Sent from my Galaxy", "Please excuse typos", "Pronouns: " + p.she + "/" + ("her" if p.g == "f" else "him")]))
    return "\n".join(lines)


def sg_update(v):
    p = v.us_person()
    body = v.pick([f"Just checking in on your mom - is the {v.med()} helping with her {v.cond()}?",
                   f"Attached is the {v.pick(['care plan', 'schedule', 'receipt', 'form'])} for {v.us_person().m('full')}. {v.will()} go over it {v.day()}.",
                   f"I can drive to the {v.pick(['cardiology', 'oncology', 'dialysis', 'wound clinic'])} appointment on {v.day()}.",
                   f"Your father's {v.lab()} results are in the portal. Call if questions.",
                   f"{v.clause()}. Thank you for the casserole and the cards."])
    return body + "\n\n" + _sig_block(v, p)


def sg_intl(v):
    cc = v.country()
    p = v.cperson(cc)
    body = v.pick([f"Thank you for the update on {v.rel()}. We are praying for a quick recovery from the {v.cond()}.",
                   f"I have posted the {v.med()} today, it should arrive in a week.",
                   f"Please send me the discharge letter, our doctor wants to see the {v.lab()} values."])
    lines = [v.pick(["Best,", "Regards,", "Love,", "Kind regards,", "Un abrazo,", "Bisous,", "LG", "Saludos,"]), p.m("full")]
    ph = v.cphone(cc)
    if ph:
        lines.append(v.pick(["M: ", "Tel ", "", "Mob. ", "WhatsApp "]) + ph)
    lines.append(v.email_for(p))
    if v.chance(0.5):
        lines.append(v.caddr(cc))
    if v.chance(0.25):
        lines.append(v.url_for(p))
    return body + "\n\n" + "\n".join(lines)


def sg_short(v):
    p = v.us_person()
    body = v.pick([f"picked up the {v.med()}", "on my way, 10 min", f"got the {v.org()} letter, will scan it", f"see u at {v.pick(['dialysis', 'the clinic', 'rehab'])}"])
    return (f"{body}\n\n{v.pick(['-', '~', '--', 'xo'])} {p.m('first')}\n{p.m('full')} | {v.T()}"
            + (f"\n{v.url_for(p, v.pick(['social', 'pro']))}" if v.chance(0.5) else ""))


# ============================================================ form
def fm_intake(v):
    p, ec = v.us_person(), v.us_person()
    rows = [f"Patient name: {p.m(v.pick(['full', 'lastfirst', 'initial']))}",
            f"{v.pick(['DOB', 'Date of birth', 'Birthdate'])}: {v.dob()}",
            f"{v.pick(['SSN', 'Social Security #', 'SS#'])}: {v.ssn()}",
            f"Address: {v.L()}",
            f"{v.pick(['Phone', 'Cell', 'Best number'])}: {v.T()}",
            f"Email: {v.email_for(p)}",
            f"Insurance: {v.insurer()}  {v.mrn_labelled()}",
            f"Emergency contact: {ec.m('full')} ({v.pick([ec.child, ec.spouse, ec.sib, 'friend', 'neighbor'])}) {v.T()}",
            f"Reason for visit: {v.cond()}"]
    if v.chance(0.3):
        rows.pop(5)
    return v.pick(["NEW PATIENT INTAKE", "Patient Information Form", "Registration", "INTAKE - please print"]) + "\n" + "\n".join(rows)


def fm_billing(v):
    p = v.us_person()
    rows = [f"Guarantor: {p.m('full')}", f"Billing address: {v.L()}", f"Phone: {v.T()}",
            f"Payment: {v.card_labelled()}  exp {v.r.randint(1, 12):02d}/{v.r.randint(26, 31)}",
            f"Account #: [[A:{v.pick([v.digits(10), 'ACCT-' + v.digits(7), v.digits(4) + '-' + v.digits(6)])}]]",
            f"Patient: {v.us_person().m('full')}  {v.mrn_labelled()}"]
    if v.chance(0.6):
        rows.insert(1, f"Guarantor SSN: {v.ssn()}")
    return v.pick(["PAYMENT AUTHORIZATION", "Billing info", "Financial responsibility form"]) + "\n" + "\n".join(rows)


def fm_deposit(v):
    p = v.us_person()
    return "\n".join([v.pick(["Direct Deposit Form", "ACH authorization", "Caregiver payroll - bank info"]),
                      f"Name: {p.m(v.pick(['full', 'caps', 'lastfirst']))}",
                      f"Address: {v.L()}",
                      f"Bank routing no.: [[A:{v.routing()}]]",
                      f"Account no.: [[A:{v.bank_acct()}]]",
                      f"SSN (for W-4): {v.ssn()}",
                      f"Client served: {v.rel()} - {v.cond()}"])


def fm_intl(v):
    cc = v.pick(["DE", "FR", "ES", "IT", "NL", "PL", "GB", "BR", "MX", "TR", "IN", "IE", "AT", "CA", "PH", "JP"])
    p = v.cperson(cc)
    rows = [f"Name: {p.m('full')}", f"Date of birth: {v.cdob(cc)}", f"Address: {v.caddr(cc)}"]
    ph = v.cphone(cc)
    if ph:
        rows.append(f"Telephone: {ph}")
    rows.append(f"E-mail: {v.email_for(p)}")
    ib = v.ciban(cc)
    if ib:
        rows.append(f"Bank: {ib}")
    mr = v.cmrn(cc)
    if mr:
        rows.append(f"Health insurance: {mr}")
    rows.append(f"Relationship to patient: {v.pick([p.child, p.sib, 'niece' if p.g == 'f' else 'nephew'])}, patient has {v.cond()}")
    return v.pick(["Overseas family contact form", "International payer form", "Family member abroad - details"]) + "\n" + "\n".join(rows)


def fm_school(v):
    kid, par = v.us_person(), v.us_person()
    return "\n".join(["Medication authorization (school nurse)",
                      f"Student: {kid.m('full')}  Born: {v.dob(year=v.r.randint(2009, 2020))}",
                      f"Medication: {{{{{v.pick(KID_DRUGS)}}}}}  Condition: {{{{{v.pick(KID_CONDS)}}}}}",
                      f"Parent/guardian: {par.m('full')}  Cell: {v.T()}",
                      f"Physician: Dr. {v.us_person().m('last')}  Phone: {v.T()}",
                      f"Home address: {v.L()}"])


# ============================================================ international
def in_family(v):
    cc = _country_with_phone(v)
    p = v.cperson(cc)
    q = _other(v, cc, p)
    news = v.pick([f"is home from hospital after the {v.cond()}", f"started the new {v.med()}", f"was admitted for {v.cond()}",
                   f"is doing better with the {v.med()}"])
    return (f"{v.pick(['Update from', 'News from', 'Message from'])} {v.ccity(cc)}: {v.rel()} {p.m('full')} {news}. "
            f"{v.pick(['Address', 'Send cards to', p.her.capitalize() + ' address'])}: {v.caddr(cc)}. "
            f"{q.m('first' if q.latin else 'full')} {v.pick(['is with them', 'can be reached at', 'has a phone'])} {v.cphone(cc)}"
            + (f". Photos: {v.url_for(q, 'social')}" if v.chance(0.35) else ""))


def in_payment(v):
    cc = v.pick([c for c in COUNTRIES if COUNTRIES[c][3]])
    p = v.cperson(cc)
    ph = v.cphone(cc)
    return (f"{v.pick(['For the transfer to', 'Please pay', 'Money for'])} {p.m('full')} ({v.pick(['the carer', 'the nurse', 'the landlord', 'the care home'])} in {v.ccity(cc)}) - "
            f"{v.ciban(cc)}. {v.pick(['Reference', 'Note'])}: {v.rel()} {v.month()}." + (f" {v.pick(['Questions', 'Call'])}: {ph}" if ph else ""))


def in_spanish(v):
    cc = v.pick(["MX", "ES", "CO", "MX"])
    p = v.cperson(cc)
    who, pron = v.pick([("Mi mamá", "ella"), ("Mi papá", "él"), ("Mi abuela", "ella"), ("Mi tío", "él")])
    return (f"Hola, les escribe {p.m('full')}. {who} toma {v.med()} para {v.pick(['la presión', 'el azúcar', 'el corazón'])}. "
            f"{v.pick(['Vivimos en', 'La dirección es', 'Nuevo domicilio:'])} {v.caddr(cc)}. Mi cel: {v.cphone(cc)}. "
            f"{v.pick(['Fecha de nacimiento de ' + pron + ':', 'Nació el', 'Su cumpleaños:'])} {v.cdob(cc)}")


def in_french_german(v):
    if v.chance(0.5):
        p = v.cperson("FR")
        return (f"Bonjour, c'est {p.m('full')}. {v.pick(['Maman', 'Papa', 'Mamie', 'Papi'])} prend toujours {v.pick(['le', 'son'])} {v.med()}. Nouvelle adresse : {v.caddr('FR')}. "
                f"Tél. {v.cphone('FR')}, mail {v.email_for(p)}. Pour l'hôpital : {v.cmrn('FR')}.")
    cc = v.pick(["DE", "DE", "AT", "CH"])
    p = v.cperson(cc)
    return (f"Hallo, hier ist {p.m('full')}. {v.pick(['Mutti', 'Vati', 'Oma', 'Opa'])} nimmt jetzt {v.med()}. Neue Adresse: {v.caddr(cc)}. "
            f"Tel. {v.cphone(cc)}. Überweisung bitte an {v.ciban(cc)}")


def in_nonlatin(v):
    cc = v.pick(["JP", "CN", "KR", "RU", "SA", "IN", "UA", "IL", "GR", "TH"])
    p = v.cperson(cc)
    q = _other(v, cc, p)
    kin = v.pick([p.sib, "friend", "cousin", "neighbor"])
    bits = [f"{v.rel()}'s {kin} {p.m('full')} {v.pick(['called from', 'wrote from', 'is visiting from'])} {v.ccity(cc)}",
            f"{p.she} asked about the {v.cond()}"]
    if COUNTRIES[cc][1]:
        bits.append(f"{p.her} address: {v.caddr(cc)}")
    bits.append(f"{v.pick(['phone', 'number', 'whatsapp'])} {v.cphone(cc)}")
    bits.append(f"{v.pick(['also', 'and'])} {q.m('full')} {v.pick(['says hello', 'sent flowers', 'will call'])}")
    return ". ".join(bits)


def in_uk_ca(v):
    cc = v.pick(["GB", "GB", "IE", "IN", "PH", "NG", "CA"])
    p = v.cperson(cc)
    ph = v.cphone(cc)
    contact = f"{v.pick(['Ring me on', 'My mobile:', 'Call'])} {ph}" if ph else f"Email me: {v.email_for(p)}"
    extra = v.cmrn(cc)
    who, her = v.pick([("Gran", "her"), ("Mum", "her"), ("Nan", "her"), ("Dad", "his"), ("Grandad", "his")])
    return (f"{v.pick(['Hiya', 'Hi all', 'Hello', 'Morning'])} - {p.m('first' if p.latin else 'full')} here. {who}'s {v.pick(['GP', 'consultant', 'district nurse'])} "
            f"{v.pick(['changed ' + her, 'stopped ' + her, 'put ' + ('her' if her == 'her' else 'him') + ' on'])} {v.med()}. Post for {('her' if her == 'her' else 'him')} goes to {v.caddr(cc)}. {contact}."
            + (f" {her.capitalize()} {extra} if the hospital asks." if extra else ""))


# ============================================================ clinician_note
def cn_soap(v):
    p, fam = v.us_person(), v.us_person()
    age = v.r.randint(19, 98)
    ssn = f", SSN {v.ssn()}" if v.chance(0.3) else ""
    sex = "M" if p.g == "m" else "F"
    return (f"S: {age}{v.pick(['', 'yo ', 'y/o '])}{sex} {p.m(v.pick(['full', 'lastfirst']))} ({v.pick(['MRN', 'MR#', 'Acct/MRN'])} {v.mrn()}, DOB {v.dob(year=YEAR - age - v.r.randint(0, 1))}{ssn}) c/o "
            f"{v.body()} pain x{v.r.randint(2, 14)}d. Hx {v.cond()}, {v.cond()}.\n"
            f"O: BP {v.r.randint(100, 190)}/{v.r.randint(55, 110)}, HR {v.r.randint(50, 130)}. {v.lab()} pending.\n"
            f"A/P: {v.pick(['Continue', 'Hold', 'Start', 'Increase'])} {v.drug()}. {v.pick([fam.child, fam.spouse, fam.sib]).capitalize()} {fam.m('first')} updated by phone {v.T()}.")


def cn_homevisit(v):
    p, fam = v.us_person(), v.us_person()
    return (f"{v.pick(['HH RN', 'SN', 'PT', 'OT', 'MSW'])} visit {v.r.randint(1, 12)}/{v.r.randint(1, 28)}. Pt {p.m('full')} seen at home, {v.L()}. "
            f"{v.pick(['Ambulating w/ walker.', 'Bedbound.', 'Up in chair.', 'A&O x2.'])} Med review: {v.med()}, {v.med()}. "
            f"Caregiver {fam.m('full')} ({v.pick(['dtr' if fam.g == 'f' else 'son', 'spouse', 'niece' if fam.g == 'f' else 'nephew'])}) {v.pick(['present', 'by phone', 'reports poor intake'])}; contact {v.T()}. Next visit {v.day()}.")


def cn_phone(v):
    p, caller = v.us_person(), v.us_person()
    return (f"Tel enc: {caller.m(v.pick(['full', 'first']))} ({v.pick([caller.child, caller.spouse, 'neighbor', 'POA'])}) called re: pt {p.m('lastfirst')}, "
            f"{v.pick(['DOB', 'dob', 'D.O.B.'])} {v.dob()}, {v.mrn_labelled()}. Reports {v.cond()} symptoms worse, asks about {v.med()}. "
            f"Advised {v.pick(['ED eval', 'f/u tomorrow', 'hold dose', 'urgent care'])}. Callback {v.T()}. Routed to Dr. {v.us_person().m('last')}.")


def cn_admin(v):
    p = v.us_person()
    return (f"Registration correction: pt {p.m('full')} had wrong SSN on file. Correct SSN {v.ssn()}, DOB {v.dob()}. "
            f"Address updated to {v.L()}. {v.pick(['Medicare', 'Medicaid'])} ID {v.mrn()} verified. {v.pick(['Pt aware.', 'Billing notified.', 'Scanned ID to chart.'])} "
            f"Active problems: {v.cond()}.")


def cn_intl_pt(v):
    cc, lang = v.pick([("MX", "Spanish"), ("BR", "Portuguese"), ("CN", "Mandarin"), ("KR", "Korean"), ("VN", "Vietnamese"),
                       ("RU", "Russian"), ("SA", "Arabic"), ("IN", "Hindi"), ("PL", "Polish"), ("TR", "Turkish"), ("JP", "Japanese")])
    p = v.cperson(cc)
    fam = v.us_person()
    return (f"Interpreter ({lang}) present. "
            f"Pt {p.m('full')}, visiting from abroad, DOB {v.cdob(cc)}. Home address: {v.caddr(cc)}. Local contact: {fam.m('full')} {v.T()}. "
            f"Presents with {v.cond()}; takes {v.med()} at home.")


# ============================================================ general_text
def gt_address_change(v):
    p = v.us_person()
    return (f"{v.pick(['Hi,', 'Hello -', 'To whom it may concern,', 'hey'])} please update the address for {p.m(v.pick(['full', 'initial', 'lastfirst']))}. "
            f"Old: {v.L()}. New: {v.L()}. {v.pick(['Phone stays the same', 'New phone', 'Best number'])}: {v.T()}. "
            f"{v.pick(['Thanks!', 'Thank you.', ''])} {v.pick(['', p.her.capitalize() + ' ' + v.med() + ' deliveries should go to the new one.'])}").strip()


def gt_moving_abroad(v):
    p = v.us_person()
    cc = v.pick(["MX", "GB", "IE", "PH", "IN", "DE", "IT", "ES", "CA", "BR"])
    return (f"{v.pick(['Heads up:', 'FYI', 'Update:'])} {p.m('first')} is moving back to {v.ccity(cc)} to live with family after the {v.cond()} diagnosis. "
            f"Please close the account for {p.m(v.pick(['full', 'lastfirst']))} at {v.L()} and send the final bill to {v.caddr(cc)}. "
            f"{v.pick(['New number there', 'Reach ' + ('her' if p.g == 'f' else 'him') + ' at', 'Phone abroad'])}: {v.cphone(cc) or v.email_for(p)}")


def gt_billing(v):
    p = v.us_person()
    return (f"{v.pick(['Question about a bill:', 'Billing question -', 'I think we were double charged.'])} Statement for {p.m('full')}, account [[A:{v.pick([v.digits(9), v.digits(3) + '-' + v.digits(6), 'PT' + v.digits(8)])}]], "
            f"{v.pick(['service date', 'visit on'])} {v.month()} {v.r.randint(1, 28)}. I paid with {v.card_labelled()} {v.pick(['already', 'on the portal', 'over the phone'])}. "
            f"Please call me at {v.T()} or email {v.email_for(p)}.")


def gt_social(v):
    p = v.us_person()
    return (f"{v.pick(['Please share!', 'Thank you all for the support.', 'Update for friends and family:'])} {p.m('full')} {v.pick(['is recovering from', 'is fighting', 'was diagnosed with'])} {v.cond()}. "
            f"{v.pick(['Updates at', 'Meal sign-up:', 'Fundraiser:', 'Follow along:'])} {v.url_for(p, 'care')} {v.pick(['', 'and ' + v.url_for(p, 'social')])}".strip())


def gt_neighbor(v):
    p, q = v.us_person(), v.us_person()
    return (f"{v.pick(['Found a wallet', 'A package was left', 'Your mail came to us'])} {v.pick(['near', 'at', 'outside'])} {v.L(v.pick(['line', 'line_unit', 'no_comma']))} - "
            f"name on it is {p.m(v.pick(['full', 'caps', 'initial']))}. {v.pick(['It has a', 'Looks like a'])} {v.org()} {v.pick(['card', 'letter', 'pill bottle'])}. "
            f"Call {q.m('first')} at {v.T()}")


def gt_tax(v):
    q = v.us_person()
    return (f"For the accountant ({q.m('full')}, {v.email_for(q)}): {v.rel()}'s SSN {v.ssn()}, "
            f"{v.pick(['spouse', 'dependent', 'my'])} SSN {v.ssn()}. Medical expenses include the {v.med()} and {v.cond()} visits. "
            f"Refund to routing [[A:{v.routing()}]] acct [[A:{v.bank_acct()}]].")


def gt_event(v):
    p = v.us_person()
    ev = "{{" + v.pick(["Morning Walk Group", "Memory Cafe", "Caregiver Support Circle", "Healthy Hearts Class",
                        "Tai Chi for Balance", "Grief Share", "Chair Yoga"]) + "}}"
    return (f"{ev} meets {v.day()} at {v.pick(['10', '1:30', '6pm'])} at {v.L(v.pick(['line', 'line_unit']))}. "
            f"RSVP to {p.m('full')}, {v.T()} or {v.pick([v.email_for(p), v.url_for(p, 'social')])}. {v.will()} {v.pick(['have coffee', 'be outside if nice', 'need volunteers'])}.")


def gt_memorial(v):
    p, q = v.us_person(), v.us_person()
    return (f"{v.pick(['With heavy hearts', 'Sadly', 'We wanted you to hear it from us:'])} {p.m('full')} passed {v.pick(['peacefully', 'at home', 'this morning'])} after a long fight with {v.cond()}. "
            f"Service details and guestbook: {v.url_for(p, v.pick(['care', 'blog']))}. {v.pick(['In lieu of flowers, donations to', 'Donations welcome at'])} {v.url_for(p, 'care')}. "
            f"Cards can go to {q.m('full')}, {v.L(v.pick(['line', 'line_unit', 'pobox']))}.")


def gt_intl_money(v):
    cc = v.pick([c for c in COUNTRIES if COUNTRIES[c][3]])
    p = v.cperson(cc)
    me = v.us_person()
    return (f"{v.pick(['My bank', 'The credit union', 'Wise'])} needs the details for sending money to {p.m('full')} in {v.ccity(cc)} for {v.rel()}'s {v.cond()} care: "
            f"{v.ciban(cc)}. {v.pick(['My side:', 'From:'])} {me.m('full')}, checking [[A:{v.bank_acct()}]], routing [[A:{v.routing()}]].")


# ============================================================ forwarded
def fw_email(v):
    a, b = v.us_person(), v.us_person()
    if v.chance(0.4):
        a = v.cperson(v.country())
    return (f"---------- Forwarded message ---------\nFrom: {a.m('full')} <{v.email_for(a)}>\n"
            f"Date: {v.day()}, {v.month()} {v.r.randint(1, 28)}\nSubject: {v.pick(['Re: ', 'Fwd: ', ''])}{v.pick(['mom', 'dad', 'appointment', 'meds', 'insurance', 'update'])}\n"
            f"To: {b.m('full')} <{v.email_for(b)}>\n\n{b.m('first')}, {v.pick(['the pharmacy says', 'Dr. ' + v.us_person().m('last') + ' said', 'the nurse told me'])} "
            f"the {v.med()} {v.pick(['is on backorder', 'dose changed', 'needs prior auth', 'can be picked up'])}. {v.pick(['Call them at', 'Number is', 'Their line:'])} {v.T()}.")


def fw_text(v):
    a = v.us_person()
    quote = v.pick([f"This is {a.m('full')} from {v.org()}, calling about {v.rel()}'s {v.med()}. Please call back at {v.T()}.",
                    f"Hi, {a.m('first')} here, the {v.pick(['wheelchair', 'oxygen', 'hospital bed'])} will be delivered to {v.L()} {v.day()}.",
                    f"Reminder: {a.m('full')} has an appointment for {v.cond()} follow-up. {v.pick(['DOB', 'Patient DOB'])} {v.dob()}. Reply Y to confirm."])
    return f"{v.pick(['Fwd from', 'Forwarding this from', 'FW: text from', 'see below from'])} {v.pick(['mom', 'dad', 'grandma', 'the agency'])}'s phone:\n> {quote}"


def fw_chain(v):
    a, b = v.us_person(), v.us_person()
    cc = v.country()
    c = v.cperson(cc)
    return (f"> On {v.month()} {v.r.randint(1, 28)}, {a.m('full')} <{v.email_for(a)}> wrote:\n"
            f"> {v.pick(['Forwarding to', 'Adding'])} {c.m('full')} in {v.ccity(cc)} ({v.email_for(c)}) so {c.she} gets updates about the {v.cond()}.\n"
            f">> {b.m('first')} wrote:\n>> {v.pick(['Surgery went well.', 'She is home.', 'Scan was clear.'])} {v.will()} post more {v.day()} on {v.url_for(b, 'care')}\n\n"
            f"{v.pick(['see above', 'FYI', 'read this'])}")


def fw_records(v):
    p = v.us_person()
    return (f"FW: records request\n\n-----Original Message-----\nFrom: {v.work_email(v.us_person())}\n"
            f"Re: {p.m(v.pick(['caps', 'lastfirst', 'full']))}, DOB {v.dob()}, {v.mrn_labelled()}\n"
            f"Records were {v.pick(['faxed', 'mailed', 'uploaded'])} to {v.pick([v.T(), v.L()])}. Includes {v.cond()} notes and {v.lab()} results.")


# ============================================================ casual (used by lower_case / all_caps / typos)
def cs_ride(v):
    p, q = v.us_person(), v.us_person()
    return (f"{v.pick(['can someone', 'who can', 'need someone to'])} drive {v.rel()} to {v.pick(['the clinic', 'dialysis', 'the eye doctor', 'physical therapy'])} {v.day()}? "
            f"{p.m(v.pick(['first', 'full']))} {v.pick(['cant', 'is working', 'has the kids'])}. {v.pick(['pickup', 'address'])} is {v.L()}. "
            f"{v.pick(['text', 'call'])} {q.m('first')} {v.T()}")


def cs_pharmacy(v):
    p = v.us_person()
    ph = "{{" + v.pick(["Walgreens", "CVS", "Rite Aid", "Costco pharmacy", "Walmart pharmacy", "Kroger"]) + "}}"
    tail = v.pick(["", f", ssn {v.ssn()} if they ask", f", and they want the {v.pick(['insurance', 'member'])} id {v.mrn()}"])
    return (f"{v.pick(['the pharmacy', ph])} {v.pick(['says', 'said'])} {v.rel()}'s {v.med()} {v.pick(['is ready', 'needs a new script', 'is out of stock'])}, "
            f"its under {p.m(v.pick(['full', 'lastfirst']))} {v.pick(['dob', 'birthday', 'born'])} {v.dob()}{tail}")


def cs_newnumber(v):
    p = v.us_person()
    extra = v.pick(["", f" and {p.she} made a page for updates {v.url_for(p, 'care')}", ""])
    return (f"{p.m(v.pick(['first', 'full']))} {v.pick(['has a new number', 'changed phones', 'lost ' + p.her + ' phone, new #'])}: {v.T()}. "
            f"{v.pick(['also new email', 'email is', 'and ' + p.her + ' email'])} {v.email_for(p)}. {p.she} {v.pick(['is handling', 'will call about'])} the {v.cond()} appointments{extra}")


def cs_visit(v):
    p, q = v.us_person(), v.us_person()
    return (f"{v.pick(['visiting', 'going to see', 'stopping by'])} {v.rel()} at {v.pick([v.L('line_unit'), v.us_place(), v.L()])} {v.day()}, "
            f"{p.m('first')} and {q.m('first')} {v.pick(['are coming too', 'might come', 'cant make it'])}. {v.pick(['bring', 'dont forget'])} the {v.med()}")


def cs_intl(v):
    cc = _country_with_phone(v)
    p = v.cperson(cc)
    kin = v.pick(["tia", "tante", "auntie", "zia"]) if p.g == "f" else v.pick(["tio", "onkel", "uncle", "zio"])
    return (f"{v.pick(['tell', 'reminder:', 'pls call'])} {kin} {p.m('first' if p.latin else 'full')} in {v.ccity(cc)} "
            f"{v.pick(['about', 're'])} {v.rel()}'s {v.cond()}, {v.pick([p.her + ' number', 'number', 'whatsapp'])} {v.cphone(cc)}")


def cs_money(v):
    p = v.us_person()
    return (f"{v.pick(['i paid', 'paid', 'just paid'])} the {v.pick(['pharmacy', 'ambulance', 'home care', 'dentist'])} bill with {v.card_labelled()}, "
            f"{p.m('first')} {v.pick(['pls', 'can you'])} {v.pick(['venmo me half', 'pay me back'])}. {v.rel()}'s {v.med()} was ${v.r.randint(12, 480)}")


# typos-specific (filler deliberately misspelled)
def ty_one(v):
    p = v.us_person()
    return (f"{v.pick(['cant find', 'where is', 'who has'])} {v.rel()}s {v.pick(['perscription', 'presciption', 'medecine'])} for the {v.med()}?? "
            f"{v.pick(['the pharmacey', 'the pharamcy'])} said {v.pick(['its under', 'they have it for'])} {p.m(v.pick(['full', 'lower']))} "
            f"{v.pick(['dob', 'birthdate', 'bday'])} {v.dob()} {v.pick(['pls call', 'call them'])} {v.T()}")


def ty_two(v):
    p, q = v.us_person(), v.us_person()
    return (f"{v.pick(['sory', 'sorry'])} {v.pick(['im late', 'i forgot', 'didnt see this'])}, {v.pick(['the apointment', 'the appt', 'the apptment'])} "
            f"is at {v.L(v.pick(['line', 'line_unit', 'no_comma']))} {v.pick(['tommorow', 'tomorow', 'tmrw'])}. {p.m('first')} {v.pick(['will take', 'is takeing'])} {v.rel()}, "
            f"{q.m('first')} {v.pick(['has the', 'got the'])} {v.med()}. {v.pick(['my new numbr', 'call me', 'text me'])} {v.T()}")


def ty_three(v):
    p = v.us_person()
    return (f"{v.pick(['recieved', 'recevied'])} a letter for {p.m(v.pick(['full', 'caps']))} from {v.insurer()} saying {v.pick(['there', 'thier'])} {v.pick(['ID', 'member #'])} "
            f"{v.mrn()} is {v.pick(['expird', 'canceled', 'changeing'])}. {v.pick(['definately', 'definitly'])} need to call about the {v.cond()} coverage")


def ty_four(v):
    p = v.us_person()
    who, her = v.pick([("Moms", "her"), ("Dads", "his"), ("Grandmas", "her"), ("Grandpas", "his")])
    return (f"{v.pick(['the disability office', 'social securty', 'the lawyer'])} {v.pick(['needs', 'wants'])} {{{{{who[:-1]}}}}}s {v.pick(['socail', 'social', 'ss#'])} {v.ssn()} "
            f"and {her} {v.pick(['medicare numbr', 'medicare #'])} [[M:{v.mbi()}]] {v.pick(['befor', 'by'])} {v.day()}. {p.m('first')} {v.pick(['do u have', 'can u find'])} "
            f"the {v.cond()} {v.pick(['papers', 'paperwork', 'records'])}??")


STYLE_TEMPLATES = {
    "speaker_label": [sp_family, sp_clinic, sp_intl, sp_caregivers],
    "list": [li_contacts, li_meds, li_schedule, li_addresses, li_accounts, li_appointments, li_online],
    "run_on": [ro_story, ro_insurance, ro_hospital, ro_intl, ro_money],
    "signature": [sg_update, sg_intl, sg_short, sg_intl],
    "form": [fm_intake, fm_billing, fm_deposit, fm_intl, fm_school],
    "international": [in_family, in_payment, in_spanish, in_french_german, in_nonlatin, in_uk_ca],
    "clinician_note": [cn_soap, cn_homevisit, cn_phone, cn_admin, cn_intl_pt],
    "general_text": [gt_address_change, gt_moving_abroad, gt_billing, gt_social, gt_neighbor, gt_tax, gt_event, gt_memorial, gt_intl_money],
    "forwarded": [fw_email, fw_text, fw_chain, fw_records],
    "typos": [ty_one, ty_two, ty_three, ty_four],
    "lower_case": [cs_ride, cs_pharmacy, cs_newnumber, cs_visit, cs_intl, cs_money, sp_family, ro_story],
    "all_caps": [cs_ride, cs_pharmacy, cs_newnumber, cs_visit, cs_intl, cs_money, sp_caregivers, li_contacts],
}
CASE_STYLES = {"lower_case": str.lower, "all_caps": str.upper}
