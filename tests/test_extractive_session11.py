"""Session 11 rules for composing the answer once its sentences are chosen (docs/answering.md,
"Composing answers across eleven corpora (session 11)"). Each row is our own sentence and failed
before its rule, except the rows marked as guards.
"""

from __future__ import annotations

import pytest

from assistant.models.evidence import moved_away, negative
from tests.answer_fixtures import D, ask


@pytest.mark.parametrize(
    ("clause", "question", "expected"),
    [
        ("She rang and said she won't oppose the order", "is mum opposing the adoption order", True),
        ("Dad said he didnt want the test", "did dad agree to the test", True),
        ("Mum can't afford the bus fare to contact", "can mum get to contact", True),
        ("He hasn’t been back to school since the exclusion", "has he gone back to school", True),
        # guards: a yes stays a yes; "won" and "can" are no negations
        ("Dad attended the meeting on time", "did dad attend the meeting", False),
        ("She won the county race and can swim now", "did she win the race", False),
    ],
)
def test_a_contraction_is_a_no(clause: str, question: str, expected: bool) -> None:
    assert negative(clause, question) is expected


@pytest.mark.parametrize(
    ("sentence", "question", "expected"),
    [
        ("[CHILD] moved from his grandparents' home to live with mum on Mon 19th Jan.", "is he still living with his grandparents?", True),
        ("[CHILD] moved to live with her aunt in Leeds today.", "is she still living at home with mum?", True),
        ("Dad moved out in June after the police call.", "is dad still living at the family home?", True),
        # guards: a move back, or to the asked person, and a question that is no "still" question
        ("[CHILD] moved back in with mum last week.", "is he still living with mum?", False),
        ("She moved from the foster home to live with her aunt.", "is she still with her aunt?", False),
        ("He moved schools in May.", "is he still living with nan?", False),
        ("Dad moved out in June.", "did dad move out?", False),
    ],
)
def test_a_move_away_answers_a_still_question_no(sentence: str, question: str, expected: bool) -> None:
    assert moved_away(sentence, question) is expected


def test_still_living_with_is_answered_no_by_the_move() -> None:
    notes = [
        ("N1", D(2025, 7, 9), "court", "Hearing", "Neither parent opposed on the basis that [CHILD] stays with his grandparents."),
        ("N2", D(2026, 1, 30), "court", "Final hearing",
         "Transition: [CHILD] moved from his grandparents' home to live with mum at her new flat on Mon 19th Jan."),
    ]
    text, cited = ask("is [CHILD] still living with his grandparents?", notes)
    assert text.startswith("No"), text
    assert "N2" in cited, cited
