"""Negation and clinical context, in one place. ConText: is a phrase found in a message negated, in the past,
hypothetical, or about someone else? And, below it, the negation ConText does not cover: Spanish and other languages'
red-flag phrases (`denied_in_spanish`, `DENIALS`, `said_not_denied`) and a reply's medicine advice (`advice_negated`).

The algorithm is ConText (Harkema, Chapman et al.), the NegEx family, run by the maintained negspacy
component over a blank spaCy tokenizer: one negspacy component per property, each with its trigger
terms from `context_terms.yaml`. medspaCy's ConText was the first choice, but medspaCy 1.3 pins
spaCy below 3.8 on Python 3.11, and Presidio's English model needs 3.8 (see docs/decisions.md).
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from guide.knowledge.loader import safe_load
from guide.language.text import CLAUSE_BREAK, WORD

PROPERTIES = ("negated", "historical", "hypothetical", "other_person")
_TERMS = Path(__file__).with_name("context_terms.yaml")
_SPAN_KEY = "targets"
OUTER_WORDS = 4  # "crushing chest pain" is one target; "uti last spring that made her confused" has ends of its own


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

        terms = self._terms
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        for prop in PROPERTIES:
            t = terms[prop]
            pseudo = t.get("pseudo", []) + (_past_when(terms["past_when"]) if prop == "hypothetical" else [])
            pseudo += _strangers(terms["strangers"], giving=True) if prop == "other_person" else []
            years = _past_years() if prop == "historical" else []
            relatives = (
                [*_relatives(terms["relatives"]), *_strangers(terms["strangers"])] if prop == "other_person" else []
            )
            termset = {
                "pseudo_negations": _both_spellings(pseudo),
                "preceding_negations": _both_spellings(
                    t.get("preceding", []) + [f"back {y}" for y in years] + years + relatives
                ),
                "following_negations": _both_spellings(t.get("following", []) + years),
                "termination": _both_spellings(t.get("termination", [])),
            }
            nlp.add_pipe(
                "negex",
                name=f"context_{prop}",
                config={"neg_termset": termset, "extension_name": f"ctx_{prop}", "span_keys": [_SPAN_KEY]},
            )
        return nlp

    def assess(self, text: str, spans: list[tuple[int, int]]) -> list[Assertion]:
        """One assertion per (start, end) character span of `text`, in the same order. A span across clauses (a
        red flag of two parts: "didn't hit his head. he's on coumadin") is judged by its first and last clause,
        each as its own target: it holds only when both do. A long span within one clause ("uti last spring that
        made her super confused") may hold a trigger inside it, which negspacy never applies to its own target:
        it is also judged by its first and its last word, and a property both have is its property."""
        if not spans:
            return []
        # per span: its clause ends (all must hold), then, for a long span within one clause, its outer words
        groups = []
        for start, end in spans:
            ends = _ends(text, start, end)
            groups.append((ends, _outer_words(text, start, end) if len(ends) == 1 else []))
        judged = iter(self._assess(text, [p for ends, outer in groups for p in [*ends, *outer]]))
        out = []
        for (start, end), (ends, outer_spans) in zip(spans, groups, strict=True):
            parts = [next(judged) for _ in ends]
            outer = [next(judged) for _ in outer_spans]
            flags = {
                p: any(getattr(a, p) for a in parts) or (bool(outer) and all(getattr(a, p) for a in outer))
                for p in PROPERTIES
            }
            out.append(replace(parts[0], start=start, end=end, **flags))
        return out

    def _assess(self, text: str, spans: list[tuple[int, int]]) -> list[Assertion]:
        with self._lock:
            nlp = self._nlp
            doc = nlp.make_doc(self._possessives(text))
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

    @cached_property
    def _terms(self) -> dict[str, Any]:
        return dict(safe_load(self.terms_path.read_text(encoding="utf-8")))

    @cached_property
    def _possessive(self) -> re.Pattern[str]:
        terms = self._terms["relatives"]
        relations = "|".join(re.escape(r) for r in sorted(terms["relations"], key=len, reverse=True))
        return re.compile(rf"\b([a-z]+)s(?= (?:{relations})\b)", re.IGNORECASE)

    def _possessives(self, text: str) -> str:
        """A name's possessive typed without its apostrophe before a relation ("dans dad", "walts brother") written
        as the tokenizer splits "dan's dad" (the same length, so spans keep their offsets: "dans" -> "xx's"), so the
        `relatives` terms find it; not a word that only ends in s ("yes dad had", "this dad")."""

        def possessive(m: re.Match[str]) -> str:
            word = m.group(0)
            if word.lower() in _NOT_POSSESSIVE or len(word) < 3:
                return word
            return "x" * (len(word) - 2) + "'s"

        return self._possessive.sub(possessive, text)

    def warm_up(self) -> None:
        """Build the pipeline now."""
        self.assess("no chest pain", [(3, 13)])


def _ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span itself, or, when it runs across a clause break, its first clause and the last word of its last
    clause (so the last clause's own words can negate it: "... and didn't hit his head")."""
    # negspacy places a target within one clause, so a long match across two ("hit his head. he's on coumadin") is
    # never negated: the breaks inside the span, found in the whole text (a sentence end at the span's own end is none)
    breaks = list(itertools.takewhile(lambda b: b.end() <= end, CLAUSE_BREAK.finditer(text, start)))
    if not breaks:
        return [(start, end)]
    first = (start, breaks[0].start())
    words = list(WORD.finditer(text, breaks[-1].end(), end))
    if first[1] <= first[0] or not words:
        return [(start, end)]
    return [first, words[-1].span()]


def _outer_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The first and the last word of a span of at least OUTER_WORDS words, else nothing."""
    found = list(WORD.finditer(text, start, end))
    if len(found) < OUTER_WORDS:
        return []
    return [found[0].span(), found[-1].span()]


def _past_when(terms: dict[str, list[str]]) -> list[str]:
    """ "when she fell", "when he got up": "when" before a past-tense verb tells when something happened, not a
    hypothetical ("when she falls"); every subject with every verb of the list."""
    return [f"when {subject} {verb}" for subject in terms["subjects"] for verb in terms["verbs"]]


def _relatives(terms: dict[str, list[str]]) -> list[str]:
    """ "his brother had", "her mother died", "dan's dad passed": a relative of the person cared for, every possessor
    with every relation and verb ("'s" is a name's possessive as the tokenizer splits it)."""
    return [
        f"{owner} {relation} {verb}"
        for owner in terms["possessors"]
        for relation in terms["relations"]
        for verb in terms["verbs"]
    ]


def _strangers(terms: dict[str, list[str]], *, giving: bool = False) -> list[str]:
    """ "a guy", "an old buddy", "some lady": a person named only by an indefinite phrase is someone else; every
    determiner with every person word. With `giving`, each of them followed by a verb of handing something over ("a
    buddy gave"), which the person cared for received: those are no trigger."""
    people = [f"{determiner} {person}" for determiner in terms["determiners"] for person in terms["people"]]
    return [f"{p} {verb}" for p in people for verb in terms["gives"]] if giving else people


def _past_years() -> list[str]:
    """ "in 2009", "in 1987": a year before this one dates what is told to the past ("I had a heart attack in 2009 and
    a stent"); the terms list named only some years."""
    return [f"in {year}" for year in range(1940, date.today().year)]


def _both_spellings(terms: list[str]) -> list[str]:
    """Each term as written and without apostrophes ("doesn't" and "doesnt"): families type both; a possessive one also
    with "own" ("her mother had" and "her own mother had")."""
    owned = [_OWN.sub(r"\1 own ", t) for t in terms if _OWN.search(t)]
    every = [*terms, *owned]
    return list(dict.fromkeys([*every, *(t.replace("'", "") for t in every)]))


# words ending in s that are not a possessive before "dad", "mom", ... ("yes dad had chest pain")
_NOT_POSSESSIVE = frozenset(
    "yes this his hers its is was has does as us plus thus always sometimes perhaps unless besides whereas guess ours "
    "theirs yours less across afterwards towards nowadays anyways sis".split()
)
_OWN = re.compile(r"\b(my|her|his|their|our|your) (?!own\b)")


# --- Negation outside ConText: Spanish and other languages' red-flag phrases, and a reply's medicine advice ---

# Spanish negation right before a phrase ("no tiene dolor de pecho", "sin fiebre"); a sign that is itself a
# negation ("no puede respirar", "no responde") is written into the Spanish patterns.
_NEGATION_ES = re.compile(
    r"\b(no (tiene|tuvo|ha tenido|hay|siente|sintio|le duele)|sin|nunca( ha tenido)?|ya no tiene)\s+$"
)
# A Spanish question about a condition or a hypothetical before the phrase, in the same sentence ("que es un golpe
# de calor", "que hago si le da hipotermia", "sintomas de"): ConText's terms are English.
_HYPOTHETICAL_ES = re.compile(
    r"\b(que es|que son|que significa|sintomas de|senales de|como (se )?(sabe|saber|evitar|prevenir)|"
    r"que (hago|hacemos|debo hacer) si|y si|en caso de|si (le )?(da|llega|pasa))\b[^.!?]*$"
)


# A time long past before the phrase, in the same sentence, with nothing after it that brings the story to now
# ("hace años a mi mamá se le hincharon los labios", "de niña tuvo convulsiones"; not "hace años que tiene diabetes
# y ahora no responde"), and a dream ("anoche soñé que me daba un infarto").
_HISTORICAL_ES = re.compile(
    r"\b(hace (?:\w+ )?(?:anos|mucho tiempo|mucho|meses)|de (?:nino|nina|joven|chic[oa]|pequen[oa])|"
    r"cuando (?:era|eramos|tenia) (?:nin|joven|chic|pequen)\w*|(?:sone|sono|sonaba) que|un sueno|una pesadilla)"
    r"\b(?![^.!?]*\b(?:ahora|hoy|esta (?:manana|noche|tarde)|de repente|ahorita)\b)[^.!?]*$"
)


def denied_in_spanish(text: str, start: int) -> bool:
    """A Spanish phrase at `start` is negated just before it ("no tiene dolor de pecho"), asked about as a
    hypothetical ("que hago si le da ..."), or told of a time long past or a dream ("hace años ...", "soñé que"):
    ConText's terms are English."""
    return bool(
        _NEGATION_ES.search(text[max(0, start - 30) : start])
        or _HYPOTHETICAL_ES.search(text[max(0, start - 60) : start])
        or _HISTORICAL_ES.search(text[max(0, start - 80) : start])
    )


# negation words (folded) that, among the three words right before a sign's phrase, deny it: "non ha battuto la
# testa", "keine Atemnot", "nie stracil przytomnosci". Languages that negate after the verb (ja, ko, hi, tr) and
# phrases that hold their own negation ("non risponde", "nie oddycha") are unaffected.
DENIALS = frozenset(
    "non pas ne keine kein keinen nicht nie nao sem sans ohne senza niente nessun nessuna bez geen niet "
    "не ни ні без δεν δε μην walang hindi wala khong chua".split()
)


def said_not_denied(text: str, term: str) -> bool:
    """The (folded) phrase occurs in the text with no negation word among the three words before it."""
    start = text.find(term)
    while start >= 0:
        if not DENIALS.intersection(WORD.findall(text[max(0, start - 40) : start])[-3:]):
            return True
        start = text.find(term, start + 1)
    return False


# words before or after a medicine change in a reply that make it a caution, not advice ("do not stop", "ask before
# you change"): `guide.turn.verify` flags only advice
_ADVICE_NEGATED = re.compile(
    r"\b(do not|don't|never|not|without|before you|ask|talk|check with|unless|until)\b", re.IGNORECASE
)


def advice_negated(sentence: str, start: int, end: int) -> bool:
    """The change told at `start:end` of a reply's sentence is negated or made conditional on asking."""
    return bool(_ADVICE_NEGATED.search(sentence[:start]) or _ADVICE_NEGATED.search(sentence[end:]))
