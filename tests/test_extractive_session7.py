"""Session 7 rules about how workers ask and how notes are laid out (docs/answering.md, "Measured on
independent5 (session 7)"). Each row is our own sentence and failed on the answerer before its rule.
"""

from __future__ import annotations

import pytest

from assistant.models.base import NOT_RECORDED
from assistant.models.evidence import passage_date
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

CARE_REVIEW = (
    "N8", D(2025, 1, 28), "cin_review", "CIN review",
    "Caring: agency carers come in every weekday morning since 6th Jan. Mum says mornings are calmer.",
)
CARE_PACKAGE = (
    "N9", D(2024, 12, 10), "phone_call", "Adult social care",
    "Care Act assessment done at home. Package agreed: carers to come in every weekday morning 7.30 to 8.30, starting w/c 6 Jan.",
)
REMAND = (
    "N12", D(2026, 3, 10), "case_note", "Remand",
    "If the remand ends with a community sentence he is no longer looked after unless he agrees to s20.",
)
SENTENCING = (
    "N13", D(2026, 7, 17), "court", "Sentencing",
    "Youth Court, sentencing hearing. SENTENCE: Youth Rehabilitation Order with supervision by YOT for 12 months.",
)

ASKED_CASES: list[tuple[str, str, list[Note], str, str]] = [
    (
        "'what time' asks for a time of day, not the day",
        "what time do mums carers come in the mornings",
        [CARE_REVIEW, CARE_PACKAGE],
        "7.30",
        "N9",
    ),
    (
        "'in the end' orders the notes, and its 'end' is no word of the answer",
        "what sentence did he get in the end",
        [REMAND, SENTENCING],
        "Youth Rehabilitation Order",
        "N13",
    ),
]
"""The sentence of the note the question shape asks for is quoted first."""

ANSWERED_CASES: list[tuple[str, str, list[Note], str, str]] = [
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


"""Questions that were "not recorded" before: the fact is quoted and its note cited."""


@pytest.mark.parametrize(("rule", "question", "notes", "expected", "note_id"), ASKED_CASES, ids=[c[0] for c in ASKED_CASES])
def test_the_asked_shape_comes_first(rule: str, question: str, notes: list[Note], expected: str, note_id: str) -> None:
    text, cited = ask(question, notes)
    assert expected in text, f"{rule}: {text}"
    assert cited and cited[0] == note_id, f"{rule}: the best sentence cites {cited}"


@pytest.mark.parametrize(("rule", "question", "notes", "expected", "note_id"), ANSWERED_CASES, ids=[c[0] for c in ANSWERED_CASES])
def test_how_workers_ask_is_answered(rule: str, question: str, notes: list[Note], expected: str, note_id: str) -> None:
    text, cited = ask(question, notes)
    assert text != NOT_RECORDED, f"{rule}: not recorded"
    assert expected in text, f"{rule}: {text}"
    assert note_id in cited, f"{rule}: cited {cited}"


VISIT_NOTE = "Prison visit with mum. Mum was tearful at the end of the visit.\n\nYesterday nana rang: Moya slept well."
SATURDAY_NOTE = "Seen on Saturday at the contact centre. Mum was tearful at the end.\n\nPlan: review in June."


@pytest.mark.parametrize(
    ("sentence", "note_text", "expected"),
    [
        ("Mum was tearful at the end of the visit.", VISIT_NOTE, D(2024, 7, 23)),
        ("Moya slept well.", VISIT_NOTE, D(2024, 7, 22)),
        ("Yesterday nana rang: Moya slept well.", VISIT_NOTE, D(2024, 7, 22)),
        ("Mum was tearful at the end.", SATURDAY_NOTE, D(2024, 7, 20)),
    ],
)
def test_a_context_sentence_is_dated_by_its_own_passage(sentence: str, note_text: str, expected: object) -> None:
    """'Yesterday' in a later paragraph does not date the visit told before it (the note's date does)."""
    assert passage_date(sentence, D(2024, 7, 23), note_text) == expected
