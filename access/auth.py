"""Logging in: password logins with per-account lockout and per-client throttling, SSO, logout.

Every attempt is audited. The message a failed login shows is the same whatever went wrong, so
the login form does not tell anyone which usernames exist; the audit row records the reason.
Failures per client address are counted in the database so all workers share the throttle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, select

from access.audit import Action, AuditLog, Outcome
from access.rules import Principal
from access.sessions import Session, SessionStore
from access.tables import login_failures
from access.users import UserStore

Clock = Callable[[], dt.datetime]

LOGIN_FAILED = "login failed: wrong username or password, or the account is locked or disabled"
LOGIN_THROTTLED = "too many failed logins from this address; try again later"
UNKNOWN_USER = "(unknown user)"
"""What the audit trail records for a login with a username that does not exist: the typed text
is not stored, because people sometimes type their password into the username field."""


@dataclass(frozen=True)
class ThrottlePolicy:
    max_failures: int
    window: dt.timedelta


@dataclass(frozen=True)
class LoginResult:
    session: Session | None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.session is not None


class Authenticator:
    def __init__(
        self,
        engine: Engine,
        users: UserStore,
        sessions: SessionStore,
        audit: AuditLog,
        throttle: ThrottlePolicy,
        trusted_user_header: str | None,
        clock: Clock,
    ) -> None:
        self._engine = engine
        self._users = users
        self._sessions = sessions
        self._audit = audit
        self._throttle = throttle
        self._header = trusted_user_header.lower() if trusted_user_header else None
        self._clock = clock

    def login(self, username: str, password: str, client: str) -> LoginResult:
        """A session for the right password on an active, unlocked account; a refusal otherwise."""
        principal, message = self._check(username, password, client)
        if principal is None:
            return LoginResult(None, message)
        return LoginResult(self._sessions.create(principal.username))

    def authenticate(self, username: str, password: str, client: str) -> Principal | None:
        """`login` without opening a session, for a caller that keeps its own (throttled, locked, audited alike)."""
        return self._check(username, password, client)[0]

    def _check(self, username: str, password: str, client: str) -> tuple[Principal | None, str]:
        known = bool(username) and self._users.info(username) is not None
        who = username if known else UNKNOWN_USER
        was_locked = known and self._users.is_locked(username)
        if self._throttled(client):
            self._audit.record(
                who, Action.LOGIN, Outcome.REFUSED, detail={"reason": "client throttled", "client": client}
            )
            return None, LOGIN_THROTTLED
        principal = self._users.verify_password(username, password)
        if principal is None:
            self._note_failure(client)
            reason = self._failure_reason(username, known, was_locked)
            self._audit.record(who, Action.LOGIN, Outcome.REFUSED, detail={"reason": reason, "client": client})
            return None, LOGIN_FAILED
        self._audit.record(
            principal.username, Action.LOGIN, Outcome.ANSWERED, detail={"method": "password", "client": client}
        )
        return principal, ""

    def login_trusted(self, headers: Mapping[str, str], client: str) -> LoginResult:
        """SSO: a session for the user a trusted reverse proxy names in the configured header.

        Only when `trusted_user_header` is configured; the proxy must strip that header from
        client requests, and the app must not be reachable except through the proxy.
        """
        principal = self.authenticate_trusted(headers, client)
        if principal is None:
            return LoginResult(None, LOGIN_FAILED)
        return LoginResult(self._sessions.create(principal.username))

    def authenticate_trusted(self, headers: Mapping[str, str], client: str) -> Principal | None:
        """`login_trusted` without opening a session: the active user the proxy names, audited."""
        username = self.trusted_username(headers)
        if username is None:
            return None
        principal = self._users.principal(username)
        if principal is None or not principal.active:
            who = username if principal is not None else UNKNOWN_USER
            self._audit.record(
                who, Action.LOGIN, Outcome.REFUSED, detail={"reason": "sso user unknown or disabled", "client": client}
            )
            return None
        self._audit.record(
            principal.username, Action.LOGIN, Outcome.ANSWERED, detail={"method": "sso", "client": client}
        )
        return principal

    def trusted_username(self, headers: Mapping[str, str]) -> str | None:
        if self._header is None:
            return None
        for name, value in headers.items():
            if name.lower() == self._header and value.strip():
                return value.strip()
        return None

    def principal_for(self, token: str | None) -> Principal | None:
        """The active principal behind a session cookie, None for anything else."""
        session = self._sessions.get(token)
        if session is None:
            return None
        principal = self._users.principal(session.username)
        return principal if principal is not None and principal.active else None

    def session(self, token: str | None) -> Session | None:
        return self._sessions.get(token) if self.principal_for(token) is not None else None

    def logout(self, token: str) -> None:
        session = self._sessions.get(token)
        self._sessions.revoke(token)
        if session is not None:
            self._audit.record(session.username, Action.LOGOUT, Outcome.ANSWERED)

    def end_sessions(self, username: str) -> int:
        """Log a user out everywhere (disabled, password changed)."""
        return self._sessions.revoke_user(username)

    def _failure_reason(self, username: str, known: bool, was_locked: bool) -> str:
        if not known:
            return "unknown user"
        info = self._users.info(username)
        if info is not None and not info.active:
            return "account disabled"
        if info is not None and not info.has_password:
            return "no password set"
        if was_locked:
            return "account locked"
        return "wrong password; account now locked" if self._users.is_locked(username) else "wrong password"

    def _throttled(self, client: str) -> bool:
        since = self._clock() - self._throttle.window
        with self._engine.connect() as conn:
            count = conn.scalar(
                select(func.count())
                .select_from(login_failures)
                .where(login_failures.c.client == client, login_failures.c.at >= since)
            )
        return int(count or 0) >= self._throttle.max_failures

    def _note_failure(self, client: str) -> None:
        now = self._clock()
        with self._engine.begin() as conn:
            conn.execute(delete(login_failures).where(login_failures.c.at < now - self._throttle.window))
            conn.execute(insert(login_failures).values(client=client, at=now))
