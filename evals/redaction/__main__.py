"""`python -m evals.redaction`: generate the corpus, run the redactor, write the reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .generator import generate
from .runner import DEFAULT_OUT, build_report, markdown, redactor_sampler, run, write_reports


def main() -> int:
    """Exit 0 when every target is met, 1 otherwise."""
    parser = argparse.ArgumentParser(prog="python -m evals.redaction")
    parser.add_argument("-n", type=int, default=660, help="messages to generate (default 660)")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="report folder (git-ignored)")
    parser.add_argument("--heldout", action="store_true", help="only the held-out templates")
    parser.add_argument("--allow", action="append", default=[], help="extra allow-list term (repeatable)")
    args = parser.parse_args()
    cases = generate(args.n, args.seed, heldout=args.heldout)
    preds, latencies = run(cases, redactor_sampler(args.allow))
    report = build_report(cases, preds, latencies)
    write_reports(report, args.out, cases)
    print(markdown(report).split("## Misses")[0])
    print(f"reports written to {args.out}")
    return 0 if all(report["verdicts"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
