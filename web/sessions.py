"""Browser sessions for the web app: the cookie, the CSRF token bound to it, and sign-out.

Sessions are the access area's server-side `SessionStore` (an opaque random cookie, only an HMAC
of it in the database), so signing out or disabling a user ends access at once on every worker,
which a self-contained signed cookie cannot do. This module only adapts it to HTTP.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from fastapi import Response
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from access.sessions import COOKIE_NAME, CSRF_FORM_FIELD, CSRF_HEADER, Session, SessionStore, cookie_params
from access.tables import create_tables
from assistant.settings import Settings
from records.database import make_engine

__all__ = ["COOKIE_NAME", "CSRF_FORM_FIELD", "CSRF_HEADER", "SessionBook", "WebSession", "build_sessions"]


class SessionBook(Protocol):
    """What the web layer needs from a session store."""

    def create(self, username: str) -> Session: ...
    def get(self, token: str | None) -> Session | None: ...
    def revoke(self, token: str) -> None: ...


@dataclass(frozen=True)
class WebSession:
    """A signed-in request: who, their CSRF token, and the cookie that proves it."""

    username: str
    csrf_token: str
    token: str
    principal: dict[str, object]

    @property
    def role(self) -> str:
        return str(self.principal.get("role", ""))

    @property
    def display_name(self) -> str:
        return str(self.principal.get("display_name") or self.username)


def build_sessions(settings: Settings) -> SessionBook:
    """The session store over the application database (its tables created if missing)."""
    url = make_url(settings.db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.db_url)
    try:
        create_tables(engine)
    except OperationalError:
        create_tables(engine)  # another worker created a table between our check and our CREATE
    lifetime = dt.timedelta(hours=settings.auth.session_hours)
    return SessionStore(engine, settings.auth.session_secret.get_secret_value(), lifetime, lambda: dt.datetime.now(dt.UTC))


def set_session_cookie(response: Response, session: Session, settings: Settings) -> None:
    max_age = int(settings.auth.session_hours * 3600)
    response.set_cookie(**cookie_params(session.token, max_age_s=max_age, secure=settings.auth.secure_cookies))


def clear_session_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(COOKIE_NAME, path="/", httponly=True, samesite="strict", secure=settings.auth.secure_cookies)
