"""Context rules, table-driven: the wording that vouches for a person, and the wording that rules one out."""

from __future__ import annotations

import pytest

from redaction.context_rules import context_people, is_not_a_person, name_run
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
        # Relational cues, plurals and linking verbs (issue #8: adopters named once, not on the record).
        ("Conor was placed for adoption with Grace Taylor.", ["Grace Taylor"]),
        ("The adoptive parent is Saoirse Keane; contact is by letterbox.", ["Saoirse Keane"]),
        ("The adopters, Tom Briggs and Leah Briggs, write each year.", ["Tom Briggs", "Leah Briggs"]),
        ("The foster carers Aoife Kelly and Declan Kelly are well.", ["Aoife Kelly", "Declan Kelly"]),
        ("Mum's new partner Darren Cole was present.", ["Darren Cole"]),
        ("Her friend Jade Okoro came round.", ["Jade Okoro"]),
        ("Special guardian: Ruth Amadi.", ["Ruth Amadi"]),
        ("Placed for adoption with Chloe Ward.", ["Chloe Ward"]),  # a stop word that is also a surname
        ("Mateo now lives with Linh Kim and her partner.", ["Linh Kim"]),
        # A first name alone where only a person fits.
        ("Tiernan said he wanted to stay.", ["Tiernan"]),
        ('In Niamh\'s own words: "I like it here".', ["Niamh"]),
        ("Kofi (aged 9) was at home.", ["Kofi"]),
        ("Jordan's mum said no.", ["Jordan"]),
        ("Placed with Tom Briggs (adopter) in May.", ["Tom Briggs"]),
        ("Castle Park Primary's DSL rang.", []),
        ("Dean Walsh (mum's boyfriend) was there.", ["Dean Walsh"]),
        ("Kyle Jones is mum's new partner.", ["Kyle Jones"]),
        ("This was the carer's view.", []),
        ("Visit done. Later Tiernan came back.", []),
        # Cues that only vouch for a full name, and words that are not names after a cue.
        ("Lives with Mum and Nan.", []),
        ("Placed with Westfield from Monday.", []),
        ("Nothing said about it.", []),
        ("Seen on Ward 4 by staff.", []),
        ("Gary Hill and Mum attended.", []),
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
        ("Andrei attends Busy Bees Pre-School Kirkstall.", "Kirkstall", True),
        ("Busy Bees Pre-School Kirkstall rang.", "Pre-School Kirkstall", True),
        ("Placed with Busy Bees Pre-School on Monday.", "Busy Bees Pre-School", True),
        ("Placed with Grace Taylor on Monday.", "Grace Taylor", False),
    ],
)
def test_is_not_a_person(text: str, value: str, ruled_out: bool) -> None:
    start = text.index(value)
    assert is_not_a_person(text, Span(start, start + len(value), PERSON, "ner")) is ruled_out


@pytest.mark.parametrize(
    ("text", "guess", "name"),
    [
        ("CHILD'S LIVED EXPERIENCE: Andrei is 4.", "LIVED EXPERIENCE: Andrei", "Andrei"),
        ("Chair Tyrone Edwards opened the meeting.", "Chair Tyrone Edwards", "Tyrone Edwards"),
        ("Keisha Richards made subject to a plan.", "Keisha Richards made", "Keisha Richards"),
        ("Signed J. Smith today.", "J. Smith", "J. Smith"),
        ("Seen by Ruth: Amadi family present.", "Ruth: Amadi", "Ruth"),
        ("Spoke to KHAN about it.", "KHAN", "KHAN"),
    ],
)
def test_name_run_narrows_a_guess_to_its_name(text: str, guess: str, name: str) -> None:
    start = text.index(guess)
    narrowed = name_run(text, Span(start, start + len(guess), PERSON, "ner"))
    assert narrowed is not None and narrowed.text_in(text) == name
