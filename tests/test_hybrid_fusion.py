"""Reciprocal rank fusion: ranks, not raw scores, decide; weights and ties behave."""

from __future__ import annotations

import pytest

from retrieval.hybrid import Ranking, merge_by_score, reciprocal_rank_fusion

CASES: list[tuple[str, list[Ranking], list[str]]] = [
    ("both halves agree", [Ranking.of(["a", "b", "c"]), Ranking.of(["a", "b", "c"])], ["a", "b", "c"]),
    ("found by both beats top of one", [Ranking.of(["x", "a", "b"]), Ranking.of(["y", "a", "b"])], ["a", "b", "x", "y"]),
    ("keyword-only hit still included", [Ranking.of(["a", "b"]), Ranking.of(["k"])], ["a", "k", "b"]),
    ("empty lists", [Ranking.of([]), Ranking.of([])], []),
    ("duplicates count once", [Ranking.of(["a", "a", "b"])], ["a", "b"]),
    ("weight tips the balance", [Ranking.of(["a", "b"]), Ranking.of(["b", "a"], weight=1.5)], ["b", "a"]),
    ("zero weight list adds members but no order", [Ranking.of(["a"]), Ranking.of(["z"], weight=0.0)], ["a", "z"]),
]


@pytest.mark.parametrize(("name", "rankings", "expected"), CASES, ids=[case[0] for case in CASES])
def test_fusion_order(name: str, rankings: list[Ranking], expected: list[str]) -> None:
    assert [chunk_id for chunk_id, _ in reciprocal_rank_fusion(rankings)] == expected


def test_fused_score_is_sum_of_reciprocal_ranks() -> None:
    fused = dict(reciprocal_rank_fusion([Ranking.of(["a", "b"]), Ranking.of(["b"])], k=60))
    assert fused["a"] == pytest.approx(1 / 61)
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)


def test_rrf_k_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        reciprocal_rank_fusion([Ranking.of(["a"])], k=0)


def test_merge_by_score_interleaves_groups() -> None:
    assert merge_by_score([[("a", 0.9), ("b", 0.1)], [("c", 0.5)]], limit=2) == [("a", 0.9), ("c", 0.5)]
