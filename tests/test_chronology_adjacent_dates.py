"""Event dates written on a line of their own, next to an evidence sentence that states none.

Rows are our own wording of how practitioners lay out notes: a field line under the purpose of a
visit, a day heading above a log entry, a line that opens with the day. The negative rows pin what
must not move: a date deep inside a neighbouring sentence (that sentence's own doing) and an
evidence sentence that already gives its date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.dates import stated_event_date
from assistant.chronology.selection import select
from tests.chronology_fixtures import note

ADJACENT = [
    # (note type, note date, text, expected event date)
    (
        "placement_move",
        "2024-05-08",
        "Purpose of visit: settling-in visit at the new foster home.\nDate/time: 06/05/24, 10:00-11:00\n"
        "Child seen: yes, alone in her room.",
        "2024-05-06",
    ),
    (
        "missing_episode",
        "2024-05-08",
        "MISSING FROM CARE\nMon 06/05: left the house at 4pm to meet friends in town, phone then switched off.",
        "2024-05-06",
    ),
    (
        "section_47",
        "2024-05-08",
        "Purpose of visit: section 47 enquiry with a police officer.\nVisit was Mon 6th after school, typed up today.",
        "2024-05-06",
    ),
    (  # a date far into the next sentence is that sentence's own doing: the note's date stands
        "section_47",
        "2024-05-08",
        "Purpose of visit: section 47 enquiry with a police officer.\nThe school nurse told me she had seen him on the 6th.",
        "2024-05-08",
    ),
    (  # the evidence dates itself; the line after it is not asked
        "placement_move",
        "2024-05-08",
        "Purpose of visit: moved to the new foster home today.\nDate of referral: 02/05/24.",
        "2024-05-08",
    ),
]


@pytest.mark.parametrize(("note_type", "written", "text", "expected"), ADJACENT)
def test_a_date_on_the_line_next_to_the_evidence_dates_the_event(
    note_type: str, written: str, text: str, expected: str
) -> None:
    event = select(note("N-1", written, note_type, text))
    assert event is not None
    assert event.event_date == dt.date.fromisoformat(expected)


LOOKED_AFTER = [
    # (sentence, note date, event type, expected date)
    ("Second looked after review - held Tues 7th May at the foster home.", "2024-05-10", "cla_review", "2024-05-07"),
    ("Looked after child review took place on Tues 7th May.", "2024-05-10", "cla_review", "2024-05-07"),
    # a real "after": what prompted the review, not when it was held
    ("Review called after the placement ended on Tues 7th May.", "2024-05-10", "cla_review", None),
]


@pytest.mark.parametrize(("sentence", "written", "event_type", "expected"), LOOKED_AFTER)
def test_looked_after_is_a_status_not_what_prompted_the_meeting(
    sentence: str, written: str, event_type: str, expected: str | None
) -> None:
    stated = stated_event_date(sentence, dt.date.fromisoformat(written), event_type=event_type)
    assert stated == (dt.date.fromisoformat(expected) if expected else None)


DAY_HEADINGS = [
    # (note date, text, expected event date)
    (  # a log written up two days later: "last night" is the night before its own day heading
        "2024-05-09",
        "Out of hours log\nTue 07/05\n09:10 Call from police: she was reported missing by her father last night at 23:00.",
        "2024-05-06",
    ),
    (  # the heading names the day; a line under it with no date of its own is dated by it
        "2024-05-09",
        "Duty log\nTue 07/05\n09:10 Call from police: she was reported missing by her father.",
        "2024-05-07",
    ),
    (  # a heading after the note's date is a typing slip, not believed: the note's own date stands
        "2024-05-09",
        "Duty log\nTue 14/05\n09:10 Call from police: she was reported missing by her father last night.",
        "2024-05-08",
    ),
]


@pytest.mark.parametrize(("written", "text", "expected"), DAY_HEADINGS)
def test_a_day_heading_in_a_log_is_the_anchor_for_the_lines_under_it(written: str, text: str, expected: str) -> None:
    event = select(note("N-1", written, "missing_episode", text))
    assert event is not None
    assert event.event_date == dt.date.fromisoformat(expected)
