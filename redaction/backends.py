"""Import spaCy and Presidio without the deep-learning frameworks they probe for and we never use.

spaCy's thinc tries `import torch` at import time, and Presidio imports `transformers` for an NLP
engine we do not build: together about 8 s and 3,000 modules before the first message. Our
pipeline is a CPU spaCy model plus regexes, so while the detection stack is imported those
frameworks are hidden (an import of them fails, which both libraries handle); a framework the
process had already imported is left alone, and the hiding ends with the import, so later
imports elsewhere in the process (an embedding model) work as usual.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

UNUSED_FRAMEWORKS = ("torch", "transformers", "tensorflow", "jax", "stanza", "gliner", "flair")
# Held while frameworks are hidden. The hiding is process-wide (sys.modules), and the detector may be imported on a
# background thread (`Redactor.prepare`) while another thread needs torch (the embedding model's first export):
# that thread takes this lock first (`frameworks_visible`), so it waits for the hiding to end instead of failing.
_visibility = threading.RLock()


@contextmanager
def without_unused_frameworks(names: tuple[str, ...] = UNUSED_FRAMEWORKS) -> Iterator[None]:
    """Make `import name` fail for frameworks not yet imported, for the duration of the block."""
    with _visibility:
        hidden = [name for name in names if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # the documented way to make an import fail
        try:
            yield
        finally:
            for name in hidden:
                if sys.modules.get(name, "") is None:
                    del sys.modules[name]


@contextmanager
def frameworks_visible() -> Iterator[None]:
    """For code that imports one of the frameworks: wait until no other thread hides them, and keep them visible
    for the duration of the block."""
    with _visibility:
        yield
