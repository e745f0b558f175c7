"""The hybrid retriever end to end on real stores: MiniLM, Chroma in a temp dir, SQLite FTS5.

The notes are already pseudonymised, as ingest writes them. Case C2 is never in the user's scope
and N4 is restricted: neither may appear from the vector path, the keyword path or the fusion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from access.scope import Scope
from redaction import pseudonymise
from retrieval.embedding import MiniLMEmbedder
from retrieval.exact import ExactCaseCache
from retrieval.expansion import expand
from retrieval.keyword_index import KeywordIndex
from retrieval.retriever import HybridRetriever, pseudonymise_query, search_question
from retrieval.types import Chunk
from tests.retrieval_fixtures import chroma_index

pytestmark = pytest.mark.slow
TODAY = dt.date(2025, 3, 1)


def _chunk(note_id: str, case_id: str, day: str, note_type: str, text: str, sensitivity: str = "standard", title: str | None = None) -> Chunk:
    title = note_type.replace("_", " ") if title is None else title
    return Chunk(f"{note_id}-0", note_id, case_id, dt.date.fromisoformat(day), note_type, title, text, sensitivity)


NOTES = [
    _chunk("N1", "C1", "2024-01-10", "school_liaison", "[CHILD] attends Oakfield Primary School. The DSL reports attendance of 84% this term."),
    _chunk("N2", "C1", "2024-03-05", "return_home_interview", "RHI completed after [CHILD] was missing overnight. [CHILD] said she stayed at a friend's flat.", title="RHI"),
    _chunk("N3", "C1", "2024-06-20", "statutory_visit", "[CHILD] was seen alone in her bedroom and said she feels safe with [MOTHER]."),
    _chunk("N4", "C1", "2024-09-02", "health", "[MOTHER] has moved to the Larkspur refuge; the address must not be shared with [FATHER].", "restricted"),
    _chunk("N5", "C1", "2025-02-14", "statutory_visit", "[CHILD] seen alone at home; she said school is going better and she has new friends."),
    _chunk("N6", "C2", "2024-05-01", "school_liaison", "[CHILD] attends Larkspur Academy; the DSL raised attendance concerns."),
    _chunk("N7", "C3", "2024-04-11", "home_visit", "Home visit. [PERSON 2] said the girl from next door often visits."),
]
FORBIDDEN = {"N4-0", "N6-0"}
USER = Scope(standard_cases=frozenset({"C1", "C3"}))


@dataclass
class Stores:
    retriever: HybridRetriever
    cache: ExactCaseCache
    keywords: KeywordIndex
    embedder: MiniLMEmbedder


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory, embedder: MiniLMEmbedder) -> Iterator[Stores]:
    directory: Path = tmp_path_factory.mktemp("hybrid")
    index = chroma_index(directory)
    index.upsert(NOTES, embedder.embed([chunk.text for chunk in NOTES]))
    keywords = KeywordIndex(directory / "keywords.db")
    keywords.upsert(NOTES)
    cache = ExactCaseCache(index)
    yield Stores(HybridRetriever(embedder, cache, keywords, index), cache, keywords, embedder)


VAULTS = {"C1": {"[CHILD]": "Amelia Hart", "[MOTHER]": "Joanne Hart", "[FATHER]": "Craig Hart"}, "C3": {"[PERSON 2]": "Dev Patel"}}


def _pseudonymise(text: str, case_id: str) -> str:
    """redaction's own pseudonymise over each case's vault entries: Amelia is the child of C1 only."""
    return pseudonymise(text, VAULTS.get(case_id, {}))


FORBIDDEN_PROBES = [
    "Larkspur",
    "Where is the refuge address for mother?",
    "[MOTHER] has moved to the Larkspur refuge; the address must not be shared with [FATHER].",
    "[CHILD] attends Larkspur Academy; the DSL raised attendance concerns.",
    "attendance concerns DSL",
]


@pytest.mark.parametrize("probe", FORBIDDEN_PROBES)
def test_forbidden_notes_never_come_back_from_any_path(stores: Stores, probe: str) -> None:
    vector = stores.embedder.embed([probe])[0]
    by_vector = {chunk.chunk_id for chunk, _ in stores.cache.search(vector, USER, 10)}
    by_keyword = {chunk_id for chunk_id, _ in stores.keywords.search(probe, USER, 10)}
    fused = {hit.chunk.chunk_id for hit in stores.retriever.search(probe, USER, 10)}
    asked = {hit.chunk.chunk_id for hit in search_question(stores.retriever, probe, USER, 10, today=TODAY, pseudonymise=_pseudonymise)}
    assert not (by_vector | by_keyword | fused | asked) & FORBIDDEN
    assert fused, "the permitted notes are still searchable"


def test_the_same_probes_do_find_the_notes_for_an_entitled_user(stores: Stores) -> None:
    everyone = Scope(full_cases=frozenset({"C1", "C2", "C3"}))
    found = {hit.chunk.chunk_id for hit in stores.retriever.search("Larkspur", everyone, 10)}
    assert found >= FORBIDDEN


def test_empty_scope_returns_nothing(stores: Stores) -> None:
    assert stores.retriever.search("school", Scope.deny(), 10) == []
    assert stores.retriever.notes(Scope.deny(), "C1") == []
    assert stores.retriever.note(Scope.deny(), "N1") is None


def test_pseudonymised_question_matches_child_token(stores: Stores) -> None:
    queries = pseudonymise_query("Which school does Amelia attend?", USER, _pseudonymise)
    assert {(query.text, query.scope.case_ids) for query in queries} == {
        ("Which school does [CHILD] attend?", frozenset({"C1"})),
        ("Which school does Amelia attend?", frozenset({"C3"})),
    }
    hits = search_question(stores.retriever, "Which school does Amelia attend?", USER, 3, today=TODAY, pseudonymise=_pseudonymise)
    assert hits[0].chunk.note_id == "N1"


@pytest.mark.parametrize(
    ("question", "expected_first"),
    [
        ("When was the return home interview?", "N2"),
        ("what did the designated safeguarding lead say about attendance", "N1"),
        ("When was [CHILD] last seen alone?", "N5"),  # two such visits: the latest first
        ("Was [CHILD] seen alone in 2024?", "N3"),  # the window excludes the 2025 visit
        ("What happened since January?", "N5"),
        ("What did [CHILD] say when seen alone on 14 February?", "N5"),  # a day without a year ranks that day first
    ],
)
def test_ranking(stores: Stores, question: str, expected_first: str) -> None:
    hits = search_question(stores.retriever, question, USER, 3, today=TODAY, pseudonymise=None)
    assert hits[0].chunk.note_id == expected_first


@pytest.mark.parametrize(
    ("question", "note_chunk"),
    [("return home interview", "N2-0"), ("designated safeguarding lead", "N1-0")],  # the notes say "RHI", "DSL"
)
def test_expansion_lets_keywords_reach_notes_written_in_abbreviations(stores: Stores, question: str, note_chunk: str) -> None:
    plain = [chunk_id for chunk_id, _ in stores.keywords.search(question, USER, 3)]
    expanded = [chunk_id for chunk_id, _ in stores.keywords.search(expand(question).keyword, USER, 3)]
    assert note_chunk not in plain
    assert expanded[0] == note_chunk


def test_date_window_excludes_everything_outside(stores: Stores) -> None:
    hits = search_question(stores.retriever, "Anything in March 2024?", USER, 10, today=TODAY, pseudonymise=None)
    assert {hit.chunk.note_id for hit in hits} == {"N2"}


def test_notes_and_note_follow_scope(stores: Stores) -> None:
    assert [note.note_id for note in stores.retriever.notes(USER, "C1")] == ["N1", "N2", "N3", "N5"]
    assert [note.note_id for note in stores.retriever.notes(USER, "C1", dt.date(2024, 3, 1), dt.date(2024, 12, 31))] == ["N2", "N3"]
    assert stores.retriever.notes(USER, "C2") == []
    assert stores.retriever.note(USER, "N4") is None
    assert stores.retriever.note(USER, "N6") is None
    found = stores.retriever.note(USER, "N1")
    assert found is not None and found.text.startswith("[CHILD] attends Oakfield")
