"""The one module that turns what a principal may see into store filters.

A `Scope` is computed from a principal by the access rules (access.rules) and then translated
here into each store's own filter language: a Chroma `where`, a SQL clause, a numpy mask.
Deny by default: an empty scope is never turned into an empty filter (which every store reads as
"match everything"); callers must ask `is_empty` and return nothing without querying.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

STANDARD = "standard"


@dataclass(frozen=True)
class Scope:
    """Cases a principal may read: all notes in `full_cases`, standard notes only in `standard_cases`."""

    full_cases: frozenset[str] = frozenset()
    standard_cases: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        overlap = self.full_cases & self.standard_cases
        if overlap:
            raise ValueError(f"a case cannot be both fully and partly visible: {sorted(overlap)}")

    @classmethod
    def deny(cls) -> Scope:
        return cls()

    @property
    def is_empty(self) -> bool:
        return not self.full_cases and not self.standard_cases

    @property
    def case_ids(self) -> frozenset[str]:
        return self.full_cases | self.standard_cases

    def narrowed(self, case_ids: Iterable[str]) -> Scope:
        """The part of this scope inside `case_ids` (empty when none of them is visible)."""
        wanted = frozenset(case_ids)
        return Scope(self.full_cases & wanted, self.standard_cases & wanted)

    def allows(self, case_id: str, sensitivity: str) -> bool:
        """For one known note: the same rule the filters below express, never a post-filter."""
        return case_id in self.full_cases or (case_id in self.standard_cases and sensitivity == STANDARD)


class EmptyScopeError(RuntimeError):
    """A store was asked to query with an empty scope; the caller should have returned nothing."""


def chroma_where(scope: Scope) -> dict[str, Any]:
    """A Chroma metadata filter matching exactly the notes `scope` allows."""
    if scope.is_empty:
        raise EmptyScopeError("refusing to build a filter for an empty scope")
    clauses: list[dict[str, Any]] = []
    if scope.full_cases:
        clauses.append({"case_id": {"$in": sorted(scope.full_cases)}})
    if scope.standard_cases:
        clauses.append({"$and": [{"case_id": {"$in": sorted(scope.standard_cases)}}, {"sensitivity": STANDARD}]})
    return clauses[0] if len(clauses) == 1 else {"$or": clauses}


def sql_where(scope: Scope, case_column: str = "case_id", sensitivity_column: str = "sensitivity") -> tuple[str, dict[str, Any]]:
    """A SQL condition and its bound parameters matching exactly the notes `scope` allows."""
    if scope.is_empty:
        raise EmptyScopeError("refusing to build a filter for an empty scope")
    params: dict[str, Any] = {}
    parts: list[str] = []
    if scope.full_cases:
        names = _bind(params, "full", sorted(scope.full_cases))
        parts.append(f"{case_column} IN ({names})")
    if scope.standard_cases:
        names = _bind(params, "std", sorted(scope.standard_cases))
        params["std_sensitivity"] = STANDARD
        parts.append(f"({case_column} IN ({names}) AND {sensitivity_column} = :std_sensitivity)")
    return "(" + " OR ".join(parts) + ")", params


def row_mask(scope: Scope, case_ids: Sequence[str], sensitivities: Sequence[str]) -> list[bool]:
    """Which rows of an in-memory index `scope` allows, for exact search over held vectors."""
    return [scope.allows(case_id, sensitivity) for case_id, sensitivity in zip(case_ids, sensitivities, strict=True)]


def _bind(params: dict[str, Any], prefix: str, values: Sequence[str]) -> str:
    names = []
    for index, value in enumerate(values):
        key = f"{prefix}{index}"
        params[key] = value
        names.append(f":{key}")
    return ", ".join(names)


def describe(scope: Scope) -> Mapping[str, list[str]]:
    """For audit rows and debugging: the case ids, never any content."""
    return {"full": sorted(scope.full_cases), "standard_only": sorted(scope.standard_cases)}
