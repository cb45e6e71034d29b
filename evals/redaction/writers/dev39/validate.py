"""Validate handwritten_dev39.jsonl against the spec's format and this file's brief; print counts."""
import json, re, sys
from collections import Counter
from templates import problems

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
CLIN = re.compile(r"[a-z]")  # placeholder; clinical keep checked loosely below
errs = []
rows = [json.loads(l) for l in open("handwritten_dev39.jsonl", encoding="utf-8")]
types, regions, styles, src, tr = Counter(), Counter(), Counter(), Counter(), Counter()
ibans = 0
for i, r in enumerate(rows):
    if set(r) != {"id", "style", "text", "identifiers", "keep", "source"}: errs.append((r.get("id"), "keys", sorted(r)))
    if r["id"] != f"hd39-{i:03d}": errs.append((r["id"], "id order"))
    if r["source"] not in ("hand", "template"): errs.append((r["id"], "source"))
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["style"]): errs.append((r["id"], "style", r["style"]))
    if not r["identifiers"]: errs.append((r["id"], "no identifiers"))
    for d in r["identifiers"]:
        if set(d) != {"text", "type", "region"} or d["type"] not in TYPES or d["region"] not in ("US", "INTL"):
            errs.append((r["id"], "ident", d))
        if d["text"] != d["text"].strip() or not d["text"]: errs.append((r["id"], "whitespace", d["text"]))
        types[d["type"]] += 1; regions[d["region"]] += 1; tr[(d["type"], d["region"])] += 1
        compact = re.sub(r"\s", "", d["text"]).upper()
        if d["type"] == "ACCOUNT_NUMBER" and re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{10,30}", compact):
            ibans += 1
            n = int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4]))
            if n % 97 != 1: errs.append((r["id"], "iban checksum", d["text"]))
        if d["type"] == "PERSON" and re.match(r"(?i)(mr|mrs|ms|dr|miss)\.?\s", d["text"]): errs.append((r["id"], "title in name", d["text"]))
    for p in problems(r["text"], r["identifiers"], r["keep"]): errs.append((r["id"],) + p)
    if len(set(r["keep"])) != len(r["keep"]): errs.append((r["id"], "dup keep"))
    styles[r["style"]] += 1; src[r["source"]] += 1
n = len(rows); nid = sum(types.values())
print(f"messages {n}  identifiers {nid}  hand {src['hand']} ({src['hand']/n:.1%})  template {src['template']}")
print("regions", dict(regions)); print("types", dict(types.most_common())); print("ibans", ibans)
print("type x region", {f"{t}/{g}": c for (t, g), c in sorted(tr.items())})
print("styles", dict(styles.most_common()))
print("messages with keep words", sum(bool(r["keep"]) for r in rows))
checks = [(400 <= n <= 450, "400-450 messages"), (nid >= 1300, ">=1300 identifiers"), (regions["US"] >= 800, ">=800 US"),
          (src["hand"] / n >= 0.40, ">=40% hand"), (all(types[t] >= 25 for t in TYPES), "each type >=25")]
for okk, what in checks:
    if not okk: errs.append(("COUNT", what))
for e in errs[:60]: print("ERR", e)
print("FAIL" if errs else "PASS", len(errs), "errors")
sys.exit(1 if errs else 0)
