"""Rules version 15 (session 10): how practitioners write people that v14 left raw.

Every row is our own example (names invented here, not taken from any corpus). Rows marked "v14"
fail on the v14 code (checked against a copy of HEAD's redaction/ package at the session start);
the other rows are guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from records.models import User
from redaction.context_rules import quoted_companions
from redaction.gazetteer import Gazetteer, KnownPerson
from redaction.initials import initials_people, letter_people
from redaction.kinship import kin_owners, kin_spans
from redaction.text import pseudonymise
from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Orla", "family_name": "Vennick"}
FAMILY = [
    {"person_id": "P1", "given_name": "Tamsin", "family_name": "Vennick", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Glenys", "family_name": "Harrup", "relationship": "maternal grandmother (kinship carer)"},
    {"person_id": "P3", "given_name": "Wilfred", "family_name": "Harrup", "relationship": "maternal grandfather"},
]

WHOLE_CASE: list[tuple[list[str], list[str], list[str]]] = [
    # (the case's notes, words that must be gone, words that must stay)
    # A grandparent written by what the child calls them, as a name.
    (["Orla found Nana on the kitchen floor and rang 999."], ["Nana"], ["kitchen"]),  # v14
    (["School know about Nana's stroke.", "She visits Nan on Sundays."], ["Nana", "Nan "], ["stroke"]),  # v14
    (["Grandad collected her from school."], ["Grandad"], ["collected"]),  # v14
    # ... guards: the word in lower case, after an article, or someone else's grandparent stays.
    (["She asked for her nana. The Nanny at nursery rang."], [], ["nana", "Nanny"]),
    (["Mum's Nan is unwell."], [], ["Nan"]),
    # A friend coordinated with a named friend in the child's words, a given name that is also a word.
    (['Orla said "I play with Holly and Kiyomi at break".'], ["Holly", "Kiyomi"], ["break"]),  # v14
    # ... guard: a capitalised word that is no given name stays.
    (['Orla said "we had Pizza and Kiyomi came".'], ["Kiyomi"], ["Pizza"]),
    # Letters written where a visit records whom it saw.
    (["Children seen: O alone x2.", "Dental appointment for O urgently."], ["O alone", "for O"], ["Dental"]),  # v14
    # ... guard: a label before the letter keeps it a label.
    (["Plan B alone will not do."], [], ["Plan B"]),
]


@pytest.mark.parametrize(("notes", "gone", "kept"), WHOLE_CASE)
def test_rules_version_15_in_a_whole_case(notes: list[str], gone: list[str], kept: list[str]) -> None:
    case = make_case(notes, people=FAMILY, **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)
    assert_gone_and_kept(out, gone, kept)


def test_a_kinship_name_takes_the_grandparents_token_in_notes_and_questions() -> None:
    case = make_case(["Orla found Nana on the floor.", "Grandad rang."], people=FAMILY, **CHILD)
    result = shared_redactor().redact_case(case, STAFF)
    nan = next(t for t, v in result.vault.items() if v == "Glenys Harrup")
    grandad = next(t for t, v in result.vault.items() if v == "Wilfred Harrup")
    assert result.notes[0].text == f"[CHILD] found {nan} on the floor."  # v14: "found Nana"
    assert result.notes[1].text == f"{grandad} rang."  # v14: "Grandad rang."
    assert pseudonymise("when did Nana have the stroke", result.vault) == f"when did {nan} have the stroke"


GRANDMOTHER = KnownPerson("g", "Glenys", "Harrup", "maternal grandmother", "f")
OTHER_GRANDMOTHER = KnownPerson("p", "Ines", "Vennick", "paternal grandmother", "f")
GREAT = KnownPerson("x", "Edna", "Harrup", "great grandmother", "f")

KIN: list[tuple[list[KnownPerson], str, list[str]]] = [
    # (people on the record, text, keys found)
    ([GRANDMOTHER], "Nana managed a few words.", ["g"]),  # v14: no such rule
    ([GRANDMOTHER, GREAT], "Nana managed a few words.", ["g"]),  # v14: a great-grandmother is not "Nana"
    # guards: two grandmothers leave the word to no one; a name after it is that name's
    ([GRANDMOTHER, OTHER_GRANDMOTHER], "Nana managed a few words.", []),
    ([GRANDMOTHER], "Nana Glenys managed a few words.", ["g"]),
]


@pytest.mark.parametrize(("people", "text", "keys"), KIN)
def test_a_kinship_name_means_the_only_grandparent(people: list[KnownPerson], text: str, keys: list[str]) -> None:
    found = sorted({s.person_key for s in Gazetteer(people).find(text) if s.person_key})
    assert found == keys
    assert bool(kin_spans(text, kin_owners(people))) == (keys != [] and "Glenys" not in text)


COMPANIONS: list[tuple[str, list[str]]] = [
    ('She said "I want to live there because she has Ruby and Kiyomi."', ["Kiyomi", "Ruby"]),  # v14: Ruby raw
    ('He said "me, Holly and Kiyomi went".', ["Kiyomi", "Holly"]),  # v14: Holly raw
    # guards: a sentence start, or a word that is no given name, is not taken
    ('"Ruby and Kiyomi came."', ["Kiyomi"]),
    ('He said "we had Chips and Kiyomi came".', ["Kiyomi"]),
]


@pytest.mark.parametrize(("text", "found"), COMPANIONS)
def test_a_name_coordinated_with_a_quoted_companion(text: str, found: list[str]) -> None:
    assert [text[s.start : s.end] for s in quoted_companions(text)] == found


def _people(*rows: tuple[str, str, str, str]) -> list[KnownPerson]:
    return [KnownPerson(key, given, family, role) for key, given, family, role in rows]


def test_initials_a_child_shares_with_a_parent_are_the_childs() -> None:
    people = _people(("c", "Talia", "Skene", "child"), ("m", "Tessa", "Skene", "mother"))
    assert initials_people(people)["TS"].key == "c"  # v14: shared initials were no one's


def test_initials_two_adults_share_are_no_ones() -> None:
    people = _people(("c", "Orla", "Vennick", "child"), ("m", "Tessa", "Skene", "mother"), ("f", "Tom", "Skene", "father"))
    assert "TS" not in initials_people(people)


LETTERS: list[tuple[list[str], list[str]]] = [
    # (texts, letters that stand for a person)
    (["Children seen: O alone x2, T alone x1."], ["O", "T"]),  # v14: seen but no verb after the letter
    (["Visited the home and saw O in her room."], ["O"]),  # v14
    # guards: a label before the letter, or no record person with that initial
    (["Plan B alone is not enough."], []),
    (["Children seen: Z alone."], []),
]


@pytest.mark.parametrize(("texts", "letters"), LETTERS)
def test_letters_written_where_a_visit_records_whom_it_saw(texts: list[str], letters: list[str]) -> None:
    people = _people(("c", "Orla", "Vennick", "child"), ("s", "Tobias", "Vennick", "brother"), ("b", "Bea", "Vennick", "sister"))
    assert sorted(letter_people(texts, people)) == sorted(letters)


def test_a_kinship_name_typed_in_lower_case_in_a_question_is_the_grandparent() -> None:
    case = make_case(["Nan was admitted to hospital."], people=FAMILY, **CHILD)
    result = shared_redactor().redact_case(case, STAFF)
    nan = next(t for t, v in result.vault.items() if v == "Glenys Harrup")
    assert result.notes[0].text == f"{nan} was admitted to hospital."  # v14: "Nan was admitted"
    assert pseudonymise("when was nan admitted to hospital", result.vault) == f"when was {nan} admitted to hospital"
    assert pseudonymise("is the nanny coming", result.vault) == "is the nanny coming"  # guard: an article


def test_a_letter_ending_a_sentence_does_not_join_a_kinship_name() -> None:
    case = make_case(["O said she argues with M. Nan asked that this stays private."], people=FAMILY, **CHILD)
    result = shared_redactor().redact_case(case, STAFF)
    nan = next(t for t, v in result.vault.items() if v == "Glenys Harrup")
    assert f"M. {nan} asked" in result.notes[0].text or f"M. {nan}" not in result.notes[0].text
    assert f" {nan} asked" in result.notes[0].text  # v14: "Nan asked" raw


INITIALS_IN_NOTES: list[tuple[list[str], list[str], list[str]]] = [
    # (notes, written forms that must be gone, that must stay)
    # Initials of a professional the notes named once by initial and surname.
    (["Letter signed: R Quillfeather, Education Welfare Officer.", "RQ had already visited. Joint visit with RQ."], ["RQ"], []),  # v14
    # ... guard: a pair the case never writes as a person stays.
    (["Letter signed: R Quillfeather, Education Welfare Officer.", "See RQ form 3."], [], ["RQ form"]),
    # A worker's initials that are also a word, in a list of people.
    (["Assessments completed (KA / IS).", "Visit by KA and IS on Monday."], ["IS)", "and IS"], ["Visit"]),  # v14
    # ... guard: elsewhere the word in capitals stays.
    (["IS the plan working? Referred to the IS team."], [], ["IS the", "IS team"]),
]


@pytest.mark.parametrize(("notes", "gone", "kept"), INITIALS_IN_NOTES)
def test_initials_of_people_the_notes_name(notes: list[str], gone: list[str], kept: list[str]) -> None:
    staff = [*STAFF, User(username="isaxby", display_name="Imelda Saxby", role="social_worker")]
    staff += [User(username="karkwright", display_name="Kofi Arkwright", role="social_worker")]
    case = make_case(notes, people=FAMILY, **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, staff).notes)
    assert_gone_and_kept(out, gone, kept)
