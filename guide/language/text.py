"""The language layer's one normaliser, tokeniser, sentence splitter and clause splitter, shared by every stage.

- `normalise`: lower case, straight quotes, single spaces.
- `WORD`: a word in any script (`\\w+`), for offsets in a message (ConText's target ends, other languages' phrases);
  `words`: the normalised words of English text with their apostrophe ("don't"), which `content_tokens` and
  `search_tokens` stem (Snowball, through PyStemmer's C library) and keep when they are not stop words.
- `sentences`: prose and list lines into sentences, abbreviations kept ("St. John's wort"). pysbd was measured
  against it on every text the product splits (951 article sections, protocol rules and plan passages, 2026-12-04):
  the two differ on 11; pysbd is wrong on 8 ("vitamin K. Many ..." kept as one: it reads "K." as an initial), ours
  on 2 (a sentence ending in a closing quote, see `_BOUNDARY`) and one is a matter of taste. So ours stays.
- `CLAUSE_BREAK`: where one clause of a message ends (ConText's targets, the plan rules' message clauses).

The intent classifier keeps its own token pattern (`guide.language.intents`): it must be the one it was trained with.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

from redaction.vault import PLACEHOLDER_RE

WORD = re.compile(r"\w+")
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves mom dad mum mother father
    grandma grandpa wife husband she's he's it's i'm okay ok please thanks thank much also get got
    take takes taking use using used want wants safe good bad help need needs us shes hes im""".split()
)
# Where a sentence of a message ends, by offset (a message is not prose: "took 2 at 10. his wife gave him one more")
SENTENCE_END = re.compile(r"[.!?]+\s+")  # no "$": searched up to a position, it would end a sentence there
# Where a clause of a message ends: a sentence end, a comma, a line, or a joining word ("she fell and hit her head").
CLAUSE_BREAK = re.compile(r"[.!?;]+(?:\s+|$)|\n+|,\s+|\s+(?:and|but|so|because|though|plus|also|then)\s+")


_SPACES = re.compile(r"\s+")
_LIST_MARK = re.compile(r"^\s*([-*]|\d+\.)\s+")  # a list item's bullet or number


def normalise(text: str) -> str:
    """Lowercase, straight quotes, single spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _SPACES.sub(" ", text).strip()


def neutral(text: str, keep: frozenset[str] | set[str] = frozenset()) -> str:
    """A redacted text for searching and ranking: a placeholder not in `keep` goes ("the person" for a person), so
    "what is a normal inr for <PERSON_5>" is not drawn to the plan passages that hold placeholders of their own (the
    care team's names and phones) rather than to the goal it asks about. `keep`: placeholders that point at a passage
    (the nurse the question names has the same placeholder as in the plan's care-team passage)."""

    def swap(match: re.Match[str]) -> str:
        if match.group(0) in keep:
            return match.group(0)
        return "the person" if match.group(1) == "PERSON" else ""

    return " ".join(PLACEHOLDER_RE.sub(swap, text).split())


def placeholders(text: str) -> set[str]:
    """The placeholders a redacted text holds."""
    return {m.group(0) for m in PLACEHOLDER_RE.finditer(text)}


@lru_cache(maxsize=4096)
def whole_word(term: str) -> re.Pattern[str]:
    """The term as a whole word or phrase (`\\bterm\\b`), compiled once: hidden terms repeat from turn to turn."""
    return re.compile(rf"\b{re.escape(term)}\b")


def without_accents(text: str) -> str:
    """ "mamá está ahogándose" -> "mama esta ahogandose" (combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's English Snowball (Porter 2) stem: "walking" and "walk", "confused" and "confuse", "pills" and
    "pill" share one. Before 2026-12-02 a light suffix stripper of our own, which left "confuse" apart from
    "confused" (a plan's 911 rule on "confused" missed "i feel so confuse")."""
    with _STEMMER_LOCK:  # a Snowball stemmer keeps the word it works on in itself: one call at a time
        return str(_english_stemmer().stemWord(word))


_STEMMER_LOCK = threading.Lock()
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    """The text's words, normalised, with their apostrophe ("she's", "don't", "o'clock")."""
    return _TOKEN.findall(normalise(text))


def search_tokens(text: str) -> list[str]:
    """Stemmed content words without their apostrophe, duplicates kept (BM25 counts them): what the knowledge and
    plan searches match ("it's" is "its", so a search finds "its" typed either way)."""
    bare = (w.replace("'", "") for w in words(text))
    return [stem(w) for w in bare if w not in STOPWORDS and len(w) > 1]


@lru_cache(maxsize=1)
def _english_stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def content_tokens(text: str) -> set[str]:
    """Stemmed content words of a text, without repeats; a word keeps its apostrophe ("don't")."""
    return {stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1}


_ABBREVIATIONS = re.compile(r"\b(St|Dr|Mr|Mrs|Ms|Jr|Sr|vs|etc|e\.g|i\.e|U\.S|approx|No|Fig)\.$", re.IGNORECASE)
# a sentence ends at ".", "!" or "?" before a capital, a digit, an opening quote or bracket, a placeholder, or Spanish's
# opening "¿" and "¡". Not after a closing quote: splitting there (2026-12-04) made seven replies quote 'There is no
# single "diabetes diet."' alone, without the sentence after it that says what to do.
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9ÁÉÍÓÚÑ¿¡\"'(<\u201c])")


def sentences(text: str) -> list[str]:
    """Split prose into sentences; list items and lines count as their own sentences.

    Abbreviations ("St. John's wort", "Dr. Lee") do not end a sentence, and lead-ins that end
    with a colon are dropped: they say nothing on their own.
    """
    out: list[str] = []
    for line in text.splitlines():
        line = _LIST_MARK.sub("", line).strip()
        if not line:
            continue
        parts: list[str] = []
        start = 0
        for boundary in _BOUNDARY.finditer(line):
            if _ABBREVIATIONS.search(line[start : boundary.start()]):
                continue
            parts.append(line[start : boundary.start()])
            start = boundary.end()
        parts.append(line[start:])
        out.extend(p.strip() for p in parts if len(p.strip()) > 2 and not p.strip().endswith(":"))
    return out


def message_sentences(text: str) -> list[str]:
    """A typed message's sentences: unlike `sentences` (prose, where a sentence starts with a capital), any ".", "!" or
    "?" before a space ends one, so a run-on typed in lower case splits too ("took him to the barber lol. anyway he
    keeps rubbing his chest"). Abbreviations do not end a sentence (a lower-case "no." does: "he said no. now he's
    grey"); lines are sentences; a piece of one word ("Unresponsive.") joins the sentence after it, or before it at
    the end."""
    pieces: list[str] = []
    for line in text.splitlines():
        start = 0
        for boundary in SENTENCE_END.finditer(line):
            if _message_abbreviation(line[start : boundary.start() + 1], line[boundary.end() :]):
                continue
            pieces.append(line[start : boundary.end()].strip())
            start = boundary.end()
        pieces.append(line[start:].strip())
    out: list[str] = []
    pending = ""
    for piece in (p for p in pieces if p):
        if len(piece.split()) < 2:
            pending = f"{pending} {piece}".strip()
            continue
        out.append(f"{pending} {piece}".strip())
        pending = ""
    if pending:
        if out:
            out[-1] = f"{out[-1]} {pending}"
        elif len(pending.split()) > 1:
            out.append(pending)
    return out


_MESSAGE_ABBREVIATIONS = re.compile(r"\b(?:Dra|Sra|Srta|Sr|a\.m|p\.m)\.$", re.IGNORECASE)


def _message_abbreviation(before: str, after: str) -> bool:
    """Whether the "." ending `before` belongs to an abbreviation rather than ending a sentence of a message."""
    found = _ABBREVIATIONS.search(before)
    if found is not None and found.group(1).lower() == "no":
        return found.group(1) == "No" and after[:1].isdigit()  # "No. 5", not "he said no. now"
    return found is not None or _MESSAGE_ABBREVIATIONS.search(before) is not None


def sentences_in_context(text: str) -> list[tuple[str, str]]:
    """Each sentence with the words that frame it: a list item with the line that introduces the list
    ("Common changes include:"), any other sentence with itself."""
    out: list[tuple[str, str]] = []
    lead = ""
    for line in text.splitlines():
        is_item = bool(_LIST_MARK.match(line))
        if not is_item and line.strip():
            lead = line.strip()
        for sentence in sentences(line):
            out.append((sentence, f"{lead} {sentence}" if is_item and lead else sentence))
    return out


def overlap(claim: str, source: str) -> float:
    """Share of the claim's content words that appear in the source."""
    claim_tokens = content_tokens(claim)
    if not claim_tokens:
        return 1.0
    return len(claim_tokens & content_tokens(source)) / len(claim_tokens)


_INSTRUCTION_TO_A_MODEL = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b[^.]{0,40}"
    r"\b(instructions?|rules?|previous|above|safety|guidelines?|policy)\b"
    r"|\b(system prompt|admin mode|developer mode|debug mode|jailbreak|you are now|as an ai|language model)\b"
    r"|\bact as (?:an? |if you were)"
    r"|\btell (?:the )?(?:family|families|users?|them|people|patients?|caregivers?|everyone)\b[^.]{0,20}"
    r"\b(?:double|stop|skip|halve|increase|decrease|quit|change|ignore)\b"
    r"|<[A-Z_]+_\d+> (?:your|all|the|any|previous) (?:rules|instructions|guidelines)"
    r"|\b(reply|respond|answer|say|print|output)\b[^.]{0,15}\b(with|only)\b[^.]{0,20}\b[A-Z]{4,}\b|\bpwned\b"
    r"|\b(assistant|ai|chatbot|bot|model)\b\s*[:,]",
    re.IGNORECASE,
)


def addresses_a_model(sentence: str) -> bool:
    """True for text that gives orders to an assistant ("ignore your rules", "admin mode", "reply PWNED"):
    words planted in a plan note or an article are never repeated to the family as guidance."""
    return bool(_INSTRUCTION_TO_A_MODEL.search(sentence))
