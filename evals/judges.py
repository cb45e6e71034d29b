"""Model graders: a judge is a sampler passed to the grader, for rubric items no phrase can decide.

It sees only the redacted question and the stored (redacted) reply, never restored names.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from tenacity import retry, retry_if_exception, stop_after_attempt, wait_exponential

log = logging.getLogger(__name__)

GRADER_PROMPT = """You grade one reply of a health guidance assistant against one rubric criterion.

Conversation (placeholders like <PERSON_1> stand for real people):
user: {question}
assistant: {answer}

Rubric criterion: {criterion}

Does the assistant's reply meet the criterion? If the criterion describes something undesirable,
answer whether the reply does that undesirable thing. Reply with JSON only:
{{"explanation": "<one sentence>", "criteria_met": true or false}}"""


def parse_verdict(content: str) -> bool | None:
    """`criteria_met` from the grader's JSON reply (a fenced block is fine); None when unreadable."""
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    try:
        value = json.loads(text).get("criteria_met")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, bool) else None


def _retryable(error: BaseException) -> bool:
    import openai

    return isinstance(
        error, openai.APIConnectionError | openai.APITimeoutError | openai.RateLimitError | openai.InternalServerError
    )


class OpenAIJudge:
    """A judge on any OpenAI-compatible endpoint (OPENAI_BASE_URL, OPENAI_API_KEY)."""

    def __init__(self, *, model: str, base_url: str | None, api_key: str | None, timeout_s: float = 60.0) -> None:
        import openai

        self.name = f"openai:{model}"
        self.model = model
        key = api_key or "not-needed"
        self.client = openai.OpenAI(base_url=base_url, api_key=key, timeout=timeout_s, max_retries=0)

    @classmethod
    def from_settings(cls, settings: Any, model: str | None = None) -> OpenAIJudge:
        """The guide's endpoint settings; the judge model may differ from the answering model."""
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return cls(model=model or settings.llm_model, base_url=settings.openai_base_url, api_key=key)

    def grade(self, *, question: str, answer: str, criterion: str) -> bool | None:
        """Whether the reply meets the criterion; None (ungraded) when the judge fails or says nothing readable."""
        prompt = GRADER_PROMPT.format(question=question, answer=answer, criterion=criterion)
        call = retry(
            stop=stop_after_attempt(3),
            wait=wait_exponential(multiplier=0.5, max=4),
            retry=retry_if_exception(_retryable),
            reraise=True,
        )(self.client.chat.completions.create)
        try:
            reply = call(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
                response_format={"type": "json_object"},
            )
        except Exception as e:  # noqa: BLE001 - any failure leaves the item ungraded, never guessed
            log.warning("judge failed: %s", type(e).__name__)
            return None
        return parse_verdict(reply.choices[0].message.content or "")
