"""Rules version 11: closed-class words are never part of a name, and a role or label word that
only Faker's long `en` given-name list holds ("Judge", "General") is no person when the case writes
it in lower case. Rows marked "fails on v10" did so on the v10 code (3a840b7); "guard" rows are the
people a looser rule would release. All sentences are our own."""

from __future__ import annotations

import pytest

from redaction.closed_class import trim_closed_class
from redaction.spans import PERSON, Span
from tests.redaction_fixtures import STAFF, make_case, shared_redactor


@pytest.mark.parametrize(
    ("guess", "name"),
    [
        ("What Jax", "Jax"),
        ("The Judge", "Judge"),
        ("Gary Hill and", "Gary Hill"),
        ("When Priya", "Priya"),
        ("His Okoro", "Okoro"),
        ("Mr And", None),
        ("What", None),
        ("Mrs Khan", "Mrs Khan"),  # guard: a title is not a closed-class word
        ("Will Brown", "Will Brown"),  # guard: "will" is a given name too, so not in the list
        ("Gary Hill's", "Gary Hill's"),  # guard: the possessive is left for the later clean-up
    ],
)
def test_closed_class_words_are_trimmed_off_a_guess(guess: str, name: str | None) -> None:
    span = trim_closed_class(guess, Span(0, len(guess), PERSON, "ner"))
    assert (span.text_in(guess) if span else None) == name


def _redacted(note: str) -> tuple[str, list[str]]:
    case = make_case([note], given_name="Ruairidh", family_name="Brannock")
    redacted = shared_redactor().redact_case(case, STAFF)
    return redacted.notes[0].text, [v for k, v in redacted.vault.items() if k.startswith("[PERSON")]


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Judge granted the interim care order. The judge was clear.", "Judge granted"),  # fails on v10
        ("General practitioner contacted. The general health is fine.", "General practitioner"),  # fails on v10
        ("What Jax said about his brother was worrying.", "What "),  # fails on v10 ("What Jax" in the vault)
        ("Reason for contact: neglect concerns raised by school.", "Reason for contact"),  # fails on v10: a form label
        ("Judge praised the grandparents. The Judge was kind.", "Judge praised"),  # fails on v10: a role after "the"
    ],
)
def test_role_and_question_words_are_not_people(note: str, kept: str) -> None:
    text, people = _redacted(note)
    assert kept in text, text
    assert not any(kept.split()[0] in value.split() for value in people), people


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("What Jax said about his brother was worrying.", "Jax"),  # guard: the name itself stays hidden
        ("Ken rang the office twice.", "Ken"),  # guard: a name only `en` holds, never written in lower case
        ("Leo came to the door and was polite.", "Leo"),  # guard
        ("Tom said he would collect her.", "Tom"),  # guard: a mainstream given name
        ("We met the Gledhill family. Gledhill was angry.", "Gledhill"),  # guard: "the <Surname> family"
    ],
)
def test_names_stay_redacted(note: str, name: str) -> None:
    text, people = _redacted(note)
    assert name not in text, text
    assert name in people
