"""Checks for handwritten_dev81.jsonl. Run: python validate.py [--hand] > validate_output.txt
--hand validates only the parsed hand_*.txt messages (used while writing)."""
import json
import re
import sys
from collections import Counter
from ibanlib import iban_check_ok

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
PATH = f"{HERE}/handwritten_dev81.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
IBAN_RE = re.compile(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{11,}$")

errors, warnings = [], []


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def word_char(c):
    return c.isalnum() or c == "_"


def check_msg(m, where):
    text = m["text"]
    spans = []
    if not m["identifiers"]:
        warnings.append(f"{where}: no identifiers")
    for ent in m["identifiers"]:
        if set(ent) != {"text", "type", "region"}:
            errors.append(f"{where}: identifier keys {sorted(ent)}")
            continue
        t = ent["text"]
        if ent["type"] not in TYPES:
            errors.append(f"{where}: bad type {ent['type']}")
        if ent["region"] not in REGIONS:
            errors.append(f"{where}: bad region {ent['region']}")
        if t != t.strip() or not t:
            errors.append(f"{where}: identifier with outer whitespace {t!r}")
        occ = occurrences(text, t)
        if not occ:
            errors.append(f"{where}: identifier not in text {t!r}")
        for s, e in occ:
            if s > 0 and word_char(text[s - 1]) and word_char(t[0]):
                errors.append(f"{where}: {t!r} at {s} glued to preceding {text[max(0, s-8):s]!r}")
            if e < len(text) and word_char(text[e]) and word_char(t[-1]):
                errors.append(f"{where}: {t!r} at {s} glued to following {text[e:e+8]!r}")
        spans.extend(occ)
        # same word in another case (e.g. Hill / hill) left unlabelled
        if ent["type"] == "PERSON":
            for mm in re.finditer(re.escape(t), text, flags=re.I):
                if text[mm.start():mm.end()] != t:
                    s, e = mm.start(), mm.end()
                    glued = (s > 0 and word_char(text[s - 1])) or (e < len(text) and word_char(text[e]))
                    if not glued and not any(a <= s and e <= b for a, b in
                                             [o for x in m["identifiers"] for o in occurrences(text, x["text"])]):
                        warnings.append(f"{where}: {t!r} also appears as {text[s:e]!r} unlabelled")
        if ent["type"] == "ACCOUNT_NUMBER" and IBAN_RE.match(t) and not t.replace(" ", "").isdigit():
            if not iban_check_ok(t):
                errors.append(f"{where}: IBAN check digits wrong {t!r}")
    if not m["keep"]:
        errors.append(f"{where}: empty keep")
    for k in m["keep"]:
        occ = occurrences(text, k)
        if not occ:
            errors.append(f"{where}: keep not in text {k!r}")
        for s, e in occ:
            for a, b in spans:
                if s < b and a < e:
                    errors.append(f"{where}: keep {k!r} overlaps identifier at {a}-{b} {text[a:b]!r}")
    # a part of a labelled name that also appears unlabelled elsewhere (e.g. "Precious" after "Precious Mahlangu")
    for ent in m["identifiers"]:
        if ent["type"] != "PERSON":
            continue
        for tok in re.findall(r"\w{3,}", ent["text"]):
            if tok.lower() in {"mrs", "miss", "the", "van", "von", "der", "del", "dos", "das"}:
                continue
            for mm in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text):
                if not any(a <= mm.start() and mm.end() <= b for a, b in spans):
                    warnings.append(f"{where}: name part {tok!r} unlabelled at {mm.start()}")
    # long digit runs outside any identifier or keep (possible missed label)
    covered = spans + [o for k in m["keep"] for o in occurrences(text, k)]
    for mm in re.finditer(r"\d[\d\- ]{6,}\d", text):
        if not any(a <= mm.start() and mm.end() <= b for a, b in covered):
            warnings.append(f"{where}: unlabelled digit run {mm.group()!r}")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", m["style"]):
        errors.append(f"{where}: bad style {m['style']!r}")


def summarize(msgs):
    types, regions, tr, styles, sources = Counter(), Counter(), Counter(), Counter(), Counter()
    for m in msgs:
        styles[m["style"]] += 1
        sources[m.get("source", "hand")] += 1
        for e in m["identifiers"]:
            types[e["type"]] += 1
            regions[e["region"]] += 1
            tr[(e["type"], e["region"])] += 1
    n_id = sum(types.values())
    print(f"messages: {len(msgs)}")
    print(f"identifiers: {n_id}")
    print("by region:", dict(regions))
    print("by type (total / US / INTL):")
    for t in sorted(TYPES):
        print(f"  {t:24s} {types[t]:5d} {tr[(t, 'US')]:5d} {tr[(t, 'INTL')]:5d}")
    print("by style:", dict(sorted(styles.items(), key=lambda x: -x[1])))
    print("by source:", dict(sources))
    hand = sources["hand"]
    print(f"share by hand: {hand}/{len(msgs)} = {hand / max(1, len(msgs)):.1%}")
    ids_by_source = Counter()
    for m in msgs:
        ids_by_source[m.get("source", "hand")] += len(m["identifiers"])
    print("identifiers by source:", dict(ids_by_source))
    return types, regions, styles, sources, n_id


def main():
    if "--hand" in sys.argv:
        sys.path.insert(0, HERE)
        from parse_hand import load
        msgs = load(HERE)
        for i, m in enumerate(msgs):
            check_msg(m, f"hand#{i} {m['text'][:30]!r}")
        summarize(msgs)
    else:
        msgs = []
        with open(PATH, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                try:
                    m = json.loads(line)
                except json.JSONDecodeError as ex:
                    errors.append(f"line {n}: invalid JSON {ex}")
                    continue
                if set(m) != KEYS:
                    errors.append(f"line {n}: keys {sorted(m)}")
                    continue
                if m["id"] != f"hd81-{n:03d}":
                    errors.append(f"line {n}: id {m['id']} out of sequence")
                if m["source"] not in ("hand", "template"):
                    errors.append(f"line {n}: source {m['source']}")
                check_msg(m, m["id"])
                msgs.append(m)
        types, regions, styles, sources, n_id = summarize(msgs)
        checks = [
            ("400 <= messages <= 460", 400 <= len(msgs) <= 460),
            ("identifiers >= 1400", n_id >= 1400),
            ("US identifiers >= 850", regions["US"] >= 850),
            ("every type >= 35", all(types[t] >= 35 for t in TYPES)),
            ("ACCOUNT_NUMBER >= 50", types["ACCOUNT_NUMBER"] >= 50),
            ("hand share >= 50%", sources["hand"] * 2 >= len(msgs)),
            ("every message has keep words", all(m["keep"] for m in msgs)),
        ]
        for name, ok in checks:
            print(f"[{'PASS' if ok else 'FAIL'}] {name}")
            if not ok:
                errors.append(f"count check failed: {name}")
    print(f"warnings: {len(warnings)}")
    for w in warnings:
        print("  WARN", w)
    print(f"errors: {len(errors)}")
    for e in errors:
        print("  ERR", e)
    print("RESULT:", "OK" if not errors else "FAILED")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
