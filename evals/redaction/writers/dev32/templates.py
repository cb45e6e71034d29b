"""dev32 templates, written for this file by the dev32 helper. Placeholders {slot} are filled by build.py.
A trailing digit in a slot name gives a second/third value or person ({full2}, {phone2}); the same slot name
in one template always gets the same value. Keep words are either ⟪literal⟫ or keep slots ({drug}, {org}, ...).
Each entry: (style, transform, template). transform is None, "lower" or "upper".
"""

T = []


def t(style, text, transform=None):
    T.append((style, transform, text))


# ---------------------------------------------------------------- address changes
t("general_text", "Hi, this is {full}. Please update my address on file to {addr}. My old address was {addr2}. Phone is still {phone}. I get my {drug} through {pharm}, so they need the new one too.")
t("general_text", "address change for {rel}: {full} (DOB {dob}). New: {addrml}\nPhone: {phone_dot}. thanks, {first2}")
t("form", "CHANGE OF ADDRESS\nPatient: {full}\nMember ID: {member}\nOld address: {addrone}\nNew address: {addrml}\nEffective: {month} 1\nHome phone: {phone_paren}  Cell: {phone_plain}\nEmail: {email}")
t("lower_case", "hey just moved {rel} into her new place at {addrone}. can you change it in the system? her number there is {phone_dash}. also her {drug} refills should go to the {pharm} near there", "lower")
t("general_text", "We're moving {rel} to assisted living next week. Mail for {full} should go to {pobox} from now on. Questions: {email} or {phone_ext}.")
t("military", "Please send {full}'s {drug} refills to my APO address while I'm deployed: {mil}. I'm his daughter {first2}, reach me at {email2} (DSN doesn't work from here), or my stateside cell {phone_plus1}.")
t("general_text", "Address correction: it's {rural}, not the town address. {rel} {full} gets confused about mail for her {cond} supplies. Call {phone_1dash} if the driver can't find it.")
t("general_text", "{full} is spending winters with us now. Temporary address from {month}: {addr}. Permanent address stays {addr2}. Reach us at {phone} either place.")

# ---------------------------------------------------------------- billing / payment
t("billing", "I was charged twice for the {lab} on {day}. Card ending... actually here's the whole card so you can find it: {card}. Account holder {full}, billing address {addrone}. Call me back at {phone_ext}.")
t("billing", "Billing question re: statement for {full}, account #{acct}. {ins} says they paid, but I got a bill for $212.40. My {rel} has {cond} and we can't keep paying twice. {phone_dot} / {email}")
t("billing", "Please set up autopay for {full}'s copays.\nBank: First Federal\nRouting number: {routing}\nAccount number: {acct}\nName on account: {full2}\nPhone: {phone_paren}")
t("billing", "Can I pay by card over the phone? visa {card} exp 08/28, name {FULL}, zip on file {citystzip}. It's for {rel}'s {drug} copay. {contr} want it to go to collections.")
t("billing", "Refund request. Patient {full}, DOB {dob}, MRN {mrn}. Overpaid $75 on {month} 12. Please send refund check to {addr}, or deposit to routing {routing} account {acct}.")
t("international", "Hello, I am paying my mother's bill from abroad. IBAN {iban}, account holder {ifull}. Her name is {full}, MRN {mrn}, she is treated for {cond}. My number: {iphone}.")
t("billing", "payment for invoice 22817 (patient {full}): cc {card}, billing zip {citystzip}. receipt to {email}. ps her {drug} is still $400 a month, is there a program?", "lower")
t("international", "Transfer details for the home-care agency: Beneficiary {ifull}\nIBAN: {iban}\nAddress: {iaddr}\nReference: {full} / {cond} visits\nTel {iphone}")
t("billing", "Hi, I'm {full}, calling about a bill. my SSN is {ssn} if you need it to look me up, and my {ins} ID is {member}. They billed me for an {lab} that {ins} covers.")

# ---------------------------------------------------------------- insurance forms
t("form", "INSURANCE INFORMATION\nSubscriber: {FULL}\nSubscriber DOB: {dob}\nSSN: {ssn}\nPlan: {ins}\nMember ID: {member}\nGroup #: {acct}\nPatient: {full2}  Relationship: {rel}\nAddress: {addr}\nPhone: {phone}")
t("form", "Name (Last, First): {lastfirst}\nDate of Birth: {dob}\nMedicare Number: {mbi}\nSecondary insurance: {ins}\nStreet: {street}\nCity/State/ZIP: {citystzip}\nPhone: {phone_plain}\nEmail: {email}\nConditions: {cond}, {cond2}")
t("portal_paste", "Coverage summary -- {ins}\nMember: {full}    Member ID: {member}\nDOB: {dob}\nPCP: Dr. {last2}\nMailing address: {addrml}\nPharmacy benefit: {pharm}\nCopy of this summary was sent to {email}")
t("form", "Medicaid renewal - household member 2\nName: {full}\nSSN {ssn_plain}\nDate of birth {dob}\nMedicaid ID: {mrn}\nPhone {phone_1dash}\nLives at: {addrone}\nDiagnosis on file: {cond}")
t("general_text", "my husband's new card came but the member id is different?? old {member} new {member2}. {full}, born {dob}. {ins} told me to let you know. he's on {drug} and {drug2}")
t("form", "PRIOR AUTHORIZATION REQUEST\nPatient name: {full}\nPatient DOB: {dob}\nMember #: {member}\nMedication: {drug}\nDiagnosis: {cond}\nPrescriber: Dr. {full2}, NPI on file\nPrescriber phone: {phone_ext}  Fax: {phone_dash}")
t("clinician_note", "Pt {full} ({dob}) — {ins} denied {drug}. Appeal faxed. Pt contact {phone_dot}. MRN {mrn}. Daughter {first2} to call back {day}.")

# ---------------------------------------------------------------- pharmacy refills
t("refill", "Refill request: {drug} for {full}, DOB {dob}. Rx# 6620417. Please send to {pharm} at {addrone}. Call {phone} when ready.")
t("refill", "hi its {first} again, {rel} is out of {drug} since {day}, pharmacy says they need a new script. her name is {full2}, birthday {dob}. my cell {phone_plain}", "lower")
t("text_thread", "[{day} 9:02 PM] {first}: did the {drug} refill go thru?\n[{day} 9:05 PM] {first2}: pharmacy said no, they need her DOB, it's {dob}\n[{day} 9:06 PM] {first}: ok i'll call {pharm} {phone_dash}\n[{day} 9:11 PM] {first2}: mrn is {mrn} if they ask")
t("refill", "Please transfer {full}'s prescriptions ({drug}, {drug2}) from {pharm} to the mail-order pharmacy. Ship to {addrml}. Member ID {member}. Contact {email} or {phone_plus1}.")
t("all_caps", "NEED REFILL ON {drug} FOR {FULL} DOB {dob} PHONE {phone} THANK YOU", "upper")
t("refill", "Good morning, I'd like to request a 90-day supply of {drug} for {rel}, {full} (MRN {mrn}). {contr} have a ride to the pharmacy, so please mail it: {pobox}. Phone {phone_paren}.")
t("international", "Can you send {full}'s {drug} prescription to a pharmacy in {icity}? We're visiting family until {month}. Local address: {iaddr}. Local phone {iphone}, US cell {phone_plus1}.")

# ---------------------------------------------------------------- appointment confirmations
t("appointment", "Appointment confirmed: {full}, {day} {month} 14 at 10:30 AM for {lab}. If you need to reschedule call {phone_ext}. Reply STOP to opt out. Patient DOB on file: {dob}.")
t("appointment", "Reminder for {FULL} (MRN {mrn}): {cond} follow-up on {day}. Location: {addrone}. Bring your {ins} card and a list of meds ({drug}).")
t("appointment", "Confirming for {rel}: {full} has her {body} x-ray {day}. I'll drive her from {addr}. My number in case of delays: {phone_dot}. -{first2}")
t("text_thread", "{first}: appt moved to {day} 2pm\n{first2}: ok. address?\n{first}: {addrone}\n{first2}: ill bring the {drug} list. call me {phone_plain} if they need anything")
t("appointment", "Hi {first}, this is a reminder of your telehealth visit on {day}. Join at {url} or call in {phone_ext}. Do not reply. Questions about {cond}? Call ⟪988⟫ only in a crisis.")

# ---------------------------------------------------------------- emails pasted whole
t("email", "From: {full} <{email}>\nTo: scheduling@clinic-portal.example\nSubject: {rel}'s appointment\n\nHello,\n\nI need to move {full2}'s {cond} appointment. She was born {dob} and her MRN is {mrn}. {contr} drive after dark anymore.\n\nThank you,\n{full}\n{addrml}\nCell {phone}")
t("email", "-----Original Message-----\nFrom: {email}\nSent: {day}, {month} 3, 2025 7:41 PM\nSubject: RE: bill\n\nHi, the bill for {full} went to the wrong address. Correct: {addr}. Card on file {card}.\n\n{first}\n\nSent from my iPhone")
t("email", "Subject: Intake paperwork for {full}\n\nDear office staff,\n\nAttached is the intake for my father. Below the info you asked for:\n- Name: {full}\n- DOB: {dob}\n- SSN: {ssn}\n- Medicare: {mbi}\n- Address: {addrone}\n- Meds: {drug}, {drug2}\n\nBest regards,\n{full2}\n{phone_ext}\n{email2}")
t("email", "Hi Dr. {last},\n\nThanks for seeing {rel} on {day}. We picked up the {drug} at {pharm}. Quick question about her {lab} results, could someone call me at {phone_1dash}?\n\nWarmly,\n{full2}\n--\n{full2} | Realtor\n{vanity} | {url}\n{addr2}")
t("email", "From: {ifull} <{iemail}>\nTo: {email}\nSubject: Fwd: papá\n\nHola {first}, te paso los datos de papá para el formulario:\nNombre: {ifull2}\nFecha de nacimiento: {idob}\nDirección: {iaddr}\nTel: {iphone}\nToma {drug} para la {cond}.\nAbrazos", None)
t("email", "From: {full} <{email}>\nDate: {day}\nTo: billing@\nCc: {email2}\n\nPlease find my updated payment info:\nName on card: {full}\nCard: {card}\nExp 11/27  CVV I'll give by phone\nBilling address: {addrml}\n\nRegards,\n{first}\n{phone}\n\nCONFIDENTIALITY NOTICE: this email may contain health information ({cond}).")
t("email", "Dear Sir or Madam,\n\nI am writing on behalf of my mother, {ifull}, born {idob}, who now lives with me in the United States at {addr}. Her records from {icity} are attached. Her previous doctor can be reached at {iphone}. She takes {drug}.\n\nSincerely,\n{full2}\n{phone}")

# ---------------------------------------------------------------- voicemail transcripts
t("voicemail", "Voicemail transcript: \"hi this is {full} calling from {city} about my {rel}'s {drug}, um, my number is {phone}, again that's {phone}, thank you bye\"")
t("voicemail", "VM 3:14pm: Hi, this is {first} {last} calling from {pharm} regarding a prescription for {full2}, date of birth {dob}. Please call us back at {phone_ext}. Thank you.")
t("voicemail", "[Voicemail] \"Yes hello this is {full}, I'm calling for my husband {full2}, his member ID is {member}... the {ins} card... we live at {addrone}. Call back {phone_dot}. It's about his {cond}.\"")
t("voicemail", "Transcription (low confidence): hey it's {first} uh calling from the road, mom's {drug} uh didn't come, can you call {phone_plain} or email me {email} thanks")
t("voicemail", "New voicemail from {phone_1dash}: \"Good afternoon, this message is for {full}. This is {full2} with {vanity}, confirming {day}. Call us back at {phone_1dash}.\"")
t("voicemail", "Voicemail (international): \"Hello, this is {ifull} calling from {icity}, I am the sister of {full}. Please call me on {iphone}. I am worried about her {cond}.\"")

# ---------------------------------------------------------------- intake forms by family
t("form", "NEW PATIENT INTAKE (completed by: {full2}, {rel})\nPatient: {full}\nDOB: {dob}   SSN: {ssn}\nAddress: {addr}\nPrimary phone: {phone}\nAlt phone: {phone2}\nEmergency contact: {full2} {phone3}\nAllergies: penicillin\nCurrent meds: {drug}; {drug2}\nHistory: {cond}")
t("form", "Patient Name: {FULL}\nPreferred name: {first}\nBirthdate: {dob}\nHome: {addrml}\nEmail: {email}\nInsurance: {ins} #{member}\nPharmacy: {pharm}\nFilled out by daughter {full2}")
t("form", "Emergency contacts:\n1. {full} ({rel}) {phone_paren}\n2. {full2} {phone_dot}\n3. {ifull} (lives in {icity}) {iphone}\nPrimary diagnosis: {cond}")
t("form", "HIPAA release - I authorize release of records to: {full2}\nAddress: {addr}\nPhone: {phone_001}\nPatient: {full}  DOB: {dob}  MRN: {mrn}\nPurpose: care coordination for {cond}")
t("international", "Registration form\nNom: {ilast}\nPrénom: {ifirst}\nDate de naissance: {idob}\nAdresse: {iaddr}\nTéléphone: {iphone}\nCourriel: {iemail}\nMédicaments: {drug}", None)
t("form", "Caregiver information\nName: {full}\nRelationship to patient: {rel}\nPatient: {full2}\nPatient's SSN (last four is fine but here's the whole thing): {ssn}\nCaregiver phone: {phone_plus1}\nCaregiver email: {email}\nAddress if different: {pobox}")

# ---------------------------------------------------------------- text threads, forwarded
t("text_thread", "Fwd from {first}:\n> grandma's new cell is {phone_dot}\n> landline still {phone_paren}\n> she's at {addrone} now\nme: thx, I'll tell the nurse about her {cond}")
t("forwarded", "---------- Forwarded message ---------\nFrom: {full} <{email}>\nDate: {day}\nSubject: dad\n\nhis DOB is {dob}, medicare {mbi}, lives {addr}. he's on {drug} for {cond}.")
t("text_thread", "{first}: can u send me {rel}'s insurance #\n{first2}: {member}\n{first}: and ssn?\n{first2}: {ssn}. don't post that anywhere lol\n{first}: and her email for the portal\n{first2}: {email}")
t("text_thread", "⟪Mom⟫: this is my new number {phone_plain}\nMom: {contr} give it to the bank people\nMe: ok. did {pharm} call about the {drug}?\nMom: a lady named {first2} called from {phone_1dash}")
t("forwarded", "FW: text from {full}: \"pls tell the clinic my address changed to {addrone} and my new cell is {phone_plus1}. also my {drug} is almost gone\"")
t("international", "WhatsApp from {ifirst} ({iphone}): tía {ifirst2} landed, she's staying with us at {addr}. Her passport name is {ifull2}, DOB {idob}. She forgot her {drug} in {icity}.")

# ---------------------------------------------------------------- signatures
t("signature", "thanks for the help with the {drug} paperwork!\n\n{full}\n{addrml}\nH: {phone_dot}\nC: {phone_plain}\n{email}")
t("signature", "Will bring {rel} on {day}.\n--\n{FULL}\nOwner, {last} Lawn & Garden\n{vanity}\n{url}")
t("signature", "ok see you then\n\n{ifull}\n{iaddr}\nTel. {iphone}\n{iemail}\nSent from my phone, sorry for typos. {rel} has {cond}.")
t("signature", "Best,\n{full}, RN\nHome care coordinator\nDirect: {phone_ext}\nFax: {phone_dash}\n{email}")

# ---------------------------------------------------------------- speaker labels, lists
t("speaker_label", "{first}: mom's card got declined at {pharm}\n{first2}: which card\n{first}: the visa {card}\n{first2}: I'll call them, what's her dob again\n{first}: {dob}")
t("speaker_label", "Daughter {first}: the agency wants dad's bank info for the {cond} respite program\nSon {first2}: routing {routing}, account {acct}, it's under {full3}\nDaughter {first}: thanks. and the address is still {addrone}?")
t("list", "Contacts for {rel}'s care:\n- {full}: {phone_dash}\n- {full2}: {phone_dot}, {email2}\n- {full3}: {phone_plus1}\n- {pharm}: ask for the pharmacist about {drug}\n- Poison Control ⟪1-800-222-1222⟫")
t("list", "things to update after the move:\n1) address → {addrone}\n2) phone → {phone}\n3) email → {email}\n4) {ins} member id {member}\n5) {pharm} for the {drug}", "lower")
t("list", "Who has keys to {full}'s place ({addr}): {first2}, {first3} and {last4}. Her meds ({drug}, {drug2}) are in the kitchen.")

# ---------------------------------------------------------------- run-on, typos, all caps, lower case
t("run_on", "so i called {ins} and they said the member id {member} doesnt match because the dob they have is {dob} and hers is different and then they wanted the ssn so i gave them {ssn} and now they say call back {day} and meanwhile {rel} is out of {drug} and her {body} is worse, the number they gave me was {phone}")
t("typo", "hi ths is {first} {last} my adress is {addrone} pls send the {drug} ther my fone is {phone_plain} thnk u")
t("typo", "hello im tryin to pay the bil onlin but it wont tak my card {card} , name {full}, can some one call me {phone_dash}. its for my {rel} {cond} visit")
t("all_caps", "PLEASE NOTE NEW ADDRESS FOR {FULL}: {addr}. PHONE {phone}. DOB {dob}. HE TAKES {drug} FOR {cond}.", "upper")
t("lower_case", "my name is {full} and i need to update my email to {email} and my phone to {phone}. dob {dob}. thanks. i'm on {drug}", "lower")
t("all_caps", "ATTN BILLING: PATIENT {FULL} ACCT {acct} PAID IN FULL {month} 2. CHECK FROM {FULL2}, {addrone}.", "upper")
t("lower_case", "can someone call my dad {full} at {phone}? he doesnt check email ({email}). its about the {lab} results", "lower")

# ---------------------------------------------------------------- clinician notes
t("clinician_note", "Called pt {full} re {lab}. No answer at {phone_paren}; LVM. Alt # per chart {phone_dot}. MRN {mrn}. Cont {drug}.")
t("clinician_note", "{last}, {first} DOB {dob} MRN {mrn}. Daughter {first2} updated address to {addrone}. {cond} stable. Refilled {drug}.")
t("clinician_note", "SW note: pt {full} needs help w/ {ins} paperwork. SSN verified ({ssn_dash}). Lives alone at {rural}. Son {first2} lives in {cityst}, ph {phone}.")
t("clinician_note", "RN call: spoke w/ wife {full2}. Pt {full} ({dob}) c/o {body} pain. Advised to hold {drug}. Callback {phone_ext}.")

# ---------------------------------------------------------------- international paperwork
t("international", "Patient: {ifull}\nDOB: {idob}\nHome address: {iaddr}\nPhone: {iphone}\nEmail: {iemail}\nInsurance: travel policy\nDx: {cond}\nMeds: {drug}")
t("international", "Hi, my {rel} {ifull} is visiting from {icity}. She's staying at {addr} until {month}. If anything happens please call her son on {iphone} or me on {phone}. She takes {drug}.")
t("international", "Please refund to my European account: IBAN {iban}, name {ifull}. The charge was for {full}'s {lab}, account {acct}.")
t("international", "Bank details for reimbursement:\niban {iban}\nholder {ifull}\naddress {iaddr}\nphone {iphone}\n(for {rel}'s {drug})")
t("international", "{ifull} ({iemail}) wrote: my father's new address in {icity} is {iaddr}, phone {iphone}, born {idob}. He ran out of {drug}.")
t("international", "Форма: {ifull}, дата рождения {idob}, адрес {iaddr}, тел. {iphone}. Diagnosis: {cond}.")
t("email", "From: {iemail}\nSubject: Re: invoice\n\nDear team,\nI paid {full}'s invoice by bank transfer from IBAN {iban} on {month} 9. Please confirm.\nKind regards,\n{ifull}\n{iaddr}\n{iphone}")
t("international", "お世話になっております。{ifull}です。父の住所は {iaddr} です。電話: {iphone}。{drug}を飲んでいます。")
t("general_text", "Card on file for {full}: {card}. Second card (backup, mine): {card2}, name {full2}. Please only charge for {drug} copays. Call {phone} first.")
t("general_text", "Social Security sent a letter to the wrong place. {rel}'s SSN is {ssn}, name {full}, and the right address is {addr}. We called {help} but waited an hour.")
t("general_text", "Hi! {full} here. Found my {rel}'s old profile at {url} — can you use the photo for her chart? Her DOB is {dob}. She's in {city} now.")
t("general_text", "for the caringbridge page: {url} — updates on {full}'s {cond} will go there. Questions to {email} or {phone_dot}.")
t("form", "Direct deposit form (caregiver stipend)\nPayee: {full}\nSSN: {ssn}\nBank routing #: {routing}\nChecking account #: {acct}\nAddress: {addrone}\nPhone: {phone}\nFor care of: {full2} ({cond})")
t("form", "Pharmacy profile\nName: {lastfirst}\nDOB: {dob}\nPhone: {phone_001}\nAddress: {anyloc}\nPayment: card {card}\nAllergies: sulfa\nMeds: {drug}")
t("general_text", "Question about the {ins} letter: it lists member ID {mbi} and address {pobox} but {rel} moved to {addr}. Can you update? My number is {phone}.")

# ---------------------------------------------------------------- personal links (URL)
t("general_text", "We set up a fundraiser for {rel}'s {cond} treatment: {url}. If the clinic needs to reach the family, it's {full} at {phone} or {email}.")
t("signature", "Thanks again for squeezing {rel} in.\n\n{full}\nPhotographer\n{url}\n{phone_dot}")
t("international", "My brother {ifull} keeps a blog about Dad's {cond} at {iurl} — he lives in {icity}, phone {iphone}. Dad's {drug} list is posted there too.")
t("form", "Emergency contact: {full}\nRelationship: {rel}\nPhone: {phone}\nWebsite/social (optional): {url}\nPatient DOB: {dob}")
t("email", "From: {full} <{email}>\nSubject: portfolio link for the art therapy group\n\nHi! Here's my page: {url}\nI've been painting since the {cond} diagnosis, it helps. See you {day}.\n{first}")
