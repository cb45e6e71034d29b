"""Validate handwritten_neg2.jsonl (and its sidecar name_word_uses.jsonl).

Run:  /work/main/.venv/bin/python validate.py | tee validate_output.txt
Exit code 0 when every check passes.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

from words import INFLECTIONS, PLACE_WORDS, WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "handwritten_neg2.jsonl")
SIDE = os.path.join(HERE, "name_word_uses.jsonl")
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
CONTRACTION = re.compile(r"^['’](t|ll|d|re|ve|m)\b", re.I)
TOKEN_RE = re.compile(r"(?<![\w'’\-])([A-Za-z]+)(?![\w'’\-])")

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def occ(text, sub, ci=False):
    hay, needle = (text.lower(), sub.lower()) if ci else (text, sub)
    out, i = [], hay.find(needle)
    while needle and i != -1:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def ov(a, b):
    return a[0] < b[1] and b[0] < a[1]


def is_word_char(c):
    return c.isalnum() or c == "_"


def non_latin(s):
    return any(ord(c) >= 0x250 and c.isalpha() for c in s)


def main():
    recs = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad JSON: {e}")
    side = {}
    with open(SIDE, encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            side[s["id"]] = s

    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("file", "duplicate ids")
    for k, rid in enumerate(ids):
        if rid != f"hn2-{k:03d}":
            err(rid, f"id out of sequence (expected hn2-{k:03d})")

    type_c, region_c, type_region = Counter(), Counter(), Counter()
    style_c, style_src = Counter(), Counter()
    name_c, word_c = Counter(), Counter()
    name_msgs = word_only_msgs = other_msgs = name_and_word_msgs = 0
    src_c = Counter()
    place_c = defaultdict(Counter)
    n_keep = 0
    for r in recs:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            err(rid, f"keys {sorted(r)}")
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err(rid, "empty text")
            continue
        if r["source"] not in ("hand", "template"):
            err(rid, f"source {r['source']!r}")
        src_c[r["source"]] += 1
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            err(rid, f"style {r['style']!r} is not snake_case")
        style_c[r["style"]] += 1
        style_src[(r["style"], r["source"])] += 1
        # identifiers
        id_occ = []
        seen = set()
        for i in r["identifiers"]:
            if set(i) != {"text", "type", "region"}:
                err(rid, f"identifier keys {sorted(i)}")
                continue
            t = i["text"]
            if (t, i["type"]) in seen:
                err(rid, f"duplicate identifier {t!r}")
            seen.add((t, i["type"]))
            if i["type"] not in TYPES:
                err(rid, f"bad type {i['type']}")
            if i["region"] not in REGIONS:
                err(rid, f"bad region {i['region']}")
            if t != t.strip() or not t:
                err(rid, f"identifier has outer spaces {t!r}")
            o = occ(text, t)
            if not o:
                err(rid, f"identifier {t!r} is not a substring")
            for a, b in o:
                if is_word_char(t[0]) and a > 0 and is_word_char(text[a - 1]):
                    err(rid, f"identifier {t!r} starts inside a word at {a}")
                if is_word_char(t[-1]) and b < len(text) and is_word_char(text[b]):
                    err(rid, f"identifier {t!r} ends inside a word at {b}")
                if CONTRACTION.match(text[b:b + 4]):
                    err(rid, f"identifier {t!r} is the front of a contraction at {b}")
            id_occ.extend(o)
            if i["type"] == "PERSON" and re.match(r"(Dr|Mrs|Mr|Ms|Nurse)\.?\s", t):
                err(rid, f"title inside PERSON {t!r}")
            if non_latin(t) and i["region"] != "INTL":
                err(rid, f"non-Latin identifier {t!r} should be INTL")
            if i["type"] == "PHONE_NUMBER" and t.startswith("+") and not t.startswith("+1") and i["region"] != "INTL":
                err(rid, f"international phone {t!r} should be INTL")
            if i["type"] == "ACCOUNT_NUMBER" and re.fullmatch(r"[A-Za-z]{2}\d{2}[\dA-Za-z ]{10,}", t) and i["region"] != "INTL":
                err(rid, f"IBAN {t!r} should be INTL")
            type_c[i["type"]] += 1
            region_c[i["region"]] += 1
            type_region[(i["type"], i["region"])] += 1
        # keep
        if not isinstance(r["keep"], list) or not r["keep"]:
            err(rid, "keep is empty")
        for k in r["keep"]:
            n_keep += 1
            if not k or k not in text:
                err(rid, f"keep {k!r} is not a substring")
            for o in occ(text, k, ci=True):
                if any(ov(o, io) for io in id_occ):
                    err(rid, f"keep {k!r} overlaps an identifier occurrence (case-insensitive)")
                    break
        # name-word uses (sidecar)
        s = side.get(rid)
        if s is None:
            err(rid, "missing in sidecar")
            continue
        keep_occ = [o for k in r["keep"] for o in occ(text, k)]
        person_occ = [o for i in r["identifiers"] if i["type"] == "PERSON" for o in occ(text, i["text"])]
        has_name = has_word = False
        for u in s["uses"]:
            sp = (u["start"], u["end"])
            frag = text[sp[0]:sp[1]]
            if u["word"] not in WORDS:
                err(rid, f"sidecar word {u['word']!r} not in list")
            if not frag or INFLECTIONS.get(frag.lower(), frag.lower()) != u["word"]:
                err(rid, f"sidecar span {sp} -> {frag!r} does not match {u['word']!r}")
            if u["use"] == "name":
                has_name = True
                name_c[u["word"]] += 1
                if not any(o[0] <= sp[0] and sp[1] <= o[1] for o in person_occ):
                    err(rid, f"name use {frag!r} not inside a PERSON identifier")
            else:
                has_word = True
                word_c[u["word"]] += 1
                if any(ov(sp, o) for o in id_occ):
                    err(rid, f"word use {frag!r} at {sp} is inside an identifier occurrence")
                if not any(o[0] <= sp[0] and sp[1] <= o[1] for o in keep_occ):
                    err(rid, f"word use {frag!r} at {sp} is not covered by a keep entry")
        for u in s.get("place_uses", []):
            place_c[u["word"]][u["use"]] += 1
        # independent check: the message contains at least one name-word token
        if not any(INFLECTIONS.get(t.group(1).lower(), t.group(1).lower()) in WORDS for t in TOKEN_RE.finditer(text)):
            err(rid, "no name-word in the text")
        if not (has_name or has_word):
            err(rid, "sidecar lists no name-word use")
        if has_name:
            name_msgs += 1
            if has_word:
                name_and_word_msgs += 1
        else:
            word_only_msgs += 1
        other = s["other_identifiers"]
        # recompute other-identifier flag independently
        recomputed = any(i["type"] != "PERSON" or not any(
            t.lower() in WORDS or t.lower() in PLACE_WORDS for t in re.findall(r"[A-Za-z]+", i["text"]))
            for i in r["identifiers"])
        if recomputed != other:
            err(rid, "other_identifiers flag mismatch")
        other_msgs += recomputed

    n = len(recs)
    both = sorted(w for w in WORDS if name_c[w] and word_c[w])
    print(f"messages: {n}  (hand {src_c['hand']} = {src_c['hand'] / n:.1%}, template {src_c['template']})")
    print(f"identifiers: {sum(type_c.values())}  keep entries: {n_keep}")
    print(f"messages with a name-word used as a name: {name_msgs} ({name_msgs / n:.1%})"
          f"  of which also an ordinary use: {name_and_word_msgs} ({name_and_word_msgs / max(name_msgs, 1):.1%})")
    print(f"messages with name-words only as ordinary words: {word_only_msgs} ({word_only_msgs / n:.1%})")
    print(f"messages with other identifiers: {other_msgs} ({other_msgs / n:.1%})")
    print(f"distinct name-words: {len(set(name_c) | set(word_c))}, used both ways: {len(both)}")
    print(f"name uses: {sum(name_c.values())}, ordinary uses: {sum(word_c.values())}")
    print("\nidentifiers by type and region:")
    for t in sorted(TYPES):
        print(f"  {t:24s} US {type_region[(t, 'US')]:4d}  INTL {type_region[(t, 'INTL')]:4d}")
    print(f"  {'total':24s} US {region_c['US']:4d}  INTL {region_c['INTL']:4d}")
    print("\nstyles (hand / template):")
    for st, c in style_c.most_common():
        print(f"  {st:18s} {c:4d}  ({style_src[(st, 'hand')]} / {style_src[(st, 'template')]})")
    print("\nplace names used as names and as places:")
    for w in sorted(PLACE_WORDS):
        print(f"  {w:10s} name {place_c[w]['name']}  location {place_c[w]['location']}")

    # shares and totals
    checks = [
        (400 <= n <= 450, f"400-450 messages (have {n})"),
        (src_c["hand"] / n >= 0.60, f"at least 60% by hand (have {src_c['hand'] / n:.1%})"),
        (0.35 <= name_msgs / n <= 0.45, f"about 40% with a name use (have {name_msgs / n:.1%})"),
        (0.55 <= word_only_msgs / n <= 0.65, f"about 60% ordinary-only (have {word_only_msgs / n:.1%})"),
        (0.28 <= other_msgs / n <= 0.40, f"about a third with other identifiers (have {other_msgs / n:.1%})"),
        (len(both) >= 150, f"at least 150 name-words used both ways (have {len(both)})"),
        (all(name_c[w] and word_c[w] for w in WORDS), "every listed name-word appears both ways"),
        (name_and_word_msgs / max(name_msgs, 1) >= 0.5, "many name messages also have an ordinary use"),
    ]
    print("\nshare checks:")
    for ok, msg in checks:
        print(f"  [{'ok' if ok else 'FAIL'}] {msg}")
        if not ok:
            errors.append("share: " + msg)
    missing = [w for w in WORDS if not (name_c[w] and word_c[w])]
    if missing:
        print("  not both ways:", missing)

    print(f"\nerrors: {len(errors)}")
    for e in errors[:200]:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
