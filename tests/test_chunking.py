"""Note-aware chunking: exact slices, sentence boundaries, bounded size, overlap, metadata on every chunk."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.chunking import chunk_note, chunk_spans, embedding_text, sentence_spans

SENTENCES = "The child was seen alone. She said school is fine! Mum was out? Dad called later. " * 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One. ", "Two."]),
        ("Seen alone! Happy? Yes.", ["Seen alone! ", "Happy? ", "Yes."]),
        ("Para one\n\nPara two", ["Para one\n\n", "Para two"]),
        ('She said "no." Then left.', ['She said "no." ', "Then left."]),
        ("no terminal punctuation", ["no terminal punctuation"]),
    ],
)
def test_sentences_tile_the_text(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentence_spans(text)] == expected


def test_short_note_is_one_chunk() -> None:
    assert [(s.start, s.end) for s in chunk_spans("Seen at home. All well.", 800, 120)] == [(0, 23)]


def test_long_note_splits_on_sentence_boundaries_with_overlap() -> None:
    spans = chunk_spans(SENTENCES, 200, 60)
    assert len(spans) > 3
    for span in spans:
        assert span.end - span.start <= 200
        assert span.start == 0 or SENTENCES[span.start - 1] == " "  # starts at a sentence start
        assert SENTENCES[span.end - 1] in " .!?"
    for first, second in itertools.pairwise(spans):
        assert 0 < first.end - second.start <= 60  # overlap, never more than asked
    assert spans[-1].end == len(SENTENCES)


def test_overlap_must_be_smaller_than_chunk() -> None:
    with pytest.raises(ValueError, match="overlap"):
        chunk_spans("text", 100, 100)


def test_a_sentence_longer_than_a_chunk_is_cut_at_a_soft_break() -> None:
    text = ", ".join(f"item {i}" for i in range(200))
    spans = chunk_spans(text, 150, 30)
    assert all(s.end - s.start <= 150 for s in spans)
    assert spans[-1].end == len(text)


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("abc .!?\n,")), min_size=1, max_size=1500),
    st.integers(min_value=40, max_value=400),
)
def test_chunks_cover_the_note_exactly(text: str, size: int) -> None:
    """Laying chunks back at their offsets rebuilds the note: nothing lost, nothing invented."""
    spans = chunk_spans(text, size, size // 4)
    rebuilt = ""
    for span in spans:
        assert span.end - span.start <= size
        rebuilt = rebuilt[: span.start] + text[span.start : span.end]
    assert rebuilt == text


def test_every_chunk_carries_the_note_identity_and_ids_are_deterministic() -> None:
    chunks = chunk_note(
        note_id="N7", case_id="C1", date=dt.date(2024, 2, 3), note_type="strategy_discussion", title="Strat",
        text=SENTENCES, sensitivity="restricted", max_chars=200, overlap_chars=50,
    )
    assert [c.chunk.chunk_id for c in chunks] == [f"N7:{i}" for i in range(len(chunks))]
    assert {(c.chunk.note_id, c.chunk.case_id, c.chunk.date, c.chunk.note_type, c.chunk.title, c.chunk.sensitivity) for c in chunks} == {
        ("N7", "C1", dt.date(2024, 2, 3), "strategy_discussion", "Strat", "restricted")
    }
    assert all(SENTENCES[c.char_start :].startswith(c.chunk.text) for c in chunks)
    assert embedding_text(chunks[1].chunk).startswith("Strat (strategy discussion, 2024-02-03)\n")
