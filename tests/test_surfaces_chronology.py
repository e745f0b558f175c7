"""Chronologies show notes as written, end to end: the real redactor, vault, Chroma and facade.

A supervisor reads a chronology entry's summary as the note's own words. Pseudonymisation maps every
way a person is written to one token per case, so re-identifying by token alone would put the full
name into a child's quoted words ("Effie Tranmere hid under the table"). The entry's summary, in the
JSON and in every export format, must show what the note said, and a reader outside the team must get
no chronology at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assistant.ingest import SilentProgress
from assistant.service import CaseAssistService
from assistant.settings import Settings
from records.models import Case
from tests.ingest_fixtures import case, minilm, note, parsed, parsed_users, settings_for  # noqa: F401

POLICE_NOTE = (
    "Police attended the home at 23:40 after a 999 call and Effie told the officer \"Effie hid under the table "
    "when daddy threw the plate\". Mr Tranmere was arrested for common assault and taken into custody."
)
QUOTED = "Effie hid under the table when daddy threw the plate"
MISQUOTED = "Effie Tranmere hid"


def our_case() -> list[Case]:
    found = case(
        "SURF-2",
        [
            note("SURF-2-N1", "Routine visit. Home warm and tidy, Effie playing with her dolls.", date="2026-02-02"),
            note("SURF-2-N2", POLICE_NOTE, date="2026-03-02", type_="Police Notification", title="Domestic incident"),
        ],
        given="Effie",
        family="Tranmere",
    )
    found["people"].append({"person_id": "SURF-2-dad", "given_name": "Gideon", "family_name": "Tranmere", "relationship": "father"})
    return parsed([found])


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, minilm: Any) -> Iterator[CaseAssistService]:  # noqa: F811
    from assistant.wiring import build_ingestor, build_service

    settings: Settings = settings_for(tmp_path_factory.mktemp("surfaces-chronology"))
    build_ingestor(settings, embedder=minilm).run(our_case(), parsed_users(), prune=False, progress=SilentProgress(), actor="test")
    yield build_service(settings, embedder=minilm)


def _police_entry(chronology: dict[str, Any]) -> dict[str, Any]:
    entries = [e for e in chronology["entries"] if "SURF-2-N2" in e["note_ids"]]
    assert len(entries) == 1, chronology["entries"]
    return entries[0]


def test_the_entry_quotes_the_childs_words_as_the_note_wrote_them(service: CaseAssistService) -> None:
    entry = _police_entry(service.chronology("sw.ade", "SURF-2"))
    shown = " ".join(str(value) for value in entry.values())
    assert MISQUOTED not in shown, entry
    assert QUOTED in entry["summary"], entry  # the allocated worker sees the words, names included


@pytest.mark.parametrize("fmt", ["md", "csv", "docx"])
def test_exports_carry_the_same_words(service: CaseAssistService, fmt: str) -> None:
    exported = service.export_chronology("sw.ade", "SURF-2", fmt)
    assert exported is not None
    body = exported[0]
    if fmt == "docx":
        import io

        import docx

        document = docx.Document(io.BytesIO(body))
        text = " ".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    else:
        text = body.decode("utf-8")
    assert MISQUOTED not in text, text
    assert QUOTED in text, text


def test_a_reader_outside_the_team_gets_a_refusal_that_carries_nothing_of_the_case(service: CaseAssistService) -> None:
    found = service.chronology("sw.cal", "SURF-2")
    assert found.get("refused") is True and "entries" not in found, found
    assert not any(word in str(found) for word in ("Effie", "Tranmere", "plate", "Police")), found
    assert service.export_chronology("sw.cal", "SURF-2", "md") is None
