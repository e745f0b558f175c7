"""AccessControl: the service every path asks "what may this user see?", and `build` to wire it.

Search, ask, chronology, citations, the note viewer, exports, the API and the web page all get
their `Scope` from here and pass it into the store query (access.scope translates it). Nothing
here fetches case content; it reads only the case catalogue, users and grants.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from argon2 import PasswordHasher
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from access.audit import Action, AuditLog, Outcome
from access.auth import UNKNOWN_USER, Authenticator, ThrottlePolicy
from access.catalog import CaseCatalog
from access.errors import AccessError
from access.grants import GrantStore
from access.rules import (
    CASEWORK_ROLES,
    Grant,
    Principal,
    may_administer,
    may_read_audit,
    reads_cases,
    refusal,
    scope_for,
    teams_opened,
)
from access.scope import Scope
from access.sessions import SessionStore
from access.tables import create_tables
from access.users import LockoutPolicy, UserInfo, UserStore
from records.database import make_engine
from records.models import Role

Clock = Callable[[], dt.datetime]

MAX_GRANT_DAYS = 90
"""Longer than a quarter is not cover or co-working: re-allocate the case or add to its access_list."""
MIN_REASON_CHARS = 10


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _Secret(Protocol):
    def get_secret_value(self) -> str: ...


class AuthConfig(Protocol):
    """What `build` reads from settings.auth (kept structural so access does not import assistant)."""

    @property
    def session_secret(self) -> _Secret: ...
    @property
    def session_hours(self) -> float: ...
    @property
    def max_failed_logins(self) -> int: ...
    @property
    def lockout_minutes(self) -> float: ...
    @property
    def trusted_user_header(self) -> str | None: ...
    @property
    def max_failed_logins_per_client(self) -> int: ...


@dataclass(frozen=True)
class GrantView:
    grant: Grant
    status: str


class AccessControl:
    """Scopes, refusals, grants and user administration, each audited where it changes something."""

    def __init__(
        self,
        catalog: CaseCatalog,
        users: UserStore,
        grants: GrantStore,
        audit: AuditLog,
        auth: Authenticator,
        clock: Clock = utc_now,
    ) -> None:
        self.catalog = catalog
        self.users = users
        self.grants = grants
        self.audit = audit
        self.auth = auth
        self._clock = clock

    def principal(self, username: str | None) -> Principal | None:
        return None if not username else self.users.principal(username)

    def scope(self, username: str | None) -> Scope:
        """Everything `username` may read now; the empty scope for unknown, empty or disabled users."""
        principal = self.principal(username)
        if principal is None or not reads_cases(principal):
            return Scope.deny()
        now = self._clock()
        grants = [g for g in self.grants.for_user(principal.username) if g.is_active(now)]
        candidates = self.catalog.relevant_to(principal.username, teams_opened(principal), {g.case_id for g in grants})
        return scope_for(principal, candidates, grants, now)

    def case_scope(self, username: str | None, case_id: str) -> Scope:
        """The scope narrowed to one case: empty when the case is not visible or does not exist."""
        principal = self.principal(username)
        case = self.catalog.get(case_id)
        if principal is None or case is None:
            return Scope.deny()
        return scope_for(principal, [case], self.grants.for_user(principal.username), self._clock())

    @staticmethod
    def refusal(case_id: str) -> str:
        return refusal(case_id)

    def require_admin(self, operator: str, action: Action = Action.USER_ADMIN) -> Principal:
        """The operator's principal if they are an active admin; otherwise audited and refused."""
        principal = self.principal(operator)
        if principal is None or not may_administer(principal):
            self._refused(operator, principal, action)
            raise AccessError(f"{operator!r} may not do this: only an active admin may")
        return principal

    def require_audit_reader(self, operator: str) -> Principal:
        principal = self.principal(operator)
        if principal is None or not may_read_audit(principal):
            self._refused(operator, principal, Action.AUDIT_VIEW)
            raise AccessError(f"{operator!r} may not read the audit trail: only an active governance lead or admin may")
        return principal

    def grant(self, operator: str, username: str, case_id: str, days: float, reason: str) -> Grant:
        """Time-limited access to the standard notes of a case that is not restricted."""
        self.require_admin(operator, Action.GRANT)
        target = self.principal(username)
        if target is None:
            raise AccessError(f"unknown user {username!r}")
        if not target.active:
            raise AccessError(f"user {username!r} is disabled")
        if target.role not in CASEWORK_ROLES:
            raise AccessError(
                f"user {username!r} is a {target.role.value}: only social workers and team managers read cases"
            )
        case = self.catalog.get(case_id)
        if case is None:
            raise AccessError(f"unknown case {case_id!r} (it has not been imported)")
        if case.restricted:
            raise AccessError(
                f"case {case_id!r} is restricted: add {username!r} to its access_list instead of granting"
            )
        if not 0 < days <= MAX_GRANT_DAYS:
            raise AccessError(f"--days must be between 1 and {MAX_GRANT_DAYS}, got {days:g}")
        if len(reason.strip()) < MIN_REASON_CHARS:
            raise AccessError(
                f"--reason must say why in at least {MIN_REASON_CHARS} characters (e.g. 'duty cover while AB on leave')"
            )
        grant = self.grants.add(username, case_id, days, reason.strip(), granted_by=operator)
        self.audit.record(
            operator,
            Action.GRANT,
            Outcome.ANSWERED,
            case_ids=[case_id],
            detail={
                "grant_id": grant.grant_id,
                "to": username,
                "expires_at": grant.expires_at.isoformat(),
                "reason": grant.reason,
            },
        )
        return grant

    def revoke_grant(self, operator: str, grant_id: int) -> Grant:
        self.require_admin(operator, Action.GRANT_REVOKE)
        grant = self.grants.revoke(grant_id, revoked_by=operator)
        self.audit.record(
            operator,
            Action.GRANT_REVOKE,
            Outcome.ANSWERED,
            case_ids=[grant.case_id],
            detail={"grant_id": grant_id, "to": grant.username},
        )
        return grant

    def list_grants(self) -> list[GrantView]:
        now = self._clock()
        return [GrantView(grant, grant.status(now)) for grant in self.grants.all()]

    def add_user(self, operator: str, username: str, display_name: str, role: Role, teams: Sequence[str]) -> UserInfo:
        """User changes record `operator`; checking them (`require_admin`) is the caller's job, so the
        CLI can create the first admin as the OS account."""
        info = self.users.add(username, display_name, role, teams)
        self._audit_user(operator, "add", info.username, {"role": role.value, "teams": sorted(teams)})
        return info

    def set_password(self, operator: str, username: str, password: str) -> None:
        self.users.set_password(username, password)
        self.auth.end_sessions(username)
        self._audit_user(operator, "set-password", username)

    def disable_user(self, operator: str, username: str) -> None:
        self.users.disable(username)
        self.auth.end_sessions(username)
        self._audit_user(operator, "disable", username)

    def _refused(self, operator: str, principal: Principal | None, action: Action) -> None:
        who = operator if principal is not None else UNKNOWN_USER
        self.audit.record(who, action, Outcome.REFUSED, detail={"reason": "operator lacks the role"})

    def _audit_user(self, operator: str, change: str, username: str, extra: dict[str, object] | None = None) -> None:
        self.audit.record(
            operator, Action.USER_ADMIN, Outcome.ANSWERED, detail={"change": change, "user": username, **(extra or {})}
        )


def os_operator() -> str:
    """Who ran a CLI command when no --as was given: the operating-system account, marked as such."""
    try:
        return f"os:{getpass.getuser()}"
    except (KeyError, OSError):
        return "os:unknown"


def build(
    db_url: str, auth: AuthConfig, clock: Clock = utc_now, *, hasher: PasswordHasher | None = None
) -> AccessControl:
    """The access service over the application database, tables created if missing.

    `hasher` exists for tests, which use cheap argon2 parameters; production keeps the defaults.
    """
    engine = _engine(db_url)
    users = UserStore(engine, LockoutPolicy(auth.max_failed_logins, auth.lockout_minutes), clock, hasher)
    audit = AuditLog(engine, clock)
    sessions = SessionStore(
        engine, auth.session_secret.get_secret_value(), dt.timedelta(hours=auth.session_hours), clock
    )
    throttle = ThrottlePolicy(auth.max_failed_logins_per_client, dt.timedelta(minutes=auth.lockout_minutes))
    authenticator = Authenticator(engine, users, sessions, audit, throttle, auth.trusted_user_header, clock)
    return AccessControl(CaseCatalog(engine, clock), users, GrantStore(engine, clock), audit, authenticator, clock)


def _engine(db_url: str) -> Engine:
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(db_url)
    try:
        create_tables(engine)
    except OperationalError:
        create_tables(engine)  # another process created a table between our check and our CREATE
    return engine
