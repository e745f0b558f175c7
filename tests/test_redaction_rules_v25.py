"""Rules version 25 (session 14): a record given name's first two letters as the family's short
form ("Ro" of a Rowena), a building address with its town and no street ("Flat 4, Pellam House,
Leeds"), and a family name opened by a patronymic particle ("Orlaith Ní Chathasaigh").

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v24" fail on the v24 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Orrin", "family_name": "Selworthy"}
FAMILY = [
    {"person_id": "P1", "given_name": "Rowena", "family_name": "Selworthy", "relationship": "sister"},
    {"person_id": "P2", "given_name": "Keziah", "family_name": "Pellow", "relationship": "mother"},
    {"person_id": "P3", "given_name": "Stephen", "family_name": "Pellow", "relationship": "father"},
]


def _redacted(notes: list[str]) -> str:
    case = make_case(notes, people=FAMILY, **CHILD)
    return "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)


CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay)
    (
        "two letters of a record given name in mid-sentence",
        ["Orrin Selworthy is 6.", 'Dad said "we cannot keep Ro going to that school".'],
        ["Ro going"],
        ["going to that school"],
    ),  # v24
    (
        "two letters before a verb only a person takes",
        ["Orrin Selworthy is 6.", "10:20 Ke rang to cancel the visit."],
        ["Ke rang"],
        ["rang to cancel the visit"],
    ),  # v24
    (
        "a flat in a named building, then its town, no street",
        ["Orrin Selworthy is 6.", "Uncle believed to be living at Flat 4, Pellam House, Leeds. No checks yet."],
        ["Pellam House", "Leeds"],
        ["No checks yet"],
    ),  # v24
    (
        "a given name then a family name opened by Ní",
        ["Orrin Selworthy is 6.", "Update from the parenting assessor, Orlaith Ní Chathasaigh.\nSessions held: 4."],
        ["Orlaith", "Chathasaigh"],
        ["Sessions held: 4"],
    ),  # v24
    (
        "a particle after a given name when the family word is guessed on its own too",
        ["Orrin Selworthy is 6.", "Rhys ap Gwilym rang about the referral."],
        ["Rhys", "Gwilym", " ap "],
        ["rang about the referral"],
    ),  # v24
    # ... guards: two letters the case writes small, a title's letters, a town written on its own,
    # a particle word that is no name.
    (
        "two letters the case writes small are a word",
        ["Orrin Selworthy is 6.", "Mum said Ro was asleep.", "He said ro ro ro the boat."],
        [],
        ["Ro was asleep"],
    ),
    (
        "a street abbreviation is no short form of Stephen",
        ["Orrin Selworthy is 6.", "Dad said St Anne's is the school he wants."],
        [],
        ["St Anne's"],
    ),
    (
        "a town written on its own after a visit stays",
        ["Orrin Selworthy is 6.", "Family moved to Leeds last spring. Pellam House school place offered."],
        [],
        ["moved to Leeds"],
    ),
    (
        "a bin put out is no patronymic",
        ["Orrin Selworthy is 6.", "Keziah put the rubbish in the bin Monday."],
        ["Keziah"],
        ["in the bin Monday"],
    ),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), CASES, ids=[row[0] for row in CASES])
def test_rules_v25(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(_redacted(notes), gone, kept)

