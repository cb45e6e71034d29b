#!/usr/bin/env python3
"""Check handwritten_dev35.jsonl against the spec's format and the brief's rules; print counts."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "handwritten_dev35.jsonl")
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errs, warns = [], []
byType, byRegion, byStyle, bySource, typeRegion = (collections.Counter() for _ in range(5))
n_ids = 0
msgs_with_keep = 0
lines = open(PATH, encoding="utf-8").read().splitlines()
for ln, line in enumerate(lines):
    try:
        m = json.loads(line)
    except Exception as e:
        errs.append(f"line {ln}: bad json {e}"); continue
    mid = m.get("id")
    if set(m) != KEYS:
        errs.append(f"{mid}: keys {sorted(m)}")
    if mid != "hd35-%03d" % ln:
        errs.append(f"line {ln}: id {mid} not sequential")
    if m.get("source") not in ("hand", "template"):
        errs.append(f"{mid}: source {m.get('source')}")
    if not isinstance(m.get("style"), str) or not re.fullmatch(r"[a-z0-9_]+", m["style"]):
        errs.append(f"{mid}: style {m.get('style')!r}")
    text = m.get("text", "")
    if not isinstance(text, str) or not text:
        errs.append(f"{mid}: empty text"); continue
    bySource[m["source"]] += 1
    byStyle[m["style"]] += 1
    spans, seen = [], set()
    for d in m.get("identifiers", []):
        if set(d) != {"text", "type", "region"}:
            errs.append(f"{mid}: identifier keys {sorted(d)}")
        t = d.get("text", "")
        if d.get("type") not in TYPES:
            errs.append(f"{mid}: type {d.get('type')}")
        if d.get("region") not in ("US", "INTL"):
            errs.append(f"{mid}: region {d.get('region')}")
        if (t, d.get("type")) in seen:
            errs.append(f"{mid}: duplicate identifier {t!r}")
        seen.add((t, d.get("type")))
        if not t or t != t.strip():
            errs.append(f"{mid}: identifier has outer whitespace {t!r}")
        if t not in text:
            errs.append(f"{mid}: identifier not a substring {t!r}"); continue
        for mm in re.finditer(re.escape(t), text):
            s, e = mm.start(), mm.end()
            if (s > 0 and text[s - 1].isalnum() and t[0].isalnum()) or (e < len(text) and text[e].isalnum() and t[-1].isalnum()):
                errs.append(f"{mid}: identifier {t!r} not on a word boundary at {s}")
            spans.append((s, e))
        n_ids += 1
        byType[d["type"]] += 1
        byRegion[d["region"]] += 1
        typeRegion[(d["type"], d["region"])] += 1
    keeps = m.get("keep", [])
    if not isinstance(keeps, list):
        errs.append(f"{mid}: keep not a list"); keeps = []
    if keeps:
        msgs_with_keep += 1
    if len(set(keeps)) != len(keeps):
        errs.append(f"{mid}: duplicate keep")
    for k in keeps:
        if not k or k not in text:
            errs.append(f"{mid}: keep not a substring {k!r}"); continue
        for mm in re.finditer(re.escape(k), text):
            for s, e in spans:
                if mm.start() < e and s < mm.end():
                    errs.append(f"{mid}: keep {k!r} overlaps identifier at {s}-{e}")
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        errs.append(f"{mid}: leftover markup")

N = len(lines)
print(f"messages: {N}  hand: {bySource['hand']} ({100 * bySource['hand'] / max(N, 1):.1f}%)  template: {bySource['template']}")
print(f"identifiers: {n_ids}  US: {byRegion['US']}  INTL: {byRegion['INTL']}  messages with keep words: {msgs_with_keep}")
print("by type:")
for t in sorted(TYPES):
    print(f"  {t:24s} {byType[t]:5d}  (US {typeRegion[(t, 'US')]}, INTL {typeRegion[(t, 'INTL')]})")
print("by style:")
for s, c in byStyle.most_common():
    print(f"  {s:18s} {c}")
# targets from the brief
if not 400 <= N <= 450: errs.append(f"size {N} not in 400-450")
if n_ids < 1300: errs.append(f"only {n_ids} identifiers")
if byRegion["US"] < 800: errs.append(f"only {byRegion['US']} US identifiers")
if bySource["hand"] < 0.4 * N: errs.append(f"hand share {bySource['hand']}/{N} < 40%")
for t in TYPES:
    if byType[t] < 25: errs.append(f"type {t} only {byType[t]}")
for e in errs[:60]:
    print("ERROR", e)
print("FAIL" if errs else "PASS", f"({len(errs)} errors)")
sys.exit(1 if errs else 0)
