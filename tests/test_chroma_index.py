"""ChromaIndex (embedded and a real `chroma run` server) and the FTS5 KeywordIndex, scope inside the query."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import chromadb
import httpx
import numpy as np
import pytest
from sqlalchemy import Engine, create_engine

from access.scope import EmptyScopeError, Scope, chroma_where
from retrieval.chroma_index import ChromaIndex, ChromaUnavailableError, day_number
from retrieval.chunking import chunk_note
from retrieval.keyword_index import KeywordIndex, match_expression
from retrieval.types import Chunk

LONG = " ".join(f"Sentence {i} says the child and the dog were both fine." for i in range(30))


def _chunk(chunk_id: str, case_id: str, text: str, *, sensitivity: str = "standard", date: str = "2024-01-10") -> Chunk:
    note_id = chunk_id.split(":")[0]
    return Chunk(chunk_id, note_id, case_id, dt.date.fromisoformat(date), "home_visit", "Visit", text, sensitivity, int(chunk_id.split(":")[1]))


CHUNKS = [
    _chunk("A1:0", "CA", "school attendance concerns raised by the DSL"),
    _chunk("A2:0", "CA", "confidential refuge address discussed", sensitivity="restricted", date="2024-02-01"),
    _chunk("B1:0", "CB", "school attendance improving at the academy", date="2024-03-01"),
]


def _vectors(count: int, dim: int = 8) -> np.ndarray:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(count, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A real `chroma run` on 127.0.0.1, started once for the session and stopped after."""
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    chroma = Path(sys.executable).with_name("chroma")
    log = (path / "server.log").open("w")
    process = subprocess.Popen([str(chroma), "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chroma run did not start: {(path / 'server.log').read_text()[-500:]}")
            time.sleep(0.2)
        yield "127.0.0.1", port
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def _engine(tmp_path: Path) -> Engine:
    return create_engine(f"sqlite:///{tmp_path / 'app.db'}")


@pytest.fixture(params=["persistent", pytest.param("http", marks=pytest.mark.chroma_server)])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> ChromaIndex:
    name = f"t{abs(hash(request.node.nodeid)) % 10**8}"
    if request.param == "http":
        host, port = request.getfixturevalue("chroma_server")
        return ChromaIndex.http(host, port, name, _engine(tmp_path))
    return ChromaIndex.persistent(tmp_path / "chroma", name, _engine(tmp_path))


def _ids(pairs: list[tuple[Chunk, float]]) -> list[str]:
    return [chunk.chunk_id for chunk, _ in pairs]


@pytest.mark.parametrize(
    ("scope", "visible"),
    [
        (Scope(full_cases=frozenset({"CA"})), {"A1:0", "A2:0"}),
        (Scope(standard_cases=frozenset({"CA"})), {"A1:0"}),
        (Scope(full_cases=frozenset({"CB"}), standard_cases=frozenset({"CA"})), {"A1:0", "B1:0"}),
        (Scope(full_cases=frozenset({"CZ"})), set()),
    ],
)
def test_query_returns_only_what_the_scope_allows(index: ChromaIndex, scope: Scope, visible: set[str]) -> None:
    vectors = _vectors(3)
    index.upsert(CHUNKS, vectors)
    for probe in vectors:
        assert set(_ids(index.query(probe, chroma_where(scope), k=10))) == visible
    ids, held, chunks = index.fetch(chroma_where(scope))
    assert set(ids) == visible and held.shape[0] == len(visible) and [c.chunk_id for c in chunks] == ids


def test_query_scores_are_cosine_similarity_best_first(index: ChromaIndex) -> None:
    vectors = _vectors(3)
    index.upsert(CHUNKS, vectors)
    found = index.query(vectors[2], {"case_id": {"$in": ["CA", "CB"]}}, k=3)
    assert found[0][0].chunk_id == "B1:0" and found[0][1] == pytest.approx(1.0, abs=1e-4)
    assert [score for _, score in found] == sorted((score for _, score in found), reverse=True)
    position = {chunk.chunk_id: i for i, chunk in enumerate(CHUNKS)}
    for chunk, score in found:
        assert score == pytest.approx(float(vectors[2] @ vectors[position[chunk.chunk_id]]), abs=1e-4)


def test_date_range_filters_on_the_day_number(index: ChromaIndex) -> None:
    index.upsert(CHUNKS, _vectors(3))
    window = {"$and": [{"case_id": {"$in": ["CA", "CB"]}}, {"day": {"$gte": day_number(dt.date(2024, 1, 15))}}, {"day": {"$lte": day_number(dt.date(2024, 2, 28))}}]}
    assert _ids(index.query(_vectors(1)[0], window, k=5)) == ["A2:0"]


def test_whole_notes_are_reassembled_from_overlapping_chunks(index: ChromaIndex) -> None:
    pieces = chunk_note(note_id="L1", case_id="CL", date=dt.date(2024, 5, 1), note_type="court", title="Hearing", text=LONG,
                        sensitivity="standard", max_chars=200, overlap_chars=60)
    assert len(pieces) > 3
    extras = [{"char_start": p.char_start, "raw_type": "Court Hearing", "author_role": "social_worker"} for p in pieces]
    index.upsert([p.chunk for p in pieces], _vectors(len(pieces)), extras)
    note = index.note({"$and": [{"case_id": {"$in": ["CL"]}}, {"note_id": "L1"}]})
    assert note is not None
    assert (note.text, note.raw_type, note.title, note.author_role) == (LONG, "Court Hearing", "Hearing", "social_worker")
    assert index.note({"$and": [{"case_id": {"$in": ["OTHER"]}}, {"note_id": "L1"}]}) is None


def test_deletes_and_a_persisted_generation_that_moves_on_every_write(index: ChromaIndex, tmp_path: Path) -> None:
    before = index.generation()
    index.upsert(CHUNKS, _vectors(3))
    after_upsert = index.generation()
    assert after_upsert > before
    assert index.delete_notes(["A1"]) == 1
    assert index.generation() > after_upsert
    assert index.delete_case("CB") == 1
    assert index.count() == 1
    assert index.delete_case("CB") == 0
    other_process_view = ChromaIndex.persistent(tmp_path / "elsewhere", "unrelated", _engine(tmp_path))
    assert other_process_view.generation() == 0  # counters are per collection


def test_collection_is_stored_without_an_embedding_function(tmp_path: Path) -> None:
    """chromadb's default embedding function downloads a model; ours never has one."""
    ChromaIndex.persistent(tmp_path / "chroma", "case_chunks", _engine(tmp_path))
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"), settings=chromadb.config.Settings(anonymized_telemetry=False))
    config = client.get_collection("case_chunks", embedding_function=None).configuration
    assert config.get("embedding_function") is None
    assert config["hnsw"]["space"] == "cosine"


def test_unreachable_server_is_one_clear_error(tmp_path: Path) -> None:
    port = _free_port()
    with pytest.raises(ChromaUnavailableError, match=f"cannot reach the Chroma server at http://127.0.0.1:{port}.*CHROMA_MODE=persistent"):
        ChromaIndex.http("127.0.0.1", port, "case_chunks", _engine(tmp_path))


# keyword index


@pytest.fixture
def keywords(tmp_path: Path) -> KeywordIndex:
    index = KeywordIndex(tmp_path / "keyword.db")
    index.upsert(CHUNKS)
    return index


@pytest.mark.parametrize(
    ("query", "scope", "expected"),
    [
        ("school attendance", Scope(full_cases=frozenset({"CA", "CB"})), {"A1:0", "B1:0"}),
        ("school attendance", Scope(full_cases=frozenset({"CA"})), {"A1:0"}),
        ("refuge address", Scope(standard_cases=frozenset({"CA"})), set()),
        ("refuge address", Scope(full_cases=frozenset({"CA"})), {"A2:0"}),
        ("academy", Scope(standard_cases=frozenset({"CA"})), set()),
        ('attendance" OR "refuge', Scope(standard_cases=frozenset({"CA"})), {"A1:0"}),
        ("NEAR(school) *", Scope(full_cases=frozenset({"CA"})), {"A1:0"}),
    ],
)
def test_keyword_search_is_scoped_inside_the_sql(keywords: KeywordIndex, query: str, scope: Scope, expected: set[str]) -> None:
    assert {chunk_id for chunk_id, _ in keywords.search(query, scope, k=10)} == expected


def test_keyword_search_refuses_nothing_to_search(keywords: KeywordIndex) -> None:
    assert keywords.search("school", Scope.deny(), k=5) == []
    assert keywords.search("?!", Scope(full_cases=frozenset({"CA"})), k=5) == []
    assert match_expression("Mum's DSL") == '"Mum\'s" OR "DSL"'
    with pytest.raises(EmptyScopeError):
        chroma_where(Scope.deny())


def test_keyword_date_window_and_ranking(keywords: KeywordIndex) -> None:
    scope = Scope(full_cases=frozenset({"CA", "CB"}))
    assert [c for c, _ in keywords.search("school", scope, k=5, date_from=dt.date(2024, 2, 15))] == ["B1:0"]
    assert [c for c, _ in keywords.search("school", scope, k=5, date_to=dt.date(2024, 1, 31))] == ["A1:0"]
    ranked = keywords.search("school attendance concerns", scope, k=5)
    assert ranked[0][0] == "A1:0" and ranked[0][1] > ranked[1][1]


def test_keyword_deletes_and_replacements(keywords: KeywordIndex) -> None:
    scope = Scope(full_cases=frozenset({"CA", "CB"}))
    generation = keywords.generation()
    keywords.upsert([_chunk("A1:0", "CA", "rewritten note about housing")])
    assert keywords.generation() > generation
    assert [c for c, _ in keywords.search("housing", scope, k=5)] == ["A1:0"]
    assert keywords.search("concerns", scope, k=5) == []
    assert keywords.delete_notes(["A1"]) == 1
    assert keywords.delete_case("CB") == 1
    assert keywords.chunk_ids() == ["A2:0"]


def test_rebuild_drops_deleted_vectors_and_other_handles_keep_working(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    writer = ChromaIndex.persistent(tmp_path / "chroma", "case_chunks", engine)
    reader = ChromaIndex.persistent(tmp_path / "chroma", "case_chunks", engine)  # e.g. the web app's handle
    vectors = _vectors(3)
    writer.upsert(CHUNKS, vectors)
    writer.delete_case("CB")
    assert writer.rebuild() == 2
    assert sorted(_ids(reader.query(vectors[0], {"case_id": {"$in": ["CA", "CB"]}}, k=5))) == ["A1:0", "A2:0"]
    assert reader.count() == 2


def test_a_rebuild_interrupted_after_dropping_the_old_collection_is_finished_on_open(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    index = ChromaIndex.persistent(tmp_path / "chroma", "case_chunks", engine)
    index.upsert(CHUNKS, _vectors(3))
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"), settings=chromadb.config.Settings(anonymized_telemetry=False))
    copy = client.create_collection("case_chunks-rebuild", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    rows = index.rows({})
    copy.upsert(ids=[r.chunk_id for r in rows], embeddings=np.stack([r.embedding for r in rows]), documents=[r.document for r in rows], metadatas=[r.metadata for r in rows])
    client.delete_collection("case_chunks")
    reopened = ChromaIndex.persistent(tmp_path / "chroma", "case_chunks", engine)
    assert reopened.count() == 3
    assert {c.name for c in client.list_collections()} == {"case_chunks"}
