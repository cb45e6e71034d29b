"""Offset-preserving text normalisation used by every matcher."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u202f": " ",
}


# Numbers as people say them, for regex alternations (in this order: 'six' is tried before 'sixteen', as before):
# digits, the teens, the tens. Phones and SSNs read aloud (phones.py), record numbers read out (records.py) and
# addresses dictated (dictated.py) share them.
NUMBER_UNITS = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
NUMBER_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
NUMBER_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


@lru_cache(maxsize=8192)
def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of a regex alternation: longest first (so "Flat" is tried before "Fl"), then
    alphabetical, so the pattern's text is the same in every process (a set's order changes with the hash seed,
    and a pattern whose text changes is compiled again instead of read from the kept ones, `compiled.py`)."""
    return (-len(word), word)


def _fold_char(ch: str) -> str:
    """Map one character to its unaccented ASCII base when that is a single character."""
    if ch.isascii():
        return ch
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    base, rest = decomposed[:1], decomposed[1:]
    if base.isascii() and base.isalpha() and all(unicodedata.combining(c) for c in rest):
        return base
    return ch


def fold(text: str) -> str:
    """Strip accents and unify quotes/dashes while keeping every offset unchanged."""
    return "".join(_fold_char(c) for c in text)


def digits(text: str) -> str:
    """Return only the ASCII digits of a string."""
    return "".join(c for c in text if c.isdigit() and c.isascii())


def alnum_upper(text: str) -> str:
    """Return letters and digits only, upper-cased, for comparing record numbers."""
    return "".join(c for c in fold(text) if c.isalnum()).upper()


# A number typed with the letter O for a zero ('6O1-23-4456', '5o9-555-0138'): a token of digits, separators and
# O's with four digits or more. Only O/o: 'l' and 'I' are words too often ('1 l', 'I 2').
_O_NUMBER = re.compile(r"(?<![\w])[\dOoIl][\dOoIl\-./() ]*[\dOoIl](?![\w])")
_DIGIT_RUN = re.compile(r"[\dOoIl]+")
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})


def digits_for_letters(text: str) -> str:
    """The text with a letter typed for a digit inside a number read as that digit, offsets unchanged (for the number
    recognizers): O for 0 ('6O1-23-4456'), l or I for 1 ('9l9-555-0133', '7l3 555 OI88'). Only in a run of digits
    and such letters that holds a digit, in a number of four digits or more."""
    if not any(c in "OoIl" for c in text) or not any(c.isdigit() for c in text):
        return text
    chars = None
    for m in _O_NUMBER.finditer(text):
        token = m.group(0)
        if sum(c.isdigit() for c in token) < 4 or not any(c in "OoIl" for c in token):
            continue
        for start, value in _mixed_runs(token, m.start()):
            chars = chars or list(text)
            chars[start : start + len(value)] = value.translate(_AS_DIGIT)
    return "".join(chars) if chars else text


def _mixed_runs(token: str, offset: int) -> list[tuple[int, str]]:
    """The runs of a number token that mix digits and look-alike letters (not all digits, nor a word: 'I', 'lol',
    'o'), with where they start in the text."""
    return [
        (offset + run.start(), run.group(0))
        for run in _DIGIT_RUN.finditer(token)
        if not run.group(0).isdigit() and any(c.isdigit() for c in run.group(0))
    ]


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])")
_ANY_WORD = re.compile(r"\b[^\W\d_]{2,}\b")


@lru_cache(maxsize=4096)
def typed_lower(text: str) -> bool:
    """The writer does not capitalise: no capital letter at all, or every sentence (the message's first one too)
    starts in lower case and at most one word in eight is capitalised ("dad lives 412 e main st, lebanon, ky 40033.
    st. john's wort is NOT on his list", "... next to the Co-op"). Such a writer types names in lower case too, so
    the lower-case reading applies; a writer who starts sentences with capitals and leaves a word lower is left to
    the mixed-case rules."""
    if not any(c.isupper() for c in text):
        return True
    starts = [m.group(1) for m in _SENTENCE_START.finditer(text)]
    if not starts or any(c.isupper() for c in starts):
        return False
    words = _ANY_WORD.findall(text)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 8 <= len(words)
