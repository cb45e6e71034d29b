"""Composers turn retrieved passages into a cited answer: offline (default) or an LLM."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from guide.checks import Findings
from guide.contracts import Reason
from guide.retrieval import Retrieved
from redaction import Redacted


@dataclass(frozen=True)
class Citation:
    """A passage cited by the answer, with the words quoted from it."""

    kind: str
    id: str
    title: str
    quote: str

    def as_dict(self) -> dict[str, str]:
        """The JSON form of the API and CLI."""
        return {"kind": self.kind, "id": self.id, "title": self.title, "quote": self.quote}


@dataclass
class Composition:
    """A drafted answer: text with [n] markers, the citations they point to, and self-assessment."""

    text: str
    citations: list[Citation]
    confidence: float
    needs_review: bool = False
    reasons: list[Reason] = field(default_factory=list)
    composer: str = "offline"


class Composer(Protocol):
    """Anything that drafts an answer from redacted text and retrieved passages."""

    name: str

    def compose(self, *, question: Redacted, retrieved: Retrieved, findings: Findings) -> Composition:
        """Draft an answer; must cite only retrieved passages."""
        ...
