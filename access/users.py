"""The user store: who exists, their role and teams, whether they may log in, and their password.

Passwords are argon2id hashes (argon2-cffi's defaults, rehashed on login when those change).
Repeated failures lock the account for a while so a guessed password list cannot be run
against one user; the lock is kept in the database so every worker process sees it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine, Row, insert, select, update

from access.errors import AccessError
from access.rules import Principal
from access.tables import users, utc_or_none
from records.models import Role, User

Clock = Callable[[], dt.datetime]

MIN_PASSWORD_CHARS = 12
MAX_PASSWORD_CHARS = 1024
_USERNAME_MAX = 128


@dataclass(frozen=True)
class LockoutPolicy:
    max_failed_logins: int
    lockout_minutes: float


@dataclass(frozen=True)
class UserInfo:
    """A user as an admin sees them: never the password hash."""

    username: str
    display_name: str
    role: Role
    teams: tuple[str, ...]
    active: bool
    has_password: bool
    locked_until: dt.datetime | None


class UserStore:
    """Users in the application database; `principal` is what the access rules consume."""

    def __init__(
        self, engine: Engine, policy: LockoutPolicy, clock: Clock, hasher: PasswordHasher | None = None
    ) -> None:
        self._engine = engine
        self._policy = policy
        self._clock = clock
        self._hasher = hasher or PasswordHasher()

    def upsert_imported(self, imported: Sequence[User]) -> None:
        """users.json: add new users (no password yet), update names, roles and teams of known ones.

        Passwords, the disabled flag and lockouts are kept: an import never re-enables someone an
        admin disabled, nor resets a password.
        """
        now = self._clock()
        with self._engine.begin() as conn:
            known = set(conn.scalars(select(users.c.username)))
            for user in imported:
                values = {
                    "display_name": user.display_name,
                    "role": user.role.value,
                    "teams": sorted(set(user.teams)),
                    "updated_at": now,
                }
                if user.username in known:
                    conn.execute(update(users).where(users.c.username == user.username).values(**values))
                else:
                    conn.execute(
                        insert(users).values(
                            username=user.username, active=True, failed_logins=0, created_at=now, **values
                        )
                    )
                    known.add(user.username)

    def add(self, username: str, display_name: str, role: Role, teams: Sequence[str]) -> UserInfo:
        """A new user without a password (they cannot log in until one is set)."""
        username = _check_username(username)
        if not display_name.strip():
            raise AccessError("--display-name must not be empty")
        if role in {Role.SOCIAL_WORKER, Role.TEAM_MANAGER} and not teams:
            raise AccessError(f"a {role.value} needs at least one --team")
        if self.info(username) is not None:
            raise AccessError(f"user {username!r} already exists")
        self.upsert_imported([User(username=username, display_name=display_name, role=role, teams=list(teams))])
        info = self.info(username)
        if info is None:  # pragma: no cover - written just above
            raise RuntimeError(f"user {username!r} was not stored")
        return info

    def set_password(self, username: str, password: str) -> None:
        self._require(username)
        if len(password) < MIN_PASSWORD_CHARS:
            raise AccessError(f"password too short: use at least {MIN_PASSWORD_CHARS} characters")
        if len(password) > MAX_PASSWORD_CHARS:
            raise AccessError(f"password too long: use at most {MAX_PASSWORD_CHARS} characters")
        if password.strip() != password:
            raise AccessError("password must not start or end with whitespace")
        self._update(username, password_hash=self._hasher.hash(password), failed_logins=0, locked_until=None)

    def disable(self, username: str) -> None:
        """Disabled users see nothing and cannot log in; their history stays in the audit trail."""
        self._require(username)
        self._update(username, active=False)

    def enable(self, username: str) -> None:
        self._require(username)
        self._update(username, active=True, failed_logins=0, locked_until=None)

    def verify_password(self, username: str, password: str) -> Principal | None:
        """The principal when the password is right and the account active and not locked, else None.

        Unknown users cost the same hash verification as known ones, so timing does not tell an
        attacker which usernames exist.
        """
        row = self._row(username)
        if row is None or row.password_hash is None or not row.active:
            self._burn(password)
            return None
        now = self._clock()
        locked_until = utc_or_none(row.locked_until)
        if locked_until is not None and now < locked_until:
            self._burn(password)
            return None
        if not self._matches(row.password_hash, password):
            self._record_failure(username, now)
            return None
        changes: dict[str, object] = {"failed_logins": 0, "locked_until": None}
        if self._hasher.check_needs_rehash(row.password_hash):
            changes["password_hash"] = self._hasher.hash(password)
        self._update(username, **changes)
        return _principal(row)

    def is_locked(self, username: str) -> bool:
        row = self._row(username)
        locked_until = None if row is None else utc_or_none(row.locked_until)
        return locked_until is not None and self._clock() < locked_until

    def principal(self, username: str) -> Principal | None:
        """The principal for an authenticated username, None if unknown (disabled ones come back inactive)."""
        if not username or not username.strip():
            return None
        row = self._row(username)
        return None if row is None else _principal(row)

    def usernames(self) -> set[str]:
        with self._engine.connect() as conn:
            return set(conn.scalars(select(users.c.username)))

    def info(self, username: str) -> UserInfo | None:
        row = self._row(username)
        return None if row is None else _info(row)

    def all(self) -> list[UserInfo]:
        with self._engine.connect() as conn:
            return [_info(row) for row in conn.execute(select(users).order_by(users.c.username))]

    def _matches(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    @cached_property
    def _dummy_hash(self) -> str:
        """Hashed on first need only: every CLI command builds a store, few verify passwords."""
        return self._hasher.hash("not a real password, used to even out timing")

    def _burn(self, password: str) -> None:
        self._matches(self._dummy_hash, password)

    def _record_failure(self, username: str, now: dt.datetime) -> None:
        """Count the failure in the database itself, so parallel guesses on several workers all count."""
        with self._engine.begin() as conn:
            conn.execute(
                update(users)
                .where(users.c.username == username)
                .values(failed_logins=users.c.failed_logins + 1, updated_at=now)
            )
            failures = conn.scalar(select(users.c.failed_logins).where(users.c.username == username)) or 0
            if failures >= self._policy.max_failed_logins:
                locked = now + dt.timedelta(minutes=self._policy.lockout_minutes)
                conn.execute(
                    update(users).where(users.c.username == username).values(failed_logins=0, locked_until=locked)
                )

    def _require(self, username: str) -> None:
        if self._row(username) is None:
            raise AccessError(f"unknown user {username!r} (add them with `caseassist user add`)")

    def _row(self, username: str) -> Row[tuple[object, ...]] | None:
        with self._engine.connect() as conn:
            return conn.execute(select(users).where(users.c.username == username)).first()

    def _update(self, username: str, **values: object) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(users).where(users.c.username == username).values(updated_at=self._clock(), **values))


def _check_username(username: str) -> str:
    cleaned = username.strip()
    if not cleaned or len(cleaned) > _USERNAME_MAX or any(ch.isspace() for ch in cleaned):
        raise AccessError(f"invalid username {username!r}: 1 to {_USERNAME_MAX} characters, no spaces")
    return cleaned


def _principal(row: Row[tuple[object, ...]]) -> Principal:
    data = row._mapping
    return Principal(
        username=data["username"],
        role=Role(data["role"]),
        teams=frozenset(data["teams"] or ()),
        active=bool(data["active"]),
        display_name=data["display_name"],
    )


def _info(row: Row[tuple[object, ...]]) -> UserInfo:
    data = row._mapping
    return UserInfo(
        username=data["username"],
        display_name=data["display_name"],
        role=Role(data["role"]),
        teams=tuple(data["teams"] or ()),
        active=bool(data["active"]),
        has_password=data["password_hash"] is not None,
        locked_until=utc_or_none(data["locked_until"]),
    )
