"""Review helper: runs the per-message checks on the hand files and lists unmarked occurrences of identifier texts."""
import sys
from parse_hand import parse_all
from validate import check_message, occurrences
bad = 0
for n, m in enumerate(parse_all("hand")):
    rec = {"id": "hd63-000", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"], "keep": m["keep"], "source": "hand"}
    errs = check_message(rec)
    for i in m["identifiers"]:
        for s, e in occurrences(m["text"], i["text"]):
            if not any(a <= s and e <= b for a, b in m["_spans"]):
                errs.append(f"unmarked occurrence {i['text']!r}")
    if errs:
        bad += 1
        print(m["_file"], n, m["text"][:70].replace("\n", " "), errs)
print("messages with notes:", bad)
