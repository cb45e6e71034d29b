"""The offline composer: deterministic and extractive.

It leads with the care plan's own instruction when one answers the question, then the knowledge
base, then the plan's "call the care team if" line. Every sentence is quoted from a retrieved
passage and carries its citation, so nothing is said that the sources do not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np

from guide.careplan.passages import Passage
from guide.language.measures import measure_named, target_asked
from guide.language.plan_rules import reading_applies
from guide.language.text import addresses_a_model, content_tokens, sentences, sentences_in_context
from guide.turn.compose.lead import Form, fits, lead_index, question_form
from guide.turn.contracts import Citation, Composition, Findings, Hit, Listing, Reason, Retrieved
from redaction import Redacted

MIN_KB_SCORE = 0.30
MIN_CAREPLAN_SCORE = 0.35
MIN_SENTENCE_SIMILARITY = 0.35
MIN_CAREPLAN_RANK = 0.33  # half sentence similarity, half passage score, plus shared words: docs/composer.md
# A plan item that applies to the question by its numbers or its measure (a reading past the item's threshold, a
# question about the target of a measure the item's goal sets) answers it with at least this confidence.
APPLIES_CONFIDENCE = 0.6
LEAD_RANK_MARGIN = 0.1  # a sentence of the question's form leads only if ranked this close to its paragraph's best
# "what should we do if ...": an instruction for a condition is the answer's own form, so it may lead from further down
# (the plan's "If blood sugar is below 70, take ..." ranked 0.24 under "Keep glucose tablets in her purse")
LEAD_IF_MARGIN = 0.3
LEAD_CLOSER = 0.2  # a library lead displaces the plan's own only when this much closer to the question (cosine)
NEAR_REPEAT = 0.8  # two sentences this similar say the same thing; the answer keeps the better one
# Paragraph headings: plain words, one per source, never repeated on each line. The chat shows the plan's heading
# with the consumer's first name ("Rosa's care plan says"); the composer never sees a name.
PLAN_HEADING = "The care plan says:"
LIBRARY_HEADING = "Our health library says:"
CALL_HEADING = "When to call the care team:"


class Similarity(Protocol):
    """Sentence similarity with the embedding model (`guide.ml.embeddings.SentenceSimilarity`)."""

    def __call__(self, query: str, texts: list[str]) -> list[float]:
        """Similarity of the query to each text."""
        ...

    def among(self, texts: list[str]) -> np.ndarray:
        """Pairwise similarities of the texts."""
        ...


_ACTION_VERBS = frozenset(
    """keep use check call ask give try avoid drink eat put wear trim cut remove add apply rest walk sit stand
    move gargle place wash dry store tell write let make lay raise elevate ice stay watch limit choose plan set
    turn get bring follow wait recheck repeat offer help encourage look clear install go do don't never take
    breathe inhale hold rinse spit prop sleep read""".split()
)


@dataclass
class _Pick:
    hit: Hit
    sentence: str
    rank: float
    confidence: float  # how sure the pick answers the question
    similarity: float = 0.0  # to the question (MiniLM cosine); weighs one paragraph's lead against another's
    applies: bool = False  # a plan item for exactly this reading or measure: it leads the answer


class OfflineComposer:
    """Assembles an answer from the best sentences of the best passages."""

    name = "offline"

    def __init__(self, similarity: Similarity | None = None) -> None:
        self.similarity = similarity

    def compose(self, *, question: Redacted, retrieved: Retrieved, findings: Findings) -> Composition:
        """Care-plan lines, knowledge lines, then when to call; each with its citation."""
        if retrieved.listing is not None and (retrieved.listing.hits or retrieved.listing.hidden):
            return self._listing(retrieved.listing)
        asked = retrieved.query or question.text
        terms = content_tokens(retrieved.expanded or asked) | {t for m in findings.mentioned for t in content_tokens(m)}
        plan_picks = self._careplan(retrieved.careplan, terms, asked)
        kb_picks = self._knowledge(retrieved.knowledge, terms, asked)
        if plan_picks and plan_picks[0].applies:  # the plan answers it: library lines must share a word with it
            kb_picks = [p for p in kb_picks if content_tokens(p.hit.passage.text) & content_tokens(asked)]
        call_picks = self._call_if(retrieved.call_if, terms, asked)
        builder = _AnswerBuilder()
        for heading, picks in _answer_first(question_form(asked), _lead_first(plan_picks, kb_picks)):
            builder.paragraph(heading, picks)
        if call_picks:
            builder.paragraph(CALL_HEADING, call_picks)
        return self._composition(builder, plan_picks + kb_picks)

    def _composition(self, builder: _AnswerBuilder, picks: list[_Pick]) -> Composition:
        """The answer built, as confident as its best pick; with no plan or library line, weak retrieval."""
        confidence = max([p.confidence for p in picks] or [0.0])
        return Composition(
            text=builder.text(),
            citations=builder.citations,
            confidence=round(confidence, 3),
            needs_review=not picks,
            reasons=[] if picks else [Reason("weak_retrieval", source="composer")],
            composer=self.name,
        )

    def _listing(self, listing: Listing) -> Composition:
        """Every item of the kind the question asks the plan to list, one per line, each with its citation: the
        plan's own list answers it whole (docs/composer.md, "Lists"). A list of a part of the plan the reader may not
        see is not composed: the pipeline says that part is not shared."""
        if listing.hidden:
            return Composition(
                text="", citations=[], confidence=1.0, needs_review=False, reasons=[], composer=self.name
            )
        builder = _AnswerBuilder()
        # a line ending in a colon is a lead-in, not a claim (guide.language.text.sentences): nothing to cite
        heading = PLAN_HEADING
        if listing.absent:
            heading += f"\nIt lists no {listing.kind.name.replace('_', ' ')}; the care team can tell you:"
        elif listing.partial:
            heading += "\nOf the parts of the plan shared with you:"
        builder.paragraph(heading, [_Pick(h, h.passage.text, 1.0, 1.0) for h in listing.hits], lines=True)
        return Composition(
            text=builder.text(),
            citations=builder.citations,
            confidence=1.0,
            needs_review=False,
            reasons=[],
            composer=self.name,
        )

    def _similar(self, question: str, texts: list[str]) -> list[float]:
        if self.similarity is None or not texts:
            return [0.0] * len(texts)
        return self.similarity(question, texts)

    def _careplan_candidates(self, hits: list[Hit], terms: set[str], question: str) -> list[tuple[Hit, str, int, bool]]:
        """Each plan sentence worth ranking, with its passage, how many of the question's words it shares, and whether
        the plan's instruction applies to the reading asked about ("sugar is 64" and "if below 70, ...") or its goal
        answers the measure asked about ("what's a normal INR"). Without a model, weak passages are left out here."""
        candidates: list[tuple[Hit, str, int, bool]] = []
        targets = target_asked(question)
        for hit in hits:
            overlap = len(content_tokens(hit.passage.text) & terms)
            applies = reading_applies(hit.passage.text, question) or (
                hit.passage.section == "goals" and any(measure_named(m, hit.passage.text) for m in targets)
            )
            if self.similarity is None and not (
                applies or (hit.score >= MIN_CAREPLAN_SCORE and (overlap or hit.score >= 0.6))
            ):
                continue
            candidates.extend(
                (hit, sentence, overlap, applies)
                for sentence in _plan_sentences(hit.passage.text)
                if not addresses_a_model(sentence)
            )
        return candidates

    def _careplan(self, hits: list[Hit], terms: set[str], question: str) -> list[_Pick]:
        candidates = self._careplan_candidates(hits, terms, question)
        texts = [c[1] for c in candidates]
        # The label ("Care plan instruction (Back pain plan): ...") blurs the meaning: rank by the better of both.
        similar = [
            max(a, b)
            for a, b in zip(
                self._similar(question, texts),
                self._similar(question, [_PLAN_LABEL.sub("", t) for t in texts]),
                strict=True,
            )
        ]
        picks = [
            _Pick(
                hit,
                sentence,
                relevance + (0.6 if applies else 0.0),
                min(1.0, max(relevance, hit.score, APPLIES_CONFIDENCE if applies else 0.0)),
                sim,
                applies,
            )
            for (hit, sentence, overlap, applies), sim in zip(candidates, similar, strict=True)
            for relevance in [0.5 * sim + 0.5 * hit.score + 0.06 * overlap]
        ]
        if self.similarity is not None:
            picks = [p for p in picks if p.rank >= MIN_CAREPLAN_RANK] + _same_item_answers(picks, question)
        picks.sort(key=lambda p: p.rank, reverse=True)
        return self._distinct(picks, limit=2)

    def _knowledge(self, hits: list[Hit], terms: set[str], question: str) -> list[_Pick]:
        good = [h for h in hits if h.score >= MIN_KB_SCORE]
        if not good:
            return []
        best_article = max(good, key=lambda h: h.score + 0.05 * _title_overlap(h, terms)).passage.article_id
        candidates: list[tuple[Hit, str, str, int, int]] = []
        for hit in good:
            same = hit.passage.article_id == best_article
            for position, (sentence, framed) in enumerate(sentences_in_context(hit.passage.text)):
                if addresses_a_model(sentence):
                    continue
                overlap = len(content_tokens(framed) & terms)
                if same or overlap >= 2 or self.similarity is not None:
                    candidates.append((hit, sentence, framed, position, overlap))
        similar = self._similar(question, [c[2] for c in candidates])
        picks = [
            _Pick(
                hit,
                sentence,
                _kb_rank(hit, sentence, position, overlap, sim, hit.passage.article_id == best_article),
                max(hit.score, 0.5 * sim + 0.5 * hit.score),  # as a plan item's: the sentence may answer it closer
                sim,
            )
            for (hit, sentence, _framed, position, overlap), sim in zip(candidates, similar, strict=True)
        ]
        picks.sort(key=lambda p: p.rank, reverse=True)
        return self._distinct(picks, limit=4 if self.similarity else 3)

    def _distinct(self, picks: list[_Pick], limit: int) -> list[_Pick]:
        """The best `limit` picks, skipping repeats: the same sentence twice, or one that says what a better-ranked
        pick already said in other words ("A salt-water gargle is a home remedy for a sore throat")."""
        picks = [p for p in picks if len(p.sentence) >= 12]
        if self.similarity is None or len(picks) < 2:
            repeats = None
        else:
            repeats = self.similarity.among([p.sentence for p in picks]) >= NEAR_REPEAT
        out: list[int] = []
        seen: set[str] = set()
        for i, pick in enumerate(picks):
            key = pick.sentence.lower()
            if key in seen or (repeats is not None and any(repeats[i, j] for j in out)):
                continue
            seen.add(key)
            out.append(i)
            if len(out) == limit:
                break
        return [picks[i] for i in out]

    def _call_if(self, hits: list[Hit], terms: set[str], question: str) -> list[_Pick]:
        rules = [h for h in hits if sentences(h.passage.text)]
        similar = self._similar(question, [sentences(h.passage.text)[0] for h in rules])
        ranked = sorted(
            (
                (len(content_tokens(h.passage.text) & terms) + 4 * sim, h)
                for h, sim in zip(rules, similar, strict=True)
                if content_tokens(h.passage.text) & terms or h.score >= 0.5 or sim >= MIN_SENTENCE_SIMILARITY
            ),
            key=lambda pair: pair[0],
            reverse=True,
        )
        return [_Pick(h, sentences(h.passage.text)[0], h.score, h.score) for _, h in ranked[:1]]


def _lead_first(plan: list[_Pick], library: list[_Pick]) -> list[tuple[str, list[_Pick]]]:
    """The two sources as paragraphs, best-ranked first within each. The plan's paragraph leads: its own
    instruction is what the family follows; the library leads only when no plan item was picked."""
    return [(heading, picks) for heading, picks in [(PLAN_HEADING, plan), (LIBRARY_HEADING, library)] if picks]


def _same_item_answers(picks: list[_Pick], question: str) -> list[_Pick]:
    """Below the bar, a sentence of a plan item that is used, when it has the shape the question asks for (an amount
    or an instruction) and ranks within LEAD_RANK_MARGIN of the item's used sentence: "what dose is dans hctz" meets
    the medicine's listing, and its "How to take ...: Take 1 tablet by mouth every morning" is the answer, though
    MiniLM barely knows "hctz"."""
    form = question_form(question)
    if form not in (Form.AMOUNT, Form.HOW_TO):
        return []
    used: dict[str, float] = {}
    for pick in picks:
        if pick.rank >= MIN_CAREPLAN_RANK:
            used[pick.hit.passage.id] = max(used.get(pick.hit.passage.id, 0.0), pick.rank)
    return [
        p
        for p in picks
        if p.rank < MIN_CAREPLAN_RANK
        and p.hit.passage.id in used
        and p.rank >= used[p.hit.passage.id] - LEAD_RANK_MARGIN
        and fits(form, p.sentence)
    ]


def _answer_first(form: Form, paragraphs: list[tuple[str, list[_Pick]]]) -> list[tuple[str, list[_Pick]]]:
    """The sentence that answers the question's form first (docs/composer.md, "The first sentence").

    A paragraph's lead is its best-ranked sentence that fits the form, if ranked close to the paragraph's best.
    The first paragraph (the plan's) keeps the lead when it has one, the plan covering the question, unless a later
    lead is LEAD_CLOSER closer to the question; when it has none, a later lead takes the front only if at least as
    close to the question as every item of the first (else that is still what the question is about). Only the
    lead moves: every other sentence keeps its order and paragraph, every sentence its citation."""
    if form is Form.OTHER or not paragraphs or paragraphs[0][1][0].applies:
        return paragraphs
    leads = [_lead(form, picks) for _, picks in paragraphs]
    first_picks, first = paragraphs[0][1], leads[0]
    bar = first_picks[first].similarity + LEAD_CLOSER if first is not None else max(p.similarity for p in first_picks)
    later = [
        i
        for i in range(1, len(paragraphs))
        if (lead := leads[i]) is not None and paragraphs[i][1][lead].similarity >= bar
    ]
    chosen = later[0] if later else (0 if first is not None else None)
    if chosen is None:
        return paragraphs
    heading, picks = paragraphs[chosen]
    lead = leads[chosen]
    assert lead is not None
    moved = (heading, [picks[lead], *picks[:lead], *picks[lead + 1 :]])
    return [moved, *paragraphs[:chosen], *paragraphs[chosen + 1 :]]


def _lead(form: Form, picks: list[_Pick]) -> int | None:
    """The paragraph's best-ranked pick that fits the form, within LEAD_RANK_MARGIN of its best pick (an instruction
    for the condition asked about: LEAD_IF_MARGIN, else any instruction)."""
    lead = lead_index(form, [p.sentence for p in picks])
    margin = LEAD_IF_MARGIN if form is Form.HOW_TO_IF else LEAD_RANK_MARGIN
    if lead is not None and picks[lead].rank >= picks[0].rank - margin:
        return lead
    return _lead(Form.HOW_TO, picks) if form is Form.HOW_TO_IF else None


def plain(sentence: str) -> str:
    """A plan sentence without its machine label ("Care plan instruction (Diabetes plan): "), which the paragraph's
    heading and the citation's title already say; what is left is still the plan's own words."""
    if not _INSTRUCTION_LABEL.match(sentence):
        return sentence
    rest = _INSTRUCTION_LABEL.sub("", sentence)
    return rest[:1].upper() + rest[1:] if rest else sentence


def cited(sentence: str, number: int) -> str:
    """The sentence with its citation once, before its closing punctuation: "..., recheck in 15 minutes [2]."."""
    body = sentence.rstrip()
    end = len(body) - len(body.rstrip(".!?"))
    if end and body[: len(body) - end].strip():
        return f"{body[: len(body) - end]} [{number}]{body[len(body) - end :]}"
    return f"{body} [{number}]"


def _plan_sentences(text: str) -> list[str]:
    """The first two sentences of a care-plan passage; a "Notes:" line stays with the item it is about."""
    first = sentences(text)[:2]
    if len(first) == 2 and first[1].startswith("Notes:"):
        return [f"{first[0]} {first[1]}"]
    return first


def plan_texts(text: str) -> list[str]:
    """Every text of a care-plan passage a turn may embed (its sentences, the composer's picks with and without their
    label), so `guide careplan import` stores their vectors and a consumer's first turn need not embed them."""
    picked = _plan_sentences(text)
    return list(dict.fromkeys([*sentences(text), *picked, *(_PLAN_LABEL.sub("", s) for s in picked)]))


_PLAN_LABEL = re.compile(
    r"^(Care plan instruction(?: \([^)]*\))?|A goal of the care plan"
    r"|The care plan (?:lists|records) this [a-z ]+?)\s*:\s*"
)
_INSTRUCTION_LABEL = re.compile(r"^Care plan instruction(?: \([^)]*\))?:\s*")
_DEFINITION = re.compile(r"^(\w+\s){0,4}(is|are) (a|an|the|common|one|often|usually)\b|^many\b", re.IGNORECASE)


_LIST_ITEM = re.compile(r"^\s*([-*]|\d+\.)\s+")


@lru_cache(maxsize=4096)
def _list_items(text: str) -> frozenset[str]:
    """The sentences of a passage that open an item of a list."""
    return frozenset(sentences(line)[0] for line in text.splitlines() if _LIST_ITEM.match(line) and sentences(line))


def _kb_rank(hit: Hit, sentence: str, position: int, overlap: int, similarity: float, same: bool) -> float:
    """Relevance to the question first; then sentences that say what to do over ones that define a topic."""
    first = sentence.split()[0].lower().strip(",.") if sentence.split() else ""
    actionable = 0.08 if first in _ACTION_VERBS or first in {"if", "when", "after", "before"} else 0.0
    listed = 0.04 if sentence in _list_items(hit.passage.text) else 0.0
    defining = 0.08 if _DEFINITION.search(sentence) else 0.0
    relevance = 0.5 * similarity + 0.5 * hit.score + 0.05 * overlap
    return relevance + actionable + listed - defining - 0.01 * position + (0.1 if same else 0.0)


def _title_overlap(hit: Hit, terms: set[str]) -> int:
    return len(content_tokens(hit.passage.title) & terms)


class _AnswerBuilder:
    """Numbers citations in order of first use and writes paragraphs with [n] markers."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._numbers: dict[str, int] = {}
        self._quotes: dict[str, list[str]] = {}
        self._passages: dict[str, Passage] = {}
        self._paragraphs: list[str] = []

    def paragraph(self, heading: str, picks: list[_Pick], lines: bool = False) -> None:
        """The heading once, then the picks as running prose (`lines`: one pick per line, after a bullet), each
        sentence with its number once (a pick of two sentences, an item and its "Notes:", carries it after each)."""
        said = [" ".join(cited(plain(s), n) for s in sentences(p.sentence)) for p in picks for n in [self._number(p)]]
        self._paragraphs.append(
            heading + "\n" + ("\n".join(f"\u2022 {item}" for item in said) if lines else " ".join(said))
        )

    def _number(self, pick: _Pick) -> int:
        passage = pick.hit.passage
        if passage.id not in self._numbers:
            self._numbers[passage.id] = len(self._numbers) + 1
            self._quotes[passage.id] = []
            self._passages[passage.id] = passage
        self._quotes[passage.id].append(pick.sentence)
        return self._numbers[passage.id]

    def text(self) -> str:
        self.citations = [
            Citation(kind=p.kind, id=p.id, title=p.title, quote=" ".join(self._quotes[p.id]))
            for p in sorted(self._passages.values(), key=lambda p: self._numbers[p.id])
        ]
        return "\n\n".join(self._paragraphs)
