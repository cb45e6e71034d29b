"""Function words of other languages that people mix into English health messages ("Meine Mutter", "Mijn vader",
"Jag är", "είμαι η"): never names. Derived from spaCy's own stop lists (`spacy.lang.<code>.stop_words`, plain Python
sets shipped with spaCy, no model) into conf/foreign_stop_words.txt, so loading it imports nothing."""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

import regex

from .lexicon import CONF_DIR
from .textutil import fold

STOP_WORDS_FILE = CONF_DIR / "foreign_stop_words.txt"
# the function words of the Latin-script languages that the list above leaves out because they are names or places too
# ('su', 'mi', 'lui', 'se', 'le'): never taken as plain words alone, only where their sentence reads as their language
NAME_STOP_WORDS_FILE = CONF_DIR / "foreign_name_stop_words.txt"
LATIN_LANGUAGES = ("de", "nl", "fr", "es", "pt", "it", "pl", "sv", "da", "nb", "tr", "ro", "ca", "tl")
OTHER_SCRIPT_LANGUAGES = ("el", "ru", "uk", "ar", "hi")
# Left out of conf/other_languages.txt on purpose (they are names too); the derived list leaves them out as well
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_LATIN_LETTER = regex.compile(r"\p{Latin}")
NAME_LIKE_FUNCTION_WORDS = frozenset(
    "lola tito nani zia hala anne tia don dona cara ana mia eva ella nella uma mae mari cher pepe tata le du do tu su "
    "lo ng ni si ang bei hai na ze ou au per della".split()
)


@lru_cache(maxsize=1)
def foreign_stop_words() -> frozenset[str]:
    """The shipped list (lower case, with and without accents)."""
    return _read(STOP_WORDS_FILE)


@lru_cache(maxsize=1)
def foreign_name_stop_words() -> frozenset[str]:
    """Function words of other languages that are names or places too (the shipped list, lower case)."""
    return _read(NAME_STOP_WORDS_FILE)


def _read(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def _keep(word: str, function_words: frozenset[str], common_words: frozenset[str]) -> bool:
    from .name_freq import name_frequencies

    freq = name_frequencies()
    return (
        _WORD.fullmatch(word) is not None
        and (len(word) > 1 or _LATIN_LETTER.match(word) is None)  # 'η', 'и' yes; 'o', 'y' are initials too
        and not freq.given(word)
        and not freq.surname(word)
        and word not in function_words
        and word not in common_words
        and word not in NAME_LIKE_FUNCTION_WORDS
    )


def _faker_names() -> set[str]:
    """Given names and surnames Faker knows in many locales ('Vi', 'Om', 'Beste' are names somewhere)."""
    from .drug_names import _personal_names  # Faker: a development tool, used only to rebuild the file

    return _personal_names()


def rebuild() -> int:
    """Write conf/foreign_stop_words.txt from spaCy's stop lists, minus any word that is also a given name or a
    surname in the US counts or in Faker's lists of many locales ('ben', 'le', 'vi'), a populated place, a name
    particle or an English name word ('will' is German too)."""
    from .lexicon import load_conf

    conf = load_conf("names.yaml")
    function_words, common_words = frozenset(conf["function_words"]), frozenset(conf["common_words"])
    words: set[str] = set()
    for code in LATIN_LANGUAGES + OTHER_SCRIPT_LANGUAGES:
        words |= {w.lower() for w in importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS}
    from .places import place_names

    names = _faker_names() | set(place_names())  # 'Kampen', 'Essen' are towns too
    kept = sorted({v for w in words for v in (w, fold(w)) if _keep(v, function_words, common_words) and v not in names})
    header = (
        f"# {len(kept)} stop words of {', '.join(LATIN_LANGUAGES + OTHER_SCRIPT_LANGUAGES)} from spaCy's stop lists,"
        " minus names; regenerate with python -m redaction.stop_words\n"
    )
    STOP_WORDS_FILE.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    _write_name_stop_words(set(kept))
    return len(kept)


def _write_name_stop_words(kept: set[str]) -> None:
    """The Latin-script function words of two letters or more that `rebuild` left out, minus English stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words: set[str] = set()
    for code in LATIN_LANGUAGES:
        words |= {w.lower() for w in importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS}
    left = sorted(w for w in words if _WORD.fullmatch(w) and len(w) > 1 and w not in kept and w not in STOP_WORDS)
    header = (
        f"# {len(left)} stop words of {', '.join(LATIN_LANGUAGES)} from spaCy's stop lists that are names or places too"
        " (left out of foreign_stop_words.txt); regenerate with python -m redaction.stop_words\n"
    )
    NAME_STOP_WORDS_FILE.write_text(header + "\n".join(left) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys

    sys.stdout.write(f"{rebuild()} stop words written to {STOP_WORDS_FILE}\n")
