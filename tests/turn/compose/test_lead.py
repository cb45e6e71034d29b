"""Reading a question's form and a sentence's shape, on hand-written examples (negatives included)."""

from __future__ import annotations

import pytest

from guide.turn.compose.lead import Form, fits, lead_index, question_form


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("how many glucose tablets do we give her?", Form.AMOUNT),
        ("what time does he take the furosemide?", Form.AMOUNT),
        ("when should mom check her sugar?", Form.AMOUNT),
        ("what blood pressure number is she aiming for?", Form.AMOUNT),
        ("when I visit on sundays, what should I bring?", Form.HOW_TO),
        ("we have old medicines, how do we get rid of them?", Form.HOW_TO),
        ("and if it's still low after that?", Form.HOW_TO_IF),
        ("she burned her finger, what do we do", Form.HOW_TO),
        ("can she take melatonin with her other pills?", Form.YES_NO),
        ("is it ok to light candles near the oxygen?", Form.YES_NO),
        ("what is reiki?", Form.WHAT_IS),
        ("should we use ice or heat?", Form.OTHER),
        ("which vaccines should he keep up with?", Form.OTHER),
        ("what's a good daily routine for mom?", Form.OTHER),
        ("why do older people run low on B12?", Form.OTHER),
        ("his chest hurts and he is sweating", Form.OTHER),
    ],
)
def test_a_questions_form_is_read_from_its_asking_clause(question: str, form: Form) -> None:
    assert question_form(question) is form


@pytest.mark.parametrize(
    ("form", "sentence", "expected"),
    [
        (Form.AMOUNT, "How to take Furosemide 40 MG Oral Tablet: Take 1 tablet by mouth every morning.", True),
        (Form.AMOUNT, "Limit fluids to about 2 liters a day.", True),
        (Form.AMOUNT, "The care plan lists this medicine: Furosemide 40 MG Oral Tablet.", False),
        (Form.AMOUNT, "The care plan records this supplement in use: Melatonin 3 mg. Notes: Given at bedtime.", True),
        (Form.AMOUNT, "Keep glucose tablets in her purse.", False),
        (Form.HOW_TO, "If blood sugar is below 70, take 4 glucose tablets.", True),
        (Form.HOW_TO, "Rinse the scrape under clean running water.", True),
        (Form.HOW_TO, "Talk with him calmly.", True),
        (Form.HOW_TO, "Talk therapy is backed by research.", False),
        (Form.HOW_TO, "Call the care team if she falls.", False),
        (Form.HOW_TO, "Most minor scrapes heal well.", False),
        (Form.YES_NO, "Melatonin may interact with other medicines.", True),
        (Form.YES_NO, "Care team member: a heart failure nurse.", False),
        (Form.YES_NO, "The care plan records this supplement in use: CBD oil. Notes: Some evenings.", False),
        (Form.WHAT_IS, "Reiki is a practice in which a practitioner places hands on or near the body.", True),
        (Form.WHAT_IS, "Ask the practitioner about training.", False),
        (Form.OTHER, "Take 1 tablet every morning.", False),
    ],
)
def test_a_sentence_fits_a_form_by_its_own_words(form: Form, sentence: str, expected: bool) -> None:
    assert fits(form, sentence) is expected


def test_the_lead_is_the_best_ranked_fitting_sentence_or_none() -> None:
    ranked = ["Keep tablets handy.", "Take 4 tablets.", "Take 2 tablets every hour."]
    assert lead_index(Form.AMOUNT, ranked) == 1
    assert lead_index(Form.WHAT_IS, ranked) is None


def test_a_question_about_what_to_do_if_something_happens_leads_with_the_instruction_for_that_condition() -> None:
    from guide.turn.compose.lead import Form, lead_index, question_form

    ranked = [
        "Keep the rescue inhaler in his jacket pocket.",
        "If he is too breathless to finish a sentence, sit him upright and use the rescue inhaler.",
    ]
    assert question_form("what do we do if he gets really short of breath on the stairs?") is Form.HOW_TO_IF
    assert lead_index(Form.HOW_TO_IF, ranked) == 1
    assert lead_index(Form.HOW_TO, ranked) == 0  # a plain how-to keeps the best-ranked instruction
    assert lead_index(Form.HOW_TO_IF, ranked[:1]) == 0  # no conditional instruction: any instruction leads


def test_an_instruction_for_the_asked_condition_may_lead_from_further_down_than_other_forms() -> None:
    from typing import Any, cast

    from guide.turn.compose.lead import Form
    from guide.turn.compose.offline import LEAD_IF_MARGIN, LEAD_RANK_MARGIN, _lead, _Pick

    hit = cast(Any, None)
    picks = [
        _Pick(hit, "Keep glucose tablets in her purse and by the bed.", rank=0.95, confidence=0.9),
        _Pick(hit, "If blood sugar is below 70, take 4 glucose tablets.", rank=0.95 - 0.24, confidence=0.7),
    ]
    assert LEAD_RANK_MARGIN < 0.24 < LEAD_IF_MARGIN
    assert _lead(Form.HOW_TO_IF, picks) == 1
    assert _lead(Form.HOW_TO, picks) == 0
    far = [picks[0], _Pick(hit, "If she feels shaky, give juice.", rank=0.95 - 0.4, confidence=0.5)]
    assert _lead(Form.HOW_TO_IF, far) == 0  # too far down: about something else; any instruction leads
