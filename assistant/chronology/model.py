"""What a chronology is made of: events selected from notes, entries merged from events.

Every entry keeps the ids of the notes it came from; an entry without a supporting note cannot be
constructed, because a generated chronology must never contain an event no note supports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class Event:
    """One note judged significant: the evidence for at most one chronology entry."""

    note_id: str
    case_id: str
    event_type: str
    event_date: dt.date
    note_date: dt.date
    note_type: str
    source: str
    evidence: str
    text: str
    title: str = ""
    impact: str = NOT_RECORDED
    action: str = NOT_RECORDED
    detail: str = ""
    """Words that qualify the type for patterns, e.g. 'domestic' for a police call-out."""


@dataclass(frozen=True)
class Entry:
    """One line of the chronology, grounded in one or more notes."""

    date: dt.date
    event_type: str
    summary: str
    note_ids: tuple[str, ...]
    source: str
    impact: str = NOT_RECORDED
    action: str = NOT_RECORDED
    details: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.note_ids:
            raise ValueError("a chronology entry needs at least one supporting note")

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "event_type": self.event_type,
            "summary": self.summary,
            "note_ids": list(self.note_ids),
            "source": self.source,
            "impact": self.impact,
            "action": self.action,
        }


@dataclass(frozen=True)
class Chronology:
    """The reader's view of one case over a period: exports render exactly this, nothing more."""

    case_id: str
    generated_at: dt.datetime
    date_from: dt.date | None
    date_to: dt.date | None
    backend: str
    entries: tuple[Entry, ...]
    patterns: tuple[str, ...]
    prompt_id: str | None = None
    summary_fallbacks: int = 0
    """Entries whose model summary failed its checks and were summarised extractively instead."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "backend": self.backend,
            "prompt": self.prompt_id,
            "summary_fallbacks": self.summary_fallbacks,
            "entries": [entry.as_dict() for entry in self.entries],
            "patterns": list(self.patterns),
        }

    @property
    def note_ids(self) -> list[str]:
        """Every note the chronology shows, for the audit record."""
        return sorted({note_id for entry in self.entries for note_id in entry.note_ids})
