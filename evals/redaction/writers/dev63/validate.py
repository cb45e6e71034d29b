"""Validator for handwritten_dev63.jsonl. Usage: python validate.py [path]  (writes nothing; prints a report).
Checks: JSON and keys, exact substrings, word boundaries of every identifier occurrence, keep/identifier overlap,
types/regions/source values, id format, and the count targets of the brief."""
import json, re, sys, unicodedata
from collections import Counter

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
TARGETS = {"min_messages": 400, "max_messages": 450, "min_identifiers": 1300, "min_us": 800, "min_per_type": 25,
           "min_hand_share": 0.45}


def is_cjk(ch):
    """Scripts written without spaces between words (Han, kana, Hangul, Thai): no word boundary is needed there."""
    if not ch:
        return False
    name = unicodedata.name(ch, "")
    return any(s in name for s in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "IDEOGRAPHIC"))


def is_word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, start = [], 0
    while sub:
        i = text.find(sub, start)
        if i < 0:
            break
        out.append((i, i + len(sub)))
        start = i + 1
    return out


def boundary_ok(text, s, e):
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    first, last = text[s], text[e - 1]
    if before and is_word(before) and is_word(first) and not (is_cjk(before) or is_cjk(first)):
        return False
    if after and is_word(after) and is_word(last) and not (is_cjk(after) or is_cjk(last)):
        return False
    return True


def check_message(m):
    errs = []
    if not isinstance(m, dict):
        return ["not an object"]
    if set(m.keys()) != KEYS:
        errs.append(f"keys {sorted(m.keys())}")
        return errs
    if not re.fullmatch(r"hd63-\d{3}", str(m["id"])):
        errs.append(f"bad id {m['id']}")
    if m["source"] not in ("hand", "template"):
        errs.append("bad source")
    if not isinstance(m["style"], str) or not re.fullmatch(r"[a-z][a-z0-9_]*", m["style"]):
        errs.append(f"bad style {m['style']!r}")
    text = m["text"]
    if not isinstance(text, str) or not text.strip():
        return errs + ["empty text"]
    if not isinstance(m["identifiers"], list) or not isinstance(m["keep"], list):
        return errs + ["identifiers/keep not lists"]
    spans = []
    seen = set()
    for ident in m["identifiers"]:
        if not isinstance(ident, dict) or set(ident.keys()) != {"text", "type", "region"}:
            errs.append(f"bad identifier entry {ident}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errs.append(f"bad type {ident['type']}")
        if ident["region"] not in REGIONS:
            errs.append(f"bad region {ident['region']}")
        if (t, ident["type"]) in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add((t, ident["type"]))
        if not t or t != t.strip():
            errs.append(f"identifier empty or padded {t!r}")
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not in text {t!r}")
        for s, e in occ:
            if not boundary_ok(text, s, e):
                errs.append(f"identifier occurrence not on word boundary {t!r} at {s}")
            spans.append((s, e, t))
    for k in m["keep"]:
        if not isinstance(k, str) or not k:
            errs.append(f"bad keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not in text {k!r}")
        for s, e in occ:
            for a, b, t in spans:
                if s < b and a < e:
                    errs.append(f"keep {k!r} overlaps identifier {t!r}")
    return errs


def validate(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    msgs, errors = [], []
    for n, line in enumerate(lines, 1):
        try:
            m = json.loads(line)
        except Exception as ex:
            errors.append(f"line {n}: invalid JSON ({ex})")
            continue
        for e in check_message(m):
            errors.append(f"line {n} {m.get('id')}: {e}")
        msgs.append(m)
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate message ids")
    if ids != [f"hd63-{i:03d}" for i in range(len(ids))]:
        errors.append("ids are not hd63-000.. in order")
    types, regions, styles, tr = Counter(), Counter(), Counter(), Counter()
    for m in msgs:
        styles[m["style"]] += 1
        for i in m["identifiers"]:
            types[i["type"]] += 1
            regions[i["region"]] += 1
            tr[(i["type"], i["region"])] += 1
    n_ids = sum(types.values())
    hand = sum(1 for m in msgs if m["source"] == "hand")
    share = hand / len(msgs) if msgs else 0
    no_keep = sum(1 for m in msgs if not m["keep"])
    T = TARGETS
    checks = [
        (f"messages {len(msgs)} in [{T['min_messages']}, {T['max_messages']}]", T["min_messages"] <= len(msgs) <= T["max_messages"]),
        (f"identifiers {n_ids} >= {T['min_identifiers']}", n_ids >= T["min_identifiers"]),
        (f"region US {regions['US']} >= {T['min_us']}", regions["US"] >= T["min_us"]),
        (f"hand share {hand}/{len(msgs)} = {share:.1%} >= {T['min_hand_share']:.0%}", share >= T["min_hand_share"]),
    ]
    for t in sorted(TYPES):
        checks.append((f"type {t} {types[t]} >= {T['min_per_type']}", types[t] >= T["min_per_type"]))
    out = [f"file: {path}", f"messages: {len(msgs)} (hand {hand}, template {len(msgs) - hand})",
           f"identifiers: {n_ids}  US {regions['US']}  INTL {regions['INTL']}", f"messages without keep words: {no_keep}", "",
           "count targets:"]
    for label, ok in checks:
        out.append(f"  [{'OK' if ok else 'FAIL'}] {label}")
        if not ok:
            errors.append("target failed: " + label)
    out += ["", "by type (US / INTL / total):"]
    for t in sorted(TYPES):
        out.append(f"  {t:24s} {tr[(t, 'US')]:5d} {tr[(t, 'INTL')]:5d} {types[t]:5d}")
    out += ["", "by style (messages):"]
    for s, c in styles.most_common():
        out.append(f"  {s:20s} {c:4d}")
    out += ["", f"per-message errors and failed targets: {len(errors)}"]
    out += ["  " + e for e in errors[:200]]
    out.append("RESULT: " + ("PASS" if not errors else "FAIL"))
    return "\n".join(out), not errors


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev63.jsonl"
    report, ok = validate(p)
    print(report)
    sys.exit(0 if ok else 1)
