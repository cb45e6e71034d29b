"""Health record numbers by shape and by a label some words away.

- A Medicare Beneficiary Identifier has a published shape (CMS): eleven characters, digit, letter,
  letter-or-digit, digit, letter, letter-or-digit, digit, letter, letter, digit, digit, where the
  letters S, L, O, I, B and Z never occur; printed plain or as 4-3-4 groups. That shape is found
  with or without a label ("2KW7-FP3-RT44").
- A number after a record label later in the same sentence ("the MRN on the bracelet was 5566123",
  "his number at the hospital is 88120391"): at least five digits, not shaped like a phone number
  or a date, so helplines and dates stay to their own rules.
"""

from __future__ import annotations

import regex

_A = "[AC-HJKMNP-RT-Y]"  # MBI letters: no S, L, O, I, B, Z
_AN = "[0-9AC-HJKMNP-RT-Y]"
_MBI = regex.compile(
    rf"(?<![\w\-])[1-9]{_A}{_AN}\d[\- ]?{_A}{_AN}\d[\- ]?{_A}{_A}\d\d(?![\w\-])",
    regex.IGNORECASE,
)
_LABEL = (
    r"(?:mrn|medical\s+record|record\s+(?:number|no|num|\#)|chart|member|medicare|medicaid|mbi|beneficiary|"
    r"policy|insurance|subscriber|patient\s+(?:id|number|no|\#)|health\s+(?:plan|card)|hospital\s+(?:id|number)|"
    r"number\s+at\s+the\s+(?:hospital|clinic|practice)|"
    # national health and identity numbers, by the name printed on the card (provinces, countries)
    r"ohip|ramq|msp|care\s+card|pesel|curp|cpf|cns|sus|aadhaar|abha|uhid|bsn|burgerservicenummer|nir|carte\s+vitale|"
    r"tessera\s+sanitaria|codice\s+fiscale|personnummer|steuer-?id|krankenversicherten(?:nummer)?|versichertennummer|"
    r"tc\s+kimlik|kimlik|dni|nie|nss|rut|rrn|medicare\s+card|ihi|nhi|chi|pps|ppsn|hkid|nric|mykad|philhealth)"
)
# 'VH-2291034', '5566123', '1V-448-20193', 'sf-2290417', '5584-221-907-KT'
_VALUE = r"(?:(?!(?:ID|NO|NUM|MRN|MBI)\b)(?:\d?[A-Z]{1,4}[\- ]?|[a-z]{1,4}-))?\d[\d\-]{3,18}\d(?:-?[A-Z]{1,3}|[A-Z])?"
# A code of 10 to 20 capitals and digits with three or more of each ('HERJ441012HJCRZS08', 'RMNCHR48C62G273X'): a
# national identity number, a member or tracking number; no drug, lab or dose is written that way.
_CODE = regex.compile(r"(?<![\w\-])(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{10,20}(?![\w\-])")
_DISTANT = regex.compile(rf"(?i:\b{_LABEL}\b)[^.!?\n\d]{{0,40}}?(?<![\w\-])({_VALUE})(?![\w\-])")
_PHONE_SHAPE = regex.compile(r"^(?:\+?1[\-. ]?)?\(?\d{3}\)?[\-. ]?\d{3}[\-. ]\d{4}$|^1?8(?:00|33|44|55|66|77|88)\d{7}$")
_DATE_SHAPE = regex.compile(r"^\d{1,4}[\-/.]\d{1,2}[\-/.]\d{1,4}$")


def find_records(text: str) -> list[tuple[int, int]]:
    """(start, end) of Medicare identifiers by shape and of numbers a record label points to."""
    out = [m.span() for m in _MBI.finditer(text) if any(c.isdigit() for c in m.group(0)[4:])]
    out += [m.span() for m in _CODE.finditer(text)]
    for m in _DISTANT.finditer(text):
        value = m.group(1)
        if sum(c.isdigit() for c in value) < 5 or _PHONE_SHAPE.match(value) or _DATE_SHAPE.match(value):
            continue
        out.append(m.span(1))
    return out
