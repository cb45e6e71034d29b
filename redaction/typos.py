"""Words typed with a letter wrong ('husbnd', 'pacient', 'reschedual', 'metforman'): a writer's typo of an English
word or of a medicine is no name, though no dictionary lists it. A word counts as one when a single edit (a letter
left out, added, changed, or two letters swapped: Damerau-Levenshtein distance 1) makes a word in use (a lemma of the
English lexicon, or one with -s, -ed or -ing, that the spaCy model's training text holds), or a listed medicine.
Short words count only by the two commonest slips (`_short_typo`): at four or five letters a name is one edit from
some word ('rosa' / 'rose', 'mari' / 'mare'); rare words are left alone, since names are often one letter from them
('hornig' / 'horning', 'balazs' / 'balas')."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MIN_LENGTH = 6  # the typed word
_MIN_WORD = 5  # the word it is a typo of
_MIN_MEDICINE = 7


def _edits(word: str) -> Iterator[str]:
    """Every string one edit away (deletions and swaps first: the cheapest and the commonest typos)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    yield from (a + b[1:] for a, b in splits if b)
    yield from (a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    yield from (a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0])
    yield from (a + c + b for a, b in splits for c in _LETTERS)


@lru_cache(maxsize=4096)
def misspelt(low: str) -> bool:
    """A lower-case word of six letters or more, no given name or surname, one edit from an English word (that is
    no place: 'hattisburg' is a town's typo) or from a medicine's name; a shorter one only by `_short_typo`."""
    from .drug_names import drug_names
    from .lexicon import english_lexicon, model_words
    from .name_freq import name_frequencies
    from .places import place_names

    if len(low) < 3 or not low.isascii() or not low.isalpha():
        return False
    freq = name_frequencies()
    if freq.given(low) or freq.surname(low):
        return False
    if len(low) < MIN_LENGTH:
        return _short_typo(low)
    lex, medicines, places, in_use = english_lexicon(), drug_names(), place_names(), model_words()
    for word in _edits(low):
        if len(word) >= _MIN_MEDICINE and word in medicines:
            return True
        if len(word) >= _MIN_WORD and word in in_use and word not in places and lex.lemma_or_plain_inflection(word):
            return True
    return False


def _short_typo(low: str) -> bool:
    """A word of three to five letters that two letters swapped make a function word ('teh', 'adn', 'agian', 'taht')
    or that is a word in use of the spaCy model's text with a doubled letter typed once ('helo'): slips that
    far outnumber any name they could be (the caller has ruled given names and surnames out)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .lexicon import english_lexicon, model_words

    swaps = (low[:i] + low[i + 1] + low[i] + low[i + 2 :] for i in range(len(low) - 1))
    if any(w != low and w in STOP_WORDS for w in swaps):
        return True
    lex, in_use = english_lexicon(), model_words()
    doubled = (low[: i + 1] + low[i] + low[i + 1 :] for i in range(len(low)))
    return any(w in in_use and lex.lemma_or_plain_inflection(w) and len(w) >= 5 for w in doubled)
