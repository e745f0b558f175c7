"""Rules version 18 (session 11, independent10): a name before a job title in brackets that starts
with an animal word, the lines of a postal address before its postcode, and a given name's
possessive typed without an apostrophe.

Every row is our own example (names, places and sentences invented here, not taken from any
corpus). Rows marked "v17" fail on the v17 code (a copy of HEAD's redaction/ package taken at the
start of this task); the other rows are guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Morwenna", "family_name": "Trevail"}
FAMILY = [
    {"person_id": "P1", "given_name": "Senara", "family_name": "Trevail", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Jory", "family_name": "Pascoe", "relationship": "father"},
    {"person_id": "P3", "given_name": "Loveday", "family_name": "Hocking", "relationship": "foster carer"},
    {"person_id": "P4", "given_name": "Rose", "family_name": "Pengelly", "relationship": "aunt"},
]


def _redacted(notes: list[str]) -> str:
    case = make_case(notes, people=FAMILY, **CHILD)
    return "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)


CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, words that must be gone, words that must stay)
    # A person written before a job title in brackets that starts with an animal word: the title
    # is no pet's owner ("Biscuit (dog)"), so the name is a person's, and so is a later "PC X".
    (
        "dog officer",
        ["Dog seized by PC Bryn Tallack (Dog Legislation Officer) pending assessment.", "PC Tallack rang."],
        ["Bryn", "Tallack"],
        ["Dog seized", "(Dog Legislation Officer)", "pending assessment"],
    ),  # v17
    (
        "dog warden",
        ["Report from Tamsin Rowse (Dog Warden) about the yard."],
        ["Tamsin", "Rowse"],
        ["(Dog Warden)", "about the yard"],
    ),  # v17
    # ... guard: a pet named with its animal in brackets stays a pet.
    ("pet", ["Biscuit (dog) barked at the door."], [], ["Biscuit", "barked"]),
    # The lines of an address before its postcode: a home's or a service's name, then a numbered
    # street that need not end in a street word, then the town.
    (
        "home name",
        ["Moved to a residential placement: The Hollies, 4 Orchard Rise, Denby Vale DV9 3QT. Four beds."],
        ["Hollies", "Orchard", "Denby", "DV9"],
        ["residential placement", "Four beds"],
    ),  # v17
    (
        "service and bare street",
        ["Went with her to the clinic at Ashwick Health Centre, 40 Millbrook, Ashwick AS1 4TS on 28/11."],
        ["Ashwick", "Millbrook", "AS1"],
        ["the clinic at", "on 28/11"],
    ),  # v17
    # ... guards: a month is no street ("28 November, Town POSTCODE"), and "Mum" no address line.
    ("date", ["Seen on 28 November, Denby DV9 3QT."], ["Denby", "DV9"], ["28 November"]),
    ("kinship", ["Mum, 4 Orchard Rise, Denby DV9 3QT."], ["Orchard", "Denby"], ["Mum"]),
    # ... guards: a person's name before an address keeps its own token; a service not named as a
    # building or premises is no address line.
    (
        "person before address",
        ["Dad's details: Jory Pascoe, 3 Mill Lane, Denby DV9 3QT."],
        ["Pascoe", "Mill Lane", "DV9"],
        ["[FATHER]", "Dad's details"],
    ),
    (
        "service",
        ["Support weekly: Ashwick Rape and Sexual Abuse Support, 3 Mill Lane, Denby DV9 3QT."],
        ["Mill Lane", "DV9"],
        ["Sexual Abuse Support"],
    ),
    # ... guard: in a list of a sender's details, the organisation after a comma is kept.
    (
        "sender's organisation",
        ["Referral from Gwen Tallis, Probation Officer, Ashwick Probation Unit, 3 Corn Mill Yard, AS1 5TH, today."],
        ["Tallis", "Corn Mill", "AS1"],
        ["Probation Officer", "Ashwick Probation Unit"],
    ),
    # A record person's given name with a possessive "s" and no apostrophe, as a text types it.
    (
        "possessive without apostrophe",
        ["M 12:48: he sent flowers to lovedays is that allowed", "Went to Lovedays after school."],
        ["lovedays", "Lovedays"],
        ["sent flowers to", "after school"],
    ),  # v17
    # ... guard: a name that is a word keeps its ordinary plural ("roses" of Rose).
    ("word name", ["She picked roses in the garden. Rose came later."], ["Rose came"], ["picked roses"]),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), CASES, ids=[c[0] for c in CASES])
def test_rules_version_18_in_a_whole_case(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(_redacted(notes), gone, kept, label)


FULL_NAMES: list[tuple[str, str | None]] = [
    # (sentence, the full name the rule finds: None = none). The function is new in v18, so these
    # rows cannot run on v17; the NER misses such a name only in some long notes, which a short
    # invented note does not reproduce.
    ("Covering the late shift, Rosalind Penhallow took the handover.", "Rosalind Penhallow"),
    ("The placement is calm and Euphemia Tallack covers weekends.", "Euphemia Tallack"),
    # ... guards: a word for a family name, a place, an institution's third word, a given name
    # that is a word, a sentence's first words.
    ("We walked down to Florence Street after school.", None),
    ("She waited, Grace Darling said nothing.", None),
    ("He goes to Rosalind Penhallow House on Fridays.", None),
    ("Then Will Pascoe came round.", None),
    ("Rosalind Penhallow took the handover.", None),
]


@pytest.mark.parametrize(("text", "expected"), FULL_NAMES)
def test_a_full_name_written_mid_sentence_with_no_cue(text: str, expected: str | None) -> None:
    from redaction.context_rules import full_names

    found = [s.text_in(text) for s in full_names(text)]
    assert found == ([] if expected is None else [expected])
