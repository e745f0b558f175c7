"""Event dates stated in words a practitioner writes: each row is one rule of assistant/chronology/dates.py.

Every row would fail without its rule: the note's own date (or a wrong earlier day) would come back.
The notes are hand-written here; none is copied from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.dates import stated_event_date, written_date
from assistant.chronology.selection import select
from tests.chronology_fixtures import note

STATED = [
    # (note date, text, expected event date)
    # a day of the month alone: the latest such day on or before the note
    ("2023-03-10", "Mum said her partner moved in on the 3rd.", "2023-03-03"),
    ("2023-03-02", "Mum said her partner moved in on the 27th.", "2023-02-27"),
    ("2023-03-10", "Her new partner has been staying since the 1st.", "2023-03-01"),
    ("2023-03-06", "She was taken to A&E on Sat 4th after a fall.", "2023-03-04"),
    # a day and month without a year, only after "on" or a day name
    ("2023-03-10", "He started Year 7 at his new school on Wed 8/3.", "2023-03-08"),
    ("2023-03-10", "Police were called on 8/3 after an argument.", "2023-03-08"),
    # named days: abbreviations, "night", "just gone"
    ("2023-03-08", "Police were called last fri after an argument.", "2023-03-03"),
    ("2023-03-07", "Police attended Sat night.", "2023-03-04"),
    ("2023-03-07", "I visited following the PPN about Sunday night.", "2023-03-05"),
    ("2023-03-08", "Mum said they split up Sunday just gone.", "2023-03-05"),
    # a named day followed by its date is that date, not the latest such weekday
    ("2023-03-06", "She went missing on Friday 24th February.", "2023-02-24"),
    # the day we heard is not the day it happened
    ("2023-03-07", "Carer emailed on Sunday: she fell and was taken to A&E on Sat 4th.", "2023-03-04"),
    # numbers that are not dates
    ("2023-06-20", "Police were called; she has done 6/6 sessions of the course.", "2023-06-20"),
    ("2023-03-10", "Police were called on the 3rd occasion this month.", "2023-03-10"),
]


@pytest.mark.parametrize(("note_date", "text", "expected"), STATED)
def test_event_date_from_the_words_used(note_date: str, text: str, expected: str) -> None:
    event = select(note("N1", note_date, "case_note", text))
    assert event is not None
    assert event.event_date == dt.date.fromisoformat(expected)


EMAILS = [
    # (note date, pasted email, expected event date): relative words count back from when it was sent
    (
        "2023-03-13",
        "From: Fostering SW\nSent: 11 March 2023 09:00\nSubject: move\nJust to confirm the move went to plan yesterday.",
        "2023-03-10",
    ),
    (
        "2023-03-13",
        "From: Fostering SW\nSent: 11 March 2023 09:00\nSubject: move\nThe move went to plan.",
        "2023-03-11",
    ),
    # a Sent: date after the note cannot be when it was written: the note's date stands
    (
        "2023-03-13",
        "From: Fostering SW\nSent: 20 March 2023 09:00\nSubject: move\nJust to confirm the move went to plan yesterday.",
        "2023-03-12",
    ),
]


@pytest.mark.parametrize(("note_date", "text", "expected"), EMAILS)
def test_a_pasted_email_is_dated_by_its_sending(note_date: str, text: str, expected: str) -> None:
    event = select(note("N1", note_date, "placement_move", text))
    assert event is not None
    assert event.event_date == dt.date.fromisoformat(expected)
    assert not event.evidence.startswith(("From:", "Sent:"))


def test_written_date_without_headers_is_the_note_date() -> None:
    assert written_date("Visited today. Sent the letter to school.", dt.date(2023, 3, 13)) == dt.date(2023, 3, 13)


@pytest.mark.parametrize(
    ("note_date", "expected"),
    [
        ("2024-03-05", dt.date(2024, 2, 29)),  # a leap year's February has the 29th
        ("2023-03-05", None),  # 29 February 2023 does not exist; 29 January is history, past the look-back
        ("2023-03-29", None),  # the note's own day is not an earlier date
    ],
)
def test_a_day_of_the_month_alone(note_date: str, expected: dt.date | None) -> None:
    assert stated_event_date("Police were called on the 29th.", dt.date.fromisoformat(note_date)) == expected
