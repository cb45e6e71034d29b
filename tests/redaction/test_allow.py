"""The clinical allow-list protects drug, condition, modality and body-part words."""

from __future__ import annotations

import pytest

from redaction.allow import AllowList, clinical_terms


def _protected(allow: AllowList, text: str) -> list[str]:
    return [text[s:e] for s, e in allow.protected(text)]


def test_the_built_in_vocabulary_has_a_few_hundred_terms() -> None:
    assert len(clinical_terms()) >= 300


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Her Parkinson's disease is worse", "Parkinson's disease"),
        ("Alzheimer's runs in the family", "Alzheimer's"),
        ("COPD flare", "COPD"),
        ("Metformin at breakfast", "Metformin"),
        ("Is St. John's wort safe?", "St. John's wort"),
        ("St John's wort again", "St John's wort"),
        ("Reiki on Tuesdays", "Reiki"),
        ("no more Lasix", "Lasix"),
        ("She has Hashimoto's", "Hashimoto's"),
        ("Graves' disease", "Graves' disease"),
    ],
)
def test_clinical_terms_are_protected(text: str, term: str) -> None:
    assert term in _protected(AllowList(), text)


@pytest.mark.parametrize("text", ["Mr. Hashimoto called", "Addison visited", "Tell Huntington"])
def test_possessive_only_eponyms_leave_the_surname_redactable(text: str) -> None:
    assert _protected(AllowList(), text) == []


def test_caller_terms_extend_the_vocabulary() -> None:
    assert _protected(AllowList(["Zzyzorin Pen"]), "uses the zzyzorin pen daily") == ["zzyzorin pen"]
