"""Keyword queries: a long form from the vocabulary is one phrase, not a handful of loose words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from access.scope import Scope
from retrieval.expansion import expand
from retrieval.keyword_index import KeywordIndex, match_expression
from retrieval.types import Chunk


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        pytest.param("Mum's DSL", '"Mum\'s" OR "DSL"', id="plain words, each quoted"),
        pytest.param('IDVA "independent domestic violence adviser"', '"IDVA" OR "independent domestic violence adviser"', id="quoted span is one phrase"),
        pytest.param('she said "I hate it" today', '"she" OR "said" OR "I hate it" OR "today"', id="a question's own quotation is a phrase too"),
        pytest.param('odd " quote', '"odd" OR "quote"', id="an unbalanced quote is dropped"),
        pytest.param('"school"', '"school"', id="a one-word phrase is a word"),
        pytest.param('"NEAR" AND "x*"', '"NEAR" OR "AND" OR "x"', id="operators stay quoted words"),
        pytest.param('" "', None, id="nothing to search"),
    ],
)
def test_match_expression(query: str, expression: str | None) -> None:
    assert match_expression(query) == expression


def _chunk(note_id: str, text: str) -> Chunk:
    return Chunk(f"{note_id}:0", note_id, "C1", dt.date(2024, 1, 1), "case_note", "Note", text, "standard")


NOTES = [
    _chunk("N1", "Call from the IDVA, who is supporting [MOTHER] with the safety plan."),
    _chunk("N2", "Independent adviser at the review. [MOTHER] spoke about domestic violence she saw as a child, "
                 "and the independent adviser asked about domestic arrangements and violence at home."),
    _chunk("N3", "School report: attendance 92%."),
]


def test_long_form_is_searched_as_a_phrase(tmp_path: Path) -> None:
    """Word by word, the long form's 'independent', 'domestic', 'violence' and 'adviser' made N2,
    a note that happens to use those words, outrank N1, the note that names the IDVA."""
    keywords = KeywordIndex(tmp_path / "keywords.db")
    keywords.upsert(NOTES)
    found = keywords.search(expand("Who is the IDVA?").keyword, Scope(standard_cases=frozenset({"C1"})), k=3)
    assert [chunk_id for chunk_id, _ in found][:2] == ["N1:0", "N2:0"]
