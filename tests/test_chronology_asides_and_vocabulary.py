"""How practitioners write events and their dates (issue #7, session 10, independent8's causes):
a meeting's line dated by itself, not by a bracketed aside naming the meeting that prompted it or
the date first booked; hospital admissions told through the ambulance and the nights kept in; a
minutes heading that opens with the meeting and its date; Year 7 and Reception starts; a safety
plan agreed; bereavement services and youth diversion; a referral only weighed or discussed.

Our own sentences, not any corpus's. Each row of the `*_fails_before` tests failed on the code at
the start of the session (checked against a `git archive` of 6b06fac); the guards pass before and
after and fail if a rule is widened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.merge import merge
from assistant.chronology.selection import select, select_all, select_events
from tests.chronology_fixtures import note

WRITTEN = "2025-06-12"
TODAY = dt.date(2025, 6, 12)


def _selected(note_type: str, text: str, title: str = "") -> tuple[str, dt.date] | None:
    event = select(note("N1", WRITTEN, note_type, text, title=title, raw_type=title or None))
    return None if event is None else (event.event_type, event.event_date)


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "section_47",
            "Outcome of the s47 enquiry (strategy 2/6).\nFindings: neglect substantiated. CIN plan agreed.",
            ("section_47", TODAY),
        ),
        (
            "case_note",
            "Support plan review held 12/6/25 (first date of 3rd June cancelled - nan had a chest infection) - "
            "nan at the rehab home with her OT present.",
            ("assessment", TODAY),
        ),
        (
            "case_note",
            "Review held 12/06/25 (first date of Mon 2nd put back, interpreter not booked). Grandad agrees the plan.",
            ("assessment", TODAY),
        ),
    ],
)
def test_a_meeting_is_not_dated_by_an_aside_about_another_occasion_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _selected(note_type, text, title="Support plan review" if note_type == "case_note" else "") == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "strategy_discussion",
            "Strategy discussion (9/6/25) chaired by the team manager.",
            ("strategy_discussion", dt.date(2025, 6, 9)),
        ),
        (
            "cin_review",
            "CIN review held 10/6/25 following the school's concerns.",
            ("cin_review", dt.date(2025, 6, 10)),
        ),
    ],
)
def test_a_meetings_own_bracketed_date_still_dates_it(note_type: str, text: str, expected: tuple[str, dt.date]) -> None:
    assert _selected(note_type, text) == expected


@pytest.mark.parametrize(
    ("note_type", "text", "expected"),
    [
        (
            "phone_call",
            "Call from the ward nurse. Nan was admitted on Tuesday (10th) by ambulance after collapsing at home.",
            ("hospital", dt.date(2025, 6, 10)),
        ),
        (
            "home_visit",
            "On Monday night Ellis could not breathe. Neighbour rang 999, ambulance to A&E, kept in for two nights "
            "on the children's ward.",
            ("hospital", dt.date(2025, 6, 9)),
        ),
        (
            "case_note",
            "MARAC 04/06/25 - extract for the child's file.\nRisk: high. Actions agreed for police and housing.",
            ("strategy_discussion", dt.date(2025, 6, 4)),
        ),
        (
            "school_liaison",
            "Transition call with the head of year. Kai started on 5/6 with the rest of Y7 and is settling well.",
            ("school_move", dt.date(2025, 6, 5)),
        ),
        (
            "school_liaison",
            "Meeting at school with mum, Leah and her head of year.\nSafety plan agreed: Leah to be met at the gate.",
            ("positive_change", TODAY),
        ),
        (
            "school_liaison",
            "Call with the class teacher. Leah has been referred to Sunflowers (a children's bereavement charity) by school.",
            ("camhs_referral", TODAY),
        ),
        (
            "case_note",
            "Email from the youth justice service: Kyle began a youth diversion programme on 3rd June, weekly sessions.",
            ("youth_justice", dt.date(2025, 6, 3)),
        ),
    ],
)
def test_events_in_words_practitioners_use_fails_before(
    note_type: str, text: str, expected: tuple[str, dt.date]
) -> None:
    assert _selected(note_type, text) == expected


@pytest.mark.parametrize(
    ("note_type", "text"),
    [
        ("health", "Letter from the paediatrician. I would support a referral to CAMHS for his anxiety."),
        (
            "case_note",
            "Action: discussed a referral to the National Referral Mechanism with mum; she wants time to think.",
        ),
    ],
)
def test_a_referral_weighed_or_discussed_is_not_made_fails_before(note_type: str, text: str) -> None:
    assert _selected(note_type, text) is None


@pytest.mark.parametrize(
    ("note_type", "text"),
    [
        ("school_liaison", "Safety plan to be agreed at the next core group."),
        ("home_visit", "Tia started back at school in Year 5 after the holidays, happy to see her friends."),
        ("home_visit", "Mum said the ambulance service was slow last year when dad fell."),
        ("case_note", "Strategy discussion to be held on 16/6 if the police confirm the disclosure."),
    ],
)
def test_routine_and_planned_lines_stay_out(note_type: str, text: str) -> None:
    assert _selected(note_type, text) is None


def test_a_discharge_told_after_the_admission_does_not_date_it_fails_before() -> None:
    text = (
        "Mum rang Weds 11th to say they were at the children's hospital.\n"
        "On Monday night Ellis woke wheezing and his inhaler did not help. "
        "Neighbour rang 999, ambulance to A&E, kept in for one night and discharged Tuesday afternoon with a new inhaler."
    )
    assert _selected("hospital", text) == ("hospital", dt.date(2025, 6, 9))


def test_a_discharge_told_alone_keeps_its_date() -> None:
    assert _selected("case_note", "Jo was discharged home from the adolescent unit on 5/6/25; dad collected her.") == (
        "hospital",
        dt.date(2025, 6, 5),
    )


def _entries(*notes: tuple[str, str, str, str]) -> list[tuple[dt.date, tuple[str, ...]]]:
    events = select_all([note(i, day, kind, text) for i, day, kind, text in notes], classifier=False)
    return [(group.date, group.note_ids) for group in merge(events)]


def test_two_notes_stating_days_two_apart_are_two_occurrences_fails_before() -> None:
    assert _entries(
        (
            "N1",
            "2025-06-05",
            "police_incident",
            "Police update. He was re-arrested yesterday (Wed 4th) for breach of bail.",
        ),
        (
            "N2",
            "2025-06-09",
            "phone_call",
            "Call with the IDVA. Leah called the police on Fri 6th and asked to withdraw her statement.",
        ),
    ) == [(dt.date(2025, 6, 4), ("N1",)), (dt.date(2025, 6, 6), ("N2",))]


@pytest.mark.parametrize(
    "second",
    [
        # one day apart: the same night told either side of midnight
        "Duty log. PPN received: police were called to the flat on Thursday 5th at 00:30, shouting heard.",
        # the later note names the first day too: one occurrence over several days
        "Police update. Missing 4-6 June, found at a friend's; police were called on Fri 6th by the friend's mum.",
    ],
)
def test_notes_telling_one_occurrence_still_merge(second: str) -> None:
    first = (
        "N1",
        "2025-06-05",
        "police_incident",
        "Police notification. Officers attended on Wed 4th after a 999 call.",
    )
    assert len(_entries(first, ("N2", "2025-06-09", "case_note", second))) == 1


@pytest.mark.parametrize(
    ("note_type", "text"),
    [
        ("case_note", "Letter to mum. We were pleased to hear that Sam wants to start at Oakfield High next term."),
        ("home_visit", "Nan said she hopes to be moving in with them after Christmas."),
    ],
)
def test_a_wish_is_not_the_event_fails_before(note_type: str, text: str) -> None:
    known = frozenset({"oakfield high"})
    assert select(note("N1", WRITTEN, note_type, text), known_settings=known) is None


def test_the_writer_recording_an_event_is_not_a_wish() -> None:
    text = "I want to record a positive change. Dad's drug test came back clear."
    assert _selected("case_note", text) == ("positive_change", TODAY)


NOTIFICATION = (
    "POLICE NOTIFICATION (PVP) rec'd MASH 12/06/25 09.10\n\n"
    "Ref: occurrence on Sun 08/06/2025 approx 23:10. Officers attended following a 999 call from a neighbour "
    "reporting shouting. Mum had a red mark to her cheek.\n\n"
    "MASH screening (AB): threshold met for single assessment, passed to the CP team."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # received on the 12th, the incident on the 8th: both days
        (NOTIFICATION, [("police_incident", dt.date(2025, 6, 8)), ("contact", TODAY)]),
        # the account dates the incident already: the screening day is added
        (
            "Police notification rec'd via MASH 12/06/2025.\n\nIncident: Sunday 08/06/25 approx 17:45, officers "
            "attended the car park after a 999 call.\n\nMASH outcome: refer to Family Help for assessment.",
            [("police_incident", dt.date(2025, 6, 8)), ("contact", TODAY)],
        ),
    ],
)
def test_a_notification_recording_its_screening_holds_the_incident_and_the_contact_fails_before(
    text: str, expected: list[tuple[str, dt.date]]
) -> None:
    events = select_events(note("N1", WRITTEN, "police_incident", text))
    assert sorted((e.event_type, e.event_date) for e in events) == sorted(expected)


def test_a_notification_without_a_screening_decision_is_the_incident_alone() -> None:
    text = NOTIFICATION.rsplit("\n\n", 1)[0]
    events = select_events(note("N1", WRITTEN, "police_incident", text))
    assert [e.event_type for e in events] == ["police_incident"]


def test_an_emergency_dental_attendance_is_urgent_care_fails_before() -> None:
    text = "Call with the GP practice. Sam was seen at the emergency dental service on Sat 7th with an abscess."
    assert _selected("health", text) == ("hospital", dt.date(2025, 6, 7))


def test_called_police_without_the_article_is_a_police_sentence_fails_before() -> None:
    text = (
        "Child concern notification received from police this morning (Thu 12th).\n\n"
        "Sun 8th June: at about 22:00 a neighbour found the boy alone in the street and called police. "
        "Officers took him home.\n\nTM decision: this meets the threshold for a referral to children's social care."
    )
    events = select_events(note("N1", WRITTEN, "police_incident", text))
    assert sorted((e.event_type, e.event_date) for e in events) == [
        ("contact", TODAY),
        ("police_incident", dt.date(2025, 6, 8)),
    ]
