"""Tables pasted as text: a header row names its columns, the rows below it hold one value a column.

A clinic list, a sign-in sheet or a portal's export keeps its table when pasted into a chat: cells split by '|', tabs,
two or more spaces, or commas ('patient | id | city | drug', 'pt    mrn    med', 'Caregiver, City, Phone'). The header
says what a column holds, so its cells are identifiers of that kind whatever they look like alone: 'BD730948' is a
record number, 'DULUTH' and 'jasper' are towns, 'Hernandez, J' is a person. Only a header whose cells are all short
labels counts, only rows cut into as many cells as the header, and only cells that look like their kind (a record
number has a digit, a town or a name has none).
"""

from __future__ import annotations

from functools import lru_cache

import regex

# what a column's header says it holds (lower case, a header cell's whole text)
_COLUMNS: dict[str, frozenset[str]] = {
    "PERSON": frozenset(
        {
            "name",
            "names",
            "patient",
            "patients",
            "pt",
            "patient name",
            "full name",
            "caregiver",
            "caregivers",
            "contact",
            "client",
            "resident",
            "member name",
            "aide",
            "family contact",
        }
    ),
    "MEDICAL_RECORD_NUMBER": frozenset(
        {
            "id",
            "mrn",
            "mrn #",
            "record",
            "record #",
            "records",
            "chart",
            "chart #",
            "member id",
            "member #",
            "patient id",
            "pt id",
            "medicaid",
            "medicaid id",
            "medicare",
            "mbi",
            "acct",
            "account",
        }
    ),
    "LOCATION": frozenset({"city", "town", "hometown", "city/town", "home town", "place"}),
    "DATE_OF_BIRTH": frozenset({"dob", "d.o.b.", "birth date", "birthdate", "date of birth", "born", "birthday"}),
}
_KIND = {label: kind for kind, labels in _COLUMNS.items() for label in labels}
# the other headers a table may have: any short word or two ('drug', 'med', 'room', 'phone', 'dx', 'notes')
_HEADER_CELL = regex.compile(r"[\p{L}][\p{L}./#&'’\- ]{0,24}")
_SEPARATORS = tuple(regex.compile(p) for p in (r"[ \t]*\|[ \t]*", r"\t+", r" {2,}", r",[ \t]*"))
_COMMA = _SEPARATORS[3]
_MAYBE_HEADER = regex.compile(r"[^\d\n]{3,160}")  # a header has no digit and is a short line
_NAME_CELL = regex.compile(r"\p{L}[\p{L}'’.\-]*(?:,?[ ]\p{L}[\p{L}'’.\-]*){0,3}")
_TOWN_CELL = regex.compile(r"\p{L}[\p{L}'’.\-]*(?:[ ]\p{L}[\p{L}'’.\-]*){0,2}")
_RECORD_CELL = regex.compile(r"(?=[^\n]*\d)[\p{L}\d][\p{L}\d.\- /#]{2,24}")


def _cells(line: str, sep: regex.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell of a line cut at `sep`, outer pipes aside."""
    out, pos = [], 0
    for m in sep.finditer(line):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(line)))
    spans = []
    for s, e in out:
        while s < e and line[s] in " \t|":
            s += 1
        while e > s and line[e - 1] in " \t|":
            e -= 1
        spans.append((s, e))
    if spans and spans[0][0] == spans[0][1] and line.lstrip().startswith("|"):
        spans = spans[1:]  # '| a | b |': the outer pipes leave empty cells at the edges
    if spans and spans[-1][0] == spans[-1][1] and line.rstrip().endswith("|"):
        spans = spans[:-1]
    return spans


def _header(line: str) -> tuple[regex.Pattern[str], list[str | None]] | None:
    """The separator and each column's kind (None for a column of no identifier), when the line is a header."""
    if not _MAYBE_HEADER.fullmatch(line):
        return None
    for sep in _SEPARATORS:
        cells = _cells(line, sep)
        if len(cells) < 2 or any(s == e for s, e in cells):
            continue
        words = [line[s:e].lower() for s, e in cells]
        if not all(_HEADER_CELL.fullmatch(w) and len(w.split()) <= 3 for w in words):
            continue
        kinds = [_KIND.get(w.rstrip(":")) for w in words]
        if any(kinds) and (
            sep != r",[ \t]*" or all(k or len(w.split()) == 1 for k, w in zip(kinds, words, strict=True))
        ):
            return sep, kinds
    return None


def _fits(kind: str, value: str) -> bool:
    if kind == "MEDICAL_RECORD_NUMBER":
        return _RECORD_CELL.fullmatch(value) is not None and sum(c.isdigit() for c in value) >= 4
    if kind == "LOCATION":
        return _TOWN_CELL.fullmatch(value) is not None
    if kind == "PERSON":
        return _NAME_CELL.fullmatch(value) is not None
    return any(c.isdigit() for c in value)  # a date of birth


# a form's field names, which stand in a column of their own when a form is pasted label first ('Name\tEgon Scholtz'
# above 'Birth date\t12/2/1969', 'Cell\t(339) ...')
FORM_LABELS = frozenset(
    "address street phone cell mobile telephone tel email e-mail ssn ss# sex gender age allergies allergy insurance "
    "plan group pharmacy diagnosis dx meds medications physician pcp doctor language relationship".split()
) | frozenset({"cell phone", "home phone", "social security", "emergency contact", "primary care", "zip code"})


def _vertical_form(lines: list[tuple[int, str]], i: int, sep: regex.Pattern[str]) -> bool:
    """A form pasted label first, one field a line: the 'header' is a label and its value ('Name\tRACHIT LOYAL') and
    the line below starts with another field's label ('Date of Birth\t10/13/1958'), so no column holds one kind."""
    if i + 1 >= len(lines) or len(_cells(lines[i][1], sep)) != 2:
        return False
    row = _cells(lines[i + 1][1], sep)
    first = lines[i + 1][1][row[0][0] : row[0][1]].lower().rstrip(":#").strip() if row else ""
    return len(row) == 2 and (first in _KIND or first in FORM_LABELS)


def table_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the cells under a header that names their kind (see the module docstring)."""
    return list(_read(text)[0]) if "\n" in text else []


def table_headers(text: str) -> list[tuple[int, int]]:
    """(start, end) of the cells of each header `table_cells` reads: a column's name is no identifier ('City', 'Name',
    'Caregiver'), whatever a list or a name rule would make of it."""
    return list(_read(text)[1]) if "\n" in text else []


@lru_cache(maxsize=64)
def _read(text: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[tuple[int, int], ...]]:
    """A message's table cells and header cells, read once (detection, protection and the span filter all ask)."""
    cells: list[tuple[int, int, str]] = []
    headers: list[tuple[int, int]] = []
    lines = [(m.start(), m.group(0)) for m in regex.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        head = _header(lines[i][1])
        if head is None:
            i += 1
            continue
        sep, kinds = head
        if _vertical_form(lines, i, sep):
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            offset, line = lines[j]
            row = _cells(line, sep)
            if len(row) != len(kinds):
                break
            for (s, e), kind in zip(row, kinds, strict=True):
                if kind is not None and s < e and _fits(kind, line[s:e]):
                    cells.append((offset + s, offset + e, kind))
            j += 1
        if j > i + 1:  # a header with at least one row under it
            headers += [(lines[i][0] + s, lines[i][0] + e) for s, e in _cells(lines[i][1], sep)]
        i = j
    return tuple(cells), tuple(headers)
