"""Templates for dev43, written from scratch. Each template is a function returning (style, template_string, slots).
Placeholders: {name} -> slot value; slots are identifier tuples (value, TYPE, REGION), K("word") keep words, or plain strings.
{!cat} -> a random keep word from category cat (drug, cond, lab, body, org, rel, day, month, help)."""
import gen_values as g
from gen_values import R, pick, digits

class K(str): pass

KEEP = {
 "drug": ["metformin","Eliquis","warfarin","Lasix 40","lisinopril","melatonin","St. John's wort","sertraline","oxycodone","amlodipine",
          "atorvastatin","levothyroxine","gabapentin","prednisone","insulin glargine","Ozempic","Xarelto","furosemide","metoprolol",
          "losartan","omeprazole","Plavix","donepezil","buprenorphine","naloxone","albuterol","Tylenol","ibuprofen","tramadol","hydrocodone",
          "Jardiance","Trulicity","Synthroid","clopidogrel","spironolactone","tamsulosin","duloxetine","fish oil","vitamin B12","magnesium",
          "Humira","Keppra","lithium","quetiapine","Seroquel","Zoloft","Lipitor","Entresto","carvedilol","allopurinol","Farxiga","Narcan"],
 "cond": ["hypertriglyceridemia","atrial fibrillation","opioid use disorder","Parkinson's","COPD","Alzheimer's","type 2 diabetes",
          "congestive heart failure","hypertension","chronic kidney disease","rheumatoid arthritis","osteoporosis","asthma","dementia",
          "sleep apnea","neuropathy","pneumonia","UTI","cellulitis","shingles","gout","depression","anxiety","bipolar disorder","epilepsy",
          "multiple sclerosis","lupus","psoriasis","sciatica","vertigo","anemia","hypothyroidism","macular degeneration","glaucoma"],
 "lab": ["Hemoglobin A1c","A1c","INR","CBC","BMP","lipid panel","TSH","creatinine","eGFR","potassium","troponin","BNP","PSA",
         "vitamin D level","urinalysis","ferritin","ALT","hemoglobin","platelets","LDL"],
 "body": ["knee","hip","left ankle","shoulder","lower back","chest","stomach","right eye","kidneys","lungs","heart","wrist","foot","skin","throat","bladder"],
 "org": ["Walgreens","Mayo Clinic","Medicare","Kaiser","CVS","Medicaid","Cleveland Clinic","Rite Aid","Blue Cross","Humana","the VA","UnitedHealthcare","Aetna","Johns Hopkins"],
 "rel": ["Mom","Dad","Grandpa","Grandma","my husband","my wife","my daughter","my son","Auntie","my brother","my sister","Nana","Papa"],
 "day": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],
 "month": ["January","February","March","April","June","July","August","September","October","November","December"],
 "help": ["988","1-800-222-1222","911","1-800-MEDICARE","211"],
}

TEMPLATES = []
def T(style, weight=1):
    def deco(fn):
        TEMPLATES.append((style, weight, fn)); return fn
    return deco

# ---------------- lower_case ----------------
@T("lower_case")
def lc1():
    return ("hey its {a} again, {!rel} needs her {!drug} refilled. pharmacy is {!org} on main. her dob {d} and her member id {m}. call me {ph}",
            dict(a=g.first_us(), d=g.dob_us(), m=g.member_id(), ph=g.phone_us()))
@T("lower_case")
def lc2():
    return ("{a} {b} here, i moved to {addr}. pls send the {!cond} supplies there not the old place. email {e}",
            dict(a=g.first_us(), b=g.last_us(), addr=g.addr_us(), e=g.email_for(g.full_us()[0])))
@T("lower_case")
def lc3():
    n = g.full_us()
    return ("question about my dads {!lab} results. his name is {n}, born {d}. he lives in {c}. thx, {me} {ph}",
            dict(n=n, d=g.dob_us(), c=g.city_st(), me=g.first_us(), ph=g.any_phone_us()))
@T("lower_case")
def lc4():
    i = g.Intl(); n = i.name()
    return ("my cousin {n} is visiting from {c} and forgot her {!drug}. she is staying with us at {addr}. her number from home {ph}, her son {k} {ph2}",
            dict(n=n, c=i.city(), addr=g.addr_us(), ph=i.phone(), k=i.first(), ph2=i.phone()))
@T("lower_case")
def lc5():
    n = g.full_us()
    return ("for billing: ssn {s}, name {n}, the charge was for {!mom}'s {!lab} on {!day}. call {ph}".replace("{!mom}", "{rel}"),
            dict(s=g.ssn(), n=n, rel=K(pick(["mom","dad","grandma"])), ph=g.phone_us()))

# ---------------- all_caps ----------------
@T("all_caps")
def ac1():
    return ("THIS IS {n}. I NEED MY {!drug} REFILL. MY ADDRESS IS {addr}. PHONE {ph}. THANK YOU",
            dict(n=g.full_us(), addr=g.addr_us(), ph=g.phone_us()))
@T("all_caps")
def ac2():
    return ("{rel} {a} FELL AND HURT HER {!body}. WE ARE AT {addr}. CALL {ph} OR {ph2}",
            dict(rel=K(pick(["MOM", "GRANDMA", "NANA"])), a=g.first_us(), addr=g.any_addr_us(), ph=g.phone_us(), ph2=g.phone_us_ext()))
@T("all_caps")
def ac3():
    return ("PATIENT {n} DOB {d} MRN {m} SSN {s} - {!cond} FOLLOW UP",
            dict(n=g.full_us(), d=g.dob_us(), m=g.mrn(), s=g.ssn()))
@T("all_caps")
def ac4():
    return ("PLEASE CHARGE MY CARD {c} FOR THE {!lab} COPAY. NAME ON CARD {n}. BILLING ZIP {z}",
            dict(c=g.card(), n=g.full_us(), z=(g.zip_for(pick(g.US_CITIES)[2]), "LOCATION", "US")))
@T("all_caps")
def ac5():
    i = g.Intl(); n = i.name()
    return ("MY SISTER {n} IN {c} NEEDS HER {!drug}. HER PHONE {ph}. SEND MONEY TO IBAN {ib}",
            dict(n=n, c=i.city(), ph=i.phone(), ib=g.iban()))
@T("all_caps")
def ac6():
    return ("CAN SOMEONE CALL {a} {b} ABOUT HIS {!cond}. HE IS AT {addr}. HIS EMAIL {e}",
            dict(a=g.first_us(), b=g.word_surname(), addr=pick([g.addr_po, g.addr_rr, g.addr_us])(), e=g.email_for(g.full_us()[0])))

# ---------------- typos ----------------
@T("typos")
def ty1():
    return ("hi its {a} , {!rel} is haveing trouble breathng again , her {!cond} is acting up . we r at {addr} , call {ph}",
            dict(a=g.first_us(), addr=g.addr_us(), ph=g.phone_us()))
@T("typos")
def ty2():
    return ("sory wrong numbr befor, my real one is {ph} . this is {n} asking abt the {!drug} dose for {!rel}",
            dict(ph=g.any_phone_us(), n=g.full_us()))
@T("typos")
def ty3():
    return ("cant log into portl. email on file is {e} , dob {d} . need {!lab} resuts pls. {a}",
            dict(e=g.email_for(g.full_us()[0]), d=g.dob_us(), a=g.first_us()))
@T("typos")
def ty4():
    i = g.Intl(); n = i.name()
    return ("my grandma {n} lives in {c} , can u fax the {!cond} report to her dr there {ph} ?? thnks",
            dict(n=n, c=i.city(), ph=i.phone()))
@T("typos")
def ty5():
    return ("medicare nmber {m} for {n} , he takes {!drug} and {!drug} , pharmcy is {!org}",
            dict(m=g.mbi(), n=g.full_us()))
@T("typos")
def ty6():
    return ("{a} here my ssn is {s} i think u need it for the {!org} form?? my {!body} still hurts",
            dict(a=g.first_us(), s=g.ssn()))

# ---------------- speaker_label ----------------
@T("speaker_label")
def sp1():
    a, b = g.first_us(), g.first_us()
    return ("{a}: {!rel} took her {!drug} at 8\n{b}: ok did u check her {!lab}?\n{a}: yes. nurse line is {ph}",
            dict(a=a, b=b, ph=g.phone_us()))
@T("speaker_label")
def sp2():
    return ("{r1} {a}: the {!org} bill came for {n}'s {!lab}\n{r2} {b}: use the visa {c}\n{r1} {a}: ok paying now",
            dict(r1=K(pick(["Daughter", "Son", "Niece"])), r2=K(pick(["Cousin", "Friend", "Neighbor"])), a=g.first_us(), b=g.first_us(), n=g.first_us(), c=g.card()))
@T("speaker_label")
def sp3():
    n = g.full_us()
    return ("Nurse: Can you confirm the patient's name and DOB?\nCaller: {n}, {d}\nNurse: And the address?\nCaller: {addr}",
            dict(n=n, d=g.dob_us(), addr=g.addr_us()))
@T("speaker_label")
def sp4():
    i = g.Intl(); a, b = i.first(), i.first()
    return ("{a}: {!rel} is in {c} now\n{b}: did she bring the {!drug}?\n{a}: yes. her number there {ph}",
            dict(a=a, b=b, c=i.city(), ph=i.phone()))
@T("speaker_label")
def sp5():
    a = g.first_us()
    return ("{a}: I'm worried about {!rel}'s {!cond}\nDr. {d}: bring him in {!day}\n{a}: we'll be there. my cell {ph}",
            dict(a=a, d=g.last_us(), ph=g.phone_us()))
@T("speaker_label")
def sp6():
    a, b = g.first_us(), g.first_us()
    return ("{a}: whats the gofundme link for {c}'s {!cond} bills\n{b}: {u}\n{a}: thanks",
            dict(a=a, b=b, c=g.first_us(), u=g.url_for(g.full_us()[0])))

# ---------------- list ----------------
@T("list")
def li1():
    return ("People who can pick up {!rel}'s {!drug}:\n- {a} {pa}\n- {b} {pb}\n- {c} {pc}",
            dict(a=g.full_us(), b=g.full_us(), c=g.first_us(), pa=g.phone_us(), pb=g.phone_us(), pc=g.phone_us()))
@T("list")
def li2():
    return ("{a}, {b} and {c} are on the {!day} rota for {!rel}. {!cond} meds are in the blue box. {a}'s number {ph}",
            dict(a=g.word_surname(), b=g.first_us(), c=g.word_surname(), ph=g.phone_us()))
@T("list")
def li3():
    return ("Med list for {n} (DOB {d}):\n1. {!drug}\n2. {!drug}\n3. {!drug}\nPharmacy: {!org}, {ph}",
            dict(n=g.full_us(), d=g.dob_us(), ph=g.phone_us()))
@T("list")
def li4():
    i = g.Intl(); j = g.Intl()
    return ("Family overseas to tell about {!rel}'s {!cond}:\n* {a} - {pa}\n* {b} - {pb}, {addr}",
            dict(a=i.name(), pa=i.phone(), b=j.name(), pb=j.phone(), addr=j.addr()))
@T("list")
def li5():
    return ("Insurance stuff for {n}:\n- SSN {s}\n- member id {m}\n- {!org} id {mb}\n- {!lab} due {!month}",
            dict(n=g.full_us(), s=g.ssn(), m=g.member_id(), mb=g.mbi()))
@T("list")
def li6():
    return ("Payment options for {!rel}'s {!cond} care:\n• card: {c}\n• checking: routing {r} acct {a}\n• holder {n}",
            dict(c=g.card(), r=g.routing(), a=g.bank_acct(), n=g.full_us()))

# ---------------- run_on ----------------
@T("run_on")
def ro1():
    return ("so {!rel} has been on {!drug} since {!month} and tonight she's dizzy and I don't know if it's the {!cond} or the new pill and I'm {n} her daughter and we're at {addr} and you can reach me at {ph} anytime",
            dict(n=g.first_us(), addr=g.addr_us(), ph=g.any_phone_us()))
@T("run_on")
def ro2():
    return ("I called {!org} three times about {n}'s {!lab} and nobody calls back and his member id is {m} and his birthday is {d} and honestly I'm exhausted so if someone could email me at {e} that would help",
            dict(n=g.full_us(), m=g.any_mrn(), d=g.dob_us(), e=g.email_for(g.full_us()[0])))
@T("run_on")
def ro3():
    i = g.Intl()
    return ("my mother-in-law {n} flew in from {c} last week and she takes {!drug} for her {!cond} but the pharmacy here won't fill a foreign prescription so her doctor back home at {ph} said to ask you and we're staying at {addr}",
            dict(n=i.name(), c=i.city(), ph=i.phone(), addr=g.addr_us()))
@T("run_on")
def ro4():
    return ("We'll be out of town {!day} so {a} is staying with {!rel} and she knows about the {!drug} and the {!lab} appointment but if anything happens her cell is {ph} and mine is {ph2} and the house is {addr}",
            dict(a=g.full_us(), ph=g.phone_us(), ph2=g.phone_us(), addr=g.addr_us_ml()))
@T("run_on")
def ro5():
    return ("ok so I finally found {!rel}'s paperwork and his SSN is {s} and the {!org} number is {m} and his DOB is {d} and I'm typing it all here so the social worker {sw} can do the forms",
            dict(s=g.ssn(), m=g.mbi(), d=g.dob_us(), sw=g.first_us()))

# ---------------- signature ----------------
@T("signature")
def si1():
    n = g.full_us()
    return ("Thanks for checking on {!rel}'s {!cond}.\n\n{n}\n{addr}\n{ph} | {e}",
            dict(n=n, addr=g.addr_us_ml(), ph=g.phone_us_ext(), e=g.email_for(n[0])))
@T("signature")
def si2():
    n = g.full_us()
    return ("Will send the {!lab} printout {!day}.\n--\n{n}, RN\n{u}\nCell {ph}",
            dict(n=n, u=g.url_for(n[0]), ph=g.phone_us()))
@T("signature")
def si3():
    i = g.Intl(); n = i.name()
    return ("Many thanks for the {!drug} advice for my father.\nKind regards,\n{n}\n{addr}\nTel. {ph}\n{e}",
            dict(n=n, addr=i.addr(), ph=i.phone(), e=i.email(n[0])))
@T("signature")
def si4():
    n = g.full_us()
    return ("Re: {!rel}'s {!cond} bill\n\n{n}\n{owner} Realty | {vph}\n{u}",
            dict(n=n, owner=K(pick(["Sunrise", "Lakeside", "Keystone"])), vph=g.phone_vanity(), u=g.url_for(n[0])))
@T("signature")
def si5():
    n = g.full_us()
    return ("Sorry, typing from my phone. {!rel} is fine, {!lab} normal.\nSent from my Galaxy\n{n} - {ph}",
            dict(n=n, ph=g.phone_us()))
@T("signature")
def si6():
    n = g.full_us()
    return ("Re: {!drug} for my husband (deployed)\n{n}\n{addr}\n{e}",
            dict(n=n, addr=g.addr_mil(), e=g.email_for(n[0])))

# ---------------- form ----------------
@T("form")
def fo1():
    n = g.full_us()
    return ("Patient name: {n}\nDOB: {d}\nSSN: {s}\nAddress: {addr}\nPhone: {ph}\nPrimary condition: {!cond}",
            dict(n=n, d=g.dob_us(), s=g.ssn(), addr=g.addr_us(), ph=g.phone_us()))
@T("form")
def fo2():
    return ("== Insurance card ==\nMember: {n}\nMember ID: {m}\nGroup: {grp}\nPlan: {!org}\nRx: {!drug}",
            dict(n=g.full_us(), m=g.member_id(), grp=pick(["", "", "PPO"]) or "Standard"))
@T("form")
def fo3():
    return ("Billing form\nName: {n}\nCredit card: {c}\nExp: {exp}\nBank routing: {r}\nAccount: {a}\nService: {!lab}",
            dict(n=g.full_us(), c=g.card(), exp=f"{R.randint(1,12):02d}/{R.randint(26,31)}", r=g.routing(), a=g.bank_acct()))
@T("form")
def fo4():
    i = g.Intl(); n = i.name()
    return ("Registration (visitor)\nName: {n}\nDate of birth: {d}\nHome address: {addr}\nHome phone: {ph}\nEmail: {e}\nIBAN: {ib}\nCondition: {!cond}",
            dict(n=n, d=i.dob(), addr=i.addr(), ph=i.phone(), e=i.email(n[0]), ib=i.iban()))
@T("form")
def fo5():
    return ("Medicare enrollment\nBeneficiary: {n}\nMedicare number: {mb}\nMailing: {addr}\nBorn: {d}\nHelpline: {!help}",
            dict(n=g.full_us(), mb=g.mbi(), addr=g.addr_po(), d=g.dob_us()))
@T("form")
def fo6():
    n = g.full_us()
    return ("Online profile\nName: {n}\nWebsite: {u}\nEmail: {e}\nCell: {ph}\nInterested in: {!cond} support group",
            dict(n=n, u=g.url_for(n[0]), e=g.email_for(n[0]), ph=g.phone_us()))

# ---------------- forwarded ----------------
@T("forwarded")
def fw1():
    a = g.full_us()
    return ("---------- Forwarded message ---------\nFrom: {a} <{e}>\nSubject: {!rel}'s {!drug}\n\nShe needs the {!lab} before {!day}. Call {ph}.",
            dict(a=a, e=g.email_for(a[0]), ph=g.phone_us()))
@T("forwarded")
def fw2():
    return ("Fwd text from {a}: \"{!rel} is at {addr}, bring her {!drug}, my cell {ph}\"",
            dict(a=g.first_us(), addr=g.addr_us(), ph=g.phone_us()))
@T("forwarded")
def fw3():
    n = g.full_us()
    return ("> On {!day}, {n} wrote:\n> My SSN is {s} and DOB {d}, please update my {!org} file.\n\nForwarding to billing. - {me}",
            dict(n=n, s=g.ssn(), d=g.dob_us(), me=g.first_us()))
@T("forwarded")
def fw4():
    i = g.Intl(); n = i.name()
    return ("FW: message from {n} ({c}): \"please send {!rel}'s {!cond} records, my phone {ph}, email {e}\"",
            dict(n=n, c=i.city(), ph=i.phone(), e=i.email(n[0])))
@T("forwarded")
def fw5():
    n = g.full_us()
    return ("Begin forwarded message:\nFrom: {!org} Billing\nTo: {n}\nYour payment of $45.00 from card {c} for {!lab} was declined. Account {a}.",
            dict(n=n, c=g.card(), a=g.bank_acct()))
@T("forwarded")
def fw6():
    n = g.first_us()
    return ("fwd from {n}: here's the caringbridge for {p}: {u} . {!cond} update posted {!day}",
            dict(n=n, p=g.full_us(), u=g.url_for(g.full_us()[0])))
@T("forwarded")
def fw7():
    i = g.Intl(); n = i.name()
    return ("Forwarded SMS from {!rel}'s bank: \"{n}, transfer to IBAN {ib} completed.\" It was for her {!drug} order.",
            dict(n=n, ib=i.iban()))

# ---------------- clinician_note ----------------
@T("clinician_note")
def cn1():
    return ("Pt {n}, MRN {m}, DOB {d}. {!cond}, on {!drug}. {!lab} pending. RTC 2 wk. Spouse {k} {ph}.",
            dict(n=g.full_us(), m=g.mrn(), d=g.dob_us(), k=g.first_us(), ph=g.phone_us()))
@T("clinician_note")
def cn2():
    return ("TC w/ pt's {!rel2} {a} ({ph}) re {!drug} side effects. Advised hold x24h. F/u {!day}.".replace("{!rel2}", "{rel}"),
            dict(rel=K(pick(["daughter", "son", "wife", "husband"])), a=g.first_us(), ph=g.phone_us()))
@T("clinician_note")
def cn3():
    i = g.Intl()
    return ("Pt {n} (visiting from {c}), {!cond}. Home meds: {!drug}. Records req'd from home MD, fax {ph}.",
            dict(n=i.name(), c=i.city(), ph=i.phone()))
@T("clinician_note")
def cn4():
    return ("Home visit {addr}. {n} alert, {!body} edema 2+. {!drug} adjusted. Chart {m}.",
            dict(addr=g.addr_us(), n=g.full_us(), m=g.mrn()))
@T("clinician_note")
def cn5():
    return ("SW note: {n} SSN {s}, {!org} ID {mb}. Assisting w/ {!cond} benefits. Contact {e}.",
            dict(n=g.full_us(), s=g.ssn(), mb=g.mbi(), e=g.email_for(g.full_us()[0])))

# ---------------- general_text ----------------
@T("general_text")
def gt1():
    n = g.full_us()
    return ("Hello, I'd like to update my address to {addr}. Name: {n}. Thank you. (I'm the caregiver for {!rel}, who has {!cond}.) Best number: {ph}",
            dict(addr=g.any_addr_us(), n=n, ph=g.any_phone_us()))
@T("general_text")
def gt2():
    return ("Please refund the {!lab} overpayment to my account: routing {r}, account {a}. Account holder {n}.",
            dict(r=g.routing(), a=g.bank_acct(), n=g.full_us()))
@T("general_text")
def gt3():
    i = g.Intl(); n = i.name()
    return ("Hi, I'm paying from abroad for {!rel}'s {!cond} visit. My IBAN is {ib}, account name {n}. Receipt to {e} please.",
            dict(ib=i.iban(), n=n, e=i.email(n[0])))
@T("general_text")
def gt4():
    n = g.full_us()
    return ("Our church set up a meal train for {n} after {!body} surgery: {u}. Sign up if you can!",
            dict(n=n, u=g.url_for(n[0])))
@T("general_text")
def gt5():
    return ("Not medical: can you fix the spelling of my name on the {!org} bill? It's {n}, not what's printed. Phone {ph}. Card on file {c}.",
            dict(n=g.full_us(), ph=g.phone_us(), c=g.card()))
@T("general_text")
def gt6():
    n = g.full_us()
    return ("My email changed from {e1} to {e2}. Please update for {n}'s {!drug} reminders.",
            dict(e1=g.email_for(n[0]), e2=g.email_for(g.first_us()[0] + " " + n[0].split()[-1]), n=n))

# ---------------- international ----------------
@T("international", 2)
def in1():
    i = g.Intl(); n = i.name()
    return ("My father {n} lives at {addr}. He takes {!drug} for {!cond}. His phone: {ph}, email {e}.",
            dict(n=n, addr=i.addr(), ph=i.phone(), e=i.email(n[0])))
@T("international", 2)
def in2():
    i = g.Intl(); n = i.name()
    return ("Please send {!rel}'s {!lab} results to {n} in {c}: {e}, {ph}. Insurance no. {m}.",
            dict(n=n, c=i.city(), e=i.email(n[0]), ph=i.phone(), m=i.mrn()))
@T("international", 2)
def in3():
    i = g.Intl(); n = i.name()
    return ("Payment for the {!cond} consult: IBAN {ib} (holder {n}, {addr}).",
            dict(ib=i.iban(), n=n, addr=i.addr()))
@T("international")
def in4():
    i = g.Intl(); n = i.name()
    return ("{n}, born {d}, from {c}. Allergic to {!drug}. Emergency contact {k}, {ph}.",
            dict(n=n, d=i.dob(), c=i.city(), k=i.name(), ph=i.phone()))
@T("international")
def in5():
    i = g.Intl(); n = i.name()
    return ("Our family page for {n}'s {!cond} treatment abroad: {u}. Donations by card {c} or IBAN {ib}.",
            dict(n=n, u=i.url(n[0]), c=g.card("INTL"), ib=i.iban()))

# ---------------- added after first count: more SSN / URL / INTL coverage ----------------
@T("run_on")
def ro6():
    n = g.full_us()
    return ("I know this isn't the place but {n} asked me to handle his {!org} appeal and they want his SSN which is {s} and his date of birth {d} and I also put the whole story of his {!cond} on {u} so you can read it there, I'm {me} at {ph}",
            dict(n=n, s=g.ssn(), d=g.dob_us(), u=g.url_for(n[0]), me=g.full_us(), ph=g.phone_us()))
@T("run_on")
def ro7():
    i = g.Intl(); n = i.name(); k = i.name()
    return ("my brother {k} keeps calling from {c} asking how {!rel} is doing after the {!body} surgery and I keep telling him she's fine on the {!drug} but could someone call him at {ph} or email {e} because he doesn't believe me and he's paying the bill from IBAN {ib} anyway",
            dict(k=k, c=i.city(), ph=i.phone(), e=i.email(k[0]), ib=i.iban()))
@T("all_caps")
def ac7():
    return ("{n} SSN {s} DOB {d} - NEEDS {!drug} PRIOR AUTH FOR {!cond}. CALL BACK {ph}",
            dict(n=g.full_us(), s=g.ssn(), d=g.dob_us(), ph=g.phone_us()))
@T("all_caps")
def ac8():
    i = g.Intl(); n = i.name()
    return ("VISITOR {n} FROM {c}. ADDRESS ABROAD {addr}. PHONE {ph}. {!cond}, TAKES {!drug}",
            dict(n=n, c=i.city(), addr=i.addr(), ph=i.phone()))
@T("speaker_label")
def sp7():
    i = g.Intl(); a = i.first(); b = g.first_us(); n = i.name()
    return ("{b}: did your aunt {n} get the {!lab} results?\n{a}: not yet, she's back in {c}\n{b}: send them to {e}\n{a}: ok and her blog is {u}",
            dict(a=a, b=b, n=n, c=i.city(), e=i.email(n[0]), u=i.url(n[0])))
@T("forwarded")
def fw8():
    n = g.full_us()
    return ("Fwd: from {n} <{e}>\n\"Here's my fundraiser for the {!cond} treatment: {u}. Checks to {addr}. SSN for the tax letter is {s}.\"",
            dict(n=n, e=g.email_for(n[0]), u=g.url_for(n[0]), addr=g.addr_po(), s=g.ssn()))
@T("international")
def in6():
    i = g.Intl(); n = i.name(); k = i.name()
    return ("Contact sheet for {!rel} while abroad\n{n} (son), {ph}, {e}\n{k} (neighbour), {addr}\nPersonal page: {u}\nMeds: {!drug}",
            dict(n=n, ph=i.phone(), e=i.email(n[0]), k=k, addr=i.addr(), u=i.url(n[0])))
@T("list")
def li7():
    i, j = g.Intl(), g.Intl()
    return ("Who to call about {!rel}'s {!cond}:\n1. {a}, {c1}, {p1}\n2. {b}, {c2}, {p2}\n3. {n} (here), {ph}",
            dict(a=i.name(), c1=i.city(), p1=i.phone(), b=j.name(), c2=j.city(), p2=j.phone(), n=g.full_us(), ph=g.phone_us()))
@T("clinician_note")
def cn6():
    return ("Intake: {n}, DOB {d}, SSN {s}, {!org} {mb}. Dx {!cond}. Lives at {addr}. NOK {k} {ph}.",
            dict(n=g.full_us(), d=g.dob_us(), s=g.ssn(), mb=g.mbi(), addr=g.addr_us(), k=g.first_us(), ph=g.phone_us()))
@T("signature")
def si7():
    i = g.Intl(); n = i.name()
    return ("Thank you for the {!lab} explanation.\n\n{n}\n{addr}\n{ph}\n{u}",
            dict(n=n, addr=i.addr(), ph=i.phone(), u=i.url(n[0])))
