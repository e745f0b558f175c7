"""Server-side sessions for the web and API: an opaque cookie, a CSRF token, expiry and revocation.

The cookie holds a random token; the database holds only an HMAC of it under the session
secret, so a copy of the database does not yield a usable cookie. Sessions are server-side so
that disabling a user or logging out ends access at once, on every worker.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from access.tables import sessions, utc, utc_or_none

Clock = Callable[[], dt.datetime]

COOKIE_NAME = "caseassist_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FORM_FIELD = "csrf_token"


@dataclass(frozen=True)
class Session:
    """A live session. `token` is set only when the session is created (it is never stored)."""

    username: str
    csrf_token: str
    expires_at: dt.datetime
    token: str = ""

    def csrf_ok(self, presented: str | None) -> bool:
        """True when a state-changing request carries this session's CSRF token."""
        return bool(presented) and hmac.compare_digest(self.csrf_token, presented or "")


def cookie_params(token: str, *, max_age_s: int, secure: bool) -> dict[str, Any]:
    """Keyword arguments for Starlette's `Response.set_cookie`: HttpOnly, SameSite=Strict, Secure over https."""
    return {
        "key": COOKIE_NAME,
        "value": token,
        "max_age": max_age_s,
        "httponly": True,
        "samesite": "strict",
        "secure": secure,
        "path": "/",
    }


class SessionStore:
    def __init__(self, engine: Engine, secret: str, lifetime: dt.timedelta, clock: Clock) -> None:
        if not secret:
            raise ValueError("the session secret must not be empty")
        self._engine = engine
        self._secret = secret.encode("utf-8")
        self._lifetime = lifetime
        self._clock = clock

    @property
    def lifetime(self) -> dt.timedelta:
        return self._lifetime

    def create(self, username: str) -> Session:
        token = secrets.token_urlsafe(32)
        now = self._clock()
        session = Session(
            username=username, csrf_token=secrets.token_urlsafe(32), expires_at=now + self._lifetime, token=token
        )
        with self._engine.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.expires_at < now))
            conn.execute(
                insert(sessions).values(
                    session_key=self._key(token),
                    username=username,
                    csrf_token=session.csrf_token,
                    created_at=now,
                    expires_at=session.expires_at,
                )
            )
        return session

    def get(self, token: str | None) -> Session | None:
        """The live session for a cookie value, or None (unknown, expired, revoked)."""
        if not token:
            return None
        with self._engine.connect() as conn:
            row = conn.execute(select(sessions).where(sessions.c.session_key == self._key(token))).first()
        if row is None or utc_or_none(row.revoked_at) is not None or self._clock() >= utc(row.expires_at):
            return None
        return Session(username=row.username, csrf_token=row.csrf_token, expires_at=utc(row.expires_at))

    def revoke(self, token: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(sessions).where(sessions.c.session_key == self._key(token)).values(revoked_at=self._clock())
            )

    def revoke_user(self, username: str) -> int:
        """End every session of a user (disabled, password changed)."""
        with self._engine.begin() as conn:
            result = conn.execute(
                update(sessions)
                .where(sessions.c.username == username, sessions.c.revoked_at.is_(None))
                .values(revoked_at=self._clock())
            )
            return result.rowcount

    def _key(self, token: str) -> str:
        return hmac.new(self._secret, token.encode("utf-8"), hashlib.sha256).hexdigest()
