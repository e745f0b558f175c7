"""Session 7, second round: a weekday with a day number fixes the month, and a listed item that
states a past event with its own date is an event of its own.

Every note here is our own wording, none copied from a corpus. Each table holds rows that failed
before its rule and rows that pin what must not move (a weekday that agrees with no near month,
a day number without a weekday, a listed plan).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.classifier import shipped
from assistant.chronology.date_forms import mentions
from assistant.chronology.dates import stated_event_date
from assistant.chronology.selection import select_events
from tests.chronology_fixtures import note


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


WEEKDAY_DAYS = [
    # (text, note date, expected date of its one mention)
    # the weekday agrees with the coming month only: a day ahead, not a month back
    ("Planning meeting is Friday 10th at the school.", "2025-10-08", "2025-10-10"),
    ("Core group fixed for Thurs the 16th.", "2025-10-08", "2025-10-16"),
    # the weekday agrees with the month before last only: a late write-up
    ("He went missing on Friday 10th and was found the next day.", "2025-11-12", "2025-10-10"),
    # the usual reading agrees: unchanged
    ("Seen at home Monday 6th with mum.", "2025-10-08", "2025-10-06"),
    ("Went missing Sat (20th), returned Sunday.", "2025-09-25", "2025-09-20"),
    # the weekday agrees with no near month (a slip): the usual reading stands
    ("Seen at home Tuesday 10th.", "2025-10-08", "2025-09-10"),
    # no weekday: the latest such day before the note, as before
    ("Seen at home on the 10th.", "2025-10-08", "2025-09-10"),
]


@pytest.mark.parametrize(("text", "written", "expected"), WEEKDAY_DAYS)
def test_a_weekday_with_a_day_number_fixes_the_month(text: str, written: str, expected: str) -> None:
    found = mentions(text, dt.date.fromisoformat(written))
    assert [m.date for m in found][:1] == [_day(expected)]


WEEKDAY_EVENTS = [
    # (sentence, note date, expected event date): a day ahead is a plan, not an event a month back
    ("Strategy meeting Friday 10th to consider a S47.", "2025-10-08", None),
    ("Arrested Friday 10th for criminal damage.", "2025-11-12", "2025-10-10"),
    ("Arrested Monday 10th for criminal damage.", "2025-11-12", "2025-11-10"),
]


@pytest.mark.parametrize(("sentence", "written", "expected"), WEEKDAY_EVENTS)
def test_a_day_the_weekday_puts_ahead_is_not_an_event_date(sentence: str, written: str, expected: str | None) -> None:
    assert stated_event_date(sentence, dt.date.fromisoformat(written), lookback_days=45) == _day(expected)


LISTED_ITEMS = [
    # (note text written 25 March 2025, the further (kind, date) expected from its listed items)
    # a second item of a kind already taken, its date in its body after a topic head
    (
        "Review held today.\n- Mon 3/3: excluded for a day for swearing.\n- School: excluded again on 14.3 for fighting.",
        [("school_exclusion", "2025-03-03"), ("school_exclusion", "2025-03-14")],
    ),
    (
        "Core group held today.\n- Police: arrested on Sat 8/3, released under investigation.\n"
        "- Police: arrested again on 15/3 for criminal damage.",
        [("police_incident", "2025-03-08"), ("police_incident", "2025-03-15")],
    ),
    (
        "Visit completed today.\n• Mon 3/3 - excluded for a day.\n• Education - was excluded for 2 days on 14.3.",
        [("school_exclusion", "2025-03-03"), ("school_exclusion", "2025-03-14")],
    ),
    # a plan in the item, however dated, is still refused
    (
        "Review held today.\n- Mon 3/3: excluded for a day.\n- School: will be excluded on 14.3 if it happens again.",
        [("school_exclusion", "2025-03-03")],
    ),
    (
        "Review held today.\n- Police: arrested on Sat 8/3.\n- Police: due to be arrested on 15/3 by appointment.",
        [("police_incident", "2025-03-08")],
    ),
    (
        "Review held today.\n- Police: arrested on Sat 8/3.\n- Police: to attend the station on 15/3, arrested on arrival.",
        [("police_incident", "2025-03-08")],
    ),
    # a date in another clause of the item belongs to what the item goes on to say
    (
        "Review held today.\n- Mon 3/3: excluded for a day.\n- School: excluded again, reintegration meeting on 14/3.",
        [("school_exclusion", "2025-03-03")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_ITEMS)
def test_a_listed_item_dated_in_its_body_is_an_event_of_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    events = select_events(note("N-1", "2025-03-25", "cin_review", text))
    further = [(event.event_type, event.event_date) for event in events[1:]]
    assert further == [(kind, _day(day)) for kind, day in expected]


PROPOSED_ITEMS = [
    # (note text written 25 March 2025, the further (kind, date) expected with the shipped classifier)
    # words the rules do not know, the event and its date in the item's opening clause
    (
        "Core group held today.\n- Education: J started at Riverside nursery on Mon 10th, two mornings a week.",
        [("positive_change", "2025-03-10")],
    ),
    # a dated sequel after the opening clause, a routine registration, a plan: none is an event
    ("Core group held today.\n- Mum: lapse in Feb, re-engaged with the drug service on 12/3.", []),
    ("Core group held today.\n- Registered with GP at the Elm Street practice on 12/3.", []),
    ("Core group held today.\n- Education: J to start at Riverside nursery on Mon 31st, two mornings a week.", []),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSED_ITEMS)
def test_a_listed_item_the_classifier_reads_is_dated_by_its_opening_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    events = select_events(note("N-1", "2025-03-25", "cin_review", text), classifier=shipped())
    further = [(event.event_type, event.event_date) for event in events[1:]]
    assert further == [(kind, _day(day)) for kind, day in expected]
