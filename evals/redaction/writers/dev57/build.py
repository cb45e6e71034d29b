"""Build handwritten_dev57.jsonl: hand-written messages from hand/*.txt plus template messages (fixed seed).

Run: /work/main/.venv/bin/python build.py
"""
import json, random, re
import handparse, templates, values, validate

SEED = 5757
OUT = "handwritten_dev57.jsonl"
N_TEMPLATE = sum(templates.PLAN.values())


def case_transform(style, text, idents, keep):
    if style not in ("all_caps", "lower_case"):
        return text, idents, keep
    f = str.upper if style == "all_caps" else str.lower
    out, seen = [], set()
    for e in idents:
        t = f(e["text"])
        if t not in seen:
            seen.add(t)
            out.append(dict(e, text=t))
    k2 = []
    for k in keep:
        if f(k) not in k2:
            k2.append(f(k))
    return f(text), out, k2


def make_template_message(g, style, fn):
    for _ in range(200):
        style_, marked = fn(g)
        text, idents, keep = handparse.parse_body(marked)
        masked = handparse.TOKEN.sub(lambda m: "\x00" if m.group(1) else m.group(4), marked)
        text, idents, keep = case_transform(style, text, idents, keep)
        masked = masked.upper() if style == "all_caps" else masked.lower() if style == "lower_case" else masked
        # an identifier text must not also occur in the template's own words (that would be an unmarked mention)
        if any(e["text"] in masked for e in idents):
            continue
        msg = {"id": "x", "style": style, "text": text, "identifiers": idents, "keep": keep, "source": "template"}
        if validate.check_message(msg):
            continue
        return msg
    raise RuntimeError("could not build a clean message for " + style)


def main():
    hand = handparse.parse_all("hand")
    for m in hand:
        m.pop("_where")
    v = values.Values(SEED)
    g = templates.G(v)
    tmpl = []
    for style, n in templates.PLAN.items():
        fns = templates.TEMPLATES[style]
        for i in range(n):
            tmpl.append(make_template_message(g, style, fns[i % len(fns)]))
    msgs = hand + tmpl
    random.Random(SEED).shuffle(msgs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, m in enumerate(msgs):
            rec = {"id": "hd57-%03d" % i, "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
                   "keep": m["keep"], "source": m["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d messages (%d hand, %d template) to %s" % (len(msgs), len(hand), len(tmpl), OUT))


if __name__ == "__main__":
    main()
