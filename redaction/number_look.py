"""A learned look at numbers no rule took: is this chunk of digits someone's identifier here?

The rules take a number when a label or a shape says whose it is: 'MRN 4471882', a phone's shape, an SSN's. Writers
who never saw those rules give claim, case and encounter numbers read out of a letter ('it's 2026 041 88213 00 I
think'), a record number after a hospital's name ('Mom is at the Tulsa hospital, 8983 6954'), a card's last four
('visa ending 4417'), a number in a table's column with the label far above it; a rule per shape is a pattern list
that fails on the next writer. This is one decision over every chunk of digits the rules and the name finder left: a
run of digit-bearing pieces joined by single spaces, hyphens, dots or stars, with four digits or more, and a short
code of letters before it when that code is not an English word ('PUL 189 139', 'kp 0092817'; 'ends in 2157' gives
'2157'). A logistic regression reads what the chunk is (`chunk_shape`: how many digits, letters and groups, its
separators, its longest piece, whether it reads as a year or a clock time, a '#' before it) and how its sentence uses
it (the chunk's contextual vector from the service's all-MiniLM-L6-v2, `WordVectors`, the model the name finder reads
words with), and a chunk scoring at least the stored threshold is redacted as an ID.

Never scored (`number_chunks`): a chunk touching anything already redacted (the rules judged it), the allow-list's
spans, a placeholder, a date or a time's part (a '/' or ':' with a digit beside it: '3/4/2025', '10:30', '140/90'), an
amount ('$45.00'), a percentage, and a public or labelled toll-free helpline (`phones.is_helpline`: the phone rule
keeps those too). Without a word-vector model nothing is scored: on files no model saw, the shape alone completed
fewer identifiers for the same words taken (redaction/README.md, "The number look").

The weights live in `conf/number_look.json`, trained by `python -m evals.redaction.number_look_train` on the numbers
the shipped rules leave in hand-written files; the threshold and the regularisation are chosen out of fold.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .detect import DETECTED_PRIORITY
from .lexicon import CONF_DIR, EnglishLexicon, english_lexicon
from .name_finder import WordVectors
from .phones import is_helpline
from .span_filter import logistic
from .spans import Candidate
from .vault import PLACEHOLDER_RE

NUMBER_LOOK_FILE = CONF_DIR / "number_look.json"
FEATURES_VERSION = 2  # bump when `chunk_shape` or `number_chunks` change: the shipped weights must be retrained
MIN_DIGITS = 4

_PIECE = r"[A-Za-z]{0,6}\d[A-Za-z0-9]*"
# a short code of letters, the digit-bearing pieces joined by one separator; nothing of a word, an e-mail, an amount,
# a URL or a longer number before it, no letter or digit after it
_CHUNK = regex.compile(
    rf"(?<![\w$@.\-/:*+])(?:(?P<code>[A-Za-z]{{1,4}})[ \-.]?(?=\d))?(?P<number>{_PIECE}(?:[ \-.*]{_PIECE})*)(?![\w@])"
)
_DATE_OR_TIME_NEXT = regex.compile(r"[/:]|%")
_PIECES = regex.compile(r"[ \-.*]")
SHAPE_FEATURES = (
    "log_digits",
    "digits_4",
    "digits_5_6",
    "digits_7_8",
    "digits_9",
    "digits_10",
    "digits_11_more",
    "letters",
    "letters_3_more",
    "letter_piece",
    "pieces_1",
    "pieces_2",
    "pieces_3",
    "pieces_4_more",
    "sep_space",
    "sep_hyphen",
    "sep_dot",
    "sep_star",
    "year_like",
    "clock_like",
    "leading_zero",
    "hash_before",
    "upper",
    "lower",
    "longest_piece_2",
    "longest_piece_3",
    "longest_piece_4",
    "longest_piece_5_more",
)


class NumberLookError(RuntimeError):
    """The shipped weights do not match the features this code computes."""


def number_chunks(text: str, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chunks of digits the look scores: four digits or more, touching nothing in `blocked`."""
    out = []
    for m in _CHUNK.finditer(text):
        start, end = m.span()
        if m.group("code") and _word(m.group("code")):
            start = m.start("number")  # 'ends in 2157': the word stays a word
        chunk = text[start:end]
        if sum(c.isdigit() for c in chunk) < MIN_DIGITS:
            continue
        if _DATE_OR_TIME_NEXT.match(text, end):
            continue
        if is_helpline(chunk, text, start):
            continue
        if any(a < end and start < b for a, b in blocked):
            continue
        out.append((start, end))
    return out


def _word(code: str) -> bool:
    low = code.lower()
    return low in STOP_WORDS or (len(low) > 2 and not code.isupper() and low in _lexicon())


@lru_cache(maxsize=1)
def _lexicon() -> EnglishLexicon:
    return english_lexicon()


def chunk_shape(text: str, start: int, end: int) -> np.ndarray:
    """What the chunk is, in the order of `SHAPE_FEATURES`."""
    chunk = text[start:end]
    n_digits = sum(c.isdigit() for c in chunk)
    n_letters = sum(c.isalpha() for c in chunk)
    pieces = _PIECES.split(chunk)
    single = len(pieces) == 1 and n_digits == 4 and n_letters == 0
    longest = max(sum(c.isdigit() for c in p) for p in pieces)  # '66 72 70 68' (readings) against '4471 0092 331'
    values = (
        math.log1p(n_digits),
        n_digits == 4,
        5 <= n_digits <= 6,
        7 <= n_digits <= 8,
        n_digits == 9,
        n_digits == 10,
        n_digits >= 11,
        n_letters > 0,
        n_letters >= 3,
        any(p.isalpha() for p in pieces),
        len(pieces) == 1,
        len(pieces) == 2,
        len(pieces) == 3,
        len(pieces) >= 4,
        " " in chunk,
        "-" in chunk,
        "." in chunk,
        "*" in chunk,
        single and chunk[:2] in ("19", "20"),
        single and int(chunk[:2]) <= 23 and int(chunk[2:]) <= 59,
        chunk[0] == "0",
        text[max(0, start - 2) : start].strip().endswith("#"),
        chunk.isupper(),
        chunk.islower(),
        longest <= 2,
        longest == 3,
        longest == 4,
        longest >= 5,
    )
    return np.asarray(values, dtype=np.float32)


@dataclass(frozen=True, eq=False)
class NumberLook:
    """Logistic regression weights over [`chunk_shape`, the chunk's contextual vector]; a chunk scoring `threshold`
    is redacted as an ID."""

    weights: np.ndarray
    intercept: float
    threshold: float
    model: str  # the vectors' model, as the trainer recorded it

    def scores(self, text: str, chunks: Sequence[tuple[int, int]], vectors: WordVectors) -> list[float]:
        """Each chunk's probability of being an identifier (0.0 for a chunk no word piece covers)."""
        if not chunks:
            return []
        found = vectors.word_vectors(text, list(chunks))
        out = []
        for (start, end), vector in zip(chunks, found, strict=True):
            if not vector.any():
                out.append(0.0)
                continue
            features = np.concatenate([chunk_shape(text, start, end), vector])
            out.append(logistic(self.intercept + float(np.dot(self.weights, features))))
        return out

    def add(
        self, text: str, chosen: list[Candidate], protected: Sequence[tuple[int, int]], vectors: WordVectors
    ) -> list[Candidate]:
        """`chosen` with the chunks of digits the model reads as someone's identifier."""
        blocked = [(c.start, c.end) for c in chosen] + list(protected)
        blocked += [m.span() for m in PLACEHOLDER_RE.finditer(text)]
        chunks = number_chunks(text, blocked)
        added = [
            Candidate(start, end, "ID", DETECTED_PRIORITY)
            for (start, end), p in zip(chunks, self.scores(text, chunks, vectors), strict=True)
            if p >= self.threshold
        ]
        return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


def load_number_look(path: Path = NUMBER_LOOK_FILE) -> NumberLook:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("features_version") != FEATURES_VERSION or data.get("shape") != list(SHAPE_FEATURES):
        raise NumberLookError(
            f"{path.name} was trained for features version {data.get('features_version')}; this code computes "
            f"version {FEATURES_VERSION}: retrain with `python -m evals.redaction.number_look_train`"
        )
    return NumberLook(
        weights=np.asarray(data["weights"], dtype=np.float32),
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        model=str(data["model"]),
    )


def number_look_json(look: NumberLook, meta: dict[str, object]) -> str:
    return json.dumps(
        {
            "features_version": FEATURES_VERSION,
            "model": look.model,
            "threshold": look.threshold,
            "shape": list(SHAPE_FEATURES),
            "intercept": round(look.intercept, 6),
            "weights": [round(float(w), 6) for w in look.weights],
            "meta": meta,
        },
        indent=1,
    )
