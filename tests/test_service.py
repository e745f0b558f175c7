"""The application facade over a real import: scope, refusals, conversations, notes, audit, admin.

These are the negative permission tests every entry point (CLI, API, web) inherits: a forbidden
case or note must leave no trace in anything the facade returns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.service_fixtures import PASSWORD, DemoService, build_demo_service

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoService:
    return build_demo_service(tmp_path_factory.mktemp("service") / "home")


def _child(demo: DemoService, case_id: str) -> str:
    child: Any = demo.cases[case_id]["child"]
    return f"{child['given_name']} {child['family_name']}"


def _restricted_note(demo: DemoService, case_id: str) -> dict[str, Any]:
    notes: Any = demo.cases[case_id]["notes"]
    return next(n for n in notes if n["sensitivity"] == "restricted")


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ("sfrancis", ["DEMO-7-0001"]),
        ("edoran", ["DEMO-7-0004"]),
        ("labdullah", ["DEMO-7-0001", "DEMO-7-0004"]),
        ("ksaleh", ["DEMO-7-0008"]),
        ("vbuckley", ["DEMO-7-0008"]),
        ("hkim", []),
        ("zwood", []),
        ("nsaleh", []),
        ("nobody", []),
        ("", []),
    ],
)
def test_case_list_holds_exactly_the_permitted_cases(demo: DemoService, user: str, expected: list[str]) -> None:
    listed = demo.service.cases(user)
    assert [c["case_id"] for c in listed] == expected
    for entry in listed:
        assert entry["child_name"] == _child(demo, entry["case_id"])
        assert entry["status"] == demo.cases[entry["case_id"]]["status"]


def test_case_search_by_name_and_id(demo: DemoService) -> None:
    given = _child(demo, "DEMO-7-0004").split()[0]
    assert [c["case_id"] for c in demo.service.cases("labdullah", given.lower())] == ["DEMO-7-0004"]
    assert [c["case_id"] for c in demo.service.cases("labdullah", "0001")] == ["DEMO-7-0001"]


def test_out_of_scope_refusal_is_the_same_whether_or_not_the_case_exists(demo: DemoService) -> None:
    real = demo.service.ask("sfrancis", "Which school does the child attend?", case_id="DEMO-7-0004")
    ghost = demo.service.ask("sfrancis", "Which school does the child attend?", case_id="DEMO-7-9999")
    assert real["refused"] and ghost["refused"]
    assert real["answer"] == "no access to case DEMO-7-0004 or it does not exist"
    assert ghost["answer"].replace("9999", "0004") == real["answer"]
    assert real["citations"] == ghost["citations"] == []
    dumped = json.dumps(real)
    assert _child(demo, "DEMO-7-0004").split()[0] not in dumped
    assert real.get("conversation_id") is None


def test_an_answer_cites_only_the_asked_case_and_is_remembered(demo: DemoService) -> None:
    first = demo.service.ask("sfrancis", "When was the strategy discussion?", case_id="DEMO-7-0001")
    assert not first["refused"], first
    assert first["citations"] and {c["case_id"] for c in first["citations"]} == {"DEMO-7-0001"}
    assert first["backend"] == "extractive" and "without a language model" in first["backend_notice"]
    conversation_id = first["conversation_id"]
    follow = demo.service.ask("sfrancis", "and who attended it?", conversation_id=conversation_id)
    assert follow["conversation_id"] == conversation_id
    listed = demo.service.conversations("sfrancis")
    assert [c["id"] for c in listed] == [conversation_id]
    assert demo.service.conversations("edoran") == []
    assert demo.service.conversation("edoran", conversation_id) is None
    stored = demo.service.conversation("sfrancis", conversation_id)
    assert stored is not None and len(stored["turns"]) == 2
    assert demo.service.delete_conversation("sfrancis", conversation_id)
    assert demo.service.conversation("sfrancis", conversation_id) is None


def test_unknown_conversation_is_an_error_not_a_new_one(demo: DemoService) -> None:
    with pytest.raises(LookupError):
        demo.service.ask("sfrancis", "and then?", conversation_id="no-such-conversation")


def test_note_viewer_follows_the_note_rules(demo: DemoService) -> None:
    restricted = _restricted_note(demo, "DEMO-7-0001")
    shown = demo.service.note("sfrancis", restricted["note_id"])
    assert shown is not None and shown["case_id"] == "DEMO-7-0001"
    assert demo.service.note("labdullah", restricted["note_id"]) is not None
    for outsider in ("edoran", "hkim", "zwood", "nsaleh", "nobody"):
        assert demo.service.note(outsider, restricted["note_id"]) is None
    assert demo.service.note("sfrancis", "no-such-note") is None


def test_a_grant_opens_standard_notes_only(demo: DemoService) -> None:
    with pytest.raises(PermissionError):
        demo.service.grant("sfrancis", "kfrancis", "DEMO-7-0001", 5, "duty cover while SF on leave")
    made = demo.service.grant("nsaleh", "kfrancis", "DEMO-7-0001", 5, "duty cover while SF on leave")
    assert made["active"] and made["case_id"] == "DEMO-7-0001"
    assert [c["case_id"] for c in demo.service.cases("kfrancis")] == ["DEMO-7-0001"]
    restricted = _restricted_note(demo, "DEMO-7-0001")
    assert demo.service.note("kfrancis", restricted["note_id"]) is None
    chronology = demo.service.chronology("kfrancis", "DEMO-7-0001")
    assert not chronology.get("refused")
    assert all(restricted["note_id"] not in e["note_ids"] for e in chronology["entries"])
    with pytest.raises(ValueError):
        demo.service.grant("nsaleh", "kfrancis", "DEMO-7-0008", 5, "restricted cases need the access list")


def test_chronology_is_scoped_ordered_and_sourced(demo: DemoService) -> None:
    chronology = demo.service.chronology("labdullah", "DEMO-7-0001")
    dates = [e["date"] for e in chronology["entries"]]
    assert dates and dates == sorted(dates)
    notes: Any = demo.cases["DEMO-7-0001"]["notes"]
    known = {n["note_id"] for n in notes}
    assert all(e["note_ids"] and set(e["note_ids"]) <= known for e in chronology["entries"])
    refused = demo.service.chronology("hkim", "DEMO-7-0001")
    assert refused == {"refused": True, "reason": "no access to case DEMO-7-0001 or it does not exist"}
    assert demo.service.export_chronology("hkim", "DEMO-7-0001", "csv") is None


def test_governance_reads_the_audit_but_no_case_content(demo: DemoService) -> None:
    demo.service.ask("sfrancis", "Who is the GP?", case_id="DEMO-7-0001")
    rows = demo.service.audit("zwood", user="sfrancis")
    assert rows and any(r["action"] == "ask" for r in rows)
    assert _child(demo, "DEMO-7-0001") not in json.dumps(rows)
    assert demo.service.audit("sfrancis") is None
    verified = demo.service.audit_verify("zwood")
    assert verified is not None and verified["ok"]
    assert demo.service.ask("zwood", "Who is the GP?", case_id="DEMO-7-0001")["refused"]


def test_admin_lists_users_and_grants_others_cannot(demo: DemoService) -> None:
    users = demo.service.users("nsaleh")
    assert users is not None and {"sfrancis", "zwood"} <= {u["username"] for u in users}
    assert demo.service.users("zwood") is None and demo.service.grants("sfrancis") is None


def test_authentication(demo: DemoService) -> None:
    assert demo.service.authenticate("sfrancis", PASSWORD, "127.0.0.1") == demo.service.principal("sfrancis")
    assert demo.service.authenticate("sfrancis", "wrong", "127.0.0.1") is None
    assert demo.service.authenticate("nobody", PASSWORD, "127.0.0.1") is None


def test_no_raw_child_name_in_any_store_file(demo: DemoService) -> None:
    names = [_child(demo, case_id).encode() for case_id in demo.cases]
    for path in Path(demo.settings.home).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for name in names:
                assert name not in data, f"{name!r} found in {path}"


def test_conversations_follow_access_when_it_is_lost(demo: DemoService) -> None:
    granted = demo.service.grant("nsaleh", "jward", "DEMO-7-0001", 3, "duty cover for the North CP team")
    bound = demo.service.ask("jward", "When was the strategy discussion?", case_id="DEMO-7-0001")
    caseload = demo.service.ask("jward", "When was the strategy discussion?")
    assert not bound["refused"] and not caseload["refused"], (bound, caseload)
    assert {c["id"] for c in demo.service.conversations("jward")} == {bound["conversation_id"], caseload["conversation_id"]}

    demo.service.revoke_grant("nsaleh", granted["id"])
    assert [c["id"] for c in demo.service.conversations("jward")] == [caseload["conversation_id"]]
    assert demo.service.conversation("jward", bound["conversation_id"]) is None
    shown = demo.service.conversation("jward", caseload["conversation_id"])
    assert shown is not None
    assert [t["answer"]["reason"] for t in shown["turns"]] == ["no_longer_visible"]
    assert shown["turns"][0]["answer"]["citations"] == []
    assert caseload["answer"] not in json.dumps(shown)
    follow = demo.service.ask("jward", "and who attended it?", conversation_id=caseload["conversation_id"])
    assert follow["refused"]
    with pytest.raises(PermissionError):
        demo.service.revoke_grant("jward", granted["id"])


def test_evaluations_are_for_governance_leads_and_admins(demo: DemoService) -> None:
    suites = demo.service.evaluation_suites("zwood")
    assert suites is not None and {"accuracy", "permissions", "privacy"} <= {s["name"] for s in suites}
    assert demo.service.evaluation_suites("sfrancis") is None
    with pytest.raises(PermissionError):
        demo.service.run_evaluation("sfrancis", ["accuracy"])
    assert demo.service.evaluation_status("sfrancis", "any-job") is None
    assert demo.service.evaluation_report("sfrancis", "any-job") is None
