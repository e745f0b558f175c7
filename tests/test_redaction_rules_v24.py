"""Rules version 24 (session 14): a record person's first syllable that is also a word of the
common-word list ("Kat" of a Katriona, "Ang" of an Angharad) is that person in every note of the case
once a note writes it before a verb only a person takes ("09:40 Kat rang", "Ang said"). Rules version
19 took such a prefix only after a lower-case word or a comma, so a call log's entry opening on the
name after its time stamp kept it raw.

Every row is our own example (names and sentences invented here, not taken from any corpus). Rows
marked "v23" fail on the v23 code (the `redaction/` package before this change); the other rows are
guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from redaction.context_rules import is_not_a_person
from redaction.places import case_place_words
from redaction.spans import PERSON, Span
from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Orrin", "family_name": "Selworthy"}
FAMILY = [
    {"person_id": "P1", "given_name": "Katriona", "family_name": "Selworthy", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Angharad", "family_name": "Pellow", "relationship": "aunt"},
    {"person_id": "P3", "given_name": "Tamsin", "family_name": "Selworthy", "relationship": "sister"},
    {"person_id": "P4", "given_name": "Carmela", "family_name": "Pellow", "relationship": "grandmother"},
]


def _redacted(notes: list[str]) -> str:
    case = make_case(notes, people=FAMILY, **CHILD)
    return "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)


CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay)
    (
        "a call log entry opening on the name after its time stamp",
        ["Orrin Selworthy is 6.", "09:40 Kat rang about the dentist appointment."],
        ["Kat"],
        ["rang about the dentist appointment"],
    ),  # v23
    (
        "the name opening a sentence before a verb of speech",
        ["Orrin Selworthy is 6.", "Visit to the aunt.\nAng said she could have Orrin on Fridays."],
        ["Ang"],
        ["could have", "on Fridays"],
    ),  # v23
    (
        "once named by a verb, the form is the person in every note",
        ["Orrin Selworthy is 6.", "11:15 Kat phoned, tearful.", "Home visit.\nKat was tired but warm with him."],
        ["Kat"],
        ["was tired but warm with him", "tearful"],
    ),  # v23
    # ... guards: an everyday word opening a sentence before a verb no person takes stays a word,
    # and so does a prefix the case writes in small letters as a word.
    (
        "an everyday word before a verb no person takes",
        ["Orrin Selworthy is 6.", "Car parked outside the house when I arrived."],
        [],
        ["Car parked outside"],
    ),
    (
        "a prefix the case also writes small",
        ["Orrin Selworthy is 6.", "Tam said little at school.", "He wore his tam to the park."],
        [],
        ["Tam said little", "his tam to the park"],
    ),
    (
        "the name after a lower-case word (rules version 19)",
        ["Orrin Selworthy is 6.", "At contact his aunt Ang brought a cake."],
        ["Ang"],
        ["brought a cake"],
    ),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), CASES, ids=[row[0] for row in CASES])
def test_first_syllable_named_by_a_verb(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(_redacted(notes), gone, kept, label)


def _redact(notes: list[str]) -> tuple[str, list[str]]:
    """The case's redacted text and the notes the leak re-scan held back."""
    red = shared_redactor().redact_case(make_case(notes, people=FAMILY, **CHILD), STAFF)
    return "\n".join(n.text for n in red.notes), list(red.leaks)


SERVICES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay); no note may be held
    (
        "a service named in full once, then without its head",
        [
            "Orrin Selworthy is 6. Mum agreed to self refer to the Brackenmoor Recovery Partnership.",
            "Core group: mum to continue with Brackenmoor Recovery; breath tests at appointments.",
            "Present: mum, SW, Brackenmoor Recovery (key worker), nursery manager.",
        ],
        [],
        ["Brackenmoor Recovery Partnership", "continue with Brackenmoor Recovery", "Brackenmoor Recovery (key worker)"],
    ),  # v23
    (
        "a shop named with its kind in small letters",
        [
            "Orrin Selworthy is 6. CCTV requested from the Zaffa Grill chicken shop on the parade.",
            "Zaffa Grill (chicken shop): owner helpful, has two weeks of footage.",
        ],
        [],
        ["Zaffa Grill chicken shop", "Zaffa Grill (chicken shop)"],
    ),  # v23
    # ... guard: a person named beside a service is still the person.
    (
        "a person beside a named service",
        ["Orrin Selworthy is 6.", "Spoke to Orla Brennan, youth worker at the Harefield Youth Project."],
        ["Orla Brennan"],
        ["Harefield Youth Project"],
    ),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), SERVICES, ids=[row[0] for row in SERVICES])
def test_named_service_is_no_person(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    out, held = _redact(notes)
    assert_gone_and_kept(out, gone, kept, label)
    assert held == [], f"{label}: notes held back by the leak re-scan: {held}"


PLACES: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay)
    (
        "a school after a professional's role, closing a bracket",
        [
            "Orrin Selworthy is 6. Call from Mr Hale (DSL, Kestrel Vale).",
            "Nurse drop-in record (author: Nadia Brook, School Nurse, Kestrel Vale).",
            "Kestrel Vale keep him on roll; review in six weeks.",
        ],
        ["Hale", "Nadia Brook"],
        ["(DSL, Kestrel Vale)", "School Nurse, Kestrel Vale", "Kestrel Vale keep him on roll"],
    ),  # v23
    (
        "a charity named with its kind in brackets",
        [
            "Orrin Selworthy is 6. Referral made to Little Beacons (baby loss charity) for mum.",
            "Mum goes to the Little Beacons parents' group on Wednesdays.",
        ],
        [],
        ["Little Beacons (baby loss charity)", "the Little Beacons parents' group"],
    ),  # v23
    # ... guard: the last of a list of names and roles is still a person.
    (
        "a person closing a list of names and roles",
        ["Orrin Selworthy is 6.", "Present: Tomas Hart, GP, Evelyn Moss."],
        ["Tomas Hart", "Evelyn Moss"],
        ["GP"],
    ),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), PLACES, ids=[row[0] for row in PLACES])
def test_places_no_one_lives_stay(label: str, notes: list[str], gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(_redacted(notes), gone, kept, label)


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("The funeral was at Hawksmoor Crematorium on Friday.", "hawksmoor", True),  # v23
        ("Officers attended Hollinbrook Park after a 999 call.", "hollinbrook", True),  # v23
        ("Spoke to Chloe Ward about the plan.", "chloe", False),
    ],
)
def test_place_words_of_the_case(text: str, word: str, place: bool) -> None:
    assert (word in case_place_words([text])) is place


@pytest.mark.parametrize(
    ("text", "guess", "not_a_person"),
    [
        ("Contact from the community midwife, North Halloway antenatal team.", "North", True),  # v23
        ("Allocated to the West Kirby duty desk.", "West", True),
        ("Home visit with Mrs North Abbott present.", "North Abbott", False),
        ("Kerry West attended the meeting.", "Kerry West", False),
    ],
)
def test_compass_point_before_a_place(text: str, guess: str, not_a_person: bool) -> None:
    start = text.index(guess)
    assert is_not_a_person(text, Span(start, start + len(guess), PERSON, "ner")) is not_a_person


WORD_LIKE: list[tuple[str, list[str], list[str], list[str]]] = [
    # (label, the case's notes, text that must be gone, text that must stay); the mother is a Patrice
    (
        "a word-like first syllable before a verb of contact",
        ["Orrin Selworthy is 6.", "10:05 Pat rang to rearrange the visit.", "Pat was calmer today."],
        ["Pat"],
        ["rang to rearrange the visit", "was calmer today"],
    ),  # v23
    # ... guard: the case writes the letters small as a word, so they are not the mother's form (the
    # NER may still guess "Pat" as a person of its own) and the word stays.
    (
        "the word written small in the case",
        ["Orrin Selworthy is 6.", "Pat said well done.", "He got a pat on the back from his teacher."],
        ["[MOTHER]"],
        ["a pat on the back"],
    ),
]


@pytest.mark.parametrize(("label", "notes", "gone", "kept"), WORD_LIKE, ids=[row[0] for row in WORD_LIKE])
def test_word_like_first_syllable_named_by_a_verb(
    label: str, notes: list[str], gone: list[str], kept: list[str]
) -> None:
    people = [{**FAMILY[0], "given_name": "Patrice"}, *FAMILY[1:]]
    case = make_case(notes, people=people, **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)
    assert_gone_and_kept(out, gone, kept, label)
