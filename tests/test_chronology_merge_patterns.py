"""Merging notes about one event, and patterns computed from entries."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology import Entry, ExtractiveSummariser, Period, entries_from_notes
from assistant.chronology.merge import merge
from assistant.chronology.patterns import densest_year, patterns
from assistant.chronology.selection import select_all
from tests.chronology_fixtures import note


def test_notes_about_the_same_missing_episode_become_one_entry_citing_all() -> None:
    notes = [
        note("N1", "2023-03-05", "missing_episode", "Went missing from placement at 19:00, reported to police."),
        note(
            "N2",
            "2023-03-06",
            "police_incident",
            "Police notification: missing person report, she went missing yesterday.",
        ),
        note("N3", "2023-03-06", "phone_call", "Carer rang to say she went missing last night and came back at 02:00."),
        note("N4", "2023-04-20", "missing_episode", "Went missing again after school."),
    ]
    entries, _ = entries_from_notes(notes, ExtractiveSummariser())
    assert [(e.date.isoformat(), e.event_type, e.note_ids) for e in entries] == [
        ("2023-03-05", "missing_episode", ("N1", "N2", "N3")),
        ("2023-04-20", "missing_episode", ("N4",)),
    ]
    assert entries[0].summary.startswith("Went missing from placement")  # the missing-episode note speaks for it
    assert "note N2; police" in entries[0].source


def test_different_kinds_on_the_same_day_stay_separate() -> None:
    notes = [
        note("N1", "2023-03-05", "strategy_discussion", "Strategy discussion held with police and health."),
        note("N2", "2023-03-05", "section_47", "Section 47 enquiry started."),
    ]
    groups = merge(select_all(notes))
    assert [g.note_ids for g in groups] == [("N1",), ("N2",)]


SAME_OCCURRENCE = [
    # (notes as (id, date, type, text), expected entries as (date, type, note ids))
    (
        [
            ("N1", "2023-06-04", "hospital", "Seen at A&E overnight with a broken wrist after a fall at home."),
            ("N2", "2023-06-05", "home_visit", "Visited. His arm is in plaster; he has a bruise on his cheek too."),
        ],
        [("2023-06-04", "hospital", ("N1", "N2"))],
    ),
    (
        [
            ("N1", "2023-06-05", "home_visit", "Visited. She has a bruise on her cheek and said Dad hit her."),
            ("N2", "2023-06-05", "police_incident", "Police attended after a report that Dad had hit her."),
        ],
        [("2023-06-05", "police_incident", ("N1", "N2"))],
    ),
    # a week apart they are two occurrences
    (
        [
            ("N1", "2023-06-04", "hospital", "Seen at A&E overnight with a broken wrist after a fall at home."),
            ("N2", "2023-06-12", "home_visit", "Visited. He has a new bruise on his cheek."),
        ],
        [("2023-06-04", "hospital", ("N1",)), ("2023-06-12", "injury", ("N2",))],
    ),
    # an injury is not absorbed by a placement move on the same day
    (
        [
            ("N1", "2023-06-04", "placement_move", "Moved to new foster carers this afternoon."),
            ("N2", "2023-06-04", "home_visit", "She has a bruise on her arm from PE."),
        ],
        [("2023-06-04", "placement_move", ("N1",)), ("2023-06-04", "injury", ("N2",))],
    ),
]


@pytest.mark.parametrize(("rows", "expected"), SAME_OCCURRENCE)
def test_an_injury_told_beside_an_attendance_or_call_out_is_one_entry(
    rows: list[tuple[str, str, str, str]], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    entries, _ = entries_from_notes([note(*row) for row in rows], ExtractiveSummariser())
    assert [(e.date.isoformat(), e.event_type, e.note_ids) for e in entries] == expected


def test_an_unnamed_partner_staying_over_again_is_not_a_new_household_change() -> None:
    notes = [
        note("N1", "2023-03-01", "home_visit", "Mum told me her boyfriend stays most nights now."),
        note("N2", "2023-03-20", "home_visit", "Mum's boyfriend stays over most nights; he was out."),
        note("N3", "2023-08-20", "home_visit", "Her boyfriend stays over again after a break."),
    ]
    entries, _ = entries_from_notes(notes, ExtractiveSummariser())
    assert [(e.date.isoformat(), e.note_ids) for e in entries] == [
        ("2023-03-01", ("N1", "N2")),
        ("2023-08-20", ("N3",)),
    ]


def test_two_court_hearings_a_day_apart_are_two_entries() -> None:
    notes = [
        note("N1", "2023-05-01", "court", "Interim care order hearing adjourned."),
        note("N2", "2023-05-02", "court", "Interim care order granted at the resumed hearing."),
    ]
    assert len(merge(select_all(notes))) == 2


def test_later_visits_calling_the_same_person_the_new_partner_do_not_repeat_the_event() -> None:
    notes = [
        note("N1", "2023-03-01", "home_visit", "Mum said her new partner [PERSON 3] has moved in."),
        note("N2", "2023-04-12", "home_visit", "Mum's new partner [PERSON 3] was present and polite."),
        note("N3", "2023-05-02", "home_visit", "A new male, [PERSON 5], was staying at the home."),
        note("N4", "2023-09-20", "home_visit", "Mum's new partner [PERSON 3] now living at the address."),
    ]
    entries, _ = entries_from_notes(notes, ExtractiveSummariser())
    assert [(e.date.isoformat(), e.note_ids) for e in entries] == [
        ("2023-03-01", ("N1", "N2")),  # same person, same kind of phrase, six weeks later
        ("2023-05-02", ("N3",)),  # someone else
        ("2023-09-20", ("N4",)),  # more than 90 days after the last mention
    ]


def test_entries_are_ordered_by_event_date_not_writing_date() -> None:
    notes = [
        note("N1", "2023-03-10", "case_note", "Police were called on 01/03/2023 to a domestic incident."),
        note("N2", "2023-03-05", "referral", "Referral from school about bruising."),
    ]
    entries, _ = entries_from_notes(notes, ExtractiveSummariser())
    assert [(e.date.isoformat(), e.note_ids) for e in entries] == [("2023-03-01", ("N1",)), ("2023-03-05", ("N2",))]


def test_period_keeps_events_by_their_event_date() -> None:
    notes = [
        note("N1", "2023-03-02", "case_note", "Police were called on 27/02/2023 to a domestic incident."),
        note("N2", "2023-03-05", "referral", "Referral from school about bruising."),
    ]
    entries, _ = entries_from_notes(notes, ExtractiveSummariser(), Period(dt.date(2023, 3, 1), dt.date(2023, 3, 31)))
    assert [e.note_ids for e in entries] == [("N2",)]


def _entry(date: str, event_type: str, *details: str) -> Entry:
    return Entry(dt.date.fromisoformat(date), event_type, "summary", ("N",), "source", details=frozenset(details))


PATTERNS = [
    (
        [
            _entry("2023-03-04", "missing_episode"),
            _entry("2023-04-10", "missing_episode"),
            _entry("2023-06-02", "missing_episode"),
        ],
        ["3 missing episodes between 4 March and 2 June 2023"],
    ),
    ([_entry("2023-03-04", "missing_episode")], []),
    (
        [
            _entry("2022-11-04", "police_incident", "domestic"),
            _entry("2023-01-10", "police_incident", "domestic"),
            _entry("2023-02-01", "police_incident"),
        ],
        ["3 police incidents between 4 November 2022 and 1 February 2023", "2 police call-outs for domestic incidents"],
    ),
    (
        [
            _entry("2021-01-01", "placement_move"),
            _entry("2022-03-01", "placement_move"),
            _entry("2022-06-01", "placement_move"),
            _entry("2022-09-01", "placement_move"),
            _entry("2023-02-01", "placement_move"),
        ],
        [
            "5 placement moves between 1 January 2021 and 1 February 2023",
            "4 placement moves in 12 months (1 March 2022 to 1 February 2023)",
        ],
    ),
    (
        [_entry("2023-05-01", "rcpc"), _entry("2023-05-01", "rcpc")],
        ["2 review child protection conferences on 1 May 2023"],
    ),
]


@pytest.mark.parametrize(("entries", "expected"), PATTERNS)
def test_patterns_are_counts_and_spans_of_the_entries(entries: list[Entry], expected: list[str]) -> None:
    assert patterns(entries) == expected


def test_gap_in_visits_while_on_a_child_protection_plan() -> None:
    entries = [_entry("2023-01-10", "icpc", "cp_plan_start"), _entry("2023-06-30", "rcpc", "cp_plan_end")]
    visits = [
        dt.date(2023, 1, 20),
        dt.date(2023, 2, 3),
        dt.date(2023, 4, 7),
        dt.date(2023, 4, 21),
        dt.date(2023, 6, 20),
    ]
    assert patterns(entries, visits) == [
        "no visit recorded for 9 weeks while on a child protection plan (3 February to 7 April 2023)",
        "no visit recorded for 9 weeks while on a child protection plan (21 April to 20 June 2023)",
    ]


def test_an_open_plan_runs_to_the_end_of_the_period() -> None:
    entries = [_entry("2023-01-10", "icpc", "cp_plan_start")]
    assert patterns(entries, [dt.date(2023, 1, 20)], period_end=dt.date(2023, 3, 31)) == [
        "no visit recorded for 10 weeks while on a child protection plan (20 January to 31 March 2023)"
    ]


def test_densest_year_of_nothing() -> None:
    assert densest_year([])[0] == 0
