"""`guide eval ...`: run suites, write reports, compare runs, export clinicians' reviews as cases."""

from __future__ import annotations

import typer

app = typer.Typer(help="Run eval suites and read their reports.", no_args_is_help=True)


@app.command("list")
def list_suites() -> None:
    """The suites under evals/suites/."""
    from evals.suites import SUITES

    for path in sorted(SUITES.glob("*.yaml")):
        print(path.stem)
