"""Rules version 23 (session 13): a young person called by the spoken name of his initial ("Tee"
for a Tyler or Tobias) is that person in every note of the case, written with its capital; the named
building after a recorded flat's number ("Flat 3, Harrowgate House, Fen Lane") is the family's home
wherever a note names it; a full name before a job written small ("Mina Farrow nursery manager")
stays a person, where rules version 22 read "X nursery" as a place; a given name that is the plural
of an institution word ("Piers", a pier) before a family name is a person, not an organisation.

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v22" fail on the v22 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from redaction.context_rules import is_not_a_person
from redaction.gazetteer import short_forms
from redaction.record import street_parts
from redaction.spans import PERSON, Span
from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Tiernan", "family_name": "Marchbank"}
FAMILY = [
    {"person_id": "P1", "given_name": "Odile", "family_name": "Marchbank", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Rosalind", "family_name": "Marchbank", "relationship": "sister"},
]


def _redacted(notes: list[str], **child: str) -> str:
    case = make_case(notes, people=FAMILY, **(child or CHILD))
    return "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)


CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay)
    (
        "the spoken initial opening sentences",
        ["Tiernan Marchbank is 15.", "Visit.\nTee told me he was fine. Tee has been seen at the park."],
        ["Tee"],
        ["told me he was fine", "has been seen at the park"],
    ),  # v22
    (
        "the spoken initial mid-sentence and as a possessive",
        ["Tiernan Marchbank is 15.", "The youth worker met Tee on the ward; mum saw Tee's jeans."],
        ["Tee"],
        ["on the ward", "jeans"],
    ),  # v22
    # ... guards: the word written small stays, and so does the capitalised word in a case with no
    # record person whose given name starts with T.
    (
        "the word written small",
        ["Tiernan Marchbank is 15.", "He wore a white tee and joggers to court."],
        [],
        ["a white tee and joggers"],
    ),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), CASES, ids=[row[0] for row in CASES])
def test_spoken_initial(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(_redacted(notes), gone, kept, label)


def test_no_t_name_keeps_the_word() -> None:
    out = _redacted(
        ["Amelia Marchbank is 15.", "Tee shirts for PE are sold at reception."],
        given_name="Amelia",
        family_name="Marchbank",
    )
    assert_gone_and_kept(out, [], ["Tee shirts for PE"], "no record T-name")


@pytest.mark.parametrize(
    ("given", "has_tee"),
    [("Tyreese", True), ("Tobias", True), ("Tee", False), ("Bethany", False), ("Dominic", False)],
)
def test_short_forms_speak_the_t(given: str, has_tee: bool) -> None:
    assert ("Tee" in short_forms(given)) is has_tee


BLOCK = "Flat 3, Harrowgate House, Fen Lane, Dunmere DM4 2QT"


@pytest.mark.parametrize(
    ("label", "note", "gone", "kept"),
    [
        (
            "the block without the flat",
            "Visit: flat on the second floor of Harrowgate House, tidy.",
            ["Harrowgate"],
            ["tidy"],
        ),  # v22
        (
            "the block after at",
            "Mum still at Harrowgate House with both children.",
            ["Harrowgate"],
            ["both children"],
        ),  # v22
        ("the town after it stays", "Dunmere library visit with mum.", [], ["Dunmere library"]),
    ],
)
def test_named_block_of_a_recorded_flat(label: str, note: str, gone: list[str], kept: list[str]) -> None:
    out = _redacted(["Tiernan Marchbank is 15.", note], **CHILD, address=BLOCK)
    assert_gone_and_kept(out, gone, kept, label)


@pytest.mark.parametrize(
    ("address", "parts"),
    [
        (BLOCK, ["Flat 3, Harrowgate House", "Harrowgate House"]),  # v22
        ("Room 2, Ferncliffe Court, Dunmere", ["Room 2, Ferncliffe Court", "Ferncliffe Court"]),  # v22
        # guards: a street after the flat's number is not taken numberless; a house number's street is.
        ("Flat 3, Fen Lane, Dunmere", []),
        ("Flat 1, 8 Fen Lane, Dunmere", ["Flat 1, 8 Fen Lane", "8 Fen Lane", "Fen Lane"]),
        ("Flat 3, Dunmere", []),
    ],
)
def test_street_parts_take_the_block(address: str, parts: list[str]) -> None:
    assert street_parts(address) == parts


@pytest.mark.parametrize(
    ("label", "note", "gone", "kept"),
    [
        (
            "a full name before a job",
            "Attending: Mina Farrow nursery manager, Hazel Tree Nursery; GP apologies.",
            ["Mina", "Farrow"],
            ["nursery manager", "GP apologies"],
        ),  # v22
        (
            "a place of two words before a job stays",
            "Attending: Little Wrens nursery manager (DSL); HV apologies.",
            [],
            ["Little Wrens nursery manager"],
        ),
        (
            "a place's name before its kind stays",
            "Seen at the Brinsworth family centre with mum.",
            [],
            ["Brinsworth family centre"],
        ),
    ],
)
def test_full_name_before_a_job(label: str, note: str, gone: list[str], kept: list[str]) -> None:
    out = _redacted(["Tiernan Marchbank is 15.", note, "Brinsworth rang to rearrange."])
    assert_gone_and_kept(out, gone, kept, label)


@pytest.mark.parametrize(
    ("text", "guess", "not_a_person"),
    [
        ("Assessment by the worker and Piers Kemble (both trained).", "Piers Kemble", False),  # v22
        ("He plays for the Hightown Juniors on Saturdays.", "Hightown Juniors", True),
        ("Letter from Hightown Academy about attendance.", "Hightown Academy", True),
    ],
)
def test_plural_institution_word_only_as_the_head(text: str, guess: str, not_a_person: bool) -> None:
    start = text.index(guess)
    assert is_not_a_person(text, Span(start, start + len(guess), PERSON, "ner")) is not_a_person
