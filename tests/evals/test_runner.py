"""The runner end to end over the real pipeline: offline, openai through the recording proxy, setup,
retrieval and redaction suites, all through `run_suites`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from devservers.openai_server import completion, serve
from evals.results import load_results
from evals.runner import RunOptions, run_suites, write_run
from evals.suites import RedactionSuite, RetrievalSuite, Suite, load_suite, parse_suite

pytestmark = pytest.mark.slow


def _pick(ids: list[str]) -> Suite:
    suite = load_suite("escalation")
    assert isinstance(suite, Suite)
    # the picked cases are about the demo consumers: the setup (Synthea-shaped consumers) is not needed
    return suite.model_copy(update={"suite": "picked", "setup": None, "cases": [c for c in suite.cases if c.id in ids]})


ESC = ["esc-001", "esc-131", "esc-202"]  # an emergency, a review case, an answerable one


def test_offline_runs_grade_every_turn_and_record_the_prompts_the_llm_would_get(
    indexed_dir: Path, tmp_path: Path
) -> None:
    output = run_suites([_pick(ESC)], RunOptions(data_dir=tmp_path / "data", base_data=indexed_dir))
    suite = output.results.suites[0]
    rows = {r["case"]: r for r in suite.rows}
    assert rows["esc-001"]["output"]["decision"] == "emergency"
    assert rows["esc-001"]["output"]["prompt_tokens"] == 0  # an emergency calls no model
    answered = rows["esc-202"]["output"]
    assert "every two hours" in answered["answer"]  # the plan's own instruction, ranked as the service ranks it
    assert answered["tokens_estimated"] and answered["prompt_tokens"] > 200 and answered["completion_tokens"] > 0
    assert answered["cost_usd"] > 0 and answered["redacted_question"]
    assert suite.metrics["identifier_leaks"].hits == 0
    assert suite.metrics["citation_validity"].n > 0
    sent = [r for r in output.requests if r["case"] == "esc-202"]
    assert len(sent) == 1 and sent[0]["kind"] == "would_send"
    assert [m["role"] for m in json.loads(sent[0]["body"])["messages"]] == ["system", "user"]
    write_run(output, tmp_path / "run")
    assert len((tmp_path / "run" / "requests.jsonl").read_text().splitlines()) == len(output.requests)


def _reply(body: dict[str, Any]) -> tuple[int, Any, float]:
    lines = body["messages"][-1]["content"].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("[1] ("))
    sentence = lines[start + 1].split(". ")[0].rstrip(".")
    draft = {"answer": f"{sentence}. [1]", "cited": [1], "confidence": 0.9, "needs_review": False, "reasons": []}
    return 200, completion(json.dumps(draft)), 0.0


def test_the_openai_provider_records_every_request_it_really_sends(indexed_dir: Path, tmp_path: Path) -> None:
    with serve(_reply) as fake:
        settings = {"openai_base_url": fake.base_url, "openai_api_key": "sk-test", "llm_model": "test-model"}
        options = RunOptions(provider="openai", data_dir=tmp_path / "data", base_data=indexed_dir, settings=settings)
        output = run_suites([_pick(ESC)], options)
    suite = output.results.suites[0]
    assert suite.sampler == "guide:openai"
    assert len(output.requests) == len(fake.requests) >= 1
    assert {r["kind"] for r in output.requests} == {"sent"}
    assert [json.loads(r["body"]) for r in output.requests] == [r["body"] for r in fake.requests]
    answered = next(r for r in suite.rows if r["case"] == "esc-202")["output"]
    assert (answered["prompt_tokens"], answered["completion_tokens"]) == (10, 10)  # the endpoint's usage
    assert not answered["tokens_estimated"]
    assert suite.metrics["identifier_leaks"].hits == 0
    assert output.results.run.settings["llm_mode"] == "openai"
    assert "base_url" not in output.results.run.model_dump_json()


FIXTURES = Path(__file__).resolve().parents[2] / "evals" / "suites" / "fixtures"


@pytest.mark.skipif(not (FIXTURES / "injection-consumer.json").exists(), reason="suite fixtures not present")
def test_a_setup_imports_its_bundles_and_indexes_its_articles_in_its_own_data_folder(
    indexed_dir: Path, tmp_path: Path
) -> None:
    data = {
        "suite": "with-setup",
        "setup": {"bundles": ["fixtures/injection-consumer.json"], "knowledge": ["fixtures/knowledge"]},
        "cases": [{"id": "s1", "consumer": "inj-p6", "turns": [
            {"question": "is gardening good exercise for an older adult?", "expect": {"decision": "answered"}}]}],
    }  # fmt: skip
    suite = parse_suite(data, FIXTURES.parent / "with-setup.yaml")
    plain = _pick(["esc-202"])
    options = RunOptions(data_dir=tmp_path / "data", base_data=indexed_dir)
    output = run_suites([plain, suite], options)
    plain_result, setup_result = output.results.suites
    assert plain_result.setup_key == "default" and setup_result.setup_key.startswith("setup-")
    assert (tmp_path / "data" / setup_result.setup_key / "guide.db").exists()
    row = setup_result.rows[0]
    assert row["consumer"] == "inj-p6" and row["output"]["decision"] in ("answered", "needs_review")
    prompt = next(r["body"] for r in output.requests if r["suite"] == "with-setup")
    assert "gardening" in prompt.lower()  # the extra article was indexed and retrieved
    knowledge = tmp_path / "data" / setup_result.setup_key / "knowledge" / "articles"
    assert list(knowledge.rglob("gardening-for-older-adults.md"))


def test_retrieval_and_redaction_suites_run_through_the_same_runner(indexed_dir: Path, tmp_path: Path) -> None:
    retrieval = load_suite("retrieval")
    assert isinstance(retrieval, RetrievalSuite)
    small = retrieval.model_copy(update={"questions": retrieval.questions[:4], "modes": ["dense", "fused"]})
    redaction = RedactionSuite(suite="redaction", kind="redaction", corpora=[{"name": "main", "n": 9}])  # type: ignore[list-item]
    seen: dict[str, int] = {}

    def progress(label: str, total: int):  # type: ignore[no-untyped-def]
        seen[label] = 0
        return lambda n: seen.__setitem__(label, seen[label] + n)

    output = run_suites([small, redaction], RunOptions(data_dir=tmp_path / "data", base_data=indexed_dir), progress)
    r, d = output.results.suites
    assert r.kind == "retrieval" and r.metrics["dense.recall_at_5"].n == 4
    assert set(r.per_tag) >= {q.modality for q in small.questions}
    assert d.kind == "redaction" and d.metrics["main.known_recall"].n > 0
    assert seen["retrieval"] == 8 and seen["redaction"] == 9  # questions x modes; messages
    write_run(output, tmp_path / "run")
    written = json.loads((tmp_path / "run" / "results.json").read_text())
    assert load_results(tmp_path / "run").model_dump(mode="json") == written == output.results.model_dump(mode="json")
