"""Generated worlds of users, teams, cases, notes and grants, queried through real stores.

For every principal the scope from `scope_for` is pushed into a real Chroma collection (with
explicit tiny embeddings, no embedding function) and a real SQLite table, and the notes that come
back must be exactly those an independently written oracle of the rules allows: never a
forbidden note's id or text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from access.rules import CaseAccess, Grant, Principal, scope_for
from access.scope import EmptyScopeError, Scope, chroma_where, sql_where
from records.models import Role, User
from tests.access_fixtures import Clock
from tests.access_fixtures import service as access_service

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
NAMES = ["u0", "u1", "u2", "u3", "u4"]
TEAMS = ["North", "South", "East"]
SENSITIVITIES = ["standard", "restricted"]


@dataclass(frozen=True)
class NoteRow:
    note_id: str
    case_id: str
    sensitivity: str

    @property
    def text(self) -> str:
        return f"private text of {self.note_id}"


@dataclass(frozen=True)
class World:
    principals: list[Principal | None]
    cases: list[CaseAccess]
    notes: list[NoteRow]
    grants: list[Grant]


def oracle(principal: Principal | None, case: CaseAccess, sensitivity: str, grants: list[Grant]) -> bool:
    """The rules restated from the issue text, independently of access.rules."""
    if principal is None or principal.username.strip() == "" or not principal.active:
        return False
    if principal.role not in (Role.SOCIAL_WORKER, Role.TEAM_MANAGER):
        return False
    me = principal.username
    own_team_manager = principal.role == Role.TEAM_MANAGER and case.team in principal.teams
    if case.restricted:
        if me == case.allocated_worker:
            return True
        if me not in case.access_list:
            return False
        return own_team_manager or sensitivity == "standard"
    if me == case.allocated_worker or own_team_manager:
        return True
    granted = any(
        g.username == me and g.case_id == case.case_id and g.revoked_at is None and g.granted_at <= NOW < g.expires_at
        for g in grants
    )
    return (me in case.access_list or granted) and sensitivity == "standard"


@st.composite
def worlds(draw: st.DrawFn) -> World:
    principals: list[Principal | None] = [
        Principal(
            name,
            draw(st.sampled_from(list(Role))),
            frozenset(draw(st.lists(st.sampled_from(TEAMS), max_size=2))),
            active=draw(st.sampled_from([True, True, False])),
        )
        for name in NAMES
    ]
    principals += [None, Principal("", Role.TEAM_MANAGER, frozenset(TEAMS)), Principal("ghost", Role.SOCIAL_WORKER)]
    people = [*NAMES, "", "ghost-worker"]
    cases = [
        CaseAccess(
            f"C{i}",
            draw(st.sampled_from(TEAMS)),
            draw(st.booleans()),
            draw(st.sampled_from(people)),
            frozenset(draw(st.lists(st.sampled_from(people), max_size=3))),
        )
        for i in range(draw(st.integers(1, 5)))
    ]
    notes = [
        NoteRow(f"{case.case_id}-N{j}", case.case_id, draw(st.sampled_from(SENSITIVITIES)))
        for case in cases
        for j in range(draw(st.integers(0, 4)))
    ]
    grants = [
        Grant(
            k,
            draw(st.sampled_from([*NAMES, *NAMES, ""])),
            draw(st.sampled_from([c.case_id for c in cases] * 3 + ["C-missing"])),
            "admin",
            "cover",
            NOW + dt.timedelta(days=draw(st.integers(-10, 2))),
            NOW + dt.timedelta(days=draw(st.integers(-3, 10))),
            revoked_at=draw(st.sampled_from([None, None, NOW])),
        )
        for k in range(draw(st.integers(0, 8)))
    ]
    return World(principals, cases, notes, grants)


def embedding(note_id: str) -> np.ndarray:
    digest = hashlib.sha256(note_id.encode()).digest()
    return np.array([b / 255 + 0.01 for b in digest[:8]], dtype=np.float32)


@pytest.fixture(scope="module")
def chroma() -> Iterator[chromadb.api.ClientAPI]:
    with tempfile.TemporaryDirectory() as path:
        yield chromadb.PersistentClient(path=path, settings=ChromaSettings(anonymized_telemetry=False))


def stored_chroma(client: chromadb.api.ClientAPI, world: World) -> chromadb.Collection:
    for existing in client.list_collections():
        client.delete_collection(existing.name)
    collection = client.create_collection("notes", embedding_function=None)
    if world.notes:
        collection.add(
            ids=[n.note_id for n in world.notes],
            embeddings=[embedding(n.note_id) for n in world.notes],
            documents=[n.text for n in world.notes],
            metadatas=[{"case_id": n.case_id, "sensitivity": n.sensitivity} for n in world.notes],
        )
    return collection


def stored_sqlite(world: World) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE notes (note_id TEXT PRIMARY KEY, case_id TEXT, sensitivity TEXT, text TEXT)")
    db.executemany(
        "INSERT INTO notes VALUES (?, ?, ?, ?)", [(n.note_id, n.case_id, n.sensitivity, n.text) for n in world.notes]
    )
    return db


def chroma_results(collection: chromadb.Collection, scope: Scope, total: int) -> tuple[set[str], set[str], set[str]]:
    """(ids from get, texts from get, ids from a nearest-neighbour query) under the scope's filter."""
    where = chroma_where(scope)
    got = collection.get(where=where, include=["documents"])
    ids = set(got["ids"])
    texts = set(got["documents"] or [])
    if total == 0:
        return ids, texts, set()
    queried = collection.query(
        query_embeddings=np.full((1, 8), 0.5, dtype=np.float32), n_results=total, where=where, include=["documents"]
    )
    return ids, texts, set(queried["ids"][0])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(world=worlds())
def test_every_principal_gets_exactly_the_allowed_notes(chroma: chromadb.api.ClientAPI, world: World) -> None:
    collection = stored_chroma(chroma, world)
    db = stored_sqlite(world)
    cases = {c.case_id: c for c in world.cases}
    for principal in world.principals:
        scope = scope_for(principal, world.cases, world.grants, NOW)
        allowed = {n.note_id for n in world.notes if oracle(principal, cases[n.case_id], n.sensitivity, world.grants)}
        forbidden_texts = {n.text for n in world.notes if n.note_id not in allowed}
        visible_cases = {c.case_id for c in world.cases if oracle(principal, c, "standard", world.grants)}
        assert scope.case_ids == visible_cases, principal
        if scope.is_empty:
            assert allowed == set(), principal
            with pytest.raises(EmptyScopeError):
                chroma_where(scope)
            with pytest.raises(EmptyScopeError):
                sql_where(scope)
            continue
        ids, texts, queried = chroma_results(collection, scope, len(world.notes))
        assert ids == allowed, principal
        assert not texts & forbidden_texts
        assert queried == allowed, principal
        clause, params = sql_where(scope)
        rows = db.execute(f"SELECT note_id, text FROM notes WHERE {clause}", params).fetchall()
        assert {r[0] for r in rows} == allowed, principal
        assert not {r[1] for r in rows} & forbidden_texts


ODD_NAMES = ["ann", "a%b", "a_b", "o'neil", 'x"y', "zoë", "back\\slash", "ANN"]


@st.composite
def stored_worlds(draw: st.DrawFn) -> tuple[list[Principal], list[CaseAccess], list[tuple[str, str, int, int, bool]]]:
    """Users with awkward names, cases naming them, and grants (user, case, start day, days, revoked)."""
    principals = [
        Principal(
            name,
            draw(st.sampled_from([Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.ADMIN])),
            frozenset(draw(st.lists(st.sampled_from(TEAMS), max_size=2))),
        )
        for name in ODD_NAMES
    ]
    cases = [
        CaseAccess(
            f"C{i}",
            draw(st.sampled_from(TEAMS)),
            draw(st.booleans()),
            draw(st.sampled_from([*ODD_NAMES, "x"])),
            frozenset(draw(st.lists(st.sampled_from(ODD_NAMES), max_size=3))),
        )
        for i in range(draw(st.integers(1, 6)))
    ]
    grants = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ODD_NAMES),
                st.sampled_from([c.case_id for c in cases]),
                st.integers(-5, 1),
                st.integers(1, 5),
                st.booleans(),
            ),
            max_size=6,
        )
    )
    return principals, cases, grants


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(world=stored_worlds())
def test_stored_catalogue_gives_the_same_scope_as_the_rules(
    world: tuple[list[Principal], list[CaseAccess], list[tuple[str, str, int, int, bool]]],
) -> None:
    """AccessControl pre-selects candidate cases in SQL; it must never lose one the rules would open."""
    principals, cases, grant_specs = world
    clock = Clock(NOW)
    with tempfile.TemporaryDirectory() as path:
        control = access_service(Path(path), clock)
        control.users.upsert_imported(
            [User(username=p.username, display_name=p.username, role=p.role, teams=sorted(p.teams)) for p in principals]
        )
        control.catalog.upsert(cases)
        for username, case_id, start, days, revoked in grant_specs:
            clock.now = NOW + dt.timedelta(days=start)
            given_grant = control.grants.add(username, case_id, days, "cover", "admin")
            if revoked:
                control.grants.revoke(given_grant.grant_id, "admin")
        clock.now = NOW
        stored_grants = control.grants.all()
        for principal in [*principals, None]:
            name = principal.username if principal else "nobody"
            expected = scope_for(principal, cases, stored_grants, NOW)
            assert control.scope(name) == expected, name
            for case in cases:
                assert control.case_scope(name, case.case_id) == expected.narrowed([case.case_id]), (name, case.case_id)
