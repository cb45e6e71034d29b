"""results.json as the runner has written it so far loads into the typed models and dumps back unchanged.

The fixture is written by hand in the shape each producer writes (`evals.runner.run_conversation`, `run_retrieval`,
`run_redaction` with `_redaction_metrics`, and `evals.redaction.styled_run`), not produced by the code under test.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from evals.results import Metric, RunResults, load_results
from evals.runner import RunOutput, write_run

RUN = {
    "started": "2026-12-04T15:18:03+00:00",
    "finished": "2026-12-04T15:24:40+00:00",
    "provider": "offline",
    "judge": None,
    "prices": {"prompt_per_1k": 0.00015, "completion_per_1k": 0.0006},
    "settings": {"llm_mode": "offline", "llm_model": "gpt-4o-mini", "llm_context_tokens": 3000,
                 "embeddings_mode": "minilm", "retrieval_k_careplan": 10, "retrieval_k_knowledge": 6,
                 "knowledge_search_mode": "dense", "redaction_detect": True, "prompt": "answer@2"},
    "commit": None,
}  # fmt: skip

ROW = {
    "case": "core-091", "turn": 0, "tags": ["answerable"], "consumer": "demo-p1", "asker": "demo-p1-rp1",
    "question": "how many glucose tablets do we give her when she's under 70?", "expected": ["answered"],
    "expect": {"must_include_any": [], "must_not_include": [], "must_cite": ["careplan"], "facts": ["4 glucose tablets"]},
    "output": {"decision": "answered", "answer": "Take 4 glucose tablets [1].", "citations": [], "reasons": [],
               "latency_ms": 96.4, "prompt_tokens": 912, "completion_tokens": 40, "tokens_estimated": True,
               "redacted_question": "how many glucose tablets do we give her when she's under 70?",
               "stored_reply": "Take 4 glucose tablets [1].", "stored_citations": [], "requests_kind": "would_send",
               "composer": "offline", "cost_usd": 0.0001608},
    "grade": {"decision_ok": True, "include_ok": True, "exclude_ok": True, "cite_ok": True, "facts_found": 1,
              "facts_total": 1, "rubric_score": None, "facts_missing": [], "excluded_found": [], "rubric_met": [],
              "rubric_ungraded": 0, "first_sentence_fact": True, "passed": True},
    "checks": {"citations": [], "sentences": [], "identifier_leaks": []},
    "failure_reasons": [],
}  # fmt: skip

CONVERSATION = {
    "suite": "core", "kind": "conversation", "path": "/repo/evals/suites/core.yaml",
    "description": "Broad coverage over the five demo consumers.", "sampler": "guide:offline", "n_cases": 2,
    "setup_key": "default", "n_turns": 2, "headline": "pass_rate",
    "metrics": {
        "pass_rate": {"value": 0.5, "ci95": [0.0, 1.0], "n": 2, "stat": "mean", "hits": 1, "better": "higher"},
        "emergency_recall": {"value": None, "ci95": None, "n": 0, "stat": "mean", "better": "higher"},
        "latency_ms_p95": {"value": 110.7, "ci95": [96.4, 110.7], "n": 2, "stat": "p95", "better": "lower"},
    },
    "per_tag": {
        "answerable": {
            "pass_rate": {"value": 1.0, "ci95": [1.0, 1.0], "n": 1, "stat": "mean", "hits": 1, "better": "higher"},
        },
    },
    "confusion": {"answered": {"answered": 1, "needs_review": 1, "emergency": 0},
                  "needs_review": {"answered": 0, "needs_review": 0, "emergency": 0},
                  "emergency": {"answered": 0, "needs_review": 0, "emergency": 0}},
    "rows": [ROW],
    "failures": [{"case": "core-168", "turn": 0, "question": "what health conditions does my brother have?",
                  "expected": ["answered"], "got": "needs_review", "answer": "Thank you for asking.",
                  "reasons": ["decision needs_review (plan_question), expected ['answered']"]}],
    "seconds": 27.2,
}  # fmt: skip

RETRIEVAL = {
    "suite": "retrieval", "kind": "retrieval", "path": "/repo/evals/suites/retrieval.yaml", "description": "",
    "sampler": "guide:knowledge_search", "n_cases": 2, "headline": "dense+expansion.recall_at_5",
    "metrics": {
        "dense+expansion.recall_at_5": {"value": 0.5, "ci95": [0.0, 1.0], "n": 2, "stat": "mean", "better": "higher"},
        "dense+expansion.latency_ms_p50": {"value": 3.1, "ci95": [3.1, 4.2], "n": 2, "stat": "p50", "better": "lower"},
    },
    "per_tag": {
        "lifestyle": {
            "dense+expansion.recall_at_5": {"value": 1.0, "ci95": [1.0, 1.0], "n": 1, "stat": "mean", "better": "higher"},
        },
    },
    "tables": {"modes": {"dense+expansion": {"mode": "dense+expansion", "n": 2, "recall_at_5": 0.5,
                                             "recall_at_5_ci95": [0.0, 1.0], "mrr": 0.5, "mrr_ci95": [0.0, 1.0],
                                             "latency_ms_p50": 3.1, "latency_ms_p95": 4.2,
                                             "per_modality": {"lifestyle": {"n": 2, "recall_at_5": 0.5, "mrr": 0.5}},
                                             "misses": []}},
               "markdown": "| mode | n |\n"},
    "rows": [{"id": "q1", "modality": "lifestyle", "ranked": ["walking"], "relevant": ["walking"], "recall": 1.0,
              "rr": 1.0, "tags": [], "latency_ms": 3.1, "mode": "dense+expansion"},
             {"id": "q2", "modality": "lifestyle", "ranked": ["walking"], "relevant": ["sleep"], "recall": 0.0,
              "rr": 0.0, "tags": ["lifestyle"], "latency_ms": 4.2, "mode": "dense+expansion"}],
    "failures": [{"case": "q2", "question": "how much sleep does he need?", "expected": ["sleep"],
                  "got": ["walking"], "reasons": ["dense+expansion: no relevant article in the top 5"]}],
    "seconds": 1.4,
}  # fmt: skip

REDACTION = {
    "suite": "redaction", "kind": "redaction", "path": None, "description": "", "n_cases": 9,
    "sampler": "redaction:Redactor(detect=True)", "headline": "main.known_recall",
    "metrics": {
        # `_redaction_metrics` writes hits after better; the issue-17 corpora write hits before stat
        "main.known_recall": {"value": 0.99, "ci95": [0.97, 1.0], "n": 100, "stat": "mean", "better": "higher",
                              "hits": 99},
        "main.known_recall_min_type": {"value": 0.95, "ci95": None, "n": 100, "stat": "mean", "better": "higher"},
        "dev.must_remove_recall": {"value": 0.98, "ci95": [0.93, 0.99], "n": 50, "hits": 49, "stat": "mean",
                                   "better": "higher"},
        "dev.verbatim_leaks_US": {"value": 0, "ci95": None, "n": 50, "stat": "count", "better": "lower"},
    },
    "per_tag": {
        "PHONE": {"main.known_recall": {"value": 1.0, "ci95": None, "n": 20, "stat": "mean", "hits": 20,
                                        "better": "higher"}},
    },
    "tables": {"corpora": {"main": {"n_messages": 9, "markdown": "# Redaction eval\n"}}},
    "rows": [],
    "failures": [{"case": "m-3", "question": "call {PHONE}", "expected": "PHONE", "got": "555-0100",
                  "reasons": ["main: known dashed left visible"]}],
    "seconds": 2.0,
}  # fmt: skip

RESULTS: dict[str, Any] = {"run": RUN, "suites": [CONVERSATION, RETRIEVAL, REDACTION]}


def test_a_results_file_of_todays_shape_loads_and_dumps_back_unchanged() -> None:
    results = RunResults.model_validate(copy.deepcopy(RESULTS))
    assert [s.kind for s in results.suites] == ["conversation", "retrieval", "redaction"]
    assert results.model_dump(mode="json") == RESULTS


def test_keys_only_some_suites_write_stay_absent_from_the_others() -> None:
    dumped = RunResults.model_validate(copy.deepcopy(RESULTS)).model_dump(mode="json")
    conversation, retrieval, redaction = dumped["suites"]
    assert "tables" not in conversation
    assert not {"setup_key", "n_turns", "confusion"} & (set(retrieval) | set(redaction))
    assert "hits" not in retrieval["metrics"]["dense+expansion.recall_at_5"]
    assert conversation["metrics"]["emergency_recall"]["value"] is None  # None values are written, not dropped


def test_a_count_stays_an_int_and_a_mean_stays_a_float() -> None:
    redaction = RunResults.model_validate(copy.deepcopy(RESULTS)).suites[2]
    assert type(redaction.metrics["dev.verbatim_leaks_US"].value) is int
    assert type(redaction.metrics["main.known_recall"].value) is float


def test_the_runner_writes_what_load_results_reads(tmp_path: Path) -> None:
    results = RunResults.model_validate(copy.deepcopy(RESULTS))
    write_run(RunOutput(results, []), tmp_path)
    assert json.loads((tmp_path / "results.json").read_text(encoding="utf-8")) == RESULTS
    assert load_results(tmp_path) == results
    assert load_results(tmp_path / "results.json") == results


@pytest.mark.parametrize(
    ("where", "key"),
    [
        (lambda r: r, "notes"),
        (lambda r: r["run"], "host"),
        (lambda r: r["suites"][0], "n_questions"),
        (lambda r: r["suites"][1]["metrics"]["dense+expansion.recall_at_5"], "mean"),
        (lambda r: r["suites"][0]["per_tag"]["answerable"]["pass_rate"], "ci"),
        (lambda r: r["run"]["prices"], "per_1m"),
    ],
)
def test_an_unknown_key_in_our_own_shape_fails_to_load(where: Any, key: str) -> None:
    bad = copy.deepcopy(RESULTS)
    where(bad)[key] = 1
    with pytest.raises(ValidationError):
        RunResults.model_validate(bad)


def test_rows_tables_and_settings_hold_whatever_their_producer_writes() -> None:
    loose = copy.deepcopy(RESULTS)
    loose["run"]["settings"]["a_new_setting"] = 3
    loose["suites"][0]["rows"][0]["a_new_check"] = {"ok": True}
    loose["suites"][1]["tables"]["a_new_table"] = []
    assert RunResults.model_validate(loose).model_dump(mode="json") == loose


def test_a_metric_needs_its_direction_and_a_known_statistic() -> None:
    with pytest.raises(ValidationError):
        Metric.model_validate({"value": 0.5, "ci95": None, "n": 2, "stat": "mean"})
    with pytest.raises(ValidationError):
        Metric.model_validate({"value": 0.5, "ci95": None, "n": 2, "stat": "median", "better": "higher"})
