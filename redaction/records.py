"""Health record numbers by shape and by a label some words away.

- A Medicare Beneficiary Identifier has a published shape (CMS): eleven characters, digit, letter,
  letter-or-digit, digit, letter, letter-or-digit, digit, letter, letter, digit, digit, where the
  letters S, L, O, I, B and Z never occur; printed plain or as 4-3-4 groups. That shape is found
  with or without a label ("2KW7-FP3-RT44").
- A number after a record label later in the same sentence ("the MRN on the bracelet was 5566123",
  "his number at the hospital is 88120391"): at least five digits, not shaped like a phone number
  or a date, so helplines and dates stay to their own rules. A question does not end the sentence
  here: the answer follows it ("what's his chart number? C-8823401"). In a labelled value the
  digits may be grouped by spaces ("Medicaid ID: NY 44 881 230 Q"); a label is also any word
  before "number", "no." or their usual typos ("file numbr", "VA file number").
- A code of three to five dash-joined groups of capitals and digits with four or more digits and two
  or more letters ("8XG5-RT3-NN62"), with no label.
- Any number of seven or more digits, written plain or in groups joined by dashes or by two or more
  dots ("3387120", "0045-213-998", "23.456.789"), with no label at all: unless it is shaped like a
  phone number, a date or a range of years, or is an amount (a currency sign before it, a unit
  after it), nothing in a health chat is written that way but an identifier (HIPAA's "any other
  unique identifying number"), and nothing clinical is lost with it: doses, readings and lab
  values have at most five digits.
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
    # 'mrm', 'medicial record', 'medical recrod' (one letter added, dropped or changed; two swapped)
    r"(?:mrn|mrm|(?:medical){e<=1}\s+(?:(?:record){e<=1}|recrod)|record\s+(?:number|no|num|\#)|chart|member|medicare|medicaid|mbi|beneficiary|"
    r"policy|insurance|subscriber|patient\s+(?:id|number|no|\#)|health\s+(?:plan|card)|hospital\s+(?:id|number)|"
    r"number\s+at\s+the\s+(?:hospital|clinic|practice)|"
    # national health and identity numbers, by the name printed on the card (provinces, countries)
    r"ohip|ramq|msp|care\s+card|pesel|curp|cpf|cns|sus|aadhaar|abha|uhid|bsn|burgerservicenummer|nir|carte\s+vitale|"
    r"tessera\s+sanitaria|codice\s+fiscale|personnummer|steuer-?id|krankenversicherten(?:nummer)?|versichertennummer|"
    r"tc\s+kimlik|kimlik|dni|nie|nss|rut|rrn|medicare\s+card|ihi|nhi|chi|pps|ppsn|hkid|nric|mykad|philhealth|"
    # Russian policy and insurance numbers, French social security (fifteenth pass)
    r"полис(?:\s+омс)?|омс|снилс|s[ée]curit[ée]\s+sociale|"
    # any word before 'number' or its abbreviations and usual typos: 'file number', 'claim no.', 'case #'
    r"[a-z]{2,}\s+(?:number|numbr|nmber|numer|nunber|nuber|num|no\.?|nr\.?)|"
    # a record's word and '#' ('case # 44812', 'Acct# 77120'; not a store's: 'Walgreens #10442'); 'ID' with its colon,
    # '#' or 'no.' ('ID: 448812', 'ID# A44812'); a kind of ID ('pt id 55123', 'Visit ID: V-22913')
    r"(?:case|chart|acct|account|encounter|visit|claim|file|member|patient|pt|record|policy|ref|reference|"
    r"confirmation|auth|authorization|referral|group|accession|specimen|lab)\s*\#|id\s*(?::|\#|no\.?(?=\s)|nr\.?(?=\s))|"
    r"(?:pt|visit|encounter|case|claim|file|client|resident|account|acct|chart|record|person|user|login|plan)\s+id)"
)
# 'VH-2291034', '5566123', '1V-448-20193', 'sf-2290417', '5584-221-907-KT'
_VALUE = r"(?:(?!(?:ID|NO|NUM|MRN|MBI)\b)(?:\d?[A-Z]{1,4}[\- ]?|[a-z]{1,4}-))?\d[\d\-]{3,18}\d(?:-?[A-Z]{1,3}|[A-Z])?"
# A code of 10 to 20 capitals and digits with three or more of each ('HERJ441012HJCRZS08', 'RMNCHR48C62G273X'): a
# national identity number, a member or tracking number; no drug, lab or dose is written that way.
_CODE = regex.compile(r"(?<![\w\-])(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{10,20}(?![\w\-])")
# ten to twenty digits and capitals with eight or more digits and a capital among them ('1013459872V441230', a
# veterans' integration control number): a long number a letter interrupts; no dose, lab or drug is written that way
_LONG_CODE = regex.compile(r"(?<![\w\-])(?=(?:[A-Z]*\d){8})(?=\d*[A-Z])[A-Z0-9]{10,20}(?![\w\-])")
# digits grouped by spaces, after a label only: 'NY 44 881 230 Q', 'HUM 4471 9902 01', '29 773 105'
_SPACED = r"(?:[A-Z]{1,4} )?\d{2,4}(?: \d{2,4}){1,4}(?: [A-Z])?"
_DISTANT = regex.compile(
    # the label and its number joined by a hyphen ('mrn-0099812'), else up to 40 characters between them
    rf"(?i:\b{_LABEL}(?:\b|(?<=[.\#:])))(?:-|[^.!\n\d]{{0,40}}?(?<![\w\-]))((?-i:{_SPACED})|{_VALUE})(?![\w\-])"
)
# seven or more digits in one run or in groups joined by '-' or by two or more '.', with no label
_BARE = regex.compile(r"(?<![\w\-.,/+$€£¥])(?:\d+(?:-\d+)+|\d+(?:\.\d+){2,}|\d{7,})(?![\w\-]|[.,/]\d)")
# a code of three to five dash-joined groups of capitals and digits, with four or more digits and two or more letters
# ('6HT3-AA2-LM09', '8XG5-RT3-NN62'): an insurer's or a registry's number; no drug or lab is named that way
_DASHED_CODE = regex.compile(r"(?<![\w\-])[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){1,3}-[A-Z0-9]{1,6}(?![\w\-])")  # 'HX-00291-B'
_YEARS = regex.compile(r"^(?:19|20)\d\d-(?:19|20)?\d\d$")
_AMOUNT_AFTER = regex.compile(
    r"(?i)\s?(?:%|mg|mcg|µg|ug|g|kg|lb|lbs|ml|l|iu|units?|u|steps?|cal|calories|kcal|dollars?|usd|eur|euros?|"
    r"pesos?|rupees?|yen|won|mi|miles?|km|ft|feet|m|cm|mm|gal|oz|times?)\b"
)
_PHONE_SHAPE = regex.compile(r"^(?:\+?1[\-. ]?)?\(?\d{3}\)?[\-. ]?\d{3}[\-. ]\d{4}$|^1?8(?:00|33|44|55|66|77|88)\d{7}$")
_DATE_SHAPE = regex.compile(r"^\d{1,4}[\-/.]\d{1,2}[\-/.]\d{1,4}$")


def find_records(text: str) -> list[tuple[int, int]]:
    """(start, end) of Medicare identifiers by shape and of numbers a record label points to."""
    out = [m.span() for m in _MBI.finditer(text) if any(c.isdigit() for c in m.group(0)[4:])]
    out += [m.span() for m in _CODE.finditer(text)]
    out += [m.span() for m in _LONG_CODE.finditer(text)]
    out += [m.span(1) for m in _DISTANT.finditer(text) if _record_number(m.group(1), 5)]
    out += [
        m.span()
        for m in _BARE.finditer(text)
        if _record_number(m.group(0), 7) and not (_YEARS.match(m.group(0)) or _AMOUNT_AFTER.match(text, m.end()))
    ]
    out += [m.span() for m in _DASHED_CODE.finditer(text) if _dashed_code(m.group(0))]
    return out


def _record_number(value: str, digits: int) -> bool:
    """At least `digits` digits, and not shaped like a phone number or a date."""
    return sum(c.isdigit() for c in value) >= digits and not (_PHONE_SHAPE.match(value) or _DATE_SHAPE.match(value))


def _dashed_code(value: str) -> bool:
    """A dashed code with four digits or more and two letters or more."""
    return sum(c.isdigit() for c in value) >= 4 and sum(c.isalpha() for c in value) >= 2
