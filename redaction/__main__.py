"""`python -m redaction --jsonl`: redact JSON lines from stdin to stdout."""

import sys

from .cli import main

sys.exit(main())
