"""`guide kb search` through a running server (as `guide ask --server`), or in its own process."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from guide.cli import app
from tests.test_cli import _free_url, _served

runner = CliRunner()
SEARCH = ["kb", "search", "--json", "-k", "4", "what do we do when her blood sugar is low"]


@pytest.fixture
def env(demo_services, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GUIDE_DATA_DIR", str(demo_services.settings.data_dir))
    monkeypatch.setenv("GUIDE_SERVER_URL", "")  # never a server some other process runs on the default port
    return demo_services


def _hits(stdout: str) -> list[dict[str, object]]:
    hits = json.loads(stdout)
    assert all(set(h) == {"id", "title", "modality", "score", "snippet"} for h in hits)
    return hits


def test_kb_search_uses_a_running_server_says_so_and_prints_what_searching_here_prints(env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import guide.cli

    here = runner.invoke(app, [*SEARCH, "--no-server"])
    assert here.exit_code == 0, here.output

    def not_here(*args: object) -> None:
        raise AssertionError("searched in the command's own process")

    with _served(env) as url:
        monkeypatch.setattr(guide.cli, "_search_here", not_here)
        served = runner.invoke(app, [*SEARCH, "--server", url])
    assert served.exit_code == 0, served.output
    assert f"using the server at {url}" in served.stderr
    assert _hits(served.stdout) == _hits(here.stdout)
    assert len(_hits(served.stdout)) == 4
    assert "low-blood-sugar-what-to-do" in [h["id"] for h in _hits(served.stdout)]


def test_kb_search_through_the_default_server_url_and_with_a_modality(env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with _served(env) as url:
        monkeypatch.setenv("GUIDE_SERVER_URL", url + "/")
        result = runner.invoke(app, ["kb", "search", "--json", "--modality", "lifestyle", "help with sleep"])
    assert result.exit_code == 0, result.output
    assert f"using the server at {url}" in result.stderr
    hits = _hits(result.stdout)
    assert len(hits) == 5 and {h["modality"] for h in hits} == {"lifestyle"}


def test_kb_search_plain_output_is_one_line_per_article(env) -> None:  # type: ignore[no-untyped-def]
    with _served(env) as url:
        result = runner.invoke(app, ["kb", "search", "-k", "2", "--server", url, "can he take tumeric"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert any(line.split()[1] == "turmeric" for line in lines)


def test_kb_search_searches_here_when_no_server_answers(env) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, [*SEARCH, "--server", _free_url()])
    assert result.exit_code == 0, result.output
    assert "server" not in result.stderr
    assert "low-blood-sugar-what-to-do" in [h["id"] for h in _hits(result.stdout)]


def test_kb_search_searches_here_when_the_server_takes_no_development_identity(env) -> None:  # type: ignore[no-untyped-def]
    from guide.services import Services
    from tests.conftest import make_settings

    without_dev_auth = Services(make_settings(env.settings.data_dir, dev_auth=False))
    with _served(without_dev_auth) as url:
        result = runner.invoke(app, [*SEARCH, "--server", url])
    assert result.exit_code == 0, result.output
    assert "searching here" in result.stderr
    assert len(_hits(result.stdout)) == 4


def test_kb_search_says_what_to_run_when_the_servers_knowledge_base_is_not_indexed(env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from guide.services import Services
    from tests.conftest import make_settings

    with _served(Services(make_settings(tmp_path / "empty"))) as url:
        result = runner.invoke(app, [*SEARCH, "--server", url])
    assert result.exit_code == 2
    assert "guide kb index" in result.output


def test_kb_search_with_no_server_never_asks_one(env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import guide.cli

    def no_server(*args: object) -> None:
        raise AssertionError("a server was asked")

    monkeypatch.setattr(guide.cli, "_search_server", no_server)
    monkeypatch.setattr(guide.cli, "_server_up", no_server)
    monkeypatch.setenv("GUIDE_SERVER_URL", "http://127.0.0.1:9")
    result = runner.invoke(app, [*SEARCH, "--no-server"])
    assert result.exit_code == 0, result.output
    assert len(_hits(result.stdout)) == 4
