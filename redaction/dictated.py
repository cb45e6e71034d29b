"""US street addresses read aloud: a voicemail transcript or a dictation writes the numbers as words.

'four twelve mill creek road in paris tennessee', 'three five Cherry Street, apartment seven, Justinshire, Oklahoma',
'Rural Route three, Box forty-one B, Fairfield, Nebraska, six eight nine three eight', 'P O Box two seventeen,
Bucksport, Maine, oh four four one six'. The written-address rules read digits; here the house number, the unit, the
box and the ZIP are number words, so one span is built from the number words to the end of what follows the street:
a unit, a town and a state spelt out, a ZIP of five spoken digits.

The street needs its suffix ('road', 'Street', 'ln') right after one to three words that are no stop words ('three
blocks down the road' stays), or a county road or route with its number; and the whole needs an address's cue before
it ('at', 'is', 'to', 'address', 'live') or a unit, town, state or ZIP after the street: 'two Main Street buses'
stays a phrase.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .address import vocabulary
from .textutil import NUMBER_TEENS, NUMBER_TENS, NUMBER_UNITS

_NUMBER = rf"(?:(?:{NUMBER_TENS})(?:-(?:{NUMBER_UNITS}))?|{NUMBER_TEENS}|{NUMBER_UNITS}|hundred|thousand|\d{{1,5}})"
_NUMBERS = rf"{_NUMBER}(?:[ \t]+(?:and[ \t]+)?{_NUMBER}){{0,5}}"
_DIGIT = rf"(?:{NUMBER_UNITS}|\d)"
_WORD = r"\p{L}[\p{L}'’\-]*"
_ROAD = r"(?:county[ \t]+road|route|rural[ \t]+route|rr|highway|p\.?[ \t]?o\.?[ \t]+box)"
_CUE_BEFORE = regex.compile(
    r"(?i:\b(?:at|is|to|address|live|lives|living|moved|moving|house|place|send|mail|mailed|deliver|ship|shipped|"
    r"staying|stays|was)[ \t:,]*)\Z"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    vocab = vocabulary()
    suffixes = sorted({w for canon, forms in vocab.street_suffixes.items() for w in (canon, *forms)}, key=len)[::-1]
    suffix = "|".join(regex.escape(s) for s in suffixes + ["highway", "hwy", "parkway", "pkwy", "trail", "way", "loop"])
    states = "|".join(regex.escape(s) for s in sorted(vocab.states.values(), key=len)[::-1])
    units = "|".join(regex.escape(u) for u in vocab.unit_words if u != "no")
    street = (
        rf"(?:(?P<house>{_NUMBERS})[ \t]+(?P<name>(?:{_WORD}[ \t]+){{1,3}}?)(?:{suffix})\.?"
        rf"|(?:{_NUMBERS},?[ \t]+)?{_ROAD}[ \t]+{_NUMBERS}"
        rf"(?:[ \t]+[A-Z](?![\p{{L}}]))?)"
    )
    unit = rf"(?:,?[ \t]+(?:{units}|box|number|\#)\.?[ \t]+(?:{_NUMBERS}|\w{{1,4}})(?:[ \t]+[A-Za-z](?![\p{{L}}]))?)"
    spelt = r"(?:,?[ \t]+that's[ \t]+[^,.\n]{1,60})"  # "that's M as in Mary A G N O L I A"
    town = (
        rf"(?:,?[ \t]+(?:in[ \t]+)?(?:{_WORD}[ \t]+){{0,2}}?{_WORD},?[ \t]+(?P<state>{states})"
        rf"|[ \t]+in[ \t]+(?-i:\p{{Lu}}\p{{Ll}}+)(?:[ \t]+(?-i:\p{{Lu}}\p{{Ll}}+))?(?![ \t]*\p{{L}}))"
    )
    zip_code = rf"(?:,?[ \t]+(?:{_DIGIT}[ \t,]+){{4}}{_DIGIT}(?![\p{{L}}\d])|,?[ \t]+\d{{5}}(?:-\d{{4}})?)"
    whole = rf"(?<![\p{{L}}\d\-])(?P<street>{street})(?P<rest>{spelt}?(?:{unit}|{spelt}){{0,3}}{town}?{zip_code}?)"
    return regex.compile(rf"(?i){whole}(?![\p{{L}}])"), regex.compile(rf"(?i){_NUMBER}")


def dictated_addresses(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each address read aloud: number words before a street, what follows it up to a spoken ZIP."""
    whole, number = _patterns()
    out = []
    for m in whole.finditer(text):
        if m.group("house") is not None:
            if not any(not w.isdigit() for w in number.findall(m.group("house"))):
                continue  # digits only: the written-address rules read those
            if any(w.lower() in STOP_WORDS for w in m.group("name").split()):
                continue  # 'three blocks down the road'
        elif not any(not w.isdigit() for w in number.findall(m.group("street"))):
            continue
        if not m.group("rest").strip(" \t,") and _CUE_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None:
            continue  # 'two Main Street buses'
        start, end = m.start(), m.end()
        end = start + len(text[start:end].rstrip(" \t,."))
        if not any(s < end and start < e for s, e in protected):
            out.append((start, end))
    return out
