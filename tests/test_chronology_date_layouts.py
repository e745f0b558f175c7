"""Dates practitioners put somewhere other than the evidence sentence, or two to a sentence
(session 5, the date classes found on a third hand-written corpus).

Every note here is our own wording, none copied from a corpus. Each table holds rows that failed
before its rule (the note's own date came back, or the wrong one of two dates) and rows that pin
what must not move: a score is not a date, a write-up is not the event, a planned day is not one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.date_forms import mentions
from assistant.chronology.dates import stated_event_date
from assistant.chronology.selection import select
from tests.chronology_fixtures import note


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


SELECTED_DATES = [
    # (note type, note date, text, expected event date)
    # A1: a labelled incident field in the header block, not the day the notification came in
    (
        "police_notification",
        "2025-02-10",
        "Notification received 10/02/25 08:30.\nIncident date/time: Fri 7 Feb, 22:40, the family home.\n"
        "Officers attended after a neighbour called. Children upstairs. Stepdad arrested for assault.",
        "2025-02-07",
    ),
    (
        "police_notification",
        "2025-02-10",
        "PPN received 10/02.\nOccurrence - Sat 8th Feb approx 23:00.\nMum's partner arrested for criminal damage.",
        "2025-02-08",
    ),
    (
        "police_notification",
        "2025-02-10",
        "PPN received.\nDate of incident: 09.02.25\nPolice attended; father arrested for assault on mother.",
        "2025-02-09",
    ),
    # ... but a field date after the note (a slip of the keyboard) is not believed
    (
        "police_notification",
        "2025-02-10",
        "PPN received.\nOccurrence: 14/02/25 22:00\nMum's partner arrested for assault.",
        "2025-02-10",
    ),
    # A1: a heading that ends with when the work was done
    (
        "assessment",
        "2025-03-04",
        "CHILD AND FAMILY ASSESSMENT (with the school), concluded 28 February 2025\n\n"
        "Analysis: needs met by parents with support.\n\nOutcome: step down to early help.",
        "2025-02-28",
    ),
    # A1 / not traced: a minutes heading with the time and how it was held after its date
    (
        "strategy_discussion",
        "2025-01-15",
        "STRATEGY MEETING - 15/01/25 14:30 (MS Teams)\nAttendees: SW, police, school nurse.\n"
        "Police: the incident on Sunday was logged as domestic.\nOutcome: threshold for s47 met, joint enquiry.",
        "2025-01-15",
    ),
    # A1: a log that ends with a label is dated by its first account line
    (
        "missing_episode",
        "2025-01-13",
        "Mon 13/01\n08:45 - call from EDT: carer reported Jay missing at 23:10 Fri night (10th).\n"
        "10:20 - rang carer, no news.\n14:00 - Jay back at the placement.\nThird missing episode.",
        "2025-01-10",
    ),
    # A7: a bare day/month set off after what was done; the write-up date after it is not the event
    (
        "return_home_interview",
        "2025-01-16",
        "RHI done by the youth worker at school, 14/01, and sent to SW 15/01. He would not say where he went.",
        "2025-01-14",
    ),
    (
        "return_home_interview",
        "2025-01-16",
        "RHI completed by the project worker at the family hub with mum present 13/01.",
        "2025-01-13",
    ),
    # A10: booked, rearranged, then held yesterday: yesterday is the review
    (
        "cla_review",
        "2025-03-12",
        "Looked after review. Was due on 4/3, moved because the chair was off sick - held yesterday at school.",
        "2025-03-11",
    ),
    # ... but a meeting's label is not dated by a visit around it, only by its holding
    (
        "section_47",
        "2025-03-12",
        "s47 enquiry. I saw her at school on the 10th with her teacher. Outcome agreed with TM: NFA.",
        "2025-03-12",
    ),
    # A9: a pasted email's header is when it was written; the body dates what it reports
    (
        "court",
        "2025-05-14",
        "Email from the family's solicitor, 14/5/25 09:12:\n"
        '"Dear Sir, our client was granted a prohibited steps order at the Family Court on 12 May 2025. '
        'A copy will follow."\nMum pleased.',
        "2025-05-12",
    ),
    # A8: two dates in one sentence, the one attached to the event's word wins
    (
        "hospital",
        "2025-04-08",
        "Carer rang Monday: mum went into labour Saturday night and the baby was born Sunday 6th April at the "
        "maternity unit, both well.",
        "2025-04-06",
    ),
]


@pytest.mark.parametrize(("note_type", "written", "text", "expected"), SELECTED_DATES)
def test_the_event_is_dated_where_practitioners_put_its_date(
    note_type: str, written: str, text: str, expected: str
) -> None:
    event = select(note("N-1", written, note_type, text))
    assert event is not None
    assert event.event_date == _day(expected)


STATED = [
    # (sentence, note date, event type, expected): one sentence, which date is the event's
    (
        "RHI completed at her nan's, 3/2, and emailed to the SW 4/2.",
        "2025-02-05",
        "return_home_interview",
        "2025-02-03",
    ),
    ("Interview completed at home, typed up 4/2.", "2025-02-05", "return_home_interview", None),
    ("Went missing Thursday night and was found Friday 7th Feb at the station.", "2025-02-10", "", "2025-02-06"),
    # never a score, a fraction of sessions or round-the-clock care
    ("She has attended, 6/6.", "2025-02-05", "", None),
    ("Spelling test, 9/10.", "2025-02-05", "", None),
    ("Needs supervision 24/7.", "2025-02-05", "", None),
    ("Seen at home 3/2.", "2025-02-05", "", "2025-02-03"),
    ("Visits done 1/2 (announced) and 3/2, both children seen.", "2025-02-05", "", "2025-02-01"),
    # a cancelled day stays cancelled when nothing says it went ahead
    ("Review booked for Mon 3rd Feb was cancelled, chair off sick.", "2025-02-05", "cla_review", None),
    ("Core group was due on 3/2; rearranged, no new date yet.", "2025-02-05", "", None),
]


@pytest.mark.parametrize(("sentence", "written", "event_type", "expected"), STATED)
def test_which_of_a_sentences_dates_is_the_events(
    sentence: str, written: str, event_type: str, expected: str | None
) -> None:
    assert stated_event_date(sentence, dt.date.fromisoformat(written), event_type=event_type) == _day(expected)


APPROXIMATE = [
    # (text, note date, expected date, approximate): a part of a month, one day standing for it
    ("Dad has been living back at home since mid July.", "2024-08-20", "2024-07-15", True),
    ("They moved in early June.", "2024-08-20", "2024-06-01", True),
    ("The tenancy ended at the end of last month.", "2024-08-20", "2024-07-31", True),
    ("She started on 12th July.", "2024-08-20", "2024-07-12", False),
]


@pytest.mark.parametrize(("text", "written", "expected", "approximate"), APPROXIMATE)
def test_a_part_of_a_month_is_a_date_marked_approximate(
    text: str, written: str, expected: str, approximate: bool
) -> None:
    found = mentions(text, dt.date.fromisoformat(written))
    assert [(m.date, m.approximate) for m in found] == [(_day(expected), approximate)]


def test_an_exact_date_wins_over_an_approximate_one_in_the_same_sentence() -> None:
    sentence = "Moved out in early July, police called to the flat on 20/07."
    assert stated_event_date(sentence, dt.date(2024, 8, 1)) == dt.date(2024, 7, 20)
