"""The chronology half of the application facade (`assistant.api.CaseAssistAPI`), ready to delegate to.

`chronology` and `export_chronology` have the facade's shapes: JSON-ready dicts, a refusal as
`{"refused": true, "reason": ...}`, exports as (content, media type, file name) or None. Bad input
(a reversed period, an unknown format) raises `ChronologyError` with a message naming the field,
which the CLI turns into exit code 2 and the API into a 4xx.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from access.control import AccessControl
from access.scope import Scope
from assistant.chronology.service import ChronologyError, ChronologyRefused, ChronologyService, NoteSource, Period
from assistant.chronology.summarise import build_summariser
from assistant.exports import FORMATS, Format, export_file
from assistant.settings import Settings
from redaction.surfaces import NoteSurfaces, surfaces_of
from redaction.text import reidentify


class VaultNames:
    """Re-identification for readers the access rules let see the case; pseudonyms for everyone else.

    Only tokens that appear in text the reader was already allowed to see are replaced, so a
    vault entry from a note outside the reader's view is never shown. Given the notes the reader may
    see (`notes`), words an entry quotes from one of them are shown as that note wrote them
    (redaction.surfaces); surfaces of notes outside the reader's scope are never read.
    """

    def __init__(self, load_vault: Callable[[str], Mapping[str, str] | None], notes: NoteSource | None = None) -> None:
        self._load_vault = load_vault
        self._notes = notes

    def for_reader(self, username: str, scope: Scope, case_id: str) -> Callable[[str], str]:
        if case_id not in scope.case_ids:
            return _unchanged
        vault = self._load_vault(case_id) or {}
        written = self._surfaces(vault, scope, case_id)
        return lambda text: reidentify(text, vault, written)

    def _surfaces(self, vault: Mapping[str, str], scope: Scope, case_id: str) -> list[NoteSurfaces]:
        if self._notes is None:
            return []
        visible = [note.note_id for note in self._notes.notes(scope, case_id)]
        return list(surfaces_of(vault, visible).values())


def _unchanged(text: str) -> str:
    return text


class ChronologyEndpoints:
    """What the CLI, the API and the web page call for chronologies."""

    def __init__(self, service: ChronologyService) -> None:
        self._service = service

    def chronology(
        self, username: str, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> dict[str, Any]:
        period = Period(date_from, date_to)
        try:
            return self._service.build(username, case_id, period).as_dict()
        except ChronologyRefused as refused:
            return {"refused": True, "reason": str(refused)}

    def export_chronology(
        self, username: str, case_id: str, fmt: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> tuple[bytes, str, str] | None:
        checked = check_format(fmt)
        period = Period(date_from, date_to)
        try:
            chronology = self._service.build(username, case_id, period, export_format=checked)
        except ChronologyRefused:
            return None
        return export_file(chronology, checked)


def build_chronology_endpoints(
    settings: Settings,
    access: AccessControl,
    notes: NoteSource,
    load_vault: Callable[[str], Mapping[str, str] | None],
    clock: Callable[[], dt.datetime] | None = None,
) -> ChronologyEndpoints:
    """For the wiring point: the endpoints over the shared access service, retriever and vaults."""
    service = ChronologyService(
        access=access,
        notes=notes,
        summariser=build_summariser(settings.ollama),
        audit=access.audit,
        names=VaultNames(load_vault, notes),
        clock=clock or (lambda: dt.datetime.now(dt.UTC)),
    )
    return ChronologyEndpoints(service)


def check_format(fmt: str) -> Format:
    """The format, or a message naming the choices (checked before anything is built or audited)."""
    for known in FORMATS:
        if fmt == known:
            return known
    raise ChronologyError(f"--format {fmt!r} is not supported: choose one of {', '.join(FORMATS)}")
