"""The audit row of a question holds no name, though retrieval keeps a name that is also a word.

The pseudonymised question drives retrieval and the prompt, and for them a lower-case given name
that is an English word ("is lily still at nursery", "has barney gone back to school yet?") stays
the word. The audit trail stored that same text, so independent8's blind privacy run found the
nickname "barney" raw in an audit row. The audit copy (redaction.audit_copy) masks every value of
the vault with no ordinary-word exception; these rows show the leak each one closed ("leak" rows
fail with the retrieval form as the audit text) and what must stay as typed ("guard" rows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from redaction import pseudonymise
from redaction.audit_copy import audit_copy

FAMILY = {
    "[CHILD]": "Lily-Mae Baker",
    "[MOTHER]": "Skye Mason",
    "[FATHER]": "Jack Baker",
    "[PERSON 3]": "Barney",
    "[PERSON 4]": "Worker",
    "[PERSON 5]": "D",
    "[SOCIAL WORKER]": "Lochlan Trevanion",
    "[DOB 1]": "2015-06-01",
    "[PHONE 1]": "07700 900123",
}
NO_ROSE = {"[CHILD]": "Amira Khan", "[MOTHER]": "Nadia Khan"}

ROWS: list[tuple[str, str, Mapping[str, str], str]] = [
    # (kind, question, vault, audit copy)
    ("leak", "is lily still at nursery?", FAMILY, "is [CHILD] still at nursery?"),
    ("leak", "has barney gone back to school yet?", FAMILY, "has [PERSON 3] gone back to school yet?"),  # a nickname
    ("leak", "has jack been seen", FAMILY, "has [FATHER] been seen"),
    ("leak", "what did baker say", FAMILY, "what did [CHILD] say"),  # a family name in lower case: shared, the first holder
    ("leak", "is mason working", FAMILY, "is [MOTHER] working"),
    ("leak", "lily's nursery place", FAMILY, "[CHILD]'s nursery place"),  # a possessive
    ("leak", "lilys nursery place", FAMILY, "[CHILD] nursery place"),  # ... typed without its apostrophe
    ("leak", "is lily mae settled", FAMILY, "is [CHILD] [CHILD] settled"),  # a hyphenated given name's parts
    ("leak", "was she born 1/6/2015?", FAMILY, "was she born [DOB 1]?"),  # an identifier typed
    ("leak", "born 1 June 2015, is that right", FAMILY, "born [DOB 1], is that right"),
    ("guard", "did rose go to the meeting", NO_ROSE, "did rose go to the meeting"),  # no Rose on the record
    ("guard", "went for a walk with mum", FAMILY, "went for a walk with mum"),
    ("guard", "did lochlan visit", FAMILY, "did [SOCIAL WORKER] visit"),  # a label "Worker" never enters a token
    ("guard", "I'd ask d about it", FAMILY, "I'd ask d about it"),  # a one-letter value is never masked
    ("guard", "is Lily-Mae ok", FAMILY, "is [CHILD] ok"),  # found already: the token stays as it is
    ("guard", "call 07700900123", FAMILY, "call [PHONE 1]"),
]


@pytest.mark.parametrize(("kind", "question", "vault", "expected"), ROWS, ids=[row[1] for row in ROWS])
def test_the_audit_copy_masks_every_vault_value(kind: str, question: str, vault: Mapping[str, str], expected: str) -> None:
    """Leak rows: the retrieval form kept the value when written (v14), so the audit held it. Guard
    rows: the audit copy changes nothing the normal pseudonymisation left (words, tokens, initials)."""
    retrieval = pseudonymise(question, vault)
    assert audit_copy(retrieval, vault) == expected
    if kind == "guard":
        assert retrieval == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("has jack been seen at school", "has [PERSON] been seen at school"),  # Jack is the other case's
        ("is amira settled", "is [CHILD] settled"),  # the own case's child keeps its own token
        ("ring 07700 900123", "ring [PHONE]"),
        ("what did the school say", "what did the school say"),
    ],
)
def test_a_caseload_question_masks_the_other_cases_with_a_kind_only_token(question: str, expected: str) -> None:
    own = NO_ROSE
    assert audit_copy(pseudonymise(question, own), own, [FAMILY]) == expected


# ---- end to end: the real import (Presidio, the shipped NER, MiniLM, Chroma and SQLite in tmp) ----

USERS = [
    {"username": "sw.ade", "display_name": "Ade Worker", "role": "social_worker", "teams": ["North"]},
    {"username": "tm.bea", "display_name": "Bea Manager", "role": "team_manager", "teams": ["North"]},
]


def _case(case_id: str, given: str, family: str, notes: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {
        "case_id": case_id, "team": "North", "status": "child_in_need", "restricted": False,
        "allocated_worker": "sw.ade", "access_list": [],
        "child": {"person_id": f"{case_id}-child", "given_name": given, "family_name": family, "date_of_birth": "2020-02-03"},
        "people": [{"person_id": f"{case_id}-mum", "given_name": "Rose", "family_name": family, "relationship": "mother"}],
        "notes": [
            {"note_id": nid, "date": date, "type": "Home Visit", "author": "sw.ade", "title": "Visit", "text": text, "sensitivity": "standard"}
            for nid, date, text in notes
        ],
    }


CASES = [
    _case("C1", "Lily", "Hartwell", [
        ("C1-N1", "2024-03-01", "Lily Hartwell was seen at Little Acorns nursery. Staff said Lily attends every morning and is settled."),
        ("C1-N2", "2024-03-08", "Rose Hartwell said the housing officer has not called back about the damp in the flat."),
    ]),
    _case("C2", "Jack", "Bishop", [
        ("C2-N1", "2024-03-02", "Jack Bishop was seen at school. His teacher said Jack has been sleeping in class."),
    ]),
]


@dataclass(frozen=True)
class Imported:
    home: Path
    parts: Any
    audit: Any
    values: tuple[str, ...]
    """Every vault value and name part of three letters or more, lower case."""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Imported]:
    from assistant.ingest import SilentProgress
    from assistant.settings import Settings
    from assistant.wiring import build_access, build_answering, build_embedder, build_ingestor, build_vault
    from records.models import Case, User

    home = tmp_path_factory.mktemp("audit-copy") / "home"
    settings = Settings(home=home)
    embedder = build_embedder(settings)
    cases = [Case.model_validate(c) for c in CASES]
    users = [User.model_validate(u) for u in USERS]
    build_ingestor(settings, embedder=embedder).run(cases, users, prune=False, progress=SilentProgress(), actor="test")
    vault = build_vault(settings)
    values = {
        part.lower()
        for case in ("C1", "C2")
        for value in (vault.load(case) or {}).values()
        for part in [value, *value.replace("-", " ").split()]
        if len(part) >= 3
    }
    assert {"lily", "rose", "hartwell", "jack", "bishop"} <= values, values
    yield Imported(home, build_answering(settings, embedder=embedder), build_access(settings).audit, tuple(sorted(values)))


def _last_row(imported: Imported) -> tuple[str, list[str]]:
    """The last audit row's question and the notes retrieval found for it."""
    rows = list(imported.audit.query())
    assert rows and rows[-1].question is not None
    return str(rows[-1].question), list(rows[-1].detail.get("retrieved_note_ids", []))


def _holds_no_value(text: str, values: tuple[str, ...]) -> list[str]:
    import re

    return [v for v in values if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text.lower())]


def test_the_audit_row_holds_no_name_while_retrieval_still_finds_the_note(imported: Imported) -> None:
    answer = imported.parts.answerer.ask("sw.ade", "is lily still at nursery?", case_id="C1")
    assert answer.pseudonymised_question == "is lily still at nursery?"  # retrieval's text: unchanged
    question, retrieved = _last_row(imported)
    assert retrieved[:1] == ["C1-N1"]
    assert question == "is [CHILD] still at nursery?"
    assert _holds_no_value(question, imported.values) == []


def test_a_follow_up_and_a_streamed_answer_are_audited_strictly(imported: Imported) -> None:
    from assistant.conversations import Turn

    history = [Turn("is lily still at nursery?", "is lily still at nursery?", "[CHILD] attends every morning [1].")]
    events = list(imported.parts.answerer.stream("sw.ade", "what about her attendance?", case_id="C1", history=history))
    assert events[-1].kind == "final" and events[-1].answer is not None
    assert "lily" in events[-1].answer.pseudonymised_question  # the condensed question carries the raw word on
    question, retrieved = _last_row(imported)
    assert _holds_no_value(question, imported.values) == [], question
    assert "[CHILD]" in question and "C1-N1" in retrieved


def test_a_caseload_question_is_audited_without_any_consulted_cases_names(imported: Imported) -> None:
    answer = imported.parts.answerer.ask("tm.bea", "has jack been sleeping in class?")
    assert "jack" in answer.pseudonymised_question  # retrieval keeps the word
    question, retrieved = _last_row(imported)
    assert retrieved[:1] == ["C2-N1"]
    assert _holds_no_value(question, imported.values) == [], question


@pytest.mark.parametrize(("user", "case_id"), [("sw.ade", "C1"), ("tm.bea", None)])
def test_a_search_is_audited_strictly(imported: Imported, user: str, case_id: str | None) -> None:
    """`caseassist search` writes its own audit row: the same strict copy, for a case or a caseload."""
    from assistant.settings import Settings
    from caseassist.commands.batch import BatchLine
    from caseassist.commands.search import _Session

    session = _Session.open(Settings(home=imported.home), user)
    found = session.search(BatchLine("q1", case_id, "is lily still at nursery?"), 3, False, dt.date(2024, 6, 1))
    assert found["results"] and found["results"][0]["note_id"] == "C1-N1"
    question, _ = _last_row(imported)
    assert _holds_no_value(question, imported.values) == [], question


def test_the_audit_copy_is_fast_enough_for_every_question() -> None:
    vault = {f"[PERSON {i}]": f"Given{i} Family{i}" for i in range(60)} | FAMILY
    started = dt.datetime.now()
    for _ in range(50):
        audit_copy("has barney gone back to school yet and did lily see mason?", vault)
    assert (dt.datetime.now() - started).total_seconds() < 2.0
