"""Signing in and out, and the home page that sends each role where it works."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from guide.store.accounts import SignInError, TooManyAttemptsError
from guide.web.deps import SESSION_COOKIE, MaybePrincipal, ServicesDep, client_address
from guide.web.render import (
    PagePrincipal,
    render,
)

router = APIRouter(include_in_schema=False)


LOGIN_CSRF_COOKIE = "guide_login_csrf"


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
    response = render(request, "login.html", None, login_csrf=token, error=error)
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
