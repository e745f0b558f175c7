"""The import pipeline: validated records -> redaction -> chunks -> embeddings -> Chroma.

Owned by the ingest/retrieval work (issue 4). Until it lands, importing writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.settings import Settings
from records.models import Case, User


@dataclass
class ImportResult:
    written: bool = False
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"written": self.written, **self.details}


def known_usernames(settings: Settings, users: list[User]) -> set[str] | None:
    """Usernames that allocated_worker and access_list may name: the users file plus the user store."""
    return {user.username for user in users} if users else None


def run_import(settings: Settings, cases: list[Case], users: list[User], *, prune: bool, progress: bool) -> ImportResult:
    raise NotImplementedError("ingest lands with issue 4")
