import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from assistant.settings import Settings
from caseassist.cli import app

runner = CliRunner()


def test_defaults_and_nested_environment_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CASEASSIST_HOME", str(tmp_path / "h"))
    monkeypatch.setenv("CASEASSIST_OLLAMA__BASE_URL", "http://gpu-box:11434")
    monkeypatch.setenv("CASEASSIST_RETRIEVAL__TOP_K", "5")
    settings = Settings()
    assert settings.env == "dev"
    assert settings.home == tmp_path / "h"
    assert settings.ollama.base_url == "http://gpu-box:11434"
    assert settings.retrieval.top_k == 5
    assert settings.db_url == f"sqlite:///{(tmp_path / 'h' / 'caseassist.db').resolve()}"


def test_default_home_is_dot_caseassist(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEASSIST_HOME")
    assert Settings().home == Path(".caseassist")


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, ["CASEASSIST_REDACTION__VAULT_KEY", "CASEASSIST_AUTH__SESSION_SECRET"]),
        ({"CASEASSIST_REDACTION__VAULT_KEY": "k" * 40}, ["CASEASSIST_AUTH__SESSION_SECRET"]),
        ({"CASEASSIST_AUTH__SESSION_SECRET": "s" * 40}, ["CASEASSIST_REDACTION__VAULT_KEY"]),
    ],
)
def test_prod_refuses_default_secrets(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], missing: list[str]) -> None:
    monkeypatch.setenv("CASEASSIST_ENV", "prod")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as raised:
        Settings()
    for name in missing:
        assert name in str(raised.value)


def test_prod_starts_with_real_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEASSIST_ENV", "prod")
    monkeypatch.setenv("CASEASSIST_REDACTION__VAULT_KEY", "k" * 40)
    monkeypatch.setenv("CASEASSIST_AUTH__SESSION_SECRET", "s" * 40)
    assert Settings().env == "prod"


def test_config_command_masks_secrets_and_url_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEASSIST_REDACTION__VAULT_KEY", "vault-secret-123")
    monkeypatch.setenv("CASEASSIST_DATABASE_URL", "postgresql://audit:pg-secret-456@db:5432/caseassist")
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 0, result.output
    assert "vault-secret-123" not in result.output and "pg-secret-456" not in result.output
    shown = json.loads(result.stdout.split("\n# ")[0])
    assert shown["redaction"]["vault_key"] == "********"
    assert shown["database_url"] == "postgresql://audit:********@db:5432/caseassist"


def test_config_command_refuses_prod_defaults_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEASSIST_ENV", "prod")
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 2
    assert "refuses the development default secrets" in result.stderr
    assert "Traceback" not in result.output


def test_fingerprint_changes_with_behaviour_not_with_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    base = Settings().fingerprint()
    monkeypatch.setenv("CASEASSIST_HOME", str(tmp_path / "elsewhere"))
    assert Settings().fingerprint() == base
    monkeypatch.setenv("CASEASSIST_RETRIEVAL__TOP_K", "3")
    assert Settings().fingerprint() != base


def test_a_home_that_is_a_file_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    database = tmp_path / "caseassist.db"
    database.write_text("")
    monkeypatch.setenv("CASEASSIST_HOME", str(database))
    result = runner.invoke(app, ["ask", "--as", "someone", "what happened?"])
    assert result.exit_code == 2
    assert "CASEASSIST_HOME must be a folder" in result.output and "Traceback" not in result.output
