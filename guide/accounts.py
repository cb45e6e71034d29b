"""People who sign in: argon2 password hashes, server-side sessions, login rate limiting, and who may act for whom."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select

from guide.db.models import CareTeamMemberRow, DesigneeRow, LoginAttemptRow, SessionRow, UserRow
from guide.db.session import Database
from guide.errors import GuideError, InvalidInputError

Role = Literal["consumer", "caregiver", "clinician", "evaluator", "admin"]
ROLES: tuple[str, ...] = ("consumer", "caregiver", "clinician", "evaluator", "admin")
MIN_PASSWORD = 10


class SignInError(GuideError):
    """Wrong username or password (which one is never said)."""


class TooManyAttemptsError(GuideError):
    """Too many failed sign-ins for this username or address; try again later."""


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
        hasher: PasswordHasher | None = None,
    ) -> None:
        self.db = db
        self.session_ttl = timedelta(hours=session_hours)
        self.max_failures = max_failures
        self.window = timedelta(minutes=window_minutes)
        self.hasher = hasher or PasswordHasher()

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
        """Check the password, rate-limited per username and per client address; start a session."""
        username = username.strip().lower()
        keys = [f"user:{username}", f"client:{client}"]
        now = datetime.now(UTC)
        with self.db.session() as s:
            for key in keys:
                failures = s.scalar(
                    select(func.count(LoginAttemptRow.id)).where(
                        LoginAttemptRow.key == key, LoginAttemptRow.at > now - self.window
                    )
                )
                if (failures or 0) >= self.max_failures:
                    raise TooManyAttemptsError("too many failed sign-ins; wait 15 minutes and try again")
            user = s.scalar(select(UserRow).where(UserRow.username == username, UserRow.active.is_(True)))
            if user is None or not self._verify(user.password_hash, password):
                s.add_all([LoginAttemptRow(key=k, at=now) for k in keys])
                s.commit()
                raise SignInError("wrong username or password")
            s.execute(delete(LoginAttemptRow).where(LoginAttemptRow.key == keys[0]))
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            s.add(
                SessionRow(
                    token_hash=_digest(token), user_id=user.id, csrf_token=csrf, expires_at=now + self.session_ttl
                )
            )
            user_id = user.id
        return SignedIn(token, csrf, self.principal(user_id))

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
