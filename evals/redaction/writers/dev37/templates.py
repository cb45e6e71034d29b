"""Templates for the non-hand half of dev37 (written for this file; filled with Faker values by gen.py).

Slots:  {KIND<n>} or {KIND<n>@i} (force INTL) / {KIND<n>@u} (force US)
  NAME full name | FIRST given name | LAST family name | ADDR one-line address | ADDRM multi-line address
  CITYST "City, ST" (US) or city (INTL) | CITY city alone | CSZ "City, ST 62704" (US only) | MIL military address
  PHONE | VANITY | EMAIL | URL | SSN | MRN | DOB | IBAN | CARD | ROUT (routing) | ACCT (bank account no.)
Keep slots: [DRUG] [COND] [REL] [ORG] [DAY] [MONTH] [LAB] [BODY] [CONTR] [HELP] and literal [[word]].
Template region: US, INTL (one foreign locale per message) or ANY (INTL with p=0.4).
"""
import re
import unicodedata

import gen

DRUG = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
        "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "prednisone", "insulin glargine",
        "Ozempic", "donepezil", "Xarelto", "furosemide", "omeprazole", "tramadol", "hydrocodone", "losartan",
        "carvedilol", "Keppra", "Sinemet", "trazodone", "buspirone", "Jardiance", "Entresto", "albuterol",
        "Symbicort", "clopidogrel", "Plavix", "fish oil", "vitamin B12", "magnesium", "turmeric", "Zoloft",
        "Lexapro", "quetiapine", "naloxone", "Suboxone", "methotrexate", "Humira", "allopurinol", "tamsulosin"]
COND = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD",
        "Alzheimer's", "dementia", "type 2 diabetes", "heart failure", "CKD", "hypertension", "osteoporosis",
        "sciatica", "neuropathy", "UTI", "pneumonia", "shingles", "gout", "depression", "anxiety", "sleep apnea",
        "macular degeneration", "glaucoma", "rheumatoid arthritis", "DVT", "anemia", "cellulitis", "vertigo"]
LAB = ["Hemoglobin A1c", "INR", "potassium", "creatinine", "TSH", "lipid panel", "CBC", "BMP", "eGFR",
       "vitamin D level", "PSA", "troponin", "BNP", "urinalysis", "ferritin"]
BODY = ["left knee", "hip", "lower back", "right shoulder", "ankles", "chest", "feet", "wrist", "stomach",
        "eyes", "neck", "toes", "heel", "skin"]
REL = ["Mom", "Dad", "Grandma", "Grandpa", "Mum", "Nana", "Papa", "Auntie", "Uncle", "Granddad", "my husband",
       "my wife", "my sister", "my brother", "Daughter", "Son"]
ORG = ["Walgreens", "CVS", "Medicare", "Medicaid", "Mayo Clinic", "Kaiser", "Rite Aid", "Cleveland Clinic",
       "Blue Cross", "Aetna", "Humana", "Costco pharmacy", "the VA", "Meals on Wheels"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
         "November", "December"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "It's", "They're", "Won't", "I've"]
HELP = ["988", "1-800-222-1222", "911"]
KEEPS = {"DRUG": DRUG, "COND": COND, "LAB": LAB, "BODY": BODY, "REL": REL, "ORG": ORG, "DAY": DAY,
         "MONTH": MONTH, "CONTR": CONTR, "HELP": HELP}

T = []


def t(style, region, text):
    T.append((style, region, text))


# ---------------- lower_case ----------------
t("lower_case", "US", "hi its {NAME1}, [REL] is out of [DRUG] again. can u send to the {ORG0} on {CITY1}? my number {PHONE1}")
t("lower_case", "US", "[REL]'s new address is {ADDR1} in case the nurse needs it. [CONTR] forget the [DRUG] on [DAY]")
t("lower_case", "ANY", "this is {FIRST1} ({NAME2}'s daughter). her [LAB] was high. she takes [DRUG]. call {PHONE1} or email {EMAIL1}")
t("lower_case", "US", "dob for [REL] is {DOB1}, ssn {SSN1}. the {ORG0} form wants both for the [COND] program")
t("lower_case", "US", "can {FIRST1} and {FIRST2} both get updates? {FIRST1} {PHONE1}, {FIRST2} {PHONE2}. [REL] has [COND]")
t("lower_case", "ANY", "my card for the copay is {CARD1}, name {NAME1}. it was for the [LAB] last [DAY]")
t("lower_case", "US", "im at {ADDRM1} now, moved in w my daughter. still need [DRUG] for my [COND]. {NAME1}")
t("lower_case", "US", "mrn {MRN1} for [REL]. {NAME1}. he had the [LAB] drawn [DAY], pls check")

# ---------------- all_caps ----------------
t("all_caps", "US", "THIS IS {NAME1}. I NEED MY [DRUG] REFILLED. MY PHONE IS {PHONE1}. I LIVE AT {ADDR1}")
t("all_caps", "US", "PATIENT {NAME1} DOB {DOB1} MRN {MRN1} - [COND] - FOLLOW UP [DAY]")
t("all_caps", "ANY", "MY [REL] {FIRST1} HAS BAD PAIN IN HER [BODY]. CALL ME {PHONE1}. {NAME2}")
t("all_caps", "US", "SEND BILL TO {ADDRM1}\nNOT THE OLD ADDRESS. FOR [REL]'S [DRUG]")
t("all_caps", "US", "MY SOCIAL IS {SSN1} AND BIRTHDAY {DOB1}. [ORG] SAYS THEY CANT FIND ME. {NAME1}")
t("all_caps", "US", "{FIRST1} {LAST1} NEEDS A RIDE TO [ORG] ON [DAY]. PICK UP AT {ADDR1}. [COND].")
t("all_caps", "ANY", "EMAIL ME AT {EMAIL1} NOT TEXT. [CONTR] HAVE A SMART PHONE. {NAME1} - [DRUG] QUESTION")
t("all_caps", "US", "PAY WITH CARD {CARD1} FOR [REL]'S [LAB]. NAME {NAME1}. PHONE {PHONE1}")

# ---------------- speaker_label ----------------
t("speaker_label", "US", "[REL] {FIRST1}: did anyone give the [DRUG]?\n{FIRST2}: yes at 8\n[REL] {FIRST1}: ok thx")
t("speaker_label", "US", "{FIRST1}: her [LAB] is back\n{FIRST2}: what did it say\n{FIRST1}: call me {PHONE1}")
t("speaker_label", "ANY", "Nurse {FIRST1}: how is the [BODY] today?\n{NAME2}: still swollen\nNurse {FIRST1}: keep taking the [DRUG]")
t("speaker_label", "US", "{FIRST1}: I'm at [REL]'s, {ADDR1}\n{FIRST2}: ok I'll bring the [DRUG]\n{FIRST3}: I'll come [DAY]")
t("speaker_label", "ANY", "Daughter {FIRST1}: is the [COND] worse?\nDr. {LAST2}: we'll check a [LAB]\nDaughter {FIRST1}: thank you")
t("speaker_label", "US", "{FIRST1} ({REL_}): he missed the [DRUG] twice\n{FIRST2}: I'll set alarms. my cell is {PHONE1}")
t("speaker_label", "US", "Son {FIRST1}: the pharmacy needs her dob\nMe: {DOB1}\nSon {FIRST1}: and member id?\nMe: {MRN1}")

# ---------------- list ----------------
t("list", "US", "Care team for [REL]:\n- {NAME1} {PHONE1}\n- {NAME2} {PHONE2}\n- {NAME3} {EMAIL1}\nMeds: [DRUG], [DRUG]")
t("list", "US", "To do [DAY]:\n1. call {ORG0} re [DRUG]\n2. mail forms to {ADDR1}\n3. ask Dr. {LAST1} about [COND]")
t("list", "ANY", "Visitors this week: {FIRST1}, {FIRST2} and {FIRST3}. [REL] tired after [LAB] draw.")
t("list", "US", "Info for the new aide:\n• name: {NAME1}\n• address: {ADDR1}\n• DOB: {DOB1}\n• allergies: [DRUG]\n• dx: [COND]")
t("list", "ANY", "Payments:\n* {CARD1} (visa)\n* iban {IBAN1}\n* check from {NAME1}\nFor [REL]'s [COND] care")
t("list", "US", "Contacts\n{NAME1} - {PHONE1}\n{NAME2} - {PHONE2}\n{NAME3} - {PHONE3}\n[HELP] if crisis")
t("list", "US", "[REL]'s accounts\nMedicare ID {MRN1}\nSSN {SSN1}\nbank routing {ROUT1}, acct {ACCT1}\n[DRUG] copay")

# ---------------- run_on ----------------
t("run_on", "US", "so [REL] called me at midnight and said the [DRUG] made her dizzy and then {FIRST1} drove over and she was fine but now she won't take it and I don't know what to do, she's at {ADDR1} and my phone is {PHONE1}")
t("run_on", "US", "we got the bill and it says the [LAB] was out of network but {ORG0} said it was in network and I've called three times and the lady said to email {EMAIL1} which is me actually so I'm confused, patient is {NAME1} born {DOB1}")
t("run_on", "ANY", "my brother {NAME1} lives with [REL] now at {ADDR1} and he's doing his best but he works nights so can someone check on her [BODY] during the day because the [COND] is getting worse, his number is {PHONE1}")
t("run_on", "US", "[CONTR] know if this is the right place but my dad {NAME1} has [COND] and he keeps forgetting the [DRUG] and my sister {FIRST2} thinks we need a nurse and I think we need a pill box and we can't agree so can someone call {PHONE1}")
t("run_on", "US", "ok so the account number they gave me is {ACCT1} and the routing is {ROUT1} and I set up autopay but then it bounced and now they say [REL] owes for the [LAB] and [MONTH] too, I'm {NAME1}")
t("run_on", "ANY", "after the fall last [DAY] {FIRST1} has been sleeping a lot and not eating and the [BODY] is purple and I read online about [COND] and now I'm worried, her chart number is {MRN1} and I'm {NAME2}")

# ---------------- signature ----------------
t("signature", "US", "Thanks for refilling the [DRUG].\n\n{NAME1}\n{ADDRM1}\n{PHONE1}")
t("signature", "ANY", "[CONTR] worry about the [LAB], I'll bring [REL] [DAY].\n--\n{NAME1}\n{EMAIL1} | {PHONE1}")
t("signature", "US", "See attached [COND] diary.\nBest,\n{NAME1}\n{URL1}")
t("signature", "US", "Sent from my iPhone\n{NAME1} | {PHONE1} | {ADDR1}\n(re: [DRUG])")
t("signature", "ANY", "Regards,\n{NAME1}\nCaregiver for [REL]\nMobile {PHONE1}\nWeb {URL1}")
t("signature", "US", "Please call before noon, [REL] naps after [DRUG].\n- {FIRST1}\n{PHONE1} (cell)\n{PHONE2} (home)")
t("signature", "US", "-- \n{NAME1}, RN\nVisiting nurse, [COND] program\n{PHONE1} ext. 22\n{EMAIL1}")

# ---------------- form ----------------
t("form", "US", "Name: {NAME1}\nDOB: {DOB1}\nSSN: {SSN1}\nAddress: {ADDR1}\nPhone: {PHONE1}\nDiagnosis: [COND]")
t("form", "US", "PATIENT INFORMATION\nLast: {LAST1}\nFirst: {FIRST1}\nDate of birth: {DOB1}\nMRN: {MRN1}\nEmail: {EMAIL1}\nMedications: [DRUG]")
t("form", "US", "Emergency Contact Form\nPatient: {NAME1}\nContact: {NAME2} ([REL])\nPhone: {PHONE1}\nAlt phone: {PHONE2}\nAddress: {ADDRM1}")
t("form", "ANY", "Refund request\nName: {NAME1}\nIBAN: {IBAN1}\nReason: [LAB] cancelled\nContact: {EMAIL1}")
t("form", "US", "Payment\nCardholder: {NAME1}\ncredit card: {CARD1}\nBilling address: {ADDR1}\nService: [COND] clinic visit")
t("form", "US", "Member ID: {MRN1}\nSubscriber: {NAME1}\nSubscriber DOB: {DOB1}\nGroup: [ORG]\nRx: [DRUG]")
t("form", "US", "Direct deposit\nAccount holder: {NAME1}\nRouting number: {ROUT1}\nAccount number: {ACCT1}\nPurpose: caregiver pay for [REL]")
t("form", "US", "Military family intake\nService member: {NAME1}\nMailing: {MIL1}\nParent in US: {NAME2}, {ADDR2}\nConcern: [REL]'s [COND]")
t("form", "ANY", "Referral\nPatient: {NAME1}\nBorn: {DOB1}\nPhone: {PHONE1}\nReferring: Dr. {LAST2}\nReason: [COND], [LAB] abnormal")

# ---------------- international ----------------
t("international", "INTL", "My [REL] {NAME1} lives at {ADDR1}. She takes [DRUG] for [COND]. Her phone: {PHONE1}.")
t("international", "INTL", "Please wire the deposit for [REL]'s care home to IBAN {IBAN1}, account holder {NAME1}. Questions to {EMAIL1}.")
t("international", "INTL", "{NAME1}, born {DOB1}, {ADDRM1}\ntel {PHONE1}\n[COND], on [DRUG]")
t("international", "INTL", "We are visiting from {COUNTRY}. [REL] {NAME1} forgot the [DRUG]. Hotel: {ADDR1@u}. My mobile {PHONE1}, US number {PHONE2@u}.")
t("international", "INTL", "Contact in {CITY1}: {NAME1} {PHONE1}, {EMAIL1}. [CONTR] call after 10pm their time. [LAB] results pending.")
t("international", "INTL", "Send the [COND] report to {NAME1}, {ADDR1}, or by email {EMAIL1}. Patient record {MRN1}.")
t("international", "INTL", "[REL]'s pension goes to {IBAN1}. The [DRUG] is paid from it. Her carer is {NAME1} ({PHONE1}).")
t("international", "INTL", "Our family in {COUNTRY}: {NAME1} ({PHONE1}) and {NAME2} ({PHONE2}). Both know about [REL]'s [COND].")

# ---------------- clinician_note ----------------
t("clinician_note", "US", "Pt {NAME1}, DOB {DOB1}, MRN {MRN1}. Seen for [COND]. Continue [DRUG]. Recheck [LAB] in 4 wk.")
t("clinician_note", "US", "S: {FIRST1} reports [BODY] pain x3d. O: afebrile. A: [COND]. P: [DRUG], RTC prn. Spoke w/ [REL] at {PHONE1}.")
t("clinician_note", "US", "Home visit to {ADDR1}. Pt {LAST1} alert, [LAB] drawn. Caregiver {NAME2} present. Next visit [DAY].")
t("clinician_note", "ANY", "Tele-visit w/ {NAME1}. [COND] stable on [DRUG]. Pt asks results sent to {EMAIL1}.")
t("clinician_note", "US", "SW: assisted {NAME1} w/ [ORG] application; SSN {SSN1} verified; member id {MRN1}. f/u {PHONE1}.")
t("clinician_note", "US", "Mrs. {LAST1} seen with daughter {FIRST2}. [COND] worse; start [DRUG]. Pt lives alone at {ADDR1}.")
t("clinician_note", "US", "Rx called to [ORG] for {NAME1} ({DOB1}): [DRUG]. Pharmacy callback {PHONE1}.")

# ---------------- general_text ----------------
t("general_text", "US", "Change of address for {NAME1}: old {ADDR1}, new {ADDR2}. Effective [MONTH] 1.")
t("general_text", "US", "Billing: please charge {CARD1} for the balance. Patient {NAME1}, account {ACCT1}.")
t("general_text", "ANY", "Our family update page is {URL1} - [REL] is home after the [COND] scare. Thanks, {NAME1}")
t("general_text", "US", "I need a copy of my records mailed to {ADDR1}. Name {NAME1}, born {DOB1}. Thank you.")
t("general_text", "US", "Who do I talk to about the [ORG] bill? My phone is {PHONE1}, email {EMAIL1}. {NAME1}")
t("general_text", "US", "Moving [REL] to {CSZ1} next month, closer to us. Please transfer [DRUG] to a pharmacy there. {NAME1}")
t("general_text", "US", "Our small business line is {VANITY1} but for [REL]'s care please use my cell {PHONE1}. {NAME1}")
t("general_text", "ANY", "Parking at [ORG] was a nightmare. Anyway {NAME1} will pick up [REL] at {ADDR1} on [DAY].")

# ---------------- forwarded ----------------
t("forwarded", "US", "---------- Forwarded message ---------\nFrom: {NAME1} <{EMAIL1}>\nSubject: [REL]'s [LAB]\n\nResults attached, call {PHONE1}.")
t("forwarded", "ANY", "Fwd: text from {FIRST1}: \"[REL] took the [DRUG] twice, I'm with her at {ADDR1}\"")
t("forwarded", "US", "> On [DAY], {NAME1} <{EMAIL1}> wrote:\n> my [COND] appointment moved\nForwarding so you see it.")
t("forwarded", "US", "FW: voicemail for {NAME1}: \"This is Dr. {LAST2}'s office, please call {PHONE1} about your [LAB].\"")
t("forwarded", "ANY", "Begin forwarded message:\nFrom: {EMAIL1}\nTo: {EMAIL2}\n{NAME1}'s [DRUG] is ready for pickup.")
t("forwarded", "US", "forwarding from my aunt: \"{FIRST1} here, new number {PHONE1}, tell [REL] the [DRUG] is in the cupboard\"")
t("forwarded", "US", "Fwd: \"Your fundraiser {URL1} received a donation for {NAME1}'s [COND] treatment.\"")

# ---------------- typos ----------------
t("typos", "US", "hii its {FIRST1} [REL] cant find her [DRUG] pils, can u call {PHONE1} asap thx")
t("typos", "US", "my moms name is {NAME1} dob {DOB1} she neds her [DRUG] refil, wer at {ADDR1}")
t("typos", "ANY", "sory for late msg, [REL] {FIRST1} has pain in [BODY] agin, [CONTR] know if its the [COND]. {PHONE1}")
t("typos", "US", "pls send the paprwork to {EMAIL1} not the old one. its for {NAME1} - her [LAB]")
t("typos", "US", "{NAME1} here, lost my insurnce card, member# {MRN1}, can u fax it to {PHONE1}")
t("typos", "US", "we moved!! new adress {ADDR1}. [REL] still on [DRUG]. -{FIRST1}")
t("typos", "US", "hw do i pay, my card {CARD1} keeps geting declind. its for [REL]s [COND] visit. {NAME1}")

# ---------------- richer templates (more identifiers per message, more INTL and URL) ----------------
t("lower_case", "ANY", "family page is {URL1}, {FIRST1} set it up. [REL] is at {ADDR1}, call {PHONE1} before visiting. no flowers, [COND] allergies")
t("lower_case", "US", "{FIRST1} here. grandma's sister {NAME2@i} called from abroad, her number is {PHONE2@i}. she wants updates on the [COND]. my ssn for the form is {SSN1}")
t("all_caps", "ANY", "FAMILY BLOG {URL1} HAS [REL]'S [COND] UPDATES. QUESTIONS TO {NAME1} {PHONE1} OR {EMAIL1}")
t("all_caps", "US", "MY SON {NAME1} LIVES ABROAD AT {ADDR2@i}, PHONE {PHONE2@i}. SEND HIM THE [LAB] RESULTS. MY SSN {SSN1}")
t("speaker_label", "ANY", "{FIRST1}: [REL]'s [LAB] was off again\n{FIRST2}: did you tell Dr. {LAST3}?\n{FIRST1}: yes, I emailed {EMAIL1}\n{FIRST2}: ok, I'm at {ADDR1} if she needs me")
t("speaker_label", "US", "Grandson {FIRST1}: cousin {NAME2@i} is flying in\n{FIRST3}: from where\nGrandson {FIRST1}: {CITY2@i}. his cell {PHONE2@i}\n{FIRST3}: tell him [REL] is on [DRUG] now")
t("list", "ANY", "Family phone tree ([REL]'s [COND]):\n{NAME1} {PHONE1}\n{NAME2} {PHONE2}\n{NAME3@i} {PHONE3@i}\n{NAME4@i} {EMAIL4@i}")
t("list", "US", "Documents for [ORG]:\n- SSN {SSN1}\n- DOB {DOB1}\n- Medicaid id {MRN1}\n- home {ADDR1}\n- daughter {NAME2}, {URL2}")
t("run_on", "US", "my cousin {NAME1} set up {URL1} for [REL] because the [COND] bills are crazy and {ORG0} only covers part and we also have family in {CITY2@i} who want to help, {NAME2@i} can be reached at {EMAIL2@i}, and I'm {NAME3} at {PHONE3}")
t("run_on", "ANY", "so [REL] {NAME1} was born {DOB1} and the clinic has it wrong, they also have the old address {ADDR1} and the old phone {PHONE1}, the new one is {PHONE2}, can someone fix it before the [LAB]")
t("signature", "ANY", "Updates on [REL]'s [COND] are on {URL1}\n\nWarmly,\n{NAME1}\n{ADDRM1}\n{PHONE1}")
t("signature", "US", "Thank you all.\n{NAME1}\n{URL1}\n{EMAIL1}\nIn {COUNTRY@i}? call my sister {NAME2@i} {PHONE2@i}")
t("form", "US", "NEW PATIENT\nName: {NAME1}\nDOB: {DOB1}\nSSN: {SSN1}\nMRN: {MRN1}\nPhone: {PHONE1}\nEmail: {EMAIL1}\nAddress: {ADDRM1}\nPMH: [COND]")
t("form", "INTL", "Registration (visitor from {COUNTRY})\nName: {NAME1}\nDate of birth: {DOB1}\nHome address: {ADDR1}\nPhone: {PHONE1}\nHealth ID: {MRN1}\nUS contact: {NAME2@u}, {PHONE2@u}\nCondition: [COND]")
t("form", "US", "Personal web page / social: {URL1}\nName: {NAME1}\nCard on file: {CARD1}\nBilling: {ADDR1}\nNotes: [DRUG] allergy")
t("international", "INTL", "[REL] {NAME1} (born {DOB1}) is in hospital in {CITY2}. Address for post: {ADDRM1}. Phone {PHONE1}, email {EMAIL1}. [COND].")
t("international", "INTL", "Fundraiser for {NAME1}'s [COND] treatment: {URL1}. Bank transfer: {IBAN1}. Contact {NAME2} {PHONE2}.")
t("international", "INTL", "Health record {MRN1} belongs to {NAME1}, {ADDR1}, {PHONE1}. She is allergic to [DRUG].")
t("clinician_note", "ANY", "Pt {NAME1} ({DOB1}), MRN {MRN1}. [COND]. Daughter {NAME2} {PHONE2}, lives at {ADDR2}. Plan: [DRUG], [LAB] in 2 wk.")
t("clinician_note", "US", "Pt {NAME1} visiting from abroad; home physician Dr. {LAST2@i}, {PHONE2@i}. Records requested to {EMAIL2@i}. [COND] on [DRUG].")
t("general_text", "US", "Our caregiving blog {URL1} and my email {EMAIL1}. [REL]'s address for cards: {ADDR1}. - {NAME1}")
t("general_text", "INTL", "Change of bank details for [REL]'s care fees: new IBAN {IBAN1} (holder {NAME1}), old {IBAN2}. Address {ADDR1}.")
t("forwarded", "ANY", "Fwd: from {NAME1} <{EMAIL1}>\n\"[REL] is stable, [COND] under control. I'm staying at {ADDR1}, phone {PHONE1}. Updates at {URL1}\"")
t("forwarded", "US", "forwarded from cousin {NAME1@i} ({PHONE1@i}): \"tell [REL] we pray for her, address here is {ADDR1@i}\"")
t("typos", "ANY", "heres the link {URL1} for [REL]s page, pls shar. {NAME1} {PHONE1}")
t("typos", "US", "my ssn {SSN1} dob {DOB1}, name {NAME1}, the [ORG] lady said text it here?? is that safe")

STYLE_COUNTS = {"lower_case": 20, "all_caps": 22, "speaker_label": 20, "list": 20, "run_on": 18, "signature": 20,
                "form": 26, "international": 28, "clinician_note": 18, "general_text": 20, "forwarded": 20,
                "typos": 20}


def plan(n, rng):
    out = []
    for style, k in STYLE_COUNTS.items():
        pool = [x for x in T if x[0] == style]
        order = []
        while len(order) < k:
            p = pool[:]
            rng.shuffle(p)
            order.extend(p)
        out.extend(order[:k])
    assert len(out) == n, (len(out), n)
    return out


SLOT = re.compile(r"\{REL_\}|\{ORG0\}|\{([A-Z]+)(\d*)(@[iu])?\}|\[\[(.+?)\]\]|\[([A-Z]+)\]")


def render(tpl, rng):
    style, region, text = tpl
    if region == "ANY":
        region = "INTL" if rng.random() < 0.5 else "US"
    iloc = rng.choice(gen.INTL_LOCALES)
    cache, ids, keep = {}, [], []

    def value(kind, idx, reg):
        key = (kind, idx, reg)
        if key in cache:
            return cache[key]
        us = reg == "US"
        if kind == "NAME":
            v = gen.us_person(rng) if us else gen.person(iloc, rng)
        elif kind == "FIRST":
            v = gen.us_person(rng, "first") if us else gen.person(iloc, rng, "first")
        elif kind == "LAST":
            v = gen.us_person(rng, "last") if us else gen.person(iloc, rng, "last")
        elif kind in ("ADDR", "ADDRM"):
            v = gen.us_address(rng, kind == "ADDRM") if us else gen.intl_address(iloc, rng, kind == "ADDRM")
        elif kind == "CITYST":
            v = gen.us_citystate(rng) if us else gen.intl_city(iloc, rng)
        elif kind == "CITY":
            v = gen.us_city(rng) if us else gen.intl_city(iloc, rng)
            if rng.random() < 0.2:
                v = v.upper()
        elif kind == "CSZ":
            v = gen.us_cityline(rng)
        elif kind == "MIL":
            v = gen.us_military(rng)
        elif kind == "PHONE":
            v = gen.us_phone(rng) if us else gen.intl_phone(iloc, rng)
        elif kind == "VANITY":
            v = gen.vanity(rng)
        elif kind == "EMAIL":
            v = gen.email(rng, None if us else iloc)
        elif kind == "URL":
            v = gen.url(rng, None if us else iloc)
        elif kind == "SSN":
            v = gen.ssn(rng)
        elif kind == "MRN":
            v = gen.mrn(rng) if us else gen.intl_mrn(iloc, rng)
        elif kind == "DOB":
            v = gen.dob(rng, intl=not us)
        elif kind == "IBAN":
            v = gen.iban(rng, iloc)
        elif kind == "CARD":
            v = gen.card(rng)
        elif kind == "ROUT":
            v = gen.routing(rng)
        elif kind == "ACCT":
            v = gen.bank_acct(rng)
        else:
            raise KeyError(kind)
        cache[key] = v
        return v

    TYPE = {"NAME": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "ADDR": "LOCATION", "ADDRM": "LOCATION",
            "CITYST": "LOCATION", "CITY": "LOCATION", "CSZ": "LOCATION", "MIL": "LOCATION",
            "PHONE": "PHONE_NUMBER", "VANITY": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "URL": "URL",
            "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "IBAN": "ACCOUNT_NUMBER",
            "CARD": "ACCOUNT_NUMBER", "ROUT": "ACCOUNT_NUMBER", "ACCT": "ACCOUNT_NUMBER"}
    org0 = rng.choice(ORG)

    def sub(mo):
        whole = mo.group(0)
        if whole == "{REL_}":
            w = rng.choice(["daughter", "son", "niece", "grandson"])
            keep.append(w)
            return w
        if whole == "{ORG0}":
            keep.append(org0)
            return org0
        if mo.group(4):
            keep.append(mo.group(4))
            return mo.group(4)
        if mo.group(5):
            if mo.group(5) == "COUNTRY":
                return gen.COUNTRY[iloc]
            w = rng.choice(KEEPS[mo.group(5)])
            keep.append(w)
            return w
        kind, idx, ov = mo.group(1), mo.group(2), mo.group(3)
        if kind == "COUNTRY":
            return gen.COUNTRY[iloc]
        reg = region
        if ov == "@i":
            reg = "INTL"
        elif ov == "@u":
            reg = "US"
        if kind in ("SSN", "CSZ", "MIL", "VANITY", "ROUT"):
            reg = "US"
        v = value(kind, idx, reg)
        vreg = reg
        if kind == "IBAN":
            vreg = "INTL"
        if kind in ("NAME", "FIRST", "LAST") and any(c.isalpha() and "LATIN" not in unicodedata.name(c, "") for c in v):
            vreg = "INTL"
        ids.append({"text": v, "type": TYPE[kind], "region": vreg})
        return v

    out = SLOT.sub(sub, text)
    if style == "lower_case":
        f = str.lower
    elif style == "all_caps":
        f = str.upper
    else:
        f = None
    if f:
        out = f(out)
        for i in ids:
            i["text"] = f(i["text"])
        keep = [f(k) for k in keep]
    seen, ids2 = set(), []
    for i in ids:
        if i["text"] not in seen:
            seen.add(i["text"])
            ids2.append(i)
    return {"style": style, "text": out, "identifiers": ids2, "keep": list(dict.fromkeys(keep))}
