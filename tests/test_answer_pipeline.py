"""The answering pipeline with the extractive backend: grounded answers, scope, re-identification, audit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.answering import EXTRACTIVE_NOTICE, NO_CASELOAD
from assistant.models.base import NOT_RECORDED
from tests.answer_fixtures import KeywordRetriever, answerer, audit_rows, chunk
from tests.ollama_standin import no_real_ollama  # noqa: F401


@pytest.mark.parametrize(
    ("user", "case_id", "question", "note_id", "expected"),
    [
        ("sw_a", "CA", "When was the strategy discussion?", "A1", "On 4 March 2024"),
        ("sw_a", "CA", "Who is the GP?", "A4", "Dr Osei"),
        ("sw_a", "CA", "What did the school say about attendance?", "A2", "72%"),
        ("sw_a", "CA", "What did Amira say when she was seen alone?", "A3", "\"I don't like it when Dean Carter shouts\""),
        ("sw_a", "CA", "How many immunisation appointments were missed?", "A4", "two missed"),
        ("sw_b", None, "When did Leo go missing?", "B1", "On 2 November 2023"),
        ("manager", None, "When did Leo go missing?", "B1", "Leo Brennan went missing"),
    ],
)
def test_answers_quote_the_supporting_note_with_a_citation(
    tmp_path: Path, user: str, case_id: str | None, question: str, note_id: str, expected: str
) -> None:
    pipeline, _ = answerer(tmp_path)
    answer = pipeline.ask(user, question, case_id=case_id)
    assert not answer.refused and expected in answer.text
    assert answer.citations[0].note_id == note_id and "[1]" in answer.text
    assert (answer.backend, answer.prompt, answer.notice) == ("extractive", "answer@v2", EXTRACTIVE_NOTICE)


@pytest.mark.parametrize(
    "question",
    ["Who is the dentist?", "What is the child's address?", "Has the family been evicted?", "What is the weather like?"],
)
def test_questions_the_notes_do_not_answer_get_not_recorded(tmp_path: Path, question: str) -> None:
    pipeline, log = answerer(tmp_path)
    answer = pipeline.ask("sw_a", question, case_id="CA")
    assert (answer.text, answer.refused, answer.reason, answer.citations) == (NOT_RECORDED, True, "not_recorded", ())
    assert audit_rows(log)[-1].outcome == "refused"


@pytest.mark.parametrize(("user", "case_id"), [("sw_b", "CA"), ("sw_b", "CZ-DOES-NOT-EXIST"), ("stranger", "CA")])
def test_out_of_scope_is_refused_identically_and_reveals_nothing(tmp_path: Path, user: str, case_id: str) -> None:
    retriever = KeywordRetriever()
    pipeline, log = answerer(tmp_path, retriever=retriever)
    answer = pipeline.ask(user, "What did Amira say when seen alone?", case_id=case_id)
    assert answer.text == f"no access to case {case_id} or it does not exist"
    assert (answer.refused, answer.reason, answer.citations) == (True, "no_access", ())
    shown = json.dumps(answer.as_dict())
    for secret in ("Amira", "Dean", "[CHILD]", "seen alone in her bedroom", "A3"):
        assert secret not in shown.replace("What did Amira say", "")
    assert retriever.queries == []
    row = audit_rows(log)[-1]
    assert (row.outcome, row.case_ids, row.note_ids) == ("refused", (case_id,), ())


def test_user_with_no_caseload_is_refused_without_searching(tmp_path: Path) -> None:
    retriever = KeywordRetriever()
    pipeline, _ = answerer(tmp_path, retriever=retriever)
    answer = pipeline.ask("stranger", "When did Leo go missing?")
    assert (answer.text, answer.reason) == (NO_CASELOAD, "no_access") and retriever.queries == []


def test_confidential_note_never_reaches_a_colleague_with_standard_access(tmp_path: Path) -> None:
    pipeline, log = answerer(tmp_path)
    answer = pipeline.ask("cover", "Did Amira attend the sexual health clinic?", case_id="CA")
    assert "sexual health" not in json.dumps(answer.as_dict()).replace("Did Amira attend the sexual health clinic?", "")
    row = audit_rows(log)[-1]
    assert "A6" not in row.note_ids and "A6" not in row.detail["retrieved_note_ids"]
    owner = pipeline.ask("sw_a", "Did Amira attend the sexual health clinic?", case_id="CA")
    assert owner.citations and owner.citations[0].note_id == "A6"


def test_real_names_only_for_display_and_never_in_the_audit_trail(tmp_path: Path) -> None:
    pipeline, log = answerer(tmp_path)
    shown = pipeline.ask("sw_a", "What did Amira say when seen alone?", case_id="CA")
    hidden = pipeline.ask("sw_a", "What did Amira say when seen alone?", case_id="CA", reidentify=False)
    assert "Amira Khan" in shown.text and "Amira Khan" in shown.citations[-1].quote
    assert "Amira" not in hidden.text and "[CHILD]" in hidden.text and "[CHILD]" in hidden.citations[-1].quote
    assert "[CHILD]" in shown.pseudonymised_text and "Amira" not in shown.pseudonymised_text
    for row in audit_rows(log):
        assert row.question == "What did [CHILD] say when seen alone?"
        assert row.prompt_version == "answer@v2" and row.answer_id and row.model.startswith("extractive:")


def test_caseload_answers_reidentify_each_sentence_with_its_own_case(tmp_path: Path) -> None:
    pipeline, _ = answerer(tmp_path)
    answer = pipeline.ask("manager", "When did Leo go missing from the placement?")
    assert "Leo Brennan" in answer.text and "Amira" not in answer.text
    assert {c.case_id for c in answer.citations} == {"CB"}


def test_stream_yields_validated_tokens_then_the_final_audited_answer(tmp_path: Path) -> None:
    pipeline, log = answerer(tmp_path)
    events = list(pipeline.stream("sw_a", "Who is the GP?", case_id="CA"))
    kinds = [e.kind for e in events]
    assert kinds[-1] == "final" and len(kinds) >= 2 and set(kinds[:-1]) == {"token"}
    final = events[-1].answer
    assert final is not None and "".join(e.text for e in events[:-1]).strip() == final.text
    assert events[-1].as_dict()["answer"]["citations"][0]["note_id"] == "A4"
    assert [row.answer_id for row in audit_rows(log)] == [final.answer_id]


def test_every_answer_records_prompt_backend_model_and_retrieval_settings(tmp_path: Path) -> None:
    pipeline, _ = answerer(tmp_path)
    data = pipeline.ask("sw_a", "What happened in March 2024 at the strategy discussion?", case_id="CA").as_dict()
    assert data["prompt"] == "answer@v2" and data["backend"] == "extractive" and data["model"].startswith("extractive+")
    assert data["retrieval"] == {"top_k": 8, "hits": data["retrieval"]["hits"], "date_from": "2024-03-01", "date_to": "2024-03-31"}


@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("What happened in March at the strategy discussion?", ("2024-03-01", "2024-03-31")),  # the record's March
        ("What happened in March 2024 at the strategy discussion?", ("2024-03-01", "2024-03-31")),
        ("What happened in the last month?", ("2026-10-21", "2026-11-21")),  # relative: the calendar's
    ],
)
def test_a_month_without_a_year_is_the_latest_one_of_the_cases_record(
    tmp_path: Path, question: str, window: tuple[str, str]
) -> None:
    """Two years after the newest note, "in March" still means the case's last March, not this year's."""
    pipeline, _ = answerer(tmp_path, today=dt.date(2026, 11, 21))
    data = pipeline.ask("sw_a", question, case_id="CA").as_dict()
    assert (data["retrieval"]["date_from"], data["retrieval"]["date_to"]) == window


def test_vault_redactor_uses_each_cases_own_encrypted_vault(tmp_path: Path) -> None:
    from assistant.answering import VaultRedactor
    from records.database import make_engine
    from redaction import Vault

    vault = Vault(make_engine(f"sqlite:///{tmp_path / 'vault.db'}"), "test-key")
    vault.save("C1", {"[CHILD]": "Keisha Richards", "[GP]": "Bridget Cash"})
    vault.save("C2", {"[CHILD]": "Leo Brennan"})
    redactor = VaultRedactor(vault)
    assert redactor.pseudonymise("What did Keisha Richards tell Dr Bridget Cash?", "C1") == "What did [CHILD] tell [GP]?"
    assert redactor.pseudonymise("What did Keisha Richards say?", "C2") == "What did Keisha Richards say?"
    assert redactor.reidentify("[CHILD] saw [GP] [1].", "C1") == "Keisha Richards saw Bridget Cash [1]."
    assert redactor.reidentify("[CHILD] saw [GP] [1].", "C2") == "Leo Brennan saw [GP] [1]."
    assert redactor.reidentify("[CHILD]", "never-imported") == "[CHILD]"


def test_a_failing_store_is_audited_as_an_error_and_raised(tmp_path: Path) -> None:
    class UnavailableIndex(KeywordRetriever):
        def search_queries(self, *args: object, **kwargs: object) -> list:  # type: ignore[override]
            raise ConnectionError("index unavailable")

    pipeline, log = answerer(tmp_path, retriever=UnavailableIndex())
    with pytest.raises(ConnectionError):
        pipeline.ask("sw_a", "Who is the GP?", case_id="CA")
    row = audit_rows(log)[-1]
    assert (row.outcome, row.case_ids, row.prompt_version) == ("error", ("CA",), "answer@v2")


def test_a_date_the_note_states_relatively_says_where_it_comes_from(tmp_path: Path) -> None:
    """A reader can check a worked-out date: the words the note used and the note's own date, cited."""
    note = chunk("B9", "CB", dt.date(2024, 2, 6), "home_visit", "Home visit", "[CHILD] ran off from school on Saturday and came back late.")
    pipeline, _ = answerer(tmp_path, retriever=KeywordRetriever((note,)), embedder=False)
    answer = pipeline.ask("sw_b", "When did Leo run off from school?", case_id="CB")
    assert answer.text.startswith("On 3 February 2024 (home visit; the note of 6 February 2024 says 'on Saturday'): Leo"), answer.text
    assert "[1]" in answer.text and [c.note_id for c in answer.citations] == ["B9"]
