"""dev26's own templates, filled with Faker / values.py values. Each returns (style, text, ids, keep)."""
from values import V

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "prednisone", "Jardiance",
         "Trulicity", "donepezil", "Xarelto", "Plavix", "losartan", "hydrochlorothiazide", "tramadol", "Tylenol",
         "Entresto", "Spiriva", "albuterol", "Keppra", "Seroquel", "Ozempic", "insulin glargine", "furosemide",
         "carvedilol", "omeprazole", "Sinemet", "memantine", "allopurinol", "fish oil", "vitamin D", "Coumadin"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "congestive heart failure", "type 2 diabetes", "kidney disease", "pneumonia", "shingles", "a UTI",
         "dementia", "macular degeneration", "osteoporosis", "neuropathy", "gout", "sciatica", "vertigo", "cellulitis",
         "a blood clot", "high blood pressure", "sleep apnea", "lupus", "MS"]
LABS = ["Hemoglobin A1c", "A1c", "INR", "CBC", "BMP", "TSH", "lipid panel", "creatinine", "potassium", "PSA", "eGFR"]
BODY = ["knee", "hip", "shoulder", "left foot", "lower back", "wrist", "eyes", "heart", "lungs", "kidneys", "ankle"]
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Kaiser", "Humana", "Aetna", "Cleveland Clinic", "Walmart pharmacy",
        "the VA", "Rite Aid", "Publix pharmacy", "Blue Cross"]
REL = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Auntie", "Uncle", "Granny", "Pop-pop", "Mama", "Abuela", "Oma"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "I'll", "They're"]
HELP = ["988", "1-800-222-1222 Poison Control"]
INTL_CC = ["GB", "DE", "FR", "MX", "ES", "BR", "IT", "NL", "PL", "JP", "CN", "KR", "IN", "RU", "SA", "TR", "VN", "PH", "IE"]
REL_ABROAD = {"GB": "Nan", "DE": "Oma", "FR": "Mamie", "MX": "Abuelita", "ES": "Abuela", "BR": "Vovó", "IT": "Nonna",
              "NL": "Opa", "PL": "Babcia", "JP": "Obaachan", "CN": "Nainai", "KR": "Halmeoni", "IN": "Dadi",
              "RU": "Babushka", "SA": "Jiddo", "TR": "Anneanne", "VN": "Bà ngoại", "PH": "Lola", "IE": "Granny"}


def cond(v):
    return v.c(CONDS)


def drug(v):
    return v.c(DRUGS)


# ---------------------------------------------------------------- group chat / speaker label
def t_group_chat(v):
    a, b, c = v.first(), v.first(), v.first()
    rel = v.c(REL)
    dr, dz, day = drug(v), cond(v), v.c(DAYS)
    ph = v.us_phone()
    addr = v.us_address()
    text = (f"{a}: did anyone call about {rel}'s {dr} refill\n{b}: yes, pharmacy said {day}\n"
            f"{a}: ok. the home health nurse {c} wants the address again\n{b}: {addr}\n{b}: and her cell is {ph}")
    ids = [(a, "P"), (b, "P"), (c, "P"), (addr, "L"), (ph, "PH")]
    return "group_chat", text, ids, [f"{rel}'s", dr, "refill", "pharmacy", day, "home health nurse"]


def t_speaker(v):
    kid, aunt = v.first(), v.first()
    rel1, rel2 = v.c(["Daughter", "Son", "Granddaughter", "Grandson", "Niece", "Nephew"]), v.c(["Aunt", "Uncle", "Cousin", "Sister", "Brother"])
    lab, dz = v.c(LABS), cond(v)
    last = v.last()
    ph = v.us_phone()
    mid = v.mrn()
    text = (f"{rel1} {kid}: the {lab} came back high, Dr. {last} wants to talk about the {dz}\n"
            f"{rel2} {aunt}: what number\n{rel1} {kid}: {ph}, they'll ask for his {mid[0]} {mid[1]}")
    ids = [(kid, "P"), (aunt, "P"), (last, "P"), (ph, "PH"), (mid[1], "M")]
    return "speaker_label", text, ids, [rel1, rel2, lab, "Dr.", dz, mid[0]]


# ---------------------------------------------------------------- lower / upper case
def t_lower(v):
    fn, ln = v.first(), v.last()
    addr, ph, dr = v.us_address(), v.us_phone(), drug(v)
    dob = v.dob()
    text = f"hey its {fn} {ln}, new address for mom is {addr} and her home # is {ph}. pharmacy needs her dob {dob} to move the {dr}"
    text, ids = text.lower(), [(f"{fn} {ln}".lower(), "P"), (addr.lower(), "L"), (ph.lower(), "PH"), (dob.lower(), "D")]
    return "lower_case", text, ids, ["mom", "home #", "pharmacy", "dob", dr.lower()]


def t_lower2(v):
    a, b = v.first(), v.last()
    city = v.us_city()
    email = v.email(a, b)
    dz = cond(v)
    text = f"{a.lower()} said the {b.lower()}s in {city.lower()} can take grandpa to the {dz.lower()} appt thursday. email her at {email} if plans change"
    ids = [(a.lower(), "P"), (b.lower() + "s", "P"), (city.lower(), "L"), (email, "E")]
    return "lower_case", text, ids, ["grandpa", dz.lower(), "appt", "thursday"]


def t_caps(v):
    fn, ln = v.first().upper(), v.last().upper()
    ph = v.us_phone(allow_odd=False)
    ssn = v.ssn()
    dr = drug(v).upper()
    addr = v.c([v.po_box, v.rural, v.us_address])().upper()
    text = f"THIS IS {fn} {ln}. MY NEW NUMBER IS {ph}. SEND MY {dr} TO {addr}. THE MEDICARE LADY WANTS MY SOCIAL {ssn} DONT TELL ANYBODY"
    ids = [(f"{fn} {ln}", "P"), (ph, "PH"), (addr, "L"), (ssn, "S")]
    return "all_caps", text, ids, [dr, "MEDICARE", "SOCIAL", "DONT"]


def t_caps2(v):
    a = v.first().upper()
    dob = v.dob().upper()
    mid = v.mrn()
    city = v.us_city().upper()
    day = v.c(DAYS).upper()
    text = f"{a} TOOK GRANDMA TO THE ER IN {city} ON {day}. HER BIRTHDAY IS {dob} AND {mid[0].upper()} {mid[1].upper()}. SHE HAS {cond(v).upper()}"
    dz = text.split("SHE HAS ")[1]
    ids = [(a, "P"), (city, "L"), (dob, "D"), (mid[1].upper(), "M")]
    return "all_caps", text, ids, ["GRANDMA", "ER", day, "BIRTHDAY", mid[0].upper(), dz]


# ---------------------------------------------------------------- run-on / dictated / misspelled
def t_runon(v):
    a, b, c = v.first(), v.first(), v.last()
    ph, addr = v.us_phone(), v.us_address().replace("\n", " ")
    dr, part = drug(v), v.c(["knee", "hip", "shoulder", "wrist", "ankle", "left arm", "lower back"])
    text = (f"so {a} called and said {b} fell on the ice and hurt her {part} and now they want her at {addr} for x-rays and "
            f"she cant drive so I said I would take her but I need someone to call Dr {c} at {ph} about the {dr} because she ran out")
    ids = [(a, "P"), (b, "P"), (addr, "L"), (c, "P"), (ph, "PH")]
    return "run_on", text, ids, [part, "x-rays", dr]


def t_dictated(v):
    a, b = v.first(), v.first()
    n1, n2, n3 = v.d(3), v.d(3), v.d(4)
    words = "zero one two three four five six seven eight nine".split()
    spoken = " ".join(words[int(ch)] for ch in n1 + n2 + n3)
    dr = drug(v)
    m = v.c(MONTHS)
    text = f"Text {a} the nurse said {b} can have the {dr} again starting {m} period call her back at {spoken}"
    ids = [(a, "P"), (b, "P"), (spoken, "PH")]
    return "dictated", text, ids, ["nurse", dr, m]


def t_dictated2(v):
    a = v.first()
    addr = v.us_address().replace("\n", " ").replace(",", " comma")
    dob = v.dob()
    text = f"Message to {a} colon Grandma's new address is {addr} period her birthday for the forms is {dob} period thank you exclamation point"
    return "dictated", text, [(a, "P"), (addr, "L"), (dob, "D")], ["Grandma's", "birthday", "forms"]


def t_misspelled(v):
    a, b = v.first(), v.last()
    addr = v.us_address().replace("Street", "Stret").replace("Avenue", "Avenu").replace("Road", "Rode").replace("Drive", "Drvie")
    ph = v.us_phone()
    text = f"pleez tell {a} that Grammas new docter is Dr {b} at {addr}, the offise # is {ph}, she has to go fasting for the bloodwerk"
    return "misspelled", text, [(a, "P"), (b, "P"), (addr, "L"), (ph, "PH")], ["Grammas", "docter", "offise #", "fasting", "bloodwerk"]


def t_misspelled2(v):
    a = v.first()
    ssn, mid = v.ssn(), v.mrn()
    dz = cond(v)
    text = f"{a} plz send the insurence the socail {ssn} and his {mid[0]} {mid[1]}, they keep denyin the clame for his {dz}"
    return "misspelled", text, [(a, "P"), (ssn, "S"), (mid[1], "M")], ["insurence", "socail", mid[0], "clame", dz]


# ---------------------------------------------------------------- abbreviations / non-native
def t_abbrev(v):
    fn, ln = v.first(), v.last()
    dob, mid, ph = v.dob(), v.mrn(), v.us_phone()
    dr = drug(v)
    text = f"pt {fn} {ln} dob {dob} {mid[0]} {mid[1]}. needs refill {dr}. cb # {ph}. thx"
    return "abbreviated", text, [(f"{fn} {ln}", "P"), (dob, "D"), (mid[1], "M"), (ph, "PH")], ["pt", "dob", mid[0], "refill", dr, "cb #"]


def t_abbrev2(v):
    a = v.first()
    lab, val = v.c(LABS), v.r.randint(5, 12)
    addr = v.us_address().replace("\n", " ")
    email = v.email(a, v.last())
    text = f"FYI {a} - gma {lab} {val}.{v.r.randint(0, 9)} yday. appt w/ endo tmrw 2p @ {addr}. pls fwd results to {email}"
    return "abbreviated", text, [(a, "P"), (addr, "L"), (email, "E")], ["FYI", "gma", lab, "yday", "appt", "endo", "tmrw", "results"]


def t_nonnative(v):
    cg = v.c(["Maria", "Corazon", "Nkechi", "Svetlana", "Lakshmi", "Mei", "Ana Lucia", "Grace", "Blessing", "Oksana"])
    cliente = v.last()
    dr, part = drug(v), v.c(BODY)
    ph = v.us_phone()
    cc = v.c(INTL_CC)
    ph2 = v.intl_phone(cc)
    text = (f"Good evening. I am {cg} the caregiver of Mister {cliente}. Today he take the {dr} but he say pain in the {part}. "
            f"If you need me call {ph}. Weekend I am visit my family, you can call {ph2}")
    return "non_native", text, [(cg, "P"), (cliente, "P"), (ph, "PH"), (ph2, "PH", "I")], ["caregiver", dr, "pain", part, "Weekend"]


def t_nonnative2(v):
    cc = v.c(INTL_CC)
    name = v.intl_full(cc)
    boss = v.first()
    addr = v.us_address()
    dz = cond(v)
    text = f"Hello Miss {boss}, here is {name}, new helper from agency. I come tomorrow 8 o'clock to {addr}. Please tell me about the {dz}, I want to know before. Thank you"
    return "non_native", text, [(boss, "P"), (name, "P", "I"), (addr, "L")], ["agency", "tomorrow", dz, "Thank you"]


# ---------------------------------------------------------------- copied labels / forms / signatures / forwards
def t_label(v):
    fn, ln = v.first(), v.last()
    dr = drug(v)
    doc = v.last()
    addr = v.us_address().replace("\n", " ")
    ph = v.us_phone(allow_odd=False)
    org = v.c(["CVS", "Walgreens", "Rite Aid", "Kroger Pharmacy", "Walmart Pharmacy"])
    text = f"from the bottle: {org} {addr} {ph} RX# {v.d(7)} {ln.upper()}, {fn.upper()} {dr.upper()} TAKE AS DIRECTED DR {doc.upper()}"
    return "copied_label", text, [(addr, "L"), (ph, "PH"), (f"{ln.upper()}, {fn.upper()}", "P"), (doc.upper(), "P")], [org, dr.upper(), "TAKE AS DIRECTED"]


def t_label2(v):
    fn, ln = v.first(), v.last()
    mbi = v.mbi()
    dob = v.dob()
    text = f"copied off her card:\nName: {fn.upper()} {ln.upper()}\nMedicare Number: {mbi}\nBirth date {dob}\nHOSPITAL (PART A) / MEDICAL (PART B)"
    return "copied_label", text, [(f"{fn.upper()} {ln.upper()}", "P"), (mbi, "M"), (dob, "D")], ["Medicare Number", "HOSPITAL (PART A)", "MEDICAL (PART B)"]


def t_form(v):
    fn, ln = v.first(), v.last()
    dob, ssn, ph = v.dob(), v.ssn(), v.us_phone()
    addr = v.c([v.us_address, v.rural, v.po_box, v.military])()
    ec = v.first() + " " + v.last()
    dz = cond(v)
    text = (f"Patient name: {fn} {ln}\nDate of birth: {dob}\nSSN: {ssn}\nAddress: {addr}\nPhone: {ph}\n"
            f"Emergency contact: {ec}\nConditions: {dz}")
    return "form", text, [(f"{fn} {ln}", "P"), (dob, "D"), (ssn, "S"), (addr, "L"), (ph, "PH"), (ec, "P")], ["Patient name", "Date of birth", "SSN", "Emergency contact", dz]


def t_form2(v):
    fn, ln = v.first(), v.last()
    lab, acct = v.card()
    rt, ba = v.routing(), v.bank_acct()
    text = (f"Billing form - {fn} {ln}\nPay by {lab}: {acct}\nor autopay from checking: routing {rt} account {ba}\n"
            f"For: {v.c(['home oxygen', 'hospice', 'physical therapy', 'CPAP supplies', 'wound care'])} services")
    svc = text.split("For: ")[1].replace(" services", "")
    return "form", text, [(f"{fn} {ln}", "P"), (acct, "A"), (rt, "A"), (ba, "A")], ["Billing form", lab, "checking", "routing", "account", svc]


def t_signature(v):
    fn, ln = v.first(), v.last()
    ph, email, url = v.us_phone(), v.email(fn, ln), v.url(fn, ln)
    addr = v.us_address()
    dr = drug(v)
    text = f"Please remind Dad about the {dr} at lunch.\n\n{fn} {ln}\n{addr}\n{ph}\n{email}\n{url}"
    return "signature", text, [(f"{fn} {ln}", "P"), (addr, "L"), (ph, "PH"), (email, "E"), (url, "U")], ["Dad", dr, "lunch"]


def t_signature2(v):
    fn, ln = v.first(), v.last()
    ph = v.c([v.us_phone(), v.vanity()])
    url = v.url(fn, ln)
    dz = cond(v)
    text = f"So sorry to hear about your mother's {dz}. We're thinking of you.\n-- \n{fn} {ln}, {v.c(['Realtor', 'Owner', 'Pastor', 'Coach', 'Notary'])}\n{ph} | {url}"
    return "signature", text, [(f"{fn} {ln}", "P"), (ph, "PH"), (url, "U")], ["mother's", dz, "We're"]


def t_forward(v):
    fn, ln = v.first(), v.last()
    email = v.email(fn, ln)
    doc = v.last()
    dob = v.dob()
    lab = v.c(LABS)
    text = (f"---------- Forwarded message ---------\nFrom: {fn} {ln} <{email}>\nSubject: Re: {v.c(REL)}\n\n"
            f"Dr. {doc} said the {lab} is fine. They need DOB {dob} on the form.")
    rel = text.split("Re: ")[1].split("\n")[0]
    return "forwarded", text, [(f"{fn} {ln}", "P"), (email, "E"), (doc, "P"), (dob, "D")], ["Forwarded message", rel, "Dr.", lab, "DOB"]


def t_forward2(v):
    a = v.first()
    url = v.url(v.first(), v.last())
    addr = v.us_address()
    dz = cond(v)
    text = f"Fwd from {a}: \"Prayer list update - please lift up Brother {v.last()} with {dz}. Cards to {addr}. Updates at {url}\""
    bro = text.split("Brother ")[1].split(" with")[0]
    return "forwarded", text, [(a, "P"), (bro, "P"), (addr, "L"), (url, "U")], ["Prayer list", "Brother", dz, "Cards"]


# ---------------------------------------------------------------- general text / clinician note / list
def t_general(v):
    fn, ln = v.first(), v.last()
    old, new = v.us_address(), v.us_address()
    acct = v.bank_acct()
    text = f"Change of address for {fn} {ln}, account {acct}. Old: {old}. New: {new}. Effective {v.c(MONTHS)} 1. Thanks"
    m = text.split("Effective ")[1].split(" 1.")[0]
    return "general_text", text, [(f"{fn} {ln}", "P"), (acct, "A"), (old, "L"), (new, "L")], ["Change of address", "account", m, "Thanks"]


def t_general2(v):
    fn, ln = v.first(), v.last()
    lab, acct = v.card()
    ph = v.us_phone()
    text = f"Hi, I'm calling about a charge on my mother's {lab} {acct} from the {v.c(ORGS)} pharmacy. Her name is {fn} {ln}, callback {ph}."
    org = text.split("from the ")[1].split(" pharmacy")[0]
    return "general_text", text, [(acct, "A"), (f"{fn} {ln}", "P"), (ph, "PH")], ["I'm", "mother's", lab, org, "pharmacy"]


def t_clin(v):
    fn, ln = v.first(), v.last()
    dob, mid = v.dob(), v.mrn()
    dz, dr = cond(v), drug(v)
    fam = v.first()
    ph = v.us_phone()
    text = (f"Pt {fn} {ln}, DOB {dob}, {mid[0]} {mid[1]}. Hx {dz}. Started {dr}. "
            f"Discussed w/ {v.c(['daughter', 'son', 'wife', 'husband', 'niece'])} {fam} ({ph}). F/u 2 wks.")
    rel = text.split("w/ ")[1].split(" ")[0]
    return "clinician_note", text, [(f"{fn} {ln}", "P"), (dob, "D"), (mid[1], "M"), (fam, "P"), (ph, "PH")], ["Pt", "DOB", mid[0], "Hx", dz, dr, rel, "F/u"]


def t_clin2(v):
    ln = v.last()
    ssn = v.ssn()
    addr = v.us_address().replace("\n", " ")
    dz = cond(v)
    text = f"SW note: Mrs. {ln} lives alone at {addr}. SSN {ssn} verified for Medicaid application. Dx {dz}. Lives near {v.us_city()}."
    near = text.split("Lives near ")[1][:-1]
    return "clinician_note", text, [(f"Mrs. {ln}", "P"), (addr, "L"), (ssn, "S"), (near, "L")], ["SW note", "SSN", "Medicaid application", "Dx", dz]


def t_list(v):
    names = [v.first() for _ in range(3)]
    phs = [v.us_phone() for _ in range(3)]
    lines = "\n".join(f"- {n}: {p}" for n, p in zip(names, phs))
    dr = drug(v)
    text = f"Phone tree for Grandpa (he's on {dr} now):\n{lines}\n- Poison Control 1-800-222-1222"
    ids = [(n, "P") for n in dict.fromkeys(names)] + [(p, "PH") for p in phs]
    return "list", text, ids, ["Phone tree", "Grandpa", "he's", dr, "Poison Control 1-800-222-1222"]


def t_list2(v):
    ib, (lab, acct) = v.iban(), v.card()
    rt, ba = v.routing(), v.bank_acct()
    text = (f"Accounts for Mom's care costs:\n1. checking acct {ba} routing {rt}\n2. {lab} {acct}\n"
            f"3. {v.c(['IBAN', 'iban', 'Oma account'])} {ib}\n4. HSA for the {drug(v)}")
    lab3 = text.split("3. ")[1].split(" ")[0] if not text.split("3. ")[1].startswith("Oma") else "Oma"
    d4 = text.split("HSA for the ")[1]
    keep = ["Accounts", "Mom's", "care costs", "checking acct", "routing", lab, "HSA", d4]
    if lab3 in ("IBAN", "iban"):
        keep.append(lab3)
    else:
        keep.append("Oma")
    return "list", text, [(ba, "A"), (rt, "A"), (acct, "A"), (ib, "A", "I")], keep


# ---------------------------------------------------------------- international
def t_intl(v):
    cc = v.c(INTL_CC)
    rel = REL_ABROAD[cc]
    name = v.intl_full(cc)
    addr, ph, city = v.intl_address(cc), v.intl_phone(cc), v.intl_city(cc)
    dr = drug(v)
    text = f"{rel} {name} in {city} needs her {dr} sent over. Address: {addr}. Her phone {ph}"
    ids = [(name, "P", "I"), (city, "L", "I"), (addr, "L", "I"), (ph, "PH", "I")]
    return "international", text, ids, [rel, dr, "Address"]


def t_intl2(v):
    cc = v.c(INTL_CC)
    name = v.intl_full(cc)
    ib = v.iban(v.c(list(V.IBAN_FMT)))
    ph = v.intl_phone(cc)
    us = v.first()
    dz = cond(v)
    fn0 = name.split(" ")[0]
    dom = {"GB": "btinternet.com", "DE": "web.de", "FR": "orange.fr", "MX": "prodigy.net.mx", "ES": "telefonica.es",
           "BR": "uol.com.br", "IT": "libero.it", "NL": "ziggo.nl", "PL": "wp.pl", "IE": "eircom.net", "TR": "ttmail.com",
           "IN": "rediffmail.com", "PH": "yahoo.com.ph", "VN": "vnn.vn", "JP": "docomo.ne.jp", "CN": "163.com",
           "KR": "naver.com", "RU": "mail.ru", "SA": "stc.com.sa"}[cc]
    local = v.c(["family.help", "care.fund", "for.mom", "hilfe", "ayuda"]) + str(v.r.randint(10, 99))
    email = f"{local}@{dom}"
    text = (f"{us}: cousin {name} wants to help pay for Dad's {dz} treatment. Send the details to {email}. "
            f"The account is {v.c(['IBAN ', 'iban: ', '', 'IBAN: '])}{ib}. Call {ph} first")
    ids = [(us, "P"), (name, "P", "I"), (email, "E", "I"), (ib, "A", "I"), (ph, "PH", "I")]
    return "international", text, ids, ["cousin", "Dad's", dz, "treatment"]


def t_intl3(v):
    cc = v.c(INTL_CC)
    name = v.intl_full(cc)
    dob = v.dob(us=False)
    addr = v.intl_address(cc)
    mrn = v.c(["NHS no. ", "patient no. ", "Versichertennr. ", "dossier n° ", "expediente "]) + v.d(10)
    lab, num = mrn.rsplit(" ", 1)
    text = f"Clinic abroad sent this for Grandpa's brother: {name}, born {dob}, {lab} {num}, home {addr}. Dx {cond(v)}"
    dz = text.split("Dx ")[1]
    return "international", text, [(name, "P", "I"), (dob, "D", "I"), (num, "M", "I"), (addr, "L", "I")], ["Clinic", "Grandpa's", "brother", "born", lab, dz]


def t_intl_run(v):
    cc = v.c(INTL_CC)
    rel = REL_ABROAD[cc]
    name = v.intl_full(cc)
    city, ph = v.intl_city(cc), v.intl_phone(cc)
    us, usph = v.first(), v.us_phone()
    text = (f"{us} called from the airport and said {rel} {name} is still in the hospital in {city} with {cond(v)} and "
            f"the doctor there only speaks to family so call {ph} and if nobody answers call {us} back at {usph}")
    dz = text.split(" with ")[1].split(" and")[0]
    return "run_on", text, [(us, "P"), (name, "P", "I"), (city, "L", "I"), (ph, "PH", "I"), (usph, "PH")], ["airport", rel, "hospital", dz, "doctor", "family"]


def t_intl_list(v):
    rows, ids = [], []
    for _ in range(3):
        cc = v.c(INTL_CC + ["CA"])
        nm = v.intl_full(cc)
        ad = v.intl_address(cc).replace("\n", ", ")
        rows.append(f"* {nm} - {ad}")
        ids += [(nm, "P", "I"), (ad, "L", "I")]
    text = "Addresses for Mom's get-well cards from overseas:\n" + "\n".join(rows) + f"\n(she is on {drug(v)}, no chocolate)"
    d = text.split("on ")[-1].split(",")[0]
    seen, out = set(), []
    for t in ids:
        if t[0] not in seen:
            seen.add(t[0]); out.append(t)
    return "list", text, out, ["Mom's", "get-well cards", d, "chocolate"]


def t_intl_sig(v):
    cc = v.c(["GB", "DE", "FR", "NL", "IT", "ES", "IE", "PL"])
    name = v.intl_full(cc)
    addr, ph = v.intl_address(cc), v.intl_phone(cc)
    ib = v.iban(cc if cc in V.IBAN_FMT else "DE")
    text = f"Thinking of your father after the {cond(v)} diagnosis. I can send money for the {drug(v)}.\n\n{name}\n{addr}\nTel. {ph}\nIBAN {ib}"
    dz = text.split("after the ")[1].split(" diagnosis")[0]
    dr = text.split("for the ")[1].split(".")[0]
    return "signature", text, [(name, "P", "I"), (addr, "L", "I"), (ph, "PH", "I"), (ib, "A", "I")], ["father", dz, "diagnosis", dr, "IBAN"]


def t_intl_fwd(v):
    cc = v.c(INTL_CC)
    name = v.intl_full(cc)
    email = v.email(v.c(["anna", "luca", "yuki", "priya", "omar", "sofia", "jan", "minh"]), v.c(["k", "m", "s", "w"]),
                    intl_domain=v.c(["gmx.de", "libero.it", "orange.fr", "qq.com", "naver.com", "yandex.ru", "gmail.com"]))
    ph = v.intl_phone(cc)
    city = v.intl_city(cc)
    text = (f"FW: {name} <{email}>\n> The cardiologist in {city} says your uncle's {v.c(LABS)} is improving. "
            f"> Call me on {ph} before {v.c(DAYS)}.")
    lab = text.split("uncle's ")[1].split(" is")[0]
    day = text.split("before ")[1][:-1]
    return "forwarded", text, [(name, "P", "I"), (email, "E", "I"), (city, "L", "I"), (ph, "PH", "I")], ["FW", "cardiologist", "uncle's", lab, day]


def t_intl_clin(v):
    cc = v.c(INTL_CC)
    name = v.intl_full(cc)
    ph = v.intl_phone(cc)
    city = v.intl_city(cc)
    fam, usph = v.first(), v.us_phone()
    text = (f"Visiting pt {name} from {city}, on {drug(v)} at home. Local contact {fam} {usph}; family abroad {ph}. "
            f"Interpreter requested.")
    dr = text.split("on ")[1].split(" at home")[0]
    return "clinician_note", text, [(name, "P", "I"), (city, "L", "I"), (fam, "P"), (usph, "PH"), (ph, "PH", "I")], ["Visiting pt", dr, "Local contact", "family abroad", "Interpreter"]


def t_intl_caps(v):
    cc = v.c(["GB", "DE", "FR", "MX", "ES", "BR", "IT", "NL", "PL", "IE", "IN", "PH"])
    name = v.intl_full(cc).upper()
    ph = v.intl_phone(cc)
    city = v.intl_city(cc).upper()
    text = f"TELL {v.c(['MOM', 'DAD', 'GRANDMA'])} THAT {name} FROM {city} CALLED ABOUT THE {drug(v).upper()}. HIS NUMBER {ph}"
    rel = text.split("TELL ")[1].split(" ")[0]
    dr = text.split("ABOUT THE ")[1].split(".")[0]
    return "all_caps", text, [(name, "P", "I"), (city, "L", "I"), (ph, "PH", "I")], [rel, dr]


def t_general_intl(v):
    cc = v.c(INTL_CC)
    addr = v.intl_address(cc)
    nm = v.intl_full(cc)
    fn, ln = v.first(), v.last()
    url = v.url(fn, ln)
    text = f"Hi, please update the mailing address for the {v.c(['hospital bill', 'pharmacy statement', 'Medicare notice'])} of {fn} {ln}: c/o {nm}, {addr}. Photos of the trip: {url}"
    what = text.split("for the ")[1].split(" of ")[0]
    return "general_text", text, [(f"{fn} {ln}", "P"), (nm, "P", "I"), (addr, "L", "I"), (url, "U")], ["mailing address", what]


def t_dictated_intl(v):
    cc = v.c(["MX", "ES", "BR", "IT", "FR", "DE", "PH", "IN"])
    nm = v.intl_full(cc)
    ph = v.intl_phone(cc)
    email = v.email(v.first(), v.last())
    text = f"Send to cousin {nm} comma the doctor says the {cond(v)} is stable period call us on WhatsApp at {ph} or email {email} period"
    dz = text.split("says the ")[1].split(" is stable")[0]
    return "dictated", text, [(nm, "P", "I"), (ph, "PH", "I"), (email, "E")], ["cousin", "doctor", dz, "WhatsApp"]


def t_misspelled_intl(v):
    cc = v.c(INTL_CC)
    nm = v.intl_full(cc)
    ph = v.intl_phone(cc)
    addr = v.intl_address(cc)
    text = f"my cuzin {nm} is comming from overseas to help with mom after the sugery, her numbr is {ph} and she lives at {addr}"
    return "misspelled", text, [(nm, "P", "I"), (ph, "PH", "I"), (addr, "L", "I")], ["cuzin", "mom", "sugery", "numbr"]


def t_abbrev_intl(v):
    cc = v.c(INTL_CC)
    nm = v.intl_full(cc)
    ph = v.intl_phone(cc)
    ib = v.iban()
    text = f"re: gpa's meds from abroad - contact {nm} {ph}. pmt via IBAN {ib}. ty!!"
    return "abbreviated", text, [(nm, "P", "I"), (ph, "PH", "I"), (ib, "A", "I")], ["gpa's", "meds", "pmt", "IBAN"]


def t_label_intl(v):
    cc = v.c(["JP", "CN", "KR", "DE", "FR", "IT", "MX", "BR"])
    nm = v.intl_full(cc)
    addr = v.intl_address(cc)
    ph = v.intl_phone(cc)
    text = f"copied from the box grandma's sister mailed: FROM {nm} / {addr} / TEL {ph}. inside: {v.c(['ginseng', 'herbal tea', 'vitamin D', 'fish oil', 'arnica cream'])}"
    item = text.split("inside: ")[1]
    return "copied_label", text, [(nm, "P", "I"), (addr, "L", "I"), (ph, "PH", "I")], ["grandma's", "sister", item]


def t_speaker_intl(v):
    cc = v.c(INTL_CC)
    rel = REL_ABROAD[cc]
    nm = v.intl_full(cc)
    ph = v.intl_phone(cc)
    us = v.first()
    text = f"{us}: {rel} wants to video call after the {cond(v)} results\nCousin {nm}: use this number {ph}, she doesn't have the app"
    dz = text.split("after the ")[1].split(" results")[0]
    return "speaker_label", text, [(us, "P"), (nm, "P", "I"), (ph, "PH", "I")], [rel, dz, "results", "Cousin", "doesn't"]


def t_group_intl(v):
    cc = v.c(INTL_CC)
    nm = v.intl_full(cc)
    addr = v.intl_address(cc)
    a, b = v.first(), v.first()
    text = f"{a}: shipping the {drug(v)} to {nm}, is this address right? {addr}\n{b}: yes that's the one, add the postcode"
    dr = text.split("shipping the ")[1].split(" to ")[0]
    return "group_chat", text, [(a, "P"), (b, "P"), (nm, "P", "I"), (addr, "L", "I")], [dr, "postcode"]


def t_lower_intl(v):
    cc = v.c(["GB", "DE", "FR", "MX", "ES", "BR", "IT", "NL", "PL", "IE", "IN", "PH", "TR", "VN"])
    nm = v.intl_full(cc).lower()
    city = v.intl_city(cc).lower()
    ph = v.intl_phone(cc)
    text = f"btw {nm} from {city} sent flowers for grandpa, her number is {ph} if u want to say thanks. he's doing better on the {drug(v).lower()}"
    dr = text.split("on the ")[1]
    return "lower_case", text, [(nm, "P", "I"), (city, "L", "I"), (ph, "PH", "I")], ["flowers", "grandpa", "he's", dr]


def t_url_chat(v):
    a, fn, ln = v.first(), v.first(), v.last()
    url = v.url(fn, ln)
    cc = v.c(["DE", "FR", "IT", "ES", "NL", "PL", "BR", "MX"])
    nm = v.intl_full(cc)
    slug = nm.lower().replace(" ", "-")
    tld = {"DE": "de", "FR": "fr", "IT": "it", "ES": "es", "NL": "nl", "PL": "pl", "BR": "com.br", "MX": "com.mx"}[cc]
    url2 = v.c([f"https://www.{slug}.{tld}", f"https://blog.{slug}.{tld}/familie", f"www.{slug}-fotos.{tld}"])
    text = (f"{a}: I made a page for Grandpa's {cond(v)} updates {url}\n{a}: and his friend {nm} overseas posted about it too {url2}")
    dz = text.split("Grandpa's ")[1].split(" updates")[0]
    return "group_chat", text, [(a, "P"), (url, "U"), (nm, "P", "I"), (url2, "U", "I")], ["Grandpa's", dz, "updates", "overseas"]


TEMPLATES = {
    # name: (function, count)
    "group_chat": (t_group_chat, 4), "url_chat": (t_url_chat, 8), "group_intl": (t_group_intl, 4),
    "speaker": (t_speaker, 5), "speaker_intl": (t_speaker_intl, 6),
    "lower": (t_lower, 5), "lower2": (t_lower2, 4), "lower_intl": (t_lower_intl, 4),
    "caps": (t_caps, 8), "caps2": (t_caps2, 5), "caps_intl": (t_intl_caps, 5),
    "runon": (t_runon, 6), "runon_intl": (t_intl_run, 7),
    "dictated": (t_dictated, 5), "dictated2": (t_dictated2, 5), "dictated_intl": (t_dictated_intl, 5),
    "misspelled": (t_misspelled, 5), "misspelled2": (t_misspelled2, 7), "misspelled_intl": (t_misspelled_intl, 5),
    "abbrev": (t_abbrev, 6), "abbrev2": (t_abbrev2, 5), "abbrev_intl": (t_abbrev_intl, 5),
    "nonnative": (t_nonnative, 6), "nonnative2": (t_nonnative2, 7),
    "label": (t_label, 5), "label2": (t_label2, 6), "label_intl": (t_label_intl, 5),
    "form": (t_form, 7), "form2": (t_form2, 6),
    "signature": (t_signature, 6), "signature2": (t_signature2, 5), "signature_intl": (t_intl_sig, 6),
    "forward": (t_forward, 6), "forward2": (t_forward2, 6), "forward_intl": (t_intl_fwd, 5),
    "general": (t_general, 5), "general2": (t_general2, 5), "general_intl": (t_general_intl, 6),
    "clin": (t_clin, 6), "clin2": (t_clin2, 6), "clin_intl": (t_intl_clin, 5),
    "list": (t_list, 5), "list2": (t_list2, 6), "list_intl": (t_intl_list, 6),
    "intl": (t_intl, 12), "intl2": (t_intl2, 9), "intl3": (t_intl3, 8),
}
