"""Clinical words that must survive: a shipped vocabulary plus the caller's terms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import CONF_DIR
from .textutil import fold

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*(?:\.(?=[A-Za-z]))?")
_POSSESSIVE = re.compile(r"(?:'s|s')(?:\s|$)")
_MAX_WORDS = 6
_MEDICAL_WORD = re.compile(
    r"\b[A-Za-z]{3,}(?:emia|aemia|itis|osis|ectomy|otomy|ostomy|pathy|algia|plasty|scopy|uria|penia|trophy|"
    r"megaly|opioid|oids?|olol|pril|sartan|statin|mab|tinib|azole|cillin|mycin|oxacin|gliptin|gliflozin|dipine|"
    r"prazole|tidine|azepam|zolam|triptan|afil|parin|xaban|glutide|formin|profen|terol|olone|phrine|caine|"
    r"barbital|oxetine|apine|idone|azine|tropium|lukast|vastatin|thiazide|semide)\b",
    re.I,
)


def _words(term: str, *, keep_possessive: bool) -> list[str]:
    out = []
    for word in fold(term).lower().split():
        word = word.strip(".")
        if not keep_possessive:
            word = word.removesuffix("'s").removesuffix("'")
        if word:
            out.append(word)
    return out


def normalise_term(term: str, *, keep_possessive: bool = False) -> str:
    """Lower-case, accent-free, single-spaced; possessive 's dropped unless asked to keep it."""
    return " ".join(_words(term, keep_possessive=keep_possessive))


@lru_cache(maxsize=1)
def clinical_terms() -> tuple[str, ...]:
    """The built-in clinical vocabulary (conf/clinical_terms.txt), as written."""
    lines = (CONF_DIR / "clinical_terms.txt").read_text(encoding="utf-8").splitlines()
    return tuple(t.strip() for t in lines if t.strip() and not t.startswith("#"))


class AllowList:
    """Finds the stretches of a text covered by allowed clinical terms.

    A term written with a possessive ("Hashimoto's") only protects that possessive form, so the
    surname alone stays redactable; a bare term ("Parkinson") also protects "Parkinson's".
    """

    def __init__(self, extra: Iterable[str] = ()) -> None:
        plain, possessive = set(), set()
        for term in (*clinical_terms(), *extra):
            if _POSSESSIVE.search(fold(term)):
                possessive.add(normalise_term(term, keep_possessive=True))
            else:
                plain.add(normalise_term(term))
        self._plain = frozenset(t for t in plain if t)
        self._possessive = frozenset(t for t in possessive if t)
        lengths = [t.count(" ") + 1 for t in self._plain | self._possessive]
        self._max_words = min(_MAX_WORDS, max(lengths, default=1))

    def __contains__(self, term: str) -> bool:
        return normalise_term(term) in self._plain or normalise_term(term, keep_possessive=True) in self._possessive

    def protected(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every allowed term occurrence, matched word-wise and case-insensitively."""
        matches = list(_WORD.finditer(fold(text)))
        poss = [m.group(0).lower().strip(".") for m in matches]
        plain = [w.removesuffix("'s").removesuffix("'") for w in poss]
        spans: list[tuple[int, int]] = self.medical_words(text)
        for i in range(len(matches)):
            for n in range(min(self._max_words, len(matches) - i), 0, -1):
                if " ".join(plain[i : i + n]) in self._plain or " ".join(poss[i : i + n]) in self._possessive:
                    spans.append((matches[i].start(), matches[i + n - 1].end()))
                    break
        return spans

    def medical_words(self, text: str) -> list[tuple[int, int]]:
        """Words built like drug or condition names (-emia, -itis, -olol, -statin...): never a name."""
        return [m.span() for m in _MEDICAL_WORD.finditer(text)]

    def covers(self, text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
        """True when every word of text[start:end] lies inside an allowed term."""
        for m in _WORD.finditer(text, start, end):
            if not any(p_start <= m.start() and m.end() <= p_end for p_start, p_end in protected):
                return False
        return True
