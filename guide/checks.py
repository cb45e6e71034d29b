"""The check stage: what the question mentions, against this consumer's medicines and conditions.

Finds every interaction agent and hazardous substance the question names, resolves the plan's
medicines to drug classes, and applies the scope rules (medicine changes, diagnosis, asking for
the care team).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from guide.careplan.model import CarePlan
from guide.kb.models import Hazard, Interaction, InteractionTable
from guide.text import normalise

_MED_WORDS = (
    r"(dose|doses|dosage|medicine|medicines|medication|medications|meds|pill|pills|tablet|tablets|"
    r"prescription|insulin|inhaler|patch)"
)
SCOPE_RULES: dict[str, re.Pattern[str]] = {
    "medication_change": re.compile(
        rf"\b(stop|stopping|quit|skip|skipping|double|doubling|halve|cut|increase|decrease|lower|raise|"
        rf"change|switch|reduce|come off|go off|wean)\b[^.?!]{{0,40}}\b{_MED_WORDS}\b"
        rf"|\b{_MED_WORDS}\b[^.?!]{{0,25}}\b(stop|skip|double|increase|decrease|lower|change|reduce)\b"
        rf"|\b(missed|forgot)\b[^.?!]{{0,30}}\b{_MED_WORDS}\b[^.?!]{{0,30}}\b(double|extra|two|twice)\b"
        rf"|\b(take|give|try)\b[^.?!]{{0,15}}\b(extra|more|less|another|an extra|twice the)\b"
        rf"[^.?!]{{0,20}}\b{_MED_WORDS}\b"
    ),
    "someone_elses_prescription": re.compile(
        r"\b(someone else'?s|somebody else'?s|(my|his|her|their) (husband|wife|sister|brother|"
        r"neighbou?r|friend|son|daughter|mother|father|mom|dad)'?s?)\b[^.?!]{0,25}\b(pills?|"
        r"medicines?|medications?|prescriptions?|meds|inhaler|insulin)\b"
        r"|\b(borrow|share|sharing|use)\b[^.?!]{0,25}\b(prescription|pills|meds|medicine)\b"
    ),
    "diagnosis": re.compile(
        r"\b(diagnos\w*|does (she|he|mom|dad|my \w+) have|do (i|you think (she|he|i)) have|"
        r"is (this|it|that) (cancer|a stroke|dementia|diabetes|an infection|serious)|"
        r"what (disease|condition|illness) (is|does)|what'?s wrong with)\b"
    ),
    "asks_for_care_team": re.compile(
        r"\b(talk|speak|message|ask|reach|contact|call)\b[^.?!]{0,20}\b(doctor|nurse|care team|"
        r"clinician|physician|dr\.?|someone from the team|a human|a person)\b"
    ),
}


@dataclass
class InteractionFinding:
    """An agent the question mentions that interacts with this consumer's medicine or condition."""

    interaction: Interaction
    mentioned_as: str
    matched: list[str]  # plan medicines or conditions it interacts with

    @property
    def reason(self) -> str:
        """Machine-readable reason."""
        return f"interaction:{self.interaction.id}:{self.interaction.severity}"


@dataclass
class Findings:
    """What the check stage found."""

    mentioned: list[str] = field(default_factory=list)
    interactions: list[InteractionFinding] = field(default_factory=list)
    hazards: list[Hazard] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        """Machine-readable reasons for escalation (minor interactions are informational)."""
        out = [f.reason for f in self.interactions if f.interaction.severity in {"major", "moderate"}]
        out += [f"hazard:{h.id}" for h in self.hazards]
        out += [f"scope:{s}" for s in self.scope]
        return out


def _mention_pattern(names: list[str]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(n.replace("'", "")) for n in names if n}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(alternatives) + r")\b")


class Checker:
    """Interaction, hazard and scope checks against one consumer's plan."""

    def __init__(self, table: InteractionTable, hazards: list[Hazard]) -> None:
        self.table = table
        self.hazards = hazards
        self._agents = {n.replace("'", ""): i for i in table.interactions for n in i.names()}
        self._agent_pattern = _mention_pattern(list(self._agents))
        self._substances = {s.replace("'", ""): h for h in hazards for s in h.substances}
        self._hazard_pattern = _mention_pattern(list(self._substances))
        drugs = {d: c for c, cls in table.drug_classes.items() for d in cls.drugs}
        self._drug_classes = drugs
        self.drug_names = frozenset(drugs)
        self._drug_pattern = _mention_pattern(list(drugs))

    def plan_drugs(self, plan: CarePlan) -> dict[str, set[str]]:
        """Each plan medicine's text -> the generic names and classes it resolves to."""
        out: dict[str, set[str]] = {}
        for med in plan.medications:
            text = normalise(med.text).replace("'", "")
            names = set(self._drug_pattern.findall(text))
            out[med.text] = names | {self._drug_classes[n] for n in names}
        return out

    def check(self, question: str, plan: CarePlan) -> Findings:
        """Every mention, interaction, hazard and scope rule the question raises."""
        text = normalise(question).replace("'", "")
        findings = Findings()
        mentions = dict.fromkeys(self._agent_pattern.findall(text))
        findings.mentioned = list(mentions)
        findings.interactions = self._interactions(list(mentions), plan)
        seen_hazards: dict[str, Hazard] = {}
        for substance in self._hazard_pattern.findall(text):
            hazard = self._substances[substance]
            seen_hazards.setdefault(hazard.id, hazard)
            if substance not in findings.mentioned:
                findings.mentioned.append(substance)
        findings.hazards = list(seen_hazards.values())
        findings.scope = [name for name, rule in SCOPE_RULES.items() if rule.search(normalise(question))]
        return findings

    def _interactions(self, mentions: list[str], plan: CarePlan) -> list[InteractionFinding]:
        drugs = self.plan_drugs(plan)
        conditions = [normalise(c.text) for c in plan.conditions]
        out: list[InteractionFinding] = []
        seen: set[str] = set()
        for mention in mentions:
            for candidate in self.table.interactions:
                if candidate.id in seen or mention not in {n.replace("'", "") for n in candidate.names()}:
                    continue
                matched = _matches(candidate, drugs, conditions)
                if matched:
                    seen.add(candidate.id)
                    out.append(InteractionFinding(candidate, mention, matched))
        return out


def _matches(interaction: Interaction, drugs: dict[str, set[str]], conditions: list[str]) -> list[str]:
    targets = set(interaction.drugs) | set(interaction.drug_classes)
    matched = [med for med, names in drugs.items() if names & targets]
    for condition in interaction.conditions:
        matched += [c for c in conditions if condition in c or c in condition]
    return matched
