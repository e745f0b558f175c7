"""Scoped retrieval: latency and exactness of the per-case exact path against Chroma and brute force,
and retrieval quality on the demo corpus's gold questions.

    .venv/bin/python bench/bench_retrieval.py                       # 10k and 100k with Chroma, 1M exact only
    .venv/bin/python bench/bench_retrieval.py --sizes 10000 --queries 20
    .venv/bin/python bench/bench_retrieval.py --quality-only --home .caseassist

Synthetic part: random unit vectors (384 dimensions, as MiniLM), `--per-case` chunks a case, 10 %
restricted notes, scopes of `--scope-cases` cases half fully visible and half standard-only (so the
row mask matters), and a variant with a date range covering about 10 % of the days. Random vectors
are the hard case for an approximate index: every neighbour is nearly as far as the next.
Chroma is loaded only up to `--chroma-max` chunks (its ingest of 1M takes far too long on this
machine); above that the exact path is measured from an in-memory source with the same interface.

Quality part: needs an imported corpus (`caseassist import data/demo/cases.jsonl --users ...`) and
data/demo/gold/questions.jsonl; recall@5 and MRR of the supporting note, asked as the gold user.

Prints figures; it is not a test. Results are recorded in docs/benchmarks.md ("## Retrieval").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # small products: threads cost more than they give
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from access.scope import Scope, chroma_where
from retrieval.exact import ExactCaseCache
from retrieval.types import Chunk

DIM = 384
FIRST_DAY = dt.date(2018, 1, 1)
DAYS = 2000


@dataclass
class Synthetic:
    vectors: np.ndarray
    case_codes: np.ndarray
    restricted: np.ndarray
    days: np.ndarray
    chunks: list[Chunk]

    @property
    def cases(self) -> int:
        return int(self.case_codes.max()) + 1


def case_name(code: int) -> str:
    return f"K{code:06d}"


def synthesise(size: int, per_case: int, seed: int = 7) -> Synthetic:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((size, DIM), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    case_codes = np.arange(size) // per_case
    restricted = rng.random(size) < 0.10
    days = rng.integers(0, DAYS, size)
    chunks = [
        Chunk(
            chunk_id=f"{case_name(int(code))}-{row}",
            note_id=f"{case_name(int(code))}-{row}",
            case_id=case_name(int(code)),
            date=FIRST_DAY + dt.timedelta(days=int(day)),
            note_type="case_note",
            title="",
            text="",
            sensitivity="restricted" if flag else "standard",
        )
        for row, (code, flag, day) in enumerate(zip(case_codes, restricted, days, strict=True))
    ]
    return Synthetic(vectors, case_codes, restricted, days, chunks)


class MemorySource:
    """The cache's VectorSource over arrays, for sizes Chroma cannot be loaded with here."""

    def __init__(self, data: Synthetic) -> None:
        self._data = data
        order = np.argsort(data.case_codes, kind="stable")
        bounds = np.searchsorted(data.case_codes[order], np.arange(data.cases + 1))
        self._rows = {case_name(c): order[bounds[c] : bounds[c + 1]] for c in range(data.cases)}

    def generation(self) -> int:
        return 1

    def fetch(self, where: Mapping[str, Any]) -> tuple[list[str], np.ndarray, list[Chunk]]:
        wanted = where["case_id"]["$in"]
        rows = np.concatenate([self._rows.get(case_id, np.empty(0, dtype=np.int64)) for case_id in wanted])
        chunks = [self._data.chunks[row] for row in rows]
        return [chunk.chunk_id for chunk in chunks], self._data.vectors[rows], chunks


def random_scopes(data: Synthetic, count: int, cases: int, seed: int) -> list[Scope]:
    rng = np.random.default_rng(seed)
    scopes = []
    for _ in range(count):
        picked = [case_name(int(c)) for c in rng.choice(data.cases, size=min(cases, data.cases), replace=False)]
        half = len(picked) // 2
        scopes.append(Scope(frozenset(picked[:half]), frozenset(picked[half:])))
    return scopes


def brute_force(data: Synthetic, scope: Scope, query: np.ndarray, k: int, window: tuple[int, int] | None) -> list[str]:
    full = np.isin(data.case_codes, [int(c[1:]) for c in scope.full_cases])
    standard = np.isin(data.case_codes, [int(c[1:]) for c in scope.standard_cases]) & ~data.restricted
    mask = full | standard
    if window is not None:
        mask &= (data.days >= window[0]) & (data.days <= window[1])
    rows = np.flatnonzero(mask)
    scores = data.vectors[rows] @ query
    best = np.argsort(-scores, kind="stable")[:k]
    return [data.chunks[rows[i]].chunk_id for i in best]


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(run: Callable[[], list[str]]) -> tuple[float, list[str]]:
    started = time.perf_counter()
    found = run()
    return (time.perf_counter() - started) * 1000, found


def recall(found: Sequence[str], truth: Sequence[str]) -> float:
    return len(set(found) & set(truth)) / len(truth) if truth else 1.0


def measure(label: str, runs: Sequence[tuple[Callable[[], list[str]], list[str]]]) -> dict[str, Any]:
    for run, _ in runs[:3]:
        run()  # warm-up: first-touch loads, caches
    latencies, cpu, recalls = [], [], []
    for run, truth in runs:
        cpu_started = time.thread_time()
        ms, found = timed(run)
        cpu.append((time.thread_time() - cpu_started) * 1000)
        latencies.append(ms)
        recalls.append(recall(found, truth))
    p50, p95 = percentiles(latencies)
    cpu50, cpu95 = percentiles(cpu)
    row = {"path": label, "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "cpu_p50_ms": round(cpu50, 2), "cpu_p95_ms": round(cpu95, 2),
           "mean_recall@10": round(statistics.fmean(recalls), 4), "worst_recall@10": round(min(recalls), 4)}
    print(f"    {label:<30} wall p50 {p50:7.2f} p95 {p95:7.2f} ms | cpu p50 {cpu50:6.2f} p95 {cpu95:6.2f} ms"
          f" | recall@10 mean {row['mean_recall@10']:.4f} worst {row['worst_recall@10']:.4f}")
    return row


def chroma_store(data: Synthetic, directory: Path) -> Any:
    from records.database import make_engine
    from retrieval.chroma_index import ChromaIndex

    index = ChromaIndex.persistent(directory / "chroma", "bench", make_engine(f"sqlite:///{directory / 'state.db'}"))
    started = time.perf_counter()
    step = 5000
    for start in range(0, len(data.chunks), step):
        index.upsert(data.chunks[start : start + step], data.vectors[start : start + step])
    print(f"    chroma ingest of {len(data.chunks)} chunks: {time.perf_counter() - started:.0f} s")
    return index


def bench_size(size: int, per_case: int, args: argparse.Namespace) -> list[dict[str, Any]]:
    print(f"== {size} chunks, {per_case} a case ({size // per_case} cases), scopes of {args.scope_cases} cases; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    data = synthesise(size, per_case)
    rng = np.random.default_rng(3)
    queries = rng.standard_normal((args.queries, DIM), dtype=np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    scopes = random_scopes(data, args.queries, args.scope_cases, seed=5)
    start_day = int(rng.integers(0, DAYS - DAYS // 10))
    window = (start_day, start_day + DAYS // 10 - 1)
    date_from, date_to = (FIRST_DAY + dt.timedelta(days=day) for day in window)
    k = 10
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        index = chroma_store(data, Path(tmp)) if size <= args.chroma_max else None
        cache = ExactCaseCache(index if index is not None else MemorySource(data))
        started = time.perf_counter()
        for scope in scopes:
            cache.blocks(scope)
        print(f"    exact cache: {cache.loads} case blocks loaded in {time.perf_counter() - started:.1f} s ({cache.held_chunks} chunks held)")
        if index is not None:
            reads = []
            for _ in range(args.queries):
                began = time.perf_counter()
                index.generation()
                reads.append((time.perf_counter() - began) * 1000)
            p50, p95 = percentiles(reads)
            print(f"    of which the generation check every search makes: p50 {p50:.2f} ms  p95 {p95:.2f} ms")
        for variant, dated in (("scope", False), ("scope + 10% date range", True)):
            print(f"  {variant}")
            truths = [brute_force(data, s, q, k, window if dated else None) for s, q in zip(scopes, queries, strict=True)]
            lo, hi = (date_from, date_to) if dated else (None, None)
            span = window if dated else None
            def exact(scope: Scope, query: np.ndarray, lo: dt.date | None = lo, hi: dt.date | None = hi) -> list[str]:
                return [chunk.chunk_id for chunk, _ in cache.search(query, scope, k, lo, hi)]

            def brute(scope: Scope, query: np.ndarray, span: tuple[int, int] | None = span) -> list[str]:
                return brute_force(data, scope, query, k, span)

            def chroma(scope: Scope, query: np.ndarray, dated: bool = dated) -> list[str]:
                assert index is not None
                where = chroma_where(scope)
                if dated:
                    where = {"$and": [where, {"day": {"$gte": date_from.toordinal()}}, {"day": {"$lte": date_to.toordinal()}}]}
                return [chunk.chunk_id for chunk, _ in index.query(query, where, k)]

            searches: list[tuple[str, Callable[[Scope, np.ndarray], list[str]]]] = [
                ("exact per-case cache", exact), ("numpy brute force (all rows)", brute)
            ]
            if index is not None:
                searches.append(("chroma filtered query", chroma))
            paths = [
                (label, [(partial(search, s, q), t) for s, q, t in zip(scopes, queries, truths, strict=True)])
                for label, search in searches
            ]
            for label, runs in paths:
                rows.append({"chunks": size, "per_case": per_case, "variant": variant, **measure(label, runs)})
    return rows


def bench_quality(home: Path, questions_path: Path, k: int = 5) -> dict[str, Any] | None:
    """recall@5 and MRR of the supporting note for the gold questions, through `search_question`."""
    os.environ["CASEASSIST_HOME"] = str(home)
    import torch

    from assistant import wiring
    from assistant.answering import VaultRedactor
    from assistant.settings import Settings
    from retrieval.retriever import search_question

    torch.set_num_threads(1)  # one short query at a time: with 2 threads on this busy machine MiniLM took 430 ms, with 1 52 ms
    current = Settings()
    if not (home / "chroma").exists():
        print(f"quality: no imported corpus under {home}; run `caseassist import data/demo/cases.jsonl --users data/demo/users.json` first")
        return None
    engine = wiring.build_engine(current)
    access = wiring.build_access(current)
    redactor = VaultRedactor(wiring.build_vault(current, engine))
    index = wiring.build_index(current, engine)
    retriever = wiring.build_retriever(current, engine=engine)
    questions = [json.loads(line) for line in questions_path.read_text().splitlines() if line.strip()]
    answerable = [q for q in questions if q.get("answerable") and q.get("supporting_note_ids")]
    supporting_ids = sorted({note_id for q in answerable for note_id in q["supporting_note_ids"]})
    indexed_notes = {chunk.note_id for chunk in index.fetch({"note_id": {"$in": supporting_ids}})[2]}
    withheld = [q["id"] for q in answerable if not set(q["supporting_note_ids"]) & indexed_notes]
    hits_at_k, reciprocal, latencies, misses = 0, 0.0, [], []
    by_type: dict[str, list[int]] = {}
    today = dt.date.fromisoformat(os.environ.get("BENCH_TODAY", dt.date.today().isoformat()))
    for question in answerable:
        scope = access.case_scope(question["asked_as"], question["case_id"])
        started = time.perf_counter()
        hits = search_question(retriever, question["question"], scope, 10, today=today, pseudonymise=redactor.pseudonymise)
        latencies.append((time.perf_counter() - started) * 1000)
        notes = [hit.chunk.note_id for hit in hits]
        supporting = set(question["supporting_note_ids"])
        rank = next((i for i, note in enumerate(notes, start=1) if note in supporting), None)
        found = rank is not None and rank <= k
        hits_at_k += found
        reciprocal += 1 / rank if rank else 0.0
        by_type.setdefault(question.get("qtype", "?"), []).append(int(found))
        if not found:
            misses.append({"id": question["id"], "question": question["question"], "rank": rank})
    n = len(answerable)
    reachable = n - len(withheld)
    reachable_hits = hits_at_k - sum(1 for q in answerable if q["id"] in withheld and q["id"] not in {m["id"] for m in misses})
    p50, p95 = percentiles(latencies) if latencies else (0.0, 0.0)
    result = {"questions": n, f"recall@{k}": round(hits_at_k / n, 4) if n else None, "mrr@10": round(reciprocal / n, 4) if n else None,
              "supporting_note_withheld_at_ingest": len(withheld),
              f"recall@{k}_over_indexed": round(reachable_hits / reachable, 4) if reachable else None,
              "p50_ms": round(p50, 1), "p95_ms": round(p95, 1),
              "recall_by_qtype": {t: round(sum(v) / len(v), 3) for t, v in sorted(by_type.items())}}
    print(f"== quality on {questions_path} ({n} answerable questions with a supporting note)")
    print(json.dumps(result, indent=2))
    for miss in misses[:15]:
        note = " (supporting note withheld at ingest)" if miss["id"] in withheld else ""
        print(f"    miss {miss['id']} (rank {miss['rank']}): {miss['question']}{note}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="chunk counts, comma-separated")
    parser.add_argument("--per-case", type=int, default=100, help="chunks a case for the synthetic corpus")
    parser.add_argument("--big-case-per-case", type=int, default=1000, help="a second 1M run with cases this large (0 to skip)")
    parser.add_argument("--scope-cases", type=int, default=20)
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--chroma-max", type=int, default=100_000, help="largest size loaded into Chroma")
    parser.add_argument("--quality-only", action="store_true")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--home", type=Path, default=Path(".caseassist"), help="CASEASSIST_HOME holding an imported demo corpus")
    parser.add_argument("--questions", type=Path, default=Path("data/demo/gold/questions.jsonl"))
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    if not args.quality_only:
        for size in (int(s) for s in args.sizes.split(",") if s):
            rows += bench_size(size, args.per_case, args)
            if size >= 1_000_000 and args.big_case_per_case:
                rows += bench_size(size, args.big_case_per_case, args)
    if not args.skip_quality:
        bench_quality(args.home.resolve(), args.questions)
    if rows:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
