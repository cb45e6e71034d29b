"""Per-record checks shared by build.py (to reject a bad template draw) and validate.py."""
import re
from numgen import iban_valid, aba_valid, luhn_valid

TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"]
TITLES = re.compile(r"^(dr|mr|mrs|ms|miss|mx|prof|rev|reverend|sr|sra|srta|fr|frau|herr|m|mme|mlle|don|dona|doña|sir|lola|tia|tía|tio|"
                    r"mom|mum|mommy|dad|daddy|grandma|grandpa|granny|gma|gpa|nana|papa|aunt|auntie|uncle|abuela|abuelo|"
                    r"cousin|son|daughter|wife|husband|nurse|chief|pastor|father|mother|sgt|capt|officer|coach|col|lt)\b\.?\s", re.I)
HELPLINES = {"988", "911", "1-800-222-1222", "800-222-1222", "1-800-273-8255", "1-800-273-TALK", "1-800-MEDICARE", "1-800-633-4227"}


def spans(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def acct_kind(et):
    compact = re.sub(r"[\s-]", "", et)
    if re.match(r"^[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}$", compact): return "iban"
    if re.match(r"^\d{13,19}$", compact) and compact[0] in "23456": return "card"
    if re.match(r"^\d{9}$", compact): return "routing"
    return "other"


def record_problems(r):
    errs = []
    t = r["text"]
    if not r["identifiers"]: errs.append("no identifiers")
    idspans, pairs = [], set()
    for e in r["identifiers"]:
        et = e.get("text", "")
        if set(e) != {"text", "type", "region"}: errs.append(f"ident keys {sorted(e)}")
        if e.get("type") not in TYPES: errs.append(f"bad type {e.get('type')}")
        if e.get("region") not in ("US", "INTL"): errs.append(f"bad region {e.get('region')}")
        if (et, e.get("type")) in pairs: errs.append(f"duplicate identifier {et!r}")
        pairs.add((et, e.get("type")))
        if not et or et != et.strip(): errs.append(f"empty/untrimmed identifier {et!r}")
        if et not in t: errs.append(f"identifier not substring: {et!r}"); continue
        idspans += spans(t, et)
        if e["type"] == "PERSON":
            if TITLES.match(et): errs.append(f"title/relation inside PERSON {et!r}")
            if re.search(r"\d", et): errs.append(f"digit in PERSON {et!r}")
        if e["type"] == "PHONE_NUMBER" and et in HELPLINES: errs.append(f"helpline labelled as phone {et!r}")
        if e["type"] == "ACCOUNT_NUMBER":
            kind, compact = acct_kind(et), re.sub(r"[\s-]", "", et)
            if kind == "iban" and not iban_valid(compact): errs.append(f"invalid IBAN {et!r}")
            if kind == "routing" and not aba_valid(compact): errs.append(f"invalid ABA routing {et!r}")
        if e["type"] == "US_SSN":
            d = re.sub(r"\D", "", et)
            if not d: pass  # spoken-out SSN
            elif len(d) != 9: errs.append(f"SSN digits {et!r}")
            elif d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000": errs.append(f"SSN impossible {et!r}")
    for e in r["identifiers"]:
        et = e["text"]
        for a, b in spans(t, et):
            inside_other = any(x <= a and b <= y and (x, y) != (a, b) for x, y in idspans)
            left_ok = a == 0 or not t[a - 1].isalnum() or not et[0].isalnum()
            right_ok = b == len(t) or not t[b].isalnum() or not et[-1].isalnum()
            cjk = (a > 0 and ord(t[a - 1]) > 0x2e80) or (b < len(t) and ord(t[b]) > 0x2e80) or ord(et[0]) > 0x2e80
            if not (left_ok and right_ok) and not inside_other and not cjk:
                errs.append(f"identifier {et!r} occurs inside a longer word at {a}")
        # partial overlap between two different identifier occurrences (neither contains the other)
    for i, (a, b) in enumerate(idspans):
        for x, y in idspans[i + 1:]:
            if a < y and x < b and not (x <= a and b <= y) and not (a <= x and y <= b):
                errs.append(f"identifier spans cross: {t[a:b]!r} / {t[x:y]!r}")
    # a name/place written again in another case must be labelled too (e.g. "Zoe" ... "zoe")
    for e in r["identifiers"]:
        if e["type"] not in ("PERSON", "LOCATION") or len(e["text"]) < 3: continue
        for mm in re.finditer(r"(?<![0-9A-Za-z])" + re.escape(e["text"]) + r"(?![0-9A-Za-z])", t, re.I):
            a, b = mm.span()
            if not any(x <= a and b <= y for x, y in idspans):
                errs.append(f"unlabelled case variant {t[a:b]!r} of {e['text']!r}")
    for kw in r["keep"]:
        if not kw or kw not in t: errs.append(f"keep not substring {kw!r}"); continue
        for a, b in spans(t, kw):
            for x, y in idspans:
                if a < y and x < b: errs.append(f"keep {kw!r} overlaps identifier span {t[x:y]!r}")
        kre = re.compile(r"(?<![0-9A-Za-z])" + re.escape(kw) + r"(?![0-9A-Za-z])", re.I)
        for e in r["identifiers"]:
            if kre.search(e["text"]): errs.append(f"keep {kw!r} also inside identifier {e['text']!r}")
            if re.search(r"(?<![0-9A-Za-z])" + re.escape(e["text"]) + r"(?![0-9A-Za-z])", kw, re.I):
                errs.append(f"identifier {e['text']!r} inside keep {kw!r}")
    if len(r["keep"]) != len(set(r["keep"])): errs.append("duplicate keep")
    return errs
