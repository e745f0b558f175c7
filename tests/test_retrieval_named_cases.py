"""A question over a caseload that names a child favours that child's case, without excluding others.

"What did Amelia say when seen alone?" asked without choosing a case: in Amelia's case the name
becomes [CHILD]; in the others nobody is called Amelia and the text stays as written. Another
child's visit worded closer to the question used to outrank hers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from access.scope import Scope
from redaction import pseudonymise
from retrieval.embedding import MiniLMEmbedder
from retrieval.exact import ExactCaseCache
from retrieval.keyword_index import KeywordIndex
from retrieval.retriever import HybridRetriever, RankingConfig, ScopedQuery, _named_cases, pseudonymise_query
from retrieval.types import Chunk
from tests.retrieval_fixtures import chroma_index

VAULTS = {"C1": {"[CHILD]": "Amelia Hart"}, "C2": {"[CHILD]": "Jayden Cole"}, "C3": {"[CHILD]": "Amelia Hart", "[PERSON 1]": "Ben"}}


def _pseudonymise(text: str, case_id: str) -> str:
    return pseudonymise(text, VAULTS.get(case_id, {}))


def _scope(*cases: str) -> Scope:
    return Scope(standard_cases=frozenset(cases))


@pytest.mark.parametrize(
    ("question", "cases", "named"),
    [
        pytest.param("What did Amelia say when seen alone?", ("C1", "C2"), {"C1"}, id="the case whose vault knows the name"),
        pytest.param("What did Amelia say when seen alone?", ("C1", "C2", "C3"), {"C1", "C3"}, id="a name shared by two cases: both"),
        pytest.param("What did Amelia tell Ben?", ("C1", "C3"), {"C3"}, id="the case that knows more of the names"),
        pytest.param("Who is the IRO?", ("C1", "C2"), set(), id="no name: no preference"),
        pytest.param("What did Amelia say when seen alone?", ("C1",), set(), id="one case: nothing to prefer"),
    ],
)
def test_named_cases(question: str, cases: tuple[str, ...], named: set[str]) -> None:
    assert _named_cases(pseudonymise_query(question, _scope(*cases), _pseudonymise)) == named


def test_named_cases_reads_tokens_only() -> None:
    """Square brackets a writer typed are not pseudonyms: only vault tokens' shape counts."""
    queries = [ScopedQuery("what did [CHILD] say [sic]", _scope("C1")), ScopedQuery("what did Amelia say [sic]", _scope("C2"))]
    assert _named_cases(queries) == {"C1"}


NOTES = [
    Chunk("A1:0", "A1", "C1", dt.date(2024, 5, 2), "statutory_visit", "Statutory visit",
          "Statutory visit. Spoke with [CHILD] on her own in the garden; she told me she wants more time with her dad.", "standard"),
    Chunk("J1:0", "J1", "C2", dt.date(2024, 5, 3), "statutory_visit", "Statutory visit",
          "Seen alone. What did he say when seen alone? [CHILD] said he is happy and wants to stay.", "standard"),
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[MiniLMEmbedder, ExactCaseCache, KeywordIndex, object]]:
    directory: Path = tmp_path_factory.mktemp("named")
    embedder = MiniLMEmbedder()
    index = chroma_index(directory)
    index.upsert(NOTES, embedder.embed([chunk.text for chunk in NOTES]))
    keywords = KeywordIndex(directory / "keywords.db")
    keywords.upsert(NOTES)
    yield embedder, ExactCaseCache(index), keywords, index


@pytest.mark.slow
@pytest.mark.parametrize(
    ("weight", "first_note"),
    [
        pytest.param(RankingConfig().named_case_weight, "A1", id="default: the named child's visit first"),
        pytest.param(0.0, "J1", id="without the preference the other child's closer wording wins"),
    ],
)
def test_caseload_question_prefers_the_named_case(
    parts: tuple[MiniLMEmbedder, ExactCaseCache, KeywordIndex, object], weight: float, first_note: str
) -> None:
    embedder, cache, keywords, index = parts
    retriever = HybridRetriever(embedder, cache, keywords, index, RankingConfig(named_case_weight=weight))  # type: ignore[arg-type]
    queries = pseudonymise_query("What did Amelia say when seen alone?", _scope("C1", "C2"), _pseudonymise)
    hits = retriever.search_queries(queries, k=2)
    assert hits[0].chunk.note_id == first_note
    assert {hit.chunk.note_id for hit in hits} == {"A1", "J1"}, "a preference, never a filter"
