"""`caseassist demo-accounts`: demo users can sign in after `make run`, never in prod."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.settings import Settings
from assistant.wiring import build_access
from caseassist.cli import app
from records.models import User
from records.synthetic.actors import DEMO_PASSWORD
from tests.records_fixtures import USERS, write_users

runner = CliRunner()


def _import_users(settings: Settings) -> None:
    build_access(settings).users.upsert_imported([User.model_validate(u) for u in USERS])


def test_demo_users_sign_in_with_the_demo_password(tmp_path: Path) -> None:
    settings = Settings()
    _import_users(settings)
    access = build_access(settings)
    access.set_password("test", "bkhan", "her own password")
    result = runner.invoke(app, ["demo-accounts", str(write_users(tmp_path / "users.json"))])
    assert result.exit_code == 0, result.output
    assert access.users.verify_password("asmith", DEMO_PASSWORD) is not None
    assert access.users.verify_password("bkhan", DEMO_PASSWORD) is None, "an existing password is kept"


def test_refused_in_prod(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEASSIST_ENV", "prod")
    monkeypatch.setenv("CASEASSIST_REDACTION__VAULT_KEY", "k" * 40)
    monkeypatch.setenv("CASEASSIST_AUTH__SESSION_SECRET", "s" * 40)
    result = runner.invoke(app, ["demo-accounts", str(write_users(tmp_path / "users.json"))])
    assert result.exit_code == 2
    assert "development only" in result.stderr


def test_users_must_be_imported_first(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo-accounts", str(write_users(tmp_path / "users.json"))])
    assert result.exit_code == 2
    assert "has not been imported" in result.stderr
