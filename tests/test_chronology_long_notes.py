"""How practitioners lay out long notes: minutes headed by their date, a meeting held after it was
first postponed, further events stated inside an update (session 7, the causes found on
independent5).

Every note is our own wording, none copied from a corpus. Each row failed before its rule; the
rows marked "pin" hold what must not move.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.selection import select_events
from tests.chronology_fixtures import note

EVENTS = [
    # (note type, note date, text, expected (event type, date) among the note's events)
    # "Looked after" is a legal status, not "after" an earlier event: the heading dates the review
    (
        "cla_review",
        "2025-06-04",
        "LOOKED AFTER REVIEW 02/06/2025 (IRO Ms Kaur). Legal status: s20.\n\n"
        "Placement stable. School attendance 96%.\n"
        "Recommendations: PEP to be updated before the next review on the 15th of next month.",
        ("cla_review", "2025-06-02"),
    ),
    (
        "cla_review",
        "2025-06-04",
        "SECOND LOOKED AFTER REVIEW - 3 June 2025. IRO: Mr Patel.\nPresent: carer, SW.\n\nIRO recommendations:\n"
        "1. Life story work to begin.",
        ("cla_review", "2025-06-03"),
    ),
    # pin: a heading's date after "following" is still the date of what prompted the meeting
    (
        "strategy_discussion",
        "2025-06-04",
        "Strategy discussion following the incident of 01/06/2025\nPolice, school and SW present. s47 agreed.",
        ("strategy_discussion", "2025-06-04"),
    ),
]


@pytest.mark.parametrize(("note_type", "written", "text", "expected"), EVENTS)
def test_a_long_notes_events_are_taken_on_their_own_dates(
    note_type: str, written: str, text: str, expected: tuple[str, str]
) -> None:
    events = select_events(note("N1", written, note_type, text), classifier=None)
    found = {(event.event_type, event.event_date) for event in events}
    assert (expected[0], dt.date.fromisoformat(expected[1])) in found, found
