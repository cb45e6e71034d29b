"""What the home team reads when the guide does not answer directly: holding and emergency replies."""

from __future__ import annotations

import re

from guide.knowledge.models import RedFlag
from guide.language.dosing import OverUse
from guide.language.text import sentences
from guide.turn.contracts import Findings, Reason, Retrieved, TriageResult, has, of_kind
from guide.turn.verify import mentions_hidden

TEAM_WILL_ANSWER = "I have sent your question to the care team, and a clinician will reply in this conversation."
IF_WORSE = "If things get worse or you think it is an emergency, call 911."
# a red-flag sign told as over (`over`): the team hears about it today; if it comes back, it is an emergency again
IF_IT_COMES_BACK = "I have marked this urgent for the care team. If it happens again, call 911 at once."
# the message says a medical team is with the person now (`help_present`): their advice comes first, and neither
# the plan's call-the-team rules nor "call 911" is the next step
WITH_THE_TEAM_THERE = (
    "As a medical team is with them now, please follow that team's advice first and show them the medicines on "
    "the care plan."
)
_SCOPE_LINES = {
    "medication_change": (
        "Changes to a medicine or its dose need the care team's advice, so please keep to the "
        "medicines as prescribed until they reply."
    ),
    "someone_elses_prescription": (
        "Please do not use a medicine prescribed for someone else; the care team can say what is safe."
    ),
    "start_medicine": (
        "Before starting anything new, including supplements and herbs, the care team checks it against "
        "the medicines on the plan."
    ),
    "diagnosis": "I can't tell what is causing this; a clinician needs to look at it.",
    "asks_for_care_team": "You asked to hear from the care team.",
    "referral": "Referrals and visits to a specialist are arranged by the care team.",
}
# A learned intent that needs a clinician says the same as the scope rule of that kind, when no rule said it.
_INTENT_SCOPE = {
    "medicine_change": "medication_change",
    "supplement_start": "start_medicine",
    "diagnosis": "diagnosis",
    "asks_for_team": "asks_for_care_team",
}


OUT_OF_SCOPE = (
    "I'm here to help with questions about the care plan and everyday health: medicines as prescribed, "
    "symptoms to watch, diet, exercise, sleep, stress, supplements and other kinds of care. "
    "If something is worrying you, tell me what is happening."
)
# When the classifier is sure of an emergency that no red flag names: every emergency number, in both languages.
GENERIC_EMERGENCY = (
    "If this is happening now, call 911. For thoughts of suicide, call or text 988. For a poisoning or too much "
    "of a medicine, call Poison Control at 1-800-222-1222."
)
GENERIC_EMERGENCY_ES = (
    "Si esto está pasando ahora, llame al 911. Si hay pensamientos de suicidio, llame o envíe un texto al 988 "
    "(oprima 2 para español). Si tragó algo peligroso o demasiada medicina, llame a Control de Envenenamientos "
    "al 1-800-222-1222."
)
_HOLDING_ES = (
    "Gracias por escribir. Envié su pregunta al equipo de cuidado y un profesional le responderá en esta "
    "conversación. Si la situación empeora o cree que es una emergencia, llame al 911."
)
# after the instruction of a possible emergency, the holding line alone (the instruction already says when to call)
_SENT = "I have sent your message to the care team, and a clinician will reply in this conversation."
_SENT_ES = "Envié su mensaje al equipo de cuidado y un profesional le responderá en esta conversación."
_HOLDING_OTHER = (
    "Thank you. I have sent your question to the care team, and a clinician will reply in this conversation. "
    "If it is an emergency, call 911. " + _HOLDING_ES
)


def not_shared_reply(first_name: list[str]) -> str:
    """For a question about a part of the plan the reader may not see: say so, never what that part holds."""
    who = first_name[0] if first_name else "the person you care for"
    whose = f"{first_name[0]}'s" if first_name else "their"
    return f"That part of {whose} care plan isn't shared with you; please ask {who} or the care team."


# how a reader asks for a clinician's answer: the scope rule `asks_for_care_team` holds a message that says it
ASK_THE_TEAM = (
    'If you would like a clinician to answer it, write "please ask the care team" and I will send it to them.'
)


def not_in_plan_reply(first_name: list[str] | None) -> str:
    """For a question about the plan that neither the plan nor the library answers clearly (policy.yaml
    `plan_question`): say so plainly, and how to have the care team answer, rather than queue a scheduling question
    for a clinician unasked. `first_name` is None when the consumer asks about their own plan."""
    if first_name is None:
        whose = "your"
    else:
        whose = f"{first_name[0]}'s" if first_name else "their"
    return (
        f"I could not find that in {whose} care plan or in our health library, so I will not guess. "
        "The care team (or their office, for appointments and tests) can tell you. " + ASK_THE_TEAM
    )


# the call that leads an emergency reply (`emergency_reply` puts "Help is on the way" in its place)
CALL_911 = "Call 911 now."
CALL_911_ES = "Llame al 911 ahora."
# which flag's instruction comes first among flags of one rank
ACTION_ORDER = ("call_911", "poison_control", "call_988")


def emergency_message(triage: TriageResult, language: str = "en") -> str:
    """The instruction to show at once, composed from every flag: the call first, then each flag's steps, the
    specific cause before the general picture, each sentence once; then the plan's own emergency rules."""
    spanish = language == "es"
    said = _flag_sentences(triage, spanish)
    call = CALL_911_ES if spanish else CALL_911
    calls = {c for f in triage.flags for c in sentences(_flag_message(f, spanish))}
    if call in calls or (triage.plan_messages and said):
        said = [call, *said]  # an unconditional 911 call leads, whichever flag said it (a superseded one too)
    elif triage.plan_messages:
        said = [call]
    parts = _each_once(said)
    parts += [f"Your care plan says: {m.rstrip('.')}." for m in triage.plan_messages]
    return " ".join(parts)


def _flag_message(flag: RedFlag, spanish: bool) -> str:
    return ((flag.message_es if spanish else None) or flag.message).strip()


def _flag_sentences(triage: TriageResult, spanish: bool) -> list[str]:
    """Each flag's instruction and then its context steps, most urgent flag first; a flag another supersedes (the
    general picture beside the specific cause) is left out."""
    superseded = {s for f in triage.flags for s in f.supersedes}
    ordered = sorted(
        (f for f in triage.flags if f.id not in superseded), key=lambda f: (f.rank, ACTION_ORDER.index(f.action))
    )
    said: list[str] = []
    for flag in ordered:
        said += sentences(_flag_message(flag, spanish))
        for step in triage.steps.get(flag.id, []):
            said += sentences((step.step_es if spanish and step.step_es else step.step).strip())
    return said


def _each_once(said: list[str]) -> list[str]:
    """The sentences in order, each once (compared without case and punctuation)."""
    seen: set[str] = set()
    parts = []
    for sentence in said:
        key = re.sub(r"\W+", " ", sentence.lower()).strip()
        if key not in seen:
            seen.add(key)
            parts.append(sentence)
    return parts


HELP_COMING = "Help is on the way: if you can, stay on the line with 911 and do what they tell you. Until they arrive:"
HELP_COMING_ES = "La ayuda ya viene: si puede, siga en la línea con el 911 y haga lo que le indiquen. Mientras llegan:"


def emergency_reply(triage: TriageResult, language: str = "en", *, help_called: bool = False) -> str:
    """The emergency instruction first, then that the team knows (in Spanish for a Spanish message). When the message
    says 911 was called or help is on its way (`help_called`), the first line says so instead of telling them to
    call; the steps for the wait follow as always."""
    message = emergency_message(triage, language) or (GENERIC_EMERGENCY_ES if language == "es" else GENERIC_EMERGENCY)
    call = CALL_911_ES if language == "es" else CALL_911
    if help_called and message.startswith(call):
        message = f"{HELP_COMING_ES if language == 'es' else HELP_COMING} {message[len(call) :].lstrip()}".rstrip()
    if language == "es":
        return f"{message} También avisé al equipo de cuidado."
    return f"{message} I have also alerted the care team."


def other_language_reply(language: str, *, possible_emergency: bool = False) -> str:
    """The holding reply for a message in another language: Spanish in Spanish, others in English and Spanish. When
    the classifier thinks it may be an emergency (`possible_emergency`, an urgent review), what to do if it is
    happening now comes first: in a language nobody here reads, that line is the one that must not be missed."""
    if not possible_emergency:
        return _HOLDING_ES if language == "es" else _HOLDING_OTHER
    if language == "es":
        return f"{GENERIC_EMERGENCY_ES}\n\n{_SENT_ES}"
    return f"{GENERIC_EMERGENCY}\n\n{GENERIC_EMERGENCY_ES}\n\n{_SENT} {_SENT_ES}"


def within_goal_reply(goals: list[str], rules: list[str]) -> str:
    """A reported value inside the plan's goal: say so with the goal, then what the plan says to watch for, each
    line citing its plan passage in order ([1] the first goal, and so on)."""
    lines = [
        f"The value you gave is within the care plan's goal ({goal.rstrip('.')}) [{n}]."
        for n, goal in enumerate(goals, 1)
    ]
    lines += [f"Your care plan says: {rule.rstrip('.')} [{n}]." for n, rule in enumerate(rules, len(goals) + 1)]
    return " ".join(lines)


def holding_reply(
    *,
    reasons: list[Reason],
    findings: Findings | None,
    retrieved: Retrieved | None,
    hidden_medicines: set[str],
    plan_rules: list[str] | None = None,
    goals: list[str] | None = None,
    hidden_terms: frozenset[str] = frozenset(),
    usual: list[str] | None = None,
) -> str:
    """An honest holding reply: why (the plan's rules, the goals a value is outside, the `usual` adult ranges a
    value of a measure with no goal is outside), what is safe meanwhile, and that the team will answer. Each line is
    said once, and no line names a `hidden_terms` word (what this reader's scope hides: "naproxen" in an interaction
    group's "NSAID pain relievers (ibuprofen, naproxen, aspirin)" told a reader without the medicines scope what the
    plan holds); an interaction with something hidden is told without naming either side."""
    lines = ["Thank you for asking. " + TEAM_WILL_ANSWER]
    with_team = has(reasons, "help_present")
    if with_team:
        lines.append(WITH_THE_TEAM_THERE)
    if not with_team and has(reasons, "over"):
        lines.append(IF_IT_COMES_BACK)
    lines += [f"Your care plan says: {rule.rstrip('.')}." for rule in plan_rules or []]
    lines += [f"The value you gave is outside the care plan's goal ({goal.rstrip('.')})." for goal in goals or []]
    lines += [f"The value you gave is outside the usual range for adults ({shown})." for shown in usual or []]
    if findings is not None:
        lines += _finding_lines(findings, reasons, hidden_medicines, hidden_terms)
    if len(lines) == 1:  # nothing above says why: what kept the guide from answering
        lines += _why_not_answered(reasons)
    if not with_team:
        lines.append(_meanwhile(retrieved, quoted=plan_rules or []))
    shown = [line for line in dict.fromkeys(lines) if not mentions_hidden(line, hidden_terms)]
    if not with_team and has(reasons, "possible_emergency"):
        # the classifier thinks it may be an emergency (an urgent review): what to do if it is happening now first
        return f"{GENERIC_EMERGENCY}\n\n{' '.join(shown)}"
    return " ".join(shown)


def _finding_lines(
    findings: Findings, reasons: list[Reason], hidden_medicines: set[str], hidden_terms: frozenset[str]
) -> list[str]:
    """What the checks found, one line each: hazards, the interactions the policy holds the turn for, why a scope rule
    or a learned intent waits for the team, and a plan medicine's own instructions when it was used past them."""
    lines = [_hazard_line(h.name, h.danger, h.instead) for h in findings.hazards]
    held = {r.code for r in of_kind(reasons, "interaction")}  # the interactions the policy holds for
    lines += [
        _interaction_line(f.interaction.agent, f.matched, f.interaction.effect, hidden_medicines, hidden_terms)
        for f in findings.interactions
        if f.reason.code in held
    ]
    said = [s for s in findings.scope if s in _SCOPE_LINES]
    said += [_INTENT_SCOPE[r.id] for r in of_kind(reasons, "intent") if r.id in _INTENT_SCOPE]
    lines += [_SCOPE_LINES[s] for s in dict.fromkeys(said)]
    lines += [_over_use_line(u) for u in findings.over_use if u.medication.text not in hidden_medicines]
    return lines


def _why_not_answered(reasons: list[Reason]) -> list[str]:
    """Nothing found to answer from, or an answer that could not be checked (the first that holds)."""
    if has(reasons, "weak_retrieval", "low_confidence"):
        return ["I could not find a clear answer in the care plan or our health library."]
    if has(reasons, "verify", "model_error", "retrieval_error"):
        return ["I could not check an answer well enough to send it on my own."]
    return []


def _over_use_line(use: OverUse) -> str:
    instructions = (use.medication.instructions or "").strip().rstrip(".")
    return f"The care plan's instructions for {use.medication.text}: {instructions}."


def _hazard_line(name: str, danger: str, instead: str) -> str:
    return f"Please do not use this: {name}. {danger.rstrip('.')}. What to do instead: {instead.rstrip('.')}."


def _interaction_line(
    agent: str, matched: list[str], effect: str, hidden: set[str], hidden_terms: frozenset[str] = frozenset()
) -> str:
    if mentions_hidden(agent, hidden_terms):  # the agent's own description names what this reader may not see
        return "What you asked about may interact with something on the care plan, and the care team will check it."
    if any(m in hidden for m in matched):  # the effect text would name what this reader may not see
        return f"{agent} may interact with something on the care plan, and the care team will check it."
    return f"{agent} may interact with {', '.join(matched)}: {effect.rstrip('.')}."


def _meanwhile(retrieved: Retrieved | None, quoted: list[str]) -> str:
    """The plan's most relevant call-the-team rule (not a 911 rule, which would alarm for no reason), unless the
    reply already quoted it."""
    rules = [h for h in retrieved.call_if if "911" not in h.passage.title] if retrieved else []
    if rules and rules[0].score >= 0.3:
        first = sentences(rules[0].passage.text)
        said = {_plain(q) for q in quoted}
        if first and _plain(first[0]) not in said:
            return f"Meanwhile, your care plan says: {first[0]} {IF_WORSE}"
    return f"Meanwhile, {IF_WORSE[0].lower()}{IF_WORSE[1:]}"


def _plain(text: str) -> str:
    return " ".join(text.lower().rstrip(".").split())
