"""Aggregate the per-message metrics into the report's numbers (pure: no I/O, no redactor)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .generator import Case
from .metrics import Ratio, add, bootstrap_interval, covered, false_positives, kept, precision


@dataclass(frozen=True)
class Prediction:
    """What the system under test redacted in one message."""

    spans: list[tuple[int, int, str]]


@dataclass
class Tally:
    """Running counts for one slice of the corpus."""

    recall: dict[str, Ratio] = field(default_factory=dict)
    typed: dict[str, Ratio] = field(default_factory=dict)
    per_message: list[Ratio] = field(default_factory=list)

    def count(self, kind: str, hit: bool, typed_hit: bool) -> None:
        """Add one gold identifier."""
        self.recall[kind] = add(self.recall.get(kind, Ratio(0, 0)), Ratio(int(hit), 1))
        self.typed[kind] = add(self.typed.get(kind, Ratio(0, 0)), Ratio(int(typed_hit), 1))

    def overall(self) -> Ratio:
        """Pooled over types."""
        return Ratio(sum(r.hits for r in self.recall.values()), sum(r.n for r in self.recall.values()))


def _score_gold(case: Case, pred: Prediction, tallies: dict[str, Tally]) -> dict[str, Ratio]:
    intervals = [(s, e) for s, e, _ in pred.spans]
    per_msg: dict[str, Ratio] = defaultdict(lambda: Ratio(0, 0))
    for g in case.gold:
        hit = covered(case.text, (g.start, g.end), intervals)
        same_type = [(s, e) for s, e, t in pred.spans if t == g.type]
        typed_hit = covered(case.text, (g.start, g.end), same_type)
        slice_name = "known" if g.known else "unknown"
        tallies[slice_name].count(g.type, hit, typed_hit)
        per_msg[slice_name] = add(per_msg[slice_name], Ratio(int(hit), 1))
    return dict(per_msg)


def miss_list(case: Case, pred: Prediction) -> list[dict[str, Any]]:
    """Gold identifiers left (partly) visible, for the report."""
    intervals = [(s, e) for s, e, _ in pred.spans]
    return [
        {"id": case.id, "type": g.type, "known": g.known, "shape": g.shape,
         "surface": case.text[g.start : g.end], "template": case.template}
        for g in case.gold
        if not covered(case.text, (g.start, g.end), intervals)
    ]  # fmt: skip


def false_positive_list(case: Case, pred: Prediction) -> list[dict[str, Any]]:
    """Predicted spans that touch no gold identifier, for the report."""
    gold = [(g.start, g.end) for g in case.gold]
    return [
        {"id": case.id, "type": t, "surface": case.text[s:e], "template": case.template}
        for s, e, t in pred.spans
        if false_positives([(s, e)], gold)
    ]


def score(cases: Sequence[Case], preds: Sequence[Prediction]) -> dict[str, Any]:
    """Recall per type (known / unknown), precision, keep rate, with bootstrap spread and n."""
    tallies = {"known": Tally(), "unknown": Tally()}
    n_pred = n_false = 0
    keep = Ratio(0, 0)
    keep_per_msg: list[Ratio] = []
    for case, pred in zip(cases, preds, strict=True):
        for name, ratio in _score_gold(case, pred, tallies).items():
            tallies[name].per_message.append(ratio)
        intervals = [(s, e) for s, e, _ in pred.spans]
        n_pred += len(intervals)
        n_false += false_positives(intervals, [(g.start, g.end) for g in case.gold])
        msg_keep = Ratio(sum(kept((k.start, k.end), intervals) for k in case.keep), len(case.keep))
        keep = add(keep, msg_keep)
        keep_per_msg.append(msg_keep)
    return {
        "n_messages": len(cases),
        "recall": {name: _slice_report(t) for name, t in tallies.items()},
        "precision": {"rate": precision(n_pred, n_false), "predicted": n_pred, "false_positives": n_false},
        "keep_rate": {
            "rate": keep.rate,
            "kept": keep.hits,
            "n": keep.n,
            "ci95": list(bootstrap_interval(keep_per_msg)),
        },  # fmt: skip
    }


def _slice_report(t: Tally) -> dict[str, Any]:
    overall = t.overall()
    return {
        "overall": {
            "rate": overall.rate,
            "hits": overall.hits,
            "n": overall.n,
            "ci95": list(bootstrap_interval(t.per_message)),
        },  # fmt: skip
        "per_type": {
            k: {"rate": r.rate, "hits": r.hits, "n": r.n, "typed_rate": t.typed[k].rate}
            for k, r in sorted(t.recall.items())
        },
    }


TARGETS = {"known_overall": 0.995, "known_per_type": 0.99, "unknown_overall": 0.95, "keep": 0.98}


def verdicts(report: dict[str, Any]) -> dict[str, bool]:
    """Whether each target of issue 3 is met."""
    known, unknown = report["recall"]["known"], report["recall"]["unknown"]
    return {
        "known_overall": known["overall"]["rate"] >= TARGETS["known_overall"],
        "known_per_type": all(v["rate"] >= TARGETS["known_per_type"] for v in known["per_type"].values()),
        "unknown_overall": unknown["overall"]["rate"] >= TARGETS["unknown_overall"],
        "keep": report["keep_rate"]["rate"] >= TARGETS["keep"],
    }
