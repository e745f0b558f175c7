"""The keyword index: SQLite FTS5 over the same pseudonymised chunks the vector store holds.

Exact words matter in case work (a name-free phrase like "A&E", an NHS abbreviation, "s47") and
embeddings blur them, so hybrid retrieval pairs vectors with BM25. The access scope is pushed into
the SQL (access.scope.sql_where) so rows outside it are never read, let alone ranked.

It lives in its own SQLite file because FTS5 is SQLite-only, while the application database may
be PostgreSQL. `secure_delete` is on so deleted rows are overwritten in place rather than left in
free pages; `compact()` merges the FTS segments and vacuums the file (docs/ingest.md).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from access.scope import Scope, sql_where
from retrieval.types import Chunk

_SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS chunk_fts USING fts5("
    "chunk_id UNINDEXED, note_id UNINDEXED, case_id UNINDEXED, sensitivity UNINDEXED, day UNINDEXED, "
    "title, body, tokenize = 'porter unicode61')",
    "CREATE TABLE IF NOT EXISTS keyword_generation (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)",
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


_PHRASE = re.compile(r"\"([^\"]*)\"")


def match_expression(query: str) -> str | None:
    """A safe FTS5 MATCH expression: every word quoted (no operator injection), any word may match.

    A span in double quotes is one FTS5 phrase, its words in that order: expansion writes a long
    form that way ("independent domestic violence adviser"), so a note saying IDVA is not outranked
    by every note that says "independent" or "violence" somewhere.
    """
    terms: list[str] = []
    for index, part in enumerate(_PHRASE.split(query)):
        words = [word.replace('"', "") for word in _WORD.findall(part)]
        if index % 2 and len(words) > 1:
            terms.append('"' + " ".join(words) + '"')
        else:
            terms.extend(f'"{word}"' for word in words)
    return " OR ".join(terms) if terms else None


class KeywordIndex:
    """BM25 search over chunk titles and bodies, scoped inside the query."""

    def __init__(self, path: Path) -> None:
        self._path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            for statement in _SCHEMA:
                conn.execute(statement)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self._path, timeout=30)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            with conn:
                yield conn
        finally:
            conn.close()

    def upsert(self, chunks: Sequence[Chunk]) -> None:
        """Replace these chunks' rows (by chunk id) in one transaction."""
        if not chunks:
            return
        with self._connect() as conn:
            conn.executemany("DELETE FROM chunk_fts WHERE chunk_id = ?", [(c.chunk_id,) for c in chunks])
            conn.executemany(
                "INSERT INTO chunk_fts (chunk_id, note_id, case_id, sensitivity, day, title, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(c.chunk_id, c.note_id, c.case_id, c.sensitivity, c.date.toordinal(), c.title, c.text) for c in chunks],
            )
            self._bump(conn)

    def delete_ids(self, chunk_ids: Sequence[str]) -> int:
        return self._delete("chunk_id", chunk_ids)

    def delete_notes(self, note_ids: Sequence[str]) -> int:
        return self._delete("note_id", note_ids)

    def delete_case(self, case_id: str) -> int:
        return self._delete("case_id", [case_id])

    def _delete(self, column: str, values: Sequence[str]) -> int:
        if not values:
            return 0
        with self._connect() as conn:
            removed = sum(
                conn.execute(f"DELETE FROM chunk_fts WHERE {column} = ?", (value,)).rowcount for value in set(values)
            )
            if removed:
                self._bump(conn)
        return removed

    def search(
        self,
        query: str,
        scope: Scope,
        k: int,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[tuple[str, float]]:
        """Chunk ids and BM25 scores (higher is better) inside `scope`; nothing for an empty scope."""
        expression = match_expression(query)
        if scope.is_empty or expression is None or k <= 0:
            return []
        condition, params = sql_where(scope)
        params.update({"match": expression, "k": k})
        sql = f"SELECT chunk_id, -bm25(chunk_fts, 0, 0, 0, 0, 0, 2.0, 1.0) AS score FROM chunk_fts WHERE chunk_fts MATCH :match AND {condition}"
        if date_from is not None:
            sql += " AND day >= :day_from"
            params["day_from"] = date_from.toordinal()
        if date_to is not None:
            sql += " AND day <= :day_to"
            params["day_to"] = date_to.toordinal()
        sql += " ORDER BY score DESC, chunk_id LIMIT :k"
        with self._connect() as conn:
            return [(str(row[0]), float(row[1])) for row in conn.execute(sql, params)]

    def count(self) -> int:
        with self._connect() as conn:
            return int(conn.execute("SELECT count(*) FROM chunk_fts").fetchone()[0])

    def chunk_ids(self, case_id: str | None = None) -> list[str]:
        with self._connect() as conn:
            if case_id is None:
                rows = conn.execute("SELECT chunk_id FROM chunk_fts ORDER BY chunk_id")
            else:
                rows = conn.execute("SELECT chunk_id FROM chunk_fts WHERE case_id = ? ORDER BY chunk_id", (case_id,))
            return [str(row[0]) for row in rows]

    def generation(self) -> int:
        with self._connect() as conn:
            row = conn.execute("SELECT value FROM keyword_generation WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def compact(self) -> None:
        """Merge FTS segments (dropping deleted tokens) and rewrite the file without free pages."""
        with self._connect() as conn:
            conn.execute("INSERT INTO chunk_fts (chunk_fts) VALUES ('optimize')")
        conn = sqlite3.connect(self._path, timeout=30)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
        finally:
            conn.close()

    @staticmethod
    def _bump(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO keyword_generation (id, value) VALUES (1, 1) "
            "ON CONFLICT(id) DO UPDATE SET value = value + 1"
        )
