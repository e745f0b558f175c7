"""Rules version 14 (session 9): how names, places and pets are written that v13 missed or took.

Every row is our own example (names invented here, not taken from any corpus). Rows marked "v13"
fail on the v13 code (checked against a copy of HEAD's redaction/ package at the session start);
the other rows are guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from redaction.gazetteer import Gazetteer, KnownPerson
from redaction.initials import pair_people
from redaction.spans import resolve_overlaps
from redaction.text import pseudonymise
from tests.redaction_fixtures import STAFF, assert_gone_and_kept, make_case, shared_redactor

CHILD = {"given_name": "Niamh", "family_name": "Larkworthy"}
FAMILY = [
    {"person_id": "P1", "given_name": "Deirdre", "family_name": "Larkworthy", "relationship": "mother"},
    {"person_id": "P2", "given_name": "Brid", "family_name": "Costigan", "relationship": "maternal grandmother"},
    {"person_id": "P3", "given_name": "Eamon", "family_name": "Costigan", "relationship": "maternal uncle"},
]

WHOLE_CASE: list[tuple[list[str], list[str], list[str]]] = [
    # (the case's notes, words that must be gone, words that must stay)
    # Letters that are not the recorded initials, used as the child across the case.
    (["NP said Brid smacks her. NP's words were written down.", "Review of NP today: NP is safe."], ["NP"], []),
    # ... but an abbreviation the notes spell out stays, used as a person or not.
    (["The safety plan (SP) was signed. SP was reviewed with mum. SP is working."], [], ["SP"]),
    # ... and a sector abbreviation never.
    (["SW said she would visit. SW was late again."], [], ["SW"]),
    # A family word written as a title goes into the record person's token.
    (["Stayed at Nanny Brid's on Friday. Nanny Brid said it was fine."], ["Nanny", "Brid"], []),  # v13
    (["Uncle Eamon collected her."], ["Uncle", "Eamon"], ["collected"]),  # v13
    # ... and a guessed person's token takes the family role.
    (["Grandad Teodor picks her up from school. Grandad Teodor is 80."], ["Teodor", "Grandad"], ["GRANDFATHER"]),  # v13
    # ... but a lower-case family word is the word.
    (["She stays with her nanny at weekends."], [], ["nanny"]),
    # A rank stays outside the token: it is the agency, not the person.
    (["DC Pemberthy rang. DC Pemberthy will visit."], ["Pemberthy"], ["DC"]),
    # A pet the case names as a pet keeps its name in every note (guard: the NER here guesses neither).
    (["Dog (Brindlekin, a spaniel) is friendly.", '"Brindlekin" (dad\'s dog) makes her happy.'], [], ["Brindlekin"]),
    # A service named as a service keeps its name.
    (["Referral to Moorhen HSB service.", "The Moorhen worker starts next week."], [], ["Moorhen"]),  # v13
    # A ward written with a lower-case "ward", and a unit's town after the unit and a comma, stay.
    (["Heart rate low. Gannet ward. Tube fitted.", "Visit to Gannet Ward, Ashcombe General."], [], ["Gannet"]),  # v13
    (["Admitted to the eating disorder unit, Harrowby.", "Harrowby is two hours away."], [], ["Harrowby"]),  # v13
    # The town of the family's address stays (guard: the NER here does not guess it).
    (["DC Pemberthy (Ashcombe CAIT) rang.", "Seen at Ashcombe Family Court."], [], ["Ashcombe"]),
    # An initial before a staff member's surname is the staff member (guard; the failing case is below).
    (["Passed to duty (S Jones) 15:20.", "N said she was hungry."], ["Jones", "N said"], ["Passed"]),
]


@pytest.mark.parametrize(("notes", "gone", "kept"), WHOLE_CASE)
def test_rules_version_14_in_a_whole_case(notes: list[str], gone: list[str], kept: list[str]) -> None:
    case = make_case(notes, people=FAMILY, address="7 Wrenfield Walk, Ashcombe, AB1 2TW", **CHILD)
    out = "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)
    assert_gone_and_kept(out, gone, kept)


def test_an_initial_before_a_staff_surname_takes_the_staff_token() -> None:
    case = make_case(["Passed to duty (S Jones) 15:20.", "S said she was hungry."], people=FAMILY, given_name="Saoirse")
    result = shared_redactor().redact_case(case, STAFF)
    assert result.notes[0].text == "Passed to duty ([SOCIAL WORKER]) 15:20."  # v13: "([CHILD])"
    assert result.notes[1].text == "[CHILD] said she was hungry."


ANNA = KnownPerson("c", "Anna", "Nembhard", "child", "f")
MUM = KnownPerson("m", "Carole", "Nembhard", "mother", "f")
NAN = KnownPerson("g", "Beryl", "Nembhard", "maternal grandmother", "f")
DAD = KnownPerson("f", "Desmond", "Nembhard", "father", "m")

TITLED: list[tuple[list[KnownPerson], str, str]] = [
    # (people on the record, text, whose key the family name takes)
    ([ANNA, MUM, NAN, DAD], "Mrs Nembhard collected her.", "ambiguous:nembhard"),  # v13: the mother
    ([ANNA, MUM, NAN], "Spoke to Cllr Nembhard, she was upset.", "ambiguous:nembhard"),  # v13: the mother
    # guards: one adult of the title's sex is that adult
    ([ANNA, MUM, NAN, DAD], "Mr Nembhard collected her.", "f"),
    ([ANNA, MUM, DAD], "Mrs Nembhard collected her.", "m"),
    ([ANNA, MUM, DAD], "Dr Nembhard rang. He asked for the notes.", "f"),
    ([ANNA, MUM, NAN], "Nembhard was not in school", "c"),
]


@pytest.mark.parametrize(("people", "text", "owner"), TITLED)
def test_a_title_several_adults_fit_is_nobodys_role(people: list[KnownPerson], text: str, owner: str) -> None:
    spans = [s for s in resolve_overlaps(Gazetteer(people).find(text)) if "Nembhard" in s.text_in(text)]
    assert [s.person_key for s in spans] == [owner]


def test_an_ambiguous_title_gets_a_token_of_its_own_in_the_notes_and_the_question() -> None:
    people = [
        {"person_id": "P1", "given_name": "Carole", "family_name": "Nembhard", "relationship": "mother"},
        {"person_id": "P2", "given_name": "Beryl", "family_name": "Nembhard", "relationship": "maternal grandmother"},
    ]
    case = make_case(
        ["Mr and Mrs Nembhard were seen.", "Carole said she is well."],
        people=people,
        given_name="Anna",
        family_name="Nembhard",
    )
    result = shared_redactor().redact_case(case, STAFF)
    first = result.notes[0].text
    assert "[MOTHER]" not in first and "Nembhard" not in first  # v13: "Mr and [MOTHER] were seen."
    token = next(t for t, v in result.vault.items() if v == "Nembhard")
    assert token in first
    assert pseudonymise("what did Mrs Nembhard say", result.vault) == f"what did {token} say"


PAIRS: list[tuple[list[str], dict[str, str]]] = [
    # (texts, {letters: key of their person})
    (["TS said no. TS's mum agreed."], {"TS": "c"}),  # v13: no such rule
    (["TS said no."], {}),  # one use is not enough
    (["Tenancy support (TS) was late. TS said no. TS is late."], {}),  # spelled out in the notes
    (["CP said no. CP was agreed."], {}),  # an agency term
]


@pytest.mark.parametrize(("texts", "expected"), PAIRS)
def test_two_letters_used_as_a_person(texts: list[str], expected: dict[str, str]) -> None:
    people = [KnownPerson("c", "Tamsin", "Rudd", "child", "f"), KnownPerson("m", "Carys", "Rudd", "mother", "f")]
    assert {form: p.key for form, p in pair_people(texts, people, {}).items()} == expected


SHORT_FORM_ALONE: list[tuple[str, list[str]]] = [
    # (text, short forms of "Tiana" found); "Tia" is also a vocabulary word
    ('good things: "mum", "Tia", "pancakes".', ["Tia"]),  # v13: a quote before it read as a sentence start
    ("Visited. Tia.", ["Tia"]),  # v13
    # guards: a vocabulary word opening a sentence that runs on is released as in v10 ("Ever since");
    # mid-sentence it is the name
    ("Seen. Tia said no.", []),
    ("We saw Tia today.", ["Tia"]),
]


@pytest.mark.parametrize(("text", "found"), SHORT_FORM_ALONE)
def test_a_short_form_standing_alone_is_the_name(text: str, found: list[str]) -> None:
    gazetteer = Gazetteer([KnownPerson("c", "Tiana", "Rudd", "child", "f")])
    assert [s.text_in(text) for s in resolve_overlaps(gazetteer.find(text))] == found


def test_a_relationship_naming_a_record_person_makes_no_token_with_the_name() -> None:
    people = [{"person_id": "P1", "given_name": "Wilmot", "family_name": "Ashby", "relationship": "Tamsin's birth father"}]
    case = make_case(["Wilmot Ashby did not attend."], people=people, given_name="Tamsin", family_name="Rudd")
    old_vault = {"[CHILD]": "Tamsin Rudd", "[TAMSIN'S BIRTH FATHER]": "Wilmot Ashby"}  # an import before v14
    for existing in (None, old_vault):
        result = shared_redactor().redact_case(case, STAFF, existing=existing)
        assert result.notes[0].text == "[BIRTH FATHER] did not attend."  # v13: "[TAMSIN'S BIRTH FATHER] ..."
        assert not any("TAMSIN" in token for token in result.vault)
