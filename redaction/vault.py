"""The per-case vault: token -> real value, encrypted at rest, outside the vector index; each
note's surfaces (how its tokens were written, redaction.surfaces), one sealed row per note; and each
note's question aliases (redaction.surfaces.note_aliases), one sealed row per note that has any,
beside the note's sensitivity in clear so an asker's scope selects them inside the query.

Values are sealed with AES-GCM under a key derived (HKDF-SHA256) from settings.redaction.vault_key,
with the case id as associated data so a row copied to another case does not decrypt (a surfaces row
also binds its note id, an alias row its note id and sensitivity). A wrong key
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
from sqlalchemy import Column, Engine, LargeBinary, MetaData, String, Table, delete, insert, select, text

from redaction.surfaces import AliasPairs, NoteSurfaces, note_aliases

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
ALIASES_TABLE = Table(
    "redaction_question_aliases",
    _METADATA,
    Column("case_id", String(128), primary_key=True),
    Column("note_id", String(256), primary_key=True),
    Column("sensitivity", String(32), nullable=False),
    Column("sealed", LargeBinary, nullable=False),
)
ALIAS_CASES_TABLE = Table(
    "redaction_question_alias_cases",
    _METADATA,
    Column("case_id", String(128), primary_key=True),
)
"""Cases whose alias rows ingest built (session 13): a case imported before has none, which
`aliases_built` tells apart from a case whose notes give no alias."""
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
        _METADATA.create_all(engine, tables=[VAULT_TABLE, SURFACES_TABLE, ALIASES_TABLE, ALIAS_CASES_TABLE])

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
        """The case's entries and every surface and alias of its notes."""
        with self.engine.begin() as conn:
            for table in (VAULT_TABLE, SURFACES_TABLE, ALIASES_TABLE, ALIAS_CASES_TABLE):
                conn.execute(delete(table).where(table.c.case_id == case_id))

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

    def save_aliases(self, case_id: str, notes: Sequence[tuple[str, str, AliasPairs]]) -> None:
        """Replace these notes' alias rows ((note id, sensitivity, pairs); a note without pairs keeps
        no row) in one transaction, and record that the case's aliases are built."""
        rows = [
            {"case_id": case_id, "note_id": note_id, "sensitivity": sensitivity,
             "sealed": self._seal(json.dumps(pairs, ensure_ascii=False), _alias_bound(case_id, note_id, sensitivity))}
            for note_id, sensitivity, pairs in notes
            if pairs
        ]
        with self.engine.begin() as conn:
            conn.execute(
                delete(ALIASES_TABLE).where(
                    ALIASES_TABLE.c.case_id == case_id, ALIASES_TABLE.c.note_id.in_([note_id for note_id, _, _ in notes])
                )
            )
            if rows:
                conn.execute(insert(ALIASES_TABLE), rows)
            conn.execute(delete(ALIAS_CASES_TABLE).where(ALIAS_CASES_TABLE.c.case_id == case_id))
            conn.execute(insert(ALIAS_CASES_TABLE).values(case_id=case_id))

    def load_aliases(self, condition: str, params: Mapping[str, Any]) -> dict[str, list[AliasPairs]]:
        """The alias rows a scope's SQL condition selects (access.scope.sql_where over `case_id` and
        `sensitivity`), by case: one query, one small decrypt per note that has aliases at all. The
        condition is the only selection; nothing read here is filtered afterwards."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(ALIASES_TABLE.c.case_id, ALIASES_TABLE.c.note_id, ALIASES_TABLE.c.sensitivity, ALIASES_TABLE.c.sealed)
                .where(text(condition).bindparams(**params))
                .order_by(ALIASES_TABLE.c.case_id, ALIASES_TABLE.c.note_id)
            ).all()
        found: dict[str, list[AliasPairs]] = {}
        for case_id, note_id, sensitivity, sealed in rows:
            plain = self._open(sealed, _alias_bound(case_id, note_id, sensitivity), case_id)
            found.setdefault(case_id, []).append(tuple((str(word), str(token)) for word, token in json.loads(plain)))
        return found

    def aliases_built(self, case_ids: Sequence[str]) -> set[str]:
        """Which of these cases had their alias rows built by ingest (not imported before session 13)."""
        with self.engine.connect() as conn:
            return set(
                conn.execute(
                    select(ALIAS_CASES_TABLE.c.case_id).where(ALIAS_CASES_TABLE.c.case_id.in_(sorted(set(case_ids))))
                ).scalars()
            )

    def question_aliases(
        self, condition: str, params: Mapping[str, Any], case_ids: Sequence[str]
    ) -> tuple[dict[str, list[AliasPairs]], set[str]]:
        """The alias rows a scope's condition selects (`load_aliases`), and which of the scope's
        `case_ids` have their aliases built (`aliases_built`): what a question's pseudonymiser reads."""
        return self.load_aliases(condition, params), self.aliases_built(case_ids)

    def _opened(self, case_id: str, rows: Sequence[Any]) -> dict[str, NoteSurfaces]:
        return {
            note_id: NoteSurfaces.from_json(self._open(sealed, _bound(case_id, note_id), case_id)) for note_id, sealed in rows
        }

    def delete_surfaces(self, case_id: str, note_ids: Sequence[str] | None = None) -> int:
        """Forget these notes' surfaces and aliases (every note of the case when None); returns how
        many surfaces rows went."""
        aliases = ALIASES_TABLE.c.case_id == case_id
        condition = SURFACES_TABLE.c.case_id == case_id
        if note_ids is not None:
            condition = condition & SURFACES_TABLE.c.note_id.in_(sorted(set(note_ids)))
            aliases = aliases & ALIASES_TABLE.c.note_id.in_(sorted(set(note_ids)))
        with self.engine.begin() as conn:
            conn.execute(delete(ALIASES_TABLE).where(aliases))
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

    def save_note_surfaces(self, notes: Sequence[NoteSurfaces], sensitivities: Mapping[str, str] | None = None) -> None:
        """These notes' surfaces, and with `sensitivities` (note id -> the note's sensitivity) their
        question aliases too: an import passes them for every indexed note of the case."""
        self._vault.save_surfaces(self.case_id, notes)
        if sensitivities is not None:
            self._vault.save_aliases(
                self.case_id, [(note.note_id, sensitivities[note.note_id], note_aliases(note, self)) for note in notes]
            )

    def aliases_built(self) -> bool:
        """Whether ingest built this case's alias rows (False for a case imported before session 13)."""
        return self.case_id in self._vault.aliases_built([self.case_id])

    def forget_note_surfaces(self, note_ids: Sequence[str]) -> int:
        return self._vault.delete_surfaces(self.case_id, note_ids)


def _alias_bound(case_id: str, note_id: str, sensitivity: str) -> bytes:
    """Associated data of an alias row: a sensitivity edited in the clear column does not decrypt."""
    return json.dumps([case_id, note_id, sensitivity]).encode()


def _bound(case_id: str, note_id: str) -> bytes:
    """Associated data of a surfaces row: a row copied to another note or case does not decrypt."""
    return json.dumps([case_id, note_id]).encode()
