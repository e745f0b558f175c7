"""Fusing rankings: vector similarity, BM25 keywords and, when asked, recency.

Cosine similarities and BM25 scores live on different scales that shift with every query, so
they are never added. Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009) uses
ranks only: a chunk scores sum(weight / (k + rank)) over the lists it appears in. A note that both
halves place high wins; a note only one half finds (an exact "A&E" the embedding blurred, a
paraphrase with none of the question's words) still gets in. k = 60 is the paper's value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

RRF_K = 60


@dataclass(frozen=True)
class Ranking:
    """One ranked list of chunk ids, best first, with its weight in the fusion."""

    chunk_ids: tuple[str, ...]
    weight: float = 1.0

    @classmethod
    def of(cls, chunk_ids: Sequence[str], weight: float = 1.0) -> Ranking:
        return cls(tuple(dict.fromkeys(chunk_ids)), weight)


def reciprocal_rank_fusion(rankings: Sequence[Ranking], k: int = RRF_K) -> list[tuple[str, float]]:
    """Chunk ids by fused score, best first; ties go to the better best rank, then the id."""
    if k < 1:
        raise ValueError(f"rrf k must be at least 1, got {k}")
    scores: dict[str, float] = {}
    best_rank: dict[str, int] = {}
    for ranking in rankings:
        for rank, chunk_id in enumerate(ranking.chunk_ids, start=1):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + ranking.weight / (k + rank)
            best_rank[chunk_id] = min(best_rank.get(chunk_id, rank), rank)
    return sorted(scores.items(), key=lambda item: (-item[1], best_rank[item[0]], item[0]))


def merge_by_score(lists: Sequence[Sequence[tuple[str, float]]], limit: int) -> list[tuple[str, float]]:
    """Several (id, score) lists over disjoint case groups, as one list best first."""
    merged = [item for items in lists for item in items]
    merged.sort(key=lambda item: (-item[1], item[0]))
    return merged[:limit]
