"""Redaction throughput: whole cases through `CaseRedactor.redact_case` (NER, patterns, gazetteer,
discovered-person pass, token assignment, anonymisation, leak re-scan), as `caseassist import` runs it.

Prints notes per wall-clock second and per CPU second of this process (the machine is shared, so
the CPU figure is the steadier one), with the load average at the time. Target: >= 200 notes/s.
Run: .venv/bin/python bench/bench_redaction.py [--corpus data/demo] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from redaction import build_case_redactor
from redaction.evaluation import load_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=Path("data/demo"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    redactor = build_case_redactor()
    load_s = time.perf_counter() - started
    cases, users, _ = load_corpus(args.corpus)
    notes = sum(len(c.notes) for c in cases)
    chars = sum(len(n.text) for c in cases for n in c.notes)
    redactor.redact_case(cases[0], users)  # warm-up: lazy Presidio and spaCy initialisation

    wall, cpu = [], []
    for _ in range(args.rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        for case in cases:
            redactor.redact_case(case, users)
        wall.append(notes / (time.perf_counter() - w0))
        cpu.append(notes / (time.process_time() - c0))
    print(
        f"corpus {args.corpus}: {len(cases)} cases, {notes} notes, {chars / notes:.0f} chars/note; model load {load_s:.1f}s"
    )
    print(
        f"redaction throughput: {statistics.median(wall):.0f} notes/s wall (median of {args.rounds}), "
        f"{statistics.median(cpu):.0f} notes per CPU-second; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    main()
