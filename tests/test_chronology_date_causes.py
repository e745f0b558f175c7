"""Date causes found on hand-written corpora, as general rules of how practitioners write dates.

Every sentence here is our own wording, none copied from a corpus. Each table has rows that fail
before its rule (the note's own date, a counted-back day or a declined attempt came back) and rows
that pin what must not move.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology import ExtractiveSummariser, entries_from_notes
from assistant.chronology.dates import event_date, mentions, sentence_anchor, stated_event_date
from assistant.chronology.selection import select, sentences
from tests.chronology_fixtures import note

EVENT_NAMED_THEN_DATED = [
    # (sentence, note date, expected): a bare day/month straight after the event's own name
    ("Core group meeting 12/05 at the school, all agencies present.", "2024-05-14", "2024-05-12"),
    ("Strategy discussion 09/05 with police and health.", "2024-05-14", "2024-05-09"),
    ("Legal planning meeting held on 10/05, threshold met.", "2024-05-14", "2024-05-10"),
    # still never a score or a fraction of sessions
    ("Core group meeting: she has done 6/6 sessions.", "2024-05-14", None),
    ("Strategy discussion: attendance 9/10 this term.", "2024-05-14", None),
]


@pytest.mark.parametrize(("sentence", "written", "expected"), EVENT_NAMED_THEN_DATED)
def test_a_day_and_month_right_after_the_events_name(sentence: str, written: str, expected: str | None) -> None:
    stated = stated_event_date(sentence, dt.date.fromisoformat(written))
    assert stated == (dt.date.fromisoformat(expected) if expected else None)


COMPLETED_AFTER_ATTEMPT = [
    # (note type, note date, text, expected): a meeting or interview is dated by when it was done
    (
        "return_home_interview",
        "2024-05-16",
        "RHI - he refused to see the worker on Monday. She completed it by phone on Tues 14/05.",
        "2024-05-14",
    ),
    (
        "strategy_discussion",
        "2024-05-16",
        "Strategy discussion - police could not attend on Mon 13/05. It was held on Wed 15/05 by Teams.",
        "2024-05-15",
    ),
    (
        "return_home_interview",
        "2024-05-16",
        "RHI attempted on Monday, no answer at the door. Seen at school and interview done on Wednesday.",
        "2024-05-15",
    ),
    # an attempt that was not followed by a completion is not the event's date either
    ("return_home_interview", "2024-05-16", "RHI - she declined to meet on Monday. Will try again.", "2024-05-16"),
    # an interview done on a stated day is dated by it, as before
    ("return_home_interview", "2024-05-16", "RHI completed on Tues 14/05 at the foster home.", "2024-05-14"),
]


@pytest.mark.parametrize(("note_type", "written", "text", "expected"), COMPLETED_AFTER_ATTEMPT)
def test_a_meeting_done_after_a_failed_attempt_is_dated_by_its_completion(
    note_type: str, written: str, text: str, expected: str
) -> None:
    event = select(note("N-1", written, note_type, text))
    assert event is not None
    assert event.event_date == dt.date.fromisoformat(expected)


GLOSSED = [
    # (text, note date, expected dates of the mentions): the stated date wins over counting back
    ("First hearing yesterday Tues 21st March 2023 at the family court.", "2023-03-23", ["2023-03-21"]),
    ("Police were called yesterday (Sat 18/3) to the flat.", "2023-03-20", ["2023-03-18"]),
    ("She went missing last night, Fri 17th March.", "2023-03-20", ["2023-03-17"]),
    # two dates of two doings are both kept
    ("She went missing yesterday, and on 12/3 before that.", "2023-03-20", ["2023-03-19", "2023-03-12"]),
]


@pytest.mark.parametrize(("text", "written", "expected"), GLOSSED)
def test_a_relative_phrase_glossed_with_its_date_is_that_date(text: str, written: str, expected: list[str]) -> None:
    found = [m.date.isoformat() for m in mentions(text, dt.date.fromisoformat(written))]
    assert found == expected


MESSAGE_STAMPS = [
    # (line, note date, expected): a copied message is dated by its own timestamp
    ("[12/05 21:40] Carer: she has come home, police have been told", "2024-05-16", "2024-05-12"),
    ("[12/05 08:05] Mum: he didn't come home last night", "2024-05-16", "2024-05-11"),
    ("13/05 09:15 - Carer: she is back and safe", "2024-05-16", "2024-05-13"),
    # a stamp after the note is not when it was written: nothing earlier is stated
    ("[20/05 10:00] Carer: all fine", "2024-05-16", None),
]


@pytest.mark.parametrize(("line", "written", "expected"), MESSAGE_STAMPS)
def test_a_copied_message_is_dated_by_its_timestamp(line: str, written: str, expected: str | None) -> None:
    stated = stated_event_date(line, dt.date.fromisoformat(written))
    assert stated == (dt.date.fromisoformat(expected) if expected else None)


NAMED_DAYS = [
    # (sentence, note date, expected): days a family's year is told by, in the right year
    ("Mum ended the relationship on Boxing Day and he moved out.", "2025-01-08", "2024-12-26"),
    ("Police were called on Christmas Day after an argument.", "2025-01-08", "2024-12-25"),
    ("He went missing on Christmas Eve.", "2024-12-30", "2024-12-24"),
    ("Police were called on New Year's Eve.", "2025-01-08", "2024-12-31"),
    ("She was taken to A&E on New Years Day.", "2025-01-08", "2025-01-01"),
    # a plan for the holiday ahead is not a day gone by
    ("She will spend Christmas Day with her dad.", "2024-12-20", None),
]


@pytest.mark.parametrize(("sentence", "written", "expected"), NAMED_DAYS)
def test_named_days_are_dates_of_the_right_year(sentence: str, written: str, expected: str | None) -> None:
    stated = stated_event_date(sentence, dt.date.fromisoformat(written))
    assert stated == (dt.date.fromisoformat(expected) if expected else None)


FOLLOW_UPS = [
    # (notes as (id, date, type, text), expected entries as (date, type, note ids))
    (
        [
            ("N1", "2023-03-22", "court", "Family court hearing yesterday. Interim care order granted."),
            (
                "N2",
                "2023-03-24",
                "court",
                "Dear Sam,\n\nFurther to the hearing on the 21st inst, sealed order attached.",
            ),
        ],
        [("2023-03-21", "court", ("N1", "N2"))],
    ),
    (
        [
            ("N1", "2023-04-03", "icpc", "ICPC held today. Both children made subject to CP plans."),
            ("N2", "2023-04-06", "icpc", "Following the conference on 3/4 the minutes were circulated to all."),
        ],
        [("2023-04-03", "icpc", ("N1", "N2"))],
    ),
    # a note that states a later hearing of its own is a second hearing, whatever it follows up
    (
        [
            ("N1", "2023-03-21", "court", "Interim care order granted at the hearing today."),
            (
                "N2",
                "2023-03-29",
                "court",
                "A second hearing was held on 28/03/2023, further to the hearing on the 21st.",
            ),
        ],
        [("2023-03-21", "court", ("N1",)), ("2023-03-28", "court", ("N2",))],
    ),
]


@pytest.mark.parametrize(("notes", "expected"), FOLLOW_UPS)
def test_a_note_following_up_an_earlier_event_joins_its_entry(
    notes: list[tuple[str, str, str, str]], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    entries, _ = entries_from_notes([note(*fields) for fields in notes], ExtractiveSummariser())
    assert [(e.date.isoformat(), e.event_type, e.note_ids) for e in entries] == expected


PARAGRAPHS = [
    # (text, evidence, expected): an outcome inside a paragraph headed by its day is that day's
    (
        "Legal planning meeting last week.\n\nHearing Thurs 19th Oct, Family Court. Both parents attended. "
        "Interim care order made.",
        "Interim care order made.",
        "2023-10-19",
    ),
    (
        "Visit Mon 16/10: Mum and baby at home. Baby weighed and feeding well. Discharged from the ward.",
        "Discharged from the ward.",
        "2023-10-16",
    ),
    # the evidence says it is today's
    (
        "Hearing Thurs 19th Oct adjourned. Interim care order made today.",
        "Interim care order made today.",
        "2023-10-24",
    ),
    # a date far into the paragraph is its own sentence's doing
    (
        "Both parents attended and on 19/10 the judge read the papers. Interim care order made.",
        "Interim care order made.",
        "2023-10-24",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "expected"), PARAGRAPHS)
def test_an_undated_outcome_takes_the_date_heading_its_paragraph(text: str, evidence: str, expected: str) -> None:
    parts = sentences(text)
    when = event_date([evidence], parts, evidence, text, dt.date(2023, 10, 24), event_type="court")
    assert when == dt.date.fromisoformat(expected)


LOG = "Duty log\nMon 22/01\n10:00 School rang, all fine.\nTues 23/01\n08:50 Police rang: she was reported missing last night.\n"
SENTENCE_ANCHORS = [
    # (text, sentence, note date, expected anchor): a log's day heading is when its lines were written
    (LOG, "08:50 Police rang: she was reported missing last night.", "2024-01-24", "2024-01-23"),
    (LOG, "10:00 School rang, all fine.", "2024-01-24", "2024-01-22"),
    # no heading above: when the note was written
    (LOG, "Duty log", "2024-01-24", "2024-01-24"),
    # a heading after the note is not believed
    (LOG, "08:50 Police rang: she was reported missing last night.", "2024-01-20", "2024-01-20"),
]


@pytest.mark.parametrize(("text", "sentence", "written", "expected"), SENTENCE_ANCHORS)
def test_a_log_line_counts_back_from_its_day_heading(text: str, sentence: str, written: str, expected: str) -> None:
    assert sentence_anchor(text, sentence, dt.date.fromisoformat(written)) == dt.date.fromisoformat(expected)


HEADINGS = [
    # (text, evidence, note date, expected): the first line's date heads the occasion the note records
    (
        "Family court - first hearing yesterday Tues 12th March 2023\nOutcome: interim care order granted.",
        "Outcome: interim care order granted.",
        "2023-03-13",
        "2023-03-12",
    ),
    # an evidence sentence that says it is today's keeps the note's date
    (
        "Family court - first hearing yesterday Tues 12th March 2023\nInterim care order granted today.",
        "Interim care order granted today.",
        "2023-03-13",
        "2023-03-13",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "written", "expected"), HEADINGS)
def test_an_undated_outcome_takes_the_date_heading_its_note(
    text: str, evidence: str, written: str, expected: str
) -> None:
    parts = sentences(text)
    when = event_date([evidence], parts, evidence, text, dt.date.fromisoformat(written), event_type="court")
    assert when == dt.date.fromisoformat(expected)
