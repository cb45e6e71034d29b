"""Own templates, filled with Faker + gen.py values. Each template returns marked-up text (markup.py)."""
import gen
from gen import R, pick

def P(x, i=False): return f"[[{x}|P{'!' if i else ''}]]"
def L(x, i=False): return f"[[{x}|L{'!' if i else ''}]]"
def PH(x, i=False): return f"[[{x}|PH{'!' if i else ''}]]"
def E(x, i=False): return f"[[{x}|E{'!' if i else ''}]]"
def U(x, i=False): return f"[[{x}|U{'!' if i else ''}]]"
def S(x): return f"[[{x}|S]]"
def M(x): return f"[[{x}|M]]"
def D(x, i=False): return f"[[{x}|D{'!' if i else ''}]]"
def A(x, i=False): return f"[[{x}|A{'!' if i else ''}]]"
def K(x): return "{{" + x + "}}"

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "amlodipine", "atorvastatin", "gabapentin", "insulin glargine", "Humira", "Ozempic", "prednisone",
         "albuterol", "levothyroxine", "furosemide", "Xarelto", "donepezil", "tramadol", "omeprazole", "losartan",
         "Jardiance", "hydrochlorothiazide", "Keppra", "Synthroid", "vitamin D3", "fish oil", "turmeric", "magnesium",
         "ibuprofen", "Tylenol", "aspirin 81", "Entresto", "carvedilol", "Seroquel", "methotrexate", "Trulicity"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "congestive heart failure", "type 2 diabetes", "hypertension", "chronic kidney disease", "macular degeneration",
         "sleep apnea", "rheumatoid arthritis", "osteoporosis", "major depressive disorder", "shingles", "pneumonia",
         "UTI", "gout", "migraine", "sciatica", "anemia", "hypothyroidism", "dementia", "glaucoma", "neuropathy"]
LABS = ["Hemoglobin A1c", "lipid panel", "CBC", "BMP", "TSH", "INR", "PSA", "eGFR", "urinalysis", "vitamin B12 level"]
BODY = ["left knee", "lower back", "right hip", "ankles", "chest", "kidneys", "shoulder", "wrist"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REL = ["Mom", "Dad", "Grandpa", "Grandma", "my husband", "my wife", "my son", "my daughter", "my aunt", "my uncle"]
ORGS = ["Walgreens", "CVS", "Kaiser", "Mayo Clinic", "Medicare", "Rite Aid", "Humana", "Aetna", "Cleveland Clinic"]
IM, DONT = "I'm", "Don't"
WE_ILL = ["We'll", "I'll"]
NO_CAR = ["i don't", "we don't", "she doesn't", "he can't"]
CONTRA = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "It's"]

def drug(): return K(pick(DRUGS))
def cond(): return K(pick(CONDS))
def lab(): return K(pick(LABS))

def name_variant(n):
    k = R.random()
    if k < .12: return n.lower()
    if k < .22: return n.upper()
    return n

def rec_phrase():
    lab_, val = gen.record()
    return (f"{lab_} {M(val)}" if lab_ else f"{M(val)}"), val

def spoken_digits(s):
    words = {"0": pick(["zero", "oh"]), "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
             "6": "six", "7": "seven", "8": "eight", "9": "nine"}
    out = []
    for ch in s:
        if ch.isdigit(): out.append(words[ch])
        elif ch.isalpha(): out.append(ch.upper())
        elif ch in "-": out.append("dash")
    return " ".join(out)

# ------------------------------------------------------------------ US templates
def t_voicemail():
    n = gen.us_name(); rel = gen.us_name()
    ph = gen.us_phone().split(" x")[0].split(" ext")[0]
    digits_only = "".join(c for c in ph if c.isdigit())[-10:]
    spoken = pick([", ".join([spoken_digits(digits_only[:3]), spoken_digits(digits_only[3:6]), spoken_digits(digits_only[6:])]),
                   " ".join(digits_only), f"{digits_only[:3]}-{digits_only[3:6]}-{digits_only[6:]}"])
    lab_, val = gen.record()
    val_sp = pick([spoken_digits(val), " ".join(val), val])
    first = n.split()[0]
    return pick([
        f"Voicemail transcript: hi, this is {P(rel)} calling about {pick(['my mother', 'my dad', 'my neighbor'])} {P(n)}, {lab_ or 'her number'} is {M(val_sp)}. {K(IM)} not sure if the {drug()} was sent. Call me back at {PH(spoken)}.",
        f"VM from {PH(ph)}: \"Hey it's {P(first)}, uh, {P(n)}, checking on my {lab()} results, my {lab_ or 'ID'} is {M(val_sp)}, born {D(gen.dob())}. Thanks.\"",
        f"Voicemail ({R.randint(0, 1)}:{R.randint(10, 59)}): this message is for {P(gen.clinician()[0])}. {P(n)} here, {K(pick(DAYS))} appointment for my {cond()}, I moved to {L(gen.us_address(pick(['comma', 'nocomma', 'statefull'])))}. Number {PH(spoken)}.",
    ])

def t_portal():
    n = gen.us_name(); last, first = n.split()[-1], " ".join(n.split()[:-1])
    shown = pick([n.upper(), f"{last.upper()}, {first.upper()}", f"{last}, {first}", n])
    lab_, val = gen.record()
    cl = gen.clinician()[0]
    return pick([
        f"Copied from the portal:\nPatient: {P(shown)}\n{(lab_ or 'ID').rstrip(':')}: {M(val)}\nDOB: {D(gen.dob())}\nAddress: {L(gen.us_address('lines'))}\nSSN: {S(gen.ssn())}\nProblem list: {cond()}, {cond()}",
        f"from the app -> {P(shown)} | {lab_ or 'Member'} {M(val)} | PCP {P(cl)} | {K(pick(ORGS))} | next lab: {lab()}",
        f"Patient Name: {P(shown)}   DOB: {D(gen.dob())}   {(lab_ or 'MRN').rstrip(':')}: {M(val)}\nPhone: {PH(gen.us_phone())}   Email: {E(gen.email(n))}\nMedications: {drug()}, {drug()}",
    ])

def t_speaker():
    a, b, c = gen.us_first(), gen.us_first(), gen.us_name()
    rel = pick(["Daughter", "Son", "Wife", "Husband", "Niece", "Neighbor", "Caregiver", "Aide", "Nurse"])
    return pick([
        f"{rel} {P(a)}: {K('Mom')} took her {drug()} at 8\n{P(b)}: ok, {P(gen.clinician()[0])} said watch her {K(pick(BODY))}\n{rel} {P(a)}: call me {PH(gen.us_phone())}",
        f"{P(a)}: where is {P(c)} staying now?\n{P(b)}: {L(gen.us_address())}\n{P(a)}: and the {cond()} clinic number?\n{P(b)}: {PH(gen.us_phone())}",
        f"{rel} {P(a)}: {lab()} came back high\n{P(b.upper())}: WHAT DID THE DOCTOR SAY\n{rel} {P(a)}: up the {drug()}. his {rec_phrase()[0]}",
    ])

def t_lower():
    n = gen.us_name().lower(); a = gen.us_address(pick(["lower", "nocomma", "nozip"])).lower()
    return pick([
        f"hi its {P(n)} my {pick(['mom', 'dad', 'gram', 'husband'])} needs the {drug()} sent to {L(a)} pls, {K(pick(NO_CAR))} have a car. {PH(gen.us_phone())}",
        f"can u tell {P(gen.clinician()[0].lower())} that {P(n)} is in {L(gen.city_state().lower())} this week for the {cond()} thing. dob {D(gen.dob())}",
        f"{P(n.split()[0])} here, lost my card, my {M(gen.record()[1].lower())} is the number i think? its for {lab()} at {K(pick(['walgreens', 'cvs', 'kaiser']))}",
        f"new email for {P(n)} is {E(gen.email(n).lower())} and new cell {PH(gen.us_phone())}. {cond()} appt still on",
    ])

def t_caps():
    n = gen.us_name().upper(); a = gen.us_address("caps")
    return pick([
        f"THIS IS {P(n)}. MY {K(pick(DRUGS).upper())} WAS NOT DELIVERED TO {L(a)}. CALL {PH(gen.us_phone())}",
        f"PATIENT {P(n)} DOB {D(gen.dob())} {rec_phrase()[0].upper()} NEEDS {K(pick(LABS).upper())} BEFORE {K(pick(DAYS).upper())}",
        f"MY SOCIAL IS {S(gen.ssn())} AND I LIVE IN {L(gen.pick(gen.CITIES).upper())}. {K('MEDICARE')} SAID CALL YOU ABOUT MY {K(pick(CONDS).upper())}. {P(n)}",
    ]).replace("[[", "[[").replace("|M]]", "|M]]")

def t_list():
    names = [gen.us_name() for _ in range(R.randint(3, 4))]
    lines = [f"- {P(name_variant(x))}: {PH(gen.us_phone())}" for x in names]
    return pick([
        f"Call list for {K(pick(['Mom', 'Dad', 'Grandpa', 'Grandma']))} ({cond()}):\n" + "\n".join(lines),
        f"{P(names[0])}, {P(names[1].split()[0])} and {P(names[2].split()[0])} are covering {K(pick(DAYS))}s.\n" + "\n".join(lines[:2]) + f"\n* meds: {drug()}, {drug()}",
        f"Addresses for the cards:\n" + "\n".join(f"{i+1}. {P(x)} — {L(gen.us_address(pick(['comma', 'nocomma', 'unitcomma'])) if R.random() < .8 else gen.military())}" for i, x in enumerate(names[:3])) + f"\n({K('Mom')}'s {cond()} means she can't write them herself)",
    ])

def t_runon():
    n, m = gen.us_name(), gen.us_first()
    return pick([
        f"so {P(m)} took {K(pick(['Mom', 'Dad', 'Grandpa']))} to see {P(gen.clinician()[0])} and they said the {cond()} is worse so now its {drug()} twice a day and then we drove back to {L(gen.city_state())} and {P(n)} met us there",
        f"i keep telling {P(n.split()[0].lower())} to take the {drug()} but he says \"{K(DONT)} need it\" and then his {K(pick(BODY))} hurts again and he calls me at {PH(gen.us_phone())} at 2am",
        f"anyway the new place is {L(gen.us_address(pick(['nocomma', 'lower', 'comma'])))} and {P(m)} is helping move {K('Mom')} in {K(pick(DAYS))} and the {cond()} nurse {P(gen.us_first())} will come after that",
    ])

def t_signature():
    n = gen.us_name()
    cl, _ = gen.clinician()
    return pick([
        f"Thanks for checking on her {cond()}.\n\n{P(n)}\n{E(gen.email(n))}\n{PH(gen.us_phone())}\n{U(gen.url(n))}",
        f"{K(pick(WE_ILL))} see you {K(pick(DAYS))}.\n--\n{P(cl)}\nFamily Medicine\n{L(gen.us_address('lines'))}\nTel {PH(gen.us_phone())} | Fax {PH(gen.us_phone())}",
        f"Got the {drug()}, thanks!\n– {P(n.split()[0])}\nSent from my phone\nMy blog about caregiving: {U(gen.url(n))}",
        f"Best,\n{P(n)} | {E(gen.email(n))} | {U(gen.url(n))}\n(re: the {lab()} order)",
    ])

def t_form():
    n = gen.us_name()
    return pick([
        f"Name: {P(n)}\nDOB: {D(gen.dob())}\nSSN: {S(gen.ssn())}\nAddress: {L(gen.us_address())}\nPhone: {PH(gen.us_phone())}\nDiagnosis: {cond()}",
        f"PATIENT REGISTRATION\nLast: {P(n.split()[-1])}  First: {P(n.split()[0])}\nBirth date: {D(gen.dob())}\nSoc Sec #: {S(gen.ssn())}\nInsurance {rec_phrase()[0]}\nEmail: {E(gen.email(n))}\nMeds: {drug()}",
        f"Payment info\nCardholder: {P(n.upper())}\nSSN (for credit check): {S(gen.ssn())}\n{pick(['Card', 'CC', 'Visa', 'Credit card', 'card #'])}: {A(gen.card())}\nBilling address: {L(gen.us_address('comma'))}\nFor: {lab()}",
        f"Direct deposit form\nName: {P(n)}\nSSN: {S(gen.ssn())}\nRouting number: {A(gen.routing())}\nAccount number: {A(gen.bank_acct())}\nPhone: {PH(gen.us_phone())}\n(for {K('Medicare')} reimbursement of {drug()})",
    ])

def t_forwarded():
    n, m = gen.us_name(), gen.us_name()
    return pick([
        f"---------- Forwarded message ---------\nFrom: {P(n)} <{E(gen.email(n))}>\nSubject: {K(pick(['Mom', 'Dad']))}\n\nHer {lab()} was off again, {P(gen.clinician()[0])} wants to add {drug()}. She's at {L(gen.us_address())}.",
        f"Fwd from {P(m.split()[0])}:\n> {P(n)} needs a ride to {L(gen.us_address(pick(['comma', 'nocomma'])))} for the {cond()} visit\n> call {PH(gen.us_phone())}",
        f"FW: paperwork\n> name {P(n)}\n> social {S(gen.ssn())}\n> page {U(gen.url(n))}\n{K(DONT)} lose this, it's for the {cond()} disability claim",
        f"FW: update\n>> from {E(gen.email(n))}\n>> {P(n.split()[0])}'s page is {U(gen.url(n))}, please share. {cond()} surgery went ok.",
    ])

def t_general():
    n = gen.us_name()
    return pick([
        f"Please update my mailing address to {L(gen.us_address())}. Old address: {L(gen.us_address())}. {P(n)}, {PH(gen.us_phone())}. (Still getting {drug()} refills.)",
        f"Billing question: I was charged twice. {pick(['card', 'cc', 'visa', 'credit card', 'Card'])} {A(gen.card())}, name {P(n)}. It was the {lab()} visit.",
        f"Refund to my checking please, routing {A(gen.routing())}, acct {A(gen.bank_acct())}. {P(n)}. Re: {K(pick(ORGS))} overpayment for {cond()} care.",
        f"Our fundraiser for {P(n)}'s {cond()} treatment: {U(gen.url(n))}. Checks to {L(gen.us_address() if R.random() < .6 else 'PO Box ' + str(R.randint(1, 9999)) + ', ' + gen.city_state())}.",
        f"Identity check for the {K(pick(ORGS))} claim: {P(n)}, SSN {S(gen.ssn())}, DOB {D(gen.dob())}. Survivor page: {U(gen.url(n))}. ({cond()})",
        f"Change of address for my {K('Medicare')} card: {P(n.upper())}, {rec_phrase()[0]}, new address {L(gen.military() if R.random() < .4 else gen.us_address())}. {K(IM)} dealing with {cond()} so please mail, no calls.",
    ])

def t_clinician():
    n = gen.us_name(); cl = gen.clinician()[0]
    age = R.randint(20, 95)
    return pick([
        f"S: {age} y/o pt {P(n)} ({rec_phrase()[0]}) here for {cond()} f/u. On {drug()}, {drug()}.\nO: {lab()} pending.\nP: RTC 3 mo. — {P(cl)}",
        f"Phone note: spoke w/ pt's {pick(['daughter', 'son', 'wife', 'husband', 'aide'])} {P(gen.us_first())} at {PH(gen.us_phone())} re: {cond()}. DOB {D(gen.dob())} verified. {P(cl)}",
        f"Home visit: {P(n)}, {L(gen.us_address(pick(['comma', 'nocomma'])))}. {K(pick(BODY))} exam stable. Meds reconciled: {drug()}. SSN on face sheet {S(gen.ssn())}.",
        f"Pt {P(n.upper())} DOB {D(gen.dob())} MRN {M(gen.record()[1])}. Dx {cond()}. Plan: {drug()}. Email summary to {E(gen.email(n))}.",
    ])

TYPO = {"the": "teh", "please": "pleese", "address": "adress", "because": "becuase", "tomorrow": "tommorow",
        "appointment": "appointmnet", "received": "recieved", "doctor": "docter", "number": "numbr", "with": "wiht"}
def t_typos():
    n = gen.us_name()
    s = pick([
        f"please tell the doctor my appointment is tomorrow, my name {P(n)} and my number {PH(gen.us_phone())}, i take {drug()} with food",
        f"my new address is {L(gen.us_address(pick(['nocomma', 'lower'])))} because we moved, {P(n.split()[0])} has {cond()} and needs the doctor",
        f"i never received the {drug()} please call {PH(gen.us_phone())} the number on file, dob {D(gen.dob())}, {P(n)}",
        f"the doctor {P(gen.clinician()[1].split()[-1])} said {rec_phrase()[0]} is the number for the appointment with {P(n)} about {cond()}",
    ])
    import re
    parts = re.split(r"(\[\[.*?\]\]|\{\{.*?\}\})", s)
    return "".join(p if p.startswith(("[[", "{{")) else " ".join(TYPO.get(w, w) if R.random() < .7 else w for w in p.split(" ")) for p in parts)

# ------------------------------------------------------------------ international
def intl_url(nm):
    p = gen.slug(nm) or [gen.pick(["anna", "jun", "mehmet", "olga"]) + gen.digits(3)]
    return pick([f"https://www.xing.com/profile/{'_'.join(x.capitalize() for x in p)}", f"https://{''.join(p)}.de/blog",
                 f"vk.com/{'.'.join(p)}{gen.digits(2)}", f"https://www.{p[-1]}-{p[0]}.fr", f"https://{''.join(p)}.com.br",
                 f"https://note.com/{p[0]}_{gen.digits(3)}", f"https://www.facebook.com/{'.'.join(p)}.{gen.digits(4)}",
                 f"https://blog.naver.com/{p[0]}{gen.digits(4)}"])

def t_intl():
    loc = pick(["de_DE", "fr_FR", "es_MX", "pt_BR", "it_IT", "nl_NL", "pl_PL", "ja_JP", "zh_CN", "ko_KR", "hi_IN",
                "ru_RU", "ar_SA", "tr_TR", "vi_VN", "en_GB", "es_ES"])
    nm, _ = gen.intl_name(loc)
    addr, country = gen.intl_address()
    rel = pick(["My cousin", "Grandma", "Our uncle", "My sister-in-law", "Dad's friend", "My mother", "The nurse"])
    us = gen.us_name()
    return pick([
        f"{rel} {P(nm, True)} lives at {L(addr, True)}. Phone {PH(gen.intl_phone(), True)}. She takes {drug()} for her {cond()}.",
        f"Sending money for {P(nm, True)}'s {cond()} treatment: IBAN {A(gen.iban(), True)}. Questions to {E(gen.email(nm, True), True)} or {PH(gen.intl_phone(), True)}. — {P(us)}",
        f"{P(nm, True)} (born {D(gen.dob('intl'), True)}) is visiting us in {L(gen.city_state())} from {L(pick(gen.INTL_CITIES), True)}. Needs {drug()} refill. Her home number {PH(gen.intl_phone(), True)}.",
        f"Forwarded from {P(nm, True)}: \"{K(pick(['Mom', 'Dad']))} is in hospital in {L(pick(gen.INTL_CITIES), True)}, {lab()} results attached. Pay the clinic: {A(gen.iban(), True)}. Address: {L(addr, True)}\"",
        f"Contact abroad: {P(nm, True)}\n{L(addr, True)}\nTel: {PH(gen.intl_phone(), True)}\nEmail: {E(gen.email(nm, True), True)}\n(emergency contact for {P(us)}, {cond()})",
        f"Follow {P(nm, True)}'s recovery ({cond()}) at {U(intl_url(nm), True)} — she's back home at {L(addr, True)}, {PH(gen.intl_phone(), True)}.",
        f"{P(nm, True)}\n{L(addr, True)}\n{PH(gen.intl_phone(), True)} · {E(gen.email(nm, True), True)} · {U(intl_url(nm), True)}\n(re: {drug()} for {P(us)})",
        f"{P(us)} here — my {pick(['brother', 'mother', 'aunt'])} {P(nm, True)} in {L(pick(gen.INTL_CITIES), True)} wants to pay the {lab()} bill, {pick(['IBAN', 'iban', 'account'])} {A(gen.iban(), True)}, her number {PH(gen.intl_phone(), True)}.",
    ])

TEMPLATES = {"voicemail": t_voicemail, "portal_copy": t_portal, "speaker_label": t_speaker, "lower_case": t_lower,
             "all_caps": t_caps, "list": t_list, "run_on": t_runon, "signature": t_signature, "form": t_form,
             "forwarded": t_forwarded, "general_text": t_general, "clinician_note": t_clinician, "typos": t_typos,
             "international": t_intl}
