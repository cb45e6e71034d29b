#!/usr/bin/env python3
"""Validate handwritten_dev13.jsonl on its own (reads only the JSONL) and print counts."""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import validate, stats
path = sys.argv[1] if len(sys.argv) > 1 else "/work/drafts/dev13/handwritten_dev13.jsonl"
recs = [json.loads(l) for l in open(path, encoding="utf-8")]
errs, warns = validate(recs)
ty, rg, st, tr, nk = stats(recs)
print(f"records {len(recs)} identifiers {sum(ty.values())} keep {nk}")
print("ids sequential:", all(r["id"] == "hd13-%03d" % i for i, r in enumerate(recs)))
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print("ERRORS:", len(errs), "WARNINGS:", len(warns))
sys.exit(1 if errs else 0)
