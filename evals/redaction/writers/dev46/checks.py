"""Per-message checks shared by build.py (to reject a bad template draw) and validate.py."""
import re

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
TITLE_RE = re.compile(r"^(dr|mr|mrs|ms|miss|prof|rev|dra|sr|sra|fr|sgt|ssgt|officer|rabbi|nurse)\.?\s", re.I)
LABEL_RE = re.compile(r"^(mrn|dob|ssn|ss#|iban|born|birthday|tel|phone|email|chart|member id|medicare|medicaid|acct|account|routing|card|visa|cc)\b[\s:#.]", re.I)
RELATION_RE = re.compile(r"^(mom|dad|mum|mama|papa|aunt|auntie|uncle|grandma|grandpa|nana|cousin|tia|tía|tio|tío|sister|brother|oma|opa|abuela|abuelo|nonna|nonno|lola|lolo|babcia|vovó)\s", re.I)


def isword(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, start = [], 0
    while sub:
        k = text.find(sub, start)
        if k < 0:
            break
        out.append((k, k + len(sub)))
        start = k + 1
    return out


def check_row(r):
    """Return a list of problems (empty when the row is fine)."""
    errs = []
    text = r["text"]
    if not isinstance(text, str) or not text.strip():
        return ["empty text"]
    spans, seen = [], set()
    for ident in r["identifiers"]:
        if set(ident) != {"text", "type", "region"}:
            errs.append(f"identifier keys {sorted(ident)}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errs.append(f"bad type {ident['type']}")
        if ident["region"] not in REGIONS:
            errs.append(f"bad region {ident['region']}")
        if t in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add(t)
        if not t or t != t.strip():
            errs.append(f"identifier empty or with outer whitespace {t!r}")
            continue
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not a substring: {t!r}")
        for a, b in occ:
            left_bad = a > 0 and isword(text[a - 1]) and isword(t[0])
            right_bad = b < len(text) and isword(text[b]) and isword(t[-1])
            if left_bad or right_bad:
                errs.append(f"identifier {t!r} at {a} not on a word boundary: {text[max(0, a - 12):b + 12]!r}")
            spans.append((a, b, t))
        if ident["type"] == "PERSON" and TITLE_RE.match(t):
            errs.append(f"title inside PERSON {t!r}")
        if ident["type"] == "PERSON" and RELATION_RE.match(t):
            errs.append(f"relation word inside PERSON {t!r}")
        if LABEL_RE.match(t):
            errs.append(f"label inside identifier {t!r}")
    if not isinstance(r["keep"], list):
        return errs + ["keep not a list"]
    for k in r["keep"]:
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not a substring: {k!r}")
        for a, b in occ:
            for sa, sb, st in spans:
                if a < sb and sa < b:
                    errs.append(f"keep {k!r} overlaps identifier {st!r}")
    return errs
