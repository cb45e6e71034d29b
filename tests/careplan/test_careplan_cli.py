"""`guide careplan import` says what was left out and who has died; `guide careplan show` shows what the plan became."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from guide.cli import app

runner = CliRunner()
SCOPE = "https://hometeamguide.example/fhir/consent-scope"


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _condition(cid: str, text: str, subject: str = "urn:uuid:cli-p1", **extra: Any) -> dict[str, Any]:
    return {"resourceType": "Condition", "id": cid, "subject": {"reference": subject}, "code": {"text": text}, **extra}


BUNDLE = {
    "resourceType": "Bundle",
    "type": "transaction",
    "entry": [
        _entry(
            {
                "resourceType": "Patient",
                "id": "cli-p1",
                "name": [{"family": "Abara", "given": ["Chidi"]}],
                "deceasedDateTime": "2024-02-03T08:30:00Z",
            }
        ),
        _entry(_condition("cli-htn", "Hypertension")),
        _entry(_condition("cli-chf", "Heart failure", verificationStatus={"coding": [{"code": "provisional"}]})),
        _entry(_condition("cli-mdd", "Major depression disorder")),
        _entry(_condition("cli-dm", "Diabetes", verificationStatus={"coding": [{"code": "entered-in-error"}]})),
        _entry(_condition("cli-epi", "Epilepsy", subject="Patient/someone-else")),
        _entry(
            {
                "resourceType": "MedicationRequest",
                "id": "cli-lis",
                "status": "active",
                "intent": "order",
                "subject": {"reference": "urn:uuid:cli-p1"},
                "medicationCodeableConcept": {"text": "Lisinopril 10 MG"},
            }
        ),
        _entry(
            {
                "resourceType": "Organization",
                "id": "cli-org",
                "name": "Riverside Clinic",
                "telecom": [{"system": "phone", "value": "508-555-0100"}],
            }
        ),
        _entry(
            {
                "resourceType": "RelatedPerson",
                "id": "cli-rp1",
                "patient": {"reference": "urn:uuid:cli-p1"},
                "relationship": [{"text": "son"}],
                "name": [{"family": "Abara", "given": ["Obi"]}],
            }
        ),
        _entry(
            {
                "resourceType": "Consent",
                "id": "cli-consent",
                "status": "active",
                "scope": {"coding": [{"code": "patient-privacy"}]},
                "category": [{"coding": [{"code": "59284-0"}]}],
                "patient": {"reference": "urn:uuid:cli-p1"},
                "provision": {
                    "type": "permit",
                    "actor": [{"role": {"text": "designee"}, "reference": {"reference": "urn:uuid:cli-rp1"}}],
                    "code": [{"coding": [{"system": SCOPE, "code": "medications"}]}],
                },
            }
        ),
    ],
}


@pytest.fixture
def imported(demo_services, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The bundle above imported through the command line into a private copy of the demo data."""
    monkeypatch.setenv("GUIDE_DATA_DIR", str(demo_services.settings.data_dir))
    path = tmp_path / "cli_p1.json"
    path.write_text(json.dumps(BUNDLE))
    return runner.invoke(app, ["careplan", "import", str(path)])


def test_the_import_summary_names_the_death_and_what_was_left_out(imported) -> None:  # type: ignore[no-untyped-def]
    assert imported.exit_code == 0, imported.output
    lines = imported.stdout.splitlines()
    assert lines[0].startswith("imported cli_p1.json: consumer cli-p1, ")
    assert "  deceased: the record says this person has died (2024-02-03)" in lines
    # another person's condition is named by type and id only: its text is not this consumer's to print
    assert "  left out (1), not this patient's (subject/patient is another Patient): Condition/cli-epi" in lines
    assert "  left out (1), entered in error: Condition/cli-dm (Diabetes)" in lines


def test_show_as_the_consumer_has_every_section_and_the_death_date(imported) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["careplan", "show", "cli-p1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["deceased"] == "2024-02-03"
    assert data["reader"] == "consumer:cli-p1"
    assert list(data["sections"]) == ["conditions", "medications", "care_team", "behavioral_health"]
    conditions = [item["text"] for item in data["sections"]["conditions"]]
    assert conditions == [
        "The care plan lists this condition: Hypertension.",
        "The care plan lists this condition as provisional, not confirmed: Heart failure.",
    ]
    assert "508-555-0100" in data["sections"]["care_team"][0]["text"]
    assert "Major depression disorder" in data["sections"]["behavioral_health"][0]["text"]
    assert not any("Epilepsy" in item["text"] or "Diabetes" in item["text"] for item in _items(data))


def test_show_as_a_designee_has_only_what_their_consent_grants(imported) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["careplan", "show", "cli-p1", "--as", "cli-rp1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data["sections"]) == ["medications", "care_team"]  # call_if and care_team are always shared
    assert data["deceased"] == "2024-02-03"
    text = runner.invoke(app, ["careplan", "show", "cli-p1", "--as", "cli-rp1"]).stdout
    assert "deceased: 2024-02-03" in text
    assert "[medications] 1" in text and "Lisinopril 10 MG" in text
    assert "depression" not in text.lower() and "Hypertension" not in text


def test_show_for_a_consumer_who_has_not_died_says_null(imported) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["careplan", "show", "demo-p1", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["deceased"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [(["nobody"], "no such consumer"), (["cli-p1", "--as", "demo-p1-rp1"], "not a designee")],
)
def test_show_of_an_unknown_consumer_or_designee_exits_2(imported, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["careplan", "show", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_import_of_an_unknown_resource_type_exits_2_with_one_line(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GUIDE_DATA_DIR", str(tmp_path / "data"))
    bundle = {**BUNDLE, "entry": [*BUNDLE["entry"], _entry({"resourceType": "Frobnicator", "id": "f-1"})]}  # type: ignore[list-item]
    path = tmp_path / "unknown.json"
    path.write_text(json.dumps(bundle))
    result = runner.invoke(app, ["careplan", "import", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: unknown.json: Frobnicator/f-1 (entry 10) field resourceType: "
        "'Frobnicator' is not a FHIR R4 resource type"
    ]


def _items(data: dict[str, Any]) -> list[dict[str, str]]:
    return [item for items in data["sections"].values() for item in items]


def test_reimporting_an_unchanged_bundle_never_loads_the_embedding_model(demo_services) -> None:  # type: ignore[no-untyped-def]
    from guide.demo import demo_bundles
    from tests.test_cli import _modules_loaded_by

    bundle = str(demo_bundles()[0])
    code, loaded = _modules_loaded_by(["careplan", "import", bundle], str(demo_services.settings.data_dir))
    assert code == 0
    # redaction's spaCy pipeline brings torch and transformers; the embedding model's own libraries stay out
    assert not {"sentence_transformers", "onnxruntime"} & set(loaded), loaded
