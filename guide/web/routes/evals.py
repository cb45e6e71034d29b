"""Eval reports, for evaluators: the list of runs and each run's report."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from guide.errors import NotFoundError
from guide.web.deps import ServicesDep
from guide.web.render import (
    PagePrincipal,
    render,
    require,
)

router = APIRouter(include_in_schema=False)


@router.get("/evals")
def evals_page(request: Request, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """Eval runs with a report, newest first."""
    require(principal, "evaluator", "admin")
    root = services.settings.eval_runs_dir
    reports = [p for p in root.glob("*/report.html") if _inside_runs(root, p.parent.name)] if root.is_dir() else []
    runs = sorted((p.parent for p in reports), key=lambda p: p.stat().st_mtime, reverse=True)
    return render(request, "evals.html", principal, runs=[r.name for r in runs], root=str(root))


def _inside_runs(root: Path, run: str) -> Path | None:
    """The run's report when it really lies inside the runs folder: `..`, absolute paths and symlinks out are None."""
    if not re.fullmatch(r"[\w][\w.-]*", run):
        return None
    base = root.resolve()
    report = (base / run / "report.html").resolve()
    return report if report.is_relative_to(base) and report.is_file() else None


@router.get("/evals/{run}/report")
def eval_report(run: str, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """One run's self-contained HTML report."""
    require(principal, "evaluator", "admin")
    report = _inside_runs(services.settings.eval_runs_dir, run)
    if report is None:
        raise NotFoundError("no such run")
    services.audit.by(principal, "eval_report_read", target=run)
    return HTMLResponse(with_way_back(report.read_text(encoding="utf-8")))


# A bar at the top of a self-contained report, back to the list (the report's CSP allows inline styles, no script).
_WAY_BACK = (
    '<nav aria-label="Eval reports" style="font:16px system-ui,sans-serif;padding:10px 16px;background:#fff;'
    'border-bottom:1px solid #d7dde4"><a href="/evals" style="color:#1f5fa8">&larr; All eval reports</a> · '
    '<a href="/" style="color:#1f5fa8">Home Team Guide</a></nav>'
)


def with_way_back(html: str) -> str:
    """The report with a link back to the list right after its <body> tag (or first, if it has none)."""
    match = re.search(r"<body[^>]*>", html, re.IGNORECASE)
    return html[: match.end()] + _WAY_BACK + html[match.end() :] if match else _WAY_BACK + html
