"""Detection of identifiers nobody told us about: Presidio + spaCy + our recognizers."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IpRecognizer,
    UrlRecognizer,
)
from spacy.lang.en.stop_words import STOP_WORDS

from . import compiled
from .accounts import find_accounts, last_digits
from .address import vocabulary
from .allow import AllowList
from .blocks import address_blocks, ended_at_sentence, joined_over_in, labelled_addresses, without_facility
from .casing import case_view
from .columns import column_cells
from .dates import CALENDAR_WORDS
from .dictated import dictated_addresses
from .known import at_sentence_start, is_word_use
from .lexicon import abbreviations, english_lexicon, name_lexicon, other_language_words
from .name_cues import (
    bare_places,
    family_plurals,
    introduced_names,
    lower_listed_names,
    name_word_people,
    names_with_me,
    person_next_words,
    related_names,
)
from .name_freq import name_frequencies
from .nlp import PackagedSpacyNlpEngine
from .people import (
    _PARTICLES,
    AT_PERSON_WORDS,
    GIVEN_BEFORE_SURNAME_MIN,
    after_person_label,
    bracketed_names,
    closing_names,
    continue_names,
    dialogue_speakers,
    email_names,
    foreign_kin_names,
    given_and_surname,
    greeted_names,
    handle_names,
    initial_names,
    is_contraction,
    labelled_names,
    list_neighbours,
    lower_dialogue_speakers,
    lower_pairs,
    lower_relation_names,
    lower_title_names,
    middle_names,
    midsentence_capitals,
    month_given_names,
    name_lines,
    names_before_birth_dates,
    names_before_nicknames,
    names_before_phones,
    names_before_relations,
    nonlatin_names,
    noted_patients,
    passed_on_names,
    possessive_belongings,
    possessive_names,
    possessive_relations,
    printed_names,
    record_names,
    relation_capitals,
    relation_label_names,
    repeated_names,
    role_speakers,
    roster_names,
    sentence_goes_on,
    shouted_relation_names,
    sign_off,
    speaker_labels,
    surname_first_names,
    syllable_names,
)
from .phones import find_phones, spoken_ssns
from .places import (
    answered_places,
    branch_places,
    branch_towns,
    find_places,
    find_senders,
    place_names,
    repeated_places,
    state_places,
    street_names,
)
from .postal import find_addresses, labelled_zips, place_prefix_start, towns_by_shape, with_region
from .recognizers import OfflineEmailRecognizer, Prefiltered, StreetAddressRecognizer, yaml_recognizers
from .records import (
    PLAN_LETTERS,
    find_records,
    hicn_suffix,
    numbers_after_names,
    plan_prefix,
    record_label,
    with_prefix_letters,
)
from .spans import Candidate
from .stop_words import foreign_name_stop_words, foreign_stop_words
from .tables import table_cells, table_headers
from .textutil import digits_for_letters, fold, typed_lower
from .vault import PLACEHOLDER_RE

logger = logging.getLogger(__name__)

DETECTED_PRIORITY = 1
SCORE_THRESHOLD = 0.5
STRUCTURED_RANK = 10  # rank of candidates from the address, phone, account and position rules
# Presidio entity -> our span type. ORGANIZATION, NRP and DATE_TIME are not direct identifiers.
ENTITY_TYPES = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_SSN": "US_SSN",
    "CREDIT_CARD": "ACCOUNT_NUMBER",
    "ID": "ID",
    "MEDICAL_RECORD_NUMBER": "MEDICAL_RECORD_NUMBER",
    "DATE_OF_BIRTH": "DATE_OF_BIRTH",
    "DATE": "DATE",
}
_NER_TYPES = frozenset({"PERSON", "LOCATION"})
# an article, a greeting, or a form's label with a dash ('Signed - Eric Castañeda')
_LEADING = re.compile(
    r"^(?:(?:the|a|an|my|our|her|his|their|dear|hi|hello)\s+"
    r"|(?:signed|name|patient|pt|contact|caregiver|driver|employee|student)\s*[-–—]\s+)",
    re.I,
)
# a possessive, punctuation, or a spaced dash ('Taylor Martinez -' of a roster's 'Taylor Martinez - Sunday')
_TRAILING = re.compile(r"(?:'s|'|’s|[.,;:!?)\]]+|\s+[\-–—]+)$")
_NOT_PLACES = frozenset({"home", "er", "icu", "hospital", "clinic", "pharmacy", "heaven"})
_WEAK_RECOGNIZERS = frozenset({"SpacyRecognizer", "ProperNounRecognizer"})
_LATIN = re.compile(r"[A-Za-z]")
_INITIAL = re.compile(r"[A-Z]\.")
_PREV_WORDS = re.compile(r"(?:([A-Za-z']+)\s+)?([A-Za-z]+)\W*$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_CHAR = re.compile(r"\w")
_WORDS = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_LOWER_WORD = re.compile(r"[a-z][a-z']*")
_TOKEN = re.compile(r"[\w'’-]+")


def _build_recognizers() -> list[EntityRecognizer]:
    return [
        *yaml_recognizers(),
        StreetAddressRecognizer(),
        OfflineEmailRecognizer(),
        Prefiltered(UrlRecognizer(), r"[a-z0-9][.:][a-z/]"),
        Prefiltered(IpRecognizer(), r"\d\.\d|[0-9a-f]:[0-9a-f]|::"),
        CreditCardRecognizer(),
    ]


class RegexContextOnly(ContextAwareEnhancer):
    """Our context words live inside the regexes; skip Presidio's lemma pass (and its deep copies)."""

    def __init__(self) -> None:
        super().__init__(0.0, 0.0, 0, 0)

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Return the results unchanged."""
        return raw_results


def _precompile(recognizer: EntityRecognizer) -> None:
    """Compile every pattern now: a label seen for the first time must not cost a 0.3 s compile mid-turn."""
    inner = getattr(recognizer, "inner", recognizer)
    flags = getattr(inner, "global_regex_flags", None)
    for pattern in getattr(inner, "patterns", []):
        if flags is not None and (not pattern.compiled_regex or pattern.compiled_with_flags != flags):
            pattern.compiled_with_flags = flags
            pattern.compiled_regex = compiled.compile(pattern.regex, flags)


@lru_cache(maxsize=1)
def build_analyzer() -> AnalyzerEngine:
    """One shared AnalyzerEngine per process: loading spaCy is the slow part."""
    nlp_engine = PackagedSpacyNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_nlp_recognizer(nlp_engine)
    for recognizer in _build_recognizers():
        registry.add_recognizer(recognizer)
    for recognizer in registry.recognizers:
        _precompile(recognizer)
    logger.info("presidio analyzer built with %d recognizers", len(list(registry.recognizers)))
    compiled.save()  # kept for the next process when a folder is set (redaction/compiled.py)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=["en"],
        context_aware_enhancer=RegexContextOnly(),
    )


class Detector:
    """Runs Presidio and turns its results into candidates, dropping clinical words."""

    def __init__(self, allow_list: Iterable[str] = ()) -> None:
        self._allow = AllowList(allow_list)
        self._analyzer = build_analyzer()
        self._entities = sorted({*ENTITY_TYPES, "ORGANIZATION", "NRP"})  # NRP: only to know what is not a name

    def protected(self, text: str, allow: Sequence[str] = ()) -> list[tuple[int, int]]:
        """The stretches the allow-list keeps (clinical words, the caller's terms, this call's `allow`) and a table's
        header words ('City' of a table's header row is no place)."""
        return (self._allow.with_extra(allow) if allow else self._allow).protected(text) + table_headers(text)

    def find(
        self, text: str, allow: Sequence[str] = (), protected: list[tuple[int, int]] | None = None
    ) -> list[Candidate]:
        """Detected identifiers as candidates; `allow` adds this call's own clinical words (a plan's conditions).
        `protected` is `self.protected(text, allow)` when the caller already has it (about a millisecond a message)."""
        allow_list = self._allow.with_extra(allow) if allow else self._allow
        protected = self.protected(text, allow) if protected is None else protected
        view = case_view(text, allow_list, protected)  # same offsets: ALL CAPS and all-lower text case-restored
        view = digits_for_letters(view)  # '6O1-23-4456': an O typed for a zero inside a number
        results = self._analyzer.analyze(
            text=view, language="en", entities=self._entities, score_threshold=SCORE_THRESHOLD
        )
        existing = [m.span() for m in PLACEHOLDER_RE.finditer(text)]
        results = [r for r in results if not _lower_phrase(text, r)]
        out = self._recognized(view, results, protected, existing, _shouted(text))
        # judged an organisation, a place, a nationality (edges such as 'Reach' in 'Reach Heather' trimmed first)
        seen = [_tidy(view, r.start, r.end) for r in results if r.entity_type != "PERSON"]  # 'the Memory Care Group'
        seen = [span for span in seen if trim_name_edges(view, *span) == span]
        out += self._structured(text, view, protected, existing, out, seen)
        return _finished(text, out, protected)

    def _recognized(
        self,
        view: str,
        results: list[RecognizerResult],
        protected: list[tuple[int, int]],
        existing: list[tuple[int, int]],
        shouted: bool,
    ) -> list[Candidate]:
        """The recognizers' results kept as candidates; a person inside an institution's name is not one."""
        orgs = [(r.start, r.end) for r in results if r.entity_type == "ORGANIZATION"]
        out = []
        for result in results:
            cand = self._candidate(view, result, protected, existing, shouted)
            if cand is not None and not (cand.type == "PERSON" and _in_institution(view, cand, result, orgs)):
                out.append(cand)
        return out

    def _structured(
        self,
        text: str,
        view: str,
        protected: list[tuple[int, int]],
        existing: list[tuple[int, int]],
        found: list[Candidate],
        seen: list[tuple[int, int]],
    ) -> list[Candidate]:
        """Addresses, phones, accounts, and names by position (speaker labels, lists, scripts)."""
        spans = _structured_spans(text, protected)
        structured = [(s, e) for s, e, _ in spans] + existing  # spaCy's other labels do not veto a cue-read name
        handled = handle_names(text, protected)  # spelled in an address or a link: 'Forrest Church' is a person
        people = self._people(text, view, protected, found, seen, structured, handled)
        phones = [(s, e) for s, e, kind in spans if kind == "PHONE_NUMBER"]
        people += names_before_phones(text, phones, protected + structured)  # '- Summer +1 (973) 930-0433'
        spans += [(s, e, "LOCATION") for s, e in bare_places(text, protected, structured)]
        spans += [
            (s, e, "PERSON")
            for s, e in people
            if after_person_label(text, s) or (s, e) in handled or not institution_name(text, s, e)
        ]
        spans += _nonlatin_people(text, spans)
        named = [(s, e) for s, e, kind in spans if kind == "PERSON"] + [
            (c.start, c.end) for c in found if c.type == "PERSON"
        ]
        spans += [(s, e, "MEDICAL_RECORD_NUMBER") for s, e in numbers_after_names(text, named)]  # 'Maria #909616'
        return [
            Candidate(start, end, kind, DETECTED_PRIORITY, rank=STRUCTURED_RANK)
            for start, end, kind in spans
            if not any(s < end and start < e for s, e in existing)
            and self._structured_kept(text, start, end, kind, protected)
        ]

    def _structured_kept(self, text: str, start: int, end: int, kind: str, protected: list[tuple[int, int]]) -> bool:
        """A name or place in Latin letters is dropped when the allow-list covers it or it names a thing ('at the Rite
        Aid on 5th', 'the Social Worker': a thing's name, not a person's or a place's)."""
        if kind not in _NER_TYPES or _LATIN.search(text, start, end) is None:
            return True
        if verb_before_medicine(text, start, end, protected) or (kind == "PERSON" and _in_idiom(text, start, end)):
            return False
        return not self._allow.covers(text, start, end, protected) and not _brand_use(text, start, end, kind)

    def _people(
        self,
        text: str,
        view: str,
        protected: list[tuple[int, int]],
        found: list[Candidate],
        seen: list[tuple[int, int]],
        structured: list[tuple[int, int]],
        handled: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """Names by position and by cue: speaker labels, name lines, labelled values, relations, senders, e-mail
        names and the names handles spell (`handled`), sign-offs, mid-sentence capitals, list neighbours, brackets,
        continued and repeated names."""
        lower = typed_lower(text)
        people = [(c.start, c.end) for c in found if c.type == "PERSON"] + speaker_labels(view) + name_lines(text)
        people += labelled_names(text)  # 'PT: HUNTER BROWN', 'RECEIVED FROM: YOUNG, DEREK', 'name on card ...'
        people += role_speakers(text)  # 'Case worker Deb:', 'Dra. Villaseñor:', 'lena:' in a lower-case dialogue
        people += lower_dialogue_speakers(text)  # 'peter: who has mom's trazodone' in a chat that capitalises
        people += initial_names(text, protected)  # 'Beneficiary: CLIFFORD J. NAKASHIMA', 'Rx for GLORIA E SANTANA'
        people += lower_title_names(text, protected)  # 'next door to mr young'
        people += lower_relation_names(text, protected)  # 'tell uncle ted', 'aunt bea wants'
        people += lower_pairs(text, protected)  # 'her new nurse is keisha brown btw'
        people += relation_capitals(text, protected)  # 'my brother Will who lives', 'from Aunt Bea:'
        people += foreign_kin_names(text, protected)  # 'Abuela Chela's transplant', 'kay Tita Baby'
        people += greeted_names(text)  # 'Hi Will,', 'Hey June and Dusty,'
        people += passed_on_names(text)  # 'Fwd from Richard:'
        people += family_plurals(text, protected)  # 'the Morrisons wanna come visit'
        people += relation_label_names(text, protected)  # 'Daughter-in-law: Deb 570 555 0177'
        people += possessive_relations(text, protected)
        people += find_senders(text, protected)  # 'a card from Linda': the town's name is the sender here
        people += email_names(text, protected) + sign_off(text)  # 'joaquin' of 'joaquin.bm@...'; '... -SAMIRA'
        people += handled  # 'sandy gray' beside 'facebook.com/sandy.gray.77'
        people += closing_names(text)  # 'xo,\nMARGARITA "MAGGIE" VILLALOBOS'
        mid = midsentence_capitals(text, protected, seen + structured)
        people += [(s, e) for s, e in mid if self._proper_noun_is_name(text, s, e, protected)]
        people += possessive_names(text, protected)  # "June's cell", "the link to Jasper's photos"
        people += possessive_belongings(text, protected)  # "gus's cell", "WILL'S CELL", "at Deb's house"
        listed = list_neighbours(view, people, any_case=lower)  # not a medicine listed with one: 'Ecosprin and Telma'
        people += [(s, e) for s, e in listed if not is_medication_context(text, s, e, protected)]
        people += bracketed_names(text, people, protected)  # 'aunt bea (beatrice king)'
        people += names_before_nicknames(text, people, protected)  # 'Florence (Flo) Dubois'
        people += names_before_relations(text, protected)  # 'Reed Thompson (son)'
        people += names_before_birth_dates(text, protected)  # 'Nia (DOB 7/22/2017)', 'Junior born 6/6/70'
        people += noted_patients(text, protected)  # 'gülay pisacane 35M', 'pt ulla rivers at home'
        people += printed_names(text, protected)  # 'Rx for MARGARET O ready'
        people += syllable_names(text, protected)  # 'Sun-hee Park', 'ji-young lee's'
        people += continue_names(text, people, protected)
        cued = name_word_people(text, protected, structured, _shouted(text))  # next word a verb: not continued
        cued += introduced_names(text, protected)  # 'hi its will again', 'my name is grace'
        cued += names_with_me(text, protected)  # 'Ezekiel and I will bring it'
        cued += lower_listed_names(text, protected)  # 'rosa and hector just landed'
        cued += related_names(text, protected)  # 'my husband is reed', 'call my mom deb at'
        cued += shouted_relation_names(text, protected)  # 'GRANDMA IRMA IS ASKING', 'UNCLE WILL HAS'
        people += cued + continue_names(text, cued, protected, person_next_words())  # 'SON BILL' + 'REED'
        people += roster_names(text, people, protected)  # 'Hope – lasagna' under 'Reed & Faith – salad'
        people += dialogue_speakers(text, people, protected)  # 'drew: on it' after 'summer:' was taken
        repeated = repeated_names(text, people, protected)
        people += repeated + continue_names(text, repeated, protected, person_next_words(), back=False)  # 'guy bell'
        people += month_given_names(text, people, protected)  # 'June Brown', 'im june bray'
        people += middle_names(text, people)  # 'EULA' + 'MAE' + 'PRUITT'
        people += surname_first_names(text, people)  # 'KING' of 'KING, ROSE J': the given names and initial too
        people += record_names(text, people, protected)  # 'Handoff CROSS, Tanya (rm 427)'
        return people

    @staticmethod
    def _proper_noun_is_name(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
        """A mid-sentence capitalised word, unless it is a state or a country, or a medicine by its context."""
        low = text[start:end].lower()
        vocab = vocabulary()
        if low in vocab.countries or low in vocab.states.values() or low.removesuffix("s") in CALENDAR_WORDS:
            return False  # 'comes on Mondays'
        return not is_medication_context(text, start, end, protected)

    def _candidate(
        self,
        text: str,
        result: RecognizerResult,
        protected: list[tuple[int, int]],
        existing: list[tuple[int, int]],
        shouted: bool = False,
    ) -> Candidate | None:
        entity = ENTITY_TYPES.get(result.entity_type)
        if result.entity_type == "ORGANIZATION" and _person_shaped(text, result.start, result.end, protected, shouted):
            entity = "PERSON"  # spaCy's small model often calls 'Morgan Jones' an organisation
        if entity is None:
            return None
        start, end = _trimmed(text, result, entity)
        if end <= start or any(s < end and start < e for s, e in existing) or _not_its_kind(text[start:end], entity):
            return None
        if entity in _NER_TYPES and not self._keeps(text, start, end, entity, result, protected):
            return None
        return Candidate(start, end, entity, DETECTED_PRIORITY, rank=int((1 - result.score) * 100))

    def _keeps(
        self,
        text: str,
        start: int,
        end: int,
        entity: str,
        result: RecognizerResult,
        protected: list[tuple[int, int]],
    ) -> bool:
        surface = text[start:end]
        recognizer = _recognizer_name(result)
        if entity == "PERSON" and (_not_a_person(text, start, end, surface, recognizer) or _in_idiom(text, start, end)):
            return False
        if verb_before_medicine(text, start, end, protected):
            return False
        if recognizer == "TitledNameRecognizer":
            return True
        if self._allow.covers(text, start, end, protected):
            return False
        if _label_or_common_word(text, end, surface, recognizer) or _brand_use(text, start, end, entity):
            return False
        if entity == "LOCATION":
            return (
                _is_place(surface)
                and not _sentence_start_word(text, start, surface, result)
                and not _short_code(surface, result)
                and not (len(surface.split()) == 1 and is_medication_context(text, start, end, protected))
            )
        return _name_kept(text, start, end, result, protected)


_IDIOM_NEXT = regex.compile(r"[ \t]+(?i:periods?|notes?)(?![\w'’])")


def _in_idiom(text: str, start: int, end: int) -> bool:
    """One name that is also a word, before a noun that makes it the word ('Grace period', 'grace notes'), as a known
    name is read (`known._IDIOM_AFTER`); 'Grace Park', 'Grace said' stay names. The verbs of `known._IDIOM_BEFORE`
    are left out here: 'Lily said Miles drove her' names someone after 'said'."""
    from .people import name_words

    word = text[start:end]
    if " " in word.strip() or word.strip().lower() not in name_words():
        return False
    return _IDIOM_NEXT.match(text, end) is not None


def _not_a_person(text: str, start: int, end: int, surface: str, recognizer: str) -> bool:
    """A contraction ("We'll", "She'd"), or a relation recognizer's one word right after a form label that the
    sentence goes on from ('Patient: Pharmacy called': a common word starting a sentence, not a name)."""
    if is_contraction(surface) or _mailbox_name(text, start, end):
        return True
    one_word = " " not in surface.strip()
    return (
        one_word
        and recognizer == "RelationNameRecognizer"
        and _after_label(text, start)
        and sentence_goes_on(text, start, end)
    )


_PHRASE_GIVEN_MAX = 200  # US holders: a common given name among the words keeps spaCy's person ('mary', 'rose')
_PHRASE_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")
# name particles written in lower case inside a name ('Ana de la Cruz', 'Quinn van Boven', 'Omar bin Said')
_LOWER_PARTICLES = frozenset(
    "de del della dei di da do dos das du la le las los van von der den ter bin ibn al el y e".split()
)


def _lower_phrase(text: str, result: RecognizerResult) -> bool:
    """spaCy's person, in text whose writer capitalises, made at least half of words typed in lower case that are no
    name particles, one of them a function word (of any language): a phrase ('tu abuela ya tomó su', 'Le mandamos el',
    'Proszę o przelew', 'mora na'), since such a writer capitalises names; a lower-case name spaCy found stays
    ('kenyatta bell', "mary o'brien"), and so does any span in a message typed in lower case."""
    if result.entity_type != "PERSON" or _recognizer_name(result) != "SpacyRecognizer" or typed_lower(text):
        return False
    words = [w for w in text[result.start : result.end].split() if _PHRASE_WORD.fullmatch(w.strip(".,;:!?()\"'"))]
    words = [w.strip(".,;:!?()\"'") for w in words]
    lower = [w for w in words if w.islower() and w not in _LOWER_PARTICLES]
    if not lower or 2 * len(lower) < len(text[result.start : result.end].split()):
        return False
    function = [w for w in words if w.islower() and (w in STOP_WORDS or w in foreign_stop_words())]
    return bool(function) and not any(name_frequencies().given(w) >= _PHRASE_GIVEN_MAX for w in words)


# A sender's or recipient's display name in an e-mail header, right before the address in angle brackets
_HEADER_FIELD_BEFORE = regex.compile(r"(?im)^[ \t>]*(?:from|to|cc|von|an|de|da|van|para|aan)[ \t]*:[ \t]*[\"']?$")
_ADDRESS_AFTER = regex.compile(r"[\"']?[ \t]*<[^>\s@]+@")


_MAILBOX_SURNAME_MAX = 10_000  # US holders: 'Billing' 1,085 and 'Board' 3,946 name mailboxes; 'Church' 36,072 a person


def _mailbox_name(text: str, start: int, end: int) -> bool:
    """An e-mail header's display name made of plain English words is a mailbox, not a person ('From: Claims
    <claims@...>', 'From: Pharmacy <rx-alerts@...>'); a common given name or surname among them keeps it a name."""
    if _HEADER_FIELD_BEFORE.search(text, max(0, start - 40), start) is None or not _ADDRESS_AFTER.match(text, end):
        return False
    freq = name_frequencies()
    return all(
        _plain_english(w) and freq.given(w) < GIVEN_BEFORE_SURNAME_MIN and freq.surname(w) < _MAILBOX_SURNAME_MAX
        for w in text[start:end].split()
    )


def _label_or_common_word(text: str, end: int, surface: str, recognizer: str) -> bool:
    """One word that is a form label ("Allergies:", "Phone:"; "Daughter Elisa:" is a speaker), or that a weak
    recognizer caught while the text also writes it in lower case ("Alcohol ..." and "alcohol": a common word)."""
    if len(surface.split()) != 1:
        return False
    if text[end : end + 1] == ":" and recognizer != "RelationNameRecognizer":
        return True
    return recognizer in _WEAK_RECOGNIZERS and _also_lowercase(text, surface)


def _name_kept(text: str, start: int, end: int, result: RecognizerResult, protected: list[tuple[int, int]]) -> bool:
    """A person's name is kept unless it is a sentence's first word nobody is named ('Lunch is at noon'), an
    ambiguous name used as a word, a medicine by its context, or English words a pattern caught together ('Support
    Group', 'Memory Care'); in a message with no capitals at all any case counts."""
    surface = text[start:end]
    words = surface.split()
    recognizer = _recognizer_name(result)
    if len(words) == 1 and (_sentence_start_noun(text, start, surface, result) or _foreign_opener(text, start, end)):
        return False
    if len(words) == 1 and name_lexicon().is_ambiguous(surface):
        return surface[:1].isupper() and not is_word_use(text, start, end)
    if len(words) <= 2 and is_medication_context(text, start, end, protected):
        return False
    return _cased_as_a_name(text, surface, recognizer)


def _cased_as_a_name(text: str, surface: str, recognizer: str) -> bool:
    """Already checked against the English lexicon (proper-noun and lower-case recognizers); else not English words
    caught together, and written with a capital (or in a message with no capitals at all)."""
    if recognizer in {"ProperNounRecognizer", "LowercaseNameRecognizer"}:
        return True
    words = surface.split()
    if len(words) > 1 and recognizer != "SpacyRecognizer" and all(_plain_english(w) for w in words):
        return False
    return any(c.isupper() for c in surface) or not any(c.isupper() for c in text)


_EDGE_WORD = re.compile(r"[^\s]+")
# An article right before a capitalised phrase makes it a thing: a shop, a brand, an insurer, a service ('at the Rite
# Aid on 5th', 'the Medtronic pump', 'the Blue Shield premium'); nobody writes 'the' before a person's name, except a
# family ('the Garcias', 'the Nguyen family') or after an adjective ('the late John Smith', not matched here).
_ARTICLE_BEFORE = regex.compile(r"(?i:(?<![\w'’])(?:the|a|an)[ \t]+)$")
_POSSESSIVE_BEFORE = regex.compile(r"(?i:(?<![\w'’])(?:her|his|my|your|our|their)[ \t]+)$")
_LOWER_NEXT = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}\-]*)(?![\w'’])")
_FAMILY_WORDS = frozenset("family families household kids children boys girls twins clan house residence place".split())
_BRAND_MAX_WORDS = 3
_CAPITAL_WORD_BEFORE = regex.compile(r"(?<![\w'’\-])(\p{Lu}\p{L}*)[ \t]+$")


# what a bank, a card's network or a shop offers, written right after its name: a person's name takes a possessive
# before what the person owns ("Ana's card"), an institution's name modifies the noun ('Chase checking', 'Discover
# card', 'Publix pharmacy', 'Chase routing 0220...')
_INSTITUTION_NEXT = regex.compile(r"[ \t]+(?:checking|savings|routing|debit|credit|card|pharmacy)(?![\w'’])")


def _institution_noun_after(text: str, end: int) -> bool:
    return _INSTITUTION_NEXT.match(text, end) is not None


def _capital_run(text: str, start: int, end: int) -> str:
    """The span's words with the capitalised words written right before them ('Grace' of 'Grace Holloway')."""
    while (m := _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)) is not None:
        start = m.start(1)
    return text[start:end]


def _full_name(surface: str) -> bool:
    """Ends in a common given name and a common surname ('Cardholder Grace Holloway card 4111 ...': the holder)."""
    words = surface.split()
    freq = name_frequencies()
    return len(words) >= 2 and freq.given(words[-2]) >= GIVEN_BEFORE_SURNAME_MIN and freq.surname(words[-1]) >= 1000


def _brand_use(text: str, start: int, end: int, entity: str) -> bool:
    """A capitalised phrase used as a thing's name in mixed-case text: after an article ('the Rite Aid', 'the
    Medtronic pump'), or after a possessive and before a noun it modifies ('her DaVita patient #', 'his Kaiser
    card') when it is no common given name ('my Maria called', 'our Grace is' stay names)."""
    start = _phrase_start(text, start)
    if entity == "PERSON" and _at_a_place(text, start, end):
        return True
    if _institution_noun_after(text, end) and not _full_name(_capital_run(text, start, end)):
        return True  # 'her Chase checking', 'Rx sent to Publix pharmacy', 'my Discover card'
    article = _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None
    if not article and (entity != "PERSON" or not _POSSESSIVE_BEFORE.search(text, max(0, start - 7), start)):
        return False  # the cheap test first: most names have neither before them
    surface = text[start:end]
    if not _brand_shaped(surface):
        return False
    nxt = _LOWER_NEXT.match(text, end)
    after = nxt.group(1) if nxt else ""
    if after in _FAMILY_WORDS or _shouted(text):
        return False
    if article:
        return _thing_after_article(surface, entity)
    noun = (
        bool(after) and after not in STOP_WORDS and after not in person_next_words() and not after.endswith(("ed", "s"))
    )
    return noun and all(name_frequencies().given(w) < BRAND_GIVEN_MAX for w in surface.split())


# 'at' before a person only after people.AT_PERSON_WORDS ('yelled at Rosa'); otherwise 'at' names where someone is: a
# hospital, a practice, a shop, a bank ('rehab at Spaulding', 'her MRN at Mercy', 'an account at Chase'), and a person
# is no place to be
_AT_BEFORE = regex.compile(r"(?<![\w'’])(\p{L}[\p{L}'’]*)[ \t]+at[ \t]+$")  # "she's at Sloan"


def _at_a_place(text: str, start: int, end: int) -> bool:
    """A capitalised phrase of one to three words after 'at' in mixed-case text is where someone is, no person;
    a possessive ('at Kristen's') and a message in capitals keep the name."""
    before = _AT_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1).lower() in AT_PERSON_WORDS or _shouted(text):
        return False
    return _brand_shaped(text[start:end]) and not text.startswith(("'", "’"), end)


def _phrase_start(text: str, start: int) -> int:
    """Where the capitalised phrase ending at a found word starts ('the Social Worker' when only 'Worker' was
    found), up to `_BRAND_MAX_WORDS` words back."""
    for _ in range(_BRAND_MAX_WORDS):
        prev = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
        if prev is None:
            break
        start = prev.start(1)
    return start


def _brand_shaped(surface: str) -> bool:
    """One to three capitalised words, with no digit (an address part), no trailing apostrophe and no family name in
    the plural ('the Garcias', 'the Joneses')."""
    words = surface.split()
    if not 1 <= len(words) <= _BRAND_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return not (any(c.isdigit() for c in surface) or surface.endswith(("'", "’")) or _family_plural(words[-1]))


def _thing_after_article(surface: str, entity: str) -> bool:
    """After "the": a place keeps its article ('the Bronx', 'the Hague', 'the Upper East Side'); a surname or a common
    given name is a family ('the Johnson boy', 'the Kowalski farm': a name left in the text is a leak, a brand
    redacted only a lost word, so 'the Blue Shield card' stays redacted)."""
    if entity == "LOCATION":
        return not _place_with_article(surface)
    freq = name_frequencies()
    return not any(freq.surname(w.lower()) or freq.given(w.lower()) >= BRAND_GIVEN_MAX for w in surface.split())


def _place_with_article(surface: str) -> bool:
    """A populated place written with or without its article, or a phrase with a direction or street word."""
    low = fold(surface).lower()
    places = place_names()
    return low in places or f"the {low}" in places or any(w in _place_words() for w in low.split())


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    vocab = vocabulary()
    return frozenset(vocab.directions) | frozenset(vocab.street_suffixes)


def _family_plural(word: str) -> bool:
    """'Garcias', 'Joneses': a surname or given name with a plural ending."""
    low = word.lower()
    freq = name_frequencies()
    stems = [low[:-1]] if low.endswith("s") else []
    stems += [low[:-2]] if low.endswith("es") else []
    return any(freq.surname(stem) or freq.given(stem) for stem in stems)


BRAND_GIVEN_MAX = 100  # US holders: a possessive before a common given name is family ('my Grace')
_DOSE_AFTER = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?|iu|puffs?)\b", re.I)
_LIST_BEFORE = re.compile(r"(?:,|\band\b|\bor\b|\+|/|\bwith\b|\bet\b|\by\b|\be\b|\bund\b|\ben\b)\s*$", re.I)
_ITEM_BEFORE = regex.compile(r"(?<![\w'’\-])(\p{L}[\p{L}\-]*)[ \t]*$")
_PARTITIVE_END = re.compile(r"(?:\s(?:du|des|de|la|le|del)\s+|\sl['’])$", re.I)  # 'et du Kardegic'
# what ends a listed medicine ('and Telma 40.', 'et du Kardegic.'); not a verb ('et Mathilde passe': a person)
_ITEM_END = regex.compile(r"[ \t]*(?:\d|[.,;:!?)]|$|(?:and|or|et|y|e|und|en)\b)")
_TAKEN_SOMEWHERE = re.compile(r"[ \t]+(?:to|home|back|out|over)\b", re.I)
_LIST_DEPTH = 3  # 'takes A, B, C and D': each item is checked against the one before it, a few items back
# 'takes' in other languages, with a partitive article after it ('prend du', 'prend de l'', 'nimmt', 'toma')
_FOREIGN_DRUG_CUE = regex.compile(
    r"(?i)(?<![\w])(?:prend|prends|prennent|prenait|toma|tomo|toman|tomaba|nimmt|nehme|neemt|gebruikt|prende|"
    r"prendo|bierze|przyjmuje|uống|dùng)(?:[ \t]+(?:du|des|de|la|le|el|il|lo|das|den|die|thuốc))?"
    r"(?:[ \t]+l['’]|[ \t]+)$"
)


def trim_name_edges(text: str, start: int, end: int, person: bool = True) -> tuple[int, int]:
    """Drop relation words, verbs and stop words from either end of a detected name; a place keeps a leading word
    that is only a function word of another language ('Tok, Alaska', 'Kampen')."""
    words = [(m.start(), m.end()) for m in _EDGE_WORD.finditer(text, start, end)]
    lex = name_lexicon()

    def is_edge(span: tuple[int, int]) -> bool:
        raw = text[span[0] : span[1]]
        if _INITIAL.fullmatch(raw):
            return False  # an initial, as in "A. Sharaf"
        word = raw.strip(".,:;()").lower().replace("\u2019", "'")
        if word.endswith("n't"):
            return True  # a negated verb ("doesn't", "won't") is never part of a name
        if _foreign_only(raw) and (not person or (raw.isupper() and not _shouted(text))):
            return False  # in capitals in mixed-case text, a code or an acronym ('VER 91000'), not a function word
        return word in lex.edge_words or word in lex.not_names or word in STOP_WORDS

    while words and is_edge(words[0]):
        words.pop(0)
    while words and is_edge(words[-1]) and not _foreign_only(text[words[-1][0] : words[-1][1]]):
        words.pop()  # a name may end in a word that is a function word elsewhere ('Quinn van Boven', 'Adam Ene')
    if not words:
        return start, start
    return _tidy(text, words[0][0], words[-1][1])


def _foreign_only(raw: str) -> bool:
    """A function word of another language and nothing else that keeps it out of a name."""
    word = raw.strip(".,:;()").lower()
    lex = name_lexicon()
    return (
        word in foreign_stop_words()
        and word not in STOP_WORDS
        and word not in lex.edge_words
        and (word not in other_language_words() and word not in abbreviations())
    )


def is_medication_context(
    text: str, start: int, end: int, protected: list[tuple[int, int]], depth: int = _LIST_DEPTH
) -> bool:
    """A lone unknown word after 'started'/'on'/'hold' or another language's 'takes' ('Elle prend du Doliprane',
    'Ela toma Losartana'), before a dose, or listed with a drug or with a word in such a context ('He takes Ecosprin
    and Telma 40')."""
    before = text[max(0, start - 40) : start]
    lex = name_lexicon()
    prev = _PREV_WORDS.search(before)
    if _DOSE_AFTER.match(text, end):
        return True
    if _TAKEN_SOMEWHERE.match(text, end):
        return False  # 'take Abu to the cardiologist': a person taken somewhere
    if prev and prev.group(2).lower() in lex.drug_cues:
        return True
    if prev and prev.group(2).lower() == "on" and (prev.group(1) or "").lower() in lex.drug_cues_on:
        return True
    if _FOREIGN_DRUG_CUE.search(before):
        return True
    lst = _LIST_BEFORE.search(_PARTITIVE_END.sub("", before))
    if lst and name_frequencies().given(text[start:end]) < GIVEN_BEFORE_SURNAME_MIN:  # 'Xarelto, and Maria called'
        list_start = start - (len(before) - lst.start())
        if any(p_end <= list_start and list_start - p_end <= 2 for _, p_end in protected):
            return True
        item = _ITEM_BEFORE.search(text, max(0, list_start - 40), list_start)
        return (
            depth > 0
            and (_ITEM_END.match(text, end) is not None or _PARTITIVE_END.search(before) is not None)
            and item is not None
            and item.group(1)[:1].isupper()
            and is_medication_context(text, item.start(1), item.end(1), protected, depth - 1)
        )
    return False


def verb_before_medicine(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
    """Another language's 'takes' right before a medicine is a verb, also where it opens a sentence with a capital
    ('Toma losartán y metformina.', 'Nimmt Ramipril', 'Prend du Doliprane')."""
    after = [s for s, _ in protected if end <= s <= end + _CUE_GAP]
    return bool(after) and _FOREIGN_DRUG_CUE.fullmatch(text, start, min(after)) is not None


_CUE_GAP = 8  # room for a partitive article between the verb and the medicine ('prend de l'')


def _with_place_prefixes(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'in lake aaron', 'CITY: PORT X': a name after a place word that follows 'in'/'to'/'from' is a place; a place
    takes the state or province written after it ('Boise, Idaho')."""
    out = []
    for cand in candidates:
        start = place_prefix_start(text, cand.start) if cand.type in _NER_TYPES else None
        cand = cand if start is None else replace(cand, start=start, type="LOCATION")
        if cand.type == "LOCATION":
            cand = replace(cand, end=with_region(text, cand.end))
        out.append(cand)
    return out


def _same_name(text: str, prev: Candidate, cand: Candidate) -> bool:
    """Spaces only between them, or a nickname in quotes ('Johannes' + "'Hans'" + 'Bakker')."""
    if prev.end <= cand.start:
        gap = text[prev.end : cand.start]
        return gap in {" ", ""} or _QUOTED_NICKNAME.fullmatch(gap) is not None
    overlap = prev.start < cand.start < prev.end
    return overlap and _QUOTE_INSIDE.search(text, prev.start, max(prev.end, cand.end)) is not None


def merge_adjacent_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join PERSON pieces separated only by spaces ('Tünde' + 'Adeyemi') into one name."""
    people = sorted((c for c in candidates if c.type == "PERSON"), key=lambda c: c.start)
    merged: list[Candidate] = []
    for cand in people:
        prev = merged[-1] if merged else None
        if prev is not None and _same_name(text, prev, cand):
            merged[-1] = replace(prev, end=max(prev.end, cand.end), rank=min(prev.rank, cand.rank))
        else:
            merged.append(cand)
    return [c for c in candidates if c.type != "PERSON"] + merged


# A nickname in quotes between a given name and a surname: "Florence 'Flo' Dubois", 'Johannes "Hans" Bakker'
_QUOTED_NICKNAME = re.compile(
    r"[ \t]+(?:'[A-Z][\w\-]*'|\"[A-Z][\w\-]*\"|‘[A-Z][\w\-]*’|“[A-Z][\w\-]*”|\([A-Z][\w\-]*\))[ \t]+"
    r"|[ \t]*['\"‘“(][ \t]*(?<=[ \t]['\"‘“(])|['\"’”)][ \t]+"  # the nickname found as a name of its own
)
_QUOTE_INSIDE = re.compile(r"['\"‘’“”]")  # "Johannes 'Hans" and "Hans' Bakker": one name around a nickname
# Agent nouns ('coordinator', 'cardholder', 'dispatcher', 'pharmacist'): a role, when no one is named so
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")


_LABEL_END = regex.compile(r"(?i)(?<![\w])(?:card|account|acct|policy)[ \t]*holder\Z")


def _without_roles(text: str, cand: Candidate) -> Candidate:
    """A name never starts with a role or an abbreviation ('Coordinator Reggie', 'Tech Anil', 'Dtr Alma') nor, in
    text that uses capitals, ends with a plain English word typed in lower case ('Bill Ayers - card'); a word that
    is also a given name or a surname stays ('Precious Adebayo', 'Grace Baker'), and so does the first word of a
    person's label's value that ends in a surname."""
    if cand.type != "PERSON":
        return cand
    words = [(m.start(), m.end()) for m in _EDGE_WORD.finditer(text, cand.start, cand.end)]
    if not words:
        return cand
    while len(words) > 1 and not any(ch.isalnum() for ch in text[words[0][0] : words[0][1]]):
        words.pop(0)  # '• Sohn Uwe': a bullet before a role
    labelled = after_person_label(text, cand.start)  # 'Patient: Honor Banks': a label's value ending in a surname
    while len(words) > 1 and not labelled and _role_word(text[words[0][0] : words[0][1]]):
        words.pop(0)
    while len(words) > 1 and _LABEL_END.search(text, max(0, words[0][0] - 20), words[0][1]):
        words.pop(0)  # 'CARD HOLDER MARGERY ...': the end of a person's label ('Holder' is a surname too)
    while len(words) > 2 and _lower_lead(text, words):
        words.pop(0)  # 'ben Emre Yıldız', 'är Erik Johansson': a lower-case word before a whole name is no part of it
    while len(words) > 1 and is_contraction(text[words[0][0] : words[0][1]].rstrip(",")):
        words.pop(0)  # "I'm Rahul Mehta": a contraction is never part of a name
    while len(words) > 1 and _trailing_word(text[words[-1][0] : words[-1][1]]) and not text.islower():
        words.pop()
    start, end = _tidy(text, words[0][0], words[-1][1])
    return cand if (start, end) == (cand.start, cand.end) or end <= start else replace(cand, start=start, end=end)


def _not_a_name(low: str) -> bool:
    from .name_freq import name_frequencies
    from .people import name_words

    freq = name_frequencies()
    return not (freq.given(low) or freq.surname(low) or low in name_words() or name_lexicon().is_ambiguous(low))


# what a family calls a grandparent, parent or uncle in English and other languages, which few or no US people have as
# a given name (under 100 holders: 'Gran' 0, 'Nani' 0, 'Pop' 0, 'Tito' 37; 'Lola' 166 and 'Nan' 122 stay names)
_KIN_ADDRESS = frozenset({"gran", "nani", "pop", "pops", "papas", "tito", "lola", "lolo"})
# Tagalog grandmother and grandfather: a given name too ('Lola' 166 US holders), but alone in these messages the
# family's word (no dev file labels it; 25 of their messages keep it); before a name it stays with it ('Lola García')
KIN_EVEN_IF_GIVEN = frozenset({"lola", "lolo"})
_KIN_LEAD = regex.compile(r"(\p{L}+)(?:['’]s)?(?:[ \t]+|\Z)")


def _without_kin_word(text: str, cand: Candidate) -> Candidate | None:
    """A name that is only such a family word is a relation ('for Gran's physio', 'saw Pop wandering'): dropped; one
    that starts with it before a common given name keeps that name ('Tito Ramon' -> 'Ramon'; 'Nani Kealoha' stays
    whole, a given name before a surname)."""
    if cand.type != "PERSON":
        return cand
    m = _KIN_LEAD.match(text, cand.start, cand.end)
    if m is None or m.group(1).lower() not in _KIN_ADDRESS:
        return cand
    if m.group(1).lower() not in KIN_EVEN_IF_GIVEN and name_frequencies().given(m.group(1)) >= 100:
        return cand
    if _TITLE_BEFORE.search(text[max(0, cand.start - 10) : cand.start]):
        return cand  # 'Mr. Pop': a surname after a title
    if m.end() >= cand.end:
        return None
    after = text[m.end() : cand.end].split()[0].strip(".,'’")
    if name_frequencies().given(after) < GIVEN_BEFORE_SURNAME_MIN:
        return cand  # 'Nani Kealoha': a given name before a surname
    return replace(cand, start=m.end())


_LEAD_WORD = regex.compile(r"(\p{Ll}[\p{L}'’]*)[ \t]+")
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\w'’\-])(\p{Ll}[\p{Ll}'’]*)[ \t]+\Z")
_GIVEN_AFTER = regex.compile(r",[ \t]*(\p{Lu}\p{Ll}+)")  # 'de Marduras, Aiden': a surname written before its given name
_NO_SURNAME_START = frozenset({"der", "den", "dem", "y", "e"})  # inside a name ('van der Berg'), never its first word


def _without_lower_lead(text: str, cand: Candidate) -> Candidate | None:
    """A name's first words typed in lower case that are a name particle or a function word of another language, in
    text whose writer capitalises and right after another lower-case word, belong to the sentence ('prend 1 g de
    Doliprane', 'wegen der Insulinspritzen', 'ik ben Sanne', 'sou o Rui'): a particle opens a surname only after a
    title, a given name, a label or an English function word ('Mr. de Vries', 'Kees de Wit', 'Name: de la Cruz', 'for
    de Souza'), or before the given name of a surname written first ('de Marduras, Aiden')."""
    before = _LOWER_WORD_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    if cand.type != "PERSON" or typed_lower(text) or before is None or _given_after(text, cand.end):
        return cand
    english = before.group(1) in STOP_WORDS
    start = cand.start
    while (m := _LEAD_WORD.match(text, start, cand.end)) and _sentence_word(m.group(1)):
        if english and m.group(1) in _PARTICLES and m.group(1) not in _NO_SURNAME_START:
            break  # 'for de Souza': a surname after an English word
        start = m.end()
    if start == cand.start:
        return cand
    rest = text[start : cand.end]
    return replace(cand, start=start) if any(c.isalpha() for c in rest) and not rest.islower() else None


_TAIL_WORD = regex.compile(r"[ \t]+([\p{Latin}'’]+)[.,;:!?)]*\Z")
_TAIL_SURNAME_MAX = 1000  # US holders: a lower-case last word more common as a surname may be one typed in lower case


def _without_lower_tail(text: str, cand: Candidate) -> Candidate:
    """A name that starts with a capital, in text whose writer capitalises, does not end in a lower-case word that is
    a function word of any language or nobody's name: the sentence goes on there ('Escala de visitas', 'Kabir ko',
    'Dulce tá', 'Registro de'); 'Maria lopez' keeps a common surname typed in lower case."""
    if cand.type != "PERSON" or typed_lower(text) or not text[cand.start : cand.start + 1].isupper():
        return cand
    end = cand.end
    while (m := _TAIL_WORD.search(text, cand.start, end)) and m.group(1)[:1].islower() and _tail_word(m.group(1)):
        end = m.start()
    return replace(cand, end=end) if end < cand.end else cand


# a name's last piece that is a code a number follows: capitals or letters with digits ('NRB' of 'Tara Davis  NRB 768
# 887 05', 'K29 10521 001', 'TF 49 5958 090'), or a name cut inside a word ('LARRY SHANNON  K' of 'K29')
_CODE_TAIL = regex.compile(r"(?:^|(?<=\s))(\p{Lu}{1,4}|\p{L}{1,4}\d[\p{L}\d]*)$")
DIGIT_NEXT = regex.compile(r"[ \t]?\d")  # a digit next, one space or tab between at most; name_finder.py too
_GROUPS_NEXT = regex.compile(r"[ \t]\d+(?:[ \-]\d+)+(?![\w/])")  # ' 768 887 01', not ' 10/25/1930' or ' 69F'
_COLUMN_GAP = regex.compile(r"(?:[ ]{2,}|\t)[ \t]*$")


def _without_code_tail(text: str, cand: Candidate) -> Candidate | None:
    """A name does not take a number's code: letters with digits, or capitals that nobody is named across a roster's
    column gap or alone before digit groups ('Fidel Davis  NRB 768 887 02', 'ADAM  K29 10521 004', 'NRB 768 887 01').
    None when the code was all of it. 'OLIVAS, YENI 10/25/1930' and 'HILL, GRACE A 58F' keep their last word."""
    if cand.type != "PERSON":
        return cand
    end = cand.end
    if end < len(text) and _latin_word_goes_on(text, end):  # cut inside a word: 'K' of 'K29'
        words = text[cand.start : end].rsplit(None, 1)
        return replace(cand, end=cand.start + len(words[0].rstrip(" \t,"))) if len(words) == 2 else None
    m = _CODE_TAIL.search(text, cand.start, end)
    if m is None or not DIGIT_NEXT.match(text, end):
        return cand
    code = m.group(1)
    if not any(c.isdigit() for c in code):
        freq = name_frequencies()
        if freq.given(code) >= 100 or freq.surname(code) >= 100:
            return cand  # 'ANN 555 0143': a name before a phone
        alone = m.start(1) == cand.start and _GROUPS_NEXT.match(text, end) is not None
        if not alone and _COLUMN_GAP.search(text, cand.start, m.start(1)) is None:
            return cand
    end = len(text[: m.start(1)].rstrip(" \t,"))
    return replace(cand, end=end) if end > cand.start else None


def _latin_word_goes_on(text: str, end: int) -> bool:
    """A letter or digit of the Latin alphabet on both sides of `end` (Chinese and Japanese put no space between
    words, so there a name ends beside the next character)."""
    before, after = text[end - 1], text[end]
    return before.isascii() and after.isascii() and before.isalnum() and after.isalnum()


# a dependant's suffix after a member's number ('073955458*01')
_DEPENDANT = regex.compile(r"\*\d{1,3}(?![\w*])")


def _with_code_and_dependent(text: str, cand: Candidate) -> Candidate:
    """A number with the capitals a card prints before its digits when no label names it ('MCD 33 1902 447' in a
    family's list: a plan's code, not a label, no English word) and a dependant's suffix after it."""
    start, end = cand.start, cand.end
    if cand.type != "PHONE_NUMBER" or sum(c.isdigit() for c in text[start:end]) not in (10, 11):
        start, end = with_prefix_letters(text, start, end)  # a US phone's ten digits: 'NY 212 555 0100' keeps 'NY'
    m = _DEPENDANT.match(text, end)
    end = m.end() if m else end
    return replace(cand, start=start, end=end) if (start, end) != (cand.start, cand.end) else cand


def _tail_word(word: str) -> bool:
    freq = name_frequencies()
    return _sentence_word(word) or (not freq.given(word) and freq.surname(word) < _TAIL_SURNAME_MAX)


def _given_after(text: str, end: int) -> bool:
    m = _GIVEN_AFTER.match(text, end)
    return m is not None and name_frequencies().given(m.group(1)) >= GIVEN_BEFORE_SURNAME_MIN


def _sentence_word(word: str) -> bool:
    low = word.lower()
    return low in _PARTICLES or low in foreign_stop_words() or low in foreign_name_stop_words() or low in STOP_WORDS


def _only_title(text: str, cand: Candidate) -> bool:
    """A title alone ('Fr' of 'Fr. Thomas'), unless a title comes before it: 'Dr. Pastor' is a surname."""
    if text[cand.start : cand.end].strip(" .").lower() not in name_lexicon().titles:
        return False
    return _TITLE_BEFORE.search(text[max(0, cand.start - 10) : cand.start]) is None


def _lower_lead(text: str, words: list[tuple[int, int]]) -> bool:
    """The first word is in lower case and the next two are capitalised, in text that uses capitals: a particle
    opens a surname ('de la Cruz', 'van Dijk'), never a given name and a surname ('o Rui Carvalho')."""
    first = text[words[0][0] : words[0][1]]
    rest = [text[s:e] for s, e in words[1:3]]
    return first.islower() and all(w[:1].isupper() for w in rest) and not text.islower()


def _month_given(low: str) -> bool:
    from .name_freq import name_frequencies
    from .people import SPEAKER_GIVEN_MIN

    return name_frequencies().given(low) >= SPEAKER_GIVEN_MIN


def _role_word(raw: str) -> bool:
    if _INITIAL.fullmatch(raw):
        return False  # an initial, as in "W. Powell"
    if raw.lower() in {"w/", "w/o", "c/o"}:
        return True  # "Spoke w/ Todd": the shorthand for with
    low = raw.strip(".,:;()").lower()
    lex = name_lexicon()
    if low in _PARTICLES or (raw.isupper() and _foreign_only(raw)):
        return False  # 'O Reachtagain', 'van Boven'; 'VER 91000' (a code)
    if low in lex.word_use.month and _month_given(low):
        return False  # 'April Smith', 'AUGUST BROWN': a month that is also a given name opens a name
    if low in lex.not_names or low in lex.edge_words or low in lex.titles:
        return True  # 'Reverend Hakeem Jallow': a title stays outside the name
    if "-" in low and any(name_frequencies().given(part) for part in low.split("-")):
        return False  # 'Hans-Peter' (a given name's part ends in -er), not 'co-worker'
    return len(low) >= 5 and low.endswith(_AGENT_SUFFIXES) and low in english_lexicon() and _not_a_name(low)


def _trailing_word(raw: str) -> bool:
    word = raw.strip(".,:;()-")
    if not word.isalpha() or not word.islower():
        return False
    low = word.lower()
    return low in STOP_WORDS or (english_lexicon().inflected(low) and _not_a_name(low))


def _sentence_start_word(text: str, start: int, surface: str, result: RecognizerResult) -> bool:
    """A sentence's first word, an English word and no populated place, that spaCy alone called a place: its
    capital comes from the sentence ('Wandering is common', 'Sharing prescription medicine')."""
    from .places import place_names

    low = surface.lower()
    if _recognizer_name(result) != "SpacyRecognizer" or not surface.isalpha() or low in place_names():
        return False
    return english_lexicon().inflected(low) and at_sentence_start(text, start)


# a form's label right before a word ('Patient: Pharmacy called'): the value starts there, as a sentence would
_LABEL_BEFORE = re.compile(r"\b[\w/]{2,24}[ \t]*:[ \t]*$")


def _after_label(text: str, start: int) -> bool:
    return _LABEL_BEFORE.search(text, max(0, start - 30), start) is not None


def _sentence_start_noun(text: str, start: int, surface: str, result: RecognizerResult) -> bool:
    """A sentence's first word that spaCy alone called a person, an English word that is no given name or surname of
    anyone in the US lists nor a listed name word ('Lunch is at noon', 'Breakfast was late'); 'Church is at 9' stays
    a person's name, since Church is a surname (36,072 holders)."""
    from .people import name_words

    low = surface.lower()
    if _recognizer_name(result) != "SpacyRecognizer" or not surface.isalpha() or low in name_words():
        return False
    freq = name_frequencies()
    if freq.given(low) or freq.surname(low):
        return False
    return english_lexicon().inflected(low) and at_sentence_start(text, start)


_FOREIGN_NEXT = regex.compile(r"[ \t]+(\p{Ll}[\p{L}'’]*)")
FOREIGN_OPENER_GIVEN_MAX = (
    150  # US holders: 'Su' 81, 'Mi' 116, 'Le' 83 open a sentence; 'Mia' 153, 'Ella', 'Ana' stay names
)


def _foreign_opener(text: str, start: int, end: int) -> bool:
    """A sentence's first word that is a function word of another language and a name too (a pronoun, a possessive,
    an article: 'Su', 'Mi', 'Lui', 'Ze', 'Se', 'Le'), before a lower-case word that is no English word: the sentence
    is written in that language ('Su celular es ...', 'Mi correo: ...', 'Lui è nato ...', 'Ze gebruikt ...'), and
    the word is its function word; before an English word or a capitalised one it may be a name ('Su called')."""
    low = text[start:end].lower()
    if low not in foreign_name_stop_words() or not text[start:end][:1].isupper() or not at_sentence_start(text, start):
        return False
    if name_frequencies().given(low) >= FOREIGN_OPENER_GIVEN_MAX:
        return False
    m = _FOREIGN_NEXT.match(text, end)
    return m is not None and m.group(1).lower() not in english_lexicon() and m.group(1).lower() not in STOP_WORDS


# Places people write as a short code; any other token of three characters or less that spaCy alone calls a place is
# a clinical or ordinary abbreviation ('EF 35%', 'knee OA', 'oriented x3'), unless it is a populated place ('Rye').
_CITY_CODES = frozenset({"la", "sf", "nyc", "kc", "okc", "stl", "atl", "phx", "dfw", "slc", "nola", "philly", "dc"})


def _short_code(surface: str, result: RecognizerResult) -> bool:
    from .places import place_names

    low = surface.lower()
    if _recognizer_name(result) != "SpacyRecognizer" or " " in surface or len(surface) > 3:
        return False
    return low not in _CITY_CODES and low not in place_names()


# Kinds of institution that end or fill an organisation's name and are nobody's surname ('Mercy General',
# 'the Area Agency on Aging', 'St. Matthew's Parish Outreach').
_INSTITUTION_WORDS = frozenset(
    "clinic clinics hospital hospitals center centre pharmacy health healthcare institute foundation university "
    "college school church hospice rehab agency association outreach ministries ministry parish services labs "
    "medical general memorial regional lifeline network society alliance council department program medicine "
    "cardiology oncology neurology pediatrics dermatology orthopedics urology dialysis pharmacies "
    # care homes and practices ('Craigmount Care Home', 'Sunrise Senior Living', 'Hillside Surgery'; sixteenth pass)
    "home manor lodge living surgery residence residenz pflegeheim".split()
)
# A saint's name is a hospital, church or school ('st luke's', 'at Saint Francis', 'St. Mary's'), never the person:
# 'St' is a saint here when it opens the phrase (after a preposition, a determiner or a sentence break), not when it
# follows a street name ('Main St').
_OPENER = r"(?:[\n.,;:!?(]|\b(?:to|at|from|in|into|of|the|by|near|with|for|and)\b)[ \t]*"
_SAINT_BEFORE = regex.compile(r"(?i)(?<![\p{L}\d])(?:st\.?|saint|ste\.?)[ \t]+$")
_OPENER_BEFORE = regex.compile(rf"(?i){_OPENER}$")
_TITLE_BEFORE = regex.compile(r"(?i)\b(?:mr|mrs|ms|miss|mx|dr|prof|rev|fr|sr|jr)\.?[ \t]*$")  # 'Mrs. St. John'
_SAINT_WORD = regex.compile(r"(?i)(?:(?:st\.?|saint|ste\.?)[ \t]+)?\p{L}[\p{L}\-]*(?:['’]s)?")
_SAINT_OPEN = regex.compile(r"(?i)(?:st\.?|saint|ste\.?)[ \t]+\p{L}")


def _opens_phrase(text: str, end: int) -> bool:
    """`end` opens a phrase: text start, a sentence break, a preposition or a determiner before it."""
    before = text[max(0, end - 30) : end]
    return not text[:end].strip() or _OPENER_BEFORE.search(before) is not None


def _saint_name(text: str, start: int) -> bool:
    """'st luke's', 'at Saint Francis', 'St. Mary's': a name after a saint's title that opens a phrase; a saint has
    one name, so 'St. Clair Jones' (a surname follows) is a person."""
    window = text[max(0, start - 10) : start + 6].lower()
    if "st" not in window and "saint" not in window:
        return False  # no saint's title before or at the start: the common case, decided without a regex
    word = _SAINT_WORD.match(text, start)
    after = _NEXT_CAPITAL.match(text, word.end()) if word else None
    if after is not None and after.group(1).lower() not in _INSTITUTION_WORDS:
        return False
    m = _SAINT_BEFORE.search(text[max(0, start - 10) : start])
    if m is not None:
        saint = start - len(m.group(0))
        return _opens_phrase(text, saint) and _TITLE_BEFORE.search(text[max(0, saint - 10) : saint]) is None
    return (
        _SAINT_OPEN.match(text, start) is not None
        and _opens_phrase(text, start)
        and _TITLE_BEFORE.search(text[max(0, start - 10) : start]) is None
    )


_NEXT_CAPITAL = regex.compile(r"[ \t](\p{Lu}[\p{L}'’\-]*)")  # one space: two or more start a form's next field
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’\-]*[ \t]+$")
# institution words that other languages write before the name ('Hospital Italiano', 'Ospedale Cardarelli', 'Clínica
# Alemana', 'Hôpital Lariboisière', 'Klinikum Großhadern'), in any case ('HOSPITAL ÁNGELES')
_INSTITUTION_FIRST = frozenset(
    "hospital hôpital hopital ospedale clínica clinica clinique klinik klinikum sanatorio sanatório policlínica "
    "policlinica policlinico poliklinik spital kantonsspital instituto istituto".split()
)
_INSTITUTION_FIRST_BEFORE = regex.compile(
    r"(?<!\p{L})(\p{Lu}\p{L}+)[ \t]+(?:(?:de|del|di|do|da|des)[ \t]+)?$"
)  # "all'Ospedale"


def _after_institution_word(text: str, start: int, end: int) -> bool:
    """A name after or opening with an institution word that other languages put first: a hospital, not a person."""
    words = [w.strip(".,").lower() for w in text[start:end].split()]
    nxt = _NEXT_CAPITAL.match(text, end)
    name = words[-1] if words and words[-1] not in _INSTITUTION_FIRST else (nxt.group(1).lower() if nxt else "")
    if fold(name) in place_names():
        return False  # 'Spital Luzern', 'Hospital Quilmes': the town is still an identifier
    if any(w in _INSTITUTION_FIRST for w in words[:-1]):
        return True  # 'el Hospital Italiano' as spaCy's organisation
    if words and words[-1] in _INSTITUTION_FIRST and nxt:
        return True  # 'Clínica' of 'Clínica Alemana' on its own
    before = _INSTITUTION_FIRST_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in _INSTITUTION_FIRST


def institution_name(text: str, start: int, end: int) -> bool:
    """Part of a run of capitalised words that ends in an institution word: 'Mercy General', 'Parish Outreach'.
    The run stops at a stop word, so 'CALL MARIA LOPEZ AT THE HOSPITAL' keeps its person."""
    if _saint_name(text, start) or _after_institution_word(text, start, end):
        return True
    words, pos = text[start:end].split(), end
    while len(words) < 8 and (m := _NEXT_CAPITAL.match(text, pos)) and m.group(1).lower() not in STOP_WORDS:
        words.append(m.group(1))
        pos = m.end()
    if not words or not words[-1][:1].isupper() or words[-1].lower() not in _INSTITUTION_WORDS:
        return False
    if len(words) == 2 and pos == end and given_and_surname(text, start, words):
        return False  # 'Jared Church 702-...', 'Name Robert Church,': a person whose surname is the word
    return len(words) >= 2 or _CAPITAL_BEFORE.search(text, max(0, start - 40), start) is not None


def _in_institution(text: str, cand: Candidate, result: RecognizerResult, orgs: list[tuple[int, int]]) -> bool:
    """A name-shaped piece of an institution's name: it ends in an institution word, or an organisation spaCy found
    around it has one outside it. A title ('Dr.', 'Mrs.') still makes it a person."""
    if _recognizer_name(result) == "TitledNameRecognizer":
        return False
    if institution_name(text, cand.start, cand.end):
        return True
    for a, b in orgs:
        if a <= cand.start and cand.end <= b and (a, b) != (cand.start, cand.end):
            outside = text[a : cand.start].split() + text[cand.end : b].split()
            if any(w[:1].isupper() and w.lower().strip(".,") in _INSTITUTION_WORDS for w in outside):
                return True
    return False


def _shouted(text: str) -> bool:
    """Most letters are capitals: a message typed in capitals, where short capitalised words are words."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def _plain_english(word: str) -> bool:
    """An English word that is not also a name ('support', not 'grace' or 'reed')."""
    from .people import name_words

    low = word.strip(".,;:()'’").lower()
    return english_lexicon().inflected(low) and low not in name_words() and not name_lexicon().is_ambiguous(low)


def _person_shaped(text: str, start: int, end: int, protected: list[tuple[int, int]], shouted: bool = False) -> bool:
    """An 'organisation' of one to three capitalised words, each a name rather than an English word."""
    from .people import name_words

    words = text[start:end].split()
    if not 1 <= len(words) <= 3 or any(s < end and start < e for s, e in protected):
        return False
    lex, names = english_lexicon(), name_lexicon()
    for raw in words:
        word = raw.strip(".,;:()'’")
        low = word.lower()
        if not word[:1].isupper() or not word.isalpha() or low in STOP_WORDS or low in names.not_names:
            return False
        if word.isupper() and len(word) <= 5 and not shouted:
            return False  # an acronym ('RTC', 'SSG'); names typed in capitals are title-cased in the view already
        if lex.inflected(low) and low not in name_words():
            return False
    return True


def _outside_protected(text: str, candidates: list[Candidate], protected: list[tuple[int, int]]) -> list[Candidate]:
    """Clinical words inside a detected name or place stay: 'Metformin Refill' keeps 'Metformin'."""
    out = []
    for cand in candidates:
        inner = [(s, e) for s, e in protected if cand.start < e and s < cand.end]
        if cand.type == "PERSON":  # after a title an eponym is a surname: 'Mr. Hashimoto's daughter'
            inner = [(s, e) for s, e in inner if not _TITLE_BEFORE.search(text, max(0, s - 10), s)]
        structured_place = cand.type == "LOCATION" and cand.rank == STRUCTURED_RANK
        if cand.type not in _NER_TYPES or not inner or structured_place:
            out.append(cand)
        else:
            pieces = _pieces_around(text, cand, inner)  # 'Toma losartán' read as a name: 'Toma' is a verb
            out += [p for p in pieces if not verb_before_medicine(text, p.start, p.end, protected)]
    return out


@lru_cache(maxsize=1)
def _piece_stop_words() -> frozenset[str]:
    """Words no piece of a name or place is made of alone: English, other languages' and names' function words ('la
    receta de Zoloft': 'de' is left of the medicine)."""
    return frozenset(STOP_WORDS | foreign_stop_words() | name_lexicon().function_words)


def _pieces_around(text: str, cand: Candidate, inner: list[tuple[int, int]]) -> list[Candidate]:
    """The parts of a candidate between its protected words, each with a letter (for a person; a dose, "Lasix 40",
    is no name) and not only stop words, trimmed of punctuation."""
    out = []
    cursor = cand.start
    for s, e in sorted(inner) + [(cand.end, cand.end)]:
        piece = text[cursor:s]
        wordy = (_LETTER if cand.type == "PERSON" else _WORD_CHAR).search(piece)
        if wordy and not all(w.lower() in _piece_stop_words() for w in _WORDS.findall(piece)):
            lead = len(piece) - len(piece.lstrip(" ,.;:-'"))
            trail = len(piece.rstrip(" ,.;:-'"))
            out.append(replace(cand, start=cursor + lead, end=cursor + trail))
        cursor = max(cursor, e)
    return out


# A number and a unit typed in lower case is a measurement, not a house number: in an all-lower-case message the
# address view is title-cased, and "his 30 minute walks", "a 20 minute drive", "2 mile loop" would read as streets.
_MEASURE = re.compile(
    r"\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|miles?|mi|"
    r"blocks?|steps?|laps?|feet|foot|ft|inch(?:es)?|yards?|meters?|km|pounds?|lbs?|kg|mg|ml|times?|units?|"
    r"cups?|ounces?|oz|calories?|pills?|tablets?|puffs?)\b"
)


# a dose or how often it is taken after the number an address would start with ('vitamin D 2000 IU / 4', 'cephalexin
# 500 QID.'): a medicine's line, not a house number and a postcode
_DOSE_FIRST = regex.compile(
    r"\d+(?:[.,]\d+)?[ \t]*(?i:iu|units?|mg|mcg|µg|ml|qid|bid|tid|qd|qod|qhs|qam|qpm|prn|q\d{1,2}h)(?![\w])"
)


def _lower_measure(surface: str) -> bool:
    """True when a detected address is, in the text as typed, a lower-case number and unit ("30 minute walks")."""
    number = _DIGIT.search(surface)
    return surface == surface.lower() and number is not None and _MEASURE.match(surface, number.start()) is not None


def _title_all(text: str) -> str:
    """Every word in Title case, offsets unchanged (addresses typed in lower case)."""
    chars = list(text)
    for m in _LOWER_WORD.finditer(text):
        chars[m.start()] = text[m.start()].upper()
    return "".join(chars)


def _also_lowercase(text: str, surface: str) -> bool:
    """True when a capitalised word also appears in lower case elsewhere in the same text."""
    if not surface[:1].isupper():
        return False
    return surface.lower() in _words_of(text)  # a set lookup, not a regex compiled per word


@lru_cache(maxsize=64)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text))


def _recognizer_name(result: RecognizerResult) -> str:
    meta = result.recognition_metadata or {}
    return str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, ""))


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article/greeting and a trailing possessive or punctuation."""
    surface = text[start:end]
    lead = _LEADING.match(surface)
    if lead:
        start += lead.end()
    trail = _TRAILING.search(text[start:end])
    if trail and trail.start() > 0:
        end = start + trail.start()
    return start, end


def _is_place(surface: str) -> bool:
    """States and countries are not identifiers under HIPAA Safe Harbor; cities are."""
    low = " ".join(surface.lower().removeprefix("the ").split())
    vocab = vocabulary()
    if low in _NOT_PLACES or low in vocab.countries or low in vocab.states.values():
        return False
    if len(low) == 2 and low in vocab.states:
        return False
    if low.isdigit() and len(low) < 5:  # spaCy's place of a dose ('cephalexin 500 QID'): a number alone is none
        return False
    return any(c.isupper() for c in surface) or any(c.isdigit() for c in surface)


def _structured_spans(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Addresses (with the towns and states around them), phones, accounts and record numbers. In an all-lower-case
    message every word is title-cased for the address patterns, so an address there needs a number ("14 oak st",
    "springfield il 62704"): "last spring", "the boring part" are words, not places."""
    lower = typed_lower(text)
    addr_view = _title_all(text) if lower else text
    accounts = find_accounts(text)
    phones = find_phones(digits_for_letters(text))
    spans: list[tuple[int, int, str]] = [
        (s, e, "LOCATION")
        for s, e in find_addresses(addr_view, accounts, phones)  # card and IBAN digit groups are not house numbers
        if not _lower_measure(text[s:e])
        and _DOSE_FIRST.match(text, s) is None
        and (not lower or any(c.isdigit() for c in text[s:e]))
    ]
    if lower:  # the title-cased view has no lower-case code: 'in mooretown, nj'
        spans += [(s, e, "LOCATION") for s, e in towns_by_shape(text, [(a, b) for a, b, _ in spans])]
    spans += [(s, e, "LOCATION") for s, e in find_places(text, protected)]
    spans += [(s, e, "LOCATION") for s, e in branch_places(text, protected)]  # 'Rite Aid, Fresno'
    spans += [(s, e, "LOCATION") for s, e in branch_towns(text, protected)]  # 'at our Stockton store'
    spans += [(s, e, "LOCATION") for s, e in answered_places(text, protected)]  # 'which city?\nAmy: sioux falls'
    spans += [(s, e, "LOCATION") for s, e in state_places(text, protected)]  # 'Harlingen TX'
    spans += [(s, e, "LOCATION") for s, e in street_names(text, protected)]  # 'on Madison St', 'on dixie hwy'
    spans += [(s, e, "LOCATION") for s, e in labelled_addresses(text, protected)]  # 'Adres: ...', 'CITY: ...'
    spans += [(s, e, "LOCATION") for s, e in labelled_zips(text)]  # 'Zip for the ride service is 96714'
    spans += [(s, e, "LOCATION") for s, e in dictated_addresses(text, protected)]  # 'four twelve mill creek road'
    spans += [(s, e, "PHONE_NUMBER") for s, e in phones]
    spans += [(s, e, "US_SSN") for s, e in spoken_ssns(text)]  # 'my social is five two four ...'
    spans += [(s, e, "ACCOUNT_NUMBER") for s, e in accounts]
    spans += last_digits(text)  # 'Last 4 of SSN: 6630' (a card's last four stay)
    spans += [(s, e, "MEDICAL_RECORD_NUMBER") for s, e in find_records(text)]
    spans += [  # a pasted table's cells under a header that names them ('patient | id | city')
        (s, e, kind) for s, e, kind in table_cells(text) if not any(a < e and s < b for a, b in protected)
    ]
    return spans


def _nonlatin_people(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names in other scripts, unless inside an address already found."""
    in_address = [(s, e) for s, e, t in spans if t == "LOCATION"]
    return [(s, e, "PERSON") for s, e in nonlatin_names(text) if not any(a <= s and e <= b for a, b in in_address)]


_LINK_TYPES = frozenset({"URL", "EMAIL_ADDRESS"})
_LINK_TAIL = regex.compile(r"[^\s()<>\"“”'‘’\[\]{}|]*")
_LINK_HEAD = regex.compile(r"[^\s()<>\"“”'‘’\[\]{}|:/]*\Z")
_LINK_END_PUNCT = ".,;:!?"


def _whole_link(text: str, cand: Candidate) -> Candidate:
    """A link or an address runs to the end of the token it starts in: a top-level name the recognizer cut short
    ('spot.fun' of 'spot.fund/samuel-okoro-...', 'gmail.co' of 'gmail.con') leaves no part of it, path or name
    included, in the text; sentence punctuation after it stays out."""
    end = _LINK_TAIL.match(text, cand.end).end()
    while end > cand.end and text[end - 1] in _LINK_END_PUNCT:
        end -= 1
    head = _LINK_HEAD.search(text, max(0, cand.start - 80), cand.start)
    start = head.start() if head and cand.start > 0 and not text[cand.start - 1].isspace() else cand.start
    return replace(cand, start=start, end=end) if (start, end) != (cand.start, cand.end) else cand


_GAP = r"[ ]{3,}|\t"  # what a form puts between its fields; never inside a name
_FIELD_GAP = regex.compile(_GAP)
_AFTER_FIELD_GAP = regex.compile(rf"(?:{_GAP}|(?<![ ])[ ]{{2}})\Z")  # two spaces too, before a label's colon
_FIELD_LABEL = regex.compile(r"\p{L}+\.?(?:[ \t]\p{L}+\.?){0,2}[ \t]*[:#]")


def opens_form_field(text: str, start: int) -> bool:
    """An English word that opens the next field of a form after a tab or three spaces ('...Vogel   Birth date: 1961',
    '...   Member #: YHD77'): the field's label, no name ('...\tBo Reyes: guardian' is one)."""
    label = _FIELD_LABEL.match(text, start)
    if label is None or not _AFTER_FIELD_GAP.search(text, max(0, start - 4), start):
        return False
    first = regex.match(r"\p{L}+", label.group()).group().lower()  # type: ignore[union-attr]
    if name_frequencies().given(first) >= 100:
        return False  # '...   Maria Reyes: guardian'
    return first in english_lexicon() or first in name_lexicon().not_names


# a field's gap, or two spaces before the next field's label ('Student: Rich Whitehead  Born: May. 13, 2018')
_PIECE_GAP = regex.compile(rf"{_GAP}|[ ]{{2}}(?=\p{{L}}[\p{{L}} .\#/]{{0,24}}:)")


def _field_pieces(text: str, cand: Candidate) -> list[Candidate]:
    """A name ends where its form field does: a person's span across a tab or three spaces is cut there into pieces
    with a letter ('Frank Gonzalez   Birth date: ...'); `_finished` then drops a piece that opens the next field's
    label ('Birth date:', 'Med Rec No.'), and the next field's own name stays ('Ann Lee\tBo Reyes: guardian')."""
    gaps = [g for g in _PIECE_GAP.finditer(text, cand.start) if g.end() <= cand.end] if cand.type == "PERSON" else []
    if not gaps:  # the label's colon lies past the name's end: the gaps are searched in the whole text
        return [cand]
    out, start = [], cand.start
    for gap in [*gaps, None]:
        end = gap.start() if gap is not None else cand.end
        if any(ch.isalpha() for ch in text[start:end]):
            out.append(replace(cand, start=start, end=end))
        start = gap.end() if gap is not None else end
    return out


def _finished(text: str, out: list[Candidate], protected: list[tuple[int, int]]) -> list[Candidate]:
    """Adjacent names merged, a title alone dropped ('Fr' of 'Fr. Thomas'), roles and place prefixes settled, address
    blocks joined, and a town already found repeated elsewhere ('... en Barcelona: Carrer de Mallorca 401, 08013
    Barcelona')."""
    out = [_whole_link(text, c) if c.type in _LINK_TYPES else c for c in out]
    people = merge_adjacent_names(text, _outside_protected(text, out, protected))
    people = [p for c in people for p in _field_pieces(text, c)]  # 'Patient: Jose Simon   Med Rec No. ...'
    people = [c for c in people if not (c.type == "PERSON" and _not_its_kind(text[c.start : c.end], "PERSON"))]
    people = [c for c in people if not (c.type == "PERSON" and _country_not_name(text, c))]  # 'visiting from Italy'
    people = [c for c in people if not (c.type == "PERSON" and _month_and_day(text, c))]  # 'Date: Tue, Mar 4'
    people = [c for c in people if not (c.type == "PERSON" and _bank_named(text, c))]  # 'Bank: Chase'
    people = [c for c in people if not (c.type == "PERSON" and opens_form_field(text, c.start))]  # 'Birth date:'
    people = [c for c in people if not (c.type == "PERSON" and _only_title(text, c))]
    people = [k for c in people if (k := _without_kin_word(text, c)) is not None]  # 'Gran's', 'Tito Ramon'
    people = [k for c in people if (k := _without_lower_lead(text, c)) is not None]  # 'wegen der Insulinspritzen'
    people = [_without_lower_tail(text, c) for c in people]  # 'Escala de visitas', 'Kabir ko'
    people = [k for c in people if (k := _without_code_tail(text, c)) is not None]  # 'DAVIS, ISAQUE  NRB 768 887 01'
    people = [c for c in people if not (c.type == "PERSON" and record_label(text, c.start, c.end))]  # 'BSN 2847...'
    found = _with_place_prefixes(text, [_without_roles(text, c) for c in people])
    found = without_facility(text, joined_over_in(text, address_blocks(text, found, typed_lower(text))))
    found = ended_at_sentence(text, found)  # '... Glasgow G11 6AA. My gran has' ends at 'G11 6AA.'
    if _MAIL_HEADER.search(text):
        found = [
            c for c in found if not (c.type == "DATE" and _HEADER_DATE.search(text, max(0, c.start - 40), c.start))
        ]
    lower = typed_lower(text)
    found = [replace(c, end=hicn_suffix(text, c.start, c.end, lower)) if c.type in _NUMBER_TYPES else c for c in found]
    found = [replace(c, start=plan_prefix(text, c.start, c.end)) if c.type in _NUMBER_TYPES else c for c in found]
    found = [_with_code_and_dependent(text, c) if c.type in _NUMBER_TYPES else c for c in found]
    found += [
        Candidate(s, e, kind, DETECTED_PRIORITY, rank=STRUCTURED_RANK)
        for s, e, kind in column_cells(text, found, protected)  # 'Gwen - Mobile' under 'Arlo - Pensacola'
    ]
    located = [(c.start, c.end) for c in found if c.type == "LOCATION"]
    taken = protected + [(c.start, c.end) for c in found]
    found += [
        Candidate(s, e, "LOCATION", DETECTED_PRIORITY, rank=STRUCTURED_RANK)
        for s, e in repeated_places(text, located, taken)
    ]
    return found + _repeated_numbers(text, found)


_REPEATED_TYPES = frozenset(
    {"US_SSN", "PHONE_NUMBER", "MEDICAL_RECORD_NUMBER", "ID", "ACCOUNT_NUMBER", "US_BANK_NUMBER", "CREDIT_CARD"}
)


_PLAN_LETTERS_START = regex.compile(rf"^{PLAN_LETTERS}[ \-](?=\d)")


def _repeated_numbers(text: str, found: list[Candidate]) -> list[Candidate]:
    """A number found once is the same number where it is written again ('her MRN which is [0091 4472]... sorry
    without the brackets, 0091 4472'): every other occurrence of it, word-bounded, four digits or more."""
    out = []
    values = {
        (text[c.start : c.end], c.type)
        for c in found
        if c.type in _REPEATED_TYPES and sum(ch.isdigit() for ch in text[c.start : c.end]) >= 4
    }
    # a number found with its plan's letters ('TX 5093378821') is the same number written again without them
    values |= {(bare, kind) for value, kind in values if (bare := _PLAN_LETTERS_START.sub("", value)) != value}
    for value, kind in values:  # a plain search and two compiled checks: a regex per value cost 1 ms a message
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if (at == 0 or not _WORD_OR_HYPHEN.match(text, at - 1)) and not _NUMBER_GOES_ON.match(text, end):
                if not any(c.start <= at and end <= c.end for c in found):
                    out.append(Candidate(at, end, kind, DETECTED_PRIORITY, rank=STRUCTURED_RANK))
                at = text.find(value, end)
            else:
                at = text.find(value, at + 1)
    return out


_WORD_OR_HYPHEN = regex.compile(r"[\w\-]")
_NUMBER_GOES_ON = regex.compile(r"[\w\-]|[.,]\d")


def _trimmed(text: str, result: RecognizerResult, entity: str) -> tuple[int, int]:
    """A result's span tidied; a name never runs on to the next line ('Ann Lee\\nAddress'); names and places lose
    their edge words."""
    start, end = _tidy(text, result.start, result.end)
    if entity in {"DATE", "DATE_OF_BIRTH"} and _THE_DAY.match(text, result.start):
        start = result.start  # 'the 5th of January 1937': the article goes with the day it names
    if entity == "PERSON" and "\n" in text[start:end]:
        end = start + text[start:end].index("\n")
    if entity == "LOCATION" and "\n" in text[start:end] and _LABEL_NEXT.match(text, end):
        end = start + text[start:end].index("\n")  # 'Park\nRelationship: son': the next line's label is no place
    if entity == "PERSON" and (cut := _FIELD_CUT.search(text, start, end)) is not None and cut.start() > start:
        end = cut.start()  # 'Joseph Tyler / DOB 2/21/80': a note's next field is no part of the name
    if entity in _NER_TYPES:
        trimmed = trim_name_edges(text, start, end, person=entity == "PERSON")
        if trimmed[1] > trimmed[0] or not _titled_surname(text, start, end, result):
            return trimmed
    return start, end


_NUMBER_TYPES = frozenset({"US_SSN", "PHONE_NUMBER", "MEDICAL_RECORD_NUMBER", "ID"})
# a forwarded e-mail's date line ('Date: Mon, Oct 5, 2026 at 2:14 PM', 'Sent: Tuesday, November 21, 2025'): when the
# mail was sent, nobody's date
_MAIL_HEADER = regex.compile(r"(?m)^[ \t>]*(?:From|Subject|To|Sent)[ \t]*:")
_HEADER_DATE = regex.compile(r"(?:\A|\n)[ \t>]*(?:Date|Sent|Received)[ \t]*:[ \t]*(?:\p{L}{3,9}\.?,?[ \t]+)?\Z")
_LABEL_NEXT = regex.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*:")
_FIELD_CUT = regex.compile(r"[ \t]*(?:[/|][ \t]*|\b)(?-i:DOB|D\.O\.B|MRN|SSN|DOD)\b|[ \t]+[/|][ \t]+")
_THE_DAY = regex.compile(r"(?i:the)\s+\d")
TITLED_SURNAME_MIN = 10_000  # US holders: 'Swift' 24,249, 'Best' 37,923; 'Office', 'Visit' none


def _titled_surname(text: str, start: int, end: int, result: RecognizerResult) -> bool:
    """One capitalised word right after a title that the edge words would drop only as a word of another use ('Dr.
    Swift', 'Dr. Best': a SWIFT code, 'best regards'): a name when it is a common surname and no stop, edge or
    shorthand word."""
    word = text[start:end]
    if _recognizer_name(result) != "TitledNameRecognizer" or not regex.fullmatch(r"\p{Lu}\p{Ll}+", word):
        return False
    low, lex = word.lower(), name_lexicon()
    if low in STOP_WORDS or low in lex.edge_words or low in abbreviations():
        return False
    return name_frequencies().surname(low) >= TITLED_SURNAME_MIN


def _not_its_kind(surface: str, entity: str) -> bool:
    """A person with no letter ('nacida en 1941' trimmed of its words: a year is no name) or whose only words are a
    record's labels ('03/22/1944 MRN A1182030': spaCy's person made of a date, a label and a number), or a place that is
    a measurement typed in lower case."""
    if entity == "PERSON":
        words = [w.lower() for w in _LETTERS_RUN.findall(surface)]
        return not words or all(w in _RECORD_LABELS for w in words)
    return entity == "LOCATION" and _lower_measure(surface)


# a bank's field on a form: its value is the bank ('Bank: Chase', 'Bank name: Ally'), no person
_BANK_BEFORE = regex.compile(
    r"(?i)(?<![\w])(?:bank|bank[ \t]+name|financial[ \t]+institution|credit[ \t]+union)[ \t]*:[ \t]*\Z"
)


def _bank_named(text: str, cand: Candidate) -> bool:
    """One word as the value of a bank's field ('Bank: Chase'); an account holder written there keeps their name
    ('Bank: K. Venkatesan, account ...')."""
    one_word = " " not in text[cand.start : cand.end]
    return one_word and _BANK_BEFORE.search(text, max(0, cand.start - 24), cand.start) is not None


# a month cut short before its day, which spaCy reads as a person in a mail's head ('Date: Tue, Mar 4', 'On Mon, Jan
# 13,'): a date, though 'Jan' alone is a given name too
_MONTH_DAY = regex.compile(
    r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?[ \t]+)?"  # 'Sun, Jan' read as one person
    r"(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?![\d:/.\-])"
)


def _month_and_day(text: str, cand: Candidate) -> bool:
    """The person is a short month's name with its day ('Mar 4' read whole, or 'Jan' before ' 13,')."""
    m = _MONTH_DAY.match(text, cand.start)
    return m is not None and cand.end <= m.end()


COUNTRY_GIVEN_MIN = 20  # US holders: a country that is also a given name stays a name ('Jordan', 'India', 'Georgia')


def _country_not_name(text: str, cand: Candidate) -> bool:
    """A country's or a state's name that almost nobody is given ('visiting from Italy', 'a card from Mexico'): a place,
    which Safe Harbor leaves; never a person read from its cue, unless a title says a surname ('mr washington')."""
    from .name_freq import name_frequencies

    low = " ".join(w.lower() for w in _LETTERS_RUN.findall(text[cand.start : cand.end]))
    vocab = vocabulary()
    if low not in vocab.countries and low not in vocab.states.values():
        return False
    if _TITLE_BEFORE.search(text[max(0, cand.start - 10) : cand.start]):
        return False
    return name_frequencies().given(low) < COUNTRY_GIVEN_MIN


_LETTERS_RUN = regex.compile(r"(?<![\p{L}\d])\p{L}+(?![\p{L}\d])")  # words, not the letters of a code
_RECORD_LABELS = frozenset(
    {"mrn", "dob", "ssn", "id", "no", "mr", "acct", "dx", "rx", "rm", "room", "chart", "voicemail"}
)
