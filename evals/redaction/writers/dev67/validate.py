"""Validate handwritten_dev67.jsonl (dev67).

Checks (errors): valid JSON per line, exact key set, id pattern and order, non-empty text, valid
types/regions, every identifier text and keep text is an exact substring, every occurrence of an
identifier text sits on word boundaries, no keep occurrence overlaps an identifier occurrence, source is
hand/template, and the count targets from the brief (400-450 messages, >=1300 identifiers, >=800 US, every
type >=25, >=45% of messages by hand).
Also reported (warnings, not failures): a PERSON text that appears elsewhere in the message as the same word
in another letter case, IBANs with a bad mod-97 checksum.

Usage: python validate.py [path]   (default: handwritten_dev67.jsonl beside this script)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
STYLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def wordchar(c):
    return c.isalnum() or c == "_"


def on_boundary(text, a, b):
    if a > 0 and wordchar(text[a]) and wordchar(text[a - 1]):
        return False
    if b < len(text) and wordchar(text[b - 1]) and wordchar(text[b]):
        return False
    return True


def iban_ok(s):
    s = re.sub(r"\s+", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", s):
        return None
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def validate_record(rec, errors, warnings, where):
    if set(rec.keys()) != KEYS:
        errors.append("%s: keys %s" % (where, sorted(rec.keys())))
        return
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        errors.append("%s: empty text" % where)
        return
    if not isinstance(rec["style"], str) or not STYLE_RE.match(rec["style"]):
        errors.append("%s: bad style %r" % (where, rec["style"]))
    if rec["source"] not in ("hand", "template"):
        errors.append("%s: bad source %r" % (where, rec["source"]))
    if not isinstance(rec["identifiers"], list) or not isinstance(rec["keep"], list):
        errors.append("%s: identifiers/keep must be lists" % where)
        return
    spans = []
    seen = set()
    all_texts = {i.get("text") for i in rec["identifiers"] if isinstance(i, dict)}
    for ident in rec["identifiers"]:
        if not isinstance(ident, dict) or set(ident.keys()) != {"text", "type", "region"}:
            errors.append("%s: bad identifier object %r" % (where, ident))
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errors.append("%s: bad type %r" % (where, ident["type"]))
        if ident["region"] not in REGIONS:
            errors.append("%s: bad region %r" % (where, ident["region"]))
        if not isinstance(t, str) or not t or t != t.strip():
            errors.append("%s: empty or padded identifier text %r" % (where, t))
            continue
        if t in seen:
            errors.append("%s: duplicate identifier %r" % (where, t))
        seen.add(t)
        occ = occurrences(text, t)
        if not occ:
            errors.append("%s: identifier not a substring: %r" % (where, t))
        for a, b in occ:
            if not on_boundary(text, a, b):
                errors.append("%s: identifier %r at %d not on a word boundary (...%s...)"
                              % (where, t, a, text[max(0, a - 12):b + 12].replace("\n", " ")))
        spans.extend(occ)
        if ident["type"] == "PERSON":
            for m in re.finditer(r"(?<![\w])%s(?![\w])" % re.escape(t), text, re.I):
                inside = any(o != t and any(a <= m.start() and m.end() <= b for a, b in occurrences(text, o))
                             for o in all_texts)
                if m.group(0) != t and m.group(0) not in all_texts and not inside:
                    warnings.append("%s: PERSON %r also appears as %r" % (where, t, m.group(0)))
        if ident["type"] == "ACCOUNT_NUMBER" and re.match(r"^[A-Za-z]{2}\d{2}", t):
            ok = iban_ok(t)
            if ok is False:
                warnings.append("%s: IBAN checksum fails for %r" % (where, t))
    for k in rec["keep"]:
        if not isinstance(k, str) or not k:
            errors.append("%s: bad keep %r" % (where, k))
            continue
        occ = occurrences(text, k)
        if not occ:
            errors.append("%s: keep not a substring: %r" % (where, k))
        for a, b in occ:
            for x, y in spans:
                if a < y and x < b:
                    errors.append("%s: keep %r overlaps identifier text %r" % (where, k, text[x:y]))


def main(path):
    errors, warnings = [], []
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: invalid JSON (%s)" % (n, e))
                continue
            if not isinstance(rec, dict):
                errors.append("line %d: not an object" % n)
                continue
            recs.append(rec)
            validate_record(rec, errors, warnings, "line %d (%s)" % (n, rec.get("id")))
    ids = [r.get("id") for r in recs]
    for i, x in enumerate(ids):
        if x != "hd67-%03d" % i:
            errors.append("id %r at position %d, expected hd67-%03d" % (x, i, i))
            break
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    texts = Counter(r.get("text") for r in recs)
    dup = [t for t, c in texts.items() if c > 1]
    if dup:
        errors.append("%d duplicate message texts" % len(dup))

    n_msg = len(recs)
    idents = [i for r in recs for i in r.get("identifiers", []) if isinstance(i, dict)]
    by_type = Counter(i.get("type") for i in idents)
    by_region = Counter(i.get("region") for i in idents)
    by_tr = Counter((i.get("type"), i.get("region")) for i in idents)
    by_style = Counter(r.get("style") for r in recs)
    by_source = Counter(r.get("source") for r in recs)
    hand_share = by_source["hand"] / n_msg if n_msg else 0

    if not 400 <= n_msg <= 450:
        errors.append("message count %d not in 400-450" % n_msg)
    if len(idents) < 1300:
        errors.append("identifier count %d < 1300" % len(idents))
    if by_region["US"] < 800:
        errors.append("US identifiers %d < 800" % by_region["US"])
    for t in sorted(TYPES):
        if by_type[t] < 25:
            errors.append("type %s has %d < 25" % (t, by_type[t]))
    if hand_share < 0.45:
        errors.append("hand share %.1f%% < 45%%" % (100 * hand_share))

    out = []
    out.append("file: %s" % os.path.basename(path))
    out.append("messages: %d (hand %d, template %d; hand share %.1f%%)"
               % (n_msg, by_source["hand"], by_source["template"], 100 * hand_share))
    out.append("identifiers: %d (US %d, INTL %d)" % (len(idents), by_region["US"], by_region["INTL"]))
    out.append("messages with >=1 keep word: %d" % sum(1 for r in recs if r.get("keep")))
    out.append("")
    out.append("%-24s %6s %6s %6s" % ("type", "US", "INTL", "total"))
    for t in sorted(TYPES):
        out.append("%-24s %6d %6d %6d" % (t, by_tr[(t, "US")], by_tr[(t, "INTL")], by_type[t]))
    out.append("")
    out.append("%-24s %6s %6s %6s" % ("style", "hand", "templ", "total"))
    for s, c in sorted(by_style.items(), key=lambda x: (-x[1], x[0])):
        h = sum(1 for r in recs if r.get("style") == s and r.get("source") == "hand")
        out.append("%-24s %6d %6d %6d" % (s, h, c - h, c))
    out.append("")
    out.append("warnings: %d" % len(warnings))
    out.extend("  WARN " + w for w in warnings)
    out.append("errors: %d" % len(errors))
    out.extend("  ERROR " + e for e in errors)
    out.append("RESULT: %s" % ("PASS" if not errors else "FAIL"))
    return "\n".join(out), not errors


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "handwritten_dev67.jsonl")
    report, ok = main(p)
    print(report)
    sys.exit(0 if ok else 1)
