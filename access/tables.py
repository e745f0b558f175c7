"""The access tables in the application database, created idempotently by `create_tables`.

Nothing here holds case content or personal data about children and families: the case
catalogue carries only what the rules need (team, restricted flag, allocated worker, access list).
Times are stored in UTC; SQLite hands them back naive, so readers pass them through `utc`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    inspect,
    select,
)

from records.database import create_schema, serialised

metadata = MetaData()

cases = Table(
    "access_cases",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("team", String(200), nullable=False),
    Column("restricted", Boolean, nullable=False, default=False),
    Column("allocated_worker", String(128), nullable=False),
    Column("access_list", JSON, nullable=False),
    Column("status", String(40), nullable=False, default=""),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

case_members = Table(
    "access_case_members",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("username", String(128), primary_key=True),
    Index("ix_access_case_members_username", "username"),
)
"""Each case's access_list, one row per name, so "cases naming ann" is an indexed lookup."""

users = Table(
    "access_users",
    metadata,
    Column("username", String(128), primary_key=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(32), nullable=False),
    Column("teams", JSON, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("password_hash", String(255), nullable=True),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

grants = Table(
    "access_grants",
    metadata,
    Column("grant_id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(128), nullable=False, index=True),
    Column("case_id", String(128), nullable=False),
    Column("granted_by", String(128), nullable=False),
    Column("reason", Text, nullable=False),
    Column("granted_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("revoked_by", String(128), nullable=True),
)

sessions = Table(
    "access_sessions",
    metadata,
    Column("session_key", String(64), primary_key=True),
    Column("username", String(128), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

login_failures = Table(
    "access_login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_access_login_failures_client_at", "client", "at"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("username", String(128), nullable=False, index=True),
    Column("action", String(32), nullable=False),
    Column("case_ids", Text, nullable=False),
    Column("question", Text, nullable=True),
    Column("note_ids", Text, nullable=False),
    Column("answer_id", String(128), nullable=True),
    Column("prompt_version", String(128), nullable=True),
    Column("model", String(200), nullable=True),
    Column("outcome", String(16), nullable=False),
    Column("detail", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False, unique=True),
    Column("row_hash", String(64), nullable=False),
)


_SQLITE_APPEND_ONLY = [
    f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
]


_POSTGRES_APPEND_ONLY = [
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
]


def create_tables(engine: Engine) -> None:
    """Create whatever access table is missing; existing tables and rows are left alone.

    The audit table also gets triggers refusing UPDATE and DELETE (and TRUNCATE on PostgreSQL),
    so no code path (ours or a careless script) can change history; someone with owner rights can
    still drop them, which is what the hash chain is for. On PostgreSQL the application role should
    not own the tables at all (docs/access.md), so the trigger is created once, by the owner, and a
    worker that finds it present leaves it alone. Creation is serialised: several workers may start
    together on a fresh database.
    """
    had_members = inspect(engine).has_table(case_members.name)
    create_schema(engine, metadata)
    if not had_members:
        _backfill_members(engine)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            for statement in _SQLITE_APPEND_ONLY:
                conn.exec_driver_sql(statement)
        elif engine.dialect.name == "postgresql":
            serialised(conn, "schema")
            present = conn.exec_driver_sql(
                "SELECT 1 FROM pg_trigger WHERE tgname = 'audit_log_append_only' AND NOT tgisinternal"
            ).first()
            if present is None:
                for statement in _POSTGRES_APPEND_ONLY:
                    conn.exec_driver_sql(statement)


def _backfill_members(engine: Engine) -> None:
    """A catalogue written before the members table existed gets its access lists copied in."""
    with engine.begin() as conn:
        rows = [
            {"case_id": row.case_id, "username": username}
            for row in conn.execute(select(cases.c.case_id, cases.c.access_list))
            for username in sorted(set(row.access_list or ()))
        ]
        if rows:
            conn.execute(insert(case_members), rows)


def utc(value: dt.datetime) -> dt.datetime:
    """A stored time as an aware UTC datetime (SQLite drops the zone, PostgreSQL keeps it)."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utc_or_none(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else utc(value)
