"""Parse dates in the formats people write and build a regex for one given date."""

from __future__ import annotations

import datetime as dt
import re

from .textutil import longest_first

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)  # capitalised words that are never a person or a place


def calendar_word(word: str) -> bool:
    """A weekday or a month, whole or cut to three letters or more ('Sun', 'tues', 'Sept.')."""
    low = word.lower().rstrip(".,")
    return len(low) >= 3 and any(w.startswith(low) for w in CALENDAR_WORDS)


_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_WORD = r"(?P<mon>[a-z]{3,9})\.?"
_ORD = r"(?:st|nd|rd|th)?"
_NUMERIC = re.compile(r"^(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{2,4})$")
_MDY = re.compile(rf"^{_MONTH_WORD}\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?:of\s+)?'?(?P<y>\d{{2,4}})$", re.I)
_DMY = re.compile(rf"^(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH_WORD},?\s+'?(?P<y>\d{{2,4}})$", re.I)


def month_number(word: str) -> int | None:
    """Return 1-12 for a month name or abbreviation."""
    low = word.lower().rstrip(".")
    if low in MONTHS:
        return MONTHS.index(low) + 1
    return _ABBR.get(low)


def full_year(year: int, today: dt.date | None = None) -> int:
    """Expand a two-digit year to the most recent century that is not in the future."""
    if year >= 100:
        return year
    now = (today or dt.date.today()).year
    candidate = 2000 + year
    return candidate if candidate <= now else 1900 + year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """Parse one date string (US month-first for numeric forms); None when not a date."""
    text = " ".join(value.strip().split())
    m = _NUMERIC.match(text)
    if m:
        a, b, c = (int(m.group(k)) for k in "abc")
        if len(m.group("a")) == 4:
            return _safe_date(a, b, c)
        return _safe_date(full_year(c), a, b) or _safe_date(full_year(c), b, a)
    for rx in (_MDY, _DMY):
        m = rx.match(text)
        if m:
            month = month_number(m.group("mon"))
            if month is None:
                return None
            return _safe_date(full_year(int(m.group("y"))), month, int(m.group("d")))
    return None


def _month_alternatives(month: int) -> str:
    full = MONTHS[month - 1]
    forms = {full, full[:3]} | ({"sept"} if month == 9 else set())
    return "(?:" + "|".join(sorted(forms, key=longest_first)) + r")\.?"


def date_regex(date: dt.date, *, with_partial: bool = True) -> str:
    """Regex (IGNORECASE) matching the given date in numeric and written forms."""
    m, d = f"0?{date.month}", f"0?{date.day}"
    y = f"(?:{date.year}|'?{date.year % 100:02d})"
    mon = _month_alternatives(date.month)
    sep = r"[/.\-]"
    forms = [
        rf"{m}(?P<s1>{sep}){d}(?P=s1){y}",
        rf"{d}(?P<s2>{sep}){m}(?P=s2){y}",
        rf"{date.year}(?P<s3>{sep}){m}(?P=s3){d}",
        rf"{mon}\s*{d}{_ORD},?\s*(?:of\s+)?{y}",
        rf"{d}{_ORD}\s*(?:of\s+)?{mon},?\s*{y}",
    ]
    if with_partial:
        forms += [rf"{mon}\s*{d}{_ORD}", rf"{d}{_ORD}\s*(?:of\s+)?{mon}"]
    return r"(?<![\w/.\-])(?:" + "|".join(forms) + r")(?![\w]|[/.\-]\d)"
