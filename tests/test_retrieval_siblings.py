"""A long note's answer in a later chunk reaches the model: a hit carries its note's well-ranked chunks.

The first visit told at length is split; the question's words ("first visit", "on our own") match
the opening chunk, while what the child said sits in the next one. Before, the hit was the opening
chunk alone and the quote never reached the answerer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from access.scope import Scope
from retrieval.chunking import chunk_note, embedding_texts
from retrieval.embedding import MiniLMEmbedder
from retrieval.exact import ExactCaseCache
from retrieval.keyword_index import KeywordIndex
from retrieval.retriever import HybridRetriever, RankingConfig, merge_chunks
from retrieval.types import Chunk
from tests.retrieval_fixtures import chroma_index

LONG_VISIT = (
    "First visit to the family home, unannounced, after school. Mum answered the door and let me in. "
    "The flat was cold and the kitchen cupboards were mostly empty apart from cereal and bread. "
    "Mum said money is tight until her Universal Credit is paid on Friday. "
    "I spoke to [CHILD] on our own in her bedroom, which she shares with [BROTHER]. "
    "She showed me her drawings and her school reading book. "
    "I asked her what happens when Mummy is at work and she said \"[PERSON 4] shouts when Mummy is at work\". "
    "She said she hides under the bed with her teddy when the shouting starts. "
    "She said she likes school because she gets breakfast club. "
    "Mum was upset when I fed back and said [PERSON 4] is only there sometimes. "
    "Agreed actions: referral to the food bank, school to offer breakfast club daily, next visit in ten days."
)


def _chunks(text: str, note_id: str = "N1", case_id: str = "C1", sensitivity: str = "standard") -> list[Chunk]:
    return [
        piece.chunk
        for piece in chunk_note(
            note_id=note_id, case_id=case_id, date=dt.date(2024, 3, 4), note_type="home_visit", title="Home visit",
            text=text, sensitivity=sensitivity, max_chars=300, overlap_chars=90,
        )
    ]


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        pytest.param("all", LONG_VISIT, id="every chunk gives back the note, overlaps written once"),
        pytest.param("reversed", LONG_VISIT, id="order of the input does not matter"),
        pytest.param("first", None, id="one chunk is itself"),
    ],
)
def test_merge_chunks_lays_a_note_back_together(picked: str, expected: str | None) -> None:
    chunks = _chunks(LONG_VISIT)
    assert len(chunks) >= 3, "the note must be long enough to split into several chunks"
    chosen = {"all": chunks, "reversed": list(reversed(chunks)), "first": chunks[:1]}[picked]
    merged = merge_chunks(chosen)
    assert merged.text == (expected if expected is not None else chunks[0].text)
    assert merged.chunk_id == chosen[0].chunk_id
    assert merged.chunk_index == min(chunk.chunk_index for chunk in chosen)


def test_merge_chunks_joins_a_gap_with_a_blank_line_and_invents_nothing() -> None:
    chunks = _chunks(LONG_VISIT)
    merged = merge_chunks([chunks[2], chunks[0]])
    assert merged.text == chunks[0].text.rstrip() + "\n\n" + chunks[2].text.lstrip()
    assert merged.chunk_id == chunks[2].chunk_id


def test_merge_chunks_keeps_text_when_consecutive_chunks_do_not_overlap() -> None:
    """A coincidental two-character match ("e." / "e.g.") is not taken for an overlap."""
    first = Chunk("N:0", "N", "C", dt.date(2024, 1, 1), "t", "T", "Seen at home.", "standard", 0)
    second = Chunk("N:1", "N", "C", dt.date(2024, 1, 1), "t", "T", ". Next visit booked.", "standard", 1)
    assert merge_chunks([first, second]).text == "Seen at home.. Next visit booked."


OTHER_NOTES = [
    Chunk("N2:0", "N2", "C1", dt.date(2024, 3, 20), "school_liaison", "School", "DSL reports attendance 91% and [CHILD] is settled.", "standard"),
    Chunk("N3:0", "N3", "C1", dt.date(2024, 4, 2), "statutory_visit", "Visit", "[CHILD] seen alone, said home is calmer now.", "standard"),
    Chunk("N9:0", "N9", "C9", dt.date(2024, 3, 4), "home_visit", "Home visit", "[PERSON 4] shouts when Mummy is at work, said the boy.", "standard"),
]
QUESTION = "On my first visit, what did [CHILD] tell me about [PERSON 4] when we were on our own?"
QUOTE = "[PERSON 4] shouts when Mummy is at work"


@pytest.fixture(scope="module")
def retriever_parts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[MiniLMEmbedder, ExactCaseCache, KeywordIndex, object]]:
    directory: Path = tmp_path_factory.mktemp("siblings")
    embedder = MiniLMEmbedder()
    chunks = _chunks(LONG_VISIT) + OTHER_NOTES
    index = chroma_index(directory)
    index.upsert(chunks, embedder.embed(embedding_texts(chunks)))
    keywords = KeywordIndex(directory / "keywords.db")
    keywords.upsert(chunks)
    yield embedder, ExactCaseCache(index), keywords, index


@pytest.mark.slow
@pytest.mark.parametrize(
    ("config", "quote_reaches_model"),
    [
        pytest.param(RankingConfig(), True, id="default: the quote's chunk joins the note's hit"),
        pytest.param(RankingConfig(sibling_rank=1), False, id="only the best chunk: the quote is lost (the old behaviour)"),
    ],
)
def test_hit_carries_the_chunk_holding_the_answer(
    retriever_parts: tuple[MiniLMEmbedder, ExactCaseCache, KeywordIndex, object], config: RankingConfig, quote_reaches_model: bool
) -> None:
    embedder, cache, keywords, index = retriever_parts
    retriever = HybridRetriever(embedder, cache, keywords, index, config)  # type: ignore[arg-type]
    hits = retriever.search(QUESTION, Scope(standard_cases=frozenset({"C1"})), k=3)
    assert [hit.chunk.note_id for hit in hits].count("N1") == 1, "one hit per note, however many chunks it carries"
    visit = next(hit for hit in hits if hit.chunk.note_id == "N1")
    assert (QUOTE in visit.chunk.text) is quote_reaches_model
    assert all(hit.chunk.case_id == "C1" for hit in hits), "a merged hit never brings in another case's note"
