"""The extractive answerer on writing it was not tuned on: topics, short forms, note structure, counts.

Each row is our own sentence, written for the rule it names; each failed on the answerer before
the rule (issue #6, docs/answering.md "Unseen writing").
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models.base import NOT_RECORDED
from assistant.models.extractive import topic_terms
from assistant.models.questions import non_topic_terms, question_terms, terms
from tests.answer_fixtures import D, Note, ask

HOME_VISIT = (
    "N1", D(2024, 5, 2), "home_visit", "Home visit",
    "Mum has attended both contact sessions since the new agreement. "
    "Meeting held at the family centre. Mum said she is getting help with her benefits.",
)
REVIEW = (
    "N2", D(2024, 6, 10), "cin_review", "CIN review",
    "Apologies: GP surgery. School report attendance is improving. Contact worker [PERSON 4] supervises family time.",
)

SUPPORT = (
    "N7", D(2024, 6, 20), "case_note", "Support",
    "He was referred to the school nurse at this point. Mum is a carer for her own mother and gets support from the carers centre. "
    "Escorted to contact by contact worker [PERSON 5]. Nursery: he attends 3 mornings a week.",
)

NOT_RECORDED_CASES: list[tuple[str, str, list[Note]]] = [
    ("a yes/no sharing only 'mum' and 'new' does not answer 'partner'", "Does mum have a new partner?", [HOME_VISIT, REVIEW]),
    ("a yes/no sharing only 'held' does not answer a family group conference", "Was a family group conference ever held?", [HOME_VISIT, REVIEW]),
    ("a yes/no sharing only 'mum' and 'getting' does not answer an allowance", "Does mum get carers allowance?", [HOME_VISIT, SUPPORT]),
    ("a yes/no about CAMHS is not answered by a sentence about school", "Has he been referred to CAMHS at any point?", [SUPPORT, REVIEW]),
    ("a role holder's name is not answered by a sentence naming nobody", "Who is [CHILD]'s GP?", [HOME_VISIT, REVIEW]),
    ("a key worker is not any worker named", "Whats the name of his key worker at nursery?", [SUPPORT, REVIEW]),
]


@pytest.mark.parametrize(("rule", "question", "notes"), NOT_RECORDED_CASES, ids=[case[0] for case in NOT_RECORDED_CASES])
def test_a_question_whose_topic_no_sentence_holds_is_not_recorded(rule: str, question: str, notes: list[Note]) -> None:
    text, _ = ask(question, notes)
    assert text == NOT_RECORDED, f"{rule}: {text}"


ANSWERED_CASES: list[tuple[str, str, list[Note], str, str]] = [
    (
        "a verb the notes say otherwise ('allowed') is not the topic",
        "Is dad allowed to stay overnight at the unit?",
        [HOME_VISIT, ("N3", D(2024, 7, 1), "case_note", "Unit rules", "Dad will visit in the day only - he is NOT to stay overnight at the unit.")],
        "No, according to the notes",
        "N3",
    ),
    (
        "an adverb the notes never use ('around') is not the topic: the partner is",
        "Is mums partner still around?",
        [HOME_VISIT, ("N4", D(2024, 8, 1), "cin_review", "CIN review", "[MOTHER'S PARTNER] left in October, no contact since.")],
        "[MOTHER'S PARTNER] left",
        "N4",
    ),
    (
        "the status asked about is on topic: 'separated' answers 'still together'",
        "Are the parents still together?",
        [HOME_VISIT, ("N5", D(2024, 8, 1), "case_note", "Case note", "Mum told me she and dad have separated.")],
        "No, according to the notes",
        "N5",
    ),
    (
        "a person the question names is its topic",
        "Is [PERSON 9] still living with them?",
        [HOME_VISIT, ("N6", D(2024, 9, 1), "cin_review", "CIN review", "[PERSON 9] has not returned to the house.")],
        "No, according to the notes",
        "N6",
    ),
]


@pytest.mark.parametrize(("rule", "question", "notes", "expected", "note_id"), ANSWERED_CASES, ids=[case[0] for case in ANSWERED_CASES])
def test_the_topic_rule_keeps_what_the_notes_answer(rule: str, question: str, notes: list[Note], expected: str, note_id: str) -> None:
    text, cited = ask(question, notes)
    assert expected in text, f"{rule}: {text}"
    assert note_id in cited, f"{rule}: cites {cited}"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("does mum have a new partner?", {"partner"}),
        ("is dad allowed to stay overnight at the unit?", {"overnight", "stay", "unit"}),
        ("has she been referred to camhs at any point", {"~child and adolescent mental health services"}),
        ("is mums partner still around", {"partner"}),
    ],
)
def test_the_topic_is_never_a_verb_or_an_adverb(question: str, topic: set[str]) -> None:
    words = question_terms(question)
    weights = {word: 2.0 if word in topic else 1.0 for word in words}
    weights |= {word: 5.0 for word in non_topic_terms(question) & words}
    assert topic_terms(weights, non_topic_terms(question)) == topic


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("what did the paediatrician say", "Paed appt: cause cannot be excluded."),
        ("what did the paed say", "Seen by the community paediatrician."),
        ("when is her next appointment", "Next appt 4/6."),
        ("is the family open to EH", "Referred to early help by school."),
        ("is he open to the YJS", "Youth offending team worker visited."),
        ("any t/c from school", "Phone call from school re attendance."),
        ("how many nights respite is he getting from jan", "From January he will have 3 nights a month."),
        ("is he getting respite", "Short breaks: 2 nights a month."),
    ],
)
def test_short_forms_meet_their_long_forms_both_ways(question: str, sentence: str) -> None:
    shared = {term for term in question_terms(question) & terms(sentence) if term.startswith("~")}
    assert shared, f"{question!r} and {sentence!r} share no concept"


STRUCTURE_CASES: list[tuple[str, str, list[Note], str, str]] = [
    (
        "a numbered heading is context for the lines under it, and a heading alone is no answer",
        "What risk level did the CSE meeting give?",
        [(
            "N8", D(2024, 2, 6), "strategy_discussion", "Exploitation meeting",
            "Risk Meeting - held Tues 6th Feb, Civic Centre Room 4\n1. Attendance\nSchool, police, SW.\n"
            "2. Risk\nPartners agreed level HIGH.\n3. Actions\nReview meeting in 6 weeks.",
        )],
        "Partners agreed level HIGH",
        "N8",
    ),
    (
        "a label ending in a colon is context for the lines under it",
        "What is the attendance at school like?",
        [(
            "N9", D(2024, 3, 1), "cin_review", "CIN review",
            "Health:\nAttendance at appointments is good.\nSchool:\nAttendance now 74% for the term, up from 60%.",
        )],
        "Attendance now 74% for the term",
        "N9",
    ),
    (
        "'how many' takes the number the note states for the counted thing",
        "How many times has [CHILD] been reported missing?",
        [
            ("N5", D(2024, 1, 23), "missing_episode", "Missing", "08:50 Call from police: [CHILD] reported missing by mum at 22:15."),
            ("N15", D(2024, 3, 5), "phone_call", "Call", "This is [CHILD]'s 3rd reported missing episode since January."),
        ],
        "3rd reported missing episode",
        "N15",
    ),
    (
        "a count the note writes in words is given in figures",
        "How many CLA reviews has [CHILD] had this year?",
        [
            ("N2", D(2023, 4, 3), "cla_review", "CLA review", "CLA review held, placement stable."),
            ("N9", D(2023, 9, 1), "supervision", "Supervision", "Progress: two CLA reviews (3/4, 17/8), both in the placement."),
        ],
        "2, according to the notes: Progress: two CLA reviews",
        "N9",
    ),
]


@pytest.mark.parametrize(("rule", "question", "notes", "expected", "note_id"), STRUCTURE_CASES, ids=[case[0] for case in STRUCTURE_CASES])
def test_note_structure_and_stated_counts(rule: str, question: str, notes: list[Note], expected: str, note_id: str) -> None:
    text, cited = ask(question, notes)
    assert expected in text, f"{rule}: {text}"
    assert note_id in cited, f"{rule}: cites {cited}"


@pytest.mark.parametrize(
    ("note_text", "sentence", "expected"),
    [
        # a log written up days later: "last night" counts back from the line's own day heading
        ("Duty log\nTue 23/01\n08:50 Mum rang: S went missing last night.\nThurs 25/01\nS back home.",
         "08:50 Mum rang: S went missing last night.", "2024-01-22"),
        # no heading above the sentence: the note's written date is the anchor
        ("Mum rang this morning: S went missing last night.", "Mum rang this morning: S went missing last night.",
         "2024-01-24"),
    ],
)
def test_a_when_answer_counts_back_from_the_day_heading_of_its_log_line(note_text: str, sentence: str, expected: str) -> None:
    from assistant.models.evidence import asked_date, event_date

    written = dt.date(2024, 1, 25)
    assert asked_date(sentence, written, note_text).isoformat() == expected
    assert event_date(sentence, written, note_text).isoformat() == expected
