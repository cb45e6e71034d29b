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
