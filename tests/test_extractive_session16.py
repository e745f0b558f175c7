"""Session 16 rules for the answerable questions (docs/answering.md, "Answerable questions across
sixteen corpora (session 16)"). Each row is our own sentence and failed before its rule, except the
rows marked as guards.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models.evidence import passage_date
from assistant.models.passages import units

_WRAPPED_VISIT = (
    "Visit on Saturday 19/10/2024 to the placement with the IRO present and both carers at home. The IRO said she\n"
    "was worried that the plan is moving faster than the evidence and asked for a further review of\n"
    "contact before the next hearing."
)
_SHORT_LINES = "Visit on Saturday 19/10/2024 to the placement.\nThe IRO said she was worried.\nTuesday 22/10: review booked."
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
