"""Session 14 rules for the answerable questions (docs/answering.md, "Answerable questions across
fourteen corpora (session 14)"). Each row is our own sentence and failed before its rule, except the
rows marked as guards.
"""

from __future__ import annotations

import pytest

from assistant.models.evidence import (
    NAMED,
    asked_speaker_phrase,
    quotes_speaker,
    reported_speaker_phrase,
    respelled,
    speaker_words,
)
from assistant.models.passages import introduced_roles, speaker_text, units
from tests.answer_fixtures import D, Note, ask


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("[HALF-BROTHER] was at school.", ["[HALF-BROTHER]"]),
        ("Seen with [STEP-DAD] and [PERSON 2].", ["[STEP-DAD]", "[PERSON 2]"]),
        # guards: the tokens every corpus has
        ("[MOTHER'S PARTNER] and [SOCIAL WORKER 2] attended.", ["[MOTHER'S PARTNER]", "[SOCIAL WORKER 2]"]),
    ],
)
def test_a_hyphenated_relation_is_a_pseudonym_token(text: str, tokens: list[str]) -> None:
    assert NAMED.findall(text) == tokens


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what does [HALF-BROTHER] say happened that night", "[HALF-BROTHER]"),
        ("what did [ADOPTION SUPPORT SOCIAL WORKER RAA] say at the first CLA review", "[ADOPTION SUPPORT SOCIAL WORKER RAA]"),
        ("what did [STEP-DAD]'s sister say about the move", "[STEP-DAD]'s sister"),
        # guards: speakers of plain words and short tokens
        ("what did the defence solicitor say", "the defence solicitor"),
        ("what did [CHILD]'s mum say about school", "[CHILD]'s mum"),
        ("what was said at the meeting", ""),
    ],
)
def test_a_speaker_given_as_a_pseudonym_is_one_word(question: str, speaker: str) -> None:
    assert asked_speaker_phrase(question) == speaker
    assert reported_speaker_phrase(question) == (speaker if " say" in question else "")


@pytest.mark.parametrize(
    ("sentence", "speaker", "quotes"),
    [
        ('[FATHER] denied hitting her: "I never laid a hand on her."', "[FATHER]", True),
        ('Mum admitted she had been drinking: "just the two cans".', "mum", True),
        ('[CHILD] insisted "I wasn\'t there".', "[CHILD]", True),
        # guards: the verb must be the speaker's, not another's about them
        ('[CHILD] said "[FATHER] denied it".', "[FATHER]", False),
        ("Police denied the request.", "mum", False),
    ],
)
def test_denying_and_admitting_give_the_speakers_words(sentence: str, speaker: str, quotes: bool) -> None:
    assert quotes_speaker(sentence, speaker_words(speaker)) is quotes


def test_a_run_of_he_lines_is_followed_back_to_a_hyphenated_relation() -> None:
    """ "He ..." lines after "[HALF-SISTER] has ..." are hers: the token is a person like any other."""
    note = "[HALF-SISTER] has asthma. She was quiet at first. She heard shouting downstairs."
    pieces = units(note)
    assert speaker_text(pieces, 2, introduced_roles(note)).startswith("[HALF-SISTER] heard")


_VISIT: Note = (
    "V1", D(2025, 3, 3), "home_visit", "Visit to school",
    "Saw [HALF-BROTHER] (13) at school in the library, his choice. [HALF-BROTHER] has dyslexia and a reader in exams. "
    "He was restless but talked. His account of Saturday: he was in his room gaming with his headset on. "
    "He heard [FATHER] shouting, then [CHILD] crying. He did not see what happened before. "
    'He denied pushing her: "I never touched her, I was upstairs all night." '
    'Asked about home: [FATHER] "goes off on one" when it is noisy.',
)
_OTHER: Note = (
    "S1", D(2025, 3, 2), "strategy", "Strategy discussion",
    'Dad\'s account: [HALF-BROTHER] was "winding her up like he always does" and she fell. '
    'Asked about the mark - [CHILD] said "[HALF-BROTHER] was chasing me". '
    'Police: [HALF-BROTHER] told officers home is "calmer at the weekends".',
)
_REVIEW: Note = (
    "R1", D(2025, 3, 20), "cin_review", "CIN review",
    'Mum on that night: [HALF-BROTHER] and [CHILD] "always wind each other up at bedtime". '
    'School: [HALF-BROTHER] "settled" since; what happened that night was not discussed in class. '
    'Nan: [HALF-BROTHER] stays with her on Friday nights, "no bother at all".',
)


def test_a_hyphenated_speakers_account_is_quoted() -> None:
    """ "what does [HALF-BROTHER] say happened": his own words in the visit note (after "He heard"
    and "He denied"), not the lines where others speak about him."""
    text, cited = ask("what does [HALF-BROTHER] say happened that night", [_OTHER, _REVIEW, _VISIT])
    assert text.index("I never touched her") < text.index("School:"), text
    assert "V1" in cited[:2], text


_TEXTS = (
    "He was given a six month referral order at the youth court.",
    "Admitted to the ward overnight; supported accommodation found; she is supposed to start college.",
    "Seeking a new school place; the start date is Monday.",
)


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        ("how long is the referal order", "how long is the referral order"),
        ("how many times has he been admited", "how many times has he been admitted"),
        ("when did he move to the supported accomodation", "when did he move to the supported accommodation"),
        ("Who is she suposed to live with", "Who is she supposed to live with"),
        # guards: a word the notes write, a word one other edit away, and pseudonym tokens stay
        ("what did he say after seeing his dad", "what did he say after seeing his dad"),
        ("when was the strat held", "when was the strat held"),
        ("what did [CHILD] say about the referral", "what did [CHILD] say about the referral"),
    ],
)
def test_a_doubled_letter_typed_once_is_read_as_the_notes_write_it(question: str, meant: str) -> None:
    assert respelled(question, _TEXTS) == meant


def test_a_misspelt_word_no_longer_refuses_the_line_that_answers() -> None:
    notes: list[Note] = [
        ("C1", D(2025, 5, 2), "court", "Youth court",
         "[CHILD] pleaded guilty at the youth court yesterday. He was given a six month referral order. "
         "First panel meeting next month."),
        ("V1", D(2025, 6, 9), "home_visit", "Home visit", "Mum says he is getting to school on time."),
    ]
    text, cited = ask("how long is the referal order", notes)
    assert "six month referral order" in text, text
    assert cited[0] == "C1", text
