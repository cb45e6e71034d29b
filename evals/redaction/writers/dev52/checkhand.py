"""Quick check of hand files only (runs the validator's per-message checks on parsed hand messages)."""
import json, subprocess, sys, os
from handparse import parse_all
msgs = parse_all("hand")
with open("/tmp/dev52_hand_only.jsonl", "w") as fh:
    for i, m in enumerate(msgs):
        r = {"id": f"hd52-{i:03d}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"],
             "keep": m["keep"], "source": "hand"}
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
out = subprocess.run([sys.executable, "validate.py", "/tmp/dev52_hand_only.jsonl"], capture_output=True, text=True).stdout
where = {f"hd52-{i:03d}": m["where"] for i, m in enumerate(msgs)}
for line in out.splitlines():
    if line.startswith("ERROR: hd52-"):
        rid = line.split()[1].rstrip(":")
        print(where[rid], line)
    elif not line.startswith("ERROR: message count") and not line.startswith("ERROR: identifier count") and not line.startswith("ERROR: US ident") and not line.startswith("ERROR: type") :
        print(line)
