"""A redactor's warm-up loads the tables a first message would otherwise load (issue 19: the first request)."""

from __future__ import annotations

import subprocess
import sys

from redaction import allow
from redaction.redactor import _WARM_UP_KNOWN, _WARM_UP_TEXTS, Redactor

_CHECK = """
import logging, io
from redaction import address, lexicon, name_freq
from redaction.redactor import _WARM_UP_KNOWN, Redactor
stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.DEBUG)
lazy = (name_freq.name_frequencies, lexicon.place_not_names, address._state_endings)
before = [t.cache_info().currsize for t in lazy]
Redactor().warm_up()
after = [t.cache_info().currsize for t in lazy]
leaked = [k.value for k in _WARM_UP_KNOWN if k.value in stream.getvalue()]
print(before, after, leaked)
"""


def test_warm_up_loads_every_table_a_first_message_needs() -> None:
    """In a fresh interpreter, as a server starts: nothing loaded before, everything after, nothing logged."""
    out = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "[0, 0, 0] [1, 1, 1] []"


def test_the_warm_up_messages_are_redacted_as_any_message_is() -> None:
    redactor = Redactor()
    out = redactor.redact(_WARM_UP_TEXTS[0], known=_WARM_UP_KNOWN)
    assert "(555) 010-0199" not in out.text and "62704" not in out.text
    assert "quinn" not in out.text.lower()


def test_a_term_s_normal_form_is_computed_once_across_lists() -> None:
    allow._split_one.cache_clear()
    allow._split_terms_once(("Hemoglobin A1c", "Parkinson's"))
    misses = allow._split_one.cache_info().misses
    allow._split_terms_once(("Hemoglobin A1c", "Parkinson's", "Lasix 40"))  # another plan's list, mostly the same
    assert allow._split_one.cache_info().misses == misses + 1
    assert allow._split_terms_once(("Hemoglobin A1c", "Parkinson's")) == (
        frozenset({"hemoglobin a1c"}),
        frozenset({"parkinson's"}),
    )
