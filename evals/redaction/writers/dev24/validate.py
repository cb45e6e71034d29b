"""Validate handwritten_dev24.jsonl against FROZEN_SPEC.md format + the dev24 targets."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import problems, idspans_all  # noqa: E402

PATH = os.path.join(HERE, "handwritten_dev24.jsonl")
TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return None
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    fails = []
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids = set()
    by_type, by_region, by_style, by_source = (collections.Counter() for _ in range(4))
    by_type_region = collections.Counter()
    n_ids = 0
    ibans = [0, 0]
    for n, r in enumerate(rows):
        tag = r.get("id", f"line {n}")
        if set(r) != KEYS:
            fails.append(f"{tag}: keys {sorted(r)}")
            continue
        if not re.fullmatch(r"hd24-\d{3}", r["id"]) or r["id"] != f"hd24-{n:03d}":
            fails.append(f"{tag}: bad id")
        if r["id"] in ids:
            fails.append(f"{tag}: duplicate id")
        ids.add(r["id"])
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            fails.append(f"{tag}: bad style {r['style']}")
        if r["source"] not in ("hand", "template"):
            fails.append(f"{tag}: bad source")
        if not isinstance(r["keep"], list) or not r["keep"] or not all(isinstance(k, str) and k for k in r["keep"]):
            fails.append(f"{tag}: keep missing/invalid")
        if not r["identifiers"]:
            fails.append(f"{tag}: no identifiers")
        seen = set()
        for i in r["identifiers"]:
            if set(i) != {"text", "type", "region"}:
                fails.append(f"{tag}: identifier keys {sorted(i)}")
                continue
            if i["type"] not in TYPES:
                fails.append(f"{tag}: bad type {i['type']}")
            if i["region"] not in ("US", "INTL"):
                fails.append(f"{tag}: bad region {i['region']}")
            if (i["text"], i["type"]) in seen:
                fails.append(f"{tag}: duplicate identifier {i['text']!r}")
            seen.add((i["text"], i["type"]))
            if i["text"] != i["text"].strip():
                fails.append(f"{tag}: identifier has outer whitespace {i['text']!r}")
            by_type[i["type"]] += 1
            by_region[i["region"]] += 1
            by_type_region[(i["type"], i["region"])] += 1
            n_ids += 1
            if i["type"] == "ACCOUNT_NUMBER":
                ok = iban_ok(i["text"])
                if ok is not None:
                    ibans[0 if ok else 1] += 1
        for e in problems(r):
            fails.append(f"{tag}: {e}")
        # a labelled value that also occurs (any letter case, as a whole word) outside every
        # identifier span is a missed occurrence
        allsp = idspans_all(r["text"], r["identifiers"])
        for i in r["identifiers"]:
            for m in re.finditer(r"(?<!\w)" + re.escape(i["text"]) + r"(?!\w)", r["text"], re.I):
                if not any(a <= m.start() and m.end() <= z for a, z in allsp):
                    fails.append(f"{tag}: unlabelled case variant of {i['text']!r}")
        by_style[r["style"]] += 1
        by_source[r["source"]] += 1
    if ibans[1]:
        fails.append(f"{ibans[1]} IBANs with a bad checksum")

    # targets
    def need(cond, msg):
        if not cond:
            fails.append("TARGET: " + msg)
    need(430 <= len(rows) <= 480, f"about 450 messages (have {len(rows)})")
    need(n_ids >= 1500, f">=1500 identifiers (have {n_ids})")
    need(by_region["US"] >= 1000, f">=1000 US (have {by_region['US']})")
    need(by_region["INTL"] >= 450, f">=450 INTL (have {by_region['INTL']})")
    for t in TYPES:
        need(by_type[t] >= (60 if t == "ACCOUNT_NUMBER" else 40), f"{t} count {by_type[t]}")
    for s, c in by_style.items():
        need(c >= 20, f"style {s} has {c}")
    need(by_source["hand"] >= 0.40 * len(rows), f"hand share {by_source['hand']}/{len(rows)}")

    print(f"messages: {len(rows)}   identifiers: {n_ids}")
    print("by source:", dict(by_source), f"(hand share {by_source['hand'] / len(rows):.1%})")
    print("by region:", dict(by_region))
    print("by type (total / US / INTL):")
    for t in TYPES:
        print(f"  {t:22s} {by_type[t]:5d} {by_type_region[(t, 'US')]:5d} {by_type_region[(t, 'INTL')]:5d}")
    print("by style:")
    for s, c in sorted(by_style.items()):
        h = sum(1 for r in rows if r['style'] == s and r['source'] == 'hand')
        print(f"  {s:18s} {c:4d}  (hand {h})")
    print(f"IBANs: {ibans[0]} valid checksum")
    if fails:
        print(f"\nFAIL ({len(fails)}):")
        for f in fails:
            print("  " + f)
        sys.exit(1)
    print("\nALL CHECKS PASS")


if __name__ == "__main__":
    main()
