"""Speaker labels after what a chat export writes before them (redaction/people.py, `_CHAT_PREFIX`)."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def rules_only() -> Redactor:
    redactor = Redactor(name_finder=False)  # the rule on its own, without the learned second look
    redactor.warm_up()
    return redactor


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[10:02 PM] Brittany: grandma took her metoprolol at 8\n[10:05 PM] Tomasz: ok", ["Brittany", "Tomasz"]),
        ("[Cousins chat] Rhiannon: who drives Nana on Friday?", ["Rhiannon"]),
        ("03/11/26, 21:04 - Darnell: gave her the Eliquis\n03/11/26, 21:06 - Ofelia: thanks", ["Darnell", "Ofelia"]),
    ],
)
def test_a_speaker_after_a_chat_timestamp_is_a_person(rules_only: Redactor, text: str, names: list[str]) -> None:
    spans = [text[s.start : s.end] for s in rules_only.redact(text).spans if s.type == "PERSON"]
    for name in names:
        assert name in spans


def test_a_bracketed_heading_does_not_make_a_label_a_speaker(rules_only: Redactor) -> None:
    text = "[Week 2] Blood sugar log: 140 this morning"
    assert not any(s.type == "PERSON" for s in rules_only.redact(text).spans)
