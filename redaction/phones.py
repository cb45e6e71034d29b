"""Phone numbers of every region with libphonenumber (`phonenumbers`), plus vanity numbers.

US numbers are validated by the library's metadata; numbers with a country code are read in any
region; national formats of other countries are tried region by region, only where the text
has a run of digits long enough to be one. Extensions ("x4587", "ext. 12") and the "001" / "+1"
prefixes join the number. Toll-free helplines (988, 1-800-222-1222 and the toll-free ranges)
are organisations, not people, and are left alone.
"""

from __future__ import annotations

import re

import phonenumbers as pn

from .textutil import digits

REGIONS = ("US", "GB", "DE", "FR", "MX", "BR", "JP", "IN", "ES", "IT", "NL", "PL", "CN", "KR", "PH", "AU",
           "TR", "VN", "NG", "ZA", "CO", "AR", "PK", "EG", "RU")  # fmt: skip
TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d")
_PREFIX = re.compile(r"(?:\+|00|001[\s.\-]?|\+1[\s.\-]?|1[\s.\-])$")
_FOREIGN_CODE = re.compile(r"\+(?!1\b)\d{1,3}[\s.\-]*$")
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extn\.?|extension|#)\s*\d{1,6}\b", re.I)
_VANITY = re.compile(
    r"(?<![\w\-])(?:\+?1[\s.\-])?\(?8(?:00|33|44|55|66|77|88)\)?[\s.\-]?(?=[A-Z0-9\-]*[A-Z]{3})[A-Z0-9]{3,}(?:-[A-Z0-9]{1,})*(?![\w\-])"
)
_US_SHAPE = re.compile(
    r"(?<![\w+\-./])(?:\+\s?1|\b1|\b001)?[ .\-]{0,2}(?:\(\s?[2-9]\d{2}\s?\)|\b[2-9]\d{2})[ .\-]{0,3}[2-9]\d{2}[ .\-]{0,3}\d{4}(?!\d)"  # noqa: E501
)


def _is_helpline(number: str) -> bool:
    num = digits(number)
    num = num[1:] if len(num) == 11 and num.startswith("1") else num
    return len(num) == 10 and num[:3] in TOLL_FREE


def _with_extension(text: str, end: int) -> int:
    m = _EXTENSION.match(text, end)
    return m.end() if m else end


def _with_prefix(text: str, start: int) -> int:
    m = _PREFIX.search(text, max(0, start - 5), start)
    return m.start() if m and m.end() == start else start


def _international(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A digit run read with a country code, or in each region's national format."""
    lo = max(0, start - 1)
    window = text[lo : min(len(text), end + 1)]
    plus = window.lstrip("( ").startswith("+")
    regions = ("US",) if plus else REGIONS[1:]
    leniency = pn.Leniency.POSSIBLE if plus else pn.Leniency.VALID
    for region in regions:
        for match in pn.PhoneNumberMatcher(window, region, leniency=leniency):
            if _is_helpline(match.raw_string):
                continue
            if not match.raw_string.startswith("+") and len(digits(match.raw_string)) < 8:
                continue
            return [(_with_prefix(text, lo + match.start), _with_extension(text, lo + match.end))]
    return []


def find_phones(text: str) -> list[tuple[int, int]]:
    """(start, end) of every phone number that is not a helpline."""
    if not _DIGIT_RUN.search(text) and not _VANITY.search(text):
        return []
    found: list[tuple[int, int]] = []
    for m in _US_SHAPE.finditer(text):
        if _FOREIGN_CODE.search(text, max(0, m.start() - 6), m.start()):
            continue  # '+39 312 342 8941' is Italian, read below with its country code
        if not _is_helpline(m.group(0)) and len(set(digits(m.group(0))[-10:])) > 1:
            found.append((m.start(), _with_extension(text, m.end())))
    for run in _DIGIT_RUN.finditer(text):
        if any(s <= run.start() < e or s < run.end() <= e for s, e in found) or len(digits(run.group(0))) < 7:
            continue
        found += _international(text, run.start(), run.end())
    found += [m.span() for m in _VANITY.finditer(text) if any(c.isalpha() for c in m.group(0))]
    return found
