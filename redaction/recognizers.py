"""Our Presidio recognizers: YAML patterns, plus PatternRecognizer subclasses where logic is needed."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer
from pydantic import BaseModel, ConfigDict
from spacy.lang.en.stop_words import STOP_WORDS

from . import compiled
from .address import vocabulary
from .lexicon import english_lexicon, load_conf, name_lexicon
from .offline import has_public_suffix
from .textutil import digits, longest_first

_FRAGMENT = re.compile(r"\$\{(\w+)\}")


_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})


class PatternSpec(BaseModel):
    """One regex with its base score."""

    model_config = ConfigDict(extra="forbid")

    name: str
    regex: str
    score: float


class RecognizerSpec(BaseModel):
    """A recognizer as written in conf/recognizers.yaml."""

    model_config = ConfigDict(extra="forbid")

    name: str
    supported_entity: str
    kind: str = "pattern"
    requires: str | None = None
    patterns: list[PatternSpec]
    context: list[str] = []


class RecognizerFile(BaseModel):
    """The whole YAML file."""

    model_config = ConfigDict(extra="forbid")

    fragments: dict[str, str]
    recognizers: list[RecognizerSpec]


class PhoneNumberRecognizer(PatternRecognizer):
    """US phone numbers; rejects digit runs that cannot be a dialable number."""

    def validate_result(self, pattern_text: str) -> bool | None:
        """Refuse impossible numbers (eleven digits not starting with 1, one repeated digit)."""
        num = digits(pattern_text)
        if len(num) == 11 and not num.startswith("1"):
            return False
        if len(set(num)) == 1:
            return False
        area = num[-10:-7]
        if len(num) >= 10 and area in _TOLL_FREE:
            return False  # organisations' helplines, never a person's own number
        return None


class CalendarDateRecognizer(PatternRecognizer):
    """Dates; the month and day must exist."""

    def validate_result(self, pattern_text: str) -> bool | None:
        """Refuse '13/45/2020' and similar."""
        return None if _plausible_date(pattern_text) else False


class SsnRecognizer(PatternRecognizer):
    """US social security numbers; refuses numbers the SSA never issues."""

    def validate_result(self, pattern_text: str) -> bool | None:
        """Area 000, 666 or 9xx, group 00 and serial 0000 are never issued."""
        num = digits(pattern_text)
        area, group, serial = num[:3], num[3:5], num[5:]
        if area in {"000", "666"} or area.startswith("9") or group == "00" or serial == "0000":
            return False
        return None


class PersonPatternRecognizer(PatternRecognizer):
    """Names found by context (titles, relations, greetings); refuses ordinary words."""

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A 'name' that is a pronoun, weekday or greeting is not a person."""
        words = [w for w in pattern_text.split() if not _INITIAL.fullmatch(w)]
        first = words[0].strip(".,").lower() if words else ""
        return first in STOP_WORDS or first in name_lexicon().edge_words


class ProperNounRecognizer(PatternRecognizer):
    """A capitalised word that is not English (per the model's lexicon) is most likely a name."""

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Ordinary English words, stop words and their hyphen/apostrophe parts are not names."""
        return not looks_like_name(pattern_text)


class LowercaseNameRecognizer(ProperNounRecognizer):
    """A lower-case word that is not English, next to a person cue ('hi its nneka')."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None, regex_flags: Any = None
    ) -> list[RecognizerResult]:
        """Keep only candidates with a relation, introduction or person verb next to them."""
        if _writes_capitals(text):
            return []  # a writer who capitalises names mid-sentence leaves lower-case words as words ('helpline')
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        if any(c.isupper() for c in text):  # mixed case: a lower-case compound of English words is English
            results = [r for r in results if not english_compound(text[r.start : r.end])]
        kept = [r for r in results if lowercase_cue(text, r.start, r.end)]
        for r in results:  # a surname right after a kept given name: "nneka okafor"
            if r not in kept and any(text[k.end : r.start] == " " for k in kept):
                kept.append(r)
        return kept


_WORDS_BEFORE = re.compile(r"((?:[a-z']+\s+)?[a-z']+)[\s(,:]*$")
_WORD_AFTER = re.compile(r"\s*('s|[a-z']+)")


def lowercase_cue(text: str, start: int, end: int) -> bool:
    lex = name_lexicon()
    before = _WORDS_BEFORE.search(text[max(0, start - 30) : start].lower())
    if before:
        two = before.group(1)
        if two in lex.lowercase_name_before or two.split()[-1] in lex.lowercase_name_before:
            return True
    after = _WORD_AFTER.match(text, end)
    return bool(after and after.group(1).lower() in lex.lowercase_name_after)


_MIDSENTENCE_CAPITAL = regex.compile(r"(?<=[\p{Ll},][ \t]+)\p{Lu}\p{Ll}+")


def _writes_capitals(text: str) -> bool:
    """True when the writer capitalises: the text starts with a capital and a word in the middle of a sentence is
    capitalised too ('The Alzheimer's Association helpline'). 'hi its nneka. mom (evy) wont take her Entresto' is
    typed in lower case, whatever its drug names look like."""
    first = next((c for c in text if c.isalpha()), "")
    return first.isupper() and any(m.group(0).lower() not in STOP_WORDS for m in _MIDSENTENCE_CAPITAL.finditer(text))


def english_compound(word: str) -> bool:
    """Two English words of four letters or more written as one ('caregiving', 'bloodwork'); shorter pieces are
    too often rare WordNet words inside names ('mari' + 'sol')."""
    low = word.lower()
    lex = english_lexicon()
    return any(low[:i] in lex and low[i:] in lex for i in range(4, len(low) - 3))


def looks_like_name(word: str) -> bool:
    """Not a stop word, not in the English lexicon, not wholly made of English parts."""
    low = word.lower()
    lex = name_lexicon()
    if low in lex.not_names or low in STOP_WORDS or word in english_lexicon():
        return False
    parts = [p for p in _PIECES.split(low) if len(p) > 1]
    return not all(p in english_lexicon() or p in lex.not_names for p in parts)


class Prefiltered(EntityRecognizer):
    """Runs the wrapped recognizer only when a cheap regex finds its label words in the text.

    Look-behind patterns ("MRN ...", "DOB ...") are tried at every position of the text; most
    messages have no such label, so a single search for it first saves most of the cost.
    """

    def __init__(self, inner: PatternRecognizer, requires: str) -> None:
        self.inner = inner
        self._requires = regex.compile(requires, regex.IGNORECASE)
        super().__init__(
            supported_entities=inner.supported_entities,
            name=str(getattr(inner, "name", "")),
            supported_language=inner.supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the inner recognizer is ready."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Delegate when the label is present; otherwise nothing can match."""
        if not self._requires.search(text):
            return []
        results = list(self.inner.analyze(text, entities, nlp_artifacts) or [])
        for result in results:  # Presidio groups results by the id of the recognizer it called
            result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        return results


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer, validated against tldextract's bundled snapshot only."""

    def validate_result(self, pattern_text: str) -> bool:
        """Accept only addresses whose domain ends in a real public suffix."""
        return has_public_suffix(pattern_text)


_KINDS: dict[str, type[PatternRecognizer]] = {
    "pattern": PatternRecognizer,
    "phone": PhoneNumberRecognizer,
    "date": CalendarDateRecognizer,
    "ssn": SsnRecognizer,
    "person": PersonPatternRecognizer,
    "proper_noun": ProperNounRecognizer,
    "lowercase_name": LowercaseNameRecognizer,
}


_NOT_MONTH = frozenset({"st", "nd", "rd", "th", "er", "of", "de", "del"})
_NUMBERS = re.compile(r"\d+")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_NON_DIGIT = re.compile(r"\D")
_PIECES = re.compile(r"[\-'’]")
_INITIAL = re.compile(r"\w\.")


def _plausible_date(text: str) -> bool:
    """The day and month exist; a month word (any language the patterns know) needs a day or a year."""
    nums = [int(n) for n in _NUMBERS.findall(text)]
    words = [w for w in _LETTER_RUNS.findall(text) if w.lower() not in _NOT_MONTH]
    if words:
        return any(1 <= n <= 31 for n in nums) or any(1900 <= n <= 2099 for n in nums)
    if len(nums) == 1:
        return _compact_date(_NON_DIGIT.sub("", text))
    return len(nums) >= 2 and _day_and_month(nums)


def _day_and_month(nums: list[int]) -> bool:
    """Year first (1952-03-14), day first (14/03/1952) or month first (03/14/1952): the day and month exist."""
    if nums[0] > 31:
        return 1 <= nums[1] <= 12 and len(nums) > 2 and 1 <= nums[2] <= 31
    if nums[0] > 12:
        return 1 <= nums[0] <= 31 and 1 <= nums[1] <= 12
    return 1 <= nums[0] <= 12 and 1 <= nums[1] <= 31


def _compact_date(number: str) -> bool:
    """'19520314' (year first) or '03141952' (month first); a year alone or '071349' (month, day, two-digit year),
    which only the birth-date patterns read (after 'born', after 'DOB')."""
    if len(number) in {2, 4}:
        return len(number) == 2 or 1900 <= int(number) <= 2099
    if len(number) == 6:
        return 1 <= int(number[:2]) <= 12 and 1 <= int(number[2:4]) <= 31
    if len(number) != 8:
        return False
    year_first = 1900 <= int(number[:4]) <= 2099 and 1 <= int(number[4:6]) <= 12 and 1 <= int(number[6:]) <= 31
    month_first = 1 <= int(number[:2]) <= 12 and 1 <= int(number[2:4]) <= 31 and 1900 <= int(number[4:]) <= 2099
    return year_first or month_first


def _expand(regex: str, fragments: dict[str, str]) -> str:
    """Replace ${name} by its fragment; fragments may use other fragments."""
    for _ in range(5):
        expanded = _FRAGMENT.sub(lambda m: fragments[m.group(1)], regex)
        if expanded == regex:
            break
        regex = expanded
    return regex


@lru_cache(maxsize=1)
def _recognizer_file() -> RecognizerFile:
    return RecognizerFile.model_validate(load_conf("recognizers.yaml"))


class KeptPattern(Pattern):
    """A Presidio pattern whose validity check compiles through the kept patterns (redaction/compiled.py): Presidio
    checks each pattern by compiling it without flags, and the analyzer compiles it again with its flags; each was
    a fresh compile in every process."""

    @staticmethod
    def _Pattern__validate_regex(pattern: str) -> None:  # noqa: N802 - overrides Pattern's private check by its name
        try:
            compiled.compile(pattern)
        except regex.error as e:
            raise ValueError(f"Invalid regex pattern: {e}") from e


def _build(spec: RecognizerSpec, fragments: dict[str, str]) -> EntityRecognizer:
    patterns: list[Pattern] = [KeptPattern(p.name, _expand(p.regex, fragments), p.score) for p in spec.patterns]
    cls = _KINDS[spec.kind]
    kwargs: dict[str, Any] = {"context": spec.context or None}
    recognizer = cls(supported_entity=spec.supported_entity, name=spec.name, patterns=patterns, **kwargs)
    if spec.requires:
        return Prefiltered(recognizer, spec.requires)
    return recognizer


def yaml_recognizers() -> list[EntityRecognizer]:
    """Instantiate every recognizer described in conf/recognizers.yaml."""
    conf = _recognizer_file()
    return [_build(spec, conf.fragments) for spec in conf.recognizers]


class StreetAddressRecognizer(PatternRecognizer):
    """US street addresses; the regex is assembled from conf/address.yaml."""

    def __init__(self) -> None:
        patterns: list[Pattern] = [KeptPattern("street address", street_address_regex(), 0.85)]
        super().__init__(supported_entity="LOCATION", name="StreetAddressRecognizer", patterns=patterns)


_STRONG_SUFFIXES = frozenset(
    "street avenue road boulevard drive lane court place terrace highway parkway circle".split()
)
# USPS abbreviations that are everyday words or units: fine in a known address, noise in free text.
_WORDLIKE_SUFFIXES = frozenset({"is", "un", "ml", "via", "pr", "lf", "dm", "dv", "cp", "bg", "pass"})
_NOT_STREET_WORDS = (
    r"(?:mg|mcg|ml|g|kg|lbs?|units?|tabs?|tablets?|pills?|capsules?|caps|times|doses?|mins?|"
    r"minutes|hours?|hrs?|days?|weeks?|months?|years?|puffs?|drops?|sprays?|cups?|oz|am|pm|and|"
    r"or|of|the|to|at|in|on|for|with|by|every|per|a|an|miles?|blocks?|feet|steps|laps?|from|"
    r"down|up|along|across|near|off|is|was|are|apt|unit|suite)"
)


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(sorted({re.escape(w) for w in words}, key=longest_first)) + ")"


def street_address_regex() -> str:
    """Number, street name, suffix, then optional direction, unit, city, state and ZIP."""
    vocab = vocabulary()
    all_suffixes = [w for c, a in vocab.street_suffixes.items() for w in (c, *a) if w not in _WORDLIKE_SUFFIXES]
    strong = [w for c, a in vocab.street_suffixes.items() if c in _STRONG_SUFFIXES for w in (c, *a)]
    dirs = _alternation([w for c, a in vocab.directions.items() for w in (c, *a)])
    units = _alternation([*vocab.unit_words, "bldg"])
    # a capitalised word that is no unit, dose or little word: a lower-case message is title-cased for these patterns,
    # and "his sat is 89 at rest today" read "89 At Rest" as a street
    cap_word = rf"(?:(?!(?i:{_NOT_STREET_WORDS})\b)(?-i:\p{{Lu}}[\p{{L}}'\-]*)|\d{{1,3}}(?:st|nd|rd|th))"
    low_word = rf"(?:(?!{_NOT_STREET_WORDS}\b)[a-z][a-z'\-]*|\d{{1,3}}(?:st|nd|rd|th))"
    # a suffix may itself end the name's words: 'Cherry Hill Ct', 'Spring Valley Rd' (lazy words, then one more suffix)
    second = rf"(?:\.?[ \t]+(?=(?-i:\p{{Lu}})){_alternation(strong)})?"
    name_cap = rf"(?:{cap_word}\.?\s+){{1,4}}?{_alternation(all_suffixes)}{second}"  # 'Martin Luther King Jr Ct'
    name_low = rf"(?:{low_word}\s+){{1,3}}?{_alternation(strong)}"
    street = rf"(?:{dirs}\.?\s+)?(?:{name_cap}|{name_low})\.?(?:\s+{dirs}\b\.?)?"
    unit = rf"(?:[\s,]*(?:{units}\b\.?|\#)\s*\#?\s*[A-Z0-9][A-Z0-9\-]{{0,5}}\b)?"
    # a ZIP is five digits and no more: India's six-digit PIN ('Chennai 600034') is found whole by the postcode part
    city = (
        r"(?:,[ \t]*(?-i:\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2})(?:,?[ ]*(?-i:[A-Z]{2})\b)?"
        r"(?:[ ]*\d{5}(?:-\d{4})?(?!\d))?)?"
    )
    half = r"(?:[ \t]+1/2)?"  # '9279 1/2 S. Wilson Ct': a half lot
    return rf"(?<![\w.,/$\-])(?:{GRID_NUMBER}|\d{{1,6}}[A-Z]?(?:-\d{{1,4}})?){half}\s+{street}(?![\w]){unit}{city}"


# a rural house number of a county's grid, Wisconsin's and northern Illinois' ('N4W31250 Lisbon Rd', 'W7425 County
# Hwy K', 'N2171 Hwy 57'): a compass letter and the distance from the county's baseline, sometimes two of them
GRID_NUMBER = r"(?-i:[NSEW])\d{1,5}(?:[ ]?(?-i:[NSEW])\d{1,6})?"
