"""Time-limited grants: stored, listed, revoked. Whether one applies is decided by access.rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine, Row, insert, select, update

from access.errors import AccessError
from access.rules import Grant
from access.tables import grants, utc, utc_or_none

Clock = Callable[[], dt.datetime]


class GrantStore:
    """Grants are never deleted: expired and revoked ones stay listed as evidence."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def add(self, username: str, case_id: str, days: float, reason: str, granted_by: str) -> Grant:
        now = self._clock()
        values = {
            "username": username,
            "case_id": case_id,
            "granted_by": granted_by,
            "reason": reason,
            "granted_at": now,
            "expires_at": now + dt.timedelta(days=days),
        }
        with self._engine.begin() as conn:
            key = conn.execute(insert(grants).values(**values)).inserted_primary_key
        if key is None:  # pragma: no cover - every supported backend reports it
            raise RuntimeError("the database did not report the new grant's id")
        found = self.get(int(key[0]))
        if found is None:  # pragma: no cover - written just above
            raise RuntimeError(f"grant {key[0]} was not stored")
        return found

    def revoke(self, grant_id: int, revoked_by: str) -> Grant:
        grant = self.get(grant_id)
        if grant is None:
            raise AccessError(f"unknown grant {grant_id} (see `caseassist grants`)")
        if grant.revoked_at is not None:
            raise AccessError(f"grant {grant_id} was already revoked")
        with self._engine.begin() as conn:
            conn.execute(
                update(grants)
                .where(grants.c.grant_id == grant_id)
                .values(revoked_at=self._clock(), revoked_by=revoked_by)
            )
        revoked = self.get(grant_id)
        if revoked is None:  # pragma: no cover
            raise RuntimeError(f"grant {grant_id} vanished")
        return revoked

    def get(self, grant_id: int) -> Grant | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(grants).where(grants.c.grant_id == grant_id)).first()
        return None if row is None else _grant(row)

    def for_user(self, username: str) -> list[Grant]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(grants).where(grants.c.username == username).order_by(grants.c.grant_id))
            return [_grant(row) for row in rows]

    def all(self) -> list[Grant]:
        with self._engine.connect() as conn:
            return [_grant(row) for row in conn.execute(select(grants).order_by(grants.c.grant_id))]


def _grant(row: Row[tuple[object, ...]]) -> Grant:
    data = row._mapping
    return Grant(
        grant_id=int(data["grant_id"]),
        username=data["username"],
        case_id=data["case_id"],
        granted_by=data["granted_by"],
        reason=data["reason"],
        granted_at=utc(data["granted_at"]),
        expires_at=utc(data["expires_at"]),
        revoked_at=utc_or_none(data["revoked_at"]),
    )
