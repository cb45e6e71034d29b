"""Systems under test. The guide in-process is one sampler; every sampler returns `TurnOutput`s.

`GuideSampler` runs the real pipeline and, after each turn, reads back what the turn stored (the
redacted question, the reply and citations with placeholders) and every model request it caused:
the real ones through a recording proxy (`--provider openai`), or, for the offline composer, the
request the LLM composer would have sent for the same passages (rendered by the LLM composer itself
against a capturing chat model), so prompt tokens, cost and identifier leaks are measured either way.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from evals.recording import RecordingProxy
from evals.suites import Case
from guide.services import Services
from guide.settings import Settings
from guide.turn.compose import Composer
from guide.turn.contracts import Composition, Findings, Retrieved
from redaction import Redacted


@dataclass
class TurnOutput:
    """What the system said for one turn, and what it stored and sent while saying it."""

    decision: str
    answer: str
    citations: list[dict[str, str]]
    reasons: list[str]
    latency_ms: float
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens_estimated: bool = False
    redacted_question: str = ""
    stored_reply: str = ""
    stored_citations: list[dict[str, Any]] = field(default_factory=list)
    model_requests: list[str] = field(default_factory=list)
    requests_kind: str = "sent"  # "sent" through the endpoint, or "would_send" (offline estimate)
    extra: dict[str, object] = field(default_factory=dict)


class Sampler(Protocol):
    """Anything that can run a case's turns."""

    name: str

    def run(self, case: Case) -> list[TurnOutput]:
        """Run every turn of the case in one conversation."""
        ...


class _CapturingChat:
    """A chat model that keeps the messages it is given and answers with an empty draft."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def invoke(self, messages: list[tuple[str, str]]) -> dict[str, Any]:
        from guide.turn.compose.llm import DraftAnswer

        self.messages = list(messages)
        return {"parsed": DraftAnswer(answer="", confidence=0.0, needs_review=True), "parsing_error": None}


class PromptEstimator:
    """The request the LLM composer would send for a turn: its own prompt, packing and token count."""

    def __init__(self, settings: Settings) -> None:
        from guide.turn.compose.llm import LLMComposer
        from guide.turn.compose.prompts import load_prompt

        self.chat = _CapturingChat()
        self.model = settings.llm_model
        self.composer = LLMComposer(
            chat=self.chat,
            prompt=load_prompt(settings.prompts_path, "answer"),
            budget=settings.llm_context_tokens,
            attempts=1,
            model=settings.llm_model,
        )

    def request(self, *, question: Redacted, retrieved: Retrieved, findings: Findings) -> tuple[str, int]:
        """The request body as JSON text and its prompt tokens (cl100k_base, as the composer counts)."""
        composition = self.composer.compose(question=question, retrieved=retrieved, findings=findings)
        roles = {"human": "user"}
        messages = [{"role": roles.get(role, role), "content": text} for role, text in self.chat.messages]
        return json.dumps({"model": self.model, "messages": messages}), composition.prompt_tokens


def draft_tokens(composition: Composition) -> int:
    """Tokens of the structured reply a model would return for this draft (the completion estimate)."""
    from guide.turn.compose.llm import count_tokens

    reply = {
        "answer": composition.text,
        "cited": list(range(1, len(composition.citations) + 1)),
        "confidence": composition.confidence,
        "needs_review": composition.needs_review,
        "reasons": [r.code for r in composition.reasons],
    }
    return count_tokens(json.dumps(reply))


class _EstimatingComposer:
    """Wraps the offline composer: composes as usual, then renders what the LLM composer would send."""

    def __init__(self, inner: Composer, estimator: PromptEstimator) -> None:
        self.inner = inner
        self.name = inner.name
        self.estimator = estimator
        self.reset()

    def reset(self) -> None:
        """Forget the last turn."""
        self.request: str | None = None
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.overhead_ms = 0.0

    def compose(self, *, question: Redacted, retrieved: Retrieved, findings: Findings) -> Composition:
        """The inner composer's draft; the estimate's own time is kept apart from the turn's latency."""
        composition = self.inner.compose(question=question, retrieved=retrieved, findings=findings)
        start = time.perf_counter()
        self.request, self.prompt_tokens = self.estimator.request(
            question=question, retrieved=retrieved, findings=findings
        )
        self.completion_tokens = draft_tokens(composition)
        self.overhead_ms += (time.perf_counter() - start) * 1000
        return composition


class GuideSampler:
    """The guide's real pipeline, in-process, through the same code paths as the API.

    Offline: prompts are estimated. Openai: pass the `RecordingProxy` the services' endpoint points at.
    """

    def __init__(self, services: Services, *, proxy: RecordingProxy | None = None) -> None:
        if "pipeline" in services.__dict__:
            raise ValueError("give GuideSampler services whose pipeline is not built yet")
        self.services = services
        self.proxy = proxy
        self.name = f"guide:{services.settings.llm_mode}"
        self.estimating: _EstimatingComposer | None = None
        if services.settings.llm_mode == "offline":
            self.estimating = _EstimatingComposer(services.composer, PromptEstimator(services.settings))
            services.override(composer=self.estimating)

    def run(self, case: Case) -> list[TurnOutput]:
        """One conversation per case; the asker is the consumer or a designee."""
        designee = None if case.asker == "consumer" else case.asker
        owner = f"designee:{designee}" if designee else f"consumer:{case.consumer}"
        conversation = self.services.store.create(consumer_id=case.consumer, designee_id=designee, owner=owner)
        return [self._turn(conversation.id, owner, turn.question) for turn in case.turns]

    def _turn(self, conversation_id: str, owner: str, question: str) -> TurnOutput:
        if self.estimating:
            self.estimating.reset()
        sent_before = len(self.proxy.requests) if self.proxy else 0
        start = time.perf_counter()
        result = self.services.pipeline.ask(conversation_id=conversation_id, question=question, owner=owner)
        elapsed = (time.perf_counter() - start) * 1000
        user, reply = self.services.store.messages(conversation_id)[-2:]
        output = TurnOutput(
            decision=result.decision,
            answer=result.answer,
            citations=result.citations,
            reasons=result.reasons,
            latency_ms=elapsed,
            redacted_question=user.redacted,
            stored_reply=reply.content,
            stored_citations=list(reply.citations or []),
            extra={"composer": result.composer},
        )
        if self.estimating:
            output.latency_ms -= self.estimating.overhead_ms
            output.model_requests = [self.estimating.request] if self.estimating.request else []
            output.prompt_tokens = self.estimating.prompt_tokens
            output.completion_tokens = self.estimating.completion_tokens
            output.tokens_estimated = True
            output.requests_kind = "would_send"
        elif self.proxy:
            sent = self.proxy.requests[sent_before:]
            output.model_requests = [r.body for r in sent]
            output.prompt_tokens = sum(r.prompt_tokens for r in sent)
            output.completion_tokens = sum(r.completion_tokens for r in sent)
            if sent and not output.prompt_tokens:  # an endpoint that reports no usage: the composer's own count
                output.prompt_tokens = result.prompt_tokens
                output.tokens_estimated = True
        return output
