"""Rebuild handwritten_dev21.jsonl reproducibly (fixed seed).

Hand-written messages live in hand_*.py (one literal per message, inline markup, see markup.py).
Template messages come from gen_templates.py (Faker, seed 2121).
"""
import glob, importlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import markup  # noqa: E402

SEED = 2121


def check_spans(text, ids, keep, id_spans, keep_spans, where):
    problems = []
    # every occurrence of an identifier string must lie inside a marked identifier span
    for it in ids:
        for m in re.finditer(re.escape(it["text"]), text):
            if not any(a <= m.start() and m.end() <= b for a, b in id_spans):
                problems.append(f"{where}: unmarked occurrence of identifier {it['text']!r} at {m.start()}")
        # case-insensitive whole-word occurrences outside spans (e.g. name 'Will' vs verb 'will')
        if re.search(r"[A-Za-z]", it["text"]):
            pat = r"(?<![A-Za-z0-9])" + re.escape(it["text"]) + r"(?![A-Za-z0-9])"
            for m in re.finditer(pat, text, re.I):
                if not any(a <= m.start() and m.end() <= b for a, b in id_spans):
                    problems.append(f"{where}: case-variant occurrence of identifier {it['text']!r} at {m.start()}")
    # keep occurrences must not overlap any identifier span
    for k in keep:
        for m in re.finditer(re.escape(k), text):
            if any(m.start() < b and a < m.end() for a, b in id_spans):
                problems.append(f"{where}: keep {k!r} overlaps an identifier")
    return problems


def load_hand():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "hand_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for i, (style, marked) in enumerate(mod.MESSAGES):
            out.append(("hand", style, marked, f"{os.path.basename(path)}#{i}"))
    return out


def main():
    # Some Faker locale providers iterate over sets; pin hash seed so the output is byte-identical.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    import gen_templates
    items = load_hand()
    items += [("template", s, m, f"template#{i}") for i, (s, m) in enumerate(gen_templates.generate(SEED))]
    rng = random.Random(SEED)
    rng.shuffle(items)
    problems, rows = [], []
    for n, (source, style, marked, where) in enumerate(items):
        text, ids, keep, id_spans, keep_spans = markup.parse(marked)
        problems += check_spans(text, ids, keep, id_spans, keep_spans, where)
        rows.append({"id": f"hd21-{n:03d}", "style": style, "text": text,
                     "identifiers": ids, "keep": keep, "source": source})
    with open(os.path.join(HERE, "handwritten_dev21.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM", p)
    print(f"wrote {len(rows)} messages; {len(problems)} build problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
