"""`python -m redaction --jsonl`: JSON lines in, redacted JSON lines out, exit 2 on a bad line."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from redaction.cli import EXIT_BAD_INPUT, parse_line, run

GOOD = json.dumps({"text": "Call Maria at 617.555.0142", "known": [{"type": "PERSON", "value": "Maria Lopez"}]})


def _run(lines: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(io.StringIO("\n".join(lines) + "\n"), out, err, detect=False)
    return code, out.getvalue(), err.getvalue()


def test_each_line_is_redacted_with_spans_in_original_coordinates() -> None:
    code, out, _ = _run([GOOD, json.dumps({"text": "nothing here"})])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert rows[0]["text"] == "Call <PERSON_1> at 617.555.0142"
    assert rows[0]["spans"] == [{"start": 5, "end": 10, "type": "PERSON"}]
    assert rows[1] == {"text": "nothing here", "spans": []}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("not json", "invalid JSON"),
        ('["a list"]', '"text"'),
        ('{"text": 3}', '"text"'),
        ('{"text": "x", "known": {}}', '"known" must be a list'),
        ('{"text": "x", "known": [{"type": "PERSON"}]}', '"type" and "value"'),
    ],
)
def test_a_bad_line_names_its_number_and_exits_2(bad: str, message: str) -> None:
    code, _, err = _run([GOOD, bad])
    assert code == EXIT_BAD_INPUT
    assert err.startswith("line 2: ")
    assert message in err


def test_parse_line_returns_known_identifiers() -> None:
    text, known = parse_line(GOOD)
    assert text.startswith("Call")
    assert known[0].type == "PERSON"


@pytest.mark.slow
def test_the_module_runs_as_a_command() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "redaction", "--jsonl"],
        input=GOOD + "\n{broken\n",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 2
    assert json.loads(proc.stdout.splitlines()[0])["text"] == "Call <PERSON_1> at <PHONE_NUMBER_1>"
    assert "line 2" in proc.stderr
