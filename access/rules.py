"""The access rules: who may see which case, and which of its notes, as one pure function.

`scope_for` is the only place the rules live. It takes plain values (a principal, the case
catalogue, the principal's grants, the time) so that every rule and its negation can be tested
in a table without a database. The stores in this package only load those values.

Deny by default: anything not positively allowed below is invisible, and a missing, empty,
disabled or unknown principal gets the empty scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeGuard

from access.scope import Scope
from records.models import Case, Role

CASEWORK_ROLES: frozenset[Role] = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER})
"""Roles that read case content. Governance leads and admins never do, whatever lists name them."""

AUDIT_READER_ROLES: frozenset[Role] = frozenset({Role.GOVERNANCE_LEAD, Role.ADMIN})


@dataclass(frozen=True)
class Principal:
    """Someone making a request, as the user store knows them right now."""

    username: str
    role: Role
    teams: frozenset[str] = frozenset()
    active: bool = True
    display_name: str = ""


@dataclass(frozen=True)
class CaseAccess:
    """What the rules need to know about a case: no names, no notes, no personal data."""

    case_id: str
    team: str
    restricted: bool
    allocated_worker: str
    access_list: frozenset[str] = frozenset()
    status: str = ""
    """The case's status (child_protection, looked_after...): shown in case lists, never a rule input."""

    @classmethod
    def from_case(cls, case: Case) -> CaseAccess:
        return cls(
            case_id=case.case_id,
            team=case.team,
            restricted=case.restricted,
            allocated_worker=case.allocated_worker,
            access_list=frozenset(case.access_list),
            status=case.status.value,
        )


@dataclass(frozen=True)
class Grant:
    """Time-limited access to one case for one user, e.g. duty cover or co-working."""

    grant_id: int
    username: str
    case_id: str
    granted_by: str
    reason: str
    granted_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None = None

    def is_active(self, now: dt.datetime) -> bool:
        """Active from the moment it is given until it expires or is revoked, whichever is first."""
        return self.revoked_at is None and self.granted_at <= now < self.expires_at

    def status(self, now: dt.datetime) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if now >= self.expires_at:
            return "expired"
        return "active" if now >= self.granted_at else "pending"


class _Level:
    NONE = 0
    STANDARD = 1
    FULL = 2


def scope_for(
    principal: Principal | None, cases: Iterable[CaseAccess], grants: Iterable[Grant], now: dt.datetime
) -> Scope:
    """The cases `principal` may read at `now`: fully, or standard notes only.

    Grants give standard notes only and never open a restricted case: a restricted case is seen
    only by its allocated worker and the people on its access_list, and restricted notes only by
    the allocated worker and the owning team's managers, never by someone covering for a week.
    """
    if not _may_read_cases(principal):
        return Scope.deny()
    granted = {g.case_id for g in grants if g.username == principal.username and g.is_active(now)}
    full: set[str] = set()
    standard: set[str] = set()
    for case in cases:
        level = _level(principal, case, case.case_id in granted)
        if level == _Level.FULL:
            full.add(case.case_id)
        elif level == _Level.STANDARD:
            standard.add(case.case_id)
    return Scope(frozenset(full), frozenset(standard))


def _may_read_cases(principal: Principal | None) -> TypeGuard[Principal]:
    return (
        principal is not None
        and bool(principal.username.strip())
        and principal.active
        and principal.role in CASEWORK_ROLES
    )


def _level(principal: Principal, case: CaseAccess, granted: bool) -> int:
    """One case, one principal: the most the rules allow, NONE unless a rule says otherwise."""
    username = principal.username
    is_allocated = case.allocated_worker == username
    is_listed = username in case.access_list
    if is_allocated:
        return _Level.FULL
    if case.restricted and not is_listed:
        return _Level.NONE
    if principal.role == Role.TEAM_MANAGER and case.team in principal.teams:
        return _Level.FULL
    if is_listed or granted:
        return _Level.STANDARD
    return _Level.NONE


def teams_opened(principal: Principal) -> frozenset[str]:
    """Teams whose every case the rules may open for `principal` (stores use it to pre-select cases)."""
    return principal.teams if principal.role == Role.TEAM_MANAGER else frozenset()


def reads_cases(principal: Principal | None) -> bool:
    """Whether any case content can be visible to `principal` at all."""
    return _may_read_cases(principal)


def refusal(case_id: str) -> str:
    """The one refusal for a case outside scope: identical whether or not the case exists."""
    return f"no access to case {case_id} or it does not exist"


def may_read_audit(principal: Principal | None) -> bool:
    return principal is not None and principal.active and principal.role in AUDIT_READER_ROLES


def may_administer(principal: Principal | None) -> bool:
    return principal is not None and principal.active and principal.role == Role.ADMIN
