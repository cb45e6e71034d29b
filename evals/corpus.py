"""The decisions corpus (`evals/corpus/`): labelled caregiver messages, split by who wrote them.

`train/` fits the intent classifier, `dev/` tunes thresholds, `test/` is the frozen test: written
separately from `evals/corpus/SPEC.md` alone by writers who never saw the train split, the rules or the
code, and never used for tuning. Each writer's files hold `writer` and `cases`; each turn has `question`,
`decision` (one or a list), `intents`, `language`, an emergency's `action`, and optional `must_not_include`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from evals.suites import Case, Decision, Expect, Suite, Turn
from guide.language.intents import INTENTS

CORPUS = Path(__file__).resolve().parent / "corpus"
SPLITS = ("train", "dev", "test")
Split = Literal["train", "dev", "test"]
Intent = Literal[INTENTS]  # type: ignore[valid-type]
# What an emergency reply must contain for its action; 911 is always an acceptable first call.
_ACTION_PHRASES = {
    "call_911": ["911"],
    "call_988": ["988"],
    "poison_control": ["1-800-222-1222", "911"],
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CorpusTurn(_Strict):
    """One labelled message."""

    question: str = Field(min_length=1)
    decision: Decision | list[Decision]
    intents: list[Intent] = Field(default_factory=list)
    language: str = "en"
    action: Literal["call_911", "call_988", "poison_control"] | None = None
    must_not_include: list[str] = Field(default_factory=list)


class CorpusCase(_Strict):
    """A conversation of one or more labelled messages."""

    id: str
    consumer: str
    asker: str = "consumer"
    tags: list[str] = Field(default_factory=list)
    turns: list[CorpusTurn] = Field(min_length=1)


class CorpusFile(_Strict):
    """One writer's file."""

    writer: str
    cases: list[CorpusCase]


def files(split: Split, root: Path = CORPUS) -> list[Path]:
    """The split's files, in a stable order."""
    return sorted((root / split).glob("*/*.yaml"))


def load_cases(split: Split, root: Path = CORPUS) -> list[tuple[str, CorpusCase]]:
    """(writer, case) for every case of the split; an invalid file raises with its name."""
    out: list[tuple[str, CorpusCase]] = []
    for path in files(split, root):
        try:
            data = CorpusFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        except Exception as e:
            raise ValueError(f"{path}: {e}") from e
        out += [(data.writer, case) for case in data.cases]
    return out


def writers(split: Split, root: Path = CORPUS) -> set[str]:
    """Who wrote the split."""
    return {writer for writer, _ in load_cases(split, root)}


def _expect(turn: CorpusTurn) -> Expect:
    decisions = {turn.decision} if isinstance(turn.decision, str) else set(turn.decision)
    phrases = _ACTION_PHRASES.get(turn.action or "", ["911"]) if decisions == {"emergency"} else []
    return Expect(decision=turn.decision, must_include_any=phrases, must_not_include=turn.must_not_include)


def as_suite(split: Split, root: Path = CORPUS) -> Suite:
    """The split as a conversation suite (`decisions-<split>`): every case a conversation, tagged with its writer
    and the languages of its turns."""
    cases = []
    for writer, case in load_cases(split, root):
        languages = {f"lang-{t.language}" for t in case.turns}
        cases.append(
            Case(
                id=case.id,
                consumer=case.consumer,
                asker=case.asker,
                tags=sorted({*case.tags, f"writer-{writer}", *languages}),
                turns=[Turn(question=t.question, expect=_expect(t)) for t in case.turns],
            )
        )
    return Suite(suite=f"decisions-{split}", description=f"The decisions corpus, {split} split.", cases=cases)


@dataclass(frozen=True)
class TrainingRow:
    """One turn as the classifier reads it: the message, the message before it in the case (None first), and the
    intents that hold."""

    text: str
    previous: str | None
    intents: list[str]


def training_rows(split: Split = "train", root: Path = CORPUS) -> Iterator[TrainingRow]:
    """Every turn of the split with the message before it. A turn whose only acceptable decisions send it to a
    clinician also carries `needs_clinician`."""
    for _, case in load_cases(split, root):
        previous: str | None = None
        for turn in case.turns:
            decisions = {turn.decision} if isinstance(turn.decision, str) else set(turn.decision)
            clinician = ["needs_clinician"] if "answered" not in decisions else []
            yield TrainingRow(turn.question, previous, [*turn.intents, *clinician])
            previous = turn.question


def summary(split: Split, root: Path = CORPUS) -> dict[str, Any]:
    """Counts of a split: writers, cases, turns, decisions and languages."""
    cases = load_cases(split, root)
    turns = [t for _, c in cases for t in c.turns]
    decisions: dict[str, int] = {}
    languages: dict[str, int] = {}
    for t in turns:
        key = t.decision if isinstance(t.decision, str) else "|".join(sorted(t.decision))
        decisions[key] = decisions.get(key, 0) + 1
        languages[t.language] = languages.get(t.language, 0) + 1
    return {
        "writers": sorted({w for w, _ in cases}),
        "cases": len(cases),
        "turns": len(turns),
        "decisions": decisions,
        "languages": languages,
    }
