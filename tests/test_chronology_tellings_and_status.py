"""Dates by how practitioners record events (issue #7, second pass, session 8): an outcome line
dates the outcome, not the meeting it cites in brackets; a record's opening account outranks its
closing "since" status line; a report of an event is dated by the event, not by the telling.

Our own sentences. Each row of the first three tests failed on the code before the change (the
outcome took the strategy date, the move took the "since" date, the arrest took the day police
told the mother); the guards keep the rules narrow and fail if a rule is widened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.selection import select
from tests.chronology_fixtures import note

WRITTEN = "2025-11-19"


def _dated(note_type: str, text: str) -> tuple[str, dt.date, str]:
    event = select(note("N1", WRITTEN, note_type, text))
    assert event is not None
    return event.event_type, event.event_date, event.evidence


@pytest.mark.parametrize(
    ("note_type", "text", "kind", "day"),
    [
        (
            "section_47",
            "Outcome of the enquiry (strategy 3.11.25)\n\nDiscussed with the police on 12/11 following her "
            "account. Threshold not met. CIN plan instead.",
            "section_47",
            dt.date(2025, 11, 19),
        ),
        (
            "section_47",
            "Outcome of s47 (strategy meeting 10/11)\nConcerns not substantiated. Child in need plan agreed.",
            "section_47",
            dt.date(2025, 11, 19),
        ),
    ],
)
def test_an_outcome_line_is_dated_by_the_outcome_not_the_meeting_it_cites(
    note_type: str, text: str, kind: str, day: dt.date
) -> None:
    assert _dated(note_type, text)[:2] == (kind, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kai moved from the assessment unit to Hillcrest College yesterday (Tue 18th). Settled well.\n"
            "Looked after (s20) since 10/11/2025 - placement change recorded 18/11/2025.",
            dt.date(2025, 11, 18),
        ),
        (
            "Mia moved to her nan's on Monday (17th) as planned.\nAccommodated since 08/11/2025; new placement from 17/11.",
            dt.date(2025, 11, 17),
        ),
    ],
)
def test_the_opening_account_outranks_a_closing_since_status_line(text: str, day: dt.date) -> None:
    kind, event_day, evidence = _dated("placement_move", text)
    assert (kind, event_day) == ("placement_move", day)
    assert "since" not in evidence


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "09:10 call from mum. She said he came to the house on Friday night (14th) and kicked the door. "
            "She rang 999. Police came back on Saturday morning and told her he had been arrested for assault.",
            dt.date(2025, 11, 14),
        ),
        (
            "Mum rang. Her ex turned up at the school gate on Thursday 13th. "
            "The officer visited on Sunday and informed her that he had been arrested.",
            dt.date(2025, 11, 13),
        ),
    ],
)
def test_a_report_of_an_arrest_is_dated_by_the_event_not_the_telling(text: str, day: dt.date) -> None:
    assert _dated("phone_call", text)[:2] == ("police_incident", day)


@pytest.mark.parametrize(
    ("note_type", "text", "day"),
    [
        # a bare bracketed day after the occasion still dates it
        ("cla_review", "Outcome of the review (12/11): care plan endorsed.", dt.date(2025, 11, 12)),
        # a bracketed "held" date is the outcome's own meeting
        ("section_47", "Outcome of s47 (held 14/11): CP conference to be convened.", dt.date(2025, 11, 14)),
        # an arrest told with its own day, no telling after it
        ("phone_call", "Mum rang. He was arrested on Saturday for breach of the order.", dt.date(2025, 11, 15)),
        # a missing episode open since a day is dated by that day
        ("missing_episode", "She has been missing since Sunday night; police informed.", dt.date(2025, 11, 16)),
    ],
)
def test_guards_dates_the_rules_must_keep(note_type: str, text: str, day: dt.date) -> None:
    assert _dated(note_type, text)[1] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Messages from Amy to the duty phone over the weekend (copied in):\n\n"
            "Sat 06:10 Amy: she's here!! 6lb 9oz\nSat 09:00 Me: congratulations!\n\n"
            "Both home today, midwife visiting tomorrow.",
            dt.date(2025, 11, 15),
        ),
        (
            "Texts from Leo to my work mobile (copied in):\nFri 23:40 Leo: in A&E with mum, she collapsed\n"
            "Sat 10:02 Leo: shes ok now",
            dt.date(2025, 11, 14),
        ),
    ],
)
def test_a_copied_thread_is_dated_by_its_messages_not_by_when_it_was_copied(text: str, day: dt.date) -> None:
    assert _dated("hospital", text)[:2] == ("hospital", day)


@pytest.mark.parametrize(
    "text",
    [
        "MO. I have read the s47 outcome and the strategy minutes. I agree with the plan for ICPC.",
        "TM oversight: I have read the police notification and the s47 outcome.",
    ],
)
def test_reading_the_record_of_an_event_is_not_the_event(text: str) -> None:
    assert select(note("N1", WRITTEN, "supervision", text)) is None


def test_guard_an_event_held_in_a_supervision_note_is_still_listed() -> None:
    assert _dated("supervision", "ICPC held today: child protection plan under neglect.")[:2] == (
        "icpc",
        dt.date(2025, 11, 19),
    )


def test_a_copied_message_from_a_pseudonymised_sender_counts_back_from_its_stamp() -> None:
    text = "Texts this week:\n[FOSTER CARER] 14/11 08:15: also [LODGER] moved out yesterday so the room is empty now"
    assert _dated("case_note", text)[:2] == ("household_change", dt.date(2025, 11, 13))
