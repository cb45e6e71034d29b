"""Citation validity and groundedness of a stored reply. Pure functions over plain data.

Both read what the turn stored: the reply with `[n]` markers and placeholders, and its citations
(kind, id, title, quote), numbered in order, so `[n]` is `citations[n - 1]`. Passage texts come from
`guide.knowledge.lookup.PassageLookup`, the lookup the passage page reads; a care-plan passage is redacted, like the
stored reply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from guide.language.text import content_tokens, sentences

MARKER = re.compile(r"\s*\[(\d+)\]")
GROUNDED_MIN_OVERLAP = 0.8


class PassageInfo(Protocol):
    """What a citation check reads of a stored passage (`guide.careplan.passages.Passage` has it): its text, its kind
    ("careplan" or "knowledge"), and the consumer it belongs to (care plan only)."""

    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def consumer_id(self) -> str | None: ...


@dataclass(frozen=True)
class CitationCheck:
    """One citation: valid, or why not."""

    id: str
    valid: bool
    reason: str = ""


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def quote_in_passage(quote: str, text: str) -> bool:
    """The quote is a substring of the passage (whitespace-insensitive), or whole sentences of it joined by spaces.

    The offline composer quotes several sentences (or list items) of one passage joined by a space.
    """
    quote = _squash(quote)
    if quote in _squash(text):
        return True
    pieces = {_squash(s) for s in sentences(text)}
    # ends[i]: quote[:i] is whole sentences joined by spaces; a next piece starts after a space at i
    ends = [False] * (len(quote) + 1)
    for end in range(1, len(quote) + 1):
        starts = [0] + [i + 1 for i in range(end) if quote[i] == " " and ends[i]]
        ends[end] = any(quote[start:end] in pieces for start in starts)
    return bool(quote) and ends[len(quote)]


def check_citation(citation: Mapping[str, Any], passages: Mapping[str, PassageInfo], consumer_id: str) -> CitationCheck:
    """The cited id exists in the KB or this consumer's care plan, and its quote is in that passage."""
    pid = str(citation.get("id", ""))
    passage = passages.get(pid)
    if passage is None:
        return CitationCheck(pid, False, "unknown_passage")
    if passage.kind == "careplan" and passage.consumer_id != consumer_id:
        return CitationCheck(pid, False, "other_consumer")
    if not quote_in_passage(str(citation.get("quote", "")), passage.text):
        return CitationCheck(pid, False, "quote_not_in_passage")
    return CitationCheck(pid, True)


def check_citations(
    citations: Sequence[Mapping[str, Any]], passages: Mapping[str, PassageInfo], consumer_id: str
) -> list[CitationCheck]:
    """Every citation of a turn."""
    return [check_citation(c, passages, consumer_id) for c in citations]


@dataclass(frozen=True)
class SentenceCheck:
    """One claim of the answer and whether its cited passages support it."""

    sentence: str
    grounded: bool
    support: float


def grounded_sentences(
    answer: str,
    citations: Sequence[Mapping[str, Any]],
    passages: Mapping[str, PassageInfo],
    *,
    min_overlap: float = GROUNDED_MIN_OVERLAP,
) -> list[SentenceCheck]:
    """Each sentence with content words: grounded when `min_overlap` of them are in the passages it cites.

    A sentence without a marker, or citing a number or passage that does not exist, is not grounded.
    """
    out = []
    for sentence in sentences(answer):
        claim = MARKER.sub("", sentence).strip()
        words = content_tokens(claim)
        if not words:
            continue
        source: set[str] = set()
        for n in (int(m) for m in MARKER.findall(sentence)):
            if 0 < n <= len(citations) and (p := passages.get(str(citations[n - 1].get("id", "")))) is not None:
                source |= content_tokens(p.text)
        support = len(words & source) / len(words)
        out.append(SentenceCheck(claim, support >= min_overlap, round(support, 3)))
    return out
