"""FHIR import: real Synthea bundles, our invented bundles, and bad files that fail cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from guide.careplan.fhir_import import load_bundle
from guide.careplan.model import Section
from guide.cli import app
from guide.demo import demo_bundles
from guide.errors import CarePlanImportError
from tests.conftest import requires_synthea, synthea_bundles

runner = CliRunner()


@requires_synthea()
@pytest.mark.parametrize("path", synthea_bundles(), ids=lambda p: p.name)
def test_every_shared_synthea_bundle_maps_to_a_care_plan(path: Path) -> None:
    raw = json.loads(path.read_text())
    patient = next(e["resource"] for e in raw["entry"] if e["resource"]["resourceType"] == "Patient")
    plan = load_bundle(path)
    assert plan.consumer.id == patient["id"]
    assert plan.consumer.name.family == patient["name"][0]["family"]
    assert plan.conditions, "Synthea patients have active conditions"
    assert all(c.text and "(disorder)" not in c.text for c in plan.conditions)
    assert plan.medications or plan.activities


@requires_synthea()
def test_resolved_synthea_conditions_are_left_out() -> None:
    path = next(p for p in synthea_bundles() if p.name.startswith("01_"))
    texts = {c.text for c in load_bundle(path).conditions}
    assert "Hypertension" in texts
    assert not any("Viral sinusitis" in t for t in texts)  # resolved in the bundle


@requires_synthea()
def test_depression_bundle_puts_psychiatric_items_in_behavioral_health() -> None:
    path = next(p for p in synthea_bundles() if p.name.startswith("08_"))
    plan = load_bundle(path)
    assert any(c.behavioral for c in plan.conditions)
    assert any(m.behavioral for m in plan.medications)  # fluoxetine
    for activity in plan.activities:
        psychiatric = activity.plan in {"Mental health care plan", "Psychiatry care plan"}
        assert (activity.section == Section.BEHAVIORAL_HEALTH) is psychiatric, activity.text


@pytest.mark.parametrize("path", demo_bundles(), ids=lambda p: p.name)
def test_invented_bundles_keep_fhir_ids_and_designees_with_scopes(path: Path) -> None:
    raw = json.loads(path.read_text())
    related = {e["resource"]["id"] for e in raw["entry"] if e["resource"]["resourceType"] == "RelatedPerson"}
    plan = load_bundle(path)
    assert {d.id for d in plan.designees} == related
    assert plan.call_if and plan.care_team and plan.modalities
    for designee in plan.designees:
        consent = next(e["resource"] for e in raw["entry"] if e["resource"]["resourceType"] == "Consent")
        granted = next(
            {c["code"] for c in p["code"][0]["coding"]}
            for p in consent["provision"]["provision"]
            if p["actor"][0]["reference"]["reference"].endswith(designee.id)
        )
        assert {s.value for s in designee.scopes} == granted


def test_a_designee_without_consent_sees_everything_but_behavioral_health(tmp_path: Path) -> None:
    raw = json.loads(demo_bundles()[0].read_text())
    raw["entry"] = [e for e in raw["entry"] if e["resource"]["resourceType"] != "Consent"]
    path = tmp_path / "no_consent.json"
    path.write_text(json.dumps(raw))
    for designee in load_bundle(path).designees:
        assert Section.BEHAVIORAL_HEALTH not in designee.scopes
        assert Section.MEDICATIONS in designee.scopes


def _bad_bundle(tmp_path: Path, mutate) -> Path:  # type: ignore[no-untyped-def]
    raw = json.loads(demo_bundles()[0].read_text())
    mutate(raw)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(raw) if not isinstance(raw, str) else raw)
    return path


def _patient(raw: dict) -> dict:  # type: ignore[type-arg]
    return next(e["resource"] for e in raw["entry"] if e["resource"]["resourceType"] == "Patient")


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda raw: _patient(raw).update(birthDate="02/03/1947"), ["Patient/demo-p1", "birthDate"]),
        (lambda raw: _patient(raw).update(gender=42), ["Patient/demo-p1", "gender"]),
        (
            lambda raw: raw["entry"].append({"resource": {"resourceType": "Patient", "id": "two"}}),
            ["exactly one Patient"],
        ),
        (lambda raw: raw.update(resourceType="Patient"), ["expected a FHIR Bundle"]),
        (
            lambda raw: raw["entry"].__setitem__(
                1, {"resource": {"resourceType": "Condition", "id": "c", "subject": {"reference": "x"}, "code": "oops"}}
            ),
            ["Condition/c", "code"],
        ),
    ],
    ids=["bad-birth-date", "bad-gender", "two-patients", "not-a-bundle", "bad-condition-code"],
)
def test_a_bad_bundle_fails_with_one_line_naming_resource_and_field(tmp_path: Path, mutate, expected) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CarePlanImportError) as error:
        load_bundle(_bad_bundle(tmp_path, mutate))
    message = str(error.value)
    assert "\n" not in message
    for part in expected:
        assert part in message


def test_a_file_that_is_not_json_fails_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{ not json")
    with pytest.raises(CarePlanImportError, match="broken.json: not valid JSON"):
        load_bundle(path)


def test_cli_import_of_a_malformed_bundle_exits_2_and_writes_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GUIDE_DATA_DIR", str(tmp_path / "data"))
    bad = _bad_bundle(tmp_path, lambda raw: _patient(raw).update(birthDate="yesterday"))
    good = demo_bundles()[1]
    result = runner.invoke(app, ["careplan", "import", str(good), str(bad)])
    assert result.exit_code == 2
    assert "birthDate" in result.output
    assert not (tmp_path / "data" / "guide.db").exists() or _consumer_count(tmp_path / "data") == 0


def _consumer_count(data_dir: Path) -> int:
    import sqlite3

    with sqlite3.connect(data_dir / "guide.db") as conn:
        try:
            return conn.execute("select count(*) from consumers").fetchone()[0]
        except sqlite3.OperationalError:
            return 0
