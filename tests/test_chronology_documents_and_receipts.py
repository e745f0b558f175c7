"""Dates by how practitioners file documents and receipts (issue #7, session 9, independent7):
a record of a letter or report is dated by the document; an event line that writes out the note's
own day keeps it against earlier days the note cites; a receipt line ("PPN rec'd 06/05") is a label
whose account dates the incident; a referral is dated when it reached us, not by the appointment
its account recalls.

Our own sentences. Each row of the first four tests failed on the code before the change; the
guards pass before and after and fail if a rule is widened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.selection import select, select_events
from tests.chronology_fixtures import note

WRITTEN = "2025-06-12"


def _dated(note_type: str, text: str, title: str = "") -> tuple[str, dt.date]:
    event = select(note("N1", WRITTEN, note_type, text, title=title))
    assert event is not None
    return event.event_type, event.event_date


@pytest.mark.parametrize(
    ("note_type", "text", "kind", "day"),
    [
        (
            "court",
            "Guardian's position statement received from the children's guardian, dated 09/06/2025.\n\n"
            "Recommendation: interim care order to continue; contact to increase to three times a week.",
            "court",
            dt.date(2025, 6, 9),
        ),
        (
            "assessment",
            "Summary of the parenting assessment report from Brightside, received 10/06/25. Full report on file.\n\n"
            "Recommendations: 8 sessions of parenting work; review in three months.",
            "assessment",
            dt.date(2025, 6, 10),
        ),
        (
            "court",
            "Letter from the agency decision maker, dated 12 June 2025:\n\n"
            '"Having considered the recommendation of the fostering panel held on 4 June 2025, I approve the plan."',
            "court",
            dt.date(2025, 6, 12),
        ),
    ],
)
def test_a_record_of_a_document_is_dated_by_the_document(note_type: str, text: str, kind: str, day: dt.date) -> None:
    assert _dated(note_type, text) == (kind, day)


@pytest.mark.parametrize(
    ("note_type", "text", "day"),
    [
        (
            "closure",
            "Closing summary.\n\nLast CIN review on 5/6: plan has met its aims. Case closed to CSC 12/6/25. "
            "School know how to re-refer.",
            dt.date(2025, 6, 12),
        ),
    ],
)
def test_an_event_line_stating_the_notes_own_day_keeps_it(note_type: str, text: str, day: dt.date) -> None:
    assert _dated(note_type, text)[1] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "PPN rec'd 12/06/25.\n\nSun 8th June, 22:10, neighbour called police to the flat after shouting. "
            "Officers attended; mum had a cut lip.",
            dt.date(2025, 6, 8),
        ),
    ],
)
def test_a_receipt_line_is_a_label_whose_account_dates_the_incident(text: str, day: dt.date) -> None:
    assert _dated("police_incident", text) == ("police_incident", day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Referral received via MASH from the practice nurse, Elm Road Surgery.\n\n"
            "Seen at the surgery on 6/6 with dad. Weight loss, low mood. Nurse asks for an assessment of need.",
            dt.date(2025, 6, 12),
        ),
    ],
)
def test_a_referral_is_dated_when_it_reached_us(text: str, day: dt.date) -> None:
    assert _dated("referral", text) == ("referral", day)


@pytest.mark.parametrize(
    ("note_type", "text", "kind", "day"),
    [
        # guard: a receipt with its channel does not outrank the incident's field line
        (
            "police_incident",
            "POLICE NOTIFICATION rec'd via MASH 12/06/2025\n\nIncident: Sat 07/06/25 approx 21:00, outside the "
            "flats. Police called by a neighbour.",
            "police_incident",
            dt.date(2025, 6, 7),
        ),
        # guard: a referral saying when it was sent keeps that day
        (
            "referral",
            "Referral sent on 10/06/25 by the school DSL. She reports bruising to the arm.",
            "referral",
            dt.date(2025, 6, 10),
        ),
        # guard: a contact keeps the day its caller's account gives (only a referral is dated on arrival)
        (
            "contact",
            "Call to the front door from a neighbour. Last night (Tue 10th) at about 9pm she found the boy "
            "outside in his pyjamas. Mum did not seem to notice he was gone.",
            "contact",
            dt.date(2025, 6, 10),
        ),
        # guard: a later date on a letter is not the document's (a hearing listed ahead)
        (
            "court",
            "Letter from the court received today. Hearing listed for 20/06/2025 at 10:00.",
            "court",
            dt.date(2025, 6, 12),
        ),
    ],
)
def test_guards_receipts_and_documents_stay_narrow(note_type: str, text: str, kind: str, day: dt.date) -> None:
    assert _dated(note_type, text) == (kind, day)


def _events(note_type: str, text: str) -> set[tuple[str, dt.date]]:
    return {(event.event_type, event.event_date) for event in select_events(note("N1", WRITTEN, note_type, text))}


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        # a closure record dated by its own line closing the plan, not by the earlier days it recounts
        (
            "closure",
            "Closure summary (TM authorised).\n\nSafety plan reviewed with mum on 30th May. Supervised meet "
            "happened on 2nd June.\n\nRather than wait for the review, the CIN plan was closed on 12/06/25 by "
            "agreement with mum.",
            ("closure", dt.date(2025, 6, 12)),
        ),
        # a review's progress list records the ABE interview done on its own day
        (
            "cin_review",
            "CIN review - 12/06/25.\n\nProgress:\n- ABE re the lodger done on 21 May; police say a file has gone "
            "to CPS.\n- School: attendance 97%.",
            ("section_47", dt.date(2025, 5, 21)),
        ),
        # an interview done on its day, whatever the words before it name
        (
            "return_home_interview",
            "RHI re the weekend episode held 9/6 at school. He said he was with friends in town.",
            ("return_home_interview", dt.date(2025, 6, 9)),
        ),
        # an eating disorder service is a service referral
        (
            "home_visit",
            "Visit at home. The consultant referred her to the eating disorder service on 5/6. Mum relieved.",
            ("camhs_referral", dt.date(2025, 6, 5)),
        ),
    ],
)
def test_events_in_long_notes_and_their_own_days(note_type: str, text: str, expected: tuple[str, dt.date]) -> None:
    assert expected in _events(note_type, text)


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        # guard: a meeting held following an earlier disclosure keeps its own day
        (
            "strategy_discussion",
            "Strategy discussion following the disclosure on 9/6. Police, school and health attended.",
            ("strategy_discussion", dt.date(2025, 6, 12)),
        ),
        # guard: "completed" after another occasion's name is that occasion's day, not the conference's
        (
            "icpc",
            "ICPC held after the strategy meeting completed on 9/6. Children made subject to CP plans.",
            ("icpc", dt.date(2025, 6, 12)),
        ),
        # guard: an ABE interview planned is not one done
        (
            "cin_review",
            "CIN review - 12/06/25.\n\nProgress:\n- ABE to be done on 20 June at the suite.",
            ("cin_review", dt.date(2025, 6, 12)),
        ),
    ],
)
def test_guards_long_notes_stay_narrow(note_type: str, text: str, expected: tuple[str, dt.date]) -> None:
    assert _events(note_type, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Call from the ward nurse 10:05. A bed came up at the regional unit and she was transferred there "
            "yesterday (Wed 11th) by ambulance. Baby stays with her.",
            ("hospital", dt.date(2025, 6, 11)),
        ),
        (
            "Call from dad. Mum was transferred to the mother and baby unit on Tuesday 10th. Settling.",
            ("hospital", dt.date(2025, 6, 10)),
        ),
        (
            "Call from mum. She was discharged home from the adolescent unit on 6/6/25 and is back at school.",
            ("hospital", dt.date(2025, 6, 6)),
        ),
        # guard: a child transferred to a new placement is a placement move, not a hospital stay
        (
            "Call from the carer. K was transferred to a new foster placement on Tuesday 10th.",
            ("placement_move", dt.date(2025, 6, 10)),
        ),
    ],
)
def test_a_transfer_or_discharge_between_wards_is_a_hospital_event(text: str, expected: tuple[str, dt.date]) -> None:
    assert expected in _events("telephone_call", text)
