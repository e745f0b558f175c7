"""A nickname typed in lower case in a question finds its person, though the vocabulary knows it.

"is mikey still living with them?" (independent2's gold question) kept "mikey" raw: the embedding
vocabulary holds the pet form, so the common-word list did, and v13's rule for questions left
ordinary words alone. The raw name then sat in the question's audit row and would sit in a prompt.
A pet form built the English way from a mainstream given name is a name; real words stay words.
"""

from __future__ import annotations

import pytest

from redaction import pseudonymise
from redaction.text import pet_form_of_given_name

VAULT = {"[CHILD]": "Tallulah Brookfield", "[PERSON 3]": "Mikey", "[PERSON 4]": "Sammy", "[PERSON 5]": "Consultant",
         "[PERSON 6]": "General", "[PERSON 7]": "Honey"}

QUESTIONS = [
    ("is mikey still living with them?", "is [PERSON 3] still living with them?"),  # failed before
    ("what did sammy say about school", "what did [PERSON 4] say about school"),  # failed before
    ("is Mikey still there", "is [PERSON 3] still there"),  # guard: capitalised was always found
    ("what did the consultant say", "what did the consultant say"),  # guard: a label stays a word
    ("general practice registration?", "general practice registration?"),  # guard
    ("did she call him honey", "did she call him honey"),  # guard: a word, not a pet form of a name
]


@pytest.mark.parametrize(("question", "expected"), QUESTIONS, ids=[row[0] for row in QUESTIONS])
def test_a_lower_case_pet_form_is_its_person(question: str, expected: str) -> None:
    assert pseudonymise(question, VAULT) == expected


WORDS = [
    ("mikey", True), ("tommo", True), ("sammy", True), ("billy", True),
    ("honey", False), ("daddy", False), ("granny", False), ("sunny", False), ("early", False), ("only", False),
    ("family", False), ("photo", False),
]


@pytest.mark.parametrize(("word", "pet"), WORDS, ids=[row[0] for row in WORDS])
def test_pet_forms_are_built_from_given_names(word: str, pet: bool) -> None:
    assert pet_form_of_given_name(word) is pet
