"""Parse a known US street address and build regexes for the ways it is written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from .lexicon import load_conf, name_lexicon
from .textutil import fold, longest_first

_ZIP = re.compile(r"\b(\d{5})(?:-\d{4})?\s*$")


class AddressVocabulary(BaseModel):
    """Street suffixes, directions, unit words and states."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    street_suffixes: dict[str, list[str]]
    directions: dict[str, list[str]]
    unit_words: list[str]
    states: dict[str, str]
    countries: frozenset[str]

    def forms(self, word: str) -> list[str] | None:
        """All spellings of a suffix or direction word, or None for an ordinary word."""
        low = word.lower().rstrip(".")
        for table in (self.street_suffixes, self.directions):
            for canon, abbrs in table.items():
                if low == canon or low in abbrs:
                    return [canon, *abbrs]
        return None


@lru_cache(maxsize=1)
def vocabulary() -> AddressVocabulary:
    """Load conf/address.yaml."""
    return AddressVocabulary.model_validate(load_conf("address.yaml"))


@dataclass
class ParsedAddress:
    """Pieces of one address; any may be empty."""

    number: str = ""
    street: list[str] | None = None
    unit: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""


def _strip_state_zip(text: str, parsed: ParsedAddress) -> str:
    m = _ZIP.search(text)
    if m:
        parsed.zip, text = m.group(1), text[: m.start()].rstrip(" ,")
    for name, pattern in _state_endings():
        m = pattern.search(text)
        if m and (len(name) > 2 or text[m.start() :].strip(" ,").isupper()):
            parsed.state, text = name, text[: m.start()].rstrip(" ,")
            break
    return text


@lru_cache(maxsize=1)
def _state_endings() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One compiled 'ends with this state' pattern per state name or code, longest first."""
    vocab = vocabulary()
    names = sorted([*vocab.states, *vocab.states.values()], key=longest_first)
    return tuple((name, re.compile(rf"(?:^|[\s,]){re.escape(name)}\.?$", re.I)) for name in names)


@lru_cache(maxsize=1)
def _unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a unit at the end of a street line, a unit at the start of an address part)."""
    units = "|".join(vocabulary().unit_words)
    return (
        re.compile(rf"[\s,]*(?:\b(?:{units})\b\.?\s*#?|#)\s*([\w\-]+)\s*$", re.I),
        re.compile(rf"^(?:#|(?:{units})\b)", re.I),
    )


_HOUSE_NUMBER = re.compile(r"^(\d+[A-Za-z]?(?:-\d+)?)\s+(.+)$")


def _split_unit(street: str, parsed: ParsedAddress) -> str:
    m = _unit_patterns()[0].search(street)
    if m:
        parsed.unit, street = m.group(1), street[: m.start()]
    return street.strip(" ,")


def _split_city(words: list[str], parsed: ParsedAddress) -> list[str]:
    """Without commas, words after the last suffix word are the city."""
    vocab = vocabulary()
    last = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in _suffix_words()), default=-1)
    if 0 <= last < len(words) - 1 and not parsed.city:
        tail = words[last + 1 :]
        if tail and vocab.forms(tail[0]) is None:
            parsed.city = " ".join(tail)
            return words[: last + 1]
    return words


@lru_cache(maxsize=1)
def _suffix_words() -> frozenset[str]:
    vocab = vocabulary()
    return frozenset(w for c, a in vocab.street_suffixes.items() for w in (c, *a))


def parse_address(value: str) -> ParsedAddress:
    """Split '123 Main St Apt 4B, Springfield, MA 02139' into its parts."""
    parsed = ParsedAddress()
    text = _strip_state_zip(" ".join(fold(value).split()), parsed)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return parsed
    m = _HOUSE_NUMBER.match(parts[0])
    if not m:
        parsed.city = parts[-1]
        return parsed
    parsed.number, rest = m.group(1), parts[0][m.end(1) :].strip()
    tail = parts[1:]
    if tail and _unit_patterns()[1].match(tail[0]):
        rest = f"{rest} {tail.pop(0)}"
    parsed.city = tail[0] if tail else ""
    rest = _split_unit(rest, parsed)
    words = rest.split()
    words = _split_city(words, parsed)
    rest = _split_unit(" ".join(words), parsed)
    parsed.street = rest.split()
    return parsed


def _word_regex(word: str) -> str:
    forms = vocabulary().forms(word)
    if forms is None:
        return re.escape(word.rstrip("."))
    full, *abbrs = forms
    alts = [re.escape(full)] + [rf"{re.escape(a)}\.?" for a in abbrs]
    return "(?:" + "|".join(sorted(alts, key=longest_first)) + ")"


def _street_regex(words: list[str]) -> str:
    parts = []
    for i, word in enumerate(words):
        rx = _word_regex(word)
        optional = vocabulary().forms(word) is not None and word.lower().rstrip(".") not in _suffix_words()
        parts.append(f"(?:{rx}\\s+)?" if optional and i < len(words) - 1 else f"{rx}\\s*")
    return "".join(parts).rstrip("*").removesuffix("\\s")


def _tail_regex(parsed: ParsedAddress) -> str:
    units = "|".join(vocabulary().unit_words)
    out = ""
    if parsed.unit:
        out += rf"(?:[\s,]*(?:(?:{units})\b\.?\s*#?|#)\s*{re.escape(parsed.unit)}\b)?"
    if parsed.city:
        out += rf"(?:[\s,]+{_words_regex(parsed.city)}\b)?"
    if parsed.state:
        state = _state_regex(parsed.state)
        out += rf"(?:[\s,]+{state}\b)?"
    if parsed.zip:
        out += rf"(?:[\s,]+{parsed.zip}(?:-\d{{4}})?\b)?"
    return out


def _words_regex(text: str) -> str:
    return r"\s+".join(re.escape(w) for w in text.split())


def _state_regex(state: str) -> str:
    states = vocabulary().states
    low = state.lower()
    full = states.get(low, low)
    abbr = next((k for k, v in states.items() if v == full), low)
    return rf"(?:{re.escape(full)}|(?-i:{abbr.upper()})\.?)"


def address_variants(value: str) -> list[tuple[str, str, str, bool]]:
    """(regex, identity key, canonical value, needs capitals) for an address."""
    parsed = parse_address(value)
    out: list[tuple[str, str, str, bool]] = []
    canonical = value.strip()
    if parsed.number and parsed.street:
        key = "addr:" + " ".join([parsed.number, *parsed.street]).lower()
        street = _street_regex(parsed.street)
        tail = _tail_regex(parsed)
        out.append(
            (
                rf"(?<![\w\-]){re.escape(parsed.number)}\s+{street}{tail}(?![\w])",
                key,
                canonical,
                False,
            )
        )
        if vocabulary().forms(parsed.street[-1]) is not None and len(parsed.street) > 1:
            out.append((rf"(?<![\w]){street}(?![\w])", key, canonical, True))
    if parsed.city:
        lex = name_lexicon()
        caps = any(lex.is_ambiguous(w) for w in parsed.city.split())
        city_rx = _words_regex(parsed.city)
        out.append((rf"(?<![\w]){city_rx}(?![\w])", "city:" + parsed.city.lower(), parsed.city, caps))
    if parsed.zip:
        out.append((rf"(?<![\w\-]){parsed.zip}(?![\w])", "zip:" + parsed.zip, parsed.zip, False))
    return out
