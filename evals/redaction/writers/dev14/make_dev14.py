"""Generator for the dev14 redaction development split (written from FROZEN_SPEC.md alone).
Usage: /work/main/.venv/bin/python make_dev14.py   (fixed seed; rewrites hand.jsonl and handwritten_dev14.jsonl)"""
import json, random, collections, os, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dev14lib import parse, check_record, STYLES
from values import Gen
from templates import STYLES_T

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1414
PER_STYLE = 28

def load_hand():
    recs = []
    for ln, line in enumerate(open(os.path.join(HERE, "hand_marked.txt"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"): continue
        style, marked = line.split(" ||| ", 1)
        marked = marked.replace("\\n", "\n")
        text, ids, keeps, spans = parse(marked)
        rec = {"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "hand", "id": f"hand-{ln}"}
        probs = check_record(rec, spans)
        if probs:
            print(f"hand_marked.txt line {ln}: {probs}", file=sys.stderr)
        recs.append(rec)
    return recs

def main():
    hand = load_hand()
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for r in hand:
            f.write(json.dumps({k: r[k] for k in ("style", "text", "identifiers", "keep", "source")}, ensure_ascii=False) + "\n")
    g = Gen(SEED)
    hcount = collections.Counter(r["style"] for r in hand)
    out, rejected = [], 0
    for style in STYLES:
        fns, case = STYLES_T[style]
        need = max(12, PER_STYLE - hcount[style])
        seen = set()
        i = 0
        while i < need:
            fn = fns[i % len(fns)] if i < len(fns) else g.ch(fns)
            marked = fn(g)
            text, ids, keeps, spans = parse(marked, case)
            rec = {"id": "x", "style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "template"}
            kmarks = re.findall(r"\{\{(.+?)\}\}", marked)
            if check_record(rec, spans) or text in seen or len(kmarks) != len(set(kmarks)):  # no repeated keep draws
                rejected += 1
                continue
            seen.add(text); out.append(rec); i += 1
    allr = [{k: r[k] for k in ("style", "text", "identifiers", "keep", "source")} for r in hand + out]
    random.Random(SEED).shuffle(allr)
    with open(os.path.join(HERE, "handwritten_dev14.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(allr):
            f.write(json.dumps({"id": f"hd14-{i:03d}", **r}, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}  template {len(out)}  rejected-and-regenerated {rejected}  total {len(allr)}")

if __name__ == "__main__":
    main()
