"""The case catalogue: access metadata for every imported case, written by ingest, read by the rules.

It holds no names and no notes. A scope is computed from the cases that could concern a principal
(`relevant_to`: allocated to them, naming them on the access list, in their teams, or granted), an
indexed lookup, so the cost of a request grows with the user's caseload, not the council's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, Row, bindparam, delete, insert, or_, select, update

from access.rules import CaseAccess
from access.tables import case_members, cases

Clock = Callable[[], dt.datetime]


class CaseCatalog:
    """Case access metadata in the application database."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def upsert(self, entries: Sequence[CaseAccess]) -> None:
        """Insert or replace each case's access metadata, all in one transaction."""
        if not entries:
            return
        now = self._clock()
        ids = [e.case_id for e in entries]
        with self._engine.begin() as conn:
            existing = _existing(conn, ids)
            fresh = [{"case_id": e.case_id, **_values(e, now)} for e in entries if e.case_id not in existing]
            changed = [{"key": e.case_id, **_values(e, now)} for e in entries if e.case_id in existing]
            if fresh:
                conn.execute(insert(cases), fresh)
            if changed:
                conn.execute(update(cases).where(cases.c.case_id == bindparam("key")), changed)
            _delete_members(conn, ids)
            members = [{"case_id": e.case_id, "username": name} for e in entries for name in sorted(e.access_list)]
            if members:
                conn.execute(insert(case_members), members)

    def remove(self, case_ids: Iterable[str]) -> int:
        """Forget cases (deletion or prune): they become invisible to everyone at once."""
        wanted = sorted(set(case_ids))
        if not wanted:
            return 0
        with self._engine.begin() as conn:
            _delete_members(conn, wanted)
            removed = 0
            for chunk in _chunks(wanted):
                removed += conn.execute(delete(cases).where(cases.c.case_id.in_(chunk))).rowcount
            return removed

    def all(self) -> list[CaseAccess]:
        with self._engine.connect() as conn:
            return [_entry(row) for row in conn.execute(select(cases).order_by(cases.c.case_id))]

    def get(self, case_id: str) -> CaseAccess | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(cases).where(cases.c.case_id == case_id)).first()
        return None if row is None else _entry(row)

    def relevant_to(self, username: str, teams: Collection[str], case_ids: Collection[str]) -> list[CaseAccess]:
        """Every case any rule could open for this user: a superset the rules then decide on.

        Allocated to them, naming them on the access list, owned by one of `teams` (pass none for
        roles that do not see their team's cases), or among `case_ids` (their grants).
        """
        named = select(case_members.c.case_id).where(case_members.c.username == username)
        conditions: list[Any] = [cases.c.allocated_worker == username, cases.c.case_id.in_(named)]
        if teams:
            conditions.append(cases.c.team.in_(sorted(teams)))
        if case_ids:
            conditions.append(cases.c.case_id.in_(sorted(case_ids)))
        with self._engine.connect() as conn:
            rows = conn.execute(select(cases).where(or_(*conditions)).order_by(cases.c.case_id))
            return [_entry(row) for row in rows]


_CHUNK = 500


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    """Bounded IN lists: SQLite builds older than 3.32 allow only 999 bound values per statement."""
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _existing(conn: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.scalars(select(cases.c.case_id).where(cases.c.case_id.in_(chunk))))
    return found


def _delete_members(conn: Connection, ids: Sequence[str]) -> None:
    for chunk in _chunks(ids):
        conn.execute(delete(case_members).where(case_members.c.case_id.in_(chunk)))


def _values(entry: CaseAccess, now: dt.datetime) -> dict[str, object]:
    return {
        "team": entry.team,
        "restricted": entry.restricted,
        "allocated_worker": entry.allocated_worker,
        "access_list": sorted(entry.access_list),
        "status": entry.status,
        "updated_at": now,
    }


def _entry(row: Row[Any]) -> CaseAccess:
    data = row._mapping
    return CaseAccess(
        case_id=data["case_id"],
        team=data["team"],
        restricted=bool(data["restricted"]),
        allocated_worker=data["allocated_worker"],
        access_list=frozenset(data["access_list"] or ()),
        status=data["status"] or "",
    )
