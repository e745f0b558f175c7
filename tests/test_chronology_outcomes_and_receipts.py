"""How practitioners date outcomes, closures and police notices (issue #7, session 13): an outcome
written with the day the enquiry began is the outcome's, not the start's; a closure record's own
"closed <date>" dates the closing; a police notice's receipt line is when we heard, and the account
under it dates the incident.

Our own sentences, not any corpus's. Each row of a `*_fails_before` test failed on the code at the
start of the session (checked against a `git archive` of 39e9529); the guards pass before and after
and fail if a rule is widened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.selection import select_events
from tests.chronology_fixtures import note

WRITTEN = "2025-06-12"  # a Thursday


def _events(note_type: str, text: str, written: str = WRITTEN) -> set[tuple[str, dt.date]]:
    return {(e.event_type, e.event_date) for e in select_events(note("N1", written, note_type, text))}


def _dates(note_type: str, text: str, kind: str, written: str = WRITTEN) -> set[dt.date]:
    return {date for event_type, date in _events(note_type, text, written) if event_type == kind}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Outcome of section 47 enquiry started 21/05/2025.\n\nConcerns substantiated. Child in need plan agreed.",
            dt.date(2025, 6, 12),
        ),
        (
            "Section 47 outcome\n\nStarted 20/05/2025, concluded 10/06/2025.\nFindings: no evidence of harm by carers.",
            dt.date(2025, 6, 10),
        ),
    ],
)
def test_an_outcome_is_not_dated_by_the_day_the_enquiry_started_fails_before(text: str, expected: dt.date) -> None:
    assert _dates("section_47", text, "section_47") == {expected}


def test_an_enquiry_started_on_a_day_with_no_outcome_keeps_that_day() -> None:
    text = "Strategy discussion yesterday. Section 47 enquiry started 10/06/2025; joint visit with police planned."
    assert dt.date(2025, 6, 10) in _dates("section_47", text, "section_47")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Closure summary - Ava, 9\n\nWhy we were involved: neglect of the home reported by school on "
            "02/12/2024.\nWhat changed: attendance up, no further concerns since March. Support will continue "
            "after closure.\n\nClosed 09/06/2025 (TM authorised).",
            dt.date(2025, 6, 9),
        ),
        (
            "Closure summary. Stepped down to early help 20/5/25. Family review by phone on Tues 3rd.\n\n"
            "Closed 11/06/25 with dad's agreement.",
            dt.date(2025, 6, 11),
        ),
    ],
)
def test_a_closure_is_dated_by_its_own_closed_date_fails_before(text: str, expected: dt.date) -> None:
    assert _dates("closure", text, "closure") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Case closed to CSC 12/06/2025. Stepped down to early help.", dt.date(2025, 6, 12)),
        ("Closure summary. Case closed today, stepped down to early help.", dt.date(2025, 6, 12)),
        # a "closed" date after the note is a plan, not the closing
        ("Closure summary. Case stepped down to early help. File to be closed 20/06/2025.", dt.date(2025, 6, 12)),
    ],
)
def test_a_closure_without_an_earlier_closed_date_keeps_its_day(text: str, expected: dt.date) -> None:
    assert _dates("closure", text, "closure") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PVP received from police overnight, entered by duty.\n\nSummary as written by officer:\n\n"
            "Tue 10/06/2025 at approx 22:10 mother rang 999 after her partner punched her in the kitchen. "
            "Officers attended at 22:40 and the partner was arrested.",
            dt.date(2025, 6, 10),
        ),
    ],
)
def test_a_police_notice_receipt_line_is_not_the_incident_fails_before(text: str, expected: dt.date) -> None:
    assert _dates("police_notification", text, "police_incident") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the account tells the incident as today's: the receipt day stays
        (
            "PVP received from police this morning.\n\nThis morning at 06:30 officers attended after a neighbour "
            "reported shouting; the partner was arrested.",
            dt.date(2025, 6, 12),
        ),
        # a receipt line's own date is when we heard: the account's earlier date stays the incident's
        (
            "PPN received from police 12/06/25 07:40, for information of the allocated worker.\n\n"
            "Circumstances: at approx 21:00 on Wed 11/06 officers were called to the home by a neighbour who "
            "heard screaming. Mother had a cut lip and the partner had left before they arrived.",
            dt.date(2025, 6, 11),
        ),
        # a receipt line with its own earlier incident date keeps that date
        (
            "Police notification received from police re incident on 09/06/2025; mother assaulted by partner, "
            "police attended.",
            dt.date(2025, 6, 9),
        ),
    ],
)
def test_a_police_notice_without_an_earlier_account_keeps_its_dates(text: str, expected: dt.date) -> None:
    assert _dates("police_notification", text, "police_incident") == {expected}
