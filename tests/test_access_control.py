"""AccessControl over real SQLite: scopes from the stored catalogue, grants end to end, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from access.audit import Action
from access.control import AccessControl
from access.errors import AccessError
from access.rules import CaseAccess
from access.scope import Scope
from tests.access_fixtures import Clock, seeded, service


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def control(tmp_path: Path, clock: Clock) -> AccessControl:
    return seeded(tmp_path, clock)


@pytest.mark.parametrize(
    ("username", "expected"),
    [
        ("ann", Scope(full_cases=frozenset({"C-OPEN", "C-RESTRICTED"}))),
        ("bob", Scope(standard_cases=frozenset({"C-OPEN", "C-RESTRICTED"}))),
        ("tess", Scope(full_cases=frozenset({"C-OPEN"}))),
        ("tom", Scope(full_cases=frozenset({"C-SOUTH"}))),
        ("gina", Scope()),
        ("adam", Scope()),
        ("nobody", Scope()),
        ("", Scope()),
        (None, Scope()),
    ],
)
def test_scope_from_the_stored_catalogue(control: AccessControl, username: str | None, expected: Scope) -> None:
    assert control.scope(username) == expected


@pytest.mark.parametrize(
    ("username", "case_id"),
    [
        ("tess", "C-RESTRICTED"),
        ("tom", "C-OPEN"),
        ("tom", "C-DOES-NOT-EXIST"),
        ("ann", "C-DOES-NOT-EXIST"),
        ("gina", "C-OPEN"),
        ("nobody", "C-OPEN"),
    ],
)
def test_out_of_scope_and_missing_cases_look_the_same(control: AccessControl, username: str, case_id: str) -> None:
    assert control.case_scope(username, case_id) == Scope()
    assert control.refusal(case_id) == f"no access to case {case_id} or it does not exist"


def test_case_scope_is_narrowed_to_that_case(control: AccessControl) -> None:
    assert control.case_scope("ann", "C-OPEN") == Scope(full_cases=frozenset({"C-OPEN"}))
    assert control.case_scope("bob", "C-RESTRICTED") == Scope(standard_cases=frozenset({"C-RESTRICTED"}))


def test_a_grant_opens_standard_notes_until_it_expires(control: AccessControl, clock: Clock) -> None:
    assert control.case_scope("tom", "C-OPEN").is_empty
    given = control.grant("adam", "tom", "C-OPEN", 3, "duty cover for North team")
    assert control.case_scope("tom", "C-OPEN") == Scope(standard_cases=frozenset({"C-OPEN"}))
    assert [(v.grant.grant_id, v.status) for v in control.list_grants()] == [(given.grant_id, "active")]
    clock.advance(days=3)
    assert control.case_scope("tom", "C-OPEN").is_empty
    assert [v.status for v in control.list_grants()] == ["expired"]


def test_a_revoked_grant_stops_at_once(control: AccessControl) -> None:
    given = control.grant("adam", "tom", "C-OPEN", 3, "duty cover for North team")
    control.revoke_grant("adam", given.grant_id)
    assert control.case_scope("tom", "C-OPEN").is_empty
    assert [v.status for v in control.list_grants()] == ["revoked"]


def test_grants_and_revocations_are_audited(control: AccessControl) -> None:
    given = control.grant("adam", "tom", "C-OPEN", 3, "duty cover for North team")
    control.revoke_grant("adam", given.grant_id)
    rows = [(e.username, e.action, e.outcome, e.case_ids) for e in control.audit.query()]
    assert rows == [("adam", "grant", "answered", ("C-OPEN",)), ("adam", "grant_revoke", "answered", ("C-OPEN",))]
    assert control.audit.query(action=Action.GRANT)[0].detail["to"] == "tom"


@pytest.mark.parametrize(
    ("operator", "user", "case_id", "days", "reason", "problem"),
    [
        ("tess", "tom", "C-OPEN", 3, "duty cover for North team", "only an active admin"),
        ("gina", "tom", "C-OPEN", 3, "duty cover for North team", "only an active admin"),
        ("nobody", "tom", "C-OPEN", 3, "duty cover for North team", "only an active admin"),
        ("adam", "nobody", "C-OPEN", 3, "duty cover for North team", "unknown user 'nobody'"),
        ("adam", "gina", "C-OPEN", 3, "duty cover for North team", "only social workers and team managers"),
        ("adam", "tom", "C-NOPE", 3, "duty cover for North team", "unknown case 'C-NOPE'"),
        ("adam", "tom", "C-RESTRICTED", 3, "duty cover for North team", "is restricted"),
        ("adam", "tom", "C-OPEN", 0, "duty cover for North team", "--days must be between 1 and 90"),
        ("adam", "tom", "C-OPEN", 91, "duty cover for North team", "--days must be between 1 and 90"),
        ("adam", "tom", "C-OPEN", 3, "   cover  ", "--reason must say why"),
    ],
)
def test_bad_grants_are_refused_and_change_nothing(
    control: AccessControl, operator: str, user: str, case_id: str, days: int, reason: str, problem: str
) -> None:
    with pytest.raises(AccessError, match=problem):
        control.grant(operator, user, case_id, days, reason)
    assert control.list_grants() == []
    assert control.scope("tom") == Scope(full_cases=frozenset({"C-SOUTH"}))


def test_a_non_admin_trying_to_grant_is_audited(control: AccessControl) -> None:
    with pytest.raises(AccessError):
        control.grant("tess", "tom", "C-OPEN", 3, "duty cover for North team")
    assert [(e.username, e.action, e.outcome) for e in control.audit.query()] == [("tess", "grant", "refused")]


def test_a_disabled_admin_cannot_grant(control: AccessControl) -> None:
    control.disable_user("adam", "adam")
    with pytest.raises(AccessError, match="only an active admin"):
        control.grant("adam", "tom", "C-OPEN", 3, "duty cover for North team")


def test_reimport_and_removal_change_scope_at_once(control: AccessControl) -> None:
    control.catalog.upsert([CaseAccess("C-OPEN", "South", False, "carl")])
    assert control.scope("tom") == Scope(full_cases=frozenset({"C-OPEN", "C-SOUTH"}))
    assert control.scope("tess") == Scope()
    control.catalog.remove(["C-OPEN", "C-SOUTH"])
    assert control.scope("tom") == Scope()
    assert control.catalog.get("C-OPEN") is None
    assert [c.case_id for c in control.catalog.all()] == ["C-RESTRICTED"]


def test_build_is_idempotent_over_an_existing_database(tmp_path: Path, clock: Clock) -> None:
    seeded(tmp_path, clock).grant("adam", "tom", "C-OPEN", 3, "duty cover for North team")
    again = seeded(tmp_path, clock)
    assert len(again.list_grants()) == 1
    assert again.audit.verify().ok


def test_a_catalogue_from_before_the_members_table_is_backfilled(tmp_path: Path, clock: Clock) -> None:
    seeded(tmp_path, clock)
    db = sqlite3.connect(tmp_path / "access.db")
    with db:
        db.execute("DROP TABLE access_case_members")
    db.close()
    again = service(tmp_path, clock)  # build() recreates the table and copies the access lists in
    assert again.scope("bob") == Scope(standard_cases=frozenset({"C-OPEN", "C-RESTRICTED"}))
