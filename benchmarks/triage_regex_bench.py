"""The triage's red-flag alternations compiled by `re` and by `regex`: compile, read back, search (issue 19).

guide/turn/triage.py searches every message with one alternation per red flag and language (about 140 with the hazards')
before it looks at any single pattern. This prints, for the red flags' alternations, `re`'s compile time, the `regex`
module's compile time and the time to read its compiled patterns back from a pickle (what redaction/compiled.py keeps
between processes), and the search time per message of each over the corpus's dev messages, with how many (message,
alternation) pairs matched (the same for both, or the two engines disagree).

    .venv/bin/python benchmarks/triage_regex_bench.py [--messages 2000]
"""

from __future__ import annotations

import argparse
import pickle
import re
import time

import regex

from evals.corpus import load_cases
from guide.knowledge import loader
from guide.settings import Settings
from guide.turn.triage import _alternation_source, _pattern


def _search(patterns: list[re.Pattern[str]] | list[regex.Pattern[str]], texts: list[str]) -> tuple[float, int]:
    start, hits = time.perf_counter(), 0
    for text in texts:
        hits += sum(1 for p in patterns if p.search(text))
    return (time.perf_counter() - start) / len(texts) * 1000, hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000, help="dev messages to search")
    args = parser.parse_args()
    settings = Settings()
    kb = loader.load(settings.knowledge_path, cache_dir=settings.cache_path)
    flags = kb.red_flags.red_flags
    sources = [_alternation_source([_pattern(p) for p in f.patterns]) for f in flags]
    sources += [_alternation_source([_pattern(p) for p in f.patterns_es]) for f in flags]  # the Spanish ones
    texts = [t.question.lower() for _, case in load_cases("dev") for t in case.turns][: args.messages]

    re.purge()
    start = time.perf_counter()
    with_re = [re.compile(s) for s in sources]
    re_compile = time.perf_counter() - start
    start = time.perf_counter()
    with_regex = [regex.compile(s) for s in sources]
    regex_compile = time.perf_counter() - start
    kept = pickle.dumps(with_regex)
    start = time.perf_counter()
    with_regex = pickle.loads(kept)  # noqa: S301 - written just above
    regex_read = time.perf_counter() - start

    print(f"{len(sources)} alternations, {len(texts)} dev messages")
    print(f"re compile             {re_compile * 1000:8.1f} ms")
    print(f"regex compile          {regex_compile * 1000:8.1f} ms")
    print(f"regex read back        {regex_read * 1000:8.1f} ms  ({len(kept) // 1024} KB kept)")
    for _ in range(2):  # twice, alternating, so neither has the warm cache alone
        for name, patterns in (("re", with_re), ("regex", with_regex)):
            per_message, hits = _search(patterns, texts)
            print(f"{name:6} search           {per_message:8.3f} ms a message  ({hits} matches)")


if __name__ == "__main__":
    main()
