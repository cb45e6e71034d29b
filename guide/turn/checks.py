"""The check stage: what the question mentions, against this consumer's medicines and conditions.

Finds every interaction agent and hazardous substance the question names, resolves the plan's
medicines to drug classes, and applies the scope rules (medicine changes, diagnosis, asking for
the care team).
"""

from __future__ import annotations

import re
from functools import cached_property

import regex

from guide.careplan.model import CallIf, CarePlan, Medication
from guide.knowledge.models import Hazard, Interaction, InteractionTable, ScopeRuleTable
from guide.language.dosing import OverUse, Use, over_use
from guide.language.plan_rules import reading_applies, triggered
from guide.language.rules import RuleMeaning, last_word, message_clauses
from guide.language.spelling import Speller
from guide.language.text import normalise, whole_word
from guide.turn.contracts import NOT_ON_PLAN, Findings, InteractionFinding
from redaction import compiled
from redaction.lexicon import model_words

GENERIC_MED_WORDS = (
    "dose",
    "doses",
    "dosage",
    "medicine",
    "medicines",
    "medication",
    "medications",
    "meds",
    "pill",
    "pills",
    "tablet",
    "tablets",
    "capsule",
    "capsules",
    "prescription",
    "insulin",
    "inhaler",
    "patch",
    "shot",
    "drops",
    "painkiller",
    "painkillers",
    "muscle relaxer",
    "muscle relaxers",
    "relaxants",
)


# A follow-up asking whether what came before goes with something: "is that safe with his blood thinner?",
# "can he take it together with his pills?" ("is it ok for him to walk more?" is not one).
_REFERS_BACK = re.compile(
    r"\b(that|this|it|those|these|them)\b[^.?!]{0,40}\b(with|together|interact\w*|mix(ed|ing)?|combin\w*)\b"
)


def _interactions_by_name(table: InteractionTable) -> dict[str, list[Interaction]]:
    """Every name an interaction's agent goes by (apostrophes dropped) -> the interactions of that agent."""
    by_name: dict[str, list[Interaction]] = {}
    for interaction in table.interactions:
        for name in interaction.names():
            by_name.setdefault(name.replace("'", ""), []).append(interaction)
    return by_name


def _generics(drugs: dict[str, str], synonyms: dict[str, str]) -> dict[str, str]:
    """Each drug and each synonym whose first word is a drug -> that generic ("tylenol" -> "acetaminophen")."""
    return {d: d for d in drugs} | {
        k.replace("'", ""): v.split()[0] for k, v in synonyms.items() if v.split()[0] in drugs
    }


# a count of kinds before a class word: "her two diabetes pills", "both water pills" (not "two of his water pills")
_KINDS_BEFORE = re.compile(r"\b(?:two|2|three|3|four|4|both|all|several|different|multiple)\s+$")


def _named_drugs(
    table: InteractionTable, drugs: dict[str, str], synonyms: dict[str, str], extra_agents: set[str]
) -> frozenset[str]:
    """Every word that names something taken: the classes' drugs, the names of agents that are swallowed
    (supplements, herbs, drugs, drinks), brands of a known drug, and the extra agents given."""
    ingested = {"supplement", "herb", "drug", "drink"}
    agents = {n.replace("'", "") for i in table.interactions if i.agent_kind in ingested for n in i.names()}
    brands = {k.replace("'", "") for k, v in synonyms.items() if set(v.split()) & set(drugs)}
    return frozenset(set(drugs) | agents | brands | extra_agents)


def _mention_pattern(names: list[str]) -> regex.Pattern[str]:
    """Any of the names as a whole word, compiled by `regex` and kept between processes (`redaction.compiled`): the
    library's drug names make alternations of thousands of words, which `re` compiled again in every process."""
    # longest first, then in alphabetical order: the same source in every process (a set's order is not)
    alternatives = sorted({re.escape(n.replace("'", "")) for n in names if n}, key=lambda n: (-len(n), n))
    return compiled.compile(r"\b(" + "|".join(alternatives) + r")\b")


class Checker:
    """Interaction, hazard and scope checks against one consumer's plan."""

    def __init__(
        self,
        table: InteractionTable,
        hazards: list[Hazard],
        scope_rules: ScopeRuleTable | None = None,
        synonyms: dict[str, str] | None = None,
        extra_agents: set[str] | None = None,
        meaning: RuleMeaning | None = None,
    ) -> None:
        self.table = table
        self.meaning = meaning
        self.hazards = hazards
        self.scope_rules = scope_rules or ScopeRuleTable(rules={}, ask="")
        self._by_name = _interactions_by_name(table)
        self._agent_pattern = _mention_pattern(list(self._by_name))
        plain = [h for h in hazards if not h.with_any]
        self._substances = {s.replace("'", ""): h for h in plain for s in h.substances}
        self._hazard_pattern = _mention_pattern(list(self._substances))
        # a substance dangerous only in a setting (a rub under a heating pad, petroleum jelly with home oxygen):
        # its own pattern, so a longer phrase of another hazard ("vicks in his nose") cannot hide it
        self._in_setting = [
            (h, _mention_pattern(h.substances), _mention_pattern(h.with_any)) for h in hazards if h.with_any
        ]
        drugs = {d: c for c, cls in table.drug_classes.items() for d in cls.drugs}
        self._drug_classes = drugs
        self._named_drugs = _named_drugs(table, drugs, synonyms or {}, extra_agents or set())
        self._med_words = frozenset(GENERIC_MED_WORDS) | self._named_drugs
        # "tylenol" -> "acetaminophen": a brand or lay name that stands for exactly one generic
        self._generic = _generics(drugs, synonyms or {})
        self._drug_pattern = _mention_pattern(list(drugs))
        self._named_pattern = _mention_pattern(list(self._generic))
        self.brands, self.class_words = _related_terms(table, self._generic)
        # "coumadine", "lasics", "tumeric": a misspelled name the checks know, read as that name (spelling.py)
        # (never an English word of the spaCy model's training text, read on first use: redaction.lexicon)
        self.speller = Speller([*self._generic, *self._by_name, *self._substances, *self._named_drugs], model_words)

    def _text(self, text: str) -> str:
        """The text as the checks read it: normalised, apostrophes dropped."""
        return normalise(text).replace("'", "")

    def _spelled(self, text: str) -> str:
        """The text as the emergency readings take it: misspelled names read as meant. Only the doses (a double
        dose or an overdose: Poison Control) and the drug classes (a head injury on a blood thinner) read it: on the
        train and dev splits, reading it in the interaction and scope checks too changed 3 answerable turns to
        review and no other decision ("is naproxin bad for the kidneys long term?"), while the classifier already
        reads those questions, misspelled or not."""
        return self.speller.correct(self._text(text))

    def _hazards_found(
        self, text: str, substances: list[str], previous: str | None, mentioned: list[str]
    ) -> list[Hazard]:
        """The hazards of the substances named (here or, for a follow-up, in the question before) and of those in a
        setting; the substances this message itself names join `mentioned` (what the home team reported)."""
        seen: dict[str, Hazard] = {}
        for substance in substances:
            hazard = self._substances[substance]
            seen.setdefault(hazard.id, hazard)
            if substance not in mentioned and substance in text:  # the home team named it in this turn
                mentioned.append(substance)
        for hazard, said in self._hazards_in_setting(text, previous):
            seen.setdefault(hazard.id, hazard)
            mentioned += [s for s in said if s in text and s not in mentioned]
        return list(seen.values())

    def _plan_rules_met(self, question: str, plan: CarePlan, context: str | None) -> list[str]:
        """Ids of the plan's call-the-care-team rules the message meets by their numbers or words and reports."""
        return [
            r.id
            for r in plan.call_if
            if r.urgency == "care_team" and triggered(r, question, context) and self._reported(r, question, context)
        ]

    def _hazards_in_setting(self, text: str, previous: str | None) -> list[tuple[Hazard, list[str]]]:
        """The hazards of a substance in a setting (a rub under a heating pad, petroleum jelly with home oxygen):
        the message names both, or one while the question before it named the other ("can i put tiger balm on
        her knees" then "and with the hot water bottle?")."""
        before = self._text(previous) if previous else ""
        found = []
        for hazard, substance, setting in self._in_setting:
            said, placed = substance.findall(text), setting.search(text)
            if not (said or placed):
                continue
            if said and (placed or setting.search(before)):
                found.append((hazard, list(dict.fromkeys(said))))
            elif placed and substance.search(before):
                found.append((hazard, []))
        return found

    @property
    def drug_names(self) -> frozenset[str]:
        """The drugs of the knowledge base's classes and the brand and lay names that stand for one ("tylenol",
        "blood thinner")."""
        return frozenset(self._generic)

    def plan_generics(self, plan: CarePlan) -> dict[str, set[str]]:
        """Each plan medicine's text -> the generic names in it ("Warfarin Sodium 5 MG" -> warfarin)."""
        return {m.text: set(self._drug_pattern.findall(normalise(m.text).replace("'", ""))) for m in plan.medications}

    def plan_medicines_named(self, text: str, plan: CarePlan) -> list[str]:
        """The generic names of the plan's medicines a text names, by a generic, brand or lay name ("dans hctz" ->
        hydrochlorothiazide) or by a word for their class ("is he still on the antidepressant" -> duloxetine)."""
        named = {generic for _, generic, _ in self._plan_mentions(self._text(text), plan)}
        in_plan_order = (g for generics in self.plan_generics(plan).values() for g in sorted(generics))
        return list(dict.fromkeys(g for g in in_plan_order if g in named))

    def medicines_not_on_plan(self, text: str, plan: CarePlan) -> list[str]:
        """The generic names of medicines a text names (by a generic or a brand the knowledge base knows, misspelled
        or not) that are none of the plan's medicines, in the text's order ("she took her metoprolol and lisinopril
        twice" with neither on the plan -> metoprolol, lisinopril): for the clinician, who would otherwise have to
        notice it."""
        return list(dict.fromkeys(med.text for _, med in self._other_medicines(self._spelled(text), plan)))

    def classes_named(self, text: str) -> set[str]:
        """The drug classes a text names by a generic or a brand ("his percocet" -> opioid)."""
        names = self._named_pattern.findall(self._spelled(text))
        generics = {self._generic[n] for n in names if n in self._generic}
        return {self._drug_classes[g] for g in generics if g in self._drug_classes}

    def plan_drugs(self, plan: CarePlan) -> dict[str, set[str]]:
        """Each plan medicine's text -> the generic names and the classes they belong to."""
        return {med: names | {self._drug_classes[n] for n in names} for med, names in self.plan_generics(plan).items()}

    def check(self, question: str, plan: CarePlan, context: str | None = None, previous: str | None = None) -> Findings:
        """Every mention, interaction, hazard and scope rule the question raises (`context`: the questions
        before, for the plan's rules on a bare reading; `previous`: the question just before, for what a
        follow-up such as "is that safe with his blood thinner?" refers to)."""
        text = self._text(question)
        findings = Findings()
        mentions = dict.fromkeys(self._agent_pattern.findall(text))
        substances = self._hazard_pattern.findall(text)
        findings.mentioned = list(mentions)
        if previous and not mentions and not substances and _REFERS_BACK.search(text):
            before = self._text(previous)
            mentions = dict.fromkeys(self._agent_pattern.findall(before))
            substances = self._hazard_pattern.findall(before)
        findings.interactions = self._interactions(list(mentions), plan)
        findings.hazards = self._hazards_found(text, substances, previous, findings.mentioned)
        findings.scope = self.scope(text, plan)
        findings.plan_rules = self._plan_rules_met(question, plan, context)
        if self.meaning is not None:
            findings.rules_by_meaning = self.meaning.matches(question, plan.call_if)
        findings.plan_instructions = [a.id for a in plan.activities if reading_applies(a.text, question)]
        findings.over_use = self.over_use(text, plan, previous)
        return findings

    def _plan_mentions(self, text: str, plan: CarePlan, *, units: bool = False) -> list[tuple[int, str, Medication]]:
        """Where the (normalised, apostrophe-free) text names each plan medicine, by a generic, brand or lay name or
        a word for its class: (position, the generic, the plan medicine), in the text's order. With `units` (doses
        read from the text), a class word right after a bare count names kinds, not tablets ("her two diabetes
        pills", "both water pills"; "took 3 of his water pills" counts tablets), and is left out."""
        generics = self.plan_generics(plan)
        by_generic = {g: med for med in plan.medications for g in generics.get(med.text, set())}
        found = [
            (m.start(), generic, by_generic[generic])
            for m in self._named_pattern.finditer(text)
            if (generic := self._generic.get(m.group(1), "")) in by_generic
        ]
        for generic, med in by_generic.items():
            found += [
                (m.start(), generic, med)
                for w in sorted(self.class_words.get(generic, set()))
                for m in whole_word(w).finditer(text)
                if not (units and _KINDS_BEFORE.search(text, max(0, m.start() - 12), m.start()))
            ]
        return sorted(found, key=lambda found_at: found_at[0])

    def over_use(self, text: str, plan: CarePlan, previous: str | None = None) -> list[OverUse]:
        """Plan medicines the message says are taken, or asks to take, more often or more at a time than their
        instructions allow ("can he use the albuterol every two hours"), unless ConText finds the statement denied,
        past or someone else's; a question counts (asking to go past the plan is a medicine change)."""
        text = self._spelled(text)  # as `check` reads it (idempotent), misspelled names read as meant
        before = self._spelled(previous) if previous else ""
        earlier = list({med.id: med for _, _, med in self._plan_mentions(before, plan)}.values()) if before else []
        context = self.meaning.context if self.meaning is not None else None

        def holds(said: list[Use]) -> list[bool]:
            if context is None:
                return [True] * len(said)
            assessed = context.assess(text, [last_word(text, u.start, u.end) for u in said])
            return [not (a.negated or a.historical or a.other_person) for a in assessed]

        named = [(position, med) for position, _, med in self._plan_mentions(text, plan, units=True)]
        named = sorted(named + self._other_medicines(text, plan), key=lambda pair: pair[0])
        return over_use(text, plan.medications, named, earlier, holds)

    def _other_medicines(self, text: str, plan: CarePlan) -> list[tuple[int, Medication]]:
        """Medicines the knowledge base knows that the (spelled) text names and the plan does not list, each as a
        medicine of no instructions (`not-on-plan-<generic>`): a double dose of one is still a double dose (Poison
        Control), and a statement right after its name is about it, not about a plan medicine named in another clause
        ("took her metoprolol twice ... she has her lisinopril too" is no lisinopril taken twice). None has
        instructions, so only a repeat can be read of it, never a plan's limit."""
        on_plan = {g for generics in self.plan_generics(plan).values() for g in generics}
        taken = {position for position, _, _ in self._plan_mentions(text, plan)}  # 'insulin' for her insulin glulisine
        out = []
        for m in self._named_pattern.finditer(text):
            generic = self._generic.get(m.group(1), "")
            if generic in self._drug_classes and generic not in on_plan and m.start() not in taken:
                out.append((m.start(), Medication(id=f"{NOT_ON_PLAN}{generic}", text=generic)))
        return out

    def _reported(self, rule: CallIf, question: str, context: str | None) -> bool:
        """A rule the message meets is reported, not asked about: some clause that meets it on its own is present
        now by ConText ("if mom ever stops eating, what does her plan say" asks about the rule). A rule met only by
        the message as a whole (its words across clauses) counts as reported: the cautious reading."""
        if self.meaning is None:
            return True
        spans = [(s, e) for s, e in message_clauses(question, min_content=1) if triggered(rule, question[s:e], context)]
        if not spans:
            return True
        heads = [last_word(question, s, e) for s, e in spans]
        return any(a.affirmed for a in self.meaning.context.assess(question, heads))

    def scope(self, text: str, plan: CarePlan) -> list[str]:
        """Names of the scope rules the (normalised, apostrophe-free) question triggers.

        `{med}` and `{new}` stand for hundreds of medicine words, and a pattern with all of them takes about 17 ms
        to compile. So the question's medicine words are masked instead (`_masked`): each whole-word occurrence is
        overwritten, at the same length, with a letter that says which of the two it is, and the patterns, compiled
        once, read `{med}` and `{new}` as runs of those letters, so no pattern is compiled during a turn. The
        findings are those of the rules as written (`tests/turn/test_checks.py`; also compared on all 25,597
        corpus messages over the five demo plans when this was written)."""
        own = _plan_terms(plan)
        med = frozenset(w for w in self._med_words | own if w in text)
        new = frozenset(w for w in self._named_drugs - own if w in text)
        masked = _masked(text, med, new)
        return [
            name
            for name, patterns in self._masked_patterns.items()
            if any(p.search(masked if reads_masked else text) for p, reads_masked in patterns)
        ]

    @cached_property
    def _masked_patterns(self) -> dict[str, list[tuple[re.Pattern[str], bool]]]:
        """Each rule's patterns compiled once, and whether it reads the masked text: only a pattern with `{med}` or
        `{new}` does (one without them may name a medicine word itself: "sugar pills", "insulin shots")."""
        fill = {"{med}": f"([{_MED}{_BOTH}]+)", "{new}": f"([{_NEW}{_BOTH}]+)", "{ask}": self.scope_rules.ask}
        compiled: dict[str, list[tuple[re.Pattern[str], bool]]] = {}
        for name, rule in self.scope_rules.rules.items():
            patterns = []
            for pattern in rule.patterns:
                reads_masked = "{med}" in pattern or "{new}" in pattern
                for key, value in fill.items():
                    pattern = pattern.replace(key, value)
                patterns.append((re.compile(pattern), reads_masked))
            compiled[name] = patterns
        return compiled

    def _interactions(self, mentions: list[str], plan: CarePlan) -> list[InteractionFinding]:
        drugs = self.plan_drugs(plan)
        conditions = [normalise(c.text) for c in plan.conditions]
        own = self._own_agents(plan, drugs) if len(mentions) == 1 else set()
        out: list[InteractionFinding] = []
        seen: set[str] = set()
        for mention in mentions:
            if mention in own:
                continue  # the plan already lists it (Aleve when naproxen is prescribed, his fish oil): not a new agent
            for candidate in self._by_name[mention]:
                if candidate.id in seen or self._names_own_medicine(mention, candidate, mentions, drugs):
                    continue
                matched = _matches(candidate, drugs, conditions)
                if matched:
                    seen.add(candidate.id)
                    out.append(InteractionFinding(candidate, matched))
        return out

    def _own_agents(self, plan: CarePlan, drugs: dict[str, set[str]]) -> set[str]:
        """Names of what the plan already lists: its medicines' generics and their brands, its supplements, and what its
        instructions name (a food to keep steady with a blood thinner, alcohol to avoid)."""
        generics = {n for names in drugs.values() for n in names}
        own = {name for name, generic in self._generic.items() if generic in generics} | generics
        for modality in plan.modalities:
            own.update(self._agent_pattern.findall(normalise(modality.name).replace("'", "")))
        for activity in plan.activities:  # "keep vitamin K foods (spinach, kale) steady": the plan manages them
            own.update(self._agent_pattern.findall(normalise(activity.text).replace("'", "")))
        return own

    def _names_own_medicine(
        self, mention: str, interaction: Interaction, mentions: list[str], drugs: dict[str, set[str]]
    ) -> bool:
        """True when "Tylenol" is the plan's own acetaminophen: a duplicate-medicine rule is about adding a second
        product, not about asking how to take the one in the plan. Two names of it in one question still count."""
        generic = self._generic.get(mention)
        if generic is None or generic not in interaction.drugs or interaction.drug_classes or interaction.conditions:
            return False
        if not any(generic in names for names in drugs.values()):
            return False
        names = set(interaction.names())
        return not [m for m in mentions if m != mention and m in names]


_PLAN_WORD = re.compile(r"[a-z][a-z\-]{3,}")
# letters (so `\b` and `\w` read them as a word's) that no normalised question holds: a medicine word of `{med}` only,
# of `{new}` only, and of both
_MED, _NEW, _BOTH = "ǂ", "ǀ", "ǁ"


def _masked(text: str, med: frozenset[str], new: frozenset[str]) -> str:
    """The text with each whole-word occurrence of a medicine word overwritten, at its length, by the letter of its
    kind (`_MED`, `_NEW`, `_BOTH`); longer words first, so "fish oil" is one run and its "oil" is not a second."""
    if not med and not new:
        return text
    chars = list(text)
    taken = [False] * len(text)
    for word in sorted(med | new, key=lambda w: (-len(w), w)):
        mark = _BOTH if word in med and word in new else _MED if word in med else _NEW
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            whole = (start == 0 or not _word_char(text[start - 1])) and (end == len(text) or not _word_char(text[end]))
            if whole and not any(taken[start:end]):
                chars[start:end] = mark * len(word)
                taken[start:end] = [True] * len(word)
            start = text.find(word, start + 1)
    return "".join(chars)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _plan_terms(plan: CarePlan) -> frozenset[str]:
    """The consumer's own medicine and modality words (first word of each, lowercase)."""
    words = set()
    for text in [m.text for m in plan.medications] + [m.name for m in plan.modalities]:
        for word in _PLAN_WORD.findall(normalise(text).replace("'", "")):
            if word not in {"oral", "tablet", "capsule", "extended", "release", "delayed", "inhalation", "metered"}:
                words.add(word)
    return frozenset(words)


def _matches(interaction: Interaction, drugs: dict[str, set[str]], conditions: list[str]) -> list[str]:
    targets = set(interaction.drugs) | set(interaction.drug_classes)
    matched = [med for med, names in drugs.items() if names & targets]
    for condition in interaction.conditions:
        matched += [c for c in conditions if condition in c or c in condition]
    return matched


def _related_terms(
    table: InteractionTable, generic_of: dict[str, str]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each generic -> its brand and lay names ("zoloft"), and -> its class's key, label and lay words ("ssri",
    "antidepressants", "water pill"). What a reader must not see of a hidden medicine."""
    brands: dict[str, set[str]] = {}
    for name, generic in generic_of.items():
        if name != generic:
            brands.setdefault(generic, set()).add(name)
    related: dict[str, set[str]] = {}
    for key, cls in table.drug_classes.items():
        words = {key.replace("_", " "), *cls.lay}
        for part in re.split(r"[:(),]", cls.label.lower()):
            part = part.strip()
            if part:
                words.add(part)
                words.add(part[:-1] if part.endswith("s") else part)
        for drug in cls.drugs:
            related.setdefault(drug, set()).update(w for w in words if len(w) > 2)
    return brands, related
