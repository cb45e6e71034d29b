"""Build the regex variants under which one known identifier may appear in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .address import address_variants
from .dates import date_regex, parse_date
from .lexicon import name_lexicon
from .textutil import alnum_upper, digits, fold, longest_first

_B = r"(?<![\w])"
_E = r"(?![\w])"
_RECORD_PREFIX = re.compile(
    r"^\s*(?:mrn|mr\s*#|mr|medical\s+record(?:\s+(?:number|no|num))?|record(?:\s+(?:number|no))?"
    r"|chart(?:\s+(?:number|no))?|patient\s+id|member\s+id|policy(?:\s+(?:number|no))?"
    r"|licen[cs]e(?:\s+(?:number|no))?|passport(?:\s+(?:number|no))?|id|no)\s*[:#.]*\s*",
    re.I,
)


_LABELS = frozenset({"mrn", "mr", "id", "no", "num", "nr", "acct", "dl", "ssn"})


@dataclass(frozen=True)
class Variant:
    """One way a known identifier can be written: a regex compiled on first use, and needles that let a message
    that cannot hold it skip the regex (and its compile) altogether."""

    regex: str
    type: str
    key: str
    canonical: str
    ambiguous: frozenset[str] = frozenset()
    min_caps: bool = False
    fold_case: bool = True
    # one of these must occur in the message's `view` ('lower': folded lower case, 'digits', 'alnum'); () = always
    needles: tuple[str, ...] = ()
    view: str = "lower"

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex (cached per process)."""
        return _compile(self.regex, self.fold_case)


_NAME_PIECES = re.compile(r"[-']")
_RECORD_LETTERS = re.compile(r"[A-Z]{1,3}-?")
_LETTERS_DIGITS = re.compile(r"^([A-Z]{1,3})(\d{5,})$")
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.I)


@lru_cache(maxsize=4096)
def _compile(regex: str, fold_case: bool = True) -> re.Pattern[str]:
    """A variant's pattern, compiled once per process however often the same identifier is seen. Digit-only
    patterns skip IGNORECASE: case-folding their character classes is most of the compile time."""
    return re.compile(regex, re.IGNORECASE if fold_case else 0)


def _token_regex(token: str) -> str:
    """Escape a name token, letting apostrophes be optional."""
    return "".join("'?" if ch == "'" else re.escape(ch) for ch in token)


def split_person(value: str) -> list[str]:
    """Split a known name into name tokens, dropping titles and suffixes."""
    lex = name_lexicon()
    text = fold(value)
    if "," in text:
        family, _, given = text.partition(",")
        text = f"{given} {family}"
    tokens = [t.strip('.,;:()"') for t in text.split()]
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in lex.titles:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].lower().rstrip(".") in lex.suffixes:
        tokens.pop()
    return tokens


def person_key(value: str) -> str:
    """Identity key of a name: its tokens, lower-cased and sorted."""
    return " ".join(sorted(t.lower() for t in split_person(value)))


def person_variants(value: str) -> list[Variant]:
    """Full name, any part alone, 'Family, Given', initials: one regex over the name's parts."""
    tokens = split_person(value)
    parts = _name_parts(tokens)
    if not parts:
        return []
    full = "|".join(_token_regex(p) for p in sorted(parts, key=longest_first))
    initials = "".join(sorted({t[0].upper() for t in tokens if t[0].isalpha()}))
    init = rf"(?-i:[{initials}])(?:\.|(?=\s))"
    short = [_token_regex(t) for t in tokens if len(t.strip(".")) < 2]
    inner = "|".join([full, init, *short])
    sep = r"(?:\s*,\s*|\s*-\s*|\s+|(?<=\.))"
    regex = rf"{_B}(?:{init}{sep})*(?:{full})(?:{sep}(?:{inner}))*{_E}"
    ambiguous = frozenset(p.lower() for p in parts if name_lexicon().is_ambiguous(p))
    needles = tuple(sorted({max(p.lower().split("'"), key=len) for p in parts}))
    return [Variant(regex, "PERSON", person_key(value), value.strip(), ambiguous, needles=needles)]


def _name_parts(tokens: list[str]) -> set[str]:
    """Each token of a name and each piece of a hyphenated one, two letters or more."""
    parts: set[str] = set()
    for tok in tokens:
        parts.add(tok)
        parts.update(p for p in _NAME_PIECES.split(tok) if len(p) >= 2 and "-" in tok)
    return {p for p in parts if len(p.strip(".")) >= 2}


def _loose_chars(chars: str) -> str:
    """Regex for a run of characters that may be broken by spaces, dashes, dots or slashes."""
    return r"[\s.\-/]?".join(re.escape(c) for c in chars)


def phone_variants(value: str) -> list[Variant]:
    """Same digits in any grouping, with or without +1, and the local 7 digits."""
    num = digits(value)
    if len(num) == 11 and num.startswith("1"):
        num = num[1:]
    if len(num) < 7:
        return _literal_variants("PHONE_NUMBER", value)
    gap = r"[\s.()\-]{0,3}"
    body = gap.join(num)
    regexes = [rf"(?<![\d\w])(?:\+?\s*1{gap})?\(?{body}(?!\d)"]
    if len(num) == 10:
        regexes.append(rf"(?<![\d\w\-./]){gap.join(num[3:])}(?![\d]|[\-./]\d)")
    return [
        Variant(r, "PHONE_NUMBER", num, value.strip(), fold_case=False, needles=(num[-4:],), view="digits")
        for r in regexes
    ]


def date_variants(value: str) -> list[Variant]:
    """Every common written form of the same calendar date."""
    date = parse_date(fold(value))
    if date is None:
        return _literal_variants("DATE_OF_BIRTH", value)
    day = (str(date.day),)  # every written form has the day's digits
    return [Variant(date_regex(date), "DATE_OF_BIRTH", date.isoformat(), value.strip(), needles=day, view="digits")]


def record_core(value: str) -> str:
    """Strip a label such as 'MRN', 'Medicare ID' or 'Policy #' from a record number."""
    text = _RECORD_PREFIX.sub("", fold(value)).strip()
    tokens = text.split()
    first = next((i for i, t in enumerate(tokens) if any(c.isdigit() for c in t)), None)
    if first is None:
        return text
    keep = first
    if first > 0 and _RECORD_LETTERS.fullmatch(tokens[first - 1]) and tokens[first - 1].lower() not in _LABELS:
        keep = first - 1
    return " ".join(tokens[keep:]).lstrip("#:. ")


def record_variants(entity_type: str, value: str) -> list[Variant]:
    """The record number with or without its label and separators."""
    core = alnum_upper(record_core(value)) or alnum_upper(value)
    if not core:
        return []
    cores = {core}
    m = _LETTERS_DIGITS.match(core)
    if m:
        cores.add(m.group(2))
    key = alnum_upper(record_core(value)) or core
    regex = r"(?<![A-Za-z0-9])(?:" + "|".join(_loose_chars(c) for c in cores) + r")(?![A-Za-z0-9])"
    needles = tuple(sorted(c.lower() for c in cores))
    return [Variant(regex, entity_type, key, value.strip(), needles=needles, view="alnum")]


def ssn_variants(value: str) -> list[Variant]:
    """Nine digits with any separators."""
    num = digits(value)
    if len(num) != 9:
        return _literal_variants("US_SSN", value)
    regex = rf"(?<![\d\w]){_loose_chars(num)}(?!\d)"
    return [Variant(regex, "US_SSN", num, value.strip(), fold_case=False, needles=(num,), view="digits")]


def email_variants(value: str) -> list[Variant]:
    """The address itself, case-insensitively."""
    core = fold(value).strip().removeprefix("mailto:")
    regex = rf"(?<![\w.+\-]){re.escape(core)}(?![\w\-])"
    return [Variant(regex, "EMAIL_ADDRESS", core.lower(), value.strip(), needles=(core.lower(),))]


def url_variants(value: str) -> list[Variant]:
    """The URL with or without scheme, 'www.' and trailing slash."""
    core = _URL_PREFIX.sub("", fold(value).strip()).rstrip("/")
    regex = rf"(?<![\w.\-/])(?:https?://)?(?:www\.)?{re.escape(core)}/?(?![\w\-/])"
    return [Variant(regex, "URL", core.lower(), value.strip(), needles=(core.lower(),))]


def _literal_variants(entity_type: str, value: str) -> list[Variant]:
    core = " ".join(fold(value).split())
    if not core:
        return []
    regex = _B + r"\s+".join(re.escape(w) for w in core.split()) + _E
    needles = (max(core.lower().split(), key=len),)
    return [Variant(regex, entity_type, core.lower(), value.strip(), needles=needles)]


def location_variants(value: str) -> list[Variant]:
    """Street line with or without unit, city, state and ZIP; city and ZIP alone too."""
    out: list[Variant] = []
    for regex, key, canonical, caps in address_variants(value):
        out.append(Variant(regex, "LOCATION", key, canonical, min_caps=caps))
    return out or _literal_variants("LOCATION", value)


def variants_for(entity_type: str, value: str) -> list[Variant]:
    """Dispatch on identifier type; unknown types are matched literally."""
    match entity_type:
        case "PERSON":
            return person_variants(value)
        case "DATE_OF_BIRTH" | "DATE":
            return date_variants(value)
        case "PHONE_NUMBER":
            return phone_variants(value)
        case "MEDICAL_RECORD_NUMBER" | "ID":
            return record_variants(entity_type, value)
        case "US_SSN":
            return ssn_variants(value)
        case "EMAIL_ADDRESS":
            return email_variants(value)
        case "URL":
            return url_variants(value)
        case "LOCATION":
            return location_variants(value)
        case _:
            return _literal_variants(entity_type, value)
