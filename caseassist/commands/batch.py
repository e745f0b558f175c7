"""Batch files for `ask --batch` and `search --batch`: JSON Lines of {"id", "case_id", "question"}.

Every line is checked before anything runs, so a bad line 900 leaves nothing half-done.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseassist.commands.common import fail


@dataclass(frozen=True)
class BatchLine:
    id: str
    case_id: str | None
    question: str


def read_batch(path: Path) -> list[BatchLine]:
    """The file's lines, or one clear message naming the file, line, id and field (exit 2)."""
    try:
        raw_lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        fail(f"{path}: no such file")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{path}: cannot read it ({type(exc).__name__}: {exc})")
    lines: list[BatchLine] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        where = f"{path.name}, line {number}"
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            fail(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
        if not isinstance(record, dict):
            fail(f'{where}: expected an object like {{"id": ..., "case_id": ..., "question": ...}}')
        lines.append(_batch_line(record, where, seen))
    if not lines:
        fail(f"{path}: no questions in the file")
    return lines


def _batch_line(record: dict[str, Any], where: str, seen: set[str]) -> BatchLine:
    identifier = record.get("id")
    if isinstance(identifier, bool) or not isinstance(identifier, str | int) or not str(identifier).strip():
        fail(f"{where}, field id: required, a non-empty string or number")
    label = f"{where} (id {identifier})"
    if str(identifier) in seen:
        fail(f"{label}, field id: duplicate id")
    seen.add(str(identifier))
    question = record.get("question")
    if not isinstance(question, str) or not question.strip():
        fail(f"{label}, field question: required, a non-empty string")
    case_id = record.get("case_id")
    if case_id is not None and (not isinstance(case_id, str) or not case_id.strip()):
        fail(f"{label}, field case_id: must be a case id string, or null for all the user's permitted cases")
    return BatchLine(str(identifier), case_id.strip() if case_id else None, question)
