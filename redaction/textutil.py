"""Offset-preserving text normalisation used by every matcher."""

from __future__ import annotations

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


@lru_cache(maxsize=8192)
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
