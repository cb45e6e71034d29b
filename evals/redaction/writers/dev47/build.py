"""Build handwritten_dev47.jsonl: hand-written messages (hand/*.txt) + template messages (Faker, fixed seed).

Usage: /work/main/.venv/bin/python build.py
"""
import json
import random
from collections import Counter
from pathlib import Path

from handparse import parse_dir
from msgcheck import check_message, occurrences
from templates import TEMPLATES, QUOTA, INTL_SHARE, WEIGHTS, Msg, Retry
from values import Gen

SEED = 4747
HERE = Path(__file__).resolve().parent
OUT = HERE / "handwritten_dev47.jsonl"


def finalize(m, text):
    ids = list(m.ids.values())
    keep = list(m.keep)
    if m.case == "upper":
        text = text.upper()
        for i in ids:
            i["text"] = i["text"].upper()
        keep = [k.upper() for k in keep]
    elif m.case == "lower":
        text = text.lower()
        for i in ids:
            i["text"] = i["text"].lower()
        keep = [k.lower() for k in keep]
    # dedupe after case change
    seen, uniq = {}, []
    for i in ids:
        if i["text"] in seen:
            if seen[i["text"]]["type"] != i["type"]:
                raise Retry("case collision")
            continue
        seen[i["text"]] = i
        uniq.append(i)
    # keep words computed for a variant that was not chosen are dropped
    keep = [k for k in dict.fromkeys(keep) if k in text]
    return {"style": m.style, "text": text, "identifiers": uniq, "keep": keep}


def exact_count_ok(msg, inserts, case):
    """Every occurrence of an identifier text must be one we inserted (or sit inside a longer
    identifier occurrence); catches names that collide with other words of the template."""
    t = msg["text"]
    spans = {i["text"]: occurrences(t, i["text"]) for i in msg["identifiers"]}
    ins = Counter()
    for k, v in inserts.items():
        kk = k.upper() if case == "upper" else k.lower() if case == "lower" else k
        ins[kk] += v
    for val, occ in spans.items():
        free = [o for o in occ if not any(o2[0] <= o[0] and o[1] <= o2[1] and (o2[1] - o2[0]) > (o[1] - o[0])
                                          for other, occ2 in spans.items() if other != val for o2 in occ2)]
        if len(free) > ins[val]:
            return False
    return True


def make_template(g, style, fn):
    for attempt in range(200):
        m = Msg(style)
        if style == "lower_case":
            m.case = "lower"
        try:
            text = fn(g, m)
            msg = finalize(m, text)
        except Retry:
            continue
        if check_message(msg):
            continue
        if not exact_count_ok(msg, m.inserts, m.case):
            continue
        if not msg["identifiers"]:
            continue
        return msg
    raise RuntimeError(f"could not fill {fn.__name__}")


def main():
    hand = parse_dir(HERE / "hand")
    for h in hand:
        h["source"] = "hand"
        probs = check_message(h)
        if probs:
            raise SystemExit(f"hand message in {h['_file']} has problems: {probs}\n{h['text']}")
    g = Gen(SEED)
    tmpl = []
    for style, n in QUOTA.items():
        us_fns, intl_fns = TEMPLATES[style]
        n_intl = n if not us_fns else round(n * INTL_SHARE) if intl_fns else 0
        plan = [(intl_fns, i) for i in range(n_intl)] + [(us_fns, i) for i in range(n - n_intl)]
        for fns, i in plan:
            # every template is used once before templates repeat
            fn = fns[i] if i < len(fns) else g.r.choices(fns, weights=[WEIGHTS.get(f.__name__, 1) for f in fns])[0]
            msg = make_template(g, style, fn)
            msg["source"] = "template"
            msg["_template"] = fn.__name__
            tmpl.append(msg)
    allm = hand + tmpl
    random.Random(SEED).shuffle(allm)
    with OUT.open("w", encoding="utf-8") as f:
        for n, m in enumerate(allm):
            rec = {"id": f"hd47-{n:03d}", "style": m["style"], "text": m["text"],
                   "identifiers": m["identifiers"], "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(allm)} messages ({len(hand)} hand, {len(tmpl)} template) to {OUT.name}")
    print("Faker locales used by the templates:", ", ".join(sorted(g._fk)))


if __name__ == "__main__":
    main()
