"""`guide eval export-reviews` over a real SQLite database filled through guide.db."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evals.cli import app
from evals.reviews import expected_decision
from evals.suites import Suite, load_suite
from guide.careplan.fhir_import import load_bundle
from guide.demo import demo_bundles
from guide.settings import Settings
from guide.store.db.models import ConsumerRow, ConversationRow, MessageRow, ReviewItemRow
from guide.store.db.session import Database

RAW = ["Rosa", "Delgado", "Elena", "Martinez", "617", "555-0190"]


@pytest.mark.parametrize(
    ("action", "system", "expected"),
    [
        ("approve", "needs_review", "needs_review"),
        ("approve", "emergency", "emergency"),
        ("approve", "answered", "answered"),
        ("edit", "needs_review", "needs_review"),
        ("replace", "answered", "needs_review"),
        ("replace", "emergency", "emergency"),  # an edited emergency message is still an emergency
    ],
)
def test_the_expected_decision_is_the_systems_only_when_the_draft_was_approved_unchanged(
    action: str, system: str, expected: str
) -> None:
    assert expected_decision(action, system) == expected


def _fill(data_dir: Path) -> None:
    db = Database(Settings(data_dir=data_dir))
    db.migrate()
    plan = load_bundle(next(p for p in demo_bundles() if p.name == "demo_p1.json"))
    items = [  # (designee, raw question, redacted question, system decision, status, action, final answer)
        ("demo-p1-rp1", "can Rosa take her cinnamon with metformin?", "can <PERSON_1> take her cinnamon with metformin?",
         "needs_review", "resolved", "approve", "Please ask <PERSON_2> before adding cinnamon."),
        (None, "should I cut my glipizide in half?", "should I cut my glipizide in half?",
         "needs_review", "resolved", "edit", "Rosa Delgado, please call Dr. Raman at (617) 555-0190 first."),
        ("demo-p1-rp2", "Rosa Delgado is confused and sweaty, sugar 48", "",
         "emergency", "resolved", "replace", "Call 911 now and give juice if she can swallow."),
        ("demo-p1-rp1", "is walking ok?", "is walking ok?", "needs_review", "resolved", "called", "We called."),
        ("demo-p1-rp1", "what about ginkgo?", "what about ginkgo?", "needs_review", "open", None, ""),
    ]  # fmt: skip
    with db.session() as s:
        s.add(ConsumerRow(id="demo-p1", plan=json.loads(plan.model_dump_json()), vault={}))
        for n, (designee, raw, redacted, decision, status, action, final) in enumerate(items):
            owner = f"designee:{designee}" if designee else "consumer:demo-p1"
            conversation = ConversationRow(consumer_id="demo-p1", designee_id=designee, owner=owner, vault={})
            s.add(conversation)
            s.flush()
            s.add(MessageRow(conversation_id=conversation.id, seq=0, role="user", content=raw, redacted=redacted))
            reply = MessageRow(conversation_id=conversation.id, seq=1, role="assistant", content="holding reply",
                               redacted="holding reply", decision=decision, reasons=["scope:medication_change"])  # fmt: skip
            s.add(reply)
            s.flush()
            s.add(
                ReviewItemRow(
                    id=f"item{n:02d}" + "0" * 20,
                    conversation_id=conversation.id,
                    message_id=reply.id,
                    consumer_id="demo-p1",
                    urgency="urgent" if decision == "emergency" else "routine",
                    status=status,
                    reasons=["scope:medication_change"],
                    action=action,
                    final_answer=final,
                    resolved_at=datetime(2026, 11, 1, 9, n, tzinfo=UTC) if status == "resolved" else None,
                )
            )


def test_resolved_approvals_edits_and_replacements_become_redacted_cases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(tmp_path / "data")
    monkeypatch.setenv("GUIDE_REDACTION_DETECT", "false")  # known identifiers only: no spaCy in this test
    out = tmp_path / "reviews.yaml"
    result = CliRunner().invoke(app, ["export-reviews", "--out", str(out), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert "wrote 3 cases" in result.output

    text = out.read_text()
    for raw in RAW:
        assert raw not in text, raw
    suite = load_suite(out)
    assert isinstance(suite, Suite)
    cases = {c.id: c for c in suite.cases}
    approve, edit, replace = cases["review-item00000000"], cases["review-item01000000"], cases["review-item02000000"]
    assert approve.turns[0].question == "can <PERSON_1> take her cinnamon with metformin?"
    assert (approve.asker, approve.turns[0].expect.decision) == ("demo-p1-rp1", "needs_review")
    assert approve.reference == "Please ask <PERSON_2> before adding cinnamon."
    assert "action:approve" in approve.tags and "clinician-review" in approve.tags
    assert (edit.asker, edit.turns[0].expect.decision) == ("consumer", "needs_review")
    assert edit.reference is not None and "<PERSON_" in edit.reference and "<PHONE_NUMBER" in edit.reference
    # the emergency turn stored no redacted question: it is redacted now, never copied raw
    assert replace.turns[0].question.startswith("<PERSON_") and "sugar 48" in replace.turns[0].question
    assert (replace.asker, replace.turns[0].expect.decision) == ("demo-p1-rp2", "emergency")
