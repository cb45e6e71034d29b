"""Systems under test. The guide in-process is one sampler; every sampler returns `TurnOutput`s."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol

from evals.suites import Case
from guide.services import Services


@dataclass
class TurnOutput:
    """What the system said for one turn."""

    decision: str
    answer: str
    citations: list[dict[str, str]]
    reasons: list[str]
    latency_ms: float
    prompt_tokens: int = 0
    extra: dict[str, object] = field(default_factory=dict)


class Sampler(Protocol):
    """Anything that can run a case's turns."""

    name: str

    def run(self, case: Case) -> list[TurnOutput]:
        """Run every turn of the case in one conversation."""
        ...


class GuideSampler:
    """The guide's real pipeline, in-process, through the same code paths as the API."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.name = f"guide:{services.settings.llm_mode}"

    def run(self, case: Case) -> list[TurnOutput]:
        """One conversation per case; the asker is the consumer or a designee."""
        designee = None if case.asker == "consumer" else case.asker
        owner = f"designee:{designee}" if designee else f"consumer:{case.consumer}"
        conversation = self.services.store.create(consumer_id=case.consumer, designee_id=designee, owner=owner)
        outputs = []
        for turn in case.turns:
            start = time.perf_counter()
            result = self.services.pipeline.ask(conversation_id=conversation.id, question=turn.question, owner=owner)
            elapsed = (time.perf_counter() - start) * 1000
            tokens = getattr(self.services.composer, "last_prompt_tokens", 0)
            outputs.append(
                TurnOutput(result.decision, result.answer, result.citations, result.reasons, elapsed, tokens)
            )
        return outputs
