"""Ingest throughput against raw embedding throughput of the same chunks, in the same run.

    .venv/bin/python bench/bench_ingest.py [--cases data/demo/cases.jsonl] [--users data/demo/users.json]

1. Plans the import once (validate, redact, chunk) to learn the exact texts the pipeline embeds.
2. Raw: embeds those texts with the bare model (no cache, no stores), timed.
3. Ingest: a full import into a fresh CASEASSIST_HOME (redaction, chunking, cached embedding,
   journal, Chroma, FTS5, catalogue), timed end to end, model load excluded.
Prints notes/s, chunks/s, both rates and their ratio (target >= 0.85), plus a re-import that must
embed nothing. Uses the real redactor when its NER model is trained, otherwise says it did not.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.ingest import SilentProgress
from assistant.settings import Settings
from assistant.wiring import build_ingestor
from records.loader import load_cases, load_users
from retrieval.embedding import MiniLMEmbedder

REPO = Path(__file__).resolve().parents[1]


def _redactor() -> tuple[Any, str]:
    from assistant.wiring import ConfigurationError, build_redactor

    try:
        return build_redactor(Settings()), "real (Presidio + shipped NER)"
    except ConfigurationError:
        sys.path.insert(0, str(REPO))
        from tests.ingest_fixtures import StandInRedactor

        return StandInRedactor(), "STAND-IN (NER model not trained: `make train-ner`)"


class StageClock:
    """A progress reporter that records when each stage starts, for the time breakdown."""

    def __init__(self) -> None:
        self.starts: list[tuple[str, float]] = []

    def stage(self, name: str, total: int) -> None:
        self.starts.append((name, time.perf_counter()))

    def advance(self, count: int = 1) -> None:
        return None

    def close(self) -> None:
        self.starts.append(("end", time.perf_counter()))

    def breakdown(self, started: float, finished: float) -> dict[str, float]:
        marks = [("start", started), *self.starts, ("finished", finished)]
        return {name: round(marks[i + 1][1] - at, 2) for i, (name, at) in enumerate(marks[:-1]) if name != "end" or marks[i + 1][1] - at > 0.005}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=REPO / "data/demo/cases.jsonl")
    parser.add_argument("--users", type=Path, default=REPO / "data/demo/users.json")
    args = parser.parse_args()

    users = load_users(args.users)
    loaded = load_cases(args.cases, known_users={u.username for u in users})
    cases = loaded.cases
    started = time.perf_counter()
    model = MiniLMEmbedder()
    load_s = time.perf_counter() - started
    redactor, redactor_kind = _redactor()

    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as home:
        settings = Settings(home=Path(home))
        ingestor = build_ingestor(settings, redactor=redactor, embedder=model)
        planned = _timed(lambda: ingestor.plan(cases, users, prune=False))
        plan = planned.value
        texts = [text for note in plan.notes for text in note.texts]
        model.embed(texts[:32])  # warm-up, both sides get a warm model

        raw_before = _timed(lambda: model.embed(texts))

        clock = StageClock()
        started = time.perf_counter()
        ingest = _timed(lambda: ingestor.run(cases, users, prune=False, progress=clock, actor="bench").as_dict())
        result = ingest.value
        stages = clock.breakdown(started, started + ingest.wall)
        raw_after = _timed(lambda: model.embed(texts))

        started = time.perf_counter()
        again = ingestor.run(cases, users, prune=False, progress=SilentProgress(), actor="bench").as_dict()
        reimport_s = time.perf_counter() - started

    notes, chunks = result["notes_indexed"], result["chunks_written"]
    raw_s = (raw_before.wall + raw_after.wall) / 2
    raw_cpu = (raw_before.cpu + raw_after.cpu) / 2
    ingest_s = ingest.wall
    figures = {
        "corpus": str(args.cases.relative_to(REPO) if args.cases.is_relative_to(REPO) else args.cases),
        "cases": len(cases),
        "notes": notes,
        "chunks": chunks,
        "redactor": redactor_kind,
        "model_load_s": round(load_s, 2),
        "raw_embedding_s_before_after": [round(raw_before.wall, 2), round(raw_after.wall, 2)],
        "raw_chunks_per_s": round(len(texts) / raw_s, 1),
        "ingest_s": round(ingest_s, 2),
        "ingest_notes_per_s": round(notes / ingest_s, 1),
        "ingest_chunks_per_s": round(chunks / ingest_s, 1),
        "ratio_ingest_to_raw": round((chunks / ingest_s) / (len(texts) / raw_s), 3),
        "cpu_s_raw_vs_ingest": [round(raw_cpu, 1), round(ingest.cpu, 1)],
        "ratio_ingest_to_raw_cpu": round(raw_cpu / ingest.cpu * chunks / len(texts), 3),
        "redact_and_chunk_cpu_s": round(planned.cpu, 1),
        "ratio_without_redaction_cpu": round(raw_cpu / (ingest.cpu - planned.cpu) * chunks / len(texts), 3),
        "ingest_stage_s": stages,
        "reimport_s": round(reimport_s, 2),
        "reimport_embedded": again["embedded"],
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, torch threads {_torch_threads()}",
    }
    print(json.dumps(figures, indent=2))


@dataclass
class Timed:
    value: Any
    wall: float
    cpu: float


def _timed(work: Callable[[], Any]) -> Timed:
    """Wall time and this process's CPU time (all threads): CPU time is robust to a busy machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = work()
    return Timed(value, time.perf_counter() - wall, time.process_time() - cpu)


def _torch_threads() -> int:
    import torch

    return int(torch.get_num_threads())


if __name__ == "__main__":
    main()
