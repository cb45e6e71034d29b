"""The offline composer's choices: the plan first, no near-repeats, notes kept with their item."""

from __future__ import annotations

import numpy as np
import pytest

from guide.careplan.passages import Passage
from guide.turn.compose.offline import OfflineComposer
from guide.turn.contracts import Findings, Hit, Retrieved
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


class _Constant:
    """Every sentence equally close to the question and none a near-repeat: the ranking is the passages' scores."""

    def __call__(self, query: str, texts: list[str]) -> list[float]:
        return [0.7 for _ in texts]

    def among(self, texts: list[str]) -> np.ndarray:
        return np.eye(len(texts))


def _plan(number: int, text: str, score: float) -> Hit:
    return Hit(Passage(id=f"cp:p1:plan:{number}", kind="careplan", section="plan", title="Plan", text=text), score)


def _article(text: str, score: float) -> Hit:
    return Hit(
        Passage(id="kb:a#s", kind="knowledge", section="s", title="Article", text=text, article_id="a"),
        score,
    )


def _first_line(question: str, plan: list[Hit], knowledge: list[Hit]) -> str:
    """The answer's first sentence line, under its heading."""
    retrieved = Retrieved(careplan=plan, knowledge=knowledge, call_if=[])
    text = (
        OfflineComposer(similarity=_Constant())
        .compose(question=Redacted(question, []), retrieved=retrieved, findings=Findings())
        .text
    )
    return text.split("\n")[1]


# Each case: a question, plan items and a library passage (with passage scores), and the start of the sentence
# that should open the answer, written down before the code ran.
LEAD_CASES = [
    pytest.param(
        "how many glucose tablets do we give her for a low?",
        [
            ("Care plan instruction (Diabetes plan): Keep glucose tablets in her purse and by the bed for lows.", 0.70),
            ("Care plan instruction (Diabetes plan): If sugar is below 70, take 4 glucose tablets and recheck.", 0.66),
        ],
        None,
        "If sugar is below 70, take 4 glucose tablets",
        id="how-many-leads-with-the-number",
    ),
    pytest.param(
        "how does he take the tiotropium capsule?",
        [
            ("The care plan lists this medicine: Tiotropium 18 MCG Inhalation Capsule.", 0.70),
            ("How to take Tiotropium 18 MCG Inhalation Capsule: Inhale the contents of 1 capsule once a day.", 0.68),
        ],
        None,
        "How to take Tiotropium 18 MCG Inhalation Capsule: Inhale",
        id="how-to-leads-with-the-instruction-not-the-listing",
    ),
    pytest.param(
        "can she take melatonin with her other pills?",
        [("The care plan records this supplement in use: Melatonin 3 mg.", 0.60)],
        (
            "Melatonin is a hormone that helps control the sleep cycle. Melatonin may interact with some other "
            "medicines, so a pharmacist should check the full medicine list.",
            0.70,
        ),
        "Melatonin may interact with some other medicines",
        id="yes-no-leads-with-the-library-when-the-plan-only-lists-the-item",
    ),
    pytest.param(
        "how do we keep her from falling at night?",
        [("Care plan instruction (Falls plan): Use a night light in the hallway and bathroom.", 0.60)],
        ("Use bright lighting from the bedroom to the bathroom.", 0.80),
        "Use a night light in the hallway and bathroom",
        id="the-plans-own-instruction-stays-first-when-it-answers",
    ),
    pytest.param(
        "which vaccines should he keep up with?",
        [
            ("The care plan lists this condition: Chronic obstructive lung disease.", 0.70),
            ("Care plan instruction (COPD plan): Get the flu shot every fall.", 0.68),
        ],
        None,
        "The care plan lists this condition: Chronic obstructive lung disease",
        id="a-question-of-no-known-form-keeps-the-ranked-order",
    ),
    pytest.param(
        "what can I do to support him between sessions?",
        [
            ("Care plan instruction (Depression plan): Weekly therapy sessions.", 0.80),
            ("Care plan instruction (Depression plan): Keep a list of questions for the therapist.", 0.50),
        ],
        None,
        "Weekly therapy sessions",
        id="a-fitting-sentence-ranked-far-below-the-best-is-not-promoted",
    ),
]


@pytest.mark.parametrize(("question", "plan", "article", "lead"), LEAD_CASES)
def test_the_first_sentence_is_the_one_that_answers_the_question(
    question: str, plan: list[tuple[str, float]], article: tuple[str, float] | None, lead: str
) -> None:
    hits = [_plan(i, text, score) for i, (text, score) in enumerate(plan)]
    knowledge = [_article(*article)] if article else []
    assert _first_line(question, hits, knowledge).startswith(lead)


def test_choosing_the_lead_keeps_every_other_sentence_and_its_citation() -> None:
    plan = [
        _plan(
            0, "Care plan instruction (Diabetes plan): Keep glucose tablets in her purse and by the bed for lows.", 0.7
        ),
        _plan(
            1, "Care plan instruction (Diabetes plan): If sugar is below 70, take 4 glucose tablets and recheck.", 0.66
        ),
    ]
    retrieved = Retrieved(careplan=plan, knowledge=[], call_if=[])
    composition = OfflineComposer(similarity=_Constant()).compose(
        question=Redacted("how many glucose tablets do we give her for a low?", []),
        retrieved=retrieved,
        findings=Findings(),
    )
    assert composition.text.split("\n")[1] == (
        "If sugar is below 70, take 4 glucose tablets and recheck [1]. "
        "Keep glucose tablets in her purse and by the bed for lows [2]."
    )
    assert [c.id for c in composition.citations] == ["cp:p1:plan:1", "cp:p1:plan:0"]


class _Listed:
    """The medicine's listing is close to the question; its instructions sentence less so (MiniLM barely knows
    "hctz"), and an unrelated plan item's sentence further still."""

    def __init__(self, close: dict[str, float]) -> None:
        self.close = close

    def __call__(self, query: str, texts: list[str]) -> list[float]:
        return [max((v for k, v in self.close.items() if k in t), default=0.05) for t in texts]

    def among(self, texts: list[str]) -> np.ndarray:
        return np.eye(len(texts))


MEDICINE = (
    "The care plan lists this medicine: Hydrochlorothiazide 25 MG Oral Tablet. "
    "How to take Hydrochlorothiazide 25 MG Oral Tablet: Take 1 tablet by mouth every morning."
)


@pytest.mark.parametrize(
    ("question", "instructions_used"),
    [
        ("what dose is dans hctz", True),  # an amount: the item's instructions answer it
        ("how do i give him his hctz", True),  # an instruction: the same
        ("is dans hctz a water pill?", False),  # yes or no: the listing says it; no lift
    ],
)
def test_a_used_plan_items_sentence_of_the_asked_shape_comes_with_it(question: str, instructions_used: bool) -> None:
    similarity = _Listed({"lists this medicine": 0.4, "How to take": 0.22})
    retrieved = Retrieved(careplan=[_plan(1, MEDICINE, 0.29)], knowledge=[], call_if=[])
    answer = (
        OfflineComposer(similarity=similarity)
        .compose(question=Redacted(question, []), retrieved=retrieved, findings=Findings())
        .text
    )
    assert "Hydrochlorothiazide 25 MG Oral Tablet [1]" in answer
    assert ("Take 1 tablet by mouth every morning" in answer) is instructions_used


def test_a_sentence_of_the_asked_shape_far_below_its_items_used_sentence_stays_out() -> None:
    similarity = _Listed({"lists this medicine": 0.4, "How to take": -0.1})  # well outside LEAD_RANK_MARGIN
    retrieved = Retrieved(careplan=[_plan(1, MEDICINE, 0.29)], knowledge=[], call_if=[])
    answer = (
        OfflineComposer(similarity=similarity)
        .compose(question=Redacted("what dose is dans hctz", []), retrieved=retrieved, findings=Findings())
        .text
    )
    assert "every morning" not in answer


class _Confused:
    """MiniLM's mistake in small: "INR" reads as "inhaler", so the inhaler sentence is closer than the plan's goal."""

    def __call__(self, query: str, texts: list[str]) -> list[float]:
        return [0.6 if "inhaler" in t.lower() else 0.2 for t in texts]

    def among(self, texts: list[str]) -> np.ndarray:
        return np.eye(len(texts))


def _goal_question_retrieved() -> Retrieved:
    def passage(pid: str, section: str, text: str) -> Passage:
        kind = "knowledge" if pid.startswith("kb:") else "careplan"
        article = pid.split(":")[1].split("#")[0] if kind == "knowledge" else None
        return Passage(id=pid, kind=kind, section=section, title=section, text=text, article_id=article)

    goal = passage("cp:p2:goals:g3", "goals", "A goal of the care plan: Keep INR between 2.0 and 3.0.")
    preferences = passage(
        "cp:p2:instructions:preferences", "instructions", "Preferred language: English. Prefers his wife present."
    )
    inhaler = passage("kb:inhalers#what-it-is", "what-it-is", "An inhaler is a small device that delivers medicine.")
    return Retrieved(careplan=[Hit(preferences, 0.29), Hit(goal, 0.27)], knowledge=[Hit(inhaler, 0.31)], call_if=[])


@pytest.mark.parametrize("question", ["what's a normal INR", "what should his INR be", "what is a normal inr for him"])
def test_a_question_about_a_measures_target_is_answered_by_the_plans_goal_first(question: str) -> None:
    composition = OfflineComposer(similarity=_Confused()).compose(
        question=Redacted(question, []), retrieved=_goal_question_retrieved(), findings=Findings()
    )
    assert composition.text.startswith("The care plan says:\nA goal of the care plan: Keep INR between 2.0 and 3.0")
    assert "inhaler" not in composition.text.lower()  # the library shares no word with the question
    assert composition.confidence >= 0.6 and not composition.reasons


def test_a_library_sentence_closer_to_the_question_than_its_passage_raises_the_confidence() -> None:
    """The passage's score alone held "how do I get him to stop for good?" (quitting-smoking, 0.339) under the 0.35 bar
    although its sentences answer it; a plan item's confidence already counts its sentence."""
    question = Redacted("how do I get him to stop smoking for good?", [])
    retrieved = Retrieved(careplan=[], knowledge=[_article("Call a free quitline to stop smoking.", 0.34)], call_if=[])
    close = OfflineComposer(similarity=_Constant()).compose(question=question, retrieved=retrieved, findings=Findings())
    assert close.confidence == pytest.approx(0.5 * 0.7 + 0.5 * 0.34)

    class _Far(_Constant):
        def __call__(self, query: str, texts: list[str]) -> list[float]:
            return [0.1 for _ in texts]

    far = OfflineComposer(similarity=_Far()).compose(question=question, retrieved=retrieved, findings=Findings())
    assert far.confidence == pytest.approx(0.34)  # never below the passage's own score
