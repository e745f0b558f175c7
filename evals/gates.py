"""The release gate: evals/gates.yaml thresholds and non-regression tolerances, checked against a
report (and optionally a baseline report). Any gate that fails makes `caseassist eval run` exit 1."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.core import DatasetError

GATES = Path(__file__).resolve().parent / "gates.yaml"


@dataclass(frozen=True)
class GateResult:
    suite: str
    metric: str
    value: float | None
    rule: str
    passed: bool
    reason: str = ""
    regression: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "metric": self.metric,
            "value": self.value,
            "rule": self.rule,
            "passed": self.passed,
            "reason": self.reason,
            "regression": self.regression,
        }


def load_gates(path: Path = GATES) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DatasetError(f"{path}: cannot read the gates ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("suites"), dict):
        raise DatasetError(f"{path}: expected `version` and a `suites` mapping")
    for suite, metrics in data["suites"].items():
        for metric, rule in (metrics or {}).items():
            if (
                not isinstance(rule, dict)
                or not set(rule) <= {"min", "max", "regress"}
                or not ({"min", "max"} & set(rule))
            ):
                raise DatasetError(f"{path}: suites.{suite}.{metric}: expected {{min|max: number, regress?: number}}")
    return data


def check(report: dict[str, Any], gates: dict[str, Any], baseline: dict[str, Any] | None = None) -> list[GateResult]:
    """One result per gated metric of every suite the report ran."""
    results: list[GateResult] = []
    for suite, body in report.get("suites", {}).items():
        metrics = body.get("metrics", {})
        base = (baseline or {}).get("suites", {}).get(suite, {}).get("metrics", {})
        for metric, rule in (gates["suites"].get(suite) or {}).items():
            if metric not in metrics:
                continue
            results.extend(_check_one(suite, metric, float(metrics[metric]), rule, base.get(metric)))
    return results


def _check_one(suite: str, metric: str, value: float, rule: dict[str, float], base: float | None) -> list[GateResult]:
    out = []
    if "min" in rule:
        ok = value >= rule["min"]
        out.append(
            GateResult(
                suite, metric, value, f">= {rule['min']}", ok, "" if ok else f"{value:.4g} is below {rule['min']}"
            )
        )
    if "max" in rule:
        ok = value <= rule["max"]
        out.append(
            GateResult(
                suite, metric, value, f"<= {rule['max']}", ok, "" if ok else f"{value:.4g} is above {rule['max']}"
            )
        )
    if "regress" in rule and base is not None:
        worse = (float(base) - value) if "min" in rule else (value - float(base))
        ok = worse <= rule["regress"]
        out.append(
            GateResult(
                suite,
                metric,
                value,
                f"no worse than baseline {float(base):.4g} by > {rule['regress']}",
                ok,
                "" if ok else f"regressed from {float(base):.4g} to {value:.4g}",
                regression=not ok,
            )
        )
    return out
