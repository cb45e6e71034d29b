"""Validate handwritten_dev21.jsonl against FROZEN_SPEC.md rules (as read by this helper)."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "handwritten_dev21.jsonl")
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
IBAN_CC = "|".join("DE GB FR ES IT NL PL PT BE AT CH IE TR SA AE BR SE NO DK FI GR RO".split())
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return None
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def main():
    errors, warnings = [], []
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    ids = collections.Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1:
            errors.append(f"duplicate id {k}")
    by_type, by_region, by_tr = collections.Counter(), collections.Counter(), collections.Counter()
    styles, sources = collections.Counter(), collections.Counter()
    no_clin_keep = 0
    ibans = [0, 0]; cards = [0, 0]
    for r in rows:
        rid = r.get("id")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)}")
        if not re.fullmatch(r"hd21-\d{3}", rid or ""):
            errors.append(f"{rid}: bad id format")
        if not re.fullmatch(r"[a-z][a-z_]*", r["style"]):
            errors.append(f"{rid}: bad style {r['style']!r}")
        if r["source"] not in ("hand", "template"):
            errors.append(f"{rid}: bad source")
        styles[r["style"]] += 1
        sources[r["source"]] += 1
        text = r["text"]
        id_texts = set()
        spans = []
        for it in r["identifiers"]:
            if set(it) != {"text", "type", "region"}:
                errors.append(f"{rid}: identifier keys {sorted(it)}")
            if it["type"] not in TYPES:
                errors.append(f"{rid}: bad type {it['type']}")
            if it["region"] not in REGIONS:
                errors.append(f"{rid}: bad region {it['region']}")
            if not it["text"] or it["text"] not in text:
                errors.append(f"{rid}: identifier not verbatim: {it['text']!r}")
            if it["text"] != it["text"].strip():
                warnings.append(f"{rid}: identifier has outer whitespace: {it['text']!r}")
            if it["type"] == "US_SSN" and it["region"] != "US":
                errors.append(f"{rid}: SSN not US")
            id_texts.add(it["text"])
            by_type[it["type"]] += 1
            by_region[it["region"]] += 1
            by_tr[(it["type"], it["region"])] += 1
            for m in re.finditer(re.escape(it["text"]), text):
                spans.append((m.start(), m.end()))
                # occurrences glued to other ASCII letters/digits would cut a word in half
                a, b = m.start(), m.end()
                if (a > 0 and text[a - 1].isascii() and text[a - 1].isalnum() and it["text"][0].isalnum()) or \
                   (b < len(text) and text[b].isascii() and text[b].isalnum() and it["text"][-1].isalnum()):
                    warnings.append(f"{rid}: identifier {it['text']!r} occurs inside a longer word")
            if it["type"] == "ACCOUNT_NUMBER":
                compact = it["text"].replace(" ", "")
                ok = iban_ok(compact) if re.fullmatch(r"(?i)(%s)\d{2}[a-z0-9]{10,30}" % IBAN_CC, compact) else None
                if ok is not None:
                    ibans[0 if ok else 1] += 1
                d = re.sub(r"\D", "", it["text"])
                if ok is None and 13 <= len(d) <= 19:
                    cards[0 if luhn_ok(d) else 1] += 1
        if not r["keep"]:
            no_clin_keep += 1
        for k in r["keep"]:
            if not k or k not in text:
                errors.append(f"{rid}: keep not verbatim: {k!r}")
            if k in id_texts:
                errors.append(f"{rid}: keep {k!r} is also an identifier")
            for m in re.finditer(re.escape(k), text):
                if any(m.start() < b and a < m.end() for a, b in spans):
                    errors.append(f"{rid}: keep {k!r} overlaps an identifier occurrence")
    n = len(rows)
    total = sum(by_type.values())
    hand_share = sources["hand"] / n if n else 0
    out = []
    out.append(f"messages: {n}")
    out.append(f"identifiers: {total}")
    out.append(f"by region: {dict(sorted(by_region.items()))}")
    out.append("by type (US / INTL / total):")
    for t in sorted(TYPES):
        out.append(f"  {t:24s} {by_tr[(t,'US')]:5d} {by_tr[(t,'INTL')]:5d} {by_type[t]:5d}")
    out.append(f"sources: {dict(sources)}  hand share: {hand_share:.1%}")
    out.append("styles: " + ", ".join(f"{k}={v}" for k, v in sorted(styles.items())))
    out.append(f"messages with empty keep: {no_clin_keep}")
    out.append(f"IBANs valid/invalid checksum: {ibans[0]}/{ibans[1]}; card-length numbers Luhn valid/invalid: {cards[0]}/{cards[1]}")
    # thresholds from the brief and the spec
    checks = [
        (n >= 400, "at least 400 messages"),
        (total >= 1500, "at least 1,500 identifiers"),
        (by_region["US"] >= 1000, "at least 1,000 US identifiers (brief)"),
        (by_region["INTL"] >= 450, "at least 450 INTL identifiers (spec)"),
        (hand_share >= 0.40, "at least 40% hand-written (brief)"),
        (all(by_type[t] >= 40 for t in TYPES), "every type at least 40"),
        (by_type["ACCOUNT_NUMBER"] >= 60, "ACCOUNT_NUMBER at least 60"),
        (all(v >= 20 for v in styles.values()), "every style at least 20"),
    ]
    for ok, what in checks:
        out.append(f"[{'ok' if ok else 'FAIL'}] {what}")
        if not ok:
            errors.append("threshold: " + what)
    out.append(f"errors: {len(errors)}  warnings: {len(warnings)}")
    out += ["ERROR " + e for e in errors] + ["WARN " + w for w in warnings]
    print("\n".join(out))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
