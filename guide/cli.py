"""The `guide` command line."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import ValidationError

from guide.errors import GuideError
from guide.settings import Settings

app = typer.Typer(help="Home Team Guide: guidance for a patient's home team.", no_args_is_help=True)
careplan_app = typer.Typer(help="Import and list care plans.", no_args_is_help=True)
kb_app = typer.Typer(help="Check, index and search the knowledge base.", no_args_is_help=True)
demo_app = typer.Typer(help="Demo data.", no_args_is_help=True)
users_app = typer.Typer(help="Accounts: add, list and remove users.", no_args_is_help=True)
db_app = typer.Typer(help="The relational database: schema upgrades.", no_args_is_help=True)
app.add_typer(careplan_app, name="careplan")
app.add_typer(kb_app, name="kb")
app.add_typer(demo_app, name="demo")
app.add_typer(users_app, name="users")
app.add_typer(db_app, name="db")


def _add_plugin_commands() -> None:
    """Command groups other packages register under the `guide.commands` entry point (`guide eval`)."""
    from importlib.metadata import entry_points

    for entry in entry_points(group="guide.commands"):
        app.add_typer(entry.load(), name=entry.name)


_add_plugin_commands()
F = TypeVar("F", bound=Callable[..., Any])


def _settings() -> Settings:
    """The settings, or one clear line naming what is refused (never a value: secrets stay out of the terminal)."""
    try:
        return Settings()
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(map(str, err['loc']))}: {err['msg']}" if err["loc"] else err["msg"] for err in e.errors()
        )
        raise GuideError(f"configuration refused: {problems}") from e


def _services() -> Any:
    from guide.services import Services

    return Services(_settings())


def _fail(message: str) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code=2)


def guarded(func: F) -> F:
    """Turn a GuideError into one clear line on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GuideError as e:
            _fail(str(e))

    return wrapper  # type: ignore[return-value]


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log at INFO.")] = False) -> None:
    """Configure logging for every command."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


@db_app.command("upgrade")
@guarded
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Migration to reach (default: the newest).")] = "head",
) -> None:
    """Apply the schema migrations (Alembic). Run it once before starting the instances of a new release."""
    from guide.store.db.session import Database, current_revision

    database = Database(_settings())
    with _reaching_the_database():
        before = current_revision(database.engine)
        database.migrate_to(revision)
        after = current_revision(database.engine)
    typer.echo(f"database schema: {before or 'empty'} -> {after}" if before != after else f"database schema: {after}")


@db_app.command("current")
@guarded
def db_current() -> None:
    """Print the database's schema revision and the newest one this release has."""
    from guide.store.db.session import Database, current_revision, head_revision

    database = Database(_settings())
    with _reaching_the_database():
        typer.echo(f"current: {current_revision(database.engine) or 'empty'}  head: {head_revision()}")


@contextmanager
def _reaching_the_database() -> Iterator[None]:
    """A database that cannot be reached is one line naming the driver's error type (its message may name hosts)."""
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as e:
        raise GuideError(f"could not reach the database ({type(e.orig).__name__}); check GUIDE_DATABASE_URL") from e


@careplan_app.command("import")
@guarded
def careplan_import(paths: Annotated[list[Path], typer.Argument(help="FHIR R4 Bundle JSON files.")]) -> None:
    """Import FHIR bundles; all or nothing. Re-importing a bundle updates it; an unchanged one is left as stored."""
    from guide.careplan.importer import import_care_plans

    services = _services()
    _quick_exit(services)  # the vector store's writes are in its log when `add` returns (the next process reads them)
    for result in import_care_plans(services, paths):
        verb = "unchanged" if result.unchanged else "imported" if result.created else "updated"
        typer.echo(
            f"{verb} {result.source}: consumer {result.consumer_id}, "
            f"{result.passages} passages, {result.designees} designees"
        )
        for line in _import_notes(result):
            typer.echo(f"  {line}")


def _import_notes(result: Any) -> list[str]:
    """What a nurse checks after an import: a recorded death, and what was left out of the plan and why."""
    lines = []
    if result.deceased is not None:
        when = result.deceased.on.isoformat() if result.deceased.on else "date not given"
        lines.append(f"deceased: the record says this person has died ({when})")
    by_reason: dict[str, list[str]] = {}
    for item in result.left_out:
        by_reason.setdefault(item.reason, []).append(f"{item.resource} ({item.label})" if item.label else item.resource)
    for reason, names in by_reason.items():
        lines.append(f"left out ({len(names)}), {reason}: {', '.join(names)}")
    return lines


@careplan_app.command("list")
@guarded
def careplan_list() -> None:
    """List consumers with their designees and scopes."""
    from sqlalchemy import select

    from guide.store.db.models import ConsumerRow

    services = _services()
    with services.db.session() as s:
        for row in s.scalars(select(ConsumerRow).order_by(ConsumerRow.id)):
            typer.echo(f"{row.id}  ({row.source})")
            for d in row.designees:
                typer.echo(f"    designee {d.id}  {d.relationship_label or ''}  scopes: {', '.join(d.scopes)}")


@careplan_app.command("show")
@guarded
def careplan_show(
    consumer: Annotated[str, typer.Argument(help="Consumer id (FHIR Patient.id).")],
    designee: Annotated[
        str | None, typer.Option("--as", help="Show it as this designee (RelatedPerson.id) sees it.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Print what the plan became, section by section, as the consumer or one designee sees it."""
    from guide.careplan.model import Section
    from guide.careplan.passages import render
    from guide.turn.scope import Reader, scope_for

    plan = _services().store.plan(consumer)
    scope = scope_for(plan, Reader(consumer_id=consumer, designee_id=designee))
    sections: dict[str, list[dict[str, str]]] = {}
    for passage in render(plan):
        if scope.allows(passage.section):
            sections.setdefault(passage.section, []).append(
                {"id": passage.id, "title": passage.title, "text": passage.text}
            )
    sections = {s.value: sections[s.value] for s in Section if s.value in sections}  # the plan's own order
    deceased = plan.consumer.deceased
    if as_json:
        death = (deceased.on.isoformat() if deceased.on else True) if deceased else None
        reader = f"designee:{designee}" if designee else f"consumer:{consumer}"
        typer.echo(
            json.dumps({"consumer": consumer, "reader": reader, "deceased": death, "sections": sections}, indent=2)
        )
        return
    _echo_plan(plan, designee, sections)


def _echo_plan(plan: Any, designee: str | None, sections: dict[str, list[dict[str, str]]]) -> None:
    reader = f"designee {designee}" if designee else "the consumer"
    typer.echo(f"consumer {plan.consumer.id}, as {reader} sees it")
    if plan.consumer.deceased is not None:
        on = plan.consumer.deceased.on
        typer.echo(f"deceased: {on.isoformat() if on else 'yes (date not given)'}")
    for section, items in sections.items():
        typer.echo(f"\n[{section}] {len(items)}")
        for item in items:
            typer.echo(f"  - {item['text']}")


@kb_app.command("check")
def kb_check(
    review_days: int | None = typer.Option(
        None, min=1, help="Warn on entries last reviewed more than this many days ago [default: 365]."
    ),
    strict: bool = typer.Option(False, help="Exit 1 on review warnings too (entries due or awaiting sign-off)."),
) -> None:
    """Validate the whole knowledge base; list every problem and exit 1 if any. Review warnings (entries past their
    review date, entries awaiting a clinician's sign-off) are listed too and fail only with --strict."""
    from guide.knowledge import loader

    root = Settings().knowledge_path
    problems = loader.check(root)
    if problems:
        for problem in problems:
            typer.echo(problem, err=True)
        typer.secho(f"{len(problems)} problem(s) in {root}", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=1)
    kb = loader.load(root)
    warnings = loader.review_warnings(kb, date.today(), review_days or loader.REVIEW_EVERY_DAYS)
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    counts = loader.modality_counts(kb)
    typer.echo(
        f"ok: {len(kb.articles)} articles ({', '.join(f'{k} {v}' for k, v in counts.items())}), "
        f"{len(kb.interactions.interactions)} interactions, {len(kb.interactions.drug_classes)} "
        f"drug classes, {len(kb.hazards.hazards)} hazards, {len(kb.red_flags.red_flags)} red flags"
        + (f"; {len(warnings)} review warning(s)" if warnings else "")
    )
    if strict and warnings:
        raise typer.Exit(code=1)


@kb_app.command("index")
@guarded
def kb_index() -> None:
    """Embed the knowledge base into the vector store; only changed articles are re-embedded."""
    from guide.knowledge.indexer import index_knowledge, knowledge_digests

    services = _services()
    total = len(knowledge_digests(services.settings.knowledge_path)) - 1  # the articles (not the protocols)
    with typer.progressbar(length=total, label="indexing articles", file=sys.stderr) as bar:
        result = index_knowledge(services, progress=bar.update)
    typer.echo(
        f"indexed {result.indexed}, unchanged {result.unchanged}, removed {result.removed} "
        f"({result.passages} passages written)"
    )


@kb_app.command("search")
@guarded
def kb_search(
    query: Annotated[str, typer.Argument(help="What a family would ask.")],
    k: Annotated[int, typer.Option("-k", min=1, max=50, help="How many hits.")] = 5,
    modality: Annotated[str | None, typer.Option(help="Only this modality.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    server: Annotated[
        str | None,
        typer.Option(
            "--server",
            help="Search through a running `guide serve` (with GUIDE_DEV_AUTH=true) at this URL when it answers, "
            "instead of loading the model here [default: GUIDE_SERVER_URL].",
        ),
    ] = None,
    no_server: Annotated[bool, typer.Option("--no-server", help="Always search in this process.")] = False,
) -> None:
    """Search the knowledge base."""
    url = _server_url(server, no_server)
    hits = _search_server(url, query, k, modality) if url else None
    if hits is None:
        hits = _search_here(query, k, modality)
    if as_json:
        typer.echo(json.dumps(hits, indent=2))
        return
    for hit in hits:
        typer.echo(f"{hit['score']:.3f}  {hit['id']:<32} {hit['title']}  [{hit['modality']}]")


def _search_here(query: str, k: int, modality: str | None) -> list[dict[str, Any]]:
    """The search in this process (the model and the knowledge base's vectors load here: seconds)."""
    from guide.knowledge.lookup import search

    services = _services()
    _quick_exit(services)
    if not services.vectors.ids("knowledge"):
        raise GuideError("the knowledge base is not indexed yet: run `guide kb index` first")
    return search(services, query, k=k, modality=modality)


SEARCH_KEYS = ("id", "title", "modality", "score", "snippet")  # `guide.knowledge.lookup.search`, the same from a server
OPERATOR_HEADER = {"X-Guide-User": "operator:cli"}  # the development identity that reads no consumer's data


def _search_server(url: str, query: str, k: int, modality: str | None) -> list[dict[str, Any]] | None:
    """The search through a running server's API, or None (said on stderr) when no server answers there or it does
    not take the development identity header."""
    import httpx

    base = _server_up(url)
    if base is None:
        return None
    params: dict[str, str | int] = {"q": query, "k": k, **({"modality": modality} if modality else {})}
    try:
        reply = httpx.get(f"{base}/api/v1/knowledge/search", params=params, headers=OPERATOR_HEADER, timeout=120.0)
    except httpx.HTTPError as e:
        raise GuideError(f"the server at {base} failed ({type(e).__name__}); try --no-server") from e
    if reply.status_code in (401, 403, 404):  # 404: a server from before the search route
        why = "no knowledge search there" if reply.status_code == 404 else "it does not take GUIDE_DEV_AUTH"
        typer.echo(f"the server at {base} cannot search ({why}); searching here", err=True)
        return None
    if reply.status_code == 503:
        raise GuideError(_detail(reply) or f"the server at {base} is not ready")
    if reply.status_code != 200:
        raise GuideError(f"the server at {base} failed (HTTP {reply.status_code}); try --no-server")
    return [{key: hit[key] for key in SEARCH_KEYS} for hit in reply.json()]


def _detail(reply: Any) -> str:
    """The error message of an API reply (`{"detail": ...}`), or ""."""
    try:
        detail = reply.json().get("detail")
    except ValueError:
        return ""
    return detail if isinstance(detail, str) else ""


def _server_up(url: str) -> str | None:
    """The server's base URL when a `guide serve` answers /health there (said on stderr: "using the server at
    URL"), else None, said nowhere: nothing listening is the usual case."""
    import httpx

    base = url.rstrip("/")
    try:
        # nothing listening fails at once; a server that is up but busy gets two seconds before the command searches
        # in its own process (0.5 s was too little on a loaded 2-core machine)
        if httpx.get(f"{base}/health", timeout=2.0).status_code != 200:
            return None
    except httpx.HTTPError:
        return None
    typer.echo(f"using the server at {base}", err=True)
    return base


def _server_url(server: str | None, no_server: bool) -> str:
    """The running `guide serve` to use: `--server`, else GUIDE_SERVER_URL; empty with `--no-server`."""
    return "" if no_server else (server if server is not None else _settings().server_url).strip()


@app.command()
@guarded
def ask(
    question: Annotated[str, typer.Argument(help="The question, as the home team would ask it.")],
    consumer: Annotated[str, typer.Option("--consumer", help="Consumer id (FHIR Patient.id).")],
    designee: Annotated[str | None, typer.Option("--designee", help="Designee id (RelatedPerson.id).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    server: Annotated[
        str | None,
        typer.Option(
            "--server",
            help="Ask a running `guide serve` (with GUIDE_DEV_AUTH=true) at this URL when it answers, instead of "
            "loading the models here [default: GUIDE_SERVER_URL].",
        ),
    ] = None,
    no_server: Annotated[bool, typer.Option("--no-server", help="Always answer in this process.")] = False,
) -> None:
    """Ask one question for a consumer, as the consumer or as one of their designees."""
    url = _server_url(server, no_server)
    data = _ask_server(url, question, consumer, designee) if url else None
    if data is None:
        data = _ask_here(question, consumer, designee)
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    typer.echo(f"[{data['decision']}] ({', '.join(data['reasons'])})\n")
    typer.echo(data["answer"])
    for n, c in enumerate(data["citations"], start=1):
        typer.echo(f"  [{n}] {c['title']} ({c['kind']}: {c['id']})")


def _ask_here(question: str, consumer: str, designee: str | None) -> dict[str, Any]:
    """The turn in this process (the models load here: seconds on a cold start)."""
    services = _services()
    _quick_exit(services)
    services.redact.redactor.prepare()  # spaCy and Presidio load beside the store, the vectors and the checks
    plan = services.store.plan(consumer)
    if designee is not None and plan.designee(designee) is None:
        raise GuideError(f"{designee} is not a designee of consumer {consumer}")
    owner = f"designee:{designee}" if designee else f"consumer:{consumer}"
    conversation = services.store.create(consumer_id=consumer, designee_id=designee, owner=owner)
    return dict(services.pipeline.ask(conversation_id=conversation.id, question=question, owner=owner).as_dict())


ASK_KEYS = ("decision", "answer", "citations", "reasons")  # `TurnResult.as_dict`, the same from a server


def _ask_server(url: str, question: str, consumer: str, designee: str | None) -> dict[str, Any] | None:
    """The turn through a running server's API (its models are loaded already), or None, with one line on stderr
    saying why, when no server answers there or it does not take the development identity header."""
    import httpx

    base = _server_up(url)
    if base is None:
        return None
    headers = {"X-Guide-User": f"designee:{designee}" if designee else f"consumer:{consumer}"}
    with httpx.Client(base_url=base, headers=headers, timeout=120.0) as client:
        try:
            created = client.post("/api/v1/conversations", json={"consumer_id": consumer, "designee_id": designee})
            if created.status_code in (401, 403, 404):
                why = "no such consumer there" if created.status_code == 404 else "it does not take GUIDE_DEV_AUTH"
                typer.echo(f"the server at {base} cannot ask for this reader ({why}); answering here", err=True)
                return None
            created.raise_for_status()
            conversation = created.json()["id"]
            reply = client.post(f"/api/v1/conversations/{conversation}/messages", json={"question": question})
            reply.raise_for_status()
        except httpx.HTTPError as e:
            raise GuideError(f"the server at {base} failed ({type(e).__name__}); try --no-server") from e
    data = reply.json()
    return {key: data[key] for key in ASK_KEYS}


@app.command()
@guarded
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Serve the HTTP API and pages. In production, refuses while demo accounts or the demo password remain."""
    import os

    import uvicorn

    from guide.demo.accounts import refuse_demo_accounts_in_production

    settings = _settings()
    if settings.env == "production":
        from guide.services import Services

        refuse_demo_accounts_in_production(Services(settings))
    os.environ.setdefault("GUIDE_WARM_UP", "true")
    if workers > 1:  # each worker's model gets its share of the cores instead of all of them fighting over each
        os.environ.setdefault("GUIDE_EMBEDDINGS_THREADS", str(max(1, (os.cpu_count() or 1) // workers)))
    uvicorn.run(
        "guide.web.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_graceful_shutdown=settings.shutdown_grace_s,
        timeout_worker_healthcheck=settings.worker_healthcheck_timeout_s,
        **proxy_options(settings),
    )


@app.command()
@guarded
def prepare(
    force: Annotated[
        bool, typer.Option("--force", help="Make it again even when the code and knowledge are unchanged.")
    ] = False,
) -> None:
    """Make this installation's cache (the ONNX export of MiniLM, the parsed knowledge base, its texts' vectors, the
    compiled patterns), which a new data folder reads until it has its own; `make install` runs it."""
    from guide.prepare import prepare as make

    settings = _settings()
    made = make(settings, force=force)
    typer.echo(f"{'prepared' if made else 'up to date:'} {settings.install_cache_path}")


def proxy_options(settings: Settings) -> dict[str, Any]:
    """uvicorn's --proxy-headers/--forwarded-allow-ips from GUIDE_FORWARDED_ALLOW_IPS: X-Forwarded-For is believed
    only from those proxies, and with none set it is ignored (uvicorn alone would believe any local client)."""
    trusted = settings.forwarded_allow_ips.strip()
    return {"proxy_headers": True, "forwarded_allow_ips": trusted} if trusted else {"proxy_headers": False}


@demo_app.command("load")
@guarded
def demo_load() -> None:
    """Import the demo consumers, index the knowledge base and create the demo accounts (never in production)."""
    if _settings().env == "production":
        raise GuideError("`guide demo load` never runs in production: its accounts share a published password")
    from guide.demo import demo_bundles

    careplan_import(demo_bundles())
    kb_index()
    from guide.demo.accounts import DEMO_PASSWORD, create_demo_accounts

    created = create_demo_accounts(_services())
    if created:
        print(f"demo accounts (password {DEMO_PASSWORD}): {', '.join(created)}")


@users_app.command("add")
@guarded
def users_add(
    username: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: Annotated[str, typer.Option(help="consumer | caregiver | clinician | evaluator | admin")],
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    consumer: Annotated[str | None, typer.Option(help="The consumer id, for a consumer account.")] = None,
    designee: Annotated[list[str] | None, typer.Option(help="Designee id this caregiver acts as (repeat).")] = None,
    team: Annotated[list[str] | None, typer.Option(help="Consumer whose care team a clinician joins (repeat).")] = None,
) -> None:
    """Create a user; the password is asked for twice and stored only as an argon2 hash."""
    from guide.demo.accounts import DEMO_PASSWORD

    password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    services = _services()
    if password == DEMO_PASSWORD and services.settings.env == "production":
        raise GuideError("that is the published demo password; choose another")
    user_id = services.accounts.create_user(
        username=username, password=password, role=role, display_name=name, consumer_id=consumer
    )
    for designee_id in designee or []:
        services.accounts.link_designee(user_id, designee_id)
    for consumer_id in team or []:
        services.accounts.add_to_care_team(user_id, consumer_id)
    print(f"created {role} {username}")


@users_app.command("list")
@guarded
def users_list(
    demo: Annotated[
        bool, typer.Option("--demo", help="Only demo accounts and ones with the demo password (refused in production).")
    ] = False,
) -> None:
    """Users and their roles."""
    services = _services()
    if demo:
        from guide.demo.accounts import demo_accounts_in_use

        for username, why in demo_accounts_in_use(services):
            print(f"{username}\t{why}")
        return
    for user in services.accounts.users():
        print(f"{user.username}\t{user.role}\t{'active' if user.active else 'disabled'}")


@users_app.command("remove")
@guarded
def users_remove(
    usernames: Annotated[list[str], typer.Argument(help="Sign-in names to remove.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete accounts with their sessions and care-team places; the audit log keeps their events."""
    if not yes:
        typer.confirm(f"remove {len(usernames)} account(s): {', '.join(usernames)}?", abort=True)
    accounts = _services().accounts
    missing = [name for name in usernames if not accounts.remove_user(name)]
    for name in usernames:
        if name not in missing:
            print(f"removed {name}")
    if missing:
        raise GuideError(f"no such user: {', '.join(missing)}")


_after_exit: list[Any] = []  # Services whose database connections to close before a quick exit


def _quick_exit(services: Any) -> None:
    """Let `entry` end this process without the interpreter's teardown: the command commits what it writes (a turn
    or a plan in the relational store, passages in the vector store) before it returns."""
    _after_exit.append(services)


def entry() -> None:
    """The `guide` command. After `ask`, `kb search` or `careplan import` ran in this process, the process ends
    without the interpreter's teardown of the models it loaded (0.7-0.9 s of a cold `guide ask` or import on this
    machine): its output flushed, its database connections closed, every exit handler run (logging's, the compiled
    patterns kept for the next process), then `os._exit`. Every other command ends normally."""
    try:
        app()
    except SystemExit as e:
        code = e.code
    else:
        code = 0
    if not _after_exit:
        raise SystemExit(code)
    import atexit
    import os

    if not isinstance(code, int):
        print(code, file=sys.stderr)  # what SystemExit does with a message
        code = 1 if code is not None else 0
    for services in _after_exit:
        if "db" in vars(services):  # a cached_property already built: close its pool
            services.db.engine.dispose()
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    entry()
