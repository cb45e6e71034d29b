"""Row-level checks shared by build.py and validate.py."""
import re

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN", "MEDICAL_RECORD_NUMBER",
         "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
KEYS = {"id", "style", "text", "identifiers", "keep", "source"}
BAD_PREFIX = re.compile(r"^(MRN|DOB|SSN|IBAN|iban|visa|Member ID|member id|Dr\.|Mr\.|Mrs\.|Ms\.|Mom |Dad |Aunt |Uncle |"
                        r"Grandpa |Grandma |Pastor |Cousin |Sister |Brother |acct |routing )", re.I)
BAD_SUFFIX = re.compile(r"(, RN|, MD| MD| RN|'s)$")
STYLE = re.compile(r"^[a-z][a-z0-9_]*$")


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_row(row, with_keys=False):
    """Return a list of problem strings (empty when the row is clean)."""
    errs = []
    if with_keys and set(row) != KEYS:
        errs.append(f"keys {sorted(row)}")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return errs + ["empty text"]
    if not STYLE.match(row.get("style", "")):
        errs.append(f"bad style {row.get('style')!r}")
    if row.get("source") not in ("hand", "template"):
        errs.append("bad source")
    if "<<" in text or "{{" in text or "}}" in text:
        errs.append("markup left in text")
    spans = []
    seen = set()
    for ident in row.get("identifiers", []):
        if set(ident) != {"text", "type", "region"}:
            errs.append(f"identifier keys {sorted(ident)}")
            continue
        t = ident["text"]
        if ident["type"] not in TYPES:
            errs.append(f"type {ident['type']}")
        if ident["region"] not in REGIONS:
            errs.append(f"region {ident['region']}")
        if not t or t != t.strip():
            errs.append(f"identifier has outer whitespace/empty: {t!r}")
        if t in seen:
            errs.append(f"duplicate identifier {t!r}")
        seen.add(t)
        occ = occurrences(text, t)
        if not occ:
            errs.append(f"identifier not in text: {t!r}")
        for a, b in occ:
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append(f"identifier not on word boundary: {t!r}")
                break
        if BAD_PREFIX.match(t) or BAD_SUFFIX.search(t):
            errs.append(f"identifier carries a label/title/relation: {t!r}")
        spans.extend(occ)
    for k in row.get("keep", []):
        occ = occurrences(text, k)
        if not occ:
            errs.append(f"keep not in text: {k!r}")
        for a, b in occ:
            if any(a < y and x < b for x, y in spans):
                errs.append(f"keep {k!r} overlaps an identifier")
                break
    return errs
