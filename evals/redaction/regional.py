"""Issue 17 scoring: recall per class and region, verbatim leaks, over-redaction, keep rate.

Pure functions (no I/O, no redactor); every rate carries a Wilson 95% interval.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import regex

from .generator import Case, GoldSpan
from .metrics import covered, kept, overlaps
from .scoring import Prediction

# a word takes its combining marks: "मधुमेह" is one word, not three (Python's re splits it at its vowel signs)
_WORD = regex.compile(r"[\w\p{M}]+")
Z95 = 1.959963984540054
TARGETS_17 = {"recall_US": 0.995, "recall_INTL": 0.97, "leaks_US": 0, "over_redaction": 0.01, "keep": 0.99}


def wilson(hits: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for hits out of n ((0, 1) when n is 0)."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def rate(hits: int, n: int) -> dict[str, Any]:
    """hits/n with its Wilson interval."""
    return {"hits": hits, "n": n, "rate": hits / n if n else 1.0, "ci95": list(wilson(hits, n))}


def leaked(text: str, gold: tuple[int, int], predicted: Sequence[tuple[int, int]]) -> bool:
    """True when no letter or digit of the identifier was redacted: it went out verbatim."""
    return not any(overlaps(gold, p) and any(text[i].isalnum() for i in range(max(gold[0], p[0]), min(gold[1], p[1])))
                   for p in predicted)  # fmt: skip


# How a person is addressed, written right before their name ("Mrs. Castro", "Herr Pichler"). The writers of our
# corpora disagree on whether it belongs to the name (FROZEN_SPEC.md lists "Mrs. Family" as a PERSON; the
# generated corpora mark the surname only), so it is judged neither way: a redactor that takes it with the name is
# not over-redacting, one that leaves it is not missing an identifier when the writer marked it (`identifying_part`).
# Kept apart from the redactor's own list on purpose: the scorer does not read the code it scores.
# Titles of a profession, a church or a rank ("Dr. Okafor", "Pastor Glenn", "SFC Ruiz") are addressed the same way and
# name no one either (twenty-ninth session; before, "Mrs." was judged neither way and "Dr." was a missed identifier
# when a writer marked it with the name, though the name itself was gone). Relation words ("sister", "father") and role
# words ("nurse") are not here: a redactor that takes them is over-redacting (FROZEN_SPEC.md keeps relation words).
HONORIFICS = frozenset(
    "mr mrs ms miss mx mister missus madam herr frau sr sra srta señor señora señorita senor senora senorita "
    "don doña dona senhor senhora monsieur madame mme mlle signor signora sig pan pani mevrouw meneer "
    "dr doctor dra doctora dott dottore dottoressa docteur doktor doutor doutora prof professor rev reverend pastor "
    "rabbi imam fr "
    "capt captain lt lieutenant sgt sergeant sfc ssg cpl pvt col colonel maj gen officer judge".split()
)
# A clinician's credentials written right after the name ("Priya Raghunathan, PharmD", "Wendy Edwards LPN", "Jonah
# Marsh PT, DPT", "susan wood md") are the honorific's mirror: a profession, not a person. Writers disagree here too
# (some mark "Dana Kim, RN, CWOCN" whole, others "Dana Kim"), so they are judged neither way (thirty-eighth session).
CREDENTIALS = frozenset(
    "md do rn lpn lvn np np-c fnp fnp-c fnp-bc aprn anp pa pa-c pt dpt ot otr otr/l ot/l cota pta slp ccc-slp "
    "pharmd rph lcsw lmsw msw lsw cna hha cwocn cwon dnp phd psyd dds dmd od bsn msn cde cdces rd ld rdn rt rrt "
    "chpn ccm lpc lmft mph facp faafp cnm crna acnp agnp pmhnp pnp mbbs emt emt-p".split()
)
_CREDENTIAL = r"[A-Za-z][A-Za-z/\-]*\.?"
_CREDENTIALS_END = re.compile(rf"(?:,?[ \t]+{_CREDENTIAL})+$")
_CREDENTIALS_AFTER = re.compile(rf"^(?:,?[ \t]+{_CREDENTIAL})+")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(\w+)\.?[ \t]+$")
_HONORIFIC_START = re.compile(r"^(\w+)\.?[ \t]+(?=\w)")


def _honorific_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of an honorific written right before `start`, if there is one."""
    m = _HONORIFIC_BEFORE.search(text[max(0, start - 12) : start])
    if m is None or m.group(1).lower() not in HONORIFICS:
        return None
    offset = max(0, start - 12)
    return (offset + m.start(), offset + m.end())


# credentials that are also surnames or words ("Ann Do", "Minh Pa", "the pt"): one only after a comma or in capitals
_AMBIGUOUS = frozenset("do pa pt ot od ma rd ld rt dc la".split())


def _credentials(words: str, name: str) -> bool:
    """Every word of a ', RN, CWOCN'-like tail is a clinician's credential ('Wendy Edwards LPN', 'susan wood md');
    not a surname that is one too ('Ann Do', 'Jean Pa')."""
    parts = [w for w in re.split(r"[,\s]+", words) if w]
    if not parts or not all(w.strip(".").lower() in CREDENTIALS for w in parts):
        return False
    first = parts[0].strip(".")
    # in capitals only where the name is not in capitals too ('Ann Do', 'ANN DO' are names; 'Trevor Lewis PT' is not)
    return words.lstrip().startswith(",") or first.lower() not in _AMBIGUOUS or (first.isupper() and not name.isupper())


# A field's label that a writer marked with its value ("mrn 90022147", "visa 4148 5253 8885 3930", "routing
# 071000013", "born 4/4/1951"): it says what the number is and identifies no one, like an honorific before a name,
# so it is judged neither way (thirty-eighth session). Only before a value with a digit, and only these words.
LABEL_WORDS = frozenset(
    "mrn mr# mrn# chart chart# med rec record no no. num number # id id# member subscriber policy medicare medicaid "
    "mbi cin hicn rx rx# acct acct# account routing aba visa amex mastercard mc discover card cc iban ssn ss# social "
    "dob born birthday bday b. tel ph phone cell fax ext".split()
)
_LABEL_START = re.compile(r"([A-Za-z.]+#?|#)[ \t]*[:#.]?[ \t]*")


def identifying_part(text: str, g: GoldSpan) -> tuple[int, int]:
    """What of an identifier must go: a PERSON without the honorific its writer put in front of it ("Mrs. Castro" ->
    "Castro") and the credentials after it ("Dana Kim, RN" -> "Dana Kim"); a number without the label words its
    writer marked with it ("mrn 90022147" -> "90022147")."""
    if g.type != "PERSON":
        start = g.start
        while (m := _LABEL_START.match(text, start, g.end)) and m.group(1).lower() in LABEL_WORDS:
            if not any(c.isdigit() for c in text[m.end() : g.end]):
                break
            start = m.end()
        return (start, g.end)
    start, end = g.start, g.end
    m = _HONORIFIC_START.match(text[start:end])
    if m and m.group(1).lower() in HONORIFICS:
        start += m.end()
    # the tail's words, from the first that is a credential: 'Jonah Marsh PT, DPT' -> 'Jonah Marsh'
    tail = _CREDENTIALS_END.search(text[start:end])
    while tail is not None and not _credentials(tail.group(0), text[start : start + tail.start()]):
        nxt = _CREDENTIALS_END.search(text[start:end], tail.start() + 1)
        tail = nxt if nxt is not None and nxt.start() > tail.start() else None
    if tail is not None and tail.start() > 0:
        end = start + tail.start()
    return (start, end)


def _credentials_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a clinician's credentials written right after a name ending at `end`, if there are some."""
    m = _CREDENTIALS_AFTER.match(text[end : end + 40])
    while m is not None and not _credentials(m.group(0), text[max(0, end - 30) : end]):
        shorter = _CREDENTIALS_AFTER.match(text[end : end + m.end() - 1])
        m = shorter if shorter is not None and shorter.end() < m.end() else None
    return (end, end + m.end()) if m else None


def other_words(case: Case) -> list[tuple[int, int]]:
    """Words that touch no identifier and are not an honorific right before a name: over-redaction is measured on
    these."""
    gold = [(g.start, g.end) for g in case.gold]
    gold += [h for g in case.gold if g.type == "PERSON" and (h := _honorific_before(case.text, g.start)) is not None]
    gold += [c for g in case.gold if g.type == "PERSON" and (c := _credentials_after(case.text, g.end)) is not None]
    return [m.span() for m in _WORD.finditer(case.text) if not any(overlaps(m.span(), g) for g in gold)]


def score_regional(cases: Sequence[Case], preds: Sequence[Prediction]) -> dict[str, Any]:
    """Counts and rates for one corpus."""
    by_class: dict[str, list[int]] = {}
    by_region: dict[str, list[int]] = {}
    by_style: dict[str, list[int]] = {}
    leaks = {"US": 0, "INTL": 0}
    words = [0, 0]
    keep = [0, 0]
    misses: list[dict[str, str]] = []
    for case, pred in zip(cases, preds, strict=True):
        spans = [(s, e) for s, e, _ in pred.spans]
        for g in case.gold:
            part = identifying_part(case.text, g)
            hit = covered(case.text, part, spans)
            for table, key in ((by_class, g.type), (by_region, g.region), (by_style, case.style or "-")):
                cell = table.setdefault(key, [0, 0])
                cell[0] += int(hit)
                cell[1] += 1
            if leaked(case.text, part, spans):  # only the label or the title redacted: the identifier went out
                leaks[g.region] = leaks.get(g.region, 0) + 1
            if not hit:
                misses.append(
                    {"id": case.id, "type": g.type, "region": g.region, "surface": case.text[g.start : g.end]}
                )
        for w in other_words(case):
            words[0] += int(any(overlaps(w, p) for p in spans))
            words[1] += 1
        for k in case.keep:
            keep[0] += int(kept((k.start, k.end), spans))
            keep[1] += 1
    total = [sum(v[0] for v in by_class.values()), sum(v[1] for v in by_class.values())]
    return {
        "n_messages": len(cases),
        "recall": rate(*total),
        "recall_per_class": {k: rate(*v) for k, v in sorted(by_class.items())},
        "recall_per_region": {k: rate(*v) for k, v in sorted(by_region.items())},
        "recall_per_style": {k: rate(*v) for k, v in sorted(by_style.items())},
        "verbatim_leaks": leaks,
        "over_redaction": rate(*words),
        "keep": rate(*keep),
        "misses": misses,
    }


def verdicts_17(report: dict[str, Any]) -> dict[str, bool]:
    """Issue 17's 'Done when' targets."""
    region = report["recall_per_region"]
    return {
        "recall_US >= 99.5%": region.get("US", {"rate": 1.0})["rate"] >= TARGETS_17["recall_US"],
        "recall_INTL >= 97%": region.get("INTL", {"rate": 1.0})["rate"] >= TARGETS_17["recall_INTL"],
        "0 US verbatim leaks": report["verbatim_leaks"].get("US", 0) == 0,
        "over-redaction <= 1%": report["over_redaction"]["rate"] <= TARGETS_17["over_redaction"],
        "clinical words kept >= 99%": report["keep"]["rate"] >= TARGETS_17["keep"],
    }


def _cell(r: dict[str, Any]) -> str:
    return f"{r['rate'] * 100:.2f}% ({r['hits']}/{r['n']}; {r['ci95'][0] * 100:.1f}-{r['ci95'][1] * 100:.1f})"


def markdown_side_by_side(reports: dict[str, dict[str, Any]], counts_only: Sequence[str] = ()) -> str:
    """One table, one column per corpus; misses listed only for corpora not marked counts-only."""
    names = list(reports)
    rows: list[tuple[str, list[str]]] = [("messages", [str(reports[n]["n_messages"]) for n in names]),
                                         ("must-remove recall", [_cell(reports[n]["recall"]) for n in names])]  # fmt: skip  # noqa: E501
    for table, label in (("recall_per_region", "recall"), ("recall_per_class", "recall")):
        keys = sorted({k for n in names for k in reports[n][table]})
        rows += [
            (f"{label} {k}", [_cell(reports[n][table][k]) if k in reports[n][table] else "-" for n in names])
            for k in keys
        ]
    rows += [("verbatim leaks US / INTL", [f"{reports[n]['verbatim_leaks'].get('US', 0)} / {reports[n]['verbatim_leaks'].get('INTL', 0)}" for n in names]),  # noqa: E501
             ("over-redaction (other words changed)", [_cell(reports[n]["over_redaction"]) for n in names]),
             ("clinical words kept", [_cell(reports[n]["keep"]) for n in names])]  # fmt: skip
    lines = ["# Redaction on text nobody here wrote (issue 17)", "", "Rates with Wilson 95% intervals.", "",
             "| metric | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]  # fmt: skip
    lines += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows]
    for n in names:
        lines += ["", f"## {n}: targets", ""]
        lines += [f"- {k}: {'met' if ok else 'NOT met'}" for k, ok in verdicts_17(reports[n]).items()]
        if n not in counts_only:
            lines += ["", f"## {n}: misses (first 60)", ""]
            lines += [f"- [{m['type']}, {m['region']}] `{m['surface']}`" for m in reports[n]["misses"][:60]]
    return "\n".join(lines) + "\n"
