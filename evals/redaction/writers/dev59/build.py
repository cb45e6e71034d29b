"""Build handwritten_dev59.jsonl: hand-written messages from hand/*.txt plus template messages
(templates.py, values from Faker and random with a fixed seed)."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import handparse  # noqa: E402
import templates  # noqa: E402
import values  # noqa: E402
from checks import check_message  # noqa: E402

N_TEMPLATE = 224
OUT = HERE / "handwritten_dev59.jsonl"


def finish(style, markup):
    text, idents, keep = handparse.parse_body(markup, "template")
    return {"id": "", "style": style, "text": text, "identifiers": idents, "keep": keep, "source": "template"}


def main():
    hand = handparse.parse_all(HERE / "hand")
    bad = 0
    for m in hand:
        where = m.pop("_where")
        m["id"] = ""
        errs = check_message({k: m[k] for k in ("id", "style", "text", "identifiers", "keep", "source")})
        for e in errs:
            print(f"HAND {where}: {e}")
            bad += 1
    if bad:
        sys.exit(1)

    # quota per template, proportional to its weight (largest remainder), so every template is used evenly
    total_w = sum(w for f, w in templates.TEMPLATES)
    raw = [(f, w * N_TEMPLATE / total_w) for f, w in templates.TEMPLATES]
    quota = {f: int(q) for f, q in raw}
    for f, q in sorted(raw, key=lambda x: -(x[1] - int(x[1])))[:N_TEMPLATE - sum(quota.values())]:
        quota[f] += 1
    order = [f for f, n in quota.items() for _ in range(n)]
    values.rng.shuffle(order)
    gen, rejected = [], 0
    seen = set(m["text"] for m in hand)
    while order:
        f = order[-1]
        style, markup, _ = f()
        try:
            m = finish(style, markup)
        except ValueError:
            rejected += 1
            continue
        if check_message(m) or m["text"] in seen:
            rejected += 1
            continue
        seen.add(m["text"])
        gen.append(m)
        order.pop()

    allm = [dict(id="", style=m["style"], text=m["text"], identifiers=m["identifiers"], keep=m["keep"], source=m["source"])
            for m in hand] + gen
    random.Random(59).shuffle(allm)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, m in enumerate(allm):
            m["id"] = f"hd59-{i:03d}"
            fh.write(json.dumps({k: m[k] for k in ("id", "style", "text", "identifiers", "keep", "source")},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(allm)} messages ({len(hand)} hand, {len(gen)} template, {rejected} template draws rejected) to {OUT.name}")


if __name__ == "__main__":
    main()
