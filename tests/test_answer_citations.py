"""Citation markers: only sources retrieved for this question count; numbering follows the answer."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.citations import resolve, split_claims
from assistant.models.base import Source
from retrieval.types import Chunk


def _source(n: int, note_id: str, text: str, case_id: str = "CA") -> Source:
    return Source(
        n, Chunk(f"{note_id}-{n}", note_id, case_id, dt.date(2024, 3, n), "home_visit", "t", text, "standard"), 1.0
    )


SOURCES = (
    _source(1, "N1", "Mum said the school called. Attendance was 80% this term."),
    _source(2, "N2", "The GP is Dr [PERSON 4]."),
    _source(3, "N1", "Second part of the first note."),
)


@pytest.mark.parametrize(
    ("answer", "text", "note_ids", "invalid"),
    [
        ("Attendance was 80% [1].", "Attendance was 80% [1].", ["N1"], 0),
        ("The GP is Dr [PERSON 4] [2].", "The GP is Dr [PERSON 4] [1].", ["N2"], 0),
        ("Made up [9].", "Made up.", [], 1),
        ("Both [2, 1]. Again [3].", "Both [1][2]. Again [2].", ["N2", "N1"], 0),
        ("Repeated [2][2].", "Repeated [1].", ["N2"], 0),
        ("Marker after the stop. [2] Next claim [7].", "Marker after the stop. [1] Next claim.", ["N2"], 1),
        ("[0] zero is not a source.", "zero is not a source.", [], 1),
    ],
)
def test_markers_are_validated_renumbered_and_counted(
    answer: str, text: str, note_ids: list[str], invalid: int
) -> None:
    cited = resolve(answer, SOURCES)
    assert cited.text == text
    assert [c.note_id for c in cited.citations] == note_ids
    assert [c.number for c in cited.citations] == list(range(1, len(note_ids) + 1))
    assert cited.invalid == invalid


def test_each_citation_quotes_the_sentence_that_supports_its_claim() -> None:
    cited = resolve("The school called about attendance, which was 80% this term [1].", SOURCES)
    assert cited.citations[0].quote == "Attendance was 80% this term."
    assert cited.citations[0].date == dt.date(2024, 3, 1)


def test_pseudonym_tokens_are_not_mistaken_for_citations() -> None:
    assert split_claims("[CHILD] said no [1]. [PERSON 7] agreed [2].") == [
        "[CHILD] said no [1].",
        "[PERSON 7] agreed [2].",
    ]
    cited = resolve("[CHILD] said no [1]. [PERSON 7] agreed [2].", SOURCES)
    assert cited.text == "[CHILD] said no [1]. [PERSON 7] agreed [2]." and cited.invalid == 0


def test_a_note_heading_the_answer_repeats_does_not_win_the_quote() -> None:
    """The extractive answer frames a quote with the note's date and type; the quote is the claim's sentence."""
    visit = Source(
        1,
        Chunk(
            "N9-0",
            "N9",
            "CA",
            dt.date(2024, 8, 22),
            "statutory_visit",
            "Statutory visit",
            'Statutory visit 22 August 2024. Seen [CHILD] alone, [CHILD] told me "I was hungry at bedtime". Home tidy.',
            "standard",
        ),
        1.0,
    )
    answer = 'On 22 August 2024 (statutory visit): Seen [CHILD] alone, [CHILD] told me "I was hungry at bedtime" [1].'
    cited = resolve(answer, (visit,))
    assert cited.citations[0].quote == 'Seen [CHILD] alone, [CHILD] told me "I was hungry at bedtime".'


def test_every_sentence_of_a_quoted_unit_carries_its_citation() -> None:
    """A labelled line of two sentences was cited once, after the second: the first ("... under the
    category of NEGLECT.") read as an uncited claim, and the governance gate failed it as an
    unsupported sensitive statement."""
    from tests.answer_fixtures import D, ask

    note = ("N1", D(2024, 5, 2), "child_protection_conference", "ICPC",
            "Decision: [CHILD] to be made subject to a Child Protection Plan under the category of neglect. Unanimous.")
    text, _cited = ask("What category is the plan under?", [note])
    claims = split_claims(text)
    assert any("neglect" in claim for claim in claims), text
    assert all("[1]" in claim for claim in claims), claims
