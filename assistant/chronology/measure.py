"""Measuring chronologies against gold significant events: recall, precision, order, grounding.

The evaluation harness reuses `score` (and `measure_corpus` for a corpus directory); every miss
and every unmatched entry carries a reason, so a failing figure can be read, not just reported.

A gold event is found when an entry has its date and cites at least one of its notes. An entry is
correct when it matches some gold event that way. An entry is unsupported when it cites no note,
or a note that is not in the reader's view of its case. Run:

    .venv/bin/python -m assistant.chronology.measure data/demo [--standard-only] [--redacted] [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any, Protocol

from access.scope import Scope
from assistant.chronology.model import Entry
from assistant.chronology.service import entries_from_notes
from assistant.chronology.summarise import ExtractiveSummariser, Summariser
from records.loader import InputError, load_cases, load_users
from records.models import Case, User
from records.vocabulary import map_type
from retrieval.types import NoteRecord


@dataclass(frozen=True)
class GoldEvent:
    case_id: str
    date: dt.date
    event_type: str
    note_ids: tuple[str, ...]
    description: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> GoldEvent:
        return cls(
            case_id=str(data["case_id"]),
            date=dt.date.fromisoformat(str(data["date"])),
            event_type=str(data["event_type"]),
            note_ids=tuple(str(n) for n in data["note_ids"]),  # type: ignore[attr-defined]
            description=str(data.get("description", "")),
        )


@dataclass
class ChronologyScore:
    gold: int = 0
    found: int = 0
    entries: int = 0
    correct: int = 0
    chronologies: int = 0
    ordered: int = 0
    unsupported: int = 0
    summary_fallbacks: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.entries if self.entries else 1.0

    @property
    def ordered_share(self) -> float:
        return self.ordered / self.chronologies if self.chronologies else 1.0

    def as_dict(self) -> dict[str, object]:
        return {
            "gold_events": self.gold,
            "found": self.found,
            "recall": round(self.recall, 4),
            "entries": self.entries,
            "correct_entries": self.correct,
            "precision": round(self.precision, 4),
            "chronologies": self.chronologies,
            "ordered_share": round(self.ordered_share, 4),
            "entries_without_supporting_note": self.unsupported,
            "summary_fallbacks": self.summary_fallbacks,
        }


def matches(entry: Entry, gold: GoldEvent) -> bool:
    """Right date, and the source note cited."""
    return entry.date == gold.date and bool(set(entry.note_ids) & set(gold.note_ids))


def score(
    case_id: str,
    entries: Sequence[Entry],
    gold: Sequence[GoldEvent],
    visible_note_ids: Iterable[str],
    into: ChronologyScore,
) -> ChronologyScore:
    """Add one case's chronology to `into`: gold must already be limited to what the reader may see."""
    visible = set(visible_note_ids)
    into.chronologies += 1
    into.ordered += all(a.date <= b.date for a, b in pairwise(entries))
    into.gold += len(gold)
    into.entries += len(entries)
    for event in gold:
        if any(matches(entry, event) for entry in entries):
            into.found += 1
        else:
            into.misses.append(f"{case_id} {event.date} {event.event_type} {list(event.note_ids)}: {event.description}")
    for entry in entries:
        if not entry.note_ids or not set(entry.note_ids) <= visible:
            into.unsupported += 1
        if any(matches(entry, event) for event in gold):
            into.correct += 1
        else:
            into.extras.append(f"{case_id} {entry.date} {entry.event_type} {list(entry.note_ids)}: {entry.summary}")
    return into


class _RedactedNote(Protocol):
    note_id: str
    title: str | None
    text: str


class _RedactedCase(Protocol):
    @property
    def notes(self) -> Sequence[_RedactedNote]: ...


class CaseRedactor(Protocol):
    """redaction.CaseRedactor: what the index holds is what a chronology reads."""

    def redact_case(self, case: Case, staff: Sequence[User], existing: Mapping[str, str] | None = None) -> Any: ...


def note_records(case: Case, scope: Scope, redacted: _RedactedCase | None = None) -> list[NoteRecord]:
    """A case's notes as the reader would get them from the store (scope applied per note here,
    because the corpus is measured straight from the import file, not through the index); with
    `redacted`, the pseudonymised title and text the index would hold."""
    texts = {n.note_id: (n.title or "", n.text) for n in redacted.notes} if redacted else {}
    return [
        NoteRecord(
            note_id=n.note_id,
            case_id=case.case_id,
            date=n.date,
            note_type=map_type(n.type).value,
            raw_type=n.type,
            title=texts.get(n.note_id, (n.title or "", n.text))[0],
            text=texts.get(n.note_id, (n.title or "", n.text))[1],
            author_role="social_worker",
            sensitivity=n.sensitivity.value,
        )
        for n in case.notes
        if scope.allows(case.case_id, n.sensitivity.value)
    ]


def measure_corpus(
    directory: Path,
    summariser: Summariser | None = None,
    standard_only: bool = False,
    redactor: CaseRedactor | None = None,
    trained: bool = True,
) -> ChronologyScore:
    """Score every case of a corpus directory (cases.jsonl + gold/events.jsonl) for its allocated
    worker, or with `standard_only` for a reader who may not see restricted notes; with `redactor`,
    on the pseudonymised text the product actually reads; `trained=False` with the rules alone."""
    loaded = load_cases(directory / "cases.jsonl")
    staff = load_users(directory / "users.json") if redactor else []
    gold_by_case: dict[str, list[GoldEvent]] = defaultdict(list)
    for line in (directory / "gold" / "events.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            event = GoldEvent.from_json(json.loads(line))
            gold_by_case[event.case_id].append(event)
    result = ChronologyScore()
    summariser = summariser or ExtractiveSummariser()
    for case in loaded.cases:
        scope = (
            Scope(standard_cases=frozenset({case.case_id}))
            if standard_only
            else Scope(full_cases=frozenset({case.case_id}))
        )
        redacted = redactor.redact_case(case, staff) if redactor else None
        notes = note_records(case, scope, redacted)
        visible = {n.note_id for n in notes}
        gold = [event for event in gold_by_case[case.case_id] if set(event.note_ids) <= visible]
        entries, fallbacks = entries_from_notes(notes, summariser, trained=trained)
        result.summary_fallbacks += fallbacks
        score(case.case_id, entries, gold, visible, result)
    return result


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m assistant.chronology.measure",
        description="Score the chronology of every case of a corpus against its gold events.",
    )
    parser.add_argument("corpus", type=Path, help="a corpus directory (cases.jsonl, users.json, gold/events.jsonl)")
    parser.add_argument("--standard-only", action="store_true", help="as a reader who may not see restricted notes")
    parser.add_argument("--redacted", action="store_true", help="on the pseudonymised text the product reads")
    parser.add_argument(
        "--rules-only", action="store_true", help="select with the rules alone, without the trained classifier"
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss and every entry not in gold")
    args = parser.parse_args(argv)
    redactor = None
    if args.redacted:
        from redaction import build_case_redactor

        redactor = build_case_redactor()
    try:
        result = measure_corpus(
            args.corpus, standard_only=args.standard_only, redactor=redactor, trained=not args.rules_only
        )
    except (InputError, OSError, ValueError, KeyError) as error:
        print(f"{args.corpus}: cannot measure: {error}", file=sys.stderr)
        return 2
    print(json.dumps(result.as_dict(), indent=2))
    if args.verbose:
        print("\nmissed:", *result.misses, sep="\n  ")
        print("\nnot in gold:", *result.extras, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
