"""Issue 17, eighth pass: a capitalised phrase after an article ('the Fresenius unit', 'the Omnipod pump') or after a
possessive and before a noun it modifies ('his Fresenius chair time') names a thing: a shop, a brand, an insurer, a
service. People and places written the same way stay redacted.

Examples invented here (not taken from the dev files); the rule is tested both ways, and every "kept" example was
redacted by the code before the pass.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.checks import covered, touched


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We drove to the Fresenius unit twice this week for her sessions.", "Fresenius"),
        ("She has been on the Omnipod pump since spring and it alarms at night.", "Omnipod"),
        ("We met the Discharge Planner after lunch and she explained the forms.", "Planner"),
        ("Dad reads the Tribune every morning before his blood pressure pill.", "Tribune"),
        ("Can you check whether his Fresenius chair time moved to the afternoon?", "Fresenius"),
        ("I will bring her Dexcom receiver so the nurse can read the numbers.", "Dexcom"),
    ],
)
def test_when_a_brand_follows_an_article_or_modifies_a_noun_then_it_is_kept(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We had dinner with the Abernathys on Sunday and Mom was tired after.", "Abernathys"),
        ("The Okonkwo family brought soup, and Chidi Okonkwo stayed to help.", "Okonkwo"),
        ("My Oksana called from the pharmacy about the refill.", "Oksana"),
        ("Our Marisol is coming on Friday to sit with Grandpa.", "Marisol"),
        ("They moved her to a unit in the Bronx after the surgery.", "Bronx"),
        ("She lived on the Upper West Side for years before the move.", "Upper West Side"),
        ("Ask Tomasz Wierzbicki at the front desk for the forms.", "Tomasz Wierzbicki"),
        # a surname after "the" names a family, not a thing (the lead's review of this pass)
        ("We saw the Johnson boy at church and he asked about Mom.", "Johnson"),
        ("I asked the Lopez girl next door to help with groceries.", "Lopez"),
        ("We drove out to the Kowalski farm on Sunday.", "Kowalski"),
    ],
)
def test_when_a_person_or_a_place_is_written_with_an_article_or_possessive_then_it_is_still_redacted(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)
