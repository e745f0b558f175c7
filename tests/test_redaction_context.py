"""Context rules, table-driven: the wording that vouches for a person, and the wording that rules one out."""

from __future__ import annotations

import pytest

from redaction.context_rules import context_people, is_not_a_person
from redaction.spans import PERSON, Span


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Mum (Sarah) was at home.", ["Sarah"]),
        ("DC Okafor and Dr. Lin attended.", ["Okafor", "Lin"]),
        ("Spoke to Mrs Ngozi ADEYEMI-COLE today.", ["Ngozi ADEYEMI-COLE"]),
        ("Amelia told Pauline about it.", ["Pauline"]),
        ("Conference chaired by Fionn Walsh.", ["Fionn Walsh"]),
        ("Gary Hill, the neighbour, rang.", ["Gary Hill"]),
        ("Ayodele (aunt) collected her.", ["Ayodele"]),
        ("neighbour Pauline rang", ["Pauline"]),
        ("Having heard that a neighbour heard crying.", []),
        ("The dog called Max barked.", ["Max"]),  # found here, ruled out by is_not_a_person
        ("told Everyone in the room", []),
        ("Mum said she was fine.", []),
    ],
)
def test_context_people(text: str, people: list[str]) -> None:
    assert [s.text_in(text) for s in context_people(text)] == people


@pytest.mark.parametrize(
    ("text", "value", "ruled_out"),
    [
        ("The dog called Max barked.", "Max", True),
        ("Biscuit, the family dog, is friendly.", "Biscuit", True),
        ("Spoke to Lenton Medical Practice today.", "Lenton Medical Practice", True),
        ("Seen at Bulwell Health Centre.", "Bulwell", True),
        ("The meeting is on 4th Jun 2024.", "Jun", True),
        ("Moved to Leeds last year.", "Leeds", True),
        ("Spoke to Jun Park about it.", "Jun Park", False),
        ("Mr Hall attended.", "Hall", False),
    ],
)
def test_is_not_a_person(text: str, value: str, ruled_out: bool) -> None:
    start = text.index(value)
    assert is_not_a_person(text, Span(start, start + len(value), PERSON, "ner")) is ruled_out
