"""The service end to end on a real AccessControl, a real SQLite note store and the real audit log:
scope (the negative tests), refusal, periods, re-identification only through the display seam."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from access.audit import Action, Outcome
from access.control import AccessControl
from assistant.chronology import ChronologyError, ChronologyRefused, ChronologyService, ExtractiveSummariser, Period
from assistant.chronology.endpoints import VaultNames
from assistant.chronology.service import NoteSource
from records.database import make_engine
from redaction import Vault
from tests.chronology_fixtures import CASE, OTHER_CASE, SqliteNotes, access_control, chroma_retriever, note

NOW = dt.datetime(2023, 12, 1, 9, 30, tzinfo=dt.UTC)
SECRET_WORDS = ("adoption", "Zanzibar", "2023-05-17", "17 May")

NOTES = [
    note("N1", "2023-03-04", "missing_episode", "Went missing from placement at 19:00; found by police at 01:00."),
    note("N2", "2023-03-20", "home_visit", "Routine visit, <PERSON_1> settled, no concerns."),
    note("N3", "2023-04-02", "missing_episode", "Went missing again after school; returned at midnight."),
    # restricted: only the allocated worker and team managers may see it
    note(
        "N-SECRET",
        "2023-05-17",
        "missing_episode",
        "Went missing to Zanzibar Street; adoption placement details discussed.",
        sensitivity="restricted",
    ),
    note("N5", "2023-06-02", "police_incident", "Police were called to a domestic incident at the home."),
    note("N9", "2023-03-05", "police_incident", "Police were called to a domestic incident.", case_id=OTHER_CASE),
]


@pytest.fixture
def control(tmp_path: Path) -> AccessControl:
    return access_control(tmp_path / "app.db")


@pytest.fixture(params=["sqlite", "chroma"])
def service(request: pytest.FixtureRequest, tmp_path: Path, control: AccessControl) -> ChronologyService:
    """The same tests over a SQLite store and over the real retriever on Chroma: the scope is in the query."""
    store: NoteSource = (
        SqliteNotes(tmp_path / "notes.db", NOTES)
        if request.param == "sqlite"
        else chroma_retriever(tmp_path / "chroma", NOTES)
    )
    return ChronologyService(control, store, ExtractiveSummariser(), control.audit, clock=lambda: NOW)


def _everything(service: ChronologyService, username: str) -> str:
    return json.dumps(service.build(username, CASE, Period()).as_dict())


def test_allocated_worker_sees_the_restricted_missing_episode(service: ChronologyService) -> None:
    chronology = service.build("alloc", CASE, Period())
    assert [e.note_ids for e in chronology.entries if e.event_type == "missing_episode"] == [
        ("N1",),
        ("N3",),
        ("N-SECRET",),
    ]
    assert chronology.patterns[0] == "3 missing episodes between 4 March and 17 May 2023"


def test_restricted_note_contributes_nothing_for_a_reader_who_cannot_see_it(service: ChronologyService) -> None:
    chronology = service.build("cover", CASE, Period())
    assert [e.note_ids for e in chronology.entries] == [("N1",), ("N3",), ("N5",)]
    # not its date, not its type's count, not a pattern span, not a word of it anywhere
    assert chronology.patterns == ("2 missing episodes between 4 March and 2 April 2023",)
    shown = _everything(service, "cover")
    for word in (*SECRET_WORDS, "N-SECRET", "restricted", "3 missing"):
        assert word not in shown


def test_no_entry_comes_from_another_case(service: ChronologyService) -> None:
    assert "N9" not in _everything(service, "manager")


@pytest.mark.parametrize("username", ["outsider", "nobody", ""])
def test_readers_without_access_are_refused_the_same_way(service: ChronologyService, username: str) -> None:
    with pytest.raises(ChronologyRefused) as refused:
        service.build(username, CASE, Period())
    assert str(refused.value) == f"no access to case {CASE} or it does not exist"


def test_a_missing_case_is_refused_like_a_forbidden_one(service: ChronologyService) -> None:
    with pytest.raises(ChronologyRefused) as refused:
        service.build("alloc", "C-404", Period())
    assert str(refused.value) == "no access to case C-404 or it does not exist"


def test_every_build_is_audited_with_what_was_shown(service: ChronologyService, control: AccessControl) -> None:
    service.build("cover", CASE, Period(dt.date(2023, 1, 1), None), export_format="docx")
    with pytest.raises(ChronologyRefused):
        service.build("outsider", CASE, Period())
    rows = [row for row in control.audit.query() if row.action in {Action.CHRONOLOGY, Action.EXPORT}]
    assert [(r.username, r.action, r.outcome, r.case_ids, r.note_ids) for r in rows][-2:] == [
        ("cover", Action.EXPORT.value, Outcome.ANSWERED.value, (CASE,), ("N1", "N3", "N5")),
        ("outsider", Action.CHRONOLOGY.value, Outcome.REFUSED.value, (CASE,), ()),
    ]
    assert rows[-2].detail["format"] == "docx"


def test_period_is_applied_to_event_dates(service: ChronologyService) -> None:
    chronology = service.build("alloc", CASE, Period(dt.date(2023, 3, 10), dt.date(2023, 5, 31)))
    assert [e.note_ids for e in chronology.entries] == [("N3",), ("N-SECRET",)]
    assert chronology.as_dict()["from"] == "2023-03-10"


def test_a_period_that_ends_before_it_starts_is_a_clear_error() -> None:
    with pytest.raises(ChronologyError, match=r"starts after it ends .* swap the dates"):
        Period(dt.date(2023, 5, 1), dt.date(2023, 1, 1))


def test_names_are_restored_from_the_real_vault_only_in_text_the_reader_may_see(
    tmp_path: Path, control: AccessControl
) -> None:
    vault = Vault(make_engine(f"sqlite:///{tmp_path / 'vault.db'}"), "test-vault-key")
    vault.save(CASE, {"[CHILD]": "Amara OKAFOR", "[PERSON 3]": "Dean HOLT"})
    notes = [
        note("N1", "2023-03-04", "missing_episode", "[CHILD] went missing from placement."),
        note("N2", "2023-03-09", "home_visit", "Mum's new partner [PERSON 3] has moved in.", sensitivity="restricted"),
    ]
    store = SqliteNotes(tmp_path / "n.db", notes)
    service = ChronologyService(
        control, store, ExtractiveSummariser(), control.audit, VaultNames(vault.load), lambda: NOW
    )
    assert [e.summary for e in service.build("alloc", CASE, Period()).entries] == [
        "Amara OKAFOR went missing from placement.",
        "Mum's new partner Dean HOLT has moved in.",
    ]
    shown = json.dumps(service.build("cover", CASE, Period()).as_dict())
    assert "Amara OKAFOR went missing from placement." in shown
    assert "Dean" not in shown and "HOLT" not in shown and "PERSON 3" not in shown
    # the audit trail holds ids, never names
    assert "Amara" not in json.dumps([row.as_dict() for row in control.audit.query()])


def test_an_open_plan_is_checked_for_visit_gaps_only_up_to_the_latest_note(
    tmp_path: Path, control: AccessControl
) -> None:
    notes = [
        note("N1", "2023-01-10", "icpc", "ICPC held. [CHILD] was made subject to a child protection plan."),
        note("N2", "2023-01-20", "statutory_visit", "Seen alone, all well."),
        note("N3", "2023-02-10", "supervision", "Case discussed in supervision."),
    ]
    store = SqliteNotes(tmp_path / "gap.db", notes)
    service = ChronologyService(control, store, ExtractiveSummariser(), control.audit, clock=lambda: NOW)
    assert service.build("alloc", CASE, Period()).patterns == ()
    later = Period(None, dt.date(2023, 1, 31))
    assert service.build("alloc", CASE, later).patterns == ()


def test_json_shape(service: ChronologyService) -> None:
    data = service.build("alloc", CASE, Period()).as_dict()
    assert list(data) == [
        "case_id",
        "generated_at",
        "from",
        "to",
        "backend",
        "prompt",
        "summary_fallbacks",
        "entries",
        "patterns",
    ]
    assert data["generated_at"] == "2023-12-01T09:30:00+00:00"
    assert data["backend"] == "extractive"
    assert list(data["entries"][0]) == ["date", "event_type", "summary", "note_ids", "source", "impact", "action"]
    assert [e["date"] for e in data["entries"]] == sorted(e["date"] for e in data["entries"])
