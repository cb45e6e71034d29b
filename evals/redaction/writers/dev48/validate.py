"""Validate handwritten_dev48.jsonl against the spec format and the brief's counts.

Run: /work/main/.venv/bin/python validate.py > validate_output.txt
"""
import collections, json, os, re, sys
import checks

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "handwritten_dev48.jsonl")
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def main():
    errors, rows = [], []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: invalid JSON (%s)" % (n, e))
                continue
            if not isinstance(r, dict) or set(r) != KEYS:
                errors.append("line %d: keys %s" % (n, sorted(r) if isinstance(r, dict) else type(r)))
                continue
            if r["id"] != "hd48-%03d" % (n - 1):
                errors.append("line %d: id %r out of sequence" % (n, r["id"]))
            if r["source"] not in ("hand", "template"):
                errors.append("%s: bad source %r" % (r["id"], r["source"]))
            if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
                errors.append("%s: bad style %r" % (r["id"], r["style"]))
            if not isinstance(r["text"], str) or not r["text"]:
                errors.append("%s: empty text" % r["id"])
            if not isinstance(r["identifiers"], list) or not isinstance(r["keep"], list):
                errors.append("%s: identifiers/keep not lists" % r["id"])
                continue
            for ent in r["identifiers"]:
                if not isinstance(ent, dict) or set(ent) != {"text", "type", "region"}:
                    errors.append("%s: identifier keys %r" % (r["id"], ent))
            if any(not isinstance(k, str) for k in r["keep"]):
                errors.append("%s: keep entries must be strings" % r["id"])
            for p in checks.problems(r):
                errors.append("%s: %s" % (r["id"], p))
            texts = [e["text"] for e in r["identifiers"]]
            dup = [t for t, c in collections.Counter(zip(texts, [e["type"] for e in r["identifiers"]])).items() if c > 1]
            if dup:
                errors.append("%s: duplicate identifier entries %r" % (r["id"], dup))
            rows.append(r)

    ids = [e for r in rows for e in r["identifiers"]]
    by_type = collections.Counter(e["type"] for e in ids)
    by_region = collections.Counter(e["region"] for e in ids)
    by_tr = collections.Counter((e["type"], e["region"]) for e in ids)
    by_style = collections.Counter(r["style"] for r in rows)
    by_style_src = collections.Counter((r["style"], r["source"]) for r in rows)
    by_src = collections.Counter(r["source"] for r in rows)
    ids_src = collections.Counter(r["source"] for r in rows for _ in r["identifiers"])
    with_keep = sum(1 for r in rows if r["keep"])
    acct_kinds = collections.Counter()
    for e in ids:
        if e["type"] == "ACCOUNT_NUMBER":
            t = e["text"].replace(" ", "")
            if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]+", t) and len(t) >= 15:
                acct_kinds["IBAN"] += 1
            elif re.fullmatch(r"[\d\- ]{15,19}", e["text"]) and len(re.sub(r"\D", "", e["text"])) in (15, 16):
                acct_kinds["card"] += 1
            else:
                acct_kinds["bank/routing/other"] += 1

    # counts the brief asks for
    need = []
    if not 400 <= len(rows) <= 450:
        need.append("messages %d not in 400-450" % len(rows))
    if len(ids) < 1300:
        need.append("identifiers %d < 1300" % len(ids))
    if by_region["US"] < 800:
        need.append("US identifiers %d < 800" % by_region["US"])
    for t in sorted(checks.TYPES):
        if by_type[t] < 25:
            need.append("type %s only %d < 25" % (t, by_type[t]))
    share = by_src["hand"] / max(1, len(rows))
    if share < 0.45:
        need.append("hand share %.1f%% < 45%%" % (100 * share))

    print("file: %s" % os.path.basename(PATH))
    print("messages: %d (hand %d = %.1f%%, template %d)" % (len(rows), by_src["hand"], 100 * share, by_src["template"]))
    print("identifiers: %d (hand %d, template %d)" % (len(ids), ids_src["hand"], ids_src["template"]))
    print("regions: US %d, INTL %d" % (by_region["US"], by_region["INTL"]))
    print("messages with at least one keep word: %d of %d; keep entries: %d" % (with_keep, len(rows), sum(len(r["keep"]) for r in rows)))
    print()
    print("%-24s %6s %6s %6s" % ("type", "US", "INTL", "total"))
    for t in sorted(checks.TYPES):
        print("%-24s %6d %6d %6d" % (t, by_tr[(t, "US")], by_tr[(t, "INTL")], by_type[t]))
    print("%-24s %6d %6d %6d" % ("ALL", by_region["US"], by_region["INTL"], len(ids)))
    print()
    print("ACCOUNT_NUMBER by kind (rough, by shape): %s" % dict(acct_kinds))
    print()
    print("%-18s %6s %6s %6s" % ("style", "hand", "tmpl", "total"))
    for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
        print("%-18s %6d %6d %6d" % (s, by_style_src[(s, "hand")], by_style_src[(s, "template")], c))
    print()
    print("format/label errors: %d" % len(errors))
    for e in errors[:200]:
        print("  " + e)
    print("count requirements: %s" % ("all met" if not need else "NOT MET"))
    for n in need:
        print("  " + n)
    return 1 if errors or need else 0


if __name__ == "__main__":
    sys.exit(main())
