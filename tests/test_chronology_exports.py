"""Exports carry exactly the chronology: DOCX read back with python-docx, CSV neutralised, Markdown escaped."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from docx import Document

from assistant.chronology import Chronology, Entry
from assistant.exports import DISCLAIMER, export_file, render, safe_cell

CHRONOLOGY = Chronology(
    case_id="C-100",
    generated_at=dt.datetime(2023, 12, 1, 9, 30, tzinfo=dt.UTC),
    date_from=dt.date(2023, 1, 1),
    date_to=dt.date(2023, 6, 30),
    backend="extractive",
    entries=(
        Entry(
            dt.date(2023, 3, 4),
            "missing_episode",
            "Went missing from placement.",
            ("N1", "N2"),
            "Missing episode of 2023-03-04 (note N1; police)",
            "She was frightened.",
            "Return home interview arranged.",
        ),
        Entry(
            dt.date(2023, 4, 2),
            "police_incident",
            '=HYPERLINK("http://evil")|x',
            ("N3",),
            "Police of 2023-04-02 (note N3; police)",
            "+cmd",
            "@SUM(A1)",
        ),
        Entry(dt.date(2023, 5, 1), "household_change", "-2+3 new partner moved in", ("N4",), "Home visit (note N4)"),
    ),
    patterns=("2 missing episodes between 4 March and 2 April 2023",),
)


def test_docx_has_the_header_and_one_table_row_per_entry() -> None:
    content, media_type, name = export_file(CHRONOLOGY, "docx")
    document = Document(io.BytesIO(content))
    header = document.sections[0].header.paragraphs[0].text
    for expected in ("Case: C-100", "Period: 2023-01-01 to 2023-06-30", "Generated: 01 December 2023", DISCLAIMER):
        assert expected in header
    table = document.tables[0]
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells[0] == ["Date", "Event", "Source", "Impact", "Action", "Note ids"]
    assert cells[1] == [
        "2023-03-04",
        "Missing episode: Went missing from placement.",
        "Missing episode of 2023-03-04 (note N1; police)",
        "She was frightened.",
        "Return home interview arranged.",
        "N1, N2",
    ]
    assert [row[0] for row in cells[1:]] == ["2023-03-04", "2023-04-02", "2023-05-01"]
    assert cells[3][3:5] == ["not recorded", "not recorded"]
    assert "2 missing episodes between 4 March and 2 April 2023" in [p.text for p in document.paragraphs]
    assert media_type.endswith("wordprocessingml.document")
    assert name == "chronology-C-100-2023-01-01-to-2023-06-30.docx"


def test_csv_neutralises_formula_injection_in_every_cell() -> None:
    rows = list(csv.reader(io.StringIO(render(CHRONOLOGY, "csv").decode())))
    table = rows[rows.index(["Date", "Event", "Source", "Impact", "Action", "Note ids"]) + 1 :]
    cells = [cell for row in table for cell in row]
    assert not [cell for cell in cells if cell[:1] in {"=", "+", "-", "@"}]
    assert table[1][3:5] == ["'+cmd", "'@SUM(A1)"]
    assert rows[0] == ["Case: C-100"]
    assert [DISCLAIMER] in rows


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\t=1", "'\t=1"),
        ("fine = ok", "fine = ok"),
        ("", ""),
    ],
)
def test_safe_cell(cell: str, expected: str) -> None:
    assert safe_cell(cell) == expected


def test_markdown_escapes_table_breaking_text() -> None:
    text = render(CHRONOLOGY, "md").decode()
    assert '| 2023-04-02 | Police incident: =HYPERLINK("http://evil")\\|x |' in text
    assert DISCLAIMER in text
    assert text.index("## Patterns") < text.index("## Events")


def test_json_export_is_the_chronology_json() -> None:
    assert json.loads(render(CHRONOLOGY, "json")) == CHRONOLOGY.as_dict()


def test_empty_chronology_says_so() -> None:
    empty = Chronology("C-1", CHRONOLOGY.generated_at, None, None, "extractive", (), ())
    text = render(empty, "md").decode()
    assert "No significant events are recorded in the notes you can see for this period." in text
    assert "Period: start of record to latest note" in text


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="choose one of json, md, csv, docx"):
        render(CHRONOLOGY, "pdf")  # type: ignore[arg-type]
