"""Validator for handwritten_dev14.jsonl: checks every rule and prints counts.
Usage: /work/main/.venv/bin/python validate_dev14.py [file]"""
import json, sys, os, re, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dev14lib import check_record, iban_valid, luhn_ok, aba_ok, STYLES

CLIN = None
def main(path):
    from values import DRUGS, INTL_DRUGS, CONDS, LABS, BODY
    clin = set(w.lower() for w in DRUGS + INTL_DRUGS + CONDS + LABS + BODY)
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    problems, ids_seen = [], set()
    byt, byr, bys, bysrc, tr = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    keepn, clin_msgs, ibans, cards, card_ok = 0, 0, 0, 0, 0
    for i, r in enumerate(recs):
        if r.get("id") != f"hd14-{i:03d}": problems.append(f"line {i+1}: id {r.get('id')} out of sequence")
        for p in check_record(r): problems.append(f"{r.get('id')}: {p}")
        bys[r["style"]] += 1; bysrc[r["source"]] += 1; keepn += len(r["keep"])
        if any(k.lower() in clin or any(c in k.lower() for c in clin) for k in r["keep"]): clin_msgs += 1
        for x in r["identifiers"]:
            byt[x["type"]] += 1; byr[x["region"]] += 1; tr[(x["type"], x["region"])] += 1
            t = x["text"]
            if x["type"] == "ACCOUNT_NUMBER":
                s = t.replace(" ", "")
                if re.fullmatch(r"[A-Za-z]{2}\d\d[A-Za-z0-9]{10,30}", s):
                    ibans += 1
                    if not iban_valid(s): problems.append(f"{r['id']}: IBAN checksum wrong {t}")
                elif re.fullmatch(r"\d{4}[ -]?\d{4,6}[ -]?\d{4,5}[ -]?\d{0,4}", t) and len(re.sub(r"\D", "", t)) in (15, 16):
                    cards += 1; card_ok += luhn_ok(t)
            if x["type"] == "US_SSN":
                d = re.sub(r"\D", "", t)
                if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9": problems.append(f"{r['id']}: implausible SSN {t}")
    n_id = sum(byt.values())
    # keep-word categories (a keep entry is counted once per message, in the first category it matches)
    from values import WEEKDAYS, MONTHS, RELS, REL_LOW, CONTR, ORGS, INTL_ORGS, HELP, INSURERS, PLACES, PHARMS, TITLES
    cats = [("clinical (drug/supplement/condition/lab/body)", lambda k: k.lower() in clin or any(c in k.lower() for c in clin)),
            ("contraction", lambda k: "'" in k and k.split("'")[0].lower() in {c.split("'")[0].lower() for c in CONTR} | {"i", "she", "he", "we", "they", "it", "don", "can", "won", "didn", "wasn", "let"} or k.lower() in ("im", "dont")),
            ("weekday/month", lambda k: any(k.lower().startswith(w.lower()[:3]) for w in WEEKDAYS + MONTHS) and len(k) <= 9),
            ("relation word", lambda k: k.lower() in {r.lower() for r in RELS + REL_LOW} | {"mom", "dad", "mum", "wife", "husband", "daughter", "son", "spouse", "grandmother", "oma", "opa", "lola", "nonna", "mummy", "gramma", "tío", "aunt", "uncle", "sister", "grandson", "caregiver", "patient"}),
            ("organisation / helpline", lambda k: k.lower() in {o.lower() for o in ORGS + INTL_ORGS + INSURERS + PLACES + PHARMS + HELP} or any(ch.isdigit() for ch in k)),
            ("title / other", lambda k: True)]
    kc = collections.Counter()
    for r in recs:
        for k in r["keep"]:
            for name, f in cats:
                if f(k): kc[name] += 1; break
    srcreg = collections.Counter((r["source"], x["region"]) for r in recs for x in r["identifiers"])
    print(f"file: {path}\nmessages: {len(recs)}   identifiers: {n_id}   keep entries: {keepn}   "
          f"messages with a clinical keep word: {clin_msgs} ({100*clin_msgs/len(recs):.0f}%)")
    print("by source:", dict(bysrc), f"(hand share {100*bysrc['hand']/len(recs):.0f}%)")
    print("by region:", dict(byr), "  by source x region:", {f"{s}/{g}": c for (s, g), c in sorted(srcreg.items())})
    print("keep entries by category:", dict(kc))
    print("by type:"); [print(f"  {t:24s} {c:5d}   US {tr[(t,'US')]:4d}  INTL {tr[(t,'INTL')]:4d}") for t, c in byt.most_common()]
    print(f"  (ACCOUNT_NUMBER: {ibans} IBANs all checksum-checked, {cards} card numbers of which {card_ok} Luhn-valid)")
    print("by style:"); [print(f"  {s:18s} {bys[s]:4d}") for s in STYLES]
    # split-level requirements
    req = [(len(recs) >= 400, "messages >= 400"), (n_id >= 1500, "identifiers >= 1500"), (byr["US"] >= 900, "US >= 900"),
           (byr["INTL"] >= 450, "INTL >= 450"), (byt["ACCOUNT_NUMBER"] >= 60, "ACCOUNT_NUMBER >= 60")]
    req += [(byt[t] >= 40, f"{t} >= 40") for t in ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
                                                      "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]]
    req += [(bys[s] >= 20, f"style {s} >= 20") for s in STYLES]
    req += [(clin_msgs >= 0.75 * len(recs), "most messages have a clinical keep word")]
    for ok, what in req:
        if not ok: problems.append(f"split requirement failed: {what}")
    print(f"\nproblems: {len(problems)}")
    for p in problems[:80]: print("  ", p)
    print("RESULT:", "PASS" if not problems else "FAIL")
    return not problems

if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev14.jsonl")) else 1)
