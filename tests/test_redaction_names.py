"""The hard cases of names in notes, table-driven through the whole case redactor (shipped NER).

Each row: a note about the fixture family (child Amelia Khan-Smith, mother Zoë Khan, mother's
partner Gary Hill, maternal grandmother Hope Brown, worker Sarah Jones), the strings that must be
gone from the redacted text, and the strings that must survive.
"""

from __future__ import annotations

import pytest

from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

ROWS: list[tuple[str, str, list[str], list[str]]] = [
    ("plain full name", "Visited Amelia Khan-Smith at home.", ["Amelia", "Khan-Smith"], ["Visited", "at home"]),
    ("hyphen part alone", "Spoke to Miss Smith about school.", ["Smith"], ["Spoke to", "about school"]),
    ("ALL-CAPS surname", "Mum Zoë KHAN attended with AMELIA.", ["KHAN", "AMELIA", "Zoë"], ["Mum", "attended"]),
    ("accent dropped", "Zoe said she was tired.", ["Zoe"], ["said she was tired"]),
    ("accent kept", "Zoë said she was tired.", ["Zoë"], ["said she was tired"]),
    ("lowercase name", "saw amelia and gary in the kitchen", ["amelia", "gary"], ["kitchen"]),
    ("sentence start", "Gary answered the door. Amelia was upstairs.", ["Gary", "Amelia"], ["answered the door"]),
    ("possessive", "Amelia's bedroom was tidy; Gary's car was outside.", ["Amelia", "Gary"], ["'s bedroom", "'s car"]),
    ("title and surname", "Mrs Khan and Mr Hill both attended.", ["Khan", "Hill"], ["both attended"]),
    (
        "word-like name used as a name",
        "Hope Brown (MGM) collected her. Hope said all was well.",
        ["Hope", "Brown"],
        ["collected her"],
    ),
    (
        "word-like name used as a word",
        "Mum said there is hope now; brown stains on the carpet.",
        [],
        ["hope now", "brown stains"],
    ),
    ("month that is a name elsewhere", "Review moved to May. ICPC on 3 May 2024.", [], ["moved to May", "3 May 2024"]),
    ("staff display name", "Sarah Jones completed the visit.", ["Sarah", "Jones"], ["completed the visit"]),
    (
        "neighbour not on the record",
        "Neighbour Pauline Okonjo rang at 10:30 with concerns.",
        ["Pauline", "Okonjo"],
        ["10:30"],
    ),
    ("police officer not on the record", "DC Marsh attended with PC Abdi.", ["Marsh", "Abdi"], ["DC", "PC"]),
    ("pet is not a person", "The family dog, Biscuit, barked. A cat called Luna.", [], ["Biscuit", "Luna"]),
    (
        "agency terms survive",
        "MASH referral; CAMHS and s47 discussed; ICPC booked.",
        [],
        ["MASH", "CAMHS", "s47", "ICPC"],
    ),
    (
        "event dates kept, DOB redacted",
        "Amelia (DOB 12/03/2015) was seen on 12/03/2024.",
        ["12/03/2015"],
        ["12/03/2024"],
    ),
    ("recorded DOB without a cue", "Birthday is 12th March 2015 apparently.", ["12th March 2015"], ["Birthday"]),
    ("recorded phone in another layout", "Mum's number is +44 7700 900 123.", ["7700", "900"], ["Mum's number"]),
]


@pytest.mark.parametrize(("label", "text", "gone", "kept"), ROWS, ids=[r[0] for r in ROWS])
def test_hard_names(label: str, text: str, gone: list[str], kept: list[str]) -> None:
    redactor = shared_redactor()
    out = redactor.redact_case(make_case([text]), STAFF).notes[0].text
    assert_gone_and_kept(out, gone, kept, label)


def test_entities_point_into_the_original_text() -> None:
    redactor = shared_redactor()
    text = "Gary Hill rang 07700 900123 about Amelia."
    note = redactor.redact_case(make_case([text]), STAFF).notes[0]
    assert [(text[e.start : e.end], e.type, e.token) for e in note.entities] == [
        ("Gary Hill", "PERSON", "[MOTHER'S PARTNER]"),
        ("07700 900123", "PHONE", "[PHONE 1]"),
        ("Amelia", "PERSON", "[CHILD]"),
    ]
