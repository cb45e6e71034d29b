"""Per-message checks shared by build.py (to reject a bad template draw) and validate.py."""
import re, unicodedata
from ibanlib import iban_valid

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "US_SSN",
         "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "ACCOUNT_NUMBER"}
REGIONS = {"US", "INTL"}
RELATION = r"(?i)(mom|mum|dad|grandma|grandpa|aunt|auntie|uncle|son|daughter|sister|brother|nana|papa|wife|husband|cousin|tia|tía|tio|tío|oma|opa)\s"
TITLE = r"(?i)(dr|mr|mrs|ms|miss|prof|rev|sr|fr|dra|mme|herr|frau|sra|srta|doña|dona)\.?\s"


def is_cjk(ch):
    name = unicodedata.name(ch, "")
    return any(k in name for k in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


def wordchar(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def boundary_ok(text, s, e):
    """An occurrence must not start or end inside a word. Scripts written without spaces
    (Han, kana, Hangul) are exempt when one of the two touching characters is from such a script."""
    for a, b in ((s - 1, s), (e - 1, e)):
        if a < 0 or b >= len(text):
            continue
        if wordchar(text[a]) and wordchar(text[b]) and not (is_cjk(text[a]) or is_cjk(text[b])):
            return False
    return True


def check_row(r):
    """Return (errors, warnings) for one message dict with keys text/identifiers/keep."""
    errors, warnings = [], []
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        return ["empty text"], []
    spans = []
    texts = [d.get("text") for d in r["identifiers"]]
    if len(texts) != len(set(texts)):
        errors.append("identifier listed twice")
    for d in r["identifiers"]:
        if set(d) != {"text", "type", "region"}:
            errors.append(f"identifier keys {sorted(d)}")
            continue
        if d["type"] not in TYPES:
            errors.append(f"bad type {d['type']}")
        if d["region"] not in REGIONS:
            errors.append(f"bad region {d['region']}")
        if not d["text"] or d["text"] != d["text"].strip():
            errors.append(f"identifier empty or with outer whitespace {d['text']!r}")
            continue
        occ = occurrences(t, d["text"])
        if not occ:
            errors.append(f"identifier not in text {d['text']!r}")
        for s, e in occ:
            if not boundary_ok(t, s, e):
                errors.append(f"identifier {d['text']!r} occurs inside a word at {s}: ...{t[max(0, s - 10):e + 10]!r}")
        spans += occ
        if d["type"] == "ACCOUNT_NUMBER" and re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{11,}", d["text"]):
            if not iban_valid(d["text"]):
                errors.append(f"IBAN with bad checksum {d['text']!r}")
        if d["type"] == "PERSON" and re.match(TITLE, d["text"]):
            errors.append(f"title inside PERSON {d['text']!r}")
        if d["type"] == "PERSON" and re.match(RELATION, d["text"]):
            errors.append(f"relation word inside PERSON {d['text']!r}")
        if re.match(r"(?i)(mrn|dob|ssn|iban)\b", d["text"]):
            errors.append(f"label inside identifier {d['text']!r}")
    # soft check: a word of a PERSON identifier seen again (any case) outside every identifier occurrence
    for d in r["identifiers"]:
        if d.get("type") != "PERSON":
            continue
        for w in re.findall(r"\w{3,}", d["text"]):
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t, re.I):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    warnings.append(f"name word {w!r} also appears uncovered: ...{t[max(0, m.start() - 15):m.end() + 15]!r}")
    if not isinstance(r["keep"], list):
        errors.append("keep not a list")
        return errors, warnings
    for k in r["keep"]:
        occ = occurrences(t, k)
        if not k or not occ:
            errors.append(f"keep not in text {k!r}")
        for s, e in occ:
            for a, b in spans:
                if s < b and a < e:
                    errors.append(f"keep {k!r} overlaps an identifier at {s}")
    return errors, warnings
