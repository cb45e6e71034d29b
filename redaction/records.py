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
  dots ("3387120", "0045-213-998", "23.456.789"), or after a prefix of capitals and a dash ("EXP-2696882"), with no
  label at all: unless it is shaped like a
  phone number, a date or a range of years, or is an amount (a currency sign before it, a unit
  after it), nothing in a health chat is written that way but an identifier (HIPAA's "any other
  unique identifying number"), and nothing clinical is lost with it: doses, readings and lab
  values have at most five digits.
"""

from __future__ import annotations

import regex

from .lexicon import english_lexicon, model_words
from .textutil import NUMBER_TEENS, NUMBER_TENS, NUMBER_UNITS

_A = "[AC-HJKMNP-RT-Y]"  # MBI letters: no S, L, O, I, B, Z
_AN = "[0-9AC-HJKMNP-RT-Y]"
_MBI = regex.compile(
    rf"(?<![\w\-])[1-9]{_A}{_AN}\d[\- ]?{_A}{_AN}\d[\- ]?{_A}{_A}\d\d(?![\w\-])",
    regex.IGNORECASE,
)
# the Medicare identifier's shape written with any letters (writers and forms use S, L, O, I, B, Z too: '2RX8 LK3
# PD44'): a digit, a letter, a letter or digit, a digit; a letter, a letter or digit, a digit; two letters, two digits
_MBI_SHAPE = regex.compile(r"(?<![\w\-])[1-9][A-Z][A-Z0-9]\d([\- ]?)[A-Z][A-Z0-9]\d\1[A-Z]{2}\d\d(?![\w\-])")
# a plan's letter and contract digits, a dash, a member's digits ('Humana supplement H6209-118473'): eight digits
_CONTRACT_NUMBER = regex.compile(r"(?<![\w\-])[A-Z]{1,3}\d{3,6}-\d{4,8}(?![\w\-])")
# a chat's turn that answers a question for a record's number with only the number ('Kofi: anyone have grandma's
# Medicaid number\nEsi: RT44817C', 'Front desk: what's the MRN on her bracelet?\nDaughter: KP 0088214773')
_ASKED = regex.compile(
    r"(?i)\b(?:mrn|medicaid|medicare|member|chart|record|policy|id|number|\#)\b[^\n]{0,40}\??[ \t]*\n"
)
# the answer: the number alone on its turn, after a filler ('tina: uh K 4471 03'), with dashes, dots or spaces inside
# ('Kelly: N8040-91', 'a: ZGP 22019 8812', 'Stephen: 193.584.23')
_ANSWER = regex.compile(
    r"[^\n:]{1,40}:[ \t]*(?:(?i:uh|um|er|it'?s|its)[, \t]+)?"
    r"((?:[A-Z]{1,4}[ \-]?)?(?=[A-Z0-9.\- ]*\d{4})[A-Z0-9](?:[A-Z0-9]|[ .\-](?=[A-Z0-9])){4,18})[ \t.!]*(?:\n|\Z)"
)
_LABEL = (
    # 'mrm', 'medicial record', 'medical recrod' (one letter added, dropped or changed; two swapped)
    r"(?:mrn|mrm|(?:medical){e<=1}\s+(?:(?:record){e<=1}|recrod)|record\s+(?:number|no|num|\#)|chart|member|medicare|medicaid|mbi|beneficiary|"
    r"policy|insurance|subscriber|requisition|patient\s+(?:id|number|no|\#)|health\s+(?:plan|card)|hospital\s+(?:id|number)|"
    r"number\s+at\s+the\s+(?:hospital|clinic|practice)|"
    # national health and identity numbers, by the name printed on the card (provinces, countries)
    r"ohip|ramq|msp|care\s+card|pesel|curp|cpf|cns|sus|aadhaar|abha|uhid|bsn|burgerservicenummer|nir|carte\s+vitale|"
    r"tessera\s+sanitaria|codice\s+fiscale|personnummer|steuer-?id|krankenversicherten(?:nummer)?|versichertennummer|"
    r"tc\s+kimlik|kimlik|dni|nie|nss|rut|rrn|medicare\s+card|ihi|nhi|chi|pps|ppsn|hkid|nric|mykad|philhealth|"
    # Russian policy and insurance numbers, French social security (fifteenth pass)
    r"полис(?:\s+омс)?|омс|снилс|s[ée]curit[ée]\s+sociale|"
    # any word before 'number' or its abbreviations and usual typos: 'file number', 'claim no.', 'case #'
    r"[a-z]{2,}\s+(?:number|numbr|nmber|numer|nunber|nuber|nubmer|numebr|nummber|num|no\.?|nr\.?)|"
    # a record's word and '#' ('case # 44812', 'Acct# 77120'; not a store's: 'Walgreens #10442'); 'ID' with its colon,
    # '#' or 'no.' ('ID: 448812', 'ID# A44812'); a kind of ID ('pt id 55123', 'Visit ID: V-22913')
    r"(?:case|chart|acct|account|encounter|visit|claim|file|member|patient|pt|record|policy|ref|reference|"
    r"confirmation|auth|authorization|referral|group|accession|specimen|lab|registration|enrol{1,2}ment|certificate|"
    r"card|rx|prescription|order|application|licen[cs]e|permit|grp|acc|enc|resident|res)\s*\#|"
    # forty-fifth session: a device's serial number (HIPAA's Safe Harbor names device identifiers and serial numbers),
    # a record's short forms ('Med Rec # reads ...', 'Rx reads five, five, zero, ...')
    r"serial(?:\s+(?:number|no|num|\#))?|s/n|(?-i:SN)(?=\s+[A-Z0-9])|med\s+rec|rx(?=\s+(?:reads|is|was|number|no)\b)|"
    # sixteenth pass: a lab's number after its word alone ('lab accession S26-118470'), a card's number after the card
    # ('GP visit card is 7719 442 B'), 'ID' in capitals right before its value ('Humana, ID H51203394'), 'number' in
    # other languages ('numéro de sécu', 'número de afiliación', 'Numero:'), and program names printed on cards
    # New York Medicaid's client identification number and Medicare's old claim number ('CIN AB44712C', 'HICN ...')
    r"(?-i:CIN|HICN)|cin(?=\s*[:\#])|hicn|"
    r"avs|ahv|imss|issste|visa|amex|mastercard|accession|specimen|card|(?-i:ID)(?=\s+[A-Z]{0,3}-?\d)|"
    # forty-third session: 'id' and 'record' said to be a value in a sentence ("mom's id is to81903r", "Art's ID
    # which is MR321255", 'her record is H44-1920')
    r"(?:id|record)(?=\s+(?:which\s+|that\s+)?(?:is|was)\b)|n[uú]m[eé]ro|nummer|numer|phin|nuss|cic|medi-?cal|masshealth|id\s*(?::|\#|no\.?(?=\s)|nr\.?(?=\s))|"
    r"(?:pt|visit|encounter|case|claim|file|client|resident|account|acct|chart|record|person|user|login|plan)\s+id)"
)
# 'VH-2291034', '5566123', '1V-448-20193', 'sf-2290417', '5584-221-907-KT', '28/41773920/51'; after a label, capitals
# before four digits are a short record number's letters ('pt id HV-7714', 'ID#DV-4420'), as on a unit's roster
_SHORT_CODE = r"[A-Z]{1,4}-?\d{4}"
_VALUE_LETTERS = r"(?!(?:ID|NO|NUM|MRN|MBI)\b)(?:\d?[A-Z]{1,4}[\- ]?|[a-z]{1,4}-|[a-z]{1,3}(?=\d))"
_VALUE = (
    rf"(?:(?-i:{_SHORT_CODE})(?![\d\-/.]\d)|(?:{_VALUE_LETTERS})?\d[\d\-/.]{{3,18}}\d)"
    r"(?:-?[A-Z]{1,3}|[A-Z]|[a-z](?![\p{L}]))?"
)  # typed in lower case, the plan's letters too: 'to81903r'
# A code of 10 to 20 capitals and digits with three or more of each ('HERJ441012HJCRZS08', 'RMNCHR48C62G273X'): a
# national identity number, a member or tracking number; no drug, lab or dose is written that way.
_CODE = regex.compile(r"(?<![\w\-])(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{10,20}(?![\w\-])")
# eight to twenty digits and letters with seven or more digits and a letter among them ('1013459872V441230', a
# veterans' integration control number; 'H51203394', '90018274B', 'xyz884103221'): a long number a letter interrupts or
# ends; no dose, lab or drug is written that way (a unit or an ordinal ending it is an amount: '1000000IU')
_LONG_CODE = regex.compile(r"(?i)(?<![\w\-])(?=(?:[A-Z]*\d){7})(?=\d*[A-Z])[A-Z0-9]{8,20}(?![\w\-])")
# digits grouped by spaces, after a label only: 'NY 44 881 230 Q', 'HUM 4471 9902 01', '29 773 105', '0A10 449812 3',
# '2 48 07 75 114 052 36' (a French social security number), '00W4418 82701', 'W227 419 8830', 'w 2290 4471 86',
# '28 48291733 04' (a Spanish social security number)
_SPACED = (
    r"(?:[A-Z]{1,4} ?|(?<!['’])[a-z] |(?<![\p{L}'’])[a-z]{1,3}(?=\d))?"
    r"\d[A-Z0-9]{0,11}(?: \d{1,8}){1,7}(?: (?!I\b)[A-Z]{1,2})?"
)  # in lower case, the letters glued to the digits: 'w288 107 6634'
# one character at a time, as read out on the phone: '6 R T 4 - E 2 9 - Y K 1 3', '3 0 0 4 7 1 8'
_SPELLED = r"[A-Z0-9](?:(?: - | |-)[A-Z0-9]){6,}"
# digits read out in words: 'fourteen oh two nine eight'
_DIGIT_WORD = rf"(?:{NUMBER_UNITS}|{NUMBER_TEENS}|{NUMBER_TENS}|double|triple)"
# between the tokens: spaces, commas, hyphens, or the hyphen read out ('eight oh four dash five eight three')
_READ_SEP = r"(?:[ ,\-]+(?:dash[ ,]+)?)"
_WORDS = rf"{_DIGIT_WORD}(?:{_READ_SEP}{_DIGIT_WORD}){{3,}}\b"
# letters and digits read out on the phone, mixed with number words and 'as in' words ('X Y Z nine nine four four one
# two', 'U T, 0 0 4 4 1 9 2 2 7', 'W as in William 4 4 7 1 9 0 2 2', 'M B R, zero zero seven, seven three, ...')
_READ_TOKEN = rf"(?:[A-Z](?:[ \t]+as[ \t]+in[ \t]+[A-Z][a-z]+)?|\d|{_DIGIT_WORD})"
_READ_OUT = rf"{_READ_TOKEN}(?:{_READ_SEP}{_READ_TOKEN}){{5,}}(?![\w])"
_LABELLED_VALUE = rf"(?-i:{_SPELLED})|(?-i:{_READ_OUT})|(?-i:{_SPACED})|{_VALUE}|(?i:{_WORDS})"
_DISTANT = regex.compile(
    # the label and its number joined by a hyphen ('mrn-0099812'), else up to 40 characters between them; a form's
    # blanks around the value are no part of it ('member #___YRQ 402 771 930___')
    rf"(?i:\b{_LABEL}(?:\b|(?<=[.\#:])))(?:-|[^.!\n\d]{{0,40}}?(?<![\p{{L}}\p{{N}}\-]))({_LABELLED_VALUE})"
    r"(?![\p{L}\p{N}\-])"
)
# the same without numbers read out, for the digits a writer gives after reading them out ('fourteen oh two nine
# eight, i mean 14029-8')
_DISTANT_DIGITS = regex.compile(
    rf"(?i:\b{_LABEL}(?:\b|(?<=[.\#:])))(?:-|[^.!\n\d]{{0,40}}?(?<![\p{{L}}\p{{N}}\-]))((?-i:{_SPACED})|{_VALUE})"
    r"(?![\p{L}\p{N}\-])"
)
# capitals before the digits that are themselves a label, the card's name ('AVS 756.1234.5678.97', 'VISA 4485 ...'):
# a label, not part of the number (a document's type or a hospital's letters are: 'CC 41.887.209', 'ST 991 204')
_LABEL_PREFIX = regex.compile(rf"(?i:{_LABEL})[ \-](?=\d)")
# a word before the digits that no record number starts with: a verb or another field's label ('MY MRN IS 4410982',
# 'Pt ID: ..., DOB 1937-12-09', 'SSN 211 68 4047' after a record label earlier in the sentence)
_WORD_PREFIX = regex.compile(r"(\p{L}{2,})[ \t](?=\d)")
_NOT_VALUE = frozenset("is was are be it its no dob ssn sin born".split())
# a second number the same sentence gives for the same label ('MRN at A is 044-18-2297 and the one at B is ST 991 204')
_NEXT = regex.compile(
    rf"(?=[^.!?\n\d]{{0,40}}?\b(?i:and|or|plus|also|other|old|new|second)\b)[^.!?\n\d]{{0,40}}?(?<![\w\-])"
    rf"({_LABELLED_VALUE})(?![\w\-])"
)
# what a card prints after the number: a version code, an issue or person number ('4532-281-907 MK', '1284 559 302 -
# TX', '2953 41086 1 / IRN 3', '4407 21839 2, reference 1', '88XT4410291 00', 'CA 9182 0034 7A': a digit and a letter,
# forty-eighth session; one digit alone is a time's or a list's: '555-0193 - 2:10pm'); letters or digits alone only
# when the line or the sentence ends right after them, and never a word written in capitals ('5566123 OK.')
_SUFFIX = regex.compile(
    r"(?: ?[/,\-] ?| )(?:(?i:irn|ref(?:erence)?|issue|person\s+code|version(?:\s+code)?|suffix)"
    r"(?:\s*(?:no\.?|number|\#))?\s*[:\#]?\s*[A-Z0-9]{1,3}"
    r"|(?!(?:OK|OR|IN|ON|AM|PM|AT|TO|IS|IT|NO|SO|I)\b)[A-Z]{1,2}(?=[ \t]*(?:[.,;:)\n]|$))"
    r"|(?:\d{2,5}|\d[A-Z]|[A-Z]\d)(?=[ \t]*(?:[.,;:)\n]|$))"
    r"|0[1-9](?=[ \t]+\p{Ll}))(?![\w\-])"  # a person code before the sentence goes on ('U48203917 01 i think')
)
# seven or more digits in one run or in groups joined by '-' or by two or more '.', with no label
_BARE = regex.compile(r"(?<![\w\-.,/+$€£¥])(?:\d+(?:-\d+)+|\d+(?:\.\d+){2,}|\d{7,})(?![\w\-]|[.,/]\d)")
# the same with a prefix of capitals joined by a dash ('EXP-2696882', 'P-44132627', 'RX-4471920'): a record's,
# file's or prescription's number of the institution those letters name (twenty-eighth pass)
_PREFIXED = regex.compile(r"(?<![\w\-.,/])[A-Z]{1,4}-(\d{7,})(?![\w\-]|[.,/]\d)")
# fifteen digits or more grouped by spaces, with no label: longer than any phone number ('1 39 11 99 352 088 47', a
# French social security number; '8038 0001 2345 6780 9912', an Italian health card); not after '+', '00' or '011'
_LONG_SPACED = regex.compile(r"(?<![\w\-.,/+])(?!00|011)\d{1,6}(?: \d{2,6}){2,9}(?![\w\-]|[.,/]\d)")
# a code of three to five dash-joined groups of capitals and digits, with four or more digits and two or more letters
# ('6HT3-AA2-LM09', '8XG5-RT3-NN62'), or seven digits and one letter ('3019-A-77412'): an insurer's or a registry's
# number; no drug or lab is named that way
_DASHED_CODE = regex.compile(r"(?<![\w\-])[A-Z0-9]{2,6}(?:-[A-Z0-9]{1,6}){1,3}-[A-Z0-9]{1,6}(?![\w\-])")  # 'HX-00291-B'
# dashes typed as en or em dashes, figure dashes or minus signs ('2FD7–UM3–QW90'): one character each, offsets kept
_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-------")
_UNIT_END = regex.compile(r"(?i)\d(?:iu|u|mg|mcg|ml|units?|th|st|nd|rd|k|m)$")
_YEARS = regex.compile(r"^(?:19|20)\d\d-(?:19|20)?\d\d$")
_AMOUNT_AFTER = regex.compile(
    r"(?i)\s?(?:%|mg|mcg|µg|ug|g|kg|lb|lbs|ml|l|iu|units?|u|steps?|cal|calories|kcal|dollars?|usd|eur|euros?|"
    r"pesos?|rupees?|yen|won|mi|miles?|km|ft|feet|m|cm|mm|gal|oz|times?)\b"
)
_PHONE_SHAPE = regex.compile(r"^(?:\+?1[\-. ]?)?\(?\d{3}\)?[\-. ]?\d{3}[\-. ]\d{4}$|^1?8(?:00|33|44|55|66|77|88)\d{7}$")
_DATE_SHAPE = regex.compile(r"^(\d{1,4})[\-/.](\d{1,2})[\-/.](\d{1,4})$")
_MONTH_YEAR = regex.compile(r"^(?:0?[1-9]|1[0-2])[\-/.](?:19|20)?\d\d$|^(?:19|20)\d\d[\-/.](?:0?[1-9]|1[0-2])$")


# a number read out one character at a time with no label near it ('W 8 7 8 1 3 1 2 6 8', '9-K-T-6-E-0-4-X-P-5-7',
# 'A as in apple 4 4 7 2 0 9 1 8'): eight characters or more, one separator between them
_ALOUD_CHAR = r"(?:[A-Za-z](?:[ \t]+as[ \t]+in[ \t]+[A-Za-z][a-z]+)?|\d)"
_ALOUD = regex.compile(rf"(?<![\w\-.,/'’])(?:{_ALOUD_CHAR}(?: - | |-|, )){{7,}}{_ALOUD_CHAR}(?![\w\-]|[.,/]\d)")


def _aloud(value: str) -> bool:
    """Six digits or more, with a letter among them or nine digits: no list of scores or of steps is read so."""
    n_digits = sum(c.isdigit() for c in value)
    letters = sum(1 for piece in regex.split(r"[ ,\-]+", value) if piece.isalpha() and len(piece) == 1)
    return n_digits >= 6 and (letters >= 1 or n_digits >= 9)


def find_records(text: str) -> list[tuple[int, int]]:
    """(start, end) of Medicare identifiers by shape and of numbers a record label points to."""
    text = text.translate(_DASHES)
    out = [m.span() for m in _MBI.finditer(text) if any(c.isdigit() for c in m.group(0)[4:])]
    out += [m.span() for m in _CODE.finditer(text)]
    out += [m.span() for m in _LONG_CODE.finditer(text) if not _UNIT_END.search(m.group(0))]
    out += _labelled(text)
    out += _wrapped(text)
    out += [
        m.span()
        for m in _BARE.finditer(text)
        if _record_number(m.group(0), 7) and not (_YEARS.match(m.group(0)) or _AMOUNT_AFTER.match(text, m.end()))
    ]
    out += [m.span() for m in _PREFIXED.finditer(text) if _record_number(m.group(1), 7)]
    out += [m.span() for m in _LONG_SPACED.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 15]
    out += [m.span() for m in _DASHED_CODE.finditer(text) if _dashed_code(m.group(0))]
    out += [m.span() for m in _MBI_SHAPE.finditer(text)]
    out += [m.span() for m in _CONTRACT_NUMBER.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 8]
    out += _answers(text)
    out += [m.span() for m in _LETTERED.finditer(text) if _lettered(text, m)]
    out += [m.span() for m in _ALOUD.finditer(text) if _aloud(m.group(0))]
    out += _same_shape(text, out)
    return [with_prefix_letters(text, *_with_suffix(text, s, e)) for s, e in out]


# a number a note writes right after the patient's name: '#' and digits, or a code in brackets ('Pt Gregory, Maria
# #909616 called', 'Szabo, Eniko #48812-0', 'Dwayne (PT-558210)', 'Para (#00218798)')
_AFTER_NAME_NUMBER = regex.compile(
    r"[ \t]*,?[ \t]*(?:\(#?[ \t]?((?:[A-Z]{1,4}-?)?\d[\d\-]{3,14}\d)\)|#[ \t]?(\d[\d\-]{3,14}\d))(?![\w\-]|[.,]\d)"
)


def numbers_after_names(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A record number right after a person's name: five digits or more after '#', or a code in brackets."""
    out = []
    for _, end in people:
        m = _AFTER_NAME_NUMBER.match(text, end)
        if m is None:
            continue
        group = 1 if m.group(1) else 2
        if sum(c.isdigit() for c in m.group(group)) >= 5:
            out.append(m.span(group))
    return out


# a plan's, a state's or a program's letters printed before the member's digits ('HMSA 0049-228-716', 'TX
# 5093378821', 'IL-MCD 448201937', '(QRJ 379 496 190)'): part of the number as the card prints it
_LETTERS_BEFORE = regex.compile(r"(?<![\w\-'’])(\p{Lu}{2,5}(?:-\p{Lu}{2,5})?)[ \-]$")
_NOT_PREFIX = frozenset(
    "mrn mr id no num dob ssn sin ph tel fax ext cell acct rx dx pt is am pm usa us and or of to at in on by my "
    "mbi cin hicn ein tin npi dea bin pcn grp icd cpt ndc rtn aba clabe icn nhc bic swift lot exp ref "
    "bp hr rr bs bg wt ht temp sbp dbp map cbg fsbg spo sat hs cc cb nhs chi ph cel tel fax".split()
)
_LABEL_WHOLE = regex.compile(rf"(?i:{_LABEL})")


def with_prefix_letters(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with the capitals printed right before its digits, when they are no label, no English word and the
    message is not typed in capitals (where every word is)."""
    m = _LETTERS_BEFORE.search(text, max(0, start - 12), start)
    if m is None or not text[start : start + 1].isdigit():
        return (start, end)
    letters = m.group(1)
    low = letters.lower()
    if _a_label(letters) or _mostly_capitals(text):
        return (start, end)  # 'OHIP 5584-...', 'DNI 40567891', 'PESEL ...': the number's label
    if any(part in english_lexicon() for part in low.split("-")):
        return (start, end)
    return (m.start(1), end)


# a plan's or a state's letters before a member's digits ('ZGP W48213067', 'OK 44820193'); detect.py reads them too
PLAN_LETTERS = r"\p{L}{2,6}(?:-\p{L}{2,5})?"

# the same letters right after an id's label, in any case: 'Member ID: ZGP W48213067', 'medicade # OK 44820193', 'id is
# TX 5093378821', 'Medicaid IL-MCD 448201937', 'Member ID: ucare 00417 7736'; the label says what follows is the value
_PLAN_LETTERS = regex.compile(rf"(?<![\w\-'’.])({PLAN_LETTERS})[ \-]$")
_ID_LABEL_BEFORE = regex.compile(
    r"(?i)(?:\b(?:id|member|mbr|medicaid|medicade|medicare|policy|mrn|chart|record)|\#)"
    r"(?:[ \t]*(?:\#|no\.?|number))?[ \t]*[:\#]?[ \t]*(?:is[ \t]+)?$"
)


def plan_prefix(text: str, start: int, end: int) -> int:
    """Where a number found after an id's label starts once the plan's or state's letters before its digits are
    taken: no label, stop word or other field; in lower case no English word; in capitals a state's code or no English
    word ('OK', 'TX' are a Medicaid's state here)."""
    m = _PLAN_LETTERS.search(text, max(0, start - 14), start)
    if m is None or end - start < 4 or _ID_LABEL_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)) is None:
        return start
    letters = m.group(1)
    low = letters.lower()
    if _a_label(letters) or low in _NOT_PLAN_PREFIX or _NUMBER_TYPO.fullmatch(low):
        return start  # 'medicare nmbr 7GP3...': the label's word, however it is typed
    from .address import vocabulary  # noqa: PLC0415 - loaded on first use, as the lexicon is

    codes = vocabulary().states
    if any(part in english_lexicon() and not (letters.isupper() and part in codes) for part in low.split("-")):
        return start
    return m.start(1)


_NUMBER_TYPO = regex.compile(r"n[a-z]{0,2}m[a-z]{0,3}r?|no|nr|num")
_NOT_PLAN_PREFIX = frozenset("is was for the my his her our their your a an and or of to at in on by it".split())


def _a_label(letters: str) -> bool:
    """Capitals before digits that name the number rather than belong to it: a record's label or another field's."""
    return letters.lower() in _NOT_PREFIX or _LABEL_WHOLE.fullmatch(letters) is not None


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


_SHAPED = regex.compile(r"(?<![\w\-])([A-Z]{1,4})-?(\d{4,})(?![\w\-])")


# Without a label: one to three capitals, maybe a dash, five digits or more, maybe a dash and a check group
# ('BD730948', 'EH-557930', 'KW-009112', 'X44920', 'C1374-34', 'T-4481-2290'), or two to four capitals before groups
# of three to five digits ('TMS 989 332', 'VHY 062 948'): how a chart, a plan or a hospital prints a person's number. No
# dose, lab, vaccine or road is written so ('B12', 'COVID-19', 'I-95', 'N95' have fewer digits), and a label or an
# English word before digits is another thing ('ICD 10', 'Room 12345').
_LETTERED = regex.compile(
    r"(?<![\w\-./#])(?:[A-Z]{1,3}-?\d{4,9}(?:-\d{2,4})?|[A-Z]{1,3}-\d{3}-\d{3,4}"
    r"|[A-Z]{2,4}(?:[ ]\d{3,5}){2,3}(?![ ]\d))(?![\w\-]|[.,/]\d)"
)


_PHONE_GROUPS = regex.compile(r"\d{3}[ \-]\d{3}[ \-]\d{4}$")


def _lettered(text: str, m: regex.Match[str]) -> bool:
    """A `_LETTERED` match is a record number: enough digits, no phone's groups, its capitals no label and no word in
    use, and in a message typed in capitals a dash or two capitals at least ('T-4481-2290', 'MB 55310')."""
    value = m.group(0)
    letters = value[: len(value) - len(value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))]
    if sum(c.isdigit() for c in value) < (6 if " " in value else 5):
        return False
    if _PHONE_GROUPS.search(value) or _a_label(letters):
        return False  # 'CB 606 555 0148': a phone after its label; 'NHS 401 023 2137'
    low = letters.lower()
    if len(low) > 1 and low in english_lexicon() and low in model_words():
        return False  # a word in use before a number ('Room 12345', 'CAR 123 456'); not 'TMS', 'VHY'
    return not _mostly_capitals(text) or "-" in value or len(letters) >= 2


def _answers(text: str) -> list[tuple[int, int]]:
    """A turn that is only a number, right after a line asking for a record's number."""
    out = []
    for asked in _ASKED.finditer(text):
        m = _ANSWER.match(text, asked.end())
        if m is not None and not _PHONE_SHAPE.match(m.group(1)) and not _date_shaped(m.group(1)):
            out.append(m.span(1))
    return out


def _same_shape(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Another number written like one already found, with the same letters before the same count of digits ('acct
    HB-009172 and mine is HB-009127', 'ASC-20931 and ASC-20932'): the same institution's number for someone else."""
    shapes = set()
    for s, e in found:
        m = _SHAPED.fullmatch(text, s, e)
        if m is not None:
            shapes.add((m.group(1), len(m.group(2))))
    if not shapes:
        return []
    return [
        m.span() for m in _SHAPED.finditer(text) if (m.group(1), len(m.group(2))) in shapes and m.span() not in found
    ]


def _labelled(text: str) -> list[tuple[int, int]]:
    """Numbers after a record label, and the further numbers the same sentence lists for it."""
    out = []
    for first in [*_DISTANT.finditer(text), *_DISTANT_DIGITS.finditer(text)]:
        m: regex.Match[str] | None = first
        while m is not None and (_record_number(m.group(1), 5) or _read_out(m.group(1)) or _short_lettered(m.group(1))):
            if _AMOUNT_AFTER.match(text, m.end(1)) and not _read_out(m.group(1)):
                break  # 'card ... 10000 steps'
            prefix = _LABEL_PREFIX.match(m.group(1)) or _WORD_PREFIX.match(m.group(1))
            if prefix is not None and prefix.re is _WORD_PREFIX and prefix.group(1).lower() not in _NOT_VALUE:
                prefix = None
            out.append((m.start(1) + (prefix.end() if prefix else 0), m.end(1)))
            m = _NEXT.match(text, m.end(1))
    return out


# a labelled value a fax, a portal or a narrow screen broke over two lines ('member id UM7\n1189T', 'Rx No. 4688160\n-78
# (amoxicillin)', 'mrn 00482\n77130 (it wrapped)'): the line ends in a letter or digit and the next starts with three
# to twelve capitals, digits and dashes, a digit among them, then a space, a stop or the end
_WRAP = regex.compile(r"(?<=[A-Za-z0-9])\n(?=((?:-[A-Z0-9]|[A-Z0-9]{2})[A-Z0-9\-]{1,10})(?:[ \t.,;)(]|\n|\Z))")
_YEAR_ALONE = regex.compile(r"(?:19|20)\d\d")


def _wrapped(text: str) -> list[tuple[int, int]]:
    """Labelled values read as if their line did not break (the same offsets: the break read as a dash)."""
    breaks = [
        m.start()
        for m in _WRAP.finditer(text)
        if any(c.isdigit() for c in m.group(1))
        and not _YEAR_ALONE.fullmatch(m.group(1))
        and not _AMOUNT_AFTER.match(text, m.end() + len(m.group(1)))
    ]
    if not breaks:
        return []
    joined = list(text)
    for at in breaks:
        joined[at] = "-"
    return [(s, e) for s, e in _labelled("".join(joined)) if any(s < at < e for at in breaks)]


def _read_out(value: str) -> bool:
    """A number spelled one character at a time or in words, with four digits or more (a digit's word counts)."""
    digits = sum(c.isdigit() for c in value) + len(_DIGIT_WORDS.findall(value))
    return value.count(" ") >= 3 and (digits >= 4 or value[0].isalpha() and value.islower())


_DIGIT_WORDS = regex.compile(rf"(?i)(?<![\p{{L}}]){_DIGIT_WORD}(?![\p{{L}}])")


def _with_suffix(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with the version code or issue number printed after it."""
    m = _SUFFIX.match(text, end)
    return (start, m.end()) if m else (start, end)


_SHORT_LETTERED = regex.compile(_SHORT_CODE)


def _short_lettered(value: str) -> bool:
    """A label's short record number: capitals and four digits ('HV-7714', 'DV4420'), as a unit's roster prints it."""
    return _SHORT_LETTERED.fullmatch(value) is not None


def _record_number(value: str, digits: int) -> bool:
    """At least `digits` digits, and not shaped like a phone number or a date."""
    return sum(c.isdigit() for c in value) >= digits and not (_PHONE_SHAPE.match(value) or _date_shaped(value))


def _date_shaped(value: str) -> bool:
    """Written as a calendar could read it: a month and a day in either order, a year of two or four digits."""
    m = _DATE_SHAPE.match(value)
    if m is None:
        return _MONTH_YEAR.match(value) is not None  # '09/2029', '2029-12'
    a, b, c = m.group(1), m.group(2), m.group(3)
    if len(a) == 4:  # ISO
        return int(b) <= 12 and int(c) <= 31 and len(c) <= 2
    return len(c) in (2, 4) and (int(a) <= 12 and int(b) <= 31 or int(a) <= 31 and int(b) <= 12)


def _dashed_code(value: str) -> bool:
    """A dashed code with four digits or more and two letters or more, or seven digits or more and a letter."""
    digits, letters = sum(c.isdigit() for c in value), sum(c.isalpha() for c in value)
    return (digits >= 4 and letters >= 2) or (digits >= 7 and letters >= 1)


_LABEL_WORD = regex.compile(rf"(?i:{_LABEL})")
_ACRONYM = regex.compile(r"\p{Lu}{2,6}|\p{Lu}\p{Ll}{2}")  # 'BSN', 'PHN', 'ICN', 'Enc'
_NUMBER_WORD = regex.compile(r"(?i)\p{L}*(?:nummer|nummern|number|numero|número|numer)")  # 'Versichertennummer'
_TO_VALUE = regex.compile(r"[ \t]*(?:[:\#][ \t]*)?(?:(?:is|es|ist|est|é|era|was)[ \t]+)?")
_TURN_START = regex.compile(r"(?:\A|\n)[ \t]*\Z")
_LEADING = regex.compile(r"(?:\p{Ll}{1,3}[ \t]+)*(\S+)\Z")  # 'su NSS': a possessive before the label


def record_label(text: str, start: int, end: int) -> bool:
    """A record's label taken for a name: a word for a number ('Versichertennummer', 'Kartennummer'), or a label
    or a short capitals word right before a record number ('BSN 284719036', 'su NSS es 4317-55-8821-6', 'Enc
    20261203-0457'). No one's name is written right before their record number without a label between them."""
    m = _LEADING.match(text, start, end)
    if m is None:
        return False
    word = m.group(1)
    if _NUMBER_WORD.fullmatch(word):
        return True
    if not (_LABEL_WORD.fullmatch(word) or (_ACRONYM.fullmatch(word) and not _a_name(word))):
        return False
    if not _LABEL_WORD.fullmatch(word) and text[end : end + 1] == ":" and _TURN_START.search(text, 0, start):
        return False  # 'Esi: RT44817C': a chat's speaker answering with the number
    value = _TO_VALUE.match(text, end).end()
    return any(s == value for s, _ in find_records(text))


def _a_name(word: str) -> bool:
    """A given name or a surname of some US holders ('ANNA', 'Lee', 'NG'): a name may come before its number."""
    from .name_freq import name_frequencies  # noqa: PLC0415 - read only when a capitals word precedes a number

    freq = name_frequencies()
    return freq.given(word.lower()) >= 100 or freq.surname(word.lower()) >= 1000


# the letter (and digit) a Medicare claim number printed after the holder's SSN ('HICN 177-29-9581 C1', 'the old one
# was 498-37-1056 B2'), where the message speaks of Medicare or a claim; lower case in a message typed so
_SSN_SHAPE = regex.compile(r"\d{3}[\- ]?\d{2}[\- ]?\d{4}")
_HICN_LETTER = regex.compile(r"[ \t]?([A-Za-z]\d?)(?![\w\-])")
_HICN_CONTEXT = regex.compile(r"(?i)(?<![\w])(?:medicare|hicn?|claim)(?![\w])")


def hicn_suffix(text: str, start: int, end: int, lower: bool) -> int:
    """Where a number shaped like an SSN ends once a claim number's letter after it is taken."""
    m = _HICN_LETTER.match(text, end)
    if m is None or not _SSN_SHAPE.fullmatch(text, start, end):
        return end
    if not _HICN_CONTEXT.search(text, max(0, start - 120), start):
        return end
    letter = m.group(1)
    if letter[:1].islower() and not lower or letter.upper() in {"I", "A"}:
        return end  # 'I' and 'a' are words
    return m.end()
