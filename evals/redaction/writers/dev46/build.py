"""Build handwritten_dev46.jsonl: hand-written messages from hand/*.txt plus template messages filled with Faker
values (fixed seed). Run: /work/main/.venv/bin/python build.py"""
import json, random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from handparse import parse_all, parse_block
from checks import check_row
from pools import Gen
from templates import REGISTRY, T
import re

SEED = 4646
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "handwritten_dev46.jsonl")
TEMPLATE_COUNTS = {"speaker_label": 16, "lower_case": 16, "all_caps": 17, "typos": 17, "run_on": 18, "list": 19,
                   "signature": 18, "forwarded": 18, "form": 20, "general_text": 18, "clinician_note": 17,
                   "international": 21}
MARK = re.compile(r"(\{\{.+?\|[PLTEUSMDA]!?\}\}|\[\[.+?\]\])", re.S)


def typo_word(w, r):
    if len(w) < 4 or not w.isalpha():
        return w
    k = r.choice(["swap", "drop", "double", "near"])
    i = r.randint(1, len(w) - 2)
    if k == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == "drop":
        return w[:i] + w[i + 1:]
    if k == "double":
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "m": "n", "s": "a", "t": "r", "r": "t", "u": "y"}
    return w[:i] + near.get(w[i], w[i]) + w[i + 1:]


def inject_typos(marked, r, rate=0.14):
    parts = MARK.split(marked)
    out = []
    for p in parts:
        if MARK.fullmatch(p):
            out.append(p)
            continue
        words = re.split(r"(\W+)", p)
        words = [typo_word(w, r) if (w and w[0].isalpha() and r.random() < rate) else w for w in words]
        s = "".join(words)
        s = s.replace("I'm", r.choice(["Im", "im", "I'm"])).replace("don't", r.choice(["dont", "don't"]))
        out.append(s)
    return "".join(out)


INNER = re.compile(r"^(\{\{)(.+?)(\|[PLTEUSMDA]!?\}\})$|^(\[\[)(.+?)(\]\])$", re.S)


def case_marked(marked, fn):
    """Apply a case function to the text of a marked-up message, leaving the markup codes alone."""
    out = []
    for p in MARK.split(marked):
        m = INNER.match(p) if MARK.fullmatch(p) else None
        if m:
            out.append(m.group(1) + fn(m.group(2)) + m.group(3) if m.group(1) else m.group(4) + fn(m.group(5)) + m.group(6))
        else:
            out.append(fn(p))
    return "".join(out)


def make_template_row(style, fn, g, tries=40):
    last = None
    for _ in range(tries):
        marked = fn(T(g))
        if style == "typos":
            marked = inject_typos(marked, g.r)
        elif style == "lower_case":
            marked = case_marked(marked, str.lower)
        elif style == "all_caps":
            marked = case_marked(marked, str.upper)
        try:
            row = parse_block(style, marked, fn.__name__)
        except ValueError as e:
            last = str(e)
            continue
        row["source"] = "template"
        errs = check_row(row)
        if row.pop("_stray"):
            errs = errs + ["identifier text also occurs unmarked"]
        if not errs:
            return row
        last = errs
    raise RuntimeError(f"{fn.__name__}: no valid draw: {last}")


def main():
    hand = parse_all(os.path.join(HERE, "hand"))
    for h in hand:
        stray = h.pop("_stray")
        if stray:
            print(f"note: hand message has unmarked occurrences of {sorted(set(stray))}: {h['text'][:70]!r}")
        errs = check_row(h)
        if errs:
            raise SystemExit(f"hand message problem: {h['text'][:60]!r}: {errs}")
    g = Gen(SEED)
    tmpl = []
    for style, n in TEMPLATE_COUNTS.items():
        fns = REGISTRY[style][:]
        g.r.shuffle(fns)
        for k in range(n):
            tmpl.append(make_template_row(style, fns[k % len(fns)], g))
    rows = hand + tmpl
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(rows):
            obj = {"id": f"hd46-{n:03d}", "style": r["style"], "text": r["text"], "identifiers": r["identifiers"],
                   "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages ({len(hand)} hand, {len(tmpl)} template) to {OUT}")


if __name__ == "__main__":
    main()
