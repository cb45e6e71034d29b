"""Build /work/drafts/dev42/handwritten_dev42.jsonl from the hand-written files and our own templates.

Usage: /work/main/.venv/bin/python build.py
Hand-written messages: hand_*.txt (markup described in markup.py). Templates: templates.py.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import parse, assemble  # noqa: E402
import templates  # noqa: E402

OUT = os.path.join(HERE, "handwritten_dev42.jsonl")
N_TEMPLATE = int(os.environ.get("N_TEMPLATE", "250"))
SEED = 4242


def read_hand():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
        style, buf = None, []
        for line in open(path, encoding="utf-8").read().split("\n"):
            if line.startswith("=== "):
                if style:
                    msgs.append((style, "\n".join(buf).strip("\n"), path))
                style, buf = line[4:].strip(), []
            elif style is None:
                continue  # header comments
            else:
                buf.append(line)
        if style:
            msgs.append((style, "\n".join(buf).strip("\n"), path))
    return msgs


def boundary_ok(text, ident):
    i = text.find(ident)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(ident)] if i + len(ident) < len(text) else " "
        if (before.isalnum() and ident[0].isalnum()) or (after.isalnum() and ident[-1].isalnum()):
            return False
        i = text.find(ident, i + 1)
    return True


def keep_overlap(text, ids, keeps):
    from markup import occurrences
    spans = [o for i in ids for o in occurrences(text, i["text"])]
    for k in keeps:
        for a, b in occurrences(text, k):
            if any(a < y and x < b for x, y in spans):
                return k
    return None


def case_warnings(text, ids):
    """PERSON names that also occur in another letter case, outside every identifier occurrence."""
    import re
    from markup import occurrences
    spans = [o for i in ids for o in occurrences(text, i["text"])]
    out = []
    for i in ids:
        if i["type"] != "PERSON":
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(i["text"]) + r"(?!\w)", text, re.I):
            if not any(x <= m.start() and m.end() <= y for x, y in spans):
                out.append("%r also appears as %r" % (i["text"], m.group(0)))
    return out


def check(text, ids, keeps, problems):
    probs = list(problems)
    for i in ids:
        if not boundary_ok(text, i["text"]):
            probs.append("not on word boundary: %r" % i["text"])
    k = keep_overlap(text, ids, keeps)
    if k:
        probs.append("keep overlaps identifier: %r" % k)
    return probs


def main():
    rows, failures = [], 0
    for style, markup, path in read_hand():
        text, ids, keeps, problems = assemble(parse(markup))
        probs = check(text, ids, keeps, problems)
        if probs:
            failures += 1
            print("HAND PROBLEM in %s: %s\n  %s" % (os.path.basename(path), probs, text[:120]))
        for w in case_warnings(text, ids):
            print("case note (%s): %s" % (os.path.basename(path), w))
        rows.append({"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "hand"})
    if failures:
        sys.exit("fix the hand-written messages first")
    n_hand = len(rows)
    rng = random.Random(SEED)
    gen = templates.Generator(rng)
    made = 0
    while made < N_TEMPLATE:
        style, segs = gen.message(made)
        text, ids, keeps, problems = assemble(segs)
        if check(text, ids, keeps, problems) or case_warnings(text, ids):
            continue  # resample on any collision
        rows.append({"style": style, "text": text, "identifiers": ids, "keep": keeps, "source": "template"})
        made += 1
    # interleave hand and template rows deterministically so ids do not reveal the source
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, r in enumerate(rows):
            obj = {"id": "hd42-%03d" % n, "style": r["style"], "text": r["text"],
                   "identifiers": r["identifiers"], "keep": r["keep"], "source": r["source"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d hand, %d template) to %s" % (len(rows), n_hand, made, OUT))


if __name__ == "__main__":
    main()
