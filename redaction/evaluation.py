"""Redaction measured on an annotated synthetic corpus (cases.jsonl, users.json, gold/pii.jsonl).

Recall counts a gold span as caught when every letter and digit in it is covered by some redacted
entity (a name redacted as the wrong type is still not leaked). Precision counts a redacted entity
as right when it overlaps a gold span. Keep-rate counts the things that must survive (event dates,
times, figures, agency terms, pets, places, name-like words) that no entity touches. A keep place
written right after a gold street line is neither kept nor required (`town_after_street_line`).
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from records.loader import InputError, load_cases, load_users
from records.models import Case
from redaction.redactor import CaseRedactor
from redaction.spans import ENTITY_TYPES, IDENTIFIER_TYPES, PERSON

TARGETS: dict[str, float] = {
    "identifier_recall": 0.99,
    "person_on_record_recall": 0.99,
    "person_not_on_record_recall": 0.90,
    "overall_recall": 0.97,
    "origin_parity": 0.95,
    "keep_rate": 0.98,
}
# Presidio's default entity names, mapped to ours for the baseline.
_BASELINE_TYPES = {
    "PERSON": PERSON,
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "UK_NHS": "NHS_NUMBER",
    "UK_NINO": "NI_NUMBER",
    "UK_POSTCODE": "POSTCODE",
    "DATE_TIME": "DOB",
    "LOCATION": "ADDRESS",
}


@dataclass(frozen=True)
class GoldNote:
    case_id: str
    note_id: str
    spans: list[dict[str, Any]]
    keep: list[dict[str, Any]]


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += ok
        self.total += 1

    @property
    def rate(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass
class Report:
    system: str
    notes: int = 0
    seconds: float = 0.0
    recall: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    precision: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    origin: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    keep: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    on_record: Tally = field(default_factory=Tally)
    not_on_record: Tally = field(default_factory=Tally)
    leaked_notes: list[str] = field(default_factory=list)
    exempt_keep: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_keep: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float | None]:
        ids = _merge(self.recall[t] for t in IDENTIFIER_TYPES)
        origins: list[float] = [t.hit / t.total for t in self.origin.values() if t.total]
        parity = min(origins) / max(origins) if origins and max(origins) > 0 else None
        return {
            "identifier_recall": ids.rate,
            "person_on_record_recall": self.on_record.rate,
            "person_not_on_record_recall": self.not_on_record.rate,
            "overall_recall": _merge(self.recall.values()).rate,
            "origin_parity": parity,
            "keep_rate": _merge(self.keep.values()).rate,
            "precision": _merge(self.precision.values()).rate,
        }

    def as_dict(self) -> dict[str, Any]:
        def rates(tallies: dict[str, Tally]) -> dict[str, dict[str, Any]]:
            return {k: {"rate": v.rate, "hit": v.hit, "total": v.total} for k, v in sorted(tallies.items())}

        return {
            "system": self.system,
            "notes": self.notes,
            "notes_per_second": round(self.notes / self.seconds, 1) if self.seconds else None,
            "summary": self.summary(),
            "targets": TARGETS,
            "person_recall_by_record": rates({"on_record": self.on_record, "not_on_record": self.not_on_record}),
            "recall_by_type": rates(self.recall),
            "precision_by_type": rates(self.precision),
            "recall_by_origin": rates(self.origin),
            "keep_by_kind": rates(self.keep),
            "leaked_notes": self.leaked_notes,
            "exempt_keep": len(self.exempt_keep),
            "exempt_keep_examples": self.exempt_keep[:25],
            "missed_examples": self.missed[:25],
            "removed_keep_examples": self.false_keep[:25],
        }


def _merge(tallies: Iterable[Tally]) -> Tally:
    merged = Tally()
    for t in tallies:
        merged.hit += t.hit
        merged.total += t.total
    return merged


class CorpusError(Exception):
    """The corpus directory is missing a file or holds bad data: the message says which."""


def load_gold(corpus: Path) -> dict[str, GoldNote]:
    path = corpus / "gold" / "pii.jsonl"
    if not path.is_file():
        raise CorpusError(f"{path}: not found; a corpus directory holds cases.jsonl, users.json and gold/pii.jsonl")
    gold: dict[str, GoldNote] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold[row["note_id"]] = GoldNote(row["case_id"], row["note_id"], row["spans"], row.get("keep", []))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise CorpusError(f"{path} line {number}: not a gold record ({exc})") from None
    return gold


def load_corpus(corpus: Path) -> tuple[list[Case], list[Any], dict[str, GoldNote]]:
    try:
        users = load_users(corpus / "users.json")
        loaded = load_cases(corpus / "cases.jsonl")
    except InputError as exc:
        raise CorpusError(str(exc)) from None
    if loaded.problems:
        raise CorpusError("\n".join(str(p) for p in loaded.problems[:10]))
    return loaded.cases, users, load_gold(corpus)


NOT_PERSONAL = frozenset(
    "mr mrs ms miss mx dr prof rev sir dame dc pc ds di dci dcs sgt insp cllr and baby".split()  # noqa: SIM905
)
"""Words a gold PERSON span may hold that are not personal data: a title or police rank ("DS
Pennycott", "Cllr Lindo"), the "and" of a couple ("Mr and Mrs Brosnan") and "baby" before a name.
The redactor keeps them on purpose ("DS [PERSON 3]" tells the reader the person is the police), so
the scorer asks only that the span's other words be covered (rules version 19). Four corpora's gold
puts them inside the span, others keep them as words; the name itself is what must not reach the
stores."""

_SPAN_WORD = re.compile(r"[^\W_]+")


def personal_chars(text: str, start: int, end: int, kind: str) -> list[int]:
    """The positions of a gold span that must be covered: its letters and digits, less the words
    of `NOT_PERSONAL` in a PERSON span that has other words too."""
    chars = [i for i in range(start, end) if text[i].isalnum()]
    if kind != PERSON:
        return chars
    spare = {
        i for m in _SPAN_WORD.finditer(text, start, end) if m.group(0).lower() in NOT_PERSONAL for i in range(*m.span())
    }
    rest = [i for i in chars if i not in spare]
    return rest or chars


_ADDRESS_GAP = re.compile(r"[ \t]*,?[ \t]*\n?[ \t]*")
"""What may stand between a street line and its town: a comma, spaces, one line break."""


def town_after_street_line(text: str, item: dict[str, Any], spans: Sequence[dict[str, Any]]) -> bool:
    """Whether a gold keep place is the town written right after a gold ADDRESS span ("24 Example
    Road, Sampletown").

    The product redacts that town with its street (rules version 8: a street and its town name a few
    dozen homes). The sixteen corpora's gold disagrees with itself about it: ten mark the town a keep
    place, six put it inside the ADDRESS span. The scorer therefore counts it as neither a keep item
    nor a required span, the same for every corpus, so keep-rate measures the product and not the
    gold's authors. Nothing else about the item or the note's other items changes."""
    if item["kind"] != "place":
        return False
    return any(
        span["type"] == "ADDRESS"
        and span["end"] <= item["start"]
        and _ADDRESS_GAP.fullmatch(text, span["end"], item["start"]) is not None
        for span in spans
    )


def score_note(report: Report, text: str, gold: GoldNote, predicted: Sequence[tuple[int, int, str]]) -> None:
    covered = bytearray(len(text))
    for start, end, _ in predicted:
        covered[start:end] = b"\x01" * (end - start)
    for span in gold.spans:
        chars = personal_chars(text, span["start"], span["end"], span["type"])
        ok = all(covered[i] for i in chars)
        report.recall[span["type"]].add(ok)
        if span["type"] == PERSON:
            (report.on_record if span.get("on_record") else report.not_on_record).add(ok)
            if span.get("origin"):
                report.origin[span["origin"]].add(ok)
        if not ok:
            report.missed.append(f"{gold.note_id} {span['type']} {span['text']!r}")
    for start, end, kind in predicted:
        report.precision[kind].add(any(s["start"] < end and start < s["end"] for s in gold.spans))
    for item in gold.keep:
        if town_after_street_line(text, item, gold.spans):
            report.exempt_keep.append(f"{gold.note_id} {item['kind']} {item['text']!r}")
            continue
        ok = not any(covered[item["start"] : item["end"]])
        report.keep[item["kind"]].add(ok)
        if not ok:
            report.false_keep.append(f"{gold.note_id} {item['kind']} {item['text']!r}")


def evaluate(redactor: CaseRedactor, corpus: Path) -> Report:
    cases, users, gold = load_corpus(corpus)
    report = Report("caseassist")
    started = time.perf_counter()
    for case in cases:
        redacted = redactor.redact_case(case, users)
        report.leaked_notes.extend(redacted.leaks)
        for note, out in zip(case.notes, redacted.notes, strict=True):
            report.notes += 1
            if note.note_id in gold:
                score_note(report, note.text, gold[note.note_id], [(e.start, e.end, e.type) for e in out.entities])
    report.seconds = time.perf_counter() - started
    return report


def evaluate_default_presidio(corpus: Path) -> Report:
    """Presidio's AnalyzerEngine with its default recognizers over a blank spaCy pipeline.

    Its default pipeline (en_core_web_lg) would be downloaded, which this product never does, so the
    baseline runs what default Presidio can run here: its pattern recognizers (with DATE_TIME counted
    as DOB, which is what it would redact) and a spaCy recognizer that finds nothing.
    """
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    cases, _, gold = load_corpus(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        spacy.blank("en").to_disk(tmp)
        engine = NlpEngineProvider(
            nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": tmp}]}
        ).create_engine()
        analyzer = AnalyzerEngine(nlp_engine=engine)
        _offline_email_validation(analyzer)
        report = Report("presidio-default (pattern recognizers, no spaCy model)")
        started = time.perf_counter()
        for case in cases:
            for note in case.notes:
                report.notes += 1
                found = analyzer.analyze(text=note.text, language="en")
                predicted = [(r.start, r.end, _BASELINE_TYPES.get(r.entity_type, r.entity_type)) for r in found]
                if note.note_id in gold:
                    score_note(report, note.text, gold[note.note_id], predicted)
        report.seconds = time.perf_counter() - started
    return report


def _offline_email_validation(analyzer: Any) -> None:
    """Presidio's email recognizer asks tldextract, which fetches the public suffix list over the
    network; point it at tldextract's bundled snapshot so the baseline downloads nothing."""
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return bool(offline(pattern_text).fqdn)

    registry = analyzer.registry
    registry.recognizers = [
        OfflineEmailRecognizer() if isinstance(r, EmailRecognizer) else r for r in registry.recognizers
    ]


def render(reports: Sequence[Report]) -> str:
    """A plain-text table: one column per system, targets beside the headline figures."""
    lines = [f"{'measure':34}" + "".join(f"{r.system[:22]:>24}" for r in reports) + f"{'target':>10}"]

    def row(label: str, values: Sequence[float | None], target: float | None = None) -> None:
        cells = "".join(f"{'-' if v is None else f'{v:.3f}':>24}" for v in values)
        lines.append(f"{label:34}{cells}{'' if target is None else f'>= {target:.2f}':>10}")

    summaries = [r.summary() for r in reports]
    for key in (*TARGETS, "precision"):
        row(key, [s[key] for s in summaries], TARGETS.get(key))
    lines.append("recall by type")
    for kind in ENTITY_TYPES:
        row(f"  {kind}", [r.recall[kind].rate if kind in r.recall else None for r in reports])
    lines.append("precision by type")
    for kind in ENTITY_TYPES:
        row(f"  {kind}", [r.precision[kind].rate if kind in r.precision else None for r in reports])
    lines.append("person recall by name origin")
    for origin in sorted({o for r in reports for o in r.origin}):
        row(f"  {origin}", [r.origin[origin].rate if origin in r.origin else None for r in reports])
    lines.append("keep-rate by kind")
    for kind in sorted({k for r in reports for k in r.keep}):
        row(f"  {kind}", [r.keep[kind].rate if kind in r.keep else None for r in reports])
    lines.append(
        "notes: " + ", ".join(f"{r.system}: {r.notes} ({r.notes / r.seconds:.0f}/s)" for r in reports if r.seconds)
    )
    leaks = reports[0].leaked_notes
    lines.append(
        f"notes held back by the leak re-scan: {len(leaks)}" + (f" ({', '.join(leaks[:10])})" if leaks else "")
    )
    return "\n".join(lines)
