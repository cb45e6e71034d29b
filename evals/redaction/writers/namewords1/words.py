"""Word lists for neg1: English words that are also given names or surnames.

Class: G = mostly a given name, S = mostly a surname, B = both.
Every word here must appear in the file at least once as a name (PERSON) and at least once
as an ordinary word; build.py fills gaps from templates and validate.py checks it.
"""

NAME_WORDS = {
    # virtues and abstract nouns
    "hope": "G", "faith": "G", "grace": "G", "joy": "G", "patience": "G", "charity": "G",
    "mercy": "G", "destiny": "G", "harmony": "G", "angel": "G", "precious": "G",
    "chance": "G", "justice": "G", "love": "S", "bliss": "S",
    # flowers, plants, herbs, fruit
    "rose": "B", "lily": "G", "daisy": "G", "iris": "G", "violet": "G", "ivy": "G",
    "holly": "G", "heather": "G", "hazel": "G", "jasmine": "G", "poppy": "G", "fern": "G",
    "olive": "G", "willow": "G", "basil": "G", "rosemary": "G", "sage": "G", "ginger": "G",
    "clover": "G", "cherry": "G", "berry": "S", "ash": "G", "reed": "B", "moss": "S",
    "bush": "S",
    # months, seasons, times of day
    "april": "G", "may": "G", "june": "G", "august": "G", "summer": "G", "autumn": "G",
    "winter": "S", "dawn": "G", "eve": "G",
    # colours, metals, gems
    "amber": "G", "ruby": "G", "pearl": "G", "crystal": "G", "gray": "S", "brown": "S",
    "green": "S", "black": "S", "white": "S", "silver": "S", "gold": "S", "red": "G",
    # jobs and titles
    "baker": "S", "cook": "S", "porter": "S", "mason": "B",
    "hunter": "B", "walker": "S", "barber": "S", "potter": "S", "page": "B", "dean": "B",
    "ward": "S", "price": "S", "banks": "S", "cash": "S", "farmer": "S", "singer": "S",
    "driver": "S", "shepherd": "S", "major": "S", "king": "S", "judge": "S",
    # verbs, nouns and nicknames
    "will": "G", "mark": "G", "bill": "G", "sue": "G", "pat": "G", "rob": "G", "grant": "B",
    "drew": "G", "chase": "G", "lance": "G", "wade": "G", "chip": "G", "chuck": "G",
    "skip": "G", "jack": "G", "bob": "G", "don": "G", "ray": "G", "peg": "G", "nick": "G",
    "gene": "G", "herb": "G", "frank": "G", "earl": "G", "art": "G", "dot": "G", "kit": "G",
    "penny": "G", "carol": "G", "teddy": "G", "buddy": "G", "guy": "G", "max": "G",
    "miles": "G", "bud": "G", "buck": "G", "sandy": "G", "rusty": "G", "dusty": "G",
    "rocky": "G", "sunny": "G", "misty": "G", "sky": "G", "honey": "G", "candy": "G",
    "brandy": "G", "sherry": "G", "gale": "G", "storm": "G", "rich": "G", "cliff": "G",
    "dale": "G", "glen": "G", "brook": "G", "river": "G", "forest": "G", "robin": "G",
    # surnames that are common words
    "rush": "S", "case": "S", "cross": "S", "stern": "S", "swift": "S", "west": "S",
    "church": "S", "temple": "S", "bell": "S", "hall": "S", "wells": "S", "lane": "B",
    "frost": "S", "snow": "S", "rice": "S", "bean": "S", "lamb": "S", "chin": "S",
    "young": "S", "long": "S", "short": "S", "little": "S", "strong": "S", "small": "S",
    "best": "S", "wise": "S", "bright": "S", "sharp": "S", "noble": "S", "hardy": "S",
    "moody": "S", "early": "S", "sweet": "S", "brooks": "S", "wood": "S", "woods": "S",
    "field": "S", "hill": "S", "stone": "S", "park": "S", "ford": "S", "fox": "S",
    "wolf": "S", "crane": "S", "bird": "S", "nurse": "S", "hand": "S", "law": "S",
}

# Names of places that are also given names. Here the "other" use is a LOCATION identifier,
# not an ordinary word, so they are counted apart and are not in the 150.
PLACE_NAMES = ["austin", "dallas", "florence", "savannah", "madison", "lincoln", "phoenix",
               "sydney", "jackson", "paris"]

# relation words that the build adds to keep when they stand alone
RELATION_WORDS = ["Mom", "mom", "MOM", "Dad", "dad", "DAD", "Grandma", "grandma", "Grandpa",
                  "grandpa", "Nana", "nana", "Papa", "Aunt", "aunt", "Uncle", "uncle",
                  "Daughter", "daughter", "Son", "son", "sis", "Sis", "wife", "husband",
                  "Mama", "mama", "Mum", "mum", "Granny", "granny", "niece", "nephew",
                  "GRANDMA", "AUNT", "UNCLE", "Nephew", "Niece", "Wife", "Husband", "Brother",
                  "brother", "Sister", "sister", "Grandson", "grandson", "Granddaughter",
                  "granddaughter", "Stepdad", "stepdad", "Mother", "mother", "Father", "father"]

# clinical words the build adds to keep wherever they occur (my own list)
CLINICAL = [
    "metformin", "Metformin", "METFORMIN", "Eliquis", "ELIQUIS", "eliquis", "warfarin",
    "Warfarin", "WARFARIN", "coumadin", "Coumadin", "Lasix", "lasix", "LASIX", "furosemide",
    "lisinopril", "Lisinopril", "LISINOPRIL", "amlodipine", "Amlodipine", "atorvastatin",
    "Lipitor", "melatonin", "Melatonin", "sertraline", "Zoloft", "zoloft", "oxycodone",
    "Oxycodone", "tramadol", "Tramadol", "gabapentin", "Gabapentin", "GABAPENTIN", "insulin",
    "Insulin", "INSULIN", "Lantus", "lantus", "Humalog", "prednisone", "Prednisone",
    "PREDNISONE", "amoxicillin", "Amoxicillin", "Keflex", "keflex", "ibuprofen", "Ibuprofen",
    "Tylenol", "tylenol", "TYLENOL", "acetaminophen", "aspirin", "Aspirin", "ASPIRIN",
    "Plavix", "donepezil", "Aricept", "aricept", "Namenda", "memantine", "levothyroxine",
    "Synthroid", "omeprazole", "Prilosec", "pantoprazole", "Miralax", "miralax", "MIRALAX",
    "senna", "Senna", "colace", "Colace", "Ensure", "potassium", "Potassium", "vitamin D",
    "Vitamin D", "B12", "carbidopa-levodopa", "Sinemet", "sinemet", "albuterol", "Albuterol",
    "Symbicort", "Spiriva", "spiriva", "nebulizer", "Nebulizer", "oxygen", "Oxygen", "OXYGEN",
    "Flomax", "flomax", "trazodone", "Trazodone", "Xarelto", "xarelto", "Jardiance",
    "Ozempic", "ozempic", "hydrocodone", "morphine", "Morphine", "MORPHINE", "Narcan",
    "naloxone", "buprenorphine", "Suboxone", "suboxone", "methadone", "Haldol", "lorazepam",
    "Ativan", "ativan", "Seroquel", "seroquel", "hydrochlorothiazide", "HCTZ", "losartan",
    "Losartan", "carvedilol", "Coreg", "metoprolol", "Metoprolol", "digoxin", "nitroglycerin",
    "Nitro", "nitro", "Benadryl", "benadryl", "Zofran", "zofran", "ondansetron", "Imodium",
    "Pepcid", "calcium", "Calcium", "iron pills", "folic acid", "fish oil", "Fish oil",
    "St. John's wort", "turmeric", "Voltaren", "voltaren", "lidocaine", "Lidocaine",
    "silver sulfadiazine", "Silvadene", "mupirocin", "Bactrim", "bactrim", "Cipro", "cipro",
    "Augmentin", "hospice", "Hospice", "HOSPICE", "dialysis", "Dialysis", "DIALYSIS",
    "chemo", "Chemo", "CHEMO", "radiation", "Radiation", "A1c", "Hemoglobin A1c", "INR",
    "PT/INR", "BMP", "CBC", "TSH", "PSA", "UTI", "uti", "COPD", "copd", "CHF", "chf",
    "atrial fibrillation", "afib", "Afib", "AFIB", "A-fib", "a-fib", "diabetes", "Diabetes",
    "DIABETES", "hypertension", "dementia", "Dementia", "DEMENTIA", "Alzheimer's",
    "alzheimers", "Parkinson's", "parkinsons", "PARKINSONS", "sundowning", "Sundowning",
    "pneumonia", "Pneumonia", "PNEUMONIA", "cellulitis", "Cellulitis", "shingles", "Shingles",
    "gout", "Gout", "neuropathy", "Neuropathy", "edema", "Edema", "EDEMA", "sepsis",
    "stroke", "Stroke", "STROKE", "TIA", "seizure", "seizures", "Seizure", "migraine",
    "migraines", "Migraine", "vertigo", "Vertigo", "anemia", "Anemia", "pressure ulcer",
    "bedsore", "bedsores", "blood pressure", "Blood pressure", "BLOOD PRESSURE", "BP",
    "blood sugar", "Blood sugar", "BLOOD SUGAR", "glucose", "Glucose", "pulse ox", "O2 sat",
    "sats", "catheter", "Catheter", "foley", "Foley", "FOLEY", "ostomy", "colostomy",
    "stoma", "PICC line", "PICC", "IV", "EKG", "ECG", "MRI", "CT scan", "X-ray", "x-ray",
    "XRAY", "X-RAY", "ultrasound", "Ultrasound", "colonoscopy", "mammogram", "biopsy",
    "Biopsy", "echo", "urinalysis", "UA", "urine", "Urine", "URINE", "stool", "incontinence",
    "constipation", "Constipation", "diarrhea", "Diarrhea", "nausea", "Nausea", "NAUSEA",
    "vomiting", "dizzy", "Dizzy", "DIZZY", "dizziness", "fever", "Fever", "FEVER",
    "shortness of breath", "SOB", "chest pain", "Chest pain", "CHEST PAIN", "swelling",
    "Swelling", "SWELLING", "rash", "Rash", "RASH", "cough", "Cough", "COUGH", "wheezing",
    "insomnia", "Insomnia", "fatigue", "Fatigue", "confusion", "Confusion", "CONFUSED",
    "confused", "Confused", "delirium", "Delirium", "fall risk", "Fall risk", "FALL RISK",
    "hip", "Hip", "HIP", "knee", "Knee", "KNEE", "ankle", "ankles", "Ankle", "ANKLES",
    "heel", "heels", "shoulder", "wrist", "elbow", "spine", "kidney", "kidneys", "Kidney",
    "liver", "lungs", "Lungs", "LUNGS", "heart", "Heart", "HEART", "bladder", "Bladder",
    "prostate", "thyroid", "Thyroid", "skin", "Skin", "SKIN", "eye", "eyes", "Eyes",
    "EYES", "tooth", "teeth", "gums", "throat", "Throat", "sacrum", "coccyx", "tailbone",
    "tendon", "Achilles", "pupil", "pupils", "retina", "cornea", "lens", "cataract",
    "cataracts", "Cataract", "glaucoma", "Glaucoma", "macular degeneration", "hearing aid",
    "hearing aids", "Hearing aids", "HEARING AIDS", "dentures", "Dentures", "DENTURES",
    "wheelchair", "Wheelchair", "WHEELCHAIR", "shower chair", "Shower chair", "Hoyer lift",
    "hoyer", "commode", "Commode", "COMMODE", "bedside commode", "gait belt", "CPAP", "cpap",
    "BiPAP", "PT", "OT", "physical therapy", "Physical therapy", "PHYSICAL THERAPY",
    "occupational therapy", "speech therapy", "wound care", "Wound care", "WOUND CARE",
    "cardiology", "Cardiology", "CARDIOLOGY", "neurology", "Neurology", "oncology",
    "Oncology", "ONCOLOGY", "urology", "Urology", "nephrology", "dermatology",
    "Dermatology", "podiatry", "Podiatry", "PODIATRY", "ophthalmology", "geriatrics",
    "palliative", "Palliative", "PALLIATIVE", "ER", "ED", "ICU", "urgent care",
    "Urgent care", "URGENT CARE", "home health", "Home health", "HOME HEALTH", "pharmacy",
    "Pharmacy", "PHARMACY", "refill", "Refill", "REFILL", "refills", "prescription",
    "Prescription", "copay", "Copay", "COPAY", "deductible", "Deductible", "prior auth",
    "prior authorization", "Medicare", "MEDICARE", "medicare", "Medicaid", "MEDICAID",
    "medicaid", "Medicare Part D", "Part D", "Walgreens", "walgreens", "WALGREENS", "CVS",
    "cvs", "Rite Aid", "Kaiser", "kaiser", "KAISER", "Mayo Clinic", "Cleveland Clinic",
    "Blue Cross", "Aetna", "aetna", "Humana", "humana", "UnitedHealthcare", "Cigna",
    "988", "1-800-222-1222", "Poison Control", "poison control",
]

CONTRACTIONS = ["We'll", "we'll", "She'd", "she'd", "I'm", "Im", "Don't", "don't", "Didn't",
                "didn't", "Can't", "can't", "Won't", "won't", "He's", "She's", "It's", "I'll",
                "I'd", "You're", "They're", "We're", "Wasn't", "Isn't", "Doesn't", "doesn't",
                "DON'T", "CAN'T", "WON'T", "I'M", "SHE'S", "HE'S"]
