"""Rules version 21 (session 12): a record person's initials that are also a title ("DR", "MR", "MX")
are that person's initials when written in capitals with no name after them; a line of a thread
pasted with senders and no time stamps ("Mum: ", "DR: ") is a line typed without capitals.

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v20" fail on the v20 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Morwenna", "family_name": "Pascoe"}
FAMILY = [
    {"person_id": "P1", "given_name": "Keziah", "family_name": "Pascoe", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Desmond", "family_name": "Rudge", "relationship": "stepfather"},
    {"person_id": "P3", "given_name": "Mattias", "family_name": "Roskilly", "relationship": "father"},
    {"person_id": "P4", "given_name": "Maxine", "family_name": "Xuereb", "relationship": "aunt"},
]


def _redacted(notes: list[str]) -> str:
    case = make_case(notes, people=FAMILY, **CHILD)
    return "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)


CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay)
    # A parent's initials that spell a title, in capitals, with no name after them.
    (
        "DR mid-sentence",
        ["Desmond Rudge is the stepfather.", "Police to visit tonight, DR to be arrested if at home."],
        ["DR to be"],
        ["Police to visit tonight", "to be arrested"],
    ),  # v20
    (
        "DR as a message sender and possessive",
        ["Desmond Rudge lives nearby.", "Pasted as sent:\n  DR: i miss u\n  Mum: stop", "DR's bail says no."],
        ["DR:", "DR's"],
        ["i miss u", "bail says no"],
    ),  # v20
    (
        "MR at a line start",
        ["Mattias Roskilly is the father.", "MR not invited, per police advice."],
        ["MR not"],
        ["not invited, per police advice"],
    ),  # v20
    (
        "MX",
        ["Maxine Xuereb is the aunt.", "Contact at the aunt's: MX to supervise."],
        ["MX to"],
        ["to supervise"],
    ),  # v20
    # A record person's short form typed small in a thread pasted with senders and no times.
    (
        "small short form in a thread with no times",
        ["Morwenna Pascoe is 12.", "Pasted as sent:\n  Mum: wenna wont eat again\n  DR: ok"],
        ["wenna"],
        ["wont eat again"],
    ),  # v20
    (
        "thread line after a capitals sender",
        ["Morwenna Pascoe is 12.", "Texts:\n  DR: shes always been jealous of me and wenna\n  Mum: stop"],
        ["wenna"],
        ["jealous of me and"],
    ),  # v20
    # ... guards: a lone "Mum: ..." line is the author's own writing, not a thread.
    (
        "lone sender-like line",
        ["Morwenna Pascoe is 12.", "Visit today.\nMum: said wenna is a word she hates.\nPlan agreed."],
        [],
        ["said wenna is"],
    ),
    # A name someone gives themselves, in quotes: a persona online is a person's name.
    (
        "an account calling itself",
        ["Morwenna Pascoe is 12.", 'Messages from an account calling itself "Tamsin" asking for photos.'],
        ["Tamsin"],
        ["an account calling itself", "asking for photos"],
    ),  # v20
    (
        "he calls himself",
        ["Morwenna Pascoe is 12.", 'An older boy who calls himself "Rocco" waits outside school.'],
        ["Rocco"],
        ["who calls himself", "waits outside school"],
    ),  # v20
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), CASES, ids=[c[0] for c in CASES])
def test_title_letters_as_initials(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(_redacted(notes), gone, kept, label)


TITLES: list[tuple[str, str]] = [
    # (label, a note where the capitals are the title): the stepfather's token must not appear in it.
    ("title before a name in capitals", "Letter from DR ABARA at the clinic about sleep."),
    ("title before a name, dotted", "Letter from DR. Abara at the clinic about sleep."),
    ("title in mixed case", "Seen by Dr Abara at the clinic."),
]


@pytest.mark.parametrize(("label", "note"), TITLES, ids=[t[0] for t in TITLES])
def test_a_title_before_a_name_stays_a_title(label: str, note: str) -> None:
    out = _redacted(["Desmond Rudge is the stepfather.", note]).splitlines()[-1]
    assert "[STEPFATHER]" not in out, f"{label}: {out!r}"
    assert "at the clinic" in out
