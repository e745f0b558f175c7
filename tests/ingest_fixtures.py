"""Small corpora and builders for the ingest, index and import CLI tests.

The embedder is the real all-MiniLM-L6-v2 (loaded once per session). The vault is the real one;
the redactor is the real one once its NER model is trained, until then a stand-in that replaces
the case's known names and numbers keeps raw names out of the stores under test.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from assistant.settings import Settings
from records.models import Case, User

USERS: list[dict[str, Any]] = [
    {"username": "sw.ade", "display_name": "Ade Worker", "role": "social_worker", "teams": ["North"]},
    {"username": "tm.bea", "display_name": "Bea Manager", "role": "team_manager", "teams": ["North"]},
    {"username": "sw.cal", "display_name": "Cal Worker", "role": "social_worker", "teams": ["South"]},
]

LONG_TEXT = " ".join(
    f"Sentence {i} about the home visit where the kitchen was clean and the child played with blocks."
    for i in range(40)
)


def note(note_id: str, text: str, *, date: str = "2024-03-01", type_: str = "Home Visit", title: str | None = "Visit",
         sensitivity: str = "standard", author: str = "sw.ade") -> dict[str, Any]:
    return {"note_id": note_id, "date": date, "type": type_, "author": author, "title": title, "text": text, "sensitivity": sensitivity}


def case(case_id: str, notes: Sequence[dict[str, Any]], *, team: str = "North", given: str = "Maisie",
         family: str = "Okonkwo-Hart", worker: str = "sw.ade", restricted: bool = False) -> dict[str, Any]:
    return {
        "case_id": case_id, "team": team, "status": "child_in_need", "restricted": restricted,
        "allocated_worker": worker, "access_list": [],
        "child": {"person_id": f"{case_id}-child", "given_name": given, "family_name": family, "date_of_birth": "2015-06-01"},
        "people": [{"person_id": f"{case_id}-mum", "given_name": "Tamsin", "family_name": family, "relationship": "mother", "phone": "07700 900123"}],
        "notes": list(notes),
    }


def demo_cases() -> list[dict[str, Any]]:
    return [
        case("C1", [
            note("C1-N1", "Maisie Okonkwo-Hart was seen alone. Tamsin said the school called about attendance."),
            note("C1-N2", LONG_TEXT, date="2024-03-08", type_="Strategy Meeting", title="Strategy"),
            note("C1-N3", "Confidential: new address discussed with Tamsin. Refuge placement agreed.", date="2024-04-01",
                 sensitivity="restricted", type_="Phone Call", title="Call"),
        ]),
        case("C2", [
            note("C2-N1", "Jayden Pryce attended A&E with a wrist injury, GP informed.", type_="A&E attendance", title="Hospital"),
            note("C2-N2", "Unannounced visit, home conditions poor, the zebraquokka poster was mentioned.", date="2024-05-02"),
        ], team="South", given="Jayden", family="Pryce", worker="sw.cal"),
    ]


def write_jsonl(path: Path, cases: Sequence[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    return path


def write_users(path: Path, users: Sequence[dict[str, Any]] = USERS) -> Path:
    path.write_text(json.dumps(list(users)), encoding="utf-8")
    return path


def parsed(cases: Sequence[dict[str, Any]]) -> list[Case]:
    return [Case.model_validate(c) for c in cases]


def parsed_users(users: Sequence[dict[str, Any]] = USERS) -> list[User]:
    return [User.model_validate(u) for u in users]


def settings_for(home: Path, **retrieval: Any) -> Settings:
    return Settings(home=home, retrieval={"chunk_chars": 400, "chunk_overlap_chars": 80, **retrieval})


# stand-in redactor until the shipped NER model (redaction/model) is trained


@dataclass
class StandInNote:
    note_id: str
    title: str
    text: str
    entities: list[str] = field(default_factory=list)


@dataclass
class StandInCase:
    notes: list[StandInNote]
    vault: dict[str, str]
    leaks: list[str] = field(default_factory=list)


class StandInRedactor:
    """Replaces every known name part and phone of the case with a per-case pseudonym."""

    version = "stand-in-1"

    def redact_case(self, case: Case, staff: Sequence[User], existing_vault: Any | None) -> StandInCase:
        vault: dict[str, str] = dict(existing_vault or {})  # token -> real value, like the real vault
        tokens = {value: token for token, value in vault.items()}
        people = [(case.child.given_name, case.child.family_name, "CHILD")] + [(p.given_name, p.family_name, p.relationship.upper()) for p in case.people]
        values = [(part, label) for given, family, label in people for part in (given, family)]
        values += [(p.phone, "PHONE") for p in case.people if p.phone]
        for value, label in values:
            if value not in tokens:
                tokens[value] = f"[{label} {len(tokens) + 1}]"
                vault[tokens[value]] = value

        def swap(text: str) -> str:
            for real in sorted(tokens, key=len, reverse=True):
                text = re.sub(re.escape(real), tokens[real], text)
            return text

        return StandInCase([StandInNote(n.note_id, swap(n.title or ""), swap(n.text)) for n in case.notes], vault)


def real_redaction_available() -> bool:
    try:
        from redaction.engine import SHIPPED_MODEL
    except ImportError:
        return False
    return Path(SHIPPED_MODEL).exists()


@pytest.fixture(scope="session")
def minilm() -> Any:
    from retrieval.embedding import MiniLMEmbedder

    return MiniLMEmbedder()


def today() -> dt.date:
    return dt.date(2024, 6, 1)


def build_test_ingestor(settings: Settings, embedder: Any) -> Any:
    """The production wiring (real vault, stores, access), with the stand-in redactor only while the
    shipped NER model is missing."""
    from assistant.wiring import build_ingestor

    if real_redaction_available():
        return build_ingestor(settings, embedder=embedder)
    return build_ingestor(settings, embedder=embedder, redactor=StandInRedactor())
