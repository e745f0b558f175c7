"""Every access rule and its negation, as a table: (principal, case, grants) -> what they see."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from access.rules import CaseAccess, Grant, Principal, refusal, scope_for
from access.scope import Scope
from records.models import Role

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)

ANN = Principal("ann", Role.SOCIAL_WORKER, frozenset({"North"}))
BOB = Principal("bob", Role.SOCIAL_WORKER, frozenset({"North"}))
TESS = Principal("tess", Role.TEAM_MANAGER, frozenset({"North"}))
TOM = Principal("tom", Role.TEAM_MANAGER, frozenset({"South"}))
GINA = Principal("gina", Role.GOVERNANCE_LEAD)
ADAM = Principal("adam", Role.ADMIN)

OPEN = CaseAccess("C1", "North", restricted=False, allocated_worker="ann")
RESTRICTED = CaseAccess("C1", "North", restricted=True, allocated_worker="ann")


def listed(case: CaseAccess, *usernames: str) -> CaseAccess:
    return replace(case, access_list=frozenset(usernames))


def grant(
    username: str,
    case_id: str = "C1",
    start: dt.timedelta = -DAY,
    length: dt.timedelta = 7 * DAY,
    revoked: bool = False,
) -> Grant:
    granted_at = NOW + start
    return Grant(
        1,
        username,
        case_id,
        "adam",
        "duty cover",
        granted_at,
        granted_at + length,
        revoked_at=NOW - dt.timedelta(hours=1) if revoked else None,
    )


FULL = (True, True)
STANDARD = (True, False)
NOTHING = (False, False)

# (rule, principal, case, grants, (sees standard notes, sees restricted notes))
TABLE: list[tuple[str, Principal | None, CaseAccess, list[Grant], tuple[bool, bool]]] = [
    ("allocated worker sees the whole case", ANN, OPEN, [], FULL),
    ("a social worker of the same team who is not allocated sees nothing", BOB, OPEN, [], NOTHING),
    ("a social worker on the access_list sees standard notes", BOB, listed(OPEN, "bob"), [], STANDARD),
    ("an access_list naming someone else gives bob nothing", BOB, listed(OPEN, "carl"), [], NOTHING),
    ("an active grant gives standard notes", BOB, OPEN, [grant("bob")], STANDARD),
    ("an expired grant gives nothing", BOB, OPEN, [grant("bob", start=-10 * DAY, length=2 * DAY)], NOTHING),
    ("a grant ends exactly at its expiry", BOB, OPEN, [grant("bob", start=-DAY, length=DAY)], NOTHING),
    ("a revoked grant gives nothing", BOB, OPEN, [grant("bob", revoked=True)], NOTHING),
    ("a grant starting later gives nothing yet", BOB, OPEN, [grant("bob", start=DAY)], NOTHING),
    ("a grant on another case gives nothing here", BOB, OPEN, [grant("bob", case_id="C2")], NOTHING),
    ("someone else's grant gives bob nothing", BOB, OPEN, [grant("carl")], NOTHING),
    ("a grant never adds to the allocated worker's full view", ANN, OPEN, [grant("ann")], FULL),
    ("team manager of the owning team sees the whole case", TESS, OPEN, [], FULL),
    ("team manager of another team sees nothing", TOM, OPEN, [], NOTHING),
    ("team manager of another team on the access_list sees standard notes", TOM, listed(OPEN, "tom"), [], STANDARD),
    ("team manager of another team with a grant sees standard notes", TOM, OPEN, [grant("tom")], STANDARD),
    ("team manager with no team sees nothing", replace(TESS, teams=frozenset()), OPEN, [], NOTHING),
    ("restricted case: allocated worker sees everything", ANN, RESTRICTED, [], FULL),
    ("restricted case: own team manager not on access_list sees nothing", TESS, RESTRICTED, [], NOTHING),
    ("restricted case: own team manager on access_list sees everything", TESS, listed(RESTRICTED, "tess"), [], FULL),
    (
        "restricted case: other team manager on access_list sees standard notes",
        TOM,
        listed(RESTRICTED, "tom"),
        [],
        STANDARD,
    ),
    ("restricted case: social worker on access_list sees standard notes", BOB, listed(RESTRICTED, "bob"), [], STANDARD),
    ("restricted case: social worker off access_list sees nothing", BOB, listed(RESTRICTED, "carl"), [], NOTHING),
    ("restricted case: a grant does not open it", BOB, RESTRICTED, [grant("bob")], NOTHING),
    ("governance lead sees no case content", GINA, OPEN, [], NOTHING),
    ("governance lead on an access_list still sees nothing", GINA, listed(OPEN, "gina"), [], NOTHING),
    (
        "governance lead as allocated worker still sees nothing",
        GINA,
        replace(OPEN, allocated_worker="gina"),
        [],
        NOTHING,
    ),
    ("admin sees no case content", ADAM, OPEN, [], NOTHING),
    (
        "admin with a grant and on the access_list still sees nothing",
        ADAM,
        listed(OPEN, "adam"),
        [grant("adam")],
        NOTHING,
    ),
    (
        "admin allocated to a restricted case still sees nothing",
        ADAM,
        replace(RESTRICTED, allocated_worker="adam"),
        [],
        NOTHING,
    ),
    ("disabled allocated worker sees nothing", replace(ANN, active=False), OPEN, [], NOTHING),
    ("disabled team manager sees nothing", replace(TESS, active=False), OPEN, [], NOTHING),
    ("no principal sees nothing", None, OPEN, [], NOTHING),
    (
        "an empty username matching an empty allocated_worker sees nothing",
        Principal("", Role.SOCIAL_WORKER),
        replace(OPEN, allocated_worker=""),
        [],
        NOTHING,
    ),
    (
        "a blank username on the access_list sees nothing",
        Principal("  ", Role.TEAM_MANAGER, frozenset({"North"})),
        listed(OPEN, "  "),
        [],
        NOTHING,
    ),
]


@pytest.mark.parametrize(("rule", "principal", "case", "grants", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_rule(
    rule: str, principal: Principal | None, case: CaseAccess, grants: list[Grant], expected: tuple[bool, bool]
) -> None:
    scope = scope_for(principal, [case], grants, NOW)
    seen = (scope.allows(case.case_id, "standard"), scope.allows(case.case_id, "restricted"))
    assert seen == expected, rule
    assert scope.case_ids <= {case.case_id}


def test_scope_spans_all_visible_cases_and_nothing_else() -> None:
    cases = [
        CaseAccess("A", "North", False, "ann"),
        CaseAccess("B", "North", False, "carl", frozenset({"ann"})),
        CaseAccess("C", "North", True, "carl"),
        CaseAccess("D", "South", False, "carl"),
        CaseAccess("E", "South", False, "carl"),
    ]
    scope = scope_for(ANN, cases, [grant("ann", case_id="D"), grant("ann", case_id="C")], NOW)
    assert scope == Scope(full_cases=frozenset({"A"}), standard_cases=frozenset({"B", "D"}))


def test_team_manager_scope_is_their_teams_only() -> None:
    cases = [CaseAccess(f"N{i}", "North", False, "ann") for i in range(3)] + [CaseAccess("S1", "South", False, "carl")]
    assert scope_for(TESS, cases, [], NOW) == Scope(full_cases=frozenset({"N0", "N1", "N2"}))
    assert scope_for(TOM, cases, [], NOW) == Scope(full_cases=frozenset({"S1"}))


@pytest.mark.parametrize("case_id", ["C-EXISTS", "C-NEVER-IMPORTED"])
def test_refusal_text_is_the_issue_text(case_id: str) -> None:
    assert refusal(case_id) == f"no access to case {case_id} or it does not exist"


@pytest.mark.parametrize(
    ("status_at", "expected"),
    [
        (NOW - 2 * DAY, "pending"),
        (NOW - DAY, "active"),
        (NOW + 5 * DAY, "active"),
        (NOW + 6 * DAY, "expired"),
    ],
)
def test_grant_status(status_at: dt.datetime, expected: str) -> None:
    assert grant("bob").status(status_at) == expected
    assert grant("bob", revoked=True).status(status_at) == "revoked"
