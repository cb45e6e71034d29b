"""Build handwritten_dev71.jsonl: hand-written messages from hand/*.txt plus template messages.

Run: /work/main/.venv/bin/python build.py
Fixed seeds (values.SEED for Faker and the template values, SHUFFLE_SEED for the order), so the output is reproducible.
"""
import json, os, random, re, sys
from handparse import parse_all
from validate import check_record
import templates as T

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev71.jsonl")
SHUFFLE_SEED = 71


def template_messages():
    out, seen = [], set()
    for fn, n in T.TEMPLATES:
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > 400:
                raise RuntimeError(f"template {fn.__name__} keeps failing")
            m, text = fn()
            rec = {"id": "tmp", "style": m.style, "text": text, "identifiers": m.identifiers, "keep": m.keep, "source": "template"}
            errs, warns = [], []
            check_record(rec, errs, warns)
            types = {}
            for i in m.identifiers:
                if types.setdefault(i["text"], i["type"]) != i["type"]:
                    errs.append("one text two types")
            if errs or text in seen:
                continue
            seen.add(text)
            rec["template"] = fn.__name__
            out.append(rec)
            made += 1
    return out


def main():
    hand = parse_all(os.path.join(HERE, "hand"))
    recs = [{"style": m["style"], "text": m["text"], "identifiers": m["identifiers"], "keep": m["keep"], "source": "hand",
             "origin": m["file"]} for m in hand]
    tmpl = template_messages()
    for r in tmpl:
        r["origin"] = r.pop("template")
    recs += tmpl
    random.Random(SHUFFLE_SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs):
            row = {"id": f"hd71-{i:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    # side file for the README: which hand file or template each id came from (not part of the eval format)
    with open(os.path.join(HERE, "origins.tsv"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs):
            fh.write(f"hd71-{i:03d}\t{r['source']}\t{r['origin']}\n")
    print(f"wrote {len(recs)} messages ({len(hand)} hand, {len(tmpl)} template) to {OUT}")


if __name__ == "__main__":
    main()
