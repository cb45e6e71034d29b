"""The care plan's own numeric rules: "call the team if weight goes up more than 2 pounds in a day",
"call 911 if blood sugar is below 54 and she is confused". Numbers in a question are compared with
the thresholds of the plan's call-if rules that talk about the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from guide.careplan.model import CallIf, CarePlan
from guide.knowledge.loader import protocol_passage_id
from guide.knowledge.models import DrugClass, Protocol, ProtocolRule
from guide.language.dosing import per_day_counts
from guide.language.text import content_tokens, stem

_UNIT = r"(pounds?|lbs?|kg|kilos?|minutes?|mins?|hours?|hrs?|days?|times?|puffs?|mg/dl|degrees?|liters?|litres?|%)"
_RULE = re.compile(
    r"\b(more than|above|over|greater than|higher than|at least|below|under|less than|lower than)\s+"
    rf"(\d+(?:\.\d+)?)\s*{_UNIT}?"
)
# A count of things ("4 glucose tablets", "2 cups of juice") is not a reading, whatever measure word is near it.
_COUNTED = (
    r"(?!\s+(?:\w+\s+)?(?:tablets?|tabs?|pills?|caps(?:ules)?|cups?|glass(?:es)?|grams?|g|units?|mg|ml|ounces?|oz|"
    r"pieces?|doses?|spoons?|tablespoons?|teaspoons?|sips?|bites?)\b)"
)
_NUMBER = re.compile(rf"(?<![\w/.])(\d+(?:\.\d+)?)(?!st\b|nd\b|rd\b|th\b){_COUNTED}\s*{_UNIT}?(?![\d/]|\.\d)")
# Words of a rule that do not say what it is about; kept as their stems, as `content_tokens` gives them.
_GENERIC = {
    stem(word)
    for word in (
        "call care team 911 988 day week row twice more than start heal below above over under less one two she he "
        "his her goes does emergency need use"
    ).split()
}
_UNITS = {
    "pound": "lb",
    "pounds": "lb",
    "lb": "lb",
    "lbs": "lb",
    "kg": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "minute": "min",
    "minutes": "min",
    "min": "min",
    "mins": "min",
    "hour": "h",
    "hours": "h",
    "hr": "h",
    "hrs": "h",
    "day": "d",
    "days": "d",
    "time": "x",
    "times": "x",
    "puff": "x",
    "puffs": "x",
    "mg/dl": "",
    "degree": "deg",
    "degrees": "deg",
    "liter": "l",
    "liters": "l",
    "litre": "l",
    "litres": "l",
    "%": "%",
}


@dataclass(frozen=True)
class Threshold:
    """One comparison in a rule."""

    low: bool  # True: triggers below the number; False: above it
    value: float
    unit: str


def _unit(raw: str | None) -> str:
    return _UNITS.get((raw or "").lower(), "")


def thresholds(rule_text: str) -> list[Threshold]:
    """The numeric comparisons of a rule."""
    out = []
    for comparator, number, unit in _RULE.findall(rule_text.lower()):
        low = comparator in {"below", "under", "less than", "lower than"}
        out.append(Threshold(low, float(number), _unit(unit)))
    return out


def key_terms(rule_text: str) -> set[str]:
    """The rule's content words that say what it is about."""
    return {t for t in content_tokens(rule_text) if t not in _GENERIC and not t.isdigit()}


_REPEATED_RULE = re.compile(r"\b(twice|two times|three times|more than (once|twice)|in a row|again)\b")
_REPEATED_QUESTION = re.compile(
    r"\b(again|twice|three times|\d+ times|every (day|morning|night)|keeps?|in a row|several|third|[3-9](?:rd|th)|"
    r"repeated(ly)?|"
    r"all week|each (day|morning))\b"
)


def triggered(rule: CallIf, question: str, context: str | None = None) -> bool:
    """True when the question reports what a plan rule says to call about: a number past its
    threshold, a change bigger than it allows, or (for call-the-team rules) every word of one of its
    conditions. `context` is the question before, for a bare reading ("he's 179.5 this morning")."""
    limits = thresholds(rule.text)
    if not limits:
        return rule.urgency == "care_team" and _clause_matches(rule.text, lay_to_plan_words(question))
    question = lay_to_plan_words(question)
    if rule.urgency == "care_team" and _team_rule_met(rule.text, limits, question, context):
        return True
    if _REPEATED_RULE.search(rule.text.lower()) and not _REPEATED_QUESTION.search(question.lower()):
        repeated = [t for t in limits if _repeated_only(rule.text, t)]
        if not any(_readings_past(question, rule.text, t) >= 2 for t in repeated):  # "318 last night, 305 today"
            limits = [t for t in limits if t not in repeated]
    # a change the rule allows ("goes up more than 2 pounds in a day") is read by `_change_past`, never against one
    # reading: "I weighed 176 lb today" is not a gain of 176 pounds
    rises = {(allowed, _unit(unit)) for allowed, unit, _ in _rises(rule.text)}
    limits = [t for t in limits if t.low or (t.value, t.unit) not in rises]
    return _past_limit(rule.text, limits, question, needed=2 if rule.urgency == "emergency" else 1)


def _team_rule_met(rule_text: str, limits: list[Threshold], question: str, context: str | None) -> bool:
    """A call-the-team rule met otherwise than by one reading past its number: its words without the numbers
    ("pink or dark urine" in a rule that also has a number elsewhere), a change past it ("176 yesterday, 178.6 this
    morning" and "goes up more than 2 pounds in a day"), a count stated against it ("under 70 three times this week"
    and "below 70 more than twice in one week"), or a count in a follow-up ("how many times a day is too many for the
    rescue inhaler?" then "ok I'm at 5 today")."""
    return (
        _clause_matches(_without_numbers(rule_text), question)
        or _change_past(rule_text, question, context)
        or _states_limit(rule_text, limits, question)
        or _count_in_follow_up(rule_text, limits, question, context)
    )


_COMPARED = re.compile(r"\b(below|under|less than|lower than|above|over|more than|higher than)\s+(\d+(?:\.\d+)?)\b")
_LOW_WORDS = {"below", "under", "less than", "lower than"}


def _states_limit(rule_text: str, limits: list[Threshold], question: str) -> bool:
    """The question names the rule's own limit, in the same direction, as often as the rule counts
    ("under 70 three times this week" for "below 70 more than twice in one week")."""
    for word, number in _COMPARED.findall(question.lower()):
        for limit in limits:
            if limit.value == float(number) and limit.low == (word in _LOW_WORDS):
                if not _repeated_only(rule_text, limit) or _count_past(question, rule_text):
                    return True
    return False


_COUNTS = {"once": 1, "twice": 2, "two times": 2, "three times": 3, "four times": 4, "five times": 5}
_TIMES = re.compile(r"\b(\d+) times\b")
_COUNT_SAID = [(re.compile(rf"\b{k}\b"), v) for k, v in _COUNTS.items()]  # compiled once: never inside a turn
_COUNT_ALLOWED = [(re.compile(rf"more than {k}\b"), v) for k, v in _COUNTS.items()]


def _count_past(question: str, rule_text: str) -> bool:
    """The question's count ("three times", "4 times") is more than the rule's ("more than twice")."""
    asked = [int(n) for n in _TIMES.findall(question.lower())]
    asked += [v for pattern, v in _COUNT_SAID if pattern.search(question.lower())]
    allowed = [v for pattern, v in _COUNT_ALLOWED if pattern.search(rule_text.lower())]
    return bool(asked and allowed) and max(asked) > min(allowed)


# A count said in words ("once", "twice", "three times", `_COUNTS`) or as a multiplier ("3x"), as "<n> times" for
# the count readers.
_COUNT_AS_TIMES = [(pattern, f"{n} times") for pattern, n in _COUNT_SAID] + [
    (re.compile(r"\b(\d{1,2})\s*x\b"), r"\1 times")
]


def count_within(condition: str, question: str) -> bool:
    """The question states how many times the condition's thing happened, and every such count is within the
    condition's allowance: "used his rescue inhaler 3 times today" for "needs the rescue inhaler more than 4 times in a
    day". Such a clause means the rule's subject but not its number, so it does not meet the rule by meaning."""
    counts = [t for t in thresholds(condition) if t.unit == "x" and not t.low]
    if not counts:
        return False
    text = lay_to_plan_words(question).lower()
    for pattern, times in _COUNT_AS_TIMES:
        text = pattern.sub(times, text)
    shared = key_terms(condition) & content_tokens(text)
    said = [n for n, unit in _numbers_near(text, shared) if unit == "x"] if shared else []
    return bool(said) and all(n <= t.value for n in said for t in counts)


_RISE = re.compile(
    r"\b(goes up|go up|gains?|rises?|increases?)\b[^.]{0,20}?more than (\d+(?:\.\d+)?)\s*(pounds?|lbs?|kg)"
    r"\s+in an? (day|week)"
)
# the same rule's second period, "more than" implied: "... more than 2 pounds in a day or 5 pounds in a week"
_RISE_ALSO = re.compile(r"\s+or (?:more than )?(\d+(?:\.\d+)?)\s*(pounds?|lbs?|kg)\s+in an? (day|week)")


def _rises(rule_text: str) -> list[tuple[float, str, str]]:
    """The changes a rule allows, as (amount, unit word, period): "goes up more than 2 pounds in a day or 5 pounds in
    a week" allows 2 pounds a day and 5 pounds a week."""
    text, out = rule_text.lower(), []
    for match in _RISE.finditer(text):
        out.append((float(match.group(2)), match.group(3), match.group(4)))
        also = _RISE_ALSO.match(text, match.end())
        if also:
            out.append((float(also.group(1)), also.group(2), also.group(3)))
    return out


_WHEN = {
    # the earlier reading of a rise compared with the rule's daily allowance: yesterday, or any day before it
    # ("176 on monday and 181 this morning" is past a 2-pounds-a-day rule whatever the days between)
    "day": (
        re.compile(
            r"\b(yesterday|(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
            r"(?:a few|two|three|\d) days ago|the other day)\b"
        ),
        re.compile(r"\b(today|this morning|now|tonight)\b"),
    ),
    "week": (re.compile(r"\blast week\b"), re.compile(r"\b(today|now|this week)\b")),
}


# A gain told as an amount ("gained 3 lb overnight", "up 2 kilos this week", "2 kilos more than last week", "3 pound
# in one day"): each pattern's first group the amount, its second the unit.
_AMOUNT = r"(\d+(?:\.\d+)?)\s*(pounds?|lbs?|kilos?|kgs?)\b"
_WEIGHT_UNIT = re.compile(rf"\b{_AMOUNT}")  # a number with a weight's unit
_GAINS = (
    re.compile(
        r"\b(?:gained|gaining|gain of|put on|putting on|jumped|(?:went|gone|is|was|he's|she's|hes|shes) up|up)\s+"
        rf"(?:about |around |almost |nearly |over |like |by )?{_AMOUNT}"
    ),
    re.compile(rf"\b{_AMOUNT}\s+(?:more|heavier|up)\b"),
    re.compile(rf"\b{_AMOUNT}\s+in\s+(?:one|a|an|1|2|two|3|three|4|four|5|five) (?:day|days|nights?)\b"),
)
# a gain told over a week is held to the rule's weekly allowance; told over anything shorter, or with no period, to
# its daily one (the cautious reading: "up 4 lbs since monday" is past "more than 2 pounds in a day")
_GAIN_LONGER = re.compile(r"\b(months?|years?|since (?:his|her|my|their) birthday|since christmas|since the summer)\b")
_GAIN_WEEK = re.compile(r"\b(this week|in (?:a|one) week|last week|in the last week|over the week|a week)\b")


def _stated_gain(rule_text: str, question: str) -> bool:
    """The question states a gain bigger than the rule allows over its period: the weekly allowance for a gain told
    over a week, else the daily one."""
    text = question.lower()
    allowances = {period: (allowed, unit) for allowed, unit, period in reversed(_rises(rule_text))}
    if not allowances:
        return False
    for pattern in _GAINS:
        for gain in pattern.finditer(text):
            around = text[max(0, gain.start() - 40) : gain.end() + 40]  # the gain's own period, not another clause's
            if _GAIN_LONGER.search(around):
                continue  # "3 lb since his birthday last month": over no period the rule counts
            period = "week" if _GAIN_WEEK.search(around) and "week" in allowances else "day"
            allowed, unit = allowances.get(period) or next(iter(allowances.values()))
            amount = float(gain.group(1))
            if gain.group(2).startswith(("kilo", "kg")) and not unit.startswith("kg"):
                amount *= 2.2
            if amount > allowed:
                return True
    return False


def _change_past(rule_text: str, question: str, context: str | None) -> bool:
    """Two readings a day (or a week) apart whose rise is more than the rule allows, or a gain told as an amount
    over that period ("gained 3 lb overnight")."""
    if _stated_gain(rule_text, question):
        return True
    asked = content_tokens(question) | content_tokens(lay_to_plan_words(context or ""))
    text, told = question.lower(), (context or "").lower()
    # about the rule: one of its words, or the unit of the change it allows ("176 lb yesterday and 179 lb today")
    if not key_terms(rule_text) & asked and not _WEIGHT_UNIT.search(f"{text} {told}"):
        return False
    for allowed, _, period in _rises(rule_text):
        # each reading from this message, else from the messages before ("this morning he was 177.2", then "yesterday
        # morning he was 174.8": a rise told over two turns)
        earlier, later = _WHEN[period]
        here = _reading_by(text, earlier)
        before = here or _reading_by(told, earlier)
        # not the earlier reading again ("176 pounds on monday and this morning the scale read 181")
        after = _reading_by(text, later, skip=here[1] if here else None) or _reading_by(told, later)
        if before is not None and after is not None and after[0] - before[0] > allowed:
            return True
    return False


def _reading_by(text: str, pattern: re.Pattern[str], skip: int | None = None) -> tuple[float, int] | None:
    """The reading nearest a time word ("176 yesterday", "this morning 178.6"), if one is within a few words, with
    its position; `skip`, a reading's position not to take."""
    when = pattern.search(text)
    if when is None:
        return None
    readings = [
        (abs(m.start() - when.start()), float(m.group(1)), m.start())
        for m in _NUMBER.finditer(text)
        if _unit(m.group(2)) in {"", "lb", "kg"} and 20 <= float(m.group(1)) <= 700 and m.start() != skip
    ]
    near = [r for r in readings if r[0] <= 30]
    return min(near)[1:] if near else None


# What a bare number in a follow-up is a reading of, found in the questions before it (latest mention wins).
_MEASURES = (
    (re.compile(r"\b(blood sugars?|sugars?|glucose|bg)\b"), "blood sugar"),
    (re.compile(r"\b(oxygen|o2|sats?|pulse ox)\b"), "oxygen"),
    (re.compile(r"\b(temperature|temp|fever)\b"), "temperature"),
    (re.compile(r"\b(blood pressure|bp)\b"), "blood pressure"),
    (re.compile(r"\b(heart rate|pulse)\b"), "heart rate"),
)
_BARE = re.compile(
    r"^(?:(?:and|but|ok|okay|well|so|now)\s+)*(?:it'?s|its|(?:it|she|he) is|she'?s|shes|he'?s|hes|now|down to|up to)\s+"
    r"(?:(?:at|only|just|down to|up to)\s+)?(?=\d+(?:\.\d+)?(?!\.?\d)(?!\s*(?:degrees?|°|%|percent|minutes?|mins?|"
    r"hours?|hrs?|years?|days?|weeks?|months?|pounds?|lbs?|kg|mg|units?|times?|steps?|cups?|oz|ounces?)\b))"
)


def with_measure(question: str, context: str | None) -> str | None:
    """A bare reading put in words, from what the questions before were about: "it's 50 now and she's
    mumbling" after questions about her sugar -> "blood sugar is 50 now and she's mumbling". None when the
    question names its own measure, has no bare reading, or the questions before name no measure."""
    text = question.lower().strip()
    if any(p.search(text) for p, _ in _MEASURES) or not _BARE.search(text):
        return None
    mentions = [(m.end(), name) for p, name in _MEASURES for m in p.finditer((context or "").lower())]
    if not mentions:
        return None
    return _BARE.sub(f"{max(mentions)[1]} is ", text, count=1)


def reading_applies(text: str, question: str) -> bool:
    """True when a number in the question is past a threshold of this instruction about the same thing
    ("sugar is 64" and "if blood sugar is below 70, take 4 glucose tablets")."""
    limits = thresholds(text)
    return bool(limits) and _past_limit(text, limits, question, needed=1)


def _past_limit(text: str, limits: list[Threshold], question: str, *, needed: int) -> bool:
    shared = key_terms(text) & content_tokens(question)
    if len(shared) < needed:
        return False
    for number, unit in _numbers_near(question.lower(), shared):
        if any(t.unit == unit and (number < t.value if t.low else number > t.value) for t in limits):
            return True
    return False


# Everyday words families use for what care plans name clinically.
_LAY = {
    re.compile(pattern, re.IGNORECASE): word
    for pattern, word in {
        r"\bpee(s|d|ing)?\b": "urine",
        r"\bwee\b": "urine",
        r"\bphlegm\b": "mucus",
        r"\bsnot\b": "mucus",
        r"\bpoo(p)?\b": "stool",
        r"\bpuffy\b": "swell",
        r"\bpuffer\b": "inhaler",
        r"\bpuffed up\b": "swell",
        r"\bbreathless\b": "short of breath",
        r"\bweigh(s|ed|ing)?\b": "weight",
        # a low counted ("third low this week", "two lows since monday") is a low sugar: the plan's sugar rules count it
        r"\b((?:another|second|third|fourth|fifth|2nd|3rd|4th|5th|two|three|four|five|[2-9])\s+lows?)\b"
        r"(?!\s*(?:-|fever|grade|salt|sodium|dose|back|carb|fat|sugar|blood|energy|mood|battery|key))": r"\1 sugar",
    }.items()
}
_CLAUSES = re.compile(r",|\bor\b|;")
_DIGIT = re.compile(r"\d")
_IF_WHEN = re.compile(r"\b(if|when)\b")
_WORD = re.compile(r"[a-z]+")
_YEAR = re.compile(r"(19|20)\d\d")


def _without_numbers(rule_text: str) -> str:
    """The rule with its numeric clauses removed, so only word conditions are left to match."""
    return ",".join(c for c in _CLAUSES.split(rule_text) if not _DIGIT.search(c))


def lay_to_plan_words(question: str) -> str:
    """The question with a few everyday words put in the care plan's terms ("pee" -> "urine"), and its counts as
    numbers ("six times today" -> "6 times today", "every two hours" -> "... (12 times in a day)")."""
    for pattern, word in _LAY.items():
        question = pattern.sub(word, question)
    return per_day_counts(question)


# A bare count in a follow-up: "at 5 today", "up to 6 so far", "that's 5 times now".
_BARE_COUNT = re.compile(
    r"\b(?:at|up to|on|that'?s|thats|made it to)\s+(?:number\s+)?(\d{1,2})(?!\s*(?:am|pm|a\.m|p\.m|o'?clock)\b|:\d)"
    r"(?:\s*(?:times|x))?"
    r"(?=[^.\d]{0,25}\b(?:today|so far|now|since|this (?:morning|afternoon|evening)|tonight)\b)"
)


def _count_in_follow_up(rule_text: str, limits: list[Threshold], question: str, context: str | None) -> bool:
    """A bare count past the rule's count, in a message that names no subject of its own after messages that named the
    rule's ("how many times a day is too many for the rescue inhaler?" then "ok I'm at 5 today")."""
    counts = [t for t in limits if t.unit == "x" and not t.low]
    if not counts or not context or key_terms(rule_text) & content_tokens(question):
        return False
    if len(key_terms(rule_text) & content_tokens(lay_to_plan_words(context))) < 2:
        return False
    said = [int(n) for n in _BARE_COUNT.findall(question.lower())]
    return any(n > t.value for n in said for t in counts)


def _readings_past(question: str, rule_text: str, limit: Threshold) -> int:
    """How many readings in the question are past this threshold."""
    shared = key_terms(rule_text) & content_tokens(question)
    if not _numbers_near(question.lower(), shared):
        return 0
    readings = [(float(m.group(1)), _unit(m.group(2))) for m in _NUMBER.finditer(question.lower())]
    return sum(1 for n, u in readings if u == limit.unit and (n < limit.value if limit.low else n > limit.value))


def _repeated_only(rule_text: str, limit: Threshold) -> bool:
    """True when this threshold only counts if it happens repeatedly ("below 70 more than twice")."""
    number = f"{limit.value:g}"
    tail = rule_text.lower().split(number, 1)[-1][:40]
    return bool(_REPEATED_RULE.search(tail))


def _clause_matches(rule_text: str, question: str) -> bool:
    """A condition of the rule ("stops eating", "ankles or legs swell more") fully present in the question."""
    condition = _IF_WHEN.split(rule_text.lower(), maxsplit=1)[-1]
    asked = content_tokens(question)
    head: set[str] = set()
    for clause in _CLAUSES.split(condition):
        terms = key_terms(clause)
        if len(terms) == 1 and head:
            terms |= head  # a list's later item shares its subject: "mucus turns yellow, green or bloody"
        elif len(terms) >= 2:
            head = key_terms(" ".join(clause.split()[:-1]))
        if len(terms) >= 2 and terms <= asked:
            return True
    return False


def _numbers_near(question: str, terms: set[str]) -> list[tuple[float, str]]:
    """Numbers within a short distance of a shared term (so a year or an age is not a reading)."""
    out = []
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(question)]
    anchors = [pos for pos, word in words if content_tokens(word) & terms]
    for match in _NUMBER.finditer(question):
        if _YEAR.fullmatch(match.group(1)):
            continue  # a year, not a reading
        if any(abs(match.start() - a) <= 30 for a in anchors):
            out.append((float(match.group(1)), _unit(match.group(2))))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Condition protocols (knowledge/protocols.yaml): the knowledge base's standard rules, read with the same threshold
# reader as the plan's own rules, for a plan whose conditions or medicines call for them and that has no rule of its
# own for that condition.


@dataclass(frozen=True)
class ProtocolRuleInUse:
    """A protocol rule that applies to this plan, under the id its knowledge-base passage is stored and cited by."""

    protocol: Protocol
    rule: ProtocolRule
    passage_id: str

    @property
    def reason_kind(self) -> str:
        """`protocol_rule` (call the team) or `protocol_instruction` (first aid for this reading)."""
        return "protocol_rule" if self.rule.kind == "call_team" else "protocol_instruction"

    @property
    def reason_id(self) -> str:
        """What the reason points at: `<protocol>/<rule>`."""
        return f"{self.protocol.id}/{self.rule.id}"

    def as_call_if(self) -> CallIf:
        """The rule in the plan's own shape, so `triggered` reads it as it reads the plan's rules."""
        return CallIf(id=self.passage_id, text=self.rule.text, urgency="care_team", behavioral=self.protocol.behavioral)


def protocol_rules(
    plan: CarePlan, protocols: Sequence[Protocol], drug_classes: Mapping[str, DrugClass]
) -> list[ProtocolRuleInUse]:
    """Every rule of every protocol the plan's conditions (named or coded) or medicines call for, unless the plan has a
    rule of its own for that condition (its own rule wins)."""
    return [
        ProtocolRuleInUse(protocol, rule, protocol_passage_id(protocol.id, rule.id))
        for protocol in protocols
        if protocol_applies(protocol, plan, drug_classes) and not plan_has_own_rule(protocol, plan)
        for rule in protocol.rules
    ]


def protocol_applies(protocol: Protocol, plan: CarePlan, drug_classes: Mapping[str, DrugClass]) -> bool:
    """The plan lists a condition the protocol names or codes, or a medicine it names (alone when `needs: medicine`)."""
    match = protocol.applies_to
    drugs = set(match.medicines) | {d for c in match.drug_classes if c in drug_classes for d in drug_classes[c].drugs}
    on_medicine = any(_names_any(m.text, drugs) for m in plan.medications)
    if match.needs == "medicine":
        return on_medicine
    coded = any(_code_matches(code, match.codes) for c in plan.conditions for code in c.codes)
    named = any(_names_any(c.text, set(match.conditions)) for c in plan.conditions)
    return on_medicine or coded or named


def plan_has_own_rule(protocol: Protocol, plan: CarePlan) -> bool:
    """A call-if rule of the plan, or an instruction of it with a number, is about what the protocol is about."""
    own = [r.text for r in plan.call_if] + [a.text for a in plan.activities if thresholds(a.text)]
    return any(_names_any(text, set(protocol.about), prefix=True) for text in own)


def protocol_triggered(rule: ProtocolRuleInUse, question: str, context: str | None = None) -> bool:
    """A call-the-team rule the question meets (numbers, changes or every word of a clause, as for the plan's rules);
    a first-aid rule whose number the question's reading is past ("sugar is 62" and "below 70")."""
    if rule.rule.kind == "call_team":
        return triggered(rule.as_call_if(), question, context)
    asked = [question, *([reading] if (reading := with_measure(question, context)) else [])]
    return any(reading_applies(rule.rule.text, q) for q in asked)


def _names_any(text: str, words: set[str], *, prefix: bool = False) -> bool:
    """A whole word or phrase of `words` in the text ("swell" as a prefix of "swelling" when `prefix`)."""
    if not words:
        return False
    return _words_pattern(frozenset(words), prefix).search(text.lower().replace("'", "")) is not None


@lru_cache(maxsize=1024)
def _words_pattern(words: frozenset[str], prefix: bool) -> re.Pattern[str]:
    """The pattern of `_names_any`, compiled once per set of words (the protocols' and plans' words: a few dozen)."""
    tail = r"" if prefix else r"(?!\w)"
    alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # the longest first
    return re.compile(rf"(?<!\w)({alternation}){tail}")


def _code_matches(code: str, wanted: Sequence[str]) -> bool:
    """SNOMED codes match exactly; an ICD-10 code (a letter first) matches a category prefix ("I50" -> "I50.9")."""
    return any(code == w or (w[:1].isalpha() and code.upper().startswith(w.upper())) for w in wanted)
