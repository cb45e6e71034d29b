"""Composers turn retrieved passages into a cited answer: offline (default) or an LLM."""

from __future__ import annotations

from typing import Protocol

from guide.turn.contracts import Composition, Findings, Retrieved
from redaction import Redacted


class Composer(Protocol):
    """Anything that drafts an answer from redacted text and retrieved passages."""

    name: str

    def compose(self, *, question: Redacted, retrieved: Retrieved, findings: Findings) -> Composition:
        """Draft an answer; must cite only retrieved passages."""
        ...
