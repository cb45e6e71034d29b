"""Validate handwritten_dev34.jsonl and print counts.

Checks: exact key set; ids hd34-000.. unique and sequential; style/source values; every identifier/keep text
is a substring; identifier occurrences sit on word boundaries; no keep occurrence overlaps any identifier
occurrence; types/regions valid; whole message in one case; IBAN checksums; size targets from the brief.
Run: /work/main/.venv/bin/python validate.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PATH = HERE / "handwritten_dev34.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def occ(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def boundary_ok(text, s, e):
    sub = text[s:e]
    if sub[:1].isalnum() and s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
        return False
    if sub[-1:].isalnum() and e < len(text) and (text[e].isalnum() or text[e] == "_"):
        return False
    return True


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return None
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def main():
    errs = []
    recs = [json.loads(l) for l in PATH.read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [r.get("id") for r in recs]
    if ids != ["hd34-%03d" % i for i in range(len(recs))]:
        errs.append("ids not unique/sequential")
    by_type, by_region, by_style, by_source = Counter(), Counter(), Counter(), Counter()
    type_case = Counter()
    n_ident = 0
    ibans = bad_iban = 0
    for r in recs:
        rid = r.get("id")
        if set(r) != KEYS:
            errs.append("%s: keys %s" % (rid, sorted(r)))
            continue
        t = r["text"]
        if r["source"] not in ("hand", "template"):
            errs.append("%s: bad source" % rid)
        if not isinstance(r["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z0-9]+)*", r["style"]):
            errs.append("%s: bad style" % rid)
        if r["style"] == "lower_case" and t != t.lower():
            errs.append("%s: lower_case message has capitals" % rid)
        if r["style"] == "all_caps" and t != t.upper():
            errs.append("%s: all_caps message has lower case" % rid)
        by_style[r["style"]] += 1
        by_source[r["source"]] += 1
        all_occ = []
        seen = set()
        for it in r["identifiers"]:
            if set(it) != {"text", "type", "region"}:
                errs.append("%s: identifier keys %s" % (rid, sorted(it)))
                continue
            if it["type"] not in TYPES:
                errs.append("%s: bad type %s" % (rid, it["type"]))
            if it["region"] not in ("US", "INTL"):
                errs.append("%s: bad region %s" % (rid, it["region"]))
            key = (it["text"], it["type"])
            if key in seen:
                errs.append("%s: duplicate identifier %r" % (rid, it["text"]))
            seen.add(key)
            o = occ(t, it["text"])
            if not it["text"] or not o:
                errs.append("%s: identifier not a substring: %r" % (rid, it["text"]))
            for s, e in o:
                if not boundary_ok(t, s, e):
                    errs.append("%s: identifier %r not on word boundary" % (rid, it["text"]))
            if it["text"] != it["text"].strip():
                errs.append("%s: identifier has outer whitespace %r" % (rid, it["text"]))
            all_occ += o
            n_ident += 1
            by_type[it["type"]] += 1
            by_region[it["region"]] += 1
            type_case[(it["type"], r["style"])] += 1
            if it["type"] == "ACCOUNT_NUMBER":
                v = iban_ok(it["text"])
                if v is not None:
                    ibans += 1
                    if not v:
                        bad_iban += 1
                        errs.append("%s: IBAN checksum fails %r" % (rid, it["text"]))
        for kw in r["keep"]:
            o = occ(t, kw)
            if not kw or not o:
                errs.append("%s: keep not a substring: %r" % (rid, kw))
            for s, e in o:
                for a, b in all_occ:
                    if s < b and a < e:
                        errs.append("%s: keep %r overlaps identifier %r" % (rid, kw, t[a:b]))
    n = len(recs)
    hand_share = by_source["hand"] / n if n else 0
    # brief targets
    if not 400 <= n <= 450:
        errs.append("message count %d not in 400-450" % n)
    if n_ident < 1300:
        errs.append("identifiers %d < 1300" % n_ident)
    if by_region["US"] < 800:
        errs.append("US identifiers %d < 800" % by_region["US"])
    if hand_share < 0.40:
        errs.append("hand share %.1f%% < 40%%" % (100 * hand_share))
    for ty in TYPES:
        if by_type[ty] < 25:
            errs.append("type %s only %d" % (ty, by_type[ty]))
        for st in ("lower_case", "all_caps"):
            if type_case[(ty, st)] == 0:
                errs.append("type %s never in %s" % (ty, st))
    with_keep = sum(1 for r in recs if r["keep"])
    print("messages: %d  identifiers: %d  keep words: %d  messages with keep: %d" %
          (n, n_ident, sum(len(r["keep"]) for r in recs), with_keep))
    print("source: %s  hand share: %.1f%%" % (dict(by_source), 100 * hand_share))
    print("style: %s" % dict(by_style))
    print("region: %s" % dict(by_region))
    print("type:")
    for ty in sorted(TYPES):
        print("  %-22s %4d   lower_case %4d  all_caps %4d" % (ty, by_type[ty], type_case[(ty, "lower_case")],
                                                            type_case[(ty, "all_caps")]))
    reg_type = Counter()
    for r in recs:
        for it in r["identifiers"]:
            reg_type[(it["type"], it["region"])] += 1
    print("type x region:", {"%s/%s" % k: v for k, v in sorted(reg_type.items())})
    print("IBANs checked: %d (bad %d)" % (ibans, bad_iban))
    if errs:
        print("\n%d ERRORS" % len(errs))
        for e in errs[:80]:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
