"""One SQLAlchemy engine for the application database (users, grants, audit, conversations,
case catalogue, vault): SQLite under CASEASSIST_HOME by default, PostgreSQL by URL.

What differs between the two backends lives here, so the stores above stay backend-blind:
SQLite gets its pragmas; PostgreSQL URLs without a driver get psycopg 3 (the `postgres` extra),
and `serialised` / `create_schema` give both the same "one writer at a time" guarantee where a
store needs it (SQLite has a single writer anyway; PostgreSQL takes a transaction-scoped
advisory lock).
"""

from __future__ import annotations

import zlib
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, create_engine, event, func, select

_PLAIN_POSTGRES = ("postgresql", "postgres")


def make_engine(url: str) -> Engine:
    """An engine with SQLite tuned for several readers and one writer (WAL, foreign keys).

    `postgresql://` and `postgres://` (no driver named) mean psycopg 3: SQLAlchemy's own default
    would be psycopg2, which the `postgres` extra does not install.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(postgres_driver(url), pool_pre_ping=True)


def postgres_driver(url: str) -> str:
    """`url` with psycopg 3 named as the driver when it names PostgreSQL without one."""
    scheme, separator, rest = url.partition("://")
    if separator and scheme in _PLAIN_POSTGRES:
        return f"postgresql+psycopg://{rest}"
    return url


def lock_key(name: str) -> int:
    """A stable 32-bit advisory-lock key for a name (the same in every process and release)."""
    return zlib.crc32(f"caseassist:{name}".encode())


def serialised(conn: Connection, name: str) -> None:
    """Make the rest of `conn`'s transaction the only one holding `name` until it ends.

    On PostgreSQL a transaction-scoped advisory lock: later writers queue behind it and read
    the state it committed, so nothing is lost and nobody retries. On SQLite the database
    already admits one writer at a time, so nothing is done here.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(lock_key(name))))


def create_schema(engine: Engine, metadata: MetaData) -> None:
    """Create `metadata`'s missing tables, safe when several workers start at once.

    PostgreSQL's `CREATE TABLE` is not idempotent under concurrency (two workers both see the
    table missing and the second fails on the catalogue's unique index), so creation is
    serialised; a worker that waited finds the tables there and creates nothing.
    """
    with engine.begin() as conn:
        serialised(conn, "schema")
        metadata.create_all(conn, checkfirst=True)
