"""My own templates for the template part of dev47. Each template is a function (g, m) -> text
where g is values.Gen and m is a Msg that records identifiers/keep words as they are inserted."""
from collections import Counter


class Retry(Exception):
    pass


class Msg:
    def __init__(self, style, region="US"):
        self.style, self.region = style, region
        self.ids, self.inserts, self.keep = {}, Counter(), []
        self.case = None

    def id(self, val, typ, region=None):
        region = region or self.region
        if val in self.ids and self.ids[val]["type"] != typ:
            raise Retry(f"{val!r} with two types")
        self.ids.setdefault(val, {"text": val, "type": typ, "region": region})
        self.inserts[val] += 1
        return val

    def P(self, v, r=None): return self.id(v, "PERSON", r)
    def L(self, v, r=None): return self.id(v, "LOCATION", r)
    def T(self, v, r=None): return self.id(v, "PHONE_NUMBER", r)
    def E(self, v, r=None): return self.id(v, "EMAIL_ADDRESS", r)
    def U(self, v, r=None): return self.id(v, "URL", r)
    def S(self, v, r=None): return self.id(v, "US_SSN", r)
    def M(self, v, r=None): return self.id(v, "MEDICAL_RECORD_NUMBER", r)
    def D(self, v, r=None): return self.id(v, "DATE_OF_BIRTH", r)
    def A(self, v, r=None): return self.id(v, "ACCOUNT_NUMBER", r)

    def k(self, w):
        if w not in self.keep:
            self.keep.append(w)
        return w


REL_GENDER = {"husband": "M", "wife": "F", "mother": "F", "father": "M", "grandmother": "F", "grandfather": "M",
              "uncle": "M", "aunt": "F", "son": "M", "daughter": "F", "sister": "F", "brother": "M", "mom": "F",
              "dad": "M", "grandma": "F", "grandpa": "M", "husban": "M", "granpa": "M", "niece": "F", "nephew": "M",
              "granddaughter": "F", "grandson": "M", "father-in-law": "M", "mother-in-law": "F"}


def pron(gd):
    """he/him/his or she/her/her"""
    return ("he", "him", "his") if gd == "M" else ("she", "her", "her")


def cap1(s):
    return s[:1].upper() + s[1:]


def pick_drug_dose(g):
    return g.choice(["", "", f" {g.choice(['5', '10', '20', '25', '40', '50', '81', '100', '500'])} mg", " 1000mg", " 0.5"])


# =============================================================================== lower_case
def lc_pharmacy(g, m):
    f = g.person()[0]
    rel = m.k(g.relation().lower())
    drug = m.k(g.drug())
    street = g.us_street().split(" ", 1)[1]
    ph = g.us_phone()
    return g.choice([
        lambda: f"hey its {m.P(f)}, {rel}'s {drug} ran out and the pharmacy on {m.L(street)} says they need a new script. can someone call me at {m.T(ph)}",
        lambda: f"{m.P(f)} here. {rel} is out of {drug} again?? pharmacy by {m.L(street)} wont fill it early. my # {m.T(ph)}",
        lambda: f"hi its {m.P(f)}. the {drug} refill for {rel} didnt go thru. call or text {m.T(ph)} pls",
    ])()


def lc_email(g, m):
    f, l = g.person()
    rel = m.k(g.relation().lower())
    lab = m.k(g.lab())
    return g.choice([
        lambda: f"can u send {rel}'s visit notes to {m.E(g.email(f, l))}? i dont check the other one. also was her {lab} ok",
        lambda: f"pls use {m.E(g.email(f, l))} for me from now on, this is {m.P(f)}. still waiting on {rel}'s {lab} btw",
        lambda: f"{m.P(f)} {m.P(l)} here, my email changed to {m.E(g.email(f, l))}. the portal keeps sending the {lab} stuff to the old one",
    ])()


def lc_address(g, m):
    f = g.person()[0]
    rel = m.k(g.relation().lower())
    addr = g.us_address(lines=False)
    wd = m.k(g.weekday())
    return g.choice([
        lambda: f"new address for {rel} as of {wd}: {m.L(addr)}. pls update it for the nurse visits. - {m.P(f)}",
        lambda: f"fyi {rel} moved in with us, send everything to {m.L(addr)} now. thx {m.P(f)}",
        lambda: f"{m.P(f)} here, can the aide come to {m.L(addr)} on {wd} instead? {rel} is staying w me",
    ])()


def lc_member(g, m):
    gd = g.gender()
    he, him, his = pron(gd)
    rel = "dad" if gd == "M" else "mom"
    f, l = g.person(gender=gd)
    kind, num = g.mrn(g.choice(["member", "medicare", "medicaid"]))
    cond = m.k(g.cond())
    lab = {"member": "member id", "medicare": "medicare #", "medicaid": "medicaid id"}[kind]
    return g.choice([
        lambda: f"my {rel} {m.P(f)} {m.P(l)} has {cond}, the nurse asked for {his} dob, its {m.D(g.dob())}. {his} {lab} is {m.M(num)}",
        lambda: f"for {m.P(f + ' ' + l)}: {lab} {m.M(num)}, born {m.D(g.dob())}. {he} has {cond} if that matters for the form",
    ])()


def lc_group(g, m):
    f, l = g.person("word" if g.chance(0.5) else "US", gender="F")
    grp = m.k(g.group())
    wd = m.k(g.weekday())
    ph = g.us_phone()
    return g.choice([
        lambda: f"saw {m.P(f)} at {grp} on {wd}, she says hi! she got a new phone, its {m.T(ph)}" + (f". she posts updates on {m.U(g.url(f, l, 'social'))}" if g.chance(0.4) else ""),
        lambda: f"does anyone have {m.P(f)} {m.P(l)}'s number? she missed {grp} {wd}. i have {m.T(ph)} but it goes to voicemail",
    ])()


def lc_card(g, m):
    f = g.person()[0]
    drug = m.k(g.drug())
    typ, num = g.card()
    lbl = g.choice(["my card", "the visa", "card", "my debit card", "cc", "my credit card"])
    return g.choice([
        lambda: f"is {drug} covered or not? i paid w {lbl} {m.A(num)} and want to know if i get it back. - {m.P(f)}",
        lambda: f"pls charge the copay to {lbl} {m.A(num)}, exp {g.r.randint(1, 12)}/{g.r.randint(26, 31)}. its for {drug}. {m.P(f)}",
    ])()


# =============================================================================== speaker_label
def sp_siblings(g, m):
    a, b = g.person()[0], g.person()[0]
    drug = m.k(g.drug())
    rel = m.k(g.choice(["Mom", "Dad", "Grandma", "Grandpa"]))
    ph = g.us_phone()
    body = g.choice([
        lambda: [f"{m.P(a)}: did {rel} take the {drug} this morning", f"{m.P(b)}: yes at 8. {m.k(g.contraction())} worry",
         f"{m.P(a)}: ok. the pharmacy called, call them back at {m.T(ph)}"],
        lambda: [f"{m.P(a)}: who's taking {rel} to the appt {m.k(g.weekday())}", f"{m.P(b)}: me. what time",
         f"{m.P(a)}: 10:30. bring the {drug} bottle", f"{m.P(b)}: got it. if I'm late call {m.T(ph)}"],
    ])()
    return "\n".join(body)


def sp_daughter_addr(g, m):
    rel = g.choice(["Daughter", "Son", "Niece", "Grandson", "Granddaughter", "Wife", "Husband", "Neighbor"])
    d = g.person(gender=REL_GENDER.get(rel.lower()))[0]
    n = g.person()[0]
    who = g.choice(["mom", "dad", "grandma", "grandpa"]) if rel not in ("Wife", "Husband") else ("he" if rel == "Wife" else "she")
    she = pron(REL_GENDER.get(who, "M" if who == "he" else "F"))[0]
    addr = g.us_address(lines=False)
    ph = g.us_phone()
    drug = m.k(g.drug())
    return "\n".join([
        f"{rel} {m.P(d)}: {m.k(who) if who not in ('he', 'she') else who}'s at {m.L(addr)}, call {m.T(ph)} when you're outside",
        f"Nurse {m.P(n)}: thanks {m.P(d)}, I'll be there around 2. Is {she} still on the {drug}?",
        f"{rel} {m.P(d)}: yes, same dose",
    ])


def sp_pharmacy_dob(g, m):
    c, s = g.person(), g.person(gender="M")[0]
    pt_first, pt_last = g.person()
    dob = g.dob()
    drug = m.k(g.drug())
    return "\n".join([
        f"Caregiver {m.P(c[0])}: at the pharmacy, they need {m.P(pt_first)}'s date of birth",
        f"Son {m.P(s)}: {m.D(dob)}",
        f"Caregiver {m.P(c[0])}: thx. they say the {drug} is ready but the insurance is under {m.P(pt_first + ' ' + pt_last)}",
        f"Son {m.P(s)}: yes that's right",
    ])


def sp_grandkid(g, m):
    gk, gl = g.person()
    gp = m.k(g.choice(['Grandma', 'Grandpa', 'Nana', 'Papa']))
    return "\n".join([
        f"{gp}: how do I get on the computer thing for my {m.k(g.lab())}",
        f"{m.P(gk)}: I set it up, the login is your email {m.E(g.email(g.person()[0], gl))}",
        f"{gp}: ok {m.P(gk)}, thank you honey",
    ])


def sp_intl(g, m):
    m.region = "INTL"
    p = g.abroad()
    a = g.fk(g.COUNTRY_LOCALE[p["country"]]).first_name() if not p["native"] else p["first"]
    b = g.abroad(p["country"], p["native"])["first"]
    drug = m.k(g.drug())
    return "\n".join([
        f"{m.P(a)}: Dad is back home now, {m.L(p['addr'])}",
        f"{m.P(b)}: good. does he have enough {drug}?",
        f"{m.P(a)}: for two weeks. his number there is {m.T(p['phone'])}",
    ])


def sp_cousins_word(g, m):
    a = g.choice(["Hope", "Grace", "Joy", "Will", "Chase", "Hunter", "Rose", "Faith", "Dawn", "Summer", "Penny", "Drew"])
    b, bl = g.person("word")
    cond = m.k(g.cond())
    ph = g.us_phone()
    return "\n".join([
        f"{m.P(a)}: {m.P(bl)} family called, they want to visit {m.k(g.choice(['Grandpa', 'Grandma', 'Uncle', 'Auntie']))} in the hospital",
        f"{m.P(b)}: is that ok with the {cond}?",
        f"{m.P(a)}: nurse said yes, 2 at a time. {m.P(b + ' ' + bl)} said to call {m.T(ph)}",
    ])


# =============================================================================== run_on
def ro_story(g, m):
    rel = g.choice(["husband", "wife", "mother", "father", "grandmother", "grandfather", "uncle", "aunt"])
    gd = REL_GENDER[rel]
    he, him, his = pron(gd)
    f, l = g.person(gender=gd)
    me = g.person()[0]
    drug, cond = m.k(g.drug()), m.k(g.cond())
    addr = g.us_address(lines=False)
    ph, ph2 = g.us_phone(), g.us_phone()
    idk = "I don't"
    return g.choice([
        lambda: f"so my {rel} {m.P(f)} has been on the {drug} for like three months now and the {cond} is not really better and last night {he} got up to use the bathroom and got dizzy and I had to help {him} back to bed and I don't know if it's the new dose or what, can somebody call me, I'm {m.P(me)}, my cell is {m.T(ph)} and the house is {m.T(ph2)}",
        lambda: f"Hi I'm {m.P(me)} and I'm writing for my {rel} {m.P(f + ' ' + l)} who lives at {m.L(addr)} and {he} has {cond} and they changed {his} {drug} at the hospital but nobody told the home health people so the nurse came and had the old list and now {he} has two bottles and doesn't know which one to take, please call {m.T(ph)}",
        lambda: f"ok so {m.k(idk)} know if this is the right place but my {rel} {m.P(f)} is staying with me at {m.L(addr)} after the surgery and the discharge papers say to call if the {m.k(g.body())} gets red and it is kind of red now and warm, is that normal, {he}'s on {drug}, number here is {m.T(ph)}",
    ])()


def ro_billing(g, m):
    f, l = g.person()
    typ, num = g.card()
    kind, mr = g.mrn(g.choice(["mrn", "member"]))
    lbl = g.choice(["visa", "card", "credit card", "mastercard", "debit card"])
    relb = g.choice(["mom", "dad", "son", "daughter"])
    fb = g.person(gender=REL_GENDER[relb])[0]
    return g.choice([
        lambda: f"I called twice already about the bill for {m.P(f + ' ' + l)} and they keep saying it's under a different account, the one on the statement is {m.M(mr)} but I paid it in full in {m.k(g.month())} with my {lbl} {m.A(num)} so I don't understand why we're getting a collections letter now for a {m.k(g.choice(['CT scan', 'MRI', 'colonoscopy', 'ER visit', 'sleep study']))} that insurance already paid",
        lambda: f"so the billing office said I could pay over the phone but the phone lady said I have to do it online and online won't take my {lbl}, it's {m.A(num)}, can someone just run it, it's for my {relb} {m.P(fb)}'s {m.k(g.choice(['physical therapy', 'ambulance ride', 'lab work', 'x-ray']))} from last month",
    ])()


def ro_insurance(g, m):
    gd = g.gender()
    he, him, his = pron(gd)
    rel = "mom" if gd == "F" else "dad"
    f, l = g.person(gender=gd)
    kind, num = g.mrn(g.choice(["member", "medicare", "medicaid"]))
    ssn, dob = g.ssn(), g.dob()
    return g.choice([
        lambda: f"they keep asking me for everything again so here it all is for my {rel} {m.P(f + ' ' + l)}, social {m.S(ssn)}, date of birth {m.D(dob)}, {kind} {m.M(num)}, {he} has {m.k(g.cond())} and takes {m.k(g.drug())} and I'm tired of repeating it every single time someone calls",
        lambda: f"hi this is about {m.P(f)} {m.P(l)} born {m.D(dob)}, the insurance changed {m.k(g.month())} 1st and the new id is {m.M(num)} and the pharmacy says the {m.k(g.drug())} needs a prior auth now and they also wanted {his} ssn which is {m.S(ssn)} so please send whatever they need",
    ])()


def ro_moving(g, m):
    f = g.person()[0]
    old, new = g.us_address(lines=False), g.us_address(lines=False)
    ph = g.us_phone()
    return f"we finally moved {m.k(g.relation())} out of the old place at {m.L(old)} and into the new apartment which is {m.L(new)} and it's closer to the {m.k(g.choice(['dialysis center', 'cancer center', 'heart doctor', 'clinic']))} so that's good but the mail is still going to the old one and so are the {m.k(g.drug())} deliveries so please change it, if you need me it's {m.P(f)} at {m.T(ph)}"


def ro_intl(g, m):
    m.region = "INTL"
    p = g.abroad(gender="M")
    me = g.person("US")[0]
    return f"I'm writing because my {g.choice(['father', 'grandfather', 'father-in-law', 'uncle'])} {m.P(p['full'])} is visiting us from abroad and got sick and we took him to urgent care here and they gave him {m.k(g.drug())} but his regular doctor back home needs the records and his address there is {m.L(p['addr'])} and his phone there is {m.T(p['phone'])} and I'm {m.P(me, 'US')}, you can reach me at {m.T(g.us_phone(), 'US')}"


# =============================================================================== typos
def ty_address(g, m):
    full = g.full()
    addr = g.us_address(lines=False)
    ph = g.us_phone()
    return g.choice([
        lambda: f"helo my name is {m.P(full)} i need to chnage my adress to {m.L(addr)} and my phone is {m.T(ph)} thnk u",
        lambda: f"pls updat my adress its {m.L(addr)} now. i movd last {m.k(g.choice(['week', 'month']))}. {m.P(full)}",
        lambda: f"Hi i moved!! new adress {m.L(addr)}. same phone {m.T(ph)}. plz tell the {m.k(g.choice(['oxigen', 'oxygen']))} company to. {m.P(full)}",
    ])()


def ty_refill(g, m):
    rel = g.choice(["husban", "mother", "dad", "granpa", "wife", "son"])
    gd = REL_GENDER[rel]
    he, him, his = pron(gd)
    f, l = g.person(gender=gd)
    drug = g.choice(["metforman", "lisinipril", "atorvastatn", "gabapenton", "amlodapine", "levothyroxin", "warferin",
                     "eliquis", "xarelto", "sertaline", "tramadal", "prednisone", "lasix"])
    return g.choice([
        lambda: f"my {rel} {m.P(f)} need the refil for {his} {m.k(drug)} , {he}'s dob is {m.D(g.dob())} , pharmacy said call dr",
        lambda: f"can sombody call in the {m.k(drug)} for {m.P(f + ' ' + l)} birthday {m.D(g.dob())} the pharmacy is waitng",
    ])()


def ty_bank(g, m):
    f = g.person()[0]
    rt, ac = g.routing(), g.bank_acct()
    return g.choice([
        lambda: f"i think i was charge twice , my bank acount {m.A(ac)} routing {m.A(rt)} , can sombody check. {m.P(f)} {m.T(g.us_phone())}",
        lambda: f"for the auto pay my acct # is {m.A(ac)} and routing # {m.A(rt)} , its a cheking acount. thx {m.P(f)}",
    ])()


def ty_email(g, m):
    f, l = g.person()
    return g.choice([
        lambda: f"plz update my emial to {m.E(g.email(f, l))} , the old one dont work no more. {m.P(f + ' ' + l)}",
        lambda: f"i never got the {m.k(g.lab())} resuts, did u send to {m.E(g.email(f, l))}? thats the rigth one",
    ])()


def ty_ssn(g, m):
    full = g.full()
    return g.choice([
        lambda: f"my socal is {m.S(g.ssn())} they put it wrong on the form for {m.P(full)}, pls fix befor {m.k(g.weekday())}",
        lambda: f"the hosptal wants {m.k(g.choice(['Mom', 'Dad']))}'s social again , its {m.S(g.ssn())} . name {m.P(full)} . thank you",
    ])()


def ty_phone_url(g, m):
    f, l = g.person(gender="F")
    return f"my sister {m.P(f)} made a page for {m.k(g.choice(['mom', 'dad']))}'s {m.k(g.choice(['cancer', 'surgery', 'stroke', 'transplant']))} , heres the link {m.U(g.url(f, l, 'fund'))} , pleas share. her cell is {m.T(g.us_phone())}"


# =============================================================================== clinician_note
def cn_header(g, m):
    sx = g.gender()
    f, l = g.person(gender=sx)
    kind, mr = g.mrn("mrn")
    dob = g.dob(min_age=19)
    age = g.last_age
    cond, drug = m.k(g.cond()), m.k(g.drug())
    lastfirst = g.chance(0.4)
    nm = f"{l.upper()}, {f.upper()}" if lastfirst else f"{f} {l}"
    return g.choice([
        lambda: f"Pt {m.P(nm)}, {age}{sx}, DOB {m.D(dob)}, MRN {m.M(mr)}. Seen for f/u {cond}. Cont {drug}. RTC 3 mo.",
        lambda: f"{m.P(nm)}  DOB: {m.D(dob)}  MRN: {m.M(mr)}\nA/P: {cond} - stable. {drug} refilled x90d. Labs: {m.k(g.lab())} next visit.",
    ])()


def cn_phone(g, m):
    rel = g.choice(["wife", "husband", "daughter", "son", "sister", "HCP", "POA", "caregiver"])
    cf, cl = g.person()
    pf, pl = g.person()
    drug = m.k(g.drug())
    return f"RN phone note: spoke w/ pt's {rel} {m.P(cf + ' ' + cl)} ({m.T(g.us_phone())}) re: {drug}. Pt {m.P(pf + ' ' + pl)} tolerating well, no falls. Will route to Dr. {m.P(g.person()[1])}."


def cn_social(g, m):
    pf, pl = g.person()
    cf, cl = g.person()
    addr = g.us_address(lines=False)
    kind, num = g.mrn(g.choice(["medicare", "medicaid"]))
    return f"SW note: pt {m.P(pf + ' ' + pl)} lives alone at {m.L(addr)}. {cap1(kind)} {m.M(num)}. Emergency contact {m.P(cf + ' ' + cl)}, {m.T(g.us_phone())}, {m.E(g.email(cf, cl))}. Dx {m.k(g.cond())}. Referred to {m.k(g.choice(['Meals on Wheels', 'adult day care', 'home health', 'hospice']))}."


def cn_abroad(g, m):
    pf, pl = g.person()
    p = g.abroad(native=False)
    return f"Telehealth note: pt {m.P(pf + ' ' + pl)} (MRN {m.M(g.mrn('mrn')[1])}) currently abroad, staying at {m.L(p['addr'], 'INTL')}. Local # {m.T(p['phone'], 'INTL')}. Reports {m.k(g.body())} pain x2d, on {m.k(g.drug())}. Advised local urgent care."


def cn_intake(g, m):
    pf, pl = g.person()
    return f"Intake: {m.P(pl.upper() + ', ' + pf.upper())}  DOB {m.D(g.dob())}  SSN {m.S(g.ssn())}\nCC: {m.k(g.body())} pain. PMH {m.k(g.cond())}. Meds: {m.k(g.drug())}."


# =============================================================================== general_text
def gt_address_change(g, m):
    f, l = g.person()
    old, new = g.us_address(), g.us_address()
    return g.choice([
        lambda: f"Please update my address. Old:\n{m.L(old)}\nNew:\n{m.L(new)}\nThanks, {m.P(f + ' ' + l)}",
        lambda: f"We moved last weekend, new mailing address is {m.L(new)}. Please stop sending bills to {m.L(old)}. {m.k(g.contraction())} want anything lost. — {m.P(f)}",
    ])()


def gt_billing(g, m):
    f, l = g.person()
    typ, num = g.card()
    lbl = g.choice(["card", "credit card", "visa", "cc", "amex" if typ == "amex" else "mastercard"])
    return g.choice([
        lambda: f"Hi, I was billed ${g.r.randint(20, 900)}.{g.digits(2)} for something {m.k(g.org())} should cover. I paid it on my {lbl} {m.A(num)} but want a refund once it's sorted. {m.P(f + ' ' + l)}, {m.T(g.us_phone())}",
        lambda: f"Could you switch autopay to my new {lbl}? {m.A(num)}, exp {g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}. Old one was stolen. Thanks - {m.P(f)}",
    ])()


def gt_deposit(g, m):
    f, l = g.person()
    bank = m.k(g.choice(["Chase", "Wells Fargo", "Bank of America", "US Bank", "PNC", "Navy Federal", "a credit union"]))
    return f"For the caregiver payments, please use direct deposit: {bank}, routing {m.A(g.routing())}, account {m.A(g.bank_acct())}. Name on the account is {m.P(f + ' ' + l)}."


def gt_fundraiser(g, m):
    f, l = g.person()
    me = g.person()[0]
    return g.choice([
        lambda: f"A lot of you asked how to help {m.P(f)}'s family after the {m.k(g.cond())} diagnosis. Here's the page: {m.U(g.url(f, l, 'fund'))}. Thank you all! - {m.P(me)}",
        lambda: f"Meal signup for the {m.P(l)} family is up: {m.U(g.url(f, l, 'meal'))} Drop-offs at {m.L(g.us_address(lines=False))}, anytime after 4.",
    ])()


def gt_newsletter(g, m):
    f, l = g.person("word" if g.chance(0.4) else "US")
    grp = m.k(g.group())
    return f"Reminder: {grp} meets {m.k(g.weekday())} at 10. This month's host is {m.P(f + ' ' + l)} — questions to {m.E(g.email(f, l))} or {m.T(g.us_phone())}."


def gt_scam(g, m):
    me = g.person()[0]
    return f"Got a call from {m.T(g.us_phone(ext=False))} saying they're from {m.k(g.org())} and need my {m.k(g.relation())}'s social. I didn't give it. Is that you guys? — {m.P(me)}"


# =============================================================================== form
def fm_registration(g, m):
    f, l = g.person()
    kind, num = g.mrn(g.choice(["medicare", "member", "medicaid"]))
    ins = m.k(g.choice(["Medicare", "Medicaid", "Aetna", "Humana", "Blue Cross", "UnitedHealthcare", "Cigna"]))
    lines = [
        g.choice(["PATIENT REGISTRATION", "New Patient Form", "Patient Information", "REGISTRATION"]),
        f"Last name: {m.P(l)}   First name: {m.P(f)}",
        f"{g.choice(['DOB', 'Date of birth', 'D.O.B.', 'Birthdate'])}: {m.D(g.dob())}",
        f"{g.choice(['SSN', 'Social Security #', 'SS#'])}: {m.S(g.ssn())}",
        f"Address: {m.L(g.us_address(lines=False))}",
        f"Phone: {m.T(g.us_phone())}",
        f"Insurance: {ins}   ID: {m.M(num)}",
    ]
    if g.chance(0.5):
        lines.append(f"Email: {m.E(g.email(f, l))}")
    return "\n".join(lines)


def fm_emergency(g, m):
    pf, pl = g.person()
    a, b = g.person(), g.person()
    return "\n".join([
        "Emergency Contacts",
        f"Patient: {m.P(pf + ' ' + pl)}",
        f"1. {m.P(a[0] + ' ' + a[1])} ({g.choice(['daughter', 'son', 'spouse', 'sister', 'friend'])}) {m.T(g.us_phone())}",
        f"2. {m.P(b[0] + ' ' + b[1])} ({g.choice(['neighbor', 'brother', 'niece', 'grandson'])}) {m.T(g.us_phone())} / {m.E(g.email(*b))}",
        f"Conditions: {m.k(g.cond())}, {m.k(g.cond())}",
    ])


def fm_payment(g, m):
    f, l = g.person()
    typ, num = g.card()
    lines = ["Payment Authorization", f"Cardholder: {m.P(f + ' ' + l)}",
             f"{g.choice(['Card number', 'Credit card #', 'Card #', 'CC'])}: {m.A(num)}",
             f"Exp: {g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}",
             f"Billing address: {m.L(g.us_address(lines=False))}"]
    if g.chance(0.5):
        lines += [f"Or ACH - routing: {m.A(g.routing())}  account: {m.A(g.bank_acct())}"]
    lines.append(f"For: {m.k(g.choice(['home health', 'physical therapy', 'durable medical equipment', 'hospice', 'lab work']))} services")
    return "\n".join(lines)


def fm_release(g, m):
    f, l = g.person()
    df, dl = g.person()
    kind, mr = g.mrn("mrn")
    return "\n".join([
        "AUTHORIZATION TO RELEASE HEALTH INFORMATION",
        f"Patient name: {m.P(f + ' ' + l)}",
        f"DOB: {m.D(g.dob())}    MRN: {m.M(mr)}",
        f"Release to: Dr. {m.P(df + ' ' + dl)}",
        f"Address: {m.L(g.us_address(lines=g.chance(0.4)))}",
        f"Fax: {m.T(g.us_phone(ext=False))}",
        f"Patient SSN: {m.S(g.ssn())}" if g.chance(0.5) else f"Patient phone: {m.T(g.us_phone())}",
        f"Information: records related to {m.k(g.cond())}",
    ])


def fm_intl(g, m):
    m.region = "INTL"
    p = g.abroad()
    return "\n".join([
        "International Patient Form",
        f"Name: {m.P(p['full'])}",
        f"Date of birth: {m.D(g.dob('INTL'))}",
        f"Home address: {m.L(p['addr'])}",
        f"Phone: {m.T(p['phone'])}",
        f"Bank for refunds (IBAN): {m.A(g.iban(country=p['country']))}",
        f"Reason for visit: {m.k(g.cond())}",
    ])


def fm_volunteer(g, m):
    f, l = g.person()
    return "\n".join([
        g.choice(["Volunteer Driver Sign-Up", "Caregiver Respite Application", "Support Group Registration"]),
        f"Name: {m.P(f + ' ' + l)}",
        f"Cell: {m.T(g.us_phone())}",
        f"Email: {m.E(g.email(f, l))}",
        f"City: {m.L(g.city_state())}",
        f"SSN (for background check): {m.S(g.ssn())}" if g.chance(0.5) else f"Date of birth: {m.D(g.dob())}",
        f"Best days: {m.k(g.weekday())}",
    ])


# =============================================================================== international
def in_spanish(g, m):
    m.region = "INTL"
    f, l = g.person("INTL")
    cc, addr = g.intl_address("MX")
    c, ph = g.intl_phone("MX")
    return g.choice([
        lambda: f"Hola, soy {m.P(f)}. Mi mamá {m.P(g.fk('es_MX').first_name_female() + ' ' + l)} vive en {m.L(addr)}. Su teléfono es {m.T(ph)}. Toma {m.k(g.choice(['metformina', 'losartán', 'insulina', 'enalapril']))}.",
        lambda: f"Buenas tardes, le escribe {m.P(f + ' ' + l)}. Mi dirección nueva: {m.L(addr)}. Cel. {m.T(ph)}. Gracias.",
    ])()


def in_europe(g, m):
    m.region = "INTL"
    c = g.choice(["DE", "FR", "IT", "NL", "PL", "ES"])
    loc = {"DE": "de_DE", "FR": "fr_FR", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL", "ES": "es_ES"}[c]
    f, l = g._latin_name(loc)
    cc, addr = g.intl_address(c)
    _, ph = g.intl_phone(c)
    iban = g.iban()
    lbl = g.choice(["IBAN", "iban", "IBAN:", ""])
    return f"Hello, this is {m.P(f + ' ' + l)}. Please send the refund for the {m.k(g.choice(['physio', 'MRI', 'blood tests', 'consultation']))} to {lbl} {m.A(iban)}. My address: {m.L(addr)}, tel {m.T(ph)}.".replace("to  ", "to ")


def in_nonlatin(g, m):
    m.region = "INTL"
    p = g.abroad(g.choice(["JP", "CN", "KR", "RU"]), native=True, gender="F") if g.chance(0.5) else g.native_person()
    me = g.person("US")[0]
    return f"Hi, I'm {m.P(me, 'US')}. My grandmother's name is written {m.P(p['full'])} on her passport. Her address is {m.L(p['addr'])}, phone {m.T(p['phone'])}. She takes {m.k(g.drug())}."


def in_english_abroad(g, m):
    m.region = "INTL"
    p = g.abroad(g.choice(["UK", "IE", "AU", "IN", "PH", "CA", "DE", "FR", "MX"]), native=False)
    return f"Greetings from {m.L(g.city_in(p['country']))}! {m.P(p['first'])} here, I'm looking after {m.k(g.choice(['Mum', 'Dad', 'Gran', 'Grandad']))} for a few weeks. Reach me on {m.T(p['phone'])} or {m.E(g.email(p['first'], p['last'], intl=True))}. Her {m.k(g.cond())} is stable."


# =============================================================================== all_caps (built lower, upper-cased later)
def ac_msg(g, m):
    m.case = "upper"
    f, l = g.person()
    return g.choice([
        lambda: f"this is {m.P(f + ' ' + l)}. i still have not got my {m.k(g.choice(['oxygen', 'walker', 'test strips', 'wheelchair', 'cpap supplies']))}. i live at {m.L(g.us_address(lines=False))}. call me {m.T(g.us_phone())}",
        lambda: f"please tell dr {m.P(g.person()[1])} my sugar was {g.r.randint(180, 420)} this morning. i took my {m.k(g.drug())}. {m.P(f + ' ' + l)} dob {m.D(g.dob())}",
        lambda: f"my daughter {m.P(g.person(gender='F')[0])} will pick up my {m.k(g.drug())}. her number is {m.T(g.us_phone())}. i am too dizzy to drive",
    ])()


def ac_urgent(g, m):
    m.case = "upper"
    f, l = g.person()
    rel = m.k(g.choice(["mom", "dad", "grandma", "grandpa"]))
    he = pron(REL_GENDER[rel])[0]
    f, l = g.person(gender=REL_GENDER[rel])
    dk = g.choice(["don't", "didn't"])
    return g.choice([
        lambda: f"urgent - {rel} ({m.P(f + ' ' + l)}) fell, we are at the er in {m.L(g.us_city_alone())}. {he} is on {m.k(g.drug())}. call {m.T(g.us_phone())}",
        lambda: f"{rel} {m.P(f)} is confused today and won't eat. we {m.k(dk)} know what to do. we are at {m.L(g.us_address(lines=False))}",
    ])()


def ac_ids(g, m):
    m.case = "upper"
    f, l = g.person()
    kind, num = g.mrn(g.choice(["medicare", "medicaid", "mrn"]))
    return g.choice([
        lambda: f"need new {m.k(g.choice(['medicare', 'medicaid']))} card sent to {m.L(g.us_address('pobox', lines=False))} not the house. name {m.P(f + ' ' + l)} ss# {m.S(g.ssn())}",
        lambda: f"from {m.P(f + ' ' + l)}: my {kind} number is {m.M(num)} and my birthday is {m.D(g.dob())}. i need my {m.k(g.choice(['colonoscopy', 'biopsy', 'x-ray', 'blood work']))} results",
        lambda: f"why is my bill ${g.r.randint(200, 3000)} i have {m.k(g.choice(['medicaid', 'medicare']))}!!! id {m.M(num)} - {m.P(f + ' ' + l)}",
    ])()


def ac_money(g, m):
    m.case = "upper"
    f, l = g.person()
    typ, num = g.card()
    return f"do not use the old card. new card is {m.A(num)} for {m.P(f + ' ' + l)}. the {m.k(g.drug())} copay is too much, can i get the generic"


def ac_email(g, m):
    m.case = "upper"
    f, l = g.person()
    return f"my email is {m.E(g.email(f, l))} please send the {m.k(g.lab())} results there. {m.P(f)}"


# =============================================================================== list
def li_meds(g, m):
    f = g.person()[0]
    rel = m.k(g.choice(["Mom", "Dad", "Grandma", "Grandpa", "Nana"]))
    meds = []
    for _ in range(g.r.randint(2, 4)):
        d = g.drug()
        if d not in meds:
            meds.append(d)
    bullet = g.choice(["- ", "* ", "• ", ""])
    lines = [f"{rel}'s meds (updated by {m.P(f)}):"] + [f"{bullet}{m.k(d)}{pick_drug_dose(g)}" for d in meds]
    lines.append(f"Pharmacy: {m.k(g.choice(['Walgreens', 'CVS', 'Rite Aid', 'Costco pharmacy', 'Kroger']))} {m.T(g.us_phone())}")
    if g.chance(0.6):
        lines.append(f"DOB for pharmacy: {m.D(g.dob())}")
    return "\n".join(lines)


def li_calltree(g, m):
    lines = [g.choice(["call tree:", "Who to call:", "Family phone list", "contacts"])]
    for _ in range(g.r.randint(2, 4)):
        f, l = g.person("word" if g.chance(0.3) else "US")
        nm = f if g.chance(0.5) else f"{f} {l}"
        if g.chance(0.3):
            nm = nm.lower()
        lines.append(f"{g.choice(['- ', '', '* '])}{m.P(nm)} {g.choice(['-', ':', '–', ''])} {m.T(g.us_phone())}".replace("  ", " "))
    lines.append(f"{m.k('Poison Control')} {m.k('1-800-222-1222')}" if g.chance(0.3) else f"{m.k(g.cond())} nurse line: ask for the charge nurse")
    return "\n".join(lines)


def li_addresses(g, m):
    lines = [g.choice(["Addresses for the thank-you cards:", "Christmas card list", "mailing list for the memorial:", "Where to send updates"])]
    for _ in range(g.r.randint(2, 4)):
        f, l = g.person()
        lines.append(f"{m.P(f + ' ' + l)}, {m.L(g.us_address(lines=False))}")
    lines.append(f"{m.k(g.choice(['hospice', 'home health', 'the dialysis unit', 'oncology']))} team c/o the clinic")
    return "\n".join(lines)


def li_bring(g, m):
    f, l = g.person()
    kind, num = g.mrn(g.choice(["member", "medicare"]))
    return "\n".join([
        f"Things to bring to the {m.k(g.choice(['cardiology', 'oncology', 'neurology', 'endocrinology', 'GI']))} appt:",
        f"- insurance card ({kind} {m.M(num)})",
        f"- list of meds ({m.k(g.drug())}, {m.k(g.drug())})",
        f"- {m.P(f + ' ' + l)}'s ID, DOB {m.D(g.dob())}",
        f"- questions about {m.k(g.cond())}",
    ])


def li_payments(g, m):
    f, l = g.person()
    lines = [f"Payment info for {m.P(f + ' ' + l)}:"]
    typ, num = g.card()
    lines.append(f"- {g.choice(['visa', 'card', 'credit card', 'cc', 'mastercard'])} {m.A(num)}")
    lines.append(f"- checking: routing {m.A(g.routing())}, acct {m.A(g.bank_acct())}")
    if g.chance(0.4):
        lines.append(f"- IBAN (for {m.P(g.person('INTL')[0], 'INTL')} in Europe) {m.A(g.iban(), 'INTL')}")
    return "\n".join(lines)


def li_intl(g, m):
    m.region = "INTL"
    c = g.choice(["MX", "PH", "IN", "UK", "PL", "BR", "DE", "FR", "IT", "CN", "KR"])
    lines = [g.choice(["Family abroad:", "Numbers back home", "Contacts (international)"])]
    for _ in range(g.r.randint(2, 3)):
        p = g.abroad(c)
        lines.append(f"{m.P(p['first'])} – {m.T(p['phone'])}")
    lines.append(f"Grandma's house: {m.L(g.abroad(c)['addr'])}")
    if g.chance(0.5):
        lines.append(f"(she has {m.k(g.cond())}, bring the {m.k(g.drug())})")
    return "\n".join(lines)


def li_ids(g, m):
    f, l = g.person()
    kind, num = g.mrn(g.choice(["medicare", "member"]))
    return "\n".join([
        f"{m.k(g.relation())}'s numbers (keep safe):",
        f"SSN {m.S(g.ssn())}",
        f"{cap1(kind)} {m.M(num)}",
        f"DOB {m.D(g.dob())}",
        f"Name on everything: {m.P(f + ' ' + l)}",
    ])


# =============================================================================== signature
def sg_nurse(g, m):
    f, l = g.person()
    title = g.choice(["RN, BSN", "LPN", "RN", "MSW, LCSW", "PT, DPT", "OTR/L", "NP-C", "CHHA", "PharmD"])
    org = g.choice(["Home Care Coordinator", "Case Manager", "Visiting Nurse", "Care Navigator", "Clinical Pharmacist"])
    return "\n".join([
        g.choice([lambda: f"Please call if the {m.k(g.drug())} causes any dizziness.", lambda: f"I'll check {m.k(g.lab())} at the next visit.",
                  lambda: f"{m.k(g.contraction())} forget to log the blood sugars."])(),
        "", g.choice(["Thanks,", "Best,", "Regards,", "Thank you,"]),
        f"{m.P(f + ' ' + l)}, {title}", org,
        f"{g.choice(['Direct', 'Cell', 'Office', 'p'])}: {m.T(g.us_phone())}",
        m.E(g.email(f, l)),
    ])


def sg_iphone(g, m):
    f, l = g.person()
    return "\n".join([
        g.choice([lambda: f"ok see you {m.k(g.weekday())}", lambda: f"{m.k(g.relation())} is doing better today, ate lunch",
                  lambda: f"got the {m.k(g.drug())}, thanks"])(),
        "", f"{m.P(f if g.chance(0.5) else f + ' ' + l)}",
        f"{m.T(g.us_phone())}" + (f" | {m.U(g.url(f, l, 'social'))}" if g.chance(0.35) else ""),
        g.choice(["Sent from my iPhone", "Sent from my Galaxy", "Sent from Yahoo Mail for Android", ""]),
    ]).rstrip()


def sg_business(g, m):
    f, l = g.person()
    word = g.choice(["PLUMBER", "FIXIT4U", "HAUL-ALL", "CAKES-4U", "CLEAN-4U", "PET-SITS", "TAXI-NOW"])
    trade = {"PLUMBER": "Plumbing", "FIXIT4U": "Handyman Services", "HAUL-ALL": "Hauling", "CAKES-4U": "Bakery",
             "CLEAN-4U": "Cleaning Co.", "PET-SITS": "Pet Sitting", "TAXI-NOW": "Rides"}[word]
    return "\n".join([
        f"Sorry I missed the call about {m.k(g.relation())}'s {m.k(g.choice(['ramp', 'grab bars', 'wheelchair lift', 'shower chair']))}.",
        f"-- ", f"{m.P(f + ' ' + l)}", f"{m.P(l)} {trade}",
        f"{m.T(g.vanity(word))} | cell {m.T(g.us_phone())}",
        f"{m.U(g.url(f, l))}",
    ])


def sg_intl(g, m):
    m.region = "INTL"
    c = g.choice(["UK", "DE", "FR", "IN", "IE", "AU", "NL"])
    loc = {"UK": "en_GB", "DE": "de_DE", "FR": "fr_FR", "IN": "en_IN", "IE": "en_IE", "AU": "en_AU", "NL": "nl_NL"}[c]
    f, l = g._latin_name(loc)
    cc, addr = g.intl_address({"AU": "AU", "IE": "IE"}.get(c, c))
    _, ph = g.intl_phone(c)
    return "\n".join([
        g.choice([lambda: f"Happy to help with {m.k(g.cond())} follow-up.", lambda: f"The {m.k(g.drug())} is available here too."])(),
        g.choice(["Kind regards,", "Cheers,", "Best wishes,", "Mit freundlichen Grüßen,"]),
        m.P(f + " " + l),
        m.L(addr),
        f"{g.choice(['T:', 'Tel.', 'Phone:', 'M:'])} {m.T(ph)}",
        m.E(g.email(f, l, intl=True)),
    ])


def sg_family(g, m):
    a, b = g.person()[0], g.person()
    return "\n".join([
        f"Thank you for everything you did for {m.k(g.relation())}.",
        g.choice(["Love,", "Warmly,", "With gratitude,", "Blessings,"]),
        f"{m.P(a)} & {m.P(b[0] + ' ' + b[1])}",
        m.L(g.us_address(lines=True)),
        m.U(g.url(b[0], b[1], 'fund')),
    ])


def sg_doctor(g, m):
    f, l = g.person()
    spec = g.choice(["Family Medicine", "Internal Medicine", "Geriatrics", "Cardiology", "Palliative Care"])
    return "\n".join([
        f"Re: {m.k(g.cond())} — plan unchanged, continue {m.k(g.drug())}.",
        "", f"Dr. {m.P(f + ' ' + l)}, MD" + (f" | {m.U(g.url(f, l, 'social'))}" if g.chance(0.4) else ""), spec,
        m.L(g.us_address(lines=True, kind="street")),
        f"Tel {m.T(g.us_phone())}  Fax {m.T(g.us_phone(ext=False))}",
    ])


# =============================================================================== forwarded
def fw_email(g, m):
    a, b = g.person(), g.person()
    return "\n".join([
        g.choice(["---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----"]),
        f"From: {m.P(a[0] + ' ' + a[1])} <{m.E(g.email(*a))}>",
        f"Date: {m.k(g.weekday())}",
        f"Subject: {g.choice(['meds', 'appt', 'RE: Dad', 'insurance', 'FW: discharge papers'])}",
        f"To: {m.P(b[0] + ' ' + b[1])} <{m.E(g.email(*b))}>",
        "",
        g.choice([lambda: f"Can you pick up the {m.k(g.drug())}? I can't get off work.",
                  lambda: f"The nurse says the {m.k(g.lab())} was high again, call me at {m.T(g.us_phone())}.",
                  lambda: f"Attached is the list for the {m.k(g.cond())} doctor."])(),
    ])


def fw_pharmacy(g, m):
    f, l = g.person()
    me = g.person()[0]
    nm = (f + " " + l[0]).upper()
    return "\n".join([
        g.choice(["Forwarding the text from the pharmacy:", "fwd from pharmacy:", "this came to my phone:"]),
        f"\"RX READY FOR {m.P(nm)}. {m.k(g.drug().upper())}. PICK UP AT {m.L(g.us_street().upper())}. QUESTIONS {m.T(g.us_phone(ext=False))}\"",
        f"can someone get it? - {m.P(me)}",
    ])


def fw_quote(g, m):
    d = g.person()[1]
    p = g.person()
    me = g.person()[0]
    kind, num = g.mrn(g.choice(["mrn", "chart"]))
    ttl = g.choice(["Mr.", "Mrs.", "Ms."])
    return "\n".join([
        f"> On {m.k(g.weekday())}, Dr. {m.P(d)} wrote:",
        f"> Please have {ttl} {m.P(p[1])} get a {m.k(g.lab())} before the next visit.",
        f"fwding to you {m.P(me)} since you take {'him' if ttl == 'Mr.' else 'her'} to the lab. {kind} # is {m.M(num)}",
    ])


def fw_voicemail(g, m):
    f, l = g.person()
    rel = g.choice(["husband", "wife", "mother", "dad"])
    s = g.person(gender=REL_GENDER[rel])[0]
    return f"forwarded voicemail transcript: \"hi this is {m.P(f.lower() if g.chance(0.5) else f)} calling about my {rel} {m.P(s)}, {pron(REL_GENDER[rel])[2]} {m.k(g.body())} is {g.choice(['swollen', 'real red', 'hurting bad'])} and we ran out of the {m.k(g.drug())}, call us back at {m.T(g.us_phone(ext=False))}, thank you\""


def fw_lab(g, m):
    f, l = g.person()
    kind, mr = g.mrn("mrn")
    return "\n".join([
        g.choice(["FYI from the lab portal:", "FW: result notification", "fwd:"]),
        f"Result for {m.P(l.upper() + ', ' + f.upper())} (DOB {m.D(g.dob())}, MRN {m.M(mr)}): {m.k(g.lab())} {g.r.randint(1, 300)/10}",
        f"Ordered by Dr. {m.P(g.full())}",
    ])


def fw_intl(g, m):
    m.region = "INTL"
    p = g.abroad(native=False)
    b = g.person("US")
    return "\n".join([
        "-----Original Message-----",
        f"From: {m.P(p['full'])} [mailto:{m.E(g.email(p['first'], p['last'], intl=True))}]",
        f"To: {m.P(b[0] + ' ' + b[1], 'US')}",
        f"Subject: {m.k(g.cond())}",
        f"Please call me on {m.T(p['phone'])} about my father's {m.k(g.drug())}.",
    ])


def fw_appt(g, m):
    f, l = g.person()
    return "\n".join([
        "FW: appointment reminder",
        f"Patient: {m.P(l.upper() + ', ' + f.upper())}   DOB: {m.D(g.dob())}",
        f"Appt: {m.k(g.choice(['Cardiology', 'Dermatology', 'Podiatry', 'Audiology', 'Oncology']))}, {m.k(g.weekday())} {g.r.randint(8, 16)}:{g.choice(['00', '15', '30', '45'])}",
        f"Location: {m.L(g.us_address(lines=False, kind='street'))}",
        f"Questions? {m.T(g.us_phone())}",
    ])



# =============================================================================== extra US templates (SSN / URL)
def lc_ssn(g, m):
    rel = m.k(g.choice(["mom", "dad", "grandpa", "grandma"]))
    his = pron(REL_GENDER[rel])[2]
    f = g.person()[0]
    return g.choice([
        lambda: f"whats the ssn u have for {rel}? i have {m.S(g.ssn())} on {his} card but the form came back wrong. - {m.P(f)}",
        lambda: f"{m.P(f)} here, {rel}'s social is {m.S(g.ssn())} not what the {m.k(g.choice(['hospice', 'home health', 'dialysis']))} paper says",
    ])()


def sp_ssn(g, m):
    a, b = g.person()[0], g.person()[0]
    rel = m.k(g.choice(["dad", "mom", "Grandpa", "Grandma"]))
    kind, num = g.mrn(g.choice(["medicare", "medicaid", "member"]))
    return "\n".join([
        f"{m.P(a)}: what's {rel}'s social, the {m.k(g.choice(['hospice', 'rehab', 'nursing home', 'home health']))} form wants it",
        f"{m.P(b)}: {m.S(g.ssn())}. don't text it to anyone else lol",
        f"{m.P(a)}: and the {kind} number?",
        f"{m.P(b)}: {m.M(num)}",
    ])


def sp_link(g, m):
    a = g.person()[0]
    b, bl = g.person()
    pf, pl = g.person()
    return "\n".join([
        f"{m.P(a)}: I started a page for {m.k(g.choice(['Mom', 'Dad', 'Grandma']))} so people stop calling every hour: {m.U(g.url(pf, pl, 'fund'))}",
        f"{m.P(b)}: thank you!! I'll share it with the {m.k(g.group())}",
    ])


def gt_payroll(g, m):
    f, l = g.person(gender="F")
    return g.choice([
        lambda: f"New caregiver paperwork for {m.P(f + ' ' + l)}: SSN {m.S(g.ssn())}, direct deposit routing {m.A(g.routing())}, account {m.A(g.bank_acct())}. She starts {m.k(g.weekday())} with {m.k(g.relation())}.",
        lambda: f"For the 1099 I need your social, {m.P(f)}. I have {m.S(g.ssn())} — is that right? Also is your address still {m.L(g.us_address(lines=False))}?",
    ])()


def li_links(g, m):
    f, l = g.person(gender="F")
    lines = [f"Links for {m.P(f + ' ' + l)} updates:"]
    used = set()
    for kind in g.r.sample(["caringbridge", "gofundme", "meal", "social", "venmo"], g.r.randint(2, 3)):
        u = g.url(f, l, kind)
        if u in used:
            continue
        used.add(u)
        lab = ("meal train" if "mealtrain" in u else "rides" if "lotsahelping" in u else "caringbridge" if "caringbridge" in u
               else "gofundme" if "gofundme" in u else "venmo" if "venmo" in u else "facebook" if "facebook" in u
               else "insta" if "instagram" in u else "her page")
        lines.append(f"- {lab}: {m.U(u)}")
    lines.append(f"(she's home from the {m.k(g.choice(['cancer center', 'rehab', 'hospital']))} now)")
    return "\n".join(lines)


def fw_obit(g, m):
    f, l = g.person()
    return g.choice([
        lambda: f"fwd: {m.P(f)}'s obituary is up {m.U(g.url(f, l, 'fund'))} — service {m.k(g.weekday())} at {m.L(g.us_address(lines=False, kind='street'))}. He fought the {m.k(g.cond())} a long time.",
        lambda: f"FW: from the {m.P(l)} family\nIn lieu of flowers please donate here: {m.U(g.url(f, l, 'fund'))}\nCards can go to {m.L(g.us_address(lines=True))}",
    ])()


# =============================================================================== extra INTL templates
def lc_abroad(g, m):
    m.region = "INTL"
    p = g.abroad(native=False)
    rel = m.k(g.relation().lower())
    return g.choice([
        lambda: f"hi from {m.L(g.city_in(p['country']))}! {rel}'s here w me till {m.k(g.month())}, call {m.T(p['phone'])} if u need me. - {m.P(p['first'])}",
        lambda: f"its {m.P(p['first'])}, im back home now. {rel} still has the {m.k(g.drug())} from u guys. my number here {m.T(p['phone'])}",
    ])()


def lc_intl_family(g, m):
    m.region = "INTL"
    f, l = g._latin_name("pt_BR")
    cc, addr = g.intl_address("BR")
    _, ph = g.intl_phone("BR")
    return f"oi, é a {m.P(f)}. minha mãe {m.P(g.fk('pt_BR').first_name_female() + ' ' + l)} tá em {m.L(addr)}, cel {m.T(ph)}. ela toma {m.k(g.choice(['losartana', 'metformina', 'insulina', 'sinvastatina']))}"


def sp_intl_nonlatin(g, m):
    m.region = "INTL"
    p = g.abroad(g.choice(["JP", "CN", "KR", "RU"]), native=True) if g.chance(0.5) else g.native_person()
    me = g.person()[0]
    return "\n".join([
        f"{m.P(p['full'])}: my father is at {m.L(p['addr'])}",
        f"Nurse {m.P(me, 'US')}: thank you. Does he still take the {m.k(g.drug())}?",
        f"{m.P(p['full'])}: yes. his phone {m.T(p['phone'])}",
    ])


def ro_intl_bank(g, m):
    m.region = "INTL"
    p = g.abroad(g.choice(["UK", "DE", "FR", "IT", "ES", "NL", "PL", "IE", "BR"]), gender="M")
    return f"so my {g.choice(['uncle', 'father-in-law', 'cousin', 'grandfather'])} {m.P(p['full'])} paid for the {m.k(g.choice(['MRI', 'ER visit', 'blood tests', 'stitches']))} while he was visiting and the hospital says they will refund it but only by bank transfer and he doesn't have a US bank so can you send it to his account {m.A(g.iban(country=p['country']))} and if they need to mail anything his home address is {m.L(p['addr'])}"


def ty_intl(g, m):
    m.region = "INTL"
    p = g.abroad(native=False, gender="M")
    return g.choice([
        lambda: f"my brother {m.P(p['first'])} is in {m.L(g.city_in(p['country']))} and he can talk to the docter at {m.T(p['phone'])} , pleas send him the {m.k(g.drug())} info to {m.E(g.email(p['first'], p['last'], intl=True))}",
        lambda: f"hello , i am {m.P(p['full'])} , my mother adress in my country is {m.L(p['addr'])} , pleas send the paper ther. tel {m.T(p['phone'])}",
    ])()


def cn_visitor(g, m):
    m.region = "INTL"
    p = g.abroad()
    fam = g.abroad(p["country"], p["native"])
    return f"ED note: {m.P(p['full'])}, visitor from abroad, DOB {m.D(g.dob('INTL'))}. Home address {m.L(p['addr'])}. Presents w/ {m.k(g.cond())}. Family contact {m.P(fam['first'])} {m.T(fam['phone'])}. Home meds: {m.k(g.drug())}."


def gt_iban(g, m):
    m.region = "INTL"
    p = g.abroad(g.choice(["UK", "DE", "FR", "IT", "ES", "NL", "PL", "IE", "BR"]), native=False)
    lbl = g.choice(["IBAN", "iban", "IBAN:", "account"])
    return g.choice([
        lambda: f"Can the refund go to my daughter's account abroad? {lbl} {m.A(g.iban(country=p['country']))}, name {m.P(p['full'])}. It's for the {m.k(g.choice(['ambulance', 'x-ray', 'physical therapy', 'urgent care']))} bill.",
        lambda: f"We're moving back home in {m.k(g.month())}. New address: {m.L(p['addr'])}, phone {m.T(p['phone'])}. Please put {m.P(p['first'])}'s {m.k(g.choice(['vaccine records', 'allergy list', 'x-rays']))} on a USB, thanks.",
    ])()


def fm_intl_visitor(g, m):
    m.region = "INTL"
    p = g.abroad(g.choice(["JP", "CN", "KR", "RU"]), native=True) if g.chance(0.5) else g.native_person()
    f, l = g.person("US")
    return "\n".join([
        "Visitor Registration",
        f"Name (as in passport): {m.P(p['full'])}",
        f"Date of birth: {m.D(g.dob('INTL'))}",
        f"Home address: {m.L(p['addr'])}",
        f"Local contact in US: {m.P(f + ' ' + l, 'US')}, {m.T(g.us_phone(), 'US')}",
        f"Condition: {m.k(g.cond())}",
    ])


def in_portuguese(g, m):
    m.region = "INTL"
    f, l = g._latin_name("pt_BR")
    cc, addr = g.intl_address("BR")
    _, ph = g.intl_phone("BR")
    return f"Bom dia! Aqui é {m.P(f + ' ' + l)}. Meu endereço: {m.L(addr)}. Telefone {m.T(ph)}. Meu pai toma {m.k(g.choice(['losartana', 'metformina', 'AAS', 'atenolol']))}."


def ac_intl(g, m):
    m.case = "upper"
    m.region = "INTL"
    gd = g.gender()
    p = g.abroad(native=False, gender=gd)
    return g.choice([
        lambda: f"please send the report to my cousin {m.P(p['full'])}: {m.L(p['addr'])}. phone {m.T(p['phone'])}",
        lambda: f"{m.P(p['first'])} is back home in {m.L(g.city_in(p['country']))}, the number there is {m.T(p['phone'])}. {pron(gd)[0]} needs the {m.k(g.drug())} list",
    ])()


def li_intl_addr(g, m):
    m.region = "INTL"
    lines = [g.choice(["Christmas cards abroad:", "Addresses overseas", "family outside the US"])]
    for _ in range(g.r.randint(2, 3)):
        p = g.abroad()
        lines.append(f"{m.P(p['full'])}, {m.L(p['addr'])}")
    if g.chance(0.5):
        lines.append(f"(tell them {m.k(g.relation())} is doing ok after the {m.k(g.choice(['bypass', 'hip replacement', 'chemo', 'stroke']))})")
    return "\n".join(lines)


def sg_intl_mobile(g, m):
    m.region = "INTL"
    p = g.abroad(native=False)
    return "\n".join([
        f"Will bring {m.k(g.relation())}'s {m.k(g.drug())} when I land.",
        "", m.P(p["first"]), m.T(p["phone"]), g.choice(["Sent from my phone", "Sent from Outlook for Android", "Enviado desde mi iPhone", "Von meinem iPhone gesendet"]),
    ])


def fw_whatsapp(g, m):
    m.region = "INTL"
    p = g.abroad(native=False)
    q = g.abroad(p["country"], False)
    return "\n".join([
        "forwarded from the family WhatsApp:",
        f"[{m.k(g.weekday())} 21:14] {m.P(p['first'])}: {m.k(g.choice(['Mama', 'Papa', 'Oma', 'Nonna', 'Lola']))} is in the hospital in {m.L(g.city_in(p['country']))}, call me {m.T(p['phone'])}",
        f"[{m.k(g.weekday())} 21:16] {m.P(q['first'])}: what happened? is it the {m.k(g.cond())}?",
    ])


TEMPLATES = {
    "lower_case": ([lc_pharmacy, lc_email, lc_address, lc_member, lc_group, lc_card, lc_ssn], [lc_abroad, lc_intl_family]),
    "speaker_label": ([sp_siblings, sp_daughter_addr, sp_pharmacy_dob, sp_grandkid, sp_cousins_word, sp_ssn, sp_link], [sp_intl, sp_intl_nonlatin]),
    "run_on": ([ro_story, ro_billing, ro_insurance, ro_moving], [ro_intl, ro_intl_bank]),
    "typos": ([ty_address, ty_refill, ty_bank, ty_email, ty_ssn, ty_phone_url], [ty_intl]),
    "clinician_note": ([cn_header, cn_phone, cn_social, cn_intake], [cn_abroad, cn_visitor]),
    "general_text": ([gt_address_change, gt_billing, gt_deposit, gt_fundraiser, gt_newsletter, gt_scam, gt_payroll], [gt_iban]),
    "form": ([fm_registration, fm_emergency, fm_payment, fm_release, fm_volunteer], [fm_intl, fm_intl_visitor]),
    "international": ([], [in_spanish, in_europe, in_nonlatin, in_english_abroad, in_portuguese]),
    "all_caps": ([ac_msg, ac_urgent, ac_ids, ac_money, ac_email], [ac_intl]),
    "list": ([li_meds, li_calltree, li_addresses, li_bring, li_payments, li_ids, li_links], [li_intl, li_intl_addr]),
    "signature": ([sg_nurse, sg_iphone, sg_business, sg_family, sg_doctor], [sg_intl, sg_intl_mobile]),
    "forwarded": ([fw_email, fw_pharmacy, fw_quote, fw_voicemail, fw_lab, fw_appt, fw_obit], [fw_intl, fw_whatsapp]),
}
# after every template of a style has been used once, later picks are weighted (default 1);
# these carry the rarer types (SSN, URL) so that every type is well covered
WEIGHTS = {"lc_ssn": 3, "sp_ssn": 3, "sp_link": 3, "gt_payroll": 3, "li_links": 3, "fw_obit": 3, "ty_ssn": 2,
           "ty_phone_url": 3, "gt_fundraiser": 2, "li_ids": 2, "cn_intake": 2, "sg_family": 2, "sg_business": 2,
           "ro_insurance": 2, "sg_iphone": 2}
# share of template messages per style drawn from the international templates
INTL_SHARE = 0.4
# how many template messages per style (hand counts + these aim at an even style mix)
QUOTA = {"lower_case": 16, "speaker_label": 20, "run_on": 22, "typos": 22, "clinician_note": 8,
         "general_text": 12, "form": 22, "international": 4, "all_caps": 22, "list": 24, "signature": 24,
         "forwarded": 24}
