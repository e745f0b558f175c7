"""Questions pseudonymised against a case vault, answers re-identified for display."""

from __future__ import annotations

import pytest

from redaction import pseudonymise, reidentify

VAULT = {
    "[CHILD]": "Amelia Khan",
    "[MOTHER]": "Zoë Khan",
    "[MOTHER'S PARTNER]": "Gary Hill",
    "[PERSON 3]": "Pauline Okonjo",
    "[PHONE 1]": "07700 900123",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which school does Amelia attend?", "Which school does [CHILD] attend?"),
        ("Has Mrs Khan called?", "Has [MOTHER] called?"),
        ("What did zoe say about GARY?", "What did [MOTHER] say about [MOTHER'S PARTNER]?"),
        ("Is Amelia Khan's GP known?", "Is [CHILD]'s GP known?"),
        ("Who rang from 07700900123?", "Who rang from [PHONE 1]?"),
        ("What did Pauline report?", "What did [PERSON 3] report?"),
        ("When was the last ICPC?", "When was the last ICPC?"),
        # possessives typed without an apostrophe, in any case
        ("whos amelias school", "whos [CHILD]'s school"),
        ("did Paulines referral come in", "did [PERSON 3]'s referral come in"),
        ("what did garys mum say", "what did [MOTHER'S PARTNER]'s mum say"),
    ],
)
def test_pseudonymise(question: str, expected: str) -> None:
    assert pseudonymise(question, VAULT) == expected


def test_reidentify_restores_values_and_leaves_unknown_tokens() -> None:
    assert (
        reidentify("[CHILD] told [MOTHER]; [PERSON 9] unknown", VAULT)
        == "Amelia Khan told Zoë Khan; [PERSON 9] unknown"
    )


def test_round_trip() -> None:
    question = "Did Gary Hill ring Amelia Khan on 07700 900123?"
    assert reidentify(pseudonymise(question, VAULT), VAULT) == question


@pytest.mark.parametrize("written", ["13/08/2019", "13 August 2019", "2019-08-13"])
def test_a_date_of_birth_stored_as_written_is_matched_not_an_error(written: str) -> None:
    vault = {**VAULT, "[DOB 1]": written}
    assert pseudonymise(f"Is {written} Amelia's date of birth?", vault) == "Is [DOB 1] [CHILD]'s date of birth?"


def test_a_possessive_form_that_is_a_word_is_left_alone() -> None:
    vault = {"[CHILD]": "Will Roberts", "[MOTHER]": "Rose Roberts"}
    assert pseudonymise("are there any wills or roses in the notes", vault) == "are there any wills or roses in the notes"
    assert pseudonymise("what did Will say", vault) == "what did [CHILD] say"


def test_a_name_is_not_read_as_the_possessive_of_its_own_pet_form() -> None:
    """Rules version 9 gave Ellis the pet form "Elli", and "Ellis's weight" became "Elli's's"."""
    vault = {"[CHILD]": "Ellis Tremayne"}
    assert pseudonymise("What was Ellis's weight in May", vault) == "What was [CHILD]'s weight in May"
    assert pseudonymise("what was elliss weight", vault) == "what was [CHILD]'s weight"
