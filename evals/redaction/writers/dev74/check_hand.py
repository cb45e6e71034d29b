"""Quick checks while writing: counts and unmarked occurrences per hand file."""
import sys, re, collections
from handparse import parse_file, parse_all

def occ(text, sub):
    i, r = text.find(sub), []
    while i != -1:
        r.append((i, i + len(sub))); i = text.find(sub, i + 1)
    return r

files = sys.argv[1:]
msgs = [m for f in files for m in parse_file(f)] if files else parse_all("hand")
c = collections.Counter(); reg = collections.Counter(); mrn = 0
for m in msgs:
    spans = {}
    for i in m["identifiers"]:
        c[i["type"]] += 1; reg[i["region"]] += 1
        spans[i["text"]] = occ(m["text"], i["text"])
    if any(i["type"] == "MEDICAL_RECORD_NUMBER" for i in m["identifiers"]):
        mrn += 1
    for k in m["keep"]:
        for (a, b) in occ(m["text"], k):
            for t, sp in spans.items():
                for (x, y) in sp:
                    if a < y and x < b:
                        print("KEEP OVERLAP", repr(k), repr(t), m["text"][:60])
print(len(msgs), "messages,", sum(c.values()), "identifiers,", mrn, "with MRN")
print(dict(c)); print(dict(reg))
