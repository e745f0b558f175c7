"""The per-case vault: token -> real value, encrypted at rest, outside the vector index.

Values are sealed with AES-GCM under a key derived (HKDF-SHA256) from settings.redaction.vault_key,
with the case id as associated data so a row copied to another case does not decrypt. A wrong key
fails loudly with VaultKeyError; it never returns garbage.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Column, Engine, LargeBinary, MetaData, String, Table, delete, insert, select

_METADATA = MetaData()
VAULT_TABLE = Table(
    "redaction_vault",
    _METADATA,
    Column("case_id", String(128), primary_key=True),
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
        _METADATA.create_all(engine, tables=[VAULT_TABLE])

    def save(self, case_id: str, entries: Mapping[str, str]) -> None:
        """Replace the case's entries in one transaction."""
        nonce = os.urandom(_NONCE_BYTES)
        plain = json.dumps(dict(entries), ensure_ascii=False, sort_keys=True).encode()
        sealed = nonce + self._aead.encrypt(nonce, plain, case_id.encode())
        with self.engine.begin() as conn:
            conn.execute(delete(VAULT_TABLE).where(VAULT_TABLE.c.case_id == case_id))
            conn.execute(insert(VAULT_TABLE).values(case_id=case_id, sealed=sealed))

    def load(self, case_id: str) -> dict[str, str]:
        """The case's entries; {} for a case never saved."""
        with self.engine.connect() as conn:
            sealed = conn.execute(
                select(VAULT_TABLE.c.sealed).where(VAULT_TABLE.c.case_id == case_id)
            ).scalar_one_or_none()
        if sealed is None:
            return {}
        try:
            plain = self._aead.decrypt(sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], case_id.encode())
        except InvalidTag:
            raise VaultKeyError(
                f"the vault key cannot open case {case_id}'s pseudonyms: CASEASSIST_REDACTION__VAULT_KEY differs from "
                "the key they were saved with"
            ) from None
        entries: dict[str, str] = json.loads(plain)
        return entries

    def delete(self, case_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(VAULT_TABLE).where(VAULT_TABLE.c.case_id == case_id))
