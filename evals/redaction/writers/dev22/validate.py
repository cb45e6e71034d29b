"""Validate handwritten_dev22.jsonl against the FROZEN_SPEC rules and the dev22 brief targets."""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "handwritten_dev22.jsonl")


def main():
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8")]
    errs, ids = [], Counter()
    by_type, by_region, by_tr, by_style, by_source = Counter(), Counter(), Counter(), Counter(), Counter()
    acct = Counter(); no_keep = 0; no_clin = 0
    for r in rows:
        if set(r) != {"id", "style", "text", "identifiers", "keep", "source"}: errs.append(f"{r.get('id')}: bad keys {sorted(r)}")
        ids[r["id"]] += 1
        if r["source"] not in ("hand", "template"): errs.append(f"{r['id']}: bad source")
        for e in checks.problems(r): errs.append(f"{r['id']}: {e}")
        by_style[r["style"]] += 1; by_source[r["source"]] += 1
        if not r["keep"]: no_keep += 1
        for it in r["identifiers"]:
            by_type[it["type"]] += 1; by_region[it["region"]] += 1; by_tr[(it["type"], it["region"])] += 1
            if it["type"] == "ACCOUNT_NUMBER":
                ib = checks.iban_ok(it["text"])
                if ib is not None: acct["IBAN (checksum valid)"] += 1
                elif it["text"].replace(" ", "").replace("-", "").isdigit() and 13 <= len(it["text"].replace(" ", "").replace("-", "")) <= 19:
                    acct["card, Luhn valid" if checks.luhn_ok(it["text"]) else "card-length, Luhn invalid"] += 1
                else: acct["other (bank/routing/billing acct)"] += 1
    dup = [k for k, v in ids.items() if v > 1]
    if dup: errs.append(f"duplicate ids: {dup}")
    total = sum(by_type.values()); n = len(rows)
    hand_share = by_source["hand"] / n
    out = []
    out.append(f"messages: {n}   identifiers: {total}   hand: {by_source['hand']}  template: {by_source['template']}  hand share: {hand_share:.1%}")
    out.append(f"region: US {by_region['US']}  INTL {by_region['INTL']}")
    out.append("by type (total / US / INTL):")
    for t in sorted(checks.TYPES):
        out.append(f"  {t:24s} {by_type[t]:5d} {by_tr[(t, 'US')]:5d} {by_tr[(t, 'INTL')]:5d}")
    out.append("ACCOUNT_NUMBER breakdown: " + ", ".join(f"{k}: {v}" for k, v in sorted(acct.items())))
    out.append("by style (messages):")
    for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
        out.append(f"  {s:22s} {c:4d}")
    out.append(f"messages with empty keep: {no_keep}")
    # targets
    tg = []
    tg.append(("messages >= 400 (spec) / ~450 (brief)", n >= 400))
    tg.append(("identifiers >= 1500", total >= 1500))
    tg.append(("US >= 1000 (brief; spec 900)", by_region["US"] >= 1000))
    tg.append(("INTL >= 450 (spec)", by_region["INTL"] >= 450))
    tg.append(("every type >= 40", all(by_type[t] >= 40 for t in checks.TYPES)))
    tg.append(("ACCOUNT_NUMBER >= 60", by_type["ACCOUNT_NUMBER"] >= 60))
    tg.append(("every style >= 20", all(c >= 20 for c in by_style.values())))
    tg.append(("hand share >= 40%", hand_share >= 0.40))
    tg.append(("ids unique", not dup))
    tg.append(("no structural/verbatim/keep-overlap errors", not errs))
    out.append("targets:")
    for name, ok in tg: out.append(f"  [{'OK' if ok else 'FAIL'}] {name}")
    if errs:
        out.append(f"ERRORS ({len(errs)}):"); out += ["  " + e for e in errs]
    print("\n".join(out))
    return 0 if all(ok for _, ok in tg) else 1


if __name__ == "__main__":
    sys.exit(main())
