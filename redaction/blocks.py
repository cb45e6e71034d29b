"""An address is one block: a found address part takes the comma-separated segments around it that read as parts
of the same address.

Addresses outside the US come in more shapes than any list of street words covers ("Am Rosengarten 9, Zimmer 12,
80331 München"; "Blk 5 Lot 12, Mabini St., Brgy. San Isidro, Quezon City 1100"). What they share is their layout: a
run of short segments, separated by commas or line breaks, each a number, a code or a few capitalised words, with a
postcode or a house number among them. Once a detector has found one part with a digit in it (a postcode, a street
line), the segments before it and after it on the same line that read as address segments join it, and the whole
block is one LOCATION (names of streets that the name detectors took for people included). A segment with a
lower-case English word that is not a particle of a place name ("lives", "send the forms to"), a colon, or the end of
a sentence stops the block; the country written after an address is part of it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .address import vocabulary
from .lexicon import english_lexicon, name_lexicon
from .places import place_names, proper_only
from .spans import Candidate
from .stop_words import NAME_LIKE_FUNCTION_WORDS
from .textutil import fold

# words that join the capitalised words of a place or street name ('Rua de Santa Catarina', 'Jr. de la Unión')
_PARTICLES = frozenset(
    "de del della dei des du da do dos das di la le las los el al am an der den im van von ten ter op aan sur sous "
    "upon on of y e et und".split()
)
_FOREIGN_PARTICLES = _PARTICLES - {"on", "upon", "of", "and", "an", "am", "den", "die", "do"}
_GREETINGS = frozenset("hi hello hey dear thanks thank regards cheers ok okay yes no please pls best".split())
# a field label opens another field, not the address's next segment ('Phone', 'Tel +34 ...', 'DOB', 'Email')
_LABELS = frozenset(
    "phone ph tel tél tel. telefon telefone telefono teléfono mobile mob cell cel celular móvil movil handy fax email "
    "e-mail mail whatsapp dob born ssn mrn iban name nombre nom nome card acct account id".split()
)
# a care home's, a hospice's or a practice's name before its address ('Maple Grove Manor, 600 Orchard Ln', 'Craigmount
# Care Home, 14 ...', 'EHPAD Les Tilleuls, 18 chemin ...'): an organisation's name, not a part of the address
_FACILITY = regex.compile(
    r"(?i)\b(?:manor|lodge|hospice|surgery|hospital|clinic|(?:care|nursing|rest|retirement)[ \t]+home|"
    r"(?:assisted|senior|independent)[ \t]+living|residence|residenz|seniorenresidenz|pflegeheim|altenheim|"
    r"ehpad|rsa)\b"
)
_FIRST_SEGMENT = regex.compile(r"([^,\n]+?)[ \t]*(?:,|\n)[ \t]*")
_LINE_SEGMENT = regex.compile(r"[^,\n]+")


def without_facility(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """An address block that opens with a facility's name, a segment with no digit ('Maple Grove Manor, 600 Orchard
    Ln, ...', 'BROOKDALE SENIOR LIVING\n2250 E ...'), starts after it: the home is an organisation, the street the
    place."""
    out = []
    for c in candidates:
        m = _FIRST_SEGMENT.match(text, c.start, c.end) if c.type == "LOCATION" else None
        if m and m.end() < c.end and not _digit(text, *m.span(1)) and _FACILITY.search(m.group(1)):
            c = replace(c, start=m.end())
        out.append(c)
    above = [seg for c in out if c.type == "LOCATION" for seg in _facility_above(text, c.start)]
    return [c for c in out if not (c.type in _JOINS and _inside(c.start, c.end, above))]


# A full stop after a word inside a place, then a word that opens the next sentence: the end of the line's address
# ('... Glasgow G11 6AA. My gran has', '... Guadalajara, Jal. Su celular', '... Torino TO. Cellulare 347 ...'). The word
# after it (a full stop of its own allowed: 'Tel.') stands at the end of the place or before a lower-case word or a
# number, so 'Av. Boa Viagem', 'Col. Del Valle', 'Bağdat Cad. No:214', 'TP. Hồ Chí Minh' go on; a number before the
# stop ends a word or a postcode ('CF10 2AB.', 'H91 X2Y3.'), not an ordinal ('3. OG', '2. th').
_NEXT_SENTENCE = regex.compile(
    r"(?<=\p{L}|[\p{L}\d]{3})[.。][ \t]+(\p{L}[\p{L}'’\-]+)(?=\.?(?:\Z|[ \t]+(?:(\p{Ll}[\p{L}\-]*)|[\d+])))"
)


def ended_at_sentence(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A place that ran past the end of its sentence into a function word or a form label of any language (English
    or another: 'My', 'Su', 'Ihre', 'Zijn', 'Tel', 'Cellulare', '전화') ends at the full stop; the words after it were
    never part of the address, and a phone or a date after them is found on its own. The word before the stop is
    a place's: capitalised, with a digit (a postcode) or no English word ('qro. su cel es ...'; not '... lunch.')."""
    out = []
    for c in candidates:
        m = _sentence_after_place(text, c) if c.type == "LOCATION" else None
        out.append(replace(c, end=m.start() + 1) if m else c)
    return out


def _sentence_after_place(text: str, c: Candidate) -> regex.Match[str] | None:
    words = name_lexicon().not_names
    for m in _NEXT_SENTENCE.finditer(text, c.start, c.end):
        low, after = m.group(1).lower(), m.group(2)
        opener = low in words or low in STOP_WORDS or low in NAME_LIKE_FUNCTION_WORDS
        before = text[c.start : m.start()].split()
        placed = bool(before) and _place_word(before[-1])
        if before and _abbreviated_street(before[-1]):
            continue  # 'Old Farm Ave. Apt 4B, Hazard, KY': the stop ends a street's abbreviation, not a sentence
        if opener and placed and not (after and after.lower() in _PARTICLES):  # 'Av. Sete de Setembro'
            return m
    return None


def _abbreviated_street(word: str) -> bool:
    """A street type or a direction written short and capitalised ('Ave', 'St', 'Rd', 'Blvd', 'N', 'SW'; not 'Hill',
    a whole word, nor the 'pl' of an e-mail's domain), before its full stop."""
    low = word.rstrip(".").lower()
    forms = vocabulary().forms(low)
    return word[:1].isupper() and forms is not None and low != forms[0]


def _place_word(word: str) -> bool:
    return word[:1].isupper() or any(ch.isdigit() for ch in word) or word.lower() not in english_lexicon()


def _facility_above(text: str, start: int) -> list[tuple[int, int]]:
    """The segments naming a facility on the line right above an address that starts its line ('BROOKDALE SENIOR
    LIVING' / '2250 E BELTLINE RD'): the home's words are no person or place ('Dr. Ann Roe, Elm Clinic' keeps the
    name)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start == 0:
        return []
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    out = []
    for m in _LINE_SEGMENT.finditer(text, prev_start, line_start - 1):
        if not _digit(text, *m.span()) and _FACILITY.search(m.group()):
            out.append(m.span())
    return out


_LABEL_COLON = regex.compile(r"[ \t]*[:：]")
_ELIDED_GAP = regex.compile(r"[ \t]*(?:d|l|dell)['’]")
_PROVINCE_GAP = regex.compile(r"[ \t]+(?:on|qc|bc|ab|mb|sk|ns|nb|nl|pe)[ \t]+")
_CA_POSTCODE = regex.compile(r"(?i:[a-z]\d[a-z][ \t]?\d[a-z]\d)(?![\p{L}\d])")
_ELIDED = regex.compile(r"(?:d|l|dell)['’]\p{Lu}")
_SEGMENT_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’./\-#ºª°]*")
_MAX_WORDS = 6
_SEPARATOR = regex.compile(r"[ \t]*(?:,|\n|[ \t]-[ \t]|/)[ \t]*$")
_SEPARATOR_AFTER = regex.compile(r"[ \t]*(?:,|\n|[ \t]-[ \t]|/)[ \t]*")
_SEGMENT_BEFORE = regex.compile(r"([^,\n:;!?()\[\]]{1,60})$")
_SEGMENT_AFTER = regex.compile(r"[^,\n:;!?()\[\]]{1,60}")
_POSTCODE_AFTER = regex.compile(
    r"[ \t]+(?!(?:19|20)\d\d(?![\d\-]))\d{3,6}(?:[\- ]\d{3,4})?(?![\w\-])|[ \t]*[\-–][ \t]*\d{6}(?![\w\-])"
)
_JOINS = frozenset({"LOCATION", "PERSON"})
# a postcode that can end a block before its town: digits (a Swedish '582 23', a Portuguese '1200-195'), a Dutch
# '1016 HL'
_CODE_AT_END = regex.compile(
    r"(?<![\w\-])(?:\d{4,6}|\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{5}-\d{3}|\d{4}[ \t]?(?-i:\p{Lu}{2}))$"
)
_US_ZIP_END = regex.compile(r"(?<![\w])(?:\p{Lu}{2}|\p{Lu}\p{Ll}+)\.?,?[ \t]+\d{5}(?:-\d{4})?\Z")
_US_ZIP_BEFORE = regex.compile(r"(?<![\w])(?:\p{Lu}{2}|\p{Ll}{2})\.?,?[ \t]+\d{5}$")
_CODE_FIRST = regex.compile(r"\d{3,6}(?![\w])|\d{4}[ \t]?(?-i:\p{Lu}{2})(?![\w])")
_TOWN_WORD = regex.compile(r"[ \t]+(\p{L}[\p{L}\p{M}'’\-]*(?:/\p{L}[\p{L}\p{M}'’\-]*)?)(?![\p{N}@])")
# a country, alone or before the rest of its sentence ('Portugal with my cousin'; not 'US phone')
_COUNTRY_FIRST = regex.compile(
    r"(\p{L}[\p{L} .]*?\p{L})\.?(?:[ \t]+((?i:with|for|and|until|till|since|from|to|in|on|at|"
    r"where|while|because|but|so|near|by)(?![\p{L}])[\p{L}\p{M}'’ \t]*))?$"
)
# a full stop that ends a sentence inside a segment, after a word of four letters or more or a number ('Lisboa,
# Portugal. My cousin'), not after an abbreviation ('St. Paul', 'Co. Kerry')
_STOP_IN_SEGMENT = regex.compile(
    r"(?<=[\p{L}]{4}|\d)(?<!(?:^|[ \t])\d{1,2})\.[ \t]+(?=\p{Lu})|\.[ \t]+(?=(?i:"
    + "|".join(sorted(_LABELS, key=len, reverse=True)).replace(".", "\\.")
    + r")(?![\p{L}]))"
)
# a British or Canadian postcode typed in lower case ('ls8 5dz', 'm4y 1h6'), after a lower-case writer's town
_LOWER_POSTCODE = regex.compile(
    r"(?<![\p{L}\d])(?:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d)(?![\p{L}\d])"
)
# a town's particle and second word after a postcode and the town's first word
_CODE_TOWN_BEFORE = regex.compile(r"(?<![\w\-])\d{4,5}[ \t]+\p{L}[\p{L}\-]+$")
_SLASH_TOWN = regex.compile(r"/\p{L}[\p{L}\p{M}\-]+(?![\p{L}\d/])")  # '06420 Çankaya/Ankara', '34730 kadıköy/istanbul'
_TOWN_TAIL = regex.compile(r"[ \t]+(?:am|im|an[ \t]der|in[ \t]der|sur|de|del)[ \t]+\p{Lu}[\p{L}\-]+")
# a floor's ordinal and its short word after a house number ('48, 2. tv', '5, 2. krs', '80, 3. OG', '4, 3. Stock
# links'), before the next segment
_FLOOR_AFTER = regex.compile(
    r"(?<=(?:,[ \t]*|[ \t])\d{1,2})\.[ \t]+(?:\p{Ll}{1,5}|\p{Lu}{1,3}|(?-i:Stock|Etage|kerros|etasje|våning)"
    r"(?:[ \t]+(?:links|rechts|mitte|li|re))?)\.?(?=[ \t]*(?:,|\n|$))"
)
_ORDINAL_STOP = regex.compile(r"(?<![\d.])(\d{1,2})\.(?=[ \t])")
# a flat's, a block's or a house's number at the end of a sentence's words, before the address's next segment
# ('Flat 3B', 'Blk 7 Lot 12', 'House No. 7', 'B-204', '8-2-293/82', 'TC 15/1234'; not a date: '3/14', '2026-01-15')
_LEAD_UNIT = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?i:flat|apt|apartment|unit|suite|ste|room|rm|space|lot|blk|block|bldg|building|house|plot|"
    r"door|no|nr|phase)(?:\.|(?=[ \t#]))(?:[ \t]+(?i:no)\.?)?[ \t]*#?[ \t]*(?:\p{Lu}?\d[\w\-/]*|\p{Lu}\d*)"
    r"(?:[ \t]+|$))+$"
    r"|(?<![\w\-/])(?!\d{1,4}[/\-]\d{1,2}(?:[/\-](?:\d{4}|\d{2}))?$)(?:\p{Lu}{1,3}[ \t\-]?)?\d+(?:[\-/]\d+)+\p{Lu}?$"
    r"|(?<![\w\-/])\p{Lu}{1,3}-\d+$"
)
_SENTENCE_END = regex.compile(r"[.!?][ \t]+(?=\p{Lu}\p{Ll}|\p{Lu}{3})")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return vocabulary().countries


def _address_segment(segment: str, typed_lower: bool) -> bool:
    """A few words, each a number or code, a capitalised word, a particle of a place name, or (for a writer who
    types in lower case) any word that is not an English function word."""
    words = _SEGMENT_WORD.findall(segment)
    if not words or len(words) > _MAX_WORDS or _SENTENCE_END.search(segment):
        return False
    first = words[0].lower().rstrip(".:")
    if (first in STOP_WORDS and first not in _PARTICLES) or first in _GREETINGS or first in _LABELS:
        return False  # 'Hi Maria', 'The Smiths', 'Send it to': a sentence, not an address
    return all(_segment_word(word, segment, typed_lower) for word in words)


def _segment_word(word: str, segment: str, typed_lower: bool) -> bool:
    """A number or code, a particle, a capitalised word or no word at all; for a lower-case writer also a word that
    is no function word and, unless the segment holds a number, no English word ('hill st, apt 2, brattleboro vt')."""
    low = word.lower().strip(".")
    if any(c.isdigit() for c in word) or low in _PARTICLES or word[0].isupper() or not word[0].isalpha():
        return True
    if _ELIDED.match(word):  # 'Coeur d'Alene', 'Val d'Isère'
        return True
    return typed_lower and low not in STOP_WORDS and (low not in english_lexicon() or any(c.isdigit() for c in segment))


def _touches(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _digit(text: str, start: int, end: int) -> bool:
    return any(c.isdigit() for c in text[start:end])


def _extend(
    text: str,
    start: int,
    end: int,
    typed_lower: bool,
    spans: list[tuple[int, int]],
    others: list[tuple[int, int]],
    places: list[tuple[int, int]],
) -> tuple[int, int]:
    """The block around one address part: other found parts beside it (spaces between), and the address segments
    on both sides."""
    return (
        _extend_start(text, start, typed_lower, spans, others, places),
        _extend_end(text, end, typed_lower, spans, others),
    )


def _extend_start(
    text: str,
    start: int,
    typed_lower: bool,
    spans: list[tuple[int, int]],
    others: list[tuple[int, int]],
    places: list[tuple[int, int]],
) -> int:
    """Back over found parts beside the block and over the address segments before it."""
    while True:
        touching = [s for s, e in spans if s < start and e <= start and _joined_gap(text, e, start)]
        if touching:
            start = min(touching)
            continue
        before = _segment_before(text, start, typed_lower, others, places)
        if before is None:
            return start
        start = before


_LEAD_WORDS = regex.compile(r"(?:(\p{L}+)[ \t]+)+?(?=\d)")
_LETTERS = regex.compile(r"\p{L}+")


def _after_lead_verbs(text: str, start: int, end: int) -> int:
    """Where a segment's address starts once the words before its house number are dropped, when they are what the
    writer says of it: a verb's form and nobody's name, or a stop word ('Lives 12 Oak St', 'Now at 4 Elm Rd')."""
    m = _LEAD_WORDS.match(text, start, end)
    if m is None:
        return start
    words = [(w.start(), w.end()) for w in _LETTERS.finditer(text, m.start(), m.end())]
    if words and all(_verb_before(text, a, b) or text[a:b].lower() in STOP_WORDS for a, b in words):
        return m.end()
    return start


def _verb_before(text: str, start: int, end: int) -> bool:
    """One word found before the address that is a verb's form and nobody's name ('Lives 12 Oak St', 'Moved 4 Elm
    Rd'): what the writer says of the address, not part of it ('Wells', 'Banks' are surnames and stay joinable)."""
    from .name_freq import name_frequencies  # noqa: PLC0415 - name_freq imports lexicon, as this module does

    word = text[start:end]
    if " " in word.strip() or not english_lexicon().verb_inflection(word.lower()):
        return False
    freq = name_frequencies()
    return freq.given(word.lower()) == 0 and freq.surname(word.lower()) < VERB_SURNAME_MAX


VERB_SURNAME_MAX = 1_000  # US holders: 'Lives', 'Resides' none; 'Wells' 176,230


def _joined_gap(text: str, end: int, start: int) -> bool:
    """Two found parts are one when only spaces are between them, an elided particle ('Coeur' d' 'Alene, ID'), or a
    Canadian province typed in lower case before a postcode ('toronto' on 'm4y 1h6')."""
    gap = text[end:start]
    if gap.strip(" \t") == "" or _ELIDED_GAP.fullmatch(gap):
        return True
    return bool(_PROVINCE_GAP.fullmatch(gap)) and _CA_POSTCODE.match(text, start) is not None


def _segment_before(
    text: str,
    start: int,
    typed_lower: bool,
    others: list[tuple[int, int]],
    places: list[tuple[int, int]],
) -> int | None:
    """Where the address segment before a separator ending at `start` begins, if it joins: across a line break only
    a line with a number, or a place already found ('Sincerely,' does not; nor a signature's name, title or practice
    above the street line: 'Delacroix Auto Body' / '2201 Tchoupitoulas St'); never a segment touching other spans.
    A sentence's last words that are a flat, a house or a plot number join too ('lives at Flat 302, Sai Residency',
    'stays at B-204, Shanti Niketan Society'), and a unit's few short words between two parts ('77 Orchard St, 2nd fl,
    Somerville MA 02143')."""
    sep = _SEPARATOR.search(text, 0, start)
    seg = _SEGMENT_BEFORE.search(text, max(0, sep.start() - 60), sep.start()) if sep else None
    if sep is None or seg is None:
        return None
    seg_start = seg.start(1) + len(seg.group(1)) - len(seg.group(1).lstrip())
    line_start = text.rfind("\n", 0, seg_start) + 1  # '16/79, Gupta Zila' / 'Barasat 993311': the line has a number
    above_ok = _digit(text, line_start, sep.start()) or _inside(seg_start, sep.start(), places)
    if "\n" in sep.group(0) and not above_ok:
        return None
    if _touches(seg_start, sep.start(), others):
        return None
    label = _LABEL_SEGMENT.match(text, seg_start, sep.start())
    if label is not None:  # 'Address\tPO Box 6271, ...': a form's label before its value, no part of the address
        seg_start = label.end()
    segment = text[seg_start : sep.start()]
    if _address_segment(segment, typed_lower):
        return _after_lead_verbs(text, seg_start, sep.start())
    if _unit_segment(segment) and _part_before(text, seg_start, places):
        return seg_start
    lead = _LEAD_UNIT.search(segment)
    return seg_start + lead.start() if lead else None


# the word for 'address' in the languages the families here write in (a field's label)
_ADDRESS_WORDS = (
    r"address|addr|adres|adresse|adresa|adresi|adressa|osoite|naslov|адрес|địa[ \t]chỉ|direcci[oó]n|direc[cç][aã]o|"
    r"endere[cç]o|indirizzo|anschrift|domicilio|morada|住所|주소|地址"
)
_LABEL_SEGMENT = regex.compile(
    rf"(?i)(?:(?:home|mailing|street|postal|current|new|old|billing)[ \t]+)?(?:{_ADDRESS_WORDS})\.?"
    r"(?:[ \t]*[:#][ \t]*|\t[ \t]*|[ ]{2,})"
)


def _part_before(text: str, start: int, places: list[tuple[int, int]]) -> bool:
    """A found place ends at the separator before `start` (on the same line)."""
    sep = _SEPARATOR.search(text, 0, start)
    return sep is not None and "\n" not in sep.group(0) and any(e == sep.start() for _, e in places)


def _extend_end(
    text: str, end: int, typed_lower: bool, spans: list[tuple[int, int]], others: list[tuple[int, int]]
) -> int:
    """On over found parts beside the block, a postcode after the place ('Mumbai 400050', 'Riyadh 12214 3456'), and
    the address segments after it (a country ends it)."""
    while True:
        touching = [e for s, e in spans if s >= end and e > end and _joined_gap(text, end, s)]
        if touching:
            end = max(touching)
            continue
        code = _POSTCODE_AFTER.match(text, end)
        if code is not None:
            end = code.end()
            continue
        code = _LOWER_POSTCODE.search(text, max(0, end - 3), end + 12) if typed_lower else None
        if code is not None and code.start() <= end < code.end():  # 'oxford ox1 4ag': the town took 'ox'
            end = code.end()
            continue
        floor = _FLOOR_AFTER.match(text, end)
        if floor is not None:  # 'Nørrebrogade 48, 2. tv, 2200 København N', 'Hämeenkatu 5, 2. krs, 33100 Tampere'
            end = floor.end()
            continue
        coded = _CODE_TOWN_BEFORE.search(text, max(0, end - 40), end)
        tail = (_TOWN_TAIL.match(text, end) or _SLASH_TOWN.match(text, end)) if coded else None
        if tail is not None:  # '60325 Frankfurt am Main', '79098 Freiburg im Breisgau', '06420 Çankaya/Ankara'
            end = tail.end()
            continue
        town = _town_after_code(text, end, typed_lower)
        if town is not None:
            end = town
            continue
        if _US_ZIP_END.search(text, max(0, end - 40), end) and "\n" in text[end : end + 3]:
            return end  # a US address ends at its ZIP: the next line is the list's next item ('- Poison Control ...')
        after, last = _segment_after(text, end, typed_lower, others, spans)
        if after is None:
            return end
        end = after
        if last:
            return end


def _segment_after(
    text: str,
    end: int,
    typed_lower: bool,
    others: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    unit_ok: bool = True,
) -> tuple[int | None, bool]:
    """Where the address segment after a separator at `end` ends, if it joins, and whether it is the last (a
    country, or a segment cut at its sentence's end: 'Lisboa, Portugal with my cousin' ends at 'Portugal'): the next
    line is another field ('Phone', 'Allergies') unless it holds a number. A unit's few short words ('pta 9', '2.
    tv', 'cj. 42', 'piso 5 depto B') join only when another part follows them."""
    sep = _SEPARATOR_AFTER.match(text, end)
    if sep is None or sep.end() == end:
        return None, False
    seg = _SEGMENT_AFTER.match(text, sep.end())
    if seg is None:
        return None, False
    surface = seg.group(0).rstrip(" .")
    country = _COUNTRY_FIRST.match(surface)
    if country and country.group(1).lower() in _countries() and (country.group(2) is None or "\n" not in sep.group(0)):
        return sep.end() + len(country.group(1)), True
    cut = _STOP_IN_SEGMENT.search(surface)
    if cut:
        surface = surface[: cut.start()]
    seg_end = sep.end() + len(surface)
    if "\n" in sep.group(0) and not _digit(text, sep.end(), seg_end):
        return None, False
    if _touches(sep.end(), seg_end, others) or _LABEL_COLON.match(text, seg_end):
        return None, False  # '... ava mo 65608 / dx: chf': the next field's label
    if cut and not _cut_segment(surface):
        return None, False
    if _address_segment(surface, typed_lower):
        return seg_end, bool(cut)
    if unit_ok and not cut and _unit_segment(surface) and _part_follows(text, seg_end, typed_lower, others, spans):
        return seg_end, False
    return None, False


def _part_follows(
    text: str, end: int, typed_lower: bool, others: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> bool:
    """Another part of the address comes after the separator at `end`: a found part, a postcode or a segment that
    joins."""
    sep = _SEPARATOR_AFTER.match(text, end)
    if sep is None or sep.end() == end or "\n" in sep.group(0):
        return False
    if any(s == sep.end() for s, _ in spans) or _CODE_FIRST.match(text, sep.end()):
        return True
    return _segment_after(text, end, typed_lower, others, spans, unit_ok=False)[0] is not None


def _cut_segment(surface: str) -> bool:
    """What is left of a segment cut at its sentence's end is a place only with a letter in it and no function word
    ('Oslo, Norway. Her phone', not a list's '6. Telephone' nor 'SD 26489 ON MONDAY. THEY')."""
    words = [w.lower().strip(".") for w in _SEGMENT_WORD.findall(surface)]
    return any(c.isalpha() for c in surface) and not any(w in STOP_WORDS and w not in _FOREIGN_PARTICLES for w in words)


def _unit_segment(segment: str) -> bool:
    """A flat's, a floor's or a door's few words: a number and up to three short words that are no English function
    word ('pta 9', '3º izda', '2. th', 'cj. 42', 'sala 8', 'lgh 1102', '2nd fl', '3. Stock links')."""
    words = _SEGMENT_WORD.findall(segment)
    if not 1 < len(words) <= 4 or not any(c.isdigit() for c in segment):
        return False
    if _SENTENCE_END.search(_ORDINAL_STOP.sub(r"\1", segment)):
        return False
    for word in words:
        low = word.lower().strip(".:")
        if low in STOP_WORDS or low in _GREETINGS or low in _LABELS:
            return False
        if word[0].islower() and not any(c.isdigit() for c in word) and len(low) > 6:
            return False
    return True


def _town_after_code(text: str, end: int, typed_lower: bool) -> int | None:
    """The end of the town written after the postcode the block ends with ('13001 Marseille', '38100
    BRAUNSCHWEIG', '1016 HL Amsterdam', '60313 Frankfurt am Main', '2200 København N', '06420 Çankaya/Ankara'; in
    lower-case writing '04109 leipzig'): a few words that are no English word unless a place's name, and not after a
    US state's ZIP (the US town comes before it)."""
    code = _CODE_AT_END.search(text, max(0, end - 12), end)
    if code is None or _US_ZIP_BEFORE.search(text, max(0, code.start() - 6), code.end()):
        return None
    pos, words = end, 0
    while words < 3:
        m = _TOWN_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if words and (low in _PARTICLES or (len(word) == 1 and word.isupper())):
            if len(word) == 1:  # a district's letter ends the town ('København N', 'Aarhus C')
                return m.end()
            nxt = _TOWN_WORD.match(text, m.end())
            if nxt is None or not nxt.group(1)[:1].isupper():
                break
            pos, words = nxt.end(), words + 1
            continue
        if not _town_word(word, typed_lower):
            break
        pos, words = m.end(), words + 1
    return pos if words else None


def _town_word(word: str, typed_lower: bool) -> bool:
    parts = word.split("/")
    for part in parts:
        low = part.lower()
        if not part or not (part[0].isupper() or typed_lower):
            return False
        if low in STOP_WORDS or low in _GREETINGS or low in _LABELS or low in name_lexicon().not_names:
            return False
        if low in english_lexicon() and fold(low) not in place_names() and low not in proper_only():
            return False
    return True


def address_blocks(text: str, candidates: list[Candidate], typed_lower: bool) -> list[Candidate]:
    """The candidates with each address part that holds a digit grown to its whole block; what the block covers is
    dropped (a street's name read as a person is part of the address)."""
    blocks: list[Candidate] = []
    spans = [(c.start, c.end) for c in candidates if c.type in _JOINS]
    others = [(c.start, c.end) for c in candidates if c.type not in _JOINS]  # a phone, an email: another field
    places = [(c.start, c.end) for c in candidates if c.type == "LOCATION"]
    for cand in candidates:
        if cand.type != "LOCATION":
            continue
        start, end = _extend(text, cand.start, cand.end, typed_lower, spans, others, places)
        if (start, end) != (cand.start, cand.end) and _digit(text, start, end):
            blocks.append(replace(cand, start=start, end=end))
    if not blocks:
        return candidates
    kept = [c for c in candidates if not any(b.start <= c.start and c.end <= b.end for b in blocks)]
    return kept + blocks


# A field whose label says it holds an address or a town ('Adres: Atatürk Bulvarı No:45 Daire 8, 06420 Çankaya/Ankara',
# 'CITY: WEST DAWN', 'JAPAN ADDRESS FOR GRANDMA: 〒530-0001 OSAKA-FU ...'): the value is the place, whatever its
# shape. Not an e-mail, IP or web address.
_ADDRESS_LABEL = regex.compile(
    r"(?i)(?<![\w])(?<!(?:e-?mail|ip|web|mac|url|email)[ \t])(?:(?:"
    rf"{_ADDRESS_WORDS})(?![\w])"
    r"[^:：\n.!?,;]{0,40}?|(?:city|town|ciudad|ville|stadt|cidade|citt[aà])[ \t]*)[:：][ \t]*"
)
_LOWER_LEAD = regex.compile(r"(?:\p{Ll}[\p{L}'’]*[ \t]+)+")  # 'it's 1200 Main St.': the words before the place
# the value ends at a line's end, a sentence's end, a bar or semicolon, or the next 'Label: ' ('No:45' goes on)
_VALUE_END = regex.compile(
    r"\n|[;|][ \t]+|[ \t][—–][ \t]|[ \t]-[ \t]|(?<=[\p{L}]{4}|[\d)])(?<![ \t,]\d{1,2})\.(?:[ \t]+|$)|;$"
    r"|(?<=[ \t,]\d{1,2})\.(?:[ \t]+(?!\p{Ll}{1,5}\.?,)|$)"
    r"|\.[ \t]+(?=(?i:sđt|đt|điện[ \t]thoại|tel|tél|phone|mobile|cell|telefon|telefone|teléfono|fax|e-?mail)"
    r"(?![\p{L}]))"
    r"|[ \t][\p{L}][\p{L}.\-]*[:：][ \t]|$"
)
# a full stop ends the value after a word of four letters or more or a number ('Warszawa. Tel.', 'UMEDA 3-1-1.
# NAME:'), not after an abbreviation ('m. 3', 'St., Ste. 300', 'Int. 4, Col. Crédito') nor after a floor's ordinal
# before its short word and a comma ('Hämeenkatu 5, 2. krs, 33100 Tampere')
_TRAILING_STOP = regex.compile(r"(?:[ \t]+(?:now|please|pls|thanks|thank you|ok|okay|too|again|as well))+$", regex.I)
_VALUE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-/#ºª°]*")


def labelled_addresses(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The value of an address or town field (see `_ADDRESS_LABEL`): with a digit in it, or a few capitalised words
    (a town); never lower-case words alone ('Address: same as before'), an e-mail or a link, nor past a clinical word
    the call protects."""
    out = []
    for m in _ADDRESS_LABEL.finditer(text):
        end = _VALUE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        stop = min([stop, *(s for s, _ in protected if m.end() <= s < stop)])
        begin = m.end()
        lead = _LOWER_LEAD.match(text, begin, stop)
        if lead:
            begin = lead.end()
        value = _TRAILING_STOP.sub("", text[begin:stop].rstrip(" \t,")).rstrip(" \t,")
        if _address_value(value):
            out.append((begin, begin + len(value)))
    return out


def _address_value(value: str) -> bool:
    """A field's value that is an address: not too long, no e-mail or link; a digit in it, or up to five words that
    are capitalised, numbers or particles (a town)."""
    if not value or len(value) > 120 or "@" in value or "http" in value.lower():
        return False
    words = _VALUE_WORD.findall(value)
    placeish = all(w[0].isupper() or w[0].isdigit() or w.lower() in _PARTICLES for w in words)
    return any(c.isdigit() for c in value) or bool(words and len(words) <= 5 and placeish)


_IN_GAP = regex.compile(r"[ \t]+in[ \t]+", regex.IGNORECASE)


def joined_over_in(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A street line and the town after 'in' are one address ('12 Cherry Hill Ct in Frederick MD 21702', '412 w elm
    st apt 2 in springfield mo 65806'): the first holds a number, both were found as places. Places that overlap
    are one too ('flat 7 ashgrove court, sunderland sr' and '7 ashgrove court, sunderland sr4 7bn')."""
    places = sorted((c for c in candidates if c.type == "LOCATION"), key=lambda c: (c.start, -c.end))
    heads: list[Candidate] = []  # the first place of each joined run, in text order
    grown: dict[int, Candidate] = {}  # id of a run's first place -> the run's place
    absorbed: set[int] = set()
    for cand in places:
        last = grown[id(heads[-1])] if heads else None
        overlaps = last is not None and cand.start < last.end  # overlapping places are one address
        after_in = last is not None and _IN_GAP.fullmatch(text, last.end, cand.start) and _digit(text, *_span(last))
        if last is not None and (overlaps or after_in):
            grown[id(heads[-1])] = replace(last, end=max(last.end, cand.end), rank=min(last.rank, cand.rank))
            absorbed.add(id(cand))
        else:
            heads.append(cand)
            grown[id(cand)] = cand
    if not absorbed:
        return candidates
    return [grown.get(id(c), c) for c in candidates if id(c) not in absorbed]


def _span(cand: Candidate) -> tuple[int, int]:
    return cand.start, cand.end
