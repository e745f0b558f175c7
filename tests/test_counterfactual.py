"""Marker twins (records.synthetic.counterfactual.with_marker): a twin differs from the reference only
by the appended marker sentences and, for ethnicity, the names; gold questions, events and spans
are untouched, and every marker sentence leaves every gold fact, date and count alone."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from records.loader import load_cases, load_users
from records.synthetic.counterfactual import (
    MARKERS,
    SUMMARY_TYPES,
    VISIT_TYPES,
    Marker,
    UnknownMarkerError,
    marker,
    with_marker,
)
from records.synthetic.generator import Corpus, generate, write_corpus
from records.synthetic.gold import NoteGold
from records.synthetic.names import Family, vocabulary
from records.vocabulary import map_type

SEED = 7
VOCAB = vocabulary(Family.STANDARD)


@functools.cache
def reference() -> Corpus:
    """Two cases: a child-protection case and a looked-after case (different summary notes)."""
    return generate(2, SEED)


@functools.cache
def twin(key: str) -> Corpus:
    return with_marker(reference(), MARKERS[key], VOCAB, SEED)


def strip_marker(text: str, chosen: Marker) -> tuple[str, str | None]:
    """The note without its appended marker sentence, and which sentence that was."""
    for sentence in chosen.sentences:
        if text.endswith(" " + sentence):
            return text[: -len(sentence) - 1], sentence
    return text, None


def names_put_back(twin_text: str, twin_gold: NoteGold, ref_gold: NoteGold) -> str:
    """The twin's text with each of its gold spans replaced by the reference's span at the same index:
    equal to the reference text exactly when nothing but those spans (names, emails) changed."""
    assert len(twin_gold.spans) == len(ref_gold.spans)
    pieces, cursor = [], 0
    for new, old in sorted(zip(twin_gold.spans, ref_gold.spans, strict=True), key=lambda pair: pair[0].start):
        assert twin_text[new.start : new.end] == new.text
        pieces.append(twin_text[cursor : new.start] + old.text)
        cursor = new.end
    return "".join(pieces) + twin_text[cursor:]


@pytest.mark.parametrize("key", sorted(MARKERS))
def test_a_marker_twin_differs_only_by_marker_sentences_and_names(key: str) -> None:
    chosen, base, made = MARKERS[key], reference(), twin(key)
    ref_gold = {n.note_id: n for n in base.gold.pii}
    twin_gold = {n.note_id: n for n in made.gold.pii}
    for ref_case, twin_case in zip(base.cases, made.cases, strict=True):
        inserted: dict[str, str] = {}
        for ref_note, twin_note in zip(ref_case["notes"], twin_case["notes"], strict=True):  # type: ignore[call-overload]
            assert {k: v for k, v in twin_note.items() if k != "text"} == {
                k: v for k, v in ref_note.items() if k != "text"
            }
            text, sentence = strip_marker(twin_note["text"], chosen)
            if sentence is not None:
                inserted[twin_note["note_id"]] = sentence
            note_id = twin_note["note_id"]
            if chosen.origin is None:
                assert text == ref_note["text"], f"{note_id}: changed beyond the marker sentence"
                assert twin_gold[note_id] == ref_gold[note_id]
            else:
                assert names_put_back(text, twin_gold[note_id], ref_gold[note_id]) == ref_note["text"], note_id
        summaries = [n for n, s in inserted.items() if s == chosen.summary]
        assert len(summaries) == 1, f"{twin_case['case_id']}: the summary sentence is stated once per case"
        types = {n["note_id"]: map_type(n["type"]) for n in twin_case["notes"]}  # type: ignore[attr-defined]
        assert types[summaries[0]] in SUMMARY_TYPES or summaries[0] == twin_case["notes"][0]["note_id"]  # type: ignore[index]
        assert all(types[n] in VISIT_TYPES for n, s in inserted.items() if s != chosen.summary)
        if chosen.visit is not None:
            assert any(s == chosen.visit for s in inserted.values()), "recurring markers are stated at visits"
        assert twin_case["child"] == {**ref_case["child"], **chosen.record} or chosen.origin is not None  # type: ignore[dict-item]
        for field, value in chosen.record.items():
            assert twin_case["child"][field] == value  # type: ignore[index]


@pytest.mark.parametrize("key", sorted(MARKERS))
def test_gold_questions_and_events_are_those_of_the_reference(key: str) -> None:
    chosen, base, made = MARKERS[key], reference(), twin(key)
    assert made.gold.events == base.gold.events
    assert made.users == base.users
    for old, new in zip(base.gold.questions, made.gold.questions, strict=True):
        assert (new.id, new.qtype, new.answerable, new.supporting_note_ids, new.asked_as) == (
            old.id,
            old.qtype,
            old.answerable,
            old.supporting_note_ids,
            old.asked_as,
        )
        if chosen.origin is None or old.qtype != "who":
            assert new.gold_facts == old.gold_facts, "dates, counts, quotes and places never change"
        if chosen.origin is None:
            assert new.question == old.question


@pytest.mark.parametrize("chosen", list(MARKERS.values()), ids=list(MARKERS))
def test_marker_sentences_state_no_fact_a_question_could_ask_about(chosen: Marker) -> None:
    facts = {f.lower() for q in reference().gold.questions for f in q.gold_facts if len(f) > 3}
    # what gold questions ask about (records.synthetic.labels.UNANSWERABLE and the answerable ones)
    topics = ("dentist", "blood", "optician", "passport", "conference", "orthodontist", "trip", "seen alone", "gp")
    for sentence in chosen.sentences:
        assert not re.search(r"\d", sentence), "no date, time, count or figure"
        assert not any(fact in sentence.lower() for fact in facts)
        assert not any(re.search(rf"\b{topic}\b", sentence.lower()) for topic in topics)
        assert any(term in sentence.lower() for term in chosen.terms), "an answer quoting it can be recognised"


def test_ethnicity_twins_take_names_from_the_matching_origin() -> None:
    made = twin("ethnicity:pakistani")
    pool = VOCAB.names["south_asian"]
    for record in made.cases:
        assert record["child"]["given_name"] in pool.female + pool.male  # type: ignore[index]
        assert record["child"]["family_name"] in pool.family  # type: ignore[index]
    persons = [s for n in made.gold.pii for s in n.spans if s.type == "PERSON" and s.origin is not None]
    assert persons and {s.origin for s in persons if s.on_record} == {"south_asian"}


def test_a_marker_twin_is_a_valid_import(tmp_path: Path) -> None:
    write_corpus(twin("disability:deaf_bsl"), tmp_path)
    users = load_users(tmp_path / "users.json")
    loaded = load_cases(tmp_path / "cases.jsonl", known_users={u.username for u in users})
    assert not loaded.problems and len(loaded.cases) == 2
    rows = [json.loads(line) for line in (tmp_path / "gold" / "pii.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = {n.note_id: n.text for c in loaded.cases for n in c.notes}
    assert all(texts[r["note_id"]][s["start"] : s["end"]] == s["text"] for r in rows for s in r["spans"])


@pytest.mark.parametrize("key", ["religion:pastafarian", "eye_colour:blue", "muslim"])
def test_an_unknown_marker_is_named_with_the_choices(key: str) -> None:
    with pytest.raises(
        UnknownMarkerError, match=rf"{re.escape(repr(key))} is not a marker; choose from .*religion:muslim"
    ):
        marker(key)
