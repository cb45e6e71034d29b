"""Validate handwritten_dev70.jsonl against the written spec and the dev70 brief.
Usage: python validate.py [path]   (exit code 1 on any error)"""
import json, re, sys, collections, unicodedata

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
MIN_MSGS, MAX_MSGS, MIN_IDS, MIN_US, MIN_PER_TYPE, MIN_HAND_SHARE = 400, 450, 1300, 800, 25, 0.45


def spaced_word_char(c):
    """A letter/digit of a script that separates words with spaces (Latin, Greek, Cyrillic, digits).
    CJK, kana, Hangul, Arabic, Devanagari etc. attach particles/affixes to names, so no boundary is demanded there."""
    if not c.isalnum():
        return False
    o = ord(c)
    return o < 0x250 or 0x370 <= o <= 0x52F or 0x1E00 <= o <= 0x1EFF


def occurrences(text, sub):
    i, out = text.find(sub), []
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_message(m):
    """Return a list of error strings for one message (independent of ids/counts)."""
    errs = []
    if set(m) != KEYS:
        errs.append(f"keys {sorted(m)}")
        return errs
    if not isinstance(m["text"], str) or not m["text"].strip():
        errs.append("empty text")
        return errs
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", str(m["style"])):
        errs.append(f"style not snake_case: {m['style']!r}")
    if m["source"] not in ("hand", "template"):
        errs.append(f"source {m['source']!r}")
    text = m["text"]
    if not isinstance(m["identifiers"], list) or not isinstance(m["keep"], list):
        errs.append("identifiers/keep not lists")
        return errs
    spans, seen = [], {}
    for d in m["identifiers"]:
        if set(d) != {"text", "type", "region"}:
            errs.append(f"identifier keys {sorted(d)}")
            continue
        t = d["text"]
        if d["type"] not in TYPES:
            errs.append(f"bad type {d['type']}")
        if d["region"] not in REGIONS:
            errs.append(f"bad region {d['region']}")
        if not t or t != t.strip():
            errs.append(f"identifier empty or padded: {t!r}")
            continue
        if t in seen and seen[t] != d["type"]:
            errs.append(f"same text with two types: {t!r}")
        seen[t] = d["type"]
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not a substring: {t!r}")
        longer = [o for d2 in m["identifiers"] if isinstance(d2, dict) and len(str(d2.get("text", ""))) > len(t)
                  for o in occurrences(text, str(d2["text"]))]
        for a, b in occ:
            if any(c <= a and b <= e for c, e in longer):
                continue
            if a > 0 and spaced_word_char(text[a - 1]) and spaced_word_char(t[0]):
                errs.append(f"identifier starts inside a word: {t!r} at {a}")
            if b < len(text) and spaced_word_char(text[b]) and spaced_word_char(t[-1]):
                errs.append(f"identifier ends inside a word: {t!r} at {a}")
        spans += occ
    # an occurrence that is not on word boundaries is accepted only when it lies inside an occurrence of a
    # longer identifier (a half-remembered "H7742" inside the full "H774219"): both go, so nothing is left half-cut
    for k in m["keep"]:
        if not isinstance(k, str) or not k.strip():
            errs.append(f"empty keep {k!r}")
            continue
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not a substring: {k!r}")
        for a, b in occ:
            for c, d in spans:
                if a < d and c < b:
                    errs.append(f"keep {k!r} overlaps an identifier at {a}")
    return errs


def main(path):
    out, bad = [], 0
    msgs = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            msgs.append(json.loads(line))
        except json.JSONDecodeError as e:
            out.append(f"line {n}: invalid JSON ({e})")
            bad += 1
    ids = [m.get("id") for m in msgs]
    for n, m in enumerate(msgs):
        want = f"hd70-{n:03d}"
        if m.get("id") != want:
            out.append(f"line {n + 1}: id {m.get('id')!r}, expected {want}")
            bad += 1
        for e in check_message(m):
            out.append(f"{m.get('id')}: {e}")
            bad += 1
    if len(set(ids)) != len(ids):
        out.append("duplicate ids")
        bad += 1
    if len({m['text'] for m in msgs}) != len(msgs):
        out.append("duplicate message texts")
        bad += 1

    allid = [d for m in msgs for d in m.get("identifiers", [])]
    by_type = collections.Counter(d["type"] for d in allid)
    by_tr = collections.Counter((d["type"], d["region"]) for d in allid)
    by_reg = collections.Counter(d["region"] for d in allid)
    by_style = collections.Counter(m["style"] for m in msgs)
    by_src = collections.Counter(m["source"] for m in msgs)
    hand_share = by_src["hand"] / max(1, len(msgs))
    rec_msgs = sum(1 for m in msgs if any(d["type"] == "MEDICAL_RECORD_NUMBER" for d in m["identifiers"]))
    no_keep = sum(1 for m in msgs if not m["keep"])

    def req(cond, label):
        nonlocal bad
        out.append(f"[{'ok' if cond else 'FAIL'}] {label}")
        if not cond:
            bad += 1

    out.append("")
    out.append("== counts ==")
    req(MIN_MSGS <= len(msgs) <= MAX_MSGS, f"messages: {len(msgs)} (need {MIN_MSGS}-{MAX_MSGS})")
    req(len(allid) >= MIN_IDS, f"identifiers: {len(allid)} (need >= {MIN_IDS})")
    req(by_reg["US"] >= MIN_US, f"region US: {by_reg['US']} (need >= {MIN_US}); INTL: {by_reg['INTL']}")
    for t in sorted(TYPES):
        req(by_type[t] >= MIN_PER_TYPE, f"type {t}: {by_type[t]} (need >= {MIN_PER_TYPE})")
    req(hand_share >= MIN_HAND_SHARE, f"written by hand: {by_src['hand']}/{len(msgs)} = {hand_share:.1%} (need >= {MIN_HAND_SHARE:.0%})")
    out.append(f"[info] messages with a record-like number (MEDICAL_RECORD_NUMBER): {rec_msgs} ({rec_msgs / len(msgs):.1%})")
    out.append(f"[info] messages without keep words: {no_keep}")
    out.append("")
    out.append("== type x region ==")
    for t in sorted(TYPES):
        out.append(f"{t:24s} US {by_tr[(t, 'US')]:4d}  INTL {by_tr[(t, 'INTL')]:4d}  total {by_type[t]:4d}")
    out.append("")
    out.append("== style (messages: hand / template) ==")
    for s, n in by_style.most_common():
        h = sum(1 for m in msgs if m["style"] == s and m["source"] == "hand")
        out.append(f"{s:18s} {n:4d}  ({h} / {n - h})")
    out.append("")
    out.append(f"RESULT: {'PASS' if bad == 0 else f'FAIL ({bad} problems)'}")
    print("\n".join(out))
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev70.jsonl") else 0)
