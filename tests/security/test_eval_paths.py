"""Eval report paths stay inside the runs folder, however the run name is spelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from guide.services import Services
from guide.web.app import create_app
from guide.web.routes.evals import _inside_runs
from tests.conftest import make_settings
from tests.web.conftest import sign_in

PASSWORD = "evaluator-password"


@pytest.fixture
def runs(tmp_path: Path) -> Path:
    """A runs folder with one real run, and reports outside it that a traversal would reach."""
    root = tmp_path / "evals" / "out"
    (root / "core-2026-11-27").mkdir(parents=True)
    (root / "core-2026-11-27" / "report.html").write_text("<h1>core report</h1>")
    (tmp_path / "evals" / "report.html").write_text("OUTSIDE the runs folder")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "report.html").write_text("OUTSIDE the runs folder")
    (root / "linked-out").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (root / "linked-report").mkdir()
    (root / "linked-report" / "report.html").symlink_to(tmp_path / "elsewhere" / "report.html")
    return root


@pytest.fixture
def evaluator(tmp_path: Path, runs: Path) -> TestClient:
    services = Services(make_settings(tmp_path / "data", eval_runs_dir=runs))
    services.accounts.create_user(username="eva", password=PASSWORD, role="evaluator")
    return sign_in(TestClient(create_app(services=services)), "eva", PASSWORD)


@pytest.mark.parametrize(
    "path",
    [
        "/evals/%2e%2e/report",
        "/evals/%2E%2E/report",
        "/evals/%2E%2E%2F/report",
        "/evals/%2e%2e%2felsewhere/report",
        "/evals/..%2F..%2Felsewhere/report",
        "/evals/.%2e/report",
        "/evals/linked-out/report",
        "/evals/linked-report/report",
        "/evals/%2Ftmp%2Felsewhere/report",
        "/evals//tmp/report",
        "/evals/%5C..%5C/report",
    ],
)
def test_a_report_outside_the_runs_folder_is_a_404(evaluator: TestClient, path: str) -> None:
    """ASVS V12.3.1: `..`, encoded dots, absolute paths and symlinks out of the runs folder are refused."""
    response = evaluator.get(path)
    assert response.status_code == 404 and "OUTSIDE" not in response.text


def test_a_run_inside_the_folder_still_opens_and_the_list_hides_links_out(evaluator: TestClient) -> None:
    """ASVS V12.3.1: the check refuses what escapes and nothing else."""
    assert "core report" in evaluator.get("/evals/core-2026-11-27/report").text
    listing = evaluator.get("/evals").text
    assert "core-2026-11-27" in listing and "linked-out" not in listing and "linked-report" not in listing


@pytest.mark.parametrize("run", ["..", ".", "", "../elsewhere", "/tmp", "linked-out", "linked-report", "nul\x00l"])
def test_run_names_that_escape_resolve_to_nothing(runs: Path, run: str) -> None:
    """ASVS V12.3.1: the name is resolved (symlinks followed) and must stay inside the resolved runs folder."""
    assert _inside_runs(runs, run) is None


def test_a_run_name_inside_resolves_to_its_report(runs: Path) -> None:
    """ASVS V12.3.1: a plain run name resolves to its own report."""
    assert _inside_runs(runs, "core-2026-11-27") == (runs / "core-2026-11-27" / "report.html").resolve()
