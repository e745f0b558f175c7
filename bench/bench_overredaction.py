"""Over-redaction where it hurts answers: what the real import took out that should have stayed.

A corpus is imported exactly as `caseassist import` does it (validation, redaction, chunking,
embedding, Chroma) into a temporary CASEASSIST_HOME; the stored chunks are then laid back into
whole redacted notes and compared with the originals:

(a) gold keep spans (gold/pii.jsonl `keep`: event dates, places, agency terms, word names,
    figures, pets) that no longer survive intact, by kind;
(b) gold answer facts (gold/questions.jsonl `gold_facts`, not dates, not yes/no) written verbatim
    in a supporting note that appear in none of that note's stored redacted text. A fact that is a
    gold personal-data span (the GP's surname) is expected to be pseudonymised and restored at
    display time, so it is counted apart, not as a loss.

A note the leak re-scan withheld is not stored at all: its keeps and facts count as lost and the
note is listed. `--stand-in-embedder` swaps only the embedding model for constant vectors (this
benchmark never reads vectors), so a corpus imports in seconds on a shared machine; every other
step is the real one.

Run: .venv/bin/python bench/bench_overredaction.py --corpus data/heldout [--stand-in-embedder] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import numpy as np

from records.loader import load_cases, load_users
from records.models import Case

_DATE_FACT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NOT_TEXT_FACTS = frozenset({"yes", "no"})
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class StandInEmbedder:
    """Constant unit vectors: the import path without the model's CPU cost; vectors are not read here."""

    model_id = "stand-in-constant"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), 8), dtype=np.float32)
        vectors[:, 0] = 1.0
        return vectors


@dataclass
class Findings:
    corpus: str
    notes: int = 0
    withheld: list[str] = field(default_factory=list)
    keeps: Counter[str] = field(default_factory=Counter)
    keeps_lost: Counter[str] = field(default_factory=Counter)
    lost_keep_examples: list[str] = field(default_factory=list)
    facts_checked: int = 0
    facts_pseudonymised: int = 0
    facts_not_verbatim: int = 0
    facts_lost: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "notes": self.notes,
            "withheld_notes": self.withheld,
            "keeps_lost_by_kind": {k: {"lost": self.keeps_lost[k], "total": n} for k, n in sorted(self.keeps.items())},
            "keeps_lost": sum(self.keeps_lost.values()),
            "keeps_total": sum(self.keeps.values()),
            "lost_keeps": self.lost_keep_examples,
            "facts_checked": self.facts_checked,
            "facts_lost": len(self.facts_lost),
            "facts_pseudonymised_expected": self.facts_pseudonymised,
            "facts_not_verbatim_in_source": self.facts_not_verbatim,
            "lost_facts": self.facts_lost,
        }


def import_and_read(corpus: Path, *, stand_in: bool) -> tuple[list[Case], dict[str, str], list[str]]:
    """Import into a fresh home with the real pipeline; return the cases, each stored note's redacted
    text (laid back together from its chunks) and the notes the leak re-scan withheld."""
    with tempfile.TemporaryDirectory(prefix="overredaction-") as home:
        os.environ["CASEASSIST_HOME"] = home
        os.environ["HF_HUB_OFFLINE"] = "1"
        from assistant.settings import Settings
        from assistant.wiring import build_index, build_ingestor

        settings = Settings()
        users = load_users(corpus / "users.json")
        cases = load_cases(corpus / "cases.jsonl", known_users={u.username for u in users}).cases
        from assistant.ingest import SilentProgress

        ingestor = build_ingestor(settings, embedder=StandInEmbedder() if stand_in else None)
        result = ingestor.run(cases, users, prune=False, progress=SilentProgress(), actor="bench")
        stored = {note.note_id: note.text for note in build_index(settings).notes({"case_id": {"$ne": ""}})}
        return cases, stored, list(result.details.get("withheld_notes", []))


def survives(original: str, redacted: str, start: int, end: int) -> bool:
    """True when original[start:end] sits inside one unchanged stretch of the redacted text."""
    matcher = SequenceMatcher(None, original, redacted, autojunk=False)
    return any(a <= start and end <= a + size for a, _, size in matcher.get_matching_blocks())


def _normal(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def _gold(corpus: Path, name: str) -> Iterable[dict[str, Any]]:
    with (corpus / "gold" / name).open(encoding="utf-8") as handle:
        yield from (json.loads(line) for line in handle if line.strip())


def measure(corpus: Path, *, stand_in: bool) -> Findings:
    cases, stored, withheld = import_and_read(corpus, stand_in=stand_in)
    originals = {note.note_id: note.text for case in cases for note in case.notes}
    findings = Findings(str(corpus), notes=len(originals), withheld=sorted(withheld))
    pii: dict[str, list[dict[str, Any]]] = {}
    for row in _gold(corpus, "pii.jsonl"):
        pii[row["note_id"]] = row["spans"]
        original, redacted = originals.get(row["note_id"], ""), stored.get(row["note_id"])
        for keep in row["keep"]:
            findings.keeps[keep["kind"]] += 1
            if redacted is None or not survives(original, redacted, keep["start"], keep["end"]):
                findings.keeps_lost[keep["kind"]] += 1
                findings.lost_keep_examples.append(f"{row['note_id']} {keep['kind']}: {keep['text']!r}")
    for question in _gold(corpus, "questions.jsonl"):
        if question.get("qtype") == "when":
            continue
        for fact in question.get("gold_facts", []):
            if _DATE_FACT.match(fact) or _normal(fact) in _NOT_TEXT_FACTS:
                continue
            _check_fact(findings, question, fact, originals, stored, pii)
    return findings


def _check_fact(
    findings: Findings,
    question: dict[str, Any],
    fact: str,
    originals: dict[str, str],
    stored: dict[str, str],
    pii: dict[str, list[dict[str, Any]]],
) -> None:
    wanted = _normal(fact)
    notes = [n for n in question.get("supporting_note_ids", []) if wanted in _normal(originals.get(n, ""))]
    if not notes:
        findings.facts_not_verbatim += 1
        return
    if any(wanted in _normal(s["text"]) or _normal(s["text"]) in wanted for n in notes for s in pii.get(n, [])):
        findings.facts_pseudonymised += 1
        return
    findings.facts_checked += 1
    if not any(wanted in _normal(stored.get(n, "")) for n in notes):
        findings.facts_lost.append(f"{question['id']} {fact!r} (notes {', '.join(notes)})")


def _print(findings: Findings) -> None:
    report = findings.as_dict()
    print(
        f"corpus {report['corpus']}: {report['notes']} notes, withheld by the leak re-scan: {report['withheld_notes']}"
    )
    print(f"(a) keeps lost: {report['keeps_lost']} of {report['keeps_total']}")
    for kind, figures in report["keeps_lost_by_kind"].items():
        print(f"    {kind:<12} {figures['lost']:>3} of {figures['total']}")
    for line in report["lost_keeps"]:
        print(f"    - {line}")
    print(
        f"(b) facts lost: {report['facts_lost']} of {report['facts_checked']} checked "
        f"({report['facts_pseudonymised_expected']} are personal data, pseudonymised as expected; "
        f"{report['facts_not_verbatim_in_source']} not verbatim in their notes)"
    )
    for line in report["lost_facts"]:
        print(f"    - {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=Path("data/heldout"))
    parser.add_argument("--stand-in-embedder", action="store_true", help="Constant vectors instead of the model.")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args()
    started = time.perf_counter()
    findings = measure(args.corpus, stand_in=args.stand_in_embedder)
    if args.json:
        print(json.dumps(findings.as_dict(), indent=2))
    else:
        _print(findings)
        print(f"({time.perf_counter() - started:.0f}s)")


if __name__ == "__main__":
    main()
