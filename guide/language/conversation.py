"""Conversation context: a short follow-up ("what about at night?") is read with the question before it."""

from __future__ import annotations

import re

from guide.language.measures import MEASURES, measure_named, target_asked
from guide.language.text import content_tokens

_LEADS = re.compile(
    r"^\s*(and|also|but|so|then|ok(ay)?|what about|how about|what if|and if|is that|is it|does that|"
    r"would that|can (he|she|they) still|how (long|often|much)|why)\b",
    re.IGNORECASE,
)
_REFERS = re.compile(r"\b(that|it|this|those|them|these|there|then)\b", re.IGNORECASE)


def is_follow_up(question: str) -> bool:
    """Short, or leaning on what was said before."""
    words = content_tokens(question)
    return len(words) <= 3 or bool(_LEADS.search(question)) or (len(words) <= 6 and bool(_REFERS.search(question)))


def asks_about_new_measure(question: str, previous: str) -> bool:
    """A question about the target of a measure the previous question did not name ("what's a normal INR" after a
    question about a water pill), with no word leaning on what came before: a new topic, not a follow-up."""
    if _LEADS.search(question):
        return False
    return bool(target_asked(question) - {m for m in MEASURES if measure_named(m, previous)})


def with_context(question: str, previous: str | None) -> str:
    """The text to retrieve and compose with: the previous (redacted) question joined to a follow-up."""
    if previous and is_follow_up(question) and not asks_about_new_measure(question, previous):
        return f"{previous} {question}"
    return question
