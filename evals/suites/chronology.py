"""Chronology: each case's allocated worker asks for its chronology through the facade; scored
against gold significant events (recall, precision), with dates exact, entries in order, and no
entry that no visible note supports (no note cited, a note outside the reader's view, or a date
or number in the summary that its notes do not contain)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from evals.core import Case, SuiteResult
from evals.dates import iso_dates
from evals.subject import note_texts
from evals.suites.common import RunContext, failure
from evals.suites.permissions import expected_view

NAME = "chronology"


def run(ctx: RunContext) -> SuiteResult:
    corpus = ctx.subject.corpus
    gold = corpus.gold("events.jsonl")
    users = {u.username: u for u in corpus.users}
    result = SuiteResult(NAME, datasets=[f"{corpus.directory.name}/events@1"])
    tally = {
        "gold": 0,
        "found": 0,
        "date_exact": 0,
        "matched_by_note": 0,
        "entries": 0,
        "correct": 0,
        "ordered": 0,
        "chronologies": 0,
        "unsupported": 0,
    }
    for index, case in enumerate(corpus.cases):
        ctx.progress(f"chronology: {case.case_id}", index / max(len(corpus.cases), 1))
        reader = case.allocated_worker
        view = expected_view(users[reader], corpus.cases) if reader in users else None
        visible = {n.note_id for n in case.notes if view and view.sees(case, n.sensitivity.value)}
        chronology = ctx.subject.assistant.chronology(reader, case.case_id)
        entries: list[dict[str, Any]] = list(chronology.get("entries", []))
        events = [e for e in gold if e["case_id"] == case.case_id and set(e["note_ids"]) <= visible]
        _score(ctx, case.case_id, reader, entries, events, visible, tally, result)
    result.metrics = {
        "event_recall": tally["found"] / tally["gold"] if tally["gold"] else 1.0,
        "event_precision": tally["correct"] / tally["entries"] if tally["entries"] else 1.0,
        "date_exact_rate": tally["date_exact"] / tally["matched_by_note"] if tally["matched_by_note"] else 1.0,
        "ordered_rate": tally["ordered"] / tally["chronologies"] if tally["chronologies"] else 1.0,
        "unsupported_entries": float(tally["unsupported"]),
    }
    result.counts = {k: v for k, v in tally.items()}
    return result


def _score(
    ctx: RunContext,
    case_id: str,
    reader: str,
    entries: list[dict[str, Any]],
    events: list[dict[str, Any]],
    visible: set[str],
    tally: dict[str, int],
    result: SuiteResult,
) -> None:
    tally["chronologies"] += 1
    tally["ordered"] += all(a["date"] <= b["date"] for a, b in pairwise(entries))
    tally["gold"] += len(events)
    tally["entries"] += len(entries)
    probe = Case(f"{case_id}:chronology", {"question": f"chronology of {case_id} for {reader}"})
    for event in events:
        by_note = [e for e in entries if set(e["note_ids"]) & set(event["note_ids"])]
        tally["matched_by_note"] += bool(by_note)
        exact = any(e["date"] == event["date"] for e in by_note)
        tally["date_exact"] += exact
        tally["found"] += exact
        if not exact:
            reason = f"gold event {event['date']} {event['event_type']} " + (
                f"dated {[e['date'] for e in by_note]}" if by_note else "missing"
            )
            result.failures.append(
                failure(NAME, "event_missed", probe, {"answer": event.get("description", "")}, reason)
            )
    texts = note_texts(ctx.subject, reader, sorted({n for e in entries for n in e["note_ids"]}))
    for entry in entries:
        if any(entry["date"] == ev["date"] and set(entry["note_ids"]) & set(ev["note_ids"]) for ev in events):
            tally["correct"] += 1
        reason = _unsupported(entry, visible, texts)
        if reason:
            tally["unsupported"] += 1
            result.failures.append(
                failure(
                    NAME,
                    "unsupported_entry",
                    probe,
                    {
                        "answer": f"{entry['date']} {entry['summary']}",
                        "citations": [{"note_id": n} for n in entry["note_ids"]],
                    },
                    reason,
                )
            )


def _unsupported(entry: dict[str, Any], visible: set[str], texts: dict[str, str]) -> str:
    if not entry["note_ids"]:
        return "entry cites no note"
    outside = [n for n in entry["note_ids"] if n not in visible]
    if outside:
        return f"entry cites note(s) outside the reader's view {outside}"
    source = "\n".join(texts.get(n, "") for n in entry["note_ids"])
    stated = iso_dates(str(entry.get("summary", ""))) - iso_dates(source)
    if stated:
        return f"summary states date(s) its notes do not {sorted(stated)}"
    return ""
