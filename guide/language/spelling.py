"""Medicine and substance names as families spell them: "coumadine", "metforman", "lasics", "lisinipril".

The checks find a medicine by its names (generic, brand, lay, class word), and a name spelled another way named
nothing: "took his lasics twice by mistake" was no double dose, "is tumeric ok with his cumadin" no interaction. The
writers' brief asks for exactly such spellings, and the train and dev splits hold 44 "coumadine", 34 "metforman" and
some 60 other misspelled medicine names. A word is read as the name it is closest to when:

- it is not itself a name the checks know, nor a word of the English the spaCy model was trained on (its string
  store: "morning" stays "morning" although it is one letter from "motrin" but for the "n");
- it has five letters or more and starts with the name's first letter (a misspelling keeps its first letter);
- its similarity to the name (difflib's ratio, spelled as written or folded by sound: "lasics" and "lasix" fold to
  the same "lasiks") is at least `CUTOFF`, and no English word of that first letter is as close ("mornign" is nearer
  "morning" than "motrin").

Only the checks read the corrected text; the message shown, redacted, stored and embedded stays as written.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache

CUTOFF = 0.8
MIN_LENGTH = 5
_WORD = re.compile(r"[a-z]+")
_FOLDS = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"c(?=[aoukrlst]|$)"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(\w)\1+"), r"\1"),
    (re.compile(r"(?<=\w{4})e$"), ""),
)


def fold(word: str) -> str:
    """The word as it sounds, roughly: "lasics" and "lasix" -> "lasiks", "coumadine" -> "koumadin"."""
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word


def similarity(word: str, name: str) -> float:
    """The better of difflib's ratio as written and as folded by sound."""
    return max(
        difflib.SequenceMatcher(None, word, name).ratio(),
        difflib.SequenceMatcher(None, fold(word), fold(name)).ratio(),
    )


class Speller:
    """Reads misspelled names as the names meant (see the module's docstring)."""

    def __init__(self, names: Iterable[str], english: Callable[[], frozenset[str]]):
        self.names = frozenset(n for n in names if n)
        self._english_source = english
        by_initial: dict[str, list[str]] = {}
        for name in sorted(self.names):
            if " " not in name and "-" not in name and len(name) >= MIN_LENGTH - 1 and name.isalpha():
                by_initial.setdefault(name[0], []).append(name)
        self._by_initial = by_initial
        self._closest = lru_cache(maxsize=4096)(self._closest_name)

    @cached_property
    def _english(self) -> frozenset[str]:
        return self._english_source()

    def warm_up(self) -> None:
        """Read the English word list now, not on the first message."""
        _ = self._english_by_initial

    @cached_property
    def _english_by_initial(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for word in self._english:
            out.setdefault(word[0], []).append(word)
        return out

    def correct(self, text: str) -> str:
        """The (lower-case) text with each misspelled name replaced by the name meant; the text itself when none."""
        parts: list[str] = []
        at = 0
        for m in _WORD.finditer(text):
            word = m.group(0)
            if len(word) < MIN_LENGTH or word in self.names or word[0] not in self._by_initial or word in self._english:
                continue
            name = self._closest(word)
            if name is not None:
                parts += [text[at : m.start()], name]
                at = m.end()
        return "".join([*parts, text[at:]]) if parts else text

    def _closest_name(self, word: str) -> str | None:
        best, score = None, 0.0
        for name in self._by_initial.get(word[0], []):
            if abs(len(name) - len(word)) <= 3 and (s := similarity(word, name)) > score:
                best, score = name, s
        if best is None or score < CUTOFF:
            return None
        rivals = self._english_by_initial.get(word[0], [])
        close = difflib.get_close_matches(word, rivals, n=3, cutoff=score)
        if any(similarity(word, rival) >= score for rival in close):
            return None
        return best
