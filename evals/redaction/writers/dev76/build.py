"""Build handwritten_dev76.jsonl: parse the hand-written messages in hand/*.txt, then fill the
rest from the templates in templates.py (Faker, fixed seed). Run with the project venv:
    /work/main/.venv/bin/python build.py
"""
import json
import os
import random

import handparse
import templates
import validate

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev76.jsonl")


def extra_occurrences(text, idents):
    """Identifier texts that occur more often (outside longer identifiers) than they were marked:
    a clash with an ordinary word in the template text, so the message is rejected."""
    cover = [o for j in idents for o in validate.occurrences(text, j["text"])]
    bad = []
    for i in idents:
        occ = validate.occurrences(text, i["text"])
        inside = sum(1 for s, e in occ if any(a <= s and e <= b and (b - a) > (e - s) for a, b in cover))
        if len(occ) - inside > i["_n"]:
            bad.append(i["text"])
    return bad


def make_template_messages(seen_texts):
    G = templates.Gen(templates.SEED)
    msgs = []
    for fn, n in templates.TEMPLATES:
        made = 0
        tries = 0
        while made < n:
            tries += 1
            if tries > n * 60:
                raise RuntimeError(f"{fn.__name__}: too many rejects")
            style, markup = fn(G)
            try:
                text, idents, keeps, marked = handparse.parse_message(markup, fn.__name__)
            except handparse.MarkupError:
                continue
            for i in idents:
                i["_n"] = marked[i["text"]]
            rec = {"id": "x", "style": style, "text": text,
                   "identifiers": [{k: i[k] for k in ("text", "type", "region")} for i in idents],
                   "keep": keeps, "source": "template"}
            if validate.check_record(rec) or extra_occurrences(text, idents) or text in seen_texts:
                continue
            seen_texts.add(text)
            msgs.append(rec)
            made += 1
    return msgs


def main():
    hand = handparse.parse_all(os.path.join(HERE, "hand"))
    recs, seen = [], set()
    for m in hand:
        rec = {"id": "x", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
               "keep": m["keep"], "source": "hand"}
        errs = validate.check_record(rec)
        if errs:
            raise SystemExit(f"{m['_where']}: {errs}")
        if m["text"] in seen:
            raise SystemExit(f"{m['_where']}: duplicate text")
        seen.add(m["text"])
        recs.append(rec)
    recs.extend(make_template_messages(seen))
    random.Random(templates.SEED).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, r in enumerate(recs):
            r = {"id": f"hd76-{n:03d}", "style": r["style"], "text": r["text"],
                 "identifiers": r["identifiers"], "keep": r["keep"], "source": r["source"]}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} messages to {OUT}")


if __name__ == "__main__":
    main()
