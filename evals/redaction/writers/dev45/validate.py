#!/usr/bin/env python3
"""Validate handwritten_dev45.jsonl and print counts."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "handwritten_dev45.jsonl")
TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def is_cjk(c):
    o = ord(c)
    return 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def wordch(c):
    return (c.isalnum() or c == "_") and not is_cjk(c)


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1 and sub:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_message(m):
    errs = []
    text = m.get("text", "")
    if not isinstance(text, str) or not text.strip():
        return ["empty text"]
    if m.get("source") not in ("hand", "template"):
        errs.append("bad source")
    if not isinstance(m.get("style"), str) or not m["style"] or " " in m["style"]:
        errs.append("bad style")
    id_spans = []
    for ident in m.get("identifiers", []):
        if set(ident) != {"text", "type", "region"}:
            errs.append("identifier keys %s" % sorted(ident))
            continue
        if ident["type"] not in TYPES:
            errs.append("bad type %s" % ident["type"])
        if ident["region"] not in ("US", "INTL"):
            errs.append("bad region %s" % ident["region"])
        s = ident["text"]
        if not s or s != s.strip():
            errs.append("identifier empty or padded: %r" % s)
        occ = occurrences(text, s)
        if not occ:
            errs.append("identifier not in text: %r" % s)
        for a, b in occ:
            if wordch(s[0]) and a > 0 and wordch(text[a - 1]):
                errs.append("identifier %r not on word boundary (start) at %d" % (s, a))
            if wordch(s[-1]) and b < len(text) and wordch(text[b]):
                errs.append("identifier %r not on word boundary (end) at %d" % (s, b))
            id_spans.append((a, b, s))
    texts = [i["text"] for i in m.get("identifiers", [])]
    if len(texts) != len(set(texts)):
        errs.append("duplicate identifier texts")
    for k in m.get("keep", []):
        if not isinstance(k, str) or not k:
            errs.append("bad keep")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append("keep not in text: %r" % k)
        for a, b in occ:
            for x, y, s in id_spans:
                if a < y and x < b:
                    errs.append("keep %r overlaps identifier %r" % (k, s))
    return errs


def main():
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    bad = 0
    for n, r in enumerate(rows):
        e = []
        if set(r) != KEYS:
            e.append("keys %s" % sorted(r))
        if r.get("id") != "hd45-%03d" % n:
            e.append("id %s expected hd45-%03d" % (r.get("id"), n))
        e += check_message(r)
        if e:
            bad += 1
            print(r.get("id"), "; ".join(e))
    ids = [i for r in rows for i in r["identifiers"]]
    by_type = collections.Counter(i["type"] for i in ids)
    by_reg = collections.Counter(i["region"] for i in ids)
    by_tr = collections.Counter((i["type"], i["region"]) for i in ids)
    by_style = collections.Counter(r["style"] for r in rows)
    by_src = collections.Counter(r["source"] for r in rows)
    ids_src = collections.Counter(r["source"] for r in rows for _ in r["identifiers"])
    clinical_keep = sum(1 for r in rows if r["keep"])
    print("messages:", len(rows), dict(by_src), "hand share: %.1f%%" % (100 * by_src["hand"] / len(rows)))
    print("identifiers:", len(ids), dict(by_reg), "by source:", dict(ids_src))
    print("by type:")
    for t in TYPES:
        print("  %-22s %4d  (US %d, INTL %d)" % (t, by_type[t], by_tr[(t, "US")], by_tr[(t, "INTL")]))
    print("by style:", dict(sorted(by_style.items(), key=lambda x: -x[1])))
    print("messages with keep words:", clinical_keep)
    problems = []
    if not 400 <= len(rows) <= 450: problems.append("message count")
    if len(ids) < 1300: problems.append("identifiers < 1300")
    if by_reg["US"] < 800: problems.append("US < 800")
    for t in TYPES:
        if by_type[t] < 25: problems.append("%s < 25" % t)
    if by_src["hand"] < 0.45 * len(rows): problems.append("hand share < 45%")
    if bad: problems.append("%d bad messages" % bad)
    print("PASS" if not problems else "FAIL: " + ", ".join(problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
