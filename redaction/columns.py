"""Lists without a header: a column whose other cells are names or places holds one more.

A family pastes who lives where, who takes which day, or a household's cards as a list ('- Mom: Reading, PA',
'Gwen - Mobile', 'Arlo - Pensacola'). Each line is cut into the same number of cells by the same separator, so a column
holds one kind of value. Where the detectors found names (or places, or record numbers) in at least two of a column's
cells and in at least half of them, a cell they left that has that kind's shape is one too: 'Mobile' beside
'Pensacola' and 'Hattiesburg' is a town, not a word. The table reader (`tables.py`) does the same for a table whose
header names its columns; this one needs no header, only the column's other cells.

Never taken: a cell the allow-list keeps (a drug, a condition), a relation or role word ('Mom', 'pops', 'me'), a
stop word, and a cell that has not the kind's shape (a town or a name has no digit; a record number has four).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .dates import WEEKDAYS
from .lexicon import english_lexicon, other_language_words
from .name_freq import name_frequencies
from .people import is_relation_word
from .phones import is_helpline
from .places import MIN_POPULATION, place_names
from .span_filter import cue_words
from .spans import Candidate
from .tables import FORM_LABELS
from .textutil import fold

MIN_LINES = 3
MIN_FOUND = 2  # cells of the column the detectors found, and at least half of its cells
MAX_WORDS = 5  # words in a cell: a longer one is a sentence

# a list's marker before its first cell ('- ', '* ', '• ', '3. ', '2) ')
_MARKER = regex.compile(r"[ \t]*(?:[-*•·>]|\d{1,2}[.)])?[ \t]*")
# the separators a list's lines are cut at, tried in this order; the colon and the dash cut once (a place's comma
# stays in its cell: '- Mom: Reading, PA')
_SEPARATORS: tuple[tuple[regex.Pattern[str], bool], ...] = (
    (regex.compile(r"[ \t]*\|[ \t]*"), False),
    (regex.compile(r"\t+"), False),
    (regex.compile(r" {2,}"), False),
    (regex.compile(r"[ \t]*;[ \t]*"), False),
    (regex.compile(r"[ \t]*:[ \t]+"), True),
    (regex.compile(r"[ \t]+[-–—][ \t]+"), True),
    (regex.compile(r",[ \t]*"), False),
)
# a form's or a mail header's field names, in a list's first column
_FIELD_LABELS = FORM_LABELS | frozenset(
    "from to cc bcc sent date subject re name patient dob born city state zip member id mrn".split()
)
# several people in one cell: 'Keiko and Tom', 'Tish + kids'
_JOINED = regex.compile(r"[ \t]+(?:and|&|\+|y|et|und)[ \t]+")
_POSSESSIVE = regex.compile(r"['’]s\b|,")
_NAME = regex.compile(r"\p{L}[\p{L}'’.\-]*(?:[ ]\p{L}[\p{L}'’.\-]*){0,2}")
_TOWN = regex.compile(r"\p{L}[\p{L}'’.\-]*(?:[ ]\p{L}[\p{L}'’.\-]*){0,2}(?:,?[ ]\p{L}[\p{L}.]{1,14})?")
_RECORD = regex.compile(r"(?=[^\n]*\d)[\p{L}\d][\p{L}\d.\- /#*]{2,24}")
_KINDS = {"PERSON": "PERSON", "LOCATION": "LOCATION", "MEDICAL_RECORD_NUMBER": "RECORD", "ID": "RECORD"}


def column_cells(
    text: str, found: Sequence[Candidate], protected: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the cells a list's column holds beside the ones the detectors found."""
    if text.count("\n") < MIN_LINES - 1:
        return []
    lines = [(m.start(), m.group(0)) for m in regex.finditer(r"[^\n]+", text)]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        run, rows = _run(text, lines, i)
        if len(rows) >= MIN_LINES:
            out += _columns(text, rows, found, protected)
            i += run
        else:
            i += 1
    return out


def _run(text: str, lines: list[tuple[int, str]], i: int) -> tuple[int, list[list[tuple[int, int]]]]:
    """The longest run of lines from `i`, with no blank line between them, that one separator cuts into the same
    number of cells (two or more): (how many lines, their cells)."""
    best: tuple[int, list[list[tuple[int, int]]]] = (1, [])
    for sep, once in _SEPARATORS:
        rows: list[list[tuple[int, int]]] = []
        previous_end = None
        for start, line in lines[i:]:
            if previous_end is not None and text[previous_end:start].strip(" \t\r") != "\n":
                break  # a blank line ends the list
            cells = _cells(start, line, sep, once)
            if len(cells) < 2 or (rows and len(cells) != len(rows[0])):
                break
            rows.append(cells)
            previous_end = start + len(line)
        if len(rows) > len(best[1]):
            best = (len(rows), rows)
    return best


def _cells(offset: int, line: str, sep: regex.Pattern[str], once: bool) -> list[tuple[int, int]]:
    """(start, end) of a line's cells in the text, the list's marker aside; the last cell runs to the line's end."""
    lead = _MARKER.match(line)
    pos = lead.end() if lead else 0
    cuts = list(sep.finditer(line, pos))[: 1 if once else None]
    out, start = [], pos
    for m in cuts:
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(line.rstrip())))
    if any(e <= s or len(line[s:e].split()) > MAX_WORDS for s, e in out):
        return []  # a chat's line ('Son Quentin: I'm at St. Jude with Kayla') is no list's row
    return [(offset + s, offset + e) for s, e in out]


def _columns(
    text: str,
    rows: list[list[tuple[int, int]]],
    found: Sequence[Candidate],
    protected: Sequence[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    out = []
    if not any(_found_kind(cell, found) for cell in rows[0]):
        rows = rows[1:]  # a header ('Rx for | Plan ID | Copay'): nothing in it is anyone's
    if sum(text[s:e].lower().rstrip(":#. ") in _FIELD_LABELS for s, e in (row[0] for row in rows)) * 2 >= len(rows):
        return []  # a mail's header or a form ('From: ...', 'To: Drew Park', 'Subject: Dad's biopsy'): fields, no list
    for col in range(len(rows[0])):
        cells = [row[col] for row in rows]
        kinds = [_found_kind(cell, found) for cell in cells]
        for kind in {k for k in kinds if k}:
            hits = sum(k == kind for k in kinds)
            if hits < MIN_FOUND or 2 * hits < len(cells):
                continue
            for cell, k in zip(cells, kinds, strict=True):
                if k is None:
                    out += [(s, e, _out_kind(kind)) for s, e in _pieces(text, cell, kind, protected)]
    return out


def _found_kind(cell: tuple[int, int], found: Sequence[Candidate]) -> str | None:
    """The kind of what the detectors found in a cell (None when they found nothing there)."""
    for c in found:
        if c.start < cell[1] and cell[0] < c.end and c.type in _KINDS:
            return _KINDS[c.type]
    return None


def _out_kind(kind: str) -> str:
    return "MEDICAL_RECORD_NUMBER" if kind == "RECORD" else kind


def _pieces(text: str, cell: tuple[int, int], kind: str, protected: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of an empty cell that have the column's kind: each person of 'Keiko and Tom', a town, a number."""
    if any(a < cell[1] and cell[0] < b for a, b in protected):
        return []
    if kind == "RECORD":  # no date ('Exp: 02/29'), no helpline, no English word ('text 443-290-6617')
        value = text[cell[0] : cell[1]]
        if not _RECORD.fullmatch(value) or sum(c.isdigit() for c in value) < 4 or "/" in value:
            return []
        words = regex.findall(r"\p{L}+", value)
        if any(w.lower() in english_lexicon() for w in words) or is_helpline(value, text, cell[0]):
            return []
        return [cell]
    parts = [cell]
    if kind == "PERSON":
        parts, pos = [], cell[0]
        for m in _JOINED.finditer(text, cell[0], cell[1]):
            parts.append((pos, m.start()))
            pos = m.end()
        parts.append((pos, cell[1]))
    shape = _NAME if kind == "PERSON" else _TOWN
    return [
        (s, e)
        for s, e in parts
        if shape.fullmatch(text, s, e)
        and not any(_plain_word(w, kind) for w in _POSSESSIVE.sub("", text[s:e]).split())
        and (_a_place(text[s:e]) if kind == "LOCATION" else _a_name(text[s:e], text.isupper()))
    ]


def _a_place(value: str) -> bool:
    """A GeoNames place of `MIN_POPULATION` people or more, alone or with its state or country after a comma."""
    town = fold(value.split(",")[0]).lower().strip()
    return place_names().get(town, 0) >= MIN_POPULATION


def _a_name(value: str, shouted: bool) -> bool:
    """Every word a given name or a surname people have, or a word of no language's list and, unless the message is
    typed in capitals, not in capitals: 'Deshawn', 'Keiko Tanaka'; not 'Poison Control', 'Case manager', 'church
    ladies', 'ABUELA', 'EPS', 'Teléfono'; never a weekday ('Thu')."""
    freq, lex, others = name_frequencies(), english_lexicon(), other_language_words()
    for word in _POSSESSIVE.sub("", value).split():
        low = word.lower().strip(".")
        if len(low) >= 3 and any(day.startswith(low) for day in WEEKDAYS):
            return False  # '- Thu — nobody yet': a day of a rota
        if len(low) < 2 or freq.given(low) or freq.surname(low):
            continue
        if low in lex or low in others or (word.isupper() and not shouted):
            return False
    return True


def _plain_word(value: str, kind: str) -> bool:
    """A pronoun or another stop word ('me'), a relation word ('Mom', 'pops', 'kids'); in a column of names also a
    role or a form's label ('aide', 'self'), which a town may be called ('Mobile')."""
    low = value.lower().strip(".")
    return low in STOP_WORDS or low in cue_words() or (kind == "PERSON" and is_relation_word(low))
