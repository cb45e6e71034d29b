"""My own message templates for dev58 (written for this file; no one else's templates were seen).

Placeholders are ${key}; see build.py (Ctx) for the keys.  %{a~b~c}% picks one alternative.
Literal keep words are written {{like this}}.  A template is (style, kind, text) where kind is
"us" (US context), "intl" (international context, one foreign country per message) or
"iban" (international with a country that uses IBANs).
"""

DRUGS = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "melatonin", "St. John's wort", "sertraline",
         "oxycodone", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "omeprazole", "metoprolol",
         "losartan", "hydrochlorothiazide", "furosemide", "prednisone", "albuterol", "Symbicort", "Lantus",
         "Humalog", "Ozempic", "Jardiance", "Farxiga", "Xarelto", "Plavix", "clopidogrel", "donepezil", "Aricept",
         "memantine", "carbidopa-levodopa", "Sinemet", "tramadol", "Tylenol", "acetaminophen", "ibuprofen", "Norco",
         "morphine", "trazodone", "Seroquel", "quetiapine", "escitalopram", "Lexapro", "buspirone", "lorazepam",
         "Ativan", "tamsulosin", "Flomax", "allopurinol", "colchicine", "potassium chloride", "vitamin D3", "B12",
         "fish oil", "turmeric", "Miralax", "senna", "digoxin", "spironolactone", "Entresto", "nitroglycerin",
         "Keppra", "Depakote", "lithium", "Suboxone", "Narcan", "methadone", "Humira", "methotrexate",
         "hydroxychloroquine", "Synthroid", "pantoprazole", "famotidine", "meclizine", "Zofran", "Lovenox",
         "aspirin 81", "Coumadin", "glipizide", "insulin", "Trulicity", "Spiriva", "Advair", "Namenda", "Xanax",
         "ashwagandha", "magnesium", "Benadryl", "Zyrtec", "Claritin", "Eliquis 5 mg", "metformin ER 500"]
CONDS = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
         "dementia", "CHF", "heart failure", "type 2 diabetes", "hypertension", "CKD", "chronic kidney disease",
         "osteoarthritis", "rheumatoid arthritis", "gout", "anemia", "hypothyroidism", "depression", "anxiety",
         "bipolar disorder", "MS", "ALS", "Crohn's", "ulcerative colitis", "GERD", "sleep apnea",
         "macular degeneration", "glaucoma", "neuropathy", "lymphoma", "breast cancer", "prostate cancer",
         "lung cancer", "asthma", "epilepsy", "migraines", "long COVID", "Lewy body dementia", "cirrhosis",
         "psoriasis", "multiple myeloma", "pulmonary fibrosis", "type 1 diabetes", "ESRD", "coronary artery disease"]
ACUTE = ["pneumonia", "sepsis", "stroke", "heart attack", "UTI", "blood clot", "pulmonary embolism", "GI bleed",
         "cellulitis", "kidney stone", "TIA", "hip fracture", "delirium", "shingles"]
ALLERGY = ["penicillin", "sulfa", "codeine", "amoxicillin", "aspirin", "latex", "morphine", "iodine contrast",
           "shellfish", "ibuprofen", "cephalexin", "tape adhesive"]
WOUND = ["heel", "sacrum", "left leg", "right foot", "ankle", "shin", "hip incision", "abdominal incision",
         "PICC line", "port site", "stump"]
JOINT = ["left knee", "right hip", "shoulder", "wrist", "ankle", "right knee", "left hip"]
SCAN = ["chest", "abdomen", "head", "lower back", "neck", "pelvis"]
BODY = ["left knee", "right hip", "lower back", "heel", "ankle", "shoulder", "wrist", "sacrum", "chest", "abdomen",
        "feet", "lungs", "kidneys", "bladder", "left leg", "right foot", "neck", "hands"]
LABS = ["A1c", "INR", "CBC", "BMP", "TSH", "lipid panel", "potassium", "creatinine", "eGFR", "troponin", "BNP", "PSA",
        "vitamin D level", "urinalysis", "PT/INR", "hemoglobin", "ferritin", "Hemoglobin A1c", "CMP", "magnesium level"]
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Abuelo", "Mum", "Gran", "Pop", "Mama",
        "Granny", "Pops", "Mother", "Father", "Auntie", "Uncle", "Lola", "Oma", "Nonna"]
RELW_F = ["Daughter", "Niece", "Granddaughter", "Wife", "Sister", "Neighbor", "Cousin", "Stepdaughter", "Aunt"]
RELW_M = ["Son", "Nephew", "Grandson", "Husband", "Brother", "Neighbor", "Cousin", "Stepson", "Uncle"]
ORGS = ["Walgreens", "CVS", "Rite Aid", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Cleveland Clinic", "the VA",
        "Humana", "Aetna", "Blue Cross", "UnitedHealthcare", "Cigna", "Social Security", "Meals on Wheels",
        "Alzheimer's Association", "AARP", "DaVita", "Fresenius", "Lincare", "Apria", "Visiting Angels",
        "Home Instead", "Amedisys", "Area Agency on Aging"]
PHARMS = ["Walgreens", "CVS", "Rite Aid", "Walmart", "Kroger", "Costco", "Publix", "H-E-B", "Safeway", "Meijer",
          "Hy-Vee", "Winn-Dixie", "Express Scripts", "the Kaiser pharmacy"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
HELPLINES = ["988", "1-800-222-1222", "911", "1-800-273-8255"]
ROLES = ["RN", "RN, BSN", "LPN", "MSW, LCSW", "PT, DPT", "OTR/L", "PharmD", "MD", "NP-C", "CNA", "Chaplain",
         "Care Manager", "Hospice RN Case Manager", "Patient Navigator", "Home Health Aide Supervisor"]
SHORT = [  # short bodies for signatures / forwards; may use keep keys
    "Thanks for letting me know about ${rel}'s ${drug}.",
    "I'll be there ${day} to help with the ${wound} dressing.",
    "Can we move the ${cond} follow-up to the afternoon?",
    "Attached is the ${lab} result from last week, it's a little high.",
    "{{We'll}} need the signed form before the ${org} visit.",
    "Got it, I'll pick up the ${drug} on my way.",
    "Please don't give ${rel} the ${drug} and the ${drug2} at the same time.",
    "Reminder: no food after midnight before the ${scan} scan.",
    "{{I'm}} so sorry to hear about ${rel}. Let me know what you need.",
    "The ${cond} support group meets ${day} at 6.",
    "She'd like a call back about the ${lab} when you have a minute.",
    "Just confirming ${rel}'s ride for ${day}. {{Don't}} forget the insurance card.",
    "The new ${drug} dose starts tomorrow morning.",
    "ok 👍",
    "sounds good, see you then",
]

T = []  # (style, kind, text);  a leading <f1,m2> fixes the gender of person 1 / person 2


def add(style, kind, *texts):
    for t in texts:
        T.append((style, kind, t))


# ------------------------------------------------------------------ lower_case
add("lower_case", "us",
    "${first1} here. ${rel}'s ${drug} %{refill~script}% is ready at ${pharm} on ${street}. can somebody grab it %{tmrw~after work~before 6}%? they'll want the dob, it's ${dob2}",
    "just talked to ${full1}, the new aide. ${she1} can do %{mon wed fri~weekends~mornings}%. ${her1} cell is ${phone1} and ${she1} said text is better than calling",
    "can someone send ${first1} the address for ${rel}'s ${cond} appt? it's ${addr}",
    "fyi ${rel}'s medicaid id is ${medicaid} and the part d member id is ${member}. i put both in the binder, also the ssn ${ssn1}",
    "<f1>%{omg~ugh~ok so}% ${first1} forgot the ${drug} again. ${first2} can u call her at ${phone1} and remind her, im stuck in traffic",
    "<f1>the home health nurse is ${full1} from ${org}, she'll come ${day}s. her direct line ${phonex1}",
    "${first1} and ${first2} are bringing dinner thurs. ${last3} family said they can do sat. ${rel} wants %{soup~tamales~lasagna}% bc of the ${cond} diet lol",
    "mailing the ${cond} paperwork to ${pobox} today, that's ${first1}'s po box",
    "${first1} made a page so ppl can help w ${rel}'s ${cond} bills: ${url1} pls share",
)
add("lower_case", "intl",
    "<f1>${ifirst1} called from ${icity}, she's sending money for ${rel}'s ${drug}. her number there is ${iphone1}",
    "<f1>my cousin ${ifull1} wants the ${lab} results emailed to ${iemail1}, she's a nurse back in ${icity}",
)

# ------------------------------------------------------------------ all_caps
add("all_caps", "us",
    "<m1>${full1} NEEDS A RIDE TO THE ${cond} CLINIC ${day}. CALL ${phone1}. HE CAN'T DRIVE ON THE ${drug}",
    "NEW ADDRESS FOR ${rel}: ${addr}. PLEASE UPDATE THE ${drug} MAIL ORDER",
    "PT ${lf1} DOB ${dob1} MRN ${mrn1} ALLERGIC TO ${allergy}",
    "${first1} PLEASE CALL ${first2} BACK ${phone2} ABOUT ${rel}'S ${lab}!!!",
    "ATTENTION: THE ${org} NURSE ${full1} WILL CALL FROM ${phonex1}. PICK UP",
    "SEND THE ${cond} BILL TO ${pobox} NOT THE HOUSE. ACCT ${bill1}",
    "${rel}'S SOCIAL IS ${ssn1} AND BIRTHDAY ${dob1}. DO NOT POST THIS ANYWHERE ELSE",
)
add("all_caps", "intl",
    "<f1>MY SISTER ${ifull1} IN ${icity} WANTS UPDATES ON ${rel}'S ${cond}. HER PHONE ${iphone1}",
)

# ------------------------------------------------------------------ speaker_label
add("speaker_label", "us",
    "${first1}: did ${rel} take the ${drug}\n${first2}: yes at 8\n${first1}: and the ${drug2}?\n${first2}: not yet, after lunch",
    "${relw1} ${first1}: at the pharmacy, they need the dob\n${first2}: ${dob3}\n${relw1} ${first1}: thx. they also want the ssn?\n${first2}: ${ssn3}. and it's the ${drug} one",
    "Nurse ${first1}: I'll be there ${day} around 10 for the ${wound} dressing\n${full2}: ok. my cell is ${phone2} if you get lost\nNurse ${first1}: 👍",
    "<f2>${first1}: anyone have ${first2}'s email?\n${first3}: ${email2}\n${first1}: thanks, sending her the ${lab} results",
    "${first1}: where is ${rel} staying after rehab\n${first2}: with ${first3} at ${addr}\n${first1}: ok I'll send flowers there. still on ${drug}?",
    "${lower1}: %{hey~hi~yo}% who has the ${drug} tonight\n${lower2}: me. 9pm\n${lower1}: ty 🙏",
    "${first1} (aide): ${rel} ate half her breakfast, ${lab} check done\n${first2}: thank you! numbers?\n${first1} (aide): 142. gave the ${drug}",
    "${first1}: ${first2}'s fundraiser link?\n${first3}: ${url2}\n${first1}: donated. hope the ${cond} treatment goes ok",
)
add("speaker_label", "intl",
    "${ifirst1}: how is ${rel}?\n${first2}: better, the ${drug} is helping\n${ifirst1}: please call me ${iphone1}, I'm in ${icity} until ${month}",
    "${ifirst1}: I sent the money for the ${drug} to your account\n${first2}: which one\n${ifirst1}: ${iban1}\n${first2}: ok got it thank you",
    "${first1}: what's ${ifirst2}'s address for the card?\n${first3}: ${iaddr}\n${first1}: thanks! is ${ishe2} still doing the ${cond} treatment?",
)

# ------------------------------------------------------------------ list
add("list", "us",
    "Contacts for ${rel}:\n- ${full1} (daughter) ${phone1}\n- ${full2} (neighbor) ${phone2}\n- Dr. ${last3} ${phonex3}\n- Poison Control {{1-800-222-1222}}",
    "Meds:\n${drug} - morning\n${drug2} - night\nPharmacy: ${pharm}, ${addr}\nPrescriber: Dr. ${last1}",
    "To do this week:\n1. call ${first1} about the ${cond} support group\n2. pay the ${org} bill, acct ${bill1}\n3. change address to ${addr}\n4. send ${first2} the ${lab} results (${email2})",
    "Ins info\n• Medicare ${mbi}\n• Medicaid ${medicaid}\n• SSN ${ssn1}\n• DOB ${dob1}\n• name ${full1}\n• meds: ${drug}, ${drug2}",
    "Rides:\n${day}: ${first1}\n${day2}: ${full2}\n${day3}: ${first3} (${phone3})\nAddress of the ${cond} clinic: ${addrml}",
    "grocery + pharmacy run\n- ${drug}\n- ${drug2}\n- bananas, oatmeal\n- card is ${card1}, zip ${zip}\n- leave it with ${first1} at the front desk",
    "Visitors this week\n${full1} - ${day}\n${first2} - ${day2}\n${lower3} - maybe ${day3}\nno one with a cold please, ${rel} has ${cond}",
    "links\n- ${rel}'s caringbridge: ${url1}\n- meal sign up: ${url2}\n- ${first3}'s email for photos: ${email3}",
)
add("list", "intl",
    "Family abroad:\n${ifull1} - ${iphone1} - ${iemail1}\n${ifull2} - ${iphone2}\naddress for cards: ${iaddr}\n(they know about the ${cond})",
    "Bank details for ${rel}'s care home:\n* name: ${ifull1}\n* IBAN: ${iban1}\n* reference: ${last2}\n* questions: ${iphone1}",
    "${rel}'s papers from abroad:\n- name: ${ifull1}\n- born: ${idob1}\n- health card: ${imrn1}\n- old address: ${iaddr}",
)

# ------------------------------------------------------------------ run_on
add("run_on", "us",
    "So I took ${rel} to see Dr. ${last1} today and she said the ${cond} is a little worse so they're adding ${drug} and ${first2} is going to pick it up from ${pharm} tomorrow, also the office moved so the new address is ${addr} and the number is ${phonex1}, write that down",
    "hey its ${first1} I'm at the hospital with ${rel} and they keep asking me for stuff, the ssn is ${ssn2} right? and birthday ${dob2}, the lady also wanted the medicare number and I only have a picture of it, ${mbi}, can someone confirm",
    "ok update, ${first1} talked to the billing office and they said the balance for the ${cond} stuff is on account ${bill1}, and they can set up a payment plan if we call ${full2} at ${phonex2}, I'll do it ${day}",
    "<f1,m2>I don't know who else to ask but ${first1} from church said her son ${full2} does home repairs and could put in the grab bars for ${rel}, his number is ${vanity} or his cell ${phone2}, his site is ${burl2}, he's supposed to be reasonable",
    "<f2>${rel} had a rough night, up at 2 and 4, confused, ${first1} stayed over and gave the ${drug} at 5, the hospice nurse ${full2} said it's normal with the ${cond} and to call her at ${phone2} anytime even at night",
    "%{Honestly~So~Ok}% the insurance is killing me, they denied the ${drug} again, member id ${member}, and the rep said the doctor has to send a letter, so ${first1} if you're at the office ${day} can you ask Dr. ${last2}'s nurse, her email is ${email3} I think",
)
add("run_on", "intl",
    "<f2>${first1} here, my cousin ${ifull2} from ${icity} is flying in to help with ${rel} after the ${cond} diagnosis, if anyone needs to reach her before she lands her number is ${iphone2} and her email is ${iemail2}, she'll stay with us at ${addr}",
    "<m3>so ${rel}'s pension from abroad still goes to the old account ${iban1} and the bank wants a medical letter from Dr. ${last2} about the ${cond}, and then ${ifirst3} in ${icity} can close it, his number ${iphone3}",
)

# ------------------------------------------------------------------ signature
add("signature", "us",
    "${short}\n\n${full1}\n${role}\n${phonex1}\n${email1}",
    "${short}\n\n-- \n${full1} | ${phone1} | ${url1}",
    "${short}\n\nBest,\n${full1}, ${role}\n${org}\n${addr}\nT ${phone1} | F ${phone2}",
    "${short}\n\n${first1}\n\n${full1}\n${addrml}\ncell ${phone1}",
    "${short}\n\nSent from my phone. ${full1}, ${phone1}",
    "${short}\n\nThanks,\n${full1}\n%{Owner~Proprietor}%, ${last1} %{Handyman~Lawn Care~Transport}% Services\n${vanity} | ${email1}\n${burl1}",
    "${short}\n\n~ ${first1}\n${url1}\n\"one day at a time\"",
)
add("signature", "intl",
    "${short}\n\nKind regards,\n${ifull1}\n${iaddrml}\n${iphone1}\n${iemail1}",
    "${short}\n\n${ifull1}\nmobile ${iphone1} | ${iurl1}",
)

# ------------------------------------------------------------------ form
add("form", "us",
    "PATIENT REGISTRATION\nName: ${full1}\nDate of Birth: ${dob1}\nSSN: ${ssn1}\nAddress: ${addr}\nPhone: ${phone1}\nEmail: ${email1}\nEmergency contact: ${full2} (${phone2})\nAllergies: ${allergy}",
    "PAYMENT AUTHORIZATION\nCardholder name: ${full1}\nCard number: ${card1}\nExp: %{04/27~11/28~09/29~02/30}%  CVV: ***\nBilling address: ${addr}\nAmount: copay for ${cond} visit",
    "Direct Deposit Enrollment\nName: ${full1}\nBank: %{Chase~Bank of America~Wells Fargo~US Bank~PNC~Regions~Navy Federal~a credit union}%\nRouting number: ${routing}\nAccount number: ${acct1}\nType: checking\nFor: caregiver stipend (${cond} waiver)",
    "AUTHORIZATION TO DISCLOSE\nPatient: ${full1}    DOB: ${dob1}    MRN: ${mrn1}\nRelease to: ${full2}, ${addr}\nPhone: ${phone2}\nPurpose: ${cond} care coordination",
    "Caregiver registration\nname: ${lower1}\nrelationship: %{daughter~son~neighbor~friend~grandson}%\nphone: ${phone1}\nemail: ${email1}\npatient: ${lower2} (dob ${dob2})\nmain diagnosis: ${cond}",
    "Medicare Part D enrollment\nName: ${lf1}\nMedicare Number: ${mbi}\nBirth date: ${dob1}\nPermanent address: ${addrml}\nMailing address (if different): ${pobox}\nPhone: ${phone1}\nCurrent drugs: ${drug}, ${drug2}",
    "HOME DELIVERY ORDER FORM\nship to: ${full1}\naddress: ${addrx}\nitems: ${drug} x90, ${drug2} x30\npay with: ${card1}\nquestions? ${phone1}",
    "Financial assistance application\nApplicant: ${full1}\nSSN: ${ssn1}\nHousehold member: ${full2}, SSN ${ssn2}\nBank acct ${acct1} / routing ${routing}\nMonthly income: $$1,140 (Social Security)\nReason: ${cond} treatment costs",
    "Volunteer driver sign-up\nName: ${full1}\nPhone: ${phone1}\nEmail: ${email1}\nDOB: ${dob1}\nSocial media / references: ${url1}\nCan drive to: ${cond} clinic, dialysis, ${pharm}",
)
add("form", "intl",
    "International patient intake\nName: ${ifull1}\nDate of birth: ${idob1}\nNational health no.: ${imrn1}\nHome address: ${iaddr}\nPhone: ${iphone1}\nEmail: ${iemail1}\nUS contact: ${full2} ${phone2}\nConditions: ${cond}",
    "Refund request (overseas)\nAccount holder: ${ifull1}\nIBAN: ${iban1}\nAddress: ${iaddr}\nReason: overpayment for ${cond} consult",
)

# ------------------------------------------------------------------ clinician_note
add("clinician_note", "us",
    "Pt ${lf1}, DOB ${dob1}, MRN ${mrn1}. ${age1}yo w/ ${cond}. Cont ${drug}; start ${drug2}. ${relw2} ${first2} present, contact ${phone2}. F/u ${day}.",
    "TC from ${full1} (pt's %{daughter~son~wife~husband~POA}%) at ${phone1}: pt c/o ${body} pain x2d, on ${drug}. Advised ED if worse. Pt ${full2}, MRN ${mrn2}.",
    "Home visit: ${full1}, ${addr}. Lives alone, ${cond}. Meds reviewed incl ${drug}. Pill organizer set up. Neighbor ${first2} checks daily.",
    "Discharge summary: ${full1} (MRN ${mrn1}, Medicare ${mbi}) d/c to home at ${addrml}\nDx: ${cond}. New: ${drug}. F/u PCP 1 wk. HH referral to ${org}.",
    "SW note: met with pt ${full1} and %{daughter~son~niece}% ${first2}. SSN ${ssn1} verified for Medicaid application; Medicaid # to follow. Referred to {{Meals on Wheels}} for ${cond} diet.",
    "RN triage ${day}: caller ${full1}, DOB ${dob1}, states ${lab} at home was abnormal. On ${drug}. Scheduled w/ Dr. ${last2}. Callback ${phone1}.",
    "Pt ID confirmed (name, DOB ${dob1}). ${full1}. ${cond} - stable. ${lab} reviewed. Chart # ${mrn1}. Pt prefers email: ${email1}",
    "Hospice admit: ${full1}, ${age1}, ${cond}, SSN ${ssn1}. POA: ${full2}, ${phone2}. Address on file ${addrx}. {{DNR}} signed. ${drug} for comfort.",
    "<f2>PT progress note - ${lf1} (${mrn1}). ${joint} ROM improving. Gait w/ walker 200 ft. Wife ${first2} assisting with HEP.",
    "Registration correction: pt ${full1} SSN corrected to ${ssn1} (was transposed). DOB ${dob1}. Insurance ${member}. ${cond} f/u booked.",
)
add("clinician_note", "intl",
    "Pt ${ifull1}, visiting from ${icity}, DOB ${idob1}. Presented w/ ${cond} sx. Local contact ${full2} ${phone2}. Home physician Dr. ${ilast3}, ${iphone3}.",
    "Interpreter-assisted visit. Pt ${ifull1} (DOB ${idob1}), family in ${icity}: ${ifull2} ${iphone2}. ${cond}; started ${drug}.",
    "Records received from abroad for ${ifull1}, health no. ${imrn1}, born ${idob1}. Hx ${cond}, on ${drug}. Sending summary to ${iemail1} per pt request.",
)

# ------------------------------------------------------------------ general_text
add("general_text", "us",
    "Please update my address from ${addr} to ${addr2}. My ${drug} is mailed monthly. Thank you, ${full1}",
    "I have a question about my statement, account ${bill1}. I was billed for a ${cond} visit I never had. Please call me at ${phone1}. - ${full1}",
    "We set up a page for ${first1}'s recovery from the ${cond}, please share: ${url1}",
    "Hi, I was charged twice for ${rel}'s ${drug}. The card was ${card1}. Can you refund one? My email is ${email1}",
    "<f2>Hello, my name is ${full1} and I'm the landlord at ${addr}. My tenant ${full2} asked me to confirm her address for ${org}.",
    "Please mail the ${cond} records to my son's military address:\n${full1}\n${mil}",
    "Our mailing address is now ${rural}. The 911 address is still the house. - ${full1}",
    "My Social Security number on your form is wrong. It should be ${ssn1}, not the one printed. Name ${full1}, born ${dob1}.",
    "Can you switch the autopay to routing ${routing}, account ${acct1}? The old account is closed. This is for ${rel}'s ${org} premium.",
    "My ${rel} passed in ${month}. Please close the account for ${full1} (SSN ${ssn1}) and send the final statement to ${full2}, ${addr}.",
    "I'm selling ${rel}'s lift chair, barely used after the ${cond}. Pics on my page ${url1} or call ${phone1}",
)
add("general_text", "iban",
    "Please send the refund to IBAN ${iban1}, account holder ${ifull1}, ${iaddr}. Thank you. (for the ${cond} consult)",
    "I'm paying ${rel}'s invoice from abroad. Transfer from ${iban1} (${ifull1}). Questions: ${iemail1}",
)
add("general_text", "intl",
    "Change of address for ${ifull1}: from ${iaddr} to ${iaddr2}. New phone ${iphone1}. Please send the ${drug} prescription copy there.",
)

# ------------------------------------------------------------------ forwarded
add("forwarded", "us",
    "---------- Forwarded message ---------\nFrom: ${full1} <${email1}>\nDate: ${day}, ${month} %{3~11~19~27}%\nSubject: ${rel}\nTo: ${full2} <${email2}>\n\n${short}",
    "> On ${day}, ${full1} wrote:\n> ${short}\n> call me ${phone1}\n\n${first2}: got it, will do",
    "Fwd: text from ${first1}:\n\"${short} my new number is ${phone1}\"",
    "FW: from the ${org} portal\n\"Dear ${full1}, your ${lab} results are available. MRN ${mrn1}. Do not reply.\"\nCan someone help ${rel} log in?",
    "Begin forwarded message:\n> From: ${email1}\n> ${first1} here - ${rel}'s new address is ${addr}, phone ${phone2}.\n\nsaving this here so we don't lose it, ${rel} starts ${drug} ${day}",
    "fwd from ${first1}'s fb: \"${rel} is home!! thank you all for the prayers during the ${acute} scare\" ${url1}",
)
add("forwarded", "intl",
    "---------- Forwarded message ---------\nFrom: ${ifull1} <${iemail1}>\nTo: ${full2} <${email2}>\nSubject: ${rel}\n\n${short}\n${ifirst1}\n${iphone1}",
    "forwarding what ${ifirst1} sent from ${icity}:\n\"please send the ${cond} papers to ${iaddr}, thank you\"",
)

# ------------------------------------------------------------------ typos
add("typos", "us",
    "${first1} can u pick up ${rel}'s ${drug} tomorow at ${pharm}? they need the birthdate ${dob2}. thx so much",
    "<f1>plese call ${full1} back at ${phone1} about the ${cond} apointment, she called twice",
    "the adress for the ${cond} doctor is ${addr}, dont go to the old one",
    "<f1>i think ${rel} took to many ${drug} last night?? ${first1} is on her way, her # is ${phone1}",
    "sory i forgot to send this, ${rel}'s medicare # ${mbi} and ssn ${ssn1}",
    "<f2>${first1} sed the aide ${full2} quit, we need somone for ${day}. her last day is friday. she was good w the ${drug}",
    "heres the gofundme ${first1} made for ${rel}'s ${cond} ${url1} evry bit helps",
)
add("typos", "intl",
    "<m1>my brother ${ifirst1} is comming from ${icity} next week for ${rel}'s surgery, his phone ${iphone1}, can somone pick him up",
)

# ------------------------------------------------------------------ international
add("international", "intl",
    "Hi, I'm ${ifull1}, ${rel}'s %{cousin~sibling~relative}% in ${icity}. Please post anything to ${iaddr}. Mobile ${iphone1}. We pray the ${cond} treatment goes well.",
    "Contact abroad for the hospital form:\n${ifull1}\n${iaddrml}\n${iphone1}\n${iemail1}\n(knows ${rel}'s ${cond} history)",
    "<f1>${ifirst1} wants the ${lab} results in English and her language if possible. She is at ${iaddr}, phone ${iphone1}.",
    "<f1>For the visa letter: ${ifull1}, born ${idob1}, address ${iaddr}. She's coming to help with ${rel} after the ${joint} surgery.",
    "<f1>${ifull1} (${icity}) called: she can cover part of the ${drug} cost. Her number ${iphone1}, email ${iemail1}",
    "<f1,m2>cousin ${ifull1} - ${iphone1}\nher husband ${ifull2} - ${iphone2}\nthey live at ${iaddr}\nboth know about ${rel}'s ${cond}",
    "${rel}'s old GP abroad is Dr. ${ilast1}, ${iaddr}, tel ${iphone1}. The ${drug} was prescribed there. Health no. ${imrn2}.",
    "<f1>My sister ${ifirst1} says she mailed ${rel}'s ${drug} from ${icity}. Tracking is under her name ${ifull1}, ${iphone1}.",
    "Patient from abroad: ${ifull1}, DOB ${idob1}, insurance/health no. ${imrn1}. Family contact ${ifull2}, ${iphone2}, ${iemail2}. Dx ${cond}.",
    "${ifull1} shared ${rel}'s ${cond} updates on ${iurl1} for the family back in ${icity}",
)
add("international", "iban",
    "Please wire the deposit for the care home to ${ifull1}, IBAN ${iban1}. Reference ${last2}. Contact ${iphone1}. ${rel} moves in after rehab for the ${cond}.",
    "Transfer details from ${ifirst1} for ${rel}'s ${cond} treatment: ${iban1}, name ${ifull1}, ${iaddr}",
    "<f1>bank for the funeral share: ${iban1} (${ifull1}). her phone ${iphone1}",
)
