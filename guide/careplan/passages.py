"""Render a care plan into passages: one per medication, instruction, goal, call-if rule, ...

Passages are the unit of retrieval and citation. Their text is raw here; `guide.turn.redact`
redacts it before it is embedded or stored.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from guide.careplan.model import CarePlan, Section


class Passage(BaseModel):
    """One citable piece of a care plan or of the knowledge base."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: str  # "careplan" | "knowledge"
    section: str
    title: str
    text: str
    consumer_id: str | None = None
    article_id: str | None = None
    modality: str | None = None
    coded: bool = False  # made only of coded display text (a condition, medicine, allergy, goal): known identifiers
    # are removed from it, but the free-text detectors do not run ("Hypertriglyceridemia" is not a name)


_MODALITY_LABELS = {"supplement": "supplement", "complementary": "complementary practice", "home_remedy": "home remedy"}


def render(plan: CarePlan) -> list[Passage]:
    """All passages of a plan, de-duplicated by section and text, in a stable order."""
    seen: set[tuple[str, str]] = set()
    out = []
    coded = _coded_items(plan)
    for section, item_id, title, text in _items(plan):
        key = (section.value, text.lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Passage(
                id=f"cp:{plan.consumer.id}:{section.value}:{item_id}",
                kind="careplan",
                section=section.value,
                title=title,
                text=text,
                consumer_id=plan.consumer.id,
                coded=item_id in coded and section in _CODED_SECTIONS,
            )
        )
    return out


# Never coded, whatever the id: people (names, phones), rules and notes written by hand, modalities in use.
_CODED_SECTIONS = frozenset(Section) - {Section.CARE_TEAM, Section.CALL_IF, Section.MODALITIES}


def _coded_items(plan: CarePlan) -> set[str]:
    """Ids of the items whose passage holds only coded display text: conditions, allergies (substance and coded
    reactions), goals, medicines without free-text dosage instructions (FHIR `dosage.text` is free text), and
    activities made of a code under a coded plan category."""
    ids = {c.id for c in plan.conditions} | {g.id for g in plan.goals}
    ids |= {a.id for a in plan.allergies}
    ids |= {m.id for m in plan.medications if not m.instructions}
    ids |= {a.id for a in plan.activities if a.coded}
    return ids


def _items(plan: CarePlan) -> Iterator[tuple[Section, str, str, str]]:
    yield from _clinical_items(plan)
    yield from _plan_items(plan)
    yield from _people_items(plan)


def _clinical_items(plan: CarePlan) -> Iterator[tuple[Section, str, str, str]]:
    for c in plan.conditions:
        if c.verification:  # the reader must not take a suspected diagnosis for a confirmed one
            title = f"Condition ({c.verification}, not confirmed): {c.text}"
            text = f"The care plan lists this condition as {c.verification}, not confirmed: {c.text}."
        else:
            title, text = f"Condition: {c.text}", f"The care plan lists this condition: {c.text}."
        yield plan.section_of(c), c.id, title, text
    for m in plan.medications:
        parts = [f"The care plan lists this medicine: {m.text}."]
        if m.instructions:
            parts.append(f"How to take {m.text}: {m.instructions.rstrip('.')}.")
        if m.reason:
            parts.append(f"{m.text} is prescribed for {m.reason}.")
        yield plan.section_of(m), m.id, f"Medicine: {m.text}", " ".join(parts)
    for a in plan.allergies:
        text = f"The care plan lists an allergy to {a.substance}."
        if a.reaction:
            text += f" Reaction to {a.substance}: {a.reaction}."
        if a.criticality == "high":
            text += f" The allergy to {a.substance} is marked high risk."
        yield plan.section_of(a), a.id, f"Allergy: {a.substance}", text


def _plan_items(plan: CarePlan) -> Iterator[tuple[Section, str, str, str]]:
    for g in plan.goals:
        yield (
            plan.section_of(g),
            g.id,
            "Care plan goal",
            (f"A goal of the care plan: {g.text.rstrip('.')}."),
        )
    for act in plan.activities:
        label = f" ({act.plan})" if act.plan else ""
        text = f"Care plan instruction{label}: {act.text.rstrip('.')}."
        yield plan.section_of(act), act.id, f"Instruction{label}", text
    for rule in plan.call_if:
        title = "When to call 911" if rule.urgency == "emergency" else "When to call the care team"
        yield plan.section_of(rule), rule.id, title, rule.text.rstrip(".") + "."
    for index, note in enumerate(plan.notes):
        yield Section.INSTRUCTIONS, f"note{index}", "Care plan note", note.rstrip(".") + "."
    prefs = plan.consumer.preferences
    if prefs.language or prefs.culture_notes:
        bits = [f"Preferred language: {prefs.language}." if prefs.language else ""]
        bits += [n.rstrip(".") + "." for n in prefs.culture_notes]
        yield Section.INSTRUCTIONS, "preferences", "Preferences", " ".join(b for b in bits if b)


def _people_items(plan: CarePlan) -> Iterator[tuple[Section, str, str, str]]:
    for member in plan.care_team:
        role = f" ({member.role})" if member.role else ""
        phone = f" Phone: {', '.join(member.phones)}." if member.phones else ""
        yield plan.section_of(member), member.id, "Care team", f"Care team member: {member.name}{role}.{phone}"
    for mod in plan.modalities:
        notes = f" Notes: {mod.notes.rstrip('.')}." if mod.notes else ""
        kind = _MODALITY_LABELS.get(mod.kind, "practice")
        yield (
            plan.section_of(mod),
            mod.id,
            f"In use: {mod.name}",
            (f"The care plan records this {kind} in use: {mod.name}.{notes}"),
        )
