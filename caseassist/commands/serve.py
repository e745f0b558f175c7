"""`caseassist serve`: the web app and JSON API under uvicorn.

uvicorn is handed the factory by name ("web.app:create_app_from_env"), so nothing here imports
`web`; settings come from the same CASEASSIST_* environment the CLI reads, and are checked here
first so a bad setting ends with one line and exit code 2 instead of a server traceback.
"""

from __future__ import annotations

import importlib
import os
import socket

import typer

from caseassist.commands.common import fail, settings

APP_FACTORY = "web.app:create_app_from_env"
DEFAULT_WORKERS = max(1, os.cpu_count() or 1)
"""One worker per core: a worker's Python runs on one core at a time, and 20 users asking at once on
2 cores reached p95 685 ms with 2 workers against 1419 ms with 1 (docs/benchmarks.md, Web)."""
DEMO_PASSWORD_HOME = ("records.synthetic.actors", "DEMO_PASSWORD")
"""Where the demo corpus generator keeps the one password every demo user gets."""


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        ctx: typer.Context,
        host: str = typer.Option("127.0.0.1", help="Address to listen on; keep 127.0.0.1 unless a reverse proxy fronts the app."),
        port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
        workers: int = typer.Option(
            DEFAULT_WORKERS, min=1, max=32,
            help="Worker processes, one per CPU core by default; each loads the embedding model (~0.5 GB).",
        ),
    ) -> None:
        """Serve the web app and JSON API (OpenAPI document at /openapi.json)."""
        import uvicorn

        current = settings(ctx)
        problem = cannot_listen(host, port)
        if problem:
            fail(f"cannot listen on {host}:{port}: {problem}; choose another --port or --host")
        if current.env == "dev":
            typer.echo(f"CaseAssist (development) on http://{host}:{port}")
            password = demo_password()
            if password:
                typer.echo(f"Demo users sign in with the password: {password}  (development only; never in prod)")
        if current.env == "prod" and not current.auth.secure_cookies:
            typer.echo("warning: CASEASSIST_AUTH__SECURE_COOKIES is off: serve only behind HTTPS and turn it on", err=True)
        uvicorn.run(APP_FACTORY, factory=True, host=host, port=port, workers=workers, log_level="info", proxy_headers=False)


def cannot_listen(host: str, port: int) -> str | None:
    """Why the address cannot be bound (in use, not an address of this machine), checked before
    the models load so the user gets one line at once instead of a server log after a minute."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return f"unknown host ({exc.strerror})"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return str(exc.strerror or exc).lower()
    return None


def demo_password() -> str | None:
    module_name, attribute = DEMO_PASSWORD_HOME
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    value = getattr(module, attribute, None)
    return value if isinstance(value, str) else None
