"""Templates for the template-filled part of handwritten_dev44.jsonl (written for this file only).

Each template is a function returning (style, marked_text). Marked text uses the markup in markup.py; every
identifier carries an explicit region. Styles lower_case / all_caps are cased by build.py after filling.
"""
from values import (R, mark, keep, DRUGS, CONDITIONS, LABS, BODY, ORGS, MONTHS, DAYS, RELS, CONTR, GROUPS, HELP,
                    us_person, first_last, nonlatin_name, us_phone, vanity_phone, intl_phone, COUNTRY_LOC,
                    us_address, city_state_zip, us_city, intl_address, intl_city, email, url, ssn, mrn, dob,
                    iban, card, routing, bank_account, INTL_LATIN)

U, I = "US", "INTL"
DONT, WELL, SHES, SHELL = keep("Don't"), keep("We'll"), keep("she's"), keep("she'll")


def P(v, r=U):
    return mark("P", v, r)


def L(v, r=U):
    return mark("L", v, r)


def PH(v=None, r=U):
    return mark("PH", v or us_phone(), r)


def E(v, r=U):
    return mark("E", v, r)


def URL(v, r=U):
    return mark("U", v, r)


def S(v=None):
    return mark("S", v or ssn(), U)


def M(v=None, r=U):
    return mark("M", v or mrn(), r)


def D(v=None, r=U):
    return mark("D", v or dob(r == I), r)


def A(v, r=U):
    return mark("A", v, r)


def k(pool):
    return keep(R.choice(pool))


def drug():
    return k(DRUGS)


def cond():
    return k(CONDITIONS)


def lab():
    return k(LABS)


def body():
    return k(BODY)


def rel():
    return k(RELS)


def full(fl):
    return "%s %s" % fl


def ic():
    """An international country code and matching Faker locale."""
    c = R.choice(list(COUNTRY_LOC))
    return c, COUNTRY_LOC[c]


# =============================================================== clinician notes
def t_clin1():
    n = us_person()
    return "clinician_note", (f"Pt {P(full(n))}, DOB {D()}, MRN {M()}. Hx {cond()}, on {drug()}. "
                              f"{lab()} pending. F/u {k(DAYS)}.")


def t_clin2():
    n, c = us_person(), us_person()
    return "clinician_note", (f"{P(n[1].upper() + ', ' + n[0])} ({R.randint(40, 95)}{R.choice('MF')}) c/o {body()} pain x3d. "
                              f"On {drug()} + {drug()}. {rel()} {P(c[0])} at bedside, cb {PH()}.")


def t_clin3():
    n = us_person()
    return "clinician_note", (f"Tele f/u w/ {P(full(n))} (chart {M()}). {lab()} improved. Cont {drug()}. "
                              f"Pt reports {cond()} stable. Lives at {L(us_address('unit'))}.")


def t_clin4():
    n, d = us_person(), us_person()
    return "clinician_note", (f"RN note: pt {P(full(n))} restless overnight, {k(['SpO2', 'BP', 'HR'])} ok. "
                              f"Dr. {P(d[1])} notified. Family ph {PH()}.")


def t_clin5():
    n = us_person()
    return "clinician_note", (f"D/C: {P(full(n))} b. {D()}. Dx {cond()}. Rx {drug()}. Medicare ID {M(v=None)}. "
                              f"Home: {L(us_address())}")


def t_clin6():
    n = us_person()
    c = intl_city()
    return "clinician_note", (f"Travel hx: {P(full(n))} returned from {L(c[0], I)} {k(DAYS)}. Fever, {body()} pain. "
                              f"{lab()} ordered. MRN {M()}. Cell {PH()}.")


def t_clin7():
    n = us_person()
    return "clinician_note", (f"SW: {P(full(n))} SSN {S()} applying for {k(['Medicaid', 'Medicare', 'SSDI'])}. "
                              f"{cond()}. Mailing {L(us_address(R.choice(['pobox', 'rural', 'military'])))}.")


def t_clin8():
    n, loc = nonlatin_name()
    a, aloc = intl_address()
    return "clinician_note", (f"Interpreter visit. Pt {P(n, I)}, DOB {D(r=I)}. {cond()}, {drug()}. "
                              f"Overseas address: {L(a, I)}. Tel {PH(intl_phone(), I)}.")


def t_clin9():
    n = first_last(R.choice(INTL_LATIN))
    return "clinician_note", (f"Visiting pt {P(full(n), I)} ({D(r=I)}), insured abroad, IBAN for refund {A(iban(), I)}. "
                              f"Tx {cond()} with {drug()}.")


# =============================================================== forms
def t_form1():
    n = us_person()
    return "form", (f"Patient Name: {P(full(n))}\nDOB: {D()}\nSSN: {S()}\nAddress: {L(us_address())}\n"
                    f"Phone: {PH()}\nEmail: {E(email(*n))}\nPrimary concern: {cond()}")


def t_form2():
    n = us_person()
    return "form", (f"INSURANCE\nSubscriber: {P(full(n))}\nMember ID: {M()}\nGroup: {R.choice(ORGS[:6])}\n"
                    f"Date of birth {D()}\nRx on file: {drug()}")


def t_form3():
    n = us_person()
    lab_ = R.choice(["card", "cc", "visa", "credit card", "Card #", "CC#"])
    return "form", (f"Payment for {k(LABS)} / {k(['office visit', 'copay', 'telehealth visit'])}\nName on card: {P(full(n))}\n"
                    f"{lab_}: {A(card())}\nexp 0{R.randint(1, 9)}/{R.randint(26, 31)}\nBilling address: {L(city_state_zip())}")


def t_form4():
    n = us_person()
    return "form", (f"Direct deposit authorization\nAccount holder: {P(full(n))}\nRouting number: {A(routing())}\n"
                    f"Account number: {A(bank_account())}\nFor: caregiver stipend, {cond()} program")


def t_form5():
    n = us_person()
    g = us_person()
    return "form", (f"Emergency contact form\nPatient: {P(full(n))}  DOB {D()}\nContact: {P(full(g))} ({rel()})\n"
                    f"Phone: {PH()}\nAlt phone: {PH()}\nAllergies: {k(['penicillin', 'sulfa', 'latex', 'codeine'])}")


def t_form6():
    n = first_last(R.choice(INTL_LATIN))
    c, loc = ic()
    a, _ = intl_address(loc, multiline=R.random() < 0.5)
    return "form", (f"International patient registration\nName: {P(full(n), I)}\nDate of birth: {D(r=I)}\n"
                    f"Home address: {L(a, I)}\nMobile: {PH(intl_phone(c), I)}\nCondition: {cond()}")


def t_form7():
    n = us_person()
    return "form", (f"Records release\nI, {P(full(n))}, born {D()}, ask that my {k(['cardiology', 'lab', 'imaging', 'therapy'])} records "
                    f"go to {E(email(*us_person()))}. Chart # {M()}.")


def t_form8():
    n = us_person()
    return "form", (f"Portal sign-up\nfirst name: {P(n[0])}\nlast name: {P(n[1])}\nemail: {E(email(*n))}\n"
                    f"mobile: {PH()}\nmedicare number: {M()}\nmain condition: {cond()}")


def t_form9():
    n = us_person()
    return "form", (f"HOME HEALTH REFERRAL\nPt: {P(full(n))}\nAddr: {L(us_address('multi'))}\nDx: {cond()}\n"
                    f"Meds: {drug()}, {drug()}\nSSN {S()}")


# =============================================================== speaker labels
def t_spk1():
    a, b = us_person(), us_person()
    return "speaker_label", (f"{P(a[0])}: {rel()} took the {drug()} at 9\n{P(b[0])}: ok. did she eat?\n"
                             f"{P(a[0])}: a little. I'm at {L(us_address())} if you need me, {PH()}. {WELL} be leaving at 6")


def t_spk2():
    a, b = us_person(), us_person()
    r = R.choice(["Daughter", "Son", "Granddaughter", "Nephew", "Wife", "Husband"])
    return "speaker_label", (f"{keep(r)} {P(a[0])}: his {lab()} came back high\nNurse {P(b[0])}: is he still on {drug()}?\n"
                             f"{keep(r)} {P(a[0])}: yes, call me {PH()}")


def t_spk3():
    a, b, c = us_person(), us_person(), us_person()
    return "speaker_label", (f"{P(full(a))}: who's taking {rel()} to {k(ORGS)} {k(DAYS)}?\n{P(b[0])}: not me, work\n"
                             f"{P(c[0])}: I can. pick up from {L(us_address('line'))}?")


def t_spk4():
    a, b = first_last(R.choice(INTL_LATIN)), first_last(R.choice(INTL_LATIN))
    c, loc = ic()
    return "speaker_label", (f"{P(a[0], I)}: {rel()}'s {cond()} is worse since we got back to {L(intl_city(loc)[0], I)}\n"
                             f"{P(b[0], I)}: call me on {PH(intl_phone(c), I)}\n{P(a[0], I)}: ok")


def t_spk5():
    a = us_person()
    return "speaker_label", (f"Caller: this is {P(full(a))}, date of birth {D()}\nAgent: and your member ID?\n"
                             f"Caller: {M()}. it's about my {drug()} refill")


def t_spk6():
    a, b = us_person(), us_person()
    return "speaker_label", (f"{P(a[0])} ({rel()}): {DONT} know if the {drug()} is making her dizzy\n"
                             f"{P(b[0])}: email me the list at {E(email(*b))}")


# =============================================================== lists
def t_list1():
    a, b, c = us_person(), us_person(), us_person()
    return "list", (f"Contacts for {rel()}:\n- {P(full(a))} {PH()}\n- {P(full(b))} {PH()}\n- {P(full(c))} {E(email(*c))}\n"
                    f"- {k(['Poison Control', 'poison control'])} {keep('1-800-222-1222')}")


def t_list2():
    a, b, c = us_person(), us_person(), us_person()
    return "list", (f"{k(DAYS)} rides: {P(a[0])}, {P(b[0])} and {P(c[0])}. Meds to bring: {drug()}, {drug()}, {drug()}.")


def t_list3():
    a = us_person()
    return "list", (f"{P(full(a))} papers:\n1. SSN {S()}\n2. Medicare {M()}\n3. DOB {D()}\n4. {k(LABS)} results from {k(MONTHS)}")


def t_list4():
    return "list", (f"Addresses for the {k(GROUPS)} mailer:\n{L(us_address('line'))}\n{L(us_address('unit'))}\n"
                    f"{L(us_address('pobox'))}")


def t_list5():
    a, b = first_last(R.choice(INTL_LATIN)), nonlatin_name()
    c1, l1 = ic()
    return "list", (f"Family abroad for {rel()}'s {cond()} updates:\n* {P(full(a), I)} - {PH(intl_phone(c1), I)}\n"
                    f"* {P(b[0], I)} - {E(email(*a, True), I)}\n* {P(full(a), I)} lives in {L(intl_city(l1)[0], I)}")


def t_list6():
    n = us_person()
    return "list", (f"to do for {P(n[0])}:\n- refill {drug()} at {k(ORGS)}\n- fax {lab()} to {PH()}\n"
                    f"- pay bill, card {A(card())}\n- call {P(us_person()[0])}")


# =============================================================== run-on
def t_run1():
    a, b = us_person(), us_person()
    return "run_on", (f"so my {rel()} {P(full(a))} has {cond()} and last night she couldn't breathe right and we went to the ER "
                      f"and they changed her {drug()} and now {SHES} home at {L(us_address())} but I'm not sure about the doses "
                      f"and her doctor {P(full(b))} won't be back till {k(DAYS)} so can someone call me at {PH()}")


def t_run2():
    a = us_person()
    return "run_on", (f"I'm {P(a[0])} and I have been trying to get my {drug()} covered for weeks and {k(ORGS)} keeps saying "
                      f"my id {M()} is wrong and I've read it to them ten times and my DOB is {D()} and I just want my meds")


def t_run3():
    a, b = us_person(), us_person()
    return "run_on", (f"{DONT} know what to do anymore my brother {P(full(a))} keeps mixing {drug()} with alcohol and he has "
                      f"{cond()} and he won't listen to me or to {P(b[0])} and he lives at {L(us_address('unit'))} and if "
                      f"something happens I'd call {keep('988')} right?")


def t_run4():
    a = first_last(R.choice(INTL_LATIN))
    c, loc = ic()
    return "run_on", (f"my {rel()} {P(full(a), I)} is flying in from {L(intl_city(loc)[0], I)} next week and she forgot her "
                      f"{drug()} and she has {cond()} so can we get a prescription here, her number there is "
                      f"{PH(intl_phone(c), I)} and here {SHELL} use mine {PH()}")


def t_run5():
    a = us_person()
    return "run_on", (f"ok so the billing office said to send the payment info here which feels weird but here it is for "
                      f"{P(full(a))} the account is {A(bank_account())} routing {A(routing())} and it's for the {lab()} "
                      f"and the {k(['MRI', 'CT scan', 'ultrasound', 'X-ray'])} from {k(MONTHS)}")


# =============================================================== signatures
def t_sig1():
    a = us_person()
    return "signature", (f"Thanks, I'll bring {rel()}'s {drug()} list on {k(DAYS)}.\n\n{P(full(a))}\n{L(us_address('multi'))}\n"
                         f"{PH()} (cell)\n{E(email(*a))}")


def t_sig2():
    a = us_person()
    return "signature", (f"Please reschedule the {lab()}.\n--\n{P(full(a))}\n{PH()} | {E(email(*a))}\n{URL(url(*a))}")


def t_sig3():
    a = us_person()
    return "signature", (f"{DONT} forget the {drug()} in the fridge.\n\nRegards,\n{P(full(a))}, {k(['RN', 'LPN', 'CNA', 'MD', 'NP'])}\n"
                         f"Office {PH(us_phone() + ' ext. ' + str(R.randint(1, 400)) if R.random() < 0.5 else None)}\n"
                         f"Fax {PH()}")


def t_sig4():
    a = first_last(R.choice(INTL_LATIN))
    c, loc = ic()
    return "signature", (f"Thank you for the {cond()} information.\n\nKind regards,\n{P(full(a), I)}\n"
                         f"{L(intl_address(loc)[0], I)}\nTel: {PH(intl_phone(c), I)}")


def t_sig5():
    a = us_person()
    return "signature", (f"got the {lab()} results, thx\n- {P(a[0])}\nsent from my phone\n{PH()}")


def t_sig6():
    a = us_person()
    return "signature", (f"Will call about the {drug()} copay.\n{P(full(a))}\nOwner, family bakery\n{PH(vanity_phone())} / {PH()}\n"
                         f"{URL(url(*a))}")


# =============================================================== forwarded
def t_fwd1():
    a, b = us_person(), us_person()
    return "forwarded", (f"---------- Forwarded message ---------\nFrom: {P(full(a))} <{E(email(*a))}>\nSubject: {rel()}'s {drug()}\n\n"
                         f"{P(b[0])}, she has to stop the {drug()} before the {k(['colonoscopy', 'surgery', 'procedure'])}. "
                         f"Call me {PH()}.")


def t_fwd2():
    a = us_person()
    return "forwarded", (f"Fwd: text from {P(a[0])}\n\"{rel()} is at {L(us_address())}, she needs {drug()} and her {lab()} done\"")


def t_fwd3():
    a, b = us_person(), us_person()
    return "forwarded", (f"> On {k(DAYS)}, {P(full(a))} wrote:\n> the pharmacy needs his DOB {D()} and member ID {M()}\n"
                         f"> for the {drug()}\n\nforwarding to {P(b[0])}")


def t_fwd4():
    a = first_last(R.choice(INTL_LATIN))
    c, loc = ic()
    return "forwarded", (f"Begin forwarded message:\nFrom: {P(full(a), I)} <{E(email(*a, True), I)}>\n"
                         f"Please pay the clinic: IBAN {A(iban(), I)}. It's for {rel()}'s {cond()} treatment. "
                         f"My phone {PH(intl_phone(c), I)}")


def t_fwd5():
    a = us_person()
    return "forwarded", (f"FW: from the {k(ORGS)} billing office\n\"{P(full(a))}, your account {A(bank_account())} is past due "
                         f"for the {lab()}. Call {PH()}.\"")


# =============================================================== general text
def t_gen1():
    a = us_person()
    return "general_text", (f"Hi, please update my address from {L(us_address())} to {L(us_address(R.choice(['unit', 'multi', 'pobox'])))}. "
                            f"{P(full(a))}, {PH()}. My {drug()} is mailed there.")


def t_gen2():
    a = us_person()
    return "general_text", (f"I was billed twice for the {lab()}. My credit card {A(card())} shows two charges. {P(full(a))}")


def t_gen3():
    a = us_person()
    return "general_text", (f"My daughter made a page for my {cond()} journey: {URL(url(*a))}. I'm {P(a[0])}. "
                            f"{DONT} be shy!")


def t_gen4():
    a = us_person()
    return "general_text", (f"Can someone fix my portal login? Email {E(email(*a))}, DOB {D()}, SSN last 4 won't work so "
                            f"full one: {S()}. Need {lab()} results.")


def t_gen5():
    a = us_person()
    return "general_text", (f"The {k(GROUPS)} meets {k(DAYS)} at {L(us_address('line'))}. Questions to {P(full(a))} "
                            f"{PH()}. Bring your {drug()} list.")


def t_gen6():
    a = us_person()
    return "general_text", (f"Please mail the {k(['flu shot', 'vaccine', 'immunization'])} record to {P(full(a))}, "
                            f"{L(us_address(R.choice(['military', 'rural', 'pobox'])))}.")


def t_gen7():
    a = us_person()
    return "general_text", (f"My business line {PH(vanity_phone())} is not for patient calls. Use {PH()} for {P(a[0])}'s "
                            f"{cond()} questions.")


def t_gen8():
    a = us_person()
    return "general_text", (f"We moved to {L(us_city())}! {rel()} still sees Dr. {P(a[1])} for the {cond()}. "
                            f"New mailing address: {L(city_state_zip())}.")


# =============================================================== international
def t_int1():
    c, loc = ic()
    a = first_last(loc if loc not in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "ar_SA") else "en_GB")
    return "international", (f"Hello, I'm {P(full(a), I)}. My {rel()} lives at {L(intl_address(loc)[0], I)} and takes {drug()}. "
                             f"Phone {PH(intl_phone(c), I)}.")


def t_int2():
    n, loc = nonlatin_name()
    return "international", (f"{rel()} {P(n, I)} ({cond()}) — her address {L(intl_address(loc if loc in ('ja_JP', 'zh_CN', 'ko_KR', 'hi_IN') else None)[0], I)}. "
                             f"{k(['Blood pressure', 'Sugar', 'Weight'])} ok today.")


def t_int3():
    a = first_last(R.choice(INTL_LATIN))
    return "international", (f"Refund for the {lab()} please to {A(iban(), I)} ({P(full(a), I)}). {DONT} use the old card.")


def t_int4():
    c, loc = ic()
    a = first_last(R.choice(INTL_LATIN))
    city = intl_city(loc)[0]
    return "international", (f"{P(full(a), I)} from {L(city.upper(), I)} here. {cond()} diagnosis last {k(MONTHS)}. "
                             f"Mobile {PH(intl_phone(c), I)}, email {E(email(*a, True), I)}")


def t_int5():
    n, loc = nonlatin_name()
    city, _ = intl_city(loc)
    return "international", (f"my {rel()} {P(n, I)} in {L(city, I)} needs {drug()} — born {D(r=I)}, "
                             f"call {PH(intl_phone(), I)}")


def t_int6():
    a = first_last("en_CA")
    return "international", (f"{P(full(a), I)}, {L(intl_address('en_CA')[0], I)}. {k(['Diabetes', 'Asthma', 'Arthritis'])} "
                             f"follow-up. Health card {M(r=I)}. Tel {PH(intl_phone('CA'), I)}")


def t_int7():
    a = first_last("en_GB")
    return "international", (f"Hi from the UK, {P(a[0], I)} here. {rel()}'s NHS number is {M('%s %s %s' % (R.randint(100, 999), R.randint(100, 999), R.randint(1000, 9999)), I)}, "
                             f"address {L(intl_address('en_GB')[0], I)}, mobile {PH(intl_phone('UK'), I)}. {cond()}.")


def t_int8():
    a = us_person()
    b = first_last(R.choice(INTL_LATIN))
    c, loc = ic()
    return "international", (f"{P(full(a))} in {L(us_city())} writing: my cousin {P(full(b), I)} in {L(intl_city(loc)[0], I)} "
                             f"can pay via iban {A(iban(), I)} for {rel()}'s {drug()}. My cell {PH()}")


# =============================================================== typos
def t_typo1():
    a = us_person()
    return "typos", (f"hi its {P(a[0].lower())} my {rel()} isnt feelin good, her {body()} hurts alot and she takes "
                     f"{drug()}. can u call {PH()} pls")


def t_typo2():
    a = us_person()
    return "typos", (f"need to cancle appt for {P(full(a))} dob {D()}, hes sick w/ {cond()}. adress {L(us_address('nocomma').lower())}")


def t_typo3():
    a = us_person()
    return "typos", (f"plz send the {lab()} reslts to {E(email(*a))} not my old emial. thx {P(a[0])}")


def t_typo4():
    a, b = us_person(), us_person()
    return "typos", (f"{P(a[0])} hear, my husbnd {P(b[0])} fel down agin, hes on {drug()} . we r at {L(us_address())} "
                     f"my nmber {PH()}")


def t_typo5():
    a = us_person()
    return "typos", (f"pharmacy sed they need the member id its {M()} for {P(full(a))}. refil of {drug()} pleese")


def t_typo6():
    a = us_person()
    return "typos", (f"my ssn is {S()} i think u have it wrong on the bil for the {lab()}?? {P(full(a))}")


# =============================================================== plain lower/upper (cased by build.py)
def t_low1():
    a = us_person()
    return "lower_case", (f"hey it's {P(a[0])}. {rel()} is out of {drug()}. can the refill go to the {k(ORGS)} near "
                          f"{L(us_address())}? cell {PH()}")


def t_low2():
    a, b = us_person(), us_person()
    return "lower_case", (f"{P(full(a))} and {P(full(b))} are both listed for {rel()}'s {cond()} visits. email "
                          f"{E(email(*a))}")


def t_low3():
    a = us_person()
    return "lower_case", (f"is {drug()} ok with {drug()}? asking for {P(a[0])}, born {D()}. we live in {L(city_state_zip())}")


def t_low4():
    a = us_person()
    return "lower_case", (f"this is {P(full(a))} again. my {lab()} was off and i want to talk to someone. my medicare id is "
                          f"{M()}, phone {PH()}")


def t_cap1():
    a = us_person()
    return "all_caps", (f"THIS IS {P(full(a))}. MY {rel()} NEEDS HER {drug()} REFILLED. CALL {PH()}. "
                        f"ADDRESS {L(us_address())}")


def t_cap2():
    a = us_person()
    return "all_caps", (f"PLEASE SEND {rel()}'S {lab()} TO {E(email(*a))}. HER DOB IS {D()}. {DONT} CALL AFTER 8PM")


def t_cap3():
    a = us_person()
    return "all_caps", (f"{P(a[0])} FELL AGAIN. ON {drug()}. WE ARE IN {L(us_city())}. SSN {S()} FOR THE FORM")


def t_cap4():
    a = us_person()
    return "all_caps", (f"CARD NUMBER {A(card())} FOR {P(full(a))}'S {k(['COPAY', 'BILL', 'VISIT'])}. "
                        f"{cond()}. ZIP {L(city_state_zip())}")


TEMPLATES = [v for n, v in sorted(globals().items()) if n.startswith("t_") and callable(v)]


# =============================================================== extra URL-heavy templates
def t_gen9():
    a = us_person()
    return "general_text", (f"Meal train for {P(full(a))} after her {k(['surgery', 'chemo', 'hip replacement', 'stroke'])}: "
                            f"{URL(url(*a))} . Drop-offs at {L(us_address())}. {DONT} bring anything with {k(['peanuts', 'shellfish', 'gluten'])}.")


def t_int9():
    a = first_last(R.choice(INTL_LATIN))
    return "international", (f"{P(full(a), I)} posts {rel()}'s {cond()} updates on {URL(url(*a), I)} — "
                             f"write to {E(email(*a, True), I)}")


def t_spk7():
    a, b = us_person(), us_person()
    return "speaker_label", (f"{P(a[0])}: did you see {P(b[0])}'s page? {URL(url(*b))}\n{P(full(b))}: lol yes. "
                             f"{rel()}'s {lab()} was normal btw")


def t_cap5():
    a = us_person()
    return "all_caps", (f"FOR {P(full(a))} - SSN {S()} - DOB {D()}. FUNDRAISER {URL(url(*a))} FOR HIS {cond()}")


def t_clin10():
    a = us_person()
    return "clinician_note", (f"Pt {P(full(a))} asked us to review his blog {URL(url(*a))} re {drug()} side effects. "
                              f"Advised against. SSN on file {S()}.")


TEMPLATES = [v for n, v in sorted(globals().items()) if n.startswith("t_") and callable(v)]
