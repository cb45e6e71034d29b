"""Rebuild handwritten_dev26.jsonl deterministically: hand-written modules + own templates (Faker, fixed seed)."""
import json, os, random
import hand1, hand2, hand3, hand4, hand5
import templates as T
from common import row
from values import V, SEED
import validate

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev26.jsonl")


def dedupe(ids):
    seen, out = set(), []
    for t in ids:
        if t[0] not in seen:
            seen.add(t[0])
            out.append(t)
    return out


def make_template_rows(v):
    rows = []
    for name, (fn, count) in T.TEMPLATES.items():
        for k in range(count):
            for attempt in range(50):
                style, text, ids, keep = fn(v)
                r = row(style, text, dedupe(ids), list(dict.fromkeys(keep)), source="template")
                errs = []
                validate.check_row(dict(r, id=f"{name}-{k}"), errs)
                if not errs:
                    rows.append(r)
                    break
            else:
                raise RuntimeError(f"template {name} failed 50 times: {errs}")
    return rows


def main():
    hand = [r for m in (hand1, hand2, hand3, hand4, hand5) for r in m.ROWS]
    tmpl = make_template_rows(V(SEED))
    rows = hand + tmpl
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            out = {"id": f"hd26-{i:03d}", "style": r["style"], "text": r["text"],
                   "identifiers": r["identifiers"], "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({len(hand)} hand, {len(tmpl)} template) to {OUT}")


if __name__ == "__main__":
    main()
