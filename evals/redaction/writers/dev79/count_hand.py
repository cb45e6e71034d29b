import glob, collections
from markup import parse
c = collections.Counter(); r = collections.Counter(); st = collections.Counter(); n = 0
for f in sorted(glob.glob("hand_*.txt")):
    for line in open(f, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        style, reg, raw = [x.strip() for x in line.rstrip("\n").split(" | ", 2)]
        text, ids, keeps, probs = parse(raw, reg)
        n += 1; st[style] += 1
        for i in ids:
            c[i["type"]] += 1; r[i["region"]] += 1
print(n, sum(c.values()), dict(r)); print(c); print(st)
