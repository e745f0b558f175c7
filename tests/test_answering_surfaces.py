"""Notes shown as written, end to end: the real redactor, vault, Chroma, keyword store and facade.

A small case of our own: a child's words quoted in a note come back in the answer, the citation and
the note viewer exactly as the note wrote them, not with the vault's full name put into her mouth;
a re-import replaces the surfaces, deleting the case removes them, and no store file holds a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from assistant.ingest import SilentProgress
from assistant.service import CaseAssistService
from assistant.settings import Settings
from records.models import Case
from tests.ingest_fixtures import case, minilm, note, parsed, parsed_users, settings_for  # noqa: F401

QUOTE_NOTE = (
    "Seen alone at nursery with her key person present. Effie said \"Effie hid under the table when daddy "
    "threw the plate at the wall\" and then asked to go back to the sand tray."
)
FATHER_NOTE = "Mr Tranmere rang to say he will not attend the core group. Gideon asked for the minutes by post."
NAMES = ("Effie", "Tranmere", "Gideon")


def our_case(father_note: str = FATHER_NOTE) -> list[Case]:
    found = case(
        "SURF-1",
        [
            note("SURF-1-N1", QUOTE_NOTE, date="2026-03-02", type_="Child Seen Alone", title="Seen alone"),
            note("SURF-1-N2", father_note, date="2026-03-09", type_="Phone Call", title="Call from father"),
        ],
        given="Effie",
        family="Tranmere",
    )
    found["people"].append({"person_id": "SURF-1-dad", "given_name": "Gideon", "family_name": "Tranmere", "relationship": "father"})
    return parsed([found])


@dataclass
class Home:
    settings: Settings
    embedder: Any

    def load(self, cases: list[Case]) -> None:
        from assistant.wiring import build_ingestor

        build_ingestor(self.settings, embedder=self.embedder).run(cases, parsed_users(), prune=False, progress=SilentProgress(), actor="test")

    def service(self) -> CaseAssistService:
        from assistant.wiring import build_service

        return build_service(self.settings, embedder=self.embedder)

    def surfaces(self, note_id: str) -> dict[str, Any]:
        from assistant.wiring import build_engine
        from redaction import Vault

        vault = Vault(build_engine(self.settings), self.settings.redaction.vault_key.get_secret_value())
        return vault.load_surfaces("SURF-1", [note_id])


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, minilm: Any) -> Iterator[Home]:  # noqa: F811
    built = Home(settings_for(tmp_path_factory.mktemp("surfaces")), minilm)
    built.load(our_case())
    yield built


def test_a_quote_question_shows_the_childs_own_words(home: Home) -> None:
    answer = home.service().ask("sw.ade", "What did Effie say when she was seen alone?", case_id="SURF-1")
    assert not answer["refused"], answer
    shown = answer["answer"] + " ".join(c["quote"] for c in answer["citations"])
    assert "Effie hid under the table when daddy threw the plate" in shown, shown
    assert "Effie Tranmere hid" not in shown, shown


@pytest.mark.parametrize("note_id", ["SURF-1-N1", "SURF-1-N2"])
def test_the_note_viewer_returns_the_note_exactly_as_written(home: Home, note_id: str) -> None:
    viewed = home.service().note("sw.ade", note_id)
    assert viewed is not None
    written = {"SURF-1-N1": QUOTE_NOTE, "SURF-1-N2": FATHER_NOTE}[note_id]
    assert viewed["text"] == written


def test_no_store_file_holds_a_name_and_the_vault_rows_are_sealed(home: Home) -> None:
    files = [path for path in home.settings.home.rglob("*") if path.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for name in NAMES:
            assert name.encode() not in data, f"{name} in {path}"


def test_a_reimport_that_edits_the_note_replaces_its_surfaces_and_deletion_removes_them(home: Home) -> None:
    assert "Mr Tranmere" in _surface_texts(home.surfaces("SURF-1-N2"))
    edited = "Gideon rang to say he will not attend the core group and asked for the minutes by post."
    home.load(our_case(edited))
    texts = _surface_texts(home.surfaces("SURF-1-N2"))
    assert "Gideon" in texts and "Mr Tranmere" not in texts
    viewed = home.service().note("sw.ade", "SURF-1-N2")
    assert viewed is not None and viewed["text"] == edited

    from assistant.wiring import build_stores

    build_stores(home.settings).delete_case("SURF-1", actor="test")
    assert home.surfaces("SURF-1-N1") == {} and home.surfaces("SURF-1-N2") == {}


def _surface_texts(found: dict[str, Any]) -> set[str]:
    return {surface.text for note_surfaces in found.values() for surface in note_surfaces.body.surfaces}

