"""Dates practitioners write inside pasted message threads and referral lines (issue #7, session 8).

Our own sentences: a copied message stamped with its sender first ("MC 27/11 08:15: ...") counts
"yesterday" back from its own stamp, not from the note; "referral sent on 29.1.26" dates the
referral itself, while a date after "sent" for anything else is still when we heard.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chronology.dates import stated_event_date


@pytest.mark.parametrize(
    ("sentence", "written", "kind", "expected"),
    [
        (
            "JB 14/05 07:40: he moved out yesterday, keys handed back",
            dt.date(2025, 5, 16),
            "household_change",
            dt.date(2025, 5, 13),
        ),
        ("Mum 14/05 21:10: police came last night", dt.date(2025, 5, 16), "police_incident", dt.date(2025, 5, 13)),
        ("[14/05 07:40] he moved out yesterday", dt.date(2025, 5, 16), "household_change", dt.date(2025, 5, 13)),
        (
            "CAMHS referral sent on 9.5.25 with the GP letter.",
            dt.date(2025, 5, 16),
            "camhs_referral",
            dt.date(2025, 5, 9),
        ),
        ("Referral received on 12/5 from the school nurse.", dt.date(2025, 5, 16), "referral", dt.date(2025, 5, 12)),
        ("Minutes sent on 9.5.25 to all attendees.", dt.date(2025, 5, 16), "camhs_referral", None),
        ("She emailed 12/5 about the move.", dt.date(2025, 5, 16), "household_change", None),
    ],
)
def test_message_stamps_and_referral_sending_date_the_event(
    sentence: str, written: dt.date, kind: str, expected: dt.date | None
) -> None:
    assert stated_event_date(sentence, written, 60, kind) == expected
