"""Exact scoped search equals brute force, applies the scope inside, and follows every write."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from access.scope import Scope
from records.database import make_engine
from retrieval.chroma_index import ChromaIndex
from retrieval.exact import CaseBlock, ExactCaseCache, exact_top_k
from retrieval.types import Chunk
from tests.retrieval_fixtures import DIM, FIRST_DAY, brute_force, chroma_index, random_corpus, unit

CORPUS = random_corpus(seed=11, cases=6, per_case=40)
BLOCKS = [
    CaseBlock.build(case_id, CORPUS.vectors[rows], [CORPUS.chunks[i] for i in rows])
    for case_id in CORPUS.case_ids
    for rows in [[i for i, chunk in enumerate(CORPUS.chunks) if chunk.case_id == case_id]]
]


@st.composite
def scopes(draw: st.DrawFn) -> Scope:
    """Any split of some of the cases (plus one that does not exist) into full and standard-only."""
    names = [*CORPUS.case_ids, "C999"]
    levels = draw(st.lists(st.sampled_from(["none", "full", "standard"]), min_size=len(names), max_size=len(names)))
    return Scope(
        frozenset(name for name, level in zip(names, levels, strict=True) if level == "full"),
        frozenset(name for name, level in zip(names, levels, strict=True) if level == "standard"),
    )


days = st.one_of(st.none(), st.integers(0, 1000).map(lambda n: FIRST_DAY + dt.timedelta(days=n)))
queries = st.integers(0, 2**32 - 1).map(lambda seed: np.random.default_rng(seed).normal(size=DIM).astype(np.float32))


def _assert_exact(found: list[tuple[Chunk, float]], scope: Scope, query: np.ndarray, k: int, date_from: dt.date | None, date_to: dt.date | None) -> None:
    """Same scores as brute force, each the chunk's true score, no repeats, every chunk permitted.

    Scores rather than ids are compared (float32 against float64, to 1e-5) so exact ties cannot
    make the order ambiguous; with the true-score check this pins down the top k.
    """
    expected = brute_force(CORPUS, scope, query, k, date_from, date_to)
    true_scores = dict(brute_force(CORPUS, scope, query, len(CORPUS.chunks), date_from, date_to))
    assert [score for _, score in found] == pytest.approx([score for _, score in expected], abs=1e-5)
    assert [score for _, score in found] == pytest.approx([true_scores[chunk.chunk_id] for chunk, _ in found], abs=1e-5)
    assert len({chunk.chunk_id for chunk, _ in found}) == len(found)
    for chunk, _ in found:
        assert scope.allows(chunk.case_id, chunk.sensitivity)


@settings(max_examples=300, deadline=None)
@given(scope=scopes(), query=queries, k=st.integers(0, 60), date_from=days, date_to=days)
def test_blocks_equal_brute_force(scope: Scope, query: np.ndarray, k: int, date_from: dt.date | None, date_to: dt.date | None) -> None:
    found = exact_top_k(BLOCKS, scope, query, k, date_from, date_to)
    _assert_exact(found, scope, query, k, date_from, date_to)


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 10_000), share=st.sampled_from([0.0, 0.3, 1.0]), k=st.integers(1, 40), data=st.data())
def test_any_corpus_equals_brute_force(seed: int, share: float, k: int, data: st.DataObject) -> None:
    """Other corpora too: sizes 1..25 a case, no, some or only restricted notes."""
    corpus = random_corpus(seed=seed, cases=4, per_case=25, restricted_share=share)
    blocks = [
        CaseBlock.build(case_id, corpus.vectors[rows], [corpus.chunks[i] for i in rows])
        for case_id in corpus.case_ids
        for rows in [[i for i, chunk in enumerate(corpus.chunks) if chunk.case_id == case_id]]
    ]
    full = frozenset(data.draw(st.sets(st.sampled_from(corpus.case_ids))))
    standard = frozenset(data.draw(st.sets(st.sampled_from(corpus.case_ids)))) - full
    scope = Scope(full, standard)
    query = np.random.default_rng(seed + 1).normal(size=DIM).astype(np.float32)
    found = exact_top_k(blocks, scope, query, k)
    expected = brute_force(corpus, scope, query, k)
    assert [score for _, score in found] == pytest.approx([score for _, score in expected], abs=1e-5)
    assert all(scope.allows(chunk.case_id, chunk.sensitivity) for chunk, _ in found)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[ExactCaseCache, Path]:
    directory = tmp_path_factory.mktemp("exact")
    index = chroma_index(directory)
    index.upsert(CORPUS.chunks, CORPUS.vectors)
    return ExactCaseCache(index), directory


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scope=scopes(), query=queries, k=st.integers(1, 30), date_from=days, date_to=days)
def test_cache_over_chroma_equals_brute_force(
    loaded: tuple[ExactCaseCache, Path], scope: Scope, query: np.ndarray, k: int, date_from: dt.date | None, date_to: dt.date | None
) -> None:
    cache, _ = loaded
    found = cache.search(query, scope, k, date_from, date_to)
    _assert_exact(found, scope, query, k, date_from, date_to)


def test_a_cache_smaller_than_the_scope_stays_exact(loaded: tuple[ExactCaseCache, Path]) -> None:
    _, directory = loaded
    small = ExactCaseCache(chroma_index(directory), max_chunks=30)
    scope = Scope(full_cases=frozenset(CORPUS.case_ids[:3]), standard_cases=frozenset(CORPUS.case_ids[3:]))
    query = np.random.default_rng(9).normal(size=DIM).astype(np.float32)
    for _ in range(2):
        _assert_exact(small.search(query, scope, 25), scope, query, 25, None, None)
    assert small.held_chunks <= max(30, max(len(block) for block in small.blocks(scope)))


def test_restricted_notes_need_the_whole_case(loaded: tuple[ExactCaseCache, Path]) -> None:
    cache, _ = loaded
    restricted = next(chunk for chunk, vector in zip(CORPUS.chunks, CORPUS.vectors, strict=True) if chunk.sensitivity == "restricted")
    vector = CORPUS.vectors[CORPUS.chunks.index(restricted)]
    full = cache.search(vector, Scope(full_cases=frozenset({restricted.case_id})), 1)
    standard_only = cache.search(vector, Scope(standard_cases=frozenset({restricted.case_id})), 50)
    other_case = cache.search(vector, Scope(full_cases=frozenset(set(CORPUS.case_ids) - {restricted.case_id})), 500)
    assert full[0][0].chunk_id == restricted.chunk_id
    assert restricted.chunk_id not in {chunk.chunk_id for chunk, _ in standard_only}
    assert all(chunk.sensitivity == "standard" for chunk, _ in standard_only)
    assert restricted.case_id not in {chunk.case_id for chunk, _ in other_case}


def test_chunk_lookup_is_scoped(loaded: tuple[ExactCaseCache, Path]) -> None:
    cache, _ = loaded
    restricted = next(chunk for chunk in CORPUS.chunks if chunk.sensitivity == "restricted")
    standard = next(chunk for chunk in CORPUS.chunks if chunk.sensitivity == "standard" and chunk.case_id == restricted.case_id)
    ids = [restricted.chunk_id, standard.chunk_id]
    assert set(cache.chunks(Scope(full_cases=frozenset({restricted.case_id})), ids)) == set(ids)
    assert set(cache.chunks(Scope(standard_cases=frozenset({restricted.case_id})), ids)) == {standard.chunk_id}
    assert cache.chunks(Scope(full_cases=frozenset({"C999"})), ids) == {}


def test_empty_scope_touches_no_store(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    engine = make_engine(f"sqlite:///{state / 'state.db'}")
    index = ChromaIndex.persistent(tmp_path / "chroma", "chunks", engine)
    engine.dispose()
    shutil.rmtree(state)  # the generation counter is gone: any store read now raises
    cache = ExactCaseCache(index)
    assert cache.search(unit(np.ones(DIM)), Scope.deny(), 10) == []
    assert cache.chunks(Scope.deny(), ["anything"]) == {}
    with pytest.raises(Exception, match="unable to open database"):
        cache.search(unit(np.ones(DIM)), Scope(full_cases=frozenset({"C000"})), 10)


def test_write_from_another_index_instance_invalidates(tmp_path: Path) -> None:
    corpus = random_corpus(seed=5, cases=2, per_case=10)
    reader = chroma_index(tmp_path)
    reader.upsert(corpus.chunks, corpus.vectors)
    cache = ExactCaseCache(reader)
    scope = Scope(full_cases=frozenset(corpus.case_ids))
    target = corpus.chunks[0]
    probe = np.random.default_rng(1).normal(size=DIM).astype(np.float32)
    assert cache.search(probe, scope, 1)[0][0].chunk_id != "NEW" and cache.loads == 2
    cache.search(probe, scope, 1)
    assert cache.loads == 2, "an unchanged generation must reuse the held blocks"

    writer = chroma_index(tmp_path)  # a second instance, as another process would hold
    new = Chunk(**{**target.__dict__, "chunk_id": "NEW", "note_id": "NEW"})
    writer.upsert([new], unit(probe.reshape(1, -1)))
    assert cache.search(probe, scope, 1)[0][0].chunk_id == "NEW"

    writer.delete_ids(["NEW"])
    assert "NEW" not in {chunk.chunk_id for chunk, _ in cache.search(probe, scope, 50)}

