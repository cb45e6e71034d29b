"""Validate handwritten_dev59.jsonl against the brief and the frozen spec's format."""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from checks import check_message, TYPES  # noqa: E402

PATH = HERE / "handwritten_dev59.jsonl"


def main():
    problems = []
    msgs = []
    for ln, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            m = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {ln}: invalid JSON ({e})")
            continue
        if not isinstance(m, dict):
            problems.append(f"line {ln}: not an object")
            continue
        for e in check_message(m, id_pattern=r"hd59-\d{3}"):
            problems.append(f"line {ln} {m.get('id')}: {e}")
        msgs.append(m)

    # IBANs must carry a valid checksum (spec); anything shaped like CCdd + 10-30 alphanumerics is treated as an IBAN
    import re
    from ibantool import iban_valid
    n_iban = 0
    for m in msgs:
        for i in m.get("identifiers", []):
            compact = i["text"].replace(" ", "")
            if i["type"] == "ACCOUNT_NUMBER" and re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", compact):
                n_iban += 1
                if not iban_valid(compact):
                    problems.append(f"{m['id']}: IBAN checksum invalid: {i['text']!r}")

    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if ids != [f"hd59-{i:03d}" for i in range(len(ids))]:
        problems.append("ids are not hd59-000, hd59-001, ... in order")

    idents = [i for m in msgs for i in m.get("identifiers", [])]
    by_type = Counter(i["type"] for i in idents)
    by_region = Counter(i["region"] for i in idents)
    by_style = Counter(m["style"] for m in msgs)
    by_source = Counter(m["source"] for m in msgs)
    hand_share = by_source["hand"] / len(msgs) if msgs else 0

    req = [("messages between 400 and 450", 400 <= len(msgs) <= 450, len(msgs)),
           ("identifiers >= 1300", len(idents) >= 1300, len(idents)),
           ("region US >= 800", by_region["US"] >= 800, by_region["US"]),
           ("hand share >= 45%", hand_share >= 0.45, f"{hand_share:.1%}")]
    for t in sorted(TYPES):
        req.append((f"{t} >= 25", by_type[t] >= 25, by_type[t]))

    print(f"file: {PATH.name}")
    print(f"messages: {len(msgs)}  (hand {by_source['hand']}, template {by_source['template']}, hand share {hand_share:.1%})")
    print(f"identifiers: {len(idents)}  (US {by_region['US']}, INTL {by_region['INTL']})")
    print(f"IBANs checked for a valid checksum: {n_iban}")
    print(f"messages with >=1 keep word: {sum(1 for m in msgs if m['keep'])}, keep entries: {sum(len(m['keep']) for m in msgs)}")
    print("\nby type:")
    for t in sorted(TYPES):
        us = sum(1 for i in idents if i["type"] == t and i["region"] == "US")
        print(f"  {t:24s} {by_type[t]:5d}  (US {us}, INTL {by_type[t] - us})")
    print("\nby style:")
    for s, c in by_style.most_common():
        h = sum(1 for m in msgs if m["style"] == s and m["source"] == "hand")
        print(f"  {s:16s} {c:4d}  (hand {h})")
    print("\nrequirements:")
    for name, ok, val in req:
        print(f"  [{'ok' if ok else 'FAIL'}] {name}: {val}")
    print(f"\nper-message problems: {len(problems)}")
    for p in problems[:200]:
        print("  " + p)
    ok = not problems and all(r[1] for r in req)
    print("\nRESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
