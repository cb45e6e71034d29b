"""Parse hand_*.txt files and print problems (hard) and warnings (soft) per line."""
import sys, glob
from markup import parse, warnings
files = sys.argv[1:] or sorted(glob.glob("hand_*.txt"))
n = nid = 0
for f in files:
    for ln, line in enumerate(open(f, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        style, reg, raw = [x.strip() for x in line.split(" | ", 2)]
        text, ids, keeps, probs = parse(raw, reg)
        n += 1; nid += len(ids)
        for p in probs:
            print(f"ERROR {f}:{ln}: {p}")
        for w in warnings(text, ids, keeps):
            print(f"warn  {f}:{ln}: {w}")
        if not keeps:
            print(f"ERROR {f}:{ln}: no keep")
print(f"{n} messages, {nid} identifiers")
