"""The one eval runner: prepares data, runs each suite through its sampler, grades, and returns results.

`guide eval run` is its command line; tests call `run_suites` directly. The suite (data), the
sampler (the guide in-process, the retrieval search, the redactor) and the grader stay apart.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import yaml

from evals import conversation_metrics as cm
from evals.citations import check_citations, grounded_sentences
from evals.graders import Judge, grade_turn
from evals.leaks import Needle, find_leaks, needles, request_text
from evals.metrics import summarize
from evals.recording import RecordingProxy
from evals.results import Metric, Prices, RunInfo, RunResults, SuiteResult
from evals.samplers import GuideSampler, TurnOutput
from evals.suites import Case, RedactionSuite, RetrievalSuite, Suite, Turn
from evals.thresholds import load_thresholds
from guide.careplan.importer import import_care_plans
from guide.demo import demo_bundles
from guide.knowledge.indexer import index_knowledge
from guide.knowledge.lookup import PassageLookup
from guide.services import Services
from guide.settings import Settings
from guide.turn.redact import known_identifiers

log = logging.getLogger(__name__)
AnySuite = Suite | RetrievalSuite | RedactionSuite
Advance = Callable[[int], None]
ProgressFactory = Callable[[str, int], Advance]  # (label, total) -> advance(n)


def no_progress(label: str, total: int) -> Advance:
    """A progress factory that shows nothing."""
    return lambda n: None


def default_prices() -> Prices:
    """The prices in thresholds.yaml."""
    return load_thresholds().prices


@dataclass
class RunOptions:
    """How to run: which model path, which judge, where data lives."""

    provider: Literal["offline", "openai"] = "offline"
    judge: Judge | None = None
    data_dir: Path = Path("var/eval")
    # A folder this code already prepared (demo consumers imported, knowledge indexed), like the tests'
    # `indexed_dir`: new data folders start as a copy of it and import only their setup's extra bundles.
    base_data: Path | None = None
    prices: Prices = field(default_factory=default_prices)
    settings: dict[str, Any] = field(default_factory=dict)  # extra Settings fields (GUIDE_ env vars also apply)


@dataclass
class RunOutput:
    """Results (results.json) and every model request the runs made (requests.jsonl)."""

    results: RunResults
    requests: list[dict[str, Any]]


# ---------------------------------------------------------------------------------------------
# data preparation
# ---------------------------------------------------------------------------------------------


def _modality_of(article: Path) -> str:
    """The front matter's modality, else the folder name (the loader reports anything wrong)."""
    text = article.read_text(encoding="utf-8")
    if text.startswith("---"):
        try:
            meta = yaml.safe_load(text.split("---", 2)[1]) or {}
            if isinstance(meta, dict) and meta.get("modality"):
                return str(meta["modality"])
        except yaml.YAMLError:
            pass
    return article.parent.name


def knowledge_folder(target: Path, base: Path, extra: Sequence[Path]) -> Path:
    """A fresh copy of the knowledge base at `target` plus the extra folders' articles, by modality."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(base, target)
    for folder in extra:
        for article in sorted(folder.rglob("*.md")):
            destination = target / "articles" / _modality_of(article) / article.name
            if destination.exists():
                raise FileExistsError(f"extra article {article} would replace {destination.relative_to(target)}")
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(article, destination)
    return target


def prepare(
    settings: Settings, bundles: Sequence[Path] = (), progress: ProgressFactory = no_progress, *, demo: bool = True
) -> Services:
    """Services over a data folder with the demo consumers, the extra bundles and the knowledge base (idempotent).

    The demo consumers are re-imported each run (cheap next to the suite, and never stale after a redaction
    change) unless `demo` is False because the folder was copied from one prepared by this code.
    """
    services = Services(settings)
    paths = [*(demo_bundles() if demo else []), *bundles]
    if paths:
        import_care_plans(services, paths)
    index_knowledge(services, progress=progress("indexing knowledge", len(services.kb.articles)))
    return services


def setup_settings(suite: Suite, options: RunOptions, overrides: dict[str, Any] | None = None) -> Settings:
    """The settings of a conversation suite's data folder: one folder per distinct setup."""
    key = suite.setup_key()
    data_dir = options.data_dir / key
    default = options.data_dir / "default"
    seed = options.base_data or (default if key != "default" and (default / "guide.db").exists() else None)
    if seed and not (data_dir / "guide.db").exists():  # demo consumers and knowledge already indexed there
        shutil.copytree(seed, data_dir, dirs_exist_ok=True, ignore=shutil.ignore_patterns("knowledge"))
    values: dict[str, Any] = {"data_dir": data_dir, "llm_mode": options.provider, **options.settings}
    values.update(overrides or {})
    _, folders = suite.setup_files()
    if folders:
        base = Settings(**{k: v for k, v in values.items() if k != "knowledge_dir"}).knowledge_path
        values["knowledge_dir"] = knowledge_folder(data_dir / "knowledge", base, folders)
    return Settings(**values)


# ---------------------------------------------------------------------------------------------
# conversation suites
# ---------------------------------------------------------------------------------------------


@dataclass
class _Environment:
    """One prepared data folder with its sampler and lookups."""

    services: Services
    sampler: GuideSampler
    passages: PassageLookup
    needles: dict[str, list[Needle]] = field(default_factory=dict)

    def needles_for(self, consumer_id: str) -> list[Needle]:
        """The consumer's known identifiers as search patterns."""
        if consumer_id not in self.needles:
            plan = self.services.store.plan(consumer_id)
            self.needles[consumer_id] = needles((k.type, k.value) for k in known_identifiers(plan))
        return self.needles[consumer_id]


def grade_row(
    case: Case, index: int, turn: Turn, output: TurnOutput, env: _Environment, options: RunOptions
) -> dict[str, Any]:
    """One turn's row: what was asked and expected, what came back, grades and checks."""
    grade = grade_turn(
        turn.expect,
        output,
        judge=options.judge,
        question=output.redacted_question or "(emergency turns are not redacted, so not shown to the judge)",
    )
    ids = [str(c.get("id", "")) for c in output.stored_citations]
    passages = env.passages.find(ids)
    texts = [("redacted_question", output.redacted_question)]
    texts += [("model_request", request_text(body)) for body in output.model_requests]
    leaks = find_leaks(texts, env.needles_for(case.consumer))
    out = {k: v for k, v in output.__dict__.items() if k not in {"model_requests", "extra"}}
    out["composer"] = output.extra.get("composer", "")
    out["cost_usd"] = cm.cost_usd(
        output.prompt_tokens,
        output.completion_tokens,
        prompt_per_1k=options.prices.prompt_per_1k,
        completion_per_1k=options.prices.completion_per_1k,
    )
    sentences = grounded_sentences(output.stored_reply, output.stored_citations, passages)
    row = {
        "case": case.id,
        "turn": index,
        "tags": case.tags,
        "consumer": case.consumer,
        "asker": case.asker,
        "question": turn.question,
        "expected": sorted(turn.expect.decisions),
        "expect": turn.expect.model_dump(exclude={"decision", "rubric"}),
        "output": out,
        "grade": {**grade.__dict__, "passed": grade.passed},
        "checks": {
            "citations": [c.__dict__ for c in check_citations(output.stored_citations, passages, case.consumer)],
            "sentences": [s.__dict__ for s in sentences] if output.decision == "answered" else [],
            "identifier_leaks": [leak.__dict__ for leak in leaks],
        },
    }
    row["failure_reasons"] = failure_reasons(row)
    return row


def failure_reasons(row: dict[str, Any]) -> list[str]:
    """Why a row is listed as a failure: unmet expectations, invalid citations, leaks (empty: not a failure)."""
    g, out, expect = row["grade"], row["output"], row["expect"]
    reasons = []
    if not g["decision_ok"]:
        reasons.append(f"decision {out['decision']} ({', '.join(out['reasons'])}), expected {row['expected']}")
    if not g["include_ok"]:
        reasons.append(f"none of {expect['must_include_any']} in the answer")
    if not g["exclude_ok"]:
        reasons.append(f"scope leak: {g['excluded_found']}")
    if not g["cite_ok"]:
        reasons.append(f"missing citation kind {expect['must_cite']}")
    reasons += [f"invalid citation {c['id']}: {c['reason']}" for c in row["checks"]["citations"] if not c["valid"]]
    leaks = row["checks"]["identifier_leaks"]
    if leaks:
        reasons.append("identifier leak: " + ", ".join(f"{x['type']} {x['masked']} in {x['where']}" for x in leaks))
    return reasons


def run_conversation(
    suite: Suite, env: _Environment, options: RunOptions, advance: Advance
) -> tuple[SuiteResult, list[dict[str, Any]]]:
    """Every case through the sampler, graded; the suite's metrics overall and per tag."""
    rows: list[dict[str, Any]] = []
    requests: list[dict[str, Any]] = []
    for case in suite.cases:
        outputs = env.sampler.run(case)
        for index, (turn, output) in enumerate(zip(case.turns, outputs, strict=True)):
            rows.append(grade_row(case, index, turn, output, env, options))
            requests += [
                {"suite": suite.suite, "case": case.id, "turn": index, "kind": output.requests_kind, "body": body}
                for body in output.model_requests
            ]
        advance(1)
    result = SuiteResult(
        **_header(suite, env.sampler.name),
        setup_key=suite.setup_key(),
        n_turns=len(rows),
        headline="pass_rate",
        metrics=cm.metrics(rows),
        per_tag=cm.per_tag(rows),
        confusion=cm.confusion(rows),
        rows=rows,
        failures=[
            {
                "case": r["case"],
                "turn": r["turn"],
                "question": r["question"],
                "expected": r["expected"],
                "got": r["output"]["decision"],
                "answer": r["output"]["answer"],
                "reasons": r["failure_reasons"],
            }
            for r in rows
            if r["failure_reasons"]
        ],
    )
    return result, requests


def _header(suite: AnySuite, sampler: str) -> dict[str, Any]:
    """The keys every kind of suite result starts with."""
    return {
        "suite": suite.suite,
        "kind": suite.kind,
        "path": str(suite.path) if suite.path else None,
        "description": suite.description,
        "sampler": sampler,
        "n_cases": len(suite.questions) if isinstance(suite, RetrievalSuite) else suite.size,
    }


# ---------------------------------------------------------------------------------------------
# retrieval and redaction suites
# ---------------------------------------------------------------------------------------------


def run_retrieval(suite: RetrievalSuite, services: Services, advance: Advance) -> SuiteResult:
    """Recall@k and MRR for every mode, overall and per modality and tag."""
    from evals.retrieval.evaluate import evaluate, markdown

    questions = [q.model_dump() for q in suite.questions]
    by_mode: dict[str, dict[str, Any]] = {
        mode: evaluate(services, mode, questions, suite.k, progress=advance) for mode in suite.modes
    }
    metrics: dict[str, Metric] = {}
    per_tag: dict[str, dict[str, Metric]] = {}
    rows = []
    for mode, result in by_mode.items():
        mode_rows = result.pop("rows")
        rows += [{**r, "mode": mode} for r in mode_rows]
        metrics.update(_retrieval_metrics(mode, mode_rows, suite.k))
        for tag in sorted({t for r in mode_rows for t in [r["modality"], *r["tags"]]}):
            subset = [r for r in mode_rows if tag in (r["modality"], *r["tags"])]
            per_tag.setdefault(tag, {}).update(_retrieval_metrics(mode, subset, suite.k))
    service_mode = "fused" if services.settings.knowledge_search_mode == "fused" else "dense+expansion"
    headline = f"{service_mode if service_mode in by_mode else suite.modes[0]}.recall_at_{suite.k}"
    return SuiteResult(
        **_header(suite, "guide:knowledge_search"),
        headline=headline,
        metrics=metrics,
        per_tag=per_tag,
        tables={"modes": by_mode, "markdown": markdown(by_mode)},
        rows=rows,
        failures=[
            {
                "case": r["id"],
                "question": next(q.question for q in suite.questions if q.id == r["id"]),
                "expected": r["relevant"],
                "got": r["ranked"],
                "reasons": [f"{r['mode']}: no relevant article in the top {suite.k}"],
            }
            for r in rows
            if not r["recall"]
        ],
    )


def _retrieval_metrics(mode: str, rows: list[dict[str, Any]], k: int) -> dict[str, Metric]:
    latencies = [r["latency_ms"] for r in rows]
    return {
        f"{mode}.recall_at_{k}": summarize([r["recall"] for r in rows], better="higher"),
        f"{mode}.mrr": summarize([r["rr"] for r in rows], better="higher"),
        f"{mode}.latency_ms_p50": summarize(latencies, "p50", better="lower"),
        f"{mode}.latency_ms_p95": summarize(latencies, "p95", better="lower"),
    }


def run_redaction(suite: RedactionSuite, advance: Advance) -> SuiteResult:
    """Each corpus through the redactor: recall known/unknown, precision, keep rate, per type."""
    from evals.redaction.generator import generate
    from evals.redaction.runner import build_report, markdown, redactor_sampler, run

    sampler = redactor_sampler(suite.allow)
    metrics: dict[str, Metric] = {}
    per_tag: dict[str, dict[str, Metric]] = {}
    reports, failures = {}, []
    styled = [c for c in suite.corpora if c.split or c.file]
    if styled:
        from evals.redaction.styled_run import run_styled

        reports["issue17"] = run_styled(styled, sampler, advance, metrics, per_tag)
    for corpus in (c for c in suite.corpora if not (c.split or c.file)):
        cases = generate(corpus.n, corpus.seed, heldout=corpus.heldout)
        preds, latencies = run(cases, sampler, progress=advance)
        report = build_report(cases, preds, latencies)
        reports[corpus.name] = {**report, "markdown": markdown(report)}
        metrics.update(_redaction_metrics(corpus.name, report, latencies))
        for slice_name in ("known", "unknown"):
            for kind, value in report["recall"][slice_name]["per_type"].items():
                per_tag.setdefault(kind, {})[f"{corpus.name}.{slice_name}_recall"] = Metric(
                    value=value["rate"], ci95=None, n=value["n"], stat="mean", hits=value["hits"], better="higher"
                )
        failures += [
            {"case": m["id"], "question": m["template"], "expected": m["type"], "got": m["surface"],
             "reasons": [f"{corpus.name}: {'known' if m['known'] else 'unknown'} {m['shape']} left visible"]}
            for m in report["misses"]
        ]  # fmt: skip
    return SuiteResult(
        **_header(suite, f"redaction:Redactor(detect=True, context={Settings().redaction_context})"),
        headline=f"{suite.corpora[0].name}.known_recall",
        metrics=metrics,
        per_tag=per_tag,
        tables={"corpora": reports},
        rows=[],
        failures=failures,
    )


def _redaction_metrics(name: str, report: dict[str, Any], latencies: list[float]) -> dict[str, Metric]:
    def ratio(rate: float, ci: list[float] | None, n: int, hits: int | None = None) -> Metric:
        interval = (ci[0], ci[1]) if ci else None
        return Metric(value=rate, ci95=interval, n=n, stat="mean", hits=hits, better="higher")

    known, unknown = report["recall"]["known"], report["recall"]["unknown"]
    per_type = known["per_type"].values()
    precision, keep = report["precision"], report["keep_rate"]
    return {
        f"{name}.known_recall": ratio(known["overall"]["rate"], known["overall"]["ci95"], known["overall"]["n"],
                                      known["overall"]["hits"]),
        f"{name}.known_recall_min_type": ratio(min((v["rate"] for v in per_type), default=1.0), None,
                                               sum(v["n"] for v in per_type)),
        f"{name}.unknown_recall": ratio(unknown["overall"]["rate"], unknown["overall"]["ci95"],
                                        unknown["overall"]["n"], unknown["overall"]["hits"]),
        f"{name}.precision": ratio(precision["rate"], None, precision["predicted"],
                                   precision["predicted"] - precision["false_positives"]),
        f"{name}.keep_rate": ratio(keep["rate"], keep["ci95"], keep["n"], keep["kept"]),
        f"{name}.latency_ms_p50": summarize(latencies, "p50", better="lower"),
        f"{name}.latency_ms_p95": summarize(latencies, "p95", better="lower"),
    }  # fmt: skip


# ---------------------------------------------------------------------------------------------
# the run
# ---------------------------------------------------------------------------------------------


@contextmanager
def _proxy(options: RunOptions) -> Iterator[RecordingProxy | None]:
    if options.provider != "openai":
        yield None
        return
    upstream = Settings(**options.settings).openai_base_url
    with RecordingProxy(upstream) as proxy:
        yield proxy


def run_suites(suites: Sequence[AnySuite], options: RunOptions, progress: ProgressFactory = no_progress) -> RunOutput:
    """Run every suite; conversation suites with equal setups share one prepared data folder."""
    started = datetime.now(UTC)
    results: list[SuiteResult] = []
    requests: list[dict[str, Any]] = []
    environments: dict[str, _Environment] = {}
    settings_used: dict[str, Any] = {}
    with _proxy(options) as proxy:
        for suite in suites:
            start = time.perf_counter()
            if isinstance(suite, Suite):
                env = _environment(suite, options, proxy, environments, progress)
                settings_used = settings_used or _settings_record(env.services.settings)
                result, sent = run_conversation(suite, env, options, progress(suite.suite, suite.size))
                requests += sent
            elif isinstance(suite, RetrievalSuite):
                default = environments.get("default")
                services = default.services if default else _knowledge_services(options, progress)
                settings_used = settings_used or _settings_record(services.settings)
                result = run_retrieval(suite, services, progress(suite.suite, suite.size))
            else:
                result = run_redaction(suite, progress(suite.suite, suite.size))
            results.append(result.model_copy(update={"seconds": round(time.perf_counter() - start, 1)}))
    run = RunInfo(
        started=started.isoformat(timespec="seconds"),
        finished=datetime.now(UTC).isoformat(timespec="seconds"),
        provider=options.provider,
        judge=getattr(options.judge, "name", None),
        prices=options.prices,
        settings=settings_used,
        commit=_commit(),
    )
    return RunOutput(RunResults(run=run, suites=results), requests)


def _environment(
    suite: Suite,
    options: RunOptions,
    proxy: RecordingProxy | None,
    cache: dict[str, _Environment],
    progress: ProgressFactory,
) -> _Environment:
    key = suite.setup_key()
    if key not in cache:
        overrides = {"openai_base_url": proxy.base_url} if proxy else {}
        settings = setup_settings(suite, options, overrides)
        bundles, _ = suite.setup_files()
        services = prepare(settings, bundles, progress, demo=options.base_data is None)
        cache[key] = _Environment(
            services, GuideSampler(services, proxy=proxy), PassageLookup(services.vectors, services.kb, remember=True)
        )
    return cache[key]


def _knowledge_services(options: RunOptions, progress: ProgressFactory) -> Services:
    """Services over the default data folder with the knowledge base indexed (retrieval needs no consumers)."""
    data_dir = options.data_dir / "default"
    if options.base_data and not (data_dir / "guide.db").exists():
        shutil.copytree(options.base_data, data_dir, dirs_exist_ok=True)
    services = Services(Settings(**{"data_dir": data_dir, **options.settings}))
    index_knowledge(services, progress=progress("indexing knowledge", len(services.kb.articles)))
    return services


def _settings_record(settings: Settings) -> dict[str, Any]:
    """What shaped the numbers (no secrets, no endpoint address)."""
    keep = (
        "llm_mode",
        "llm_model",
        "llm_context_tokens",
        "embeddings_mode",
        "retrieval_k_careplan",
        "retrieval_k_knowledge",
        "knowledge_search_mode",
        "redaction_detect",
    )
    from guide.turn.compose.prompts import load_prompt

    return {**{k: getattr(settings, k) for k in keep}, "prompt": load_prompt(settings.prompts_path, "answer").ref}


def _commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5, check=False
        )
    except OSError:
        return None
    return out.stdout.strip() or None


def write_run(output: RunOutput, out_dir: Path) -> Path:
    """results.json and requests.jsonl into the run folder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "results.json"
    results = output.results.model_dump(mode="json")
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    with (out_dir / "requests.jsonl").open("w", encoding="utf-8") as fh:
        for request in output.requests:
            fh.write(json.dumps(request, ensure_ascii=False) + "\n")
    return path
