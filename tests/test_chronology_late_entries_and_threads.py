"""How practitioners record events late, in copied threads and as bookings (issue #7, session 12):
a late entry's header names the day its events happened; a copied message's stamp dates the
"today" in it; the day work started is not the day it was completed; a sentence dated only after
the note, or listed under "Actions:", is a booking; an operation is a hospital event.

Our own sentences, not any corpus's. Each row of a `*_fails_before` test failed on the code at the
start of the session (checked against a `git archive` of 9c5996f); the guards pass before and after
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Late entry - events of yesterday evening 11/06.\n\n19:30 police attended the home after a row "
            "between mum and her partner.",
            {("police_incident", dt.date(2025, 6, 11))},
        ),
        (
            "Late entry - I was on leave yesterday. Events of Monday 9th.\n\n20:10 - a neighbour rang 999. "
            "Police attended and the partner was arrested at the address.",
            {("police_incident", dt.date(2025, 6, 9))},
        ),
    ],
)
def test_a_late_entry_is_dated_by_the_day_its_header_names_fails_before(
    text: str, expected: set[tuple[str, dt.date]]
) -> None:
    assert _events("home_visit", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Late entry for 09/06/2025.\n\nPolice attended the home after a row between mum and her partner.",
            {("police_incident", dt.date(2025, 6, 9))},
        ),
        (
            "Police attended the home last night after a row between mum and her partner.",
            {("police_incident", dt.date(2025, 6, 11))},
        ),
    ],
)
def test_a_late_entry_by_its_date_and_a_plain_record_keep_their_days(
    text: str, expected: set[tuple[str, dt.date]]
) -> None:
    assert _events("home_visit", text) == expected


def test_the_day_work_started_is_not_the_day_it_was_completed_fails_before() -> None:
    text = "Single assessment completed (started 20/05/25).\n\nOutcome: child in need plan recommended."
    assert _events("assessment", text) == {("assessment", dt.date(2025, 6, 12))}


def test_a_completion_day_beside_the_start_day_still_dates_it() -> None:
    text = "Single assessment completed 10/06/25 (started 20/05/25).\n\nOutcome: child in need plan recommended."
    assert _events("assessment", text) == {("assessment", dt.date(2025, 6, 10))}


def test_a_copied_message_stamp_dates_its_today_fails_before() -> None:
    text = (
        "Texts from dad over the weekend, copied in:\n\n"
        "Fri 6/6 15:40 Dad: Hi sorry to bother you. Mia was excluded from school today for fighting, 2 days.\n"
        "Fri 6/6 15:52 Me: Thanks for letting me know, I will ring the school on Monday."
    )
    assert _events("case_note", text, written="2025-06-09") == {("school_exclusion", dt.date(2025, 6, 6))}


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "core_group",
            "Dogs: the court hearing is at the magistrates' court on 20th June. Dad says he will not go.",
            set(),
        ),
        ("core_group", "Actions: SW to check the outcome of the court hearing.", set()),
        (
            "home_visit",
            "Cia had her second operation at the children's hospital on 3/6, home the same evening.",
            {("hospital", dt.date(2025, 6, 3))},
        ),
        (
            "home_visit",
            "Lip wound repaired under GA yesterday morning, healing well.",
            {("hospital", dt.date(2025, 6, 11))},
        ),
        (
            "cla_review",
            "CLA review held today at the carers' home.\nHealth: GA dental treatment completed on 2 June at the "
            "children's hospital.",
            {("cla_review", dt.date(2025, 6, 12)), ("hospital", dt.date(2025, 6, 2))},
        ),
    ],
)
def test_bookings_are_not_events_and_operations_are_fails_before(
    note_type: str, text: str, expected: set[tuple[str, dt.date]]
) -> None:
    assert _events(note_type, text) == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "home_visit",
            "The court hearing was held on 10th June; the next hearing is on 20th June.",
            {("court", dt.date(2025, 6, 10))},
        ),
        ("home_visit", "Her operation is booked for 30/6 at the children's hospital.", set()),
        (
            "home_visit",
            "Court hearing today at the family court: interim care order made.",
            {("court", dt.date(2025, 6, 12))},
        ),
    ],
)
def test_a_past_or_todays_occasion_beside_a_booking_still_counts(
    note_type: str, text: str, expected: set[tuple[str, dt.date]]
) -> None:
    assert _events(note_type, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mum and the three children were placed in a B&B by Housing Options on Monday 9th.",
            {("household_change", dt.date(2025, 6, 9))},
        ),
        (
            "Mia told her support worker on Tuesday (10th) that she is pregnant, about 8 weeks.",
            {("household_change", dt.date(2025, 6, 10))},
        ),
        ("GCSE results day 5/6 - passed maths and English.", {("positive_change", dt.date(2025, 6, 5))}),
        (
            "Dad handed in both children's passports at the police station on Monday 9th.",
            {("police_incident", dt.date(2025, 6, 9))},
        ),
    ],
)
def test_housing_pregnancy_results_and_passports_fails_before(text: str, expected: set[tuple[str, dt.date]]) -> None:
    assert _events("home_visit", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Her GCSE results are due on 21/8.",
        "Passports to be surrendered within 24 hours of the order.",
        "Mum says she was homeless in 2019 before the tenancy.",
        "Dentist said he needs treatment under general anaesthetic - waiting list 18 weeks.",
    ],
)
def test_plans_needs_and_history_in_the_same_words_are_not_events(text: str) -> None:
    assert _events("home_visit", text) == set()


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "statutory_visit",
            "Mia went home to mum on Sat 7th, taken by her carers. Placement ended; s20 ended too.\n\nVisit today.",
            {("placement_move", dt.date(2025, 6, 7))},
        ),
        (
            "case_note",
            "Letter from the Home Office dated 4 June 2025: positive reasonable grounds decision for Sam.",
            {("youth_justice", dt.date(2025, 6, 4))},
        ),
        (
            "hospital",
            "Carer rang Sun 8/6: she went into labour on Friday night and had a baby boy, Leo, on Sat 7th June at 04:10.",
            {("hospital", dt.date(2025, 6, 7))},
        ),
        (
            "hospital",
            "[FOSTER CARER] rang Sun 8/6: [CHILD] went into labour on Friday night and had a baby girl, [DAUGHTER], "
            "on Sat 7th June.",
            {("hospital", dt.date(2025, 6, 7))},
        ),
    ],
)
def test_a_terse_sequel_a_decision_letter_and_a_birth_keep_their_days_fails_before(
    note_type: str, text: str, expected: set[tuple[str, dt.date]]
) -> None:
    assert _events(note_type, text) == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "statutory_visit",
            "Mia went home to mum on Sat 7th, taken by her carers. She is settled.\n\nPlacement ended today by agreement.",
            {("placement_move", dt.date(2025, 6, 12))},
        ),
        (
            "case_note",
            "Letter from the school dated 4 June 2025 about the trip; she was excluded for two days today.",
            {("school_exclusion", dt.date(2025, 6, 12))},
        ),
    ],
)
def test_a_sequel_on_its_own_line_and_a_letter_without_a_decision_keep_the_note_day(
    note_type: str, text: str, expected: set[tuple[str, dt.date]]
) -> None:
    assert _events(note_type, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Father died when he was 12; mum and his sister are still there.",
        "She disclosed that her ex-partner hit her between about 2016 and 2019.",
    ],
)
def test_an_age_passed_or_a_span_of_earlier_years_is_history_fails_before(text: str) -> None:
    assert _events("home_visit", text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She disclosed yesterday that he hit her.", {("disclosure", dt.date(2025, 6, 11))}),
        ("Grandad died on Tuesday (10th); Mia is upset.", {("household_change", dt.date(2025, 6, 10))}),
    ],
)
def test_a_recent_disclosure_or_death_is_not_history(text: str, expected: set[tuple[str, dt.date]]) -> None:
    assert _events("home_visit", text) == expected
