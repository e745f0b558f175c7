"""Who may see what: users, roles, grants, the store filter and the audit trail.

`access.build(settings.db_url, settings.auth)` gives the `AccessControl` service the wiring point
hands to every path. The import is deferred so that `access.scope`, which retrieval imports, does
not pull in the database and password-hashing libraries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from access.control import AccessControl, AuthConfig, Clock


def build(db_url: str, auth: AuthConfig, clock: Clock | None = None) -> AccessControl:
    """The access service over the application database (tables created if missing)."""
    from access.control import build as _build
    from access.control import utc_now

    return _build(db_url, auth, clock or utc_now)
