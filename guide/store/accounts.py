"""People who sign in: argon2 password hashes, server-side sessions, sign-in throttling, and who may act for whom."""

from __future__ import annotations

import hashlib
import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from guide.errors import GuideError, InvalidInputError
from guide.store.db.models import CareTeamMemberRow, DesigneeRow, LoginAttemptRow, SessionRow, UserRow
from guide.store.db.session import Database

ROLES: tuple[str, ...] = ("consumer", "caregiver", "clinician", "evaluator", "admin")
MIN_PASSWORD = 10
KEEP_ATTEMPTS = timedelta(days=1)  # failed sign-ins older than this are forgotten (and deleted)


class SignInError(GuideError):
    """Wrong username or password (which one is never said)."""


class TooManyAttemptsError(GuideError):
    """Too many failed sign-ins for this username or from this address; `retry_after` says how many seconds to wait."""

    def __init__(self, *, retry_after: int, scope: Literal["account", "address"]) -> None:
        super().__init__(f"too many failed sign-ins; try again in {_wait_text(retry_after)}")
        self.retry_after = retry_after
        self.scope = scope


def _wait_text(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    return f"{math.ceil(seconds / 60)} minutes"


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored moment is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Acting:
    """One way a person may ask about a consumer: as the consumer, or as one of their designees."""

    consumer_id: str
    designee_id: str | None
    label: str

    @property
    def key(self) -> str:
        """The owner key stored on conversations."""
        return f"designee:{self.designee_id}" if self.designee_id else f"consumer:{self.consumer_id}"


@dataclass(frozen=True)
class Principal:
    """A signed-in person and everything they may do."""

    user_id: str
    username: str
    display_name: str
    role: str
    acting: tuple[Acting, ...] = ()
    care_team: frozenset[str] = field(default_factory=frozenset)

    def acting_for(self, consumer_id: str) -> Acting | None:
        """How this person asks about that consumer, if they may."""
        return next((a for a in self.acting if a.consumer_id == consumer_id), None)

    @property
    def owner_keys(self) -> frozenset[str]:
        """Every conversation owner key this person holds."""
        return frozenset(a.key for a in self.acting)


@dataclass
class SignedIn:
    """A new session: the cookie value (shown once) and the CSRF token for its forms."""

    token: str
    csrf_token: str
    principal: Principal


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Accounts:
    """Users, sessions and sign-in attempts in the relational store."""

    def __init__(
        self,
        db: Database,
        *,
        session_hours: float = 12,
        max_failures: int = 5,
        window_minutes: float = 15,
        address_max_failures: int = 50,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.db = db
        self.session_ttl = timedelta(hours=session_hours)
        self.max_failures = max_failures
        self.window = timedelta(minutes=window_minutes)
        self.address_max_failures = address_max_failures
        self.hasher = hasher or PasswordHasher()
        self.clock = clock

    def create_user(
        self,
        *,
        username: str,
        password: str,
        role: str,
        display_name: str = "",
        consumer_id: str | None = None,
    ) -> str:
        """A new user; the password is kept only as an argon2 hash."""
        username = username.strip().lower()
        if role not in ROLES:
            raise InvalidInputError(f"role must be one of {', '.join(ROLES)}")
        if not username or len(username) > 128:
            raise InvalidInputError("a username of 1 to 128 characters is needed")
        if len(password) < MIN_PASSWORD:
            raise InvalidInputError(f"the password needs at least {MIN_PASSWORD} characters")
        if role == "consumer" and not consumer_id:
            raise InvalidInputError("a consumer account names its consumer")
        with self.db.session() as s:
            if s.scalar(select(UserRow.id).where(UserRow.username == username)):
                raise InvalidInputError("that username is taken")
            row = UserRow(
                username=username,
                display_name=display_name or username,
                password_hash=self.hasher.hash(password),
                role=role,
                consumer_id=consumer_id,
            )
            s.add(row)
            s.flush()
            return row.id

    def link_designee(self, user_id: str, designee_id: str) -> None:
        """Let a caregiver act as this designee (a designee belongs to one person)."""
        with self.db.session() as s:
            designee = s.get(DesigneeRow, designee_id)
            if designee is None:
                raise InvalidInputError(f"no designee {designee_id}")
            designee.user_id = user_id

    def add_to_care_team(self, user_id: str, consumer_id: str) -> None:
        """Make a clinician a member of this consumer's care team."""
        with self.db.session() as s:
            exists = s.scalar(
                select(CareTeamMemberRow.id).where(
                    CareTeamMemberRow.user_id == user_id, CareTeamMemberRow.consumer_id == consumer_id
                )
            )
            if not exists:
                s.add(CareTeamMemberRow(user_id=user_id, consumer_id=consumer_id))

    def sign_in(self, username: str, password: str, *, client: str) -> SignedIn:
        """Check the password and start a session; throttled per username (growing delay) and per client address."""
        username = username.strip().lower()
        keys = (f"user:{username[:128]}", f"client:{client[:128]}")
        now = self.clock()
        dummy = self._dummy_hash  # built before anything depends on the username, so the first call leaks nothing
        address_mark, user = self._count_attempt(username, keys, now)
        stored = user.password_hash if user is not None else dummy  # unknown users cost one argon2 check too
        if not self._verify(stored, password) or user is None:
            raise SignInError("wrong username or password")
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        with self.db.session() as s:
            s.execute(
                delete(LoginAttemptRow).where(or_(LoginAttemptRow.key == keys[0], LoginAttemptRow.id == address_mark))
            )
            s.add(
                SessionRow(
                    token_hash=_digest(token), user_id=user.id, csrf_token=csrf, expires_at=now + self.session_ttl
                )
            )
        return SignedIn(token, csrf, self.principal(user.id))

    def _count_attempt(self, username: str, keys: tuple[str, str], now: datetime) -> tuple[int, UserRow | None]:
        """Refuse a throttled attempt, else count it as failed before the slow password check (so parallel guesses
        see each other; a success takes it back). Returns the address row's id and the active user, if any."""
        with self.db.session() as s:
            s.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at < now - KEEP_ATTEMPTS))
            s.commit()  # pruning stands even when this attempt is refused
            self._refuse_if_throttled(s, keys, now)
            rows = [LoginAttemptRow(key=key, at=now) for key in keys]
            s.add_all(rows)
            user = s.scalar(select(UserRow).where(UserRow.username == username, UserRow.active.is_(True)))
            s.flush()
            return rows[1].id, user

    def _refuse_if_throttled(self, s: Session, keys: tuple[str, str], now: datetime) -> None:
        def failures(key: str, since: datetime) -> list[datetime]:
            at = LoginAttemptRow.at
            return [_aware(t) for t in s.scalars(select(at).where(LoginAttemptRow.key == key, at > since).order_by(at))]

        from_address = failures(keys[1], now - self.window)
        if len(from_address) >= self.address_max_failures:
            wait = from_address[-self.address_max_failures] + self.window - now
            raise TooManyAttemptsError(retry_after=max(1, math.ceil(wait.total_seconds())), scope="address")
        of_user = failures(keys[0], now - KEEP_ATTEMPTS)
        wait = of_user[-1] + self.delay_after(len(of_user)) - now if of_user else timedelta(0)
        if wait > timedelta(0):
            raise TooManyAttemptsError(retry_after=max(1, math.ceil(wait.total_seconds())), scope="account")

    def delay_after(self, failures: int) -> timedelta:
        """How long after its last failure a username may try again: nothing for the first `max_failures`, then
        1 s, 2 s, 4 s, ... doubling with each further failure, never more than the window."""
        if failures < self.max_failures:
            return timedelta(0)
        exponent = min(failures - self.max_failures, 40)  # 2**40 s is far past any window
        return min(timedelta(seconds=2**exponent), self.window)

    @cached_property
    def _dummy_hash(self) -> str:
        """A hash of a random password, checked when the username is unknown so its timing matches a known one."""
        return self.hasher.hash(secrets.token_urlsafe(16))

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def session(self, token: str | None) -> tuple[Principal, str] | None:
        """The person and CSRF token of a live session, or None."""
        if not token:
            return None
        with self.db.session() as s:
            row = s.get(SessionRow, _digest(token))
            if row is None:
                return None
            if row.expires_at.replace(tzinfo=row.expires_at.tzinfo or UTC) <= datetime.now(UTC):
                s.delete(row)
                return None
            user_id, csrf = row.user_id, row.csrf_token
        principal = self.principal(user_id)
        return (principal, csrf) if principal else None

    def sign_out(self, token: str | None) -> None:
        """End the session."""
        if token:
            with self.db.session() as s:
                s.execute(delete(SessionRow).where(SessionRow.token_hash == _digest(token)))

    def principal(self, user_id: str) -> Principal:
        """Who this user is now: what they may act as is read fresh, so a revocation applies at once."""
        with self.db.session() as s:
            user = s.get(UserRow, user_id)
            if user is None or not user.active:
                raise SignInError("no such user")
            acting: list[Acting] = []
            if user.role == "consumer" and user.consumer_id:
                acting.append(Acting(user.consumer_id, None, "my own care plan"))
            if user.role == "caregiver":
                for d in s.scalars(select(DesigneeRow).where(DesigneeRow.user_id == user.id).order_by(DesigneeRow.id)):
                    acting.append(Acting(d.consumer_id, d.id, d.consumer_id))
            team = frozenset(
                s.scalars(select(CareTeamMemberRow.consumer_id).where(CareTeamMemberRow.user_id == user.id))
            )
            return Principal(user.id, user.username, user.display_name, user.role, tuple(acting), team)

    def users(self) -> list[UserRow]:
        """Every user, by username."""
        with self.db.session() as s:
            return list(s.scalars(select(UserRow).order_by(UserRow.username)))

    def with_password(self, password: str, *, skip: frozenset[str] = frozenset()) -> list[str]:
        """Usernames of active accounts whose password is this one (one argon2 check per account, ~0.25 s each)."""
        with self.db.session() as s:
            rows = s.execute(select(UserRow.username, UserRow.password_hash).where(UserRow.active.is_(True))).all()
        return [name for name, stored in rows if name not in skip and self._verify(stored, password)]

    def remove_user(self, username: str) -> bool:
        """Delete an account with its sessions and care-team places (its designees stay, unlinked); the audit log
        keeps its events. False when there is no such user."""
        with self.db.session() as s:
            user = s.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
            if user is None:
                return False
            s.execute(delete(SessionRow).where(SessionRow.user_id == user.id))
            s.execute(delete(CareTeamMemberRow).where(CareTeamMemberRow.user_id == user.id))
            for designee in s.scalars(select(DesigneeRow).where(DesigneeRow.user_id == user.id)):
                designee.user_id = None
            s.delete(user)
            return True
