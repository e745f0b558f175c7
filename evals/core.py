"""The harness's vocabulary: a Case is one thing to check, a Dataset a versioned file of them, an
Evaluator a small class that scores one observation and says why whenever it fails.

Shaped after pydantic_evals: evaluators hold no state between cases, return a score in [0, 1] and a
reason on every failure, so a governance lead can read a failing figure instead of trusting it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml


class DatasetError(ValueError):
    """A dataset file a user can fix: the message names the file, line and field."""


@dataclass(frozen=True)
class Case:
    """One input to the system under test and what a correct output looks like."""

    id: str
    inputs: Mapping[str, Any]
    expected: Mapping[str, Any] = field(default_factory=dict)
    tags: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Dataset:
    """Cases from one versioned file; `name@version` is recorded with every result."""

    name: str
    version: str
    cases: tuple[Case, ...]
    source: str = ""

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"


@dataclass(frozen=True)
class Verdict:
    """An evaluator's score for one observation; `reason` is required when it did not pass."""

    name: str
    score: float
    passed: bool
    reason: str = ""

    def __post_init__(self) -> None:
        if not self.passed and not self.reason:
            raise ValueError(f"evaluator {self.name} failed without a reason")

    @classmethod
    def ok(cls, name: str, score: float = 1.0) -> Verdict:
        return cls(name, score, True)

    @classmethod
    def fail(cls, name: str, reason: str, score: float = 0.0) -> Verdict:
        return cls(name, score, False, reason)


class Evaluator(Protocol):
    """Scores one observation (the case plus what the assistant returned)."""

    @property
    def name(self) -> str: ...

    def evaluate(self, case: Case, observed: Mapping[str, Any]) -> Verdict | None:
        """None when the evaluator does not apply to this case (e.g. recall on an unanswerable question)."""
        ...


@dataclass
class Failure:
    """One failing check, with what a reviewer needs to judge it."""

    suite: str
    check: str
    case_id: str
    reason: str
    question: str = ""
    answer: str = ""
    cited: tuple[str, ...] = ()
    group: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "check": self.check,
            "case_id": self.case_id,
            "reason": self.reason,
            "question": self.question,
            "answer": self.answer,
            "cited": list(self.cited),
            "group": self.group,
        }


@dataclass
class SuiteResult:
    """A suite's metrics (name -> value), per-group figures, failures and what it ran on."""

    suite: str
    metrics: dict[str, float] = field(default_factory=dict)
    groups: dict[str, dict[str, float]] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    datasets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    paired: dict[str, list[int]] = field(default_factory=dict)
    """Per-metric 0/1 outcomes in a stable case order, so `compare` can run McNemar between reports."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "metrics": {k: round(v, 4) for k, v in self.metrics.items()},
            "groups": {g: {k: round(v, 4) for k, v in vals.items()} for g, vals in self.groups.items()},
            "counts": self.counts,
            "datasets": self.datasets,
            "notes": self.notes,
            "failures": [f.as_dict() for f in self.failures],
            "paired": self.paired,
        }


def mean(values: Iterable[float]) -> float:
    """The mean, or 1.0 for nothing to measure (a rate over no cases is not a failure)."""
    items = list(values)
    return sum(items) / len(items) if items else 1.0


def load_dataset(path: Path) -> Dataset:
    """A YAML ({name, version, cases:[...]}) or JSONL (one case per line; name@version from the
    file name `name.vN.jsonl`) dataset, validated before anything runs."""
    if not path.is_file():
        raise DatasetError(f"{path}: dataset not found")
    if path.suffix == ".jsonl":
        return _jsonl_dataset(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DatasetError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or "name" not in data or "version" not in data:
        raise DatasetError(f"{path}: expected a mapping with name, version and cases")
    rows = data.get("cases", [])
    if not isinstance(rows, list):
        raise DatasetError(f"{path}: field cases: expected a list")
    cases = tuple(_case(row, f"{path} case {i + 1}") for i, row in enumerate(rows))
    return Dataset(str(data["name"]), str(data["version"]), cases, str(path))


def _jsonl_dataset(path: Path) -> Dataset:
    stem = path.name.removesuffix(".jsonl")
    name, _, version = stem.rpartition(".v")
    if not name or not version.isdigit():
        name, version = stem, "1"
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{path} line {number}: not valid JSON ({exc.msg})") from None
        cases.append(_case(row, f"{path} line {number}"))
    return Dataset(name, version, tuple(cases), str(path))


def _case(row: Any, where: str) -> Case:
    if not isinstance(row, dict):
        raise DatasetError(f"{where}: expected an object")
    if not isinstance(row.get("id"), str) or not row["id"].strip():
        raise DatasetError(f"{where}: field id: required, a non-empty string")
    inputs = row.get("inputs", {k: v for k, v in row.items() if k not in ("id", "expected", "tags")})
    return Case(row["id"], inputs, row.get("expected", {}), {str(k): str(v) for k, v in row.get("tags", {}).items()})


def rate(flags: Sequence[bool]) -> float:
    return mean(1.0 if f else 0.0 for f in flags)
