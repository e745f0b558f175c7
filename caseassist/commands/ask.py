"""`caseassist ask` and `caseassist conversations`: cited answers from the command line.

One question prints a readable answer with numbered sources (or `--json`); `--batch FILE.jsonl`
answers every line and prints one JSON line each, after checking the whole file first so a bad
line never leaves half the answers printed. A case outside the user's scope gets the same refusal
whether or not it exists. `--conversation new|ID` keeps the exchange so follow-ups ("and when was
that?") resolve against it; conversations are the user's own and stored pseudonymised.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from caseassist.commands.batch import BatchLine, read_batch
from caseassist.commands.common import fail, operator_errors, settings

if TYPE_CHECKING:
    from assistant.answering import Answerer
    from assistant.settings import Settings


def register(app: typer.Typer) -> None:
    @app.command("ask")
    def ask(
        ctx: typer.Context,
        question: str | None = typer.Argument(None, metavar="QUESTION", help="What you want to know, in your own words."),
        user: str = typer.Option(..., "--as", metavar="USER", help="Ask as this user, inside their access scope."),
        case_id: str | None = typer.Option(None, "--case", metavar="ID", help="About this case (default: USER's caseload)."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object instead of text."),
        batch: Annotated[
            Path | None,
            typer.Option("--batch", metavar="FILE.jsonl", help='Lines {"id","case_id","question"}; prints one JSON line each.'),
        ] = None,
        conversation: str | None = typer.Option(
            None, "--conversation", metavar="new|ID", help="Start a conversation ('new') or continue one, for follow-ups."
        ),
    ) -> None:
        """Answer QUESTION from the notes USER may see, citing them; 'not recorded' when they don't say."""
        if (question is None) == (batch is None):
            fail("give either QUESTION or --batch FILE.jsonl (not both)")
        if question is not None and not question.strip():
            fail("QUESTION is empty: type the question to ask")
        if batch is not None and conversation is not None:
            fail("--conversation cannot be used with --batch: batch questions are answered independently")
        lines = read_batch(batch) if batch is not None else [BatchLine("question", case_id, question or "")]
        current = settings(ctx)
        with operator_errors():
            if conversation is not None:
                result = _ask_in_conversation(current, user, lines[0], conversation)
            else:
                answerer = _answerer(current, user)
                if batch is not None:
                    for line in lines:
                        answer = answerer.ask(user, line.question, case_id=line.case_id)
                        typer.echo(json.dumps(batch_record(line.id, answer.as_dict()), ensure_ascii=False))
                    return
                result = {**answerer.ask(user, lines[0].question, case_id=lines[0].case_id).as_dict(), "conversation_id": None}
        if result["reason"] == "no_access":
            fail(result["answer"])
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2) if as_json else render_text(result))

    conversations = typer.Typer(help="Your saved conversations: list, show, delete.", no_args_is_help=True)
    app.add_typer(conversations, name="conversations")

    @conversations.command("list")
    def list_(ctx: typer.Context, user: str = typer.Option(..., "--as", metavar="USER")) -> None:
        """USER's conversations, newest first."""
        with operator_errors():
            found = _service(settings(ctx), user).conversations(user)
        if not found:
            typer.echo("no conversations")
        for item in found:
            typer.echo(f"{item['id']}  {item['updated_at'][:16]}  {item['case_id'] or 'caseload'}  {item['title']}")

    @conversations.command("show")
    def show(
        ctx: typer.Context,
        conversation_id: str = typer.Argument(..., metavar="ID"),
        user: str = typer.Option(..., "--as", metavar="USER"),
    ) -> None:
        """The turns of one of USER's conversations, as JSON."""
        with operator_errors():
            found = _service(settings(ctx), user).conversation(user, conversation_id)
        if found is None:
            fail(f"no conversation {conversation_id} for {user}")
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2))

    @conversations.command("delete")
    def delete(
        ctx: typer.Context,
        conversation_id: str = typer.Argument(..., metavar="ID"),
        user: str = typer.Option(..., "--as", metavar="USER"),
    ) -> None:
        """Delete one of USER's conversations and all its turns."""
        with operator_errors():
            deleted = _service(settings(ctx), user).delete_conversation(user, conversation_id)
        if not deleted:
            fail(f"no conversation {conversation_id} for {user}")
        typer.echo(f"deleted conversation {conversation_id}")


def _ask_in_conversation(current: Settings, user: str, line: BatchLine, conversation: str) -> dict[str, Any]:
    """A question with its conversation's history; the turn is saved (pseudonymised) by the service."""
    service = _service(current, user)
    conversation_id = None if conversation == "new" else conversation
    if conversation_id is not None:
        found = service.conversation(user, conversation_id)
        if found is None:
            fail(f"--conversation {conversation}: no such conversation for {user} (see `caseassist conversations list --as {user}`)")
        if line.case_id is not None and line.case_id != found["case_id"]:
            fail(f"--conversation {conversation} is about {found['case_id'] or 'the whole caseload'}, not case {line.case_id}")
    return service.ask(user, line.question, case_id=line.case_id, conversation_id=conversation_id)


def batch_record(line_id: str, answer: dict[str, Any]) -> dict[str, Any]:
    """The --batch line format: id, answer, citations (note_id, case_id, date, quote), refused, reason, backend, prompt."""
    return {
        "id": line_id,
        "answer": answer["answer"],
        "citations": [
            {"note_id": c["note_id"], "case_id": c["case_id"], "date": c["date"], "quote": c.get("quote", "")} for c in answer["citations"]
        ],
        "refused": answer["refused"],
        "reason": answer["reason"],
        "backend": answer["backend"],
        "prompt": answer["prompt"],
    }


def render_text(answer: dict[str, Any]) -> str:
    """The answer, its numbered sources, and what produced it."""
    lines = [answer["answer"], ""]
    if answer["citations"]:
        lines.append("Sources:")
        for c in answer["citations"]:
            lines.append(f"  [{c['n']}] {c['date']}  {c['case_id']} / {c['note_id']}")
            if c.get("quote"):
                lines.append(f'      "{c["quote"]}"')
        lines.append("")
    if answer.get("backend_notice"):
        lines.append(answer["backend_notice"])
    lines.append(f"({answer['backend']} {answer.get('model', '')}, prompt {answer['prompt']})")
    if answer.get("conversation_id"):
        lines.append(f"follow up with: --conversation {answer['conversation_id']}")
    return "\n".join(lines)


def _answerer(current: Settings, user: str) -> Answerer:
    from assistant import wiring

    access = wiring.build_access(current)
    if access.principal(user) is None:
        fail(f"--as {user!r}: unknown or disabled user")
    return wiring.build_answering(current, access=access).answerer


def _service(current: Settings, user: str) -> Any:
    from assistant import wiring

    service = wiring.build_service(current)
    if service.principal(user) is None:
        fail(f"--as {user!r}: unknown or disabled user")
    return service


