"""The JSON API over HTTP: sessions, CSRF, scope (404 indistinguishable), errors and headers."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

from evals.compare import ApprovedBaselines
from tests.web_fixtures import HIDDEN_MARKER, PASSWORD, Served, StandInService, make_client, served, sign_in


@pytest.fixture(scope="module")
def web_service(tmp_path_factory: pytest.TempPathFactory) -> Served:
    return served(tmp_path_factory)


@pytest.fixture
def client(web_service: Served) -> Any:
    with make_client(web_service) as c:
        yield c


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/api/cases", None),
        ("GET", "/api/session", None),
        ("POST", "/api/ask", {"question": "anything?"}),
        ("POST", "/api/ask/stream", {"question": "anything?"}),
        ("GET", "/api/notes/N-1", None),
        ("GET", "/api/cases/C-1001/chronology", None),
        ("GET", "/api/conversations", None),
        ("GET", "/api/audit", None),
        ("GET", "/api/users", None),
        ("POST", "/api/evaluations", {"suites": ["accuracy"]}),
        ("DELETE", "/api/session", None),
    ],
)
def test_every_api_call_needs_a_session(client: Any, method: str, path: str, body: dict[str, Any] | None) -> None:
    response = client.request(method, path, json=body)
    assert response.status_code == 401
    assert response.json() == {"detail": "sign in first"}


def test_sign_in_sets_a_strict_httponly_cookie_and_returns_the_csrf_token(client: Any) -> None:
    response = client.post("/api/session", json={"username": "sw.alex", "password": PASSWORD})
    assert response.status_code == 200
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie and "secure" not in cookie
    assert response.json()["csrf_token"] and response.json()["user"]["username"] == "sw.alex"


@pytest.mark.parametrize(("username", "password"), [("sw.alex", "wrong"), ("nobody", PASSWORD), ("sw.alex", "")])
def test_failed_sign_in_says_the_same_thing_whatever_went_wrong(client: Any, username: str, password: str) -> None:
    response = client.post("/api/session", json={"username": username, "password": password or "x"})
    assert response.status_code == 401
    assert response.json()["detail"].startswith("sign-in failed: wrong username or password")
    assert "set-cookie" not in response.headers


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, 403),
        ({"X-CSRF-Token": "forged"}, 403),
        ({"X-CSRF-Token": "{token}", "Origin": "https://evil.example"}, 403),
        ({"X-CSRF-Token": "{token}", "Sec-Fetch-Site": "cross-site"}, 403),
        ({"X-CSRF-Token": "{token}", "Origin": "http://testserver"}, 200),
        ({"X-CSRF-Token": "{token}"}, 200),
    ],
)
def test_state_changing_calls_need_the_sessions_csrf_token_from_this_site(client: Any, headers: dict[str, str], expected: int) -> None:
    token = sign_in(client, "sw.alex")
    sent = {name: value.format(token=token) for name, value in headers.items()}
    response = client.post("/api/ask", json={"question": "attendance at school?", "case_id": "C-1001"}, headers=sent)
    assert response.status_code == expected, response.text


def test_sign_out_ends_the_session_on_the_server(client: Any) -> None:
    token = sign_in(client, "sw.alex")
    cookie = client.cookies.get("caseassist_session")
    assert client.delete("/api/session", headers={"X-CSRF-Token": token}).status_code == 204
    client.cookies.set("caseassist_session", cookie)  # a copied cookie must not outlive sign-out
    assert client.get("/api/cases").status_code == 401


def test_cases_lists_only_permitted_cases(client: Any) -> None:
    sign_in(client, "sw.alex")
    cases = client.get("/api/cases").json()
    assert [c["case_id"] for c in cases] == ["C-1001", "C-1002"]
    assert set(cases[0]) >= {"case_id", "child_name", "team", "status"}


@pytest.mark.parametrize("case_id", ["C-2001", "C-0000"])
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/api/ask", {"question": "where is the placement?", "case_id": "{case}"}),
        ("POST", "/api/ask/stream", {"question": "where is the placement?", "case_id": "{case}"}),
        ("GET", "/api/cases/{case}/chronology", None),
        ("GET", "/api/cases/{case}/chronology?format=docx", None),
    ],
)
def test_out_of_scope_and_missing_cases_get_the_same_404(client: Any, case_id: str, method: str, path: str, body: dict[str, Any] | None) -> None:
    token = sign_in(client, "sw.alex")
    sent = {k: v.format(case=case_id) for k, v in body.items()} if body else None
    response = client.request(method, path.format(case=case_id), json=sent, headers={"X-CSRF-Token": token})
    assert response.status_code == 404
    assert response.json() == {"detail": f"no access to case {case_id} or it does not exist"}
    assert HIDDEN_MARKER not in response.text


@pytest.mark.parametrize("note_id", ["N-9", "N-404"])
def test_notes_outside_scope_are_indistinguishable_from_missing_ones(client: Any, note_id: str) -> None:
    sign_in(client, "sw.alex")
    response = client.get(f"/api/notes/{note_id}")
    assert response.status_code == 404
    assert response.json() == {"detail": f"note {note_id} was not found or you do not have access to it"}


def test_caseload_answers_never_carry_hidden_case_content(client: Any) -> None:
    token = sign_in(client, "sw.alex")
    response = client.post("/api/ask", json={"question": "placement moved?"}, headers={"X-CSRF-Token": token})
    assert response.status_code == 200
    assert HIDDEN_MARKER not in response.text and "C-2001" not in response.text


def test_ask_returns_the_cli_json_shape(client: Any) -> None:
    token = sign_in(client, "sw.alex")
    answer = client.post("/api/ask", json={"question": "attendance at school?", "case_id": "C-1001"}, headers={"X-CSRF-Token": token}).json()
    assert {"id", "answer", "citations", "refused", "reason", "backend", "backend_notice", "prompt", "model", "conversation_id"} <= set(answer)
    assert answer["citations"][0]["note_id"] == "N-1"


def test_the_stream_is_server_sent_events_ending_in_the_final_answer(client: Any) -> None:
    token = sign_in(client, "sw.alex")
    response = client.post("/api/ask/stream", json={"question": "attendance at school?", "case_id": "C-1001"}, headers={"X-CSRF-Token": token})
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [line.removeprefix("event: ") for line in response.text.splitlines() if line.startswith("event: ")]
    assert events[0] == "token" and events[-1] == "final"


class _BrokenStream(StandInService):
    def ask_stream(self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None) -> Any:
        yield {"event": "token", "text": "Partial "}
        raise RuntimeError(f"backend exploded near {HIDDEN_MARKER}")


def test_a_failure_mid_stream_ends_with_an_error_event_and_no_internals(web_service: Served) -> None:
    with make_client(web_service, _BrokenStream()) as client:
        token = sign_in(client, "sw.alex")
        response = client.post("/api/ask/stream", json={"question": "anything?", "case_id": "C-1001"}, headers={"X-CSRF-Token": token})
    assert "event: error" in response.text
    assert HIDDEN_MARKER not in response.text and "Traceback" not in response.text


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"question": ""}, "field 'question'"),
        ({"question": "x" * 2001}, "field 'question'"),
        ({"question": "ok?", "case_id": "C 1001 <b>"}, "field 'case_id'"),
        ({"question": "ok?", "surprise": 1}, "field 'surprise'"),
        ({}, "field 'question': Field required"),
    ],
)
def test_bad_input_gets_a_422_naming_the_field_without_echoing_it(client: Any, body: dict[str, Any], fragment: str) -> None:
    token = sign_in(client, "sw.alex")
    response = client.post("/api/ask", json=body, headers={"X-CSRF-Token": token})
    assert response.status_code == 422
    assert fragment in response.json()["detail"]
    assert "xxxxxxxx" not in response.text and "<b>" not in response.text


@pytest.mark.parametrize(
    ("query", "fragment"),
    [("from=2026-13-01", "query parameter 'from'"), ("format=pdf", "query parameter 'format'"), ("from=2026-05-01&to=2026-01-01", "is after 'to'")],
)
def test_bad_chronology_parameters_are_named(client: Any, query: str, fragment: str) -> None:
    sign_in(client, "sw.alex")
    response = client.get(f"/api/cases/C-1001/chronology?{query}")
    assert response.status_code == 422 and fragment in response.json()["detail"]


def test_chronology_exports_download_as_attachments(client: Any) -> None:
    sign_in(client, "sw.alex")
    response = client.get("/api/cases/C-1001/chronology?format=docx&from=2026-01-01")
    assert response.status_code == 200
    assert response.content[:2] == b"PK"
    assert re.fullmatch(r'attachment; filename="chronology-C-1001[\w.-]*\.docx"', response.headers["content-disposition"])


@pytest.mark.parametrize(
    ("username", "path", "expected"),
    [
        ("sw.alex", "/api/audit", 403),
        ("sw.alex", "/api/users", 403),
        ("sw.alex", "/api/evaluations/suites", 403),
        ("gl.robin", "/api/audit", 200),
        ("gl.robin", "/api/audit/verify", 200),
        ("gl.robin", "/api/users", 403),
        ("gl.robin", "/api/evaluations/suites", 200),
        ("admin.kim", "/api/users", 200),
        ("admin.kim", "/api/grants", 200),
    ],
)
def test_governance_and_admin_endpoints_follow_the_role(client: Any, username: str, path: str, expected: int) -> None:
    sign_in(client, username)
    assert client.get(path).status_code == expected


class _HarnessMissing(StandInService):
    """Like the real service when evals is not installed: the methods exist and raise LookupError."""

    def evaluation_suites(self, *args: Any) -> Any:
        raise LookupError("the evaluation harness is not installed")

    run_evaluation = evaluation_status = evaluation_report = evaluation_suites


@pytest.mark.parametrize("service", [StandInService, _HarnessMissing])
def test_evaluations_say_plainly_when_the_harness_is_missing(web_service: Served, service: type[StandInService]) -> None:
    with make_client(web_service, service()) as client:
        token = sign_in(client, "gl.robin")
        response = client.post("/api/evaluations", json={"suites": ["accuracy"]}, headers={"X-CSRF-Token": token})
        page = client.get("/governance")
    assert response.status_code == 501 and "not available" in response.json()["detail"]
    assert "evaluation harness is not available" in page.text


def test_evaluation_reports_are_served_sandboxed(client: Any) -> None:
    token = sign_in(client, "gl.robin")
    job = client.post("/api/evaluations", json={"suites": ["accuracy"]}, headers={"X-CSRF-Token": token}).json()["job_id"]
    while client.get(f"/api/evaluations/{job}").json()["state"] != "done":
        time.sleep(0.1)
    report = client.get(f"/api/evaluations/{job}/report")
    assert report.status_code == 200
    assert "sandbox" in report.headers["content-security-policy"] and "script-src" not in report.headers["content-security-policy"]


def test_admin_grant_errors_are_422_with_the_services_message(client: Any) -> None:
    token = sign_in(client, "admin.kim")
    body = {"grantee": "nobody", "case_id": "C-1001", "days": 7, "reason": "duty cover this week"}
    response = client.post("/api/grants", json=body, headers={"X-CSRF-Token": token})
    assert response.status_code == 422 and response.json() == {"detail": "unknown user 'nobody'"}


@pytest.mark.parametrize("path", ["/api/cases", "/signin", "/openapi.json", "/static/app.js"])
def test_security_headers_are_on_every_response(client: Any, path: str) -> None:
    sign_in(client, "sw.alex")
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


def test_the_openapi_document_describes_the_api(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/session", "/api/cases", "/api/ask", "/api/ask/stream", "/api/cases/{case_id}/chronology", "/api/notes/{note_id}", "/api/audit",
                 "/api/evaluations/baseline", "/api/evaluations/{job_id}/compare"):
        assert path in paths
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


class _Failing(StandInService):
    def cases(self, username: str, query: str | None = None) -> list[dict[str, Any]]:
        raise RuntimeError(f"index corrupt near {HIDDEN_MARKER}")


@pytest.mark.parametrize("path", ["/api/cases", "/cases"])
def test_unexpected_failures_are_a_generic_500_and_log_no_case_content(web_service: Served, caplog: pytest.LogCaptureFixture, path: str) -> None:
    with make_client(web_service, _Failing()) as client:
        sign_in(client, "sw.alex")
        response = client.get(path)
    assert response.status_code == 500 and "something went wrong on the server" in response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    assert HIDDEN_MARKER not in response.text and HIDDEN_MARKER not in caplog.text
    assert "RuntimeError" in caplog.text


def test_the_cookie_is_secure_when_configured(web_service: Served) -> None:
    from fastapi.testclient import TestClient

    from assistant.settings import AuthSettings
    from web.app import create_app

    settings = web_service.settings.model_copy(update={"auth": AuthSettings(secure_cookies=True)})
    with TestClient(create_app(settings, web_service.service), base_url="https://testserver") as client:
        response = client.post("/api/session", json={"username": "sw.alex", "password": PASSWORD})
    assert "secure" in response.headers["set-cookie"].lower()


# --- the approved baseline ----------------------------------------------------------------------



def finished_run(client: Any, token: str, suites: list[str]) -> str:
    """A synthetic run (tests/web_fixtures.synthetic_run) through the real runner, polled until done."""
    job: str = client.post("/api/evaluations", json={"suites": suites}, headers={"X-CSRF-Token": token}).json()["job_id"]
    deadline = time.monotonic() + 30
    while client.get(f"/api/evaluations/{job}").json()["state"] not in ("done", "error"):
        assert time.monotonic() < deadline, f"evaluation {job} did not finish"
        time.sleep(0.1)
    return job


def test_a_finished_run_is_compared_with_the_current_baseline(client: Any, web_service: Served) -> None:
    token = sign_in(client, "gl.robin")
    job = finished_run(client, token, ["accuracy"])
    baseline = ApprovedBaselines(web_service.settings.home / "evals" / "baseline.jsonl").report()
    expected = baseline["suites"]["accuracy"]["metrics"]["citation_precision"]
    comparison = client.get(f"/api/evaluations/{job}/compare")
    assert comparison.status_code == 200
    row = next(r for r in comparison.json()["rows"] if r["name"] == "accuracy.citation_precision")
    assert (row["baseline"], row["value"], row["delta"]) == (expected, 0.60, round(0.60 - expected, 4))
    assert row["tolerance"] == 0.05 and row["regression"] is (expected - 0.60 > 0.05)
    assert {r["suite"] for r in comparison.json()["rows"]} == {"accuracy"}


def test_a_governance_lead_approves_a_passing_run_and_it_is_audited(client: Any) -> None:
    token = sign_in(client, "gl.robin")
    job = finished_run(client, token, ["accuracy", "privacy"])
    response = client.post("/api/evaluations/baseline", json={"job_id": job, "reason": "release 1.4 candidate, board of 3 May"},
                           headers={"X-CSRF-Token": token})
    assert response.status_code == 201, response.text
    baseline = client.get("/api/evaluations/baseline").json()
    assert (baseline["source"], baseline["job_id"], baseline["approved_by"]) == ("approved", job, "gl.robin")
    assert baseline["reason"] == "release 1.4 candidate, board of 3 May" and baseline["suites"] == ["accuracy", "privacy"]
    rows = client.get("/api/audit", params={"action": "approve_baseline", "user": "gl.robin"}).json()
    assert rows[-1]["detail"]["job_id"] == job and rows[-1]["outcome"] == "answered"
    assert "board of 3 May" not in str(rows)  # the reason is free text: kept in the baseline history only
    again = client.get(f"/api/evaluations/{job}/compare").json()
    assert again["baseline"]["job_id"] == job and again["regressions"] == 0


@pytest.mark.parametrize(("suites", "message"), [(["permissions"], "failed a release gate")])
def test_a_run_that_failed_a_gate_cannot_be_approved(client: Any, suites: list[str], message: str) -> None:
    token = sign_in(client, "gl.robin")
    before = client.get("/api/evaluations/baseline").json()
    job = finished_run(client, token, suites)
    response = client.post("/api/evaluations/baseline", json={"job_id": job, "reason": "it looks good enough to me"}, headers={"X-CSRF-Token": token})
    assert response.status_code == 409 and message in response.json()["detail"]
    assert client.get("/api/evaluations/baseline").json()["job_id"] == before["job_id"]
    refused = client.get("/api/audit", params={"action": "approve_baseline"}).json()
    assert refused[-1]["detail"]["job_id"] == job and refused[-1]["outcome"] == "refused"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/api/evaluations", None),
        ("GET", "/api/evaluations/baseline", None),
        ("POST", "/api/evaluations/baseline", {"job_id": "aaaaaaaaaaaa", "reason": "a reason long enough"}),
        ("GET", "/api/evaluations/aaaaaaaaaaaa/compare", None),
    ],
)
def test_baselines_are_for_governance_leads_only(client: Any, method: str, path: str, body: dict[str, Any] | None) -> None:
    token = sign_in(client, "sw.alex")
    response = client.request(method, path, json=body, headers={"X-CSRF-Token": token})
    assert response.status_code == 403 and "governance leads and admins only" in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"job_id": "aaaaaaaaaaaa", "reason": "too short"}, 422, "reason"),
        ({"job_id": "../etc", "reason": "a reason long enough"}, 422, "job_id"),
    ],
)
def test_a_bad_approval_names_the_field(client: Any, body: dict[str, Any], status: int, words: str) -> None:
    token = sign_in(client, "gl.robin")
    response = client.post("/api/evaluations/baseline", json=body, headers={"X-CSRF-Token": token})
    assert response.status_code == status and words in response.json()["detail"]


def test_approving_needs_the_csrf_token_and_an_unknown_run_has_no_comparison(client: Any) -> None:
    sign_in(client, "gl.robin")
    response = client.post("/api/evaluations/baseline", json={"job_id": "aaaaaaaaaaaa", "reason": "a reason long enough"})
    assert response.status_code == 403 and "CSRF" in response.json()["detail"]
    assert client.get("/api/evaluations/ffffffffffff/compare").status_code == 404


def test_an_audit_action_the_trail_does_not_record_is_a_422_not_a_500(client: Any) -> None:
    sign_in(client, "gl.robin")
    response = client.get("/api/audit", params={"action": "no_such_action"})
    assert response.status_code == 422 and "'action'" in response.json()["detail"]
