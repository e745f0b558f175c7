"""Fixtures for the web tests: the service under test, a live uvicorn server and a Chromium browser.

`StandInService` is a small in-memory implementation of `CaseAssistAPI` over clearly synthetic
records, used only until the real `CaseAssistService` is wired; `USE_REAL_SERVICE` is the one
line to swap. Everything else in the web tests (HTTP, cookies, CSRF, templates, JS, the browser)
is the real thing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

from assistant.api import CaseAssistAPI
from assistant.settings import Settings

PASSWORD = "synthetic-pass-1"
INJECTED = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
HIDDEN_MARKER = "ZZHIDDEN-CASE-CONTENT"
"""Text that exists only in a case the social worker may not see: it must never reach them."""

USERS = {
    "sw.alex": {"username": "sw.alex", "display_name": "Alex Example", "role": "social_worker", "teams": ["North"]},
    "sw.jo": {"username": "sw.jo", "display_name": "Jo Example", "role": "social_worker", "teams": ["South"]},
    "tm.sam": {"username": "tm.sam", "display_name": "Sam Example", "role": "team_manager", "teams": ["North"]},
    "gl.robin": {"username": "gl.robin", "display_name": "Robin Example", "role": "governance_lead", "teams": []},
    "admin.kim": {"username": "admin.kim", "display_name": "Kim Example", "role": "admin", "teams": []},
}
CASES = {
    "C-1001": {"case_id": "C-1001", "child_name": "Testchild Alpha", "team": "North", "status": "child_in_need", "restricted": False},
    "C-1002": {"case_id": "C-1002", "child_name": "Testchild Beta", "team": "North", "status": "child_protection", "restricted": False},
    "C-2001": {"case_id": "C-2001", "child_name": "Testchild Hidden", "team": "South", "status": "looked_after", "restricted": False},
}
NOTES = {
    "N-1": {"note_id": "N-1", "case_id": "C-1001", "date": "2026-03-02", "type": "phone_call", "title": "Call from school",
            "text": "The school said attendance is 82% this term and improving.", "author_role": "social_worker"},
    "N-2": {"note_id": "N-2", "case_id": "C-1001", "date": "2026-04-10", "type": "home_visit", "title": "Home visit",
            "text": f"Visited at home. Child seen alone. Pasted from an email: {INJECTED}", "author_role": "social_worker"},
    "N-3": {"note_id": "N-3", "case_id": "C-1002", "date": "2026-02-01", "type": "strategy_discussion", "title": "Strategy discussion",
            "text": "Strategy discussion held; s47 enquiry agreed.", "author_role": "team_manager"},
    "N-9": {"note_id": "N-9", "case_id": "C-2001", "date": "2026-01-05", "type": "placement_move", "title": "Placement move",
            "text": f"{HIDDEN_MARKER} placement moved.", "author_role": "social_worker"},
}
VISIBLE = {"sw.alex": {"C-1001", "C-1002"}, "sw.jo": {"C-2001"}, "tm.sam": {"C-1001", "C-1002"}, "gl.robin": set(), "admin.kim": set()}
EXTRACTIVE_NOTICE = "Answered without a language model: sentences quoted from the notes."


@dataclass
class StandInService:
    """A synthetic in-memory `CaseAssistAPI`: scope by a fixed table, extractive-style answers."""

    conversations_by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    audit_rows: list[dict[str, Any]] = field(default_factory=list)
    grants_rows: list[dict[str, Any]] = field(default_factory=list)
    token_delay_s: float = 0.02
    """Like a language model, tokens arrive over time, so the browser test can see streaming."""
    _seq: itertools.count = field(default_factory=lambda: itertools.count(1))

    def _audit(self, user: str, action: str, outcome: str, case_ids: list[str] | None = None) -> None:
        self.audit_rows.append({"seq": next(self._seq), "at": dt.datetime.now(dt.UTC).isoformat(), "user": user, "action": action,
                                "outcome": outcome, "case_ids": case_ids or [], "note_ids": [], "model": None, "prompt_version": None})

    def authenticate(self, username: str, password: str, client: str) -> dict[str, Any] | None:
        ok = username in USERS and password == PASSWORD
        self._audit(username if username in USERS else "(unknown user)", "login", "answered" if ok else "refused")
        return dict(USERS[username]) if ok else None

    def principal(self, username: str) -> dict[str, Any] | None:
        return dict(USERS[username]) if username in USERS else None

    def cases(self, username: str, query: str | None = None) -> list[dict[str, Any]]:
        q = (query or "").lower()
        return [dict(CASES[c]) for c in sorted(VISIBLE.get(username, set())) if q in f"{c} {CASES[c]['child_name']}".lower()]

    def _visible(self, username: str, case_id: str | None) -> set[str]:
        allowed = VISIBLE.get(username, set())
        return ({case_id} & allowed) if case_id else set(allowed)

    def ask(self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None) -> dict[str, Any]:
        final: dict[str, Any] = {}
        for event in self.ask_stream(username, question, case_id, conversation_id):
            final = event.get("answer", final)
        return final

    def ask_stream(self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None) -> Iterator[dict[str, Any]]:
        cases = self._visible(username, case_id)
        if not cases:
            self._audit(username, "ask", "refused", [case_id] if case_id else [])
            yield {"event": "final", "answer": self._answer(f"no access to case {case_id} or it does not exist", [], True, "no_access", None)}
            return
        words = {w.strip("?.,").lower() for w in question.split() if len(w) > 3}
        hits = [n for n in NOTES.values() if n["case_id"] in cases and words & {w.strip(".,:%").lower() for w in n["text"].split()}]
        if not hits:
            text, citations, refused = "This is not recorded in the notes you may see.", [], True
        else:
            text = " ".join(f"{n['text']} [{i}]" for i, n in enumerate(hits, 1))
            citations = [{"n": i, "note_id": n["note_id"], "case_id": n["case_id"], "date": n["date"], "quote": n["text"][:120]}
                         for i, n in enumerate(hits, 1)]
            refused = False
        for word in text.split(" "):
            time.sleep(self.token_delay_s)
            yield {"event": "token", "text": word + " "}
        conversation = self._remember(username, case_id, conversation_id, question)
        answer = self._answer(text, citations, refused, "not_recorded" if refused else None, conversation)
        conversation["turns"].append({"question": question, "answer": answer})
        self._audit(username, "ask", "answered", sorted(cases))
        yield {"event": "final", "answer": answer}

    def _remember(self, username: str, case_id: str | None, conversation_id: str | None, question: str) -> dict[str, Any]:
        existing = self.conversations_by_id.get(conversation_id or "")
        if existing and existing["username"] == username:
            existing["updated_at"] = dt.datetime.now(dt.UTC).isoformat()
            return existing
        conversation: dict[str, Any] = {"id": uuid.uuid4().hex[:12], "username": username, "case_id": case_id, "title": question[:60],
                        "updated_at": dt.datetime.now(dt.UTC).isoformat(), "turns": []}
        self.conversations_by_id[str(conversation["id"])] = conversation
        return conversation

    def _answer(self, text: str, citations: list[dict[str, Any]], refused: bool, reason: str | None, conversation: dict[str, Any] | None) -> dict[str, Any]:
        return {"id": uuid.uuid4().hex[:12], "answer": text, "citations": citations, "refused": refused, "reason": reason,
                "backend": "extractive", "backend_notice": EXTRACTIVE_NOTICE, "prompt": "answer.v1", "model": "extractive",
                "conversation_id": conversation["id"] if conversation else None}

    def conversations(self, username: str) -> list[dict[str, Any]]:
        return [{k: c[k] for k in ("id", "case_id", "title", "updated_at")} for c in self.conversations_by_id.values() if c["username"] == username]

    def conversation(self, username: str, conversation_id: str) -> dict[str, Any] | None:
        c = self.conversations_by_id.get(conversation_id)
        return {"id": c["id"], "case_id": c["case_id"], "turns": c["turns"]} if c and c["username"] == username else None

    def delete_conversation(self, username: str, conversation_id: str) -> bool:
        if self.conversation(username, conversation_id) is None:
            return False
        del self.conversations_by_id[conversation_id]
        return True

    def note(self, username: str, note_id: str) -> dict[str, Any] | None:
        note = NOTES.get(note_id)
        return dict(note) if note and note["case_id"] in VISIBLE.get(username, set()) else None

    def chronology(self, username: str, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None) -> dict[str, Any]:
        if not self._visible(username, case_id):
            return {"refused": True, "reason": f"no access to case {case_id} or it does not exist"}
        entries = [
            {"date": n["date"], "event_type": n["type"], "summary": n["title"], "note_ids": [n["note_id"]], "source": "children's services",
             "impact": "not recorded", "action": "not recorded"}
            for n in sorted(NOTES.values(), key=lambda n: n["date"]) if n["case_id"] == case_id
            and (date_from is None or n["date"] >= date_from.isoformat()) and (date_to is None or n["date"] <= date_to.isoformat())
        ]
        return {"case_id": case_id, "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "from": None, "to": None,
                "backend": "rules", "prompt": None, "entries": entries, "patterns": []}

    def export_chronology(self, username: str, case_id: str, fmt: str, date_from: dt.date | None = None, date_to: dt.date | None = None) -> tuple[bytes, str, str] | None:
        result = self.chronology(username, case_id, date_from, date_to)
        if result.get("refused"):
            return None
        if fmt == "docx":
            import io

            import docx

            document = docx.Document()
            document.add_heading(f"Chronology {case_id}", 1)
            for e in result["entries"]:
                document.add_paragraph(f"{e['date']} {e['summary']}")
            buffer = io.BytesIO()
            document.save(buffer)
            return buffer.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", f"chronology-{case_id}.docx"
        lines = [f"{e['date']},{e['event_type']},{e['summary']}" for e in result["entries"]]
        return "\n".join(lines).encode(), "text/csv" if fmt == "csv" else "text/markdown", f"chronology-{case_id}.{fmt}"

    def audit(self, username: str, case_id: str | None = None, user: str | None = None, since: dt.date | None = None,
              action: str | None = None, limit: int = 200) -> list[dict[str, Any]] | None:
        if USERS.get(username, {}).get("role") not in ("governance_lead", "admin"):
            return None
        rows = [r for r in self.audit_rows if (not case_id or case_id in r["case_ids"]) and (not user or r["user"] == user)
                and (not action or r["action"] == action)]
        return rows[-limit:]

    def audit_verify(self, username: str) -> dict[str, Any] | None:
        return None if self.audit(username) is None else {"ok": True, "rows": len(self.audit_rows), "first_broken": None}

    def users(self, username: str) -> list[dict[str, Any]] | None:
        return [dict(u, active=True) for u in USERS.values()] if USERS.get(username, {}).get("role") == "admin" else None

    def grants(self, username: str) -> list[dict[str, Any]] | None:
        return list(self.grants_rows) if USERS.get(username, {}).get("role") == "admin" else None

    def grant(self, username: str, grantee: str, case_id: str, days: int, reason: str) -> dict[str, Any]:
        if USERS.get(username, {}).get("role") != "admin":
            raise PermissionError("only an active admin may grant access")
        if grantee not in USERS:
            raise ValueError(f"unknown user {grantee!r}")
        if case_id not in CASES:
            raise ValueError(f"unknown case {case_id!r} (it has not been imported)")
        row = {"id": len(self.grants_rows) + 1, "username": grantee, "case_id": case_id, "reason": reason, "granted_by": username,
               "expires_at": (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).isoformat(), "active": True}
        self.grants_rows.append(row)
        return row


SYNTHETIC_FIGURES: dict[str, dict[str, float]] = {
    "accuracy": {"fact_accuracy": 0.95, "not_recorded_rate": 0.97, "supporting_note_cited": 0.98, "citation_precision": 0.60,
                 "citation_recall": 0.90},
    "grounding": {"grounded_rate": 0.99, "sensitive_supported_rate": 1.0},
    "privacy": {"raw_pii_in_answers": 0, "raw_pii_in_prompts": 0, "raw_pii_in_logs": 0, "raw_pii_in_audit": 0, "raw_pii_in_stores": 0,
                "redaction_identifier_recall": 1.0, "redaction_person_on_record_recall": 1.0, "redaction_origin_parity": 1.0},
    "permissions": {"leaks": 1},
    "bias": {"flip_excess": 0.0, "worst_group_gap": 0.0, "min_mcnemar_p": 1.0, "min_retrieval_parity": 1.0},
    "chronology": {"event_recall": 1.0, "event_precision": 1.0, "date_exact_rate": 1.0, "ordered_rate": 1.0, "unsupported_entries": 0},
}
"""Fixed figures of a synthetic run, clear of every threshold in evals/gates.yaml except one: a run
that includes "permissions" reports a leak, so it fails the release gate (the web tests' failing
run). accuracy.citation_precision (0.60) passes its floor but is more than the gate's tolerance
below the shipped baseline (0.9122): a regression a comparison with that baseline must flag."""


def synthetic_run(settings: Settings, options: Any, progress: Any) -> dict[str, Any]:
    """Stands in for the suites only (a real run takes minutes of CPU over the demo corpus): the
    job thread, status files, gating, report files, baselines and comparison are the real runner's."""
    from evals import runner

    for index, name in enumerate(options.suites):
        progress(f"{name}: running", index / len(options.suites))
        time.sleep(0.2)
    report = {
        "report_version": 1, "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "who": options.who,
        "backend": "synthetic", "model": "synthetic", "corpus": "synthetic", "corpus_hash": "synthetic", "run": {},
        "seconds": 0.2 * len(options.suites), "suites": {name: {"suite": name, "metrics": dict(SYNTHETIC_FIGURES[name])} for name in options.suites},
    }
    return runner.finish(report, options)


def evaluation_runner(settings: Settings) -> Any:
    from evals.jobs import EvaluationRunner

    return EvaluationRunner(settings, run=synthetic_run)


USE_REAL_SERVICE = True
"""The one line to swap: True runs every web test against the real service over CORPUS_CASES."""


@dataclass(frozen=True)
class Served:
    settings: Settings
    service: CaseAssistAPI


_SERVED: dict[str, Served] = {}


def served(factory: Any) -> Served:
    """The service under test, built once per test run (the real one imports a corpus: ~30 s)."""
    if "web" not in _SERVED:
        settings = settings_for_tests(factory.mktemp("web-service") / "home")
        service = real_service(settings) if USE_REAL_SERVICE else StandInService()
        _SERVED["web"] = Served(settings, service)
    return _SERVED["web"]


# --- the real service over a small imported corpus ------------------------------------------------

CORPUS_USERS: list[dict[str, Any]] = [
    {"username": "sw.alex", "display_name": "Alex Example", "role": "social_worker", "teams": ["North"]},
    {"username": "sw.jo", "display_name": "Jo Example", "role": "social_worker", "teams": ["South"]},
    {"username": "tm.sam", "display_name": "Sam Example", "role": "team_manager", "teams": ["North"]},
    {"username": "gl.robin", "display_name": "Robin Example", "role": "governance_lead", "teams": []},
    {"username": "admin.kim", "display_name": "Kim Example", "role": "admin", "teams": []},
]


def _case(case_id: str, team: str, worker: str, status: str, child: tuple[str, str], notes: list[tuple[str, str, str, str, str]]) -> dict[str, Any]:
    return {
        "case_id": case_id, "team": team, "status": status, "allocated_worker": worker,
        "child": {"person_id": f"{case_id}-P1", "given_name": child[0], "family_name": child[1], "date_of_birth": "2016-05-04"},
        "people": [{"person_id": f"{case_id}-P2", "given_name": "Morgan", "family_name": child[1], "relationship": "mother"}],
        "notes": [{"note_id": n[0], "date": n[1], "type": n[2], "author": worker, "title": n[3], "text": n[4]} for n in notes],
    }


CORPUS_CASES = [
    _case("C-1001", "North", "sw.alex", "child_in_need", ("Testchild", "Alpha"), [
        ("N-1", "2026-03-02", "phone call", "Call from school",
         "The school said attendance is 82% this term and improving. The DSL will send the register monthly."),
        ("N-2", "2026-04-10", "home visit", "Home visit",
         f"Visited at home. The child was seen alone in her bedroom. Pasted from an email: {INJECTED}"),
        ("N-4", "2026-03-20", "police notification", "DV notification",
         "Police attended the home after a domestic incident between the mother and her partner. The child was present."),
        ("N-5", "2026-05-02", "hospital attendance", "A&E attendance",
         "The child attended A&E with a cut to the hand after a fall at home. The hospital made a referral to children's services."),
    ]),
    _case("C-1002", "North", "sw.alex", "child_protection", ("Testchild", "Beta"), [
        ("N-3", "2026-02-01", "strategy discussion", "Strategy discussion",
         "Strategy discussion held with police and school. A section 47 enquiry was agreed."),
    ]),
    _case("C-2001", "South", "sw.jo", "looked_after", ("Testchild", "Hidden"), [
        ("N-9", "2026-01-05", "placement move", "Placement move", f"The placement moved after a disruption. {HIDDEN_MARKER} attendance 40%."),
    ]),
]


def import_corpus(settings: Settings, workdir: Path) -> None:
    """Imports the corpus above through the real pipeline and gives every user PASSWORD."""
    import json

    from assistant import ingest
    from assistant.wiring import build_access
    from records.loader import load_cases, load_users

    workdir.mkdir(parents=True, exist_ok=True)
    users_file, cases_file = workdir / "users.json", workdir / "cases.jsonl"
    users_file.write_text(json.dumps(CORPUS_USERS), encoding="utf-8")
    cases_file.write_text("\n".join(json.dumps(case) for case in CORPUS_CASES) + "\n", encoding="utf-8")
    users = load_users(users_file)
    loaded = load_cases(cases_file, known_users={u.username for u in users})
    assert not loaded.problems, loaded.problems
    ingest.run_import(settings, loaded.cases, users, prune=False, progress=False)
    access = build_access(settings)
    for user in users:
        access.set_password("os:tests", user.username, PASSWORD)


def real_service(settings: Settings) -> CaseAssistAPI:
    from assistant.wiring import build_service  # type: ignore[attr-defined]

    import_corpus(settings, settings.home.parent / "corpus")
    # Evaluation runs are synthetic here (see synthetic_run); the harness is tested in its own suite.
    service: CaseAssistAPI = build_service(settings, evaluations=evaluation_runner(settings))
    return service


def settings_for_tests(home: Path) -> Settings:
    return Settings(home=home)


# --- a live server for the browser and load tests -----------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """uvicorn serving an app in a background thread on 127.0.0.1:<free port>."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


# --- TestClient helpers -------------------------------------------------------------------------


def make_client(served: Served, service: CaseAssistAPI | None = None) -> Any:
    """A TestClient over the app; `service` replaces the one under test (failure injection only)."""
    from fastapi.testclient import TestClient

    from web.app import create_app

    return TestClient(create_app(served.settings, service or served.service), base_url="http://testserver")


def sign_in(client: Any, username: str, password: str = PASSWORD) -> str:
    """Signs the client in; returns the CSRF token for state-changing calls."""
    response = client.post("/api/session", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    token: str = response.json()["csrf_token"]
    return token


AXE_JS = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
SERIOUS = ("serious", "critical")


def launch_chromium(playwright: Any) -> Any:
    """Debian's chromium; Playwright gives it a fresh temporary profile. Never a downloaded browser."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Serious and critical WCAG 2.x A/AA violations axe-core finds on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async () => (await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}}))
              .violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))"""
    )
    return [v for v in result if v["impact"] in SERIOUS]
