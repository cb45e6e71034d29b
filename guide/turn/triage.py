"""The triage stage: red flags first, before anything else runs.

Phrases come from `knowledge/red_flags.yaml` (English, and Spanish where a flag has `patterns_es`).
Whether a phrase found is present now is ConText's call (`guide.language.negation`): a phrase
negated ("no chest pain"), in the past ("had a stroke in 2019"), hypothetical ("what if she gets
chest pain") or about someone else ("family history of heart attack") raises no flag.

The emergency reply is composed, not picked: every flag that holds gives its steps, the specific cause before
the general picture (an overdose or a low sugar before a collapse), with the call first and no sentence twice; a
flag's context steps join when the message or the plan names their drug class or word (naloxone when the plan
lists an opioid), and a flag's `picture` adds it when other flags fire with such a name (an opioid and a person
who will not wake is an opioid overdose). A flag that `supersedes` another replaces that one's message, whose
steps would be wrong for this cause.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property

import regex

from guide.careplan.model import CarePlan
from guide.knowledge.models import Hazard, RedFlag, without_apostrophes
from guide.language.negation import DENIALS, ConText, denied_in_spanish, said_not_denied
from guide.language.over import told_as_over
from guide.language.plan_rules import triggered, with_measure
from guide.language.rules import last_word, message_clauses
from guide.language.text import WORD, normalise, without_accents, words
from guide.turn.contracts import Reason, TriageResult
from redaction import compiled


def _words(text: str) -> str:
    """The text's words, lowercased without accents, space-delimited for whole-word lookups."""
    return " " + " ".join(words(without_accents(text))) + " "


class Triage:
    """Matches questions against red-flag patterns with negation and history handling."""

    def __init__(
        self,
        red_flags: list[RedFlag],
        hazards: list[Hazard] | None = None,
        context: ConText | None = None,
        classes_named: Callable[[str], set[str]] | None = None,
        other_languages: dict[str, dict[str, list[str]]] | None = None,
    ) -> None:
        """`classes_named` gives the drug classes a text names ("percocet" -> opioid), for context steps and
        pictures; without it only their words count."""
        self.red_flags = red_flags
        self.context = context or ConText()
        self.classes_named = classes_named or (lambda text: set())
        # each flag's patterns as regex sources, compiled the first time the flag's alternation matches (`_each`):
        # most flags never match in a process's first minutes, and compiling all of them (about 600) took 0.2-0.3 s
        # of every start-up on top of the alternations below
        self._compiled = [(flag, [_pattern(p) for p in flag.patterns]) for flag in red_flags]
        self._compiled += [
            (_ingestion_flag(h), [_ingestion_pattern(h)]) for h in hazards or [] if "swallowed" in h.routes
        ]
        self._spanish = [(flag, [_pattern(p) for p in flag.patterns_es]) for flag in red_flags]
        # one alternation per flag, searched first: most messages match none of a flag's patterns, and one search in
        # the regex engine costs less than a Python loop over them (about 800 per message)
        self._any = [_alternation(patterns) for _, patterns in self._compiled]
        self._any_es = [_alternation(patterns) for _, patterns in self._spanish]
        self._other_languages = other_languages or {}
        self._signs = _picture_patterns(red_flags, "signs")
        # a flag whose intake, told as an accident, is another flag (`RedFlag.accident`): its words as one pattern
        self._accidents = {
            flag.id: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in flag.accident.words) + r")\b")
            for flag in red_flags
            if flag.accident is not None
        }
        self._names = _picture_patterns(red_flags, "names")

    def assess(self, question: str, plan: CarePlan | None = None, context: str | None = None) -> TriageResult:
        """Which red flags the question raises. `context`, the questions before, says what a bare reading is
        of ("it's 50 now and she's mumbling" after questions about her sugar)."""
        asked = [question]
        reading = with_measure(normalise(question), context)
        if reading:
            asked.append(reading)
        variants = {v for q in asked for v in (normalise(q), normalise(q).replace("'", ""))}
        result = TriageResult(flags=self._english_flags(variants))
        result.flags += self._spanish_flags(without_accents(normalise(question)), {f.id for f in result.flags})
        self._told_as_accident(result, without_accents(normalise(question)))
        for rule in plan.call_if if plan else []:
            if rule.urgency == "emergency" and any(triggered(rule, q) for q in asked):
                result.plan_rules.append(rule.id)
                result.plan_messages.append(rule.text)
        self._compose(result, question, plan)
        self._defer_to_plan(result, question, plan)
        self._told_as_over(result, question, variants)
        return result

    def _told_as_over(self, result: TriageResult, question: str, variants: set[str]) -> None:
        """Flags whose sign the message tells as over, a day or more back, with the person well now ("choked on a
        grape last week ... it came out, she's fine"): an urgent review, not an emergency, when every flag that fired
        allows it (`when_over: review`; not a stroke sign). The plan's call-911 rules met by such a story ("last week
        she got sweaty and confused and it was 52 ... she's fine now") go the same way, unless the message names a sign
        that stays an emergency when over.

        `told_over` says the same of the message as a whole, for an emergency only the classifier reads in it: told
        as over and naming no sign that stays an emergency when over (a stroke sign, an overdose, a head injury, a
        suicide attempt: any pattern of a flag without `when_over: review`, negated or not, in English or Spanish)."""
        if not told_as_over(question) or any(f.when_over != "review" for f in result.flags):
            return  # a flag that stays is the emergency anyway
        lasting = self._names_a_lasting_sign(variants, question)
        if result.plan_rules and lasting:
            return
        result.over = [f.id for f in result.flags] + result.plan_rules
        result.flags, result.steps, result.plan_rules, result.plan_messages = [], {}, [], []
        result.told_over = not lasting

    def _names_a_lasting_sign(self, variants: set[str], question: str) -> bool:
        """Some pattern of a flag without `when_over: review` (a sign that stays an emergency when over) matches the
        message, affirmed or not, in English or Spanish."""
        spanish = without_accents(normalise(question))
        return any(
            flag.when_over != "review" and any(any_of.search(text) for text in variants)
            for (flag, _), any_of in zip(self._compiled, self._any, strict=True)
        ) or any(
            flag.when_over != "review" and any_of.search(spanish)
            for (flag, _), any_of in zip(self._spanish, self._any_es, strict=True)
        )

    def _english_flags(self, variants: set[str]) -> list[RedFlag]:
        """The flags one of whose English patterns a variant of the message affirms (ConText: not negated, past,
        hypothetical or someone else's)."""
        flags = []
        for (flag, patterns), any_of in zip(self._compiled, self._any, strict=True):
            hit = [text for text in variants if any_of.search(text)]
            if hit and any(self._affirmed(p, text) for p in _each(patterns) for text in hit):
                flags.append(flag)
        return flags

    def _spanish_flags(self, spanish: str, found: set[str]) -> list[RedFlag]:
        """The flags, not already `found`, one of whose Spanish patterns the message affirms."""
        return [
            flag
            for (flag, patterns), any_of in zip(self._spanish, self._any_es, strict=True)
            if flag.id not in found
            and any_of.search(spanish)
            and any(self._affirmed_es(p, spanish) for p in _each(patterns))
        ]

    def _told_as_accident(self, result: TriageResult, text: str) -> None:
        """A flag whose intake the message tells as an accident, present now ("by mistake"; not "it was no accident"),
        is replaced by its `accident` flag: a handful of pills taken by mistake is a medicine mistake, whose reply
        calls Poison Control and gives the steps for that medicine, not a suicide attempt's."""
        by_id = {flag.id: flag for flag in self.red_flags}
        for flag in list(result.flags):
            pattern = self._accidents.get(flag.id)
            if flag.accident is None or pattern is None or not self._affirmed(pattern, text):
                continue
            result.flags.remove(flag)
            if all(f.id != flag.accident.flag for f in result.flags):
                result.flags.append(by_id[flag.accident.flag])

    def _defer_to_plan(self, result: TriageResult, question: str, plan: CarePlan | None) -> None:
        """A sign the consumer's own plan tells the family to call the care team about (`RedFlag.plan_owns`: a rule
        whose text holds the flag's rule words) is that rule's, not 911's, when the message holds one of its `when`
        words (if it has any), none of its `keep_if` words (an arm or the face with a weak leg is a stroke, whatever a
        back-pain plan says) and none of its `keep_if_present` words present now ("no pain" does not keep it)."""
        if plan is None:
            return
        message = _words(question)
        for flag in list(result.flags):
            owns = flag.plan_owns
            if (
                owns is None
                or any(f" {w}" in message for w in owns.keep_if)
                or (owns.when and not any(f" {w}" in message for w in owns.when))
            ):
                continue
            rule = next(
                (
                    r
                    for r in plan.call_if
                    if r.urgency != "emergency"
                    and any(all(f" {w}" in _words(r.text) for w in words) for words in owns.rule_words)
                ),
                None,
            )
            if rule is not None and not self._present_words(question, owns.keep_if_present):
                result.flags.remove(flag)
                result.steps.pop(flag.id, None)
                result.owned[flag.id] = rule.id

    def _present_words(self, question: str, starts: list[str]) -> bool:
        """Some word of the message starting with one of `starts` (lowercase) is present now (ConText: not negated,
        past, hypothetical or someone else's): "it hurts" yes, "no pain" and "his lips aren't blue" no."""
        if not starts:
            return False
        text = question.replace("’", "'")
        spans = [m.span() for m in _word_starts(tuple(starts)).finditer(text)]
        return bool(spans) and any(a.affirmed for a in self.context.assess(text, spans))

    @cached_property
    def _other(self) -> list[tuple[RedFlag, list[str]]]:
        """Every language's phrases, folded (accents off in Latin, Greek and Cyrillic letters), per flag: a short
        message is easily taken for a neighbouring language ("Walter tonbe nan lakou a" is not read as Haitian).
        Read on the first message in another language, not at start-up (0.3 s with `_other_words`)."""
        by_id = {flag.id: flag for flag in self.red_flags}
        other: dict[str, set[str]] = {}
        for flags in self._other_languages.values():
            for flag, terms in flags.items():
                if flag in by_id:
                    other.setdefault(flag, set()).update(fold_accents(t) for t in terms if t.strip())
        return [(by_id[flag], sorted(terms)) for flag, terms in other.items()]

    @cached_property
    def _other_words(self) -> _PhraseWords:
        return _PhraseWords((flag.id, term) for flag, terms in self._other for term in terms)

    def in_language(self, question: str, language: str) -> list[RedFlag]:
        """Red flags of a message in a language with no patterns of its own (not English or Spanish), by the signs'
        phrases in any of the other languages (`knowledge/red_flags_other_languages.yaml`; the language detected
        for a short message is often a neighbour of the one written), compared without accents ("nie chce juz zyc"
        is "nie chcę już żyć"), as written or word by word (`_PhraseWords`: "nie chce juz zyc" has "nie chce zyc").
        No ConText runs in those languages: a match gets the emergency instruction, the cautious reading of a message
        nobody here can read. `language` is kept for the callers' record."""
        text = fold_accents(question)
        worded = self._other_words.flags(text)
        return [
            flag for flag, terms in self._other if flag.id in worded or any(said_not_denied(text, t) for t in terms)
        ]

    def resumed(self, reasons: list[Reason], plan: CarePlan | None = None) -> TriageResult:
        """The emergency an earlier reply named (its `red_flag` and `plan_rule_911` reasons), to repeat its
        instruction when the conversation goes on about it."""
        ids = {r.id for r in reasons if r.kind == "red_flag"}
        rules = {r.id for r in reasons if r.kind == "plan_rule_911"}
        result = TriageResult(flags=[f for f in self.red_flags if f.id in ids])
        for rule in plan.call_if if plan else []:
            if rule.id in rules:
                result.plan_rules.append(rule.id)
                result.plan_messages.append(rule.text)
        return result

    def _compose(self, result: TriageResult, question: str, plan: CarePlan | None) -> None:
        """Add the flags a picture completes, and each flag's context steps that the message or plan calls for."""
        self._complete_pictures(result, question)
        if not result.flags:
            return
        message_words = _words(question)
        message_classes = self.classes_named(question)
        plan_text = " ".join([m.text for m in plan.medications] + [c.text for c in plan.conditions]) if plan else ""
        plan_words = _words(plan_text)
        plan_classes = self.classes_named(plan_text) if plan_text else set()
        for flag in result.flags:
            steps = [
                step
                for step in flag.context_steps
                if set(step.classes) & (message_classes | (set() if step.message_only else plan_classes))
                or any(f" {w} " in message_words + ("" if step.message_only else plan_words) for w in step.words)
            ]
            if steps:
                result.steps[flag.id] = steps

    def _complete_pictures(self, result: TriageResult, question: str) -> None:
        """A flag whose picture holds: one of its flags fired or one of its signs is present now, and a clause present
        now names its class or word ("can't wake her after her pain pills"; not "used to take oxycodone years ago,
        now he can't breathe"). A clause holding a sign present now counts as present. A word that is itself a negation
        ("no ac", "no heat") counts anywhere in the message: ConText would read it as negating its own clause."""
        fired = {f.id for f in result.flags}
        text = normalise(question).replace("'", "")
        for flag in self.red_flags:
            if flag.id not in fired and flag.picture is not None and self._picture_holds(flag, text, fired):
                result.flags.append(flag)
                fired.add(flag.id)

    def _picture_holds(self, flag: RedFlag, text: str, fired: set[str]) -> bool:
        """Enough of the picture's signs present now (or one of its flags fired), and its cause named in a clause
        present now."""
        picture = flag.picture
        assert picture is not None
        present = self._present_signs(flag, text)
        if not (fired & set(picture.flags) or len({i for i, _ in present}) >= picture.min_signs):
            return False
        clauses = self._present_clauses(text, [span for _, span in present])
        words, whole = _words(clauses), _words(text)
        return bool(
            set(picture.classes) & self.classes_named(clauses)
            or any(f" {w} " in (whole if w.startswith("no ") else words) for w in picture.words)
            or any(p.search(clauses) for p in self._names[flag.id])
            or self._named_now(flag, text)
        )

    def _named_now(self, flag: RedFlag, text: str) -> bool:
        """One of the picture's `names` that ConText finds present now, judged by the name's own last word. A clause is
        judged by its last content word, so "he's dizzy when he stands up" ends inside a hypothetical's scope ("when
        he") while its dizziness, before that scope, is present; and a name that holds a negation of its own ("no
        alcohol") is read with it ("no drugs no alcohol he says")."""
        spans = [last_word(text, *m.span()) for p in self._names[flag.id] for m in p.finditer(text)]
        return bool(spans) and any(a.affirmed for a in self.context.assess(text, spans))

    def _present_signs(self, flag: RedFlag, text: str) -> list[tuple[int, tuple[int, int]]]:
        """The picture's signs found in the text and present now: (which sign, where)."""
        found = [(i, m.span()) for i, p in enumerate(self._signs[flag.id]) for m in p.finditer(text)]
        assessed = self.context.assess(text, [span for _, span in found])
        return [(i, span) for (i, span), a in zip(found, assessed, strict=True) if a.affirmed]

    def _present_clauses(self, text: str, signs: list[tuple[int, int]]) -> str:
        """The clauses of the text that ConText finds present now (judged by their last content word), and those
        holding one of the `signs` spans."""
        spans = message_clauses(text, min_content=1)  # "my wife takes lithium" names the cause in one content word
        heads = [last_word(text, s, e) for s, e in spans]
        assessed = self.context.assess(text, heads)
        return " ".join(
            text[s:e]
            for (s, e), a in zip(spans, assessed, strict=True)
            if a.affirmed or any(s <= start < e for start, _ in signs)
        )

    def _affirmed_es(self, pattern: re.Pattern[str], text: str) -> bool:
        """A Spanish match not negated just before it nor asked about ("que es", "que hago si"), which ConText does
        not place elsewhere either (an English message can hold a Spanish-looking word: "he's not suicidal").

        A match that tells its sign with a negation of its own ("presion en 210/115, le duele la cabeza y no ve bien")
        and runs across clauses is judged by ConText at its last word, which its own "no" would negate: its negation
        is the one `denied_in_spanish` reads before it, and ConText still places it in the past, hypothetical or
        someone else's."""
        matches = [m for m in pattern.finditer(text) if not denied_in_spanish(text, m.start())]
        assertions = self.context.assess(text, [m.span() for m in matches])
        return any(
            a.affirmed
            or (_SELF_NEGATING_ES.search(m.group(0)) and not (a.historical or a.hypothetical or a.other_person))
            for m, a in zip(matches, assertions, strict=True)
        )

    def _affirmed(self, pattern: re.Pattern[str], text: str) -> bool:
        """True when some match of the pattern is present now, to the person (ConText)."""
        spans = [m.span() for m in pattern.finditer(text)]
        return bool(spans) and any(a.affirmed for a in self.context.assess(text, spans))


# a Spanish sign told with a negation of its own ("no ve bien", "no puede respirar", "no responde")
_SELF_NEGATING_ES = re.compile(r"(?<!\w)no(?!\w)")


def _alternation(patterns: list[str]) -> regex.Pattern[str]:
    """One pattern that matches where any of `patterns` does (a filter; never matches when the list is empty).
    Compiled by the `regex` module and kept between processes (redaction/compiled.py): over 2,000 dev messages its
    search of the red flags' 106 alternations took 0.65-0.86 ms a message where `re`'s took 1.2-1.5, and reading them
    back 3 ms where `re` compiled them in 90 (benchmarks/triage_regex_bench.py). The red flags raised by each of the
    25,597 train and dev messages are the same with either engine."""
    return compiled.compile(_alternation_source(patterns))


def _alternation_source(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or r"(?!)"


_COMPILED: dict[str, re.Pattern[str]] = {}


def _each(patterns: list[str]) -> Iterator[re.Pattern[str]]:
    """The patterns compiled, each once per process (a dict, not `re`'s own cache of 512: there are about 800)."""
    for source in patterns:
        compiled = _COMPILED.get(source)
        if compiled is None:
            compiled = _COMPILED[source] = re.compile(source)
        yield compiled


def _pattern(phrase: str) -> str:
    """A phrase as a word-bounded regex (patterns may already be regular expressions)."""
    phrase = phrase.strip().lower()
    return rf"(?<!\w)(?:{phrase})(?!\w)"  # whole words only: "bee" is not in "been", "lips" not in "glipizide"


# Past-tense events only: "drank some lamp oil" is an emergency; "is it safe to drink ..." is a question.
_INGEST = r"(swallowed|drank|drunk|ate|eaten|gulped|sipped|took a (sip|swig|mouthful|gulp)|got into)"


def _ingestion_pattern(hazard: Hazard) -> str:
    """Someone swallowed a hazardous substance: "she drank some of the lamp oil" (a regex source)."""
    names = "|".join(re.escape(s.replace("'", "")) for s in sorted(hazard.substances, key=len, reverse=True))
    return rf"\b{_INGEST}\b[^.?!]{{0,40}}\b({names})\b"


class _PhraseWords:
    """Other-language phrases of two or more words found word by word, not only as written: each word as written or,
    from `_STEM` letters on, with another ending ("poitrine" finds "poitrines", "zamknal" "zamknela"), with at most
    `_GAP` words between two of them ("nie chce zyc" finds "nie chce juz zyc"), none right after a negation or a word
    of one or two letters ("не дышит" does not find "не отекают, дышит"), no negation skipped, and none among the
    three words before the first. Scripts written without spaces (Chinese, Japanese) are found as written only.

    On the corpus's other-language turns (2026-12-04, the same phrase lists), beside the phrases as written: train
    found 279 of 674 emergencies where it found 255, and raised a flag on 35 of 804 other turns where it did on 30;
    dev 58 of 96 where 55, 4 of 122 others either way. Two words between measured 288 and 39 on train."""

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for flag, phrase in phrases:
            words = tuple(WORD.findall(phrase))
            if len(words) >= 2 and not _UNSPACED.search(phrase):
                self._first.setdefault(_stem(words[0]), []).append((words, flag))

    def flags(self, text: str) -> set[str]:
        """Ids of the flags whose phrases the (folded) text holds word by word."""
        words = WORD.findall(text)
        found: set[str] = set()
        for i, word in enumerate(words):
            keys = {word, *(word[:n] for n in range(_STEM, len(word) + 1))}
            for key in keys:
                for phrase, flag in self._first.get(key, ()):
                    if flag not in found and _same_word(phrase[0], word) and _follows(phrase, words, i):
                        if not DENIALS.intersection(words[max(0, i - 3) : i]):
                            found.add(flag)
        return found


_STEM = 5
_GAP = 1
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")  # kana and Han


def _picture_patterns(red_flags: list[RedFlag], part: str) -> dict[str, list[re.Pattern[str]]]:
    """Each flag's picture's `signs` or `names`, compiled."""
    return {
        flag.id: [re.compile(_pattern(without_apostrophes(p))) for p in getattr(flag.picture, part)]
        for flag in red_flags
        if flag.picture
    }


def _stem(word: str) -> str:
    """What of a word must be written as it is: all of a short word; of a longer one, all but its last two letters."""
    return word if len(word) < _STEM else word[: max(_STEM, len(word) - 2)]


def _same_word(term_word: str, word: str) -> bool:
    return word == term_word or (len(term_word) >= _STEM and word.startswith(_stem(term_word)))


def _follows(phrase: tuple[str, ...], words: list[str], start: int) -> bool:
    """The phrase's words after its first follow the message's word `start` in order, within the allowed gaps."""
    at = start
    for before, term_word in itertools.pairwise(phrase):
        gap = 0 if before in DENIALS or len(before) <= 2 else _GAP
        for k in range(at + 1, min(len(words), at + 2 + gap)):
            if _same_word(term_word, words[k]):
                at = k
                break
            if words[k] in DENIALS:
                return False
        else:
            return False
    return True


# letters that do not decompose into a base and an accent
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]")  # combining accents of those scripts
_FOLDED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold_accents(text: str) -> str:
    """Lower case, without the accents of Latin (Vietnamese included), Greek and Cyrillic letters ("żyć" -> "zyc",
    "ё" -> "е"); other scripts as written (a Japanese voiced mark is not such an accent)."""
    text = text.lower()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", text))).translate(_FOLDED)


def _ingestion_flag(hazard: Hazard) -> RedFlag:
    """A poison-control red flag for a hazard that was swallowed."""
    return RedFlag(
        id=f"swallowed-{hazard.id}",
        label=f"Swallowed: {hazard.name}",
        action="poison_control",
        patterns=["(swallowed)"],
        message="Call Poison Control at 1-800-222-1222 now. If the person collapses, has a seizure, "
        "has trouble breathing or cannot be woken, call 911. Do not make the person vomit.",
        last_reviewed=hazard.last_reviewed,
        reviewed_by=hazard.reviewed_by,
    )


@cache
def _word_starts(starts: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words beginning with one of `starts`, any case: compiled once per flag's list, not in every turn."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, starts)) + r")\w*", re.IGNORECASE)
