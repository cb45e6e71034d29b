"""Validator for handwritten_dev16.jsonl. Usage: python validate.py [file] ; exits 1 on any error."""
import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from markup import iban_valid, luhn_ok, aba_ok

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "handwritten_dev16.jsonl")
TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
STYLES = ["lower_case", "all_caps", "speaker_label", "list", "run_on", "signature", "form", "international",
          "clinician_note", "general_text", "voicemail", "group_chat", "forwarded", "billing", "typos",
          "multi_identifier"]
CLIN = set(l.strip().lower() for l in open(os.path.join(HERE, "clinical_terms.txt"), encoding="utf-8") if l.strip())
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u1100-\u11ff]")


def isword(c):
    return c.isalnum() or c == "_"


def occ(text, s, flags=0):
    return [(m.start(), m.start() + len(s)) for m in re.finditer(re.escape(s), text, flags)]


errors = []
recs = [json.loads(l) for l in open(PATH, encoding="utf-8")]
by_type, by_region, by_style, by_source = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
type_region = collections.Counter()
clin_msgs = 0
acct_kinds = collections.Counter()
for n, r in enumerate(recs):
    E = lambda msg: errors.append("%s: %s" % (r.get("id"), msg))
    if set(r) != {"id", "style", "text", "identifiers", "keep", "source"}:
        E("keys %s" % sorted(r))
    if r["id"] != "hd16-%03d" % n:
        E("id out of sequence")
    if r["source"] not in ("hand", "template"):
        E("bad source")
    if r["style"] not in STYLES:
        E("bad style " + r["style"])
    t = r["text"]
    by_style[r["style"]] += 1
    by_source[r["source"]] += 1
    seen = set()
    spans = []
    for i in r["identifiers"]:
        if set(i) != {"text", "type", "region"} or i["type"] not in TYPES or i["region"] not in ("US", "INTL"):
            E("bad identifier %r" % i)
        if i["text"] in seen:
            E("duplicate identifier %r" % i["text"])
        seen.add(i["text"])
        if i["text"] not in t:
            E("identifier not in text %r" % i["text"])
        if i["text"] != i["text"].strip() or not i["text"]:
            E("identifier has outer whitespace %r" % i["text"])
        spans += [(a, b, i["text"]) for a, b in occ(t, i["text"])]
        by_type[i["type"]] += 1
        by_region[i["region"]] += 1
        type_region[(i["type"], i["region"])] += 1
    def inside_other(a, b, s):
        return any(x <= a and b <= y and (y - x) > (b - a) for x, y, s2 in spans if s2 != s)
    for i in r["identifiers"]:
        s = i["text"]
        for a, b in occ(t, s):
            if inside_other(a, b, s):
                continue
            if a > 0 and isword(t[a - 1]) and isword(s[0]) and not (CJK.match(s[0]) or CJK.match(t[a - 1])):
                E("identifier %r starts inside a word" % s)
            if b < len(t) and isword(t[b]) and isword(s[-1]) and not (CJK.match(s[-1]) or CJK.match(t[b])):
                E("identifier %r ends inside a word" % s)
        # same string, other case, as an ordinary word elsewhere
        if not CJK.search(s):
            exact = set(occ(t, s))
            for a, b in occ(t, s, re.I):
                if (a, b) in exact or inside_other(a, b, s):
                    continue
                if (a == 0 or not isword(t[a - 1])) and (b == len(t) or not isword(t[b])):
                    E("identifier %r also occurs as ordinary word %r" % (s, t[a:b]))
        if i["type"] == "ACCOUNT_NUMBER":
            comp = re.sub(r"\s", "", s)
            if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{8,30}", comp):
                acct_kinds["iban"] += 1
                if not iban_valid(s):
                    E("IBAN checksum fails %r" % s)
            elif re.fullmatch(r"\d{9}", comp) and aba_ok(comp):
                acct_kinds["aba_routing"] += 1
            elif 13 <= len(re.sub(r"\D", "", s)) <= 19 and re.fullmatch(r"[\d \-]+", s):
                acct_kinds["card_luhn_ok" if luhn_ok(s) else "card_luhn_bad"] += 1
            else:
                acct_kinds["bank_account_other"] += 1
        if i["type"] == "US_SSN":
            d = re.sub(r"\D", "", s)
            if len(d) != 9:
                E("SSN length %r" % s)
            elif d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
                E("SSN bad area/group/serial %r" % s)
    for k in r["keep"]:
        if k not in t:
            E("keep not in text %r" % k)
        for a, b in occ(t, k):
            for x, y, s in spans:
                if a < y and x < b:
                    E("keep %r overlaps identifier %r" % (k, s))
    if len(set(r["keep"])) != len(r["keep"]):
        E("duplicate keep")
    if any(k.lower() in CLIN for k in r["keep"]):
        clin_msgs += 1

N = len(recs)
NI = sum(by_type.values())
need = [(N >= 420, "messages >= 420"), (NI >= 1500, "identifiers >= 1500"),
        (by_region["US"] >= 900, "US >= 900"), (by_region["INTL"] >= 450, "INTL >= 450"),
        (by_type["ACCOUNT_NUMBER"] >= 60, "ACCOUNT_NUMBER >= 60"),
        (clin_msgs >= 0.75 * N, "clinical keep >= 75%"),
        (0.30 <= by_source["hand"] / N <= 0.40, "hand share 30-40%")]
need += [(by_type[x] >= 40, "%s >= 40" % x) for x in TYPES]
need += [(by_style[x] >= 24, "style %s >= 24" % x) for x in STYLES]
for ok, what in need:
    if not ok:
        errors.append("COUNT: " + what)
print("messages", N, "identifiers", NI, "source", dict(by_source),
      "hand share %.1f%%" % (100 * by_source["hand"] / N), "clinical-keep messages %d (%.1f%%)" % (clin_msgs, 100 * clin_msgs / N))
print("region", dict(by_region))
print("type", {x: by_type[x] for x in TYPES})
print("type x region", {"%s/%s" % k: v for k, v in sorted(type_region.items())})
print("style", {x: by_style[x] for x in STYLES})
print("account kinds", dict(acct_kinds))
for e in errors[:200]:
    print("ERROR", e)
print("errors", len(errors))
sys.exit(1 if errors else 0)
