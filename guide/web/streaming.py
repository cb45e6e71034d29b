"""Server-sent events for one turn: the decision first, then the answer in pieces, then its citations.

The turn is decided before the first byte is sent, so nothing streamed can later be withdrawn; an
emergency's whole instruction travels in the first event, never behind anything else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from guide.turn.pipeline import TurnResult

_PIECE = re.compile(r"[^\n.!?]*(?:[.!?]+|\n+|$)\s*")


def pieces(text: str) -> list[str]:
    """The answer cut after each sentence or line, keeping every character."""
    return [p for p in _PIECE.findall(text) if p]


def turn_events(result: TurnResult) -> Iterator[dict[str, str]]:
    """`decision`, then `delta`s (unless the first event already carried the text), `citations`, `done`."""
    head: dict[str, object] = {
        "conversation_id": result.conversation_id,
        "message_id": result.message_id,
        "decision": result.decision,
        "reasons": result.reasons,
        "composer": result.composer,
    }
    if result.decision == "emergency":
        head["text"] = result.answer
    yield {"event": "decision", "data": json.dumps(head)}
    if result.decision != "emergency":
        for piece in pieces(result.answer):
            yield {"event": "delta", "data": json.dumps({"text": piece})}
    yield {"event": "citations", "data": json.dumps(result.citations)}
    yield {"event": "done", "data": "{}"}
