"""Function words of other languages that people mix into English health messages ("Meine Mutter", "Mijn vader",
"Jag är", "είμαι η"): never names. Derived from spaCy's own stop lists (`spacy.lang.<code>.stop_words`, plain Python
sets shipped with spaCy, no model) into conf/foreign_stop_words.txt, so loading it imports nothing."""

from __future__ import annotations

import importlib
from collections.abc import Callable
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
# languages written in other scripts: their words never contain a Latin letter (a stray Latin entry is dropped)
OTHER_SCRIPT_LANGUAGES = (
    *("el", "ru", "uk", "bg", "ar", "fa", "ur", "he", "hi", "mr", "ne", "bn", "gu", "ta", "te", "kn", "ml", "si"),
    *("th", "am", "hy", "ko", "ja", "zh"),
)
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
        listed = {w.lower() for w in importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS}
        words |= {w for w in listed if code in LATIN_LANGUAGES or _LATIN_LETTER.search(w) is None}
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


# Everyday, kinship and clinical words of languages written in other scripts (conf/other_scripts.tsv): a run of
# those letters in an English chat is cut at them, as at function words ('ضغط الدم عالي', 'मधुमेह की दवा ले ली').
# Drafted from a fixed list of concepts (no message of ours in sight), reviewed, and filtered here against the given
# names and surnames Faker knows in the locales of those scripts.
OTHER_SCRIPTS_FILE = CONF_DIR / "other_scripts.tsv"
OTHER_SCRIPT_LOCALES = (
    *("ar_AA", "ar_SA", "ar_PS", "ar_DZ", "bg_BG", "bn_BD", "el_GR", "fa_IR", "gu_IN", "he_IL", "hi_IN", "hy_AM"),
    *("ja_JP", "ka_GE", "ko_KR", "mk_MK", "mr_IN", "ne_NP", "or_IN", "ru_RU", "si_LK", "ta_IN", "th_TH", "uk_UA"),
    *("zh_CN", "zh_TW"),
)
# kept out on review: a word that is also the head of a name or a place ('ابو' Abu, 'بيت' Beit, 'அண்ணா' Anna)
REVIEWED_OUT = frozenset("ابو بيت בית அண்ணா حجي تمام عيان".split())


def script_names() -> frozenset[str]:
    """Given names and surnames (lower case) of Faker's locales written in other scripts."""
    from faker import Faker  # a development tool, used only to rebuild the file

    out: set[str] = set()
    for locale in OTHER_SCRIPT_LOCALES:
        provider = Faker(locale).provider("faker.providers.person")
        for attr in dir(provider):
            values = getattr(provider, attr) if attr.startswith(("first_name", "last_name")) else None
            if isinstance(values, list | tuple | dict | set | frozenset):
                out |= {str(v).lower() for v in values}
    return frozenset(out)


def rebuild_other_scripts(drafts: list[Path]) -> int:
    """Write conf/other_scripts.tsv (word, language, concept) from the reviewed drafts, without any line that is, or
    has a word that is, a given name or surname of those locales, or that review kept out; returns the line count."""
    names = script_names()

    def keep(word: str, concept: str) -> bool:
        words = [word, *word.split()]
        return _LATIN_LETTER.search(word) is None and not any(w.lower() in names or w in REVIEWED_OUT for w in words)

    header = (
        "# word\tlanguage\tconcept: everyday, kinship and clinical words of languages in other scripts, never names;"
        " drafted from a concept list, reviewed, less Faker's names; regenerate with"
        " python -m redaction.stop_words --other-scripts DRAFT.tsv ...\n"
    )
    return _write_drafted(OTHER_SCRIPTS_FILE, header, drafts, keep)


def _write_drafted(path: Path, header: str, drafts: list[Path], keep: Callable[[str, str], bool]) -> int:
    """Write the drafts' (word, language, concept) lines that `keep(word, concept)` accepts, sorted by language and
    concept, under the header; returns the line count."""
    rows: set[tuple[str, str, str]] = set()
    for draft in drafts:
        for line in draft.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):  # the shipped file may be a draft too: add lines to it and rebuild
                continue
            word, language, concept = line.split("\t")
            if keep(word, concept):
                rows.add((word, language, concept))
    body = "".join(f"{w}\t{lang}\t{c}\n" for w, lang, c in sorted(rows, key=lambda r: (r[1], r[2], r[0])))
    path.write_text(header + body, encoding="utf-8")
    return len(rows)


# Everyday, form, kinship and clinical words of languages in the Latin alphabet (conf/other_latin.tsv): a capitalised
# German noun or a shouted Spanish sentence is no name ('Nächster Termin am Montag', 'LA PRESIÓN ALTA SIGUE IGUAL').
# Drafted the same way; a Latin word is kept only if it is no given name or surname in the US counts or in Faker's
# lists, no place of the gazetteer and no English word.
OTHER_LATIN_FILE = CONF_DIR / "other_latin.tsv"
ADDRESS_CONCEPTS = frozenset({"street", "house_number", "postcode", "city", "address"})


def rebuild_other_latin(drafts: list[Path]) -> int:
    """Write conf/other_latin.tsv (word, language, concept) from the reviewed drafts, less names, places and English
    words; returns the line count."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

    from .lexicon import english_lexicon
    from .name_freq import name_frequencies
    from .places import place_names

    freq, places, lex = name_frequencies(), place_names(), english_lexicon()
    names = _faker_names() | script_names()

    def keep(word: str, concept: str) -> bool:
        low = word.lower()
        if not _WORD.fullmatch(word.replace("-", "")) or _LATIN_LETTER.search(word) is None:
            return False
        if concept in ADDRESS_CONCEPTS:  # 'Straße', 'ciudad' are parts of an address, which the rules read
            return False
        named = any(freq.given(v) or freq.surname(v) or v in names for v in (low, fold(low)))
        english = low in ENGLISH_STOP_WORDS or lex.inflected(low) or fold(low) in ENGLISH_STOP_WORDS
        return not named and not english and fold(low) not in places and low not in places

    header = (
        "# word\tlanguage\tconcept: everyday, form, kinship and clinical words of languages in the Latin alphabet,"
        " never names; drafted from a concept list, reviewed, less US and Faker names, places and English words;"
        " regenerate with python -m redaction.stop_words --other-latin DRAFT.tsv ...\n"
    )
    return _write_drafted(OTHER_LATIN_FILE, header, drafts, keep)


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--other-scripts"]:
        count = rebuild_other_scripts([Path(a) for a in sys.argv[2:]])
        sys.stdout.write(f"{count} words written to {OTHER_SCRIPTS_FILE}\n")
    elif sys.argv[1:2] == ["--other-latin"]:
        count = rebuild_other_latin([Path(a) for a in sys.argv[2:]])
        sys.stdout.write(f"{count} words written to {OTHER_LATIN_FILE}\n")
    else:
        sys.stdout.write(f"{rebuild()} stop words written to {STOP_WORDS_FILE}\n")
