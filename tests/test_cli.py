"""The `guide` command line: the ask JSON contract and clear errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from guide.cli import app

runner = CliRunner()


@pytest.fixture
def env(demo_services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GUIDE_DATA_DIR", str(demo_services.settings.data_dir))
    return demo_services


def test_ask_json_prints_the_contract(env) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(
        app,
        [
            "ask",
            "--consumer",
            "demo-p4",
            "--designee",
            "demo-p4-rp1",
            "--json",
            "How should he use his oxygen at night?",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"decision", "answer", "citations", "reasons"}
    assert data["decision"] in {"answered", "needs_review", "emergency"}
    for citation in data["citations"]:
        assert set(citation) == {"kind", "id", "title", "quote"}
        assert citation["kind"] in {"careplan", "knowledge"}


def test_ask_as_the_consumer_without_designee(env) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["ask", "--consumer", "demo-p1", "--json", "What should I do when my sugar is low?"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["decision"] == "answered"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--consumer", "nobody"], "no such consumer"),
        (["--consumer", "demo-p1", "--designee", "demo-p2-rp1"], "not a designee"),
    ],
)
def test_ask_with_unknown_consumer_or_designee_exits_2(env, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["ask", *args, "hello"])
    assert result.exit_code == 2
    assert message in result.output
