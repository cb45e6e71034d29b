"""A sign told as over: "mom choked on a grape last week, i did the heimlich and it came out. she's fine".

A red flag's sign told with a time at least a day back and a statement that it is over and the person is well is not
an emergency now; it is the care team's to hear about today (knowledge/policy.yaml: `over`, an urgent review item).
Both must be in the message, and the statement must not be negated just before it ("she's not fine now") nor be what
the person says of themselves ("he says he's fine, just sleepy. i don't believe him"): what the family or a clinician
saw counts, the person's own word does not. The terms are in context_terms.yaml (`over`). Only flags with
`when_over: review` read this (a stroke sign that went away is still a 911 call), and an emergency only the classifier
reads, when the message names no sign that stays one (guide/turn/triage.py `Triage._told_as_over`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from guide.knowledge.loader import safe_load
from guide.language.text import without_accents

_TERMS = Path(__file__).with_name("context_terms.yaml")
_NEGATED_BEFORE = r"(?<!not )(?<!n't )(?<!nt )(?<!never )"
# the person cared for saying it, earlier in the statement's sentence: their own report ("he says he didn't take any
# extra and he's fine", "mom insists she's ok", "dice que ya está bien"), not an observation by the family or a
# clinician ("elena said ... she's fine now", "the ER said it was a pulled muscle and sent her home")
_REPORTED = re.compile(
    r"(?:\b(?:he|she|mom|mum|dad|grandma|grandpa|gran|nana|papa|mama)\s+(?:\w+\s+)?"
    r"(?:says|said|claims|claimed|insists|insisted|swears|swore|keeps saying)|\b(?:dice|dijo))\b[^.!?;]*$",
    re.IGNORECASE,
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    terms = safe_load(_TERMS.read_text(encoding="utf-8"))["over"]

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    times = re.compile(rf"\b(?:{alternation(terms['times'])})\b", re.IGNORECASE)
    resolved = re.compile(rf"{_NEGATED_BEFORE}\b(?:{alternation(terms['resolved'])})\b", re.IGNORECASE)
    return times, resolved


def told_as_over(text: str) -> bool:
    """True when the message puts its sign at least a day back and says it is over and the person is well."""
    times, resolved = _patterns()
    plain = without_accents(text.replace("’", "'"))
    if not times.search(plain):
        return False
    return any(not _REPORTED.search(plain[max(0, m.start() - 120) : m.start()]) for m in resolved.finditer(plain))
