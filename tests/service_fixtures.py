"""A real CaseAssist over a few demo cases: imported through the real pipeline, served by the real facade.

Module-scoped users build it once (`demo_service(tmp_path_factory)`); everything is real: Presidio
and the shipped NER, MiniLM embeddings, Chroma on disk, SQLite, the extractive answerer.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.service import CaseAssistService
from assistant.settings import Settings
from records.loader import load_cases, load_users

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "data" / "demo"
SUBSET = ("DEMO-7-0001", "DEMO-7-0004", "DEMO-7-0008")
"""North CP case with a restricted note, a second North CP case, and a restricted South CIN case."""

PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class DemoService:
    settings: Settings
    service: CaseAssistService
    cases: dict[str, dict[str, object]]


def write_subset(target: Path, case_ids: Sequence[str] = SUBSET) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    lines = [line for line in (DEMO / "cases.jsonl").read_text(encoding="utf-8").splitlines() if json.loads(line)["case_id"] in case_ids]
    (target / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (target / "users.json").write_text((DEMO / "users.json").read_text(encoding="utf-8"), encoding="utf-8")
    return target


def build_demo_service(home: Path, case_ids: Sequence[str] = SUBSET) -> DemoService:
    """Import `case_ids` from the demo corpus into `home` and build the facade over it."""
    from assistant.ingest import SilentProgress
    from assistant.wiring import build_access, build_embedder, build_ingestor, build_service

    settings = Settings(home=home)
    source = write_subset(home.parent / f"{home.name}-input", case_ids)
    users = load_users(source / "users.json")
    loaded = load_cases(source / "cases.jsonl", known_users={u.username for u in users})
    assert not loaded.problems, loaded.problems
    embedder = build_embedder(settings)
    build_ingestor(settings, embedder=embedder).run(loaded.cases, users, prune=False, progress=SilentProgress(), actor="test")
    access = build_access(settings)
    for user in users:
        access.set_password("test", user.username, PASSWORD)
    cases = {json.loads(line)["case_id"]: json.loads(line) for line in (source / "cases.jsonl").read_text().splitlines()}
    from evals.jobs import build_runner

    service = build_service(settings, embedder=embedder, evaluations=build_runner(settings))
    return DemoService(settings, service, cases)
