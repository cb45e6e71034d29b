"""dev17's own message templates (written fresh for this set) and the lazy fill context."""
import re

import vocab as V
from fakes import Gen, COUNTRIES, NONLATIN

FOREIGN_DRUGS = {"paracetamol", "Marcumar", "Ramipril", "Doliprane", "paracetamolo", "Tachipirina", "dipirona",
                 "Novalgin", "Euthyrox", "Concor", "aspirina", "metformina", "insulina", "losartana", "Bisoprolol",
                 "Pantozol", "ASS 100", "Efferalgan", "Aerius", "Nolotil", "Adiro", "Sintrom", "Polopiryna",
                 "Biseptol", "Glifage", "Losartan", "Insulin", "Metformin", "Ibuprofen", "Aspirin", "Metoprolol"}
US_DRUGS = [d for d in V.DRUGS if d not in FOREIGN_DRUGS]
EN_CONDS = [c for c in V.CONDITIONS if re.fullmatch(r"[A-Za-z0-9' \-]+", c) and c not in
            ("Diabetes", "Demenz", "arthrose", "ictus", "infarto", "artrosi", "Schlaganfall", "Bluthochdruck",
             "sugar", "pneumonie", "polmonite", "neumonía", "cukrzyca", "mono", "falls", "wound", "Parkinsons")]
EN_LABS = ["Hemoglobin A1c", "A1c", "INR", "BMP", "CMP", "CBC", "TSH", "lipid panel", "LDL", "triglycerides",
           "creatinine", "eGFR", "potassium", "BNP", "PSA", "vitamin D level", "urinalysis", "PT/INR", "ferritin",
           "fasting glucose", "hemoglobin", "EKG", "echo", "MRI", "CT scan", "X-ray", "ultrasound", "colonoscopy",
           "mammogram", "DEXA scan", "blood work", "stress test", "Holter"]
EN_BODY = ["hip", "knee", "ankle", "shoulder", "wrist", "heel", "left foot", "toes", "lower back", "chest",
           "lungs", "kidneys", "bladder", "stomach", "belly", "left eye", "right eye", "ears", "throat", "neck",
           "legs", "calves", "left arm", "elbow", "hands", "fingers", "tailbone", "gums", "right knee", "left hip",
           "spine", "ribs", "jaw", "big toe", "shin"]

REL = {"U": ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Abuela", "Auntie", "Uncle", "Pop", "Granny", "Papa",
             "Big Mama", "Mother", "Stepdad"],
       "GB": ["Mum", "Gran", "Nan", "Dad", "Grandad"], "DE": ["Oma", "Opa", "Mama", "Papa"],
       "ES": ["Abuela", "Abuelo", "Mamá", "Tía"], "MX": ["Abuela", "Abuelo", "Mamá", "Tío"],
       "FR": ["Mamie", "Papi", "Maman"], "IT": ["Nonna", "Nonno", "Mamma"], "BR": ["Vovó", "Vovô", "Mãe"],
       "PT": ["Avó", "Mãe"], "NL": ["Oma", "Opa"], "PL": ["Babcia", "Dziadek", "Mama"], "JP": ["Obaachan", "Mom"],
       "CN": ["Nainai", "Yeye", "Mom"], "KR": ["Halmeoni", "Mom"], "IN": ["Nani", "Dadi", "Amma"],
       "SA": ["Mama", "Baba"], "RU": ["Babushka", "Mama"], "TR": ["Anne", "Baba", "Teyze"],
       "VN": ["Bà", "Ông", "Má"], "PH": ["Lola", "Lolo", "Tita"]}
TITLE = {"U": ["Dr.", "Mrs.", "Mr.", "Ms.", "Nurse", "Dr", "Pastor"], "GB": ["Dr", "Mrs", "Mr", "Sister"],
         "DE": ["Frau", "Herr", "Dr."], "FR": ["Mme", "Dr"], "ES": ["Sra.", "Dr.", "Dra."], "MX": ["Sra.", "Dr.", "Dra."],
         "IT": ["Signora", "Dott."], "BR": ["Dra.", "Sr.", "Dona"], "PT": ["Dra.", "Sr."], "NL": ["Mevrouw", "Dr."],
         "PL": ["Pani", "Pan", "Dr"]}
ORG = {"U": ["Walgreens", "CVS", "Kaiser", "Medicare", "Medicaid", "Mayo Clinic", "Rite Aid", "Humana", "Aetna",
             "Blue Cross", "Quest", "Labcorp", "Meals on Wheels", "the VA", "Costco pharmacy", "Cigna", "Tricare",
             "Express Scripts", "Mercy Hospital", "Cleveland Clinic", "MyChart", "Good Samaritan"],
       "GB": ["NHS", "Boots", "the GP surgery"], "DE": ["AOK", "TK", "die Apotheke"], "FR": ["la CPAM", "Ameli"],
       "ES": ["el centro de salud", "Sanitas"], "MX": ["IMSS", "ISSSTE", "Farmacias Similares"],
       "IT": ["ASL", "la farmacia"], "BR": ["SUS", "UBS", "Drogasil"], "PT": ["SNS", "o centro de saúde"],
       "NL": ["de huisarts", "Zilveren Kruis"], "PL": ["NFZ", "przychodnia"], "JP": ["the clinic", "LINE"],
       "CN": ["WeChat", "the hospital"], "KR": ["KakaoTalk", "Samsung Medical Center"], "IN": ["Apollo Pharmacy", "AIIMS"],
       "SA": ["WhatsApp", "King Fahad Hospital"], "RU": ["Gosuslugi", "WhatsApp"], "TR": ["e-Nabız", "SGK"],
       "VN": ["Zalo", "Bệnh viện Chợ Rẫy"], "PH": ["PhilHealth", "Mercury Drug"]}
HELP = {"U": ["988", "911", "1-800-222-1222", "211", "1-800-MEDICARE", "1-800-272-3900"], "GB": ["111", "999"],
        "DE": ["112", "116117"], "FR": ["15", "112"], "ES": ["112", "061"], "MX": ["911"], "IT": ["112", "118"],
        "BR": ["192", "188"], "PT": ["112", "SNS 24"], "NL": ["112"], "PL": ["112", "999"], "JP": ["119"],
        "CN": ["120"], "KR": ["119"], "IN": ["108", "112"], "SA": ["997"], "RU": ["103", "112"], "TR": ["112"],
        "VN": ["115"], "PH": ["911"]}

CLIN = [
    "{rel} took the {drug} late again",
    "{contr} sure the {drug} is making {rel} dizzy",
    "the {lab} came back a little high",
    "{rel}'s {body} is swollen again",
    "they increased the {drug} because of the {cond}",
    "no more {supp} until the doctor says ok",
    "{rel} keeps forgetting the {drug} on {wday}s",
    "{lab} is due before the {month} visit",
    "the nurse thinks the {body} pain is from the {cond}",
    "{contr} know if the {supp} is ok with the {drug}",
    "we're watching the {cond}, {lab} looked better",
    "{drug} twice a day with food, not at bedtime",
    "the pharmacy said the {drug} is on backorder",
    "{rel} refused the {drug} tonight, says it upsets the {body}",
    "new rash on the {body}, we stopped the {drug}",
    "{cond} flare, {rel} has been in bed since {wday}",
    "{lab} results are up in the portal",
    "don't give the {supp} with the {drug}",
    "the {cond} is why {rel} is so tired lately",
    "home nurse checked the {body} and changed the dressing",
    "{rel} wants to stop the {drug}, I said ask first",
    "PT says the {body} is getting stronger",
    "{rel} is on {drug} and {supp} now",
    "cardiology wants a repeat {lab} in 6 weeks for the {cond}",
    "the {drug} dose went from 5 to 10",
    "{contr} let {rel} drive until the {cond} is sorted",
    "{rel} says the {supp} helps with sleep",
    "fasting for the {lab} on {wday}, no coffee",
]
CLIN_LANG = {
    "ES": ["{rel} no se tomó el {drug} hoy", "le duele la <<rodilla>> otra vez", "el {lab} salió un poco alto",
           "la <<presión alta>> sigue igual, le subieron el {drug}"],
    "MX": ["{rel} no se tomó la <<metformina>> hoy", "le duele la <<espalda>> desde el {wday}", "anda con la <<azúcar>> alta"],
    "DE": ["{rel} hat das <<Ramipril>> wieder vergessen", "das <<Knie>> ist dick geworden", "der <<Blutzucker>> war heute 180"],
    "FR": ["{rel} a oublié le <<Doliprane>> ce matin", "mal au <<genou>> depuis {wday}", "la <<glycémie>> est trop haute"],
    "IT": ["{rel} non ha preso la <<Tachipirina>>", "la <<glicemia>> è alta stamattina", "male all'<<anca>> di nuovo"],
    "BR": ["{rel} esqueceu a <<losartana>> de novo", "a <<pressão alta>> voltou", "dor no <<joelho>> desde {wday}"],
    "PT": ["{rel} esqueceu o <<paracetamol>>", "dor nas <<costas>> outra vez"],
    "PL": ["{rel} zapomniała o <<Polopiryna>>", "<<cukrzyca>> się pogorszyła", "boli ją <<kolano>>"],
    "TR": ["{rel} <<tansiyon>> ilacını içmedi", "<<şeker>> yine yüksek"],
    "VN": ["{rel} quên uống thuốc <<huyết áp>>", "<<tiểu đường>> cao lại rồi"],
    "PH": ["si {rel} hindi uminom ng <<metformin>>", "masakit ang <<tuhod>> niya ulit", "mataas ang <<altapresyon>>"],
    "RU": ["у {rel} опять <<давление>>", "<<диабет>> под контролем"],
    "JP": ["<<高血圧>>の薬を飲み忘れた", "<<膝>>が痛いと言っている"],
    "CN": ["<<血压>>又高了", "奶奶的<<糖尿病>>"],
    "KR": ["<<혈압>>이 높아요", "<<무릎>>이 아프대요"],
    "SA": ["<<السكري>> مرتفع اليوم", "<<ضغط الدم>> عالي"],
    "IN": ["<<मधुमेह>> की दवा ले ली", "{rel} ka <<blood sugar>> high hai"],
}

TYPE_FORMS = {"full", "first", "last", "lf", "caps", "lower", "firstlow", "firstcaps", "lastcaps", "mid", "nick", "init"}


class Ctx(dict):
    def __init__(self, rng, region, cc):
        super().__init__()
        self.r, self.g = rng, Gen(rng)
        self.region, self.cc = region, cc
        self.people = {}
        self.used_keep = set()

    def __missing__(self, key):
        v = self.make(key)
        self[key] = v
        return v

    def pick_keep(self, pool, base):
        for _ in range(20):
            w = self.r.choice(pool)
            if w not in self.used_keep:
                break
        self.used_keep.add(w)
        return f"<<{w}>>"

    def make(self, key):
        r, g = self.r, self.g
        reg = self.region
        if key.startswith("U_"):
            reg, key = "U", key[2:]
        elif key.startswith("I_"):
            reg, key = "I", key[2:]
        cc = self.cc
        m = re.fullmatch(r"p(\d)_(\w+)", key)
        if m:
            idx, form = m.group(1), m.group(2)
            pk = (reg, idx)
            if pk not in self.people:
                self.people[pk] = g.us_person() if reg == "U" else g.intl_person(cc)
            p = self.people[pk]
            pr = "I" if (reg == "I" or not p.latin) else "U"
            if form in TYPE_FORMS:
                return f"[[P@{pr}|{g.person_form(p, form)}]]"
            if form == "email":
                return f"[[E@{pr}|{g.email_for(p, cc if reg == 'I' else None)}]]"
            if form == "url":
                return f"[[W@{pr}|{g.url_for(p)}]]"
            if form == "dob":
                return f"[[D@{reg}|{g.dob(cc if reg == 'I' else None)}]]"
            raise KeyError(key)
        base = re.sub(r"\d+$", "", key)
        lc = "U" if reg == "U" else cc
        # ---- keep words
        if base == "drug":
            return self.pick_keep(US_DRUGS, base)
        if base == "supp":
            return self.pick_keep(V.SUPPLEMENTS, base)
        if base == "cond":
            return self.pick_keep(EN_CONDS, base)
        if base == "lab":
            return self.pick_keep(EN_LABS, base)
        if base == "body":
            return self.pick_keep(EN_BODY, base)
        if base == "rel":
            return self.pick_keep(REL.get(lc, REL["U"]), base)
        if base == "title":
            return self.pick_keep(TITLE.get(lc, ["Dr."]), base)
        if base == "org":
            return self.pick_keep(ORG.get(lc, ORG["U"]), base)
        if base == "help":
            return self.pick_keep(HELP.get(lc, HELP["U"]), base)
        if base == "month":
            return self.pick_keep(V.MONTHS[:12], base)
        if base == "wday":
            return self.pick_keep(V.WEEKDAYS[:7], base)
        if base == "contr":
            return self.pick_keep(V.CONTRACTIONS, base)
        if base == "clin":
            pool = CLIN
            if reg == "I" and cc in CLIN_LANG and r.random() < 0.45:
                pool = CLIN_LANG[cc]
            return r.choice(pool).format_map(self)
        # ---- identifiers
        if base in ("addr", "addrml", "addrsl", "street"):
            if reg == "U":
                return f"[[L@U|{g.us_addr({'addr': 'line', 'addrml': 'ml', 'addrsl': 'sloppy', 'street': 'street'}[base])}]]"
            return f"[[L@I|{g.intl_addr(cc, 'ml' if base == 'addrml' else 'line')}]]"
        if base == "pobox":
            return f"[[L@U|{g.pobox()}]]"
        if base == "mil":
            return f"[[L@U|{g.military()}]]"
        if base == "rr":
            return f"[[L@U|{g.rural()}]]"
        if base in ("city", "citycaps", "cityst", "cityzip"):
            if reg == "U":
                return f"[[L@U|{g.us_city(base)}]]"
            c = g.intl_city(cc)
            return f"[[L@I|{c.upper() if base == 'citycaps' else c}]]"
        if base in ("phone", "phonex"):
            if reg == "U":
                return f"[[T@U|{g.us_phone(ext=(base == 'phonex'))}]]"
            return f"[[T@I|{g.intl_phone(cc)}]]"
        if base == "vanity":
            return f"[[T@U|{g.vanity()}]]"
        if base == "ssn":
            return f"[[S@U|{g.ssn()}]]"
        if base == "dob":
            return f"[[D@{reg}|{g.dob(cc if reg == 'I' else None)}]]"
        if base == "mrn":
            if reg == "U":
                return f"[[M@U|{g.mrn_value('mrn')}]]"
            return f"[[M@I|{g.intl_mrn(cc)[1]}]]"
        if base == "mrnlab":  # label + value
            if reg == "U":
                lab, kind = r.choice([("MRN", "mrn"), ("MRN:", "mrn"), ("mrn#", "mrn"), ("Medical record #", "mrn2"),
                                      ("chart #", "chart"), ("chart no.", "chart"), ("Member ID", "member"),
                                      ("member id:", "member"), ("<<Medicaid>> #", "medicaid"), ("Medicaid ID", "medicaid"),
                                      ("<<Kaiser>> MRN", "kaiser"), ("Patient ID", "mrn2"), ("MR#", "mrn"), ("acct/MRN", "mrn")])
                if lab == "Medicaid ID":
                    lab = "<<Medicaid>> ID"
                return f"{lab} [[M@U|{g.mrn_value(kind)}]]"
            lab, val = g.intl_mrn(cc)
            lab = lab.replace("NHS", "<<NHS>>").replace("SUS", "<<SUS>>").replace("PhilHealth", "<<PhilHealth>>")
            return f"{lab} [[M@I|{val}]]"
        if base == "medicare":
            return f"[[M@U|{g.mbi()}]]"
        if base == "member":
            return f"[[M@U|{g.mrn_value('member')}]]"
        if base == "iban":
            return f"[[A@I|{g.iban(cc if reg == 'I' else None)}]]"
        if base == "ibanlab":
            lab = r.choice(["IBAN", "IBAN:", "iban", "IBAN no.", "", "bank (IBAN)"])
            return (lab + " " if lab else "") + f"[[A@I|{g.iban(cc if reg == 'I' else None)}]]"
        if base == "card":
            return f"[[A@{reg}|{g.card()}]]"
        if base == "cardlab":
            lab = r.choice(["card", "cc", "visa", "credit card", "CC#", "card number", "debit card", "Card no."])
            return f"{lab} [[A@{reg}|{g.card()}]]"
        if base == "routing":
            return f"[[A@U|{g.routing()}]]"
        if base == "acct":
            return f"[[A@{reg}|{g.bank_acct()}]]"
        if base == "email":
            p = g.us_person() if reg == "U" else g.intl_person(cc)
            return f"[[E@{reg}|{g.email_for(p, cc if reg == 'I' else None)}]]"
        raise KeyError(key)


# ----------------------------------------------------------------------------- templates
# (region requirement, template).  A = any context, U = US only, I = international only.
T = {}
T["lower_case"] = [
    ("A", "here is the fundraiser {p1_url} for {p1_firstlow}s {cond} treatment, pls share. organizer is {p2_lower} {phone}"),
    ("U", "{p1_firstlow} needs {rel}s social for the {org} form, its {ssn}. dob {p1_dob}. delete after"),
    ("A", "{p1_firstlow} said {rel} skipped the {drug} again this morning. can someone call {p1_firstlow} at {phone}? i'm stuck at work"),
    ("A", "hey its {p1_lower}, new address for {rel} is {addr} if the pharmacy asks. {clin}"),
    ("A", "reminder {p2_firstlow} and {p3_firstlow}: {rel} has the {lab} on {wday} at 9. dob is {p1_dob} if the front desk asks"),
    ("U", "ok so {p1_lower} from {org} called back, number is {phonex}. {clin}"),
    ("A", "my email changed, use {p1_email} for the portal. {clin}"),
    ("A", "{p1_lower} ({p1_dob}) {mrnlab}. {clin}"),
    ("A", "moving {rel} to {city} next month so she's closer to {p2_firstlow}. {clin}"),
    ("U", "whoever has the card its {card} exp 09/27, pay the copay pls. {clin}"),
    ("U", "pls dont post {rel}s ssn {ssn} in the group again. {clin}"),
    ("A", "{p1_firstlow} can u text {p2_firstlow} at {phone} and say the {drug} refill is ready"),
    ("A", "fyi {p1_lower} is the new aide, starts {wday}. her cell {phone}, lives over by {street}. {clin}"),
    ("U", "sent the rent for {rel} to {addrsl}. also {clin}"),
    ("A", "lol {p1_firstlow} u spelled {drug} wrong again. anyway {clin}. {p2_lower} is bringing soup"),
    ("A", "i think the old address {addrsl} is still on file w the insurance. {clin}"),
]
T["all_caps"] = [
    ("A", "PLEASE SHARE {p1_url} - {p1_caps} NEEDS HELP WITH {cond} BILLS. QUESTIONS: {phone}"),
    ("U", "{p1_caps} NEEDS A RIDE TO <<dialysis>> {wday}. PICKUP AT {addr}. CALL {phone}"),
    ("A", "PATIENT: {p1_lf} DOB {p1_dob} {mrnlab} ALLERGIC TO <<penicillin>>"),
    ("A", "TELL {p2_firstcaps} {rel} FELL AGAIN. {clin}. HER PHONE {phone}"),
    ("A", "DO NOT GIVE {drug} TO {p1_caps}!!! {clin}"),
    ("A", "NEW NUMBER FOR {p1_firstcaps}: {phone}. OLD ONE IS DEAD. {clin}"),
    ("A", "{p1_caps} - {addrml} - {clin}"),
    ("U", "SHIP TO {p1_caps}\n{addrml}\nATTN: {drug} REFILL"),
    ("A", "EMERGENCY CONTACT {p2_caps} {phone} / {p2_email}\nDX: {cond}"),
    ("A", "I'M AT {citycaps} WITH {rel}. {clin}. CALL {p3_firstcaps} IF YOU CAN'T REACH ME"),
    ("U", "MEDICARE ID {medicare} FOR {p1_lf}. {contr} LOSE IT THIS TIME, WE NEED IT FOR THE {drug}"),
    ("A", "{p1_lastcaps} FAMILY: {rel} IS HOME FROM THE HOSPITAL. {clin}"),
    ("U", "SSN {ssn} DOB {p1_dob} NAME {p1_caps} - FOR THE <<Medicaid>> FORM ONLY. {cond} LISTED AS PRIMARY"),
]
T["speaker_label"] = [
    ("U", "{p1_first}: the form wants {rel}'s social, it's {ssn}, DOB {p2_dob}\n{p2_first}: ok, and the {drug} list?"),
    ("A", "{p1_first}: I made a page for {rel}: {p1_url}\n{p2_first}: {clin}"),
    ("A", "{rel} {p1_first}: {clin}\n{p2_first}: ok I'll call the office at {phone}"),
    ("A", "{p1_first}: {rel} took the {drug} at 8\n{p2_first}: thanks!! {clin}"),
    ("A", "Daughter {p1_first}: address for the home nurse is {addr}\nSon {p2_first}: got it, gate code is 4411, {clin}"),
    ("A", "{p1_full}: can someone confirm {rel}'s DOB is {p2_dob}? the lab needs it for the {lab}"),
    ("A", "[{p1_first}] {clin}\n[{p2_first}] {contr} worry, {p3_first} is on it"),
    ("A", "{p1_first} ({rel}'s aide): {clin}. my cell {phone}"),
    ("A", "Nurse {p1_first}: {mrnlab} updated. {clin}\n{p2_first}: thank you!"),
    ("A", "{p1_lower}: {clin}\n{p2_lower}: omg ok\n{p1_lower}: call me {phone}"),
    ("A", "Husband {p1_first}: {clin}. email me at {p1_email} not the old one"),
    ("A", "{p1_full}: {rel} is staying with me in {city} this week. {clin}"),
    ("A", "Grandson {p1_nick}: I can drive {rel} {wday}, I'm at {street}\n{p2_first}: perfect, {clin}"),
]
T["list"] = [
    ("A", "Tasks this week:\n- {p1_first}: pick up {drug} at {org}\n- {p2_first}: call the clinic {phone}\n- {p3_first}: {clin}"),
    ("A", "Who's on the call: {p1_first}, {p2_first} and {p3_first}. Agenda: {clin}; bills; {rel}'s {lab}"),
    ("A", "contacts for {rel}:\n1. {p1_full} {phone}\n2. {p2_full} {phone2}\n3. {p3_full} {p3_email}\n(all know about the {drug})"),
    ("A", "Meds for {p1_full}:\n* {drug} \n* {drug2}\n* {supp}\nPharmacy phone {phone}"),
    ("U", "Things to bring {wday}:\n- insurance card (member id {member})\n- list of meds ({drug}, {drug2})\n- {rel}'s ID"),
    ("A", "Rotation: {p1_first} Mon, {p2_first} Tue/Wed, {p3_first} Thu, {p4_first} weekend. {clin}"),
    ("A", "• {p1_full} - DOB {p1_dob}\n• {p2_full} - DOB {p2_dob}\n• both need the flu shot, {clin}"),
    ("A", "addresses for the get-well cards:\n{p1_full}, {addr}\n{p2_full}, {addr2}\n{rel} says thank you, the {body} is healing"),
    ("A", "1) call {p1_first} back ({phonex})\n2) ask about the {drug}\n3) {clin}"),
    ("A", "{p2_first}, {p3_first} and {p1_first} are coming {wday}. {clin}"),
]
T["run_on"] = [
    ("A", "so {rel} called me at like 6am and said she couldn't find her {drug} and I told her it's in the blue box but she didn't listen and then {p1_first} came over and found it under the couch and anyway {clin} and {p1_first}'s number is {phone} if you need her"),
    ("A", "ok long story but {p1_full} from church drove {rel} to the ER in {city} last night because of the {body} and they did a {lab} and it was fine but now they want her to follow up and the paperwork has her old address {addr} which is wrong"),
    ("A", "I just got off the phone with the insurance and they said the member id is {mrn} and the claim for the {lab} was denied because the DOB was entered as {p1_dob} and I don't even know where they got that and {contr} even get me started on the {drug} copay"),
    ("A", "{p1_first} and {p2_first} were supposed to split the week but {p2_first} got sick so I'm doing {wday} and {wday2} and honestly {clin} and if anyone can cover call me {phone} or email {p3_email}"),
    ("A", "we finally moved {rel} into the place at {addrml} and she hates it already she says the food is bad and {clin} but {p1_full} the manager is nice and her line is {phonex}"),
    ("A", "my brother {p1_first} wants me to send money to his account {ibanlab} for {rel}'s hospital bill which is fine but {clin}"),
    ("U", "the social worker {p1_full} said {rel} qualifies for {org} home care if we send the SSN {ssn} and proof of address {addr} and the {lab} results which I did on {wday} so now we wait"),
]
T["signature"] = [
    ("U", "Thanks so much for your help with {rel}'s {drug}.\n\n{p1_full}\n{addr}\nCell: {phone}\n{p1_email}"),
    ("A", "Please see the updated med list attached. {clin}.\n\nBest,\n{p1_full}\n{phone}"),
    ("U", "{clin}.\n--\n{title} {p1_full}\nCare Coordinator, Geriatric Clinic\nDirect {phonex} | Fax {phone2}\n{p1_email}"),
    ("A", "Let me know if {rel} needs anything else for the {cond}.\n\nWarmly,\n{p1_first}\n{p1_url}"),
    ("A", "{clin}\n\n— {p1_full} | {city} | {phone}"),
    ("A", "{clin}\n\nSent from my iPhone\n{p1_full}\n{addrml}"),
    ("A", "Regards,\n{p1_mid}\nHome Health Aide\nM: {phone}\nE: {p1_email}\n{clin}"),
    ("U", "Cheers,\n{p1_nick} ({p1_full})\n{vanity} - we haul anything!\n{clin}"),
    ("A", "xoxo {p1_first}\n\nP.S. {clin}. My new email is {p1_email}"),
]
T["form"] = [
    ("U", "Name: {p1_full}\nDOB: {p1_dob}\nSSN: {ssn}\nAddress: {addr}\nPhone: {phone}\nAllergies: <<penicillin>>\nCurrent meds: {drug}, {drug2}"),
    ("U", "PATIENT NAME: {p1_lf}\nDATE OF BIRTH: {p1_dob}\nSSN: {ssn}\nMRN: {mrn}\nPRIMARY DX: {cond}\nEMERGENCY CONTACT: {p2_full} ({rel}) {phone}"),
    ("A", "Full name ______ {p1_full}\nEmail ______ {p1_email}\nTel ______ {phone}\nCondition(s) ______ {cond}"),
    ("U", "Last name: {p1_last}\nFirst name: {p1_first}\nBirthdate: {p1_dob}\nSocial: {ssn}\nMedicare #: {medicare}\nPharmacy: {org}\nMedications: {drug}"),
    ("A", "Patient | {p1_full}\nDOB | {p1_dob}\nAddress | {addrml}\nLab ordered | {lab}"),
    ("U", "Direct deposit form\nAccount holder: {p1_full}\nRouting number: {routing}\nAccount number: {acct}\nReason: reimbursement for {drug}"),
    ("A", "Payee: {p1_full}\n{ibanlab}\nAmount: 240.00\nMemo: {rel}'s {drug}"),
    ("U", "Caregiver application\nApplicant: {p1_full}\nSSN: {ssn}\nHome: {addrsl}\nCell: {phone}\nCPR certified: yes\nNotes: {clin}"),
    ("A", "[x] consent signed\nname: {p1_lower}\ndob: {p1_dob}\nphone: {phone}\nreason for visit: {cond}"),
    ("U", "Mail-order pharmacy enrollment\nMember: {p1_lf}\nMember ID: {member}\nShip to: {pobox}\nDrug: {drug}\nPay with {cardlab}"),
]
T["international"] = [
    ("I", "{rel} {p1_full} is staying with us from {city}. Her number there is {phone}. {clin}"),
    ("I", "Address for {p1_full}: {addrml}. {clin}"),
    ("I", "{p1_full} (born {p1_dob}) — {mrnlab}. {clin}"),
    ("I", "Please transfer the money for {rel}'s medicine to {p1_full}, {ibanlab}. {clin}"),
    ("I", "Call my cousin {p1_first} in {city}: {phone}, or write to {p1_email}. {clin}"),
    ("I", "{clin}. {p1_full}'s doctor in {city} is {title} {p2_last}, phone {phone}"),
    ("I", "Dear {p1_first}, {clin}. We will send the documents to {addr}. Kind regards, {p2_full}"),
    ("I", "{p1_full} {p1_dob} {addr} {phone} {cond}"),
    ("I", "{rel}'s flight lands {wday}. She will stay at {addr} with {p1_full} ({phone}). {clin}"),
    ("I", "My sister {p1_first} sent {rel}'s records from {city}: {mrnlab}, DOB {p1_dob}. {clin}"),
    ("I", "{rel} ({cond}):\n{p1_full}\n{addrml}\n{phone}\n{p1_email}"),
    ("I", "Bank details for {p1_full} at home: {ibanlab}. {clin}"),
]
T["clinician_note"] = [
    ("U", "SW note: {p1_full} (DOB {p1_dob}, SSN {ssn}) applying for {org}. Lives at {addr}. Dx {cond}. Daughter {p2_full} {phone} assists."),
    ("U", "Pt {p1_full}, DOB {p1_dob}, {mrnlab}. Seen for {cond}. Continue {drug}; start {drug2}. {lab} ordered. Daughter {p2_first} present, reachable at {phone}."),
    ("U", "S: {p1_first} reports {body} pain x3 days. O: BP 142/88. A: {cond}. P: {drug}, recheck {lab} in 2 wks. Lives at {addr} with spouse {p2_first}."),
    ("A", "RN note: visited {p1_full} at home ({addr}). {clin}. Wound on {body} healing. Next visit {wday}."),
    ("U", "SW note: {p1_lf} ({mrnlab}) lives alone at {addr}. {cond}. Emergency contact {p2_full} {phone}. Referred to {org}."),
    ("A", "{title} {p1_last} called re: {p2_full} DOB {p2_dob}. {clin}. Callback {phonex}."),
    ("A", "Med rec for {p1_full}: {drug} 10 mg daily, {drug2} PRN, {supp} OTC. {cond}. Pharmacy {org}."),
    ("U", "Hospice intake: {p1_caps}, {p1_dob}, {medicare}. Dx {cond}. Primary caregiver {rel} ({p2_full}), {phone}."),
    ("A", "Pharmacist note: {p1_full} ({mrnlab}) on {drug} + {supp} — counseled. Family contact {p2_email}."),
    ("U", "PT eval: {p1_full} (DOB {p1_dob}), {body} weakness after {cond}. Home at {addr} has 12 stairs."),
    ("I", "Consult note: {p1_full}, {mrnlab}, DOB {p1_dob}, visiting from {city}. {clin}. Local contact {phone}."),
]
T["general_text"] = [
    ("A", "{p1_full}'s recovery page is {p1_url}, please share. {clin}"),
    ("A", "Meal train for {rel}: {p2_url} sign up! Organizer {p2_full} {phone}. {clin}"),
    ("U", "Hi all, {rel} has moved! New address: {addr}. Same phone {phone}. {contr} send mail to the old place."),
    ("A", "Does anyone know a good plumber? {p1_first} recommended {p2_full}, {phone}. {rel} has a leak under the sink again."),
    ("A", "Change of address for {p1_full}: from {addr} to {addr2}, effective {month} 1."),
    ("U", "Package for {p1_full} got delivered to {addr} by mistake, it's at the front desk. Looks like {drug} from the mail order."),
    ("A", "Happy birthday {p1_first}!! {rel} says call her at {phone} tonight. {contr} forget!"),
    ("A", "{p1_full} is selling her car since the {cond}, text {phone} or email {p1_email}."),
    ("U", "Mail forwarding: everything for {p1_full} goes to {pobox} until {month}."),
    ("A", "Wedding is in {city}! Rooms are booked under {p1_full}. Details on {p1_url}. {rel} is coming if the {body} holds up"),
    ("U", "My son {p1_first} is deployed, his address is {p1_full}, {mil}. {rel} wants to send cookies."),
    ("U", "The farm address for deliveries is {rr}, ask for {p1_first}. {contr} leave the {drug} on the porch."),
    ("A", "Lost dog near {street}! Call {p1_first} at {phone}. {contr} chase him, he bites."),
    ("A", "Book club at {p1_first}'s house {wday}, {addr}. Bring snacks, {p2_first} has a nut allergy."),
]
T["voicemail"] = [
    ("U", "Voicemail from {phone}: \"This is {p1_full}, verifying {p2_full}, date of birth {p2_dob}, social {ssn}, for the {org} application. Call {phonex}.\""),
    ("U", "Voicemail from {phone} ({wday} 4:12pm): \"Hi this is {p1_full} from {org}, calling about {p2_full}'s {drug} prior auth, please call me back at {phonex}.\""),
    ("A", "VM transcript: hey it's {p1_first}, um, {rel} is fine, {clin}, call me back at {phone} when you get this, bye"),
    ("U", "New voicemail (0:42) from {p1_full}: \"...this message is for {p2_full}, date of birth {p2_dob}, your {lab} results are ready, call {phonex}...\""),
    ("A", "Voicemail: \"Hello, this is {title} {p1_last}'s office confirming {p2_full} for {wday} at ten. {clin}. Our number is {phone}.\""),
    ("A", "vm from unknown {phone}: \"it's {p1_first} from next door, {rel} fell in the driveway, she's ok, {clin}\""),
    ("U", "Transcribed voicemail: \"Hi {p1_first}, this is {p2_full} with billing, account for {p3_full}, {mrnlab}, about the {lab}, please call {phonex} between 8 and 5.\""),
    ("I", "Voicemail from {phone}: \"Hi it's {p1_first} calling from {city}, {rel} is asking for you, {clin}, my number here is {phone}.\""),
    ("A", "VOICEMAIL - {p1_full} - re: {rel} - callback {phone} - {clin}"),
]
T["group_chat"] = [
    ("A", "[9:14 PM] {p1_first}: {clin}\n[9:15 PM] {p2_first}: ugh ok\n[9:20 PM] {p3_first}: I'll call {title} {p4_last} tmrw"),
    ("A", "{p1_first} added {p2_full} to the group\n{p2_first}: hi everyone! {clin}\n{p1_first}: welcome, my cell is {phone}"),
    ("A", "{p1_first}: who has {rel} on {wday}?\n{p2_first}: me\n{p3_first}: {clin}\n{p2_first}: 👍"),
    ("A", "{p1_full} changed the group name to \"{rel} Care Team\"\n{p1_first}: {clin}"),
    ("A", "{p1_firstlow}: anyone have the pharmacy number\n{p2_firstlow}: {phone}\n{p1_firstlow}: thx. {clin}"),
    ("A", "{p1_first}: I'm staying at {p2_first}'s place at {addr} tonight\n{p3_first}: ok. {clin}"),
    ("A", "{p1_first} ❤️: {clin}\n{p2_first}: sending the link {p2_url}\n{p3_first}: shared!"),
    ("A", "{p1_first}: {rel}'s {mrnlab}, save it somewhere\n{p2_first}: saved. {clin}"),
]
T["forwarded"] = [
    ("A", "Fwd: \"Hi everyone, updates on {p1_full}'s {cond} are at {p1_url}. Love, {p2_full} ({p2_email})\""),
    ("A", "---------- Forwarded message ---------\nFrom: {p1_full} <{p1_email}>\nDate: {wday}\nSubject: {rel}\n\n{clin}. Call me at {phone}."),
    ("A", "Fwd: from {p1_first}: \"{clin}. Her new address is {addr}.\""),
    ("A", "> On {wday}, {p1_full} wrote:\n> {clin}\n> my cell is {phone}\n\nSee above, can someone answer {p1_first}?"),
    ("A", "Forwarding this from the portal:\n\"Dear {p1_full}, your {lab} is scheduled. {mrnlab}. Questions: {phonex}.\""),
    ("A", "FW: {rel}'s appointment\n-----Original Message-----\nFrom: {p1_email}\nTo: {p2_email}\n{clin}"),
    ("A", "Forwarded from {p1_first}: new card for the pharmacy account is {cardlab}, {clin}"),
    ("I", "Fwd from {p1_first} in {city}: \"{clin}. Send the transfer to {ibanlab}. Thanks, {p1_full}\""),
    ("A", "Begin forwarded message:\n\nFrom: {p1_full} <{p1_email}>\nSubject: records\n\n{p2_full}, DOB {p2_dob}, {mrnlab}. {clin}."),
]
T["billing"] = [
    ("U", "Financial assistance form for {p1_full}: SSN {ssn}, DOB {p1_dob}, household of 2 at {addr}. Bill was for the {lab}."),
    ("U", "Hi, I'm calling about a bill for {p1_full}, account {acct}, DOS {month} 3. The {lab} should be covered by {org}."),
    ("U", "Billing question: we were charged twice on {cardlab} for {rel}'s {drug}. Patient {p1_full}, {mrnlab}."),
    ("U", "Please update autopay for {p1_full}: routing {routing}, account {acct}. {clin}"),
    ("U", "Statement for {p1_lf}, SSN xxx-xx-xxxx on file as {ssn}, {addr}. Amount due $84.20 for {lab}. Call billing at {phonex}."),
    ("I", "Refund for {p1_full} should go to {ibanlab}, not the card. {clin}"),
    ("U", "Hi billing office, {rel}'s Medicare is {medicare} and secondary is {org}, member ID {member}. DOB {p1_dob}. The {drug} was billed wrong."),
    ("U", "Payment of $120 made with {cardlab} for {p1_full}. Confirmation sent to {p1_email}. Covers the {drug} and {supp}."),
    ("A", "Invoice to {p1_full}, {addr}. Home care hours in {month}: 42. {clin}"),
    ("U", "Pharmacy says {rel}'s {drug} copay is $47 unless we use the discount card. Cardholder {p1_full}, {cardlab}."),
    ("U", "ACH for {p1_full}: bank routing # {routing} / acct # {acct}. Reimbursement for {supp} and {drug}."),
]
T["typos"] = [
    ("U", "ssn for {rel} is {ssn} i thnik, dob {p1_dob}. need it for the {drug} asistance form"),
    ("A", "her carepage is {p1_url} if u wnat to folow {p1_first}s {cond} updats"),
    ("A", "{p1_first} sed {rel} didnt tkae her {drug} agian, can u cal her at {phone}"),
    ("A", "new adress for {rel} is {addrsl} pls updat the pharmacy. {clin}"),
    ("A", "teh nurse {p1_full} is comming {wday} to chek the {body}, her numbr {phone}"),
    ("A", "{rel}s dob is {p1_dob} not the othr one, tell {p2_first}. {clin}"),
    ("A", "cant find the insurence card, {mrnlab} i thnk?? {clin}"),
    ("A", "emial {p1_email} abuot the {lab} pls, {p1_first} is wating"),
    ("U", "i paid w {cardlab} but it got declind, {clin}"),
    ("A", "{p1_lower} wil pick up {rel} at {addr} arond 5. {clin}"),
]
T["multi_identifier"] = [
    ("U", "{p1_full} (DOB {p1_dob}, SSN {ssn}) lives at {addr}. Phone {phone}, email {p1_email}, {mrnlab}. {clin}"),
    ("A", "Contacts: {p1_full} {phone} {p1_email}; {p2_full} {phone2} {p2_email}; {p3_full} {phone3}. {clin}"),
    ("U", "For the transfer: patient {p1_lf}, DOB {p1_dob}, {mrnlab}, Medicare {medicare}, address {addrml}, daughter {p2_first} {phonex}. {clin}"),
    ("A", "{p1_full}, {addr}, {phone}, born {p1_dob}; {rel} of {p2_full}, {p2_email}. {clin}"),
    ("U", "Please pay {p1_full} from {rel}'s account: routing {routing}, acct {acct}; or {cardlab}. Receipt to {p1_email}. {clin}"),
    ("I", "{p1_full}, {addr}, {phone}, {p1_email}, {ibanlab}, {mrnlab}. {clin}"),
    ("A", "Staff list: {p1_full} ({phone}), {p2_full} ({phone2}), {p3_full} ({p3_email}), {p4_full}. {clin}"),
    ("U", "{p1_full}\n{addrml}\nDOB {p1_dob} | SSN {ssn} | {mrnlab}\n{phone} | {p1_email}\n{clin}"),
    ("A", "Visitors this week for {p1_full}: {p2_full}, {p3_full}, {p4_first}. Call {phone} or {phone2}. {clin}"),
]
STYLES = list(T)
TRANSFORM = {"lower_case": "lower", "all_caps": "upper", "typos": "typo"}

_WRAP = re.compile(r"(?<![<\w])(Daughter|Son|Nurse|Husband|Grandson|daughter|brother|sister|cousin|son|Aunt)(?= \{p)")
for _st in T:
    T[_st] = [(a, _WRAP.sub(r"<<\1>>", b)) for a, b in T[_st]]

# ---- second batch: more URLs, SSNs, account numbers and addresses
MORE = {
    "lower_case": [
        ("A", "{p1_firstlow}s updates r on {p1_url} now, easier than texting everyone. {clin}. mail cards to {addr}"),
        ("U", "found {rel}s old w-2, ssn {ssn}, address on it is {addrsl}. {clin}"),
    ],
    "all_caps": [
        ("U", "{p1_caps} SSN {ssn} ADDRESS {addr} — <<Medicare>> WANTS IT FOR THE {drug} APPEAL"),
        ("A", "WIRE FOR {rel}'S {cond} TREATMENT: {ibanlab} ({p1_caps})"),
    ],
    "speaker_label": [
        ("A", "{p1_first}: pay {p2_first} back for the {drug}? her venmo is {p2_url}\n{p3_first}: done"),
        ("A", "<<Sister>> {p1_first}: the new place is {addrml}\n{p2_first}: is it close to the {cond} clinic?\n{p1_first}: 10 min"),
    ],
    "list": [
        ("A", "Links for {rel}'s care:\n- journal: {p1_url}\n- meal train: {p2_url}\n- {drug} instructions from the pharmacy\nQuestions to {p1_first} {phone}"),
        ("U", "Docs to bring to the {org} office:\n1. SSN card ({ssn})\n2. proof of address ({addr})\n3. {lab} results\n4. bank letter, routing {routing} acct {acct}"),
        ("A", "Where everyone lives now:\n{p1_first} - {addr}\n{p2_first} - {addr2}\n{p3_first} - {city}\n({rel}'s {cond} means we rotate)"),
    ],
    "run_on": [
        ("A", "so I started a fundraiser {p1_url} because {rel}'s {cond} treatment isn't covered and {p2_full} said she'd share it and the money goes straight to {p1_first}'s account {acct} so please share"),
        ("U", "I spent three hours at the {org} office with {rel} and they needed her SSN {ssn} and then the card for the copay {cardlab} and then they said the {lab} has to be redone at {addr} anyway"),
    ],
    "signature": [
        ("A", "{clin}.\n\n{p1_full}\nFamily caregiver & blogger\n{p1_url}\n{phone}"),
        ("U", "Thank you for covering {rel}'s {drug}.\n\n{p1_full}, CNA\n{addr}\n{p1_url}"),
    ],
    "form": [
        ("U", "Volunteer driver sign-up\nName: {p1_full}\nSSN (for background check): {ssn}\nHome: {addrml}\nWebsite/social: {p1_url}\nCan drive to {cond} appointments: yes"),
        ("A", "Caregiver profile\nName: {p1_full}\nCity: {city}\nProfile: {p1_url}\nEmail: {p1_email}\nExperience: {cond}, {drug} management"),
        ("U", "Refund request\nPatient: {p1_full}\nDOB: {p1_dob}\nRefund to card: {card}\nOr bank: routing {routing}, account {acct}\nService: {lab}"),
    ],
    "international": [
        ("I", "{p1_full} writes about {rel}'s {cond} at {p1_url}. She lives at {addr}, {phone}."),
        ("I", "For {rel}'s nurse in {city}: please pay {p1_full}, {ibanlab}, and send receipts to {p1_email}. {clin}"),
    ],
    "clinician_note": [
        ("U", "SW: {p1_full}, SSN {ssn}, DOB {p1_dob}, {addr}. Eligible for {org}. {cond}; son {p2_full} maintains page {p2_url}."),
        ("A", "Discharge: {p1_full} to {addr}. {mrnlab}. {clin}. Follow-up {lab}. Contact {p2_full} {phone}."),
    ],
    "general_text": [
        ("A", "{p1_full} just launched {p1_url} for her pottery! Pickups at {addr}. (She's doing great after the {cond}.)"),
        ("U", "Estate sale for {p1_full} at {addr}, {wday} 8-2. Proceeds help with her {cond} care. Venmo {p1_url}"),
    ],
    "voicemail": [
        ("A", "Voicemail from {phone}: \"Hi it's {p1_first}, I put {rel}'s photos on {p1_url}, and {clin}. Love you, bye.\""),
        ("U", "VM: \"This is {p1_full} at the {org} billing line for {p2_full}, we need the routing {routing} and account {acct} confirmed for the {drug} refund, call {phonex}.\""),
    ],
    "group_chat": [
        ("A", "{p1_first}: posted the update on {p1_url}\n{p2_first}: 🙏 {clin}\n{p3_first}: sending to {p4_first}"),
        ("A", "{p1_first}: new address for cards: {addr}\n{p2_first}: got it. {clin}\n{p1_first}: also {p1_url} has the schedule"),
    ],
    "forwarded": [
        ("A", "Fwd from {p1_email}:\n\"Hi all, {p2_full}'s {cond} page moved to {p2_url}. New address {addr}.\""),
        ("U", "FW: form from {p1_full}\n> SSN {ssn}\n> DOB {p1_dob}\n> {addr}\n> {clin}"),
    ],
    "billing": [
        ("U", "Hello, {p1_full} here. Please refund the {lab} overpayment to {cardlab}, or routing {routing} account {acct}. Mail statements to {addrml}."),
        ("I", "Invoice: home care for {p1_full}, {month}. Pay to {ibanlab} (holder {p2_full}). {clin}"),
    ],
    "typos": [
        ("U", "my ssn is {ssn} and adress {addrsl}, pls fix teh form for the {drug}"),
        ("A", "we movd {rel} to {addr}, the new carepage is {p1_url}. {clin}"),
    ],
    "multi_identifier": [
        ("U", "{p1_full} | {addr} | {phone} | {p1_email} | {p1_url} | SSN {ssn} | {cardlab} | {clin}"),
        ("I", "{p1_full}, {p1_dob}, {addrml}, {phone}, {p1_url}, {ibanlab}. {clin}"),
        ("U", "Family: {p1_full} ({addr}), {p2_full} ({addr2}), {p3_full} ({city}). Bills: routing {routing}, acct {acct}. {clin}"),
    ],
}
for _st, _l in MORE.items():
    T[_st] += [(a, _WRAP.sub(r"<<\1>>", b)) for a, b in _l]
