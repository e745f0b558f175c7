"""Rules version 29 (session 16): a long given name shortened to its last letters, where they are a word.

Yoruba, Igbo and many other names are shortened from their end, not their start: a child recorded
by a long given name is called by its last four or five letters on every line of the case. Where
those letters are also an English word, `short_forms` leaves them out and the notes' own "Tide
said ..." was kept raw in every note. The case's evidence now decides, as for a three-letter
prefix: written capitalised mid-sentence or before a person's verb, never small, and never before a
number.

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v28" fail on the v28 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from redaction.redactor import RULES_VERSION
from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CASES: list[tuple[str, dict[str, str], list[str], list[str], list[str]]] = [
    # (label, the child's names, the case's notes, text that must be gone, text that must stay)
    (
        "the end of a long given name that is an English word, named by the case",
        {"given_name": "Olatide", "family_name": "Balogun"},
        [
            "Olatide Balogun is 12.",
            "Tide said she was tired after school.",
            "Contact went well and Tide enjoyed the park.",
            "Tide has a new phone. Mum said Tide is eating better.",
        ],
        ["Tide"],
        ["said she was tired", "enjoyed the park"],
    ),  # v28
    (
        "the same letters written small stay a word",
        {"given_name": "Olatide", "family_name": "Balogun"},
        [
            "Olatide Balogun is 12.",
            "Contact went well and Tide enjoyed the park.",
            "Olatide waited for the tide at the beach with her uncle.",
        ],
        [],
        ["for the tide"],
    ),
    (
        "the letters before a number are a label, not the person",
        {"given_name": "Adeline", "family_name": "Mercer"},
        [
            "Adeline Mercer is 7.",
            "The duty phone Line 3 was down, so mum rang the office.",
            "Adeline said she likes her new teacher.",
        ],
        [],
        ["Line 3"],
    ),
]


@pytest.mark.parametrize(("label", "child", "notes", "gone", "kept"), CASES, ids=[c[0] for c in CASES])
def test_long_name_tail(label: str, child: dict[str, str], notes: list[str], gone: list[str], kept: list[str]) -> None:
    case = make_case(notes, people=[], **child)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)
    assert_gone_and_kept(out, gone, kept, label)


def test_rules_version_is_29() -> None:
    assert RULES_VERSION == "29"
