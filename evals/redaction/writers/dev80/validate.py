"""Checks for handwritten_dev80.jsonl.
Run: python validate.py [file] > validate_output.txt   (exit code 1 if any error)
check_row() is also used by templates.py to reject a generated message that breaks a rule."""
import json, re, sys, collections

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PL": 28, "PT": 25,
            "TR": 26, "CH": 21, "AT": 20, "IE": 22, "BE": 16, "LU": 20, "DK": 18, "SE": 24,
            "NO": 15, "FI": 18, "SA": 24, "BR": 29, "GR": 27, "CZ": 24, "HU": 28, "RO": 24}
# keep words that are not clinical (relations, months, weekdays, organisations, contractions ...)
NONCLINICAL = set(w.lower() for w in """mom mom's dad dad's mum grandma grandpa grandma's grandpa's aunt uncle
abuela abuelo mamá papá oma opa tía tío nana papa pops grandpaw sister brother wife husband son daughter
mother father nurse dr. doctor auntie baba halmeoni mamie nonna lola lolo mama granny grandad opa
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday thanksgiving christmas
medicare medicaid walgreens cvs rite aid walmart kaiser humana tricare va aetna cigna kroger publix hy-vee
i'm we'll she'd don't can't he's she's it's i'll we're they're won't didn't urgent
""".split())
NONCLINICAL |= {"my mother", "my sister", "rite aid", "room 212", "room 12", "caregiver support group",
                "memory café", "h-e-b", "blue cross", "poison control"}


def is_word(c):
    return c.isalnum() or c == "_"


def occurrences(text, sub, ci=False):
    """All (start, end) of sub in text, overlapping ones too; ci = ignore case
    (done with a regex so offsets stay right where lower() changes lengths, e.g. Turkish I)."""
    flags = re.I if ci else 0
    return [(m.start(1), m.end(1)) for m in re.finditer("(?=(%s))" % re.escape(sub), text, flags)]


def boundary_ok(text, s, e):
    sub = text[s:e]
    if is_word(sub[0]) and s > 0 and is_word(text[s - 1]):
        return False
    if is_word(sub[-1]) and e < len(text) and is_word(text[e]):
        return False
    if sub[0].isdigit() and s >= 2 and text[s - 1] in "-./," and text[s - 2].isdigit():
        return False
    if sub[-1].isdigit() and e + 1 < len(text) and text[e] in "-./" and text[e + 1].isdigit():
        return False
    return True


def iban_ok(raw):
    """None if raw does not look like an IBAN, else True/False for length + mod-97 check."""
    s = re.sub(r"[\s-]", "", raw).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return None
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def check_row(r):
    """Content checks for one message. Returns (errors, warnings)."""
    errs, warns = [], []
    text = r["text"]
    if not isinstance(text, str) or not text.strip():
        return ["empty text"], warns
    ids = r["identifiers"]
    if not ids:
        warns.append("no identifiers")
    if not r["keep"]:
        errs.append("no keep words")
    seen, spans = {}, []  # spans: (start, end, type, text)
    for it in ids:
        if set(it) != {"text", "type", "region"}:
            errs.append("identifier keys %s" % sorted(it))
            continue
        if it["type"] not in TYPES:
            errs.append("bad type %s" % it["type"])
        if it["region"] not in ("US", "INTL"):
            errs.append("bad region %s" % it["region"])
        t = it["text"]
        if not t or t != t.strip():
            errs.append("identifier empty or padded %r" % t)
            continue
        if t in seen:
            errs.append("duplicate identifier text %r" % t)
        seen[t] = it["type"]
        occ = occurrences(text, t)
        if not occ:
            errs.append("identifier not in text: %r" % t)
        for s, e in occ:
            if not boundary_ok(text, s, e):
                errs.append("identifier %r occurs inside a longer word/number: ...%s..."
                            % (t, text[max(0, s - 8):e + 8]))
            spans.append((s, e, it["type"], t))
        if it["type"] == "ACCOUNT_NUMBER" and iban_ok(t) is False:
            errs.append("IBAN check digits/length fail: %r" % t)
    covered = [False] * len(text)
    for s, e, _, _ in spans:
        for k in range(s, e):
            covered[k] = True
    # every occurrence in any letter case must be labelled too (a redactor may ignore case)
    for t in seen:
        for s, e in occurrences(text, t, ci=True):
            if not all(covered[s:e]):
                if boundary_ok(text, s, e):
                    errs.append("other-case occurrence of %r not labelled: ...%s..."
                                % (t, text[max(0, s - 8):e + 8]))
                else:
                    warns.append("%r occurs (other case) inside a longer word: ...%s..."
                                 % (t, text[max(0, s - 6):e + 6]))
    # identifier spans: no partial overlap, no nesting across types
    for a in spans:
        for b in spans:
            if a is b or a[3] == b[3] or not (a[0] < b[1] and b[0] < a[1]):
                continue
            a_in_b = b[0] <= a[0] and a[1] <= b[1]
            b_in_a = a[0] <= b[0] and b[1] <= a[1]
            if not a_in_b and not b_in_a:
                errs.append("identifiers overlap partially: %r / %r" % (a[3], b[3]))
            elif a_in_b and a[2] != b[2]:
                errs.append("%s %r nested inside %s %r" % (a[2], a[3], b[2], b[3]))
            elif a_in_b:
                warns.append("same-type nesting %r in %r" % (a[3], b[3]))
    for k in r["keep"]:
        if not k or k != k.strip():
            errs.append("keep empty or padded %r" % k)
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append("keep not in text: %r" % k)
        for s, e in occ:
            if any(covered[s:e]):
                errs.append("keep %r overlaps an identifier" % k)
                break
        if k in seen:
            errs.append("keep equals identifier %r" % k)
    return errs, warns


def main(path):
    errors, warns = [], []
    rows = []
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines):
        try:
            r = json.loads(line)
        except Exception as ex:
            errors.append("line %d: bad JSON %s" % (n, ex))
            continue
        rows.append(r)
        rid = r.get("id")
        if set(r) != KEYS:
            errors.append("%s: key set %s" % (rid, sorted(r)))
            continue
        if rid != "hd80-%03d" % n:
            errors.append("%s: id out of sequence, expected hd80-%03d" % (rid, n))
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", str(r["style"])):
            errors.append("%s: bad style" % rid)
        if r["source"] not in ("hand", "template"):
            errors.append("%s: bad source" % rid)
        e, w = check_row(r)
        errors += ["%s: %s" % (rid, x) for x in e]
        warns += ["%s: %s" % (rid, x) for x in w]
    cnt = collections.Counter(r["text"] for r in rows)
    for t, c in cnt.items():
        if c > 1:
            errors.append("duplicate message text x%d: %r" % (c, t[:60]))

    by_type = collections.Counter(); by_region = collections.Counter()
    by_tr = collections.Counter(); by_style = collections.Counter(); by_source = collections.Counter()
    ids_by_source = collections.Counter(); reg_by_source = collections.Counter(); clinical = 0
    acct_kind = collections.Counter(); style_by_source = collections.Counter()
    for r in rows:
        by_style[r["style"]] += 1; by_source[r["source"]] += 1
        style_by_source[(r["style"], r["source"])] += 1
        if any(k.lower() not in NONCLINICAL for k in r["keep"]):
            clinical += 1
        for it in r["identifiers"]:
            by_type[it["type"]] += 1; by_region[it["region"]] += 1
            by_tr[(it["type"], it["region"])] += 1
            ids_by_source[r["source"]] += 1
            reg_by_source[(it["region"], r["source"])] += 1
            if it["type"] == "ACCOUNT_NUMBER":
                t = it["text"]
                kind = "iban" if iban_ok(t) else ("routing/bank" if re.fullmatch(r"\d{8,12}", t.replace(" ", "")) and len(re.sub(r"\D", "", t)) != 16 else "card/other")
                acct_kind[kind] += 1
    n = len(rows); total = sum(by_type.values())
    print("file:", path)
    print("messages:", n, " identifiers:", total)
    print("by source (messages):", dict(by_source), " hand share: %.1f%%" % (100.0 * by_source["hand"] / max(n, 1)))
    print("by source (identifiers):", dict(ids_by_source))
    print("by region:", dict(by_region), " by region and source:", {"%s/%s" % k: v for k, v in sorted(reg_by_source.items())})
    print("by type:")
    for t in sorted(TYPES):
        print("  %-22s %4d   US %4d  INTL %4d" % (t, by_type[t], by_tr[(t, "US")], by_tr[(t, "INTL")]))
    print("account numbers (rough kind):", dict(acct_kind))
    print("by style (total / hand / template):")
    for s, c in by_style.most_common():
        print("  %-18s %4d %4d %4d" % (s, c, style_by_source[(s, "hand")], style_by_source[(s, "template")]))
    print("messages with at least one clinical keep word: %d (%.1f%%)" % (clinical, 100.0 * clinical / max(n, 1)))
    print("keep words total:", sum(len(r["keep"]) for r in rows))
    req = [("messages 400..460", 400 <= n <= 460), ("identifiers >= 1400", total >= 1400),
           ("US >= 850", by_region["US"] >= 850), ("hand share >= 50%", by_source["hand"] * 2 >= n),
           ("ACCOUNT_NUMBER >= 50", by_type["ACCOUNT_NUMBER"] >= 50),
           ("every message has keep words", all(r["keep"] for r in rows)),
           ("clinical keep word in most messages", clinical * 2 > n)]
    req += [("%s >= 35" % t, by_type[t] >= 35) for t in sorted(TYPES)]
    print("requirements:")
    for name, ok in req:
        print("  [%s] %s" % ("ok" if ok else "FAIL", name))
        if not ok:
            errors.append("requirement failed: " + name)
    print("warnings: %d (same-type nesting = a city named alone and again inside a full address; allowed)" % len(warns))
    for w in warns:
        print("  " + w)
    print("errors: %d" % len(errors))
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev80.jsonl"))
