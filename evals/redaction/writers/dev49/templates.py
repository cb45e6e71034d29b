"""Templates for dev49 (written for this file). Each returns (style, marked_text, name_focus).
Marked text uses the same inline markup as hand/*.txt: [[value|TYPE|U or I]] and {{keep}}."""
import re
from pools import *

def mk(code):
    def f(t, r="US"):
        return f"[[{t}|{code}|{'U' if r == 'US' else 'I'}]]"
    return f
P, L, PH, E, URL, SSN, MRN, DOB, ACC = (mk(c) for c in ["P", "L", "PH", "E", "U", "S", "M", "D", "A"])
I = "INTL"

C_WILL = ["We'll", "I'll", "She'll", "He'll"]
C_TAKE = ["We'll", "I'll", "She'll", "He'll"]
C_REMIND = ["Let's", "I'll", "We'll"]
C_MEET = ["We'll", "Let's", "They'll"]
C_KNOW = ["Don't", "Y'all"]

def K(t):
    return "{{" + t + "}}"

TOKEN = re.compile(r"(\[\[.+?\|(?:PH|P|L|E|U|S|M|D|A)\|[UI]\]\]|\{\{.+?\}\})", re.S)

def recase(marked, fn):
    out = []
    for part in TOKEN.split(marked):
        if part.startswith("[[") and part.endswith("]]"):
            body, code, reg = part[2:-2].rsplit("|", 2)
            out.append(f"[[{fn(body)}|{code}|{reg}]]")
        elif part.startswith("{{") and part.endswith("}}"):
            out.append("{{" + fn(part[2:-2]) + "}}")
        else:
            out.append(fn(part))
    return "".join(out)

def typoify(marked, rate=0.12):
    """Typos in the plain words only (identifiers and keep words stay as typed)."""
    def mess(seg):
        words = seg.split(" ")
        for i, w in enumerate(words):
            if len(w) > 3 and w.isalpha() and chance(rate):
                j = RNG.randint(1, len(w) - 2)
                k = RNG.random()
                if k < 0.4:
                    w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                elif k < 0.7:
                    w = w[:j] + w[j + 1:]
                else:
                    w = w[:j] + w[j] + w[j:]
                words[i] = w
        return " ".join(words)
    out = []
    for part in TOKEN.split(marked):
        out.append(part if part.startswith(("[[", "{{")) else mess(part))
    return "".join(out)

def drug():
    return K(pick(DRUGS))

def cond():
    return K(pick(CONDITIONS))

def full_us():
    return f"{diverse_first()} {diverse_last()}"

def name_list(names):
    if len(names) == 1:
        return names[0]
    sep = pick([", ", ", ", " / ", " + "])
    last = pick([" and ", " & ", ", and ", " n "])
    return sep.join(names[:-1]) + last + names[-1]

def wd():
    return K(pick(WEEKDAYS))

# ============================================================ name-focused templates
def t_speaker_family():
    a, b, c = diverse_first(), diverse_first(), diverse_first()
    rel = pick(REL_LABELS)
    ph = us_phone()
    lines = [f"{rel} {P(a)}: {pick(['has anyone heard from', 'did anyone talk to', 'did anyone call', 'anybody reach'])} {P(c)} about {K(pick(RELATIONS))}'s {pick(['refill', 'ride', 'appointment', 'paperwork'])}?",
             f"{P(b)}: {pick(['not yet', 'no', 'i tried, no answer', 'yeah this morning'])}. {P(c)}'s cell is {PH(ph)}",
             f"{rel} {P(a)}: ok. also the {drug()} {pick(['is almost out', 'ran out', 'bottle says 2 refills left'])}",
             f"{P(b)}: {pick(['ill grab it', 'on it', 'I can go after work', 'my turn anyway'])}"]
    return "speaker_label", "\n".join(lines), True

def t_speaker_caps_label():
    a, b = diverse_first().upper(), diverse_first()
    return "speaker_label", (f"{P(a)}: {pick(['WHO HAS THE KEYS TO', 'CAN SOMEONE CHECK ON', 'DID ANYONE FEED'])} {K(pick(['MOM', 'DAD', 'GRANDMA', 'PAPA']))}\n"
                             f"{P(b)}: me. {pick(['she', 'he'])} {pick(['took the', 'refused the', 'spit out the'])} {drug()} {pick(['again', 'tho', 'at 9'])}\n"
                             f"{P(a)}: {pick(['OK THANKS', 'UGH', 'CALL ME LATER'])} {PH(us_phone())}"), True

def t_name_list_visitors():
    names = [full_us() if chance(0.4) else diverse_first() for _ in range(RNG.randint(3, 5))]
    pt = f"{diverse_first()} {diverse_last()}"
    intro = pick([f"Approved {K('ICU')} visitors for {P(pt)}", f"Who can pick up {P(pt)} after the {K(pick(PROCS))}",
                  f"People allowed to get info about {P(pt)}", f"Names on {P(pt)}'s {K('HIPAA')} form"])
    return "list", f"{intro}: " + name_list([P(n) for n in names]) + f". {pick(['Nobody else please.', 'Thanks!', 'ID required.', ''])}".rstrip(), True

def t_name_list_lines():
    rows = [pick([f"({K(pick(RELATIONS))} is on {drug()} - tell the EMTs)", f"{K('Poison Control')} {K('1-800-222-1222')}", f"{cond()} - {drug()}"])]
    for _ in range(RNG.randint(3, 5)):
        n = pick([full_us(), diverse_first(), f"{diverse_first()} {pick(WORD_SURNAMES)}"])
        rows.append(f"{pick(['- ', '* ', '', '• '])}{P(n)} {pick(['', '(' + pick(REL_LABELS).lower() + ') '])}{PH(us_phone())}")
    head = pick(["Phone tree if something happens to Dad:", "CONTACTS", "call list for the {{hospice}} nurse:",
                 "Who to call (in order):", "emergency numbers - fridge copy"])
    rows = rows[1:] + rows[:1]
    return "list", head + "\n" + "\n".join(rows), True

def t_lower_names():
    a, b = diverse_first().lower(), diverse_first().lower()
    s = pick([f"tell {P(a)} and {P(b)} the {drug()} is ready at {K(pick(['walgreens', 'cvs', 'rite aid', 'the kroger']))}",
              f"{P(a)} said {P(b)} has to sign the {K(pick(['medicaid', 'medicare']))} form by friday, pls remind {P(b)}",
              f"omg {P(a)} just told me {P(b)} is in the er with {cond().lower()}?? anybody know more",
              f"can {P(a)} drive {pick(['mom', 'dad', 'grandpa'])} to the {K(pick(PROCS))} thing, {P(b)} has work",
              f"{P(a)} is staying w {P(b)} until the {K(pick(['cast', 'stitches', 'drain']))} comes off"])
    return "lower_case", recase(s, str.lower), True

def t_lower_fullname_addr():
    n = f"{diverse_first()} {diverse_last()}"
    addr = us_address(shape=pick(["comma", "nocomma"]))
    pr = pick(["she", "he"])
    s = f"{pick(['pls send', 'can u mail', 'mail'])} the {pick([drug(), K('walker'), K('glucose strips'), K('cane'), K('inhaler')])} to {P(n)} at {L(addr)}. {pr}s not picking up {PH(us_phone())}"
    return "lower_case", recase(s, str.lower), True

def t_caps_names():
    a = full_us()
    b = diverse_first()
    s = (f"{P(a)} IS {pick(['ALLERGIC TO', 'NOT SUPPOSED TO HAVE', 'REACTING TO'])} {drug()}. {pick(['TELL', 'REMIND', 'CALL'])} "
         f"{P(b)} {pick(['BEFORE THE SURGERY', 'AT THE FRONT DESK', 'AND THE NIGHT NURSE', 'RIGHT NOW'])}. {PH(us_phone())}")
    return "all_caps", recase(s, str.upper), True

def t_word_surnames():
    s1, s2 = pick(WORD_SURNAMES), pick(WORD_SURNAMES)
    while s2 == s1:
        s2 = pick(WORD_SURNAMES)
    t1, t2 = pick(["Mrs.", "Mr.", "Ms.", "Dr.", "Nurse"]), pick(["Dr.", "Mr.", "Miss", "Coach"])
    s = pick([f"{t1} {P(s1)} from billing called back, {pick(['she', 'he'])} says {t2} {P(s2)} never sent the referral for the {K(pick(PROCS))}.",
              f"{P(s1)} and {P(s2)} are {pick(['the two night aides', 'both on the care team', 'our neighbors'])}. {P(s1)} is the one who knows about the {drug()}.",
              f"Ask for {P(s1)} at the {K(pick(['cardiology', 'dialysis', 'oncology', 'wound care']))} front desk, not {P(s2)}. {P(s2)} {pick(['gave us the wrong time', 'never calls back', 'is only there on ' + K('Mondays')])}.",
              f"{t1} {P(s1)} {pick(['lives', 'is'])} {pick(['across the hall', 'upstairs', 'next door'])} and has a key in case {K(pick(RELATIONS))} needs the {drug()}. Number: {PH(us_phone())}."])
    return "general_text", s, True

def t_word_given():
    g1, g2 = pick(WORD_GIVEN), pick(WORD_GIVEN)
    while g2 == g1:
        g2 = pick(WORD_GIVEN)
    ln = us_last()
    s = pick([f"{P(g1)} {P(ln)} and {pick(['her', 'his'])} partner {P(g2)} brought {K(pick(RELATIONS))} soup. {pick(['So sweet.', 'We owe them.', ''])}",
              f"It was {P(g1)} who set up the {drug()} in the pill box, not {P(g2)}.",
              f"{P(g1)}, can you ask {P(g2)} if the {K(pick(PROCS))} is still on for {wd()}?",
              f"thanks to {P(g1)} and {P(g2 + ' ' + ln)} for sitting with {K(pick(RELATIONS))} during the {K(pick(PROCS))}"])
    return "general_text", s, True

def t_signature_us():
    fn, ln = diverse_first(), diverse_last()
    n = f"{fn} {ln}"
    close = pick(["Thanks,", "Best,", "Warmly,", "Thank you,", "Regards,", "Sincerely,", "- ", "Cheers,", "Many thanks,"])
    body = pick([f"Just confirming {K(pick(RELATIONS))}'s {K(pick(PROCS))} on {wd()}. {K(pick(C_WILL))} be there by 8.",
                 f"Attached is the list of {K(pick(RELATIONS))}'s meds ({drug()}, {drug()}) for the new doctor.",
                 f"Following up on the {K(pick(ORGS))} appeal for {K(pick(RELATIONS))}. Please call me when you can.",
                 f"Could you resend the {K(pick(LABS))} results? The portal won't open them."])
    role = pick(["", "", f"\n{pick(['Caregiver', 'Daughter & POA', 'Son', 'Care coordinator', 'RN, Home Health', 'Health Care Proxy'])}"])
    lines = [body, "", close, P(n) + role, PH(us_phone())]
    if chance(0.6):
        lines.append(E(email_for(fn, ln)))
    if chance(0.35):
        lines.append(L(us_address(shape="multiline")))
    if chance(0.35):
        lines.append(URL(personal_url(fn, ln)))
    return "signature", "\n".join(lines), True

def t_signature_short():
    fn = diverse_first()
    s = f"{pick(['ok see u then', 'thank u!!', 'will do', 'love you all'])}\n{pick(['-', '~', 'xo', 'xoxo', '--'])} {P(fn)}" + (f"\n{PH(us_phone())}" if chance(0.5) else "")
    s = f"{K(pick(RELATIONS))} {pick(['did fine', 'is tired', 'ate a little'])} after the {K(pick(PROCS))}. " + s
    return "signature", s, True

def t_nickname():
    fn, ln, nick = diverse_first(), diverse_last(), pick(NICKS)
    s = pick([f'Patient {P(fn + " " + ln)} goes by "{P(nick)}". {P(nick)} {pick(["does not like", "will refuse", "gets agitated by"])} the {drug()} if it is crushed.',
              f'{P(fn)} ({P(nick)} to everyone) is doing better on the {drug()}. {P(nick)} says hi!',
              f'ask {P(nick)} - that\'s {P(fn + " " + ln)}, the {pick(["grandson", "neighbor", "aide", "nephew"])} - about the {K(pick(PROCS))} ride'])
    return "general_text", s, True

def t_relation_name():
    fn = diverse_first()
    rel = pick(["Grandpa", "Grandma", "Aunt", "Uncle", "Cousin", "Nana", "Tio", "Tia", "Auntie", "Papa"])
    s = pick([f"{rel} {P(fn)} {pick(['missed the', 'forgot the', 'double-dosed the'])} {pick(['', 'morning ', 'evening '])}{drug()}. {pick(['Ugh.', 'Going over now.', 'Who is closest?'])}",
              f"my {rel.lower()} {P(fn)}'s {cond()} is getting worse. {pick(['any tips?', 'scared tbh', 'appt is next week'])}",
              f"{rel} {P(fn)}: i took the pills\nMe: which ones\n{rel} {P(fn)}: the {drug()} and the pink one"])
    style = "speaker_label" if "\nMe:" in s else "general_text"
    return style, s, True

def t_name_end():
    fn = diverse_first()
    s = pick([f"{K(pick(C_TAKE))} take {K(pick(RELATIONS)).lower()} to the {K(pick(PROCS))} {pick(['tomorrow', 'on ' + pick(WEEKDAYS), 'this week'])}. thanks {P(fn)}!",
              f"The {drug()} was left at the front desk for {P(fn)}",
              f"refill ready! pick up by {wd()}, ask for {P(fn + ' ' + diverse_last())}",
              f"Good news from the {K(pick(LABS))}: all normal. Love, {P(fn)}"])
    return "general_text", s, True

def t_names_near_addr_phone():
    n = full_us()
    addr = us_address()
    ph = us_phone()
    s = pick([f"{P(n)}\n{L(addr)}\n{PH(ph)}",
              f"{P(n)}, {L(addr)}, {PH(ph)}",
              f"{P(n)} - {PH(ph)} - {L(addr)}"])
    s = pick(["Send the {{wheelchair}} to:\n", "Ship the {{oxygen}} to: ", "New contact for {{Mom}}'s aide:\n", "{{Hospice}} POA info - ", "{{CPAP}} supplies go to "]) + s
    return "general_text", s, True

def t_forwarded():
    fn, ln = diverse_first(), diverse_last()
    fn2 = diverse_first()
    s = (f"{pick(['---------- Forwarded message ---------', 'Begin forwarded message:', 'FW:', '-----Original Message-----'])}\n"
         f"From: {P(fn + ' ' + ln)} <{E(email_for(fn, ln))}>\n"
         f"To: {P(fn2)}\n"
         f"Subject: {pick(['Re: ', 'Fwd: ', ''])}{pick(['Mom update', 'rides', 'pharmacy', 'the appointment'])}\n\n"
         f"{P(fn2)}, {pick(['the', 'so the'])} {drug()} {pick(['got denied by', 'needs a prior auth from', 'is covered by'])} {K(pick(ORGS))}. "
         f"{pick(['Call me', 'Text me', 'Ring me'])} at {PH(us_phone())}.")
    if chance(0.45):
        s += f"\n{pick(['Updates are on', 'I posted the schedule at', 'Sign-up sheet:'])} {URL(personal_url(fn, ln))}"
    return "forwarded", s, True

def t_nonlatin_names():
    loc = pick(NONLATIN)
    n1, n2 = intl_name(loc), intl_name(loc)
    rom = diverse_first()
    who, pos = pick([("grandmother", "her"), ("father", "his"), ("mother-in-law", "her"), ("uncle", "his"), ("grandfather", "his")])
    s = pick([f"{P(rom)} here. My {who}'s name on {pos} passport is {P(n1, I)}, please use that for the {K(pick(PROCS))}. {pos.capitalize()} sister {P(n2, I)} will come too.",
              f"Interpreter needed for {P(n1, I)} ({cond()}). Family contact: {P(n2, I)} {PH(intl_phone(PHONE_FOR[loc])[1], I)}",
              f"{P(n1, I)}: {drug()} ok\n{P(n2, I)}: 👍"])
    style = "speaker_label" if "\n" in s else "international"
    return style, s, True

def t_clinician_names():
    fn, ln = diverse_first(), diverse_last()
    lab, val = mrn()
    fam = diverse_first()
    ss = f"  SSN {SSN(ssn())}" if chance(0.4) else ""
    s = (f"Pt: {P(ln.upper() + ', ' + fn.upper())}  {lab} {MRN(val)}  DOB {DOB(dob())}{ss}\n"
         f"{pick(['Seen with', 'Accompanied by', 'Hx per'])} {pick(['daughter', 'son', 'spouse', 'partner', 'grandchild', 'friend'])} {P(fam)}. "
         f"{cond()} {pick(['stable', 'worsening', 'improved'])}. {pick(['Cont', 'Start', 'Hold', 'Increase'])} {drug()}. "
         f"{P(fam)} {pick(['to call', 'can be reached'])} at {PH(us_phone())}.")
    return "clinician_note", s, True

# ============================================================ other templates
def t_address_change():
    n = full_us()
    old, new = us_address(), us_address()
    s = pick([f"Please update {P(n)}'s address for the {K(pick(['Medicare', 'Medicaid', 'pharmacy', 'hospice']))} paperwork. Old: {L(old)}. New: {L(new)}. {pick(['Effective immediately.', 'Moved last month.', ''])}",
              f"address change for the {K(pick(ORGS))} letters - we moved from {L(old)} to {L(new)}",
              f"Hi! This is {P(n)}. I moved. My new address is {L(new)} and my phone is still {PH(us_phone())}. Please tell {K(pick(['Dr. Patel', 'the pharmacy', 'the home health nurse']))} about my {drug()}."])
    return "general_text", s.strip(), False

PHONE_FOR = {"ja_JP": "JP", "zh_CN": "CN", "ko_KR": "KR", "ru_RU": "RU", "ar_SA": "SA", "hi_IN": "IN",
             "el_GR": "GR", "he_IL": "IL", "th_TH": "TH"}

def t_billing_card():
    fn, ln = diverse_first(), diverse_last()
    brand, num = card()
    label = pick([brand, "card", "cc", "credit card", f"{brand} card", "card #", "debit card", "CC#"])
    s = pick([f"Can you charge the {K(pick(PROCS))} copay to my {label} {ACC(num)}? Name on card {P(fn + ' ' + ln)}. Billing zip {L(us_zip(False))}.",
              f"billing - i was charged twice for {K(pick(PROCS))}. {label} {ACC(num)}. pls refund. {P(fn)}",
              f"{label}: {ACC(num)} exp {RNG.randint(1, 12):02d}/{RNG.randint(26, 31)} - {P(fn + ' ' + ln)} (for {K(pick(RELATIONS))}'s {drug()})"])
    return "general_text", s, False

def t_bank():
    n = full_us()
    r, a = routing(), bank_account()
    s = pick([f"Direct deposit for the {K(pick(['home health', 'dementia care', 'hospice']))} aide {P(n)}: routing {ACC(r)}, account {ACC(a)}.",
              f"For the {K(pick(ORGS))} refund - ABA {ACC(r)} / acct # {ACC(a)} ({P(n)}, checking)",
              f"Bank info on the {K(pick(['HSA', 'FSA', 'autopay']))} form: Routing No. {ACC(r)} Account No. {ACC(a)}. Account holder: {P(n)}",
              f"Paying the {K(pick(['home health', 'respite', 'night']))} aide {P(n)} directly now. For the 1099: SSN {SSN(ssn())}, routing {ACC(r)}, checking {ACC(a)}."])
    return "form" if "form" in s else "general_text", s, False

def t_iban():
    cc, ib = iban()
    loc = {"DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "GB": "en_GB", "PL": "pl_PL",
           "PT": "pt_BR", "BE": "fr_FR", "CH": "de_DE", "AT": "de_DE", "TR": "tr_TR", "SA": "ar_SA", "IE": "en_GB",
           "BR": "pt_BR"}[cc]
    n = intl_name(loc)
    label = pick(["IBAN", "IBAN:", "iban", "Iban", "", "IBAN no."])
    s = pick([f"Please wire {K(pick(RELATIONS))}'s share of the {K(pick(['care home', 'nursing', 'physio', 'rehab']))} bill to {P(n, I)}, {label} {ACC(ib, I)}",
              f"refund for the {K(pick(['MRI', 'physio', 'ambulance', 'dental implant']))} to {label} {ACC(ib, I)} pls (holder {P(n, I)})",
              f"{label} {ACC(ib, I)}\nBeneficiary: {P(n, I)}\nRef: {drug()} {pick(['reimbursement', 'invoice 2291', 'for Oma'])}"])
    return "international", re.sub(r"  +", " ", s), False

def t_form():
    fn, ln = diverse_first(), diverse_last()
    lab, val = mrn()
    lines = [pick(["NEW PATIENT FORM", "Intake form", "PATIENT INFORMATION", "Registration - please print"]),
             f"Name: {P(fn + ' ' + ln)}" if chance(0.5) else f"Last: {P(ln)}  First: {P(fn)}",
             f"{pick(['DOB', 'Date of Birth', 'Birthdate', 'D.O.B.'])}: {DOB(dob())}",
             f"{pick(['SSN', 'Social Security #', 'SS#'])}: {SSN(ssn())}",
             f"Address: {L(us_address(shape=pick(['comma', 'partial'])))}",
             f"{pick(['Phone', 'Cell', 'Best #'])}: {PH(us_phone())}",
             f"{pick(['Insurance', 'Plan'])}: {K(pick(['Medicare', 'Medicaid', 'Aetna', 'Humana', 'Blue Cross', 'Cigna', 'Kaiser']))} {lab} {MRN(val)}".replace("  ", " "),
             f"Current meds: {drug()}, {drug()}",
             f"Emergency contact: {P(diverse_first() + ' ' + ln)} {PH(us_phone())}"]
    if chance(0.4):
        lines.insert(6, f"Email: {E(email_for(fn, ln))}")
    return "form", "\n".join(lines), False

def t_military():
    n = full_us()
    rank = pick(["SSG", "Sgt.", "SPC", "Lt.", "PO2", "Capt.", "A1C", "SrA", "MSgt", "Cpl."])
    s = pick([f"My {pick(['son', 'daughter', 'husband', 'wife'])} {rank} {P(n)} is deployed, please send the {K(pick(ORGS))} letters to {L(military())}",
              f"Mailing address for {rank} {P(n)}: {L(military())}. {pick(['He', 'She'])} needs the {drug()} refill shipped there.",
              f"APO address for {K(pick(RELATIONS))}'s care package: {L(military())} ({P(n)})"])
    return "general_text", s, False

def t_pobox_rural():
    n = full_us()
    s = pick([f"Mail for {P(n)} ({drug()} refills, {K('Medicare')} letters) goes to {L(po_box())}, not the house.",
              f"{P(n)}\n{L(po_box())}\n{PH(us_phone())}\n(please use this for the {K(pick(ORGS))} forms)",
              f"we are out past the county line, address is {L(po_box())}. the {drug()} delivery keeps coming back"])
    return "general_text", s, False

def t_url():
    fn, ln = diverse_first(), diverse_last()
    u = personal_url(fn, ln)
    s = pick([f"{P(fn)} made a page for {K(pick(RELATIONS))}'s {cond()} updates: {URL(u)}",
              f"here's the link for {P(fn + ' ' + ln)}'s {cond()} fundraiser {URL(u)} pls share",
              f"Found {P(fn)}'s page {URL(u)} - {pick(['she', 'he'])} posts about {cond()} and the {drug()} side effects",
              f"{URL(u)} <- {pick(['dads', 'moms', 'grandmas'])} {K(pick(['stroke', 'transplant', 'chemo', 'heart surgery']))} recovery blog, {P(fn)} runs it"])
    return "general_text", s, False

def t_ssn_lower():
    n = diverse_first().lower()
    s = pick([f"{P(n)} needs {pick(['moms', 'dads'])} ssn for the {K(pick(['medicaid', 'ssdi', 'medicare']))} thing, its {SSN(ssn())}",
              f"ss# {SSN(ssn())} for {P(n)}, the {K('social security')} office wants it for the {K('disability')} claim. delete after",
              f"the social is {SSN(ssn())}, dob {DOB(dob())}. {P(n)} has the card and the {K('medicare')} one"])
    return "lower_case", recase(s, str.lower), False

def t_ssn_clinical():
    n = full_us()
    s = (f"{pick(['Registration corrected:', 'Identity verified:', 'Per pt:'])} {P(n)}, SSN {SSN(ssn())}, DOB {DOB(dob())}. "
         f"{pick(['Insurance updated to', 'Billing to', 'Coverage through'])} {K(pick(['Medicare', 'Medicaid', 'UnitedHealthcare', 'Aetna']))}.")
    return "clinician_note", s, False

def t_tel_encounter():
    fn, ln = diverse_first(), diverse_last()
    lab, val = mrn()
    caller = diverse_first()
    s = (f"{pick(['TELEPHONE ENCOUNTER', 'Phone note', 'TE', 'Call log'])}\n"
         f"{pick(['Caller', 'Called by'])}: {P(caller)} ({pick(['daughter', 'son', 'spouse', 'neighbor', 'HHA'])}) {PH(us_phone())}\n"
         f"Re: {P(fn + ' ' + ln)}, {lab} {MRN(val)}\n"
         f"{pick(['Reports', 'States', 'Concerned about'])} {pick(['dizziness', 'poor appetite', 'new swelling', 'falls x2', 'confusion'])} since starting {drug()}. "
         f"{pick(['Routed to PCP.', 'Advised ED if worse.', 'RN to call back.', 'Appt made for tomorrow.'])}")
    return "clinician_note", s.replace("  ", " "), False

def t_discharge():
    fn, ln = diverse_first(), diverse_last()
    lab, val = mrn()
    s = (f"DISCHARGE INSTRUCTIONS\nPatient: {P(fn + ' ' + ln)}\n{lab} {MRN(val)}   DOB: {DOB(dob())}\n"
         f"Diagnosis: {cond()}\nNew meds: {drug()}; stop {drug()}\n"
         f"Discharge to: {L(us_address(shape='multiline'))}\n"
         f"Follow up: Dr. {P(diverse_last())} in {RNG.randint(1, 3)} weeks. Questions: {PH(us_phone())}")
    return "clinician_note", s.replace("\n ", "\n"), False

def t_soap():
    ln = diverse_last()
    fam = diverse_first()
    sex = pick(["M", "F"])
    s = (f"S: {RNG.randint(40, 95)}yo {sex} w/ {cond()}, here w/ {pick(['spouse', 'daughter', 'son', 'partner', 'niece'])} {P(fam)}. "
         f"{pick(['Reports', 'Denies'])} {pick(['CP', 'SOB', 'N/V', 'falls'])}.\n"
         f"O: BP {RNG.randint(105, 175)}/{RNG.randint(60, 99)}, HR {RNG.randint(52, 110)}. {K(pick(LABS))} pending.\n"
         f"A/P: {pick(['cont', 'start', 'titrate'])} {drug()}. RTC {RNG.randint(2, 12)} wks. "
         f"{'Mr.' if sex == 'M' else pick(['Ms.', 'Mrs.'])} {P(ln)} {pick(['prefers', 'asks for'])} calls to {PH(us_phone())}.")
    if chance(0.5):
        lab, val = mrn()
        s = f"{lab} {MRN(val)}\n".lstrip() + s
    return "clinician_note", s, False

def t_intl_addr_phone():
    c, a = intl_address()
    loc = {"GB": "en_GB", "CA": "en_CA", "DE": "de_DE", "FR": "fr_FR", "MX": "es_MX", "BR": "pt_BR", "JP": "ja_JP",
           "IN": "en_IN", "IT": "it_IT", "ES": "es_ES", "NL": "nl_NL", "PL": "pl_PL", "CN": "zh_CN", "KR": "ko_KR",
           "RU": "ru_RU"}[c]
    pc = {"GB": "GB", "CA": "CA", "DE": "DE", "FR": "FR", "MX": "MX", "BR": "BR", "JP": "JP", "IN": "IN", "IT": "IT",
          "ES": "ES", "NL": "NL", "PL": "PL", "CN": "CN", "KR": "KR", "RU": "RU"}[c]
    n = intl_name(loc)
    ph = intl_phone(pc)[1]
    s = pick([f"{K(pick(RELATIONS))}'s address abroad for the records: {P(n, I)}, {L(a, I)}. Tel {PH(ph, I)}",
              f"Ship the {drug()} to {P(n, I)}\n{L(a, I)}\n{PH(ph, I)}",
              f"my {pick(['sister', 'brother', 'cousin', 'mother'])} {P(n, I)} lives at {L(a, I)}, her number is {PH(ph, I)}. she can fax the {K(pick(LABS))}"])
    return "international", s, False

def t_intl_phone_city():
    city, c = pick(CITY_COUNTRY)
    c, ph = intl_phone(c)
    fn = diverse_first()
    s = pick([f"{P(fn)} is in {L(city, I)} until {K(pick(MONTHS))}, reach {pick(['her', 'him'])} at {PH(ph, I)}",
              f"{pick(['dad', 'mom', 'grandma'])} flew to {L(city, I)}, bring the {drug()}!! {P(fn)}'s number there {PH(ph, I)}",
              f"{L(city.upper(), I)} number for {P(fn)}: {PH(ph, I)}"])
    return "international", s, False

CITY_COUNTRY = [("London", "GB"), ("Manchester", "GB"), ("Leeds", "GB"), ("Paris", "FR"), ("Lyon", "FR"), ("Berlin", "DE"),
                ("Hamburg", "DE"), ("Madrid", "ES"), ("Barcelona", "ES"), ("Rome", "IT"), ("Milan", "IT"), ("Naples", "IT"),
                ("Warsaw", "PL"), ("Kraków", "PL"), ("Istanbul", "TR"), ("Ankara", "TR"), ("Izmir", "TR"), ("Mumbai", "IN"),
                ("Delhi", "IN"), ("Bengaluru", "IN"), ("Manila", "PH"), ("Cebu", "PH"), ("Hanoi", "VN"), ("Ho Chi Minh City", "VN"),
                ("Lagos", "NG"), ("Abuja", "NG"), ("Seoul", "KR"), ("Busan", "KR"), ("Tokyo", "JP"), ("Osaka", "JP"),
                ("Beijing", "CN"), ("Shanghai", "CN"), ("Mexico City", "MX"), ("Monterrey", "MX"), ("Guadalajara", "MX"),
                ("São Paulo", "BR"), ("Rio de Janeiro", "BR"), ("Toronto", "CA"), ("Montreal", "CA"), ("Riyadh", "SA"),
                ("Jeddah", "SA"), ("Amsterdam", "NL"), ("Rotterdam", "NL"), ("Athens", "GR"), ("Tel Aviv", "IL"),
                ("Haifa", "IL"), ("Bangkok", "TH"), ("Chiang Mai", "TH"), ("Sydney", "AU"), ("Melbourne", "AU"), ("Moscow", "RU"),
                ("東京", "JP"), ("大阪", "JP"), ("北京", "CN"), ("上海", "CN"), ("서울", "KR"), ("부산", "KR"), ("Москва", "RU"),
                ("Казань", "RU"), ("الرياض", "SA"), ("جدة", "SA"), ("मुंबई", "IN"), ("दिल्ली", "IN"), ("Αθήνα", "GR"),
                ("תל אביב", "IL"), ("กรุงเทพมหานคร", "TH")]

def t_city_state():
    city, st = us_city_state()
    n = diverse_first()
    z = us_zip(False)
    s = pick([f"{P(n)} moved to {L(city + ', ' + st)} for the {K(pick(['Mayo Clinic', 'Cleveland Clinic', 'VA']))} trial",
              f"we're driving up to {L(city.upper())} {wd()} for {K(pick(RELATIONS))}'s {K(pick(PROCS))}",
              f"the {K(pick(['neurologist', 'rheumatologist', 'hepatologist', 'pain specialist']))} is in {L(city + ', ' + st + ' ' + z)}, about 2 hours from {P(n)}",
              f"Is there a {cond()} support group near {L(city)}? Asking for {P(n)}."])
    return "general_text", s, False

def t_runon():
    fn, ln = diverse_first(), diverse_last()
    n2 = diverse_first()
    rel, pr = pick([("Mom", "her"), ("Dad", "him"), ("Grandma", "her"), ("Gramps", "him"), ("Nana", "her"), ("Papa", "him"), ("Abuela", "her"), ("Uncle Ray", "him")])
    s = (f"{pick(['So', 'Ok so', 'Long story but', 'Anyway'])} {K(rel) if rel != 'Uncle Ray' else 'Uncle ' + P('Ray')} {pick(['fell in the bathroom', 'got dizzy at church', 'stopped eating'])} "
         f"{pick(['last night', 'on ' + pick(WEEKDAYS), 'this morning'])} and {P(n2)} found {pr} and called {K('911')} "
         f"and they took {pr} to the hospital in {L(us_city_state()[0])} where they said it was {cond()} and started {drug()} "
         f"and now the social worker {P(fn + ' ' + ln)} wants someone to call {PH(us_phone())} about {pick(['rehab', 'home health', 'a nursing home'])} "
         f"but nobody {pick(['can', 'wants to', 'has time to'])}")
    return "run_on", s, False

def t_typos():
    n = diverse_first()
    s = (f"{pick(['hello', 'hi', 'good morning'])} this is {P(n)} {pick(['calling about', 'writing for', 'asking about'])} my {pick(['husband', 'wife', 'mother', 'father'])} "
         f"{P(full_us())}. {pick(['He', 'She'])} is taking the {drug()} and now {pick(['feels dizzy', 'cannot sleep', 'has rash on arms'])}. "
         f"please call back {PH(us_phone())} {pick(['thank you', 'thanks', 'God bless'])}")
    return "typos", typoify(s, 0.18), False

def t_vanity():
    fn, ln = diverse_first(), diverse_last()
    s = pick([f"The {pick(['aide agency', 'ramp guy', 'transport service', 'florist'])} is {P(fn + ' ' + ln)}'s business, {PH(vanity_phone())}. {pick(['Tell them', 'Say'])} {P(fn)} sent you. They did {K(pick(RELATIONS))}'s place after the {K(pick(PROCS))}.",
              f"Call {P(fn)} at {PH(vanity_phone())} for the {K(pick(['wheelchair ramp', 'grab bars', 'stair lift', 'hospital bed']))}. {pick(['Not', 'NOT'])} {K('1-800-MEDICARE')}, that's different."])
    return "general_text", s, False

def t_medicare_id():
    n = full_us()
    s = pick([f"{P(n)}'s new {K('Medicare')} card came. Number is {MRN(mbi())}.",
              f"medicare # {MRN(mbi())} for {P(n)}, part B started {K(pick(MONTHS))}",
              f"MBI: {MRN(mbi())}\nBeneficiary: {P(n)}\nDOB: {DOB(dob())}\nPlan: {K(pick(['Part B', 'Part D', 'Medicare Advantage']))}"])
    return "form" if "\n" in s else "general_text", s, False

def t_birthday():
    n = diverse_first()
    d = dob()
    s = pick([f"{P(n)}'s birthday is {DOB(d)}, put that on the {K(pick(ORGS))} form",
              f"born {DOB(d)} - {P(n + ' ' + diverse_last())} ({cond()}, on {drug()})",
              f"Happy birthday {P(n)}!!! ({DOB(d)}) {pick(['no cake because of the', 'cake is sugar free bc of the'])} {cond()} lol"])
    return "general_text", s, False

def t_ext_phone():
    n = full_us()
    ph = us_phone(ext=True)
    s = pick([f"{P(n)} from the {K(pick(['cardiology', 'oncology', 'billing', 'pharmacy', 'wound clinic']))} office: {PH(ph)}",
              f"call {PH(ph)} and ask for {P(n)} about the {K(pick(PROCS))} prior auth",
              f"Office line for {P(n)}, {pick(['RN', 'LPN', 'MSW', 'PA-C', 'NP'])} - {PH(ph)}"])
    return "general_text", s, False

def t_email_update():
    fn, ln = diverse_first(), diverse_last()
    s = pick([f"please use {E(email_for(fn, ln))} for {P(fn)}'s {K(pick(['MyChart', 'Kaiser', 'pharmacy']))} portal, the old one {E(email_for(fn, ln))} is hacked",
              f"send the {K(pick(LABS))} results to {E(email_for(fn, ln))} ({P(fn + ' ' + ln)})",
              f"My email changed to {E(email_for(fn, ln))}. Please send the {K(pick(LABS))} there. - {P(fn)}",
              f"{P(fn + ' ' + ln)} - {E(email_for(fn, ln))} - {URL(personal_url(fn, ln))} (organizes {K(pick(RELATIONS))}'s {drug()} deliveries)"])
    return "general_text", s, False

def t_social_profile():
    fn, ln = diverse_first(), diverse_last()
    fn2 = diverse_first()
    u = personal_url(fn, ln)
    s = pick([f"found {K(pick(['grandpa', 'grandma', 'dad', 'mom']))}'s old friend {P(fn + ' ' + ln)} online {URL(u)}, {pick(['she', 'he'])} wants to visit before the {K(pick(PROCS))}",
              f"{P(fn2)} this is the {K(pick(['wound care', 'diabetes', 'hospice', 'lactation']))} nurse I told you about, {P(fn)}: {URL(u)}",
              f"{P(fn + ' ' + ln)}? the page is {URL(u)}. {P(fn2)} says {pick(['she', 'he'])} helped with {cond()} paperwork"])
    return "general_text", s, True

def t_meds_list():
    n = diverse_first()
    rows = [f"{drug()} {pick(['10mg', '25 mg', '500mg', '1 tab', '2 puffs', '5mg', '40'])} {pick(['AM', 'PM', 'BID', 'at bed', 'w/ food', 'daily'])}" for _ in range(RNG.randint(3, 5))]
    s = f"{pick([K('Mom'), K('Dad'), K('Grandpa'), K('Nana')])}'s meds:\n" + "\n".join(rows) + f"\nPharmacy: {K(pick(['Walgreens', 'CVS', 'Rite Aid', 'Walmart pharmacy']))} {PH(us_phone())}\nQuestions: {P(n)} {PH(us_phone())}"
    return "list", s, False

def t_keep_heavy():
    n = diverse_first()
    s = pick([f"{K(pick(C_REMIND))} remind everyone: if {K(pick(RELATIONS))} talks about hurting himself, call {K('988')}. If the dog eats the {drug()}, {K('Poison Control')} is {K('1-800-222-1222')}. {P(n)} has the list.",
              f"{K(pick(EVENTS))} moved to {wd()} in {K(pick(MONTHS))}. {P(n)} is bringing {K(pick(RELATIONS))}. {K(pick(C_MEET))} meet at {K(pick(['Walgreens', 'Costco', 'the library']))}.",
              f"{K(pick(C_KNOW))} know if {K(pick(ORGS))} covers {drug()}? {P(n)}'s {cond()} is getting expensive"])
    return "general_text", s, False

def t_caps_general():
    n = full_us()
    s = f"NEW ADDRESS FOR {P(n)}: {L(us_address())}. PHONE {PH(us_phone())}. {pick(['STILL ON', 'STOPPED', 'NEEDS MORE'])} {drug()}"
    return "all_caps", recase(s, str.upper), False

def t_intl_clinician():
    loc = pick(INTL_LATIN + NONLATIN)
    n = intl_name(loc)
    c = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_MX": "MX", "es_ES": "ES", "pt_BR": "BR", "it_IT": "IT",
         "nl_NL": "NL", "pl_PL": "PL", "en_IN": "IN", "tr_TR": "TR", "vi_VN": "VN", "en_CA": "CA", "ja_JP": "JP",
         "zh_CN": "CN", "ko_KR": "KR", "ru_RU": "RU", "ar_SA": "SA", "hi_IN": "IN", "el_GR": "GR", "he_IL": "IL",
         "th_TH": "TH"}[loc]
    hid = ""
    if loc == "en_GB" or (c == "GB" and chance(0.5)):
        hid = f" NHS no. {MRN(digits(3) + ' ' + digits(3) + ' ' + digits(4), I)}."
    elif loc in ("en_CA",):
        hid = f" {pick(['OHIP', 'Health card'])} {MRN(digits(4) + '-' + digits(3) + '-' + digits(3) + '-' + pick(['AB', 'KT', 'XN']), I)}."
    elif chance(0.4):
        hid = f" Home insurer {pick(['ID', 'EHIC card'])} {MRN(digits(2) + ''.join(RNG.choice('ABCDEFGHKLMN') for _ in range(3)) + digits(7), I)}."
    s = (f"Visiting pt {P(n, I)}, DOB {DOB(dob(intl=True), I)}, on {drug()} for {cond()}.{hid} "
         f"Home contact abroad {PH(intl_phone(c)[1], I)}. {pick(['Travel insurance letter given.', 'Records requested from home GP.', 'Interpreter used.'])}")
    return "clinician_note", s, False

def t_intl_contact():
    loc = pick(INTL_LATIN)
    f = FK[loc]
    fn, ln = f.first_name(), f.last_name()
    while fn == "John":
        fn = f.first_name()
    pc = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_MX": "MX", "es_ES": "ES", "pt_BR": "BR", "it_IT": "IT",
          "nl_NL": "NL", "pl_PL": "PL", "en_IN": "IN", "tr_TR": "TR", "vi_VN": "VN", "en_CA": "CA"}[loc]
    ph = intl_phone(pc)[1]
    s = pick([f"{P(fn + ' ' + ln, I)} ({pick(['cousin', 'sister', 'brother-in-law', 'our old neighbour'])}) - {E(email_for(fn, ln, intl=True), I)} / {PH(ph, I)}. They can translate the {K(pick(LABS))} results.",
              f"Contact abroad: {P(fn + ' ' + ln, I)}\nEmail: {E(email_for(fn, ln, intl=True), I)}\nTel: {PH(ph, I)}\nRe: {K(pick(RELATIONS))}'s {cond()}",
              f"{P(fn, I)} posted the {K(pick(PROCS))} news on {URL(personal_url(fn, ln), I)}, and you can write to {E(email_for(fn, ln, intl=True), I)}"])
    return "international", s, False

def t_dob_label():
    n = full_us()
    s = pick([f"{P(n)} (DOB {DOB(dob())}) - {cond()} f/u, {drug()} refilled",
              f"pt {P(n.lower())} dob {DOB(dob())} here for {K(pick(PROCS))}",
              f"{P(n)}, born {DOB(dob())}, {K(pick(ORGS))} member {MRN(mrn()[1])}",
              f"Pt {P(n)}, SS# {SSN(ssn())}, DOB {DOB(dob())}. {cond()}. {drug()} held."])
    return "clinician_note", s, False


NAME_TEMPLATES = [t_speaker_family, t_speaker_caps_label, t_name_list_visitors, t_name_list_lines, t_lower_names,
                  t_lower_fullname_addr, t_caps_names, t_word_surnames, t_word_given, t_signature_us,
                  t_signature_short, t_nickname, t_relation_name, t_name_end, t_names_near_addr_phone, t_forwarded,
                  t_nonlatin_names, t_clinician_names, t_social_profile]
OTHER_TEMPLATES = [t_address_change, t_billing_card, t_bank, t_iban, t_form, t_military, t_pobox_rural, t_url,
                   t_ssn_lower, t_ssn_clinical, t_tel_encounter, t_discharge, t_soap, t_intl_addr_phone,
                   t_intl_phone_city, t_city_state, t_runon, t_typos, t_vanity, t_medicare_id, t_birthday,
                   t_ext_phone, t_email_update, t_meds_list, t_keep_heavy, t_caps_general, t_intl_clinician,
                   t_dob_label, t_intl_contact]
