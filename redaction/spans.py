"""Candidate spans from every source, and how overlaps between them are settled."""

from __future__ import annotations

from dataclasses import dataclass, replace

_TRIM = " \t\r\n,.;:!?()[]{}\"'-/"


@dataclass(frozen=True)
class Candidate:
    """A stretch of text to redact; key None means 'derive the identity from the surface'."""

    start: int
    end: int
    type: str
    priority: int
    key: str | None = None
    canonical: str | None = None
    rank: int = 0


def _free_segments(start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    segments, cursor = [], start
    for t_start, t_end in sorted(taken):
        if t_end <= cursor or t_start >= end:
            continue
        if t_start > cursor:
            segments.append((cursor, t_start))
        cursor = max(cursor, t_end)
    if cursor < end:
        segments.append((cursor, end))
    return segments


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def resolve(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Pick non-overlapping spans: best priority, then longest; leftovers of losers are kept."""
    order = sorted(candidates, key=lambda c: (c.priority, -(c.end - c.start), c.rank, c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in order:
        for seg_start, seg_end in _free_segments(cand.start, cand.end, taken):
            whole = (seg_start, seg_end) == (cand.start, cand.end)
            bounds = (seg_start, seg_end) if whole else _trim(text, seg_start, seg_end)
            if bounds is None:
                continue
            chosen.append(replace(cand, start=bounds[0], end=bounds[1]))
            taken.append(bounds)
    return sorted(chosen, key=lambda c: c.start)
