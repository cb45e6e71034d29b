"""Given names that are also common words are redacted only when they read as names."""

from __future__ import annotations

import pytest

from redaction import KnownIdentifier, Redactor

KNOWN = [
    KnownIdentifier("PERSON", "Will Turner"),
    KnownIdentifier("PERSON", "May Chen"),
    KnownIdentifier("PERSON", "Rose Grace Bill"),
    KnownIdentifier("PERSON", "An Nguyen"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will is coming at noon.", "<PERSON_1> is coming at noon."),
        ("Ask Will to bring the pills.", "Ask <PERSON_1> to bring the pills."),
        ("Mr. Will called.", "Mr. <PERSON_1> called."),
        ("Will you bring the pills?", "Will you bring the pills?"),
        ("She will take it at 8 pm.", "She will take it at 8 pm."),
        ("May called from the pharmacy.", "<PERSON_1> called from the pharmacy."),
        ("Her appointment is in May.", "Her appointment is in May."),
        ("See you on May 3.", "See you on May 3."),
        ("May I ask a question?", "May I ask a question?"),
        ("It may help.", "It may help."),
        ("Rose sat with her.", "<PERSON_1> sat with her."),
        ("Her sugar rose to 300.", "Her sugar rose to 300."),
        ("Grace is her aide.", "<PERSON_1> is her aide."),
        ("The bill came today.", "The bill came today."),
        ("An aide comes daily.", "An aide comes daily."),
        ("I spoke with An yesterday.", "I spoke with <PERSON_1> yesterday."),
        ("Will Turner and May Chen visited.", "<PERSON_1> and <PERSON_2> visited."),
        # typed in lower case in a message with capitals elsewhere: the plan's person, unless the place says word
        ("Hi, grace asked me to write. Is the INR ok?", "Hi, <PERSON_1> asked me to write. Is the INR ok?"),
        ("Can you tell grace she needs the scale?", "Can you tell <PERSON_1> she needs the scale?"),
        ("Tom here. grace and I think he is tired.", "Tom here. <PERSON_1> and I think he is tired."),
        ("We said grace before dinner.", "We said grace before dinner."),
        ("The grace period ends Monday.", "The grace period ends Monday."),
        ("Her sugar rose to 300 at lunch.", "Her sugar rose to 300 at lunch."),
        ("I hope he is ok. Thanks!", "I hope he is ok. Thanks!"),
        ("Please pay the bill by Friday.", "Please pay the bill by Friday."),
        ("Then will you call back?", "Then will you call back?"),
    ],
)
def test_common_word_names_are_judged_by_case_and_context(text: str, expected: str) -> None:
    assert Redactor(detect=False).redact(text, known=KNOWN).text == expected
