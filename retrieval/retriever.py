"""The scoped hybrid retriever: exact vectors plus BM25, fused, inside the caller's scope.

A question travels: date phrase -> event-date window; names -> each case's pseudonyms (the index
holds `[CHILD]`, never "Amelia"); abbreviations -> long forms; then an exact vector search over
the scope's per-case blocks and an FTS5 search with the scope in its SQL, merged by reciprocal
rank fusion. Every store call carries the scope; nothing is fetched first and filtered after.

Names differ per case (Amelia is `[CHILD]` in her own case and nobody in the next), so a question
over a caseload is pseudonymised once per case and cases whose pseudonymised text comes out the
same are searched together (`pseudonymise_query`). Only the vaults of permitted cases are read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any, Protocol, runtime_checkable

from access.scope import Scope, chroma_where
from retrieval.dates import parse_date_window
from retrieval.exact import ExactCaseCache
from retrieval.expansion import expand
from retrieval.hybrid import RRF_K, Ranking, merge_by_score, reciprocal_rank_fusion
from retrieval.types import Chunk, Embedder, Hit, NoteRecord

_MIN_OVERLAP = 12
_PSEUDONYM = re.compile(r"\[[A-Z][A-Z'’ \-]*?(?: \d+)?\]")
"""A vault token as redaction writes it ("[CHILD]", "[PERSON 4]"); retrieval does not import redaction."""

CasePseudonymiser = Callable[[str, str], str]
"""(text, case_id) -> the text with that case's people and identifiers replaced by its pseudonyms.
Bound by the wiring to the redaction vault; it must not write to the vault."""


@runtime_checkable
class ScopedPseudonymiser(Protocol):
    """A pseudonymiser whose per-case spelling depends on what the asker may see: the forms the
    notes inside the asker's scope gave a person ("Cia"), never those of a note the asker cannot
    see. Bound once per question to the question's scope, so what that scope selects is read once."""

    def within(self, scope: Scope) -> CasePseudonymiser: ...


class KeywordSearch(Protocol):
    """retrieval.keyword_index.KeywordIndex: BM25 with the scope inside its SQL."""

    def search(
        self, query: str, scope: Scope, k: int, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[tuple[str, float]]: ...


class NoteStore(Protocol):
    """retrieval.chroma_index.ChromaIndex: whole notes reassembled under a Chroma filter."""

    def notes(self, where: Mapping[str, Any]) -> list[NoteRecord]: ...


@dataclass(frozen=True)
class ScopedQuery:
    """Pseudonymised query text and the cases it is valid for."""

    text: str
    scope: Scope


@dataclass(frozen=True)
class RankingConfig:
    """How many candidates each half contributes and how the fusion weighs them."""

    candidates: int = 50
    rrf_k: int = RRF_K
    keyword_weight: float = 1.0
    recency_weight: float = 2.5
    recency_pool: int = 10
    day_weight: float = 3.0
    one_chunk_per_note: bool = True
    sibling_rank: int = 40
    """A note's other chunks ranked within this many fused candidates join its hit (see `_hits`)."""
    chunks_per_hit: int = 3
    named_case_weight: float = 1.0
    """Weight of the ranking of the cases a question names (see `_named_cases`)."""


def pseudonymise_query(
    question: str, scope: Scope, pseudonymise: CasePseudonymiser | ScopedPseudonymiser | None
) -> list[ScopedQuery]:
    """The question as each permitted case's pseudonyms spell it, cases with the same text grouped.

    The answering pipeline calls this too, so a question reaches the index and the prompt in the
    same form. Without a pseudonymiser (tests, or a corpus with no vault) the text is used as is.
    A ScopedPseudonymiser is bound to `scope` first (once per question).
    """
    if scope.is_empty:
        return []
    if pseudonymise is None:
        return [ScopedQuery(question, scope)]
    if isinstance(pseudonymise, ScopedPseudonymiser):
        pseudonymise = pseudonymise.within(scope)
    groups: dict[str, set[str]] = {}
    for case_id in sorted(scope.case_ids):
        groups.setdefault(pseudonymise(question, case_id), set()).add(case_id)
    return [ScopedQuery(text, scope.narrowed(cases)) for text, cases in groups.items()]


class HybridRetriever:
    """`retrieval.types.Retriever` over an exact per-case vector cache and a keyword index."""

    def __init__(
        self,
        embedder: Embedder,
        vectors: ExactCaseCache,
        keywords: KeywordSearch,
        notes: NoteStore,
        config: RankingConfig | None = None,
    ) -> None:
        self._embedder = embedder
        self._vectors = vectors
        self._keywords = keywords
        self._notes = notes
        self._config = config or RankingConfig()

    def search(
        self, query: str, scope: Scope, k: int, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[Hit]:
        """Top k chunks for already-pseudonymised `query` inside `scope`."""
        return self.search_queries([ScopedQuery(query, scope)], k, date_from, date_to)

    def search_queries(
        self,
        queries: Sequence[ScopedQuery],
        k: int,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        prefer_recent: bool = False,
        on_day: tuple[int, int] | None = None,
    ) -> list[Hit]:
        """Top k chunks over several (text, scope) groups whose case sets do not overlap.

        `on_day` (month, day) is a question's "on 21 March" without a year: candidates from that
        day of any year are ranked up rather than everything else filtered out.
        """
        queries = [query for query in queries if not query.scope.is_empty]
        if k <= 0 or not queries:
            return []
        union = _union(query.scope for query in queries)
        pool = max(self._config.candidates, k)
        expanded = [expand(query.text) for query in queries]
        embeddings = self._embedder.embed([item.semantic for item in expanded])
        vector_hits = merge_by_score(
            [
                [(chunk.chunk_id, score) for chunk, score in self._vectors.search(embeddings[i], query.scope, pool, date_from, date_to)]
                for i, query in enumerate(queries)
            ],
            pool,
        )
        keyword_hits = merge_by_score(
            [
                self._keywords.search(item.keyword, query.scope, pool, date_from, date_to)
                for item, query in zip(expanded, queries, strict=True)
            ],
            pool,
        )
        chunks = self._vectors.chunks(union, [chunk_id for chunk_id, _ in vector_hits + keyword_hits])
        rankings = [
            Ranking.of([chunk_id for chunk_id, _ in vector_hits if chunk_id in chunks]),
            Ranking.of([chunk_id for chunk_id, _ in keyword_hits if chunk_id in chunks], self._config.keyword_weight),
        ]
        named = _named_cases(queries)
        if named:
            relevant = reciprocal_rank_fusion(rankings, self._config.rrf_k)
            in_named = [chunk_id for chunk_id, _ in relevant if chunks[chunk_id].case_id in named]
            rankings.append(Ranking.of(in_named, self._config.named_case_weight))
        if prefer_recent:
            rankings.append(self._recency(reciprocal_rank_fusion(rankings, self._config.rrf_k), chunks))
        if on_day is not None:
            on_that_day = [
                chunk_id for chunk_id, _ in vector_hits + keyword_hits
                if chunk_id in chunks and (chunks[chunk_id].date.month, chunks[chunk_id].date.day) == on_day
            ]
            rankings.append(Ranking.of(on_that_day, self._config.day_weight))
        return self._hits(reciprocal_rank_fusion(rankings, self._config.rrf_k), chunks, k)

    def _recency(self, relevant: list[tuple[str, float]], chunks: Mapping[str, Chunk]) -> Ranking:
        """Newest first among the most relevant chunks of the kinds of note the question is about.

        "When was she last seen alone?" asks for the latest of several similar visits. Ranking every
        candidate by date would promote whatever was written last, so the pool is the `recency_pool`
        best chunks (vectors and keywords fused) whose note type is among the three best chunks' types.
        """
        best = [chunks[chunk_id] for chunk_id, _ in relevant[: self._config.recency_pool]]
        kinds = {chunk.note_type for chunk in best[:3]}
        newest_first = sorted((c for c in best if c.note_type in kinds), key=lambda c: (c.date, c.chunk_id), reverse=True)
        return Ranking.of([chunk.chunk_id for chunk in newest_first], self._config.recency_weight)

    def _hits(self, fused: list[tuple[str, float]], chunks: Mapping[str, Chunk], k: int) -> list[Hit]:
        """One hit per note, best note first; a hit carries its note's other well-ranked chunks.

        A long note (minutes, a pasted email, a first visit told at length) is split, and the chunk
        the question's words match best (the heading, the visit's setting) is often not the one
        holding the answer (what the child said two paragraphs on). Returning only the best chunk
        gave the model the note without its answer; returning each chunk as its own hit let one
        note crowd out others. So the note's other chunks that are themselves among the best
        `sibling_rank` candidates join its hit, merged in note order, up to `chunks_per_hit`.
        """
        if not self._config.one_chunk_per_note:
            return [Hit(chunk=chunks[chunk_id], score=score, rank=rank) for rank, (chunk_id, score) in enumerate(fused[:k], start=1)]
        siblings: dict[str, list[Chunk]] = {}
        for chunk_id, _ in fused[: self._config.sibling_rank]:
            siblings.setdefault(chunks[chunk_id].note_id, []).append(chunks[chunk_id])
        hits: list[Hit] = []
        seen_notes: set[str] = set()
        for chunk_id, score in fused:
            chunk = chunks[chunk_id]
            if chunk.note_id in seen_notes:
                continue
            seen_notes.add(chunk.note_id)
            joined = [chunk, *[c for c in siblings.get(chunk.note_id, []) if c.chunk_id != chunk_id]]
            hits.append(Hit(chunk=merge_chunks(joined[: self._config.chunks_per_hit]), score=score, rank=len(hits) + 1))
            if len(hits) == k:
                break
        return hits

    def notes(
        self, scope: Scope, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[NoteRecord]:
        """A case's whole notes the scope permits, in event-date order."""
        narrowed = scope.narrowed([case_id])
        if narrowed.is_empty:
            return []
        clauses: list[Mapping[str, Any]] = [chroma_where(narrowed)]
        if date_from is not None:
            clauses.append({"day": {"$gte": date_from.toordinal()}})
        if date_to is not None:
            clauses.append({"day": {"$lte": date_to.toordinal()}})
        return self._notes.notes(clauses[0] if len(clauses) == 1 else {"$and": clauses})

    def note(self, scope: Scope, note_id: str) -> NoteRecord | None:
        """One whole note, or None when it does not exist or the scope does not permit it."""
        if scope.is_empty:
            return None
        found = self._notes.notes({"$and": [chroma_where(scope), {"note_id": note_id}]})
        return found[0] if found else None


def search_question(
    retriever: HybridRetriever,
    question: str,
    scope: Scope,
    k: int,
    *,
    today: dt.date,
    pseudonymise: CasePseudonymiser | ScopedPseudonymiser | None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[Hit]:
    """A user's question end to end: its date phrase, each case's pseudonyms, hybrid ranking.

    Explicit `date_from`/`date_to` (a filter the user set) are intersected with the phrase's window.
    """
    window = parse_date_window(question, today)
    lower = max((day for day in (date_from, window.date_from) if day is not None), default=None)
    upper = min((day for day in (date_to, window.date_to) if day is not None), default=None)
    if lower is not None and upper is not None and lower > upper:
        return []
    queries = pseudonymise_query(question, scope, pseudonymise)
    return retriever.search_queries(queries, k, lower, upper, prefer_recent=window.prefer_recent, on_day=window.month_day)


def _named_cases(queries: Sequence[ScopedQuery]) -> frozenset[str]:
    """The cases a caseload question names: those whose pseudonyms replaced more of its words.

    "What did Noor say?" asked over a caseload becomes "What did [CHILD] say?" in Noor's case and
    stays as written in the others, where nobody is called Noor. The question is about her case,
    but a name can be shared, and a caseload question may name nobody, so it is a ranking that
    favours those cases, never a filter. One group (a single case, or nobody named) names nothing.
    """
    if len(queries) < 2:
        return frozenset()
    counts = [len(_PSEUDONYM.findall(query.text)) for query in queries]
    if max(counts) == min(counts):
        return frozenset()
    return frozenset().union(*(query.scope.case_ids for query, count in zip(queries, counts, strict=True) if count == max(counts)))


def merge_chunks(chunks: Sequence[Chunk]) -> Chunk:
    """Chunks of one note as one, in note order: the best chunk's id, overlaps written once.

    Consecutive chunks are exact slices of the note that overlap by whole sentences, so the
    longest end of one that starts the next is the overlap; non-consecutive chunks are joined by a
    blank line, never by invented text.
    """
    ordered = sorted(chunks, key=lambda chunk: chunk.chunk_index)
    if len(ordered) == 1:
        return ordered[0]
    text = ordered[0].text
    for previous, chunk in pairwise(ordered):
        if chunk.chunk_index == previous.chunk_index + 1:
            text += chunk.text[_overlap(previous.text, chunk.text) :]
        else:
            text = text.rstrip() + "\n\n" + chunk.text.lstrip()
    return replace(chunks[0], text=text, chunk_index=ordered[0].chunk_index)


def _overlap(before: str, after: str) -> int:
    """Length of the longest end of `before` that is also the start of `after`.

    Chunks overlap by whole sentences or not at all; a match shorter than `_MIN_OVERLAP` is taken
    for a coincidence ("e." ending one chunk, "e.g." starting the next), since dropping real text
    is worse than repeating a two-word sentence.
    """
    for size in range(min(len(before), len(after)), _MIN_OVERLAP - 1, -1):
        if before.endswith(after[:size]):
            return size
    return 0


def _union(scopes: Iterable[Scope]) -> Scope:
    full: set[str] = set()
    standard: set[str] = set()
    for scope in scopes:
        full |= scope.full_cases
        standard |= scope.standard_cases
    return Scope(frozenset(full), frozenset(standard - full))
