"""Conversations: follow-ups resolved offline, stored pseudonymised per user on a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.conversations import ConversationStore, RuleCondenser, Turn, subject_of
from records.database import make_engine
from tests.answer_fixtures import answerer
from tests.ollama_standin import no_real_ollama  # noqa: F401


def _turn(question: str, answer: str = "An answer [1].") -> Turn:
    return Turn(question, question, answer, {"answer": answer})


@pytest.mark.parametrize(
    ("previous", "follow_up", "standalone"),
    [
        ("What was agreed at the strategy discussion?", "and when was that?", "When was the strategy discussion?"),
        ("What did the school say about attendance?", "And who said it?", "Who said attendance?"),
        ("When did [CHILD] go missing?", "what did the police say about it?", "What did the police say about [CHILD] go missing?"),
        ("Who is the GP?", "What about the health visitor?", "Who is the health visitor?"),
        ("Who is the GP?", "When was the strategy discussion?", "When was the strategy discussion?"),
    ],
)
def test_offline_condensation_carries_the_previous_subject(previous: str, follow_up: str, standalone: str) -> None:
    assert RuleCondenser().condense([_turn(previous)], follow_up) == standalone


def test_without_history_the_question_is_unchanged() -> None:
    assert RuleCondenser().condense([], "and when was that?") == "and when was that?"


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("What did the school say about attendance?", "attendance"),
        ("When was the strategy discussion?", "the strategy discussion"),
        ("Who attended the ICPC?", "attended the ICPC"),
    ],
)
def test_subject_of_a_question(question: str, subject: str) -> None:
    assert subject_of(question) == subject


def test_follow_up_is_answered_from_the_resolved_question(tmp_path: Path) -> None:
    pipeline, _ = answerer(tmp_path)
    first = pipeline.ask("sw_a", "What was agreed at the strategy discussion?", case_id="CA")
    history = [Turn(first.pseudonymised_question, first.pseudonymised_question, first.pseudonymised_text)]
    follow = pipeline.ask("sw_a", "and when was that?", case_id="CA", history=history)
    assert follow.pseudonymised_question == "When was the strategy discussion?"
    assert "On 4 March 2024" in follow.text and follow.citations[0].note_id == "A1"


@pytest.fixture
def store(tmp_path: Path) -> ConversationStore:
    clock = iter(dt.datetime(2024, 5, 1, 9, minute, tzinfo=dt.UTC) for minute in range(60))
    return ConversationStore(make_engine(f"sqlite:///{tmp_path / 'app.db'}"), clock=lambda: next(clock))


def test_conversations_are_listed_resumed_and_deleted_by_their_owner_only(store: ConversationStore) -> None:
    first = store.start("sw_a", "CA", "What did [CHILD] say?")
    second = store.start("sw_a", None, "Who went missing last month across my caseload?")
    assert store.add_turn("sw_a", first.id, _turn("What did [CHILD] say?", "[CHILD] said no [1]."))
    assert store.add_turn("sw_a", first.id, _turn("When was that?"))
    assert [c.id for c in store.list("sw_a")] == [first.id, second.id]
    resumed = store.get("sw_a", first.id)
    assert resumed is not None and resumed.case_id == "CA" and [t.question for t in resumed.turns] == ["What did [CHILD] say?", "When was that?"]
    assert resumed.turns[0].answer_json == {"answer": "[CHILD] said no [1]."}
    assert store.list("sw_b") == [] and store.get("sw_b", first.id) is None
    assert not store.add_turn("sw_b", first.id, _turn("sneaky")) and not store.delete("sw_b", first.id)
    assert store.delete("sw_a", first.id) and store.get("sw_a", first.id) is None
    assert [c.id for c in store.list("sw_a")] == [second.id]


def test_deleting_a_case_removes_its_conversations(store: ConversationStore) -> None:
    kept = store.start("sw_a", "CB", "q")
    gone = store.start("sw_a", "CA", "q")
    store.add_turn("sw_a", gone.id, _turn("q"))
    caseload = store.start("sw_a", None, "q")
    store.add_turn("sw_a", caseload.id, Turn("q1", "q1", "a1", {"citations": [{"case_id": "CA", "note_id": "N1"}]}))
    store.add_turn("sw_a", caseload.id, Turn("q2", "q2", "a2", {"citations": [{"case_id": "CB", "note_id": "N9"}]}))
    assert store.delete_for_case("CA") == 2
    assert {c.id for c in store.list("sw_a")} == {kept.id, caseload.id}
    remaining = store.get("sw_a", caseload.id)
    assert remaining is not None and [t.question for t in remaining.turns] == ["q2"]


def test_titles_are_trimmed_for_lists(store: ConversationStore) -> None:
    long = store.start("sw_a", "CA", "word " * 60)
    assert len(long.title) <= 80 and long.title.endswith("…")
