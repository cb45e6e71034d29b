"""Quick check of the hand files while writing them."""
import sys
from collections import Counter
from handparse import read_hand
from markup import parse, to_record, MarkupError
from words import WORDS
blocks = read_hand()
name_msgs = 0; other = 0; errs = 0
nc, wc = Counter(), Counter()
for b in blocks:
    try:
        p = parse(b["markup"]); idents, keep = to_record(p)
    except MarkupError as e:
        print("ERR", b["where"], e); errs += 1; continue
    if p["name_uses"]: name_msgs += 1
    if not p["name_uses"] and not p["word_uses"]: print("NOWORD", b["where"])
    for u in p["name_uses"]: nc[u["word"]] += 1
    for u in p["word_uses"]: wc[u["word"]] += 1
    if any(i["type"] != "PERSON" or not any(t.lower() in WORDS for t in i["text"].replace(".", " ").split()) for i in idents): other += 1
    if "-v" in sys.argv: print(b["where"], [ (i["text"], i["type"]) for i in idents], keep)
n = len(blocks)
print(f"blocks {n} name-msgs {name_msgs} ({name_msgs/n:.0%}) other-ident {other} ({other/n:.0%}) errors {errs}")
print("words with name use", len(nc), "with word use", len(wc), "both", len(set(nc) & set(wc)))
print("styles", Counter(b["style"] for b in blocks))
if "-m" in sys.argv:
    print("no name use yet:", sorted(set(WORDS) - set(nc)))
