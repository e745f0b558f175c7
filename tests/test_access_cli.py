"""The access commands as an operator uses them: one clear line and exit 2 on every mistake."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner, Result

from access.audit import Action, Outcome
from access.control import AccessControl, build
from assistant.settings import Settings
from caseassist.commands import access as access_commands
from tests.access_fixtures import CASES, PASSWORD, USERS


def app() -> typer.Typer:
    root = typer.Typer()

    @root.callback()
    def _root() -> None:
        """Root for the test app."""

    access_commands.register(root)
    return root


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app(), list(args), input=stdin)


def service() -> AccessControl:
    """The same database the commands open (CASEASSIST_HOME is per test)."""
    current = Settings()
    return build(current.db_url, current.auth)


@pytest.fixture
def seeded() -> AccessControl:
    control = service()
    control.users.upsert_imported(USERS)
    control.catalog.upsert(CASES)
    return control


def assert_one_line_error(result: Result, text: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert text in result.stderr
    assert "Traceback" not in result.output


def test_bootstrap_an_admin_then_a_worker_with_a_password() -> None:
    first = run("user", "add", "root", "--display-name", "Root Admin", "--role", "admin")
    assert first.exit_code == 0, first.output
    added = run(
        "user",
        "add",
        "sam",
        "--display-name",
        "Sam Worker",
        "--role",
        "social_worker",
        "--team",
        "North",
        "--team",
        "East",
        "--as",
        "root",
    )
    assert added.exit_code == 0, added.output
    assert run("user", "set-password", "sam", stdin=PASSWORD + "\n").exit_code == 0
    control = service()
    assert control.auth.login("sam", PASSWORD, "127.0.0.1").ok
    sam = control.users.principal("sam")
    assert sam is not None and sam.teams == frozenset({"North", "East"})
    changes = [
        (e.username, e.detail["change"], e.detail["user"]) for e in control.audit.query(action=Action.USER_ADMIN)
    ]
    assert changes[0][0].startswith("os:")
    assert changes[1:] == [("root", "add", "sam"), (changes[2][0], "set-password", "sam")]


@pytest.mark.parametrize(
    ("args", "stdin", "error"),
    [
        (
            ["user", "add", "ann", "--display-name", "Ann", "--role", "social_worker", "--team", "North"],
            None,
            "already exists",
        ),
        (["user", "add", "zed", "--display-name", "Zed", "--role", "social_worker"], None, "needs at least one --team"),
        (
            ["user", "add", "zed", "--display-name", "Zed", "--role", "admin", "--as", "ann"],
            None,
            "only an active admin",
        ),
        (["user", "set-password", "ann"], "short\n", "too short"),
        (["user", "set-password", "ann"], "", "no password on stdin"),
        (["user", "set-password", "nobody"], PASSWORD + "\n", "unknown user 'nobody'"),
        (["user", "disable", "nobody"], None, "unknown user 'nobody'"),
        (
            ["grant", "tom", "C-OPEN", "--days", "3", "--reason", "duty cover week", "--as", "tess"],
            None,
            "only an active admin",
        ),
        (
            ["grant", "tom", "C-NOPE", "--days", "3", "--reason", "duty cover week", "--as", "adam"],
            None,
            "unknown case 'C-NOPE'",
        ),
        (
            ["grant", "bob", "C-RESTRICTED", "--days", "3", "--reason", "duty cover week", "--as", "adam"],
            None,
            "is restricted",
        ),
        (
            ["grant", "tom", "C-OPEN", "--days", "400", "--reason", "duty cover week", "--as", "adam"],
            None,
            "--days must be",
        ),
        (["revoke-grant", "99", "--as", "adam"], None, "unknown grant 99"),
        (["audit", "show", "--as", "ann"], None, "only an active governance lead or admin"),
        (["audit", "show", "--as", "gina", "--since", "last tuesday"], None, "--since: 'last tuesday' is not a date"),
    ],
)
def test_mistakes_end_with_one_line_and_exit_2(
    seeded: AccessControl, args: list[str], stdin: str | None, error: str
) -> None:
    assert_one_line_error(run(*args, stdin=stdin), error)


def test_grant_then_list_then_revoke(seeded: AccessControl) -> None:
    given = run("grant", "tom", "C-OPEN", "--days", "3", "--reason", "duty cover while ann is on leave", "--as", "adam")
    assert given.exit_code == 0, given.output
    assert "grant 1: tom may read case C-OPEN until" in given.stdout
    listed = json.loads(run("grants", "--json").stdout)
    assert [(g["grant_id"], g["user"], g["case_id"], g["status"], g["granted_by"]) for g in listed] == [
        (1, "tom", "C-OPEN", "active", "adam")
    ]
    assert service().case_scope("tom", "C-OPEN").standard_cases == frozenset({"C-OPEN"})
    assert run("revoke-grant", "1", "--as", "adam").exit_code == 0
    assert json.loads(run("grants", "--json").stdout)[0]["status"] == "revoked"
    assert json.loads(run("grants", "--json", "--active").stdout) == []
    assert service().case_scope("tom", "C-OPEN").is_empty


def test_disable_removes_all_access(seeded: AccessControl) -> None:
    assert not service().scope("ann").is_empty
    assert run("user", "disable", "ann", "--as", "adam").exit_code == 0
    assert service().scope("ann").is_empty


def test_audit_show_filters_and_records_the_reading(seeded: AccessControl) -> None:
    seeded.audit.record(
        "ann", Action.ASK, Outcome.ANSWERED, case_ids=["C-OPEN"], question="who is PERSON_2?", note_ids=["N1"]
    )
    seeded.audit.record("tom", Action.SEARCH, Outcome.REFUSED, case_ids=["C-OPEN"])
    seeded.audit.record("tom", Action.CHRONOLOGY, Outcome.ANSWERED, case_ids=["C-SOUTH"])
    shown = run("audit", "show", "--as", "gina", "--case", "C-OPEN", "--json")
    assert shown.exit_code == 0, shown.output
    assert [(r["user"], r["action"], r["outcome"]) for r in json.loads(shown.stdout)] == [
        ("ann", "ask", "answered"),
        ("tom", "search", "refused"),
    ]
    by_user = json.loads(run("audit", "show", "--as", "adam", "--user", "tom", "--json").stdout)
    assert [r["action"] for r in by_user] == ["search", "chronology"]
    assert json.loads(run("audit", "show", "--as", "gina", "--since", "2999-01-01", "--json").stdout) == []
    text = run("audit", "show", "--as", "gina", "--user", "ann")
    assert "ask" in text.stdout and "who is PERSON_2?" in text.stdout
    readings = service().audit.query(action=Action.AUDIT_VIEW)
    assert [r.username for r in readings] == ["gina", "adam", "gina", "gina"]


def test_an_unusable_database_url_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEASSIST_DATABASE_URL", "postgresql://u:secretpw@127.0.0.1:1/x")
    result = run("grants")
    assert_one_line_error(result, "cannot open the database postgresql://u:********@127.0.0.1:1/x")
    assert "secretpw" not in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["user", "add"],
        ["user", "set-password"],
        ["user", "disable"],
        ["user", "list"],
        ["grant"],
        ["revoke-grant"],
        ["grants"],
        ["audit", "verify"],
        ["audit", "show"],
    ],
)
def test_every_command_has_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_user_list_never_shows_password_hashes(seeded: AccessControl) -> None:
    seeded.set_password("adam", "ann", PASSWORD)
    listed = run("user", "list", "--json")
    assert listed.exit_code == 0
    assert "argon2" not in listed.stdout
    ann = next(u for u in json.loads(listed.stdout) if u["username"] == "ann")
    assert (ann["has_password"], ann["active"], ann["role"]) == (True, True, "social_worker")
