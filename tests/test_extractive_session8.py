"""Session 8 rules about how notes are written and how workers ask (docs/answering.md, "Measured on
independent6 (session 8)"). Each row is our own sentence and failed on the answerer before its rule.
"""

from __future__ import annotations

import pytest

from assistant.models.counting import stated_count, states_a_number
from assistant.models.questions import terms
from tests.answer_fixtures import D, Note, ask

ORDER_HEARING = (
    "N1", D(2025, 6, 12), "court", "Final hearing",
    "Final hearing before the district judge. Order: the placement order is GRANTED as asked for. "
    "Father attended by phone and did not oppose.",
)
SAFETY_PLAN = (
    "N4", D(2025, 3, 20), "phone_call", "Call with mum",
    "Safety planning with mum: the grandparents' flat is not safe either, as the order names it.",
)
REMANDED = (
    "N8", D(2025, 4, 2), "supervision", "Supervision",
    "He remains in custody for the breach of the order, trial date not yet set.",
)
SENTENCED = (
    "N5", D(2025, 7, 9), "case_note", "Sentencing",
    "He was sentenced today to 10 months custody for the breach of the order.",
)
MEETING = (
    "N6", D(2025, 10, 7), "strategy_discussion", "Strategy discussion",
    "Present: [PERSON 1] (DSL), [PERSON 3] (EWO), school nurse. Agreed a safety plan.",
)
ATTENDANCE = (
    "N7", D(2025, 10, 3), "education", "Education welfare report",
    "Attendance this term: 91%. Punctuality: late 6 times, usually about 20 minutes.",
)

ICPC = (
    "N9", D(2024, 1, 9), "icpc", "ICPC",
    "[CHILD] made subject to a child protection plan under the category of neglect.",
)
RCPC = (
    "N10", D(2024, 6, 20), "rcpc", "RCPC",
    "RCPC 20th June. Plan ended; stepped down to child in need.",
)

POLARITY_CASES: list[tuple[str, str, list[Note], str, str]] = [
    (
        "a 'not' in a context sentence about something else does not answer the asked event",
        "did the court grant the placement order?",
        [ORDER_HEARING],
        "Yes",
        "N1",
    ),
    (
        "a later record of the event's outcome supersedes an earlier 'not yet'",
        "did he breach the order",
        [SAFETY_PLAN, REMANDED, SENTENCED],
        "Yes",
        "N5",
    ),
    (
        "a heading line holding the event speaks through the line after it",
        "is [CHILD] still on a child protection plan after the review conference?",
        [ICPC, RCPC],
        "No",
        "N10",
    ),
]
"""Yes/no questions whose polarity a careful reader takes from the newest sentence about the event."""


@pytest.mark.parametrize(("rule", "question", "notes", "polarity", "note_id"), POLARITY_CASES, ids=[c[0] for c in POLARITY_CASES])
def test_polarity_comes_from_the_newest_sentence_about_the_event(
    rule: str, question: str, notes: list[Note], polarity: str, note_id: str
) -> None:
    text, cited = ask(question, notes)
    assert text.startswith(f"{polarity},"), f"{rule}: {text}"
    assert note_id in cited, f"{rule}: cited {cited}"


@pytest.mark.parametrize(
    ("sentence", "counted", "expected"),
    [
        ("Punctuality: late 6 times, usually about 20 minutes.", terms("late"), 6),
        ("Absent on 4 occasions since September.", terms("absent"), 4),
        ("Present: [PERSON 1] (DSL), [PERSON 3] (EWO), school nurse.", terms("ewo school"), None),
    ],
)
def test_a_count_names_its_event_before_times_and_never_in_a_pseudonym(
    sentence: str, counted: set[str], expected: int | None
) -> None:
    """"late 6 times" counts lateness; "[PERSON 3] (EWO)" counts no EWO (a pseudonym's index)."""
    assert stated_count(sentence, counted) == expected


def test_a_pseudonyms_index_is_no_number() -> None:
    assert not states_a_number("Prepared by: [PERSON 3], Education Welfare Officer")


def test_how_many_times_is_answered_from_the_count_not_the_attendee_list() -> None:
    text, cited = ask("how many times has he been late to school according to the EWO?", [MEETING, ATTENDANCE])
    assert text.startswith("6,"), text
    assert cited and cited[0] == "N7", cited
