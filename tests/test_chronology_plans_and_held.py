"""Plans written in the first person or as likelihoods, a move told as the background of now
("since she moved to her aunt's"), "held <day>/<month>", and health checks
completed (issue #7, session 8). Our own sentences. Eight rows failed before the change; the
review health assessment, the score "6/6" and two of the plans passed before and are guards that
keep the new rules narrow (they fail if a rule is widened to read them).
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.date_forms import mentions
from assistant.chronology.selection import select
from tests.chronology_fixtures import note

WRITTEN = "2025-11-20"


@pytest.mark.parametrize(
    "text",
    [
        "She has not seen anyone yet. Agreed I will go with her to arrange the midwife booking this week.",
        "Next week we will make the CAMHS referral together.",
        "Agreed plan: CAMHS referral for low mood; mediation sessions; review in a month.",
        "First hearing likely within 3-4 weeks.",
    ],
)
def test_a_plan_is_not_an_event(text: str) -> None:
    assert select(note("N1", WRITTEN, "statutory_visit", text)) is None


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("Health assessment was completed on the 12th by the school nurse team.", "health", dt.date(2025, 11, 12)),
        ("Private fostering health check completed yesterday: glasses needed.", "health", dt.date(2025, 11, 19)),
    ],
)
def test_a_completed_health_assessment_is_an_event(text: str, kind: str, day: dt.date) -> None:
    event = select(note("N1", WRITTEN, "case_note", text))
    assert event is not None
    assert (event.event_type, event.event_date) == (kind, day)


@pytest.mark.parametrize(
    "text",
    [
        "Attendance is back up to 89% since she moved to her aunt's.",
        "He smokes less since moving in with his gran.",
    ],
)
def test_a_move_told_as_the_background_of_now_is_not_a_new_event(text: str) -> None:
    assert select(note("N1", WRITTEN, "school_liaison", text)) is None


def test_a_review_health_assessment_stays_routine() -> None:
    assert select(note("N1", WRITTEN, "case_note", "Review health assessment done by the LAC nurse.")) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Review (first - held 18/11 due to IRO sickness; rearranged twice)", [dt.date(2025, 11, 18)]),
        ("Meeting took place 17/11 at school.", [dt.date(2025, 11, 17)]),
        ("6/6 sessions held so far.", []),
    ],
)
def test_held_and_took_place_date_a_day_and_month(sentence: str, expected: list[dt.date]) -> None:
    assert [found.date for found in mentions(sentence, dt.date(2025, 11, 20))] == expected
