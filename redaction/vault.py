"""The per-case vault: token -> real value, encrypted at rest, outside the vector index; and each
note's surfaces (how its tokens were written, redaction.surfaces), one sealed row per note.

Values are sealed with AES-GCM under a key derived (HKDF-SHA256) from settings.redaction.vault_key,
with the case id as associated data so a row copied to another case does not decrypt (a surfaces row
also binds its note id). A wrong key
fails loudly with VaultKeyError; it never returns garbage.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Column, Engine, LargeBinary, MetaData, String, Table, delete, insert, select

from redaction.surfaces import NoteSurfaces

_METADATA = MetaData()
VAULT_TABLE = Table(
    "redaction_vault",
    _METADATA,
    Column("case_id", String(128), primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
)
SURFACES_TABLE = Table(
    "redaction_surfaces",
    _METADATA,
    Column("case_id", String(128), primary_key=True),
    Column("note_id", String(256), primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
)
_INFO = b"caseassist redaction vault v1"
_NONCE_BYTES = 12


class VaultKeyError(Exception):
    """The vault key does not open this case's entries: the key was changed or is wrong."""


class Vault:
    def __init__(self, engine: Engine, key: str) -> None:
        if not key:
            raise ValueError("the vault key is empty: set CASEASSIST_REDACTION__VAULT_KEY")
        self.engine = engine
        self._aead = AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(key.encode()))
        _METADATA.create_all(engine, tables=[VAULT_TABLE, SURFACES_TABLE])

    def save(self, case_id: str, entries: Mapping[str, str]) -> None:
        """Replace the case's entries in one transaction."""
        nonce = os.urandom(_NONCE_BYTES)
        plain = json.dumps(dict(entries), ensure_ascii=False, sort_keys=True).encode()
        sealed = nonce + self._aead.encrypt(nonce, plain, case_id.encode())
        with self.engine.begin() as conn:
            conn.execute(delete(VAULT_TABLE).where(VAULT_TABLE.c.case_id == case_id))
            conn.execute(insert(VAULT_TABLE).values(case_id=case_id, sealed=sealed))

    def load(self, case_id: str) -> CaseVault:
        """The case's entries ({} for a case never saved), able to read and write its notes' surfaces."""
        with self.engine.connect() as conn:
            sealed = conn.execute(
                select(VAULT_TABLE.c.sealed).where(VAULT_TABLE.c.case_id == case_id)
            ).scalar_one_or_none()
        if sealed is None:
            return CaseVault(self, case_id, {})
        entries: dict[str, str] = json.loads(self._open(sealed, case_id.encode(), case_id))
        return CaseVault(self, case_id, entries)

    def delete(self, case_id: str) -> None:
        """The case's entries and every surface of its notes."""
        with self.engine.begin() as conn:
            conn.execute(delete(VAULT_TABLE).where(VAULT_TABLE.c.case_id == case_id))
            conn.execute(delete(SURFACES_TABLE).where(SURFACES_TABLE.c.case_id == case_id))

    def save_surfaces(self, case_id: str, notes: Sequence[NoteSurfaces]) -> None:
        """Replace these notes' surfaces in one transaction (a re-imported note's old ones go)."""
        if not notes:
            return
        rows = [{"case_id": case_id, "note_id": note.note_id, "sealed": self._seal(note.to_json(), _bound(case_id, note.note_id))} for note in notes]
        with self.engine.begin() as conn:
            conn.execute(
                delete(SURFACES_TABLE).where(
                    SURFACES_TABLE.c.case_id == case_id, SURFACES_TABLE.c.note_id.in_([note.note_id for note in notes])
                )
            )
            conn.execute(insert(SURFACES_TABLE), rows)

    def load_surfaces(self, case_id: str, note_ids: Sequence[str]) -> dict[str, NoteSurfaces]:
        """The surfaces recorded for these notes of the case; a note without any is absent."""
        wanted = sorted(set(note_ids))
        if not wanted:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(SURFACES_TABLE.c.note_id, SURFACES_TABLE.c.sealed).where(
                    SURFACES_TABLE.c.case_id == case_id, SURFACES_TABLE.c.note_id.in_(wanted)
                )
            ).all()
        return self._opened(case_id, rows)

    def load_case_surfaces(self, case_id: str) -> dict[str, NoteSurfaces]:
        """The surfaces of every note of the case: how its notes wrote each token (`case_aliases`)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(SURFACES_TABLE.c.note_id, SURFACES_TABLE.c.sealed).where(SURFACES_TABLE.c.case_id == case_id)
            ).all()
        return self._opened(case_id, rows)

    def _opened(self, case_id: str, rows: Sequence[Any]) -> dict[str, NoteSurfaces]:
        return {
            note_id: NoteSurfaces.from_json(self._open(sealed, _bound(case_id, note_id), case_id)) for note_id, sealed in rows
        }

    def delete_surfaces(self, case_id: str, note_ids: Sequence[str] | None = None) -> int:
        """Forget these notes' surfaces (every note of the case when None); returns how many rows went."""
        condition = SURFACES_TABLE.c.case_id == case_id
        if note_ids is not None:
            condition = condition & SURFACES_TABLE.c.note_id.in_(sorted(set(note_ids)))
        with self.engine.begin() as conn:
            return int(conn.execute(delete(SURFACES_TABLE).where(condition)).rowcount or 0)

    def _seal(self, plain: str, bound: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plain.encode(), bound)

    def _open(self, sealed: bytes, bound: bytes, case_id: str) -> str:
        try:
            return self._aead.decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], bound).decode()
        except InvalidTag:
            raise VaultKeyError(
                f"the vault key cannot open case {case_id}'s pseudonyms: CASEASSIST_REDACTION__VAULT_KEY differs from "
                "the key they were saved with"
            ) from None


class CaseVault(dict[str, str]):
    """One case's token -> value entries (a plain dict to every reader), plus its notes' surfaces.

    Returned by Vault.load so every display path that already loads a case's vault can also reach
    the surfaces of the notes it shows, read on demand (one small decrypt per note), without a second
    seam through the wiring.
    """

    def __init__(self, vault: Vault, case_id: str, entries: Mapping[str, str]) -> None:
        super().__init__(entries)
        self._vault = vault
        self.case_id = case_id

    def note_surfaces(self, note_ids: Sequence[str]) -> dict[str, NoteSurfaces]:
        return self._vault.load_surfaces(self.case_id, note_ids)

    def case_surfaces(self) -> dict[str, NoteSurfaces]:
        return self._vault.load_case_surfaces(self.case_id)

    def save_note_surfaces(self, notes: Sequence[NoteSurfaces]) -> None:
        self._vault.save_surfaces(self.case_id, notes)

    def forget_note_surfaces(self, note_ids: Sequence[str]) -> int:
        return self._vault.delete_surfaces(self.case_id, note_ids)


def _bound(case_id: str, note_id: str) -> bytes:
    """Associated data of a surfaces row: a row copied to another note or case does not decrypt."""
    return json.dumps([case_id, note_id]).encode()
