"""Word lists for the synthetic corpus; written for the eval, independent of redaction/conf."""

from __future__ import annotations

# Latin-script Faker locales, weighted towards the US population a US service sees.
LOCALES: dict[str, int] = {
    "en_US": 8, "es_MX": 4, "es_ES": 1, "pt_BR": 2, "fr_FR": 1, "de_DE": 1, "it_IT": 1,
    "pl_PL": 1, "vi_VN": 3, "zh_CN": 3, "ja_JP": 1, "en_IN": 3, "yo_NG": 2, "ig_NG": 2,
    "tw_GH": 1, "zu_ZA": 1, "en_KE": 1, "ga_IE": 1, "tr_TR": 1, "id_ID": 1, "nl_NL": 1,
    "ro_RO": 1, "cs_CZ": 1, "hu_HU": 1,
}  # fmt: skip

DRUGS = [
    "metformin", "lisinopril", "atorvastatin", "amlodipine", "metoprolol", "warfarin",
    "apixaban", "furosemide", "donepezil", "memantine", "levothyroxine", "sertraline",
    "gabapentin", "carbidopa-levodopa", "insulin glargine", "albuterol", "tiotropium",
    "prednisone", "omeprazole", "losartan", "tamsulosin", "rivastigmine", "quetiapine",
    "hydrochlorothiazide", "spironolactone", "clopidogrel", "empagliflozin", "semaglutide",
]  # fmt: skip
BRANDS = [
    "Lasix", "Eliquis", "Xarelto", "Aricept", "Namenda", "Sinemet", "Lipitor", "Coumadin",
    "Synthroid", "Zoloft", "Januvia", "Jardiance", "Ozempic", "Spiriva", "Symbicort", "Tylenol",
    "Plavix", "Seroquel", "Farxiga", "Entresto",
    # Not in the redactor's built-in vocabulary: shows what the caller's allow-list must add.
    "Humira", "Keytruda", "Nuplazid", "Leqembi", "Rybelsus", "Trelegy Ellipta",
]  # fmt: skip
SUPPLEMENTS = [
    "St. John's wort", "ginkgo", "turmeric", "fish oil", "melatonin", "vitamin D", "CoQ10",
    "ashwagandha", "valerian", "echinacea", "ginseng", "magnesium", "CBD oil", "elderberry",
]  # fmt: skip
CONDITIONS = [
    "Parkinson's disease", "Alzheimer's", "Alzheimer's disease", "COPD", "CHF",
    "type 2 diabetes", "hypertension", "atrial fibrillation", "Lewy body dementia",
    "Crohn's disease", "Huntington's disease", "Hashimoto's", "multiple sclerosis", "ALS",
    "Graves' disease", "Sjogren's", "Bell's palsy", "Meniere's disease", "Addison's disease",
    "osteoporosis", "kidney disease", "heart failure", "depression", "asthma", "GERD",
]  # fmt: skip
MODALITIES = [
    "Reiki", "acupuncture", "tai chi", "yoga", "massage", "music therapy", "aromatherapy",
    "physical therapy", "occupational therapy", "meditation", "chiropractic", "qigong",
    "cognitive behavioral therapy", "hospice", "palliative care", "the Mediterranean diet",
]  # fmt: skip
BODY = [
    "hip", "knee", "lungs", "kidneys", "heart", "liver", "left shoulder", "feet", "skin",
    "lower back", "right wrist", "bladder", "eyes", "ankles",
]  # fmt: skip
NOISE = [
    "500 mg", "2 tablets at 8 pm", "blood pressure 140/90", "A1c 7.2", "a glucose of 48",
    "pulse 72", "weight 154 lbs", "temp 99.1", "10 units at bedtime", "1/2 tablet",
    "O2 sat 91%", "3 times a day", "25 mg twice daily", "every 4-6 hours", "INR 2.4",
]  # fmt: skip
RELATIONS_F = ["daughter", "wife", "sister", "niece", "granddaughter", "daughter-in-law"]
RELATIONS_M = ["son", "husband", "brother", "nephew", "grandson", "son-in-law"]
ID_LABELS = ["Medicare ID", "member ID", "policy number", "insurance ID", "Medicaid number"]
MRN_LABELS = ["MRN", "MRN:", "MRN#", "MR#", "medical record number", "Medical Record #:",
              "record number", "chart #", "hospital number"]  # fmt: skip
URL_SITES = ["https://www.caringbridge.org/visit/{slug}", "gofundme.com/f/help-for-{slug}",
             "https://facebook.com/{slug}.{n}", "www.lotsahelpinghands.com/c/{n}/{slug}"]  # fmt: skip
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]

# Issue 17 styled corpus: more words that must survive.
LABS = ["Hemoglobin A1c", "A1c", "INR", "eGFR", "TSH", "lipid panel", "CBC", "BMP", "potassium",
        "creatinine", "LDL", "vitamin B12"]  # fmt: skip
ORGS = ["Walgreens", "CVS", "Mayo Clinic", "Medicare", "Kaiser", "Cleveland Clinic", "the VA", "Meals on Wheels"]
HELPLINES = ["988", "Poison Control 1-800-222-1222", "1-800-222-1222", "the 988 line"]
CONTRACTIONS = ["We'll", "She'd", "I'm", "Don't", "He'll", "They'd", "We're", "Can't", "I'd", "You'll"]
STYLED_DRUGS = [*DRUGS, "oxycodone", "lisinopril", "melatonin", "Lasix 40", "St. John's wort"]
STYLED_CONDITIONS = [*CONDITIONS, "hypertriglyceridemia", "opioid use disorder", "atrial fibrillation"]
