"""Identifier leaks: a consumer's known identifiers found in text that left the redactor. Pure functions.

The known identifiers are `guide.turn.redact.known_identifiers(plan)`: names of the consumer, the
designees and the care team, birth date, record numbers, phones, emails, address. A name leaks
when the whole name, its first given name or its family name appears as a word (any case, as
families type "walter"); a phone leaks in any punctuation; everything else when its value
appears (case-insensitive).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "jr", "sr", "nurse", "doctor"}


@dataclass(frozen=True)
class Needle:
    """A pattern for one identifier (or one part of a name)."""

    type: str
    pattern: re.Pattern[str]
    label: str


@dataclass(frozen=True)
class Leak:
    """One identifier found, masked so the report does not repeat it."""

    type: str
    masked: str
    where: str


def mask(value: str) -> str:
    """First two characters and the length: enough to find it, not to read it."""
    return f"{value[:2]}…({len(value)})"


def name_parts(name: str) -> list[str]:
    """The first given name and the family name (and each half of a double-barrelled one), 3 letters or more.

    Middle names are left out: they are often words too ("May", "Grace").
    """
    words = [w for w in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", name) if w.lower().strip(".") not in _HONORIFICS]
    if not words:
        return []
    parts = [words[0], words[-1], *words[-1].split("-")]
    return [p for p in dict.fromkeys(parts) if len(p) >= 3]


def needles(known: Iterable[tuple[str, str]]) -> list[Needle]:
    """Patterns for (type, value) pairs."""
    out: dict[str, Needle] = {}
    for kind, value in known:
        value = value.strip()
        if not value:
            continue
        if kind == "PERSON":
            for part in [value, *name_parts(value)]:
                pattern = re.compile(rf"(?<!\w){re.escape(part)}(?!\w)", re.IGNORECASE)
                out.setdefault(f"PERSON:{part.lower()}", Needle(kind, pattern, mask(part)))
        elif kind == "PHONE_NUMBER" and len(digits := re.sub(r"\D", "", value)) >= 7:
            country = r"(?:\+?1[\s().-]*)?"  # +1 617 ... is the same number
            pattern = re.compile(r"(?<![\d+])" + country + r"[\s().-]*".join(digits[-10:]) + r"(?!\d)")
            out.setdefault(f"PHONE:{digits[-10:]}", Needle(kind, pattern, mask(value)))
        else:
            pattern = re.compile(re.escape(value), re.IGNORECASE)
            out.setdefault(f"{kind}:{value.lower()}", Needle(kind, pattern, mask(value)))
    return list(out.values())


def find_leaks(found_in: Iterable[tuple[str, str]], patterns: list[Needle]) -> list[Leak]:
    """Every needle found in any (where, text) pair, once per (needle, where)."""
    leaks = []
    for where, text in found_in:
        for needle in patterns:
            if text and needle.pattern.search(text):
                leaks.append(Leak(needle.type, needle.label, where))
    return leaks


def request_text(body: str) -> str:
    """Every string inside a JSON request body (so escaped characters compare as written); else the body."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    strings: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            strings.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return "\n".join(strings)
