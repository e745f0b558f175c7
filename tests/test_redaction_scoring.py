"""The redaction scorer's keep and recall accounting (`redaction.evaluation.score_note`).

Rows are invented notes with hand-placed gold: each row says what the product redacted and which
keep and recall tallies must come out. The town written right after a gold street line is neither a
keep item nor a required span (rules version 28's scorer); every other item scores as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from redaction.evaluation import GoldNote, Report, score_note, town_after_street_line


def _span(text: str, value: str, kind: str) -> dict[str, Any]:
    start = text.index(value)
    return {"start": start, "end": start + len(value), "type": kind, "text": value}


def _keep(text: str, value: str, kind: str = "place") -> dict[str, Any]:
    start = text.index(value)
    return {"start": start, "end": start + len(value), "kind": kind, "text": value}


@dataclass(frozen=True)
class Row:
    name: str
    text: str
    spans: tuple[tuple[str, str], ...]
    keep: tuple[tuple[str, str], ...]
    redacted: tuple[str, ...]
    kept: int
    keep_total: int
    exempt: int


ROWS = [
    Row(
        "town after a street line, redacted with it: exempt, not lost",
        "Home visit to 14 Pellow Crescent, Marbury. Mum was in.",
        (("14 Pellow Crescent", "ADDRESS"),),
        (("Marbury", "place"),),
        ("14 Pellow Crescent, Marbury",),
        0,
        0,
        1,
    ),
    Row(
        "town after a street line, kept: exempt, not counted kept either",
        "Home visit to 14 Pellow Crescent, Marbury. Mum was in.",
        (("14 Pellow Crescent", "ADDRESS"),),
        (("Marbury", "place"),),
        ("14 Pellow Crescent",),
        0,
        0,
        1,
    ),
    Row(
        "town on the next line of an address block",
        "Address:\n3 Quill Row\nSandwick\nSW4 1AA",
        (("3 Quill Row", "ADDRESS"), ("SW4 1AA", "POSTCODE")),
        (("Sandwick", "place"),),
        ("3 Quill Row", "SW4 1AA"),
        0,
        0,
        1,
    ),
    Row(
        "a town written on its own stays a keep item (guard)",
        "Mum says the family moved to Marbury in May.",
        (),
        (("Marbury", "place"),),
        ("Marbury",),
        0,
        1,
        0,
    ),
    Row(
        "a town after a sentence that ends in an address stays a keep item (guard)",
        "She lives at 14 Pellow Crescent. Marbury school rang.",
        (("14 Pellow Crescent", "ADDRESS"),),
        (("Marbury", "place"),),
        ("14 Pellow Crescent",),
        1,
        1,
        0,
    ),
    Row(
        "a date after an address is no town (guard)",
        "Visit at 7 Tarn Close 20/1 with the family.",
        (("7 Tarn Close", "ADDRESS"),),
        (("20/1", "event_date"),),
        ("7 Tarn Close",),
        1,
        1,
        0,
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_keep_accounting(row: Row) -> None:
    gold = GoldNote(
        "C1",
        "N1",
        [_span(row.text, value, kind) for value, kind in row.spans],
        [_keep(row.text, value, kind) for value, kind in row.keep],
    )
    predicted = [(s["start"], s["end"], s["type"]) for s in (_span(row.text, v, "ADDRESS") for v in row.redacted)]
    report = Report("test")
    score_note(report, row.text, gold, predicted)
    kept = sum(t.hit for t in report.keep.values())
    total = sum(t.total for t in report.keep.values())
    assert (kept, total, len(report.exempt_keep)) == (row.kept, row.keep_total, row.exempt)


def test_exemption_changes_no_other_item() -> None:
    """Two keep items and two spans in one note: only the town after the street leaves the tallies;
    the span recall and the other keep item are scored as they would be without it."""
    text = "Seen at 2 Fold Lane, Ardwick with Kezia Pellow; then to Ardwick library."
    spans = [_span(text, "2 Fold Lane", "ADDRESS"), _span(text, "Kezia Pellow", "PERSON")]
    town = _keep(text, "Ardwick")
    library = {**_keep(text, "Ardwick library"), "kind": "place"}
    gold = GoldNote("C1", "N1", spans, [town, library])
    report = Report("test")
    score_note(report, text, gold, [(s["start"], s["end"], s["type"]) for s in spans])
    assert town_after_street_line(text, town, spans)
    assert not town_after_street_line(text, library, spans)
    assert (report.keep["place"].hit, report.keep["place"].total) == (1, 1)
    assert (report.recall["ADDRESS"].hit, report.recall["PERSON"].hit) == (1, 1)
    assert report.as_dict()["exempt_keep"] == 1
