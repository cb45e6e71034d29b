"""Builds handwritten_dev74.jsonl: hand/*.txt (parsed) + template messages (Faker, fixed seed)."""
import json, random, sys
from pathlib import Path
from handparse import parse_all
from checks import check_message
import templates as T

SEED = 7474
HERE = Path(__file__).resolve().parent
OUT = HERE / "handwritten_dev74.jsonl"


def main():
    hand = parse_all(HERE / "hand")
    bad = 0
    for m in hand:
        e = check_message(m)
        if e:
            bad += 1
            print("HAND PROBLEM", m["_file"], m["text"][:70].replace("\n", " / "), e, file=sys.stderr)
    if bad:
        sys.exit(f"{bad} hand messages have problems")
    rng = random.Random(SEED)
    ctx = T.Ctx(rng, SEED)
    gen, rejected = [], 0
    for fn, n in T.TEMPLATES:
        made = 0
        while made < n:
            m = fn(ctx)
            if check_message(m) or not m["identifiers"]:
                rejected += 1
                continue
            gen.append(m); made += 1
    msgs = [{k: v for k, v in m.items() if not k.startswith("_")} for m in hand] + gen
    random.Random(SEED + 1).shuffle(msgs)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, m in enumerate(msgs):
            rec = {"id": f"hd74-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}  template {len(gen)}  (rejected draws {rejected})  -> {OUT.name}, {len(msgs)} messages")


if __name__ == "__main__":
    main()
