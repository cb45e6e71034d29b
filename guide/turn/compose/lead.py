"""Which sentence an answer opens with: the one of the form the question asks for.

A question's form is read from its words ("how many ..." wants a number, "how do we ..." wants an instruction,
"is it ok to ..." wants a statement about the matter rather than a catalogue line, "what is ..." a definition).
A sentence fits the form by its own words. Among the sentences that fit, the best-ranked one leads; when none
fits, the order stays as ranked. Nothing here knows a topic: the same rules read every question and every
sentence. See docs/composer.md, "The first sentence".
"""

from __future__ import annotations

import re
from enum import StrEnum


class Form(StrEnum):
    """What kind of answer a question asks for."""

    AMOUNT = "amount"  # how much / many / long / often, when, what time, what number
    HOW_TO = "how_to"  # how do we ..., what should we do, what helps
    HOW_TO_IF = "how_to_if"  # what should we do if / when ...: an instruction for that condition
    YES_NO = "yes_no"  # is it ok ..., can she ..., does X work
    WHAT_IS = "what_is"  # what is X, what does X mean
    OTHER = "other"  # which, why, what foods ...: no form preferred


# A clause that asks: its first words after a filler ("and", "so", "just so I know,").
_FILLER = r"^(?:(?:and|so|but|also|then|ok|okay|well|just|now|oh|hi|hey|please)\b[\s,]*)*"
_AUX = r"(?:do|does|did|is|are|was|were|should|can|could|will|would|must|may|might|has|have|am)"
_QUANTITY_WORDS = r"(?:number|target|goal|limit|dose|dosage|amount|most|least|maximum|minimum|range|time|level|weight)"
_FORMS: list[tuple[Form, re.Pattern[str]]] = [
    # A choice ("ice or heat?") or a recommendation ("what's a good ...") asks for no one form.
    (
        Form.OTHER,
        re.compile(rf"^{_AUX}\b.* or \w+(?: \w+)?$|^what(?:'s| is| are) (?:a |the )?(?:good|best|realistic|right)\b"),
    ),
    (Form.HOW_TO_IF, re.compile(r"^(?:what )?if\b")),
    (Form.HOW_TO, re.compile(r"^what are (?:some|the|good) (?:tips|ways|ideas)\b")),
    (
        Form.HOW_TO_IF,
        re.compile(rf"^(?:what|how) (?:{_AUX} )?(?:i|we|he|she|they|you)? ?(?:do|handle|treat)\b.*\b(?:if|when)\b"),
    ),
    (Form.AMOUNT, re.compile(r"^how (?:many|much|long|often|big|far|soon|high|low|frequently)\b")),
    (Form.AMOUNT, re.compile(rf"^when {_AUX}\b|^what time\b|^at what\b")),
    (Form.AMOUNT, re.compile(rf"^(?:what|which)(?:'s| is| are)?\b.*\b{_QUANTITY_WORDS}s?\b")),
    (Form.HOW_TO, re.compile(rf"^how (?:{_AUX}|to)\b")),
    (Form.HOW_TO, re.compile(rf"^what (?:{_AUX} )?(?:\w+ )?(?:do|try|check|give|use|put|help|helps)\b")),
    (Form.HOW_TO, re.compile(r"^what (?:should|can|could|would) (?:i|we|he|she|they|you)\b")),
    (Form.HOW_TO, re.compile(r"^what (?:helps|works|can help)\b|^any (?:tips|advice|ideas)\b")),
    (Form.WHAT_IS, re.compile(r"^what(?:'s| is| are)\b|^what does \w+(?: \w+){0,4} (?:mean|involve|do)\b")),
    (Form.YES_NO, re.compile(rf"^{_AUX}\b")),
]
_FILLER_RE = re.compile(_FILLER)
_CLAUSE = re.compile(r"[?.!;]+|,\s*|\s+-\s+|\s+(?=(?:and|but|so) (?:how|what|when|is|can|should|does|do)\b)")


def question_form(question: str) -> Form:
    """The form of the first clause of the question that asks something; OTHER when none has a known form."""
    text = question.lower().replace("\u2019", "'")
    for clause in _CLAUSE.split(text):
        clause = _FILLER_RE.sub("", clause.strip())
        for form, pattern in _FORMS:
            if pattern.search(clause):
                return form
    return Form.OTHER


_NUMBER = r"(?:\d[\d,./]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|half|a few)"
_UNIT = (
    r"(?:%|percent|mg|mcg|g|grams?|ml|milliliters?|liters?|l|oz|ounces?|cups?|pounds?|lbs?|kg|iu|units?|tablets?"
    r"|capsules?|pills?|puffs?|drops?|servings?|glass(?:es)?|steps|minutes?|hours?|days?|weeks?|months?|years?"
    r"|times?|mg/dl|mmhg|degrees?|inches?|feet|miles?)"
)
_QUANTITY = re.compile(
    rf"\b{_NUMBER}(?:\s*(?:to|-|or)\s*{_NUMBER})?\s*{_UNIT}\b"
    r"|\b(?:once|twice|daily|nightly|weekly|monthly|hourly)\b"
    r"|\b(?:every|each|a|per|at|before|after|in the) (?:\w+ )?(?:morning|evening|night|bedtime|day|week|month|year"
    r"|hour|meal|breakfast|lunch|dinner|supper|fall|spring|winter)s?\b"
    r"|\b(?:below|above|under|over|between|less than|more than|at least|at most|no more than|up to) \d"
    r"|\b\d{2,3}/\d{2,3}\b",
    re.IGNORECASE,
)
_VERBS = frozenset(
    """keep use check call ask give try avoid drink eat put wear trim cut remove add apply rest walk sit stand
    move gargle place wash dry store tell write let make lay raise elevate ice stay watch limit choose plan set
    turn get bring follow wait recheck repeat offer help encourage look clear install go do don't never take
    breathe inhale hold rinse spit prop sleep read clean cool cover weigh measure pick start stop count fill
    talk listen speak plan schedule note record mix soak pat run spread share learn practice stretch lift
    sip serve cook buy replace test""".split()
)
# Verbs that are also nouns ("Talk therapy is ...", "Rest breaks help"): an instruction only when the next word
# starts what a verb takes (an article, a pronoun, a preposition, an adverb).
_ALSO_NOUNS = frozenset(
    "talk walk rest ice drink sleep plan help record note test run watch hold turn count mix lift".split()
)
_VERB_FOLLOWERS = frozenset(
    "a an the it its them him her his their your my our this that these those some any each every one two "
    "with in on at for to up out off down over into onto from by about around through after before until "
    "slowly gently calmly often more less plenty regularly together as if when while and or no not only "
    "water fluids".split()
)
_CONDITION = re.compile(r"^(?:if|when|after|before|during|while|for|at|once|until)\b[^,;:]*[,;:]\s*(\S+)")
_DEFINES = re.compile(
    r"^(?:an? |the )?[\w'() -]{1,60}?\b(?:is|are|means|refers to|uses|involves) (?:an?|the|one|any|when|how|that)\b"
    r"|^(?:an? |the )?[\w'() -]{1,60}?\bis (?:a|an) ",
    re.IGNORECASE,
)
# A line that only names an item ("The care plan lists this medicine: Tiotropium 18 MCG ...") answers no how,
# when or how much: its numbers are a product's strength, not an instruction.
_LISTING = re.compile(r"^(?:The care plan (?:lists|records) |Care team member:)", re.IGNORECASE)
# "How to take Glipizide 5 MG Oral Tablet: Take 1 tablet ..." is read from what follows the colon.
_LABEL = re.compile(r"^(?:Care plan instruction(?: \([^)]*\))?|How to take [^:]{1,80}|A goal of the care plan)\s*:\s*")


def fits(form: Form, sentence: str) -> bool:
    """Whether the sentence has the shape of an answer to a question of this form."""
    if form is Form.OTHER:
        return False
    if _LISTING.match(sentence):
        notes = sentence.partition(" Notes: ")[2]  # "... Melatonin 3 mg. Notes: Given at bedtime by her son."
        if not notes or form not in (Form.AMOUNT, Form.HOW_TO, Form.HOW_TO_IF):
            return form is Form.WHAT_IS
        sentence = notes
    body = _LABEL.sub("", sentence)
    match form:
        case Form.AMOUNT:
            return bool(_QUANTITY.search(body))
        case Form.HOW_TO:
            return _imperative(body)
        case Form.HOW_TO_IF:
            return _imperative(body) and _CONDITION.match(body.lower()) is not None
        case Form.YES_NO:
            return True  # any statement about the matter; which one is the ranking's call
        case Form.WHAT_IS:
            return bool(_DEFINES.search(body))
    return False


def _imperative(sentence: str) -> bool:
    """An instruction: it opens with a verb ("Give ...", "Do not ..."), or with a condition then a verb
    ("If blood sugar is below 70, take 4 glucose tablets")."""
    words = [w.strip(",.;:") for w in sentence.lower().split()]
    condition = _CONDITION.match(sentence.lower())
    if condition:  # "If ..., take": the words from the verb on
        words = [w.strip(",.;:") for w in sentence.lower()[condition.start(1) :].split()]
    if not words or words[0] not in _VERBS or words[0] == "call":  # "Call the care team if ..." is not how to do it
        return False
    return words[0] not in _ALSO_NOUNS or len(words) == 1 or words[1] in _VERB_FOLLOWERS or words[1][:1].isdigit()


def lead_index(form: Form, ranked: list[str]) -> int | None:
    """Which of the ranked sentences (best first) should open the answer: the best-ranked one that fits the
    form; None when none fits. A question about what to do if something happens takes an instruction for a
    condition ("If blood sugar is below 70, take ...") first, else any instruction."""
    found = next((i for i, sentence in enumerate(ranked) if fits(form, sentence)), None)
    if found is None and form is Form.HOW_TO_IF:
        return lead_index(Form.HOW_TO, ranked)
    return found
