"""Rules version 22 (session 13): a record given name cut to two letters and typed small in a pasted
message; a guessed name the case itself writes after an article (in small letters, or ending in a
service's capitals) is a service or term, not a person; a name followed by its kind of place in
small letters ("family centre", "police station", "campus"), a pharmacy or campus, and a street
after "on" are places in every note of the case; an agency term made a verb ("NFA'd") is no person.

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v21" fail on the v21 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from redaction.gazetteer import two_letter_form
from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Tamsin", "family_name": "Penhallow"}
FAMILY = [
    {"person_id": "P1", "given_name": "Ysolde", "family_name": "Penhallow", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Uzma", "family_name": "Trewin", "relationship": "aunt"},
    {"person_id": "P3", "given_name": "Jowan", "family_name": "Penhallow", "relationship": "brother"},
]


def _redacted(notes: list[str]) -> str:
    case = make_case(notes, people=FAMILY, **CHILD)
    return "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)


CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay)
    # Two letters of a given name, typed small, in a pasted thread.
    (
        "two letters in a thread with senders",
        ["Tamsin Penhallow is 9.", "Texts pasted:\n  Dad: ys u no i love u\n  Mum: stop texting"],
        ["ys u no"],
        ["i love u", "stop texting"],
    ),  # v21
    (
        "two letters after a time stamp",
        ["Tamsin Penhallow is 9.", "Screenshot: [21:04] Dad: uz im outside open the door"],
        [" uz im"],
        ["outside open the door"],
    ),  # v21
    # ... guards: a two-letter form that is a word ("jo" of Jowan) stays; capitals are initials;
    # the author's own line is no message.
    (
        "a two-letter word stays",
        ["Tamsin Penhallow is 9.", "Texts pasted:\n  Dad: jo is fine i promise\n  Mum: ok"],
        [],
        ["jo is fine"],
    ),
    (
        "two letters in the author's own sentence",
        ["Tamsin Penhallow is 9.", "Mum said ys was not a word she knew."],
        [],
        ["said ys was"],
    ),
    # A guessed name the case writes after an article is a service: it is not swept through the case,
    # and the note that writes it so is not held back by the leak re-scan.
    (
        "a service by its area and capitals",
        [
            "Tamsin Penhallow is 9.",
            "Plan sent. Brackenfold TES and school nurse informed.",
            "Move to the Brackenfold TES.",
        ],
        [],
        ["Brackenfold TES and school nurse", "Move to the Brackenfold TES"],
    ),  # v21
    (
        "a service the case writes small after an article",
        [
            "Tamsin Penhallow is 9.",
            "EXTRACT - Short Stays & Continuing Care Joint Panel, 3.2.25",
            "Referral to the short stays service agreed.",
        ],
        [],
        ["Short Stays & Continuing Care", "the short stays service"],
    ),  # v21
    # ... guards: a person's name used as a label after "the", or a family after "the", stays a person.
    (
        "a full name as a label after the",
        ["Tamsin Penhallow is 9.", "Kofi Mensah and the school nurse informed.", "Ysolde to see the Kofi Mensah team."],
        ["Kofi Mensah"],
        ["and the school nurse informed", "team"],
    ),
    # A place's own name with its kind written small after it, a pharmacy or campus, a street after "on":
    # a place in every note of the case, where the NER guessed the bare name as a person.
    (
        "family centre",
        ["Tamsin Penhallow is 9.", "Contact at the Brinsworth family centre.", "Brinsworth rang to move it."],
        [],
        ["Brinsworth family centre", "Brinsworth rang"],
    ),  # v21
    (
        "police station",
        ["Tamsin Penhallow is 9.", "Strategy meeting, Quarrybank police station + Teams.", "Quarrybank said yes."],
        [],
        ["Quarrybank police station", "Quarrybank said"],
    ),  # v21
    (
        "street after on",
        ["Tamsin Penhallow is 9.", "His van was parked on Sorrel Street last night.", "Sorrel Street is near school."],
        [],
        ["on Sorrel Street last night", "Sorrel Street is near"],
    ),  # v21
    (
        "pharmacy",
        ["Tamsin Penhallow is 9.", "Prescriptions now go to Marlpit Pharmacy.", "Marlpit Pharmacy rang mum."],
        [],
        ["go to Marlpit Pharmacy", "Marlpit Pharmacy rang"],
    ),  # v21
    (
        "campus",
        ["Tamsin Penhallow is 9.", "Email from the course leader, Aldwick Vale campus.", "Aldwick Vale confirmed."],
        [],
        ["Aldwick Vale campus", "Aldwick Vale confirmed"],
    ),  # v21
    (
        "a person whose family name is a street word",
        ["Tamsin Penhallow is 9.", "Spoke to Gemma Street about the plan.", "Gemma Street agreed."],
        ["Gemma Street"],
        ["about the plan", "agreed"],
    ),
    # An agency term made a verb.
    (
        "a term made a verb",
        ["Tamsin Penhallow is 9.", "The investigation into the uncle has been NFA'd (no evidence)."],
        [],
        ["has been NFA'd (no evidence)"],
    ),  # v21
    (
        "another term made a verb",
        ["Tamsin Penhallow is 9.", "The allegation against the teacher was LADO'd last week."],
        [],
        ["was LADO'd last week"],
    ),  # v21
    (
        "a family after the",
        ["Tamsin Penhallow is 9.", "Dara Okonjo rang.", "Visit to the Dara Okonjo family."],
        ["Dara Okonjo"],
        ["Visit to the"],
    ),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), CASES, ids=[c[0] for c in CASES])
def test_v22_rules(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(_redacted(notes), gone, kept, label)


FORMS: list[tuple[str, str | None]] = [
    # (given name, its two-letter form or None)
    ("Ysolde", "ys"),
    ("Uzma", "uz"),
    ("Jowan", None),  # "jo" is a word of the vocabulary
    ("Ola", None),  # too short a name: "ol" would be most of it
    ("Tony", None),  # "to" is a word
]


@pytest.mark.parametrize(("given", "form"), FORMS)
def test_two_letter_form(given: str, form: str | None) -> None:
    assert two_letter_form(given) == form


HELD: list[tuple[str, list[str]]] = [
    # (label, the case's notes): no note may be held back from the index by the leak re-scan.
    (
        "service by area and capitals",
        ["Tamsin Penhallow is 9.", "Summary sent. Pellow TES and health visiting informed.", "Move to the Pellow TES."],
    ),
    (
        "service written small",
        [
            "Tamsin Penhallow is 9.",
            "EXTRACT - Short Breaks & Care Joint Panel",
            "Referral to the short breaks service.",
        ],
    ),  # both v21
]


@pytest.mark.parametrize(("label", "notes"), HELD, ids=[h[0] for h in HELD])
def test_a_service_guessed_as_a_person_holds_no_note(label: str, notes: list[str]) -> None:
    case = make_case(notes, people=FAMILY, **CHILD)
    assert shared_redactor().redact_case(case, STAFF).leaks == [], label
