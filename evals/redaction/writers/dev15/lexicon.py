"""Keep-word lexicon (clinical and look-alike words) written for dev15."""
DRUG = ["metformin", "Eliquis", "warfarin", "Lasix 40", "lisinopril", "atorvastatin", "amlodipine", "sertraline",
        "oxycodone", "gabapentin", "levothyroxine", "Ozempic", "insulin glargine", "Jardiance", "prednisone",
        "amoxicillin", "tramadol", "donepezil", "Xarelto", "furosemide", "metoprolol", "losartan", "Synthroid",
        "Keppra", "Humalog", "albuterol inhaler", "Narcan", "buprenorphine", "Suboxone", "hydrochlorothiazide",
        "carvedilol", "Entresto", "omeprazole", "pantoprazole", "allopurinol", "colchicine", "methotrexate",
        "Plavix", "aspirin 81", "Tylenol", "ibuprofen", "Zoloft", "Seroquel", "Aricept", "Namenda",
        "carbidopa-levodopa", "Sinemet", "Lexapro", "trazodone", "Flomax", "Januvia", "Trulicity", "Coumadin",
        "spironolactone", "Brilinta", "Lantus", "Mounjaro", "hydrocodone", "naloxone", "methadone", "clopidogrel",
        "Vitamin K", "nitroglycerin", "Depakote", "lithium", "Abilify", "Wellbutrin", "mirtazapine", "Ensure"]
SUPP = ["melatonin", "St. John's wort", "fish oil", "vitamin D3", "magnesium glycinate", "turmeric", "ginkgo",
        "ashwagandha", "B12", "iron sulfate", "CoQ10", "elderberry", "probiotics", "calcium citrate", "biotin",
        "valerian root", "glucosamine", "psyllium"]
COND = ["hypertriglyceridemia", "atrial fibrillation", "opioid use disorder", "Parkinson's", "COPD", "Alzheimer's",
        "type 2 diabetes", "CHF", "hypertension", "chronic kidney disease", "dementia", "sleep apnea", "gout",
        "shingles", "UTI", "pneumonia", "cellulitis", "DVT", "neuropathy", "lupus", "multiple sclerosis", "asthma",
        "anemia", "hypothyroidism", "osteoporosis", "macular degeneration", "depression", "anxiety",
        "bipolar disorder", "epilepsy", "stroke", "delirium", "heart failure", "AFib", "sciatica", "vertigo",
        "glaucoma", "diverticulitis", "long COVID", "rheumatoid arthritis", "pressure ulcer", "dysphagia"]
LAB = ["Hemoglobin A1c", "A1c", "INR", "eGFR", "creatinine", "potassium", "TSH", "LDL", "CBC", "BMP", "troponin",
       "BNP", "lipid panel", "urinalysis", "ferritin", "PSA", "sodium level", "blood sugar", "CMP", "vitamin D level"]
BODY = ["left knee", "right hip", "lower back", "ankle", "wrist", "shoulder", "chest", "kidneys", "liver", "lungs",
        "heel", "toes", "gums", "bladder", "left eye", "right foot", "neck", "stomach", "hip", "calves"]
REL = ["Mom", "Dad", "Grandma", "Grandpa", "Abuela", "Abuelo", "Oma", "Opa", "Nana", "Papa", "Auntie", "Uncle",
       "Tía", "Tío", "Vovó", "Mamie", "Babcia", "Nonna", "Lola", "Lolo", "Mama", "Pop", "Granny", "Mémé", "Dadi",
       "Stepdad", "Grandmother", "Sis", "Bro", "Hubby", "Aunt"]
ORG = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Medicaid", "Kaiser", "Kaiser Permanente", "Blue Cross",
       "Aetna", "Humana", "Cleveland Clinic", "Rite Aid", "Quest Diagnostics", "LabCorp", "Social Security",
       "Meals on Wheels", "UnitedHealthcare", "Cigna", "Costco pharmacy", "Optum Rx", "the VA", "GoodRx",
       "MyChart", "Lyft", "Uber Health", "Amazon Pharmacy", "Epic", "Medi-Cal", "Tricare", "AARP"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
CONTR = ["We'll", "She'd", "I'm", "Don't", "He's", "Can't", "Won't", "It's", "They're", "She's", "I've", "Didn't",
         "Wasn't", "Couldn't", "We're", "You'll", "Let's", "Isn't", "Shouldn't", "I'd"]
HELP = ["988", "1-800-222-1222", "911", "211", "1-800-MEDICARE", "1-800-799-7233", "1-800-662-4357"]
TYPO = ["metforman", "lisinipril", "eliqis", "warferin", "gabapentine", "amlodapine", "sertaline", "insolin",
        "prednisolne", "colestrol", "diabetis", "neumonia", "alzheimers", "parkinsons", "blood presure",
        "athritis", "seizur", "magnesum", "tylenal", "oxycodon", "levothyroxin", "hart failure", "dimentia",
        "kidny", "melatonine", "atorvastin", "furosemid", "infecshun", "antibiotiks", "vitamine d"]
CLINICAL_CATS = {"drug": DRUG, "supp": SUPP, "cond": COND, "lab": LAB, "body": BODY, "typo": TYPO}
OTHER_CATS = {"rel": REL, "org": ORG, "day": DAY, "month": MONTH, "contr": CONTR, "help": HELP}
CLINICAL_WORDS = {w.lower() for lst in CLINICAL_CATS.values() for w in lst}
