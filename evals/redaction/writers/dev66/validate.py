"""Validate handwritten_dev66.jsonl against the frozen spec's format and this file's brief.

Usage: python validate.py [path]   (exit code 1 on any error)
"""
import json
import re
import sys
import unicodedata
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/drafts/dev66/handwritten_dev66.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
MIN_MSGS, MAX_MSGS, MIN_IDS, MIN_US, MIN_PER_TYPE, MIN_HAND_SHARE = 400, 450, 1300, 800, 25, 0.45


def no_space_script(ch):
    """Scripts written without spaces between words (CJK, kana, hangul with particles)."""
    if not ch:
        return False
    name = unicodedata.name(ch, "")
    return any(s in name for s in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPH"))


def is_word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def boundary_ok(text, s, e):
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    first, last = text[s], text[e - 1]
    ok_before = not before or not is_word(before) or not is_word(first) \
        or no_space_script(before) or no_space_script(first)
    ok_after = not after or not is_word(after) or not is_word(last) \
        or no_space_script(after) or no_space_script(last)
    return ok_before and ok_after


def check_record(rec):
    """Return a list of error strings for one record (format + substring + boundary + overlap)."""
    errs = []
    if not isinstance(rec, dict):
        return ["not a JSON object"]
    if set(rec) != KEYS:
        errs.append(f"keys {sorted(rec)} != {sorted(KEYS)}")
        return errs
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        errs.append("empty text")
        return errs
    if not isinstance(rec["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", rec["style"]):
        errs.append(f"bad style {rec['style']!r}")
    if rec["source"] not in ("hand", "template"):
        errs.append(f"bad source {rec['source']!r}")
    if not isinstance(rec["identifiers"], list) or not isinstance(rec["keep"], list):
        errs.append("identifiers/keep not lists")
        return errs
    id_spans = []
    seen = set()
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
            if not boundary_ok(text, s, e):
                errs.append(f"identifier {t!r} at {s} not on word boundaries: "
                            f"...{text[max(0, s - 8):e + 8]!r}...")
        id_spans.extend(occ)
    for k in rec["keep"]:
        if not isinstance(k, str) or not k:
            errs.append(f"bad keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not a substring: {k!r}")
        for s, e in occ:
            for a, b in id_spans:
                if s < b and a < e:
                    errs.append(f"keep {k!r} at {s} overlaps an identifier at {a}-{b} ({text[a:b]!r})")
    return errs


def main():
    errors, recs = [], []
    with open(PATH, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"line {ln}: invalid JSON: {ex}")
                continue
            for e in check_record(rec):
                errors.append(f"line {ln} ({rec.get('id') if isinstance(rec, dict) else '?'}): {e}")
            recs.append(rec)

    ids = [r.get("id") for r in recs]
    expected = [f"hd66-{i:03d}" for i in range(len(recs))]
    if ids != expected:
        errors.append("ids are not hd66-000, hd66-001, ... in order")

    n = len(recs)
    types, regions, styles, sources = Counter(), Counter(), Counter(), Counter()
    tr = Counter()
    for r in recs:
        styles[r["style"]] += 1
        sources[r["source"]] += 1
        for i in r["identifiers"]:
            types[i["type"]] += 1
            regions[i["region"]] += 1
            tr[(i["type"], i["region"])] += 1
    total_ids = sum(types.values())
    hand_share = sources["hand"] / n if n else 0
    with_keep = sum(1 for r in recs if r["keep"])

    def need(cond, msg):
        print(("ok    " if cond else "FAIL  ") + msg)
        if not cond:
            errors.append("count check failed: " + msg)

    print(f"file: {PATH}")
    print(f"messages: {n}   identifiers: {total_ids}   US: {regions['US']}   INTL: {regions['INTL']}")
    print(f"by source: {dict(sources)}   hand share: {hand_share:.1%}")
    print(f"messages with at least one keep word: {with_keep}")
    print("\nper type (US / INTL / total):")
    for t in sorted(TYPES):
        print(f"  {t:24s} {tr[(t, 'US')]:5d} {tr[(t, 'INTL')]:5d} {types[t]:6d}")
    print("\nper style:")
    for s, c in styles.most_common():
        print(f"  {s:18s} {c}")
    print("\ncount checks:")
    need(MIN_MSGS <= n <= MAX_MSGS, f"{MIN_MSGS} <= messages ({n}) <= {MAX_MSGS}")
    need(total_ids >= MIN_IDS, f"identifiers ({total_ids}) >= {MIN_IDS}")
    need(regions["US"] >= MIN_US, f"US identifiers ({regions['US']}) >= {MIN_US}")
    for t in sorted(TYPES):
        need(types[t] >= MIN_PER_TYPE, f"{t} ({types[t]}) >= {MIN_PER_TYPE}")
    need(hand_share >= MIN_HAND_SHARE, f"hand share ({hand_share:.1%}) >= {MIN_HAND_SHARE:.0%}")

    print(f"\nrecord-level errors (JSON, keys, substrings, word boundaries, keep overlap, types/regions): "
          f"{sum(1 for e in errors if not e.startswith('count check'))}")
    for e in errors[:200]:
        print("  " + e)
    print("\nRESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
