"""ConText: is a phrase found in a message negated, in the past, hypothetical, or about someone else?

The algorithm is ConText (Harkema, Chapman et al.), the NegEx family, run by the maintained negspacy
component over a blank spaCy tokenizer: one negspacy component per property, each with its trigger
terms from `context_terms.yaml`. medspaCy's ConText was the first choice, but medspaCy 1.3 pins
spaCy below 3.8 on Python 3.11, and Presidio's English model needs 3.8 (see docs/decisions.md).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

PROPERTIES = ("negated", "historical", "hypothetical", "other_person")
_TERMS = Path(__file__).with_name("context_terms.yaml")
_SPAN_KEY = "targets"


@dataclass(frozen=True)
class Assertion:
    """What ConText says of one target phrase."""

    start: int
    end: int
    negated: bool = False
    historical: bool = False
    hypothetical: bool = False
    other_person: bool = False

    @property
    def affirmed(self) -> bool:
        """Present now, to the person cared for: not negated, past, hypothetical or someone else's."""
        return not (self.negated or self.historical or self.hypothetical or self.other_person)


class ConText:
    """Assertions for character spans of a text (built once; thread-safe)."""

    def __init__(self, terms_path: Path = _TERMS) -> None:
        self.terms_path = terms_path
        self._lock = threading.Lock()

    @cached_property
    def _nlp(self) -> Any:
        import spacy
        from negspacy.negation import Negex  # noqa: F401 - registers the "negex" factory

        terms = yaml.safe_load(self.terms_path.read_text(encoding="utf-8"))
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        for prop in PROPERTIES:
            t = terms[prop]
            termset = {
                "pseudo_negations": _both_spellings(t.get("pseudo", [])),
                "preceding_negations": _both_spellings(t.get("preceding", [])),
                "following_negations": _both_spellings(t.get("following", [])),
                "termination": _both_spellings(t.get("termination", [])),
            }
            nlp.add_pipe(
                "negex",
                name=f"context_{prop}",
                config={"neg_termset": termset, "extension_name": f"ctx_{prop}", "span_keys": [_SPAN_KEY]},
            )
        return nlp

    def assess(self, text: str, spans: list[tuple[int, int]]) -> list[Assertion]:
        """One assertion per (start, end) character span of `text`, in the same order."""
        if not spans:
            return []
        with self._lock:
            nlp = self._nlp
            doc = nlp.make_doc(text)
            targets = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
            doc.spans[_SPAN_KEY] = [t for t in targets if t is not None]
            for _, component in nlp.pipeline:
                doc = component(doc)
            out = []
            for (start, end), target in zip(spans, targets, strict=True):
                if target is None:
                    out.append(Assertion(start, end))
                    continue
                flags = {p: bool(target._.get(f"ctx_{p}")) for p in PROPERTIES}
                out.append(Assertion(start, end, **flags))
            return out

    def warm_up(self) -> None:
        """Build the pipeline now."""
        self.assess("no chest pain", [(3, 13)])


def _both_spellings(terms: list[str]) -> list[str]:
    """Each term as written and without apostrophes ("doesn't" and "doesnt"): families type both."""
    return list(dict.fromkeys([*terms, *(t.replace("'", "") for t in terms)]))
