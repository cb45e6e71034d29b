"""Server-rendered pages: sign-in, the home team's chat, the clinicians' queue, consent, audit, eval reports.

Pages stay thin like the API routes: they check who is asking, call the stores and the pipeline, and render.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from guide.careplan.model import Section
from guide.errors import ConflictError, GuideError, InvalidInputError, NotFoundError
from guide.ml.vectorstore import CAREPLAN
from guide.review.queue import QUEUE_PAGE, ItemView, draft_about_question, plan_items, reason_words, tel_href
from guide.store.accounts import Principal, SignInError, TooManyAttemptsError
from guide.store.audit import AuditQuery
from guide.store.consent import GRANTABLE
from guide.store.conversations import ThreadMessage
from guide.web.api import ask_as
from guide.web.deps import SESSION_COOKIE, MaybePrincipal, ServicesDep, client_address, verify_csrf
from redaction import PseudonymVault

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
LOGIN_CSRF_COOKIE = "guide_login_csrf"
BADGES = {
    "answered": ("Answered", "answered"),
    "needs_review": ("Waiting for your care team", "waiting"),
    "emergency": ("Emergency", "emergency"),
    "resolved": ("Your care team answered", "resolved"),
}
SECTION_LABELS = {
    "conditions": "Conditions",
    "medications": "Medicines",
    "allergies": "Allergies",
    "goals": "Goals",
    "instructions": "Instructions",
    "appointments": "Appointments",
    "modalities": "Other care in use (supplements, remedies, therapies)",
    "behavioral_health": "Behavioral health (mental health conditions and medicines)",
}

router = APIRouter(include_in_schema=False)


class LoginRequiredError(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the sign-in page."""


def page_principal(principal: MaybePrincipal, _csrf: Annotated[None, Depends(verify_csrf)]) -> Principal:
    """The signed-in person, or a redirect to sign in."""
    if principal is None:
        raise LoginRequiredError
    return principal


PagePrincipal = Annotated[Principal, Depends(page_principal)]


def _require(principal: Principal, *roles: str) -> None:
    if principal.role not in roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "your account cannot open this page")


def _render(request: Request, template: str, principal: Principal | None, **context: Any) -> HTMLResponse:
    context.update(me=principal, csrf=getattr(request.state, "csrf", None), badges=BADGES)
    return TEMPLATES.TemplateResponse(request, template, context)


# The offline composer's paragraph headings (and the older ones stored in existing threads), as the reader sees
# them: the plan is the consumer's own ("Rosa’s care plan says", with the typographic apostrophe the chat's script
# writes for a streamed reply, so a reply reads the same after a reload); the composer never sees a name.
SOURCE_HEADINGS = {
    "The care plan says:": "{name}\u2019s care plan says:",
    "From the care plan:": "{name}\u2019s care plan says:",
    "Our health library says:": "Our health library says:",
    "From our health library:": "Our health library says:",
    "When to call the care team:": "When to call the care team:",
}


def source_heading(line: str, first_name: str, own: bool = False) -> str | None:
    """The heading a composer line stands for, in plain words, or None for any other line. The consumer reading
    their own plan sees "Your care plan says"."""
    heading = SOURCE_HEADINGS.get(line.strip())
    if heading is None:
        return None
    if own:
        return heading.replace("{name}\u2019s", "Your")
    return heading.format(name=first_name) if first_name else heading.replace("{name}\u2019s", "The")


def cite_links(
    text: str, citations: list[dict[str, str]], conversation_id: str, first_name: str = "", own: bool = False
) -> Markup:
    """Escape the text, one paragraph per source with its heading in bold once, keep other line breaks, and turn
    each [n] into a link to the cited passage."""

    def link(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if not 1 <= number <= len(citations):
            return match.group(0)
        cited = citations[number - 1]
        href = f"/chat/c/{conversation_id}/passage/{escape(quote(cited['id'], safe=''))}"
        title = escape(cited.get("title", ""))
        return f'<a class="cite" href="{href}" title="{title}" aria-label="source {number}: {title}">[{number}]</a>'

    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        heading = source_heading(lines[0], first_name, own)
        body = re.sub(r"\[(\d+)\]", link, str(escape("\n".join(lines[1:] if heading else lines))))
        # a list ("\u2022 " items, docs/composer.md "Lists") starts on the line under its heading
        after = "<br>\n" if body.startswith("\u2022") else " "
        lead = f'<strong class="source">{escape(heading)}</strong>{after}' if heading else ""
        paragraphs.append(f"<p>{lead}{body.replace(chr(10), '<br>' + chr(10))}</p>")
    return Markup("\n".join(paragraphs))


def first_name(services: Any, consumer_id: str) -> str:
    """The consumer's first name, as their home team calls them."""
    given = services.store.plan(consumer_id).consumer.name.given
    return str(given[0]) if given else ""


TEMPLATES.env.filters["cite_links"] = cite_links


@router.get("/")
def home(principal: MaybePrincipal) -> RedirectResponse:
    """Where each role starts."""
    if principal is None:
        return RedirectResponse("/login", status.HTTP_303_SEE_OTHER)
    start = {"clinician": "/review", "admin": "/admin/audit", "evaluator": "/evals"}.get(principal.role, "/chat")
    return RedirectResponse(start, status.HTTP_303_SEE_OTHER)


@router.get("/login")
def login_page(request: Request, error: str = "") -> HTMLResponse:
    """The sign-in form, with a double-submit token against cross-site sign-in."""
    token = secrets.token_urlsafe(24)
    response = _render(request, "login.html", None, login_csrf=token, error=error)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", max_age=3600)
    return response


@router.post("/login")
def login(
    request: Request,
    services: ServicesDep,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Check the password and start a server-side session."""
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not secrets.compare_digest(csrf_token, expected):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "the sign-in form expired; reload it")
    if not username.strip() or not password:
        return _login_again(request, "Enter your username and your password.", 422)
    address = client_address(request)
    tried = {"username": username.strip().lower()[:128], "address": address}
    try:
        signed = services.accounts.sign_in(username, password, client=address)
    except TooManyAttemptsError as e:
        detail = {"reason": f"throttled_{e.scope}", "retry_after": e.retry_after, **tried}
        services.audit.record("sign_in_failed", actor_id=None, target=tried["username"], detail=detail)
        refused = _login_again(request, str(e).capitalize() + ".", 429)
        refused.headers["Retry-After"] = str(e.retry_after)
        return refused
    except SignInError:
        detail = {"reason": "wrong_username_or_password", **tried}
        services.audit.record("sign_in_failed", actor_id=None, target=tried["username"], detail=detail)
        return _login_again(request, "Wrong username or password.", 401)
    services.audit.by(signed.principal, "sign_in")
    response = RedirectResponse("/", status.HTTP_303_SEE_OTHER)
    response.set_cookie(
        SESSION_COOKIE,
        signed.token,
        httponly=True,
        samesite="lax",
        secure=services.settings.secure_cookies,
        max_age=int(services.settings.session_hours * 3600),
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


def _login_again(request: Request, error: str, code: int) -> HTMLResponse:
    response = login_page(request, error)
    response.status_code = code
    return response


@router.post("/logout")
def logout(request: Request, principal: PagePrincipal, services: ServicesDep) -> RedirectResponse:
    """End the session."""
    services.accounts.sign_out(request.cookies.get(SESSION_COOKIE))
    services.audit.by(
        principal,
        "sign_out",
    )
    response = RedirectResponse("/login", status.HTTP_303_SEE_OTHER)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _consumer_name(services: Any, consumer_id: str) -> str:
    return str(services.store.plan(consumer_id).consumer.name.full)


@router.get("/chat")
def choose_consumer(request: Request, principal: PagePrincipal, services: ServicesDep) -> Response:
    """The consumers this person may ask about."""
    _require(principal, "consumer", "caregiver")
    people = [(a, _consumer_name(services, a.consumer_id)) for a in principal.acting]
    if len(people) == 1:
        return RedirectResponse(f"/chat/{people[0][0].consumer_id}", status.HTTP_303_SEE_OTHER)
    return _render(request, "consumers.html", principal, people=people)


@router.get("/chat/{consumer_id}")
def conversations_page(request: Request, consumer_id: str, principal: PagePrincipal, services: ServicesDep) -> Response:
    """Conversations about one consumer, and a button to start one."""
    acting = principal.acting_for(consumer_id)
    if acting is None:
        raise NotFoundError("no such consumer")
    services.audit.by(principal, "read_plan", consumer_id=consumer_id, target="list")
    conversations = services.store.for_owners(frozenset([acting.key]), consumer_id)
    previews = [(c, services.store.messages(c.id)[:1]) for c in conversations]
    return _render(
        request,
        "conversations.html",
        principal,
        consumer_id=consumer_id,
        name=_consumer_name(services, consumer_id),
        previews=previews,
    )


@router.post("/chat/{consumer_id}/new")
def new_conversation(consumer_id: str, principal: PagePrincipal, services: ServicesDep) -> RedirectResponse:
    """Start a conversation."""
    acting = principal.acting_for(consumer_id)
    if acting is None:
        raise NotFoundError("no such consumer")
    info = services.store.create(consumer_id=consumer_id, designee_id=acting.designee_id, owner=acting.key)
    return RedirectResponse(f"/chat/c/{info.id}", status.HTTP_303_SEE_OTHER)


@router.get("/chat/c/{conversation_id}")
def thread(request: Request, conversation_id: str, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """One conversation: questions, replies with their sources and status, the clinician's answers."""
    info = services.store.get(conversation_id, owner=principal.owner_keys)
    services.audit.by(
        principal,
        "read_conversation",
        consumer_id=info.consumer_id,
        target=conversation_id,
    )
    in_order = services.store.thread(info)
    questions = {r.id: q.content for q, r in zip(in_order, in_order[1:], strict=False) if q.role == "user"}
    messages = answers_in_place(in_order)
    replies = [m for m in messages if m.role == "assistant"]
    latest = max(replies, key=lambda m: m.seq) if replies else None
    emergency = latest if latest is not None and latest.decision == "emergency" else None
    return _render(
        request,
        "thread.html",
        principal,
        conversation=info,
        name=_consumer_name(services, info.consumer_id),
        first_name=first_name(services, info.consumer_id),
        own_plan=info.designee_id is None,  # the consumer asking about their own plan: "Your care plan says"
        messages=messages,
        last_seq=max((m.seq for m in messages), default=0),
        max_chars=services.settings.max_question_chars,
        composer=services.settings.llm_mode,
        questions=questions,
        emergency=emergency,
        calls=emergency_calls(emergency.content) if emergency else [],
        deceased=services.store.plan(info.consumer_id).consumer.deceased,
    )


def answers_in_place(messages: list[ThreadMessage]) -> list[ThreadMessage]:
    """The thread with each care-team answer right under the held reply (and so the question) it answers."""
    present = {m.id for m in messages}
    answers: dict[str, list[ThreadMessage]] = {}
    for m in messages:
        if m.answers in present:
            answers.setdefault(m.answers, []).append(m)
    placed = {a.id for group in answers.values() for a in group}
    ordered: list[ThreadMessage] = []
    for m in messages:
        if m.id in placed:
            continue
        ordered.append(m)
        ordered += answers.get(m.id, [])
    return ordered


def emergency_calls(text: str) -> list[tuple[str, str]]:
    """Tap-to-call links for the numbers an emergency reply tells the family to call; 911 always comes first."""
    calls = [("Call 911", "tel:911")]
    if re.search(r"(?<!\d)988(?!\d)", text):
        calls.append(("Call or text 988", "tel:988"))
    if "1-800-222-1222" in text:
        calls.append(("Poison Control 1-800-222-1222", "tel:18002221222"))
    return calls


@router.post("/chat/c/{conversation_id}/ask")
def ask_without_script(
    conversation_id: str, principal: PagePrincipal, services: ServicesDep, question: Annotated[str, Form()] = ""
) -> RedirectResponse:
    """The form's plain submit (no JavaScript): answer, then show the thread."""
    result = ask_as(services, principal, conversation_id, question)
    return RedirectResponse(f"/chat/c/{conversation_id}#m-{result.message_id}", status.HTTP_303_SEE_OTHER)


@router.post("/chat/c/{conversation_id}/m/{message_id}/feedback")
def feedback(
    conversation_id: str,
    message_id: str,
    principal: PagePrincipal,
    services: ServicesDep,
    rating: Annotated[int, Form()],
    comment: Annotated[str, Form(max_length=2000)] = "",
) -> RedirectResponse:
    """Thumbs up or down on a reply, with an optional comment."""
    info = services.store.get(conversation_id, owner=principal.owner_keys)
    services.store.add_feedback(
        conversation_id=conversation_id,
        message_id=message_id,
        user_id=principal.user_id,
        rating=rating,
        comment=comment,
    )
    services.audit.by(
        principal,
        "feedback",
        consumer_id=info.consumer_id,
        target=message_id,
    )
    return RedirectResponse(f"/chat/c/{conversation_id}#m-{message_id}", status.HTTP_303_SEE_OTHER)


@router.get("/chat/c/{conversation_id}/passage/{passage_id:path}")
def passage(
    request: Request, conversation_id: str, passage_id: str, principal: PagePrincipal, services: ServicesDep
) -> HTMLResponse:
    """A cited passage, only if a reply in this conversation cites it."""
    info = services.store.get(conversation_id, owner=principal.owner_keys)
    cited = {c["id"]: c for m in services.store.messages(conversation_id) for c in m.citations}
    if passage_id not in cited:
        raise NotFoundError("no such passage")
    vault = PseudonymVault.from_dict(info.vault)
    article = None
    if cited[passage_id]["kind"] == "careplan":
        found = services.vectors.passage(CAREPLAN, passage_id)
        text = vault.restore(found.text) if found else cited[passage_id]["quote"]
    else:
        found = next((p for p in services.kb.passages() if p.id == passage_id), None)
        text = found.text if found else cited[passage_id]["quote"]
        article = services.kb.by_id.get(found.article_id or "") if found else None
    services.audit.by(
        principal,
        "read_passage",
        consumer_id=info.consumer_id,
        target=passage_id,
    )
    return _render(
        request,
        "passage.html",
        principal,
        conversation=info,
        title=vault.restore(cited[passage_id]["title"]),
        text=text,
        kind=cited[passage_id]["kind"],
        article=article,
    )


@router.get("/review")
def queue(request: Request, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """Open items of the clinician's care teams, urgent first, then the longest waiting."""
    _require(principal, "clinician")
    page = _page_number(request.query_params.get("page"))
    queue_page = services.review.queue_page(principal.care_team, offset=(page - 1) * QUEUE_PAGE, limit=QUEUE_PAGE)
    items = queue_page.entries
    names = {c: _consumer_name(services, c) for c in {i.consumer_id for i in items}}
    why = {i.id: "; ".join(dict.fromkeys(reason_words(r) for r in i.reasons)) for i in items}
    return _render(request, "queue.html", principal, items=items, names=names, why=why, queue=queue_page, page=page)


def _page_number(raw: str | None) -> int:
    """The queue page asked for; anything that is not a page number is the first page."""
    try:
        return max(1, min(int(raw or "1"), 100_000))
    except ValueError:
        return 1


@router.get("/review/{item_id}")
def review_item(request: Request, item_id: str, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """One item with everything needed to answer it."""
    _require(principal, "clinician")
    view = services.review.item(item_id, principal.care_team)
    services.audit.by(
        principal,
        "review_read",
        consumer_id=view.entry.consumer_id,
        target=item_id,
    )
    return _render(request, "review_item.html", principal, **_review_context(services, view), error="")


def _review_context(services: Any, view: ItemView) -> dict[str, Any]:
    """What the review page shows besides the item: hidden sections, reasons in words, whether to offer the draft."""
    items = plan_items(services.store.plan(view.entry.consumer_id))
    on_topic = bool(view.draft.strip()) and draft_about_question(
        view.question_redacted, view.draft_redacted, services.similarity
    )
    return {
        "view": view,
        "hidden": [SECTION_LABELS[s.value] for s in GRANTABLE if s.value not in view.reader_sections],
        "reasons": [(reason_words(r, items), r.code) for r in view.entry.reasons],
        "draft": view.draft if on_topic else "",
        "draft_off_topic": bool(view.draft.strip()) and not on_topic,
        "calls": [(phone, tel_href(phone)) for phone in (view.asker.phones if view.asker else [])],
    }


@router.post("/review/{item_id}")
def review_action(
    request: Request,
    item_id: str,
    principal: PagePrincipal,
    services: ServicesDep,
    action: Annotated[str, Form()] = "",
    text: Annotated[str, Form()] = "",
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    """Approve, edit and send, replace, or record a call (with a note of what was agreed); the answer goes into
    the family's thread, and a call's note into the audit log as well."""
    _require(principal, "clinician")
    view = services.review.item(item_id, principal.care_team)
    written = note.strip() if action == "called" else text
    try:
        if action == "approve" and view.status == "open" and _review_context(services, view)["draft_off_topic"]:
            raise InvalidInputError("the draft is not about the question, so it cannot be approved; write an answer")
        message_id = services.review.resolve(
            item_id, consumers=principal.care_team, reviewer_id=principal.user_id, action=action, text=written
        )
    except GuideError as e:
        if isinstance(e, NotFoundError):
            raise
        view = services.review.item(item_id, principal.care_team)  # as it is now: who answered, and what
        response = _render(request, "review_item.html", principal, **_review_context(services, view), error=str(e))
        response.status_code = 409 if isinstance(e, ConflictError) else 422  # 409: another clinician answered first
        return response
    detail: dict[str, Any] = {"action": action, "message": message_id}
    if action == "called":
        detail["note"] = written
    services.audit.by(
        principal,
        "review_action",
        consumer_id=view.entry.consumer_id,
        target=item_id,
        detail=detail,
    )
    return RedirectResponse("/review?done=1", status.HTTP_303_SEE_OTHER)


@router.get("/consent")
def consent_page(
    request: Request, principal: PagePrincipal, services: ServicesDep, consumer_id: str = "", saved: str = ""
) -> HTMLResponse:
    """What each designee may see; the consumer (or an admin for them) changes it here."""
    consumer_id = _consent_consumer(principal, consumer_id)
    ids = services.store.consumer_ids() if principal.role == "admin" else []
    consumers = [(c, f"{_consumer_name(services, c)} ({c})") for c in ids]
    consumer_id = consumer_id or (ids[0] if ids else "")  # an admin sees the first person's designees at once
    designees = services.consent.designees(consumer_id) if consumer_id else []
    return _render(
        request,
        "consent.html",
        principal,
        consumer_id=consumer_id,
        consumer_name=_consumer_name(services, consumer_id) if consumer_id else "",
        consumers=consumers,
        designees=designees,
        grantable=[(s.value, SECTION_LABELS[s.value]) for s in GRANTABLE],
        saved=saved,
    )


@router.post("/consent/{consumer_id}/{designee_id}")
async def consent_change(
    request: Request, consumer_id: str, designee_id: str, principal: PagePrincipal, services: ServicesDep
) -> RedirectResponse:
    """Grant exactly the ticked sections; the change applies to the designee's next question."""
    consumer_id = _consent_consumer(principal, consumer_id)
    form = await request.form()
    scopes = {str(v) for v in form.getlist("scope")}
    granted, revoked = services.consent.set_scopes(consumer_id, designee_id, scopes)
    services.audit.by(
        principal,
        "consent_change",
        consumer_id=consumer_id,
        target=designee_id,
        detail={"granted": sorted(granted), "revoked": sorted(revoked)},
    )
    query = f"consumer_id={consumer_id}&" if principal.role == "admin" else ""
    return RedirectResponse(f"/consent?{query}saved={designee_id}", status.HTTP_303_SEE_OTHER)


def _consent_consumer(principal: Principal, consumer_id: str) -> str:
    if principal.role == "consumer":
        own = principal.acting[0].consumer_id if principal.acting else ""
        if consumer_id and consumer_id != own:
            raise NotFoundError("no such consumer")
        return own
    _require(principal, "admin")
    return consumer_id


@router.get("/admin/audit")
def audit_page(
    request: Request,
    principal: PagePrincipal,
    services: ServicesDep,
    action: str = "",
    consumer_id: str = "",
    actor_id: str = "",
) -> HTMLResponse:
    """The audit log, newest first, filtered by action, consumer or person."""
    _require(principal, "admin")
    events = services.audit.events(
        AuditQuery(actor_id=actor_id or None, action=action or None, consumer_id=consumer_id or None)
    )
    users = {u.id: u.username for u in services.accounts.users()}
    from guide.store.audit import ACTIONS

    return _render(
        request,
        "audit.html",
        principal,
        events=events,
        users=users,
        actions=ACTIONS,
        filters={"action": action, "consumer_id": consumer_id, "actor_id": actor_id},
    )


@router.get("/evals")
def evals_page(request: Request, principal: PagePrincipal, services: ServicesDep) -> HTMLResponse:
    """Eval runs with a report, newest first."""
    _require(principal, "evaluator", "admin")
    root = services.settings.eval_runs_dir
    reports = [p for p in root.glob("*/report.html") if _inside_runs(root, p.parent.name)] if root.is_dir() else []
    runs = sorted((p.parent for p in reports), key=lambda p: p.stat().st_mtime, reverse=True)
    return _render(request, "evals.html", principal, runs=[r.name for r in runs], root=str(root))


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
    _require(principal, "evaluator", "admin")
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


def section_label(value: str) -> str:
    """A plain-language label of a care-plan section."""
    return SECTION_LABELS.get(value, value.replace("_", " ").capitalize())


TEMPLATES.env.filters["section_label"] = section_label
TEMPLATES.env.globals["SECTION_VALUES"] = [s.value for s in Section]
