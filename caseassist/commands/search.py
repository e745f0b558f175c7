"""`caseassist search`: scoped hybrid search from the command line, one question or a batch.

What a social worker sees is what the answering pipeline would retrieve: the same scope, the
same pseudonymised query, the same ranking. Text stays pseudonymised unless `--reveal` is given,
and then only the hits' own case vaults are read (the user may read those cases, or the hit would
not be there). A case outside the user's scope gets one refusal, the same whether or not the case
exists, and the refusal is audited like every search.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from caseassist.commands.batch import BatchLine, read_batch
from caseassist.commands.common import fail, operator_errors, settings

_MAX_K = 100


def register(app: typer.Typer) -> None:
    @app.command("search")
    def search(
        ctx: typer.Context,
        query: str | None = typer.Argument(None, metavar="QUERY", help="The question or words to search for."),
        user: str = typer.Option(..., "--as", metavar="USER", help="Search as this user, inside their access scope."),
        case_id: str | None = typer.Option(None, "--case", metavar="ID", help="Only this case (default: every case USER may see)."),
        k: int | None = typer.Option(None, "-k", min=1, max=_MAX_K, help="How many notes to return (default: retrieval.top_k)."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object instead of text."),
        reveal: bool = typer.Option(False, "--reveal", help="Show real names and values (the user must be entitled to the case)."),
        batch: Annotated[
            Path | None,
            typer.Option("--batch", metavar="FILE.jsonl", help='Lines {"id","case_id","question"}; prints one JSON line each.'),
        ] = None,
        today: str | None = typer.Option(None, "--today", metavar="YYYY-MM-DD", help="Resolve 'last month', 'since March' against this date."),
    ) -> None:
        """Search the notes USER may see; names in QUERY are matched through each case's pseudonyms."""
        if (query is None) == (batch is None):
            fail("give either QUERY or --batch FILE.jsonl (not both)")
        if query is not None and not query.strip():
            fail("QUERY is empty: give the words or question to search for")
        lines = read_batch(batch) if batch is not None else [BatchLine("query", case_id, query or "")]
        reference_day = _parse_today(today)
        current = settings(ctx)
        count = k or current.retrieval.top_k
        with operator_errors():
            session = _Session.open(current, user)
            if not session.known:
                fail(f"--as {user!r}: unknown or disabled user")
            results = [(line, session.search(line, count, reveal, reference_day)) for line in lines]
        for line, result in results:
            if batch is not None:
                typer.echo(json.dumps({"id": line.id, **result}, ensure_ascii=False))
            elif "refused" in result:
                fail(result["reason"])
            elif as_json:
                typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
            else:
                _print_text(result["results"])


def _parse_today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--today {value!r}: expected a date as YYYY-MM-DD")


def _print_text(results: list[dict[str, Any]]) -> None:
    if not results:
        typer.echo("no matching notes")
        return
    for number, result in enumerate(results, start=1):
        typer.echo(f"{number}. {result['date']}  {result['case_id']} / {result['note_id']}  {result['type']}  (score {result['score']})")
        typer.echo(f"   {' '.join(result['text'].split())}")


class _Session:
    """One user's searches in one invocation: scope and stores opened once, audited per search.

    The embedding model is loaded on the first search that needs it, so a refusal costs nothing.
    """

    def __init__(self, current: Any, username: str) -> None:
        from assistant import wiring

        self.username = username
        self._settings = current
        self._engine = wiring.build_engine(current)
        self._access = wiring.build_access(current)
        from assistant.answering import VaultRedactor

        self._redactor = VaultRedactor(wiring.build_vault(current, self._engine))
        self._hybrid: Any = None
        self.known = self._access.principal(username) is not None

    @classmethod
    def open(cls, current: Any, username: str) -> _Session:
        return cls(current, username)

    @property
    def _retriever(self) -> Any:
        if self._hybrid is None:
            from transformers.utils.logging import disable_progress_bar

            from assistant import wiring

            disable_progress_bar()  # a "Loading weights" bar on stderr would follow every search
            self._hybrid = wiring.build_retriever(self._settings, engine=self._engine)
        return self._hybrid

    def search(self, line: BatchLine, k: int, reveal: bool, today: dt.date) -> dict[str, Any]:
        from access.audit import Action, Outcome
        from retrieval.retriever import pseudonymise_query, search_question

        scope = self._access.case_scope(self.username, line.case_id) if line.case_id else self._access.scope(self.username)
        if line.case_id and scope.is_empty:
            reason = self._access.refusal(line.case_id)
            self._access.audit.record(self.username, Action.SEARCH, Outcome.REFUSED, case_ids=[line.case_id], detail={"reason": "out_of_scope"})
            return {"refused": True, "reason": reason, "results": []}
        pseudonymise = self._redactor  # a ScopedPseudonymiser: aliases from the notes this scope may see
        hits = search_question(self._retriever, line.question, scope, k, today=today, pseudonymise=pseudonymise)
        # the audit row holds the strict copy (redaction.audit_copy): no name kept as a word for search
        audited_question = " | ".join(
            sorted(
                {
                    self._redactor.audit_copy(query.text, own, sorted(scope.case_ids - {own}))
                    for query in pseudonymise_query(line.question, scope, pseudonymise)
                    for own in [min(query.scope.case_ids)]
                }
            )
        )
        self._access.audit.record(
            self.username,
            Action.SEARCH,
            Outcome.ANSWERED,
            case_ids=sorted({hit.chunk.case_id for hit in hits} | ({line.case_id} if line.case_id else set())),
            question=audited_question or None,
            note_ids=[hit.chunk.note_id for hit in hits],
            detail={"k": k, "revealed": reveal, "scoped_to_case": bool(line.case_id)},
        )
        return {"results": [self._result(hit, reveal) for hit in hits]}

    def _result(self, hit: Any, reveal: bool) -> dict[str, Any]:
        chunk = hit.chunk
        text = self._redactor.quoter(chunk.case_id, [chunk.note_id])(chunk.text, [chunk.note_id]) if reveal else chunk.text
        return {
            "note_id": chunk.note_id,
            "case_id": chunk.case_id,
            "date": chunk.date.isoformat(),
            "type": chunk.note_type,
            "score": round(hit.score, 5),
            "text": text,
        }
