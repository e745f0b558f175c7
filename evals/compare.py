"""Comparing reports: `caseassist eval compare A.json B.json`, and a run against the approved baseline.

Where both reports hold paired per-question outcomes for a metric (the same corpus, the same
questions in the same order), an exact McNemar test says whether the change is more than chance;
elsewhere the delta is reported without a test, and the table says why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from evals.suites.bias import mcnemar_p


def compare(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    same_corpus = a.get("corpus_hash") == b.get("corpus_hash")
    for suite in sorted(set(a.get("suites", {})) | set(b.get("suites", {}))):
        sa, sb = a.get("suites", {}).get(suite, {}), b.get("suites", {}).get(suite, {})
        ma, mb = sa.get("metrics", {}), sb.get("metrics", {})
        for metric in sorted(set(ma) | set(mb)):
            row: dict[str, Any] = {
                "suite": suite,
                "metric": metric,
                "a": ma.get(metric),
                "b": mb.get(metric),
                "delta": None,
                "p_value": None,
                "test": "",
            }
            if row["a"] is not None and row["b"] is not None:
                row["delta"] = round(float(row["b"]) - float(row["a"]), 4)
            elif row["a"] is None:
                row["test"] = "new: not in A"
            else:
                row["test"] = "not in B"
            pa, pb = sa.get("paired", {}).get(metric), sb.get("paired", {}).get(metric)
            if pa and pb and len(pa) == len(pb) and same_corpus:
                row["p_value"] = round(mcnemar_p([bool(x) for x in pa], [bool(x) for x in pb]), 4)
                row["test"] = f"exact McNemar, {len(pa)} paired questions"
            elif pa and pb:
                row["test"] = "no test: different corpora or questions"
            rows.append(row)
    return rows


def render(rows: list[dict[str, Any]]) -> str:
    def fmt(v: Any) -> str:
        return "-" if v is None else (f"{v:.4g}" if isinstance(v, float | int) else str(v))

    lines = [f"{'suite.metric':<52} {'A':>9} {'B':>9} {'delta':>9} {'p':>8}  test"]
    for r in rows:
        flag = " *" if r["p_value"] is not None and r["p_value"] < 0.05 else ""
        lines.append(
            f"{r['suite'] + '.' + r['metric']:<52} {fmt(r['a']):>9} {fmt(r['b']):>9} {fmt(r['delta']):>9} "
            f"{fmt(r['p_value']):>8}  {r['test']}{flag}"
        )
    lines.append("* significant at p < 0.05")
    return "\n".join(lines)


# --- the approved baseline and a run compared with it ---------------------------------------------

SHIPPED_BASELINE = Path(__file__).resolve().parent / "baselines" / "demo-extractive.report.json"
"""The baseline until a governance lead approves one: the full demo run kept in the repository."""
SHIPPED_LABEL = "shipped baseline"


def against_baseline(run: dict[str, Any], baseline: dict[str, Any], gates: dict[str, Any]) -> list[dict[str, Any]]:
    """Each metric of the suites `run` ran, beside the baseline's, flagged when it got worse by more
    than the gate's `regress` tolerance (the same test `--baseline` applies at release)."""
    ran = set(run.get("suites", {}))
    rows = []
    for row in compare(baseline, run):
        if row["suite"] not in ran:
            continue
        rule = (gates.get("suites", {}).get(row["suite"]) or {}).get(row["metric"]) or {}
        better = "higher" if "min" in rule else "lower" if "max" in rule else None
        worse = None
        if row["delta"] is not None and better is not None:
            worse = round(-row["delta"] if better == "higher" else row["delta"], 4)
        tolerance = rule.get("regress")
        rows.append(
            {
                "name": f"{row['suite']}.{row['metric']}",
                "suite": row["suite"],
                "metric": row["metric"],
                "baseline": row["a"],
                "value": row["b"],
                "delta": row["delta"],
                "better": better,
                "tolerance": tolerance,
                "regression": bool(tolerance is not None and worse is not None and worse > float(tolerance)),
                "p_value": row["p_value"],
                "test": row["test"],
            }
        )
    return rows


class BaselineError(ValueError):
    """The baseline file cannot be read or trusted: named by file and line, never silently skipped."""


class ApprovedBaselines:
    """`home/evals/baseline.jsonl`: one line per approval, newest last; the last one is the baseline.

    Append-only so the history of who approved what, when and why is kept beside the audit row;
    each line pins the report's SHA-256 so a report edited after approval is refused, not trusted.
    Until the first approval the shipped report is the baseline.
    """

    def __init__(self, path: Path, shipped: Path = SHIPPED_BASELINE) -> None:
        self._path = path
        self._shipped = shipped

    def history(self) -> list[dict[str, Any]]:
        if not self._path.is_file():
            return []
        approvals = []
        for number, line in enumerate(self._path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BaselineError(f"{self._path} line {number}: not valid JSON ({exc.msg})") from None
            if not isinstance(entry, dict) or not {"job_id", "report", "sha256"} <= set(entry):
                raise BaselineError(f"{self._path} line {number}: expected job_id, report and sha256")
            approvals.append(entry)
        return approvals

    def current(self) -> dict[str, Any]:
        """{"source": "approved"|"shipped", "label", "report", "job_id", "approved_by", "approved_at", "reason"}."""
        history = self.history()
        if not history:
            return {
                "source": "shipped",
                "label": SHIPPED_LABEL,
                "report": str(self._shipped),
                "job_id": None,
                "approved_by": None,
                "approved_at": None,
                "reason": None,
            }
        latest = dict(history[-1])
        latest.update(
            source="approved",
            label=f"baseline approved by {latest.get('approved_by')} on {str(latest.get('approved_at'))[:10]}",
        )
        return latest

    def report(self) -> dict[str, Any]:
        """The current baseline's report, refused if it changed since it was approved."""
        current = self.current()
        path = Path(current["report"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BaselineError(f"{path}: the baseline report cannot be read ({exc.strerror or exc})") from None
        if current["source"] == "approved" and hashlib.sha256(data).hexdigest() != current["sha256"]:
            raise BaselineError(f"{path}: the approved baseline report changed after approval; approve a run again")
        report: dict[str, Any] = json.loads(data)
        return report

    def approve(self, job_id: str, report: Path, who: str, reason: str, when: dt.datetime) -> dict[str, Any]:
        """Append one approval; the line is written whole in one call so a reader never sees half of it."""
        entry = {
            "job_id": job_id,
            "report": str(report),
            "sha256": hashlib.sha256(report.read_bytes()).hexdigest(),
            "approved_by": who,
            "approved_at": when.isoformat(timespec="seconds"),
            "reason": reason,
            "previous": self.current().get("job_id"),
        }
        self._path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self._path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, (json.dumps(entry, sort_keys=True) + "\n").encode("utf-8"))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        return self.current()
