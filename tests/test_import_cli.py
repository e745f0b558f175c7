"""`caseassist import / stats / delete / compact` through typer's CliRunner on a real store.

Every class of bad input must end with exit code 2, one clear line naming where the problem is,
no traceback, and a store exactly as it was before the command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant.ingest import Ingestor, SilentProgress
from caseassist.cli import app
from records.models import MAX_NOTE_CHARS
from tests.ingest_fixtures import (
    USERS,
    build_test_ingestor,
    case,
    demo_cases,
    minilm,  # noqa: F401  (session fixture)
    note,
    parsed,
    parsed_users,
    real_redaction_available,
    settings_for,
    write_jsonl,
    write_users,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def imported(home: Path, minilm: Any) -> Ingestor:  # noqa: F811
    """A store holding the demo cases (imported through the pipeline the CLI runs)."""
    ingestor = build_test_ingestor(settings_for(home), minilm)
    ingestor.run(parsed(demo_cases()), parsed_users(), prune=False, progress=SilentProgress(), actor="setup")
    return ingestor


def _invoke(home: Path, *args: str) -> Any:
    env = {"CASEASSIST_HOME": str(home), "CASEASSIST_RETRIEVAL__CHUNK_CHARS": "400", "CASEASSIST_RETRIEVAL__CHUNK_OVERLAP_CHARS": "80"}
    return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)


def _store(ingestor: Ingestor) -> dict[str, Any]:
    stores = ingestor.stores
    return {
        "chunks": sorted((r.chunk_id, r.document) for r in stores.index.rows({})),
        "keywords": stores.keywords.chunk_ids(),
        "catalog": {k: v.content_hash for k, v in stores.catalog.notes().items()},
        "generation": (stores.index.generation(), stores.keywords.generation()),
        "users": sorted(stores.access.users.usernames()),
        "audit": len(stores.access.audit.query()),
        "vault": stores.vaults.load("C1"),
    }


def _bad_lines(tmp: Path) -> dict[str, tuple[Path, str]]:
    good = demo_cases()
    missing_field = dict(good[0])
    missing_field.pop("team")
    wrong_type = {**good[0], "restricted": "sometimes"}
    impossible_date = case("C9", [note("C9-N1", "text", date="2024-02-30")])
    duplicate_note = case("C9", [note("C1-N1", "the same id as a note on line 1")])
    unknown_worker = case("C9", [note("C9-N1", "text")], worker="nobody")
    unknown_access = {**case("C9", [note("C9-N1", "text")]), "access_list": ["sw.cal", "ghost"]}
    too_long = case("C9", [note("C9-N1", "x" * (MAX_NOTE_CHARS + 1))])
    binary = tmp / "binary.jsonl"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04")
    empty = tmp / "empty.jsonl"
    empty.write_text("\n\n")
    invalid_json = tmp / "invalid.jsonl"
    invalid_json.write_text(json.dumps(good[0]) + "\n" + '{"case_id": "C2", "team": \n')

    def lines(name: str, *cases: dict[str, Any]) -> Path:
        return write_jsonl(tmp / f"{name}.jsonl", [good[0], *cases])

    return {
        "invalid JSON on a line": (invalid_json, "invalid.jsonl line 2: invalid JSON"),
        "missing required field": (lines("missing", missing_field), "missing.jsonl line 2 (case C1): team: required field is missing"),
        "wrong type": (lines("wrongtype", wrong_type), "wrongtype.jsonl line 2 (case C1): restricted: expected true or false"),
        "impossible date": (lines("date", impossible_date), "date.jsonl line 2 (case C9): notes[0].date: '2024-02-30' is not a valid date"),
        "duplicate note_id": (lines("dupe", duplicate_note), "dupe.jsonl line 2 (case C9): notes[0].note_id: duplicate note_id 'C1-N1'"),
        "unknown allocated worker": (lines("worker", unknown_worker), "worker.jsonl line 2 (case C9): allocated_worker: unknown user 'nobody'"),
        "unknown user in access_list": (lines("acl", unknown_access), "acl.jsonl line 2 (case C9): access_list[1]: unknown user 'ghost'"),
        "empty file": (empty, "empty.jsonl: file is empty"),
        "binary file": (binary, "binary.jsonl: binary file"),
        "note over the size limit": (lines("long", too_long), "long.jsonl line 2 (case C9): notes[0].text: note text is 100,001 characters"),
    }


BAD_INPUTS = [
    "invalid JSON on a line", "missing required field", "wrong type", "impossible date", "duplicate note_id",
    "unknown allocated worker", "unknown user in access_list", "empty file", "binary file", "note over the size limit",
]


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_bad_input_exits_2_with_one_clear_line_and_leaves_the_store_alone(kind: str, imported: Ingestor, home: Path, tmp_path: Path) -> None:
    path, expected = _bad_lines(tmp_path)[kind]
    before = _store(imported)
    result = _invoke(home, "import", str(path), "--users", str(write_users(tmp_path / "users.json")))
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert "nothing was written" in result.stderr or len(result.stderr.strip().splitlines()) == 1
    assert _store(imported) == before


def test_bad_users_file_names_the_entry_and_field(imported: Ingestor, home: Path, tmp_path: Path) -> None:
    before = _store(imported)
    users = [*USERS, {"username": "x", "display_name": "X", "role": "wizard"}]
    result = _invoke(home, "import", str(write_jsonl(tmp_path / "c.jsonl", demo_cases())), "--users", str(write_users(tmp_path / "u.json", users)))
    assert result.exit_code == 2
    assert "u.json: [3].role: 'wizard' is not one of" in result.stderr
    assert _store(imported) == before


def test_users_in_the_store_count_as_known(imported: Ingestor, home: Path, tmp_path: Path) -> None:
    """users.json is optional on later imports: allocated workers may come from the user store."""
    result = _invoke(home, "import", str(write_jsonl(tmp_path / "c.jsonl", demo_cases())), "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["valid"] is True


def test_stats_json_counts_every_store(imported: Ingestor, home: Path) -> None:
    result = _invoke(home, "stats", "--json")
    assert result.exit_code == 0, result.stderr
    stats = json.loads(result.stdout)
    assert {k: stats[k] for k in ("cases", "notes", "people", "users", "access_cases", "pending_runs")} == {
        "cases": 2, "notes": 5, "people": 4, "users": 3, "access_cases": 2, "pending_runs": 0,
    }
    assert stats["chunks"] == stats["keyword_rows"] == stats["cached_embeddings"] > 5
    text = _invoke(home, "stats")
    assert text.exit_code == 0 and "chunks" in text.stdout


def test_delete_prints_a_receipt_compacts_and_is_audited(imported: Ingestor, home: Path) -> None:
    result = _invoke(home, "delete", "--case", "C2")
    assert result.exit_code == 0, result.stderr
    receipt = json.loads(result.stdout)["deleted"]
    assert (receipt["case_id"], receipt["chunks"], receipt["keyword_rows"], receipt["catalogue_notes"], receipt["access_catalogue"]) == ("C2", 2, 2, 2, 1)
    assert receipt["compaction"]["chroma"].startswith("Database size"), receipt["compaction"]
    entries = imported.stores.access.audit.query(case_id="C2")
    assert entries[-1].action == "delete" and entries[-1].detail["chunks"] == 2
    again = _invoke(home, "delete", "--case", "C2")
    assert again.exit_code == 2 and "case 'C2' is not in any store" in again.stderr


def test_delete_as_a_non_admin_is_refused_and_changes_nothing(imported: Ingestor, home: Path) -> None:
    before = _store(imported)
    result = _invoke(home, "delete", "--case", "C1", "--as", "sw.ade")
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    after = _store(imported)
    assert after.pop("audit") == before.pop("audit") + 1  # the refusal itself is audited
    assert after == before
    assert imported.stores.access.audit.query()[-1].outcome == "refused"


def test_unreachable_chroma_server_is_one_line(home: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["stats", "--json"], env={"CASEASSIST_HOME": str(home), "CASEASSIST_RETRIEVAL__CHROMA_MODE": "http", "CASEASSIST_RETRIEVAL__CHROMA_PORT": "9"},
    )
    assert result.exit_code == 2
    assert "cannot reach the Chroma server at http://127.0.0.1:9" in result.stderr


@pytest.mark.skipif(not real_redaction_available(), reason="the shipped NER model is not trained yet (make train-ner)")
def test_import_command_end_to_end_with_the_real_redactor(home: Path, tmp_path: Path) -> None:
    cases = write_jsonl(tmp_path / "cases.jsonl", demo_cases())
    users = write_users(tmp_path / "users.json")
    first = _invoke(home, "import", str(cases), "--users", str(users))
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    assert (summary["cases"], summary["notes"], summary["written"]) == (2, 5, True)
    second = _invoke(home, "import", str(cases))
    assert json.loads(second.stdout)["written"] is False


def test_prune_refuses_to_run_when_invalid_records_are_skipped(imported: Ingestor, home: Path, tmp_path: Path) -> None:
    """A typo on a case's line must not delete that case from the index."""
    cases = demo_cases()
    cases[1]["status"] = "open-ish"
    before = _store(imported)
    path = write_jsonl(tmp_path / "typo.jsonl", cases)
    result = _invoke(home, "import", str(path), "--skip-invalid", "--prune")
    assert result.exit_code == 2
    assert "typo.jsonl line 2 (case C2): status:" in result.stderr
    assert "--prune with 1 invalid record(s) would remove the cases on those lines" in result.stderr
    assert _store(imported) == before


def test_a_second_writer_is_refused_while_one_is_writing(imported: Ingestor, home: Path) -> None:
    """A concurrent import must not roll back the journal of a run still in progress."""
    before = _store(imported)
    with imported.stores.writer():
        result = _invoke(home, "delete", "--case", "C1")
    assert result.exit_code == 2
    assert "another import, delete or compact is writing to these stores" in result.stderr
    assert _store(imported) == before
