"""Validator for handwritten_dev15.jsonl. Usage: python validate.py [file]"""
import json
import re
import sys
import unicodedata
from collections import Counter

from values import iban_valid, luhn_ok, aba_ok

TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
STYLES = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form", "international",
          "clinician_note", "general_text", "voicemail", "group_chat", "forwarded", "billing", "typos",
          "multi_identifier"]
MIN_TYPE = {t: 40 for t in TYPES}
MIN_TYPE["ACCOUNT_NUMBER"] = 60
MIN_STYLE = 24
MIN_MSG, MIN_IDS, MIN_US, MIN_INTL = 420, 1500, 900, 450

CLINICAL_HINT = None  # set by gen for the >=75% check (keep entries flagged as clinical)


def is_cjk(ch):
    if not ch:
        return False
    n = unicodedata.name(ch, "")
    return any(k in n for k in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "FULLWIDTH"))


def wordch(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub, ci=False):
    if ci:  # length-preserving case-insensitive search, overlapping matches included
        pat = re.compile("(?=(" + re.escape(sub) + "))", re.I)
        return [(m.start(1), m.end(1)) for m in pat.finditer(text)]
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_record(rec):
    errs = []
    text = rec["text"]
    ids = rec["identifiers"]
    for k in ("id", "style", "text", "identifiers", "keep", "source"):
        if k not in rec:
            errs.append(f"missing key {k}")
    if rec.get("source") not in ("hand", "template"):
        errs.append("bad source")
    seen = set()
    spans = []  # (start, end, idx)
    for j, it in enumerate(ids):
        key = (it["text"], it["type"])
        if it["text"] in {x[0] for x in seen}:
            errs.append(f"duplicate identifier {it['text']!r}")
        seen.add(key)
        if it["type"] not in TYPES:
            errs.append(f"bad type {it['type']}")
        if it.get("region") not in ("US", "INTL"):
            errs.append(f"bad region {it.get('region')}")
        if it["text"] != it["text"].strip() or not it["text"]:
            errs.append(f"untrimmed identifier {it['text']!r}")
        occ = occurrences(text, it["text"])
        if not occ:
            errs.append(f"identifier not in text {it['text']!r}")
        for a, b in occ:
            spans.append((a, b, j))
    def inside_other(a, b, j):
        return any(x <= a and b <= y and (x, y) != (a, b) and k != j for x, y, k in spans)
    for j, it in enumerate(ids):
        s = it["text"]
        for a, b in occurrences(text, s, ci=True):
            if inside_other(a, b, j):
                continue
            if text[a:b] != s:
                errs.append(f"identifier {s!r} also occurs as ordinary word {text[a:b]!r}")
                continue
            left = text[a - 1] if a > 0 else ""
            right = text[b] if b < len(text) else ""
            if left and wordch(left) and wordch(s[0]) and not (is_cjk(left) or is_cjk(s[0])):
                errs.append(f"identifier {s!r} not on word boundary (left {left!r})")
            if right and wordch(right) and wordch(s[-1]) and not (is_cjk(right) or is_cjk(s[-1])):
                errs.append(f"identifier {s!r} not on word boundary (right {right!r})")
    if len(set(rec["keep"])) != len(rec["keep"]):
        errs.append("duplicate keep")
    for kw in rec["keep"]:
        occ = occurrences(text, kw)
        if not occ:
            errs.append(f"keep not in text {kw!r}")
        for a, b in occ:
            for x, y, j in spans:
                if a < y and x < b:
                    errs.append(f"keep {kw!r} overlaps identifier {ids[j]['text']!r}")
    for it in ids:
        s = it["text"]
        if it["type"] == "US_SSN":
            dg = re.sub(r"\D", "", s)
            if len(dg) != 9 or dg[:3] in ("000", "666") or dg[0] == "9" or dg[3:5] == "00" or dg[5:] == "0000":
                errs.append(f"bad SSN {s}")
        if it["type"] == "ACCOUNT_NUMBER":
            comp = s.replace(" ", "")
            if comp[:2].isalpha():
                if not iban_valid(s):
                    errs.append(f"bad IBAN {s}")
            else:
                dg = re.sub(r"[ -]", "", s)
                if dg.isdigit() and 13 <= len(dg) <= 19 and not luhn_ok(dg):
                    errs.append(f"card fails Luhn {s}")
    return errs


def clinical_words():
    """clinical keep words: the lexicon's clinical categories plus hand-marked {word} (not {~word})."""
    import lexicon
    import hand
    words = set(lexicon.CLINICAL_WORDS)
    for _, marked in hand.HAND:
        words |= {m.lower() for m in re.findall(r"\{([^~{}][^{}]*)\}", marked)}
    return words


def classify_account(s):
    comp = re.sub(r"[ -]", "", s)
    if comp[:2].isalpha():
        return "iban"
    if len(comp) in (15, 16) and luhn_ok(comp):
        return "card"
    if len(comp) == 9 and aba_ok(comp):
        return "routing"
    return "bank"


def main(path):
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    bad = 0
    for i, r in enumerate(recs):
        if r["id"] != f"hd15-{i:03d}":
            print("id out of sequence", r["id"], i)
            bad += 1
        for e in check_record(r):
            print(r["id"], e)
            bad += 1
    ids = [it for r in recs for it in r["identifiers"]]
    by_type = Counter(it["type"] for it in ids)
    by_region = Counter(it["region"] for it in ids)
    by_style = Counter(r["style"] for r in recs)
    by_source = Counter(r["source"] for r in recs)
    acct = Counter(classify_account(it["text"]) for it in ids if it["type"] == "ACCOUNT_NUMBER")
    clin_words = clinical_words()
    clin = sum(1 for r in recs if any(k.lower() in clin_words for k in r["keep"]))
    ib = [it["text"] for it in ids if it["type"] == "ACCOUNT_NUMBER" and classify_account(it["text"]) == "iban"]
    ib_forms = Counter(("grouped" if " " in x else "compact") + "/" + ("lower" if x[:2].islower() else "upper") for x in ib)
    tr = Counter((it["type"], it["region"]) for it in ids)
    print(f"messages {len(recs)}  identifiers {len(ids)}  source {dict(by_source)}  hand share {by_source['hand'] / len(recs):.1%}")
    print("region", dict(by_region))
    print("type", {t: by_type[t] for t in TYPES})
    print("type x region", {f"{t}/{g}": tr[(t, g)] for t in TYPES for g in ("US", "INTL") if tr[(t, g)]})
    print("account kinds", dict(acct), " IBAN forms", dict(ib_forms))
    print(f"messages with a clinical keep word: {clin} ({clin / len(recs):.1%})")
    print("style", {s: by_style[s] for s in STYLES}, "other:", {k: v for k, v in by_style.items() if k not in STYLES})
    fails = []
    if len(recs) < MIN_MSG: fails.append("messages")
    if len(ids) < MIN_IDS: fails.append("identifiers")
    if by_region["US"] < MIN_US: fails.append("US")
    if by_region["INTL"] < MIN_INTL: fails.append("INTL")
    fails += [f"type {t}" for t in TYPES if by_type[t] < MIN_TYPE[t]]
    fails += [f"style {s}" for s in STYLES if by_style[s] < MIN_STYLE]
    if any(r["style"] not in STYLES for r in recs): fails.append("unknown style")
    if not all(r["keep"] for r in recs): fails.append("message without keep")
    if clin / len(recs) < 0.75: fails.append("clinical keep share")
    print("record errors:", bad, " minimum failures:", fails or "none")
    return bad == 0 and not fails


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1] if len(sys.argv) > 1 else "handwritten_dev15.jsonl") else 1)
