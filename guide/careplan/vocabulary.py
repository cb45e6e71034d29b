"""Words that place a care-plan item in the behavioral-health section, and plan-text rules."""

from __future__ import annotations

import re

_BEHAVIORAL = re.compile(
    r"\b(depress\w*|anxiety|anxious|panic|bipolar|schizo\w*|psychos[ie]s|psychotic|psychiatr\w*|"
    r"mental health|ptsd|post-?traumatic|suicid\w*|self-harm|substance|alcohol (use|abuse|depend)\w*|"
    r"opioid use|drug (abuse|dependence)|eating disorder|anorexia|bulimia|adhd|obsessive|ocd|"
    r"psychotherap\w*|cognitive behavio\w* therapy|counsel+ing|mood|behaviou?ral health|insomnia disorder|"
    r"abuse|misuse\w*|addict\w*|alcoholism|overdose|"
    r"(drug|substance|alcohol|opioid|opiate|cocaine|cannabis|nicotine|benzodiazepine)s? (dependence|use disorder))\b",
    re.IGNORECASE,
)
# Medicines whose name alone discloses a behavioral-health condition.
_BEHAVIORAL_DRUGS = re.compile(
    r"\b(sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine|venlafaxine|"
    r"desvenlafaxine|duloxetine|bupropion|mirtazapine|trazodone|vortioxetine|vilazodone|"
    r"amitriptyline|nortriptyline|imipramine|phenelzine|tranylcypromine|lithium|quetiapine|"
    r"olanzapine|risperidone|aripiprazole|haloperidol|clozapine|ziprasidone|lurasidone|"
    r"buspirone|naltrexone|buprenorphine|methadone|disulfiram|acamprosate|"
    r"zoloft|prozac|celexa|lexapro|paxil|effexor|cymbalta|wellbutrin|seroquel|abilify|"
    r"paliperidone|asenapine|cariprazine|brexpiprazole|lumateperone|chlorpromazine|fluphenazine|perphenazine|"
    r"alprazolam|methylphenidate|lisdexamfetamine|amphetamine|atomoxetine|varenicline|"
    r"suboxone|vivitrol|sublocade|zubsolv|ritalin|adderall|vyvanse|xanax|risperdal|zyprexa|latuda|rexulti|vraylar|"
    r"trintellix|remeron|desyrel)\b",
    re.IGNORECASE,
)
# Behavioral-health concepts by code (what a word list misses: "Opioid abuse", "Misuses drugs"). ICD-10 chapter F
# (mental, behavioural and substance-use disorders) except F00-F09 (dementia and other organic disorders, which are
# not the behavioral-health section's), and these SNOMED CT concepts.
_BEHAVIORAL_SNOMED = frozenset(
    {
        "370143000",  # major depressive disorder
        "36923009",  # major depression, single episode
        "35489007",  # depressive disorder
        "197480006",  # anxiety disorder
        "21897009",  # generalized anxiety disorder
        "47505003",  # posttraumatic stress disorder
        "13746004",  # bipolar disorder
        "58214004",  # schizophrenia
        "5602001",  # opioid abuse
        "6525002",  # dependent drug abuse
        "26416006",  # drug abuse
        "7200002",  # alcoholism
        "15167005",  # alcohol abuse
        "66590003",  # alcohol dependence
        "55680006",  # drug overdose
        "361055000",  # misuses drugs
    }
)
ICD10_SYSTEMS = frozenset({"http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10"})
SNOMED_SYSTEM = "http://snomed.info/sct"


def is_behavioral_code(system: str | None, code: str | None) -> bool:
    """True for an ICD-10 F-chapter code (F10-F99) or a SNOMED CT behavioral-health or substance-use concept."""
    if not code:
        return False
    if system in ICD10_SYSTEMS:
        return bool(re.match(r"F[1-9]\d", code.upper()))
    return system == SNOMED_SYSTEM and code in _BEHAVIORAL_SNOMED


_CALL_IF = re.compile(r"^\s*(please\s+)?(call|phone|ring|contact|dial|go to|page)\b.*\b(if|when|for)\b", re.IGNORECASE)
_EMERGENCY = re.compile(r"\b(911|988|emergency|ambulance|er\b|a\s*&\s*e)", re.IGNORECASE)


def is_behavioral(text: str) -> bool:
    """True when the text names a behavioral-health condition, treatment or medicine."""
    return bool(_BEHAVIORAL.search(text) or _BEHAVIORAL_DRUGS.search(text))


def call_if_urgency(text: str) -> str | None:
    """ "emergency" or "care_team" when the text is a call-us-if rule, else None."""
    if not _CALL_IF.search(text):
        return None
    return "emergency" if _EMERGENCY.search(text) else "care_team"


def clean_display(text: str) -> str:
    """Drop SNOMED's semantic tags like "(disorder)" and tidy spaces."""
    text = re.sub(r"\s*\((disorder|finding|situation|procedure|regime/therapy)\)\s*", " ", text)
    return re.sub(r"\s+", " ", text).strip()
