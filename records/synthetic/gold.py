"""The gold annotations written next to a synthetic corpus, in the formats docs/demo-corpus.md fixes.

Redaction, retrieval, question answering and chronology evaluations are all scored against these
files, so the shapes here are a contract: field names and meanings change only with the docs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

PiiType = Literal["PERSON", "NHS_NUMBER", "NI_NUMBER", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "DOB"]
KeepKind = Literal["event_date", "time", "figure", "agency_term", "pet_name", "word_name", "place"]
QuestionType = Literal["when", "who", "what", "how_many", "quote", "yes_no"]

PII_TYPES: tuple[str, ...] = ("PERSON", "NHS_NUMBER", "NI_NUMBER", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "DOB")
KEEP_KINDS: tuple[str, ...] = ("event_date", "time", "figure", "agency_term", "pet_name", "word_name", "place")


@dataclass(frozen=True)
class PiiSpan:
    """Personal data that must not reach the index, prompts or logs. `text == note.text[start:end]`."""

    start: int
    end: int
    type: str
    text: str
    person_id: str | None = None
    on_record: bool = False
    origin: str | None = None


@dataclass(frozen=True)
class KeepSpan:
    """Text a redactor must leave alone (dates, figures, agency terms, pets, words that look like names)."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class NoteGold:
    case_id: str
    note_id: str
    spans: tuple[PiiSpan, ...]
    keep: tuple[KeepSpan, ...]


@dataclass(frozen=True)
class Question:
    id: str
    case_id: str
    question: str
    qtype: str
    answerable: bool
    gold_facts: tuple[str, ...]
    supporting_note_ids: tuple[str, ...]
    asked_as: str


@dataclass(frozen=True)
class Event:
    case_id: str
    date: str
    event_type: str
    note_ids: tuple[str, ...]
    significant: bool = True
    description: str = ""


@dataclass
class Gold:
    """Everything annotated for one corpus, in case order."""

    pii: list[NoteGold] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def _row(item: Any) -> dict[str, Any]:
    data = asdict(item)
    return {key: list(value) if isinstance(value, tuple) else value for key, value in data.items()}


def dumps_jsonl(rows: Iterable[Mapping[str, Any]]) -> str:
    """One JSON object per line, keys in declaration order, UTF-8 kept as is (stable bytes for a seed)."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def write_gold(gold: Gold, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    files = {
        "pii.jsonl": [_row(note) for note in gold.pii],
        "questions.jsonl": [_row(question) for question in gold.questions],
        "events.jsonl": [_row(event) for event in gold.events],
    }
    written = []
    for name, rows in files.items():
        path = directory / name
        path.write_text(dumps_jsonl(rows), encoding="utf-8")
        written.append(path)
    return written


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """For consumers of the gold files (tests, evaluations)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
