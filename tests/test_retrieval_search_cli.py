"""`caseassist search` as a social worker uses it: scoped, pseudonymised, refusals identical and audited.

Real stores under the per-test CASEASSIST_HOME: the access database, an encrypted vault, Chroma,
FTS5 and MiniLM. Notes are written pseudonymised, as ingest writes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from click.testing import Result
from typer.testing import CliRunner

from access.audit import Action, Outcome
from access.rules import CaseAccess
from assistant import wiring
from assistant.settings import Settings
from caseassist.commands import search as search_commands
from records.models import Role
from redaction import Vault
from redaction.surfaces import record
from tests.test_retrieval_hybrid import NOTES

pytestmark = pytest.mark.slow


def app() -> typer.Typer:
    root = typer.Typer()

    @root.callback()
    def _root() -> None:
        """Root for the test app."""

    search_commands.register(root)
    return root


def run(*args: str) -> Result:
    return CliRunner().invoke(app(), ["search", *args])


@pytest.fixture
def seeded() -> Settings:
    """sam: allocated to C1 (all notes); cover: on C1's access list (standard notes only); C2 is someone else's."""
    current = Settings()
    engine = wiring.build_engine(current)
    control = wiring.build_access(current)
    control.users.add("sam", "Sam Worker", Role.SOCIAL_WORKER, ["North"])
    control.users.add("cover", "Cover Worker", Role.SOCIAL_WORKER, ["South"])
    control.users.add("gov", "Governance Lead", Role.GOVERNANCE_LEAD, [])
    control.catalog.upsert([
        CaseAccess("C1", "North", False, "sam", frozenset({"cover"})),
        CaseAccess("C2", "West", False, "other"),
        CaseAccess("C3", "North", False, "sam"),
    ])
    Vault(engine, current.redaction.vault_key.get_secret_value()).save(
        "C1", {"[CHILD]": "Amelia Hart", "[MOTHER]": "Joanne Hart", "[FATHER]": "Craig Hart"}
    )
    index = wiring.build_index(current, engine)
    index.upsert(NOTES, wiring.build_embedder(current).embed([chunk.text for chunk in NOTES]))
    wiring.build_keyword_index(current).upsert(NOTES)
    return current


def _audit(current: Settings) -> list[dict[str, object]]:
    control = wiring.build_access(current)
    return [entry.as_dict() for entry in control.audit.query(limit=100)]


def test_name_in_question_finds_child_token_and_text_stays_pseudonymised(seeded: Settings) -> None:
    result = run("--as", "sam", "--case", "C1", "--json", "--today", "2025-03-01", "Which school does Amelia attend?")
    assert result.exit_code == 0, result.output
    results = json.loads(result.stdout)["results"]
    assert results[0]["note_id"] == "N1"
    assert set(results[0]) == {"note_id", "case_id", "date", "type", "score", "text"}
    assert "[CHILD]" in results[0]["text"] and "Amelia" not in result.stdout
    assert result.stderr == "", "no model-loading progress bars or warnings after a successful search"


def test_reveal_reidentifies_for_an_entitled_user(seeded: Settings) -> None:
    result = run("--as", "sam", "--case", "C1", "--json", "--reveal", "Which school does Amelia attend?")
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)["results"][0]
    assert first["text"].startswith("Amelia Hart attends Oakfield")


def test_reveal_shows_the_note_as_written_where_ingest_recorded_its_surfaces(seeded: Settings) -> None:
    """The note wrote "Amelia", so the revealed chunk says "Amelia", not the vault's "Amelia Hart"."""
    n1 = next(chunk for chunk in NOTES if chunk.note_id == "N1")
    original = n1.text.replace("[CHILD]", "Amelia")
    engine = wiring.build_engine(seeded)
    Vault(engine, seeded.redaction.vault_key.get_secret_value()).save_surfaces(
        "C1", [record("N1", n1.title, n1.title, original, n1.text)]
    )
    result = run("--as", "sam", "--case", "C1", "--json", "--reveal", "Which school does Amelia attend?")
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)["results"][0]
    assert first["note_id"] == "N1"
    assert first["text"] == original


@pytest.mark.parametrize("case_id", ["C2", "NO-SUCH-CASE"])
def test_refusal_is_identical_whether_or_not_the_case_exists(seeded: Settings, case_id: str) -> None:
    result = run("--as", "sam", "--case", case_id, "--json", "Larkspur")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"no access to case {case_id} or it does not exist"
    assert result.stdout == ""
    refused = [row for row in _audit(seeded) if row["outcome"] == Outcome.REFUSED.value]
    assert [(row["user"], row["action"], row["case_ids"]) for row in refused] == [("sam", Action.SEARCH.value, [case_id])]


@pytest.mark.parametrize(
    ("user", "forbidden"),
    [
        ("cover", {"N4", "N6", "N7"}),  # restricted note of C1, someone else's C2, C3 not shared
        ("sam", {"N6"}),
        ("gov", {"N1", "N2", "N3", "N4", "N5", "N6", "N7"}),  # governance reads audit, not cases
    ],
)
def test_unscoped_search_never_shows_what_the_user_cannot_see(seeded: Settings, user: str, forbidden: set[str]) -> None:
    result = run("--as", user, "--json", "-k", "20", "Larkspur refuge address attendance DSL visit")
    assert result.exit_code == 0, result.output
    shown = {row["note_id"] for row in json.loads(result.stdout)["results"]}
    assert not shown & forbidden
    assert "Larkspur" not in result.stdout or user == "sam"
    searched = [row for row in _audit(seeded) if row["action"] == Action.SEARCH.value]
    assert set(searched[-1]["note_ids"]) == shown  # type: ignore[arg-type]


def test_batch_answers_each_line_and_refuses_out_of_scope(seeded: Settings, tmp_path: Path) -> None:
    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        "\n".join(json.dumps(line) for line in [
            {"id": "q1", "case_id": "C1", "question": "Which school does Amelia attend?"},
            {"id": "q2", "case_id": "C2", "question": "Which school?"},
            {"id": "q3", "case_id": None, "question": "When was the return home interview?"},
        ]) + "\n"
    )
    result = run("--as", "sam", "-k", "3", "--batch", str(batch))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["q1", "q2", "q3"]
    assert lines[0]["results"][0]["note_id"] == "N1"
    assert lines[1] == {"id": "q2", "refused": True, "reason": "no access to case C2 or it does not exist", "results": []}
    assert lines[2]["results"][0]["note_id"] == "N2"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "q1", "question": "ok"}\n{"id": "q2", "question": ', "questions.jsonl, line 2: not valid JSON"),
        ('{"id": "q1", "case_id": "C1"}\n', "questions.jsonl, line 1 (id q1), field question: required"),
        ('{"question": "school?"}\n', "questions.jsonl, line 1, field id: required"),
        ('{"id": "a", "question": "x"}\n{"id": "a", "question": "y"}\n', "line 2 (id a), field id: duplicate id"),
        ('["q1", "C1", "school"]\n', "questions.jsonl, line 1: expected an object"),
        ("\n", "no questions in the file"),
    ],
)
def test_bad_batch_is_one_line_exit_2_and_runs_nothing(tmp_path: Path, content: str, message: str) -> None:
    batch = tmp_path / "questions.jsonl"
    batch.write_text(content)
    result = run("--as", "sam", "--batch", str(batch))
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.strip().count("\n") == 0
    assert result.stdout == "" and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as", "nobody", "school"], "--as 'nobody': unknown or disabled user"),
        (["--as", "sam"], "give either QUERY or --batch"),
        (["--as", "sam", "--today", "03/04/2025", "school"], "--today '03/04/2025': expected a date as YYYY-MM-DD"),
        (["--as", "sam", "  "], "QUERY is empty"),
    ],
)
def test_bad_arguments(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
