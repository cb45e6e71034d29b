"""Quick check of hand/*.txt while writing (dev67): parse, run the per-record checks, print counts."""
import glob, os, sys
from collections import Counter
from handparse import parse_file
from validate import validate_record
HERE = os.path.dirname(os.path.abspath(__file__))
files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "hand", "*.txt")))
allrecs = []
for f in files:
    recs = parse_file(f)
    errs, warns = [], []
    for i, r in enumerate(recs):
        r2 = dict(r, id="x")
        validate_record(r2, errs, warns, "%s#%d" % (os.path.basename(f), i))
    print("%s: %d msgs, %d idents" % (os.path.basename(f), len(recs), sum(len(r["identifiers"]) for r in recs)))
    for e in errs: print("  ERROR", e)
    for w in warns: print("  WARN", w)
    allrecs += recs
ids = [i for r in allrecs for i in r["identifiers"]]
print("total msgs", len(allrecs), "idents", len(ids))
print(Counter(i["type"] for i in ids)); print(Counter(i["region"] for i in ids))
print(Counter(r["style"] for r in allrecs))
print("no keep:", sum(1 for r in allrecs if not r["keep"]))
