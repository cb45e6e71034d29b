"""Validate handwritten_dev65.jsonl against FROZEN_SPEC.md rules and the dev65 brief.

Usage: python validate.py [path]   (default: handwritten_dev65.jsonl next to this file)
Exit code 0 when every check passes.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "handwritten_dev65.jsonl")

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
SOURCES = {"hand", "template"}
STYLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")

MIN_MSG, MAX_MSG = 400, 450
MIN_IDS, MIN_US, MIN_PER_TYPE = 1300, 800, 25
MIN_HAND_SHARE = 0.45


def _unspaced(ch):
    """Scripts written without spaces between words (CJK, kana, hangul): word boundaries are undefined there."""
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0x1100 <= o <= 0x11FF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF)


def _wordch(ch):
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def boundary_ok(text, start, end):
    sub = text[start:end]
    if start > 0:
        a, b = text[start - 1], sub[0]
        if _wordch(a) and _wordch(b) and not (_unspaced(a) or _unspaced(b)):
            return False
    if end < len(text):
        a, b = sub[-1], text[end]
        if _wordch(a) and _wordch(b) and not (_unspaced(a) or _unspaced(b)):
            return False
    return True


def check_message(m):
    """Return a list of error strings for one message dict (empty when fine)."""
    errs = []
    if not isinstance(m, dict):
        return ["not an object"]
    keys = set(m)
    if keys != KEYS:
        errs.append(f"keys {sorted(keys)} != {sorted(KEYS)}")
        return errs
    if not isinstance(m["id"], str) or not re.fullmatch(r"hd65-\d{3}", m["id"]):
        errs.append(f"bad id {m['id']!r}")
    if not isinstance(m["style"], str) or not STYLE_RE.match(m["style"]):
        errs.append(f"bad style {m['style']!r}")
    if m["source"] not in SOURCES:
        errs.append(f"bad source {m['source']!r}")
    text = m["text"]
    if not isinstance(text, str) or not text.strip():
        return errs + ["empty text"]
    if not isinstance(m["identifiers"], list) or not isinstance(m["keep"], list):
        return errs + ["identifiers/keep not lists"]
    id_spans = []
    seen = set()
    for ident in m["identifiers"]:
        if not isinstance(ident, dict) or set(ident) != {"text", "type", "region"}:
            errs.append(f"bad identifier object {ident!r}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errs.append(f"bad type {ident['type']!r}")
        if ident["region"] not in REGIONS:
            errs.append(f"bad region {ident['region']!r}")
        if not t or t != t.strip():
            errs.append(f"identifier empty or padded with spaces: {t!r}")
        if t in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add(t)
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not a substring: {t!r}")
        for s, e in occ:
            if not boundary_ok(text, s, e):
                errs.append(f"identifier occurrence not on word boundary: {t!r} at {s}: ...{text[max(0, s-10):e+10]!r}")
            id_spans.append((s, e, t))
    kseen = set()
    for k in m["keep"]:
        if not isinstance(k, str) or not k:
            errs.append(f"bad keep {k!r}")
            continue
        if k in kseen:
            errs.append(f"duplicate keep {k!r}")
        kseen.add(k)
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not a substring: {k!r}")
        for s, e in occ:
            for a, b, t in id_spans:
                if s < b and a < e:
                    errs.append(f"keep {k!r} at {s} overlaps identifier {t!r}")
    return errs


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_SHAPE = re.compile(r"^[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]{4})+(?:\s?[A-Za-z0-9]{1,3})?$")


def main(path):
    out = []
    ok = True

    def say(line=""):
        out.append(line)

    msgs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                msgs.append(json.loads(line))
            except json.JSONDecodeError as e:
                say(f"FAIL line {n}: invalid JSON: {e}")
                ok = False
    say(f"file: {os.path.relpath(path, HERE)}")
    say(f"messages parsed: {len(msgs)}")

    bad = 0
    for m in msgs:
        errs = check_message(m)
        if errs:
            bad += 1
            ok = False
            for e in errs:
                say(f"FAIL {m.get('id') if isinstance(m, dict) else '?'}: {e}")
    say(f"per-message checks (keys, substrings, word boundaries, keep overlap, types, regions): "
        f"{'PASS' if bad == 0 else f'FAIL in {bad} messages'}")

    ids = [m["id"] for m in msgs if isinstance(m, dict) and "id" in m]
    expect = [f"hd65-{i:03d}" for i in range(len(msgs))]
    if ids != expect:
        ok = False
        say("FAIL ids are not hd65-000.. in order")
    else:
        say("ids sequential: PASS")

    allid = [i for m in msgs for i in m.get("identifiers", [])]
    by_type = Counter(i["type"] for i in allid)
    by_region = Counter(i["region"] for i in allid)
    by_tr = Counter((i["type"], i["region"]) for i in allid)
    n_hand = sum(1 for m in msgs if m.get("source") == "hand")
    styles = Counter(m["style"] for m in msgs)

    def chk(cond, label):
        nonlocal ok
        say(f"{label}: {'PASS' if cond else 'FAIL'}")
        ok = ok and cond

    chk(MIN_MSG <= len(msgs) <= MAX_MSG, f"messages {len(msgs)} in [{MIN_MSG},{MAX_MSG}]")
    chk(len(allid) >= MIN_IDS, f"identifiers {len(allid)} >= {MIN_IDS}")
    chk(by_region["US"] >= MIN_US, f"region US {by_region['US']} >= {MIN_US}")
    for t in sorted(TYPES):
        chk(by_type[t] >= MIN_PER_TYPE, f"type {t} {by_type[t]} >= {MIN_PER_TYPE}")
    share = n_hand / max(1, len(msgs))
    chk(share >= MIN_HAND_SHARE, f"hand-written share {n_hand}/{len(msgs)} = {share:.1%} >= {MIN_HAND_SHARE:.0%}")

    # informational
    rec = sum(1 for m in msgs if any(i["type"] == "MEDICAL_RECORD_NUMBER" for i in m["identifiers"]))
    say(f"info: messages carrying a record-like number (MEDICAL_RECORD_NUMBER): {rec} ({rec/len(msgs):.1%})")
    with_keep = sum(1 for m in msgs if m["keep"])
    say(f"info: messages with at least one keep entry: {with_keep} ({with_keep/len(msgs):.1%})")
    ibans = [i["text"] for i in allid if i["type"] == "ACCOUNT_NUMBER" and IBAN_SHAPE.match(i["text"])
             and i["text"][:2].isalpha() and i["region"] == "INTL"]
    bad_ib = [x for x in ibans if not iban_ok(x)]
    chk(not bad_ib, f"IBAN checksums ({len(ibans)} IBAN-shaped ACCOUNT_NUMBER values)" + (f" bad: {bad_ib}" if bad_ib else ""))
    say(f"info: region INTL {by_region['INTL']}")
    say("")
    say("counts by type and region:")
    for t in sorted(TYPES):
        say(f"  {t:24s} US {by_tr[(t, 'US')]:4d}  INTL {by_tr[(t, 'INTL')]:4d}  total {by_type[t]:4d}")
    say(f"  {'ALL':24s} US {by_region['US']:4d}  INTL {by_region['INTL']:4d}  total {len(allid):4d}")
    say("")
    say("counts by style (messages, of which hand):")
    hand_styles = Counter(m["style"] for m in msgs if m["source"] == "hand")
    for s, c in styles.most_common():
        say(f"  {s:22s} {c:4d}  hand {hand_styles[s]:4d}")
    say("")
    say("RESULT: " + ("ALL CHECKS PASS" if ok else "SOME CHECKS FAILED"))
    return ok, "\n".join(out)


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    good, report = main(p)
    print(report)
    sys.exit(0 if good else 1)
