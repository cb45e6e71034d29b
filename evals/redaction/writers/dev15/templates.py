"""dev15 templates, one list per style: (scope, template). scope: us | intl | any.
Slots: $NAME1 $FIRST2 $LAST1 $SURFIRST1 $INIT1 $FULLMID1 $EMAIL1 $URL1 $ADDR $ADDRML $ADDRUS $CITY $CITYST $ZIP
$PHONE $PHONEX $USPHONE $VANITY $SSN $MRN $MRNL(label+value) $DOB $IBAN $CARD $ACCT $ROUT
Keep: {drug} {supp} {cond} {lab} {body} {typo} {rel} {org} {day} {month} {contr} {help} {=clinical literal} {~other literal}
"""
T = {}
T["lower_case"] = [
    ("us", "hey its $FIRST1 again. {rel} ran out of {drug} and {org} says the script went to the old place at $ADDR. can someone call them at $PHONE"),
    ("us", "ok so {rel} $FIRST2 has the {cond} appt {day} at 2, my cell is $PHONE and email $EMAIL1 if u need me"),
    ("any", "quick q - does {drug} interact w {supp}? asking for my {rel} $NAME1, dob $DOB"),
    ("us", "new address for the home nurse: $ADDR. gate code is 4471. ask for $FIRST1 or $FIRST2, {rel} gets {drug} at noon"),
    ("us", "{rel}'s gofundme for the {cond} bills is $URL1 if anyone wants to share. she's $NAME1 on there, ssn $SSN is NOT something to post lol"),
    ("any", "{~Don't} know if $FIRST1 took the {drug} tonite. $FIRST2 was supposed to check. {body} swelling again"),
    ("us", "i'm $NAME1, the neighbor. $LAST2 asked me to pick up the {drug} from {org} on $CITYST, i can be reached $PHONE"),
    ("any", "mrn is $MRN for $NAME1, they keep asking. her {lab} came back high. if she gets confused again {~we're} calling {help}"),
    ("us", "pls send the {lab} results to $EMAIL1 not to $EMAIL2. thx - $FIRST1"),
    ("intl", "{rel} $FIRST1 lands {day} from $CITY, her number there is $PHONE. she forgot her {drug}"),
    ("us", "ssn $SSN, dob $DOB, name $NAME1 - that's what the {org} lady needed for the {cond} paperwork"),
]
T["all_caps"] = [
    ("us", "SSN $SSN FOR $NAME1, {org} CASE FOR {cond}. MAIL TO $ADDR. HER PAGE $URL1"),
    ("us", "PLEASE CALL ME BACK AT $PHONE ABOUT MY {rel}'S {drug}. THIS IS $NAME1"),
    ("us", "PATIENT $SURFIRST1 DOB $DOB $MRNL. DX {cond}. MEDS {drug}, {drug}"),
    ("any", "WE {~DON'T} HAVE ANY MORE {drug}!!! SEND TO $ADDR ASAP - $FIRST1"),
    ("us", "MY NAME IS $NAME1 AND MY {rel} IS $NAME2. WE MOVED TO $ADDRML. NEW PHONE $PHONE"),
    ("any", "ATTN: $NAME1 - YOUR {lab} IS READY. CALL $PHONEX. BRING ID AND YOUR CARD TO THE {day} VISIT"),
    ("us", "{rel} FELL AGAIN, {body} HURTS. I'M AT $ADDR. $FIRST2 IS ON THE WAY. {help} IF IT GETS WORSE?"),
    ("intl", "URGENT FROM $NAME1 IN $CITY: {rel} HAS {cond}, CALL $PHONE"),
    ("us", "EMAIL ME AT $EMAIL1 NOT THE OLD ONE. MEDICARE NUMBER $MRN FOR {=MEDICARE}"),
]
T["speaker_label"] = [
    ("us", "Billing: can I get the SSN for $NAME1?\nDaughter $FIRST2: $SSN\nBilling: and the routing and account for the {drug} refund?\nDaughter $FIRST2: $ROUT / $ACCT"),
    ("us", "$FIRST1: did {rel} take the {drug}?\n$FIRST2: yes at 8. {body} still sore\n$FIRST1: ok call $PHONE if it gets worse"),
    ("any", "{rel} $FIRST1: I'm at the pharmacy, they need the DOB\nMe: $DOB\n{rel} $FIRST1: and the {lab} order?"),
    ("us", "Nurse $LAST1: Spoke with daughter $FIRST2 re {cond}. Callback $PHONE.\n$FIRST2: Thank you!"),
    ("any", "$NAME1: new email is $EMAIL1\n$NAME2: got it, {~It's} a relief. {drug} refilled {day}"),
    ("us", "Caller: $NAME1\nRe: {rel}'s {drug}\nCallback: $PHONEX\nAddress on file: $ADDR"),
    ("intl:es_MX,es_ES", "$FIRST1: ya llegué a $CITY\n$FIRST2: ok, {rel} tomó su {drug}?\n$FIRST1: sí. mi cel $PHONE"),
    ("us", "Social Worker $LAST1: Met with $NAME2 at home ($ADDR). Discussed {org} and {cond}.\n$FIRST2: I'd like help with rides."),
    ("us", "Son $FIRST1: Mom's {lab} was off again\nDr. $LAST2: we'll recheck {day}. $MRNL"),
]
T["list"] = [
    ("us", "Accounts to close for {rel} $NAME1:\n- checking $ACCT (routing $ROUT)\n- card $CARD\n- SSN $SSN for the {org} letter\n- blog $URL1\nStill need {drug} receipts"),
    ("us", "Emergency contacts:\n1. $NAME1 ({rel}) $PHONE\n2. $NAME2 $PHONE\n3. $NAME3 - $EMAIL3"),
    ("any", "Who's on the rota this week: $FIRST1, $FIRST2 and $FIRST3. {drug} at 8am and 8pm, {supp} with lunch."),
    ("us", "Meds for $NAME1 (DOB $DOB):\n- {drug}\n- {drug}\n- {supp}\nPharmacy: {org}, $ADDR"),
    ("intl", "Contacts in case of emergency:\n* $NAME1 - $PHONE\n* $NAME2 - $PHONE\nHome: $ADDR\nAllergy: {drug}"),
    ("us", "to do:\n- call $FIRST1 re {lab}\n- fax $MRNL to {org}\n- update address to $ADDR"),
    ("any", "Visitors allowed: $NAME1, $NAME2, $NAME3. Not allowed: $NAME4. Reason: {cond}"),
    ("us", "Care team list\n• PCP: Dr. $LAST1, $PHONEX\n• Cardiology: Dr. $LAST2\n• Daughter: $FIRST3 $PHONE\n• Dx: {cond}"),
]
T["run_on"] = [
    ("us", "so I started a caringbridge for {rel} $FIRST1 here $URL1 because I cannot answer 40 texts a day about the {cond} and the {drug} and whether she is home yet, she is not, she is at $ADDR rehab til {day}"),
    ("us", "so {rel} calls me at like 2am saying she can't find her {drug} and I'm like ok so I drive over to $ADDR and $FIRST2 is already there and the bottle was in the fridge the whole time and now her {body} hurts so can someone call me at $PHONE tomorrow"),
    ("any", "ok long story but $FIRST1 went to the ER {day} because of the {cond} and they said his {lab} was off and then they sent him home with {drug} and nobody told us anything so I'm emailing from $EMAIL2 because his number $PHONE goes to voicemail"),
    ("us", "we moved {rel} $FIRST1 from $CITYST to my place at $ADDR last month and now {org} wants the new address and the DOB which is $DOB and I already gave it twice and they still mailed the {drug} to the old house"),
    ("intl", "my cousin $NAME1 is visiting from $CITY and she forgot her {drug} and her doctor back home is reachable at $PHONE but it's the middle of the night there and I don't know if {org} will fill a foreign script"),
    ("us", "honestly I {~don't} even know where to start, {~Monday} $FIRST1 missed her {drug} three days in a row and then the {lab} was bad and the nurse $NAME2 said to call $PHONEX and nobody picks up, {contr} waiting for {month} for an appointment"),
]
T["signature"] = [
    ("any", "Updates on the {cond} fundraiser are here.\n\n$NAME1\n$URL1\n$EMAIL1\n$PHONE"),
    ("intl", "Thanks for the {drug} advice!\n\nCheers,\n$NAME1\n$ADDRML\nMob. $PHONE\n$URL1"),
    ("us", "Thanks for checking on {rel}'s {drug} dose.\n\n--\n$NAME1\n$ADDRML\nCell: $PHONE\n$EMAIL1"),
    ("any", "Please forward the {lab} results when you can.\n\nBest regards,\n$NAME1\n$PHONE | $EMAIL1\n$URL1"),
    ("us", "I'll bring the {drug} list on {day}.\n\n$NAME1, RN\nHome Health Coordinator\nO: $PHONEX  F: $PHONE"),
    ("intl:fr_FR", "Merci pour votre aide avec le {drug} de ma mère.\n\nCordialement,\n$NAME1\n$ADDRML\nTél. $PHONE"),
    ("us", "Re: {cond} support group\n\nWarmly,\n$NAME1\n$URL1\nSent from my iPhone"),
    ("intl:de_DE", "Danke, wir sehen uns {~Montag}.\n\nMit freundlichen Grüßen\n$NAME1\n$ADDRML\n$PHONE\n$EMAIL1"),
    ("us", "See attached {lab} results. {~It's} a lot.\n___\n$NAME1 | Caregiver for $NAME2\n$VANITY (my bakery, leave a msg)\n$EMAIL1"),
]
T["form"] = [
    ("us", "Financial assistance application\nApplicant: $NAME1\nDOB: $DOB\nSSN: $SSN\nSpouse: $NAME2, SSN $SSN\nBank routing: $ROUT  Acct: $ACCT\nAddress: $ADDR\nDiagnosis: {cond}"),
    ("intl", "Patient registration\nName: $NAME1\nDOB: $DOB\n$MRNL\nAddress: $ADDRML\nMobile: $PHONE\nEmail: $EMAIL1\nIBAN (refunds): $IBAN\nMedication: {drug}"),
    ("us", "Patient name: $NAME1\nDate of birth: $DOB\nSSN: $SSN\nAddress: $ADDRML\nPhone: $PHONE\nEmail: $EMAIL1\nPrimary dx: {cond}\nCurrent meds: {drug}"),
    ("us", "Last, First MI: $SURFIRST1\nDOB: $DOB\n$MRNL\nEmergency contact: $NAME2 ({rel}) $PHONE\nAllergies: {drug}"),
    ("intl:de_DE", "Name: $NAME1\nGeburtsdatum: $DOB\nAnschrift: $ADDR\nTelefon: $PHONE\nDiagnose: {cond}\nMedikamente: {drug}"),
    ("us", "INTAKE\nClient: $NAME1\nD.O.B. $DOB\nHome: $ADDR\nCell: $PHONE\nInsurance: {org} $MRNL\nConcern: {cond}"),
    ("any", "Pharmacy transfer request\nPatient: $NAME1\nBirthdate: $DOB\nContact: $EMAIL1 / $PHONE\nRx: {drug} and {drug}"),
    ("us", "Direct deposit form\nName: $NAME1\nRouting #: $ROUT\nAccount #: $ACCT\nSSN (last 4 not accepted): $SSN\nReason: {org} reimbursement for {drug}"),
    ("intl:es_MX,es_ES", "Nombre: $NAME1\nFecha de nacimiento: $DOB\nDomicilio: $ADDR\nTeléfono: $PHONE\nCorreo: $EMAIL1\nPadecimiento: {cond}"),
]
T["international"] = [
    ("intl", "$NAME1 ($EMAIL1) writing from $CITY: my blog about caring for my {rel} with {cond} is $URL1, and for donations IBAN $IBAN. Phone $PHONE."),
    ("intl", "Hi, I am $NAME1, born $DOB, $MRNL. I live at $ADDR and my mobile is $PHONE. I take {drug} for {cond}."),
    ("intl:es_MX,es_ES", "Hola, soy $NAME1. Mi {rel} toma {drug} y vive en $ADDR. Su teléfono es $PHONE."),
    ("intl:fr_FR", "Bonjour, je suis $FIRST1, la fille de $NAME2. Elle est née le $DOB. Adresse : $ADDR. {cond}."),
    ("intl:de_DE", "Hallo, hier ist $NAME1. Meine {rel} nimmt {drug}, Geburtsdatum $DOB, Telefon $PHONE."),
    ("intl:pt_BR,pt_PT", "Olá! Minha {rel} $FIRST1 está com {cond}. Endereço: $ADDR. Pix/IBAN $IBAN."),
    ("intl:it_IT", "Buongiorno, sono $NAME1 da $CITY. Mia madre prende {drug}. Il mio numero: $PHONE, email $EMAIL1."),
    ("intl:pl_PL", "Dzień dobry, nazywam się $NAME1. Mama ma {cond}, adres: $ADDR, tel. $PHONE."),
    ("intl:tr_TR", "Merhaba, ben $NAME1. Annem {drug} kullanıyor. Adres: $ADDR. Tel: $PHONE"),
    ("intl", "$NAME1 here from $CITY, please refund the {drug} overpayment to IBAN $IBAN. My mobile is $PHONE."),
    ("intl:nl_NL", "Goedemiddag, ik ben $NAME1. Mijn vader heeft {cond}. Adres: $ADDR, telefoon $PHONE."),
    ("intl:vi_VN", "Xin chào, tôi là $NAME1. Mẹ tôi bị {cond}, uống {drug}. Địa chỉ: $ADDR. SĐT: $PHONE"),
]
T["clinician_note"] = [
    ("us", "Benefits note: pt $NAME1 (DOB $DOB, SSN $SSN) eligible for {org}. Daughter $NAME2 $PHONE, $EMAIL2. Dx {cond}, {cond}."),
    ("us", "S: Pt $NAME1 ($MRNL) reports {body} pain x3d. Hx {cond}. Meds: {drug}.\nO: BP 148/90.\nA/P: cont {drug}, recheck {lab}. Dtr $FIRST2 at $PHONE."),
    ("us", "Home visit $ADDR. Pt $LAST1, DOB $DOB, alert. {cond} stable. Wife $FIRST2 manages {drug}. F/u {day}. Next {lab} in {month}."),
    ("any", "Tele-visit w/ $NAME1 (DOB $DOB). {lab} pending. Discussed {supp} + {drug} interaction. Caregiver email $EMAIL2."),
    ("us", "RN note: Spoke to pt's son $NAME2 $PHONEX re missed {drug} doses. Pt lives alone, $ADDR. Referred to {org}."),
    ("intl", "Note: pt $NAME1, visiting from $CITY, {cond}. Local contact $PHONE. Home physician fax $PHONE."),
    ("us", "SW note: $NAME1 $MRNL, SSN on file $SSN, applying for {org}. Barriers: transport, {cond}."),
    ("us", "D/C summary - $SURFIRST1 DOB $DOB. Admit dx {cond}. D/C on {drug}. PCP Dr. $LAST2 $PHONE."),
]
T["general_text"] = [
    ("any", "My {rel} $NAME1 started a blog about living with {cond}: $URL1. Her email is $EMAIL1 if you want to say hi!"),
    ("us", "Tax time: $NAME1 SSN $SSN and $NAME2 SSN $SSN, both on {org}. Refund to routing $ROUT acct $ACCT. Receipts for {drug} attached."),
    ("us", "Hi all, just a heads up that $FIRST1 and I moved. New address is $ADDR. Same number $PHONE. (Still on {drug}, fyi.)"),
    ("any", "Can someone tell me how to change the email on the portal? Old: $EMAIL1 new: $EMAIL2. I {~can't} find the setting. {lab} results show up on the old one"),
    ("us", "Mail for {rel} should go to $ADDRML from now on. She's staying with me while her {body} heals."),
    ("us", "Selling {rel}'s old recliner, pick up in $CITYST, text $FIRST1 at $PHONE. (Proceeds go to her {drug} copays.)"),
    ("intl", "We're flying out to see $FIRST1 in $CITY on {day}. Her place is $ADDR. Packed the {drug} in the carry-on."),
    ("us", "My sister $NAME1 set up a fundraiser for Dad's {cond}: $URL1"),
    ("us", "Zip for the ride service is $ZIP, pickup at $ADDR for {rel}'s {body} scan"),
]
T["voicemail"] = [
    ("us", "Voicemail from $PHONE: \"Hi it's $NAME1 from the {cond} support group, I put the recording on $URL1, my cell is $PHONEX.\""),
    ("us", "Voicemail from $PHONE, {day} 4:52 PM: \"Hi, this is $NAME1 calling about my {rel}'s {drug}, please call me back at $PHONEX, thanks.\""),
    ("any", "[Voicemail transcript] Hey it's $FIRST1... um, {rel} is okay, the {lab} came back normal. Call me when you can, $PHONE. Bye."),
    ("us", "New voicemail (0:41) from $NAME1: calling from {org} regarding $NAME2, date of birth $DOB, {drug} prior auth. Call $PHONEX."),
    ("intl:es_MX", "Voicemail: \"Hola, habla $NAME1 desde $CITY, es sobre mi {rel} y su {drug}. Mi número es $PHONE.\""),
    ("us", "VM transcription: this is $NAME1 uh my address is $ADDR and I need the {drug} delivered before {day}"),
    ("us", "Missed call + voicemail from $PHONE: \"$FIRST1 here, {rel} fell, {body} might be broken, we're going to urgent care.\""),
]
T["group_chat"] = [
    ("any", "$FIRST1: here's the link for {rel}'s updates $URL1\n$FIRST2: thx!! is she off the {drug}?\n$FIRST3: not yet. call $PHONE"),
    ("us", "$FIRST1: what's {rel}'s ssn again for the {org} form\n$FIRST2: $SSN\n$FIRST3: guys don't put that in the chat 😬\n$FIRST2: deleting after. also her DOB $DOB"),
    ("us", "[Family chat] $FIRST1: who has {rel} {day}?\n$FIRST2: me\n$FIRST3: I can do Thu. Her {drug} is in the blue box"),
    ("any", "$FIRST1 added $FIRST2 to the group.\n$FIRST2: hi all! my number is $PHONE. {~Don't} forget {rel}'s {lab} on {~Friday}"),
    ("us", "$FIRST1 🙏: {rel} is home!!\n$FIRST2: yay. did they change the {drug}?\n$FIRST1 🙏: yes, new one, pharmacy is {org}"),
    ("intl:pt_BR", "$FIRST1: {rel} está com {cond} de novo\n$FIRST2: vou ligar pro médico, $PHONE né?\n$FIRST1: isso"),
    ("us", "$NAME1 changed the group name to \"{rel}'s care team\"\n$FIRST2: lol ok. reminder: {drug} at 9, {supp} at noon\n$FIRST3: 👍"),
    ("us", "$FIRST1: anyone have $FIRST2's email? the hospice needs it\n$FIRST3: $EMAIL2\n$FIRST1: thx. {cond} meeting {day}"),
]
T["forwarded"] = [
    ("any", "Fwd: Update on $FIRST1\n\n> From: $NAME2 <$EMAIL2>\n> The surgery for her {cond} went well. Updates at $URL1\n> Call $PHONE with questions."),
    ("us", "---- Forwarded ----\nFrom: $EMAIL1\nTo: $EMAIL2\nPlease update payroll: $NAME1, SSN $SSN, routing $ROUT, account $ACCT. Leave for {cond} starts {day}."),
    ("us", "---------- Forwarded message ---------\nFrom: $NAME1 <$EMAIL1>\nDate: {day}\nSubject: {rel}'s {drug}\n\nPlease send the refill to $ADDR."),
    ("any", "FW: {lab} results\n\n> From: $EMAIL1\n> Hi $FIRST2, results attached for $NAME3 (DOB $DOB).\n> $NAME1"),
    ("us", "Forwarding this from $FIRST1 👇\n\"Hi it's $NAME2, I'm the aide for your {rel}. Call me $PHONE. She needs more {drug}.\""),
    ("intl:de_DE", "Fwd: Rechnung\n\nVon: $NAME1 <$EMAIL1>\nBitte überweisen Sie auf IBAN $IBAN.\nBehandlung: {cond}"),
    ("us", "Begin forwarded message:\n\nFrom: {org} pharmacy team\nTo: $EMAIL1\nRe: $NAME1, $MRNL\nYour {drug} order shipped to $ADDR."),
    ("us", "fwd from my brother $FIRST1: \"{rel}'s ssn is $SSN, dont lose it. need it for {org}\""),
]
T["billing"] = [
    ("us", "Patient $NAME1, SSN $SSN, $MRNL. Pay the {drug} balance with card $CARD, or ACH routing $ROUT acct $ACCT. Questions: $PHONE"),
    ("intl", "Invoice for {=physiotherapy}: holder $NAME1, IBAN $IBAN, address $ADDR, email $EMAIL1, phone $PHONE."),
    ("us", "pls charge $CARD for {rel}'s {drug}. billing address $ADDR. name $NAME1"),
    ("us", "I was charged twice for {rel}'s {drug}. Card $CARD. Please refund. $NAME1, $PHONE"),
    ("us", "Please set up autopay: routing $ROUT, checking acct $ACCT. Name on account $NAME1. For the {cond} clinic bills."),
    ("intl:en_GB,fr_FR,de_DE,nl_NL,es_ES,it_IT,pl_PL,pt_PT,tr_TR", "Refund for the {drug} overcharge please, my IBAN is $IBAN (account holder $NAME1)."),
    ("us", "Statement for $NAME1, $MRNL, balance $212.40 for {lab}. Mail to $ADDR. Paying with visa $CARD."),
    ("any", "hi billing, this is $NAME1. can i pay the {body} x-ray bill with $CARD? exp 09/27"),
    ("intl:en_GB,fr_FR,de_DE,nl_NL,es_ES,it_IT,pt_PT", "iban $IBAN, name $NAME1, reference {drug} invoice 2291. thanks!"),
    ("us", "ACH info for {org} reimbursement\nABA routing no. $ROUT\nacct no. $ACCT\nholder: $NAME1"),
    ("us", "I {~can't} understand this bill. Account holder $NAME1, card on file $CARD, {cond} visit {day}"),
]
T["typos"] = [
    ("us", "heres my {rel}s socail $SSN and her bday $DOB for the {typo} paprwork, her fb is $URL1"),
    ("us", "my {rel} ran out of her {typo} can u call me $PHONE its $FIRST1. poison control {help} said call u"),
    ("us", "hi this is $NAME1 i need refil on {typo} and {typo}. adress is $ADDR"),
    ("any", "sory for late msg, $FIRST1 had {typo} agian and her {typo} is bad. my emial $EMAIL1"),
    ("us", "pls sned the {typo} to $ADDR not the old 1, thx $FIRST1 $PHONE"),
    ("us", "dob $DOB, nmae $NAME1, {typo} 500mg twise a day, {typo} at nite"),
    ("intl", "helo from $CITY, my fathr $NAME1 has {typo}, his fone $PHONE"),
]
T["multi_identifier"] = [
    ("us", "$NAME1 | $EMAIL1 | $URL1 | $PHONE | $ADDR | DOB $DOB | SSN $SSN | card $CARD | {drug} for {cond}"),
    ("intl", "$NAME1, $ADDR, $PHONE, $EMAIL1, $URL1, born $DOB, IBAN $IBAN, {drug}"),
    ("us", "For the new home care agency: $NAME1, DOB $DOB, SSN $SSN, $MRNL, lives at $ADDR, phone $PHONE, email $EMAIL1. Dx {cond}, on {drug}."),
    ("us", "Updating everything for {rel}: name $FULLMID1, born $DOB, address $ADDRML, cell $PHONE, Medicare $MRN, son $NAME2 $PHONEX. Meds {drug}, {supp}."),
    ("intl", "Details for the clinic: $NAME1, born $DOB, $ADDR, $PHONE, $EMAIL1, $MRNL, IBAN for refunds $IBAN. {cond}."),
    ("us", "$SURFIRST1 | DOB $DOB | $MRNL | SSN $SSN | $ADDR | $PHONE | {drug}, {drug}"),
    ("any", "Caregiver $NAME1 ($EMAIL1, $PHONE) and backup $NAME2 ($EMAIL2) for patient $NAME3, DOB $DOB. {cond}; {lab} due {day}."),
    ("us", "Pay {rel}'s {cond} bills from routing $ROUT acct $ACCT, contact $NAME1 $PHONE $EMAIL1, mail $ADDR"),
    ("intl", "Patient $NAME1 ($MRNL), DOB $DOB, from $CITY, staying at $ADDR, mobile $PHONE, daughter $NAME2 $EMAIL2, card $CARD. On {drug}."),
    ("us", "Blog for updates on {rel}'s {cond}: $URL1 — organizer $NAME1, $EMAIL1, $PHONE, $ADDR, born $DOB"),
]
