"""Rules version 12 (session 8): how names and numbers are written that v11 missed.

Every row is our own example. Rows marked "v11" fail on the v11 code (checked against a copy of
HEAD's redaction/ package); the other rows are guards that pass on both and must keep passing."""

from __future__ import annotations

import pytest

from records.models import Case
from redaction.context_rules import context_people
from redaction.gazetteer import Gazetteer, KnownPerson, mostly_capitalised
from redaction.patterns import find_identifiers
from redaction.spans import resolve_overlaps
from tests.redaction_fixtures import STAFF, make_case, shared_redactor

INTERNATIONAL_PHONES: list[tuple[str, list[str]]] = [
    ("She gave me the aunt's WhatsApp +57 300 555 0147 - NB", ["+57 300 555 0147"]),  # v11
    ("Dad in Poland on 0048 601 234 567 most evenings", ["0048 601 234 567"]),  # v11
    ("grandmother +1 (212) 555-0147 (New York)", ["+1 (212) 555-0147"]),  # v11
    ("uncle +33 6 12 34 56 78.", ["+33 6 12 34 56 78"]),  # v11
    ("+233244123456 is the father's number", ["+233244123456"]),  # v11
    ("Mum +44 7831 492605 today", ["+44 7831 492605"]),
    # stays: scores, money, references, times
    ("scored +5 points and paid £100 0000 1234", []),
    ("case 2024 00123 and ref 12345678901", []),
    ("between 0030 and 0100 he was out", []),
]


@pytest.mark.parametrize(("text", "found"), INTERNATIONAL_PHONES)
def test_a_number_abroad_is_a_phone(text: str, found: list[str]) -> None:
    spans = resolve_overlaps(find_identifiers(text))
    assert [s.text_in(text) for s in spans if s.type == "PHONE"] == found


QUINO = KnownPerson("quino", "", "Quino", "person")
SMITH = KnownPerson("dana smith", "Dana", "Smith", "person")
ROSE = KnownPerson("rose adeyemi", "Rose", "Adeyemi", "person")
CURFEW = KnownPerson("curfew", "", "Curfew", "person")
THREAD = "Jo: Quino cried more than me lol\nJo: Quino is asleep"

DISCOVERED: list[tuple[KnownPerson, str, str, list[str]]] = [
    # (person the NER found, the rest of the case, the text searched, mentions found)
    (QUINO, THREAD, "quino was there", ["quino"]),  # v11: a lone non-word the case capitalises
    (QUINO, THREAD, "and quinos mum came at 6", ["quinos"]),  # v11: possessive with no apostrophe
    # guards: capitalised plurals v11 already found, a word plus "s", words written mostly in lower case
    (QUINO, THREAD, "Quinos phone was off", ["Quinos"]),
    (SMITH, "", "we met the Smiths at home", ["Smiths"]),
    (SMITH, "", "the Smiths' car", ["Smiths"]),
    (ROSE, "", "she picked roses in the garden", []),
    (ROSE, "", "she rose early", []),
    (CURFEW, "Curfew\nthe curfew was breached twice", "curfew 7pm - 7am", []),
    (QUINO, "quino quino Quino", "quino", []),
    (KnownPerson("permanence", "", "Permanence", "person"), "Permanence Panel\nPermanence", "permanence panel", []),
]


@pytest.mark.parametrize(("person", "case", "text", "found"), DISCOVERED)
def test_a_discovered_name_in_lower_case_or_with_a_bare_s(
    person: KnownPerson, case: str, text: str, found: list[str]
) -> None:
    gazetteer = Gazetteer(
        [person], source="discovered", capitalised_only=True, capitalised_words=mostly_capitalised([case, text])
    )
    assert [s.text_in(text) for s in gazetteer.find(text)] == found


SIGN_OFFS: list[tuple[str, list[str]]] = [
    ('"... I think this may be private fostering? Happy to talk. Lally"', ["Lally"]),  # v11
    ("Any questions let me know.\nThanks,\nTamsin\n", ["Tamsin"]),  # v11
    ("See you Friday. Kez xx", ["Kez"]),  # v11
    # guards: a heading after a sentence, an ordinary word ending a quote
    ("He was seen alone.\nAnalysis\nNo marks.", []),
    ('She said "it was fine. Honestly"', []),
    ('He drew a family tree. Said "I like it here"', []),
    ("Home conditions were clean. Good", []),
]


@pytest.mark.parametrize(("text", "found"), SIGN_OFFS)
def test_a_message_signed_with_a_first_name(text: str, found: list[str]) -> None:
    assert [s.text_in(text) for s in context_people(text)] == found


def _redacted(case: Case) -> str:
    return "\n".join(n.text for n in shared_redactor().redact_case(case, STAFF).notes)


def test_a_nickname_in_a_text_thread_is_hidden_in_lower_case_and_possessive() -> None:  # v11
    text = _redacted(
        make_case(
            [
                "Texts from Amelia:\nAmelia: Quino cried more than me lol\nAmelia: quinos mum came at 6",
                "Spoke to Amelia about the baby.",
            ]
        )
    )
    assert [w for w in ("Quino", "quino") if w in text] == []
    assert "mum came at 6" in text


ROLE_WORDS: list[tuple[list[str], list[str], list[str]]] = [
    # (notes of one case, words that must stay, names that must go)
    (["Letter from Dr Ama Owusu, Consultant Psychiatrist, Hawthorn Unit."], ["Consultant Psychiatrist"], []),  # v11
    (["No injuries seen. Male agreed to leave for the night.", "the male adult left"], ["Male agreed"], []),  # v11
    # guards: a form label; a title keeps a word-surname; a nickname given in quotes is a name even
    # when it is a word; a two-letter family name
    (["Pupil: Amelia, Y6\nAttendance 91%."], ["Pupil"], []),
    (["Mr Green said he would call.", "the green door"], [], ["Green"]),
    (['Mum\'s friend "Spider" arrived late. Spider left soon after.'], [], ["Spider"]),
    (["Her teacher Yuki Li said she is settled.", "yuki"], [], ["Yuki Li"]),
]


@pytest.mark.parametrize(("notes", "kept", "gone"), ROLE_WORDS)
def test_a_label_or_role_word_is_no_person(notes: list[str], kept: list[str], gone: list[str]) -> None:
    text = _redacted(make_case(notes))
    assert [k for k in kept if k not in text] == []
    assert [g for g in gone if g in text] == []
