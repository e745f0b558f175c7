"""The web app factory: JSON API, server-rendered pages and static files over one service.

`create_app(settings)` is the only place the web layer is assembled; `create_app_from_env` is the
factory uvicorn imports (`caseassist serve` names it as a string, so nothing imports `web`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.api import CaseAssistAPI
from assistant.settings import Settings
from web import api, pages
from web.context import ApiError, PageError, SignInRequired, WebContext
from web.security import ContainErrors, SecurityHeaders
from web.sessions import SessionBook, build_sessions

HERE = Path(__file__).resolve().parent


def create_app(settings: Settings, service: CaseAssistAPI | None = None, sessions: SessionBook | None = None) -> FastAPI:
    """The app over `service` (default: the one `assistant.wiring.build_service` builds from settings)."""
    if service is None:
        from assistant.wiring import build_service  # deferred: the whole pipeline loads only when serving
        from evals.jobs import build_runner

        service = build_service(settings, evaluations=build_runner(settings))
    app = FastAPI(
        title="CaseAssist",
        version="1",
        summary="Cited answers, chronologies and evaluations over children's social care records.",
        docs_url=None,  # Swagger UI loads scripts from a CDN: the OpenAPI document is at /openapi.json
        redoc_url=None,
    )
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["uk_date"] = uk_date
    app.state.web = WebContext(settings, service, sessions or build_sessions(settings), templates)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(ContainErrors)  # added last = outermost: catches what SecurityHeaders passes up
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _install_error_handlers(app)
    return app


def create_app_from_env() -> FastAPI:
    """For `uvicorn --factory web.app:create_app_from_env`: settings from CASEASSIST_* variables."""
    from assistant.wiring import configure_server_process

    settings = Settings()
    configure_server_process(settings)
    return create_app(settings)


def uk_date(value: object) -> str:
    """'2026-04-10' as '10 Apr 2026': unambiguous to a UK reader, unlike 04/10/2026."""
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%-d %b %Y")
    except ValueError:
        return str(value or "")


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status)

    @app.exception_handler(SignInRequired)
    async def _sign_in(request: Request, exc: SignInRequired) -> Response:
        return RedirectResponse("/signin", status_code=303)

    @app.exception_handler(PageError)
    async def _page_error(request: Request, exc: PageError) -> Response:
        return pages.error_page(request, exc.status, exc.title, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        message = validation_message(exc)
        if _is_api(request):
            return JSONResponse({"detail": message}, status_code=422)
        return pages.error_page(request, 422, "Please check what you entered", message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = "not found" if exc.status_code == 404 else str(exc.detail)
        if _is_api(request):
            return JSONResponse({"detail": detail}, status_code=exc.status_code)
        title = "Page not found" if exc.status_code == 404 else "Request refused"
        return pages.error_page(request, exc.status_code, title, detail)


def validation_message(exc: RequestValidationError) -> str:
    """One line naming each bad field and what is wrong, never echoing the value (it may be case text)."""
    problems = []
    for error in exc.errors():
        location = [str(part) for part in error.get("loc", ()) if part not in ("body",)]
        where = location[0] if location and location[0] in ("query", "path") else "field"
        name = ".".join(location[1:] if where != "field" else location) or "body"
        label = f"query parameter {name!r}" if where == "query" else f"{where} {name!r}"
        problems.append(f"{label}: {error.get('msg', 'invalid')}")
    return "; ".join(problems) or "the request is not valid"
