"""Record values that must never survive redaction, however a worker writes them: a recorded street
without its house number, a building of a recorded flat, a short form of a recorded given name; and
people off the record whom the wording names (a quoted nickname, a given name before a family name
the model knows, a titled officer signing off with a date, a name before a numbered list item).

Every row failed on rules version 4. Names and addresses are invented for these tests.
"""

from __future__ import annotations

import pytest

from redaction.context_rules import with_given_name
from redaction.gazetteer import short_forms
from redaction.record import address_values, street_parts
from redaction.spans import PERSON, Span
from tests.redaction_fixtures import STAFF, make_case, shared_redactor

FAMILY = [
    {
        "person_id": "P1",
        "given_name": "Morwenna",
        "family_name": "Trelawny",
        "relationship": "Mother",
        "address": "Flat 4, Gorsedene Court, 7 Wenlock Garth, Hexley, HX9 3QT",
    },
    {
        "person_id": "P2",
        "given_name": "Ottoline",
        "family_name": "Trelawny",
        "relationship": "Maternal grandmother",
        "address": "31 Brackenholm Vale Road, Spurley Moor, HX9 7LD",
    },
    {"person_id": "P3", "given_name": "Casimir", "family_name": "Zawadzki", "relationship": "Mother's partner"},
]
CHILD = {"given_name": "Ysolde", "family_name": "Trelawny", "address": "31 Brackenholm Vale Road, Spurley Moor"}


@pytest.mark.parametrize(
    ("address", "parts"),
    [
        ("31 Brackenholm Vale Road, Spurley Moor, HX9 7LD", ["31 Brackenholm Vale Road", "Brackenholm Vale Road"]),
        (
            "Flat 4, Gorsedene Court, 7 Wenlock Garth, Hexley, HX9 3QT",
            ["Flat 4, Gorsedene Court, 7 Wenlock Garth", "Gorsedene Court", "7 Wenlock Garth", "Wenlock Garth"],
        ),
        ("12a Pike Lane", ["12a Pike Lane", "Pike Lane"]),
        ("Foster placement (address on placement record)", []),
        ("Rowan Cottage, Hexley HX9 1AB", []),  # nothing numbered: no street to tell from a town
    ],
)
def test_street_parts(address: str, parts: list[str]) -> None:
    assert street_parts(address) == parts


def test_address_values_hold_the_street_without_its_number() -> None:
    values = {v.value for v in address_values("9 Tansyfield Close, Ormsby Edge, WF99 0ZZ")}
    assert {"9 Tansyfield Close", "Tansyfield Close"} <= values
    assert "Ormsby Edge" not in values  # the district or town is kept


@pytest.mark.parametrize(
    ("given", "forms"),
    [
        ("Ysolde", ["Yso", "Ysol"]),
        ("Leopold", ["Leo", "Leop", "Leopo"]),  # "Leo" is a word (a star sign) but an English given name itself (v10)
        ("Theodora", ["Theo", "Theod"]),  # "The" is a word; "Theo" is not a common word (v8: from 4 letters)
        ("Carla", []),  # "Car" is a word
        ("Ines", []),  # too short to shorten
    ],
)
def test_short_forms(given: str, forms: list[str]) -> None:
    """The prefixes come first, in order; pet forms (rules version 9) follow them."""
    assert short_forms(given)[: len(forms)] == forms
    assert not set(short_forms(given)[len(forms) :]) & {f[:n] for f in [given] for n in range(3, 6)}


@pytest.mark.parametrize(
    ("given", "pet", "absent"),
    [
        ("Hakeem", "Keem", "Hakeem"),  # the end of a long name
        ("Jaswinder", "Jassi", "Winder"),  # a short stem, its consonant doubled, a pet ending
        ("Robert", "Robby", "Robbie"),  # "Robbie" is in the model's vocabulary (names are): left to the model
        ("Carla", None, "Carly"),  # a stem ending in a vowel takes no pet ending here
    ],
)
def test_pet_forms_that_are_not_prefixes(given: str, pet: str | None, absent: str) -> None:
    forms = short_forms(given)
    assert pet is None or pet in forms
    assert absent not in forms


def test_a_pet_form_redacts_the_person_in_a_note() -> None:
    """Nicknames no prefix rule finds reached the index raw on a blind corpus (session 6)."""
    from redaction.gazetteer import Gazetteer, KnownPerson

    gazetteer = Gazetteer([KnownPerson(key="P01", given="Hakeem", family="Oyelaran", role="child")])
    spans = gazetteer.find("Keem said he was fine. Keeping it short, keem.")
    assert [(s.start, s.end) for s in spans] == [(0, 4)]


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        # a recorded street or building written without the house number
        ("Nan (MGM) lives at Brackenholm Vale Road and works nights.", ["Brackenholm Vale Road"]),
        ("A car was seen on Wenlock Garth by a neighbour.", ["Wenlock Garth"]),
        ("Mum's flat is in Gorsedene Court, first floor.", ["Gorsedene Court"]),
        ("Nan lives at 31 brackenholm vale road now.", ["brackenholm vale road"]),
        # a short form of a recorded given name
        ("Casimir gets cross with Yso when she screams.", ["Yso", "Casimir"]),
        # a quoted nickname (an English word, so the model's guess alone is dropped) that the note
        # gives after a relation or "known as", or equates with a person
        ('Mum\'s friend "Spider" arrived at the end. Spider left soon after.', ["Spider"]),
        ('Mum\'s partner, named to police only as "Spider", was drunk. Spider left.', ["Spider"]),
        ('Findings: "Spider" is Casimir ZAWADZKI. Spider has moved out.', ["Spider"]),
        # a name before a numbered item, a titled officer before a numeric date
        ("3. Tracing referral for Yohannes. 4. Review in May. Yohannes is his brother.", ["Yohannes"]),
        ("DC Gwilym Prothero attended. Shared by DC Prothero 15/10/25 11:30.", ["Prothero"]),
    ],
)
def test_value_or_name_never_survives(note: str, gone: list[str]) -> None:
    case = make_case([note], FAMILY, **CHILD)
    redacted = shared_redactor().redact_case(case, STAFF)
    text = redacted.notes[0].text
    for value in gone:
        assert value.lower() not in text.lower(), text


def test_leak_rescan_holds_back_a_street_the_redactor_left() -> None:
    """The re-scan reads the same record values: a street part still in a note keeps it out of the
    index. Here the street sits inside an unredactable run (glued to a word), as a typo would leave it."""
    from redaction.gazetteer import KnownValue
    from redaction.leaks import LeakScanner

    scanner = LeakScanner([], [KnownValue("ADDRESS", v) for v in street_parts("7 Wenlock Garth, Hexley")])
    assert scanner.leaks("Seen on Wenlock Garth again.") == ["Wenlock Garth"]
    assert scanner.leaks("Seen in Hexley again.") == []


@pytest.mark.parametrize(
    "note",
    [
        "The meeting was moved. Theodora's school rang.",  # "The" is never taken as a short form
        "Ever since the move he sleeps well.",
        'She described the flat as "Chaotic" on the day.',
        "Summer 5 was the last session.",
    ],
)
def test_ordinary_words_survive(note: str) -> None:
    case = make_case(
        [note],
        [*FAMILY, {"person_id": "P9", "given_name": "Everard", "family_name": "Lusk", "relationship": "Uncle"}],
        **CHILD,
    )
    text = shared_redactor().redact_case(case, STAFF).notes[0].text
    for word in ("The ", "Ever ", "Chaotic", "Summer"):
        if word in note:
            assert word in text, text


@pytest.mark.parametrize(
    ("text", "guessed", "widened"),
    [
        # the model found only the family name: the given name before it goes with it
        ("Present: TM, EO, Anjali Selvanathan (LA solicitor).", "Selvanathan", "Anjali Selvanathan"),
        ("Present: TM, EO, Anjali SELVANATHAN (LA solicitor).", "SELVANATHAN", "Anjali SELVANATHAN"),
        ("Yesterday Selvanathan rang.", "Selvanathan", "Selvanathan"),  # an English word
        ("Spoke to DC Selvanathan.", "Selvanathan", "Selvanathan"),  # a title, not a name
        ("Compass Selvanathan rang.", "Selvanathan", "Selvanathan"),  # an English word (a service name)
        ("Present: EO, Anjali Selvanathan.", "Anjali Selvanathan", "Anjali Selvanathan"),  # already two words
    ],
)
def test_given_name_before_a_guessed_family_name(text: str, guessed: str, widened: str) -> None:
    start = text.index(guessed)
    span = with_given_name(text, Span(start, start + len(guessed), PERSON, "ner"))
    assert span.text_in(text) == widened


def test_whole_recorded_address_line_is_one_span() -> None:
    """The identifier pattern finds "4, Gorsedene Court" inside the line; the record's whole line
    must win, or "Flat" is left in front of the tokens."""
    case = make_case(["Mum lives in a flat at Flat 4, Gorsedene Court, 7 Wenlock Garth, HX9 3QT."], FAMILY, **CHILD)
    text = shared_redactor().redact_case(case, STAFF).notes[0].text
    assert "Flat" not in text and "Gorsedene" not in text, text
