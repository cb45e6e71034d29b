"""Check /work/drafts/dev42/handwritten_dev42.jsonl and print counts.

Usage: /work/main/.venv/bin/python validate.py [path]
Exit code 1 if any check fails.
"""
import collections
import json
import os
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev42.jsonl")
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errors = []


def err(msg):
    errors.append(msg)


def occ(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return None  # not an IBAN
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
by_type, by_region, by_style, by_src = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
by_type_region = collections.Counter()
ids_by_src = collections.Counter()
long_multi = 0
n_ids = 0
no_clinical_keep = 0
for n, r in enumerate(rows):
    rid = r.get("id")
    if set(r) != KEYS:
        err("%s: keys %s" % (rid, sorted(r)))
        continue
    if rid != "hd42-%03d" % n:
        err("line %d: id %r not sequential" % (n, rid))
    if r["source"] not in ("hand", "template"):
        err("%s: bad source" % rid)
    if not isinstance(r["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
        err("%s: bad style %r" % (rid, r["style"]))
    text = r["text"]
    spans = []
    seen = set()
    for i in r["identifiers"]:
        if set(i) != {"text", "type", "region"}:
            err("%s: identifier keys %s" % (rid, sorted(i)))
            continue
        if i["type"] not in TYPES:
            err("%s: type %r" % (rid, i["type"]))
        if i["region"] not in ("US", "INTL"):
            err("%s: region %r" % (rid, i["region"]))
        if (i["text"], i["type"]) in seen:
            err("%s: duplicate identifier %r" % (rid, i["text"]))
        seen.add((i["text"], i["type"]))
        o = occ(text, i["text"])
        if not i["text"] or not o:
            err("%s: identifier not a substring: %r" % (rid, i["text"]))
        if i["text"] != i["text"].strip():
            err("%s: identifier has outer whitespace: %r" % (rid, i["text"]))
        spans += [(a, b, i["text"]) for a, b in o]
        if i["type"] == "ACCOUNT_NUMBER" and iban_ok(i["text"]) is False:
            err("%s: IBAN checksum fails: %r" % (rid, i["text"]))
        by_type[i["type"]] += 1
        by_region[i["region"]] += 1
        by_type_region[(i["type"], i["region"])] += 1
        ids_by_src[r["source"]] += 1
        n_ids += 1
    # word boundaries: every occurrence not inside another identifier's occurrence
    for a, b, t in spans:
        if any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in spans):
            continue
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        if (before.isalnum() and t[0].isalnum()) or (after.isalnum() and t[-1].isalnum()):
            err("%s: identifier %r not on a word boundary at %d" % (rid, t, a))
    if not isinstance(r["keep"], list):
        err("%s: keep not a list" % rid)
        continue
    for k in r["keep"]:
        ko = occ(text, k)
        if not k or not ko:
            err("%s: keep not a substring: %r" % (rid, k))
        for a, b in ko:
            for x, y, t in spans:
                if a < y and x < b:
                    err("%s: keep %r overlaps identifier %r" % (rid, k, t))
    if not r["keep"]:
        no_clinical_keep += 1
    if 300 <= len(text) <= 900 and len(r["identifiers"]) >= 4 and len({i["type"] for i in r["identifiers"]}) >= 3:
        long_multi += 1
    by_style[r["style"]] += 1
    by_src[r["source"]] += 1

print("messages: %d  (hand %d = %.1f%%, template %d)" % (len(rows), by_src["hand"], 100.0 * by_src["hand"] / max(1, len(rows)), by_src["template"]))
print("identifiers: %d  (US %d, INTL %d; in hand messages %d, in template messages %d)" % (
    n_ids, by_region["US"], by_region["INTL"], ids_by_src["hand"], ids_by_src["template"]))
print("long multi-identifier messages (300-900 chars, >=4 ids of >=3 types): %d" % long_multi)
print("messages with no keep word: %d" % no_clinical_keep)
print("by type:")
for t in sorted(TYPES):
    print("  %-22s %4d  (US %d, INTL %d)" % (t, by_type[t], by_type_region[(t, "US")], by_type_region[(t, "INTL")]))
print("by style:")
for s, c in by_style.most_common():
    print("  %-16s %4d" % (s, c))

# targets from the brief
if not 400 <= len(rows) <= 450:
    err("message count %d not in 400-450" % len(rows))
if n_ids < 1300:
    err("only %d identifiers" % n_ids)
if by_region["US"] < 800:
    err("only %d US identifiers" % by_region["US"])
for t in TYPES:
    if by_type[t] < 25:
        err("type %s only %d" % (t, by_type[t]))
if by_src["hand"] < 0.4 * len(rows):
    err("hand share below 40%")

if errors:
    print("\nFAILED: %d problems" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
