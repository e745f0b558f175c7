"""Rules version 13 (session 8): a question pseudonymised the way the notes were, and a title before
a family name the child shares.

Every row is our own example. Rows marked "v12" fail on the v12 code (checked against a copy of
HEAD's redaction/ package); the other rows are guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from redaction.context_rules import quoted_companions
from redaction.gazetteer import Gazetteer, KnownPerson
from redaction.spans import resolve_overlaps
from redaction.text import pseudonymise

VAULT = {
    "[CHILD]": "Maisie Threlfall",
    "[MOTHER]": "Joanne Threlfall",
    "[HALF-BROTHER]": "Kian Threlfall",
    "[MOTHER'S PARTNER]": "Darren Scullion",
    "[MATERNAL AUNT]": "Una Brackley",
    "[PERSON 1]": "Ngozi Adebayo-Hart",
    "[PERSON 2]": "Consultant Paediatrician",
    "[PERSON 3]": "Senior Practitioner",
    "[PERSON 4]": "General",
    "[PERSON 5]": "Mais",
    "[PERSON 6]": "Non-mol",
    "[PHONE 1]": "07700 900123",
}

QUESTIONS: list[tuple[str, str]] = [
    # an ordinary word typed in lower case is the word, whatever label the vault holds
    ("who is the responsible consultant now", "who is the responsible consultant now"),  # v12
    ("has the senior practitioner signed it off", "has the senior practitioner signed it off"),  # v12
    ("any letter from general practice", "any letter from general practice"),  # v12
    ("has mum got a non mol", "has mum got a non mol"),  # v12: a hyphenated label typed in lower case
    ("has the Non-mol been served", "has the [PERSON 6] been served"),
    # guards: the same words written as the notes write the label, and names in any letter case
    ("what did the Consultant Paediatrician say", "what did the [PERSON 2] say"),
    ("how long did Scullion get", "how long did [MOTHER'S PARTNER] get"),
    ("how long did scullion get", "how long did [MOTHER'S PARTNER] get"),
    ("has SCULLION been charged", "has [MOTHER'S PARTNER] been charged"),
    ("what did una say", "what did [MATERNAL AUNT] say"),
    ("is maisie at school", "is [CHILD] at school"),
    ("when did mais last visit", "when did [PERSON 5] last visit"),
    ("did adebayo-hart call back", "did [PERSON 1] call back"),
    ("is 07700 900123 still mum's number", "is [PHONE 1] still mum's number"),
    # a family name several people share is the child's token, as the notes write it
    ("what did threlfall say", "what did [CHILD] say"),
    # a title names the adult of that family
    ("what did Mrs Threlfall say", "what did [MOTHER] say"),
    ("what did Ms Threlfall say", "what did [MOTHER] say"),
]


@pytest.mark.parametrize(("question", "expected"), QUESTIONS)
def test_a_question_is_pseudonymised_like_the_notes(question: str, expected: str) -> None:
    assert pseudonymise(question, VAULT) == expected


CHILD = KnownPerson("c", "Eimear", "McGlinchey", "child", "f")
BROTHER = KnownPerson("b", "Ronan", "McGlinchey", "brother", "m")
FATHER = KnownPerson("f", "Ivor", "McGlinchey", "father", "m")
MOTHER = KnownPerson("m", "Eithne", "McGlinchey", "mother", "f")
FAMILY = [CHILD, BROTHER, FATHER, MOTHER]

TITLED: list[tuple[list[KnownPerson], str, str]] = [
    # (people on the record, text, whose token the family name takes)
    (FAMILY, "09:05 call from Cllr McGlinchey. He asked for discretion.", "f"),  # v12
    (FAMILY, "Spoke to Cllr McGlinchey, she was upset.", "m"),  # v12
    (FAMILY, "Mr McGlinchey attended the meeting.", "f"),  # v12: not the brother
    (FAMILY, "DC McGlinchey took the statement", "ambiguous:mcglinchey"),  # v12; v14: two adults, no pronoun
    ([CHILD, BROTHER, MOTHER], "Dr McGlinchey was late", "m"),  # v12
    (FAMILY, "Mrs McGlinchey attended the meeting.", "m"),  # v12: not the daughter
    # guards
    (FAMILY, "McGlinchey was not in school today", "c"),
    ([CHILD, BROTHER], "Mr McGlinchey rang", "b"),
    ([CHILD, MOTHER], "Mr McGlinchey rang", "c"),
]


@pytest.mark.parametrize(("people", "text", "owner"), TITLED)
def test_a_title_before_a_shared_family_name_names_an_adult(people: list[KnownPerson], text: str, owner: str) -> None:
    spans = [s for s in resolve_overlaps(Gazetteer(people).find(text)) if "McGlinchey" in s.text_in(text)]
    assert [s.person_key for s in spans] == [owner]


QUOTED: list[tuple[str, list[str]]] = [
    # (text, names taken from the quoted speech)
    ('she said "go swimming with Posy".', ["Posy"]),  # v12
    ('"I want to live with Tilda and Maeve"', ["Tilda", "Maeve"]),  # v12
    ("He asked \u201cwhen can I see Jojo and Ffion?\u201d", ["Ffion"]),  # v12
    # guards: not in speech, opening the quote, English words, places and services, kin words
    ("went swimming with Posy on Sunday", []),
    ('"Posy is my best friend"', []),
    ('"I go to Brownies with Mum and Nan"', []),
    ('"I want to go to Skegness with Grace"', []),
    ('"we went with Riverside Leisure"', []),
    ('"me and Brother"', []),
]


@pytest.mark.parametrize(("text", "names"), QUOTED)
def test_a_name_in_quoted_speech_after_with_or_and(text: str, names: list[str]) -> None:
    assert [s.text_in(text) for s in quoted_companions(text)] == names
