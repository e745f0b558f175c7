"""Audit-trail appends per second: SQLite (WAL) against a durable local PostgreSQL, 1 and 4 writers.

Each writer is a separate process with its own engine, as web workers are; all start together on a
barrier, and the chain is verified after each run (a fork or a lost row would show there). The
PostgreSQL server is a throwaway cluster from the machine's binaries (tests/postgres_fixtures.py),
with fsync and synchronous commit on, so a figure includes the commit's flush to disk.
Run: .venv/bin/python bench/bench_audit.py [--appends 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _writer(url: str, name: str, count: int, start: Any) -> None:
    from access.audit import Action, AuditLog, Outcome
    from records.database import make_engine

    log = AuditLog(make_engine(url), _utc_now)
    log.record(name, Action.SEARCH, Outcome.ANSWERED)  # connect before the clock starts
    start.wait()
    for i in range(count):
        log.record(name, Action.SEARCH, Outcome.ANSWERED, question=f"q{i}")


def measure(label: str, url: str, writers: int, total: int) -> None:
    from access.audit import AuditLog
    from access.tables import create_tables
    from records.database import make_engine

    create_tables(make_engine(url))
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(writers + 1)
    each = total // writers
    processes = [context.Process(target=_writer, args=(url, f"w{k}", each, start)) for k in range(writers)]
    for process in processes:
        process.start()
    start.wait()
    began = time.perf_counter()
    for process in processes:
        process.join()
    elapsed = time.perf_counter() - began
    verified = AuditLog(make_engine(url), _utc_now).verify()
    print(
        f"{label:<30} writers={writers} appends={each * writers:<5} {each * writers / elapsed:8.0f}/s"
        f"  chain ok={verified.ok} rows={verified.rows_checked}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--appends", type=int, default=500, help="appends per run, split over the writers")
    args = parser.parse_args()
    from tests.postgres_fixtures import start_cluster

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    scratch = Path(tempfile.mkdtemp())
    cluster = start_cluster(durable=True)
    try:
        for writers in (1, 4):
            measure("sqlite (WAL, synchronous=NORMAL)", f"sqlite:///{scratch}/audit{writers}.db", writers, args.appends)
            measure("postgresql (fsync on)", cluster.create_database(), writers, args.appends)
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
