"""Account numbers: IBANs by checksum, cards by Luhn or by label, bank and routing numbers by label.

The span is always the number, never the label ("my iban is gb42..." keeps "iban").
"""

from __future__ import annotations

import functools
import re

from stdnum import iban, luhn
from stdnum.iso7064 import mod_97_10

_IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]{1,4}){3,8}(?![\w])", re.I)  # grouped by spaces or dashes
_IBAN_LABEL = re.compile(r"\biban\b[^\w\n]{0,3}(?:is\s+|was\s+)?$", re.I)
_CARD = re.compile(r"(?<![\w\-])\d(?:[ \-]?\d){12,18}(?![\w]|-\d)")
_CARD_LABEL = re.compile(
    r"\b(?:card|cc|visa|mastercard|master\s+card|amex|american\s+express|discover|credit|debit)\b"
    r"(?:\s+(?:card|number|no\.?|num|\#|ending|on\s+file))*\s*[:\#]?\s*(?:is\s+|was\s+)?$",
    re.I,
)
# Printed the way a card prints its number, with an issuer's prefix (Visa 4, Mastercard 51-55 and 22-27, Discover
# 6011/644-649/65, Amex 34/37 as 4-6-5; one separator throughout): a card number even when a digit is mistyped
# (Luhn fails) and no label is near ('the full number is 4716 ...'); a lot number '1234 5678 ...' is not one.
_CARD_PRINTED = re.compile(
    r"(?<![\w\-])(?:(?:4\d{3}|5[1-5]\d\d|2[2-7]\d\d|6011|64[4-9]\d|65\d\d)([ \-])\d{4}\1\d{4}\1\d{4}"
    r"|3[47]\d\d([ \-])\d{6}\2\d{5})(?![\w]|-\d)"
)
_BANK = re.compile(
    r"\b(?:routing|aba|transit|account|acct|a/c|checking|savings|sort\s+code|bank|swift|bic|clabe|bsb)"
    r"(?:\s+(?:account|acct|number|no\.?|num|\#|code))*\s*[:\#]?\s*(?:is\s+|was\s+)?"
    r"(\d[\d \-]{4,22}\d|[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![\w])",
    re.I,
)


def _valid_iban(candidate: str) -> bool:
    """The ISO 13616 mod-97 checksum of a country that has IBANs, at an IBAN's length (15-34); national check digits
    and the country's exact account layout are not required: a number with the right checksum and a digit group
    too few or too many ('SA10 2276 6825 4347 9627 97') is still someone's account, written down wrong."""
    number = iban.compact(candidate.upper())
    if not 15 <= len(number) <= 34 or not number[:2].isalpha() or not number[2:4].isdigit():
        return False
    try:
        mod_97_10.validate(number[4:] + number[:4])
    except ValueError:
        return False
    return _iban_country(number[:2])


@functools.cache
def _iban_country(code: str) -> bool:
    """Whether the IBAN registry has this country."""
    info = iban._ibandb.info(code)  # noqa: SLF001 - python-stdnum's registry of IBAN countries and layouts
    return bool(info) and bool(info[0][1])


_GROUP = re.compile(r"\S+")
_NON_DIGIT = re.compile(r"\D")


def _iban_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _IBAN.finditer(text):
        surface = m.group(0)
        groups = list(_GROUP.finditer(surface))
        valid = [g.end() for g in reversed(groups) if _valid_iban(surface[: g.end()])]
        if valid:  # the longest prefix that is a valid IBAN, also one whose last group is letters ('... 4119 BQK')
            out.append((m.start(), m.start() + valid[0]))
            continue
        while len(groups) > 1 and not any(c.isdigit() for c in groups[-1].group(0)):
            groups.pop()  # 'gb42 west ... 32 for the': trailing words are not part of the number
        if _IBAN_LABEL.search(text[max(0, m.start() - 20) : m.start()]) is not None:
            out.append((m.start(), m.start() + groups[-1].end()))  # labelled: the number as written, checksum or not
    return out


def _card_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _CARD.finditer(text):
        number = _NON_DIGIT.sub("", m.group(0))
        labelled = _CARD_LABEL.search(text[max(0, m.start() - 40) : m.start()]) is not None
        printed = _CARD_PRINTED.fullmatch(m.group(0)) is not None and len(set(number)) > 1
        if (13 <= len(number) <= 19 and luhn.is_valid(number) and len(set(number)) > 1) or labelled or printed:
            out.append(m.span())
    return out


def find_accounts(text: str) -> list[tuple[int, int]]:
    """(start, end) of every account number."""
    if not any(c.isdigit() for c in text):
        return []
    spans = _iban_spans(text) + _card_spans(text)
    spans += [m.span(1) for m in _BANK.finditer(text) if any(c.isdigit() for c in m.group(1))]
    return spans


# The last four digits of a social security number, with the words that say so: 'Last 4 of SSN: 6630', 'SSN last
# four: xxx-xx-6621', 'social ending in 4471'. They are the part of the number people verify an identity with, and
# taken only when they are all the message gives of the number: with the whole number in the message that number is
# taken, and its last four are a mention of it, as most writers label them. A card's or an account's last four stay
# ('visa ending in 3132'): a receipt and a statement print them, and payment-card rules allow showing them.
_FOUR = r"(?:4|four)(?:[ \t]+digits?)?"
_SSN_WORDS = r"(?:ssn|ss\#|ss[ \t]+\#|soc(?:ial)?(?:[ \t]+security)?)(?:[ \t]+(?:number|no\.?|num|\#|card))?"
_MASK_SSN = r"(?:(?:xxx|\*\*\*)[ \-]?(?:xx|\*\*)[ \-]?)"
_VALUE = r"[ \t]*(?:\(|[:\#\-=][ \t]*)?(?:,?[ \t]*(?:which[ \t]+|that[ \t]+)?(?:is|was|of)[ \t]+)?"
_SSN_LAST = re.compile(
    rf"(?i)\b(?:(?:last|final)[ \t]+{_FOUR}(?:[ \t]+(?:of|on|from|for))?(?:[ \t]+(?:the|her|his|my|your|their|"
    rf"pt'?s|patient'?s))?[ \t]+{_SSN_WORDS}|{_SSN_WORDS}[ \t]*\(?[ \t]*(?:last|final)[ \t]+{_FOUR}\)?"
    rf"|{_SSN_WORDS}[ \t]+(?:ending|ends)(?:[ \t]+(?:in|with))?)"
    rf"{_VALUE}({_MASK_SSN}?\d{{4}})(?![\d\-])"
)
_MASKED_SSN = re.compile(rf"(?i)(?<![\w\-*]){_MASK_SSN}\d{{4}}(?![\d\-])")
# a turn that asks for the last four of a social and the next turn's four digits ('Agent: and the last four of the
# social\nClara: 6620')
_SSN_ASKED = re.compile(
    rf"(?i)\blast[ \t]+{_FOUR}[^\n\d]{{0,20}}\b{_SSN_WORDS}\b[^\n\d]*\n[^\n:\d]{{1,40}}:[ \t]*(\d{{4}})\b"
)
_DIGIT_RUN = re.compile(r"\d(?:[ \-.]?\d){5,}")


def last_digits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of the last four digits of a social security number, said to be such, when the message
    gives no longer number ending in them."""
    if not any(c.isdigit() for c in text):
        return []
    spans = [m.span(1) for m in _SSN_LAST.finditer(text)]
    spans += [m.span() for m in _MASKED_SSN.finditer(text)]
    spans += [m.span(1) for m in _SSN_ASKED.finditer(text)]
    whole = {_NON_DIGIT.sub("", m.group())[-4:] for m in _DIGIT_RUN.finditer(text)}
    return [(s, e, "US_SSN") for s, e in spans if text[e - 4 : e] not in whole]
