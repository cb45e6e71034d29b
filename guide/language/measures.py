"""Readings a message reports (blood sugar 62, BP 150/95, INR 4.2, 179 lb) and the plan's goals as limits.

A reading is a value with what it measures, found by the measure's words near the number or by its
shape (a blood pressure is "150/95" or "150 over 95"). A goal with a target ("Keep INR between 2.0 and
3.0", "Keep blood pressure below 130/80", "within 2 pounds of his dry weight of 176 pounds") is a limit:
a reading of the same measure outside it goes to the care team.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from guide.careplan.model import Goal
from guide.knowledge.models import UsualRange
from guide.language.text import neutral

_NUM = r"(\d{1,3}(?:[.,]\d+)?)"
_MEASURE_WORDS: dict[str, re.Pattern[str]] = {
    "blood_sugar": re.compile(r"\b(blood sugars?|sugars?|glucose|bg|bs|glucometer|meter|fasting)\b"),
    "inr": re.compile(r"\b(inr|pt/inr|protime|coumadin (level|number|test)|warfarin (level|number|test))\b"),
    "weight": re.compile(r"\b(weigh\w*|wt|scale|pounds?|lbs?|kilos?|kgs?)\b"),
    "oxygen": re.compile(r"\b(oxygen|o2|sats?|saturation|pulse ?ox\w*|spo2)\b"),
    "temperature": re.compile(r"\b(temp\w*|fever|degrees?)\b|°"),
    "heart_rate": re.compile(r"\b(heart ?rate|hr|pulse|bpm|beats)\b"),
    # lab values read off a portal or a letter
    "a1c": re.compile(r"\b(a ?1 ?c|hba1c)\b"),
    "potassium": re.compile(r"\bpotassium\b"),
    "sodium": re.compile(r"\bsodium\b"),
    "creatinine": re.compile(r"\b(creatinine|creat)\b"),
    "egfr": re.compile(r"\be?gfr\b"),
    "hemoglobin": re.compile(r"\b(hemoglobin|haemoglobin|hgb)\b(?!\s*a ?1 ?c)"),
}
MEASURES = (*_MEASURE_WORDS, "blood_pressure")
_BP = re.compile(r"\b(\d{2,3})\s*(?:/|over)\s*(\d{2,3})\b")
_NOT_A_READING = (
    r"(?!\s*(?:years?|yrs?|yo\b|y/o|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mg\b(?!/)|mcg|ml\b|units?|"
    r"pills?|tablets?|caps(?:ules)?|times?|puffs?|cups?|oz\b|ounces?|liters?|litres?|steps|am\b|pm\b|o'?clock|"
    r"feet|ft\b|inch|cm\b|percent of|x\b))"
)
# Not part of a phone number, a date or an id ("617.555.0177", "3-12"): digits joined by dots or dashes.
_NUMBER = re.compile(
    rf"(?<![\w/.\-]){_NUM}(?![\d/]|[.\-]\d|(?:st|nd|rd|th)\b)(?!\s*(?:/|over)\s*\d){_NOT_A_READING}"
)  # not an ordinal ("his 72nd birthday")
_PLAUSIBLE = {
    "blood_sugar": (20, 700),
    "inr": (0.5, 12),
    "weight": (60, 600),
    "oxygen": (50, 100),
    "temperature": (90, 110),
    "heart_rate": (25, 250),
    "a1c": (4, 18),
    "potassium": (1.5, 9),
    "sodium": (100, 180),
    "creatinine": (0.2, 15),
    "egfr": (3, 150),
    "hemoglobin": (3, 25),
}
_A1C = re.compile(r"\ba ?1 ?c\b")
_YEAR = re.compile(r"(19|20)\d\d")
_THRESHOLD_BEFORE = re.compile(
    r"\b(under|over|below|above|less than|more than|greater than|at least|between|and|goes to|drops to|gets to|"
    r"falls to|if\s+(?:[\w']+\s+){0,3}?(?:is|was|goes|gets|drops|hits|reaches|reads|comes back)?(?:\s+(?:to|at))?|"
    r"normal|target|goal|range)\s*$"
)
# A fasting goal is about morning readings: one taken after a meal is not compared with it.
_NOT_FASTING = re.compile(
    r"\b(after (eating|a meal|meals|lunch|dinner|breakfast)|before (lunch|dinner|bed)|lunch|dinner|"
    r"supper|bedtime|evening|tonight|night|snack|dessert)\b"
)


@dataclass(frozen=True)
class Measurement:
    """One reported value of one measure (`value2` is a blood pressure's lower number)."""

    measure: str
    value: float
    value2: float | None = None
    position: int = 0


def _number(text: str) -> float:
    return float(text.replace(",", "."))


# Readings in other units, converted to the units the plan's goals use (pounds, mg/dL, Fahrenheit): "80 kilos",
# "5.8 mmol", "37.9" (a temperature only Celsius makes plausible).
_KILO_WORDS = r"(?:kg|kgs|kilos?|kilograms?)"
_KILOS_AFTER = re.compile(rf"\s*{_KILO_WORDS}\b")
_KILOS = re.compile(rf"\b{_KILO_WORDS}\b")
_POUNDS = re.compile(r"\b(?:lbs?|pounds?)\b")
_MMOL = re.compile(r"\bmmol")
_KG_TO_LB = 2.20462
_MMOL_TO_MG = 18.016


def _in_units(name: str, value: float, lowered: str, end: int) -> float:
    """The value in the unit the plan's goals use for this measure."""
    if name == "weight" and (
        _KILOS_AFTER.match(lowered, end) or (_KILOS.search(lowered) and not _POUNDS.search(lowered) and value <= 200)
    ):  # "80 kilos"; "the scale only does kilos and it said 80" (no pounds named anywhere)
        return round(value * _KG_TO_LB, 1)
    if name == "blood_sugar" and value < 35 and _MMOL.search(lowered):
        return round(value * _MMOL_TO_MG)
    if name == "temperature" and 34 <= value <= 43:
        return round(value * 9 / 5 + 32, 1)
    return value


# A blood pressure said in words ("one twenty four over seventy eight", "a hundred and thirty over eighty").
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen".split()
_ONES += "seventeen eighteen nineteen".split()
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_WORD = rf"(?:{'|'.join(_ONES)}|{'|'.join(_TENS)}|hundred|a hundred|and)"
_SPOKEN_RUN = rf"{_WORD}(?:[\s-]+{_WORD}){{0,4}}"
_SPOKEN_BP = re.compile(rf"\b({_SPOKEN_RUN})\s+over\s+({_SPOKEN_RUN})\b")


def spoken_number(words: str) -> int | None:
    """A number said in words as people say readings: "one twenty four" 124, "a hundred and ten" 110, "eighty" 80."""
    tokens = [t for t in re.split(r"[\s-]+", words.replace("a hundred", "one hundred")) if t and t != "and"]
    if not tokens:
        return None

    def below_hundred(parts: list[str]) -> int | None:
        if not parts:
            return 0
        if len(parts) == 1:
            return _TENS.get(parts[0], _ONES.index(parts[0]) if parts[0] in _ONES else None)
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES[1:10]:
            return _TENS[parts[0]] + _ONES.index(parts[1])
        return None

    hundreds = 0
    if "hundred" in tokens:
        i = tokens.index("hundred")
        if i != 1 or tokens[0] not in _ONES[1:10]:
            return None
        hundreds, tokens = _ONES.index(tokens[0]), tokens[2:]
    elif len(tokens) >= 2 and tokens[0] in ("one", "two") and (tokens[1] in _TENS or tokens[1] in _ONES[10:]):
        hundreds, tokens = _ONES.index(tokens[0]), tokens[1:]  # "one twenty four": 1 and 24
    rest = below_hundred(tokens)
    return None if rest is None else hundreds * 100 + rest


def _plausible_bp(high: float, low: float) -> bool:
    return 60 <= high <= 260 and 30 <= low <= 160 and high > low


def measurements(text: str) -> list[Measurement]:
    """Every plausible reading in the message, each tied to the nearest measure named before or after it."""
    lowered = text.lower()
    out = _blood_pressures(lowered)
    anchors = [(m.start(), m.end(), name) for name, p in _MEASURE_WORDS.items() for m in p.finditer(lowered)]
    for match in _NUMBER.finditer(lowered):
        if re.fullmatch(r"(19|20)\d\d", match.group(1)) or _THRESHOLD_BEFORE.search(lowered[: match.start()]):
            continue  # a year, or a limit being asked about ("if it goes under 70"), not a reading
        found = _reading_of(match, anchors, lowered)
        if found is not None:
            out.append(found)
    return out


def _blood_pressures(lowered: str) -> list[Measurement]:
    """Blood pressures written as "150/95" or spoken ("one fifty over ninety five"), when plausible."""
    out = [
        Measurement("blood_pressure", float(m.group(1)), float(m.group(2)), m.start())
        for m in _BP.finditer(lowered)
        if _plausible_bp(int(m.group(1)), int(m.group(2)))
    ]
    for m in _SPOKEN_BP.finditer(lowered):
        upper, lower = spoken_number(m.group(1)), spoken_number(m.group(2))
        if upper is not None and lower is not None and _plausible_bp(upper, lower):
            out.append(Measurement("blood_pressure", float(upper), float(lower), m.start()))
    return out


# A measure word after the number is further than the same gap before it ("pulse 78, oxygen 94": 78 is the pulse), a
# unit after it ("78 bpm") still near.
_AFTER_PENALTY = 3


def _reading_of(match: re.Match[str], anchors: list[tuple[int, int, str]], lowered: str) -> Measurement | None:
    """The number as a reading of the nearest measure named within 40 characters whose plausible range holds it
    (in that measure's units); not a blood sugar right after an A1c word."""
    near = sorted(
        (match.start() - end if start < match.start() else start - match.end() + _AFTER_PENALTY, name)
        for start, end, name in anchors
        if abs(start - match.start()) <= 40
    )
    for _, name in near:
        low, high = _PLAUSIBLE[name]
        if name == "blood_sugar" and _A1C.search(lowered[max(0, match.start() - 30) : match.start()]):
            continue  # an A1c percentage, not a meter reading
        value = _in_units(name, _number(match.group(1)), lowered, match.end())
        if low <= value <= high:
            return Measurement(name, value, None, match.start())
    return None


@dataclass(frozen=True)
class GoalLimit:
    """A goal's target as numbers: a reading of `measure` below `low` or above `high` is outside it."""

    goal_id: str
    measure: str
    low: float | None
    high: float | None
    high2: float | None = None  # a blood pressure's lower number ("below 130/80")

    def outside(self, reading: Measurement) -> bool:
        """True when the reading is of this goal's measure and outside its target."""
        if reading.measure != self.measure:
            return False
        if self.low is not None and reading.value < self.low:
            return True
        if self.high is not None and reading.value > self.high:
            return True
        return self.high2 is not None and reading.value2 is not None and reading.value2 > self.high2


_BETWEEN = re.compile(rf"\bbetween {_NUM} and {_NUM}")
_BELOW = re.compile(rf"(?:\b(?:below|under|less than|lower than) |<\s*){_NUM}(?:\s*/\s*{_NUM})?")
_ABOVE = re.compile(rf"(?:\b(?:above|over|more than|at least) |>\s*){_NUM}")
_WITHIN = re.compile(rf"\bwithin {_NUM} (?:pounds?|lbs?|kg)\b.*?\b{_NUM} (?:pounds?|lbs?|kg)")


def goal_limits(goals: list[Goal]) -> list[GoalLimit]:
    """The goals that state a numeric target for a measure a family can report."""
    out: list[GoalLimit] = []
    for goal in goals:
        text = goal.text.lower()
        measure = _goal_measure(text)
        if measure is None:
            continue
        if (m := _WITHIN.search(text)) and measure == "weight":
            spread, centre = _number(m.group(1)), _number(m.group(2))
            out.append(GoalLimit(goal.id, measure, centre - spread, centre + spread))
        elif m := _BETWEEN.search(text):
            out.append(GoalLimit(goal.id, measure, _number(m.group(1)), _number(m.group(2))))
        elif m := _BELOW.search(text):
            out.append(
                GoalLimit(goal.id, measure, None, _number(m.group(1)), _number(m.group(2)) if m.group(2) else None)
            )
        elif m := _ABOVE.search(text):
            out.append(GoalLimit(goal.id, measure, _number(m.group(1)), None))
    return out


def measure_named(measure: str, text: str) -> bool:
    """Whether a text names this measure ("weight goes up more than 2 pounds" names weight)."""
    if measure == "blood_pressure":
        return "blood pressure" in text.lower() or re.search(r"\bbp\b", text.lower()) is not None
    pattern = _MEASURE_WORDS.get(measure)
    return pattern is not None and pattern.search(text.lower()) is not None


_ASKS_TARGET = re.compile(
    r"\b(normal|target|goal|range|aim(ing)?|supposed to|should (it |his |her |my |their )?\w+ be|too (high|low)|"
    r"healthy|safe (level|number|range)|ok(ay)? (level|number|range)|"
    # "what INR they want walt at", "what number does the doctor want her under"
    r"(they|doctors?|dr|team|nurse|clinic|plan|cardiologist|specialist) wants? ([\w<>]+ ){0,2}"
    r"(at|to be|to stay|under|below|above|over|between))\b"
)


def target_asked(question: str) -> set[str]:
    """The measures whose target a question asks about ("what's a normal INR", "what should her sugar be"): a measure
    named with no number (a number is a reading, compared with the goal elsewhere) and words asking for a value."""
    text = neutral(question).lower().replace("\u2019", "'")
    if any(c.isdigit() for c in text) or not _ASKS_TARGET.search(text):
        return set()
    return {m for m in MEASURES if measure_named(m, text)}


def _goal_measure(text: str) -> str | None:
    if "blood pressure" in text or re.search(r"\bbp\b", text):
        return "blood_pressure"
    if _A1C.search(text):
        return "a1c"  # "Hemoglobin A1c total in Blood < 7.0"
    for name in (
        "inr",
        "blood_sugar",
        "oxygen",
        "heart_rate",
        "temperature",
        "potassium",
        "creatinine",
        "egfr",
        "weight",
    ):
        if _MEASURE_WORDS[name].search(text):
            return name
    return None


def outside_goals(text: str, goals: list[Goal], context: str = "") -> list[str]:
    """Ids of the goals a reading in the message is outside of. `context` (the questions before) names what a
    bare number measures ("what's a normal INR for him?" then "it came back 4.5")."""
    pairs, _ = _compared(text, goals, context, lows_any_time=True)
    return sorted({limit.goal_id for limit, r in pairs if limit.outside(r)})


def within_goals(text: str, goals: list[Goal], context: str = "") -> list[str]:
    """Ids of the goals the message reports a reading of, every such reading inside the target ("he was 177 this
    morning" for "within 2 pounds of 176"); none when any reading is outside any goal."""
    pairs, readings = _compared(text, goals, context)
    if any(limit.outside(r) for limit, r in pairs):
        return []
    measured = {r.measure for _, r in pairs}
    if any(_unplaced(text, readings, measure) for measure in measured):
        return []  # "weight was 176 last monday ... today he is 182": a second value too far from the word to place
    return sorted({limit.goal_id for limit, _ in pairs})


def _unplaced(text: str, readings: list[Measurement], measure: str) -> bool:
    """A number in the message that could be another reading of `measure` but was not read as one: the message
    cannot be called inside a goal on the readings that were placed."""
    lowered = text.lower()
    placed = {r.position for r in readings}
    low, high = _PLAUSIBLE.get(measure, (0, 1e9))
    for match in _NUMBER.finditer(lowered):
        if match.start() in placed or _YEAR.fullmatch(match.group(1)):
            continue
        if _THRESHOLD_BEFORE.search(lowered[: match.start()]):
            continue
        if low <= _number(match.group(1)) <= high:
            return True
    return False


# A time of day near a sugar reading that makes it a fasting one ("fasting this morning was 190" after "tamales last
# night"): the nearest time word within this many characters of the reading, in either direction, decides.
_FASTING_WORDS = re.compile(
    r"\b(fasting|before breakfast|this morning|in the morning|this am|first thing|when (?:she|he|i|we) woke|woke up|"
    r"on waking|morning)\b"
)
_TIME_NEAR = 45


_TIME_CLAUSE = re.compile(r"[,.;!?]|\b(?:and|but|then|while)\b")


def _fasting(lowered: str, position: int) -> bool:
    """Whether a sugar reading at `position` is a fasting one: the time word nearest to it in its own clause decides,
    else the nearest within reach ("sugar 109 before breakfast and 134 before dinner": 134 is not; "bedtime sugar was
    140 and this morning 104": 140 is not); with none near, any after-meal word in the message makes it not."""
    breaks = [m.start() for m in _TIME_CLAUSE.finditer(lowered)]
    clause_start = max([b for b in breaks if b < position], default=0)
    clause_end = min([b for b in breaks if b > position], default=len(lowered))
    for start, end in ((clause_start, clause_end), (max(0, position - _TIME_NEAR), position + _TIME_NEAR)):
        near = [(abs(m.start() - position), True) for m in _FASTING_WORDS.finditer(lowered, start, end)]
        near += [(abs(m.start() - position), False) for m in _NOT_FASTING.finditer(lowered, start, end)]
        if near:
            return min(near)[1]
    return not _NOT_FASTING.search(lowered)


def _compared(
    text: str, goals: list[Goal], context: str, *, lows_any_time: bool = False
) -> tuple[list[tuple[GoalLimit, Measurement]], list[Measurement]]:
    """Each reading of the message with each goal limit of its measure that applies to it. A fasting goal's upper
    bound is not compared with a reading taken after a meal or later in the day; with `lows_any_time` its lower bound
    still is ("58 before dinner" is low at any time), else the pair is left out (a value after dinner is not "within"
    a fasting goal). Also every reading of the message, compared or not."""
    readings = measurements(text)
    if not readings and context:
        readings = _bare_readings(text, context)
    limits = goal_limits(goals)
    if not limits:
        return [], readings
    if not readings:
        readings = _near_a_tight_goal(text, limits)
    fasting_goals = {g.id for g in goals if "fasting" in g.text.lower()}
    lowered = text.lower()
    pairs = []
    for reading in readings:
        for limit in limits:
            if limit.measure != reading.measure:
                continue
            if limit.goal_id in fasting_goals and not _fasting(lowered, reading.position):
                if lows_any_time and limit.low is not None:
                    pairs.append((replace(limit, high=None), reading))
                continue
            pairs.append((limit, reading))
    return pairs, readings


# A goal whose target is narrow for its size (a weight within 2 pounds of 176, not a blood sugar of 80-130):
# a number close to it is a reading of it even unnamed ("he was 177 this morning"). Its width/centre at most this,
# and a number within this many half-widths of the centre.
_TIGHT = 0.1
_NEAR = 3.0


def _near_a_tight_goal(text: str, limits: list[GoalLimit]) -> list[Measurement]:
    """Bare numbers read as the measure of the one tight goal they are close to (none when several are)."""
    tight = []
    for limit in limits:
        if limit.low is None or limit.high is None or limit.high2 is not None or limit.high <= 0:
            continue
        centre, half = (limit.low + limit.high) / 2, (limit.high - limit.low) / 2
        if half > 0 and 2 * half / centre <= _TIGHT:
            tight.append((limit.measure, centre - _NEAR * half, centre + _NEAR * half))
    if not tight:
        return []
    lowered = text.lower()
    out = []
    for match in _NUMBER.finditer(lowered):
        if _YEAR.fullmatch(match.group(1)) or _THRESHOLD_BEFORE.search(lowered[: match.start()]):
            continue
        value = _number(match.group(1))
        near = {measure for measure, low, high in tight if low <= value <= high}
        if len(near) == 1:
            out.append(Measurement(near.pop(), value, None, match.start()))
    return out


def _bare_readings(text: str, context: str) -> list[Measurement]:
    """Numbers in a follow-up read as the last measure the conversation named."""
    named = [(m.start(), name) for name, p in _MEASURE_WORDS.items() for m in p.finditer(context.lower())]
    named += [(m.start(), "blood_pressure") for m in re.finditer(r"\b(blood pressure|bp)\b", context.lower())]
    if not named:
        return []
    measure = max(named)[1]
    if measure == "blood_pressure":
        return [
            Measurement("blood_pressure", float(m.group(1)), float(m.group(2)), m.start())
            for m in _BP.finditer(text.lower())
        ]
    low, high = _PLAUSIBLE.get(measure, (0, 1e9))
    numbers = [(_number(m.group(1)), m.start()) for m in _NUMBER.finditer(text.lower())]
    return [
        Measurement(measure, v, None, at) for v, at in numbers if low <= v <= high and not _YEAR.fullmatch(f"{v:g}")
    ]


def outside_usual(text: str, goals: list[Goal], ranges: Sequence[UsualRange], context: str = "") -> list[UsualRange]:
    """The usual ranges (knowledge/usual_ranges.yaml) a reading in the message is outside of, for the sides of its
    measure no goal of the plan bounds: a potassium of 5.8 for any plan; a pulse of 112 for a plan with no pulse
    goal; an after-dinner sugar of 312 against a fasting goal (which keeps only its low bound after a meal)."""
    if not ranges:
        return []
    pairs, readings = _compared(text, goals, context, lows_any_time=True)
    by_measure = {r.measure: r for r in ranges}
    out: dict[str, UsualRange] = {}
    for reading in readings:
        usual = by_measure.get(reading.measure)
        if usual is None:
            continue
        bounded = [limit for limit, r in pairs if r.position == reading.position and r.measure == reading.measure]
        low_by_goal = any(limit.low is not None for limit in bounded)
        high_by_goal = any(limit.high is not None for limit in bounded)
        low = not low_by_goal and (
            (usual.low is not None and reading.value < usual.low)
            or (usual.low2 is not None and reading.value2 is not None and reading.value2 < usual.low2)
        )
        high = not high_by_goal and (
            (usual.high is not None and reading.value > usual.high)
            or (usual.high2 is not None and reading.value2 is not None and reading.value2 > usual.high2)
        )
        if low or high:
            out[usual.measure] = usual
    return list(out.values())
