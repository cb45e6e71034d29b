"""Usual adult ranges (knowledge/usual_ranges.yaml): what the table holds and what the loader refuses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guide.knowledge.loader import check, load
from guide.language.measures import MEASURES

ROOT = Path(__file__).resolve().parents[2] / "knowledge"


def test_every_range_is_of_a_measure_readings_are_read_as_and_is_sourced() -> None:
    ranges = load(ROOT).usual_ranges.ranges
    assert {r.measure for r in ranges} >= {"blood_pressure", "heart_rate", "oxygen", "temperature", "potassium"}
    assert all(r.measure in MEASURES for r in ranges)
    assert all(r.sources and all(str(s.url).startswith("https://") for s in r.sources) for r in ranges)


@pytest.mark.parametrize(
    ("written", "changed", "problem"),
    [
        ("measure: potassium", "measure: potasium", "usual_ranges.yaml: 'potasium' is not a measure"),
        ("  low: 3.5\n", "  low: 5.5\n", "low 5.5 is not below high 5.0"),
    ],
)
def test_a_range_of_an_unknown_measure_or_with_its_limits_crossed_is_a_problem(
    tmp_path: Path, written: str, changed: str, problem: str
) -> None:
    shutil.copytree(ROOT, tmp_path / "knowledge")
    path = tmp_path / "knowledge" / "usual_ranges.yaml"
    path.write_text(path.read_text().replace(written, changed))
    assert any(problem in p for p in check(tmp_path / "knowledge"))


def test_a_knowledge_folder_without_the_table_loads_with_no_ranges(tmp_path: Path) -> None:
    shutil.copytree(ROOT, tmp_path / "knowledge")
    (tmp_path / "knowledge" / "usual_ranges.yaml").unlink()
    assert load(tmp_path / "knowledge").usual_ranges.ranges == []


def test_a_policy_rule_for_a_measure_with_no_range_is_a_problem(tmp_path: Path) -> None:
    shutil.copytree(ROOT, tmp_path / "knowledge")
    path = tmp_path / "knowledge" / "policy.yaml"
    written = path.read_text()
    assert "ids: [oxygen]" in written
    path.write_text(written.replace("ids: [oxygen]", "ids: [oxygn]"))
    assert any("a usual_range rule names 'oxygn'" in p for p in check(tmp_path / "knowledge"))
