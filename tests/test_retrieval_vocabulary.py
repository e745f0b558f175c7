"""One concept table for retriever, answerer and chronology: text in, concept heads out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from access.scope import Scope
from retrieval.expansion import SYNONYMS, concepts_in, expand
from retrieval.keyword_index import KeywordIndex
from retrieval.types import Chunk

CONCEPTS: list[tuple[str, frozenset[str]]] = [
    # text, the concept heads it names
    ("ICPC held 09/10/2023", frozenset({"initial child protection conference"})),
    ("INITIAL CHILD PROTECTION CONFERENCE", frozenset({"initial child protection conference", "child protection"})),
    ("the initial conference agreed a plan", frozenset({"initial child protection conference"})),
    ("two ICPCs in a year", frozenset({"initial child protection conference"})),
    ("CP plans for both", frozenset({"child protection", "child protection plan"})),
    ("s47 NFA", frozenset({"section 47 enquiry", "no further action"})),
    ("Mum and dad", frozenset({"mother", "father"})),
    ("mums family time", frozenset({"family time"})),  # a possessive typed without its apostrophe
    ("missing episodes", frozenset({"missing from home"})),
    # abbreviations a new author types
    ("who is doing the s7 report", frozenset({"section 7 report"})),
    ("moved to the resi home", frozenset({"residential home"})),
    ("sent home with nits again", frozenset({"head lice"})),
    ("paed appt on Tuesday", frozenset({"paediatrician", "appointment"})),
    ("CP medical completed (20/9)", frozenset({"child protection medical", "child protection"})),
    ("NRM: positive reasonable grounds decision", frozenset({"national referral mechanism"})),
    ("still RUI?", frozenset({"released under investigation"})),
    ("CPS NFA", frozenset({"crown prosecution service", "no further action"})),
    ("ABE interview booked", frozenset({"achieving best evidence interview"})),
    ("at the PRU three days a week", frozenset({"alternative provision"})),
    ("OT assessment", frozenset({"occupational therapy", "assessment"})),
    ("non-mol granted", frozenset({"non-molestation order"})),
    ("non mol granted", frozenset({"non-molestation order"})),
    # families' everyday words
    ("when did dad chuck her out", frozenset({"father", "told to leave home"})),
    ("is she back in touch with her dad", frozenset({"in contact", "father"})),
    ("the little one found on his own", frozenset({"youngest child", "unsupervised", "alone"})),
    ("was he seen alone", frozenset({"alone"})),  # notes write "spent time with her on her own"
    ("Step-dad came round", frozenset({"stepfather"})),
    ("step dad came round", frozenset({"stepfather", "father"})),  # two words: the second is "dad"
    ("staying at her nan's", frozenset({"grandmother"})),
    ("her bf picked her up", frozenset({"boyfriend"})),
    # ordinary words that are not the concept
    ("pass the salt", frozenset()),
    ("give her a pep talk", frozenset()),
    ("strategy", frozenset()),
    ("the resident parent", frozenset()),
    ("a pa system, an ot of time, an ap", frozenset()),
    ("told to leave the room", frozenset()),
    ("an orange", frozenset()),
    ("", frozenset()),
]


@pytest.mark.parametrize(("text", "heads"), CONCEPTS)
def test_concepts_in(text: str, heads: frozenset[str]) -> None:
    assert concepts_in(text) == heads


def test_every_variant_names_its_head() -> None:
    for group in SYNONYMS:
        for variant in group:
            assert group[0] in concepts_in(f"about {variant} today"), variant


def test_heads_are_unique() -> None:
    """The answerer keys its concepts by head: two groups with one head would merge silently."""
    heads = [group[0] for group in SYNONYMS]
    assert len(heads) == len(set(heads))


@pytest.mark.parametrize("text", [text for text, _ in CONCEPTS])
def test_concepts_in_agrees_with_expansion(text: str) -> None:
    """The answerer's and chronology's reading of a text is the retriever's reading of it."""
    assert concepts_in(text) == frozenset(expand(text).concepts)


FILLER = [
    "She was at home when the worker visited and she had tea with her dad.",
    "The visit was fine; how she has settled was discussed with her.",
    "Dad was out when the call came; she had gone to school.",
    "Who is doing the school run was agreed; he did go with her.",
    "When the review was held she had her say, often and well.",
]
"""Notes in the words every note uses, so the questions' plain words are common, as in a real case."""


def _chunk(note_id: str, text: str) -> Chunk:
    return Chunk(f"{note_id}:0", note_id, "C1", dt.date(2024, 1, 1), "case_note", "Note", text, "standard")


@pytest.mark.parametrize(
    ("question", "note", "distractor"),
    [
        ("who is doing the s7 report", "Cafcass confirmed the section 7 report is allocated to [PERSON 2].",
         "The school report is due."),
        ("when was the ICPC", "INITIAL CHILD PROTECTION CONFERENCE - held 09/10/2023.",
         "Visit was on time."),
        ("when did he go to the resi home", "Moved to the residential unit on Friday.",
         "He went home."),
        ("how often has she had nits", "Head lice again: school sent her home.",
         "She had a cold."),
        ("when did dad chuck her out", "Her dad told her to get out last night; she is homeless.",
         "Dad took her out with her friend."),
    ],
)
def test_keyword_search_meets_the_other_form(tmp_path: Path, question: str, note: str, distractor: str) -> None:
    """The note says it one way, the question the other; the distractor shares the question's plain
    words, so only the concept's other form puts the note first."""
    keywords = KeywordIndex(tmp_path / "keywords.db")
    keywords.upsert([_chunk("N1", note), _chunk("N2", distractor), *(_chunk(f"F{i}", text) for i, text in enumerate(FILLER))])
    found = keywords.search(expand(question).keyword, Scope(standard_cases=frozenset({"C1"})), k=2)
    assert found[0][0] == "N1:0"
