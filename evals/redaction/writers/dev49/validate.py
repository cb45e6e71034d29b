"""Validate handwritten_dev49.jsonl against the frozen spec format and the dev49 brief's counts."""
import json, re, sys, collections, os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev49.jsonl")
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}


def wordch(c):
    # Han, kana and Thai are written without spaces: no word boundaries there
    o = ord(c)
    if 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x0E00 <= o <= 0x0E7F:
        return False
    return c.isalnum() or c == "_"


def occ(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return None
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for k, x in enumerate(reversed(d)):
        if k % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def main():
    errors, recs = [], []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON {e}")
                continue
            recs.append(r)
    ids_seen = set()
    by_type, by_region, by_tr, by_style, by_source = (collections.Counter() for _ in range(5))
    n_ident, no_keep, iban_bad, iban_n, card_n, card_luhn = 0, 0, 0, 0, 0, 0
    for k, r in enumerate(recs):
        rid = r.get("id", f"#{k}")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(r)}")
            continue
        if r["id"] != f"hd49-{k:03d}" or r["id"] in ids_seen:
            errors.append(f"{rid}: id out of sequence or duplicated")
        ids_seen.add(r["id"])
        if r["source"] not in ("hand", "template"):
            errors.append(f"{rid}: bad source {r['source']!r}")
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            errors.append(f"{rid}: style not snake_case {r['style']!r}")
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{rid}: empty text")
            continue
        if not isinstance(r["identifiers"], list) or not r["identifiers"]:
            errors.append(f"{rid}: no identifiers")
        if not isinstance(r["keep"], list):
            errors.append(f"{rid}: keep not a list")
            continue
        by_style[r["style"]] += 1
        by_source[r["source"]] += 1
        if not r["keep"]:
            no_keep += 1
        spans, texts = [], set()
        for idf in r["identifiers"]:
            if set(idf) != {"text", "type", "region"}:
                errors.append(f"{rid}: identifier keys {sorted(idf)}")
                continue
            t = idf["text"]
            if idf["type"] not in TYPES:
                errors.append(f"{rid}: bad type {idf['type']!r}")
            if idf["region"] not in REGIONS:
                errors.append(f"{rid}: bad region {idf['region']!r}")
            if not t or t != t.strip():
                errors.append(f"{rid}: empty or padded identifier {t!r}")
            if t in texts:
                errors.append(f"{rid}: duplicate identifier {t!r}")
            texts.add(t)
            o = occ(text, t)
            if not o:
                errors.append(f"{rid}: identifier not a substring: {t!r}")
            for a, b in o:
                if (a > 0 and wordch(text[a - 1]) and wordch(text[a])) or (b < len(text) and wordch(text[b]) and wordch(text[b - 1])):
                    errors.append(f"{rid}: occurrence of {t!r} at {a} not on a word boundary")
            spans.extend(o)
            n_ident += 1
            by_type[idf["type"]] += 1
            by_region[idf["region"]] += 1
            by_tr[(idf["type"], idf["region"])] += 1
            if idf["type"] == "ACCOUNT_NUMBER":
                ok = iban_ok(t)
                if ok is not None:
                    iban_n += 1
                    iban_bad += (not ok)
                elif re.fullmatch(r"[\d -]{13,23}", t) and 13 <= sum(c.isdigit() for c in t) <= 19 and not re.fullmatch(r"\d{8,12}", t):
                    card_n += 1
                    card_luhn += luhn_ok(t)
        for kw in r["keep"]:
            if not isinstance(kw, str) or not kw:
                errors.append(f"{rid}: bad keep {kw!r}")
                continue
            ko = occ(text, kw)
            if not ko:
                errors.append(f"{rid}: keep not a substring: {kw!r}")
            for a, b in ko:
                for x, y in spans:
                    if a < y and x < b:
                        errors.append(f"{rid}: keep {kw!r} overlaps identifier text at {x}-{y}")
    n = len(recs)
    checks = [
        ("messages 400-450", 400 <= n <= 450, n),
        ("identifiers >= 1300", n_ident >= 1300, n_ident),
        ("region US >= 800", by_region["US"] >= 800, by_region["US"]),
        ("every type >= 25", all(by_type[t] >= 25 for t in TYPES), min(by_type[t] for t in TYPES)),
        ("hand share >= 45%", by_source["hand"] >= 0.45 * n, f"{by_source['hand']}/{n} = {by_source['hand'] / max(n, 1):.1%}"),
        ("IBAN checksums valid", iban_bad == 0, f"{iban_n - iban_bad}/{iban_n}"),
    ]
    print(f"file: {os.path.basename(PATH)}")
    print(f"messages: {n}  identifiers: {n_ident}  messages without keep words: {no_keep}")
    print(f"sources: {dict(by_source)}")
    print(f"card-like account numbers: {card_n}, Luhn-valid: {card_luhn}")
    print("\nby type and region:")
    print(f"  {'type':24s} {'US':>5s} {'INTL':>5s} {'total':>6s}")
    for t in sorted(TYPES):
        print(f"  {t:24s} {by_tr[(t, 'US')]:5d} {by_tr[(t, 'INTL')]:5d} {by_type[t]:6d}")
    print(f"  {'TOTAL':24s} {by_region['US']:5d} {by_region['INTL']:5d} {n_ident:6d}")
    print("\nby style:")
    for s, c in by_style.most_common():
        print(f"  {s:20s} {c:4d}")
    print("\nchecks:")
    for name, ok, val in checks:
        print(f"  [{'PASS' if ok else 'FAIL'}] {name}: {val}")
    print(f"\nformat/substring/boundary/overlap errors: {len(errors)}")
    for e in errors[:60]:
        print("  ", e)
    ok = not errors and all(c[1] for c in checks)
    print("\nRESULT:", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
