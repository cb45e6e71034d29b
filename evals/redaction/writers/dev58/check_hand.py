# quick check of hand files alone (uses validate.py's logic through a temp file)
import json, subprocess, sys
from handparse import parse_all
msgs = parse_all("hand")
with open("/tmp/dev58_hand_only.jsonl", "w") as f:
    for i, m in enumerate(msgs):
        f.write(json.dumps({"id": f"hd58-{i:03d}", **m}, ensure_ascii=False) + "\n")
r = subprocess.run([sys.executable, "validate.py", "/tmp/dev58_hand_only.jsonl"], capture_output=True, text=True)
print(r.stdout)
