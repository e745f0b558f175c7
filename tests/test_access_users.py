"""Users, passwords, lockout, throttling, sessions, CSRF and SSO against a real SQLite database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from access.audit import Action
from access.auth import LOGIN_FAILED, LOGIN_THROTTLED, UNKNOWN_USER
from access.control import AccessControl
from access.errors import AccessError
from access.sessions import COOKIE_NAME, cookie_params
from records.models import Role, User
from tests.access_fixtures import PASSWORD, Clock, seeded


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def control(tmp_path: Path, clock: Clock) -> AccessControl:
    built = seeded(tmp_path, clock, max_failed_logins=3, lockout_minutes=15, max_failed_logins_per_client=5)
    built.set_password("adam", "ann", PASSWORD)
    return built


def login_rows(control: AccessControl) -> list[tuple[str, str, str]]:
    return [(e.username, e.outcome, e.detail.get("reason", "")) for e in control.audit.query(action=Action.LOGIN)]


def test_the_right_password_opens_a_session(control: AccessControl) -> None:
    result = control.auth.login("ann", PASSWORD, "10.0.0.1")
    assert result.ok and result.session is not None
    principal = control.auth.principal_for(result.session.token)
    assert principal is not None and principal.username == "ann"
    assert login_rows(control) == [("ann", "answered", "")]


@pytest.mark.parametrize(
    ("username", "password", "audited_as", "reason"),
    [
        ("ann", "wrong password here", "ann", "wrong password"),
        ("nobody", PASSWORD, UNKNOWN_USER, "unknown user"),
        ("bob", PASSWORD, "bob", "no password set"),
        ("", PASSWORD, UNKNOWN_USER, "unknown user"),
    ],
)
def test_failed_logins_look_the_same_and_are_audited(
    control: AccessControl, username: str, password: str, audited_as: str, reason: str
) -> None:
    result = control.auth.login(username, password, "10.0.0.1")
    assert (result.ok, result.message) == (False, LOGIN_FAILED)
    assert login_rows(control) == [(audited_as, "refused", reason)]


def test_an_unknown_username_is_not_written_to_the_audit_trail(control: AccessControl) -> None:
    control.auth.login(PASSWORD, PASSWORD, "10.0.0.1")  # a password typed into the username field
    assert all(PASSWORD not in str(e.as_dict()) for e in control.audit.query())


def test_repeated_failures_lock_the_account_then_it_unlocks(control: AccessControl, clock: Clock) -> None:
    for _ in range(3):
        assert not control.auth.login("ann", "not the password", "10.0.0.1").ok
    assert [row[2] for row in login_rows(control)] == [
        "wrong password",
        "wrong password",
        "wrong password; account now locked",
    ]
    locked = control.auth.login("ann", PASSWORD, "10.0.0.2")
    assert (locked.ok, locked.message) == (False, LOGIN_FAILED)
    assert login_rows(control)[-1] == ("ann", "refused", "account locked")
    clock.advance(minutes=14)
    assert not control.auth.login("ann", PASSWORD, "10.0.0.2").ok
    clock.advance(minutes=2)
    assert control.auth.login("ann", PASSWORD, "10.0.0.2").ok


def test_a_success_resets_the_failure_count(control: AccessControl) -> None:
    for _ in range(2):
        control.auth.login("ann", "not the password", "10.0.0.1")
    assert control.auth.login("ann", PASSWORD, "10.0.0.1").ok
    for _ in range(2):
        control.auth.login("ann", "not the password", "10.0.0.1")
    assert control.auth.login("ann", PASSWORD, "10.0.0.1").ok


def test_one_client_is_throttled_across_usernames(control: AccessControl, clock: Clock) -> None:
    for name in ["u1", "u2", "u3", "u4", "u5"]:
        control.auth.login(name, "guess guess guess", "10.6.6.6")
    throttled = control.auth.login("ann", PASSWORD, "10.6.6.6")
    assert (throttled.ok, throttled.message) == (False, LOGIN_THROTTLED)
    assert control.auth.login("ann", PASSWORD, "10.0.0.9").ok
    clock.advance(minutes=16)
    assert control.auth.login("ann", PASSWORD, "10.6.6.6").ok


def test_disabling_ends_sessions_and_blocks_login(control: AccessControl) -> None:
    session = control.auth.login("ann", PASSWORD, "10.0.0.1").session
    assert session is not None
    control.disable_user("adam", "ann")
    assert control.auth.principal_for(session.token) is None
    assert not control.auth.login("ann", PASSWORD, "10.0.0.1").ok
    assert login_rows(control)[-1] == ("ann", "refused", "account disabled")
    assert control.scope("ann").is_empty


def test_a_new_password_ends_old_sessions(control: AccessControl) -> None:
    session = control.auth.login("ann", PASSWORD, "10.0.0.1").session
    assert session is not None
    control.set_password("adam", "ann", "another long passphrase")
    assert control.auth.principal_for(session.token) is None
    assert not control.auth.login("ann", PASSWORD, "10.0.0.1").ok
    assert control.auth.login("ann", "another long passphrase", "10.0.0.1").ok


def test_sessions_expire_and_log_out(control: AccessControl, clock: Clock) -> None:
    first = control.auth.login("ann", PASSWORD, "10.0.0.1").session
    second = control.auth.login("ann", PASSWORD, "10.0.0.1").session
    assert first is not None and second is not None and first.token != second.token
    control.auth.logout(first.token)
    assert control.auth.principal_for(first.token) is None
    assert control.auth.principal_for(second.token) is not None
    clock.advance(hours=8)
    assert control.auth.principal_for(second.token) is None


@pytest.mark.parametrize("token", [None, "", "forged-token", "x" * 200])
def test_unknown_tokens_have_no_principal(control: AccessControl, token: str | None) -> None:
    assert control.auth.principal_for(token) is None


def test_the_database_never_holds_the_cookie_value(control: AccessControl, tmp_path: Path) -> None:
    session = control.auth.login("ann", PASSWORD, "10.0.0.1").session
    assert session is not None
    assert session.token.encode() not in (tmp_path / "access.db").read_bytes()


def test_csrf_token_is_per_session_and_checked(control: AccessControl) -> None:
    first = control.auth.login("ann", PASSWORD, "10.0.0.1").session
    second = control.auth.login("ann", PASSWORD, "10.0.0.1").session
    assert first is not None and second is not None
    stored = control.auth.session(first.token)
    assert stored is not None and stored.csrf_ok(first.csrf_token)
    for wrong in (None, "", second.csrf_token):
        assert not stored.csrf_ok(wrong)


@pytest.mark.parametrize(
    ("header", "headers", "expected"),
    [
        ("X-Remote-User", {"x-remote-user": "ann"}, "ann"),
        ("X-Remote-User", {"X-REMOTE-USER": " ann "}, "ann"),
        ("X-Remote-User", {"x-remote-user": "nobody"}, None),
        ("X-Remote-User", {"x-remote-user": ""}, None),
        ("X-Remote-User", {"x-other": "ann"}, None),
        (None, {"x-remote-user": "ann"}, None),
    ],
)
def test_sso_header_only_when_configured_and_for_known_users(
    tmp_path: Path, clock: Clock, header: str | None, headers: dict[str, str], expected: str | None
) -> None:
    control = seeded(tmp_path, clock, trusted_user_header=header)
    result = control.auth.login_trusted(headers, "127.0.0.1")
    got = control.auth.principal_for(result.session.token) if result.session else None
    assert (got.username if got else None) == expected


def test_sso_refuses_a_disabled_user(tmp_path: Path, clock: Clock) -> None:
    control = seeded(tmp_path, clock, trusted_user_header="X-Remote-User")
    control.disable_user("adam", "ann")
    assert not control.auth.login_trusted({"X-Remote-User": "ann"}, "127.0.0.1").ok


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short", "too short"),
        (" leading space password", "whitespace"),
        ("x" * 1025, "too long"),
    ],
)
def test_weak_or_odd_passwords_are_refused(control: AccessControl, password: str, problem: str) -> None:
    with pytest.raises(AccessError, match=problem):
        control.set_password("adam", "bob", password)


def test_import_updates_roles_but_keeps_password_and_disabled_flag(control: AccessControl) -> None:
    control.disable_user("adam", "bob")
    control.users.upsert_imported(
        [
            User(username="ann", display_name="Ann Renamed", role=Role.TEAM_MANAGER, teams=["South"]),
            User(username="bob", display_name="Bob", role=Role.SOCIAL_WORKER, teams=["North"]),
        ]
    )
    ann = control.users.principal("ann")
    assert ann is not None and (ann.role, ann.teams, ann.display_name) == (
        Role.TEAM_MANAGER,
        frozenset({"South"}),
        "Ann Renamed",
    )
    assert control.auth.login("ann", PASSWORD, "10.0.0.1").ok
    bob = control.users.principal("bob")
    assert bob is not None and not bob.active


@pytest.mark.parametrize(
    ("username", "role", "teams", "problem"),
    [
        ("ann", Role.SOCIAL_WORKER, ["North"], "already exists"),
        ("new user", Role.SOCIAL_WORKER, ["North"], "invalid username"),
        ("", Role.ADMIN, [], "invalid username"),
        ("newsw", Role.SOCIAL_WORKER, [], "needs at least one --team"),
    ],
)
def test_add_user_refuses_bad_input(
    control: AccessControl, username: str, role: Role, teams: list[str], problem: str
) -> None:
    with pytest.raises(AccessError, match=problem):
        control.add_user("adam", username, "Some Name", role, teams)


def test_authenticate_checks_like_login_without_opening_a_session(control: AccessControl, tmp_path: Path) -> None:
    principal = control.auth.authenticate("ann", PASSWORD, "10.0.0.1")
    assert principal is not None and principal.username == "ann"
    assert control.auth.authenticate("ann", "wrong wrong wrong", "10.0.0.1") is None
    assert login_rows(control) == [("ann", "answered", ""), ("ann", "refused", "wrong password")]
    db = sqlite3.connect(tmp_path / "access.db")
    assert db.execute("SELECT count(*) FROM access_sessions").fetchone() == (0,)
    db.close()


@pytest.mark.parametrize(("secure", "expected_secure"), [(True, True), (False, False)])
def test_cookie_params_fit_starlette_set_cookie(secure: bool, expected_secure: bool) -> None:
    from starlette.responses import Response

    response = Response()
    response.set_cookie(**cookie_params("tok", max_age_s=3600, secure=secure))
    header = response.headers["set-cookie"]
    assert header.startswith(f"{COOKIE_NAME}=tok;")
    assert "HttpOnly" in header and "SameSite=strict" in header and "Max-Age=3600" in header
    assert ("Secure" in header) is expected_secure
