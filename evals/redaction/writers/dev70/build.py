"""Build handwritten_dev70.jsonl: hand-written messages (hand/*.txt, parsed by handparse.py)
plus template messages (templates.py, Faker with fixed seeds). Run: python build.py"""
import os, sys
if os.environ.get("PYTHONHASHSEED") != "0":  # some Faker providers iterate over sets: pin the hash seed
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
import json, random
import handparse
import templates as T
from validate import check_message

OUT = "handwritten_dev70.jsonl"


def main():
    hand = handparse.load_hand("hand")
    bad = [(i, e) for i, m in enumerate(hand) for e in check_message(dict(m, id="x"))]
    if bad:
        for i, e in bad:
            print("HAND", i, e, "|", hand[i]["text"][:70].replace("\n", " / "))
        raise SystemExit("fix the hand files first")
    texts = {m["text"] for m in hand}
    tmpl, retries = [], 0
    for fn, n in T.SCHEDULE.items():
        made = 0
        while made < n:
            m = fn()
            if check_message(dict(m, id="x")) or m["text"] in texts:
                retries += 1  # e.g. a Faker name that sits inside another word; draw again
                continue
            texts.add(m["text"])
            tmpl.append(m)
            made += 1
    msgs = hand + tmpl
    random.Random(70).shuffle(msgs)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, m in enumerate(msgs):
            row = {"id": f"hd70-{n:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}, template {len(tmpl)} (redrawn {retries}), total {len(msgs)} -> {OUT}")


if __name__ == "__main__":
    main()
