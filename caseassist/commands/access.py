"""Users, grants and the audit trail from the command line.

The CLI runs on the server with the database's credentials, so it trusts its operator to the
extent the operating system does; `--as USER` names the accountable person, is checked against
the user store (role and active) and is written to the audit trail. User commands may omit it
so the first admin can be created; the audit row then names the OS account (`os:<login>`).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from caseassist.commands.common import fail, settings
from records.models import Role

if TYPE_CHECKING:
    from access.control import AccessControl

_AS_HELP = "The admin running this command (checked, and recorded in the audit trail)."


def register(app: typer.Typer) -> None:
    user_app = typer.Typer(help="Add users, set passwords, disable accounts.", no_args_is_help=True)
    audit_app = typer.Typer(help="Check and read the tamper-evident audit trail.", no_args_is_help=True)
    app.add_typer(user_app, name="user")
    app.add_typer(audit_app, name="audit")
    _register_users(user_app)
    _register_grants(app)
    _register_audit(audit_app)


@contextmanager
def _service(ctx: typer.Context) -> Iterator[AccessControl]:
    """The access service for this invocation; a user's mistake becomes one line and exit 2."""
    from sqlalchemy.exc import SQLAlchemyError

    import access
    from access.errors import AccessError

    current = settings(ctx)
    where = current.masked()["database_url"]
    try:
        service = access.build(current.db_url, current.auth)
    except ModuleNotFoundError as exc:
        fail(f"cannot open the database {where}: its driver {exc.name!r} is not installed (PostgreSQL needs psycopg)")
    except SQLAlchemyError as exc:
        fail(f"cannot open the database {where}: {type(exc).__name__}; check CASEASSIST_DATABASE_URL")
    try:
        yield service
    except AccessError as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"database error, nothing was changed: {type(exc).__name__}", code=1)


def _operator(service: AccessControl, as_user: str | None) -> str:
    from access.control import os_operator

    if as_user is None:
        return os_operator()
    service.require_admin(as_user)
    return as_user


def _register_users(user_app: typer.Typer) -> None:
    @user_app.command("add")
    def add(
        ctx: typer.Context,
        username: Annotated[str, typer.Argument(help="Login name, as allocated_worker and access_list name it.")],
        display_name: Annotated[str, typer.Option("--display-name", help="Name shown in the app.")],
        role: Annotated[Role, typer.Option("--role", help="social_worker, team_manager, governance_lead or admin.")],
        team: Annotated[
            list[str] | None, typer.Option("--team", help="A team the user belongs to (repeatable).")
        ] = None,
        as_user: Annotated[str | None, typer.Option("--as", help=_AS_HELP)] = None,
    ) -> None:
        """Add a user without a password; they can log in once `user set-password` has run."""
        with _service(ctx) as service:
            info = service.add_user(_operator(service, as_user), username, display_name, role, team or [])
        teams = ", ".join(info.teams) or "none"
        typer.echo(
            f"added {info.username} ({info.role.value}; teams: {teams}); set a password with `caseassist user set-password {info.username}`"
        )

    @user_app.command("set-password")
    def set_password(
        ctx: typer.Context,
        username: str = typer.Argument(..., help="The user whose password to set."),
        as_user: str | None = typer.Option(None, "--as", help=_AS_HELP),
    ) -> None:
        """Set a password: prompted twice on a terminal, else the first line of stdin. Ends their sessions."""
        password = _read_password()
        with _service(ctx) as service:
            service.set_password(_operator(service, as_user), username, password)
        typer.echo(f"password set for {username}; their open sessions were ended")

    @user_app.command("disable")
    def disable(
        ctx: typer.Context,
        username: str = typer.Argument(..., help="The user to disable."),
        as_user: str | None = typer.Option(None, "--as", help=_AS_HELP),
    ) -> None:
        """Disable a user: they see nothing and cannot log in; their sessions end now."""
        with _service(ctx) as service:
            service.disable_user(_operator(service, as_user), username)
        typer.echo(f"disabled {username}")

    @user_app.command("list")
    def list_(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """List users with role, teams and state (never password hashes)."""
        with _service(ctx) as service:
            users = service.users.all()
        rows = [
            {
                "username": u.username,
                "display_name": u.display_name,
                "role": u.role.value,
                "teams": list(u.teams),
                "active": u.active,
                "has_password": u.has_password,
                "locked_until": u.locked_until.isoformat() if u.locked_until else None,
            }
            for u in users
        ]
        if as_json:
            typer.echo(json.dumps(rows, indent=2))
            return
        for u in users:
            state = "active" if u.active else "disabled"
            typer.echo(f"{u.username:<20} {u.role.value:<16} {state:<9} {', '.join(u.teams)}")


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("New password: ")
        if getpass.getpass("Repeat it: ") != first:
            fail("the two passwords differ; nothing was changed")
        return first
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        fail("no password on stdin: pipe the new password as the first line")
    return password


def _register_grants(app: typer.Typer) -> None:
    @app.command("grant")
    def grant(
        ctx: typer.Context,
        user: str = typer.Argument(..., help="Who gets access."),
        case: str = typer.Argument(..., help="The case id."),
        days: int = typer.Option(..., "--days", help="How long, in days (1 to 90)."),
        reason: str = typer.Option(..., "--reason", help="Why, e.g. 'duty cover while AB is on leave'."),
        as_user: str = typer.Option(..., "--as", help=_AS_HELP),
    ) -> None:
        """Give USER the standard notes of CASE for N days (never restricted notes or restricted cases)."""
        with _service(ctx) as service:
            given = service.grant(as_user, user, case, days, reason)
        typer.echo(
            f"grant {given.grant_id}: {given.username} may read case {given.case_id} until {given.expires_at:%Y-%m-%d %H:%M} UTC"
        )

    @app.command("revoke-grant")
    def revoke_grant(
        ctx: typer.Context,
        grant_id: int = typer.Argument(..., help="The grant number from `caseassist grants`."),
        as_user: str = typer.Option(..., "--as", help=_AS_HELP),
    ) -> None:
        """End a grant before it expires."""
        with _service(ctx) as service:
            revoked = service.revoke_grant(as_user, grant_id)
        typer.echo(
            f"grant {revoked.grant_id} revoked: {revoked.username} no longer reads case {revoked.case_id} through it"
        )

    @app.command("grants")
    def grants(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
        active_only: bool = typer.Option(False, "--active", help="Only grants in force now."),
    ) -> None:
        """List grants, newest last, with their status: active, expired or revoked."""
        with _service(ctx) as service:
            views = service.list_grants()
        if active_only:
            views = [v for v in views if v.status == "active"]
        rows = [
            {
                "grant_id": v.grant.grant_id,
                "user": v.grant.username,
                "case_id": v.grant.case_id,
                "status": v.status,
                "granted_by": v.grant.granted_by,
                "granted_at": v.grant.granted_at.isoformat(),
                "expires_at": v.grant.expires_at.isoformat(),
                "reason": v.grant.reason,
            }
            for v in views
        ]
        if as_json:
            typer.echo(json.dumps(rows, indent=2))
            return
        if not rows:
            typer.echo("no grants")
        for v in views:
            g = v.grant
            typer.echo(
                f"{g.grant_id:>4}  {g.username:<16} {g.case_id:<12} {v.status:<8} "
                f"until {g.expires_at:%Y-%m-%d %H:%M}  by {g.granted_by}: {g.reason}"
            )


def _register_audit(audit_app: typer.Typer) -> None:
    @audit_app.command("verify")
    def verify(
        ctx: typer.Context,
        anchor: str | None = typer.Option(
            None, "--anchor", help="A head hash printed by an earlier verify: it must still be in the chain."
        ),
    ) -> None:
        """Check the hash chain from the first row; name the first missing, reordered or altered row (exit 1)."""
        with _service(ctx) as service:
            result = service.audit.verify(anchor=anchor)
        if not result.ok and result.broken_seq is None:
            typer.echo(f"audit trail BROKEN: {result.problem} ({result.rows_checked} rows are intact)", err=True)
            raise typer.Exit(1)
        if not result.ok:
            typer.echo(
                f"audit trail BROKEN at row {result.broken_seq}: {result.problem} ({result.rows_checked} rows before it are intact)",
                err=True,
            )
            raise typer.Exit(1)
        typer.echo(f"audit trail intact: {result.rows_checked} rows; head hash {result.head_hash}")

    @audit_app.command("show")
    def show(
        ctx: typer.Context,
        as_user: str = typer.Option(..., "--as", help="The governance lead or admin reading the trail (recorded)."),
        case: str | None = typer.Option(None, "--case", help="Only rows about this case."),
        user: str | None = typer.Option(None, "--user", help="Only rows by this user."),
        since: str | None = typer.Option(
            None, "--since", help="Only rows from this date (YYYY-MM-DD) or time on, UTC."
        ),
        limit: int | None = typer.Option(None, "--limit", min=1, help="Only the most recent N rows."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    ) -> None:
        """Show audit rows, oldest first (governance leads and admins)."""
        from access.audit import Action, Outcome

        start = _parse_since(since)
        with _service(ctx) as service:
            service.require_audit_reader(as_user)
            entries = service.audit.query(case_id=case, username=user, since=start, limit=limit)
            service.audit.record(
                as_user,
                Action.AUDIT_VIEW,
                Outcome.ANSWERED,
                case_ids=[case] if case else [],
                detail={"user": user, "since": since, "rows": len(entries)},
            )
        if as_json:
            typer.echo(json.dumps([e.as_dict() for e in entries], indent=2, ensure_ascii=False))
            return
        if not entries:
            typer.echo("no audit rows match")
        for e in entries:
            cases = ",".join(e.case_ids) or "-"
            notes = f" notes={','.join(e.note_ids)}" if e.note_ids else ""
            question = f" q={e.question!r}" if e.question else ""
            typer.echo(
                f"{e.seq:>6} {e.at:%Y-%m-%d %H:%M:%S} {e.username:<16} {e.action:<12} {e.outcome:<8} cases={cases}{notes}{question}"
            )


def _parse_since(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        fail(f"--since: {value!r} is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed
