"""Phone numbers of every region with libphonenumber (`phonenumbers`), plus vanity numbers.

US numbers are validated by the library's metadata; numbers with a country code are read in any
region; national formats of other countries are tried region by region, only where the text
has a run of digits long enough to be one. Extensions ("x4587", "ext. 12") and the "001" / "+1"
prefixes join the number. Toll-free helplines (988, 1-800-222-1222 and the toll-free ranges)
are organisations, not people, and are left alone.
"""

from __future__ import annotations

import re

import phonenumbers as pn

from .textutil import NUMBER_UNITS, digits

REGIONS = ("US", "GB", "DE", "FR", "MX", "BR", "JP", "IN", "ES", "IT", "NL", "PL", "CN", "KR", "PH", "AU",
           "TR", "VN", "NG", "ZA", "CO", "AR", "PK", "EG", "RU")  # fmt: skip
TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d \t().\-/]{5,}\d")  # never across a line break
_PREFIX = re.compile(r"(?:\+|00|001[\s.\-]?|\+1[\s.\-]?|1[\s.\-])$")
_UNDERSCORE = re.compile(r"(?<=\d)_(?=\d)")
_FOREIGN_CODE = re.compile(r"\+(?!1\b)\d{1,3}[\s.\-]*(?:\(0\)[\s.\-]*)?$")  # '+49 (0)221 ...': a trunk 0 in brackets
# 'x4587', 'ext. 12', ', extension 3' (the misspelt 'extention' too); a bare '#' only right after the number; a
# dialler's pause, one to three commas or a semicolon right after the number with no space, before the extension it
# dials ('485-2667,875', '341-4183,,584'; not the area code of a number listed after it: '...4567,555-987-6543'); one
# digit so only where the text or its line ends ('please call 001-863-555-4752,7')
_EXTENSION = re.compile(
    r"(?:\s*(?:x|#)|[ \t]*,?\s*(?:ext\.?|extn\.?|exten[st]ion))\s*\d{1,6}\b|[,;]{1,3}\d{2,6}(?![\d\-/]|\.\d)"
    r"|[,;]{1,3}\d(?=[.!?]?[ \t]*(?:\n|$))",
    re.I,
)
_VANITY = re.compile(
    r"(?<![\w\-])(?:\+?1[\s.\-])?\(?8(?:00|33|44|55|66|77|88)\)?[\s.\-]?(?=[A-Z0-9\-]*[A-Z]{3})(?:[A-Z0-9]{3,}|(?=[A-Z0-9\-]{7})[A-Z0-9]{2}(?=-))(?:-[A-Z0-9]{1,})*(?![\w\-])"
    r"|(?<![\w\-])1-8(?:00|33|44|55|66|77|88)-(?=[a-z0-9\-]*[a-z]{3})[a-z0-9]{4,}(?:-[a-z0-9]+)*(?![\w\-])"
)  # capitals, or lower case in the dashed 1-800-xxxx shape only ('1-877-nancypt'), never plain words
# A business's local number in letters ('Office (605) HAULING', 'work 1-501-MOVE-NOW'): an area code in brackets or in
# the dashed 1-AAA- shape (not a toll-free code: those are `_VANITY`'s, and a helpline's stay), then seven capitals or
# digits (three of them letters, a dash anywhere), with a phone's label just before; without one, '(500) TABLETS' in a
# pharmacy's capitals is a count
_NOT_TOLL_FREE = r"(?!8(?:00|33|44|55|66|77|88))"
_LOCAL_VANITY = re.compile(
    rf"(?<![\w\-])(?:(?:\+?1[\s.\-]?)?\({_NOT_TOLL_FREE}[2-9]\d{{2}}\)[\s.\-]?|1-{_NOT_TOLL_FREE}[2-9]\d{{2}}-)"
    r"(?=[A-Z0-9\-]*[A-Z]{3})(?:[A-Z0-9]-?){6}[A-Z0-9](?![\w\-])"
)
# A vanity number written in groups with a dash ('(608) BUD-S4U', '1-888-GO-NANA', '(810) 567-GUTT', '(201) bud-s4u'):
# an area code in brackets or after '1-', then groups of letters and digits joined by dashes, six to eight of them
# with three letters in a row, all in capitals or all in lower case; the dash is what a count or a dose lacks
# ('(500) TABLETS' needs a phone's label, `_LOCAL_VANITY`)
_DASHED_VANITY = re.compile(
    r"(?<![\w\-])(?:(?:\+?1[\s.\-]?)?\([2-9]\d{2}\)[\s.\-]?|\+?1-[2-9]\d{2}-)"
    r"(?=[A-Z0-9\-]*[A-Z]{3}|[a-z0-9\-]*[a-z]{3})((?:[A-Z0-9]+|[a-z0-9]+)(?:-(?:[A-Z0-9]+|[a-z0-9]+))+)(?![\w\-])"
)
# a business's number in letters on a signature's line of its own, the area code and a dash before seven capitals
# ('718-MEALSNO (my business)', '1-404-NURSENO'); a public helpline's stays ('800-MEDICAR' is no one's)
_LINE_VANITY = re.compile(
    r"(?m)^[ \t>*•\-]*((?:\+?1-)?[2-9]\d{2}-(?=[A-Z0-9]*[A-Z]{3})[A-Z0-9]{7})(?=[ \t]*(?:\(|\||$))"
)
_PHONE_LABEL = re.compile(
    r"\b(?:phone|ph|tel|telephone|cell|mobile|office|work|home|business|shop|fax|call|text|number|line|no)\b\W{0,3}$",
    re.I,
)
_US_SHAPE = re.compile(
    r"(?<![\w+\-./])(?:(?:\+\s?1|\b1|\b001)[ .\-]{0,2})?(?:\(\s?[2-9]\d{2}\s?\)|\b[2-9]\d{2})(?:[ .\-]{0,3}|/|-[ \t]*\n[ \t]*)[2-9]\d{2}(?:[ .\-]{0,3}|-[ \t]*\n[ \t]*)\d{4}(?!\d)"  # noqa: E501
)  # a line may break after a dash between two groups ('(406) 555-\n0108'); a slash after the area code ('408/947-4745')


# Public helplines that must stay readable: Poison Control, SAMHSA, the suicide and crisis lifeline (also the VA's),
# the domestic violence hotline, 1-800-MEDICARE, the Alzheimer's Association, Social Security.
PUBLIC_HELPLINES = frozenset(
    {"8002221222", "8006624357", "8002738255", "8007997233", "8006334227", "8002723900", "8007721213"}
)
_HELPLINE_CUE = re.compile(
    r"(?:poison|control|help\s?line|hot\s?line|life\s?line|crisis|suicide|988|samhsa|medicare|nurse\s+line|"
    r"toll[\s\-]?free|customer|support|pharmacy|clinic|hospital|insurance|office)\W+(?:\w+\W+){0,3}$",
    re.I,
)


def _toll_free(number: str) -> bool:
    num = digits(number)
    num = num[1:] if len(num) == 11 and num.startswith("1") else num
    return len(num) == 10 and num[:3] in TOLL_FREE


def is_helpline(number: str, text: str = "", start: int = 0) -> bool:
    """A toll-free number is a helpline when it is a public one or labelled as a service's line; a toll-free
    number someone gives as their own ("call me at 1-877-...", "dad's number is (888) ...") is a phone."""
    if not _toll_free(number):
        return False
    num = digits(number)[-10:]
    if num in PUBLIC_HELPLINES or not text:
        return True
    if _extension_after(text, start, num):
        return False  # 'Donna Pruitt, 888-555-0142 ext. 7719': an extension reaches one desk, no public line
    return _HELPLINE_CUE.search(text, max(0, start - 60), start) is not None


_COUNTRY_ONE = re.compile(r"(?:\+|00)?1[\s.\-]?(?=\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4})")


def _extension_after(text: str, start: int, num: str) -> bool:
    """The toll-free number written from `start` has an extension after it ('800 555 0119 extension 3')."""
    prefix = _COUNTRY_ONE.match(text, start)  # '1-800-555-0129 x4587': the country's 1 is none of the ten
    seen, i = 0, prefix.end() if prefix else start
    while i < len(text) and seen < len(num):  # walk over the number's ten digits, whatever separates them
        seen += text[i].isdigit()
        i += 1
    return seen == len(num) and _EXTENSION.match(text, i) is not None


def _with_extension(text: str, end: int) -> int:
    m = _EXTENSION.match(text, end)
    return m.end() if m else end


def _with_prefix(text: str, start: int) -> int:
    m = _PREFIX.search(text, max(0, start - 5), start)
    return m.start() if m and m.end() == start else _with_trunk_eight(text, start)


_TRUNK_EIGHT = re.compile(r"(?<![\w.,/+\-])8[ \t]?$")


def _with_trunk_eight(text: str, start: int) -> int:
    """Russia's trunk 8 before a bracketed area code goes with the number ('8 (405) 551-06-19')."""
    m = _TRUNK_EIGHT.search(text, max(0, start - 3), start) if text.startswith("(", start) else None
    return m.start() if m else start


def _international(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A digit run read with a country code, or in each region's national format."""
    lo = max(0, start - 1)
    window = text[lo : min(len(text), end + 1)]
    plus = window.lstrip("( ").startswith("+")
    if not plus:
        return _national(text, start, end)
    regions = ("US",)
    leniency = pn.Leniency.POSSIBLE
    for region in regions:
        for match in pn.PhoneNumberMatcher(_without_legacy_mobile_one(window), region, leniency=leniency):
            if is_helpline(match.raw_string, text, lo + match.start):
                continue
            if not match.raw_string.startswith("+") and len(digits(match.raw_string)) < 8:
                continue
            return [(_with_prefix(text, lo + match.start), _with_extension(text, lo + match.end))]
    return []


_MEXICAN_MOBILE_ONE = re.compile(r"(\+52[\s.\-]*)1(?=[\s.\-]*\d{2}[\s.\-]*\d{4}[\s.\-]*\d{4}(?!\d))")


def _without_legacy_mobile_one(window: str) -> str:
    """Mexican mobiles were dialled from abroad with a 1 after +52 until 2020 ('+52 1 33 8000 2036'), and people still
    write it; libphonenumber's current metadata refuses that length. The 1 becomes a space (offsets unchanged)."""
    return _MEXICAN_MOBILE_ONE.sub(lambda m: m.group(1) + " ", window)


def _national(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A digit run without a country code, valid in one region's national format. `parse` picks the region
    cheaply; the matcher (which refuses dates, times and other digit runs) then confirms it, once."""
    run = text[start:end]
    if len(digits(run)) < 8:
        return []
    lo = max(0, start - 1)
    window = text[lo : min(len(text), end + 1)]
    for region in REGIONS[1:]:
        try:
            number = pn.parse(run, region)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(number):
            continue
        for match in pn.PhoneNumberMatcher(window, region, leniency=pn.Leniency.VALID):
            if not is_helpline(match.raw_string, text, lo + match.start):
                return [(_with_prefix(text, lo + match.start), _with_extension(text, lo + match.end))]
    return []


def find_phones(text: str) -> list[tuple[int, int]]:
    """(start, end) of every phone number that is not a helpline."""
    text = _UNDERSCORE.sub("-", text)  # '860_452_2910' typed with underscores for dashes: same offsets
    if not (_DIGIT_RUN.search(text) or _VANITY.search(text) or _LOCAL_VANITY.search(text)) and not (
        _DASHED_VANITY.search(text) or _LINE_VANITY.search(text)
    ):
        return spoken_phones(text)
    found = _us_phones(text)
    for run in _DIGIT_RUN.finditer(text):
        if any(s <= run.start() < e or s < run.end() <= e for s, e in found) or len(digits(run.group(0))) < 7:
            continue
        found += _international(text, run.start(), run.end())
    vanity = [m for m in _VANITY.finditer(text) if any(c.isalpha() for c in m.group(0))]
    found += [
        (m.start(), _with_extension(text, m.end()))
        for m in vanity
        if not is_helpline(_vanity_number(m.group(0)), text, m.start())  # '1-800-medicare' stays
    ]
    found += [(s, e) for s, e in spoken_phones(text) if not any(a < e and s < b for a, b in found)]
    found += [  # a local number is nobody's helpline (those are toll-free): 'Office (605) HAULING' is the business's
        (m.start(), _with_extension(text, m.end()))
        for m in _LOCAL_VANITY.finditer(text)
        if _PHONE_LABEL.search(text, max(0, m.start() - 20), m.start())
    ]
    found += [
        (m.start(1), m.end(1))
        for m in _LINE_VANITY.finditer(text)
        if not is_helpline(_vanity_number(m.group(1)), text, m.start(1))
        and not any(s < m.end(1) and m.start(1) < e for s, e in found)
    ]
    found += [
        (m.start(), _with_extension(text, m.end()))
        for m in _DASHED_VANITY.finditer(text)
        if _dashed_vanity(text, m) and not any(s < m.end() and m.start() < e for s, e in found)
    ]
    return found


def _dashed_vanity(text: str, m: re.Match[str]) -> bool:
    """Six to eight letters and digits after the area code, one case throughout; a toll-free one not a helpline's."""
    body = m.group(1)
    if not 6 <= sum(c.isalnum() for c in body) <= 8 or (body.lower() != body and body.upper() != body):
        return False
    return not is_helpline(_vanity_number(m.group(0)), text, m.start())


def _vanity_number(raw: str) -> str:
    """The ten digits a vanity number dials ('1-800-MEDICARE' is 800 633 4227): letters as on a keypad, a leading 1
    and the letters past the tenth digit left off."""
    number = digits(pn.convert_alpha_characters_in_number(raw))
    return (number[1:] if number.startswith("1") and len(number) > 10 else number)[:10]


def _us_phones(text: str) -> list[tuple[int, int]]:
    """Numbers of the US shape (with an extension), not a helpline and not one digit repeated; one with a foreign
    country code before it ('+39 312 342 8941' is Italian) is read with that code instead."""
    found: list[tuple[int, int]] = []
    for m in _US_SHAPE.finditer(text):
        if _FOREIGN_CODE.search(text, max(0, m.start() - 10), m.start()):
            continue
        if not is_helpline(m.group(0), text, m.start()) and len(set(digits(m.group(0))[-10:])) > 1:
            found.append((_with_trunk_eight(text, m.start()), _with_extension(text, m.end())))
    return found


# A number read aloud or typed as a voicemail transcript writes it: digits as words, or words and digits mixed ('eight
# six six, five five five, zero one one one, extension four', '4 1 2 five five five 0 1 6 3', 'three four one dash two
# two dash ...'). 'oh' is a zero only inside such a run.
_SPOKEN_DIGITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                  "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip
_SPOKEN_TOKEN = rf"(?:{NUMBER_UNITS}|\d{{1,4}})"
_SPOKEN_GAP = r"(?:[ \t,.\-]{1,3}|[ \t]+dash[ \t]+)"
_SPOKEN_RUN = re.compile(rf"(?<![\w\-]){_SPOKEN_TOKEN}(?:{_SPOKEN_GAP}{_SPOKEN_TOKEN})+(?![\w\-])", re.I)
_SPOKEN_EXTENSION = re.compile(rf"[ \t]*,?[ \t]*(?:extension|ext\.?|x)[ \t]+{_SPOKEN_TOKEN}(?![\w\-])", re.I)
_AREA_CODE = re.compile(r"(?i:area[ \t]+code)[ \t]+$")
_SSN_LABEL = re.compile(
    r"(?i:\b(?:ssn|ss\#|social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|num|\#))?)"
    r"(?:[ \t:#,]*(?:is|was|it's|it’s|its|uh|um|er)(?![\w'’]))*[ \t:#,]*)$"
)  # 'my SSN is, uh, four two nine ...', 'my social, it's one six three ...'

SPOKEN_WORDS_MIN = 3  # digits written as words in the run: fewer is a count or a date ('one 2 three' is no number)
SPACED_DIGITS_MIN = 9  # a transcript's digits one by one ('9 3 1, 5 5 5, 0 1 3 0'): a phone's ten or an SSN's nine


def spoken_numbers(text: str, labelled: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each run of digits written as words, or as words and digits (three words at least);
    `labelled` (the caller found the number's label before it): digits one by one without groups too."""
    out = []
    for m in _SPOKEN_RUN.finditer(text):
        tokens = re.findall(rf"(?<![a-z]){_SPOKEN_TOKEN}(?![a-z])", m.group(0), re.I)
        spaced = (  # '5 0 5, 5 5 5, 0 1 0 8': one by one, in groups; never '1 2 3 4 5 6 7 8 9' counted aloud
            len(tokens) >= SPACED_DIGITS_MIN
            and all(len(t) == 1 for t in tokens)
            and (labelled or re.search(r"\d[,\-]", m.group(0)))
        )
        if spaced or sum(1 for t in tokens if not t.isdigit()) >= SPOKEN_WORDS_MIN:
            out.append((m.start(), m.end(), "".join(_SPOKEN_DIGITS.get(t.lower(), t) for t in tokens)))
    return out


def spoken_phones(text: str) -> list[tuple[int, int]]:
    """(start, end) of a US number of ten digits (eleven after a 1) written wholly or partly in number words, not a
    helpline, with 'area code' before it and its extension after it."""
    out = []
    for start, end, number in spoken_numbers(text):
        if len(number) not in (10, 11) or (len(number) == 11 and number[0] != "1"):
            continue
        if is_helpline(number, text, start) or len(set(number[-10:])) == 1:
            continue
        ext = _SPOKEN_EXTENSION.match(text, end)
        area = _AREA_CODE.search(text, max(0, start - 12), start)
        out.append((area.start() if area else start, ext.end() if ext else end))
    return out


def spoken_ssns(text: str) -> list[tuple[int, int]]:
    """(start, end) of a social security number of nine digits written in number words right after its label ('my
    social is five two four eight one five one four four')."""
    return [  # after the label, digits one by one without groups too: 'her social is 2 1 9 4 4 6 0 1 7'
        (start, end)
        for start, end, number in spoken_numbers(text, labelled=True)
        if len(number) == 9 and _SSN_LABEL.search(text, max(0, start - 40), start)
    ]
