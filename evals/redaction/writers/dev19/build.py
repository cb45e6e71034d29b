"""Build /work/drafts/dev19/handwritten_dev19.jsonl: hand-written messages (hand*.txt) plus
template messages (templates.py + profiles.py, Faker in many locales). Fully seeded."""
import json, os, random, sys, collections

# Some Faker providers (e.g. it_IT city names) iterate over sets, so string-hash randomisation
# would change the output between runs: re-run ourselves with a fixed hash seed.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
from handparse import load_hand, parse_block
from templates import GENERATORS, T
from checks import record_problems

SEED = 1919
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev19.jsonl")
MIN_PER_STYLE = 21
EXTRA = {"international": 36}


def main():
    rng = random.Random(SEED)
    hand = load_hand(HERE)
    for r in hand:
        p = record_problems(r)
        if p:
            print("HAND PROBLEM:", r["text"][:60].replace("\n", " "), p, file=sys.stderr)
    hand_styles = collections.Counter(r["style"] for r in hand)
    quota = {}
    for st in GENERATORS:
        quota[st] = max(MIN_PER_STYLE - hand_styles.get(st, 0), 5) + EXTRA.get(st, 0)
    templ, texts, rejected = [], {r["text"] for r in hand}, 0
    for st in sorted(quota):
        made = 0
        while made < quota[st]:
            markup = GENERATORS[st](rng, T(rng))
            rec = parse_block(st, markup)
            rec["source"] = "template"
            if rec["text"] in texts or record_problems(rec):
                rejected += 1
                continue
            texts.add(rec["text"])
            templ.append(rec)
            made += 1
    allrecs = hand + templ
    rng.shuffle(allrecs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(allrecs):
            rec = {"id": f"hd19-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(allrecs)} records ({len(hand)} hand, {len(templ)} template, {rejected} template draws rejected) -> {OUT}")


if __name__ == "__main__":
    main()
