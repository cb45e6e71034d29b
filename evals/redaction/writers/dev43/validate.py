"""Validate handwritten_dev43.jsonl against the spec + brief, and print counts.
Run: /work/main/.venv/bin/python validate.py [path]"""
import json, os, re, sys
from collections import Counter
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}

def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub))); i = text.find(sub, i + 1)
    return out

def check_message(m):
    errs = []
    t = m["text"]
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", m.get("style", "")): errs.append("bad style")
    spans = []
    for ident in m["identifiers"]:
        if set(ident) != {"text", "type", "region"}: errs.append(f"identifier keys {set(ident)}")
        if ident["type"] not in TYPES: errs.append(f"bad type {ident['type']}")
        if ident["region"] not in ("US", "INTL"): errs.append(f"bad region {ident['region']}")
        if not ident["text"] or ident["text"] != ident["text"].strip(): errs.append(f"empty/untrimmed identifier {ident['text']!r}")
        occ = occurrences(t, ident["text"])
        if not occ: errs.append(f"identifier not in text: {ident['text']!r}")
        for a, b in occ:
            if (a > 0 and t[a-1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append(f"identifier not on word boundary: {ident['text']!r}")
        spans += occ
    for k in m["keep"]:
        occ = occurrences(t, k)
        if not occ: errs.append(f"keep not in text: {k!r}")
        for a, b in occ:
            for x, y in spans:
                if a < y and x < b: errs.append(f"keep {k!r} overlaps identifier"); break
    return errs

def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    for n, r in enumerate(rows):
        if set(r) != KEYS: errs.append((n, f"keys {sorted(r)}"))
        if r.get("id") != f"hd43-{n:03d}": errs.append((n, f"id {r.get('id')} not sequential"))
        if r.get("source") not in ("hand", "template"): errs.append((n, "bad source"))
        if not isinstance(r["identifiers"], list) or not isinstance(r["keep"], list): errs.append((n, "lists"))
        errs += [(n, e) for e in check_message(r)]
    if len({r["id"] for r in rows}) != len(rows): errs.append((-1, "duplicate ids"))
    ids = [i for r in rows for i in r["identifiers"]]
    by_type = Counter(i["type"] for i in ids); by_region = Counter(i["region"] for i in ids)
    styles = Counter(r["style"] for r in rows); src = Counter(r["source"] for r in rows)
    clinical_keep = sum(1 for r in rows if r["keep"])
    print(f"messages: {len(rows)}   identifiers: {len(ids)}")
    print("by source:", dict(src), f"hand share {src['hand'] / len(rows):.1%}")
    print("by region:", dict(by_region))
    print("by type:"); [print(f"  {k:24s}{v}") for k, v in by_type.most_common()]
    print("by type x region:"); [print(f"  {k[0]:24s}{k[1]:5s}{v}") for k, v in sorted(Counter((i['type'], i['region']) for i in ids).items())]
    print("by style:"); [print(f"  {k:16s}{v}  (hand {sum(1 for r in rows if r['style']==k and r['source']=='hand')})") for k, v in styles.most_common()]
    print(f"messages with keep words: {clinical_keep}/{len(rows)}")
    hid = [i for r in rows if r["source"] == "hand" for i in r["identifiers"]]
    print(f"identifiers in hand messages: {len(hid)}")
    # brief + spec minimums
    if not 400 <= len(rows) <= 450: errs.append((-1, "message count out of 400-450"))
    if len(ids) < 1300: errs.append((-1, "fewer than 1300 identifiers"))
    if by_region["US"] < 800: errs.append((-1, "fewer than 800 US"))
    if src["hand"] / len(rows) < 0.40: errs.append((-1, "hand share under 40%"))
    for t in TYPES:
        if by_type[t] < 25: errs.append((-1, f"{t} under 25"))
    for s, c in styles.items():
        if c < 20: errs.append((-1, f"style {s} under 20"))
    for e in errs[:60]: print("ERROR", e)
    print("RESULT:", "PASS" if not errs else f"FAIL ({len(errs)} errors)")
    return not errs

if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev43.jsonl")
    sys.exit(0 if main(p) else 1)
