"""Quick lint of the hand files: writes hand-only jsonl to /tmp and runs validate.py on it."""
import json, re, subprocess, sys
import handparse
msgs = handparse.parse_all("hand")
bad = 0
for m in msgs:
    for i in m["identifiers"]:
        if i["type"] == "PERSON" and re.match(r"(?i)(dr|mrs|mr|ms|miss|prof)\.?\s", i["text"]):
            print("title inside PERSON:", i["text"]); bad += 1
        if i["type"] == "PERSON" and re.match(r"(?i)(mom|dad|grandma|grandpa|aunt|uncle|nana|papa)\b", i["text"]):
            print("relation inside PERSON:", i["text"]); bad += 1
with open("/tmp/dev69_hand.jsonl", "w") as f:
    for n, m in enumerate(msgs):
        f.write(json.dumps({"id": f"hd69-{n:03d}", **m}, ensure_ascii=False) + "\n")
subprocess.run([sys.executable, "validate.py", "/tmp/dev69_hand.jsonl"])
print("hand messages:", len(msgs))
