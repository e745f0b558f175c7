"""Small valid records for tests that need a case file without the whole demo corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

USERS: list[dict[str, Any]] = [
    {"username": "asmith", "display_name": "Alice Smith", "role": "social_worker", "teams": ["North CP"]},
    {"username": "bkhan", "display_name": "Bilal Khan", "role": "team_manager", "teams": ["North CP"]},
]


def case(case_id: str = "NY-1", **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "case_id": case_id,
        "team": "North CP",
        "status": "child_protection",
        "allocated_worker": "asmith",
        "child": {"person_id": f"{case_id}-P1", "given_name": "Amelia", "family_name": "Hughes", "date_of_birth": "2015-06-02"},
        "people": [{"person_id": f"{case_id}-P2", "given_name": "Sarah", "family_name": "Hughes", "relationship": "mother"}],
        "notes": [
            {"note_id": f"{case_id}-N1", "date": "2023-03-01", "type": "Strategy Meeting", "author": "asmith",
             "text": "Strategy discussion held with police and school. Threshold for s47 met."},
            {"note_id": f"{case_id}-N2", "date": "2023-03-04", "type": "Home Visit", "author": "asmith",
             "text": "Amelia seen alone in her bedroom. She said she feels safe at home."},
        ],
    }
    record.update(overrides)
    return record


def write_cases(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def write_users(path: Path, users: list[dict[str, Any]] | None = None) -> Path:
    path.write_text(json.dumps(USERS if users is None else users), encoding="utf-8")
    return path
