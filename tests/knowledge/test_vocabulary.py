"""The knowledge base's words the redactor keeps: a topic tag that is a common name is not among them."""

from __future__ import annotations

from guide.knowledge.loader import load
from redaction import Redactor

from .conftest import KB


def test_a_topic_that_is_a_name_is_no_kept_word_and_the_rest_stay() -> None:
    vocabulary = load(KB).vocabulary()
    assert "faith" not in vocabulary  # the prayer article's tag, and a common given name
    assert {"prayer", "spirituality", "chaplaincy"} <= vocabulary  # its other tags stay kept
    assert "warfarin" in vocabulary


def test_the_service_redactor_takes_a_name_the_knowledge_base_tags_and_keeps_the_herb() -> None:
    redactor = Redactor(allow_list=sorted(load(KB).vocabulary()))  # as `guide/services.py` builds it
    result = redactor.redact("its me faith, my phone died. can grandma take ginger with her warfarin?")
    assert "faith" not in result.text
    assert "ginger" in result.text and "warfarin" in result.text


def test_a_kept_word_that_is_a_name_or_a_town_is_no_kept_word_from_any_list() -> None:
    vocabulary = {w.lower() for w in load(KB).vocabulary()}
    # an infant hazard, a condition, an herb, a topic: each is also a surname or a town's name
    assert not {"honey", "burns", "hawthorn", "falls", "bath"} & vocabulary
    assert {"warfarin", "digoxin", "honey for baby"} <= vocabulary  # drugs and phrases stay kept


def test_the_service_redactor_takes_names_and_towns_and_keeps_the_clinical_uses() -> None:
    redactor = Redactor(allow_list=sorted(load(KB).vocabulary()))  # as `guide/services.py` builds it
    result = redactor.redact("its Honey Brooks, mom moved to Sioux Falls. can she take hawthorn with digoxin?")
    assert "Honey" not in result.text and "Sioux" not in result.text and "Falls" not in result.text
    assert "hawthorn" in result.text and "digoxin" in result.text
    kept = redactor.redact("Honey for the baby's cough? Falls at night, what can we do").text
    assert kept.startswith("Honey for the baby") and "Falls at night" in kept
