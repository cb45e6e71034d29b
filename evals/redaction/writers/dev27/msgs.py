"""Message templates (own). Each returns (style, markup)."""
from templates import *

def K(x): return "<" + x + ">"

def t_lower_city(g):
    r = g.r; c1, c2 = g.city(), g.city()
    n = g.name("en_US", "first").lower(); k = g.keeps(2)
    pre = r.choice(["from", "in", "near", "to", "at the", "out by"])
    return "lower_case", (f"{{P:{n}}} here. {K(k[0].lower())} refill is at the {{L:{c1.lower()}}} clinic, but "
            f"we live {pre} {{L:{c2.lower()}}} now. record {{M:{g.mrn()}}}, call {{T:{g.us_phone()}}} re {K(k[1])}")

def t_caps(g):
    r = g.r; nm = g.name("en_US").upper(); c = g.city().upper(); k = g.keeps(1)[0].upper()
    return "all_caps", (f"{{P:{nm}}} NEEDS {K(k)} PICKED UP IN {{L:{c}}}. DOB {{D:{g.dob().upper()}}}. "
            f"ADDRESS {{L:{g.us_address(oneline=True).upper()}}}. PHONE {{T:{g.us_phone().upper()}}}")

def t_speaker(g):
    r = g.r; a, b = g.name("en_US", "first"), g.name("en_US", "first"); rel = r.choice(["Daughter", "Son", "Niece", "Wife", "Neighbor"])
    k = g.keeps(2); c = g.case(g.city())
    return "speaker_label", (f"{rel} {{P:{a}}}: {K(k[0])} is done, she's resting.\n{{P:{b}}}: ok, I'm driving over from {{L:{c}}}. "
            f"her number there is {{M:{g.mrn()}}} right?\n{rel} {{P:{a}}}: yes. {K(k[1])} check at 3, my cell {{T:{g.us_phone()}}}")

def t_list(g):
    r = g.r; lines = []
    for _ in range(3):
        last, first = g.name("en_US", "last"), g.name("en_US", "first")
        lines.append(r.choice([f"- {{P:{last}, {first}}} ({{M:{g.mrn()}}}) {K(g.keeps(1)[0])}",
                               f"* {{P:{first} {last}}}, {{M:{g.mrn()}}}, {{L:{g.case(g.city())}}}",
                               f"{{P:{first} {last}}}\t{{M:{g.mrn()}}}\t{{D:{g.dob()}}}"]))
    return "list", "clinic list for " + K(r.choice(["Monday", "Tuesday", "Friday"])) + ":\n" + "\n".join(lines)

def t_runon(g):
    r = g.r; n1, n2 = g.name("en_US"), g.name("en_US", "first"); c1, c2 = g.city(), g.city(); k = g.keeps(2)
    return "run_on", (f"so {{P:{n2}}} finally got {K(r.choice(REL))} into the {{L:{c1}}} clinic and {{P:{n1}}} at the desk wanted the card so i read it out "
            f"{{M:{g.mrn()}}} and then they said the {K(k[0])} order was sent to {{L:{c2}}} by mistake and we have to call {{T:{g.us_phone()}}} about the {K(k[1])}")

def t_signature(g):
    r = g.r; f, l = g.name("en_US", "first"), g.name("en_US", "last")
    k = g.keeps(1)[0]
    extra = r.choice([f"{{U:{g.url(f, l)}}}\n", f"{{T:{g.us_phone()}}} (cell)\n", ""])
    return "signature", (f"Thanks for the update on {K(r.choice(REL))}'s {K(k)}.\n\n{{P:{f} {l}}}\n{{L:{g.us_address()}}}\n"
            f"{{T:{g.us_phone()}}}\n{extra}{{E:{g.email(f, l)}}}")

def t_form(g):
    r = g.r; f, l = g.name("en_US", "first"), g.name("en_US", "last")
    reg, lab, acc = g.account()
    rr = "!" if reg == "INTL" else ""
    return "form", (f"Name: {{P:{f} {l}}}\nDOB: {{D:{g.dob()}}}\nSSN: {{S:{g.ssn()}}}\n{r.choice(['Member ID', 'Medicare ID', 'Chart #', 'MRN', 'Medicaid #'])}: {{M:{g.mrn()}}}\n"
            f"Address: {{L:{g.us_address(oneline=True)}}}\nPayment: {lab}{{A{rr}:{acc}}}\nDiagnosis: {K(g.keeps(1)[0])}")

def t_bank(g):
    r = g.r; n = g.name("en_US")
    return "general_text", (f"For the {K(r.choice(['Medicare', 'Kaiser', 'Medicaid']))} reimbursement please use routing number {{A:{g.routing()}}} and "
            f"{r.choice(['account number', 'checking account', 'acct no.'])} {{A:{g.d(r.randint(8,12))}}}. Name on the account: {{P:{n}}}. "
            f"It's for {K(r.choice(REL))}'s {K(g.keeps(1)[0])}.")

def t_card(g):
    r = g.r; n = g.name("en_US"); lab = r.choice(["card", "cc", "visa", "credit card", "Visa card", "CC#"])
    card = luhn_card(r, valid=r.random() < 0.7, sep=r.choice([" ", "-", ""]))
    return "general_text", (f"Please charge the {K(g.keeps(1)[0])} copay to my {lab} {{A:{card}}}, name {{P:{n}}}, billing ZIP {{L:{g.us.zipcode()}}}.")

def t_clin(g):
    r = g.r; l, f = g.name("en_US", "last"), g.name("en_US", "first"); k = g.keeps(3)
    mr = g.mrn()
    mrpart = r.choice([f"({{M:{mr}}})", f"MRN {{M:{mr}}}", f"{{M:{mr}}}", f"[{{M:{mr}}}]", f"#{{M:{mr}}}"])
    return "clinician_note", (f"{{P:{l}, {f}}} {mrpart}, DOB {{D:{g.dob()}}}. Hx {K(k[0])}, {K(k[1])}. Started {K(k[2])}. "
            f"Lives in {{L:{g.case(g.city())}}}; contact {{P:{g.name('en_US')}}} {{T:{g.us_phone()}}}.")

def t_address_change(g):
    r = g.r; n = g.name("en_US")
    return "general_text", (f"Address change for {{P:{n}}}: old {{L:{g.us_address()}}}, new {{L:{g.us_address()}}}. "
            f"{K(r.choice(['Medicare', 'Walgreens', 'CVS']))} mail-order {K(g.keeps(1)[0])} should go to the new one. SSN {{S:{g.ssn()}}}")

def t_chat(g):
    r = g.r; f = g.name("en_US", "first")
    return "chat_qa", (f"Agent: record number?\n{{P:{f}}}: {{M:{g.mrn()}}}\nAgent: date of birth?\n{{P:{f}}}: {{D:{g.dob()}}}\n"
            f"Agent: which city?\n{{P:{f}}}: {{L:{g.case(g.city(), (4, 3, 3))}}}\nAgent: got it, {K(g.keeps(1)[0])} order confirmed.")

def t_table(g):
    r = g.r; rows = ["patient | id | city | drug"]
    for _ in range(3):
        rows.append(f"{{P:{g.name('en_US')}}} | {{M:{g.mrn()}}} | {{L:{g.case(g.city())}}} | {K(g.keeps(1)[0])}")
    return "table", "\n".join(rows)

def t_email_subject(g):
    f, l = g.name("en_US", "first"), g.name("en_US", "last")
    return "email", (f"Subject: {{P:{l}}} {{M:{g.mrn()}}}\nHi, attached are the {K(g.keeps(1)[0])} results for {K(g.r.choice(REL))}. "
            f"Reply to {{E:{g.email(f, l)}}} or call {{T:{g.us_phone()}}}. - {{P:{f}}}\n{{U:{g.url(f, l)}}}")

def t_forward(g):
    f, l = g.name("en_US", "first"), g.name("en_US", "last"); c = g.city()
    return "forwarded", (f"---- Forwarded ----\nFrom: {{P:{f} {l}}} ({{E:{g.email(f, l)}}})\n"
            f"> {K(g.r.choice(['Dad', 'Mom']))} is at the {{L:{c}}} hospital, {{M:{g.mrn()}}}\n> {K(g.keeps(1)[0])} started, born {{D:{g.dob()}}}\n> SSN {{S:{g.ssn()}}}, my page {{U:{g.url(f, l)}}}")

def t_typos(g):
    f = g.name("en_US", "first").lower(); c = g.city()
    return "typos", (f"hii its {{P:{f}}}, {K(g.r.choice(['mom', 'dad', 'grandma']))} apointment in {{L:{c}}} got moved, plz call {{T:{g.us_phone()}}} "
            f"abt the {K(g.keeps(1)[0])}. her nubmer {{M:{g.mrn()}}} and ssn {{S:{g.ssn()}}}")

# ---------------- international
def t_intl_addr(g):
    r = g.r
    loc, addr = g.intl_address()
    nl = loc in NONLATIN
    nm = g.name(loc)
    ph = g.intl_phone(loc if loc in PHONE_FMT else None)
    return "international", (f"{K(r.choice(REL))} is staying with {{P!:{nm}}} at {{L!:{addr}}} for now. "
            f"Her {K(g.keeps(1)[0])} is there. Reach them on {{T!:{ph}}}.")

def t_intl_pay(g):
    r = g.r; loc = r.choice(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "en_GB"])
    cc = {"de_DE": "DE", "fr_FR": "FR", "nl_NL": "NL", "es_ES": "ES", "it_IT": "IT", "pl_PL": "PL", "en_GB": "GB"}[loc]
    ib = iban(r, cc, spaced=r.random() < 0.5, lower=r.random() < 0.25)
    lab = r.choice(["IBAN ", "iban ", "IBAN: ", ""])
    _, addr = g.intl_address(loc)
    return "international", (f"Payment for {K(g.keeps(1)[0])} in {{L!:{g.f[loc].city()}}}: {lab}{{A!:{ib}}}, account holder {{P!:{g.name(loc)}}}, "
            f"{{L!:{addr}}}. Questions: {{T!:{g.intl_phone(loc)}}}")

def t_intl_speaker(g):
    r = g.r; loc = r.choice(list(NONLATIN) + ["vi_VN", "tr_TR", "fil_PH", "es_MX", "pt_BR"])
    a, b = g.name(loc), g.name("en_US", "first")
    city = g.f[loc].city()
    return "international", (f"{{P:{b}}}: {K(r.choice(['Grandma', 'Grandpa']))} called from {{L!:{city}}}\n"
            f"{{P!:{a}}}: {K(g.keeps(1)[0])} finished. born {{D!:{g.dob_intl()}}}. phone {{T!:{g.intl_phone()}}}\n{{P:{b}}}: thanks, sending {K(g.keeps(1)[0])}")

def t_intl_note(g):
    r = g.r; loc = r.choice(["en_GB", "de_DE", "fr_FR", "ja_JP", "en_IN", "es_MX", "pt_BR", "zh_CN", "ko_KR"])
    nm = g.name(loc); _, addr = g.intl_address(loc)
    f, l = g.name("en_US", "first"), g.name("en_US", "last")
    return "clinician_note", (f"Visiting pt {{P!:{nm}}} ({{M!:{g.mrn()}}}) from abroad, staying at {{L!:{addr}}}. {K(g.keeps(1)[0])}. "
            f"Host {{P:{f} {l}}} {{T:{g.us_phone()}}}, {{E:{g.email(f, l)}}}. Home GP {{T!:{g.intl_phone(loc if loc in PHONE_FMT else None)}}}")

def t_intl_general(g):
    r = g.r; loc = r.choice(["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "ru_RU", "ar_SA", "hi_IN"])
    nm = g.name(loc); fn = nm.split()[0]
    return "general_text", (f"Hello, I moved back to {{L!:{g.f[loc].city()}}}. Please refund to {{A!:{iban(r, spaced=r.random()<0.5)}}} "
            f"(holder {{P!:{nm}}}). My new number {{T!:{g.intl_phone()}}}. {K(r.choice(['Medicare', 'Kaiser']))} stopped my {K(g.keeps(1)[0])}.")

US_T = [t_lower_city, t_caps, t_speaker, t_list, t_runon, t_signature, t_form, t_bank, t_card, t_clin, t_address_change,
        t_chat, t_table, t_email_subject, t_forward, t_typos, t_email_subject, t_forward, t_table, t_typos, t_chat, t_form]

def t_intl_sig(g):
    r = g.r; loc = r.choice(["en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL", "pt_BR", "es_MX", "en_IN", "en_CA"])
    f, l = g.name(loc, "first"), g.name(loc, "last"); _, addr = g.intl_address(loc)
    return "signature", (f"Many thanks for looking after {K(r.choice(REL))} — the {K(g.keeps(1)[0])} is going well.\n\n{{P!:{f} {l}}}\n{{L!:{addr}}}\n"
            f"{{T!:{g.intl_phone(loc if loc in PHONE_FMT else None)}}}\n{{E!:{g.email(f, l, loc)}}}")

def t_intl_caps(g):
    r = g.r; loc = r.choice(["en_GB", "de_DE", "fr_FR", "es_MX", "pt_BR", "en_IN", "it_IT", "pl_PL", "tr_TR"])
    _, addr = g.intl_address(loc)
    return "all_caps", (f"{K(r.choice(REL).upper())} FLIES HOME {K(r.choice(['MONDAY', 'FRIDAY']))}. SEND THE {K(g.keeps(1)[0].upper())} PAPERS TO "
            f"{{L!:{addr.upper()}}}. CONTACT {{P!:{g.name(loc).upper()}}} {{T!:{g.intl_phone(loc if loc in PHONE_FMT else None)}}}")

def t_intl_list(g):
    r = g.r; lines = []
    for _ in range(3):
        loc = r.choice(list(PHONE_FMT))
        lines.append(f"- {{P!:{g.name(loc)}}} ({{L!:{g.f[loc].city()}}}) {{T!:{g.intl_phone(loc)}}}")
    return "list", f"family abroad to call about {K(r.choice(REL))}'s {K(g.keeps(1)[0])}:\n" + "\n".join(lines)

def t_intl_runon(g):
    r = g.r; loc = r.choice(["es_MX", "pt_BR", "fil_PH", "vi_VN", "hi_IN", "zh_CN", "ko_KR", "ja_JP", "ar_SA", "ru_RU"])
    nm = g.name(loc); c = g.f[loc].city(); k = g.keeps(2)
    return "run_on", (f"so my cousin {{P!:{nm}}} called from {{L!:{c}}} and said {K(r.choice(['Grandma', 'Grandpa']))} stopped the {K(k[0])} "
            f"because it costs too much there and now the {K(k[1])} is bad again and i told her to call {{T!:{g.intl_phone()}}} which is the clinic "
            f"near {{L:{g.city()}}} where we took her last year and she said ok")

INTL_T = [t_intl_addr, t_intl_pay, t_intl_speaker, t_intl_note, t_intl_general, t_intl_sig, t_intl_caps, t_intl_list, t_intl_runon]
