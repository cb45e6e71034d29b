"""Build handwritten_dev78.jsonl from hand_*.txt (source "hand") and templates.py (source "template").
Usage: python build.py [--hand-only OUT]"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import parse_file  # noqa: E402

hand_only = "--hand-only" in sys.argv
out_path = sys.argv[-1] if hand_only else os.path.join(HERE, "handwritten_dev78.jsonl")

msgs = []
for path in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
    msgs += parse_file(path)
if not hand_only:
    import templates
    msgs += templates.generate()

with open(out_path, "w", encoding="utf-8") as fh:
    for i, m in enumerate(msgs):
        row = {"id": f"hd78-{i:03d}", "style": m["style"], "text": m["text"],
               "identifiers": m["identifiers"], "keep": m["keep"], "source": m["source"]}
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"wrote {len(msgs)} messages to {out_path}")
