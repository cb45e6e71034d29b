"""Validate handwritten_dev50.jsonl against the format in FROZEN_SPEC.md and the counts in the brief.

Run:  /work/main/.venv/bin/python validate.py > validate_output.txt
Exit status 0 only when every check passes.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from checks import KEYS, REGIONS, TYPES, message_errors  # noqa: E402

PATH = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "handwritten_dev50.jsonl"


def main():
    problems = []
    recs = []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: invalid JSON ({e})")
            continue
        if not isinstance(rec, dict) or set(rec) != KEYS:
            problems.append(f"line {n}: keys {sorted(rec) if isinstance(rec, dict) else type(rec)} != {sorted(KEYS)}")
            continue
        if not re.fullmatch(r"hd50-\d{3}", rec["id"]):
            problems.append(f"line {n}: bad id {rec['id']!r}")
        if rec["source"] not in ("hand", "template"):
            problems.append(f"{rec['id']}: bad source {rec['source']!r}")
        if not re.fullmatch(r"[a-z]+(_[a-z]+)*", rec["style"]):
            problems.append(f"{rec['id']}: style not one word / snake_case: {rec['style']!r}")
        if not isinstance(rec["text"], str) or not rec["text"].strip():
            problems.append(f"{rec['id']}: empty text")
        if not isinstance(rec["identifiers"], list) or not isinstance(rec["keep"], list):
            problems.append(f"{rec['id']}: identifiers/keep must be lists")
            continue
        for e in message_errors(rec):
            problems.append(f"{rec['id']}: {e}")
        texts = [i["text"] for i in rec["identifiers"]]
        if len(texts) != len(set(texts)):
            problems.append(f"{rec['id']}: duplicate identifier text")
        recs.append(rec)

    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    if ids != [f"hd50-{i:03d}" for i in range(len(ids))]:
        problems.append("ids are not hd50-000.. in order")

    by_type, by_region, by_type_region = Counter(), Counter(), Counter()
    style_msgs, style_ids, src_msgs, src_ids = Counter(), Counter(), Counter(), Counter()
    no_keep = 0
    for r in recs:
        style_msgs[r["style"]] += 1
        src_msgs[r["source"]] += 1
        no_keep += not r["keep"]
        for i in r["identifiers"]:
            by_type[i["type"]] += 1
            by_region[i["region"]] += 1
            by_type_region[(i["type"], i["region"])] += 1
            style_ids[r["style"]] += 1
            src_ids[r["source"]] += 1
    total_ids = sum(by_type.values())
    hand_share = src_msgs["hand"] / max(1, len(recs))

    count_checks = [
        ("messages between 400 and 450", 400 <= len(recs) <= 450, len(recs)),
        ("identifiers >= 1300", total_ids >= 1300, total_ids),
        ("region US >= 800", by_region["US"] >= 800, by_region["US"]),
        ("every type >= 25", all(by_type[t] >= 25 for t in TYPES), min(by_type[t] for t in TYPES)),
        ("hand-written share >= 45%", hand_share >= 0.45, f"{hand_share:.1%}"),
        ("only known types/regions", set(by_type) <= TYPES and set(by_region) <= REGIONS, ""),
    ]
    for name, ok, val in count_checks:
        if not ok:
            problems.append(f"count check failed: {name} (got {val})")

    print(f"file: {PATH.name}")
    print(f"messages: {len(recs)}  (hand {src_msgs['hand']}, template {src_msgs['template']}; hand share {hand_share:.1%})")
    print(f"identifiers: {total_ids}  (hand {src_ids['hand']}, template {src_ids['template']})")
    print(f"messages with no keep entry: {no_keep}")
    print()
    print("count checks:")
    for name, ok, val in count_checks:
        print(f"  [{'ok' if ok else 'FAIL'}] {name}: {val}")
    print()
    print(f"{'type':<24}{'US':>6}{'INTL':>6}{'total':>7}")
    for t in sorted(TYPES):
        print(f"{t:<24}{by_type_region[(t, 'US')]:>6}{by_type_region[(t, 'INTL')]:>6}{by_type[t]:>7}")
    print(f"{'all':<24}{by_region['US']:>6}{by_region['INTL']:>6}{total_ids:>7}")
    print()
    print(f"{'style':<18}{'messages':>9}{'identifiers':>13}")
    for s in sorted(style_msgs):
        print(f"{s:<18}{style_msgs[s]:>9}{style_ids[s]:>13}")
    print()
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  " + p)
        print("RESULT: FAIL")
        return 1
    print("all per-message checks passed: valid JSON and keys, identifier/keep texts are exact substrings,")
    print("identifier occurrences on word boundaries, no keep occurrence overlaps an identifier occurrence,")
    print("valid types/regions, IBAN checksums valid, ids unique and in order.")
    print("RESULT: PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
