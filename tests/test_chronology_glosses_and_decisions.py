"""How practitioners write event dates across eleven corpora (issue #7, session 11): a day of the
month bracketed after the time words it glosses ("yesterday (10th)", "later that night (3rd)"); a
decision or result dated by the day it was received or the letter is dated; a fact-finding hearing
dated by its judgment.

Our own sentences, not any corpus's. Each row of a `*_fails_before` test failed on the code at the
start of the session (checked against a `git archive` of 0770c83); the guards pass before and after
and fail if a rule is widened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.dates import mentions
from assistant.chronology.selection import select, select_events
from tests.chronology_fixtures import note

WRITTEN = "2025-06-12"
TODAY = dt.date(2025, 6, 12)


def _main(note_type: str, text: str, title: str = "") -> tuple[str, dt.date] | None:
    event = select(note("N1", WRITTEN, note_type, text, title=title, raw_type=title or None))
    return None if event is None else (event.event_type, event.event_date)


def _all(note_type: str, text: str) -> set[tuple[str, dt.date]]:
    return {(e.event_type, e.event_date) for e in select_events(note("N1", WRITTEN, note_type, text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for coming to the strategy meeting yesterday (10th).", dt.date(2025, 6, 10)),
        ("He was arrested later that night (9th) at his flat.", dt.date(2025, 6, 9)),
        ("She went missing on Friday night (30th) from the unit.", dt.date(2025, 5, 30)),  # typed up late
        ("The core group met yesterday at school (4th).", dt.date(2025, 6, 4)),
        ("Dad moved out Saturday just gone (31st).", dt.date(2025, 5, 31)),
    ],
)
def test_a_bracketed_day_glossing_time_words_is_the_day_fails_before(text: str, expected: dt.date) -> None:
    assert [m.date for m in mentions(text, TODAY)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Discussed at the last meeting (6th) and agreed.", []),  # a bracketed number after a noun is not a day
        ("Seen yesterday (Tues 10th) at home.", [dt.date(2025, 6, 10)]),  # a weekday and day already read
        ("Seen yesterday at home.", [dt.date(2025, 6, 11)]),
        ("Scored well (2nd) in the spelling test.", []),
    ],
)
def test_a_bracketed_number_without_time_words_is_not_a_day(text: str, expected: list[dt.date]) -> None:
    assert [m.date for m in mentions(text, TODAY)] == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "strategy_discussion",
            "From: DS Kaur\nSent: 11 June 2025\nThank you both for attending the strategy meeting yesterday (9th). "
            "Actions below.",
            ("strategy_discussion", dt.date(2025, 6, 9)),
        ),
    ],
)
def test_a_pasted_message_glossed_day_dates_its_meeting_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _main(note_type, text) == expected


def test_an_arrest_later_that_night_is_a_second_event_on_its_day_fails_before() -> None:
    text = (
        "Seen at school yesterday (11th) with the police officer; she spoke about the weekend. "
        "Mum's partner was arrested later that night (8th) on suspicion of breaching his bail."
    )
    assert ("police_incident", dt.date(2025, 6, 8)) in _all("section_47", text)


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "supervision",
            "Update: the NRM conclusive grounds decision was received on 3/6 - he is recognised as a victim of "
            "exploitation.",
            ("youth_justice", dt.date(2025, 6, 3)),
        ),
        (
            "case_note",
            "- NRM: positive reasonable grounds decision received 2/6.\n- College going well.",
            ("youth_justice", dt.date(2025, 6, 2)),
        ),
        (
            "phone_call",
            "Solicitor rang: the decision letter dated 30 May 2025 arrived today - she has been granted refugee "
            "status, good news.",
            ("positive_change", dt.date(2025, 5, 30)),
        ),
    ],
)
def test_a_decision_is_dated_by_its_receipt_or_its_letter_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _main(note_type, text) == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        # a notification received is when we heard of the incident, not the incident
        (
            "police_incident",
            "PPN received 11/6 07:40. Circumstances: on Sat 7/6 at 22:10 police were called to a domestic.",
            ("police_incident", dt.date(2025, 6, 7)),
        ),
        # a call received about an event keeps the event's own day
        (
            "phone_call",
            "Email received 10/6 from the ward: she was admitted to hospital on 8/6 after an overdose.",
            ("hospital", dt.date(2025, 6, 8)),
        ),
    ],
)
def test_a_receipt_of_anything_but_a_decision_still_dates_only_our_hearing(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _main(note_type, text) == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "court",
            "Fact-finding hearing 2nd-4th June, judgment handed down yesterday (11th). Findings below.\n"
            "Next: final hearing to be listed.",
            ("court", dt.date(2025, 6, 11)),
        ),
        (
            "case_note",
            "Judgment was given on 9/6 at the family court: the judge found the injuries were inflicted.",
            ("court", dt.date(2025, 6, 9)),
        ),
    ],
)
def test_a_fact_finding_hearing_is_dated_by_its_judgment_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _main(note_type, text) == expected


def test_a_judgment_still_to_be_given_is_not_a_court_event() -> None:
    assert _main("case_note", "Judgment is expected to be given next month; the family are anxious.") is None


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "case_note",
            "Out of hours record, passed to the day team.\n"
            "Sun 8/6/25 02:15 - Call from police: a 15 year old found walking on the motorway hard shoulder.\n"
            "Interpreter used by phone; he says he is 15.\n"
            "Decision: accommodated under s20 and placed in an emergency foster placement at 04:30.",
            ("legal_status", dt.date(2025, 6, 8)),
        ),
        (
            "phone_call",
            "Typed up from my notebook.\n"
            "9/6 16:40 - call from the school nurse.\n"
            "She had spoken to the children at lunch.\n"
            "Mum's partner was arrested for assault, the school nurse said.",
            ("police_incident", dt.date(2025, 6, 9)),
        ),
    ],
)
def test_a_log_entry_opened_by_its_date_and_time_dates_the_lines_under_it_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _main(note_type, text) == expected


def test_a_line_opened_by_a_date_without_a_time_is_not_a_log_stamp() -> None:
    text = "Sat 7/6 - a quiet weekend per the carers.\nHe went to football.\nMum's partner was arrested for assault."
    assert _main("case_note", text) == ("police_incident", TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IRH - 10/06/2025, county court.\nGuardian supports the plan.\nFinal hearing listed: 20 August 2025.",
            ("court", dt.date(2025, 6, 10)),
        ),
    ],
)
def test_a_hearing_record_is_not_read_from_the_booking_of_the_next_fails_before(
    text: str, expected: tuple[str, dt.date]
) -> None:
    assert _main("court", text) == expected


def test_a_bracketed_listing_aside_does_not_hide_the_hearing_held() -> None:
    text = (
        "Final hearing - family court, 9 June 2025 (listed for 2 days; concluded in 1).\n"
        "At the IRH on 2/6 the plan was agreed."
    )
    assert _main("court", text) == ("court", dt.date(2025, 6, 9))


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "home_visit",
            "He was given a youth caution at the station on 9/6 for possession.",
            ("youth_justice", dt.date(2025, 6, 9)),
        ),
        (
            "phone_call",
            "Police rang: she accepted a caution for the criminal damage yesterday.",
            ("youth_justice", dt.date(2025, 6, 11)),
        ),
    ],
)
def test_a_youth_or_police_caution_is_a_youth_justice_outcome_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _main(note_type, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police checks: mum's partner has a 2019 caution for possession.",
        "Officers explained the caution before the interview.",
    ],
)
def test_a_caution_on_record_or_read_out_is_not_an_outcome(text: str) -> None:
    assert _main("home_visit", text) is None


def test_a_refusal_in_a_bracketed_aside_is_not_a_failed_attempt_fails_before() -> None:
    text = "RHI done by me (she refused to see the independent worker) at the youth centre 10/6."
    assert _main("return_home_interview", text) == ("return_home_interview", dt.date(2025, 6, 10))


def test_a_refusal_outside_an_aside_is_still_a_failed_attempt() -> None:
    text = "RHI offered but she refused to see me on Mon 9/6; completed by phone today."
    assert _main("return_home_interview", text) == ("return_home_interview", TODAY)
