"""Check handwritten_dev40.jsonl against the spec's format and the brief's rules; print counts."""
import json, re, sys, os, collections
from ibanlib import iban_valid

KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
TITLE = re.compile(r"^(Mr|Mrs|Ms|Dr|Miss|Prof)\.?\s", re.I)
LABEL = re.compile(r"^(MRN|DOB|IBAN|visa|Member ID|SSN|Tel)\b[:.]?\s", re.I)

def occ(text, s):
    i = text.find(s)
    while i != -1:
        yield i, i + len(s)
        i = text.find(s, i + 1)

def wb(text, a, b, s):
    left = a == 0 or not (text[a - 1].isalnum() and s[0].isalnum())
    right = b == len(text) or not (text[b].isalnum() and s[-1].isalnum())
    return left and right

def problems(m):
    p, t = [], m["text"]
    spans = []
    for i in m["identifiers"]:
        s = i["text"]
        if set(i) != {"text", "type", "region"}: p.append(f"identifier keys {sorted(i)}")
        if i["type"] not in TYPES: p.append(f"bad type {i['type']}")
        if i["region"] not in ("US", "INTL"): p.append(f"bad region {i['region']}")
        if not s or s != s.strip(): p.append(f"empty/padded identifier {s!r}")
        if s not in t: p.append(f"identifier not in text: {s!r}"); continue
        if TITLE.match(s) or LABEL.match(s): p.append(f"title/label inside identifier {s!r}")
        for a, b in occ(t, s):
            if not wb(t, a, b, s): p.append(f"not on word boundary: {s!r} at {a}")
            spans.append((a, b, s))
        if i["type"] == "ACCOUNT_NUMBER" and re.match(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9 -]{10,}$", s) and not iban_valid(s.replace("-", "")):
            p.append(f"IBAN checksum fails {s!r}")
    for a, b, s in spans:  # partial overlaps between different identifiers
        for c, e, s2 in spans:
            if s != s2 and a < e and c < b and not (a <= c and e <= b) and not (c <= a and b <= e):
                p.append(f"identifiers overlap partially: {s!r} / {s2!r}")
    for k in m["keep"]:
        if not k or k not in t: p.append(f"keep not in text: {k!r}"); continue
        for a, b in occ(t, k):
            for c, e, s in spans:
                if a < e and c < b: p.append(f"keep {k!r} overlaps identifier {s!r}")
    return p

def main(path):
    msgs = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = 0
    for n, m in enumerate(msgs):
        if set(m) != KEYS: print(m.get("id"), "keys", sorted(m)); errs += 1
        if m["id"] != f"hd40-{n:03d}": print("id out of order", m["id"], n); errs += 1
        if m["source"] not in ("hand", "template"): print(m["id"], "bad source"); errs += 1
        if not re.fullmatch(r"[a-z_]+", m["style"]): print(m["id"], "bad style", m["style"]); errs += 1
        for q in problems(m): print(m["id"], q); errs += 1
    ids = [i for m in msgs for i in m["identifiers"]]
    by_type = collections.Counter(i["type"] for i in ids)
    by_reg = collections.Counter(i["region"] for i in ids)
    by_tr = collections.Counter((i["type"], i["region"]) for i in ids)
    by_style = collections.Counter(m["style"] for m in msgs)
    by_src = collections.Counter(m["source"] for m in msgs)
    ids_src = collections.Counter(m["source"] for m in msgs for i in m["identifiers"])
    no_keep = sum(1 for m in msgs if not m["keep"])
    print(f"messages: {len(msgs)}  identifiers: {len(ids)}  by source: {dict(by_src)}  hand share: {by_src['hand']/len(msgs):.1%}")
    print("identifiers by source:", dict(ids_src))
    print("by region:", dict(by_reg))
    print("by type:"); [print(f"  {t:24s} {by_type[t]:4d}  (US {by_tr[(t,'US')]}, INTL {by_tr[(t,'INTL')]})") for t in sorted(TYPES)]
    print("by style:", dict(by_style.most_common()))
    print("messages without keep words:", no_keep, " keep words total:", sum(len(m["keep"]) for m in msgs))
    ml_addr = sum(1 for i in ids if i["type"] == "LOCATION" and "\n" in i["text"])
    nonlatin = sum(1 for i in ids if any(ord(c) > 0x2FF for c in i["text"]))
    print("multi-line addresses:", ml_addr, " identifiers with non-Latin script:", nonlatin)
    checks = [(400 <= len(msgs) <= 450, "400-450 messages"), (len(ids) >= 1300, ">=1300 identifiers"), (by_reg["US"] >= 800, ">=800 US"),
              (by_src["hand"] / len(msgs) >= 0.40, ">=40% hand"), (all(by_type[t] >= 25 for t in TYPES), "every type >=25")]
    for ok, what in checks:
        if not ok: print("FAILED:", what); errs += 1
    print("OK" if errs == 0 else f"{errs} problems")
    return errs

if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev40.jsonl")) else 0)
