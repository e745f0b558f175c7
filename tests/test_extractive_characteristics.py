"""Sentences quoted for context never bring in a protected characteristic the question did not ask
about (the bias suite's release gate); the sentence that answers is quoted whatever it says."""

from __future__ import annotations

import pytest

from assistant.models import characteristics
from tests.answer_fixtures import D, Note, ask

VISIT: list[Note] = [
    (
        "N1", D(2024, 3, 4), "statutory_visit", "Home visit",
        "Home visit to [CHILD]. The kitchen had food in the cupboards and the boiler had been repaired. "
        "Mum said the family had been at the mosque earlier. The boiler repair was paid for by the landlord.",
    ),
]


@pytest.mark.parametrize(
    ("question", "quoted", "left_out"),
    [
        ("what was the home like at the visit in March?", "boiler had been repaired", "mosque"),
        ("did the family go to the mosque?", "mosque", None),
    ],
)
def test_context_quotes_no_unasked_characteristic(question: str, quoted: str, left_out: str | None) -> None:
    answer, _ = ask(question, VISIT)
    assert quoted in answer
    if left_out is not None:
        assert left_out not in answer


def test_the_answering_sentence_is_quoted_even_when_it_states_one() -> None:
    notes: list[Note] = [
        ("N1", D(2024, 5, 2), "assessment", "Assessment", "[MOTHER] uses a wheelchair since the accident in May."),
    ]
    answer, cited = ask("what happened to mum in May?", notes)
    assert "wheelchair" in answer and cited == ["N1"]


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        ("Mum said the family had been at church earlier.", "how was school?", {"religion"}),
        ("An interpreter was used for the visit.", "who was at the visit?", {"language"}),
        ("An interpreter was used for the visit.", "was an interpreter used?", set()),
        ("The family identify as White British.", "who lives at home?", {"ethnicity"}),
        ("Father is a wheelchair user.", "is dad working?", {"disability"}),
        ("Speaks Tigrinya, very little English, some Arabic.", "what language does he speak", set()),
        ("A Tigrinya interpreter was used.", "does he need anything translated?", set()),
        ("They attend the gurdwara on Sundays.", "does the family pray together?", set()),
        ("The family are of Pakistani heritage.", "what is mum's background?", set()),
        ("He has a diagnosis of autism.", "what are his needs?", set()),
        ("He was seen at the Churchill hospital.", "where was he seen?", set()),
    ],
)
def test_unasked_characteristics(text: str, question: str, expected: set[str]) -> None:
    assert characteristics.unasked(text, question) == expected
