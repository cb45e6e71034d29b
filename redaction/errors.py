"""Errors raised by the redaction library."""


class RedactionError(Exception):
    """Redaction failed; callers must fail closed and send nothing anywhere."""
