"""Rules version 27 (session 15, a new corpus opened for privacy): raw values that reached the stores.

A staff member's relationship naming the building the child lives in ("key worker, X House") became
the person's token, so the home's name was in every store and audit row although the notes redact it
as an address. A record child's three-letter short form was refused because a pasted text message
wrote it small ("and fen has a cold lol"). A pet form made of the first three letters and an "s"
("Jacs" of Jacqueline) was taken by no rule.

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v26" fail on the v26 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from redaction.audit_copy import audit_copy
from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

HOME = "Corvell House, 3 Horton Road, Leeds, LS6 2AB"


def _redacted(child: dict[str, str], people: list[dict[str, str]], notes: list[str]) -> tuple[str, dict[str, str]]:
    case = make_case(notes, people=people, **child)
    redacted = shared_redactor().redact_case(case, STAFF)
    return "\n".join(n.text for n in redacted.notes), redacted.vault


ROLE_CASES: list[tuple[str, str, str, list[str]]] = [
    # (label, the key worker's relationship, the child's address, words no token may hold)
    ("a relationship naming the child's home after a comma", "key worker, Corvell House", HOME, ["CORVELL"]),  # v26
    ("a relationship naming the child's home in brackets", "registered manager (Corvell House)", HOME, ["CORVELL"]),  # v26
    ("a relationship naming the child's street", "neighbour on Horton Road", HOME, ["HORTON"]),  # v26
]


@pytest.mark.parametrize(("label", "relationship", "address", "banned"), ROLE_CASES, ids=[c[0] for c in ROLE_CASES])
def test_role_token_holds_no_recorded_place(label: str, relationship: str, address: str, banned: list[str]) -> None:
    child = {"given_name": "Rowan", "family_name": "Ashdown", "address": address}
    people = [{"person_id": "P1", "given_name": "Ottilie", "family_name": "Brackwell", "relationship": relationship}]
    out, vault = _redacted(child, people, ["Rowan Ashdown is 14.", "Ottilie Brackwell says Rowan slept well."])
    tokens = " ".join(vault)
    for word in banned:
        assert word not in tokens.upper(), f"{label}: {word} in tokens {tokens}"
        assert word not in out.upper(), f"{label}: {word} in {out!r}"
    assert "Ottilie" not in out


def test_role_without_a_place_is_unchanged() -> None:
    child = {"given_name": "Rowan", "family_name": "Ashdown", "address": HOME}
    people = [{"person_id": "P1", "given_name": "Ottilie", "family_name": "Brackwell", "relationship": "key worker"}]
    _, vault = _redacted(child, people, ["Ottilie Brackwell says Rowan slept well."])
    assert "[KEY WORKER]" in vault


NAME_CASES: list[tuple[str, dict[str, str], list[str], list[str], list[str]]] = [
    # (label, the child, the case's notes, text that must be gone, text that must stay)
    (
        "a short form written small only in a pasted text message",
        {"given_name": "Fenwick", "family_name": "Ashdown"},
        [
            "Fenwick Ashdown is 7.",
            "Mum said she was proud of Fen, he read to her.",
            "Texts copied in:\n21:40 Mum: fen has got a cold lol\n21:42 SW: thanks for letting me know",
        ],
        ["Fen,"],
        ["thanks for letting me know"],
    ),  # v26
    (
        "the first three letters and an s as a pet form",
        {"given_name": "Jacqueline", "family_name": "Ashdown"},
        ["Jacqueline Ashdown is 4.", "Mum has not had a night away from Jacs since the operation."],
        ["Jacs"],
        ["since the operation"],
    ),  # v26
    (
        "a short form also written small in an ordinary sentence stays refused",
        {"given_name": "Fenwick", "family_name": "Ashdown"},
        ["Fenwick Ashdown is 7.", "Mum said she was proud of Fen, he read to her.", "Walk by the fen at weekends."],
        [],
        ["by the fen at"],
    ),
    (
        "a prefix and s that is a common word is no name",
        {"given_name": "Patricia", "family_name": "Ashdown"},
        ["Patricia Ashdown is 9.", "Nan said she pats the dog twice a day."],
        ["Patricia"],
        ["pats the dog"],
    ),
]


@pytest.mark.parametrize(("label", "child", "notes", "gone", "kept"), NAME_CASES, ids=[c[0] for c in NAME_CASES])
def test_short_forms_v27(label: str, child: dict[str, str], notes: list[str], gone: list[str], kept: list[str]) -> None:
    out, _ = _redacted(child, [], notes)
    assert_gone_and_kept(out, gone, kept, label)


AUDIT_CASES: list[tuple[str, str, dict[str, str], list[str], list[str]]] = [
    # (label, the question, the case's vault, text that must be gone, text that must stay)
    (
        "a home called by its building's name alone",
        "has Ofsted inspected corvell since the fire?",
        {"[ADDRESS 1]": "Corvell House"},
        ["corvell"],
        ["since the fire"],
    ),  # v26
    (
        "a street called by its name alone",
        "any police calls to Quenby lately?",
        {"[ADDRESS 1]": "12 Quenby Walk"},
        ["Quenby"],
        ["police calls"],
    ),  # v26
    (
        "a street name that is an English word stays a word",
        "did the castle trip go ahead?",
        {"[ADDRESS 1]": "14 Castle Road"},
        [],
        ["castle trip"],
    ),
]


@pytest.mark.parametrize(("label", "question", "vault", "gone", "kept"), AUDIT_CASES, ids=[c[0] for c in AUDIT_CASES])
def test_audit_copy_masks_a_place_name_alone(
    label: str, question: str, vault: dict[str, str], gone: list[str], kept: list[str]
) -> None:
    assert_gone_and_kept(audit_copy(question, vault), gone, kept, label)
