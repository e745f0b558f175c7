"""The audit trail: rows chain by hash; editing, deleting or reordering one is caught and named."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from access.audit import Action, AuditLog, Outcome, row_hash
from access.tables import create_tables
from caseassist.commands import access as access_commands
from records.database import make_engine
from tests.access_fixtures import NOW, Clock

ROWS = 6


def audit_at(path: Path, clock: Clock | None = None) -> AuditLog:
    engine = make_engine(f"sqlite:///{path}")
    create_tables(engine)
    return AuditLog(engine, clock or Clock())


def filled(path: Path) -> AuditLog:
    clock = Clock()
    return fill(audit_at(path, clock), clock)


def fill(log: AuditLog, clock: Any) -> AuditLog:
    """ROWS asks, one a minute: the trail the tampering cases edit (shared with the PostgreSQL tests)."""
    for i in range(1, ROWS + 1):
        clock.advance(minutes=1)
        log.record(
            f"user{i % 2}",
            Action.ASK,
            Outcome.ANSWERED,
            case_ids=[f"C{i % 3}"],
            question=f"what did PERSON_{i} say?",
            note_ids=[f"N{i}"],
            answer_id=f"A{i}",
            prompt_version="answer.v1",
            model="stand-in",
        )
    return log


def edit_question(db: sqlite3.Connection) -> None:
    db.execute("UPDATE audit_log SET question = 'something else' WHERE seq = 3")


def edit_outcome(db: sqlite3.Connection) -> None:
    db.execute("UPDATE audit_log SET outcome = 'refused' WHERE seq = 3")


def edit_note_ids(db: sqlite3.Connection) -> None:
    db.execute("""UPDATE audit_log SET note_ids = '["N999"]' WHERE seq = 3""")


def edit_and_rehash(db: sqlite3.Connection) -> None:
    """A careful tamperer recomputes the edited row's own hash: the next row still exposes it."""
    db.row_factory = sqlite3.Row
    row = dict(db.execute("SELECT * FROM audit_log WHERE seq = 3").fetchone())
    row["username"] = "someone-else"
    db.execute("UPDATE audit_log SET username = ?, row_hash = ? WHERE seq = 3", (row["username"], row_hash(row)))


def delete_row(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM audit_log WHERE seq = 3")


def delete_first_row(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM audit_log WHERE seq = 1")


def swap_rows(db: sqlite3.Connection) -> None:
    db.execute("UPDATE audit_log SET seq = -1 WHERE seq = 3")
    db.execute("UPDATE audit_log SET seq = 3 WHERE seq = 4")
    db.execute("UPDATE audit_log SET seq = 4 WHERE seq = -1")


def swap_rows_with_their_numbers(db: sqlite3.Connection) -> None:
    """Reordering whole rows, hashes included, and renumbering so seq stays contiguous."""
    db.row_factory = sqlite3.Row
    third = dict(db.execute("SELECT * FROM audit_log WHERE seq = 3").fetchone())
    fourth = dict(db.execute("SELECT * FROM audit_log WHERE seq = 4").fetchone())
    db.execute("DELETE FROM audit_log WHERE seq IN (3, 4)")
    for seq, row in ((3, fourth), (4, third)):
        row["seq"] = seq
        db.execute(f"INSERT INTO audit_log ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


TAMPERING: list[tuple[Callable[[sqlite3.Connection], None], int, str]] = [
    (edit_question, 3, "altered"),
    (edit_outcome, 3, "altered"),
    (edit_note_ids, 3, "altered"),
    (edit_and_rehash, 4, "does not follow row 3"),
    (delete_row, 3, "row 3 is missing"),
    (delete_first_row, 1, "row 1 is missing"),
    (swap_rows, 3, "does not follow row 2"),
    (swap_rows_with_their_numbers, 3, "does not follow row 2"),
]


def tamper(path: Path, change: Callable[[sqlite3.Connection], object]) -> None:
    """Change the file as someone with write access would: drop the append-only triggers first."""
    db = sqlite3.connect(path)
    with db:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("DROP TRIGGER audit_log_no_delete")
        change(db)
    db.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET question = 'x' WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = 2",
    ],
)
def test_sqlite_refuses_updates_and_deletes(tmp_path: Path, statement: str) -> None:
    path = tmp_path / "a.db"
    log = filled(path)
    db = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute(statement)
    db.close()
    assert log.verify().ok


def test_an_untouched_trail_verifies(tmp_path: Path) -> None:
    log = filled(tmp_path / "a.db")
    result = log.verify()
    assert (result.ok, result.rows_checked, result.broken_seq) == (True, ROWS, None)
    assert result.head_hash == log.query()[-1].row_hash


def test_an_empty_trail_verifies(tmp_path: Path) -> None:
    assert audit_at(tmp_path / "a.db").verify().ok


@pytest.mark.parametrize(("change", "broken_row", "problem"), TAMPERING, ids=[t[0].__name__ for t in TAMPERING])
def test_tampering_is_caught_at_the_first_broken_row(
    tmp_path: Path, change: Callable[[sqlite3.Connection], None], broken_row: int, problem: str
) -> None:
    path = tmp_path / "a.db"
    log = filled(path)
    tamper(path, change)
    result = log.verify()
    assert not result.ok
    assert result.broken_seq == broken_row
    assert problem in (result.problem or "")
    assert result.rows_checked == broken_row - 1


def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Root for the test app."""

    access_commands.register(app)
    return app


@pytest.mark.parametrize(("change", "broken_row", "problem"), TAMPERING[:1] + TAMPERING[4:5] + TAMPERING[6:7])
def test_audit_verify_command_names_the_broken_row(
    isolated_db: Path, change: Callable[[sqlite3.Connection], None], broken_row: int, problem: str
) -> None:
    filled(isolated_db)
    ok = CliRunner().invoke(cli(), ["audit", "verify"])
    assert ok.exit_code == 0, ok.output
    assert f"intact: {ROWS} rows" in ok.stdout
    tamper(isolated_db, change)
    broken = CliRunner().invoke(cli(), ["audit", "verify"])
    assert broken.exit_code == 1
    assert f"BROKEN at row {broken_row}:" in broken.stderr
    assert problem in broken.stderr


@pytest.fixture
def isolated_db(_isolated_home: Path) -> Path:
    """The SQLite file the CLI opens for this test's CASEASSIST_HOME."""
    _isolated_home.mkdir(parents=True, exist_ok=True)
    return (_isolated_home / "caseassist.db").resolve()


def test_query_narrows_by_case_user_time_and_limit(tmp_path: Path) -> None:
    log = filled(tmp_path / "a.db")
    assert [e.seq for e in log.query(case_id="C1")] == [1, 4]
    assert [e.seq for e in log.query(username="user0")] == [2, 4, 6]
    assert [e.seq for e in log.query(since=NOW + dt.timedelta(minutes=5))] == [5, 6]
    assert [e.seq for e in log.query(limit=2)] == [5, 6]
    assert log.query(case_id="C") == []


def test_case_filter_is_exact_even_for_like_wildcards(tmp_path: Path) -> None:
    log = audit_at(tmp_path / "a.db")
    log.record("u", Action.NOTE_VIEW, Outcome.ANSWERED, case_ids=["AB_1"])
    log.record("u", Action.NOTE_VIEW, Outcome.ANSWERED, case_ids=["ABX1"])
    assert [e.case_ids for e in log.query(case_id="AB_1")] == [("AB_1",)]
    assert [e.case_ids for e in log.query(case_id="AB%")] == []


def test_a_row_keeps_every_field_the_issue_lists(tmp_path: Path) -> None:
    log = audit_at(tmp_path / "a.db")
    log.record(
        "ann",
        Action.ASK,
        Outcome.REFUSED,
        case_ids=["C2", "C1", "C2"],
        question="is PERSON_1 safe?",
        note_ids=["N2", "N1", "N2"],
        answer_id="A9",
        prompt_version="answer.v1",
        model="llama3.1",
    )
    entry = log.query()[0]
    assert entry.as_dict() == {
        "seq": 1,
        "at": "2026-03-02T09:00:00+00:00",
        "user": "ann",
        "action": "ask",
        "outcome": "refused",
        "case_ids": ["C1", "C2"],
        "question": "is PERSON_1 safe?",
        "note_ids": ["N2", "N1"],
        "answer_id": "A9",
        "prompt_version": "answer.v1",
        "model": "llama3.1",
        "detail": {},
    }


def test_concurrent_writers_never_fork_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    audit_at(path)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        log = AuditLog(make_engine(f"sqlite:///{path}"), lambda: dt.datetime.now(dt.UTC))
        try:
            for i in range(15):
                log.record(name, Action.SEARCH, Outcome.ANSWERED, question=f"q{i}")
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = audit_at(path).verify()
    assert (result.ok, result.rows_checked) == (True, 60)


def test_an_anchor_catches_rows_removed_from_the_end(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    log = filled(path)
    anchor = log.verify().head_hash
    log.record("ann", Action.SEARCH, Outcome.ANSWERED)
    assert log.verify(anchor=anchor).ok
    tamper(path, lambda db: db.execute("DELETE FROM audit_log WHERE seq >= 5"))
    assert log.verify().ok  # the shortened chain is consistent on its own
    result = log.verify(anchor=anchor)
    assert not result.ok and result.broken_seq is None
    assert anchor in (result.problem or "")


def test_audit_verify_command_checks_an_anchor(isolated_db: Path) -> None:
    log = filled(isolated_db)
    anchor = log.verify().head_hash
    assert CliRunner().invoke(cli(), ["audit", "verify", "--anchor", anchor]).exit_code == 0
    tamper(isolated_db, lambda db: db.execute("DELETE FROM audit_log WHERE seq = 6"))
    result = CliRunner().invoke(cli(), ["audit", "verify", "--anchor", anchor])
    assert result.exit_code == 1
    assert "is no longer in the chain" in result.stderr
