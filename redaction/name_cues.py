"""Names that are English words, and places nobody introduced, told apart by how common they are and by context.

"Hope is coming", "Will called", "MARK AND JUNE BROUGHT DINNER": a word that is both an English word and a
given name is a name here because it is a common given name (`name_freq.py`: US holders) *and* the words
around it are those of a person: a verb of a person right after it ("called", "brought", "is staying"),
"and I" after it, another name beside it in a list, a relation word before it ("DAUGHTER APRIL"), or a verb
of contact before it ("CALLED BILL ABOUT"). The same word reads as a word after a determiner ("the bill"),
before one ("Mark the calendar", "Bill the insurance"), after "please", as a month after "in", or as a modal
before a verb's base form ("Will he need", "will call"). In mixed-case text only a sentence's first word
needs this (capitals elsewhere are names already: `people.midsentence_capitals`); in a message typed in
capitals every word does.

Places: a run of two or three capitalised words that is a populated place ("Grand Rapids", "Salt Lake City")
is a place wherever it stands; a single word at a sentence start that is a large populated place and, as an
English word, only a noun (WordNet lists "Dayton"; "Mobile", "Reading" are also adjectives or verbs) and not
a common given name is a place too ("Dayton has a memory care unit"); so is a populated place that is no
English word before "area", "suburbs", "county" ("the Leeds area").
"""

from __future__ import annotations

from functools import lru_cache

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .dates import CALENDAR_WORDS
from .known import at_sentence_start
from .lexicon import EnglishLexicon, english_lexicon, load_conf, name_lexicon, place_not_names
from .name_freq import name_frequencies
from .people import ORG_WORDS, syllable_given
from .places import place_names, proper_only
from .textutil import fold, typed_lower

MIN_GIVEN = 100  # US holders in the given-name list: 'Hope' 296, 'Will' 116, 'Sandy' 549; 'Art' 84, 'Rich' 65
SENTENCE_START_PLACE_MIN = 50_000  # a one-word place at a sentence start with no place word before it
_TOKEN = regex.compile(r"\p{L}[\p{L}'’]*")
_RELATION_WORDS = (
    r"daughter|son|husband|wife|brother|sister|mother|father|mom|mum|mama|dad|papa|grandson|granddaughter|grandma|"
    r"grandpa|grandmother|grandfather|granny|nana|niece|nephew|aunt|auntie|uncle|cousin|neighbou?r|friend|"
    r"boyfriend|girlfriend|fiancée?|partner|caregiver|aide|stepdaughter|stepson|stepmother|stepfather|"
    r"(?:son|daughter|brother|sister|mother|father)-in-law"
)
# kin words that are also written as a form of address before a given name ('Aunt May', 'nana rose', 'Grandmom Opal')
_KIN_TITLES = (
    r"aunt|auntie|aunty|uncle|grandma|grandpa|grandmother|grandfather|granny|nana|nanna|grandmom|grandmum|granddad|"
    r"grandad|gramma|grampa|gran|cousin|stepdad|stepmom|stepmum"
)
_BREAK = regex.compile(r"[.!?;:\n]")


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    data = load_conf("name_cues.yaml")
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()}


def relation_words() -> frozenset[str]:
    """Relation and role words ('daughter', 'neighbor', 'nurse') that come before a person's name."""
    return _cues()["relations"]


def likely_given(word: str) -> bool:
    """A common given name (or one of the hand-listed names that are words)."""
    low = word.lower()
    return name_frequencies().given(low) >= MIN_GIVEN or low in name_lexicon().common_words


def cued_given(word: str) -> bool:
    """A likely given name, or, where a cue names a person ('its Gracie', 'MY SON TREY'), a given name of any count
    that English spells only with a capital: a name in the dictionary, not an everyday word; no month, not 'ok'."""
    low = word.lower()
    if likely_given(low):
        return True
    return name_frequencies().given(low) > 0 and len(low) > 2 and low in proper_only() and low not in CALENDAR_WORDS


def person_acts() -> frozenset[str]:
    """What a person does or is right after the name, a verb or an auxiliary ('came', 'is', 'will'), without the
    small words that also follow a thing ('to', 'about', 'at')."""
    cue = _cues()
    return cue["person_verbs"] | cue["auxiliaries"]


def person_next_words() -> frozenset[str]:
    """Words that follow a person's name without being part of it ('called', 'is', 'about')."""
    cue = _cues()
    return cue["person_verbs"] | cue["auxiliaries"] | cue["after_contact"] | cue["person_states"]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower().replace("’", "'")) for m in _TOKEN.finditer(text)]


def _same_sentence(text: str, a: int, b: int) -> bool:
    return _BREAK.search(text, a, b) is None


class _Context:
    """The words around token i, within its sentence ('' past either end)."""

    def __init__(self, text: str, tokens: list[tuple[int, int, str]], i: int) -> None:
        start, end, _ = tokens[i]

        def at(j: int) -> str:
            if not 0 <= j < len(tokens):
                return ""
            s, e, w = tokens[j]
            inside = _same_sentence(text, e, start) if j < i else _same_sentence(text, end, s)
            return w if inside else ""

        self.p2, self.p1, self.n1, self.n2, self.n3, self.n4 = (at(i + d) for d in (-2, -1, 1, 2, 3, 4))
        self.comma_after = text[end : end + 1] == ","


def _list_predicate(cue: dict[str, frozenset[str]], first: str, second: str) -> bool:
    """What a list of people does next: a person's predicate, or 'will be' ('MARK AND HEATHER WILL BE AT')."""
    return _person_predicate(cue, first, second) or (first in cue["auxiliaries"] and second == "be")


# a modal after a sentence's first word, then a verb: the first word is the subject, and a common noun would take an
# article ('THE NURSE WILL CALL'); a pronoun or an article after the modal makes it a question ('WILL YOU', 'CAN THE')
_SUBJECT_MODALS = frozenset({"will", "can", "could", "should", "would", "must", "might", "can't", "won't"})
_NOT_A_VERB = frozenset({"", "you", "i", "we", "he", "she", "they", "it", "the", "a", "an", "this", "that", "be"})


def _person_predicate(cue: dict[str, frozenset[str]], first: str, second: str) -> bool:
    """'called', 'is staying', 'has been', "can't": what a person does next."""
    if first in cue["person_verbs"]:
        return True
    return first in cue["auxiliaries"] and (second in cue["person_states"] or second.endswith("ing"))


def _is_name_here(word: str, ctx: _Context, shouted: bool, others: set[str]) -> bool:
    """A given name that is an English word is a name here when its neighbours say a person acts or is acted on."""
    cue = _cues()
    if _word_use_here(word, ctx, cue):
        return False
    if _person_predicate(cue, ctx.n1, ctx.n2) or (ctx.n1 == "and" and ctx.n2 in {"i", "me"}):
        return True
    if _listed_with_a_name(ctx, cue, others):
        return True
    if shouted and ctx.p1 == "" and ctx.n1 in _SUBJECT_MODALS and ctx.n2 not in _NOT_A_VERB:
        return True  # 'HUNTER WILL PICK UP', 'REED CAN DO MON': a bare noun opening a sentence is no subject
    if shouted and ctx.p1 in cue["relations"]:
        return True  # 'DAUGHTER APRIL SAYS'
    if ctx.p1 in _TELLING_VERBS and ctx.n1 in cue["determiners"]:
        return True  # 'text Will the code', 'tell grace the news': what one tells a person comes after the person
    return ctx.p1 in cue["contact_verbs"] and (ctx.n1 in cue["after_contact"] or ctx.n1 == "" or ctx.comma_after)


def _listed_with_a_name(ctx: _Context, cue: dict[str, frozenset[str]], others: set[str]) -> bool:
    """In a list with another name before a person's verb: 'MARK AND JUNE BROUGHT' (either name of it)."""
    if ctx.n1 in {"and", "&"} and ctx.n2 in others and _list_predicate(cue, ctx.n3, ctx.n4):
        return True
    return ctx.p1 in {"and", "&"} and ctx.p2 in others and _list_predicate(cue, ctx.n1, ctx.n2)


def _word_use_here(word: str, ctx: _Context, cue: dict[str, frozenset[str]]) -> bool:
    """The word is used as a word here: after a determiner or 'please' ('the bill', 'please mark'), a month after its
    preposition ('in June'), a verb before a determiner ('Mark the calendar', 'Bill the insurance'), or a modal not
    before a person's verb ('Will he need', 'will call back')."""
    use = name_lexicon().word_use
    if ctx.p1 in cue["determiners"] or ctx.p1 == "please":
        return True
    if word in use.month and ctx.p1 in use.month_preceders:
        return True
    if ctx.n1 in cue["determiners"] and ctx.p1 not in cue["contact_verbs"]:
        return True
    if ctx.p1 in _ADDRESS_VERBS:
        return False  # a modal needs a subject before it: 'ask will if', 'tell Will to' address a person
    return word in use.modal and ctx.n1 not in cue["person_verbs"] | cue["auxiliaries"] and ctx.n1 != "and"


def name_word_people(
    text: str, protected: list[tuple[int, int]], taken: list[tuple[int, int]], shouted: bool
) -> list[tuple[int, int]]:
    """Given names that are English words, read as names by their context (see the module docstring)."""
    tokens = _tokens(text)
    lex = english_lexicon()
    candidates = _name_word_candidates(text, tokens, shouted)
    clauses = _clause_openers(text, tokens, lex) - candidates
    candidates |= clauses
    if not candidates:
        return []
    others = {w for s, e, w in tokens if likely_given(w) or (w not in lex and len(w) >= 3)}
    out = []
    blocked = protected + taken
    relations = _cues()["relations"]  # a relation word is the relation ('Son called', 'SON PAID'), whatever its count
    for i in sorted(candidates):
        s, e, w = tokens[i]
        if w in relations or any(a < e and s < b for a, b in blocked):
            continue
        ctx = _Context(text, tokens, i)
        if _is_name_here(w, ctx, shouted, others) if i not in clauses else _clause_subject(w, ctx):
            out.append((s, e))
    return out


_CLAUSE_START = regex.compile(r"[ \t]*,[ \t]*\Z")


def _clause_openers(text: str, tokens: list[tuple[int, int, str]], lex: EnglishLexicon) -> set[int]:
    """In a message typed in lower case, likely given names that are English words right after a comma ('to sit
    with grandpa, reed is staying', 'on wednesday, will drives'): read as a name only before what a person does."""
    if not typed_lower(text):
        return set()
    return {
        i
        for i, (s, e, w) in enumerate(tokens)
        if i > 0
        and len(w) >= 3
        and _CLAUSE_START.search(text, tokens[i - 1][1], s)
        and lex.inflected(w)
        and likely_given(w)
    }


def _clause_subject(word: str, ctx: _Context) -> bool:
    """The name opens its clause before a person's predicate ('reed is staying', 'will drives'), in no word use."""
    cue = _cues()
    acts = ctx.n1 in cue["person_verbs"] or (ctx.n1 in cue["auxiliaries"] and ctx.n2 in cue["person_states"])
    return acts and not _word_use_here(word, ctx, cue)  # not 'hope is fading': no verb in -ing alone


# in a message typed in lower case, two to five words listed with 'and' before what people do ('rosa and hector just
# landed', 'hunter, summer and faith all said'): when every one is a common given name, they are people
_LOWER_LIST = regex.compile(
    r"(?<![\p{L}'’])((?:\p{Ll}+,[ \t]+){0,3}\p{Ll}+,?[ \t]+(?:and|&)[ \t]+\p{Ll}+)"
    r"[ \t]+(?:(?:all|both|just|already|also)[ \t]+)?(\p{Ll}+(?:['’]\p{Ll}+)?)"
)
_LIST_ITEM = regex.compile(r"\p{Ll}+")


def lower_listed_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Common given names listed with 'and' before a person's verb or 'is/are/will...', in a message typed in lower
    case (a list of words that are not all given names, 'summer and fall are', stays words)."""
    if not typed_lower(text):
        return []
    cue, out = _cues(), []
    for m in _LOWER_LIST.finditer(text):
        if m.group(2) not in cue["person_verbs"] | cue["auxiliaries"]:
            continue
        items = [i for i in _LIST_ITEM.finditer(m.group(1)) if i.group(0) != "and"]
        while items and not likely_given(items[0].group(0)):
            items = items[1:]  # 'sorry for the late reply, grace and hunter both said'
        if len(items) >= 2 and all(likely_given(i.group(0)) for i in items):
            spans = [(m.start(1) + i.start(), m.start(1) + i.end()) for i in items]
            out += [(a, b) for a, b in spans if not any(s < b and a < e for s, e in protected)]
    return out


# verbs one addresses a person with: in a message typed in lower case, a given name right after one is a candidate
# anywhere ('ok tell will to bring the chair'); prepositions of the contact cues ('with hope that') are not among them
_ADDRESS_VERBS = frozenset(
    "tell told telling ask asked asking text texted texting call called calling email emailed phone phoned remind "
    "reminded".split()
)


def address_verbs() -> frozenset[str]:
    """Verbs one addresses a person with ('tell', 'ask', 'text', 'remind')."""
    return _ADDRESS_VERBS


# of those, the verbs that take what is told after the person ('tell Will the news', 'text grace the code')
_TELLING_VERBS = frozenset("tell told telling text texted texting email emailed remind reminded".split())


_NOUN_VERBS = frozenset("text texted texting call called calling email emailed phone phoned".split())


def _title_after_address(text: str, verb: tuple[int, int, str], start: int, end: int) -> bool:
    """A capitalised word after a verb of address ('tell Will to', 'Ask Grace about'), not after one capitalised
    that is also a noun ('Phone Bill: $80', 'Text Will'), not a label, not a weekday ('when I called Friday')."""
    if not text[start:end].istitle() or text[end : end + 1] == ":":
        return False
    if verb[2] in _NOUN_VERBS and not text[verb[0] : verb[1]].islower():
        return False
    low = text[start:end].lower()
    return low not in CALENDAR_WORDS or low in name_lexicon().word_use.month


def _name_word_candidates(text: str, tokens: list[tuple[int, int, str]], shouted: bool) -> set[int]:
    """Tokens that are English words and likely given names, in capitals in a shouted message, else capitalised (or
    in a message typed in lower case: 'romeo says ...') at a sentence's start, or right after a verb one addresses
    a person with, typed in lower case ('tell will to', 'ask grace about') or capitalised ('tell Will to')."""
    lex = english_lexicon()
    lower = typed_lower(text)
    return {
        i
        for i, (s, e, w) in enumerate(tokens)
        if len(w) >= 3
        and (
            text[s:e].isupper()
            if shouted
            else ((text[s:e].istitle() or lower) and at_sentence_start(text, s))
            or (
                i > 0
                and tokens[i - 1][2] in _ADDRESS_VERBS
                and text[tokens[i - 1][1] : s].isspace()
                and (
                    lower or _title_after_address(text, tokens[i - 1], s, e) or _lower_after_lower_verb(text, tokens, i)
                )
            )
        )
        and lex.inflected(w)
        and likely_given(w)
    }


def _lower_after_lower_verb(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """In a message that capitalises elsewhere, a word in lower case right after a verb one addresses a person with,
    typed in lower case too, before 'to' or 'about' ('i keep telling hope to take it', 'ask grace about the ride'):
    the writer's own lower case, and what one tells or asks there is a person."""
    s, e, _ = tokens[i]
    verb = tokens[i - 1]
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    return text[s:e].islower() and text[verb[0] : verb[1]].islower() and nxt in {"to", "about"}


_AREA_AFTER = regex.compile(r"[ \t]+(?:area|region|suburbs?|outskirts|metro|district|county)\b")
_TITLE_RUN = regex.compile(r"(?<![\p{L}'’])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}(?![\p{L}'’])")


_PERSONAL_TITLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:dr|mr|mrs|ms|mx|prof|rev|fr|capt|lt|sgt)\.?[ \t]+\Z")


def bare_places(text: str, protected: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Populated places with no place word before them (see the module docstring)."""
    names, out = place_names(), []
    for m in _TITLE_RUN.finditer(text):
        words = [(w.start(), w.end()) for w in _TOKEN.finditer(text, m.start(), m.end())]
        found = _longest_place(text, words, names)
        if found is None:
            continue
        s, e = found
        if any(a < e and s < b for a, b in protected + taken):
            continue
        if _PERSONAL_TITLE_BEFORE.search(text, max(0, s - 8), s):
            continue  # 'Dr. Sunderland': the title's full stop is no sentence's end, and a title names a person
        after = _TOKEN.match(text, e + 1) if e < len(text) else None
        if after is not None and text[e : e + 1] == " " and after.group(0).lower() in ORG_WORDS:
            continue  # 'Dayton Children's', 'Cleveland Clinic'
        out.append((s, e))
    return out


def _longest_place(text: str, words: list[tuple[int, int]], names: dict[str, int]) -> tuple[int, int] | None:
    """The longest run of words (two or three anywhere, one at a sentence start) that is a place."""
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            s, e = words[i][0], words[i + n - 1][1]
            phrase = fold(" ".join(text[s:e].split())).lower()
            population = names.get(phrase)
            if population is None:
                continue
            if n >= 2 and not all(w in place_not_names() for w in phrase.split()):
                return s, e
            if n == 1 and _one_word_place(text, s, e, phrase, population):
                return s, e
    return None


def _one_word_place(text: str, s: int, e: int, phrase: str, population: int) -> bool:
    """One word is a place before an area word ('the Leeds area', 'Tulsa suburbs'), or, when a large place, at a
    sentence's start as a noun that is no given name."""
    lex = english_lexicon()
    if _AREA_AFTER.match(text, e) and (lex.noun_only(phrase) or not lex.inflected(phrase)):
        return True
    return (
        population >= SENTENCE_START_PLACE_MIN
        and at_sentence_start(text, s)
        and lex.noun_only(phrase)
        and not likely_given(phrase)
    )


# A writer naming themselves or another: "hi its will again", "this is hope from next door", "my name is grace",
# "HI ITS HOPE AGAIN", "grace here.", "the nurse named summer". The cue is strong enough for a name that is an English
# word; the word must still be a common given name or a common surname ("its fine again", "this is me" are not names).
_INTRO_WORD = r"(\p{L}[\p{L}\-]*)"
# what else may follow a writer's name: the writer's relation to the patient ("im sunny his daughter", "it's dawn, her
# niece") or, after "it's me", a new clause ("its me faith my phone died"; "it's me" says a name comes next)
_INTRO_KIN = (
    r"[ \t]*,?[ \t]+(?:(?:his|her|their|your|ur|the|pt'?s|patient'?s)[ \t]+)(?:daughter|son|wife|husband|niece|nephew|"
    r"grand(?:daughter|son)|sister|brother|neighbou?r|caregiver|friend|cousin|aunt|uncle|partner|granddaughter)\b"
    r"(?![ \t]+(?:is|was|has|had|will|says|said|and|are)\b)"
)
_THEN_WORDS = (
    "my",
    "i",
    "im",
    "i'm",
    "can",
    "could",
    "would",
    "pls",
    "plz",
    "please",
    "need",
    "just",
    "u",
    "you",
    "ur",
)
_KIN_NEXT = regex.compile(r"(?i),?" + _INTRO_KIN)
_INTRO_THEN = (
    _INTRO_KIN
    + r"|(?:(?<=\bme,?[ \t]+\p{L}[\p{L}\-]*)"
    + r"|(?<=\b(?:hi+|hey+|hell?o|hallo|yo|ok|okay)[ \t,!]+it'?s[ \t]+\p{L}[\p{L}\-]*(?:[ \t]+\p{L}[\p{L}\-]*)?))"
    + r"[ \t]+(?:"
    + "|".join(_THEN_WORDS)
    + r")\b"
)
_INTRO = regex.compile(
    r"(?i)(?:(?<![\p{L}'’])(?:it'?s|it’s|it[ \t]+is|this[ \t]+is)(?:[ \t]+me,?)?[ \t]+"
    + _INTRO_WORD
    + r"(?:[ \t]+\p{L}[\p{L}\-]*)?(?=[ \t]*(?:again\b|here\b|from\b|for\b|calling\b|[,(—–.!]|-[ \t]|\Z|"
    + _INTRO_THEN
    + r"))"
    + r"|(?<![\p{L}'’])name(?:'s|’s|[ \t]+is|[ \t]*:)[ \t]+"
    + _INTRO_WORD
    + r"|(?:\A|(?<=[\n.!?:\"“][ \t]*))"  # 'Summer here, Grandma fell', a voicemail's '"Summer here, ...'
    + _INTRO_WORD
    + r"(?=[ \t]+(?:here\b|aqu[ií](?![\p{L}]))[ \t]*[.,!—–\-(])"  # 'hope here (jessica's mom)'
    + r"|(?<![\p{L}'’])named[ \t]+"  # 'the nurse named summer said', 'a man named Will Park'
    + _INTRO_WORD
    # 'im deshawn, text me', "I'm Grace." (not 'im young,': an adjective after 'I am' is how the writer is)
    + r"|(?<![\p{L}'’])(?:i'?m|i’m|i[ \t]+am)[ \t]+"
    + _INTRO_WORD
    + r"(?=[ \t]*(?:again\b|here\b|from\b|[,(—–.!]|-[ \t]|\Z|"
    + _INTRO_KIN
    + r"))"
    + r")"
)
_INTRO_SELF = 5  # the group of the 'I am' branch
_FOR_AFTER = regex.compile(r"[ \t]*for\b", regex.IGNORECASE)
_INTRO_NEXT = regex.compile(r"[ \t]+(\p{L}[\p{L}\-]*)(?![\p{L}'’])")
INTRO_SURNAME_MIN = 50_000  # US holders: 'Reed' 277,030, 'Park' 106,696, 'Brown' 1.4M; 'Fine' 11,618, 'Still' 12,354


_INTRO_AFTER = frozenset({"again", "here", "from", "for", "calling"})  # 'its rose again, ...'


def _intro_name(word: str, lex_stop: frozenset[str]) -> bool:
    low = word.lower()
    return low not in lex_stop and (
        cued_given(low) or name_frequencies().surname(low) >= INTRO_SURNAME_MIN or _no_word(low)
    )


# a contraction typed without its apostrophe is a word, not a name nobody's list holds ('my mom hasnt eaten', 'its
# me, youre')
_BARE_CONTRACTION = regex.compile(
    r"(?:has|had|is|was|are|were|do|does|did|ca|could|wo|would|should|have|ai|must|need|might)nt"
    r"|(?:you|they|we)re|(?:that|what|who|there|where|here|she|he|it)s|(?:i|you|we|they)(?:ve|ll|d)|im"
)


def _no_word(low: str) -> bool:
    """A word no list knows, nor a typo of one ('deshawn', 'yesenia'; not 'rediculous'): after an introduction, a
    name the given-name counts are too short to hold."""
    from .typos import misspelt  # noqa: PLC0415 - typos reads the lexicon too

    return (
        len(low) >= 3
        and low.isalpha()
        and low not in STOP_WORDS
        and low not in name_lexicon().not_names
        and not english_lexicon().inflected(low)  # not derivation: 'de' + 'shawn'
        and _BARE_CONTRACTION.fullmatch(low) is None
        and not misspelt(low)
    )


def introduced_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names a writer introduces ("its will again", "my name is grace"), with a surname right after them."""
    out = []
    stop = _cues()["determiners"] | _INTRO_NOT
    for m in _INTRO.finditer(text):
        group = next(g for g in range(1, _INTRO_SELF + 1) if m.group(g))
        start, end = m.span(group)
        if not _intro_name(m.group(group), stop) or any(a < end and start < b for a, b in protected):
            continue
        tail = text[end : m.end()].split()[:1]
        if tail and tail[0].lower() in STOP_WORDS and tail[0].lower() not in _INTRO_AFTER:
            continue  # 'hey its june so i guess': a word of the sentence, not a surname, before 'i'
        if group == _INTRO_SELF and english_lexicon().adjective(m.group(group)) and not _KIN_NEXT.match(text, end):
            continue  # "I'm frank,", 'im young.': how the writer is; not 'im sunny his daughter
        if _FOR_AFTER.match(text, end) and english_lexicon().inflected(m.group(group).lower()):
            continue  # 'this is deshawn for my aunt' introduces; 'this is hope for us' is a word
        for _ in range(3):  # 'this is maya brown', 'name is will park', 'her name: ana lucia torres-young'
            nxt = _INTRO_NEXT.match(text, end)
            if (
                nxt is None
                or not _name_part(nxt.group(1))
                or nxt.group(1).lower() in person_next_words()
                or nxt.group(1).lower() in _THEN_WORDS
            ):
                break  # 'named summer said': 'Said' is a surname too, but here the verb after the name
            end = nxt.end(1)
        out.append((start, end))
    return out


# a person named beside the writer ('Ezekiel and I will bring the walker', 'me and Priya took her'): the pronoun
# says the other is a person too
_WITH_ME = regex.compile(
    r"(?<![\p{L}'’])(\p{Lu}\p{Ll}+)[ \t]+and[ \t]+(?:I|me|myself)(?![\p{L}'’])"
    r"|(?<![\p{L}'’])(?:[Mm]e|I)[ \t]+and[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’])"
)


# the same in lower case, after 'me and' only ('me and will are taking mom'): nothing but a person or a thing follows
# 'me and', where before 'and i' an adjective may stand ('when she was young and i was little')
_WITH_ME_LOWER = regex.compile(
    r"(?<![\p{L}'’])me[ \t]+and[ \t]+(\p{Ll}[\p{Ll}\-]*)(?![\p{L}'’])(?:[ \t]+(\p{Ll}+)|[ \t]*(?:[,.;:!?]|\Z))"
)


def names_with_me(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A likely given name or a common surname joined to 'I' or 'me' by 'and' ('Ezekiel and I', 'me and Priya',
    'me and will'); relation and role words ('Mom and I', 'the nurse and me', 'me and mom') are no names."""
    out = []
    stop = _cues()["determiners"] | _INTRO_NOT
    for m in _WITH_ME.finditer(text):
        group = 1 if m.group(1) else 2
        start, end = m.span(group)
        word = m.group(group)
        if _with_me_name(word, stop) and not any(a < end and start < b for a, b in protected):
            out.append((start, end))
    for m in _WITH_ME_LOWER.finditer(text):
        start, end = m.span(1)
        word = m.group(1)
        after = m.group(
            2
        )  # a verb or an auxiliary next, or the clause's end: 'me and will are', not 'me and young people'
        if (
            (after is None or after in person_next_words())
            and likely_given(word)
            and word not in stop
            and word not in CALENDAR_WORDS
            and not _RELATION_WORD.fullmatch(word)
            and not any(a < end and start < b for a, b in protected)
        ):
            out.append((start, end))
    return out


def _with_me_name(word: str, stop: frozenset[str]) -> bool:
    """A name beside 'I' or 'me': a likely given name or surname, a noun English spells only capitalised ('Ezekiel'),
    or no English word at all; no weekday or month."""
    low = word.lower()
    if low in stop:
        return False
    if low in CALENDAR_WORDS:
        return False  # 'Tuesday and I'
    lexicon = english_lexicon()
    # a noun English spells only capitalised ('Ezekiel'; not 'Spanish', an adjective too)
    return _intro_name(word, stop) or not lexicon.inflected(low) or (low in proper_only() and lexicon.noun_only(low))


def _name_part(word: str) -> bool:
    """A word that continues an introduced name: a surname, a common given name, or surnames joined by a hyphen."""
    low, freq = word.lower(), name_frequencies()
    if low in _INTRO_NOT or low in _cues()["determiners"]:
        return False
    pieces = low.split("-")
    return all(freq.surname(p) >= 1000 or freq.given(p) >= GIVEN_AFTER_INTRO_MIN for p in pieces if p)


GIVEN_AFTER_INTRO_MIN = 500  # US holders as a given name ('Lucia' 2,000+; 'Will' 116 is no second name here)
_INTRO_NOT = frozenset({"again", "here", "from", "and", "me", "him", "her", "us", "not", "just", "still", "back"})


# A relation word owned by someone, then a name: "my husband is reed", "call my mom deb at", "my husband Will was
# born", "my mom rose's new address", "daughter is reed". The relation says a person is named next, so a common
# given name counts in any case even when it is an English word; the word's own use still decides ("my husband will
# be there", "my mom rose early", "my son is young" are a modal, a verb and an adjective).
_RELATION_WORD = regex.compile(rf"(?i)(?<![\p{{L}}'’])(?:{_RELATION_WORDS}|{_KIN_TITLES})(?![\p{{L}}'’\-])")
_KIN_TITLE = regex.compile(rf"(?i)(?:{_KIN_TITLES})")
_OWNER_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:my|our|his|her|their|your)[ \t]+"
    r"(?:(?:late|dear|new|older|younger|little|big|eldest|oldest|youngest|baby)[ \t]+)?\Z"
)
_AFTER_RELATION = regex.compile(
    r"(?i)(?:[ \t]+(?P<copula>is|named|called)|[ \t]*(?P<comma>,))?[ \t]+"
    r"(?P<name>\p{L}[\p{L}\-]*)(?P<poss>['’]s)?(?![\p{L}'’])"
)
_NEXT_TOKEN = regex.compile(r"[ \t]*(\p{L}[\p{L}'’]*)?")


def _next_token(text: str, end: int) -> str:
    m = _NEXT_TOKEN.match(text, end)
    return (m.group(1) or "").lower().replace("’", "'") if m else ""


_ENDS = frozenset({"", ",", ".", "!", "?", ";", ":", ")", "\n", "—", "–"})


@lru_cache(maxsize=1)
def _not_related() -> frozenset[str]:
    cue = _cues()
    return cue["determiners"] | _INTRO_NOT | cue["relations"]


_DETERMINER_BEFORE = regex.compile(r"(?i)(?<![\p{L}'’])(?:the|a|an|this|that|every|any|some|no)[ \t]+\Z")


def _kin_title_name(text: str, rel: regex.Match[str], m: regex.Match[str]) -> bool:
    """A kin word used as a form of address, with no owner or article before it ('Aunt May's number', 'Grandma June
    at Brookdale', 'thats nana rose.'): the given name after it counts. Written with capitals in mixed-case text, the
    pair is a name whatever the word means ('Grandma June' is no month); in lower case the word's own use decides, as
    after 'my aunt' ('grandma will call' is a modal, 'nana rose early' a verb)."""
    if _KIN_TITLE.fullmatch(rel.group(0)) is None or m.group("copula") or m.group("comma"):
        return False
    if _DETERMINER_BEFORE.search(text[max(0, rel.start() - 12) : rel.start()]):
        return False  # 'a grandma rose to speak', 'the aunt'
    word = m.group("name")
    if rel.group(0)[:1].isupper() and word[:1].isupper() and not word.isupper() and not rel.group(0).isupper():
        low, use = word.lower(), name_lexicon().word_use
        modal = low in use.modal and _next_token(text, m.end("name")) in use.modal_followers  # 'Tell Grandma May I'
        given = likely_given(low) or name_frequencies().given(low) > 0  # 'Grandmom Opal': a rarer given name too
        return given and low not in _not_related() and not modal
    return word.islower() and rel.group(0).islower() and _related_name_ok(text, m)


def _related_name_ok(text: str, m: regex.Match[str]) -> bool:
    word = m.group("name").lower()
    cue, lex = _cues(), english_lexicon()
    if word in _not_related() or word in name_lexicon().not_names or not (cued_given(word) or _no_word(word)):
        return False  # a given name of the counts, or a word no list knows ('her son Tobi')
    if m.group("poss"):
        return True  # "my mom rose's new address"
    nxt = _next_token(text, m.end())
    ends = text[m.end() : m.end() + 1] in _ENDS or nxt == ""
    person_next = nxt in cue["person_verbs"] or nxt in cue["auxiliaries"] or ends
    if word in name_lexicon().word_use.modal:
        return person_next  # 'my husband will be', 'my mom may come'
    if m.group("copula"):
        return not lex.adjective(word) and word not in cue["person_states"]  # 'my son is young'
    return not lex.inflected(word) or person_next or nxt in {"and", "&"}  # 'my mom rose early' is a verb


def related_names(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names right after an owned relation word ('my husband Will') or after 'relation is' ('daughter is reed'), with
    the surname after them when a person's verb follows it ('my girlfriend jade brown is'); and a given name and
    surname after 'relation of' ('the wife of ed brown', 'daughter of soon-ja park')."""
    out = []
    for rel in _RELATION_WORD.finditer(text):
        m = _AFTER_RELATION.match(text, rel.end())
        if m is None:
            continue
        start, end = m.span("name")
        owned = _OWNER_BEFORE.search(text[max(0, rel.start() - 30) : rel.start()]) is not None
        if owned or m.group("copula"):
            if not _related_name_ok(text, m):
                end = _surname_then_act(text, m)
                if end is None:
                    continue
            else:
                end = _surname_then_act(text, m) or end
        elif not _kin_title_name(text, rel, m):
            of = _RELATION_OF.match(text, rel.end())
            if of is None or not _given_and_surname_after_of(of):
                continue
            start, end = of.start("given"), of.end("surname")
        if not any(a < end and start < b for a, b in protected):
            out.append((start, end))
    return out


_SURNAME_NEXT = regex.compile(r"[ \t]+(\p{L}[\p{L}'’\-]*)(?![\p{L}'’])")
RELATED_GIVEN_MIN = 50  # the counts' given names before a surname and a person's verb ('jade' 93, 'hank' 42)
RELATED_SURNAME_MIN = 1_000  # US holders of a surname after a related given name ('brown' 1.4M, 'kaminski' 10,000+)
_RELATION_OF = regex.compile(
    r"[ \t]+of[ \t]+(?P<given>\p{L}[\p{L}'’\-]*)[ \t]+(?P<surname>\p{L}[\p{L}'’\-]*)(?![\p{L}'’])"
)


def _surname_then_act(text: str, m: regex.Match[str]) -> int | None:
    """Where a related given name and its surname end when the surname is followed by what a person does ('my
    girlfriend jade brown is having', 'my husband ed park says'): the given name must be one the counts hold, in the
    same case as the surname; 'my mom rose early' has no surname, 'my son will park the car' no person's verb."""
    word = m.group("name")
    nxt = _SURNAME_NEXT.match(text, m.end("name"))
    if m.group("poss") or m.group("copula") or nxt is None or word.islower() != nxt.group(1).islower():
        return None
    low, surname = word.lower(), nxt.group(1).lower()
    modal = low in name_lexicon().word_use.modal  # 'MY DAD WILL HARPER HAS': a modal never has a surname after it
    if low in _not_related() or (low in STOP_WORDS and not modal):
        return None
    if not cued_given(low) and name_frequencies().given(low) < RELATED_GIVEN_MIN:
        return None
    if surname in STOP_WORDS or name_frequencies().surname(surname) < RELATED_SURNAME_MIN:
        return None
    after = _next_token(text, nxt.end(1))
    cue = _cues()
    if after in cue["person_verbs"] or after in cue["auxiliaries"]:
        return nxt.end(1) if not modal or english_lexicon().adjective(surname) is False else None
    if modal:
        return None
    ends = text[nxt.end(1) : nxt.end(1) + 1] in {",", ".", "!", "?", ")"}  # 'my husband forrest fell.' is a verb
    return nxt.end(1) if ends and not english_lexicon().inflected(surname) else None


def _given_and_surname_after_of(m: regex.Match[str]) -> bool:
    """'wife of ed brown': a given name the counts hold, or no English word, then a surname of RELATED_SURNAME_MIN+
    holders or no English word; both in the same case, neither a word of the sentence ('the son of the owner')."""
    given, surname = m.group("given"), m.group("surname")
    if given.islower() != surname.islower() or given.isupper() != surname.isupper():
        return False
    low, last = given.lower(), surname.lower()
    if low in STOP_WORDS or last in STOP_WORDS or low in _not_related() or last in _not_related():
        return False
    freq = name_frequencies()
    given_ok = cued_given(low) or _no_word(low) or syllable_given(low)
    return given_ok and (freq.surname(last) >= RELATED_SURNAME_MIN or _no_word(last))


# A family named by its surname in the plural after 'the' ('the Morrisons wanna come visit', 'the hubbards in
# flagstaff', 'meal train for the Greenes'): the family's name. Only a surname that is no English word, or one the word
# list spells only capitalised ('Hubbard', 'Morrison'): 'the millers', 'the Parks', 'the Browns' (a word, a team) stay.
_FAMILY_PLURAL = regex.compile(r"(?<![\p{L}'’])(?i:the)[ \t]+(\p{L}[\p{L}\-]+?(?:e?s))(?=['’]|[^\p{L}'’]|\Z)")
_REGIONS_IN_PLURAL = frozenset(
    "hamptons carolinas dakotas rockies smokies poconos catskills adirondacks keys ozarks berkshires americas "
    "philippines bahamas netherlands alps andes".split()
)
FAMILY_SURNAME_MIN = 10_000  # US holders: 'Hubbard' 70,362, 'Greene' 126,101


def family_plurals(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A family's surname in the plural after 'the', in any case (see `_FAMILY_PLURAL`); never a place's name ('the
    Hamptons', 'the Carolinas'), a relation or a stop word."""
    out = []
    freq, lex, names = name_frequencies(), english_lexicon(), place_names()
    for m in _FAMILY_PLURAL.finditer(text):
        start, end = m.span(1)
        plural = m.group(1).lower()
        if any(a < end and start < b for a, b in protected) or plural in names or plural in _REGIONS_IN_PLURAL:
            continue
        stems = [plural[:-1]] + ([plural[:-2]] if plural.endswith("es") else [])
        if any(
            freq.surname(stem) >= FAMILY_SURNAME_MIN
            and (stem not in lex or stem in proper_only())
            and not regex.fullmatch(_RELATION_WORDS, stem)
            for stem in stems
        ):
            out.append((start, end))
    return out
