"""Validate handwritten_dev27.jsonl: structure, substrings, overlaps, ids, counts vs targets."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import row_problems
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev27.jsonl")
TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
LABEL = re.compile(r"(mrn|chart|member|record|medicare|medicaid|\bid\b|ids|number|no\.?|#)\W{0,4}$", re.I)

rows = [json.loads(l) for l in open(P, encoding="utf-8")]
fails, ids = [], set()
types, regions, styles, sources, mrn_lab = Counter(), Counter(), Counter(), Counter(), Counter()
clin_keep = 0
for r in rows:
    if list(r) != ["id", "style", "text", "identifiers", "keep", "source"]: fails.append(f"{r.get('id')}: keys {list(r)}")
    if r["id"] in ids: fails.append(f"dup id {r['id']}")
    ids.add(r["id"])
    if not re.fullmatch(r"hd27-\d{3}", r["id"]): fails.append(f"bad id {r['id']}")
    if r["source"] not in ("hand", "template"): fails.append(f"{r['id']}: bad source")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]): fails.append(f"{r['id']}: bad style")
    for p in row_problems(r): fails.append(f"{r['id']}: {p}")
    styles[r["style"]] += 1; sources[r["source"]] += 1
    for i in r["identifiers"]:
        if i["type"] not in TYPES: fails.append(f"{r['id']}: bad type {i['type']}")
        types[i["type"]] += 1; regions[i["region"]] += 1
        if i["type"] == "MEDICAL_RECORD_NUMBER":
            pos = r["text"].find(i["text"])
            before = r["text"][max(0, pos - 14):pos]
            mrn_lab["labelled" if LABEL.search(before) else "unlabelled"] += 1
n, nid = len(rows), sum(types.values())
print(f"messages: {n}   identifiers: {nid}")
print("by type:", dict(types)); print("by region:", dict(regions)); print("by style:", dict(sorted(styles.items())))
print("by source:", dict(sources), f"hand share {sources['hand']/n:.1%}")
print("MRN label heuristic:", dict(mrn_lab))
tgt = [("~400 messages", 380 <= n <= 430), ("ids>=1300", nid >= 1300), ("US>=900", regions["US"] >= 900), ("INTL>=400", regions["INTL"] >= 400),
       ("hand>=40%", sources["hand"] / n >= 0.40), ("styles>=20", min(styles.values()) >= 20),
       ("MRN unlabelled>=half", mrn_lab["unlabelled"] >= mrn_lab["labelled"])]
tgt += [(f"{t}>={60 if t == 'ACCOUNT_NUMBER' else 40}", types[t] >= (60 if t == "ACCOUNT_NUMBER" else 40)) for t in TYPES]
for name, ok in tgt:
    print(("PASS " if ok else "FAIL ") + name)
for f in fails[:40]: print("ERROR", f)
print(f"structural errors: {len(fails)}")
sys.exit(0 if not fails and all(ok for _, ok in tgt) else 1)
