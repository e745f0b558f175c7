"""Chronology test data: hand-made notes, a real SQLite note store with the scope in its query,
and a real AccessControl with one user per access rule that matters to a chronology."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np
from sqlalchemy import Column, Date, Engine, MetaData, String, Table, Text, create_engine, insert, text

from access.control import AccessControl
from access.control import build as build_access
from access.rules import CaseAccess
from access.scope import EmptyScopeError, Scope, sql_where
from assistant.settings import AuthSettings
from records.models import Role
from retrieval.embedding import OllamaEmbedder
from retrieval.exact import ExactCaseCache
from retrieval.keyword_index import KeywordIndex
from retrieval.retriever import HybridRetriever
from retrieval.types import Chunk, NoteRecord
from tests.retrieval_fixtures import DIM, chroma_index, unit

CASE = "C-100"
OTHER_CASE = "C-200"
TEAM = "North"


def note(
    note_id: str,
    date: str,
    note_type: str,
    text_: str,
    *,
    title: str = "",
    case_id: str = CASE,
    raw_type: str | None = None,
    sensitivity: str = "standard",
) -> NoteRecord:
    return NoteRecord(
        note_id=note_id,
        case_id=case_id,
        date=dt.date.fromisoformat(date),
        note_type=note_type,
        raw_type=raw_type or note_type.replace("_", " ").title(),
        title=title,
        text=text_,
        author_role="social_worker",
        sensitivity=sensitivity,
    )


_metadata = MetaData()
_notes = Table(
    "chronology_test_notes",
    _metadata,
    Column("note_id", String, primary_key=True),
    Column("case_id", String, nullable=False),
    Column("date", Date, nullable=False),
    Column("note_type", String, nullable=False),
    Column("raw_type", String, nullable=False),
    Column("title", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("author_role", String, nullable=False),
    Column("sensitivity", String, nullable=False),
)


class SqliteNotes:
    """A note store shaped like the retriever's `notes`: the scope is a WHERE clause, never a post-filter."""

    def __init__(self, path: Path, notes: Sequence[NoteRecord]) -> None:
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        _metadata.create_all(self.engine)
        with self.engine.begin() as connection:
            connection.execute(insert(_notes), [asdict(n) for n in notes])
        self.queries = 0

    def notes(
        self, scope: Scope, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[NoteRecord]:
        try:
            where, params = sql_where(scope)
        except EmptyScopeError:
            return []
        self.queries += 1
        clause = f"{where} AND case_id = :case_id"
        params = {**params, "case_id": case_id}
        if date_from:
            clause += " AND date >= :date_from"
            params["date_from"] = date_from.isoformat()
        if date_to:
            clause += " AND date <= :date_to"
            params["date_to"] = date_to.isoformat()
        sql = text(f"SELECT * FROM chronology_test_notes WHERE {clause} ORDER BY date, note_id")
        with self.engine.connect() as connection:
            rows = connection.execute(sql, params).mappings().all()
        return [NoteRecord(**{**row, "date": dt.date.fromisoformat(str(row["date"]))}) for row in rows]


def access_control(path: Path) -> AccessControl:
    """A real AccessControl on SQLite with: the allocated worker `alloc` (sees everything), `cover`
    (on the access list: standard notes only), the team manager `manager`, and `outsider`."""
    control = build_access(f"sqlite:///{path}", AuthSettings())
    operator = "admin"
    control.users.add(operator, "Admin", Role.ADMIN, [])
    for username, role in (
        ("alloc", Role.SOCIAL_WORKER),
        ("cover", Role.SOCIAL_WORKER),
        ("manager", Role.TEAM_MANAGER),
    ):
        control.users.add(username, username.title(), role, [TEAM])
    control.users.add("outsider", "Outsider", Role.SOCIAL_WORKER, ["South"])
    control.catalog.upsert(
        [
            CaseAccess(CASE, TEAM, False, "alloc", frozenset({"cover"})),
            CaseAccess(OTHER_CASE, "South", False, "outsider"),
        ]
    )
    return control


def chroma_retriever(directory: Path, notes: Sequence[NoteRecord]) -> HybridRetriever:
    """The real retriever over a real Chroma collection in `directory`: one chunk per note, random
    vectors (a chronology never embeds). Its `notes` puts the scope into Chroma's `where`."""
    index = chroma_index(directory)
    chunks = [
        Chunk(f"{n.note_id}#0", n.note_id, n.case_id, n.date, n.note_type, n.title, n.text, n.sensitivity)
        for n in notes
    ]
    extras = [{"raw_type": n.raw_type, "author_role": n.author_role, "char_start": 0} for n in notes]
    vectors = unit(np.random.default_rng(7).normal(size=(len(chunks), DIM)))
    index.upsert(chunks, vectors, extras)
    embedder = OllamaEmbedder("http://127.0.0.1:9", "unused")  # constructed, never called: notes() does not embed
    return HybridRetriever(embedder, ExactCaseCache(index), KeywordIndex(directory / "keywords.db"), index)
