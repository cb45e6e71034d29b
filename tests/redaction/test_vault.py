"""The vault gives consistent, restorable, persistable placeholders."""

from __future__ import annotations

import json

import pytest

from redaction import KnownIdentifier, PseudonymVault, Redactor


def test_the_same_person_keeps_one_placeholder_across_turns(
    care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor
) -> None:
    vault = PseudonymVault()
    first = fast_redactor.redact("Maria Lopez fell.", known=care_plan, vault=vault)
    second = fast_redactor.redact("Is Mrs. Lopez ok? Ana asked.", known=care_plan, vault=vault)
    assert first.text == "<PERSON_1> fell."
    assert second.text == "Is Mrs. <PERSON_1> ok? <PERSON_2> asked."


def test_known_identifiers_are_remembered_by_the_vault(
    care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor
) -> None:
    vault = PseudonymVault()
    fast_redactor.redact("hello", known=care_plan, vault=vault)
    later = fast_redactor.redact("Call Maria at 617 555 0142", vault=vault)
    assert later.text == "Call <PERSON_1> at <PHONE_NUMBER_1>"


def test_restore_gives_back_the_canonical_value(
    care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor
) -> None:
    vault = PseudonymVault()
    redacted = fast_redactor.redact("Mrs. Lopez, DOB 3/2/48", known=care_plan, vault=vault)
    assert vault.restore(redacted.text) == "Mrs. Maria Lopez, DOB 1948-03-02"
    assert vault.restore("<PERSON_99> stays") == "<PERSON_99> stays"


def test_a_vault_survives_a_json_round_trip(care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor) -> None:
    vault = PseudonymVault()
    fast_redactor.redact("Maria and Ana at 617-555-0142", known=care_plan, vault=vault)
    copy = PseudonymVault.from_dict(json.loads(json.dumps(vault.to_dict())))
    assert copy.placeholders == vault.placeholders
    assert copy.known == vault.known
    nxt = fast_redactor.redact("Ana called Will Turner", vault=copy)
    assert nxt.text == "<PERSON_2> called <PERSON_3>"


def test_placeholders_are_numbered_per_type() -> None:
    vault = PseudonymVault()
    assert vault.placeholder("PERSON", "a", "A") == "<PERSON_1>"
    assert vault.placeholder("PHONE_NUMBER", "1", "1") == "<PHONE_NUMBER_1>"
    assert vault.placeholder("PERSON", "b", "B") == "<PERSON_2>"
    assert vault.placeholder("PERSON", "a", "A") == "<PERSON_1>"


def test_an_unknown_vault_format_is_refused() -> None:
    with pytest.raises(ValueError, match="version"):
        PseudonymVault.from_dict({"version": 99})


def test_without_a_vault_each_call_numbers_from_one(fast_redactor: Redactor) -> None:
    known = [KnownIdentifier("PERSON", "Tom Ode")]
    assert fast_redactor.redact("Tom", known=known).text == "<PERSON_1>"
    assert fast_redactor.redact("Tom", known=known).text == "<PERSON_1>"


@pytest.mark.parametrize(
    ("later", "expected"),
    [("okafor", "<PERSON_1>"), ("chidi", "<PERSON_1>"), ("lopez", "<PERSON_2>"), ("grace", None)],
)
def test_part_of_one_earlier_name_reuses_its_placeholder(later: str, expected: str | None) -> None:
    vault = PseudonymVault()
    vault.placeholder("PERSON", "chidi okafor", "Chidi Okafor")
    vault.placeholder("PERSON", "ana lopez", "Ana Lopez")
    vault.placeholder("PERSON", "grace kim", "Grace Kim")
    vault.placeholder("PERSON", "grace lee", "Grace Lee")
    got = vault.placeholder("PERSON", later, later)
    if expected is None:
        assert got == "<PERSON_5>"  # ambiguous between two Graces: a new identity
    else:
        assert got == expected


def test_a_copy_taken_in_adds_its_new_names_and_says_which_placeholders_moved() -> None:
    from redaction.vault import renumber

    stored = PseudonymVault()
    stored.placeholder("PERSON", "ann lee", "Ann Lee")  # written by another turn meanwhile: <PERSON_1>
    copy = PseudonymVault()
    copy.placeholder("PERSON", "bob ray", "Bob Ray")  # <PERSON_1> in the copy
    copy.placeholder("PERSON", "ann lee", "Ann Lee")  # <PERSON_2> in the copy, <PERSON_1> in the vault
    renames = stored.absorb(copy)
    assert renames == {"<PERSON_1>": "<PERSON_2>", "<PERSON_2>": "<PERSON_1>"}
    assert renumber("<PERSON_1> called <PERSON_2>", renames) == "<PERSON_2> called <PERSON_1>"  # at once, no chain
    assert stored.restore("<PERSON_1> and <PERSON_2>") == "Ann Lee and Bob Ray"
    assert stored.absorb(copy) == {
        "<PERSON_1>": "<PERSON_2>",
        "<PERSON_2>": "<PERSON_1>",
    }  # taking it again adds nothing
    assert len(stored) == 2
