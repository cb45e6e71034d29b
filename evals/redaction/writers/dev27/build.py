"""Deterministic rebuild of handwritten_dev27.jsonl (hand modules + own Faker templates, fixed seed)."""
import json, random, sys, os
# Some Faker locale providers iterate over sets, so fix the hash seed for a byte-identical rebuild.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_block, parse
from checks import row_problems
import hand1, hand2, hand3, hand4
import msgs
from templates import Gen

SEED = 2727
N_US, N_INTL = 150, 90

def main():
    rng = random.Random(SEED)
    rows = []
    for mod in (hand1, hand2, hand3, hand4):
        for row in parse_block(mod.TEXT, "hand", rng):
            pr = row_problems(row)
            if pr:
                raise SystemExit(f"hand row problem {pr}: {row['text'][:80]}")
            rows.append(row)
    g = Gen(SEED)
    for n, pool in ((N_US, msgs.US_T), (N_INTL, msgs.INTL_T)):
        for i in range(n):
            tpl = pool[i % len(pool)]
            for _ in range(50):
                style, markup = tpl(g)
                row = parse(markup, style, "template", g.r)
                if not row_problems(row):
                    break
            else:
                raise SystemExit("template failed")
            rows.append(row)
    random.Random(SEED).shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev27.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, row in enumerate(rows):
            o = {"id": f"hd27-{i:03d}", "style": row["style"], "text": row["text"], "identifiers": row["identifiers"],
                 "keep": row["keep"], "source": row["source"]}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")

if __name__ == "__main__":
    main()
