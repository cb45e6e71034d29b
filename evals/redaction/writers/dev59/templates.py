"""Templates for the generated part of dev59, written for this set. Each template returns
(style, markup, case) where markup uses the same inline markup as the hand files and case is
None, "lower" or "upper" (applied to the whole message after parsing)."""
from values import *  # noqa: F401,F403
from values import _digits
import values as V


def nm(mode=None, full=True):
    n = us_full() if full else us_given()
    return P(case_name(n, mode)) if mode else P(n)


def phone_us():
    return T(us_phone())


def addr_us(**kw):
    return L(us_address(**kw))


def ssn_l():
    return f"{pick(SSN_LABELS)} {S(ssn())}"


def mrn_l():
    lab, v = mrn()
    return f"{lab} {M(v)}"


def dob_l(us=True):
    return f"{pick(DOB_LABELS)} {D(dob(us), not us)}"


def acct_pair():
    return f"{pick(ACCT_LABELS)} {A(bank_acct())}{pick([', ', ' ', ' / ', '; '])}{pick(ROUTING_LABELS)} {A(routing())}"


def card_l():
    b, v = card()
    return f"{pick(CARD_LABELS[b])} {A(v)}"


def iban_l():
    c, v = iban()
    lab = pick(["IBAN", "IBAN:", "iban", "iban:", "", "", "IBAN no.", "bank details"])
    return c, (f"{lab} {A(v, True)}" if lab else A(v, True))


# ----------------------------------------------------------------------------- clinician notes
def cn_visit():
    n = nm()
    fam = us_family()
    s = (f"Pt {n}, {dob_l()}, {mrn_l()}. Seen for f/u {cond()}. "
         f"{pick(['Cont', 'Continue', 'Incr', 'Decr', 'Hold'])} {drug()}{pick(['', ' 1 tab daily', ' bid', ' qhs', ' prn'])}. "
         f"{pick(['Daughter', 'Son', 'Wife', 'Husband', 'Niece', 'Grandson'])} {P(us_given() + ' ' + fam)} present, cb {phone_us()}.")
    return "clinician_note", s, None


def cn_soap():
    g = us_given()
    s = (f"S: {pick(['pt reports', 'Pt states', 'per wife,', 'per daughter,'])} {pick(['more SOB on exertion', 'dizzy when standing', 'not sleeping', 'pain 6/10 in ' + body(), 'swelling in ' + K(pick(['both ankles', 'legs', 'feet', 'left leg']))])}\n"
         f"O: BP {rng.randint(100, 180)}/{rng.randint(60, 100)}, HR {rng.randint(52, 118)}, {lab()} pending\n"
         f"A: {cond()}\n"
         f"P: {drug()}; RTC {rng.randint(1, 8)} wk. Pt {P(g + ' ' + us_family())} ({D(dob())}) agrees w/ plan.")
    return "clinician_note", s, None


def cn_homevisit():
    s = (f"HH visit {rng.randint(1, 12)}/{rng.randint(1, 28)}. Pt lives {pick(['alone', 'w/ spouse', 'w/ son', 'w/ grand-daughter'])} at {addr_us(kind='street_unit')}. "
         f"{pick(['Gait unsteady', 'Steps into tub unassisted', 'Med bottles disorganized', 'Fridge nearly empty'])}. "
         f"{drug()} {pick(['taken as prescribed', 'bottle expired', 'missed x3 days', 'doubled by mistake'])}. "
         f"{pick(['Neighbor', 'Friend', 'Pastor', 'Landlord'])} ({nm()}) checks in. Notified PCP.")
    return "clinician_note", s, None


def cn_triage():
    s = (f"Triage {rng.randint(6, 22):02d}{pick(['00', '15', '30', '45'])}. Caller {nm()} ({pick(['daughter', 'son', 'wife', 'caregiver', 'neighbor'])}), "
         f"cb {phone_us()}. Pt {nm()}, {dob_l()}, c/o {pick(['fever', 'fall at home', 'new confusion', 'chest tightness', 'black stools', 'rash'])}. "
         f"Hx {cond()}, on {drug()}. {pick(['Advised ED', 'Appt given for tomorrow', 'Advised 911', 'RN to call back in 1h'])}.")
    return "clinician_note", s, None


def cn_social():
    s = (f"SW note: met w/ {nm()} and {pick(['wife', 'husband', 'daughter', 'son', 'partner'])} {P(us_given())} re {pick(['hospice', 'SNF placement', 'home care hours', 'Medicaid spend-down', 'respite'])}. "
         f"{mrn_l()}. {ssn_l() + '. ' if chance(0.5) else ''}Family wants pt home at {addr_us()}. Referral sent.")
    return "clinician_note", s, None


def cn_handoff():
    s = (f"handoff - rm {rng.randint(100, 699)}{rng.choice('AB')} {P(us_family())}, {rng.randint(55, 97)}{rng.choice('MF')}, {cond()}, "
         f"on {drug()} + {drug()}. {mrn_l()}. family: {pick(['son', 'dtr', 'wife', 'sister'])} {nm()} {phone_us()}. "
         f"{pick(['full code', 'DNR/DNI', 'DNR, ok to intubate', 'comfort care'])}.")
    return "clinician_note", s, None


def cn_pharm():
    s = (f"Pharmacist note: {nm()} (DOB {D(dob())}) - {drug()} + {drug()} interaction reviewed. "
         f"Discussed w/ Dr. {P(us_family())}. Pt's {pick(['daughter', 'son', 'husband', 'wife'])} {P(us_given())} to pick up at {org()}. "
         f"{pick(['Insurance', 'Plan', 'PBM'])} {mrn_l()}.")
    return "clinician_note", s, None


def cn_intake_intl():
    cc = pick(["MX", "IN", "PH", "KR", "CN", "BR", "TR", "PL", "DE", "FR", "GB", "JP"])
    loc = {"MX": "es_MX", "IN": "hi_IN", "PH": "fil_PH", "KR": "ko_KR", "CN": "zh_CN", "BR": "pt_BR", "TR": "tr_TR",
           "PL": "pl_PL", "DE": "de_DE", "FR": "fr_FR", "GB": "en_GB", "JP": "ja_JP"}[cc]
    s = (f"Intake: {P(intl_full(loc), True)}, {rng.randint(40, 90)}{rng.choice('MF')}, visiting family from abroad. "
         f"Home address {L(intl_address(cc), True)}. {dob_l(us=False)}. "
         f"US contact: {nm()} {phone_us()}. Home ph {T(intl_phone(cc), True)}. Dx {cond()}; meds {drug()}.")
    return "clinician_note", s, None


# ----------------------------------------------------------------------------- forms
def form_registration():
    name = us_full()
    lines = [pick(["PATIENT REGISTRATION", "New Patient Form", "Intake form", "Client Information Sheet"]),
             f"{pick(['Name', 'Patient name', 'Full name'])}: {P(name)}",
             f"{pick(['Date of birth', 'DOB', 'Birth date'])}: {D(dob())}",
             f"{pick(['SSN', 'Social Security No.', 'SS#'])}: {S(ssn())}",
             f"{pick(['Address', 'Home address', 'Street'])}: {addr_us(lines=False)}",
             f"{pick(['Phone', 'Cell', 'Mobile', 'Home phone'])}: {phone_us()}",
             f"{pick(['Email', 'E-mail'])}: {E(email_for(name))}"]
    if chance(0.6):
        lines.append(f"Emergency contact: {nm()} ({pick(['daughter', 'son', 'spouse', 'friend', 'neighbor'])}) {phone_us()}")
    lines.append(pick([f"Allergies: {K(pick(['penicillin', 'sulfa', 'codeine', 'latex', 'NKDA', 'amoxicillin', 'iodine contrast']))}",
                       f"Current medications: {drug()}, {drug()}", f"Conditions: {cond()}"]))
    return "form", "\n".join(lines), None


def form_release():
    a, b = us_full(), us_full()
    s = (f"AUTHORIZATION FOR RELEASE\nI, {P(a)}, {pick(['born', 'DOB'])} {D(dob())}, {mrn_l()}, authorize {org()} to release "
         f"records to {P(b)}, {addr_us()}, {phone_us()}.\nSignature: {P(a.split()[0][0] + '. ' + a.split()[-1])}")
    return "form", s, None


def form_insurance():
    name = us_full()
    lab, v = mrn()
    s = (f"Insurance info for {P(name)}\n{lab}: {M(v)}\n{'Group: ' + str(rng.randint(10000, 99999)) + chr(10) if chance(0.5) else ''}"
         f"Subscriber DOB: {D(dob())}\nSSN: {S(ssn())}\nPharmacy: {org()}")
    return "form", s, None


def form_payment():
    name = us_full()
    b, v = card()
    s = (f"{pick(['Payment Authorization', 'Card on File Form', 'Billing'])}\nCardholder: {P(name)}\n"
         f"{pick(['Card #', 'Card number', 'Credit card'])}: {A(v)}\nExp: {rng.randint(1, 12):02d}/{rng.randint(26, 31)}\n"
         f"Billing address: {addr_us(lines=False)}\nFor: {pick(['copay', 'ambulance bill', 'lab fees', 'DME rental'])} re {cond()}")
    return "form", s, None


def form_emergency():
    s = (f"EMERGENCY INFO\nName: {nm()}   {pick(['DOB', 'Born'])}: {D(dob())}\nConditions: {cond()}, {cond()}\nMeds: {drug()}, {drug()}\n"
         f"ICE: {P(us_given())} ({pick(['wife', 'husband', 'daughter', 'son'])}) {phone_us()}, {P(us_given())} ({pick(['neighbor', 'sister', 'brother'])}) {phone_us()}")
    return "form", s, None


def form_directdeposit():
    s = (f"Direct deposit form - caregiver pay\nEmployee: {nm()}\nAddress: {addr_us(lines=False)}\n"
         f"{acct_pair()}\nSSN: {S(ssn())}")
    return "form", s, None


# ----------------------------------------------------------------------------- general text
def gt_address_change():
    s = (f"{pick(['Hi,', 'Hello,', 'Good morning,', 'To whom it may concern,'])} please update {pick(['my', 'my mother’s', 'my dad’s', 'our'])} mailing address. "
         f"Old: {addr_us(lines=False)}. New: {addr_us()}. {pick(['Thanks', 'Thank you', 'Regards'])}, {nm()}")
    return "general_text", s, None


def gt_billing():
    s = (f"{pick(['Question about my bill', 'Billing question', 'Re: statement', 'I was double charged'])} - {pick(['account #', 'acct', 'Account number'])} {A(str(rng.randint(10000, 99999)) + '-' + str(rng.randint(100, 99999)))}. "
         f"{pick(['The charge for', 'They billed me for', 'I see a charge for'])} {pick(['the MRI', 'labs', 'the ER visit', 'physical therapy'])} twice. "
         f"Call me at {phone_us()} or email {E(email_for(us_full()))}. {org()} already paid their part.")
    return "general_text", s, None


def gt_refund_card():
    s = (f"Please refund the overpayment to my {card_l()}. {pick(['The copay', 'My deductible', 'The visit'])} was only ${rng.randint(10, 90)}. "
         f"{nm()}, {pick(['patient', 'guarantor', 'daughter of patient'])}, {phone_us()}")
    return "general_text", s, None


def gt_bank():
    s = (f"{pick(['For the agency invoice', 'For the ACH', 'Set up autopay please', 'For the reimbursement'])}: {acct_pair()}. "
         f"Name on account {nm()}. {K(pick(['Medicare', 'Medicaid', 'The VA', 'Humana']))} should cover the rest for {rel_low()}.")
    return "general_text", s, None


def gt_url():
    n = us_full()
    s = (f"{pick(['Here is', 'Sharing', 'Posting'])} the {pick(['fundraiser', 'update page', 'meal train', 'blog'])} for {P(n)}: {U(url_for(n))} "
         f"{pick(['anything helps', 'please share', 'updates after each appointment', 'thank you all'])} - {pick(['their', 'his', 'her'])} {cond()} {pick(['treatment', 'recovery', 'journey'])}")
    return "general_text", s, None


def gt_portal():
    n = us_full()
    s = (f"I can't log in to {pick(['the portal', 'MyChart', 'my account'])}. {pick(['Username', 'Login', 'My email'])} is {E(email_for(n))}, name {P(n)}, {dob_l()}. "
         f"{pick(['I tried resetting', 'The code never comes', 'It says locked'])}. Phone {phone_us()}.")
    return "general_text", s, None


def gt_records():
    n = us_full()
    s = (f"Requesting records for {P(n)} ({dob_l()}, {mrn_l()}). Please send to {addr_us()} or fax {phone_us()}. "
         f"{pick(['Release attached', 'POA attached', 'I am the executor'])}. {nm()}")
    return "general_text", s, None


def gt_identity_theft():
    s = (f"Someone opened a card in {rel_low()}'s name - {card_l()}. They had {pick(['her', 'his'])} SSN {S(ssn())} and old address {addr_us(lines=False)}. "
         f"{pick(['Filed a police report', 'Froze credit', 'Calling the bank tomorrow'])}. Can the clinic check if {pick(['her', 'his'])} {mrn_l()} was accessed?")
    return "general_text", s, None


# ----------------------------------------------------------------------------- signatures, forwarded
def sig_block():
    n = us_full()
    title = pick(["RN, BSN", "Care Coordinator", "Office Manager", "LCSW", "PT, DPT", "Paralegal", "Home Health Aide",
                  "Parish Nurse", "Patient Advocate", "Billing Specialist"])
    body_ = pick([f"Thanks for the update on {rel_low()}'s {cond()}.", f"Let me know if the {drug()} refill goes through.",
                  "Sorry for the delay, I was out of the office.", f"See you {day()}."])
    s = (f"{body_}\n\n{P(n)}\n{title}\n{addr_us()}\n{pick(['o.', 'Office:', 'Tel', 'P:', 'Direct:'])} {phone_us()}"
         f"{(' | ' + pick(['c.', 'Cell:', 'M:']) + ' ' + phone_us()) if chance(0.5) else ''}\n{E(email_for(n))}"
         f"{(chr(10) + U(url_for(n))) if chance(0.5) else ''}")
    return "signature", s, None


def sig_short():
    n = us_full()
    s = (f"{pick(['ok will do.', 'Got it, thank you!', f'{drug()} picked up.', 'Running 10 min late.'])}\n\n-- \n{P(n)}\n{phone_us()}"
         f"{(chr(10) + pick(['Sent from my iPhone', 'Sent from my Galaxy', 'Get Outlook for Android'])) if chance(0.5) else ''}")
    return "signature", s, None


def fwd_email():
    a, b = us_full(), us_full()
    s = (f"---------- Forwarded message ---------\nFrom: {P(a)} <{E(email_for(a))}>\nDate: {day()}, {month()} {rng.randint(1, 28)}\n"
         f"Subject: {pick(['Re: ', ''])}{pick(['records', 'meds', 'appointment', 'bill', 'insurance'])}\nTo: {P(b)} <{E(email_for(b))}>\n\n"
         f"{pick(['Hi', 'Hey', 'Dear'])} {P(b.split()[0])}, {pick(['here is', 'below is', 'attached is'])} {pick(['the info you asked for', 'what the office sent', 'the number'])}: "
         f"{pick([mrn_l, dob_l, ssn_l, lambda: phone_us(), acct_pair])()}. {pick(['Talk soon', 'Love', 'Thanks'])}")
    return "forwarded", s, None


def fwd_text():
    a = us_full()
    s = (f"{pick(['Fwd:', 'Forwarded from', 'fwd from', '>> from'])} {P(a)}:\n> {pick(['the pharmacy said', 'the nurse said', 'the office said'])} "
         f"to call {phone_us()} about the {drug()} and give them {rel_low()}'s {pick(['birthday', 'DOB', 'date of birth'])} {D(dob())}"
         f"{' and ' + mrn_l() if chance(0.6) else ''}")
    return "forwarded", s, None


# ----------------------------------------------------------------------------- lists
def list_contacts():
    lines = [pick([f"Contacts for {rel()}:", "Phone tree:", "Who to call:", "Care team numbers"])]
    used_help = False
    for _ in range(rng.randint(3, 5)):
        if used_help:
            lines.append(f"{pick(['- ', '* ', ''])}{nm(full=chance(0.5))} {phone_us()}")
            continue
        r = rng.random()
        if r < 0.55:
            lines.append(f"{pick(['- ', '* ', '• ', ''])}{nm(full=chance(0.6))} {pick(['', '(son) ', '(neighbor) ', '(RN) ', '(daughter) '])}{phone_us()}")
        elif r < 0.8:
            n = us_full()
            lines.append(f"{pick(['- ', '* ', '• ', ''])}{P(n)} {E(email_for(n))}")
        else:
            used_help = True
            h = pick(HELPLINES)
            hn = K(HELPLINE_NAMES[h]) if h == "1-800-222-1222" else HELPLINE_NAMES[h]
            lines.append(f"{pick(['- ', '* ', '• ', ''])}{hn} {K(h)}")
    return "list", "\n".join(lines), None


def list_schedule():
    lines = [pick([f"Rides to {K('dialysis')}:", f"{K('chemo')} rides:", "Who's with Dad this week:", "Sitters:"])]
    for d in rng.sample(WEEKDAYS, rng.randint(3, 5)):
        lines.append(f"{K(d)} - {nm(full=chance(0.3))}{pick(['', ' (am)', ' + groceries', ' drop off only'])}")
    return "list", "\n".join(lines), None


def list_names_inline():
    names = [P(us_given()) for _ in range(rng.randint(3, 4))]
    s = (f"{', '.join(names[:-1])} and {names[-1]} {pick(['are splitting', 'will cover', 'signed up for'])} {rel_low()}'s "
         f"{pick(['overnights', 'appointments', 'meals', 'pill box'])} after the {pick(['hip surgery', 'stroke', 'fall', 'pacemaker'])}. "
         f"Questions to {phone_us()}.")
    return "list", s, None


def list_docs():
    lines = [pick(["Bring to appt:", "paperwork checklist", "For the lawyer:", "Medicaid application needs:"]),
             f"- {pick(['SSN', 'social security card', 'SS card'])} {S(ssn())}",
             f"- {mrn_l()}",
             f"- birth date {D(dob())}",
             f"- {pick(['bank statement', 'checking'])} {pick(ACCT_LABELS)} {A(bank_acct())}",
             f"- list of meds ({drug()}, {drug()})"]
    return "list", "\n".join(lines), None


def list_addresses():
    lines = [pick(["Addresses for cards:", "Mailing list for the memorial:", "Where everyone is:"])]
    for _ in range(rng.randint(2, 4)):
        if chance(0.75):
            lines.append(f"{nm()} - {addr_us(lines=False)}")
        else:
            cc = pick(list(INTL))
            lines.append(f"{P(intl_full(INTL[cc]['loc']), True)} - {L(intl_address(cc).replace(chr(10), ', '), True)}")
    return "list", "\n".join(lines), None


# ----------------------------------------------------------------------------- speaker labels
def sp_family():
    a, b = us_given(), us_given()
    r1 = pick(["", "Daughter ", "Son ", "Sister ", "Uncle ", "Cousin "])
    s = (f"{r1}{P(a)}: {pick(['did', 'has'])} {rel_low()} {pick(['take', 'taken'])} the {drug()} {pick(['today', 'this am', 'yet'])}\n"
         f"{P(b)}: {pick(['yes at 8', 'no she refused', 'idk im at work', 'yes with breakfast'])}\n"
         f"{r1}{P(a)}: ok. {pick(['call', 'text'])} me at {phone_us()} if {pick(['the nurse comes', 'anything changes', 'her sugar drops'])}")
    return "speaker_label", s, None


def sp_care_team():
    a, b, c = us_given(), us_given(), us_full()
    r = pick(['Daughter', 'Son', 'Niece', 'Grandson', 'Wife'])
    s = (f"Caregiver {P(a)}: Mr. {P(us_family())} {pick(['refused lunch', 'fell asleep early', 'was confused at 3pm', 'asked for his wife'])}\n"
         f"{r} {P(b)}: {pick(['did he get', 'was he given', 'any issue with'])} the {drug()}?\n"
         f"Caregiver {P(a)}: {pick(['yes', 'no, he spit it out', 'yes w/ applesauce'])}. Dr. {P(us_family())} wants labs ({lab()}) {day()}\n"
         f"{r} {P(b)}: ok. {P(c)} from {org()} will call")
    return "speaker_label", s, None


def sp_lower():
    a, b = us_given().lower(), us_given().lower()
    s = (f"{P(a)}: omw to {rel_low()}'s, need anything\n{P(b)}: {K(pick(DRUGS).lower())} from {K(pick(['cvs', 'walgreens', 'costco', 'rite aid']))} "
         f"under {P(us_full().lower())}\n{P(a)}: k. whats the address again\n{P(b)}: {L(us_address(kind=pick(['street', 'street_unit']), lines=False).lower())}")
    return "speaker_label", s, None


def sp_intl():
    cc = pick(["MX", "BR", "FR", "DE", "PL", "IN", "PH", "KR", "JP", "CN", "TR", "IT", "ES", "GB", "NL"])
    loc = INTL[cc]["loc"]
    a, b = intl_full(loc), intl_full(loc)
    s = (f"{P(a, True)}: {pick(['sent the money for', 'paid for', 'found a pharmacy with'])} {rel_low()}'s {drug()}\n"
         f"{P(b, True)}: {pick(['thank you', 'ok', THANKS.get(cc, 'thanks')])}. {pick(['her', 'his'])} number there is {T(intl_phone(cc), True)}\n"
         f"{P(a, True)}: and address? \n{P(b, True)}: {L(intl_address(cc), True)}")
    return "speaker_label", s, None


# ----------------------------------------------------------------------------- lower / caps / sms / run_on / typos
def lc_request():
    n = us_given()
    s = (f"hi its {P(n.lower())}, {rel_low()}'s {K(pick(DRUGS).lower())} {pick(['ran out', 'got changed', 'is making her dizzy', 'wasnt delivered'])}. "
         f"can someone call me at {phone_us()} {pick(['after 5', 'tmrw am', 'asap', 'before noon'])}. "
         f"{pick(['we’re at', 'address is', 'im staying at'])} {L(us_address(kind=pick(['street', 'street_unit', 'city_zip'])).lower())}")
    return "lower_case", s, None


def lc_email():
    n = us_full()
    s = (f"send the {pick(['forms', 'discharge papers', 'bill', 'lab results'])} to {E(email_for(n).lower())} pls, thats {P(n.lower())}'s email. "
         f"{pick(['her', 'his'])} dob is {D(dob().lower())}")
    return "lower_case", s, None


def lc_city():
    s = (f"{P(us_given().lower())} and {P(us_given().lower())} drove {rel_low()} down to {L(us_city_only().lower())} for the {cond()} specialist. "
         f"{pick(['back sunday', 'staying 2 nights', 'home by dinner'])}")
    return "lower_case", s, None


def caps_msg():
    n = us_full().upper()
    s = (f"{pick(['THIS IS', 'FROM', 'ITS'])} {P(n)}. {pick(['MY', 'HIS', 'HER'])} {K(pick(DRUGS).upper())} "
         f"{pick(['IS NOT WORKING', 'RAN OUT', 'WAS NOT DELIVERED', 'COSTS TOO MUCH'])}. CALL {phone_us()} "
         f"{pick(['', 'OR MY DAUGHTER ' + P(us_given().upper()) + ' AT ' + phone_us(), 'ADDRESS ' + L(us_address(lines=False).upper())])}")
    return "all_caps", s, None


def caps_ids():
    n = us_full().upper()
    lab, v = mrn()
    s = (f"{P(n)} {pick(['DOB', 'BORN', 'BIRTHDAY'])} {D(dob().upper())} {lab.upper()} {M(v.upper())}. "
         f"{pick(['NEEDS REFILL', 'MISSED APPT', 'CHANGE PHARMACY', 'HOSPITAL DISCHARGE'])} {K(pick(CONDITIONS).upper())}")
    return "all_caps", s, None


def sms_short():
    s = pick([
        f"{P(us_given())} {pick(['has', 'got'])} the {drug()}. {phone_us()} if u need her",
        f"at {L(us_city_only())} {K('ER')} w {rel_low()}. {P(us_given())} knows",
        f"new # {phone_us()} - {P(us_given())}",
        f"{pick(['Appt', 'Labs', 'PT'])} moved to {K(pick(WEEKDAYS))} {rng.randint(8, 16)}:{pick(['00', '15', '30', '45'])}. Address {addr_us(lines=False)}",
        f"ty! {P(us_given())}'s email is {E(email_for(us_full()))}",
    ])
    return "sms", s, None


def run_on_story():
    a = us_given()
    s = (f"so {pick(['yesterday', 'this morning', 'last night', 'on ' + pick(WEEKDAYS)])} {rel_low()} {pick(['fell again', 'got really confused', 'had chest pain', 'couldnt get up'])} and {P(a)} "
         f"{pick(['took', 'drove'])} {pick(['her', 'him'])} {pick(['to the ER in', 'to urgent care in', 'all the way to'])} {L(us_city_only())} and they {pick(['did a CT', 'ran labs', 'kept her overnight'])} "
         f"and said the {lab()} was off so they {pick(['held', 'stopped', 'doubled'])} the {drug()} and now {pick(['nobody knows', 'we have to figure out'])} "
         f"{pick(['when to restart it', 'who pays', 'how to get her home'])} and the discharge nurse {P(us_given())} said to call {phone_us()} "
         f"{pick(['but its always busy', 'before 4', 'and ask for case management'])}")
    return "run_on", s, None


def run_on_paperwork():
    s = (f"ok so the {pick(['lawyer', 'social worker', 'bank', 'nursing home'])} needs {rel_low()}'s full name which is {nm()} and {pick(['her', 'his'])} "
         f"birthday {D(dob())} and the social {S(ssn())} and {mrn_l()} and a copy of the {pick(['bank statement', 'POA', 'insurance card'])} "
         f"so im going to {pick(['scan it tonight', 'drive it over', 'fax it from work'])} unless someone else can")
    return "run_on", s, None


def run_on_military():
    s = (f"my {pick(['son', 'daughter', 'husband', 'brother'])} {P(us_given())} is deployed so the mail goes to {addr_us(kind='military')} and "
         f"{pick(['he', 'she'])} wants updates on {rel_low()}'s {cond()} by email {E(email_for(us_full()))} but {pick(['not the scary stuff', 'only the good news', 'nothing until the biopsy comes back'])}")
    return "run_on", s, None


TYPO_MAP = {"pharmacy": "pharmcy", "appointment": "appoinment", "tomorrow": "tomorow", "prescription": "perscription",
            "because": "becuase", "doctor": "docter", "please": "plese", "address": "adress", "number": "numbr",
            "Wednesday": "Wensday", "their": "thier", "really": "realy"}


def typo_msg():
    base = (f"{P(us_given())} {pick(['please', 'can u'])} call the pharmacy about {rel_low()}'s prescription, the doctor {pick(['changed', 'upped', 'stopped'])} the {drug()} "
            f"because of {pick(['her', 'his'])} {cond()}. my number is {phone_us()} and the address is {addr_us(lines=False)}. appointment tomorrow")
    words = base
    for k, v in TYPO_MAP.items():
        if chance(0.7):
            words = words.replace(k, v)
    return "typos", words, None


# ----------------------------------------------------------------------------- international
THANKS = {"MX": "gracias", "ES": "gracias", "FR": "merci", "DE": "danke", "BR": "obrigado", "IT": "grazie",
          "NL": "dank je", "PL": "dziękuję", "JP": "ありがとう", "KR": "감사합니다", "CN": "谢谢", "TR": "teşekkürler",
          "PH": "salamat", "IN": "dhanyavaad", "GB": "cheers", "CA": "thanks"}
NATIVE_CITIES = {"ja_JP": ["東京", "大阪", "名古屋"], "zh_CN": ["北京", "上海", "广州"], "ko_KR": ["서울", "부산", "대구"],
                 "ru_RU": ["Москва", "Санкт-Петербург", "Казань"], "ar_SA": ["الرياض", "جدة", "القاهرة"],
                 "hi_IN": ["दिल्ली", "मुंबई", "लखनऊ"], "el_GR": ["Αθήνα", "Θεσσαλονίκη"], "he_IL": ["תל אביב", "חיפה"],
                 "th_TH": ["กรุงเทพ", "เชียงใหม่"], "uk_UA": ["Київ", "Львів", "Одеса"], "fa_IR": ["تهران", "اصفهان", "شیراز"],
                 "bn_BD": ["ঢাকা", "চট্টগ্রাম"]}


def intl_family_abroad():
    cc = pick(list(INTL))
    loc = INTL[cc]["loc"]
    s = (f"{pick(['Update:', 'FYI', 'Heads up -'])} {rel()} is back in {pick(['her', 'his'])} home country for a few months. "
         f"Address: {L(intl_address(cc), True)}. Phone {T(intl_phone(cc), True)}. "
         f"{pick(['Cousin', 'Neighbor', 'My aunt'])} {P(intl_full(loc), True)} {pick(['checks on', 'visits'])} {pick(['her', 'him'])} and {pick(['handles', 'picks up'])} the {drug()}.")
    return "international", s, None


def intl_payment():
    c, v = iban()
    lab = pick(["IBAN", "IBAN:", "iban", "", "account", "IBAN no."])
    loc = {"DE": "de_DE", "FR": "fr_FR", "GB": "en_GB", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL",
           "PT": "pt_BR", "BE": "nl_NL", "AT": "de_DE", "CH": "de_DE", "IE": "en_GB", "TR": "tr_TR", "SA": "ar_SA",
           "BR": "pt_BR", "SE": "en_GB"}[c]
    s = (f"{pick(['Please transfer', 'Wire', 'Send'])} the {pick(['deposit', 'rehab fee', 'care home fee', 'physio invoice'])} for {rel_low()} to "
         f"{(lab + ' ') if lab else ''}{A(v, True)}, {pick(['account holder', 'beneficiary', 'name'])} {P(intl_full(loc), True)}. "
         f"{pick(['Reference:', 'Ref', 'Note:'])} {cond()}")
    return "international", s, None


def intl_contact_card():
    cc = pick(list(INTL))
    loc = INTL[cc]["loc"]
    n = intl_full(loc)
    dom = INTL_DOMAINS.get(cc, ["gmail.com"])
    city = INTL[cc]["cities"][rng.randrange(len(INTL[cc]["cities"]))][0].split(",")[0].split(" - ")[0]
    s = (f"{pick(['Contact in', 'Family in', 'Emergency contact in'])} {L(city, True)}: {P(n, True)}\n"
         f"{T(intl_phone(cc), True)}\n{E(email_for(n, dom), True) if chance(0.6) and ascii_name(n) else L(intl_address(cc), True)}")
    return "international", s, None


def intl_nonlatin():
    loc = pick(["ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA", "hi_IN", "el_GR", "he_IL", "th_TH", "uk_UA", "fa_IR", "bn_BD"])
    cc = {"ja_JP": "JP", "zh_CN": "CN", "ko_KR": "KR"}.get(loc)
    place = L(intl_address(cc), True) if cc and chance(0.6) else L(pick(NATIVE_CITIES[loc]), True)
    s = (f"{rel()}'s {pick(['sister', 'brother', 'cousin', 'friend'])} {P(intl_full(loc), True)} {pick(['called from', 'lives in', 'is flying in from'])} {place}. "
         f"{pick(['She', 'He'])} {pick(['asked about', 'is worried about', 'wants to help with'])} the {cond()}.")
    if cc:
        s += f" {pick(['Number', 'Tel', 'Phone'])}: {T(intl_phone(cc), True)}"
    return "international", s, None


PT_LABELS = {"GB": ("Patient", "DOB", "NHS number", lambda: f"{_digits(3)} {_digits(3)} {_digits(4)}"),
             "DE": ("Patientin", "geb.", "Patienten-Nr.", lambda: _digits(8)),
             "FR": ("Patient·e", "né(e) le", "N° dossier", lambda: "H" + _digits(7)),
             "ES": ("Paciente", "fecha de nacimiento", "Nº historia", lambda: _digits(7)),
             "MX": ("Paciente", "fecha de nac.", "No. expediente", lambda: _digits(6) + "-" + _digits(2)),
             "BR": ("Paciente", "nasc.", "Prontuário", lambda: _digits(7)),
             "IT": ("Paziente", "nato il", "Cartella n.", lambda: _digits(4) + "/" + _digits(5)),
             "NL": ("Patiënt", "geb.", "Patiëntnummer", lambda: _digits(7)),
             "PL": ("Pacjent", "ur.", "Nr karty", lambda: _digits(8)),
             "CA": ("Patient", "DOB", "OHIP", lambda: f"{_digits(4)}-{_digits(3)}-{_digits(3)}-{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}"),
             "IN": ("Patient", "DOB", "UHID", lambda: "UH" + _digits(8)),
             "JP": ("患者", "生年月日", "診察券番号", lambda: _digits(7)),
             "KR": ("환자", "생년월일", "등록번호", lambda: _digits(8)),
             "PH": ("Patient", "DOB", "PhilHealth No.", lambda: f"{_digits(2)}-{_digits(9)}-{_digits(1)}"),
             "TR": ("Hasta", "doğum tarihi", "Protokol no", lambda: _digits(9)),
             "CN": ("患者", "出生日期", "病历号", lambda: _digits(10))}


def intl_dob_mrn():
    cc = pick(list(PT_LABELS))
    loc = INTL[cc]["loc"]
    pl, dl, ml, mk = PT_LABELS[cc]
    if cc in ("JP", "CN", "KR"):
        y, mo, d = dob_date()
        dv = f"{y}年{mo}月{d}日" if cc != "KR" else f"{y}년 {mo}월 {d}일"
    else:
        dv = dob(us=False, eng=cc in ('GB', 'CA', 'IN', 'PH'))
    s = (f"{pl}: {P(intl_full(loc), True)}, {dl} {D(dv, True)}. {ml} {M(mk(), True)}. "
         f"{pick(['On', 'Taking', 'Rx:'])} {drug()} for {cond()}.")
    if chance(0.5):
        s += f" {pick(['Family contact', 'Next of kin', 'Contact'])}: {P(intl_full(loc), True)} {T(intl_phone(cc), True)}"
    return "international", s, None


# ----------------------------------------------------------------------------- added for URL / SSN / INTL balance
def gt_obituary():
    n = us_full()
    parts = ascii_name(n).replace(",", "").lower().split()
    city, st = us_city_state()
    url = pick([f"https://www.legacy.com/us/obituaries/name/{parts[0]}-{parts[-1]}-obituary?id={_digits(8)}",
                f"www.{pick(['hillsidefuneral', 'oakwoodchapel', 'greenlawnfh', 'riversidememorial'])}.com/obituary/{parts[0]}-{parts[-1]}",
                f"https://www.tributearchive.com/obituaries/{_digits(8)}/{parts[0]}-{parts[-1]}"])
    s = (f"{pick(['The obituary for', 'Posting the obituary for', 'In case you missed it, the obit for'])} {rel_low()} is up: {U(url)} "
         f"- service {day()} at 11 in {L(city + ', ' + st)}. {pick(['Thank you to the hospice team', 'No flowers please', 'Donations to the Alzheimer’s Association'])}. {nm()}")
    return "general_text", s, None


def sp_link():
    a, b = us_given(), us_given()
    n = us_full()
    s = (f"{P(a)}: did you see {P(n)}'s post\n{P(b)}: no link?\n{P(a)}: {U(url_for(n))}\n"
         f"{P(b)}: omg. {pick(['praying for her', 'didnt know about the', 'so sorry about the'])} {cond()}")
    return "speaker_label", s, None


def sp_ssn():
    a, b = us_given(), us_given()
    who = pick(["dad", "mom", "grandma", "grandpa", "pops", "nana"])
    s = (f"{P(a)}: whats {K(who)}'s social again, {pick(['the SSA lady', 'the lawyer', 'medicaid', 'the bank'])} needs it\n"
         f"{P(b)}: {S(ssn())}\n{P(a)}: and {pick(['her', 'his'])} {pick(['medicare', 'member id', 'MRN'])}?\n{P(b)}: {M(mrn()[1])} "
         f"{pick(['its on the card in the kitchen drawer', 'dont post it anywhere else', 'i think'])}")
    return "speaker_label", s, None


def voice_msg():
    n = us_given()
    s = (f"{pick(['hi this is', 'hey its', 'this is'])} {P(n)} {pick(['calling about', 'about'])} my {pick(['mother', 'father', 'husband', 'wife'])} "
         f"{P(us_full())} {pick(['birthday', 'date of birth'])} {D(dob())} {pick(['she', 'he'])} needs {pick(['a refill on', 'the prior authorization for'])} the {drug()} "
         f"{pick(['please call me back at', 'my number is', 'you can reach me at'])} {phone_us()} thank you {pick(['bye', 'okay bye', 'have a good day'])}")
    return "voice_to_text", s, None


def intl_letter():
    cc = pick(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "CA", "IN", "PH"])
    loc = INTL[cc]["loc"]
    n = intl_full(loc)
    dom = INTL_DOMAINS.get(cc, ["gmail.com"])
    s = (f"{pick(['Hello', 'Dear care team', 'Hi'])}, I am {P(n, True)}, {rel_low()}'s {pick(['cousin', 'niece', 'nephew', 'sister-in-law'])} "
         f"in {L(INTL[cc]['cities'][0][0].split(',')[0].split(' - ')[0], True)}. {pick(['Please add me', 'Can you add me', 'I would like to be added'])} as a contact: "
         f"{E(email_for(n, dom), True)}, {T(intl_phone(cc), True)}, {L(intl_address(cc).replace(chr(10), ', '), True)}. "
         f"{pick(['I speak some English', 'I can help with the', 'I have a question about the'])}{(' ' + cond()) if chance(0.5) else ''}.")
    return "international", s, None


def intl_web():
    cc = pick(["GB", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "CA", "IN"])
    loc = INTL[cc]["loc"]
    n = intl_full(loc)
    parts = ascii_name(n).lower().split() or ["familia"]
    tld = {"GB": "co.uk", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BR": "com.br", "MX": "com.mx",
           "CA": "ca", "IN": "in"}[cc]
    url = pick([f"https://www.{parts[0]}-{parts[-1]}.{tld}", f"www.{parts[-1]}{parts[0][:1]}.{tld}/blog",
                f"https://www.facebook.com/{parts[0]}.{parts[-1]}.{_digits(2)}", f"https://www.justgiving.com/page/{parts[0]}-{parts[-1]}-{_digits(4)}",
                f"https://www.leetchi.com/c/{parts[0]}-{parts[-1]}", f"vakinha.com.br/{_digits(7)}"])
    s = (f"{pick(['My cousin', 'Her sister', 'His brother', 'Our friend'])} {P(n, True)} in {L(INTL[cc]['cities'][-1][0].split(',')[0].split(' - ')[0], True)} "
         f"{pick(['set up a page for donations', 'posts updates here', 'is raising money for the flights'])}: {U(url, True)} "
         f"- {pick(['for', 'about'])} {rel_low()}'s {cond()}")
    return "international", s, None


def intl_fwd():
    cc = pick(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "CA"])
    loc = INTL[cc]["loc"]
    a = intl_full(loc)
    c, v = iban(cc if cc in IBAN_COUNTRIES else None)
    s = (f"Fwd: from {P(a, True)} <{E(email_for(a, INTL_DOMAINS.get(cc, ['gmail.com'])), True)}>\n"
         f"> {pick(['Here are the bank details for the clinic', 'This is the account for the care home', 'For the physio invoice'])}: "
         f"{pick(['IBAN ', 'iban: ', '', 'IBAN: '])}{A(v, True)}\n> {pick(['Thanks', THANKS.get(cc, 'Cheers')])}, {P(a.split()[0], True)}")
    return "forwarded", s, None


TEMPLATES = [
    (cn_visit, 5), (cn_soap, 4), (cn_homevisit, 4), (cn_triage, 5), (cn_social, 4), (cn_handoff, 4), (cn_pharm, 4),
    (cn_intake_intl, 5),
    (form_registration, 5), (form_release, 3), (form_insurance, 3), (form_payment, 3), (form_emergency, 3),
    (form_directdeposit, 3),
    (gt_address_change, 3), (gt_billing, 3), (gt_refund_card, 3), (gt_bank, 3), (gt_url, 7), (gt_portal, 3),
    (gt_records, 3), (gt_identity_theft, 3), (gt_obituary, 4),
    (sig_block, 5), (sig_short, 3), (fwd_email, 4), (fwd_text, 3), (intl_fwd, 5),
    (list_contacts, 4), (list_schedule, 2), (list_names_inline, 3), (list_docs, 3), (list_addresses, 3),
    (sp_family, 3), (sp_care_team, 3), (sp_lower, 3), (sp_intl, 5), (sp_link, 4), (sp_ssn, 5),
    (lc_request, 4), (lc_email, 3), (lc_city, 2), (caps_msg, 4), (caps_ids, 3), (sms_short, 4), (voice_msg, 3),
    (run_on_story, 3), (run_on_paperwork, 4), (run_on_military, 3), (typo_msg, 4),
    (intl_family_abroad, 6), (intl_payment, 7), (intl_contact_card, 6), (intl_nonlatin, 6), (intl_dob_mrn, 7),
    (intl_letter, 6), (intl_web, 6),
]
