"""Spread requests over workers, not just connections, and keep each worker's numeric libraries to its share.

uvicorn's workers share one listening socket: a connection stays with the worker that accepted it, and a burst of
keep-alive clients can all land on one worker while the other idles (measured: in 4 of 8 runs every connection of
8 clients did). Neither uvicorn (no SO_REUSEPORT option) nor gunicorn's `--reuse-port` (the kernel hashes each
*connection* to a worker, still sticky under keep-alive) balances per request; a reverse proxy (nginx, HAProxy)
in front of one port per worker does, and is what a fleet uses (docs/deploy.md). For `guide serve --workers N` on
one host this middleware bounds a connection's life instead: after `max_requests` requests it answers with
`Connection: close`, the client reconnects, and the new connection goes to whichever worker accepts it."""

from __future__ import annotations

import logging
import os
import sys
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

# read by OpenBLAS, MKL, OpenMP (torch's pool included) and numexpr when they load
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")
TRACKED = 4096  # connections remembered at once (the oldest are forgotten: at worst one lives a little longer)


class RecycleConnections:
    """Answer every `max_requests`-th request of a connection with `Connection: close` (HTTP/1.1 only; 0: never)."""

    def __init__(self, app: ASGIApp, *, max_requests: int) -> None:
        self.app = app
        self.max_requests = max_requests
        self._served: OrderedDict[tuple[Any, ...], int] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.max_requests <= 0 or scope.get("http_version") != "1.1":
            await self.app(scope, receive, send)
            return
        if not self._last_on_connection(scope):
            await self.app(scope, receive, send)
            return

        async def send_closing(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"connection", b"close")]
            await send(message)

        await self.app(scope, receive, send_closing)

    def _last_on_connection(self, scope: Scope) -> bool:
        """Count this request on its connection (the client's address and port, and the server's, name it while it
        is open) and say whether it is the one to close on."""
        client, server = scope.get("client"), scope.get("server")
        key = (tuple(client) if client else None, tuple(server) if server else None)
        served = self._served.pop(key, 0) + 1
        if served >= self.max_requests:
            return True
        self._served[key] = served
        if len(self._served) > TRACKED:
            self._served.popitem(last=False)
        return False


def limit_threads(threads: int) -> dict[str, int]:
    """Limit this process's BLAS/OpenMP pools and torch's intra-op pool to `threads` each (0: leave the defaults):
    threadpoolctl for the libraries loaded so far, torch's own setting if it is loaded, and the environment
    variables the others read when they load later (torch is imported only where it is used). Returns what was
    limited, for the log."""
    if threads <= 0:
        return {}
    from threadpoolctl import threadpool_limits

    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, str(threads))
    threadpool_limits(limits=threads)  # not a context: the limit stays for the life of the process
    limited = {"blas_openmp": threads}
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)
        limited["torch"] = threads
    return limited
