"""Clinical words that must survive: a shipped vocabulary plus the caller's terms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import regex

from .drug_names import drug_names
from .lexicon import CONF_DIR
from .textutil import fold

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*(?:\.(?=[A-Za-z]))?")
_POSSESSIVE = re.compile(r"(?:'s|s')(?:\s|$)")
_MAX_WORDS = 6
_MEDICAL_WORD = re.compile(
    r"\b[A-Za-z]{3,}(?:emia|aemia|itis|osis|ectomy|otomy|ostomy|pathy|algia|plasty|scopy|uria|penia|trophy|"
    r"megaly|opioid|oids?|olol|pril|sartan|statin|mab|tinib|azole|cillin|mycin|oxacin|gliptin|gliflozin|dipine|"
    r"prazole|tidine|azepam|zolam|triptan|afil|parin|xaban|glutide|formin|profen|terol|olone|phrine|caine|"
    r"barbital|oxetine|apine|idone|azine|tropium|lukast|vastatin|thiazide|semide)\b",
    re.I,
)

# A medicine's dose form and a direction for taking it, as a care plan writes them (RxNorm names and SIG text:
# 'Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler', '72 HR Fentanyl 0.025 MG/HR Transdermal System', 'Camila 28 Day
# Pack', 'Inhale 2 puffs', 'Apply 1 Patch', 'Chew 1 tablet'): the form words after a strength, a count or a direction
# verb are never a name, also those that are surnames or plain English elsewhere ('Patch', 'Spray', 'Chew', 'Pen',
# 'System'). The verbs take a count or a form right after them, never a person ('Give Maria her inhaler' is no
# direction here).
_FORM_WORD = (
    r"(?:oral|tablets?|caplets?|capsules?|extended|release|delayed|chewable|disintegrating|enteric|coated|film|"
    r"solution|suspension|injectable|injections?|inhalation|powder|inhalers?|metered|doses?|dry|sprays?|nasal|"
    r"mucosal|topical|cream|ointment|lotion|gel|foam|shampoo|patch(?:es)?|transdermal|system|intrauterine|vaginal|"
    r"ring|implant|drug|pens?|injectors?|auto-injectors?|prefilled|syringes?|cartridges?|sublingual|buccal|"
    r"lozenges?|rectal|suppositor(?:y|ies)|enema|ophthalmic|otic|drops?|pack|medicated|pads?|granules|packets?|"
    r"sachets?|kit|concentrate|syrup|elixir|emulsion|jet|nebuli[sz]er|puffs?|actuations?|vials?|applicatorful|"
    r"units?|chewing|gum)"
)
_COUNT = r"(?:\d+(?:[.,/]\d+)?|one|two|three|four|half|a|an)"
_STRENGTH = (
    r"\d+(?:\.\d+)?[ \t]*(?:mg|mcg|ml|unt|meq|%|hr|actuat|g)(?:[ \t]*/[ \t]*(?:\d+(?:\.\d+)?[ \t]*)?"
    r"(?:ml|actuat|hr|mg|g|unt))?(?:[ \t]+per[ \t]+\d*[ \t]*hr)?"
)
_MEDICINE_WORDING = re.compile(
    rf"\b(?:{_STRENGTH}|\d+[ \t]+day(?=[ \t]+pack\b)|(?:take|inhale|apply|chew|dissolve|inject|spray|instill|insert|"
    rf"swallow|place|use|nebuli[sz]e|unwrap|remove|change)(?:[ \t]+{_COUNT})?|{_COUNT})"
    rf"(?:[ \t]+{_FORM_WORD}\b)+",
    re.I,
)
# German common nouns by their endings ('Rechnung', 'Überweisung', 'Bankverbindung', 'Krankenkasse', 'Pflegedienst',
# 'Physiotherapie', 'Versichertennummer'): no surname or town of eight letters or more ends so (short ones do:
# 'Hartung', 'Jung'), and a street so named has its number after it; capitalised as every German noun, they had been
# read as names
_GERMAN_NOUN = regex.compile(
    r"(?<!\p{L})(?=\p{L}{8,}(?!\p{L}))\p{L}+(?:ung|ungen|heit|keit|schaft|pflege|kasse|dienst|therapie|nummer)"
    r"(?!\p{L}|[ \t]*\d)",  # not a street before its number ('Waldsiedlung 12')
    regex.I,
)


def _words(term: str, *, keep_possessive: bool) -> list[str]:
    out = []
    for word in fold(term).lower().split():
        word = word.strip(".")
        if not keep_possessive:
            word = word.removesuffix("'s").removesuffix("'")
        if word:
            out.append(word)
    return out


def normalise_term(term: str, *, keep_possessive: bool = False) -> str:
    """Lower-case, accent-free, single-spaced; possessive 's dropped unless asked to keep it."""
    return " ".join(_words(term, keep_possessive=keep_possessive))


@lru_cache(maxsize=1)
def clinical_terms() -> tuple[str, ...]:
    """The built-in clinical vocabulary (conf/clinical_terms.txt), as written."""
    lines = (CONF_DIR / "clinical_terms.txt").read_text(encoding="utf-8").splitlines()
    return tuple(t.strip() for t in lines if t.strip() and not t.startswith("#"))


def _split_terms(terms: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(plain terms, terms written with a possessive), normalised; a caller's list (a care plan's words, passed on
    every turn) is normalised once, not per call (that was 43 ms a turn for a list of about 2,900 terms)."""
    return _split_terms_once(tuple(terms))


@lru_cache(maxsize=64)
def _split_terms_once(terms: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    plain: set[str] = set()
    possessive: set[str] = set()
    for term in terms:
        is_possessive, normalised = _split_one(term)
        (possessive if is_possessive else plain).add(normalised)
    return frozenset(t for t in plain if t), frozenset(t for t in possessive if t)


@lru_cache(maxsize=65536)
def _split_one(term: str) -> tuple[bool, str]:
    """(written with a possessive, normalised) for one term. Each consumer's list repeats the library's ~2,900 drug
    and condition words, so a new consumer's first message normalised them all again (38-59 ms); now once."""
    if _POSSESSIVE.search(fold(term)):
        return True, normalise_term(term, keep_possessive=True)
    return False, normalise_term(term)


@lru_cache(maxsize=1)
def _shipped_terms() -> tuple[frozenset[str], frozenset[str]]:
    """The clinical vocabulary plus the drug names, normalised once per process."""
    plain, possessive = _split_terms(clinical_terms())
    drugs = {d if d.isascii() else normalise_term(d) for d in drug_names()}  # shipped lower-case and single-spaced
    return plain | drugs, possessive


# US holders as a given name above which a clinical abbreviation listed in capitals is also read as a name when it is
# written capitalised: 'TIA' and 'ED' are conditions and places, 'Tia:' and "Ed's sugar" people (127 and 134 holders)
ACRONYM_GIVEN_MIN = 100


@lru_cache(maxsize=1)
def _acronym_names() -> frozenset[str]:
    """Clinical abbreviations listed in capitals that are also common given names ('tia', 'ed')."""
    from .name_freq import name_frequencies  # name_freq imports lexicon, as this module does

    freq = name_frequencies()
    caps = {t.lower() for t in clinical_terms() if t.isupper() and t.isalpha()}
    return frozenset(t for t in caps if freq.given(t) >= ACRONYM_GIVEN_MIN)


# before another capitalised word such a word is a kin title of another language ('Tia Esperanza': aunt Esperanza)
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


def _capitalised_name(word: str) -> bool:
    """A word written 'Tia' or 'Ed' (not 'TIA', 'ed') that is a clinical abbreviation and a given name: the name."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in _acronym_names()


@lru_cache(maxsize=1)
def _shipped_max_words() -> int:
    plain, possessive = _shipped_terms()
    return min(_MAX_WORDS, max(t.count(" ") + 1 for t in plain | possessive))


class AllowList:
    """Finds the stretches of a text covered by allowed clinical terms.

    A term written with a possessive ("Hashimoto's") only protects that possessive form, so the
    surname alone stays redactable; a bare term ("Parkinson") also protects "Parkinson's".
    """

    def __init__(self, extra: Iterable[str] = ()) -> None:
        self._extra = tuple(extra)
        self._base_plain, self._base_possessive = _shipped_terms()
        self._plain, self._possessive = _split_terms(extra)  # the caller's own terms, kept apart (no copy)
        lengths = [t.count(" ") + 1 for t in self._plain | self._possessive]
        self._max_words = min(_MAX_WORDS, max([_shipped_max_words(), *lengths]))

    def with_extra(self, terms: Iterable[str]) -> AllowList:
        """This list plus more terms (one call's own words, such as a care plan's conditions). The same terms give
        the same list, built once: a caller passes its plan's ~2,900 words on every message."""
        return _extended(self._extra, tuple(terms))

    def _is_plain(self, term: str) -> bool:
        return term in self._base_plain or term in self._plain

    def _is_possessive(self, term: str) -> bool:
        return term in self._base_possessive or term in self._possessive

    def __contains__(self, term: str) -> bool:
        return self._is_plain(normalise_term(term)) or self._is_possessive(normalise_term(term, keep_possessive=True))

    def protected(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every allowed term occurrence, matched word-wise and case-insensitively."""
        matches = list(_WORD.finditer(fold(text)))
        poss = [m.group(0).lower().strip(".") for m in matches]
        plain = [w.removesuffix("'s").removesuffix("'") for w in poss]
        spans: list[tuple[int, int]] = self.medical_words(text)
        for i in range(len(matches)):
            start = matches[i].start()
            if _capitalised_name(text[start : start + len(plain[i])]) and not _CAPITAL_NEXT.match(
                text, matches[i].end()
            ):
                continue  # 'Tia: can you call', "Ed's blood sugar": a person, though 'TIA' and 'ED' are clinical
            for n in range(min(self._max_words, len(matches) - i), 0, -1):
                if self._is_plain(" ".join(plain[i : i + n])) or self._is_possessive(" ".join(poss[i : i + n])):
                    spans.append((matches[i].start(), matches[i + n - 1].end()))
                    break
        return spans

    def medical_words(self, text: str) -> list[tuple[int, int]]:
        """Words built like drug or condition names (-emia, -itis, -olol, -statin...) or German common nouns
        (-ung, -kasse, -dienst...), and a medicine's dose form or direction ('0.09 MG/ACTUAT Metered Dose Inhaler',
        'Apply 1 Patch'): never a name."""
        spans = [m.span() for m in _MEDICAL_WORD.finditer(text)] + [m.span() for m in _GERMAN_NOUN.finditer(text)]
        return spans + [m.span() for m in _MEDICINE_WORDING.finditer(text)]

    def covers(self, text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
        """True when every word of text[start:end] lies inside an allowed term."""
        for m in _WORD.finditer(text, start, end):
            if not any(p_start <= m.start() and m.end() <= p_end for p_start, p_end in protected):
                return False
        return True


@lru_cache(maxsize=64)
def _extended(base: tuple[str, ...], terms: tuple[str, ...]) -> AllowList:
    """An allow list of `base` and `terms` (cached: lists are read-only once built)."""
    return AllowList((*base, *terms))
