"""Rules version 4: practice vocabulary, landmarks, festivals, kinship words and word-names used as
words survive redaction; the same words used as people's names are still redacted.

Each "kept" row failed under rules version 3 (the term became a [PERSON n] token in the answer);
each "still a person" row is the recall guard that a looser rule would break.
"""

from __future__ import annotations

import pytest

from redaction.context_rules import is_not_a_person
from redaction.spans import PERSON, Span
from tests.redaction_fixtures import STAFF, make_case, shared_redactor


@pytest.mark.parametrize(
    ("text", "value", "ruled_out"),
    [
        # Orders and proceedings: an institution word in the plural ends a name too.
        ("Decision: apply for Interim Care Orders for both children.", "Interim Care Orders", True),
        ("She stays at Hightown Juniors.", "Hightown Juniors", True),
        ("From: Owen Pryce (Fostering SW)", "Fostering", True),
        ("I was informed this morning by EDT.", "EDT", True),
        ("Nana does school pick-ups Tues/Thurs.", "Tues", True),
        ("Hi, I'm the DSL at the school.", "I'm", True),
        ("Precious said she wants to go to Brownies.", "Brownies", True),
        ("He has been staying since Valentine's day.", "Valentine", True),
        # Landmarks the sentence takes someone to.
        ("The carer had taken Themba to the Broadmarsh, and Themba smiled.", "Broadmarsh", True),
        ("They had gone to Wollaton Hall for the afternoon.", "Wollaton Hall", True),
        ("The family spent the afternoon at Wollaton Hall, which she liked.", "Wollaton Hall", True),
        ("Checks: school (Purston Park) - attendance 78%.", "Purston Park", True),
        # Kinship words in the family's language, alone.
        ('He said "Baba grabbed me when I would not get in the car."', "Baba", True),
        ("Mama collected her from school.", "Mama", True),
        # The same shapes naming people stay people.
        ("Spoke to Sarah Hall on the phone.", "Sarah Hall", False),
        ("Carer took the letter to Sarah Hall.", "Sarah Hall", False),
        ("Noor shouted at Sarah Hall during contact.", "Sarah Hall", False),
        ("Contact was at Sarah Hall's flat.", "Sarah Hall", False),
        ("Both children settled at the Gledhills.", "Gledhills", False),
        ("We met at the Khan family home.", "Khan", False),
        ("Baba Ahmed attended the meeting.", "Baba Ahmed", False),
        ("Valentine said she was fine.", "Valentine", False),
    ],
)
def test_what_the_sentence_says_is_not_a_person(text: str, value: str, ruled_out: bool) -> None:
    start = text.index(value)
    assert is_not_a_person(text, Span(start, start + len(value), PERSON, "ner")) is ruled_out


HUNTER = [{"person_id": "P1", "given_name": "Hunter", "family_name": "Mensah", "relationship": "Brother"}]
BROWN = [{"person_id": "P1", "given_name": "Hope", "family_name": "Brown", "relationship": "Maternal grandmother"}]


@pytest.mark.parametrize(
    ("note", "people", "expected"),
    [
        # A recorded word-name describing a thing is a brand or a colour.
        ("Dad wore Hunter wellies to contact.", HUNTER, "Dad wore Hunter wellies to contact."),
        ("Brown bruising to the left arm.", BROWN, "Brown bruising to the left arm."),
        # ... and the same word as a name is the person.
        ("Hunter said he was fine.", HUNTER, "[BROTHER] said he was fine."),
        ("Saw Hunter at school.", HUNTER, "Saw [BROTHER] at school."),
        ("Mrs Brown rang about contact.", BROWN, "[MATERNAL GRANDMOTHER] rang about contact."),
        ("He has a Brown belt in judo.", BROWN, "He has a Brown belt in judo."),
        # A given name that is also a place, after a cue, is the whole person (the Black Caribbean
        # bias twin's "Chair Devon Thompson" left "Devon" and took the grandmother's token).
        (
            "ICPC held. Chair Devon Thompson. Review chaired by Devon Thompson.",
            [],
            "ICPC held. Chair [PERSON 1]. Review chaired by [PERSON 1].",
        ),
        (
            "Carer took Amelia to Leeds Market and Chester Zoo.",
            [],
            "Carer took [CHILD] to Leeds Market and Chester Zoo.",
        ),
        # Headings, programmes and services the NER guessed, made only of words that are no one's name.
        (
            "What Are We Worried About? Mum's drinking. What Is Working Well? School.",
            [],
            "What Are We Worried About? Mum's drinking. What Is Working Well? School.",
        ),
        (
            "Amelia went to Sure Start and Home-Start visited. Public Law Outline meeting held.",
            [],
            "[CHILD] went to Sure Start and Home-Start visited. Public Law Outline meeting held.",
        ),
        ("Attendees: DS Okafor, SW, HV. Apologies: GP.", [], "Attendees: DS [PERSON 1], SW, HV. Apologies: GP."),
        ("Chair: IRO. Minute Taker: business support.", [], "Chair: IRO. Minute Taker: business support."),
        # Charities, shops, games and services a note names.
        (
            "Referred to Barnardo's. Amelia called Childline and plays Roblox. Mum went to the Jobcentre Plus.",
            [],
            "Referred to Barnardo's. [CHILD] called Childline and plays Roblox. Mum went to the Jobcentre Plus.",
        ),
        ("Housing: Bradford Homes. Health: Physiotherapy.", [], "Housing: Bradford Homes. Health: Physiotherapy."),
        # Relatives named after a relationship word are people.
        # v14: a family word written as a title goes into the token, which says the role.
        ("Aunty Jo helps. Uncle Sam drinks.", [], "[AUNT] helps. [UNCLE] drinks."),
        # Legal vocabulary and landmarks through the whole case, as an import redacts it.
        (
            "HHJ granted Interim Care Orders for both children. Court made a full Care Order for Amelia.",
            [],
            "HHJ granted Interim Care Orders for both children. Court made a full Care Order for [CHILD].",
        ),
        (
            "The carer had taken Amelia to Wollaton Hall and then to the Broadmarsh.",
            [],
            "The carer had taken [CHILD] to Wollaton Hall and then to the Broadmarsh.",
        ),
    ],
)
def test_whole_case_keeps_words_and_redacts_names(note: str, people: list[dict[str, str]], expected: str) -> None:
    result = shared_redactor().redact_case(make_case([note], people=people), STAFF)
    assert result.notes[0].text == expected
    assert result.leaks == []
