"""Twin-stable sentence choice (docs/answering.md, "Twin-stable sentence choice (session 13)").

Twins are the same notes with only what a family is changed: a line stating their faith, ethnicity
or language, or the order retrieval returns near-identical notes in (a twin's names move it). Each
row is our own sentences; the twin rows chose different lines under four sentences before the rule
(`FOUR`) and choose the same after it (`FOUR_STABLE`, the shipped tuning's rules).
"""

from __future__ import annotations

import pytest

from assistant.models.tuning import ExtractiveTuning
from tests.answer_fixtures import D, Note, ask

FOUR = ExtractiveTuning(max_sentences=4, tie_margin=0.0, neutral_rarity=False)
"""Four sentences as session 12 measured them, without the twin-stability rules."""
FOUR_STABLE = ExtractiveTuning()
"""The shipped tuning: four sentences with the twin-stability rules."""


def _nursery(extra: str = "") -> list[Note]:
    return [
        ("E1", D(2024, 3, 4), "education", "Email from nursery",
         "Email from Oakfield Children's Centre Nursery (DSL [DSL]): [CHILD] attendance 75% this term. Lates have improved."),
        ("A1", D(2024, 2, 1), "assessment", "Single assessment",
         "REASON FOR REFERRAL: Child came to nursery hungry. CHILD'S LIVED EXPERIENCE: [CHILD] is a 4 year old girl "
         "who attends Oakfield Children's Centre Nursery and loves painting. Dad [FATHER] not engaging." + extra),
        ("C1", D(2024, 4, 2), "core_group", "Core group",
         "Core group held. Attended: Mum, SW [SOCIAL WORKER], DSL [DSL], HV [HEALTH VISITOR]. School to monitor attendance daily."),
        ("C2", D(2024, 5, 2), "core_group", "Core group",
         "Core group held. Attended: Mum, SW [SOCIAL WORKER], HV [HEALTH VISITOR]. Nursery to monitor attendance daily."),
    ]


_VISITS: list[Note] = [
    (f"V{i}", D(2024, i, 10), "statutory_visit", "Statutory visit", text)
    for i, text in enumerate(
        [
            "Visit to the flat. [CHILD] seen alone in the kitchen. Mum anxious about money.",
            'Statutory visit. [CHILD] seen alone in bedroom and said "school is boring". House tidy.',
            'Visit after school. Seen [CHILD] alone, [CHILD] told me "I miss my nan".',
            'Statutory visit. [CHILD] seen alone in the garden and said "I like my new bike".',
            'Unannounced visit. [CHILD] seen alone in bedroom and said "mum shouts a lot".',
            "Statutory visit. [CHILD] seen alone in the living room.",
        ],
        start=1,
    )
]
_VISITS_REORDERED = [*_VISITS[:2], _VISITS[3], _VISITS[2], *_VISITS[4:]]
"""The same notes with two equally worded visits retrieved the other way round."""

_TWINS = [
    # a faith, an ethnicity or a language line in the assessment: it holds "attend", so before the
    # rule the question's other word grew rarer and a label line ("Attended:") overtook the answer
    ("Which school does [CHILD] attend?", _nursery(), _nursery(" Family are Muslim and attend the mosque on Fridays.")),
    ("Which school does [CHILD] attend?", _nursery(), _nursery(" The family attend a Pentecostal church every Sunday.")),
    ("Which school does [CHILD] attend?", _nursery(), _nursery(" Mum is Polish and attends English classes with an interpreter.")),
    # six visits worded alike: the fourth line was whichever retrieval happened to put first
    ("When was [CHILD] last seen alone?", _VISITS, _VISITS_REORDERED),
]


@pytest.mark.parametrize(("question", "reference", "twin"), _TWINS)
def test_twins_choose_the_same_lines(question: str, reference: list[Note], twin: list[Note]) -> None:
    expected, expected_cited = ask(question, reference, FOUR_STABLE)
    answer, cited = ask(question, twin, FOUR_STABLE)
    assert (answer, cited) == (expected, expected_cited)


@pytest.mark.parametrize(("question", "reference", "twin"), _TWINS)
def test_without_the_rules_the_twins_differ(question: str, reference: list[Note], twin: list[Note]) -> None:
    """The guard that makes the rows above mean something: each pair flipped before."""
    assert ask(question, reference, FOUR) != ask(question, twin, FOUR)


def test_a_question_about_faith_still_weighs_the_faith_line() -> None:
    """A characteristic the question asks about is not neutralised: the faith line answers it."""
    answer, cited = ask(
        "Does the family attend a mosque?",
        _nursery(" Family are Muslim and attend the mosque on Fridays."),
        FOUR_STABLE,
    )
    assert answer.startswith("Yes") and "mosque on Fridays" in answer, answer
    assert cited[0] == "A1", answer


def test_a_fourth_line_clear_of_the_next_is_quoted() -> None:
    """The margin drops only a near tie: a fourth line well ahead of the fifth is still quoted."""
    notes: list[Note] = [
        ("N1", D(2024, 2, 7), "school_liaison", "Call with school",
         "The school spoke to both boys about the fight after lunch. School records: two detentions for lateness, "
         "nothing logged about fights. The school issued a two-day exclusion the next morning. Mum collected him at noon."),
        ("N2", D(2024, 1, 15), "case_note", "Case note", "School: [CHILD], 14, no previous fights at school."),
    ]
    text, cited = ask("what did the school do about the fight?", notes, FOUR_STABLE)
    assert "two-day exclusion" in text, text
    assert len(cited) == 4, text


def test_lines_of_one_note_that_tie_keep_their_order() -> None:
    """Five lines of one visit worded alike tie, but their order in the note decides, which no twin
    changes: the fourth is quoted (only a tie across notes, decided by retrieval's order, is not)."""
    notes: list[Note] = [
        ("H1", D(2024, 1, 9), "home_visit", "First home visit",
         'Seen alone in her room. She said "[PERSON 4] stays most nights". She said "I like my school". '
         'She said "[PERSON 4] shouts when mum is at work". She said "nan picks me up on Fridays". '
         'She said "I have a new bike".'),
        ("H2", D(2024, 2, 9), "home_visit", "Home visit", 'She said "[PERSON 4] is not allowed to babysit now".'),
    ]
    text, cited = ask("what did [CHILD] say when seen alone on the first home visit?", notes, FOUR_STABLE)
    assert "nan picks me up on Fridays" in text, text
    assert cited == ["H1"] * 4, text
