"""Server-rendered pages: sign-in, case list, chat, chronology, governance and admin.

Pages render what the service returns through autoescaping Jinja templates; the little JavaScript
in web/static only streams answers, opens source notes and polls evaluations. Only IDs, dates and
event types ever appear in URLs: searches by name are posted, never put in a query string.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from web.api import EVALUATIONS_UNAVAILABLE, SIGN_IN_FAILED, case_refusal
from web.context import (
    ADMIN_ROLES,
    CROSS_SITE_REFUSED,
    GOVERNANCE_ROLES,
    Context,
    PageError,
    PageFormUser,
    PageUser,
    WebSession,
    client_address,
    current_session,
    date_param,
    evaluation_call,
    evaluation_suites,
    has_baselines,
    require_role,
)
from web.security import same_origin
from web.sessions import CSRF_FORM_FIELD, clear_session_cookie, set_session_cookie

router = APIRouter(include_in_schema=False)

AUDIT_ACTIONS = (
    "search", "ask", "chronology", "note_view", "export", "grant", "grant_revoke",
    "import", "delete", "login", "logout", "user_admin", "audit_view", "approve_baseline",
)
STATUS_LABELS = {
    "early_help": "Early help", "child_in_need": "Child in need", "child_protection": "Child protection",
    "looked_after": "Looked after", "care_leaver": "Care leaver", "closed": "Closed",
}


def render(request: Request, template: str, session: WebSession | None, status: int = 200, **values: Any) -> HTMLResponse:
    values.update(
        session=session,
        csrf_field=CSRF_FORM_FIELD,
        is_governance=session is not None and session.role in GOVERNANCE_ROLES,
        is_admin=session is not None and session.role in ADMIN_ROLES,
        status_labels=STATUS_LABELS,
    )
    context = request.app.state.web
    response: HTMLResponse = context.templates.TemplateResponse(request, template, values, status_code=status)
    return response


def error_page(request: Request, status: int, title: str, detail: str) -> HTMLResponse:
    return render(request, "error.html", current_session(request), status=status, title=title, detail=detail)


# --- signing in and out -------------------------------------------------------------------------


@router.get("/")
def home(request: Request) -> Response:
    session = current_session(request)
    if session is None:
        return RedirectResponse("/signin", status_code=303)
    return RedirectResponse("/governance" if session.role in GOVERNANCE_ROLES else "/cases", status_code=303)


@router.get("/signin")
def sign_in_page(request: Request) -> Response:
    if current_session(request) is not None:
        return RedirectResponse("/", status_code=303)
    return render(request, "signin.html", None, title="Sign in")


@router.post("/signin")
def sign_in(
    request: Request, context: Context, username: Annotated[str, Form(max_length=128)] = "", password: Annotated[str, Form(max_length=1024)] = ""
) -> Response:
    if not same_origin(request.headers.items(), request.url.netloc):
        raise PageError(403, "Request refused", CROSS_SITE_REFUSED)
    user = context.service.authenticate(username.strip(), password, client_address(request)) if username and password else None
    if user is None:
        return render(request, "signin.html", None, status=401, title="Sign in", error=SIGN_IN_FAILED, username=username)
    session = context.sessions.create(str(user["username"]))
    response = RedirectResponse("/", status_code=303)
    set_session_cookie(response, session, context.settings)
    return response


@router.post("/signout")
def sign_out(session: PageFormUser, context: Context) -> Response:
    context.sessions.revoke(session.token)
    response = RedirectResponse("/signin", status_code=303)
    clear_session_cookie(response, context.settings)
    return response


# --- casework -----------------------------------------------------------------------------------


def _page_date(value: str, name: str) -> dt.date | None:
    try:
        return date_param(value, name)
    except ValueError as exc:
        raise PageError(422, "Please check the dates", str(exc)) from None


def _cases_page(request: Request, context: Context, session: WebSession, query: str) -> HTMLResponse:
    cases = context.service.cases(session.username, query or None)
    return render(request, "cases.html", session, title="Your cases", cases=cases, query=query)


@router.get("/cases")
def cases_page(request: Request, session: PageUser, context: Context) -> HTMLResponse:
    return _cases_page(request, context, session, "")


@router.post("/cases")
def cases_search(request: Request, session: PageFormUser, context: Context, q: Annotated[str, Form(max_length=200)] = "") -> HTMLResponse:
    return _cases_page(request, context, session, q.strip())


def _permitted_case(context: Context, session: WebSession, case_id: str) -> dict[str, Any]:
    for case in context.service.cases(session.username):
        if case["case_id"] == case_id:
            return case
    raise PageError(404, "Case not available", case_refusal(case_id))


@router.get("/chat")
def caseload_chat(request: Request, session: PageUser, context: Context) -> HTMLResponse:
    return _chat(request, context, session, None)


@router.get("/cases/{case_id}/chat")
def case_chat(case_id: str, request: Request, session: PageUser, context: Context) -> HTMLResponse:
    return _chat(request, context, session, _permitted_case(context, session, case_id))


def _chat(request: Request, context: Context, session: WebSession, case: dict[str, Any] | None) -> HTMLResponse:
    case_id = case["case_id"] if case else None
    history = [c for c in context.service.conversations(session.username) if c.get("case_id") == case_id]
    title = f"Ask about case {case_id}" if case_id else "Ask across your caseload"
    return render(request, "chat.html", session, title=title, case=case, history=history)


@router.get("/cases/{case_id}/chronology")
def chronology_page(
    case_id: str,
    request: Request,
    session: PageUser,
    context: Context,
    from_: Annotated[str, Query(alias="from", max_length=10)] = "",
    to: Annotated[str, Query(max_length=10)] = "",
    types: Annotated[list[str] | None, Query(alias="type")] = None,
) -> HTMLResponse:
    case = _permitted_case(context, session, case_id)
    date_from, date_to = _page_date(from_, "from"), _page_date(to, "to")
    if date_from and date_to and date_from > date_to:
        raise PageError(422, "Please check the dates", f"'From' ({date_from:%d %B %Y}) is after 'To' ({date_to:%d %B %Y})")
    result = context.service.chronology(session.username, case_id, date_from, date_to)
    if result.get("refused"):
        raise PageError(404, "Case not available", case_refusal(case_id))
    entries = result.get("entries", [])
    all_types = sorted({str(e.get("event_type", "")) for e in entries})
    chosen = [t for t in (types or []) if t in all_types]
    shown = [e for e in entries if not chosen or e.get("event_type") in chosen]
    export_query = "&".join(f"{k}={v}" for k, v in (("from", date_from), ("to", date_to)) if v)
    return render(
        request, "chronology.html", session, title=f"Chronology for case {case_id}", case=case, chronology=result,
        entries=shown, total=len(entries), all_types=all_types, chosen=chosen, date_from=date_from, date_to=date_to,
        export_query=export_query,
    )


# --- governance and administration --------------------------------------------------------------


@router.get("/governance")
def governance_page(
    request: Request, session: PageUser, context: Context, job: Annotated[str, Query(max_length=32)] = ""
) -> HTMLResponse:
    require_role(session, GOVERNANCE_ROLES, "Governance")
    return _governance(request, context, session, job.strip())


@router.post("/governance/baseline")
def approve_baseline(
    request: Request,
    session: PageFormUser,
    context: Context,
    job_id: Annotated[str, Form(max_length=32)] = "",
    reason: Annotated[str, Form(max_length=500)] = "",
) -> HTMLResponse:
    """The approve button's form: the same service call as POST /api/evaluations/baseline."""
    require_role(session, GOVERNANCE_ROLES, "Governance")
    job_id = job_id.strip()
    if not has_baselines(context.service):
        return _governance(request, context, session, job_id, 501, error=EVALUATIONS_UNAVAILABLE.capitalize() + ".")
    if len(reason.strip()) < 10:
        return _governance(request, context, session, job_id, 422, reason=reason,
                           error="Reason: say why this run becomes the baseline, in at least 10 characters.")
    try:
        approved = evaluation_call(context.service, "approve_baseline", session.username, job_id, reason.strip())
    except PermissionError as exc:
        raise PageError(403, "Not available to your role", str(exc)) from None
    except (ValueError, LookupError) as exc:
        return _governance(request, context, session, job_id, 409, reason=reason, error=_sentence(str(exc)))
    if approved is None:
        raise PageError(404, "Evaluation not found", f"evaluation {job_id} was not found")
    return _governance(request, context, session, job_id, confirmation=f"Evaluation {job_id} is now the approved baseline.")


def _governance(request: Request, context: Context, session: WebSession, job_id: str, status: int = 200, **extra: Any) -> HTMLResponse:
    suites = evaluation_suites(context.service, session.username)
    values: dict[str, Any] = {"runs": [], "baseline": None, "chosen": None, "comparison": None, "baseline_problem": None}
    if suites is not None and has_baselines(context.service):
        values.update(_baseline_view(context, session, job_id))
    return render(
        request, "governance.html", session, status=status, title="Governance", evaluations_available=suites is not None,
        suites=suites or [], baselines_available=suites is not None and has_baselines(context.service), **values, **extra,
    )


def _baseline_view(context: Context, session: WebSession, job_id: str) -> dict[str, Any]:
    """The runs table, the current baseline and, for the chosen run, its comparison with the baseline."""
    runs = evaluation_call(context.service, "evaluation_runs", session.username) or []
    chosen = next((run for run in runs if run["job_id"] == job_id), None) if job_id else None
    if job_id and chosen is None:
        chosen = evaluation_call(context.service, "evaluation_status", session.username, job_id)
        if chosen is None:
            raise PageError(404, "Evaluation not found", f"evaluation {job_id} was not found")
    try:
        baseline = evaluation_call(context.service, "evaluation_baseline", session.username)
        comparison = evaluation_call(context.service, "evaluation_compare", session.username, job_id) if chosen else None
    except ValueError as exc:  # the baseline cannot be trusted: the page says why instead of comparing
        return {"runs": runs, "baseline": None, "chosen": chosen, "comparison": None, "baseline_problem": _sentence(str(exc))}
    return {"runs": runs, "baseline": baseline, "chosen": chosen, "comparison": comparison, "baseline_problem": None}


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


@router.get("/governance/audit")
def audit_page(
    request: Request,
    session: PageUser,
    context: Context,
    case_id: Annotated[str, Query(max_length=128)] = "",
    user: Annotated[str, Query(max_length=128)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    action: Annotated[str, Query(max_length=32)] = "",
) -> HTMLResponse:
    require_role(session, GOVERNANCE_ROLES, "The audit trail")
    since_date = _page_date(since, "since")
    try:
        rows = context.service.audit(session.username, case_id or None, user or None, since_date, action or None, 200) or []
    except ValueError:  # an action this installation's audit trail does not record
        raise PageError(422, "Please check the filters", f"Action: {action[:32]!r} is not an action the audit trail records") from None
    verification = context.service.audit_verify(session.username)
    filters = {"case_id": case_id, "user": user, "since": since_date, "action": action}
    return render(
        request, "audit.html", session, title="Audit trail", rows=list(reversed(rows)), filters=filters,
        actions=AUDIT_ACTIONS, verification=verification,
    )


@router.get("/admin")
def admin_page(request: Request, session: PageUser, context: Context) -> HTMLResponse:
    require_role(session, ADMIN_ROLES, "Administration")
    return _admin(request, context, session)


def _admin(request: Request, context: Context, session: WebSession, status: int = 200, **extra: Any) -> HTMLResponse:
    users = context.service.users(session.username) or []
    grants = context.service.grants(session.username) or []
    return render(request, "admin.html", session, status=status, title="Users and grants", users=users, grants=grants, **extra)


@router.post("/admin/grants")
def admin_grant(
    request: Request,
    session: PageFormUser,
    context: Context,
    grantee: Annotated[str, Form(max_length=128)] = "",
    case_id: Annotated[str, Form(max_length=128)] = "",
    days: Annotated[str, Form(max_length=8)] = "",
    reason: Annotated[str, Form(max_length=500)] = "",
) -> HTMLResponse:
    require_role(session, ADMIN_ROLES, "Administration")
    form = {"grantee": grantee, "case_id": case_id, "days": days, "reason": reason}
    if not days.strip().isdigit():
        return _admin(request, context, session, 422, error=f"Days: enter a whole number of days, got {days!r}", form=form)
    try:
        grant = context.service.grant(session.username, grantee.strip(), case_id.strip(), int(days), reason.strip())
    except (PermissionError, ValueError) as exc:
        return _admin(request, context, session, 422, error=str(exc), form=form)
    return _admin(request, context, session, confirmation=f"Granted {grant.get('username', grantee)} access to case {grant.get('case_id', case_id)}")
