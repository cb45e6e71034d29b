"""Print markdown count tables for README.md (type x region, style x source, place focus)."""
import json
from collections import Counter

recs = [json.loads(l) for l in open("/work/drafts/dev66/handwritten_dev66.jsonl", encoding="utf-8")]
stats = json.load(open("/work/drafts/dev66/build_stats.json", encoding="utf-8"))
tr, src_t = Counter(), Counter()
for r in recs:
    for i in r["identifiers"]:
        tr[(i["type"], i["region"])] += 1
        src_t[(i["type"], r["source"])] += 1
types = sorted({t for t, _ in tr})
print("| type | US | INTL | total | from hand | from templates |\n|---|---:|---:|---:|---:|---:|")
for t in types:
    print(f"| {t} | {tr[(t, 'US')]} | {tr[(t, 'INTL')]} | {tr[(t, 'US')] + tr[(t, 'INTL')]} | {src_t[(t, 'hand')]} | {src_t[(t, 'template')]} |")
us, intl = sum(v for (t, r), v in tr.items() if r == "US"), sum(v for (t, r), v in tr.items() if r == "INTL")
print(f"| **all** | **{us}** | **{intl}** | **{us + intl}** | **{sum(v for (t, s), v in src_t.items() if s == 'hand')}** | **{sum(v for (t, s), v in src_t.items() if s == 'template')}** |")
print()
ss = Counter((r["style"], r["source"]) for r in recs)
styles = sorted({s for s, _ in ss}, key=lambda s: -(ss[(s, 'hand')] + ss[(s, 'template')]))
print("| style | hand | template | total |\n|---|---:|---:|---:|")
for s in styles:
    print(f"| {s} | {ss[(s, 'hand')]} | {ss[(s, 'template')]} | {ss[(s, 'hand')] + ss[(s, 'template')]} |")
h = sum(1 for r in recs if r["source"] == "hand")
print(f"| **all** | **{h}** | **{len(recs) - h}** | **{len(recs)}** |")
print()
pf = stats["place_focus"]
print("| place-focused messages | hand | template | total |\n|---|---:|---:|---:|")
print(f"| yes | {pf.get('hand_place', 0)} | {pf.get('template_place', 0)} | {stats['place_focus_total']} |")
print(f"| no | {pf.get('hand_other', 0)} | {pf.get('template_other', 0)} | {len(recs) - stats['place_focus_total']} |")
