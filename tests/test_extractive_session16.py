"""Session 16 rules for the answerable questions (docs/answering.md, "Answerable questions across
sixteen corpora (session 16)"). Each row is our own sentence and failed before its rule, except the
rows marked as guards.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models.evidence import episode_start, passage_date
from assistant.models.passages import units

_WRAPPED_VISIT = (
    "Visit on Saturday 19/10/2024 to the placement with the IRO present and both carers at home. The IRO said she\n"
    "was worried that the plan is moving faster than the evidence and asked for a further review of\n"
    "contact before the next hearing."
)
_SHORT_LINES = (
    "Visit on Saturday 19/10/2024 to the placement.\nThe IRO said she was worried.\nTuesday 22/10: review booked."
)
_WRITTEN = dt.date(2024, 10, 22)


@pytest.mark.parametrize(
    ("note", "unit", "expected"),
    [
        # A unit `passages` joined across a hard wrap is found in its note, so the date stated
        # before it dates its passage (was the note's date: the wrapped note split at every break).
        (_WRAPPED_VISIT, 1, dt.date(2024, 10, 19)),
        # Guard: a note without wraps dates as before.
        (_SHORT_LINES, 1, dt.date(2024, 10, 19)),
        (_SHORT_LINES, 2, dt.date(2024, 10, 22)),
    ],
)
def test_a_unit_joined_across_a_wrap_is_dated_by_its_passage(note: str, unit: int, expected: dt.date) -> None:
    assert passage_date(units(note)[unit], _WRITTEN, note) == expected


_WRAPPED_MISSING = (
    "Mum rang on Saturday 27/9/2025 to say [CHILD] had not come home from school and her phone was off. She\n"
    "was found by police at a friend's flat and brought home on 28/9/2025, tired but unhurt and talking."
)
_SHORT_MISSING = "Mum rang on Saturday 27/9/2025: not home.\nFound on 28/9/2025 at a friend's flat."


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # The episode's end, in a unit joined across a wrap, finds the start stated before it
        # (was None: the unit was found nowhere in the note split at every line break).
        (_WRAPPED_MISSING, dt.date(2025, 9, 27)),
        # Guard: the same episode in short lines, as before.
        (_SHORT_MISSING, dt.date(2025, 9, 27)),
    ],
)
def test_an_episode_end_joined_across_a_wrap_finds_its_start(note: str, expected: dt.date) -> None:
    assert episode_start(units(note)[-1], dt.date(2025, 9, 28), dt.date(2025, 9, 29), note) == expected
