"""Re-importing a care plan while the service answers questions about that consumer: every turn succeeds (no
`retrieval_error`) and answers from a plan that was current while it ran, whether the import runs in the serving
process or beside it (`guide careplan import` next to `guide serve`, the reported failure: embedded Chroma's
"Error finding id"). OWASP ASVS 4.0 V11.1.6 (business logic concurrency: a shared resource, the consumer's stored
plan, stays consistent under concurrent use) and V1.11.3 (high-value flows free of time-of-check/time-of-use
races)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from guide.careplan.importer import import_care_plans
from guide.demo import demo_bundles
from guide.ml.vectorstore import CAREPLAN
from guide.services import Services
from guide.turn.pipeline import TurnResult

REPO = Path(__file__).resolve().parents[2]
WEIGH = "Weigh every morning after using the toilet and before breakfast, and write it down"
IMPORTS = 5
QUESTIONS = 30
OWNER = "designee:demo-p2-rp1"
# Runs in its own process, as `guide careplan import` does beside a running service: prints when each import ran.
IMPORTER = """
import json, sys, time
from pathlib import Path
from guide.careplan.importer import import_care_plans
from guide.services import Services
from tests.conftest import make_settings

services = Services(make_settings(Path(sys.argv[1])))
services.redact, services.vectors  # loaded before the first import, as a CLI run loads them
for path in sys.argv[2:]:
    start = time.time()
    import_care_plans(services, [Path(path)])
    print(json.dumps({"start": start, "end": time.time(), "chart": int(path.rsplit("-", 1)[1].split(".")[0])}))
    sys.stdout.flush()
    time.sleep(0.5)
"""


@dataclass(frozen=True)
class Import:
    """When one import ran, and which chart number its plan carries."""

    start: float
    end: float
    chart: int


@dataclass(frozen=True)
class Turn:
    """When one turn ran, and what it answered."""

    start: float
    end: float
    result: TurnResult


def _variants(folder: Path) -> list[Path]:
    """demo-p2's bundle with the weighing instruction naming chart 1..IMPORTS, one file each."""
    raw = (next(p for p in demo_bundles() if p.name == "demo_p2.json")).read_text()
    assert WEIGH in raw
    paths = []
    for chart in range(1, IMPORTS + 1):
        path = folder / f"demo_p2-{chart}.json"
        path.write_text(raw.replace(WEIGH, f"{WEIGH} on chart {chart}"))
        paths.append(path)
    return paths


def _in_thread(services: Services, paths: list[Path], done: list[Import]) -> None:
    for path in paths:
        start = time.time()
        import_care_plans(services, [path])
        done.append(Import(start, time.time(), int(path.stem.rsplit("-", 1)[1])))
        time.sleep(0.5)


def _in_process(services: Services, paths: list[Path], done: list[Import]) -> None:
    args = [sys.executable, "-c", IMPORTER, str(services.settings.data_dir), *map(str, paths)]
    finished = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=900)
    assert finished.returncode == 0, finished.stderr[-2000:]
    done.extend(Import(**json.loads(line)) for line in finished.stdout.splitlines() if line.startswith("{"))


def _ask(services: Services) -> Turn:
    """Ask about demo-p2's weighing in a new conversation."""
    conversation = services.store.create(consumer_id="demo-p2", designee_id="demo-p2-rp1", owner=OWNER)
    start = time.time()
    result = services.pipeline.ask(
        conversation_id=conversation.id, question="How often should he weigh himself?", owner=OWNER
    )
    return Turn(start, time.time(), result)


def _chart(turn: Turn) -> int:
    """The chart number in the weighing passage the turn cited (0: the plan as first imported)."""
    quotes = [c["quote"] for c in turn.result.citations if c["kind"] == "careplan" and "Weigh every" in c["quote"]]
    assert quotes, f"the turn cites the plan's weighing instruction: {turn.result.citations}"
    found = re.search(r"on chart (\d+)", quotes[0])
    return int(found.group(1)) if found else 0


def _current_during(turn: Turn, imports: list[Import]) -> set[int]:
    """Charts of the plans current at some moment of the turn: the one switched to last before it, and any whose
    import overlapped it."""
    before = [i.chart for i in imports if i.end < turn.start]
    overlapping = {i.chart for i in imports if i.start <= turn.end and i.end >= turn.start}
    return {before[-1] if before else 0} | overlapping


@pytest.mark.parametrize("importer", [_in_thread, _in_process], ids=["same process", "another process"])
def test_every_turn_succeeds_from_the_current_plan_while_the_plan_is_reimported(
    demo_services: Services, tmp_path: Path, importer: Callable[[Services, list[Path], list[Import]], None]
) -> None:
    """ASVS V11.1.6: questions in flight during five re-imports all answer, each from a plan current meanwhile;
    afterwards only the last version's passages are stored."""
    paths = _variants(tmp_path)
    imports: list[Import] = []
    importing = threading.Thread(target=importer, args=(demo_services, paths, imports))
    importing.start()
    turns: list[Turn] = []
    try:
        while importing.is_alive() or len(turns) < QUESTIONS:  # until the imports are over, at least QUESTIONS
            turns.append(_ask(demo_services))
    finally:
        importing.join()
    assert [i.chart for i in imports] == list(range(1, IMPORTS + 1)), "every import ran"
    assert len(turns) >= QUESTIONS
    failed = [t.result.reasons for t in turns if "retrieval_error" in t.result.reasons]
    assert not failed, f"{len(failed)} of {len(turns)} turns failed to retrieve"
    for turn in turns:
        assert turn.result.decision == "answered", turn.result.reasons
        assert _chart(turn) in _current_during(turn, imports)
    assert _chart(_ask(demo_services)) == IMPORTS  # a turn after the last import answers from the last plan
    _, version = demo_services.store.versioned_plan("demo-p2")
    stored = demo_services.vectors.versions(CAREPLAN, {"consumer_id": "demo-p2"})
    assert stored and {v for _, v in stored} == {version}, "the replaced versions' passages are gone"
