"""How often, and how much at a time, a message says a plan medicine is taken, against the plan's own instructions.

"can he use the albuterol every two hours today" asks for more than the plan's "2 puffs every 4 to 6 hours": at
most six doses a day. "she's had 2 tylenol 4 times today" is more than "up to three times a day". A medicine used
more often or more at a time than its instructions say is a clinician's question (issue 13: the plan's rules by
number). The same counts, with number words and intervals read as numbers ("six times", "every two hours" = 12 a
day), serve the plan's call-if rules ("more than 4 times in a day", `guide.language.plan_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from guide.careplan.model import Medication
from guide.knowledge.loader import safe_load
from guide.language.measures import spoken_number
from guide.language.text import SENTENCE_END

_NUM = r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_COUNT_WORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(times|puffs?|doses|tablets|pills|capsules)\b",
    re.IGNORECASE,
)


def number(word: str) -> float:
    """A digit string or a number word as a number."""
    value = spoken_number(word.lower()) if word.isalpha() else None  # one number-word table (measures.py)
    return float(value) if value is not None else float(word)


# ---------------------------------------------------------------------------------------------------------------
# The plan's instructions ("sig"): the most doses in a day and the most units a dose.

_ONCE_A_DAY = re.compile(
    r"\b(once (a|per|each) day|once daily|daily|every day|each day|every (morning|evening|night)|each (morning|evening|"
    r"night)|at bedtime|in the (morning|evening))\b"
)
_TIMES_A_DAY = re.compile(rf"\b(?:up to\s+)?{_NUM}\s+times\s+(?:a|per|each)\s+day\b")
_TWICE_A_DAY = re.compile(r"\btwice\s+(a|per|each)\s+day\b")
_EVERY_HOURS = re.compile(rf"\bevery\s+{_NUM}(?:\s*(?:to|-|or)\s*{_NUM})?\s*(?:hours?|hrs?|h)\b")
_PER_DOSE = re.compile(rf"\b(?:take|inhale|use|give|chew|apply)\s+{_NUM}\s+(tablets?|capsules?|puffs?|pills?|caps?)\b")
_DIRECTED = re.compile(r"\bas directed\b")


@dataclass(frozen=True)
class DoseLimit:
    """What a medicine's instructions allow."""

    per_day: float | None  # the most doses in a day
    per_dose: float | None  # the most units at a time
    unit: str | None  # the unit of `per_dose`: "tablet", "capsule" or "puff"


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return {"pill": "tablet", "cap": "capsule"}.get(word, word)


def limit_of(instructions: str | None) -> DoseLimit | None:
    """The limits a medicine's instructions state, or None when they state none (or only "as directed")."""
    text = (instructions or "").lower()
    if not text:
        return None
    per_day: float | None = None
    if m := _EVERY_HOURS.search(text):
        per_day = 24 / max(number(m.group(1)), 1)
    elif m := _TIMES_A_DAY.search(text):
        per_day = number(m.group(1))
    elif _TWICE_A_DAY.search(text):
        per_day = 2
    elif _ONCE_A_DAY.search(text) and not _DIRECTED.search(text):
        per_day = 1
    per_dose, unit = None, None
    if m := _PER_DOSE.search(text):
        per_dose, unit = number(m.group(1)), _unit(m.group(2))
    if per_day is None and per_dose is None:
        return None
    return DoseLimit(per_day=per_day, per_dose=per_dose, unit=unit)


# ---------------------------------------------------------------------------------------------------------------
# What a message says: counts in a day, intervals, units at a time.

_DAY = (
    r"(today|a day|per day|each day|in a day|daily|so far|already|since (breakfast|lunch|dinner|this morning|morning|"
    r"noon|midnight|last night|he woke up|she woke up|i woke up|\d{1,2}(:\d\d)?\s*(am|pm)?)|this (morning|afternoon|"
    r"evening)|tonight|last night|yesterday|in the last \d+ hours|in (\d+|a few|two|three|four|five|six) hours)"
)
_COUNT_DAY = re.compile(rf"\b{_NUM}\s*(?:x|times)\b(?:\s+\w+){{0,3}}?\s+{_DAY}\b")
_TWICE_DAY = re.compile(rf"\b(once|twice|thrice)\b(?:\s+\w+){{0,3}}?\s+{_DAY}\b")
_INTERVAL = re.compile(
    rf"\bevery\s+(?:{_NUM}|(couple(?: of)?|few|half(?: an)?))(?:\s*(?:to|-|or)\s*{_NUM})?"
    r"\s*(hours?|hrs?|hour|minutes?|mins?)\b"
    r"|\bevery (hour|half hour)\b|\bhourly\b",
    re.IGNORECASE,
)
_UNITS_AT_ONCE = re.compile(rf"\b{_NUM}\s+(tablets?|capsules?|puffs?|pills?|caps?)\b")
_DAY_AFTER = re.compile(rf"(?:\s+\w+){{0,3}}?\s+{_DAY}\b")
_ONCE_WORDS = {"once": 1, "twice": 2, "thrice": 3}


@dataclass(frozen=True)
class Use:
    """One statement of how often or how much, with where it is in the message."""

    start: int
    end: int
    per_day: float | None = None  # doses a day (a count told for part of a day is a lower bound)
    per_dose: float | None = None
    unit: str | None = None
    units_a_day: float | None = None  # "8 puffs today": units in a day, doses once divided by the units a dose


def uses(text: str) -> list[Use]:
    """Every count in a day, interval and number of units at a time the (lower-case) text states."""
    out: list[Use] = []
    for m in _COUNT_DAY.finditer(text):
        out.append(Use(m.start(), m.end(), per_day=number(m.group(1))))
    for m in _TWICE_DAY.finditer(text):
        out.append(Use(m.start(), m.end(), per_day=float(_ONCE_WORDS[m.group(1)])))
    for m in _INTERVAL.finditer(text):
        out.append(Use(m.start(), m.end(), per_day=_per_day_of_interval(m)))
    for m in _UNITS_AT_ONCE.finditer(text):
        if _DAY_AFTER.match(text, m.end()):  # "8 puffs today" is a day's total, not one dose
            out.append(Use(m.start(), m.end(), units_a_day=number(m.group(1)), unit=_unit(m.group(2))))
        else:
            out.append(Use(m.start(), m.end(), per_dose=number(m.group(1)), unit=_unit(m.group(2))))
    return sorted(out, key=lambda u: u.start)


def _per_day_of_interval(m: re.Match[str], *, shorter: bool = True) -> float:
    """'every 2 hours' -> 12; 'every 3 to 4 hours' -> 8 (`shorter`: the shorter interval, against a medicine's own
    instructions) or 6 (the longer: "every 4 to 6 hours" is not "more than 4 times in a day"); 'hourly' -> 24."""
    if m.group(5) or m.group(0).lower().startswith("hourly"):
        return 48.0 if (m.group(5) or "").lower() == "half hour" else 24.0
    if m.group(2):  # couple, few, half
        hours = {"couple": 2.0, "couple of": 2.0, "few": 3.0, "half": 0.5, "half an": 0.5}[m.group(2).lower()]
    else:
        hours = number(m.group(1) if shorter or not m.group(3) else m.group(3))
    if m.group(4).lower().startswith("min"):
        hours /= 60
    return 24 / max(hours, 1 / 60)


def per_day_counts(text: str) -> str:
    """The text with counts written as digits and intervals as counts in a day, for the plan's call-if rules:
    "six times today" -> "6 times today", "every two hours" -> "every two hours (12 times in a day)"."""
    text = _COUNT_WORD.sub(lambda m: f"{int(number(m.group(1)))} {m.group(2)}", text)
    return _INTERVAL.sub(lambda m: f"{m.group(0)} ({_per_day_of_interval(m, shorter=False):g} times in a day)", text)


# ---------------------------------------------------------------------------------------------------------------
# Which medicine a statement is about, and whether it passes the plan's instructions.

_INHALER_WORDS = re.compile(r"\b(inhaler|puffer|puffs?|nebuli[sz]er|neb)\b")
_INHALED = re.compile(r"\b(inhal\w*|puffs?|actuat\w*|aerosol|nebuli[sz]\w*)\b", re.IGNORECASE)
_AS_NEEDED = re.compile(r"\bas needed\b|\bprn\b", re.IGNORECASE)


# "took 6 aleve", "gave her 4 of the metoprolol": a number right before a medicine's name counts its units
_COUNT_BEFORE_NAME = re.compile(
    rf"\b{_NUM}\s+(?:(?:more|extra)\s+)?(?:of\s+(?:his|her|my|their|the|those|them|these)\s+)?$"
)
# a dose reported as already taken, not asked about ("can she take 3?")
_TAKEN_VERBS = "took|taken|gave|given|had|swallowed|ate|popped|downed|chewed"
_TAKEN = re.compile(rf"\b({_TAKEN_VERBS})\b")
_ASKED = re.compile(r"\b(can|could|should|may|is it ok|is it okay|is it safe|would it|do i|should i|how many)\b|\?")
_NAME = re.compile(r"\w*")
# taken at once, this many times the most its instructions allow in one dose, is an overdose (Poison Control)
OVERDOSE_FACTOR = 3.0


@dataclass(frozen=True)
class OverUse:
    """A plan medicine the message says is (or asks to be) taken more often or more at a time than allowed."""

    medication: Medication
    said: float
    allowed: float
    what: str  # "a day" or the unit
    overdose: bool = False  # reported taken at once, OVERDOSE_FACTOR or more times the most one dose allows
    double: bool = False  # reported taken twice (a dose repeated by mistake): Poison Control, like an overdose

    @property
    def kind(self) -> str:
        """The reason it gives (`guide.turn.contracts.over_use_reason`): a dose taken twice, an overdose, or more than
        the instructions allow."""
        return "double_dose" if self.double else "overdose" if self.overdose else "dose"


def _inhalers(medications: Sequence[Medication]) -> list[Medication]:
    """The plan's inhaled medicines; the as-needed (rescue) ones when there are several."""
    inhaled = [m for m in medications if _INHALED.search(f"{m.text} {m.instructions or ''}")]
    rescue = [m for m in inhaled if _AS_NEEDED.search(m.instructions or "")]
    return rescue if len(inhaled) > 1 and rescue else inhaled


def over_use(
    text: str,
    medications: Sequence[Medication],
    named: Iterable[tuple[int, Medication]],
    previous: Sequence[Medication] = (),
    counts: Callable[[list[Use]], list[bool]] | None = None,
) -> list[OverUse]:
    """The plan medicines whose instructions a statement of the (lower-case) text passes.

    `named`: (position, medicine) for each plan medicine the text names (by any name). A statement is about the
    medicine named last before it in the text (else the first named after it); with none named, about the one
    inhaled medicine an inhaler word points to, else about the one medicine the message before named (`previous`:
    "ok he's at 6 today"). `counts` says which statements hold (ConText: not denied, past or someone else's)."""
    named = list(named)
    said = uses(text) + _counts_before_names(text, named) + listed_doses(text, named)
    said, repeated = _holding(said, double_doses(text, named), counts)
    found: dict[str, OverUse] = {
        medicine.id: OverUse(medicine, 2.0, 1.0, "doses", overdose=True, double=True) for _, medicine in repeated
    }
    if not said:
        return list(found.values())
    mentions = sorted(named, key=lambda pair: pair[0])
    mentions += [(m.start(), med) for m in _INHALER_WORDS.finditer(text) for med in _inhalers(medications)[:1]]
    mentions.sort(key=lambda pair: pair[0])
    for use in said:
        medicine = _about(use, mentions, previous)
        limit = limit_of(medicine.instructions) if medicine else None
        if medicine is None or limit is None:
            continue
        day = _past_the_day(text, use, medicine, limit, counts)
        if day is not None and (day.overdose or medicine.id not in found):
            found[medicine.id] = day
        dose = _past_the_dose(text, use, medicine, limit)
        if dose is not None and (dose.overdose or medicine.id not in found):
            found[medicine.id] = dose
    return list(found.values())


def _holding(
    said: list[Use], repeated: list[tuple[Use, Medication]], counts: Callable[[list[Use]], list[bool]] | None
) -> tuple[list[Use], list[tuple[Use, Medication]]]:
    """The statements and repeated doses that hold (`counts`: ConText's not denied, past or someone else's)."""
    if not (said or repeated) or counts is None:
        return said, repeated
    holding = counts(said + [use for use, _ in repeated])
    return (
        [use for use, holds in zip(said, holding[: len(said)], strict=True) if holds],
        [pair for pair, holds in zip(repeated, holding[len(said) :], strict=True) if holds],
    )


def _past_the_day(
    text: str, use: Use, medicine: Medication, limit: DoseLimit, counts: Callable[[list[Use]], list[bool]] | None
) -> OverUse | None:
    """A day's use past the instructions' most a day (counted in doses, or in units over the units of one dose). At
    OVERDOSE_FACTOR times the day's most, or past an acetaminophen tablet's daily ceiling, told as taken: an
    overdose (Poison Control, as for one dose)."""
    per_day = use.per_day
    if use.units_a_day is not None and limit.per_dose and use.unit in (limit.unit, LISTED):
        per_day = use.units_a_day / limit.per_dose
    if per_day is None or limit.per_day is None or per_day <= limit.per_day:
        return None
    ceiling = (
        use.unit == LISTED
        and use.units_a_day is not None
        and _over_day_ceiling(medicine, use.units_a_day, combination_mg(text, (use.start, use.end), counts))
    )
    overdose = (per_day >= OVERDOSE_FACTOR * limit.per_day or ceiling) and _taken(text, use)
    return OverUse(medicine, per_day, limit.per_day, "a day", overdose=overdose)


def _past_the_dose(text: str, use: Use, medicine: Medication, limit: DoseLimit) -> OverUse | None:
    """One dose past the instructions' most at a time, in the same unit; at OVERDOSE_FACTOR times it, told as
    taken, an overdose."""
    if use.per_dose is None or limit.per_dose is None or use.unit != limit.unit or use.per_dose <= limit.per_dose:
        return None
    overdose = use.per_dose >= OVERDOSE_FACTOR * limit.per_dose and _taken(text, use)
    return OverUse(medicine, use.per_dose, limit.per_dose, limit.unit or "", overdose)


# "took her sugar pill twice this morning", "gave him the coumadin a second time": a dose repeated (not "twice a day")
_REPEATED = re.compile(r"\b(?:twice|two times|double|a second (?:time|dose))\b")
_FREQUENCY = re.compile(r"\s+(?:a|per|each|every|in a|in one)\s+(?:day|days|week|weeks|night|month)\b|\s+daily\b")
_EXTRA_BEFORE = re.compile(r"\b(?:an extra|another|a second|one more|a double)\s+(?:\w+\s+)?$")
_MISTAKE = re.compile(r"\b(?:by mistake|by accident|accidentally|forgot|already (?:had|took|taken|given|gave))\b")
# "took his lasix this morning and then forgot and took another one at lunch": the repeat told after the name
_ANOTHER_AFTER = re.compile(
    r"\b(?:took|taken|gave|given|had|got)\s+(?:him|her|them|me\s+)?(?:another|a second|one more)\s+"
    r"(?:one|dose|pill|tablet|capsule)\b"
)
# "gave walt his warfarin at 6 and didnt see he had already taken it himself": a dose given on top of one already
# taken, told after the name anywhere in the message
_ALREADY_TAKEN = re.compile(
    r"\b(?:(?:had|'d)\s+)?already\s+(?:taken|took|had|gotten|got|been given|given|gave)\s+"
    r"(?:it|them|that one|those|(?:his|her|their|the|a|an)\s+(?:\w+\s+)?"
    r"(?:dose|doses|pill|pills|tablet|tablets|meds|medicine|medication|one|shot))\b"
)
# a dose given by one person and again by another: "got her zoloft twice today, the aide gave it and then i did"
_TAKEN_TWICE = re.compile(rf"\b({_TAKEN_VERBS}|got)\b")
_IF = re.compile(r"\b(?:if|in case|suppose)\b")  # "what if she took it twice": asked, not told
_CLAUSE_END = re.compile(r"[.;!?]|,\s+(?:but|and|so|then|now|is|should|can|could|would|what|do)\b")


def _sentence_end(text: str, at: int) -> int:
    return min([i for i in (text.find(m, at) for m in ".;!?") if i >= 0] or [len(text)])


def double_doses(text: str, named: Iterable[tuple[int, Medication]]) -> list[tuple[Use, Medication]]:
    """Plan medicines a clause reports taken twice: a past act ("took", "gave", "had") before the medicine's name and
    a repeat word after it in the same clause, not a frequency ("takes it twice a day") and not a question ("can
    she take it twice?"). The medicine-mistake red flag's patterns name only "pills", "meds" or "insulin"; the plan
    knows every name its medicines go by (generic, brand, lay, class)."""
    out = []
    for position, medicine in named:
        start = max(text.rfind(mark, 0, position) for mark in ".;!?,")
        end_match = _CLAUSE_END.search(text, position)
        end = end_match.start() if end_match else len(text)
        repeat = _REPEATED.search(text, position, end)
        clause = text[start + 1 : end + 1]
        if (repeat is None or _FREQUENCY.match(text, repeat.end())) and not _one_more_by_mistake(
            text, start, position, clause
        ):
            continue
        if _TAKEN_TWICE.search(text, start + 1, position) and not _ASKED.search(clause) and not _IF.search(clause):
            said_to = repeat.end() if repeat else _NAME.match(text, position).end()  # type: ignore[union-attr]
            out.append((Use(position, said_to, per_dose=2.0, unit="dose"), medicine))
    return out


def _one_more_by_mistake(text: str, start: int, position: int, clause: str) -> bool:
    """Without a repeat word: one more, told as a mistake ("gave mom an extra aricept by mistake"; not "another aleve
    for the pain"), or told later in the sentence ("took his lasix ... and then forgot and took another one"), or a
    dose given on top of one already taken; told, not asked."""
    sentence_end = _sentence_end(text, position)
    sentence = text[start + 1 : sentence_end + 1]
    extra_before = _EXTRA_BEFORE.search(text, max(start + 1, position - 20), position)
    another_after = _ANOTHER_AFTER.search(text, position, sentence_end)
    already = _ALREADY_TAKEN.search(text, position)
    if already:  # the sentence that says so must tell it, not ask it
        sentence = text[start + 1 : _sentence_end(text, already.end()) + 1]
    mistake = (extra_before and _MISTAKE.search(clause)) or (another_after and _MISTAKE.search(sentence))
    return bool(mistake or already) and not (_ASKED.search(sentence) or _IF.search(sentence))


def _counts_before_names(text: str, named: Iterable[tuple[int, Medication]]) -> list[Use]:
    """Units told by a number right before a plan medicine's name ("took 6 aleve at once"), in the unit of that
    medicine's instructions (a tablet, a capsule, a puff)."""
    out = []
    for position, medicine in named:
        m = _COUNT_BEFORE_NAME.search(text, max(0, position - 40), position)
        limit = limit_of(medicine.instructions)
        name_end = _NAME.match(text, position).end()  # type: ignore[union-attr]
        if m and limit is not None and limit.unit is not None:
            if _DAY_AFTER.match(text, name_end):  # "8 aleve today": units in a day, not at once
                out.append(Use(m.start(), position, units_a_day=number(m.group(1)), unit=limit.unit))
            else:
                out.append(Use(m.start(), position, per_dose=number(m.group(1)), unit=limit.unit))
    return out


# A day's doses told one by one: "2 at 8, 2 at noon, 2 at 4 and 2 more at bedtime", "2 of her tylenol at 8, ...".
# A member is a count, maybe "more" and a unit or the medicine's name, then a word that places it in the day. A number
# that follows "at" or "around" is a time ("at 8"), not a count.
_LISTED = re.compile(
    rf"(?<!\bat )(?<!\baround )(?<!\bby )\b{_NUM}\s+(?:more\s+)?(?:(?:of\s+)?(?:his|her|their|my|the)\s+)?"
    r"(?:([a-z][\w\-]*)\s+)?(?:at|around|with|after|before|by|in the|this|for)\b"
)
_LISTED_GAP = re.compile(r"^[^.;!?]{0,40}$")  # members of one listing: no sentence end, a short stretch between
_UNIT_WORDS = frozenset({"tablet", "tablets", "pill", "pills", "capsule", "capsules", "cap", "caps", "tab", "tabs"})


def listed_doses(text: str, named: Iterable[tuple[int, Medication]]) -> list[Use]:
    """A day's units told one dose at a time, added up: two or more members of one listing ("2 at 8, 2 at noon, 2 at
    4 and 2 more at midnight" is 8 units in a day). A member's word between the count and the time must be a unit or
    a plan medicine's name ("2 tylenol at breakfast"), so "2 days at home" is no dose."""
    names = [(position, _NAME.match(text, position).end()) for position, _ in named]  # type: ignore[union-attr]
    members = []
    for m in _LISTED.finditer(text):
        word = m.group(2)  # the word between the count and its time, if any
        if word and word not in _UNIT_WORDS and not any(start <= m.start(2) < end for start, end in names):
            continue
        members.append(m)
    out: list[Use] = []
    group: list[re.Match[str]] = []
    for member in [*members, None]:
        if member is not None and group and _LISTED_GAP.match(text[group[-1].end() : member.start()]):
            group.append(member)
            continue
        if len(group) >= 2:
            total = sum(number(g.group(1)) for g in group)
            out.append(Use(group[0].start(), group[-1].end(), units_a_day=total, unit=LISTED))
        group = [member] if member is not None else []
    return out


LISTED = "listed"  # the unit of a listing's units: the medicine's own (its instructions say which)
_STRENGTH = re.compile(r"\b(\d+(?:\.\d+)?)\s*mg\b", re.IGNORECASE)
_ACETAMINOPHEN = re.compile(r"\b(acetaminophen|paracetamol|tylenol)\b", re.IGNORECASE)
# The most acetaminophen an adult may take in a day (FDA, "Acetaminophen: avoiding liver injury"; the same source the
# acetaminophen-overdose red flag cites). More than this, told as taken, is an overdose: Poison Control.
ACETAMINOPHEN_DAY_MAX_MG = 4000.0


def _over_day_ceiling(medicine: Medication, units_a_day: float, more_mg: float = 0.0) -> bool:
    """The day's units of an acetaminophen tablet of known strength, with `more_mg` from other products taken that
    day, add up to more than the most a day allows."""
    strength = _STRENGTH.search(medicine.text)
    if strength is None or not _ACETAMINOPHEN.search(f"{medicine.text} {medicine.instructions or ''}"):
        return False
    return units_a_day * float(strength.group(1)) + more_mg > ACETAMINOPHEN_DAY_MAX_MG


@cache
def _products() -> tuple[re.Pattern[str], dict[str, float]]:
    """The acetaminophen combination products (acetaminophen_products.yaml): one pattern, longest name first, and
    each name's milligrams per unit."""
    data = safe_load(_PRODUCTS.read_text(encoding="utf-8"))
    mg = {name.lower(): float(p["mg"]) for p in data["products"] for name in p["names"]}
    names = sorted(mg, key=lambda n: (-len(n), n))
    count = r"(?:(\d+|a|an|one|two|three|four|half a|half an)\s+(?:(?:of\s+)?(?:the|his|her|my|their|some)\s+)?)?"
    pattern = re.compile(rf"(?<![\w]){count}({'|'.join(re.escape(n) for n in names)})(?![\w])")
    return pattern, mg


_PRODUCTS = Path(__file__).with_name("acetaminophen_products.yaml")


def combination_mg(
    text: str, skip: tuple[int, int] = (0, 0), counts: Callable[[list[Use]], list[bool]] | None = None
) -> float:
    """Milligrams of acetaminophen in combination products the (lower-case) text tells as taken ("and then a tylenol
    pm at bedtime", "2 excedrin this morning"), outside `skip` (a listing already counted) and in its sentence: a taking
    verb earlier in the sentence, no question in the clause, and held by `counts` (ConText) when given."""
    pattern, mg = _products()
    taken: list[tuple[Use, float]] = []
    for m in pattern.finditer(text):
        if _told_as_taken(text, m, skip):
            units = m.group(1) or "one"
            amount = 0.5 if units.startswith("half") else 1.0 if units in ("a", "an") else number(units)
            taken.append((Use(m.start(2), m.end(2)), amount * mg[m.group(2)]))
    if taken and counts is not None:  # ConText: "no tylenol pm tonight", "she didn't have the nyquil"
        taken = [pair for pair, holds in zip(taken, counts([u for u, _ in taken]), strict=True) if holds]
    return sum(amount for _, amount in taken)


def _told_as_taken(text: str, m: re.Match[str], skip: tuple[int, int]) -> bool:
    """A product named outside `skip`, in the same sentence as the listing `skip` is (when given), after a taking verb
    in its sentence and not in a question."""
    if skip[0] <= m.start() < skip[1]:
        return False
    sentence = max((s.end() for s in SENTENCE_END.finditer(text, 0, m.start())), default=0)
    if skip != (0, 0) and SENTENCE_END.search(text, min(skip[1], m.start()), max(skip[0], m.end())):
        return False  # told in another sentence than the day's listing ("... at 10. his wife took a tylenol pm")
    clause_end = min([i for i in (text.find(c, m.end()) for c in ".?;") if i >= 0] or [len(text)])
    return bool(_TAKEN.search(text, sentence, m.start())) and not _ASKED.search(text[sentence : clause_end + 1])


def _taken(text: str, use: Use) -> bool:
    """The units were taken (a past act told in the clause), not asked about ("took 6 at once, is that bad?" is
    a report and then a question: the clause ends at the comma)."""
    start = max(text.rfind(".", 0, use.start), text.rfind(",", 0, use.start), 0)
    ends = [text.find(mark, use.end) for mark in ".?,;"]
    end = min([i for i in ends if i >= 0] or [len(text)])
    clause = text[start : end + 1]
    return bool(_TAKEN.search(text[start : use.start + 1])) and not _ASKED.search(clause)


def _about(use: Use, mentions: list[tuple[int, Medication]], previous: Sequence[Medication]) -> Medication | None:
    before = [med for pos, med in mentions if pos < use.start]
    if before:
        return before[-1]
    after = [med for pos, med in mentions if pos >= use.start]
    if after:
        return after[0]
    return previous[0] if len(previous) == 1 else None
