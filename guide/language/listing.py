"""A question that asks what the plan lists: "what meds is she on", "what are dan's goals", "who is on his team",
"what should we watch for" (its call-the-care-team rules).

Such a question is answered by every item of that kind the reader may see, not by the two passages that happen to
rank best: a family told two of four medicines would take them for the whole list. The vocabulary is in
`listing_terms.yaml`; a question with any other word is an ordinary question (docs/composer.md, "Lists").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from guide.careplan.passages import Passage
from guide.knowledge.loader import safe_load
from guide.language.text import normalise, without_accents
from redaction.vault import PLACEHOLDER_RE

_TERMS = Path(__file__).with_name("listing_terms.yaml")


@dataclass(frozen=True)
class Kind:
    """A kind of plan item: the sections that may hold it and how its passage's title starts."""

    name: str
    sections: frozenset[str]
    titles: tuple[str, ...]  # title prefixes; empty: every passage of the sections

    def holds(self, passage: Passage) -> bool:
        """Whether the passage is an item of this kind."""
        return passage.section in self.sections and (
            not self.titles or any(passage.title.startswith(t) for t in self.titles)
        )


KINDS = {
    k.name: k
    for k in (
        Kind("medicines", frozenset({"medications", "behavioral_health"}), ("Medicine:",)),
        Kind("conditions", frozenset({"conditions", "behavioral_health"}), ("Condition",)),
        Kind("goals", frozenset({"goals", "behavioral_health"}), ("Care plan goal",)),
        Kind("care_team", frozenset({"care_team"}), ()),
        Kind("allergies", frozenset({"allergies"}), ()),
        Kind("appointments", frozenset({"appointments"}), ()),
        Kind("warning_signs", frozenset({"call_if", "behavioral_health"}), ("When to call",)),
    )
}


def _plain(text: str) -> str:
    text = PLACEHOLDER_RE.sub(" ", text)  # a name, whoever's it is, is one of the words a list question may have
    text = without_accents(normalise(text)).replace("'s ", " ").replace("'", " ")
    return " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "


@cache
def _vocabulary() -> tuple[list[tuple[str, str]], frozenset[str], frozenset[str]]:
    terms = safe_load(_TERMS.read_text(encoding="utf-8"))
    nouns = [(_plain(t).strip(), kind) for kind, words in terms["kinds"].items() for t in words]
    nouns.sort(key=lambda pair: len(pair[0]), reverse=True)  # "care team" before "team"
    cues = frozenset(_plain(t).strip() for t in terms["cues"])
    filler = frozenset(w for t in [*terms["filler"], *terms["cues"]] for w in _plain(t).split())
    return nouns, cues, filler


def listing_asked(question: str) -> Kind | None:
    """The kind of item the question asks the plan to list, or None when it asks anything else too."""
    text = _plain(question)
    if len(text.split()) > 16:
        return None
    nouns, cues, filler = _vocabulary()
    if not cues & set(text.split()):
        return None
    found: set[str] = set()
    for noun, kind in nouns:
        padded = f" {noun} "
        if padded in text:
            found.add(kind)
            text = text.replace(padded, " ")
    if len(found) != 1 or any(word not in filler for word in text.split()):
        return None
    return KINDS[found.pop()]
