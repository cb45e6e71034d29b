"""Build /work/drafts/dev15/handwritten_dev15.jsonl. Usage: python gen.py  (deterministic)."""
import json
import re
import random
from collections import Counter

import engine
from engine import Ctx, render, finish, parse_hand
from templates import T
from values import Builders, LOCALES
from validate import check_record, STYLES
import hand

SEED = 1515
PER_STYLE = 29
INTL_LOCALES = [l for l in LOCALES]


def main():
    b = Builders(SEED)
    recs = []
    # ---- hand-written
    for style, marked in hand.HAND:
        text, ids, keep, clin = parse_hand(marked, b)
        text, ids, keep = finish(text, ids, keep, "as-is")
        rec = {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand", "_clinical": clin}
        errs = check_record(dict(rec, id="x"))
        if any(c in text for c in "[]{}") or re.search(r"@(IBAN|CARD|ROUT|ACCT)", text):
            errs.append("markup left in text")
        if errs:
            raise SystemExit(f"HAND ERROR in {marked[:70]!r}: {errs}")
        recs.append(rec)
    hand_styles = Counter(r["style"] for r in recs)
    # ---- templates
    rng = random.Random(SEED + 1)
    for style in STYLES:
        need = max(0, PER_STYLE - hand_styles[style])
        tlist = T[style]
        order = [tlist[i % len(tlist)] for i in range(need)]
        rng.shuffle(order)
        for scope, tpl in order:
            for attempt in range(80):
                if scope == "any":
                    scope_eff = "us" if rng.random() < 0.45 else "intl"
                else:
                    scope_eff = scope
                if scope_eff == "us":
                    loc = "en_US"
                    nl = rng.choices(["en_US", "en_US_word", "es_MX", "vi_VN", "fil_PH"], [62, 18, 10, 5, 5])[0]
                elif scope_eff == "intl":
                    loc, nl = rng.choice(INTL_LOCALES), None
                else:
                    loc, nl = rng.choice(scope_eff.split(":")[1].split(",")), None
                ctx = Ctx(b, loc, nl or "en_US")
                text, ids, keep, clin = render(tpl, ctx)
                text, ids, keep = finish(text, ids, keep, style)
                rec = {"style": style, "text": text, "identifiers": ids, "keep": keep, "source": "template", "_clinical": clin}
                if not check_record(dict(rec, id="x")):
                    recs.append(rec)
                    break
            else:
                raise SystemExit(f"could not fill {tpl[:60]}")
    random.Random(SEED).shuffle(recs)
    with open("handwritten_dev15.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs):
            out = {"id": f"hd15-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    clin = sum(r["_clinical"] for r in recs)
    print(f"wrote {len(recs)} records; with clinical keep word: {clin} ({clin / len(recs):.1%})")


if __name__ == "__main__":
    main()
