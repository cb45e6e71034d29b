"""Find known identifiers (and their variants) in text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import name_lexicon
from .models import KnownIdentifier
from .spans import Candidate
from .textutil import alnum_upper, digits, fold, typed_lower
from .variants import Variant, variants_for

KNOWN_PRIORITY = 0
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"(\-•*]|\d\))\s*$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z']+)")
_PREV_WORD = re.compile(r"([A-Za-z']+)\.?\s*$")
_DAY_AFTER = re.compile(r"[\s,]*(?:\d|of\b)")


def at_sentence_start(text: str, start: int) -> bool:
    """True when nothing but punctuation/whitespace of a sentence break precedes `start`."""
    return bool(_SENTENCE_END.search(text[max(0, start - 40) : start]))


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1).lower() if m else ""


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text[max(0, start - 40) : start])
    return m.group(1).lower() if m else ""


def is_word_use(text: str, start: int, end: int) -> bool:
    """True when a lone capitalised name token reads as an ordinary word here."""
    lex = name_lexicon()
    token = text[start:end].lower()
    use = lex.word_use
    after = _next_word(text, end)
    if token in use.modal and after in use.modal_followers:
        return True
    if token in use.month:
        if _prev_word(text, start) in use.month_preceders:
            return True
        if _DAY_AFTER.match(text, end):
            return True
    if token in lex.function_words and at_sentence_start(text, start):
        return True
    if after in _DETERMINERS and at_sentence_start(text, start):
        return True  # an imperative: 'Mark the calendar', 'Bill the insurance'
    return False


_DETERMINERS = frozenset("the a an your his her their our my this that these those every each".split())


def name_token_is_person(text: str, start: int, end: int) -> bool:
    """Decide whether a lone ambiguous name token (e.g. 'Will', 'May') is the person."""
    lex = name_lexicon()
    if _prev_word(text, start) in lex.titles:
        return True
    if not text[start].isupper():
        word = text[start:end].lower()
        if word not in lex.common_words or is_word_use(text, start, end):
            return False
        # A known person's name typed in lower case in a message with capitals elsewhere ("Hi, grace asked me to ...")
        # is still that person: the plan names them. It is the word only where its place says so.
        return typed_lower(text) or not _lower_word_use(text, start, end)
    return not is_word_use(text, start, end)


_SUBJECTS = frozenset("i we you they he she it to".split())
_OBJECTS = frozenset("you him her them it me us he she they we i so the a an this that".split())
_IDIOM_BEFORE = frozenset("say saying said saving amazing".split())
_IDIOM_AFTER = frozenset("period periods note notes".split())


def _lower_word_use(text: str, start: int, end: int) -> bool:
    """A name part typed in lower case in mixed-case text that reads as the word: after a determiner ('the bill',
    'her grace'), a subject, modal or 'to' ('i hope', 'will mark', 'to chase'), in an idiom ('saying grace', 'grace
    period'), before a number ('rose to 300'), or before an object with no relation or contact word before it ('hope
    he is ok', 'mark the date'; not 'tell grace she ...')."""
    from .name_cues import _cues

    cue = _cues()
    before, after = _prev_word(text, start), _next_word(text, end)
    if before in cue["determiners"] or before in _SUBJECTS or before in _IDIOM_BEFORE or after in _IDIOM_AFTER:
        return True
    if before in name_lexicon().word_use.modal or before in cue["auxiliaries"]:
        return True
    if _NUMBER_AFTER.match(text, end):
        return True  # 'her sugar rose to 300', 'rose by 20': a value that changed
    return after in _OBJECTS and before not in cue["relations"] and before not in cue["contact_verbs"]


_NUMBER_AFTER = re.compile(r"\s+(?:(?:to|by|up|over|above|past)\s+)?(?:about\s+|almost\s+|nearly\s+)?\d")


def _accept(variant: Variant, text: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    if variant.min_caps and not text[start].isupper():
        return False
    surface = match.group(0).lower()
    if surface in variant.ambiguous:
        return name_token_is_person(text, start, end)
    return True


def _candidate(variant: Variant, match: re.Match[str], rank: int) -> Candidate:
    start, end = match.span()
    return Candidate(start, end, variant.type, KNOWN_PRIORITY, variant.key, variant.canonical, rank)


class KnownMatcher:
    """Compiled variants of a fixed set of known identifiers."""

    def __init__(self, known: Sequence[KnownIdentifier]) -> None:
        self._variants: list[Variant] = []
        for item in known:
            self._variants.extend(_variants_cached(item.type, item.value))

    def find(self, text: str) -> list[Candidate]:
        """All variant matches; earlier-listed identifiers win ties in `resolve`."""
        folded = fold(text)
        views: dict[str, str] = {}
        out: list[Candidate] = []
        for rank, variant in enumerate(self._variants):
            if variant.needles and not _may_hold(folded, variant, views):
                continue  # none of its parts is in the message: skip the regex (and its compile)
            for match in variant.pattern.finditer(folded):
                if match.end() > match.start() and _accept(variant, text, match):
                    out.append(_candidate(variant, match, rank))
        return out


def _may_hold(folded: str, variant: Variant, views: dict[str, str]) -> bool:
    """True when one of the variant's needles occurs in the message, seen the way the needle was written."""
    view = views.get(variant.view)
    if view is None:
        if variant.view == "digits":
            view = digits(folded)
        elif variant.view == "alnum":
            view = alnum_upper(folded).lower()
        else:
            view = folded.lower()
        views[variant.view] = view
    return any(needle in view for needle in variant.needles)


@lru_cache(maxsize=4096)
def _variants_cached(entity_type: str, value: str) -> tuple[Variant, ...]:
    """Compiling a name's regex costs ~0.5 ms; a service sees the same identifiers all day."""
    return tuple(variants_for(entity_type, value))


@lru_cache(maxsize=256)
def matcher_for(known: tuple[KnownIdentifier, ...]) -> KnownMatcher:
    """Cache compiled matchers; a conversation reuses the same known identifiers every turn."""
    return KnownMatcher(known)
