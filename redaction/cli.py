"""Batch redaction over JSON lines: python -m redaction --jsonl < in.jsonl > out.jsonl."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .errors import RedactionError
from .models import KnownIdentifier
from .redactor import Redactor

EXIT_BAD_INPUT = 2


class BadLine(ValueError):
    """An input line that is not the expected JSON object."""


def parse_line(line: str) -> tuple[str, list[KnownIdentifier]]:
    """Validate one input line: {"text": str, "known": [{"type": str, "value": str}]}."""
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as e:
        raise BadLine(f"invalid JSON ({e.msg})") from e
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise BadLine('expected an object with a string "text"')
    known = obj.get("known", [])
    if not isinstance(known, list):
        raise BadLine('"known" must be a list')
    items = []
    for item in known:
        if not (isinstance(item, dict) and isinstance(item.get("type"), str) and isinstance(item.get("value"), str)):
            raise BadLine('each "known" item needs string "type" and "value"')
        items.append(KnownIdentifier(item["type"], item["value"]))
    return obj["text"], items


def run(stdin: TextIO, stdout: TextIO, stderr: TextIO, *, detect: bool = True) -> int:
    """Redact each line independently; stop at the first bad line with exit code 2."""
    redactor = Redactor(detect=detect)
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            text, known = parse_line(line)
            result = redactor.redact(text, known=known)
        except BadLine as e:
            stderr.write(f"line {number}: {e}\n")
            return EXIT_BAD_INPUT
        except RedactionError as e:
            stderr.write(f"line {number}: {e}\n")
            return 1
        spans = [{"start": s.start, "end": s.end, "type": s.type} for s in result.spans]
        stdout.write(json.dumps({"text": result.text, "spans": spans}, ensure_ascii=False) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for `python -m redaction`."""
    parser = argparse.ArgumentParser(prog="python -m redaction", description=__doc__)
    parser.add_argument("--jsonl", action="store_true", required=True, help="read/write JSON lines")
    parser.add_argument("--no-detect", action="store_true", help="known identifiers only (no spaCy)")
    args = parser.parse_args(argv)
    return run(sys.stdin, sys.stdout, sys.stderr, detect=not args.no_detect)
