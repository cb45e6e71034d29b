"""Message shapes caregivers and clinicians write. {slot} marks where generated values go.

Person slots: pt (patient), cg and cg2 (family caregivers), doc (a clinician), other (a
neighbour or friend), each with a form: .full .given .family .title ("Mrs. Family")
.rev ("Family, Given") .init ("G. Family") .lower (typed in lower case); no form = any.
Identifier slots: dob, phone, phone2, addr, city, mrn, email, ssn, id, url.
Clinical slots (must survive): drug, brand, supp, cond, mod, body. Others: noise, rel (the
caregiver's relation to the patient).
"""

CAREGIVER = [
    "Hi, this is {cg.given}, {pt.given}'s {rel}. Mom's DOB is {dob} and her {mrn}. "
    "Can she take {supp} with her {drug}?",
    "{pt.title} has been more confused since she started {brand}. Her {cond} seems worse. Please call me at {phone}.",
    "Mom ({pt.full}, born {dob}) fell at home, {addr}. The EMTs checked her {body} and left.",
    "Can you send the care summary to {email}? Her insurance card says {id}.",
    "My brother {cg2.given} and I take turns with {pt.given}. He's at {phone2}, I'm at {phone}.",
    "Will you remind Mom to take the {drug} at 8 pm? {cg2.given} can't come Tuesday and {noise} this morning.",
    "We set up a page at {url} for updates on {pt.given}. {other.full} from church reads it too.",
    "The social worker asked for his SSN, it's {ssn}. Is that safe to share here?",
    "{pt.lower} keeps asking for {cg.lower} at night. Would {mod} help with the sundowning?",
    "Neighbor {other.full} checks on her daily. She had {noise} and {noise} yesterday.",
    "hi its {cg.lower}. mom ({pt.lower}) wont take her {brand}, says it hurts her {body}. what do we do",
    "{pt.rev} is my {rel_of} and I'm her caregiver. Her birthday is {dob}. Is {supp} ok with {cond}?",
    "Please update her address to {addr}. The old one is wrong. Phone is still {phone}.",
    "Thanks, {cg.full}",
    "{cg.given} here. {doc.title} said {pt.given} should keep taking {drug} {noise}. Is {mod} safe for her {body}?",
    "Her daughter {cg.full} ({phone}) and son {cg2.full} ({phone2}) are both on the care team.",
    "I'm {pt.given}'s {rel}. Can {pt.given} do {mod} with {cond}? She is on {brand} and {supp}.",
    "Mom's chart says {mrn}, DOB {dob}. The pharmacy has her as {pt.init}.",
    "Is it normal for {pt.given} to sleep so much on {brand}? {cg2.given} thinks it's the {cond}.",
    "{pt.title} asked me to tell {doc.title} that her {body} is swollen again.",
    "You can reach {cg2.full} at {email} or {phone2} if I'm at work.",
    "My mother-in-law, {pt.full}, lives with us at {addr}. She has {cond} and uses {mod}.",
    "{other.given} from next door brought soup. {pt.given} ate a little and took her {drug}.",
    "May I ask if {supp} interacts with {brand}? {pt.given} started it in May.",
    "{pt.given} was born {dob} in {city} and moved in with me last year.",
    "Her driver's license is {licence} and she wants to renew it. Is that safe with {cond}?",
]

CLINICIAN = [
    "Patient: {pt.rev}\nDOB: {dob}\nMRN: {mrn.bare}\nAddress: {addr}\nPhone: {phone}\n"
    "Dx: {cond}; meds: {drug}, {brand}.",
    "Spoke with pt's {rel} {cg.full} by phone ({phone}). Reviewed {drug} dosing and {mod}.",
    "{pt.init}, {mrn}, seen today for {cond}. {noise}. Continue {brand}. F/u with {doc.title}.",
    "Called {cg.title} re: {pt.given}'s {body} pain. Advised {mod}; avoid {supp} with {brand}.",
    "Home visit at {addr}. {pt.title} alert, {noise}. Daughter {cg.given} present.",
    "Discharge note for {pt.full} ({dob}). Contact: {cg.full}, {phone}, {email}.",
    "{pt.rev} ({mrn}) - {cond} stable on {drug}. {noise}. {doc.full} to review.",
    "Per {doc.title}, hold {brand} if {noise}. Notify {cg.given} at {phone}.",
    "Insurance on file: {id}. SSN {ssn}. Emergency contact {cg.rev}, {phone2}.",
    "Message from family ({cg.full}): asks whether {mod} is safe with {cond}. Reply via {email}.",
    "Reviewed {url} posted by family; no PHI concerns for {pt.init} beyond what is listed.",
    "Team huddle: {pt.family} ({mrn}) - {cond}, on {drug} and {brand}; {rel} {cg.given} is primary caregiver.",
    "{pt.full}, DOB {dob}, {addr}. Allergies: none. Meds: {drug}, {supp}.",
    "{doc.title} and {other.title} discussed {pt.given}'s {cond} and {mod} today.",
]

ALL = [(f"caregiver-{i:02d}", t) for i, t in enumerate(CAREGIVER)] + [
    (f"clinician-{i:02d}", t) for i, t in enumerate(CLINICIAN)
]

# Written after the recognizers were tuned and never used for tuning: `--heldout` scores only
# these, to show how far the numbers carry to phrasings the rules were not adjusted on.
HELDOUT = [
    "Quick update: {pt.given} slept badly again. {cg2.full} stayed over and gave her the {drug} at 10.",
    "Could {doc.title} call {cg.given} back? Best number is {phone}. Thank you!",
    "Her new place is {addr}; mail for {pt.title} should go there from now on.",
    "{other.given} and {cg2.given} want to try {mod} with her. Any concerns given her {cond}?",
    "Re: {pt.full} (DOB {dob}). Refill request for {brand}, pharmacy fax {phone2}.",
    "Mom asked if {cg.given} could pick up the {supp} from the store; {pt.given} likes the gummies.",
    "Following up for {pt.rev}, {mrn}. Family reports {noise}; {cond} otherwise stable.",
    "{cg.full} ({email}) is the health care proxy for {pt.init}.",
]
ALL_HELDOUT = [(f"heldout-{i:02d}", t) for i, t in enumerate(HELDOUT)]

# Issue 17: text nobody here wrote. Each entry is (style, template). Person slots: a, b, c with
# forms .full .given .family .title; identifier slots: usphone intlphone usaddr usshort intladdr
# intlcity nlname nlplace iban card badcard routing acct email ssn dob mrn city; keep slots:
# drug brand cond lab org helpline contraction. The style lower_case / all_caps changes the case
# of the whole rendered message (offsets unchanged).
STYLED = [
    ("speaker_label", "{a.given}: you saved my life, {b.given}. She is back on {drug}."),
    (
        "speaker_label",
        "Daughter {a.given}: she took her {brand} and her {cond} is better.\n{b.given}: ok thanks, I'll call {usphone}",
    ),  # noqa: E501
    ("speaker_label", "{a.full}: {contraction} bring the {drug} list. New address {usaddr}."),
    ("speaker_label", "Son {a.given}: dad's number changed to {usphone}.\nNurse: noted. Any {cond} symptoms?"),
    ("list", "{a.given}, {b.given} and {c.family} are coming Sunday to help with the {drug}."),
    ("list", "Visitors today: {a.full}, {b.full}, {c.given}. {contraction} check her {lab} tomorrow."),
    ("list", "{a.title}, {b.given} and {c.given} all asked about {cond} and {brand}."),
    (
        "lower_case",
        "hi this is {a.given}, {b.given}'s daughter. mom lives at {usaddr}, call me {usphone}. she takes {drug}",
    ),  # noqa: E501
    ("lower_case", "my iban is {iban}, please refund the copay for the {brand}. thanks {a.full}"),
    ("lower_case", "{a.full} keeps forgetting the {drug}. {b.given} says {cond} got worse. we are in {city}"),
    ("all_caps", "CALLED {a.full} RE: {drug} REFILL. LIVES AT {usaddr}. PHONE {usphone}."),
    ("all_caps", "PATIENT: {a.full}\nDOB: {dob}\nCITY: {city}\nDX: {cond}"),
    ("all_caps", "{a.given} AND {b.given} WILL BE AT {usshort} ON MONDAY. {contraction} BRING THE {brand}."),
    (
        "run_on",
        "so {a.given} came by and then {b.full} called from {intlphone} and said mom's {drug} ran out and we went to {org} at {usaddr} but they said {cond} meds need a new script",  # noqa: E501
    ),
    (
        "run_on",
        "ok so {contraction} try again, {a.given}'s new cell is {usphone} and her work line is {usphone} and {b.given} moved to {intladdr} last month with the {brand}",  # noqa: E501
    ),
    ("signature", "Thank you for the help with the {drug}.\n\n{a.full}\n{usaddr}\n{usphone}\n{email}"),
    ("signature", "Best,\n{a.full}\nTel {intlphone}\n{intladdr}"),
    ("form", "Name: {a.full}\nDOB: {dob}\nAddress: {usaddr}\nPhone: {usphone}\nSSN: {ssn}\nCondition: {cond}"),
    ("form", "Emergency contact: {a.full}, {usphone}\nPharmacy: {org}\nMedication: {brand}\nMRN {mrn}"),
    ("international", "My sister {a.full} in {intlcity} can be reached at {intlphone}. She also takes {drug}."),
    ("international", "Please post the {lab} results to {intladdr}. Call {intlphone} if needed."),
    ("international", "Our cousin {nlname} lives in {nlplace}; she asked about {cond} and {drug}."),
    ("international", "{a.given} moved to {intlcity}. Her phone there is {intlphone} and {contraction} visit in May."),
    ("clinician_note", "Spoke with {a.full} ({usphone}) re {cond}. Continue {drug}. {lab} due. F/u {b.title}."),
    (
        "clinician_note",
        "Pt {a.family} seen at home, {usaddr}. {contraction} recheck {lab}. Daughter {b.given} present.",
    ),  # noqa: E501
    (
        "clinician_note",
        "Family meeting: {a.given}, {b.given} and {c.given}. Plan: {brand}, monitor {cond}. {helpline} given.",
    ),  # noqa: E501
    ("general_text", "Please update my billing address to {usshort}. My card is {card}, exp 09/28."),
    ("general_text", "For the refund, my bank account {acct} and routing number {routing}. Thank you, {a.full}."),
    ("general_text", "IBAN {iban} (account holder {a.full}). The invoice was for {brand}."),
    ("general_text", "credit card {badcard} was declined for the {drug} order, can {a.given} call {usphone}?"),
    ("general_text", "cc {card}, name on card {a.full}, billing ZIP in {usshort}"),
    ("military", "{a.title} is deployed, mail goes to {usshort}. He asked about {drug} and {cond}."),
    ("military", "Send the {brand} to {usaddr}. Questions: {a.given} at {usphone}."),
    ("phones", "Reach {a.given} at {usphone} or {usphone}; if it's urgent use {helpline}."),
    ("phones", "{b.title} gave us {usphone} and the clinic line {intlphone}. She's on {brand}."),
    ("emails", "{a.full} <{email}> wrote: is {drug} ok with {cond}?"),
    ("city", "We drove from {city} to {city} and {a.given} slept. {contraction} ask about {brand}."),
    ("city", "{a.given} lives in {usshort} and {b.given} in {intlcity}. Both worry about {cond}."),
    ("records", "{a.full}, DOB {dob}, MRN {mrn}, SSN {ssn}. {lab} and {cond} reviewed."),
    ("contractions", "{contraction} see. {contraction} call {a.given} when the {lab} is back. {org} has the {brand}."),
]
