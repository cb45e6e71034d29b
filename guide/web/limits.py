"""Limits on what a client may send: a body size (413) and a body that stops arriving (408).

Pure ASGI rather than BaseHTTPMiddleware, so streamed replies pass through untouched. The refusal is an
HTTPException raised where the app reads the body, so `guide.web.errors` answers it like any other error
(JSON for the API, the error page for pages); a route that never reads its body is not refused."""

from __future__ import annotations

import asyncio

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# How long the next piece of a request body may take. uvicorn bounds idle connections only between
# requests (--timeout-keep-alive), so without this a client that declares more than it sends holds a worker.
READ_TIMEOUT_S = 30.0


class BodyLimit:
    """Refuse a request body larger than `max_bytes`, declared or streamed, and one that stalls."""

    def __init__(self, app: ASGIApp, max_bytes: int, read_timeout_s: float | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.read_timeout_s = READ_TIMEOUT_S if read_timeout_s is None else read_timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        received = 0
        complete = False

        async def limited_receive() -> Message:
            nonlocal received, complete
            if complete:  # after the body only a disconnect can come; a stream waits for it as long as it runs
                return await receive()
            if declared is not None and declared > self.max_bytes:
                raise _too_large(self.max_bytes)
            try:
                message = await asyncio.wait_for(receive(), self.read_timeout_s)
            except TimeoutError:
                raise HTTPException(408, "the request body stopped arriving; send it again") from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                complete = not message.get("more_body", False)
                if received > self.max_bytes:
                    raise _too_large(self.max_bytes)
            return message

        await self.app(scope, limited_receive, send)


def _too_large(max_bytes: int) -> HTTPException:
    return HTTPException(413, f"the request body is larger than {max_bytes} bytes")


def _content_length(scope: Scope) -> int | None:
    value = Headers(scope=scope).get("content-length", "")
    return int(value) if value.isascii() and value.isdigit() else None
