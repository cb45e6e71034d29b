"""The verify stage: every cited passage was retrieved, every sentence is supported, and nothing
tells the home team to change a medicine."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from guide.careplan.passages import Passage
from guide.language.negation import advice_negated
from guide.language.text import addresses_a_model, overlap, sentences, whole_word
from guide.turn.contracts import Composition, Reason, Retrieved, Verification

SUPPORT_THRESHOLD = 0.6
# MiniLM cosine of a sentence to the closest sentence of a cited passage. 0.60 sits above 99.5% of
# sentences checked against passages of other articles (benchmarks/support_threshold.py: p99 0.537,
# p99.5 0.611); a sentence quoted or closely paraphrased from its source scores far higher.
EMBEDDING_SUPPORT_THRESHOLD = 0.6
_MARKER = re.compile(r"\s*\[(\d+)\]")
_HEADINGS = re.compile(
    r"^(From the care plan|From our health library|The care plan says|Our health library says"
    r"|When to call the care team):?$"
)
# What a change is made to: a medicine word, or (from the knowledge base, `Checker.drug_names`) a drug's name.
_MED_WORDS = frozenset(
    "dose doses dosage medicine medication pill pills tablet tablets insulin warfarin metformin prescription".split()
)


@lru_cache(maxsize=8)
def _med_change(names: frozenset[str]) -> re.Pattern[str]:
    """A change verb, up to four words, then a medicine word or one of `names` (compiled once per set of names)."""
    words = sorted(_MED_WORDS | names, key=lambda w: (-len(w), w))
    return re.compile(
        r"\b(stop|start|skip|double|increase|decrease|lower|raise|halve|change|switch|cut)\b"
        r"(?:\s+\w+){0,4}\s+(" + "|".join(re.escape(w) for w in words) + r")\b",
        re.IGNORECASE,
    )


def verify(
    composition: Composition,
    retrieved: Retrieved,
    hidden_terms: frozenset[str] = frozenset(),
    similarity: Callable[[str, list[str]], list[float]] | None = None,
    drug_names: frozenset[str] = frozenset(),
) -> Verification:
    """Check citations, support (words and, with a model, meaning), medicine-change advice (`drug_names`: the
    knowledge base's drug names, so "stop the lisinopril" counts as well as "stop the pills"), planted
    instructions, and that nothing outside the reader's scope shows."""
    passages = {h.passage.id: h.passage for h in retrieved.all()}
    reasons: list[str] = []
    if {c.id for c in composition.citations} - set(passages):
        reasons.append("citation_not_retrieved")
    claims = _claims(composition.text)
    supported = 0
    for sentence in claims:
        claim = _MARKER.sub("", sentence).strip()
        if _supported(claim, _cited_passages(sentence, composition, passages), similarity):
            supported += 1
        reasons += _claim_problems(claim, composition.composer, drug_names)
    if claims and supported < len(claims):
        reasons.append("unsupported_sentence")
    if mentions_hidden(composition.text + " " + " ".join(c.quote for c in composition.citations), hidden_terms):
        reasons.append("scope_leak")
    failed = [Reason("verify", r, source="verify") for r in sorted(set(reasons))]
    return Verification(ok=not failed, reasons=failed, supported=supported, total=len(claims))


def _cited_passages(sentence: str, composition: Composition, passages: dict[str, Passage]) -> list[Passage]:
    """The retrieved passages a sentence's [n] markers cite (a marker past the citations, or a passage not
    retrieved, cites nothing)."""
    numbers = [int(n) for n in _MARKER.findall(sentence)]
    sources = [passages.get(composition.citations[n - 1].id) for n in numbers if 0 < n <= len(composition.citations)]
    return [p for p in sources if p is not None]


def _supported(claim: str, cited: list[Passage], similarity: Callable[[str, list[str]], list[float]] | None) -> bool:
    """A claim shares enough words with a passage it cites and is near it in meaning."""
    lexical = any(overlap(claim, p.text) >= SUPPORT_THRESHOLD for p in cited)
    return lexical and _close_in_meaning(claim, cited, similarity)


def _claim_problems(claim: str, composer: str, drug_names: frozenset[str]) -> list[str]:
    """A claim that tells the reader to change a medicine (a model's own words only: the offline composer quotes
    the plan and the curated library, whose dose wording is the clinicians' own, "the clinic adjusts the warfarin
    dose"), or that addresses a model (a planted instruction)."""
    problems = []
    if composer != "offline" and advises_medicine_change(claim, drug_names):
        problems.append("advises_medicine_change")
    if addresses_a_model(claim):
        problems.append("injected_instruction")
    return problems


def _close_in_meaning(
    claim: str, cited: list[Passage], similarity: Callable[[str, list[str]], list[float]] | None
) -> bool:
    """The claim is near some sentence of its cited passages (always true without an embedding model)."""
    if similarity is None or any(claim in p.text for p in cited):
        return True  # a sentence quoted word for word from its source says what the source says
    candidates = [s for p in cited for s in sentences(p.text)]
    return bool(candidates) and max(similarity(claim, candidates)) >= EMBEDDING_SUPPORT_THRESHOLD


def _claims(text: str) -> list[str]:
    """Every sentence of the answer except the offline composer's paragraph headings. A marker at the end of a
    line covers the sentences before it on that line ("Massage. Notes: weekly, helps her settle. [2]")."""
    claims: list[str] = []
    for line in text.splitlines():
        pending: list[str] = []
        for sentence in sentences(line):
            if _HEADINGS.match(sentence):
                continue
            markers = "".join(f" [{n}]" for n in _MARKER.findall(sentence))
            if not markers:
                pending.append(sentence)
                continue
            claims += [f"{p}{markers}" for p in pending] + [sentence]
            pending = []
        claims += pending
    return claims


def advises_medicine_change(sentence: str, drug_names: frozenset[str] = frozenset()) -> bool:
    """True when a sentence tells the reader to change a medicine (by a medicine word or by a drug's name in
    `drug_names`) rather than ask the team."""
    for match in _med_change(drug_names).finditer(sentence):
        if not advice_negated(sentence, match.start(), match.end()):
            return True
    return False


def mentions_hidden(text: str, hidden_terms: frozenset[str]) -> bool:
    """True when the text names something the reader's consent scope hides (a medicine, a condition)."""
    lowered = text.lower()
    return any(whole_word(term).search(lowered) for term in hidden_terms)
