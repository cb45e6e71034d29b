"""Quick check of the hand files alone while writing them."""
import collections, handparse, validate
msgs = handparse.parse_all("hand")
bad = 0
for m in msgs:
    w = m.pop("_where"); m["id"] = "x"
    for e in validate.check_message(m):
        print(w, e); bad += 1
c = collections.Counter(e["type"] for m in msgs for e in m["identifiers"])
r = collections.Counter(e["region"] for m in msgs for e in m["identifiers"])
print(len(msgs), "hand messages,", sum(c.values()), "identifiers", dict(r), "errors", bad)
print(sorted(c.items()))
print(sorted(collections.Counter(m["style"] for m in msgs).items()))
