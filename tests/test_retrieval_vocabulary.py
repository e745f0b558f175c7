"""One concept table for retriever, answerer and chronology: text in, concept heads out."""

from __future__ import annotations

import pytest

from retrieval.expansion import SYNONYMS, concepts_in, expand

CONCEPTS: list[tuple[str, frozenset[str]]] = [
    # text, the concept heads it names
    ("ICPC held 09/10/2023", frozenset({"initial child protection conference"})),
    ("INITIAL CHILD PROTECTION CONFERENCE", frozenset({"initial child protection conference", "child protection"})),
    ("the initial conference agreed a plan", frozenset({"initial child protection conference"})),
    ("two ICPCs in a year", frozenset({"initial child protection conference"})),
    ("CP plans for both", frozenset({"child protection", "child protection plan"})),
    ("s47 NFA", frozenset({"section 47 enquiry", "no further action"})),
    ("Mum and dads", frozenset({"mother", "father"})),
    ("missing episodes", frozenset({"missing from home"})),
    ("pass the salt", frozenset()),
    ("give her a pep talk", frozenset()),
    ("strategy", frozenset()),
    ("", frozenset()),
]


@pytest.mark.parametrize(("text", "heads"), CONCEPTS)
def test_concepts_in(text: str, heads: frozenset[str]) -> None:
    assert concepts_in(text) == heads


def test_every_variant_names_its_head() -> None:
    for group in SYNONYMS:
        for variant in group:
            assert group[0] in concepts_in(f"about {variant} today"), variant


@pytest.mark.parametrize("text", [text for text, _ in CONCEPTS])
def test_concepts_in_agrees_with_expansion(text: str) -> None:
    """The answerer's and chronology's reading of a text is the retriever's reading of it."""
    assert concepts_in(text) == frozenset(expand(text).concepts)
