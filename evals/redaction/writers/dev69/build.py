"""Build handwritten_dev69.jsonl.

1. Parse the hand-written messages in hand/*.txt (markup described in handparse.py).
2. Fill the rest from my own templates (templates.py) with Faker values (values.py, fixed seed 6969).
3. Add obvious keep words (relation words, capitalised contractions, month/weekday names) that occur
   in a message on word boundaries and touch no identifier occurrence.
4. Shuffle (fixed seed), assign ids hd69-000..., write the jsonl.
Every template draw is checked with checks.message_problems and redrawn if it fails.
"""
import json
import random
import re

import handparse
import values as V
from templates import TEMPLATES
from checks import message_problems, occurrences

OUT = "handwritten_dev69.jsonl"
N_TEMPLATE = 220


# ------------------------------------------------------------------ auto keep words
AUTO_KEEP = (["Mom", "Dad", "Mum", "Grandma", "Grandpa", "Nana", "Papa", "Abuela", "Abuelo", "Baba", "Amma", "Aunty",
              "mom", "dad", "grandma", "grandpa", "mum"] +
             ["I'm", "I'll", "I've", "I'd", "We'll", "We're", "She'd", "She's", "He's", "He'd", "Don't", "Doesn't",
              "Can't", "Won't", "Didn't", "It's", "That's", "There's", "Let's", "They're", "You're"] +
             V.MONTHS + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def add_auto_keep(m):
    spans = [s for i in m["identifiers"] for s in occurrences(m["text"], i["text"])]
    for w in AUTO_KEEP:
        if w in m["keep"] or not re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", m["text"]):
            continue
        if any(s < b and a < e for s, e in occurrences(m["text"], w) for a, b in spans):
            continue
        m["keep"].append(w)


def finish(style, raw, source):
    # an identifier ending in "." (e.g. "Monterrey, N.L.") followed by a template full stop -> one full stop
    raw = re.sub(r"\.(\|[A-Z](?:\|I)?\]\])\.", r".\1", raw)
    m = handparse.parse_message(style, raw, "template")
    m["source"] = source
    if style == "lower_case":
        m = recase(m, str.lower)
    elif style == "all_caps":
        m = recase(m, str.upper)
    return m


def recase(m, f):
    m["text"] = f(m["text"])
    seen, ids = set(), []
    for i in m["identifiers"]:
        t = f(i["text"])
        if (t, i["type"]) not in seen:
            seen.add((t, i["type"]))
            ids.append({**i, "text": t})
    m["identifiers"] = ids
    m["keep"] = list(dict.fromkeys(f(k) for k in m["keep"]))
    return m


def main():
    hand = handparse.parse_all("hand")
    for m in hand:
        add_auto_keep(m)
        probs = message_problems(m)
        if probs:
            raise SystemExit("hand message problem: " + "; ".join(probs) + "\n" + m["text"])
    tmpl, rejected = [], 0
    plan = [fn for fn, n in TEMPLATES for _ in range(n)]
    assert len(plan) == N_TEMPLATE, len(plan)
    for fn in plan:
        for attempt in range(60):
            style, raw = fn()
            m = finish(style, raw, "template")
            add_auto_keep(m)
            if not message_problems(m) and m["identifiers"] and all(x["text"] != m["text"] for x in m["identifiers"]) \
                    and m["text"] not in {t["text"] for t in tmpl}:
                break
            rejected += 1
        else:
            raise SystemExit(f"could not draw a clean message from {fn.__name__}")
        tmpl.append(m)
    rows = hand + tmpl
    random.Random(69).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, m in enumerate(rows):
            rec_ = {"id": f"hd69-{n:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                    "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(rec_, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(rows)} messages ({len(hand)} hand, {len(tmpl)} template); {rejected} template draws rejected")


if __name__ == "__main__":
    main()
