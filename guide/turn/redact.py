"""The redact stage: a consumer's own identifiers and anything Presidio finds become placeholders.

Redaction fails closed: any error becomes `RedactionFailedError`, and callers send and store
nothing. Placeholders are restored only for a reader allowed to see the consumer's plan.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

from guide.careplan.model import CarePlan, Name
from guide.careplan.passages import Passage
from guide.errors import RedactionFailedError
from redaction import KnownIdentifier, PseudonymVault, Redacted, Redactor

log = logging.getLogger(__name__)
_TRAILING_DIGITS = re.compile(r"\d+$")
_TITLE = re.compile(r"^(Dr\.?|Doctor|Nurse|NP|PA)\s+")  # before a care-team member's name
_TERM_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{3,}")


def _name_values(name: Name) -> list[str]:
    """The full name and, for Synthea-style names with digits appended, the plain form."""
    values = [name.full]
    plain = Name(
        given=[_TRAILING_DIGITS.sub("", g) for g in name.given],
        family=_TRAILING_DIGITS.sub("", name.family or "") or None,
    )
    if plain.full != name.full:
        values.append(plain.full)
    return [v for v in values if v]


def known_identifiers(plan: CarePlan) -> list[KnownIdentifier]:
    """Every direct identifier the plan itself tells us: consumer, designees, care team."""
    known = _consumer_identifiers(plan)
    for d in plan.designees:
        known += [KnownIdentifier("PERSON", v) for v in _name_values(d.name)]
        known += [KnownIdentifier("PHONE_NUMBER", p) for p in d.phones]
        known += [KnownIdentifier("EMAIL_ADDRESS", e) for e in d.emails]
    for member in plan.care_team:
        person = _TITLE.sub("", member.name).strip()
        if person and member.role != "organization":
            known.append(KnownIdentifier("PERSON", person))
        known += [KnownIdentifier("PHONE_NUMBER", p) for p in member.phones]
    return _unique(known)


def _consumer_identifiers(plan: CarePlan) -> list[KnownIdentifier]:
    """The consumer's names, birth date, record identifiers, phones, emails and street address with its city."""
    c = plan.consumer
    known = [KnownIdentifier("PERSON", v) for v in _name_values(c.name)]
    if c.birth_date:
        known.append(KnownIdentifier("DATE_OF_BIRTH", c.birth_date.isoformat()))
    kinds = {"MRN": "MEDICAL_RECORD_NUMBER", "SSN": "US_SSN"}
    known += [KnownIdentifier(kinds.get(i.kind, "ID"), i.value) for i in c.identifiers]
    known += [KnownIdentifier("PHONE_NUMBER", p) for p in c.phones]
    known += [KnownIdentifier("EMAIL_ADDRESS", e) for e in c.emails]
    street = ", ".join([*c.address.lines, *([c.address.city] if c.address.city else [])]) if c.address else ""
    if street:
        known.append(KnownIdentifier("LOCATION", street))
    return known


def plan_terms(plan: CarePlan) -> list[str]:
    """The plan's own coded clinical words (conditions, medicines and what they are prescribed for, allergies): a
    per-call allow-list, so detection never takes 'Hypertriglyceridemia' or 'Lasix 40' for a name (issue 17). A
    medicine's instructions are free text (FHIR `dosage.text`, which may name a person) and are not among them: their
    dose forms and directions ('Metered Dose Inhaler', 'Inhale 2 puffs') are the library's own clinical words."""
    terms = [c.text for c in plan.conditions] + [m.text for m in plan.medications]
    terms += [m.reason for m in plan.medications if m.reason]  # coded: a condition's or a reason code's display text
    terms += [a.substance for a in plan.allergies]
    # and each word of a medicine's or condition's name on its own: a family writes "the HandiHaler", not the
    # plan's whole "tiotropium (Spiriva HandiHaler) once a day"
    words = [w for t in terms for w in _TERM_WORD.findall(t or "")]
    return sorted({t.strip() for t in terms + words if t and t.strip()})


def _unique(items: Iterable[KnownIdentifier]) -> list[KnownIdentifier]:
    seen: dict[tuple[str, str], KnownIdentifier] = {}
    for item in items:
        seen.setdefault((item.type, item.value), item)
    return list(seen.values())


class RedactStage:
    """Redacts questions and passages against one consumer's identifiers."""

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        self.known_only = Redactor(detect=False)  # for coded display text: known identifiers only (issue 15)

    def text(
        self, text: str, *, known: Sequence[KnownIdentifier], vault: PseudonymVault, allow: Sequence[str] = ()
    ) -> Redacted:
        """Redact free text; any failure is RedactionFailedError (fail closed). `allow`: `plan_terms(plan)`."""
        return _fail_closed(self.redactor, text, known, vault, allow)

    def passages(
        self,
        passages: Sequence[Passage],
        *,
        known: Sequence[KnownIdentifier],
        vault: PseudonymVault,
        allow: Sequence[str] = (),
    ) -> list[Passage]:
        """Passages with their title and text redacted; a code's display text is not free text, so only this
        consumer's known identifiers are removed from it. `allow`: `plan_terms(plan)`, the plan's coded words, which
        a medicine's passage with free-text instructions repeats ('How to take Albuterol 0.09 MG/ACTUAT ...')."""
        out = []
        # the coded display text of the same plan ('Condition: Hypertriglyceridemia') is allowed in its free text
        allow = sorted({p.title.partition(": ")[2] or p.title for p in passages if p.coded} | set(allow))
        for p in passages:
            redactor = self.known_only if p.coded else self.redactor
            title = _fail_closed(redactor, p.title, known, vault, allow).text
            body = _fail_closed(redactor, p.text, known, vault, allow).text
            out.append(p.model_copy(update={"title": title, "text": body}))
        return out


def _fail_closed(
    redactor: Redactor,
    text: str,
    known: Sequence[KnownIdentifier],
    vault: PseudonymVault,
    allow: Sequence[str] = (),
) -> Redacted:
    """The redactor's result; any failure is RedactionFailedError, logged by type only (fail closed)."""
    try:
        return redactor.redact(text, known=known, vault=vault, allow=allow)
    except Exception as e:
        log.error("redaction failed (%s); nothing will be sent or stored", type(e).__name__)
        raise RedactionFailedError("redaction failed") from e
