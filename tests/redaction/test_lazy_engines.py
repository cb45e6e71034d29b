"""Nothing heavy at import: known-only redaction never loads spaCy or Presidio."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from redaction import KnownIdentifier, Redactor
Redactor(detect=False).redact("Maria called", known=[KnownIdentifier("PERSON", "Maria Lopez")])
Redactor()  # detect=True, but nothing is built until the first message
print(sorted(m for m in ("spacy", "presidio_analyzer", "tldextract", "thinc") if m in sys.modules))
"""


def test_import_and_known_only_redaction_load_no_engine() -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120)
    assert proc.stdout.strip() == "[]"
