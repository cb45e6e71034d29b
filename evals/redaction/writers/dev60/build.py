"""Build handwritten_dev60.jsonl: parse hand/*.txt, fill the rest from own templates (Faker, fixed seed)."""
import json, os, random, collections, sys
from handparse import parse_all, parse_message
from gen_values import Gen, SEED
from templates import T_, STYLE_TEMPLATES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev60.jsonl")
TOTAL = 425


def occ(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def problems(msg):
    text, errs, spans = msg["text"], [], []
    for ident in msg["identifiers"]:
        o = occ(text, ident["text"])
        if not o or ident["text"] != ident["text"].strip():
            errs.append(f"identifier {ident['text']!r} missing/whitespace")
        for a, b in o:
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append(f"identifier {ident['text']!r} not on word boundary")
        spans += o
    for k in msg["keep"]:
        for a, b in occ(text, k):
            if any(a < y and x < b for x, y in spans):
                errs.append(f"keep {k!r} overlaps identifier")
    return errs


def main():
    hand = parse_all(os.path.join(HERE, "hand"))
    bad = [(m["where"], p) for m in hand for p in problems(m)]
    if bad:
        for w, p in bad:
            print("HAND PROBLEM", w, p)
        sys.exit(1)
    g = Gen(SEED)
    tm = T_(g)
    n_tmpl = TOTAL - len(hand)
    styles = sorted(STYLE_TEMPLATES)
    hand_style = collections.Counter(m["style"] for m in hand)
    # quota per style: bring every style towards TOTAL/len(styles), at least 6 templates each
    target = TOTAL / len(styles)
    need = {s: max(6, target - hand_style[s]) for s in styles}
    scale = n_tmpl / sum(need.values())
    quota = {s: int(need[s] * scale) for s in styles}
    rest = n_tmpl - sum(quota.values())
    for s in sorted(styles, key=lambda s: -(need[s] * scale - quota[s]))[:rest]:
        quota[s] += 1
    tmpl_msgs, retries = [], 0
    for s in styles:
        names = STYLE_TEMPLATES[s]
        for i in range(quota[s]):
            fn = getattr(tm, names[i % len(names)])
            for attempt in range(60):
                style, markup = fn()
                try:
                    msg = parse_message(style, "US", markup, f"template:{fn.__name__}")
                except ValueError:
                    retries += 1
                    continue
                if problems(msg):
                    retries += 1
                    continue
                break
            else:
                raise RuntimeError(f"could not fill {fn.__name__}")
            msg["source"] = "template"
            tmpl_msgs.append(msg)
    allm = hand + tmpl_msgs
    random.Random(SEED).shuffle(allm)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, m in enumerate(allm):
            row = {"id": f"hd60-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}, template {len(tmpl_msgs)} (retries {retries}), total {len(allm)} -> {OUT}")


if __name__ == "__main__":
    main()
