"""Sign-in throttling: a growing delay per username, a limit per address, the same work for unknown usernames,
failed attempts audited and old attempts forgotten."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import select

from guide.cli import proxy_options
from guide.services import Services
from guide.store.accounts import Accounts, SignInError, TooManyAttemptsError
from guide.store.audit import AuditQuery
from guide.store.db.models import LoginAttemptRow
from guide.web.app import create_app
from tests.conftest import make_settings
from tests.web.conftest import csrf_of

PASSWORD = "the-right-password"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class RecordingHasher(PasswordHasher):
    """The real argon2 hasher at its cheapest, remembering every hash it was asked to check against."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.checked: list[str] = []

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.checked.append(str(hash))
        return super().verify(hash, password)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def services(tmp_path: Path, clock: Clock) -> Services:
    """An empty service with one caregiver; accounts on a hand-moved clock and a cheap hasher."""
    services = Services(make_settings(tmp_path, login_address_max_failures=8))
    services.accounts = Accounts(services.db, address_max_failures=8, hasher=RecordingHasher(), clock=clock)
    services.accounts.create_user(username="elena", password=PASSWORD, role="caregiver")
    return services


def attempt(accounts: Accounts, username: str = "elena", password: str = "wrong-password", client: str = "a") -> str:
    try:
        accounts.sign_in(username, password, client=client)
    except TooManyAttemptsError as e:
        return f"wait {e.retry_after}"
    except SignInError:
        return "wrong"
    return "ok"


def form_post(client: TestClient, username: str, password: str = "wrong-password", **headers: str):  # type: ignore[no-untyped-def]
    token = csrf_of(client.get("/login").text)
    data = {"username": username, "password": password, "csrf_token": token}
    return client.post("/login", data=data, headers=headers, follow_redirects=False)


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [(0, 0), (4, 0), (5, 1), (6, 2), (7, 4), (10, 32), (14, 512), (15, 900), (40, 900), (10_000, 900)],
)
def test_the_wait_doubles_after_five_failures_and_never_exceeds_the_window(
    services: Services, failures: int, seconds: int
) -> None:
    """ASVS V2.2.1: a soft, growing delay instead of a hard lock-out anyone could set off."""
    assert services.accounts.delay_after(failures) == timedelta(seconds=seconds)


def test_after_five_failures_the_owner_waits_seconds_not_minutes_and_then_signs_in(
    services: Services, clock: Clock
) -> None:
    """ASVS V2.2.1: five wrong guesses by anyone cost the owner one second, not a 15-minute lock."""
    assert [attempt(services.accounts) for _ in range(5)] == ["wrong"] * 5
    assert attempt(services.accounts, password=PASSWORD) == "wait 1"
    clock.advance(seconds=1)
    assert attempt(services.accounts) == "wrong"
    assert attempt(services.accounts, password=PASSWORD) == "wait 2"
    clock.advance(seconds=2)
    assert attempt(services.accounts, password=PASSWORD) == "ok"
    assert attempt(services.accounts) == "wrong"  # a success starts the count again


def test_throttled_attempts_do_not_grow_the_wait(services: Services, clock: Clock) -> None:
    """ASVS V2.2.1: only checked guesses count, so hammering a throttled account does not push the owner out."""
    for _ in range(5):
        attempt(services.accounts)
    assert {attempt(services.accounts) for _ in range(20)} == {"wait 1"}
    clock.advance(seconds=1)
    assert attempt(services.accounts, password=PASSWORD) == "ok"


def test_one_address_is_limited_across_usernames_until_the_window_passes(services: Services, clock: Clock) -> None:
    """ASVS V2.2.1: password spraying from one address stops at the per-address limit, other addresses go on."""
    assert {attempt(services.accounts, f"user{n}", client="spray") for n in range(8)} == {"wrong"}
    assert attempt(services.accounts, "someone-else", client="spray") == "wait 900"
    assert attempt(services.accounts, password=PASSWORD, client="elsewhere") == "ok"
    clock.advance(minutes=15)
    assert attempt(services.accounts, "someone-else", client="spray") == "wrong"


def test_an_unknown_username_costs_one_password_check_like_a_known_one(services: Services) -> None:
    """ASVS V2.2.1: the same argon2 work for an unknown username, so timing does not say who has an account."""
    hasher = services.accounts.hasher
    assert isinstance(hasher, RecordingHasher)
    attempt(services.accounts, "elena")
    attempt(services.accounts, "no-such-person")
    known, unknown = hasher.checked
    assert known.startswith("$argon2id$") and unknown.startswith("$argon2id$") and known != unknown
    assert unknown == services.accounts._dummy_hash


def test_attempts_older_than_a_day_are_pruned_for_known_and_unknown_usernames(services: Services, clock: Clock) -> None:
    """ASVS V2.2.1: throttling keeps only a day of failed attempts, whoever they were for."""
    attempt(services.accounts, "elena")
    attempt(services.accounts, "no-such-person")
    clock.advance(hours=25)
    attempt(services.accounts, "third", client="b")
    with services.db.session() as s:
        keys = sorted(s.scalars(select(LoginAttemptRow.key)))
    assert keys == ["client:b", "user:third"]


@pytest.fixture
def web(tmp_path: Path) -> Services:
    """A service for the sign-in form: the real hasher, a small address limit, one caregiver."""
    services = Services(make_settings(tmp_path, login_address_max_failures=3))
    services.accounts.create_user(username="elena", password=PASSWORD, role="caregiver")
    return services


def test_a_throttled_sign_in_is_a_429_with_retry_after(web: Services) -> None:
    """ASVS V2.2.1: the form answers 429 with Retry-After, not a silent lock."""
    web.accounts.clock = lambda: START  # every attempt at the same moment
    with TestClient(create_app(services=web)) as client:
        codes = [form_post(client, "elena").status_code for _ in range(3)]
        throttled = form_post(client, "elena", PASSWORD)
    assert codes == [401, 401, 401]
    assert throttled.status_code == 429 and throttled.headers["retry-after"] == "900"
    assert "try again in 15 minutes" in throttled.text


def test_failed_sign_ins_are_audited_with_the_username_tried_and_the_address(web: Services) -> None:
    """ASVS V7.1.3, V7.1.4: failed sign-ins reach the admins' audit log with who was tried and from where."""
    with TestClient(create_app(services=web), client=("203.0.113.9", 40000)) as client:
        form_post(client, "Elena")
        form_post(client, "nobody-here")
    events = web.audit.events(AuditQuery(action="sign_in_failed"))
    details = sorted((e.detail["username"], e.detail["address"], e.detail["reason"]) for e in events)
    assert details == [
        ("elena", "203.0.113.9", "wrong_username_or_password"),
        ("nobody-here", "203.0.113.9", "wrong_username_or_password"),
    ]


def served_like_guide_serve(services: Services, peer: str) -> TestClient:
    """The app behind the proxy-header handling `guide serve` gives uvicorn, reached from `peer`."""
    config = uvicorn.Config(create_app(services=services), **proxy_options(services.settings))
    config.load()
    return TestClient(config.loaded_app, client=(peer, 40000))


def test_a_spoofed_x_forwarded_for_from_an_untrusted_client_does_not_move_the_address(web: Services) -> None:
    """ASVS V2.2.1: with no trusted proxy, X-Forwarded-For is ignored and the address limit holds (uvicorn's own
    default would believe it from a local client like this one)."""
    with served_like_guide_serve(web, "127.0.0.1") as client:
        codes = [form_post(client, f"u{n}", **{"X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in range(4)]
    assert codes == [401, 401, 401, 429]


def test_a_trusted_proxy_names_the_client(web: Services) -> None:
    """ASVS V2.2.1: behind a proxy listed in GUIDE_FORWARDED_ALLOW_IPS each client is limited on its own."""
    web.settings.forwarded_allow_ips = "10.0.0.5"
    with served_like_guide_serve(web, "10.0.0.5") as client:
        codes = [form_post(client, f"u{n}", **{"X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in range(4)]
    assert codes == [401, 401, 401, 401]
    addresses = {e.detail["address"] for e in web.audit.events(AuditQuery(action="sign_in_failed"))}
    assert addresses == {f"198.51.100.{n}" for n in range(4)}


def test_guide_serve_trusts_no_proxy_unless_told() -> None:
    """ASVS V2.2.1: uvicorn alone would believe X-Forwarded-For from any local client; `guide serve` does not."""
    assert proxy_options(make_settings(Path("."))) == {"proxy_headers": False}
    told = proxy_options(make_settings(Path("."), forwarded_allow_ips="127.0.0.1"))
    assert told == {"proxy_headers": True, "forwarded_allow_ips": "127.0.0.1"}
