"""Validate handwritten_dev47.jsonl (independent of build.py) and write validate_output.txt.

Checks: valid JSON and keys; ids; every identifier and keep text is an exact substring; every
occurrence of an identifier text sits on word boundaries (scripts written without spaces, i.e.
CJK / kana / hangul, are exempt at a CJK edge); no keep occurrence overlaps an identifier
occurrence; valid types/regions/sources/styles; the required counts.
Also reports (informational) IBAN checksums, card Luhn results and count tables.
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "handwritten_dev47.jsonl"
OUTF = HERE / "validate_output.txt"

TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
MIN_MSG, MAX_MSG, MIN_IDS, MIN_US, MIN_PER_TYPE, MIN_HAND_SHARE = 400, 450, 1300, 800, 25, 0.45

lines_out = []


def out(s=""):
    lines_out.append(s)
    print(s)


def cjk(ch):
    try:
        n = unicodedata.name(ch)
    except ValueError:
        return False
    return n.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


def wordch(ch):
    return ch.isalnum() or ch == "_"


def find_all(text, sub):
    res, i = [], text.find(sub)
    while i >= 0:
        res.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return res


def on_boundary(text, s, e):
    left_bad = s > 0 and wordch(text[s - 1]) and wordch(text[s]) and not (cjk(text[s - 1]) or cjk(text[s]))
    right_bad = e < len(text) and wordch(text[e]) and wordch(text[e - 1]) and not (cjk(text[e]) or cjk(text[e - 1]))
    return not (left_bad or right_bad)


def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def luhn_ok(v):
    d = re.sub(r"[\s-]", "", v)
    if not d.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return tot % 10 == 0


def main():
    errors = []
    rows = []
    raw = DATA.read_text(encoding="utf-8").split("\n")
    if raw and raw[-1] == "":
        raw = raw[:-1]
    for n, line in enumerate(raw, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r) != KEYS:
            errors.append(f"line {n}: keys {sorted(r) if isinstance(r, dict) else type(r)} != {sorted(KEYS)}")
            continue
        rows.append((n, r))

    ids_seen = set()
    by_type, by_region, by_style, by_type_region = Counter(), Counter(), Counter(), Counter()
    by_source, ids_by_source = Counter(), Counter()
    style_type = defaultdict(Counter)
    no_keep = 0
    iban_total = iban_valid = card_total = card_valid = 0
    for k, (n, r) in enumerate(rows):
        rid = r["id"]
        if rid != f"hd47-{k:03d}":
            errors.append(f"line {n}: id {rid!r}, expected hd47-{k:03d}")
        if rid in ids_seen:
            errors.append(f"line {n}: duplicate id {rid}")
        ids_seen.add(rid)
        if r["source"] not in ("hand", "template"):
            errors.append(f"{rid}: bad source {r['source']!r}")
        if not isinstance(r["style"], str) or not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            errors.append(f"{rid}: bad style {r['style']!r}")
        t = r["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append(f"{rid}: empty text")
            continue
        if not isinstance(r["identifiers"], list) or not isinstance(r["keep"], list):
            errors.append(f"{rid}: identifiers/keep must be lists")
            continue
        spans = []
        texts = set()
        for ident in r["identifiers"]:
            if not isinstance(ident, dict) or set(ident) != {"text", "type", "region"}:
                errors.append(f"{rid}: bad identifier object {ident!r}")
                continue
            v = ident["text"]
            if ident["type"] not in TYPES:
                errors.append(f"{rid}: bad type {ident['type']!r}")
            if ident["region"] not in REGIONS:
                errors.append(f"{rid}: bad region {ident['region']!r}")
            if not isinstance(v, str) or not v or v != v.strip():
                errors.append(f"{rid}: empty or padded identifier {v!r}")
                continue
            if v in texts:
                errors.append(f"{rid}: identifier listed twice {v!r}")
            texts.add(v)
            occ = find_all(t, v)
            if not occ:
                errors.append(f"{rid}: identifier not a substring: {v!r}")
            for s, e in occ:
                if not on_boundary(t, s, e):
                    errors.append(f"{rid}: identifier occurrence not on word boundary: {v!r} at {s}")
            spans += occ
            by_type[ident["type"]] += 1
            by_region[ident["region"]] += 1
            by_type_region[(ident["type"], ident["region"])] += 1
            style_type[r["style"]][ident["type"]] += 1
            ids_by_source[r["source"]] += 1
            if ident["type"] == "ACCOUNT_NUMBER":
                compact = re.sub(r"\s", "", v)
                if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{8,30}", compact):
                    iban_total += 1
                    iban_valid += iban_ok(v)
                elif re.fullmatch(r"\d{4}[\s-]?\d{4,6}[\s-]?\d{4,5}([\s-]?\d{4})?", v) and len(re.sub(r"\D", "", v)) in (15, 16):
                    card_total += 1
                    card_valid += luhn_ok(v)
        if not r["keep"]:
            no_keep += 1
        for kw in r["keep"]:
            if not isinstance(kw, str) or not kw:
                errors.append(f"{rid}: bad keep entry {kw!r}")
                continue
            occ = find_all(t, kw)
            if not occ:
                errors.append(f"{rid}: keep not a substring: {kw!r}")
            for s, e in occ:
                for s2, e2 in spans:
                    if s < e2 and s2 < e:
                        errors.append(f"{rid}: keep {kw!r} at {s} overlaps identifier {t[s2:e2]!r}")
        by_style[r["style"]] += 1
        by_source[r["source"]] += 1

    nmsg = len(rows)
    nids = sum(by_type.values())
    hand_share = by_source["hand"] / nmsg if nmsg else 0
    if not (MIN_MSG <= nmsg <= MAX_MSG):
        errors.append(f"message count {nmsg} not in [{MIN_MSG}, {MAX_MSG}]")
    if nids < MIN_IDS:
        errors.append(f"identifier count {nids} < {MIN_IDS}")
    if by_region["US"] < MIN_US:
        errors.append(f"US identifiers {by_region['US']} < {MIN_US}")
    for ty in TYPES:
        if by_type[ty] < MIN_PER_TYPE:
            errors.append(f"type {ty}: {by_type[ty]} < {MIN_PER_TYPE}")
    if hand_share < MIN_HAND_SHARE:
        errors.append(f"hand share {hand_share:.1%} < {MIN_HAND_SHARE:.0%}")

    out(f"file: {DATA.name}")
    out(f"messages: {nmsg}  (hand {by_source['hand']}, template {by_source['template']}; hand share {hand_share:.1%})")
    out(f"identifiers: {nids}  (hand {ids_by_source['hand']}, template {ids_by_source['template']})")
    out(f"regions: US {by_region['US']}, INTL {by_region['INTL']}")
    out(f"messages without keep words: {no_keep}")
    out(f"IBAN-shaped account numbers: {iban_total}, valid mod-97 checksum: {iban_valid}")
    out(f"card-shaped account numbers: {card_total}, Luhn-valid: {card_valid}")
    out("")
    out(f"{'type':24}{'US':>6}{'INTL':>6}{'total':>7}")
    for ty in TYPES:
        out(f"{ty:24}{by_type_region[(ty, 'US')]:>6}{by_type_region[(ty, 'INTL')]:>6}{by_type[ty]:>7}")
    out(f"{'all':24}{by_region['US']:>6}{by_region['INTL']:>6}{nids:>7}")
    out("")
    out(f"{'style':16}{'msgs':>6}{'ids':>6}")
    for st, c in sorted(by_style.items(), key=lambda x: -x[1]):
        out(f"{st:16}{c:>6}{sum(style_type[st].values()):>6}")
    out("")
    if errors:
        out(f"FAILED: {len(errors)} problem(s)")
        for e in errors[:200]:
            out("  " + e)
    else:
        out("ALL CHECKS PASSED")
    OUTF.write_text("\n".join(lines_out) + "\n", encoding="utf-8")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
