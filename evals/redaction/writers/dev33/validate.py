"""Validate handwritten_dev33.jsonl and print counts. Exit code 1 on any error."""
import collections, json, re, sys, unicodedata

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = ["id", "style", "text", "identifiers", "keep", "source"]
LABEL_PREFIX = re.compile(r"^(mrn|dob|iban|visa|member id|ssn|dr\.?|mr\.|mrs\.|ms\.|born|birthday|card|cc|routing|acct)\b[\s:#]", re.I)
TITLE_SUFFIX = re.compile(r",?\s(RN|MD|DO|NP|PharmD|LCSW)$")

def _wordish(ch):
    """Latin/Greek/Cyrillic letters and digits count for word boundaries; CJK/kana/Hangul/Arabic etc. do not."""
    if not ch.isalnum(): return False
    if ch.isascii(): return True
    name = unicodedata.name(ch, "")
    return name.startswith(("LATIN", "CYRILLIC", "GREEK"))

def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub))); i = text.find(sub, i + 1)
    return out

def iban_ok(v):
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s): return None
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1

def check_record(r):
    errs, text = [], r.get("text", "")
    if not isinstance(text, str) or not text.strip(): return ["empty text"]
    spans = []
    for d in r.get("identifiers", []):
        t = d.get("text", "")
        if set(d) != {"text", "type", "region"}: errs.append(f"identifier keys {sorted(d)}")
        if d.get("type") not in TYPES: errs.append(f"bad type {d.get('type')}")
        if d.get("region") not in ("US", "INTL"): errs.append(f"bad region {d.get('region')}")
        if not t or t != t.strip(): errs.append(f"empty/unstripped identifier {t!r}"); continue
        occ = occurrences(text, t)
        if not occ: errs.append(f"identifier not in text: {t!r}")
        for a, b in occ:
            if (a > 0 and _wordish(text[a - 1]) and _wordish(t[0])) or (b < len(text) and _wordish(text[b]) and _wordish(t[-1])):
                errs.append(f"identifier {t!r} not on word boundary at {a}")
        spans += occ
        if LABEL_PREFIX.match(t) and d.get("type") != "PERSON" or re.match(r"^(Dr|Mr|Mrs|Ms)\.? ", t):
            errs.append(f"label/title inside identifier {t!r}")
        if d.get("type") == "PERSON" and TITLE_SUFFIX.search(t): errs.append(f"credential inside identifier {t!r}")
        if d.get("type") == "ACCOUNT_NUMBER" and iban_ok(t) is False: errs.append(f"bad IBAN checksum {t!r}")
    for k in r.get("keep", []):
        if not k: errs.append("empty keep"); continue
        occ = occurrences(text, k)
        if not occ: errs.append(f"keep not in text: {k!r}")
        for a, b in occ:
            for x, y in spans:
                if a < y and x < b: errs.append(f"keep {k!r} overlaps identifier at {x}-{y}")
    return errs

def main(path="handwritten_dev33.jsonl"):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    bad = 0
    for i, r in enumerate(rows):
        errs = []
        if list(r) != KEYS: errs.append(f"keys {list(r)}")
        if r.get("id") != "hd33-%03d" % i: errs.append(f"id {r.get('id')} != hd33-{i:03d}")
        if r.get("source") not in ("hand", "template"): errs.append("bad source")
        if not re.fullmatch(r"[a-z_]+", r.get("style", "")): errs.append("bad style")
        errs += check_record(r)
        if errs:
            bad += 1; print(r.get("id"), "|", "; ".join(errs))
    if len({r["id"] for r in rows}) != len(rows): print("duplicate ids"); bad += 1
    ids = [d for r in rows for d in r["identifiers"]]
    by_type = collections.Counter(d["type"] for d in ids)
    by_region = collections.Counter(d["region"] for d in ids)
    by_tr = collections.Counter((d["type"], d["region"]) for d in ids)
    styles = collections.Counter(r["style"] for r in rows)
    src = collections.Counter(r["source"] for r in rows)
    hand_share = src["hand"] / len(rows)
    with_keep = sum(1 for r in rows if r["keep"])
    # soft warning: a case-variant of an identifier left in the text
    warn = 0
    for r in rows:
        lowered = r["text"].lower()
        for d in r["identifiers"]:
            if len(d["text"]) > 3 and lowered.count(d["text"].lower()) > r["text"].count(d["text"]):
                warn += 1
    print(f"messages {len(rows)}  identifiers {len(ids)}  hand {src['hand']} ({hand_share:.1%})  template {src['template']}")
    print("by region:", dict(by_region))
    print("by type:"); [print(f"  {t:24s} {n:4d}  (US {by_tr[(t, 'US')]}, INTL {by_tr[(t, 'INTL')]})") for t, n in by_type.most_common()]
    print("by style:", dict(styles.most_common()))
    print("by style x source:", dict(collections.Counter((r['style'], r['source']) for r in rows).most_common()))
    print(f"messages with keep words: {with_keep}; keep entries: {sum(len(r['keep']) for r in rows)}; case-variant warnings: {warn}")
    req = [(400 <= len(rows) <= 450, "400-450 messages"), (len(ids) >= 1300, ">=1300 identifiers"),
           (by_region["US"] >= 800, ">=800 US"), (hand_share >= 0.40, ">=40% hand"),
           (all(by_type[t] >= 25 for t in TYPES), "every type >=25"), (with_keep >= 0.8 * len(rows), "keep words in most messages")]
    for ok, what in req:
        if not ok: print("REQUIREMENT FAILED:", what); bad += 1
    print("PASS" if bad == 0 else f"FAIL ({bad} problems)")
    return bad

if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:]) else 0)
