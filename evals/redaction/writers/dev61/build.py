"""Build handwritten_dev61.jsonl: the hand-written messages in hand/*.txt, then template messages.

Run: /work/main/.venv/bin/python build.py
"""
import json
import random
import re
from collections import Counter

from handparse import load_hand
from templates import TEMPLATES, WEIGHTS, I, K
from values import Values, SEED

OUT = "handwritten_dev61.jsonl"
N_TEMPLATE = 220
# how many template messages to draw from each bucket (a template may still return a neighbouring style)
BUCKETS = {"forwarded": 22, "signature": 22, "form": 20, "list": 22, "all_caps": 18, "typos": 16, "run_on": 18,
           "speaker_label": 14, "lower_case": 12, "international": 30, "clinician_note": 6, "general_text": 20}
assert sum(BUCKETS.values()) == N_TEMPLATE


def occurrences(text, sub):
    out, start = [], 0
    while True:
        j = text.find(sub, start)
        if j < 0:
            return out
        out.append((j, j + len(sub)))
        start = j + 1


def boundary_ok(text, s, e):
    sub = text[s:e]
    if sub[0].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    if sub[-1].isalnum() and e < len(text) and text[e].isalnum():
        return False
    return True


def check(msg, marked_spans=None):
    """Return a list of problems with one message (same rules as validate.py, plus stray occurrences)."""
    text, probs, spans = msg["text"], [], []
    for i in msg["identifiers"]:
        occ = occurrences(text, i["text"])
        if not occ:
            probs.append(f"missing {i['text']!r}")
        for s, e in occ:
            if not boundary_ok(text, s, e):
                probs.append(f"boundary {i['text']!r}")
            if marked_spans is not None and not any(a <= s and e <= b for a, b in marked_spans):
                probs.append(f"stray occurrence of {i['text']!r}")
        spans += occ
    for k in msg["keep"]:
        for s, e in occurrences(text, k) or [(None, None)]:
            if s is None:
                probs.append(f"keep missing {k!r}")
            elif any(s < b and a < e for a, b in spans):
                probs.append(f"keep {k!r} overlaps an identifier")
    return probs


def add_typos(s, r):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
    if not cand or r.random() < 0.35:
        return s
    i = r.choice(cand)
    w = words[i]
    j = r.randrange(1, len(w) - 1)
    op = r.choice(["swap", "drop", "double"])
    if op == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op == "drop":
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def assemble(style, parts, r):
    def tf(x):
        if style == "lower_case":
            return x.lower()
        if style == "all_caps":
            return x.upper()
        return x
    text, ids, keep, spans = [], [], [], []
    pos = 0
    for p in parts:
        if isinstance(p, I):
            t, typ, reg = p
            t = tf(t)
            ids.append({"text": t, "type": typ, "region": reg})
            spans.append((pos, pos + len(t)))
        elif isinstance(p, K):
            t = tf(str(p))
            keep.append(t)
        else:
            t = tf(p)
            if style == "typos":
                t = add_typos(t, r)
        text.append(t)
        pos += len(t)
    seen, uniq = {}, []
    for i in ids:
        if i["text"] in seen:
            if (seen[i["text"]]["type"], seen[i["text"]]["region"]) != (i["type"], i["region"]):
                return None, None
            continue
        seen[i["text"]] = i
        uniq.append(i)
    return {"style": style, "text": "".join(text), "identifiers": uniq, "keep": list(dict.fromkeys(keep)),
            "source": "template"}, spans


def main():
    hand = load_hand("hand")
    for m in hand:
        probs = check(m)
        if probs:
            raise SystemExit(f"hand message problem in {m['_file']}: {probs} :: {m['text'][:80]!r}")
    v = Values(SEED)
    r = random.Random(SEED + 1)
    schedule = [b for b, n in BUCKETS.items() for _ in range(n)]
    r.shuffle(schedule)
    made, retries, seen_text = [], 0, set()
    for bucket in schedule:
        for attempt in range(50):
            pool = TEMPLATES[bucket]
            tpl = v.r.choices(pool, weights=[WEIGHTS.get(t.__name__, 1) for t in pool])[0]
            style, parts = tpl(v)
            msg, spans = assemble(style, parts, r)
            if msg is None or msg["text"] in seen_text:
                retries += 1
                continue
            probs = check(msg, spans)
            if probs:
                retries += 1
                continue
            msg["_tpl"] = tpl.__name__
            made.append(msg)
            seen_text.add(msg["text"])
            break
        else:
            raise SystemExit(f"could not fill bucket {bucket}")
    # interleave hand and template messages deterministically so sources are not in two blocks
    allm = hand + made
    r.shuffle(allm)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, m in enumerate(allm):
            row = {"id": f"hd61-{n:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"hand {len(hand)}  template {len(made)}  (rejected drafts: {retries})  -> {OUT}")
    print("templates used:", dict(Counter(m["_tpl"] for m in made).most_common()))


if __name__ == "__main__":
    main()
