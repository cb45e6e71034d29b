"""Invented demo consumers as FHIR bundles (all people and numbers are fictional)."""

from pathlib import Path

BUNDLES = Path(__file__).resolve().parent / "bundles"


def demo_bundles() -> list[Path]:
    """The demo bundle files, in a stable order."""
    return sorted(BUNDLES.glob("*.json"))
