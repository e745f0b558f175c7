"""The import pipeline end to end on real stores: metadata, idempotence, corrections, prune, delete,
compaction, and all-or-nothing writes under Ctrl-C and a hard crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from access.audit import Action
from access.scope import Scope, chroma_where
from assistant.ingest import Ingestor, SilentProgress
from tests.ingest_fixtures import (
    StandInRedactor,
    build_test_ingestor,
    demo_cases,
    minilm,  # noqa: F401  (session fixture)
    note,
    parsed,
    parsed_users,
    settings_for,
    write_jsonl,
)
from tests.ollama_standin import OllamaStandin

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]
RAW_PERSONAL_DATA = ["Maisie", "Okonkwo", "Tamsin", "Jayden", "Pryce", "07700 900123"]


@pytest.fixture
def ingestor(tmp_path: Path, minilm: Any) -> Ingestor:  # noqa: F811
    return build_test_ingestor(settings_for(tmp_path / "home"), minilm)


def _import(ingestor: Ingestor, cases: list[dict[str, Any]], *, prune: bool = False, progress: Any = None) -> dict[str, Any]:
    return ingestor.run(parsed(cases), parsed_users(), prune=prune, progress=progress or SilentProgress(), actor="tests").as_dict()


def _state(ingestor: Ingestor) -> dict[str, Any]:
    """Everything a reader could observe, for before/after comparisons."""
    stores = ingestor.stores
    return {
        "chunks": {row.chunk_id: (row.document, row.metadata["content_hash"]) for row in stores.index.rows({})},
        "keywords": stores.keywords.chunk_ids(),
        "catalog": {k: v.content_hash for k, v in stores.catalog.notes().items()},
        "access": sorted(stores.access.catalog.all(), key=lambda entry: entry.case_id),
    }


def _files_containing(root: Path, needle: str | bytes) -> list[str]:
    raw = needle.encode() if isinstance(needle, str) else needle
    found = []
    for path in root.rglob("*"):
        if path.is_file() and raw in path.read_bytes():
            found.append(str(path.relative_to(root)))
    return found


def test_import_indexes_pseudonymised_chunks_with_full_metadata(ingestor: Ingestor, tmp_path: Path) -> None:
    result = _import(ingestor, demo_cases())
    stores = ingestor.stores
    assert result["written"] and result["notes_indexed"] == 5 and result["leaks"] == 0
    rows = stores.index.rows({})
    assert len(rows) == result["chunks_written"] == stores.keywords.count() > 5  # the long note was split
    meta = {row.chunk_id: row.metadata for row in rows}
    hospital = meta["C2-N1:0"]
    assert {k: hospital[k] for k in ("case_id", "note_id", "date", "day", "note_type", "raw_type", "team", "sensitivity", "restricted", "author_role", "model_id")} == {
        "case_id": "C2", "note_id": "C2-N1", "date": "2024-03-01", "day": 738946, "note_type": "hospital",
        "raw_type": "A&E attendance", "team": "South", "sensitivity": "standard", "restricted": False,
        "author_role": "social_worker", "model_id": ingestor.embedder.model_id,
    }
    assert all(len(str(m["content_hash"])) == 64 for m in meta.values())
    assert meta["C1-N3:0"]["sensitivity"] == "restricted"
    assert stores.catalog.counts() == {"cases": 2, "notes": 5, "people": 4}
    assert sorted(e.case_id for e in stores.access.catalog.all()) == ["C1", "C2"]
    for needle in RAW_PERSONAL_DATA:
        assert _files_containing(tmp_path / "home", needle) == [], needle
        assert not any(needle in row.document or needle in str(row.metadata) for row in rows)
    assert stores.vaults.load("C1")  # real names live only in the encrypted vault


def test_whole_notes_come_back_exactly_as_redacted(ingestor: Ingestor) -> None:
    _import(ingestor, demo_cases())
    notes = ingestor.stores.index.notes(chroma_where(Scope(full_cases=frozenset({"C1"}))))
    assert [n.note_id for n in notes] == ["C1-N1", "C1-N2", "C1-N3"]
    long_note = notes[1]
    assert long_note.text == demo_cases()[0]["notes"][1]["text"]  # no names in it: the redactor leaves it as is
    assert (long_note.note_type, long_note.raw_type, long_note.title) == ("strategy_discussion", "Strategy Meeting", "Strategy")
    standard_only = ingestor.stores.index.notes(chroma_where(Scope(standard_cases=frozenset({"C1"}))))
    assert [n.note_id for n in standard_only] == ["C1-N1", "C1-N2"]


def test_reimporting_an_unchanged_file_changes_nothing(ingestor: Ingestor) -> None:
    _import(ingestor, demo_cases())
    stores = ingestor.stores
    before = (_state(ingestor), stores.index.generation(), stores.keywords.generation(), stores.cache.count())
    again = _import(ingestor, demo_cases())
    assert not again["written"] and again["embedded"] == 0 and again["cases_unchanged"] == 2
    assert (_state(ingestor), stores.index.generation(), stores.keywords.generation(), stores.cache.count()) == before


def test_a_corrected_note_replaces_its_old_version_everywhere(ingestor: Ingestor) -> None:
    _import(ingestor, demo_cases())
    stores = ingestor.stores
    old_ids = [r.chunk_id for r in stores.index.rows({"note_id": "C1-N2"})]
    old_hashes = [str(r.metadata["content_hash"]) for r in stores.index.rows({"note_id": "C1-N2"})]
    assert len(old_ids) > 1
    corrected = demo_cases()
    corrected[0]["notes"][1] = note("C1-N2", "Correction: the strategy meeting was held by phone.", date="2024-03-08", type_="Strategy Meeting", title="Strategy")
    result = _import(ingestor, corrected)
    assert (result["notes_indexed"], result["notes_unchanged"], result["embedded"]) == (1, 4, 1)
    assert [r.chunk_id for r in stores.index.rows({"note_id": "C1-N2"})] == ["C1-N2:0"]
    assert stores.keywords.search("kitchen blocks", Scope(full_cases=frozenset({"C1"})), k=5) == []
    assert [c for c, _ in stores.keywords.search("phone correction", Scope(full_cases=frozenset({"C1"})), k=5)] == ["C1-N2:0"]
    assert stores.cache.get_many(ingestor.embedder.model_id, old_hashes) == {}
    assert stores.index.count() == stores.keywords.count() == sum(len(n.chunk_ids) for n in stores.catalog.notes().values())


def test_prune_removes_missing_notes_and_cases_and_without_it_they_stay(ingestor: Ingestor) -> None:
    _import(ingestor, demo_cases())
    stores = ingestor.stores
    smaller = [demo_cases()[0]]
    smaller[0]["notes"] = smaller[0]["notes"][1:]
    kept = _import(ingestor, smaller)
    assert kept["notes_removed"] == 0 and stores.catalog.counts()["notes"] == 5
    pruned = _import(ingestor, smaller, prune=True)
    assert (pruned["notes_removed"], pruned["cases_removed"]) == (1, 1)
    assert stores.index.rows({"note_id": "C1-N1"}) == [] and stores.index.rows({"case_id": "C2"}) == []
    assert [c for c in stores.keywords.chunk_ids() if c.startswith(("C1-N1", "C2"))] == []
    assert set(stores.catalog.notes()) == {"C1-N2", "C1-N3"}
    assert [e.case_id for e in stores.access.catalog.all()] == ["C1"]
    assert stores.vaults.load("C2") == {}
    assert stores.cache.count() == stores.index.count()


def test_delete_case_reaches_every_store_then_compaction_leaves_no_trace(ingestor: Ingestor, tmp_path: Path) -> None:
    _import(ingestor, demo_cases())
    stores = ingestor.stores
    deleted_vectors = [row.embedding.tobytes()[:64] for row in stores.index.rows({"case_id": "C2"})]
    receipt = stores.delete_case("C2", actor="admin.dee").as_dict()
    assert receipt == {
        "case_id": "C2", "chunks": 2, "keyword_rows": 2, "catalogue_notes": 2, "cached_embeddings": 2,
        "vault_entries": receipt["vault_entries"], "access_catalogue": 1, "conversation_turns": 0,
    } and receipt["vault_entries"] > 0
    everyone = Scope(full_cases=frozenset({"C1", "C2"}))
    assert stores.keywords.search("zebraquokka poster", everyone, k=5) == []
    assert all(n.case_id == "C1" for n in stores.index.notes(chroma_where(everyone)))
    audit = stores.access.audit.query(action=Action.DELETE)
    assert [(e.username, e.case_ids, e.detail["chunks"]) for e in audit] == [("admin.dee", ("C2",), 2)]
    stores.compact()
    for needle in ["zebraquokka", "wrist injury", "Unannounced visit, home conditions poor"]:
        assert _files_containing(tmp_path / "home", needle) == [], needle
    for vector in deleted_vectors:  # HNSW keeps deleted vectors until the collection is rebuilt
        assert _files_containing(tmp_path / "home", vector) == []
    assert stores.index.count() == stores.keywords.count() > 0  # C1 is untouched
    assert stores.delete_case("C2", actor="admin.dee").chunks == 0


class _InterruptDuringWrite:
    """Ctrl-C arriving while the write stage reports progress (a real seam: the progress bar)."""

    def __init__(self) -> None:
        self.name = ""

    def stage(self, name: str, total: int) -> None:
        self.name = name

    def advance(self, count: int = 1) -> None:
        if self.name == "write":
            raise KeyboardInterrupt

    def close(self) -> None:
        return None


def _changed(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cases[0]["notes"][0] = note("C1-N1", "Maisie was seen at school; the DSL reported good progress.")
    cases[0]["notes"][1] = note("C1-N2", "Strategy meeting moved to next week.", date="2024-03-08", type_="Strategy Meeting")
    cases[1]["team"] = "West"
    return cases


def test_ctrl_c_while_writing_restores_the_previous_state_and_a_rerun_completes(ingestor: Ingestor) -> None:
    _import(ingestor, demo_cases())
    baseline = _state(ingestor)
    with pytest.raises(KeyboardInterrupt):
        _import(ingestor, _changed(demo_cases()), progress=_InterruptDuringWrite())
    assert _state(ingestor) == baseline
    assert ingestor.stores.catalog.pending() == []
    finished = _import(ingestor, _changed(demo_cases()))
    assert finished["notes_indexed"] == 4  # two corrected notes, and C2's two notes under their new team
    state = _state(ingestor)
    assert sorted(state["chunks"]) == state["keywords"] and len(state["chunks"]) == ingestor.stores.index.count()
    assert {r.metadata["team"] for r in ingestor.stores.index.rows({"case_id": "C2"})} == {"West"}


_CRASHING_RUN = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from assistant.wiring import build_embedder
    from tests.ingest_fixtures import build_test_ingestor, parsed, parsed_users, settings_for

    class DieWhileWriting:
        name = ""
        def stage(self, name, total): self.name = name
        def advance(self, count=1):
            if self.name == "write":
                os._exit(9)
        def close(self): pass

    settings = settings_for(Path({home!r}), embedder="ollama")
    ingestor = build_test_ingestor(settings, build_embedder(settings))
    cases = json.loads(Path({cases!r}).read_text())
    ingestor.run(parsed(cases), parsed_users(), prune=False, progress=DieWhileWriting(), actor="crash")
    """
)


def test_a_hard_crash_mid_write_is_rolled_back_by_the_next_run(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with OllamaStandin() as server:
        os.environ["CASEASSIST_OLLAMA__BASE_URL"] = server.url
        try:
            settings = settings_for(home, embedder="ollama")
            from assistant.wiring import build_embedder

            ingestor = build_test_ingestor(settings, build_embedder(settings))
            _import(ingestor, demo_cases())
            baseline = _state(ingestor)
            cases_file = tmp_path / "changed.json"
            cases_file.write_text(json.dumps(_changed(demo_cases())))
            script = _CRASHING_RUN.format(repo=str(REPO), home=str(home), cases=str(cases_file))
            done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env={**os.environ})
            assert done.returncode == 9, done.stderr[-2000:]
            assert len(ingestor.stores.catalog.pending()) == 1
            assert _state(ingestor) != baseline  # the dead run had written part of its work
            assert ingestor.stores.recover() == 1
            assert _state(ingestor) == baseline
            finished = _import(ingestor, _changed(demo_cases()))
            assert finished["notes_indexed"] == 4
            state = _state(ingestor)
            assert sorted(state["chunks"]) == state["keywords"]
        finally:
            os.environ.pop("CASEASSIST_OLLAMA__BASE_URL", None)


def test_import_file_round_trip_helper_writes_jsonl(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "cases.jsonl", demo_cases())
    assert [json.loads(line)["case_id"] for line in path.read_text().splitlines()] == ["C1", "C2"]


class _LeakOnFirstNote(StandInRedactor):
    """A redactor seam that reports C1-N1 as still holding a known name (as the real one does)."""

    def redact_case(self, case: Any, staff: Any, existing_vault: Any | None) -> Any:
        redacted = super().redact_case(case, staff, existing_vault)
        redacted.leaks = [n.note_id for n in redacted.notes if n.note_id == "C1-N1"]
        return redacted


def test_a_note_redaction_could_not_clear_is_withheld_and_its_old_version_withdrawn(tmp_path: Path, minilm: Any) -> None:  # noqa: F811
    from assistant.wiring import build_ingestor

    settings = settings_for(tmp_path / "home")
    clean = build_ingestor(settings, embedder=minilm, redactor=StandInRedactor())
    _import(clean, demo_cases())
    assert clean.stores.index.rows({"note_id": "C1-N1"})
    leaky = build_ingestor(settings, embedder=minilm, redactor=_LeakOnFirstNote())
    edited = demo_cases()
    edited[0]["notes"][0]["text"] += " Updated."
    result = _import(leaky, edited)
    assert (result["leaks"], result["withheld_notes"]) == (1, ["C1-N1"])
    assert leaky.stores.index.rows({"note_id": "C1-N1"}) == []
    assert not [c for c in leaky.stores.keywords.chunk_ids() if c.startswith("C1-N1:")]
    assert "C1-N1" not in leaky.stores.catalog.notes()
    again = _import(leaky, edited)  # the case is redacted again (not skipped) until it comes out clean
    assert again["cases_unchanged"] == 1 and again["withheld_notes"] == ["C1-N1"]
