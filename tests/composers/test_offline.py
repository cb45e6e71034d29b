"""The offline composer's choices: the plan first, no near-repeats, notes kept with their item."""

from __future__ import annotations

import numpy as np

from guide.careplan.passages import Passage
from guide.checks import Findings
from guide.composers.offline import OfflineComposer
from guide.retrieval import Hit, Retrieved
from redaction import Redacted

SAME = ["A salt-water gargle soothes a sore throat.", "Gargling with salt water eases a sore throat."]


class _Similarity:
    """Every sentence is equally close to the question; the two SAME sentences are near-repeats."""

    def __call__(self, query: str, texts: list[str]) -> list[float]:
        return [0.7 for _ in texts]

    def among(self, texts: list[str]) -> np.ndarray:
        return np.array([[1.0 if a == b or (a in SAME and b in SAME) else 0.1 for b in texts] for a in texts])


def _kb(text: str) -> Hit:
    return Hit(
        Passage(
            id="kb:gargle#what-it-is",
            kind="knowledge",
            section="what-it-is",
            title="Gargle",
            text=text,
            article_id="gargle",
        ),
        0.7,
    )


def test_a_sentence_that_repeats_a_better_one_in_other_words_is_left_out() -> None:
    text = " ".join([*SAME, "Spit the salt water out; do not swallow it.", "Repeat a few times a day."])
    retrieved = Retrieved(careplan=[], knowledge=[_kb(text)], call_if=[])
    answer = (
        OfflineComposer(similarity=_Similarity())
        .compose(question=Redacted("is a salt water gargle ok?", []), retrieved=retrieved, findings=Findings())
        .text
    )
    assert sum(s.rstrip(".") in answer for s in SAME) == 1  # each sentence carries its number before its full stop
    assert "Spit the salt water out" in answer and "Repeat a few times a day [1]." in answer


def test_a_plan_note_stays_with_the_item_it_is_about() -> None:
    text = "The care plan records this complementary therapy in use: Hand massage. Notes: Weekly, helps her settle."
    passage = Passage(id="cp:p3:modalities:m", kind="careplan", section="modalities", title="Massage", text=text)
    retrieved = Retrieved(careplan=[Hit(passage, 0.6)], knowledge=[], call_if=[])
    answer = (
        OfflineComposer(similarity=_Similarity())
        .compose(question=Redacted("what helps her settle?", []), retrieved=retrieved, findings=Findings())
        .text
    )
    assert "Hand massage [1]. Notes: Weekly, helps her settle [1]." in answer
