"""A learned last look at the names and places the rules found: is this span an identifier at all?

The detectors favour recall: a capitalised word no English dictionary lists is taken as a name, so a German noun
('Rückfragen'), a typo ('Plese'), a brand ('Doliprane') or a form's label in another language ('Rekening') is
redacted too. Each such word is one a rule could skip, but a rule per word is a pattern list that fails on the next
message. This is one decision over every detected PERSON and LOCATION span instead: a logistic regression over what
the span is (is it English, a listed given name or surname, a typo, a medicine, a place; its letters' trigrams, which
say which language a word is in; its case) and where it stands (sentence start, the words either side, whether its
sentence is written in English or in another language's function words). A span the model gives less than
`threshold` is dropped; everything else is redacted as before.

What it never drops (`filterable`): anything the known-identifier matcher found (the plan's own people and places), a
span with a digit in it (an address block, a postcode), a name right after a title, a relation word, a greeting or a
verb one addresses a person with, a name written surname first, and a name-shaped word of a script of its own: where
its held-out losses were. It runs in `Redactor` after overlaps are settled. The weights live in
`conf/span_filter.json`, trained by `python -m evals.redaction.span_filter_train` on the training corpora named there,
with the threshold chosen on out-of-fold predictions (docs in redaction/README.md, "The span filter"). Scoring is plain
Python over the stored weights (no scikit-learn at redaction time): about 40 features and a few dozen hashed ones per
span.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import mmh3
import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .known import KNOWN_PRIORITY, at_sentence_start
from .lexicon import CONF_DIR, english_lexicon, name_lexicon, other_language_words
from .name_freq import name_frequencies
from .spans import Candidate
from .stop_words import foreign_stop_words
from .textutil import typed_lower

FILTER_FILE = CONF_DIR / "span_filter.json"
FEATURES_VERSION = 1  # bump when `span_features` changes: the shipped weights must be retrained
HASH_BUCKETS = 2**14
FILTERED_TYPES = frozenset({"PERSON", "LOCATION"})

_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")
_SENTENCE_EDGE = regex.compile(r"[.!?;\n]")
_NON_LATIN = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\p{Cyrillic}\p{Greek}\p{Devanagari}\p{Hebrew}\p{Thai}]"
)
_PREV = regex.compile(r"(\p{L}[\p{L}'’.]*)[^\p{L}\n]{0,3}\Z")
_NEXT = regex.compile(r"[^\p{L}\n]{0,3}(\p{L}[\p{L}'’]*)")
_LINE_START = regex.compile(r"(?:\A|\n)[ \t>*•\-]*\Z")
_CONTEXT = 300  # characters looked back for the sentence's start


@dataclass(frozen=True)
class MessageView:
    """What a message says about every span in it, computed once."""

    text: str
    typed_lower: bool
    upper_share: float
    foreign_share: float
    english_share: float
    unknown_share: float


def _language_counts(words: Iterable[str]) -> tuple[int, int, int, int]:
    """Lower-case words that are function words of another language only, of English only, in no English list, and
    all of them: which language a stretch of text is written in, from its small words."""
    lex, foreign = english_lexicon(), foreign_stop_words()
    low = [w for w in words if w.islower()]
    other = sum(1 for w in low if w in foreign and w not in STOP_WORDS and w not in lex)
    english = sum(1 for w in low if w in STOP_WORDS and w not in foreign)
    unknown = sum(1 for w in low if w not in lex and w not in STOP_WORDS)
    return other, english, unknown, len(low)


def _message(text: str) -> MessageView:
    letters = [c for c in text if c.isalpha()]
    other, english, unknown, n = _language_counts(_WORD.findall(text))
    return MessageView(
        text=text,
        typed_lower=typed_lower(text),
        upper_share=sum(c.isupper() for c in letters) / max(len(letters), 1),
        foreign_share=other / max(n, 1),
        english_share=english / max(n, 1),
        unknown_share=unknown / max(n, 1),
    )


@lru_cache(maxsize=1)
def _relation_words() -> frozenset[str]:
    from .name_cues import relation_words  # name_cues imports people, which imports this package's lexicon only

    return relation_words()


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Words right before a name that make it one: relation and role words, and the verbs one addresses a person
    with ('tell trevin the van comes at 9')."""
    from .name_cues import address_verbs

    return _relation_words() | address_verbs()


def _listed(low: str) -> tuple[float, float]:
    freq = name_frequencies()
    return math.log1p(freq.given(low)), math.log1p(freq.surname(low))


def span_features(
    msg: MessageView, start: int, end: int, kind: str, support: Sequence[Candidate] = ()
) -> tuple[dict[str, float], list[str]]:
    """The dense features by name and the hashed ones as strings ('p:bitte', 'g:<rü'), for one span; `support` is
    every detector candidate that overlaps it before overlaps were settled (how many rules found it, and which: a
    candidate's rank is its recognizer's score, or the structured rules' fixed rank)."""
    from .drug_names import drug_names  # the medicine list loads on first use
    from .places import place_names
    from .typos import misspelt

    text = msg.text
    surface = text[start:end]
    words = _WORD.findall(surface)
    lows = [w.lower() for w in words] or [""]
    lex, lexicon = english_lexicon(), name_lexicon()
    given, surname = zip(*(_listed(w) for w in lows), strict=True)
    d: dict[str, float] = {
        "n_words": min(len(words), 4),
        "one_word": float(len(words) == 1),
        "non_latin": float(_NON_LATIN.search(surface) is not None),
        "given_max": max(given),
        "given_min": min(given),
        "surname_max": max(surname),
        "surname_min": min(surname),
        "any_listed": float(any(g or s for g, s in zip(given, surname, strict=True))),
        "all_english": float(all(w in lex for w in lows)),
        "any_english": float(any(w in lex for w in lows)),
        "any_stop": float(any(w in STOP_WORDS for w in lows)),
        "any_foreign_stop": float(any(w in foreign_stop_words() for w in lows)),
        "any_other_language": float(any(w in other_language_words() for w in lows)),
        "any_not_name": float(any(w in lexicon.not_names for w in lows)),
        "any_typo": float(any(misspelt(w) for w in lows)),
        "any_medicine": float(any(w in drug_names() for w in lows)),
        "any_place": float(any(w in place_names() for w in lows)),
        "accented": float(any(ord(c) > 127 for c in surface)),
        "capitals": float(surface.isupper()),
        "lower": float(surface.islower()),
        "title_case": float(all(w[:1].isupper() and w[1:].islower() for w in words)),
        "longest": max((len(w) for w in words), default=0) / 10,
        "sentence_start": float(at_sentence_start(text, start)),
        "line_start": float(_LINE_START.search(text, max(0, start - 40), start) is not None),
        "colon_after": float(text[end : end + 2].lstrip(" ")[:1] == ":"),
        "location": float(kind == "LOCATION"),
        "message_typed_lower": float(msg.typed_lower),
        "message_upper": msg.upper_share,
        "message_foreign": msg.foreign_share,
        "message_english": msg.english_share,
        "message_unknown": msg.unknown_share,
    }
    prev_m = _PREV.search(text, max(0, start - 40), start)
    next_m = _NEXT.match(text, end, min(len(text), end + 40))
    prev = prev_m.group(1) if prev_m else ""
    after = next_m.group(1) if next_m else ""
    p_low, n_low = prev.lower(), after.lower()
    d |= {
        "prev_title": float(p_low.strip(".") in lexicon.titles),
        "prev_relation": float(p_low in _relation_words()),
        "prev_capital": float(prev[:1].isupper()),
        "next_capital": float(after[:1].isupper()),
        "prev_foreign": float(p_low in foreign_stop_words() and p_low not in STOP_WORDS),
        "next_foreign": float(n_low in foreign_stop_words() and n_low not in STOP_WORDS),
        "prev_stop": float(p_low in STOP_WORDS),
        "next_stop": float(n_low in STOP_WORDS),
        "elsewhere_lower": float(_elsewhere_lower(text, start, lows[0])),
    }
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, max(0, start - _CONTEXT), start)]
    left = edges[-1] if edges else max(0, start - _CONTEXT)
    right_m = _SENTENCE_EDGE.search(text, end)
    right = right_m.start() if right_m else len(text)
    other, english, unknown, n = _language_counts(_WORD.findall(text[left:start] + " " + text[end:right]))
    d |= {
        "sentence_foreign": min(other, 5) / 5,
        "sentence_english": min(english, 5) / 5,
        "sentence_unknown": unknown / max(n, 1),
        "sentence_words": min(n, 20) / 20,
    }
    same = [c for c in support if (c.start, c.end) == (start, end)]
    d |= {
        "support": min(len(support), 5) / 5,
        "support_same": min(len(same), 3) / 3,
        "support_types": float(len({c.type for c in support}) > 1),
        "support_wider": float(any(c.start < start or c.end > end for c in support)),
    }
    hashed = [f"p:{p_low}", f"n:{n_low}"] + sorted({f"r:{c.type}:{c.rank}" for c in support})
    for w in lows:
        padded = f"<{w}>"
        hashed += [f"g:{padded[i : i + 3]}" for i in range(len(padded) - 2)]
    return d, hashed


def _elsewhere_lower(text: str, start: int, low: str) -> bool:
    """The span's first word also written in lower case elsewhere in the message: a word, not a name."""
    if not low:
        return False
    at = text.find(low)
    while at != -1:  # a search, not a regex compiled for each word inside a turn
        end = at + len(low)
        if at != start and not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            return True
        at = text.find(low, at + 1)
    return False


def support_of(cand: Candidate, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The detector candidates that overlap a chosen span."""
    return [c for c in candidates if c.priority != KNOWN_PRIORITY and c.start < cand.end and cand.start < c.end]


def filterable(text: str, cand: Candidate, chosen: Sequence[Candidate] = ()) -> bool:
    """A detected name or place the filter may drop: not one with a digit (an address block, a postcode), not a name
    right after a title, a relation word, a greeting or a verb one addresses a person with ('Dr. Ngata', 'my son
    Dev', 'Hi Divina,', 'tell trevin'), not one written surname first ('Cabrini, Livio'), not a family's surname in
    the plural ('the Morrisons'), not a table's cell under a header that names it, and not a name-shaped word of a
    script of its own: where a name is that plainly a name, no score overrides it."""
    if cand.type not in FILTERED_TYPES or any(ch.isdigit() for ch in text[cand.start : cand.end]):
        return False
    if cand.type == "PERSON" and _surname_first(text, cand, chosen):
        return False
    if _NAME_SHAPED_SCRIPT.fullmatch(text, cand.start, cand.end) is not None:
        return False
    if cand.type == "PERSON" and _family_plural(text, cand):
        return False
    if _table_cell(text, cand):
        return False
    if cand.type == "PERSON" and _repeated_speaker(text, cand):
        return False
    return not after_cue(text, cand.start)


def _repeated_speaker(text: str, cand: Candidate) -> bool:
    """A label at a line's start that opens two lines or more of the message, with another speaker's line between
    them ('Meinhard: no.' ... 'Meinhard: on it'): the turns of a dialogue, whatever the word looks like."""
    if "\n" not in text or _LABEL_AT.fullmatch(text, cand.start, min(len(text), cand.end + 1)) is None:
        return False
    if _LINE_START.search(text, max(0, cand.start - 40), cand.start) is None:
        return False
    label = text[cand.start : cand.end]
    labels = [m.group(1) for m in _LINE_LABEL.finditer(text)]
    return labels.count(label) >= 2 and any(other != label for other in labels)


_LABEL_AT = regex.compile(r"[^\n:]+:")
_LINE_LABEL = regex.compile(r"(?m)^[ \t>\-*•]*([^\n:]{1,40}?)[ \t]*:")


def _table_cell(text: str, cand: Candidate) -> bool:
    """A cell of a pasted table under a header that names its kind ('city', 'patient'): `tables.table_cells`."""
    from .tables import table_cells  # noqa: PLC0415 - kept beside the family check's late import

    return "\n" in text and (cand.start, cand.end, cand.type) in table_cells(text)


def _family_plural(text: str, cand: Candidate) -> bool:
    """'the Morrisons': a family by its surname, which `name_cues.family_plurals` read from the surname's counts."""
    from .name_cues import family_plurals  # noqa: PLC0415 - name_cues imports the places and people modules

    return (cand.start, cand.end) in family_plurals(text[: cand.end + 1], [])


def after_cue(text: str, start: int) -> bool:
    """Right after a title, a relation word, a greeting or a verb one addresses a person with, on the same line: where
    the rules read a name from its cue ('Dr. Ngata', 'my son Dev', 'Hi Divina,', 'tell trevin')."""
    before = _PREV_ON_LINE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    low = before.group(1).lower().rstrip(".")
    return low in name_lexicon().titles or low in cue_words() or low in _GREETINGS


def _surname_first(text: str, cand: Candidate, chosen: Sequence[Candidate]) -> bool:
    """'Cabrini, Livio' as one span, or as two chosen names with only a comma between them."""
    if _SURNAME_FIRST.fullmatch(text, cand.start, cand.end) is not None:
        return True
    people = [c for c in chosen if c.type == "PERSON" and c is not cand]
    return any(
        _COMMA_ONLY.fullmatch(text, cand.end, c.start) or _COMMA_ONLY.fullmatch(text, c.end, cand.start) for c in people
    )


_COMMA_ONLY = regex.compile(r"[ \t]*,[ \t]*")
# what comes right before a name and makes it one (greetings of the languages the families here write in)
_GREETINGS = frozenset("hi hello hey dear hiya hola querida querido bonjour salut hallo liebe lieber olá ciao".split())
# a name's shape in a script of its own: two to four Han or Hangul characters ('田中和子', '김영수'), or capitalised
# Cyrillic or Greek words ('Надежда', 'Ελένη Παππά'); a longer run of Han is a sentence, and a lower-case word a word
_NAME_SHAPED_SCRIPT = regex.compile(
    r"[\p{Han}\p{Hangul}]{2,4}|(?:\p{Lu}[\p{Cyrillic}\p{Greek}]+)(?:[ \t]+\p{Lu}[\p{Cyrillic}\p{Greek}]+){0,2}"
)
_PREV_ON_LINE = regex.compile(r"(\p{L}[\p{L}'’]*\.?)[ \t]*,?[ \t]+\Z")
_SURNAME_FIRST = regex.compile(r"\p{Lu}[\p{L}'’\-]+,[ \t]*\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}\.?)?")


def bucket(feature: str) -> int:
    return mmh3.hash(feature, signed=False) % HASH_BUCKETS


@dataclass(frozen=True)
class SpanFilter:
    """Logistic regression weights over `span_features`, and the probability below which a span is dropped."""

    dense: dict[str, float]
    hashed: dict[int, float]
    intercept: float
    threshold: float

    def probability(self, msg: MessageView, cand: Candidate, support: Sequence[Candidate] = ()) -> float:
        dense, hashed = span_features(msg, cand.start, cand.end, cand.type, support)
        return linear_probability(self.dense, self.hashed, self.intercept, dense, hashed)

    def keep(self, text: str, chosen: list[Candidate], candidates: Sequence[Candidate]) -> list[Candidate]:
        """The chosen spans without the detected names and places the model reads as ordinary words; `candidates`
        are all of them before overlaps were settled."""
        if not any(c.type in FILTERED_TYPES for c in chosen):
            return chosen
        msg = _message(text)
        return [c for c in chosen if not self._drops(msg, c, chosen, candidates)]

    def _drops(
        self, msg: MessageView, cand: Candidate, chosen: Sequence[Candidate], candidates: Sequence[Candidate]
    ) -> bool:
        if cand.priority == KNOWN_PRIORITY or not filterable(msg.text, cand, chosen):
            return False
        return self.probability(msg, cand, support_of(cand, candidates)) < self.threshold

    def to_json(self, meta: dict[str, object]) -> str:
        return weights_json(
            FEATURES_VERSION, {"threshold": self.threshold}, self.dense, self.hashed, self.intercept, meta
        )


class SpanFilterError(RuntimeError):
    """The shipped weights do not match the features this code computes."""


def linear_probability(
    dense_weights: dict[str, float],
    hashed_weights: dict[int, float],
    intercept: float,
    dense: dict[str, float],
    hashed: Sequence[str],
) -> float:
    """A logistic regression's probability from stored weights: dense features by name, hashed ones by bucket."""
    return bucketed_probability(dense_weights, hashed_weights, intercept, dense, [bucket(f) for f in hashed])


def bucketed_probability(
    dense_weights: dict[str, float],
    hashed_weights: dict[int, float],
    intercept: float,
    dense: dict[str, float],
    buckets: Sequence[int],
) -> float:
    """`linear_probability` for hashed features already bucketed (what a trainer's rows hold)."""
    z = intercept + sum(dense_weights.get(k, 0.0) * v for k, v in dense.items())
    z += sum(hashed_weights.get(b, 0.0) for b in buckets)
    return logistic(z)


def logistic(z: float) -> float:
    """1 / (1 + e^-z), with z held to +-60 (no overflow; the probability is 0 or 1 to double precision there)."""
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def weights_json(
    version: int,
    thresholds: dict[str, float],
    dense: dict[str, float],
    hashed: dict[int, float],
    intercept: float,
    meta: dict[str, object],
) -> str:
    """A learned model's weights file: the features version it was trained for, its thresholds, its weights."""
    return json.dumps(
        {
            "features_version": version,
            "hash_buckets": HASH_BUCKETS,
            **thresholds,
            "intercept": round(intercept, 6),
            "dense": {k: round(v, 6) for k, v in sorted(dense.items())},
            "hashed": {str(k): round(v, 6) for k, v in sorted(hashed.items()) if abs(v) >= 1e-6},
            "meta": meta,
        },
        indent=1,
        ensure_ascii=False,
    )


def read_weights(path: Path, version: int, error: type[Exception], trainer: str) -> dict:  # type: ignore[type-arg]
    """A weights file's contents, or `error` saying how to retrain when it was trained for other features."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("features_version") != version or data.get("hash_buckets") != HASH_BUCKETS:
        raise error(
            f"{path.name} was trained for features version {data.get('features_version')} with "
            f"{data.get('hash_buckets')} buckets; this code computes version {version} with {HASH_BUCKETS}: "
            f"retrain with `python -m {trainer}`"
        )
    return data


def load_filter(path: Path = FILTER_FILE) -> SpanFilter:
    data = read_weights(path, FEATURES_VERSION, SpanFilterError, "evals.redaction.span_filter_train")
    return SpanFilter(
        dense={str(k): float(v) for k, v in data["dense"].items()},
        hashed={int(k): float(v) for k, v in data["hashed"].items()},
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
    )


def message_view(text: str) -> MessageView:
    """The per-message part of the features (public for the trainer)."""
    return _message(text)
