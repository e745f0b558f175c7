"""The audit trail, conversations, users, grants and sessions on a real PostgreSQL server.

Issue #5 and #6 promise these stores on PostgreSQL "so several workers can serve one user". Here
that is taken literally: two engines on one database stand for two workers, and concurrent audit
appends come from separate processes. Where the same behaviour is promised on both backends the
test is parametrised over SQLite and PostgreSQL. The server runs in a +05:30 time zone so a time
that is not normalised to UTC fails a comparison (tests/postgres_fixtures.py).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from sqlalchemy import Engine, insert, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from access.audit import GENESIS, Action, AuditLog, Outcome, row_hash
from access.control import AccessControl, build
from access.tables import audit_log, create_tables
from assistant.conversations import ConversationStore, Turn
from assistant.settings import AuthSettings
from records.database import make_engine, postgres_driver
from tests.access_fixtures import CASES, PASSWORD, USERS, Clock, cheap_hasher
from tests.postgres_fixtures import (
    PostgresCluster,
    append_audit_rows,
    free_port,
    open_conversation_stores,
    postgres_cluster,  # noqa: F401  (the session's server, used through pg_cluster)
    postgres_url,  # noqa: F401  (a fresh database, used through pg_url and db_url)
)
from tests.test_access_audit import ROWS, TAMPERING, fill

LATE_EVENING = dt.datetime(2026, 7, 14, 23, 30, 15, 123456, tzinfo=dt.UTC)
"""Summer time, microseconds, and already the next day in the server's zone: three ways to drift."""
WRITERS, APPENDS = 4, 50


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'app.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def pg_cluster(request: pytest.FixtureRequest) -> PostgresCluster:
    """The session's PostgreSQL server."""
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    """A fresh database on the session's PostgreSQL server."""
    url: str = request.getfixturevalue("postgres_url")
    return url


def audit_log_on(url: str, clock: Callable[[], dt.datetime]) -> AuditLog:
    engine = make_engine(url)
    create_tables(engine)
    return AuditLog(engine, clock)


def filled(url: str) -> AuditLog:
    """ROWS asks, one a minute, as tests/test_access_audit.py writes them on SQLite."""
    clock = Clock()
    return fill(audit_log_on(url, clock), clock)


class SqliteStyle:
    """The slice of `sqlite3.Connection` the shared tampering cases use, over psycopg:
    `?` placeholders and rows that `dict()` accepts, so the SQLite cases run unchanged."""

    row_factory: object = None

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Any = ()) -> psycopg.Cursor[dict[str, Any]]:
        return self._conn.cursor(row_factory=dict_row).execute(sql.replace("?", "%s"), params)


def libpq(url: str) -> str:
    """A SQLAlchemy URL as psycopg's own connect string."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


# --- the audit trail ----------------------------------------------------------------------------


def test_an_untouched_trail_verifies_on_postgres(pg_url: str) -> None:
    log = filled(pg_url)
    result = log.verify()
    assert (result.ok, result.rows_checked, result.broken_seq) == (True, ROWS, None)
    assert result.head_hash == log.query()[-1].row_hash


DISABLE_APPEND_ONLY = "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET question = 'x' WHERE seq = 2", "DELETE FROM audit_log WHERE seq = 2", "TRUNCATE audit_log"],
)
def test_postgres_refuses_to_rewrite_history_even_for_the_owner(pg_url: str, statement: str) -> None:
    log = filled(pg_url)
    with psycopg.connect(libpq(pg_url)) as conn, pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        conn.execute(statement)
    assert log.verify().ok


@pytest.mark.parametrize(("change", "broken_row", "problem"), TAMPERING, ids=[t[0].__name__ for t in TAMPERING])
def test_tampering_on_postgres_is_caught_at_the_first_broken_row(
    pg_url: str, change: Callable[[Any], None], broken_row: int, problem: str
) -> None:
    log = filled(pg_url)
    with psycopg.connect(libpq(pg_url)) as conn:
        conn.execute(DISABLE_APPEND_ONLY)  # as the owner would, before editing history
        change(SqliteStyle(conn))
    result = log.verify()
    assert (result.ok, result.broken_seq, result.rows_checked) == (False, broken_row, broken_row - 1)
    assert problem in (result.problem or "")


def test_query_narrows_on_postgres_as_on_sqlite(pg_url: str) -> None:
    log = filled(pg_url)
    log.record("u", Action.NOTE_VIEW, Outcome.ANSWERED, case_ids=["AB_1"])
    assert [e.seq for e in log.query(case_id="C1")] == [1, 4]
    assert [e.seq for e in log.query(username="user0")] == [2, 4, 6]
    assert [e.seq for e in log.query(since=Clock().now + dt.timedelta(minutes=5))] == [5, 6, 7]
    assert [e.case_ids for e in log.query(case_id="AB_1")] == [("AB_1",)]
    assert log.query(case_id="AB%") == []


@pytest.mark.slow  # spawns four Python processes
def test_appends_from_several_processes_leave_one_unbroken_chain(db_url: str) -> None:
    """As gunicorn/uvicorn workers would: separate processes, separate engines, started together."""
    audit_log_on(db_url, lambda: dt.datetime.now(dt.UTC))
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WRITERS)
    workers = [
        context.Process(target=append_audit_rows, args=(db_url, f"worker{n}", APPENDS, start)) for n in range(WRITERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [w.exitcode for w in workers] == [0] * WRITERS
    log = audit_log_on(db_url, lambda: dt.datetime.now(dt.UTC))
    result = log.verify()
    assert (result.ok, result.rows_checked) == (True, WRITERS * APPENDS), result.problem
    entries = log.query()
    for n in range(WRITERS):
        mine = [e.question for e in entries if e.username == f"worker{n}"]
        assert mine == [f"q{i}" for i in range(APPENDS)], f"worker{n} lost or reordered rows"


@pytest.mark.slow  # spawns four Python processes
def test_workers_starting_together_on_a_fresh_database_all_come_up(pg_cluster: PostgresCluster) -> None:
    """Concurrent CREATE TABLE on PostgreSQL fails in all but one worker unless creation is serialised."""
    databases = [pg_cluster.create_database() for _ in range(3)]
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WRITERS)
    workers = [context.Process(target=open_conversation_stores, args=(databases, start)) for _ in range(WRITERS)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=300)
    assert [w.exitcode for w in workers] == [0] * WRITERS


def test_a_writer_that_loses_the_race_retries_after_its_transaction_aborted(pg_url: str) -> None:
    """A writer without the advisory lock (a script, an older release in a rolling upgrade) holds
    row 1 uncommitted; our append blocks on it, gets a unique violation when it commits, and must
    retry in a fresh transaction, because PostgreSQL refuses every statement in an aborted one."""
    log = audit_log_on(pg_url, lambda: LATE_EVENING)
    rogue = make_engine(pg_url)
    row: dict[str, Any] = {
        "seq": 1,
        "at": LATE_EVENING.isoformat(timespec="microseconds"),
        "username": "script",
        "action": "search",
        "case_ids": "[]",
        "question": None,
        "note_ids": "[]",
        "answer_id": None,
        "prompt_version": None,
        "model": None,
        "outcome": "answered",
        "detail": "{}",
        "prev_hash": GENESIS,
    }
    row["row_hash"] = row_hash(row)
    appended: list[int] = []
    with rogue.connect() as conn, conn.begin():
        conn.execute(insert(audit_log).values(**row))
        racer = threading.Thread(target=lambda: appended.append(log.record("ann", Action.ASK, Outcome.ANSWERED).seq))
        racer.start()
        _wait_for_a_blocked_backend(rogue)
    racer.join(timeout=30)
    assert appended == [2]
    result = log.verify()
    assert (result.ok, result.rows_checked) == (True, 2)


def _wait_for_a_blocked_backend(engine: Engine) -> None:
    with engine.connect() as conn:
        for _ in range(200):
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            ).scalar_one()
            if waiting:
                return
            time.sleep(0.05)
    pytest.fail("the racing append never blocked on the uncommitted row")


# --- two workers on one database ----------------------------------------------------------------


def worker(url: str, clock: Clock) -> AccessControl:
    """What one web worker builds: its own engine over the shared database."""
    return build(url, AuthSettings(), clock, hasher=cheap_hasher())


@pytest.fixture
def two_workers(db_url: str) -> Iterator[tuple[AccessControl, AccessControl, Clock]]:
    clock = Clock(LATE_EVENING)
    one = worker(db_url, clock)
    one.users.upsert_imported(USERS)
    one.catalog.upsert(CASES)
    one.set_password("adam", "ann", PASSWORD)
    yield one, worker(db_url, clock), clock


def test_a_session_opened_on_one_worker_is_honoured_and_ended_on_the_other(
    two_workers: tuple[AccessControl, AccessControl, Clock],
) -> None:
    one, two, _ = two_workers
    login = one.auth.login("ann", PASSWORD, "10.0.0.1")
    assert login.session is not None
    seen = two.auth.session(login.session.token)
    assert seen is not None and seen.expires_at == LATE_EVENING + dt.timedelta(hours=8)
    two.disable_user("adam", "ann")
    assert one.auth.principal_for(login.session.token) is None


def test_a_lockout_counted_on_both_workers_locks_both(two_workers: tuple[AccessControl, AccessControl, Clock]) -> None:
    one, two, clock = two_workers
    for attempt in range(AuthSettings().max_failed_logins):
        assert not (one if attempt % 2 else two).auth.login("ann", "wrong password!!", f"10.0.0.{attempt}").ok
    info = one.users.info("ann")
    assert info is not None and info.locked_until == LATE_EVENING + dt.timedelta(minutes=AuthSettings().lockout_minutes)
    assert not two.auth.login("ann", PASSWORD, "10.0.1.1").ok
    clock.advance(minutes=AuthSettings().lockout_minutes, seconds=1)
    assert one.auth.login("ann", PASSWORD, "10.0.1.1").ok


def test_a_grant_given_on_one_worker_opens_and_closes_the_case_on_the_other(
    two_workers: tuple[AccessControl, AccessControl, Clock],
) -> None:
    one, two, _ = two_workers
    assert "C-SOUTH" not in two.scope("bob").case_ids
    grant = one.grant("adam", "bob", "C-SOUTH", 7, "duty cover while carl is on leave")
    assert "C-SOUTH" in two.scope("bob").case_ids
    listed = [view for view in two.list_grants() if view.grant.grant_id == grant.grant_id]
    assert [(v.status, v.grant.granted_at, v.grant.expires_at) for v in listed] == [
        ("active", LATE_EVENING, LATE_EVENING + dt.timedelta(days=7))
    ]
    two.revoke_grant("adam", grant.grant_id)
    assert "C-SOUTH" not in one.scope("bob").case_ids


def audit_time(one: AccessControl, two: AccessControl) -> dt.datetime:
    one.audit.record("ann", Action.SEARCH, Outcome.ANSWERED)
    return two.audit.query()[-1].at


def grant_time(one: AccessControl, two: AccessControl) -> dt.datetime | None:
    granted = two.grants.get(one.grant("adam", "bob", "C-SOUTH", 1, "cover for a day").grant_id)
    return None if granted is None else granted.granted_at


def session_expiry(one: AccessControl, two: AccessControl) -> dt.datetime | None:
    opened = one.auth.login("ann", PASSWORD, "10.0.0.1").session
    seen = two.auth.session(None if opened is None else opened.token)
    return None if seen is None else seen.expires_at


STORED_TIMES: list[tuple[Callable[[AccessControl, AccessControl], dt.datetime | None], dt.datetime]] = [
    (audit_time, LATE_EVENING),
    (grant_time, LATE_EVENING),
    (session_expiry, LATE_EVENING + dt.timedelta(hours=8)),
]


@pytest.mark.parametrize(("read", "expected"), STORED_TIMES, ids=[t[0].__name__ for t in STORED_TIMES])
def test_times_come_back_as_the_same_utc_instant(
    two_workers: tuple[AccessControl, AccessControl, Clock],
    read: Callable[[AccessControl, AccessControl], dt.datetime | None],
    expected: dt.datetime,
) -> None:
    """Written by one worker, read by the other: equal instants, zero offset, the same ISO text."""
    one, two, _ = two_workers
    found = read(one, two)
    assert found is not None
    assert (found, found.utcoffset(), found.isoformat()) == (expected, dt.timedelta(0), expected.isoformat())


def test_conversations_saved_by_one_worker_are_listed_resumed_and_deleted_by_another(db_url: str) -> None:
    ticks = iter(LATE_EVENING + dt.timedelta(seconds=n) for n in range(100))
    clock = lambda: next(ticks)  # noqa: E731
    one, two = ConversationStore(make_engine(db_url), clock), ConversationStore(make_engine(db_url), clock)
    started = one.start("ann", "C-OPEN", "When was the strategy discussion?")
    assert one.add_turn(
        "ann", started.id, Turn("When was it?", "When was the strategy discussion?", "On 4 March [1].", {"n": 1})
    )
    listed = two.list("ann")
    assert [(c.id, c.case_id, c.created_at.isoformat()) for c in listed] == [
        (started.id, "C-OPEN", LATE_EVENING.isoformat())
    ]
    assert two.add_turn("ann", started.id, Turn("Who attended?", "Who attended it?", "The DSL [2].", {"n": 2}))
    resumed = one.get("ann", started.id)
    assert resumed is not None and [t.answer_json for t in resumed.turns] == [{"n": 1}, {"n": 2}]
    assert resumed.updated_at == LATE_EVENING + dt.timedelta(
        seconds=2
    ) and resumed.updated_at.utcoffset() == dt.timedelta(0)
    assert two.get("bob", started.id) is None and not two.delete("bob", started.id)
    assert two.delete("ann", started.id)
    assert one.list("ann") == [] and one.get("ann", started.id) is None


# --- configuration ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgresql://app:pw@db:5432/caseassist", "postgresql+psycopg://app:pw@db:5432/caseassist"),
        ("postgres://app@db/caseassist", "postgresql+psycopg://app@db/caseassist"),
        ("postgresql+psycopg://app@db/caseassist", "postgresql+psycopg://app@db/caseassist"),
        ("postgresql+psycopg2://app@db/caseassist", "postgresql+psycopg2://app@db/caseassist"),
        ("sqlite:////srv/caseassist.db", "sqlite:////srv/caseassist.db"),
    ],
)
def test_a_postgres_url_without_a_driver_means_psycopg_3(given: str, used: str) -> None:
    assert postgres_driver(given) == used


def test_an_unreachable_postgres_is_one_line_with_the_password_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    from caseassist.cli import app

    monkeypatch.setenv(
        "CASEASSIST_DATABASE_URL", f"postgresql://caseassist:s3cret-pw@127.0.0.1:{free_port()}/caseassist"
    )
    result = CliRunner().invoke(app, ["audit", "verify"])
    assert result.exit_code == 2, result.output
    assert "cannot open the database postgresql://caseassist:********@127.0.0.1" in result.stderr
    assert "s3cret-pw" not in result.output and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


# --- the command line and the whole service on PostgreSQL ---------------------------------------


def test_audit_verify_and_show_work_against_postgres(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from caseassist.cli import app

    filled(pg_url).record("gina", Action.LOGIN, Outcome.ANSWERED)
    worker(pg_url, Clock()).users.upsert_imported(USERS)
    monkeypatch.setenv("CASEASSIST_DATABASE_URL", pg_url)
    runner = CliRunner()
    shown = runner.invoke(app, ["audit", "show", "--as", "gina", "--case", "C1", "--json"])
    assert shown.exit_code == 0, shown.output
    assert [row["seq"] for row in json.loads(shown.stdout)] == [1, 4]
    intact = runner.invoke(app, ["audit", "verify"])
    assert intact.exit_code == 0, intact.output
    assert f"intact: {ROWS + 2} rows" in intact.stdout  # the reading itself was audited
    with psycopg.connect(libpq(pg_url)) as conn:
        conn.execute(DISABLE_APPEND_ONLY)
        conn.execute("DELETE FROM audit_log WHERE seq = 3")
    broken = runner.invoke(app, ["audit", "verify"])
    assert broken.exit_code == 1
    assert "BROKEN at row 3: row 3 is missing" in broken.stderr


@pytest.mark.slow
def test_the_service_wired_from_settings_runs_on_postgres(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Import, ask, audit verify and the conversation list, with CASEASSIST_DATABASE_URL as the only change."""
    from tests.service_fixtures import build_demo_service

    monkeypatch.setenv("CASEASSIST_DATABASE_URL", pg_url)
    demo = build_demo_service(tmp_path / "home", ("DEMO-7-0001",))
    assert demo.settings.db_url == pg_url
    answer = demo.service.ask("sfrancis", "When was the strategy discussion?", case_id="DEMO-7-0001")
    assert not answer["refused"] and {c["case_id"] for c in answer["citations"]} == {"DEMO-7-0001"}
    listed = demo.service.conversations("sfrancis")
    assert [c["id"] for c in listed] == [answer["conversation_id"]]
    assert demo.service.conversations("edoran") == []
    verified = demo.service.audit_verify("zwood")
    assert verified is not None and verified["ok"]
    with psycopg.connect(libpq(pg_url)) as conn:
        tables = {row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        asks = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'ask' AND username = 'sfrancis'").fetchone()
    assert {"audit_log", "conversations", "access_users"} <= tables
    assert asks == (1,)
    assert not (tmp_path / "home" / "caseassist.db").exists(), "nothing may fall back to the SQLite file"


def test_the_documented_grants_let_the_application_append_but_not_rewrite_history(pg_url: str) -> None:
    """The SQL in docs/access.md, run as written: the app role works normally but cannot edit the trail."""
    docs = (Path(__file__).resolve().parent.parent / "docs" / "access.md").read_text(encoding="utf-8")
    grants = docs.split("```sql\n", 1)[1].split("```", 1)[0]
    owner = worker(pg_url, Clock(LATE_EVENING))
    owner.users.upsert_imported(USERS)
    owner.catalog.upsert(CASES)
    ConversationStore(make_engine(pg_url))
    role = f"app_{make_url(pg_url).database}"
    with psycopg.connect(libpq(pg_url), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")  # a name made by the fixture
        conn.execute(grants.replace("caseassist_app", role))
    app_url = make_url(pg_url).set(username=role).render_as_string(hide_password=False)
    app = worker(app_url, Clock(LATE_EVENING))
    app.grant("adam", "bob", "C-SOUTH", 7, "duty cover while carl is on leave")
    conversation = ConversationStore(make_engine(app_url)).start("ann", None, "Who is the GP?")
    assert app.audit.verify().ok and conversation.id
    with psycopg.connect(libpq(app_url), autocommit=True) as conn:
        for statement in (
            "UPDATE audit_log SET username = 'x' WHERE seq = 1",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
