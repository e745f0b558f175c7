"""Chronologies for supervisors: significant events with event dates and sources, in the reader's scope.

selection (which notes record what, on which date) -> merge (one entry per real event) ->
summarise (one line, extractive or checked model output) -> patterns (counts, spans, gaps).
`ChronologyService` ties them to access, the note store and the audit trail.
"""

from assistant.chronology.model import NOT_RECORDED, Chronology, Entry, Event
from assistant.chronology.service import (
    ChronologyError,
    ChronologyRefused,
    ChronologyService,
    KeepPseudonyms,
    Period,
    entries_from_notes,
)
from assistant.chronology.summarise import ExtractiveSummariser, ModelSummariser, Summariser, Summary

__all__ = [
    "NOT_RECORDED",
    "Chronology",
    "ChronologyError",
    "ChronologyRefused",
    "ChronologyService",
    "Entry",
    "Event",
    "ExtractiveSummariser",
    "KeepPseudonyms",
    "ModelSummariser",
    "Period",
    "Summariser",
    "Summary",
    "entries_from_notes",
]
