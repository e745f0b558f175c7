"""Records of an occasion read from their type and title (issue #7, session 8).

Our own notes in the layout many hand-written misses shared: a record filed under a type of its own
("Panel outcome", "Professionals meeting") whose body records attendees and discussion but never
says "was held". Each positive row was routine before the rule; each negative row is a layout the
rule must leave routine (correspondence, a numbered routine sitting, a planning meeting, a missed
appointment, a report for a later meeting, a running case note).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.date_forms import mentions
from assistant.chronology.selection import select
from tests.chronology_fixtures import note

WRITTEN = "2025-06-12"


@pytest.mark.parametrize(
    ("raw_type", "note_type", "title", "text", "kind", "day"),
    [
        (
            "Resource Panel",
            "case_note",
            "Resource panel outcome",
            "Resource panel 10/6 - approved: two nights a month respite with the link carer.",
            "assessment",
            dt.date(2025, 6, 10),
        ),
        (
            "Professionals Meeting",
            "case_note",
            "Professionals meeting - minutes",
            "Professionals' meeting 9th June - minutes (chair AB)\nAttendees: AB, school nurse, GP.",
            "assessment",
            dt.date(2025, 6, 9),
        ),
        (
            "Parent carer assessment",
            "case_note",
            "Carer's assessment - father",
            "Parent carer needs assessment completed with dad at home. Eligible for support.",
            "assessment",
            dt.date(2025, 6, 12),
        ),
        (
            "CAMHS",
            "health",
            "CAMHS - first appointment",
            "Joint home visit with the CAMHS clinician yesterday. Sleep diary agreed.",
            "health",
            dt.date(2025, 6, 11),
        ),
        (
            "Health",
            "health",
            "CONFIDENTIAL - clinic appointment",
            "Confidential note - restricted at the young person's request.\n"
            "She went to the clinic with the school nurse on Mon 9th.",
            "health",
            dt.date(2025, 6, 9),
        ),
        (
            "Panel",
            "case_note",
            "Panel extract",
            "Panel (4/6) APPROVED: - respite increased to 3 nights a month.",
            "assessment",
            dt.date(2025, 6, 4),
        ),
    ],
)
def test_a_record_filed_as_its_occasion_is_that_occasion(
    raw_type: str, note_type: str, title: str, text: str, kind: str, day: dt.date
) -> None:
    event = select(note("N1", WRITTEN, note_type, text, title=title, raw_type=raw_type))
    assert event is not None
    assert (event.event_type, event.event_date) == (kind, day)


@pytest.mark.parametrize(
    ("raw_type", "note_type", "title", "text"),
    [
        ("Letter", "case_note", "Letter to mother after conference", "Dear Ms A, I am writing after the meeting."),
        ("TAF Meeting", "case_note", "TAF 2", "Team around the family meeting. Present: mum, school."),
        ("Meeting", "case_note", "Discharge planning meeting", "Planning for discharge next week. Present: ward."),
        ("Health", "health", "Dietitian - missed appointments", "Two appointments not attended in May."),
        ("Education welfare", "case_note", "Attendance report for CIN meeting", "Attendance 81% this term."),
        ("Case Note", "case_note", "Case note", "Spoke to mum about the review. Nothing new."),
        ("RHA", "health", "Review health assessment", "Height and weight normal; dental check due."),
        ("GP Liaison", "health", "Call with GP", "GP confirms registration. No concerns."),
    ],
)
def test_correspondence_series_and_plans_stay_routine(raw_type: str, note_type: str, title: str, text: str) -> None:
    assert select(note("N1", WRITTEN, note_type, text, title=title, raw_type=raw_type)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Panel (5/3) approved the plan.", [dt.date(2025, 3, 5)]),
        ("Review (14/3) went ahead.", [dt.date(2025, 3, 14)]),
        ("The review (3/4 attended) was short.", []),
        ("He scored (9/10) in the test.", []),
    ],
)
def test_a_day_bracketed_after_the_occasion_dates_it(sentence: str, expected: list[dt.date]) -> None:
    assert [found.date for found in mentions(sentence, dt.date(2025, 3, 20))] == expected
