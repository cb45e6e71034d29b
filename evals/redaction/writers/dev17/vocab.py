"""Word pools for the dev17 handwritten/template eval set (written from FROZEN_SPEC.md only).

CLINICAL is used by the validator to decide whether a keep entry is clinical
(drug, supplement, condition, lab, body part). Other pools are non-clinical keep words.
"""

DRUGS = """metformin|Eliquis|warfarin|Lasix 40|lisinopril|sertraline|oxycodone|atorvastatin|amlodipine|
levothyroxine|Synthroid|gabapentin|prednisone|insulin glargine|Lantus|Ozempic|Jardiance|Xarelto|Plavix|
furosemide|hydrochlorothiazide|losartan|metoprolol|carvedilol|donepezil|Aricept|memantine|Namenda|
carbidopa-levodopa|Sinemet|tramadol|buprenorphine|Suboxone|naloxone|Narcan|methadone|albuterol|Spiriva|
Symbicort|omeprazole|pantoprazole|Tylenol|acetaminophen|ibuprofen|aspirin 81|potassium chloride|
fenofibrate|Lovaza|icosapent ethyl|Vascepa|quetiapine|Seroquel|trazodone|lorazepam|Ativan|mirtazapine|
escitalopram|Lexapro|duloxetine|Cymbalta|tamsulosin|Flomax|allopurinol|colchicine|digoxin|amiodarone|
Entresto|spironolactone|Keppra|levetiracetam|alendronate|Fosamax|Humira|methotrexate|hydroxychloroquine|
Paxlovid|amoxicillin|Augmentin|cephalexin|nitrofurantoin|Bactrim|Zofran|ondansetron|senna|MiraLAX|
docusate|Metamucil|Coumadin|Norco|morphine|hydrocodone|Humalog|Trulicity|Farxiga|rosuvastatin|Crestor|
clopidogrel|Eliquis 5 mg|metformin 500|Lasix|Zoloft|Xanax|Ambien|Prilosec|Flonase|Lipitor|Januvia|
Glucophage|paracetamol|aspirin|Marcumar|Ramipril|Doliprane|paracetamolo|Tachipirina|dipirona|Novalgin|
Euthyrox|Concor|aspirina|metformina|insulina|losartana|Bisoprolol|Pantozol|ASS 100|Efferalgan|
Aerius|Nolotil|Adiro|Sintrom|Polopiryna|Biseptol|Glifage|Losartan|Insulin|Metformin|penicillin|sulfa|
latex|codeine|Keflex|Tamiflu|Ibuprofen|Aspirin|Metoprolol|Tylenol PM|Benadryl|Mucinex|Eliquis 2.5""".replace("\n", "").split("|")

SUPPLEMENTS = """melatonin|St. John's wort|vitamin D3|vitamin B12|fish oil|magnesium|calcium citrate|turmeric|
ginkgo|ashwagandha|CoQ10|glucosamine|Ensure|biotin|iron tablets|folic acid|zinc|elderberry|probiotic|
red yeast rice|cranberry pills|omega-3|multivitamin|vitamin C|saw palmetto|valerian|berberine|
Vitamin D|Omega 3|Magnesium""".replace("\n", "").split("|")

CONDITIONS = """hypertriglyceridemia|atrial fibrillation|AFib|afib|opioid use disorder|Parkinson's|COPD|Alzheimer's|
dementia|diabetes|type 2 diabetes|hypertension|CHF|heart failure|chronic kidney disease|CKD stage 3|UTI|
pneumonia|shingles|gout|osteoporosis|sciatica|neuropathy|glaucoma|macular degeneration|cataract|
sleep apnea|depression|anxiety|delirium|stroke|TIA|DVT|pulmonary embolism|hypothyroidism|anemia|cellulitis|
pressure ulcer|bedsore|sepsis|COVID|flu|asthma|migraine|vertigo|constipation|incontinence|edema|
hyperkalemia|hypoglycemia|rheumatoid arthritis|osteoarthritis|lupus|multiple sclerosis|ALS|cirrhosis|
hepatitis C|HIV|breast cancer|prostate cancer|lymphoma|colon cancer|schizophrenia|bipolar disorder|PTSD|
high blood pressure|low blood sugar|blood sugar|sugar|pressure sore|Alzheimer|Parkinson|Parkinsons|
diabète|Diabetes|cukrzyca|cukrzycę|tansiyon|şeker|huyết áp|tiểu đường|давление|диабет|糖尿病|高血圧|血压|
당뇨|혈압|मधुमेह|السكري|ضغط الدم|altapresyon|diabetes tipo 2|pressão alta|Demenz|démence|demenza|
Bluthochdruck|insuffisance cardiaque|ictus|infarto|ostéoporose|artrosi|arthrose|Schlaganfall|
hipertensión|presión alta|azúcar|sugar level|kidney stones|hip fracture|broken hip|heart attack|
insomnia|seizures|epilepsy|psoriasis|eczema|Crohn's|IBS|GERD|reflux|hernia|kidney failure|dialysis|
chemo|chemotherapy|radiation|wound|infection|fever|cough|rash|nausea|dizziness|confusion|swelling|
bronchitis|sinus infection|pink eye|ear infection|strep throat|mono|concussion|sprain|fracture|
diarrhea|vomiting|dehydration|jaundice|bruising|bleeding|blood clot|clots|shortness of breath|
chest pain|back pain|joint pain|knee pain|hip pain|tremor|tremors|falls|fall risk|palpitations|
ADHD|autism|OCD|panic attacks|eating disorder|withdrawal|overdose|cataracts|hearing loss|tinnitus|
肺炎|폐렴|пневмония|Lungenentzündung|pneumonie|polmonite|neumonía|pneumonia|zapalenie płuc""".replace("\n", "").split("|")

LABS = """Hemoglobin A1c|A1c|A1C|INR|BMP|CMP|CBC|TSH|lipid panel|LDL|HDL|triglycerides|creatinine|eGFR|
potassium|sodium|BNP|troponin|PSA|vitamin D level|urinalysis|blood culture|PT/INR|ferritin|glucose|
fasting glucose|hemoglobin|platelets|white count|ECG|EKG|echo|MRI|CT scan|X-ray|x-ray|ultrasound|
colonoscopy|mammogram|DEXA scan|pulse ox|O2 sat|blood pressure|BP|sats|bloodwork|blood work|labs|
HbA1c|Glukose|Blutzucker|Blutdruck|glicemia|glycémie|glucemia|glicemia de jejum|Quick-Wert|
cholesterol|Cholesterin|kolesterol|urine sample|stool sample|biopsy|PET scan|Holter|stress test|
sugar reading|readings|O2|oxygen|oxygen level|heart rate|pulse|temp|temperature|weight""".replace("\n", "").split("|")

BODY = """hip|knee|ankle|shoulder|wrist|heel|foot|feet|toes|lower back|back|chest|lungs|heart|kidneys|
liver|bladder|colon|stomach|abdomen|belly|eyes|left eye|right eye|ears|throat|neck|skin|legs|calves|arm|
elbow|hands|fingers|thumb|tailbone|sacrum|gums|teeth|tongue|scalp|spine|left hip|right knee|left knee|
right hip|left leg|right leg|left arm|right arm|left foot|right foot|big toe|hips|knees|ankles|shin|
thigh|groin|bowels|pelvis|ribs|jaw|mouth|nose|forehead|head|brain|lung|kidney|vein|veins|
Knie|Hüfte|Rücken|genou|hanche|dos|ginocchio|anca|rodilla|cadera|espalda|joelho|quadril|costas|
kolano|biodro|plecy|diz|kalça|bel|đầu gối|lưng|колено|спина|膝|腰|무릎|허리|घुटना|الركبة|tuhod|likod""".replace("\n", "").split("|")

CLINICAL = sorted(set(DRUGS + SUPPLEMENTS + CONDITIONS + LABS + BODY), key=len, reverse=True)

RELATIONS = """Mom|Dad|Mum|Grandma|Grandpa|Nana|Papa|Abuela|Abuelo|Oma|Opa|Lola|Lolo|Nonna|Nonno|Babcia|
Dziadek|Mamie|Papi|Vovó|Vovô|Auntie|Uncle|Tía|Tío|Bà|Ông|Babushka|Ba|Má|Anne|Baba|Amma|Nani|Dadi|
mom|dad|grandma|grandpa|my sister|my brother|my daughter|my son|Mother|Father|Tata|Mama|Mamá|Papá|
Granny|Gran|Nan|Mum|Mãe|Maman|Mamma|Mamie|Mami|Pop|Pops|Big Mama|Tita|Tito|Halmeoni|Obaachan|Nainai|Yeye|Teyze|Abla|Cousin|cousin|
Daughter|Son|Sister|Brother|Wife|Husband|Stepdad|Stepmom|Mother-in-law|Father-in-law""".replace("\n", "").split("|")

TITLES = ["Dr.", "Dr", "Mrs.", "Mr.", "Ms.", "Miss", "Nurse", "NP", "PA", "RN", "Pastor", "Father",
          "Sister", "Prof.", "Sra.", "Sr.", "Frau", "Herr", "Mme", "M.", "Signora", "Pani", "Pan",
          "Doctor", "Dra.", "Coach", "Officer", "Judge"]

ORGS = """Walgreens|CVS|Kaiser|Medicare|Medicaid|Mayo Clinic|Rite Aid|Humana|Aetna|UnitedHealthcare|
Blue Cross|Cleveland Clinic|Quest|Labcorp|Meals on Wheels|Hospice of the Valley|VA|Social Security|
Costco pharmacy|Walmart pharmacy|Kroger|Cigna|Anthem|Tricare|Express Scripts|OptumRx|NHS|AOK|
Sécurité sociale|IMSS|SUS|Amazon Pharmacy|Zelle|Venmo|PayPal|Chase|Wells Fargo|Bank of America|
Sparkasse|Santander|Banco do Brasil|BBVA|Barclays|HSBC|Deutsche Bank|ING|PKO BP|Ziraat|
Good Samaritan|St. Luke's|Mercy Hospital|Sutter|Providence|Banner Health|Northwell|Mount Sinai|
Johns Hopkins|MD Anderson|Dana-Farber|Shriners|Red Cross|AARP|SNAP|WIC|Uber|Lyft|Target|Amazon|
Apple Health|MyChart|Zoom|WhatsApp|Facebook|Instagram|LINE|KakaoTalk|WeChat|Viber""".replace("\n", "").split("|")

HELPLINES = ["988", "911", "1-800-222-1222", "1-800-273-8255", "1-800-MEDICARE", "211", "311",
             "1-800-272-3900", "1-800-799-7233", "999", "112", "111", "15", "190", "1-800-662-4357"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun", "monday", "tuesday", "friday", "sunday"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He's", "She's", "Can't", "Won't", "I'd", "They're",
                "We're", "It's", "Didn't", "Isn't", "You'll", "Wasn't", "Shouldn't", "Haven't", "Let's", "I've"]

FOREIGN_CLIN = """estómago|presión|氨氯地平|Diabete|kolana|cœur|vitamina D|Amlodipin|canxi|EPOC|метформин|認知症|
الالتهاب الرئوي|kinésithérapie|omeprazol|remédio|pressão|Cardioaspirina|Herzinsuffizienz|Torasemid|rayos X|pecho|
pulmonía|Demencja|diyabet|Tabletten|cukrzycę|Marcumar|Knie|genou|hanche|quadril|PENICILINA|penicilina|
Blutzucker|glicemia|glycémie|metformina|insulina|tansiyon|şeker|altapresyon|dor nas costas|costas|
Herz|Lunge|Zucker|Tabletten|Physio|kinésithérapeute|fisioterapia|análisis|analisi|Krankenhaus|
熱|咳|発熱|발열|기침|感冒|发烧|lekarstwa|leki|ilaç|thuốc|गोली|دواء|лекарства|薬|药|약""".replace("\n", "").split("|")
CLINICAL = sorted(set(CLINICAL + FOREIGN_CLIN), key=len, reverse=True)
EXTRA_CLIN = ["blood tests", "Telmisartan", "PT", "eye", "angina", "cardiology", "walker", "viêm phổi", "AVC", "ulcer",
              "kalp", "diálisis", "rehabilitacje", "Corvalol", "insuline", "dysphagia", "hearing aids", "leukemia",
              "gabapenton", "Vorhofflimmern", "NSAIDs", "hip replacement", "Pflegedienst", "Depends", "nebulizer",
              "troponin", "fisioterapia", "Levothyroxine", "Amlodipine", "Hypothyroidism"]
CLINICAL = sorted(set(CLINICAL + EXTRA_CLIN), key=len, reverse=True)
