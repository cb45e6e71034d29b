"""My own phrase fragments for the templates. {{...}} marks a keep word."""

NOTE_BODY = [
    "{{A1c}} 8.4 (was 7.9). Increase {{metformin}} to 1000 mg bid, add {{Jardiance}} 10.",
    "c/o {{dizziness}} on standing x3d. BP 98/60 sitting, 84/52 standing. Hold {{lisinopril}}, push fluids.",
    "{{INR}} 3.8 on {{warfarin}} 5 mg. Hold tonight, then 2.5 mg x2 days, recheck Thu.",
    "{{COPD}} exac, sats 88% RA. {{prednisone}} 40 x5d, {{azithromycin}} Z-pak, cont {{Trelegy}}.",
    "Wt up 3 lb/2 days, +1 {{edema}} ankles. {{Lasix 40}} bid x3 days then back to daily.",
    "{{Hemoglobin A1c}} 6.9. Doing well on {{Ozempic}} 1 mg. Cont.",
    "New {{atrial fibrillation}} on EKG, rate 112. Start {{Eliquis}} 5 bid and {{metoprolol}} 25 bid.",
    "{{opioid use disorder}}, stable on {{buprenorphine}} 16 mg. UDS appropriate. {{Narcan}} refilled.",
    "{{Parkinson's}} tremor worse pm. Adjust {{carbidopa-levodopa}} to 5x/day.",
    "{{hypertriglyceridemia}} TG 612. Start {{fenofibrate}}, diet counseling, recheck 8 wk.",
    "{{Alzheimer's}}, {{MMSE}} 18. Daughter reports sundowning. Cont {{donepezil}}, add {{melatonin}} 3 mg.",
    "{{UTI}} sx, UA + nitrites. {{nitrofurantoin}} 100 bid x5d.",
    "{{depression}} {{PHQ-9}} 16 -> 9 on {{sertraline}} 100. Cont, f/u 6 wk.",
    "Pt taking {{St. John's wort}} with {{sertraline}} - advised to stop.",
    "Post-op day 10 {{total knee}}. Incision clean, staples out. {{oxycodone}} 5 prn, taper.",
    "{{CKD}} 3b, eGFR 38. Avoid {{ibuprofen}}. Renal dose meds.",
    "{{gout}} flare L great toe. {{colchicine}} 0.6 x2 then 0.6 in 1h. Cont {{allopurinol}} after.",
    "{{hypothyroidism}}, {{TSH}} 7.2 on {{levothyroxine}} 75. Increase to 88 mcg.",
    "{{asthma}} well controlled on {{Symbicort}}. {{albuterol}} <2x/wk.",
    "{{sleep apnea}}, {{CPAP}} compliance 42%. Mask refit ordered.",
    "{{CHF}} EF 30%. On {{Entresto}}, {{carvedilol}}, {{spironolactone}}. K 4.9.",
    "{{neuropathy}} feet, burning at night. {{gabapentin}} 300 qhs, titrate.",
    "Fell at home x1, no LOC. On {{Eliquis}}. CT head neg. PT/OT home safety eval.",
    "{{pressure injury}} stage 2 sacrum, 2 x 1.5 cm. Foam dressing, turn q2h.",
    "{{hepatitis C}} genotype 1a, starting {{Epclusa}} x12 wk. Baseline labs ok.",
    "{{migraine}} 8 days/mo. Start {{topiramate}} 25 qhs. Limit {{sumatriptan}}.",
    "{{anemia}} Hgb 9.1, ferritin 6. {{iron}} sucrose infusion x3 scheduled.",
    "{{shingles}} R T6 dermatome day 2. {{valacyclovir}} 1 g tid x7d.",
    "Hospice: pain 6/10. {{morphine}} 5 mg q4h prn, {{senna}} daily. Family coping.",
    "{{DVT}} L popliteal. Start {{Xarelto}} 15 bid x21d then 20 daily.",
    "{{BNP}} 880, CXR with effusions. Diuresing, strict I/Os, daily weights.",
    "{{ADHD}}, reports improved focus at work on {{methylphenidate}} ER 36.",
    "{{osteoporosis}}, DEXA T-score -2.8. Start {{alendronate}} 70 weekly, {{calcium}} + {{vitamin D}}.",
    "{{glaucoma}}, IOP 24/22. Start {{latanoprost}} qhs OU.",
    "{{schizophrenia}}, stable on {{Invega Sustenna}}. Next injection 4 wk.",
    "{{lupus}} flare, joint pain + rash. {{hydroxychloroquine}} cont, {{prednisone}} burst.",
    "{{kidney stones}}, 6 mm L UVJ. {{tamsulosin}}, strain urine, {{ketorolac}} prn.",
    "{{macular degeneration}} wet OD. {{Eylea}} injection #4 today.",
    "{{COVID-19}} +, day 3, mild. {{Paxlovid}} - hold {{atorvastatin}} during course.",
    "{{diverticulitis}} LLQ pain, afebrile. {{Augmentin}} x10d, clear liquids.",
]

CHAT_UPDATE = [
    "{{mom}} took her {{metformin}} late today bc she slept in",
    "{{dad}}'s {{blood pressure}} was 150/92 this morning, he forgot the {{amlodipine}} yesterday",
    "{{grandma}} finished the {{antibiotics}} but still coughing",
    "the {{Eliquis}} refill is ready at {{Walgreens}}",
    "{{grandpa}} wants to stop the {{statin}}, says his legs ache",
    "her {{sugar}} was 62 at 3am, gave her juice, she's ok now",
    "{{PT}} says he can start using the cane instead of the {{walker}}",
    "the {{hospice}} nurse upped the {{morphine}} a little",
    "{{mom}}'s {{INR}} was 2.4 so same dose of {{warfarin}}",
    "he refused the {{insulin}} again tonight",
    "{{nana}} is more confused since the {{UTI}}",
    "{{papa}} ran out of {{inhaler}} and the pharmacy needs a new script",
    "she's sleeping a lot since they added the {{trazodone}}",
    "{{mom}}'s {{Hemoglobin A1c}} came back 7.1!! down from 8",
    "dad says the {{Lasix 40}} has him up all night",
    "the {{wound care}} lady said the heel looks better",
    "{{grandpa}} has his {{cataract surgery}} thursday at 7:30",
    "{{mom}} keeps taking {{melatonin}} AND {{Benadryl}}, can someone tell her not to",
]

OPENERS_LOWER = ["hey all", "update", "hi fam", "ok so", "fyi", "morning everyone", "quick update", "hey", "so"]
CLOSERS_LOWER = ["thx", "love u guys", "ttyl", "lmk", "ok bye", "pls call", ""]

RELATIONS = ["Daughter", "Son", "Grandson", "Granddaughter", "Niece", "Nephew", "Wife", "Husband", "Neighbor", "Caregiver",
             "Nurse", "Aide", "Sister", "Brother", "Cousin"]
ORGS = ["{{Walgreens}}", "{{CVS}}", "{{Mayo Clinic}}", "{{Kaiser}}", "{{Cleveland Clinic}}", "{{Rite Aid}}", "{{Medicare}}",
        "{{Medicaid}}", "{{Humana}}", "{{Aetna}}", "{{Blue Cross}}", "{{Meals on Wheels}}", "{{Quest Diagnostics}}", "{{LabCorp}}",
        "{{the VA}}", "{{Social Security}}", "{{Express Scripts}}", "{{UnitedHealthcare}}"]
HELPLINES = ["{{988}}", "{{1-800-222-1222}}", "{{911}}", "{{1-800-MEDICARE}}", "{{211}}"]
CONDITIONS = ["{{atrial fibrillation}}", "{{COPD}}", "{{Parkinson's}}", "{{Alzheimer's}}", "{{type 2 diabetes}}", "{{CHF}}",
              "{{dementia}}", "{{hypertriglyceridemia}}", "{{opioid use disorder}}", "{{stroke}}", "{{breast cancer}}",
              "{{prostate cancer}}", "{{multiple sclerosis}}", "{{ALS}}", "{{kidney failure}}", "{{rheumatoid arthritis}}",
              "{{epilepsy}}", "{{bipolar disorder}}", "{{lymphoma}}", "{{hip fracture}}", "{{pneumonia}}", "{{sepsis}}"]
DRUGS = ["{{metformin}}", "{{Eliquis}}", "{{warfarin}}", "{{Lasix 40}}", "{{lisinopril}}", "{{melatonin}}", "{{St. John's wort}}",
         "{{sertraline}}", "{{oxycodone}}", "{{atorvastatin}}", "{{gabapentin}}", "{{levothyroxine}}", "{{Xarelto}}",
         "{{Ozempic}}", "{{insulin glargine}}", "{{albuterol}}", "{{donepezil}}", "{{prednisone}}", "{{Keppra}}",
         "{{Humira}}", "{{methotrexate}}", "{{Suboxone}}", "{{tramadol}}", "{{omeprazole}}", "{{Synthroid}}", "{{Plavix}}",
         "{{Entresto}}", "{{Trulicity}}", "{{hydrocodone}}", "{{Zofran}}", "{{Miralax}}", "{{potassium chloride}}"]
SERVICES = ["{{physical therapy}}", "{{home health}}", "{{hospice}}", "{{dialysis}}", "{{chemo}}", "{{wound care}}",
            "{{speech therapy}}", "{{cardiac rehab}}", "{{infusion}}", "{{memory care}}", "{{respite care}}", "{{MRI}}",
            "{{colonoscopy}}", "{{mammogram}}", "{{echocardiogram}}", "{{sleep study}}", "{{CT scan}}", "{{Holter monitor}}"]
EQUIP = ["{{oxygen concentrator}}", "{{hospital bed}}", "{{CPAP}}", "{{wheelchair}}", "{{walker}}", "{{shower chair}}",
         "{{nebulizer}}", "{{glucose monitor}}", "{{Dexcom}}", "{{insulin pump}}", "{{hearing aids}}", "{{lift chair}}"]
