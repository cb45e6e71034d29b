"""A case-restored copy of a message with the same offsets, for detectors trained on cased text.

ALL-CAPS words become Title case ("CALLED MARIA LOPEZ" -> "Called Maria Lopez"); in a message
typed wholly in lower case, words that are not English become Title case ("hi its nneka" ->
"hi its Nneka"). Every character keeps its position, so spans found on the copy are spans of
the original.
"""

from __future__ import annotations

import re

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .allow import AllowList
from .lexicon import english_lexicon, name_lexicon, place_not_names
from .places import proper_only
from .textutil import typed_lower
from .typos import misspelt

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_CAPS_WORD = regex.compile(r"(?<![\w])\p{Lu}[\p{Lu}'’\-]+(?![\w])")
_CAPS_BEFORE = re.compile(r"[A-Z]{2,}[\s:,]+$")
_CAPS_AFTER = re.compile(r"[\s,]+[A-Z]{2,}")


# a title before a name keeps its capital in a shouted message, as a cased writer gives it ('MRS. DELACROIX WANTS')
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "rev", "fr", "sr", "sra", "mme", "prof"})


def _title(word: str) -> str:
    out = word[:1].upper() + word[1:].lower()
    return out if len(out) == len(word) else word


def _replace(text: str, spans: list[tuple[int, int]], *, shouted: bool = False) -> str:
    """Title-case the spans; shouted words that are plain English become lower case instead."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        word = text[start:end]
        low = word.lower()
        plain = low.split("'")[0].split("’")[0]
        english = (
            plain in STOP_WORDS
            or low in name_lexicon().not_names
            or (english_lexicon().inflected(low) and not _name_word(low) and low not in proper_only())
        )  # a word English spells only with a capital keeps it ('DELACROIX', 'AUGUSTINE', 'CHICAGO', 'TALBOT')
        titled = shouted and _after_title(text, start)  # 'NEURO IS DR WELLS', 'FROM PASTOR GREENE': a surname
        title = shouted and low in _SURNAME_TITLES and _after_title(text, _next_word_start(text, end))
        new = low if shouted and english and plain not in _HONORIFICS and not titled and not title else _title(word)
        chars[start:end] = new if len(new) == len(word) else word
    return "".join(chars)


_WORD_BEFORE = regex.compile(r"(\p{L}+)\.?[ \t]+\Z")


# titles written before a surname that no one uses for a relation or a role ('NURSE LINE', 'MOM SAID' are not names)
_SURNAME_TITLES = _HONORIFICS | frozenset(
    "pastor reverend doctor prof professor officer judge deputy detective trooper sergeant sgt lieutenant lt capt "
    "captain".split()
)
TITLED_SURNAME_MIN = 10_000  # US holders: 'Wells' 117,000, 'Hill' 434,827; 'Said', 'Office', 'Line' fewer or none


def _after_title(text: str, start: int) -> bool:
    """The word before is a title in capitals ('DR', 'MRS', 'PASTOR') and the word a name's: no English word, a
    common surname or a given name ('DR WELLS', 'PASTOR GREENE'; not 'MY DR SAID', 'THE DR OFFICE')."""
    from .name_cues import person_next_words  # noqa: PLC0415 - name_cues imports this module's callers
    from .name_freq import name_frequencies  # noqa: PLC0415 - name_freq imports the lexicon too

    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if m is None or not m.group(1).isupper() or m.group(1).lower() not in _SURNAME_TITLES:
        return False
    word = _WORD_AFTER.match(text, start)
    low = word.group(0).lower() if word else ""
    if not low or low in person_next_words() or low in STOP_WORDS:
        return False  # 'MY DR SAID', 'THE DR IS'
    freq = name_frequencies()
    return low not in english_lexicon() or freq.surname(low) >= TITLED_SURNAME_MIN or freq.given(low) >= 100


_WORD_AFTER = regex.compile(r"\p{L}+")
_NEXT_WORD = regex.compile(r"\.?[ \t]+(?=\p{L})")


def _next_word_start(text: str, end: int) -> int:
    m = _NEXT_WORD.match(text, end)
    return m.end() if m else end


def _protected(text: str, allow: AllowList) -> list[tuple[int, int]]:
    return allow.protected(text)


def _inside(span: tuple[int, int], protected: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in protected)


def case_view(text: str, allow: AllowList, protected: list[tuple[int, int]] | None = None) -> str:
    """The text with case restored where it carries no signal; unchanged when it is mixed case.

    `protected` is `allow.protected(text)` when the caller already has it (it costs a millisecond a message)."""
    letters = [c for c in text if c.isalpha() and (c.isupper() or c.islower())]
    if not letters:
        return text
    upper = sum(c.isupper() for c in letters)
    protected = _protected(text, allow) if protected is None else protected
    if upper == 0:
        return _replace(text, _lower_candidates(text, protected))
    if typed_lower(text):  # 'dad is joe ... the HSA': a writer who never capitalises leaves names lower too
        return _replace(text, [s for s in _lower_candidates(text, protected) if text[s[0] : s[1]].islower()])
    return _replace(text, _caps_spans(text, protected, mostly_caps=upper / len(letters) >= 0.6), shouted=True)


def _caps_spans(text: str, protected: list[tuple[int, int]], *, mostly_caps: bool) -> list[tuple[int, int]]:
    """The words in capitals that are text (not codes) outside protected words; in a message mostly in lower case,
    only those in a run of capitals."""
    spans = [m.span() for m in _CAPS_WORD.finditer(text) if not _inside(m.span(), protected)]
    spans = [s for s in spans if _caps_word_is_text(text[s[0] : s[1]])]
    return spans if mostly_caps else [s for s in spans if _in_caps_run(text, s)]


def _caps_word_is_text(word: str) -> bool:
    """Acronyms (COPD, ER, BP) stay as they are; words of 3+ letters are shouted text."""
    low = word.lower()
    return len(word) >= 3 or low in {"at", "be", "on", "in", "to", "of", "is", "me", "we", "he", "my"}


def _in_caps_run(text: str, span: tuple[int, int]) -> bool:
    """In mixed text, only names written in capitals next to another capitalised word count."""
    before = text[max(0, span[0] - 30) : span[0]]
    after = text[span[1] : span[1] + 30]
    return bool(_CAPS_BEFORE.search(before) or _CAPS_AFTER.match(after))


def _name_word(low: str) -> bool:
    from .people import name_words  # noqa: PLC0415 - people imports the lexicon too

    return low in name_words() and low not in name_lexicon().common_words


def _lower_candidates(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lower-case words that are not English and not clinical: probably names."""
    lex, not_names = english_lexicon(), place_not_names()  # 'tok alaska': a small town may be a word elsewhere
    out: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        low = word.lower().replace("’", "'")
        base = low.removesuffix("'s")
        if len(base) < 3 or base in STOP_WORDS or base in not_names or _inside(m.span(), protected):
            continue
        if (base in lex and not (_name_word(base) and not _DETERMINED.search(text, 0, m.start()))) or "'" in base:
            continue
        if misspelt(base) and not _named_here(text, m.start(), m.end(), out):  # 'my husbnd': a typo, not a name
            continue
        out.append(m.span())
    return out


def _named_here(text: str, start: int, end: int, found: list[tuple[int, int]]) -> bool:
    """A person's cue next to the word ('this is brandee', 'atharv says'), a name right before it ('gerhardt
    hornig', 'Marguerite somthing') or a signature's place (', coreen' ending the message): a name the writer spelt,
    whatever word it is one letter from."""
    from .recognizers import lowercase_cue  # noqa: PLC0415 - recognizers imports this module's callers

    before = _NAME_BEFORE.search(text, 0, start)
    return lowercase_cue(text, start, end) or bool(
        (found and text[found[-1][1] : start] == " ")
        or (before and before.group(1)[0].isupper())
        or (_SIGNED.search(text, 0, start) and not text[end:].strip(" .!"))  # 'thanks so much, coreen'
    )


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b([^\W\d_]+) $")
_SIGNED = re.compile(r"[,\-~]\s*$")


# A name that is also a word ("house", "rose", "frank") is a word after a determiner: "the house", "her rose bush".
_DETERMINED = re.compile(
    r"\b(?:the|a|an|this|that|these|those|our|my|her|his|their|your|its|last|next|every|each|some|any|no)\s+$"
)
