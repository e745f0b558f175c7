"""A throwaway PostgreSQL server for the store tests, started from the machine's own binaries.

One cluster per test session (initdb costs seconds), one fresh database per test. The server
listens on 127.0.0.1 on a free port with its socket in the cluster's temporary directory, so it
never meets a system PostgreSQL. initdb and postgres refuse to run as root, so under root they
run as the `postgres` system account that Debian's package creates.

Missing binaries FAIL the tests instead of skipping them: a skipped backend would pass CI
silently. `make test` installs Debian's `postgresql` when `/usr/lib/postgresql/*/bin/initdb` is
absent; `server_bindir` looks there and at `pg_config --bindir`.

The server runs with a non-UTC time zone (`TIME_ZONE`) so a store that forgets to normalise a
timestamp to UTC shows up as a failing comparison rather than passing by coincidence.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

MISSING = "PostgreSQL server binaries not found: `make test` installs Debian's postgresql"
TIME_ZONE = "Asia/Kolkata"
"""+05:30 all year: any timestamp left in the server's zone differs visibly from UTC."""
_SERVER_TOOLS = ("initdb", "pg_ctl", "postgres")
_SYSTEM_USER = "postgres"
_SUPERUSER = "postgres"


def server_bindir() -> Path | None:
    """The directory holding initdb, pg_ctl and postgres, or None.

    `pg_config --bindir` first (it names the server when one is installed, but libpq-dev alone
    also ships pg_config, hence the check for the tools), then the newest Debian version.
    """
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if found.returncode == 0 and found.stdout.strip():
            candidates.append(Path(found.stdout.strip()))
    debian = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(debian, key=lambda p: _major(p.parent.name), reverse=True)
    for directory in candidates:
        if all((directory / tool).is_file() for tool in _SERVER_TOOLS):
            return directory
    return None


def _major(version: str) -> int:
    return int(version) if version.isdigit() else -1


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresCluster:
    """A private PostgreSQL server: `start`, `create_database` as often as needed, `stop`."""

    bindir: Path
    root: Path
    port: int = 0
    durable: bool = False
    """False turns fsync and synchronous commit off: tests do not survive power cuts anyway."""
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.root / "data"

    def start(self) -> None:
        as_other_user = os.geteuid() == 0
        if as_other_user:
            _require_system_user()
            shutil.chown(self.root, user=_SYSTEM_USER, group=_SYSTEM_USER)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            _SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        )
        self.port = self.port or free_port()
        options = ["-c listen_addresses=127.0.0.1", f"-p {self.port}", f"-k {self.root}", f"-c timezone={TIME_ZONE}"]
        if not self.durable:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            " ".join(options),
            "start",
        )

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{_SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"caseassist_test_{next(self._names)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={_SUPERUSER} dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # our own counter, never input
        return self.url(name)

    def log_tail(self, lines: int = 30) -> str:
        log = self.root / "server.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def _run(self, tool: str, *args: str) -> None:
        command: Sequence[str] = [str(self.bindir / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", _SYSTEM_USER, "--", *command]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()}\n{self.log_tail()}")


def _require_system_user() -> None:
    try:
        pwd.getpwnam(_SYSTEM_USER)
    except KeyError:
        pytest.fail(f"running as root needs the {_SYSTEM_USER!r} system user for initdb: {MISSING}")


def start_cluster(*, durable: bool = False) -> PostgresCluster:
    """A started cluster in a fresh temporary directory (FAILS the test when the server is missing)."""
    bindir = server_bindir()
    if bindir is None:
        pytest.fail(MISSING)
    cluster = PostgresCluster(bindir, Path(tempfile.mkdtemp(prefix="caseassist-pg-")), durable=durable)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(cluster.root, ignore_errors=True)
        raise
    return cluster


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """A fresh, empty database on the session's cluster, as a `postgresql+psycopg://` URL."""
    return postgres_cluster.create_database()


def append_audit_rows(url: str, writer: str, count: int, start: Any) -> None:
    """One worker process's appends (`start` is a multiprocessing barrier, so all begin at once).

    Module-level and light on imports, because spawned processes import it afresh.
    """
    import datetime as dt

    from access.audit import Action, AuditLog, Outcome
    from records.database import make_engine

    log = AuditLog(make_engine(url), lambda: dt.datetime.now(dt.UTC))
    start.wait(timeout=120)
    for i in range(count):
        log.record(writer, Action.SEARCH, Outcome.ANSWERED, question=f"q{i}")


def open_conversation_stores(urls: Sequence[str], start: Any) -> None:
    """One worker process starting up on each fresh database in turn, in step with the others:
    the access tables (with the audit trail's append-only trigger) and the conversation store."""
    from access.tables import create_tables
    from assistant.conversations import ConversationStore
    from records.database import make_engine

    for url in urls:
        start.wait(timeout=120)
        engine = make_engine(url)
        create_tables(engine)
        ConversationStore(engine)
