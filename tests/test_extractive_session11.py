"""Session 11 rules for composing the answer once its sentences are chosen (docs/answering.md,
"Composing answers across eleven corpora (session 11)"). Each row is our own sentence and failed
before its rule, except the rows marked as guards.
"""

from __future__ import annotations

import pytest

from assistant.models.counting import counted_terms, stated_count
from assistant.models.evidence import asked_date, moved_away, negative, span_start
from assistant.models.questions import question_terms
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


@pytest.mark.parametrize(
    ("sentence", "note_date", "expected"),
    [
        ("Missing from placement overnight 17-18/1", D(2026, 1, 19), D(2026, 1, 17)),
        ("Information: missing 30/5 to 1/6, found in Leeds.", D(2025, 6, 3), D(2025, 5, 30)),
        ("Respite with the Carters 3rd-5th Jan.", D(2026, 1, 7), D(2026, 1, 3)),
        ("In hospital 28-2 Jan with a chest infection.", D(2026, 1, 7), D(2025, 12, 28)),
        ("Stayed with nan 14-16/3/25.", D(2025, 4, 1), D(2025, 3, 14)),
        # guards: ages, scores and frequencies are no spans of days
        ("Boys aged 12-14 years attend the group.", D(2026, 1, 7), None),
        ("Contact 2-3 times a week.", D(2026, 1, 7), None),
    ],
)
def test_a_span_of_days_starts_on_its_first_day(sentence: str, note_date: D, expected: D | None) -> None:
    assert span_start(sentence, note_date) == expected


def test_a_span_asked_by_its_end_keeps_the_other_rules() -> None:
    assert span_start("Missing 30/5 to 1/6, found in Leeds.", D(2025, 6, 3), question_terms("when was she found")) is None


SPAN_NOTES = [
    ("N1", D(2026, 1, 19), "missing_episode", "Missing from placement overnight 17-18/1",
     "[CHILD] did not come in on Saturday night. Carer rang her twice, phone off. "
     "Police carried out a safe and well check at the placement Sunday afternoon."),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when did she go missing from the placement", "17 January 2026"),
        # guard: the sentence names the asked check itself and dates it
        ("when did police do the safe and well check", "18 January 2026"),
    ],
)
def test_a_title_naming_the_event_better_dates_it(question: str, expected: str) -> None:
    text, cited = ask(question, SPAN_NOTES)
    assert text.startswith(f"On {expected}"), text
    assert cited[0] == "N1", cited


@pytest.mark.parametrize(
    ("sentence", "question", "expected"),
    [
        ("She has sent off her application - she applied to 5 universities, all nursing.", "how many unis did she apply to", 5),
        ("He is on 2 medications for his epilepsy.", "how many meds is he on", 2),
        # guards: the clipped word must begin the word counted; a long question word is no clipping
        ("She has 4 uni offers so far.", "how many unis did she apply to", 4),
        ("She went to 2 open days.", "how many unis did she apply to", None),
        ("Dad attended 3 sessionals.", "how many sessions did dad attend", None),
    ],
)
def test_a_clipped_count_word_meets_the_word_written_out(sentence: str, question: str, expected: int | None) -> None:
    assert stated_count(sentence, counted_terms(question)) == expected


@pytest.mark.parametrize(
    ("sentence", "question", "note_date", "expected"),
    [
        ("Information: - respite: bruising found 11/10 as above; body map shared.", "when was the bruising found", D(2025, 10, 13), D(2025, 10, 11)),
        ("Grandparents asked for him to be moved 16/6 but withdrew it.", "when did the grandparents ask for him to be moved", D(2025, 6, 23), D(2025, 6, 16)),
        # guards: "24/7" is round the clock, not the day; a line writing no day keeps the note's
        ("Needs 24/7 supervision since the fall on 3/10.", "when did she fall", D(2025, 10, 13), D(2025, 10, 3)),
        ("Bruising found on her arm at respite.", "when was the bruising found", D(2025, 10, 13), D(2025, 10, 13)),
    ],
)
def test_a_bare_day_and_month_beside_the_event_dates_it(sentence: str, question: str, note_date: D, expected: D) -> None:
    assert asked_date(sentence, note_date, sentence, question_terms(question)) == expected


@pytest.mark.parametrize(
    ("clause", "question", "expected"),
    [
        ("[PERSON 5] pleaded not guilty to robbery and his trial went ahead.", "did he plead guilty in the end?", False),
        ("Outcome: [PERSON 2] not charged, released under investigation.", "was [CHILD] charged", False),
        # guards: the child's own no, a no of the person asked, a no with no named subject
        ("[CHILD] pleaded not guilty at the first hearing.", "did he plead guilty in the end?", True),
        ("[PERSON 5] did not attend the review.", "did [PERSON 5] attend the review?", True),
        ("[MOTHER] did not attend.", "did mum attend?", True),
        ("He did not attend court.", "did he go to court?", True),
    ],
)
def test_a_no_said_of_another_person_does_not_answer_for_the_child(clause: str, question: str, expected: bool) -> None:
    assert negative(clause, question) is expected


def test_a_co_defendants_plea_does_not_turn_the_childs_yes() -> None:
    notes = [
        ("N1", D(2025, 7, 1), "court", "Crown Court trial",
         "On the morning of the trial [CHILD] pleaded guilty to robbery after advice from his solicitor. "
         "[PERSON 5] pleaded not guilty to robbery and his trial went ahead."),
    ]
    text, _ = ask("did he plead guilty in the end?", notes)
    assert text.startswith("Yes"), text


def test_a_pseudonym_tokens_label_is_no_event_word() -> None:
    # The school DSL's token ends in "SCHOOL": "when was he excluded from school" must not take the
    # date written next to the signature (the reintegration meeting) as the exclusion's.
    email = (
        '"Hi, [CHILD] has been given a 3 day suspension from today, Tues 7th, to Thursday 9th inclusive. '
        "We'll do a reintegration meeting on Friday 10th at 8.30 with mum. Kind regards, "
        '[DESIGNATED SAFEGUARDING LEAD SCHOOL]"'
    )
    assert asked_date(email, D(2025, 10, 8), email, question_terms("when was he excluded from school")) == D(2025, 10, 7)


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ('Asked if [PERSON 6] was there she shrugged and said "you can\'t prove anything".', "does [PERSON 6] have any kids of his own?"),
        ("Mum said she can't come on Tuesday.", "has mum got a partner?"),
    ],
)
def test_a_contraction_about_something_else_is_no_no(clause: str, question: str) -> None:
    # guards, found by measuring on independent8 (an unanswerable question answered "Yes" because a
    # "can't" in an unrelated quotation passed the yes/no checks)
    assert negative(clause, question) is False
