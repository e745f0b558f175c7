"""A sentence that dates what it tells is a unit of the chronology (issue #7, session 16).

Long notes tell several events, each in a sentence with its own date ("went back to a full
timetable on Monday 2nd June" inside a CIN review written on the 12th). The event classifier reads
such sentences as a kind of event less surely than its threshold asks; the sentence's own date is
the layout's evidence that it is an entry, so a proposal of at least `DATED_UNIT_PROBABILITY` is
taken when its own sentence dates it to a day no other entry of the note has.

Our own sentences, not any corpus's, read with the shipped model. Each `*_fails_before` row gave
no such entry at the session start (812e05f; checked with `dated_unit` switched off); the guards
pass before and after and fail if the date check or the probability floor is dropped.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.classifier import shipped
from assistant.chronology.further import DATED_UNIT_PROBABILITY
from assistant.chronology.selection import select_events
from tests.chronology_fixtures import note

WRITTEN = "2025-06-12"
TODAY = dt.date(2025, 6, 12)
MONDAY = dt.date(2025, 6, 2)
REVIEW = "CIN review held today. {} Plan continues."
VISIT = "Home visit, mum and Kai seen. {} Kai showed me his room."


def _events(note_type: str, text: str) -> list[tuple[str, dt.date, str]]:
    found = select_events(note("N1", WRITTEN, note_type, text), classifier=shipped())
    return sorted((e.event_type, e.event_date, e.evidence) for e in found)


@pytest.mark.parametrize(
    ("note_type", "layout", "told", "main"),
    [
        ("cin_review", REVIEW, "Kai went back to a full timetable on Monday 2nd June.", [("cin_review", TODAY)]),
        (
            "cin_review",
            REVIEW,
            "Kai's return to a full timetable on Monday 2nd June went well.",
            [("cin_review", TODAY)],
        ),
        ("home_visit", VISIT, "Kai went back to a full timetable on Monday 2nd June.", []),
    ],
    ids=["second event in a review", "told as a noun", "the only event of a visit"],
)
def test_a_sentence_dated_to_its_own_day_is_its_own_entry_fails_before(
    note_type: str, layout: str, told: str, main: list[tuple[str, dt.date]]
) -> None:
    events = _events(note_type, layout.format(told))
    assert [(kind, day) for kind, day, _ in events] == sorted([*main, ("positive_change", MONDAY)])
    assert ("positive_change", MONDAY, told) in events


def test_the_rows_are_read_below_the_models_threshold() -> None:
    """The rows above test the dated unit only while the model is unsure of them: were it sure,
    the old path would take them and the rows would pass without the change."""
    model = shipped()
    for told in ("Kai went back to a full timetable on Monday 2nd June.",):
        kind, probability = model.classify([told], "cin_review", DATED_UNIT_PROBABILITY)[0]
        assert kind == "positive_change"
        assert DATED_UNIT_PROBABILITY <= probability < model.threshold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CIN review held on Monday 2nd June. Kai went back to a full timetable on Monday 2nd June.",
            [("cin_review", MONDAY)],
        ),
        (REVIEW.format("Kai was back on a full timetable from Monday 2nd June."), [("cin_review", TODAY)]),
    ],
    ids=["same day as the note's event", "below the probability floor"],
)
def test_a_unit_on_a_day_already_taken_or_read_too_unsurely_adds_no_entry(
    text: str, expected: list[tuple[str, dt.date]]
) -> None:
    assert [(kind, day) for kind, day, _ in _events("cin_review", text)] == expected
