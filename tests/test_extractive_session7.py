"""Session 7 rules about how workers ask and how notes are laid out (docs/answering.md, "Measured on
independent5 (session 7)"). Each row is our own sentence and failed on the answerer before its rule.
"""

from __future__ import annotations

import pytest

from assistant.models.base import NOT_RECORDED
from tests.answer_fixtures import D, Note, ask

CLINIC = (
    "N1", D(2025, 1, 20), "health", "Diabetes clinic letter",
    "Clinic letter received. HbA1c 79 mmol/mol, previously 94. Sensor worn most days.",
)
NURSE_CALL = (
    "N2", D(2025, 5, 7), "phone_call", "Call from diabetes nurse",
    "Call from the diabetes nurse. HbA1c down to 66. Dietitian seen the same day.",
)
CONFERENCE = (
    "N3", D(2025, 2, 10), "child_protection_conference", "ICPC",
    "Outcome: concerns substantiated as a result of neglect of her medical needs.",
)
POLICE_FORM = (
    "N4", D(2024, 11, 18), "police_notification", "Police notification",
    "POLICE NOTIFICATION (received 18/11/24)\n\nDate/time: 16/11/2024 23:48\nLocation: [ADDRESS 1]\n\n"
    "Circumstances: 999 call from [MOTHER] reporting [FATHER] shouting and throwing things. "
    "On arrival officers found him calm.",
)
VISIT = (
    "N5", D(2024, 12, 2), "home_visit", "Home visit",
    "Visited with the family support worker. Children seen together, both chatty. Mum tired but coping.",
)
HOSPITAL = (
    "N6", D(2026, 1, 15), "referral", "Referral from hospital",
    "Contact from the registrar at 22:15. X-ray shows a break at the lower end of the left radius (forearm bone). "
    "Parents could not explain it.",
)
BLOODS = (
    "N7", D(2026, 1, 20), "health", "Medical report",
    "Examination: alert, well nourished. Bloods: bone profile normal.",
)

ASKED_CASES: list[tuple[str, str, list[Note], str, str]] = [
    (
        "'latest' orders the notes: it is no word a sentence must hold, nor does it discount its noun",
        "what was the latest hba1c result",
        [CONFERENCE, CLINIC, NURSE_CALL],
        "66",
        "N2",
    ),
    (
        "an address token is the flat the question asks about",
        "when were police called out to the flat",
        [POLICE_FORM, VISIT],
        "16 November 2024",
        "N4",
    ),
    (
        "'actual' is how sure the asker wants to be, not a word of the answer",
        "whats the actual injury - which bone",
        [BLOODS, HOSPITAL],
        "radius",
        "N6",
    ),
]


@pytest.mark.parametrize(("rule", "question", "notes", "expected", "note_id"), ASKED_CASES, ids=[c[0] for c in ASKED_CASES])
def test_how_workers_ask(rule: str, question: str, notes: list[Note], expected: str, note_id: str) -> None:
    text, cited = ask(question, notes)
    assert text != NOT_RECORDED, f"{rule}: not recorded"
    assert expected in text, f"{rule}: {text}"
    assert note_id in cited, f"{rule}: cited {cited}"
