"""Quick check of the hand-written files while writing them."""
import importlib, sys
from lib import parse, is_clinical
from validate import check_record
tot = 0; nid = 0
for mod in sys.argv[1:]:
    M = importlib.import_module(mod)
    for i, (style, mk) in enumerate(M.MESSAGES):
        text, ids, keep = parse(mk)
        r = {"id": "x", "style": style, "text": text, "identifiers": ids, "keep": keep, "source": "hand"}
        for e in check_record(r):
            print(mod, i, e)
        if not any(is_clinical(k) for k in keep):
            print(mod, i, "no clinical keep:", keep)
        tot += 1; nid += len(ids)
print("messages", tot, "identifiers", nid)
