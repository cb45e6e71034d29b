"""Validate handwritten_dev57.jsonl against the spec's format and the brief's counts."""
import json, sys, collections

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def isword(ch):
    return ch.isalnum() or ch == "_"


def check_message(m):
    """Return a list of error strings for one message dict."""
    errs = []
    if set(m) != KEYS:
        errs.append("keys %s" % sorted(m))
        return errs
    if not isinstance(m["text"], str) or not m["text"].strip():
        errs.append("empty text")
        return errs
    if m["source"] not in ("hand", "template"):
        errs.append("bad source")
    if not isinstance(m["style"], str) or not m["style"] or not all(c.islower() or c == "_" for c in m["style"]):
        errs.append("bad style %r" % m["style"])
    text = m["text"]
    spans = []
    seen = set()
    for ent in m["identifiers"]:
        if set(ent) != {"text", "type", "region"}:
            errs.append("identifier keys %s" % sorted(ent))
            continue
        if ent["type"] not in TYPES:
            errs.append("bad type %r" % ent["type"])
        if ent["region"] not in REGIONS:
            errs.append("bad region %r" % ent["region"])
        if ent["text"] in seen:
            errs.append("duplicate identifier %r" % ent["text"])
        seen.add(ent["text"])
        occ = occurrences(text, ent["text"])
        if not ent["text"] or not occ:
            errs.append("identifier not a substring: %r" % ent["text"])
        if ent["text"] != ent["text"].strip():
            errs.append("identifier has outer whitespace: %r" % ent["text"])
        spans.extend((a, b, ent["text"]) for a, b in occ)
    # word boundaries: every occurrence must start and end on a word boundary, unless that
    # occurrence lies wholly inside an occurrence of another (longer) identifier.
    for a, b, t in spans:
        inside = any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _ in spans)
        if inside:
            continue
        if isword(t[0]) and a > 0 and isword(text[a - 1]):
            errs.append("identifier %r not on a word boundary (start) at %d" % (t, a))
        if isword(t[-1]) and b < len(text) and isword(text[b]):
            errs.append("identifier %r not on a word boundary (end) at %d" % (t, a))
    for k in m["keep"]:
        if not isinstance(k, str) or not k:
            errs.append("bad keep %r" % k)
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append("keep not a substring: %r" % k)
        for a, b in occ:
            for a2, b2, t in spans:
                if a < b2 and a2 < b:
                    errs.append("keep %r overlaps identifier %r" % (k, t))
    return errs


def main(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    msgs, bad = [], 0
    for n, line in enumerate(lines, 1):
        try:
            m = json.loads(line)
        except json.JSONDecodeError as e:
            print("line %d: invalid JSON: %s" % (n, e)); bad += 1; continue
        errs = check_message(m)
        for e in errs:
            print("%s: %s" % (m.get("id", "line %d" % n), e))
        bad += bool(errs)
        msgs.append(m)
    ids = [m.get("id") for m in msgs]
    exp = ["hd57-%03d" % i for i in range(len(msgs))]
    if ids != exp:
        print("ids are not hd57-000.. in order"); bad += 1
    by_type = collections.Counter(e["type"] for m in msgs for e in m["identifiers"])
    by_region = collections.Counter(e["region"] for m in msgs for e in m["identifiers"])
    by_tr = collections.Counter((e["type"], e["region"]) for m in msgs for e in m["identifiers"])
    by_style = collections.Counter(m["style"] for m in msgs)
    by_src = collections.Counter(m["source"] for m in msgs)
    n_ids = sum(by_type.values())
    checks = [
        ("messages between 400 and 450", 400 <= len(msgs) <= 450, len(msgs)),
        ("identifiers >= 1300", n_ids >= 1300, n_ids),
        ("region US >= 800", by_region["US"] >= 800, by_region["US"]),
        ("every type >= 25", all(by_type[t] >= 25 for t in TYPES), min(by_type[t] for t in TYPES)),
        ("hand share >= 45%", by_src["hand"] >= 0.45 * len(msgs), "%.1f%%" % (100.0 * by_src["hand"] / max(1, len(msgs)))),
        ("keep list on most messages", sum(1 for m in msgs if m["keep"]) > 0.5 * len(msgs), sum(1 for m in msgs if m["keep"])),
    ]
    print("messages: %d  identifiers: %d  messages with errors: %d" % (len(msgs), n_ids, bad))
    print("source:", dict(by_src))
    print("region:", dict(by_region))
    print("\n%-24s %5s %5s %6s" % ("type", "US", "INTL", "total"))
    for t in sorted(TYPES):
        print("%-24s %5d %5d %6d" % (t, by_tr[(t, "US")], by_tr[(t, "INTL")], by_type[t]))
    print("\n%-18s %5s %5s %5s" % ("style", "hand", "tmpl", "all"))
    src_style = collections.Counter((m["style"], m["source"]) for m in msgs)
    for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
        print("%-18s %5d %5d %5d" % (s, src_style[(s, "hand")], src_style[(s, "template")], c))
    print()
    ok = bad == 0
    for name, passed, val in checks:
        print("%-30s %-5s (%s)" % (name, "OK" if passed else "FAIL", val))
        ok = ok and passed
    print("\nRESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev57.jsonl"))
