"""Validator for handwritten_dev18.jsonl.  Usage: python validate.py [file]  (exit 1 on any error)."""
import collections
import json
import re
import sys
import unicodedata

from lib import TYPES, aba_ok, iban_ok, is_clinical, looks_like_iban

STYLES_REQUIRED = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form",
                   "international", "clinician_note", "general_text", "voicemail", "group_chat", "forwarded",
                   "billing", "typos", "multi_identifier"]
MIN_TYPE = {t: 40 for t in TYPES}
MIN_TYPE["ACCOUNT_NUMBER"] = 60


def is_wordch(c):
    return c.isalnum() or c == "_" or unicodedata.category(c).startswith("M")


def is_cjk(c):
    o = ord(c)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or 0xF900 <= o <= 0xFAFF or 0xFF66 <= o <= 0xFF9F)


def occurrences(text, s, ci=False):
    if ci:
        t, s2 = text.lower(), s.lower()
        if len(t) != len(text):  # lower() changed length (rare): fall back to regex
            return [(m.start(), m.end()) for m in re.finditer(re.escape(s), text, re.I)]
    else:
        t, s2 = text, s
    out, i = [], t.find(s2)
    while i >= 0:
        out.append((i, i + len(s2)))
        i = t.find(s2, i + 1)
    return out


def on_boundary(text, a, b):
    left_ok = a == 0 or not is_wordch(text[a]) or not is_wordch(text[a - 1]) or is_cjk(text[a]) or is_cjk(text[a - 1])
    right_ok = (b == len(text) or not is_wordch(text[b - 1]) or not is_wordch(text[b]) or is_cjk(text[b - 1])
                or is_cjk(text[b]))
    return left_ok and right_ok


def check_record(r):
    errs = []
    text = r["text"]
    ids = r["identifiers"]
    keep = r["keep"]
    if set(r) != {"id", "style", "text", "identifiers", "keep", "source"}:
        errs.append("keys %s" % sorted(r))
    if r.get("source") not in ("hand", "template"):
        errs.append("bad source")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
        errs.append("bad style %r" % r["style"])
    if not ids:
        errs.append("no identifiers")
    if not keep:
        errs.append("no keep words")
    texts = [i["text"] for i in ids]
    if len(set(texts)) != len(texts):
        errs.append("duplicate identifier")
    spans = {}
    for i in ids:
        s = i["text"]
        if set(i) != {"text", "type", "region"} or i["type"] not in TYPES or i["region"] not in ("US", "INTL"):
            errs.append("bad identifier %r" % i)
        if s != s.strip() or not s:
            errs.append("edge whitespace %r" % s)
        if s[-1] in ",;:" or s[0] in ",;:.":
            errs.append("edge punctuation %r" % s)
        occ = occurrences(text, s)
        if not occ:
            errs.append("identifier not in text %r" % s)
        spans[s] = occ
        if i["type"] == "ACCOUNT_NUMBER":
            if looks_like_iban(s):
                if not iban_ok(s):
                    errs.append("bad IBAN %r" % s)
                if i["region"] != "INTL":
                    errs.append("IBAN not INTL %r" % s)
            for a, b in occ:
                ctx = text[max(0, a - 40):a].lower()
                if re.search(r"(routing|\baba|\brtn|transit)[^0-9\n]{0,15}$", ctx) and re.fullmatch(r"\d{9}", s):
                    if not aba_ok(s):
                        errs.append("bad ABA routing %r" % s)
        if i["type"] == "US_SSN" and i["region"] != "US":
            errs.append("SSN not US")
    def covered_by_other(s, a, b):
        for o, occ in spans.items():
            if o == s:
                continue
            for x, y in occ:
                if x <= a and b <= y and (x, y) != (a, b):
                    return True
        return False
    for i in ids:
        s = i["text"]
        exact = set(spans[s])
        for a, b in occurrences(text, s, ci=True):
            if (a, b) in exact and on_boundary(text, a, b):
                continue
            if covered_by_other(s, a, b):
                continue
            if (a, b) in exact:
                errs.append("identifier %r not on word boundary at %d: %r" % (s, a, text[max(0, a - 10):b + 10]))
            else:
                errs.append("identifier %r also appears as ordinary word %r" % (s, text[a:b]))
    all_spans = [sp for occ in spans.values() for sp in occ]
    for k in keep:
        occ = occurrences(text, k)
        if not occ:
            errs.append("keep not in text %r" % k)
        for a, b in occ:
            for x, y in all_spans:
                if a < y and x < b:
                    errs.append("keep %r overlaps identifier %r" % (k, text[x:y]))
                    break
    if len(set(keep)) != len(keep):
        errs.append("duplicate keep")
    return errs


def stats(recs):
    c = collections.Counter()
    for r in recs:
        for i in r["identifiers"]:
            c[("type", i["type"])] += 1
            c[("region", i["region"])] += 1
            c[("tr", i["type"], i["region"])] += 1
        c[("style", r["style"])] += 1
        c[("source", r["source"])] += 1
    return c


def main(path):
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    nerr = 0
    ids = [r["id"] for r in recs]
    if ids != ["hd18-%03d" % i for i in range(len(recs))]:
        print("ERROR ids not sequential hd18-000..")
        nerr += 1
    seen_text = set()
    for r in recs:
        if r["text"] in seen_text:
            print("ERROR duplicate text", r["id"])
            nerr += 1
        seen_text.add(r["text"])
        for e in check_record(r):
            print("ERROR", r["id"], e)
            nerr += 1
    n_ident = sum(len(r["identifiers"]) for r in recs)
    clin = sum(1 for r in recs if any(is_clinical(k) for k in r["keep"]))
    c = stats(recs)
    print("messages: %d  identifiers: %d  (hand %d / template %d messages)" % (
        len(recs), n_ident, c[("source", "hand")], c[("source", "template")]))
    print("messages with a clinical keep word: %d (%.1f%%)" % (clin, 100.0 * clin / len(recs)))
    print("region: US %d  INTL %d" % (c[("region", "US")], c[("region", "INTL")]))
    print("%-22s %6s %6s %6s" % ("type", "total", "US", "INTL"))
    for t in TYPES:
        print("%-22s %6d %6d %6d" % (t, c[("type", t)], c[("tr", t, "US")], c[("tr", t, "INTL")]))
    print("styles:")
    for s, n in sorted(((k[1], v) for k, v in c.items() if k[0] == "style"), key=lambda x: (-x[1], x[0])):
        print("  %-18s %d" % (s, n))
    # thresholds
    checks = [("messages >= 400", len(recs) >= 400), ("identifiers >= 1500", n_ident >= 1500),
              ("US >= 900", c[("region", "US")] >= 900), ("INTL >= 450", c[("region", "INTL")] >= 450),
              ("clinical keep >= 75%", clin >= 0.75 * len(recs)),
              ("hand-written >= 150", c[("source", "hand")] >= 150)]
    for t, m in MIN_TYPE.items():
        checks.append(("%s >= %d" % (t, m), c[("type", t)] >= m))
    for s in STYLES_REQUIRED:
        checks.append(("style %s >= 25" % s, c[("style", s)] >= 25))
    for name, ok in checks:
        if not ok:
            print("ERROR threshold failed:", name)
            nerr += 1
    print("threshold checks: %d/%d passed" % (sum(ok for _, ok in checks), len(checks)))
    print("errors: %d" % nerr)
    print("RESULT:", "PASS" if nerr == 0 else "FAIL")
    return nerr


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev18.jsonl") else 0)
