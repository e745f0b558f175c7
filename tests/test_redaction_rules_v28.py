"""Rules version 28 (session 16): a name that is also an everyday word, where the text says it is a name.

A gang nickname that a word list holds ("the men were X and Y and the boy", Y a plural verb) was
dropped as an ordinary word, though it is capitalised in mid-sentence and listed with a person the
case names. A relative's pet name typed small after a kin word in a pasted message ("aunty x is
doing it now") was refused because the pet name is an English word and a guessed name needs its
capital there.

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v27" fail on the v27 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Corin", "family_name": "Ashdown"}
GREAT_AUNT = {
    "person_id": "P2",
    "given_name": "Roberta",
    "family_name": "Quenby",
    "relationship": "maternal great-aunt",
}
UNCLE = {"person_id": "P3", "given_name": "William", "family_name": "Ashdown", "relationship": "uncle"}
TEXTS = "Texts copied in:\n09:01 Mum: {}\n09:03 SW: thanks for letting me know"

CASES: list[tuple[str, list[dict[str, str]], list[str], list[str], list[str]]] = [
    # (label, the record's people, the case's notes, text that must be gone, text that must stay)
    (
        "an everyday word listed with a nickname the case gives",
        [],
        [
            "Corin Ashdown is 9.",
            'Police say an older male known as "Jonno" visits the flat.',
            'Corin said the men were "Jonno and Hooks and the boy".',
        ],
        ["Hooks"],
        ["the boy"],
    ),  # v27
    (
        "the same word in small letters stays a word",
        [],
        [
            "Corin Ashdown is 9.",
            'Police say an older male known as "Jonno" visits the flat.',
            'Corin said the men were "Jonno and Hooks and the boy".',
            "Coat hooks were fitted in the hall.",
        ],
        ["Hooks and"],
        ["Coat hooks were fitted"],
    ),  # v27
    (
        "a capitalised word beside a word that is no one's name stays",
        [],
        ["Corin Ashdown is 9.", "The room has Tables and Chairs from the charity."],
        [],
        ["Tables and Chairs"],
    ),
    (
        "a pet name typed small after a kin word in a pasted message",
        [GREAT_AUNT],
        [
            "Corin Ashdown is 9.",
            "Visit to Mrs Quenby. Present: Mum and Aunty Bonnie. Kaylee playing.",
            "Corin said he likes being at Aunty Bonnie's because she cooks.",
            "Plan: Corin to stay with Aunty Bonnie.",
            TEXTS.format("aunty bonnie is picking him up now"),
        ],
        ["Bonnie", "bonnie"],
        ["is picking him up now"],
    ),  # v27
    (
        "a common word after a kin word stays a word",
        [UNCLE],
        ["Corin Ashdown is 9.", "William Ashdown rang.", TEXTS.format("uncle will be late today")],
        ["William"],
        ["uncle will be late"],
    ),
]


@pytest.mark.parametrize(("label", "people", "notes", "gone", "kept"), CASES, ids=[c[0] for c in CASES])
def test_everyday_word_as_a_name(
    label: str, people: list[dict[str, str]], notes: list[str], gone: list[str], kept: list[str]
) -> None:
    case = make_case(notes, people=people, **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)
    assert_gone_and_kept(out, gone, kept, label)
