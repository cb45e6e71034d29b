"""Redaction of direct identifiers before any text reaches a model, the vector store or a log."""

from .errors import RedactionError
from .models import KnownIdentifier, Redacted, Span
from .redactor import Redactor
from .vault import PseudonymVault

__all__ = ["KnownIdentifier", "PseudonymVault", "Redacted", "RedactionError", "Redactor", "Span"]
