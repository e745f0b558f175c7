"""Rules version 26 (session 15): over-redaction of places no one lives at. A court or unit named
with a plural possessive before its head ("X Magistrates' Court") or a head that is a room of a
hospital ("X Suite"), a guess that is itself an institution's head ("X General" where the NER took
"General"), and a street named as the place where something happened ("pulled up on X Lane",
"driving along X Road").

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v25" fail on the v25 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing: a missed name is a leak, an over-redacted place is not."""

from __future__ import annotations

import pytest

from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Tamsin", "family_name": "Orrell"}
FAMILY = [
    {"person_id": "P1", "given_name": "Bronagh", "family_name": "Orrell", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Declan", "family_name": "Fairweather", "relationship": "father"},
]


def _redacted(notes: list[str]) -> str:
    case = make_case(notes, people=FAMILY, **CHILD)
    return "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)


CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay)
    (
        "a court named with a plural possessive before its head",
        ["Tamsin Orrell is 15.", "Declan charged. First appearance at Harwick Magistrates' Court on 3rd May."],
        ["Declan"],
        ["Harwick Magistrates' Court"],
    ),  # v25
    (
        "a suite of a hospital as a place of safety",
        ["Tamsin Orrell is 15.", "Bronagh detained under s136 and taken to the place of safety at Elmbrook Suite. No offences."],
        ["Bronagh"],
        ["Elmbrook Suite"],
    ),  # v25
    (
        "a lane where an incident happened",
        ["Tamsin Orrell is 15.", "Walking home with a friend when a car pulled up on Copperfield Lane and a man got out."],
        [],
        ["Copperfield Lane"],
    ),  # v25
    (
        "a road someone was driving along",
        ["Tamsin Orrell is 15.", "A passer-by was driving along Tannery Road and saw a small child in the road."],
        [],
        ["Tannery Road"],
    ),  # v25
    (
        "a prison guessed with its prefix",
        ["Tamsin Orrell is 15.", "Remanded. He was taken to HMYOI Brackenfell this afternoon."],
        [],
        ["HMYOI Brackenfell"],
    ),  # v25
    (
        "a pet named after a child's word for a dog",
        ["Tamsin Orrell is 15.", 'Tamsin told me her "doggy is called Marmalade" and showed me a photo.'],
        [],
        ["Marmalade"],
    ),  # v25
    # ... guards: a person whose family name is a street or institution word keeps being redacted.
    (
        "a given name before a street word after a place preposition is a person",
        ["Tamsin Orrell is 15.", "Mum relies on Chloe Lane for lifts to school.", "Chloe Lane rang at 10:00."],
        ["Chloe", "Lane rang"],
        ["for lifts to school"],
    ),
    (
        "a possessive after the street word is a person",
        ["Tamsin Orrell is 15.", "Acted on Danny Way's advice; Danny Way is her uncle."],
        ["Danny"],
        ["is her uncle"],
    ),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), CASES, ids=[row[0] for row in CASES])
def test_rules_v26(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(_redacted(notes), gone, kept)


SCHOOLS: list[tuple[str, str, list[str], list[str], list[str]]] = [
    # (label, the child's recorded school, the case's notes, text that must be gone, text that must stay)
    (
        "the recorded school named without its kind",
        "Little Wrens Day Nursery",
        ["Tamsin Orrell is 3.", "Health: IHA done. Nursery - Tamsin attends Little Wrens 3 mornings."],
        ["Tamsin attends"],
        ["Little Wrens 3 mornings"],
    ),  # v25
    (
        "a school named after a person frees no one of that given name",
        "Florence Nightingale Academy",
        ["Tamsin Orrell is 13.", "Florence Ashby rang about the visit. Florence is a neighbour."],
        ["Florence", "Ashby"],
        ["rang about the visit"],
    ),
]


@pytest.mark.parametrize(("label", "school", "notes", "gone", "kept"), SCHOOLS, ids=[row[0] for row in SCHOOLS])
def test_recorded_school(label: str, school: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    case = make_case(notes, people=FAMILY, school=school, **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)
    assert_gone_and_kept(out, gone, kept)
