"""The interactions issue 14 adds or changes fire on the words a family types, over the plan that makes them matter.

Each case is a question over a small plan and the `interaction:<id>:<severity>` the checker must report; the ids and
severities are the ones written in knowledge/interactions.yaml, not read back from the code.
"""

from __future__ import annotations

import functools

import pytest

from guide.careplan.model import CarePlan, Condition, Consumer, Medication, Name
from guide.knowledge import loader
from guide.resources import data_folder
from guide.turn.checks import Checker

KB = loader.load(data_folder("knowledge"))


@functools.cache
def _checker() -> Checker:
    return Checker(KB.interactions, KB.hazards.hazards, KB.scope_rules, KB.synonyms.synonyms)


def _plan(medicines: tuple[str, ...], conditions: tuple[str, ...] = ()) -> CarePlan:
    return CarePlan(
        consumer=Consumer(id="c", name=Name(given=["Ana"], family="Test")),
        medications=[Medication(id=f"m{i}", text=t) for i, t in enumerate(medicines)],
        conditions=[Condition(id=f"c{i}", text=t) for i, t in enumerate(conditions)],
    )


def _reasons(question: str, medicines: tuple[str, ...], conditions: tuple[str, ...] = ()) -> list[str]:
    return [f.reason.code for f in _checker().check(question, _plan(medicines, conditions)).interactions]


# (expected reason, question, plan medicines, plan conditions)
FIRES = [
    # grapefruit
    (
        "grapefruit-carbamazepine:moderate",
        "is grapefruit juice ok with his tegretol pills?",
        ("Carbamazepine 200 MG Oral Tablet",),
        (),
    ),
    (
        "grapefruit-oxycodone-fentanyl:moderate",
        "can he have half a grapefruit at breakfast?",
        ("Fentanyl 25 MCG/HR Transdermal System",),
        (),
    ),
    # St. John's wort
    (
        "st-johns-wort-anticonvulsant:moderate",
        "can she try st johns wort for her mood?",
        ("Phenytoin 100 MG Extended Release Oral Capsule",),
        (),
    ),
    (
        "st-johns-wort-clopidogrel:moderate",
        "is st. john's wort safe with his plavix?",
        ("Clopidogrel 75 MG Oral Tablet",),
        (),
    ),
    (
        "st-johns-wort-benzodiazepine-sleep-medicines:moderate",
        "she wants to take st john's wort, ok?",
        ("Alprazolam 0.5 MG Oral Tablet",),
        (),
    ),
    (
        "st-johns-wort-proton-pump-inhibitor:minor",
        "he bought some hypericum capsules",
        ("Omeprazole 20 MG Delayed Release Oral Capsule",),
        (),
    ),
    # sedating antihistamines
    ("sedating-antihistamine-opioid:major", "can he take tylenol pm to sleep?", ("Oxycodone 5 MG Oral Tablet",), ()),
    (
        "sedating-antihistamine-opioid:major",
        "is zzzquil ok with her pain pills?",
        ("Hydrocodone 5 MG / Acetaminophen 325 MG Oral Tablet",),
        (),
    ),
    (
        "sedating-antihistamine-benzodiazepine-sleep-medicines:moderate",
        "can she take a benadryl on top of her ambien?",
        ("Zolpidem 5 MG Oral Tablet",),
        (),
    ),
    (
        "sedating-antihistamine-cholinesterase-inhibitor:moderate",
        "can we give mom nyquil for her cold?",
        ("Donepezil 10 MG Oral Tablet",),
        (),
    ),
    (
        "sedating-antihistamine-cholinesterase-inhibitor:moderate",
        "would unisom help dad sleep?",
        (),
        ("Alzheimer's disease",),
    ),
    (
        "sedating-antihistamine-anticholinergic-inhaler:moderate",
        "can he take chlorpheniramine for his allergies?",
        ("Tiotropium 18 MCG Inhalation Capsule",),
        (),
    ),
    (
        "sedating-antihistamine-heavy-drinking:moderate",
        "is dramamine ok for the boat trip?",
        (),
        ("Alcohol use disorder",),
    ),
    (
        "alcohol-sedating-antihistamine:moderate",
        "can she have a glass of wine tonight?",
        ("Hydroxyzine HCl 25 MG Oral Tablet",),
        (),
    ),
    # decongestants
    ("decongestant-hypertension-heart:moderate", "can he take sudafed for his stuffy nose?", (), ("Hypertension",)),
    ("decongestant-maoi:major", "is dayquil ok for her cold?", ("Rasagiline 1 MG Oral Tablet",), ()),
    (
        "decongestant-bronchodilator:minor",
        "can he use mucinex d?",
        ("Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler",),
        (),
    ),
    # serotonin
    (
        "5-htp-serotonergic-medicines:major",
        "can she add 5-htp to help her mood?",
        ("Sertraline 50 MG Oral Tablet",),
        (),
    ),
    (
        "l-tryptophan-serotonergic-medicines:major",
        "would l-tryptophan help him sleep?",
        ("Tramadol 50 MG Oral Tablet",),
        (),
    ),
    (
        "same-serotonergic-medicines:moderate",
        "she read about sam-e for depression, is it ok?",
        ("Duloxetine 60 MG Delayed Release Oral Capsule",),
        (),
    ),
    # nitrates
    (
        "male-enhancement-supplements-nitrate:major",
        "he bought male enhancement pills at the gas station",
        ("Isosorbide Mononitrate 30 MG Extended Release Oral Tablet",),
        (),
    ),
    ("pde5-inhibitor-nitrate:major", "can he use his viagra?", ("Nitroglycerin 0.4 MG Sublingual Tablet",), ()),
    # warfarin
    ("danshen-warfarin:major", "her chinese doctor gave her danshen pills", ("Warfarin Sodium 5 MG Oral Tablet",), ()),
    (
        "multivitamin-warfarin:moderate",
        "should she start a daily multivitamin?",
        ("Warfarin Sodium 5 MG Oral Tablet",),
        (),
    ),
    (
        "nutrition-drink-warfarin:moderate",
        "can he have an ensure shake with lunch?",
        ("Warfarin Sodium 5 MG Oral Tablet",),
        (),
    ),
    # NSAIDs
    (
        "otc-nsaid-prescription-nsaid:major",
        "his knee is bad, can he take some advil too?",
        ("Meloxicam 15 MG Oral Tablet",),
        (),
    ),
    (
        "nsaid-ace-arb-diuretic-kidney:major",
        "can she take aleve for her back?",
        ("Lisinopril 10 MG Oral Tablet", "Hydrochlorothiazide 25 MG Oral Tablet"),
        (),
    ),
    (
        "nsaid-ace-arb-diuretic-kidney:major",
        "the doctor may add mobic for his hip",
        ("Losartan 50 MG Oral Tablet",),
        (),
    ),
    ("alcohol-nsaid:moderate", "can he have a beer with dinner?", ("Meloxicam 15 MG Oral Tablet",), ()),
    # drug-drug pairs, from either side
    (
        "anticoagulant-ssri-snri:moderate",
        "can she take her warfarin with advil?",
        ("Sertraline 50 MG Oral Tablet",),
        (),
    ),
    (
        "ssri-snri-anticoagulant:moderate",
        "is zoloft ok with her blood thinner",
        ("Warfarin Sodium 5 MG Oral Tablet",),
        (),
    ),
    (
        "anticoagulant-ssri-snri:moderate",
        "the heart doctor wants to start eliquis",
        ("Escitalopram 10 MG Oral Tablet",),
        (),
    ),
    ("ssri-snri-nsaid:moderate", "can he start lexapro?", ("Celecoxib 200 MG Oral Capsule",), ()),
    ("opioid-benzodiazepine:major", "can he take a percocet for the pain?", ("Lorazepam 1 MG Oral Tablet",), ()),
    ("benzodiazepine-opioid:major", "can she take one of my xanax to calm down?", ("Oxycodone 5 MG Oral Tablet",), ()),
    # diabetes
    ("keto-fasting-sglt2-inhibitor:major", "he wants to try the keto diet", ("Empagliflozin 10 MG Oral Tablet",), ()),
    (
        "keto-fasting-sglt2-inhibitor:major",
        "she is fasting for ramadan next month",
        ("Dapagliflozin 10 MG Oral Tablet",),
        (),
    ),
    (
        "alcohol-sglt2-inhibitor:moderate",
        "is it ok if he drinks vodka at the wedding?",
        ("Empagliflozin 10 MG Oral Tablet",),
        (),
    ),
    (
        "berberine-glp1-dpp4:minor",
        "can she take berberine with her ozempic?",
        ("Semaglutide 0.5 MG/DOSE Pen Injector",),
        (),
    ),
    ("berberine-glp1-dpp4:minor", "is nature's ozempic ok with januvia?", ("Sitagliptin 100 MG Oral Tablet",), ()),
    # biotin and thyroid absorption
    (
        "biotin-thyroid-tests:moderate",
        "she takes hair skin and nails gummies",
        ("Levothyroxine Sodium 0.1 MG Oral Tablet",),
        (),
    ),
    ("biotin-troponin-heart-tests:moderate", "is biotin ok for his nails?", (), ("Coronary artery disease",)),
    (
        "fiber-supplements-levothyroxine:moderate",
        "can he take metamucil in the morning?",
        ("Levothyroxine Sodium 0.05 MG Oral Tablet",),
        (),
    ),
    (
        "coffee-levothyroxine:minor",
        "she swallows her thyroid pill with her coffee",
        ("Levothyroxine Sodium 0.05 MG Oral Tablet",),
        (),
    ),
    ("soy-levothyroxine:minor", "she switched to soy milk", ("Levothyroxine Sodium 0.05 MG Oral Tablet",), ()),
    # alcohol with antibiotics and blood thinners
    (
        "alcohol-metronidazole:moderate",
        "can he have a beer while on the antibiotic?",
        ("Metronidazole 500 MG Oral Tablet",),
        (),
    ),
    (
        "alcohol-doac-antiplatelet:moderate",
        "is a glass of wine ok with her eliquis?",
        ("Apixaban 5 MG Oral Tablet",),
        (),
    ),
    # potassium loss
    (
        "apple-cider-vinegar-digoxin-diuretics:minor",
        "she drinks apple cider vinegar every morning",
        ("Digoxin 0.125 MG Oral Tablet",),
        (),
    ),
    (
        "aloe-latex-digoxin-diuretics:moderate",
        "he wants to drink aloe vera juice for his gut",
        ("Furosemide 40 MG Oral Tablet",),
        (),
    ),
    # Parkinson's, dementia
    (
        "iron-levodopa:moderate",
        "the doctor said she is low on iron, can she take iron pills?",
        ("Carbidopa 25 MG / Levodopa 100 MG Oral Tablet",),
        (),
    ),
    (
        "tyramine-foods-mao-b-inhibitor:moderate",
        "can he eat aged cheese and salami?",
        ("Rasagiline 1 MG Oral Tablet",),
        (),
    ),
    (
        "baking-soda-memantine:moderate",
        "she takes baking soda in water for heartburn most nights",
        ("Memantine 10 MG Oral Tablet",),
        (),
    ),
    # potassium: the split salt-substitute entries
    (
        "salt-substitute-potassium-sparing-diuretic:major",
        "can we use no salt on his food?",
        ("Spironolactone 25 MG Oral Tablet",),
        (),
    ),
    (
        "salt-substitute-ace-inhibitor-arb:moderate",
        "can she use nu-salt instead of salt?",
        ("Lisinopril 10 MG Oral Tablet",),
        (),
    ),
    ("kelp-iodine-potassium-raising:minor", "the doctor gave him sski drops", ("Lisinopril 10 MG Oral Tablet",), ()),
    # MAO inhibitors: the Parkinson's ones kept on the serotonin and stimulant entries
    ("bitter-orange-maoi:major", "is a fat burner with bitter orange ok?", ("Phenelzine 15 MG Oral Tablet",), ()),
    ("bitter-orange-maoi:major", "is a fat burner with bitter orange ok?", ("Selegiline HCl 5 MG Oral Capsule",), ()),
    ("st-johns-wort-maoi:major", "can he take st john's wort?", ("Safinamide 50 MG Oral Tablet",), ()),
    ("tyramine-foods-maoi:major", "can she have soy sauce?", ("Tranylcypromine 10 MG Oral Tablet",), ()),
    # classes wired by key
    ("alcohol-acetaminophen:major", "he has 4 or 5 beers most nights", ("Acetaminophen 500 MG Oral Tablet",), ()),
    ("grapefruit-buspirone:moderate", "can he have grapefruit juice?", ("Buspirone 10 MG Oral Tablet",), ()),
    # "beers" as families write it, on every alcohol entry
    (
        "alcohol-benzodiazepine-sleep-medicines:major",
        "he had a few beers, can he take his ativan?",
        ("Lorazepam 1 MG Oral Tablet",),
        (),
    ),
    ("alcohol-opioid:major", "she had two beers at the party", ("Oxycodone 5 MG Oral Tablet",), ()),
    ("alcohol-metformin:moderate", "he drinks beers every night", ("Metformin 500 MG Oral Tablet",), ()),
    ("alcohol-warfarin:moderate", "is it ok to have a few beers?", ("Warfarin Sodium 5 MG Oral Tablet",), ()),
    ("alcohol-diabetes-medicines:moderate", "can she have beers at the game?", ("Glipizide 5 MG Oral Tablet",), ()),
    (
        "alcohol-antidepressants-antipsychotics:moderate",
        "he has been having beers after work",
        ("Sertraline 50 MG Oral Tablet",),
        (),
    ),
    (
        "alcohol-nitrate:moderate",
        "can he drink beers on the weekend?",
        ("Isosorbide Mononitrate 30 MG Extended Release Oral Tablet",),
        (),
    ),
    ("alcohol-anticonvulsant:moderate", "is a couple of beers ok?", ("Levetiracetam 500 MG Oral Tablet",), ()),
    # a longer product name no longer hides the shorter one inside it
    ("otc-nsaid-anticoagulant:major", "can he take advil pm tonight?", ("Warfarin Sodium 5 MG Oral Tablet",), ()),
    (
        "acetaminophen-duplicate:moderate",
        "can she take excedrin pm for her headache?",
        ("Acetaminophen 500 MG Oral Tablet",),
        (),
    ),
    (
        "caffeine-theophylline:moderate",
        "can he have a cup of coffee?",
        ("Theophylline 300 MG Extended Release Oral Tablet",),
        (),
    ),
    (
        "iron-levothyroxine:moderate",
        "she takes a multivitamin with iron",
        ("Levothyroxine Sodium 0.05 MG Oral Tablet",),
        (),
    ),
    ("otc-nsaid-heart-failure:major", "can he take motrin pm tonight?", (), ("Chronic heart failure",)),
    ("otc-nsaid-kidney-disease:major", "is advil cold and sinus ok for her?", (), ("Chronic kidney disease stage 3",)),
    ("otc-nsaid-blood-pressure-medicines:moderate", "can she take aleve pm?", ("Lisinopril 10 MG Oral Tablet",), ()),
    ("otc-nsaid-lithium:major", "can he take aleve-d for his sinuses?", ("Lithium Carbonate 300 MG Oral Capsule",), ()),
    ("otc-nsaid-ssri-snri:moderate", "is excedrin pm ok for her headache?", ("Sertraline 50 MG Oral Tablet",), ()),
    (
        "otc-nsaid-corticosteroid:moderate",
        "can he take advil pm with the prednisone?",
        ("Prednisone 10 MG Oral Tablet",),
        (),
    ),
    ("otc-nsaid-ulcer-gi-bleeding:major", "can she take motrin pm?", (), ("Peptic ulcer",)),
    ("acetaminophen-liver-disease:moderate", "can he take goody's pm for his headache?", (), ("Cirrhosis of liver",)),
    ("acetaminophen-heavy-drinking:major", "can he take excedrin pm?", (), ("Alcohol use disorder",)),
    ("acetaminophen-warfarin:moderate", "can she take goodys pm to sleep?", ("Warfarin Sodium 5 MG Oral Tablet",), ()),
    ("ephedra-maoi:major", "he found ma huang at the herb shop", ("Selegiline HCl 5 MG Oral Capsule",), ()),
    ("yohimbe-antidepressants:major", "is yohimbe safe for him?", ("Rasagiline 1 MG Oral Tablet",), ()),
    ("kratom-antidepressants:moderate", "he uses kratom for his back pain", ("Safinamide 50 MG Oral Tablet",), ()),
    (
        "stimulant-laxatives-digoxin-diuretics:moderate",
        "can she take senna for constipation?",
        ("Furosemide 40 MG Oral Tablet",),
        (),
    ),
]


@pytest.mark.parametrize(("expected", "question", "medicines", "conditions"), FIRES, ids=[f[0] for f in FIRES])
def test_a_family_question_over_the_plan_reports_the_interaction_with_its_severity(
    expected: str, question: str, medicines: tuple[str, ...], conditions: tuple[str, ...]
) -> None:
    assert f"interaction:{expected}" in _reasons(question, medicines, conditions)


# (interaction id that must not be reported, question, plan medicines, plan conditions)
QUIET = [
    ("sedating-antihistamine-opioid", "can he take benadryl for the itching?", ("Metformin 500 MG Oral Tablet",), ()),
    ("sedating-antihistamine-opioid", "how should we store her pain pills?", ("Oxycodone 5 MG Oral Tablet",), ()),
    (
        "keto-fasting-sglt2-inhibitor",
        "what should his fasting blood sugar be?",
        ("Empagliflozin 10 MG Oral Tablet",),
        (),
    ),
    ("soy-levothyroxine", "is soy sauce ok with her thyroid pill?", ("Levothyroxine Sodium 0.05 MG Oral Tablet",), ()),
    ("same-serotonergic-medicines", "can she take both pills at the same time?", ("Sertraline 50 MG Oral Tablet",), ()),
    (
        "nutrition-drink-warfarin",
        "how do I ensure he takes it every evening?",
        ("Warfarin Sodium 5 MG Oral Tablet",),
        (),
    ),
    ("multivitamin-warfarin", "should she take one a day or two?", ("Warfarin Sodium 5 MG Oral Tablet",), ()),
    (
        "aloe-latex-digoxin-diuretics",
        "can we put aloe from her plant on the sunburn?",
        ("Furosemide 40 MG Oral Tablet",),
        (),
    ),
    ("kelp-iodine-potassium-raising", "are kelp tablets ok for him?", ("Lisinopril 10 MG Oral Tablet",), ()),
    (
        "salt-substitute-potassium-sparing-diuretic",
        "can she use a salt substitute?",
        ("Lisinopril 10 MG Oral Tablet",),
        (),
    ),
    ("tyramine-foods-maoi", "can he eat aged cheese?", ("Rasagiline 1 MG Oral Tablet",), ()),
    ("tyramine-foods-mao-b-inhibitor", "can she have soy sauce?", ("Phenelzine 15 MG Oral Tablet",), ()),
    ("otc-nsaid-prescription-nsaid", "can she take her aleve with food?", ("Naproxen 500 MG Oral Tablet",), ()),
    (
        "ssri-snri-anticoagulant",
        "what time should she take her zoloft?",
        ("Sertraline 50 MG Oral Tablet", "Warfarin Sodium 5 MG Oral Tablet"),
        (),
    ),
    (
        "opioid-benzodiazepine",
        "can he take a percocet for the pain?",
        ("Metoprolol Succinate 50 MG Extended Release Oral Tablet",),
        (),
    ),
    ("decongestant-hypertension-heart", "can he use a saline spray for his stuffy nose?", (), ("Hypertension",)),
    ("pde5-inhibitor-nitrate", "can he use his viagra?", ("Amlodipine 5 MG Oral Tablet",), ()),
    ("alcohol-metronidazole", "can he have a beer at the barbecue?", ("Amoxicillin 500 MG Oral Capsule",), ()),
    (
        "stimulant-laxatives-digoxin-diuretics",
        "is aloe latex ok for his constipation?",
        ("Digoxin 0.125 MG Oral Tablet",),
        (),
    ),
]


@pytest.mark.parametrize(("interaction_id", "question", "medicines", "conditions"), QUIET, ids=[q[1] for q in QUIET])
def test_an_unrelated_plan_or_a_question_without_the_agent_does_not_report_the_interaction(
    interaction_id: str, question: str, medicines: tuple[str, ...], conditions: tuple[str, ...]
) -> None:
    assert not [r for r in _reasons(question, medicines, conditions) if r.split(":")[1] == interaction_id]


def test_every_interaction_issue_14_adds_or_changes_has_a_firing_case() -> None:
    stamped = {i.id for i in KB.interactions.interactions if i.last_reviewed.isoformat() == "2026-12-02"}
    covered = {case[0].split(":")[0] for case in FIRES}
    assert stamped - covered == set()


def test_every_drug_class_is_used_by_an_interaction() -> None:
    """A class is named in some interaction's `drug_classes`, or is the home of a drug named in some `drugs` list."""
    interactions = KB.interactions.interactions
    by_key = {c for i in interactions for c in i.drug_classes}
    by_drug = {
        c
        for c, cls in KB.interactions.drug_classes.items()
        if set(cls.drugs) & {d for i in interactions for d in i.drugs}
    }
    assert set(KB.interactions.drug_classes) - by_key - by_drug == set()


def test_the_ten_classes_issue_14_found_unused_are_named_by_an_interaction() -> None:
    ten = {"nsaid", "sglt2_inhibitor", "glp1_agonist", "dpp4_inhibitor", "cholinesterase_inhibitor", "nmda_antagonist"}
    ten |= {"bronchodilator", "acetaminophen", "anxiolytic_other", "antihistamine"}
    assert ten - {c for i in KB.interactions.interactions for c in i.drug_classes} == set()


def test_each_drug_belongs_to_one_class_only() -> None:
    """The checker maps each drug to one class; a drug in two classes would silently leave the first."""
    seen: dict[str, str] = {}
    twice = []
    for key, cls in KB.interactions.drug_classes.items():
        twice += [(drug, seen[drug], key) for drug in cls.drugs if drug in seen]
        seen.update(dict.fromkeys(cls.drugs, key))
    assert twice == []


def test_what_the_plan_itself_tells_them_to_manage_is_answered_by_the_plan_not_held_as_an_interaction() -> None:
    from guide.careplan.model import Activity

    plan = _plan(("Warfarin 5 MG Oral Tablet",)).model_copy(
        update={"activities": [Activity(id="a1", text="Keep vitamin K foods such as spinach and kale steady")]}
    )
    asked = "how much kale is too much for him?"
    assert [f.reason for f in _checker().check(asked, plan).interactions] == []
    # without that instruction, the same question is the interaction it always was
    assert [f.reason for f in _checker().check(asked, _plan(("Warfarin 5 MG Oral Tablet",))).interactions] != []
    # and an agent the instruction does not name still is one
    assert _checker().check("can he take ginkgo for his memory?", plan).interactions != []


@pytest.mark.parametrize(
    ("question", "diagnosis"),
    [
        ("could the new water pill be why he is so tired all afternoon?", True),
        ("is her blood pressure pill what's making her dizzy when she stands?", True),
        ("what's causing the rash on his arms, it started friday", True),
        ("is this swelling from the heat or from his heart?", True),
        ("why does he need to weigh himself every morning?", False),  # asks why the plan says it, not a cause
        ("what should make us call her team about her mood?", False),
    ],
)
def test_asking_what_causes_a_symptom_is_asking_for_a_diagnosis(question: str, diagnosis: bool) -> None:
    from guide.language.text import normalise

    text = normalise(question).replace("'", "")
    assert ("diagnosis" in _checker().scope(text, _plan(("Furosemide 40 MG Oral Tablet",)))) is diagnosis


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ('My doctor said my COPD is "moderate". What does that mean for how long I have?', True),
        ("how long does she have left, honestly", True),
        ("is he dying?", True),
        ("what are her chances with the surgery", True),
        ("does she have shingles?", True),  # still a diagnosis
        ("how long does he have to wait after eating before his walk?", False),  # an obligation, not a prognosis
        ("why does mom have to look at her feet every night?", False),
        ("how long will it last after the flu shot?", False),
        ("how long do we have before the appointment on friday?", False),
    ],
)
def test_asking_how_an_illness_will_go_is_held_and_asking_what_one_must_do_is_not(question: str, held: bool) -> None:
    from guide.language.text import normalise

    text = normalise(question).replace("'", "")
    assert ("diagnosis" in _checker().scope(text, _plan(("Furosemide 40 MG Oral Tablet",)))) is held
