"""A question is pseudonymised with the forms the asked case's notes gave a person (rules version 20).

The vault holds one value per token ("Dominika Treeve" for [CHILD]), but the notes of a case may
write the child by a form only the whole case shows to be a name ("Dom", a three-letter prefix that
is also a word). Ingest turns every such mention into the child's token, so a question that types
"dom" must too, or it meets none of the notes and the raw form reaches the prompt and the logs.
Names, places and sentences are our own. The import is the real one (NER, Chroma and SQLite in a
temporary home); only the asked case's aliases are used.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering import VaultRedactor
from assistant.settings import Settings
from records.models import Case
from tests.redaction_fixtures import STAFF, make_case

_DOM = make_case(
    ["Dominika Treeve seen at home.", "Mum said Dom was asleep when I arrived.", "Later Dom woke and played."],
    people=[{"person_id": "P1", "given_name": "Lowdy", "family_name": "Treeve", "relationship": "mother"}],
    given_name="Dominika",
    family_name="Treeve",
)
_PAT_DRAFT = make_case(
    ["Tamsin Rowe seen at school.", "Her nan said Tam was upset after contact."],
    people=[{"person_id": "P1", "given_name": "Morwenna", "family_name": "Rowe", "relationship": "grandmother"}],
    given_name="Tamsin",
    family_name="Rowe",
)
_PAT = _PAT_DRAFT.model_copy(
    update={
        "case_id": "CASE-2",
        "notes": [n.model_copy(update={"note_id": f"B{n.note_id}"}) for n in _PAT_DRAFT.notes],
    }
)


@pytest.fixture(scope="module")
def redactor(tmp_path_factory: pytest.TempPathFactory) -> VaultRedactor:
    from assistant import ingest
    from assistant.wiring import build_vault

    settings = Settings(home=tmp_path_factory.mktemp("aliases") / "home")
    cases: list[Case] = [_DOM, _PAT]
    ingest.run_import(settings, cases, list(STAFF), prune=False, progress=False)
    return VaultRedactor(build_vault(settings))


QUESTIONS: list[tuple[str, str, str, list[str]]] = [
    # (case, question, must be in the pseudonymised question, must not be)
    ("CASE-1", "was dom asleep when the worker arrived", "[CHILD] asleep", ["dom", "Dom"]),  # fails before
    ("CASE-1", "was Dom asleep", "[CHILD] asleep", ["Dom"]),  # fails before
    ("CASE-2", "why was tam upset", "[CHILD] upset", ["tam", "Tam"]),  # fails before
    # ... guards: another case's alias is not this case's ("tam" in CASE-1, "dom" in CASE-2), and
    # the full name still works as before.
    ("CASE-1", "why was tam upset", "tam upset", ["[CHILD]"]),
    ("CASE-2", "was dom asleep", "dom asleep", ["[CHILD]"]),
    ("CASE-1", "how is Dominika Treeve", "[CHILD]", ["Dominika"]),
]


@pytest.mark.parametrize(("case_id", "question", "present", "absent"), QUESTIONS)
def test_a_question_takes_the_asked_cases_aliases(
    redactor: VaultRedactor, case_id: str, question: str, present: str, absent: list[str]
) -> None:
    out = redactor.pseudonymise(question, case_id)
    assert present in out, out
    for word in absent:
        assert word not in out.split() and f"{word} " not in out, out


def test_the_notes_hold_the_token_the_question_now_takes(redactor: VaultRedactor, tmp_path: Path) -> None:
    """The alias is read from what ingest stored: the note's surface for the child's token is "Dom"."""
    from redaction.surfaces import case_aliases

    loaded = redactor._vaults.load("CASE-1")  # the adapter's own vault, read as display reads it
    assert loaded is not None
    assert case_aliases(loaded) == {"Dom": "[CHILD]"}
