"""Validate handwritten_dev79.jsonl against the dev79 brief and the frozen spec. Prints a report; exit 1 on errors."""
import json, re, sys, collections

PATH = "handwritten_dev79.jsonl"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
errors, warns = [], []


def cjk(c):
    o = ord(c)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or 0xF900 <= o <= 0xFAFF)


def occ(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def boundary_ok(text, s, e):
    b = text[s - 1] if s else " "
    a = text[e] if e < len(text) else " "
    return ((not b.isalnum()) or (cjk(b) and cjk(text[s]))) and ((not a.isalnum()) or (cjk(a) and cjk(text[e - 1])))


def iban_ok(v):
    s = v.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_RE = re.compile(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{11,}$")
rows = []
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        rows.append(json.loads(line))
    except Exception as ex:
        errors.append(f"line {ln}: invalid JSON ({ex})")

by_type, by_region, by_style, by_source = (collections.Counter() for _ in range(4))
type_region = collections.Counter()
ibans = cards = bank = 0
n_ids = 0
for k, r in enumerate(rows):
    rid = r.get("id")
    if set(r) != KEYS:
        errors.append(f"{rid}: key set {sorted(r)}")
    if rid != f"hd79-{k:03d}":
        errors.append(f"{rid}: id out of sequence (expected hd79-{k:03d})")
    if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r.get("style", "")):
        errors.append(f"{rid}: bad style {r.get('style')!r}")
    if r.get("source") not in ("hand", "template"):
        errors.append(f"{rid}: bad source")
    text = r["text"]
    by_style[r["style"]] += 1
    by_source[r["source"]] += 1
    spans = []
    seen = set()
    for i in r["identifiers"]:
        if set(i) != {"text", "type", "region"}:
            errors.append(f"{rid}: identifier keys {sorted(i)}")
        t = i["text"]
        if i["type"] not in TYPES:
            errors.append(f"{rid}: bad type {i['type']}")
        if i["region"] not in ("US", "INTL"):
            errors.append(f"{rid}: bad region {i['region']}")
        if t != t.strip() or not t:
            errors.append(f"{rid}: identifier with edge whitespace {t!r}")
        if t in seen:
            warns.append(f"{rid}: identifier listed twice {t!r}")
        seen.add(t)
        o = occ(text, t)
        if not o:
            errors.append(f"{rid}: identifier not a substring: {t!r}")
        for s, e in o:
            if not boundary_ok(text, s, e):
                errors.append(f"{rid}: occurrence of {t!r} at {s} is inside a longer word/number")
        spans += o
        n_ids += 1
        by_type[i["type"]] += 1
        by_region[i["region"]] += 1
        type_region[(i["type"], i["region"])] += 1
        if i["type"] == "ACCOUNT_NUMBER":
            if IBAN_RE.match(t) and any(c.isalpha() for c in t[:2]):
                ibans += 1
                if not iban_ok(t):
                    errors.append(f"{rid}: IBAN check digits invalid: {t}")
            else:
                ctx = text[max(0, text.find(t) - 30):text.find(t)].lower()
                if any(w in ctx for w in ("routing", "aba", "account", "acct", "checking", "bank", "deposit")):
                    bank += 1
                else:
                    cards += 1
    # partial overlaps between different identifiers
    for a in spans:
        for b in spans:
            if a < b and a[0] < b[1] and b[0] < a[1] and not (a[0] <= b[0] and b[1] <= a[1]) and not (b[0] <= a[0] and a[1] <= b[1]):
                warns.append(f"{rid}: identifiers partly overlap at {a} {b}")
    if not r["keep"]:
        errors.append(f"{rid}: no keep words")
    for kp in r["keep"]:
        o = occ(text, kp)
        if not o:
            errors.append(f"{rid}: keep not a substring: {kp!r}")
        for s, e in o:
            if any(s < b and a < e for a, b in spans):
                errors.append(f"{rid}: keep {kp!r} at {s} overlaps an identifier")

NONCLIN = set(x.lower() for x in """Mom Dad Grandma Grandpa Nana Papa Granny Mum Nan Gran Oma Abuela Lola Nonna Mummy Aunt
Uncle Aunty Tante Daughter Son Wife Husband Sister Brother Granddaughter Grandson Niece Nephew Cousin Me mother father wife
husband aunt uncle grandmother grandfather brother sister son daughter mother-in-law stepdad Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun Tues Thurs January February March April May June July August
September October November December Best Love Cheers Thanks Regards Warmly Hugs""".split())
clin_msgs = sum(1 for r in rows if any(k.lower() not in NONCLIN for k in r["keep"]))

N = len(rows)
print(f"messages: {N}  identifiers: {n_ids}")
print(f"by region: {dict(by_region)}")
print("by type:")
for t in sorted(TYPES):
    print(f"  {t:24s} {by_type[t]:4d}   US {type_region[(t, 'US')]:4d}  INTL {type_region[(t, 'INTL')]:4d}")
print(f"ACCOUNT_NUMBER detail: IBAN {ibans}, card {cards}, bank/routing {bank}")
print(f"by style: {dict(sorted(by_style.items(), key=lambda x: -x[1]))}")
print(f"by source: {dict(by_source)}  (hand share {by_source['hand'] / max(N, 1):.1%})")
print(f"messages with at least one keep word that is not a relation/day/month/closing word: {clin_msgs} ({clin_msgs / max(N, 1):.1%})")

req = [(400 <= N <= 460, f"400-460 messages ({N})"), (n_ids >= 1400, f">=1400 identifiers ({n_ids})"),
       (by_region["US"] >= 850, f">=850 US ({by_region['US']})"),
       (by_source["hand"] * 2 >= N, f"at least half by hand ({by_source['hand']}/{N})"),
       (by_type["ACCOUNT_NUMBER"] >= 50, f"ACCOUNT_NUMBER >= 50 ({by_type['ACCOUNT_NUMBER']})")]
req += [(by_type[t] >= 35, f"{t} >= 35 ({by_type[t]})") for t in sorted(TYPES)]
for ok, msg in req:
    print(("PASS " if ok else "FAIL ") + msg)
    if not ok:
        errors.append("count requirement failed: " + msg)
for w in warns:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors, {len(warns)} warnings")
sys.exit(1 if errors else 0)
