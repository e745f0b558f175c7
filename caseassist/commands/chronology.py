"""`caseassist chronology`: parse, call the application, print or write. No chronology logic here."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer

from caseassist.commands.common import fail, settings


class ChronologyAPI(Protocol):
    """The chronology methods of `assistant.api.CaseAssistAPI`."""

    def chronology(
        self, username: str, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> dict[str, Any]: ...

    def export_chronology(
        self, username: str, case_id: str, fmt: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> tuple[bytes, str, str] | None: ...


def register(app: typer.Typer) -> None:
    @app.command("chronology")
    def chronology(
        ctx: typer.Context,
        username: Annotated[
            str, typer.Option("--as", metavar="USER", help="Whose view: only what USER may see is shown.")
        ],
        case_id: Annotated[str, typer.Option("--case", metavar="ID", help="The case id, e.g. DEMO-7-0001.")],
        date_from: Annotated[
            str | None, typer.Option("--from", metavar="YYYY-MM-DD", help="First event date to include.")
        ] = None,
        date_to: Annotated[
            str | None, typer.Option("--to", metavar="YYYY-MM-DD", help="Last event date to include.")
        ] = None,
        fmt: Annotated[str, typer.Option("--format", metavar="json|md|csv|docx", help="Output format.")] = "json",
        out: Annotated[
            Path | None, typer.Option("--out", metavar="FILE", help="Write to FILE instead of standard output.")
        ] = None,
    ) -> None:
        """A dated chronology of a case's significant events with their source notes, in USER's view. Audited."""
        from access.rules import refusal
        from assistant.chronology import ChronologyError
        from assistant.chronology.endpoints import check_format

        start, end = _date("--from", date_from), _date("--to", date_to)
        try:
            checked = check_format(fmt)
        except ChronologyError as exc:
            fail(str(exc))
        if checked == "docx" and out is None:
            fail("--format docx writes a Word file: add --out FILE.docx")
        if out is not None and not out.parent.is_dir():
            fail(f"--out: directory {out.parent} does not exist")
        api = _api(ctx)
        try:
            if checked == "json" and out is None:
                data = api.chronology(username, case_id, start, end)
                if data.get("refused"):
                    fail(str(data["reason"]))
                typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
                return
            exported = api.export_chronology(username, case_id, checked, start, end)
        except ChronologyError as exc:
            fail(str(exc))
        if exported is None:
            fail(refusal(case_id))
        content = exported[0]
        if out is None:
            typer.echo(content.decode("utf-8"), nl=False)
            return
        _write_atomically(out, content)
        typer.echo(f"wrote {out} ({len(content)} bytes)", err=True)


def _api(ctx: typer.Context) -> ChronologyAPI:
    """The application facade, built from settings once per invocation (tests may place one on the context)."""
    root = ctx.find_root()
    root.ensure_object(dict)
    if "api" not in root.obj:
        from assistant import wiring

        root.obj["api"] = wiring.build_service(settings(ctx))
    api: ChronologyAPI = root.obj["api"]
    return api


def _date(option: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        fail(f"{option}: {value!r} is not a valid date (expected YYYY-MM-DD, e.g. 2024-03-31)")


def _write_atomically(path: Path, content: bytes) -> None:
    """The whole file or nothing: an interrupted write never leaves half an export under its name."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        fail(f"--out: could not write {path}: {exc.strerror or exc}")
