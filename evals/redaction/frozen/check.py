"""Validator for the frozen redaction test split (test.jsonl).

Checks per record:
  * every identifier text and keep entry is an exact substring of text
  * identifier occurrences sit on word boundaries (no partial-word redaction)
  * keep occurrences never overlap any identifier occurrence
  * no identifier text is a substring of a keep entry (case-insensitive)
  * identifiers do not partially overlap each other (one inside another of the same type is allowed)
  * types/regions are from the allowed sets
  * IBAN-looking ACCOUNT_NUMBERs have a valid mod-97 checksum
Also prints counts by type, region, style, and card Luhn validity.
"""
import json, re, sys, collections

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return None
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_ok(digits):
    s = 0
    for k, ch in enumerate(reversed(digits)):
        x = int(ch)
        if k % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def is_word_char(ch):
    # CJK, kana and Hangul text does not separate words with spaces, so no boundary rule there
    o = ord(ch)
    if 0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF:
        return False
    return ch.isalnum()


def check_record(r):
    errs = []
    t = r.get("text", "")
    if not t:
        errs.append("empty text")
    if not r.get("style") or not re.fullmatch(r"[a-z_]+", r["style"]):
        errs.append("bad style %r" % r.get("style"))
    id_spans = []
    for ident in r.get("identifiers", []):
        s = ident["text"]
        if ident.get("type") not in TYPES:
            errs.append("bad type %r" % ident)
        if ident.get("region") not in REGIONS:
            errs.append("bad region %r" % ident)
        occ = occurrences(t, s)
        if not occ or not s.strip() or s != s.strip():
            errs.append("identifier not a clean substring: %r" % s)
        for a, b in occ:
            if (a > 0 and is_word_char(t[a - 1]) and is_word_char(s[0])) or \
               (b < len(t) and is_word_char(t[b]) and is_word_char(s[-1])):
                errs.append("identifier %r occurs inside a longer word at %d" % (s, a))
            id_spans.append((a, b, ident))
        if ident.get("type") == "ACCOUNT_NUMBER":
            ok = iban_ok(s)
            if ok is False:
                errs.append("bad IBAN checksum %r" % s)
    # identifier/identifier overlaps
    for i, (a, b, x) in enumerate(id_spans):
        for c, d, y in id_spans[i + 1:]:
            if x is y or (x["text"] == y["text"]):
                continue
            if a < d and c < b:
                inside = (c <= a and b <= d) or (a <= c and d <= b)
                if inside and x["type"] == y["type"]:
                    continue
                errs.append("identifiers overlap: %r / %r" % (x["text"], y["text"]))
    for k in r.get("keep", []):
        occ = occurrences(t, k)
        if not occ or not k.strip():
            errs.append("keep not a substring: %r" % k)
        for a, b in occ:
            for c, d, y in id_spans:
                if a < d and c < b:
                    errs.append("keep %r overlaps identifier %r" % (k, y["text"]))
        for ident in r.get("identifiers", []):
            if ident["text"].lower() in k.lower():
                errs.append("identifier %r is a substring of keep %r" % (ident["text"], k))
    return errs


def card_digits(s):
    d = re.sub(r"[\s-]", "", s)
    return d if re.fullmatch(r"\d{13,19}", d) else None


def main(path):
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    bad = 0
    ids = set()
    by_type, by_region, by_style, by_tr = (collections.Counter() for _ in range(4))
    src = collections.Counter()
    acct = collections.Counter()
    keepless = 0
    for r in recs:
        if r["id"] in ids:
            print("duplicate id", r["id"]); bad += 1
        ids.add(r["id"])
        e = check_record(r)
        if e:
            bad += 1
            print(r["id"], e)
        by_style[r["style"]] += 1
        src[r.get("source", "?")] += 1
        if not r.get("keep"):
            keepless += 1
        for i in r["identifiers"]:
            by_type[i["type"]] += 1
            by_region[i["region"]] += 1
            by_tr[(i["type"], i["region"])] += 1
            if i["type"] == "ACCOUNT_NUMBER":
                if iban_ok(i["text"]) is not None:
                    acct["iban"] += 1
                elif card_digits(i["text"]):
                    acct["card_luhn_valid" if luhn_ok(card_digits(i["text"])) else "card_luhn_invalid"] += 1
                else:
                    acct["bank_or_routing"] += 1
    print("records", len(recs), "bad", bad, "identifiers", sum(by_type.values()), "no-keep", keepless)
    print("source", dict(src))
    print("region", dict(by_region))
    print("type", dict(by_type.most_common()))
    print("type x region", {"%s/%s" % k: v for k, v in sorted(by_tr.items())})
    print("account kinds", dict(acct))
    print("style", dict(by_style.most_common()))
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else "test.jsonl") else 0)
