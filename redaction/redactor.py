"""The Redactor: known-identifier matching plus (optionally) Presidio detection."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from . import compiled
from .backends import without_unused_frameworks
from .errors import RedactionError
from .identity import identity_key
from .known import matcher_for
from .models import KnownIdentifier, Redacted, Span
from .spans import Candidate, resolve
from .vault import PseudonymVault

if TYPE_CHECKING:
    from .detect import Detector
    from .name_finder import NameFinder, WordVectors
    from .number_look import NumberLook
    from .span_filter import SpanFilter

logger = logging.getLogger(__name__)
# Invented, like everything a warm-up sees: no real person, a fictional 555-01xx phone number.
_WARM_UP_KNOWN = (
    KnownIdentifier("PERSON", "Quinn Example"),
    KnownIdentifier("LOCATION", "12 Sample Street, Springfield, IL 62704"),
    KnownIdentifier("PHONE_NUMBER", "(555) 010-0199"),
)
_WARM_UP_TEXTS = (
    "my mom quinn lives at 12 sample street springfield il 62704, her phone is (555) 010-0199",
    "CALLED QUINN EXAMPLE TODAY: SHE IS FINE. Dr. Sample said keep the Lasix 40 and check her Hemoglobin A1c.",
    "Mi mamá Quinn vive en Calle Falsa 123, Ciudad de México, tel. +52 55 0100 0199.",
    "Daughter Maria: she took her pills at 8am. Email me at quinn@example.com",
)


class Redactor:
    """Replaces direct identifiers with vault placeholders; raises RedactionError on any failure."""

    def __init__(
        self,
        allow_list: Iterable[str] = (),
        detect: bool = True,
        span_filter: bool = True,
        name_finder: bool = True,
        word_vectors: Callable[[], WordVectors | None] | None = None,
        number_look: bool = True,
    ) -> None:
        """`span_filter=False` redacts every name and place the rules find, without the learned last look at them
        (redaction/span_filter.py): what its trainer reads; `name_finder=False` adds no name the rules did not propose
        (redaction/name_finder.py). `word_vectors` builds the language model the name finder reads a doubtful word
        in context with (the service passes all-MiniLM-L6-v2 under ONNX Runtime: `guide.ml.embeddings`); it is
        called once, with the detection engines, and without it (or when it gives None) the finder decides alone.
        With the model, `number_look` reads every chunk of digits no rule took in context (redaction/number_look.py);
        `number_look=False` is what its trainer reads."""
        self._allow_list = tuple(allow_list)
        self._detect = detect
        self._use_filter = span_filter
        self._use_finder = name_finder
        self._build_vectors = word_vectors
        self._use_number_look = number_look
        self._detector: Detector | None = None
        self._filter: SpanFilter | None = None
        self._finder: NameFinder | None = None
        self._number_look: NumberLook | None = None
        self._vectors: WordVectors | None = None
        self._lock = threading.Lock()

    def redact(
        self,
        text: str,
        *,
        known: Sequence[KnownIdentifier] = (),
        vault: PseudonymVault | None = None,
        allow: Sequence[str] = (),
    ) -> Redacted:
        """Redact `text`; known identifiers are matched in all their variants.

        `allow` holds this call's clinical words that detection must never take for a name or a place (a care
        plan's coded conditions and medicines: "Hemoglobin A1c", "Lasix 40"); known identifiers still win.
        """
        try:
            return self._redact(text, tuple(known), vault, tuple(allow))
        except RedactionError:
            raise
        except Exception as e:
            logger.error("redaction failed: %s", type(e).__name__)
            raise RedactionError(f"redaction failed ({type(e).__name__})") from e

    def warm_up(self) -> None:
        """Build the heavy detection engines now rather than on the first message, and redact a few invented
        messages in the shapes that load tables on first need (lower case, capitals, an address, a phone, Spanish,
        known identifiers with an address): a server's first real message paid 80-90 ms for each such table."""
        if self._detect:
            self._get_detector()
        for text in _WARM_UP_TEXTS:
            self.redact(text, known=_WARM_UP_KNOWN, allow=("Hemoglobin A1c", "Lasix 40"))
        compiled.save()  # what was compiled here is read back by the next process (compiled.use_folder)

    def prepare(self) -> None:
        """Start building the detection engines in a background thread and return at once.

        A command that loads other things before its first redaction (the vector store, the embedding model) calls
        this first, so the two overlap on a second core; the first `redact` waits for the build (the same lock). A
        failure there is only logged: the first `redact` builds again and fails closed with a RedactionError.
        """
        if self._detect and self._detector is None:
            threading.Thread(target=self._prepare, name="redaction-prepare", daemon=True).start()

    def _prepare(self) -> None:
        try:
            self._get_detector()
        except Exception as e:  # noqa: BLE001 - the first redact raises it again, as a RedactionError
            logger.warning("redaction engines not built in advance (%s)", type(e).__name__)

    def _redact(
        self, text: str, known: tuple[KnownIdentifier, ...], vault: PseudonymVault | None, allow: tuple[str, ...] = ()
    ) -> Redacted:
        if not isinstance(text, str):
            raise TypeError("text must be str")
        if any(not isinstance(k, KnownIdentifier) for k in known):
            raise TypeError("known must hold KnownIdentifier items")
        if any(not isinstance(a, str) for a in allow):
            raise TypeError("allow must hold strings")
        vault = vault if vault is not None else PseudonymVault()
        vault.remember(known)
        candidates = matcher_for(vault.known).find(text)
        detecting = self._detect and bool(text.strip())
        protected: list[tuple[int, int]] = []
        if detecting:
            protected = self._get_detector().protected(text, allow)  # read once: detection and both looks use it
            candidates += self._get_detector().find(text, allow, protected)
        chosen = resolve(text, candidates)
        if self._filter is not None:
            chosen = self._filter.keep(text, chosen, candidates)  # names and places the rules found, read once more
        if detecting and (self._finder is not None or self._number_look is not None):
            if self._finder is not None:  # names no rule proposed ('Rich is the proxy', 'pilar can u text')
                chosen = self._finder.add(text, chosen, candidates, protected, self._vectors)
            if self._number_look is not None and self._vectors is not None:  # 'it's 2026 041 88213 00 I think'
                chosen = self._number_look.add(text, chosen, protected, self._vectors)
        redacted = _apply(text, chosen, vault)
        logger.debug("redacted %d spans: %s", len(chosen), dict(Counter(c.type for c in chosen)))
        return redacted

    def _get_detector(self) -> Detector:
        with self._lock:
            if self._detector is None:
                # spaCy and Presidio without torch or transformers, and Presidio's validating compiles from the
                # kept patterns (redaction/compiled.py)
                with compiled.serving_regex_compile():
                    with without_unused_frameworks():
                        from .detect import Detector
                        from .name_finder import load_finder
                        from .number_look import load_number_look
                        from .span_filter import load_filter

                    self._detector = Detector(allow_list=self._allow_list)
                    self._filter = load_filter() if self._use_filter else None
                    self._finder = load_finder() if self._use_finder else None
                    wants_vectors = self._build_vectors is not None and (self._use_finder or self._use_number_look)
                    self._number_look = load_number_look() if wants_vectors and self._use_number_look else None
                if wants_vectors and self._build_vectors is not None:
                    # outside the hiding: the model's first export imports torch
                    try:
                        self._vectors = self._build_vectors()
                    except Exception as e:  # noqa: BLE001 - the finder alone is the redactor as it was before the look
                        logger.warning("word-vector model not built (%s)", type(e).__name__)
                    if self._vectors is None:
                        logger.warning("the name finder decides without context and no number is read: no model")
            return self._detector


def _apply(text: str, chosen: list[Candidate], vault: PseudonymVault) -> Redacted:
    """Replace the chosen spans with placeholders, right to left free."""
    pieces: list[str] = []
    spans: list[Span] = []
    placeholders: dict[str, str] = {}
    cursor = 0
    for cand in chosen:
        surface = text[cand.start : cand.end]
        key = cand.key if cand.key is not None else identity_key(cand.type, surface)
        placeholder = vault.placeholder(cand.type, key, cand.canonical or surface)
        placeholders.setdefault(placeholder, surface)
        pieces += [text[cursor : cand.start], placeholder]
        spans.append(Span(cand.start, cand.end, cand.type))
        cursor = cand.end
    pieces.append(text[cursor:])
    return Redacted("".join(pieces), spans, placeholders)
