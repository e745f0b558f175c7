"""Event dates stated in words a practitioner writes: each row is one rule of assistant/chronology/dates.py.

Every row would fail without its rule: the note's own date (or a wrong earlier day) would come back.
The notes are hand-written here; none is copied from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.dates import event_date, planned_date, stated_event_date, written_date
from assistant.chronology.selection import select, sentences
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
    ("2023-03-10", "Police were called; she is now on 2.5 hours of tuition a day.", "2023-03-10"),
    # a day and month with a stop, as notes write them too
    ("2023-03-10", "Police were called on 6.3 after an argument.", "2023-03-06"),
    # a month name before its day, with no year
    ("2023-03-20", "Police were called on March 14th after a fight.", "2023-03-14"),
    ("2023-01-05", "Police were called on December 30th.", "2022-12-30"),
    # counted back from the note: a day before yesterday, weeks, a fortnight
    ("2023-03-20", "Police were called the day before yesterday.", "2023-03-18"),
    ("2023-03-20", "Police were called a fortnight ago.", "2023-03-06"),
    ("2023-03-20", "Police were called two weeks ago.", "2023-03-06"),
    # a day of last or this month, in words or the old "inst"/"ult"
    ("2023-03-20", "Police were called 3rd inst.", "2023-03-03"),
    ("2023-03-05", "Police were called 28th ult.", "2023-02-28"),
    # the week before the note's week; "last Friday" on a Friday is a week back
    ("2023-03-20", "Police were called on Saturday the weekend before last.", "2023-03-11"),
    ("2023-03-23", "Police were called on Wednesday last week.", "2023-03-15"),
    ("2023-03-20", "Police were called Saturday before last.", "2023-03-11"),
    ("2023-03-17", "Police were called last Friday.", "2023-03-10"),
    ("2023-03-23", "Police were called Thursday gone.", "2023-03-16"),
    ("2023-03-23", "Police were called Tuesday last.", "2023-03-21"),
    # a span of days: the event began on the first
    ("2023-03-23", "She went missing between 10th and 12th March.", "2023-03-10"),
    ("2023-03-23", "She went missing from Fri 10 to Sun 12 March.", "2023-03-10"),
    # week commencing: the week's first day is the most the words say
    ("2023-03-20", "Police were called w/c 6/3 about the noise.", "2023-03-06"),
    # the part of a day named before it
    ("2023-03-20", "Police were called in the early hours of Sunday.", "2023-03-19"),
    ("2023-03-20", "Police were called on the night of the 12th.", "2023-03-12"),
    ("2023-04-04", "She presented at A&E the night before last after an overdose.", "2023-04-02"),
    # a date the report was received or sent is not the event's
    ("2023-03-22", "PPN received 21/03/2023. He was arrested on Sunday for shoplifting.", "2023-03-19"),
    # a late entry is a record of the day it names
    ("2023-03-27", "Late entry for 20/03/23. Police called to the home after Dad assaulted Mum.", "2023-03-20"),
    ("2023-03-27", "Late entry re visit on Monday. Mum said police were called yesterday.", "2023-03-19"),
    # "the night before" something else is that thing's eve, not the note's
    ("2023-03-20", "Police were called the night before the hearing.", "2023-03-20"),
    # a named day the words look ahead to is a plan, not a day gone by
    ("2023-03-23", "She was taken to A&E and is expected to be discharged on Wednesday.", "2023-03-23"),
    ("2023-03-22", "She was taken to A&E; she has a follow-up appointment on the 25th.", "2023-03-22"),
    ("2023-03-22", "She was taken to A&E by ambulance on Sunday.", "2023-03-19"),
    # phrases that name no day keep the note's date
    ("2023-03-20", "Police were called earlier this week.", "2023-03-20"),
    ("2023-03-20", "Police were called at the weekend.", "2023-03-20"),
    ("2023-03-20", "Police were called a few days ago.", "2023-03-20"),
    ("2023-03-20", "Police were called two weeks before the conference.", "2023-03-20"),
    ("2023-03-20", "Police were called; it may 3 times have happened.", "2023-03-20"),
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
    # minutes typed up after the meeting are dated by their heading
    ("2023-03-20", "Review conference minutes – 14.3.23\nPresent: Mum, SW, HV.\nThe plan was reviewed.", "2023-03-14"),
    ("2023-03-20", "Date of meeting: 14 March 2023\nPresent: Mum, SW, HV.\nThe plan was reviewed.", "2023-03-14"),
    # a Sent: date after the note cannot be when it was written: the note's date stands
    (
        "2023-03-13",
        "From: Fostering SW\nSent: 20 March 2023 09:00\nSubject: move\nJust to confirm the move went to plan yesterday.",
        "2023-03-12",
    ),
]


@pytest.mark.parametrize(("note_date", "text", "expected"), EMAILS)
def test_a_pasted_email_or_minutes_are_dated_by_their_heading(note_date: str, text: str, expected: str) -> None:
    kind = "rcpc" if "Present:" in text else "placement_move"
    event = select(note("N1", note_date, kind, text))
    assert event is not None
    assert event.event_date == dt.date.fromisoformat(expected)
    assert not event.evidence.startswith(("From:", "Sent:"))


@pytest.mark.parametrize(
    "text",
    [
        "Visited today. Sent the letter to school.",
        # a heading's date of what the meeting was about is not the meeting's
        "Strategy discussion following incident 12/03/2023\nPresent: SW, PC.",
        # a sentence that opens the note is not a heading
        "Core group meeting. Mum said on 12/3/23 he hit her.",
        # a heading dated after the note is not believed
        "Core group minutes 21/03/2023\nPresent: Mum.",
        # a heading that counts back from its writing was written after its date
        "Family court - first hearing yesterday Tues 12th March 2023\nInterim care order granted.",
    ],
)
def test_written_date_without_a_believable_heading_is_the_note_date(text: str) -> None:
    assert written_date(text, dt.date(2023, 3, 13)) == dt.date(2023, 3, 13)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The review is to be held on Tuesday.", None),
        ("The final hearing is listed on Monday 20th.", None),
        # a plan confirmed as done is dated by the day it went ahead
        ("The planned move to her new foster placement went ahead on Tuesday.", dt.date(2023, 3, 21)),
    ],
)
def test_a_named_day_looked_ahead_to(sentence: str, expected: dt.date | None) -> None:
    assert stated_event_date(sentence, dt.date(2023, 3, 23)) == expected


def test_a_day_of_last_month_counted_back_from_the_note() -> None:
    """Past the 31-day look-back, yet written relative to the note, so not history."""
    assert stated_event_date("She was hurt on the 2nd of last month.", dt.date(2023, 3, 20)) == dt.date(2023, 2, 2)


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


REPORT_LEADS = [
    # (note date, text, expected event date): a note opening with who told us tells the event after
    ("2023-10-30", "Aunt rang me this morning. On Saturday night he was stabbed near the shops.", "2023-10-28"),
    ("2023-05-15", "Mum emailed on the weekend. He had a seizure at home on the 12th, his first.", "2023-05-12"),
    (
        "2023-05-02",
        "Call to the front door from a neighbour. She is worried about the girl next door. "
        "Last night she found her outside in her pyjamas.",
        "2023-05-01",
    ),
    # the lead dates itself: the contact is the event
    ("2023-02-13", "Police contact via MASH 13/2/23. He was reported missing on Friday night.", "2023-02-13"),
    # the first sentence that speaks of a time decides: today is the note's date
    ("2023-03-20", "School rang. Today he came in with a bruise. He was off on Monday.", "2023-03-20"),
    # an aside (a state since some day, history, a plan) dates nothing
    ("2023-03-20", "Mum rang. He has been much calmer since the 12th.", "2023-03-20"),
    # past the window of the lead's account
    ("2023-03-20", "Mum rang. One. Two. Three. He was hurt on Saturday.", "2023-03-20"),
    # not a report lead: the note's own account, dated by the note
    ("2023-03-20", "I visited the home. On Saturday he went to a party.", "2023-03-20"),
    ("2023-03-20", "Police were called to the home. Dad had hit Mum on Saturday too.", "2023-03-20"),
    ("2023-03-20", "He was reported missing by Mum. He was found on Sunday.", "2023-03-20"),
    ("2023-03-20", "She disclosed that Dad hit her. It happened on Saturday.", "2023-03-20"),
]


@pytest.mark.parametrize(("note_date", "text", "expected"), REPORT_LEADS)
def test_a_report_lead_is_dated_by_its_account(note_date: str, text: str, expected: str) -> None:
    parts = sentences(text)
    when = event_date([parts[0]], parts, parts[0], text, dt.date.fromisoformat(note_date))
    assert when == dt.date.fromisoformat(expected)


def test_a_candidate_sentence_with_an_earlier_date_wins_over_the_report_lead() -> None:
    text = "Mum rang. He was hurt on Saturday. Police were called on Sunday."
    parts = sentences(text)
    assert event_date([parts[0], parts[2]], parts, parts[0], text, dt.date(2023, 3, 20)) == dt.date(2023, 3, 19)


PLANS = [
    # (note date, sentence, planned date or None)
    ("2023-05-09", "He has been offered a place at the centre, starting Monday 15th May.", "2023-05-15"),
    ("2023-05-09", "The conference is on 14/6/23.", "2023-06-14"),
    ("2022-12-28", "She moves to her new carers on 3rd January.", "2023-01-03"),
    # a date before the note: the event happened, whatever else the sentence plans
    ("2023-05-09", "He started on 5th May and the review is on 14/6/23.", None),
    # too far ahead to be this event's date: a review cycle, not a plan for it
    ("2023-05-09", "She moved in; the next review is on 14/11/23.", None),
    ("2023-05-09", "Review in six months.", None),
]


@pytest.mark.parametrize(("note_date", "sentence", "expected"), PLANS)
def test_a_later_date_marks_a_plan(note_date: str, sentence: str, expected: str | None) -> None:
    planned = planned_date(sentence, dt.date.fromisoformat(note_date))
    assert planned == (dt.date.fromisoformat(expected) if expected else None)


PROMPTED = [
    # (event type, note date, text, expected): a meeting or interview held in response to something
    # earlier is dated when held; the date after "following"/"after" is what prompted it
    ("return_home_interview", "2023-03-20", "RHI completed following her missing episode on Saturday.", "2023-03-20"),
    ("strategy_discussion", "2023-03-20", "Strategy discussion held following the PPN of 12/3/23.", "2023-03-20"),
    ("return_home_interview", "2023-03-20", "RHI done on Friday after her missing episode on Wednesday.", "2023-03-17"),
    ("return_home_interview", "2023-03-20", "Carer rang. She went missing on Saturday night.", "2023-03-20"),
    # an incident's own "after" is the same occurrence
    ("police_incident", "2023-03-20", "Police were called after an argument on Saturday.", "2023-03-18"),
    ("police_incident", "2023-03-20", "Carer rang. She went missing on Saturday night.", "2023-03-18"),
]


@pytest.mark.parametrize(("event_type", "note_date", "text", "expected"), PROMPTED)
def test_what_prompted_a_meeting_does_not_date_it(event_type: str, note_date: str, text: str, expected: str) -> None:
    parts = sentences(text)
    when = event_date([parts[0]], parts, parts[0], text, dt.date.fromisoformat(note_date), event_type=event_type)
    assert when == dt.date.fromisoformat(expected)


RESTATED = [
    # (event type, note date, evidence, expected): a restated event keeps the date it first happened
    ("icpc", "2023-07-20", "The ICPC on 14/02/2023 made both children subject to CP plans.", "2023-02-14"),
    ("police_incident", "2023-07-20", "Police were called to the home on 3 March 2023 after a fight.", "2023-03-03"),
    # a written-out date given to something else: a start, an earlier or similar incident
    ("icpc", "2023-07-20", "Both children have been subject to CP plans since 14/02/2023.", "2023-07-20"),
    (
        "police_incident",
        "2023-07-20",
        "Police were called; Dad was arrested for a similar assault on 3/1/2023.",
        "2023-07-20",
    ),
    # past the reach, the note recalls history
    ("icpc", "2023-07-20", "The ICPC on 14/02/2022 made both children subject to CP plans.", "2023-07-20"),
]


@pytest.mark.parametrize(("event_type", "note_date", "evidence", "expected"), RESTATED)
def test_a_restated_event_keeps_its_first_date(event_type: str, note_date: str, evidence: str, expected: str) -> None:
    when = event_date(
        [evidence], [evidence], evidence, evidence, dt.date.fromisoformat(note_date), event_type=event_type
    )
    assert when == dt.date.fromisoformat(expected)
