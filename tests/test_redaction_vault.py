"""The vault against a real SQLite database: round trip, replace, delete, wrong key, wrong case."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from records.database import make_engine
from redaction import Vault, VaultKeyError

ENTRIES = {"[CHILD]": "Amelia Khan-Smith", "[MOTHER]": "Zoë Khan", "[PHONE 1]": "07700 900123"}


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'app.db'}"


def test_round_trip_and_replace(db_url: str) -> None:
    vault = Vault(make_engine(db_url), "key-one")
    vault.save("CASE-1", ENTRIES)
    assert vault.load("CASE-1") == ENTRIES
    vault.save("CASE-1", {"[CHILD]": "Amelia Khan"})
    assert vault.load("CASE-1") == {"[CHILD]": "Amelia Khan"}
    assert vault.load("CASE-2") == {}


def test_values_are_encrypted_at_rest(db_url: str) -> None:
    engine = make_engine(db_url)
    Vault(engine, "key-one").save("CASE-1", ENTRIES)
    with engine.connect() as conn:
        raw = b"".join(row[0] for row in conn.execute(text("SELECT sealed FROM redaction_vault")))
    for value in ENTRIES.values():
        assert value.encode() not in raw
    assert b"Amelia" not in raw


def test_wrong_key_is_refused_with_a_clear_error(db_url: str) -> None:
    engine = make_engine(db_url)
    Vault(engine, "key-one").save("CASE-1", ENTRIES)
    with pytest.raises(VaultKeyError, match="CASEASSIST_REDACTION__VAULT_KEY"):
        Vault(engine, "key-two").load("CASE-1")


def test_entries_are_bound_to_their_case(db_url: str) -> None:
    engine = make_engine(db_url)
    vault = Vault(engine, "key-one")
    vault.save("CASE-1", ENTRIES)
    with engine.begin() as conn:
        conn.execute(text("UPDATE redaction_vault SET case_id = 'CASE-2' WHERE case_id = 'CASE-1'"))
    with pytest.raises(VaultKeyError):
        vault.load("CASE-2")


def test_delete(db_url: str) -> None:
    vault = Vault(make_engine(db_url), "key-one")
    vault.save("CASE-1", ENTRIES)
    vault.delete("CASE-1")
    assert vault.load("CASE-1") == {}


def test_empty_key_is_refused(db_url: str) -> None:
    with pytest.raises(ValueError, match="VAULT_KEY"):
        Vault(make_engine(db_url), "")
