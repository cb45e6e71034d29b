"""The offline composer: deterministic and extractive.

It leads with the care plan's own instruction when one answers the question, then the knowledge
base, then the plan's "call the care team if" line. Every sentence is quoted from a retrieved
passage and carries its citation, so nothing is said that the sources do not say.
"""

from __future__ import annotations

from dataclasses import dataclass

from guide.careplan.passages import Passage
from guide.checks import Findings
from guide.composers import Citation, Composition
from guide.retrieval import Hit, Retrieved
from guide.text import content_tokens, sentences
from redaction import Redacted

MIN_KB_SCORE = 0.30
MIN_CAREPLAN_SCORE = 0.35


@dataclass
class _Pick:
    hit: Hit
    sentence: str
    rank: float


class OfflineComposer:
    """Assembles an answer from the best sentences of the best passages."""

    name = "offline"

    def compose(self, *, question: Redacted, retrieved: Retrieved, findings: Findings) -> Composition:
        """Care-plan lines, knowledge lines, then when to call; each with its citation."""
        terms = content_tokens(question.text) | {t for m in findings.mentioned for t in content_tokens(m)}
        plan_picks = self._careplan(retrieved.careplan, terms)
        kb_picks = self._knowledge(retrieved.knowledge, terms)
        call_picks = self._call_if(retrieved.call_if, terms)
        builder = _AnswerBuilder()
        if plan_picks:
            builder.paragraph("From the care plan:", plan_picks)
        if kb_picks:
            builder.paragraph("From our health library:", kb_picks)
        if call_picks:
            builder.paragraph("When to call the care team:", call_picks)
        confidence = max([p.hit.score for p in plan_picks + kb_picks] or [0.0])
        reasons = [] if plan_picks or kb_picks else ["weak_retrieval"]
        return Composition(
            text=builder.text(),
            citations=builder.citations,
            confidence=round(confidence, 3),
            needs_review=not (plan_picks or kb_picks),
            reasons=reasons,
            composer=self.name,
        )

    def _careplan(self, hits: list[Hit], terms: set[str]) -> list[_Pick]:
        picks = []
        for hit in hits:
            overlap = len(content_tokens(hit.passage.text) & terms)
            if hit.score >= MIN_CAREPLAN_SCORE and (overlap or hit.score >= 0.6):
                for sentence in sentences(hit.passage.text)[:2]:
                    picks.append(_Pick(hit, sentence, hit.score + 0.08 * overlap))
        picks.sort(key=lambda p: p.rank, reverse=True)
        return _distinct(picks, limit=2)

    def _knowledge(self, hits: list[Hit], terms: set[str]) -> list[_Pick]:
        good = [h for h in hits if h.score >= MIN_KB_SCORE]
        if not good:
            return []
        best_article = max(good, key=lambda h: h.score + 0.05 * _title_overlap(h, terms)).passage.article_id
        picks = []
        for hit in good:
            same = hit.passage.article_id == best_article
            for position, sentence in enumerate(sentences(hit.passage.text)):
                overlap = len(content_tokens(sentence) & terms)
                if not same and overlap < 2:
                    continue
                rank = hit.score + 0.06 * overlap - 0.02 * position + (0.1 if same else 0.0)
                picks.append(_Pick(hit, sentence, rank))
        picks.sort(key=lambda p: p.rank, reverse=True)
        return _distinct(picks, limit=3)

    def _call_if(self, hits: list[Hit], terms: set[str]) -> list[_Pick]:
        relevant = [h for h in hits if content_tokens(h.passage.text) & terms or h.score >= 0.5]
        rules = sorted(relevant, key=lambda h: (len(content_tokens(h.passage.text) & terms), h.score), reverse=True)
        return [_Pick(h, sentences(h.passage.text)[0], h.score) for h in rules[:1] if sentences(h.passage.text)]


def _title_overlap(hit: Hit, terms: set[str]) -> int:
    return len(content_tokens(hit.passage.title) & terms)


def _distinct(picks: list[_Pick], limit: int) -> list[_Pick]:
    out: list[_Pick] = []
    seen: set[str] = set()
    for pick in picks:
        key = pick.sentence.lower()
        if key in seen or len(pick.sentence) < 12:
            continue
        seen.add(key)
        out.append(pick)
        if len(out) == limit:
            break
    return out


class _AnswerBuilder:
    """Numbers citations in order of first use and writes paragraphs with [n] markers."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._numbers: dict[str, int] = {}
        self._quotes: dict[str, list[str]] = {}
        self._passages: dict[str, Passage] = {}
        self._paragraphs: list[str] = []

    def paragraph(self, heading: str, picks: list[_Pick]) -> None:
        lines = [f"{p.sentence.rstrip()} [{self._number(p)}]" for p in picks]
        self._paragraphs.append(heading + "\n" + "\n".join(lines))

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
