"""Validate handwritten_dev76.jsonl against FROZEN_SPEC.md and the dev76 brief.

Checks: valid JSON and exact keys; ids hd76-NNN in order; every identifier text and keep text is an
exact substring; every occurrence of every identifier text sits on word boundaries; no keep
occurrence overlaps an identifier occurrence; valid types/regions/styles/sources; no duplicate
texts; counts (400-450 messages, >=1,300 identifiers, >=800 US, every type >=25, >=45% by hand).
Prints count tables. Exit status 1 on any failure.
"""
import collections
import json
import os
import re
import sys

TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
REGIONS = ["US", "INTL"]
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def is_word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_record(rec):
    """Return a list of problems with one record (empty if fine)."""
    errs = []
    if not isinstance(rec, dict) or set(rec) != KEYS:
        return [f"keys {sorted(rec) if isinstance(rec, dict) else type(rec)} != {sorted(KEYS)}"]
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        errs.append("empty text")
        return errs
    if not isinstance(rec["style"], str) or not re.fullmatch(r"[a-z][a-z_]*", rec["style"]):
        errs.append(f"bad style {rec['style']!r}")
    if rec["source"] not in ("hand", "template"):
        errs.append(f"bad source {rec['source']!r}")
    if not isinstance(rec["identifiers"], list) or not rec["identifiers"]:
        errs.append("no identifiers")
        return errs
    if not isinstance(rec["keep"], list):
        errs.append("keep is not a list")
        return errs
    spans, seen = [], set()
    for ident in rec["identifiers"]:
        if not isinstance(ident, dict) or set(ident) != {"text", "type", "region"}:
            errs.append(f"bad identifier object {ident!r}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errs.append(f"bad type {ident['type']!r}")
        if ident["region"] not in REGIONS:
            errs.append(f"bad region {ident['region']!r}")
        if not isinstance(t, str) or not t or t != t.strip():
            errs.append(f"bad identifier text {t!r}")
            continue
        if t in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add(t)
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not a substring: {t!r}")
        for s, e in occ:
            if is_word(t[0]) and s > 0 and is_word(text[s - 1]):
                errs.append(f"identifier {t!r} at {s} not on a word boundary (before)")
            if is_word(t[-1]) and e < len(text) and is_word(text[e]):
                errs.append(f"identifier {t!r} at {s} not on a word boundary (after)")
        spans.extend(occ)
    for k in rec["keep"]:
        if not isinstance(k, str) or not k:
            errs.append(f"bad keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not a substring: {k!r}")
        for s, e in occ:
            for a, b in spans:
                if s < b and a < e:
                    errs.append(f"keep {k!r} at {s} overlaps an identifier at {a}-{b}")
    if len(set(rec["keep"])) != len(rec["keep"]):
        errs.append("duplicate keep entries")
    return errs


def table(counter, rows, cols, title):
    lines = [title, f"{'':24s}" + "".join(f"{c:>10s}" for c in cols) + f"{'total':>10s}"]
    for r in rows:
        vals = [counter.get((r, c), 0) for c in cols]
        lines.append(f"{r:24s}" + "".join(f"{v:10d}" for v in vals) + f"{sum(vals):10d}")
    tot = [sum(counter.get((r, c), 0) for r in rows) for c in cols]
    lines.append(f"{'total':24s}" + "".join(f"{v:10d}" for v in tot) + f"{sum(tot):10d}")
    return "\n".join(lines)


def main(path):
    problems, recs = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as ex:
                problems.append(f"line {n}: invalid JSON ({ex})")
                continue
            for e in check_record(rec):
                problems.append(f"line {n} ({rec.get('id')}): {e}")
            recs.append(rec)
    ids = [r.get("id") for r in recs]
    want = [f"hd76-{i:03d}" for i in range(len(recs))]
    if ids != want:
        problems.append("ids are not hd76-000 .. in order")
    dup = [t for t, c in collections.Counter(r["text"] for r in recs).items() if c > 1]
    if dup:
        problems.append(f"{len(dup)} duplicate message texts, e.g. {dup[0]!r}")

    idents = [(i["type"], i["region"]) for r in recs for i in r["identifiers"]]
    by_type = collections.Counter(t for t, _ in idents)
    by_tr = collections.Counter(idents)
    us = sum(1 for _, g in idents if g == "US")
    intl = len(idents) - us
    hand = sum(1 for r in recs if r["source"] == "hand")
    styles = collections.Counter((r["style"], r["source"]) for r in recs)
    with_clinical_keep = sum(1 for r in recs if r["keep"])

    if not 400 <= len(recs) <= 450:
        problems.append(f"{len(recs)} messages, want 400-450")
    if len(idents) < 1300:
        problems.append(f"{len(idents)} identifiers, want >= 1300")
    if us < 800:
        problems.append(f"{us} US identifiers, want >= 800")
    for t in TYPES:
        if by_type[t] < 25:
            problems.append(f"type {t}: {by_type[t]}, want >= 25")
    if hand / max(1, len(recs)) < 0.45:
        problems.append(f"hand share {hand}/{len(recs)} < 45%")

    out = [f"file: {os.path.basename(path)}",
           f"messages: {len(recs)}  (hand {hand} = {100 * hand / max(1, len(recs)):.1f}%, template {len(recs) - hand})",
           f"identifiers: {len(idents)}  (US {us}, INTL {intl})",
           f"messages with at least one keep word: {with_clinical_keep}",
           "",
           table(by_tr, TYPES, REGIONS, "identifiers by type and region"),
           "",
           table(styles, sorted({s for s, _ in styles}), ["hand", "template"], "messages by style and source"),
           ""]
    if problems:
        out.append(f"FAILED: {len(problems)} problem(s)")
        out.extend("  " + p for p in problems[:200])
    else:
        out.append("OK: all checks passed")
    print("\n".join(out))
    return 1 if problems else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "handwritten_dev76.jsonl")))
