"""Names by position: speaker labels, lists next to a detected name, non-Latin scripts.

Also the rule that contractions ("We'll", "She'd") are never names.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import lru_cache

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .address import vocabulary
from .dates import calendar_word
from .lexicon import (
    CONF_DIR,
    NameLexicon,
    abbreviations,
    english_lexicon,
    hand_kept_other_language_words,
    name_lexicon,
    other_language_words,
)
from .name_freq import name_frequencies
from .textutil import fold, typed_lower

_NAME = r"(?:\p{Lu}[\p{L}'’\-]*\p{Ll}|\p{Lu}\.)"
_RELATION = (
    r"(?:daughter|son|husband|wife|brother|sister|mother|father|mom|mum|dad|grandson|granddaughter|grandma|"
    r"grandpa|grandmother|grandfather|granny|gramps|niece|nephew|aunt|auntie|uncle|cousin|neighbou?r|friend|"
    r"caregiver|aide|partner|nurse|doctor|dr\.?|fianc[eé]e?|boyfriend|girlfriend|roommate|godmother|godfather|"
    r"step(?:dad|mom|mum|mother|father|son|daughter|brother|sister)|"
    r"(?:son|daughter|brother|sister|mother|father)-in-law)"
)
_LABEL_NAME = rf"(?:{_NAME}|\p{{Lu}}{{2,}})"  # 'ROB:', 'DENISE:' in a dialogue typed with capital labels
# what a chat export writes before the speaker: '[9:17 AM] ', '[Family chat] ', '[12/03/26, 21:04] ' or
# '12/03/26, 9:17 PM - '
CHAT_PREFIX = (
    r"(?:\[[^\]\n]{1,30}\][ \t]*"
    # a phone's thread copied with its times: 'Wed 6:02 AM  Kenji:', '9:14 PM - Mariko:'
    r"|(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"[ \t]+(?:[\-–][ \t]+)?"
    r"|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+[\-–][ \t]+)?"
)
# an emoji a chat shows after a contact's name before the colon ('Destiny 💕:', 'Abel ❤️:')
_EMOJI = r"(?:[\p{So}\p{Sk}\uFE0F\u200D]+[ \t]*)?"
_SPEAKER = regex.compile(
    rf"(?m)^[ \t>\-*•]*{CHAT_PREFIX}(?:(?i:{_RELATION})[ \t]+)?"
    rf"({_LABEL_NAME}(?:[ \t]+{_LABEL_NAME}){{0,2}})[ \t]*{_EMOJI}:(?!//)"
)
# a turn that starts after another turn's sentence on the same line ('Maya: did you? Eli: yes 0045.')
_SPEAKER_INLINE = regex.compile(
    rf"(?<=[.!?][ \t]+)(?:(?i:{_RELATION})[ \t]+)?({_LABEL_NAME}(?:[ \t]+{_LABEL_NAME}){{0,2}})[ \t]*:(?!//)"
)
_NOTE = r"(?:[ \t]*\([^()\n]{1,40}\))?"  # a note in brackets after a listed name: 'sunita (mom), raj (dad), anika'
_LIST_NEXT = regex.compile(
    rf"{_NOTE}(?:,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+)({_NAME}(?:[ \t]+{_NAME})?)(?![\w])"
)
_LIST_PREV = regex.compile(rf"(?<![\w])({_NAME}(?:[ \t]+{_NAME})?){_NOTE}(?:,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)$")
_ANY_NAME = r"(?:\p{L}[\p{L}'’\-]*\p{L})"  # a message typed in lower case: 'ann, joe and reed'
_LIST_NEXT_ANY = regex.compile(rf"{_NOTE}(?:,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+)({_ANY_NAME})(?![\w])")
_LIST_PREV_ANY = regex.compile(rf"(?<![\w])({_ANY_NAME}){_NOTE}(?:,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)$")
_CONTRACTION = regex.compile(r"(?i)^[a-z]+['’](?:ll|d|re|ve|m|t|s)$")
_BARE_CONTRACTION = regex.compile(
    r"(?i)^(?:(?:is|was|has|have|had|does|do|did|ca|could|would|should|wo|are|were|ai|must|need|might)nt|"
    r"im|ive|youre|theyre|weve|theyve|youve|youll|theyll|shes|hes|thats|whats|wheres|theres|whos|lets|dont)$"
)
_NONLATIN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Thai}\p{Hebrew}\p{Greek}\p{Bengali}\p{Tamil}]"
    r"(?:[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Thai}\p{Hebrew}\p{Greek}\p{Bengali}\p{Tamil}\p{M}・ー]|[ \t](?=[\p{Han}\p{Hangul}\p{Devanagari}\p{Arabic}\p{Cyrillic}\p{Hebrew}\p{Greek}\p{Thai}]))*"  # noqa: E501
)
_LABEL_WORDS = frozenset(
    "note notes nurse doctor patient pt name phone tel cell mobile email address dob dx rx meds medication "
    "medications allergies allergy plan assessment subjective objective re subject from to cc date time update "
    "reminder question answer ps fyi diagnosis condition conditions pharmacy city state zip ssn mrn insurance contact "
    "emergency visitors family mom dad team summary history vitals labs lab result results goal goals warning "
    "important urgent attention attn reason status dose dosage instructions comments comment follow signed "
    "care caregiver provider doctor's hours location age sex gender weight height bp hr temp pulse tip tips "
    "step steps day week morning evening night breakfast lunch dinner today tomorrow yesterday q a birthdate "
    # an office's departments speak in a chat as its people do ('Billing: can I get the SSN', 'Scheduling Mary:')
    "billing scheduling scheduler intake triage dispatch reception admissions".split()
)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Names that are also English words (conf/name_words.txt)."""
    lines = (CONF_DIR / "name_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def is_contraction(surface: str) -> bool:
    """'We'll', "she'd", "Don't", and the same typed without the apostrophe ('hasnt', 'doesnt', 'youre'): never a
    name ('my mom hasnt eaten')."""
    return _CONTRACTION.match(surface.strip()) is not None or _BARE_CONTRACTION.match(surface.strip()) is not None


def _name_like(word: str) -> bool:
    low = word.lower().strip(".'’")
    if low in STOP_WORDS or low in name_lexicon().not_names or low in _LABEL_WORDS or is_contraction(word):
        return False
    return low in name_words() or low not in english_lexicon() or low in name_lexicon().common_words


def speaker_labels(text: str) -> list[tuple[int, int]]:
    """'John: ...', 'Daughter Maria: ...' at the start of a line.

    A label of name-like words always counts; in a dialogue (two or more speaker lines), after a relation word,
    or as 'Given Surname' with one name-like word, any label that is not a form word counts too.
    """
    at_line_start = list(_SPEAKER.finditer(text))
    starts = {m.start(1) for m in at_line_start}
    inline = [m for m in _SPEAKER_INLINE.finditer(text) if m.start(1) not in starts]
    matches = at_line_start + inline
    dialogue, months_too = _dialogue(text, matches)
    timed_labels = [m for m in matches if _TIMED.search(text, m.start(), m.start(1))]
    # a chat copied with its times: two timed labels or more, one a common given name or a name-like word
    timed_chat = len(timed_labels) >= 2 and any(
        _given_not_role(w) or _name_like(w) for m in timed_labels for w in m.group(1).split()
    )
    out: list[tuple[int, int]] = []
    opened = False  # a speaker label at a line start was taken: the message is a dialogue, so turns go on mid-line
    for m in matches:
        opened = opened or bool(out) or (dialogue and bool(at_line_start) and m not in at_line_start)
        start, words, related = _label_words(m)
        if _not_a_speaker(words, months_too):
            continue
        if m in inline and not _inline_speaker(words, dialogue=dialogue, related=related, opened=opened):
            continue
        timed = _BARE_TIME.fullmatch(text, m.start(), m.start(1)) is not None  # the bare time this pass added
        if _kin_labelled(text, m, start, words):
            out.append((start, m.end(1)))  # 'Daughter Else: is the osteoporosis worse?'
            continue
        if not _speaker_name(words, text, m, dialogue=dialogue, related=related, months_too=months_too):
            if timed and timed_chat and all(_chat_contact(w) for w in words):
                out.append((start, m.end(1)))  # '[11:58 PM] Fern:' in a chat copied with its times
            continue
        if timed and not all(_name_like(w) or _given_not_role(w) or (timed_chat and _chat_contact(w)) for w in words):
            continue  # a schedule's times before its items: '9:00 PM Walk: 20 min'
        out.append((start, m.end(1)))
    return out + _bracketed_speakers(text)


_KIN_BEFORE_LABEL = regex.compile(
    r"(?i)(?:daughter|son|husband|wife|brother|sister|mother|father|mom|mum|dad|grandson|granddaughter|grandma|"
    r"grandpa|grandmother|grandfather|granny|niece|nephew|aunt|auntie|uncle|cousin|stepdad|stepmom|stepson|"
    r"stepdaughter|(?:son|daughter|brother|sister|mother|father)-in-law)[ \t]+\Z"
)


def _kin_labelled(text: str, m: regex.Match[str], start: int, words: list[str]) -> bool:
    """One capitalised word after a kin word at a line's start, before the colon: the relative's name whatever word it
    also is ('Daughter Else:', 'Son Will:', 'Sister Hope:'); not a form's label or a role ('Son Notes:')."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper() and len(words[0]) < 3:
        return False
    low = words[0].lower()
    if low in _LABEL_WORDS or low in _ROLE_LABELS or low in name_lexicon().edge_words or _RELATION_ONLY.fullmatch(low):
        return False
    return _KIN_BEFORE_LABEL.search(text, max(0, start - 20), start) is not None


# a role with the speaker's name in brackets at a line's start: 'Front desk (April): Hi, calling to confirm ...',
# 'Pharmacist (Dev Rao): the refill is ready'
_BRACKETED_SPEAKER = regex.compile(
    r"(?m)^[ \t>\-*•]*\p{L}[\p{L} \t]{1,24}\((\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+)?)\)[ \t]*:(?!//)"
)


def _bracketed_speakers(text: str) -> list[tuple[int, int]]:
    """The name in brackets after a role that labels a line, when it is a common given name or name-like words."""
    out = []
    for m in _BRACKETED_SPEAKER.finditer(text):
        words = m.group(1).split()
        if _given_not_role(words[0], month=True) and all(_name_like(w) or _given_not_role(w) for w in words[1:]):
            out.append(m.span(1))
    return out


def _chat_contact(word: str) -> bool:
    """A label in a chat copied with its times that is someone's given name, however rare ('Fern' 72 US holders,
    'Pilar'), and no relation, role, form word or abbreviation."""
    low, lex = word.lower(), name_lexicon()
    if low in lex.not_names or low in lex.edge_words or low in _LABEL_WORDS or low in abbreviations():
        return False
    return name_frequencies().given(low) > 0


_TIMED = regex.compile(r"\d:\d\d")
# a line's start that is only a bare time, with or without a weekday ('Wed 6:02 AM  ', '9:14 PM - '): a schedule's
# items stand there too, so its label must be a name; a bracketed or dated time ('[9:17 AM] ') is a chat's own
_BARE_TIME = regex.compile(
    r"[ \t>\-*•]*(?:\p{L}{3,5}\.?,?[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+(?:[\-–][ \t]+)?"
)


def _dialogue(text: str, matches: list[regex.Match[str]]) -> tuple[bool, bool]:
    """Whether the labels make a dialogue (two or more, at least half followed by speech: a form's lines hold
    values), and whether a month's name may then be a given name (not every label a month: not a schedule)."""
    speech = sum(1 for m in matches if _speech(text, m.end()))
    dialogue = len(matches) >= 2 and speech >= 1 and 2 * speech >= len(matches)
    return dialogue, dialogue and any(m.group(1).split()[0].lower() not in _MONTHS for m in matches)


def _inline_speaker(words: list[str], *, dialogue: bool, related: bool, opened: bool) -> bool:
    """A label in mid-line is a speaker only once a speaker opened a line of a dialogue (or after a relation), or as
    a relation with name-like words: 'Thanks. Note: ...', 'Old: PO Box 1. New: ...' are labels."""
    return ((dialogue or related) and opened) or (related and all(_name_like(w) for w in words))


def _label_words(m: regex.Match[str]) -> tuple[int, list[str], bool]:
    """Where the name of a label starts, its words, and whether a relation or a role came before it ('Daughter
    Maria:', 'Tante Ingrid:', 'Tech Anil:', 'Patient Wolfgang:': the name is what follows)."""
    start, words = m.start(1), m.group(1).split()
    label = m.group(0)[: m.end(1) - m.start(0)]  # without an emoji after the name ('Destiny 💕:')
    related = label.strip(" \t>-*•").lower() != m.group(1).lower()
    first = words[0].lower()
    if len(words) > 1 and (first in other_language_words() or first in abbreviations() or first in _ROLE_LABELS):
        start = m.start(1) + len(words[0]) + m.group(1)[len(words[0]) :].index(words[1])
        words, related = words[1:], True
    return start, words, related


def _not_a_speaker(words: list[str], months_too: bool) -> bool:
    """An abbreviation, however short ('Re:', 'Dx:', 'Fwd:'; 'June:' in a dialogue is a name), or the writer
    ('Me: it's Liam, your grandson', 'Us:')."""
    if all(w.lower() in name_lexicon().not_names and not _given_not_role(w, months_too) for w in words):
        return True
    return all(w.lower() in _PRONOUNS for w in words) or all(w.lower() in _ROLE_LABELS for w in words)


def _speaker_name(
    words: list[str], text: str, m: regex.Match[str], *, dialogue: bool, related: bool, months_too: bool
) -> bool:
    """Whether a label's words name a speaker: in capitals, each a given name where the message is a dialogue,
    follows a relation or is speech ('ROB:', 'WILL:'; never 'MRN:', 'CURP:', 'BILL: $40'), or no word at all before
    speech in a dialogue ('OKAFOR: I am at the pharmacy'); name-like words or a given
    name before a surname ('April Smith:'); a given name in a dialogue or speech ('Will:', 'Stella: you saved my
    life'); or, in a dialogue, after a relation or beside a name-like word, no plain English word."""
    spoken = _speech(text, m.end())
    heard = dialogue or related or spoken  # the label is someone speaking
    if any(w.isupper() for w in words):
        return heard and all(
            (_given_not_role(w, months_too) or (dialogue and (_surname_speaker(w) or (spoken and _no_word(w)))))
            if w.isupper()
            else _name_like(w)
            for w in words
        )
    longer = [w for w in words if len(w) > 2]  # 'To:' alone is no name-like label; 'Vũ:' is one
    short_name = not longer and not any(_plain_word(w) or w.lower() in _PARTICLES for w in words)  # not 'De:'
    if (longer and all(_name_like(w) for w in longer)) or short_name or _given_surname(words, spoken):
        return True
    if heard and all(_given_not_role(w, months_too) for w in words):
        return True
    return _named_in_dialogue(words, dialogue=dialogue, related=related)


def _no_word(word: str) -> bool:
    """A label of three letters or more that is no word of English or another language, no abbreviation and no form
    word: in a dialogue, before speech, a name ('OKAFOR: I am at the pharmacy', 'IFEOMA: Give them ...')."""
    low = word.lower()
    if len(low) < 3 or low in _LABEL_WORDS or low in name_lexicon().not_names or low in abbreviations():
        return False
    return low not in english_lexicon() and low not in other_language_words()


def _surname_speaker(word: str) -> bool:
    """In a dialogue typed with capital labels, a label that is a common surname or a given name of
    GIVEN_BEFORE_OWN_SURNAME_MIN US holders, and no relation, role or form word ('PARK:', 'LIBBY:'; not 'NOTE:')."""
    low, lex = word.lower(), name_lexicon()
    if low in lex.not_names or low in lex.edge_words or low in _LABEL_WORDS or low in STOP_WORDS:
        return False
    freq = name_frequencies()
    return freq.surname(low) >= LOWER_SURNAME_MIN or freq.given(low) >= GIVEN_BEFORE_OWN_SURNAME_MIN


def _named_in_dialogue(words: list[str], *, dialogue: bool, related: bool) -> bool:
    """In a dialogue, after a relation, or beside a name-like word: a label of no plain English word."""
    beside_a_name = len(words) > 1 and any(_name_like(w) for w in words)
    return (dialogue or related or beside_a_name) and not any(_plain_word(w) for w in words)


def _given_not_role(word: str, month: bool = False) -> bool:
    """A common given name that is no relation, role or form word ('Will' yes; 'Son', 'Nurse', 'Plan' no); a month
    that is a given name too only in a dialogue (`month`): 'June: me.' answers, 'June: refill due' is a schedule."""
    low, lex = word.lower(), name_lexicon()
    if month and low in lex.word_use.month:
        return name_frequencies().given(low) >= SPEAKER_GIVEN_MIN
    if low in lex.not_names or low in lex.edge_words or low in _LABEL_WORDS:
        return False
    return name_frequencies().given(low) >= SPEAKER_GIVEN_MIN


def _given_surname(words: list[str], speech: bool = False) -> bool:
    """Two label words, a common given name (months included) and a name-like surname ('April Smith:'); before
    speech, a given name of any count and a common surname that is also a word ('Will Brown: i'll drive her')."""
    if len(words) != 2 or words[1].lower() in _LABEL_WORDS or not _given_not_role(words[0], month=True):
        return False
    if speech and not _plain_word(words[1]) and name_frequencies().surname(words[1]) >= LOWER_SURNAME_MIN:
        return True
    return _name_like(words[1]) and name_frequencies().given(words[0]) >= GIVEN_BEFORE_SURNAME_MIN


_MONTHS = frozenset("january february march april may june july august september october november december".split())
# Roles written before a speaker's name ('Patient Wolfgang:', 'Nurse Kim:'); the name alone is the identifier
_ROLE_LABELS = frozenset(
    "patient pt nurse physio caller doctor dr resident client aide tech rn np therapist billing scheduling intake "
    # a portal's or a pharmacy's bot in a copied chat, an insurer's or a bank's representative ('Rep:', 'User:')
    "triage bot chatbot assistant agent operator rep representative user pharmacist dispatcher coordinator".split()
)


def _speech(text: str, start: int) -> bool:
    """The rest of a labelled line is a sentence (three words or more, one a stop word), not a form value
    ('Group: 88421', 'Subscriber: Dolores Whitaker'): 'Label: value' lines make a form, not a dialogue."""
    end = text.find("\n", start)
    words = _SPEECH_WORD.findall(text, start, end if end >= 0 else len(text))
    return len(words) >= 3 and any(w.lower() in STOP_WORDS for w in words)


_SPEECH_WORD = regex.compile(r"\p{L}[\p{L}'’]*")


def list_neighbours(text: str, people: list[tuple[int, int]], any_case: bool = False) -> list[tuple[int, int]]:
    """Names listed with a detected name: 'Ann, Joe and Reed'; with `any_case` (a message typed in lower case) a
    name-like word in lower case too ('ann, joe and reed')."""
    out: list[tuple[int, int]] = []
    frontier = list(people)
    seen = set(people)
    list_next, list_prev = (_LIST_NEXT_ANY, _LIST_PREV_ANY) if any_case else (_LIST_NEXT, _LIST_PREV)
    while frontier:
        start, end = frontier.pop()
        nxt = list_next.match(text, end)
        prev = list_prev.search(text[max(0, start - 80) : start])
        spans = []
        if nxt:
            spans.append(nxt.span(1))
        if prev:
            offset = max(0, start - 80)
            spans.append((prev.start(1) + offset, prev.end(1) + offset))
        for span in spans:
            words = text[span[0] : span[1]].split()
            given = len(words) == 1 and words[0][:1].isupper() and _given_not_role(words[0])  # 'Will & Bill'
            between = len(words) == 1 and _between_names(text, span, people, list_next, list_prev)
            if span not in seen and (given or between or all(_name_like(w) for w in words)):
                seen.add(span)
                out.append(span)
                frontier.append(span)
    return out


def _between_names(
    text: str,
    span: tuple[int, int],
    people: list[tuple[int, int]],
    list_next: regex.Pattern[str],
    list_prev: regex.Pattern[str],
) -> bool:
    """One word listed between two names found is a name too, also when it is a word elsewhere ('hiroshi, mei, auntie
    lorraine'; 'Sunita, Raj and Anika'), unless it is a stop word, a form label or a contraction."""
    word = text[span[0] : span[1]]
    if word.lower() in STOP_WORDS or word.lower() in _LABEL_WORDS or is_contraction(word):
        return False
    nxt = list_next.match(text, span[1])
    prev = list_prev.search(text[max(0, span[0] - 80) : span[0]])
    if nxt is None or prev is None:
        return False
    offset = max(0, span[0] - 80)
    after = _covered_by(nxt.span(1), people, text)
    before = _covered_by((prev.start(1) + offset, prev.end(1) + offset), people, text)
    return after and before


def _covered_by(span: tuple[int, int], people: list[tuple[int, int]], text: str) -> bool:
    """Some name found overlaps the listed item (its relation word aside: 'auntie lorraine')."""
    m = _NEXT_WORD.match(text, span[1])
    if m and text[span[0] : span[1]].lower() in _KIN_BEFORE_NAME:
        span = (span[0], m.end(1))
    return any(s < span[1] and span[0] < e for s, e in people)


_KIN_BEFORE_NAME = frozenset("aunt auntie aunty uncle cousin pastor deacon nana grandma grandpa sister brother".split())


_BIRTH_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}|"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
)
# a capitalised word right before its date of birth: 'Nia (DOB 7/22/2017)', 'Nia (11/19/2017)', 'Junior born 6/6/70'
_BEFORE_BIRTH_DATE = regex.compile(
    r"(?<![\w'’\-.@/#])(\p{Lu}\p{Ll}+|\p{Lu}{2,})(?:[ \t]*\([ \t]*(?:(?i:dob|d\.o\.b\.?|born|b\.)[ \t:.]*)?"
    rf"{_BIRTH_DATE}|,?[ \t]+(?i:born|b\.|dob:?)[ \t]+{_BIRTH_DATE})"
)


def names_before_birth_dates(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A capitalised word right before a date of birth (in brackets, or after 'born') is the person born then, when it
    is no relation, role, label or stop word, and no English word unless a given name of GIVEN_BEFORE_OWN_SURNAME_MIN
    US holders ('Nia (DOB 7/22/2017)', 'Junior born 6/6/70'; not 'Mom (DOB ...)', 'Patient born ...')."""
    out = []
    lex, freq = name_lexicon(), name_frequencies()
    for m in _BEFORE_BIRTH_DATE.finditer(text):
        start, end = m.span(1)
        low = m.group(1).lower()
        if any(s < end and start < e for s, e in protected) or low in _MONTHS or _not_named_by_birth(low, lex):
            continue
        if not english_lexicon().inflected(low) or freq.given(low) >= GIVEN_BEFORE_OWN_SURNAME_MIN:
            out.append((start, end))
    return out + _lower_names_before_birth_dates(text, protected) + _lower_name_before_birth_label(text, protected)


# one word in lower case right before 'dob' or 'birthday' and the date ('darnell dob 4/25/1962', 'mateo birthday 5/3')
_LOWER_BEFORE_BIRTH_LABEL = regex.compile(
    r"(?<![\w'’\-.@/#])(\p{Ll}[\p{Ll}'’\-]+)[ \t]+(?:dob|d\.o\.b\.?|birthday|bday|b-day)[ \t:]*(?:is[ \t]+)?"
    r"(?:\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?![\d/])|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2})"
)


def _lower_given(word: str) -> bool:
    """A word in lower case that is a common given name (SPEAKER_GIVEN_MIN US holders), or a given name of
    GIVEN_BEFORE_OWN_SURNAME_MIN that is no English word ('tammy', 'darnell')."""
    given = name_frequencies().given(word)
    return given >= SPEAKER_GIVEN_MIN or (given >= GIVEN_BEFORE_OWN_SURNAME_MIN and word not in english_lexicon())


def _lower_name_before_birth_label(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """That word is the person born then when it is a common given name or a given name that is no English word,
    and no relation, role, label, pronoun or stop word ('mom dob', 'his dob', 'pt dob' stay)."""
    out = []
    lex = name_lexicon()
    for m in _LOWER_BEFORE_BIRTH_LABEL.finditer(text):
        word = m.group(1)
        if _not_named_by_birth(word, lex) or _RELATION_WORD.fullmatch(word) or word in lex.not_names:
            continue
        if any(a < m.end(1) and m.start(1) < b for a, b in protected) or is_contraction(word):
            continue
        if _lower_given(word):
            out.append(m.span(1))
    return out


# one to three words typed in lower case right before a date of birth after a comma or 'born' ('its for grandpa otis
# bellweather, born may 2 1938', 'shes ester goldberg, born 1/3/1939')
_LOWER_BEFORE_BIRTH_DATE = regex.compile(
    r"(?<![\w'’\-.@/#])((?:\p{Ll}[\p{Ll}'’\-]+[ \t]+){0,2}\p{Ll}[\p{Ll}'’\-]+)"
    rf"(?:,[ \t]*(?:born|b\.|dob:?)|[ \t]+born)[ \t]+{_BIRTH_DATE}"
)


def _lower_names_before_birth_dates(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The person born then, in lower case: the words right before the date, back to the first that cannot be part
    of a name (a stop word, a relation, a role, a contraction: 'grandpa', 'shes'), when they end in a common surname
    or a word of no English and start with a given name of GIVEN_BEFORE_OWN_SURNAME_MIN US holders or a word of no
    English ('otis bellweather', 'ester goldberg'; not 'the patient', 'was born')."""
    out = []
    lex, freq = name_lexicon(), name_frequencies()
    for m in _LOWER_BEFORE_BIRTH_DATE.finditer(text):
        words = list(regex.finditer(r"\S+", m.group(1)))
        while words and (_not_named_by_birth(words[0].group(0), lex) or is_contraction(words[0].group(0))):
            words = words[1:]
        if len(words) < 2 or any(_not_named_by_birth(w.group(0), lex) or _plain_word(w.group(0)) for w in words):
            continue  # one lower-case word alone is too weak ('she was born', 'baby born 1/3/2020')
        first, last = words[0].group(0), words[-1].group(0)
        english = english_lexicon().inflected
        if not (freq.given(first) >= GIVEN_BEFORE_OWN_SURNAME_MIN or not english(first)):
            continue
        if not (freq.surname(last) >= 1000 or not english(last)):
            continue
        start, end = m.start(1) + words[0].start(), m.start(1) + words[-1].end()
        if not any(s < end and start < e for s, e in protected):
            out.append((start, end))
    return out


# a note's patient by the shapes clinicians write: a name right before the age and sex ('gülay pisacane 35M', 'Horace
# Bell 90M', 'Evelyn Marsh, 88F', 'ed young 72 yo m') or in lower case right after 'pt' ('pt ulla rivers at home')
_BEFORE_AGE_SEX = regex.compile(
    r"(?<![\w'’\-.@/#])((?:\p{L}[\p{L}'’\-]+,?[ \t]+){0,2}\p{L}[\p{L}'’\-]+),?[ \t]+\d{1,3}[ \t]?"
    r"(?:(?i:y/?o|yrs?|-year-old)[ \t]?)?(?i:[mf]|male|female)(?![\w])"
)
# and a name right before its date of birth in any case ('FOR DOLORES PARK DOB 07/22/1950', 'Raven Stone, DOB: 10-9-27')
_BEFORE_DOB = regex.compile(
    r"(?<![\w'’\-.@/#])((?:\p{L}[\p{L}'’\-]+[ \t]+){0,2}\p{L}[\p{L}'’\-]+),?[ \t]+\(?[ \t]*"
    rf"(?i:dob|d\.o\.b\.?|born|b\.)[ \t:.]*{_BIRTH_DATE}"
)
_NUMBER_NEXT = regex.compile(r"[ \t,]+\(?#?\d")
_AFTER_PT = regex.compile(r"(?<![\w])(?:pt|patient)[ \t:]+(\p{Ll}[\p{Ll}'’\-]+[ \t]+\p{Ll}[\p{Ll}'’\-]+)(?![\w])")


def noted_patients(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The patient a note names by its age and sex or its date of birth after the name, or after 'pt' in lower case in
    a note written with capitals: the words back to the first that cannot be a name, at least two, the first a given
    name of GIVEN_BEFORE_OWN_SURNAME_MIN US holders or no English word, the last a surname of 1,000 or no English word;
    no label, abbreviation or clinical word ('Pt 78F', 'CHF 78F' stay)."""
    lex, freq, english = name_lexicon(), name_frequencies(), english_lexicon().inflected
    spans = [(m, 1) for m in _BEFORE_AGE_SEX.finditer(text)] + [(m, 1) for m in _BEFORE_DOB.finditer(text)]
    if _mixed_case(text) and not typed_lower(text):  # 'the pt guy' in a message typed in lower case is a therapist
        spans += [(m, 1) for m in _AFTER_PT.finditer(text)]
    else:  # there, a date or a number right after says a patient: 'pt adrian hunt 6.16.45 k3185351'
        spans += [(m, 1) for m in _AFTER_PT.finditer(text) if _NUMBER_NEXT.match(text, m.end())]
    out = []
    for m, group in spans:
        words = list(regex.finditer(r"[^\s,]+", m.group(group)))
        while words and _not_patient_word(words[0].group(0), lex):
            words = words[1:]
        if len(words) < 2 or any(_not_patient_word(w.group(0), lex) or _plain_word(w.group(0)) for w in words):
            continue
        first, last = words[0].group(0).lower(), words[-1].group(0).lower()
        if "," in m.group(group)[words[0].start() : words[-1].end()]:  # surname first: 'pt okonkwo, adaeze 34F'
            if len(words) != 2:
                continue  # 'Seen 3 days ago, CHF 78F': a sentence's words before a comma
            first, last = last, first
        if not (freq.given(first) >= GIVEN_BEFORE_OWN_SURNAME_MIN or not english(first)):
            continue
        if not (freq.surname(last) >= 1000 or not english(last)):
            continue
        start, end = m.start(group) + words[0].start(), m.start(group) + words[-1].end()
        if not any(s < end and start < e for s, e in protected):
            out.append((start, end))
    return out


# the name a pharmacy's or a clinic's text prints in capitals after what it is for, in a message that is not typed in
# capitals: 'Rx for MARGARET O ready', 'Your prescription for PATRICK O'CONNELL (sertraline 50mg)', 'Rx for H. MCCRAY'
_PRINTED_FOR = regex.compile(
    r"(?<![\p{L}])(?i:rx|prescriptions?|refills?|orders?|medications?|meds|appointment|appt)[ \t]+(?i:for)[ \t]+"
    r"((?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{Lu}'’\-]+(?:[ \t]+(?:\p{Lu}[\p{Lu}'’\-]+|\p{Lu}\.?(?![\p{L}]))){0,2})"
    r"(?![\p{L}\d'’])"
)


def printed_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name printed in capitals after 'Rx for' and the like in a message written in mixed case: its first word a
    given name of RECORD_GIVEN_MIN+ US holders or no English word; no relation, label or clinical word."""
    if not _mixed_case(text):
        return []
    freq, lex = name_frequencies(), english_lexicon()
    out = []
    for m in _PRINTED_FOR.finditer(text):
        words = [w.strip(".") for w in m.group(1).split()]
        full = [w.lower() for w in words if len(w) > 1]
        if not full or any(w in STOP_WORDS or w in _LABEL_WORDS or _RELATION_ONLY.fullmatch(w) for w in full):
            continue
        if any(w in abbreviations() or not regex.search(r"[aeiouy]", w) for w in full):
            continue  # 'orders for CXR (mobile)': an abbreviation, a word with no vowel
        if freq.given(full[0]) < RECORD_GIVEN_MIN and full[0] in lex:
            continue
        start, end = m.span(1)
        if not any(s < end and start < e for s, e in protected):
            out.append((start, end))
    return out


def _not_patient_word(word: str, lex: NameLexicon) -> bool:
    low = word.lower().strip(".,:;")
    return (
        not low
        or _not_named_by_birth(low, lex)
        or low in abbreviations()
        or low in lex.not_names
        or low in {"pt", "note", "soap", "visit", "seen", "consult", "eval", "dx", "hx"}
        or low in _person_next()  # 'the pt guy said'
        or any(c.isdigit() for c in low)
    )


def is_relation_word(low: str) -> bool:
    """A relation, role or label word, or another word no list of names holds: 'mom', 'pops', 'aide', 'self'."""
    from .span_filter import cue_words  # noqa: PLC0415 - the span filter imports this module

    return _not_named_by_birth(low, name_lexicon()) or low in cue_words()


def _not_named_by_birth(low: str, lex: NameLexicon) -> bool:
    """Words that come before a date of birth without being a name: relations, roles, form labels, stop words."""
    return (
        low in STOP_WORDS
        or low in _LABEL_WORDS
        or low in _ROLE_LABELS
        or low in lex.edge_words
        or _RELATION_ONLY.fullmatch(low) is not None
        or low in {"child", "children", "baby", "member", "insured", "subscriber", "dependent", "spouse", "self"}
    )


_RELATION_ONLY = regex.compile(rf"(?i:{_RELATION}|mama|papa|nana|nan|gran|granny|grandpa|pop|pops|kid|kids|twin)s?")


# a line of a roster: a first word, a nickname in brackets, then a dash or '&' and what it is about ('Hope – lasagna',
# 'Lily - 04/22/2015', 'Ada (Adaeze) – 240 555 0133', 'Deb & Stan Polanski'); a colon makes a form's label instead
_ROSTER_LINE = regex.compile(
    r"(?m)^[ \t]*(?:[-•*·]|\d{1,2}[.)])?[ \t]*(\p{L}[\p{Ll}'’\-]+)((?:[ \t]+(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.)){0,2})"
    r"(?:[ \t]+\([^()\n]{1,30}\))?(?:[ \t]*[–—\-&][ \t]*\S|[ \t]+[(+]?\d)"  # 'Hope – lasagna', 'Bob 11/3'
)  # 'Taylor O. Martinez - Sunday' above 'gina - maybe Saturday': a first word in lower case only when no English word


def roster_names(text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other first words of a roster whose lines start with a found name: common given names ('Kids'
    birthdays:' / 'Lily - 04/22/2015' / 'Harper Rose - Jan 30, 2018'; 'Who brings what:' / 'Hope – lasagna' / 'Reed &
    Faith – salad'; a number right after the name: 'Skylar 651-555-0142' / 'Hunter 651-555-0136', 'Bob 11/3'), never
    relation, role or form words ('Me – pills', 'Mom - 555-0100'); and the same for a schedule whose lines give a found
    name after their label ('- Mon: Ann' / '- Tue: Joe' / '- Wed: Reed + pick up Lasix')."""
    out: list[tuple[int, int]] = []
    for shape in (_ROSTER_LINE, _SCHEDULE_LINE):
        lines = list(shape.finditer(text))
        if len(lines) < _ROSTER_MIN or not any(any(s <= m.start(1) < e for s, e in people) for m in lines):
            continue
        out += [
            (start, end)
            for start, end in (m.span(1) for m in lines if not m.group(2))  # one word: 'Harper Rose' is found already
            if not any(s <= start < e for s, e in people)
            and not any(s < end and start < e for s, e in protected)
            and (_given_not_role(text[start:end]) or (shape is _ROSTER_LINE and _roster_word(text[start:end])))
            and (text[start].isupper() or not english_lexicon().inflected(text[start:end]))
        ]
    return out + _day_rota(text, people, protected)


# a week's rota with a name after each day, in any case: 'mon - ann' / 'tue - joe' / 'wed - reed' / 'thu - ann again'
_DAY = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\.?"
_DAY_LINE = regex.compile(
    rf"(?mi)^[ \t]*(?:[-•*·][ \t]*)?{_DAY}(?:[ \t]*[/&+][ \t]*{_DAY})*[ \t]*[:\-–—][ \t]*(\p{{L}}[\p{{L}}'’\-]+)"
    r"(?=[ \t]*(?:again\b|\(|[,.!+&]|$))"
)


def _day_rota(text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a rota whose days each give one person, when two of its lines or more give a common given name
    ('mon - ann', 'tue - joe'; not 'mon - gym', 'tue - rest'): then the other lines' rare names too ('wed - reed')."""
    lines = [m for m in _DAY_LINE.finditer(text) if not any(s <= m.start(1) < e for s, e in people)]
    given = [m for m in lines if _given_not_role(m.group(1))]
    if len(given) < _ROSTER_MIN or len(given) * 2 < len(lines):
        return []
    return [
        m.span(1)
        for m in lines
        if (_given_not_role(m.group(1)) or _roster_word(m.group(1)))
        and not any(s < m.end(1) and m.start(1) < e for s, e in protected)
    ]


def _roster_word(word: str) -> bool:
    """Beside found names, a roster's first word of a rare given name or of no English word ('Dev — rides', 'Coy
    (lawn) 270-...'), never a day ('Thu – Ann'), a relation, role or form word. Not a schedule's or a form's value
    after a label ('Terapia: Cardioaspirina 100 mg' is a medicine)."""
    from .dates import CALENDAR_WORDS  # dates imports textutil only

    return word.lower() not in CALENDAR_WORDS and _speaker_word(word, related=False)


# a schedule's line: a short label (a day, a time, a shift) and a colon, then a name alone or before a bracket, a
# plus, a dash, a comma or a number ('- Wed: Reed + pick up Lasix', 'Thu-Sun: Reed', '3pm: Joy (dialysis ride)')
_SCHEDULE_LINE = regex.compile(
    r"(?m)^[ \t]*(?:[-•*·]|\d{1,2}[.)])?[ \t]*[\p{L}\d][\p{L}\d/ \t\-–]{0,14}:[ \t]*(\p{Lu}[\p{Ll}'’\-]+)"
    r"((?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){0,2})(?=[ \t]*(?:$|[(+–—\-&,]|\d))"
)


_ROSTER_MIN = 2  # lines of that shape in the message


# A Korean given name romanised as two syllables joined by a hyphen ('Ji-woo', 'SOON-JA', 'sun-hee'), with the
# surname written after it in the same case ('Sun-hee Park', 'ji-young lee's'): both syllables are ones Korean given
# names are made of, and different ('so-so', 'ha-ha' are words).
_SYLLABLE_SET = frozenset(
    "ji min seo soo su hye eun yeon jae jun joon young yong sung seung hyun hyeon kyung jung jeong sang dong hee mi "
    "myung woo won chul ho tae kwang sun soon ok ja na da ye yu yoo yun bo chae gyu hae hwa hyo jin ju kyu nam "
    "seon shin sook suk wan wook yeong yeol yoon hoon bin cheol geun gyeong hyuk jong hun sik taek yeon ah rim "
    "ran hyang kyoung myeong sub seob beom bum hwan chan gun rae".split()
)
_SYLLABLE_NAME = regex.compile(
    r"(?<![\p{L}\-'’])(\p{L}{1,6})-(\p{L}{1,6})(?![\p{L}\-])(?:[ \t]+(\p{L}[\p{L}'’]*?)(?=['’]s\b|[^\p{L}'’]|\Z))?"
)


def syllable_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Hyphenated Korean given names, with a surname of 1,000+ US holders or one syllable long after them."""
    out = []
    for m in _SYLLABLE_NAME.finditer(text):
        first, second = m.group(1), m.group(2)
        low1, low2 = first.lower(), second.lower()
        if low1 == low2 or low1 not in _SYLLABLE_SET or low2 not in _SYLLABLE_SET:
            continue
        if not (first.isupper() == second.isupper() or (first[:1].isupper() and second.islower())):
            continue
        end = m.end(2)
        surname = m.group(3)
        if surname and _same_case(first, surname) and _surname_after_syllables(surname.lower()):
            end = m.end(3)
        if not any(s < end and m.start() < e for s, e in protected):
            out.append((m.start(), end))
    return out


def _same_case(given: str, surname: str) -> bool:
    return given.isupper() == surname.isupper() and given[:1].isupper() == surname[:1].isupper()


def _surname_after_syllables(low: str) -> bool:
    from .dates import CALENDAR_WORDS  # dates imports textutil only

    if low in STOP_WORDS or low in CALENDAR_WORDS:
        return False  # 'Min-jun Mon, Ivonne Tue/Wed': a rota's day
    return name_frequencies().surname(low) >= 1_000 or low in _SYLLABLE_SET


def nonlatin_names(text: str) -> list[tuple[int, int]]:
    """Runs of letters in a non-Latin script: in an English health chat, names and places. A run is cut at the
    function words of its language ('είμαι η', 'की', 'и'): they are never part of a name."""
    stop = name_lexicon().not_names
    cased = is_cased(text)
    out: list[tuple[int, int]] = []
    for m in _NONLATIN.finditer(text):
        piece: list[tuple[int, int]] = []
        # 'Адрес:', '주소:', 'العنوان:' mid-line: a form label (a speaker label starts its line); a name before the
        # label in the same run stays one ('아버지 김영호 씨 주소:')
        label = _inline_label(text, m.start(), m.end())
        found = len(out)
        for start, end, cut in nonlatin_units(text, m.start(), m.end(), stop, cased):
            if cut:
                out += [(piece[0][0], piece[-1][1])] if piece else []
                piece = []
            else:
                piece.append((start, end))
        out += [(piece[0][0], piece[-1][1])] if piece else []
        if label and len(out) > found and out[-1][1] == m.end():
            out.pop()
    return out


def nonlatin_units(
    text: str, start: int, end: int, stop: frozenset[str], cased: bool
) -> Iterator[tuple[int, int, bool]]:
    """(start, end, cut) for the words of a run of another script, in order: a word is cut when it is a function,
    kinship, form, clinical or everyday word of its language, a Korean word with its particle or a verb with its
    ending, or (where the writer uses capitals) a lower-case Cyrillic or Greek word away from digits; a word of
    Chinese or Japanese is cut inside (`cjk_units`)."""
    for w in _SPACED_WORD.finditer(text, start, end):
        word = w.group()
        if _CJK_WORD.fullmatch(word):  # no spaces between its words: cut at the words the lexicon knows
            yield from ((w.start() + a, w.start() + b, cut) for a, b, cut in cjk_units(word))
            continue
        abbreviation = (  # 'д. Завьялиха', 'ул. Ленина': a place word; '안녕하세요.' ends a sentence
            text[w.end() : w.end() + 1] == "." and len(word) <= 4 and _CASED_SCRIPT.match(word) is not None
        )
        lower_cased = (
            cased
            and word[:1].islower()
            and len(word) > 3
            and _CASED_SCRIPT.match(word) is not None
            and not _near_digit(text, w.start(), w.end())  # 'улица Ленина, 5': an address word
        )
        yield (*w.span(), not abbreviation and (lower_cased or word.lower() in stop or _korean_non_name(word, stop)))


def is_cased(text: str) -> bool:
    """The writer uses capitals in Cyrillic or Greek (so a lower-case word of theirs is no name)."""
    return _CASED_CAPITAL.search(text) is not None


_SPACED_WORD = regex.compile(r"[^ \t]+")
# Chinese and Japanese write a sentence without spaces ('母の高血圧の薬がなくなりました', '王秀英奶奶的血压又高了'):
# such a word is cut at the words of the lexicon (kinship, form, clinical and everyday words, multi-character
# function words, a few grammatical characters of Chinese); between them, a stretch of hiragana alone is grammar
# (particles and verb endings: 'の', 'がなくなりました') and is cut too. What is left is a name or a place, or a
# word the lexicon does not know, which the span filter weighs as before. A word with no lexicon word in it is left
# whole ('さゆり', a given name in hiragana).
_CJK_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}・ー]+")
_HONORIFICS_JA = r"(?:さん|ちゃん|くん|さま|様|殿|氏)"
_CJK_HONORIFIC = regex.compile(_HONORIFICS_JA)
# the middle of a stretch: from its first kanji or katakana to its last, with an honorific after it
_INNER = regex.compile(
    rf"[\p{{Han}}\p{{Katakana}}](?:[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}ー・]*[\p{{Han}}\p{{Katakana}}])?{_HONORIFICS_JA}?"
)
# grammatical characters of Chinese that are no part of a name (particles, pronouns, 'again', 'very'); characters
# that also write given names or surnames ('也' in 和也, '都', '会', '要', '在', '和') are left out
_CJK_FUNCTION_CHARACTERS = frozenset("的了吗呢吧啊呀是又就还很我你他她它们这说把被给让着过没不哦嗯")


@lru_cache(maxsize=1)
def _cjk_lexicon() -> tuple[frozenset[str], int]:
    """The lexicon's words written in Han or kana, and the longest one's length; one character is a word only where
    the hand-kept lists say so ('母', '娘'), never from the derived stop lists (their '于', '何' are surnames too)."""
    words = {w for w in name_lexicon().not_names if _CJK_WORD.fullmatch(w) and len(w) > 1}
    # one character from the hand-kept list only: the drafted list's '水', '也' write names too ('清水', '和也')
    words |= {w for w in hand_kept_other_language_words() if _CJK_WORD.fullmatch(w)} | _CJK_FUNCTION_CHARACTERS
    return frozenset(words), max(len(w) for w in words)


def cjk_units(word: str) -> list[tuple[int, int, bool]]:
    """(start, end, cut) pieces of a word of Chinese or Japanese, in order: lexicon words (longest first) are cut,
    an honorific stays with the name before it ('田中さん'), and a stretch between cuts that is only hiragana is cut."""
    words, longest = _cjk_lexicon()
    units: list[tuple[int, int, bool]] = []
    rest = 0  # start of the stretch not yet placed
    i = 0

    def close(end: int) -> None:  # a stretch: its hiragana edges are particles ('の高血圧の薬が'), its middle kept
        middle = _INNER.search(word, rest, end)
        if middle is None:
            units.append((rest, end, True)) if end > rest else None
            return
        for a, b, cut in ((rest, middle.start(), True), (*middle.span(), False), (middle.end(), end, True)):
            units.append((a, b, cut)) if b > a else None

    while i < len(word):
        honorific = _CJK_HONORIFIC.match(word, i)
        if honorific is not None and i > rest:  # '田中さん', '山本様': the honorific stays with the name
            i = honorific.end()
            continue
        end = next((j for j in range(min(len(word), i + longest), i, -1) if word[i:j] in words), None)
        if end is None:
            i += 1
            continue
        close(i)
        units.append((i, end, True))
        rest = i = end
    if rest == 0:
        return [(0, len(word), False)]
    close(len(word))
    return units


# Korean writes a case or topic particle onto the word before it ('어머니는', '주소는', '할아버지가'), and a
# sentence ends in a verb's ending ('주세요', '괜찮아요', '갔어요', '감사합니다'). A copula may end a name's word
# ('박서준입니다', '최유진이에요'), so it is no verb's ending here.
_KOREAN_PARTICLE = regex.compile(r"(?:은|는|이|가|을|를|의|에|에게|께|도|이고|에서|으로|로|와|과|랑)[.,!?。]*\Z")
_KOREAN_VERB_END = regex.compile(
    r"(?:세요|어요|아요|해요|워요|대요|습니다|십니다|합니다|됩니다|었어|았어|했어|어|됨)[.,!?。]*\Z"
)
_KOREAN_COPULA = regex.compile(r"(?:입니다|이에요|예요|이야|이다)[.,!?。]*\Z")
_HANGUL_WORD = regex.compile(r"\p{Hangul}+[.,!?。]*")


def _korean_non_name(word: str, stop: frozenset[str]) -> bool:
    """A Korean word that is a listed word with its particle or a verb with its ending: never part of a name; a
    name with a particle ('박서준은') or a copula ('박서준입니다') stays one."""
    if _HANGUL_WORD.fullmatch(word) is None:
        return False
    if _KOREAN_VERB_END.search(word) and not _KOREAN_COPULA.search(word):
        return True
    m = _KOREAN_PARTICLE.search(word)
    return m is not None and word[: m.start()] in stop


# Cyrillic and Greek write every name with a capital: where the writer uses capitals in them, a word that starts in
# lower case ('дочь', 'пациента', 'κόρη') is no name; a short one may be a place word's abbreviation ('клх', 'ул').
_CASED_SCRIPT = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_CASED_CAPITAL = regex.compile(r"(?=\p{Lu})[\p{Cyrillic}\p{Greek}]")
_LABEL_COLON = regex.compile(r"[ \t]*[:：]")
_AFTER_SENTENCE = regex.compile(r"[.!?。！？।][ \t]*\Z")
_DIGIT_NEAR = 25  # characters either side of a lower-case word in which a digit makes it part of an address


def _inline_label(text: str, start: int, end: int) -> bool:
    """A run that opens a sentence inside a line and ends at a colon: a field label of a form written in prose
    ('... 。住所：', '. Адрес:'). A run at a line start is a speaker; one after a relation word is a name."""
    return (
        _LABEL_COLON.match(text, end) is not None and _AFTER_SENTENCE.search(text, max(0, start - 5), start) is not None
    )


def _near_digit(text: str, start: int, end: int) -> bool:
    """A digit near the word in its own sentence ('улица Садовая, дом 7'; not the phone number of the sentence
    before: '... 345-67-80. Он принимает')."""
    before = text[max(0, start - _DIGIT_NEAR) : start]
    after = text[end : end + _DIGIT_NEAR]
    before = _SENTENCE_BREAK.split(before)[-1]
    after = _SENTENCE_BREAK.split(after)[0]
    return any(c.isdigit() for c in before + text[start:end] + after)


_SENTENCE_BREAK = regex.compile(r"[.!?。！？][ \t]+|\n")


# Particles inside a name: "Shona Ó Conalláin", "Ana de la Cruz", "Ahmad bin Ali", "Pieter van Dijk".
_PARTICLES = frozenset(
    "o ó ní ni nic mac mc de da do dos das del dela della delos di du la le van von der den ter bin binti ibn al el "
    "ben bat y e".split()
)
# Nouns that turn a surname into an organisation or a place ('Smith Cardiology', 'Baker Street'): a name stops there.
# the words before 'at' that take a person after it, a verb or an adjective of looking, calling or feeling ('yelled at
# Rosa', 'mad at Kevin'); after any other word 'at' names where someone is (a hospital, a shop, a town)
AT_PERSON_WORDS = frozenset(
    "look looks looked looking stare stared staring glance glanced glancing yell yells yelled yelling shout shouted "
    "shouting scream screamed screaming snap snapped snapping smile smiled smiling laugh laughed laughing wave waved "
    "waving point pointed pointing swing swung swore aimed grab grabbed lash lashed mad angry upset furious cross "
    "annoyed good bad".split()
)
ORG_WORDS = frozenset(
    "clinic clinics hospital hospitals center centre pharmacy health healthcare care group associates medical "
    "cardiology oncology neurology pediatrics dermatology orthopedics practice institute foundation university "
    "college school church home homes house hall street st avenue ave road rd drive dr lane ln boulevard blvd county "
    "city park memorial regional general labs lab inc llc co company services dental rehab hospice manor village "
    "gardens towers tower place court power energy electric utilities bank store market".split()
)
_NEXT_WORD = regex.compile(r"[ \t]+((?:\p{Lu}['’]?)?\p{L}[\p{L}'’\-]*)")
_PREV_WORD = regex.compile(r"((?:\p{Lu}['’]?)?\p{L}[\p{L}'’\-]*)[ \t]+$")
# what may stand between a sentence boundary and its first word: spaces, quotes, brackets, markdown marks,
# bullets and list numbers ('## Safety', '- **Avoid**', '1. Wash')
_SENTENCE_START = regex.compile(r"(?:\A|[.!?:;\n])(?:[\s\"“'‘(\[*_#>•+\-]|\d{1,2}[.)])*\Z")
_TITLE_WORD = regex.compile(r"(?<![\w'’\-.@/#])(\p{Lu}\p{Ll}+(?:['’\-]\p{Lu}?\p{Ll}+)*)(?![\w@/])")


def _plain_word(word: str) -> bool:
    """Words that never continue a name: stop words, relation/verb edges, labels, months, contractions."""
    low = word.lower().strip(".'’")
    lex = name_lexicon()
    return (
        low in STOP_WORDS
        or low in lex.not_names
        or low in lex.edge_words
        or low in _LABEL_WORDS
        or is_contraction(word)
        or low.endswith(("'s", "’s"))
    )


SPEAKER_GIVEN_MIN = 100  # US holders as a given name: 'Will' 116, 'June' and 'May' more; 'Note', 'Re' none
LOWER_SURNAME_MIN = 50_000  # US holders: 'Brown' 1.4M, 'Hill' 434,827, 'Park' 106,696; 'Still' 12,354, 'Fine' 11,618
# US holders as a given name: 'Hector' 1,110, 'Penelope' 259, 'Hope' 296; not 'Will' 116, 'August' 132. Checked before
# the English-word test: a given name that is also a word ('Penelope', a bird's genus) is a name before a surname.
GIVEN_BEFORE_SURNAME_MIN = 200


def _lower_surname(text: str, word: str, name: str = "") -> bool:
    """A common surname after a detected common given name, in lower case: in a message typed wholly in lower case,
    or after a given name the writer typed in lower case too ('joe park called ... 3HG7-QK2'); a surname joined by an
    apostrophe or a hyphen counts by its pieces ("edith o'connell", 'lucinda beaumont-hale')."""
    if not word.islower() or _plain_word(word):
        return False
    if any(c.isupper() for c in text) and not name.islower():
        return False
    freq = name_frequencies()
    if freq.surname(word) >= LOWER_SURNAME_MIN:
        return True
    if len(word) > 2 and freq.surname(word) >= 1000 and typed_lower(text):
        if _noun_or_no_word(word):
            return True  # 'darlene pike', 'kamala devi', 'delores whitehorse' (not 'darlene rose')
        # after a given name that is no word itself any common surname but what a person does ('carol ames', 'lorna
        # grey', 'kelsey noble at'; not 'michael said', 'jessica fell', 'heather rose')
        if not _unambiguous_given(name) or word in _person_next() or word.endswith(("ed", "ing")):
            return False
        return _boundary_after(text, word)  # the name ends there: 'lorna grey.', 'kelsey noble at'; not 'ty new #'
    pieces = [p for p in _SURNAME_BREAK.split(word) if p]
    joined = word.replace("'", "").replace("’", "")
    if _SURNAME_BREAK.search(word) and word[:2] in {"o'", "o’"}:
        return freq.surname(joined) >= 1000  # "o'connell" is 'oconnell' in the census
    return len(pieces) > 1 and all(freq.surname(p) >= 1000 for p in pieces)


_SURNAME_BREAK = regex.compile(r"['’\-]")


def _boundary_after(text: str, word: str) -> bool:
    """Every place `word` stands in the text is followed by the end, a punctuation mark other than '#', a stop word
    or a label ('re', 'dob'): what ends a name, not a noun the word describes."""
    for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(word)}(?![\p{{L}}])", text):
        after = _AFTER_NAME.match(text, m.end())
        follower = (after.group(1) or "").lower() if after is not None else None
        if follower is None or (
            follower and not (follower in STOP_WORDS or follower in _LABEL_WORDS or follower in abbreviations())
        ):
            return False
        if not after.group(1) and text[m.end() :].lstrip(" \t")[:1] == "#":
            return False
    return True


def _unambiguous_given(name: str, minimum: int = SPEAKER_GIVEN_MIN) -> bool:
    """A given name of `minimum` holders that is no word too ('kelsey' 149; 'heather' is a plant)."""
    low = name.lower()
    return bool(low) and name_frequencies().given(low) >= minimum and not name_lexicon().is_ambiguous(low.title())


def _noun_or_no_word(word: str) -> bool:
    """No English word, or a noun that is no verb or adjective: a surname's reading in lower-case text ('pike',
    'devi'; not 'rose', 'will', 'young', what a person does next)."""
    low = word.lower()
    lex = english_lexicon()
    return low not in lex or lex.noun_only(low)


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # a generation after a name is part of it
_AFTER_INITIAL_NOT = frozenset("the and for but not you she her his him they them this that with from".split())
_INITIAL_END = regex.compile(r"(?<=[ \t])\p{Lu}\Z")


def continue_names(
    text: str,
    people: list[tuple[int, int]],
    protected: list[tuple[int, int]],
    stop: frozenset[str] = frozenset(),
    back: bool = True,
) -> list[tuple[int, int]]:
    """A detected name takes the capitalised word after it ('Adaeze' + 'Obi'), across name particles ('Ó'), never a
    word of `stop` (what a person does next: 'JUNE BROUGHT'); and, when `back`, the given name before it."""
    out = []
    for start, end in people:
        new_end = _extend_forward(text, start, end, protected, stop)
        new_start = _extend_back(text, start, end, protected) if back else start
        if new_end > end or new_start < start:
            out.append((new_start, new_end))
    return out


_MIDDLE = regex.compile(r"[ \t]+(\p{L}[\p{L}'’\-]*)[ \t]+\Z")
MIDDLE_GIVEN_MIN = 100  # US holders as a given name: 'Mae' 119, 'Ann', 'Lou', 'Jo'


def middle_names(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One word between two parts of a name, written as they are and a given name, is a middle name ('EULA MAE
    PRUITT', 'Bobbie Jo Tate'), whatever else it is (the Portuguese 'mãe' without its accent; 'Jo')."""
    out = []
    spans = sorted(set(people))
    for (a, b), (c, d) in itertools.pairwise(spans):
        m = _MIDDLE.match(text[b:c])
        if m is None or b >= c:
            continue
        word, before, after = m.group(1), text[a:b], text[c:d]
        same_case = word.isupper() == before.isupper() == after.isupper() and word[:1].isupper()
        if same_case and word.lower() not in STOP_WORDS and name_frequencies().given(word) >= MIDDLE_GIVEN_MIN:
            out.append((a, d))
    return out


# a name written surname first in a record's way, in capitals or with capitals: 'KING, ROSE J', 'AGBAYANI, ARNEL E',
# 'Brennan, Faith A.': the surname, a comma, one or two given names and a middle initial. The initial is what says a
# record's name: without it 'Ann, Joe' is a list of two people, each its own placeholder.
_CAPS_PART = r"\p{Lu}[\p{Lu}'’\-]+"
_TITLE_PART = r"\p{Lu}\p{Ll}[\p{Ll}'’\-]*(?:[\-'’]\p{Lu}\p{Ll}+)?"
_SURNAME_FIRST = regex.compile(
    rf"(?<![\p{{L}}\d'’\-])(?:{_CAPS_PART}(?:[ \t]+{_CAPS_PART})?,[ \t]*{_CAPS_PART}(?:[ \t]+{_CAPS_PART})?"
    rf"|{_TITLE_PART}(?:[ \t]+{_TITLE_PART})?,[ \t]*{_TITLE_PART}(?:[ \t]+{_TITLE_PART})?)"
    rf"[ \t]+\p{{Lu}}\.?(?![\p{{L}}\d\-]|['’](?![sS]\b))"
)
SURNAME_FIRST_GIVEN_MIN = 100  # US holders: an English word after the comma counts as a given name from here up


def surname_first_names(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The whole of a name written surname first with its middle initial ('KING, ROSE J', 'Agbayani, Arnel E.') when a
    found name starts at its surname or lies inside it: the given names after the comma and the initial go with it.
    Each given name must be a listed given name or no English word, and a found name starting before the surname
    means the comma ends that name instead ('GRACE FOX, MAYO C'). In a message not typed in capitals the shape alone
    is enough when `_record_name` holds ('and JOHNSON, JEFFREY S from next door came over': no other name found)."""
    out = []
    freq = name_frequencies()
    lex = english_lexicon()
    for m in _SURNAME_FIRST.finditer(text, overlapped=True):  # "PATIENT KING, ROSE J": from "KING" too
        start, end = m.span()
        if any(s < start < e for s, e in people):
            continue
        surname, given = text[start:end].split(",", 1)
        words = [w.strip(".").lower() for w in given.split()]
        names = [w for w in words if len(w) > 1]
        surnames = surname.lower().split()
        if not names or any(w in STOP_WORDS or w in _LABEL_WORDS for w in names + surnames):
            continue
        record = _record_name(text, surnames, names)
        if not record and not any(s >= start and s < end for s, _ in people):
            continue
        if record or all(freq.given(w) >= SURNAME_FIRST_GIVEN_MIN or w not in lex for w in names):
            out.append((start, end))
    return out


# an initial with no stop, before a roster's next column ('REED, S | 0295...', 'COLLIN, T, 0565...', 'ROSS, T - 44...')
# (not a note's 'RA, T 97.9': a short word, and a reading one space after the letter)
_BARE_INITIAL = r"\p{Lu}(?=[ \t]*(?:[,\-–—|\t\n]|$)|[ \t]{2,}\d)"
# a record's name with no middle initial: the surname in capitals before a given name that is not ('Handoff CROSS,
# Tanya (rm 427)', '- GRAVES, Sunny 1-823-...'), or either case before what a record prints next: a bracket, a date,
# a number, a label ('Powell, Daniel (rm 252)', 'KLINE, JUDITH 04/02/1949', 'Burke, T. (02/11/1950)', 'PAGE, Justin,
# SSN ...'); 'Ann, Joe and Reed' is a list, 'Rome, Italy (2019)' a place
_RECORD_NAME = regex.compile(
    rf"(?<![\p{{L}}\d'’\-])({_CAPS_PART}|{_TITLE_PART}),[ \t]*({_CAPS_PART}|{_TITLE_PART}|\p{{Lu}}\.|{_BARE_INITIAL})"
    rf"(?:[ \t]+\p{{Lu}}\.)?(?![\p{{L}}\d\-])"
)


@lru_cache(maxsize=1)
def _no_record_name_words() -> frozenset[str]:
    """Countries, states, labels, words of the calendar, abbreviations and the lexicon's non-names."""
    from .dates import CALENDAR_WORDS  # dates imports textutil only

    vocab = vocabulary()
    words = vocab.countries | set(vocab.states.values()) | set(vocab.states) | _LABEL_WORDS | CALENDAR_WORDS
    return frozenset(words | abbreviations() | name_lexicon().not_names)


_LINE_START = regex.compile(r"(?:^|\n)[ \t\-*•]*$")
# a record's own label before the name at a line's start ('Pt: BEST, CANDY', 'Re: Jones, Sunny', 'Name: DOE, JAN')
_LABEL_BEFORE = regex.compile(
    r"(?:^|\n)[ \t\-*•]*(?i:pt|patient|pt\.?[ \t]+name|patient[ \t]+name|name|re|resident|client|member)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*$"  # 'Name (Last, First, MI): Vukovich, Milan, P'
)
_FIELD_AFTER = regex.compile(r"[ \t]*(?:-{1,2}|[–—:|])")  # 'WEST, BAILEY -- HH visit' heading a note
_MONTH_WORD = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?"
)
# what a record prints after its name: a bracket, a number, a label, or a date after a comma or a dash ('HAWTHORNE,
# ELIJAH - 0008817293', 'Jones, Sunny, March 17th, 1984')
_RECORD_NEXT = regex.compile(
    r"[ \t]*(?:\(|\d|\#[ \t]?\d|(?i:dob|d\.o\.b|mrn|ssn|acct|rm|room|age|chart|mr\#)(?![\p{L}])|[\-–—|][ \t]*\d"
    rf"|,[ \t]*(?:\d|(?i:dob|mrn|ssn|{_MONTH_WORD})\b))"
)


def record_names(text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names written surname first as a record prints them, without the middle initial `surname_first_names` needs:
    the surname a surname of RECORD_SURNAME_MIN+ US holders or no English word, the given name one of
    SURNAME_FIRST_GIVEN_MIN+ holders or no English word (or an initial before a record's next field); no place, no
    label, abbreviation, medicine or word of the calendar, and a given name in capitals only after a surname in
    capitals ('Fernández, DNI 23.456.789' is a label)."""

    out = []
    freq, lex, not_names = name_frequencies(), english_lexicon(), _no_record_name_words()
    for m in _RECORD_NAME.finditer(text):
        surname, given = m.group(1), m.group(2)
        if any(s <= m.start() and m.end() <= e for s, e in people) or any(
            s < m.end() and m.start() < e for s, e in protected
        ):
            continue
        found = [(s, e) for s, e in people if s < m.end() and m.start() < e]  # a name found before is never cut
        initial = (len(given) == 2 and given.endswith(".")) or len(given) == 1
        if len(given) == 1 and len(surname) < 3:
            continue
        if given.isupper() and not initial and not surname.isupper():
            continue
        shape = surname.isupper() and not given.isupper() and not initial and _mixed_case(text)
        heading = _LINE_START.search(text, max(0, m.start() - 6), m.start()) and _FIELD_AFTER.match(text, m.end())
        heading = heading or _LABEL_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None
        if not shape and not heading and _RECORD_NEXT.match(text, m.end()) is None:
            continue
        low_s, low_g = surname.lower(), given.lower().rstrip(".")
        if low_s in not_names or low_s in STOP_WORDS or (not initial and (low_g in not_names or low_g in STOP_WORDS)):
            continue  # an initial is a letter, whatever word it also is ('Reyes-Molina, A.')
        parts = [part for part in low_s.split("-") if part not in _PARTICLES] or [low_s]  # 'AL-SAYED', 'El-Amin'
        if not all(freq.surname(part) >= RECORD_SURNAME_MIN or part not in lex for part in parts):
            continue
        known = freq.given(low_g) >= SURNAME_FIRST_GIVEN_MIN or low_g in name_words()
        # before a record's own field ('Smith, Sian #24-3029-02'), a rarer given name too
        known = known or (_RECORD_NEXT.match(text, m.end()) is not None and freq.given(low_g) >= RECORD_GIVEN_MIN)
        unknown = low_g not in lex or syllable_given(low_g)
        fields = (  # 'PARK, JI-HOON MRN 7720...'; not a note's 'RA, BG 85'
            given.isupper() and min(len(low_s), len(low_g)) > 2 and _RECORD_NEXT.match(text, m.end()) is not None
        )
        if initial or known or ((shape or fields) and unknown):  # not 'Lý Thường Kiệt, Phường 14': a ward's word
            start = min([_with_particles(text, m.start())] + [s for s, _ in found])
            out.append((start, max([m.end()] + [e for _, e in found])))
    return out


_SYLLABLES = regex.compile(r"\p{L}{2,4}(?:-\p{L}{2,4})+")


def syllable_given(low: str) -> bool:
    """A given name written as hyphenated syllables ('ji-woo', 'soon-ja', 'thi-lan'), which the lexicon reads as two
    English words ('ji', 'woo'): no English word written whole."""
    return _SYLLABLES.fullmatch(low) is not None and low.replace("-", "") not in english_lexicon()


_PARTICLE_BEFORE = regex.compile(r"(?<![\p{L}'’])(\p{Lu}\p{L}{0,3})[ \t]+$")


def _with_particles(text: str, start: int) -> int:
    """Where a surname starts once the particles written before it are taken ('Dos Santos, Samuel', 'De La Cruz')."""
    for _ in range(2):
        m = _PARTICLE_BEFORE.search(text, max(0, start - 8), start)
        if m is None or m.group(1).lower() not in _PARTICLES:
            break
        start = m.start(1)
    return start


RECORD_GIVEN_MIN = 20  # US holders of a given name after 'Surname,' and before a record's field ('Sian' 51)
RECORD_SURNAME_MIN = 1_000  # US holders: 'McGivern' 1,388, 'Johnson' 1.9M


def _record_name(text: str, surnames: list[str], names: list[str]) -> bool:
    """'MCGIVERN, DESTINY P' in a message that is not typed in capitals: a record's name by its shape alone when the
    surname is a surname of RECORD_SURNAME_MIN+ US holders or no English word, and each given word a given name, no
    English word or a name that is also a word ('declan', 'destiny'; not 'HOLLIS, CLINIC B')."""
    if not _mixed_case(text):
        return False
    freq, lex = name_frequencies(), english_lexicon()
    if not all(freq.surname(w) >= RECORD_SURNAME_MIN or w not in lex for w in surnames):
        return False
    return all(freq.given(w) > 0 or w not in lex or w in name_words() for w in names)


def _extend_forward(text: str, start: int, end: int, protected: list[tuple[int, int]], stop: frozenset[str]) -> int:
    """Where the name ends once the capitalised words after it are taken, one by one; a name found up to a hyphen
    takes the rest of its word first ('Sung' of 'Sung-min Han', 'Mary' of 'Mary-Beth')."""
    rest = _HYPHEN_REST.match(text, end)
    new_end = rest.end() if rest is not None and text[start:end].strip()[-1:].isalpha() else end
    end = new_end
    while True:
        if _INITIAL_END.search(text, start, new_end) and text[new_end : new_end + 1] == ".":
            return _after_initial(text, start, new_end, stop)
        step = _next_name_word(text, start, end, new_end, protected, stop)
        if step is None:
            return new_end
        new_end = step


_HYPHEN_REST = regex.compile(r"(?:[\-‐][\p{L}]+)+(?![\p{L}\d'’@])")


def _after_initial(text: str, start: int, new_end: int, stop: frozenset[str]) -> int:
    """'HENRY K. STILL': a surname follows a middle initial (a word of the name's case, not a plain follower)."""
    after = _NEXT_WORD.match(text, new_end + 1)
    word = after.group(1) if after else ""
    same_case = word.isupper() == text[start:new_end].isupper() and word[:1].isupper()
    if after and same_case and len(word) > 2 and word.lower() not in _AFTER_INITIAL_NOT and word.lower() not in stop:
        return int(after.end(1))
    return new_end


def _next_name_word(
    text: str, start: int, end: int, new_end: int, protected: list[tuple[int, int]], stop: frozenset[str]
) -> int | None:
    """The end of the next word if it goes on the name, else None: a particle with what follows ('Ó Conalláin',
    'o muraoile'), a common surname in all lower case ('addie' + 'brown'), or a capitalised word of the name's case
    that is no plain word and does not start the name of a place or a practice ('Smith Cardiology')."""
    m = _NEXT_WORD.match(text, new_end)
    if not m or any(s < m.end(1) and m.start(1) < e for s, e in protected):
        return None
    word = m.group(1)
    if word.lower() in stop:  # 'Lien Do:' ends a name; 'Lien do' and 'LIEN DO' a question
        return int(m.end(1)) if not word.isupper() and _final_surname(text, start, new_end, word, m.end(1)) else None
    if word.lower() in _PARTICLES and len(word) <= 4:
        cased = not text[start:new_end].split()[-1].islower()  # 'Cheryl dos Santos'; not 'hospital de McAllen'
        particle_end = _particle_name_end(text, m, word, cased=cased)
        if particle_end is None and _final_surname(text, start, new_end, word, m.end(1)):
            return int(m.end(1))  # 'Vy Do |', 'Hương Do:'
        return particle_end
    last = text[start:new_end].split()[-1]
    if _lower_surname(text, word, last) and _given_here(last):
        return int(m.end(1))
    if word.lower().rstrip(".") in _GENERATIONS and (word.islower() or word[:1].isupper()):
        return int(m.end(1))  # 'tyrone mcclain jr', 'Ray Ortega Sr.'
    if not word[:1].isupper() or word.isupper() != text[start:end].isupper():
        return None
    if (
        _plain_word(word)
        and not _middle_before_surname(text, word, m.end(1))
        and not _final_surname(text, start, new_end, word, m.end(1))
    ):
        return None
    # 'LORRAINE BECKETT FELL AGAIN', 'GUNNAR HOLMQUIST CALLING': capitals do not make a name; after a lone given name
    # any surname goes on it ('ELOÍSA SOLER')
    lone = " " not in text[start:new_end].strip() and len(word) > 2  # not 'PRÉVENIR SA'
    if word.isupper() and _word_not_name(word, 1 if lone else CAPITALS_SURNAME_MIN):
        return None
    if word.isupper() and word.lower() in _person_next():
        return None  # 'DR. BROWN SAID TO TELL YOU': what a person does, though 'Said' is a surname too
    if word.lower() in ORG_WORDS and not (
        (lone and word.isupper() and _surname_ends_name(text, word, m.end(1), stop))
        or (lone and _final_surname(text, start, new_end, word, m.end(1)) and _strong_given(text, start, last))
    ):
        return None  # 'Smith Cardiology'; not 'Alex Church here'
    return int(m.end(1))


def _given_here(word: str) -> bool:
    """A given name before a lower-case surname: a common one, or one that is no English word ('keisha', 80 US
    holders in the list)."""
    given = name_frequencies().given(word.lower())
    return given >= 100 or (given > 0 and word.lower() not in english_lexicon())


FINAL_SURNAME_MIN = 10_000  # US holders: 'Do' 30,301, 'Best' 37,923, 'Will' 12,575; 'Today', 'Now' none


def _final_surname(text: str, start: int, new_end: int, word: str, end: int) -> bool:
    """A word of the name's case that is a common surname and ends the name after a lone given name: nothing but
    punctuation or the line's end follows ('Vy Do |', 'call Drew Best' ending a list's line); a word of the calendar
    or a contraction never ('see Rosa May', "Ana Don't")."""
    from .dates import CALENDAR_WORDS  # dates imports textutil only

    name = text[start:new_end].strip()
    if " " in name or not word[:1].isupper() or word.isupper() != name.isupper() or len(word) < 2:
        return False
    low = word.lower()
    if low.endswith(("'s", "’s")) and low[:-2] not in CALENDAR_WORDS:  # "Alex Church's appointment"
        return _strong_given(text, start, name) and name_frequencies().surname(low[:-2]) >= FINAL_SURNAME_MIN
    if low in CALENDAR_WORDS or is_contraction(word):
        return False
    if name_frequencies().surname(low) < FINAL_SURNAME_MIN:
        return False
    after = _AFTER_NAME.match(text, end)
    if after is not None and not after.group(1):
        return True
    # after a given name that is no English word any word but a capitalised one may follow ('Benjamin Swift DOB:',
    # 'Alex Church here'); a capitalised one continues a place or an institution named for someone ('Alex Church Road')
    follower = after.group(1) if after is not None else ""
    return _strong_given(text, start, name) and not (follower[:1].isupper() and not follower.isupper())


PLACE_GIVEN_MAX = 100_000  # people in a town of that name: 'Austin', 'Jackson' are places first before a company
STRONG_GIVEN_MIN = 500  # holders in the given-name list: 'Alex' 1,371, 'Benjamin' 4,232 ('Bill', 'Mark' are words)


def given_and_surname(text: str, start: int, words: list[str]) -> bool:
    """Two words that are a strong given name (`_strong_given`) and a surname of FINAL_SURNAME_MIN US holders
    ('Jared Church', 'Erica Chapel' is rarer and stays an institution's)."""
    return _strong_given(text, start, words[0]) and name_frequencies().surname(words[1].lower()) >= FINAL_SURNAME_MIN


def _strong_given(text: str, start: int, name: str) -> bool:
    """A common given name that is no word too (the lexicon's ambiguous names: 'Bill', 'Grace', 'Rose'), no state,
    country or large town, in mixed case, and no saint's name ('St. Benjamin Church')."""
    from .places import place_names  # places imports this module

    low = name.lower()
    saint = _SAINT_BEFORE.search(text, max(0, start - 8), start) is not None
    vocab = vocabulary()
    place = low in vocab.countries or low in vocab.states.values() or place_names().get(low, 0) >= PLACE_GIVEN_MAX
    return (
        not name.isupper()
        and not saint
        and not place  # 'Georgia Power', 'Austin Energy': a company named for a place
        and _unambiguous_given(name, STRONG_GIVEN_MIN)
    )


_SAINT_BEFORE = regex.compile(r"(?i:(?<![\w'’])(?:st|saint|san|santa|ste?)\.?[ \t]+)$")


def _person_next() -> frozenset[str]:
    from .name_cues import person_next_words  # noqa: PLC0415 - name_cues imports this module

    return person_next_words()


CAPITALS_SURNAME_MIN = 10_000  # US holders: 'Fell' 6,429 and 'Card' 9,742 are words in capitals; 'Still' 12,354 a name


def _middle_before_surname(text: str, word: str, end: int) -> bool:
    """A given name that a word list keeps from names for another language's sake ('MAE', the Portuguese 'mãe'), in
    the middle of a name: a common surname of the same case follows ('EULA MAE HICKS')."""
    low = word.lower()
    if low in STOP_WORDS or low in name_lexicon().edge_words or name_frequencies().given(low) < MIDDLE_GIVEN_MIN:
        return False
    m = _NEXT_WORD.match(text, end)
    nxt = m.group(1) if m is not None else ""
    return bool(nxt) and nxt.isupper() == word.isupper() and name_frequencies().surname(nxt) >= CAPITALS_SURNAME_MIN


SHOUTED_ORG_SURNAME_MIN = 20_000  # US holders: 'Park' 106,696, 'Hall' and 'Church' are surnames too
_AFTER_NAME = regex.compile(r"[ \t]*(?:\Z|[^\p{L}\d \t]|(\p{L}+))")


def _surname_ends_name(text: str, word: str, end: int, stop: frozenset[str]) -> bool:
    """In capitals, a common surname that is also a place's word ('PARK', 'HALL') goes on a lone given name when the
    name ends there: a function word, what a person does, punctuation or the end follows ('MY MOTHER ROSE PARK IS
    AT', 'GRANDPA AUGUSTINE PARK THIS WEEK'; not 'ROSE PARK ELEMENTARY')."""
    if name_frequencies().surname(word) < SHOUTED_ORG_SURNAME_MIN:
        return False
    m = _AFTER_NAME.match(text, end)
    follower = m.group(1).lower() if m is not None and m.group(1) else ""
    return not follower or follower in STOP_WORDS or follower in stop


def _word_not_given(word: str) -> bool:
    """Before a name in capitals only a given name goes on it: an English word that is no proper noun and nobody's
    given name nor a common surname stays out ('SOMEONE NAMED HORACE ...', 'ACCOUNT HOLDER MAVIS ...': 'Holder' has
    33,465 US holders as a surname, 'Park' 106,696)."""
    from .places import proper_only  # places imports this module

    low = word.lower()
    return (
        len(low) > 1
        and english_lexicon().inflected(low)
        and low not in proper_only()
        and name_frequencies().given(low) == 0
        and name_frequencies().surname(low) < LOWER_SURNAME_MIN  # 'PARK JI-HOON': a surname written first
    )


def _word_not_name(word: str, surname_min: int = CAPITALS_SURNAME_MIN) -> bool:
    """An English word that is no proper noun ('Dakota'), no given name ('Phoebe', 'Mavis') and no surname of 10,000+
    US holders: in text typed in capitals it is the word ('FELL', 'CALLING', 'NAMED'), where 'BROWN', 'YOUNG',
    'STILL' may be names."""
    from .places import proper_only  # places imports this module

    low = word.lower()
    freq = name_frequencies()
    return (
        len(low) > 1  # an initial goes on the name: 'DAKOTA J'
        and english_lexicon().inflected(low)
        and low not in name_words()
        and low not in proper_only()
        and freq.given(low) == 0
        and freq.surname(low) < surname_min
    )


def _particle_name_end(text: str, m: regex.Match[str], word: str, depth: int = 0, cased: bool = True) -> int | None:
    """A name particle goes on the name only with the word after it: of its case or, after a particle in lower case,
    capitalised after a name that is (`cased`: 'Cheryl dos Santos', 'van der Berg'; not 'von DE02 ...', 'hospital de
    McAllen'), and no plain word, country or state; a second particle may come first before a capitalised word ('de
    la Cruz'; not 'de la fiesta')."""
    after = _NEXT_WORD.match(text, m.end())
    if after is None:
        return None
    nxt = after.group(1)
    titled = nxt[:1].isupper() and not nxt.isupper() and not text[after.end(1) : after.end(1) + 1].isdigit()
    if depth == 0 and nxt.lower() in _PARTICLES and len(nxt) <= 4 and nxt[:1].isupper() == word[:1].isupper():
        end = _particle_name_end(text, after, nxt, depth + 1, cased)
        return end if end is not None and text[_NEXT_WORD.match(text, after.end()).start(1)].isupper() else None
    same_case = nxt[:1].isupper() == word[:1].isupper() or (word.islower() and titled and cased)
    vocab = vocabulary()
    if nxt.lower() in vocab.countries or nxt.lower() in vocab.states.values():
        return None  # 'Raimundo Alves de Brasil': where he is from
    if same_case and not _plain_word(nxt):
        return int(after.end(1))
    return None


def _extend_back(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> int:
    """A given name before a detected surname: in capitals any non-plain word, in mixed case a name-like one."""
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if not m or any(s < m.end(1) and m.start(1) < e for s, e in protected):
        return start
    word, shouted = m.group(1), text[start:end].isupper()
    if typed_lower(text):
        return _extend_back_lower(text, m, start)
    if word.lower() in _PARTICLES and len(word) <= 3:
        return _extend_back(text, m.start(1), end, protected) if m.start(1) < start else start  # 'Shona Ó'+'Conalláin'
    return m.start(1) if _given_before(text, m, word, shouted, text[start:end]) else start


# what puts a month before a name in a time, not a person ('in June Brown called', 'since April Reyes has')
_TIME_BEFORE = regex.compile(
    r"(?i:\b(?:in|on|since|by|until|till|of|last|next|this|that|early|late|mid|through|from|to|during|before|after|"
    r"every|each|for)[ \t]+)\Z"
)


def month_given_names(
    text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The month before a name found is its given name when `_month_given_before` says so ('June Brown', 'AUGUST
    BROWN', 'im june bray')."""
    out = []
    for start, end in people:
        m = _PREV_WORD.search(text, max(0, start - 40), start)
        if m and not any(s < m.end(1) and m.start(1) < e for s, e in protected):
            if _month_given_before(text, m, text[start:end]):
                out.append((m.start(1), end))
    return out


def _month_given_before(text: str, m: regex.Match[str], name: str) -> bool:
    """A month that is a given name of SPEAKER_GIVEN_MIN US holders, written in the case of the surname after it and
    with no time word before it, is that person's given name ('June Brown', 'AUGUST BROWN', 'june bray'); not the
    modal 'May'."""
    word = m.group(1)
    low = word.lower()
    if low not in _MONTHS or low == "may" or name_frequencies().given(low) < SPEAKER_GIVEN_MIN:
        return False
    first = name.split()[0] if name.split() else ""
    same_case = (
        (word.isupper() and first.isupper())
        or (word.istitle() and first.istitle())
        or (word.islower() and first.islower())
    )
    return same_case and _TIME_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1)) is None


# US holders as a given name: 'Jasper' 58, 'Opal' 58, 'Otis' 131, 'Will' 116, before a surname that is no English word
GIVEN_BEFORE_OWN_SURNAME_MIN = 30


def _given_before(text: str, m: regex.Match[str], word: str, shouted: bool, name: str = "") -> bool:
    """The capitalised word before a surname is its given name: a common given name in mixed case ('Hector',
    'Penelope' + 'Quist'), or a rarer one before a surname that is no English word, or a common one that is ('client
    Jasper Holloway-Finch', 'Will Summers'); in capitals any word that is no plain word; in mixed case a name-like
    word at a sentence start (mid-sentence capitals are found on their own)."""
    if not word[:1].isupper() or word.isupper() != shouted or _SENTENCE_FINAL.search(word):
        return False
    given = name_frequencies().given(word)
    if not shouted and given >= GIVEN_BEFORE_SURNAME_MIN:
        return True
    if not shouted and given >= GIVEN_BEFORE_OWN_SURNAME_MIN and _given_word(text, m) and _surname_only(name):
        return name[:1].isupper()
    if _plain_word(word) or (shouted and _word_not_given(word)):
        return False  # 'SOMEONE NAMED HORACE LINDQVIST'
    return shouted or (_SENTENCE_START.search(text, 0, m.start(1)) is not None and _name_like(word))


_SENTENCE_REST = regex.compile(r"[^.!?\n]*[.!?\n]?")


def _given_word(text: str, m: regex.Match[str]) -> bool:
    """No plain word, or a name that is also a word ('From: Will Summers'), unless a modal opens a question ('Can
    Olga do acupuncture?', 'Will Olga come?'; 'can' is a given name of 30+ US holders too)."""
    word = m.group(1)
    low, lex = word.lower(), name_lexicon()
    if not _plain_word(word):
        return True
    if low not in lex.common_words and low not in lex.word_use.modal:
        return False
    rest = _SENTENCE_REST.match(text, m.start(1))
    return low not in lex.word_use.modal or not (rest and rest.group(0).endswith("?"))


def _surname_only(name: str) -> bool:
    """The name's last word reads as a surname: no English word, or one 10,000 US holders have as a surname."""
    last = name.split()[-1].strip(".,;:()'’").lower()
    if not last.replace("-", "").isalpha() or _plain_word(last):
        return False
    return not english_lexicon().inflected(last) or name_frequencies().surname(last) >= CAPITALS_SURNAME_MIN


_SENTENCE_FINAL = regex.compile(r"[.!?]$")
_LONG_WORD = regex.compile(r"\p{L}{3,}")


def _mixed_case(text: str) -> bool:
    """Sentences with lower-case words in them (not a heading, not a message typed in capitals)."""
    words = _LONG_WORD.findall(text)
    return sum(1 for w in words if w.islower()) >= max(1, len(words) // 4)


def midsentence_capitals(
    text: str, protected: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A capitalised word inside a sentence of mixed-case text is a proper noun even when it is also an English
    word ('Reach Heather at', 'and Teresa in'): names that are words are capitalised only as names. A word another
    reading took (`taken`: an organisation, a place) is left to it, unless it makes a common given name and surname
    with its neighbour ('for Chester Banks:')."""
    if not _mixed_case(text):
        return []
    out = []
    for m in _TITLE_WORD.finditer(text):
        start, end = m.span(1)
        if any(s < end and start < e for s, e in protected) or _plain_word(m.group(1)):
            continue
        if any(s < end and start < e for s, e in taken) and not _given_and_surname(text, start, end):
            continue  # an organisation or a place by spaCy's reading, unless a common given name and surname
        if _SENTENCE_START.search(text, 0, start) or text[end : end + 1] == ":":
            continue
        if _in_title_run(text, start, end) or _common_pair(text, start, end):
            continue  # 'Morning Walk Group', 'Apple Watch': a title, a product or an organisation
        if _DETERMINER_BEFORE.search(text, max(0, start - 12), start) and not _name_like(m.group(1)):
            continue  # 'bring your Questions', 'the Plan': an English noun after a determiner is a thing
        out.append((start, end))
    return out


_POSSESSIVE_NAME = regex.compile(r"(?<![\w'’\-.@/#])(\p{Lu}\p{Ll}+)['’]s(?![\w'’])")
# US holders as a given name: 'Wally' 45, 'Hank' 42, 'Jasper' 58, 'Ed' 134; 'Nan' 122 is a grandmother here too
POSSESSIVE_GIVEN_MIN = 30


def possessive_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A given name in the possessive in mixed-case text is a person's, also where it opens a sentence or is also an
    English word or a month ("June's cell", "link to Jasper's photos", "Wally's fundraiser"): a thing or a time is
    seldom written with a given name's possessive. Not a relation ('Nan's'), not a shop's name in a run of capitals
    ('Trader Joe's', "Sam's Club"); a saint's ('St. Luke's') is an institution (`detect._institution_name`)."""
    if not _mixed_case(text):
        return []
    out = []
    freq = name_frequencies()
    for m in _POSSESSIVE_NAME.finditer(text):
        start, end = m.span(1)
        word = m.group(1)
        month = word.lower() in _MONTHS and freq.given(word) >= SPEAKER_GIVEN_MIN  # "June's cell": a month has none
        if any(s < end and start < e for s, e in protected) or _RELATION_WORD.fullmatch(word):
            continue
        if (
            (_plain_word(word) and not month)
            or freq.given(word) < POSSESSIVE_GIVEN_MIN
            or _in_capital_run(text, start, m.end())
        ):
            continue
        out.append((start, end))
    return out


# what only a person has, after a possessive: a phone, a home, a car, a family ("gus's cell", "at Deb's house")
_BELONGING = (
    r"cell(?:[ \t]*phone)?|cellphone|mobile|phone|number|#|e-?mail|address|house|home|place|apartment|apt|room|"
    r"car|truck|van|wife|husband|kids|son|daughter|mom|dad|birthday|bday"
)
_POSSESSIVE_BELONGING = regex.compile(
    rf"(?<![\w'’\-.@/#])(\p{{L}}[\p{{L}}\-]*\p{{L}})['’][sS][ \t]+(?i:({_BELONGING}))(?![\w'’])"
)
# things a business or an office also has: after these, only a given name counts ('Medicare's number', 'Kroger's phone')
_SHARED_BELONGING = frozenset("number # email e-mail address phone place".split())
_OWNER_BEFORE = regex.compile(r"(?i:\b(?:the|a|an|my|our|your|his|her|their|its|this|every|each)[ \t]+)$")


def possessive_belongings(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A word in the possessive before what only a person has (a cell, a house, a car, a wife) names that person, in
    any case ("gus's cell", "WILL'S CELL", "june's number"): a given name of POSSESSIVE_GIVEN_MIN US holders, also a
    modal or a month (neither takes a possessive), or no English word; capitalised mid-sentence in mixed case, any
    word that is no plain word before a home, a car or a family ("at Deb's house"). Not after a determiner or an
    owner ('the will's', "my sister's"), not a relation, role or form word, not a shop in a run of capitals."""
    out = []
    freq = name_frequencies()
    use = name_lexicon().word_use
    mixed = _mixed_case(text)
    for m in _POSSESSIVE_BELONGING.finditer(text):
        start, end = m.span(1)
        word, low = m.group(1), m.group(1).lower()
        if any(s < end and start < e for s, e in protected) or _RELATION_WORD.fullmatch(word):
            continue
        if _OWNER_BEFORE.search(text, max(0, start - 8), start) or (
            word.istitle() and _in_capital_run(text, start, m.end(1) + 2)
        ):
            continue
        if _plain_word(word) and low not in use.modal | use.month:
            continue
        given = freq.given(low) >= POSSESSIVE_GIVEN_MIN
        unknown = len(low) > 2 and low not in english_lexicon() and low not in other_language_words()
        personal = m.group(2).lower() not in _SHARED_BELONGING
        capital = mixed and word.istitle() and not _SENTENCE_START.search(text, 0, start)
        if given or (unknown and personal) or (capital and personal):
            out.append((start, end))
    return out


def _in_capital_run(text: str, start: int, end: int) -> bool:
    """A capitalised word right after the possessive, or before it mid-sentence unless a relation or a title
    ('Trader Joe's', "Sam's Club"; not "Aunt Bea's", "Grandma June's")."""
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1)[:1].isupper():
        return True
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper() or _SENTENCE_START.search(text, 0, before.start(1)):
        return False
    word = before.group(1).lower()
    return not (_RELATION_WORD.fullmatch(word) or word in name_lexicon().titles)


# Verbs that open a request to contact or tell someone: capitalised at a sentence start only because they start it,
# so they make no run of capitalised words with the name after them ('Call Rosa with edits', 'Tell Fern the dog').
_IMPERATIVES = frozenset(
    "call tell ask text email e-mail thank remind let phone ring message send invite see meet visit pay help wish give "
    "bring take show pick".split()
)


_DETERMINER_BEFORE = regex.compile(r"(?i:\b(?:the|a|an|your|my|our|their|its|this|that|these|those|every|each)[ \t]+)$")


def _in_title_run(text: str, start: int, end: int) -> bool:
    """Part of three or more capitalised words in a row (allowing one small word between)."""
    before = _PREV_WORD.search(text, 0, start)
    after = _NEXT_WORD.match(text, end)
    caps = [w for w in (before.group(1) if before else "", after.group(1) if after else "") if w[:1].isupper()]
    if len(caps) < 2:
        return False
    return not any(_plain_word(w) for w in caps)


_CONNECTOR = frozenset({"and", "of", "for", "on", "the", "&", "in", "to", "at", "with"})


def _neighbour_capitals(text: str, start: int, end: int) -> list[str]:
    """Capitalised words right before and after the word, or across one small word ('Suicide and Crisis')."""
    out = []
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    if before and before.group(1).lower() in _CONNECTOR:
        before = _PREV_WORD.search(text, max(0, before.start(1) - 40), before.start(1))
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).lower() in _CONNECTOR:
        after = _NEXT_WORD.match(text, after.end(1))
    if before and before.group(1).lower() in _IMPERATIVES and _SENTENCE_START.search(text, 0, before.start(1)):
        before = None  # 'Call' of 'Call Rosa': capitalised by the sentence, not by the name
    for m in (before, after):
        if m and m.group(1)[:1].isupper():
            out.append(m.group(1))
    return out


def _common_pair(text: str, start: int, end: int) -> bool:
    """Capitalised English words together ('Apple Watch', 'Suicide and Crisis Lifeline', 'Fact Sheet for
    Consumers') are a thing or a title; a run with a name-like word in it may be a name ('Maria and Teresa')."""
    pair = _neighbour_capitals(text, start, end)
    if not pair or _given_and_surname(text, start, end):
        return False
    return not any(_name_like(w) for w in [*pair, text[start:end]])


PAIR_SURNAME_MIN = 50_000  # US holders: 'Banks' 105,833, 'Brown' 1.4M; 'Garden', 'Power' fewer


def _given_and_surname(text: str, start: int, end: int) -> bool:
    """A common given name and a common surname side by side, both capitalised mid-sentence ('for Chester Banks:',
    'with Hunter Brown'): a person, though both are English words; not a place the gazetteer names ('Grace Hill'
    may be one), not an organisation ('Chester Hospital')."""
    from .places import place_names  # noqa: PLC0415 - places imports this module

    freq = name_frequencies()
    after = _NEXT_WORD.match(text, end)
    before = _PREV_WORD.search(text, max(0, start - 40), start)
    for first, second in (
        (text[start:end], after.group(1) if after else ""),
        (before.group(1) if before else "", text[start:end]),
    ):
        if not (first[:1].isupper() and second[:1].isupper()) or second.lower() in ORG_WORDS:
            continue
        if freq.given(first.lower()) >= GIVEN_BEFORE_SURNAME_MIN and freq.surname(second.lower()) >= PAIR_SURNAME_MIN:
            return f"{first} {second}".lower() not in place_names()
    return False


_POSSESSIVE_RELATION = regex.compile(
    rf"(?<![\w'’\-])(\p{{L}}[\p{{L}}\-]+)['’]s[ \t]+(?:(?:new|old|oldest|youngest|eldest|little|big|only|late)[ \t]+)?"
    rf"(?i:{_RELATION}|wife|husband|boyfriend|girlfriend|fiancée?|grandchildren|kids|children|mom|dad)s?\b"
)
_NAME_LINE = regex.compile(
    r"(?m)^[ \t]*(\p{Lu}\p{Ll}+(?:['’\-]\p{Lu}?\p{Ll}+)?(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){1,2})[ \t]*$"
)


def possessive_relations(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'osha's daughter', "Nonso's wife": a word owning a relation is a person."""
    out = []
    for m in _POSSESSIVE_RELATION.finditer(text):
        word = m.group(1)
        if _plain_word(word) or any(s < m.end(1) and m.start(1) < e for s, e in protected):
            continue
        out.append(m.span(1))
    return out


# a closing on a line of its own, then the writer's name on the next line up to a comma ('xo,\nMARGARITA "MAGGIE"
# VILLALOBOS', 'Sincerely,\nM. ST. JOHN', 'Best,\nAnnika Bergström-Haas, RN')
_CLOSING_LINE = regex.compile(
    r"(?im)^[ \t]*(?:with[ \t]+)?(?:love|lots[ \t]+of[ \t]+love|thanks(?:[ \t]+again)?|thank[ \t]+you|thx|ty|"
    r"cheers|(?:best|kind|warm|warmest)?[ \t]*regards|best|warmly|sincerely|respectfully|xo|xoxo|hugs|blessings|"
    r"take[ \t]+care|yours(?:[ \t]+truly)?|all[ \t]+the[ \t]+best|many[ \t]+thanks)[ \t]*[,.!]*[ \t]*\n[ \t]*"
    r"(?P<name>[^\n,]{2,60}?)[ \t]*(?=,|\n|\Z)"
)
_SIGNED_WORD = regex.compile(r"[\"“'‘(]?(\p{L}[\p{L}'’\-]*\.?)[\"”'’)]?")


def closing_names(text: str) -> list[tuple[int, int]]:
    """The writer's name on the line after a closing: one to four capitalised words or initials, a nickname in
    quotes or brackets among them; not a relation ('Mom', 'Your daughter') nor a sentence ('The Lopez family')."""
    out = []
    for m in _CLOSING_LINE.finditer(text):
        words = [w.group(1) for w in _SIGNED_WORD.finditer(m.group("name"))]
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        low = [w.lower().rstrip(".") for w in words]
        if any(w in STOP_WORDS or _RELATION_WORD.fullmatch(w) or w in _CLOSINGS for w in low):
            continue
        out.append(m.span("name"))
    return out


# a relation as a form's or a list's label, then the relation's name ('Daughter-in-law: Deb 570 555 0177', 'Son: Stan')
_RELATION_LABEL = regex.compile(
    rf"(?im)^[ \t>*•\-]*(?:{_RELATION}|hubby|grandkid|godson|goddaughter)[ \t]*:[ \t]*(?-i:(\p{{Lu}}\p{{Ll}}+))"
    r"(?=[ \t]*(?P<after>[^\n]{0,3}))"
)
_CONTACT_AFTER = regex.compile(r"[ \t]*(?:[\-–—:,][ \t]*)?(?:\+?\(?\d|[\w.+\-]+@)")


def relation_label_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised word a relation's label holds: a name when it is no English word or a common given name, and
    whatever it means when a phone or an e-mail follows it on the line ('Daughter-in-law: Deb 570 555 0177'); not a
    relation, a title, a label or a verb ('Son: Lives in Ohio')."""
    out = []
    freq, lex = name_frequencies(), name_lexicon()
    for m in _RELATION_LABEL.finditer(text):
        start, end = m.span(1)
        low = m.group(1).lower()
        if _RELATION_WORD.fullmatch(low) or low in lex.titles or low in _LABEL_WORDS or low in STOP_WORDS:
            continue
        if english_lexicon().verb_inflection(low) or any(s < end and start < e for s, e in protected):
            continue
        contact = _CONTACT_AFTER.match(text, end) is not None
        if contact or freq.given(low) >= SPEAKER_GIVEN_MIN or not english_lexicon().inflected(low):
            out.append((start, end))
    return out


# a greeting that opens a line, then who is greeted and a comma, a dash or the line's end ('Hi Will,', 'Hey June and
# Dusty,', 'Dear Hope -')
_GREETED = regex.compile(
    r"(?im)^[ \t>]*(?:hi|hello|hey|hiya|dear|morning|good[ \t]+morning|good[ \t]+evening)[ \t]+"
    r"(?-i:(\p{Lu}\p{Ll}+)(?:[ \t]+(?:and|&)[ \t]+(\p{Lu}\p{Ll}+))?)[ \t]*(?=[,!\-–—]|\n|\Z)"
)


def greeted_names(text: str) -> list[tuple[int, int]]:
    """Who a line's greeting names: a common given name though it is a word, or no English word ('Hi Will,', 'Hey
    June and Dusty,'), never a relation, a title or a word of address for a group ('Hi Mom,', 'Hi Doc,', 'Hi All,')."""
    out = []
    freq, lex = name_frequencies(), name_lexicon()
    for m in _GREETED.finditer(text):
        groups = [g for g in (1, 2) if m.group(g)]
        words = [m.group(g).lower() for g in groups]
        if any(
            _RELATION_WORD.fullmatch(w) or w in lex.titles or w in lex.edge_words or w in _LABEL_WORDS for w in words
        ):
            continue
        if any(w in STOP_WORDS and freq.given(w) < SPEAKER_GIVEN_MIN for w in words):
            continue  # 'Hi Everyone!'; 'Hi Will,' is greeted
        named = [freq.given(w) >= SPEAKER_GIVEN_MIN or not english_lexicon().inflected(w) for w in words]
        if any(named):  # a name greeted with another: a given name of any count ('Hey June and Dusty,')
            out += [m.span(g) for g, w, n in zip(groups, words, named, strict=True) if n or freq.given(w) > 0]
    return out


# who a passed-on message came from, at a line's start before a colon ('Fwd from Richard:', 'text from aunt Bea:',
# 'Voicemail from Joe Pike:'): the word before 'from' says a person wrote or spoke what follows
_PASSED_FROM = regex.compile(
    r"(?im)^[ \t>*]*(?:fwd?|forwarded|forward|message|msg|text|texts|email|e-mail|note|voicemail|vm|reply|update)"
    r"[ \t]+from[ \t]+(?:(?:my|our|the|her|his)[ \t]+)?"
    r"(?:(?:pharmacist|nurse|aide|caregiver|doctor|dr\.?|therapist|case[ \t]+manager|social[ \t]+worker|"
    r"neighbou?r)[ \t]+)?"
    r"(\p{L}[\p{L}\-]*(?:[ \t]+(?-i:\p{Lu})[\p{L}\-]*)?)[ \t]*:"
)


# a quoted reply's head at a line's start: '> Gregory wrote:', '>>> Sam Ortiz wrote:', 'Dana Kim wrote:'
_QUOTED_WRITER = regex.compile(
    r"(?m)^[ \t>]*(?:(?i:on)[ \t][^\n]{0,40}?[ \t])?((?-i:\p{Lu})[\p{L}'’\-]+(?:[ \t]+(?-i:\p{Lu})[\p{L}'’\-.]*){0,2})"
    r"[ \t]+(?i:wrote|writes|said)[ \t]*:"
)


def passed_on_names(text: str) -> list[tuple[int, int]]:
    """The sender a forwarded message or a note names at its head ('Fwd from Richard:', '> Gregory wrote:'): a given
    name of the counts or no English word; not a relation, a role or an organisation ('Fwd from Mom:', 'Message from
    the pharmacy:', 'Mom wrote:')."""
    out = []
    freq = name_frequencies()
    for m in itertools.chain(_PASSED_FROM.finditer(text), _QUOTED_WRITER.finditer(text)):
        parts = list(_NON_SPACE.finditer(m.group(1)))
        while len(parts) > 1 and calendar_word(parts[0].group()):  # 'On Sun Deb wrote:': the day, then the writer
            parts = parts[1:]
        start, words = m.start(1) + parts[0].start(), [p.group().lower() for p in parts]
        lex = name_lexicon()
        if any(_RELATION_WORD.fullmatch(w) or w in ORG_WORDS or w in lex.titles for w in words):
            continue
        if any(w in STOP_WORDS and freq.given(w) < SPEAKER_GIVEN_MIN for w in words):
            continue  # 'Message from the office:'; 'Fwd from Will:' names
        if words[0] in lex.not_names or words[0] in lex.edge_words or words[0] in _LABEL_WORDS:
            continue
        dated = m.re is _QUOTED_WRITER and _DATED.match(m.group(0)) is not None  # 'On <date>, <sender> wrote:'
        if dated or freq.given(words[0]) >= SPEAKER_GIVEN_MIN or not english_lexicon().inflected(words[0]):
            out.append((start, m.end(1)))
    return out


_NON_SPACE = regex.compile(r"\S+")
_DATED = regex.compile(r"[ \t>]*(?i:on)[ \t]")  # a mail client's reply head names its sender after the date


def name_lines(text: str) -> list[tuple[int, int]]:
    """A line that is only two or three capitalised words, one of them name-like: a signature ('Min Bai')."""
    out = []
    for m in _NAME_LINE.finditer(text):
        words = m.group(1).split()
        if not any(_plain_word(w) for w in words) and any(_name_like(w) for w in words):
            out.append(m.span(1))
    return out


_CUE_BEFORE = regex.compile(r"([a-z']+(?:[ \t]+[a-z']+)?)[ \t,:]*$")


def _extend_back_lower(text: str, m: regex.Match[str], start: int) -> int:
    """In all-lower-case text, a given name before a detected surname at a sentence start or after a cue
    ('thanks gang duan', 'lei zou keeps ...')."""
    word = m.group(1)
    if _plain_word(word) or len(word) < 2:
        return start
    if _SENTENCE_START.search(text, 0, m.start(1)):
        return m.start(1)
    cue = _CUE_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
    lex = name_lexicon()
    if cue and (cue.group(1) in lex.lowercase_name_before or cue.group(1).split()[-1] in lex.lowercase_name_before):
        return m.start(1)
    return start


def _whole_word_at(text: str, i: int, n: int) -> bool:
    return (i == 0 or not text[i - 1].isalnum()) and (i + n == len(text) or not text[i + n].isalnum())


def repeated_names(text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every other occurrence of a word already read as a name in this message: written the same way ('this is brown
    ... june brown'), or in another case when it is capitalised there ('MOM: thank u Kit ... KIT: np', 'it's Liam ...
    LIAM!'; a lower-case 'rose' stays a word unless the whole message is typed in lower case); stop words ('will') and
    plain words are left to their own context."""
    taken = set(people)
    out = []
    for i, word in sorted(_occurrences(text, people)):
        span = (i, i + len(word))
        inside = any(a <= span[0] and span[1] <= b for a, b in taken)
        if (
            not inside
            and _whole_word_at(text, i, len(word))
            and not any(a < span[1] and span[0] < b for a, b in protected)
        ):
            out.append(span)
    return out + _plain_word_repeats(text, people, protected)


def _plain_word_repeats(
    text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A name that is also a modal or a month ('Will', 'June', 'April'; a given name of SPEAKER_GIVEN_MIN US holders),
    once read as a name, is a name again where it is written the same, capitalised mid-sentence or in the possessive
    ('and Will works nights', "and Will's is"), in mixed-case text; not in a word use ('in June', 'May I') nor at a
    sentence start, where a modal is capitalised too ('Will you')."""
    from .known import is_word_use  # known imports lexicon only; kept local as the other late imports here

    freq = name_frequencies()
    words = {
        text[s:e]
        for s, e in people
        if text[s:e].istitle()
        and text[s:e].isalpha()
        and _plain_word(text[s:e])
        and freq.given(text[s:e]) >= SPEAKER_GIVEN_MIN
    }
    if not words or not _mixed_case(text):
        return []
    out = []
    for word in words:
        for m in regex.finditer(rf"(?<![\w'’])({regex.escape(word)})(['’]s)?(?![\w'’])", text):
            start, end = m.span(1)
            if any(a <= start and end <= b for a, b in people) or any(a < end and start < b for a, b in protected):
                continue
            opening = _SENTENCE_START.search(text, 0, start) is not None
            if (m.group(2) or not opening) and not is_word_use(text, start, end):
                out.append((start, end))
    return out


def _occurrences(text: str, people: list[tuple[int, int]]) -> set[tuple[int, str]]:
    """Where each word of the names (three letters or more, no plain word) stands in the text, in any case: as
    written, capitalised, or anyhow in a message typed in lower case."""
    words = {w for s, e in people for w in text[s:e].split() if len(w) >= 3 and w.isalpha() and not _plain_word(w)}
    if not words:
        return set()
    lowered = {w.lower() for w in words}
    any_case = typed_lower(text)
    # a name that is no word may be typed in lower case again ('our grandson Jaylen ... jaylen has ADHD')
    english = english_lexicon().inflected
    no_word = {
        w.lower() for w in words if w.istitle() and not english(w.lower()) and w.lower() not in other_language_words()
    }
    return {
        (m.start(), m.group(0))
        for m in _LETTER_RUN.finditer(text)  # one pass over the text's words, no pattern compiled per name
        if m.group(0).lower() in lowered
        and (m.group(0) in words or any_case or m.group(0)[:1].isupper() or m.group(0) in no_word)
    }


_LETTER_RUN = regex.compile(r"\p{L}+")


_EMAIL = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_LOCAL_WORD = regex.compile(r"[^\W\d_]{3,}")
EMAIL_NAME_MIN_GIVEN = 100  # US holders as a given name ('Joaquin' 218, 'Wei' and 'Meera' fewer: those are no words)


def email_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A word of the message that is also a name in an e-mail address written in it ('send it to joaquin at
    joaquin.bm@...', "wei's email is wei.liang@..."): people's addresses are made of their names. The word must be
    a common given name or no English word ('info', 'support', 'office' are words)."""
    if "@" not in text:
        return []
    emails = [m.span() for m in _EMAIL.finditer(text)]
    parts = _address_names(text, emails)
    out: list[tuple[int, int]] = []
    for m in _TEXT_WORD.finditer(text) if parts else ():
        span = m.span()
        if m.group(0).lower() not in parts or any(s <= span[0] < e for s, e in emails):
            continue
        if not any(s < span[1] and span[0] < e for s, e in protected):
            out.append(span)
    return out


def _address_names(text: str, emails: list[tuple[int, int]]) -> set[str]:
    """The words before the '@' of the addresses that may be names: no stop word, label or known non-name, and a
    common given name or no English word."""
    lex, freq, not_names = english_lexicon(), name_frequencies(), name_lexicon().not_names
    parts = {
        w.lower()
        for a, b in emails
        for w in _LOCAL_WORD.findall(text, a, text.index("@", a, b))
        if w.lower() not in STOP_WORDS and w.lower() not in not_names and w.lower() not in _LABEL_WORDS
    }
    return {p for p in parts if p not in lex or freq.given(p) >= EMAIL_NAME_MIN_GIVEN}


_TEXT_WORD = regex.compile(r"(?<![\w@./\-])[^\W\d_]+(?![\w@/\-]|\.\w)")
# an e-mail address's local part, or a link's path after its host ('facebook.com/sandy.gray.77')
_HANDLE = regex.compile(
    r"([\w.+\-]+)@[\w\-]+(?:\.[\w\-]+)+|(?<![\w@])(?:https?://)?(?:[\w\-]+\.)+[a-z]{2,}/([\w.\-/]+)"
)
_TEXT_PAIR = regex.compile(r"(?<![\w@./\-])([^\W\d_]{2,})[ \t]+([^\W\d_]{2,})(?![\w@/\-]|\.\w)")


def handle_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A given name and a surname written in the message that an e-mail address or a link in it spells together
    ('sandy gray set up a page ... facebook.com/sandy.gray.77', 'Gray ... lori.gray56@...'): the given name one of
    GIVEN_BEFORE_OWN_SURNAME_MIN US holders or no English word, the surname one of 1,000 or no English word. The
    surname alone is taken too when the handle is the given name and it ('Pt Gray' beside 'lori.gray56@...')."""
    if "@" not in text and "/" not in text:
        return []
    handles = {fold(regex.sub(r"[^\p{L}]", "", (m.group(1) or m.group(2)).lower())) for m in _HANDLE.finditer(text)}
    handles.discard("")
    if not handles:
        return []
    freq, english = name_frequencies(), english_lexicon().inflected
    out: list[tuple[int, int]] = []
    surnames: set[str] = set()
    for m in _TEXT_PAIR.finditer(text, overlapped=True):
        given, surname = m.group(1).lower(), m.group(2).lower()
        spelling = fold(given + surname)  # 'Cyprian Potęga' beside 'cyprian_potega@...'
        if not any(spelling in h for h in handles) or given in STOP_WORDS:
            continue
        # 'Danny May' beside 'danny.may@...': a capitalised surname the handle starts with is one whatever word it is
        spelt = m.group(2)[0].isupper() and any(h.startswith(spelling) for h in handles)
        if not spelt and (surname in STOP_WORDS or _bare_plain(surname)):
            continue
        if m.group(1)[0].isupper() != m.group(2)[0].isupper() or _bare_plain(given):
            continue  # 'my nani Kamala' beside '.../nani-kamala-care-log': a family word, then the name
        if spelt or (
            (freq.given(given) >= GIVEN_BEFORE_OWN_SURNAME_MIN or not english(given))
            and (freq.surname(surname) >= 1000 or not english(surname))
        ):
            out.append(m.span())
    for h in handles:
        for cut in range(3, len(h) - 2):
            if freq.given(h[:cut]) >= EMAIL_NAME_MIN_GIVEN and freq.surname(h[cut:]) >= 1000:
                surnames.add(h[cut:])
    for m in _TEXT_WORD.finditer(text) if surnames else ():
        before = text[: m.start()].rstrip()
        if before[-1:] in ("", ".", "!", "?", "\n") or m.group(0).lower() in STOP_WORDS:
            continue  # 'Walker arrived today' beside 'jane.walker@...' opens a sentence
        if m.group(0).lower() in surnames and m.group(0)[0].isupper():
            out.append(m.span())
    return [(a, b) for a, b in out if not any(s < b and a < e for s, e in protected)]


# before the dash: a line's or a sentence's end, or a link or a word then ' - ' ('.../classes - marguerite'); after the
# name, the writer's e-mail address in brackets ('-Beth (beth.o@example.org)')
_SIGN_BEFORE = r"(?:\A|\n|[.!?\"”][ \t]+|(?<=\S)[ \t]+(?=[-—–][ \t])|(?<=[\p{L}\d)])[ \t]+(?=[-—–~]\p{L}))"
# what may follow a signature at the end: the writer's phone number, with its extension ('-Benjamin 8085550167
# extension 3', '-Bethany 001-816-555-0110'), or e-mail address (in brackets too), on its line or the next, and a
# device's footer on a line of its own ('-Mae\n(mae.o@yahoo.com)', '-sam\nsent from my phone, pls excuse typos')
_SIGN_CONTACT = (
    r"(?:[ \t]*,?[ \t]*(?:\+?\(?\d[\d() .\-]{5,}\d(?:[ \t]*,?[ \t]*(?i:x|ext\.?|extension)[ \t]*\d{1,6})?"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+))?"
)
# a clinician's credentials after the signed name ('-Bernadette, RN'), and the lines of a signature block under it,
# each a phone, an e-mail address or a link ('-Ken\nken@kentakahashi.dev\nhttps://kentakahashi.dev')
_SIGN_CREDENTIALS = r"(?:,?[ \t]+(?-i:RN|LPN|LVN|MD|DO|NP|PA-C|PA|PT|OT|MSW|LCSW|PharmD|CNA|APRN|FNP|BSN|CMA))?"
_SIGN_LINES = (
    r"(?:[ \t]*\n[ \t]*(?:\+?\(?\d[\d() .\-]{5,}\d|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)[^\s]+)){0,3}"
)
_SIGN_AFTER = (
    rf"{_SIGN_CREDENTIALS}{_SIGN_CONTACT}{_SIGN_LINES}(?:[ \t]*\n?[ \t]*\([^()\n@]*@[^()\n]*\))?"
    r"(?:[ \t]*\n[ \t]*(?i:sent[ \t]+from[ \t]+my)[^\n]*)?[ \t.!]*\Z"
)
_SIGN_OFF = regex.compile(
    rf"{_SIGN_BEFORE}[ \t]*[-—–~]+[ \t]*(\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]+)?"
    rf"|\p{{Lu}}\.(?:[ \t]?\p{{Lu}}\.?)+){_SIGN_AFTER}"  # or initials: '-T.J.'
)
# the same in lower case, one word: 'text me on 646.555.0172. -ray', '... is weird. - bernie'
_SIGN_OFF_LOWER = regex.compile(rf"{_SIGN_BEFORE}[ \t]*[-—–~]+[ \t]*(\p{{Ll}}[\p{{Ll}}'’\-]+){_SIGN_AFTER}")
_PRONOUNS = frozenset({"me", "us", "we", "you", "i", "myself", "him", "her", "them"})
_RELATION_WORD = regex.compile(rf"(?i:{_RELATION}|nana|nan|gran|grandad|granddad|pop|pops|papa|mama|sis|bro|hubby|me)")
_CLOSINGS = frozenset("love thanks thank thx ty cheers regards best xoxo xo hugs later bye cya peace blessings".split())


# a name right after a closing word at the very end, with or without a dash ('thanks -Yesenia', 'thx mari.', 'ty,
# ~dell')
_CLOSING_SIGNED = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:thanks|thank[ \t]+you|thx|ty|tysm|cheers|love|xo|xoxo|hugs|regards|best)"
    r"(?:[ \t]+(?:(?:very|so)[ \t]+much|again|all|a[ \t]+lot))?[ \t]*[,!.]?[ \t]*"
    rf"[-—–~]?[ \t]*(\p{{L}}[\p{{L}}'’\-]+){_SIGN_AFTER}"
)


# a signature inside a thread: a dash joined to the name at a sentence's or a line's end, a blank line after it (a
# quoted reply's '> I do. -Gay', '-Will' above the next message); a bullet has a space after its dash ('- Milk')
_SIGN_MID = regex.compile(
    r"(?m)(?:^[ \t>]*|(?<=[.!?][ \t]+))[-—–~](\p{Lu}[\p{L}'’\-]+|\p{Ll}[\p{Ll}'’\-]+)[ \t]*(?=\n[ \t>]*\n)"
)


# a name alone after the last sentence, without a dash ('i walk to the mailbox now. irma', '...\nIrma B.')
_SIGN_BARE = regex.compile(
    rf"(?:(?<=[.!?])[ \t]+|\n[ \t]*)(\p{{L}}[\p{{L}}'’\-]+(?:[ \t]+\p{{L}}[\p{{L}}'’\-]*\.?)?){_SIGN_AFTER}"
)


def sign_off(text: str) -> list[tuple[int, int]]:
    """A name signed after a dash or a closing word at the very end ('... MI 48304. -SAMIRA', '" - Brandon', 'thanks
    -Yesenia', 'thx mari.', '... on saturdays -bud'), or alone after the last sentence ('... now. irma'), or inside a
    thread before a blank line ('I do. -Gay'): words that are no plain word, or common given names."""
    out = [m.span(1) for m in _SIGN_MID.finditer(text) if _signed(text, m)]
    m = _SIGN_OFF.search(text) or _SIGN_OFF_LOWER.search(text) or _CLOSING_SIGNED.search(text)
    if m is not None and _signed(text, m):
        out.append(m.span(1))
    elif m is None and (bare := _SIGN_BARE.search(text)) is not None and _bare_signed(text, bare):
        out.append(bare.span(1))
    return out


def _bare_signed(text: str, m: regex.Match[str]) -> bool:
    """A last sentence of one or two words is a signature when its first word is a given name of
    GIVEN_BEFORE_OWN_SURNAME_MIN US holders and no English word ('Irma'), or on a line of its own a common given name
    that is no role or plain word ('Grace'); a second word is an initial, no English word or a common surname
    ('Irma B.', 'Irma Lopez'). Not a closing, a relation or a label ('Thanks', 'Mom', 'Urgent')."""
    words = m.group(1).split()
    if not text[: m.start()].strip() or len({w.isupper() for w in words if len(w.rstrip(".")) > 1}) > 1:
        return False
    if any(w.lower() in _CLOSINGS or _RELATION_WORD.fullmatch(w) or w.lower() in STOP_WORDS for w in words):
        return False
    freq, english = name_frequencies(), english_lexicon().inflected
    first = words[0]
    own_line = text[: m.start(1)].rstrip(" \t").endswith("\n")
    if _bare_plain(first) or not (
        (freq.given(first.lower()) >= GIVEN_BEFORE_OWN_SURNAME_MIN and not english(first.lower()))
        or (own_line and _given_not_role(first))
    ):
        return False
    if len(words) == 1:
        return True
    last = words[1].rstrip(".")
    return len(last) == 1 or (not _bare_plain(last) and (not english(last.lower()) or freq.surname(last) >= 1000))


def _bare_plain(word: str) -> bool:
    """`_plain_word` without the words of other languages, which are given names too ('Irma')."""
    low = word.lower()
    return _plain_word(word) and not (low in other_language_words() and low not in STOP_WORDS)


def _signed(text: str, m: regex.Match[str]) -> bool:
    """The words a sign-off matched are a name: no closing, no plain word or a common given name."""
    words = m.group(1).split()
    if any(w.lower() in _CLOSINGS for w in words):
        return False  # '-love', '- Thanks': a closing, not a signature
    lex = english_lexicon()
    if all((w.lower() not in lex and not _plain_word(w)) or _given_not_role(w) for w in words):
        return True  # '-SAMIRA', '- Brandon'; not '- Love', '-Thanks'
    freq = name_frequencies()
    if m.re is _SIGN_OFF and all(freq.given(w) >= GIVEN_BEFORE_OWN_SURNAME_MIN and not _plain_word(w) for w in words):
        return True  # capitalised after a dash, a rarer given name that is a word too: '... fine. - Lu'
    own_line = text[: m.start(1)].rstrip(" \t-—–~").endswith("\n")
    listed = any(c.isdigit() for c in text[m.end(1) : m.end()])  # '- Poison Control 1-800-222-1222' ends a list
    return (
        m.re is not _SIGN_MID
        and own_line
        and not listed
        and all(w.lower() not in STOP_WORDS and not _RELATION_WORD.fullmatch(w) for w in words)
    )  # a line of its own after the message: '- Deb', '— JUNE', '- Lu' ('- Mom' stays)


# A form's label for a person, then the person's name as its value ('PT: HUNTER BROWN  DOB: ...', 'RECEIVED FROM:
# YOUNG, DEREK', 'name on card Sfiso Nkomose', 'TO: DR. REED'). The label says what the value is, so the value's words
# need not look like names ('Hunter', 'Brown', 'Young', 'Reed' are English words too). Strong labels take any
# capitalised words; 'from', 'to' and 'cc' (a letter's or a message's header, also plain prepositions) take them only
# with an honorific before them or in a header typed in capitals.
_PERSON_LABEL = (
    r"patient(?:'s)?(?:[ \t]+name)?|pt|full[ \t]+name|name|resident|member[ \t]+name|subscriber|insured|guarantor|"
    r"policy[ \t]*holder|account[ \t]+holder|card[ \t]*holder|name[ \t]+on[ \t]+(?:the[ \t]+)?card|received[ \t]+from|"
    r"attn|emergency[ \t]+contact|next[ \t]+of[ \t]+kin|poa|signed|signature|referred[ \t]+by|"
    # who answers for the patient on a form ('RESPONSIBLE PARTY: GLEN FORD', 'Rep payee: ...', 'Health care agent: ...')
    r"responsible[ \t]+party|(?:rep(?:resentative)?[ \t]+)?payee|(?:primary[ \t]+)?caregiver|principal|"
    r"(?:health[ \t]*care[ \t]+)?(?:agent|proxy|surrogate)|authori[sz]ed[ \t]+representative|"
    # a family member on an insurance form, a name's parts ('Dependent: CHASE, RIVER M', 'Last name: Okafor')
    r"dependent|dependant|spouse|(?:last|first|middle|given|family)[ \t]+names?|surname|"
    # a name's field in forms of other languages ('Nom : LEFEBVRE', 'Apellidos: GARCÍA LÓPEZ', 'Nachname: KRAUSE')
    r"nom|nom[ \t]+de[ \t]+famille|nombre|nombres|apellidos?|nome|sobrenome|cognome|nachname|vorname|pr[ée]nom|"
    r"achternaam|voornaam|nazwisko|imi[eę]|soyad[ıi]|ad[ıi][ \t]+soyad[ıi]"
)
# the labels of a clinician or another person in a chart, an app's summary or a form ('Prescriber: ELLEN FROST NP',
# 'PCP: Anjali Mehta, MD', 'Caller: Yolanda', 'Documented by: R. Halvorsen'); their value may be a practice too
# ('PCP: Northside Family Medicine', 'Provider: Kaiser'), so a value with an organisation's word is none
_ROLE_LABEL = (
    r"prescriber|prescribing(?:[ \t]+(?:provider|physician|doctor|md))?|pcp|primary[ \t]+care(?:[ \t]+(?:provider|"
    r"physician|doctor))?|(?:attending|ordering|referring|rendering|treating)(?:[ \t]+(?:provider|physician|doctor|md|"
    r"clinician))?|provider|physician|surgeon|caller|client|applicant|requester|requested[ \t]+by|recipient|"
    r"beneficiary|(?:legal[ \t]+)?guardian|parent/guardian|witness|interpreter|case[ \t]+manager|social[ \t]+worker|"
    r"(?:documented|reviewed|verified|completed|prepared|entered|seen|dictated|signed)[ \t]+by|contact[ \t]+person"
)
_HEADER_LABEL = r"from|to|cc|last|first|for"  # 'Last: PHAM  First: MINH' (a header's rule: capitals or a title)
_NO_COLON_LABEL = r"account[ \t]+holder|card[ \t]*holder|policy[ \t]*holder|name[ \t]+on[ \t]+(?:the[ \t]+)?card"
_LABELLED = regex.compile(
    rf"(?<![\w])(?:(?i:(?P<strong>{_PERSON_LABEL})(?:[ \t]*\([^()\n]{{1,30}}\))?|(?P<role>{_ROLE_LABEL})"
    rf"|(?P<header>{_HEADER_LABEL}))[ \t]*:"
    rf"|(?i:(?P<bare>{_NO_COLON_LABEL})))[ \t]*\(?[ \t]*"
)
_HONORIFIC = regex.compile(r"(?i)(?:dr|mr|mrs|ms|miss|mx)\.?[ \t]+")
_VALUE_WORD = regex.compile(r"\p{Lu}[\p{L}'’\-]*|\p{Lu}\.")


# a form pasted from a spreadsheet or a PDF: the label alone at a line's start, a tab or a run of spaces, then its
# value ('Name\tEgon Scholtz', 'Patient name    RACHIT LOYAL'); the gap is the colon of such a form
_TABBED_LABEL = regex.compile(rf"(?m)^[ \t]*(?i:{_PERSON_LABEL})(?:\t|[ ]{{2,}})[ \t]*")


_TAB_VALUE = regex.compile(r"(\p{Lu}[\p{L}'’.\-]*(?:[ \t]\p{Lu}[\p{L}'’.\-]*){0,3})[ \t]*(?:\n|\Z)")


def _tab_value(text: str, pos: int) -> tuple[int, int] | None:
    """The whole rest of a tabbed label's line when it is one to four capitalised words and none a stop word, an
    organisation's word or a label ('RACHIT LOYAL'; not 'Sunrise Senior Care')."""
    m = _TAB_VALUE.match(text, pos)
    if m is None:
        return None
    words = [w.lower().rstrip(".") for w in m.group(1).split()]
    return None if any(w in STOP_WORDS or w in ORG_WORDS or w in _LABEL_WORDS for w in words) else m.span(1)


def labelled_names(text: str) -> list[tuple[int, int]]:
    """The name that is the value of a person's label in a form or a header (see `_PERSON_LABEL`)."""
    out = []
    if "\t" in text or "  " in text:
        for m in _TABBED_LABEL.finditer(text):
            span = _tab_value(text, m.end()) or _name_value(text, m.end()) or _lower_line_name(text, m.end())
            out += [span] if span is not None else []
    for m in _LABELLED.finditer(text):
        pos = m.end()
        honorific = _HONORIFIC.match(text, pos)
        if honorific:
            pos = honorific.end()
        if m.group("header") and m.group("header").lower() == "for":
            span = _for_name(text, pos)  # a pharmacy label's 'For: OBI, CHIDINMA'; not 'For: back pain'
            out += [span] if span is not None else []
            continue
        if m.group("header") and not honorific and not _header_value(text, m.group("header"), pos):
            continue
        span = _name_value(text, pos)
        if span is None and m.group("strong"):
            span = _line_name(text, pos) or _lower_line_name(text, pos)
        if span is not None and m.group("role") and _organisation(text, span):
            continue  # 'PCP: Northside Family Medicine', 'Provider: Kaiser Permanente'
        if span is not None:
            out.append(span)
    return out


def _for_name(text: str, pos: int) -> tuple[int, int] | None:
    """'SURNAME, GIVEN' as the whole value of a 'For:' label (a pharmacy's or a lab's): no English word, or one word a
    surname or a given name of the counts and not both English words ('For: OBI, CHIDINMA'; not 'For: PAIN,
    SWELLING')."""
    m = _LINE_SURNAME_FIRST.match(text, pos)
    if m is None:
        return None
    surname, given = m.group(1).split(",")[0].lower(), m.group(2).lower()
    if any(w in ORG_WORDS or w in _LABEL_WORDS or w in STOP_WORDS for w in (surname, given)):
        return None
    freq, lex = name_frequencies(), english_lexicon()
    named = freq.surname(surname) >= 1000 or freq.given(given) >= SPEAKER_GIVEN_MIN
    unknown = surname not in lex and given not in lex  # 'ABARA, NKECHI': names the counts are too short to hold
    return m.span(1) if unknown or (named and not (surname in lex and given in lex)) else None


_FIELD_END = regex.compile(r"[ \t]{2,}|\t|[|;]")  # where a form's next field starts on the same line


def _organisation(text: str, span: tuple[int, int]) -> bool:
    """A labelled value that names a practice, not a person: an organisation's word in it or right after it, or one
    word that is no name ('Kaiser' is a surname; 'Northside' is none)."""
    field = _FIELD_END.search(text, span[1], _line_end(text, span[1]))  # 'Prescriber: Jose Berry   Pharmacy 1-...'
    end = field.start() if field else _line_end(text, span[1])
    words = [w.lower() for w in regex.findall(r"\p{L}[\p{L}'’\-]*", text[span[0] : end])]
    if any(w in ORG_WORDS or w in {"medicine", "family", "associates", "partners", "physicians"} for w in words[:5]):
        return True
    value = text[span[0] : span[1]].split()
    freq = name_frequencies()
    return (
        len(value) == 1 and freq.given(value[0].lower()) < SPEAKER_GIVEN_MIN and freq.surname(value[0].lower()) < 1000
    )


_LINE_VALUE = regex.compile(r"(\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+){1,2})[ \t]*(?:\n|\Z)")


_LINE_SURNAME_FIRST = regex.compile(
    r"(\p{Lu}[\p{L}'’\-]+,[ \t]*(\p{Lu}[\p{L}'’\-]+)(?:[ \t]+\p{Lu}\.?)?)[ \t]*(?:\n|\Z)"
)


def _line_name(text: str, pos: int) -> tuple[int, int] | None:
    """A person's label whose value, the rest of its line, is two or three capitalised words ending in a common
    surname: a name, though its first word is also a word ('Patient: Honor Banks', 'Applicant: Hope Young'); or a
    surname, a comma and a given name (an initial after it), both listed as names ('Name: MORE, HOPE')."""
    m = _LINE_VALUE.match(text, pos)
    if m is None:
        return _surname_first_line(text, pos)
    words = m.group(1).split()
    if any(w.lower() in STOP_WORDS or w.lower() in ORG_WORDS or w.lower() in _LABEL_WORDS for w in words):
        return None
    return m.span(1) if name_frequencies().surname(words[-1].lower()) >= LABEL_SURNAME_MIN else None


_LOWER_LINE_VALUE = regex.compile(r"(\p{Ll}[\p{Ll}'’\-]+(?:[ \t]\p{Ll}[\p{Ll}'’\-]+){1,2})[ \t]*(?:\n|\Z)")


def _lower_line_name(text: str, pos: int) -> tuple[int, int] | None:
    """A person's label whose value, the rest of its line, is two or three words in lower case, a common given name
    first and a common surname last ('patient: ida mae collins'; not 'patient: doing well', 'name: on file')."""
    m = _LOWER_LINE_VALUE.match(text, pos)
    if m is None:
        return None
    words = m.group(1).split()
    if any(w in STOP_WORDS or w in ORG_WORDS or w in _LABEL_WORDS for w in words):
        return None
    freq = name_frequencies()
    if freq.given(words[0]) < SPEAKER_GIVEN_MIN or freq.surname(words[-1]) < LABEL_SURNAME_MIN:
        return None
    return m.span(1)


def _surname_first_line(text: str, pos: int) -> tuple[int, int] | None:
    """'SURNAME, GIVEN' as the whole value of a person's label: a surname of RECORD_SURNAME_MIN holders and a given
    name of SPEAKER_GIVEN_MIN, whatever else each word means."""
    m = _LINE_SURNAME_FIRST.match(text, pos)
    if m is None:
        return None
    surname, given = m.group(1).split(",")[0].lower(), m.group(2).lower()
    if any(w in ORG_WORDS or w in _LABEL_WORDS for w in (surname, given)):  # 'MORE, HOPE': any word, by its shape
        return None
    freq = name_frequencies()
    if freq.surname(surname) < RECORD_SURNAME_MIN or freq.given(given) < SPEAKER_GIVEN_MIN:
        return None
    return m.span(1)


_STRONG_BEFORE = regex.compile(
    rf"(?<![\w])(?i:{_PERSON_LABEL})[ \t]*:[ \t]*\(?[ \t]*(?:{_HONORIFIC.pattern})?\Z", flags=regex.IGNORECASE
)


def after_person_label(text: str, start: int) -> bool:
    """The words at `start` are the value of a person's label and end in a common surname ('Patient: Hollis Amberly
    Church'): a name, though 'Church', 'Hall' end institutions' names elsewhere ('Patient: Mercy Hospital' does not)."""
    if _STRONG_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    last = _LAST_WORD.search(text, start, _line_end(text, start))
    return last is not None and name_frequencies().surname(last.group(0).lower()) >= LABEL_SURNAME_MIN


LABEL_SURNAME_MIN = 10_000  # US holders: 'Church' 36,072, 'Hall' 407,000; 'Hospital', 'Clinic' none
_LAST_WORD = regex.compile(r"\p{L}+(?=[ \t]*\Z)")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return end if end >= 0 else len(text)


def _header_value(text: str, label: str, pos: int) -> bool:
    """A header's value is a name in a header typed in capitals; after 'Last:' or 'First:' a value in capitals is
    enough ('Last: PHAM  First: Minh'), and a capitalised one in a form that labels a name's parts ('Last name:
    Hubbard   First: Carolina')."""
    if label.isupper() and _capitals_line(text, pos):
        return True
    word = _VALUE_WORD.match(text, pos)
    if label.lower() not in {"last", "first"} or word is None or len(word.group()) < 2:
        return False
    return (  # 'Last name: Hubbard   First: Carolina', 'Last: Mueller  First: Hope' (both parts labelled)
        word.group().isupper() or _NAME_PART_LABEL.search(text) is not None or len(_LAST_FIRST.findall(text)) >= 2
    )


_LAST_FIRST = regex.compile(r"(?<![\w])(?i:last|first)[ \t]*:")
_NAME_PART_LABEL = regex.compile(r"(?i)(?<![\w])(?:(?:last|first|given|family)[ \t]+name|surname)[ \t]*:")


def _capitals_line(text: str, start: int) -> bool:
    end = text.find("\n", start)
    letters = [c for c in text[start : end if end >= 0 else len(text)] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _name_value(text: str, pos: int) -> tuple[int, int] | None:
    """One to four capitalised words from `pos` (with 'SURNAME, GIVEN' and initials), ending at a line's or a field's
    end (two spaces, a comma or full stop before a non-name, the next 'Label:'); None when the first word is a plain or
    label word ('Name: unknown', 'Patient: Pharmacy')."""
    words: list[tuple[int, int]] = []
    comma_used = False
    while len(words) < 4:
        w = _VALUE_WORD.match(text, pos)
        if w is None:
            break
        after = text[w.end() : w.end() + 2]
        if after.startswith(":") or _not_a_value_word(w.group(), after_comma=comma_used and len(words) == 1):
            break
        words.append(w.span())
        pos = w.end()
        if after.startswith(", ") and not comma_used and len(words) == 1:  # 'YOUNG, DEREK'
            comma_used, pos = True, pos + 2
            continue
        if after[:1] in (" ", "\t") and after[1:2] not in (" ", "\t"):
            pos += 1
            continue
        break
    return _value_span(text, words, comma_used)


def _not_a_value_word(word: str, *, after_comma: bool) -> bool:
    """A plain word (not an initial) ends the value; right after 'SURNAME,' only a rare given name does ('CROSS, MAY':
    a given name, a month's or a verb's too)."""
    if after_comma:
        return name_frequencies().given(word.lower()) < SPEAKER_GIVEN_MIN
    return _plain_word(word) and not word.endswith(".")


def _value_span(text: str, words: list[tuple[int, int]], comma_used: bool) -> tuple[int, int] | None:
    """The value's span: none without words; the surname alone after 'Brown, ' and nothing after it; none for one
    word the sentence goes on from."""
    if not words:
        return None
    if comma_used and len(words) == 1:
        return words[0]
    if len(words) == 1 and sentence_goes_on(text, *words[0]):
        return None
    return words[0][0], words[-1][1]


_LOWER_NEXT = regex.compile(r"[ \t]+\p{Ll}")


def sentence_goes_on(text: str, start: int, end: int) -> bool:
    """'Patient: Pharmacy called': one capitalised English word that is seldom a name (fewer than
    GIVEN_BEFORE_SURNAME_MIN US holders as a given name, fewer than 1,000 as a surname), then a lower-case word: a
    sentence after the label, not a name ('Patient: Grace called' and 'PT: Young said' stay names)."""
    word = text[start:end].lower()
    if not _LOWER_NEXT.match(text, end) or word not in english_lexicon():
        return False
    freq = name_frequencies()
    return freq.given(word) < GIVEN_BEFORE_SURNAME_MIN and freq.surname(word) < 1000


# 'mr young', 'mrs white' typed in lower case: after the title the next word is the person's surname, whatever it
# means as a word. Only 'mr' and 'mrs': lower-case 'ms' is also multiple sclerosis ('her ms flare'), 'miss' a verb
# ('we miss home'), 'dr' a doctor's office or visit ('the dr said', 'dr appt').
_LOWER_TITLE = regex.compile(r"(?<![\w])(mr|mrs|dr|dra)\.?[ \t]+(\p{Ll}[\p{Ll}'’\-]+?)(?:['’]s)?(?![\w'’\-])")
DR_SURNAME_MIN = 10_000  # US holders: 'Lamb' 59,913, 'Bell' 220,599; 'Office', 'Visit', 'Note' fewer or none


def lower_title_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The word after a lower-case 'mr' or 'mrs' ('next door to mr young'; 'ms' is multiple sclerosis as often),
    unless a plain word ('mr and mrs'), a label word or a clinical word the call protects. After 'dr' ('tell dr.
    lamb', 'dr bell said'), where a thing follows as often ('the dr office', 'dr appointment'), only a word that is
    no English word or a common surname ('dr young said'); so after 'dra' (Spanish 'Dr.' of a woman). A possessive
    is left out of the name ("dr young's office")."""
    out = []
    freq = name_frequencies()
    for m in _LOWER_TITLE.finditer(text):
        start, end = m.span(2)
        word = m.group(2)
        if _plain_word(word) or any(s < end and start < e for s, e in protected):
            continue
        if m.group(1).startswith("dr") and word in english_lexicon() and freq.surname(word) < DR_SURNAME_MIN:
            continue
        out.append((start, end))
    return out


# 'uncle ted', 'aunt bea', 'grandma akinyi' typed in lower case: a relation word, then a lower-case word that is a
# given name (GIVEN_BEFORE_SURNAME_MIN US holders: 'ted' 763; not 'said' 56) or no English word at all. Not a plain
# word ('my mom will call'), an English word that is no given name ('my aunt gets', 'grandma fell') or a clinical word.
_LOWER_RELATION = regex.compile(
    r"(?<![\w])(?:aunt|auntie|aunty|uncle|cousin|grandma|grandpa|granny|nana|mom|mum|dad|sister|brother|sis|bro|"
    r"niece|nephew|stepmom|stepdad|godmother|godfather|husband|wife|hubby|son|daughter|grandson|granddaughter|"
    r"fianc[eé]e?|boyfriend|girlfriend|nurse|pastor|deacon|t[ií]a|t[ií]o)[ \t]+(\p{Ll}[\p{Ll}'’\-]+)(?![\w])"
)


_MONTH_NAMES = frozenset({"april", "june", "august"})  # months that are given names; 'may' is a modal too
_DIGIT_AFTER = regex.compile(r"[ \t]*(?:the[ \t]+)?\d")


def _month_name(text: str, m: regex.Match[str]) -> bool:
    """A month that is a common given name right after a relation word, with no day after it ('nana june in
    lincoln'; not 'mom june 3rd')."""
    word = m.group(1)
    if word not in _MONTH_NAMES or _DIGIT_AFTER.match(text, m.end(1)):
        return False
    return name_frequencies().given(word) >= GIVEN_BEFORE_SURNAME_MIN


_LOWER_PAIR = regex.compile(r"(?<![\p{L}\d'’@./\-])(\p{Ll}{3,})[ \t]+(\p{Ll}[\p{Ll}'’\-]+\p{Ll})(?![\p{L}\d@/])")
LOWER_PAIR_SURNAME_MIN = 10_000  # US holders: 'heller' 25,373, 'brown' 1.4M


def lower_pairs(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A given name and a surname both typed in lower case in a message that capitalises elsewhere ('keisha brown
    btw', 'elizabeth perez wil pick up Grandpa'): the first a given name that is no everyday English word ('keisha';
    'elizabeth', which English writes only with a capital), the second a common surname that is no plain word, or
    any surname of LOWER_SURNAME_MIN+ holders ('bell', 'brown' after such a given name). 'pat banks', 'summer reed'
    stay: both words are words. A message typed wholly in lower case has its own reading (casing.py)."""
    if typed_lower(text) or not any(c.isupper() for c in text):
        return []
    from .places import proper_only  # places imports this module

    out = []
    freq, lex, proper = name_frequencies(), english_lexicon(), proper_only()
    for m in _LOWER_PAIR.finditer(text, overlapped=True):
        given, surname = m.group(1), m.group(2)
        if any(s < m.end() and m.start() < e for s, e in protected) or _plain_word(given) or _plain_word(surname):
            continue
        if not _given_here(given) or (given in lex and given not in proper):
            continue
        pieces = [p for p in _SURNAME_BREAK.split(surname) if p]
        count = freq.surname(surname.replace("'", "").replace("’", "")) or min(freq.surname(p) for p in pieces)
        if count >= LOWER_SURNAME_MIN or (count >= LOWER_PAIR_SURNAME_MIN and _noun_or_no_word(surname)):
            out.append(m.span())
    return out


def lower_relation_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The given name after a lower-case English relation word ('can someone tell uncle ted', 'aunt bea wants'):
    a common given name that is not one of the names that are also everyday words ('a grandma rose to speak'), or a
    word that is no English word in any of its plain forms ('vapes' is 'vape'), no
    contraction typed without its apostrophe ('mom hasnt') and no common word of another language. Relation words
    of other languages are left out: a verb follows them as often ('la abuela salió', 'abuelo tose')."""
    out = []
    freq = name_frequencies()
    for m in _LOWER_RELATION.finditer(text):
        start, end = m.span(1)
        word = m.group(1)
        if _foreign_word_before(text, m.start()):
            continue  # 'pour son livre': another language's 'his', not a son
        if _month_name(text, m) and not any(s < end and start < e for s, e in protected):
            out.append((start, end))  # 'nana june', 'aunt april': no month follows a relation word
            continue
        base = word.removesuffix("'s").removesuffix("’s")  # 'grandma may's ssn'
        if (
            base != word
            and freq.given(base) >= SPEAKER_GIVEN_MIN
            and not any(s < end and start < e for s, e in protected)
        ):
            out.append((start, start + len(base)))  # a modal or a verb takes no possessive: the relation's name
            continue
        if _plain_word(word) or any(s < end and start < e for s, e in protected):
            continue
        if _name_word_acting(text, word, end) or _after_kin_title(m, word):
            out.append((start, end))  # 'pastor dale came by', 'her brother angel can drive', 'uncle ray if'
            continue
        common_given = freq.given(word) >= GIVEN_BEFORE_SURNAME_MIN and word not in name_words()  # not 'rose'
        english = english_lexicon().inflected(word)  # 'vapes' is 'vape'
        if common_given or not (english or word.endswith("nt") or word in other_language_words()):
            out.append((start, end))
    return out


# A relation or a pastoral title before a capitalised word, in mixed-case text ('my brother Will who', 'wife Irma re:',
# 'from Aunt Bea:', 'Granddaughter Nia:')
_RELATION_CAPITAL = regex.compile(
    rf"(?<![\w'’])(?i:{_RELATION}|hubby|wifey|grandkid|pastor|deacon|tia|tio|tía|tío)"
    r"[ \t]+(\p{Lu}\p{Ll}+)(?![\w'’@.\-])"
)


def relation_capitals(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A capitalised word right after a relation word in mixed-case text is the relation's name: a given name of
    SPEAKER_GIVEN_MIN US holders even when it is also a modal or a month ('my brother Will who lives', 'her daughter
    April called': mid-sentence, a capital makes it a name), or a word that is neither English nor plain ('Aunt
    Bea:'). Not before a number ('her son June 3'), not in a word use ('Grandma May I'), not a clinical word."""
    from .known import is_word_use  # known imports lexicon only

    if not _mixed_case(text):
        return []
    out = []
    freq = name_frequencies()
    for m in _RELATION_CAPITAL.finditer(text):
        start, end = m.span(1)
        word = m.group(1)
        if any(s < end and start < e for s, e in protected) or _DIGIT_AFTER.match(text, end):
            continue
        if is_word_use(text, start, end):
            continue  # 'Tell Grandma May I come over?'
        if freq.given(word) >= SPEAKER_GIVEN_MIN or not (
            _plain_word(word) or english_lexicon().inflected(word.lower())
        ):
            out.append((start, end))
    return out


# A kin word of another language written as a title before a name, both capitalised in mixed-case text ('Abuela
# Chela's transplant', 'pakisabi kay Tita Baby', 'Tío Boo', 'Bà Lan', 'Cô Thu'): the family's form of address, like
# 'Aunt'
_FOREIGN_KIN_TITLE = regex.compile(
    r"(?<![\w'’])(?:Abuel[ao]|Abuelit[ao]|T[ií][ao]|Tit[ao]|Lol[ao]|Kuya|Ate|Manang|Manong|Tatay|Nanay|Nonn[ao]|Zi[ao]|"
    r"Oma|Opa|Tante|Onkel|Mémé|Pépé|Babcia|Dziadek|Ciocia|Wujek|Bà|Ông|Cô|Chú|Bác|Dì|Cậu|Chị|Vovó|Vovô|Avó|Avô|Yaya|Bubbe|Zayde|"
    # a carer's title in Spanish or Portuguese, in any case ('la enfermera Lincoln dijo', 'el doctor Pike')
    r"(?i:enfermer[ao]|doctor[ae]?|dra|médic[ao]|medic[ao]|cuidador[ae]?|terapeuta))"
    r"[ \t]+(\p{Lu}\p{Ll}+)(?![\w@.\-]|['’](?!s\b))"
)


def foreign_kin_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised word after a capitalised kin title of another language in mixed-case text, whatever it means
    as an English word ('Tita Baby', 'Tío Boo'); not a stop word, a word of another language ('Abuela Dice'), a month
    or a weekday, a clinical word, or a word before a number."""
    from .dates import CALENDAR_WORDS  # dates imports nothing of this module

    if not _mixed_case(text):
        return []
    out = []
    for m in _FOREIGN_KIN_TITLE.finditer(text):
        start, end = m.span(1)
        low = m.group(1).lower()
        if low in STOP_WORDS or low in other_language_words() or low in CALENDAR_WORDS or low in _LABEL_WORDS:
            continue
        if english_lexicon().verb_inflection(low):
            continue  # 'Abuela Called the clinic': what she did
        if any(s < end and start < e for s, e in protected) or _DIGIT_AFTER.match(text, end):
            continue
        out.append((start, end))
    return out


# The same in a message typed in capitals ('GRANDMA IRMA IS ASKING', 'UNCLE WILL'S CELL', 'FOR GRANDPA LEROY:')
_RELATION_SHOUTED = regex.compile(
    rf"(?<![\w'’])(?i:{_RELATION}|hubby|grandkid|pastor|deacon|tia|tio|tía|tío)"
    r"[ \t]+(\p{Lu}{2,})(['’]S)?(?![\w'’@.\-])"
)
# what follows a person's name and never a modal or a word use ('UNCLE WILL HAS', 'NANA MAY SAID', 'GRANDPA JUNE:')
_SHOUTED_NAME_NEXT = regex.compile(r"[ \t]*(?::|(?:IS|WAS|HAS|HAD|SAID|SAYS|CALLED|TEXTED|NEEDS|WANTS)(?![\w'’]))")


def shouted_relation_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """In capitals, a relation word before a given name of SPEAKER_GIVEN_MIN US holders names that person when the
    name is no English word ('GRANDMA IRMA'; a word of another language counts as a name after an English relation
    word), or when it takes a possessive, a colon or a person's verb in the third person ('UNCLE WILL HAS', 'AUNT
    ROSE'S'); a modal stays a modal ('MY SON WILL CALL'), a date a date."""
    out = []
    freq = name_frequencies()
    for m in _RELATION_SHOUTED.finditer(text):
        start, end = m.span(1)
        low = m.group(1).lower()
        if any(s < end and start < e for s, e in protected) or _DIGIT_AFTER.match(text, m.end()):
            continue
        if freq.given(low) < SPEAKER_GIVEN_MIN:
            continue
        lex = name_lexicon()
        english = (
            low in STOP_WORDS
            or low in _LABEL_WORDS
            or low in lex.edge_words
            or low in name_words()
            or english_lexicon().inflected(low)
        )
        if not english or m.group(2) or _SHOUTED_NAME_NEXT.match(text, end):
            out.append((start, end))
    return out


_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")


def _foreign_word_before(text: str, start: int) -> bool:
    """The word before is a function word of another language and no English one ('pour son', 'avec son')."""
    from .stop_words import foreign_stop_words  # stop_words imports lexicon only

    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    low = m.group(1).lower() if m else ""
    return low in foreign_stop_words() and low not in STOP_WORDS


_KIN_TITLES = frozenset({"aunt", "auntie", "aunty", "uncle", "pastor", "deacon"})
KIN_TITLE_SURNAME_MIN = 1000  # US holders: 'Ike' 1,424, 'Rue' 5,023, 'Bell' 220,599


def _after_kin_title(m: regex.Match[str], word: str) -> bool:
    """Right after a title one calls a person by ('uncle', 'aunt', 'pastor', 'deacon'), a given name of
    SPEAKER_GIVEN_MIN US holders or a surname of KIN_TITLE_SURNAME_MIN is that person's name even when it is also a
    word ('uncle ray if', 'deacon bell friday', 'pastor ike is'), unless it is what a person does ('uncle called',
    'aunt leaves', 'grandma rose' is no title)."""
    from .name_cues import person_acts  # name_cues imports this module

    title = m.group(0)[: m.start(1) - m.start()].strip().lower()
    if title not in _KIN_TITLES or word in STOP_WORDS or word in person_acts():
        return False
    if english_lexicon().verb_inflection(word):
        return False
    freq = name_frequencies()
    return freq.given(word) >= SPEAKER_GIVEN_MIN or freq.surname(word) >= KIN_TITLE_SURNAME_MIN


_NEXT_LOWER = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}'’]*)")
_MODALS = frozenset({"can", "could", "should", "might", "must", "may"})


def _name_word_acting(text: str, word: str, end: int) -> bool:
    """A given name that is also a word (conf/name_words.txt; SPEAKER_GIVEN_MIN US holders), right after a relation
    word and before what a person does or a common surname: the relation's name ('pastor dale came by', 'her brother
    angel can drive', 'my husband frank mills is'); 'my son will call' has no name word, 'a grandma rose to speak' no
    person's verb after it."""
    from .name_cues import person_acts  # name_cues imports this module

    if word not in name_words() or name_frequencies().given(word) < SPEAKER_GIVEN_MIN:
        return False
    nxt = _NEXT_LOWER.match(text, end)
    after = nxt.group(1) if nxt else ""
    return after in person_acts() or after in _MODALS or name_frequencies().surname(after) >= LOWER_SURNAME_MIN


# 'aunt bea (beatrice king)', 'Bob (robert caldwell)': another name for a person just found, in brackets after it
_BRACKETED = regex.compile(r"[ \t]*\((\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,2})\)")
_RELATION_BEFORE_BRACKET = regex.compile(rf"(?<![\p{{L}}'’\-])(?i:{_RELATION})(?=[ \t]*\()")


def bracketed_names(
    text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A name in brackets right after a detected person or a relation word, in any case ('aunt bea (beatrice king)',
    'dad (frank reed)'): its first word a
    given name (GIVEN_BEFORE_SURNAME_MIN US holders), or two or three words ending in a common surname; no word of it
    a plain or clinical word. A maiden-name marker is left out of it ('(née Dupont)': the surname only)."""
    out = []
    freq = name_frequencies()
    relations = [m.end() for m in _RELATION_BEFORE_BRACKET.finditer(text)]  # 'dad (frank reed)', 'my son (Theo)'
    for end in [e for _, e in people] + relations:
        m = _BRACKETED.match(text, end)
        if m is None:
            continue
        start, stop = m.span(1)
        words = m.group(1).split()
        if words[0].lower() in _MAIDEN and len(words) > 1:
            start, words = text.index(words[1], start), words[1:]
        if any(_plain_word(w) for w in words) or any(s < stop and start < e for s, e in protected):
            continue
        given = freq.given(words[0].lower()) >= GIVEN_BEFORE_SURNAME_MIN
        if given or (len(words) > 1 and freq.surname(words[-1].lower()) >= 1000):
            out.append((start, stop))
    return out


# what a bracket says of the person before it: a relation, with an owner ('(son)', '(my daughter)', "(dad's partner)",
# '(dads partner)'), and maybe more after a comma ('(dad, the patient)'), or the writer ('(me)')
_RELATION_BRACKET = (
    r"[ \t]*\([ \t]*(?i:(?:(?:my|our|her|his|their|the)[ \t]+)?(?:\p{L}+['’]?s[ \t]+)?"
    rf"{_RELATION}s?|me)[ \t]*[,)]"
)
_BEFORE_RELATION = regex.compile(rf"(?<![\p{{L}}'’])({_NAME}(?:[ \t]+{_NAME}){{0,2}}){_RELATION_BRACKET}")
_BEFORE_RELATION_LOWER = regex.compile(rf"(?<![\p{{L}}'’\-])(?:(\p{{Ll}}+)[ \t]+)?(\p{{Ll}}+){_RELATION_BRACKET}")


_WORD_BEFORE_PHONE = regex.compile(r"(?<![\p{L}\d'’@.\-])(\p{Lu}\p{Ll}+)[ \t]*(?:[\-–—:,(][ \t]*)?\Z")
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}\p{L}*[ \t]+\Z")
_LINE_HEAD = regex.compile(r"(?:\A|\n)[ \t]*(?:[\-*•>]+[ \t]*|\d{1,2}[.)][ \t]*)?(?:[\p{L}\-’']+:?[ \t]+){0,2}\Z")


def names_before_phones(
    text: str, phones: list[tuple[int, int]], protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A contact list's name right before its number, near the start of its line ('Daughter-in-law: Deb 570 555 0177',
    '- Summer +1 (973) 930-0433', 'Ro - 201-555-0192', 'evenings Kenya 313 555 0133'): a capitalised word that is a
    common given name (a month's too: '3. June 808-555-6266'), a common surname or no word of English or another
    language, and no label, relation, role or form word ('Cell 555-...', 'Pharmacy: 555-...', 'Son: 555-...')."""
    out = []
    freq, lex = name_frequencies(), name_lexicon()
    for start, _ in phones:
        m = _WORD_BEFORE_PHONE.search(text, max(0, start - 40), start)
        if m is None or _LINE_HEAD.search(text, max(0, m.start(1) - 60), m.start(1)) is None:
            continue
        word = m.group(1)
        low = word.lower()
        if low in _LABEL_WORDS or low in STOP_WORDS or low in lex.edge_words or _RELATION_WORD.fullmatch(word):
            continue
        if low in _ROLE_LABELS or is_contraction(word) or any(a < m.end(1) and m.start(1) < b for a, b in protected):
            continue
        named = freq.given(low) >= SPEAKER_GIVEN_MIN or freq.surname(low) >= LOWER_SURNAME_MIN
        unknown = low not in english_lexicon() and low not in other_language_words() and low not in lex.not_names
        if unknown and _CAPITAL_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
            unknown = False  # 'Pflegedienst Sonnenschein: 0221 ...': the end of a firm's name
        if named or unknown:
            out.append(m.span(1))
    return out + _listed_before_phones(text, phones, protected)


# a lower-case name before its number in a run of contacts after a comma ('..., tammy 309-555-0194, me Brad ...')
_LOWER_BEFORE_PHONE = regex.compile(
    r"(?:,|(?<![\p{L}])and)[ \t]+(\p{Ll}[\p{Ll}'’\-]+)(?:[ \t]+(?:at|is|on))?[ \t]*:?[ \t]*\Z"
)


def _listed_before_phones(
    text: str, phones: list[tuple[int, int]], protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A word in lower case after a comma or 'and' right before a phone number, that is a common given name or a
    given name that is no word ('tammy', 'kelly', 'brandi'; not 'cell', 'me', 'work', 'mom')."""
    out = []
    lex = name_lexicon()
    for start, _ in phones:
        m = _LOWER_BEFORE_PHONE.search(text, max(0, start - 40), start)
        if m is None or any(a < m.end(1) and m.start(1) < b for a, b in protected):
            continue
        word = m.group(1)
        if word in _LABEL_WORDS or word in STOP_WORDS or word in lex.edge_words or _RELATION_WORD.fullmatch(word):
            continue
        if word in _ROLE_LABELS or word in lex.not_names or is_contraction(word):
            continue
        if _lower_given(word):
            out.append(m.span(1))
    return out


_LINE_OPENING = regex.compile(r"(?:\A|\n)[ \t>*•\-–—]*(?:\d{1,2}[.)][ \t]*)?\Z")


def names_before_relations(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words before a relation in brackets name that person ('Reed Thompson (son) 406-555-0133', 'Lily Young
    (neighbor)'): capitalised, no plain word among them, the first a given name (GIVEN_BEFORE_SURNAME_MIN US
    holders) or the last a common surname; a common given name that is a word too when it opens a list's line ('Will
    (son) 512.555.0109')."""
    out = []
    freq = name_frequencies()
    for m in _BEFORE_RELATION.finditer(text):
        start, end = m.span(1)
        words = m.group(1).split()
        if any(a < end and start < b for a, b in protected):
            continue
        if any(_plain_word(w) for w in words):
            if len(words) == 1 and _LINE_OPENING.search(text, max(0, start - 8), start) and _given_not_role(words[0]):
                out.append((start, end))  # a list's line: 'Will (son) 512.555.0109', 'Rusty (next door) ...'
            continue
        if freq.given(words[0].lower()) >= GIVEN_BEFORE_SURNAME_MIN or freq.surname(words[-1].lower()) >= 1000:
            out.append((start, end))
    if typed_lower(text):
        out += _lower_names_before_relations(text, protected)
    return out


def _lower_names_before_relations(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """In a message typed in lower case, the word before a relation in brackets when it is a given name of
    GIVEN_BEFORE_SURNAME_MIN US holders and no stop word ('ken (dads partner)', 'summer (my daughter)'), with the word
    before it when that is a given name too and the last a common surname ('frank reed (dad)')."""
    out = []
    freq = name_frequencies()
    for m in _BEFORE_RELATION_LOWER.finditer(text):
        start, end = m.span(2)
        if any(a < end and start < b for a, b in protected) or _plain_word(m.group(2)):
            continue
        first = m.group(1)
        if first and not _plain_word(first) and freq.given(first) >= GIVEN_BEFORE_SURNAME_MIN:
            if freq.surname(m.group(2)) >= 1000:
                out.append((m.start(1), end))  # 'frank reed (dad)'
                continue
        if freq.given(m.group(2)) >= GIVEN_BEFORE_SURNAME_MIN:
            out.append((start, end))
    return out


_BEFORE_NICKNAME = regex.compile(r"(\p{Lu}\p{Ll}+)[ \t]+[(\"“'‘][ \t]*$")


def names_before_nicknames(
    text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The given name before a nickname in brackets or quotes when the nickname was read as a person ('Florence (Flo)
    Dubois', 'Bartholomew "Bart" Jenkins'): a capitalised word that is a given name (GIVEN_BEFORE_SURNAME_MIN US
    holders) and no plain word, right before the bracket."""
    out = []
    freq = name_frequencies()
    for start, _ in people:
        m = _BEFORE_NICKNAME.search(text, max(0, start - 40), start)
        if m is None:
            continue
        word = m.group(1)
        span = m.span(1)
        if _plain_word(word) or freq.given(word.lower()) < GIVEN_BEFORE_SURNAME_MIN:
            continue
        if not any(a <= span[0] and span[1] <= b for a, b in people) and not any(
            a < span[1] and span[0] < b for a, b in protected
        ):
            out.append(span)
    return out


_MAIDEN = frozenset({"née", "nee", "born", "geb.", "geb", "z", "d.", "aka", "formerly"})


# a label whose name comes after one to three role words, any case: 'Nurse line RN Tasha:', 'Case worker Deb:',
# 'Tenant Luis:', 'Dra. Villaseñor:', 'Nachbarin Frau Yilmaz:', and in a dialogue typed in lower case 'lena:'
_ROLE_SPEAKER = regex.compile(
    rf"(?m)^[ \t>\-*•]*((?:\p{{L}}[\p{{L}}\-]*\.?[ \t]+){{0,3}})(\p{{L}}[\p{{L}}'’\-]*\p{{L}})[ \t]*{_EMOJI}:(?!//)"
)
# titles of other languages before a surname ('Frau Yilmaz:', 'Dra. Villaseñor:'); English ones are in names.yaml
_OTHER_TITLES = frozenset(
    "frau herr dra sra srta mme mlle madame monsieur signora signor signore senhora senhor dona doña pani".split()
)


def role_speakers(text: str) -> list[tuple[int, int]]:
    """The name of a speaker label after role words ('Case worker Deb:'), when the label is said again on another
    line, the role ends in a title, or the line is speech; in a message typed in lower case, a given name alone or
    after a relation ('lena:', 'grandma june:') in a dialogue of such labels."""
    matches = list(_ROLE_SPEAKER.finditer(text))
    said = [" ".join(m.group(0).lower().split()) for m in matches]
    lower = typed_lower(text)
    out = []
    for m, label in zip(matches, said, strict=True):
        roles, name = m.group(1).split(), m.group(2)
        if not (roles or lower) or not all(_role_word(w) for w in roles) or not (lower or name[0].isupper()):
            continue
        repeated = said.count(label) >= 2
        titled = bool(roles) and roles[-1].lower().rstrip(".") in (_OTHER_TITLES | name_lexicon().titles)
        if _speaker_after_roles(text, m, name, repeated=repeated, titled=titled, lower=lower):
            out.append(m.span(2))
    return out


def lower_dialogue_speakers(text: str) -> list[tuple[int, int]]:
    """Speaker labels typed in lower case in a chat whose other text is cased ('peter: who has mom's trazodone' /
    'ashley: me, dropping at 6232 W Creek Ave'): two or more lines open with one lower-case word and a colon, one of
    them a reply; each such word that is a common given name and no relation, role, form word or abbreviation
    ('summer:', 'will:' too), or that is no word of English or another language and no abbreviation ('traudl:',
    'keon:'), is a speaker's name. A message typed wholly in lower case has its own rule (`role_speakers`)."""
    labels = [m for m in _ROLE_SPEAKER.finditer(text) if not m.group(1).strip() and m.group(2).islower()]
    if len(labels) < 2 or typed_lower(text) or not any(_replies(text, m.end()) for m in labels):
        return []
    lex, freq = name_lexicon(), name_frequencies()
    out = []
    for m in labels:
        word = m.group(2)
        low = word.lower()
        if low in _LABEL_WORDS or low in _PRONOUNS or low in lex.edge_words or is_contraction(word):
            continue
        if _RELATION_WORD.fullmatch(word) or low in _ROLE_LABELS or low in STOP_WORDS:
            continue
        if freq.given(low) >= SPEAKER_GIVEN_MIN and low not in abbreviations():
            out.append(m.span(2))
        elif low not in lex.not_names and low not in english_lexicon() and low not in other_language_words():
            out.append(m.span(2))
    return out


def _role_word(word: str) -> bool:
    """A word of a role or a title written before a name ('Case', 'worker', 'RN', 'Dra.'): an English word, an
    abbreviation or a word of another language that is no name, and no function word ('Note to Deb:' is no label)."""
    low = word.lower().rstrip(".")
    if low in STOP_WORDS or not low.isalpha():
        return False
    lex = name_lexicon()
    return low in english_lexicon() or low in lex.not_names or low in lex.titles or low in _OTHER_TITLES


def _speaker_after_roles(
    text: str, m: regex.Match[str], name: str, *, repeated: bool, titled: bool, lower: bool
) -> bool:
    """Said on two lines, a label's last word is a name unless it is a plain word ('Shift note:'); once, it must be
    a name rather than a word ('Tenant Luis: me 520-...', not 'Electric Bill: we paid it')."""
    low, lex = name.lower(), name_lexicon()
    if low in _LABEL_WORDS or low in lex.edge_words or is_contraction(name) or low in _PRONOUNS:
        return False
    given = name_frequencies().given(low) >= SPEAKER_GIVEN_MIN
    if low in lex.not_names and not (given and repeated):
        return False  # 'Son:', 'Plan:'; 'grandma june:' twice is a name
    if lower:
        return repeated and given and (not m.group(1).split() or _relation_last(m.group(1)))
    if titled:
        return True
    if repeated:
        return not _plain_word(name) or given
    return _speech(text, m.end()) and (low not in english_lexicon() or (given and low not in name_words()))


def dialogue_speakers(
    text: str, people: list[tuple[int, int]], protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """In a dialogue whose labels already named a person (two or more labelled lines, one a reply, one taken), every
    other speaker's label with a word after it names a person too ('Will: ok'), when its last word could be a name (a
    given name of any count, no English word, a common surname after a role: 'drew:', 'LIBBY:', 'Case mgr Ferris:',
    'Hospice RN Hill:') and the words before it are relations, roles or short abbreviations; never a relation, role,
    form word or pronoun ('Me:', 'Note:', 'nurse line:')."""
    labels = list(_ROLE_SPEAKER.finditer(text))
    if len(labels) < 2 or not any(_replies(text, m.end()) for m in labels):
        return []
    if not any(_taken(m.span(2), people) for m in labels):
        return []
    matches = [m for m in labels if _TURN_WORD.search(text, m.end(), _line_end(text, m.end()))]  # 'Will: ok'
    out = []
    for m in matches:
        span = m.span(2)
        if _taken(span, people) or any(s < span[1] and span[0] < e for s, e in protected):
            continue
        roles = m.group(1).split()
        if _role_phrase(roles) and _speaker_word(m.group(2), related=bool(roles)):
            out.append(span)
    return out


def _role_phrase(roles: list[str]) -> bool:
    """The words before a speaker's name: none, or a role or an abbreviation last ('Case manager', 'Hospice RN',
    'Night nurse') after roles, abbreviations or English words that name no one."""
    if not roles:
        return True
    if not _role_or_abbreviation(roles[-1]):
        return False
    freq = name_frequencies()
    return all(
        _role_or_abbreviation(w) or (w.lower() in english_lexicon() and not freq.given(w.lower())) for w in roles[:-1]
    )


_TURN_WORD = regex.compile(r"\p{L}{2,}")  # 'ok', 'thx'; not 'n/a'


def _taken(span: tuple[int, int], people: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in people)


def _replies(text: str, start: int) -> bool:
    """What follows a label is a turn of speech, however short ('on it', 'yes me'), not a value ('88421', 'Mon')."""
    end = text.find("\n", start)
    words = _SPEECH_WORD.findall(text, start, end if end >= 0 else len(text))
    return len(words) >= 2 and any(w.lower() in STOP_WORDS for w in words)


_ABBREVIATION = regex.compile(r"(?i)[b-df-hj-np-tv-z]{2,4}\.?")  # no vowel: 'mgr', 'RN', 'Pt', 'Dr.'


def _role_or_abbreviation(word: str) -> bool:
    return _role_word(word) or _RELATION_WORD.fullmatch(word) is not None or _ABBREVIATION.fullmatch(word) is not None


def _speaker_word(word: str, *, related: bool) -> bool:
    """A label's last word that may be a person's name: no relation, role, form word, pronoun or contraction."""
    low, lex = word.lower(), name_lexicon()
    if low in _LABEL_WORDS or low in _PRONOUNS or is_contraction(word) or _RELATION_WORD.fullmatch(word):
        return False
    if low in _ROLE_LABELS:
        return False
    if word[:1].isupper() and name_frequencies().given(low) >= SPEAKER_GIVEN_MIN and low not in lex.edge_words:
        return True  # 'Will: SpO2 is 89%' among other speakers: a common given name, though a word ('will', 'may')
    if low in STOP_WORDS or low in lex.edge_words or (low in lex.not_names and not related):
        return False
    if related and word[:1].isupper() and name_frequencies().surname(low) >= LOWER_SURNAME_MIN:
        return True  # 'Hospice RN Hill:', 'Case manager Young:': a common surname after a role
    return name_frequencies().given(low) > 0 or low not in english_lexicon()  # 'nurse line:' is a phone line


def _relation_last(roles: str) -> bool:
    """The words before a lower-case label end in a relation ('grandma june:', 'kid brother gene:')."""
    return regex.fullmatch(_RELATION, roles.split()[-1], flags=regex.IGNORECASE) is not None


# a given name, a middle initial and a surname, in capitals or capitalised: 'CLIFFORD J. NAKASHIMA', 'Gloria E Santana'
_INITIAL_NAME = regex.compile(r"(?<![\w.'’])(\p{Lu}[\p{L}'’\-]+)[ \t]+\p{Lu}(\.?)[ \t]+(\p{Lu}[\p{L}'’\-]+)(?![\w])")


def initial_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Given I. Surname' in any capitalisation: the middle initial makes the three words one name, when the first
    is a given name (or, before a dotted initial, no English word) and the last no plain word; without the initial's
    dot the first must be a common given name ('GLORIA E SANTANA'; not 'MEDICARE PART B PREMIUM', 'VITAMIN D LEVEL')."""
    out = []
    for m in _INITIAL_NAME.finditer(text):
        first, dot, last = m.group(1), m.group(2), m.group(3)
        if any(s < m.end() and m.start() < e for s, e in protected) or _plain_word(first) or _plain_word(last):
            continue
        count = name_frequencies().given(first.lower())
        given = count >= GIVEN_BEFORE_SURNAME_MIN or (dot and count >= SPEAKER_GIVEN_MIN)  # 'OTIS B. GRIMES'
        if not (given or (dot and first.lower() not in english_lexicon())):
            continue
        low = last.lower()
        if low in english_lexicon() and name_frequencies().surname(low) < 1000 and low not in name_words():
            continue
        out.append(m.span())
    return out
