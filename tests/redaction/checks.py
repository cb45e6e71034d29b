"""Span checks the redaction tests share."""

from __future__ import annotations

from redaction import Redactor


def covered(redactor: Redactor, text: str, part: str) -> bool:
    """Every letter and digit of `part` (as it first occurs in `text`) lies inside a redacted span."""
    start = text.index(part)
    spans = redactor.redact(text).spans
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(part)) if text[i].isalnum())


def touched(redactor: Redactor, text: str, word: str) -> bool:
    """Some redacted span overlaps `word` (as it first occurs in `text`)."""
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in redactor.redact(text).spans)
