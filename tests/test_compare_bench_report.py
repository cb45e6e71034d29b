"""benchmarks/compare_bench.py writes its table between markers: into a new file too, replacing a run of the same
label and keeping the others."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_the_report_goes_into_a_new_file_and_replaces_only_its_own_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    compare_bench = importlib.import_module("compare_bench")
    doc = tmp_path / "missing" / "perf.md"
    doc.parent.mkdir()
    compare_bench.write_into(doc, "### run a\n\n| 1 |\n")
    compare_bench.write_into(doc, "### run b\n\n| 2 |\n")
    compare_bench.write_into(doc, "### run a\n\n| 3 |\n")
    text = doc.read_text()
    assert text.count(compare_bench.MARK_START) == 1 and text.count(compare_bench.MARK_END) == 1
    assert "| 1 |" not in text and "| 2 |" in text and "| 3 |" in text
    assert text.index("### run b") < text.index("### run a")  # a replaced run moves to the end
