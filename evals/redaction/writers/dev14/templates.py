"""dev14 templates: one function per template, grouped by style. Each returns marked text
([[value|TYPE|REGION]] for identifiers, {{word}} for keep words)."""
from values import *

def kd(g): return K(g.ch(DRUGS))
def kid(g): return K(g.ch(INTL_DRUGS))
def kc(g): return K(g.ch(CONDS))
def kl(g): return K(g.ch(LABS))
def ko(g): return K(g.ch(ORGS))
def kins(g): return K(g.ch(INSURERS))
def kplace(g): return K(g.ch(PLACES))
def kph(g): return K(g.ch(PHARMS))
def kw(g): return K(g.ch(WEEKDAYS))
def km(g): return K(g.ch(MONTHS))
def kr(g): return K(g.ch(RELS))
def kx(g): return K(g.ch(CONTR))
def kt(g): return K(g.ch(TITLES))
def kb(g): return K(g.ch(BODY))
CCS = list(CC)
C_DONT, C_DIDNT, C_IM, C_IVE, C_WONT, C_CANT = "Don't", "Didn't", "I'm", "I've", "Won't", "Can't"
C_SHED, C_HED, C_THEYD = "She'd", "He'd", "They'd"
def icc(g): return g.ch(CCS)
def ipn(g, cc):  # international person, always INTL
    return g.intl_person(cc)

# ----------------------------------------------------------------- lower_case
def lc1(g):
    p, m = g.us_person(), g.us_person('F')
    return (f"hi its {P(p['first'])} again, {K('mom')} ({P(m['first'])}) ran out of her {kd(g)} and the pharmacy in {L(g.city_st())} "
            f"says they need her dob {D(g.dob_us())} before they refill. can u call me {T(g.us_phone())}")
def lc2(g):
    p = g.us_person()
    return (f"ok so {K(g.ch(['dad', 'grandpa', 'my husband']))} fell again last night, we're home now at {L(g.us_addr())}. "
            f"my cell is {T(g.us_phone())} and the nurse wanted his mrn {M(g.mrn_us())}. his {kb(g)} is swollen, still on {kd(g)}")
def lc3(g):
    p = g.us_person()
    return (f"this is {P(p['full'])} - new email is {E(g.email(p))} pls stop using the old one. still taking {kd(g)} and {kd(g)}, "
            f"{kc(g)} about the same")
def lc4(g):
    p, q = g.us_person(), g.us_person()
    return (f"reminder for {P(p['first'])}: {kc(g)} follow up {kw(g)} at 10, bring the {kl(g)} results. "
            f"ride is {P(q['full'])} {T(g.us_phone())}, he'll pick u up at {L(g.us_addr('std'))}")
def lc5(g):
    cc = icc(g); a = g.intl_person(cc, 'F')
    return (f"my aunt {P(a['full'], 'I')} lives in {L(g.intl_city(cc), 'I')} now, her number there is {T(g.intl_phone(cc), 'I')}. "
            f"shes on {kd(g)} for {kc(g)} and wants to know if she can get it there")
def lc6(g):
    p = g.us_person(); cc = icc(g); b = ipn(g, cc)
    return (f"{K(g.ch([C_DONT, C_DIDNT]))} know if this matters but {P(p['first'])} said her ssn on the {ko(g)} form was wrong, it should be {S(g.ssn())}. "
            f"her sister {P(b['first'], 'I')} in {L(g.intl_city(cc), 'I')} has the originals")
def lc7(g):
    p = g.us_person()
    return (f"can someone send {P(p['first'])} {P(p['last'])}'s {kl(g)} from {km(g)}? fax is fine or email {E(g.email(p))}. "
            f"dob {D(g.dob_us())}, member id {M(g.mrn_us())}")
def lc8(g):
    p, q, r = g.us_person(), g.us_person(), g.us_person()
    return (f"{P(p['first'])}, {P(q['first'])} and {P(r['first'])} are doing the {kd(g)} checks this week. "
            f"if nobody answers try {T(g.us_phone())} or the neighbor at {L(g.us_addr('nocomma'))}")

# ----------------------------------------------------------------- all_caps
def ac1(g):
    p = g.us_person('F')
    return f"PLEASE CALL MY DAUGHTER {P(p['full'])} AT {T(g.us_phone())} ABOUT {kr(g)}'S {kd(g)} DOSE. SHE HAS POWER OF ATTORNEY"
def ac2(g):
    p = g.us_person()
    return (f"NEW ADDRESS: {L(g.us_addr())}. {kr(g)} {P(p['first'])} IS MOVING IN WITH ME ON {kw(g)} "
            f"SO SEND THE {kd(g)} THERE")
def ac3(g):
    return (f"MY SSN IS {S(g.ssn())} AND DOB {D(g.dob_us())} FOR THE {ko(g)} FORM. I TAKE {kd(g)} AND {kd(g)} "
            f"FOR MY {kc(g)}")
def ac4(g):
    c, st, pre = g.us_city()
    return (f"{L(c)} PHARMACY LOST MY {kd(g)} AGAIN!!! MRN {M(g.mrn_us())}. CALL ME {T(g.us_phone())} "
            f"NOT THE HOUSE PHONE")
def ac5(g):
    cc = icc(g); a = g.intl_person(cc, 'M')
    return (f"MY SON {P(a['full'], 'I')} IN {L(g.intl_city(cc), 'I')} CAN BE REACHED AT {T(g.intl_phone(cc), 'I')} "
            f"OR {E(g.email(a, cc), 'I')}. HE KNOWS ABOUT MY {kc(g)}")
def ac6(g):
    p, q = g.us_person(), g.us_person()
    return (f"{P(p['last'])} FAMILY UPDATE - {kr(g)} HOME FROM HOSPITAL, {kl(g)} BETTER. {P(q['first'])} "
            f"DROPPING OFF {kd(g)} AT {L(g.us_addr())}")
def ac7(g):
    cc = g.ch(["GB", "DE", "FR", "NL", "IT", "ES"]); a = ipn(g, cc); ib, _ = g.iban(cc, "sp")
    return (f"REFUND FOR THE {kd(g)} GOES TO MY ACCOUNT IBAN {A(ib, 'I')} (NAME {P(a['full'], 'I')}). "
            f"I LIVE AT {L(g.intl_addr(cc), 'I')}")
def ac8(g):
    p = g.us_person()
    return (f"THIS IS {P(p['first'])}. {K(C_IM)} NOT GOING TO THE {kt(g)} ANYMORE, MY {kb(g)} HURTS. "
            f"TEXT {T(g.us_phone())}")

# ----------------------------------------------------------------- speaker_label
def sl1(g):
    p, q, dr = g.us_person(), g.us_person(), g.us_person()
    return (f"{K(g.ch(['Daughter', 'Son', 'Niece']))} {P(p['first'])}: {K('mom')} took her {kd(g)} at 8, {kl(g)} was fine\n"
            f"{P(q['first'])}: ok thx. I'll call Dr. {P(dr['last'])} at {T(g.us_phone())}")
def sl2(g):
    p, q = g.us_person(), g.us_person()
    d = g.dob_us()
    return (f"{P(p['first'])}: she's at {L(g.us_addr())} now\nNurse {P(q['first'])}: got it. DOB?\n"
            f"{P(p['first'])}: {D(d)}\nNurse {P(q['first'])}: thanks, adding {kd(g)} to her list")
def sl3(g):
    p, q = g.us_person('M'), g.us_person()
    return (f"{P(p['first'].upper())} ({K(g.ch(['son', 'grandson', 'husband']))}): his {kc(g)} is acting up\n"
            f"{P(q['first'].upper())}: did he take the {kd(g)}?\n{P(p['first'].upper())}: yes. call {T(g.us_phone())} if it gets worse")
def sl4(g):
    cc = icc(g); a, b = ipn(g, cc), ipn(g, cc)
    return (f"{P(a['first'], 'I')}: {kr(g)} is staying with me at {L(g.intl_addr(cc), 'I')} until {km(g)}\n"
            f"{P(b['first'], 'I')}: ok, her {kd(g)} is in the blue bag. my number is {T(g.intl_phone(cc), 'I')}")
def sl5(g):
    p, q = g.us_person(), g.us_person()
    return (f"{K('Caregiver')} {P(p['full'])}: BP 150/94 this morning, gave {kd(g)}\n"
            f"{K('Patient')}: {K(g.ch([C_IM, C_IVE]))} been dizzy though\n{P(p['first'])}: noted, I'll email {E(g.email(q))} about the {kl(g)}")
def sl6(g):
    p, q = g.us_person(), g.us_person()
    return (f"{P(p['first'].lower())}: who has {K('grandpa')}'s medicare card\n{P(q['first'].lower())}: me. number is {M(g.mbi())}\n"
            f"{P(p['first'].lower())}: ok and his {kd(g)} refill went to {K('Walgreens')}")
def sl7(g):
    cc = g.ch(["JP", "CN", "KR", "RU", "SA"]); a, b = ipn(g, cc), ipn(g, cc)
    return (f"{P(a['full'], 'I')}: gave {K('grandmother')} the {kd(g)} morning and night\n{P(b['full'], 'I')}: ok. next visit {kw(g)}, "
            f"the clinic is {T(g.intl_phone(cc), 'I')}")

# ----------------------------------------------------------------- list
def li1(g):
    a, b, c = g.us_person(), g.us_person(), g.us_person()
    return (f"Emergency contacts:\n1. {P(a['full'])} ({K(g.ch(['daughter', 'son', 'sister']))}) - {T(g.us_phone())}\n"
            f"2. {P(b['full'])} - {T(g.us_phone())}\n3. {P(c['full'])}, {E(g.email(c))}, {W(g.url(c))}\nMeds: {kd(g)}, {kd(g)}, {kd(g)}")
def li2(g):
    a, b, c = g.us_person(), g.us_person(), g.us_person()
    return (f"Who's coming {kw(g)}: {P(a['first'])}, {P(b['first'])} and {P(c['first'])}. Bring the {kd(g)} refill "
            f"and the {kl(g)} printout")
def li3(g):
    dr = g.us_person()
    return (f"- {kd(g)} 500mg twice daily\n- {kd(g)} at night\n- pharmacy: {kph(g)} at {L(g.us_addr('std'))}\n"
            f"- PCP Dr. {P(dr['last'])} {T(g.us_phone())}")
def li4(g):
    cc = icc(g); a, b = ipn(g, cc), ipn(g, cc)
    return (f"Family abroad:\n* {P(a['full'], 'I')} - {T(g.intl_phone(cc), 'I')}\n* {P(b['full'], 'I')} - {L(g.intl_addr(cc), 'I')}\n"
            f"* both know about {kc(g)} and the {kd(g)}")
def li5(g):
    p = g.us_person()
    return (f"Checklist for {P(p['first'])}'s move:\n[x] change address to {L(g.us_addr(multiline=False))}\n[ ] call caseworker {P(g.us_person()['first'])} {T(g.us_phone())}\n"
            f"[ ] transfer {kd(g)} prescription\n[ ] new {kl(g)} in {km(g)}")
def li6(g):
    a, b, c, d = g.us_person(), g.us_person(), g.us_person(), g.us_person()
    return (f"Meal train sign-ups: {kw(g)} {P(a['first'])} {P(a['last'])}; {kw(g)} {P(b['full'])}; {kw(g)} {P(c['full'])} "
            f"({T(g.us_phone())}); weekend {P(d['first'])}. No grapefruit with the {kd(g)}!")
def li7(g):
    cc = icc(g); a = ipn(g, cc)
    return (f"Travel docs for {kr(g)}:\n- passport name: {P(a['full'], 'I')}\n- DOB {D(g.dob_intl(cc), 'I')}\n"
            f"- hotel: {L(g.intl_addr(cc), 'I')}\n- local doctor {T(g.intl_phone(cc), 'I')}\n- travel {K('visa')} card {A(g.card()[0], 'I')}\n- {kd(g)} x 30 days")

# ----------------------------------------------------------------- run_on
def ro1(g):
    p, q, dr = g.us_person(), g.us_person('F'), g.us_person()
    return (f"so yesterday {P(p['first'])} drove {K('mom')} over to {kplace(g)} on {L(g.us_addr())} and they said her {kl(g)} was high "
            f"and then we called dr {P(dr['last'])} at {T(g.us_phone())} but nobody picked up and then {K('my sister')} {P(q['first'])} "
            f"said she'd just bring the {kd(g)} herself which was nice but honestly im exhausted")
def ro2(g):
    p = g.us_person('M')
    return (f"ok long story but the {kd(g)} got sent to the old place {L(g.us_addr())} and the new people there are nice but they "
            f"dont know us so {P(p['full'])} had to drive over and get it and his {kc(g)} was bad that day too and "
            f"then {ko(g)} called asking for his ssn {S(g.ssn())} like they dont already have it")
def ro3(g):
    cc = icc(g); a = g.intl_person(cc, 'F'); p = g.us_person()
    return (f"my cousin {P(a['full'], 'I')} flew in from {L(g.intl_city(cc), 'I')} and she is a nurse there so she looked at "
            f"{K('grandma')}'s pills and said the {kd(g)} and the {kd(g)} shouldnt go together and {P(p['first'])} didnt believe her "
            f"so now we are waiting for the pharmacist to call back on {T(g.us_phone())}")
def ro4(g):
    p, q = g.us_person('F'), g.us_person()
    return (f"{P(p['first'])} was supposed to take dad to {kt(g)} on {kw(g)} but her car died and {P(q['first'])} {P(q['last'])} "
            f"couldnt either so we missed it and now the next one is in {km(g)} and his {kb(g)} is still bad, his DOB is {D(g.dob_us())} "
            f"if you need to rebook")
def ro5(g):
    cc = icc(g); a = ipn(g, cc)
    return (f"we got the letter from {P(a['full'], 'I')} at the clinic in {L(g.intl_addr(cc), 'I')} and it says the {kl(g)} was normal "
            f"but the {kc(g)} needs a specialist and we should phone {T(g.intl_phone(cc), 'I')} before {kw(g)} but with the time "
            f"difference its hard")

# ----------------------------------------------------------------- signature
def sg1(g):
    p = g.us_person()
    return (f"Thanks for checking on Dad's {kd(g)} refill.\n\n--\n{P(p['full'])}\n{L(g.us_addr(multiline=True))}\n{T(g.us_phone())}\n{E(g.email(p))}\n{W(g.url(p))}")
def sg2(g):
    p = g.us_person()
    return (f"{K(g.ch([C_WONT, C_CANT]))} be at the {kt(g)} next week, {kc(g)} flare.\n\nBest,\n{P(p['first'])}\n\nSent from my iPhone")
def sg3(g):
    p = g.us_person()
    return (f"Quick q: can {kr(g)} take {kd(g)} with {kd(g)}?\n\n{P(p['full'])} | Realtor\nCell {T(g.us_phone())} | Office {T(g.vanity())}\n"
            f"{W(g.url(p))}")
def sg4(g):
    cc = icc(g); a = ipn(g, cc)
    return (f"Please forward the {kl(g)} report to me.\n\nKind regards,\n{P(a['full'], 'I')}\n{L(g.intl_addr(cc, multiline=True), 'I')}\n"
            f"Tel: {T(g.intl_phone(cc), 'I')}\n{E(g.email(a, cc), 'I')}\n{W(g.url(a), 'I')}")
def sg5(g):
    p = g.us_person()
    return (f"Mom's {kc(g)} meds are in the cabinet, {kd(g)} on top.\n-{P(p['first'][0] + p['first'][1:].lower())}\n"
            f"{T(g.us_phone())}")
def sg6(g):
    p = g.us_person()
    return (f"Attached is the {ko(g)} letter about the {kd(g)} denial.\n\nWarmly,\n{P(p['full'])}, MSW\nHome team coordinator\n"
            f"{T(g.us_phone(ext=True))}\n{W(g.url(p))}")

# ----------------------------------------------------------------- form
def fo1(g):
    p = g.us_person()
    return (f"Name: {P(p['full'])}\nDOB: {D(g.dob_us())}\nSSN: {S(g.ssn())}\nAddress: {L(g.us_addr())}\nPhone: {T(g.us_phone())}\n"
            f"Email: {E(g.email(p))}\nInsurance: {kins(g)} Member ID {M(g.mrn_us())}\nCurrent meds: {kd(g)}, {kd(g)}\nAllergies: {K('penicillin')}")
def fo2(g):
    p, q = g.us_person(), g.us_person()
    return (f"PATIENT: {P(p['last'].upper())}, {P(p['first'].upper())}\nD.O.B. {D(g.dob_us())}   MRN {M(g.mrn_us())}\n"
            f"Emergency contact: {P(q['full'])} ({K(g.ch(['spouse', 'daughter', 'son']))}) {T(g.us_phone())}\nDx: {kc(g)}")
def fo3(g):
    cc = g.ch(["MX", "ES"]); a = ipn(g, cc)
    return (f"Nombre: {P(a['full'], 'I')}\nFecha de nacimiento: {D(g.dob_intl(cc), 'I')}\nDomicilio: {L(g.intl_addr(cc), 'I')}\n"
            f"Teléfono: {T(g.intl_phone(cc), 'I')}\nMedicamentos: {kd(g)}, {kid(g)}\nDiagnóstico: {kc(g)}")
def fo4(g):
    p = g.us_person()
    r = g.routing()
    return (f"Direct deposit form\nAccount holder: {P(p['full'])}\nBank routing #: {A(r)}\nAccount #: {A(g.acct())}\n"
            f"SSN (last 4 not enough, full please): {S(g.ssn())}\nPurpose: {ko(g)} reimbursement for {kd(g)}")
def fo5(g):
    cc = g.ch(["DE", "FR", "GB", "IT", "NL"]); a = ipn(g, cc); ib, _ = g.iban(cc)
    return (f"Name: {P(a['full'], 'I')}\nGeburtsdatum: {D(g.dob_intl(cc), 'I')}\nAnschrift: {L(g.intl_addr(cc), 'I')}\n"
            f"IBAN: {A(ib, 'I')}\nVersicherten-Nr.: {M(g.mrn_intl(cc), 'I')}\nMedikamente: {kid(g)}, {kd(g)}")
def fo6(g):
    p = g.us_person(); card, kind = g.card()
    return (f"Pharmacy auto-refill enrollment\nPatient: {P(p['full'])}   Birthday: {D(g.dob_us())}\nShip to: {L(g.us_addr())}\n"
            f"Pay with {K(g.ch(['visa', 'card', 'credit card']))}: {A(card)}\nItems: {kd(g)} 90-day, {kd(g)}")

# ----------------------------------------------------------------- international
def in_gb(g):
    a = ipn(g, "GB")
    return (f"Hi, it's {P(a['full'], 'I')} — Mum's new address is {L(g.intl_addr('GB'), 'I')}. Ring me on {T(g.intl_phone('GB'), 'I')}. "
            f"She's still on {kd(g)}; her {K('NHS')} number is {M(g.nhs(), 'I')}.")
def in_de(g):
    a = g.intl_person("DE", 'M')
    return (f"Mein Vater {P(a['full'], 'I')} wohnt jetzt in der {L(g.intl_addr('DE'), 'I')}, Tel. {T(g.intl_phone('DE'), 'I')}. "
            f"Er nimmt {K('Marcumar')} wegen {kc(g)}, geboren am {D(g.dob_intl('DE'), 'I')}.")
def in_fr(g):
    a, b = ipn(g, "FR"), g.intl_person("FR", 'F')
    return (f"Bonjour, c'est {P(a['first'], 'I')}. Ma mère {P(b['full'], 'I')} habite au {L(g.intl_addr('FR'), 'I')}, tél {T(g.intl_phone('FR'), 'I')}, "
            f"née le {D(g.dob_intl('FR'), 'I')}. Elle prend du {K('Doliprane')} et du {kd(g)}.")
def in_mx(g):
    a = ipn(g, "MX")
    return (f"Hola, soy {P(a['full'], 'I')}, mi mamá vive en {L(g.intl_addr('MX'), 'I')}, cel {T(g.intl_phone('MX'), 'I')}. "
            f"Toma {kd(g)} para la {K(g.ch(['diabetes', 'presión alta', 'artritis']))} y tiene cita en el {K('IMSS')} el {K(g.ch(['lunes', 'martes', 'jueves']))}.")
def in_br(g):
    a = ipn(g, "BR")
    return (f"Oi, aqui é {P(a['first'], 'I')}. Endereço do vovô: {L(g.intl_addr('BR'), 'I')}. WhatsApp {T(g.intl_phone('BR'), 'I')}. "
            f"Ele toma {kd(g)} e {K('Novalgina')} para dor no {K(g.ch(['joelho', 'ombro', 'quadril']))}.")
def in_jp(g):
    a = ipn(g, "JP")
    return f"母の住所は{L(g.intl_addr('JP'), 'I')}です。連絡先は{T(g.intl_phone('JP'), 'I')}、{P(a['full'], 'I')}まで。{kd(g)}を毎朝飲んでいます。"
def in_in(g):
    a = ipn(g, "IN")
    return (f"Papa ({P(a['full'], 'I')}) is at {L(g.intl_addr('IN'), 'I')}, call {T(g.intl_phone('IN'), 'I')}. Sugar is high, {K('HbA1c')} 8.2, "
            f"on {kd(g)} and {kd(g)}.")
def in_it(g):
    a = ipn(g, "IT")
    return (f"Ciao, sono {P(a['full'], 'I')}. La nonna abita in {L(g.intl_addr('IT'), 'I')}, cellulare {T(g.intl_phone('IT'), 'I')}. "
            f"Prende {K('Tachipirina')} e {kd(g)} per la {kc(g)}.")
def in_nl(g):
    a = ipn(g, "NL")
    return (f"Hoi, {P(a['full'], 'I')} hier. Opa woont nu op {L(g.intl_addr('NL'), 'I')}, bel {T(g.intl_phone('NL'), 'I')}. "
            f"Hij gebruikt {kd(g)} voor zijn {kc(g)}.")
def in_pl(g):
    a = ipn(g, "PL")
    return (f"Dzień dobry, tu {P(a['full'], 'I')}. Adres mamy: {L(g.intl_addr('PL'), 'I')}, tel. {T(g.intl_phone('PL'), 'I')}. "
            f"Bierze {kd(g)} na {kc(g)}.")
def in_cjk(g):
    cc = g.ch(["CN", "KR", "RU", "SA", "VN", "TR"]); a = g.intl_person(cc, 'F')
    return (f"Contact for my grandmother {P(a['full'], 'I')}: {L(g.intl_addr(cc), 'I')}, phone {T(g.intl_phone(cc), 'I')}. "
            f"She takes {kd(g)} for {kc(g)} and the family speaks little English.")
def in_ph(g):
    a, b = ipn(g, "PH"), g.intl_person("PH", 'M')
    return (f"Hi po, this is {P(a['full'], 'I')}. {K('Lola')} is in {L(g.intl_addr('PH'), 'I')}, my number {T(g.intl_phone('PH'), 'I')}, "
            f"or text my brother {P(b['first'], 'I')}. Her {K('PhilHealth')} is active. She needs {kd(g)} for {kc(g)}.")
def in_ca(g):
    a = ipn(g, "CA")
    return (f"Hey, {P(a['full'], 'I')} here from {L(g.intl_addr('CA'), 'I')}. My health card is {M(g.mrn_intl('CA'), 'I')}. "
            f"Still on {kd(g)} for the {kc(g)}.")
def in_au(g):
    a = ipn(g, "AU")
    return (f"G'day, it's {P(a['full'], 'I')}. Dad moved to {L(g.intl_addr('AU'), 'I')}, mobile {T(g.intl_phone('AU'), 'I')}, "
            f"Medicare card {M(g.mrn_intl('AU'), 'I')}. He's on {kd(g)}.")

# ----------------------------------------------------------------- clinician_note
def cn1(g):
    p, q = g.us_person(), g.us_person('F')
    return (f"Pt {P(p['full'])}, DOB {D(g.dob_us())}, MRN {M(g.mrn_us())}. Seen for {kc(g)}; {kl(g)} 8.1. Continue {kd(g)}. "
            f"Daughter {P(q['first'])} ({T(g.us_phone())}) present. F/u {kw(g)}.")
def cn2(g):
    p = g.us_person()
    return (f"S: {P(p['first'])} reports worse {K(g.ch(['left knee', 'right hip', 'lower back', 'right shoulder', 'neck', 'wrist']))} pain x3 days, taking {kd(g)} PRN.\nO: BP 148/92, {kl(g)} pending.\n"
            f"A/P: {kc(g)}; start {kd(g)}. Contact {E(g.email(p))} with results.")
def cn3(g):
    p = g.us_person()
    return (f"{P(p['last'].upper())}, {P(p['first'].upper())} - {D(g.dob_us())} - home visit at {L(g.us_addr())}. "
            f"Hx {kc(g)}, {kc(g)}. Med rec: {kd(g)}, {kd(g)}, {kd(g)}. Caregiver phone {T(g.us_phone())}.")
def cn4(g):
    cc = icc(g); a = ipn(g, cc)
    return (f"Visiting pt {P(a['full'], 'I')}, DOB {D(g.dob_intl(cc), 'I')}, from {L(g.intl_city(cc), 'I')}. Home meds {kid(g)}, {kd(g)}. "
            f"Local contact {T(g.intl_phone(cc), 'I')}. Dx {kc(g)}.")
def cn5(g):
    p, q = g.us_person('M'), g.us_person('F')
    hold = g.ch([('metoprolol', 'heart rate'), ('lisinopril', 'blood pressure'), ('furosemide', 'potassium'), ('metformin', 'eGFR'), ('amlodipine', 'blood pressure')])
    return (f"Telehealth note: spoke w/ {P(p['full'])} and {K('wife')} {P(q['first'])}. Med list reviewed, {K(hold[0])} held for low {K(hold[1])}. "
            f"SSN on file {S(g.ssn())} mismatched - sent to registration. Medicare ID {M(g.mbi())}.")
def cn6(g):
    p = g.us_person('F')
    return (f"Mrs. {P(p['last'])} called re {kd(g)} side effects. {K(g.ch([C_SHED, C_HED, C_THEYD]))} like to know if it's the {kc(g)}. Advised {kins(g)} nurse line; "
            f"callback {T(g.us_phone())}. Chart #{M(g.mrn_us())}.")

# ----------------------------------------------------------------- general_text
def gt1(g):
    return (f"Hi, I moved! New address is {L(g.us_addr())}. Old one was {L(g.us_addr())}. Phone stays {T(g.us_phone())}. "
            f"Please update it before {km(g)}.")
def gt2(g):
    p = g.us_person()
    return (f"Does anyone know a good plumber? {P(p['full'])} gave me {T(g.vanity())} but {K(C_IM)} not sure I trust the reviews. "
            f"I'm in {L(g.city_st())}.")
def gt3(g):
    p = g.us_person()
    return (f"Garage sale at {L(g.us_addr('std'))} this {kw(g)}, all proceeds go to {P(p['first'])}'s {K('Alzheimer')} walk team. "
            f"Venmo or email {E(g.email(p))}.")
def gt4(g):
    cc = icc(g); a = ipn(g, cc)
    return (f"Package for {P(a['full'], 'I')} keeps bouncing back. Correct shipping address: {L(g.intl_addr(cc), 'I')}. "
            f"Courier can call {T(g.intl_phone(cc), 'I')}.")
def gt5(g):
    p = g.us_person()
    return (f"Our {kt(g)} is moving to {kw(g)} mornings. Questions to {P(p['full'])}, {E(g.email(p))}, or see the page "
            f"{W(g.url(p))}.")
def gt6(g):
    p, q = g.us_person(), g.us_person()
    return (f"Change of mailing address for {P(p['full'])} and {P(q['full'])}: {L(g.us_addr(g.ch(['po', 'mil', 'rr'])))}. "
            f"Effective {km(g)} 1.")

# ----------------------------------------------------------------- voicemail
def vm1(g):
    p, q = g.us_person(), g.us_person()
    return (f"Voicemail from {T(g.us_phone(shape='plain'))} (0:42): \"Hi, this is {P(p['full'])} calling for {P(q['first'])} about the "
            f"{kd(g)} prescription, um, call me back at {T(g.us_phone(ext=True))}. Thanks, bye.\"")
def vm2(g):
    p = g.us_person()
    return (f"[transcript] hey {P(p['first'].lower())} it's uh your {K('mom')}, the {ko(g)} lady said my {kl(g)} is off and I "
            f"need to come in {kw(g)}, my date of birth is {D(g.dob_us())} if they ask you, love you")
def vm3(g):
    p = g.us_person()
    return (f"Message left {kw(g)} 3:12 PM: caller {P(p['full'])}, member ID {M(g.mrn_us())}, asking if {kd(g)} is covered. "
            f"Best number {T(g.us_phone())}.")
def vm4(g):
    cc = icc(g); a = ipn(g, cc)
    return (f"New voicemail. \"Hello, this is {P(a['full'], 'I')} from {L(g.intl_city(cc), 'I')}, I'm calling about my brother's "
            f"{kc(g)}, please ring {T(g.intl_phone(cc), 'I')}, it's very urgent.\"")
def vm5(g):
    p = g.us_person()
    return (f"VM (1:05) - \"yes hi this is {P(p['first'])} {P(p['last'])} at {L(g.us_addr('std'))}, I got a letter saying my "
            f"{kd(g)} was denied, my social is {S(g.ssn())}, please call {T(g.us_phone())}\"")

# ----------------------------------------------------------------- group_chat
def gc1(g):
    a, b, c = g.us_person(), g.us_person(), g.us_person()
    return (f"[{kw(g)} 9:14 AM] {P(a['first'])}: who's taking Dad to {kplace(g)}?\n[9:16 AM] {P(b['first'])}: I can, {K(C_IM)} off today\n"
            f"[9:17 AM] {P(c['first'])}: his new {kd(g)} is at the {L(g.us_city()[0])} store")
def gc2(g):
    a, b = g.us_person(), g.us_person()
    return (f"{P(a['first'])} added {P(b['full'])} to the group\n{P(b['first'])}: hi all! my cell is {T(g.us_phone())}. "
            f"How's {K('Grandpa')}'s {kc(g)}?\n{P(a['first'])}: better since the {kd(g)}")
def gc3(g):
    a, b = g.us_person(), g.us_person(); cc = icc(g); c = ipn(g, cc)
    return (f"{P(a['first'])}: pics from the {K(g.ch(['Morning Walk Group', 'Tuesday Bingo', 'Senior Center', 'Caregiver Support Group']))} picnic 📸\n{P(b['first'])}: {K('mom')} looks good!!\n"
            f"{P(c['first'], 'I')}: greetings from {L(g.intl_city(cc), 'I')}! call me {T(g.intl_phone(cc), 'I')} when she's up")
def gc4(g):
    a, b = g.us_person(), g.us_person()
    return (f"{P(a['first'].lower())}: can someone venmo me for the {kd(g)} copay\n{P(b['first'].lower())}: sent. whats the address for the card\n"
            f"{P(a['first'].lower())}: {L(g.us_addr().lower())}")
def gc5(g):
    a, b, c = g.us_person(), g.us_person(), g.us_person()
    return (f"{P(a['full'])}: {K('Reminder')}: {K('Nana')} has {kl(g)} draw {kw(g)} 8am fasting\n{P(b['full'])}: 👍\n"
            f"{P(c['full'])}: i'll drive. {P(b['first'])} can you do pickup from {L(g.us_addr('std'))}")

# ----------------------------------------------------------------- forwarded
def fw1(g):
    p, q = g.us_person(), g.us_person()
    return (f"---------- Forwarded message ---------\nFrom: {P(p['full'])} <{E(g.email(p))}>\nDate: {kw(g)}, {km(g)} 12\n"
            f"Subject: Mom's meds\nTo: {E(g.email(q))}\n\nShe's out of {kd(g)}. Can you pick up at {kph(g)}?")
def fw2(g):
    p = g.us_person()
    return (f"Fwd: message from the {ko(g)} portal\n> Dear {P(p['full'])}, your {kl(g)} results are ready. Log in with member ID "
            f"{M(g.mrn_us())}. Questions? Call your care coordinator {P(g.us_person()['full'])} at {T(g.us_phone())}.")
def fw3(g):
    cc = icc(g); a = ipn(g, cc); p = g.us_person()
    return (f"FW: from my cousin {P(a['full'], 'I')}\n>> The clinic address is {L(g.intl_addr(cc), 'I')}, phone {T(g.intl_phone(cc), 'I')}.\n"
            f">> They have {kd(g)} in stock. Her page: {W(g.url(a), 'I')}\n\n{P(p['first'])} - is this the one you meant?")
def fw4(g):
    p, q = g.us_person(), g.us_person()
    return (f"Begin forwarded message:\n\nFrom: {E(g.email(p))}\nSubject: Re: {P(q['first'])}'s {kc(g)}\n\n{P(q['first'])} can stay with us "
            f"at {L(g.us_addr())} till {km(g)}. {P(p['first'])}")
def fw5(g):
    p = g.us_person()
    return (f"Forwarding the text I got:\n\"{K(C_DONT)} forget {K('Dad')}'s {kd(g)}. Pharmacy at {L(g.city_st())} closes at 6. - {P(p['first'])} "
            f"{T(g.us_phone())}\"")

# ----------------------------------------------------------------- billing
def bi1(g):
    p = g.us_person(); card, kind = g.card()
    lab = g.ch(["card", "cc", "visa", "credit card", "Visa card"])
    return (f"I was charged twice for the {kd(g)} copay on my {K(lab) if lab in ('card', 'cc') else lab} {A(card)}. Account holder {P(p['full'])}, "
            f"member ID {M(g.mrn_us())}.")
def bi2(g):
    p = g.us_person()
    return (f"Please refund the {kins(g)} overpayment to routing {A(g.routing())} account {A(g.acct())} ({P(p['full'])}). "
            f"Statement was for {kl(g)} in {km(g)}.")
def bi3(g):
    cc = g.ch(list(IBAN_SPEC)); ib, c2 = g.iban(cc); a = ipn(g, cc if cc in CC else "DE")
    return (f"Rechnung für {kd(g)}: bitte überweisen an {K(g.ch(['IBAN', 'iban']))} {A(ib, 'I')}, Kontoinhaber {P(a['full'], 'I')}. Danke!"
            if cc in ("DE", "AT", "CH") else
            f"For the {kd(g)} invoice please transfer to {A(ib, 'I')} (account name {P(a['full'], 'I')}), reference {kc(g)} consult.")
def bi4(g):
    p = g.us_person(); card, kind = g.card()
    return (f"Bill for {P(p['full'])} shows {kl(g)} not covered by {kins(g)}. Pay with cc {A(card)} exp 08/27, billing address "
            f"{L(g.us_addr())}.")
def bi5(g):
    p = g.us_person()
    return (f"Hi billing, acct no. {A(g.acct())} at Chase, routing no. {A(g.routing())}. That's for {P(p['first'])}'s {kd(g)} "
            f"reimbursement. Call {T(g.us_phone())} with questions.")
def bi6(g):
    cc = g.ch(["GB", "IE"]); ib, _ = g.iban(cc); a = ipn(g, "GB")
    return (f"Could the {K('Bupa')} refund for {P(a['full'], 'I')} go to {K('iban')} {A(ib, 'I')}? Sort code {A(g.digits(2) + '-' + g.digits(2) + '-' + g.digits(2), 'I')}, "
            f"account {A(g.digits(8), 'I')}. It was for the {kc(g)} physio.")

# ----------------------------------------------------------------- typos
def ty1(g):
    p = g.us_person('F')
    return (f"my dauhgter {P(p['first'])} sayd the {kd(g)} isnt workin, her numbr is {T(g.us_phone())} an she lives at "
            f"{L(g.us_addr())}")
def ty2(g):
    p = g.us_person()
    return (f"plese sned the {kl(g)} resluts to {E(g.email(p))} thx, dob {D(g.dob_us())}, its for {P(p['first'])} {P(p['last'])}")
def ty3(g):
    p = g.us_person()
    return (f"{K(C_DONT)} no why they waont refil {kd(g)}, mrn is {M(g.mrn_us())}?? called {ko(g)} 3 tims. {P(p['full'])}")
def ty4(g):
    cc = icc(g); a = g.intl_person(cc, 'M')
    return (f"my bro {P(a['full'], 'I')} in {L(g.intl_city(cc), 'I')} has {kc(g)} to, his fone {T(g.intl_phone(cc), 'I')} if dr wants "
            f"to tlak to him")
def ty5(g):
    p, q = g.us_person(), g.us_person()
    return (f"{P(p['first'])} n {P(q['first'])} wil be ther {kw(g)}, adress is {L(g.us_addr(g.ch(['std', 'unit', 'nocomma'])))} , dont forget {K('gramma')}s {kd(g)}")

# ----------------------------------------------------------------- multi_identifier
def mi1(g):
    p = g.us_person(); card, _ = g.card()
    return (f"Everything for the transfer: {P(p['full'])}, SSN {S(g.ssn())}, DOB {D(g.dob_us())}, {L(g.us_addr())}, {T(g.us_phone())}, "
            f"{E(g.email(p))}, Medicare {M(g.mbi())}, {K('card')} {A(card)}. Meds: {kd(g)}.")
def mi2(g):
    p, q = g.us_person(), g.us_person()
    return (f"For {kr(g)}'s file: {P(p['full'])} born {D(g.dob_us())}, MRN {M(g.mrn_us())}, lives at {L(g.us_addr())}. POA is "
            f"{P(q['full'])}, {T(g.us_phone())}, {E(g.email(q))}. Refunds: routing {A(g.routing())}, checking {A(g.acct())}. Dx {kc(g)}.")
def mi3(g):
    cc = g.ch(["GB", "DE", "FR", "ES", "IT", "NL", "PL"]); a = ipn(g, cc); ib, _ = g.iban(cc)
    return (f"{P(a['full'], 'I')}, {D(g.dob_intl(cc), 'I')}, {L(g.intl_addr(cc), 'I')}, {T(g.intl_phone(cc), 'I')}, {E(g.email(a, cc), 'I')}, "
            f"IBAN {A(ib, 'I')}. Takes {kd(g)}, {kc(g)}.")
def mi4(g):
    p = g.us_person(); cc = icc(g); b = g.intl_person(cc, 'F')
    return (f"Summary: {P(p['full'])} ({D(g.dob_us())}) at {L(g.us_addr())}, cell {T(g.us_phone())}; sister {P(b['full'], 'I')} in "
            f"{L(g.intl_city(cc), 'I')}, {T(g.intl_phone(cc), 'I')}. {kd(g)} for {kc(g)}.")

def ro6(g):
    p, q = g.us_person(), g.us_person('F')
    return (f"anyway {P(p['first'])} set up the page {W(g.url(p))} so people stop calling me every day about {K('dad')}'s {kc(g)} "
            f"and honestly it helps but then {P(q['full'])} posted his address {L(g.us_addr())} on it and i had to ask her to take it down")
def gt7(g):
    p = g.us_person()
    return (f"We're raising money for {P(p['full'])}'s {kc(g)} treatment: {W(g.url(p))}. Even $5 helps. Thank you from the "
            f"{P(p['last'])} family ❤️")
def gt8(g):
    cc = icc(g); a = g.intl_person(cc, 'F')
    return (f"New blog post from {P(a['full'], 'I')} about caring for {K('Oma')} from abroad: {W(g.url(a), 'I')} "
            f"(she writes from {L(g.intl_city(cc), 'I')}).")
def gc6(g):
    a, b = g.us_person(), g.us_person()
    return (f"{P(a['first'])}: here's the meal calendar {W(g.url(b))}\n{P(b['first'])}: thx, I signed up for {kw(g)}. "
            f"no dairy with her {kd(g)} right?")
def sg7(g):
    cc = icc(g); a = ipn(g, cc)
    return (f"Sharing the {kc(g)} support group notes below.\n\n{P(a['full'], 'I')}\n{T(g.intl_phone(cc), 'I')} · {W(g.url(a), 'I')}")
def fw6(g):
    p, q = g.us_person(), g.us_person()
    return (f"Fwd: from {P(p['first'])}\n> Sis, the {ko(g)} rep needs Dad's SSN again ({S(g.ssn())}) and his DOB {D(g.dob_us())}. "
            f"I put everything on {W(g.url(q))} too.")
def li8(g):
    p = g.us_person()
    return (f"Docs for {P(p['first'])}'s {kins(g)} appeal:\n- SSN {S(g.ssn())}\n- Medicaid ID {M(g.mrn_us())}\n- proof of address: "
            f"{L(g.us_addr())}\n- list of meds ({kd(g)}, {kd(g)})")
def ty6(g):
    p = g.us_person()
    return (f"hi its {P(p['first'])} my sosial is {S(g.ssn())} they ask for it on the {kins(g)} forn, dob {D(g.dob_us())}. "
            f"my webiste {W(g.url(p))} has my resume for the job thing")
def bi7(g):
    p = g.us_person()
    return (f"{ko(g)} says {P(p['full'])}'s SSN {S(g.ssn())} doesn't match the Medicaid ID {M(g.mrn_us())}, so the {kd(g)} "
            f"claim bounced. Card on file {A(g.card()[0])}.")
def sl8(g):
    p, q = g.us_person(), g.us_person()
    return (f"{P(p['first'])}: the social worker needs {K('Mom')}'s social\n{P(q['first'])}: it's {S(g.ssn())}\n"
            f"{P(p['first'])}: thanks. and her {kl(g)} came back fine")
def vm6(g):
    p = g.us_person()
    return (f"voicemail: \"this is {P(p['full'])}, SS number {S(g.ssn())}, calling about the {kd(g)} bill, website {W(g.url(p))} has my info\"")
def mi5(g):
    p = g.us_person()
    return (f"{P(p['full'])} | {D(g.dob_us())} | {S(g.ssn())} | {T(g.us_phone())} | {W(g.url(p))} | {kc(g)} | {kd(g)}")

def in_url(g):
    cc = g.ch(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "MX", "BR", "IN", "AU", "PH"]); a = ipn(g, cc)
    return (f"Update from {L(g.intl_city(cc), 'I')}: {P(a['full'], 'I')} is home after the {kc(g)} surgery. Photos and updates on "
            f"{W(g.url(a), 'I')}, or message {T(g.intl_phone(cc), 'I')}. Still on {kid(g)}.")
def gc7(g):
    cc = icc(g); a = ipn(g, cc); b = g.us_person()
    return (f"{P(b['first'])}: {P(a['first'], 'I')} made a fundraiser for {K('Oma')}'s {kc(g)} care {W(g.url(a), 'I')}\n"
            f"{P(a['first'], 'I')}: thank you all 🙏 we're in {L(g.intl_city(cc), 'I')} till {km(g)}")

def in_iban(g):
    cc = g.ch(["DE", "FR", "ES", "IT", "NL", "PL", "BE", "AT", "PT", "IE", "TR"]); loc = cc if cc in CC else g.ch(["DE", "FR", "NL"])
    a = ipn(g, loc); ib, _ = g.iban(cc)
    return (f"The care home in {L(g.intl_city(loc), 'I')} wants the monthly fee for {K('Opa')}'s {kc(g)} care paid to {K(g.ch(['IBAN', 'iban', 'IBAN:']))} "
            f"{A(ib, 'I')} ({P(a['full'], 'I')}). Can {K(g.ch(['Medicare', 'Medicaid']))} cover any of it? (I assume not.)")
def gt9(g):
    p = g.us_person(); card, kind = g.card()
    return (f"The {kph(g)} website saved my {K(g.ch(['card', 'credit card', 'visa']))} {A(card)} and I can't figure out how to delete it. "
            f"Account is under {E(g.email(p))}. Not urgent, just the {kd(g)} autorefill.")
def lc9(g):
    p = g.us_person(); card, kind = g.card()
    return (f"pls put {P(p['first'])}'s {kd(g)} on my {K(g.ch(['card', 'cc', 'visa']))} {A(card)} not hers, hers got frozen. "
            f"zip is {L(g.zip(g.us_city()[2], False))}")

STYLES_T = {
    "lower_case": ([lc1, lc2, lc3, lc4, lc5, lc6, lc7, lc8, lc9], "lower"),
    "all_caps": ([ac1, ac2, ac3, ac4, ac5, ac6, ac7, ac8], "upper"),
    "speaker_label": ([sl1, sl2, sl3, sl4, sl5, sl6, sl7, sl8], None),
    "list": ([li1, li2, li3, li4, li5, li6, li7, li8], None),
    "run_on": ([ro1, ro2, ro3, ro4, ro5, ro6], None),
    "signature": ([sg1, sg2, sg3, sg4, sg5, sg6, sg7], None),
    "form": ([fo1, fo2, fo3, fo4, fo5, fo6], None),
    "international": ([in_gb, in_de, in_fr, in_mx, in_br, in_jp, in_in, in_it, in_nl, in_pl, in_cjk, in_ph, in_ca, in_au, in_url, in_url, in_iban], None),
    "clinician_note": ([cn1, cn2, cn3, cn4, cn5, cn6], None),
    "general_text": ([gt1, gt2, gt3, gt4, gt5, gt6, gt7, gt8, gt9], None),
    "voicemail": ([vm1, vm2, vm3, vm4, vm5, vm6], None),
    "group_chat": ([gc1, gc2, gc3, gc4, gc5, gc6, gc7], None),
    "forwarded": ([fw1, fw2, fw3, fw4, fw5, fw6], None),
    "billing": ([bi1, bi2, bi3, bi4, bi5, bi6, bi7], None),
    "typos": ([ty1, ty2, ty3, ty4, ty5, ty6], None),
    "multi_identifier": ([mi1, mi2, mi3, mi4, mi5], None),
}
