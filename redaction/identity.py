"""Identity keys: two surfaces with the same key get the same placeholder."""

from __future__ import annotations

import re

from .dates import parse_date
from .textutil import alnum_upper, digits, fold
from .variants import person_key, record_core

_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?")


def _phone_key(surface: str) -> str:
    num = digits(surface)
    return num[1:] if len(num) == 11 and num.startswith("1") else num


def _date_key(surface: str) -> str:
    date = parse_date(fold(surface))
    return date.isoformat() if date else _text_key(surface)


def _text_key(surface: str) -> str:
    return " ".join(fold(surface).lower().split())


def _url_key(surface: str) -> str:
    return _URL_PREFIX.sub("", _text_key(surface)).rstrip("/")


def identity_key(entity_type: str, surface: str) -> str:
    """Normalise a detected surface so formatting differences do not split an identity."""
    match entity_type:
        case "PERSON":
            return person_key(surface) or _text_key(surface)
        case "PHONE_NUMBER":
            return _phone_key(surface)
        case "DATE_OF_BIRTH" | "DATE":
            return _date_key(surface)
        case "MEDICAL_RECORD_NUMBER" | "ID":
            return alnum_upper(record_core(surface)) or alnum_upper(surface)
        case "US_SSN":
            return digits(surface)
        case "URL":
            return _url_key(surface)
        case _:
            return _text_key(surface)
