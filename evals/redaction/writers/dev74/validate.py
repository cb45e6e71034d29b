"""Validates handwritten_dev74.jsonl against the brief. Exit code 1 on any failure."""
import json, sys, collections
from pathlib import Path
from checks import check_message, KEYS, TYPES

HERE = Path(__file__).resolve().parent
PATH = HERE / "handwritten_dev74.jsonl"
MIN_MSG, MAX_MSG, MIN_IDS, MIN_US, MIN_PER_TYPE, MIN_HAND_SHARE = 400, 450, 1300, 800, 25, 0.45


def main():
    fails, msgs, ids_seen = [], [], set()
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            m = json.loads(line)
        except json.JSONDecodeError as e:
            fails.append(f"line {n}: invalid JSON ({e})"); continue
        if not isinstance(m, dict) or set(m) != KEYS:
            fails.append(f"line {n}: keys {sorted(m) if isinstance(m, dict) else type(m)}"); continue
        if m["id"] != f"hd74-{n - 1:03d}" or m["id"] in ids_seen:
            fails.append(f"line {n}: bad or duplicate id {m['id']}")
        ids_seen.add(m["id"])
        if not isinstance(m["identifiers"], list) or not isinstance(m["keep"], list):
            fails.append(f"{m['id']}: identifiers/keep not lists"); continue
        for e in check_message(m):
            fails.append(f"{m['id']}: {e}")
        msgs.append(m)

    by_type, by_region, by_type_region = collections.Counter(), collections.Counter(), collections.Counter()
    by_style, by_source, style_src = collections.Counter(), collections.Counter(), collections.Counter()
    mrn_msgs, keep_total, no_keep = 0, 0, 0
    for m in msgs:
        by_style[m["style"]] += 1; by_source[m["source"]] += 1; style_src[(m["style"], m["source"])] += 1
        keep_total += len(m["keep"]); no_keep += not m["keep"]
        if any(i["type"] == "MEDICAL_RECORD_NUMBER" for i in m["identifiers"]):
            mrn_msgs += 1
        for i in m["identifiers"]:
            by_type[i["type"]] += 1; by_region[i["region"]] += 1; by_type_region[(i["type"], i["region"])] += 1
    n_ids = sum(by_type.values())
    hand_share = by_source["hand"] / max(1, len(msgs))

    def need(cond, msg):
        print(("ok    " if cond else "FAIL  ") + msg)
        if not cond:
            fails.append(msg)

    print(f"file: {PATH.name}")
    need(MIN_MSG <= len(msgs) <= MAX_MSG, f"messages {len(msgs)} in [{MIN_MSG}, {MAX_MSG}]")
    need(n_ids >= MIN_IDS, f"identifiers {n_ids} >= {MIN_IDS}")
    need(by_region["US"] >= MIN_US, f"region US {by_region['US']} >= {MIN_US}  (INTL {by_region['INTL']})")
    for t in sorted(TYPES):
        need(by_type[t] >= MIN_PER_TYPE, f"{t} {by_type[t]} >= {MIN_PER_TYPE}")
    need(hand_share >= MIN_HAND_SHARE, f"hand share {by_source['hand']}/{len(msgs)} = {hand_share:.1%} >= {MIN_HAND_SHARE:.0%}")
    print(f"info  messages with a MEDICAL_RECORD_NUMBER: {mrn_msgs}/{len(msgs)} = {mrn_msgs / max(1, len(msgs)):.1%}")
    print(f"info  keep entries {keep_total}; messages without keep words: {no_keep}")
    print("\nby type and region:")
    print(f"  {'type':24s} {'US':>5s} {'INTL':>5s} {'total':>6s}")
    for t in sorted(TYPES):
        print(f"  {t:24s} {by_type_region[(t, 'US')]:5d} {by_type_region[(t, 'INTL')]:5d} {by_type[t]:6d}")
    print(f"  {'all':24s} {by_region['US']:5d} {by_region['INTL']:5d} {n_ids:6d}")
    print("\nby style (hand / template / total):")
    for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
        print(f"  {s:22s} {style_src[(s, 'hand')]:4d} {style_src[(s, 'template')]:4d} {c:5d}")
    print("\nproblems:" if fails else "\nno problems found")
    for f in fails[:200]:
        print("  " + f)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
