"""Print markdown count tables for the README (type x region, style x source, numbers-heavy share)."""
import collections, json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
rs = [json.loads(l) for l in open(os.path.join(HERE, "handwritten_dev71.jsonl"), encoding="utf-8")]
ids = [(i, r["source"]) for r in rs for i in r["identifiers"]]
tr = collections.Counter((i["type"], i["region"]) for i, _ in ids)
ts = collections.Counter((i["type"], s) for i, s in ids)
types = sorted({i["type"] for i, _ in ids})
print("| type | US | INTL | total | in hand messages | in template messages |\n|---|---:|---:|---:|---:|---:|")
for t in types:
    print(f"| {t} | {tr[(t, 'US')]} | {tr[(t, 'INTL')]} | {tr[(t, 'US')] + tr[(t, 'INTL')]} | {ts[(t, 'hand')]} | {ts[(t, 'template')]} |")
us, intl = sum(v for (t, r), v in tr.items() if r == "US"), sum(v for (t, r), v in tr.items() if r == "INTL")
print(f"| **all** | {us} | {intl} | {us + intl} | {sum(v for (t, s), v in ts.items() if s == 'hand')} | {sum(v for (t, s), v in ts.items() if s == 'template')} |")
print()
st = collections.Counter((r["style"], r["source"]) for r in rs)
styles = sorted({r["style"] for r in rs}, key=lambda s: -(st[(s, 'hand')] + st[(s, 'template')]))
print("| style | hand | template | total |\n|---|---:|---:|---:|")
for s in styles:
    print(f"| {s} | {st[(s, 'hand')]} | {st[(s, 'template')]} | {st[(s, 'hand')] + st[(s, 'template')]} |")
src = collections.Counter(r["source"] for r in rs)
print(f"| **all** | {src['hand']} | {src['template']} | {len(rs)} |")
print()
# numbers-heavy: at least one identifier made mostly of digits, and at least 3 other numbers outside identifiers
heavy = collections.Counter()
for r in rs:
    t = r["text"]
    mask = list(t)
    num_ids = 0
    for i in r["identifiers"]:
        if sum(c.isdigit() for c in i["text"]) >= 4:
            num_ids += 1
        j = t.find(i["text"])
        while j >= 0:
            for k in range(j, j + len(i["text"])):
                mask[k] = " "
            j = t.find(i["text"], j + 1)
    others = re.findall(r"\d[\d.,:/-]*", "".join(mask))
    if num_ids >= 1 and len(others) >= 3:
        heavy[r["source"]] += 1
print(f"numbers-heavy messages (>=1 numeric identifier and >=3 other numbers): {sum(heavy.values())} of {len(rs)} "
      f"({sum(heavy.values()) / len(rs):.0%}); hand {heavy['hand']}, template {heavy['template']}")
print("keep entries:", sum(len(r["keep"]) for r in rs), "; messages with keep:", sum(1 for r in rs if r["keep"]))
