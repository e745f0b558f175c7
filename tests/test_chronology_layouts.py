"""How practitioners lay out the record of an event, read as layout rather than wording (issue #7).

Each row is our own sentence in a layout independent4's authors used and the rules missed before:
the opening line of a note of an occasion's own type, a weekday with its day bracketed, a minutes
heading that goes on with its chair, a paragraph labelled as history, and a dated list of items.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.date_anchors import heading_date
from assistant.chronology.date_forms import mentions
from assistant.chronology.selection import select, select_events
from retrieval.types import NoteRecord


def _note(text: str, note_type: str, on: dt.date, raw_type: str = "") -> NoteRecord:
    return NoteRecord(
        note_id="T-0001-N001",
        case_id="T-0001",
        date=on,
        note_type=note_type,
        raw_type=raw_type or note_type,
        title="",
        text=text,
        author_role="social_worker",
        sensitivity="standard",
    )


@pytest.mark.parametrize(
    ("text", "note_type", "on", "expected"),
    [
        (
            "Hearing at the Family Court yesterday afternoon (4/3), before DJ Ash.\nInterim care order GRANTED.",
            "court",
            dt.date(2025, 3, 5),
            dt.date(2025, 3, 4),
        ),
        (
            "From: legal services\nSent: 10 April 2025 09:12\n\nHi both,\nThanks for presenting at panel yesterday. "
            "Advice follows.\n1. Threshold is likely to be met.",
            "court",
            dt.date(2025, 4, 11),
            dt.date(2025, 4, 9),
        ),
        (
            "PARENT CARER NEEDS ASSESSMENT - completed 11/2/25 with mum at home.\n\nOutcome: needs are eligible.",
            "assessment",
            dt.date(2025, 2, 14),
            dt.date(2025, 2, 11),
        ),
    ],
    ids=["court-opening-yesterday", "pasted-email-body", "assessment-completed-in-heading"],
)
def test_a_note_of_an_occasion_is_dated_by_its_opening(
    text: str, note_type: str, on: dt.date, expected: dt.date
) -> None:
    event = select(_note(text, note_type, on))
    assert event is not None
    assert event.event_date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She went missing again Fri (14th - half term) from about 6pm.", dt.date(2025, 2, 14)),
        ("Seen at home Sat (15/2) with mum.", dt.date(2025, 2, 15)),
        ("He was arrested Friday (14th).", dt.date(2025, 2, 14)),
    ],
)
def test_a_weekday_with_its_day_bracketed_is_read(sentence: str, expected: dt.date) -> None:
    assert [m.date for m in mentions(sentence, dt.date(2025, 2, 17))][:1] == [expected]


def test_a_return_interview_is_not_dated_by_the_episode_it_answers() -> None:
    note = _note(
        "RHI - episode 7th-8th June. Done by SW at home, seen alone.", "return_home_interview", dt.date(2025, 6, 10)
    )
    event = select(note)
    assert event is not None
    assert event.event_date == dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strategy discussion - 3 June 2025, 10am. Chair Anselm Ward.\nPresent: SW, police.", dt.date(2025, 6, 3)),
        ("Strategy discussion 20/3/25 14:00 (Teams). Chair: Ysolde Quinn.\nPresent: SW.", dt.date(2025, 3, 20)),
        ("Mum rang on 3/6/25 at 09:00. She asked about the review meeting.\n", None),
    ],
    ids=["chair-after-time", "chair-after-venue", "a-sentence-naming-no-occasion"],
)
def test_a_minutes_heading_is_read_past_its_chair(text: str, expected: dt.date | None) -> None:
    assert (
        heading_date(text, dt.date(2025, 6, 25) if expected is None or expected.month == 6 else dt.date(2025, 3, 21))
        == expected
    )


def test_a_paragraph_labelled_history_is_not_the_event() -> None:
    text = (
        "CASE TRANSFER SUMMARY\n\n"
        "History: known since 2019. Care proceedings issued on 2nd May after the children were found alone.\n"
        "Final hearing: full care orders made on 20th May 2025 for both children.\n"
    )
    event = select(_note(text, "case_note", dt.date(2025, 6, 2), raw_type="Case Note"))
    assert event is not None
    assert (event.event_type, event.event_date) == ("court", dt.date(2025, 5, 20))


def test_each_dated_item_of_a_list_is_an_event() -> None:
    text = (
        "Update from the family\n"
        "- Sat 1st March: police were called to the home after a fight between mum and her partner.\n"
        "- Tues 4th March: police were called again when he came back drunk.\n"
        "- Wed 5th March: police were called a third time after he smashed a window.\n"
        "- Sexual health: attended clinic, results to follow.\n"
    )
    events = select_events(_note(text, "case_note", dt.date(2025, 3, 6), raw_type="Case Note"))
    assert sorted(event.event_date for event in events) == [
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 4),
        dt.date(2025, 3, 5),
    ]
