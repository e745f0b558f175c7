"""A question is pseudonymised with the forms the notes its asker may see gave a person.

The vault holds one value per token ("Dominika Treeve" for [CHILD]), but the notes of a case may
write the child by a form only the whole case shows to be a name ("Dom", a three-letter prefix that
is also a word). Ingest turns every such mention into the child's token, so a question that types
"dom" must too, or it meets none of the notes and the raw form reaches the prompt and the logs
(rules version 20). Session 13: those forms are built at ingest, one sealed row per note with the
note's sensitivity, and a question reads only the rows its asker's scope selects in the query: a
word only a restricted note uses never changes what an unentitled asker's question becomes.
Names, places and sentences are our own. The import is the real one (NER, Chroma and SQLite in a
temporary home); access is the real rule set (allocated worker: every note; a worker on the case's
access list: standard notes only).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from access.scope import Scope
from assistant.answering import ALIASES_MISSING, VaultRedactor
from assistant.settings import Settings
from records.models import Case, Sensitivity, User
from retrieval.retriever import pseudonymise_query
from tests.redaction_fixtures import STAFF, make_case

COVER = User(username="mcover", display_name="Morwen Cover", role="social_worker")
_DOM = make_case(
    ["Dominika Treeve seen at home.", "Mum said Dom was asleep when I arrived.", "Later Dom woke and played."],
    people=[{"person_id": "P1", "given_name": "Lowdy", "family_name": "Treeve", "relationship": "mother"}],
    given_name="Dominika",
    family_name="Treeve",
).model_copy(update={"access_list": [COVER.username]})
_PAT_DRAFT = make_case(
    ["Tamsin Rowe seen at school.", "Her nan said Tam was upset after contact."],
    people=[{"person_id": "P1", "given_name": "Morwenna", "family_name": "Rowe", "relationship": "grandmother"}],
    given_name="Tamsin",
    family_name="Rowe",
)
_PAT = _PAT_DRAFT.model_copy(
    update={
        "case_id": "CASE-2",
        "access_list": [COVER.username],
        "notes": [  # "Tam" is written only in the restricted note
            _PAT_DRAFT.notes[0].model_copy(update={"note_id": "BN1"}),
            _PAT_DRAFT.notes[1].model_copy(update={"note_id": "BN2", "sensitivity": Sensitivity.RESTRICTED}),
        ],
    }
)
FULL = Scope(full_cases=frozenset({"CASE-1", "CASE-2"}))
STANDARD = Scope(standard_cases=frozenset({"CASE-1", "CASE-2"}))


def _import(settings: Settings, cases: list[Case]) -> None:
    from assistant import ingest

    ingest.run_import(settings, cases, [*STAFF, COVER], prune=True, progress=False)


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(home=tmp_path_factory.mktemp("aliases") / "home")
    _import(settings, [_DOM, _PAT])
    return settings


@pytest.fixture(scope="module")
def redactor(settings: Settings) -> VaultRedactor:
    from assistant.wiring import build_vault

    return VaultRedactor(build_vault(settings))


def _spelled(redactor: VaultRedactor, question: str, scope: Scope, case_id: str) -> str:
    """The question as the pipeline spells it for `case_id` when asked within `scope`."""
    groups = pseudonymise_query(question, scope, redactor)
    return next(group.text for group in groups if case_id in group.scope.case_ids)


QUESTIONS: list[tuple[str, str, str, list[str]]] = [
    # (case, question, must be in the pseudonymised question, must not be), asked by an asker who
    # sees every note of both cases
    ("CASE-1", "was dom asleep when the worker arrived", "[CHILD] asleep", ["dom", "Dom"]),
    ("CASE-1", "was Dom asleep", "[CHILD] asleep", ["Dom"]),
    ("CASE-2", "why was tam upset", "[CHILD] upset", ["tam", "Tam"]),
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
    out = _spelled(redactor, question, FULL, case_id)
    assert present in out, out
    for word in absent:
        assert word not in out.split() and f"{word} " not in out, out


SCOPED: list[tuple[str, Scope, str, str, str]] = [
    # (who, scope, case, question, expected spelling): "Tam" is written only in CASE-2's restricted note
    ("allocated worker (every note)", FULL, "CASE-2", "why was tam upset", "why was [CHILD] upset"),
    ("listed worker (standard notes)", STANDARD, "CASE-2", "why was tam upset", "why was tam upset"),
    ("one case, standard notes", Scope(standard_cases=frozenset({"CASE-2"})), "CASE-2", "why was tam upset", "why was tam upset"),
    ("one case, every note", Scope(full_cases=frozenset({"CASE-2"})), "CASE-2", "why was tam upset", "why was [CHILD] upset"),
    # a standard note's alias reaches both
    ("listed worker (standard notes)", STANDARD, "CASE-1", "was Dom asleep", "was [CHILD] asleep"),
    ("mixed scope", Scope(frozenset({"CASE-1"}), frozenset({"CASE-2"})), "CASE-2", "why was tam upset", "why was tam upset"),
]


@pytest.mark.parametrize(("who", "scope", "case_id", "question", "expected"), SCOPED)
def test_an_alias_comes_only_from_notes_the_asker_may_see(
    redactor: VaultRedactor, who: str, scope: Scope, case_id: str, question: str, expected: str
) -> None:
    assert _spelled(redactor, question, scope, case_id) == expected, who


def test_the_plain_per_case_form_reads_standard_notes_only(redactor: VaultRedactor) -> None:
    """A caller without the asker's scope (redactor.pseudonymise) is denied the restricted alias."""
    assert redactor.pseudonymise("why was tam upset", "CASE-2") == "why was tam upset"
    assert redactor.pseudonymise("was dom asleep", "CASE-1") == "was [CHILD] asleep"


def test_the_scope_is_the_store_query(settings: Settings) -> None:
    """The rows come from the vault under the scope's SQL condition: the restricted note's row is
    stored (ingest built it) and only a scope that allows it reads it."""
    from access.scope import sql_where
    from redaction import Vault

    vault = Vault(_engine(settings), settings.redaction.vault_key.get_secret_value())
    full = vault.load_aliases(*sql_where(FULL))
    standard = vault.load_aliases(*sql_where(STANDARD))
    assert full["CASE-2"] == [(("Tam", "[CHILD]"),)]
    assert "CASE-2" not in standard
    assert standard["CASE-1"] == full["CASE-1"] == [(("Dom", "[CHILD]"),), (("Dom", "[CHILD]"),)]


def _engine(settings: Settings):  # type: ignore[no-untyped-def]
    from records.database import make_engine

    return make_engine(settings.db_url)


def test_the_prompt_and_the_audit_hold_the_token_not_the_alias(settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    """End to end through the real pipeline: the question the prompt is built from (the stored
    pseudonymised question), the audit row and the log hold [CHILD], never the typed alias; the
    listed worker, who may not see the restricted note, gets "tam" left as typed (no token taken
    from a note they cannot see) and no citation of that note."""
    from assistant.wiring import build_access, build_answering

    access = build_access(settings)
    answerer = build_answering(settings, access=access).answerer
    with caplog.at_level(logging.DEBUG):
        asked = [
            answerer.ask("sjones", "why was tam upset", case_id="CASE-2", reidentify=False),
            answerer.ask("sjones", "was dom asleep when the worker arrived", case_id="CASE-1", reidentify=False),
        ]
        listed = answerer.ask("mcover", "why was tam upset", case_id="CASE-2", reidentify=False)
    for answer in asked:
        assert "[CHILD]" in answer.pseudonymised_question, answer.pseudonymised_question
    audited = [str(entry.as_dict()) for entry in access.audit.query(username="sjones")]
    assert len(audited) >= 2
    for raw in ("tam upset", "dom asleep", "Tamsin", "Dominika"):
        assert all(raw not in text for text in [caplog.text, *audited, *(a.pseudonymised_question for a in asked)]), raw
    assert "[CHILD]" not in listed.pseudonymised_question, listed.pseudonymised_question
    assert "BN2" not in {citation.note_id for citation in listed.citations}


def test_a_deleted_or_reimported_note_takes_its_aliases_with_it(tmp_path: Path) -> None:
    """Re-importing the case without the restricted note (prune) removes its row, so the entitled
    asker's "tam" is no longer the child; re-importing it as rewritten without the nickname does
    too; deleting the case removes every row and the built marker."""
    from access.scope import sql_where
    from assistant.wiring import build_stores
    from redaction import Vault

    settings = Settings(home=tmp_path / "home")
    settings.home.mkdir(parents=True)
    vault = Vault(_engine(settings), settings.redaction.vault_key.get_secret_value())
    redactor = VaultRedactor(_build_vault(settings))
    scope = Scope(full_cases=frozenset({"CASE-2"}))
    rewritten = _PAT.notes[1].model_copy(update={"text": "Her nan said Tamsin was upset after contact."})
    steps = [
        ([_PAT], "why was [CHILD] upset"),
        ([_PAT.model_copy(update={"notes": _PAT.notes[:1]})], "why was tam upset"),  # note deleted (prune)
        ([_PAT], "why was [CHILD] upset"),
        ([_PAT.model_copy(update={"notes": [_PAT.notes[0], rewritten]})], "why was tam upset"),  # note re-imported
    ]
    for cases, expected in steps:
        _import(settings, cases)
        assert _spelled(redactor, "why was tam upset", scope, "CASE-2") == expected
    _import(settings, [_PAT])
    build_stores(settings).delete_case("CASE-2", "admin")
    assert vault.load_aliases(*sql_where(scope)) == {}
    assert vault.aliases_built(["CASE-2"]) == set()


def _build_vault(settings: Settings):  # type: ignore[no-untyped-def]
    from assistant.wiring import build_vault

    return build_vault(settings)


def test_an_import_made_before_aliases_still_answers_and_says_re_import(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A vault without alias rows (imported before session 13) answers without the aliases (never
    by reading every note's surfaces) and logs one message telling the admin to re-import; a plain
    re-import of the same files builds them (the unchanged case is planned again)."""
    from sqlalchemy import text

    settings = Settings(home=tmp_path / "home")
    _import(settings, [_DOM])
    with _engine(settings).begin() as conn:  # what an import before session 13 left behind
        conn.execute(text("DELETE FROM redaction_question_aliases"))
        conn.execute(text("DELETE FROM redaction_question_alias_cases"))
    redactor = VaultRedactor(_build_vault(settings))
    scope = Scope(full_cases=frozenset({"CASE-1"}))
    with caplog.at_level(logging.WARNING, logger="assistant.answering"):
        assert _spelled(redactor, "was Dom asleep", scope, "CASE-1") == "was Dom asleep"
    assert ALIASES_MISSING.format(count=1) in caplog.text  # a count and the fix; no case content
    assert "Dom" not in caplog.text and "Dominika" not in caplog.text
    _import(settings, [_DOM])
    assert _spelled(redactor, "was Dom asleep", scope, "CASE-1") == "was [CHILD] asleep"
