"""The import-format documentation is generated from, and checked against, the code."""

from pathlib import Path

from records.schema import render, schemas
from records.vocabulary import NoteType, known_labels

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_committed_schemas_match_the_models() -> None:
    for name, schema in schemas().items():
        committed = (DOCS / "schema" / name).read_text(encoding="utf-8")
        assert committed == render(schema), f"docs/schema/{name} is stale: run python -m records.schema docs/schema"


def test_doc_lists_every_canonical_type_and_label() -> None:
    text = (DOCS / "import-format.md").read_text(encoding="utf-8")
    for kind in NoteType:
        assert f"`{kind.value}`" in text
    for labels in known_labels().values():
        for label in labels:
            assert label in text, f"{label!r} missing from docs/import-format.md"
