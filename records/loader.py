"""Read and validate cases.jsonl and users.json, naming file, line, case and field on every error.

Validation runs to the end of the file so a council's data team sees every problem in one pass,
and nothing is written until the whole input is known to be good.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from records.models import MAX_NOTE_CHARS, Case, User

_MAX_ERRORS_SHOWN = 50



class InputError(Exception):
    """Bad input a user can fix: the message is shown as is, one line per problem."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    case_id: str | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file} line {self.line}"
        if self.case_id:
            where += f" (case {self.case_id})"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


@dataclass
class LoadResult:
    cases: list[Case] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    invalid_lines: list[int] = field(default_factory=list)


def _field_path(loc: Iterable[Any]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path


def _describe(error: dict[str, Any]) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "value_error":
        return str(error["ctx"]["error"]) if "ctx" in error else error["msg"]
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        if limit == MAX_NOTE_CHARS:
            return f"note text is {len(str(value)):,} characters; the limit is {MAX_NOTE_CHARS:,} (split the note)"
        return f"longer than {limit} characters"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "enum":
        return f"{value!r} is not one of {error['ctx']['expected']}"
    if kind in {"string_type", "bool_type", "bool_parsing", "list_type", "model_type", "dict_type", "int_type"}:
        expected = {
            "string_type": "a string", "bool_type": "true or false", "bool_parsing": "true or false",
            "list_type": "a list", "model_type": "an object", "dict_type": "an object", "int_type": "an integer",
        }[kind]
        return f"expected {expected}, got {type(value).__name__} {json.dumps(value)[:60]}"
    return error["msg"]


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([f"{path}: file not found"]) from None
    except IsADirectoryError:
        raise InputError([f"{path}: is a directory, expected a file"]) from None
    if not raw.strip():
        raise InputError([f"{path.name}: file is empty; expected one JSON object per line"])
    nul = raw.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise InputError([f"{path.name}: binary file (NUL byte at offset {nul}); expected UTF-8 text"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError([f"{path.name} line {line}: not UTF-8 text (byte {exc.start}); save the file as UTF-8"]) from None


def load_cases(path: Path, known_users: set[str] | None = None) -> LoadResult:
    """Parse and validate every line; problems are collected, never raised one by one.

    `known_users`, when given, is the set of usernames that allocated_worker and access_list
    must name. Case and note identifiers must be unique across the file.
    """
    text = _read_text(path)
    result = LoadResult()
    seen_cases: dict[str, int] = {}
    seen_notes: dict[str, tuple[int, str]] = {}
    name = path.name
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        problems = _validate_line(name, number, line, seen_cases, seen_notes, known_users, result)
        if problems:
            result.problems.extend(problems)
            result.invalid_lines.append(number)
    if not result.cases and not result.problems:
        raise InputError([f"{name}: file holds no cases; expected one JSON object per line"])
    return result


def _validate_line(
    name: str,
    number: int,
    line: str,
    seen_cases: dict[str, int],
    seen_notes: dict[str, tuple[int, str]],
    known_users: set[str] | None,
    result: LoadResult,
) -> list[Problem]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return [Problem(name, number, None, "", f"invalid JSON at column {exc.colno}: {exc.msg}")]
    if not isinstance(data, dict):
        return [Problem(name, number, None, "", f"expected a JSON object, got {type(data).__name__}")]
    case_id = data.get("case_id") if isinstance(data.get("case_id"), str) else None
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        return [
            Problem(name, number, case_id, _field_path(err["loc"]), _describe(dict(err)))
            for err in exc.errors(include_url=False)
        ]
    problems: list[Problem] = []
    if case.case_id in seen_cases:
        problems.append(Problem(name, number, case.case_id, "case_id", f"duplicate case_id, first on line {seen_cases[case.case_id]}"))
    local_notes: set[str] = set()
    for index, note in enumerate(case.notes):
        if note.note_id in local_notes or note.note_id in seen_notes:
            first = f"line {seen_notes[note.note_id][0]}" if note.note_id in seen_notes else "this case"
            problems.append(Problem(name, number, case.case_id, f"notes[{index}].note_id", f"duplicate note_id {note.note_id!r}, first in {first}"))
        local_notes.add(note.note_id)
    person_ids = [case.child.person_id, *(p.person_id for p in case.people)]
    duplicates = sorted({pid for pid in person_ids if person_ids.count(pid) > 1})
    if duplicates:
        problems.append(Problem(name, number, case.case_id, "people", f"duplicate person_id {duplicates[0]!r}"))
    if known_users is not None:
        if case.allocated_worker not in known_users:
            problems.append(Problem(name, number, case.case_id, "allocated_worker", f"unknown user {case.allocated_worker!r} (add them to users.json)"))
        for index, username in enumerate(case.access_list):
            if username not in known_users:
                problems.append(Problem(name, number, case.case_id, f"access_list[{index}]", f"unknown user {username!r} (add them to users.json)"))
    if not problems:
        seen_cases[case.case_id] = number
        for note in case.notes:
            seen_notes[note.note_id] = (number, case.case_id)
        result.cases.append(case)
    return problems


def load_users(path: Path) -> list[User]:
    """users.json: a JSON array of users. Raises InputError naming the entry and field."""
    text = _read_text(path)
    name = path.name
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([f"{name} line {exc.lineno}: invalid JSON at column {exc.colno}: {exc.msg}"]) from None
    if not isinstance(data, list):
        raise InputError([f"{name}: expected a JSON array of users, got {type(data).__name__}"])
    users: list[User] = []
    problems: list[str] = []
    seen: set[str] = set()
    for index, entry in enumerate(data):
        try:
            user = User.model_validate(entry)
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                problems.append(f"{name}: [{index}].{_field_path(err['loc'])}: {_describe(dict(err))}")
            continue
        if user.username in seen:
            problems.append(f"{name}: [{index}].username: duplicate username {user.username!r}")
        seen.add(user.username)
        users.append(user)
    if problems:
        raise InputError(problems[:_MAX_ERRORS_SHOWN])
    return users
