"""Validate handwritten_dev73.jsonl against the frozen spec's format and this file's brief.

Usage: python validate.py [path]   (prints a report; exit code 1 on any error)
"""
import json, re, sys
from collections import Counter

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
STYLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ID_RE = re.compile(r"^hd73-\d{3}$")

def is_cjk(c):
    o = ord(c)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
            or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0xF900 <= o <= 0xFAFF)

def is_word(c):
    # Scripts written without spaces (Chinese, Japanese; Korean particles attach to words)
    # have no word boundaries to respect, so CJK characters never count as word characters.
    return (c.isalnum() or c == "_") and not is_cjk(c)

def occurrences(text, sub):
    out, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return out
        out.append((i, i + len(sub)))
        start = i + 1

def check_message(m):
    errs = []
    text = m.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["empty or non-string text"]
    if not isinstance(m.get("style"), str) or not STYLE_RE.match(m["style"]):
        errs.append(f"bad style {m.get('style')!r}")
    if m.get("source") not in ("hand", "template"):
        errs.append(f"bad source {m.get('source')!r}")
    idents = m.get("identifiers")
    keep = m.get("keep")
    if not isinstance(idents, list) or not isinstance(keep, list):
        return errs + ["identifiers/keep must be lists"]
    spans = []
    seen = set()
    for ide in idents:
        if not isinstance(ide, dict) or set(ide) != {"text", "type", "region"}:
            errs.append(f"bad identifier object {ide!r}"); continue
        t = ide["text"]
        if ide["type"] not in TYPES:
            errs.append(f"bad type {ide['type']!r}")
        if ide["region"] not in REGIONS:
            errs.append(f"bad region {ide['region']!r}")
        if not t or t != t.strip():
            errs.append(f"identifier text empty or padded {t!r}"); continue
        if (t, ide["type"]) in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add((t, ide["type"]))
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not a substring: {t!r}"); continue
        for s, e in occ:
            if is_word(t[0]) and s > 0 and is_word(text[s - 1]):
                errs.append(f"identifier {t!r} occurrence at {s} not on a word boundary (before)")
            if is_word(t[-1]) and e < len(text) and is_word(text[e]):
                errs.append(f"identifier {t!r} occurrence at {s} not on a word boundary (after)")
            spans.append((s, e, t))
    for k in keep:
        if not isinstance(k, str) or not k:
            errs.append(f"bad keep {k!r}"); continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not a substring: {k!r}"); continue
        for s, e in occ:
            for a, b, t in spans:
                if s < b and a < e:
                    errs.append(f"keep {k!r} at {s} overlaps identifier {t!r}")
    return errs

def main(path):
    errors = 0
    msgs = []
    ids = set()
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            m = json.loads(line)
        except json.JSONDecodeError as ex:
            print(f"line {ln}: invalid JSON: {ex}"); errors += 1; continue
        if set(m) != KEYS:
            print(f"line {ln}: keys {sorted(m)} != {sorted(KEYS)}"); errors += 1
        if not ID_RE.match(str(m.get("id"))):
            print(f"line {ln}: bad id {m.get('id')!r}"); errors += 1
        if m.get("id") in ids:
            print(f"line {ln}: duplicate id {m.get('id')}"); errors += 1
        ids.add(m.get("id"))
        for e in check_message(m):
            print(f"line {ln} ({m.get('id')}): {e}"); errors += 1
        msgs.append(m)
    # expected sequential ids
    exp = [f"hd73-{i:03d}" for i in range(len(msgs))]
    if [m.get("id") for m in msgs] != exp:
        print("ids are not sequential hd73-000 ..."); errors += 1

    n = len(msgs)
    all_ids = [i for m in msgs for i in m["identifiers"]]
    by_type = Counter(i["type"] for i in all_ids)
    by_region = Counter(i["region"] for i in all_ids)
    by_tr = Counter((i["type"], i["region"]) for i in all_ids)
    by_style = Counter(m["style"] for m in msgs)
    by_source = Counter(m["source"] for m in msgs)
    hand_share = by_source["hand"] / n if n else 0
    no_keep = sum(1 for m in msgs if not m["keep"])

    print(f"messages: {n}")
    print(f"identifiers: {len(all_ids)}  (US {by_region['US']}, INTL {by_region['INTL']})")
    print(f"hand-written: {by_source['hand']} ({hand_share:.1%}), template: {by_source['template']}")
    print(f"messages without keep words: {no_keep}")
    print("by type (US / INTL / total):")
    for t in sorted(TYPES):
        print(f"  {t:24s} {by_tr[(t,'US')]:5d} {by_tr[(t,'INTL')]:5d} {by_type[t]:5d}")
    print("by style:")
    for s, c in sorted(by_style.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {s:22s} {c:4d}")

    checks = [
        ("400 <= messages <= 450", 400 <= n <= 450),
        ("identifiers >= 1300", len(all_ids) >= 1300),
        ("US identifiers >= 800", by_region["US"] >= 800),
        ("every type >= 25", all(by_type[t] >= 25 for t in TYPES)),
        ("hand-written share >= 45%", hand_share >= 0.45),
    ]
    for name, ok in checks:
        print(f"[{'OK' if ok else 'FAIL'}] {name}")
        if not ok:
            errors += 1
    print(f"errors: {errors}")
    print("RESULT:", "PASS" if errors == 0 else "FAIL")
    return errors

if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev73.jsonl") else 0)
