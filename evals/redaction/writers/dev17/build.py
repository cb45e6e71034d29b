"""Build handwritten_dev17.jsonl: hand messages (hand*.py) + template messages (templates.py).
Reproducible: all randomness from random.Random seeds; final shuffle with seed 1717."""
import json
import random
import re
import sys

from common import parse, check_record, MARK
import templates as TP
from fakes import COUNTRIES
from hand1 import HAND as H1
from hand2 import HAND as H2
from hand3 import HAND as H3

OUT = "/work/drafts/dev17/handwritten_dev17.jsonl"
TOTAL = 462
INTL_SHARE_ANY = 0.42


def typo(rng, chunk):
    def f(m):
        w = m.group(0)
        if len(w) < 4 or rng.random() > 0.14:
            return w
        i = rng.randrange(1, len(w) - 1)
        k = rng.random()
        if k < 0.4:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if k < 0.7:
            return w[:i] + w[i + 1:]
        return w[:i] + w[i] + w[i:]
    return re.sub(r"[A-Za-z]+", f, chunk)


def transform(rng, markup, how):
    if how == "lower":
        return markup.lower()
    if how == "upper":
        return markup.upper()
    if how == "typo":
        out, pos = [], 0
        for m in MARK.finditer(markup):
            out.append(typo(rng, markup[pos:m.start()]))
            out.append(m.group(0))
            pos = m.end()
        out.append(typo(rng, markup[pos:]))
        return "".join(out)
    return markup


def hand_records():
    recs = []
    for n, (style, reg, markup) in enumerate(H1 + H2 + H3):
        text, ids, keep = parse(markup, reg)
        rec = {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand"}
        errs = check_record(rec)
        if errs:
            print(f"HAND #{n} ({style}): {errs}\n   {text[:150]!r}", file=sys.stderr)
        recs.append(rec)
    return recs


def template_records(hand):
    rng = random.Random(17)
    hand_style = {}
    for r in hand:
        hand_style[r["style"]] = hand_style.get(r["style"], 0) + 1
    n_tmpl = TOTAL - len(hand)
    styles = TP.STYLES
    # fill each style up to an even share
    need = {s: 0 for s in styles}
    target = (TOTAL + len(styles) - 1) // len(styles)
    for s in styles:
        need[s] = max(0, target - hand_style.get(s, 0))
    while sum(need.values()) > n_tmpl:
        s = max((x for x in need if need[x] > 0), key=lambda x: need[x] + hand_style.get(x, 0))
        need[s] -= 1
    while sum(need.values()) < n_tmpl:
        s = min(need, key=lambda s: need[s] + hand_style.get(s, 0))
        need[s] += 1
    recs = []
    for s in styles:
        tmpls = TP.T[s][:]
        order = []
        while len(order) < need[s]:
            rng.shuffle(tmpls)
            order += tmpls
        for req, tmpl in order[:need[s]]:
            for attempt in range(200):
                if req == "U":
                    reg = "U"
                elif req == "I":
                    reg = "I"
                else:
                    reg = "I" if rng.random() < INTL_SHARE_ANY else "U"
                cc = rng.choice(COUNTRIES)
                ctx = TP.Ctx(rng, reg, cc)
                try:
                    markup = tmpl.format_map(ctx)
                    markup = transform(rng, markup, TP.TRANSFORM.get(s))
                    text, ids, keep = parse(markup, reg)
                except (ValueError, KeyError) as e:
                    if isinstance(e, KeyError):
                        raise
                    continue
                rec = {"style": s, "text": text, "identifiers": ids, "keep": keep, "source": "template"}
                if not check_record(rec):
                    recs.append(rec)
                    break
            else:
                raise RuntimeError("could not fill " + tmpl)
    return recs


def main():
    hand = hand_records()
    tmpl = template_records(hand)
    allr = hand + tmpl
    random.Random(1717).shuffle(allr)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(allr):
            rec = {"id": f"hd17-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(allr)} records ({len(hand)} hand, {len(tmpl)} template) to {OUT}")


if __name__ == "__main__":
    main()
