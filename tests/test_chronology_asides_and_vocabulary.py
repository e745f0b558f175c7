"""How practitioners write events and their dates (issue #7, session 10, independent8's causes):
a meeting's line dated by itself, not by a bracketed aside naming the meeting that prompted it or
the date first booked; hospital admissions told through the ambulance and the nights kept in; a
minutes heading that opens with the meeting and its date; Year 7 and Reception starts; a safety
plan agreed; bereavement services and youth diversion; a referral only weighed or discussed.

Our own sentences, not any corpus's. Each row of the `*_fails_before` tests failed on the code at
the start of the session (checked against a `git archive` of 6b06fac); the guards pass before and
after and fail if a rule is widened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.selection import select
from tests.chronology_fixtures import note

WRITTEN = "2025-06-12"
TODAY = dt.date(2025, 6, 12)


def _selected(note_type: str, text: str, title: str = "") -> tuple[str, dt.date] | None:
    event = select(note("N1", WRITTEN, note_type, text, title=title, raw_type=title or None))
    return None if event is None else (event.event_type, event.event_date)


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "section_47",
            "Outcome of the s47 enquiry (strategy 2/6).\nFindings: neglect substantiated. CIN plan agreed.",
            ("section_47", TODAY),
        ),
        (
            "case_note",
            "Support plan review held 12/6/25 (first date of 3rd June cancelled - nan had a chest infection) - "
            "nan at the rehab home with her OT present.",
            ("assessment", TODAY),
        ),
        (
            "case_note",
            "Review held 12/06/25 (first date of Mon 2nd put back, interpreter not booked). Grandad agrees the plan.",
            ("assessment", TODAY),
        ),
    ],
)
def test_a_meeting_is_not_dated_by_an_aside_about_another_occasion_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _selected(note_type, text, title="Support plan review" if note_type == "case_note" else "") == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "strategy_discussion",
            "Strategy discussion (9/6/25) chaired by the team manager.",
            ("strategy_discussion", dt.date(2025, 6, 9)),
        ),
        (
            "cin_review",
            "CIN review held 10/6/25 following the school's concerns.",
            ("cin_review", dt.date(2025, 6, 10)),
        ),
    ],
)
def test_a_meetings_own_bracketed_date_still_dates_it(note_type: str, text: str, expected: tuple[str, dt.date]) -> None:
    assert _selected(note_type, text) == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "phone_call",
            "Call from the ward nurse. Nan was admitted on Tuesday (10th) by ambulance after collapsing at home.",
            ("hospital", dt.date(2025, 6, 10)),
        ),
        (
            "home_visit",
            "On Monday night Ellis could not breathe. Neighbour rang 999, ambulance to A&E, kept in for two nights "
            "on the children's ward.",
            ("hospital", dt.date(2025, 6, 9)),
        ),
        (
            "case_note",
            "MARAC 04/06/25 - extract for the child's file.\nRisk: high. Actions agreed for police and housing.",
            ("strategy_discussion", dt.date(2025, 6, 4)),
        ),
        (
            "school_liaison",
            "Transition call with the head of year. Kai started on 5/6 with the rest of Y7 and is settling well.",
            ("school_move", dt.date(2025, 6, 5)),
        ),
        (
            "school_liaison",
            "Meeting at school with mum, Leah and her head of year.\nSafety plan agreed: Leah to be met at the gate.",
            ("positive_change", TODAY),
        ),
        (
            "school_liaison",
            "Call with the class teacher. Leah has been referred to Sunflowers (a children's bereavement charity) by school.",
            ("camhs_referral", TODAY),
        ),
        (
            "case_note",
            "Email from the youth justice service: Kyle began a youth diversion programme on 3rd June, weekly sessions.",
            ("youth_justice", dt.date(2025, 6, 3)),
        ),
    ],
)
def test_events_in_words_practitioners_use_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _selected(note_type, text) == expected


@pytest.mark.parametrize(
    ("note_type", "text"),
    [
        ("health", "Letter from the paediatrician. I would support a referral to CAMHS for his anxiety."),
        (
            "case_note",
            "Action: discussed a referral to the National Referral Mechanism with mum; she wants time to think.",
        ),
    ],
)
def test_a_referral_weighed_or_discussed_is_not_made_fails_before(note_type: str, text: str) -> None:
    assert _selected(note_type, text) is None


@pytest.mark.parametrize(
    ("note_type", "text"),
    [
        ("school_liaison", "Safety plan to be agreed at the next core group."),
        ("home_visit", "Tia started back at school in Year 5 after the holidays, happy to see her friends."),
        ("home_visit", "Mum said the ambulance service was slow last year when dad fell."),
        ("case_note", "Strategy discussion to be held on 16/6 if the police confirm the disclosure."),
    ],
)
def test_routine_and_planned_lines_stay_out(note_type: str, text: str) -> None:
    assert _selected(note_type, text) is None
