import sys, json
from handparse import parse_all
from validate import check_record
ms = parse_all("hand")
errs, warns = [], []
for i, m in enumerate(ms):
    rec = {"id": f"{m['file']}#{i}", "style": m["style"], "text": m["text"], "identifiers": m["identifiers"], "keep": m["keep"], "source": "hand"}
    check_record(rec, errs, warns)
print("\n".join(errs)); print(len(ms), "msgs", len(errs), "errors", len(warns), "warnings"); print("\n".join(warns))
