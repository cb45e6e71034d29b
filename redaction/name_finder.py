"""A learned second look for names no rule proposed: is this word a person's name here?

The rules take a word as a name when something says so: a capital no English list explains, a title or relation word
before it, a shape. Names that are also English words ('Rich is the health proxy', 'Can Will Young drive'), names
typed in lower case ('pilar can u text david'), a first name on a signature line and a 'First Last' nobody introduced
slip past every rule, and a rule per case is a pattern list that fails on the next message. This is one decision over
every word the rules left alone that could be a name: a word listed as a US given name or surname in any case, or a
capitalised word no English list holds. A logistic regression scores it over the span filter's features of what the
word is and where it stands (redaction/span_filter.py, `span_features`) and a few of its own about the message's
structure (a bracket before it, a found name beside it or in the same list, a phone or e-mail right after it, a line
of its own); a word scoring at least `threshold` is added as a PERSON, and a candidate word right beside an added name
or a found one joins it when it scores at least `extend` ('Grace Swift' when only 'Swift' clears the threshold).

Never scored (`candidate_words`): a word any detector proposed (the rules and the span filter judged it already), a word
the allow-list protects (clinical vocabulary, the caller's terms), a word inside a placeholder, a weekday, a title,
relation or kinship word of any language, a form's label ('Phone Bill: $80'), and a word of an institution's name
('Clínica Alemana'). A month or another language's word that is also a common given name ('June', 'May', 'Mae', 'Ola';
never the month of a date: 'June 3', 'in May') and a word in a speaker label's place ('ken: mom says ...') are
`look_only_words`: the finder never adds one on its own (the rules read each as the month, the word or the label and
decided), and only the look in context, which reads the sentence, can (since the forty-seventh session). A word right
after a title, relation word, greeting or addressing verb is scored (from the thirty-seventh session): where the rules
said no ('grandpa ike', 'dr brook', 'Dr. Swift') the model weighs the word before it and the word after it ('mom will
call' stays: the modal after it) like any other. The weights live in `conf/name_finder.json`, trained by `python -m
evals.redaction.name_finder_train` on the same corpora as the span filter, after it (the words it scores are those left
by the rules and the filter); both thresholds are chosen on out-of-fold predictions (redaction/README.md, "The name
finder").
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

import numpy as np
import regex
from spacy.lang.en.stop_words import STOP_WORDS

from .dates import CALENDAR_WORDS
from .detect import DETECTED_PRIORITY, DIGIT_NEXT, KIN_EVEN_IF_GIVEN, institution_name, opens_form_field
from .known import KNOWN_PRIORITY
from .lexicon import CONF_DIR, english_lexicon, name_lexicon, other_language_words
from .name_cues import person_next_words
from .name_freq import name_frequencies
from .people import CHAT_PREFIX, continue_names
from .span_filter import (
    MessageView,
    cue_words,
    linear_probability,
    logistic,
    message_view,
    read_weights,
    span_features,
    weights_json,
)
from .spans import Candidate
from .stop_words import foreign_stop_words
from .vault import PLACEHOLDER_RE

FINDER_FILE = CONF_DIR / "name_finder.json"
CONTEXT_FILE = CONF_DIR / "name_context.json"
FEATURES_VERSION = 2  # bump when `finder_features` or `candidate_words` change: the shipped weights must be retrained
# bump when what the look in context reads changes (2: also `look_only_words`, forty-seventh session): retrain it
CONTEXT_VERSION = 2

# a word of Latin letters on its own: not inside an e-mail, a URL, a handle or a number ('bob.caldwell', '@latoya')
_TOKEN = regex.compile(r"(?<![\p{L}\p{N}@./_\-])\p{Latin}[\p{Latin}'’\-]*(?![\p{L}\p{N}@_]|\.\p{L})")
_POSSESSIVE = regex.compile(r"['’]s\Z", regex.I)
# a speaker label: the line's start, what a chat export writes before the speaker (people.CHAT_PREFIX: '[9:17 AM]',
# '12/03/26, 9:17 PM - '), up to two words ('Case manager'), the word, then a colon
_LABEL_BEFORE = regex.compile(rf"(?:\A|\n)[ \t>*•\-]*{CHAT_PREFIX}(?:\p{{L}}[\p{{L}}.'’\-]*[ \t]+){{0,2}}\Z")
_JOINER = regex.compile(r"[ \t]*(?:,|&|and|or|/)[ \t]*", regex.I)
_LINE_PREFIX = regex.compile(r"[ \t>*•\-–—~]*")
_LINE_REST = regex.compile(r"[ \t,.!~]*(?:\n|\Z)")
_NAME_GAP = regex.compile(r"[ \t\-]{1,2}")
_EXTEND_STEPS = 2
LOOK_ONLY_MIN_GIVEN = 100  # US holders a month or another language's word needs as a given name to be read ('June')


class NameFinderError(RuntimeError):
    """The shipped weights do not match the features this code computes."""


def candidate_words(text: str, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words that could be a name and that nothing blocks: listed as a given name or a surname (any case), or
    capitalised and in no English list; a possessive 's is left outside."""
    return [(start, end) for start, end, look_only in _candidates(text, blocked) if not look_only]


def look_only_words(text: str, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words the finder never adds on its own, which only the look in context decides: a month or a word of another
    language's vocabulary that `LOOK_ONLY_MIN_GIVEN` US holders have as a given name ('tell April', 'Mae'), unless it
    is the month of a date or a time ('June 3', 'in May'), and a word in a speaker label's place ('ken: mom says her
    chest feels tight'). The rules read each of those as the month, the word or the label; the sentence says which."""
    return [(start, end) for start, end, look_only in _candidates(text, blocked) if look_only]


def _candidates(text: str, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """`candidate_words` and `look_only_words` in one pass: (start, end, look only)."""
    freq, lex = name_frequencies(), english_lexicon()
    titles, cues, others = name_lexicon().titles, cue_words(), other_language_words()
    out = []
    for m in _TOKEN.finditer(text):
        start, word = m.start(), m.group()
        if (poss := _POSSESSIVE.search(word)) is not None:
            word = word[: poss.start()]
        word = word.rstrip("'’-")
        end = start + len(word)
        if len(word) < 2:
            continue
        low = word.lower()
        if low.rstrip(".") in titles or low in cues or low in KIN_EVEN_IF_GIVEN:
            continue  # 'Mister', 'Herr', 'Dona': before a name; 'Lola': the family's word
        # 'in April', 'June 3': a month the rules did not take as a name is left a month unless read in context
        look_only = low in others or low in CALENDAR_WORDS
        if look_only and freq.given(low) < LOOK_ONLY_MIN_GIVEN:
            continue  # 'Friday', 'Mon', 'no', 'tito', 'le': no common US given name; 'June', 'May', 'Mae' are
        if low in CALENDAR_WORDS and _in_a_date(text, start, end):
            continue  # 'June 3', '3rd of May', 'in April': the month of a date or a time
        listed = freq.given(low) > 0 or freq.surname(low) > 0
        shaped = len(word) >= 3 and word[0].isupper() and word[1:].islower() and low not in lex
        if not (listed or (shaped and low not in STOP_WORDS)):
            continue
        if any(s < end and start < e for s, e in blocked):
            continue
        if opens_form_field(text, start) or _after_any_one(text, start):
            continue  # 'Phone Bill: $80': a form's label; 'a grandma rose to speak': nobody's
        if institution_name(text, start, end):
            continue  # 'Clínica Alemana', 'Birchwood Manor': an institution's name, not a person's
        if word.isupper() and len(word) <= 4 and not listed and DIGIT_NEXT.match(text, end):
            continue  # 'LEON GREEN  TF 49 5958 090': the code a card prints before a number
        out.append((start, end, look_only or _speaker_position(text, start, end)))  # the rules read a label's name
    return out


# a relation or role word after an article or a quantifier is anyone's, not a name's cue ('a grandma rose to speak',
# 'the nurse said', 'every aide will call')
_GENERIC_CUE = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:a|an|the|this|that|every|any|some|no|another|each)[ \t]+(\p{L}[\p{L}'’]*)\.?[ \t]+\Z"
)


# a month beside a day or a year, or after a word of time, is the month ('June 3', '3rd of June', 'June, 2024',
# 'in May', 'since April', 'last June')
_DATE_BEFORE = regex.compile(
    r"(?i)(?:\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?|(?<![\p{L}'’])(?:in|on|of|since|until|till|by|through|during|before|"
    r"after|last|next|this|early|mid|late|every)[ \t]+)\Z"
)
_DATE_AFTER = regex.compile(r"[ \t]*,?[ \t]*\d")


def _in_a_date(text: str, start: int, end: int) -> bool:
    return _DATE_AFTER.match(text, end) is not None or _DATE_BEFORE.search(text, max(0, start - 20), start) is not None


def _after_any_one(text: str, start: int) -> bool:
    """Right after an article and a relation, role or title word: the word is what that someone does."""
    m = _GENERIC_CUE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    low = m.group(1).lower()
    return low in cue_words() or low in name_lexicon().titles


def finder_features(
    text: str,
    start: int,
    end: int,
    chosen: Sequence[Candidate],
    words: Sequence[tuple[int, int]],
    msg: MessageView | None = None,
) -> tuple[dict[str, float], list[str]]:
    """The span filter's features of the word (scored as a PERSON nobody supported) and the message's structure
    around it; `words` are all the candidate words of the message, `chosen` the spans already to be redacted."""
    view = msg if msg is not None else message_view(text)
    dense, hashed = span_features(view, start, end, "PERSON", ())
    freq = name_frequencies()
    word = text[start:end]
    given, surname = freq.given(word), freq.surname(word)
    people = [(c.start, c.end) for c in chosen if c.type == "PERSON"]
    contacts = [c.start for c in chosen if c.type in ("PHONE_NUMBER", "EMAIL_ADDRESS")]
    line_start = text.rfind("\n", 0, start) + 1
    after = text[end : end + 3].lstrip(" \t")
    dense |= {
        "x_bracket": float(text[max(0, start - 3) : start].rstrip(" \t")[-1:] == "]"),
        "x_beside_person": float(any(_beside(text, (start, end), p) for p in people)),
        "x_listed_with_person": float(any(_joined(text, (start, end), p) for p in people)),
        "x_beside_word": float(any(_beside(text, (start, end), w) for w in words if w != (start, end))),
        "x_contact_after": float(any(0 <= s - end <= 25 for s in contacts)),
        "x_own_line": float(
            _LINE_PREFIX.fullmatch(text, line_start, start) is not None and _LINE_REST.match(text, end) is not None
        ),
        "x_listed": float(given > 0 or surname > 0),
        "x_given_share": given / (given + surname + 1),
        "x_digit_after": float(after[:1].isdigit()),
    }
    return dense, hashed


def _speaker_position(text: str, start: int, end: int) -> bool:
    """Where a speaker label's name stands: at the line's start (after a chat's '[9:17 AM]' and up to two role words)
    with a colon after it. The rules' speaker labels (people.speaker_labels) read these."""
    return (
        text[end : end + 3].lstrip(" \t")[:1] == ":"
        and _LABEL_BEFORE.search(text, max(0, start - 60), start) is not None
    )


def _beside(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two words of one name: only a space or a hyphen between them."""
    return (0 < b[0] - a[1] <= 2 and _NAME_GAP.fullmatch(text, a[1], b[0]) is not None) or (
        0 < a[0] - b[1] <= 2 and _NAME_GAP.fullmatch(text, b[1], a[0]) is not None
    )


def _joined(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two items of one list: a comma, '&', 'and', 'or' or a slash between them."""
    return (0 < b[0] - a[1] <= 6 and _JOINER.fullmatch(text, a[1], b[0]) is not None) or (
        0 < a[0] - b[1] <= 6 and _JOINER.fullmatch(text, b[1], a[0]) is not None
    )


class WordVectors(Protocol):
    """A language model's contextual vector of each span of a text (guide.ml.embeddings.OnnxMiniLM: all-MiniLM-L6-v2
    reading a 32-word-piece window around the word); a row of zeros where it has none."""

    def word_vectors(self, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray: ...


@dataclass(frozen=True, eq=False)
class ContextLook:
    """The second look in context: a word the finder scores at least `gate` is scored again by a logistic regression
    over the finder's log-odds and the word's contextual vector (`WordVectors`), and that score decides it, against
    `threshold` and `extend`. The finder's features see a few words either side; the vector sees how the sentence
    uses the word ('Hope called' against 'I hope she calls'). Trained by `python -m evals.redaction.name_context_train`
    on corpora the finder was not trained on (redaction/README.md, "The name finder in context")."""

    gate: float
    weights: np.ndarray  # [finder log-odds, vector...]
    intercept: float
    threshold: float
    extend: float
    model: str  # the vectors' model, as the trainer recorded it

    def rescore(
        self,
        text: str,
        scored: list[tuple[tuple[int, int], float]],
        vectors: WordVectors,
        look_only: Sequence[tuple[tuple[int, int], float]] = (),
    ) -> list[tuple[tuple[int, int], float]]:
        """`scored` and `look_only` (`look_only_words` with the finder's scores) together, every word at or above the
        gate scored in context; below the gate, or with no vector, a candidate word keeps the finder's score and a
        look-only word gets 0 (the finder never adds one on its own)."""
        every = [*scored, *look_only]
        out = [*scored, *((span, 0.0) for span, _ in look_only)]
        read = [i for i, (_, p) in enumerate(every) if p >= self.gate]
        if not read:
            return out
        found = vectors.word_vectors(text, [every[i][0] for i in read])
        for i, vector in zip(read, found, strict=True):
            if not vector.any():
                continue
            span, p = every[i]
            z = self.intercept + float(self.weights[0]) * _log_odds(p) + float(np.dot(self.weights[1:], vector))
            out[i] = (span, logistic(z))
        return out


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class NameFinder:
    """Logistic regression weights over `finder_features`; a word scoring `threshold` is added, one beside an added or
    found name at `extend`. With `context` and a `WordVectors` model, the words it gates are decided in context."""

    dense: dict[str, float]
    hashed: dict[int, float]
    intercept: float
    threshold: float
    extend: float
    context: ContextLook | None = field(default=None, compare=False)

    def scores(
        self, text: str, chosen: Sequence[Candidate], blocked: Sequence[tuple[int, int]]
    ) -> list[tuple[tuple[int, int], float]]:
        """Each candidate word and its probability of being a name."""
        return self.all_scores(text, chosen, blocked, look_only=False)[0]

    def all_scores(
        self, text: str, chosen: Sequence[Candidate], blocked: Sequence[tuple[int, int]], look_only: bool = True
    ) -> tuple[list[tuple[tuple[int, int], float]], list[tuple[tuple[int, int], float]]]:
        """`scores`, and the same for `look_only_words` (each scored beside the candidate words as if one of them)."""
        found = _candidates(text, blocked)
        words = [(start, end) for start, end, only in found if not only]
        if not found or not (words or look_only):
            return [], []
        msg = message_view(text)
        regular: list[tuple[tuple[int, int], float]] = []
        extra: list[tuple[tuple[int, int], float]] = []
        for start, end, only in found:
            if only and not look_only:
                continue
            dense, hashed = finder_features(text, start, end, chosen, words, msg)
            p = linear_probability(self.dense, self.hashed, self.intercept, dense, hashed)
            (extra if only else regular).append(((start, end), p))
        return regular, extra

    def add(
        self,
        text: str,
        chosen: list[Candidate],
        candidates: Sequence[Candidate],
        protected: Sequence[tuple[int, int]],
        vectors: WordVectors | None = None,
    ) -> list[Candidate]:
        """`chosen` with the names the model finds among the words no detector proposed; `protected` are the
        allow-list's spans; with `vectors` (and a trained `context`) the words it gates are decided in context."""
        blocked = [(c.start, c.end) for c in [*candidates, *chosen]] + list(protected)
        blocked += [m.span() for m in PLACEHOLDER_RE.finditer(text)]  # '<PERSON_1>' written by an earlier pass
        rule: NameFinder | ContextLook = self
        if vectors is not None and self.context is not None:  # the look also reads the words only it decides
            scored, extra = self.all_scores(text, chosen, blocked)
            scored, rule = self.context.rescore(text, scored, vectors, extra), self.context
        else:
            scored = self.scores(text, chosen, blocked)
        added = accepted(text, scored, [(c.start, c.end) for c in chosen if c.type == "PERSON"], rule)
        if not added:
            return chosen
        out = list(chosen)
        for start, end in _continued(text, _joined_names(text, added), [(c.start, c.end) for c in chosen], protected):
            # beside a found name ('Grace' found, 'Swift' added): one name, one placeholder
            near = [
                i
                for i, c in enumerate(out)
                if c.type == "PERSON"
                and c.key is None
                and c.priority != KNOWN_PRIORITY
                and _beside(text, (c.start, c.end), (start, end))
            ]
            if near:
                old = out[near[0]]
                out[near[0]] = replace(old, start=min(old.start, start), end=max(old.end, end))
            else:
                out.append(Candidate(start, end, "PERSON", DETECTED_PRIORITY))
        return sorted(out, key=lambda c: c.start)


def accepted(
    text: str,
    scored: Sequence[tuple[tuple[int, int], float]],
    people: Sequence[tuple[int, int]],
    finder: NameFinder | ContextLook,
) -> list[tuple[int, int]]:
    """The words at or above the threshold, and then, when there are any, the words at or above `extend` right beside
    one of them or beside a found name, and those beside such a word (a name of up to three words grows from one;
    never by a small word of any language: 'rocío vuelve el martes' stays 'rocío vuelve' at most)."""
    out = [span for span, p in scored if p >= finder.threshold]
    if not out:  # a found name alone does not grow (out of fold that redacted more words than it completed names)
        return out
    small = STOP_WORDS | foreign_stop_words()
    rest = [span for span, p in scored if finder.extend <= p < finder.threshold]
    rest = [span for span in sorted(rest) if text[span[0] : span[1]].lower() not in small]
    seeds = [*out, *people]
    for _ in range(_EXTEND_STEPS):
        grown = [s for s in rest if s not in out and any(_beside(text, s, other) for other in seeds)]
        out += grown
        seeds = grown
    return sorted(out)


def _continued(
    text: str, added: list[tuple[int, int]], taken: list[tuple[int, int]], protected: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """An added name takes the words the rules give a found name (people.continue_names: 'ROSE' + 'REED', 'MARK' +
    'REED'), never over a span already chosen."""
    out = []
    for start, end in added:
        grown = continue_names(text, [(start, end)], list(protected), person_next_words())
        new_start, new_end = grown[0] if grown else (start, end)
        words = regex.findall(r"\p{L}+", text[new_start:start] + " " + text[end:new_end])
        if any(s < new_end and new_start < e for s, e in taken) or not all(_name_part(w) for w in words):
            new_start, new_end = start, end
        out.append((new_start, new_end))
    return out


CONTINUED_SURNAME_MIN = 10_000  # US holders: 'Reed' 162,000; 'Till' fewer


def _name_part(word: str) -> bool:
    """A word the rules put on a name the model found: no English word, or a common surname or given name."""
    low, freq = word.lower(), name_frequencies()
    return low not in english_lexicon() or freq.surname(low) >= CONTINUED_SURNAME_MIN or freq.given(low) >= 100


def _joined_names(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Added words right beside each other made one name ('bill young'), so the vault gives it one placeholder."""
    out: list[tuple[int, int]] = []
    for start, end in words:
        if out and _beside(text, out[-1], (start, end)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def load_finder(path: Path = FINDER_FILE, context: Path | None = CONTEXT_FILE) -> NameFinder:
    """The finder's weights, with its look in context when `context` names a file (trained on these weights)."""
    data = read_weights(path, FEATURES_VERSION, NameFinderError, "evals.redaction.name_finder_train")
    return NameFinder(
        dense={str(k): float(v) for k, v in data["dense"].items()},
        hashed={int(k): float(v) for k, v in data["hashed"].items()},
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        extend=float(data["extend"]),
        context=load_context(context, finder_digest(path)) if context is not None else None,
    )


def finder_digest(path: Path = FINDER_FILE) -> str:
    """What a context look is trained on top of: the finder's weights (their content, so a checkout that changes line
    endings or indentation does not change it)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def load_context(path: Path, digest: str) -> ContextLook:
    """The look in context, or NameFinderError saying how to retrain when it was trained over other finder weights."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("finder_sha256") != digest:
        raise NameFinderError(
            f"{path.name} was trained over other name finder weights: retrain with "
            "`python -m evals.redaction.name_context_train`"
        )
    if data.get("context_version", 1) != CONTEXT_VERSION:
        raise NameFinderError(
            f"{path.name} was trained for what the look read in version {data.get('context_version', 1)}; this code "
            f"reads version {CONTEXT_VERSION}: retrain with `python -m evals.redaction.name_context_train`"
        )
    weights = np.asarray(data["weights"], dtype=np.float32)
    return ContextLook(
        gate=float(data["gate"]),
        weights=weights,
        intercept=float(data["intercept"]),
        threshold=float(data["threshold"]),
        extend=float(data["extend"]),
        model=str(data["model"]),
    )


def context_json(look: ContextLook, digest: str, meta: dict[str, object]) -> str:
    return json.dumps(
        {
            "finder_sha256": digest,
            "context_version": CONTEXT_VERSION,
            "model": look.model,
            "gate": look.gate,
            "threshold": look.threshold,
            "extend": look.extend,
            "intercept": round(look.intercept, 6),
            "weights": [round(float(w), 6) for w in look.weights],
            "meta": meta,
        },
        indent=1,
    )


def finder_json(finder: NameFinder, meta: dict[str, object]) -> str:
    thresholds = {"threshold": finder.threshold, "extend": finder.extend}
    return weights_json(FEATURES_VERSION, thresholds, finder.dense, finder.hashed, finder.intercept, meta)
