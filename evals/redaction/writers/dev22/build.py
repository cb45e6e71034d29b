"""Rebuild handwritten_dev22.jsonl reproducibly: hand-written messages + seeded templates."""
import json, random, re, sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
import lib, checks
from gen import G
import hand_clinical, hand_discharge_chat, hand_caps_vm, hand_everyday, hand_intl, hand_extra

SEED = 22
OUT = __import__("os").path.join(__import__("os").path.dirname(__file__), "handwritten_dev22.jsonl")


def clean(m):
    return {k: m[k] for k in ("style", "text", "identifiers", "keep", "source")}


def main():
    hand, bad = [], []
    for mod in (hand_clinical, hand_discharge_chat, hand_caps_vm, hand_everyday, hand_intl, hand_extra):
        for style, marked in mod.H:
            m = clean(lib.msg(style, marked, "hand"))
            errs = checks.problems(m)
            if errs:
                bad.append(f"{mod.__name__}: {errs} :: {m['text'][:80]!r}")
            hand.append(m)
    if bad:
        raise SystemExit("hand message problems:\n" + "\n".join(bad))
    g = G(SEED)
    tmpl, rejected = [], 0
    for style, (fn, n) in G.TEMPLATES.items():
        made = 0
        while made < n:
            st, marked = getattr(g, fn)()
            marked = re.sub(r"\.(\|[A-Z]+!?»)\.", r".\1", marked)  # no '..' after an address ending in 'Mich.'
            m = clean(lib.msg(st, marked, "template"))
            if checks.problems(m) or not m["identifiers"]:
                rejected += 1; continue
            if any(m["text"] == t["text"] for t in tmpl):
                rejected += 1; continue
            tmpl.append(m); made += 1
    allm = hand + tmpl
    random.Random(SEED).shuffle(allm)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, m in enumerate(allm):
            row = {"id": f"hd22-{i:03d}", **m}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(allm)} messages ({len(hand)} hand, {len(tmpl)} template; {rejected} template draws rejected) -> {OUT}")


if __name__ == "__main__":
    main()
