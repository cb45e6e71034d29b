"""My own message templates (one function per template). Each returns a marked-up string in the same markup as
hand/*.txt: {{value|X}} = US identifier, {{value|X!}} = INTL identifier, [[word]] = keep word."""
from pools import (DRUGS, CONDITIONS, LABS, BODY, CONTRACTIONS, MONTHS, WEEKDAYS, RELATIONS, ORGS, HELPLINES,
                   EVENTS, NAME_LOC, slug)

INTL_C = ["GB", "DE", "FR", "ES", "MX", "IT", "NL", "PL", "BR", "PT", "CA", "IN", "JP", "KR", "CN", "RU", "SA", "TR",
          "VN", "PH", "IE", "AT", "CH"]
IBAN_C = ["DE", "GB", "FR", "ES", "IT", "NL", "PL", "PT", "BE", "IE", "CH", "AT", "SA", "TR", "BR"]


def I(v, code, region="US"):
    return "{{" + v + "|" + code + ("!" if region == "INTL" else "") + "}}"


def K(w):
    return "[[" + w + "]]"


class T:
    """Shortcuts bound to one generator."""
    def __init__(self, g):
        self.g = g

    # people
    def P(self, p, part="full"):
        return I({"full": p.full, "first": p.first, "last": p.last}[part], "P", p.region)

    def person(self, ctx="US", loc=None, female=None):
        if not hasattr(self, "_used"):
            self._used = set()
        for _ in range(20):
            p = self.g.person(ctx, loc, female)
            if p.first not in self._used and p.last not in self._used:
                break
        self._used.update({p.first, p.last})
        return p

    def cperson(self, c, female=None):
        return self.person(c, NAME_LOC[c], female)

    def rp(self, pairs):
        """Pick (word, female) from pairs and return (keep-marked word, female)."""
        w, fm = self.g.ch(pairs)
        return K(w), fm

    # keep words
    def drug(self):
        return K(self.g.ch(DRUGS))

    def cond(self):
        return K(self.g.ch(CONDITIONS))

    def lab(self):
        return K(self.g.ch(LABS))

    def body(self):
        return K(self.g.ch(BODY))

    def rel(self, pool=None):
        return K(self.g.ch(pool or RELATIONS))

    def day(self):
        return K(self.g.ch(WEEKDAYS))

    def month(self):
        return K(self.g.ch(MONTHS))

    def org(self):
        return K(self.g.ch(ORGS))

    def con(self):
        return K(self.g.ch(CONTRACTIONS))

    # identifiers
    def addr(self, **kw):
        return I(self.g.us_address(**kw), "L")

    def anyaddr(self):
        g = self.g
        k = g.r.choices(["std", "po", "mil", "rural"], [70, 12, 9, 9])[0]
        v = {"std": g.us_address, "po": g.po_box, "mil": g.military, "rural": g.rural}[k]()
        return I(v, "L")

    def city(self):
        return I(self.g.city_state(), "L")

    def phone(self, **kw):
        return I(self.g.us_phone(**kw), "T")

    def iphone(self, c):
        return I(self.g.intl_phone(c), "T", "INTL")

    def iaddr(self, c):
        return I(self.g.intl_address(c), "L", "INTL")

    def icity(self, c):
        return I(self.g.intl_city(c), "L", "INTL")

    def email(self, p=None, c=None):
        return I(self.g.email(p, c), "E", "INTL" if c else "US")

    def url(self, p, kind="any"):
        return I(self.g.url(p, kind), "U", "US" if p.region == "US" else "INTL")

    def iurl(self, p, c):
        return I(self.g.url_intl(p, c), "U", "INTL")

    def ssn(self, **kw):
        return I(self.g.ssn(**kw), "S")

    def mrn(self):
        lab, v = self.g.mrn()
        return f"{lab} {I(v, 'M')}"

    def imrn(self, c):
        lab, v = self.g.intl_mrn(c)
        return f"{lab} {I(v, 'M', 'INTL')}"

    def dob(self, **kw):
        return I(self.g.dob_us(**kw), "D")

    def idob(self, c):
        return I(self.g.dob_intl(c), "D", "INTL")

    def iban(self, c=None, **kw):
        return I(self.g.iban(c or self.g.ch(IBAN_C), **kw), "A", "INTL")

    def card(self, **kw):
        lab, v = self.g.card(**kw)
        return f"{lab} {I(v, 'A')}"

    def bank(self):
        g = self.g
        r, a = g.routing(), g.bank_acct()
        return g.ch([f"routing {I(r, 'A')} account {I(a, 'A')}", f"routing # {I(r, 'A')}, acct # {I(a, 'A')}",
                     f"ABA {I(r, 'A')} / checking {I(a, 'A')}", f"rtn {I(r, 'A')} acct {I(a, 'A')}",
                     f"account number {I(a, 'A')} (routing {I(r, 'A')})"])


ELDERS = [("Mom", 1), ("Dad", 0), ("Grandma", 1), ("Grandpa", 0), ("Nana", 1), ("Papa", 0), ("Abuela", 1), ("Gramps", 0),
          ("Mother", 1), ("Granny", 1), ("Pop-Pop", 0)]
ELDER_BY_C = {"MX": [("Abuela", 1), ("Abuelo", 0)], "ES": [("Abuela", 1), ("Abuelo", 0)], "IN": [("Nani", 1), ("Dada", 0)],
              "PH": [("Lola", 1), ("Lolo", 0)], "VN": [("Bà nội", 1), ("Ông nội", 0)], "PL": [("Babcia", 1), ("Dziadek", 0)],
              "BR": [("Vovó", 1), ("Vovô", 0)], "PT": [("Avó", 1), ("Avô", 0)], "GB": [("Nan", 1), ("Grandad", 0)],
              "TR": [("Anneanne", 1), ("Dede", 0)], "KR": [("Halmeoni", 1), ("Harabeoji", 0)], "IT": [("Nonna", 1), ("Nonno", 0)],
              "DE": [("Oma", 1), ("Opa", 0)], "AT": [("Oma", 1), ("Opa", 0)], "CH": [("Grosi", 1), ("Grossvater", 0)],
              "FR": [("Mamie", 1), ("Papi", 0)], "NL": [("Oma", 1), ("Opa", 0)], "JP": [("Obaachan", 1), ("Ojiichan", 0)],
              "CN": [("Nainai", 1), ("Yeye", 0)], "RU": [("Babushka", 1), ("Dedushka", 0)], "IE": [("Nana", 1), ("Grandad", 0)],
              "CA": [("Grandma", 1), ("Grandpa", 0)], "SA": [("Teta", 1), ("Jeddo", 0)]}
INSURERS = ["Medicare", "Medicaid", "Blue Cross", "Aetna", "UnitedHealthcare", "Humana", "Cigna", "Kaiser", "Tricare",
            "Molina", "Ambetter", "Anthem"]
PHARMS = ["Walgreens", "CVS", "Rite Aid", "Costco pharmacy", "Kroger pharmacy", "Amazon Pharmacy", "Express Scripts",
          "Optum Rx", "Lincare", "Apria"]


DONT = "Don't"


LOCAL_DX = {
    "DE": ("Diagnose", ["Herzinsuffizienz", "Diabetes mellitus Typ 2", "Vorhofflimmern", "Demenz"]),
    "AT": ("Diagnose", ["Herzinsuffizienz", "Diabetes mellitus Typ 2", "Vorhofflimmern", "COPD"]),
    "CH": ("Diagnose", ["Herzinsuffizienz", "Vorhofflimmern", "Niereninsuffizienz"]),
    "FR": ("Diagnostic", ["insuffisance cardiaque", "diabète de type 2", "fibrillation auriculaire", "BPCO"]),
    "ES": ("Diagnóstico", ["insuficiencia cardiaca", "diabetes tipo 2", "fibrilación auricular", "EPOC"]),
    "MX": ("Diagnóstico", ["insuficiencia renal crónica", "diabetes tipo 2", "hipertensión arterial"]),
    "IT": ("Diagnosi", ["scompenso cardiaco", "diabete di tipo 2", "fibrillazione atriale", "BPCO"]),
    "NL": ("Diagnose", ["hartfalen", "diabetes type 2", "boezemfibrilleren", "COPD"]),
    "PT": ("Diagnóstico", ["insuficiência cardíaca", "diabetes tipo 2", "fibrilhação auricular"]),
    "BR": ("Diagnóstico", ["insuficiência cardíaca", "diabetes tipo 2", "fibrilação atrial", "DPOC"]),
    "PL": ("Rozpoznanie", ["niewydolność serca", "cukrzyca typu 2", "migotanie przedsionków"]),
    "JP": ("診断", ["心不全", "糖尿病", "心房細動", "認知症"]),
    "KR": ("진단", ["심부전", "당뇨병", "심방세동", "치매"]),
}


def she(fm, cap=False):
    w = "she" if fm else "he"
    return w.capitalize() if cap else w


def her(fm, cap=False):
    w = "her" if fm else "his"
    return w.capitalize() if cap else w


def herobj(fm):
    return "her" if fm else "him"


# =============================================================== speaker_label
def sl_family_meds(t):
    g = t.g
    a, b, c = t.person(), t.person(), t.person()
    rel, fm = t.rp(ELDERS)
    lines = [
        f"{t.P(a, 'first')}: did {rel} take the {t.drug()} this morning?",
        f"{t.P(b, 'first')}: {g.ch(['yes at 8', f'no {she(fm)} refused', 'idk i just got here', f'{she(fm)} says yes but the box is still full'])}",
        f"{t.P(a, 'first')}: ok. the pharmacy called, they need a callback at {t.phone()}",
    ]
    if g.chance(0.6):
        lines.append(f"{t.P(c, 'first')}: I'll call them at lunch. Also {rel}'s {t.lab()} is {t.day()}")
    return "\n".join(lines)


def sl_relation_labels(t):
    g = t.g
    relA, fa = t.rp([("Daughter", 1), ("Son", 0), ("Niece", 1), ("Grandson", 0), ("Granddaughter", 1), ("Nephew", 0),
                     ("Wife", 1), ("Husband", 0), ("Sister", 1)])
    relB, fb = t.rp([("Son", 0), ("Brother", 0), ("Daughter-in-law", 1), ("Cousin", None), ("Neighbor", None), ("Friend", None)])
    d, s = t.person(female=fa), t.person(female=fb)
    who, _ = t.rp(ELDERS)
    return "\n".join([
        f"{relA} {t.P(d, 'first')}: {who} is back from the {t.cond()} appt. new address for the home nurse is {t.addr()}",
        f"{relB} {t.P(s, 'first')}: thx. I'll be there {t.day()}. {g.ch(['gate code?', 'is parking ok?', 'which door?'])}",
        f"{relA} {t.P(d, 'first')}: {g.ch(['side door', 'just knock loud', 'code is 2580'])}. my cell if lost {t.phone()}",
    ])


def sl_front_desk(t):
    g = t.g
    staff, fam = t.person(), t.person()
    relw, fm = g.ch([("mother", 1), ("father", 0), ("grandmother", 1), ("husband", 0), ("wife", 1)])
    pt = t.person(female=fm)
    return "\n".join([
        f"Front desk ({t.P(staff, 'first')}): Hi, calling to confirm {t.P(pt)} for {t.day()} at {g.ch(['9:15', '10:40', '1:30', '3:00'])} with Dr. {t.P(t.person(), 'last')}.",
        f"{t.P(fam, 'first')}: yes that's my {relw}. what do u need",
        f"Front desk ({t.P(staff, 'first')}): Date of birth and the {g.ch(['insurance', 'Medicare', 'member'])} number please.",
        f"{t.P(fam, 'first')}: {t.dob()}, {t.mrn()}",
        f"Front desk ({t.P(staff, 'first')}): Thank you! Please bring the {t.drug()} bottle and the {t.lab()} results.",
    ])


def sl_voicemail(t):
    g = t.g
    caller = t.person()
    relw, fm = g.ch([("dad", 0), ("mom", 1), ("wife", 1), ("husband", 0), ("brother", 0), ("aunt", 1)])
    pt = t.person(female=fm)
    return (f"Voicemail transcript:\nCaller: {g.ch(['Hi', 'Hello', 'Yes hi'])} this is {t.P(caller)} calling about my "
            f"{relw} {t.P(pt)}, {g.ch(['date of birth', 'born', 'DOB'])} {t.dob()}. "
            f"{she(fm, True)} {g.ch(['ran out of', 'is having side effects from', 'never got'])} the {t.drug()} and "
            f"{g.ch(['we need a refill', 'wants to talk to the nurse', 'the pharmacy says it needs prior auth'])}. "
            f"Please call me back at {t.phone()}. {g.ch(['Thank you.', 'Thanks, bye.', 'Okay bye bye.'])}")


def sl_abroad(t):
    g = t.g
    c = g.ch(["MX", "IN", "PH", "VN", "PL", "BR", "GB", "TR", "KR", "IT", "DE", "FR"])
    here, there = t.person(), t.cperson(c)
    rel, fm = t.rp(ELDER_BY_C[c])
    return "\n".join([
        f"{t.P(here, 'first')}: {t.P(there, 'first')} called from {t.icity(c)}, {rel} is in the hospital with {t.cond()}",
        f"{t.P(there, 'first')}: yes it is true. they gave {herobj(fm)} {t.drug()}. my number here {t.iphone(c)}",
        f"{t.P(here, 'first')}: ok I'll send money tonight. {g.ch(['stay strong', 'keep us posted', 'call me after the doctor comes'])}",
    ])


def sl_group_chat(t):
    g = t.g
    a, b = t.person(), t.person()
    rel, fm = t.rp(ELDERS)
    h = g.r.randint(6, 10)
    m = sorted(g.r.sample(range(0, 59), 3))
    ts = [f"[{h}:{x:02d} PM]" for x in m]
    return "\n".join([
        f"{ts[0]} {t.P(a)}: {rel}'s {t.lab()} came back, Dr. {t.P(t.person(), 'last')} wants to talk",
        f"{ts[1]} {t.P(b)}: is it the {t.cond()}?",
        f"{ts[2]} {t.P(a)}: {g.ch(['dont know yet', 'maybe', 'they wont say on the phone'])}. office # {t.phone(ext=True)}",
    ])


# =============================================================== lower_case (rendered in lower case)
def lc_update(t):
    g = t.g
    p = t.person()
    return (f"hi its {t.P(p)}, {g.ch(['new phone', 'my new cell', 'updated number'])} is {t.phone()} and "
            f"{g.ch(['email', 'my email is now', 'email changed to'])} {t.email(p)}. {K(g.ch(['dont', 'Don’t', 'do not']))} call the old one. "
            f"also need a refill on the {t.drug()}")


def lc_moved(t):
    g = t.g
    rel, fm = t.rp([("mom", 1), ("dad", 0), ("grandma", 1), ("grandpa", 0)])
    p, s = t.person(female=fm), t.person()
    return (f"{rel} moved in w {t.P(s, 'first')} so pls send the "
            f"{g.ch(['oxygen', 'walker', 'supplies', 'hospice stuff', 'insulin'])} to {t.addr(shape='nocomma')} from now on. "
            f"{her(fm)} name is {t.P(p)} {g.ch(['born', 'dob', 'bday'])} {t.dob()}")


def lc_question(t):
    g = t.g
    fm = g.chance(0.5)
    p = t.person(female=fm)
    return (f"is it ok for {t.P(p, 'first')} to take {t.drug()} with {t.drug()}? {she(fm)}s got "
            f"{t.cond()} and the pharmacist at {K(g.ch(PHARMS[:5]))} in {t.city()} said ask the dr. my # {t.phone()}")


def lc_ride(t):
    g = t.g
    fm = g.chance(0.5)
    a, b = t.person(female=fm), t.person()
    return (f"can someone drive {t.P(a, 'first')} to {her(fm)} {t.lab()} on {t.day()}? its at {t.addr()}. "
            f"{t.P(b, 'first')} cant, {g.ch(['work', 'kids', 'sick', 'car in the shop'])}")


def lc_intl(t):
    g = t.g
    c = g.ch(["MX", "IN", "PH", "GB", "DE", "BR", "VN", "KR"])
    relw, fm = g.ch([("tia", 1), ("cousin", None), ("uncle", 0), ("sister", 1), ("aunt", 1)])
    if fm is None:
        fm = g.chance(0.5)
    p = t.cperson(c, female=fm)
    return (f"my {relw} {t.P(p)} is flying in from {t.icity(c)} to help w "
            f"{K(g.ch(['mom', 'dad', 'nana']))} after the {t.cond()} stuff. {her(fm)} whatsapp {t.iphone(c)} if the nurse needs {herobj(fm)}")


def lc_link(t):
    g = t.g
    p = t.person()
    return (f"{g.ch(['ok so', 'fyi', 'hey all'])} {t.P(p, 'first')} made a page for {K(g.ch(['grandpa', 'grandma', 'mom', 'dad']))} "
            f"{t.url(p, 'updates')} so we can stop texting the same {t.cond()} updates 50 times lol")


# =============================================================== all_caps (rendered in upper case)
def ac_refill(t):
    g = t.g
    p = t.person()
    return (f"this is {t.P(p)} {g.ch(['calling', 'writing', ''])} about my {t.drug()}. i have been waiting "
            f"{g.ch(['2 weeks', '10 days', 'since monday'])}. my date of birth is {t.dob()} and my phone is {t.phone()}. "
            f"please {g.ch(['call me back', 'send it to my house', 'fix this'])}")


def ac_address(t):
    p = t.person()
    return (f"please change my address to {t.anyaddr()}. name {t.P(p)}. "
            f"{K(t.g.ch(['DON’T', 'DONT', 'DO NOT']))} send the {t.g.ch(['bills', 'pills', 'letters', 'statements'])} to the old house")


def ac_ssn(t):
    p = t.person()
    g = t.g
    return (f"for the {g.ch(['disability', 'medicaid', 'social security', 'hospice'])} paperwork: "
            f"{t.P(p)} ss# {t.ssn()} dob {t.dob()} {t.mrn()}. "
            f"diagnosis {t.cond()}")


def ac_angry(t):
    g = t.g
    rel, fm = t.rp([("MOM", 1), ("DAD", 0), ("GRANDMA", 1), ("GRANDPA", 0), ("MY WIFE", 1), ("MY HUSBAND", 0)])
    p, d = t.person(female=fm), t.person()
    return (f"{rel} HAS BEEN WAITING IN THE ER FOR 6 HOURS. "
            f"{t.P(p)}. {t.cond()}. WHO IS IN CHARGE. DR {t.P(d, 'last')} SAID {she(fm)} WOULD BE ADMITTED. CALL {t.phone()}")


def ac_card(t):
    g = t.g
    p = t.person()
    return (f"i want to pay the copay for {t.P(p, 'first')}'s {t.lab()}. {t.card()} exp {g.r.randint(1, 12):02d}/{g.r.randint(26, 31)} "
            f"cvv {g.digits(3)} billing zip {I(g.zip5(g.ch(['TX', 'OH', 'FL', 'CA', 'NY', 'GA'])), 'L')}")


def ac_intl(t):
    g = t.g
    c = g.ch(["MX", "PH", "IN", "PL", "IT", "GB"])
    rel, fm = t.rp(ELDER_BY_C[c])
    p = t.cperson(c, female=fm)
    return (f"{rel} {t.P(p)} arrives from {t.icity(c)} on {t.day()}. she needs her {t.drug()} and the {t.cond()} papers. "
            f"her number there {t.iphone(c)}" if fm else
            f"{rel} {t.P(p)} arrives from {t.icity(c)} on {t.day()}. he needs his {t.drug()} and the {t.cond()} papers. "
            f"his number there {t.iphone(c)}")


# =============================================================== typos (typos injected outside markup)
def ty_portal(t):
    p = t.person()
    return (f"i cant log in to the portal, it says my email {t.email(p)} is wrong. im {t.P(p)} dob {t.dob()}. "
            f"i need to see my {t.lab()} results before {t.day()}")


def ty_pharmacy(t):
    g = t.g
    rel, fm = t.rp([("Mom", 1), ("Dad", 0), ("Grandma", 1), ("Grandpa", 0)])
    s = t.person()
    return (f"the pharmacy gave {rel} the wrong pills, {t.drug()} instead of {t.drug()}. "
            f"{t.P(s, 'first')} noticed before {she(fm)} took them. pharmacy phone {t.phone()}. what do we do")


def ty_aide(t):
    g = t.g
    fm = g.chance(0.5)
    p, a = t.person(female=fm), t.person()
    return (f"aide {t.P(a, 'first')} here. {t.P(p, 'first')} {g.ch(['not eating good', 'sleep all day', 'very confuse today', 'fall in bathroom but ok'])}. "
            f"I give the {t.drug()} at {g.ch(['8', '9', '10'])}. {her(fm, True)} daughter not answer, I call {t.phone()} two time")


def ty_insurance(t):
    p = t.person(female=False)
    return (f"my husbands insurance card says {t.mrn()} but the hospital has it different. his name is {t.P(p)}, "
            f"social {t.ssn()}. we got a bill for the {t.lab()} that should be covered")


def ty_address(t):
    p = t.person()
    return f"pls send my {t.drug()} to my daugters house {t.addr()} not mine, I stay with her now. {t.P(p)}"


def ty_email(t):
    g = t.g
    p = t.person()
    return (f"Hello my name is {t.P(p)}. I am writting to ask about my {t.lab()} from last {t.month()}. you can email me {t.email(p)} "
            f"or call {t.phone()}. my account number for the lab is {I(g.digits(g.ch([8, 9, 10]), True), 'A')}")


# =============================================================== run_on
def ro_story(t):
    g = t.g
    rel, fm = t.rp([("Mom", 1), ("Dad", 0), ("Grandma", 1), ("Grandpa", 0)])
    s, d, n = t.person(), t.person(), t.person()
    return (f"so {rel} had another bad night and {t.P(s, 'first')} stayed over and said {she(fm)} was up at 3am "
            f"looking for the {g.ch(['cat', 'car keys', 'bus', 'kids'])} and then this morning the home health nurse "
            f"{t.P(n, 'first')} came and said we should ask Dr. {t.P(d, 'last')} about upping the {t.drug()} or trying "
            f"something else because of the {t.cond()} and {g.ch(['honestly', 'tbh', 'I swear'])} I don't know what to do anymore because the "
            f"memory care place on {I(g.us_street().split(' ', 1)[1], 'L')} has a waitlist and they want the "
            f"{g.ch(['Medicaid', 'Medicare', 'insurance'])} info {t.mrn()} before they even call back "
            f"so if anyone can call them {t.phone()} please do")


def ro_bills(t):
    g = t.g
    p = t.person()
    return (f"I've been on hold with the billing office for an hour about the {t.lab()} from {t.month()} and they keep "
            f"saying the account {I(g.digits(9), 'A')} is under {t.P(p)} but the date of birth they have is "
            f"{t.dob()} which is wrong and they won't fix it unless I fax the power of attorney to {t.phone()} which "
            f"I did twice already")


def ro_move(t):
    g = t.g
    rel, fm = t.rp([("Mom", 1), ("Dad", 0), ("Grandma", 1), ("Grandpa", 0)])
    s = t.person()
    return (f"we finally got {rel} moved out of the old house and into the apartment "
            f"near {t.P(s, 'first')} which is {t.addr(unit=True)} and the landline there is {t.phone(ext=False)} "
            f"and {she(fm)} still has {her(fm)} cell {t.phone()} and we set up the mail forwarding and the {K(g.ch(PHARMS))} "
            f"delivery but someone still needs to tell the {t.cond()} clinic because they only have the old address")


def ro_intl(t):
    g = t.g
    c = g.ch(["GB", "DE", "FR", "IN", "MX", "JP", "IE", "CA", "IT", "PL", "BR"])
    p, d = t.cperson(c, female=False), t.cperson(c)
    return (f"my brother {t.P(p)} lives in {t.icity(c)} and he says our father's {t.cond()} got worse and the doctor there "
            f"{t.P(d)} wants the US records so I need to send everything to {t.iaddr(c)} or email "
            f"{t.email(p, c)} and he says call him on {t.iphone(c)} but remember the time difference")


def ro_scam(t):
    g = t.g
    rel, fm = t.rp([("Mom", 1), ("Dad", 0), ("Grandma", 1), ("Grandpa", 0)])
    return (f"someone called {rel} pretending to be from {K(g.ch(['Medicare', 'Social Security', 'the bank', 'Amazon']))} and {she(fm)} gave them {her(fm)} "
            f"{t.card()} and {her(fm)} social {t.ssn()} before {t.P(t.person(), 'first')} got the phone away from {herobj(fm)} "
            f"so we need to cancel the card and freeze {her(fm)} credit and {she(fm)}'s so upset {her(fm)} {t.cond()} is acting up")


def ro_visit(t):
    g = t.g
    c = g.ch(["GB", "DE", "MX", "PH", "IN", "IT", "PL", "KR", "VN", "FR", "ES"])
    rel, fm = t.rp(ELDER_BY_C[c])
    p = t.cperson(c)
    return (f"just got back from {t.icity(c)} where we saw {rel} for the first time since the {t.cond()} and {she(fm)} looks "
            f"so thin but {t.P(p, 'first')} is taking good care of {herobj(fm)} and the doctor there put {herobj(fm)} on {t.drug()} "
            f"and if anyone wants to send a card the address is {t.iaddr(c)} and {t.P(p, 'first')}'s number is {t.iphone(c)}")


# =============================================================== list
def li_contacts(t):
    g = t.g
    rows = []
    for _ in range(g.r.randint(3, 5)):
        role, fm = g.ch([("son", 0), ("daughter", 1), ("neighbor", None), ("aide", None), ("cousin", None),
                         ("friend from church", None), ("nurse", None), ("brother", 0), ("sister", 1)])
        p = t.person(female=fm)
        sep = g.ch([" - ", ": ", " ", " — "])
        rows.append(f"{g.ch(['- ', '* ', '• ', ''])}{t.P(p)} ({role}){sep}{t.phone()}")
    if g.chance(0.45):
        c = g.ch(["MX", "PH", "IN", "GB", "CA", "DE", "KR", "VN", "PL", "BR"])
        q = t.cperson(c)
        rows.append(f"- {t.P(q)} ({g.ch(['cousin', 'niece', 'nephew', 'sister-in-law'])}, {t.icity(c)}) {t.iphone(c)}")
    rows.append(f"{g.ch(['- ', '* ', ''])}{K('Poison Control')} {K('1-800-222-1222')}")
    if g.chance(0.4):
        rows.append(f"- crisis line {K('988')}")
    return f"{g.ch(['Contacts for', 'Phone list -', 'Who to call for', 'Numbers for'])} {K(g.ch(RELATIONS[:8]))}:\n" + "\n".join(rows)


def li_meds(t):
    g = t.g
    p = t.person()
    rows = [f"{i + 1}. {t.drug()} {g.ch(['daily', 'twice a day', 'at bedtime', 'with food', 'prn'])}" for i in range(g.r.randint(3, 5))]
    return (f"Med list for {t.P(p)} ({g.ch(['DOB', 'born', 'dob'])} {t.dob()})\n" + "\n".join(rows) +
            f"\nPharmacy: {K(g.ch(PHARMS[:6]))} {t.phone()}")


def li_schedule(t):
    g = t.g
    days = g.r.sample(WEEKDAYS, 4)
    people = [t.person() for _ in range(3)]
    rel, _ = t.rp(ELDERS)
    rows = [f"{K(d)}: {t.P(g.ch(people), 'first')}" for d in days]
    return f"Who's with {rel} this week\n" + "\n".join(rows) + f"\n{t.lab()} on {K(days[0])}, {t.P(people[0], 'first')} drives"


def li_cards(t):
    g = t.g
    rows = []
    for _ in range(g.r.randint(2, 3)):
        p = t.person()
        rows.append(f"{t.P(p)} - {t.anyaddr()}")
    c = g.ch(["GB", "DE", "MX", "PH", "IN", "FR", "JP", "CA", "IE", "NL"])
    q = t.cperson(c)
    rows.append(f"{t.P(q)} - {t.iaddr(c)}")
    return f"{K(g.ch(['Christmas', 'Thank you', 'Get well', 'Easter']))} card addresses:\n" + "\n".join(rows)


def li_accounts(t):
    g = t.g
    p = t.person()
    return "\n".join([
        f"Accounts to close for {t.P(p)} (estate):",
        f"- checking: {t.bank()}",
        f"- {t.card()}",
        f"- {t.card()}",
        f"- SSN for the letters: {t.ssn()}",
        f"- {K('Social Security')} already notified",
    ])


def li_intl_family(t):
    g = t.g
    rows = []
    for c in g.r.sample(["GB", "DE", "MX", "IN", "PH", "KR", "BR", "PL", "IT", "FR", "CA", "VN", "TR", "JP", "CN"], 3):
        p = t.cperson(c)
        rows.append(f"{t.P(p)} ({t.icity(c)}) {t.iphone(c)}")
    return f"Family overseas to call if {K(g.ch(['Mom', 'Dad', 'Grandma']))} gets worse:\n" + "\n".join(rows)


def li_links(t):
    g = t.g
    p, q = t.person(), t.person()
    return "\n".join([
        f"Useful links for {K(g.ch(['Dad', 'Mom', 'Grandpa']))}'s {t.cond()}:",
        f"- meal signup: {I(g.ch(['https://www.mealtrain.com/trains/', 'mealtrain.com/trains/']) + slug(p.last) + '-family', 'U')}",
        f"- updates page {t.P(p, 'first')} made: {t.url(p, 'updates')}",
        f"- {t.P(q, 'first')}'s blog about caregiving: {t.url(q, 'personal')}",
        f"- {K(g.ch(['Alzheimer’s Association', 'American Cancer Society', 'Parkinson’s Foundation']))} helpline {K('1-800-272-3900')}",
    ])


# =============================================================== signature
CLINIC_WORDS = ["Family Medicine", "Home Health", "Hospice", "Cardiology", "Physical Therapy", "Palliative Care",
                "Internal Medicine", "Geriatrics", "Wound Care", "Behavioral Health", "Pharmacy"]


def sig_clinician(t):
    g = t.g
    p = t.person()
    dom = g.ch(["riverbendhealth.org", "valleycarehh.com", "stmarysmed.org", "northsidefamilymed.com", "heartlandhospice.net",
                "lakeshorept.com", "communitycarepartners.org"])
    cred = g.ch(["RN", "RN, BSN", "LPN", "MSW, LCSW", "PT, DPT", "NP", "PharmD", "MD", "OTR/L", "CNA"])
    lines = [g.ch(["Thanks,", "Best,", "Regards,", "Thank you,", "--"]), f"{t.P(p)}, {cred}", K(g.ch(CLINIC_WORDS)),
             f"{g.ch(['O:', 'Office', 'Direct:', 'P'])} {t.phone(ext=g.chance(0.4))}"]
    if g.chance(0.5):
        lines.append(f"{g.ch(['F:', 'Fax', 'fax:'])} {t.phone(ext=False)}")
    lines.append(I(g.work_email(p, dom), "E"))
    if g.chance(0.4):
        lines.append(t.addr(shape="comma", unit=True))
    return f"{g.ch(['See you', 'I will follow up', 'Call with questions before'])} {t.day()}.\n\n" + "\n".join(lines)


def sig_family(t):
    g = t.g
    p = t.person()
    rel, fm = t.rp([("Mom", 1), ("Dad", 0), ("Grandma", 1), ("Nana", 1), ("Grandpa", 0)])
    lines = [f"{g.ch(['Love', 'xo', 'Thanks again', 'Take care', 'God bless'])},", t.P(p)]
    if g.chance(0.6):
        lines.append(t.addr(shape=g.ch(["twoline", "comma"])))
    lines.append(f"{g.ch(['cell', 'c.', 'mobile', 'ph'])} {t.phone()}")
    if g.chance(0.5):
        lines.append(t.email(p))
    if g.chance(0.3):
        lines.append(t.url(p, 'personal'))
    return f"{K(g.ch(['Don’t', DONT, 'Dont']))} worry about {rel}, the {t.drug()} is working.\n" + "\n".join(lines)


def sig_business(t):
    g = t.g
    p = t.person()
    biz = g.ch(["Painting", "Plumbing & Heating", "Lawn Care", "Tax Service", "Photography", "Tailoring", "Auto Repair", "Bakery"])
    lines = [t.P(p), f"Owner, {I(p.last.split()[-1], 'P', p.region)} {biz}",
             g.ch([I(g.vanity(), "T"), t.phone()]), t.url(p, 'personal')]
    rel, fm = t.rp([("Mom", 1), ("Dad", 0), ("Grandpa", 0), ("Grandma", 1)])
    return (f"Sorry I missed {rel}'s appointment, I'll take {herobj(fm)} to the {t.lab()} next week.\n--\n" + "\n".join(lines))


def sig_intl(t):
    g = t.g
    c = g.ch(["GB", "DE", "FR", "ES", "IT", "NL", "IE", "CA", "IN", "AT", "CH", "PT", "BR", "MX"])
    p = t.cperson(c)
    title = {"GB": "Consultant Geriatrician", "DE": "Oberärztin Kardiologie", "FR": "Médecin traitant", "ES": "Enfermera gestora",
             "IT": "Medico di base", "NL": "Huisarts", "IE": "Public Health Nurse", "CA": "Family Physician",
             "IN": "Consultant Nephrologist", "AT": "Hausarzt", "CH": "Pflegefachfrau", "PT": "Médica de família",
             "BR": "Enfermeira", "MX": "Médico internista"}[c]
    lines = [g.ch(["Kind regards,", "Mit freundlichen Grüßen", "Cordialement,", "Saludos,", "Cordiali saluti,",
                   "Met vriendelijke groet,", "Atenciosamente,", "Best wishes,"]),
             f"Dr {t.P(p)}" if g.chance(0.5) else t.P(p), K(title), t.iaddr(c), f"Tel {t.iphone(c)}", t.email(p, c)]
    if g.chance(0.3):
        lines.append(t.iurl(p, c))
    return f"Re: your {K(g.ch(['father', 'mother', 'Dad', 'Mum']))}'s {t.cond()} follow-up\n\n" + "\n".join(lines)


def sig_short(t):
    g = t.g
    p = t.person()
    return (f"{g.ch(['ok', 'sounds good', 'will do', 'got it, thanks'])}\n\n{g.ch(['Sent from my iPhone', 'Sent from my Galaxy', 'Get Outlook for Android'])}\n"
            f"{t.P(p, g.ch(['first', 'full']))}\n{t.phone()}\n{K(g.ch(EVENTS))} volunteer")


def sig_blog(t):
    g = t.g
    p = t.person()
    return (f"{g.ch(['Hugs', 'Peace', 'Stay strong', 'Onward'])},\n{t.P(p)}\n{g.ch(['caregiver to my', 'proud daughter of', 'loving wife of'])} "
            f"{K(g.ch(['Dad', 'Mom', 'husband']))}, living with {t.cond()}\nblog: {t.url(p, 'personal')}\n{t.email(p)}")


# =============================================================== forwarded
def fw_email(t):
    g = t.g
    a, b = t.person(), t.person()
    rel, fm = t.rp([("Dad", 0), ("Mom", 1), ("Grandma", 1), ("Grandpa", 0)])
    subj = g.ch([f"{rel}'s {t.lab()}", f"{rel}'s {t.cond()} appt", f"insurance letter for {rel}", "hospice paperwork",
                 f"Re: {rel}'s meds"])
    extra = f"\nUpdates: {t.url(a, 'updates')}" if g.chance(0.3) else ""
    return (f"---------- Forwarded message ---------\nFrom: {t.P(a)} <{t.email(a)}>\nDate: {t.day()}, {t.month()} {g.r.randint(1, 28)}\n"
            f"Subject: {subj}\nTo: {t.P(b)} <{t.email(b)}>\n\n"
            f"{g.ch(['See below.', 'FYI', 'Can you handle this?', 'Read this when you get a sec.'])} "
            f"They want {herobj(fm)} off the {t.drug()} before the {t.lab()}.{extra}")


def fw_text(t):
    g = t.g
    p, s = t.person(), t.person()
    return (f"Fwd from {K(g.ch(['Mom', 'Dad', 'Grandma']))}'s phone:\n\"{t.P(p, 'first')}, this is {t.P(s)} from "
            f"{g.ch(['the clinic', 'Dr. office', 'the pharmacy', 'home health'])}. Your {t.drug()} "
            f"{g.ch(['is ready', 'needs a new prescription', 'was denied by insurance'])}. Call {t.phone()}.\"")


def fw_reply_chain(t):
    g = t.g
    a, b = t.person(), t.person()
    fm = g.chance(0.5)
    pt = t.person(female=fm)
    return (f">>> On {t.day()}, {t.P(a)} <{t.email(a)}> wrote:\n>>> {t.P(pt, 'first')}'s {t.lab()} is at {t.addr()} at "
            f"{g.ch(['7:30', '8:00', '11:15', '2:45'])}. {K(DONT)} let {herobj(fm)} eat after midnight.\n\n"
            f"{g.ch(['got it', 'ok', f'I can take {herobj(fm)}', 'thanks'])} - {t.P(b, 'first')}")


def fw_letter(t):
    g = t.g
    p = t.person()
    return (f"FW: letter from {K(g.ch(INSURERS))}\n\"Dear {t.P(p)}, our records show {g.ch(['a balance', 'a change', 'an update'])} on "
            f"{t.mrn()}. Date of birth on file: {t.dob()}. Mailing address: {t.anyaddr()}. If this is "
            f"incorrect, call us.\"\n{g.ch(['is this a scam??', 'this is right right?', 'can someone check'])}")


def fw_intl(t):
    g = t.g
    c = g.ch(["GB", "DE", "FR", "ES", "NL", "IT", "IE", "PL", "PT", "AT"])
    a, pt, b = t.cperson(c), t.cperson(c), t.person()
    return (f"Begin forwarded message:\nFrom: {t.P(a)} <{t.email(a, c)}>\nSubject: {g.ch(['discharge', 'results', 'appointment', 'invoice'])}\n\n"
            f"{t.P(pt, 'first')} was seen today for {t.cond()}. Please contact the ward on {t.iphone(c)}. "
            f"{g.ch(['Invoice payable to', 'Refund will go to', 'Bank details:'])} IBAN {t.iban(c if c in IBAN_C else None)}.\n\n"
            f"— sent on by {t.P(b, 'first')}")


def fw_ssn(t):
    g = t.g
    rel, fm = t.rp([("Dad", 0), ("Mom", 1)])
    a, p = t.person(), t.person(female=fm)
    return (f"Fw: from {t.P(a, 'first')} - \"here's {rel}'s info for the {K(g.ch(INSURERS))} form: {t.P(p)}, SSN {t.ssn()}, "
            f"born {t.dob()}\"")


# =============================================================== form
def fo_registration(t):
    g = t.g
    p = t.person()
    rel, fm = g.ch([("daughter", 1), ("son", 0), ("spouse", None), ("husband", 0), ("wife", 1), ("friend", None), ("sister", 1)])
    e = t.person(female=fm)
    return "\n".join([
        g.ch(["NEW PATIENT FORM", "Patient Registration", "PATIENT INFORMATION (please print)"]),
        f"Name: {t.P(p)}",
        f"{g.ch(['Date of Birth', 'DOB', 'Birthdate'])}: {t.dob()}",
        f"{g.ch(['SSN', 'Social Security #', 'SS#'])}: {t.ssn()}",
        f"Address: {t.addr(shape=g.ch(['comma', 'nocomma', 'statefull']))}",
        f"{g.ch(['Phone', 'Cell', 'Best number'])}: {t.phone()}",
        f"Email: {t.email(p)}",
        f"Emergency contact: {t.P(e)} ({K(rel)}) {t.phone()}",
        f"Reason for visit: {t.cond()}",
    ])


def fo_intake(t):
    g = t.g
    p = t.person()
    return "\n".join([
        f"Home health intake — {t.P(p)}",
        f"{t.mrn()}",
        f"DOB {t.dob()}",
        f"Dx: {t.cond()}, {t.cond()}",
        f"Meds: {t.drug()}, {t.drug()}, {t.drug()}",
        f"Lives at: {t.anyaddr()}",
        f"PCP: Dr. {t.P(t.person(), 'last')} {t.phone(ext=g.chance(0.5))}",
    ])


def fo_payment(t):
    g = t.g
    p = t.person()
    return "\n".join([
        g.ch(["PAYMENT AUTHORIZATION", "Autopay enrollment", "Billing update form"]),
        f"Account holder: {t.P(p)}",
        f"Pay by: {t.card()}   exp {g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}",
        f"or bank draft: {t.bank()}",
        f"Billing address: {t.addr(shape='comma')}",
        f"For services: {t.lab()}, {g.ch(['physical therapy', 'home infusion', 'DME rental', 'ambulance'])}",
    ])


def fo_release(t):
    g = t.g
    p, r_ = t.person(), t.person()
    return "\n".join([
        "Authorization for release of protected health information",
        f"Patient: {t.P(p)}   {g.ch(['DOB', 'Date of birth'])} {t.dob()}   {t.mrn()}",
        f"Release to: {t.P(r_)}, {t.addr()}",
        f"Phone {t.phone()}  Fax {t.phone(ext=False)}",
        f"Records: {t.lab()}, {t.cond()} notes",
    ])


def fo_intl(t):
    g = t.g
    c = g.ch(["DE", "FR", "ES", "IT", "NL", "GB", "AT", "CH", "PT", "MX", "JP", "KR", "IN", "BR", "PL"])
    p = t.cperson(c)
    lab = {"DE": ("Name", "Geburtsdatum", "Anschrift", "Telefon"), "AT": ("Name", "Geburtsdatum", "Anschrift", "Telefon"),
           "CH": ("Name", "Geburtsdatum", "Adresse", "Telefon"), "FR": ("Nom", "Date de naissance", "Adresse", "Téléphone"),
           "ES": ("Nombre", "Fecha de nacimiento", "Domicilio", "Teléfono"), "MX": ("Nombre", "Fecha de nacimiento", "Domicilio", "Teléfono"),
           "IT": ("Nome", "Data di nascita", "Indirizzo", "Telefono"), "NL": ("Naam", "Geboortedatum", "Adres", "Telefoon"),
           "PT": ("Nome", "Data de nascimento", "Morada", "Telefone"), "BR": ("Nome", "Data de nascimento", "Endereço", "Telefone"),
           "PL": ("Imię i nazwisko", "Data urodzenia", "Adres", "Telefon"), "JP": ("氏名", "生年月日", "住所", "電話"),
           "KR": ("성명", "생년월일", "주소", "전화"), "GB": ("Name", "Date of birth", "Address", "Tel"),
           "IN": ("Name", "DOB", "Address", "Mobile")}[c]
    title = {"DE": "Aufnahmebogen", "AT": "Aufnahmebogen", "CH": "Eintrittsformular", "FR": "Fiche d'admission",
             "ES": "Hoja de ingreso", "MX": "Hoja de ingreso", "IT": "Scheda paziente", "NL": "Inschrijfformulier",
             "PT": "Ficha do utente", "BR": "Ficha de cadastro", "PL": "Karta pacjenta", "JP": "問診票", "KR": "접수 양식",
             "GB": "Registration form", "IN": "Patient registration"}[c]
    lines = [f"{lab[0]}: {t.P(p)}", f"{lab[1]}: {t.idob(c)}", f"{lab[2]}: {t.iaddr(c)}", f"{lab[3]}: {t.iphone(c)}",
             t.imrn(c)]
    if c in IBAN_C:
        lines.append(f"IBAN: {t.iban(c)}")
    dx = LOCAL_DX.get(c)
    dxline = f"{dx[0]}: {K(g.ch(dx[1]))}" if dx else f"Diagnosis: {t.cond()}"
    return f"{title}\n" + "\n".join(lines[:1] + [dxline] + lines[1:])


def fo_caregiver_pay(t):
    g = t.g
    p = t.person()
    relw, fm = g.ch([("mother", 1), ("father", 0), ("grandmother", 1), ("uncle", 0)])
    pt = t.person(female=fm)
    return "\n".join([
        "Self-directed care: caregiver enrollment",
        f"Caregiver: {t.P(p)}   SSN {t.ssn()}   DOB {t.dob(old=False)}",
        f"Caring for: {t.P(pt)} ({K(relw)})",
        f"Direct deposit: {t.bank()}",
        f"Mailing: {t.anyaddr()}",
    ])


# =============================================================== general_text
def gt_billing(t):
    g = t.g
    p = t.person()
    return (f"Hi, I got a statement for ${g.r.randint(40, 2400)}.{g.digits(2)} for a visit on {t.month()} {g.r.randint(1, 28)}. "
            f"Account # {I(g.digits(g.ch([7, 8, 9, 10])), 'A')}, patient {t.P(p)}. {K(g.ch(INSURERS))} should have paid this. "
            f"Can someone call me at {t.phone()}?")


def gt_moving(t):
    g = t.g
    return (f"Address change: starting {t.month()} 1 we'll be at {t.anyaddr()}. "
            f"{g.ch(['Same phone.', 'New landline ' + t.phone(ext=False) + '.', 'Cell stays the same.'])} "
            f"Please update the {g.ch(['pharmacy', 'hospice', 'oxygen', 'dialysis'])} delivery too.")


def gt_neighbor(t):
    g = t.g
    p = t.person()
    return (f"{g.ch(['Selling', 'Giving away', 'Free to a good home:'])} {K(g.ch(['Mom', 'Dad']))}'s "
            f"{g.ch(['lift chair', 'shower bench', 'rollator', 'hospital bed', 'stair lift'])}. Pickup in {t.city()}. "
            f"Text {t.P(p, 'first')} {t.phone()}")


def gt_fundraiser(t):
    g = t.g
    p = t.person()
    return (f"{g.ch(['Please share!', 'Thank you all so much.', 'Anything helps.'])} We set up a page for {t.P(p)}'s "
            f"{t.cond()} treatment: {t.url(p, 'updates')}")


def gt_bank(t):
    g = t.g
    rel, fm = t.rp([("Mom", 1), ("Grandma", 1), ("Dad", 0), ("Grandpa", 0)])
    p = t.person(female=fm)
    return (f"{rel}'s pension is going into the wrong account. It should be {t.bank()}. "
            f"{her(fm, True)} name on the account is {t.P(p)}. {g.ch(['I have POA.', 'I am on the account too.', 'The bank said to email you.'])}")


def gt_email_change(t):
    g = t.g
    p = t.person(female=True)
    return (f"Please use {t.email(p)} for {t.P(p, 'first')} from now on, the {t.email(p)} address is "
            f"{g.ch(['hacked', 'closed', 'full', 'her old work one'])}. {K(DONT)} use the home phone either, it's disconnected.")


def gt_intl_money(t):
    g = t.g
    c = g.ch(["DE", "ES", "IT", "FR", "PL", "TR", "BR", "PT", "NL", "GB"])
    p = t.cperson(c)
    rel, _ = t.rp(ELDER_BY_C[c])
    return (f"Sending money to {t.P(p)} in {t.icity(c)} for {rel}'s "
            f"{t.drug()} — {g.ch(['iban', 'IBAN', 'IBAN:', 'account'])} {t.iban(c)}. Fee was ridiculous")


def gt_obit(t):
    g = t.g
    p = t.person()
    return (f"{g.ch(['Thank you all for the kind words.', 'The service is Saturday at 11.', 'We are so grateful for the hospice team.'])} "
            f"{t.P(p)}'s obituary is up here: {I(g.ch(['https://www.legacy.com/us/obituaries/name/', 'legacy.com/us/obituaries/name/']) + slug(p.first) + '-' + slug(p.last) + '-obituary', 'U')}. "
            f"In lieu of flowers, donations to the {K(g.ch(['American Heart Association', 'Alzheimer’s Association', 'American Lung Association']))}")


# =============================================================== clinician_note
def cn_soap(t):
    g = t.g
    fm = g.chance(0.5)
    p = t.person(female=fm)
    comp, cf = g.ch([("dtr", 1), ("son", 0), ("wife", 1) if not fm else ("husband", 0), ("caregiver", None)])
    c = t.person(female=cf)
    age = g.r.randint(58, 97)
    return "\n".join([
        f"S: {age}{'F' if fm else 'M'} w/ {t.cond()}, {t.cond()}, here w/ {comp} {t.P(c, 'first')}. "
        f"c/o {g.ch(['fatigue', 'dizziness', 'swelling', 'poor appetite', 'SOB on exertion', 'falls'])}.",
        f"O: BP {g.r.randint(100, 170)}/{g.r.randint(55, 100)}, HR {g.r.randint(52, 110)}, {t.body()} exam notable for "
        f"{g.ch(['edema', 'tenderness', 'bruising', 'decreased ROM'])}.",
        f"A/P: {t.drug()} adjusted. Order {t.lab()}. RTC {g.r.randint(2, 12)} wk.",
        f"Pt {t.P(p)}, {t.mrn()}, DOB {t.dob()}.",
    ])


def cn_phone(t):
    g = t.g
    p, f = t.person(), t.person()
    return (f"Phone note: spoke w/ {g.ch(['pt', 'pt dtr', 'pt son', 'pt wife', 'caregiver'])} {t.P(f)} at {t.phone()} re: "
            f"{t.P(p, 'last')}'s {t.lab()} results. {g.ch(['Advised', 'Instructed', 'Reviewed'])} to hold {t.drug()} x2 days. "
            f"Verified DOB {t.dob()}. Callback if worse.")


def cn_sw(t):
    g = t.g
    p, c = t.person(), t.person()
    return (f"SW note: Met w/ pt {t.P(p)} and {g.ch(['grandson', 'niece', 'friend', 'partner'])} {t.P(c)}. Pt lives alone at "
            f"{t.anyaddr()}. Applying for {K(g.ch(['Medicaid', 'SNAP', 'Meals on Wheels', 'LIHEAP']))} assistance; SSN {t.ssn()} verified. "
            f"Hx {t.cond()}. Will f/u {t.day()}.")


def cn_discharge(t):
    g = t.g
    p = t.person()
    last, first = p.last.upper(), p.first.upper()
    return (f"D/C summary — {I(f'{last}, {first}', 'P', p.region)}  {t.mrn()}  DOB {t.dob()}\n"
            f"Admitted for {t.cond()}. New: {t.drug()}, {t.drug()}. F/u Dr. {t.P(t.person(), 'last')} "
            f"{t.phone(ext=g.chance(0.4))} in 1-2 wk. {K(g.ch(['Home health', 'Hospice', 'Outpatient PT']))} referral placed.")


def cn_intl(t):
    g = t.g
    c = g.ch(["GB", "CA", "IE", "IN", "JP", "KR", "CN", "MX", "DE", "FR", "PH", "VN", "RU", "SA"])
    p = t.cperson(c)
    return (f"Outside records received for pt {t.P(p)}, DOB {t.idob(c)}, from {t.icity(c)}. {t.imrn(c)}. "
            f"Prior dx {t.cond()}. Family contact abroad {t.iphone(c)}. {K('Interpreter')} needed.")


# =============================================================== international
def in_es(t):
    g = t.g
    c = g.ch(["MX", "ES"])
    relw, fm = g.ch([("mamá", 1), ("papá", 0), ("abuela", 1), ("abuelo", 0)])
    p, h = t.cperson(c, female=fm), t.cperson(c)
    return (f"Hola, soy {t.P(h, 'first')}. Mi {K(relw)} {t.P(p)} tiene {K(g.ch(['diabetes', 'presión alta', 'insuficiencia renal', 'demencia']))}. "
            f"Vive en {t.iaddr(c)}. Su celular es {t.iphone(c)}. Fecha de nacimiento {t.idob(c)}.")


def in_de(t):
    g = t.g
    c = g.ch(["DE", "AT", "CH"])
    p = t.cperson(c)
    relw, fm = g.ch([("Oma", 1), ("Opa", 0), ("Mama", 1), ("Papa", 0)])
    return (f"{K(relw)} ist im Krankenhaus in {t.icity(c)}. Ansprechpartner {t.P(p)}, "
            f"Tel. {t.iphone(c)}. Für die Rechnung: IBAN {t.iban(c if c in IBAN_C else 'DE')}. {'Sie' if fm else 'Er'} bekommt {t.drug()}.")


def in_fr(t):
    g = t.g
    p, d = t.cperson("FR"), t.cperson("FR")
    relw, fm = g.ch([("Papa", 0), ("Maman", 1), ("Mamie", 1), ("Papi", 0)])
    return (f"{K(relw)} est {'hospitalisée' if fm else 'hospitalisé'} pour {K(g.ch(['une pneumonie', 'un AVC', 'une chute', 'son cœur']))}. "
            f"Le médecin c'est le Dr {t.P(d, 'last')}. Adresse: {t.iaddr('FR')}. Appelez {t.P(p, 'first')} au {t.iphone('FR')}.")


def in_uk(t):
    g = t.g
    p, d = t.cperson("GB"), t.cperson("GB")
    return (f"{K(g.ch(['Mum', 'Dad', 'Nan', 'Grandad']))}'s been moved to the care home at {t.iaddr('GB')}. GP is Dr {t.P(d, 'last')}, "
            f"surgery {t.iphone('GB')}. {t.imrn('GB')}. Contact {t.P(p)} {t.email(p, 'GB')}")


def in_asia(t):
    g = t.g
    c = g.ch(["JP", "KR", "CN"])
    rel, fm = t.rp([("Grandma", 1), ("Grandpa", 0), ("Mom", 1), ("Dad", 0)])
    p = t.cperson(c)
    return (f"{rel}'s {g.ch(['sister', 'brother', 'cousin'])} {t.P(p)} "
            f"is sending {herobj(fm)} {t.drug()} from home. Address for returns: {t.iaddr(c)}. Phone {t.iphone(c)}. Born {t.idob(c)}.")


def in_india(t):
    g = t.g
    p, q = t.cperson("IN", female=False), t.person("INTL", "hi_IN", female=True)
    return (f"Uncle {t.P(p, 'first')} in {t.icity('IN')} says {K('Nani')} ({t.P(q)}) needs {t.lab()} again. "
            f"Hospital address {t.iaddr('IN')}, his mobile {t.iphone('IN')}, email {t.email(p, 'IN')}")


def in_pt(t):
    g = t.g
    c = g.ch(["BR", "PT"])
    p = t.cperson(c, female=True)
    return (f"A {K(g.ch(['Vovó', 'Avó', 'mãe', 'tia']))} {t.P(p)} está internada com {K(g.ch(['pneumonia', 'AVC', 'diabetes descompensada']))}. "
            f"Endereço: {t.iaddr(c)}. Celular {t.iphone(c)}. {t.imrn(c) if c == 'BR' else 'NIF na receita.'}")


def in_misc(t):
    g = t.g
    c = g.ch(["RU", "TR", "VN", "PH", "SA", "PL", "NL", "IT", "IE", "CA"])
    fm = g.chance(0.5)
    p = t.cperson(c, female=fm)
    rel, _ = t.rp(ELDER_BY_C[c])
    return (f"Contact for {rel} back home: {t.P(p)}, {t.iaddr(c)}, {t.iphone(c)}. "
            f"{she(fm, True)} handles the {t.drug()} and the {t.cond()} follow up there.")


def in_fundraiser(t):
    g = t.g
    c = g.ch(["DE", "RU", "JP", "BR", "FR", "GB"])
    p = t.cperson(c)
    return (f"{t.P(p)} in {t.icity(c)} started a page for the {t.cond()} surgery: {t.iurl(p, c)} "
            f"— {g.ch(['please share', 'even 5 dollars helps', 'the family says thank you'])}")


REGISTRY = {  # templates with an international slant are listed twice so they are drawn twice as often
    "speaker_label": [sl_family_meds, sl_relation_labels, sl_front_desk, sl_voicemail, sl_abroad, sl_group_chat, sl_abroad],
    "lower_case": [lc_update, lc_moved, lc_question, lc_ride, lc_intl, lc_link, lc_intl],
    "all_caps": [ac_refill, ac_address, ac_ssn, ac_angry, ac_card, ac_intl, ac_intl],
    "typos": [ty_portal, ty_pharmacy, ty_aide, ty_insurance, ty_address, ty_email],
    "run_on": [ro_story, ro_bills, ro_move, ro_intl, ro_scam, ro_visit, ro_intl],
    "list": [li_contacts, li_meds, li_schedule, li_cards, li_accounts, li_intl_family, li_links, li_intl_family],
    "signature": [sig_clinician, sig_family, sig_business, sig_intl, sig_short, sig_blog, sig_intl],
    "forwarded": [fw_email, fw_text, fw_reply_chain, fw_letter, fw_intl, fw_ssn, fw_intl],
    "form": [fo_registration, fo_intake, fo_payment, fo_release, fo_intl, fo_caregiver_pay, fo_intl],
    "general_text": [gt_billing, gt_moving, gt_neighbor, gt_fundraiser, gt_bank, gt_email_change, gt_intl_money, gt_obit, gt_intl_money],
    "clinician_note": [cn_soap, cn_phone, cn_sw, cn_discharge, cn_intl, cn_intl],
    "international": [in_es, in_de, in_fr, in_uk, in_asia, in_india, in_pt, in_misc, in_fundraiser],
}
