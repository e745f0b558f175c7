"""Rules version 17 (session 11): words that look like names to the NER, and what practitioners
write around them, measured across the eleven development corpora.

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v16" fail on the v16 code (checked against a copy of HEAD's redaction/ package at the
session start); the other rows are guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from redaction.redactor import _plausible
from redaction.spans import PERSON, Span
from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Morwenna", "family_name": "Trevail"}
FAMILY = [
    {"person_id": "P1", "given_name": "Senara", "family_name": "Trevail", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Jory", "family_name": "Pascoe", "relationship": "father"},
]


def _guess(text: str, written: str, source: str = "ner") -> Span:
    start = text.index(written)
    return Span(start, start + len(written), PERSON, source)


GUESSES: list[tuple[str, str, str | None]] = [
    # (note text, what the NER guessed as a person, what is left of the guess: None = no person)
    # A guess joined to another word by "&": the NER's "into A&E" narrowed to its last letter.
    ("She was taken into A&E by ambulance.", "into A&E", None),  # v16
    ("Mum was seen at A&E at 9pm.", "A&E", None),  # v16
    # ... guard: a firm of two names spaced round "&" is not this rule's (it is a place rule's).
    ("Letter from Pengelly & Rowe solicitors.", "Pengelly", "Pengelly"),
    # A sector acronym in capitals (three or four capitals, a plural "s" aside).
    ("GP referred him for ADHD assessment.", "ADHD", None),  # v16
    ("The MBU place was confirmed.", "MBU", None),  # v16
    ("Two PGPs were written up.", "PGPs", None),  # v16
    ("Started CEDS FBT this week.", "CEDS FBT", None),  # v16
    # ... guards: a family name in capitals is longer; a given name in capitals is a name.
    ("Present: Zennor KITTOW, aunt.", "KITTOW", "Zennor KITTOW"),
    ("AMY said she was fine.", "AMY", "AMY"),
    # A capitalised abstract noun the vocabulary lacks ("-ability", "-ivity", "-ation", "-ism").
    ("1. Viability assessments on both grandparents.", "Viability", None),  # v16
    ("Hyperactivity Disorder was diagnosed in May.", "Hyperactivity Disorder", None),  # v16
    # ... guard: a given name with such an ending stays a name.
    ("Serenity said she was fine.", "Serenity", "Serenity"),
    # A scheme named after a person ("X's Law").
    ("A Clare's Law disclosure was made.", "Clare's Law", None),  # v16
    ("Advised about Sarah's Law.", "Sarah", None),  # v16
]


@pytest.mark.parametrize(("text", "written", "left"), GUESSES)
def test_guesses_that_are_no_person(text: str, written: str, left: str | None) -> None:
    found = _plausible(text, _guess(text, written))
    assert (None if found is None else found.text_in(text)) == left


def test_initials_that_start_and_end_as_a_record_persons_stay_a_person() -> None:
    """Guard. A three-capital guess whose first and last letters are a record person's given and family
    initials is that person with a middle name ("MKT" of Morwenna K. Trevail): kept, although three
    capitals are otherwise an acronym."""
    notes = ["MKT said she was fine today.", "Spoke to MKT after school; MKT was quiet."]
    case = make_case(notes, people=FAMILY, **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)
    assert_gone_and_kept(out, ["MKT"], ["after school"])


WHOLE_CASE: list[tuple[list[str], list[str], list[str]]] = [
    # (the case's notes, words that must be gone, words that must stay)
    # "DA" (domestic abuse) is a worker's initials only in a list of people.
    (
        ["Restricted recording - DA safety.", "Two DA convictions on the PNC."],
        [],
        ["DA safety", "Two DA convictions"],
    ),  # v16
    (["Present: Jory, DA, Senara."], ["Jory", "Senara", "DA"], ["Present"]),
]


@pytest.mark.parametrize(("notes", "gone", "kept"), WHOLE_CASE)
def test_rules_version_17_in_a_whole_case(notes: list[str], gone: list[str], kept: list[str]) -> None:
    from records.models import User

    staff = [*STAFF, User(username="dangove", display_name="Demelza Angove", role="social_worker")]
    case = make_case(notes, people=FAMILY, **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, staff).notes)
    assert_gone_and_kept(out, gone, kept)


def test_a_username_built_from_a_name_is_the_person() -> None:
    """A pasted chat names its speakers by handles ("Morw_T", "@Morw_T"): the letters joined by an
    underscore go with the name into the token."""
    notes = ["Chat pasted by school:\nMorw_T: where r u\nHex: @Morw_T at the park\nMorw_T: ok"]
    case = make_case(notes, people=FAMILY, **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)
    assert_gone_and_kept(out, ["Morw", "_T"], ["Hex", "at the park"])  # v16 ("_T" stayed)


SHORT_FORMS: list[tuple[str, str, bool]] = [
    # (recorded given name, form a worker writes, is it that person's short form)
    ("Kensa", "Kens", True),  # v16
    ("Zelda", "Zeld", True),  # v16
    # ... guards: a given name of its own, a longer name, a name ending in a consonant.
    ("Carla", "Carl", False),
    ("Rebecca", "Rebecc", False),
    ("Jaxon", "Jaxo", True),  # a pet form ("-o") already, not this rule's
    ("Lucia", "Luci", True),  # a pet form ("-i") already
    ("Kenan", "Kena", False),
]


@pytest.mark.parametrize(("given", "form", "expected"), SHORT_FORMS)
def test_a_five_letter_name_without_its_final_vowel(given: str, form: str, expected: bool) -> None:
    from redaction.gazetteer import short_forms

    assert (form in short_forms(given)) is expected
