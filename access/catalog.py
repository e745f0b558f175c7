"""The case catalogue: access metadata for every imported case, written by ingest, read by the rules.

It holds no names and no notes, so it can be read in full on every request to compute a scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import Engine, Row, delete, insert, select, update

from access.rules import CaseAccess
from access.tables import cases

Clock = Callable[[], dt.datetime]


class CaseCatalog:
    """Case access metadata in the application database."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def upsert(self, entries: Sequence[CaseAccess]) -> None:
        """Insert or replace each case's access metadata, all in one transaction."""
        now = self._clock()
        with self._engine.begin() as conn:
            existing = set(conn.scalars(select(cases.c.case_id).where(cases.c.case_id.in_([e.case_id for e in entries]))))
            for entry in entries:
                values = _values(entry, now)
                if entry.case_id in existing:
                    conn.execute(update(cases).where(cases.c.case_id == entry.case_id).values(**values))
                else:
                    conn.execute(insert(cases).values(case_id=entry.case_id, **values))

    def remove(self, case_ids: Iterable[str]) -> int:
        """Forget cases (deletion or prune): they become invisible to everyone at once."""
        wanted = sorted(set(case_ids))
        if not wanted:
            return 0
        with self._engine.begin() as conn:
            return conn.execute(delete(cases).where(cases.c.case_id.in_(wanted))).rowcount

    def all(self) -> list[CaseAccess]:
        with self._engine.connect() as conn:
            return [_entry(row) for row in conn.execute(select(cases).order_by(cases.c.case_id))]

    def get(self, case_id: str) -> CaseAccess | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(cases).where(cases.c.case_id == case_id)).first()
        return None if row is None else _entry(row)


def _values(entry: CaseAccess, now: dt.datetime) -> dict[str, object]:
    return {
        "team": entry.team,
        "restricted": entry.restricted,
        "allocated_worker": entry.allocated_worker,
        "access_list": sorted(entry.access_list),
        "updated_at": now,
    }


def _entry(row: Row[tuple[object, ...]]) -> CaseAccess:
    data = row._mapping
    return CaseAccess(
        case_id=data["case_id"],
        team=data["team"],
        restricted=bool(data["restricted"]),
        allocated_worker=data["allocated_worker"],
        access_list=frozenset(data["access_list"] or ()),
    )
