"""Validate handwritten_dev53.jsonl against the brief and the spec's format. Prints a report; exit 1 on any error.

Checks: valid JSON and keys; ids; styles; types/regions; every identifier and keep text is an exact substring;
every identifier occurrence sits on word boundaries; no keep occurrence overlaps an identifier occurrence;
IBAN-shaped account numbers pass mod 97; the counts asked for in the brief.
"""
import collections
import json
import re
import sys

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
IBAN_RE = re.compile(r"^[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{1,4}){3,9}$")


def is_word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def on_boundary(text, a, b):
    sub = text[a:b]
    left_ok = not is_word(sub[0]) or a == 0 or not is_word(text[a - 1])
    right_ok = not is_word(sub[-1]) or b == len(text) or not is_word(text[b])
    return left_ok and right_ok


def iban_ok(s):
    s = s.replace(" ", "").upper()
    try:
        num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    except ValueError:
        return False
    return int(num) % 97 == 1


def check_record(rec):
    """Return a list of error strings for one record (format-level and text-level checks)."""
    errs = []
    if not isinstance(rec, dict):
        return ["not an object"]
    if set(rec) != KEYS:
        errs.append(f"keys {sorted(rec)}")
        return errs
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        errs.append("empty text")
        return errs
    if not re.fullmatch(r"[a-z]+(?:_[a-z]+)*", str(rec["style"])):
        errs.append(f"bad style {rec['style']!r}")
    if rec["source"] not in ("hand", "template"):
        errs.append(f"bad source {rec['source']!r}")
    if not isinstance(rec["identifiers"], list) or not isinstance(rec["keep"], list):
        errs.append("identifiers/keep not lists")
        return errs
    id_spans = []
    seen = set()
    for ent in rec["identifiers"]:
        if not isinstance(ent, dict) or set(ent) != {"text", "type", "region"}:
            errs.append(f"bad identifier {ent!r}")
            continue
        t = ent["text"]
        if ent["type"] not in TYPES:
            errs.append(f"bad type {ent['type']!r}")
        if ent["region"] not in REGIONS:
            errs.append(f"bad region {ent['region']!r}")
        if (t, ent["type"]) in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add((t, ent["type"]))
        if not isinstance(t, str) or not t or t != t.strip():
            errs.append(f"identifier text empty or padded {t!r}")
            continue
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not in text {t!r}")
        for a, b in occ:
            if not on_boundary(text, a, b):
                errs.append(f"identifier {t!r} at {a} not on a word boundary")
        id_spans.extend(occ)
        if ent["type"] == "ACCOUNT_NUMBER" and IBAN_RE.match(t) and re.match(r"^[A-Za-z]{2}\d{2}", t) and len(t.replace(" ", "")) >= 15:
            if not iban_ok(t):
                errs.append(f"IBAN checksum fails {t!r}")
    for k in rec["keep"]:
        if not isinstance(k, str) or not k:
            errs.append(f"bad keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not in text {k!r}")
        for a, b in occ:
            for c, d in id_spans:
                if a < d and c < b:
                    errs.append(f"keep {k!r} at {a} overlaps identifier at {c}-{d}")
                    break
    if len(set(rec["keep"])) != len(rec["keep"]):
        errs.append("duplicate keep")
    return errs


def main(path):
    errors, recs = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON {e}")
                continue
            for e in check_record(rec):
                errors.append(f"line {n} ({rec.get('id') if isinstance(rec, dict) else '?'}): {e}")
            recs.append(rec)
    ids = [r.get("id") for r in recs]
    expect = [f"hd53-{i:03d}" for i in range(len(recs))]
    if ids != expect:
        errors.append("ids are not hd53-000.. in order")
    n_msg = len(recs)
    ents = [e for r in recs for e in r.get("identifiers", [])]
    by_type = collections.Counter(e["type"] for e in ents)
    by_tr = collections.Counter((e["type"], e["region"]) for e in ents)
    by_region = collections.Counter(e["region"] for e in ents)
    by_style = collections.Counter(r["style"] for r in recs)
    by_style_src = collections.Counter((r["style"], r["source"]) for r in recs)
    hand = sum(1 for r in recs if r["source"] == "hand")
    with_keep = sum(1 for r in recs if r["keep"])
    out = []
    out.append(f"file: {path}")
    out.append(f"messages: {n_msg}  (hand {hand} = {hand / n_msg:.1%}, template {n_msg - hand})")
    out.append(f"identifiers: {len(ents)}  US {by_region['US']}  INTL {by_region['INTL']}")
    out.append(f"messages with keep words: {with_keep}; keep entries: {sum(len(r['keep']) for r in recs)}")
    out.append("")
    out.append(f"{'type':24s} {'US':>5s} {'INTL':>5s} {'total':>6s}")
    for t in sorted(TYPES):
        out.append(f"{t:24s} {by_tr[(t, 'US')]:5d} {by_tr[(t, 'INTL')]:5d} {by_type[t]:6d}")
    out.append("")
    out.append(f"{'style':16s} {'hand':>5s} {'tmpl':>5s} {'total':>6s}")
    for s in sorted(by_style):
        out.append(f"{s:16s} {by_style_src[(s, 'hand')]:5d} {by_style_src[(s, 'template')]:5d} {by_style[s]:6d}")
    out.append("")
    # brief's counts
    req = [("400-450 messages", 400 <= n_msg <= 450), ("at least 1,300 identifiers", len(ents) >= 1300),
           ("at least 800 US identifiers", by_region["US"] >= 800), ("every type at least 25", all(by_type[t] >= 25 for t in TYPES)),
           ("at least 45% by hand", hand / n_msg >= 0.45)]
    for name, ok in req:
        out.append(f"[{'ok' if ok else 'FAIL'}] {name}")
        if not ok:
            errors.append(f"count requirement failed: {name}")
    out.append("")
    out.append(f"errors: {len(errors)}")
    out.extend(errors[:200])
    print("\n".join(out))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev53.jsonl"))
