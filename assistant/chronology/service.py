"""Building a reader's chronology of one case: scope, notes, events, entries, patterns, audit.

The CLI, the API and the web page all call `ChronologyService`; they only parse and render. The
reader's scope is computed first and passed into the note query, so notes the reader may not see
never reach selection: they cannot contribute an entry, a date, a type or a pattern count, and
nothing in the output hints that they exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from access.audit import Action, AuditTrail, Outcome
from access.scope import Scope
from assistant.chronology.merge import merge
from assistant.chronology.model import Chronology, Entry
from assistant.chronology.patterns import patterns
from assistant.chronology.selection import select_all
from assistant.chronology.summarise import Summariser
from records.vocabulary import NoteType
from retrieval.types import NoteRecord

LATE_RECORDING_DAYS = 14
"""Notes written up to this long after the period may still record events inside it."""
_VISIT_TYPES = frozenset({NoteType.HOME_VISIT.value, NoteType.STATUTORY_VISIT.value})


class ChronologyError(ValueError):
    """A request the reader can correct (bad period) or is refused; the message is safe to show."""


class ChronologyRefused(ChronologyError):
    """The reader may not see the case, or it does not exist: the two are indistinguishable."""


class CaseAccess(Protocol):
    def case_scope(self, username: str | None, case_id: str) -> Scope: ...

    def refusal(self, case_id: str) -> str: ...


class NoteSource(Protocol):
    def notes(
        self, scope: Scope, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[NoteRecord]: ...


class NameDisplay(Protocol):
    """Restores real names in display text for readers entitled to them; others keep pseudonyms."""

    def for_reader(self, username: str, scope: Scope, case_id: str) -> Callable[[str], str]: ...


class KeepPseudonyms:
    """The display for readers (and deployments) without re-identification: text unchanged."""

    def for_reader(self, username: str, scope: Scope, case_id: str) -> Callable[[str], str]:
        return _unchanged


def _unchanged(text: str) -> str:
    return text


@dataclass(frozen=True)
class Period:
    """The reader's requested period; either end may be open."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ChronologyError(
                f"the period starts after it ends (from {self.date_from.isoformat()} to {self.date_to.isoformat()}): swap the dates"
            )

    def contains(self, date: dt.date) -> bool:
        return (self.date_from is None or date >= self.date_from) and (self.date_to is None or date <= self.date_to)


class ChronologyService:
    """Chronologies for readers, each one scoped, grounded and audited."""

    def __init__(
        self,
        access: CaseAccess,
        notes: NoteSource,
        summariser: Summariser,
        audit: AuditTrail,
        names: NameDisplay | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._access = access
        self._notes = notes
        self._summariser = summariser
        self._audit = audit
        self._names = names or KeepPseudonyms()
        self._clock = clock

    def build(self, username: str, case_id: str, period: Period, export_format: str | None = None) -> Chronology:
        """The reader's chronology; `export_format` records the build as an export of that format."""
        action = Action.EXPORT if export_format else Action.CHRONOLOGY
        detail: dict[str, Any] = {"format": export_format or "view", **_period_detail(period)}
        scope = self._access.case_scope(username, case_id)
        if scope.is_empty:
            self._audit.record(username, action, Outcome.REFUSED, case_ids=[case_id], detail=detail)
            raise ChronologyRefused(self._access.refusal(case_id))
        try:
            chronology, fallbacks = self._compose(username, scope, case_id, period)
        except Exception:
            self._audit.record(username, action, Outcome.ERROR, case_ids=[case_id], detail=detail)
            raise
        self._audit.record(
            username,
            action,
            Outcome.ANSWERED,
            case_ids=[case_id],
            note_ids=chronology.note_ids,
            prompt_version=chronology.prompt_id,
            model=chronology.backend,
            detail={**detail, "entries": len(chronology.entries), "summary_fallbacks": fallbacks},
        )
        return chronology

    def _compose(self, username: str, scope: Scope, case_id: str, period: Period) -> tuple[Chronology, int]:
        fetch_to = period.date_to + dt.timedelta(days=LATE_RECORDING_DAYS) if period.date_to else None
        notes = self._notes.notes(scope, case_id, period.date_from, fetch_to)
        entries, fallbacks = entries_from_notes(notes, self._summariser, period)
        now = self._clock()
        visits = [note.date for note in notes if note.note_type in _VISIT_TYPES and period.contains(note.date)]
        lines = patterns(entries, visits, _record_end(notes, period))
        display = self._names.for_reader(username, scope, case_id)
        shown = tuple(
            replace(entry, summary=display(entry.summary), impact=display(entry.impact), action=display(entry.action))
            for entry in entries
        )
        chronology = Chronology(
            case_id=case_id,
            generated_at=now,
            date_from=period.date_from,
            date_to=period.date_to,
            backend=self._summariser.backend,
            entries=shown,
            patterns=tuple(lines),
            prompt_id=self._summariser.prompt_ref,
            summary_fallbacks=fallbacks,
        )
        return chronology, fallbacks


def entries_from_notes(
    notes: Sequence[NoteRecord], summariser: Summariser, period: Period | None = None, *, trained: bool = True
) -> tuple[list[Entry], int]:
    """Selected, merged and summarised entries in date order, and how many summaries fell back.

    The pure core of a chronology, shared with the evaluation harness: `notes` must already be
    the reader's scoped view. `trained=False` selects with the rules alone (a measurement switch:
    the product always adds the shipped event classifier).
    """
    period = period or Period()
    groups = [group for group in merge(select_all(notes, classifier=trained)) if period.contains(group.date)]
    entries: list[Entry] = []
    fallbacks = 0
    for group in groups:
        summary = summariser.summarise(group)
        fallbacks += summary.fallback is not None
        entries.append(
            Entry(
                date=group.date,
                event_type=group.event_type,
                summary=summary.text,
                note_ids=group.note_ids,
                source=group.source,
                impact=group.impact,
                action=group.action,
                details=group.details,
            )
        )
    entries.sort(key=lambda entry: (entry.date, entry.note_ids))
    return entries, fallbacks


def _record_end(notes: Sequence[NoteRecord], period: Period) -> dt.date | None:
    """Where an open plan's visit-gap check stops: the reader's latest note (capped at the period's
    end), never today, so a closed old file is not reported as years without a visit."""
    latest = max((note.date for note in notes), default=None)
    if latest is None or period.date_to is None:
        return latest
    return min(latest, period.date_to)


def _period_detail(period: Period) -> dict[str, str | None]:
    return {
        "from": period.date_from.isoformat() if period.date_from else None,
        "to": period.date_to.isoformat() if period.date_to else None,
    }
