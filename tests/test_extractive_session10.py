"""Session 10 rules about how notes are written and how workers ask (docs/answering.md, "Measured on
independent8 (session 10)"). Each row is our own sentence and failed before its rule, except the rows
marked as guards.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.models.counting import counted_terms, stated_count
from assistant.models.evidence import asked_date, named_day, quotes_speaker, speaker_words
from assistant.models.passages import speaker_text
from assistant.models.questions import terms
from tests.answer_fixtures import D, Note, ask


@pytest.mark.parametrize(
    ("sentence", "question", "expected"),
    [
        ("CPS rang on Monday 24th. [BOYFRIEND] has been charged with assault.", "how many times has the boyfriend been charged", None),
        ("Police update on the 15th: [PERSON 2] was interviewed.", "how many times has [PERSON 2] been interviewed", None),
        ("[PERSON 2] has been arrested twice since the summer.", "how many times has [PERSON 2] been arrested", 2),
        ("She has moved once this year.", "how many times has she moved", 1),
        # guards: a bracketed day beside its event, a running ordinal, a count of occasions;
        # "months" and "sat" are no dates
        ("[PERSON 2] was arrested Tuesday evening (16th) at his flat.", "how many times was [PERSON 2] arrested", None),
        ("Together 3 months, he is 22.", "how many months have they been together", 3),
        ("She sat 3 exams in June.", "how many exams did she sit", 3),
        ("This is her 3rd missing episode.", "how many missing episodes has she had", 3),
        ("Late 9 times this half term.", "how many times has she been late", 9),
    ],
)
def test_a_day_of_the_month_is_no_count_and_an_adverb_counts_its_verb(
    sentence: str, question: str, expected: int | None
) -> None:
    assert stated_count(sentence, counted_terms(question)) == expected


ARRESTS = [
    ("N1", D(2025, 3, 20), "police_notification", "Police update",
     "DC rang. [PERSON 2] was arrested on Tuesday (18th) and bailed."),
    ("N2", D(2025, 4, 14), "case_note", "Core group",
     "[PERSON 2] has been arrested twice (18/3 and 9/4) and remains on bail."),
    ("N3", D(2025, 4, 29), "police_notification", "Police update",
     "CPS authorised a charge on Monday 28th. [PERSON 2] has been charged and will appear in court."),
]


def test_how_many_times_is_not_answered_with_a_day_of_the_month() -> None:
    text, cited = ask("how many times has [PERSON 2] been arrested", ARRESTS)
    assert text.startswith("2, according to the notes"), text
    assert "twice" in text.split("[1]")[0], text
    assert cited and cited[0] == "N2", cited


@pytest.mark.parametrize(
    ("sentence", "speaker", "expected"),
    [
        ('Said "grandad says I\'ll fail" and laughed.', "grandad", False),
        ('She told me "Mum said I could" but mum denies it.', "mum", False),
        ("MGF: said he will not let the council in.", "grandad", True),
        ("PGM told me she collects him on Fridays.", "nan", True),
        ('[CHILD] told me the flat is "cold at night".', "[CHILD]", True),
        ('"I hate it here," [CHILD] said.', "[CHILD]", True),
        # guards: a family token's role word was found before; another person's words are not the asked
        ('[MOTHER] told me "we are fine".', "[MOTHER]", True),
        ('[BROTHER] said "it is fine".', "[CHILD]", False),
    ],
)
def test_the_speaker_is_outside_the_quotation_and_a_genogram_short_form_is_the_relation(
    sentence: str, speaker: str, expected: bool
) -> None:
    assert quotes_speaker(sentence, speaker_words(speaker)) is expected


def test_a_line_opening_on_its_saying_verb_is_the_previous_lines_subject() -> None:
    units = ["MGF: took over the conversation repeatedly.", 'Said schools are "a waste of time".']
    assert speaker_text(units, 1, {}).startswith("MGF Said")
    assert quotes_speaker(speaker_text(units, 1, {}), terms("grandad"))


GRANDAD_VISIT: Note = (
    "N1", D(2024, 9, 24), "home_visit", "Home visit",
    "Mum: tearful, says the house got on top of her.\n"
    'MGF: took over the conversation. Said schools are "a waste of time" and children learn more at home.\n'
    "[CHILD] (alone): misses his friends.",
)
CHILD_LATER: Note = (
    "N2", D(2025, 2, 5), "home_visit", "Home visit",
    'Said "grandad says school is a waste of time but I like it". Enjoying maths.',
)
HOTEL_VISIT: Note = (
    "N3", D(2025, 3, 3), "home_visit", "Hotel visit",
    'Mum said the hotel is "too small for three of us". [CHILD] told me the hotel is "like a prison".',
)

QUOTE_CASES: list[tuple[str, str, list[Note], str, str]] = [
    (
        "a subjectless 'Said' after an 'MGF:' line is the grandfather's, not a child quoting him",
        "what did grandad say about school",
        [CHILD_LATER, GRANDAD_VISIT],
        "learn more at home",
        "N1",
    ),
    (
        "a worker asking by name asks by the token the question now holds",
        "what did [CHILD] say about the hotel",
        [HOTEL_VISIT],
        "like a prison",
        "N3",
    ),
]


@pytest.mark.parametrize(("rule", "question", "notes", "fact", "note_id"), QUOTE_CASES, ids=[c[0] for c in QUOTE_CASES])
def test_the_asked_speakers_words_come_first(rule: str, question: str, notes: list[Note], fact: str, note_id: str) -> None:
    text, cited = ask(question, notes)
    assert fact in re.split(r"\[\d+\]", text)[0], f"{rule}: {text}"
    assert cited and cited[0] == note_id, f"{rule}: cited {cited}"


@pytest.mark.parametrize(
    ("sentence", "note_date", "note_text", "words", "expected"),
    [
        # an episode's end dated, its start stated just before
        (
            "[CHILD] came home on Sunday at 11am, having been out overnight.",
            D(2025, 9, 29),
            "Mum rang on Saturday 27/9 at 23:40 to say [CHILD] had not come home. Police informed. "
            "[CHILD] came home on Sunday at 11am, having been out overnight.",
            terms("go missing"),
            D(2025, 9, 27),
        ),
        (
            "Kept in one night on the ward and discharged Monday afternoon.",
            D(2025, 4, 9),
            "On Sunday night he woke wheezing. Kept in one night on the ward and discharged Monday afternoon.",
            terms("in hospital asthma"),
            D(2025, 4, 6),
        ),
        # guards: a question about the end keeps the end's day; no earlier date keeps it too
        (
            "Kept in one night on the ward and discharged Monday afternoon.",
            D(2025, 4, 9),
            "On Sunday night he woke wheezing. Kept in one night on the ward and discharged Monday afternoon.",
            terms("discharged"),
            D(2025, 4, 7),
        ),
        (
            "[CHILD] came home on Sunday at 11am.",
            D(2025, 9, 29),
            "[CHILD] came home on Sunday at 11am.",
            terms("go missing"),
            D(2025, 9, 28),
        ),
        # a named day of the year: Easter moves
        (
            "On Good Friday dad turned up at the house.",
            D(2025, 4, 22),
            "On Good Friday dad turned up at the house.",
            terms("dad turn up house"),
            D(2025, 4, 18),
        ),
        # guard: the chronology's dates already read Boxing Day
        ("He was sent home on Boxing Day.", D(2026, 1, 6), "He was sent home on Boxing Day.", terms("sent home"), D(2025, 12, 26)),
    ],
)
def test_when_reads_an_episodes_start_and_named_days(
    sentence: str, note_date: dt.date, note_text: str, words: set[str], expected: dt.date
) -> None:
    assert asked_date(sentence, note_date, note_text, words) == expected


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("on Good Friday", D(2024, 4, 2), D(2024, 3, 29)),
        ("Easter Monday", D(2026, 4, 10), D(2026, 4, 6)),
        ("over Christmas Day", D(2025, 1, 3), D(2024, 12, 25)),
        # guard: a named day months away is not this one
        ("on Good Friday", D(2025, 12, 1), None),
    ],
)
def test_named_days_of_the_year(sentence: str, anchor: dt.date, expected: dt.date | None) -> None:
    found = named_day(sentence, anchor)
    assert (found[1] if found else None) == expected
