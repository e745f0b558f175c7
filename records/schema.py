"""JSON Schemas of the import format, generated from the models so docs never drift.

`python -m records.schema docs/schema` rewrites the committed schema files; a test checks they match.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from records.models import Case, User


def schemas() -> dict[str, dict[str, Any]]:
    case = Case.model_json_schema()
    case["title"] = "CaseAssist case record (one line of cases.jsonl)"
    users = TypeAdapter(list[User]).json_schema()
    users["title"] = "CaseAssist users.json"
    return {"case.schema.json": case, "users.schema.json": users}


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def main(out_dir: str) -> None:
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (target / name).write_text(render(schema), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/schema")
