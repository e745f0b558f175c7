"""Server-rendered pages over HTTP: sign-in flow, role gating, CSRF on forms, escaping, no inline code."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest

from tests.web_fixtures import HIDDEN_MARKER, INJECTED, PASSWORD, Served, make_client, served, sign_in


@pytest.fixture(scope="module")
def web_service(tmp_path_factory: pytest.TempPathFactory) -> Served:
    return served(tmp_path_factory)


@pytest.fixture
def client(web_service: Served) -> Any:
    with make_client(web_service) as c:
        yield c


def csrf_of(page_html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page_html)
    assert match, "the page carries no CSRF field"
    return match.group(1)


@pytest.mark.parametrize("path", ["/", "/cases", "/chat", "/cases/C-1001/chat", "/cases/C-1001/chronology", "/governance", "/governance/audit", "/admin"])
def test_pages_send_strangers_to_sign_in(client: Any, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/signin"


def test_form_sign_in_then_sign_out(client: Any) -> None:
    response = client.post("/signin", data={"username": "sw.alex", "password": PASSWORD}, follow_redirects=True)
    assert response.url.path == "/cases" and "Testchild Alpha" in response.text
    token = csrf_of(response.text)
    assert client.post("/signout", data={"csrf_token": "stale"}).status_code == 403
    response = client.post("/signout", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get("/cases", follow_redirects=False).status_code == 303


def test_a_wrong_password_shows_the_form_again_with_a_401(client: Any) -> None:
    response = client.post("/signin", data={"username": "sw.alex", "password": "nope"})
    assert response.status_code == 401 and "wrong username or password" in response.text
    assert 'value="sw.alex"' in response.text and "nope" not in response.text


def test_sign_in_from_another_site_is_refused(client: Any) -> None:
    response = client.post("/signin", data={"username": "sw.alex", "password": PASSWORD}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and "set-cookie" not in response.headers


@pytest.mark.parametrize(
    ("username", "path", "expected"),
    [
        ("sw.alex", "/governance", 403),
        ("sw.alex", "/governance/audit", 403),
        ("sw.alex", "/admin", 403),
        ("gl.robin", "/governance", 200),
        ("gl.robin", "/governance/audit", 200),
        ("gl.robin", "/admin", 403),
        ("admin.kim", "/admin", 200),
        ("sw.alex", "/cases/C-1001/chronology", 200),
        ("sw.alex", "/cases/C-2001/chronology", 404),
        ("sw.alex", "/cases/C-2001/chat", 404),
    ],
)
def test_pages_follow_role_and_scope(client: Any, username: str, path: str, expected: int) -> None:
    sign_in(client, username)
    response = client.get(path)
    assert response.status_code == expected
    assert HIDDEN_MARKER not in response.text and "Testchild Hidden" not in response.text


def test_case_search_is_posted_so_names_stay_out_of_urls(client: Any) -> None:
    sign_in(client, "sw.alex")
    page = client.get("/cases")
    response = client.post("/cases", data={"q": "beta", "csrf_token": csrf_of(page.text)})
    assert "Testchild Beta" in response.text and "Testchild Alpha" not in response.text
    assert client.post("/cases", data={"q": "beta"}).status_code == 403
    assert "?q=" not in page.text


def test_text_from_users_and_notes_is_escaped_in_pages(client: Any) -> None:
    token = sign_in(client, "sw.alex")
    client.post("/api/ask", json={"question": INJECTED, "case_id": "C-1001"}, headers={"X-CSRF-Token": token})
    page = client.get("/cases/C-1001/chat").text
    assert "<script>window.__pwned" not in page and "&lt;script&gt;window.__pwned" in page
    assert "<img src=x" not in page


@pytest.mark.parametrize("path", ["/signin", "/cases", "/cases/C-1001/chat", "/cases/C-1001/chronology", "/admin"])
def test_pages_have_no_inline_scripts_handlers_or_styles(client: Any, path: str) -> None:
    sign_in(client, "admin.kim" if path == "/admin" else "sw.alex")
    inline = InlineCode()
    inline.feed(client.get(path).text)
    assert inline.found == []


class InlineCode(HTMLParser):
    """Collects what a strict CSP would block: inline scripts, event-handler attributes, styles."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if (tag == "script" and "src" not in names) or tag == "style":
            self.found.append(f"<{tag}> without src")
        self.found.extend(f"<{tag} {name}>" for name in names if name.startswith("on") or name == "style")


def test_bad_dates_in_a_page_get_a_clear_message(client: Any) -> None:
    sign_in(client, "sw.alex")
    response = client.get("/cases/C-1001/chronology?from=01/02/2026")
    assert response.status_code == 422 and "expected YYYY-MM-DD" in response.text


def test_admin_grant_form_shows_the_services_refusal_and_keeps_the_input(client: Any) -> None:
    sign_in(client, "admin.kim")
    token = csrf_of(client.get("/admin").text)
    data = {"grantee": "sw.alex", "case_id": "C-9999", "days": "7", "reason": "duty cover this week", "csrf_token": token}
    response = client.post("/admin/grants", data=data)
    assert response.status_code == 422 and "unknown case &#39;C-9999&#39;" in response.text and 'value="duty cover this week"' in response.text
    data["days"] = "seven"
    assert "enter a whole number of days" in client.post("/admin/grants", data=data).text


def _finished(client: Any, token: str, suites: list[str]) -> str:
    import time

    job: str = client.post("/api/evaluations", json={"suites": suites}, headers={"X-CSRF-Token": token}).json()["job_id"]
    while client.get(f"/api/evaluations/{job}").json()["state"] not in ("done", "error"):
        time.sleep(0.1)
    return job


def test_the_governance_page_compares_a_run_with_the_baseline_in_words(client: Any) -> None:
    token = sign_in(client, "gl.robin")
    passing, failing = _finished(client, token, ["accuracy"]), _finished(client, token, ["permissions"])
    page = client.get("/governance", params={"job": passing}).text
    assert 'id="baseline-summary"' in page and 'id="runs-table"' in page and 'id="comparison-table"' in page
    regressed = [r for r in client.get(f"/api/evaluations/{passing}/compare").json()["rows"] if r["regression"]]
    assert page.count(">Regression</strong>") == len(regressed)  # said in words, not by colour alone
    assert 'action="/governance/baseline"' in page and f'value="{passing}"' in page
    refused = client.get("/governance", params={"job": failing}).text
    assert "Cannot be approved" in refused and 'action="/governance/baseline"' not in refused
    inline = InlineCode()
    inline.feed(page)
    assert inline.found == []


@pytest.mark.parametrize(("reason", "status", "words"), [("short", 422, "at least 10 characters"), ("", 422, "Reason")])
def test_the_approve_form_keeps_the_page_and_says_what_is_wrong(client: Any, reason: str, status: int, words: str) -> None:
    token = sign_in(client, "gl.robin")
    job = _finished(client, token, ["accuracy"])
    form_token = csrf_of(client.get("/governance", params={"job": job}).text)
    response = client.post("/governance/baseline", data={"job_id": job, "reason": reason, "csrf_token": form_token})
    assert response.status_code == status and words in response.text and 'role="alert"' in response.text


def test_an_unknown_run_on_the_governance_page_is_a_404(client: Any) -> None:
    sign_in(client, "gl.robin")
    assert client.get("/governance", params={"job": "ffffffffffff"}).status_code == 404


def test_only_governance_leads_may_post_an_approval(client: Any) -> None:
    sign_in(client, "sw.alex")
    token = csrf_of(client.get("/cases").text)
    response = client.post("/governance/baseline", data={"job_id": "aaaaaaaaaaaa", "reason": "a reason long enough", "csrf_token": token})
    assert response.status_code == 403 and "governance leads" in response.text
