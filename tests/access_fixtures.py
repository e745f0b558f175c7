"""Shared set-up for the access tests: a controllable clock, cheap argon2, a service on real SQLite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from argon2 import PasswordHasher

from access.control import AccessControl, build
from access.rules import CaseAccess
from assistant.settings import AuthSettings
from records.models import Role, User

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
PASSWORD = "correct horse battery staple"


class Clock:
    """A clock the test moves by hand, so expiry and lockout are tested without sleeping."""

    def __init__(self, start: dt.datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def cheap_hasher() -> PasswordHasher:
    """argon2id with tiny costs: the same code path, a thousandth of the CPU."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def service(tmp_path: Path, clock: Clock, **auth: object) -> AccessControl:
    """The real AccessControl over a SQLite file in `tmp_path`, as `build` wires it."""
    return build(f"sqlite:///{tmp_path / 'access.db'}", AuthSettings(**auth), clock, hasher=cheap_hasher())  # type: ignore[arg-type]


USERS = [
    User(username="ann", display_name="Ann Social Worker", role=Role.SOCIAL_WORKER, teams=["North"]),
    User(username="bob", display_name="Bob Social Worker", role=Role.SOCIAL_WORKER, teams=["North"]),
    User(username="tess", display_name="Tess Team Manager", role=Role.TEAM_MANAGER, teams=["North"]),
    User(username="tom", display_name="Tom Team Manager", role=Role.TEAM_MANAGER, teams=["South"]),
    User(username="gina", display_name="Gina Governance", role=Role.GOVERNANCE_LEAD),
    User(username="adam", display_name="Adam Admin", role=Role.ADMIN),
]

CASES = [
    CaseAccess("C-OPEN", "North", False, "ann", frozenset({"bob"})),
    CaseAccess("C-RESTRICTED", "North", True, "ann", frozenset({"bob"})),
    CaseAccess("C-SOUTH", "South", False, "carl", frozenset()),
]


def seeded(tmp_path: Path, clock: Clock, **auth: object) -> AccessControl:
    """A service with USERS and CASES imported, as ingest would write them."""
    control = service(tmp_path, clock, **auth)
    control.users.upsert_imported(USERS)
    control.catalog.upsert(CASES)
    return control
