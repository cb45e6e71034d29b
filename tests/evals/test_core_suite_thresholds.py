"""CI gate: the `core` suite through the real pipeline (offline composer) meets every floor in
evals/thresholds.yaml. The floors are the issue's targets; a miss fails, listing what missed."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.runner import RunOptions, run_suites
from evals.suites import SUITES, load_suite
from evals.thresholds import check_floors, load_thresholds

pytestmark = pytest.mark.slow
SUITE = "core" if (SUITES / "core.yaml").exists() else "escalation"


def test_the_core_suite_meets_every_floor(indexed_dir: Path, tmp_path: Path) -> None:
    thresholds = load_thresholds()
    assert thresholds["floors"].get(SUITE), f"no floors for {SUITE} in evals/thresholds.yaml"
    options = RunOptions(provider="offline", data_dir=tmp_path / "eval-data", base_data=indexed_dir)
    result = run_suites([load_suite(SUITE)], options).results["suites"][0]

    floors = check_floors(result, thresholds)
    missed = [f for f in floors if not f.ok]
    failures = "\n".join(
        f"  {f['case']}#{f.get('turn', 0)}: {'; '.join(f['reasons'])}" for f in result["failures"][:25]
    )
    assert not missed, (
        f"{SUITE}: floors not met:\n"
        + "\n".join(f"  {f.metric} = {f.value:.4f} (n={f.n}), floor {f.op} {f.bound}" for f in missed)
        + f"\nfirst failing turns:\n{failures}"
    )
