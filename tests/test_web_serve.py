"""`caseassist serve`: a mistake in how it is started ends with one line and exit code 2."""

from __future__ import annotations

import socket

import pytest
from typer.testing import CliRunner

from caseassist.cli import app


def test_a_port_in_use_is_one_clear_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}: address already in use" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["serve", "--port", "70000"], "65535"), (["serve", "--host", "no-such-host.invalid", "--port", "8123"], "unknown host")],
)
def test_bad_addresses_are_refused_before_anything_loads(args: list[str], expected: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and expected in result.output


def test_prod_refuses_development_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEASSIST_ENV", "prod")
    result = CliRunner().invoke(app, ["serve", "--port", "8124"])
    assert result.exit_code == 2 and "CASEASSIST_AUTH__SESSION_SECRET" in result.output
