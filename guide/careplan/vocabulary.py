"""Words that place a care-plan item in the behavioral-health section, and plan-text rules."""

from __future__ import annotations

import re

_BEHAVIORAL = re.compile(
    r"\b(depress\w*|anxiety|anxious|panic|bipolar|schizo\w*|psychos[ie]s|psychotic|psychiatr\w*|"
    r"mental health|ptsd|post-?traumatic|suicid\w*|self-harm|substance|alcohol (use|abuse|depend)\w*|"
    r"opioid use|drug (abuse|dependence)|eating disorder|anorexia|bulimia|adhd|obsessive|ocd|"
    r"psychotherap\w*|cognitive behavio\w* therapy|counsel+ing|mood|behaviou?ral health|insomnia disorder)\b",
    re.IGNORECASE,
)
# Medicines whose name alone discloses a behavioral-health condition.
_BEHAVIORAL_DRUGS = re.compile(
    r"\b(sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine|venlafaxine|"
    r"desvenlafaxine|duloxetine|bupropion|mirtazapine|trazodone|vortioxetine|vilazodone|"
    r"amitriptyline|nortriptyline|imipramine|phenelzine|tranylcypromine|lithium|quetiapine|"
    r"olanzapine|risperidone|aripiprazole|haloperidol|clozapine|ziprasidone|lurasidone|"
    r"buspirone|naltrexone|buprenorphine|methadone|disulfiram|acamprosate|"
    r"zoloft|prozac|celexa|lexapro|paxil|effexor|cymbalta|wellbutrin|seroquel|abilify)\b",
    re.IGNORECASE,
)
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
