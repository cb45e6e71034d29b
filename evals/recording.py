"""A recording proxy for an OpenAI-compatible endpoint: the guide talks to it, it forwards, it keeps a copy.

The eval points `Settings.openai_base_url` at the proxy, so every request the service really sends
is recorded byte for byte (for identifier-leak checks) with the endpoint's token usage, without
any hook in `guide/`.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import httpx

OPENAI_DEFAULT = "https://api.openai.com/v1"
_HOP_BY_HOP = {"host", "content-length", "connection", "accept-encoding", "transfer-encoding", "keep-alive"}


@dataclass
class RecordedRequest:
    """One forwarded request: its path, body text, status and the usage the endpoint reported."""

    path: str
    body: str
    status: int
    prompt_tokens: int = 0
    completion_tokens: int = 0


def usage_of(payload: bytes) -> tuple[int, int]:
    """(prompt, completion) tokens from an OpenAI-style JSON reply; zeros when absent."""
    try:
        usage = json.loads(payload).get("usage") or {}
    except (ValueError, AttributeError):
        return 0, 0
    return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)


class RecordingProxy:
    """Serves on 127.0.0.1 and forwards to `upstream`; use as a context manager."""

    def __init__(self, upstream: str | None, *, timeout_s: float = 120.0) -> None:
        self.upstream = (upstream or OPENAI_DEFAULT).rstrip("/")
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._client = httpx.Client(timeout=timeout_s)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """What to give the service as its endpoint."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._client.close()

    def forward(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        """Send one request upstream and record it."""
        kept = {k: v for k, v in headers.items() if k.lower() not in _HOP_BY_HOP}
        try:
            reply = self._client.request(method, self.upstream + path, headers=kept, content=body)
            status, content = reply.status_code, reply.content
            reply_headers = {"Content-Type": reply.headers.get("content-type", "application/json")}
        except httpx.HTTPError as e:
            status, content = 502, json.dumps({"error": {"message": f"proxy: {type(e).__name__}"}}).encode()
            reply_headers = {"Content-Type": "application/json"}
        prompt, completion = usage_of(content) if status < 400 else (0, 0)
        with self._lock:
            self.requests.append(
                RecordedRequest(path, body.decode("utf-8", errors="replace"), status, prompt, completion)
            )
        return status, reply_headers, content

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length) if length else b""
                status, headers, content = proxy.forward(self.command, self.path, dict(self.headers.items()), body)
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (its timeout)

            do_POST = do_GET = _relay  # noqa: N815 - http.server's naming

            def log_message(self, *args: Any) -> None:
                return

        return Handler
