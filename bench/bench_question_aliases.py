"""Question pseudonymisation benchmark: what one question costs before retrieval, per asker.

    .venv/bin/python bench/bench_question_aliases.py --home /tmp/me/h_demo --corpus data/demo
    .venv/bin/python bench/bench_question_aliases.py --home /tmp/me/h_independent11 --corpus data/independent11

Every gold question of the corpus is pseudonymised exactly as the answering pipeline does it
(`retrieval.retriever.pseudonymise_query` over the asker's scope with the pipeline's redactor),
twice per asker shape:
- caseload: the team manager who sees the most cases asks over everything they may see (one
  pseudonymisation per permitted case);
- one case: the gold question's own asker, scoped to the gold question's case.
Prints p50 / p95 / max milliseconds per question and the scope sizes. Reads an existing import
(`--home`); writes nothing. The same script measures an older revision: set CASEASSIST_SRC to a
checkout of it, or run a copy of the script from inside one (it then passes the redactor's per-case
method, the only form that revision had).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("CASEASSIST_SRC", str(REPO)))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def _questions(corpus: Path) -> list[dict[str, Any]]:
    lines = (corpus / "gold" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _timed(call: Callable[[], object], repeat: int) -> float:
    """Best of `repeat` runs in milliseconds (the machine is shared: the best is the least noisy)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def _summary(label: str, times: Sequence[float], cases: Sequence[int]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"{label:9s} n={len(times):3d} cases in scope {min(cases)}-{max(cases)}  "
        f"p50 {statistics.median(ordered):7.1f} ms  p95 {p95:7.1f} ms  max {ordered[-1]:7.1f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", type=Path, required=True, help="CASEASSIST_HOME of an existing import")
    parser.add_argument("--corpus", type=Path, required=True, help="corpus directory with gold/questions.jsonl")
    parser.add_argument("--limit", type=int, default=40, help="gold questions to time (default 40)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per question; the best is kept")
    args = parser.parse_args(argv)
    os.environ["CASEASSIST_HOME"] = str(args.home)

    from assistant import wiring  # imported here: after sys.path is set
    from assistant.answering import VaultRedactor
    from assistant.settings import Settings
    from records.models import Role
    from retrieval.retriever import pseudonymise_query

    settings = Settings()
    access = wiring.build_access(settings)
    redactor = VaultRedactor(wiring.build_vault(settings))
    target: Any = redactor if hasattr(redactor, "within") else redactor.pseudonymise
    managers = [u.username for u in access.users.all() if u.role == Role.TEAM_MANAGER]
    if not managers:
        print("no team manager in this import", file=sys.stderr)
        return 2
    manager = max(managers, key=lambda name: len(access.scope(name).case_ids))
    caseload = access.scope(manager)
    questions = _questions(args.corpus)[: args.limit]
    pseudonymise_query(questions[0]["question"], caseload, target)  # warm: Presidio, lexicons
    rows: dict[str, tuple[list[float], list[int]]] = {"caseload": ([], []), "one case": ([], [])}
    for item in questions:
        one = access.case_scope(item["asked_as"], item["case_id"])
        for label, scope in (("caseload", caseload), ("one case", one)):
            if scope.is_empty:
                continue
            question = item["question"]
            rows[label][0].append(_timed(lambda q=question, s=scope: pseudonymise_query(q, s, target), args.repeat))
            rows[label][1].append(len(scope.case_ids))
    print(f"home {args.home}  corpus {args.corpus}  manager {manager}  redactor form {'scoped' if target is redactor else 'per case'}")
    for label, (times, cases) in rows.items():
        if times:
            print(_summary(label, times, cases))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
