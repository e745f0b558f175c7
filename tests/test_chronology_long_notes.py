"""How practitioners lay out long notes: minutes headed by their date, a meeting held after it was
first postponed, further events stated inside an update (session 7, the causes found on
independent5).

Every note is our own wording, none copied from a corpus. Each row failed before its rule; the
rows marked "pin" hold what must not move.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.date_forms import mentions
from assistant.chronology.selection import select_events
from tests.chronology_fixtures import note

EVENTS = [
    # (note type, note date, text, expected (event type, date) among the note's events)
    # "Looked after" is a legal status, not "after" an earlier event: the heading dates the review
    (
        "cla_review",
        "2025-06-04",
        "LOOKED AFTER REVIEW 02/06/2025 (IRO Ms Kaur). Legal status: s20.\n\n"
        "Placement stable. School attendance 96%.\n"
        "Recommendations: PEP to be updated before the next review on the 15th of next month.",
        ("cla_review", "2025-06-02"),
    ),
    (
        "cla_review",
        "2025-06-04",
        "SECOND LOOKED AFTER REVIEW - 3 June 2025. IRO: Mr Patel.\nPresent: carer, SW.\n\nIRO recommendations:\n"
        "1. Life story work to begin.",
        ("cla_review", "2025-06-03"),
    ),
    # A meeting put off once and then held: its minutes say it was held, the postponement is history
    (
        "cin_review",
        "2025-05-09",
        "CIN REVIEW 3 - held 8/5/25. (Booked for 29th April; postponed at dad's request as he was unwell.)\n"
        "Present: mum, dad, school. Progress against plan: outcomes met.",
        ("cin_review", "2025-05-08"),
    ),
    (
        "cla_review",
        "2025-05-09",
        "Review originally set for 2/5, cancelled as the carer was ill. Rearranged and held today at the carers' home.",
        ("cla_review", "2025-05-09"),
    ),
    # An event told as happening today, dated only by what prompted it: the prompt's date is not its own
    (
        "court",
        "2025-04-14",
        "Jay appeared at the youth court today following his arrest on Friday night (11/04). Remanded to local "
        "authority accommodation with a curfew.",
        ("court", "2025-04-14"),
    ),
    (
        "hospital",
        "2025-04-14",
        "Mia was admitted to the children's ward this morning after the fall at nursery on 10/04; scans booked.",
        ("hospital", "2025-04-14"),
    ),
    # pin: "today" is the call's when the event's own words follow "following"
    (
        "health",
        "2025-04-14",
        "Midwife rang today following the booking appointment yesterday, 13/04. Pregnancy about 12 weeks.",
        ("health", "2025-04-13"),
    ),
    # pin: an event dated in its own words keeps that date
    (
        "court",
        "2025-04-14",
        "Interim care order made at the hearing on 11/04/2025 following the strategy discussion.",
        ("court", "2025-04-11"),
    ),
    # pin: a plan item the writer marks done happened
    (
        "case_note",
        "2025-03-12",
        "Visit to mum.\nNext steps: referred to CAMHS by the GP (done), joint visit with the school nurse.",
        ("camhs_referral", "2025-03-12"),
    ),
    # pin: a heading's date after "following" is still the date of what prompted the meeting
    (
        "strategy_discussion",
        "2025-06-04",
        "Strategy discussion following the incident of 01/06/2025\nPolice, school and SW present. s47 agreed.",
        ("strategy_discussion", "2025-06-04"),
    ),
]


@pytest.mark.parametrize(("note_type", "written", "text", "expected"), EVENTS)
def test_a_long_notes_events_are_taken_on_their_own_dates(
    note_type: str, written: str, text: str, expected: tuple[str, str]
) -> None:
    events = select_events(note("N1", written, note_type, text), classifier=None)
    found = {(event.event_type, event.event_date) for event in events}
    assert (expected[0], dt.date.fromisoformat(expected[1])) in found, found


CALLED_OFF = [
    # (note type, text): a meeting filed under its type that did not happen is no event of that type
    ("cin_review", "CIN review cancelled - mum unwell. To be held on the 20th instead."),
    ("cla_review", "LAC review postponed: the IRO was off sick, so it could not be held. Rearranged for 3/6."),
    ("rcpc", "Review conference stood down; it was not held because the chair was unavailable."),
]


@pytest.mark.parametrize(("note_type", "text"), CALLED_OFF)
def test_a_meeting_that_was_called_off_is_not_its_own_event(note_type: str, text: str) -> None:
    events = select_events(note("N1", "2025-05-09", note_type, text), classifier=None)
    assert note_type not in {event.event_type for event in events}


IN_PASSING = [
    # (sentence, note date, expected date or None): a day and month set off after the doing
    ("Return home interview completed 14/05 by the independent RHI worker.", "2025-05-16", "2025-05-14"),
    ("Core group held 8/4 at school with all agencies.", "2025-04-10", "2025-04-08"),
    ("Child seen 3/4 with mum present.", "2025-04-10", "2025-04-03"),
    # pins: a score is not a date
    ("Attendance 9/10 at the after-school club.", "2025-04-10", None),
    ("He completed 4/6 sessions with the mentor.", "2025-04-10", None),
]


@pytest.mark.parametrize(("sentence", "written", "expected"), IN_PASSING)
def test_a_day_and_month_dated_in_passing_is_read(sentence: str, written: str, expected: str | None) -> None:
    found = mentions(sentence, dt.date.fromisoformat(written))
    assert [m.date for m in found] == ([dt.date.fromisoformat(expected)] if expected else [])


NOT_EVENTS = [
    # (note type, note date, text, (event type, date) that must not be taken)
    # a numbered background item in minutes recalls what is recorded elsewhere
    (
        "case_note",
        "2025-10-17",
        "PANEL MINUTES - held 16/10/25\n1. Background: referral from school 23.9.25. Police aware since then.\n"
        "2. Decision: mentoring agreed.",
        ("referral", "2025-09-23"),
    ),
    (
        "case_note",
        "2025-10-17",
        "Multi-agency meeting notes.\na) History: CP plan ended 2.8.25 after a year.\nb) Actions: school to monitor.",
        ("plan_change", "2025-08-02"),
    ),
    # a line opened as the plan lists what is still to happen, in whatever tense
    (
        "statutory_visit",
        "2025-03-12",
        "Visit to the placement. Settled.\nNext steps: referred to CAMHS by the GP; education referral to the virtual school.",
        ("camhs_referral", "2025-03-12"),
    ),
    (
        "case_note",
        "2025-03-12",
        "Update from the housing officer.\nNext: family moved to a new flat once the tenancy is signed.",
        ("household_change", "2025-03-12"),
    ),
]


@pytest.mark.parametrize(("note_type", "written", "text", "unwanted"), NOT_EVENTS)
def test_recalled_history_and_plans_are_not_events_of_the_note(
    note_type: str, written: str, text: str, unwanted: tuple[str, str]
) -> None:
    events = select_events(note("N1", written, note_type, text), classifier=None)
    found = {(event.event_type, event.event_date) for event in events}
    assert (unwanted[0], dt.date.fromisoformat(unwanted[1])) not in found, found
