"""The JSON API: the same service calls as the CLI, behind the session cookie and CSRF header.

A case or note outside the caller's scope is a 404 whose body is the same whether or not it
exists, so the API cannot be used to discover which cases or notes there are.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse

from web.context import (
    ADMIN_ROLES,
    GOVERNANCE_ROLES,
    ApiError,
    ApiUser,
    Context,
    WebContext,
    WebSession,
    client_address,
    date_param,
    evaluation_call,
    evaluation_suites,
    has_baselines,
    has_evaluations,
)
from web.schemas import (
    AnswerOut,
    ApprovalBody,
    AskBody,
    BaselineOut,
    CaseOut,
    ComparisonOut,
    EvaluationBody,
    GrantBody,
    NoteOut,
    Problem,
    SessionOut,
    SignIn,
)
from web.security import REPORT_POLICY, same_origin
from web.sessions import clear_session_cookie, set_session_cookie

log = logging.getLogger("caseassist.web")

router = APIRouter(prefix="/api", responses={401: {"model": Problem}, 403: {"model": Problem}})

SIGN_IN_FAILED = "sign-in failed: wrong username or password, or the account is locked or disabled"
NOTE_NOT_FOUND = "note {note_id} was not found or you do not have access to it"
CONVERSATION_NOT_FOUND = "conversation {conversation_id} was not found"
EVALUATIONS_UNAVAILABLE = "the evaluation harness is not available in this installation"
STREAM_FAILED = "the answer could not be completed; try again, and tell your administrator if it keeps happening"


def case_refusal(case_id: str) -> str:
    """The one message for a case the caller may not see, whether or not it exists."""
    return f"no access to case {case_id} or it does not exist"


def permitted_case_ids(context: WebContext, session: WebSession) -> set[str]:
    return {str(case["case_id"]) for case in context.service.cases(session.username)}


# --- session ------------------------------------------------------------------------------------


@router.post("/session", response_model=SessionOut, responses={401: {"model": Problem}})
def sign_in(body: SignIn, request: Request, context: Context) -> JSONResponse:
    """Sign in: sets the HttpOnly session cookie; send `csrf_token` back as `X-CSRF-Token`."""
    if not same_origin(request.headers.items(), request.url.netloc):
        raise ApiError(403, "the request was refused: it came from another site")
    user = context.service.authenticate(body.username, body.password, client_address(request))
    if user is None:
        raise ApiError(401, SIGN_IN_FAILED)
    session = context.sessions.create(str(user["username"]))
    response = JSONResponse({"csrf_token": session.csrf_token, "user": user})
    set_session_cookie(response, session, context.settings)
    return response


@router.get("/session", response_model=SessionOut)
def who_am_i(session: ApiUser) -> dict[str, Any]:
    return {"csrf_token": session.csrf_token, "user": session.principal}


@router.delete("/session", status_code=204)
def sign_out(session: ApiUser, context: Context) -> Response:
    context.sessions.revoke(session.token)
    response = Response(status_code=204)
    clear_session_cookie(response, context.settings)
    return response


# --- casework -----------------------------------------------------------------------------------


@router.get("/cases", responses={200: {"model": list[CaseOut]}})
def list_cases(session: ApiUser, context: Context) -> JSONResponse:
    """Only the cases the caller may see, with the child's name (they are entitled to it)."""
    return JSONResponse(context.service.cases(session.username))


@router.post("/ask", responses={200: {"model": AnswerOut}, 404: {"model": Problem}})
def ask(body: AskBody, session: ApiUser, context: Context) -> JSONResponse:
    """The answer exactly as `caseassist ask --json` prints it (the schema documents its core fields)."""
    answer = context.service.ask(session.username, body.question, body.case_id, body.conversation_id)
    if answer.get("refused") and body.case_id and body.case_id not in permitted_case_ids(context, session):
        raise ApiError(404, case_refusal(body.case_id))
    return JSONResponse(answer)


@router.post(
    "/ask/stream",
    responses={200: {"content": {"text/event-stream": {}}, "description": "token, notice, final and error events"}, 404: {"model": Problem}},
)
def ask_stream(body: AskBody, session: ApiUser, context: Context) -> StreamingResponse:
    """The answer as server-sent events: `token` {text}, `notice` {text}, then `final` {answer}."""
    if body.case_id and body.case_id not in permitted_case_ids(context, session):
        context.service.ask(session.username, body.question, body.case_id, body.conversation_id)  # audits the refusal
        raise ApiError(404, case_refusal(body.case_id))
    events = context.service.ask_stream(session.username, body.question, body.case_id, body.conversation_id)
    return StreamingResponse(
        server_sent(events), media_type="text/event-stream", headers={"cache-control": "no-store", "x-accel-buffering": "no"}
    )


def server_sent(events: Iterator[dict[str, Any]]) -> Iterator[str]:
    """SSE framing; a failure mid-answer ends the stream with an `error` event, never a traceback."""
    try:
        for event in events:
            name = str(event.get("event", "message"))
            yield f"event: {name}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n"
    except Exception as exc:  # the response has started: the only way left to tell the reader is an event
        log.error("streamed answer failed: %s", type(exc).__name__)
        yield f"event: error\ndata: {json.dumps({'event': 'error', 'text': STREAM_FAILED})}\n\n"


@router.get("/conversations")
def list_conversations(session: ApiUser, context: Context) -> list[dict[str, Any]]:
    return context.service.conversations(session.username)


@router.get("/conversations/{conversation_id}", responses={404: {"model": Problem}})
def get_conversation(conversation_id: str, session: ApiUser, context: Context) -> dict[str, Any]:
    conversation = context.service.conversation(session.username, conversation_id)
    if conversation is None:
        raise ApiError(404, CONVERSATION_NOT_FOUND.format(conversation_id=conversation_id))
    return conversation


@router.delete("/conversations/{conversation_id}", status_code=204, responses={404: {"model": Problem}})
def delete_conversation(conversation_id: str, session: ApiUser, context: Context) -> Response:
    if not context.service.delete_conversation(session.username, conversation_id):
        raise ApiError(404, CONVERSATION_NOT_FOUND.format(conversation_id=conversation_id))
    return Response(status_code=204)


@router.get("/notes/{note_id}", responses={200: {"model": NoteOut}, 404: {"model": Problem}})
def get_note(note_id: str, session: ApiUser, context: Context) -> JSONResponse:
    note = context.service.note(session.username, note_id)
    if note is None:
        raise ApiError(404, NOTE_NOT_FOUND.format(note_id=note_id))
    return JSONResponse(note)


ChronologyFormat = Literal["json", "md", "csv", "docx"]


@router.get(
    "/cases/{case_id}/chronology",
    responses={200: {"content": {"application/json": {}, "text/markdown": {}, "text/csv": {}, "application/octet-stream": {}}}, 404: {"model": Problem}},
)
def chronology(
    case_id: str,
    session: ApiUser,
    context: Context,
    from_: Annotated[str, Query(alias="from", max_length=10, description="YYYY-MM-DD, inclusive")] = "",
    to: Annotated[str, Query(max_length=10, description="YYYY-MM-DD, inclusive")] = "",
    format: Annotated[ChronologyFormat, Query(description="json, or an export: md, csv, docx")] = "json",
) -> Response:
    date_from, date_to = _api_date(from_, "from"), _api_date(to, "to")
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, f"query parameter 'from' ({date_from}) is after 'to' ({date_to})")
    if format == "json":
        result = context.service.chronology(session.username, case_id, date_from, date_to)
        if result.get("refused"):
            raise ApiError(404, case_refusal(case_id))
        return JSONResponse(result)
    export = context.service.export_chronology(session.username, case_id, format, date_from, date_to)
    if export is None:
        raise ApiError(404, case_refusal(case_id))
    content, media_type, filename = export
    return Response(content, media_type=media_type, headers={"content-disposition": f'attachment; filename="{_safe_filename(filename)}"'})


def _api_date(value: str | None, name: str) -> dt.date | None:
    try:
        return date_param(value, name)
    except ValueError as exc:
        raise ApiError(422, str(exc)) from None


def _safe_filename(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name) or "chronology"


# --- governance ---------------------------------------------------------------------------------


def _governance(session: WebSession, what: str) -> None:
    if session.role not in GOVERNANCE_ROLES:
        raise ApiError(403, f"{what} is for governance leads and admins only")


@router.get("/audit")
def audit(
    session: ApiUser,
    context: Context,
    case_id: str | None = None,
    user: str | None = None,
    since: Annotated[str, Query(max_length=10, description="YYYY-MM-DD")] = "",
    action: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[dict[str, Any]]:
    since_date = _api_date(since, "since")
    try:
        rows = context.service.audit(session.username, case_id or None, user or None, since_date, action or None, limit)
    except ValueError:  # an action this installation's audit trail does not record
        raise ApiError(422, f"query parameter 'action': {(action or '')[:32]!r} is not an action the audit trail records") from None
    if rows is None:
        raise ApiError(403, "the audit trail is for governance leads and admins only")
    return rows


@router.get("/audit/verify")
def audit_verify(session: ApiUser, context: Context) -> dict[str, Any]:
    result = context.service.audit_verify(session.username)
    if result is None:
        raise ApiError(403, "the audit trail is for governance leads and admins only")
    return result


def _evaluations(context: WebContext, session: WebSession) -> None:
    _governance(session, "evaluation")
    if not has_evaluations(context.service):
        raise ApiError(501, EVALUATIONS_UNAVAILABLE)


@router.get("/evaluations/suites")
def list_evaluation_suites(session: ApiUser, context: Context) -> list[dict[str, Any]]:
    _evaluations(context, session)
    suites = evaluation_suites(context.service, session.username)
    if suites is None:
        raise ApiError(501, EVALUATIONS_UNAVAILABLE)
    return suites


@router.post("/evaluations", status_code=202)
def run_evaluation(body: EvaluationBody, session: ApiUser, context: Context) -> dict[str, Any]:
    _evaluations(context, session)
    try:
        job_id = evaluation_call(context.service, "run_evaluation", session.username, list(body.suites), body.against_baseline)
    except PermissionError as exc:
        raise ApiError(403, str(exc)) from None
    except ValueError as exc:
        raise ApiError(422, str(exc)) from None
    except LookupError:  # the service has the methods but the harness is not installed
        raise ApiError(501, EVALUATIONS_UNAVAILABLE) from None
    return {"job_id": job_id}


def _baselines(context: WebContext, session: WebSession) -> None:
    _evaluations(context, session)
    if not has_baselines(context.service):
        raise ApiError(501, EVALUATIONS_UNAVAILABLE)


@router.get("/evaluations")
def list_evaluations(session: ApiUser, context: Context) -> list[dict[str, Any]]:
    """Recent runs by anyone, newest first, with their state and whether every gate passed."""
    _baselines(context, session)
    return evaluation_call(context.service, "evaluation_runs", session.username) or []


@router.get("/evaluations/baseline", response_model=BaselineOut)
def evaluation_baseline(session: ApiUser, context: Context) -> dict[str, Any]:
    """The baseline runs are compared with: the last approved run (who, when, why), or the shipped one."""
    _baselines(context, session)
    try:
        baseline = evaluation_call(context.service, "evaluation_baseline", session.username)
    except ValueError as exc:  # the baseline file or report cannot be trusted: say which and why
        raise ApiError(409, str(exc)) from None
    if baseline is None:
        raise ApiError(501, EVALUATIONS_UNAVAILABLE)
    return dict(baseline)


@router.post("/evaluations/baseline", status_code=201, response_model=BaselineOut, responses={404: {"model": Problem}, 409: {"model": Problem}})
def approve_baseline(body: ApprovalBody, session: ApiUser, context: Context) -> dict[str, Any]:
    """Approve a finished run that passed every release gate as the baseline; audited (approve_baseline)."""
    _baselines(context, session)
    try:
        approved = evaluation_call(context.service, "approve_baseline", session.username, body.job_id, body.reason)
    except PermissionError as exc:
        raise ApiError(403, str(exc)) from None
    except ValueError as exc:
        raise ApiError(409, str(exc)) from None
    except LookupError as exc:
        raise ApiError(501, str(exc)) from None
    if approved is None:
        raise ApiError(404, f"evaluation {body.job_id} was not found")
    return dict(approved)


@router.get("/evaluations/{job_id}", responses={404: {"model": Problem}})
def evaluation_status(job_id: str, session: ApiUser, context: Context) -> dict[str, Any]:
    _evaluations(context, session)
    status = evaluation_call(context.service, "evaluation_status", session.username, job_id)
    if status is None:
        raise ApiError(404, f"evaluation {job_id} was not found")
    return dict(status)


@router.get("/evaluations/{job_id}/compare", response_model=ComparisonOut, responses={404: {"model": Problem}, 409: {"model": Problem}})
def evaluation_compare(job_id: str, session: ApiUser, context: Context) -> dict[str, Any]:
    """A finished run beside the current baseline: per metric both values, the change, the gate's
    tolerance, whether it regressed beyond it, and an exact McNemar p-value where runs are paired."""
    _baselines(context, session)
    try:
        comparison = evaluation_call(context.service, "evaluation_compare", session.username, job_id)
    except ValueError as exc:
        raise ApiError(409, str(exc)) from None
    if comparison is None:
        raise ApiError(404, f"no comparison for evaluation {job_id} (it was not found or has not finished)")
    return dict(comparison)


@router.get("/evaluations/{job_id}/report", response_class=HTMLResponse, responses={404: {"model": Problem}})
def evaluation_report(job_id: str, session: ApiUser, context: Context) -> HTMLResponse:
    """The harness's HTML report, served sandboxed: it is a document, never code that runs here."""
    _evaluations(context, session)
    report = evaluation_call(context.service, "evaluation_report", session.username, job_id)
    if report is None:
        raise ApiError(404, f"no report for evaluation {job_id} (it was not found or has not finished)")
    return HTMLResponse(report, headers={"content-security-policy": REPORT_POLICY})


# --- administration -----------------------------------------------------------------------------


def _admin(session: WebSession) -> None:
    if session.role not in ADMIN_ROLES:
        raise ApiError(403, "user and grant administration is for admins only")


@router.get("/users")
def users(session: ApiUser, context: Context) -> list[dict[str, Any]]:
    _admin(session)
    return context.service.users(session.username) or []


@router.get("/grants")
def grants(session: ApiUser, context: Context) -> list[dict[str, Any]]:
    _admin(session)
    return context.service.grants(session.username) or []


@router.post("/grants", status_code=201)
def grant(body: GrantBody, session: ApiUser, context: Context) -> dict[str, Any]:
    _admin(session)
    try:
        return context.service.grant(session.username, body.grantee, body.case_id, body.days, body.reason)
    except PermissionError as exc:
        raise ApiError(403, str(exc)) from None
    except ValueError as exc:
        raise ApiError(422, str(exc)) from None
