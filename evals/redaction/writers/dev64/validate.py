"""Validate handwritten_dev64.jsonl against the frozen spec's format and the dev64 brief's counts."""
import json, sys, unicodedata, collections

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def _unspaced(ch):
    """Han, kana: scripts written without spaces, where a word boundary cannot be seen."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA")) or ch in "々〆ー"


def is_word(ch):
    return (ch.isalnum() or ch == "_") and not _unspaced(ch)


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def boundary_ok(text, s, e):
    if s > 0 and is_word(text[s - 1]) and is_word(text[s]):
        return False
    if e < len(text) and is_word(text[e]) and is_word(text[e - 1]):
        return False
    return True


def check_message(m):
    """Return a list of problems for one message (dict)."""
    errs = []
    text = m.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["empty or non-string text"]
    seen = {}
    id_spans = []
    for it in m.get("identifiers", []):
        if set(it) != {"text", "type", "region"}:
            errs.append("identifier keys %s" % sorted(it))
            continue
        t = it["text"]
        if it["type"] not in TYPES:
            errs.append("bad type %r" % it["type"])
        if it["region"] not in REGIONS:
            errs.append("bad region %r" % it["region"])
        if not t or t != t.strip():
            errs.append("identifier empty or has outer spaces: %r" % t)
        if t in seen and seen[t] != (it["type"], it["region"]):
            errs.append("same text, two labels: %r" % t)
        seen[t] = (it["type"], it["region"])
        occ = occurrences(text, t)
        if not occ:
            errs.append("identifier not in text: %r" % t)
        for s, e in occ:
            if not boundary_ok(text, s, e):
                errs.append("identifier not on word boundary: %r at %d" % (t, s))
        id_spans += occ
    if not isinstance(m.get("keep"), list):
        errs.append("keep is not a list")
        return errs
    for k in m["keep"]:
        if not isinstance(k, str) or not k:
            errs.append("bad keep %r" % k)
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append("keep not in text: %r" % k)
        for s, e in occ:
            for a, b in id_spans:
                if s < b and a < e:
                    errs.append("keep %r overlaps identifier text %r" % (k, text[a:b]))
    return errs


def _iban_ok(v):
    s = v.replace(" ", "").upper()
    s = s[4:] + s[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def _luhn_ok(digs):
    total = 0
    for i, ch in enumerate(reversed(digs)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def account_info(ident):
    """Information only: IBAN checksums and Luhn status of card-length numbers."""
    import re
    ibans = bad_iban = cards = luhn = 0
    for i in ident:
        if i["type"] != "ACCOUNT_NUMBER":
            continue
        v = i["text"]
        if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{10,}", v):
            ibans += 1
            bad_iban += not _iban_ok(v)
            continue
        digs = re.sub(r"[ -]", "", v)
        if digs.isdigit() and 13 <= len(digs) <= 19:
            cards += 1
            luhn += _luhn_ok(digs)
    return "account numbers: %d IBANs (%d with a bad checksum), %d card-length numbers (%d pass Luhn)" % (ibans, bad_iban, cards, luhn)


def main(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    msgs, problems = [], []
    for n, line in enumerate(lines, 1):
        try:
            m = json.loads(line)
        except Exception as ex:
            problems.append("line %d: invalid JSON (%s)" % (n, ex))
            continue
        if set(m) != KEYS:
            problems.append("line %d: keys %s" % (n, sorted(m)))
        if m.get("source") not in ("hand", "template"):
            problems.append("line %d: bad source %r" % (n, m.get("source")))
        if not isinstance(m.get("style"), str) or not m["style"].replace("_", "").isalpha() or m["style"] != m["style"].lower():
            problems.append("line %d: bad style %r" % (n, m.get("style")))
        for e in check_message(m):
            problems.append("line %d (%s): %s" % (n, m.get("id"), e))
        msgs.append(m)
    ids = [m.get("id") for m in msgs]
    expected = ["hd64-%03d" % i for i in range(len(msgs))]
    if ids != expected:
        problems.append("ids are not hd64-000.. in order")

    ident = [i for m in msgs for i in m.get("identifiers", [])]
    by_type = collections.Counter(i["type"] for i in ident)
    by_region = collections.Counter(i["region"] for i in ident)
    by_tr = collections.Counter((i["type"], i["region"]) for i in ident)
    by_style = collections.Counter(m["style"] for m in msgs)
    by_source = collections.Counter(m["source"] for m in msgs)
    hand_share = by_source["hand"] / max(1, len(msgs))

    out = []
    out.append("file: %s" % path)
    out.append("messages: %d (hand %d, template %d, hand share %.1f%%)" % (len(msgs), by_source["hand"], by_source["template"], 100 * hand_share))
    out.append("identifiers: %d (US %d, INTL %d)" % (len(ident), by_region["US"], by_region["INTL"]))
    out.append("messages with no keep word: %d" % sum(1 for m in msgs if not m["keep"]))
    out.append(account_info(ident))
    out.append("")
    out.append("%-24s %6s %6s %6s" % ("type", "US", "INTL", "total"))
    for t in sorted(TYPES):
        out.append("%-24s %6d %6d %6d" % (t, by_tr[(t, "US")], by_tr[(t, "INTL")], by_type[t]))
    out.append("")
    out.append("styles:")
    for s, c in sorted(by_style.items(), key=lambda x: (-x[1], x[0])):
        out.append("  %-16s %4d" % (s, c))
    out.append("")

    checks = [
        ("400-450 messages", 400 <= len(msgs) <= 450),
        (">= 1300 identifiers", len(ident) >= 1300),
        (">= 800 identifiers with region US", by_region["US"] >= 800),
        ("every type >= 25", all(by_type[t] >= 25 for t in TYPES)),
        (">= 45% of messages written by hand", hand_share >= 0.45),
        ("no per-message problems", not problems),
    ]
    for name, ok in checks:
        out.append("%-40s %s" % (name, "OK" if ok else "FAIL"))
    if problems:
        out.append("")
        out.append("problems (%d):" % len(problems))
        out += ["  " + p for p in problems[:200]]
    out.append("")
    out.append("RESULT: %s" % ("PASS" if all(ok for _, ok in checks) else "FAIL"))
    return "\n".join(out), all(ok for _, ok in checks)


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev64.jsonl"
    report, ok = main(path)
    print(report)
    sys.exit(0 if ok else 1)
