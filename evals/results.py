"""What a run holds (results.json), as pydantic models: validated when a run is read, written with the same keys.

`evals.runner` builds a `RunResults` and writes `model_dump(mode="json")`; reports, floors and comparisons read it
back with `load_results`. Keys a producer writes only for some suites (a conversation suite's `n_turns`, a count's
`hits`) are left out of the JSON when unset, so a dump of a loaded file gives that file back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Better = Literal["higher", "lower"]
Stat = Literal["mean", "p50", "p95", "count"]
SuiteKind = Literal["conversation", "retrieval", "redaction"]


def _is_none(value: object) -> bool:
    return value is None


def written_when_set() -> Any:
    """A field that defaults to None and is left out of the JSON while None (a key only some producers write)."""
    return Field(default=None, exclude_if=_is_none)


class Metric(BaseModel):
    """One number of a suite, overall or for one tag: the statistic over n items, its 95% interval, which way is better.

    extra="forbid": every producer (conversation metrics, retrieval, redaction and its issue-17 corpora) writes exactly
    these keys. `hits` is the count behind a mean of 0/1 items and is written only where the items are such counts.
    `value` keeps an int as an int (the redaction corpora's `verbatim_leaks_US` is a count) so reports print it as
    written. `value` and `ci95` are None when there were no items (n = 0); `ci95` is also None where a producer has no
    interval (a minimum over types, a precision).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    value: int | float | None
    ci95: tuple[float, float] | None
    n: int
    stat: Stat
    hits: int | None = written_when_set()
    better: Better


class SuiteResult(BaseModel):
    """One suite of a run: what it was, its metrics overall and per tag, its rows and failures.

    extra="forbid": the suite-level keys are ours and the same for every kind, except the ones only some kinds write
    (conversation: `setup_key`, `n_turns`, `confusion`; retrieval and redaction: `tables`), which are left out when
    unset. `rows` and `failures` stay dicts: their shape differs by kind (a conversation row holds the graded turn, a
    retrieval row the ranked articles of one question in one mode; redaction suites write no rows) and the reports
    only list them. `tables` holds each kind's own side tables (retrieval per mode, redaction per corpus), free-form
    for the same reason. `seconds` is set by `run_suites` once the suite has run.
    """

    model_config = ConfigDict(extra="forbid")

    suite: str
    kind: SuiteKind
    path: str | None
    description: str
    sampler: str
    n_cases: int
    setup_key: str | None = written_when_set()
    n_turns: int | None = written_when_set()
    headline: str
    metrics: dict[str, Metric]
    per_tag: dict[str, dict[str, Metric]]
    confusion: dict[str, dict[str, int]] | None = written_when_set()
    rows: list[dict[str, Any]]
    failures: list[dict[str, Any]]
    seconds: float | None = written_when_set()
    tables: dict[str, Any] | None = written_when_set()


class Prices(BaseModel):
    """USD per 1,000 tokens, for the estimated cost per turn (extra="forbid": two numbers, nothing else)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt_per_1k: float
    completion_per_1k: float


class RunInfo(BaseModel):
    """How a run was made: when, which model path and judge, the prices and settings that shaped it, the commit.

    extra="forbid" for the header itself; `settings` stays a dict because it records whichever settings shaped the
    numbers (`runner._settings_record`), a list that grows with `guide.settings.Settings`, and is empty for a run of
    redaction suites only.
    """

    model_config = ConfigDict(extra="forbid")

    started: str
    finished: str
    provider: Literal["offline", "openai"]
    judge: str | None
    prices: Prices
    settings: dict[str, Any]
    commit: str | None


class RunResults(BaseModel):
    """results.json: the run's header and every suite's results (extra="forbid": these two keys only)."""

    model_config = ConfigDict(extra="forbid")

    run: RunInfo
    suites: list[SuiteResult]


def load_results(run_dir: Path) -> RunResults:
    """A run's results.json (the folder or the file), validated."""
    path = run_dir / "results.json" if run_dir.is_dir() else run_dir
    return RunResults.model_validate(json.loads(path.read_text(encoding="utf-8")))
