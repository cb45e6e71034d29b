"""The holding reply: why the question waits, what the plan says meanwhile, each said once."""

from __future__ import annotations

from guide.careplan.passages import Passage
from guide.turn.contracts import Findings, Hit, Retrieved, from_codes
from guide.turn.replies import holding_reply

RULE = "Call the care team if a foot sore, blister or redness does not start healing in two days."


def _retrieved(rule: str) -> Retrieved:
    passage = Passage(id="cp:p1:call_if:n1", kind="careplan", section="call_if", title="Call the care team", text=rule)
    return Retrieved(careplan=[], knowledge=[], call_if=[Hit(passage, 0.6)])


def test_a_rule_the_reply_already_quotes_is_not_quoted_again_as_the_meanwhile_line() -> None:
    reply = holding_reply(
        reasons=from_codes(["plan_rule:p1-plan-n1"]),
        findings=Findings(),
        retrieved=_retrieved(RULE),
        hidden_medicines=set(),
        plan_rules=[RULE],
    )
    assert reply.count("does not start healing in two days") == 1
    assert reply.endswith("Meanwhile, if things get worse or you think it is an emergency, call 911.")


def test_the_meanwhile_line_quotes_the_closest_rule_when_no_rule_was_met() -> None:
    reply = holding_reply(
        reasons=from_codes(["intent:new_or_worse_symptom"]),
        findings=Findings(),
        retrieved=_retrieved(RULE),
        hidden_medicines=set(),
    )
    assert f"Meanwhile, your care plan says: {RULE}" in reply


def test_a_medicine_change_the_classifier_read_says_why_it_waits_as_the_scope_rule_would() -> None:
    reply = holding_reply(
        reasons=from_codes(["intent:needs_clinician", "intent:medicine_change"]),
        findings=Findings(),
        retrieved=None,
        hidden_medicines=set(),
    )
    assert "Changes to a medicine or its dose need the care team's advice" in reply
    said_by_rule = holding_reply(
        reasons=from_codes(["intent:medicine_change", "scope:medication_change"]),
        findings=Findings(scope=["medication_change"]),
        retrieved=None,
        hidden_medicines=set(),
    )
    assert said_by_rule.count("Changes to a medicine") == 1


def test_with_a_medical_team_there_the_reply_defers_to_it_and_says_no_meanwhile_line() -> None:
    reply = holding_reply(
        reasons=from_codes(["red_flag:chest-pain", "help_present", "intent:needs_clinician"]),
        findings=Findings(),
        retrieved=_retrieved(RULE),
        hidden_medicines=set(),
    )
    assert "follow that team's advice first" in reply
    assert "Meanwhile" not in reply and "call 911" not in reply


def test_a_possible_emergency_leads_with_what_to_do_if_it_is_happening_now() -> None:
    from guide.turn.replies import GENERIC_EMERGENCY

    reply = holding_reply(
        reasons=from_codes(["possible_emergency:emergency_report", "intent:needs_clinician"]),
        findings=Findings(),
        retrieved=_retrieved(RULE),
        hidden_medicines=set(),
    )
    assert reply.startswith(GENERIC_EMERGENCY)
    assert "1-800-222-1222" in reply and "988" in reply
    # help already at the person's side: no instruction to call
    reply = holding_reply(
        reasons=from_codes(["possible_emergency:emergency_report", "help_present"]),
        findings=Findings(),
        retrieved=_retrieved(RULE),
        hidden_medicines=set(),
    )
    assert "call 911" not in reply.lower()
    # no such reading: the usual first line
    reply = holding_reply(
        reasons=from_codes(["intent:needs_clinician"]), findings=Findings(), retrieved=None, hidden_medicines=set()
    )
    assert reply.startswith("Thank you for asking.")


def test_a_possible_emergency_in_another_language_leads_with_the_instruction_in_english_and_spanish() -> None:
    from guide.turn.replies import GENERIC_EMERGENCY, GENERIC_EMERGENCY_ES, other_language_reply

    reply = other_language_reply("pl", possible_emergency=True)
    assert reply.startswith(f"{GENERIC_EMERGENCY}\n\n{GENERIC_EMERGENCY_ES}\n\n")  # paragraphs on a phone
    assert "care team" in reply and "equipo de cuidado" in reply
    assert reply.count("911") == 2  # once in each language, not again in the holding lines
    assert other_language_reply("es", possible_emergency=True).startswith(GENERIC_EMERGENCY_ES)
    assert "988" not in other_language_reply("pl") and "911" in other_language_reply("pl")
