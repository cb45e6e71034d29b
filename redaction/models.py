"""Value types shared by the redactor, the vault and callers."""

from __future__ import annotations

from dataclasses import dataclass, field

IDENTIFIER_TYPES = frozenset(
    {
        "PERSON",
        "DATE_OF_BIRTH",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "LOCATION",
        "MEDICAL_RECORD_NUMBER",
        "US_SSN",
        "ID",
        "ACCOUNT_NUMBER",
        "URL",
    }
)


@dataclass(frozen=True)
class KnownIdentifier:
    """An identifier the care plan already tells us about, matched with its variants."""

    type: str
    value: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", self.type.strip().upper())


@dataclass(frozen=True)
class Span:
    """A redacted stretch of the original text, in original coordinates."""

    start: int
    end: int
    type: str


@dataclass(frozen=True)
class Redacted:
    """Redacted text plus what was replaced; only `text` may leave the server."""

    text: str
    spans: list[Span] = field(default_factory=list)
    placeholders: dict[str, str] = field(default_factory=dict)
