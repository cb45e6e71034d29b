"""Validate handwritten_dev19.jsonl: format, substrings, overlaps, conventions, checksums, counts."""
import json, re, sys, collections
from numgen import luhn_valid
from checks import record_problems, acct_kind, TYPES

PATH = sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev19.jsonl"
STYLES = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form",
          "international", "clinician_note", "general_text"]
ID_RE = re.compile(r"^hd19-\d{3}$")

errors, warns = [], []
def err(rid, msg): errors.append(f"{rid}: {msg}")
def warn(rid, msg): warns.append(f"{rid}: {msg}")

def spans(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out

recs = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
seen_ids, seen_text = set(), set()
by_type, by_region, by_style, by_tr = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
by_source = collections.Counter()
acct_kinds = collections.Counter()
cards_total = cards_luhn = 0
for n, r in enumerate(recs):
    rid = r.get("id", f"line{n}")
    if set(r) != {"id", "style", "text", "identifiers", "keep", "source"}:
        err(rid, f"keys {sorted(r)}")
    if not ID_RE.match(rid) or rid != f"hd19-{n:03d}":
        err(rid, "id out of sequence")
    if rid in seen_ids: err(rid, "duplicate id")
    seen_ids.add(rid)
    t = r["text"]
    if t in seen_text: err(rid, "duplicate text")
    seen_text.add(t)
    if not re.match(r"^[a-z][a-z0-9_]*$", r["style"]): err(rid, "bad style " + r["style"])
    if r["source"] not in ("hand", "template"): err(rid, "bad source")
    by_style[r["style"]] += 1; by_source[r["source"]] += 1
    for p in record_problems(r): err(rid, p)
    for e in r["identifiers"]:
        if e.get("text", "") in t and e.get("type") in TYPES and e.get("region") in ("US", "INTL"):
            by_type[e["type"]] += 1; by_region[e["region"]] += 1; by_tr[(e["type"], e["region"])] += 1
        if e.get("type") == "ACCOUNT_NUMBER":
            kd = acct_kind(e["text"]); acct_kinds[kd] += 1
            if kd == "card":
                cards_total += 1; cards_luhn += luhn_valid(re.sub(r"\D", "", e["text"]))
    if r["source"] == "hand" and not r["keep"]: warn(rid, "hand message with no keep")

total = sum(by_type.values())
msgs = len(recs)
def need(cond, msg):
    if not cond: errors.append("COUNT: " + msg)
need(msgs >= 400, f"messages {msgs} < 400")
need(total >= 1500, f"identifiers {total} < 1500")
need(by_region["US"] >= 1000, f"US {by_region['US']} < 1000")
need(by_region["INTL"] >= 450, f"INTL {by_region['INTL']} < 450")
for ty in TYPES:
    need(by_type[ty] >= (60 if ty == "ACCOUNT_NUMBER" else 40), f"{ty} {by_type[ty]}")
for st in STYLES:
    need(by_style[st] >= 20, f"style {st} {by_style[st]}")
for st, c in by_style.items():
    if c < 20: errors.append(f"COUNT: style {st} only {c} (<20)")
hand_share = by_source["hand"] / max(msgs, 1)
need(hand_share >= 0.40, f"hand share {hand_share:.2%}")
need(sum(1 for r in recs if r["keep"]) / max(msgs, 1) >= 0.9, "keep coverage < 90%")

print(f"messages {msgs}  identifiers {total}  hand {by_source['hand']} ({hand_share:.1%})  template {by_source['template']}")
print("region:", dict(by_region))
print("type:", {k: by_type[k] for k in TYPES})
print("type x region:", {f"{a}/{b}": c for (a, b), c in sorted(by_tr.items())})
print("account kinds:", dict(acct_kinds), f"cards Luhn-valid {cards_luhn}/{cards_total}")
print("styles:", dict(sorted(by_style.items(), key=lambda x: -x[1])))
print(f"messages with keep: {sum(1 for r in recs if r['keep'])}")
for w in warns[:30]: print("WARN", w)
for e in errors[:200]: print("ERROR", e)
print(f"RESULT: {'PASS' if not errors else 'FAIL'} ({len(errors)} errors, {len(warns)} warnings)")
sys.exit(1 if errors else 0)
