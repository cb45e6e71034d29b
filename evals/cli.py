"""`guide eval ...`: run suites, write reports, compare runs, export clinicians' reviews as cases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from evals.report import Report
    from evals.thresholds import Verdict

app = typer.Typer(help="Run eval suites and read their reports.", no_args_is_help=True)
RunDir = Annotated[Path, typer.Argument(help="A run folder holding results.json.", exists=True, file_okay=False)]


@app.command("list")
def list_suites() -> None:
    """The suites under evals/suites/, with their kind and size."""
    from evals.suites import SUITES, Suite, load_suite

    for path in sorted(SUITES.glob("*.yaml")):
        try:
            suite = load_suite(path)
            setup = f", setup {suite.setup_key()}" if isinstance(suite, Suite) and suite.setup else ""
            print(f"{path.stem:<14} {suite.kind:<13} {suite.size} units{setup}")
        except Exception as e:  # noqa: BLE001 - list every file, even a broken one
            print(f"{path.stem:<14} INVALID: {str(e).splitlines()[0]}")


@contextmanager
def _progress() -> Iterator[Any]:
    """A rich progress bar per task: done / total."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=False) as progress:

        def factory(label: str, total: int) -> Any:
            task = progress.add_task(label, total=total)
            return lambda n: progress.advance(task, n)

        yield factory


@app.command("run")
def run(
    suites: Annotated[list[str], typer.Argument(help="Suite names under evals/suites/ or paths to suite files.")],
    out: Annotated[Path, typer.Option("--out", help="Run folder for results.json and the reports.")],
    provider: Annotated[str, typer.Option(help="offline (extractive composer) or openai (GUIDE_/OPENAI_ env).")] = (
        "offline"
    ),
    judge: Annotated[str | None, typer.Option(help="openai: grade rubric items without phrases with a model.")] = None,
    judge_model: Annotated[str | None, typer.Option(help="Judge model (default GUIDE_LLM_MODEL).")] = None,
    data_dir: Annotated[Path, typer.Option(help="Where the eval's SQLite and Chroma live (one folder per setup).")] = (
        Path("var/eval")
    ),
    price_prompt: Annotated[float | None, typer.Option(help="USD per 1K prompt tokens.")] = None,
    price_completion: Annotated[float | None, typer.Option(help="USD per 1K completion tokens.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when a floor in thresholds.yaml is not met.")] = False,
) -> None:
    """Run suites through the guide (or the search, or the redactor), then write results.json and the reports."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from evals.report import write_report
    from evals.results import Prices
    from evals.runner import RunOptions, default_prices, run_suites, write_run
    from evals.suites import load_suite

    if provider not in ("offline", "openai"):
        raise typer.BadParameter("--provider must be offline or openai")
    if judge not in (None, "openai"):
        raise typer.BadParameter("--judge must be openai")
    try:
        loaded = [load_suite(s) for s in suites]
    except FileNotFoundError as e:
        typer.secho(f"error: {e}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from e
    defaults = default_prices()
    prices = Prices(
        prompt_per_1k=price_prompt if price_prompt is not None else defaults.prompt_per_1k,
        completion_per_1k=price_completion if price_completion is not None else defaults.completion_per_1k,
    )
    options = RunOptions(provider=provider, judge=_judge(judge, judge_model), data_dir=data_dir, prices=prices)  # type: ignore[arg-type]
    with _progress() as progress:
        output = run_suites(loaded, options, progress)
    write_run(output, out)
    _print_summary(write_report(out))
    print(f"results and reports in {out}/ (report.html, report.md, report.json, results.json, requests.jsonl)")
    if check:
        _check(out)


def _judge(kind: str | None, model: str | None) -> Any:
    if kind is None:
        return None
    from evals.judges import OpenAIJudge
    from guide.settings import Settings

    return OpenAIJudge.from_settings(Settings(), model)


def _print_summary(report: Report) -> None:
    from rich.console import Console
    from rich.table import Table

    from evals.report import fmt, interval

    for suite in report.suites:
        table = Table(title=f"{suite.suite} ({suite.kind}, {suite.sampler})")
        for column in ("metric", "value", "95% CI", "n", "floor"):
            table.add_column(column)
        floors = {f.metric: f for f in suite.floors}
        for name, m in suite.metrics.items():
            f = floors.get(name)
            verdict = "" if not f else ("[green]met[/]" if f.ok else f"[red]{f.op} {f.bound} NOT met[/]")
            table.add_row(name, fmt(name, m.value), interval(name, m), str(m.n), verdict)
        Console().print(table)


@app.command("report")
def report(run_dir: RunDir) -> None:
    """Write report.json, report.md and a self-contained report.html into RUN_DIR from its results.json."""
    from evals.report import write_report

    write_report(run_dir)
    print(f"wrote {run_dir}/report.json, report.md, report.html")


def _check(run_dir: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    from evals.results import load_results
    from evals.thresholds import check_run, load_thresholds

    floors = check_run(load_results(run_dir), load_thresholds())
    table = Table(title=f"floors: {run_dir}")
    for column in ("suite", "metric", "value", "n", "floor", "verdict"):
        table.add_column(column)
    for f in floors:
        value = "n/a" if f.value is None else f"{f.value:.4g}"
        verdict = "[red]NOT met[/]" if not f.ok else ("[yellow]" + f.note + "[/]" if f.note else "[green]met[/]")
        table.add_row(f.suite, f.metric, value, str(f.n), f"{f.op} {f.bound}", verdict)
    Console().print(table)
    missed = [f for f in floors if not f.ok]
    if missed:
        print("floors not met: " + ", ".join(f"{f.suite}.{f.metric}" for f in missed))
        raise typer.Exit(1)


@app.command("check")
def check_cmd(run_dir: RunDir) -> None:
    """Exit 1 when any suite of the run misses a floor in evals/thresholds.yaml."""
    _check(run_dir)


@app.command("compare")
def compare(
    run_a: RunDir,
    run_b: RunDir,
    per_tag: Annotated[bool, typer.Option("--per-tag", help="Per-tag regressions fail too.")] = False,
    show_all: Annotated[bool, typer.Option("--all", help="Show every per-tag row, unchanged and latency too.")] = False,
) -> None:
    """Per-metric and per-tag differences of B against A; exit 1 when B regresses beyond thresholds.yaml."""
    from rich.console import Console
    from rich.table import Table

    from evals.report import fmt
    from evals.results import load_results
    from evals.thresholds import compare_rows, compare_runs, load_thresholds, regressions

    thresholds = load_thresholds()
    diffs = compare_runs(load_results(run_a), load_results(run_b), thresholds)
    table = Table(title=f"A = {run_a}   B = {run_b}")
    for column in ("suite", "tag", "metric", "A", "B", "B - A", "n A/B", "allowed", "verdict"):
        table.add_column(column)
    for d in compare_rows(diffs, thresholds, show_all=show_all):
        verdict = _coloured(d.verdict(per_tag=per_tag))
        delta = "" if d.delta is None else ("+" if d.delta >= 0 else "") + fmt(d.metric, d.delta)
        allowed = "" if d.allowed is None else fmt(d.metric, d.allowed)
        table.add_row(d.suite, d.tag or "(all)", d.metric, fmt(d.metric, d.a), fmt(d.metric, d.b), delta,
                      f"{d.n_a}/{d.n_b}", allowed, verdict)  # fmt: skip
    Console(width=180).print(table)
    failed = regressions(diffs, per_tag=per_tag)
    if failed:
        names = ", ".join(f"{d.suite}{'[' + d.tag + ']' if d.tag else ''}.{d.metric}" for d in failed)
        print(f"B regresses beyond thresholds: {names}")
        raise typer.Exit(1)
    print("no regression beyond thresholds")


def _coloured(verdict: Verdict) -> str:
    """A compare verdict in rich markup: regressions red, per-tag worsening yellow, improvements green."""
    from evals.thresholds import Verdict

    colour = {Verdict.REGRESSED: "red", Verdict.WORSE: "yellow", Verdict.BETTER: "green"}.get(verdict)
    return f"[{colour}]{verdict.value}[/]" if colour else verdict.value


@app.command("export-reviews")
def export_reviews(
    out: Annotated[Path, typer.Option("--out", help="Suite YAML file to write.")],
    data_dir: Annotated[Path | None, typer.Option(help="The service's data folder (default GUIDE_DATA_DIR).")] = None,
    name: Annotated[str, typer.Option(help="The suite's name.")] = "reviews",
) -> None:
    """Turn clinicians' resolved reviews (approve, edit, replace) into eval cases with the final answer as reference."""
    from evals.reviews import ReviewExporter, suite_yaml
    from guide.settings import Settings

    settings = Settings(data_dir=data_dir) if data_dir else Settings()
    suite = ReviewExporter(settings).suite(name)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(suite_yaml(suite), encoding="utf-8")
    print(f"wrote {len(suite.cases)} cases to {out}")


@app.command("train-intents")
def train_intents() -> None:
    """Fit the intent classifier on the corpus's train split (evals/corpus/train) and write the shipped model."""
    from evals.corpus import summary
    from evals.train_intents import train
    from guide.language.intents import MODEL_PATH
    from guide.services import Services
    from guide.settings import Settings

    counts = summary("train")
    print(f"training on {counts['turns']} messages by {', '.join(counts['writers'])} ...")
    model = train(Services(Settings()))
    print(f"wrote {MODEL_PATH} ({len(model.intents)} intents, corpus {model.corpus_hash})")


@app.command("tune-policy")
def tune_policy(run_dir: RunDir, top: Annotated[int, typer.Option(help="Settings to print.")] = 15) -> None:
    """Replay a decisions-dev run under a grid of classifier thresholds (dev only: never tune on the frozen test)."""
    from evals.tune_policy import grid, load_turns
    from guide.services import Services
    from guide.settings import Settings

    services = Services(Settings())
    understander = services.understander
    model = understander.model
    if model is None:
        raise typer.BadParameter("no intent model: run `guide eval train-intents` first")
    fitted = model

    def predict(text: str, previous: str | None) -> dict[str, float]:
        before = services.similarity.unit(previous) if previous else None
        return fitted.predict(text, services.similarity.unit(text), previous, before)

    turns = load_turns(run_dir, services.policy, predict)
    print("emergency  review  clinician | E recall  NR recall  answerable escalated  false emergencies")
    for row in grid(turns)[:top]:
        print(
            f"{row['emergency']:9.2f} {row['review']:7.2f} {row['needs_clinician']:10.2f} | "
            f"{row['emergency_recall']:8.3f} {row['needs_review_recall']:10.3f} "
            f"{row['answerable_escalated']:21.3f} {row['false_emergencies']:18.3f}"
        )


@app.command("tune-meaning")
def tune_meaning(
    data_dir: Annotated[Path, typer.Option(help="A data folder with the demo consumers imported.")],
) -> None:
    """Print the call-if meaning threshold the train split supports (guide/language/rules.py)."""
    from evals.tune_meaning import meaning_scores, threshold
    from guide.services import Services
    from guide.settings import Settings

    answerable, review = meaning_scores(Services(Settings(data_dir=data_dir)))
    cut = threshold(answerable)
    reached = sum(s >= cut for s in review) / max(1, len(review))
    print(f"threshold {cut:.3f}: {len(answerable)} answerable (2% above), must-review reached {reached:.3f}")
