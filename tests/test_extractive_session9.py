"""Session 9 rules about how notes are written and how workers ask (docs/answering.md, "Measured on
independent7 (session 9)"). Each row is our own sentence and failed on the answerer before its rule,
except the rows marked as guards.
"""

from __future__ import annotations

import pytest

from assistant.models.counting import states_a_number
from assistant.models.evidence import reported_speaker
from assistant.models.passages import introduced_roles, is_plan, speaker_text
from assistant.models.questions import terms
from tests.answer_fixtures import D, Note, ask

MUM_CALL = (
    "N1", D(2025, 3, 4), "phone_call", "Phone call",
    "10:15 call from [MOTHER] (mother) on [PHONE 1]. In tears at first. She was upset about the letter. "
    "She said the move is only because the landlord is selling the flat.",
)
CHILD_VISIT = (
    "N2", D(2025, 3, 6), "home_visit", "Home visit",
    'Saw [CHILD] alone in her room. She said the move was for "a fresh start" and that she will miss her friends.',
)
SCHOOL_MEETING = (
    "N3", D(2025, 5, 12), "education", "School meeting",
    "Meeting with [PERSON 1] (head of year 9) and [PERSON 2] (youth worker). Attendance this term 91%. "
    "[PERSON 2] said he has been turning up early to help set up the football sessions.",
)
YOUTH_CLUB = (
    "N4", D(2025, 5, 20), "case_note", "Incident",
    "[CHILD] was in a fight at the youth club on Friday and was sent home.",
)

DAD_SCRIPT = (
    "N5", D(2025, 1, 20), "home_visit", "First visit",
    "Home conditions: tidy, food in. [FATHER] said he is doing well. [FATHER]: on 40ml methadone daily, "
    "picked up from the pharmacy. [FATHER] was tired.",
)
MUM_SCRIPT = (
    "N6", D(2025, 2, 3), "phone_call", "Drug service",
    "[MOTHER] was assessed on Mon 27th and has started a methadone script, 20ml so far and going up. "
    "[FATHER] was at home with the baby.",
)

DECISION_LETTER = (
    "N7", D(2025, 4, 24), "case_note", "Decision",
    "Letter from the decision maker to the carers, dated 24 April 2025: the match is approved.",
)
MOVE_RECORD = (
    "N8", D(2025, 5, 30), "case_note", "Move",
    "[CHILD] and [BROTHER] moved in with the carers on 28/05/25 after introductions.",
)

SPEAKER_CASES: list[tuple[str, str, list[Note], str, str]] = [
    (
        "'She said' after a run of 'She' lines is the person the run opened with, in her introduced role",
        "what did mum say the move was for",
        [CHILD_VISIT, MUM_CALL],
        "landlord",
        "N1",
    ),
    (
        "a person introduced with a role in brackets speaks in that role later in the note",
        "whats the youth worker said about him",
        [YOUTH_CLUB, SCHOOL_MEETING],
        "football",
        "N3",
    ),
]
"""Questions asking for a person's account, answered by the line where that person is the speaker."""


@pytest.mark.parametrize(("rule", "question", "notes", "fact", "note_id"), SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_the_asked_speaker_is_found_through_pronouns_and_introduced_roles(
    rule: str, question: str, notes: list[Note], fact: str, note_id: str
) -> None:
    text, cited = ask(question, notes)
    first = text.split("[1]")[0]
    assert fact in first, f"{rule}: {text}"
    assert cited and cited[0] == note_id, f"{rule}: cited {cited}"


@pytest.mark.parametrize(
    ("units", "index", "expected"),
    [
        (["Call from [FATHER] (father) on [PHONE 1].", "He was angry.", "He said it was a mistake."], 2, "father [FATHER] said"),
        (["Mum was shocked.", "She said no."], 1, "Mum said no."),
        (["Present: [PERSON 2] (PE).", "Notes read.", "[PERSON 2] said she ran laps."], 2, "PE [PERSON 2] said"),
        # guard: a line that does not open with a pronoun keeps its own subject
        (["Call from [FATHER] (father).", "Mum said it was fine."], 1, "Mum said it was fine."),
        # guard: beyond reach, nobody is guessed
        (["Call from [FATHER].", *["It rained."] * 6, "He said so."], 7, "He said so."),
    ],
)
def test_speaker_text_names_who_speaks(units: list[str], index: int, expected: str) -> None:
    assert speaker_text(units, index, introduced_roles(" ".join(units))).startswith(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the PE teacher said about her", terms("PE teacher")),
        ("what did dad say the trip was for", terms("dad")),
        ("what was said at the meeting", set()),
    ],
)
def test_reported_speaker_reads_run_together_questions(question: str, expected: set[str]) -> None:
    assert reported_speaker(question) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("[FATHER]: on 40ml methadone daily.", True),
        ("Weighed 10kg at clinic.", True),
        ("Rent arrears of £350.", True),
        ("Seen at 14:20 on 3/2/25.", False),
    ],
)
def test_a_figure_written_solid_to_its_unit_is_a_number(sentence: str, expected: bool) -> None:
    assert states_a_number(sentence) is expected


def test_how_much_is_answered_by_the_asked_persons_dose() -> None:
    """'60ml' holds no word boundary before its unit: it was read as no number at all, so the
    mother's dose outranked the father's for "how much methadone is dad on"."""
    text, cited = ask("How much methadone is dad on", [DAD_SCRIPT, MUM_SCRIPT])
    assert "40ml" in text.split("[1]")[0], text
    assert cited and cited[0] == "N5", cited


def test_date_is_the_form_of_a_when_question_not_its_subject() -> None:
    """'What date did ...' asks for a day; a line saying "dated" holds no more of the event."""
    text, cited = ask("what date did they move in with the carers?", [DECISION_LETTER, MOVE_RECORD])
    assert text.startswith("On 28 May 2025"), text
    assert cited and cited[0] == "N8", cited


@pytest.mark.parametrize(
    ("line", "by_label", "by_action"),
    [
        ("Plan: weekly visits by the family support worker.", True, False),
        ("SW to complete the assessment within 5 days.", False, True),
        ("Next steps: awaiting the result of the strategy discussion.", True, True),
        ("Outcome: substantiated; carer admitted it.", False, False),
    ],
)
def test_one_plan_vocabulary_read_by_label_or_by_action(line: str, by_label: bool, by_action: bool) -> None:
    """The twins `evidence.plans_it` (shape) and `label_kind(...) == "plan"` (label) are one
    predicate; each fit reads the sign it always read."""
    assert is_plan(line) is by_label
    assert is_plan(line, by_label=False, by_action=True) is by_action
