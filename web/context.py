"""What every request handler gets: the app's collaborators and the signed-in user, as dependencies.

API routes and pages share one way to find the user; they differ only in how a missing or
forbidden user is answered (401/403 JSON for the API, a redirect or an error page for pages).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from assistant.api import CaseAssistAPI
from assistant.settings import Settings
from web.security import SAFE_METHODS, csrf_matches, same_origin
from web.sessions import COOKIE_NAME, CSRF_FORM_FIELD, CSRF_HEADER, SessionBook, WebSession

log = logging.getLogger("caseassist.web")

GOVERNANCE_ROLES = frozenset({"governance_lead", "admin"})
ADMIN_ROLES = frozenset({"admin"})
CASEWORK_ROLES = frozenset({"social_worker", "team_manager"})

SIGN_IN_FIRST = "sign in first"
CSRF_REFUSED = "the request was refused: its CSRF token is missing or stale; reload the page and try again"
CROSS_SITE_REFUSED = "the request was refused: it came from another site"


@dataclass(frozen=True)
class WebContext:
    settings: Settings
    service: CaseAssistAPI
    sessions: SessionBook
    templates: Jinja2Templates


class ApiError(Exception):
    """An API answer other than 2xx: the status and one line for the caller. Never case content."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class PageError(Exception):
    """A page that cannot be shown: rendered as a calm error page with the same wording rules."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail


class SignInRequired(Exception):
    """A page asked for without a live session: answered with a redirect to the sign-in page."""


async def web(request: Request) -> WebContext:
    """Async on purpose: it does no I/O, and a sync dependency would cost a threadpool hop per request."""
    context: WebContext = request.app.state.web
    return context


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def current_session(request: Request) -> WebSession | None:
    """The live session behind the cookie, None when missing, expired, revoked or the user is disabled."""
    context: WebContext = request.app.state.web
    token = request.cookies.get(COOKIE_NAME)
    session = context.sessions.get(token)
    if session is None or token is None:
        return None
    principal = context.service.principal(session.username)
    if principal is None:
        return None
    return WebSession(username=session.username, csrf_token=session.csrf_token, token=token, principal=principal)


def api_user(request: Request) -> WebSession:
    session = current_session(request)
    if session is None:
        raise ApiError(401, SIGN_IN_FIRST)
    if request.method not in SAFE_METHODS:
        if not same_origin(request.headers.items(), request.url.netloc):
            raise ApiError(403, CROSS_SITE_REFUSED)
        if not csrf_matches(session.csrf_token, request.headers.get(CSRF_HEADER)):
            raise ApiError(403, CSRF_REFUSED)
    return session


def page_user(request: Request) -> WebSession:
    session = current_session(request)
    if session is None:
        raise SignInRequired()
    return session


async def page_form_user(request: Request) -> WebSession:
    """A signed-in user posting a form that carries this session's CSRF token in a hidden field."""
    session = page_user(request)
    if not same_origin(request.headers.items(), request.url.netloc):
        raise PageError(403, "Request refused", CROSS_SITE_REFUSED)
    form = await request.form()
    presented = form.get(CSRF_FORM_FIELD)
    if not csrf_matches(session.csrf_token, presented if isinstance(presented, str) else None):
        raise PageError(403, "Request refused", CSRF_REFUSED)
    return session


def require_role(session: WebSession, roles: frozenset[str], what: str) -> None:
    if session.role not in roles:
        raise PageError(403, "Not available to your role", f"{what} is for {' and '.join(sorted(r.replace('_', ' ') + 's' for r in roles))} only")


def date_param(value: str | None, name: str) -> dt.date | None:
    """A YYYY-MM-DD query parameter; empty means not set (HTML date inputs submit '' when blank)."""
    if not value or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"query parameter {name!r}: {value.strip()[:10]!r} is not a date (expected YYYY-MM-DD)") from None


EVALUATION_METHODS = ("evaluation_suites", "run_evaluation", "evaluation_status", "evaluation_report")
BASELINE_METHODS = ("evaluation_runs", "evaluation_baseline", "evaluation_compare", "approve_baseline")


def has_baselines(service: CaseAssistAPI) -> bool:
    """True when the service can also list runs, name the baseline, compare and approve."""
    return has_evaluations(service) and all(callable(getattr(service, name, None)) for name in BASELINE_METHODS)


def has_evaluations(service: CaseAssistAPI) -> bool:
    """True when the service offers the evaluation methods (optional: not every install has the harness)."""
    return all(callable(getattr(service, name, None)) for name in EVALUATION_METHODS)


def evaluation_suites(service: CaseAssistAPI, username: str) -> list[dict[str, Any]] | None:
    """The suites this user may run, or None when the harness is missing or the user may not run any."""
    if not has_evaluations(service):
        return None
    try:
        suites: list[dict[str, Any]] | None = evaluation_call(service, "evaluation_suites", username)
    except LookupError:
        return None
    return suites


def evaluation_call(service: CaseAssistAPI, name: str, *args: Any) -> Any:
    return getattr(service, name)(*args)


Context = Annotated[WebContext, Depends(web)]
ApiUser = Annotated[WebSession, Depends(api_user)]
PageUser = Annotated[WebSession, Depends(page_user)]
PageFormUser = Annotated[WebSession, Depends(page_form_user)]
