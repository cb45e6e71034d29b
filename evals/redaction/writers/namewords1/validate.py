"""Validate handwritten_neg1.jsonl against FROZEN_SPEC.md's format and this task's shares.

Checks (any failure -> exit code 1):
  - valid JSON per line, exactly the keys id, style, text, identifiers, keep, source;
    ids hn1-000.. in order; source is hand/template; style is a snake_case word
  - identifiers: text/type/region keys, valid type and region, exact substring, every
    occurrence on word boundaries (and not the "Don" of "Don't"), one type per text
  - no PERSON text starts with a title or relation word (they stay outside)
  - keep: exact substrings; no keep occurrence (matched ignoring case) overlaps any
    identifier occurrence
  - every message holds at least one name-word; every ordinary use of a name-word is covered
    by a keep entry
  - shares: 400-450 messages; >= 60% by hand; name use ~40% (35-45%); word-only ~60%;
    other identifiers ~1/3 (28-40%); each listed name-word used both ways; >= 150 such words
Writes nothing; run `python validate.py > validate_output.txt`.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (TYPES, REGIONS, NAME_WORD_RE, occurrences, on_word_boundary,  # noqa: E402
                    in_contraction, identifier_spans, name_word_uses, place_uses)
from words import NAME_WORDS, PLACE_NAMES  # noqa: E402

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "handwritten_neg1.jsonl")
KEYS = ["id", "style", "text", "identifiers", "keep", "source"]
TITLES = re.compile(r"^(Dr|Mr|Mrs|Ms|Miss|Rev|Sgt|Nurse|Aunt|Uncle|Mom|Dad|Grandma|Grandpa|"
                    r"Daughter|Son|Sister|Brother)\b\.?\s", re.IGNORECASE)

errors, notes = [], []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def main():
    recs = []
    for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as ex:
            err(f"line {n}", f"bad JSON: {ex}")
            continue
        if list(r.keys()) != KEYS:
            err(f"line {n}", f"keys {list(r.keys())}")
            continue
        recs.append(r)
    for i, r in enumerate(recs):
        rid = r["id"]
        if rid != f"hn1-{i:03d}":
            err(rid, f"id out of order (expected hn1-{i:03d})")
        if r["source"] not in ("hand", "template"):
            err(rid, f"source {r['source']!r}")
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]):
            err(rid, f"style {r['style']!r}")
        text = r["text"]
        if not isinstance(text, str) or not text:
            err(rid, "empty text")
            continue
        types_by_text = {}
        for it in r["identifiers"]:
            if set(it) != {"text", "type", "region"}:
                err(rid, f"identifier keys {sorted(it)}")
                continue
            t = it["text"]
            if it["type"] not in TYPES:
                err(rid, f"type {it['type']!r}")
            if it["region"] not in REGIONS:
                err(rid, f"region {it['region']!r}")
            if t in types_by_text and types_by_text[t] != it["type"]:
                err(rid, f"{t!r} has two types")
            types_by_text[t] = it["type"]
            occ = occurrences(text, t)
            if not occ:
                err(rid, f"identifier {t!r} not in text")
            for s in occ:
                e = s + len(t)
                if not on_word_boundary(text, s, e) or in_contraction(text, s, e):
                    err(rid, f"identifier {t!r} occurs inside a word at {s}")
            if it["type"] == "PERSON" and TITLES.match(t):
                err(rid, f"title or relation word inside PERSON {t!r}")
            if t != t.strip():
                err(rid, f"identifier {t!r} has outer spaces")
        spans = identifier_spans(text, r["identifiers"])
        for k in r["keep"]:
            if not isinstance(k, str) or not k:
                err(rid, f"bad keep {k!r}")
                continue
            if k not in text:
                err(rid, f"keep {k!r} not in text")
            for s in occurrences(text, k, ignore_case=True):
                if any(s < b and a < s + len(k) for a, b, _ in spans):
                    err(rid, f"keep {k!r} overlaps an identifier at {s}")
        # name-words
        if not NAME_WORD_RE.search(text):
            err(rid, "no name-word in the message")
        keep_spans = [(s, s + len(k)) for k in r["keep"] for s in occurrences(text, k)]
        for m in NAME_WORD_RE.finditer(text):
            if any(m.start() < b and a < m.end() for a, b, _ in spans):
                continue
            if not any(a <= m.start() and m.end() <= b for a, b in keep_spans):
                err(rid, f"ordinary use {m.group(0)!r} at {m.start()} not covered by keep")
        for w, kind in place_uses(text, r["identifiers"]):
            if kind == "other":
                err(rid, f"place-name {w!r} is neither PERSON nor LOCATION")
    report(recs)


def has_other(r):
    return any(i["type"] != "PERSON" or not NAME_WORD_RE.search(i["text"])
               for i in r["identifiers"])


def pct(a, b):
    return f"{a} ({100 * a / b:.1f}%)" if b else "0"


def report(recs):
    n = len(recs)
    hand = sum(r["source"] == "hand" for r in recs)
    per_word = defaultdict(Counter)
    per_place = defaultdict(Counter)
    name_msgs = word_only = both_in_msg = other_msgs = 0
    for r in recs:
        uses = name_word_uses(r["text"], r["identifiers"])
        kinds = {k for _, k in uses}
        for w, k in uses:
            per_word[w][k] += 1
        for w, k in place_uses(r["text"], r["identifiers"]):
            per_place[w][k] += 1
        if "name" in kinds:
            name_msgs += 1
            if "word" in kinds:
                both_in_msg += 1
        else:
            word_only += 1
        if has_other(r):
            other_msgs += 1
    both_ways = sorted(w for w in NAME_WORDS if per_word[w]["name"] and per_word[w]["word"])
    missing = sorted(w for w in NAME_WORDS if not (per_word[w]["name"] and per_word[w]["word"]))

    print("== neg1 validation ==")
    print(f"file: {os.path.basename(PATH)}")
    print(f"messages: {n}")
    print(f"hand-written: {pct(hand, n)}   template: {pct(n - hand, n)}")
    print(f"messages with a name-word used as a name (PERSON): {pct(name_msgs, n)}")
    print(f"messages with name-words only as ordinary words: {pct(word_only, n)}")
    print(f"  of the name messages, also an ordinary use in the same message: "
          f"{pct(both_in_msg, name_msgs)}")
    print(f"messages with other identifiers: {pct(other_msgs, n)}")
    print(f"name-words listed: {len(NAME_WORDS)}; used both ways: {len(both_ways)}")
    if missing:
        print("  NOT both ways:", " ".join(missing))
    tot = Counter()
    for w in per_word:
        tot.update(per_word[w])
    print(f"name-word tokens: as name {tot['name']}, as word {tot['word']}, "
          f"inside another identifier {tot['other']}")
    print("place-names (name / place):",
          ", ".join(f"{w} {per_place[w]['name']}/{per_place[w]['place']}" for w in PLACE_NAMES))

    def table(title, counter):
        print(f"\n{title}")
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:<24} {v}")

    types, regions, tr, styles, srcstyle = Counter(), Counter(), Counter(), Counter(), Counter()
    for r in recs:
        styles[r["style"]] += 1
        srcstyle[f"{r['source']}"] += 1
        for i in r["identifiers"]:
            types[i["type"]] += 1
            regions[i["region"]] += 1
            tr[f"{i['type']}/{i['region']}"] += 1
    print(f"\nidentifiers: {sum(types.values())}; keep entries: {sum(len(r['keep']) for r in recs)}")
    table("identifiers by type", types)
    table("identifiers by region", regions)
    table("identifiers by type/region", tr)
    table("messages by style", styles)

    print("\nper name-word (name / word):")
    row = []
    for w in sorted(NAME_WORDS):
        row.append(f"{w} {per_word[w]['name']}/{per_word[w]['word']}")
    for i in range(0, len(row), 6):
        print("  " + "  ".join(f"{x:<18}" for x in row[i:i + 6]))

    # share checks
    def check(cond, msg):
        if not cond:
            errors.append("SHARE: " + msg)
    check(400 <= n <= 450, f"message count {n} not in 400-450")
    check(hand / n >= 0.60, f"hand share {hand / n:.2f} < 0.60")
    check(0.35 <= name_msgs / n <= 0.45, f"name share {name_msgs / n:.2f} not about 40%")
    check(0.28 <= other_msgs / n <= 0.40, f"other-identifier share {other_msgs / n:.2f}")
    check(both_in_msg / max(name_msgs, 1) >= 0.33, "few name messages also use a word plainly")
    check(not missing, f"{len(missing)} name-words not used both ways")
    check(len(both_ways) >= 150, f"only {len(both_ways)} name-words both ways")

    print(f"\nerrors: {len(errors)}")
    for e in errors:
        print("  " + e)
    print("RESULT:", "PASS" if not errors else "FAIL")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
