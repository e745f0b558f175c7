"""A second event told inside a note recorded for another (issue #7, session 14): a conference that
records the course mum finished last week, a step-down summary that records the assessment
completed a month ago. Each is its own line in the chronology, on the date the note states for it,
with its own sentence as the summary; a history paragraph, a plan, a negation and an event on the
note's own day add nothing.

Our own sentences, not any corpus's. Each row of a `*_fails_before` test listed only the note's
main event on the code at the start of the session (checked against a `git archive` of 6ea2df7);
the guards pass before and after and fail if the further kinds are read without their filters.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.selection import select_events
from assistant.chronology.service import entries_from_notes
from assistant.chronology.summarise import ExtractiveSummariser
from tests.chronology_fixtures import note

WRITTEN = "2025-06-12"
TODAY = dt.date(2025, 6, 12)
CONFERENCE = "Review child protection conference held today. {} Plan to continue under neglect."


def _events(note_type: str, text: str) -> set[tuple[str, dt.date]]:
    return {(e.event_type, e.event_date) for e in select_events(note("N1", WRITTEN, note_type, text))}


@pytest.mark.parametrize(
    ("note_type", "text", "second", "sentence"),
    [
        (
            "rcpc",
            CONFERENCE.format("Mum completed the parenting course on 02/06/2025 (certificate seen)."),
            ("positive_change", dt.date(2025, 6, 2)),
            "Mum completed the parenting course on 02/06/2025 (certificate seen).",
        ),
        (
            "closure",
            "Step down summary.\n\nParenting assessment of dad completed 20/05/2025: positive, no concerns "
            "about his care.\nCase closed to CSC on 12/06/2025 (TM authorised).",
            ("assessment", dt.date(2025, 5, 20)),
            "Parenting assessment of dad completed 20/05/2025: positive, no concerns about his care.",
        ),
    ],
)
def test_a_dated_second_event_is_its_own_entry_fails_before(
    note_type: str, text: str, second: tuple[str, dt.date], sentence: str
) -> None:
    events = select_events(note("N1", WRITTEN, note_type, text))
    assert {(e.event_type, e.event_date) for e in events} == {(note_type, TODAY), second}
    own = next(e for e in events if (e.event_type, e.event_date) == second)
    assert own.evidence == sentence
    assert own.note_id == "N1"


@pytest.mark.parametrize(
    "told",
    [
        "Background: in 2019 mum completed a parenting course with Sure Start.",
        "Mum will complete the parenting course on 30/06/2025.",
        "Mum has not completed the parenting course she began on 02/06/2025.",
        "Parenting assessment to be completed by 30/06/2025.",
        "Mum completed the parenting course today.",
    ],
    ids=["history", "plan", "negation", "planned assessment", "same day as the note"],
)
def test_history_plans_negations_and_the_notes_own_day_add_no_entry(told: str) -> None:
    assert _events("rcpc", CONFERENCE.format(told)) == {("rcpc", TODAY)}


def test_a_second_event_recorded_by_its_own_note_too_is_one_entry_citing_both_fails_before() -> None:
    notes = [
        note(
            "N1", "2025-06-02", "home_visit", "Home visit. Mum completed the parenting course today, certificate seen."
        ),
        note(
            "N2",
            WRITTEN,
            "rcpc",
            CONFERENCE.format("Mum completed the parenting course on 02/06/2025 (certificate seen)."),
        ),
    ]
    entries, _ = entries_from_notes(notes, ExtractiveSummariser(), trained=False)
    assert [(entry.date, entry.event_type, entry.note_ids) for entry in entries] == [
        (dt.date(2025, 6, 2), "positive_change", ("N1", "N2")),
        (TODAY, "rcpc", ("N2",)),
    ]
