"""The web app in a real browser (Debian's chromium through Playwright) against a live uvicorn.

Each test is one thing a social worker, supervisor or governance lead does, checked the way they
would see it; every page visited is also checked with axe-core and for Content-Security-Policy
violations. Set CASEASSIST_SCREENSHOTS=<dir> to save screenshots of the main pages there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evals.compare import ApprovedBaselines
from tests.web_fixtures import (
    HIDDEN_MARKER,
    INJECTED,
    PASSWORD,
    LiveServer,
    axe_violations,
    launch_chromium,
    served,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]
playwright_api = pytest.importorskip("playwright.sync_api")
if not Path("/usr/bin/chromium").exists():
    pytest.skip("Debian's chromium is not installed: apt-get install -y chromium", allow_module_level=True)

SCREENSHOTS = os.environ.get("CASEASSIST_SCREENSHOTS")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from web.app import create_app

    web = served(tmp_path_factory)
    with LiveServer(create_app(web.settings, web.service)) as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


class Visit:
    """A browser tab for one user that fails the test on any CSP violation or page error."""

    def __init__(self, browser: Any, server: LiveServer) -> None:
        self.server = server
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, accept_downloads=True, base_url=server.url, locale="en-GB", timezone_id="Europe/London"
        )
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(m.text) if "Content Security Policy" in m.text else None)
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))

    def sign_in(self, username: str) -> None:
        self.page.goto("/signin")
        self.page.get_by_label("Username").fill(username)
        self.page.get_by_label("Password").fill(PASSWORD)
        self.page.get_by_role("button", name="Sign in").click()
        self.page.wait_for_url(lambda url: not url.endswith("/signin"))

    def check_accessible(self, name: str) -> None:
        violations = axe_violations(self.page)
        assert violations == [], f"{name}: {violations}"
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()
        assert self.problems == [], self.problems


@pytest.fixture
def visit(browser: Any, server: LiveServer) -> Iterator[Visit]:
    tab = Visit(browser, server)
    yield tab
    tab.close()


def ask(page: Any, question: str) -> Any:
    page.get_by_label("Your question").fill(question)
    page.get_by_role("button", name="Ask", exact=True).click()
    answer = page.locator(".turn").last.locator(".turn__answer")
    answer.and_(page.locator("[aria-busy='false']")).wait_for()
    return page.locator(".turn").last


def test_sign_in_lands_on_the_case_list(visit: Visit) -> None:
    visit.page.goto("/signin")
    visit.check_accessible("signin")
    visit.sign_in("sw.alex")
    assert visit.page.get_by_role("heading", level=1).inner_text() == "Your cases"
    assert visit.page.locator("#case-table tbody tr").count() == 2
    visit.page.get_by_label("Search by child's name or case ID").fill("beta")
    assert visit.page.locator("#case-table tbody tr:visible").count() == 1
    visit.page.get_by_label("Search by child's name or case ID").fill("")
    visit.check_accessible("cases")


def test_a_wrong_password_is_refused_with_one_clear_message(visit: Visit) -> None:
    visit.page.goto("/signin")
    visit.page.get_by_label("Username").fill("sw.alex")
    visit.page.get_by_label("Password").fill("not the password")
    visit.page.get_by_role("button", name="Sign in").click()
    assert "wrong username or password" in visit.page.get_by_role("alert").inner_text()
    visit.check_accessible("signin-error")


def test_ask_streams_an_answer_with_citations_that_open_the_source(visit: Visit) -> None:
    visit.sign_in("sw.alex")
    visit.page.goto("/cases/C-1001/chat")
    with visit.page.expect_response("**/api/ask/stream") as streamed:
        turn = ask(visit.page, "What did the school say about attendance?")
    # The event sequence (token... final) is checked on the wire in test_web_api; Chromium does not
    # keep the body of a streamed response for Playwright to read back reliably.
    assert streamed.value.headers["content-type"].startswith("text/event-stream")
    assert "82%" in turn.locator(".turn__answer").inner_text()
    assert "Answered without a language model" in turn.locator(".notice").inner_text()
    playwright_api.expect(visit.page.locator("#live")).to_contain_text("Answer ready")
    chip = turn.locator(".turn__answer .chip").first
    assert chip.get_attribute("aria-label").startswith("Source 1: note N-1")
    chip.click()
    panel = visit.page.locator("#note-panel")
    panel.get_by_text("attendance is 82%").wait_for()
    assert panel.locator('[data-field="note_id"]').inner_text() == "N-1"
    visit.check_accessible("chat")
    panel.press("Escape")
    assert panel.is_hidden()
    assert visit.page.evaluate("document.activeElement.classList.contains('chip')")


def test_history_new_conversation_and_copy(visit: Visit) -> None:
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=visit.server.url)
    visit.sign_in("sw.alex")
    visit.page.goto("/cases/C-1002/chat")
    turn = ask(visit.page, "Was a strategy discussion held?")
    turn.get_by_role("button", name="Copy answer").click()
    assert "Strategy discussion held" in visit.page.evaluate("navigator.clipboard.readText()")
    visit.page.get_by_role("button", name="New conversation").click()
    assert visit.page.locator(".turn").count() == 0
    visit.page.reload()
    visit.page.get_by_role("button", name="Was a strategy discussion held?", exact=True).click()
    visit.page.locator(".turn").first.wait_for()
    assert "Strategy discussion held" in visit.page.locator(".turn__answer").first.inner_text()


def test_a_case_outside_scope_is_refused_without_its_content(visit: Visit) -> None:
    visit.sign_in("sw.alex")
    for path in ("/cases/C-2001/chat", "/cases/C-2001/chronology", "/cases/C-0000/chat"):
        response = visit.page.goto(path)
        assert response.status == 404
        case_id = path.split("/")[2]
        assert f"no access to case {case_id} or it does not exist" in visit.page.locator("main").inner_text()
        assert HIDDEN_MARKER not in visit.page.content()
    visit.page.goto("/chat")
    turn = ask(visit.page, "Where did the placement move to?")
    assert HIDDEN_MARKER not in turn.inner_text()


def test_chronology_filters_by_event_type_and_exports_docx(visit: Visit, tmp_path: Path) -> None:
    import docx

    visit.sign_in("tm.sam")
    visit.page.goto("/cases/C-1001/chronology")
    assert visit.page.locator("#chronology-table tbody tr").count() == 2
    visit.page.get_by_label("Hospital").check()
    visit.page.get_by_role("button", name="Apply filters").click()
    rows = visit.page.locator("#chronology-table tbody tr")
    assert rows.count() == 1 and "attended A&E" in rows.inner_text()
    rows.get_by_role("button", name="Open source note N-5").click()
    visit.page.locator("#note-panel-text").get_by_text("cut to the hand").wait_for()
    visit.check_accessible("chronology")
    with visit.page.expect_download() as download:
        visit.page.get_by_role("link", name="Download Word (DOCX)").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name.startswith("chronology-C-1001") and saved.suffix == ".docx"
    document = docx.Document(str(saved))
    text = "\n".join([p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "attended A&E" in text and "domestic incident" in text


def test_an_injected_script_in_a_note_stays_text(visit: Visit) -> None:
    visit.sign_in("sw.alex")
    visit.page.goto("/cases/C-1001/chat")
    turn = ask(visit.page, "Was the child seen alone at home?")
    turn.locator(".sources .chip").first.click()
    text = visit.page.locator("#note-panel-text")
    text.get_by_text("Pasted from an email").wait_for()
    assert INJECTED in text.inner_text()
    assert text.locator("script, img").count() == 0
    ask(visit.page, INJECTED)  # the question lands in the server-rendered history title
    visit.page.reload()
    visit.page.locator(".history__open").first.wait_for()
    assert visit.page.evaluate("window.__pwned") is None


def test_governance_runs_a_suite_compares_it_and_opens_the_report(visit: Visit, tmp_path_factory: pytest.TempPathFactory) -> None:
    home = served(tmp_path_factory).settings.home  # the web tests share one home: earlier tests may have approved a run
    baseline = ApprovedBaselines(home / "evals" / "baseline.jsonl").report()["suites"]["accuracy"]["metrics"]["citation_precision"]
    visit.sign_in("gl.robin")
    assert visit.page.url.endswith("/governance")
    assert visit.page.locator("#baseline-summary").is_visible()
    visit.page.get_by_label("Permissions").uncheck()  # the synthetic permissions suite reports a leak
    visit.page.get_by_role("button", name="Run evaluation").click()
    result = visit.page.locator("#eval-result")
    result.wait_for(timeout=15000)
    assert "accuracy" in visit.page.locator("#eval-summary").inner_text()
    assert "Passes" in visit.page.locator("#eval-summary").inner_text()
    assert "every release gate passed" in visit.page.locator("#eval-verdict").inner_text()
    with visit.page.expect_popup() as popup:
        visit.page.get_by_role("link", name="Open the full HTML report").click()
    report = popup.value
    report.get_by_role("heading", name="CaseAssist evaluation report").wait_for()
    visit.page.get_by_role("link", name="Compare this run with the baseline").click()
    table = visit.page.locator("#comparison-table")
    table.wait_for()
    precision = table.locator("tr", has_text="accuracy.citation_precision")
    assert f"{baseline:.4g}\t0.6\t{0.6 - baseline:+.4g}" in precision.inner_text()
    assert ("Regression" in precision.inner_text()) is (baseline - 0.6 > 0.05)  # the shipped 0.8195 is: 0.6 regresses
    assert "regressed beyond the gate's tolerance" in visit.page.locator("#comparison-verdict").inner_text()
    visit.check_accessible("governance-compare")
    visit.page.goto("/governance/audit")
    visit.page.get_by_label("Action").select_option("login")
    visit.page.get_by_role("button", name="Apply filters").click()
    assert "Intact" in visit.page.locator("#audit-verification").inner_text()
    assert visit.page.locator("#audit-table tbody tr").count() >= 1
    visit.check_accessible("audit")


def test_governance_approves_a_run_as_the_baseline_with_the_keyboard(visit: Visit) -> None:
    page = visit.page
    visit.sign_in("gl.robin")
    page.get_by_label("Permissions").uncheck()
    page.get_by_role("button", name="Run evaluation").click()
    page.locator("#eval-result").wait_for(timeout=15000)
    page.reload()
    focus_by_tab(page, "#runs-table a.button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/governance?job=*")
    focus_by_tab(page, "#approve-reason")
    page.keyboard.type("Release 1.4 candidate, reviewed at the May governance board")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert "is now the approved baseline" in page.locator("#approval-confirmation").inner_text()
    summary = page.locator("#baseline-summary").inner_text()
    assert "gl.robin" in summary and "May governance board" in summary
    assert "No measure regressed" in page.locator("#comparison-verdict").inner_text()
    visit.check_accessible("governance")
    page.goto("/governance/audit?action=approve_baseline")
    assert "approve baseline" in page.locator("#audit-table").inner_text()


def test_admin_sees_users_and_grants_access(visit: Visit) -> None:
    visit.sign_in("admin.kim")
    visit.page.goto("/admin")
    visit.page.get_by_label("Username").fill("sw.jo")
    visit.page.get_by_label("Case ID").fill("C-1002")
    visit.page.get_by_label("Reason").fill("duty cover while the allocated worker is on leave")
    visit.page.get_by_role("button", name="Grant access").click()
    assert "Granted sw.jo access to case C-1002" in visit.page.get_by_role("status").first.inner_text()
    assert "C-1002" in visit.page.locator("#grants-table").inner_text()
    visit.check_accessible("admin")


def focus_by_tab(page: Any, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).boxShadow")
            assert outline.strip() not in ("none none", "none"), f"no visible focus on {selector}"
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def test_keyboard_only_from_sign_in_to_a_cited_source(visit: Visit) -> None:
    page = visit.page
    page.goto("/signin")
    focus_by_tab(page, ".skip-link")
    page.keyboard.press("Enter")
    focus_by_tab(page, "#username")
    page.keyboard.type("sw.alex")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/cases")
    focus_by_tab(page, 'a[href="/cases/C-1001/chat"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/cases/C-1001/chat")
    focus_by_tab(page, "#question")
    page.keyboard.type("What did the school say about attendance?")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator(".turn__answer[aria-busy='false']").wait_for()
    focus_by_tab(page, ".turn__answer .chip")
    page.keyboard.press("Enter")
    page.locator("#note-panel").get_by_text("attendance is 82%").wait_for()
    assert page.evaluate("document.activeElement.id") == "note-panel"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.classList.contains('chip')")


def test_the_axe_check_itself_catches_a_serious_violation(visit: Visit) -> None:
    visit.page.set_content('<html lang="en"><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></body></html>')
    found = {v["id"] for v in axe_violations(visit.page)}
    assert {"image-alt", "button-name"} <= found


@pytest.mark.parametrize("path", ["/cases", "/cases/C-1001/chat", "/cases/C-1001/chronology"])
def test_pages_fit_a_tablet_without_sideways_scrolling(visit: Visit, path: str) -> None:
    visit.page.set_viewport_size({"width": 768, "height": 1024})
    visit.sign_in("sw.alex")
    visit.page.goto(path)
    assert visit.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
