"""What a log line about a failure may hold: exception types and the code they passed through, never an
exception's text. A validation error quotes its input, a database error its parameters: a request body,
a question, names and record numbers."""

from __future__ import annotations

import logging
import traceback

# uvicorn logs "Exception in ASGI application" with the traceback on this logger.
SERVER_LOGGERS = ("uvicorn.error",)


def exception_summary(exc: BaseException) -> str:
    """The exception chain as types and code frames, outermost first, with every message withheld."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        name = type(current).__qualname__
        if isinstance(current, BaseExceptionGroup):
            name += f" of {', '.join(type(e).__qualname__ for e in current.exceptions)}"
        frames = "".join(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        parts.append(f"{name} (message withheld)\n{frames}".rstrip())
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "\nwhich came from ".join(parts)


class WithholdExceptionText(logging.Filter):
    """Rewrite a record's traceback as its summary, so a server's own exception logging prints no request data."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()}: {exception_summary(record.exc_info[1])}"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def withhold_exception_text(names: tuple[str, ...] = SERVER_LOGGERS) -> None:
    """Put the filter on these loggers once (app factories run more than once in a process)."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, WithholdExceptionText) for f in logger.filters):
            logger.addFilter(WithholdExceptionText())
