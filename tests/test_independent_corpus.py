"""The hand-written corpora (data/independent, data/independent2, data/independent3, data/independent4, data/independent5, data/independent6, data/independent7, data/independent8, data/independent9, data/independent10, data/independent11, data/independent12, data/independent13, data/independent14, data/independent15) are internally consistent.

Other engineers measure answering and chronology quality on it, so a broken offset, a dangling
note id or a question asked by someone who cannot see its notes would silently corrupt their
figures. These checks are fast: no embedding, no index.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import shutil
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from records.loader import load_cases, load_users
from records.models import Case, Role, Sensitivity

DATA = Path(__file__).resolve().parent.parent / "data"
CORPORA = {"independent": "IND", "independent2": "IN2", "independent3": "IN3", "independent4": "IN4", "independent5": "IN5", "independent6": "IN6", "independent7": "IN7", "independent8": "IN8", "independent9": "IN9", "independent10": "IN10", "independent11": "IN11", "independent12": "IN12", "independent13": "IN13", "independent14": "IN14", "independent15": "IN15"}
"""Each hand-written corpus and the prefix of its six case ids."""
_SPEC = importlib.util.spec_from_file_location("build_handwritten", DATA / "build_handwritten.py")
assert _SPEC is not None and _SPEC.loader is not None
BUILD = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(BUILD)
SPAN_TYPES = {"PERSON", "NHS_NUMBER", "NI_NUMBER", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "DOB"}
ORIGINS = {"british", "irish", "south_asian", "african", "caribbean", "eastern_european", "arabic",
           "east_asian", "grt", "latin_american"}
KEEP_KINDS = {"event_date", "time", "figure", "agency_term", "pet_name", "word_name", "place"}
QTYPES = {"when", "who", "what", "how_many", "quote", "yes_no"}
EVENT_TYPES = {
    "contact", "referral", "strategy_discussion", "section_47", "icpc", "rcpc", "assessment", "cin_review",
    "placement_move", "missing_episode", "return_home_interview", "court", "cla_review", "police_incident",
    "hospital", "closure", "health", "household_change", "school_exclusion", "school_move", "camhs_referral",
    "youth_justice", "positive_change",
}


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _jsonl(corpus: Path, name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (corpus / name).read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest) -> Path:
    return DATA / request.param


@pytest.fixture(scope="module")
def cases(corpus: Path) -> dict[str, Case]:
    users = {u.username for u in load_users(corpus / "users.json")}
    result = load_cases(corpus / "cases.jsonl", known_users=users)
    assert [str(p) for p in result.problems] == []
    return {c.case_id: c for c in result.cases}


def _notes(case: Case) -> dict[str, Any]:
    return {n.note_id: n for n in case.notes}


def test_six_cases_of_twelve_to_eighteen_notes_each(corpus: Path, cases: dict[str, Case]) -> None:
    assert sorted(cases) == [f"{CORPORA[corpus.name]}-{i:04d}" for i in range(1, 7)]
    assert all(12 <= len(c.notes) <= 18 for c in cases.values()), {k: len(c.notes) for k, c in cases.items()}


def test_corpus_holds_restricted_case_restricted_notes_and_a_prompt_injection(cases: dict[str, Case]) -> None:
    assert sum(c.restricted for c in cases.values()) == 1
    assert sum(n.sensitivity == Sensitivity.RESTRICTED for c in cases.values() for n in c.notes) >= 2
    assert any("ignore all previous instructions" in n.text for c in cases.values() for n in c.notes)


def test_every_pii_line_names_a_note_and_every_span_matches_its_text(corpus: Path, cases: dict[str, Case]) -> None:
    texts = {n.note_id: (c.case_id, n.text) for c in cases.values() for n in c.notes}
    people = {c.case_id: {c.child.person_id, *(p.person_id for p in c.people)} for c in cases.values()}
    lines = _jsonl(corpus, "gold/pii.jsonl")
    assert sorted(line["note_id"] for line in lines) == sorted(texts)
    for line in lines:
        case_id, text = texts[line["note_id"]]
        assert line["case_id"] == case_id
        for span in line["spans"]:
            assert text[span["start"] : span["end"]] == span["text"], (line["note_id"], span)
            assert span["type"] in SPAN_TYPES
            assert span["on_record"] == (span["person_id"] is not None)
            assert span["person_id"] is None or span["person_id"] in people[case_id]
            assert (span["origin"] in ORIGINS) if span["type"] == "PERSON" else span["origin"] is None
        for keep in line["keep"]:
            assert text[keep["start"] : keep["end"]] == keep["text"] and keep["kind"] in KEEP_KINDS
        marks = sorted((s["start"], s["end"]) for s in line["spans"] + line["keep"])
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(marks)), line["note_id"]


def _may_see_every_standard_note(username: str, case: Case, users: dict[str, Any]) -> bool:
    user = users[username]
    if case.restricted:
        return username == case.allocated_worker or username in case.access_list
    return username == case.allocated_worker or (user.role == Role.TEAM_MANAGER and case.team in user.teams)


def test_questions_are_well_formed_and_asked_by_someone_who_sees_their_notes(corpus: Path, cases: dict[str, Case]) -> None:
    users = {u.username: u for u in load_users(corpus / "users.json")}
    questions = _jsonl(corpus, "gold/questions.jsonl")
    assert len({q["id"] for q in questions}) == len(questions)
    for q in questions:
        case = cases[q["case_id"]]
        notes = _notes(case)
        assert q["qtype"] in QTYPES and q["asked_as"] in users
        assert _may_see_every_standard_note(q["asked_as"], case, users), q["id"]
        assert q["answerable"] == bool(q["gold_facts"]) == bool(q["supporting_note_ids"]), q["id"]
        for note_id in q["supporting_note_ids"]:
            assert notes[note_id].sensitivity == Sensitivity.STANDARD, q["id"]
        if q["qtype"] in {"when", "yes_no"}:
            for fact in q["gold_facts"]:
                assert fact in {"yes", "no"} or dt.date.fromisoformat(fact), q["id"]


def test_every_non_date_gold_fact_is_written_in_a_supporting_note(corpus: Path, cases: dict[str, Case]) -> None:
    for q in _jsonl(corpus, "gold/questions.jsonl"):
        notes = _notes(cases[q["case_id"]])
        texts = [notes[n].text.lower() for n in q["supporting_note_ids"]]
        for fact in q["gold_facts"]:
            if fact in {"yes", "no"} or ISO_DATE.fullmatch(fact):
                continue
            assert any(fact.lower() in text for text in texts), (q["id"], fact)


def test_identifiers_in_restricted_notes_appear_in_no_standard_note(corpus: Path, cases: dict[str, Case]) -> None:
    notes = {n.note_id: (c, n) for c in cases.values() for n in c.notes}
    for line in _jsonl(corpus, "gold/pii.jsonl"):
        case, note = notes[line["note_id"]]
        if note.sensitivity != Sensitivity.RESTRICTED:
            continue
        for span in line["spans"]:
            if span["type"] in {"ADDRESS", "POSTCODE", "PHONE", "EMAIL"}:
                leaks = [n.note_id for n in case.notes if n.sensitivity == Sensitivity.STANDARD and span["text"] in n.text]
                assert leaks == [], (span["text"], leaks)


def test_each_case_has_answerable_and_unanswerable_questions(corpus: Path, cases: dict[str, Case]) -> None:
    questions = _jsonl(corpus, "gold/questions.jsonl")
    for case_id in cases:
        mine = [q for q in questions if q["case_id"] == case_id]
        answerable = sum(q["answerable"] for q in mine)
        assert answerable >= 7 and len(mine) - answerable >= 2, case_id
        assert len({q["qtype"] for q in mine}) >= 5, case_id


def test_every_event_is_supported_by_notes_written_on_or_after_it(corpus: Path, cases: dict[str, Case]) -> None:
    for event in _jsonl(corpus, "gold/events.jsonl"):
        notes = _notes(cases[event["case_id"]])
        assert event["event_type"] in EVENT_TYPES and event["significant"] is True
        assert event["note_ids"], event
        happened = dt.date.fromisoformat(event["date"])
        for note_id in event["note_ids"]:
            written = notes[note_id].date
            assert happened <= written <= happened + dt.timedelta(days=60), (event, written)


def test_committed_files_equal_a_fresh_build_from_the_marked_up_sources(corpus: Path, tmp_path: Path) -> None:
    shutil.copytree(corpus / "source", tmp_path / "source", ignore=shutil.ignore_patterns("__pycache__"))
    BUILD.build(tmp_path)
    for name in ("users.json", "cases.jsonl", "gold/pii.jsonl", "gold/questions.jsonl", "gold/events.jsonl"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (corpus / name).read_text(encoding="utf-8"), name
