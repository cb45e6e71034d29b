"""Names by position: speaker labels, lists next to a detected name, non-Latin scripts.

Also the rule that contractions ("We'll", "She'd") are never names.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import CONF_DIR, english_lexicon, name_lexicon

_NAME = r"(?:\p{Lu}[\p{L}'’\-]*\p{Ll}|\p{Lu}\.)"
_RELATION = (
    r"(?:daughter|son|husband|wife|brother|sister|mother|father|mom|mum|dad|grandson|granddaughter|grandma|"
    r"grandpa|niece|nephew|aunt|auntie|uncle|cousin|neighbou?r|friend|caregiver|aide|partner|nurse|doctor|dr\.?|"
    r"(?:son|daughter|brother|sister|mother|father)-in-law)"
)
_SPEAKER = regex.compile(rf"(?m)^[ \t>\-*]*(?:(?i:{_RELATION})[ \t]+)?({_NAME}(?:[ \t]+{_NAME}){{0,2}})[ \t]*:(?!//)")
_LIST_NEXT = regex.compile(
    rf"(?:,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+)({_NAME}(?:[ \t]+{_NAME})?)(?![\w])"
)
_LIST_PREV = regex.compile(rf"(?<![\w])({_NAME}(?:[ \t]+{_NAME})?)(?:,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)$")
_CONTRACTION = regex.compile(r"(?i)^[a-z]+['’](?:ll|d|re|ve|m|t|s)$")
_NONLATIN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Thai}\p{Hebrew}\p{Greek}\p{Bengali}\p{Tamil}]"
    r"(?:[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Thai}\p{Hebrew}\p{Greek}\p{Bengali}\p{Tamil}\p{M}・ー]|[ \t](?=[\p{Han}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Hebrew}\p{Greek}\p{Thai}]))*"  # noqa: E501
)
_LABEL_WORDS = frozenset(
    "note notes nurse doctor patient pt name phone tel cell mobile email address dob dx rx meds medication "
    "medications allergies allergy plan assessment subjective objective re subject from to cc date time update "
    "reminder question answer ps fyi diagnosis condition conditions pharmacy city state zip ssn mrn insurance contact "
    "emergency visitors family mom dad team summary history vitals labs lab result results goal goals warning "
    "important urgent attention attn reason status dose dosage instructions comments comment follow signed "
    "care caregiver provider doctor's hours location age sex gender weight height bp hr temp pulse tip tips "
    "step steps day week morning evening night breakfast lunch dinner today tomorrow yesterday q a".split()
)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Names that are also English words (conf/name_words.txt)."""
    lines = (CONF_DIR / "name_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def is_contraction(surface: str) -> bool:
    """'We'll', "she'd", "Don't": never a name."""
    return _CONTRACTION.match(surface.strip()) is not None


def _name_like(word: str) -> bool:
    low = word.lower().strip(".'’")
    if low in STOP_WORDS or low in name_lexicon().not_names or low in _LABEL_WORDS or is_contraction(word):
        return False
    return low in name_words() or low not in english_lexicon() or low in name_lexicon().common_words


def speaker_labels(text: str) -> list[tuple[int, int]]:
    """'John: ...', 'Daughter Maria: ...' at the start of a line."""
    out = []
    for m in _SPEAKER.finditer(text):
        words = m.group(1).split()
        if all(_name_like(w) for w in words if len(w) > 2):
            out.append(m.span(1))
    return out


def list_neighbours(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names listed with a detected name: 'Ann, Joe and Reed'."""
    out: list[tuple[int, int]] = []
    frontier = list(people)
    seen = set(people)
    while frontier:
        start, end = frontier.pop()
        nxt = _LIST_NEXT.match(text, end)
        prev = _LIST_PREV.search(text[max(0, start - 40) : start])
        spans = []
        if nxt:
            spans.append(nxt.span(1))
        if prev:
            offset = max(0, start - 40)
            spans.append((prev.start(1) + offset, prev.end(1) + offset))
        for span in spans:
            if span not in seen and all(_name_like(w) for w in text[span[0] : span[1]].split()):
                seen.add(span)
                out.append(span)
                frontier.append(span)
    return out


def nonlatin_names(text: str) -> list[tuple[int, int]]:
    """Runs of letters in a non-Latin script: in an English health chat, names and places."""
    return [m.span() for m in _NONLATIN.finditer(text)]
