"""A follow-up after an emergency: the emergency goes on unless the message takes it back.

A family that was just told to call 911 often writes again ("must we really go for a little bump?", "no, I
don't have a plan, I'm just tired of all of it"). Read alone, such a message looks like a question to answer;
in the conversation it is the same emergency, so the instruction is repeated. Only a message that says help is
there, that the report was a mistake or in the past, or that the danger did not happen, is read on its own. Help
called or on its way is not there yet: the emergency goes on, and the reply starts from that ("Help is on the way")
rather than telling them to call.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from guide.language.text import normalise, without_accents

_TERMS = Path(__file__).with_name("followup_terms.yaml")


def _plain(text: str) -> str:
    """Lowercase, straight apostrophes, single spaces, no accents."""
    return without_accents(normalise(text))


PRESENT = "help_present_patterns"
CALLED = "help_called"


@cache
def _terms() -> dict[str, list[str]]:
    return yaml.safe_load(_TERMS.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _phrases(terms: list[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words of the plain message, longest first."""
    phrases = sorted({_plain(t) for t in terms}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![a-z0-9])")


@cache
def _retraction() -> re.Pattern[str]:
    return _phrases([t for name, group in _terms().items() if name not in {PRESENT, CALLED} for t in group])


@cache
def _present() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _terms()[PRESENT]))


@cache
def _called() -> re.Pattern[str]:
    return _phrases(_terms()[CALLED])


def help_called(message: str) -> bool:
    """Whether the message says 911 was called or help is on its way, not yet there ("ya llamé, ¿abro la puerta?",
    "ambulance is coming, should I turn his oxygen up"): the emergency goes on, and its reply says help is coming
    instead of telling them to call."""
    return _called().search(_plain(message)) is not None and not help_present(message)


def help_present(message: str) -> bool:
    """Whether the message says, in the present, that professional help is at the person's side ("we're in the ER
    now", "the paramedics are here"): an instruction to call 911 would be moot."""
    return _present().search(_plain(message)) is not None


def takes_back(message: str) -> bool:
    """Whether a message after an emergency reply says help is there or reached, the report was a mistake or
    about the past, or the danger did not happen."""
    return _retraction().search(_plain(message)) is not None or help_present(message)


def continuing_emergency(previous_decision: str | None, message: str) -> bool:
    """Whether this message continues an emergency the guide has just answered."""
    return previous_decision == "emergency" and not takes_back(message)
